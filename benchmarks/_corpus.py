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
   ``"sentence"``, on a line of its own. Each kept sentence is then tried on
   one line with a probe after it (:data:`PROBE_AFTER`) and with probes
   before it (:data:`PROBES_BEFORE`): where the library splits the pair back
   exactly, the sentence may end, or start, a line shared with others.
2. **Stream.** ``numpy.random.default_rng(seed)`` draws a permutation of the
   pool; when the stream runs out, the same generator draws the next
   permutation, and so on: every pass over the pool is a fresh shuffle, so
   sentences are mixed across articles and repeated copies come in a
   different order.
3. **Articles.** Sentences are taken from the stream ``article_size`` (30) at
   a time. A sentence that is already in the article being built (possible
   where two passes meet) is set aside and becomes the first sentence of the
   next article, so no article repeats a sentence, nor a line. The last
   article holds the remainder, so the total is exactly the number asked for.
4. **Lines.** As in the DUC articles, a line (paragraph) holds one to five
   sentences: a second generator, ``numpy.random.default_rng([seed, 1])``,
   draws each line's length with the weights :data:`LINE_SENTENCES`
   (measured on the DUC 2003 articles). Sentences on a line are joined by a
   space, lines by a line break. A line is closed early where the sentence
   before may not end a shared line or the next may not start one (step 1),
   so the library finds exactly these sentences again (a line break always
   ends a sentence for it).

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
    "LINE_SENTENCES",
    "PROBE_AFTER",
    "PROBES_BEFORE",
    "Pool",
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
#: Probability that a line holds 1, 2, 3, 4 or 5 sentences: the sentences per
#: non-blank line of the DUC 2003 articles (2,477, 1,540, 470, 125 and 32 lines
#: of 4,661; the 17 longer lines are counted as 5).
LINE_SENTENCES = (0.531, 0.330, 0.101, 0.027, 0.011)
#: A sentence may end a shared line when the library splits it from this one after it.
PROBE_AFTER = "The talks went on."
#: A sentence may follow another on a line when the library splits it from each of these.
PROBES_BEFORE = ("It rained.", "It rained in 1998.")


@dataclass(frozen=True)
class Pool:
    """Distinct sentences, and where each may share a line with others."""

    sentences: tuple[str, ...]
    #: Whether the sentence may be followed by another on its line.
    may_end_line: tuple[bool, ...]
    #: Whether the sentence may follow another on its line.
    may_start_line: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.sentences)


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
    #: How many lines the articles have in all.
    lines: int = 0


def normalise(text: str) -> str:
    """The comparison key of a line: whitespace collapsed, case-folded."""
    return " ".join(text.split()).casefold()


def _splits_into(text: str, pieces: Sequence[str]) -> bool:
    from summarize import split_sentences

    found = split_sentences(text)
    return [s.text for s in found] == list(pieces) and all(s.kind == "sentence" for s in found)


def make_pool(sentences: Iterable[str]) -> Pool:
    """Keep each distinct sentence once, and only those the library finds again alone.

    Parameters
    ----------
    sentences : iterable of str
        Candidate sentences, in a fixed order.

    Returns
    -------
    Pool
        The sentences in first-seen order, and where each may share a line.
    """
    seen: set[str] = set()
    kept: list[str] = []
    for text in sentences:
        key = normalise(text)
        if key and key not in seen and _splits_into(text, [text]):
            seen.add(key)
            kept.append(text)
    return Pool(
        tuple(kept),
        tuple(_splits_into(f"{text} {PROBE_AFTER}", [text, PROBE_AFTER]) for text in kept),
        tuple(
            all(_splits_into(f"{probe} {text}", [probe, text]) for probe in PROBES_BEFORE)
            for text in kept
        ),
    )


def _article_texts(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                for document in json.loads(line)["documents"]:
                    yield document["text"]


def load_pool(path: str | Path | None = None) -> Pool:
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


def _lay_out(pool: Pool, chosen: Sequence[int], lengths: Sequence[int]) -> list[str]:
    """The lines of one article: the sentences on lines of the drawn lengths."""
    lines: list[str] = []
    line: list[str] = []
    wanted = iter(lengths)
    length = next(wanted)
    previous = -1
    for index in chosen:
        if line:
            shares = (
                len(line) < length and pool.may_end_line[previous] and pool.may_start_line[index]
            )
            if not shares:
                lines.append(" ".join(line))
                line = []
                length = next(wanted)
        line.append(pool.sentences[index])
        previous = index
    lines.append(" ".join(line))
    return lines


def build_corpus(
    pool: Pool,
    n_sentences: int,
    *,
    seed: int = SEED,
    article_size: int = ARTICLE_SIZE,
) -> Corpus:
    """Articles holding exactly ``n_sentences`` sentences drawn from ``pool``.

    Deterministic for a given pool, size, seed and article size.

    Parameters
    ----------
    pool : Pool
        Distinct sentences (see :func:`make_pool`); at least two.
    n_sentences : int
        How many sentences in all.
    seed : int
        Seeds the permutations and the line lengths.
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
    keys = [normalise(text) for text in pool.sentences]
    rng = np.random.default_rng(seed)
    layout = np.random.default_rng([seed, 1])
    weights = np.asarray(LINE_SENTENCES) / sum(LINE_SENTENCES)
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
    n_lines = 0
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
        lengths = (layout.choice(len(weights), size=want, p=weights) + 1).tolist()
        lines = _lay_out(pool, chosen, lengths)
        n_lines += len(lines)
        texts = [pool.sentences[i] for i in chosen]
        articles.append("\n".join(lines))
        article_sentences.append(texts)
        sentences.extend(texts)
        remaining -= want
    return Corpus(articles, sentences, article_sentences, seed, article_size, passes, n_lines)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recipe(path: str | Path | None = None, *, pool: Pool | None = None) -> dict[str, Any]:
    """How the inputs are made, for the benchmark's JSON (no text of the data)."""
    path = Path(path) if path is not None else DEFAULT_DATA
    try:
        shown = f"../{path.resolve().relative_to(REPO_ROOT.parent)}"
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
        "pool_sentences": None if pool is None else len(pool),
        "pool_may_end_line": None if pool is None else sum(pool.may_end_line),
        "pool_may_start_line": None if pool is None else sum(pool.may_start_line),
        "shuffle": (
            "numpy.random.default_rng(seed).permutation(len(pool)) per pass over the pool, "
            "passes drawn from the same generator until enough sentences"
        ),
        "seed": SEED,
        "article_size": ARTICLE_SIZE,
        "repeats": (
            "a sentence already in the article being built is deferred to the start of the "
            "next article; the last article holds the remainder"
        ),
        "lines": (
            "each line's sentence count drawn from line_sentences_weights (1..5) with "
            "numpy.random.default_rng([seed, 1]); sentences on a line joined by a space, lines "
            "by a line break; a line is closed early unless the sentence before may end a "
            "shared line and the next may start one (probes); no headline"
        ),
        "line_sentences_weights": list(LINE_SENTENCES),
        "probe_after": PROBE_AFTER,
        "probes_before": list(PROBES_BEFORE),
    }
