"""Cleaning: tell real sentences from headlines and page furniture.

Scraped articles carry share buttons, "Back To Top", photo credits, captions
printed twice, datelines on a line of their own and comment forms. None of
that may reach a summary, yet none of it is removed from the text either:
every sentence keeps its offsets and is only labelled, so a reader can still
see it in place. The rules, in order:

1. The first line of an article, when it has no final punctuation and is
   short, is the headline, one piece even with a full stop inside ("Quake
   hits Japan. Dozens dead"), unless it ends on a colon. A short first line that
   a sentence goes on from into a line in lower case ("The dam broke on Monday
   and" | "three villages were flooded.") was joined to it by the segmenter
   (:mod:`~summarize.segmentation.rules`), and is that sentence's start.
2. A short sentence without final punctuation (a heading, a link title, a
   credit such as "Thomas Peter/Pool/Reuters") is furniture. In a language
   whose sentences end at a space (Thai), a line is judged whole: a short
   line without final punctuation is one headline or furniture piece, and
   every sentence of a longer line (a paragraph) is a sentence, however
   short, since Thai writes no full stop.
3. A sentence matching a known furniture pattern (share buttons, navigation,
   comment forms, copyright lines, a date alone) or a furniture phrase or
   notice of its language (``Language.furniture``, ``Language.notices``) is
   furniture; opening a short line of several pieces, it takes the line with
   it ("© 2024 Sibir. Все права защищены. При использовании ...").
4. A line printed twice in the same article (a caption under a photo and again
   in the gallery) is furniture, every copy of it but the first of a
   quotation (a pull quote repeats a paragraph of one quotation). A line of
   one quotation that is also a sentence of a longer line is a pull quote, and
   furniture.
5. A sentence without a single letter or digit ("...", "* * *.", emoji) is
   furniture: it cannot state a fact.
6. A dateline opening a line ("WASHINGTON (AP) _", "BEIJING, China:",
   "Berlin (dpa) -", "SÃO PAULO -", "【北京共同】") is furniture, a piece of its
   own, and the sentence after it starts at its first word (see
   :func:`dateline_end`). Only the first sentence of a line is looked at, and
   only when it is a sentence by the rules above. The article's first sentence
   may also open with a place without an agency, in any case, before a dash
   ("Kyiv, March 3 —", "Potsdam –", "KYIV—").
7. A list's bullet or number, or an interview's label, opening a line ("• ",
   "1. ", "Q: ", and the wires' typewritten bullets: "-- " and an underscore,
   "_The most common ...", unless another underscore closes it as emphasis)
   is furniture too, a piece of its own before the sentence, and so is the
   bullet of a list run into a line ("... by 700. - Divide ..."). "Q. " and
   "A. " are labels only in a text with a line opening with "Q. ". A single
   dash is a bullet only where ``Language.dash_bullets`` says so: it opens
   direct speech in Romance, Slavic and Nordic news.
8. A line that opens with the name a byline gave near the article's top, a
   verb or a word in lower case after it, is the writer's bio, and furniture
   ("Helen Carter is the Ledger's education correspondent.", after "Helen
   Carter, Education correspondent"; "Jana Nováková je redaktorkou ...", after
   "Jana Nováková"): see :func:`_bio_lines`.

A sentence longer than :data:`~summarize.segmentation.punkt.MAX_SENTENCE_CHARS` is
labelled as a whole, then, when it is a sentence, returned as pieces split at
clause or word boundaries (see :func:`~summarize.segmentation.punkt.split_long`), each a
span of the text with the label of the whole.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain, groupby
from typing import Literal, NamedTuple

import numpy as np
import regex

from ..documents import INVISIBLE_MARKS, MISREAD_CLOSING_QUOTES, MISREAD_OPENING_QUOTES
from ..languages import Language, get
from ..validation import check_text
from .punkt import MAX_SENTENCE_CHARS, split_long
from .rules import BULLET_CODES, code_points, sentence_spans

__all__ = [
    "Sentence",
    "Kind",
    "split_sentences",
    "dateline_end",
    "ends_sentence",
    "LONG_SENTENCE_WORDS",
]

Kind = Literal["sentence", "headline", "furniture"]

LONG_SENTENCE_WORDS = 25
"""A line this long is prose even without final punctuation (a transcript, a
text that lost its punctuation), never a heading. In scripts written without
spaces (Chinese, Japanese, Thai) two characters count as a word."""

_FINAL_PUNCTUATION = frozenset(".!?\u2026\u3002\uff01\uff1f\u061f\u0964")
"""What ends a sentence in every language; each adds its own enders (Greek ";")."""
_CLOSING = (
    "\"'\u2019\u201d\u00bb)]\u201c\u2018\u00ab\u300d\u300f\uff09\u300b\u3009\u3011\uff3d"
    + MISREAD_CLOSING_QUOTES
    + INVISIBLE_MARKS
)
"""Quotes and brackets that may follow the final punctuation: ``He said "no."``,
German ``„Nein.“`` (its closing quote is the English opening one), Danish
``»Nej.«``, Chinese and Japanese ``「不。」`` and ``（注。）``."""


@lru_cache(maxsize=64)
def _final_punctuation(language: str | Language) -> frozenset[str]:
    """What ends a sentence of ``language``: :data:`_FINAL_PUNCTUATION` and its own enders."""
    return _FINAL_PUNCTUATION | frozenset(get(language).sentence_enders)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
# A date alone: "Thu May 16 2024", "May 16, 2024.", "16 May 2024", "2024-05-16". Each ends
# with a digit and no word character after it (plain_lines reads that).
_DATES = [
    rf"(?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\W*",
    rf"(?:{_WEEKDAY}\s+)?\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}\W*",
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\W*",
]
# Apart from _FURNITURE, which otherwise tries it at every character of every sentence.
_RIGHTS_RESERVED = re.compile(r".*all rights reserved\W*", re.IGNORECASE)
# The other texts that are furniture whole (matched case ignored).
_FURNITURE_ALTERNATIVES = [
    # Icon names separated by spaces, commas or bars. A name may hold "icon-"
    # itself, so separators are required between names: "(?:icon-[\w-]+[\s,|]*)+"
    # could split "icon-aicon-a..." in exponentially many ways before failing.
    r"icon-[\w-]+(?:[\s,|]+icon-[\w-]+)*[\s,|]*",
    r"back to top\W*",
    r"share (?:this|on|via)\b.*",
    r"shareable url\W*",
    r"(?:prev|previous|next) (?:post|article|story|page)\W*",
    r"read (?:next|more|also)\b.*",
    r"related (?:articles?|stories|posts?|content|coverage|news)\W*",
    r"leave a (?:reply|comment)\W*",
    r"your email address will not be published.*",
    r"required fields are marked.*",
    # A lookahead (atomic) rather than ".*(?:newsletter|...).*", whose two
    # unbounded runs around a word backtrack quadratically when the match fails.
    r"(?:sign up|subscribe)\b(?=.*(?:newsletter|updates|inbox)).*",
    r"advertisement\W*",
    # Also after a word in another script: Hindi "कॉपीराइट © 2024 ...".
    r"(?:copyright|\u00a9|[^\x00-\x7f]\S{0,23}[ ]\u00a9[ ]).*",
    r"click here\b.*",
    r"(?:photo|image|picture|video)s? (?:by|credit|courtesy)\b.*",
    r"follow us\b.*",
    r"(?:print|email|e-mail|tweet|share|comments?)\W*",
    r"(?:last )?(?:updated|published|posted)\b.{0,40}\d.*",
    # Notices of the site and of the story's own history.
    r"we use cookies\b.*",
    r"(?:for more information,? )?(?:see|read|view) our (?:privacy|cookie) policy\W*",
    r"this (?:article|story|report) (?:was|has been|is being) (?:amended|updated|corrected)\b.*",
    r"update\b[^:]{0,40}:\s*(?:this|the) (?:article|story|post) (?:was|has been)\b.*",
    # The reader addressed: newsletters, paywalls, tips, loading spinners.
    r"get\b(?=.*\b(?:newsletter|digest|inbox|briefing)\b).*",
    r"our (?:morning|evening|daily|weekly|free|editor)\b(?=.*\b(?:email|newsletter)\b).*",
    r"sign up here\W*",
    r"subscribe (?:for|now|today|to (?:read|continue|get))\b.*",
    r"you(?:'|\u2019)ve read \d+ of \d+\b.*",
    r"(?:privacy notice|have a news tip|thanks for reading)\b.*",
    r"loading\W*",
]
_FURNITURE = re.compile("|".join([*_FURNITURE_ALTERNATIVES, *_DATES]), re.IGNORECASE)


# What a text of the non-date alternatives of _FURNITURE starts with, lower-cased, in ASCII
# characters: each start of such a match, up to nine characters (or fewer, where the
# pattern lets many characters follow). A text starting with none of these, and no date
# (which ends with a digit), is not furniture by pattern. tests/test_clean.py checks
# the set against the pattern itself.
_FURNITURE_STARTS = frozenset(
    [
        "advertise", "back to t", "click her", "comment", "copyright", "e-mail", "email",
        "follow us", "for more ", "get", "have a ne", "icon-", "image by", "image cou",
        "image cre", "images by", "images co", "images cr", "last post", "last publ",
        "last upda", "leave a c", "leave a r", "loading", "next arti", "next page",
        "next post", "next stor", "our daily", "our edito", "our eveni", "our free",
        "our morni", "our weekl", "photo by", "photo cou", "photo cre", "photos by",
        "photos co", "photos cr", "picture b", "picture c", "pictures ", "posted",
        "prev arti", "prev page", "prev post", "prev stor", "previous ", "print",
        "privacy n", "published", "read also", "read more", "read next", "read our ",
        "related a", "related c", "related n", "related p", "related s", "required ",
        "see our c", "see our p", "share", "sign up", "subscribe", "thanks fo", "this arti",
        "this repo", "this stor", "tweet", "update", "video by", "video cou", "video cre",
        "videos by", "videos co", "videos cr", "view our ", "we use co", "you've re",
        "your emai",
    ]
)  # fmt: skip
# The first three letters of the words a date opens with (_MONTH, _WEEKDAY).
_DATE_HEADS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
     "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
)  # fmt: skip
# The first three characters, lower-cased, of every text _FURNITURE may match that starts
# with three ASCII characters and no digit: those of its starts (with IGNORECASE an ASCII
# character matches a letter of the pattern exactly when its lower case is that letter).
# A sentence starting otherwise ("The", '"We', "In ") cannot be furniture by pattern, and
# the pattern, about half of the labelling's time, is not tried on it. tests/test_clean.py
# checks the set against the pattern itself.
_FURNITURE_HEADS = frozenset(start[:3] for start in _FURNITURE_STARTS) | _DATE_HEADS


def _may_be_furniture(text: str) -> bool:
    """Whether ``_FURNITURE`` may match ``text``, judged from its first three characters."""
    head = text[:3]
    if len(head) < 3 or not head.isascii() or head[0].isdigit():
        return True
    return head.lower() in _FURNITURE_HEADS


@dataclass(frozen=True)
class Sentence:
    """A span of a text, labelled as a sentence, the headline or furniture.

    Attributes
    ----------
    text : str
        Exactly ``document_text[start:end]``.
    start, end : int
        Character offsets into the text that was split.
    kind : {"sentence", "headline", "furniture"}
        ``"sentence"`` for summary candidates, ``"headline"`` for the
        article's first line when it is a title, ``"furniture"`` for page
        furniture (share buttons, captions, credits), which never reaches a
        summary.
    """

    text: str
    start: int
    end: int
    kind: Kind

    @property
    def is_candidate(self) -> bool:
        """Whether the sentence may be chosen for a summary."""
        return self.kind == "sentence"


_CLOSING_SPACED = _CLOSING + " \u00a0\u202f"
"""The closing quotes with the spaces French puts before them: ``« Non. »``."""


def _has_final_punctuation(text: str, final: frozenset[str] = _FINAL_PUNCTUATION) -> bool:
    return text.rstrip(_CLOSING_SPACED)[-1:] in final


def ends_sentence(text: str, language: str | Language = "english") -> bool:
    """Whether ``text`` ends as a sentence does: with final punctuation of its language,
    maybe before closing quotes and brackets (the test the cleaning applies to a piece).

    Examples
    --------
    >>> ends_sentence('He said "no."'), ends_sentence("Par notre envoyé spécial", "fr")
    (True, False)
    >>> ends_sentence("Τι έγινε;", "el")  # Greek writes "?" as ";"
    True
    """
    return _has_final_punctuation(text, _final_punctuation(language))


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao,
# Myanmar, Khmer): there two characters count as one word.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


def _is_short(text: str) -> bool:
    words = len(text.split())
    if words >= LONG_SENTENCE_WORDS:
        return False
    unspaced = len(text) - len(_UNSPACED.sub("", text))
    return words + unspaced / 2 < LONG_SENTENCE_WORDS


_WORD_CHARACTER = re.compile(r"[^\W_]")


def _kind(
    text: str,
    *,
    first_line: bool,
    repeated_line: bool,
    ended: bool = False,
    final: frozenset[str] = _FINAL_PUNCTUATION,
    language: Language | None = None,
) -> Kind:
    """The label of one sentence; ``ended`` when the segmenter ended it at a space
    inside a paragraph (Thai), so that it needs no final punctuation; ``final``: what
    ends a sentence in its language; ``language``: whose furniture phrases to know
    (:meth:`Language.is_furniture <summarize.languages.Language.is_furniture>`)."""
    if not ended and not _has_final_punctuation(text, final) and _is_short(text):
        # A headline has a word: a first line of "* * *" or ";" is furniture.
        return "headline" if first_line and _has_word(text) else "furniture"
    if (
        repeated_line
        or not _has_word(text)
        or (_may_be_furniture(text) and _FURNITURE.fullmatch(text))
    ):
        return "furniture"
    # No character but R, V, E and D matches "rved" when case is ignored.
    if "rved" in text.lower() and _RIGHTS_RESERVED.fullmatch(text):
        return "furniture"
    if language is not None and language.is_furniture(text):
        return "furniture"  # "Lesen Sie auch: ...", "Tous droits réservés."
    return "sentence"


def _is_listed(text: str, line: list[tuple[int, int]], final: frozenset[str]) -> bool:
    """Whether ``line`` may be the headline of a story in a list of links: short, one
    sentence, maybe and a label ("... Mikuláši. VIDEO")."""
    return (
        0 < len(line) <= 2
        and (len(line) == 1 or _is_label(text, *line[1], final))
        and _is_short(text[line[0][0] : line[-1][1]])
    )


def _next_line(lines: list[list[tuple[int, int]]], number: int) -> list[tuple[int, int]]:
    """The first line after line ``number`` that holds a piece (empty if none does)."""
    return next((line for line in lines[number + 1 :] if line), [])


def _is_label(text: str, start: int, end: int, final: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is a label after a headline ("VIDEO", "FOTO"): at
    most two words, no final punctuation."""
    piece = text[start:end]
    return piece.count(" ") <= 1 and not _has_final_punctuation(piece, final)


