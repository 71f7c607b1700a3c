"""Scoring: the centrality of each sentence in the similarity graph.

LexRank (Erkan and Radev, 2004) scores a sentence by the stationary
distribution of a random walk over the sentence similarity graph: a sentence
is central when sentences similar to it are central. With ``X`` the
row-normalised TF-IDF matrix, the cosine similarity matrix is ``S = X X^T``.
This module never builds ``S``: the walk needs only products ``S v``, and
``S v = X (X^T v)`` costs O(nonzeros of X). That is what lets the library
score a million sentences on one machine.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = ["lexrank"]


def lexrank(
    X: sp.csr_matrix, *, damping: float = 0.85, tol: float = 1e-10, max_iter: int = 200
) -> np.ndarray:
    """Continuous LexRank scores by power iteration, without a similarity matrix.

    The graph has an edge between every two distinct sentences, weighted by
    their cosine similarity; a sentence has no edge to itself, so a sentence
    unlike any other is not central. With probability ``damping`` the walk
    follows an edge ``i -> j`` with probability ``A[i, j] / deg(i)``, where
    ``A = X X^T - diag(|x_i|^2)`` and ``deg = A 1``; otherwise it jumps to a
    sentence chosen uniformly. A sentence without edges sends its mass
    uniformly. Each step is ``p <- (1 - d) / n + d A (p / deg)``, plus that
    stranded mass, with ``A v = X (X^T v) - |x|^2 v``.

    Parameters
    ----------
    X : scipy.sparse matrix of shape (n_sentences, n_terms)
        Row-normalised TF-IDF vectors (rows of zeros allowed).
    damping : float, default=0.85
        Probability of following an edge rather than jumping at random.
    tol : float, default=1e-10
        Stop when the L1 change of the distribution falls below this.
    max_iter : int, default=200
        Upper bound on the number of iterations.

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)
        The stationary distribution times ``n``: the scores average 1.

    Examples
    --------
    The middle sentence shares terms with both others, so it is the most central.

    >>> X = sp.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> np.round(lexrank(X), 3)
    array([0.859, 1.459, 0.682])
    """
    X = sp.csr_matrix(X, dtype=np.float64)
    n = X.shape[0]
    if n == 0:
        return np.zeros(0)
    XT = sp.csr_matrix(X.T)
    self_similarity = np.asarray(X.multiply(X).sum(axis=1)).ravel()

    def adjacency_times(v: np.ndarray) -> np.ndarray:
        return X @ (XT @ v) - self_similarity * v

    degree = adjacency_times(np.ones(n))
    has_edges = degree > 1e-12
    inverse_degree = np.zeros(n)
    inverse_degree[has_edges] = 1.0 / degree[has_edges]
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        walked = adjacency_times(p * inverse_degree)
        stranded = p[~has_edges].sum()
        new = (1.0 - damping) / n + damping * (walked + stranded / n)
        new /= new.sum()
        change = np.abs(new - p).sum()
        p = new
        if change < tol:
            break
    return p * n
