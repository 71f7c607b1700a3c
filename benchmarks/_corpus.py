"""Synthetic news inputs of any size, made from real sentences, for the speed benchmark.

The recipe (also recorded by :func:`recipe` in the benchmark's JSON):

1. **Pool.** Every article of ``../shared/data/duc2003.jsonl`` (relative to
   the repository root; the licensed text is read by path and never copied
   into the repository) is split with :func:`summarize.split_sentences`, in
   file order, and the sentences of kind ``"sentence"`` are kept. Duplicates
   are dropped (two sentences are the same when they are equal after
   collapsing whitespace and case-folding, the comparison the library uses to
   find lines printed twice), keeping the first. So is any sentence that
   :func:`summarize.split_sentences` does not find again, alone and as a
   ``"sentence"``, when it stands on a line of its own.
2. **Stream.** ``numpy.random.default_rng(seed)`` draws a permutation of the
   pool; when the stream runs out, the same generator draws the next
   permutation, and so on: every pass over the pool is a fresh shuffle, so
   sentences are mixed across articles and repeated copies come in a
   different order.
3. **Articles.** Sentences are taken from the stream ``article_size`` (30) at
   a time and joined with ``"\\n"``, one sentence a line (a line break always
   ends a sentence for the library, so it finds exactly these sentences
   again). A sentence that is already in the article being built (possible
   where two passes meet) is set aside and becomes the first sentence of the
   next article, so no article repeats a line. The last article holds the
   remainder, so the total is exactly the number asked for.

The builder returns the articles and the list of sentences in them, in
order; the benchmark checks that the library's segmenter finds exactly that
list (``sentences_seen``).
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "DEFAULT_DATA",
    "ARTICLE_SIZE",
    "SEED",
    "Corpus",
    "normalise",
    "make_pool",
    "load_pool",
    "build_corpus",
    "recipe",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "duc2003.jsonl"
ARTICLE_SIZE = 30
SEED = 20030


@dataclass(frozen=True)
class Corpus:
    """A generated input: the articles, and every sentence in them, in order."""

    articles: list[str]
    sentences: list[str]
    #: The sentences of each article, in order (``sum(map(len, ...)) == len(sentences)``).
    article_sentences: list[list[str]] = field(repr=False)
    seed: int = SEED
    article_size: int = ARTICLE_SIZE
    #: How many permutations of the pool were drawn.
    passes: int = 0


def normalise(text: str) -> str:
    """The comparison key of a line: whitespace collapsed, case-folded."""
    return " ".join(text.split()).casefold()


def make_pool(sentences: Iterable[str]) -> list[str]:
    """Keep each distinct sentence once, and only those the library finds again alone.

    Parameters
    ----------
    sentences : iterable of str
        Candidate sentences, in a fixed order.

    Returns
    -------
    list of str
        The pool, in first-seen order.
    """
    from summarize import split_sentences

    seen: set[str] = set()
    pool = []
    for text in sentences:
        key = normalise(text)
        if not key or key in seen:
            continue
        found = split_sentences(text)
        if len(found) == 1 and found[0].kind == "sentence" and found[0].text == text:
            seen.add(key)
            pool.append(text)
    return pool


def _article_texts(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                for document in json.loads(line)["documents"]:
                    yield document["text"]


def load_pool(path: str | Path | None = None) -> list[str]:
    """The sentence pool of the DUC articles at ``path`` (see the module docstring)."""
    from summarize import split_sentences

    path = Path(path) if path is not None else DEFAULT_DATA
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: the speed benchmark builds its inputs from the DUC 2003 "
            "articles in ../shared/data/ beside the repository (or pass --data)."
        )
    return make_pool(
        sentence.text
        for text in _article_texts(path)
        for sentence in split_sentences(text)
        if sentence.kind == "sentence"
    )


def build_corpus(
    pool: Sequence[str],
    n_sentences: int,
    *,
    seed: int = SEED,
    article_size: int = ARTICLE_SIZE,
) -> Corpus:
    """Articles holding exactly ``n_sentences`` sentences drawn from ``pool``.

    Deterministic for a given pool, size, seed and article size.

    Parameters
    ----------
    pool : sequence of str
        Distinct sentences (see :func:`make_pool`); at least two.
    n_sentences : int
        How many sentences in all.
    seed : int
        Seeds the permutations.
    article_size : int
        Sentences per article (the last one may have fewer).
    """
    if n_sentences < 1:
        raise ValueError(f"n_sentences must be >= 1, got {n_sentences}")
    if article_size < 1:
        raise ValueError(f"article_size must be >= 1, got {article_size}")
    if len(pool) < 2:
        raise ValueError("the pool needs at least two distinct sentences")
    article_size = min(article_size, len(pool))
    keys = [normalise(text) for text in pool]
    rng = np.random.default_rng(seed)
    passes = 0

    def stream() -> Iterator[int]:
        nonlocal passes
        while True:
            passes += 1
            yield from rng.permutation(len(pool)).tolist()

    indices = stream()
    deferred: deque[int] = deque()
    articles: list[str] = []
    article_sentences: list[list[str]] = []
    sentences: list[str] = []
    remaining = n_sentences
    while remaining:
        want = min(article_size, remaining)
        chosen: list[int] = []
        in_article: set[str] = set()
        held: list[int] = []
        while len(chosen) < want:
            index = deferred.popleft() if deferred else next(indices)
            if keys[index] in in_article:
                held.append(index)
                continue
            in_article.add(keys[index])
            chosen.append(index)
        deferred.extend(held)
        texts = [pool[i] for i in chosen]
        articles.append("\n".join(texts))
        article_sentences.append(texts)
        sentences.extend(texts)
        remaining -= want
    return Corpus(articles, sentences, article_sentences, seed, article_size, passes)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recipe(path: str | Path | None = None, *, pool_size: int | None = None) -> dict[str, Any]:
    """How the inputs are made, for the benchmark's JSON (no text of the data)."""
    path = Path(path) if path is not None else DEFAULT_DATA
    try:
        shown = str(path.resolve().relative_to(REPO_ROOT.parent))
        shown = f"../{shown}"
    except ValueError:
        shown = str(path)
    return {
        "source": shown,
        "source_sha256": _sha256(path) if path.exists() else None,
        "pool": (
            "summarize.split_sentences on every article in file order, kind 'sentence' kept; "
            "deduplicated by whitespace-collapsed, case-folded text (first kept); only "
            "sentences that split_sentences finds again alone, as one 'sentence', kept"
        ),
        "pool_sentences": pool_size,
        "shuffle": (
            "numpy.random.default_rng(seed).permutation(len(pool)) per pass over the pool, "
            "passes drawn from the same generator until enough sentences"
        ),
        "seed": SEED,
        "article_size": ARTICLE_SIZE,
        "joiner": "\\n (one sentence a line; articles have no headline)",
        "repeats": (
            "a sentence already in the article being built is deferred to the start of the "
            "next article; the last article holds the remainder"
        ),
    }
