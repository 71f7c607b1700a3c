"""Features: the terms and word pairs of each sentence, and their TF-IDF.

Terms are lower-cased words, stemmed with the Snowball stemmer for the
language, with sumy's stopword list for the language removed. Numbers and
codes ("2024", "$227.8", "G7", "U.S.") stay as terms: in news they carry the
facts.

Word pairs (bigrams) are two adjacent words of a sentence, both stemmed, kept
unless both are stopwords: "prime minister", "minister of" and "of Japan" are
pairs, "of the" is not. Pairs capture the facts that single words miss (who
did what), and they are what ROUGE-2 and human readers match.

Speed: stemming every token of a million sentences in Python would dominate
the run. Instead each sentence is tokenised with one regular expression, each
token is replaced by the integer id of its surface word, and stemming and
stopword removal happen once per distinct word. Terms and pairs are then
counted with array operations, so the cost is one dictionary look-up per
token, as in scikit-learn's ``CountVectorizer``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import Stemmer

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from .lazy import LazyModule

    sp = LazyModule("scipy.sparse")


if TYPE_CHECKING:
    from .segmentation import Candidates

__all__ = [
    "TOKEN_PATTERN",
    "Counts",
    "Features",
    "featurize",
    "count_terms",
    "stopwords",
    "stem_function",
    "term_matrix",
    "tfidf",
    "tfidf_matrix",
]

# Acronyms with dots (U.S.), money and decimal numbers ($227.8, 1.6), then words.
TOKEN_PATTERN = r"(?u)(?:[^\W\d_]\.){2,}|\$?\d+(?:[.,]\d+)*%?|\w+"
_BREAK = "\x00"
_CHUNK = 20_000
"""Texts tokenised at a time: bounds the memory the tokens take as Python strings."""
# Every token starts with a word character or "$": the lookahead lets the
# engine skip other positions without trying each alternative (16% faster).
_TOKEN_OR_BREAK = re.compile(
    r"(?u)(?=[\w$\x00])(?:" + TOKEN_PATTERN.removeprefix("(?u)") + "|" + _BREAK + ")"
)


@cache
def stopwords(language: str) -> frozenset[str]:
    """sumy's stopword list for ``language``, lower-cased.

    Examples
    --------
    >>> "the" in stopwords("english")
    True
    """
    from sumy.utils import get_stop_words

    return frozenset(word.lower() for word in get_stop_words(language))


@cache
def stem_function(language: str) -> Callable[[list[str]], list[str]]:
    """The Snowball stemmer for ``language``, applied to a list of words.

    Snowball's own C implementation (PyStemmer) stems a word in about 0.3
    microseconds, where NLTK's pure-Python port takes about 5. For a language
    Snowball has no stemmer for, words are returned unchanged, as they are
    when they cannot be encoded as UTF-8 (a lone surrogate, as left by a
    Windows-1252 decoding of an undefined byte).

    Examples
    --------
    >>> stem_function("english")(["meetings", "closed", "closes"])
    ['meet', 'close', 'close']
    >>> stem_function("korean")(["meetings"])
    ['meetings']
    """
    if language not in Stemmer.algorithms():
        return list
    stem_words = Stemmer.Stemmer(language, 0).stemWords  # 0: no cache of PyStemmer's own

    def stem(words: list[str]) -> list[str]:
        try:
            stems: list[str] = stem_words(words)
        except UnicodeEncodeError:
            stems = [word if _has_surrogate(word) else stem_words([word])[0] for word in words]
        return stems

    return stem


def _has_surrogate(word: str) -> bool:
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class Counts(NamedTuple):
    """Term and word-pair counts of a list of sentences.

    Attributes
    ----------
    terms : scipy.sparse.csr_matrix of shape (n_sentences, n_terms)
        How often each stemmed, stopword-free word occurs in each sentence.
    term_names : list of str
        The term of each column of ``terms``.
    pairs : scipy.sparse.csr_matrix of shape (n_sentences, n_pairs)
        How often each pair of adjacent stemmed words, not both stopwords,
        occurs in each sentence.
    """

    terms: sp.csr_matrix
    term_names: list[str]
    pairs: sp.csr_matrix


_STEM_CACHE_SIZE = 500_000
"""Stems remembered per language, across calls, before the memory starts afresh."""
_stems: dict[str, dict[str, str]] = {}


def _stem_cache(language: str) -> dict[str, str]:
    """The remembered stems of ``language``: word -> stem, shared by every call.

    Stemming is deterministic, so a word met again (in the next cluster of a
    batch, the next line of ``--jsonl``, the next request of a service) is
    never stemmed twice. A full memory is replaced, not cleared, so a call in
    another thread keeps a consistent dictionary; single get and set
    operations on a dict are atomic in CPython.
    """
    cache = _stems.get(language)
    if cache is None or len(cache) > _STEM_CACHE_SIZE:
        cache = _stems[language] = {}
    return cache


def _word_table(words: Sequence[str], language: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """For each distinct surface word: its term id (-1 for a stopword), the id
    of its stemmed form (stopwords included), and the terms' names."""
    stop = stopwords(language)
    stem = stem_function(language)
    term_of = np.full(len(words), -1, dtype=np.int32)
    form_of = np.empty(len(words), dtype=np.int32)
    terms: dict[str, int] = {}
    forms: dict[str, int] = {}
    remembered = _stem_cache(language)
    bare = [word.rstrip(".") if word[:1].isalpha() else "" for word in words]
    new = list({b for b in bare if b and b not in remembered})
    remembered.update(zip(new, stem(new), strict=True))
    for row, word in enumerate(words):
        form = remembered[bare[row]] if bare[row] else word
        form_of[row] = forms.setdefault(form or word, len(forms))
        if word in stop or (len(word) == 1 and word.isalpha()) or not form or form in stop:
            continue
        term_of[row] = terms.setdefault(form, len(terms))
    return term_of, form_of, list(terms)


