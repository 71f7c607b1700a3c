"""Features: the terms and word pairs of each sentence, and their TF-IDF.

Terms are lower-cased words, stemmed with the Snowball stemmer for the
language, with sumy's stopword list for the language removed. Numbers and
codes ("2024", "$227.8", "G7", "U.S.") stay as terms: in news they carry the
facts.

Word pairs (bigrams) are two adjacent words of a sentence, both stemmed, kept
unless both are stopwords: "prime minister", "minister of" and "of Japan" are
pairs, "of the" is not. Pairs capture the facts that single words miss (who
did what), and they are what ROUGE-2 and human readers match.

Speed: running a regular expression over every token of a million sentences,
and looking each token up in a dictionary, would dominate the run. Tokens
never contain whitespace, so the sentences are split at whitespace into
pieces ("said,", "U.S.", "$227.8"), equal pieces are numbered, and the token
pattern (:data:`TOKEN_PATTERN`, the one place that says what a token is) is
run once per *distinct* piece; the tokens of every occurrence are then
gathered with array operations. With pyarrow installed (the ``fast``
extra), Arrow's C++ kernels split the sentences, number the pieces and
number the word pairs; without it Python's ``str.split`` and a dictionary
do, with the same result. Stemming and stopword removal happen once per
distinct word, and terms and pairs are counted with array operations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import chain, count, islice
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import Stemmer

from .exceptions import warn
from .languages import ENGLISH_TOKEN_PATTERN, Language, composed
from .languages import get as get_language
from .pieces import (
    Pieces,
    arrow,
    arrow_integers,
    arrow_strings,
    numpy_integers,
    release_memory,
    split_pieces,
    spread_words,
)
from .segmentation.parallel import available_cores

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
    "article_counts",
    "article_positions",
    "entry_runs",
    "featurize",
    "first_mentions",
    "count_terms",
    "presence",
    "rows_times",
    "same_layout",
    "remembered_stems",
    "smooth_idf",
    "tokenizer",
    "stopwords",
    "stem_function",
    "term_matrix",
    "tfidf",
    "tfidf_matrix",
]

# Acronyms with dots (U.S.), money and decimal numbers ($227.8, 1.6), then words: the
# English words of summarize.languages (Language.token_pattern), the one place that says.
TOKEN_PATTERN = ENGLISH_TOKEN_PATTERN
_BREAK = "\x00"
_CHUNK = 50_000
"""Texts tokenised at a time without Arrow: bounds the memory the pieces take as Python
strings."""
_ARROW_CHUNK = 125_000
"""Texts Arrow splits at a time: bounds its arrays (only the pieces not met before become
Python strings). Larger blocks look up fewer pieces again (:class:`_PieceTable`)."""
_ARROW_MIN_TEXTS = 1_000
"""From this many texts Arrow's kernels (when pyarrow is installed) are used; importing
pyarrow the first time costs about 0.15 s, so smaller inputs never import it."""
_TOKEN = re.compile(TOKEN_PATTERN)
# Every token starts with a word character or "$": the lookahead lets the
# engine skip other positions without trying each alternative.
_TOKEN_OR_SPACE = re.compile(r"(?u)(?=[\w$ ])(?:" + TOKEN_PATTERN.removeprefix("(?u)") + "| )")


def stopwords(language: str | Language) -> frozenset[str]:
    """The stopword list of ``language`` (see :mod:`summarize.languages`), lower-cased.

    Examples
    --------
    >>> "the" in stopwords("english"), "der" in stopwords("de")
    (True, True)
    """
    return get_language(language).stopwords


def tokenizer(language: str | Language) -> Callable[[str], list[str]]:
    """The function that finds the words of a lower-cased text without whitespace.

    A language with a :attr:`~summarize.languages.Language.token_pattern`
    (English, the language the defaults were tuned for: acronyms, amounts and
    numbers whole, then ``\\w+`` runs) is read with that compiled pattern, the
    fastest path; every other language asks its
    :meth:`Language.words <summarize.languages.Language.words>` (letters with
    their combining marks, in-word apostrophes and hyphens, Chinese and
    Japanese characters one by one).

    Examples
    --------
    >>> tokenizer("english")("$227.8bn")
    ['$227.8', 'bn']
    >>> tokenizer("hindi")("नमस्ते")
    ['नमस्ते']
    """
    lang = get_language(language)
    if lang.token_pattern is not None:
        return _compiled(lang.token_pattern).findall
    return lang.words


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return _TOKEN if pattern == TOKEN_PATTERN else re.compile(pattern)


@cache
def stem_function(language: str | Language) -> Callable[[list[str]], list[str]]:
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
    algorithm = get_language(language).stemmer
    if algorithm is None or algorithm not in Stemmer.algorithms():
        return list
    stem_words = Stemmer.Stemmer(algorithm, 0).stemWords  # 0: no cache of PyStemmer's own

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


def _stem_cache(algorithm: str | None) -> dict[str, str]:
    """The remembered stems of the Snowball ``algorithm``: word -> stem, shared by every call.

    Stemming is deterministic, so a word met again (in the next cluster of a
    batch, the next line of ``--jsonl``, the next request of a service) is
    never stemmed twice. A full memory is replaced, not cleared, so a call in
    another thread keeps a consistent dictionary; single get and set
    operations on a dict are atomic in CPython.
    """
    key = str(algorithm)
    cache = _stems.get(key)
    if cache is None or len(cache) > _STEM_CACHE_SIZE:
        cache = _stems[key] = {}
    return cache


def remembered_stems(words: Sequence[str], language: str | Language) -> list[str]:
    """:meth:`Language.stem <summarize.languages.Language.stem>` of each word, through
    the stems remembered across calls (those :func:`count_terms` remembers too).

    The same stems as ``Language.stem``: a word that starts with a letter and
    holds no dot gets its Snowball stem, any other word stays as it is. Only
    the words not met yet are stemmed, so a later stage reading the words of
    sentences this call has featurised stems none of them again.

    Parameters
    ----------
    words : sequence of str
        Lower-cased words, as :meth:`Language.words
        <summarize.languages.Language.words>` gives them.
    language : str or Language
        Chooses the stemmer.

    Returns
    -------
    list of str
        One stem per word.

    Examples
    --------
    >>> remembered_stems(["meetings", "u.s.", "2024", "closed"], "english")
    ['meet', 'u.s.', '2024', 'close']
    """
    lang = get_language(language)
    memory = _stem_cache(lang.stemmer)
    # Only words that start with a letter are ever remembered (count_terms' bare words
    # and those below), so a word missing is a new one or one that stays as it is.
    found = list(map(memory.get, words))
    new = list(
        {
            w
            for w, s in zip(words, found, strict=True)
            if s is None and w[:1].isalpha() and "." not in w
        }
    )
    if new:
        memory.update(zip(new, stem_function(lang)(new), strict=True))
        found = list(map(memory.get, words))
    return [w if s is None or "." in w else s for w, s in zip(words, found, strict=True)]


def _word_table(
    words: Sequence[str], language: Language
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """For each distinct surface word: its term id (-1 for a stopword), the id
    of its stemmed form (stopwords included), and the terms' names."""
    stop = language.stopwords
    # A single letter is no term, but a single Chinese or Japanese character is a word.
    single_letters_are_words = language.script_unspaced
    stem = stem_function(language)
    term_of = np.full(len(words), -1, dtype=np.int32)
    form_of = np.empty(len(words), dtype=np.int32)
    terms: dict[str, int] = {}
    forms: dict[str, int] = {}
    remembered = _stem_cache(language.stemmer)
    # Looked up in the form normalised text has (NFC): "й" written as "и" and a combining
    # breve, as text from macOS or some scrapers has it, is the stopword "й".
    words = list(map(composed, words))
    bare = [word.rstrip(".") if word[:1].isalpha() else "" for word in words]
    new = list({b for b in bare if b and b not in remembered})
    remembered.update(zip(new, stem(new), strict=True))
    for row, word in enumerate(words):
        form = remembered[bare[row]] if bare[row] else word
        form_of[row] = forms.setdefault(form or word, len(forms))
        single = len(word) == 1 and word.isalpha() and not single_letters_are_words
        if word in stop or single or not form or form in stop:
            continue
        term_of[row] = terms.setdefault(form, len(terms))
    return term_of, form_of, list(terms)


