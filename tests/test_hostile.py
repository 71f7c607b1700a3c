"""The hostile battery (issue 11): what a scraper, a pipe or a web page may send.

One section per class of problem: regular expressions, processes, HTML, the
command line, exceptions, markdown output. Each input must end in a summary
or one clear error of the library's own (on the command line: one line and
the right exit status); none may hang, lose text silently or raise anything
else. Only invented text is used.
"""

from __future__ import annotations

import codecs
import html
import io
import json
import multiprocessing
import os
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

import summarize
from summarize import SummarizeWarning

# -- regular expressions ------------------------------------------------------------------


def test_icon_lists_stay_furniture_and_a_crafted_icon_line_ends() -> None:
    # "(?:icon-[\w-]+[\s,|]*)+" split "icon-aicon-a...!" in 2**n ways: 23 copies took 9 s,
    # these 60 would have taken longer than the age of the universe.
    kinds = [
        s.kind
        for s in summarize.split_sentences(
            "Rain fell today.\nicon-facebook icon-twitter, icon-mail | icon-print\n"
            "icon-aicon-b\n" + "icon-a" * 60 + "!"
        )
    ]
    assert kinds == ["sentence", "furniture", "furniture", "sentence"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SummarizeWarning)
        summary = summarize.summarize(["icon-a" * 60 + "!", "The river rose today."])
    assert "The river rose today." in [s.text for s in summary.sentences]


def test_newsletter_pattern_keeps_its_meaning() -> None:
    # Rewritten to run in linear time (see tests/test_regex_audit.py); same matches.
    kinds = {
        s.text: s.kind
        for s in summarize.split_sentences(
            "Rain fell today.\nSign up for our newsletter and more.\n"
            "Subscribe to the river for updates today.\nSubscribe now, it is free and good.\n"
            "Subscribers were told the service is free."
        )
    }
    assert kinds["Sign up for our newsletter and more."] == "furniture"
    assert kinds["Subscribe to the river for updates today."] == "furniture"
    assert kinds["Subscribe now, it is free and good."] == "furniture"  # a prompt (session 22)
    assert kinds["Subscribers were told the service is free."] == "sentence"


# -- processes ----------------------------------------------------------------------------


def _resolve_in_a_daemonic_worker(n_jobs: int | None) -> tuple[bool, int, int]:

    from summarize.segmentation.parallel import resolve_jobs

    summary = summarize.summarize(
        ["The council approved the budget on Monday.", "The budget passed on Monday."],
        n_jobs=n_jobs,
    )
    return multiprocessing.current_process().daemon, resolve_jobs(n_jobs, 10**9), len(summary)


def test_n_jobs_is_capped_at_the_available_cores(monkeypatch: pytest.MonkeyPatch) -> None:

    import summarize.segmentation.parallel as parallel

    cores = len(os.sched_getaffinity(0))
    assert parallel.resolve_jobs(10**6, 10) == cores
    assert parallel.resolve_jobs(24, 10) == min(24, cores)
    started: list[int] = []
    real_pool = parallel.ProcessPoolExecutor

    def counting_pool(*args: object, max_workers: int, **kwargs: object) -> object:
        started.append(max_workers)
        return real_pool(*args, max_workers=max_workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting_pool)
    articles = [f"Article {i} says the river rose by {i} metres today." for i in range(12)]
    summary = summarize.summarize(articles, n_jobs=10**6, max_sentences=2)
    # The articles restate one fact: the summary states it once.
    assert 1 <= len(summary) <= 2
    assert all(1 <= workers <= cores for workers in started)


@pytest.mark.parametrize("n_jobs", [2, -1, None])
def test_a_daemonic_pool_worker_runs_in_process(n_jobs: int | None) -> None:
    # "AssertionError: daemonic processes are not allowed to have children".

    with multiprocessing.get_context("fork").Pool(1) as pool:
        daemonic, jobs, length = pool.apply(_resolve_in_a_daemonic_worker, (n_jobs,))
    assert daemonic is True
    assert jobs == 1
    assert length >= 1


def test_a_worker_of_the_library_starts_no_pool_of_its_own() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from summarize.segmentation.parallel import mark_worker_process, resolve_jobs

    with ProcessPoolExecutor(1, initializer=mark_worker_process) as pool:
        assert pool.submit(resolve_jobs, 2, 10**9).result() == 1
        assert pool.submit(resolve_jobs, None, 10**9).result() == 1
    assert resolve_jobs(2, 10**9) == min(2, len(os.sched_getaffinity(0)))


# -- HTML ---------------------------------------------------------------------------------

STORY = "<p>The council approved the new budget on Monday after a long debate.</p>" * 8


