"""The hostile battery (issue 11): what a scraper, a pipe or a web page may send.

One section per class of problem: regular expressions, processes, HTML, the
command line, exceptions, markdown output. Each input must end in a summary
or one clear error of the library's own (on the command line: one line and
the right exit status); none may hang, lose text silently or raise anything
else. Only invented text is used.
"""

from __future__ import annotations

import warnings

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
