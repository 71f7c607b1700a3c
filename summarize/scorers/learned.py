"""Concept weights learned from data: how likely a human summary is to say a concept.

:class:`~summarize.scorers.Coverage` weighs a concept (a stemmed word pair,
or a single stemmed word) by the number of articles that mention it. Hong
and Nenkova (2014, RegSum) and Li, Qian and Liu (2013) learn that weight
instead: describe each concept of a cluster by a few features, label it by
whether the human summaries of the cluster contain it, and fit a classifier.
This module holds the runtime half of that: the features
(:func:`concept_features`), a fitted logistic regression
(:class:`ConceptModel`, its coefficients shipped with the package in
``summarize/data/concept_model.json``) and the weights it gives
(:func:`learned_concept_weights`). ``Coverage(concept_model="learned")``
uses them in place of the article counts.

Every feature is independent of the language: it says in how many articles
and sentences a concept is, where it first appears in them, and whether it
is a word pair or a single word, never what the words are. So one model
serves every language. The shipped model was fitted by
``benchmarks/learn.py`` on DUC 2002 and DUC 2003 (89 English news clusters,
their human summaries as labels); no text of those sets is in the package,
only the coefficients. See the Evaluation page for how it was chosen and how
it does on sets it never saw.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from ..exceptions import InvalidParameterError
from ..features import article_positions, first_mentions, presence
from ..validation import invalid

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")

__all__ = [
    "FEATURES",
    "ConceptModel",
    "concept_features",
    "default_model",
    "learned_concept_weights",
    "resolve_model",
]

#: The features :func:`concept_features` computes, in its column order. With ``d``
#: the number of articles that mention the concept, ``n`` the number of articles,
#: and ``p`` the position (from 0) of an article's first candidate holding it:
#:
#: - ``article_share``: ``d / n``;
#: - ``log_articles``: ``log(1 + d)``;
#: - ``log_sentences``: ``log(1 + s)``, ``s`` the candidates holding it;
#: - ``sentence_share``: ``s`` over the number of candidates;
#: - ``lead1``, ``lead2``, ``lead3``: the share of the ``n`` articles holding it in
#:   their first 1, 2, 3 candidates;
#: - ``lead_credit``: the mean over the ``n`` articles of ``exp(-p / 2)`` (0 where absent);
#: - ``first_min``, ``first_mean``: ``log(1 + p)``, least and mean over the ``d`` articles;
#: - ``relative_min``, ``relative_mean``: ``p`` over the article's number of
#:   candidates, least and mean over the ``d`` articles;
#: - ``unigram``: 1 for a single word, 0 for a word pair;
#: - ``unigram_share``: ``unigram * article_share``;
#: - ``log_cluster``: ``log(n)``, the same for every concept of a cluster.
FEATURES: tuple[str, ...] = (
    "article_share",
    "log_articles",
    "log_sentences",
    "sentence_share",
    "lead1",
    "lead2",
    "lead3",
    "lead_credit",
    "first_min",
    "first_mean",
    "relative_min",
    "relative_mean",
    "unigram",
    "unigram_share",
    "log_cluster",
)


def concept_features(
    concepts: sp.csr_matrix, document_index: np.ndarray, *, n_pairs: int
) -> np.ndarray:
    """Describe every concept of a cluster by the language-independent :data:`FEATURES`.

    Parameters
    ----------
    concepts : scipy.sparse matrix of shape (n_candidates, n_concepts)
        Occurrences (any positive value) of each concept in each candidate:
        the word pairs first, then the single words.
    document_index : numpy.ndarray of shape (n_candidates,)
        The article of each candidate; an article's candidates in order.
    n_pairs : int
        How many of the first columns are word pairs.

    Returns
    -------
    numpy.ndarray of shape (n_concepts, len(FEATURES))

    Examples
    --------
    Two articles of two candidates each; concept 0 opens both, concept 1 is
    only in the second candidate of the first.

    >>> C = sp.csr_matrix(np.array([[1, 0], [0, 1], [1, 0], [0, 0]]))
    >>> X = concept_features(C, np.array([0, 0, 1, 1]), n_pairs=2)
    >>> dict(zip(FEATURES[:2], X[0].round(3).tolist()))
    {'article_share': 1.0, 'log_articles': 1.099}
    >>> X[:, FEATURES.index("lead1")].tolist(), X[:, FEATURES.index("relative_min")].tolist()
    ([1.0, 0.0], [0.0, 0.5])
    """
    n_concepts = concepts.shape[1]
    result = np.zeros((n_concepts, len(FEATURES)))
    document_index = np.asarray(document_index, dtype=np.int64)
    n_candidates = len(document_index)
    column = {name: k for k, name in enumerate(FEATURES)}
    unigram = (np.arange(n_concepts) >= n_pairs).astype(np.float64)
    result[:, column["unigram"]] = unigram
    n_articles = len(np.unique(document_index))
    result[:, column["log_cluster"]] = np.log(max(n_articles, 1))
    position, size = article_positions(document_index)
    # The first candidate of each (article, concept).
    first_rows, first_columns = first_mentions(concepts, document_index, position)
    if first_rows.size == 0:
        return result
    sentences = np.asarray(presence(concepts).sum(axis=0)).ravel()
    p = position[first_rows]
    relative = p / size[first_rows]

    def total(values: np.ndarray) -> np.ndarray:
        summed: np.ndarray = np.bincount(first_columns, weights=values, minlength=n_concepts)
        return summed

    def least(values: np.ndarray) -> np.ndarray:
        low = np.full(n_concepts, np.inf)
        np.minimum.at(low, first_columns, values)
        low[~np.isfinite(low)] = 0.0
        return low

    articles = total(np.ones(len(p)))
    seen = np.maximum(articles, 1.0)
    share = articles / max(n_articles, 1)
    result[:, column["article_share"]] = share
    result[:, column["log_articles"]] = np.log1p(articles)
    result[:, column["log_sentences"]] = np.log1p(sentences)
    result[:, column["sentence_share"]] = sentences / max(n_candidates, 1)
    for k in (1, 2, 3):
        result[:, column[f"lead{k}"]] = total((p < k).astype(np.float64)) / max(n_articles, 1)
    result[:, column["lead_credit"]] = total(np.exp(-p / 2.0)) / max(n_articles, 1)
    result[:, column["first_min"]] = least(np.log1p(p))
    result[:, column["first_mean"]] = total(np.log1p(p)) / seen
    result[:, column["relative_min"]] = least(relative)
    result[:, column["relative_mean"]] = total(relative) / seen
    result[:, column["unigram_share"]] = unigram * share
    return result


@dataclass(frozen=True)
class ConceptModel:
    """A logistic regression over :data:`FEATURES`: the chance that a summary has a concept.

    ``p = 1 / (1 + exp(-(intercept + sum_k coefficients[k] * (x_k - mean[k]) /
    scale[k])))``, over the features named in ``features`` (a subset of
    :data:`FEATURES`, in any order).

    Parameters
    ----------
    features : tuple of str
        The names of the features used, each one of :data:`FEATURES`.
    mean, scale : tuple of float
        The standardisation of each feature (scale > 0).
    coefficients : tuple of float
        The weight of each standardised feature.
    intercept : float
        The bias.
    trained_on : str, default=""
        What the model was fitted on, for the record.

    Raises
    ------
    InvalidParameterError
        For an unknown feature name, lengths that differ, a scale not above 0
        or a value that is not finite.

    Examples
    --------
    >>> model = ConceptModel(("article_share",), (0.5,), (0.25,), (2.0,), -1.0)
    >>> model.predict(np.array([[0.5], [1.0]])).round(3).tolist()
    [0.269, 0.953]
    >>> ConceptModel(("size",), (0.0,), (1.0,), (1.0,), 0.0)
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'features' parameter of ConceptModel must be names among FEATURES. Got ('size',) instead.
    """

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    trained_on: str = ""

    def __post_init__(self) -> None:
        owner = type(self).__name__
        names = tuple(self.features)
        if not names or any(name not in FEATURES for name in names):
            raise invalid(owner, "features", "names among FEATURES", self.features)
        object.__setattr__(self, "features", names)
        for name in ("mean", "scale", "coefficients"):
            values = getattr(self, name)
            try:
                numbers = tuple(float(v) for v in values)
            except (TypeError, ValueError):
                raise invalid(owner, name, "a sequence of numbers", values) from None
            if len(numbers) != len(names) or not all(np.isfinite(numbers)):
                raise invalid(owner, name, f"{len(names)} finite numbers, one per feature", values)
            if name == "scale" and min(numbers) <= 0:
                raise invalid(owner, name, "numbers above 0", values)
            object.__setattr__(self, name, numbers)
        try:
            intercept = float(self.intercept)
        except (TypeError, ValueError):
            raise invalid(owner, "intercept", "a finite number", self.intercept) from None
        if not np.isfinite(intercept):
            raise invalid(owner, "intercept", "a finite number", self.intercept)
        object.__setattr__(self, "intercept", intercept)
        object.__setattr__(self, "trained_on", str(self.trained_on))

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The probability of every row of ``X`` (columns as ``features``).

        Parameters
        ----------
        X : numpy.ndarray of shape (n, len(features))

        Returns
        -------
        numpy.ndarray of shape (n,)
            Values in (0, 1).

        Examples
        --------
        >>> ConceptModel(("unigram",), (0.0,), (1.0,), (0.0,), 0.0).predict(np.ones((2, 1)))
        array([0.5, 0.5])
        """
        z = (np.asarray(X, dtype=np.float64) - np.asarray(self.mean)) / np.asarray(self.scale)
        logit = z @ np.asarray(self.coefficients) + self.intercept
        probability: np.ndarray = 1.0 / (1.0 + np.exp(-logit))
        return probability

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON-ready values.

        Examples
        --------
        >>> ConceptModel(("unigram",), (0.0,), (1.0,), (2.0,), 0.5).to_dict()["coefficients"]
        [2.0]
        """
        return {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coefficients": list(self.coefficients),
            "intercept": self.intercept,
            "trained_on": self.trained_on,
        }

    @classmethod
    def from_dict(cls, data: Any) -> ConceptModel:
        """The model that :meth:`to_dict` wrote.

        Raises
        ------
        InvalidParameterError
            When ``data`` is not a mapping with the keys :meth:`to_dict` writes.

        Examples
        --------
        >>> model = ConceptModel(("unigram",), (0.0,), (1.0,), (2.0,), 0.5)
        >>> ConceptModel.from_dict(model.to_dict()) == model
        True
        """
        keys = ("features", "mean", "scale", "coefficients", "intercept")
        if not isinstance(data, dict) or any(key not in data for key in keys):
            raise invalid(cls.__name__, "data", f"a mapping with keys {list(keys)}", data)
        try:
            names = tuple(str(name) for name in data["features"])
        except TypeError:
            raise invalid(cls.__name__, "features", "names among FEATURES", data) from None
        return cls(
            names,
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["coefficients"]),
            data["intercept"],
            str(data.get("trained_on", "")),
        )

    def weights(
        self, concepts: sp.csr_matrix, document_index: np.ndarray, *, n_pairs: int
    ) -> np.ndarray:
        """The probability of every concept of a cluster (see :func:`concept_features`).

        Examples
        --------
        >>> model = ConceptModel(("article_share",), (0.5,), (0.25,), (2.0,), -1.0)
        >>> C = sp.csr_matrix(np.array([[1, 1], [1, 0]]))
        >>> model.weights(C, np.array([0, 1]), n_pairs=2).round(3).tolist()
        [0.953, 0.269]
        """
        every = concept_features(concepts, document_index, n_pairs=n_pairs)
        columns = [FEATURES.index(name) for name in self.features]
        return self.predict(every[:, columns])


@cache
def default_model() -> ConceptModel:
    """The model shipped with the package (``summarize/data/concept_model.json``).

    Returns
    -------
    ConceptModel
        Fitted by ``benchmarks/learn.py`` on DUC 2002 and 2003.

    Examples
    --------
    >>> model = default_model()
    >>> set(model.features) <= set(FEATURES), "DUC 2002" in model.trained_on
    (True, True)
    """
    text = resources.files("summarize").joinpath("data/concept_model.json").read_text("utf-8")
    return ConceptModel.from_dict(json.loads(text))


def resolve_model(owner: str, value: object) -> ConceptModel | None:
    """The model a scorer's ``concept_model`` setting names: None, "learned" or a model.

    Raises
    ------
    InvalidParameterError
        For anything else.

    Examples
    --------
    >>> resolve_model("Coverage", None) is None, resolve_model("Coverage", "learned") is not None
    (True, True)
    >>> resolve_model("Coverage", "trained")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'concept_model' parameter of Coverage must be None, 'learned' or a ConceptModel. Got 'trained' instead.
    """
    if value is None:
        return None
    if isinstance(value, ConceptModel):
        return value
    if isinstance(value, str) and value == "learned":
        return default_model()
    raise invalid(owner, "concept_model", "None, 'learned' or a ConceptModel", value)


def learned_concept_weights(
    concepts: sp.csr_matrix,
    document_index: np.ndarray,
    model: ConceptModel,
    *,
    n_pairs: int,
    power: float = 1.0,
) -> np.ndarray:
    """Each concept's weight: the model's probability that a summary has it, to a power.

    Parameters
    ----------
    concepts : scipy.sparse matrix of shape (n_candidates, n_concepts)
        Occurrences of each concept in each candidate, word pairs first.
    document_index : numpy.ndarray of shape (n_candidates,)
        The article of each candidate.
    model : ConceptModel
        The fitted model (:func:`default_model` for the shipped one).
    n_pairs : int
        How many of the first columns are word pairs.
    power : float, default=1.0
        The exponent: above 1 the likeliest concepts count more against the rest.

    Returns
    -------
    numpy.ndarray of shape (n_concepts,)
        Values in [0, 1]; 0 for a concept in no candidate.

    Raises
    ------
    InvalidParameterError
        When ``n_pairs`` is not between 0 and the number of concepts.

    Examples
    --------
    A pair in the lead of both articles against one deep in one article:

    >>> C = sp.csr_matrix(np.array([[1, 0], [0, 0], [0, 0], [0, 1], [1, 0], [0, 0]]))
    >>> w = learned_concept_weights(C, np.array([0, 0, 0, 0, 1, 1]), default_model(), n_pairs=2)
    >>> bool(w[0] > w[1])
    True
    """
    n_concepts = concepts.shape[1]
    if not 0 <= n_pairs <= n_concepts:
        raise InvalidParameterError(
            f"The 'n_pairs' parameter of learned_concept_weights must be between 0 and "
            f"{n_concepts}. Got {n_pairs!r} instead."
        )
    weights = model.weights(concepts, document_index, n_pairs=n_pairs) ** power
    seen = np.asarray(sp.csr_matrix(concepts).getnnz(axis=0)).ravel() > 0
    result: np.ndarray = np.where(seen, weights, 0.0)
    return result
