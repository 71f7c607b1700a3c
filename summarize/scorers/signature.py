"""Topic signatures: the terms a cluster uses far more often than ordinary text.

Lin and Hovy (2000) call a cluster's *topic signature* the terms whose rate
in the cluster is so far above their rate in a background corpus that
chance is implausible, by the log-likelihood ratio test of Dunning (1993).
With ``k`` occurrences of a term among the cluster's ``n`` content words and
``p`` its background probability (:mod:`summarize.background`), taken as
known:

``G2 = 2 * (k * ln(k / (n * p)) + (n - k) * ln((n - k) / (n * (1 - p))))``

which is chi-square distributed with one degree of freedom when the cluster
uses the term at the background rate; a term is a signature term when its
rate is above the background's and ``G2`` exceeds a threshold (10.83 is the
0.001 level). CLASSY (Conroy, Schlesinger and O'Leary, DUC 2005-2007) scores a
sentence by the share of its distinct terms that are signature or query
terms, each counting one half (:func:`oracle_score`), its "approximate
oracle score". Query expansion adds the signature terms that appear in the
same sentences as the query's terms (:func:`expand_query`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..features import presence
from ..validation import check_number, known_settings
from .base import Scores

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["Signature", "expand_query", "log_likelihood_ratio", "oracle_score", "signature_terms"]

#: The chi-square value of one degree of freedom at the 0.001 level.
CHI2_001 = 10.83


def log_likelihood_ratio(counts: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
    """Dunning's ``G2`` of each term's count against its background probability.

    Parameters
    ----------
    counts : numpy.ndarray of shape (n_terms,)
        Occurrences of each term in the cluster (non-negative).
    probabilities : numpy.ndarray of shape (n_terms,)
        Each term's background probability, in (0, 1).

    Returns
    -------
    numpy.ndarray of shape (n_terms,)
        ``G2``, signed: negative where the cluster uses the term less often
        than the background does. All 0 when ``counts`` sums to 0.

    Examples
    --------
    Among 1000 words, 20 of a term of background rate 0.001 is far above
    chance; 1 is as expected.

    >>> g = log_likelihood_ratio(np.array([20.0, 1.0, 979.0]), np.array([0.001, 0.001, 0.5]))
    >>> np.round(g[:2], 2)
    array([82.19,  0.  ])
    """
    k = np.asarray(counts, dtype=np.float64)
    p = np.asarray(probabilities, dtype=np.float64)
    n = float(k.sum())
    if n <= 0:
        return np.zeros(k.shape)
    expected = n * p
    with np.errstate(divide="ignore", invalid="ignore"):
        first = np.where(k > 0, k * np.log(k / expected), 0.0)
        rest = n - k
        second = np.where(rest > 0, rest * np.log(rest / (n - expected)), 0.0)
    g2 = np.maximum(2.0 * (first + second), 0.0)
    signed: np.ndarray = np.where(k >= expected, g2, -g2)
    return signed


def signature_terms(
    terms: sp.csr_matrix, probabilities: np.ndarray, *, threshold: float = CHI2_001
) -> np.ndarray:
    """Which terms are the cluster's topic signature.

    Parameters
    ----------
    terms : scipy.sparse matrix of shape (n_sentences, n_terms)
        Term counts of the cluster's sentences (``Features.terms``).
    probabilities : numpy.ndarray of shape (n_terms,)
        Each term's background probability
        (:func:`summarize.background.background_probabilities`).
    threshold : float, default=10.83
        ``G2`` a term must exceed (the chi-square value at the 0.001 level).

    Returns
    -------
    numpy.ndarray of bool, shape (n_terms,)

    Examples
    --------
    >>> T = sp.csr_matrix(np.array([[3, 1], [4, 0]]))
    >>> signature_terms(T, np.array([1e-4, 0.5])).tolist()
    [True, False]
    """
    counts = np.asarray(sp.csr_matrix(terms).sum(axis=0)).ravel()
    result: np.ndarray = log_likelihood_ratio(counts, probabilities) > threshold
    return result


def oracle_score(terms: sp.csr_matrix, signature: np.ndarray, query: np.ndarray) -> np.ndarray:
    """CLASSY's approximate oracle score: the share of a sentence's terms that matter.

    ``score = sum over the sentence's distinct terms t of (q(t) + s(t)) / 2,
    over their number``, with ``q(t)`` 1 for a query term and ``s(t)`` 1 for
    a signature term.

    Parameters
    ----------
    terms : scipy.sparse matrix of shape (n_sentences, n_terms)
        Term counts of each sentence.
    signature : numpy.ndarray of bool, shape (n_terms,)
        From :func:`signature_terms`.
    query : numpy.ndarray of bool, shape (n_terms,)
        The query's terms (all False without a query).

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)
        Values in [0, 1]; 0 for a sentence without terms.

    Examples
    --------
    Sentence 0 has a term that is both (1) and one that is neither (0).

    >>> T = sp.csr_matrix(np.array([[1, 0, 2], [0, 1, 0]]))
    >>> oracle_score(T, np.array([True, True, False]), np.array([True, False, False]))
    array([0.5, 0.5])
    """
    present = presence(terms)
    size = np.asarray(present.sum(axis=1)).ravel()
    weight = (np.asarray(signature, dtype=np.float64) + np.asarray(query, dtype=np.float64)) / 2
    total = np.asarray(present @ weight).ravel()
    score: np.ndarray = np.divide(total, size, out=np.zeros_like(total), where=size > 0)
    return score


def expand_query(
    terms: sp.csr_matrix, signature: np.ndarray, query: np.ndarray, *, min_shared: int = 1
) -> np.ndarray:
    """The signature terms found in at least ``min_shared`` sentences with a query term.

    Parameters
    ----------
    terms : scipy.sparse matrix of shape (n_sentences, n_terms)
        Term counts of each sentence.
    signature : numpy.ndarray of bool, shape (n_terms,)
        From :func:`signature_terms`.
    query : numpy.ndarray of bool, shape (n_terms,)
        The query's terms.
    min_shared : int, default=1
        How many sentences a signature term must share with the query's terms.

    Returns
    -------
    numpy.ndarray of bool, shape (n_terms,)
        The expansion terms (never a query term itself).

    Examples
    --------
    Term 1 shares sentence 0 with the query term 0; term 2 never does.

    >>> T = sp.csr_matrix(np.array([[1, 1, 0], [0, 1, 1]]))
    >>> expand_query(T, np.array([True, True, True]), np.array([True, False, False])).tolist()
    [False, True, False]
    """
    present = presence(terms)
    query = np.asarray(query, dtype=bool)
    holds_query = np.asarray(present @ query.astype(np.float64)).ravel() > 0
    shared = np.asarray(present.T @ holds_query.astype(np.float64)).ravel()
    result: np.ndarray = np.asarray(signature, dtype=bool) & ~query & (shared >= min_shared)
    return result


@known_settings
@dataclass(frozen=True)
class Signature:
    """CLASSY's approximate oracle score: the share of a sentence's terms that matter.

    Each candidate is valued by :func:`~summarize.scorers.signature.oracle_score`: the share of its
    distinct terms that are topic-signature terms of the cluster (against
    the background language model of :mod:`summarize.background`) or terms
    of the query (``summarize(articles, query=...)``), each counting one
    half. Without a query only the signature counts (at most 0.5). It gives
    values only, so :class:`~summarize.selectors.Greedy` chooses by value
    with its near-duplicate guard. Needs ``summarize[background]``
    (wordfreq) and a language the background model covers
    (:func:`summarize.background.available`); with articles in several
    languages, every term is looked up in the first one's model.

    On DUC 2007 with its questions it scores below the default
    :class:`~summarize.scorers.Coverage` (R1/R2 recall 41.56 / 10.09 against
    44.69 / 13.03), and no way of adding signatures to coverage that was
    tried beat the default either (``benchmarks/signatures.py``, the
    Evaluation page): a baseline, kept for comparison.

    Parameters
    ----------
    threshold : float, default=10.83
        The log-likelihood ratio a term must exceed to be a signature term
        (10.83: chi-square with one degree of freedom at the 0.001 level).
        In [0, 1000].

    Raises
    ------
    MissingDependencyError
        On scoring, if wordfreq is not installed.
    InvalidParameterError
        If ``threshold`` is out of range, or on scoring, if the background
        model has no list for the language.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(), scorer=summarize.scorers.Signature(),
    ...     query="What does it mean for water?", max_sentences=1,
    ... )
    >>> summary.text
    'The mayor, Dana Ruiz, called it "a roof over our water."'

    """

    name: ClassVar[str] = "signature"
    reads_query: ClassVar[bool] = True

    threshold: float = CHI2_001

    def __post_init__(self) -> None:
        value = check_number(type(self).__name__, "threshold", self.threshold, low=0.0, high=1e3)
        object.__setattr__(self, "threshold", value)

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """The oracle score of every candidate; see the class description.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Their terms, their language, and the query's terms, if any.

        Returns
        -------
        Scores
            ``values`` only, in [0, 1].
        """
        from ..background import background_probabilities

        # Each language's terms against that language's background.
        runs = features.language_columns or ((features.language, len(features.term_names)),)
        parts, first = [], 0
        for name, width in runs:
            parts.append(
                background_probabilities(features.term_names[first : first + width], name)
            )
            first += width
        probabilities = np.concatenate(parts) if parts else np.zeros(0)
        signature = signature_terms(features.terms, probabilities, threshold=self.threshold)
        query = np.zeros(len(signature), dtype=bool)
        if features.query_terms is not None:
            asked = sp.csr_matrix(features.query_terms)
            query[asked.indices[asked.indices < len(query)]] = True
        return Scores(oracle_score(features.terms, signature, query))
