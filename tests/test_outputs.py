"""Outputs: text, Markdown, JSON (with its schema), notebooks, and the command line."""

from __future__ import annotations

import io
import json
import re
import sys
from typing import Any

import pytest

import summarize
from summarize.cli import main, split_articles
from summarize.outputs import (
    SCHEMA,
    SCHEMA_VERSION,
    escape_markdown,
    format_markdown,
    format_text,
    summary_data,
    utf16_offsets,
)

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def _check(instance: Any, schema: dict[str, Any], where: str = "$") -> None:
    """The subset of JSON Schema that SCHEMA uses, checked without jsonschema."""
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            isinstance(instance, _TYPES[k])
            and not (k in ("integer", "number") and isinstance(instance, bool))
            for k in kinds
        )
        assert ok, f"{where}: {instance!r} is not of type {kinds}"
    if "const" in schema:
        assert instance == schema["const"], where
    if "enum" in schema:
        assert instance in schema["enum"], where
    if "minimum" in schema:
        assert instance >= schema["minimum"], where
    if "maximum" in schema:
        assert instance <= schema["maximum"], where
    if isinstance(instance, dict):
        for key in schema.get("required", ()):
            assert key in instance, f"{where}: missing {key!r}"
        for key, sub in schema.get("properties", {}).items():
            if key in instance:
                _check(instance[key], sub, f"{where}.{key}")
    if isinstance(instance, list):
        assert len(instance) >= schema.get("minItems", 0), where
        for n, item in enumerate(instance):
            _check(item, schema.get("items", {}), f"{where}[{n}]")


def _validate(instance: Any) -> None:
    try:
        import jsonschema
    except ImportError:
        _check(instance, SCHEMA)
    else:
        jsonschema.validate(instance, SCHEMA)


def _disputed() -> summarize.Summary:
    return summarize.summarize(
        [
            {
                "id": "a",
                "text": "Officials said the storm caused $2.5 million in damage to the harbor.",
                "outlet": "Gazette",
                "url": "https://g.example/storm",
            },
            {
                "id": "b",
                "text": "The storm caused $4 million in damage to the harbor, officials said.",
                "outlet": "Radio",
                "url": "https://r.example/storm",
            },
        ],
        max_sentences=1,
    )


@pytest.mark.parametrize("include_text", [False, True])
def test_json_output_follows_its_schema(include_text: bool) -> None:
    for summary in (
        summarize.summarize(summarize.sample_articles(), max_words=120),
        _disputed(),
    ):
        data = json.loads(json.dumps(summary_data(summary, include_text=include_text)))
        assert data["schema_version"] == SCHEMA_VERSION
        _validate(data)
    assert _disputed().to_dict()["disagreements"]


def test_the_schema_check_catches_a_wrong_output() -> None:
    data = summary_data(summarize.summarize(["Rain fell."]))
    data["sentences"][0]["start"] = "0"
    with pytest.raises(Exception, match="start|type"):
        _validate(data)


def test_the_schema_is_published_in_the_docs() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "output.md").read_text("utf-8")
    section = page[page.index("## The JSON Schema") :]
    block = section[section.index("```json\n") + len("```json\n") :]
    assert json.loads(block[: block.index("\n```")]) == SCHEMA


def test_markdown_escapes_html_and_markdown_in_article_text() -> None:
    hostile = "The mayor <img src=x onerror=alert(1)> said *all* is [fine](http://x.example)."
    summary = summarize.summarize([hostile])
    markdown = format_markdown(summary)
    assert "<img" not in markdown and "&lt;img src=x onerror=alert\\(1\\)&gt;" in markdown
    assert "\\*all\\*" in markdown and "\\[fine\\]\\(http://x.example\\)" in markdown
    assert escape_markdown("a\n# b") == "a \\# b"


