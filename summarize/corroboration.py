"""Corroboration: which other articles report each summary sentence's fact, and where.

For each chosen sentence, every other article's best matching sentence is
found and kept as a :class:`~summarize.Support` (the article, the span of that
sentence, and the match) when the match reaches :data:`MATCH_THRESHOLD`: the
same fact, told by another outlet, usually in other words.

Two sentences match by the cosine similarity of their TF-IDF vectors over
stemmed terms, stopwords left out (``features.X``), and share at least
:data:`MIN_SHARED` terms. Of an article's matching sentences, the one kept is
the one with the highest ``sqrt(cosine * overlap)``, where the overlap is the
idf-weighted share of the lighter sentence's terms found in the other
(:func:`match_scores`): a sentence often carries two facts, and the cosine
alone can prefer another sentence that shares the *other* fact. The threshold, 0.3, is far
below the 0.5 at which the selection treats two sentences as repeating each
other: outlets paraphrase ("Xi welcomed Putin to Beijing" / "Putin's visit to
Beijing for talks with Xi"), and a paraphrase shares only a few terms. It was
chosen on pairs labelled by hand from the seed articles and DUC 2003, where
it gave the best balance of recall and precision among the rules tried
(cosine at several thresholds, the idf-weighted overlap, their geometric mean,
the share of word pairs: see ``benchmarks/corroboration.py`` and the
evaluation page): precision 0.85 and recall 0.72 on 176 labelled pairs, where
the cosine at 0.5 had precision 1.00 and recall 0.30. Paraphrases that share
almost no word ("his fifth
term" for "his re-election") are still missed.

Only the chosen sentences are compared with all the candidates (a sparse
matrix-vector product each): no candidate-by-candidate matrix is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .results import Support
from .selectors.greedy import similarities

if TYPE_CHECKING:
    import scipy.sparse as sp

    from .features import Features
    from .segmentation import Candidates
else:
    from .lazy import LazyModule

    sp = LazyModule("scipy.sparse")

__all__ = [
    "MATCH_THRESHOLD",
    "MIN_SHARED",
    "SUPPORT_THRESHOLD",
    "Support",
    "corroborate",
    "match_scores",
    "supporting",
    "term_weights",
]

MATCH_THRESHOLD = 0.3
"""Cosine similarity (TF-IDF of stemmed terms) from which two sentences report the same fact."""

MIN_SHARED = 2
"""Fewest terms two sentences must share to report the same fact."""

SUPPORT_THRESHOLD = 0.5
"""Cosine similarity from which two sentences are near-duplicates (:func:`supporting`)."""

# Rounding puts the cosine of two sentences with the same terms at 0.9999999999999997;
# a similarity this close to a threshold counts as reaching it.
_TOLERANCE = 1e-9


def term_weights(terms: sp.csr_matrix) -> np.ndarray:
    """The smoothed idf of each term column, as scikit-learn computes it.

    ``idf = ln((1 + n) / (1 + df)) + 1``, where ``n`` is the number of rows
    (sentences) and ``df`` the number of rows holding the term.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1], [0, 2], [0, 1]]))
    >>> np.round(term_weights(C), 3).tolist()
    [1.693, 1.0]
    """
    n = terms.shape[0]
    df = np.bincount(sp.csr_matrix(terms).indices, minlength=terms.shape[1])
    weights: np.ndarray = np.log((1.0 + n) / (1.0 + df)) + 1.0
    return weights


def match_scores(
    terms: sp.csr_matrix, weights: np.ndarray, row: int, *, binary: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """The idf-weighted overlap of every row of ``terms`` with row ``row``, and the terms shared.

    Parameters
    ----------
    terms : scipy.sparse.csr_matrix of shape (n, n_terms)
        Term counts (only presence matters).
    weights : numpy.ndarray of shape (n_terms,)
        Each term's weight, e.g. :func:`term_weights`.
    row : int
        The sentence to compare with all.
    binary : bool, default=False
        ``terms`` already holds 1.0 for every present term (and is CSR of
        floats): no copy is made. Pass it so when calling for many rows.

    Returns
    -------
    overlap : numpy.ndarray of shape (n,)
        Weight of the shared terms over the weight of the lighter sentence's
        terms, in [0, 1]; 0 for a sentence without terms.
    shared : numpy.ndarray of shape (n,)
        How many terms each row shares with ``row``.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]]))
    >>> overlap, shared = match_scores(C, np.ones(4), 0)
    >>> overlap.tolist(), shared.tolist()
    ([1.0, 1.0, 0.5], [3, 2, 1])
    """
    if binary:
        present = terms
    else:
        present = sp.csr_matrix(terms, dtype=np.float64, copy=True)
        present.data[:] = 1.0
    mine = present.getrow(row).toarray().ravel()
    shared_weight = present @ (mine * weights)
    shared = np.rint(present @ mine).astype(np.int64)
    totals = present @ weights
    lighter = np.minimum(totals, totals[row])
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(lighter > 0, shared_weight / lighter, 0.0)
    return np.clip(overlap, 0.0, 1.0), shared


def corroborate(
    candidates: Candidates,
    features: Features,
    chosen: Sequence[int],
    document_ids: Sequence[str],
    *,
    threshold: float = MATCH_THRESHOLD,
    min_shared: int = MIN_SHARED,
) -> list[tuple[Support, ...]]:
    """For each chosen sentence, the other articles that report its fact, with the span there.

    Parameters
    ----------
    candidates : Candidates
        The candidate sentences.
    features : Features
        Their features (``terms`` is used).
    chosen : sequence of int
        Candidate indices of the summary's sentences.
    document_ids : sequence of str
        The id of each document, by index.
    threshold : float, default=MATCH_THRESHOLD
        Cosine similarity from which two sentences report the same fact.
    min_shared : int, default=MIN_SHARED
        Fewest terms they must share.

    Returns
    -------
    list of tuple of Support
        One tuple per chosen sentence: at most one :class:`Support` per other
        article (its best matching sentence, the first on ties), in article
        order; never the sentence's own article.

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.features import featurize
    >>> from summarize.segmentation import segment
    >>> docs = (Document("a", "The council approved the city budget on Monday."),
    ...         Document("b", "Rain fell. On Monday the city council approved its budget."),
    ...         Document("c", "The mayor was away. The budget passed."))
    >>> candidates = segment(docs, language="english").candidates()
    >>> features = featurize(candidates, language="english")
    >>> [(s.document_id, s.start, s.end, s.text) for s in
    ...  corroborate(candidates, features, [0], ["a", "b", "c"])[0]]
    [('b', 11, 58, 'On Monday the city council approved its budget.')]
    """
    if not chosen:
        return []
    document_index = np.asarray(candidates.document_index)
    weights = term_weights(features.terms)
    present = sp.csr_matrix(features.terms, dtype=np.float64, copy=True)
    present.data[:] = 1.0
    result = []
    for row in chosen:
        cosine = similarities(features.X, int(row))
        overlap, shared = match_scores(present, weights, int(row), binary=True)
        # Which articles report the fact: the cosine; which of their sentences: the one
        # that also shares most of the lighter sentence's weight (a sentence often
        # carries two facts, and the cosine alone can prefer the other one).
        pick = np.sqrt(cosine * overlap)
        own = int(document_index[row])
        good = (cosine >= threshold - _TOLERANCE) & (shared >= min_shared)
        good &= document_index != own
        found: dict[int, int] = {}
        for i in np.flatnonzero(good).tolist():
            d = int(document_index[i])
            if d not in found or pick[i] > pick[found[d]] + _TOLERANCE:
                found[d] = i
        result.append(
            tuple(
                Support(
                    document_id=document_ids[d],
                    document_index=d,
                    sentence_index=int(candidates.sentence_index[i]),
                    start=int(candidates.start[i]),
                    end=int(candidates.end[i]),
                    text=candidates.texts[i],
                    similarity=round(float(cosine[i]), 6),
                )
                for d, i in sorted(found.items())
            )
        )
    return result


def supporting(
    X: sp.csr_matrix,
    chosen: Sequence[int],
    document_index: np.ndarray,
    *,
    threshold: float = SUPPORT_THRESHOLD,
) -> list[tuple[int, ...]]:
    """For each chosen sentence, the other documents that carry a near-duplicate.

    The cosine rule of earlier versions, kept for callers that use it;
    :func:`corroborate` also catches paraphrases and gives the spans.

    Parameters
    ----------
    X : scipy.sparse.csr_matrix of shape (n, n_terms)
        Row-normalised sentence vectors.
    chosen : sequence of int
        Rows of ``X`` to look up.
    document_index : numpy.ndarray of shape (n,)
        The document each row comes from.
    threshold : float
        Cosine similarity from which two sentences report the same fact.

    Returns
    -------
    list of tuple of int
        Sorted document indices, never including the sentence's own document.

    Examples
    --------
    >>> X = sp.csr_matrix(np.array([[1.0, 0.0], [0.99, 0.141], [0.0, 1.0]]))
    >>> supporting(X, [0, 2], np.array([0, 1, 2]), threshold=0.8)
    [(1,), ()]
    """
    result = []
    for row in chosen:
        similar = np.flatnonzero(similarities(X, row) >= threshold - _TOLERANCE)
        documents = set(document_index[similar].tolist()) - {int(document_index[row])}
        result.append(tuple(sorted(documents)))
    return result
