"""The outputs after the third black-box review: bad arguments, URLs in Markdown, bidi text.

Bad arguments to an output function raise the library's own errors, naming the
argument (bug 08); a URL holding a line break or another control stays one link
in Markdown (bug 09); a value holding right-to-left text or a bidirectional
control is isolated, so that it cannot reorder the citation after it, and the
HTML report lays out Arabic and Hebrew articles right to left (bug 12).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser

import pytest

import summarize
from summarize import Document, InputTypeError, InvalidParameterError
from summarize.outputs import escape_markdown, format_markdown, format_text, summary_data
from summarize.outputs.html import render_fragment, render_html, render_html_batch
from summarize.outputs.json import format_json
from summarize.outputs.text import (
    article_names,
    check_summary,
    citation,
    cite,
    html_notes,
    isolate,
    needs_isolation,
    writable,
)

RLO, PDF, FSI, PDI, RLI, LRM, RLM = (
    "\u202e",
    "\u202c",
    "\u2068",
    "\u2069",
    "\u2067",
    "\u200e",
    "\u200f",
)
ARABIC = (
    "\u063a\u0645\u0631\u062a \u0627\u0644\u0645\u064a\u0627\u0647 \u062b\u0644\u0627\u062b "
    "\u0642\u0631\u0649 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646. "
    "\u0648\u0635\u0644\u062a \u0641\u0631\u0642 \u0627\u0644\u0625\u0646\u0642\u0627\u0630 "
    "\u0639\u0646\u062f \u0627\u0644\u0638\u0647\u0631."
)
HEBREW = (
    "\u05d4\u05e1\u05db\u05e8 \u05e0\u05e9\u05d1\u05e8 \u05d1\u05d9\u05d5\u05dd \u05e9\u05e0\u05d9. "
    "\u05e6\u05d5\u05d5\u05ea\u05d9 \u05d7\u05d9\u05dc\u05d5\u05e5 \u05d4\u05d2\u05d9\u05e2\u05d5."
)
CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.fixture(scope="module")
def plain() -> summarize.Summary:
    return summarize.summarize(["The river rose fast today. Schools closed."], max_sentences=1)


@pytest.fixture(scope="module")
def bidi() -> summarize.Summary:
    """An outlet named with a right-to-left override, and an Arabic article."""
    articles = [
        dict(
            id="a",
            outlet="Gazette",
            text="The dam broke on Monday and 3 villages flooded. Rescue teams came.",
        ),
        dict(
            id="b",
            outlet="Wire" + RLO,
            text="The dam broke on Monday and 4 villages flooded. Officials spoke.",
        ),
        dict(id="c", text=ARABIC, language="ar"),
    ]
    return summarize.summarize(articles, max_sentences=3)


# -- bug 08: bad arguments are the library's errors, naming the argument ----------------------


def _disagreement() -> summarize.Disagreement:
    return summarize.Disagreement(1, "amount", (), ())


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (
            lambda s: render_html(s, title=5),
            "'title' parameter of render_html must be a str or None",
        ),
        (lambda s: summarize.render_html(s, title=b"T"), "'title' parameter of render_html"),
        (lambda s: format_text(None), "format_text takes a summarize.Summary. Got NoneType"),
        (lambda s: format_markdown(None), "format_markdown takes a summarize.Summary"),
        (lambda s: summary_data(None), "summary_data takes a summarize.Summary"),
        (lambda s: format_json("text"), "format_json takes a summarize.Summary. Got str"),
        (lambda s: render_fragment(None), "render_fragment takes a summarize.Summary"),
        (lambda s: html_notes(None), "html_notes takes a summarize.Summary"),
        (lambda s: check_summary("f", 3), "f takes a summarize.Summary. Got int"),
        (lambda s: render_html_batch("abc"), "'topics' parameter of render_html_batch.*Got str"),
        (lambda s: render_html_batch(None), "'topics' parameter of render_html_batch.*NoneType"),
        (lambda s: render_html_batch([s]), "'topics' .*Got Summary at position 0"),
        (lambda s: render_html_batch([("a", None)]), r"'topics' .*Got \(str, NoneType\)"),
        (lambda s: render_html_batch([(1, s)]), r"'topics' .*Got \(int, Summary\)"),
        (
            lambda s: render_html_batch([("a", s)], title=None),
            "'title' parameter of render_html_batch",
        ),
        (lambda s: article_names("abc"), "'documents' parameter of article_names.*Got str"),
        (lambda s: article_names([Document("a", "Hi."), 1]), "Got int at position 1"),
        (lambda s: article_names(None), "'documents' parameter of article_names"),
        (lambda s: _disagreement().describe(documents="abc"), "'documents' parameter"),
        (lambda s: _disagreement().describe(documents=[None]), "'documents' parameter"),
        (lambda s: citation(None), "'document' parameter of citation"),
        (lambda s: citation(Document("a", "Hi."), 5), "'name' parameter of citation"),
        (lambda s: cite("a", 0, 1), "'document' parameter of cite"),
        (lambda s: cite(Document("a", "Hi."), 0, 1, name=3), "'name' parameter of cite"),
        (lambda s: escape_markdown(None), "'text' parameter of escape_markdown"),
        (lambda s: writable(b"x"), "'text' parameter of writable"),
        (lambda s: isolate(None), "'text' parameter of isolate"),
        (lambda s: needs_isolation(5), "'text' parameter of needs_isolation"),
    ],
)
def test_a_wrong_type_is_an_input_type_error_naming_it(
    plain: summarize.Summary, call: Callable[[summarize.Summary], object], match: str
) -> None:
    with pytest.raises(InputTypeError, match=match) as caught:
        call(plain)
    assert isinstance(caught.value, summarize.SummarizeError)
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda s: format_json(s, indent="x"), "'indent' parameter of format_json"),
        (lambda s: format_json(s, indent=-1), "'indent' parameter of format_json"),
        (lambda s: format_json(s, indent=1.5), "'indent' parameter of format_json"),
        (lambda s: format_json(s, indent=True), "'indent' parameter of format_json"),
        (lambda s: cite(Document("a", "Hi."), "0", 1), "'start' parameter of cite"),
        (lambda s: cite(Document("a", "Hi."), 0, None), "'end' parameter of cite"),
    ],
)
def test_a_wrong_value_is_an_invalid_parameter_error(
    plain: summarize.Summary, call: Callable[[summarize.Summary], object], match: str
) -> None:
    with pytest.raises(InvalidParameterError, match=match):
        call(plain)


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
def test_format_json_checks_the_indent_and_is_valid_json(
    plain: summarize.Summary, indent: int | None
) -> None:
    text = format_json(plain, indent=indent)
    assert json.loads(text)["text"] == plain.text
    assert ("\n" in text) is (indent is not None)
    with pytest.raises(InvalidParameterError, match="whole number of at least 0, or None"):
        format_json(plain, indent=" " * (indent or 1))  # json.dumps takes a str: "x" is no JSON


def test_the_output_functions_still_take_what_they_took(plain: summarize.Summary) -> None:
    names = article_names(d for d in plain.documents)  # any iterable of documents
    assert names == article_names(list(plain.documents)) == ["0"]
    page = render_html_batch((pair for pair in [("Floods", plain)]), title="Today")
    assert 'href="#topic-1-top">Floods</a>' in page and "1 topic" in page
    assert render_html(plain, title=None) == render_html(plain)
    assert _disagreement().describe() == "" and _disagreement().describe(plain.documents) == ""


# -- bug 09: a URL holding a line break or a control stays one link in Markdown ---------------


def _markdown_with_url(url: str) -> str:
    articles = [
        dict(
            id="g",
            outlet="Gazette",
            url=url,
            text="The dam broke on Monday. Villages were flooded.",
        ),
        dict(id="r", text="The dam broke on Monday night. Rescue teams came."),
    ]
    return summarize.summarize(articles, max_sentences=1).to_markdown()


@pytest.mark.parametrize(
    ("url", "written"),
    [
        (
            "https://news.example/2024/05/\ndam breaks",
            "https://news.example/2024/05/%0Adam%20breaks",
        ),
        ("https://news.example/a\r\nb", "https://news.example/a%0D%0Ab"),
        ("https://news.example/a\tb", "https://news.example/a%09b"),
        ("https://news.example/a\u2028b\x85c", "https://news.example/a%E2%80%A8b%C2%85c"),
        ("https://news.example/a\x00b\x7f", "https://news.example/a%00b%7F"),
        ("https://news.example/a" + RLO + "b\u200b", "https://news.example/a%E2%80%AEb%E2%80%8B"),
        ("https://news.example/a\u00a0b", "https://news.example/a%C2%A0b"),
        ("https://news.example/(a) <b>\n", "https://news.example/(a%29%20%3Cb%3E%0A"),
        ("https://news.example/a\\", "https://news.example/a\\\\"),
        ("https://news.example/caf\u00e9?q=1&r=2\t", "https://news.example/caf\u00e9?q=1&r=2%09"),
    ],
)
def test_markdown_percent_encodes_white_space_and_controls_in_a_link(
    url: str, written: str
) -> None:
    markdown = _markdown_with_url(url)
    assert f"[Gazette](<{written}>)" in markdown
    sources = markdown.split("\n\n")[1].split("\n")
    assert [line[:4] for line in sources] == ["[1]:"]  # the source is one line


def test_a_link_with_a_line_break_parses_as_one_link() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    url = "https://news.example/2024/05/\ndam breaks\\"
    html = markdown_it.MarkdownIt("commonmark").render(_markdown_with_url(url))
    assert '<a href="https://news.example/2024/05/%0Adam%20breaks%5C">Gazette</a>' in html


# -- bug 12: bidirectional text is isolated; RTL articles are laid out right to left ----------


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("Reuters", "Reuters"),
        (
            "Caf\u00e9 M\u00fcnchen \u2014 \u00e9t\u00e9",
            "Caf\u00e9 M\u00fcnchen \u2014 \u00e9t\u00e9",
        ),
        ("\u6cb3\u6c34\u4e0a\u6da8", "\u6cb3\u6c34\u4e0a\u6da8"),
        ("Wire" + RLO, FSI + "Wire" + RLO + PDI),
        ("a" + LRM, FSI + "a" + LRM + PDI),
        ("a" + RLO + "b" + PDF, FSI + "a" + RLO + "b" + PDF + PDI),
        ("a" + RLM, FSI + "a" + RLM + PDI),
        ("\u05d0", FSI + "\u05d0" + PDI),
        (ARABIC, FSI + ARABIC + PDI),
        (PDI + "W" + RLO, FSI + "W" + RLO + PDI),  # a stray PDI would end the isolate early
        ("W" + RLI + "x", FSI + "W" + RLI + "x" + PDI + PDI),  # an open isolate is closed
        (RLI + "x" + PDI + PDI, FSI + RLI + "x" + PDI + PDI),
    ],
)
def test_isolate(text: str, isolated: str) -> None:
    assert isolate(text) == isolated
    assert needs_isolation(text) is (text != isolated)


def test_text_output_isolates_an_override_and_right_to_left_text(bidi: summarize.Summary) -> None:
    lines = format_text(bidi).splitlines()
    assert "    also reported by: " + FSI + "Wire" + RLO + PDI + " 0:47" in lines
    assert any(line.endswith("4 villages (" + FSI + "Wire" + RLO + PDI + ")") for line in lines)
    first, second = ARABIC.split(". ")
    assert FSI + first + "." + PDI + " [c 0:33]" in lines
    assert FSI + second + PDI + " [c 34:61]" in lines
    assert str(bidi) == format_text(bidi)


def test_markdown_isolates_an_override_and_right_to_left_text(bidi: summarize.Summary) -> None:
    markdown = format_markdown(bidi)
    first = ARABIC.split(". ")[0]
    assert f"2. {FSI}{first}.{PDI} [2]" in markdown
    assert "also " + FSI + "Wire" + RLO + PDI + " (0–47)" in markdown
    assert "4 villages \\(" + FSI + "Wire" + RLO + PDI + "\\)" in markdown


def test_a_title_url_and_query_are_isolated_in_text_and_markdown() -> None:
    title = "\u05d7\u05d3\u05e9\u05d5\u05ea"
    articles = [
        dict(
            id="a",
            outlet="Gazette",
            title=title,
            url="https://x.example/" + RLO,
            text="The dam broke on Monday. Villages were flooded.",
        ),
        dict(id="b", text="The dam broke on Monday night. Rescue teams came."),
    ]
    summary = summarize.summarize(articles, max_sentences=1, query="dam " + RLO + "broke")
    text = format_text(summary)
    assert f'[Gazette, "{FSI}{title}{PDI}" 0:24 <{FSI}https://x.example/{RLO}{PDI}>]' in text
    assert "question asked was 'dam \\u202ebroke'" in text  # repr() shows the control
    markdown = format_markdown(summary)
    assert f'[Gazette, "{FSI}{title}{PDI}"](<https://x.example/%E2%80%AE>)' in markdown
    assert f"> **Question:** {FSI}dam {RLO}broke{PDI}" in markdown


def test_an_id_in_the_notes_is_isolated() -> None:
    page = "<html><body><article><p>The dam broke on Monday. Villages were flooded.</p></article></body></html>"
    document = summarize.html_document(page, id="\u05d0")
    summary = summarize.summarize([document, "The dam broke on Monday night. Teams came."])
    assert f"text extracted from HTML for {FSI}\u05d0{PDI}:" in format_text(summary)
    assert f"text extracted from HTML for {FSI}\u05d0{PDI}:" in format_markdown(summary)
    assert html_notes(summary)[0].startswith("text extracted from HTML for \u05d0:")  # JSON: raw
    assert summary_data(summary)["notes"] == html_notes(summary)


class _Isolation(HTMLParser):
    """Every text holding a bidirectional control or RTL letter, and whether an element
    around it isolates it (``<bdi>`` or a ``dir`` attribute)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, bool, str | None]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "br", "wbr", "link"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if needs_isolation(data) and self.stack[-1][0] not in ("style", "title"):
            around = [a.get("dir") for t, a in self.stack if t == "bdi" or a.get("dir")]
            direction = next((a.get("dir") for _, a in reversed(self.stack) if a.get("dir")), None)
            self.texts.append((data, bool(around), direction))


