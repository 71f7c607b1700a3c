"""Segmenting many documents on several processes gives the same pieces as one."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import summarize
from summarize.segmentation import parallel as _parallel
from summarize.segmentation.parallel import KINDS, resolve_jobs, split_documents


def texts() -> list[str]:
    return [d.text for d in summarize.sample_articles()] * 3 + ["", "Title only"]


def test_pieces_match_split_sentences() -> None:
    documents = texts()
    pieces = split_documents(documents, language="english", n_jobs=1)
    expected = [
        (number, index, s.start, s.end, s.kind)
        for number, text in enumerate(documents)
        for index, s in enumerate(summarize.split_sentences(text))
    ]
    found = list(
        zip(
            pieces.document.tolist(),
            pieces.index.tolist(),
            pieces.start.tolist(),
            pieces.end.tolist(),
            [KINDS[k] for k in pieces.kind],
            strict=False,
        )
    )
    assert found == expected


def test_two_processes_give_identical_arrays() -> None:
    documents = texts()
    one = split_documents(documents, language="english", n_jobs=1)
    two = split_documents(documents, language="english", n_jobs=2)
    for a, b in zip(one, two, strict=False):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("fork", [True, False])
def test_forked_and_spawned_workers_split_alike(
    monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    # Forked workers read the texts they inherited from the caller; clean ones (loky's,
    # where forking is not safe) are sent theirs. Either way the arrays are those of one
    # process, languages given per document.
    documents = texts()
    languages = ["english" if k % 3 else "german" for k in range(len(documents))]
    one = split_documents(documents, language=languages, n_jobs=1)
    submitted = []
    real = _parallel._pool

    def recording(workers: int, forked: bool):  # type: ignore[no-untyped-def]
        pool = real(workers, forked)
        submit = pool.submit

        def record(fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            submitted.append((fn.__name__, sum(len(a) for a in args if isinstance(a, list))))
            return submit(fn, *args, **kwargs)

        pool.submit = record  # type: ignore[method-assign]
        return pool

    monkeypatch.setattr(_parallel, "_pool", recording)
    monkeypatch.setattr(_parallel, "_can_fork", lambda: fork)
    two = split_documents(documents, language=languages, n_jobs=2)
    for a, b in zip(one, two, strict=True):
        np.testing.assert_array_equal(a, b)
    if fork:  # only the ranges travel, and the caller's texts are not kept afterwards
        assert {name for name, _ in submitted} == {"_split_inherited"}
        assert all(sent == 0 for _, sent in submitted)
    else:
        assert {name for name, _ in submitted} == {"_split_chunk"}
        assert sum(sent for _, sent in submitted) == 2 * len(documents)  # texts and languages
    assert _parallel._inherited is None


def test_workers_split_without_the_garbage_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    def collector_state(texts: list[str], language: object) -> tuple[np.ndarray, ...]:
        return tuple(np.array([int(gc.isenabled())] * len(texts), dtype=np.int64) for _ in "abcde")

    monkeypatch.setattr(_parallel, "_split_chunk", collector_state)
    monkeypatch.setattr(_parallel, "_can_fork", lambda: True)
    pieces = split_documents(["One.", "Two.", "Three.", "Four."], language="english", n_jobs=2)
    assert pieces.end.tolist() == [0, 0, 0, 0]  # off in every worker
    assert gc.isenabled()  # and still on here


@pytest.mark.parametrize("other_thread", [False, True])
def test_one_process_splits_without_the_collector_unless_a_thread_runs(
    monkeypatch: pytest.MonkeyPatch, other_thread: bool
) -> None:
    import gc

    seen: list[bool] = []
    split_chunk = _parallel._split_chunk

    def recording(texts: list[str], language: str) -> tuple[np.ndarray, ...]:
        seen.append(gc.isenabled())
        if texts == ["Boom."]:
            raise RuntimeError("boom")
        return split_chunk(texts, language)

    monkeypatch.setattr(_parallel, "_split_chunk", recording)
    alone = threading.active_count() == 1  # (a test runner may have threads of its own)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    if other_thread:
        thread.start()
    try:
        pieces = split_documents(["It rained. We left."], language="english", n_jobs=1)
        with pytest.raises(RuntimeError):
            split_documents(["Boom."], language="english", n_jobs=1)
    finally:
        stop.set()
        if other_thread:
            thread.join()
    assert pieces.start.tolist() == [0, 11]
    # Paused while splitting, only when this was the one thread; on again afterwards,
    # however the splitting ended.
    paused = alone and not other_thread
    assert seen == [not paused, not paused]
    assert gc.isenabled()


def test_automatic_mode_stays_serial_for_small_inputs_and_with_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert resolve_jobs(None, 10) == 1
    assert resolve_jobs(2, 10) == 2
    assert resolve_jobs(-1, 10) >= 1
    monkeypatch.setattr(_parallel, "_can_fork", lambda: False)
    assert resolve_jobs(None, 10**10) == 1


def test_can_fork_is_false_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert _parallel._can_fork() is False
    finally:
        stop.set()
        thread.join()


def test_chunks_cover_every_document_once() -> None:
    documents = ["a" * n for n in (5, 1, 1, 30, 2, 2, 9)]
    ranges = _parallel._chunks(documents, 3)
    covered = [i for a, b in ranges for i in range(a, b)]
    assert covered == list(range(len(documents)))


def test_summaries_are_identical_on_one_or_two_processes() -> None:
    articles = summarize.sample_articles()
    one = summarize.summarize(articles, n_jobs=1).to_dict()
    two = summarize.summarize(articles, n_jobs=2).to_dict()
    one["settings"].pop("n_jobs")
    two["settings"].pop("n_jobs")
    assert one == two


@pytest.mark.parametrize("bad", [0, -2, 1.5, True, "2"])
def test_n_jobs_is_validated(bad: object) -> None:
    with pytest.raises(
        summarize.InvalidParameterError, match="The 'n_jobs' parameter of Summarizer must be"
    ):
        summarize.Summarizer(n_jobs=bad)  # type: ignore[arg-type]


WORDY = st.sampled_from(
    ["a", "Bb", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2028", "\x1c", ". ", "ß", "中",
     "\u0301", "\ud800", "x.\n\nY", "9"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.lists(WORDY, max_size=30).map("".join), max_size=5))
def test_word_counts_are_those_of_str_split(texts: list[str]) -> None:
    from summarize.segmentation import word_counts

    pieces = split_documents(texts, language="english", n_jobs=1)
    expected = [
        len(texts[d][a:b].split())
        for d, a, b in zip(
            pieces.document.tolist(), pieces.start.tolist(), pieces.end.tolist(), strict=True
        )
    ]
    found = word_counts(texts, pieces.document, pieces.start, pieces.end)
    assert found.tolist() == expected


def test_word_counts_read_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarize.segmentation as segmentation

    documents = texts()
    pieces = split_documents(documents, language="english", n_jobs=1)
    whole = segmentation.word_counts(documents, pieces.document, pieces.start, pieces.end)
    monkeypatch.setattr(segmentation, "_WORD_BLOCK", 500)
    blocks = segmentation.word_counts(documents, pieces.document, pieces.start, pieces.end)
    assert blocks.tolist() == whole.tolist()
    assert whole.tolist() == [
        len(documents[d][a:b].split())
        for d, a, b in zip(pieces.document, pieces.start, pieces.end, strict=True)
    ]