def test_nested_articles_are_chosen_in_one_pass() -> None:
    # max(articles, key=text_content) read every nested article's text: quadratic
    # (250 levels around 1 MB took 49 s). The outermost holds the most text.
    from summarize.io.html import html_to_text

    depth = 400
    page = "<article><p>Level text here.</p>" * depth + "</article>" * depth
    text, _ = html_to_text(page)
    assert text.count("Level text here.") == depth


def test_text_nested_deeper_than_libxml2s_default_is_kept() -> None:
    from summarize.io.html import html_to_text

    deep = "<div>" * 600 + "<p>Deep text is here.</p>" + "</div>" * 600
    with warnings.catch_warnings():
        warnings.simplefilter("error", SummarizeWarning)  # nothing is lost: no warning
        text, _ = html_to_text(f"<p>Start here.</p>{deep}<p>After the deep part.</p>")
    assert text.split("\n\n") == ["Start here.", "Deep text is here.", "After the deep part."]


def test_text_the_parser_drops_is_reported() -> None:
    from summarize.io.html import html_to_text

    deeper = "<div>" * 3000 + "<p>Far too deep to be parsed at all.</p>" + "</div>" * 3000
    with pytest.warns(SummarizeWarning, match=r"lost by the HTML parser"):
        text, _ = html_to_text(f"<p>Start here.</p>{deeper}")
    assert text == "Start here."
    with pytest.warns(SummarizeWarning, match=r"8 of the page's 8 characters"):
        text, _ = html_to_text("<div>" * 3000 + "<p>Tiny text</p>")
    assert text == ""


def test_lone_surrogates_do_not_cut_the_page() -> None:
    # libxml2 stopped at "\ud800" and the rest of the page was silently gone.
    from summarize.io.html import html_to_text

    text, _ = html_to_text("<p>caf\ud800e is open.</p><p>The rest of the page.</p>")
    assert text == "caf\ufffde is open.\n\nThe rest of the page."


def test_main_story_wins_over_a_teaser_article() -> None:
    from summarize.io.html import html_to_text

    for teaser in (
        "<aside><article><p>Teaser: the weather tomorrow.</p></article></aside>",
        "<article><p>Teaser: the weather tomorrow.</p></article>",
    ):
        text, title = html_to_text(f"<main><h1>Budget passes</h1>{STORY}{teaser}</main>")
        assert text.startswith("Budget passes\n\nThe council approved")
        assert title == "Budget passes"


