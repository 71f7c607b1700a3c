"""Every example runs, as a user runs it: ``python examples/<name>.py`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ENV = {**os.environ, "NLTK_DATA": os.devnull, "PYTHONIOENCODING": "utf-8"}


def run(name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=ENV,
        timeout=120,
    )


def test_every_example_is_tested() -> None:
    tested = {"summarize_folder.py", "summarize_jsonl.py", "html_report.py", "one_per_outlet.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


@pytest.mark.parametrize("name", ["summarize_folder.py", "one_per_outlet.py"])
def test_example_runs_on_the_samples(name: str, tmp_path: Path) -> None:
    result = run(name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "coast-radio" in result.stdout or "harbor-gazette" in result.stdout
    assert list(tmp_path.iterdir()) == []  # nothing written where it runs


def test_jsonl_example_on_the_sample_batch(tmp_path: Path) -> None:
    result = run("summarize_jsonl.py", "--words", "40", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["all-four", "first-two", "last-two"]
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal


def test_jsonl_example_reports_a_bad_topic_and_goes_on(tmp_path: Path) -> None:
    topics = tmp_path / "topics.jsonl"
    good = {
        "id": "good",
        "documents": [{"id": "a", "title": None, "text": "The river rose fast."}],
    }
    topics.write_text(json.dumps({"id": "bad", "documents": []}) + "\n" + json.dumps(good) + "\n")
    result = run("summarize_jsonl.py", str(topics), cwd=tmp_path)
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]
    assert "'bad'" in result.stderr


def test_html_report_example_writes_a_page_whose_links_resolve(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "radio.txt").write_text(
        "Solar Farm Opens\nThe floating solar farm opened on Tuesday. It covers the reservoir.",
        encoding="utf-8",
    )
    (tmp_path / "news" / "gazette.html").write_text(
        "<html><body><nav>Home</nav><article><h1>Farm opens</h1><p>The floating solar farm "
        "opened on Tuesday at the lake.</p><p>Fishers fear the panels.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    result = run("html_report.py", "news", "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.ids: set[str] = set()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if found.get("id"):
                self.ids.add(str(found["id"]))
            if str(found.get("href", "")).startswith("#"):
                self.hrefs.append(str(found["href"]))

    page = out.read_text(encoding="utf-8")
    parser = Links()
    parser.feed(page)
    assert parser.hrefs and all(href[1:] in parser.ids for href in parser.hrefs)
    assert "Extracted from HTML" in page and "Home" not in page  # the <nav> was dropped


def test_html_report_example_defaults_to_the_samples(tmp_path: Path) -> None:
    result = run("html_report.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.split()[1])
    assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
