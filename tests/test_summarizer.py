"""The public API: settings, invariants, errors, determinism."""

from __future__ import annotations

import dataclasses
import gc
import json
import warnings

import pytest

import summarize
from summarize import Summarizer

ARTICLES = [
    "Flood Warning Issued\n\nHeavy rain flooded the river valley on Sunday. "
    "Officials closed three bridges. Dr. Mara Lind, the city engineer, said the water would fall by Wednesday.",
    "The river valley flooded on Sunday after heavy rain. Three bridges were closed by officials. "
    "Farmers moved cattle to higher ground.",
    "Schools in the valley stayed open on Monday. Heavy rain flooded the valley on Sunday, the weather office said. "
    "Volunteers filled sandbags at the fire station.",
]


def check_provenance(articles: list[str], sentences) -> None:  # type: ignore[no-untyped-def]
    for s in sentences:
        assert articles[s.document_index][s.start : s.end] == s.text
        assert s.document_id == str(s.document_index)


def test_summary_sentences_have_exact_provenance() -> None:
    summary = summarize.summarize(ARTICLES, max_words=40)
    assert summary.sentences
    check_provenance(ARTICLES, summary.sentences)
    assert [s.rank for s in summary.sentences] == list(range(1, len(summary) + 1))
    assert summary.text == " ".join(s.text for s in summary.sentences)


def test_rank_returns_every_candidate_with_provenance() -> None:
    ranked = Summarizer().rank(ARTICLES)
    check_provenance(ARTICLES, ranked)
    candidates = [
        (i, s.start)
        for i, a in enumerate(ARTICLES)
        for s in summarize.split_sentences(a)
        if s.is_candidate
    ]
    assert sorted((s.document_index, s.start) for s in ranked) == sorted(candidates)
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True)
    assert [s.rank for s in ranked] == list(range(1, len(ranked) + 1))
    assert sum(scores) == pytest.approx(len(scores))


def test_sentence_index_matches_split_sentences() -> None:
    for s in Summarizer().rank(ARTICLES):
        piece = summarize.split_sentences(ARTICLES[s.document_index])[s.sentence_index]
        assert (piece.start, piece.end, piece.text) == (s.start, s.end, s.text)


def test_the_headline_becomes_the_title_and_is_never_a_candidate() -> None:
    summary = summarize.summarize(ARTICLES)
    assert summary.documents[0].title == "Flood Warning Issued"
    assert summary.documents[1].title is None
    assert all(s.text != "Flood Warning Issued" for s in Summarizer().rank(ARTICLES))
    given = summarize.summarize([summarize.Document(id="x", text=ARTICLES[0], title="Mine")])
    assert given.documents[0].title == "Mine"


@pytest.mark.parametrize(
    ("budget", "check"),
    [
        ({"max_sentences": 2}, lambda s: len(s.sentences) == 2),
        ({"max_words": 25}, lambda s: sum(len(x.text.split()) for x in s.sentences) <= 25),
        ({"max_chars": 120}, lambda s: len(s.text) <= 120),
        ({"max_words": 30, "max_sentences": 1}, lambda s: len(s.sentences) == 1),
    ],
)
def test_budget_is_never_exceeded(budget, check) -> None:  # type: ignore[no-untyped-def]
    summary = summarize.summarize(ARTICLES, **budget)
    assert summary.sentences and check(summary)


def test_default_budget_is_100_words() -> None:
    assert Summarizer().budget.max_words == 100
    assert Summarizer(max_sentences=3).budget.max_words is None


def test_no_two_chosen_sentences_are_near_duplicates() -> None:
    from summarize.features import tfidf_matrix

    summary = summarize.summarize(ARTICLES, max_sentences=10)
    X = tfidf_matrix([s.text for s in Summarizer().rank(ARTICLES)])
    ranked = [s.text for s in Summarizer().rank(ARTICLES)]
    rows = [ranked.index(s.text) for s in summary.sentences]
    similarity = (X[rows] @ X[rows].T).toarray()
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            assert similarity[i, j] < Summarizer().selector.duplicate_threshold  # type: ignore[attr-defined]


def test_supporting_names_the_other_outlets() -> None:
    summary = summarize.summarize(ARTICLES, max_sentences=1)
    first = summary.sentences[0]
    assert "flood" in first.text.lower()
    assert set(first.supporting) == {"0", "1", "2"} - {first.document_id}


def test_source_order() -> None:
    ranked = summarize.summarize(ARTICLES, max_sentences=4)
    source = summarize.summarize(ARTICLES, max_sentences=4, order="source")
    assert sorted(ranked.sentences, key=lambda s: (s.document_index, s.start)) == list(
        source.sentences
    )
    assert {s.rank for s in source.sentences} == {1, 2, 3, 4}


