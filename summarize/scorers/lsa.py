"""Latent semantic analysis (Steinberger and Ježek, 2004), as sumy computes it, on our terms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")  # slow to import: loaded on first use

from ..validation import check_count, known_settings
from .base import Scores

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["LSA", "lsa_scores"]

_SMOOTH = 0.4
"""sumy's augmented term frequency: a cell is ``0.4 + 0.6 * tf / max tf`` of its sentence."""
_DENSE_LIMIT = 64
"""Up to this many sentences the Gram matrix is decomposed whole; above, only its top
``dimensions`` eigenpairs are computed (Lanczos, by products with the matrix): 100 times
less time for 3 dimensions of 300 sentences."""


@known_settings
@dataclass(frozen=True)
class LSA:
    """LSA: how strongly a sentence expresses the cluster's main latent topics.

    The term-by-sentence matrix ``A`` (stemmed, stop-word-free terms; each
    cell ``0.4 + 0.6 * tf / max tf`` of its sentence, as sumy weighs it) is
    decomposed as ``A = U S V^T``; a sentence's value is the length of its
    column in the space of the ``dimensions`` largest singular values,
    ``sqrt(sum_i s_i^2 v_ij^2)`` (Steinberger and Ježek, 2004).

    This is sumy's ``LsaSummarizer`` computed on the library's own terms
    (:class:`~summarize.features.Features`) with numpy, not by sumy: sumy
    reads the number of dimensions from class attributes
    (``LsaSummarizer.MIN_DIMENSIONS``, ``REDUCTION_RATIO``), so a setting per
    scorer would mean changing them for every user of sumy in the process,
    and its ranks come only through protected methods. sumy keeps every
    dimension; so does ``dimensions=None``, where a sentence's value is the
    length of its whole column and no decomposition is needed.
    ``tests/test_scorers.py`` checks that the ranking agrees with sumy's.

    Parameters
    ----------
    dimensions : int or None, default=None
        Number of latent topics (largest singular values) kept, at least 1;
        ``None`` keeps them all, as sumy does.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(),
    ...     scorer=summarize.scorers.LSA(dimensions=2),
    ...     max_sentences=1,
    ... )
    >>> summary.text  # doctest: +ELLIPSIS
    "Mayor Dana Ruiz said the $61 million project will supply about 14 percent..."
    """

    name: ClassVar[str] = "lsa"
    reads_query: ClassVar[bool] = False

    dimensions: int | None = None

    def __post_init__(self) -> None:
        dimensions = check_count(type(self).__name__, "dimensions", self.dimensions, optional=True)
        object.__setattr__(self, "dimensions", dimensions)

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's length in the latent topic space.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Their ``terms`` (counts of stemmed, stop-word-free terms).

        Returns
        -------
        Scores
            ``values`` only.
        """
        return Scores(lsa_scores(features.terms, self.dimensions))


def lsa_scores(terms: sp.spmatrix, dimensions: int | None = None) -> np.ndarray:
    """sumy's LSA ranks from a sentence-by-term count matrix.

    The matrix ``A^T`` (sentences by terms) is ``c 1^T + T`` with ``c`` 0.4
    for a sentence with a term (0 otherwise) and ``T`` the sparse ``0.6 * tf
    / max tf``, so the Gram matrix ``G = A^T A`` is computed from sparse
    products, never from the dense matrix. Its eigenvalues are the squared
    singular values ``s_i^2`` and its eigenvectors the ``v_i``; the value of
    sentence ``j`` is ``sqrt(sum_{i < k} s_i^2 v_ij^2)``, and with every
    dimension simply ``sqrt(G_jj)``.

    Parameters
    ----------
    terms : scipy.sparse matrix of shape (n_sentences, n_terms)
        Term counts; terms that occur in no sentence are ignored.
    dimensions : int or None, default=None
        The ``k`` largest singular values kept; ``None`` for all.

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)

    Examples
    --------
    Sentences 0 and 1 share their terms; sentence 2 stands alone. With every
    dimension a value is the length of the sentence's column (sentence 0:
    ``sqrt(1 + 1 + 0.4^2)``); keeping only the main topic, the lone
    sentence loses more.

    >>> counts = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 2]]))
    >>> np.round(lsa_scores(counts), 3)
    array([1.47 , 1.47 , 1.149])
    >>> np.round(lsa_scores(counts, 1), 3)
    array([1.454, 1.454, 0.927])
    """
    counts = sp.csr_matrix(terms, dtype=np.float64)
    counts = sp.csr_matrix(counts[:, np.flatnonzero(counts.getnnz(axis=0))])
    n, n_terms = counts.shape
    if n == 0 or n_terms == 0:
        return np.zeros(n)
    top = counts.max(axis=1).toarray().ravel()
    has_terms = top > 0
    scale = np.zeros(n)
    scale[has_terms] = (1.0 - _SMOOTH) / top[has_terms]
    T = sp.csr_matrix(sp.diags(scale) @ counts)
    c = _SMOOTH * has_terms.astype(np.float64)
    r = np.asarray(T.sum(axis=1)).ravel()
    TT = sp.csr_matrix(T @ T.T)
    if dimensions is None or dimensions >= min(n, n_terms):
        diagonal = n_terms * c * c + 2.0 * c * r + TT.diagonal()
        values: np.ndarray = np.sqrt(np.maximum(diagonal, 0.0))
        return values
    if n <= _DENSE_LIMIT:
        gram = n_terms * np.outer(c, c) + np.outer(c, r) + np.outer(r, c) + TT.toarray()
        eigenvalues, eigenvectors = np.linalg.eigh(gram)
        eigenvalues, eigenvectors = eigenvalues[-dimensions:], eigenvectors[:, -dimensions:]
    else:
        from scipy.sparse.linalg import LinearOperator, eigsh

        def gram_times(v: np.ndarray) -> np.ndarray:
            v = np.asarray(v).ravel()
            product: np.ndarray = n_terms * c * (c @ v) + c * (r @ v) + r * (c @ v) + TT @ v
            return product

        operator = LinearOperator((n, n), matvec=gram_times, dtype=np.float64)
        eigenvalues, eigenvectors = eigsh(operator, k=dimensions, v0=np.ones(n))
    energy = (np.maximum(eigenvalues, 0.0) * eigenvectors**2).sum(axis=1)
    return np.asarray(np.sqrt(energy), dtype=np.float64)