def test_the_report_isolates_every_bidirectional_value(bidi: summarize.Summary) -> None:
    page = render_html(bidi)
    assert "<bdi>Wire" + RLO + "</bdi>" in page
    assert 'title="also reported by ' + FSI + "Wire" + RLO + PDI + '"' in page
    texts = _Isolation(page).texts
    assert texts and all(isolated for _, isolated, _ in texts), texts


def test_the_report_lays_out_an_arabic_article_right_to_left(bidi: summarize.Summary) -> None:
    page = render_html(bidi)
    assert '<div class="text" lang="ar" dir="rtl">' in page
    assert '<a class="sentence" lang="ar" dir="rtl" href="#doc-2-s-0">' in page
    for text, _, direction in _Isolation(page).texts:
        if text.strip() and not any(c in CONTROLS for c in text):
            assert direction == "rtl", text
    fragment = render_fragment(bidi)
    assert f'<li><span lang="ar" dir="rtl">{ARABIC.split(". ")[0]}.</span>' in fragment
    assert "<bdi>Wire" + RLO + "</bdi>" in fragment


def test_a_hebrew_article_read_as_english_is_still_right_to_left() -> None:
    summary = summarize.summarize([dict(id="h", text=HEBREW)], max_sentences=1)
    page = render_html(summary)
    assert '<div class="text" dir="rtl">' in page and 'class="sentence" dir="rtl"' in page


