"""Sentence boundaries by rules: one regular-expression pass, then checks on the doubtful breaks.

How a text is split
-------------------
One compiled pattern per language walks the text once and stops at every
place where a sentence may end:

* a run of the language's sentence-ending punctuation, with the closing quotes
  and brackets right after it (French ``. »`` with its space included), then
  whitespace or the end of the text; CJK enders (``。！？``) and the other
  enders that are never part of a word (Hindi ``।``, Arabic ``؟``) need no
  whitespace after them;
* a line break that does not follow sentence punctuation;
* in a language whose sentences end with a space (Thai: its
  :class:`~summarize.languages.SentenceSpaces`), a space between two of its
  words.

Most stops are sure and are decided in bulk, before the walk: a second pattern,
run once over the reversed text, finds every period after a plain word of two
letters or more (not an abbreviation or list end of the language, not a
possible Roman numeral) with a space and a capital, or one line break, after
it; the walk skips them, and the stretches between them that hold no possible
break, which are made into sentences with array operations.
:func:`many_sentence_spans` runs that pass once over many texts joined
(segmentation splits its articles so), with no Python call per break found.
The other stops are decided one by one: a question or exclamation mark, a CJK
ender, an ellipsis or a period after an ordinary word ends the sentence unless
the next word, on the same line, starts with a lower-case letter ("“Stop!” he
said") and is not a lone tag closing the line ("accord. (gm)"). Only a single
period after an abbreviation of the language ("Dr.", "m.in."), an initial
("B.J.", "F.") or a number ("3.") is looked at more closely:

* an abbreviation or initial ends the sentence only when the next word is a
  capitalised stopword of the language, the usual first word of a sentence
  ("in the U.S. The talks" ends; "the U.S. Senate", "B.J. Habibie" do not);
  one that closes a list (the language's ``list_ends``: "etc.", "и др.") ends
  it before any capital; one inside closing quotes ('said "no."') is read as a
  plain word, one inside brackets ("the (U.S.) Senate") as an abbreviation
  when a word follows; in Hebrew one may follow a prefix letter ("ברח.");
* a number with a period ends the sentence, except in languages that write
  ordinals with a period (German "Am 3. Oktober"), where a number of at most
  three digits does not, unless a capitalised stopword follows, and in a date
  written with periods ("2023. 10. 1."), which ends only where such a word follows;
* a Thai space ends the sentence unless the next word continues it (a
  conjunction, a relative pronoun), the last word needs what follows, or it is
  the first space of a sentence opened by a subordinate clause ("ถ้า", if);
* a CJK ender inside a closing quotation goes on before a quotative particle of
  the language (Japanese 「行こう。」と言った: its ``quote_particles``);
* a number, letter or Roman numeral opening a line is a list item
  ("1. Collect"), not a sentence.

Lines
-----
A blank line always ends a sentence. A single line break inside a paragraph
is read as a space when the text around it says the sentence goes on: after
sentence punctuation it is decided as above (an abbreviation at the end of a
hard-wrapped line does not end the sentence, but a lower-case next line does
not join a finished sentence); after anything else the lines join when the
line ends with a comma or a hyphenated word, or when the sentence so far is
long enough to be hard-wrapped text (30 characters: not a headline or a
caption) and the next line starts in lower case or the line ends on a short
lower-case stopword ("the", "die"). A shorter line joins only a next line
opening with a word in lower case, as the start of a sentence broken over two
lines ("The dam broke on Monday and" | "three villages were flooded."): when it
ends on a word, holds a stopword, and ends on a short stopword or the next
line holds a sentence ender. A line that starts with a list marker never
joins. Otherwise a line break ends a sentence, so headlines, captions, bylines
and datelines stay on their own.

Everything the rules know about a language they read from its
:class:`~summarize.languages.Language`; this module holds only what is the same
in every language (which characters close or open a quotation, what a list
item looks like).

Nothing in the text is changed: a span is a pair of offsets into the original
string, without surrounding whitespace. Every pattern starts with one
character class and no position is tried twice, and the checks read bounded
windows of text, so the whole split is linear in the length of the text
(``benchmarks/segmentation.py`` measures it on adversarial inputs).
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex

from ..documents import INVISIBLE_MARKS, MISREAD_CLOSING_QUOTES, MISREAD_OPENING_QUOTES
from ..exceptions import InvalidParameterError
from ..languages import Language, SentenceSpaces, SpeechTags, composed, get

__all__ = [
    "BLANK_LINE",
    "BULLET_CODES",
    "character_table",
    "code_points",
    "many_sentence_spans",
    "newline_breaks",
    "sentence_spans",
    "table_flags",
]


# Characters Python's str.splitlines() treats as line boundaries.
_LINE_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(r"\r\n|[" + _LINE_BREAK_CHARS + "]")


BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
"""A blank line, in a text of :func:`newline_breaks`: a line break, then a line of
nothing but whitespace (spaces, tabs, no-break spaces), then its line break. Where such
a line stands a paragraph ends, in hard-wrapped text as in any other."""


def newline_breaks(text: str) -> str:
    """``text`` with every line break written ``"\\n"``, and of the same length.

    Old Mac files end their lines with ``"\\r"``, word processors with the
    Unicode line and paragraph separators; the rules that read lines (where a
    hard-wrapped paragraph ends, how wide its lines are) read this view of the
    text instead, so that every offset into it is one into ``text``. Each line
    break of ``str.splitlines()`` becomes ``"\\n"``, and ``"\\r\\n"`` becomes
    ``" \\n"``, a space and one line break.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text with its line breaks unified; ``text`` itself when it has
        none but ``"\\n"``.

    Examples
    --------
    >>> newline_breaks("One.\\rTwo.\\r\\nThree.\\u2029Four.")
    'One.\\nTwo. \\nThree.\\nFour.'
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    for other in _OTHER_LINE_BREAKS:
        if other in text:
            text = text.replace(other, "\n")
    return text


_OTHER_LINE_BREAKS = _LINE_BREAK_CHARS[2:]  # those after "\n" and "\r"

# Enders that may be part of a word, a number or an address ("3.5", "x.com/?a=1"):
# a sentence ends there only before whitespace. Every other ender needs nothing after it.
# (The full-width period is one too: "３．５".)
_SPACED_ENDERS = frozenset(".!?;:\u2026\u037e\uff0e")

# Closing quotes and brackets that belong to the sentence they follow. “ and ‘ close
# German and Czech quotations („So.“), « Danish and Swedish ones (»Så.«).
_CLOSERS = (
    "\"'\u2019\u201d\u201c\u2018\u00bb\u00ab\u203a)]}"
    "\u300d\u300f\u3011\u3009\u300b\uff09\uff3d"  # CJK: 」』】〉》）］
    + MISREAD_CLOSING_QUOTES
    + INVISIBLE_MARKS  # a right-to-left mark after a full stop: ".\u200f "
    + "\ufe0e\ufe0f"  # the variation selectors of an emoji's mark: "‼\ufe0f" is one sign
)
# The closing quotation marks a sentence's ender may have after it before a stray mark or
# a capital (the straight and curly ones).
_QUOTE_MARKS = "\"'\u2019\u201d" + MISREAD_CLOSING_QUOTES
# French puts a (no-break) space before the closing guillemet: « Il est parti. »
# Not before a word: Danish and German open quotations with "»" ("året. »Markedet ...").
_SPACED_CLOSER = "[ \u00a0\u202f]{1,3}[\u00bb\u203a](?!\\w)"

# What may open the next sentence before its first word: quotes, brackets, dashes.
# A bullet ("- item", "* item") is not an opener: a line starting with one is a new piece.
_OPENERS = (
    "\"'\u201c\u2018\u201e\u201a\u00ab\u00bb\u2039([{\u00bf\u00a1\u2014\u300c\u300e\uff08"
    + MISREAD_OPENING_QUOTES
)
_NEXT_WORD = re.compile("[" + _OPENERS + " \u00a0\u202f" + INVISIBLE_MARKS + "]*(\\w*)")

# Characters that end a line without ending its sentence: the sentence goes on
# on the next line ("and,\nthen", "inter-\nnational").
_CONTINUES = frozenset(",-\u2010\u00ad\u3001\uff0c\u060c")

# The spaces that may end a sentence in a language that ends sentences with a space (Thai).
_SENTENCE_SPACES = " \t\u00a0"
# How far around such a space the words that decide it are read.
_SPACE_WINDOW = 24
# A word of the language's sentence spaces this long is recognised by its letters alone.
_PHRASE = 5

# A sentence this long that reaches a line break without punctuation may be hard-wrapped;
# a shorter one is a headline, a caption, a name.
_WRAPPED_LINE_CHARS = 30
# How much of a sentence, back from a line break, is read for a stopword (a few lines).
_STOPWORD_WINDOW = 240

BULLET_CODES = r"\((?:check|box|bullet)\)"
"""A pattern of the codes old wires typeset a list's bullet with: "(check) About 300
pastors ...", "(box) KQED, 88.5 FM"; a line opening with one starts a list item."""
# A line that starts a list item ("a. tea", "2) Clean", "- eggs") starts a new piece.
_LIST_ITEM = re.compile(
    r"(?:(?:\d{1,3}|[^\W\d_])[.)]|[-*\u2022\u2013]|" + BULLET_CODES + r")[ \t]"
)
_DASH_CHARS = frozenset("-\u2013\u2014")
# A dash after a possible sentence end, and the word after it.
_DASH_WORD = re.compile(r"(?:--?|\u2013|\u2014)[ \u00a0]+(\w+)")

# Initials, each a letter with its combining marks: "B.J", Hindi "ए.पी.जे".
_INITIALS = regex.compile(r"(?:\p{L}\p{M}*+\.)*+\p{L}\p{M}*+")
# Opening brackets and quotation marks that may stand inside a token before a word:
# "(U.S." is "U.S" ("미국(U.S.) 경제는"). Not the straight quotes and apostrophes,
# which stand inside words (Hebrew צה"ל, "didn't").
_INNER_OPENERS = re.compile(
    "[([{\u201c\u2018\u201e\u201a\u00ab\u2039\u300c\u300e\uff08" + MISREAD_OPENING_QUOTES + "]"
)
# Closing brackets: a period before one is still read as after an abbreviation.
_BRACKET_CLOSERS = frozenset(")]}\uff09\uff3d")
# The next part of a date written with periods: "2023. 10. 1.", "1. 10. 2023".
_DATE_PART = re.compile(r"\d{1,2}\.(?:\s|\(|\Z)")
_DATE_BEFORE = re.compile(r"\d{1,4}\.[ \u00a0]\Z")
_ROMAN = re.compile(r"[ivxlcdm]{1,6}")
_ROMANS = re.compile(r"^[ivxlcdm]{1,6}$", re.MULTILINE)


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    enders: frozenset[str]
    free_enders: frozenset[str]
    abbreviations: frozenset[str]
    stopwords: frozenset[str]
    ordinal_period: bool
    list_ends: frozenset[str]
    prefixes: frozenset[str]
    quote_particles: frozenset[str]
    language: Language
    sure: re.Pattern[str] | None
    doubtful: frozenset[str]
    starts: str
    start_table: np.ndarray
    predicates: bool  # whether a sentence a space ends must hold a verb (Thai)


