"""Query focus: which sentences answer the question, read from the cluster itself.

A question such as "Describe steps taken and worldwide reaction prior to the
introduction of the Euro. Include predictions reported in the press." mixes
the words of its topic ("euro", "introduct") with words of instruction
("describ", "includ", "step", "report") that say what to write, not what it
is about. Weighed by idf, as TF-IDF does, the instruction words weigh the
most: they are rare among the cluster's sentences precisely because the
articles do not use them. So the query's terms are weighed here by how
specific they are to this cluster instead: by the share of its articles that
mention them. A term no article uses weighs nothing, a term of every
article weighs its count; no word list is involved, so it holds for any
language and any phrasing of a question.

A sentence's relevance is then its cosine to that vector, and only the most
relevant share of the candidates competes for the summary (as many of the
best systems of DUC 2007 filtered their candidates by the question before
choosing among them); coverage and non-redundancy then choose among those.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from ..features import article_counts

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")

__all__ = ["article_share", "most_relevant", "query_term_weights"]


def article_share(terms: sp.csr_matrix, document_index: np.ndarray) -> np.ndarray:
    """The share of the articles that mention each term.

    Parameters
    ----------
    terms : scipy.sparse matrix of shape (n_sentences, n_terms)
        Occurrences (any positive value) of each term in each sentence.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, numbered from 0.

    Returns
    -------
    numpy.ndarray of shape (n_terms,)
        Values in [0, 1]; all 0 without sentences.

    Examples
    --------
    Term 0 is in both articles, term 1 only in the first, term 2 in none.

    >>> T = sp.csr_matrix(np.array([[1, 2, 0], [1, 0, 0], [3, 0, 0]]))
    >>> article_share(T, np.array([0, 0, 1]))
    array([1. , 0.5, 0. ])
    """
    if terms.shape[0] == 0:
        return np.zeros(terms.shape[1])
    share: np.ndarray = article_counts(terms, document_index) / len(np.unique(document_index))
    return share


def query_term_weights(
    query_terms: sp.csr_matrix, terms: sp.csr_matrix, document_index: np.ndarray
) -> sp.csr_matrix:
    """The query as a vector: each term's count times the share of articles mentioning it.

    Parameters
    ----------
    query_terms : scipy.sparse matrix of shape (1, n_terms)
        Counts of the query's terms (``query_terms`` of
        :class:`~summarize.features.Features`).
    terms : scipy.sparse matrix of shape (n_sentences, n_terms)
        The candidates' term counts.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each candidate.

    Returns
    -------
    scipy.sparse.csr_matrix of shape (1, n_terms)

    Examples
    --------
    "describe" (column 2) is in no article, so it weighs nothing; "euro"
    (column 0) is in both.

    >>> T = sp.csr_matrix(np.array([[1, 1, 0], [1, 0, 0]]))
    >>> q = sp.csr_matrix(np.array([[1, 1, 1]]))
    >>> query_term_weights(q, T, np.array([0, 1])).toarray()
    array([[1. , 0.5, 0. ]])
    """
    counts = sp.csr_matrix(query_terms, dtype=np.float64)
    n_terms = terms.shape[1]
    if counts.shape[1] != n_terms:
        counts = sp.csr_matrix(counts[:, :n_terms]) if counts.shape[1] > n_terms else counts
        counts.resize((1, n_terms))
    weighed: sp.csr_matrix = sp.csr_matrix(
        counts.multiply(article_share(terms, document_index)[None, :])
    )
    return weighed


def most_relevant(relevance: np.ndarray, share: float) -> np.ndarray:
    """The ``ceil(share * n)`` most relevant sentences (ties to the earlier one), if related.

    A sentence that shares nothing with the query (relevance 0) is never
    among them, so fewer may be kept.

    Parameters
    ----------
    relevance : numpy.ndarray of shape (n,)
        Each sentence's relevance to the query.
    share : float
        In (0, 1]; 1 keeps every sentence.

    Returns
    -------
    numpy.ndarray of bool, shape (n,)

    Examples
    --------
    >>> most_relevant(np.array([0.2, 0.9, 0.0, 0.9]), 0.5).tolist()
    [False, True, False, True]
    >>> most_relevant(np.array([0.5, 0.5, 0.1]), 0.3).tolist()
    [True, False, False]
    >>> most_relevant(np.array([0.0, 1.0, 0.0]), 0.9).tolist()
    [False, True, False]
    """
    relevance = np.asarray(relevance, dtype=np.float64)
    n = relevance.size
    keep = np.zeros(n, dtype=bool)
    if n == 0:
        return keep
    count = min(n, max(1, math.ceil(share * n - 1e-9)))
    keep[np.argsort(-relevance, kind="stable")[:count]] = True
    keep &= relevance > 0
    return keep
