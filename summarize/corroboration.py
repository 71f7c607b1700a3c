"""Corroboration: which other articles report each summary sentence's fact.

A sentence of the summary is *supported* by another article when that article
has a sentence whose TF-IDF cosine similarity to it reaches the threshold: the
same fact, told by another outlet. ``len(supporting) + 1`` outlets then report
it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from .selectors.greedy import similarities

__all__ = ["SUPPORT_THRESHOLD", "supporting"]

SUPPORT_THRESHOLD = 0.5
"""Cosine similarity from which two sentences report the same fact."""

# Rounding puts the cosine of two sentences with the same terms at 0.9999999999999997;
# a similarity this close to a threshold counts as reaching it.
_TOLERANCE = 1e-9


def supporting(
    X: sp.csr_matrix,
    chosen: Sequence[int],
    document_index: np.ndarray,
    *,
    threshold: float = SUPPORT_THRESHOLD,
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
        similar = np.flatnonzero(similarities(X, row) >= threshold - _TOLERANCE)
        documents = set(document_index[similar].tolist()) - {int(document_index[row])}
        result.append(tuple(sorted(documents)))
    return result
