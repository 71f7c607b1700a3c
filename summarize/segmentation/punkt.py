"""Segmentation: split a text into sentence spans with exact character offsets.

A line break always ends a sentence (articles put headlines, captions and
paragraphs on lines of their own); inside a line, NLTK's Punkt algorithm finds
the sentence boundaries. Punkt needs to know abbreviations ("Mr.", "U.S.") so
that it does not split after them. NLTK's trained model knows many, but it is
data that must be downloaded; so this module ships its own list of common
abbreviations and uses the trained model only when it happens to be installed.
Either way nothing is downloaded and nothing in the text is changed: a span is
a pair of offsets into the original string.

This module is the library's one adapter to NLTK: every use of NLTK, including
the parts that are not NLTK's documented API, is here and nowhere else. They
were checked against NLTK 3.8 to 3.10 (3.10.4 last), and
``tests/test_segment.py`` compares the results with NLTK's own on every line
of the samples, so an upgrade that changes one of them fails a test:

* ``PunktTokenizer(language)._params``: the trained model's parameters, when
  the model is installed, to which the built-in abbreviations are added;
* ``PunktSentenceTokenizer._lang_vars`` and ``text_contains_sentbreak``: the
  break decision, replaced by a faster exact one (:func:`_decider`);
* ``PunktLanguageVars.re_boundary_realignment`` and ``period_context_re``:
  NLTK's own patterns, run without its per-match time limit (``nltk.redos``,
  from 3.10) on the ``regex`` engine, which is why ``regex`` is a declared
  dependency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ..documents import MISREAD_CLOSING_QUOTES

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["ABBREVIATIONS", "MAX_SENTENCE_CHARS", "line_spans", "sentence_spans", "split_long"]

# Lower-case, without the final period, as Punkt stores them.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms mx dr prof sr jr st mt ft rev hon gov sen rep pres gen lt col maj capt cmdr
    adm sgt cpl pvt brig supt insp det messrs mme mlle
    inc ltd co corp llc plc bros dept univ assn est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols pp p para fig figs eq ch sec art approx ca cf vs etc al ibid op
    a.m p.m e.g i.e u.s u.k u.n e.u u.s.a u.s.s.r d.c n.y l.a s.f n.j
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

MAX_SENTENCE_CHARS = 2000
"""A sentence longer than this many characters is scored as pieces no longer
than it (see :func:`split_long`): a text that lost its punctuation must not
become one giant candidate that dominates memory or the summary."""

# Where a clause ends: after a comma, semicolon, colon or dash followed by a
# space, or after CJK clause punctuation, which needs no space.
_CLAUSE_END = re.compile(
    r"[,;:\u2013\u2014\u060c\u061b][\"'\u2019\u201d\u00bb)\]"
    + MISREAD_CLOSING_QUOTES
    + r"]*(?=\s)|[\u3001\u3002\uff0c\uff1b\uff1a]"
)

_WORD_CHARACTER = re.compile(r"[^\W_]")

PUNKT_CHUNK_CHARS = 100_000
"""Punkt reads at most this many characters at a time. A longer line is first
cut after a sentence end followed by a space (else as :func:`split_long` cuts),
so that no single match of NLTK's regular expressions, which run under a
5-second limit and raise ``TimeoutError`` beyond it, grows with the input."""

_SENTENCE_END = re.compile(
    r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)\]"
    + MISREAD_CLOSING_QUOTES
    + r"]*(?=\s)"
)

# Every character Python's str.splitlines() treats as a line boundary.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def _without_time_limit(pattern: Any) -> Any:
    """The same pattern on the same engine, without NLTK's time limit on each match.

    NLTK (from 3.10, ``nltk.redos``) runs every regular expression of its own
    under a 5-second limit, a backstop against patterns that backtrack
    catastrophically; setting up the limit makes each match about three
    times slower. Older NLTK versions use plain :mod:`re` patterns, returned
    as they are.
    """
    if type(pattern).__module__ != "nltk.redos":
        return pattern
    import regex  # NLTK's own engine, one of its dependencies

    return regex.compile(pattern.pattern, pattern.flags)


@lru_cache(maxsize=1)
def _language_vars() -> Any:
    """The class of our language variables, made on first use: NLTK is slow to import."""
    from nltk.tokenize.punkt import PunktLanguageVars

    class _LanguageVars(PunktLanguageVars):  # type: ignore[misc]
        """Punkt's default language variables, with the two patterns it runs on every line untimed.

        The pattern that finds possible sentence ends and the one that moves
        closing quotes onto the sentence they end run several times on every
        line, which made NLTK's time limit a quarter of the time spent splitting.
        Both are linear (the first looks at one character and the whitespace and
        token after it; the second, anchored, at one run of closing punctuation),
        and a line reaches Punkt in pieces of at most :data:`PUNKT_CHUNK_CHARS`
        characters, so no match can run long. ``tests/test_segment.py`` checks
        that the sentences are those of NLTK's own patterns.
        """

        def __init__(self) -> None:
            super().__init__()
            self._period_context = _without_time_limit(super().period_context_re())
            realign = PunktLanguageVars.re_boundary_realignment
            self.re_boundary_realignment = _without_time_limit(realign)

        def period_context_re(self) -> Any:
            return self._period_context

    return _LanguageVars


@cache
def _tokenizer(language: str) -> PunktSentenceTokenizer:
    """Punkt for ``language``: the trained model when installed, else our parameters."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    try:
        from nltk.tokenize.punkt import PunktTokenizer

        params = PunktTokenizer(language)._params
    except (ImportError, LookupError, OSError, ValueError):
        params = PunktParameters()
    params.abbrev_types.update(ABBREVIATIONS)
    tokenizer = PunktSentenceTokenizer(params, lang_vars=_language_vars()())
    tokenizer.text_contains_sentbreak = _decider(tokenizer)
    return tokenizer


