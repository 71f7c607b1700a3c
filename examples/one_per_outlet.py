"""A selection of your own: the best sentence of each outlet, from ``Summarizer().rank()``.

Usage::

    python examples/one_per_outlet.py                  # the built-in sample articles
    python examples/one_per_outlet.py path/to/folder   # every .txt and .md file in it

``rank()`` scores every candidate sentence (headlines and page furniture are
never candidates) and returns them all, best first, each with its provenance.
No budget or redundancy penalty applies, so any selection rule is a few lines
of Python: here, each outlet's highest-ranked sentence, so every outlet gets a
voice.
"""

from __future__ import annotations

import argparse

import summarize


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="folder of articles (default: built-in samples)")
    args = parser.parse_args(argv)
    articles = summarize.read_folder(args.folder) if args.folder else summarize.sample_articles()

    ranked = summarize.Summarizer().rank(articles)  # every candidate, best first

    best: dict[str, summarize.ScoredSentence] = {}
    for sentence in ranked:
        best.setdefault(sentence.document_id, sentence)  # the first seen is the outlet's best

    for sentence in sorted(best.values(), key=lambda s: s.rank):
        print(
            f"{sentence.document_id} (rank {sentence.rank} of {len(ranked)}, "
            f"score {sentence.score:.2f}, characters {sentence.start}-{sentence.end}):"
        )
        print(f"    {sentence.text}")
        assert (
            articles[sentence.document_index].text[sentence.start : sentence.end] == sentence.text
        )


if __name__ == "__main__":
    main()
