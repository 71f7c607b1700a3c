"""Check that time grows linearly: ten times the input, at most about twenty times the time.

For each generator below, time ``Summarizer().summarize`` (the default budget,
100 words) on an input of size ``n`` and on one of size ``10 n``; the ratio of
the times must stay under ``--limit`` (default 20: linear, with room for
noise and cache effects). Each time is the best of ``--repeat`` runs. Inputs
are invented text only (no licensed data), generated deterministically.

Usage::

    python benchmarks/linearity.py            # all generators, JSON report on stdout
    python benchmarks/linearity.py --only prose,one_long_sentence --scale 0.5

Exit status 1 when a ratio is over the limit.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

import summarize
from summarize import SummarizeError, Summarizer

VOCABULARY = (
    "river bridge council budget storm harbor market school mayor police fire train station "
    "ferry power water election court judge minister talks treaty village farmer harvest "
    "price fuel wage strike union company factory engineer doctor hospital nurse patient "
    "flood drought rain wind snow road tunnel airport pilot flight ship cargo port coast"
).split()
FUNCTION_WORDS = "the a of in on at to for with by after before and but".split()


def _sentence(rng: random.Random, i: int) -> str:
    words = [
        rng.choice(VOCABULARY if k % 2 else FUNCTION_WORDS) for k in range(rng.randint(8, 22))
    ]
    words[0] = words[0].capitalize()
    return " ".join(words) + f" {i % 1000}."


def prose(n: int) -> list[str]:
    """``n`` sentences in articles of 30, three sentences a line."""
    rng = random.Random(n)
    sentences = [_sentence(rng, i) for i in range(n)]
    articles = []
    for a in range(0, n, 30):
        chunk = sentences[a : a + 30]
        articles.append("\n".join(" ".join(chunk[i : i + 3]) for i in range(0, len(chunk), 3)))
    return articles


def one_article(n: int) -> list[str]:
    """One article of ``n`` sentences, one a line."""
    rng = random.Random(n)
    return ["\n".join(_sentence(rng, i) for i in range(n))]


def one_long_sentence(n: int) -> list[str]:
    """One sentence of ``n`` words and no punctuation."""
    rng = random.Random(n)
    return [" ".join(rng.choice(VOCABULARY) for _ in range(n))]


def cjk_without_spaces(n: int) -> list[str]:
    """``n`` characters of Chinese with no space and no punctuation."""
    rng = random.Random(n)
    return ["".join(chr(0x4E00 + rng.randrange(2000)) for _ in range(n))]


def one_word_articles(n: int) -> list[str]:
    """``n`` articles of one word each."""
    return [VOCABULARY[i % len(VOCABULARY)] for i in range(n)]


def one_sentence_articles(n: int) -> list[str]:
    """``n`` articles of one distinct sentence each."""
    rng = random.Random(n)
    return [_sentence(rng, i) for i in range(n)]


def same_article_repeated(n: int) -> list[str]:
    """One article of ten sentences, ``n`` times."""
    return one_article(10) * n


def full_stops(n: int) -> list[str]:
    """``n`` full stops separated by spaces, on one line."""
    return [". " * n]


def abbreviations(n: int) -> list[str]:
    """``n`` abbreviations in a row ("Mr. Dr. U.S. ..."), one sentence for Punkt."""
    return [" ".join(["Mr.", "Dr.", "U.S.", "Gen.", "e.g."][i % 5] for i in range(n))]


def repeated_stopword_sentence(n: int) -> list[str]:
    """One sentence with no term ("It is what it is."), ``n`` times on one line."""
    return ["It is what it is. " * n]


def many_lines(n: int) -> list[str]:
    """``n`` short lines with CRLF line ends, control characters and emoji."""
    rng = random.Random(n)
    return ["\r\n".join(f"{_sentence(rng, i)[:-1]} \x00\u200b😀." for i in range(n))]


def figures(n: int) -> list[str]:
    """A table of ``n`` figures written as sentences ("77241 786139, 107407 23644. ..."):
    nearly every candidate a fragment, no word in lower case (one seed for every size:
    the small input is the start of the large one)."""
    rng = random.Random(0)
    return [" ".join(str(rng.randint(0, 10**6)) + rng.choice([".", ",", ""]) for _ in range(n))]


def repeated_figure(n: int) -> list[str]:
    """One run-on article repeating a figure ``n`` times without a full stop ("The rate
    fell to 2.1% The rate fell to 2.1% ..."), beside one short article giving another: the
    disagreements paired every reading with every other (session 31, a black-box review:
    176 KB took 36 s)."""
    return [
        "The rate fell to 2.1% " * n + "in May.",
        "The rate fell to 3% in May, officials said.",
    ]


GENERATORS: dict[str, tuple[Callable[[int], list[str]], int]] = {
    # name: (generator, base size n; the large input is 10 n)
    "prose": (prose, 2_000),
    "one_article": (one_article, 2_000),
    "one_long_sentence": (one_long_sentence, 20_000),
    "cjk_without_spaces": (cjk_without_spaces, 100_000),
    "one_word_articles": (one_word_articles, 5_000),
    "one_sentence_articles": (one_sentence_articles, 2_000),
    "same_article_repeated": (same_article_repeated, 200),
    "full_stops": (full_stops, 5_000),
    "abbreviations": (abbreviations, 5_000),
    "repeated_stopword_sentence": (repeated_stopword_sentence, 2_000),
    "many_lines": (many_lines, 2_000),
    "figures": (figures, 20_000),
    "repeated_figure": (repeated_figure, 800),
}


def timed(summarizer: Summarizer, articles: list[str], repeat: int) -> tuple[float, str]:
    best = float("inf")
    outcome = ""
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            summary = summarizer.summarize(articles)
            outcome = f"{len(summary)} sentences"
        except SummarizeError as error:
            outcome = type(error).__name__
        best = min(best, time.perf_counter() - started)
    return best, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated generator names")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--limit", type=float, default=20.0, help="largest allowed time ratio")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(GENERATORS)
    warnings.simplefilter("ignore", summarize.SummarizeWarning)
    summarizer = Summarizer()
    summarizer.summarize(["Warm up the caches. The stemmer and tokenizer load once."])
    rows: list[dict[str, Any]] = []
    for name in names:
        generate, base = GENERATORS[name]
        n = max(1, int(base * args.scale))
        small, large = generate(n), generate(10 * n)
        small_time, small_outcome = timed(summarizer, small, args.repeat)
        large_time, large_outcome = timed(summarizer, large, max(1, args.repeat - 1))
        ratio = large_time / small_time
        row = {
            "generator": name,
            "n": n,
            "chars_small": sum(map(len, small)),
            "chars_large": sum(map(len, large)),
            "seconds_small": round(small_time, 4),
            "seconds_large": round(large_time, 4),
            "ratio": round(ratio, 1),
            "ok": ratio <= args.limit,
            "outcome_large": large_outcome,
        }
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    report = {
        "limit": args.limit,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "summarize": summarize.__version__,
        "rows": rows,
        "all_ok": all(row["ok"] for row in rows),
    }
    print(json.dumps(report, indent=2))
    return 0 if report["all_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
