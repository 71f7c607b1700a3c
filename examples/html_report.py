"""Write the HTML report: the summary, each sentence linked to its place in its article.

Usage::

    python examples/html_report.py                          # the built-in sample articles
    python examples/html_report.py news/ -o report.html      # .txt, .md and .html files
    python examples/html_report.py page1.html page2.html --words 80

The page is self-contained (inline CSS, no script, nothing fetched): open it in
any browser. Every article is shown in full with the chosen sentences
highlighted, and its headline and page furniture greyed out. For web pages
(``.html``), the article's readable text is extracted first, and the offsets
index that text.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import summarize

SUFFIXES = (".txt", ".md", ".html", ".htm")


def read(path: Path) -> summarize.Document:
    """Read one article: web pages through their readable text, other files as they are."""
    if path.suffix.lower() in (".html", ".htm"):
        return summarize.read_html(path)
    return summarize.read_article(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: built-in samples)")
    parser.add_argument("--words", type=int, default=100, help="word budget (default: 100)")
    parser.add_argument("-o", "--output", help="the page to write (default: in a temp folder)")
    args = parser.parse_args(argv)

    if args.inputs:
        paths: list[Path] = []
        for name in map(Path, args.inputs):
            paths += (
                sorted(p for p in name.iterdir() if p.suffix.lower() in SUFFIXES)
                if name.is_dir()
                else [name]
            )
        articles = [read(path) for path in paths]
    else:
        articles = summarize.sample_articles()

    summary = summarize.summarize(articles, max_words=args.words)
    page = summarize.render_html(summary, title=f"Summary of {len(articles)} articles")

    output = Path(args.output) if args.output else Path(tempfile.mkdtemp()) / "summary.html"
    output.write_text(page, encoding="utf-8")
    print(f"Wrote {output} ({len(summary.sentences)} sentences from {len(articles)} articles).")
    print(f"Open it: {output.resolve().as_uri()}")


if __name__ == "__main__":
    main()