class _Pieces:
    """The words of each whitespace-separated piece of text a call met, and the ids that
    number the words.

    Tokens never contain whitespace, so the tokens of a text are those of its
    pieces ("said,", "u.s.", "$227.8" or "leaders") in order; each distinct
    piece is read by the pattern once per call, and words get the next id of
    ``vocabulary`` when first met, so ids number words by first occurrence.
    """

    def __init__(
        self, vocabulary: dict[str, int], tokenize: Callable[[str], list[str]] = _TOKEN.findall
    ) -> None:
        self.vocabulary = vocabulary
        self.tokenize = tokenize
        # The break character alone: a piece of its own, whose word has id 0.
        self.words: dict[str, Sequence[str]] = {_BREAK: (_BREAK,)}

    def word_ids(self, split: list[str]) -> np.ndarray:
        """The word id of each token of the pieces ``split``, in order.

        Only the distinct pieces not met yet are read, each by one call of the
        pattern; the words of all tokens are then numbered and looked up by
        dictionary operations that run in C, not by a Python loop per token.
        """
        words = self.words
        new = set(split).difference(words)
        # A bound method is made anew at each attribute access: compared by equality.
        if self.tokenize == _TOKEN.findall:
            # A piece of letters alone is one word: the pattern's "\w+" reads it whole, its
            # other alternatives needing a digit, "$" or ".". Most pieces are such words,
            # and testing one costs a small part of a match.
            letters = set(filter(str.isalpha, new))
            words.update(zip(letters, zip(letters), strict=True))
            new -= letters
        words.update(zip(new, map(self.tokenize, new), strict=True))
        tokens = list(chain.from_iterable(map(words.__getitem__, split)))
        vocabulary = self.vocabulary
        known = len(vocabulary)
        first_met = dict.fromkeys(chain(vocabulary, tokens))  # known words first, then new ones
        vocabulary.update(zip(islice(first_met, known, None), count(known)))
        return np.fromiter(map(vocabulary.__getitem__, tokens), dtype=np.int32, count=len(tokens))

    def read_new(self, new: list[str]) -> tuple[list[int], list[int]]:
        """The word ids of each of ``new`` (distinct pieces, without whitespace, not met
        before), lower-cased, in one list, and how many each has.

        Words met for the first time get the next ids, in order. In English one
        pass of the pattern reads all the pieces, joined by spaces.
        """
        vocabulary = self.vocabulary
        ids: list[int] = []
        lengths: list[int] = []
        # A bound method is made anew at each attribute access: compared by equality.
        if self.tokenize != _TOKEN.findall:  # another language: its own word finder
            for piece in new:
                tokens = self.tokenize(piece.lower())
                ids.extend(vocabulary.setdefault(token, len(vocabulary)) for token in tokens)
                lengths.append(len(tokens))
            return ids, lengths
        count = 0
        # A space ends each piece: a token of the pattern below, never part of a word.
        for token in _TOKEN_OR_SPACE.findall(" ".join(new).lower() + " "):
            if token == " ":
                lengths.append(count)
                count = 0
            else:
                ids.append(vocabulary.setdefault(token, len(vocabulary)))
                count += 1
        return ids, lengths


