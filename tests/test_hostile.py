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