def test_hidden_and_template_articles_are_not_taken() -> None:
    from summarize.io.html import html_to_text

    page = (
        f"<article hidden>{STORY}{STORY}</article>"
        f"<template><article>{STORY}{STORY}</article></template>"
        f'<div aria-hidden="true"><article>{STORY}{STORY}</article></div>'
        "<article><p>The visible story is this one.</p></article>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SummarizeWarning)
        text, _ = html_to_text(page)
    assert text == "The visible story is this one."


def test_a_story_holding_little_of_the_page_is_reported() -> None:
    from summarize.io.html import html_to_text

    page = f"<div>{STORY}</div><article><p>A short teaser is here.</p></article>"
    with pytest.warns(SummarizeWarning, match=r"Only 19 of the page's \d+ characters"):
        text, _ = html_to_text(page)
    assert text == "A short teaser is here."


@pytest.mark.parametrize("charset", ["undefined", "rot13", "punycode", "no-such-charset"])
def test_an_unusable_declared_charset_is_ignored_with_a_warning(
    tmp_path: Path, charset: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(f'<meta charset="{charset}"><p>caf\xe9 open.</p>'.encode("latin-1"))
    with pytest.warns(SummarizeWarning, match=rf"declares the charset '{charset}'"):
        with pytest.raises(summarize.InputDecodeError, match="utf-8"):
            summarize.read_html(page)
    page.write_text(f'<meta charset="{charset}"><p>Caf\xe9 open.</p>', encoding="utf-8")
    assert summarize.read_html(page).text == "Caf\xe9 open."


@pytest.mark.parametrize("read", [summarize.read_html, summarize.read_article])
def test_an_encoding_that_cannot_decode_is_refused_by_the_readers(
    tmp_path: Path, read: Any
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>Rain fell.</p>", encoding="utf-8")
    with pytest.raises(summarize.InvalidParameterError, match=r"'encoding' parameter of read_"):
        read(page, encoding="undefined")


# -- the command line ---------------------------------------------------------------------

A_TEXT = "The council approved the new budget on Monday. Parks get more money.\n"
B_TEXT = "On Monday the council approved the budget. The vote was close.\n"


def _topic(ident: str) -> dict[str, Any]:
    return {"id": ident, "documents": [{"id": "a", "text": A_TEXT}, {"id": "b", "text": B_TEXT}]}


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from summarize import cli

    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A_TEXT, encoding="utf-8")
    b.write_text(B_TEXT, encoding="utf-8")
    return a, b


def _unblock_later(fifo: Path, seconds: float = 30.0) -> None:
    """Open the FIFO for writing after a while, so that a reader that wrongly blocks on it
    ends (and its test fails) instead of hanging the suite."""
    import threading
    import time

    def open_and_close() -> None:
        time.sleep(seconds)
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass

    threading.Thread(target=open_and_close, daemon=True).start()


def test_an_output_that_is_an_input_is_refused_before_writing(
    two: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = two
    alias = tmp_path / "alias.txt"
    alias.symlink_to(a)
    for output in (a, alias):
        status, out, err = _cli(capsys, str(a), str(b), "-o", str(output))
        assert status == 2
        assert err.count("\n") == 1 and "is the input" in err
        assert a.read_text(encoding="utf-8") == A_TEXT
    topics = tmp_path / "t.jsonl"
    topics.write_text(json.dumps(_topic("t1")) + "\n", encoding="utf-8")
    status, out, err = _cli(capsys, "--jsonl", str(topics), "-o", str(topics))
    assert status == 2 and "is the input" in err
    assert json.loads(topics.read_text(encoding="utf-8"))["id"] == "t1"


def test_jsonl_from_a_pipe_is_read_once(capsys: pytest.CaptureFixture[str]) -> None:
    # `--jsonl <(cat t.jsonl)`: the lines were counted first, and the topics then gone.
    import threading

    read, write = os.pipe()

    def feed() -> None:
        with os.fdopen(write, "wb") as pipe:
            for ident in ("t1", "t2"):
                pipe.write(json.dumps(_topic(ident)).encode() + b"\n")

    threading.Thread(target=feed, daemon=True).start()
    try:
        status, out, err = _cli(capsys, "--jsonl", f"/dev/fd/{read}", "--sentences", "1")
    finally:
        os.close(read)
    assert status == 0, err
    assert "== t1 ==" in out and "== t2 ==" in out


def test_bad_jsonl_lines_are_reported_by_number_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps(_topic("t1")).encode()
    lines = [
        codecs.BOM_UTF8 + good,  # a byte-order mark before line 1 is accepted
        json.dumps(_topic("t2")).encode().replace(b"council", b"coun\xffcil"),
        b"{not json",
        json.dumps(_topic("t4")).encode().replace(b"council", b"coun\\ud800cil"),
        json.dumps(_topic("t5")).encode(),
    ]
    topics = tmp_path / "t.jsonl"
    topics.write_bytes(b"\n".join(lines) + b"\n")
    status, out, err = _cli(capsys, "--jsonl", str(topics), "--sentences", "1", "-f", "json")
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["t1", "t5"]
    assert "line 2 is not valid utf-8" in err
    assert "line 3 is not valid JSON" in err
    assert "line 4 holds a lone surrogate" in err
    assert "3 of 5 topics failed" in err


def test_a_fifo_matched_by_a_glob_is_skipped_not_read(
    two: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _unblock_later(fifo)
    status, out, err = _cli(capsys, str(tmp_path / "*.txt"), "--sentences", "1")
    assert status == 0
    assert "pipe.txt" in err and "skipped" in err
    status, out, err = _cli(capsys, str(tmp_path), "--sentences", "1")
    assert status == 0 and "skipped" in err


def test_a_named_pipe_given_by_name_is_read(
    two: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    fifo = tmp_path / "wire.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write("The river rose two metres overnight in the valley.\n")

    threading.Thread(target=feed, daemon=True).start()
    status, out, err = _cli(capsys, str(fifo), "--sentences", "1")
    assert status == 0, err
    assert out.startswith("The river rose two metres overnight in the valley. [wire 0:")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["/dev/zero"], ["--jsonl", "/dev/zero"]):
        status, out, err = _cli(capsys, *args)
        assert status == 2
        assert err.count("\n") == 1 and "not a regular file" in err
    with pytest.raises(summarize.InvalidInputError, match="character device"):
        summarize.read_article("/dev/zero")


class _Zeros(io.RawIOBase):
    """An endless stream of zeros, like /dev/zero on standard input."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        buffer[:] = bytes(len(buffer))
        return len(buffer)


def test_an_endless_stream_is_refused_at_the_limit() -> None:
    from summarize.io.files import read_stream

    with pytest.raises(summarize.InvalidInputError, match="more than 1000 bytes"):
        read_stream(io.BufferedReader(_Zeros()), "Standard input", limit=1000)


@pytest.mark.parametrize("args", [["-"], ["--jsonl", "-"]])
def test_endless_standard_input_ends_in_one_error(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # It read until MemoryError. Reading stops after MAX_INPUT_BYTES (64 MiB) for an
    # article; a JSONL line that long fails its topic, and the batch stops after four
    # times as much of one line (256 MiB).
    class Stdin:
        buffer = io.BufferedReader(_Zeros())

    monkeypatch.setattr("sys.stdin", Stdin())
    status, out, err = _cli(capsys, *args)
    assert status == 2
    limit = "67108864 bytes" if args == ["-"] else "268435456 bytes"
    assert err.count("\n") == 1 and limit in err


def test_a_symlink_loop_is_followed_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sub = tmp_path / "news" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (sub / "b.txt").write_text(B_TEXT, encoding="utf-8")
    (sub / "loop").symlink_to("..")
    (tmp_path / "news" / "self").symlink_to(".")
    (tmp_path / "news" / "again").symlink_to("sub")
    status, out, err = _cli(
        capsys, str(tmp_path / "news" / "**" / "*.txt"), "--sentences", "1", "-f", "json"
    )
    assert status == 0, err
    data = json.loads(out)
    assert sorted(d["id"] for d in data["documents"]) == ["a", "b"]
    assert data["sentences"][0]["supporting"] in (["a"], ["b"])


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_is_one_error_with_status_2(
    two: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = two
    topics = tmp_path / "t.jsonl"
    topics.write_text(json.dumps(_topic("t1")) + "\n", encoding="utf-8")
    for args in ([str(a), str(b)], ["--jsonl", str(topics)]):
        status, out, err = _cli(capsys, *args, "-o", "/dev/full")
        assert status == 2
        assert err == "summarize: error: cannot write '/dev/full': No space left on device\n"


# -- the library's own exceptions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata", "where"),
    [
        ({"seen": float("nan")}, r"metadata\['seen'\] is nan"),
        ({"tags": ["a", float("inf")]}, r"metadata\['tags'\]\[1\] is inf"),
        ({"when": __import__("datetime").date(2024, 5, 16)}, r"metadata\['when'\] is a date"),
        ({"n": __import__("numpy").int64(3)}, r"metadata\['n'\] is a int64"),
        ({"ids": {1, 2}}, r"metadata\['ids'\] is a set"),
        ({"by": {7: "x"}}, r"metadata\['by'\] has the key 7"),
    ],
)
def test_metadata_json_cannot_hold_is_refused_when_the_document_is_made(
    metadata: dict[str, Any], where: str
) -> None:
    with pytest.raises(summarize.InputTypeError, match=where):
        summarize.Document(id="wire", text="Rain fell.", metadata=metadata)
    with pytest.raises(summarize.InputTypeError, match=where):
        summarize.summarize([{"id": "wire", "text": "Rain fell.", "metadata": metadata}])


def test_metadata_is_a_deep_copy_of_json_data() -> None:
    given = {"tags": ("flood", "river"), "source": {"name": "wire", "rank": 1.5, "ok": True}}
    document = summarize.Document(id="wire", text="Rain fell.", metadata=given)
    assert document.metadata == {
        "tags": ["flood", "river"],
        "source": {"name": "wire", "rank": 1.5, "ok": True},
    }
    given["source"]["name"] = "changed"  # type: ignore[index]
    assert document.metadata["source"]["name"] == "wire"
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(200):
        node["k"] = {}
        node = node["k"]
    with pytest.raises(summarize.InputTypeError, match="nested more than 64 levels"):
        summarize.Document(id="deep", text="Rain fell.", metadata=deep)


def test_to_json_is_always_valid_json() -> None:
    import dataclasses

    summary = summarize.summarize(
        [{"id": "a", "text": "The caf\ud800 opened today.", "metadata": {"note": "x\udfff"}}]
    )
    text = summary.to_json(include_text=True)
    text.encode("utf-8")  # no raw surrogate left: every writer accepts it
    assert json.loads(text)["sentences"][0]["text"] == "The caf\ud800 opened today."
    nan = dataclasses.replace(summary.sentences[0], score=float("nan"))
    with pytest.raises(
        summarize.InvalidInputError, match=r"\['sentences'\]\[0\]\['score'\] is nan"
    ):
        dataclasses.replace(summary, sentences=(nan,)).to_json()
    summary.documents[0].metadata["later"] = object()  # mutated after it was made
    with pytest.raises(summarize.InvalidInputError, match=r"\['later'\] is a object"):
        summary.to_json()


def test_an_encoding_that_cannot_decode_is_refused() -> None:
    from summarize.documents import check_encoding

    for name in ("undefined", "rot13", "hex", "no-such-codec", 8):
        with pytest.raises(summarize.InvalidParameterError, match="'encoding' parameter"):
            check_encoding(name)
    assert check_encoding("UTF8") == "utf-8"
    # Refused before a bytes article is read: the library's error, not a bare UnicodeError.
    from summarize.documents import coerce_documents

    with pytest.raises(summarize.InvalidParameterError, match="of coerce_documents"):
        coerce_documents([b"Rain fell."], encoding="undefined")


def test_summarizer_refuses_the_undefined_encoding() -> None:
    with pytest.raises(summarize.InvalidParameterError, match="'encoding' parameter"):
        summarize.Summarizer(encoding="undefined")


@pytest.mark.parametrize(
    "settings",
    [{"concept_power": 1000.0}, {"centrality_weight": 1e308}, {"position_weight": 1e308}],
)
def test_settings_that_overflow_are_refused(settings: dict[str, float]) -> None:
    with pytest.raises(summarize.InvalidParameterError):
        summarize.scorers.Coverage(**settings)


# -- markdown output ----------------------------------------------------------------------

HOSTILE_SENTENCES = [
    'The page said <img src=x onerror="alert(1)"> and <script>alert(2)</script> today.',
    "Prices rose *sharply* in [May](http://evil.example) for `all` users [2] today.",
    "# Breaking: the council voted 5 | 4 to close ~the~ old_bridge \\ today.",
]


def test_markdown_output_shows_article_html_and_markup_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    for n, sentence in enumerate(HOSTILE_SENTENCES):
        (tmp_path / f"<b>wire-{n}.txt").write_text(sentence + "\n", encoding="utf-8")
    status, out, err = _cli(capsys, str(tmp_path), "--sentences", "3", "-f", "markdown")
    assert status == 0, err
    assert "<img" not in out and "<script" not in out and "<b>" not in out
    rendered = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(out)
    # Nothing became an element but the paragraphs and the numbered list of the
    # summary's sentences; the words read as they were written.
    assert set(re.findall(r"<(/?\w+)", rendered)) <= {"p", "/p", "ol", "/ol", "li", "/li"}
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    for sentence in HOSTILE_SENTENCES:
        assert sentence in text
    for n in range(3):
        assert f"<b>wire-{n}, characters" in text
    assert "[1]" in text and "[2]" in text and "[3]" in text


def test_escape_markdown_round_trips_through_a_renderer() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    from summarize.cli import escape_markdown

    renderer = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    samples = HOSTILE_SENTENCES + ["- a list?", "12) first", "1. first", "> quote", "a\nb"]
    samples += ["&amp; &lt;", "+ plus", "= equal", "  # indented", ". dot", "2024 was. Hot."]
    for sample in samples:
        rendered = renderer.render(escape_markdown(sample)).strip()
        assert rendered.startswith("<p>") and rendered.endswith("</p>")
        assert html.unescape(rendered[3:-4]) == sample.replace("\n", " ").strip()


def test_comments_inside_the_page_are_not_read_as_elements() -> None:
    # Found by the fuzzer: a comment's .get("aria-hidden", "") is None, and .lower() failed.
    from summarize.io.html import html_to_text

    text, _ = html_to_text("<div><!-- a note --><p>Rain fell.</p><!----><?pi x?></div>")
    assert text == "Rain fell."


def test_bytes_a_codec_rejects_with_a_bare_unicode_error_give_input_decode_error() -> None:
    # Found by the fuzzer: a codec may raise UnicodeError, not UnicodeDecodeError
    # (punycode did, before it was refused as an encoding of domain names).
    from summarize.documents import decode_bytes

    with pytest.raises(summarize.InputDecodeError, match="cannot be decoded as punycode"):
        decode_bytes("Rain fell on the town today.".encode("cp1252"), "punycode", "Article 0")


@pytest.mark.parametrize("codec", ["punycode", "idna", "IDNA", "Punycode"])
def test_the_codecs_of_domain_names_are_refused_as_encodings(codec: str) -> None:
    # Found by the fuzzer: decoding 800 kB of bytes as punycode took about 150 s,
    # its time quadratic in the input. Such codecs encode domain names, not articles.
    with pytest.raises(summarize.InvalidParameterError, match="encodes domain names"):
        summarize.Summarizer(encoding=codec)
    with pytest.raises(summarize.InvalidParameterError, match="encodes domain names"):
        summarize.summarize([b"Rain fell on the town today."], encoding=codec)