def test_the_report_tags_the_language_of_other_articles() -> None:
    articles = [
        dict(
            id="z1",
            text="\u6cb3\u6c34\u4e00\u591c\u4e0a\u6da8\u4e24\u7c73\u3002\u5b66\u6821\u505c\u8bfe\u3002",
            language="zh",
        ),
        dict(
            id="z2",
            text="\u6cb3\u6c34\u4e0a\u6da8\u4e86\u4e24\u7c73\u3002\u9053\u8def\u5c01\u95ed\u3002",
            language="zh",
        ),
    ]
    page = render_html(summarize.summarize(articles, max_sentences=1))
    assert page.count('<div class="text" lang="zh">') == 2
    assert 'class="sentence" lang="zh" href=' in page and 'dir="' not in page


def test_an_override_inside_an_article_is_closed_at_its_sentence() -> None:
    text = (
        "The dam broke on Monday, " + RLO + "said Wire. Villages were flooded. Rescue teams came."
    )
    summary = summarize.summarize(
        [text, "The dam broke on Monday night. Teams came."], max_sentences=1
    )
    page = render_html(summary)
    assert page.count('dir="ltr"') >= 1
    texts = _Isolation(page).texts
    assert all(isolated for _, isolated, _ in texts), texts


def test_only_right_to_left_text_and_controls_are_isolated(
    plain: summarize.Summary, bidi: summarize.Summary
) -> None:
    for output in (format_text(bidi), format_markdown(bidi), render_html(bidi)):
        assert FSI in output or "<bdi>" in output
    # Left-to-right input, ASCII or not, is written as it was: nothing added.
    assert format_text(plain) == "The river rose fast today. [0 0:26]"
    assert format_markdown(plain) == "1. The river rose fast today. [1]\n\n[1]: 0, characters 0–26"
    articles = [
        dict(
            id="a",
            outlet="Caf\u00e9 Zeitung",
            title="M\u00fcnchen \u2014 \u00e9t\u00e9",
            author="Zo\u00eb",
            url="https://x.example/caf\u00e9",
            text="The r\u00eaver rose two metres. Schools closed.",
        ),
        dict(id="b", text="The r\u00eaver rose two metres overnight. Roads closed."),
    ]
    summary = summarize.summarize(articles, max_sentences=2)
    for output in (
        format_text(summary),
        format_markdown(summary),
        render_html(summary),
        render_fragment(summary),
    ):
        assert not any(c in output for c in CONTROLS)
        assert "<bdi>" not in output and "dir=" not in output and 'class="text" lang' not in output


