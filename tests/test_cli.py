"""The command line, run as a user runs it: ``python -m summarize`` in a subprocess.

Starting Python and importing the library takes a second or more, so the
behaviours that depend on a real process (stdin, exit status, stdout encoding,
globs not expanded by a shell) run in a subprocess, and the many error and
option cases call :func:`summarize.cli.main` in-process, which is the same code.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import summarize
from summarize import cli
from summarize.io.files import sample_folder

ENV = {**os.environ, "NLTK_DATA": os.devnull, "PYTHONIOENCODING": "utf-8"}


def run(
    *args: str, stdin: str | bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "summarize", *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        env=ENV,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in-process; return its exit status, stdout and stderr."""
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def citations(stdout: str) -> list[tuple[str, str, int, int]]:
    """Parse text output: ``sentence [id, "Title" start:end]`` lines (no outlet given)."""
    found = []
    for line in stdout.splitlines():
        if line.startswith(("Note:", " ")) or not line.endswith("]"):
            continue
        text, _, cite = line[:-1].rpartition(" [")
        named, _, span = cite.rpartition(" ")
        ident = named.split(', "')[0]
        start, end = span.split(":")
        found.append((text, ident, int(start), int(end)))
    return found


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(sample_folder(), folder)
    return folder


def texts_of(folder: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in folder.iterdir()}


# -- inputs ----------------------------------------------------------------------------------


def test_folder_text_output_cites_exact_spans(news: Path) -> None:
    result = run(str(news), "--sentences", "3")
    assert result.returncode == 0, result.stderr
    found = citations(result.stdout)
    assert len(found) == 3
    texts = texts_of(news)
    for text, ident, start, end in found:
        assert texts[ident][start:end] == text


def test_glob_is_expanded_by_the_command_not_the_shell(news: Path) -> None:
    (news / "notes.rst").write_text("Not an article. It must not be read.", encoding="utf-8")
    result = run(str(news / "*-*.txt"), "--sentences", "8", "--method", "coverage")
    assert result.returncode == 0, result.stderr
    ids = {ident for _, ident, _, _ in citations(result.stdout)}
    assert ids and ids <= {"coast-radio", "harbor-gazette", "tech-weekly", "valley-news"}


def test_clashing_file_names_get_their_path_as_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    (tmp_path / "a" / "wire.txt").write_text("The river rose fast in the night.", encoding="utf-8")
    (tmp_path / "b" / "wire.txt").write_text(
        "Rain fell on the town all day long.", encoding="utf-8"
    )
    status, out, err = main(capsys, "a", "b", "--sentences", "2")
    assert status == 0, err
    assert {ident for _, ident, _, _ in citations(out)} == {"a/wire.txt", "b/wire.txt"}


def test_stdin_articles_are_separated_by_dashes() -> None:
    stdin = (
        "Rain fell on the town all day. The river rose fast.\n"
        "---\n"
        "Roads were closed in the night. Schools stayed shut on Monday.\n"
    )
    result = run("-", "--sentences", "4", "--order", "source", stdin=stdin)
    assert result.returncode == 0, result.stderr
    articles = stdin.split("---\n")
    found = citations(result.stdout)
    assert [ident for _, ident, _, _ in found] == ["stdin-1", "stdin-1", "stdin-2", "stdin-2"]
    for text, ident, start, end in found:
        assert articles[int(ident[-1]) - 1][start:end] == text


# -- formats ---------------------------------------------------------------------------------


