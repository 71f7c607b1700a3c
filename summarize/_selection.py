"""Selection: choose sentences under a length budget, without repeating a fact.

Greedy maximal marginal relevance (Carbonell and Goldstein, 1998): at each
step take the candidate with the highest ``relevance - diversity * redundancy``,
where relevance is the sentence's score divided by the best score and
redundancy its largest cosine similarity to a sentence already chosen. On top
of that soft penalty a hard rule: a candidate whose similarity to a chosen
sentence reaches ``duplicate_threshold`` is never taken, so two outlets'
versions of the same fact never both appear. Candidates that no longer fit the
budget are dropped and the search goes on with shorter ones.

Each step costs one sparse product with the chosen sentence's vector, so the
whole selection is O(k * nonzeros) for k chosen sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

__all__ = ["Budget", "select", "supporting", "word_count"]


def word_count(text: str) -> int:
    """Words as the budget counts them: whitespace-separated pieces.

    Examples
    --------
    >>> word_count("Xi met Putin in Beijing.")
    5
    """
    return len(text.split())


@dataclass(frozen=True)
class Budget:
    """Upper bounds on a summary's size; ``None`` means no bound of that kind."""

    max_sentences: int | None = None
    max_words: int | None = None
    max_chars: int | None = None


# Rounding puts the cosine of two sentences with the same terms at 0.9999999999999997;
# a similarity this close to a threshold counts as reaching it.
_TOLERANCE = 1e-9


def _similarities(X: sp.csr_matrix, row: int) -> np.ndarray:
    return np.asarray((X @ X[row].T).todense()).ravel()


def select(
    X: sp.csr_matrix,
    scores: np.ndarray,
    texts: Sequence[str],
    *,
    budget: Budget,
    diversity: float,
    duplicate_threshold: float,
) -> list[int]:
    """Pick sentences greedily by marginal relevance under the budget.

    Parameters
    ----------
    X : scipy.sparse.csr_matrix of shape (n, n_terms)
        Row-normalised sentence vectors, so ``X @ X.T`` is cosine similarity.
    scores : numpy.ndarray of shape (n,)
        Centrality of each sentence; higher is better.
    texts : sequence of str
        The sentences, to measure them against the budget.
    budget : Budget
        The bounds; when a sentence would break one, it is skipped.
    diversity : float
        Weight of the redundancy penalty, in [0, 1].
    duplicate_threshold : float
        A candidate at least this similar to a chosen sentence is never taken.

    Returns
    -------
    list of int
        Indices of the chosen sentences, in the order they were chosen.
        Ties go to the earlier sentence.

    Examples
    --------
    Sentences 0 and 1 say the same thing; only the better of them is chosen.

    >>> X = sp.csr_matrix(np.array([[1.0, 0.0], [0.99, 0.141], [0.0, 1.0]]))
    >>> select(X, np.array([3.0, 2.9, 1.0]), ["a b", "a b c", "d e"],
    ...        budget=Budget(max_words=10), diversity=0.5, duplicate_threshold=0.8)
    [0, 2]
    """
    n = len(texts)
    if n == 0:
        return []
    words = np.fromiter((word_count(t) for t in texts), dtype=np.int64, count=n)
    chars = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    best = float(np.max(scores))
    relevance = np.asarray(scores, dtype=np.float64) / best if best > 0 else np.zeros(n)
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    chosen: list[int] = []
    # Copies of one text are dropped all at once when one is chosen: skipping
    # them one per step would cost a pass over every candidate per copy.
    copies: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        copies.setdefault(" ".join(text.split()).casefold(), []).append(index)
    copies_of = [copies[" ".join(text.split()).casefold()] for text in texts]
    used_words = used_chars = 0
    while budget.max_sentences is None or len(chosen) < budget.max_sentences:
        if budget.max_words is not None:
            available &= words <= budget.max_words - used_words
        if budget.max_chars is not None:
            separator = 1 if chosen else 0
            available &= chars + separator <= budget.max_chars - used_chars
        if not available.any():
            break
        gain = np.where(available, relevance - diversity * redundancy, -np.inf)
        pick = int(np.argmax(gain))
        available[copies_of[pick]] = False
        chosen.append(pick)
        used_words += int(words[pick])
        used_chars += int(chars[pick]) + (1 if len(chosen) > 1 else 0)
        similarity = _similarities(X, pick)
        np.maximum(redundancy, similarity, out=redundancy)
        available &= redundancy < duplicate_threshold - _TOLERANCE
    return chosen


def supporting(
    X: sp.csr_matrix,
    chosen: Sequence[int],
    document_index: np.ndarray,
    *,
    threshold: float,
) -> list[tuple[int, ...]]:
    """For each chosen sentence, the other documents that carry a near-duplicate.

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
        similar = np.flatnonzero(_similarities(X, row) >= threshold - _TOLERANCE)
        documents = set(document_index[similar].tolist()) - {int(document_index[row])}
        result.append(tuple(sorted(documents)))
    return result