def test_text_and_markdown_show_support_and_disagreement() -> None:
    summary = _disputed()
    text = format_text(summary)
    assert "also reported by: " in text and "outlets disagree (amount): " in text
    assert "$2.5 million (Gazette); $4 million (Radio)" in text
    markdown = format_markdown(summary)
    assert "reported by 2 outlets" in markdown and "**Outlets disagree** (amount)" in markdown
    assert "[Gazette](<https://g.example/storm>)" in markdown


def test_notebook_representations() -> None:
    summary = _disputed()
    assert str(summary) == format_text(summary)
    assert not str(summary).startswith("Summary(")
    assert summary.to_markdown() == format_markdown(summary)
    fragment = summary._repr_html_()
    assert fragment.startswith('<div class="summarize-summary">')
    assert "Outlets disagree" in fragment and "<script" not in fragment


def test_utf16_offsets_match_javascript_indices() -> None:
    text = "Ein 😀 Tag: 𝒳 rose. Next."
    start = text.index("rose")
    end = start + len("rose")
    a, b = utf16_offsets(text, start, end)
    units = text.encode("utf-16-le")
    assert units[2 * a : 2 * b].decode("utf-16-le") == "rose"
    assert utf16_offsets("plain", 1, 3) == (1, 3)
    with pytest.raises(summarize.InvalidParameterError):
        utf16_offsets("abc", 2, 9)


