"""Segmenting many articles at once, on several cores when it pays.

Sentence splitting is the one stage written in pure Python (its rules), and
articles are independent of each other, so a large input is split across
processes. Each worker returns compact arrays of offsets and labels rather than
objects, and the parent process slices the sentence texts itself, so nothing
large travels back; forked workers read the texts in the memory they inherit
from the caller, so nothing large travels there either (at a million sentences
pickling them cost about 0.35 s of CPU time). The result is identical whatever
the number of processes.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from .clean import piece_spans, plain_lines
from .rules import many_sentence_spans

__all__ = [
    "Pieces",
    "KINDS",
    "split_documents",
    "resolve_jobs",
    "available_cores",
    "may_start_processes",
    "mark_worker_process",
    "PARALLEL_MIN_CHARS",
]

KINDS = ("sentence", "headline", "furniture")
"""The labels, by code: ``Pieces.kind`` holds indices into this tuple."""

PARALLEL_MIN_CHARS = 4_000_000
"""Below this much text (about 30,000 sentences) starting processes costs more
than it saves, so automatic mode stays in one process."""


class Pieces(NamedTuple):
    """Every piece :func:`~summarize.split_sentences` finds in every document.

    Parallel arrays, one entry a piece, in document order then text order.
    """

    document: np.ndarray  # int64: index of the document
    index: np.ndarray  # type: ignore[assignment]  # int64: position among the document's pieces
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    kind: np.ndarray  # int8: index into KINDS


_CODE = {kind: code for code, kind in enumerate(KINDS)}


def _split_chunk(texts: Sequence[str], language: str | Sequence[str]) -> tuple[np.ndarray, ...]:
    """Split a run of documents; documents are numbered from 0 within the chunk.

    ``language`` is one language for all, or one per document.
    """
    counts: list[int] = []
    found: list[tuple[int, int, str]] = []
    # The sentences of a run of documents in one language are found together.
    languages = [language] * len(texts) if isinstance(language, str) else list(language)
    number = 0
    for own, run in groupby(languages):
        size = len(list(run))
        run_texts = texts[number : number + size]
        lines = many_sentence_spans(run_texts, own)
        # The plain lines of many texts are told at once, not sentence by sentence.
        plain: Sequence[list[bool] | None] = plain_lines(run_texts, lines, own) or [None] * size
        for text, spans, flags in zip(run_texts, lines, plain, strict=True):
            before = len(found)
            found.extend(piece_spans(text, own, spans, flags))
            counts.append(len(found) - before)
        number += size
    sizes = np.asarray(counts, dtype=np.int64)
    total = len(found)
    document = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
    index = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return document, index, empty, empty.copy(), np.zeros(0, dtype=np.int8)
    # One pass over the pieces for each field: unzipping them first (zip(*found)) makes
    # three tuples of Python objects and costs three times as much.
    code = _CODE
    return (
        document,
        index,
        np.fromiter(map(itemgetter(0), found), dtype=np.int64, count=total),
        np.fromiter(map(itemgetter(1), found), dtype=np.int64, count=total),
        np.fromiter(map(code.__getitem__, map(itemgetter(2), found)), dtype=np.int8, count=total),
    )


_inherited: tuple[Sequence[str], str | Sequence[str]] | None = None
"""The texts and languages of the call being split, while its forked workers run: they
inherit them with the parent's memory, so no text is copied through a pipe."""


def _part(
    texts: Sequence[str], language: str | Sequence[str], first: int, last: int
) -> tuple[Sequence[str], str | Sequence[str]]:
    """The documents ``first:last`` and their language (one for all, or one each)."""
    return texts[first:last], language if isinstance(language, str) else language[first:last]


def _split_inherited(first: int, last: int) -> tuple[np.ndarray, ...]:
    """:func:`_split_chunk` of the documents ``first:last`` of the forking call."""
    assert _inherited is not None, "only in a worker forked by _split_in_processes"
    return _split_chunk(*_part(*_inherited, first, last))


def _split_in_processes(
    texts: Sequence[str],
    language: str | Sequence[str],
    ranges: list[tuple[int, int]],
    workers: int,
) -> list[tuple[np.ndarray, ...]]:
    """:func:`_split_chunk` of each range of documents, on ``workers`` processes, in order.

    Forked workers (where forking is safe) read the texts from the memory they
    share with the caller at the fork; elsewhere (another thread running, or no
    fork) joblib's loky starts clean ones, which never re-run the caller's main
    module (the standard library's spawn would, and a script without the
    ``__main__`` guard would run again in each), and sends them their texts.
    """
    global _inherited
    fork = _can_fork()
    if fork:
        _inherited = (texts, language)
    try:
        with _pool(workers, fork) as pool:
            if fork:
                futures = [pool.submit(_split_inherited, a, b) for a, b in ranges]
            else:
                futures = [
                    pool.submit(_split_chunk, *_part(texts, language, a, b)) for a, b in ranges
                ]
            return [future.result() for future in futures]
    finally:
        _inherited = None


def _pool(workers: int, fork: bool) -> Executor:
    """A pool of ``workers`` segmentation workers: forked, or started clean by loky."""
    if fork:
        context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker
        )
    from joblib.externals.loky import ProcessPoolExecutor as CleanPool

    pool: Executor = CleanPool(max_workers=workers, initializer=_start_worker)
    return pool


