"""A fifth black-box review (session 30): what crosses a process or an engine's boundary."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import summarize
from summarize import batch, cli
from summarize.segmentation.parallel import available_cores


def test_more_jobs_than_cores_is_every_core() -> None:
    # n_jobs=10**6 started a million worker processes (loky starts them all at once).
    cores = available_cores()
    assert batch._resolve_jobs(10**6) == cores
    assert batch._resolve_jobs(-1) == cores
    assert batch._resolve_jobs(1) == 1
    topics = [("t", [a.text for a in summarize.sample_articles()])]
    (plain,) = summarize.summarize_many(topics, max_words=30)
    (many,) = summarize.summarize_many(topics, max_words=30, n_jobs=10**6)
    assert many[1].sentences == plain[1].sentences


def test_a_single_pair_is_refused_as_a_single_topic() -> None:
    articles = [a.text for a in summarize.sample_articles()]
    with pytest.raises(summarize.InputTypeError, match="single topic"):
        list(summarize.summarize_many(("storm", articles)))
    # Two pairs in a tuple are two topics.
    pairs = (("a", articles[:2]), ("b", articles[2:]))
    assert [t for t, _ in summarize.summarize_many(pairs, max_words=20)] == ["a", "b"]


def test_a_topic_is_its_value_as_a_string() -> None:
    pd = pytest.importorskip("pandas")
    articles = summarize.sample_articles()
    df = pd.DataFrame(
        {
            "topic": pd.Series([1, 1, "1", "1"], dtype=object),
            "id": ["a", "b", "c", "d"],
            "text": [a.text for a in articles],
        }
    )
    rows = summarize.summarize_frame(df, max_sentences=1)
    assert rows["topic"].tolist() == ["1"]  # one topic, one summary, as Dask reads it
    together = summarize.summarize(
        [summarize.Document(i, a.text) for i, a in zip("abcd", articles, strict=True)],
        max_sentences=1,
    )
    assert rows["start"].tolist() == [together.sentences[0].start]


def test_an_over_long_jsonl_line_fails_its_topic_only() -> None:
    stream = io.BytesIO(b'{"id": 1}\n' + b"x" * 50 + b"\n" + b'{"id": 3}\n')
    lines = list(cli._byte_lines(stream, limit=20))
    assert lines[0] == b'{"id": 1}\n' and lines[2] == b'{"id": 3}\n'
    assert isinstance(lines[1], cli.UsageError) and "line 2" in str(lines[1])
    # A line past _SKIPPED_LINES times the limit stops the batch (a stream without line
    # breaks is never read to its end).
    endless = io.BytesIO(b"x" * (20 * (cli._SKIPPED_LINES + 2)))
    with pytest.raises(cli.UsageError, match="the rest of the stream is not read"):
        list(cli._byte_lines(endless, limit=20))


def test_processes_beside_a_thread_never_run_the_callers_script_again(tmp_path: Path) -> None:
    # With another thread running, the segmentation workers were spawned: each imported
    # the caller's script again as __mp_main__, and a script without the __main__ guard
    # ran again in each (and the topic failed with a BrokenProcessPool).
    script = tmp_path / "unguarded.py"
    script.write_text(
        textwrap.dedent(
            """
            import threading
            import summarize
            if __name__ != "__main__":
                print("RAN AGAIN", __name__, flush=True)
            threading.Thread(target=threading.Event().wait, daemon=True).start()
            texts = [a.text for a in summarize.sample_articles()]
            two = summarize.Summarizer(n_jobs=2, max_words=40).summarize(texts)
            one = summarize.Summarizer(n_jobs=1, max_words=40).summarize(texts)
            print("SAME", two.sentences == one.sentences, flush=True)
            """
        ),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "RAN AGAIN" not in done.stdout
    assert "SAME True" in done.stdout


def test_a_summarizer_with_jobs_beside_a_thread_in_this_process() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        texts = [a.text for a in summarize.sample_articles()]
        two = summarize.Summarizer(n_jobs=2, max_words=40).summarize(texts)
        one = summarize.Summarizer(n_jobs=1, max_words=40).summarize(texts)
        assert two.sentences == one.sentences
    finally:
        stop.set()
        thread.join()


def test_an_article_printed_twice_keeps_its_first_copy() -> None:
    # Every line was printed twice, so every line was a "repeated line" (furniture) and
    # the article had no sentence left (EmptyInputError, or skipped with a warning).
    text = summarize.sample_articles()[0].text
    once = [(p.kind, p.text) for p in summarize.split_sentences(text)]
    twice = [(p.kind, p.text) for p in summarize.split_sentences(text + "\n\n" + text)]
    sentences = [t for kind, t in once if kind == "sentence"]
    assert [t for kind, t in twice if kind == "sentence"] == sentences
    # A caption printed twice is still furniture both times.
    caption = "Firefighters at the scene on Monday. Photo: Jane Doe/AP."
    page = (
        f"Fire in the harbour\n{caption}\nThe fire started at noon. It spread fast.\n{caption}\n"
    )
    kinds = [p.kind for p in summarize.split_sentences(page) if "Firefighters" in p.text]
    assert kinds and set(kinds) == {"furniture"}


class _Locked(summarize.scorers.Coverage):
    """A scorer holding a lock: it runs in this process, and no worker can receive it."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()


def test_a_summarizer_that_does_not_pickle_is_refused_for_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # It ran every topic in this process, silently ignoring n_jobs (session 31).
    pd = pytest.importorskip("pandas")
    monkeypatch.setattr(batch, "available_cores", lambda: 2)
    summarizer = summarize.Summarizer(scorer=_Locked(), max_words=20)
    articles = [a.text for a in summarize.sample_articles()]
    with pytest.raises(summarize.InvalidParameterError, match="does not pickle.*_thread.lock"):
        summarize.summarize_many([("a", articles)], n_jobs=2, summarizer=summarizer)
    frame = pd.DataFrame({"topic": "a", "text": articles})
    with pytest.raises(summarize.InvalidParameterError, match="n_jobs=1"):
        summarize.summarize_frame(frame, n_jobs=2, summarizer=summarizer)
    # In one process it needs no pickling.
    ((_, summary),) = summarize.summarize_many([("a", articles)], n_jobs=1, summarizer=summarizer)
    assert isinstance(summary, summarize.Summary) and summary.sentences