# "said. He": a word of two or more letters, a period, spaces, the next token.
_PLAIN_END = re.compile(r"([^\W\d_]{2,})\.[ \t]+\S+")


def _decider(tokenizer: PunktSentenceTokenizer) -> Callable[[str], bool]:
    """Punkt's break decision for a context such as ``"said. He"``, made faster, never changed.

    Punkt decides each possible break from a short context with fixed
    parameters, so the decision is a pure function of that string. Two ways
    to reach it sooner, both exact:

    * Most contexts are a plain word, a period and the next word. By Punkt's
      rules (Kiss and Strunk 2006, and NLTK's first and second annotation
      passes) a period after a word that is not a known abbreviation, an
      initial (one letter), a number or an ellipsis ends a sentence, unless
      the word starts a known collocation; the next word plays no part. Such
      contexts are answered without running the annotator (about 20
      microseconds each); ``tests/test_segment.py`` checks the answers
      against NLTK's own.
    * Every other decision is memoised: news repeats contexts ("U.S. officials",
      "Gen. Park") constantly.
    """
    decide = lru_cache(maxsize=1 << 17)(tokenizer.text_contains_sentbreak)
    params = tokenizer._params
    abbreviations = params.abbrev_types
    collocation_starts = frozenset(first for first, _ in params.collocations)

    def text_contains_sentbreak(context: str) -> bool:
        plain = _PLAIN_END.fullmatch(context)
        if plain is not None:
            word = plain.group(1).lower()
            if word not in abbreviations and word not in collocation_starts:
                return True
        return bool(decide(context))

    return text_contains_sentbreak


