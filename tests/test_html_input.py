"""HTML articles: the readable text is extracted, and offsets index that text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import summarize
from summarize.io.html import html_to_text

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