# -- bug 08 (to_json, describe) and bug 13, in summarize/results.py ---------------------------


@pytest.mark.parametrize("indent", ["x", " ", -1, 1.5, True, [2]])
def test_to_json_refuses_an_indent_that_would_not_be_json(
    plain: summarize.Summary, indent: object
) -> None:
    with pytest.raises(InvalidParameterError, match="'indent' parameter of Summary.to_json"):
        plain.to_json(indent=indent)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="'indent' parameter of dumps_json"):
        summarize.results.dumps_json({"a": 1}, indent=indent)  # type: ignore[arg-type]
    for good in (None, 0, 2):
        assert json.loads(plain.to_json(indent=good))["text"] == plain.text


def test_describe_names_its_documents_parameter(bidi: summarize.Summary) -> None:
    dispute = bidi.disagreements[0]
    with pytest.raises(InputTypeError, match="'documents' parameter of Disagreement.describe"):
        dispute.describe(documents="abc")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="must be the summary's documents"):
        dispute.describe(documents=bidi.documents[:1])
    assert dispute.describe(list(bidi.documents)) == dispute.describe(bidi.documents)


def test_the_disagreement_kinds_are_documented_as_reported() -> None:
    articles = [
        "The flood killed 12 people in the northern province. Rescue teams came.",
        "The flood killed 15 people in the northern province. Officials spoke.",
    ]
    kinds = {d.kind for d in summarize.summarize(articles, max_sentences=1).disagreements}
    assert kinds == {"count"}
    doc = " ".join((summarize.Disagreement.__doc__ or "").split())
    assert '``"count"``' in doc and '``"number"``' not in doc
    from summarize.outputs.json import SCHEMA

    listed = SCHEMA["properties"]["disagreements"]["items"]["properties"]["kind"]["enum"]
    for kind in listed:
        assert f'``"{kind}"``' in doc