def test_deterministic() -> None:
    first = summarize.summarize(ARTICLES, max_words=50).to_dict()
    assert all(summarize.summarize(ARTICLES, max_words=50).to_dict() == first for _ in range(3))


def test_to_dict_and_json_round_trip() -> None:
    summary = summarize.summarize(ARTICLES, max_sentences=2)
    data = json.loads(summary.to_json())
    assert data == summary.to_dict()
    assert set(data) == {
        "schema_version",
        "text",
        "sentences",
        "documents",
        "settings",
        "disagreements",
    }
    assert set(data["sentences"][0]) == {
        "text",
        "document_id",
        "document_index",
        "sentence_index",
        "start",
        "end",
        "score",
        "rank",
        "supporting",
        "support",
    }
    assert data["settings"]["max_sentences"] == 2
    assert "text" not in data["documents"][0]
    assert summary.to_dict(include_text=True)["documents"][0]["text"] == ARTICLES[0]


def test_results_are_immutable() -> None:
    summary = summarize.summarize(ARTICLES)
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.sentences[0].text = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Summarizer().max_words = 3  # type: ignore[misc]


def test_replace_derives_new_settings() -> None:
    base = Summarizer(max_words=50)
    assert dataclasses.replace(base, order="source").max_words == 50
    with pytest.raises(summarize.InvalidParameterError):
        dataclasses.replace(base, order="sideways")


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (
            {"max_words": 0},
            "The 'max_words' parameter of Summarizer must be a whole number of at least 1, or None. Got 0 instead.",
        ),
        (
            {"max_sentences": -2},
            "'max_sentences' parameter of Summarizer must be a whole number of at least 1",
        ),
        (
            {"max_chars": 10.5},
            "'max_chars' parameter of Summarizer must be a whole number of at least 1",
        ),
        ({"max_words": True}, "Got True instead"),
        (
            {"order": "best"},
            "The 'order' parameter of Summarizer must be one of 'rank', 'source'. Got 'best'",
        ),
        (
            {"language": "klingon"},
            "The 'language' parameter of Summarizer must be 'auto' or one of",
        ),
        ({"scorer": "klingon"}, "The 'scorer' parameter of Summarizer must be a Scorer or one of"),
        ({"selector": 3}, "The 'selector' parameter of Summarizer must be a Selector"),
        (
            {"n_jobs": 0},
            "The 'n_jobs' parameter of Summarizer must be a whole number of at least 1, -1",
        ),
        (
            {"encoding": "no-such-codec"},
            "The 'encoding' parameter of Summarizer must be a text encoding",
        ),
    ],
)
def test_bad_settings_raise_at_construction(setting, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(summarize.InvalidParameterError) as caught:
        Summarizer(**setting)
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(summarize.InvalidParameterError):
        summarize.summarize(ARTICLES, **setting)


def test_settings_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Summarizer(100)  # type: ignore[misc]
    with pytest.raises(TypeError):
        summarize.summarize(ARTICLES, 100)  # type: ignore[misc]


def test_an_unknown_setting_is_refused() -> None:
    with pytest.raises(summarize.InvalidParameterError, match="Unknown setting 'max_word'"):
        summarize.summarize(ARTICLES, max_word=10)
    with pytest.raises(summarize.InvalidParameterError, match="scorer=summarize.scorers.Coverage"):
        summarize.summarize(ARTICLES, concept_power=2)


@pytest.mark.parametrize(
    ("method", "setting", "message"),
    [
        (
            summarize.scorers.Coverage,
            {"damping": 1.0},
            "'damping' parameter of Coverage must be a number in [0, 1)",
        ),
        (
            summarize.scorers.Coverage,
            {"concept_power": 1000},
            "'concept_power' parameter of Coverage must be a number in [0, 10]",
        ),
        (
            summarize.selectors.Greedy,
            {"diversity": 1.5},
            "The 'diversity' parameter of Greedy must be a number in [0, 1]. Got 1.5 instead.",
        ),
        (
            summarize.selectors.Greedy,
            {"duplicate_threshold": 0},
            "'duplicate_threshold' parameter of Greedy must be a number in (0, 1]",
        ),
        (summarize.selectors.Greedy, {"duplicate_threshold": "high"}, "Got 'high' instead"),
    ],
)
def test_methods_validate_their_own_settings(method, setting, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(summarize.InvalidParameterError) as caught:
        method(**setting)
    assert message in str(caught.value)


def test_articles_without_a_usable_sentence_are_skipped_with_a_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summary = summarize.summarize([ARTICLES[0], "Back To Top", ""])
    messages = [
        str(w.message) for w in caught if issubclass(w.category, summarize.SummarizeWarning)
    ]
    assert messages == [
        "Article '1' has no usable sentence; it is skipped.",
        "Article '2' is empty; it is skipped.",
    ]
    assert {s.document_index for s in summary.sentences} == {0}


def test_no_usable_sentence_anywhere() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", summarize.SummarizeWarning)
        with pytest.raises(
            summarize.EmptyInputError, match="None of the 2 articles has a sentence"
        ):
            summarize.summarize(["Just A Headline", "Back To Top"])


def test_nothing_fits_the_budget_warns_and_returns_an_empty_summary() -> None:
    with pytest.warns(summarize.SummarizeWarning, match="No sentence fits the budget"):
        summary = summarize.summarize(["A rather long sentence about floods here."], max_words=2)
    assert summary.sentences == () and summary.text == ""


def test_all_errors_derive_from_summarize_error() -> None:
    for bad in ([], [""], [3], "text", [{"id": "a", "text": "x."}, {"id": "a", "text": "y."}]):
        with pytest.raises(summarize.SummarizeError):
            summarize.summarize(bad)  # type: ignore[arg-type]


def test_bytes_articles() -> None:
    summary = summarize.summarize([a.encode("utf-8") for a in ARTICLES], max_sentences=1)
    assert summary.sentences[0].text in ARTICLES[summary.sentences[0].document_index]
    latin = summarize.summarize(
        ["Café owners met on Monday.".encode("latin-1")], encoding="latin-1"
    )
    assert latin.text == "Café owners met on Monday."


def test_other_languages() -> None:
    articles = [
        "Die Regierung beschloss am Montag ein neues Gesetz. Die Opposition kritisierte den Plan.",
        "Am Montag beschloss die Regierung das Gesetz. Viele Bürger protestierten.",
    ]
    summary = summarize.summarize(articles, max_sentences=1, language="german")
    assert "Gesetz" in summary.text
    assert (
        "english" in summarize.available_languages()
        and "german" in summarize.available_languages()
    )


def test_a_call_leaves_no_reference_cycles() -> None:
    # The cyclic garbage collector is paused during a call, which is safe only
    # because reference counting frees everything the call allocates.
    articles = summarize.sample_articles()
    summarize.summarize(articles)  # one-off set-up: caches, imports
    gc.collect()
    summarize.summarize(articles)
    Summarizer().rank(articles)
    assert gc.collect() == 0


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_the_caller_had_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        summarize.summarize(summarize.sample_articles())
        assert gc.isenabled() is enabled
        with pytest.raises(summarize.exceptions.EmptyInputError):
            Summarizer().rank(["", "   "])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_everything_a_user_holds_pickles_and_runs_in_a_process_pool() -> None:
    """Summarizer, its methods, documents and summaries cross a process boundary intact."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    summarizer = Summarizer(
        max_sentences=3,
        scorer=summarize.scorers.Coverage(position_weight=0.1),
        selector=summarize.selectors.Greedy(duplicate_threshold=0.4),
    )
    for thing in (
        summarizer,
        summarizer.scorer,
        summarizer.selector,
        summarize.Document("a", "b"),
    ):
        assert pickle.loads(pickle.dumps(thing)) == thing
    topics = [ARTICLES, summarize.sample_articles()]
    here = [summarizer.summarize(topic) for topic in topics]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        there = list(pool.map(summarizer.summarize, topics))
    assert there == here
    assert pickle.loads(pickle.dumps(here[1])) == here[1]


def test_warnings_point_at_the_callers_line() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summarize.summarize([ARTICLES[0], ""])  # the line a warning must name
    [warning] = [w for w in caught if issubclass(w.category, summarize.SummarizeWarning)]
    assert warning.filename == __file__
    assert (
        "the line a warning must name"
        in open(__file__, encoding="utf-8").read().splitlines()[warning.lineno - 1]
    )


def test_the_collector_pause_is_shared_by_concurrent_calls() -> None:
    """One thread's call ending never turns the collector back on under another's."""
    import gc
    import threading

    from summarize import pipeline

    seen_enabled: list[bool] = []
    inside = threading.Barrier(2)
    release = threading.Event()

    def long_call() -> None:
        with pipeline._collector_paused():
            inside.wait()
            release.wait()
            seen_enabled.append(gc.isenabled())

    assert gc.isenabled()
    thread = threading.Thread(target=long_call)
    thread.start()
    with pipeline._collector_paused():
        inside.wait()
    # The short call has ended; the long one still runs: the collector stays off.
    assert not gc.isenabled()
    release.set()
    thread.join()
    assert seen_enabled == [False] and gc.isenabled()


def test_the_report_never_splits_the_articles_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from summarize.outputs import html as report

    summary = summarize.summarize(summarize.sample_articles(), max_sentences=2)

    def split_again(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the report split an article again")

    monkeypatch.setattr(report, "split_sentences", split_again)
    page = summarize.render_html(summary)
    s = summary.sentences[0]
    assert f'id="doc-{s.document_index}-s-{s.sentence_index}"' in page