# -- the command line ------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _run_stdin(
    data: bytes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    code = main(["-", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_stdin_separator_after_an_article_without_final_newline(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = b"The river rose fast in the night.---\nRoads were closed in the valley.\n"
    code, out, err = _run_stdin(data, capsys, monkeypatch, "--format", "json")
    assert code == 0 and "warning" not in err
    ids = [d["id"] for d in json.loads(out)["documents"]]
    assert ids == ["stdin-1", "stdin-2"]


def test_stdin_with_one_article_warns(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = _run_stdin(b"The river rose.\nRoads closed.\n", capsys, monkeypatch)
    assert code == 0 and "single article" in err


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("One.\n---\nTwo.\n", ["One.", "Two."]),
        ("One.---\nTwo.", ["One.", "Two."]),
        ("One.\r\n---\r\nTwo.", ["One.", "Two."]),
        ("One.\n---\n---\nTwo.\n---", ["One.", "Two."]),
        ("A long---dash stays.\nYes.", ["A long---dash stays.\nYes."]),
    ],
)
def test_split_articles(text: str, articles: list[str]) -> None:
    assert split_articles(text) == articles


def test_options_are_not_abbreviated(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--samples", "--length", "1"]) == 2
    assert "unrecognized arguments: --length" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "abc", "1.5", ""])
def test_count_options_say_a_whole_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--samples", "--sentences", value]) == 2
    err = capsys.readouterr().err
    assert "must be a whole number of at least 1" in err
    assert "None" not in err and "invalid int value" not in err


def test_jobs_option_says_what_it_takes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--samples", "--jobs", "0"]) == 2
    err = capsys.readouterr().err
    assert "a whole number of at least 1, or -1 for every core" in err and "None" not in err


# -- the HTML report -------------------------------------------------------------------------


def test_report_marks_support_and_disputed_values_and_fetches_nothing() -> None:
    from summarize.outputs.html import render_html

    summary = _disputed()
    page = render_html(summary)
    (s,) = summary.sentences
    (x,) = s.support
    assert f'<span id="doc-{x.document_index}-s-{x.sentence_index}" class="supports">' in page
    (d,) = summary.disagreements
    marked = re.findall(
        r'<span class="disputed" title="outlets disagree: [^"]*">([^<]*)</span>', page
    )
    assert sorted(marked) == sorted(r.value for r in d.readings)
    assert "Outlets disagree</strong> on this amount" in page
    # The chosen sentence's outlet is linked to its article (whichever the defaults choose).
    chosen = summary.documents[s.document_index]
    assert chosen.url is not None
    assert f'<a href="{chosen.url}" rel="noopener">{chosen.outlet}</a>' in page
    # Nothing is fetched: no external script, style, font or image.
    for fetch in ("src=", "<link", "@import", "url(", "<script"):
        assert fetch not in page
    assert "@media print" in page and "@media (max-width: 600px)" in page


def test_report_links_each_disputed_value_back_to_its_summary_sentence() -> None:
    # The other outlet's sentence gives the other value: after it, a "≠1" link to the
    # summary sentence the dispute concerns, so that a reader (on a phone, in print, where
    # no tooltip shows) finds the dispute from the article. The chosen sentence already
    # links back by its number and gets no second link.
    from summarize.outputs.html import render_html

    summary = _disputed()
    page = render_html(summary)
    (s,) = summary.sentences
    (d,) = summary.disagreements
    (other,) = [r for r in d.readings if r.document_index != s.document_index]
    after_other = page.split(f'id="doc-{other.document_index}-s-{other.sentence_index}"')[1]
    ref = re.search(r'<sup class="dispute-ref"><a href="#summary-1" title="([^"]*)">≠1</a>', page)
    assert ref is not None and ref.group(1).startswith("outlets disagree: ")
    assert after_other.index('class="dispute-ref"') < after_other.index("</article>")
    assert page.count('class="dispute-ref"') == 1  # not after the chosen sentence


def test_seeds_report_names_outlets_marks_supports_and_the_trade_dispute(
    seed_articles: list[dict[str, str]],
) -> None:
    # What was checked in a browser (desktop, phone, print), asserted on the page.
    from summarize.outputs.html import render_html

    names = ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
    summary = summarize.summarize(
        [dict(a, outlet=name) for a, name in zip(seed_articles, names, strict=True)]
    )
    page = render_html(summary)
    items = re.findall(r'<li id="summary-(\d)">(.*?)</li>', page, flags=re.S)
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
    for (_, item), s in zip(items, summary.sentences, strict=True):
        # Cited by outlet name, never by file name.
        assert ("Also reported by" in item) == bool(s.support)
        assert "_" not in re.sub(r"<[^>]*>", "", item)
    rank = summary.disagreements[0].rank
    disputed = items[rank - 1][1]
    assert "Outlets disagree</strong> on this amount" in disputed
    assert "$227.8 billion" in disputed and "$240 billion" in disputed
    # Each sentence giving a trade figure links back to its summary sentence, in its article.
    for reading in summary.disagreements[0].readings:
        anchor = f'id="doc-{reading.document_index}-s-{reading.sentence_index}"'
        assert f"≠{rank}</a>" in page.split(anchor)[1].split('id="doc-')[0]
    # Every support is highlighted in its article and links back with "≈"; 002's first
    # sentence is both sentence 1 and a support of sentence 3.
    chosen = {(s.document_index, s.sentence_index) for s in summary.sentences}
    for n, s in enumerate(summary.sentences, 1):
        for x in s.support:
            anchor = f'id="doc-{x.document_index}-s-{x.sentence_index}"'
            if (x.document_index, x.sentence_index) in chosen:
                assert f"<mark {anchor}>" in page
            else:
                assert f'{anchor} class="supports"' in page
            up_to_the_next_sentence = page.split(anchor)[1].split('id="doc-')[0]
            assert f'href="#summary-{n}" title="reports the fact' in up_to_the_next_sentence
    assert any(
        (x.document_index, x.sentence_index) in chosen
        for s in summary.sentences
        for x in s.support
    )
    assert not re.search(r"(src=|<link|@import|url\(|<script|https?://)", page)


def test_text_output_is_one_line_a_sentence_even_for_wrapped_articles() -> None:
    # Before: a sentence of an article wrapped at a fixed width, or an id with a line
    # break, spread over two lines of the text output (grep and head -n saw half of it).
    wrapped = (
        "The river rose two metres overnight after heavy rain fell across\n"
        "the valley, officials said on Monday. Schools in the town were closed\n"
        "and roads were shut.\n"
    )
    other = summarize.Document(
        id="wire\n2", text="Heavy rain made the river rise two metres overnight, officials said."
    )
    summary = summarize.summarize([wrapped, other], max_sentences=3)
    assert any("\n" in s.text for s in summary.sentences)
    lines = format_text(summary).splitlines()
    cited = [line for line in lines if not line.startswith(" ")]
    assert len(cited) == len(summary.sentences)
    for line, s in zip(cited, summary.sentences, strict=True):
        assert line.startswith(" ".join(s.text.split()) + " [")
        assert line.endswith(f" {s.start}:{s.end}]")
    assert all("wire\n2" not in line for line in lines)


def test_markdown_links_only_web_addresses() -> None:
    # Before: a scraped page's "javascript:" URL became a Markdown link.
    articles = [
        summarize.Document(id="a", text="The river rose fast.", url="javascript:alert(1)"),
        summarize.Document(id="b", text="Rain fell all night.", url="https://example.org/b"),
    ]
    out = format_markdown(summarize.summarize(articles, max_sentences=2))
    assert "javascript" not in out
    assert "(<https://example.org/b>)" in out


def test_every_output_shows_the_question_a_summary_answers() -> None:
    # Before: only the JSON's settings held the query; a shared report or Markdown
    # summary did not say which question it was steered toward.
    from summarize.outputs.html import render_html

    articles = [
        "The storm damaged the harbour wall on Monday. Schools closed across the county.",
        "Schools closed as the storm hit. The storm damaged the <harbour> wall.",
    ]
    summary = summarize.summarize(articles, max_sentences=1, query="harbour <wall> damage?")
    assert format_text(summary).splitlines()[-1] == (
        "Note: the question asked was 'harbour <wall> damage?'"
    )
    assert "> **Question:** harbour &lt;wall&gt; damage?" in format_markdown(summary)
    assert (
        '<p class="query"><strong>Question:</strong> harbour &lt;wall&gt; damage?</p>'
        in render_html(summary)
    )
    plain = summarize.summarize(articles, max_sentences=1)
    assert "question" not in format_text(plain) and "Question" not in format_markdown(plain)


def test_a_json_line_stays_one_line_for_splitlines() -> None:
    # Before: U+2028, U+2029 and U+0085 in an article were written raw, and
    # str.splitlines() (pandas, JavaScript before ES2019) cut the JSON line there.
    from summarize.results import dumps_json

    articles = [
        "The river rose fast today after rain.\u2028Officials said so.\x85Schools closed.\u2029",
        "The river rose fast today after heavy rain.",
    ]
    summary = summarize.summarize(articles, max_sentences=2)
    line = dumps_json({"id": "t", "summary": summary.to_dict(include_text=True)}, indent=None)
    assert len(line.splitlines()) == 1
    assert json.loads(line)["summary"]["documents"][0]["text"] == articles[0]


def test_articles_of_one_outlet_are_told_apart_in_every_output() -> None:
    # Before: two Reuters stories were both cited "Reuters" in the text, Markdown and
    # notebook outputs and in the disagreements, so a reader could not tell which one.
    from summarize.outputs.html import render_fragment, render_html

    articles = [
        summarize.Document(
            id="r1", outlet="Reuters", text="The storm killed 12 people on Monday, police said."
        ),
        summarize.Document(
            id="r2", outlet="Reuters", text="Police said the storm killed 14 people on Monday."
        ),
        summarize.Document(id="ap", outlet="AP", text="The storm killed 12 people on Monday."),
    ]
    summary = summarize.summarize(articles, max_sentences=1)
    text, markdown = format_text(summary), format_markdown(summary)
    assert "Reuters (r" in text and "Reuters (r" in markdown.replace("\\(", "(")
    assert not re.search(r"Reuters(?! \()", text)
    assert "AP (ap)" not in text  # an outlet of one article keeps its plain name
    for page in (render_html(summary), render_fragment(summary)):
        assert "Reuters (r" in page
    assert "Reuters (r" in summary.disagreements[0].describe(summary.documents)
