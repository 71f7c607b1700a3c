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
def source():
    made_up = [f"{s} {v} {o}" for s in SUBJECTS for v in VERBS for o in OBJECTS]
    made_up += [
        "The AB-12 project of Acme cost 4,500 dollars in 1998, Smith said.",
        "Jones and Smith met the G7 envoys on Friday.",
    ]
    return corpus_module.make_source(made_up)


def test_make_source_keeps_distinct_sentences_only() -> None:
    source = corpus_module.make_source(
        [
            "The council approved the budget.",
            "the   council approved the BUDGET.",  # the same line for the library
            "Rain fell on the town all night.",
        ]
    )
    assert source.sentences == (
        "The council approved the budget.",
        "Rain fell on the town all night.",
    )


def test_open_classes_of_tokens() -> None:
    cls = corpus_module._token_class
    assert cls("Smith,", first=False) == 1  # a name, punctuation around it
    assert cls("Smith", first=True) == 0  # first word: any word is capitalised there
    assert cls("4,500", first=False) == 2
    assert cls("(1998)", first=False) == 2
    assert cls("AB-12", first=False) == 3
    assert cls("NATO", first=False) == 3
    assert cls("G7", first=False) == 3
    assert cls("council", first=False) == 0


def test_invented_tokens_are_distinct_and_of_their_class() -> None:
    names = [corpus_module._invented(1, k) for k in range(1, 2000)]
    assert len(set(names)) == len(names)
    assert all(n[0].isupper() and n[1:].islower() for n in names)
    assert corpus_module._invented(2, 42) == "42"
    codes = {corpus_module._invented(3, k) for k in range(1, 2000)}
    assert len(codes) == 1999


@pytest.mark.parametrize("size", [1, 29, 30, 31, 100, 250])
def test_corpus_has_exactly_the_requested_sentences(source, size: int) -> None:
    corpus = corpus_module.build_corpus(source, size, seed=7, article_size=30)
    assert len(corpus.sentences) == size
    assert sum(len(a) for a in corpus.article_sentences) == size
    assert all(len(a) <= 30 for a in corpus.article_sentences)
    for article, sentences in zip(corpus.articles, corpus.article_sentences, strict=True):
        assert article.replace("\n", " ") == " ".join(sentences)
        keys = [corpus_module.normalise(s) for s in sentences]
        assert len(set(keys)) == len(keys), "an article repeats a line"
    # The library's segmenter finds exactly the generated sentences again.
    assert speed.count_seen(corpus) == size


def test_corpus_is_deterministic_and_invents_words(source) -> None:
    first = corpus_module.build_corpus(source, 400, seed=3)
    second = corpus_module.build_corpus(source, 400, seed=3)
    other = corpus_module.build_corpus(source, 400, seed=4)
    assert first.articles == second.articles
    assert first.articles != other.articles
    # Lines hold several sentences, as in news articles.
    assert len(first.articles) < first.lines < 400
    # The chain makes sentences that are not in the source, with words that are not either.
    source_words = {w for s in source.sentences for w in s.split()}
    made_words = {w for s in first.sentences for w in s.split()}
    assert set(first.sentences) - set(source.sentences)
    assert made_words - source_words


def test_vocabulary_keeps_growing(source) -> None:
    # Heaps' law: the invented names, numbers and codes keep the vocabulary growing.
    corpus = corpus_module.build_corpus(source, 4_000, seed=5)
    small = corpus_module.heaps(corpus.sentences[:400])
    large = corpus_module.heaps(corpus.sentences)
    assert large["vocabulary"] > 2 * small["vocabulary"]
    assert 0.2 < large["beta"] < 1.0


def test_heaps_fits_the_exponent_of_a_known_growth() -> None:
    # Every token new: V = N, beta = 1.
    texts = [" ".join(f"w{i}x{j}" for j in range(10)) for i in range(2_000)]
    growth = corpus_module.heaps(texts)
    assert growth["tokens"] == 20_000 and growth["vocabulary"] == 20_000
    assert growth["beta"] == pytest.approx(1.0, abs=1e-6)
    assert [n for n, _ in growth["curve"][:3]] == [1_000, 2_000, 4_000]
    # The same two words over and over: the vocabulary stops growing.
    flat = corpus_module.heaps(["rain fell"] * 5_000)
    assert flat["vocabulary"] == 2 and flat["beta"] == pytest.approx(0.0, abs=1e-6)


def test_fallback_source_is_the_sample_articles() -> None:
    source = corpus_module.fallback_source()
    assert len(source) > 10
    assert source.origin == ("summarize sample articles",)
    corpus = corpus_module.build_corpus(source, 90, seed=1)
    assert speed.count_seen(corpus) == 90


