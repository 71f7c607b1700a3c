"""Selection: choose sentences under a length budget, without repeating a fact.

Greedy coverage (Gillick and Favre, 2009; Lin and Bilmes, 2011): at each step
take the candidate with the largest gain, where the gain is the sentence score
of :mod:`summarize.scorers.coverage` counting only the concepts that the summary does
not cover yet:

``gain = (newly covered concept weight / total weight + bonus) / words ** length_penalty``

with ``bonus`` the part of the score that does not depend on the summary
(centrality and lead). A fact already in the summary earns a sentence nothing,
so redundancy is avoided by the objective itself. On top of that, optionally,
the soft penalty of maximal marginal relevance (Carbonell and Goldstein, 1998):
``gain / best gain - diversity * redundancy``, with redundancy the largest
cosine similarity to a chosen sentence; and always a hard rule: a candidate
whose similarity to a chosen sentence reaches ``duplicate_threshold`` is never
taken, so two outlets' versions of the same fact never both appear.
Candidates that no longer fit the budget are dropped and the search goes on
with shorter ones, until nothing fits.

Covering a concept never raises a gain (no weight is negative), so a
candidate's last gain bounds its next one, and each step recomputes only
the gains of the candidates whose bound reaches the best gain found (lazy
greedy, Minoux 1978): the same sums as recomputing them all, so the same
choice. The rules between two sentences (duplicate, copy, restatement) are
likewise asked only of the candidates that could be taken next, each
against the chosen sentences it has not been read against. After the first
step (one product of the whole concept matrix), a step costs a few passes
over an array of the candidates and products of the few rows read; with
``diversity`` (which needs every similarity) or a negative weight, every
gain and rule is computed at every step, O(k * nonzeros) for k chosen
sentences; so it is too for matrices of up to some 65,000 entries (a
few thousand sentences), whose products cost less than the bookkeeping that
spares them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..features import presence, rows_times
from ..languages import get as get_language
from ..scorers.quality import dangling, is_dangling, is_fragment
from ..validation import check_count, check_number, invalid, known_settings
from .base import Budget

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")


if TYPE_CHECKING:
    from ..features import Features
    from ..scorers.base import Scores
    from ..segmentation import Candidates

__all__ = ["Greedy", "quality_discount", "select", "similarities", "word_count"]


def word_count(text: str) -> int:
    """Words as the budget counts them: whitespace-separated pieces.

    Examples
    --------
    >>> word_count("Xi met Putin in Beijing.")
    5
    """
    return len(text.split())


# Rounding puts the cosine of two sentences with the same terms at 0.9999999999999997;
# a similarity this close to a threshold counts as reaching it.
_TOLERANCE = 1e-9


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def similarities(X: sp.csr_matrix, row: int) -> np.ndarray:
    """Cosine similarity of every row of ``X`` (unit rows) to row ``row``."""
    # A matrix-vector product with the row made dense: the same sums in the same
    # order as the sparse product X @ X[row].T, without building a sparse result.
    return np.asarray(X @ X[row].toarray().ravel()).ravel()


def select(
    X: sp.csr_matrix,
    texts: Sequence[str],
    *,
    concepts: sp.csr_matrix,
    weights: np.ndarray,
    bonus: np.ndarray,
    length_penalty: float,
    budget: Budget,
    diversity: float,
    duplicate_threshold: float,
    min_words: int = 1,
    words: np.ndarray | None = None,
    reserve: np.ndarray | None = None,
    discount: np.ndarray | None = None,
    terms: sp.csr_matrix | None = None,
    restate_threshold: float | None = None,
    judge: Callable[[int], tuple[bool, float]] | None = None,
    corroborated: np.ndarray | None = None,
    articles: np.ndarray | None = None,
) -> list[int]:
    """Pick sentences greedily by the gain in concept coverage under the budget.

    Parameters
    ----------
    X : scipy.sparse.csr_matrix of shape (n, n_terms)
        Row-normalised sentence vectors, so ``X @ X.T`` is cosine similarity.
    texts : sequence of str
        The sentences, to measure them against the budget.
    concepts : scipy.sparse.csr_matrix of shape (n, n_concepts)
        Occurrences of each concept in each sentence.
    weights : numpy.ndarray of shape (n_concepts,)
        Each concept's weight (0 for concepts that do not count).
    bonus : numpy.ndarray of shape (n,)
        The part of each sentence's value that does not depend on what is
        already chosen, on the scale of the coverage share.
    length_penalty : float
        The gain is divided by ``words ** length_penalty``.
    budget : Budget
        The bounds; when a sentence would break one, it is skipped.
    diversity : float
        Weight of the redundancy penalty, in [0, 1]; 0 for none.
    duplicate_threshold : float
        A candidate at least this similar to a chosen sentence is never taken.
    min_words : int, default=1
        Sentences with fewer words are never chosen.
    words : numpy.ndarray of shape (n,), optional
        Each text's :func:`word_count`, when the caller has it already.
    reserve : numpy.ndarray of bool, shape (n,), optional
        Candidates held back (fragments, see :mod:`summarize.scorers.quality`):
        taken only when the summary is still empty and no other candidate fits.
    discount : numpy.ndarray of shape (n,), optional
        Each candidate's gain is multiplied by this factor (1 for none).
    terms : scipy.sparse matrix of shape (n, n_terms), optional
        Content terms of each sentence, for ``restate_threshold``.
    restate_threshold : float, optional
        With ``terms``: a candidate with at least 4 distinct terms, this share
        of which are in one chosen sentence (or the other way round), is
        never taken: it restates that sentence's fact.
    judge : callable, optional
        ``judge(i)`` gives candidate ``i``'s ``reserve`` flag and ``discount``
        factor (in [0, 1]), for callers that would rather not compute them
        for every candidate: it is asked only about the candidates that could
        be taken next (those whose undiscounted gain reaches the best gain
        known; after a round whose candidates all fell below another's bound,
        the next best ones too, twice as many each round), at most once each,
        with the same result as the arrays. It replaces ``reserve`` and
        ``discount``.
    corroborated : numpy.ndarray of bool, shape (n_terms,), optional
        With ``terms`` and ``restate_threshold``: the terms that count as
        corroborated (used by two articles or more,
        :attr:`Greedy.restate_corroborated`). A candidate also restates a
        chosen sentence when each of the two has the share
        ``restate_threshold`` of its corroborated terms, and at least 4, in
        the other.
    articles : numpy.ndarray of shape (n,), optional
        The article of each candidate: with it, the test on ``corroborated``
        terms compares only candidates of different articles (two sentences
        of one article are in one outlet's words, which all ``terms``
        compare).

    Returns
    -------
    list of int
        Indices of the chosen sentences, in the order they were chosen.
        Ties go to the earlier sentence.

    Examples
    --------
    Concept 0 (weight 3) is in sentences 0 and 1, concept 1 (weight 1) in
    sentences 1 and 2. Sentence 1 covers everything, so it comes first; then
    nothing new is left to cover and the bonus decides.

    >>> C = sp.csr_matrix(np.array([[1, 0], [1, 1], [0, 1]]))
    >>> X = sp.csr_matrix(np.eye(3))
    >>> select(X, ["a b", "a b c", "d e"], concepts=C, weights=np.array([3.0, 1.0]),
    ...        bonus=np.array([0.0, 0.0, 0.1]), length_penalty=0.0,
    ...        budget=Budget(max_words=10), diversity=0.0, duplicate_threshold=0.8)
    [1, 2, 0]

    Per word (``length_penalty=1``) sentence 0 is worth more, and with 5
    words sentence 2 then fits where sentence 1 does not add as much.

    >>> select(X, ["a b", "a b c", "d e"], concepts=C, weights=np.array([3.0, 1.0]),
    ...        bonus=np.zeros(3), length_penalty=1.0,
    ...        budget=Budget(max_words=5), diversity=0.0, duplicate_threshold=0.8)
    [0, 2]
    """
    n = len(texts)
    if n == 0:
        return []
    if words is None:
        words = np.fromiter(map(len, map(str.split, texts)), dtype=np.int64, count=n)
    else:
        words = np.asarray(words, dtype=np.int64)
    chars = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    whole = presence(concepts)
    # Values all 1.0 (the scorer's concept matrix is made so; presence() checked it): the
    # matrices below built from it take a slice of its values instead of new arrays of ones.
    ones = whole.data if whole is concepts or bool(np.all(whole.data == 1.0)) else None
    remaining = np.asarray(weights, dtype=np.float64).copy()
    # A concept of weight 0 adds exactly 0.0 to every gain: its entries are left out
    # of the product (the same sums, bit for bit), often a third of them or more. Not
    # from a small matrix: the few products it is in cost less than leaving them out.
    present = whole if whole.nnz <= _WHOLE_PRODUCT else _weighted_only(whole, remaining, ones)
    del whole
    total = float(remaining.sum())
    scale = total if total > 0 else 1.0
    length = np.maximum(words, 1).astype(np.float64) ** length_penalty
    bonus = np.asarray(bonus, dtype=np.float64)
    redundancy = np.zeros(n)
    available = words >= min_words
    # What is known of each candidate's quality: whether it is held back
    # (``reserve``) and its factor (``discount``; 1 until known, an upper bound).
    known = np.ones(n, dtype=bool)
    reserved = np.zeros(n, dtype=bool)
    factor = np.ones(n)
    if judge is not None:
        known[:] = False
        if diversity > 0:  # the best gain of all candidates is needed: judge them all
            _judge_all(judge, np.arange(n), known, reserved, factor)
    else:
        if reserve is not None:
            reserved = np.asarray(reserve, dtype=bool).copy()
        if discount is not None:
            factor = np.asarray(discount, dtype=np.float64)
    first_available = available.copy()
    available &= ~reserved
    held_back: np.ndarray | None = None  # the fragments, once nothing else fits
    rules = _Exclusions(
        X,
        duplicate_threshold,
        None if terms is None or restate_threshold is None else _presence_of(terms, ones),
        restate_threshold,
        corroborated,
        None if articles is None else np.asarray(articles),
        texts,
        words,
    )
    chosen: list[int] = []
    # With no weight below 0, covering a concept never raises a gain: each gain is an
    # upper bound of the next step's (floating-point sums of terms >= 0 only fall when
    # one becomes 0), so only the candidates whose bound reaches the best are
    # recomputed (lazy greedy, Minoux 1978). The same sums, so the same choices.
    # Small matrices are read whole at every step instead (below _WHOLE_PRODUCT entries,
    # a product costs less than the bookkeeping that spares it).
    lazy = (
        diversity == 0
        and bool(np.all(remaining >= 0))
        and max(present.nnz, X.nnz) > _WHOLE_PRODUCT
    )
    bound = np.zeros(0)
    used_words = used_chars = 0
    while budget.max_sentences is None or len(chosen) < budget.max_sentences:
        if budget.max_words is not None:
            available &= words <= budget.max_words - used_words
        if budget.max_chars is not None:
            separator = 1 if chosen else 0
            available &= chars + separator <= budget.max_chars - used_chars
        if lazy and len(chosen) > 0:
            # Every gain is a bound now: the pick changed the concepts left.
            pick = _best(
                bound, factor, available, known, reserved, judge,
                exact=np.zeros(n, dtype=bool),
                evaluate=partial(_gains, present, remaining, scale, bonus, length),
                rules=rules,
            )  # fmt: skip
        elif lazy:
            bound = _gains(present, remaining, scale, bonus, length)
            pick = _best(bound, factor, available, known, reserved, judge)
        elif diversity > 0 and available.any():
            gain = _gains(present, remaining, scale, bonus, length) * factor
            best = float(np.max(gain[available]))
            relative = gain / best if best > 0 else np.zeros(n)
            gain = relative - diversity * redundancy
            pick = int(np.argmax(np.where(available, gain, -np.inf)))
        else:
            gain = _gains(present, remaining, scale, bonus, length)
            pick = _best(gain, factor, available, known, reserved, judge)
        if pick < 0:
            if chosen or held_back is not None:
                break
            # Nothing else fits an empty summary: a fragment is better than nothing.
            if judge is not None:
                _judge_all(
                    judge, np.flatnonzero(first_available & ~known), known, reserved, factor
                )
            held_back = first_available & reserved
            if not held_back.any():
                break
            available = held_back.copy()
            continue
        chosen.append(pick)
        used_words += int(words[pick])
        used_chars += int(chars[pick]) + (1 if len(chosen) > 1 else 0)
        remaining[present.indices[present.indptr[pick] : present.indptr[pick + 1]]] = 0.0
        rules.chosen.append(pick)
        # Lazy, the rules (copies too) rule candidates out when they are read (rules.check).
        available[pick] = False
        if not lazy:
            excluded, similar = rules.excluded(pick, among=available)
            available &= ~excluded
            # A copy is a duplicate too, unless it has no terms: only the few candidates
            # left are read (each rule is one of the pair alone, so the order is free).
            available[rules.copies(pick, available)] = False
            np.maximum(redundancy, similar, out=redundancy)
    return chosen


class _Exclusions:
    """The rules between a candidate and a chosen sentence that rule the candidate out.

    A candidate is ruled out by a chosen sentence when their cosine reaches the
    duplicate threshold, or, with ``restate`` (the content terms' presence),
    when it restates that sentence: at least 4 distinct terms, ``threshold``
    of the shorter's shared, or the candidate's 2 or 3 terms all in the chosen
    sentence; or, with ``corroborated`` terms, from another
    article, each having that share of its corroborated terms (and 4) in the
    other; and when it is a copy of that sentence (the same text, whatever the
    spacing and case). Each rule is one of the pair alone, so the order in
    which pairs are read does not matter: :meth:`excluded` and
    :meth:`copies` read one chosen sentence against every candidate (each
    step of the eager selection), :meth:`check` some candidates against the
    chosen sentences they have not been read against (the lazy selection),
    with the same sums.
    """

    def __init__(
        self,
        X: sp.csr_matrix,
        duplicate_threshold: float,
        restate: sp.csr_matrix | None,
        threshold: float | None,
        corroborated: np.ndarray | None,
        articles: np.ndarray | None,
        texts: Sequence[str],
        words: np.ndarray,
    ) -> None:
        self.X = X
        self.texts = texts
        self.words = words
        self.keys: dict[int, str] = {}
        self.opening = np.full(X.shape[0], _UNREAD, dtype=np.int64)
        self.duplicate_threshold = duplicate_threshold
        self.restate = restate
        self.threshold = threshold
        self.chosen: list[int] = []
        self.checked = np.zeros(X.shape[0], dtype=np.int64)  # chosen ones read against
        self.articles = articles
        # A chosen sentence's vector and its terms' presence, written into these and
        # wiped after each use (no array of every term per chosen sentence and call).
        self.vector = np.zeros(X.shape[1], dtype=X.dtype)
        self.mine = np.zeros(0 if restate is None else restate.shape[1])
        self.mask: np.ndarray | None = None
        if restate is not None:
            self.distinct = np.asarray(restate.sum(axis=1)).ravel()
            if corroborated is not None:
                self.mask = np.asarray(corroborated, dtype=np.float64)
                self.distinct_corroborated = np.asarray(restate @ self.mask).ravel()

    def excluded(
        self, pick: int, among: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Whether the chosen ``pick`` rules out each candidate, and their
        similarities to it; ``among`` (a mask) limits the corroborated test to
        the candidates that still count."""
        return self._rules(pick, None, among)

    def check(self, rows: np.ndarray) -> np.ndarray:
        """Whether a chosen sentence rules out each of ``rows`` (sorted): each is read
        against the chosen sentences it has not been read against yet, and, as
        the eager selection drops them at once, against their copies (the same
        text whatever the spacing and case)."""
        out = np.zeros(len(rows), dtype=bool)
        count = len(self.chosen)
        first = int(self.checked[rows].min()) if len(rows) else count
        if first < count:
            for number in range(first, count):
                pick = self.chosen[number]
                todo = (self.checked[rows] <= number) & ~out
                if not todo.any():
                    continue
                out |= todo & self._rules(pick, rows, todo)[0]
                same = np.flatnonzero(todo & ~out & (self.words[rows] == self.words[pick]))
                key = self._key(pick)
                for k in same.tolist():
                    out[k] = self._is_copy(int(rows[k]), key)
        self.checked[rows] = count
        return out

    def copies(self, pick: int, available: np.ndarray) -> list[int]:
        """The available candidates that are copies of ``pick`` (the same text,
        whatever the spacing and case), the pick among them, found at once.

        A copy has the same number of words and its normalised text starts as
        its first character case-folded does (unless that is whitespace): only
        the candidates alike in both are normalised and compared, and each
        candidate's opening (:func:`_opening`) is read once, when first needed.
        """
        key = self._key(pick)
        alike = np.flatnonzero(available & (self.words == self.words[pick]))
        opening = self.opening
        unread = alike[opening[alike] == _UNREAD]
        opening[unread] = [_opening(self.texts[i]) for i in unread.tolist()]
        first = ord(key[0]) if key else -2
        alike = alike[(opening[alike] == first) | (opening[alike] == -1)]
        return [i for i in alike.tolist() if self._is_copy(i, key)]

    def _is_copy(self, row: int, key: str) -> bool:
        return _normalise(self.texts[row]) == key

    def cleared(self, row: int) -> bool:
        """Whether ``row`` has been read against every chosen sentence (and kept)."""
        return bool(self.checked[row] == len(self.chosen))

    def _key(self, pick: int) -> str:
        key = self.keys.get(pick)
        if key is None:
            key = self.keys[pick] = _normalise(self.texts[pick])
        return key

    def _rules(
        self, pick: int, rows: np.ndarray | None, among: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The rules of :meth:`excluded` for the candidates ``rows`` (all when None)."""
        # A matrix-vector product with the row made dense, as similarities() does:
        # each row's sum is the same whichever rows are read (_times).
        X = self.X
        vector, own = self.vector, slice(X.indptr[pick], X.indptr[pick + 1])
        vector[X.indices[own]] = X.data[own]
        similar = _times(X, vector, rows)
        vector[X.indices[own]] = 0.0
        out = similar >= self.duplicate_threshold - _TOLERANCE
        threshold = self.threshold
        if self.restate is None or threshold is None:
            return out, similar
        whole, mine = self.restate, self.mine
        terms = whole.indices[whole.indptr[pick] : whole.indptr[pick + 1]]
        mine[terms] = 1.0
        # Counts of terms (sums of 1.0): the same in any order.
        shared = _times(whole, mine, rows)
        distinct = self.distinct if rows is None else self.distinct[rows]
        smaller = np.minimum(distinct, self.distinct[pick])
        out |= (smaller >= 4) & (shared >= threshold * smaller - _TOLERANCE)
        # A candidate of 2 or 3 terms, every one of them in the chosen sentence, says
        # nothing that sentence does not ("Myanmar is also known as Burma.").
        out |= (distinct >= 2) & (distinct < 4) & (shared >= distinct - _TOLERANCE)
        if self.mask is not None:
            # Two reports of one event: each has this share of its corroborated terms
            # in the other. One way only, the story's recurring names ("Senate
            # Judiciary Committee", "Clarence Thomas") would make a sentence of
            # names and a new fact look restated.
            # Only candidates with 4 terms in common with the pick may have 4
            # corroborated ones: their rows alone are multiplied.
            maybe = ~out & (shared >= 4 - _TOLERANCE)
            if among is not None:
                maybe &= among
            at = np.flatnonzero(maybe)
            index = at if rows is None else rows[at]
            if self.articles is not None:
                other = self.articles[index] != self.articles[pick]
                at, index = at[other], index[other]
            if index.size:
                mine[terms] = self.mask[terms]  # 1.0 times the mask: the corroborated ones
                common = _times(whole, mine, index)
                larger = np.maximum(
                    self.distinct_corroborated[index], self.distinct_corroborated[pick]
                )
                out[at] = (common >= 4 - _TOLERANCE) & (common >= threshold * larger - _TOLERANCE)
        mine[terms] = 0.0
        return out, similar


def _gains(
    present: sp.csr_matrix,
    remaining: np.ndarray,
    scale: float,
    bonus: np.ndarray,
    length: np.ndarray,
    rows: np.ndarray | None = None,
) -> np.ndarray:
    """Each candidate's gain (of ``rows`` only, sorted, when given): the weight of
    the concepts it would add, over ``scale``, plus its bonus, over its length."""
    covered = _times(present, remaining, rows)
    if rows is None:
        values: np.ndarray = (covered / scale + bonus) / length
        return values
    values = (covered / scale + bonus[rows]) / length[rows]
    return values


_WHOLE_PRODUCT = 65_536
"""Entries up to which a matrix is read whole at every step of :func:`select`. At
2,000 sentences (50,000 concept entries) the selection takes two thirds of the time of the lazy one, and for a
few hundred half; at 20,000 (500,000 entries) the lazy one is faster."""


def _times(
    matrix: sp.csr_matrix, vector: np.ndarray, rows: np.ndarray | None = None
) -> np.ndarray:
    """``matrix @ vector``, or its values at ``rows`` only when given
    (:func:`~summarize.features.rows_times`: a row's sum is the same whichever rows
    are read)."""
    if rows is None:
        product: np.ndarray = np.asarray(matrix @ vector).ravel()
        return product
    return rows_times(matrix, rows, vector)


def _opening(text: str) -> int:
    """The code point a copy's normalised text starts with: that of the first
    character case-folded; -1 when the text starts with whitespace (compared
    whatever the copy starts with), -2 when it is empty."""
    first = text[:1]
    if not first:
        return -2
    if first.isspace():
        return -1
    return ord(first.casefold()[0])


def _in_two_articles(counts: sp.spmatrix, document_index: np.ndarray) -> np.ndarray:
    """Whether two articles or more mention each column of ``counts``: whether the
    least and the largest article of its sentences differ.

    What ``article_counts(counts, document_index) >= 2`` says, with two passes over
    the entries instead of counting the articles (a block of rows at a time, so that
    no array of one article per entry exists whole).

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 1, 0], [1, 0, 0], [2, 0, 0], [1, 0, 1]]))
    >>> _in_two_articles(C, np.array([0, 0, 1, 1])).tolist()
    [True, False, False]
    """
    matrix = sp.csr_matrix(counts)
    n, width = matrix.shape
    document_index = np.asarray(document_index, dtype=np.int64)
    low = np.full(width, np.iinfo(np.int64).max, dtype=np.int64)
    high = np.full(width, -1, dtype=np.int64)
    for first in range(0, n, _KEEP_ROWS):
        last = min(first + _KEEP_ROWS, n)
        begin, end = int(matrix.indptr[first]), int(matrix.indptr[last])
        stored = matrix.data[begin:end] > 0
        columns = matrix.indices[begin:end][stored]
        articles = np.repeat(document_index[first:last], np.diff(matrix.indptr[first : last + 1]))
        articles = articles[stored]
        np.minimum.at(low, columns, articles)
        np.maximum.at(high, columns, articles)
    several: np.ndarray = (high >= 0) & (high != low)
    return several


_UNREAD = -3
"""The opening of a candidate not read yet (see :func:`_opening`)."""


_KEEP_ROWS = 65_536
"""Rows whose kept entries :func:`_weighted_only` counts at a time (bounds its memory)."""


def _weighted_only(
    present: sp.csr_matrix, weights: np.ndarray, ones: np.ndarray | None = None
) -> sp.csr_matrix:
    """``present`` without its entries in columns of weight 0 (columns keep their numbers).

    ``ones``, when given, is an array of 1.0 at least as long as the entries
    kept, the values of ``present``: the result's values are a slice of it
    (at a million sentences 0.12 GB not copied at the selection's peak).
    """
    # A flag per column, gathered per entry: no array of one float per entry (0.2 GB).
    keep = (np.asarray(weights) != 0)[present.indices]
    if keep.all():
        return present
    # The entries kept in each row, summed over each row's run of ``keep``: no array of
    # one row number per entry (at a million sentences 0.2 GB at the selection's peak),
    # and a block of rows at a time, since the sum first makes the flags int64 (as much).
    kept = np.zeros(present.shape[0], dtype=np.int64)
    for first in range(0, present.shape[0], _KEEP_ROWS):
        rows = slice(first, min(first + _KEEP_ROWS, present.shape[0]))
        starts = present.indptr[rows]
        ends = present.indptr[rows.start + 1 : rows.stop + 1]
        filled = ends > starts
        if filled.any():
            flags = keep[starts[0] : ends[-1]]
            kept[rows][filled] = np.add.reduceat(flags, starts[filled] - starts[0], dtype=np.int64)
    indptr = np.zeros(present.shape[0] + 1, dtype=present.indptr.dtype)
    np.cumsum(kept, out=indptr[1:])
    if ones is None:
        return sp.csr_matrix(
            (present.data[keep], present.indices[keep], indptr), shape=present.shape, copy=False
        )
    return _on_ones(present.indices[keep], indptr, present.shape, ones)


def _on_ones(
    indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int], ones: np.ndarray
) -> sp.csr_matrix:
    """The CSR matrix of these ``indices`` and ``indptr`` whose values are a slice of ``ones``.

    The values are set after construction: scipy's constructor copies a slice
    shorter than half its array (np.empty's pages are never written, so never
    resident). The matrix is only read.
    """
    matrix = sp.csr_matrix((np.empty(len(indices)), indices, indptr), shape=shape, copy=False)
    matrix.data = ones[: len(indices)]
    return matrix


def _presence_of(counts: sp.spmatrix, ones: np.ndarray | None) -> sp.csr_matrix:
    """:func:`~summarize.features.presence` of ``counts``, its values a slice of ``ones``.

    ``ones`` (an array of 1.0, or None) serves when it is long enough and
    every stored count is positive; otherwise :func:`~summarize.features.presence`
    makes the values. The result shares the column indices and row pointers
    of ``counts`` (as :func:`~summarize.features.presence` does) and is only read.
    """
    matrix = sp.csr_matrix(counts)
    if (
        ones is None
        or matrix.dtype != np.float64
        or len(ones) < len(matrix.indices)
        or not bool(np.all(matrix.data > 0))
    ):
        return presence(counts)
    return _on_ones(matrix.indices, matrix.indptr, matrix.shape, ones)


def _judge_all(
    judge: Callable[[int], tuple[bool, float]],
    rows: np.ndarray,
    known: np.ndarray,
    reserved: np.ndarray,
    factor: np.ndarray,
) -> None:
    for i in rows.tolist():
        reserved[i], factor[i] = judge(i)
    known[rows] = True


def _best(
    gain: np.ndarray,
    factor: np.ndarray,
    available: np.ndarray,
    known: np.ndarray,
    reserved: np.ndarray,
    judge: Callable[[int], tuple[bool, float]] | None,
    exact: np.ndarray | None = None,
    evaluate: Callable[[np.ndarray], np.ndarray] | None = None,
    rules: _Exclusions | None = None,
) -> int:
    """The first available candidate of the largest ``gain * factor`` (-1 for none).

    A candidate not judged yet counts with the bound of its factor (in [0, 1]):
    its gain, or 0 for a negative gain. When
    such a one comes out best, it and every other one not judged yet whose
    bound reaches as high are judged together (those held back leave
    ``available``), and the search goes on. The candidate returned has its
    exact value, every earlier one a smaller bound and every later one a bound
    no larger, so it is the first of the largest exact values.

    With ``exact`` and ``evaluate`` (lazy greedy), ``gain`` holds an upper
    bound of each gain, exact where ``exact`` is set, and ``evaluate(rows)``
    gives the exact gains of ``rows`` (sorted); both arrays are updated. A
    candidate is returned, or judged, only when no stale bound reaches its
    value: the same candidate, judged with the same others, as with every
    gain exact.

    With ``rules``, ``available`` may still hold candidates that a rule
    between two sentences rules out (:class:`_Exclusions`): a candidate is
    returned or judged only once it, and every other one judged with it, has
    been read against every chosen sentence (``rules.check``).
    """
    if not available.any():
        return -1
    value = gain * factor
    # A factor is in [0, 1]: a negative gain not judged yet may rise to 0, no higher.
    value[~known & (value < 0)] = 0.0
    value[~available] = -np.inf
    batch = 1

    def recompute(rows: np.ndarray) -> None:
        assert exact is not None and evaluate is not None
        gain[rows] = evaluate(rows)
        exact[rows] = True
        fresh = gain[rows] * factor[rows]
        fresh[~known[rows] & (fresh < 0)] = 0.0
        value[rows] = fresh

    while True:
        pick = int(np.argmax(value))
        top = value[pick]
        if top == -np.inf:
            return -1
        if exact is not None:
            if not exact[pick]:
                # The best bound's exact value, then every stale one reaching it: the
                # others stay below whatever comes out best.
                recompute(np.array([pick]))
                recompute(np.flatnonzero((value >= value[pick]) & ~exact))
                continue
            stale = np.flatnonzero((value >= top) & ~exact)
            if len(stale):  # a stale one tied with the pick, after it
                recompute(stale)
                continue
        if rules is not None and not rules.cleared(pick):
            # The pick, those tied with it (copies come together) and, after a pick
            # is ruled out, the next best ones too, twice as many each time: a flood
            # of near-duplicates of a chosen sentence goes in a few rounds.
            rows = np.flatnonzero(value >= top)
            if batch > len(rows):
                live = np.flatnonzero(value > -np.inf)
                if len(live) > batch:
                    live = live[np.argpartition(value[live], -batch)[-batch:]]
                rows = np.union1d(rows, live)
            out = rows[rules.check(rows)]
            if len(out):
                available[out] = False
                value[out] = -np.inf
                batch *= 2
                continue
        if known[pick] or judge is None:
            return pick
        todo = np.flatnonzero((value >= top) & ~known)
        if batch > len(todo):
            # After a round whose judged ones all fell below another bound, the next
            # best ones not judged yet too, twice as many each round: where most
            # candidates are fragments (a table of figures), the search reaches the
            # first worth taking in a few rounds, not one round a candidate.
            unknown = np.flatnonzero(~known & (value > -np.inf))
            if len(unknown) > batch:
                unknown = unknown[np.argpartition(value[unknown], -batch)[-batch:]]
            todo = np.union1d(todo, unknown)
        batch *= 2
        if rules is not None:
            out = todo[rules.check(todo)]
            if len(out):
                available[out] = False
                value[out] = -np.inf
                continue
        for i in todo.tolist():
            reserved[i], factor[i] = judge(i)
        known[todo] = True
        held = todo[reserved[todo]]
        available[held] = False
        value[held] = -np.inf
        kept = todo[~reserved[todo]]
        value[kept] = gain[kept] * factor[kept]


@known_settings
@dataclass(frozen=True)
class Greedy:
    """The default selector: greedy gain under the budget, never a fact twice.

    At each step it takes the candidate with the largest gain that fits the
    budget. With a coverage scorer (:class:`~summarize.scorers.Coverage`) the
    gain counts only the concepts the summary does not cover yet (Lin and
    Bilmes, 2011), so redundancy is avoided by the objective itself; with any
    other scorer the gain is the candidate's value. On top of that, a
    candidate whose cosine similarity to a chosen sentence reaches
    ``duplicate_threshold`` is never taken, and exact copies of a chosen
    sentence are dropped.

    Parameters
    ----------
    diversity : float, default=0.0
        Weight of an extra redundancy penalty (maximal marginal relevance,
        Carbonell and Goldstein 1998): a candidate's gain over the best gain,
        minus ``diversity`` times its largest similarity to a chosen
        sentence. In [0, 1].
    duplicate_threshold : float, default=0.5
        Cosine similarity (of TF-IDF vectors) from which two sentences count
        as reporting the same fact, in (0, 1].
    min_words : int, default=1
        Sentences with fewer words are never chosen.
    avoid_fragments : bool, default=True
        Never use a fragment (``summarize.scorers.quality.is_fragment``:
        3 words or fewer, a dateline, a byline, a bare quotation tag, 6 words
        or fewer that dangle, a short signpost, a short quotation whose
        speaker is a pronoun, a short sentence that only says who said the one
        before it), not even to fill the budget's last words,
        unless nothing else fits.
    dangling_penalty : float, default=0.75
        The gain of a sentence that dangles, opening with an unresolved
        pronoun or connective (``summarize.scorers.quality.opens_dangling``),
        holding one end of a quotation of several sentences
        (``summarize.scorers.quality.tears_quotation``) or opening inside one
        that an earlier sentence of its paragraph opened (see :meth:`judge`),
        is multiplied by ``1 - dangling_penalty``, so a self-contained
        sentence with a third of its gain goes first: read alone, most of
        what such a sentence says is lost. In [0, 1].
    restate_threshold : float or None, default=0.5
        When set, a candidate with at least 4 distinct content terms, this
        share of which (of the shorter of the two) are in one chosen
        sentence, is never taken: it restates that sentence's fact in other
        words; nor is a candidate of 2 or 3 content terms, all of them in one
        chosen sentence ("Myanmar is also known as Burma." after "... in
        Myanmar, also known as Burma."). In (0, 1]; ``None`` for no such rule.
    restate_corroborated : bool, default=True
        With ``restate_threshold``: a candidate from another article than a
        chosen sentence also restates it when each of the two has that share
        of its *corroborated* content terms (those at least two articles
        use), and at least 4, in the other: two outlets' reports of one
        event. Both ways, since the story's recurring names ("Senate
        Judiciary Committee", "Clarence Thomas") make up most of a short
        sentence that adds a fact of its own. The
        words of one article alone are that outlet's own wording ("amidst
        heightened global scrutiny", "underscores the significance"), which
        dilutes the share two outlets' reports of one event have in common;
        two sentences of one article are in one outlet's words, so they are
        compared on all their terms only. ``False`` compares all content
        terms only.

    Examples
    --------
    >>> import summarize
    >>> selector = summarize.selectors.Greedy(duplicate_threshold=0.3)
    >>> summarize.summarize(
    ...     ["The bridge reopened on Friday.", "The bridge reopened Friday after repairs."],
    ...     selector=selector, max_sentences=2,
    ... ).text
    'The bridge reopened on Friday.'
    """

    name: ClassVar[str] = "greedy"

    diversity: float = 0.0
    duplicate_threshold: float = 0.5
    min_words: int = 1
    avoid_fragments: bool = True
    dangling_penalty: float = 0.75
    restate_threshold: float | None = 0.5
    restate_corroborated: bool = True

    def __post_init__(self) -> None:
        owner = type(self).__name__
        diversity = check_number(owner, "diversity", self.diversity, low=0.0, high=1.0)
        if self.restate_threshold is not None:
            restate = check_number(
                owner,
                "restate_threshold",
                self.restate_threshold,
                low=0.0,
                high=1.0,
                low_open=True,
            )
            object.__setattr__(self, "restate_threshold", restate)
        penalty = check_number(owner, "dangling_penalty", self.dangling_penalty, low=0.0, high=1.0)
        object.__setattr__(self, "dangling_penalty", penalty)
        if not isinstance(self.avoid_fragments, (bool, np.bool_)):
            raise invalid(owner, "avoid_fragments", "a bool", self.avoid_fragments)
        object.__setattr__(self, "avoid_fragments", bool(self.avoid_fragments))
        if not isinstance(self.restate_corroborated, (bool, np.bool_)):
            raise invalid(owner, "restate_corroborated", "a bool", self.restate_corroborated)
        object.__setattr__(self, "restate_corroborated", bool(self.restate_corroborated))
        threshold = check_number(
            owner,
            "duplicate_threshold",
            self.duplicate_threshold,
            low=0.0,
            high=1.0,
            low_open=True,
        )
        object.__setattr__(self, "diversity", diversity)
        object.__setattr__(self, "duplicate_threshold", threshold)
        object.__setattr__(self, "min_words", check_count(owner, "min_words", self.min_words))

    def select(
        self, candidates: Candidates, features: Features, scores: Scores, budget: Budget
    ) -> list[int]:
        """Choose the summary's sentences, best first.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Their TF-IDF vectors, for the similarity checks.
        scores : Scores
            From the scorer; its ``concepts`` make the gain coverage-aware.
        budget : Budget
            The bounds.

        Returns
        -------
        list of int
            The chosen candidates' indices, in the order chosen.
        """
        n = len(candidates)
        if scores.concepts is None:
            concepts = sp.csr_matrix((n, 0), dtype=np.float64)
            weights, bonus, length_penalty = np.zeros(0), scores.values, 0.0
        else:
            concepts = scores.concepts
            weights = np.zeros(concepts.shape[1]) if scores.weights is None else scores.weights
            bonus = scores.bonus if scores.bonus is not None else np.zeros(n)
            length_penalty = scores.length_penalty
        return select(
            features.X,
            candidates.texts,
            concepts=concepts,
            weights=np.zeros(concepts.shape[1]) if weights is None else weights,
            bonus=bonus,
            length_penalty=length_penalty,
            budget=budget,
            diversity=self.diversity,
            duplicate_threshold=self.duplicate_threshold,
            min_words=self.min_words,
            words=candidates.words,
            terms=features.terms,
            restate_threshold=self.restate_threshold,
            corroborated=self._corroborated(candidates, features),
            articles=candidates.document_index,
            judge=self.judge(candidates, features.language),
        )

    def _corroborated(self, candidates: Candidates, features: Features) -> np.ndarray | None:
        """Whether each term is used by two articles or more (None when not needed)."""
        document_index = candidates.document_index
        if (
            self.restate_threshold is None
            or not self.restate_corroborated
            or len(document_index) == 0
            or document_index.min() == document_index.max()  # one article: no term shared
        ):
            return None
        return _in_two_articles(features.terms, document_index)

    def judge(self, candidates: Candidates, language: str) -> Callable[[int], tuple[bool, float]]:
        """The rule that tells, for candidate ``i``, whether it is held back as a fragment
        and the factor on its gain.

        A fragment (``summarize.scorers.quality.is_fragment``) is held back
        when ``avoid_fragments``; a dangling sentence
        (``summarize.scorers.quality.is_dangling``, read with the text of its
        paragraph before it,
        :meth:`Candidates.paragraph_before <summarize.segmentation.Candidates.paragraph_before>`,
        so a sentence inside a quotation opened before it dangles too) has the
        factor ``1 - dangling_penalty``. Each candidate is judged in its
        article's language (``language`` where the candidates do not record
        one). The ILP selector judges with the same rule.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        language : str
            The language of the call.

        Returns
        -------
        callable
            ``judge(i) -> (fragment, factor)``.

        Examples
        --------
        >>> from summarize.documents import Document
        >>> from summarize.segmentation import segment
        >>> text = 'The port closed on Monday. "All the roads to the north are cut. We have no food."'
        >>> judge = Greedy().judge(segment((Document("a", text),), language="english").candidates(),
        ...                        "english")
        >>> [judge(i) for i in range(3)]  # a quotation's first sentence, then one inside it
        [(False, 1.0), (False, 0.25), (True, 0.25)]
        """
        texts = candidates.texts
        avoid, penalty = self.avoid_fragments, self.dangling_penalty
        # Looked up once per language, not for each candidate judged.
        names = candidates.article_languages(language)
        found = {name: get_language(name) for name in dict.fromkeys(names)}
        per_article = [found[name] for name in names]
        document_index = candidates.document_index

        def judge(i: int) -> tuple[bool, float]:
            text = texts[i]
            own = per_article[document_index[i]]
            before = candidates.paragraph_before(i) if avoid or penalty > 0 else ""
            dangles = is_dangling(text, own, before) if penalty > 0 else None
            fragment = avoid and is_fragment(text, own, before, dangles=dangles)
            return fragment, 1.0 - penalty if dangles else 1.0

        return judge


def quality_discount(texts: Sequence[str], language: str, penalty: float) -> np.ndarray | None:
    """The factor on each candidate's gain: ``1 - penalty`` for a dangling sentence, else 1.

    ``None`` when ``penalty`` is 0 (no discount).

    Examples
    --------
    >>> quality_discount(["He left.", "The mayor left."], "english", 0.5).tolist()
    [0.5, 1.0]
    """
    if penalty <= 0:
        return None
    return np.where(dangling(texts, language), 1.0 - penalty, 1.0)