def _start_worker() -> None:
    """Start a segmentation worker: one of ours (:func:`mark_worker_process`), without the
    cyclic garbage collector.

    Splitting makes no reference cycles, so reference counting frees all it
    makes; the collector would only walk the growing lists of pieces again and
    again (about a tenth of the splitting's CPU time at 200,000 sentences). The
    worker ends with the pool.
    """
    mark_worker_process()
    gc.disable()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, when this process runs one
    thread (then no other code runs meanwhile) and it was on.

    Splitting in the calling process makes no reference cycles either; there the
    collector took about a tenth of the splitting's CPU time at 20,000 sentences
    (0.90 times with it off, medians of five alternating rounds). It is turned
    back on however the block ends.
    """
    pause = gc.isenabled() and threading.active_count() == 1
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()


def _can_fork() -> bool:
    """Whether worker processes can be forked safely right now.

    Forking copies the caller's memory, so workers start at once and need no
    ``if __name__ == "__main__"`` guard in the caller's script; it is only safe
    while the process runs a single thread.
    """
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


_in_our_worker = False
"""Set in the worker processes this module starts, so that they never start their own."""


def mark_worker_process() -> None:
    """Mark this process as a worker of the library: it will start no process of its own.

    The initializer of every pool this module starts; a pool running whole
    summaries (a batch helper) passes it too, so that each of its workers
    splits in-process instead of starting a pool per call.

    Examples
    --------
    >>> from concurrent.futures import ProcessPoolExecutor
    >>> with ProcessPoolExecutor(1, initializer=mark_worker_process) as pool:
    ...     pool.submit(may_start_processes).result()
    False
    """
    global _in_our_worker
    _in_our_worker = True


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1.

    Examples
    --------
    >>> available_cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def may_start_processes() -> bool:
    """Whether this process may start worker processes at all.

    Not in a daemonic process (a :class:`multiprocessing.Pool` worker, many
    web servers' workers), which Python forbids to have children, and not in
    a worker of this module, where a second level of pools would multiply the
    processes; such callers run in-process.

    Examples
    --------
    >>> may_start_processes()
    True
    """
    return not (_in_our_worker or multiprocessing.current_process().daemon)


def resolve_jobs(n_jobs: int | None, total_chars: int) -> int:
    """The number of processes to use.

    ``None`` means automatic: every available core when there is at least
    :data:`PARALLEL_MIN_CHARS` of text and worker processes can be forked
    safely (a POSIX system, no other thread running), else one. ``-1`` means
    every core. Whatever is asked, the number is capped at the cores this
    process may run on (:func:`available_cores`), and it is 1 where no
    process may be started (:func:`may_start_processes`): in a daemonic
    process or in one of this module's workers.

    Examples
    --------
    >>> import os
    >>> cores = len(os.sched_getaffinity(0))
    >>> resolve_jobs(None, 1000), resolve_jobs(1, 10**9), resolve_jobs(10**6, 10) == cores
    (1, 1, True)
    """
    if not may_start_processes():
        return 1
    cores = available_cores()
    if n_jobs is None:
        return cores if total_chars >= PARALLEL_MIN_CHARS and _can_fork() else 1
    if n_jobs == -1:
        return cores
    return max(1, min(n_jobs, cores))


def _chunks(texts: Sequence[str], count: int) -> list[tuple[int, int]]:
    """Contiguous ranges of documents holding about equal amounts of text."""
    sizes = np.cumsum([len(t) for t in texts])
    total = int(sizes[-1]) if len(sizes) else 0
    bounds = [0]
    for k in range(1, count):
        bounds.append(int(np.searchsorted(sizes, total * k / count)))
    bounds.append(len(texts))
    bounds = sorted(set(bounds))
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def split_documents(
    texts: Sequence[str], *, language: str | Sequence[str], n_jobs: int | None = None
) -> Pieces:
    """Split every document into pieces, on several processes for large inputs.

    Parameters
    ----------
    texts : sequence of str
        The documents' texts.
    language : str or sequence of str
        The language of every document, or of each, as for
        :func:`~summarize.split_sentences`.
    n_jobs : int or None, default=None
        Processes to use; see :func:`resolve_jobs`.

    Returns
    -------
    Pieces
        The same arrays whatever ``n_jobs`` is.

    Examples
    --------
    >>> pieces = split_documents(["Title\\nOne. Two.", "Three."], language="english")
    >>> pieces.document.tolist(), pieces.start.tolist(), [KINDS[k] for k in pieces.kind]
    ([0, 0, 0, 1], [0, 6, 11, 0], ['headline', 'sentence', 'sentence', 'sentence'])
    """
    jobs = resolve_jobs(n_jobs, sum(len(t) for t in texts))
    ranges = _chunks(texts, jobs * 4) if jobs > 1 and len(texts) > 1 else [(0, len(texts))]
    if len(ranges) == 1:
        with _collector_paused():
            parts = [_split_chunk(texts, language)]
    else:
        parts = _split_in_processes(texts, language, ranges, min(jobs, len(ranges)))
    for (first, _), part in zip(ranges, parts, strict=False):
        part[0][:] += first
    return Pieces(*(np.concatenate([part[i] for part in parts]) for i in range(5)))