def _has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or digit. A first character that is one is what
    ``[^\\W_]`` finds (``str.isalnum`` is ``\\w`` without "_"): the search is needed only
    for the other texts."""
    return text[:1].isalnum() or _WORD_CHARACTER.search(text) is not None


@lru_cache(maxsize=64)
def _furniture_heads(language: Language) -> frozenset[str]:
    """The first three characters of each of ``language``'s furniture phrases and notices: a
    sentence starting otherwise may start with none of them."""
    return frozenset(
        phrase[:3]
        for phrase in (*language.furniture, *language.related_headings, *language.notices)
    )


@lru_cache(maxsize=64)
def _furniture_ends(language: Language) -> tuple[str, ...]:
    """The last words of ``language``'s furniture phrases of three words or more: a
    sentence ending with such a phrase is furniture (:meth:`Language.is_furniture
    <summarize.languages.Language.is_furniture>`: "© 2024 Reuters. All rights
    reserved."), so one ending with none of these words need not be asked."""
    return tuple(sorted({p.rsplit(" ", 1)[-1] for p in language.furniture if p.count(" ") >= 2}))


_LEADING = frozenset(string.punctuation)
"""The ASCII punctuation and symbols a furniture phrase is read after (and before)."""
_TAIL = 32
"""Characters read from a sentence's end for the furniture phrase it may end with (the
longest last word of a phrase has 12 letters: Dutch "voorbehouden"); when what is left of
them after the closing punctuation is shorter than 16, the sentence is asked of _kind."""
_ENDING = (
    " \t\n\r\f\v\u00a0"
    + string.punctuation
    + "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2026\u2013\u2014\u2191"
    + MISREAD_OPENING_QUOTES
    + MISREAD_CLOSING_QUOTES
)
"""What a sentence's end is stripped of before its last word is read: white space,
ASCII punctuation and symbols, curly quotes, guillemets, the ellipsis, dashes, "↑"."""


def _may_end_furniture(
    text: str, start: int, end: int, lower: Callable[[str], str], ends: tuple[str, ...]
) -> bool:
    """Whether ``text[start:end]`` may end with a furniture phrase of three words or more
    (:meth:`Language.is_furniture <summarize.languages.Language.is_furniture>` reads it
    after the punctuation and symbols that end it): its end, so stripped and ``lower``-ed,
    ends with one of the phrases' last words ``ends`` (:func:`_furniture_ends`), or
    with a character the strip does not know."""
    core = lower(text[max(start, end - _TAIL) : end]).rstrip(_ENDING)
    if not core or (len(core) < 16 and end - start > _TAIL):
        return True
    return not core[-1].isalnum() or core.endswith(ends)


@lru_cache(maxsize=64)
def _all_heads(language: Language) -> frozenset[str]:
    """:data:`_FURNITURE_HEADS` and :func:`_furniture_heads`: the first three characters,
    lower-cased, of every text the furniture pattern or a phrase of ``language`` may be."""
    return _FURNITURE_HEADS | _furniture_heads(language)


@lru_cache(maxsize=64)
def _language(language: str | Language) -> Language:
    """:func:`~summarize.languages.get`, remembered: asked once per article."""
    return get(language)


# A dateline: where and (maybe) when an article was filed, and by which agency, before
# a separator and the article's first word. Three forms, each bounded (a dateline is
# at most about 90 characters, so _DATELINE_WINDOW):
# * a place in capitals, in any cased script (an elided particle in lower case may join
#   two words: "COEUR d'ALENE, Idaho _"), maybe with its region, a date and an
#   agency: "WASHINGTON _", "BRUSSELS, Belgium (AP) -", "AMHERST, N.Y. _",
#   "BEIJING, China:", "BEIJING, May 16 (Xinhua) --", "МОСКВА, 16 мая -"; a label in
#   capitals ("UPDATE:", "REACTION:") has the same form and is no more a part of the
#   sentence;
# * a place in any case or script, with an agency in brackets: "Berlin (dpa) -",
#   "Paris, 12 mai (Reuters) -", "Madrid, 3 may (EFE).-", "القاهرة (رويترز) -";
#   without the agency a word and a colon in lower case is a sentence's own
#   opening ("Note: ...", "Update: ...", "Beijing: ..."), never cut;
# * an agency alone ("(AP) -") or a Japanese credit in lenticular brackets ("【北京共同】").
# The separator (a colon, a dash, a wire's "_") must be followed by white space and a
# capital letter, a letter of a caseless script, a digit or an opening quote: "AIDS - a
# disease" and "US troops landed" are sentences.
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}.'\u2019\-]{1,24}"
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}.'\u2019\-]{0,24}"
# A place's word starts with a capital or a letter of a caseless script; one or two short
# words in lower case may join two ("Rio de Janeiro", "Pfaffenhofen an der Ilm"), and a
# capitalised word in brackets may follow ("Halle (Saale)").
_PLACE_WORD = r"[\p{Lu}\p{Lo}][\p{L}\p{M}.'\u2019\-/]{0,24}"
_PLACE = (
    rf"{_PLACE_WORD}(?:[ ](?:\p{{Ll}}{{1,3}}[ ]){{0,2}}{_PLACE_WORD}){{0,2}}"
    r"(?:[ ]\(\p{Lu}\p{Ll}{1,20}\))?"
)
# A day and month in either order ("16 May", "May 16", "3. října", "16 मई", "3 de marzo"),
# maybe a year.
_DATE = (
    r"(?:\d{1,2}(?:\.?\s(?:de\s)?[\p{L}\p{M}]{2,10}\.?)?|\p{L}{3,10}\.?\s\d{1,2})(?:,?\s\d{4})?"
)
_AGENCY = r"\((?:[\p{L}\p{M}][\p{L}\p{M}.&/ ]{0,24}|\p{Lu}{2,8}(?:-\p{Lu}{2,8})+)\)"
# What the sentence after a dateline opens with: a capital, a letter of a caseless script,
# a digit, an opening quote or bracket.
_OPENING = r"""[\p{Lu}\p{Lo}\p{N}"\u201c\u00ab'\u2018\u201e(]"""
_DATELINE = regex.compile(
    rf"""(?:
        {_CAPS_WORD}(?:[ ](?:\p{{Ll}}{{1,2}}['\u2019])?{_CAPS_WORD}){{0,3}}
        (?:,[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})?
        (?:,[ ]{_DATE})?
        (?:[ ]?{_AGENCY})?
      |{_PLACE}(?:,?[ ]{_DATE})?[ ]?{_AGENCY}
      |{_AGENCY}
    )[ ]?(?:\.?(?:-{{1,2}}|_|\u2014|\u2013)|:)(?=\s+{_OPENING})
    |\u3010[^\u3011\n]{{1,16}}\u3011(?=\S)
    # Yonhap: "(서울=연합뉴스) 김철수 기자 =".
    |\([\p{{L}}\p{{M}}]{{1,10}}=[\p{{L}}\p{{M}}]{{1,12}}\)(?:[ ][\p{{L}}\p{{M}}]{{2,5}}[ ]?(?:기자|특파원))?[ ]?=(?=\s+\S)
    # Xinhua and China News Service: "新华社北京5月16日电（记者张三）"; CNA: "（中央社記者王明台北21日電）";
    # any outlet's dispatch: "人民网成都6月18日电 （记者 周静）"; a paper's own report:
    # "成都晚报讯（首席记者 陈浩）".
    |(?:新华社|新華社|中新社)\p{{Han}}{{1,10}}\d{{1,2}}月\d{{1,2}}日[电電](?:[（(][^）)\n]{{1,24}}[）)])?(?=\S)
    |\p{{Han}}{{2,14}}\d{{1,2}}月\d{{1,2}}日[电電](?:[ ]?[（(][^）)\n]{{1,24}}[）)](?=[ ]?\S)|(?=[ ]\S))
    |\p{{Han}}{{2,8}}[讯訊](?:[（(][^）)\n]{{1,24}}[）)](?=\S)|(?=[ ]\S))
    |[（(]中央社[^）)\n]{{1,30}}[电電][）)](?=\S)""",
    regex.VERBOSE,
)
# At the start of an article (its first line opening with a sentence), two more forms:
# a place in capitals before an em dash with no space ("KYIV—Russian forces"), and a
# place in any case or script without an agency, maybe with its region and a date, before
# a dash between spaces ("Kyiv, March 3 —", "Potsdam –", "Paris, 3 mars —",
# "جنيف -"). Elsewhere a capitalised word before a dash opens many a sentence.
_LEAD_DATELINE = regex.compile(
    rf"""(?:
        # In capitals, a first word of three letters or more ("US\u2014China talks" is a
        # sentence).
        \p{{Lu}}[\p{{Lu}}\p{{M}}.'\u2019\-]{{2,24}}(?:[ ]{_CAPS_WORD}){{0,3}}
        (?:,[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})?
        (?:,[ ]{_DATE})?
        [ ]?\u2014(?={_OPENING})
        # A place, a date and an agency, without a separator: "देहरादून, 12 अक्टूबर (भाषा) ...".
      |{_PLACE},[ ]{_DATE}[ ]?{_AGENCY}(?=[ ]{_OPENING})
        # Folha: a place in capitals and its state's two letters, then the sentence:
        # "JUIZ DE FORA (MG) O número de mortos ...".
      |\p{{Lu}}[\p{{Lu}}\p{{M}}.'\u2019\-]{{2,24}}(?:[ ]{_CAPS_WORD}){{0,3}}[ ]\(\p{{Lu}}{{2}}\)
        (?=[ ]{_OPENING})
      |(?P<place>{_PLACE})
        (?:,[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})?
        (?:,[ ]{_DATE})?
        [ ](?:-{{1,2}}|\u2013|\u2014|_)(?=\s+{_OPENING})  # "_": the wires' typed dash
    )""",
    regex.VERBOSE,
)
# An outlet's tag in brackets, in capitals, before the article's first word, where the
# language's news writes one without a separator (Language.outlet_tags): "(TNO) Công an".
_OUTLET_TAG = regex.compile(rf"\(\p{{Lu}}{{2,6}}\)(?=[ ]{_OPENING})")
# A dateline that is a whole piece, the segmenter having ended it with a full stop:
# TASS "МОСКВА, 16 мая." (then "/ТАСС/."), IANS "नई दिल्ली, 16 मई (आईएएनएस)।".
_DATELINE_PIECE = regex.compile(
    rf"""(?:{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}},[ ]{_DATE}(?:[ ]?{_AGENCY})?
      |{_PLACE},?[ ]{_DATE}[ ]?{_AGENCY}
      |/\p{{Lu}}[\p{{L}}\p{{M}} \-]{{1,20}}/
    )[ ]?[.\u0964]?""",
    regex.VERBOSE,
)
_DATELINE_WINDOW = 96


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the dateline opening ``text[start:end]`` ends, or None when it opens with none.

    A dateline ("WASHINGTON (AP) _", "BEIJING, China:", "Berlin (dpa) -") is
    a place in capitals, or a place in any case with a news agency in
    brackets, maybe with a region and a date, before a colon or a dash and
    the first word of a sentence. The offset returned is that of the end of
    the separator; the sentence starts at the next character that is not
    white space. A word in lower case before a colon is a sentence's own
    opening ("Note: the talks ..."), never a dateline.

    Parameters
    ----------
    text : str
    start : int, default=0
        Where the sentence starts in ``text``.
    end : int, optional
        Where it ends (the end of ``text`` by default).

    Returns
    -------
    int or None

    Examples
    --------
    >>> text = "BEIJING, China: Russian President Vladimir Putin arrived."
    >>> text[: dateline_end(text)]
    'BEIJING, China:'
    >>> text = "Berlin (dpa) - Die Regierung tagt."
    >>> text[: dateline_end(text)]
    'Berlin (dpa) -'
    >>> dateline_end("Note: the talks resumed.") is None
    True
    """
    stop = len(text) if end is None else end
    # The cheap test first: a dateline's second character is not a lower-case letter
    # unless it has an agency in brackets or is a lenticular credit.
    if not text[start + 1 : start + 2].islower() or "(" in text[start : start + 64]:
        found = _DATELINE.match(text, start, min(stop, start + _DATELINE_WINDOW))
        if found is not None and found.end() < stop:
            return int(found.end())
    return None


def _lead_dateline_end(text: str, start: int, end: int, language: Language) -> int | None:
    """Where a dateline of the forms only an article's first sentence may open with ends
    (see ``_LEAD_DATELINE``: "Kyiv, March 3 —", "Potsdam –", "KYIV—"), or None. A
    place in any case must not open with a stopword ("The", "Die"); in a script written
    without spaces (Chinese, Japanese, Thai) a clause before a dash could be read as one,
    and none is looked for."""
    if language.script_unspaced:
        return None
    if language.outlet_tags:
        tag = _OUTLET_TAG.match(text, start, end)
        if tag is not None and tag.end() < end:
            return int(tag.end())
    found = _LEAD_DATELINE.match(text, start, min(end, start + _DATELINE_WINDOW))
    if found is None or found.end() >= end:
        return None
    place = found.group("place")
    if place is not None and language.lower(place.split(None, 1)[0]) in language.stopwords:
        return None
    return int(found.end())


# A list's bullet or number, or an interview's label, opening a line: "• ", "* ", "1. ",
# "2) ", "Q: ", "A: ", and the wires' typewritten bullets, two hyphens ("-- The European
# Union is extending ...") or an underscore, spaced or not ("_ John Lennon.", "_The most
# common cardiovascular disease is ..."), unless another underscore closes it as
# emphasis ("_Rain_ fell."), and the codes old wires typeset a bullet with, "(check)" and
# "(box)". The sentence starts after it. A single dash only where
# Language.dash_bullets says so (see _marker_end): it opens the direct speech of
# Portuguese, Spanish and Italian news ("- Não sei quando poderei voltar.").
_MARKER = regex.compile(
    r"""(?:(?:[\u2022\u00b7\u25aa\u25ba*_]|--|\d{1,2}[.)]|[QA]:|"""
    + BULLET_CODES
    + r""")(?=[ \t]+\S)
      |_(?=[^\W_])(?!.*_))""",
    regex.VERBOSE | regex.DOTALL,
)


def _marker_end(
    text: str,
    start: int,
    end: int,
    language: Language,
    *,
    opening: bool = True,
    interview: bool = False,
    after_semicolon: bool = False,
) -> int | None:
    """Where a list or interview marker opening ``text[start:end]`` ends (None: none).

    At a line's opening, any marker; after another sentence of the line, a run-in
    list's bullet ("... by 700. - Divide the answer ...": the segmenter starts a
    sentence at a dash only before a capital, so a dash there is no speech tag) or a
    subhead in capitals run in with "; " ("THOMAS' VIEWS; Excerpts from ...") only, or,
    ``after_semicolon`` (the piece follows a stray "; " that ran two paragraphs
    together), a subhead in any case ("A clean break; Virginia Thomas ..."). A
    single dash is a bullet only in a language whose news writes no dialogue with one
    (``Language.dash_bullets``); "Q. " and "A. " are an interview's labels only in a
    text with a line opening with "Q. ", an ``interview`` (else "A. Kennedy took off"
    is an initial).
    """
    first = text[start]
    if after_semicolon and (subhead := _RUN_IN_SUBHEAD.match(text, start, end)) is not None:
        return int(subhead.end())  # "... a response.; A clean break; Virginia Thomas ..."
    if first.isupper() and (subhead := _CAPS_SUBHEAD.match(text, start, end)) is not None:
        return int(subhead.end())  # "HEAR IT, SEE IT; Senate confirmation hearings ..."
    if first not in _MARKER_STARTS:
        return None
    if first in _DASH_STARTS:
        found = _DASH_BULLET.match(text, start, end)
        if found is not None and (found.group(1) or language.dash_bullets):
            return found.end()
    if not opening:
        return None
    if interview and first in "QA" and text[start + 1 : start + 2] == ".":
        found = _INTERVIEW_LABEL.match(text, start, end)
        return None if found is None else found.end()
    found = _MARKER.match(text, start, end)
    return None if found is None else found.end()


# A subhead in capitals that old wire copy ran into its paragraph with "; " ("THOMAS'
# VIEWS; Excerpts from ...", "RADIO; KQED, 88.5 FM ..."), before a capital.
_CAPS_SUBHEAD = regex.compile(
    r"(?=[^;]{0,40}\p{Lu}{2})\p{Lu}[\p{Lu}\p{M}\d ,.'\u2019&\-]{0,40};(?=[ ]+[(\"'\u201c]?\p{Lu})"
)
# A subhead of a few words, in any case, run into its paragraph with "; " after the "; "
# that ran the paragraph into the one before ("... a response.; A clean break; Virginia
# Thomas ...", "'Sign of rejection'; \"His marrying ..."), before a capital.
_RUN_IN_SUBHEAD = regex.compile(r"(?:[^\s.;!?]+[ ]){0,5}[^\s.;!?]+;(?=[ ]+[(\"'\u201c]?\p{Lu})")


def _after_semicolon(found: list[tuple[int, int, Kind]], text: str) -> bool:
    """Whether the last piece found is a stray semicolon that ran two paragraphs together."""
    return bool(found) and found[-1][1] - found[-1][0] == 1 and text[found[-1][0]] == ";"


_MARKER_STARTS = frozenset("\u2022\u00b7\u25aa\u25ba*_-QA0123456789\u2013\u2014(")
_DASH_STARTS = frozenset("-\u2013\u2014\u2022")
# Two hyphens or a bullet (group 1: in every language), or a single dash, then a space.
_DASH_BULLET = re.compile(r"(?:(--|\u2022)|[-\u2013\u2014])(?=[ \t]+[^\W_])")
# An interview's question or answer label: "Q. What was ...?" / "A. Kennedy took off ...".
_INTERVIEW_LABEL = re.compile(r"[QA]\.(?=[ \t]+\S)")
_INTERVIEW = re.compile(r"(?:\A|\n)[ \t]*Q\.[ \t]+\S")


_PLACE_CHARS = 27
"""The longest place's word with its full stop that :func:`_place_date_lead` reads."""
_PLACE_DATE = regex.compile(rf"{_PLACE_WORD}\.\s+{_DATE}\.\s+")


