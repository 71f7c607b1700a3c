"""Citations by name: a document's outlet, URL, date and author travel with it."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

import summarize
from summarize.documents import coerce_documents
from summarize.io.html import html_metadata
from summarize.outputs import format_markdown, format_text
from summarize.outputs.html import render_html


def test_document_fields_default_to_none_and_keep_their_order() -> None:
    doc = summarize.Document("a", "Rain fell.")
    assert [f.name for f in dataclasses.fields(doc)][:4] == ["id", "text", "title", "metadata"]
    assert (doc.outlet, doc.url, doc.date, doc.author) == (None, None, None, None)
    assert doc.source == "a" and doc.citation == "a"


def test_document_with_citation_fields_is_frozen_and_pickles() -> None:
    doc = summarize.Document(
        "a",
        "Rain fell.",
        title="Storm",
        outlet="Wire",
        url="https://w.example/a",
        date="2024-05-16",
        author="Ana Ruiz",
    )
    assert pickle.loads(pickle.dumps(doc)) == doc
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.outlet = "Other"  # type: ignore[misc]
    assert doc.citation == 'Wire, "Storm"'
    assert doc.to_dict()["url"] == "https://w.example/a"


def test_a_citation_field_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(summarize.InputTypeError, match="'url' of Document 'a' must be a str"):
        summarize.Document("a", "Rain fell.", url=5)  # type: ignore[arg-type]


def test_mapping_keys_become_fields_and_other_keys_metadata() -> None:
    (doc,) = coerce_documents(
        [
            {
                "id": "a",
                "text": "Rain fell.",
                "outlet": "Wire",
                "url": "https://w.example/a",
                "section": "weather",
                "metadata": {"lang": "en"},
            }
        ]
    )
    assert doc.outlet == "Wire" and doc.url == "https://w.example/a"
    assert doc.metadata == {"section": "weather", "lang": "en"}


def test_metadata_wins_over_a_loose_key_of_the_same_name() -> None:
    (doc,) = coerce_documents([{"text": "Rain.", "lang": "fr", "metadata": {"lang": "en"}}])
    assert doc.metadata == {"lang": "en"}


_PAGE = """<html><head>
<title>Farm opens - Harbor Gazette</title>
<meta property="og:site_name" content="Harbor Gazette">
<meta property="og:title" content="Solar farm opens on the reservoir">
<meta property="article:published_time" content="2024-05-16T08:00:00Z">
<meta name="author" content="Dana Ruiz">
<link rel="canonical" href="https://gazette.example/solar">
</head><body><article><h1>Farm opens</h1><p>The farm opened on Tuesday.</p></article>
</body></html>"""


def test_html_metadata_reads_open_graph_meta_tags_and_the_canonical_link() -> None:
    assert html_metadata(_PAGE) == {
        "title": "Solar farm opens on the reservoir",
        "outlet": "Harbor Gazette",
        "url": "https://gazette.example/solar",
        "date": "2024-05-16T08:00:00Z",
        "author": "Dana Ruiz",
    }


def test_json_ld_comes_first_and_graphs_and_author_lists_are_read() -> None:
    page = """<html><head><meta property="og:site_name" content="OG name">
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": ["NewsArticle"], "headline": "Trade hits record",
       "publisher": {"@type": "Organization", "name": "Daily Ledger"},
       "datePublished": "2024-05-16", "url": "https://ledger.example/trade",
       "author": [{"@type": "Person", "name": "A. Li"}, {"name": "B. Wu"}]}]}</script>
    <script type="application/ld+json">{not json</script>
    </head><body><p>Trade rose.</p></body></html>"""
    assert html_metadata(page) == {
        "title": "Trade hits record",
        "outlet": "Daily Ledger",
        "url": "https://ledger.example/trade",
        "date": "2024-05-16",
        "author": "A. Li, B. Wu",
    }


def test_a_page_without_metadata_gives_nothing() -> None:
    assert html_metadata("<p>Rain fell.</p>") == {}
    assert html_metadata("") == {}


def test_read_html_fills_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "solar.html"
    path.write_text(_PAGE, encoding="utf-8")
    doc = summarize.read_html(path)
    assert (doc.outlet, doc.url, doc.author) == (
        "Harbor Gazette",
        "https://gazette.example/solar",
        "Dana Ruiz",
    )
    assert doc.title == "Solar farm opens on the reservoir"
    assert doc.metadata["extracted_from"] == "html"
    assert "outlet" not in doc.metadata


def _summary() -> summarize.Summary:
    return summarize.summarize(
        [
            {
                "id": "g1",
                "text": "A storm hit the coast on Monday. Power failed in the town.",
                "outlet": "Harbor Gazette",
                "title": "Storm hits",
                "url": "https://g.example/1",
            },
            {
                "id": "r7",
                "text": "The storm hit the coast on Monday night. Schools closed.",
                "outlet": "Coast Radio",
            },
        ],
        max_sentences=2,
    )


def test_outputs_cite_outlet_and_title_with_link_and_span() -> None:
    summary = _summary()
    first = summary.sentences[0]
    assert first.document_id == "g1"
    text = format_text(summary)
    assert (
        f'[Harbor Gazette, "Storm hits" {first.start}:{first.end} <https://g.example/1>]' in text
    )
    markdown = format_markdown(summary)
    assert (
        f'[Harbor Gazette, "Storm hits"](<https://g.example/1>), characters '
        f"{first.start}–{first.end}" in markdown
    )
    page = render_html(summary)
    assert (
        '<a href="https://g.example/1" rel="noopener">Harbor Gazette, &quot;Storm hits&quot;</a>'
        in page
    )
    assert "Coast Radio" in page
