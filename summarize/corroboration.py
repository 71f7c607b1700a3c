"""Corroboration: which other articles report each summary sentence's fact, and where.

For each chosen sentence, every other article's best matching sentence is
found and kept as a :class:`~summarize.Support` (the article, the span of that
sentence, and the match): the same fact, told by another outlet, usually in
other words. A sentence matches when it shares at least :data:`MIN_SHARED`
(2) terms with the chosen one (it is *related*) and either rule holds:

1. **Terms.** The cosine similarity of the two sentences' TF-IDF vectors over
   stemmed terms, stopwords left out (``features.X``), reaches
   :data:`MATCH_THRESHOLD` (0.3): far below the 0.5 at which the selection
   treats two sentences as repeating each other, since outlets paraphrase.
   When the chosen sentence opens with a single word set off as a clause of
   its own ("Notably,", "However,", a dateline's "CAIRO,"; :func:`opening_word`)
   that no other article uses (:func:`used_elsewhere`), that word is left out of
   its vector (:func:`term_cosines`): it is the outlet's framing, matches no
   other article's sentence, and would only lower every cosine alike.
2. **Fact units, every word.** A sentence often carries two facts ("this
   visit marks Putin's first trip abroad since his re-election in March and
   signifies the enduring economic partnership ..., particularly amid Western
   sanctions"), and a paraphrase of one of them shares few terms with the
   whole. So the sentence is also cut into *fact units* (:func:`fact_units`):
   its clauses between punctuation marks, its two halves and its three thirds
   (a clause joined by "and" or "since" is found without a list of
   conjunctions for each language). The whole sentence and each unit are
   compared with every related sentence by the cosine of binary vectors over
   *every* stemmed word, stopwords included, each weighted by its smoothed idf
   among the related sentences (:func:`word_scores`). The words that frame a
   claim ("first ... trip ... since his") are stopwords to a topic model but
   rare among the sentences of the story, so they weigh in; the story's
   names, in every related sentence, weigh little. A sentence matches when
   the best of these cosines reaches :data:`UNIT_THRESHOLD` (0.29). Only the
   language's word finder and stemmer are used, so this works in every
   language the library supports.

Of an article's matching sentences, the one kept is the one with the highest
word score: the unit tells which of a two-fact sentence's facts the article's
sentence reports, and the best-matched fact wins.

The rules and thresholds were chosen on 261 sentence pairs labelled by hand
from the seed articles and three DUC 2003 clusters (a pair matches when the
other sentence reports the query's main fact), every rule tried measured by
``benchmarks/corroboration.py`` (cosines and idf-weighted overlaps at several
thresholds, word windows, all-word cosines with and without units, and this
rule on a grid of both thresholds; see the evaluation page). The term rule
alone at 0.3, the rule of the previous version, had precision 0.85 and recall
0.70 on them; this rule has precision 0.85 (0.846) and recall 0.80 (both
thresholds at 0.3: 0.87 and 0.78, but the seeds' 001 below is missed; the
term threshold at 0.32: 0.85 and 0.76, but a summary sentence of the seeds
loses an outlet that reports it). On the seeds, "Putin's first trip abroad
since his re-election" (article 004) is credited to the three other outlets that report it, each with its
re-election sentence, including 001's "his first foreign trip since
beginning his fifth term", whose terms in common are only "Putin", "visit"
and "trip". The opening-word cut was added for the seeds' fourth summary
sentence, "Notably, trade between Russia and China has surged since the
invasion, ...", whose "Notably" kept 001's paraphrase ("China has
increasingly supported Russia's economic needs since the start of the
conflict in Ukraine, as Washington continues to impose sanctions") at a
cosine of 0.284; without it, 0.307. It changes nothing on the first 261
labelled pairs, nor any support of the default summaries of DUC 2002, DUC
2003, CSTNews and MultiLing French; broader cuts (every term no other
article uses) credit that paraphrase too but add mostly wrong supports
there (see the evaluation page).

Cost: only the chosen sentences are compared with all the candidates (a
sparse product each); the words of the related sentences are read once per
call, each distinct piece of text once per process (it is remembered). No
candidate-by-candidate matrix is built. Reading the words is the price of the
second rule: on DUC 2003 corroboration takes about a sixth of a
:func:`~summarize.summarize` call's CPU time, against a twenty-fifth with the
term rule alone.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

from .exceptions import InvalidParameterError
from .features import entry_runs, presence, remembered_stems, same_layout, smooth_idf
from .languages import Language
from .languages import get as get_language
from .pieces import release_memory, split_pieces, spread_words
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
    "UNIT_THRESHOLD",
    "Support",
    "corroborate",
    "fact_units",
    "match_scores",
    "match_scores_of_rows",
    "same_layout",
    "opening_word",
    "presence",
    "supporting",
    "term_cosines",
    "term_weights",
    "used_elsewhere",
    "word_scores",
]

MATCH_THRESHOLD = 0.3
"""Cosine similarity (TF-IDF of stemmed terms) from which two sentences report the same fact."""

UNIT_THRESHOLD = 0.29
"""All-word cosine of a sentence or one of its fact units from which two sentences report the
same fact (:func:`word_scores`)."""

MIN_SHARED = 2
"""Fewest terms two sentences must share to report the same fact."""

SUPPORT_THRESHOLD = 0.5
"""Cosine similarity from which two sentences are near-duplicates (:func:`supporting`)."""

# Rounding puts the cosine of two sentences with the same terms at 0.9999999999999997;
# a similarity this close to a threshold counts as reaching it.
_TOLERANCE = 1e-9


def term_weights(terms: sp.csr_matrix) -> np.ndarray:
    """The smoothed idf of each term column, in float64 (:func:`~summarize.features.smooth_idf`).

    ``idf = ln((1 + n) / (1 + df)) + 1``, where ``n`` is the number of rows
    (sentences) and ``df`` the number of rows holding the term.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1], [0, 2], [0, 1]]))
    >>> np.round(term_weights(C), 3).tolist()
    [1.693, 1.0]
    """
    return smooth_idf(terms, dtype=np.float64)


def used_elsewhere(
    present: sp.csr_matrix, document_index: np.ndarray, article: int, columns: Sequence[int]
) -> np.ndarray:
    """Whether each of some terms is used by an article other than ``article``.

    One pass over the matrix's entries, whatever the number of articles: no
    article-by-term table is built.

    Parameters
    ----------
    present : scipy.sparse.csr_matrix of shape (n, n_terms)
        The term counts of the candidates, or their presence (``presence``).
    document_index : numpy.ndarray of shape (n,)
        The article of each candidate.
    article : int
        The article to leave out.
    columns : sequence of int
        The terms to look up.

    Returns
    -------
    numpy.ndarray of bool, shape (len(columns),)

    Examples
    --------
    >>> P = sp.csr_matrix(np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 0.0, 1.0]]))
    >>> used_elsewhere(P, np.array([0, 1, 1]), 0, [0, 1, 2]).tolist()
    [True, False, True]
    >>> used_elsewhere(P, np.array([0, 1, 1]), 1, [0, 1, 2]).tolist()
    [True, True, False]
    """
    matrix = sp.csr_matrix(present)
    wanted = np.asarray(columns, dtype=np.int64)
    hit = np.isin(matrix.indices, wanted)
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))[hit]
    elsewhere = matrix.indices[hit][np.asarray(document_index)[rows] != article]
    used: np.ndarray = np.isin(wanted, elsewhere)
    return used


def term_cosines(X: sp.csr_matrix, row: int, keep: np.ndarray) -> np.ndarray:
    """The cosine of every row of ``X`` with row ``row`` cut to the terms ``keep`` marks.

    Row ``row`` keeps only those terms and is normalised again; the other
    rows are taken whole. :func:`corroborate` cuts a chosen sentence's
    opening word when it frames the sentence and no other article uses it
    (:func:`opening_word`).

    Parameters
    ----------
    X : scipy.sparse.csr_matrix of shape (n, n_terms)
        Row-normalised sentence vectors (``features.X``).
    row : int
        The sentence to compare with all.
    keep : numpy.ndarray of bool, shape (n_terms,)
        The terms of row ``row`` to keep.

    Returns
    -------
    numpy.ndarray of shape (n,)
        Cosines in [0, 1]; all 0 when row ``row`` keeps no term.

    Examples
    --------
    Row 0 has a word no other row has (the first column): cut off, row 2
    comes closer.

    >>> X = sp.csr_matrix(np.array([[0.28, 0.96, 0.0], [0.0, 0.0, 1.0], [0.0, 0.6, 0.8]]))
    >>> term_cosines(X, 0, np.array([True, True, True])).round(2).tolist()
    [1.0, 0.0, 0.58]
    >>> term_cosines(X, 0, np.array([False, True, True])).round(2).tolist()
    [0.96, 0.0, 0.6]
    """
    vector = _cut(X.getrow(row).toarray().ravel(), np.asarray(keep, dtype=bool))
    cosines: np.ndarray = np.clip(np.asarray(X @ vector).ravel(), 0.0, 1.0)
    return cosines


def opening_word(text: str, language: str | Language) -> list[str]:
    """The stemmed word that opens a sentence as a clause of its own, or none.

    A sentence that starts with a single word cut off by a clause break
    (a comma, a colon, a bracket, a quotation mark, a dash) opens with
    a discourse adverb ("Notably,", "However,", "Similarly,") or a dateline
    ("CAIRO, Egypt _"): the outlet's framing, not the fact it reports.

    Parameters
    ----------
    text : str
        The sentence.
    language : str or Language
        Its language (word finder and stemmer).

    Returns
    -------
    list of str
        The stemmed opening word, or an empty list.

    Examples
    --------
    >>> opening_word("Notably, trade has surged since the war.", "english")
    ['notabl']
    >>> opening_word("Trade, notably, has surged.", "english")
    ['trade']
    >>> opening_word("Trade has surged, notably.", "english")
    []
    """
    lang = get_language(language)
    pieces = _CLAUSE_BREAK.split(text, maxsplit=1)
    if len(pieces) < 2:
        return []
    words = lang.words(pieces[0])
    return lang.stem(words) if len(words) == 1 else []


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
    return next(iter(match_scores_of_rows(terms, weights, [row], binary=binary)))


_ROWS_AT_ONCE = 4
"""Rows compared with all at a time by :func:`match_scores_of_rows` (bounds its memory)."""


def match_scores_of_rows(
    terms: sp.csr_matrix,
    weights: np.ndarray,
    rows: Sequence[int],
    *,
    binary: bool = False,
    columns: sp.csc_matrix | None = None,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """:func:`match_scores` of each of ``rows`` in turn, with fewer passes over ``terms``.

    The products of a few rows are taken in one pass over the matrix (the sums
    of each result are added in the same order as one row at a time, so the
    values are the same), and the weight of every row's terms once.

    Parameters
    ----------
    terms, weights, binary
        As for :func:`match_scores`.
    rows : sequence of int
        The sentences to compare with all.
    columns : scipy.sparse.csc_matrix, optional
        A matrix with entries (any positive values) exactly where ``terms``
        has them, by columns (``Features.X_columns`` of the features whose
        ``terms`` these are): then only the candidates sharing a term with a
        row are read, with the same sums. A matrix of another shape or
        number of entries is refused.

    Yields
    ------
    overlap, shared : numpy.ndarray
        What :func:`match_scores` returns for each row, in the order of ``rows``.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]]))
    >>> [(o.tolist(), s.tolist()) for o, s in match_scores_of_rows(C, np.ones(4), [2, 0])]
    [([0.5, 0.0, 1.0], [1, 0, 2]), ([1.0, 1.0, 0.5], [3, 2, 1])]
    """
    present = terms if binary else presence(terms)
    totals = present @ weights
    rows = [int(row) for row in rows]
    if columns is not None and (columns.shape != present.shape or columns.nnz != present.nnz):
        raise InvalidParameterError(
            "The 'columns' parameter of match_scores_of_rows must have the entries of"
            f" 'terms', by columns. Got shape {columns.shape} and {columns.nnz} entries"
            f" for shape {present.shape} and {present.nnz} entries instead."
        )
    if columns is not None and len(rows):
        # Only the candidates sharing a term are read (_by_columns).
        n = present.shape[0]
        for row in rows:
            own = present.indices[present.indptr[row] : present.indptr[row + 1]]
            shared_weight, counted = _by_columns(columns, own, weights, n, ones=True)
            shared = np.rint(counted).astype(np.int64)
            lighter = np.minimum(totals, totals[row])
            with np.errstate(divide="ignore", invalid="ignore"):
                overlap = np.where(lighter > 0, shared_weight / lighter, 0.0)
            yield np.clip(overlap, 0.0, 1.0), shared
        return
    for first in range(0, len(rows), _ROWS_AT_ONCE):
        block = rows[first : first + _ROWS_AT_ONCE]
        mine = present[block].toarray()
        # Columns 2b and 2b + 1: the weights of row b's terms, and its terms.
        vectors = np.empty((present.shape[1], 2 * len(block)))
        vectors[:, 0::2] = (mine * weights).T
        vectors[:, 1::2] = mine.T
        products = present @ vectors
        for b, row in enumerate(block):
            shared_weight = products[:, 2 * b]
            shared = np.rint(products[:, 2 * b + 1]).astype(np.int64)
            lighter = np.minimum(totals, totals[row])
            with np.errstate(divide="ignore", invalid="ignore"):
                overlap = np.where(lighter > 0, shared_weight / lighter, 0.0)
            yield np.clip(overlap, 0.0, 1.0), shared


_CLAUSE_BREAK = re.compile(
    '[;()\\[\\]{}"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2013\u2014'
    "\uff0c\u3001\uff1b\uff1a\uff08\uff09\u300c\u300d\u300e\u300f\u3010\u3011\u060c\u061b]"
    "|[,:](?!\\d)|\\s-\\s"
)
"""Where a clause may end: commas and colons (not inside a number), semicolons, brackets,
quotation marks and dashes, in Latin, CJK and Arabic typography."""

_MIN_UNIT_WORDS = 4
"""Fewest distinct words a fact unit must have to be compared on its own."""


def fact_units(text: str, language: str | Language) -> list[list[str]]:
    """The stemmed words of a sentence, then of each of its fact units.

    The units are the clauses between punctuation marks (:data:`_CLAUSE_BREAK`),
    then the sentence's two halves and three thirds, in words: a clause
    joined by "and", "which" or "since" is found without a list of
    conjunctions for each language. Units with fewer than four distinct
    words are left out, and so is a clause that is the whole sentence.
    Stopwords are kept: they are weighed later by their rarity.

    Parameters
    ----------
    text : str
        The sentence.
    language : str or Language
        Its language (word finder and stemmer, as :mod:`summarize.features` uses them).

    Returns
    -------
    list of list of str
        The whole sentence's words first, then each unit's, in order.

    Examples
    --------
    >>> units = fact_units("The dam burst at dawn, and the river rose by noon.", "english")
    >>> [" ".join(u) for u in units]  # doctest: +NORMALIZE_WHITESPACE
    ['the dam burst at dawn and the river rose by noon', 'the dam burst at dawn',
     'and the river rose by noon', 'the dam burst at dawn', 'and the river rose by noon',
     'at dawn and the', 'river rose by noon']
    """
    lang = get_language(language)
    clauses = [lang.stem(lang.words(piece)) for piece in _CLAUSE_BREAK.split(text)]
    words = [word for clause in clauses for word in clause]
    n = len(words)
    units = [words, *(clause for clause in clauses if 0 < len(clause) < n)]
    for parts in (2, 3):
        cuts = [n * k // parts for k in range(parts)] + [n]
        units.extend(words[a:b] for a, b in zip(cuts, cuts[1:], strict=False))
    return [units[0]] + [u for u in units[1:] if len(set(u)) >= _MIN_UNIT_WORDS]


_MEMORY_SIZE = 500_000
"""Pieces of text remembered per language, across calls, before the memory starts afresh."""


class _Memory:
    """The stemmed words of each whitespace-separated piece met so far in one language, as ids.

    Reading is deterministic, so a piece met again (in the next summary of a
    batch) is not read twice. Each piece learnt gets a number (``pieces``), and
    its words' ids are kept in arrays by number (:meth:`ids`), so that the
    pieces of a call are looked up in one pass and their ids gathered by array
    operations, not tuple by tuple. A full memory is replaced, not cleared, so
    that a call in another thread keeps a consistent one; new pieces are
    learnt under a lock, so that two threads never give two stems one id.
    """

    def __init__(self, language: Language) -> None:
        self.language = language
        self.lock = threading.Lock()
        self.pieces: dict[str, int] = {}  # the number of each piece, numbered as learnt
        self.stems: dict[str, int] = {}  # the id of each stem, numbered as first met
        # By piece number: where its words' ids start in ``words``, and how many it has.
        # Filled up to the pieces numbered, with room to grow: a piece's values are
        # written before its number is, and never change (arrays too small are replaced
        # by larger copies), so a reader that found a number reads them in any version.
        self.first = np.zeros(0, dtype=np.int64)
        self.length = np.zeros(0, dtype=np.int64)
        self.words = np.zeros(0, dtype=np.int32)
        self.n_words = 0

    def learn(self, pieces: Iterable[str]) -> None:
        """Read the pieces not met yet."""
        with self.lock:
            self._learn(set(pieces))

    def _learn(self, pieces: set[str]) -> None:
        known = self.pieces
        new = [p for p in pieces if p not in known]  # in any order: a piece's words are its own
        if not new:
            return
        words = self.language.words_of_pieces(new)
        distinct = sorted({w for ws in words for w in ws})
        # A stem met for the first time gets the next id (ids are never given back).
        stems = self.stems
        stemmed = remembered_stems(distinct, self.language)  # those featurize met are known
        ids = [stems.setdefault(stem, len(stems)) for stem in stemmed]
        look_up = dict(zip(distinct, ids, strict=True)).__getitem__
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        flat = np.fromiter(map(look_up, chain.from_iterable(words)), dtype=np.int32)
        n, at = len(known), self.n_words
        self.first = _room(self.first, n, len(new))
        self.length = _room(self.length, n, len(new))
        self.words = _room(self.words, at, len(flat))
        self.first[n : n + len(new)] = at + np.cumsum(lengths) - lengths
        self.length[n : n + len(new)] = lengths
        self.words[at : at + len(flat)] = flat
        self.n_words = at + len(flat)
        known.update(zip(new, range(n, n + len(new)), strict=True))

    def numbers(self, pieces: list[str]) -> np.ndarray:
        """The number of each of ``pieces``, -1 for one not learnt."""
        return np.fromiter(map(self.pieces.get, pieces, repeat(-1)), np.int64, len(pieces))

    def runs(self, numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Where the word ids of each of the pieces ``numbers`` (learnt) start in the
        array returned last, and how many it has."""
        return self.first[numbers], self.length[numbers], self.words

    def ids(self, numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The word ids of the pieces ``numbers`` (learnt), in order, and how many each has."""
        first, length, words = self.runs(numbers)
        if (length == 1).all():  # one word a piece, the common case
            return words[first], length
        return words[entry_runs(first, length)], length


def _room(values: np.ndarray, size: int, more: int) -> np.ndarray:
    """``values``, or a copy of its first ``size`` values with room for twice as many,
    when it has no room for ``more`` values past them.

    Examples
    --------
    >>> a = np.arange(3)
    >>> _room(a, 2, 1) is a, len(_room(a, 3, 2))
    (True, 10)
    """
    if size + more <= len(values):
        return values
    grown = np.zeros(2 * (size + more), dtype=values.dtype)
    grown[:size] = values[:size]
    return grown


def _unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sorted distinct values and the index of each value among them.

    What ``np.unique(values, return_inverse=True)`` returns: by a table of the
    values seen when they are small (word ids: a pass over the values, no
    sort), else by a sort, several times faster on these arrays than the
    hashing NumPy 2 uses.

    Examples
    --------
    >>> [a.tolist() for a in _unique(np.array([7, 2, 7, 5]))]
    [[2, 5, 7], [2, 0, 2, 1]]
    >>> [a.tolist() for a in _unique(np.array([10**9, 3, 10**9]))]
    [[3, 1000000000], [1, 0, 1]]
    """
    top = int(values.max()) + 1 if len(values) else 0
    if top <= 4 * len(values) + 1024:
        seen = np.zeros(top, dtype=bool)
        seen[values] = True
        index = np.cumsum(seen, dtype=values.dtype) - 1  # int32 indices for int32 values
        return np.flatnonzero(seen).astype(values.dtype), index[values]
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.empty(len(ordered), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    inverse = np.empty(len(values), dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    return ordered[new], inverse


_READ_CHUNK = 8192
"""Candidates whose words :meth:`_Words.read` reads at a time (bounds its memory)."""

_memories: dict[Language, _Memory] = {}


def _memory(language: Language) -> _Memory:
    memory = _memories.get(language)
    if memory is None or len(memory.pieces) > _MEMORY_SIZE:
        memory = _memories[language] = _Memory(language)
    return memory


class _Words:
    """The stemmed words, stopwords kept, of the candidates of one call, as a binary matrix.

    The words are the language's (:meth:`Language.words
    <summarize.languages.Language.words>`), stemmed with its stemmer. Words
    never hold whitespace, so a text's words are those of its
    whitespace-separated pieces ("said,", "Putin's"); each distinct piece is
    read once (:class:`_Memory`). The columns are the words of the candidates
    read, in the order of their ids.
    """

    def __init__(self, language: Language) -> None:
        self.memory = _memory(language)
        # The candidates read, sorted, and the row of each (in reading order).
        self.sorted_read = np.zeros(0, dtype=np.int64)
        self.read_row = np.zeros(0, dtype=np.int64)
        self.entry_start = np.zeros(1, dtype=np.int64)  # where each row's entries start
        self.columns = np.zeros(0, dtype=np.int64)  # the memory's id of each column
        # The (row, column) of each word a read candidate has, once each.
        self.entry_row = np.zeros(0, dtype=np.int64)
        self.entry_column = np.zeros(0, dtype=np.int64)

    def read(self, texts: Sequence[str], rows: np.ndarray) -> None:
        """Read the candidates ``rows`` (once per call).

        With pyarrow, Arrow's kernels split the texts and number their pieces
        (:func:`_arrow_entries`); otherwise Python does. Either way a chunk of
        candidates at a time, so that their pieces of text, as Python strings,
        never all live at once (at a million sentences the related ones hold
        millions of pieces), and the pieces not met yet are learnt together
        first, so the memory numbers their words as if all were read at once.
        """
        order = rows.tolist()
        self.read_row = np.argsort(rows, kind="stable")
        self.sorted_read = np.asarray(rows, dtype=np.int64)[self.read_row]
        found = (
            _arrow_entries(texts, order, self.memory) if len(order) >= _ARROW_MIN_ROWS else None
        )
        row, word = self._python_entries(texts, order) if found is None else found
        self.columns, self.entry_column = _unique(word)
        self.entry_row = row
        self.entry_start = np.searchsorted(row, np.arange(len(order) + 1, dtype=row.dtype))

    def _python_entries(
        self, texts: Sequence[str], order: list[int]
    ) -> tuple[np.ndarray, np.ndarray]:
        """The distinct (row, memory id) of the words of ``texts[order]``, sorted, by
        Python's ``str.split`` and a dictionary look-up per piece."""
        memory = self.memory
        chunks = range(0, len(order), _READ_CHUNK)
        missing: set[str] = set()
        # The pieces of one chunk (all of them, below _ARROW_MIN_ROWS) are split and
        # looked up once; of more, each chunk is split again below, never all at once.
        kept: list[tuple[list[str], np.ndarray, np.ndarray]] = []
        for first in chunks:
            pieces, per_text = _split(texts, order[first : first + _READ_CHUNK])
            numbers = memory.numbers(pieces)
            missing.update([pieces[k] for k in np.flatnonzero(numbers < 0).tolist()])
            if len(chunks) == 1:
                kept.append((pieces, per_text, numbers))
        if missing:
            memory.learn(missing)
        # The (row, memory id) of each word a candidate has, once each, sorted: a chunk
        # of rows at a time (rows never straddle two chunks).
        entry_rows, entry_ids = [], []
        for first in chunks:
            if kept:
                pieces, per_text, numbers = kept.pop()
                lost = np.flatnonzero(numbers < 0)
                numbers[lost] = memory.numbers([pieces[k] for k in lost.tolist()])
            else:
                pieces, per_text = _split(texts, order[first : first + _READ_CHUNK])
                numbers = memory.numbers(pieces)
            del pieces
            ids, counts = memory.ids(numbers)
            piece_rows = np.repeat(np.arange(len(per_text)), per_text)
            local_row, entry_id = _entries(np.repeat(piece_rows, counts), ids)
            entry_rows.append(local_row + first)
            entry_ids.append(entry_id)
        row = np.concatenate(entry_rows) if entry_rows else np.zeros(0, dtype=np.int64)
        word = np.concatenate(entry_ids) if entry_ids else np.zeros(0, dtype=np.int64)
        return row, word

    def units(self, text: str) -> list[np.ndarray]:
        """The distinct columns of the sentence's words, then of each fact unit's."""
        memory = self.memory
        clauses = [piece.split() for piece in _CLAUSE_BREAK.split(text)]
        pieces = list(chain.from_iterable(clauses))
        memory.learn(pieces)
        ids, counts = memory.ids(memory.numbers(pieces))
        words = ids.tolist()
        n = len(words)
        # Where each clause's words end: after the words of its pieces (of none, maybe).
        piece_ends = np.concatenate([[0], np.cumsum(counts)])
        clause_ends = piece_ends[np.cumsum([len(c) for c in clauses])].tolist()
        spans = zip([0, *clause_ends[:-1]], clause_ends, strict=True)
        units = [words, *(words[a:b] for a, b in spans if 0 < b - a < n)]
        for parts in (2, 3):
            cuts = [n * k // parts for k in range(parts)] + [n]
            units.extend(words[a:b] for a, b in zip(cuts, cuts[1:], strict=False))
        distinct = [set(u) for u in units]  # a few dozen words: sets, not NumPy calls
        kept = [distinct[0]] + [u for u in distinct[1:] if len(u) >= _MIN_UNIT_WORDS]
        # As columns; a word no read candidate has (split off a number by a comma) is left out.
        mine = np.array(sorted(distinct[0]), dtype=np.int64)
        at = np.searchsorted(self.columns, mine)
        inside = at < len(self.columns)
        inside[inside] = self.columns[at[inside]] == mine[inside]
        column = dict(zip(mine[inside].tolist(), at[inside].tolist(), strict=True))
        return [
            np.array(sorted(column[w] for w in unit if w in column), dtype=np.int64)
            for unit in kept
        ]

    def best_cosines(self, related: np.ndarray, units: list[np.ndarray]) -> np.ndarray:
        """The highest idf-weighted cosine of each related candidate with one of the units."""
        at = self.read_row[np.searchsorted(self.sorted_read, related)]
        # The entries of the related rows, each row's in their order (entries are by row).
        start, end = self.entry_start[:-1], self.entry_start[1:]
        rows = _unique(at)[0]
        picked = entry_runs(start[rows], end[rows] - start[rows])
        row, column = self.entry_row[picked], self.entry_column[picked]
        width, n = len(self.columns), len(self.entry_start) - 1
        df = np.bincount(column, minlength=width)
        weight = (np.log((1.0 + len(related)) / (1.0 + df)) + 1.0) ** 2
        norms = np.sqrt(np.bincount(row, weights=weight[column], minlength=n)[at])
        # A unit's product adds 0.0 for every other word: only the words of some unit are read.
        in_units = np.zeros(width, dtype=bool)
        for unit in units:
            in_units[unit] = True
        used = in_units[column]
        row, column = row[used], column[used]
        best = np.zeros(len(related))
        for unit in units:
            vector = np.zeros(width)
            vector[unit] = weight[unit]
            dots = np.bincount(row, weights=vector[column], minlength=n)[at]
            norm = norms * np.sqrt(vector.sum())
            with np.errstate(divide="ignore", invalid="ignore"):
                np.maximum(best, np.where(norm > 0, dots / norm, 0.0), out=best)
        clipped: np.ndarray = np.clip(best, 0.0, 1.0)
        return clipped


_ARROW_MIN_ROWS = 1_000
"""From this many related candidates, Arrow's kernels read their pieces (when installed)."""


def _entries(id_rows: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (row, id) pairs, sorted by row then id."""
    width = int(ids.max()) + 1 if len(ids) else 1
    codes = id_rows.astype(np.int64)  # (a copy) int32 rows times the width would overflow
    codes *= width
    codes += ids
    # The rows come in order, each with its few words: nearly sorted codes, which the
    # stable sort (runs merged) orders several times faster than quicksort.
    codes.sort(kind="stable")
    keep = np.empty(len(codes), dtype=bool)
    keep[:1] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    rows, words = np.divmod(codes[keep], width)
    return rows, words


def _split(texts: Sequence[str], rows: list[int]) -> tuple[list[str], np.ndarray]:
    """The whitespace-separated pieces of ``texts[rows]``, in order, and how many each has."""
    split = [texts[i].split() for i in rows]
    return list(chain.from_iterable(split)), np.fromiter(map(len, split), np.int64, len(split))


def _arrow_entries(
    texts: Sequence[str], order: list[int], memory: _Memory
) -> tuple[np.ndarray, np.ndarray] | None:
    """As :meth:`_Words._python_entries`, with Arrow's kernels; None without pyarrow.

    Arrow splits the texts at whitespace and numbers equal pieces
    (:func:`~summarize.pieces.split_pieces`); only each *distinct* piece is
    looked up in the memory, and the ids of every occurrence are spread with
    array operations (:func:`~summarize.pieces.spread_words`).
    """
    chunks = []
    for first in range(0, len(order), _READ_CHUNK * 8):
        split = split_pieces([texts[i] for i in order[first : first + _READ_CHUNK * 8]])
        if split is None:
            return None
        chunks.append((first, split))
    release_memory()  # the pages of Arrow's split arrays, dead now: not held through the reading
    # The pieces not met yet are learnt together, as the Python way learns them.
    missing = set(chain.from_iterable(split.distinct for _, split in chunks))
    missing.difference_update(memory.pieces)
    if missing:
        memory.learn(missing)
    # Rows and ids in int32 (a few million entries at a million sentences): half the memory.
    rows_out, words_out = [], []
    while chunks:
        first, split = chunks.pop(0)  # each chunk's pieces freed once read
        numbers = memory.numbers(split.distinct)  # all learnt
        ids, id_rows = spread_words(*memory.runs(numbers), split, dtype=np.int32)
        del numbers, split
        rows, ws = _entries(id_rows, ids)
        del ids, id_rows
        rows += first
        rows_out.append(rows.astype(np.int32))
        words_out.append(ws.astype(np.int32))
        del rows, ws
    row = np.concatenate(rows_out) if rows_out else np.zeros(0, dtype=np.int32)
    del rows_out
    word = np.concatenate(words_out) if words_out else np.zeros(0, dtype=np.int32)
    return row, word


def word_scores(
    candidates: Candidates,
    features: Features,
    row: int,
    related: np.ndarray,
    *,
    units: bool = True,
) -> np.ndarray:
    """The best all-word cosine of sentence ``row`` or one of its fact units with related ones.

    Every sentence in ``related`` (candidate indices, ``row`` among them) and
    every fact unit of ``row`` (:func:`fact_units`) is a binary vector over
    stemmed words, stopwords included, each word weighted by its smoothed idf
    among the related sentences, ``ln((1 + n) / (1 + df)) + 1``.

    Parameters
    ----------
    candidates : Candidates
    features : Features
        Only its ``language`` is read.
    row : int
        The sentence whose fact is looked for.
    related : numpy.ndarray of int
        The candidates to compare it with, ``row`` included.
    units : bool, default=True
        Also compare each fact unit; False compares the whole sentence only.

    Returns
    -------
    numpy.ndarray of shape (len(related),)
        For each related sentence, the highest cosine with the whole sentence
        or one of its units, in [0, 1].

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.features import featurize
    >>> from summarize.segmentation import segment
    >>> docs = (Document("a", "Putin made his first trip abroad since his re-election, amid sanctions."),
    ...         Document("b", "It is his first foreign trip since starting his fifth term."),
    ...         Document("c", "The sanctions on Putin were imposed in 2022."))
    >>> candidates = segment(docs, language="english").candidates()
    >>> features = featurize(candidates, language="english")
    >>> np.round(word_scores(candidates, features, 0, np.arange(3)), 2).tolist()
    [1.0, 0.36, 0.16]
    >>> np.round(word_scores(candidates, features, 0, np.arange(3), units=False), 2).tolist()
    [1.0, 0.29, 0.16]
    """
    names = candidates.article_languages(features.language)
    words = _Words(get_language(names[int(candidates.document_index[row])]))
    related = np.asarray(related, dtype=np.int64)
    words.read(candidates.texts, related)
    found = words.units(candidates.texts[row])
    return words.best_cosines(related, found if units else found[:1])


def _last_index(names: Sequence[str], name: str) -> int | None:
    """The last position of ``name`` in ``names``, or None.

    Examples
    --------
    >>> _last_index(("a", "b", "a"), "a"), _last_index(("a",), "c")
    (2, None)
    """
    at = None
    with contextlib.suppress(ValueError):
        while True:
            at = names.index(name, 0 if at is None else at + 1)
    return at


def _kept_terms(
    candidates: Candidates,
    features: Features,
    present: sp.csr_matrix,
    rows: list[int],
    language: Language,
) -> dict[int, np.ndarray]:
    """The terms kept of each chosen sentence whose opening word no other article uses."""
    opening: dict[int, list[int]] = {}
    for row in rows:
        stems = opening_word(candidates.texts[row], language)
        # A few look-ups, each a scan in C: no dictionary of a million names.
        at = [_last_index(features.term_names, s) for s in stems]
        found = [i for i in at if i is not None]
        if found:
            opening[row] = found
    kept: dict[int, np.ndarray] = {}
    index = np.asarray(candidates.document_index)
    for row, columns in opening.items():
        used = used_elsewhere(present, index, int(index[row]), columns)
        if not used.all():
            keep = np.ones(len(features.term_names), dtype=bool)
            keep[np.asarray(columns)[~used]] = False
            kept[row] = keep
    return kept


def _row_products(
    X: sp.csr_matrix,
    present: sp.csr_matrix,
    rows: list[int],
    keep: dict[int, np.ndarray],
    columns: sp.csc_matrix | None = None,
) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """For each of ``rows``: its cosines with every candidate and the terms it shares with each.

    The cosines are :func:`~summarize.selectors.greedy.similarities`, or
    :func:`term_cosines` for a row whose terms ``keep`` cuts; the terms shared,
    ``present @ present[row]`` (as floats). With ``columns``, ``X`` by columns
    (``Features.X_columns``: ``X`` then has an entry exactly where a term is
    present, and ``present`` is not read), only the candidates sharing a term
    are read (:func:`_by_columns`); else a few rows are multiplied in one pass
    over each matrix. Either way each sum is added in the same order as a product
    of one row at a time, so the values are the same.
    """
    if columns is not None:
        # X is canonical (``same_layout``): a row's dense vector is its entries, set in
        # place, without a sparse selection of its rows (tens of microseconds each).
        for row in rows:
            entries = slice(X.indptr[row], X.indptr[row + 1])
            own = X.indices[entries]  # sorted
            vector = np.zeros(X.shape[1])
            vector[own] = X.data[entries]
            if row in keep:
                vector = _cut(vector, keep[row])
            cosine, shared = _by_columns(columns, own, vector, X.shape[0])
            if row in keep:
                np.clip(cosine, 0.0, 1.0, out=cosine)
            yield row, cosine, shared
        return
    for first in range(0, len(rows), _ROWS_AT_ONCE):
        block = rows[first : first + _ROWS_AT_ONCE]
        vectors = X[block].toarray().T
        cut = [b for b, row in enumerate(block) if row in keep]
        for b in cut:
            vectors[:, b] = _cut(vectors[:, b], keep[block[b]])
        cosines = np.asarray(X @ vectors)
        for b in cut:
            cosines[:, b] = np.clip(cosines[:, b], 0.0, 1.0)
        shared = np.asarray(present @ present[block].toarray().T)
        for b, row in enumerate(block):
            yield row, cosines[:, b], shared[:, b]


def _cut(vector: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """``vector`` cut to the terms ``keep`` marks and scaled to unit length again (all
    zeros when it keeps none), as :func:`term_cosines` cuts it."""
    cut = vector * keep
    norm = float(np.sqrt(cut @ cut))
    return cut / norm if norm != 0.0 else np.zeros_like(cut)


def _by_columns(
    columns: sp.csc_matrix, terms: np.ndarray, vector: np.ndarray, n: int, *, ones: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """``X @ vector`` and the number of ``terms`` each row has, reading only the
    columns ``terms`` (sorted) of ``X`` (``columns``, in CSC form); with
    ``ones``, as if every entry of ``X`` were 1.0.

    A row's product adds its entries times the vector's in the order of their
    columns, the zeros of ``vector`` adding nothing (every value is positive):
    gathered column after column and added by ``np.bincount``, in the order
    given, that is the same sum as ``X @ vector``'s.
    """
    starts = columns.indptr[terms]
    lengths = columns.indptr[terms + 1] - starts
    at = entry_runs(starts, lengths)  # the entries of the columns, column after column
    rows = columns.indices[at]
    shared = np.bincount(rows, minlength=n).astype(np.float64)
    weights = vector[terms]
    live = np.repeat(weights != 0.0, lengths)
    products = np.repeat(weights, lengths)[live]
    if not ones:
        products = columns.data[at[live]] * products
    # (An empty input with weights makes whole numbers: floats, as a product gives.)
    cosine = np.bincount(rows[live], weights=products, minlength=n).astype(np.float64)
    return cosine, shared


def corroborate(
    candidates: Candidates,
    features: Features,
    chosen: Sequence[int],
    document_ids: Sequence[str],
    *,
    threshold: float = MATCH_THRESHOLD,
    min_shared: int = MIN_SHARED,
    unit_threshold: float = UNIT_THRESHOLD,
    cut_opening: bool = True,
) -> list[tuple[Support, ...]]:
    """For each chosen sentence, the other articles that report its fact, with the span there.

    Parameters
    ----------
    candidates : Candidates
        The candidate sentences.
    features : Features
        Their features (``X``, ``terms`` and ``language`` are used).
    chosen : sequence of int
        Candidate indices of the summary's sentences.
    document_ids : sequence of str
        The id of each document, by index.
    threshold : float, default=MATCH_THRESHOLD
        Cosine similarity of terms from which two sentences report the same fact.
    min_shared : int, default=MIN_SHARED
        Fewest terms they must share, whichever rule matches them.
    unit_threshold : float, default=UNIT_THRESHOLD
        All-word cosine of the sentence or one of its fact units from which
        two sentences report the same fact (``word_scores``).
    cut_opening : bool, default=True
        Leave a chosen sentence's opening word out of its term vector when
        it is a clause of its own and no other article uses it
        (:func:`opening_word`); False measures the plain cosine, as earlier
        versions did.

    Returns
    -------
    list of tuple of Support
        One tuple per chosen sentence: at most one :class:`~summarize.Support` per other
        article (its best matching sentence, the first on ties), in article
        order; never the sentence's own article. A support's ``similarity`` is
        the higher of its two scores.

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
    columns = features.X_columns
    # With X by columns, X has an entry exactly where a term is present: no copy is made.
    present = features.X if columns is not None else presence(features.terms)
    rows = [int(row) for row in chosen]
    # Each chosen sentence is read in its article's language; the sentences related to it
    # share its terms, so they are of its language too (each language has its own terms).
    # The positions in ``rows`` of each language's chosen sentences:
    groups = candidates.by_language(np.asarray(rows), features.language)
    words_of = {name: _Words(get_language(name)) for name, _ in groups}
    keep: dict[int, np.ndarray] = {}
    if cut_opening:
        for name, positions in groups:
            own_rows = [rows[k] for k in positions.tolist()]
            keep.update(_kept_terms(candidates, features, present, own_rows, get_language(name)))
    # Only a related sentence (min_shared terms in common) can match: of each chosen
    # sentence's products with every candidate only the related ones' values are kept
    # (at a million sentences, 16 MB a chosen sentence instead).
    found_by_row = []
    for row, cosine, overlap in _row_products(features.X, present, rows, keep, columns):
        shared = np.rint(overlap).astype(np.int64)
        related = np.flatnonzero(shared >= min_shared)
        if not np.any(related == row):  # a sentence with fewer terms than min_shared
            related = np.union1d(related, [row])
        found_by_row.append((related, cosine[related], shared[related]))
        del cosine, overlap, shared
    del present  # the reading below is the stage's peak: a presence copy is not needed there
    # Every related candidate once, in order: a flag per candidate (not a sort of them all),
    # for each language.
    for name, positions in groups:
        read = np.zeros(len(candidates), dtype=bool)
        for k in positions.tolist():
            read[found_by_row[k][0]] = True
        words_of[name].read(candidates.texts, np.flatnonzero(read))
    names = candidates.article_languages(features.language)
    words_by_row = [words_of[names[document_index[row]]] for row in rows]
    result = []
    for row, words, (related, cosine, shared) in zip(
        rows, words_by_row, found_by_row, strict=True
    ):
        # Indexed by position in ``related`` (sorted, so in candidate order as before).
        score = words.best_cosines(related, words.units(candidates.texts[row]))
        own = int(document_index[row])
        good = (cosine >= threshold - _TOLERANCE) | (score >= unit_threshold - _TOLERANCE)
        good &= (shared >= min_shared) & (document_index[related] != own)
        found: dict[int, int] = {}
        for k in np.flatnonzero(good).tolist():
            d = int(document_index[related[k]])
            if d not in found or score[k] > score[found[d]] + _TOLERANCE:
                found[d] = k
        result.append(
            tuple(
                Support(
                    document_id=document_ids[d],
                    document_index=d,
                    sentence_index=int(candidates.sentence_index[i]),
                    start=int(candidates.start[i]),
                    end=int(candidates.end[i]),
                    text=candidates.texts[i],
                    similarity=round(min(1.0, max(float(cosine[k]), float(score[k]))), 6),
                )
                for d, k in sorted(found.items())
                for i in [int(related[k])]
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