def test_markdown_numbers_each_source(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = main(capsys, str(news), "--sentences", "3", "--format", "markdown")
    assert status == 0, err
    body, sources = out.strip().split("\n\n")[:2]
    assert [f"[{n}]" in body for n in (1, 2, 3)] == [True, True, True]
    texts = texts_of(news)
    for n, line in enumerate(sources.splitlines(), 1):
        assert line.startswith(f"[{n}]: ")
        named, _, rest = line[len(f"[{n}]: ") :].partition(", characters ")
        ident = named.split(', "')[0]
        start, end = (int(x) for x in rest.split(";")[0].split("–"))
        assert texts[ident][start:end] in body


def test_json_is_the_summary_with_provenance(news: Path) -> None:
    result = run(
        str(news), "--words", "60", "--order", "source", "--format", "json", "--include-text"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["settings"]["max_words"] == 60 and data["settings"]["order"] == "source"
    assert data["notes"] == []
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for s in data["sentences"]:
        assert texts[s["document_id"]][s["start"] : s["end"]] == s["text"]
    assert sum(len(s["text"].split()) for s in data["sentences"]) <= 60
    keys = [(s["document_index"], s["start"]) for s in data["sentences"]]
    assert keys == sorted(keys)


def test_html_report_written_to_a_file(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.html"
    status, out, err = main(capsys, str(news), "--format", "html", "-o", str(report))
    assert (status, out, err) == (0, "", "")
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="doc-0"' in page


def test_every_summarizer_setting_has_an_option_with_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = cli.build_parser()
    options = {a.dest: a for a in parser._actions}
    for field in dataclasses.fields(summarize.Summarizer):
        assert field.name in options, field.name
        assert options[field.name].help
    status, out, _ = main(capsys, "--help")
    assert status == 0
    for flag in (
        "--words",
        "--sentences",
        "--chars",
        "--order",
        "--language",
        "--method",
        "--selector",
        "--jobs",
        "--encoding",
        "--format",
        "--output",
        "--jsonl",
        "--quiet",
        "exit status",
    ):
        assert flag in out


# -- batches ---------------------------------------------------------------------------------


def write_topics(path: Path) -> None:
    topics = [
        {
            "id": "flood",
            "documents": [
                {
                    "id": "a",
                    "title": None,
                    "text": "Rain fell on the town all day. The river rose fast.",
                },
                {
                    "id": "b",
                    "title": None,
                    "text": "The river rose fast in the night. Roads closed.",
                },
            ],
        },
        {"id": "empty-topic", "documents": []},
        {
            "id": "prices",
            "documents": [
                {"id": "x", "title": "Prices", "text": "Prices rose in May. Fuel led the rise."},
                {"id": "y", "title": None, "text": "In May prices rose again.", "outlet": "wire"},
            ],
        },
    ]
    lines = [json.dumps(t) for t in topics]
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_batch_reports_bad_topics_and_summarises_the_rest(tmp_path: Path) -> None:
    topics = tmp_path / "topics.jsonl"
    write_topics(topics)
    result = run("--jsonl", str(topics), "--sentences", "1", "--format", "json")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["flood", "prices"]
    assert all(len(line["summary"]["sentences"]) == 1 for line in lines)
    assert lines[1]["summary"]["documents"][1]["outlet"] == "wire"  # a citation field now
    assert "'empty-topic'" in result.stderr and "'line-3'" in result.stderr
    assert "2 of 4 topics failed" in result.stderr
    assert "Traceback" not in result.stderr and "\r" not in result.stderr  # no bar off a terminal


@pytest.mark.parametrize(
    ("fmt", "first", "second"),
    [
        ("text", "== flood ==\n", "\n\n== prices ==\n"),
        ("markdown", "## flood\n", "\n\n## prices\n"),
    ],
)
def test_jsonl_text_output_has_a_block_per_topic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, first: str, second: str
) -> None:
    topics = tmp_path / "topics.jsonl"
    write_topics(topics)
    status, out, err = main(capsys, "--jsonl", str(topics), "--sentences", "1", "-f", fmt, "-q")
    assert status == 1
    assert out.startswith(first) and second in out
    assert "2 of 4 topics failed" in err


def test_jsonl_html_output_is_one_page_with_unique_anchors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    topics = tmp_path / "topics.jsonl"
    write_topics(topics)
    status, out, _ = main(capsys, "--jsonl", str(topics), "--sentences", "1", "-f", "html", "-q")
    assert status == 1
    assert out.count("<!DOCTYPE html>") == 1
    assert 'id="topic-1-doc-0"' in out and 'id="topic-2-doc-0"' in out


def test_progress_bar_draws_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = cli._Progress(2, enabled=True, stream=stream)
        bar.update()
        bar.update(failed=True)
        bar.close()
    assert "2/2 topics, 1 failed" in terminal.getvalue() and "\r" in terminal.getvalue()
    assert pipe.getvalue() == ""
    quiet = Terminal()
    bar = cli._Progress(1, enabled=False, stream=quiet)
    bar.update()
    assert quiet.getvalue() == ""


# -- errors ----------------------------------------------------------------------------------


def assert_one_error_line(status: int, err: str, expected: str) -> None:
    assert status == 2, err
    assert "Traceback" not in err
    assert err.startswith("summarize: error: ") and err.count("\n") == 1, err
    assert expected in err, err


def test_errors_in_a_real_process_exit_2_with_one_line(tmp_path: Path, news: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes(
        "Caf\xe9 au lait is served here. It is good.".encode("latin-1")
    )
    for args, expected in [
        ([str(tmp_path / "nope.txt")], "no such file"),
        ([str(tmp_path / "latin1.txt"), "--encoding", "ascii"], "--encoding"),
        (
            [str(news), "--method", "klingon"],
            "argument --method: The 'scorer' parameter of Summarizer must be a Scorer or one of",
        ),
    ]:
        result = run(*args)
        assert_one_error_line(result.returncode, result.stderr, expected)
        assert result.stdout == ""


def test_errors_are_one_line_exit_2(
    tmp_path: Path, news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    all_bad = tmp_path / "bad.jsonl"
    all_bad.write_text('{"id": "t", "documents": []}\n', encoding="utf-8")
    cases = {
        "glob without match": ([str(tmp_path / "*.xml")], "no file matches"),
        "folder without articles": ([str(tmp_path / "empty")], "holds no"),
        "empty article": ([str(tmp_path / "blank.txt")], "empty"),
        "no input": ([], "no input"),
        "bad budget": ([str(news), "--words", "0"], "--words"),
        "not a number": ([str(news), "--sentences", "three"], "--sentences"),
        "unknown language": ([str(news), "--language", "klingon"], "--language"),
        "unknown format": ([str(news), "--format", "pdf"], "--format"),
        "jsonl and files": ([str(news), "--jsonl", str(all_bad)], "--jsonl"),
        "missing jsonl": (["--jsonl", str(tmp_path / "nope.jsonl")], "cannot read"),
        "unwritable output": ([str(news), "-o", str(tmp_path / "no" / "x.txt")], "cannot write"),
    }
    for name, (args, expected) in cases.items():
        status, out, err = main(capsys, *args)
        assert out == "", name
        assert_one_error_line(status, err, expected)


def test_a_batch_where_every_topic_fails_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    all_bad = tmp_path / "bad.jsonl"
    all_bad.write_text(
        '{"id": "t", "documents": []}\n{"id": "u", "documents": [{"text": 3}]}\n'
        '{"id": "v", "documents": "nope"}\n'
    )
    status, out, err = main(capsys, "--jsonl", str(all_bad))
    assert (status, out) == (2, "")
    assert err.splitlines()[0].startswith("summarize: error: topic 't': ")
    assert err.splitlines()[1].startswith("summarize: error: topic 'u': ")
    assert err.splitlines()[2].startswith("summarize: error: topic 'v': ")
    assert err.splitlines()[3] == "summarize: error: 3 of 3 topics failed: t, u, v"


def test_the_right_encoding_reads_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes("Caf\xe9 au lait is served here. It is good.".encode("latin-1"))
    status, out, err = main(capsys, str(article), "--encoding", "latin-1", "--sentences", "2")
    assert status == 0, err
    assert "Caf\xe9 au lait is served here. [latin1 0:28]" in out


def test_skipped_article_is_a_warning_unless_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The river rose fast in the night.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Back To Top\n", encoding="utf-8")
    status, _, err = main(capsys, str(tmp_path), "--sentences", "1")
    assert status == 0 and "summarize: warning: Article 'b'" in err
    status, _, err = main(capsys, str(tmp_path), "--sentences", "1", "--quiet")
    assert status == 0 and err == ""


def test_jsonl_from_standard_input() -> None:
    topic = {
        "id": "t",
        "documents": [{"id": "a", "text": "Caf\u00e9s opened on the harbor today."}],
    }
    result = run("--jsonl", "-", "-f", "json", stdin=json.dumps(topic, ensure_ascii=False) + "\n")
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)
    assert (
        line["id"] == "t" and line["summary"]["text"] == "Caf\u00e9s opened on the harbor today."
    )


def test_every_layer_agrees_with_the_one_declaration(capsys: pytest.CaptureFixture[str]) -> None:
    """The settings are declared once (summarize.pipeline.SETTINGS): the class, the
    one-call function, the command line and the docs all follow that declaration."""
    import inspect

    from summarize.pipeline import SETTINGS

    names = [s.name for s in SETTINGS]
    assert names == [f.name for f in dataclasses.fields(summarize.Summarizer)]
    # The function forwards every setting and knows no other.
    signature = inspect.signature(summarize.summarize)
    assert list(signature.parameters) == ["articles", "query", "settings"]
    for setting in SETTINGS:
        value = setting.default
        assert getattr(summarize.Summarizer(**{setting.name: value}), setting.name) == value
    # The command line: one option a setting, its help the declaration's.
    parser = cli.build_parser()
    options = {a.dest: a for a in parser._actions}
    for setting in SETTINGS:
        assert setting.metadata["help"] in options[setting.name].help
        flag = setting.metadata["flag"] or "--" + setting.name.replace("_", "-")
        assert flag in options[setting.name].option_strings
    # The docs: the configuration page lists every setting, and the class docstring too.
    page = (Path(__file__).parents[1] / "docs" / "configuration.md").read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in page, name
        assert f"    {name} : " in (summarize.Summarizer.__doc__ or ""), name


def test_options_must_be_spelled_in_full(capsys: pytest.CaptureFixture[str], news: Path) -> None:
    status, _, err = main(capsys, str(news), "--word", "20")
    assert status == 2 and "unrecognized arguments: --word" in err


def test_a_bad_value_names_the_option(capsys: pytest.CaptureFixture[str], news: Path) -> None:
    status, _, err = main(capsys, str(news), "--words", "0")
    assert status == 2 and err.startswith(
        "summarize: error: argument --words: must be a whole number of at least 1; got '0'"
    )


# -- .json articles ---------------------------------------------------------------------------


def _wire_json(folder: Path) -> Path:
    article = {
        "id": "wire-7",
        "title": "Bridge reopens",
        "outlet": "Wire Service",
        "text": "The bridge reopened on Friday after repairs. Drivers cheered at noon.",
    }
    path = folder / "wire.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    return path


def test_a_json_article_is_read_as_an_article_not_as_json_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: the file was read as text, and the summary quoted its JSON syntax.
    _wire_json(tmp_path)
    (tmp_path / "gazette.txt").write_text(
        "After months of repairs, the bridge reopened Friday. Traffic resumed.", encoding="utf-8"
    )
    status, out, err = main(capsys, str(tmp_path), "--format", "json", "--include-text")
    assert status == 0, err
    data = json.loads(out)
    documents = {d["id"]: d for d in data["documents"]}
    assert set(documents) == {"gazette", "wire-7"}  # the folder's .json is read too
    wire = documents["wire-7"]
    assert wire["outlet"] == "Wire Service" and wire["title"] == "Bridge reopens"
    assert wire["text"].startswith("The bridge reopened")
    for s in data["sentences"]:
        assert "{" not in s["text"] and '"' not in s["text"]
        assert documents[s["document_id"]]["text"][s["start"] : s["end"]] == s["text"]


def test_json_articles_a_list_without_ids_and_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = [{"text": "Rain fell all night. The river rose."}, {"text": "The river rose fast."}]
    (tmp_path / "day.json").write_text(json.dumps(articles), encoding="utf-8")
    status, out, err = main(capsys, str(tmp_path / "day.json"), "--format", "json")
    assert status == 0, err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["day-1", "day-2"]
    summary = summarize.summarize(articles).to_json()
    for content, expected in (
        (summary, "holds a summary (the JSON that summarize writes), not an article"),
        ('{"x": 1}', "holds no article: a .json article is an object with a 'text' key"),
        ('{"text": ', "is not valid JSON"),
        ('[{"id": 3, "text": "Rain."}]', "The 'id' of a Document must be a str"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_text(content, encoding="utf-8")
        status, out, err = main(capsys, str(bad))
        assert status == 2 and out == ""
        assert err.startswith(f"summarize: error: The file {str(bad)!r}") and expected in err
    # In a folder, the message says how to leave the file out.
    (tmp_path / "manifest.json").write_text('{"count": 2}', encoding="utf-8")
    (tmp_path / "bad.json").unlink()
    status, out, err = main(capsys, str(tmp_path))
    assert status == 2 and "To leave it out, name the articles instead (such as" in err


def test_a_jsonl_file_given_as_an_article_points_to_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: the topics file was summarised as one article of JSON source.
    topics = tmp_path / "topics.jsonl"
    topics.write_text('{"id": "t", "documents": [{"text": "Rain fell."}]}\n', encoding="utf-8")
    status, out, err = main(capsys, str(topics))
    assert status == 2 and out == ""
    assert "is a JSON-lines file, one topic a line: pass it with --jsonl" in err


def test_a_file_that_cannot_be_utf16_is_refused_not_read_as_cjk(tmp_path: Path) -> None:
    # Before: --encoding utf-16 on a UTF-8 page or text decoded to a page of CJK
    # characters, which were summarised and cited without a word.
    page = tmp_path / "courier.html"
    page.write_text(
        "<html><body><article><h1>Bridge reopens</h1><p>The bridge reopened on Friday "
        "after months of repairs, officials said. Drivers cheered as traffic resumed at "
        "noon, and the mayor thanked the crews. The repairs cost four million dollars and "
        "took eleven months, longer than planned.</p></article></body></html>",
        encoding="utf-8",
    )
    text = tmp_path / "gazette.txt"
    text.write_text("The bridge reopened on Friday after repairs. " * 8, encoding="utf-8")
    for path in (page, text):
        assert cli.main([str(path), "--encoding", "utf-16"]) == 2
    real = tmp_path / "wide.txt"
    real.write_text("The bridge reopened on Friday after repairs. " * 8, encoding="utf-16")
    assert cli.main([str(real), "--encoding", "utf-16", "-q"]) == 0
    done = run("-", "--encoding", "utf-16", stdin=page.read_bytes())
    assert (
        done.returncode == 2 and "Standard input is not UTF-16: it has no zero byte" in done.stderr
    )


def test_a_topic_id_with_a_line_break_keeps_its_heading_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    topics = tmp_path / "topics.jsonl"
    line = {"id": "storm\nday 2", "documents": ["Rain fell all night. The river rose."]}
    topics.write_text(json.dumps(line) + "\n", encoding="utf-8")
    status, out, err = main(capsys, "--jsonl", str(topics), "--sentences", "1")
    assert status == 0, err
    assert out.splitlines()[0] == "== storm day 2 =="


def test_utf8_read_as_latin1_as_asked_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: --encoding latin-1 on a UTF-8 file summarised "CafÃ© owners" without a word.
    path = tmp_path / "cafe.txt"
    path.write_text("Café owners in Montréal said the storm closed roads.", encoding="utf-8")
    status, out, err = main(capsys, str(path), "--encoding", "latin-1")
    assert status == 0 and "CafÃ©" in out
    assert "is valid UTF-8 with non-ASCII characters, but was read as" in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café owners in Montréal said so.".encode("latin-1"))
    status, out, err = main(capsys, str(latin), "--encoding", "latin-1")
    assert status == 0 and "Café" in out and "warning" not in err


def test_a_byte_order_mark_on_standard_input_is_no_text() -> None:
    stdin = "\ufeffRain fell on the town all day. The river rose fast.\n---\nRoads closed.\n"
    result = run("-", "--sentences", "1", "--order", "source", "-f", "json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)["sentences"][0]
    assert not first["text"].startswith("\ufeff") and first["start"] == 0
