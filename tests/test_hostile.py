"""The hostile battery (issue 11): what a scraper, a pipe or a web page may send.

One section per class of problem: regular expressions, processes, HTML, the
command line, exceptions, markdown output. Each input must end in a summary
or one clear error of the library's own (on the command line: one line and
the right exit status); none may hang, lose text silently or raise anything
else. Only invented text is used.
"""

from __future__ import annotations

import multiprocessing
import os
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
            "Subscribe to the river for updates today.\nSubscribe now, it is free and good."
        )
    }
    assert kinds["Sign up for our newsletter and more."] == "furniture"
    assert kinds["Subscribe to the river for updates today."] == "furniture"
    assert kinds["Subscribe now, it is free and good."] == "sentence"


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
    assert len(summary) == 2
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


@pytest.mark.parametrize("charset", ["undefined", "rot13", "no-such-charset"])
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