def _place_date_lead(text: str, line: list[tuple[int, int]]) -> int | None:
    """Where the dateline ends that opens the third piece of ``line`` after a place and a
    date, each a piece of its own ("Иркутск." "5 марта." "ИНТЕРФАКС - ..."), or None."""
    if (
        line[0][1] - line[0][0] > _PLACE_CHARS  # one word and its full stop
        or _PLACE_DATE.fullmatch(text, line[0][0], line[2][0]) is None
    ):
        return None
    cut = dateline_end(text, line[2][0], line[2][1])
    return None if cut is None or cut >= line[2][1] else cut


def _is_dateline_piece(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a dateline alone ("МОСКВА, 16 мая.", "/ТАСС/.")."""
    if end - start > _DATELINE_WINDOW or text[start + 1 : start + 2].islower():
        return False
    return _DATELINE_PIECE.fullmatch(text, start, end) is not None


def _normalise(line: str) -> str:
    return " ".join(line.split()).casefold()


def split_sentences(text: str, *, language: str = "english") -> list[Sentence]:
    """Split a text into sentences with exact offsets, labelling furniture.

    Every non-blank piece of the text is returned, in order, so the spans
    cover all of it but whitespace: candidates, the headline and page
    furniture alike. A line break ends a sentence unless the text was
    wrapped inside it (a line that does not end a sentence going on in the
    next: see the Segmentation page).

    Parameters
    ----------
    text : str
        One article.
    language : str, default="english"
        Selects NLTK's trained Punkt model when it is installed; a built-in
        list of abbreviations is used in every case, so no download is needed.

    Returns
    -------
    list of Sentence
        Each with ``text == text[start:end]`` and its ``kind``.

    Examples
    --------
    >>> import summarize
    >>> article = "Leaders Meet in Geneva\\n\\nDr. Ames spoke first. Talks went on.\\nBack To Top"
    >>> for s in summarize.split_sentences(article):
    ...     print(s.start, s.end, s.kind, s.text)
    0 22 headline Leaders Meet in Geneva
    24 45 sentence Dr. Ames spoke first.
    46 60 sentence Talks went on.
    61 72 furniture Back To Top
    """
    check_text("split_sentences", "text", text)
    return [Sentence(text[a:b], a, b, kind) for a, b, kind in piece_spans(text, language)]


def piece_spans(
    text: str,
    language: str,
    lines: list[list[tuple[int, int]]] | None = None,
    plain: Sequence[bool] | None = None,
) -> list[tuple[int, int, Kind]]:
    """``(start, end, kind)`` of every piece :func:`split_sentences` returns, in order.

    ``lines`` are the text's :func:`~summarize.segmentation.rules.sentence_spans`
    when the caller has them already (split with many texts at once), and
    ``plain`` their :func:`plain_lines`: a plain line after the article's
    first sentence, not its headline and printed once, is its sentences as
    they are, and is not read again.
    """
    if lines is None:
        lines = sentence_spans(text, language)
    if not lines:
        return []
    found: list[tuple[int, int, Kind]] = []
    append = found.append
    own = _language(language)
    final, closing, heads = _final_punctuation(own), _CLOSING, _all_heads(own)
    # "rved" of "all rights reserved" is in a sentence's lower case only if it is in the text's;
    # so is the last word of a furniture phrase a sentence may end with.
    lowered = own.lower(text)
    unreserved = "rved" not in lowered
    ends = _furniture_ends(own)
    if not any(end_word in lowered for end_word in ends):
        ends = ()  # no sentence of the text can end with a furniture phrase
    spaced = own.space_ends_sentence
    # An interview's "Q. " and "A. " labels: looked for once, in a text with a "Q. " line.
    interview = "Q." in text and _INTERVIEW.search(text) is not None
    title = _headline_line(text, lines, final)
    bios = _bio_lines(text, lines, own, final)
    lead = True  # no line has opened with a sentence yet: the next may open the article
    related = 0  # how many more lines may be headlines of a list of other stories
    # Whether the list's last line was its heading (1), a headline with a full stop (2) or
    # without (0).
    stopped = 1
    for number, (line, repeated) in enumerate(zip(lines, _repeated(text, lines), strict=True)):
        if number in bios:
            found.extend((start, end, "furniture") for start, end in line)
            continue
        if related and line:
            # After "Read also" or "Most read": the short lines of one sentence (maybe
            # and a label: "... Mikuláši. VIDEO") are the stories' headlines; one with
            # a full stop ("Renten holdes uendret.") only after a marker ("▶ "), or
            # first or after another with one and before another short line, or after
            # two with one. An article going on after a list in its middle does so
            # after a headline without one ("Lire aussi" / "Retraites : les syndicats
            # ..." / "« On n'a jamais vu ça », a affirmé une infirmière."), or before a
            # paragraph.
            stops = _has_final_punctuation(text[line[0][0] : line[0][1]], final)
            if _is_listed(text, line, final) and (
                not stops
                or text[line[0][0]] in _LINK_MARKS
                or stopped == 2
                or (stopped and _is_listed(text, _next_line(lines, number), final))
            ):
                found.extend((start, end, "furniture") for start, end in line)
                related -= 1
                stopped = 2 if stops else 0
                continue
            related = 0
        below = lines[number + 1] if number + 1 < len(lines) else None
        # A short line of one piece below may be the credit of a caption (_credit_below).
        credited = (
            below is not None
            and len(below) == 1
            and below[0][1] - below[0][0] <= _CREDIT_LINE
            and _credit_below(text, line, below)
        )
        if (
            plain is not None
            and plain[number]
            and not (repeated or lead or number == title or credited)
        ):
            found.extend([(start, end, "sentence") for start, end in line])
            continue
        if len(line) == 1 and own.is_related_heading(text[line[0][0] : line[0][1]]):
            found.append((line[0][0], line[0][1], "furniture"))
            related, stopped = _RELATED_LINES, 1
            continue
        if credited or _caption_line(text, line):
            # A photo's caption and its credit: "Firefighters work at the scene. (KVNT)",
            # "... in Hamburg. Foto: Markus Scholz/dpa.", "Image caption, ...".
            found.extend((start, end, "furniture") for start, end in line)
            continue
        opening = True  # the line's first sentence, which may open with a dateline
        after_dateline = False  # the previous piece was a whole dateline
        if number == title and len(line) > 1 and not spaced:
            # A headline with a full stop inside ("Quake hits Japan. Dozens dead"): the
            # line, short, ends without final punctuation or a colon (which introduces
            # what follows: "Here is a chronology:") on no furniture ("Hi. Back To Top")
            # and opens with no dateline.
            whole = text[line[0][0] : line[-1][1]]
            last = text[line[-1][0] : line[-1][1]]
            if (
                last[-1] != ":"
                and not _has_final_punctuation(last, final)
                and _is_short(whole)
                and not _FURNITURE.fullmatch(last)
                and not own.is_furniture(last)
                and dateline_end(text, line[0][0], line[-1][1]) is None
            ):
                append((line[0][0], line[-1][1], "headline"))
                continue
        if len(line) > 1 and text[line[1][0]] in _DASHES and text[line[0][1] - 1] == ".":
            # A dateline the segmenter ended at an abbreviation: "WASHINGTON, D.C." and
            # "— The Senate voted.": one piece, which the dateline is then cut from.
            joined = dateline_end(text, line[0][0], line[1][1])
            if joined is not None and joined > line[1][0]:
                line = [(line[0][0], line[1][1]), *line[2:]]
        if len(line) > 2 and (cut := _place_date_lead(text, line)) is not None:
            # Interfax: "Иркутск. 5 марта. ИНТЕРФАКС - Глубоководный ...": the place and the
            # date, each ended by a full stop, then the agency's dateline.
            append((line[0][0], line[0][1], "furniture"))
            append((line[1][0], line[1][1], "furniture"))
            append((line[2][0], cut, "furniture"))
            line = [(_after_space(text, cut, line[2][1]), line[2][1]), *line[3:]]
        # Thai ends sentences at spaces and writes no full stop: its lines are judged whole.
        ended = spaced and len(line) > 1
        if ended:
            whole = text[line[0][0] : line[-1][1]]
            if not _has_final_punctuation(whole, final) and _is_short(whole):
                # A short line without final punctuation: one headline or furniture piece.
                label = _kind(
                    whole,
                    first_line=number == title,
                    repeated_line=repeated,
                    final=final,
                    language=own,
                )
                append((line[0][0], line[-1][1], label))
                continue
        judge = partial(_kind, first_line=number == title, ended=ended, final=final, language=own)
        notice = False  # the line opened with a notice: all of it is furniture
        for start, end in line:
            if notice:
                append((start, end, "furniture"))
                continue
            # What _kind says of most sentences, read from the text without a copy of
            # each: final punctuation (maybe before a closing quote), a letter first (the
            # furniture phrases are read after the punctuation and symbols at either end,
            # so a sentence opening with one is asked), no furniture pattern or phrase may
            # start it (see _may_be_furniture) or end it, not a repeated line, no rights
            # reserved. Any other sentence is asked of _kind itself.
            head = text[start : start + 3]
            first = start  # the first character after leading ASCII punctuation and symbols
            while first < end and text[first] in _LEADING:
                first += 1
            trimmed = head if first == start else text[first : first + 3]
            if (
                not repeated
                and end - start >= 3
                and (
                    text[end - 1] in final or (text[end - 1] in closing and text[end - 2] in final)
                )
                and head.isascii()
                and not head[0].isdigit()
                and head.lower() not in heads
                and trimmed[:1].isalpha()
                and trimmed.isascii()
                and trimmed.lower() not in heads
                and (unreserved or "rved" not in text[start:end].lower())
                and not (ends and _may_end_furniture(text, start, end, own.lower, ends))
            ):
                kind: Kind = "sentence"
            else:
                kind = judge(text[start:end], repeated_line=repeated)
            if opening or after_dateline:
                # A dateline ending in a full stop is a piece of its own ("МОСКВА, 16 мая."),
                # and maybe the agency after it ("/ТАСС/.").
                after_dateline = kind == "sentence" and _is_dateline_piece(text, start, end)
                if after_dateline:
                    kind = "furniture"
            if opening:
                opening = False
                # "© 2024 Sibir.Online. All rights reserved. Reproduction ...", "Read also:
                # Prices soar. Which goods ...?": a notice or a link opening a line of several
                # pieces takes the line with it (not a dateline, a piece of its own).
                notice = (
                    kind == "furniture"
                    and not after_dateline
                    and 1 < len(line) <= _NOTICE_PIECES
                    and line[-1][1] - line[0][0] <= _NOTICE_CHARS
                    and _has_word(text[start:end])  # not '"[...]' before a quotation
                )
                if (
                    kind == "furniture"
                    and not after_dateline
                    and (cut := dateline_end(text, start, end)) is not None
                    and text[cut - 1] != ":"  # a label ("ZOBACZ TEŻ:", "PUBLISHED:")
                    and judge(
                        text[(rest := _after_space(text, cut, end)) : end], repeated_line=False
                    )
                    == "sentence"
                ):
                    # A dateline made the piece read as a byline ("本报讯 记者从 ..."): the
                    # sentence after it is the article's own.
                    append((start, cut, "furniture"))
                    start, kind, notice = rest, "sentence", False
                first = lead and kind == "sentence"  # the article's first sentence
                lead = lead and not first
                # Up to two datelines: "(ANSA) - ROMA, 03 OTT - Il governo ...", or a list
                # or interview marker: "• ", "1. ", "Q: ".
                for _ in range(2):
                    if kind != "sentence":
                        break
                    if (
                        (cut := dateline_end(text, start, end)) is None
                        and (cut := _marker_end(text, start, end, own, interview=interview))
                        is None
                        and (
                            not first or (cut := _lead_dateline_end(text, start, end, own)) is None
                        )
                    ):
                        break
                    append((start, cut, "furniture"))
                    start = _after_space(text, cut, end)
                    kind = judge(text[start:end], repeated_line=False)
            elif (
                kind == "sentence"
                and (text[start] in _DASH_STARTS or text.find("; ", start, start + 48) >= 0)
                and (
                    cut := _marker_end(
                        text,
                        start,
                        end,
                        own,
                        opening=False,
                        after_semicolon=_after_semicolon(found, text),
                    )
                )
                is not None
            ):
                append((start, cut, "furniture"))  # a run-in list's bullet, a subhead
                start = _after_space(text, cut, end)
                kind = judge(text[start:end], repeated_line=False)
            if kind != "sentence" or end - start <= MAX_SENTENCE_CHARS:
                append((start, end, kind))
            else:
                found.extend((a, b, kind) for a, b in split_long(text, start, end))
    return found


def plain_lines(
    texts: Sequence[str], lines: Sequence[list[list[tuple[int, int]]]], language: str
) -> list[list[bool]] | None:
    """Which lines of each text are plain: sentences that :func:`piece_spans` keeps as
    they are, whatever comes before them, read for many texts at once with array
    operations on their code points.

    A line is plain when each of its sentences opens with an ASCII letter (maybe
    after a quotation mark) and with no start of furniture (its first nine
    characters, in lower case, start with no start of the furniture pattern or of
    the language's furniture phrases and notices, nor with a date's first word when
    it ends with a digit), ends with ".", "!" or "?" after an ASCII letter or digit
    and not with the last word of a furniture phrase, holds at
    most :data:`~summarize.segmentation.punkt.MAX_SENTENCE_CHARS` characters and no
    ";" in its first 48; its first sentence has a lower-case second letter and no
    "(" in its first 64 characters (so no dateline, list marker or subhead opens
    it); and it cannot be a photo's caption (no colon near its end, no short last
    sentence that may be a credit; more than three sentences, or a text without
    a caption's label, a photographer's mark or a credit's closing words). Each
    test is a sufficient condition of what :func:`piece_spans` reads one sentence
    at a time; a line that fails one is read as before. The article's first
    lines, its headline and lines printed twice are :func:`piece_spans`'s own
    to tell. None for a language that ends sentences at spaces or lower-cases
    ASCII otherwise than Python (Turkish "I").

    Parameters
    ----------
    texts : sequence of str
    lines : sequence of list of list of (int, int)
        Each text's :func:`~summarize.segmentation.rules.many_sentence_spans`.
    language : str

    Returns
    -------
    list of list of bool, or None
        One flag per line of each text.

    Examples
    --------
    >>> from summarize.segmentation.rules import many_sentence_spans
    >>> texts = ["Storm Hits Coast\\nThe storm hit the coast. It rained.\\nUS troops left."]
    >>> plain_lines(texts, many_sentence_spans(texts, "en"), "en")
    [[False, True, False]]
    """
    own = _language(language)
    if own.space_ends_sentence or own.lower(_ASCII_CAPITALS) != _ASCII_CAPITALS.lower():
        return None
    starts = _plain_starts(own)
    # A last word with a character beyond ASCII is never read in ASCII characters.
    ends = tuple(word for word in _furniture_ends(own) if word.isascii())
    # How far back from a sentence's final mark its characters must be ASCII: over the
    # last words compared, and the credits' last nine characters.
    longest = max([_PACKED, *map(len, _furniture_ends(own))])
    found: list[list[bool]] = []
    first = 0
    while first < len(texts):
        last, size = first, 0
        while last < len(texts) and (last == first or size < _PLAIN_BLOCK_CHARS):
            size += len(texts[last])
            last += 1
        found.extend(_plain_block(texts[first:last], lines[first:last], starts, ends, longest))
        first = last
    return found


_PLAIN_BLOCK_CHARS = 1_000_000
"""Characters of texts whose code points :func:`plain_lines` holds at once."""
_ASCII_CAPITALS = string.ascii_uppercase


def _packed(word: str) -> int:
    """An ASCII ``word`` as one number, seven bits a character, as :func:`_pack` packs."""
    key = 0
    for character in word:
        key = (key << 7) | ord(character)
    return key


def _pack(codes: np.ndarray, at: np.ndarray, count: int) -> np.ndarray:
    """The ``count`` characters from each of ``at`` in ASCII lower case, as one number each
    (seven bits a character: one beyond ASCII keeps its last seven; a position before
    the text reads its first character)."""
    key = np.zeros(len(at), dtype=np.int64)
    for offset in range(count):
        key = (key << 7) | (_ascii_lower(codes[np.maximum(at + offset, 0)]) & 127)
    return key


def _ends_with(tail: np.ndarray, word: str) -> np.ndarray:
    """Whether each ``tail`` (the last :data:`_PACKED` characters, :func:`_pack`-ed) ends
    with the ASCII ``word``, compared by its last :data:`_PACKED` characters."""
    kept = word[-_PACKED:]
    found: np.ndarray = (tail & ((1 << (7 * len(kept))) - 1)) == _packed(kept)
    return found


def _opens_with_a_label(codes: np.ndarray, opening: np.ndarray) -> np.ndarray:
    """Whether each line at ``opening`` may open with a caption's label (``_LABEL_HEADS``,
    compared by their first :data:`_PACKED` characters, up to the first beyond ASCII;
    French "légende" by its "l" and a letter beyond ASCII)."""
    key = _pack(codes, opening, _PACKED)
    found = np.zeros(len(opening), dtype=bool)
    for head in _LABEL_HEADS:
        # Its ASCII start ("na zdj" of "na zdjęciu"): a plain line opens with ASCII.
        kept = head[:_PACKED]
        ascii_end = next((k for k, c in enumerate(kept) if not c.isascii()), len(kept))
        kept = kept[:ascii_end]
        if len(kept) >= 2:
            found |= (key >> (7 * (_PACKED - len(kept)))) == _packed(kept)
    found |= (_ascii_lower(codes[opening]) == ord("l")) & (codes[opening + 1] >= 128)
    return found


class _Starts(NamedTuple):
    """What a sentence may open with to be furniture, as :func:`_pack`-ed numbers."""

    by_length: tuple[tuple[int, np.ndarray], ...]  # (length, the starts of that length)
    dates: np.ndarray  # the first three letters of a date's first word


@lru_cache(maxsize=64)
def _plain_starts(language: Language) -> _Starts:
    """The starts of the texts that may be furniture in ``language``: those of the
    pattern (:data:`_FURNITURE_STARTS`, :data:`_DATE_HEADS`) and the first nine
    characters of each of its furniture phrases and notices (which
    :meth:`Language.is_furniture <summarize.languages.Language.is_furniture>` finds
    at the start of a text), those in ASCII that open with a letter."""
    keys = set(_FURNITURE_STARTS)
    for phrase in (*language.furniture, *sorted(language.related_headings), *language.notices):
        key = phrase[:_PACKED].lower()
        if key[:1].isascii() and key[:1].isalpha():
            keys.add(key)
    # A character beyond ASCII is kept by its last seven bits, as _pack keeps one: it
    # can meet only a character beyond ASCII, which matches any (or another by chance,
    # which only sends one more sentence to be read).
    by_length = tuple(
        (
            length,
            np.array(
                sorted(
                    {
                        _packed("".join(chr(ord(c) & 127) for c in k))
                        for k in keys
                        if len(k) == length
                    }
                ),
                dtype=np.int64,
            ),
        )
        for length in sorted({len(k) for k in keys})
    )
    dates = np.array(sorted(map(_packed, _DATE_HEADS)), dtype=np.int64)
    return _Starts(by_length, dates)


def _plain_block(
    texts: Sequence[str],
    lines: Sequence[list[list[tuple[int, int]]]],
    starts: _Starts,
    ends: tuple[str, ...],
    longest: int,
) -> list[list[bool]]:
    """:func:`plain_lines` of a block of texts: ``starts``, what furniture opens with;
    ``ends``, the furniture phrases' last words in ASCII; ``longest``, the length of
    the longest of all of them."""
    joined = "".join(texts)
    # Zeros after the text, so that reading a few characters past a piece stays inside.
    codes = np.zeros(len(joined) + _PAD, dtype=np.int32)
    codes[: len(joined)] = code_points(joined)
    # One byte a character (128 for any beyond ASCII), for the searches of the whole text.
    ascii_codes = np.minimum(codes, 128).astype(np.uint8)
    bases = np.cumsum([0, *map(len, texts)])[:-1]
    line_sizes = [len(line) for text_lines in lines for line in text_lines]
    lines_per_text = [len(text_lines) for text_lines in lines]
    pairs = np.fromiter(
        chain.from_iterable(chain.from_iterable(chain.from_iterable(lines))), dtype=np.int64
    ).reshape(-1, 2)
    sizes = np.array(line_sizes, dtype=np.int64)
    if not len(pairs) or not sizes.all():  # (the segmenter makes no empty line)
        return [[False] * count for count in lines_per_text]
    pieces_per_text = [sum(map(len, text_lines)) for text_lines in lines]
    base = np.repeat(bases, pieces_per_text)
    start, end = pairs[:, 0] + base, pairs[:, 1] + base
    # An ASCII letter first, or an ASCII quotation mark and a letter.
    quoted = _is_in(codes[start], _PLAIN_QUOTES)
    ok = (end - start >= 3) & (end - start <= MAX_SENTENCE_CHARS)
    at = start + quoted
    ok &= _is_ascii_letter(codes[at])
    # ".", "!" or "?", maybe before an ASCII quotation mark, after a letter or a digit.
    mark = end - 1 - _is_in(codes[end - 1], _PLAIN_QUOTES)
    ok &= _is_in(codes[mark], _PLAIN_FINALS) & _is_ascii_alnum(codes[mark - 1])
    # No furniture opens it (after the mark): its first nine characters start with none
    # of the starts, nor with a date's first word if a digit ends it (as a date does).
    ok &= ~_may_open_furniture(codes, at, mark, starts)
    # The end is read for a furniture phrase's last word in ASCII only.
    foreign = np.flatnonzero(ascii_codes == 128)
    ok &= _count_in(foreign, np.maximum(start, mark - longest), mark) == 0
    # The last characters before the final mark as one number, seven bits each: each
    # last word is compared by its own last characters (or as many as fit).
    tail = _pack(codes, mark - _PACKED, _PACKED)
    for word in ends:
        # A phrase's last word is a word of its own: "history" does not end with "story".
        ends_here = _ends_with(tail, word) & (mark - len(word) >= start)
        if len(word) <= _PACKED:  # (a longer one is compared by its last nine letters)
            alone = ~_is_ascii_alnum(codes[mark - len(word) - 1])
            ends_here &= alone | (mark - len(word) == start)
        ok &= ~ends_here
    semicolons = np.flatnonzero(ascii_codes == ord(";"))
    ok &= _count_in(semicolons, start, start + 48) == 0
    # No "rved" (of "all rights reserved"), in any case.
    rved = np.flatnonzero((ascii_codes | 32) == ord("r"))
    for offset, letter in enumerate("ved", start=1):
        rved = rved[(codes[rved + offset] | 32) == ord(letter)]
    ok &= _count_in(rved, start, end - 3) == 0
    # Lines: every piece plain, the first opening a sentence as only a sentence does.
    first_piece = np.cumsum(sizes) - sizes
    last_piece = first_piece + sizes - 1
    plain = np.logical_and.reduceat(ok, first_piece)
    # A quotation mark opens no dateline, list marker or subhead; nor does a capital and
    # a letter in lower case, without a bracket (an agency) in the first 64 characters.
    opening = start[first_piece]
    brackets = np.flatnonzero(ascii_codes == ord("("))
    plain &= quoted[first_piece] | (
        _is_ascii_lower(codes[opening + 1]) & (_count_in(brackets, opening, opening + 64) == 0)
    )
    # No caption: a colon near the end, or a last piece short enough to be a credit.
    line_end = end[last_piece]
    near = np.maximum(opening, line_end - _CREDIT_MAX)
    colons = np.flatnonzero(ascii_codes == ord(":"))
    caption = _count_in(colons, near, line_end) > 0
    # A credit is "©" or a word (no space in it) and a full stop: "Foto. ...".
    # (Each list of positions ends past the text, so every piece has a next one.)
    dots = np.append(np.flatnonzero(ascii_codes == ord(".")), len(codes))
    spaces = np.append(np.flatnonzero(ascii_codes == ord(" ")), len(codes))
    for back in (0, 1):
        piece = last_piece - back
        at = start[piece]
        next_dot = dots[np.searchsorted(dots, at)]
        next_space = spaces[np.searchsorted(spaces, at)]
        one_word = (next_dot - at <= _LONGEST_CREDIT) & (next_space > next_dot)
        credit = (line_end - at <= _CREDIT_MAX) & ((codes[at] == 0xA9) | one_word)
        caption |= credit & (sizes > 1) & (piece >= first_piece)
    # A caption's label opening the line, a photographer's mark or a credit's last word
    # before the final full stop closing it ("... Stock image.", compared by its last
    # nine characters).
    caption |= _opens_with_a_label(codes, opening)
    marks = foreign[_is_in(codes[foreign], _PHOTOGRAPHER_MARKS)]
    caption |= _count_in(marks, line_end - 8, line_end) > 0
    full_stop = codes[line_end - 1] == ord(".")
    for credit in _CREDIT_ENDS:
        caption |= full_stop & _ends_with(tail[last_piece], credit)
    plain &= ~caption | (sizes > 3)
    return [flags.tolist() for flags in np.split(plain, np.cumsum(lines_per_text)[:-1])]


_PAD = 80
_PLAIN_FINALS = np.array(sorted(map(ord, ".!?")), dtype=np.int64)
_PLAIN_QUOTES = np.array(sorted(map(ord, "\"'")), dtype=np.int64)
_LONGEST_CREDIT = 16
"""More characters than the longest of the credit words (``_CREDIT_WORDS``) has."""


_PACKED = 9
"""The characters :func:`_pack` packs into one number (63 bits): the last ones before a
sentence's final mark, the first ones of a line; a longer word is compared by nine."""


