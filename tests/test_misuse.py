"""A user's mistakes and odd input get the library's own errors, and its outputs stay writable.

Each case came from a black-box review of the public API and the command line
(session 28): before it, each raised a bare Python exception, looped forever, or
wrote a file that could not be saved.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

import summarize
from summarize import languages
from summarize.cli import main
from summarize.documents import looks_like_html, looks_misdecoded
from summarize.exceptions import (
    InputTypeError,
    InvalidInputError,
    InvalidParameterError,
    UnknownSettingError,
)
from summarize.io.files import read_json_articles
from summarize.outputs import utf16_offsets
from summarize.scorers import Coverage, Scores
from summarize.selectors import ILP, Greedy

ARTICLES = [
    "The river rose two metres overnight. Schools closed in the valley on Monday.",
    "Schools closed as the river rose two metres. The mayor asked residents to stay home.",
]
LONE = "The river rose \ud800 overnight. Schools closed in the valley on Monday."


# -- outputs that can always be saved --------------------------------------------------------


def test_every_output_of_a_text_with_a_lone_surrogate_encodes() -> None:
    summary = summarize.summarize([LONE, ARTICLES[1]], max_words=40)
    assert any("\ud800" in s.text for s in summary.sentences)  # the summary keeps the text
    for output in (str(summary), summary.to_markdown(), summarize.render_html(summary)):
        output.encode("utf-8")  # no UnicodeEncodeError
        assert "\\ud800" in output
    assert json.loads(summary.to_json())["sentences"]


def test_the_html_report_shows_what_html_may_not_hold_as_escapes() -> None:
    text = "The river rose\x00 two metres overnight.\x07 Schools closed \ufffe on Monday."
    page = summarize.render_html(summarize.summarize([text, ARTICLES[1]], max_words=40))
    assert not any(c in page for c in "\x00\x07\ufffe")
    assert "\\x00" in page and "\\ufffe" in page


def test_cli_writes_a_page_of_a_text_with_a_lone_surrogate(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"text": LONE}), encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLES[1], encoding="utf-8")
    report = tmp_path / "report.html"
    for fmt in ("html", "text", "markdown"):
        code = main(
            [str(tmp_path / "a.json"), str(tmp_path / "b.txt"), "-f", fmt, "-o", str(report)]
        )
        assert code == 0
        assert "\\ud800" in report.read_text(encoding="utf-8")


# -- JSON that Python cannot read as it is -----------------------------------------------------


def test_a_json_integer_of_too_many_digits_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "9" * 5000
    article = tmp_path / "a.json"
    article.write_text(f'{{"text": "Rain fell.", "metadata": {{"n": {huge}}}}}', encoding="utf-8")
    assert main([str(article), "--quiet"]) == 2
    assert "cannot be read" in capsys.readouterr().err
    with pytest.raises(InvalidInputError, match="cannot be read"):
        read_json_articles(article)
    topics = tmp_path / "topics.jsonl"
    lines = [
        json.dumps({"id": "first", "documents": ARTICLES}),
        f'{{"id": "second", "documents": ["Rain fell."], "n": {huge}}}',
        json.dumps({"id": "third", "documents": ARTICLES}),
    ]
    topics.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--jsonl", str(topics), "--quiet"]) == 1  # that topic fails, the others run
    out = capsys.readouterr().out
    assert "== first ==" in out and "== third ==" in out


def test_metadata_holding_an_integer_json_cannot_write_is_refused() -> None:
    with pytest.raises(InputTypeError, match="integer of"):
        summarize.Document(id="a", text="Rain fell.", metadata={"n": 10**5000})
    assert summarize.Document(id="a", text="Rain fell.", metadata={"n": 10**100}).metadata


# -- methods of one's own, and methods given wrongly -------------------------------------------


@dataclass(frozen=True)
class _Fixed:
    """A scorer of one's own that returns the values it was made with."""

    values: tuple[float, ...] | None = None
    name: ClassVar[str] = "fixed"

    def score(self, candidates: object, features: object) -> Scores:
        n = len(candidates)  # type: ignore[arg-type]
        values = self.values if self.values is not None else tuple(range(n))
        return Scores(np.array(values, dtype=float))


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_a_scorer_of_ones_own_returning_no_number_is_refused(value: float) -> None:
    n = len(summarize.Summarizer().rank(ARTICLES))
    scorer = _Fixed(tuple([1.0] * (n - 1) + [value]))
    with pytest.raises(InvalidParameterError, match="'fixed' returned values that are not all"):
        summarize.summarize(ARTICLES, scorer=scorer)


def test_a_scorer_of_ones_own_returning_a_value_too_many_is_refused() -> None:
    n = len(summarize.Summarizer().rank(ARTICLES))
    with pytest.raises(InvalidParameterError, match=f"{n} candidates need one number each"):
        summarize.summarize(ARTICLES, scorer=_Fixed(tuple([1.0] * (n + 1))))


@dataclass(frozen=True)
class _Picks:
    """A selector of one's own that returns the indices it was made with."""

    picks: object = ()
    name: ClassVar[str] = "picks"

    def select(
        self, candidates: object, features: object, scores: object, budget: object
    ) -> object:
        return self.picks