@lru_cache(maxsize=64)
def _rules(language: Language) -> _Rules:
    """The language's pattern and word lists, compiled once.

    The pattern starts with one character class (an ender or a line break,
    and in Thai a space), which lets the regular-expression engine skip to
    the next candidate without trying the pattern at every character. A run
    of enders always matches from its first character, whatever follows, so
    no position is tried twice.
    """
    enders = "".join(dict.fromkeys(language.sentence_enders))
    free = frozenset(c for c in enders if c not in _SPACED_ENDERS)
    any_ender = re.escape(enders)
    # In Chinese, Japanese and Thai “ and ‘ only open a quotation: “ right after 。 opens
    # the next sentence ("困难。“帐篷…”").
    own_closers = (
        _CLOSERS.replace("\u201c", "").replace("\u2018", "")
        if language.script_unspaced
        else _CLOSERS
    )
    closers = re.escape(own_closers)
    first = enders + _LINE_BREAK_CHARS
    alternatives = [
        rf"(?<=[{any_ender}])(?P<run>[{any_ender}]*)"
        rf"(?P<close>[{closers}]*(?:{_SPACED_CLOSER}[{closers}]*)?)(?P<ws>\s*)",
        # A line break after anything but sentence punctuation (that case is above).
        rf"(?<=[{_LINE_BREAK_CHARS}])(?P<line>\s*)",
    ]
    spaces = language.sentence_spaces
    if spaces is not None:
        before, after = spaces.before, spaces.after
        first += _SENTENCE_SPACES
        alternatives.insert(
            0,
            rf"(?<=[{before}][{_SENTENCE_SPACES}])(?P<space>[{_SENTENCE_SPACES}]*)(?=[{after}])",
        )
    pattern = rf"(?P<first>[{re.escape(first)}])(?:{'|'.join(alternatives)})"
    sure = None
    if (
        spaces is None
        and not language.script_unspaced  # "专家Dr. Lopez": the word is not the run of letters
        and "." in enders
        and "." not in free
        and not any(map(str.isalnum, enders))
    ):
        # Read on the reversed text, where the word before a period comes after it and
        # the pattern can start with the period itself (a fast scan), with no
        # variable-width look-behind. Reversed, a sure break is: an ASCII capital, maybe
        # an opening quote, and a space, or anything but whitespace or an ender and one
        # newline; the period; a word of 2 to 48 letters; a space, a newline or the
        # start of the text.
        not_after_newline = re.escape(enders) + r"\s"
        sure = re.compile(
            rf"\.(?:(?<=[A-Z] \.)|(?<=[A-Z][\"\u201c] \.)|(?<=[^{not_after_newline}]\n\.))"
            r"([^\W\d_]{2,48})(?![^ \n])"
        )
    # Words after which a period may not end a sentence: abbreviations, list ends, and
    # the first part of an abbreviation written with periods ("op." of "op.cit").
    doubtful = {*language.abbreviations, *language.list_ends}
    doubtful.update(word.split(".", 1)[0] for word in language.abbreviations if "." in word)
    return _Rules(
        pattern=re.compile(pattern),
        enders=frozenset(enders),
        free_enders=free,
        abbreviations=frozenset(language.abbreviations),
        stopwords=frozenset(language.stopwords),
        ordinal_period=language.ordinal_period,
        list_ends=frozenset(language.list_ends),
        prefixes=frozenset(language.prefixes),
        quote_particles=frozenset(language.quote_particles),
        language=language,
        sure=sure,
        doubtful=frozenset(doubtful),
        starts=first,
        start_table=character_table(first),
        predicates=spaces is not None and bool(spaces.predicate_tags),
    )


def character_table(characters: str) -> np.ndarray:
    """A lookup table by code point: True for each of ``characters``.

    Read with :func:`table_flags` over a text's :func:`code_points`.

    Parameters
    ----------
    characters : str

    Returns
    -------
    numpy.ndarray of bool, shape (0x110000,)

    Examples
    --------
    >>> table = character_table(".!?")
    >>> bool(table[ord("!")]), bool(table[ord("a")])
    (True, False)
    """
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(character) for character in characters]] = True
    return table


def code_points(text: str) -> np.ndarray:
    """The code points of ``text``: uint8 when it is ASCII, else uint32.

    Lone surrogates are kept as their own code points, so there is one value
    per character of ``text`` and offsets into it index the result.

    Parameters
    ----------
    text : str

    Returns
    -------
    numpy.ndarray of uint8 or uint32, shape (len(text),)

    Examples
    --------
    >>> code_points("Hi.").tolist(), code_points("Hé\\ud800").tolist()
    ([72, 105, 46], [72, 233, 55296])
    """
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def table_flags(table: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """``table`` read at each of the :func:`code_points` ``codes``.

    Parameters
    ----------
    table : numpy.ndarray of bool, shape (0x110000,)
        From :func:`character_table`.
    codes : numpy.ndarray of uint8 or uint32

    Returns
    -------
    numpy.ndarray of bool, shape (len(codes),)

    Examples
    --------
    >>> table_flags(character_table(" "), code_points("a b")).tolist()
    [False, True, False]
    """
    if codes.dtype == np.uint8:  # ASCII: the table's first 256 entries, a small take
        flags: np.ndarray = np.take(table[:256], codes)
    else:
        flags = table[codes]
    return flags


def _line_breaks(whitespace: str) -> int:
    """How many line breaks a run of whitespace holds (``\\r\\n`` is one)."""
    if whitespace == " " or not whitespace:
        return 0
    return len(_LINE_BREAK.findall(whitespace))


_APOSTROPHES = frozenset("'\u2019")


def _starts_sentence(text: str, start: int, stopwords: frozenset[str]) -> bool:
    """Whether the word at ``start`` looks like the first word of a sentence: a
    capitalised stopword, of one letter only when a space follows it ("в 2023 г. В этом
    году" is two sentences, "проф. И. И. Иванов" and "Mr. O'Brien" one), or a
    capitalised elided one but "D'" ("à 19 h. L'intersyndicale")."""
    match = _NEXT_WORD.match(text, start)
    if match is None:  # pragma: no cover - the pattern matches the empty string
        return False
    word = match.group(1)
    if len(word) > 1 and word.isupper():
        return False  # an acronym, not a stopword: "11 a.m. ET", "the U.S. IT industry"
    after = text[match.end() : match.end() + 1]
    if after in _APOSTROPHES and f"{word.lower()}'" in stopwords and word.lower() != "d":
        # An elided stopword: French "L'intersyndicale ...", "C'est ..."; not "D'", which
        # opens many names ("M. D'Alembert", "dott. D'Amico").
        return word[:1].isupper()
    if not (word[:1].isupper() and word.lower() in stopwords):
        return False
    if after == "-" and text[match.end() + 1 : match.end() + 2].isupper():
        return False  # a title's first part: "U.N. Under-Secretary-General Maria ..."
    return len(word) > 1 or after.isspace()


_NEXT_LINE_DATELINE = regex.compile(r"\p{Lu}{2,}(?:[ \-]\p{Lu}{2,}){0,2}(?:,| [\-\u2013\u2014] )")
"""A dateline opening a line: a place in capitals, then a comma or a dash ("SCHWERIN – ",
"BERLIN, 14. März")."""


def _heading_follows(text: str, end: int, language: Language) -> bool:
    """Whether the line after the line break at ``end`` is the heading of a list of links
    (:meth:`Language.is_related_heading`): a line of its own, never the rest of a
    sentence ("צילום: ..." | "כתבות נוספות" | "הקו הירוק: ...")."""
    if not language.related_headings:
        return False
    following = _NOT_SPACE.search(text, end)
    if following is None:
        return False
    start = following.start()
    line_end = text.find("\n", start, start + _HEADING_REACH)
    if line_end < 0:
        if len(text) - start > _HEADING_REACH:
            return False  # a line longer than any heading: prose
        line_end = len(text)
    return language.is_related_heading(text[start:line_end].rstrip())


_HEADING_REACH = 80
"""How far the line after a line break is read for a heading of links (longer lines are
prose)."""


def _joins(text: str, start: int, end: int, lower_next: bool, rules: _Rules) -> bool:
    """Whether the sentence ``text[start:end]``, at a line break without punctuation, goes on.

    It does after a comma or a word broken by a hyphen ("inter-\\nnational"). It does
    too when the sentence so far is long, as a hard-wrapped line is and a
    headline or caption is not, and the next line starts in lower case (when the
    line holds a stopword, as prose does and a list of icons or links does not)
    or the line ends on a short lower-case stopword ("the", "of", "die"), which
    no sentence ends on; a headline may ("Here's what to look out for"), so
    after the text's first line the next must not open as a sentence or a
    dateline does (a capitalised stopword, a word in capitals before a comma).
    A short sentence so far goes on only into a line in lower case, as the start
    of a sentence broken over two lines (see :func:`_short_goes_on`).
    """
    stopwords = rules.stopwords
    last = text[end - 1]
    if last in _CONTINUES and (last != "-" or text[end - 2].isalpha()):
        return not _stray_after_period(text, start, end, lower_next, rules)
    if _heading_follows(text, end, rules.language):
        return False
    if rules.language.open_endings and _open_ending_goes_on(text, end, rules):
        return True  # Korean "전망치를 2.1%에서" | "1.9%로 낮췄다."
    if _caseless_goes_on(text, start, end):
        return True  # "... 밝혔다. 지하철 요금은 ... 버스 요금" | "조정으로 ...": wrapped
    if end - start < _WRAPPED_LINE_CHARS:
        return lower_next and _short_goes_on(text, start, end, rules)
    if lower_next or _figure_goes_on(text, start, end):
        # Prose has stopwords; a list of icons, links or credits has none and stays a line.
        # The last few lines are read, not the whole sentence: a wrapped sentence has
        # a line break every line, and reading all of it each time would be quadratic.
        window = text[max(start, end - _STOPWORD_WINDOW) : end]
        if any(word in stopwords for word in window.lower().split()):
            return True
        # A line of prose without a stopword ("Российский телескоп Baikal-GVD
        # зафиксировал частицу" | "сверхвысокой энергии, ..."): it ends on a word, and
        # the next line, opening with a word in lower case, ends a sentence as a list
        # of links or icons does not.
        return lower_next and _short_goes_on(text, start, end, rules, stopword=False)
    if not _ends_on_stopword(text, end, stopwords, rules.language.final_particles):
        return False
    first = _NOT_SPACE.search(text)
    if first is None or first.start() != start:
        return True
    following = _NOT_SPACE.search(text, end)
    if following is None:  # pragma: no cover - a line break is followed by a word
        return True
    match = _NEXT_WORD.match(text, following.start())
    if match is None:  # pragma: no cover - the pattern matches the empty string
        return True
    word = match.group(1)
    opens = word[:1].isupper() and word.lower() in stopwords
    dateline = (
        word.isupper() and len(word) > 1 and text[match.end() : match.end() + 1] in (",", "(")
    )
    return not (opens or dateline)


_NOT_SPACE = re.compile(r"\S")


_QUOTE_REACH = 2_000
"""How far back in a sentence, before a line break, a quotation still open is looked for."""
_QUOTE_PAIRS = (
    ("\u201c", "\u201d"),
    ("\u00ab", "\u00bb"),
    ("\u300c", "\u300d"),
    ("\u300e", "\u300f"),
)
"""Quotation marks that open and close differently: “”, «», 「」, 『』."""


def _caseless_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]``, at a line break without punctuation before
    a letter of a script without case (Hangul, Han, Arabic, Hebrew), goes on: where no
    capital can tell, a sentence that opened inside its line, after another sentence's end
    ("... 밝혔다. 지하철 요금은 ... 버스 요금") and is long enough to be prose (not a
    credit after a caption, "...乘车。记者 李明 摄"), or that holds a quotation still open,
    is prose wrapped mid-sentence; a headline, a caption or a byline stands at a line's
    start and closes its quotations."""
    following = _NOT_SPACE.search(text, end)
    if following is None:  # pragma: no cover - a line break is followed by a word
        return False
    letter = text[following.start()]
    if not letter.isalpha() or letter.lower() != letter.upper():
        return False
    line_start = _newlines(text).rfind("\n", 0, start) + 1
    if text[line_start:start].strip() and end - start >= _WRAPPED_LINE_CHARS:
        return True  # not a short credit after a caption: "...乘车。记者 李明 摄"
    recent = max(start, end - _QUOTE_REACH)  # a long sentence's last characters only
    return _opened_more(text, recent, end, _QUOTE_PAIRS)


def _opened_more(text: str, start: int, end: int, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``text[start:end]`` opens one of ``pairs`` of quotation marks more often
    than it closes it (counted in place, without a copy)."""
    return any(
        text.count(opener, start, end) > text.count(closer, start, end) for opener, closer in pairs
    )


def _open_ending_goes_on(text: str, end: int, rules: _Rules) -> bool:
    """Whether the line ending at ``end`` ends on a word with one of the language's
    :attr:`~summarize.languages.Language.open_endings` (a particle: Korean "에서") and the
    next line holds a sentence ender: prose wrapped mid-sentence, not a headline above a
    byline."""
    if not text[end - 1].isalpha() or not text[max(0, end - 8) : end].endswith(
        rules.language.open_endings
    ):
        return False
    following = _NOT_SPACE.search(text, end)
    if following is None:  # pragma: no cover - a line break is followed by a word
        return False
    line_break = _LINE_BREAK.search(text, following.start())
    line_end = len(text) if line_break is None else line_break.start()
    return any(character in rules.enders for character in text[following.start() : line_end])


def _ends_on_stopword(
    text: str, end: int, stopwords: frozenset[str], particles: frozenset[str] = frozenset()
) -> bool:
    """Whether the text before ``end`` ends on a short stopword in lower case ("the",
    "of", "die"), which no sentence ends on; not on one of ``particles``, which one may
    (German "kündigt Widerstand an")."""
    word = text[max(0, end - 4) : end].rsplit(None, 1)[-1:]
    return (
        bool(word)
        and len(word[0]) <= 3
        and word[0].islower()
        and word[0] in stopwords
        and word[0] not in particles
    )


_FIGURE = re.compile("\\s*[$\u00a3\u20ac\u00a5]?\\d[\\d.,]*%?[^\\S\\n]+(\\w)")
"""A line that opens with a figure, maybe after a currency sign, and a word ("$3.4
million")."""


