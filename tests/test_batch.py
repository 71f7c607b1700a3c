"""summarize_many and summarize_frame: many topics in, results in input order, failures apart."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import random
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import summarize
from summarize import Summarizer, cli, summarize_frame, summarize_many
from summarize.batch import CHUNK_COST, SCHEMA, TOPIC_COST, WINDOW, conform, empty_frame

pd = pytest.importorskip("pandas", reason="the table functions need pandas")

from _many import SETTINGS, article_table, serial_rows, sorted_rows  # noqa: E402

SAMPLES = summarize.sample_articles()


def sample_topics(count: int, seed: int = 0) -> list[tuple[str, list[summarize.Document]]]:
    """Topics of two to four of the sample articles, deterministic."""
    rng = random.Random(seed)
    return [(f"topic-{n}", rng.sample(SAMPLES, rng.randint(2, 4))) for n in range(count)]


def texts(results: Any) -> list[tuple[Any, Any]]:
    return [
        (ident, r.to_dict() if isinstance(r, summarize.Summary) else type(r).__name__)
        for ident, r in results
    ]


# -- summarize_many ----------------------------------------------------------------------------


def test_serial_matches_one_call_per_topic() -> None:
    topics = sample_topics(5)
    summarizer = Summarizer(max_words=40)
    expected = [(ident, summarizer.summarize(articles).to_dict()) for ident, articles in topics]
    assert texts(summarize_many(topics, max_words=40)) == expected


def test_two_workers_give_the_serial_results_in_input_order() -> None:
    # Topics of very different sizes, so that chunks finish out of order.
    topics: list[Any] = []
    for n, (ident, articles) in enumerate(sample_topics(40, seed=1)):
        topics.append((ident, articles * 1 if n % 7 else [a.text * 30 for a in articles]))
    serial = texts(summarize_many(topics, max_sentences=2))
    parallel = texts(summarize_many(iter(topics), n_jobs=2, max_sentences=2))
    assert [ident for ident, _ in parallel] == [ident for ident, _ in topics]
    assert parallel == serial


def test_a_failing_topic_yields_its_error_and_the_rest_go_on() -> None:
    topics: list[Any] = [
        ("good", [SAMPLES[0], SAMPLES[1]]),
        ("empty", []),
        ("blank", ["   ", "\n"]),
        ("not a list", "just one string"),
        ("duplicate", [{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}]),
        {"id": "mapping", "documents": [SAMPLES[2]]},
        ("good again", [SAMPLES[3]]),
    ]
    for n_jobs in (1, 2):
        results = dict(summarize_many(topics, n_jobs=n_jobs, max_sentences=1))
        assert list(results) == [
            "good",
            "empty",
            "blank",
            "not a list",
            "duplicate",
            "mapping",
            "good again",
        ]
        assert isinstance(results["good"], summarize.Summary)
        assert isinstance(results["empty"], summarize.EmptyInputError)
        assert isinstance(results["blank"], summarize.EmptyInputError)
        assert isinstance(results["not a list"], summarize.InputTypeError)
        assert isinstance(results["duplicate"], summarize.DuplicateIdError)
        assert isinstance(results["mapping"], summarize.Summary)
        assert isinstance(results["good again"], summarize.Summary)


def test_malformed_items_fail_alone_with_their_position_as_id() -> None:
    topics: list[Any] = [
        ("ok", [SAMPLES[0]]),
        ("a", "b", "c"),
        {"documents": [SAMPLES[1]]},
        {"id": "no documents"},
        {"id": "typo", "documents": [SAMPLES[0]], "querry": "x"},
        42,
    ]
    results = list(summarize_many(topics, max_sentences=1))
    assert [ident for ident, _ in results] == ["ok", 1, 2, "no documents", "typo", 5]
    kinds = [type(r).__name__ for _, r in results]
    assert kinds == [
        "Summary",
        "InputTypeError",
        "Summary",
        "InputTypeError",
        "InputTypeError",
        "InputTypeError",
    ]
    assert "'querry'" in str(results[4][1])


def test_an_article_that_does_not_pickle_fails_its_topic_only() -> None:
    unpicklable = lambda: None  # noqa: E731
    topics: list[Any] = [("a", [SAMPLES[0]]), ("b", [unpicklable]), ("c", [SAMPLES[1]])]
    results = dict(summarize_many(topics, n_jobs=2, max_sentences=1))
    assert isinstance(results["a"], summarize.Summary)
    assert isinstance(results["b"], summarize.InputTypeError)
    assert isinstance(results["c"], summarize.Summary)


def test_generators_of_articles_are_read_once_in_the_parent() -> None:
    topics = [(n, (a for a in [SAMPLES[n], SAMPLES[n + 1]])) for n in range(3)]
    results = list(summarize_many(topics, n_jobs=2, max_sentences=1))
    assert [len(r.documents) for _, r in results] == [2, 2, 2]  # type: ignore[union-attr]


def test_input_is_read_only_a_bounded_window_ahead() -> None:
    pulled = 0

    def endless() -> Iterator[tuple[int, list[str]]]:
        nonlocal pulled
        while True:
            pulled += 1
            yield pulled, ["The river rose. The bridge closed at noon."]

    results = summarize_many(endless(), n_jobs=2, max_sentences=1)
    first = [next(results) for _ in range(3)]
    assert [ident for ident, _ in first] == [1, 2, 3]
    per_chunk = CHUNK_COST // TOPIC_COST + 1
    assert pulled <= (WINDOW * 2 + 1) * per_chunk
    results.close()  # type: ignore[attr-defined]


def test_an_error_raised_by_the_input_comes_after_the_topics_before_it() -> None:
    def broken() -> Iterator[tuple[str, list[str]]]:
        yield "first", ["The river rose. The bridge closed."]
        yield "second", ["Rain fell all day. Roads flooded."]
        raise OSError("the disk went away")

    got = []
    with pytest.raises(OSError, match="disk went away"):
        for ident, _ in summarize_many(broken(), n_jobs=2):
            got.append(ident)
    assert got == ["first", "second"]


def _in_a_daemon(queue: Any) -> None:
    results = summarize_many(sample_topics(3), n_jobs=2, max_sentences=1)
    queue.put([(ident, r.text) for ident, r in results])  # type: ignore[union-attr]


def test_inside_a_daemonic_process_it_runs_in_process() -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_in_a_daemon, args=(queue,), daemon=True)
    process.start()
    got = queue.get(timeout=300)
    process.join(timeout=60)
    assert process.exitcode == 0
    expected = [(i, r.text) for i, r in summarize_many(sample_topics(3), max_sentences=1)]  # type: ignore[union-attr]
    assert got == expected


def test_warnings_of_a_topic_are_issued_in_the_caller_before_it_is_yielded() -> None:
    topics = [("fits", ["Rain fell."]), ("too long", ["A sentence far longer than the budget."])]
    for n_jobs in (1, 2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            results = summarize_many(topics, n_jobs=n_jobs, max_chars=20)
            next(results)
            before = len(caught)
            next(results)
        assert before == 0
        assert [w.category for w in caught[before:]] == [summarize.SummarizeWarning]
        assert "budget" in str(caught[-1].message)
        # Among many topics, the warning says which one (it did not before).
        assert str(caught[-1].message).startswith("Topic 'too long': No sentence fits")


def test_frame_warnings_name_their_topic() -> None:
    table = article_table()
    extra = pd.DataFrame({"topic": ["t00"], "id": ["zz"], "text": ["   "], "title": [None]})
    with pytest.warns(summarize.SummarizeWarning, match=r"^Topic 't00': Article 'zz' is empty"):
        summarize_frame(pd.concat([table, extra]), title="title", **SETTINGS)


def test_a_topic_query_is_passed_on_or_refused() -> None:
    topic = {"id": "q", "documents": [SAMPLES[0], SAMPLES[1]], "query": "harbor"}
    [(ident, result)] = list(summarize_many([topic], max_sentences=1))
    assert ident == "q"
    if "query" in Summarizer.summarize.__code__.co_varnames:
        assert isinstance(result, summarize.Summary)
    else:
        assert isinstance(result, summarize.InvalidParameterError)
        assert "query" in str(result)


def test_results_pickle() -> None:
    [(_, result)] = list(summarize_many([("t", SAMPLES)], n_jobs=2))
    assert pickle.loads(pickle.dumps(result)).to_dict() == result.to_dict()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"n_jobs": 0}, "'n_jobs' parameter of summarize_many"),
        ({"n_jobs": 1.5}, "'n_jobs' parameter of summarize_many"),
        ({"n_jobs": True}, "'n_jobs' parameter of summarize_many"),
        ({"progress": "yes"}, "'progress' parameter of summarize_many"),
        ({"max_words": 0}, "'max_words' parameter of Summarizer"),
        ({"max_wrods": 10}, "max_wrods"),
        ({"summarizer": Summarizer(), "max_words": 10}, "not both"),
        ({"summarizer": "lexrank"}, "'summarizer' parameter of summarize_many"),
    ],
)
def test_bad_parameters_raise_before_any_topic_is_read(
    options: dict[str, Any], match: str
) -> None:
    def never() -> Iterator[Any]:
        raise AssertionError("read")
        yield

    with pytest.raises(summarize.InvalidParameterError, match=match):
        summarize_many(never(), **options)


def test_what_is_not_an_iterable_of_topics_is_refused_before_any_topic() -> None:
    # Before: a dict gave one "must be a pair" error per key, a DataFrame one per column
    # name, a groupby one per group, and None a bare TypeError.
    table = article_table()
    cases = [
        ({"storm": ["Rain fell."]}, r"not a mapping .* pass topics.items\(\)"),
        ({"id": "storm", "documents": ["Rain fell."]}, "a single topic .* wrap it in a list"),
        (table, "not a DataFrame; for a table .* summarize.summarize_frame"),
        (table.groupby("topic"), "not a DataFrame's groupby; .* summarize.summarize_frame"),
        ("storm", "Got str instead"),
        (None, "Got NoneType instead"),
    ]
    for topics, message in cases:
        with pytest.raises(summarize.InputTypeError, match=message):
            summarize_many(topics)  # type: ignore[arg-type]
    [(ident, result)] = summarize_many({"storm": ["Rain fell. The river rose."]}.items())
    assert ident == "storm" and isinstance(result, summarize.Summary)


def test_progress_bar_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    list(summarize_many(sample_topics(3), progress=True, max_sentences=1))
    err = capsys.readouterr().err
    assert "3/3" in err and "topic" in err


@pytest.mark.parametrize(
    ("hidden", "call", "extra"),
    [
        (
            ["tqdm", "tqdm.auto"],
            lambda: list(summarize_many(sample_topics(1), progress=True)),
            "tqdm",
        ),
        (["pandas"], lambda: summarize_frame([{"text": "The river rose."}]), "summarize[pandas]"),
    ],
)
def test_a_missing_optional_package_is_named_with_its_install_line(
    monkeypatch: pytest.MonkeyPatch, hidden: list[str], call: Any, extra: str
) -> None:
    for name in hidden:  # None in sys.modules makes the import fail
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(summarize.MissingDependencyError, match=re.escape(extra)) as caught:
        call()
    assert isinstance(caught.value, ImportError)  # older code catching ImportError still works


# -- summarize() refuses a table --------------------------------------------------------------


def test_summarize_refuses_a_dataframe_and_points_to_summarize_frame() -> None:
    table = pd.DataFrame({"text": ["The river rose.", "Rain fell."]})
    with pytest.raises(summarize.InputTypeError, match="summarize_frame"):
        summarize.summarize(table)
    with pytest.raises(summarize.InputTypeError, match="summarize_frame"):
        Summarizer().summarize(table)


# -- summarize_frame ---------------------------------------------------------------------------


def test_frame_rows_are_the_serial_loop_rows() -> None:
    table = article_table()
    got = summarize_frame(table, title="title", **SETTINGS)
    pd.testing.assert_frame_equal(
        sorted_rows(got), sorted_rows(serial_rows(table)), check_exact=True
    )


def test_frame_schema_and_order() -> None:
    table = article_table()
    got = summarize_frame(table, **SETTINGS)
    assert list(got.columns) == list(SCHEMA)
    assert got.dtypes.to_dict() == empty_frame().dtypes.to_dict()
    assert str(got["topic"].dtype) == "string" and str(got["start"].dtype) == "int64"
    assert all(isinstance(value, list) for value in got["supporting"])
    # topics in order of first appearance, each topic's rows together, in rank order
    assert list(dict.fromkeys(got["topic"])) == list(dict.fromkeys(table["topic"]))
    for _, group in got.groupby("topic", sort=False):
        assert group["rank"].tolist() == list(range(1, len(group) + 1))
    texts = {(t, i): x for t, i, x in zip(table["topic"], table["id"], table["text"], strict=True)}
    for row in got.itertuples():
        assert texts[(row.topic, row.document_id)][row.start : row.end] == row.text


def test_frame_n_jobs_runs_the_topics_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: n_jobs went to each topic's sentence splitting, so a table of many small
    # topics ran one at a time and started a pool per topic (6 times slower than serial
    # on 2,000 topics). Now the topics are spread over the workers, as in summarize_many.
    from concurrent.futures import ThreadPoolExecutor

    import summarize.batch

    started: list[int] = []

    def executor(workers: int) -> ThreadPoolExecutor:
        started.append(workers)
        return ThreadPoolExecutor(workers)

    monkeypatch.setattr(summarize.batch, "_loky_executor", executor)
    table = article_table(with_failure=True)
    got = summarize_frame(table, n_jobs=2, errors="skip", **SETTINGS)
    assert started and set(started) == {2}
    pd.testing.assert_frame_equal(
        got, summarize_frame(table, errors="skip", **SETTINGS), check_exact=True
    )
    with pytest.raises(summarize.EmptyInputError, match="Topic 'empty'"):
        summarize_frame(table, n_jobs=2, **SETTINGS)
    with pytest.raises(summarize.InvalidParameterError, match="'n_jobs' parameter of summarize_f"):
        summarize_frame(table, n_jobs=0)
    # n_jobs=1 still means no other process at all, as Summarizer(n_jobs=1) did.
    seen: list[object] = []
    summarize_one = Summarizer.summarize

    def spy(self: Summarizer, articles: Any, *, query: Any = None) -> summarize.Summary:
        seen.append(self.n_jobs)
        return summarize_one(self, articles, query=query)

    monkeypatch.setattr(Summarizer, "summarize", spy)
    summarize_frame(table, n_jobs=1, errors="skip", **SETTINGS)
    assert seen and set(seen) == {1}


def test_frame_result_does_not_depend_on_row_order() -> None:
    table = article_table()
    shuffled = table.sample(frac=1.0, random_state=3)
    pd.testing.assert_frame_equal(
        sorted_rows(summarize_frame(shuffled, **SETTINGS)),
        sorted_rows(summarize_frame(table, **SETTINGS)),
        check_exact=True,
    )


def test_frame_other_column_names_and_non_string_values() -> None:
    table = pd.DataFrame(
        {
            "story": [7, 7, 8],
            "article": [2, 1, 1],
            "body": [SAMPLES[0].text, SAMPLES[1].text, SAMPLES[2].text],
        }
    )
    got = summarize_frame(table, topic="story", id="article", text="body", max_sentences=1)
    assert got["topic"].tolist() == ["7", "8"]
    assert set(got["document_id"]) <= {"1", "2"}


def test_frame_errors_raise_with_the_topic_or_skip() -> None:
    table = article_table(with_failure=True)
    with pytest.raises(summarize.EmptyInputError, match="Topic 'empty'"):
        summarize_frame(table, **SETTINGS)
    got = summarize_frame(table, errors="skip", **SETTINGS)
    assert set(got["topic"]) == set(table["topic"]) - {"empty"}
    with pytest.raises(summarize.InvalidParameterError, match="'errors'"):
        summarize_frame(table, errors="ignore")  # type: ignore[arg-type]


def test_frame_missing_column_names_the_parameter() -> None:
    table = article_table()
    with pytest.raises(summarize.InvalidInputError, match="'title' parameter .* 'headline'"):
        summarize_frame(table, title="headline")
    # Before: nothing said that the column had become the index (set_index("topic")).
    with pytest.raises(summarize.InvalidInputError, match=r"name of the index: df.reset_index"):
        summarize_frame(table.set_index("topic"))


def test_frame_query_column_must_agree_within_a_topic() -> None:
    table = article_table()
    table["question"] = "what happened?"
    table.loc[table.index[0], "question"] = "something else?"
    got = summarize_frame(table, query="question", errors="skip", **SETTINGS)
    first = table["topic"].iloc[0]
    assert first not in set(got["topic"])
    with pytest.raises(summarize.InvalidInputError, match="different queries"):
        summarize_frame(table[table["topic"] == first], query="question")


def _three_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "topic": ["flood", "flood", "fire"],
            "id": ["a", "b", "c"],
            "text": [
                "The river rose. Rain fell all night.",
                "The river rose fast after rain.",
                "A fire broke out. Crews came.",
            ],
        }
    )


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA])
def test_frame_missing_topic_id_or_text_is_a_clear_error(missing: object) -> None:
    # Before: rows without a topic were summarised together as one topic "nan" (unrelated
    # articles merged), an article without an id was cited as "nan", and a missing text
    # raised "The 'text' of Document 'b' must be a str. Got float instead."
    table = _three_rows().astype(object)
    table.loc[1, "topic"] = missing
    table.loc[2, "topic"] = missing
    with pytest.raises(
        summarize.InvalidInputError, match=r"2 article\(s\) have no topic .* 'b', 'c'"
    ):
        summarize_frame(table)
    assert summarize_frame(table, errors="skip")["topic"].tolist() == ["flood"]
    table = _three_rows().astype(object)
    table.loc[1, "id"] = missing
    with pytest.raises(
        summarize.InvalidInputError, match="Topic 'flood': The article in row 1 has no id"
    ):
        summarize_frame(table)
    table = _three_rows().astype(object)
    table.loc[1, "text"] = missing
    with pytest.raises(
        summarize.InvalidInputError, match=r"Article 'b' has no text \(a missing value"
    ):
        summarize_frame(table)
    assert set(summarize_frame(table, errors="skip")["topic"]) == {"fire"}


def test_frame_ids_of_several_types_are_ordered_by_their_strings() -> None:
    # Before: TypeError: '<' not supported between instances of 'int' and 'str'.
    table = _three_rows().astype(object)
    table["topic"] = "flood"
    table["id"] = [2, "b", 10]
    got = summarize_frame(table, max_sentences=3)
    assert set(got["document_id"]) <= {"2", "b", "10"} and len(got) >= 1
    reordered = table.iloc[[2, 0, 1]]
    pd.testing.assert_frame_equal(got, summarize_frame(reordered, max_sentences=3))


def test_frame_needs_a_pandas_dataframe() -> None:
    # Before: AttributeError ('list' object has no attribute 'columns'), KeyError for Dask.
    table = _three_rows()
    for wrong in (table.to_dict("records"), table["text"]):
        with pytest.raises(summarize.InputTypeError, match="takes a DataFrame with one row per"):
            summarize_frame(wrong)  # type: ignore[arg-type]
    dd = pytest.importorskip("dask.dataframe")
    with pytest.raises(summarize.InputTypeError, match="use summarize.dask.summarize_frame"):
        summarize_frame(dd.from_pandas(table, npartitions=1))
    import summarize.dask as on_dask

    with pytest.raises(summarize.InputTypeError, match="use summarize.summarize_frame"):
        on_dask.summarize_frame(table)


def test_empty_table_gives_an_empty_table_in_the_schema() -> None:
    table = article_table().iloc[:0]
    got = summarize_frame(table)
    assert len(got) == 0
    assert got.dtypes.to_dict() == empty_frame().dtypes.to_dict()


def test_conform_needs_the_schema_columns() -> None:
    with pytest.raises(summarize.InvalidInputError, match="'supporting'"):
        conform(pd.DataFrame({name: [] for name in list(SCHEMA)[:-1]}))


# -- the command line ------------------------------------------------------------------------


def test_cli_jobs_keeps_input_order_and_reports_failures_with_line_and_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = []
    for n, (ident, articles) in enumerate(sample_topics(12, seed=5)):
        documents = [{"id": a.id, "text": a.text} for a in articles]
        lines.append(json.dumps({"id": ident, "documents": [] if n == 4 else documents}))
    lines.insert(7, "{not json")
    path = tmp_path / "topics.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        status = cli.main(["--jsonl", str(path), "--jobs", jobs, "-f", "json", "-q"])
        out, err = capsys.readouterr()
        assert status == 1
        # The settings record the processes asked for; everything else must be identical.
        records = [json.loads(line) for line in out.splitlines()]
        for record in records:
            record["summary"]["settings"].pop("n_jobs")
        outputs[jobs] = records
        ids = [record["id"] for record in records]
        assert ids == [f"topic-{n}" for n in range(12) if n != 4]
        errors = err.splitlines()
        assert errors[0].startswith("summarize: error: topic 'topic-4': ")
        assert errors[0].endswith("(line 5)")
        assert errors[1].startswith("summarize: error: topic 'line-8': line 8 is not valid JSON")
        assert errors[2] == "summarize: error: 2 of 13 topics failed: topic-4, line-8"
    assert outputs["1"] == outputs["2"]


def test_cli_jobs_must_be_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "topics.jsonl"
    path.write_text(json.dumps({"id": "t", "documents": ["Rain fell."]}) + "\n", encoding="utf-8")
    assert cli.main(["--jsonl", str(path), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err
    # On one topic, --jobs is the processes that split its articles into sentences.
    assert cli.main(["--samples", "--jobs", "2", "-q"]) == 0


class _KillsItsWorker:
    """An article whose unpickling ends the process that receives it."""

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        import os

        return os._exit, (3,)


def test_a_topic_that_kills_its_worker_fails_alone() -> None:
    topics: list[Any] = [(n, [SAMPLES[n % 4]]) for n in range(6)]
    topics.insert(3, ("killer", [_KillsItsWorker()]))
    results = list(summarize_many(topics, n_jobs=2, max_sentences=1))
    assert [ident for ident, _ in results] == [0, 1, 2, "killer", 3, 4, 5]
    for ident, result in results:
        if ident == "killer":
            assert isinstance(result, summarize.SummarizeError)
            assert "died" in str(result)
        else:
            assert isinstance(result, summarize.Summary)


def test_frame_takes_a_summarizer_as_summarize_many_does() -> None:
    # Before: summarize_frame(df, summarizer=...) was "Unknown setting 'summarizer'".
    table = article_table()
    given = summarize_frame(table, summarizer=Summarizer(**SETTINGS))
    pd.testing.assert_frame_equal(given, summarize_frame(table, **SETTINGS), check_exact=True)
    with pytest.raises(summarize.InvalidParameterError, match="a 'summarizer' or settings"):
        summarize_frame(table, summarizer=Summarizer(), max_sentences=1)
    with pytest.raises(summarize.InvalidParameterError, match="'summarizer' parameter"):
        summarize_frame(table, summarizer="coverage")  # type: ignore[arg-type]
    dd = pytest.importorskip("dask.dataframe")
    import summarize.dask as on_dask

    rows = on_dask.summarize_frame(
        dd.from_pandas(table, npartitions=2), summarizer=Summarizer(**SETTINGS)
    ).compute(scheduler="sync")
    assert sorted_rows(rows).equals(sorted_rows(given))