class _PieceTable:
    """The word ids of every distinct piece Arrow's split met, in arrays.

    Which pieces of a block were met in an earlier one, Arrow finds in C++
    (``index_in`` on the pieces met so far); only the new ones are read, by
    ``pieces``' pattern (:meth:`_Pieces.read_new`), and their word ids
    appended. The words of every occurrence are then gathered with array
    operations (:func:`~summarize.pieces.spread_words`).
    """

    def __init__(self, pieces: _Pieces, modules: tuple[Any, Any]) -> None:
        self.pieces = pieces
        self.modules = modules
        # The break character alone in a text: a piece without words (not a break).
        self.known = arrow_strings([_BREAK])
        self.first = np.zeros(1, dtype=np.int64)  # where each piece's words start
        self.length = np.zeros(1, dtype=np.int64)
        self.words = np.zeros(0, dtype=np.int32)

    def token_ids(self, split: Pieces) -> tuple[np.ndarray, np.ndarray]:
        """As :func:`_python_token_ids`, for texts Arrow split (:func:`_split_lowered`).

        Arrow only splits where Python would find no token anyway, so the tokens
        are the same.
        """
        pa, pc = self.modules
        found = pc.index_in(split.dictionary, value_set=self.known)
        where = numpy_integers(found, null=-1).astype(np.int64)  # a copy, written below
        new = np.flatnonzero(where < 0)
        if len(new):
            new_pieces = split.dictionary.take(arrow_integers(new))
            ids, counts = self.pieces.read_new(new_pieces.to_pylist())
            lengths = np.array(counts, dtype=np.int64)
            where[new] = len(self.length) + np.arange(len(new))
            starts = len(self.words) + np.cumsum(lengths) - lengths
            self.first = np.concatenate([self.first, starts])
            self.length = np.concatenate([self.length, lengths])
            self.words = np.concatenate([self.words, np.array(ids, dtype=np.int32)])
            self.known = pa.concat_arrays([self.known, new_pieces])
        token, sentence = spread_words(
            self.first[where], self.length[where], self.words, split, dtype=np.int32
        )
        return token - 1, sentence


def _python_token_ids(texts: list[str], pieces: _Pieces) -> tuple[np.ndarray, np.ndarray]:
    """Word ids (from 0) of the tokens of ``texts``, and the text each comes from.

    The texts are joined by a break character between spaces (a piece of its
    own, id 0; removed from the texts if they hold it), lower-cased and split
    at whitespace in one call each; then :meth:`_Pieces.word_ids` gives the ids.
    """
    separator = f" {_BREAK} "
    joined = separator.join(texts)
    if joined.count(_BREAK) != max(len(texts) - 1, 0):
        joined = separator.join(text.replace(_BREAK, " ") for text in texts)
    split = joined.lower().split()
    ids = pieces.word_ids(split)
    breaks = ids == 0
    sentence = np.cumsum(breaks, dtype=np.int32)[~breaks]
    return ids[~breaks] - 1, sentence


def _split_lowered(texts: list[str]) -> Pieces | None:
    """Arrow's split of the texts, lower-cased when they are ASCII; None where Arrow
    cannot split them.

    Arrow lower-cases ASCII texts as ``str.lower`` does, in C++ and without
    Python's lock. Other texts are split as they are, and each distinct piece
    is lower-cased when it is read (:meth:`_Pieces.read_new`): lower-casing
    never makes or removes whitespace, and the final-sigma rule reads no
    further than the whitespace around a word, so the words are those of the
    lower-cased text. Lower-casing a million sentences in Python, in the
    thread that splits them, cost more than reading the pieces that differ
    only in case.
    """
    return split_pieces(texts, lower=all(map(str.isascii, texts)))


def _blocks(
    texts: list[str], *, arrow_split: bool, ahead: bool
) -> Iterator[tuple[int, list[str], Pieces | None]]:
    """Each block of texts: its first index, its texts and Arrow's split.

    Blocks of :data:`_ARROW_CHUNK` texts with ``arrow_split``, else of
    :data:`_CHUNK`, whose split is None. With ``ahead``, a second
    thread splits the next block while the caller reads this one: Arrow's
    kernels run without Python's lock, so the two overlap on two cores. The
    blocks come in order either way, so the words are numbered the same.
    """
    size = _ARROW_CHUNK if arrow_split else _CHUNK
    starts = range(0, len(texts), size)
    if not (arrow_split and ahead and len(starts) > 1):
        for first in starts:
            block = texts[first : first + size]
            yield first, block, _split_lowered(block) if arrow_split else None
        return
    # The thread is joined when the pool closes: afterwards the process is single-threaded
    # again, which forking worker processes requires.
    with ThreadPoolExecutor(1, thread_name_prefix="summarize-split") as pool:
        block = texts[:size]
        future = pool.submit(_split_lowered, block)
        for first in starts:
            current, split = block, future.result()
            if first + size < len(texts):
                block = texts[first + size : first + 2 * size]
                future = pool.submit(_split_lowered, block)
            yield first, current, split