@pytest.mark.parametrize(
    ("picks", "match"),
    [
        ([0, 0], "a candidate twice"),
        ([-1], "the index -1"),
        ([10_000], "the index 10000"),
        (None, "not a list of candidate indices"),
        (list(range(4)), "more than the budget"),
    ],
)
def test_a_selector_of_ones_own_is_held_to_the_budget_and_the_candidates(
    picks: object, match: str
) -> None:
    with pytest.raises(InvalidParameterError, match=match):
        summarize.summarize(ARTICLES, selector=_Picks(picks), max_sentences=2)


def test_a_selector_of_ones_own_may_return_an_array() -> None:
    summary = summarize.summarize(ARTICLES, selector=_Picks(np.array([1, 0])), max_sentences=2)
    assert len(summary.sentences) == 2


@pytest.mark.parametrize(("setting", "method"), [("scorer", Coverage), ("selector", Greedy)])
def test_a_method_s_class_instead_of_an_object_is_refused_at_once(
    setting: str, method: type
) -> None:
    with pytest.raises(InvalidParameterError, match=rf"pass an instance: {method.__name__}\(\)"):
        summarize.Summarizer(**{setting: method})


def test_ilp_uses_short_sentences_only_when_no_longer_one_fits() -> None:
    # Every sentence is under ILP's 8 words: the greedy rule chooses among them all.
    short = ["The river rose fast. Schools closed early.", "The river rose. Schools closed."]
    assert summarize.summarize(short, selector=ILP(), max_sentences=1).sentences
    assert "greedy rule chooses among all" in " ".join((ILP.__doc__ or "").split())


# -- misspelt settings and arguments of the wrong type -----------------------------------------


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda: summarize.Summarizer(max_word=10), "max_word"),
        (lambda: Coverage(concept_powr=2.0), "concept_powr"),
        (lambda: Greedy(diversty=0.5), "diversty"),
        (lambda: ILP(time_limt=1.0), "time_limt"),
        (lambda: summarize.Document(id="a", text="Rain fell.", titel="T"), "titel"),
    ],
)
def test_a_misspelt_setting_is_the_library_s_error(make: object, name: str) -> None:
    with pytest.raises(UnknownSettingError, match=f"no parameter '{name}'") as caught:
        make()  # type: ignore[operator]
    assert isinstance(caught.value, TypeError)  # what Python raises for an unknown keyword
    assert isinstance(caught.value, summarize.SummarizeError)


def test_settings_still_replace_and_pickle() -> None:
    import dataclasses
    import pickle

    summarizer = dataclasses.replace(summarize.Summarizer(), max_words=50)
    assert pickle.loads(pickle.dumps(summarizer)) == summarizer
    assert dataclasses.replace(Coverage(), concept_power=2.0).concept_power == 2.0


@pytest.mark.parametrize(
    "call",
    [
        lambda: summarize.html_document(b"<p>Rain fell.</p>", id="x"),
        lambda: summarize.html_document(None, id="x"),
        lambda: summarize.split_sentences(None),
        lambda: summarize.split_sentences(b"Rain fell."),
        lambda: summarize.read_folder(None),
        lambda: summarize.read_article(None),
        lambda: summarize.render_html("not a summary"),
        lambda: languages.detect(None),
        lambda: languages.detect(b"Der Fluss stieg."),
        lambda: utf16_offsets(None, 0, 1),
        lambda: looks_like_html(None),
        lambda: looks_misdecoded(None),
    ],
)
def test_a_public_function_given_the_wrong_type_says_so(call: object) -> None:
    with pytest.raises(InputTypeError):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    "columns",
    [{"topic": None}, {"id": None}, {"text": None}, {"topic": ["topic"]}, {"title": ["t"]}],
)
def test_summarize_frame_column_names_must_be_str(columns: dict[str, object]) -> None:
    pd = pytest.importorskip("pandas")
    table = pd.DataFrame({"topic": ["a", "a"], "id": ["1", "2"], "text": ARTICLES})
    with pytest.raises(InvalidParameterError, match="the name of a column"):
        summarize.summarize_frame(table, **columns)


@pytest.mark.parametrize(
    "mark", ["\u200f", "\u200e", "\u200b", "\ufeff", "\u2060", "\u00ad", "\u202c", "\x00"]
)
def test_an_invisible_mark_after_a_full_stop_hides_no_sentence(mark: str) -> None:
    # Bidirectional marks and embeddings, zero-width spaces, the byte-order mark: read
    # as a closing quote is, after the sentence's final punctuation.
    base = (
        "The river rose two metres overnight after heavy rain. Schools closed across "
        "the city. The mayor said the water would fall by Friday."
    )
    for text in (base + mark, "\u202b" + base + mark, base.replace(". ", "." + mark + " ")):
        pieces = summarize.split_sentences(text)
        assert [p.kind for p in pieces] == ["sentence"] * 3
        assert all(text[p.start : p.end] == p.text for p in pieces)
        summary = summarize.summarize([text, "Heavy rain made the river rise. Roads closed."])
        assert any(s.document_index == 0 for s in summary.sentences)


def test_a_summary_is_hashable() -> None:
    articles = summarize.sample_articles()
    first = summarize.summarize(articles, max_words=40)
    second = summarize.summarize(articles, max_words=40)
    assert first == second and hash(first) == hash(second)
    assert len({first, second}) == 1