def _may_open_furniture(
    codes: np.ndarray, at: np.ndarray, mark: np.ndarray, starts: _Starts
) -> np.ndarray:
    """Whether the text at each of ``at`` (a sentence's first letter; ``mark``, its final
    mark) may open with one of ``starts``, compared as the furniture phrases are: in
    lower case, white space as single spaces. Every character beyond ASCII may stand
    for any one ASCII character (the Kelvin sign is a "k" in lower case); white space
    that is not one ASCII space between two characters answers yes."""
    window = codes[at[:, None] + np.arange(_PACKED)]
    space = window == 32
    spaced = np.isin(window, _WHITE_SPACE) & ~space
    spaced[:, 1:] |= space[:, 1:] & space[:, :-1]
    found: np.ndarray = spaced.any(axis=1)
    opening = _pack(codes, at, _PACKED)
    # A character beyond ASCII matches any: its seven bits are left out of both sides.
    beyond = window >= 128
    kept = np.zeros(len(at), dtype=np.int64)
    for position in range(_PACKED):
        kept = (kept << 7) | np.where(beyond[:, position], 0, 127)
    for length, keys in starts.by_length:
        found |= _opens_with(opening, kept, keys, length)
    digit = np.flatnonzero((codes[mark - 1] >= 48) & (codes[mark - 1] <= 57))
    found[digit] |= _opens_with(opening[digit], kept[digit], starts.dates, 3)
    return found