def _count(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    """How often each (row, column) occurs, as CSR with sorted columns; ``rows`` in order.

    The rows come in order (tokens are read sentence after sentence), so the
    matrix is laid out directly, without a coordinate matrix and its conversion.
    """
    if len(rows) > 1 and bool(np.any(rows[1:] < rows[:-1])):  # pragma: no cover - never here
        matrix = sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)
        matrix.sum_duplicates()
        return matrix
    index_type = np.int32 if max(shape[1], len(rows)) < 2**31 - 1 else np.int64
    indptr = np.zeros(shape[0] + 1, dtype=index_type)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    matrix = sp.csr_matrix(
        (np.ones(len(rows)), columns.astype(index_type, copy=False), indptr), shape=shape
    )
    matrix.sum_duplicates()
    return matrix


def _pair_columns(codes: np.ndarray, modules: tuple[Any, Any] | None) -> tuple[np.ndarray, int]:
    """The column of each pair code, columns in the order of the codes, and their number.

    With pyarrow, Arrow's hash table numbers the codes and only the distinct
    ones are sorted; otherwise ``np.unique`` sorts them all.
    """
    if modules is None or not len(codes):
        unique, column = np.unique(codes, return_inverse=True)
        return column.ravel(), len(unique)
    _, pc = modules
    encoded = pc.dictionary_encode(arrow_integers(codes))
    distinct = numpy_integers(encoded.dictionary)
    # Columns in int32 when they fit, as the matrix will index them (half the memory).
    column_type = np.int32 if len(distinct) < 2**31 - 1 else np.int64
    rank = np.empty(len(distinct), dtype=column_type)
    rank[np.argsort(distinct)] = np.arange(len(distinct), dtype=column_type)
    return rank[numpy_integers(encoded.indices)], len(distinct)