def test_corpus_rejects_bad_arguments(source) -> None:
    with pytest.raises(ValueError):
        corpus_module.build_corpus(source, 0)
    with pytest.raises(ValueError):
        corpus_module.build_corpus(corpus_module.make_source(["Only one sentence here."]), 10)


def test_measure_summarize_in_process(source) -> None:
    corpus = corpus_module.build_corpus(source, 60, seed=1)
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


def test_measure_floor_in_process(source) -> None:
    corpus = corpus_module.build_corpus(source, 40, seed=1)
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
        _fake("summarize", 2_000, 0.2, rss=1.5e8),
        _fake("floor", 2_000, 0.1),
        _fake("sumy", 2_000, None, status="timeout"),
        _fake("summarize", 20_000, 2.5, rss=2e9),  # 12.5x for 10x the size: not linear
        _fake("floor", 20_000, 1.0),  # and 2.5x the floor
        _fake("summarize", 1_000_000, 24.0, rss=1.9e9),
    ]
    checks = {c["target"].split(" ")[0]: c for c in speed.targets(results)}
    assert checks["100x"]["result"] == "PASS" and checks["100x"]["speedup_is_lower_bound"]
    assert checks["1,000,000"]["result"] == "PASS"
    assert checks["whole"]["result"] == "FAIL"
    assert checks["time"]["result"] == "FAIL"
    assert checks["memory"]["result"] == "FAIL"  # 13.3x the memory for 10x the size
    rows = speed.linearity(results)
    assert [(r["from"], r["to"]) for r in rows] == [
        (1_000, 2_000),
        (2_000, 20_000),
        (20_000, 1_000_000),
    ]
    assert [r["pass"] for r in rows] == [True, False, True]
    memory = speed.linearity(results, measure="memory")
    assert [r["pass"] for r in memory] == [True, False, True]
    by_size = {r["sentences"]: r for r in speed.ratios(results)}
    assert by_size[1_000]["summarize/floor"] == pytest.approx(2.0)
    assert by_size[2_000]["summarize/sumy_is_upper_bound"]
    table = speed.format_table(results, speed.SYSTEMS)
    assert "1,000,000" in table and "timeout" in table
    # Without sumy in the results, its target is not listed.
    without = [r for r in results if r["system"] != "sumy"]
    assert all(not c["target"].startswith("100x") for c in speed.targets(without))


def test_one_at_or_under_the_floor_passes() -> None:
    results = [_fake("summarize", 2_000, 0.1), _fake("floor", 2_000, 0.1)]
    checks = {c["target"].split(" ")[0]: c for c in speed.targets(results)}
    assert checks["whole"]["result"] == "PASS"


def test_repeats_are_combined_by_their_median() -> None:
    runs = [
        {**_fake("summarize", 100, seconds), "cpu_seconds": cpu, "stages": {"features": st}}
        for seconds, cpu, st in (
            (3.0, 2.0, {"seconds": 1.0, "cpu_seconds": 1.0, "peak_rss_bytes": 5}),
            (1.0, 4.0, {"seconds": 3.0, "cpu_seconds": 2.0, "peak_rss_bytes": 7}),
            (2.0, 3.0, {"seconds": 2.0, "cpu_seconds": 9.0, "peak_rss_bytes": 6}),
        )
    ]
    combined = speed._combine(runs)
    assert combined["seconds"] == 2.0 and combined["cpu_seconds"] == 3.0
    assert combined["runs"] == 3 and combined["runs_seconds"] == [3.0, 1.0, 2.0]
    assert combined["stages"]["features"] == {
        "seconds": 2.0,
        "cpu_seconds": 2.0,
        "peak_rss_bytes": 6.0,
    }


def test_default_sizes_and_systems() -> None:
    args = speed.parse_args([])
    assert args.sizes == [2_000, 20_000, 200_000, 1_000_000]
    assert args.systems == ["summarize", "floor"]
    assert args.repeat == 3
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
    source = corpus_module.load_source(_made_up_jsonl(tmp_path))
    corpus_file, _ = speed.write_corpus(source, 40, 1, tmp_path / "corpus.pickle")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the measuring process built its own input")

    monkeypatch.setattr(corpus_module, "load_source", refuse)
    monkeypatch.setattr(corpus_module, "fallback_source", refuse)
    monkeypatch.setattr(corpus_module, "build_corpus", refuse)
    monkeypatch.setattr(corpus_module, "make_source", refuse)
    out = tmp_path / "record.json"
    spec = {"system": "floor", "size": 40, "corpus": str(corpus_file), "out": str(out)}
    assert speed._child(json.dumps(spec)) == 0
    record = json.loads(out.read_text())
    assert record["sentences"] == 40 and record["source_sentences"] == len(source)
    assert record["sentences_seen"] == 40