def _opens_with(
    opening: np.ndarray, kept: np.ndarray, keys: np.ndarray, length: int
) -> np.ndarray:
    """Whether each ``opening`` (:data:`_PACKED` characters, :func:`_pack`-ed) starts with
    one of the sorted ``keys`` of ``length`` characters, the characters left out of
    ``kept`` (seven bits each) matching any."""
    shift = 7 * (_PACKED - length)
    head, mask = opening >> shift, kept >> shift
    found = _is_in(head, keys)
    wild = np.flatnonzero(mask != (1 << (7 * length)) - 1)
    if len(wild):
        masked = keys[None, :] & mask[wild, None]
        found[wild] = (masked == (head[wild] & mask[wild])[:, None]).any(axis=1)
    return found


_WHITE_SPACE = np.array(sorted(c for c in range(0x3001) if chr(c).isspace()), dtype=np.int64)
"""The code points ``str.split`` splits at (all below U+3001)."""


def _is_in(values: np.ndarray, sorted_options: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is one of ``sorted_options`` (a binary search each)."""
    if not len(sorted_options):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_options, values), len(sorted_options) - 1)
    found: np.ndarray = sorted_options[at] == values
    return found


def _count_in(positions: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """How many of the sorted ``positions`` are in ``[low, high)``, for each pair."""
    counts: np.ndarray = np.searchsorted(positions, high) - np.searchsorted(positions, low)
    return counts


def _ascii_lower(codes: np.ndarray) -> np.ndarray:
    lowered: np.ndarray = np.where((codes >= 65) & (codes <= 90), codes | 32, codes)
    return lowered


def _is_ascii_lower(codes: np.ndarray) -> np.ndarray:
    lower: np.ndarray = (codes >= 97) & (codes <= 122)
    return lower


def _is_ascii_letter(codes: np.ndarray) -> np.ndarray:
    return _is_ascii_lower(codes | 32)


def _is_ascii_alnum(codes: np.ndarray) -> np.ndarray:
    alnum: np.ndarray = ((codes >= 48) & (codes <= 57)) | _is_ascii_letter(codes)
    return alnum


_NOTICE_PIECES = 4
_NOTICE_CHARS = 400
"""The most pieces and characters of a line that a notice opening it takes with it: a
site's notice or a link is short; an article run into one line is not."""

_CREDIT_WORDS = frozenset(
    """photo photograph picture image illustration credit foto fotografia fotografía imagen
    immagine bild crédit crédito visualisierung grafik fot fotografie zdjęcie kuva billede
    фото фотография світлина fotoğraf görsel φωτ φωτογραφία φωτογραφίες צילום تصوير
    الصورة फोटो तस्वीर ảnh""".split()
)
"""Words that, before a colon, open a photo's credit ("Photo: Jenna Moss.", "(Foto: Marcelo
Camargo/Agência Brasil)", "— Foto: Ricardo Souza/Portal Serra", "Photos by: ...")."""
_CREDIT_ENDS = (
    "stock image", "stock photo", "file photo", "foto di repertorio", "foto d'archivio",
    "foto de archivo", "archivbild", "photo d'archives",
)  # fmt: skip
"""Credits that end a caption on their own ("... low tide in 2019. Stock image.")."""
_PHOTOGRAPHED = ("\u6444", "\u651d", "\u64ae\u5f71")
"""How a Chinese or Japanese caption ends with its photographer: 摄, 攝 ("记者 李明 摄",
"（記者王志明攝）"), 撮影 ("＝10月28日、佐藤美咲撮影")."""
_PHOTOGRAPHER_MARKS = np.array(sorted({ord(mark[0]) for mark in _PHOTOGRAPHED}), dtype=np.int64)
"""The first character of each mark, which :func:`plain_lines` looks for near a line's end."""
_CAPTION_LABELS = (
    "image caption", "caption", "bildlegende", "legenda", "légende", "pie de foto", "photo",
    "pictured", "in the photo", "foto", "im bild", "auf dem bild", "sur la photo",
    "en la imagen", "en la foto", "na foto", "na imagem", "nella foto", "in foto",
    "op de foto", "på bilden", "på bildet", "på billedet", "kuvassa", "na zdjęciu",
    "na fotografii", "na snímku", "na snímke", "на фото", "на снимке", "на знімку",
    "на фотографії", "στη φωτογραφία", "fotoğrafta", "בתמונה", "في الصورة", "तस्वीर में",
    "사진", "trong ảnh", "写真", "资料图", "資料圖", "图片", "圖片", "图", "圖", "video",
    "vídeo", "wideo", "видео", "відео", "فيديو",
)  # fmt: skip
"""Labels that open a photo's or a video's caption, in lower case (the BBC's "Image
caption, ...", "Bildlegende: ...", Polish "Na zdjęciu: ...", Italian "Nella foto: ...",
"Video: ...")."""
_CAPTION_LABEL = regex.compile(
    "(?:" + "|".join(map(regex.escape, _CAPTION_LABELS)) + r")\s*[,:\uff1a]", regex.IGNORECASE
)
"""A caption's label, then a comma or a colon."""
_LABEL_HEADS = tuple(label[:12] for label in _CAPTION_LABELS)
_CAPTION_MARKS = frozenset("\u25b2\u25b3\u25bc\u25bd\u25b6\u25c0 ")
"""Marks pointing at a photo before its caption's label ("▲资料图：", "▼ Foto: ..."), and
the spaces after them."""
_LABEL_STARTS = frozenset(c for head in _LABEL_HEADS for c in (head[0], head[0].upper()))


def opens_with_caption_label(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` opens with the label of a photo's or a video's caption
    ("Image caption, ...", "Na zdjęciu: ...", "На фото: ...", "Video: ...").

    The labels are those of every language (``_CAPTION_LABELS``), read in
    lower case and followed by a comma or a colon. A caption line is
    furniture (:func:`summarize.split_sentences`), and a candidate sentence opening with
    a label a fragment (``summarize.scorers.quality.is_fragment``).

    Parameters
    ----------
    text : str
        The text.
    start, end : int, optional
        The span of ``text`` to read (by default all of it).

    Returns
    -------
    bool

    Examples
    --------
    >>> opens_with_caption_label("Nella foto: il sindaco durante la conferenza stampa")
    True
    >>> opens_with_caption_label("Photographers gathered outside the court.")
    False
    """
    end = len(text) if end is None else end
    while start < end and text[start] in _CAPTION_MARKS:
        start += 1  # "▲资料图：...": a mark pointing at the photo
    return (
        start < end
        and text[start] in _LABEL_STARTS
        and text[start : start + 12].lower().startswith(_LABEL_HEADS)
        and _CAPTION_LABEL.match(text, start, min(end, start + 24)) is not None
    )


_CREDIT_CHARS = 100
"""How much of a line's end is read for a credit."""
_CREDIT_MAX = 62
"""The longest credit after its colon or opening a caption's last piece."""


def _caption_line(text: str, line: list[tuple[int, int]]) -> bool:
    """Whether a line of at most three pieces is a photo's caption: it opens with a
    caption's label, or ends with a credit ("... at the scene. Photo: Jenna Moss.") or,
    after a sentence, a name in brackets alone ("... in Goiânia. (Imagoeconomica)"; not a
    sentence in brackets, nor a wire's tag, "(gm)"). Read with string methods: a line of
    most texts is judged in a few hundred nanoseconds."""
    if len(line) > 3:
        return False
    start, end = line[0][0], line[-1][1]
    if opens_with_caption_label(text, start, end):
        return True
    tail = max(start, end - _CREDIT_CHARS)
    if _credit_at(text, start, text.rfind(":", tail, end), end):
        return True
    if len(line) > 1:
        # After the caption's sentence, a credit without a colon: "... krijgen. © Belga",
        # "... strażnicy miejscy. Fot. Straż Miejska w Gdyni".
        for piece in line[-2:]:  # "Fot." may be a piece of its own
            if end - piece[0] > _CREDIT_MAX:
                continue
            credit = text[piece[0] : end]
            if credit[:1] == "\u00a9" or credit.split(".", 1)[0].lower() in _CREDIT_WORDS:
                return True
    # Only the line's last characters: the mark and the brackets closing around it.
    if text[max(start, end - 8) : end].rstrip(_CLOSING_BRACKETS).endswith(_PHOTOGRAPHED):
        return True
    if len(line) > 1 and _SLASH_CREDIT.fullmatch(text, line[-1][0], end):
        return True  # "... junto al autobús siniestrado. EFE/Paco Paredes"
    if len(line) > 1 and _credit_alone(text, line[-1][0], end):
        return True  # "... on Parsons Avenue. Photo by Barbara Perenic"
    final = text[end - 1]
    if final == ".":
        return text[max(start, end - 20) : end - 1].lower().endswith(_CREDIT_ENDS)
    if final != ")" or len(line) == 1:
        return False
    last = text[line[-1][0] : end].strip()
    if not (2 < len(last) <= 48 and last[0] == "("):
        return False
    # A name: not a sentence, nor a wire's tag or slug ("(gm)", "(AGH-GM)", "(TJH)",
    # "(Israel-Withdrawal 1st Ld Writethru)"): in words, with capitals and lower case.
    credit = last[1:-1]
    return (
        credit[:1].isupper()
        and not credit.isupper()
        and not any(mark in credit for mark in ".!?-")
        and not any(map(str.isdigit, credit))
    )


_CLOSING_BRACKETS = ")\uff09]\u3011"


_CAPTION_CHARS = 160
"""The longest caption read by :func:`_credit_below`."""
_CREDIT_LINE = 86
"""The longest line :func:`_credit_below` reads as a credit (a label, a colon, a credit)."""


def _credit_below(text: str, line: list[tuple[int, int]], below: list[tuple[int, int]]) -> bool:
    """Whether ``line``, one sentence of at most :data:`_CAPTION_CHARS` characters, is a
    photo's caption whose credit is the next line, alone, with no blank line between
    ("Bergers bij de ontspoorde rijtuigen." | "FOTO ANP"; "..." | "Photo: Barbara
    Perenic")."""
    if len(line) != 1 or len(below) != 1 or line[0][1] - line[0][0] > _CAPTION_CHARS:
        return False
    start, end = below[0]
    if text.count("\n", line[0][1], start) != 1:
        return False
    colon = text.find(":", start, end)
    return (
        _credit_alone(text, start, end)
        or _SLASH_CREDIT.fullmatch(text, start, end) is not None
        or (
            colon - start < 24
            and _credit_at(text, start, colon, end)
            and _names_only(text[colon + 1 : end])  # "Image : Francis Tyers.", not a caption
        )
    )


def _credit_at(text: str, start: int, colon: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` ends with a photo's credit opened by the colon
    at ``colon`` (-1: none): "... at the scene. Photo: Jenna Moss."""
    return colon > start and 0 < end - colon <= _CREDIT_MAX and _credit_before(text, start, colon)


def _names_only(text: str) -> bool:
    """Whether ``text`` is one to five words, each capitalised or holding a slash ("Francis
    Tyers.", "ANP", "Marcelo Camargo/Agência Brasil"): a credit's names, not a caption."""
    words = text.rstrip(".").split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or "/" in w for w in words)


def _credit_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a photo's credit without final punctuation, opened by
    a word of :data:`_CREDIT_WORDS` without a colon ("Photo by Barbara Perenic", "FOTO
    ANP", "Photo Progrès/Maxime Jegat")."""
    if end - start > _CREDIT_MAX or text[end - 1 : end] in (".", "!", "?", ":"):
        return False
    first = text[start:end].split(None, 1)
    return len(first) == 2 and first[0].lower() in _CREDIT_WORDS


_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"
_CREDIT_NAME = rf"{_CAPITAL}[\w'.-]*(?: (?:[a-z]{{1,3}} )?{_CAPITAL}[\w'.-]*){{0,3}}"
"""A photographer's name: one to four capitalised words, maybe with a particle ("da")."""
_SLASH_CREDIT = re.compile(
    rf"[A-Z]{{2,10}}(?: Photo)?/{_CREDIT_NAME}(?<!\.)|{_CREDIT_NAME}/[A-Z]{{2,10}}"
)
"""A photo's credit of an agency in capitals and a name, parted by a slash, without
final punctuation ("EFE/Paco Paredes", "REUTERS/Thomas Peter", "AP Photo/Mark
Lennihan", "Thomas Peter/REUTERS")."""


def _credit_before(text: str, start: int, colon: int) -> bool:
    """Whether the word before the colon at ``colon`` opens a photo's credit ("Photo",
    "(Foto", "— Foto", "Photos by")."""
    words = text[max(start, colon - 24) : colon].lower().split()
    if words and words[-1] in ("by", "di", "de", "von"):
        words.pop()
    if not words:
        return False
    word = words[-1].lstrip("(\uff08-\u2013\u2014|").rstrip(".")
    return word in _CREDIT_WORDS or word.rstrip("s") in _CREDIT_WORDS


def _after_space(text: str, cut: int, end: int) -> int:
    """Where the sentence starts after a piece cut off at ``cut`` (a dateline, a marker):
    its first character that is not whitespace."""
    rest = text[cut:end]
    return cut + len(rest) - len(rest.lstrip())


_DASHES = frozenset("-\u2013\u2014_")
"""The separators after a dateline that the segmenter may leave at a piece's start."""

_BREADCRUMBS = (" | ", " \u203a ", " > ", " \u00bb ", " / ")


def _headline_line(text: str, lines: list[list[tuple[int, int]]], final: frozenset[str]) -> int:
    """Which line may be the headline: the first, or the second when the first is a
    section label in capitals or a breadcrumb above it ("US", "SPORTS | Cardinals") and
    the second one piece of five words or more without final punctuation, as a
    headline is."""
    if len(lines) < 2:
        return 0
    first = text[lines[0][0][0] : lines[0][-1][1]]
    second = text[lines[1][0][0] : lines[1][-1][1]]
    words = len(first.split())
    # A label in capitals ("US", "WORLD NEWS") or a breadcrumb ("Sport | Football").
    label = (words <= 2 and first.isupper()) or any(mark in first for mark in _BREADCRUMBS)
    if not label or _has_final_punctuation(first, final) or len(lines[1]) > 1:
        return 0
    if _has_final_punctuation(second, final) or not _is_short(second):
        return 0
    return 1 if len(second.split()) >= max(5, words + 1) else 0


_QUOTATION_OPENERS = frozenset(
    "\"'\u201c\u2018\u201e\u201a\u00ab\u00bb\u2039\u300c\u300e" + MISREAD_OPENING_QUOTES
)
"""What a quotation opens with; a pull quote is one."""


_BYLINE_WORDS = 10
"""The most words of a byline's line: "By Daniel Ortiz | dortiz@riversidegazette.com"."""
_LINK_MARKS = frozenset("▶►▸•→»")
"""Marks that open a link to another story in a list of them."""
_RELATED_LINES = 6
"""How many lines after the heading of a list of other stories may be their headlines."""
_BIO_WORDS = 60
"""The most words of a writer's bio line."""
_PARAGRAPH_WORDS = 10
"""The fewest words of a line that opens the article's text (a standfirst, or its first
paragraph), with final punctuation: the byline stands at most
:data:`_AFTER_PARAGRAPH` lines after the first one."""
_AFTER_PARAGRAPH = 2
_TOP_LINES = 30
"""The lines a byline is looked for in, at most: a page's header, not a list of names."""
_NAME = regex.compile(r"[\p{Lu}\p{Lo}][\p{L}\p{M}.'\u2019\-]*")
"""A word of a name: a capital, or a letter of a script without case, first."""
_BYLINE_TAIL = re.compile(r"[,|\u00b7\u2022]|\s[-\u2013\u2014]\s")
"""Where the name on a byline's line ends: before the writer's post, a date, an address."""


def _byline_name(line: str, language: Language) -> str | None:
    """The writer's name on a byline's line: two to four words of a name, maybe after one
    of the language's :attr:`~summarize.languages.Language.byline_words` and before a
    comma or a bar ("By Daniel Ortiz | ...", "Helen Carter, Education correspondent",
    "Jana Nováková"); None for any other line."""
    words = line.split()
    if len(words) > _BYLINE_WORDS or not words or words[-1][-1] in ".!?:\u0964\u3002":
        return None
    if language.lower(words[0]) in language.byline_words:
        words = words[1:]
    joined = " ".join(words)
    tail = _BYLINE_TAIL.search(joined)
    name = (joined if tail is None else joined[: tail.start()]).rstrip()
    parts = name.split()
    if 2 <= len(parts) <= 4 and all(_NAME.fullmatch(part) for part in parts):
        return name
    return None


def _bio_lines(
    text: str, lines: list[list[tuple[int, int]]], language: Language, final: frozenset[str]
) -> frozenset[int]:
    """The numbers of the lines that are the writer's bio: a line of at most
    :data:`_BIO_WORDS` words that opens with the name of a byline (:func:`_byline_name`)
    standing before the article's first paragraph or just after it (and among the first
    :data:`_TOP_LINES` lines), maybe after a short
    article ("Ο Γιώργος Παπαδάκης είναι ..."), then a space and no capital ("Daniel Ortiz
    covers ...", not "Los Angeles Mayor ...")."""
    names: list[tuple[int, str]] = []
    last = len(lines)
    for number, line in enumerate(lines):
        if number > last or number >= _TOP_LINES:
            break
        if not line:
            continue
        whole = text[line[0][0] : line[-1][1]]
        name = _byline_name(whole, language)
        if name is not None:
            names.append((number, name))
        elif (
            last == len(lines)
            and len(whole.split()) >= _PARAGRAPH_WORDS
            and _has_final_punctuation(whole, final)
        ):
            last = number + _AFTER_PARAGRAPH
    if not names:
        return frozenset()
    bios = set()
    for number in range(names[0][0] + 1, len(lines)):
        line = lines[number]
        if not line:
            continue
        whole = text[line[0][0] : line[-1][1]]
        first, _, rest = whole.partition(" ")
        for opening in (whole, rest) if len(first) <= 2 else (whole,):
            if any(
                at < number
                and opening.startswith(name + " ")
                and not opening[len(name) + 1 : len(name) + 2].isupper()
                and len(whole.split()) <= _BIO_WORDS
                for at, name in names
            ):
                bios.add(number)
                break
    return frozenset(bios)


_COPIED_RUN = 3
"""So many lines in a row printed again in the same order are the article's text printed
twice (as pages that hold it for two layouts do), not captions: their first copies are
kept."""


def _first_copies(normalised: dict[int, str], counts: Counter[str]) -> list[int]:
    """The lines, of ``normalised`` (each line's normalised text, by line number), that are
    the first copies of a run of :data:`_COPIED_RUN` lines or more printed again in the
    same order further down."""
    first: dict[str, int] = {}
    origin: dict[int, int] = {}  # a later copy's line -> the line of its first copy
    for k, line_text in normalised.items():  # in line order
        if counts[line_text] > 1:
            if line_text in first:
                origin[k] = first[line_text]
            else:
                first[line_text] = k
    # A run: later copies on lines in a row whose first copies are on lines in a row, so
    # that line and first copy are the same distance apart all along the run.
    kept: list[int] = []
    for _, run in groupby(
        enumerate(sorted(origin)), key=lambda item: (item[1] - item[0], item[1] - origin[item[1]])
    ):
        lines = [k for _, k in run]
        if len(lines) >= _COPIED_RUN:
            kept.extend(origin[k] for k in lines)
    return kept


def _repeated(text: str, lines: list[list[tuple[int, int]]]) -> list[bool]:
    """Whether each line is a copy to label furniture: a line printed more than once in
    ``text`` (spacing and case aside), or a pull quote.

    Two lines alike have alike first and last words (case folded), so only the
    lines sharing those with another line are normalised and compared. A caption
    printed twice is furniture every time; a quotation (a line opening with a
    quotation mark) printed twice was pulled out of the article as a pull quote,
    and only its later copies are; so are those of :data:`_COPIED_RUN` lines or
    more printed again in the same order (the article's text printed twice). A
    one-sentence line opening with a quotation
    mark that is also a sentence of a longer line is a pull quote of it, and
    furniture.
    """
    if len(lines) < 2:
        return [False] * len(lines)
    line_texts = [text[line[0][0] : line[-1][1]] for line in lines]
    ends = [(t.split(None, 1)[0].casefold(), t.rsplit(None, 1)[-1].casefold()) for t in line_texts]
    shared = Counter(ends)
    maybe = [k for k, end in enumerate(ends) if shared[end] > 1]
    repeated = [False] * len(lines)
    if maybe:
        normalised = {k: _normalise(line_texts[k]) for k in maybe}
        counts = Counter(normalised.values())
        seen: set[str] = set()
        for k, line_text in normalised.items():  # in line order
            repeated[k] = counts[line_text] > 1
            if repeated[k] and line_text[:1] in _QUOTATION_OPENERS and line_text not in seen:
                seen.add(line_text)
                repeated[k] = False  # a quotation's first copy: the article's own
        for k in _first_copies(normalised, counts):
            repeated[k] = False
    quotes = [
        k
        for k, line in enumerate(lines)
        if len(line) == 1 and text[line[0][0]] in _QUOTATION_OPENERS
    ]
    if quotes and len(quotes) < len(lines):
        # A piece alike a quote line opens with its first word, so that word is in the text
        # twice at least (a scan in C); only the pieces opening with such a word are
        # normalised and compared.
        folded = text.casefold()
        firsts = {line_texts[k].split(None, 1)[0].casefold() for k in quotes}
        firsts = {first for first in firsts if folded.count(first) > 1}
        if firsts:
            pieces = set()
            for line in lines:
                if len(line) > 1:
                    for a, b in line:
                        if text[a] in _QUOTATION_OPENERS:
                            piece = text[a:b]
                            if piece.split(None, 1)[0].casefold() in firsts:
                                pieces.add(_normalise(piece))
            for k in quotes:
                if pieces and _normalise(line_texts[k]) in pieces:
                    repeated[k] = True
    return repeated
