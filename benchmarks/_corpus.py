"""Synthetic news of any size whose vocabulary grows as news does, for the speed benchmark.

Resampling a fixed pool of real sentences keeps the vocabulary at the pool's
(about 12,000 terms) whatever the size, which hides every cost that grows with
the vocabulary. Real news keeps bringing new names, numbers and codes: its
vocabulary follows Heaps' law, ``V = K N ** beta`` for ``N`` tokens, with
``beta`` about 0.6 on the DUC articles. The recipe (also recorded by
:func:`recipe` in the benchmark's JSON):

1. **Source.** Every article of the DUC files (``../shared/data/duc2003.jsonl``
   and ``duc2002.jsonl`` beside the repository; the licensed text is read by
   path and never copied into the repository) is split with
   :func:`summarize.split_sentences`, in file order, and the distinct
   sentences of kind ``"sentence"`` are kept. Without those files, the
   package's own sample articles are the source (:func:`fallback_source`), so
   the tests run anywhere.
2. **Chain.** The sentences are cut into whitespace tokens, punctuation
   attached ("said," is one token), and an order-2 Markov chain is counted:
   which token follows each pair of tokens, from two start marks to an end
   mark. Sentences are drawn from it with ``numpy.random.default_rng(seed)``,
   all at once, one token a step; sentences shorter than :data:`MIN_TOKENS`
   or longer than :data:`MAX_TOKENS` tokens are dropped.
3. **Open classes.** Tokens of the source are classed as names (a capitalised
   word not first in its sentence), numbers (digits) and codes (upper-case
   letters with digits or dashes, as "F-16" or "AIDS"). In a drawn sentence
   each such token is, with the probability :data:`REPLACE` of its class,
   replaced by an invented one of the same class, its punctuation kept; the
   invented one is the ``k``-th of its class, ``k`` drawn from a Zipf law of
   exponent :data:`ZIPF`: a few new names are frequent, most are rare, and
   their number keeps growing with the size, as in news.
4. **Articles.** Sentences are taken from the stream ``article_size`` (30) at
   a time, skipping one already in the article; a line (paragraph) holds one
   to five sentences, drawn with the weights :data:`LINE_SENTENCES` (measured
   on the DUC 2003 articles) by ``numpy.random.default_rng([seed, 1])``;
   sentences on a line are joined by a space, lines by a line break. Each
   article is split again with :func:`summarize.split_sentences`: where the
   library does not find exactly the sentences laid out, the article is laid
   out one sentence a line, and a sentence that the library still does not
   find alone, or (when each is found alone) whose line runs on into the next
   (it ends in an abbreviation: "WebTV Inc."), is dropped and replaced by the
   next one of the stream. So every size is exact
   and the library sees exactly the generated sentences (the benchmark checks
   it again: ``sentences_seen``).

:func:`heaps` measures the vocabulary growth of a corpus (scikit-learn's
default token pattern, lower-cased, the vocabulary of the floor) and fits
Heaps' exponent.
"""

from __future__ import annotations

import hashlib
import json
import re
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
    "MIN_TOKENS",
    "MAX_TOKENS",
    "REPLACE",
    "ZIPF",
    "Source",
    "Corpus",
    "normalise",
    "make_source",
    "load_source",
    "fallback_source",
    "build_corpus",
    "heaps",
    "recipe",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (
    REPO_ROOT.parent / "shared" / "data" / "duc2003.jsonl",
    REPO_ROOT.parent / "shared" / "data" / "duc2002.jsonl",
)
ARTICLE_SIZE = 30
SEED = 20030
#: Probability that a line holds 1, 2, 3, 4 or 5 sentences: the sentences per
#: non-blank line of the DUC 2003 articles (2,477, 1,540, 470, 125 and 32 lines
#: of 4,661; the 17 longer lines are counted as 5).
LINE_SENTENCES = (0.531, 0.330, 0.101, 0.027, 0.011)
#: Drawn sentences with fewer or more tokens are dropped.
MIN_TOKENS = 4
MAX_TOKENS = 70
#: Probability that a token of each open class is replaced by an invented one.
REPLACE = {"name": 0.7, "number": 0.7, "code": 1.0}
#: Exponent of the Zipf law that draws which invented token of a class is used.
ZIPF = 1.2
_CLASSES = ("name", "number", "code")
_NAME = re.compile(r"[A-Z][a-z]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CODE = re.compile(r"(?=.*[A-Z].*)(?=.*[\d-].*|[A-Z]{3,}$)[A-Z0-9]+(?:-[A-Z0-9]+)*")
_WRAP = re.compile(r"^([\"'(\[`]*)(.*?)([\"')\].,;:!?`]*)$", re.DOTALL)
_SYLLABLES = (
    "ka lo ven mar ti sa ru bel do fen gra hol ix jo kur lan mo nel or pa qui ros sta tu "
    "ul vor wes xa yen zor ber cal dri eth fal gun har ish jan kel lor mun nor ost pel "
    "rin sol tam"
).split()
_START, _END = 0, 1

_HEAPS_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class Source:
    """Distinct real sentences, and the order-2 chain drawn from them."""

    sentences: tuple[str, ...]
    #: Where they come from (paths, or "summarize sample articles").
    origin: tuple[str, ...] = ()
    _chain: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.sentences)

    def chain(self) -> dict[str, Any]:
        """The chain's arrays, counted once (see :func:`_count_chain`)."""
        if not self._chain:
            self._chain.update(_count_chain(self.sentences))
        return self._chain


