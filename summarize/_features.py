"""Features: a TF-IDF matrix over the candidate sentences.

Terms are lower-cased words, stemmed with NLTK's Snowball stemmer for the
language, with sumy's stopword list for the language removed. Numbers and
codes ("2024", "$227.8", "G7", "U.S.") stay as terms: in news they carry the
facts.

Speed: stemming every token of a million sentences in Python would dominate
the run. Instead scikit-learn's :class:`~sklearn.feature_extraction.text.CountVectorizer`
counts the surface words, and stemming and stopword removal happen once per
distinct word, as a sparse 0/1 matrix that merges the columns of words sharing
a stem. The result is identical to stemming every token.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

__all__ = ["TOKEN_PATTERN", "stopwords", "stem_function", "term_matrix", "tfidf_matrix"]

# Acronyms with dots (U.S.), money and decimal numbers ($227.8, 1.6), then words.
TOKEN_PATTERN = r"(?u)(?:[^\W\d_]\.){2,}|\$?\d+(?:[.,]\d+)*%?|\w+"


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """sumy's stopword list for ``language``, lower-cased.

    Examples
    --------
    >>> "the" in stopwords("english")
    True
    """
    from sumy.utils import get_stop_words

    return frozenset(word.lower() for word in get_stop_words(language))


@lru_cache(maxsize=None)
def stem_function(language: str):  # type: ignore[no-untyped-def]
    """The Snowball stemmer's ``stem`` for ``language``, or ``str`` if it has none.

    Examples
    --------
    >>> stem_function("english")("meetings")
    'meet'
    """
    if language in SnowballStemmer.languages:
        return SnowballStemmer(language).stem
    return str


def _vocabulary_map(words: Sequence[str], language: str) -> tuple[sp.csr_matrix, list[str]]:
    """Map surface words to stems: a (words x stems) 0/1 matrix, and the stems."""
    stop = stopwords(language)
    stem = stem_function(language)
    stems: dict[str, int] = {}
    rows, cols = [], []
    for row, word in enumerate(words):
        if word in stop or (len(word) == 1 and word.isalpha()):
            continue
        term = stem(word.rstrip(".")) if word[:1].isalpha() else word
        if not term or term in stop:
            continue
        rows.append(row)
        cols.append(stems.setdefault(term, len(stems)))
    mapping = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(words), len(stems))
    )
    return mapping, list(stems)


def term_matrix(texts: Sequence[str], *, language: str = "english") -> tuple[sp.csr_matrix, list[str]]:
    """Count stemmed, stopword-free terms in each text.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    language : str, default="english"
        Chooses the stopword list and the stemmer.

    Returns
    -------
    counts : scipy.sparse.csr_matrix of shape (len(texts), n_terms)
        Term counts.
    terms : list of str
        The term of each column.

    Examples
    --------
    >>> counts, terms = term_matrix(["The leaders meet.", "A leader meets the G7 in 2024."])
    >>> sorted(terms)
    ['2024', 'g7', 'leader', 'meet']
    >>> counts.toarray().sum(axis=1).tolist()
    [2.0, 4.0]
    """
    vectorizer = CountVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, dtype=np.float64)
    try:
        raw = vectorizer.fit_transform(texts)
    except ValueError:  # no token at all in any text
        return sp.csr_matrix((len(texts), 0), dtype=np.float64), []
    mapping, terms = _vocabulary_map(vectorizer.get_feature_names_out().tolist(), language)
    return sp.csr_matrix(raw @ mapping), terms


def tfidf_matrix(
    texts: Sequence[str], *, language: str = "english", sublinear_tf: bool = False
) -> sp.csr_matrix:
    """TF-IDF vectors of the texts, each row scaled to unit length.

    The weights are scikit-learn's: ``tf * (ln((1 + n) / (1 + df)) + 1)``,
    then L2-normalised per row. A text with no term is a row of zeros.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    language : str, default="english"
        Chooses the stopword list and the stemmer.
    sublinear_tf : bool, default=False
        Use ``1 + ln(tf)`` instead of ``tf``.

    Returns
    -------
    scipy.sparse.csr_matrix of shape (len(texts), n_terms)

    Examples
    --------
    >>> X = tfidf_matrix(["Leaders met.", "The leaders met in Geneva.", "Rain fell."])
    >>> np.round((X @ X.T).toarray(), 2)
    array([[1.  , 0.73, 0.  ],
           [0.73, 1.  , 0.  ],
           [0.  , 0.  , 1.  ]])
    """
    counts, _ = term_matrix(texts, language=language)
    if counts.shape[1] == 0:
        return counts
    transformer = TfidfTransformer(norm="l2", smooth_idf=True, sublinear_tf=sublinear_tf)
    return sp.csr_matrix(transformer.fit_transform(counts))
