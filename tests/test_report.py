"""The HTML report, checked by parsing it: links resolve, chosen sentences are shown."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import summarize
from summarize.outputs.html import render_html_batch


class Page(HTMLParser):
    """Collect ids, fragment links, external references, and text by element class."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self.marks: dict[str, str] = {}  # id -> text of <mark>
        self.classes: dict[str, str] = {}  # id -> class
        self.summary_links: dict[str, str] = {}  # href -> link text in the summary
        self._open: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
            self.classes[str(attributes["id"])] = attributes.get("class") or ""
        href = attributes.get("href")
        if href is not None:
            (self.links if href.startswith("#") else self.external).append(href)
        if attributes.get("src") is not None:
            self.external.append(str(attributes["src"]))
        if tag in ("mark", "a", "span"):
            self._open.append((tag, attributes))

    def handle_data(self, data: str) -> None:
        for tag, attributes in self._open:
            if tag == "mark" and attributes.get("id"):  # not the legend's sample mark
                key = str(attributes["id"])
                self.marks[key] = self.marks.get(key, "") + data
            if tag == "a" and attributes.get("class") == "sentence":
                key = str(attributes["href"])
                self.summary_links[key] = self.summary_links.get(key, "") + data

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            self._open.pop()


@pytest.fixture(scope="module")
def summary() -> summarize.Summary:
    return summarize.summarize(summarize.sample_articles(), max_words=120)


def test_every_link_points_to_an_existing_id(summary: summarize.Summary) -> None:
    page = Page(summarize.render_html(summary))
    assert len(page.ids) == len(set(page.ids)), "ids must be unique"
    assert page.links
    for href in page.links:
        assert href[1:] in page.ids, href


def test_every_chosen_sentence_is_linked_to_its_highlighted_place(
    summary: summarize.Summary,
) -> None:
    page = Page(summarize.render_html(summary))
    assert summary.sentences
    for s in summary.sentences:
        anchor = f"doc-{s.document_index}-s-{s.sentence_index}"
        assert page.summary_links[f"#{anchor}"] == s.text
        assert page.marks[anchor] == s.text
    assert len(page.marks) == len(summary.sentences)


def test_every_article_is_shown_in_full_with_headline_and_furniture_greyed(
    summary: summarize.Summary,
) -> None:
    page = Page(summarize.render_html(summary))
    for d, document in enumerate(summary.documents):
        pieces = summarize.split_sentences(document.text)
        for i, piece in enumerate(pieces):
            anchor = f"doc-{d}-s-{i}"
            assert anchor in page.ids
            if piece.kind != "sentence":
                assert page.classes[anchor] == piece.kind
    assert "headline" in page.classes.values() and "furniture" in page.classes.values()


def test_supporting_outlets_are_reported(summary: summarize.Summary) -> None:
    page = summarize.render_html(summary)
    supported = [s for s in summary.sentences if s.supporting]
    assert supported, "the samples report some facts in several outlets"
    for s in supported:
        assert f"reported by {len(s.supporting) + 1} outlets" in page


def test_self_contained_and_escaped() -> None:
    hostile = summarize.Document(
        id='<b>"x"</b>',
        text="<script>alert(1)</script> is not run here. A & B met <i>today</i> at noon.",
        title="<img src=x onerror=alert(1)>",
    )
    other = summarize.Document(id="plain", text="A and B met today at noon in the hall.")
    page = summarize.render_html(summarize.summarize([hostile, other]), title="<T>")
    parsed = Page(page)
    assert parsed.external == []
    assert set(parsed.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "h1",
        "h2",
        "h3",
        "p",
        "strong",
        "section",
        "ol",
        "li",
        "a",
        "span",
        "article",
        "header",
        "div",
        "mark",
        "sup",
        "code",
        "footer",
    }
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;&quot;x&quot;&lt;/b&gt;" in page and "A &amp; B" in page


def test_html_extraction_is_announced() -> None:
    page_doc = summarize.html_document("<p>The farm opened on Tuesday at the lake.</p>", id="web")
    page = summarize.render_html(summarize.summarize([page_doc]))
    assert "Extracted from HTML" in page and "text extracted from HTML" in page
    plain = summarize.render_html(summarize.summarize(["The farm opened on Tuesday at the lake."]))
    assert "Extracted from HTML" not in plain


def test_an_empty_summary_still_renders() -> None:
    with pytest.warns(summarize.SummarizeWarning):
        empty = summarize.summarize(["A rather long first sentence is here today."], max_chars=5)
    page = summarize.render_html(empty)
    assert "No sentence fits the budget." in page
    parsed = Page(page)
    assert all(href[1:] in parsed.ids for href in parsed.links)


def test_batch_page_has_unique_anchors(summary: summarize.Summary) -> None:
    other = summarize.summarize(["The river rose fast in the night. Roads closed."])
    parsed = Page(render_html_batch([("solar", summary), ("flood", other)]))
    assert len(parsed.ids) == len(set(parsed.ids))
    assert all(href[1:] in parsed.ids for href in parsed.links)
    assert "topic-2-doc-0" in parsed.ids and "topic-1-summary-1" in parsed.ids