@dataclass(frozen=True)
class Corpus:
    """A generated input: the articles, and every sentence in them, in order."""

    articles: list[str]
    sentences: list[str]
    #: The sentences of each article, in order (``sum(map(len, ...)) == len(sentences)``).
    article_sentences: list[list[str]] = field(repr=False)
    seed: int = SEED
    article_size: int = ARTICLE_SIZE
    #: How many drawn sentences the library did not find again alone (replaced).
    dropped: int = 0
    #: How many lines the articles have in all.
    lines: int = 0
    #: How many articles had to be laid out one sentence a line.
    relaid: int = 0


def normalise(text: str) -> str:
    """The comparison key of a line: whitespace collapsed, case-folded."""
    return " ".join(text.split()).casefold()


def make_source(sentences: Iterable[str], origin: Sequence[str] = ()) -> Source:
    """Keep each distinct sentence (by :func:`normalise`) once, in first-seen order."""
    seen: set[str] = set()
    kept: list[str] = []
    for text in sentences:
        key = normalise(text)
        if key and key not in seen:
            seen.add(key)
            kept.append(" ".join(text.split()))
    return Source(tuple(kept), tuple(origin))


def _article_texts(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                for document in json.loads(line)["documents"]:
                    yield document["text"]


def _shown(path: Path) -> str:
    try:
        return f"../{path.resolve().relative_to(REPO_ROOT.parent)}"
    except ValueError:
        return str(path)


def load_source(paths: Sequence[str | Path] | str | Path | None = None) -> Source:
    """The source sentences of the DUC articles at ``paths`` (see the module docstring)."""
    from summarize import split_sentences

    if paths is None:
        paths = DEFAULT_DATA
    if isinstance(paths, (str, Path)):
        paths = [paths]
    found = [Path(p) for p in paths]
    missing = [p for p in found if not p.exists()]
    if missing:
        raise FileNotFoundError(
            f"{missing[0]} not found: the speed benchmark builds its inputs from the DUC "
            "articles in ../shared/data/ beside the repository (pass --data, or --fallback "
            "to use the package's sample articles)."
        )
    return make_source(
        (
            sentence.text
            for path in found
            for text in _article_texts(path)
            for sentence in split_sentences(text)
            if sentence.kind == "sentence"
        ),
        [_shown(p) for p in found],
    )


def fallback_source() -> Source:
    """The sentences of the package's sample articles, for when the DUC data are absent."""
    from summarize import sample_articles, split_sentences

    return make_source(
        (
            sentence.text
            for document in sample_articles()
            for sentence in split_sentences(document.text)
            if sentence.kind == "sentence"
        ),
        ["summarize sample articles"],
    )


# --------------------------------------------------------------------------- the chain


def _token_class(token: str, first: bool) -> int:
    """0 for a closed-class token, else 1 + the index of its class in :data:`_CLASSES`."""
    core = _WRAP.match(token).group(2)  # type: ignore[union-attr]
    if _NUMBER.fullmatch(core):
        return 2
    if _CODE.fullmatch(core):
        return 3
    if not first and _NAME.fullmatch(core):
        return 1
    return 0


def _count_chain(sentences: Sequence[str]) -> dict[str, Any]:
    """The order-2 chain of the sentences' whitespace tokens, as arrays.

    States are pairs of token ids; the transitions of a state are a run of
    ``entries`` (``offsets[s]`` to ``offsets[s + 1]``), one per occurrence, so
    drawing an entry uniformly draws the next token with its frequency.
    """
    vocabulary: dict[tuple[str, int], int] = {}
    words: list[str] = ["<s>", "</s>"]
    classes: list[int] = [0, 0]
    rows: list[list[int]] = []
    for text in sentences:
        ids = [_START, _START]
        for position, token in enumerate(text.split()):
            cls = _token_class(token, position == 0)
            key = (token, cls)
            index = vocabulary.get(key)
            if index is None:
                index = vocabulary[key] = len(words)
                words.append(token)
                classes.append(cls)
            ids.append(index)
        ids.append(_END)
        rows.append(ids)
    size = len(words)
    a = np.concatenate([np.asarray(r[:-2], dtype=np.int64) for r in rows])
    b = np.concatenate([np.asarray(r[1:-1], dtype=np.int64) for r in rows])
    c = np.concatenate([np.asarray(r[2:], dtype=np.int64) for r in rows])
    state_code = a * size + b
    order = np.argsort(state_code, kind="stable")
    state_code, c, b = state_code[order], c[order], b[order]
    states, offsets = np.unique(state_code, return_index=True)
    offsets = np.append(offsets, len(c))
    # The state reached after each entry: the pair (b, c), when c is not the end.
    after = b * size + c
    next_state = np.searchsorted(states, after)
    next_state[c == _END] = 0
    start = int(np.searchsorted(states, _START * size + _START))
    wrap = [_WRAP.match(w).groups() for w in words]  # type: ignore[union-attr]
    return {
        "words": np.asarray(words, dtype=object),
        "classes": np.asarray(classes, dtype=np.int8),
        "prefix": [w[0] for w in wrap],
        "suffix": [w[2] for w in wrap],
        "offsets": offsets.astype(np.int64),
        "entries": c.astype(np.int64),
        "next_state": next_state.astype(np.int64),
        "start": start,
    }


def _invented(cls: int, k: int) -> str:
    """The ``k``-th (from 1) invented token of class ``cls`` (1 name, 2 number, 3 code)."""
    if cls == 2:
        return str(k)
    if cls == 3:
        letters = "".join(chr(65 + (k // 26**i) % 26) for i in range(2))
        return f"{letters}-{k // 676 + 1}"
    digits = []
    k += len(_SYLLABLES)  # at least two syllables
    while k:
        k, digit = divmod(k, len(_SYLLABLES))
        digits.append(_SYLLABLES[digit])
    return "".join(digits).capitalize()


def _draw_batch(chain: dict[str, Any], count: int, rng: np.random.Generator) -> list[str]:
    """``count`` sentences walked through the chain together, open classes replaced."""
    offsets, entries, next_state = chain["offsets"], chain["entries"], chain["next_state"]
    tokens = np.full((count, MAX_TOKENS + 1), -1, dtype=np.int64)
    state = np.full(count, chain["start"], dtype=np.int64)
    active = np.arange(count)
    length = np.zeros(count, dtype=np.int64)
    for step in range(MAX_TOKENS + 1):
        if not len(active):
            break
        s = state[active]
        width = offsets[s + 1] - offsets[s]
        entry = offsets[s] + (rng.random(len(active)) * width).astype(np.int64)
        token = entries[entry]
        ended = token == _END
        length[active[ended]] = step
        going = ~ended
        tokens[active[going], step] = token[going]
        state[active[going]] = next_state[entry[going]]
        active = active[going]
    length[active] = MAX_TOKENS + 1  # never ended: too long
    keep = (length >= MIN_TOKENS) & (length <= MAX_TOKENS)
    tokens, length = tokens[keep], length[keep]
    # Open classes: replace with an invented token drawn from a Zipf law.
    words: np.ndarray = chain["words"]
    present = tokens >= 0
    cls = np.where(present, chain["classes"][np.where(present, tokens, 0)], 0)
    probability = np.zeros(len(_CLASSES) + 1)
    for i, name in enumerate(_CLASSES, 1):
        probability[i] = REPLACE[name]
    replace = rng.random(tokens.shape) < probability[cls]
    rows, cols = np.nonzero(replace)
    k = np.minimum(rng.zipf(ZIPF, size=len(rows)), 2**40)
    source = tokens[rows, cols]
    codes = source * 2**41 + k
    unique, inverse = np.unique(codes, return_inverse=True)
    base = len(words)
    made = [
        chain["prefix"][int(c >> 41)]
        + _invented(int(chain["classes"][int(c >> 41)]), int(c & (2**41 - 1)))
        + chain["suffix"][int(c >> 41)]
        for c in unique
    ]
    tokens[rows, cols] = base + inverse.ravel()
    table = np.concatenate([words, np.asarray(made, dtype=object)])
    texts = []
    for row, n in zip(tokens.tolist(), length.tolist(), strict=True):
        texts.append(" ".join(table[row[:n]]))
    return texts


def _stream(source: Source, seed: int, batch: int = 20_000) -> Iterator[str]:
    chain = source.chain()
    rng = np.random.default_rng(seed)
    while True:
        yield from _draw_batch(chain, batch, rng)


# --------------------------------------------------------------------------- articles


def _lay_out(sentences: Sequence[str], lengths: Sequence[int]) -> list[str]:
    """The lines of one article: the sentences on lines of the drawn lengths."""
    lines, position = [], 0
    for length in lengths:
        if position >= len(sentences):
            break
        lines.append(" ".join(sentences[position : position + length]))
        position += length
    return lines


def _pieces(text: str) -> list[Any]:
    """The pieces (sentences and others) the library finds in ``text``."""
    from summarize import split_sentences

    return list(split_sentences(text))


def _found(text: str) -> list[str] | None:
    """The sentences the library finds in ``text``, or None if one is not a 'sentence'."""
    pieces = _pieces(text)
    if any(p.kind != "sentence" for p in pieces):
        return None
    return [p.text for p in pieces]


def build_corpus(
    source: Source,
    n_sentences: int,
    *,
    seed: int = SEED,
    article_size: int = ARTICLE_SIZE,
) -> Corpus:
    """Articles holding exactly ``n_sentences`` sentences drawn from ``source``'s chain.

    Deterministic for a given source, size, seed and article size.

    Parameters
    ----------
    source : Source
        Real sentences (see :func:`make_source`); at least two.
    n_sentences : int
        How many sentences in all.
    seed : int
        Seeds the chain walk, the invented tokens and the line lengths.
    article_size : int
        Sentences per article (the last one may have fewer).
    """
    if n_sentences < 1:
        raise ValueError(f"n_sentences must be >= 1, got {n_sentences}")
    if article_size < 1:
        raise ValueError(f"article_size must be >= 1, got {article_size}")
    if len(source) < 2:
        raise ValueError("the source needs at least two distinct sentences")
    stream = _stream(source, seed)
    layout = np.random.default_rng([seed, 1])
    weights = np.asarray(LINE_SENTENCES) / sum(LINE_SENTENCES)
    deferred: deque[str] = deque()
    articles: list[str] = []
    article_sentences: list[list[str]] = []
    sentences: list[str] = []
    n_lines = dropped = relaid = 0
    remaining = n_sentences
    while remaining:
        want = min(article_size, remaining)
        chosen: list[str] = []
        keys: set[str] = set()
        held: list[str] = []
        while len(chosen) < want:
            text = deferred.popleft() if deferred else next(stream)
            key = normalise(text)
            if key in keys:
                held.append(text)
                continue
            keys.add(key)
            chosen.append(text)
        deferred.extend(held)
        lengths = (layout.choice(len(weights), size=want, p=weights) + 1).tolist()
        lines = _lay_out(chosen, lengths)
        if _found("\n".join(lines)) != chosen:
            lines = list(chosen)
            if _found("\n".join(lines)) != chosen:
                # Keep the sentences the library finds alone; draw others for the rest.
                good = [text for text in chosen if _found(text) == [text]]
                if len(good) == want:
                    # Each is a sentence alone, yet one line runs on into the next (it
                    # ends in an abbreviation, as "WebTV Inc."): drop the lines the
                    # library does not find whole, or this would draw them again forever.
                    whole = {p.text for p in _pieces("\n".join(chosen)) if p.kind == "sentence"}
                    good = [text for text in good if text in whole]
                dropped += want - len(good)
                deferred.extendleft(reversed(good))
                continue
            relaid += 1
        n_lines += len(lines)
        articles.append("\n".join(lines))
        article_sentences.append(chosen)
        sentences.extend(chosen)
        remaining -= want
    return Corpus(
        articles, sentences, article_sentences, seed, article_size, dropped, n_lines, relaid
    )


# --------------------------------------------------------------------------- Heaps' law


def heaps(texts: Iterable[str], *, points: int = 24) -> dict[str, Any]:
    """Vocabulary growth of ``texts`` in order, and Heaps' exponent fitted to it.

    Tokens are scikit-learn's default (``\\b\\w\\w+\\b``, lower-cased): the
    vocabulary the floor builds. The vocabulary size ``V`` is recorded after
    every doubling of the token count ``N`` from 1,000, and ``log V = log K +
    beta log N`` is fitted by least squares over those points (the second
    half of them too, where the start-up of the vocabulary weighs less).

    Returns
    -------
    dict
        ``tokens``, ``vocabulary``, ``beta``, ``beta_second_half``, ``k`` and
        the ``curve`` as ``[[N, V], ...]``.
    """
    seen: set[str] = set()
    n = 0
    mark = 1_000
    curve: list[list[int]] = []
    batch: list[str] = []

    def take(batch: list[str]) -> None:
        nonlocal n, mark
        tokens = _HEAPS_TOKEN.findall("\n".join(batch).lower())
        # Record at each doubling, inside the batch where it falls.
        while n + len(tokens) >= mark and len(curve) < points:
            cut = mark - n
            seen.update(tokens[:cut])
            curve.append([mark, len(seen)])
            mark *= 2
        seen.update(tokens)
        n += len(tokens)

    for text in texts:
        batch.append(text)
        if len(batch) >= 1_000:
            take(batch)
            batch = []
    if batch:
        take(batch)
    if not curve or curve[-1][0] != n:
        curve.append([n, len(seen)])
    result: dict[str, Any] = {"tokens": n, "vocabulary": len(seen), "curve": curve}
    points_array = np.asarray(curve, dtype=np.float64)
    points_array = points_array[points_array[:, 1] > 0]
    if len(points_array) >= 2:
        slope, intercept = np.polyfit(np.log(points_array[:, 0]), np.log(points_array[:, 1]), 1)
        half = points_array[len(points_array) // 2 :]
        result["beta"] = float(slope)
        result["k"] = float(np.exp(intercept))
        result["beta_second_half"] = (
            float(np.polyfit(np.log(half[:, 0]), np.log(half[:, 1]), 1)[0])
            if len(half) >= 2
            else None
        )
    else:
        result["beta"] = result["k"] = result["beta_second_half"] = None
    return result


# --------------------------------------------------------------------------- recipe


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recipe(
    paths: Sequence[str | Path] | None = None, *, source: Source | None = None
) -> dict[str, Any]:
    """How the inputs are made, for the benchmark's JSON (no text of the data)."""
    found = [Path(p) for p in (paths if paths is not None else DEFAULT_DATA)]
    return {
        "source": list(source.origin) if source is not None else [_shown(p) for p in found],
        "source_sha256": {_shown(p): _sha256(p) for p in found if p.exists()},
        "source_sentences": None if source is None else len(source),
        "source_rule": (
            "summarize.split_sentences on every article in file order, kind 'sentence' kept; "
            "deduplicated by whitespace-collapsed, case-folded text (first kept)"
        ),
        "chain": (
            "order-2 Markov chain over whitespace tokens (punctuation attached), from two start "
            "marks to an end mark; all sentences walked together with "
            "numpy.random.default_rng(seed), 20,000 a batch"
        ),
        "min_tokens": MIN_TOKENS,
        "max_tokens": MAX_TOKENS,
        "open_classes": {
            "name": "a capitalised word not first in its sentence",
            "number": "digits, with '.' or ',' inside",
            "code": "upper-case letters with digits or dashes, or three or more capitals",
        },
        "replace_probability": dict(REPLACE),
        "zipf_exponent": ZIPF,
        "seed": SEED,
        "article_size": ARTICLE_SIZE,
        "lines": (
            "each line's sentence count drawn from line_sentences_weights (1..5) with "
            "numpy.random.default_rng([seed, 1]); sentences on a line joined by a space, lines "
            "by a line break; an article the library does not split back exactly is laid out "
            "one sentence a line, and a sentence it does not find alone is replaced"
        ),
        "line_sentences_weights": list(LINE_SENTENCES),
    }