def _figure_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the line ending at ``end`` on a word in lower case ("approximately") goes on
    into a figure and a word in lower case ("$3.4 million on repairs"), as a wrapped
    sentence does and a list of dates or addresses ("1953 _ ...", "12501 Old Columbia
    Pike") does not."""
    last = text[max(start, end - 24) : end].rsplit(None, 1)[-1]
    if not (last.isalpha() and last.islower()):
        return False
    figure = _FIGURE.match(text, end)
    return figure is not None and figure.group(1).islower()


def _stray_after_period(text: str, start: int, end: int, lower_next: bool, rules: _Rules) -> bool:
    """Whether the line ``text[start:end]`` ends a sentence with a stray comma or semicolon
    after its full stop, a typing slip of old wire copy ("... Kuwaiti officials
    reported.," then "The Iraqi government ..."): after a plain word, not an
    abbreviation ("2700 Wilshire Blvd.," then "Los Angeles"), before a capital."""
    if lower_next or end - start < 3 or text[end - 2] != "." or text[end - 1] not in ",;":
        return False
    word = _word_before(text, start, end - 2)
    return word.isalpha() and word.islower() and word not in rules.doubtful


def _word_before(text: str, start: int, end: int) -> str:
    """The word of the sentence ``text[start:...]`` that ends at ``end`` (a full stop's
    offset): what follows its last space, or the sentence's start."""
    space = text.rfind(" ", start, end)
    return text[space + 1 if space >= 0 else start : end]


def _quote_cut(text: str, start: int, close: str, capital: int) -> int:
    """Where a sentence ends when its ender is followed by the quotation marks ``close``
    and, with no space typed, a capital at ``capital`` ('... o multilateralismo."No
    Haiti, ...'): before a straight double quote that opens the next quotation (the
    sentence so far, from ``start``, holds an even number of them), else after the
    marks; 0 when ``close`` is no double quote."""
    if close == '"':
        opens = text.count('"', start, capital - 1) % 2 == 0
        return capital - 1 if opens else capital
    if close in ("\u201d", '"\u201d', "\u2019\u201d"):
        return capital
    return 0


def _stray_mark_next(
    text: str, start: int, ender: int, mark: int, close: str, rules: _Rules
) -> int:
    """Where the next sentence starts when the ender at ``ender`` (the sentence so far
    starting at ``start``), maybe closing a quotation (``close``), is followed by a stray
    semicolon at ``mark``, then a space and a capital: the way old wire copy ran
    its paragraphs together ("... had not yet formulated a response.; Outside the Chilean
    Embassy, ...", '... vote for him."; THOMAS\' VIEWS'). A full stop ends the sentence
    there after a plain word, in lower case unless a quotation closes after it, not an
    abbreviation ("Ill., and", "Corp., Oak Brook", "U.S., China"); 0 when the sentence
    goes on."""
    spaces = _SPACES.match(text, mark + 1)
    if spaces is None or text[ender] not in ".?!" or close.strip(_QUOTE_MARKS):
        return 0
    following = spaces.end()
    if not _word_at(text, following)[:1].isupper():
        return 0
    if text[ender] == ".":
        word = _word_before(text, start, ender).lstrip(_OPENERS)
        if not (word.isalpha() and word.lower() not in rules.doubtful):
            return 0
        if not (close or word.islower()):
            return 0
    return following


_SPACES = re.compile(r"[ \u00a0]+")


def _short_goes_on(
    text: str, start: int, end: int, rules: _Rules, *, stopword: bool = True
) -> bool:
    """Whether a short sentence so far (under 30 characters: mostly a headline, a caption,
    a name) at a line break without punctuation is rather the start of a sentence that the
    next line, opening in lower case, goes on with ("The dam broke on Monday and" |
    "three villages were flooded.").

    It is when the line ends on a word (not on a colon, which introduces a list or a
    link: "In other developments:", "On the Net:"), the next line opens with a word
    wholly in lower case (not a name such as "iPhone"), the line holds a stopword
    (prose; a label or a list of links holds none; not asked with ``stopword=False``),
    and either the line ends on a
    short lower-case stopword ("and", "the"), or the next line holds a sentence ender:
    a byline under a headline ("Dam breaks in Italy" | "by Anna Rossi") has none, and
    stays a line of its own.
    """
    if not text[end - 1].isalnum():
        return False
    following = _NOT_SPACE.search(text, end)
    if following is None:  # pragma: no cover - a line break is followed by a word
        return False
    opening = following.start()
    if not _word_at(text, opening).islower():
        return False
    words = text[start:end].split()
    if stopword and not any(word.lower() in rules.stopwords for word in words):
        return False
    last = words[-1]
    if len(last) <= 3 and last.islower() and last in rules.stopwords:
        return True
    window = text[opening : opening + _STOPWORD_WINDOW]
    line_break = _LINE_BREAK.search(window)
    line = window if line_break is None else window[: line_break.start()]
    return any(character in rules.enders for character in line)


_WRAP_WIDTH = (50, 100)
"""The line widths of hard-wrapped text (wire copy is wrapped at 60 to 80 characters)."""
_FULL_LINE = 0.75
"""A line at least this share of the text's width was wrapped, not ended."""


@lru_cache(maxsize=8)  # one text's, asked at each of its line breaks; cleared per split
def _wrap_width(text: str) -> int:
    """The width ``text`` is hard-wrapped at, or 0 when it is not.

    Hard-wrapped text has lines of 50 to 100 characters at most, several of
    them (a third, and at least two) near the longest, and at least half of
    those within a paragraph end without sentence punctuation (a wrap falls
    mid-sentence); text with a line per paragraph has long lines of any
    length, each ending a sentence.
    """
    raw = _newlines(text).split("\n")
    lines = [line.rstrip() for line in raw if line.strip()]
    if len(lines) < 3:
        return 0
    width = max(map(len, lines))
    if not _WRAP_WIDTH[0] <= width <= _WRAP_WIDTH[1]:
        return 0
    least = _FULL_LINE * width
    full = sum(len(line) >= least for line in lines)
    if full < 2 or 3 * full < len(lines):
        return 0
    # A wrap falls mid-sentence: of the full lines that another line follows in their
    # paragraph, at least half end without sentence punctuation (lines that each end a
    # sentence are a line per paragraph).
    inner = [
        line.rstrip()
        for line, after in zip(raw, raw[1:], strict=False)
        if after.strip() and len(line.rstrip()) >= least
    ]
    ended = sum(line.rstrip(_CLOSERS)[-1:] in ".!?" for line in inner)
    return width if 2 * ended <= len(inner) and inner else 0


def _soft_wrap(text: str, line_end: int, stopwords: frozenset[str]) -> bool:
    """Whether the line ending at ``line_end`` (no punctuation there) was wrapped mid-sentence:
    hard-wrapped text, the line near its full width, prose (it holds a stopword, as a list of
    names does not; not ending on a colon) in a paragraph that ends as a sentence does (a
    list of links ends on none). A capital after it is then a name going on ("flooded parts
    of Pinellas" ending a line, "County, where ..." the next)."""
    width = _wrap_width(text)
    if not width or text[line_end - 1] == ":":
        return False
    lines = _newlines(text)
    line_start = lines.rfind("\n", 0, line_end) + 1
    if line_end - line_start < _FULL_LINE * width:
        return False
    if not any(word in stopwords for word in text[line_start:line_end].lower().split()):
        return False
    ends = _paragraph_ends(text)
    stop = ends[bisect_left(ends, line_end)]  # the paragraph's end (a blank line, the text's)
    if _ends_as_a_sentence(text, line_end, stop):
        return True
    # A text without blank lines may end on furniture ("Partager sur Facebook"): a line
    # among the next few that ends as a sentence does is prose's too.
    at = line_end
    for _ in range(_PARAGRAPH_LINES):
        following = lines.find("\n", at + 1, stop)
        if following < 0:
            return False
        if _ends_as_a_sentence(text, at + 1, following):
            return True
        at = following
    return False


def _ends_as_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on ".", "!" or "?", maybe before closing marks and
    white space."""
    at = end - 1
    while at > start and (text[at].isspace() or text[at] in _CLOSERS):
        at -= 1
    return text[at] in ".!?"


_PARAGRAPH_LINES = 24
"""How many lines after a wrapped one are read for one that ends a sentence."""


@lru_cache(maxsize=8)
def _paragraph_ends(text: str) -> list[int]:
    """Where each paragraph of ``text`` ends (a blank line starts), and the text's end."""
    return [m.start() for m in BLANK_LINE.finditer(_newlines(text))] + [len(text)]


@lru_cache(maxsize=8)
def _newlines(text: str) -> str:
    """:func:`newline_breaks` of one text, asked at each of its line breaks."""
    return newline_breaks(text)


def _period_ends(
    text: str, run_start: int, sentence_start: int, next_start: int, same_line: bool, rules: _Rules
) -> bool:
    """Whether a single period at ``run_start`` ends a sentence; the next one would start at
    ``next_start``.

    ``same_line`` tells whether the next word is on the same line: a list item's number
    or letter ("1. Collect") is followed by its text on the same line.
    """
    if (
        text[next_start + 1 : next_start + 2] == "."
        and text[next_start + 2 : next_start + 3] in _AFTER_A_SECOND_INITIAL
        and text[next_start : next_start + 1].isalpha()
    ):
        return False  # "Helms (R-N. C.) said", "Washington, D. C., is": spaced initials
    if not same_line and _NEXT_LINE_DATELINE.match(text, next_start):
        return True  # "Lesezeit: 4 Min." | "SCHWERIN – Die Deutsche Bahn ...": a dateline
    low = max(sentence_start, run_start - 48)
    space = text.rfind(" ", low, run_start)
    token = text[space + 1 if space >= 0 else low : run_start].lstrip(INVISIBLE_MARKS)
    if not token.isprintable():  # another kind of whitespace before the period
        token = token.rsplit(None, 1)[-1] if token.strip() else ""
    if not token:
        return True
    if token.isalpha():  # most periods: after a plain word ("said", "Dr", "B")
        core = token
        if (
            same_line
            and text[next_start : next_start + 1] == "("
            and token.lower() in rules.language.months
            and _number_before(text, sentence_start, run_start - len(token), 4)
        ):
            return False  # "OVIEDO, 14 Mar. (EFE).-": a dateline's date, then its agency
    elif "@" in token or "://" in token:
        return True  # an e-mail address or a web address ends no abbreviation
    else:
        core = _INNER_OPENERS.split(token.lstrip(_OPENERS))[-1]
        if core.isdigit():
            item = same_line and run_start - len(token) == sentence_start
            if item and len(core) <= 3:  # "1. Collect the data."
                return False
            if same_line and _DATE_PART.match(text, next_start):  # "2023. 10. 1.": a date
                return False
            date_end = _DATE_BEFORE.search(
                text, max(sentence_start, run_start - 12), run_start - len(core)
            )
            if (rules.ordinal_period or date_end) and len(core) <= 3:  # "Am 3. Oktober"
                if rules.ordinal_period and not rules.language.nouns_capitalised:
                    # Nouns in lower case: a capital that is no month starts a sentence
                    # ("stieg auf 42. Ratownicy ...", "TV 2. Politiet ...").
                    word = _word_at(text, next_start)
                    if same_line and _ordinal_in_a_name(
                        text, run_start - len(core), next_start, sentence_start
                    ):
                        return False  # "İstanbul 15. Ağır Ceza Mahkemesi": a name's ordinal
                    return word[:1].isupper() and word.lower() not in rules.language.months
                if rules.ordinal_period and (
                    rules.language.ordinal_words or rules.language.count_words
                ):
                    said = _count_or_ordinal(text, run_start - len(core), next_start, rules)
                    if said is not None:
                        return said
                return _starts_sentence(text, next_start, rules.stopwords)
            return True
    if rules.language.script_unspaced and core[-1:].isascii() and not core.isascii():
        core = _ascii_tail(core)  # "專家Dr": "Dr"
    if rules.language.sentence_spaces is not None and "\u0e00" <= core[-1:] <= "\u0e7f":
        # Thai has no full stop: its periods mark abbreviations ("(กนง.)"). A space after
        # one is read as any other space between Thai words ("... วันที่ 5 ม.ค.
        # ประตูชัยมาจาก ...": two sentences; "วันที่ 10 ต.ค. นี้", "พ.ย. เป็นวัน": one).
        return (
            same_line
            and text[run_start + 1 : next_start].isspace()
            and "\u0e01" <= text[next_start : next_start + 1] <= "\u0e5b"
            # Not the sentence's subject ("กทม. ประกาศ ..."), nor a unit after a number
            # ("เวลา 11.00 น. ผ่านเพจ ..."), but a month after its day ("5 ม.ค. ประตูชัย").
            and run_start - len(token) > sentence_start
            and (
                core.lower() in rules.language.months
                or not _number_before(text, sentence_start, run_start - len(core), 4)
            )
            and _space_ends(text, sentence_start, run_start + 1, next_start, False, rules)
        )
    if rules.language.elisions and ("'" in core or "\u2019" in core):
        core = _after_elision(core, rules.language.elisions)  # "l'art. 3": "art"
    lowered = composed(core.lower())  # looked up in the composed form: "např" in NFD
    if (
        lowered in rules.list_ends  # "... Petrov i dr. Zasedanie": a list closed
        or (len(core) == 1 and _spaced_list_end(text, run_start - 1, lowered, rules))
        or (
            lowered in rules.language.regions  # "Burbank, Calif. Revenue rose"
            and text[run_start - len(core) - 2 : run_start - len(core)] == ", "
        )
    ):
        word = _word_at(text, next_start)  # not before an acronym on the same line
        return word[:1].isupper() and not (same_line and len(word) > 1 and word.isupper())
    dotted = "." in core
    if (
        same_line  # across a line break, as after other abbreviations (below)
        and lowered in rules.language.time_marks
        and (number := _number_before(text, sentence_start, run_start - len(core), 8))
    ):
        # "Polls close at 8 p.m. Results are expected ...", not "at 10 a.m. Saturday" nor
        # "At 2 p.m. President Obama will speak": a time closing a clause.
        word = _word_at(text, next_start)
        return (
            word[:1].isupper()
            and not word.isupper()
            and word.lower() not in rules.language.months
            and word.lower() not in rules.language.calendar_words
            and _words_between(text, sentence_start, number.start()) >= _TIME_CLOSES_AFTER
        ) or _starts_sentence(text, next_start, rules.stopwords)
    if lowered in rules.language.amount_marks and _AMOUNT_BEFORE.search(
        text, max(sentence_start, run_start - len(core) - _AMOUNT_WINDOW), run_start - len(core)
    ):
        # "wzrosły o 0,3 proc. Ekonomiści ...": an amount closing a clause; not "30 proc.
        # Polaków": the people it counts.
        word = _word_at(text, next_start)
        if (
            _title_cased(word)
            and not word.lower().endswith(rules.language.genitive_endings)
            and word.lower() not in rules.language.months
        ):
            return True
    if (
        lowered in rules.abbreviations
        or ("-" in core and _title_after_hyphen(core, rules.language.titles))
        or (
            len(lowered) > 4  # "Hauptstr.": a compound's abbreviation
            and rules.language.abbreviation_suffixes
            and lowered.endswith(rules.language.abbreviation_suffixes)
        )
        or (rules.prefixes and _after_prefix(lowered, rules))  # Hebrew "ברח.": in the street
        or (len(core) == 1 and core.isalpha())  # an initial: "F."
        or (dotted and _INITIALS.fullmatch(core) is not None)  # "B.J.", "U.S."
        or (dotted and lowered.rpartition(".")[2] in rules.abbreviations)  # "PGS.TS."
    ):
        if len(core) == 1 and same_line and run_start - len(token) == sentence_start:
            return False  # "a. First item"
        if same_line and lowered in rules.language.bridges:
            return False  # "a.k.a. \"The Ghost\"", "e.g. The Times"
        if len(core) == 1 and _HANGUL.match(core):
            return True  # a Korean syllable ("17만8천여 명. 1년 전보다"): no initial
        if (
            len(core) == 1
            and rules.language.surname_endings
            and core.isupper()
            and _after_surname(text, sentence_start, run_start - 1, rules.language)
        ):
            following = _word_at(text, next_start)  # a word, not a third initial or a surname
            return _title_cased(following) and not following.lower().endswith(
                rules.language.surname_endings
            )
        if (
            len(core) == 1
            and rules.language.initial_surnames
            and core.isupper()
            and _after_given_name(text, sentence_start, run_start - 1, rules.language)
        ):
            following = _word_at(text, next_start)  # "Piotrowi K. Mężczyzna nie ...": a word
            return _title_cased(following)
        if (
            len(core) == 1
            and core.islower()  # "m", not the "N." of "400 N. Tustin Ave."
            and lowered not in rules.language.year_marks  # read below
            and not rules.language.nouns_capitalised
            and _word_at(text, next_start)[:1].isupper()
            and (
                _number_before(text, sentence_start, run_start - 1, 7)
                or _roman_before(text, sentence_start, run_start - 1)
            )
        ):
            # A unit after a number ("na 200 m. Poprzednio"; a century, "w XV w. Obecny"),
            # not an initial.
            return True
        if (
            not same_line
            and rules.language.titles
            and len(core) > 1
            and lowered not in rules.language.titles
            and _word_at(text, next_start)[:1].isupper()
            and not _soft_wrap(text, run_start + 1, rules.stopwords)
        ):
            return True  # "... said Verisk Inc.\nPresident Biden ...": the line ended it
        if lowered in rules.language.year_marks and (
            number := _number_before(text, sentence_start, run_start - len(core), 24)
        ):
            following = _word_at(text, next_start)[:1]
            if following.lower() == following.upper():
                return True  # "عام ١٩٧٣ م. ودعا": a year's mark, then the next sentence
            # "podpisano 3 maja 2020 r. Dokument ...": a clause closed by its year; "W
            # 2020 r. Polska ...": a year opening the sentence, then its subject.
            return following.isupper() and (
                _words_between(text, sentence_start, number.start()) >= _YEAR_CLOSES_AFTER
            )
        if (len(core) == 1 or lowered in rules.language.titles) and _particle_name(
            text, next_start
        ):
            return False  # "M. Le Pen", "Dhr. De Vries", "Sr. De la Rosa": a name
        following = _word_at(text, next_start)
        if following.lower() in rules.language.name_closers and text.startswith(
            following + ".", next_start
        ):
            return False  # "Bear, Stearns & Co. Inc. in New York": the name goes on
        if _starts_sentence(text, next_start, rules.stopwords):
            return True
        if len(core) > 1 and lowered not in rules.language.titles:
            if _sentence_opener_at(text, next_start, rules.language.sentence_openers):
                return True  # "... across the U.S. Officials said ..."
            if lowered in rules.language.name_closers and _speaker_at(text, next_start, rules):
                return True  # "... started by Harold Simms Jr. Ruiz said ..."
        # "... run by Napster Inc. People can ...": a word the article writes in lower
        # case elsewhere, capitalised here only because it opens a sentence. Not after a
        # title or an initial, which a name follows, nor after initials ("U.S. Embassy",
        # "the U.N. Food and Agriculture Organization": a name's first word).
        return (
            len(core) > 1
            and not dotted
            and lowered not in rules.language.titles
            and not rules.language.nouns_capitalised
            and _common_word_at(text, next_start)
        )
    if (
        core.isupper()
        and same_line
        and run_start - len(token) == sentence_start
        and _ROMAN.fullmatch(lowered)
    ):
        return False  # "IV. Results"
    if len(core) <= 3 and core.isalpha():  # "EE. UU." is "ee.uu", written with a space
        return f"{lowered}.{_word_at(text, next_start).lower()}" not in rules.abbreviations
    return True


_AFTER_A_SECOND_INITIAL = frozenset(",;:)]\uff09")
"""What follows a letter and its period that no sentence opens with: the second letter of
initials written with a space ("(R-N. C.)", "D. C., officials"), then a comma or a
closing bracket."""
_HANGUL = re.compile("[\uac00-\ud7a3]")
"""A Hangul syllable: a letter of a script without initials."""
_CJK_LETTER = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
"""A kana or a Han character: after a half-width period, the next sentence of Chinese or
Japanese typed without a space ("增长8.3%.净利润")."""
_AMOUNT_WINDOW = 12
"""How far before an amount's mark its number may end ("0,3 proc.", "1 234 tys.")."""
_TIME_CLOSES_AFTER = 3
"""Words before a time with its mark ("8 p.m.") from which it closes a clause."""
_YEAR_CLOSES_AFTER = 4
"""Words before a year with its mark ("2020 r.") from which it closes a clause."""
_WORD_BEFORE_IS_NUMBER = re.compile(r"\d\s*\Z")
"""A number right before a word (digits of any script, maybe a space between)."""
_AMOUNT_BEFORE = re.compile(r"\d(?:\.|st|nd|rd|th)?\s*\Z")
"""A number right before an amount's or unit's abbreviation, maybe an ordinal ("0,3 proc.",
"77 pts.", "in the 78th min.", "v 85. min.")."""


def _ordinal_in_a_name(text: str, number: int, next_start: int, sentence_start: int) -> bool:
    """Whether the ordinal starting at ``number`` stands inside a name of several
    capitalised words: a capitalised word right before it, and the next two words
    capitalised too ("İstanbul 15. Ağır Ceza Mahkemesi"; not "TV 2. Politiet oplyser ...")."""
    before = text[max(sentence_start, number - 40) : number].split()
    if not before or not before[-1][:1].isupper() or not before[-1].isalpha():
        return False
    following = text[next_start : next_start + 80].split()[:2]
    return len(following) == 2 and all(w[:1].isupper() and w[1:2].islower() for w in following)


def _number_before(text: str, sentence_start: int, word: int, window: int) -> re.Match[str] | None:
    """The digit (and spaces) right before the word at ``word``, looked for in the
    ``window`` characters before it within its sentence ("2020 r.", "8 p.m.", "200 m.")."""
    return _WORD_BEFORE_IS_NUMBER.search(text, max(sentence_start, word - window), word)


def _roman_before(text: str, sentence_start: int, word: int) -> bool:
    """Whether a Roman numeral in capitals ("XV") is the word right before the word at
    ``word``, within its sentence."""
    before = text[max(sentence_start, word - 8) : word]
    if not before.endswith(" "):
        return False
    numeral = before.split()[-1:] or [""]
    return numeral[0].isupper() and _ROMAN.fullmatch(numeral[0].lower()) is not None


def _words_between(text: str, start: int, end: int) -> int:
    """How many words ``text[start:end]`` holds: how far into its sentence a number is."""
    return len(text[start:end].split())


_ASCII_WORD = frozenset(string.ascii_letters + string.digits + ".")


def _ascii_tail(word: str) -> str:
    """The ASCII letters, digits and periods that end ``word``, run into a script without
    spaces ("專家Dr": "Dr", "美國U.S": "U.S")."""
    start = len(word)
    while start and word[start - 1] in _ASCII_WORD:
        start -= 1
    return word[start:]


def _spaced_list_end(text: str, letter: int, lowered: str, rules: _Rules) -> bool:
    """Whether the one letter at ``letter`` ends a list end written with a space between
    its letters (Russian "и т. д." for "т.д", Czech "s. r. o." for "s.r.o")."""
    letters = [lowered]
    while len(letters) < 3:
        if text[letter - 2 : letter] != ". " or not text[letter - 3 : letter - 2].isalpha():
            return False
        if letter >= 4 and text[letter - 4].isalpha():
            return False  # "... Frank P. D. ...": the letter before is a word's last
        letter -= 3
        letters.insert(0, text[letter].lower())
        if ".".join(letters) in rules.list_ends:  # "т. д.", Czech "s. r. o."
            return True
    return False


def _after_elision(core: str, elisions: frozenset[str]) -> str:
    """``core`` without an elided word before its apostrophe ("l'art" is "art", "dell'avv"
    "avv"), or ``core`` as it is."""
    elided, _, word = core.replace("\u2019", "'").rpartition("'")
    return word if word and elided.lower() in elisions else core


_NAME_PARTICLES = frozenset(
    "de da di do dos das du des del della dei degli van von der den ter ten le la lo".split()
)
"""Particles that open a surname in the languages of Western Europe: "Le Pen", "De Vries",
"Da Silva", "La Russa", "Van der Berg"."""


def _particle_name(text: str, start: int) -> bool:
    """Whether a surname opening with a capitalised particle starts at ``start``: the
    particle, perhaps another in lower case, then a capitalised word ("Le Pen", "De la
    Rosa"). After a title or an initial, the capitalised stopword it opens with does not
    start a sentence ("M. Le Pen"; "in the U.S. The White House" is not after one)."""
    words = text[start : start + 60].split(None, 3)
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in _NAME_PARTICLES:
        return False
    name = words[1]
    if name in _NAME_PARTICLES and len(words) > 2:
        name = words[2]  # "De la Rosa", "Van der Berg"
    return name[:1].isupper()


def _title_after_hyphen(core: str, titles: frozenset[str]) -> bool:
    """Whether ``core`` ends with a capitalised title after a hyphenated prefix:
    "then-Gov" of "then-Gov. Edgar D. Whitcomb", "ex-Sen" of "ex-Sen. Tower"."""
    title = core.rpartition("-")[2]
    return title[:1].isupper() and title.lower() in titles


_WORD_BEFORE = re.compile(r"(\w+)\W{0,3}\Z")
# How far a sentence after a count is read for its ender.
_COUNT_WINDOW = 400


def _count_or_ordinal(text: str, number_start: int, next_start: int, rules: _Rules) -> bool | None:
    """Whether the number at ``number_start``, with its period, ends the sentence, by the word
    before it (German): never after one of the language's ``ordinal_words`` ("Zum 3. Mal");
    after one of its ``count_words`` ("stieg auf 42. Rettungskräfte suchten weiter"), before a
    capitalised word that is no month or acronym, when the line goes on to a sentence
    ender (a headline, "Vettel auf 3. Platz", does not). None: the word before says
    nothing."""
    found = _WORD_BEFORE.search(text, max(0, number_start - 24), number_start)
    if found is None:
        return None
    before = found.group(1).lower()
    language = rules.language
    if before in language.ordinal_words:
        return False
    if before not in language.count_words:
        return None
    word = _word_at(text, next_start)
    if not word[:1].isupper() or word.isupper() or word.lower() in language.months:
        return None  # "auf 3. Oktober", "um 1. FC": as before
    rest = _rest_of_line(text, next_start)
    return any(ender in rest for ender in rules.enders)


def _rest_of_line(text: str, start: int) -> str:
    """The text from ``start`` to its line's end (any kind of line break), at most
    :data:`_COUNT_WINDOW` characters."""
    line_end = _newlines(text).find("\n", start, start + _COUNT_WINDOW)
    return text[start : line_end if line_end >= 0 else start + _COUNT_WINDOW]


_TAG_CHARS = 30
"""The longest speech tag after a quotation: "甘肃省应急管理厅厅长在积石山县救灾现场说"."""


def _speech_tag_follows(text: str, start: int, rules: _Rules) -> bool:
    """Whether a speech tag follows a quotation at ``start``: a clause of at most
    :data:`_TAG_CHARS` characters up to the next ender, ending with one of the language's
    ``quote_tags`` (Chinese “……！”他说。)."""
    tags = rules.language.quote_tags
    if not tags:
        return False
    window = text[start : start + _TAG_CHARS + 1]
    end = next((i for i, c in enumerate(window) if c in rules.free_enders or c == "\n"), -1)
    if end <= 0 or window[end] == "\n":
        return False
    return window[:end].endswith(_prefixes(tags))


_REPORTED_PAIRS = (
    ("\u300c", "\u300d"),
    ("\u300e", "\u300f"),
    ("\u201c", "\u201d"),
    ('"', '"'),
)
"""Quotation marks, opening and closing, of a quotation reported inside a sentence: 「」,
『』, “”, and the straight '"' that Korean news often writes."""
_REPORTED_CHARS = 300
"""How far before an ender its quotation may open, and after it close."""
_PARITY_CHARS = 1000
"""How far before a straight quotation mark the marks of its line are counted, to tell
an opening one (so that a line of any length costs as much per ender)."""


def _reported_quotation(text: str, ender: int, particles: frozenset[str]) -> bool:
    """Whether the ender at ``ender`` is inside a quotation, opened at most
    :data:`_REPORTED_CHARS` before it, that closes on the same line at most as far after
    it, followed by one of ``particles``: a quotation of several sentences reported
    inside one (Japanese 「…。…」と述べた, Korean “… . …”고 말했다)."""
    for opening, closing in _REPORTED_PAIRS:
        opened = text.rfind(opening, max(0, ender - _REPORTED_CHARS), ender)
        if opened < 0 or text.rfind(closing, opened + 1, ender) >= 0:
            continue
        if opening == closing:  # '"': an opening one is the odd one of its line
            low = max(0, opened - _PARITY_CHARS)
            if text.count(opening, text.rfind("\n", low, opened) + 1 or low, opened) % 2:
                continue
        closed = text.find(closing, ender, ender + _REPORTED_CHARS)
        if (
            closed >= 0
            and text[closed + 1 : closed + 2] in particles
            and text.find(opening, ender, closed) < 0
            and "\n" not in _newlines(text)[ender:closed]
        ):
            return True
    return False


def _after_prefix(word: str, rules: _Rules) -> bool:
    """Whether ``word`` is an abbreviation after one or two prefix letters (Hebrew "ברח")."""
    for cut in (1, 2):
        if len(word) > cut and word[cut - 1] in rules.prefixes:
            if word[cut:] in rules.abbreviations:
                return True
        else:
            return False
    return False


def _space_ends(
    text: str, sentence_start: int, space_start: int, space_end: int, first: bool, rules: _Rules
) -> bool:
    """Whether a space between ``space_start`` and ``space_end`` ends a sentence (Thai).

    It does not when the next word continues the sentence (a conjunction, a relative
    pronoun), when the last word needs what follows ("กล่าวว่า", "และ"), or when the
    sentence opens with a subordinate clause ("ถ้า", "เมื่อ") and this space is the
    ``first`` that may end the sentence, the one that closes that clause. A string test finds
    the candidates; the language's words (a dictionary segmenter for Thai) confirm
    them, so "เพื่อน" (a friend) is not "เพื่อ" (in order to).
    """
    spaces = rules.language.sentence_spaces
    if spaces is None:  # pragma: no cover - only languages with sentence spaces get here
        return True
    after = text[space_end : space_end + _SPACE_WINDOW]
    if text[space_start - 1 : space_start].isdigit() and (
        not "\u0e01" <= after[:1] <= "\u0e5b"  # a figure, then a quotation: '1986 "60'
        or _opens_with(after, spaces.units, rules)
        or _opens_with(after, rules.language.months, rules)
    ):
        return False  # "3 ล้านคัน", "11.00 น.", "2-1 ในการแข่งขัน", "5 มกราคม": its unit
    if _opens_with(after, spaces.joiners, rules):
        return False
    # What the sentence so far says is read from its last characters only: a sentence a
    # space does not end grows, and reading all of it at each space would be quadratic.
    recent = max(sentence_start, space_start - _RECENT_CHARS)
    if _quotation_open(text, recent, space_start):
        return False  # “รัฐบาลจะไม่ทิ้ง ... ข้างหลัง เราจะเร่ง ...”: one quotation
    if recent == sentence_start and _quotation_opens_sentence(text, sentence_start, space_start):
        return False  # “เราพร้อม ...” ตัวแทนบริษัทระบุ: the quotation's speaker follows
    if _in_a_list(text[recent:space_start], spaces):
        return False  # "ได้แก่ เชียงใหม่ เชียงราย ลำปาง น่าน และแม่ฮ่องสอน"
    before = text[max(sentence_start, space_start - _SPACE_WINDOW) : space_start]
    ending = before.endswith(_prefixes(spaces.hangers))
    if ending and (
        # A phrase of five letters or more ("บอกว่า", said that) is one at the end of
        # any text; a shorter word must be the last word ("ว่า", that, not "กว่า", than).
        any(len(h) >= _PHRASE and before.endswith(h) for h in spaces.hangers)
        or _last_word(before, rules) in spaces.hangers
    ):
        return False
    if spaces.titles and _in_a_name(
        text[recent:space_start], after.split(None, 1)[0], spaces, rules
    ):
        return False
    if (
        first
        and text.startswith(_prefixes(spaces.openers), sentence_start)
        and _first_word(
            text[sentence_start : min(space_start, sentence_start + _SPACE_WINDOW)], rules
        )
        in spaces.openers
    ):
        return False
    # Last, as the dearest: a verb, an auxiliary or a preposition after the space.
    return not (
        spaces.continuing_tags and rules.language.first_word_tag(after) in spaces.continuing_tags
    )  # "... ธปท. ยังคงจับตา ...": a verb whose subject came before


_RECENT_CHARS = 400
"""How much of a Thai sentence so far, before a space, is read for an open quotation, a
list or a name."""


def _opens_with(after: str, words: frozenset[str], rules: _Rules) -> bool:
    """Whether ``after`` opens with one of ``words``: a phrase longer than a word
    ("เมื่อวันที่") or an abbreviation ("พ.ศ.", "น.") at the start of any text, a word as
    the first word of the text ("เพื่อ", in order to, not "เพื่อน", a friend)."""
    if not words or not after.startswith(_prefixes(words)):
        return False
    return after.startswith(_phrases(words)) or _first_word(after, rules) in words


@lru_cache(maxsize=16)
def _phrases(words: frozenset[str]) -> tuple[str, ...]:
    """The entries of ``words`` read as prefixes of any text (:func:`_opens_with`): phrases
    longer than a word and abbreviations."""
    return tuple(w for w in words if len(w) > _PHRASE or "." in w)


def _quotation_opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a quotation that opened it and closes
    right before ``end``: its speaker follows ("“...” ตัวแทนบริษัทระบุ")."""
    sentence = text[start:end]
    return (
        sentence[:1] in ("\u201c", '"')
        and sentence[-1:] in ("\u201d", '"')
        and sentence.count("\u201d") + sentence.count('"') <= 2
    )


def _in_a_list(sentence: str, spaces: SentenceSpaces) -> bool:
    """Whether ``sentence`` ends inside a list its words announced (``spaces.lists``:
    "ได้แก่", namely) whose last item, opened with one of ``spaces.list_links`` ("และ",
    and), has not come."""
    if not spaces.lists:
        return False
    runs = sentence.split()
    for back, run in enumerate(reversed(runs)):
        if run in spaces.lists:
            items = runs[len(runs) - back :]
            return not any(item.startswith(_prefixes(spaces.list_links)) for item in items)
    return False


def _quotation_open(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation still open: more “ than ”, or an odd
    number of straight double quotes."""
    return _opened_more(text, start, end, _CURLY_QUOTES) or text.count('"', start, end) % 2 == 1


_CURLY_QUOTES = (("\u201c", "\u201d"),)


_NAME_RUNS = 3
"""A title's run of text, the surname's and the position's: "นายเศรษฐา ทวีสิน นายกรัฐมนตรี"."""


def _in_a_name(sentence: str, next_run: str, spaces: SentenceSpaces, rules: _Rules) -> bool:
    """Whether the end of ``sentence`` is within a person's name and position, or an
    organisation's name: one of its last :data:`_NAME_RUNS` runs of text (between spaces)
    opens with a title or is a known given name before a known family name (the next one
    ``next_run``, after the space, included), or one of its last :data:`_NAME_RUNS` + 1 is
    a name word of its own ("บริษัท"), which a legal form may close ("จำกัด")."""
    titles = spaces.titles
    runs = sentence.rsplit(None, _NAME_RUNS + 1)[-_NAME_RUNS - 1 :]
    if any(run in spaces.name_words for run in runs):
        return True  # "บริษัท สยามเทค โซลูชันส์ จำกัด": the name and its legal form
    runs = runs[-_NAME_RUNS:]
    given, family = rules.language.person_names()
    if given and any(
        run in given and following in family
        for run, following in zip(runs, [*runs[1:], next_run], strict=True)
    ):
        return True  # "ธนวัฒน์ ศรีสุข กองหน้าทีมชาติไทย ยิงคนเดียว": a name without a title
    for run in runs:
        if run.startswith(_prefixes(titles)) and any(
            run.startswith(title) and ("." in title or _first_word(run, rules) == title)
            for title in titles
        ):
            return True
    return False


@lru_cache(maxsize=16)
def _prefixes(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


@lru_cache(maxsize=4096)
def _words_of(window: str, language: Language) -> tuple[str, ...]:
    return tuple(language.words(window.split(None, 1)[0] if window.strip() else ""))


def _first_word(window: str, rules: _Rules) -> str:
    """The first word of ``window``, past opening quotes."""
    words = _words_of(window.lstrip(_OPENERS), rules.language)
    return words[0] if words else ""


def _last_word(window: str, rules: _Rules) -> str:
    """The last word of ``window``."""
    chunk = window.rsplit(None, 1)[-1] if window.strip() else ""
    words = _words_of(chunk, rules.language)
    return words[-1] if words else ""


_ORTHOGRAPHY_WINDOW = 20_000
"""How far around a word :func:`_common_word_at` looks for its other occurrences."""
_MID_SENTENCE_BEFORE = frozenset(",;")
_SPACES_BEFORE = " \t\u00a0\n"


def _common_word_at(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` is a common word, not a name: the text
    (within :data:`_ORTHOGRAPHY_WINDOW` characters) has it in lower case, never has it
    capitalised inside a sentence (after a lower-case word or a comma), and the word
    after it is not capitalised too ("the U.N. Security Council" is a name). Punkt's
    orthographic heuristic, read only where an abbreviation leaves the break open."""
    match = _NEXT_WORD.match(text, start)
    if match is None:  # pragma: no cover - the pattern matches the empty string
        return False
    word = match.group(1)
    if not (word.isalpha() and _title_cased(word)):
        return False
    if _word_at(text, match.end())[:1].isupper():
        return False
    low = max(0, start - _ORTHOGRAPHY_WINDOW)
    high = min(len(text), start + _ORTHOGRAPHY_WINDOW)
    if next(_whole_words(text, word.lower(), low, high), None) is None:
        return False  # never written in lower case: a name, or no evidence
    here = match.start(1)
    for position in _whole_words(text, word, low, high):
        if position == here:
            continue
        before = text[max(0, position - 8) : position].rstrip(_SPACES_BEFORE)
        if before and (before[-1].islower() or before[-1] in _MID_SENTENCE_BEFORE):
            return False  # "said Starmer", "the Army, which": a name
    return True


def _after_surname(text: str, sentence_start: int, letter: int, language: Language) -> bool:
    """Whether the initial at ``letter`` is the second of two after a surname (a word with
    one of the language's :attr:`~summarize.languages.Language.surname_endings`) that
    stands inside its sentence: "Петров А. С." after a word in lower case ("министра
    Петров А. С."), not "А. С. Пушкин", "России С. В." nor a title opening the sentence
    ("Президент В. В.")."""
    if text[letter - 2 : letter] != ". " or not text[letter - 3 : letter - 2].isupper():
        return False
    words = text[max(sentence_start, letter - 64) : letter - 3].split()
    if len(words) < 2:
        return False
    surname, before = words[-1], words[-2]
    return (
        surname.isalpha()
        and _title_cased(surname)
        and surname.lower().endswith(language.surname_endings)
        and before.isalpha()
        and before.islower()
    )


def _after_given_name(text: str, sentence_start: int, letter: int, language: Language) -> bool:
    """Whether the initial at ``letter`` follows a given name inside its sentence: a
    capitalised word of two letters or more, no title, after another word ("zarzuty
    Piotrowi K.", "bị can Nguyễn Văn T."; not "Prezydent A. Duda" opening the sentence)."""
    if text[letter - 1 : letter] != " ":
        return False
    words = text[max(sentence_start, letter - 64) : letter].split()
    if len(words) < 2:
        return False
    name = words[-1]
    return name.isalpha() and _title_cased(name) and name.lower() not in language.titles


def _sentence_opener_at(text: str, start: int, openers: frozenset[str]) -> bool:
    """Whether the word at ``start`` is one of ``openers`` (the language's
    :attr:`~summarize.languages.Language.sentence_openers`), capitalised as a sentence's
    first word, and the sentence goes on after it in lower case ("Officials said"; not
    "Security Council", nor a title's last word: '"... K.O. Fans," Napster said')."""
    match = _NEXT_WORD.match(text, start)
    if match is None:  # pragma: no cover - the pattern matches the empty string
        return False
    word = match.group(1)
    if not (_title_cased(word) and word.lower() in openers):
        return False
    after = match.end()  # a space, then a word in lower case: "Officials said", not "Fans,"
    return text[after : after + 1] == " " and text[after + 1 : after + 2].islower()


def _speaker_at(text: str, start: int, rules: _Rules) -> bool:
    """Whether a capitalised word, then a verb of the language's speech tags, stands at
    ``start`` ("Ruiz said"): a sentence's subject and verb, not a name going on."""
    tags = rules.language.speech_tags
    match = _NEXT_WORD.match(text, start)
    if tags is None or match is None:
        return False
    word = match.group(1)
    if not _title_cased(word):
        return False
    following = text[match.end() : match.end() + 2]
    return following[:1] == " " and _word_at(text, match.end() + 1) in tags.verbs


def _whole_words(text: str, word: str, low: int, high: int) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text[low:high]`` (no letter or digit on
    either side)."""
    position = text.find(word, low, high)
    while position >= 0:
        end = position + len(word)
        if not (position > 0 and text[position - 1].isalnum()) and not (
            end < len(text) and text[end].isalnum()
        ):
            yield position
        position = text.find(word, position + 1, high)


def _title_cased(word: str) -> bool:
    """Whether ``word`` is capitalised and in lower case after its first letter ("Ruiz",
    "Mężczyzna"; not "U.S.", "NATO" nor "A")."""
    return word[:1].isupper() and word[1:].islower()


def _uncased_letter(char: str) -> bool:
    """Whether ``char`` is a letter of a script without case (Hebrew, Arabic, Devanagari),
    which tells no sentence's start by a capital."""
    return char.isalpha() and char.lower() == char.upper()


def _word_at(text: str, start: int) -> str:
    """The word at ``start``, past opening quotes and brackets."""
    match = _NEXT_WORD.match(text, start)
    return match.group(1) if match is not None else ""


def sentence_spans(text: str, language: Language | str = "english") -> list[list[tuple[int, int]]]:
    """Split ``text`` into sentences, grouped by line, with the rules of ``language``.

    Parameters
    ----------
    text : str
        The text to split.
    language : Language or str, default="english"
        A :class:`~summarize.languages.Language`, or a name
        :func:`summarize.languages.get` knows. Its sentence enders,
        abbreviations, stopwords and whether numbers take an ordinal period
        are what the rules read.

    Returns
    -------
    list of list of (int, int)
        For each line (lines joined where a sentence runs over a line break
        count as one), the spans of its sentences as offsets into ``text``,
        without surrounding whitespace. Two sentences are in different lines
        exactly when the whitespace between them holds a line break.

    Raises
    ------
    InvalidParameterError
        When ``language`` is neither a Language nor the name of one.

    Examples
    --------
    >>> from summarize.languages import get
    >>> text = "Dr. Lee met President B.J. Habibie in the U.S. on Friday. They talked.\\nNext"
    >>> [[text[a:b] for a, b in line] for line in sentence_spans(text, get("en"))]
    [['Dr. Lee met President B.J. Habibie in the U.S. on Friday.', 'They talked.'], ['Next']]
    >>> text = "Am 3. Oktober kam er an. Es regnete."
    >>> [text[a:b] for line in sentence_spans(text, get("de")) for a, b in line]
    ['Am 3. Oktober kam er an.', 'Es regnete.']
    """
    return many_sentence_spans([text], language)[0]


def many_sentence_spans(
    texts: Sequence[str], language: Language | str = "english"
) -> list[list[list[tuple[int, int]]]]:
    """:func:`sentence_spans` of each of ``texts``, the sure breaks of all found at once.

    Parameters
    ----------
    texts : sequence of str
        The texts to split, all in one language.
    language : Language or str, default="english"
        As for :func:`sentence_spans`.

    Returns
    -------
    list
        For each text, what :func:`sentence_spans` returns for it.

    Raises
    ------
    InvalidParameterError
        When ``language`` is neither a Language nor the name of one.

    Examples
    --------
    >>> many_sentence_spans(["It rained. We left.", "", "Dr. Lee came.\\nHi"], "en")
    [[[(0, 10), (11, 19)]], [], [[(0, 13)], [(14, 16)]]]
    """
    if isinstance(language, str):
        language = get(language)
    elif not isinstance(language, Language):
        raise InvalidParameterError(
            "The 'language' parameter of sentence_spans must be a Language or a language"
            f" name. Got {language!r} instead."
        )
    rules = _rules(language)
    found: list[list[list[tuple[int, int]]]] = []
    first = 0
    size = 0
    for number, text in enumerate(texts):
        size += len(text)
        if size >= _BLOCK_CHARS:
            found.extend(_block_spans(texts[first : number + 1], rules))
            first, size = number + 1, 0
    if first < len(texts):
        found.extend(_block_spans(texts[first:], rules))
    return found


_BLOCK_CHARS = 1_000_000
"""About how much text :func:`many_sentence_spans` reads at a time (bounds its arrays)."""

# Between two texts read together: no sure break reaches across it, and to the pattern
# a text after it starts as at the start of a string (a line break before it).
_SEPARATOR = "\n\n"


def _block_spans(texts: Sequence[str], rules: _Rules) -> list[list[list[tuple[int, int]]]]:
    """:func:`sentence_spans` of each of ``texts``, their sure breaks found in one pass.

    The texts are joined (by :data:`_SEPARATOR`) and the sure breaks of all of
    them found at once. A sure break ends its sentence and the next starts two
    characters on (after the period and its space or line break), so the
    stretches between sure breaks are independent of each other: a stretch
    without a character that may start a match of the pattern (most sentences
    have none) is one sentence, and those are made in bulk; the pattern walks
    only the others (:func:`_walk`). No match of the pattern reaches into a
    sure break (a letter comes before its period), so the walks find the same
    matches as one over the whole text.
    """
    count = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=count)
    # Where each text starts in the joined text, and its first character that is not
    # whitespace (str.lstrip strips what the pattern's \s matches).
    offsets = np.zeros(count, dtype=np.int64)
    np.cumsum(lengths[:-1] + len(_SEPARATOR), out=offsets[1:])
    leading = lengths - np.fromiter(map(len, map(str.lstrip, texts)), dtype=np.int64, count=count)
    filled = leading < lengths
    joined = _SEPARATOR.join(texts)
    codes = code_points(joined)
    may_start = np.flatnonzero(table_flags(rules.start_table, codes))
    stops = _sure_breaks(joined, rules)
    closes = stops + 1
    if len(stops):  # a language with sure periods: sure marks too
        marks, ends_of_marks = _sure_marks(codes, may_start, rules)
        if len(marks):
            stops = np.concatenate([stops, marks])
            closes = np.concatenate([closes, ends_of_marks])
            order = np.argsort(stops, kind="stable")
            stops, closes = stops[order], closes[order]
    # The stretches of each text: up to its first sure break, between two, after the last.
    text_of_stop = np.searchsorted(offsets, stops, side="right") - 1
    breaks = np.bincount(text_of_stop, minlength=count)
    first_stop = np.cumsum(breaks) - breaks
    stretches = (breaks + 1) * filled
    first_stretch = np.cumsum(stretches) - stretches
    stretch_of_stop = np.arange(len(stops), dtype=np.int64)
    stretch_of_stop += (np.cumsum(filled) - filled)[text_of_stop]
    total = int(stretches.sum())
    begins = np.empty(total, dtype=np.int64)
    ends = np.empty(total, dtype=np.int64)
    begins[first_stretch[filled]] = (offsets + leading)[filled]
    begins[stretch_of_stop + 1] = closes + 1
    ends[stretch_of_stop] = stops
    ends[(first_stretch + breaks)[filled]] = (offsets + lengths)[filled]
    walked = np.searchsorted(may_start, ends) > np.searchsorted(may_start, begins)
    # In each text's own offsets.
    begins -= np.repeat(offsets, stretches)
    line_after = np.flatnonzero(codes[closes] == 10)  # a line break after the sentence
    stops -= offsets[text_of_stop]
    closes -= offsets[text_of_stop]
    starts_of_stop = begins[stretch_of_stop]
    close_list = closes.tolist()
    sure = list(zip(starts_of_stop.tolist(), close_list, strict=True))
    # Where a line ends after a sure break, as the number of sentences before it, in a
    # text where no stretch before it is walked.
    line_cuts = (line_after - first_stop[text_of_stop[line_after]] + 1).tolist()
    line_bounds = np.searchsorted(line_after, first_stop).tolist()
    walked_stops = (np.flatnonzero(walked[stretch_of_stop])).tolist()
    walked_bounds = np.searchsorted(walked_stops, first_stop).tolist()
    last_stretch = (first_stretch + breaks).tolist()
    walked_last = walked.tolist()
    last_begin = begins.tolist()
    stop_list = stops.tolist()
    stop_begins = starts_of_stop.tolist()
    first_stop_list = first_stop.tolist()
    breaks_list = breaks.tolist()
    filled_list = filled.tolist()
    found: list[list[list[tuple[int, int]]]] = []
    for number, text in enumerate(texts):
        if not filled_list[number]:
            found.append([])
            continue
        first = first_stop_list[number]
        after = first + breaks_list[number]
        low = walked_bounds[number]
        high = walked_bounds[number + 1] if number + 1 < count else len(walked_stops)
        cut_low = line_bounds[number]
        cut_high = line_bounds[number + 1] if number + 1 < count else len(line_cuts)
        if low == high:
            flat = sure[first:after]
            cuts = line_cuts[cut_low:cut_high]
        else:
            flat, cuts = [], []
            previous = first
            added = 0
            own_cuts = line_cuts[cut_low:cut_high]
            taken = 0
            for stop in walked_stops[low:high]:
                flat.extend(sure[previous:stop])
                while taken < len(own_cuts) and own_cuts[taken] <= stop - first:
                    cuts.append(own_cuts[taken] + added)
                    taken += 1
                before = len(flat)
                begin = stop_begins[stop]
                begin = _walk(text, begin, begin, stop_list[stop], rules, flat, cuts)
                added += len(flat) - before
                flat.append((begin, close_list[stop]))
                previous = stop + 1
            flat.extend(sure[previous:after])
            cuts.extend(cut + added for cut in own_cuts[taken:])
        last = last_stretch[number]
        start = last_begin[last]
        length = len(text)
        if walked_last[last]:
            start = _walk(text, start, start, length, rules, flat, cuts)
        end = len(text.rstrip())
        if end > start:
            flat.append((start, end))
        cuts.append(len(flat))
        if rules.predicates:
            flat, cuts = _predicates_joined(text, flat, cuts, rules)
        # The cuts never go back: each line is the sentences between two (none is empty).
        found.append([flat[a:b] for a, b in zip([0, *cuts], cuts, strict=False) if b > a])
    # What was remembered of each text for its line breaks is of no use past this split,
    # and would keep the texts alive.
    _wrap_width.cache_clear()
    _paragraph_ends.cache_clear()
    _newlines.cache_clear()
    return found


def _walk(
    text: str,
    start: int,
    position: int,
    stop: int,
    rules: _Rules,
    flat: list[tuple[int, int]],
    cuts: list[int],
) -> int:
    """Decide the possible breaks of ``text[position:stop]`` one by one, the sentence so far
    starting at ``start``: the sentences found are added to ``flat``, the ends of lines to
    ``cuts`` (as ``len(flat)`` then). Returns where the last sentence, still open, starts."""
    enders = rules.enders
    free_enders = rules.free_enders
    length = len(text)
    spaced_from = -1  # the start of the sentence in which a Thai space was last read
    for match in rules.pattern.finditer(text, position, stop):
        kind = match.lastgroup or ""
        ws_start, ws_end = match.span(kind)
        if ws_end >= length:
            break
        free = False
        if kind == "ws":
            if free_enders:
                rest = match.group("run")
                free = match.group("first") in free_enders or (
                    rest != "" and _has_free(rest, free_enders)
                )
            if ws_start == ws_end and not free:
                close = match.group("close")
                if (
                    close
                    and text[ws_end].isupper()
                    and (cut := _quote_cut(text, start, close, ws_end))
                ):
                    flat.append((start, cut))  # 'ao procurador."Eu pedi ...': no space typed
                    start = cut
                    continue
                if (
                    rules.language.script_unspaced
                    and not close
                    and match.end("run") - match.start() == 1
                    and text[match.start()] == "."
                    and _CJK_LETTER.match(text, ws_end)
                    and (
                        (previous := text[match.start() - 1 : match.start()]) == "%"
                        or not previous.isascii()
                    )
                ):
                    flat.append((start, ws_end))  # "同比增长8.3%.净利润为 ...": a half-width stop
                    start = ws_end
                    continue
                if text[ws_end] == ";" and not match.group("run"):
                    following = _stray_mark_next(text, start, match.start(), ws_end, close, rules)
                    if following:  # "... a response.; Outside the embassy ...": two sentences
                        flat.append((start, ws_end))  # and the mark a piece of its own
                        flat.append((ws_end, ws_end + 1))
                        start = following
                continue  # "3.5", "U.S.", "x.com/?a=1": not followed by whitespace
            breaks = 0 if ws_end - ws_start == 1 and text[ws_start] == " " else None
        else:
            ws_start = match.start()
            while ws_start > start and text[ws_start - 1].isspace():
                ws_start -= 1
            breaks = None if kind == "line" else 0
        if breaks is None:
            breaks = len(_LINE_BREAK.findall(text, ws_start, ws_end))
        if breaks >= 2:
            ends = True
        elif kind == "space":
            ends = _space_ends(text, start, ws_start, ws_end, spaced_from != start, rules)
            if not text[ws_start - 1].isdigit():  # a figure's unit is no clause's end
                spaced_from = start
        else:
            after = text[ws_end]
            lower_next = (
                after.islower() if after.isalpha() else _word_at(text, ws_end)[:1].islower()
            ) and not _CAPITAL_LIKE.match(text, ws_end)
            if kind == "line":
                item = _LIST_ITEM.match(text, ws_end) is not None and not _ends_on_stopword(
                    text, ws_start, rules.stopwords
                )  # "in der" then "42. Kalenderwoche": a wrapped line, not a list item
                ends = item or not (
                    _joins(text, start, ws_start, lower_next, rules)
                    or (breaks == 1 and _soft_wrap(text, ws_start, rules.stopwords))
                )
            elif text[ws_end] in enders and (
                match.start() == start
                or text[match.start() - 1].isspace()
                or (not breaks and _lower_after_run(text, ws_end, enders))
            ):
                # "It was over . . . The crowd": a spaced ellipsis goes on, decided at its
                # last period; so does one after a word's period before a word in lower
                # case ("they regard. . . vulnerable"), where "over. ... The" ends at "over.".
                ends = False
            elif (
                not breaks
                and after in _DASH_CHARS
                and _goes_on_after_dash(text, ws_end, match.group("close"), enders)
            ):
                ends = False  # "R-Pa. -- also voiced ...", '... disaster." -- Tom Tobin, ...'
            elif (
                not breaks
                and match.end("run") - match.start() == 2
                and text.startswith("..", match.start())
                and not match.group("close")
                and (_uncased_letter(after) or after.isdigit())
            ):
                ends = False  # "فيضانات تطوان.. 14 قتيلا ...": two periods part a headline
            elif (
                not breaks
                and rules.quote_particles
                and _reported_quotation(text, match.start(), rules.quote_particles)
            ):
                ends = False  # 「最優先する。年内にまとめたい」と述べた: one reported sentence
            elif free:
                # A CJK ender ends the sentence, except a Japanese quotation followed
                # by its particle: 「行こう。」と言った; and a bracket opened inside the
                # sentence, closed after its own ender, with the sentence going on right
                # after it: 人（施設に入所している人を除く。）で、...
                close = match.group("close")
                ends = not (
                    ws_start == ws_end
                    and close
                    and (
                        text[ws_end] in rules.quote_particles
                        or text[ws_end] in enders  # «إلى متى؟».: the full stop after it ends it
                        or _speech_tag_follows(text, ws_end, rules)
                        or _inner_bracket(text, start, match.start(), close, enders)
                    )
                ) and not (not close and _inside_brackets(text, start, match.start(), enders))
                if (
                    ends
                    and close
                    and not breaks
                    and ws_start < ws_end
                    and _speaker_tag_follows(text, ws_end, rules.language)
                ):
                    ends = False  # «من سيعوضنا؟» تساءل أحد التجار: its speech tag, verb first
            elif (
                match.end("run") - match.start() == 1
                and text[match.start()] == "."
                # A mark that shows nothing closes nothing: "Dr.\u200b Smith".
                and (
                    not match.group("close").strip(INVISIBLE_MARKS)
                    or _bracketed(match, text, ws_end)
                )
                and not _period_ends(text, match.start(), start, ws_end, not breaks, rules)
            ):
                ends = False  # "Dr. Lee", "B.J. Habibie", "am 3. Oktober"
            elif (
                not breaks
                and match.group("close")
                and (
                    text[match.start()] in "?!"
                    or (
                        # '"חיכינו 20 שנה..." אמרה רחל לוי': in a script without case; in
                        # one with, a capital after an ellipsis opens a sentence.
                        (text[match.start()] == "\u2026" or text.startswith("...", match.start()))
                        and _uncased_letter(after)
                    )
                )
                and _speaker_tag_follows(text, ws_end, rules.language)
            ):
                ends = False  # '"Are you sure?" Dr. Helen Park asked ...': its speech tag
            elif (
                not breaks
                and match.group("close")
                and text[match.start()] in "?!"
                and _uncased_letter(after)
                and _chant_inside(text, start, match.start(), match.group("close"))
            ):
                ends = False  # 'هتاف «ارحل!» أمام مقر الحكومة': a chant quoted in its sentence
            elif (
                not breaks
                and not match.group("close")
                and match.end("run") - match.start() == 1
                and text[match.start()] == "!"
                and _bang_name(text, start, match.start())
                and not _starts_sentence(text, ws_end, rules.stopwords)
            ):
                ends = False  # "Yahoo! Japan said ...": the name's own mark
            else:
                # “Stop!” he said: a lower-case word on the same line goes on, unless it
                # is a lone tag closing the line, as news wires add ("accord. (gm)").
                ends = not (lower_next and not breaks and not _lone_token(text, ws_end, enders))
        if ends:
            if ws_start > start:
                flat.append((start, ws_start))
            if breaks:
                cuts.append(len(flat))
            start = ws_end
    return start


def _predicates_joined(
    text: str, flat: list[tuple[int, int]], cuts: list[int], rules: _Rules
) -> tuple[list[tuple[int, int]], list[int]]:
    """``flat`` with two sentences that only a space parts joined when one of them holds
    no verb (:meth:`Language.has_predicate`): a name, a figure and what it counts, a
    place ("บุรีรัมย์ ยูไนเต็ด", "มูลค่าการซื้อขาย 42,315.67 ล้านบาท"); and ``cuts``, the
    ends of lines, counted again. A sentence that ends on an ender, or a line break
    between two, parts them whatever they hold."""
    has_predicate = rules.language.has_predicate
    joined: list[tuple[int, int]] = []
    removed = [0] * (len(flat) + 1)  # how many sentences before the n-th were joined
    # Whether the last sentence of ``joined`` holds a verb; None until asked (a sentence
    # no space parts from the next is never asked: the words are the dear part).
    holds: bool | None = None
    for number, (start, end) in enumerate(flat):
        removed[number + 1] = removed[number]
        if joined:
            previous_start, previous_end = joined[-1]
            gap = text[previous_end:start]
            if gap and gap.strip(" \t\u00a0") == "" and text[previous_end - 1] not in rules.enders:
                if holds is None:
                    holds = has_predicate(text[previous_start:previous_end])
                mine = has_predicate(text[start:end])
                if not (holds and mine):
                    joined[-1] = (previous_start, end)
                    holds = holds or mine
                    removed[number + 1] += 1
                    continue
                joined.append((start, end))
                holds = mine
                continue
        joined.append((start, end))
        holds = None
    if len(joined) == len(flat):
        return flat, cuts
    return joined, [cut - removed[cut] for cut in cuts]


_NO_BREAKS = np.zeros(0, dtype=np.int64)

# Code points read by _sure_marks (ASCII but the curly closing quotes).
_QUOTES = np.array([ord(c) for c in _QUOTE_MARKS])
_OPENING_QUOTES = np.array([ord(c) for c in '"\u201c' + MISREAD_OPENING_QUOTES[0]])


def _one_of(values: np.ndarray, options: Sequence[int] | np.ndarray) -> np.ndarray:
    """``np.isin(values, options)`` for a few options: one comparison each, without
    ``np.isin``'s fixed cost (tens of microseconds a call, which one short text a call
    would pay six times)."""
    found = np.zeros(values.shape, dtype=bool)
    for option in np.asarray(options).tolist():
        found |= values == option
    return found


def _sure_marks(
    codes: np.ndarray, may_start: np.ndarray, rules: _Rules
) -> tuple[np.ndarray, np.ndarray]:
    """The question and exclamation marks, and periods before a closing quote, that surely
    end a sentence: where each is, and where its sentence ends (after the quotes).

    A mark after an ASCII letter or digit, then at most two closing quotes (at least
    one after a period), then a space and an ASCII capital (maybe after an opening
    quote) or one line break and a printable ASCII character that is not an ender:
    :func:`_walk` ends the sentence there whatever the word before it (it reads no
    word: the quotes are no brackets, the next word is not in lower case or the
    line has ended), so the break need not be walked. Read with array operations
    on the code points ``codes`` at the possible starts ``may_start``; whatever
    these checks leave out is walked as before.
    """
    marks = [ord(mark) for mark in "?!." if mark in rules.enders]
    at = may_start[_one_of(codes[may_start], marks)]
    at = at[(at > 0) & (at + 5 < len(codes))]
    before = codes[at - 1]
    keep = ((before >= 48) & (before <= 57)) | ((before | 32) >= 97) & ((before | 32) <= 122)
    quoted = _one_of(codes[at + 1], _QUOTES)
    keep &= quoted | (codes[at] != 46)
    if rules.language.speech_tags is not None:  # '"Why?" Smith asked.': walked for its tag
        keep &= ~quoted | (codes[at] == 46)
    close = at + 1 + quoted + (quoted & _one_of(codes[at + 2], _QUOTES))
    after, next_one, next_two = codes[close], codes[close + 1], codes[close + 2]
    capital = (next_one >= 65) & (next_one <= 90)
    capital |= _one_of(next_one, _OPENING_QUOTES) & (next_two >= 65) & (next_two <= 90)
    printable = (next_one > 32) & (next_one < 127) & ~_one_of(next_one, marks)
    enders = [ord(ender) for ender in rules.enders if ender.isascii()]
    printable &= ~_one_of(next_one, enders)
    keep &= ((after == 32) & capital) | ((after == 10) & printable)
    named = keep & (codes[at] == 33) & _one_of(before, _BANG_LAST)
    for index in np.flatnonzero(named).tolist():  # "Yahoo! Japan": walked, for its name
        word = "".join(map(chr, codes[max(0, at[index] - 9) : at[index]].tolist())).split()
        keep[index] = not word or word[-1] not in _BANG_NAMES
    return at[keep], close[keep]


def _sure_breaks(text: str, rules: _Rules) -> np.ndarray:
    """The periods that surely end a sentence, found in one pass: the offset of each, in order.

    A period after a word of two letters or more that is not an abbreviation, a
    list end or a Roman numeral, with a space and a capital or a single line break
    after it, ends its sentence whatever the rest of the text says
    (:func:`_period_ends` returns true for it, and the next word does not matter).
    The pass reads the reversed text (see :func:`_rules`) and splits it at the
    matches, so the offsets come from the lengths of the parts, without a Python
    call per match; the words it finds are checked against the language's lists
    all at once, so the per-break rules read only the other, doubtful breaks.
    """
    if rules.sure is None or "." not in text:
        return _NO_BREAKS
    # The text between two matches, then a match's word (reversed), then between, ...
    parts = rules.sure.split(text[::-1])
    if len(parts) == 1:
        return _NO_BREAKS
    lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    lengths[1::2] += 1  # the period before each word
    # A match starts (at its period) where the parts before it end; read from the last
    # match back, the offsets come in text order.
    offsets = (len(text) - 1) - np.cumsum(lengths)[-3::-2]
    # The words in text order, lower-cased in one call ("\n" is in none of them).
    joined = "\n".join(parts[1::2])[::-1]
    lower = joined.lower()
    lowered = lower.split("\n")
    # The words that leave a period in doubt: abbreviations ("Mr"), list ends, and
    # anything that may be a Roman numeral (a few lower-case words too: "did").
    doubtful = set(rules.doubtful.intersection(lowered))
    doubtful.update(_ROMANS.findall(lower))
    if rules.prefixes:  # Hebrew "ברח.": an abbreviation after a prefix letter
        doubtful.update(low for low in lowered if _after_prefix(low, rules))
    if not joined.replace("\n", "").isalpha():  # a letter the pattern knows, str.isalpha not
        doubtful.update(word for word in joined.split("\n") if not word.isalpha())
        keep = [
            low not in doubtful and word not in doubtful
            for word, low in zip(joined.split("\n"), lowered, strict=True)
        ]
    elif doubtful:
        keep = [low not in doubtful for low in lowered]
    else:
        return offsets
    kept: np.ndarray = offsets[np.array(keep, dtype=bool)]
    return kept


def _goes_on_after_dash(text: str, start: int, close: str, enders: frozenset[str]) -> bool:
    """Whether a dash at ``start``, after a possible sentence end whose closing quotes and
    brackets are ``close``, goes on with the sentence: before a word in lower case
    ("Arlen Specter, R-Pa. -- also voiced concern", "the advance! -- they might"), or
    after a closing quotation mark before a name, the quotation's speaker ('... this
    disaster." -- Tom Tobin, of ...'). Before a capital after any other ender it is a
    run-in list's bullet ("... by 700. - Divide the answer ..."), or a new sentence. A
    speaker's name without a sentence ender after it on its line ('"We won." -- Tom
    Tobin') is a caption's credit, and stays out of the quotation's sentence."""
    dash = _DASH_WORD.match(text, start)
    if dash is None:
        return False
    first = dash.group(1)[:1]
    if first.islower():
        return True
    if not (first.isupper() and any(c in _QUOTE_CLOSERS for c in close)):
        return False
    return _rest_of_line(text, start).rstrip().rstrip(_CLOSERS)[-1:] in enders


_QUOTE_CLOSERS = frozenset(_QUOTE_MARKS + "\u00bb")


def _lower_after_run(text: str, start: int, enders: frozenset[str]) -> bool:
    """Whether the enders and spaces from ``start`` (a spaced ellipsis, ". . .") are followed
    on their line by a word in lower case."""
    end = min(len(text), start + 16)
    while start < end and (text[start] in enders or text[start] == " "):
        start += 1
    return text[start : start + 1].islower()


_TAG_WORDS = 5
"""The most words of a speech tag's speaker after a quotation: "Dr. Helen Park"."""
_FINAL_TAG_WORDS = 12
"""The most words of a speech tag whose verb closes it (Hindi)."""
_CAPITAL_LIKE = re.compile(r"[a-z]+[A-Z]|['\u2019]s [A-Z]")
"""A word in lower case that opens a sentence as a capital does: a brand in camel case
("iPhone", "eBay") and Dutch "'s" before its noun ("'s Nachts")."""


_BANG_NAMES = frozenset({"Yahoo", "Jeopardy"})
"""Names written with an exclamation mark: before a capitalised word that is no stopword
they go on ("Yahoo! Japan", "Yahoo! Finance")."""


_BANG_LAST = np.array(sorted({ord(name[-1]) for name in _BANG_NAMES}))


def _bang_name(text: str, start: int, mark: int) -> bool:
    """Whether the word before the exclamation mark at ``mark``, in the sentence opened at
    ``start``, is one of :data:`_BANG_NAMES`."""
    word = (text[max(start, mark - 9) : mark].split() or [""])[-1]
    opens = mark - len(word)  # the word is whole: the sentence or a space before it
    return word in _BANG_NAMES and (opens == start or text[opens - 1].isspace())


_CHANT_WORDS = 4
"""The most words of a quoted exclamation or question that :func:`_chant_inside` reads."""
_CHANT_OPENINGS = {"\u00bb": "\u00ab", "\u201d": "\u201c", '"': '"'}
"""The opening mark of each closing one :func:`_chant_inside` reads (alone after the ender)."""
_CHANT_CHARS = 120
"""How far before its ender :func:`_chant_inside` looks for a quotation's opening mark."""


def _chant_inside(text: str, start: int, ender: int, close: str) -> bool:
    """Whether the quotation closed by ``close`` right after the ender at ``ender`` is a
    short exclamation or question quoted inside the sentence that opened at ``start``: at
    most :data:`_CHANT_WORDS` words, opened after a word of that sentence (not after a
    colon, where a whole sentence is quoted), with no other ender inside. In a script
    without case nothing else tells that the sentence goes on after it ('وردد المحتجون
    هتاف «ارحل!» أمام مقر الحكومة', 'הם צעקו "די!" מול הכנסת')."""
    opening = _CHANT_OPENINGS.get(close)
    if opening is None:
        return False
    opened = text.rfind(opening, max(start, ender - _CHANT_CHARS), ender)
    before = text[max(start, opened - _CHANT_CHARS) : opened].rstrip()
    if opened < 0 or not before or not before[-1].isalpha():
        return False
    quoted = text[opened + 1 : ender]
    return len(quoted.split()) <= _CHANT_WORDS and not any(c in ".!?\u2026" for c in quoted)


def _speaker_tag_follows(text: str, start: int, language: Language) -> bool:
    """Whether the quotation that closes before ``start`` with a question or exclamation
    mark is followed by its speech tag on the same line: capitalised words (a name,
    with its title or initials), then a verb of the language's
    :class:`~summarize.languages.SpeechTags` in lower case, then punctuation or a word
    in lower case ('"Are you sure?" Dr. Helen Park asked when ...', '"Why?" Smith
    asked.'). A tag whose speaker is in lower case ("he asked") goes on anyway."""
    tags = language.speech_tags
    if tags is None:
        return False
    words = _rest_of_line(text, start).split(None, _TAG_WORDS + 1)
    for index, word in enumerate(words[: _TAG_WORDS + 1]):
        bare = word.rstrip(",.;:!?")
        # A script without case (Hebrew, Arabic) tells no speaker by a capital, and may
        # put the verb first: '"זה הקו האדום שלנו!" הוסיף.'
        caseless = _uncased_letter(bare[:1])
        if (index or caseless) and bare in tags.verbs:  # verbs are in lower case
            after = word[len(bare) : len(bare) + 1]
            following = words[index + 1] if index + 1 < len(words) else ""
            if after:
                return after in ",.;"
            if following in tags.complementisers:
                return False  # '"..." मेट्रो प्रशासन ने बताया कि ...': what it said next
            return following[:1].islower() or (caseless and following[:1].isalpha())
        if not (word[:1].isupper() or caseless):
            return False
    return tags.verb_final and _verb_final_tag(text, start, tags)


def _verb_final_tag(text: str, start: int, tags: SpeechTags) -> bool:
    """Whether the line from ``start`` opens with a short clause that ends on a verb of
    saying and holds no complementiser: the tag of the quotation before it, where the
    verb comes last (Hindi "विपक्ष के नेता ने संसद में सरकार से पूछा।")."""
    words = _rest_of_line(text, start).split(None, _FINAL_TAG_WORDS + 1)[: _FINAL_TAG_WORDS + 1]
    for index, word in enumerate(words):
        if tags.complementisers.intersection((word, word.rstrip(",;"))):
            return False
        bare = word.rstrip(".!?\u0964")
        if bare != word:  # the clause's end: its verb, alone or with the word before it
            last = words[max(index - 1, 0) : index] + [bare]
            return bare in tags.verbs or " ".join(last) in tags.verbs
    return False


def _lone_token(text: str, start: int, enders: frozenset[str]) -> bool:
    """Whether the text from ``start`` to the end of its line is one token without an ender
    (a wire's tag: "(gm)"), closing quotes and brackets aside: 'vulnerable."' ends a
    quotation's sentence, as 'vulnerable.' does; nor with a comma or a semicolon, which
    goes on with a list's item ("— штраф вырастет до 5 тыс. рублей;")."""
    match = _LONE_TOKEN.match(text, start)
    if match is None:
        return False
    last = match.group(1).rstrip(_CLOSERS)[-1:]
    return last not in enders and last != "," and last != ";"


def _bracketed(match: re.Match[str], text: str, next_start: int) -> bool:
    """Whether the closers after a period are brackets before a word: "(U.S.) economy",
    not 'He said "no."' (a quotation), "(Omaha, Neb.) _ His tour" or "(art.) ----"."""
    return all(c in _BRACKET_CLOSERS for c in match.group("close")) and (
        _word_at(text, next_start)[:1].isalnum()
    )


_OPENING_BRACKETS = {")": "(", "\uff09": "\uff08", "]": "[", "\uff3d": "\uff3b"}


def _inner_bracket(text: str, start: int, ender: int, close: str, enders: frozenset[str]) -> bool:
    """Whether the brackets closed by ``close`` after the ender at ``ender`` were opened
    inside the sentence starting at ``start``, after a word rather than an ender: then they
    hold a remark within it ("人（…を除く。）で、"), not a sentence of their own
    ("…した。（写真は…。）")."""
    opener = _OPENING_BRACKETS.get(close[-1])
    if opener is None:
        return False
    opened = text.rfind(opener, start, ender)
    if opened <= start:
        return False
    before = text[start:opened].rstrip()
    return bool(before) and before[-1] not in enders


_INNER_PAIRS = {
    "\uff08": "\uff09",
    "(": ")",
    "\u300a": "\u300b",
    "\u3008": "\u3009",
    "\u3010": "\u3011",
}
"""Brackets and title marks that hold a remark or a title within a sentence: （）, (), 《》,
〈〉, 【】."""
_INNER_REACH = 200
"""How far after an ender the closing bracket of :func:`_inside_brackets` is looked for."""


def _inside_brackets(text: str, start: int, ender: int, enders: frozenset[str]) -> bool:
    """Whether the ender at ``ender`` stands inside brackets or title marks opened within
    the sentence starting at ``start``, after a word, and closed later on its line: a remark
    or a title within the sentence ("発表した（価格は未定。発売は来春）。", "电影《你好！未来》
    上映")."""
    for opener, closer in _INNER_PAIRS.items():
        opened = text.rfind(opener, start, ender)
        if opened <= start or text.find(closer, opened, ender) >= 0:
            continue
        before = text[start:opened].rstrip()
        if not before or before[-1] in enders:
            continue
        after = text[ender : ender + _INNER_REACH]
        closed = after.find(closer)
        if closed >= 0 and "\n" not in after[:closed]:
            return True
    return False


def _has_free(run: str, free_enders: frozenset[str]) -> bool:
    """Whether a run of enders holds one that needs no whitespace after it (``。``)."""
    return any(character in free_enders for character in run)


_FIRST_NON_SPACE = re.compile(r"\S")
_LONE_TOKEN = re.compile(rf"(\S+)[^\S{_LINE_BREAK_CHARS}]*(?:[{_LINE_BREAK_CHARS}]|\Z)")
