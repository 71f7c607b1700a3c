"""HTML articles: the readable text is extracted, and offsets index that text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import summarize
from summarize.exceptions import InputTypeError
from summarize.io.files import read_json_articles
from summarize.io.html import html_to_text, raw_text_length

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Gazette | Solar farm opens</title>
<style>p { color: red }</style><script>var tracking = "The script must not be read.";</script>
</head><body>
<header class="site"><a href="/">The Gazette</a><nav><a href="/world">World</a></nav></header>
<main><article>
<header><h1>Lakeport opens a floating solar farm</h1><p class="byline">By Ann Lee</p></header>
<p>The city of Lakeport opened its floating solar farm on Tuesday, on the Harbor
   Reservoir.</p>
<p>The panels <em>float</em> on the water &amp; shade it.<br>Officials said the farm would
supply 15 percent of the city&#8217;s power.</p>
<figure><img src="farm.jpg" alt=""><figcaption>Panels on the reservoir</figcaption></figure>
<aside><h2>Read more</h2><p>Ten other stories you should read today.</p></aside>
<form><label>Your comment</label><textarea></textarea><button>Send</button></form>
<div hidden>Hidden text must not be read.</div>
</article></main>
<footer><p>Copyright 2026 The Gazette. All rights reserved.</p></footer>
</body></html>
"""


def test_furniture_elements_are_dropped_and_blocks_become_lines() -> None:
    text, title = html_to_text(PAGE)
    assert title == "Lakeport opens a floating solar farm"
    assert text.split("\n\n") == [
        "Lakeport opens a floating solar farm",
        "By Ann Lee",
        "The city of Lakeport opened its floating solar farm on Tuesday, on the Harbor Reservoir.",
        "The panels float on the water & shade it.\n"
        "Officials said the farm would supply 15 percent of the city\u2019s power.",
        "Panels on the reservoir",
    ]
    for gone in ("script", "World", "Read more", "comment", "Hidden", "Copyright", "The Gazette"):
        assert gone not in text


def test_without_article_the_body_is_used_and_pre_is_kept() -> None:
    text, title = html_to_text(
        "<html><head><title> A  page </title></head><body><div>One line.</div>"
        "<pre>two   spaces\nkept</pre>text"
        "<table><tr><td>cell</td><td>other</td></tr></table></body></html>"
    )
    assert text == "One line.\n\ntwo   spaces\nkept\n\ntext\n\ncell\n\nother"
    assert title == "A page"


@pytest.mark.parametrize("markup", ["", "   ", "<!-- only a comment -->", "<html></html>"])
def test_empty_pages_give_empty_text(markup: str) -> None:
    assert html_to_text(markup)[0] == ""


def test_xml_declaration_is_accepted() -> None:
    assert (
        html_to_text('<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi.</p></body></html>')[
            0
        ]
        == "Hi."
    )


def test_read_html_keeps_provenance_into_the_extracted_text(tmp_path: Path) -> None:
    path = tmp_path / "gazette.html"
    path.write_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    document = summarize.read_html(path)
    assert document.id == "gazette"
    assert dict(document.metadata) == {"path": str(path), "extracted_from": "html"}
    summary = summarize.summarize([document], max_sentences=2)
    for s in summary.sentences:
        assert document.text[s.start : s.end] == s.text
    kinds = [s.kind for s in summarize.split_sentences(document.text)]
    assert kinds[0] == "headline" and kinds[1] == "furniture"


def test_read_html_errors_are_library_errors(tmp_path: Path) -> None:
    with pytest.raises(summarize.InvalidInputError):
        summarize.read_html(tmp_path / "missing.html")
    bad = tmp_path / "bad.html"
    bad.write_bytes("<p>caf\xe9</p>".encode("latin-1"))
    with pytest.raises(summarize.InputDecodeError):
        summarize.read_html(bad, encoding="ascii")
    assert summarize.read_html(bad, encoding="latin-1").text == "caf\xe9"