def line_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` span of every line that is not blank.

    Leading and trailing whitespace is excluded from each span.

    Examples
    --------
    >>> line_spans("Title\\n\\n  First line.\\r\\nSecond.")
    [(0, 5), (9, 20), (22, 29)]
    """
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def sentence_spans(text: str, *, language: str = "english") -> list[list[tuple[int, int]]]:
    """Split ``text`` into sentences, grouped by line.

    Parameters
    ----------
    text : str
        The text to split.
    language : str, default="english"
        Selects NLTK's trained Punkt model for that language when it is
        installed; the built-in abbreviations apply in every case.

    Returns
    -------
    list of list of (int, int)
        For each non-blank line, the spans of its sentences, as offsets into
        ``text``, without surrounding whitespace.

    Examples
    --------
    >>> text = "Mr. Lee met Gen. Park in the U.S. on Jan. 5. They talked.\\nNext line"
    >>> [[text[a:b] for a, b in line] for line in sentence_spans(text)]
    [['Mr. Lee met Gen. Park in the U.S. on Jan. 5.', 'They talked.'], ['Next line']]
    """
    tokenizer = _tokenizer(language)
    may_break = tokenizer._lang_vars.period_context_re().search
    lines = []
    for whole_start, whole_end in line_spans(text):
        spans = []
        for line_start, line_end in _split(
            text, whole_start, whole_end, PUNKT_CHUNK_CHARS, _SENTENCE_END
        ):
            line = text[line_start:line_end]
            if may_break(line) is None or _WORD_CHARACTER.search(line) is None:
                # Punkt breaks only where this pattern matches: the line is one sentence.
                # A line without a letter or digit (". . .", emoji) is not split either:
                # none of its pieces could be a sentence, and Punkt is slow on them.
                spans.append((line_start, line_end))
                continue
            for start, end in tokenizer.span_tokenize(line):
                piece = line[start:end]
                stripped = piece.strip()
                if stripped:
                    offset = line_start + start + (len(piece) - len(piece.lstrip()))
                    spans.append((offset, offset + len(stripped)))
        if spans:
            lines.append(spans)
    return lines


def _joins(text: str, i: int) -> bool:
    """Whether cutting ``text`` before position ``i`` would split a character cluster."""
    after, before = text[i], text[i - 1]
    return (
        unicodedata.category(after) in ("Mn", "Mc", "Me", "Sk", "Cf")
        or before == "\u200d"
        or ("\ud800" <= before <= "\udbff" and "\udc00" <= after <= "\udfff")
    )


def _cut(text: str, low: int, high: int, boundary: re.Pattern[str] = _CLAUSE_END) -> int:
    """Where to end a piece that starts at ``low`` and may reach ``high``."""
    preferred = None
    for match in boundary.finditer(text, low + (high - low) // 2, high):
        preferred = match.end()
    if preferred is not None:
        return preferred
    for i in range(high, low, -1):
        if text[i].isspace():
            return i
    for i in range(high, low + (high - low) // 2, -1):
        if not _joins(text, i):
            return i
    return high


def split_long(
    text: str, start: int, end: int, *, max_chars: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Split the sentence ``text[start:end]`` into pieces of at most ``max_chars``.

    A piece ends, by preference, at a clause boundary (a comma, semicolon,
    colon or dash followed by a space) in the second half of its room, else
    at the last space, else (a text without spaces, such as Chinese without
    punctuation) after any character that does not start a combining
    sequence. Pieces are spans of ``text`` without surrounding whitespace;
    between them lies only whitespace, so no character is lost.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The sentence's span, without surrounding whitespace.
    max_chars : int, default=MAX_SENTENCE_CHARS
        The longest piece, at least 1.

    Returns
    -------
    list of (int, int)
        ``[(start, end)]`` when the sentence is short enough, else its pieces.

    Examples
    --------
    >>> text = "At noon the rain stopped, and we left the house"
    >>> [text[a:b] for a, b in split_long(text, 0, len(text), max_chars=30)]
    ['At noon the rain stopped,', 'and we left the house']
    """
    return _split(text, start, end, max_chars, _CLAUSE_END)


def _split(
    text: str, start: int, end: int, max_chars: int, boundary: re.Pattern[str]
) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_chars:
        cut = _cut(text, start, start + max_chars, boundary)
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces
