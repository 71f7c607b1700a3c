"""Summarise many topics from a JSONL file, one summary a line, with a progress bar.

Usage::

    python examples/summarize_jsonl.py              # a sample batch of the built-in articles
    python examples/summarize_jsonl.py topics.jsonl --words 100 > summaries.jsonl

Each input line is one topic, ``{"id": ..., "documents": [{"id": ..., "title": ...,
"text": ...}, ...]}``; each output line is ``{"id": ..., "summary": {...}}``, the
summary's ``to_dict()`` with every sentence's provenance. A topic that cannot be
summarised is reported on stderr by its id, and the others are still summarised.

The command line does the same: ``summarize --jsonl topics.jsonl --format json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import summarize


def progress(done: int, total: int, started: float) -> None:
    """Draw a one-line progress bar on stderr, only when it is a terminal."""
    if not sys.stderr.isatty():
        return
    filled = 30 * done // total
    rate = done / max(time.monotonic() - started, 1e-9)
    sys.stderr.write(
        f"\r[{'#' * filled}{'-' * (30 - filled)}] {done}/{total} topics, {rate:.1f}/s"
    )
    sys.stderr.write("\n" if done == total else "")
    sys.stderr.flush()


def sample_batch(folder: Path) -> Path:
    """Write a small JSONL batch made of the built-in sample articles; return its path."""
    articles = [
        {"id": d.id, "title": d.title, "text": d.text} for d in summarize.sample_articles()
    ]
    topics = [
        {"id": "all-four", "documents": articles},
        {"id": "first-two", "documents": articles[:2]},
        {"id": "last-two", "documents": articles[2:]},
    ]
    path = folder / "topics.jsonl"
    path.write_text("".join(json.dumps(t) + "\n" for t in topics), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", nargs="?", help="topics, one a line (default: a sample batch)")
    parser.add_argument("--words", type=int, default=100, help="word budget (default: 100)")
    args = parser.parse_args(argv)

    path = Path(args.jsonl) if args.jsonl else sample_batch(Path(tempfile.mkdtemp()))
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    summarizer = summarize.Summarizer(max_words=args.words)  # settings validated once
    failed = []
    started = time.monotonic()
    for done, line in enumerate(lines, 1):
        ident = f"line-{done}"
        try:
            topic = json.loads(line)
            ident = topic.get("id", ident)
            summary = summarizer.summarize(topic["documents"])
        except (summarize.SummarizeError, ValueError, KeyError) as error:
            # One bad topic must not stop the batch: report it and go on.
            failed.append(str(ident))
            print(f"topic {ident!r} failed: {error!r}", file=sys.stderr)
        else:
            print(json.dumps({"id": ident, "summary": summary.to_dict()}, ensure_ascii=False))
        progress(done, len(lines), started)

    if failed:
        print(f"{len(failed)} of {len(lines)} topics failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