def test_the_command_says_the_text_was_extracted(tmp_path: Path) -> None:
    (tmp_path / "gazette.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "radio.txt").write_text(
        "The floating solar farm in Lakeport opened on Tuesday. It covers a reservoir.",
        encoding="utf-8",
    )
    env = {**os.environ, "NLTK_DATA": os.devnull, "PYTHONIOENCODING": "utf-8"}
    command = [
        sys.executable,
        "-m",
        "summarize",
        str(tmp_path),
        "--sentences",
        "3",
        "-f",
        "json",
        "--include-text",
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, encoding="utf-8"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["notes"] and "gazette" in data["notes"][0]
    documents = {d["id"]: d for d in data["documents"]}
    assert documents["gazette"]["metadata"]["extracted_from"] == "html"
    assert "<p>" not in documents["gazette"]["text"]
    for s in data["sentences"]:
        assert documents[s["document_id"]]["text"][s["start"] : s["end"]] == s["text"]


def test_text_and_markdown_carry_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarize import cli

    page = tmp_path / "gazette.html"
    page.write_text(PAGE, encoding="utf-8")
    assert cli.main([str(page), "--sentences", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("Note: text extracted from HTML for gazette")
    assert cli.main([str(page), "--sentences", "1", "-f", "markdown"]) == 0
    assert "> **Note:** text extracted from HTML for gazette" in capsys.readouterr().out


def test_a_page_declaring_its_charset_is_read_in_it(tmp_path: Path) -> None:
    page = tmp_path / "old.html"
    page.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>The caf\xe9 opened \u2013 at last.</p></body></html>".encode("cp1252")
    )
    assert summarize.read_html(page).text == "The caf\xe9 opened \u2013 at last."


def test_a_page_with_a_utf16_or_utf32_byte_order_mark_is_read(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-16"></head><body><p>The dam broke.</p></body></html>'
    for encoding in ("utf-16", "utf-32"):
        path = tmp_path / f"{encoding}.html"
        path.write_bytes(page.encode(encoding))
        with pytest.warns(summarize.SummarizeWarning, match="byte-order mark"):
            assert summarize.read_html(path).text == "The dam broke."


def test_json_ld_nested_too_deeply_is_ignored_as_malformed() -> None:
    page = (
        '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
        "<h1>Dam breaks</h1><p>The dam broke.</p>"
    )
    document = summarize.html_document(page, id="x")
    assert document.title == "Dam breaks" and "The dam broke." in document.text


def test_json_ld_nan_and_infinity_are_no_values() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": NaN, '
        '"datePublished": Infinity}</script><h1>Dam breaks</h1><p>The dam broke.</p>'
    )
    document = summarize.html_document(page, id="x")
    assert (document.title, document.date) == ("Dam breaks", None)


def test_an_article_without_text_is_no_story() -> None:
    page = (
        '<body><article class="ad-slot"><img alt="Advertisement"></article>'
        '<div class="story"><h1>Dam breaks</h1><p>The dam broke on Monday.</p></div></body>'
    )
    assert "The dam broke on Monday." in summarize.html_document(page, id="x").text


def test_text_after_a_stray_body_end_is_kept() -> None:
    page = (
        "<html><head><title>T</title></head><body><div>Cookie notice.</div></body>"
        "<body><p>The dam broke on Monday.</p></body></html>"
    )
    text = summarize.html_document(page, id="x").text
    assert "The dam broke on Monday." in text and "T\n" not in text


def test_attribute_values_holding_angle_brackets_lose_no_text() -> None:
    page = (
        '<meta name="description" content="<p>Dam <b>breaks</b></p>">'
        '<p onclick="if (a > b) { go(); }">The dam broke on Monday.</p>'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert summarize.html_document(page, id="x").text == "The dam broke on Monday."
    assert raw_text_length('<p title="a > b">ok</p>') == 2


def test_whitespace_rules_of_the_extracted_text() -> None:
    def text(markup: str) -> str:
        return summarize.html_document(markup, id="x").text

    assert text("<pre>def f():\n    return 1\n\n\nx = f()</pre>") == (
        "def f():\n    return 1\n\nx = f()"
    )
    assert text("<p>First para.<br><br>Second para.</p>") == "First para.\n\nSecond para."
    assert text("<p>The dam <!-- ad --> broke.</p>") == "The dam broke."


def test_the_title_is_read_as_the_text_is() -> None:
    page = "<h1>Dam breaks<br>in the north</h1><p>The dam broke.</p>"
    assert summarize.html_document(page, id="x").title == "Dam breaks in the north"
    page = "<h1>Dam <span hidden>HIDDEN </span>breaks</h1><p>The dam broke.</p>"
    assert summarize.html_document(page, id="x").title == "Dam breaks"


def test_bad_arguments_of_the_html_readers_get_the_library_errors() -> None:
    with pytest.raises(InputTypeError, match="metadata"):
        summarize.html_document("<p>Hi.</p>", id="x", metadata=[1, 2])  # type: ignore[arg-type]
    for path in (None, 3):
        with pytest.raises(InputTypeError, match="read_html takes a file's path"):
            summarize.read_html(path)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="read_json_articles takes a file's path"):
        read_json_articles(None)  # type: ignore[arg-type]


def test_a_pages_warnings_name_its_file(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<p>" + "<div>" * 3000 + "deep text" + "</div>" * 3000 + "</p>")
    with pytest.warns(summarize.SummarizeWarning, match="deep.html"):
        summarize.read_html(path)