def count_terms(
    texts: Sequence[str], *, language: str | Language = "english", n_jobs: int | None = None
) -> Counts:
    """Count the stemmed terms and word pairs of each text, in one pass.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    language : str or Language, default="english"
        Chooses the stopword list, the stemmer and the word finder; a
        :class:`~summarize.languages.Language` of one's own is used as it is.
    n_jobs : int or None, default=None
        1 keeps the work on the calling thread. Otherwise, on a machine with
        more than one core, a second thread splits the next block of
        125,000 texts at whitespace (Arrow's kernels, which release Python's
        lock) while this one reads the words of the current block. The
        counts are the same either way.

    Returns
    -------
    Counts
        ``terms`` (with ``term_names``) and ``pairs``, one row per text.

    Examples
    --------
    "the prime minister" has the pair "prime minist"; "minister met" and
    "met the" are pairs too, "in the" is not (two stopwords).

    >>> texts = ["The prime minister met the press.", "A prime minister in the rain."]
    >>> counts = count_terms(texts)
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
    lang = get_language(language)
    vocabulary = {_BREAK: 0}  # id 0, so that words count from 1
    pieces = _Pieces(vocabulary, tokenizer(lang))
    modules = arrow() if n >= _ARROW_MIN_TEXTS else None
    ahead = n_jobs != 1 and available_cores() > 1
    table = None if modules is None else _PieceTable(pieces, modules)
    id_parts, sentence_parts = [], []
    for first, block, split in _blocks(texts, arrow_split=table is not None, ahead=ahead):
        if split is None or table is None:
            ids, sentence = _python_token_ids(block, pieces)
        else:
            ids, sentence = table.token_ids(split)
        id_parts.append(ids)
        sentence_parts.append(sentence + first)
    del pieces, table
    ids = np.concatenate(id_parts) if id_parts else np.zeros(0, dtype=np.int32)
    sentence = np.concatenate(sentence_parts) if sentence_parts else np.zeros(0, dtype=np.int32)
    del id_parts, sentence_parts
    term_of, form_of, names = _word_table(list(vocabulary)[1:], lang)
    # Each array is dropped as soon as it is used: at a million sentences each holds
    # 20 million tokens (80 MB), and the pairs' numbering below needs the room.
    form = form_of[ids]
    term = term_of[ids]
    del ids
    content = term >= 0
    terms = _count(sentence[content], term[content], (n, len(names)))
    del term

    # Adjacent tokens of the same sentence, unless both are stopwords.
    keep = sentence[1:] == sentence[:-1]
    keep &= content[1:] | content[:-1]
    del content
    pair_rows = sentence[:-1][keep]
    del sentence
    # np.unique sorts the codes: int32 halves its work when the codes fit in it.
    base = max(len(vocabulary), 1)
    code_type = np.int32 if base * base < 2**31 else np.int64
    codes = form[:-1][keep].astype(code_type)
    codes *= code_type(base)
    codes += form[1:][keep]
    del form, keep
    pair, n_pairs = _pair_columns(codes, modules)
    del codes
    if modules is not None:
        release_memory()  # Arrow's arrays are gone: their pages need not stay resident
    pairs = _count(pair_rows, pair, (n, n_pairs))
    return Counts(terms, names, pairs)


def term_matrix(
    texts: Sequence[str], *, language: str = "english"
) -> tuple[sp.csr_matrix, list[str]]:
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


def rows_times(matrix: sp.csr_matrix, rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """``matrix[rows] @ vector`` without making the rows a matrix of their own.

    The products of each row's entries, in their stored order, are added one
    after the other from 0.0, as SciPy's product does (``np.bincount``): the
    same sums, bit for bit. For a few rows it is several times faster than
    taking them (each taking builds and checks a new sparse matrix); of a small
    matrix the whole product is taken.

    Parameters
    ----------
    matrix : scipy.sparse.csr_matrix of shape (n, m)
    rows : numpy.ndarray of int
        Rows of ``matrix``, in any order, repeats allowed.
    vector : numpy.ndarray of shape (m,)

    Returns
    -------
    numpy.ndarray of float64, shape (len(rows),)

    Examples
    --------
    >>> matrix = sp.csr_matrix(np.array([[1.0, 2.0, 0.0], [0.0, 0.0, 3.0], [4.0, 0.0, 5.0]]))
    >>> rows_times(matrix, np.array([2, 0]), np.array([1.0, 10.0, 100.0])).tolist()
    [504.0, 21.0]
    """
    rows = np.asarray(rows, dtype=np.int64)
    if matrix.nnz <= _WHOLE_PRODUCT:
        # One product of a few thousand entries costs less than gathering even a few
        # rows' entries (a dozen array operations); the sums are the same.
        product: np.ndarray = np.asarray(matrix @ vector).ravel()
        whole: np.ndarray = product[rows]
        return whole
    starts = matrix.indptr[rows]
    lengths = matrix.indptr[rows + 1] - starts
    entries = entry_runs(starts, lengths)
    products = matrix.data[entries] * vector[matrix.indices[entries]]
    owner = np.repeat(np.arange(len(rows)), lengths)
    sums = np.bincount(owner, weights=products, minlength=len(rows))
    return sums.astype(np.float64, copy=False)  # (no entries at all: int64 from bincount)


_WHOLE_PRODUCT = 65_536
"""Entries up to which :func:`rows_times` takes the whole product and reads the rows
from it (three times faster for a few hundred sentences, about as fast up to a few
tens of thousands of entries)."""


def entry_runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions ``starts[k], ..., starts[k] + lengths[k] - 1`` of every run, in order:
    the entries of some rows of a sparse matrix, from its row pointers.

    Examples
    --------
    >>> entry_runs(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    positions: np.ndarray = offsets + np.arange(int(lengths.sum()), dtype=np.int64)
    return positions


def presence(counts: sp.spmatrix) -> sp.csr_matrix:
    """1.0 wherever ``counts`` is positive, as CSR of floats.

    ``counts`` itself when it already is that (CSR of float ones, sorted
    distinct columns), so a matrix made binary once is never copied again;
    otherwise a copy. Readers of the result must not change it.

    Parameters
    ----------
    counts : scipy.sparse matrix
        Term, pair or concept counts (any positive value for present).

    Returns
    -------
    scipy.sparse.csr_matrix

    Examples
    --------
    >>> present = presence(sp.csr_matrix(np.array([[2, 0], [1, 3]])))
    >>> present.toarray().tolist()
    [[1.0, 0.0], [1.0, 1.0]]
    >>> presence(present) is present
    True
    """
    if (
        sp.isspmatrix_csr(counts)
        and counts.dtype == np.float64
        and bool(counts.has_canonical_format)
        and bool(np.all(counts.data == 1.0))
    ):
        return counts
    present = sp.csr_matrix(counts, dtype=np.float64)
    present.data = (present.data > 0).astype(np.float64)
    return present


def article_counts(
    counts: sp.spmatrix, document_index: np.ndarray, article_weights: np.ndarray | None = None
) -> np.ndarray:
    """How many articles mention each column (term, pair or concept) of ``counts``.

    Parameters
    ----------
    counts : scipy.sparse matrix of shape (n_sentences, n_columns)
        Occurrences (any positive value) of each column in each sentence.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, numbered from 0.
    article_weights : numpy.ndarray of shape (n_articles,), optional
        What each article counts for (1 each by default).

    Returns
    -------
    numpy.ndarray of float, shape (n_columns,)
        Whole numbers without ``article_weights``; all 0 without sentences.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1, 0], [1, 0, 0], [2, 1, 0], [1, 0, 1]]))
    >>> article_counts(C, np.array([0, 0, 1, 2])).tolist()
    [3.0, 2.0, 1.0]
    >>> article_counts(C, np.array([0, 0, 1, 2]), np.array([1.0, 0.5, 2.0])).tolist()
    [3.5, 1.5, 2.0]
    """
    n_sentences, n_columns = counts.shape
    if n_sentences == 0:
        return np.zeros(n_columns)
    document_index = np.asarray(document_index, dtype=np.int64)
    membership = sp.csr_matrix(
        (np.ones(n_sentences), (document_index, np.arange(n_sentences))),
        shape=(int(document_index.max()) + 1, n_sentences),
    )
    present = presence(counts)
    # A block of articles at a time, so that the (article, column) matrix never exists
    # whole (at a million sentences 0.3 GB and more); the counts are whole numbers, so
    # adding them block by block gives exactly the sum of the whole.
    n_documents = membership.shape[0]
    block = max(1, n_documents * _COUNT_ROWS // n_sentences)
    weights = None if article_weights is None else np.asarray(article_weights, dtype=np.float64)
    counted = np.zeros(n_columns)
    for first in range(0, n_documents, block):
        per_document = sp.csr_matrix(membership[first : first + block] @ present)
        mentioned = per_document.data > 0
        each = None
        if weights is not None:  # the weight of the article of each (article, column) entry
            each = np.repeat(
                weights[first : first + per_document.shape[0]], np.diff(per_document.indptr)
            )[mentioned]
        counted += np.bincount(per_document.indices[mentioned], each, minlength=n_columns)
    return counted


_COUNT_ROWS = 65_536
"""About how many sentences :func:`article_counts` reads at a time (bounds its memory)."""


def article_positions(document_index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's position in its article (from 0), and its article's sentence count.

    Sentences of an article need not be contiguous: positions follow their order.

    Parameters
    ----------
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence.

    Returns
    -------
    tuple of numpy.ndarray of float, shape (n_sentences,)
        The position and the article's size of each sentence.

    Examples
    --------
    >>> position, size = article_positions(np.array([0, 0, 1, 0]))
    >>> position.tolist(), size.tolist()
    ([0.0, 1.0, 0.0, 2.0], [3.0, 3.0, 1.0, 3.0])
    """
    document_index = np.asarray(document_index)
    n = len(document_index)
    order = np.argsort(document_index, kind="stable")
    ordered = document_index[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if n else np.zeros(0, int)
    sizes = np.diff(np.r_[starts, n])
    position = np.empty(n, dtype=np.float64)
    position[order] = np.arange(n) - np.repeat(starts, sizes)
    size = np.empty(n, dtype=np.float64)
    size[order] = np.repeat(sizes, sizes)
    return position, size


def first_mentions(
    counts: sp.spmatrix, document_index: np.ndarray, key: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For each article and column it mentions, the sentence of the smallest ``key``.

    Parameters
    ----------
    counts : scipy.sparse matrix of shape (n_sentences, n_columns)
        Occurrences (any positive value) of each column in each sentence.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, numbered from 0.
    key : numpy.ndarray of shape (n_sentences,)
        What decides which sentence of an article comes first (its position,
        say); ties go to the earlier sentence.

    Returns
    -------
    tuple of numpy.ndarray of int64
        The sentence (row) and the column of each (article, column) pair, in
        the order of article, then column.

    Examples
    --------
    Column 0 is in sentences 0 and 1 of article 0 and in sentence 2 of article 1.

    >>> C = sp.csr_matrix(np.array([[1, 0], [1, 1], [1, 0]]))
    >>> rows, columns = first_mentions(C, np.array([0, 0, 1]), np.array([1.0, 0.0, 0.0]))
    >>> rows.tolist(), columns.tolist()
    ([1, 1, 2], [0, 1, 0])
    """
    present = sp.coo_matrix(counts)
    keep = present.data > 0
    rows, columns = present.row[keep].astype(np.int64), present.col[keep].astype(np.int64)
    if rows.size == 0:
        return rows, columns
    pair = np.asarray(document_index, dtype=np.int64)[rows] * present.shape[1] + columns
    order = np.lexsort((np.asarray(key)[rows], pair))
    pair, rows, columns = pair[order], rows[order], columns[order]
    first = np.r_[True, pair[1:] != pair[:-1]]
    return rows[first], columns[first]


def tfidf(counts: sp.spmatrix, *, sublinear_tf: bool = False) -> sp.csr_matrix:
    """TF-IDF vectors from term counts, each row scaled to unit length.

    The weights are scikit-learn's: ``tf * (ln((1 + n) / (1 + df)) + 1)``,
    then L2-normalised per row. A row with no term stays a row of zeros.
    The values are exactly those of scikit-learn's ``TfidfTransformer(norm="l2",
    smooth_idf=True)``, computed in the same order, without its copy of the
    whole matrix and one idf gathered per entry at once.

    Parameters
    ----------
    counts : scipy.sparse matrix of shape (n_sentences, n_terms)
        Term counts, as :func:`count_terms` gives them.
    sublinear_tf : bool, default=False
        Use ``1 + ln(tf)`` instead of ``tf``.

    Returns
    -------
    scipy.sparse.csr_matrix of the same shape
        Of floats (float32 for float32 counts, else float64); it shares no
        array with ``counts``.

    Examples
    --------
    >>> X = tfidf(sp.csr_matrix([[2.0, 0.0], [1.0, 1.0]]))
    >>> np.round(X.toarray(), 3)
    array([[1.   , 0.   ],
           [0.58 , 0.815]])
    """
    matrix = sp.csr_matrix(counts)
    if matrix.shape[1] == 0:
        return sp.csr_matrix(matrix, dtype=np.float64, copy=True)
    weights = smooth_idf(matrix)
    return _weighed(matrix, weights, sublinear_tf=sublinear_tf, share_columns=False)


def _float_type(matrix: sp.csr_matrix) -> np.dtype[Any]:
    """The float type scikit-learn's TfidfTransformer computes in for these counts."""
    return matrix.dtype if matrix.dtype in (np.float32, np.float64) else np.dtype(np.float64)


def smooth_idf(counts: sp.spmatrix, *, dtype: Any = None) -> np.ndarray:
    """The smoothed idf of each column, as scikit-learn's ``TfidfTransformer`` computes it.

    ``ln((1 + n) / (1 + df)) + 1``, where ``n`` is the number of rows
    (sentences) and ``df`` the number of stored entries of each column (rows
    holding the term), in scikit-learn's order of operations, so :func:`tfidf`
    gives its values bit for bit.

    Parameters
    ----------
    counts : scipy.sparse matrix of shape (n, n_terms)
        Term counts (only which entries are stored matters).
    dtype : numpy dtype, optional
        The float type to compute in; by default scikit-learn's for these
        counts (float32 for float32 counts, else float64).

    Returns
    -------
    numpy.ndarray of shape (n_terms,)

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1], [0, 2], [0, 1]]))
    >>> np.round(smooth_idf(C), 3).tolist()
    [1.693, 1.0]
    """
    counts = sp.csr_matrix(counts)
    dtype = _float_type(counts) if dtype is None else np.dtype(dtype)
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(dtype)
    df += 1.0
    weights = np.full_like(df, fill_value=counts.shape[0] + 1, dtype=dtype)
    weights /= df
    np.log(weights, out=weights)
    weights += 1.0
    return weights


_WEIGH_BLOCK = 1 << 20
"""Entries weighed at a time by :func:`_weighed`: bounds its array of one idf per entry."""


def _weighed(
    counts: sp.csr_matrix, weights: np.ndarray, *, sublinear_tf: bool, share_columns: bool
) -> sp.csr_matrix:
    """The TF-IDF matrix of ``counts`` (CSR) with the idf ``weights``, rows L2-normalised.

    What scikit-learn's ``TfidfTransformer.transform`` computes, operation by
    operation (so bit for bit): the counts as floats, ``1 + ln(tf)`` when
    sublinear, times the idf of each entry's column, then each row divided
    by its L2 norm as scikit-learn's ``normalize`` divides it
    (:func:`_divide_by_row_norms`). The new values are
    the only copy: the idf is gathered a block of entries at a time, and with
    ``share_columns`` the result keeps the very column indices and row
    pointers of ``counts`` (neither matrix is ever changed in place).
    """
    data = counts.data.astype(_float_type(counts), copy=True)
    if sublinear_tf:
        np.log(data, out=data)
        data += 1.0
    indices = counts.indices
    for first in range(0, len(data), _WEIGH_BLOCK):
        block = slice(first, first + _WEIGH_BLOCK)
        data[block] *= weights[indices[block]]
    if share_columns:
        X = sp.csr_matrix((data, indices, counts.indptr), shape=counts.shape, copy=False)
    else:
        X = sp.csr_matrix((data, indices.copy(), counts.indptr.copy()), shape=counts.shape)
    _divide_by_row_norms(X)
    return X


_NORM_ROWS = 1 << 16
"""Rows :func:`_divide_by_row_norms` reads at a time (bounds its temporaries)."""


def _divide_by_row_norms(X: sp.csr_matrix) -> None:
    """Divide each row of ``X`` (CSR of floats) by its L2 norm, in place.

    Bit for bit what scikit-learn's ``normalize(X, norm="l2")`` does to a
    CSR matrix (``sparsefuncs_fast._inplace_csr_row_normalize_l2``): each
    value squared in the matrix's float type, the squares of a row added in
    their stored order to 0.0 in double precision (``np.bincount`` adds
    them in that order too, where a NumPy sum would add them pairwise),
    the square root of the sum taken, and each value divided by it in
    double precision; a row whose squares add to 0 is left as it is.
    Importing scikit-learn for this would cost each process a second.
    """
    data, indptr = X.data, X.indptr
    for first in range(0, X.shape[0], _NORM_ROWS):
        last = min(first + _NORM_ROWS, X.shape[0])
        entries = slice(int(indptr[first]), int(indptr[last]))
        counts = np.diff(indptr[first : last + 1])
        values = data[entries]
        squares = np.multiply(values, values).astype(np.float64, copy=False)
        row = np.repeat(np.arange(last - first), counts)
        norms = np.sqrt(np.bincount(row, weights=squares, minlength=last - first))
        norms[norms == 0.0] = 1.0  # x / 1.0 is x: the row stays as it is
        divided = values / np.repeat(norms, counts)
        data[entries] = divided  # (cast back to float32 for a float32 matrix)


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
    query_terms : scipy.sparse.csr_matrix of shape (1, n_terms) or None
        Counts of the query's terms (the same columns as ``terms``), when a
        query was given: for weighing them otherwise than by idf.
    language_columns : tuple of (str, int)
        For candidates of several languages: the language of the columns of
        ``terms``, as runs of (language, number of columns) in column order
        (each language has its own columns). Empty when all are of
        ``language``.
    """

    terms: sp.csr_matrix
    term_names: tuple[str, ...]
    pairs: sp.csr_matrix
    X: sp.csr_matrix
    query: sp.csr_matrix | None = None
    language: str = "english"
    query_terms: sp.csr_matrix | None = None
    language_columns: tuple[tuple[str, int], ...] = ()

    @cached_property
    def X_columns(self) -> sp.csc_matrix | None:  # noqa: N802 - the matrix is X, as above
        """``X`` by columns (CSC): the candidates of each term with their weights; None
        when ``X``'s entries are not exactly those of ``terms`` (``same_layout``).

        Made on first use and kept with the features, so that corroboration
        and disagreement read the candidates sharing a term with a summary
        sentence (a few columns) instead of multiplying all of ``X``, and
        build it once between them.

        Examples
        --------
        >>> from summarize.documents import Document
        >>> from summarize.segmentation import segment
        >>> seg = segment((Document("a", "Leaders met. Leaders left."),), language="english")
        >>> features = featurize(seg.candidates(), language="english")
        >>> features.X_columns.indices.tolist()  # "leader" in both, "met", "left"
        [0, 1, 0, 1]
        """
        return self.X.tocsc() if same_layout(self.X, self.terms) else None


def same_layout(X: sp.csr_matrix, terms: sp.csr_matrix) -> bool:
    """Whether ``terms`` has a positive value exactly where ``X`` has an entry, every
    entry of ``X`` positive (as :func:`featurize` makes them): then ``X``'s
    columns list each term's candidates.

    Examples
    --------
    >>> X = sp.csr_matrix(np.array([[0.6, 0.8], [0.0, 1.0]]))
    >>> same_layout(X, sp.csr_matrix(np.array([[1.0, 1.0], [0.0, 1.0]])))
    True
    >>> same_layout(X, sp.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0]])))
    False
    """
    # featurize's X keeps the very row pointers and column indices of the terms.
    shared = X.indptr is terms.indptr and X.indices is terms.indices
    return bool(
        X.nnz > 0
        and X.has_canonical_format
        and terms.has_canonical_format
        and (
            shared
            or (
                np.array_equal(X.indptr, terms.indptr) and np.array_equal(X.indices, terms.indices)
            )
        )
        and np.all(terms.data > 0)
        and np.all(X.data > 0)
    )


def featurize(
    candidates: Candidates,
    *,
    language: str | Sequence[str],
    query: str | None = None,
    n_jobs: int | None = None,
) -> Features:
    """Count terms and word pairs of the candidates and weigh the terms with TF-IDF.

    Parameters
    ----------
    candidates : Candidates
        From :meth:`summarize.segmentation.Segmentation.candidates`.
    language : str or sequence of str
        The language of every article, or one per article (indexed by
        ``candidates.document_index``): each candidate is read with its
        article's stopwords, stemmer and word finder, and the terms of two
        languages are never the same column.
    query : str or None, default=None
        A question or topic to steer the summary toward; its terms are
        weighed with the candidates' idf. It is read in every language of the
        articles, so that it steers the articles of each.
    n_jobs : int or None, default=None
        1 keeps the stage on the calling thread; otherwise a large input is
        split on a second thread while it is read
        (as ``count_terms`` does). The features are the same
        either way.

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
    >>> seg = segment((Document("a", "Leaders met."), Document("b", "Die Regierung tagte.")),
    ...               language=("english", "german"))
    >>> featurize(seg.candidates(), language=("english", "german")).term_names
    ('leader', 'met', 'regier', 'tagt')
    """
    texts = list(candidates.texts)
    # The candidates of each language, in order of first appearance; None: all of them.
    groups: list[tuple[str, list[int] | None]] = (
        [(language, None)]
        if isinstance(language, str)
        else _language_groups([language[d] for d in candidates.document_index.tolist()])
    )
    term_blocks, pair_blocks, term_names = [], [], []
    query_blocks: list[sp.csr_matrix] = []
    rows_of: list[list[int]] = []
    widths: list[tuple[str, int]] = []  # each language's columns, in order
    for name, rows in groups:
        group = texts if rows is None else [texts[i] for i in rows]
        # The query is read in each language, with its candidates, so that it shares
        # their vocabulary (a cluster in two languages is steered in both); it is
        # weighed with the candidates' idf alone.
        read = group if query is None else [*group, query]
        counts = count_terms(read, language=name, n_jobs=n_jobs)
        terms, pairs = counts.terms, counts.pairs
        if query is not None:
            query_blocks.append(sp.csr_matrix(terms[len(group) :]))
            terms, pairs = sp.csr_matrix(terms[: len(group)]), sp.csr_matrix(pairs[: len(group)])
        term_blocks.append(terms)
        pair_blocks.append(pairs)
        rows_of.append([] if rows is None else rows)  # None only when there is one group
        term_names.extend(counts.term_names)
        widths.append((name, len(counts.term_names)))
    if len(groups) == 1:
        terms, pairs = term_blocks[0], pair_blocks[0]
    else:  # the columns of each language side by side
        terms = _side_by_side(term_blocks, rows_of, len(texts))
        pairs = _side_by_side(pair_blocks, rows_of, len(texts))
    query_counts = None
    if query is not None:
        query_counts = sp.csr_matrix(sp.hstack(query_blocks, format="csr"))
        _check_query(terms, query_counts)
    X, query_vector = _weigh(terms, query_counts)
    return Features(
        terms,
        tuple(term_names),
        pairs,
        X,
        query_vector,
        groups[0][0],
        query_counts,
        tuple(widths) if len(widths) > 1 else (),
    )


def _check_query(terms: sp.csr_matrix, query_counts: sp.csr_matrix) -> None:
    """Warn when the query cannot steer: no word of it counts, or none is in a candidate."""
    if not query_counts.nnz:
        warn(
            "The query has no word that counts (only stopwords or punctuation); "
            "it does not steer the summary."
        )
        return
    columns = query_counts.indices
    if terms.shape[0] and not np.asarray(terms[:, columns].sum(axis=0)).any():
        warn(
            "No word of the query is in the articles (is it in their language, and on "
            "their subject?); it does not steer the summary."
        )


def _language_groups(per_candidate: list[str]) -> list[tuple[str, list[int] | None]]:
    """The candidates of each language, in order of first appearance (None: all)."""
    names = list(dict.fromkeys(per_candidate)) or ["english"]
    if len(names) == 1:
        return [(names[0], None)]
    return [(name, [i for i, own in enumerate(per_candidate) if own == name]) for name in names]


def _weigh(
    terms: sp.csr_matrix, query_counts: sp.csr_matrix | None
) -> tuple[sp.csr_matrix, sp.csr_matrix | None]:
    """TF-IDF of the candidates, and of the query with the candidates' idf.

    ``X`` shares the column indices and row pointers of ``terms`` (both
    matrices are read-only to every stage): at a million sentences that is
    10 million indices not held twice.
    """
    if terms.shape[1] == 0:
        empty = sp.csr_matrix(terms, dtype=np.float64, copy=True)
        return empty, None if query_counts is None else sp.csr_matrix((1, 0), dtype=np.float64)
    weights = smooth_idf(terms)
    X = _weighed(terms, weights, sublinear_tf=False, share_columns=True)
    if query_counts is None:
        return X, None
    return X, _weighed(
        sp.csr_matrix(query_counts), weights, sublinear_tf=False, share_columns=False
    )


def _side_by_side(blocks: list[sp.csr_matrix], rows_of: list[list[int]], n: int) -> sp.csr_matrix:
    """One matrix of n rows: block k's rows at rows_of[k], its columns after block k-1's."""
    parts, offset = [], 0
    for block, rows in zip(blocks, rows_of, strict=True):
        coo = block.tocoo()
        parts.append(
            (
                coo.data,
                np.asarray(rows, dtype=np.int64)[coo.row],
                coo.col.astype(np.int64) + offset,
            )
        )
        offset += block.shape[1]
    data = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0)
    row = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    col = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    return sp.csr_matrix((data, (row, col)), shape=(n, offset))
