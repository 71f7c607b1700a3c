"""Fast checks of the speed benchmark (benchmarks/speed.py) on made-up sentences."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from _benchmarks import load_benchmark

speed = load_benchmark("speed")
corpus_module = speed._corpus

SUBJECTS = ["The council", "A spokesman", "The minister", "Rescue teams", "The court", "Investors"]
VERBS = ["approved", "rejected", "discussed", "announced", "delayed"]
OBJECTS = ["the budget on Monday.", "a new bridge near the harbour.", "the tax plan in March."]


@pytest.fixture(scope="module")
def pool():
    made_up = [f"{s} {v} {o}" for s in SUBJECTS for v in VERBS for o in OBJECTS]
    return corpus_module.make_pool(made_up)


def test_make_pool_keeps_distinct_sentences_only() -> None:
    pool = corpus_module.make_pool(
        [
            "The council approved the budget.",
            "the   council approved the BUDGET.",  # the same line for the library
            "Back To Top",  # furniture
            "Share this article",  # furniture
            "Rain fell on the town all night.",
        ]
    )
    assert pool.sentences == (
        "The council approved the budget.",
        "Rain fell on the town all night.",
    )
    assert pool.may_end_line == (True, True)
    assert pool.may_start_line == (True, True)


def test_pool_marks_sentences_that_cannot_share_a_line() -> None:
    pool = corpus_module.make_pool(
        [
            "Shares rose at Acme Corp.",  # ends with an abbreviation: would swallow the next
            "the talks went on without them.",  # lower case: would join a sentence before it
            "Rain fell on the town all night.",
        ]
    )
    assert pool.may_end_line == (False, True, True)
    assert pool.may_start_line == (True, False, True)


@pytest.mark.parametrize("size", [1, 29, 30, 31, 100, 250])
def test_corpus_has_exactly_the_requested_sentences(pool, size: int) -> None:
    corpus = corpus_module.build_corpus(pool, size, seed=7, article_size=30)
    assert len(corpus.sentences) == size
    assert sum(len(a) for a in corpus.article_sentences) == size
    assert all(len(a) <= 30 for a in corpus.article_sentences)
    for article, sentences in zip(corpus.articles, corpus.article_sentences, strict=True):
        assert article.replace("\n", " ") == " ".join(sentences)
        keys = [corpus_module.normalise(s) for s in sentences]
        assert len(set(keys)) == len(keys), "an article repeats a line"
    # The library's segmenter finds exactly the generated sentences again.
    assert speed.count_seen(corpus) == size


def test_corpus_is_deterministic_and_cycles_through_the_pool(pool) -> None:
    size = 3 * len(pool) + 5
    first = corpus_module.build_corpus(pool, size, seed=3)
    second = corpus_module.build_corpus(pool, size, seed=3)
    other = corpus_module.build_corpus(pool, size, seed=4)
    assert first.articles == second.articles
    assert first.articles != other.articles
    assert first.passes == 4
    # Lines hold several sentences, as in news articles.
    assert len(first.articles) < first.lines < size
    assert set(first.sentences) == set(pool.sentences)
    # Each pass is a fresh shuffle, not the same order again.
    n = len(pool)
    assert first.sentences[:n] != first.sentences[n : 2 * n] or n < 3


def test_corpus_rejects_bad_arguments(pool) -> None:
    with pytest.raises(ValueError):
        corpus_module.build_corpus(pool, 0)
    with pytest.raises(ValueError):
        corpus_module.build_corpus(corpus_module.make_pool(["Only one sentence here."]), 10)


def test_measure_summarize_in_process(pool) -> None:
    corpus = corpus_module.build_corpus(pool, 60, seed=1)
    record = speed.measure("summarize", corpus, verify=True)
    assert record["system"] == "summarize"
    assert record["status"] == "ok"
    assert record["sentences"] == 60
    assert record["sentences_seen"] == 60
    assert record["articles"] == 2
    assert record["seconds"] > 0
    assert record["cpu_seconds"] >= 0
    assert record["peak_rss_bytes"] is None or record["peak_rss_bytes"] > 0
    assert 0 < record["summary_words"] <= speed.MAX_WORDS
    assert {"segmentation", "features", "scoring", "selection", "other"} <= set(record["stages"])
    for stage in record["stages"].values():
        assert stage["seconds"] >= 0
    assert sum(s["seconds"] for s in record["stages"].values()) == pytest.approx(
        record["seconds"], rel=1e-6
    )


def test_measure_floor_in_process(pool) -> None:
    corpus = corpus_module.build_corpus(pool, 40, seed=1)
    record = speed.measure("floor", corpus)
    assert record["status"] == "ok"
    assert record["sentences_seen"] == 40
    assert record["matrix_shape"][0] == 40


def _fake(
    system: str, size: int, seconds: float | None, status: str = "ok", rss: float = 1e8
) -> dict:
    record = {
        "system": system,
        "sentences": size,
        "status": status,
        "seconds": seconds,
        "peak_rss_bytes": rss,
    }
    if status != "ok":
        record["timeout_seconds"] = 120.0
    return record


def test_targets_ratios_and_linearity() -> None:
    results = [
        _fake("summarize", 1_000, 0.1),
        _fake("floor", 1_000, 0.05),
        _fake("sumy", 1_000, 12.0),
        _fake("summarize", 2_000, 0.2),
        _fake("floor", 2_000, 0.1),
        _fake("sumy", 2_000, None, status="timeout"),
        _fake("summarize", 20_000, 5.0),  # 25x for 10x the size: not linear
        _fake("floor", 20_000, 1.0),  # and 5x the floor
        _fake("summarize", 1_000_000, 50.0, rss=3e9),
    ]
    checks = {c["target"].split(" ")[0]: c for c in speed.targets(results)}
    assert checks["100x"]["result"] == "PASS" and checks["100x"]["speedup_is_lower_bound"]
    assert checks["1,000,000"]["result"] == "PASS"
    assert checks["whole"]["result"] == "FAIL"
    assert checks["time"]["result"] == "FAIL"
    rows = speed.linearity(results)
    assert [(r["from"], r["to"]) for r in rows] == [
        (1_000, 2_000),
        (2_000, 20_000),
        (20_000, 1_000_000),
    ]
    assert [r["pass"] for r in rows] == [True, False, True]
    by_size = {r["sentences"]: r for r in speed.ratios(results)}
    assert by_size[1_000]["summarize/floor"] == pytest.approx(2.0)
    assert by_size[2_000]["summarize/sumy_is_upper_bound"]
    table = speed.format_table(results, speed.SYSTEMS)
    assert "1,000,000" in table and "timeout" in table


def test_default_sizes_include_the_sumy_comparison() -> None:
    args = speed.parse_args([])
    assert args.sizes == [1_000, 2_000, 10_000, 100_000, 1_000_000]
    assert args.systems == list(speed.SYSTEMS)
    assert args.timeout == 120
    args = speed.parse_args(["--linearity", "--no-plot", "--sizes", "10,100"])
    assert args.systems == ["summarize"] and args.sizes == [10, 100] and args.plot is None


def _made_up_jsonl(tmp_path: Path) -> Path:
    sentences = [f"{s} {v} {o}" for s in SUBJECTS for v in VERBS for o in OBJECTS]
    documents = [
        {"id": f"doc{i}", "title": None, "text": "\n".join(sentences[i::4])} for i in range(4)
    ]
    path = tmp_path / "made_up.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": documents, "references": []}) + "\n")
    return path


def test_run_isolated_measures_in_a_subprocess(tmp_path: Path) -> None:
    data = _made_up_jsonl(tmp_path)
    record = speed.run_isolated("summarize", 50, timeout=60, data=data, seed=1)
    assert record["status"] == "ok", record
    assert record["sentences"] == 50 and record["seconds"] > 0
    assert speed.peak_memory(record) > 0
    assert "segmentation" in record["stages"]


def test_run_isolated_kills_at_the_timeout(tmp_path: Path) -> None:
    data = _made_up_jsonl(tmp_path)
    record = speed.run_isolated("sumy", 50, timeout=0.05, data=data, seed=1)
    assert record["status"] == "timeout"
    assert record["timeout_seconds"] == 0.05


def test_tree_memory_of_this_process() -> None:
    total, count = speed.tree_memory(os.getpid())
    assert count >= 1 and total > 0


def test_the_measuring_process_never_builds_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Building the input runs the library's segmenter over the same text; a
    # process that did so would measure memoised decisions, not the library.
    pool = corpus_module.load_pool(_made_up_jsonl(tmp_path))
    corpus_file = speed.write_corpus(pool, 40, 1, tmp_path / "corpus.pickle")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the measuring process built its own input")

    monkeypatch.setattr(corpus_module, "load_pool", refuse)
    monkeypatch.setattr(corpus_module, "build_corpus", refuse)
    monkeypatch.setattr(corpus_module, "make_pool", refuse)
    out = tmp_path / "record.json"
    spec = {"system": "floor", "size": 40, "corpus": str(corpus_file), "out": str(out)}
    assert speed._child(json.dumps(spec)) == 0
    record = json.loads(out.read_text())
    assert record["sentences"] == 40 and record["pool_sentences"] == len(pool)
    assert record["sentences_seen"] == 40
