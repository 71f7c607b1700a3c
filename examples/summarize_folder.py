"""Summarise a folder of text files and print the summary with citations.

Usage::

    python examples/summarize_folder.py                 # the built-in sample articles
    python examples/summarize_folder.py path/to/folder  # every .txt and .md file in it
    python examples/summarize_folder.py path/to/folder --words 60

Each sentence is followed by its citation, ``[article-id start:end]``: the
article it was taken from and its character span in that article, so
``article.text[start:end]`` is exactly the sentence.
"""

from __future__ import annotations

import argparse

import summarize


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="folder of articles (default: built-in samples)")
    parser.add_argument("--words", type=int, default=100, help="word budget (default: 100)")
    args = parser.parse_args(argv)

    if args.folder:
        articles = summarize.read_folder(args.folder)
    else:
        articles = summarize.sample_articles()
    summary = summarize.summarize(articles, max_words=args.words)

    print(f"Summary of {len(articles)} articles in at most {args.words} words:\n")
    for sentence in summary.sentences:
        outlets = len(sentence.supporting) + 1
        support = f", reported by {outlets} outlets" if outlets > 1 else ""
        print(f"{sentence.text} [{sentence.document_id} {sentence.start}:{sentence.end}{support}]")


if __name__ == "__main__":
    main()