def _token_ids(texts: list[str], vocabulary: defaultdict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Word ids (from 0) of the tokens of ``texts``, and the text each comes from.

    One pass of the regular expression over the texts joined by a break
    character, a token of its own (removed from the texts if they hold it);
    ``vocabulary`` gives each new word the next id, the break id 0.
    """
    joined = _BREAK.join(texts)
    if joined.count(_BREAK) != max(len(texts) - 1, 0):
        joined = _BREAK.join(text.replace(_BREAK, " ") for text in texts)
    tokens = _TOKEN_OR_BREAK.findall(joined.lower())
    ids = np.fromiter(map(vocabulary.__getitem__, tokens), dtype=np.int32, count=len(tokens))
    breaks = ids == 0
    sentence = np.cumsum(breaks, dtype=np.int32)[~breaks]
    return ids[~breaks] - 1, sentence


def _count(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    matrix = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, columns)), shape=shape)
    matrix.sum_duplicates()
    return matrix


def count_terms(texts: Sequence[str], *, language: str = "english") -> Counts:
    """Count the stemmed terms and word pairs of each text, in one pass.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    language : str, default="english"
        Chooses the stopword list and the stemmer.

    Returns
    -------
    Counts
        ``terms`` (with ``term_names``) and ``pairs``, one row per text.

    Examples
    --------
    "the prime minister" has the pair "prime minist"; "minister met" and
    "met the" are pairs too, "in the" is not (two stopwords).

    >>> counts = count_terms(["The prime minister met the press.", "A prime minister in the rain."])
    >>> counts.term_names
    ['prime', 'minist', 'met', 'press', 'rain']
    >>> counts.terms.toarray().tolist()
    [[1.0, 1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0, 1.0]]
    >>> counts.pairs.sum(axis=1).ravel().tolist()  # 5 pairs, then 4 of the 5
    [[5.0, 4.0]]
    >>> (counts.pairs[0].multiply(counts.pairs[1])).nnz  # "prime minist" is shared
    1
    """
    texts = list(texts)
    n = len(texts)
    vocabulary: defaultdict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__
    vocabulary[_BREAK]  # id 0, so that words count from 1
    id_parts, sentence_parts = [], []
    for first in range(0, n, _CHUNK):
        ids, sentence = _token_ids(texts[first : first + _CHUNK], vocabulary)
        id_parts.append(ids)
        sentence_parts.append(sentence + first)
    vocabulary.default_factory = None  # it referred to the dict itself: a cycle
    ids = np.concatenate(id_parts) if id_parts else np.zeros(0, dtype=np.int32)
    sentence = np.concatenate(sentence_parts) if sentence_parts else np.zeros(0, dtype=np.int32)
    del id_parts, sentence_parts
    term_of, form_of, names = _word_table(list(vocabulary)[1:], language)

    term = term_of[ids]
    content = term >= 0
    terms = _count(sentence[content], term[content], (n, len(names)))

    # Adjacent tokens of the same sentence, unless both are stopwords.
    same = sentence[1:] == sentence[:-1]
    keep = same & (content[1:] | content[:-1])
    form = form_of[ids]
    # np.unique sorts the codes: int32 halves its work when the codes fit in it.
    base = max(len(vocabulary), 1)
    code_type = np.int32 if base * base < 2**31 else np.int64
    codes = form[:-1][keep].astype(code_type) * code_type(base) + form[1:][keep].astype(code_type)
    unique, pair = np.unique(codes, return_inverse=True)
    pairs = _count(sentence[:-1][keep], pair.ravel(), (n, len(unique)))
    return Counts(terms, names, pairs)


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
    counts = count_terms(texts, language=language)
    return counts.terms, counts.term_names


def tfidf(counts: sp.csr_matrix, *, sublinear_tf: bool = False) -> sp.csr_matrix:
    """TF-IDF vectors from term counts, each row scaled to unit length.

    The weights are scikit-learn's: ``tf * (ln((1 + n) / (1 + df)) + 1)``,
    then L2-normalised per row. A row with no term stays a row of zeros.

    Parameters
    ----------
    counts : scipy.sparse matrix of shape (n_sentences, n_terms)
        Term counts, as :func:`count_terms` gives them.
    sublinear_tf : bool, default=False
        Use ``1 + ln(tf)`` instead of ``tf``.

    Returns
    -------
    scipy.sparse.csr_matrix of the same shape

    Examples
    --------
    >>> X = tfidf(sp.csr_matrix([[2.0, 0.0], [1.0, 1.0]]))
    >>> np.round(X.toarray(), 3)
    array([[1.   , 0.   ],
           [0.58 , 0.815]])
    """
    if counts.shape[1] == 0:
        return sp.csr_matrix(counts, dtype=np.float64)
    from sklearn.feature_extraction.text import TfidfTransformer  # slow to import: on first use

    transformer = TfidfTransformer(norm="l2", smooth_idf=True, sublinear_tf=sublinear_tf)
    return sp.csr_matrix(transformer.fit_transform(counts))


def tfidf_matrix(
    texts: Sequence[str], *, language: str = "english", sublinear_tf: bool = False
) -> sp.csr_matrix:
    """TF-IDF vectors of the texts, each row scaled to unit length.

    :func:`term_matrix` followed by :func:`tfidf`. A text with no term is a
    row of zeros.

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
    return tfidf(counts, sublinear_tf=sublinear_tf)


@dataclass(frozen=True, eq=False)
class Features:
    """What the candidate sentences are made of: the input of every scorer.

    Attributes
    ----------
    terms : scipy.sparse.csr_matrix of shape (n_candidates, n_terms)
        Counts of the stemmed, stopword-free terms of each candidate.
    term_names : tuple of str
        The term of each column of ``terms`` and ``X``.
    pairs : scipy.sparse.csr_matrix of shape (n_candidates, n_pairs)
        Counts of each pair of adjacent stemmed words, not both stopwords.
    X : scipy.sparse.csr_matrix of shape (n_candidates, n_terms)
        TF-IDF of ``terms``, each row scaled to unit length, so
        ``X @ X.T`` is the cosine similarity of two candidates.
    query : scipy.sparse.csr_matrix of shape (1, n_terms) or None
        The query's TF-IDF vector (unit length; idf of the candidates), when
        a query was given.
    language : str
        The language the terms were stemmed and filtered for.
    """

    terms: sp.csr_matrix
    term_names: tuple[str, ...]
    pairs: sp.csr_matrix
    X: sp.csr_matrix
    query: sp.csr_matrix | None = None
    language: str = "english"


def featurize(candidates: Candidates, *, language: str, query: str | None = None) -> Features:
    """Count terms and word pairs of the candidates and weigh the terms with TF-IDF.

    Parameters
    ----------
    candidates : Candidates
        From :meth:`summarize.segmentation.Segmentation.candidates`.
    language : str
        Chooses the stopword list and the stemmer.
    query : str or None, default=None
        A question or topic to steer the summary toward; its terms are
        weighed with the candidates' idf.

    Returns
    -------
    Features

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.segmentation import segment
    >>> seg = segment((Document("a", "Leaders met. Rain fell."),), language="english")
    >>> features = featurize(seg.candidates(), language="english")
    >>> features.term_names, features.X.shape
    (('leader', 'met', 'rain', 'fell'), (2, 4))
    """
    texts = list(candidates.texts)
    if query is None:
        counts = count_terms(texts, language=language)
        return Features(
            counts.terms, tuple(counts.term_names), counts.pairs, tfidf(counts.terms),
            None, language,
        )
    # The query is counted with the candidates, so that it shares their vocabulary,
    # then weighed with the candidates' idf alone.
    counts = count_terms([*texts, query], language=language)
    terms = sp.csr_matrix(counts.terms[: len(texts)])
    from sklearn.feature_extraction.text import TfidfTransformer  # slow to import: on first use

    transformer = TfidfTransformer(norm="l2", smooth_idf=True)
    if terms.shape[1] == 0:
        X = sp.csr_matrix(terms, dtype=np.float64)
        query_vector = sp.csr_matrix((1, 0), dtype=np.float64)
    else:
        X = sp.csr_matrix(transformer.fit_transform(terms))
        query_vector = sp.csr_matrix(transformer.transform(counts.terms[len(texts) :]))
    pairs = sp.csr_matrix(counts.pairs[: len(texts)])
    return Features(terms, tuple(counts.term_names), pairs, X, query_vector, language)
