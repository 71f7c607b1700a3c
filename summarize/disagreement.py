"""Disagreement: facts of a summary on which the articles give different values.

One outlet says trade reached "$227.8 billion last year", another "$240
billion in 2023": the same quantity, two values. This module finds such
facts near the summary's sentences and reports every article's value with the
span that gives it (:class:`~summarize.Disagreement`). It is built to be
precise rather than eager: a reader must be able to trust a flag, so two
values are only taken to be of the same thing when all of these hold:

1. **Same kind and unit.** Both are amounts of money in the same currency,
   percentages, counts of the same thing ("12 people" and "15 people"),
   calendar dates or years; the values differ, by less than a factor of
   :data:`MAX_RATIO` for amounts and counts.
2. **Not both true.** A bound and a figure that fit ("more than 40",
   "almost 50") agree, and a round figure stands for what rounds to it:
   "4 million" (4e6 +- 5e5) and "3.8 million" agree, "$240 billion" and
   "$227.8 billion" do not (:attr:`Value.precision`).
3. **Same period.** Two values each tied to an explicit year ("$111 billion in
   2019", "$240 billion in 2023") describe different periods, not a dispute.
4. **Same words around them.** The content words just before and just after
   each value (stemmed, stopwords left out, cut at the neighbouring value)
   share at least :data:`MIN_CONTEXT` terms (one more for bare years), at least
   one of them before the value, and at least one that is not a name: what
   the value is *of* ("trade ... reached"), not only where ("Puerto Rico"). Or
   the two sentences are the same but for the value (:data:`FRAMED` copies
   at most): two outlets' copies of one wire sentence, the figure updated.
5. **Same actors.** Neither value's context names someone (a capitalised
   word) that the other sentence does not mention: "Apple earned $5 billion"
   and "Samsung earned $3 billion" are not in dispute.
6. **One value a sentence.** No sentence of the dispute gives another value
   of the same kind and unit, of the same period and within
   :data:`MAX_RATIO` ("with 69.5 percent of the votes counted, he led with
   52.4 percent": which one another outlet's 51 percent answers cannot be
   told), nor two of the disputed figures, even without their unit ("20
   million out of 30 million people"); and no article gives two of them. A
   sentence giving more than :data:`CROWDED` values of a kind and unit (a
   list) is not read for them at all.
7. **Near the summary.** One of the sentences reports, or is about, a
   summary sentence (the idf-weighted overlap of :mod:`summarize.corroboration`
   reaches :data:`NEAR`): the disagreement is shown next to that sentence.

And one way more, without rule 4's words (:func:`_reported`):

8. **A reported fact.** A summary sentence and another article's sentence that
   reports its fact (one of its :class:`~summarize.Support`, found by
   :mod:`summarize.corroboration`) each give exactly one value of a kind and
   unit, in a sentence of at most two values (years aside), and the values
   cannot both be true, bounds read as bounds; rules 1, 3, 5 and 6 hold, and
   but for counts the words around the two values share one that is no name.
   Outlets word one fact differently ("grew at an annualised rate of 2.1%" /
   "expanded at a 2.4 percent annualised pace"), which rule 4 misses.

On the summaries of the 30 DUC 2003 clusters (200 words) these rules flag 6
disputes, 5 of them real (precision 0.83; 0.50 before rules 2, 4 and 6 were
made strict); on the seeds the one flagged is the trade figure; on 17 cases
built for the purpose (``benchmarks/labels/disagreement_cases.json``) every
flag is right. See ``benchmarks/disagreement.py``.

Every language's figures are read as it writes them (:attr:`Language.numerals
<summarize.languages.Language.numerals>`): scale words and currencies
("3,5 Millionen Euro"), Chinese, Japanese and Korean counters ("死亡12人",
"12명이 숨졌다"), numbers in words that count people ("douze morts"). A count
of people is of what its clause says befell them ("person:dead",
"person:injured"), so the dead of one outlet are never compared with the
injured of another. English reads as it always did.

Names ("said Smith" / "said Jones") are not compared yet: what a name refers
to cannot be told reliably from the words around it.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from .corroboration import match_scores_of_rows, presence, term_weights
from .features import entry_runs
from .languages import Language, Numerals
from .languages import get as get_language
from .results import Disagreement, Reading

if TYPE_CHECKING:
    import scipy.sparse as sp

    from .documents import Document
    from .features import Features
    from .results import SummarySentence
    from .segmentation import Candidates
else:
    from .lazy import LazyModule

    sp = LazyModule("scipy.sparse")

__all__ = [
    "CLOSEST",
    "MAX_RATIO",
    "MIN_CONTEXT",
    "NEAR",
    "CROWDED",
    "FRAMED",
    "Value",
    "find_values",
    "find_disagreements",
]

MAX_RATIO = 4.0
"""Two amounts or counts more than this factor apart are taken to be of different things."""

MIN_CONTEXT = 2
"""Fewest content terms the contexts of two values must share."""

NEAR = 0.3
"""Idf-weighted overlap from which a sentence is about a summary sentence."""

CROWDED = 4
"""Most values of one kind and unit a sentence may give to be compared: one giving more is
a table or a list ("1.2%, 1.4%, 1.9% and 2.1% in the four quarters"), whose values rule 6
leaves out anyway, and pairing each with every other would cost the square of them."""

CLOSEST = 2000
"""Sentences read for the whole summary: each summary sentence's share of them are the ones
sharing most of its terms.

Values are looked for only among the candidates of highest idf-weighted
overlap with a summary sentence, ``CLOSEST // k`` of them for each of the
``k`` summary sentences (all of them in a cluster of at most :data:`CLOSEST`
sentences, as every benchmark cluster is), so that the cost of finding
disagreements is bounded whatever the size of the input: among a million
sentences, reading every one that shares two terms with a value near the
summary took longer than the rest of the call, and reading 2,000 for each of
17 summary sentences a fifth of it.
"""

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCIES = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "rupees": "INR",
    "rupee": "INR",
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A number starts where a run of digits does (never after a digit, comma, point or colon),
# so a scan tries each run once. A number written otherwise than in English is not read
# at all rather than misread: a time ("06:44"), a decimal comma or a thousands point
# ("23,7", "4.340" in Portuguese: the match may not stop before "," or "." and a digit),
# thousands spaced ("12 500": not the "500" alone).
_NUMBER = (
    r"(?<![\d,.:])(?<!\d[ \u00a0\u202f])"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![,.]\d)"
)
# The same, in the languages that write a decimal comma and a thousands point ("72,9",
# "4.340", "1.234,5"; Language.decimal_comma).
_NUMBER_COMMA = (
    r"(?<![\d,.:])(?<!\d[ \u00a0\u202f])"
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![,.]\d)"
)
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|tn)\b"
# A date starts at a word: the start of a month's name elsewhere (the "mar" of "Omar",
# frequent letters) is skipped without trying the twelve names.
_MONTH_START = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"


_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
"""Combining marks Python's ``\\w`` leaves out, by range: Latin, Cyrillic, Hebrew and Arabic
diacritics, the Indic scripts' blocks whole (their vowel signs: "यात्रियों" is one word),
Thai vowels and tone marks."""


def _value_pattern(number: str) -> re.Pattern[str]:
    """One pattern, tried left to right: dates, money, percentages, years, counts, with
    ``number`` the way numbers are written."""
    return re.compile(
        # Every value starts with a digit, a currency sign or a month's name: skip other
        # positions at once, first by their first character alone (one test of a set, which
        # halves the scan), then by the start of the value.
        r"(?=[\d$€£¥ujfmasond])"
        rf"(?=[\d$€£¥]|US\$|{_MONTH_START})"
        rf"(?:(?P<date>\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<dyear>(?:1[89]|20)\d\d))?\b)"
        rf"|(?P<money>(?P<symbol>US\$|(?<![^\W\d_])[$€£¥])\s?(?P<mnum>{number})(?:\s?(?P<mscale>{_SCALE}|[mbk]\b))?)"
        rf"|(?P<money2>\b(?P<wnum>{number})(?:\s(?P<wscale>{_SCALE}))?\s"
        r"(?P<currency>dollars?|euros?|pounds|yen|yuan|renminbi|r[o]?ubles?|rupees?)\b)"
        rf"|(?P<percent>\b(?P<pnum>{number})\s?(?:%|percent\b|per\scent\b|{_PERCENT_WORDS}))"
        r"|(?P<year>\b(?:1[89]|20)\d\d\b)(?![.,]?\d)"
        rf"|(?P<count>\b(?P<cnum>{number})(?:\s(?P<cscale>{_SCALE}))?\s"
        rf"(?P<unit>[^\W\d_][\w{_MARKS}-]*)))",
        re.IGNORECASE,
    )


_PERCENT_WORDS = (
    r"prozent\b|pour\s?cent\b|por\s?ciento\b|por\s?cento\b|per\s?cento\b|procent\w*|"
    r"prosent\w*|procento\b|percento\b|percent[aá]\b|процент\w*|відсот\w*|τοις\s?εκατό"
)
_VALUE = _value_pattern(_NUMBER)
_VALUE_COMMA = _value_pattern(_NUMBER_COMMA)
_DIGIT = re.compile(r"\d")
_LONGEST_MONTH = len("September.")
"""The most characters of a value before its first digit and the spaces before that."""
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")
_BOUNDS = {
    "more than": "above",
    "over": "above",
    "at least": "above",
    "above": "above",
    "upwards of": "above",
    "in excess of": "above",
    "exceeding": "above",
    "almost": "below",
    "nearly": "below",
    "up to": "below",
    "under": "below",
    "less than": "below",
    "fewer than": "below",
    "below": "below",
    "just under": "below",
    "at most": "below",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "estimated": "about",
    # The same bounds in the other languages whose figures are read (a figure with a
    # bound read as exact was taken to dispute one it fits: "plus de 42" and "47").
    "plus de": "above", "au moins": "above", "moins de": "below", "près de": "below",
    "presque": "below", "jusqu'à": "below", "environ": "about", "quelque": "about",
    "mehr als": "above", "über": "above", "mindestens": "above", "weniger als": "below",
    "fast": "below", "knapp": "below", "bis zu": "below", "rund": "about", "etwa": "about",
    "ungefähr": "about", "circa": "about", "zirka": "about",
    "más de": "above", "al menos": "above", "menos de": "below", "casi": "below",
    "hasta": "below", "unos": "about", "unas": "about", "alrededor de": "about",
    "cerca de": "about", "aproximadamente": "about",
    "mais de": "above", "pelo menos": "above", "quase": "below", "até": "below",
    "cerca": "about", "aproximadamente de": "about",
    "più di": "above", "oltre": "above", "almeno": "above", "meno di": "below",
    "quasi": "below", "fino a": "below", "circa di": "about",
    "meer dan": "above", "ruim": "above", "minder dan": "below", "bijna": "below",
    "ongeveer": "about", "zo'n": "about",
    "более": "above", "свыше": "above", "больше": "above", "не менее": "above",
    "менее": "below", "меньше": "below", "почти": "below", "до": "below",
    "около": "about", "порядка": "about", "примерно": "about",
    "أكثر من": "above", "ما يزيد على": "above", "أقل من": "below", "نحو": "about",
    "حوالي": "about", "قرابة": "about", "زهاء": "about",
}  # fmt: skip
_WORD = re.compile(
    rf"(?u)[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?:['’][^\W\d_](?:[^\W\d_]|[{_MARKS}])*)?"
)
_BETWEEN_YEAR = re.compile(r"[\s,]*(?:(?:in|for|during)\s*)?")
_BARE = re.compile(rf"({_NUMBER})(?:\s?({_SCALE}))?", re.IGNORECASE)
_BARE_COMMA = re.compile(rf"({_NUMBER_COMMA})(?:\s?({_SCALE}))?", re.IGNORECASE)


# How each language writes its figures (Language.numerals): one reader a language, its
# patterns compiled once.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_HAS_FULLWIDTH = re.compile("[\uff10-\uff19]")
_CJK_CHARACTER = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
# A word of a value's context in Chinese, Japanese and Korean: each pair of adjacent
# characters (a look-ahead, so the pairs overlap: the pairs the features count in Chinese
# and Japanese; in Korean, words with their particles, "포항에서" and "포항", share one),
# or a word of another script.
_CJK_WORD = re.compile(rf"(?=([{_CJK_CHARACTER}]{{2}}))|((?:(?![{_CJK_CHARACTER}])[^\W\d_])+)")
_CLAUSE_END = re.compile(
    r"[.!?,;:()\[\]\u2013\u2014\u3001\u3002\uff0c\uff1b\uff1a\uff08\uff09]"
    # "and" in the languages whose word for it is nothing else: "killing at least 650
    # people and injuring thousands" says of the 650 only that they were killed.
    r"|\b(?:and|et|und|y|e|и|і|ve|ja|och|og|oraz|και|và)\b"
)


def _alternation(words: Collection[str]) -> str:
    """A pattern of ``words``, longest first; a space in a phrase matches any spaces."""
    escaped = (re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return "|".join(sorted(escaped, key=len, reverse=True)) if words else "(?!)"


def _trie(words: Collection[str]) -> str:
    """A pattern of ``words`` as a tree of their first letters, which Python's ``re`` tries
    several times faster than an alternation of the words (it tests each word in turn);
    the longer of two words sharing a start is tried first.

    Examples
    --------
    >>> _trie(["dix", "dix-sept", "deux", "trois"])
    '(?:d(?:eux|ix(?:\\\\-sept)?)|trois)'
    """
    by_first: dict[str, list[str]] = {}
    ends = False
    for word in sorted(set(words)):
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _trie(rest) for first, rest in by_first.items()]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends else "")


def _phrases(words: Collection[str]) -> str:
    """:func:`_trie` of ``words``, a space in a phrase matching any spaces, as in
    :func:`_alternation`, after a test of the first character against a set.

    A qualifier is searched for before every value, from each of 32 positions:
    a position that starts no phrase fails at the set, or at once in the tree,
    where the alternation tried every phrase (a third of the time, then two
    thirds of that). The match is the same: a qualifier ends where the
    value's sign and spaces start, and of two phrases from one position only
    one can end there (none is another one followed by spaces, "US" or a sign).

    Examples
    --------
    >>> _phrases(["more than", "more", "at least"])
    '(?=[am])(?:at\\\\s+least|more(?:\\\\s+than)?)'
    """
    if not words:
        return "(?!)"
    initials = "".join(sorted({re.escape(word[0]) for word in words if word}))
    return f"(?=[{initials}])" + _trie(words).replace(r"\ ", r"\s+")


_QUALIFIER = re.compile(rf"\b({_phrases(_BOUNDS)})\s+(?:US)?[$€£¥]?\s?$", re.IGNORECASE)


_NOTHING = re.compile("(?!)")
"""A pattern that matches nowhere."""


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language's reader
class _Sources:
    """The phrases around a figure's source (:attr:`Numerals.sources
    <summarize.languages.Numerals.sources>` and ``sources_after``), as
    :meth:`_Lexicon.sourced` reads them."""

    phrases: dict[str, list[tuple[list[str], int]]]  # by first word: (words, 1 before, -1 after)
    first_words: re.Pattern[str]  # any first word: most stretches of text hold none


def _sources(numerals: Numerals) -> _Sources:
    """The :class:`_Sources` of a language's numerals."""
    phrases: dict[str, list[tuple[list[str], int]]] = {}
    for listed, side in ((numerals.sources, 1), (numerals.sources_after, -1)):
        for phrase in listed:
            words = phrase.split()
            phrases.setdefault(words[0], []).append((words, side))
    firsts = "|".join(map(re.escape, sorted(phrases, key=lambda w: (-len(w), w))))
    first_words = re.compile(rf"(?<!\w)(?:{firsts})(?!\w)", re.IGNORECASE) if firsts else _NOTHING
    return _Sources(phrases, first_words)


_NO_SOURCES = _Sources({}, _NOTHING)


class _Reader:
    """What :func:`find_values` needs of a language, compiled once
    (:attr:`Language.numerals <summarize.languages.Language.numerals>`).

    A language whose :class:`~summarize.languages.Numerals` are empty (Thai),
    and text read without a language, are read by the patterns every language
    shares; one with number or scale words, currencies or counters gets
    patterns of its own.

    Examples
    --------
    >>> from summarize.languages import get
    >>> _reader(get("th")).pattern is _VALUE, _reader(get("de")).pattern is _VALUE_COMMA
    (True, False)
    >>> _reader(get("de")).scales["millionen"], _reader(get("zh")).attached
    (1000000.0, True)
    """

    def __init__(self, numerals: Numerals, decimal_comma: bool, capitalised: bool) -> None:
        self.comma, self.capitalised = decimal_comma, capitalised
        self.attached = numerals.attached
        self.sources = _sources(numerals)
        self.words = {word: float(value) for word, value in numerals.words}
        self.scales = {**_SCALES, **dict(numerals.scales)}
        self.currencies = {**_CURRENCIES, **dict(numerals.currencies)}
        self.people = frozenset(numerals.people)
        self.counters = {**dict(numerals.counters), **dict.fromkeys(numerals.people, "person")}
        self.topics = dict(numerals.topics)
        self.bounds = {**_BOUNDS, **dict(numerals.bounds), **dict(numerals.bounds_after)}
        self.bounds = {" ".join(phrase.split()): bound for phrase, bound in self.bounds.items()}
        number = number_digits = _NUMBER_COMMA if decimal_comma else _NUMBER
        self.first = _DIGIT  # a value starts at or after the first match
        self.pattern, self.bare = (_VALUE_COMMA, _BARE_COMMA) if decimal_comma else (_VALUE, _BARE)
        self.qualifier = _QUALIFIER
        self.parts = self.bare
        topics = _alternation(self.topics)
        if self.attached:
            self.topic = re.compile(topics)
        else:
            self.topic = re.compile(rf"(?<![\w-])(?:{topics})(?![\w-])", re.IGNORECASE)
        if numerals == Numerals():
            return
        scales = _alternation(dict(numerals.scales))
        if self.attached:
            self.pattern = _attached_pattern(numerals)
            self.bare = re.compile(rf"({_NUMBER})(?:\s?({scales}))?")
            self.qualifier = re.compile(rf"({_phrases(dict(numerals.bounds))})\s?$")
            self.parts = re.compile(rf"({_NUMBER})\s?({scales})?")
            return
        starts = ""  # the starts of values that are not digits, signs or months
        if self.words:
            words = _trie(self.words)
            number = rf"(?:{number}|{words}(?![\w-]))"
            starts = rf"|(?<![\w-]){words}(?![\w-])"
            # A test of the first character first: four times faster over sentences
            # without a digit, which are most.
            initials = "".join(sorted({c for w in self.words for c in (w[0], w[0].upper())}))
            self.first = re.compile(rf"(?=[\d{initials}])(?i:\d{starts})")
        if numerals.bounds:  # the language's own, with those every language reads
            self.qualifier = re.compile(
                rf"\b({_phrases(self.bounds)})\s+(?:US)?[$€£¥]?\s?$", re.IGNORECASE
            )
        scale = rf"(?:(?:{scales})(?![\w-])|{_SCALE})" if numerals.scales else _SCALE
        joiners = "|".join(
            re.escape(j[:-1]) + "['’]" if j.endswith("'") else re.escape(j) + r"\s"
            for j in numerals.joiners
        )
        joined = rf"\s(?:{joiners})|\s" if joiners else r"\s"
        currencies = _alternation(dict(numerals.currencies))
        initials = "".join(sorted({w[0] for w in self.words} - set("ujfmasond")))
        self.pattern = re.compile(
            rf"(?=[\d$€£¥ujfmasond{initials}])"
            rf"(?=[\d$€£¥]|US\$|{_MONTH_START}{starts})"
            rf"(?:(?P<date>\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<dyear>(?:1[89]|20)\d\d))?\b)"
            rf"|(?P<money>(?P<symbol>US\$|(?<![^\W\d_])[$€£¥])\s?(?P<mnum>{number})(?:\s?(?P<mscale>{scale}|[mbk]\b))?)"
            rf"|(?P<money2>\b(?P<wnum>{number})(?:\s(?P<wscale>{scale}))?(?:{joined})"
            r"(?P<currency>dollars?|euros?|pounds|yen|yuan|renminbi|r[o]?ubles?|rupees?"
            rf"|{currencies})(?![\w-]))"
            rf"|(?P<percent>\b(?P<pnum>{number})\s?(?:%|percent\b|per\scent\b|{_PERCENT_WORDS}))"
            r"|(?P<year>\b(?:1[89]|20)\d\d\b)(?![.,]?\d)"
            rf"|(?P<count>\b(?P<cnum>{number})(?:\s(?P<cscale>{scale})(?:{joined}))?(?(cscale)|\s)"
            rf"(?P<unit>[^\W\d_][\w{_MARKS}-]*)))",
            re.IGNORECASE,
        )
        self.bare = re.compile(rf"({number_digits})(?:\s?({scale}))?", re.IGNORECASE)

    def number(self, text: str, scale: float = 1.0) -> tuple[float, float]:
        """A written number (digits, or a number word) times ``scale``, and its precision."""
        word = self.words.get(text.lower())
        if word is not None:
            return word * scale, _precision(str(int(word)), scale)
        return _number(text, self.comma) * scale, _precision(text, scale, self.comma)

    def scaled(self, text: str) -> tuple[float, float]:
        """A number written with scale words ("1万2000", "3억 5000만"), and its precision."""
        total, precision = 0.0, 0.5
        for match in self.parts.finditer(text):
            number, scale = match.group(1), match.group(2)
            factor = self.scales[scale] if scale else 1.0
            total += _number(number, False) * factor
            precision = _precision(number, factor)
        return total, precision


@functools.cache
def _reader_of(numerals: Numerals, decimal_comma: bool, capitalised: bool) -> _Reader:
    return _Reader(numerals, decimal_comma, capitalised)


def _reader(language: Language) -> _Reader:
    """The :class:`_Reader` of a language (one per language and process)."""
    return _reader_of(language.numerals, language.decimal_comma, language.nouns_capitalised)


def _plain_reader(decimal_comma: bool) -> _Reader:
    """The reader of numbers as every language writes them (English's)."""
    return _reader_of(Numerals(), decimal_comma, False)


def _what_befell(text: str, values: list[Value], counts: set[int], reader: _Reader) -> list[Value]:
    """``values``, each count of people of ``counts`` named by what its clause says befell
    them ("person:dead"), or left out when the clause says two things.

    The clause is the text between the neighbouring values, cut at the nearest
    punctuation on each side (a comma, a semicolon, a colon, a bracket, a dash, a
    point, and their Chinese and Japanese forms); what befell them is said by the
    nearest topic word before the count and the nearest after it.

    Examples
    --------
    >>> [v.unit for v in find_values(
    ...     "Dabei starben 12 Menschen, 30 Menschen wurden verletzt.", language="de")]
    ['person:dead', 'person:injured']
    >>> [v.unit for v in find_values("12 personnes sont mortes et 30 blessées.", language="fr")]
    ['person:dead', 'person:injured']
    >>> [v.unit for v in find_values("12 personnes sont mortes et 30 sont blessées.", language="fr")]
    ['person:dead']
    >>> find_values("On compte parmi les morts 12 personnes blessées par balle.", language="fr")
    []
    """
    kept = []
    claimed = -1  # where the word said of the previous count after it starts
    for i, value in enumerate(values):
        if i in counts:
            left = values[i - 1].end if i > 0 else 0
            right = values[i + 1].start if i + 1 < len(values) else len(text)
            ends = list(_CLAUSE_END.finditer(text, left, value.start))
            end = _CLAUSE_END.search(text, value.end, right)
            # The nearest word on each side ("12 personas murieron y 30 resultaron
            # heridas"), not the one said of the count before ("12명이 숨지고 80여 명이").
            before = list(
                reader.topic.finditer(text, ends[-1].end() if ends else left, value.start)
            )
            after = reader.topic.search(text, value.end, end.start() if end else right)
            found = [m.group() for m in before[-1:] if m.start() != claimed]
            if after is not None:
                found.append(after.group())
            claimed = after.start() if after is not None else -1
            keys = {reader.topics[" ".join(word.lower().split())] for word in found}
            if len(keys) > 1:
                continue  # "murieron 3 personas heridas": which is meant is not read
            if keys:
                value = Value(
                    value.kind,
                    f"{value.unit}:{keys.pop()}",
                    value.number,
                    value.start,
                    value.end,
                    value.year,
                    value.bound,
                    value.qualifier,
                    value.precision,
                )
        kept.append(value)
    return kept


def _attached_pattern(numerals: Numerals) -> re.Pattern[str]:
    """The values of a language that writes counters onto its numbers (Chinese,
    Japanese, Korean): dates, years, percentages, and numbers with their scale words, a
    bound and a counter or currency ("死亡12人", "3.5亿元", "1万2000人", "12명 이상")."""
    scales = _alternation(dict(numerals.scales))
    units = _alternation([*dict(numerals.currencies), *numerals.people, *dict(numerals.counters)])
    after = _alternation(dict(numerals.bounds_after))
    # At most four parts ("1조 2000억 3000만 500원"): a longer chain of numbers and scale
    # words, tried again from each of its numbers, would take time growing with its square.
    number = (
        rf"{_NUMBER}(?:\s?(?:{scales})(?:\s?{_NUMBER}\s?(?:{scales})){{0,2}}(?:\s?{_NUMBER})?)?"
    )
    ordinal = "".join(rf"(?<!{re.escape(prefix)})" for prefix in numerals.ordinals)
    year, month, day = (re.escape(mark) for mark in numerals.date_marks or ("(?!)",) * 3)
    percent = "".join(f"|{re.escape(word)}" for word in numerals.percent_words)
    return re.compile(
        rf"(?=\d)(?<![\d.,]){ordinal}"
        rf"(?:(?P<kdate>(?:(?P<kdyear>(?:1[89]|20)\d\d)\s?{year}\s?)?"
        rf"(?P<kmonth>1[0-2]|0?[1-9])\s?{month}\s?(?P<kday>[12]\d|3[01]|0?[1-9])\s?{day})"
        rf"|(?P<kyear>(?:1[89]|20)\d\d)(?=\s?{year})"
        rf"|(?P<kpercent>(?P<kpnum>{_NUMBER})\s?(?:%{percent}))"
        rf"|(?P<kvalue>(?P<knum>{number})(?P<kmore>{after})?\s?(?P<kunit>{units})"
        rf"(?:\s?(?P<kafter>{after}))?))"
    )


@dataclass(frozen=True)
class Value:
    """A number, amount, date or year found in a sentence.

    Attributes
    ----------
    kind : str
        ``"amount"``, ``"percent"``, ``"count"``, ``"date"`` or ``"year"``.
    unit : str
        The currency (``"USD"``), the counted thing's stem (``"peopl"``), or
        ``""``.
    number : float
        The value (amounts and counts scaled: "2 billion" is 2e9; a date is
        ``month * 100 + day``).
    start, end : int
        Its span in the sentence.
    year : str or None
        The explicit year the value is tied to ("in 2019"), if any.
    bound : str
        How the text qualifies it: ``""`` (exactly), ``"above"`` ("more
        than", "at least"), ``"below"`` ("almost", "up to") or ``"about"``.
    qualifier : str
        The words that qualify it ("at least"), lower-cased, or ``""``.
    precision : float
        Half the unit of its last written digit, scaled: a round figure is
        approximate ("4 million" is 4e6 +- 5e5, "$227.8 billion" 227.8e9 +- 5e7).
    """

    kind: str
    unit: str
    number: float
    start: int
    end: int
    year: str | None = None
    bound: str = ""
    qualifier: str = ""
    precision: float = 0.0

    @cached_property
    def normalized(self) -> str:
        """The value in a comparable form, e.g. ``'240000000000 USD'``."""
        if self.kind == "date":
            month, day = divmod(int(self.number), 100)
            text = f"{month:02d}-{day:02d}"
            return text
        number = f"{self.number:.15g}"
        if self.kind == "percent":
            return number + "%"
        return f"{number} {self.unit}".strip()


def _number(text: str, decimal_comma: bool = False) -> float:
    return float(_plain(text, decimal_comma))


def _plain(text: str, decimal_comma: bool) -> str:
    """A written number as Python reads one: "1,234.5" (or "1.234,5") is "1234.5"."""
    return text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")


def _precision(text: str, scale: float = 1.0, decimal_comma: bool = False) -> float:
    """Half the unit of the last significant written digit of a number, times ``scale``.

    ``"240"`` is written to the ten, ``"227.8"`` to the tenth, ``"62"`` to the unit.

    Examples
    --------
    >>> _precision("240"), _precision("227.8", 1e9), _precision("4", 1e6), _precision("62")
    (5.0, 50000000.0, 500000.0, 0.5)
    """
    digits = _plain(text, decimal_comma)
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    else:
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0)
    return unit * scale / 2


def _value_matches(
    sentence: str, pattern: re.Pattern[str] = _VALUE, first: re.Pattern[str] = _DIGIT
) -> Iterator[re.Match[str]]:
    """The matches of :data:`_VALUE` in ``sentence``, as ``_VALUE.finditer(sentence)``.

    Every value holds a digit (or, with ``first`` of a language with number
    words, one of them), and from its start to its first digit there are at
    most a month's name (ten characters with its period) and the spaces after
    it: no value starts further before the next match of ``first``, so each
    scan, from the start and after each value, starts there (a look-behind
    still sees what comes before), and the text after the last one is not
    scanned.

    Examples
    --------
    >>> [m.group() for m in _value_matches("Talks ended on September.  12, with $5 bn.")]
    ['September.  12', '$5 bn']
    """
    end = 0
    while (digit := first.search(sentence, end)) is not None:
        start = max(end, len(sentence[: digit.start()].rstrip()) - _LONGEST_MONTH)
        match = pattern.search(sentence, start)
        if match is None:
            return
        yield match
        end = match.end()


def find_values(
    sentence: str,
    *,
    stem: object = None,
    stop: frozenset[str] | None = None,
    decimal_comma: bool = False,
    language: str | Language | None = None,
) -> list[Value]:
    """The amounts, percentages, counts, dates and years in a sentence.

    Parameters
    ----------
    sentence : str
        The sentence.
    stem : callable or None
        Stems the counted thing's word (a list of words to a list of stems);
        lower-cased as is when ``None``.
    stop : frozenset of str or None, default=None
        Stopwords: a number followed by one ("16 others") is not a count. None
        for those of ``language``, or none.
    decimal_comma : bool, default=False
        Numbers are written with a decimal comma and a thousands point
        ("72,9", "1.234,5"), as in most languages of Europe
        (:attr:`Language.decimal_comma <summarize.languages.Language.decimal_comma>`).
    language : str, Language or None, default=None
        The sentence's language: its numbers are read as it writes them
        (:attr:`Language.numerals <summarize.languages.Language.numerals>`:
        number and scale words, currencies, counters, what happened to the
        people counted; ``decimal_comma`` is then the language's). None reads
        them as English does.

    Returns
    -------
    list of Value
        In order of appearance.

    Examples
    --------
    >>> [(v.kind, v.normalized) for v in find_values(
    ...     "Trade reached $227.8 billion last year, up from $111 billion in 2019.")]
    [('amount', '227800000000 USD'), ('amount', '111000000000 USD'), ('year', '2019')]
    >>> [(v.year, v.bound) for v in find_values("It grew 5% in 2021 and over 12 workers left.")]
    [('2021', ''), (None, ''), (None, 'above')]
    >>> [v.number for v in find_values("Die Beteiligung lag bei 74,1 Prozent.", decimal_comma=True)]
    [74.1]
    >>> [v.normalized for v in find_values("Laut Polizei gab es zwölf Tote.", language="de")]
    ['12 person:dead']
    >>> [v.normalized for v in find_values("地震已造成1万2000人死亡，损失超过3.5亿元。", language="zh")]
    ['12000 person:dead', '350000000 CNY']
    """
    if language is not None:
        known = get_language(language)
        reader, stop = _reader(known), known.stopwords if stop is None else stop
    else:
        reader, stop = _plain_reader(decimal_comma), stop or frozenset()
    return _find_values(sentence, reader, stem, stop)


def _find_values(
    sentence: str, reader: _Reader, stem: object, stop: frozenset[str]
) -> list[Value]:
    """:func:`find_values`, with the reader of the language."""
    values: list[Value] = []
    text = sentence
    if reader.attached and _HAS_FULLWIDTH.search(sentence) is not None:
        text = sentence.translate(_FULLWIDTH)  # "１２" is "12": the same offsets
    clause: set[int] = set()  # the counts of people whose clause says what befell them
    for match in _value_matches(text, reader.pattern, reader.first):
        group = match.lastgroup
        kind, unit, number, year, precision = "", "", math.nan, None, 0.0
        phrase = ""
        if reader.attached:
            if match.group("kdate"):
                month, day = int(match.group("kmonth")), int(match.group("kday"))
                kind, number, year = "date", float(month * 100 + day), match.group("kdyear")
            elif match.group("kyear"):
                kind, number = "year", float(match.group("kyear"))
            elif match.group("kpercent"):
                kind = "percent"
                number, precision = reader.number(match.group("kpnum"))
            elif match.group("kvalue"):
                number, precision = reader.scaled(match.group("knum"))
                word = match.group("kunit")
                currency = reader.currencies.get(word)
                if currency is not None:
                    kind, unit = "amount", currency
                else:
                    kind, unit = "count", reader.counters[word]
                    if unit == "person":
                        clause.add(len(values))
                phrase = match.group("kafter") or match.group("kmore") or ""
        elif match.group("date"):
            month = _MONTHS[match.group("date").split()[0].rstrip(".").lower()]
            day = int(match.group("day"))
            if not 1 <= day <= 31:
                continue
            kind, number, year = "date", float(month * 100 + day), match.group("dyear")
        elif match.group("money"):
            scale = reader.scales.get((match.group("mscale") or "").lower(), 1.0)
            kind, unit = "amount", _SYMBOLS[match.group("symbol").lower()]
            number, precision = reader.number(match.group("mnum"), scale)
        elif match.group("money2"):
            scale = reader.scales.get(" ".join((match.group("wscale") or "").lower().split()), 1.0)
            kind, unit = "amount", reader.currencies.get(match.group("currency").lower(), "")
            number, precision = reader.number(match.group("wnum"), scale)
        elif match.group("percent"):
            kind = "percent"
            number, precision = reader.number(match.group("pnum"))
        elif match.group("year"):
            kind, number = "year", float(match.group("year"))
        elif match.group("count"):
            written = match.group("unit")
            word = written.lower()
            if word in _MONTHS or word in {"year", "years", "percent"}:
                continue
            topic = reader.topics.get(word)
            if topic is None and word not in reader.people and match.group("cnum")[0].isalpha():
                continue  # a number in words counts people only ("douze morts", not "six mois")
            if topic is not None:
                unit = "person:" + topic  # "12 morts", "12 Tote"
            elif word in reader.people:
                unit = "person"  # "12 personnes": what befell them, from the clause
                clause.add(len(values))
            elif word in stop:
                continue
            elif reader.capitalised and not written[0].isupper():
                continue  # a German count is of a noun, capitalised ("12 weitere" is not)
            else:
                unit = str((stem([word]) if callable(stem) else [word])[0])
            if (
                not reader.capitalised
                and not unit.startswith("person")
                and _part_of_a_name(text, match.start(), stop, reader)
            ):
                continue  # "Windows 95", "Boeing 747": part of a name, not a count
            scale = reader.scales.get(" ".join((match.group("cscale") or "").lower().split()), 1.0)
            kind = "count"
            number, precision = reader.number(match.group("cnum"), scale)
        if not kind or group is None:
            continue
        if not phrase:
            qualifier = reader.qualifier.search(text, max(0, match.start() - 32), match.start())
            phrase = " ".join(qualifier.group(1).lower().split()) if qualifier else ""
        bound = reader.bounds[phrase] if phrase else ""
        values.append(
            Value(kind, unit, number, match.start(), match.end(), year, bound, phrase, precision)
        )
    if clause:
        values = _what_befell(text, values, clause, reader)
    # Tie amounts, percentages and counts to an explicit year that follows them closely
    # ("$111 billion in 2019"), before the next value.
    tied = []
    for i, value in enumerate(values):
        if value.kind in ("amount", "percent", "count"):
            following = values[i + 1] if i + 1 < len(values) else None
            if following is not None and following.kind == "year":
                between = sentence[value.end : following.start]
                if len(between) <= 12 and _BETWEEN_YEAR.fullmatch(between):
                    value = Value(
                        value.kind,
                        value.unit,
                        value.number,
                        value.start,
                        value.end,
                        sentence[following.start : following.end],
                        value.bound,
                        value.qualifier,
                        value.precision,
                    )
        tied.append(value)
    return tied


@dataclass(frozen=True)
class _Found:
    """A value with where it is and the words around it."""

    value: Value
    candidate: int
    document: int
    before: frozenset[str]
    after: frozenset[str]
    names: frozenset[str]
    text: str
    named: frozenset[str] = frozenset()

    @cached_property
    def context(self) -> frozenset[str]:
        """The terms before and after the value."""
        return self.before | self.after

    @cached_property
    def words(self) -> frozenset[str]:
        """The words of the sentence, lower-cased (read only when names are compared)."""
        return _lower_words(self.text)

    @cached_property
    def frame(self) -> str:
        """The sentence with its value taken out, lower-cased, white space collapsed: two
        outlets' copies of one wire sentence that differ in the figure alone share it."""
        text, value = self.text, self.value
        return " ".join(f"{text[: value.start]}\x00{text[value.end :]}".lower().split())


def _part_of_a_name(text: str, start: int, stop: frozenset[str], reader: _Reader) -> bool:
    """Whether the number at ``start`` follows a capitalised word, as the number of a name
    does ("Windows 95", "Boeing 747"); not the sentence's first word when it is a
    stopword or a bound, capitalised only there ("About 3,000 people marched", "Some
    5,000 demonstrators")."""
    found = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group().strip()
    opening = not text[: found.start()].strip(_OPENING_MARKS)
    return not (opening and (word.lower() in stop or word.lower() in reader.bounds))


_OPENING_MARKS = "\"'\u201c\u2018\u00ab\u201e( \t"
"""What may come before a sentence's first word: quotation marks, a bracket, spaces."""


def _lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` (:data:`_WORD`), lower-cased.

    An ASCII text is lower-cased first, in one call: that changes no character's
    class there (elsewhere it can: "İ" becomes "i" and a combining dot).

    Examples
    --------
    >>> sorted(_lower_words("The U.S. didn't pay 5 Bonds")), sorted(_lower_words("Café CAFÉ"))
    (['bonds', "didn't", 'pay', 's', 'the', 'u'], ['café'])
    """
    if text.isascii():
        return frozenset(_WORD.findall(text.lower()))
    return frozenset(w.lower() for w in _WORD.findall(text))


_LEXICON_SIZE = 100_000
"""Words a :class:`_Lexicon` remembers before it starts afresh."""


class _Lexicon:
    """What the context of a value needs to know of each word, found once per word.

    For a word as written: its term (the stem of the lowered word; None for a
    single character or a stopword), the name it gives (the lowered word when
    capitalised and neither a stopword nor a month; else None), and whether
    it is capitalised.

    Examples
    --------
    >>> lexicon = _Lexicon(None, frozenset({"the"}))
    >>> lexicon.info("Homes"), lexicon.info("The"), lexicon.info("May"), lexicon.info("a")
    (('homes', 'homes', True), (None, None, True), ('may', None, True), (None, None, False))
    """

    def __init__(
        self,
        stem: object,
        stop: frozenset[str],
        *,
        unspaced: bool = False,
        nouns: bool = False,
        sources: _Sources = _NO_SOURCES,
    ) -> None:
        self.stem, self.stop = stem, stop
        self.known: dict[str, tuple[str | None, str | None, bool]] = {}
        self.unspaced, self.nouns = unspaced, nouns
        self.sources = sources

    def words_of(
        self, text: str, start: int, end: int
    ) -> list[tuple[str | None, str | None, bool]]:
        """:meth:`infos` of the words of ``text[start:end]``, a figure's source's names
        taken out (:meth:`sourced`)."""
        words = self.findall(text, start, end)
        if self.sources.first_words.search(text, start, end):
            return self.sourced(words, self.infos(words))
        return self.infos(words)

    def sourced(
        self, words: list[str], infos: list[tuple[str | None, str | None, bool]]
    ) -> list[tuple[str | None, str | None, bool]]:
        """``infos`` of ``words``, the names of a figure's source taken out: the
        capitalised words (and stopwords among them) right after a phrase of
        ``sources`` or right before one of ``sources_after``.

        >>> sources = _sources(Numerals(sources=("according to",)))
        >>> lexicon = _Lexicon(None, frozenset({"the"}), sources=sources)
        >>> words = "rose to 8.8 percent according to the Interior Ministry".split()
        >>> [name for _, name, _ in lexicon.sourced(words, lexicon.infos(words))]
        [None, None, None, None, None, None, None, None, None]
        """
        phrases = self.sources.phrases
        if not phrases:
            return infos
        lowered = [word.lower() for word in words]
        found = list(infos)
        for i, word in enumerate(lowered):
            for phrase, side in phrases.get(word, ()):
                if lowered[i : i + len(phrase)] != phrase:
                    continue
                j = i + len(phrase) if side > 0 else i - 1
                while 0 <= j < len(words) and abs(j - i) <= 5:
                    if not (words[j][:1].isupper() or lowered[j] in self.stop):
                        break
                    term, _, upper = found[j]
                    found[j] = (term, None, upper)
                    j += side
        return found

    def findall(self, text: str, start: int, end: int) -> list[str]:
        """The words of ``text[start:end]``: in Chinese and Japanese, each pair of adjacent
        characters of theirs (the words the features count), and the words of other scripts.

        Examples
        --------
        >>> _Lexicon(None, frozenset(), unspaced=True).findall("地震已造成 AB 死亡", 0, 12)
        ['地震', '震已', '已造', '造成', 'AB', '死亡']
        """
        if not self.unspaced:
            return _WORD.findall(text, start, end)
        return [pair or word for pair, word in _CJK_WORD.findall(text, start, end)]

    def info(self, word: str) -> tuple[str | None, str | None, bool]:
        """The term, the name and the capital of ``word``."""
        return self.infos([word])[0]

    def infos(self, words: list[str]) -> list[tuple[str | None, str | None, bool]]:
        """:meth:`info` of each of ``words``: a dictionary look-up each once known."""
        known = self.known
        try:
            return list(map(known.__getitem__, words))
        except KeyError:
            pass
        if len(known) >= _LEXICON_SIZE:
            # Replaced, not cleared: a call reading it in another thread keeps a whole one.
            known = self.known = {}
        new = [word for word in dict.fromkeys(words) if word not in known]
        lowered = [word.lower() for word in new]
        stop = self.stop
        content = [len(w) > 1 and low not in stop for w, low in zip(new, lowered, strict=True)]
        wanted = [low for low, keep in zip(lowered, content, strict=True) if keep]
        stems = iter(self.stem(wanted) if callable(self.stem) else wanted)
        for word, low, keep in zip(new, lowered, content, strict=True):
            upper = word[0].isupper()
            name = low if upper and low not in stop and low not in _MONTHS else None
            known[word] = (str(next(stems)) if keep else None, name, upper)
        return list(map(known.__getitem__, words))


@functools.cache
def _lexicon(
    stem: Callable[[list[str]], list[str]],
    stop: frozenset[str],
    unspaced: bool,
    nouns: bool,
    sources: _Sources = _NO_SOURCES,
) -> _Lexicon:
    """The :class:`_Lexicon` of a language's stemmer and stopwords, shared by every call.

    Most words of a cluster's contexts ("said", "people", "killed") were met
    in an earlier call: their term and name are looked up, not found again,
    which took a quarter of the time of finding the disagreements.
    """
    return _Lexicon(stem, stop, unspaced=unspaced, nouns=nouns, sources=sources)


def _context(
    text: str,
    values: list[Value],
    i: int,
    stem: object,
    stop: frozenset[str],
    lexicon: _Lexicon | None = None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The content terms just before and after value ``i``, the names near it, and the
    terms of the context that are names (capitalised, not the sentence's first word).

    ``lexicon`` (made from ``stem`` and ``stop`` when not given) remembers each
    word's term and name across calls."""
    lexicon = lexicon or _Lexicon(stem, stop)
    value = values[i]
    left = values[i - 1].end if i > 0 else 0
    right = values[i + 1].start if i + 1 < len(values) else len(text)
    before_words = lexicon.words_of(text, left, value.start)  # "enligt SCB": who gives it
    after_words = lexicon.words_of(text, value.end, right)
    if lexicon.nouns:
        before_words, after_words = _common_nouns(before_words), _common_nouns(after_words)
    # Capitalised words name someone, except the sentence's first word (the first word
    # before the value when that starts the text).
    after_first = before_words
    if left == 0 and before_words and _WORD.match(text, 0, value.start) is not None:
        after_first = before_words[1:]
    names = frozenset(name for _, name, _ in after_first[-6:] + after_words[:3] if name)
    before = [term for term, _, _ in before_words if term is not None][-5:]
    after = [term for term, _, _ in after_words if term is not None][:3]
    named = frozenset(
        term for term, _, upper in after_first + after_words if upper and term is not None
    )
    return frozenset(before), frozenset(after), names, named


_Info = tuple[str | None, str | None, bool]


def _common_nouns(infos: list[_Info]) -> list[_Info]:
    """``infos`` (of :meth:`_Lexicon.infos`), where every noun is capitalised (German): a
    capitalised word right after a stopword or a word in lower case (an article, a
    preposition: "der Feuerwehr", "laut Polizei", "Die Polizei") is a common noun, not a
    name; one after another capitalised word ("Konzern Siemens") may be a name.

    Examples
    --------
    >>> lexicon = _Lexicon(None, frozenset({"der"}))
    >>> _common_nouns(lexicon.infos(["laut", "Angaben", "der", "Feuerwehr", "Müller"]))[1:4:2]
    [('angaben', None, False), ('feuerwehr', None, False)]
    >>> _common_nouns(lexicon.infos(["der", "Feuerwehr", "Müller"]))[2]
    ('müller', 'müller', True)
    """
    common = list(infos)
    for k in range(1, len(common)):
        term, name, upper = common[k]
        if upper and (infos[k - 1][0] is None or not infos[k - 1][2]):
            common[k] = (term, None, False)
    return common


def _comparable(a: _Found, b: _Found) -> bool:
    """Whether two values, in different articles, are of the same thing (rules 1-4)."""
    va, vb = a.value, b.value
    if va.kind != vb.kind or va.unit != vb.unit or va.normalized == vb.normalized:
        return False
    if va.kind == "year":
        return False  # a bare year is the year of too many different things
    if va.kind in _QUANTITIES and (_too_far_apart(va, vb) or _compatible(va, vb)):
        return False
    if va.year and vb.year and va.year != vb.year:
        return False  # two periods (or, for dates, two years)
    if a.frame == b.frame:
        return True  # the same sentence but for the value: one wire sentence, updated
    shared = (a.before | a.after) & (b.before | b.after)
    if len(shared) < MIN_CONTEXT or not (a.before & b.before):
        return False
    if not shared - a.named - b.named:
        return False  # only names in common: who or where, not what the value is of
    return _same_actors(a, b)


def _too_far_apart(a: Value, b: Value) -> bool:
    """Whether two amounts or counts are more than :data:`MAX_RATIO` apart (or one is not
    above 0): of different things (rule 1)."""
    low, high = sorted((a.number, b.number))
    return low <= 0 or high / low > MAX_RATIO


def _same_actors(a: _Found, b: _Found) -> bool:
    """Whether no one named next to either value is missing from the other sentence
    (rule 5)."""
    return a.names <= b.words and b.names <= a.words


def _other_years(a: Value, b: Value) -> bool:
    """Whether two values are tied to two different explicit years ("January 1, 1999" and
    "January 1, 2002"): equal otherwise, they are of two periods or events."""
    return a.year is not None and b.year is not None and a.year != b.year


def _same_words(a: _Found, b: _Found) -> bool:
    """Rule 4 and 5 of :func:`_comparable`, for values that pass rules 1-3."""
    shared = a.context & b.context
    if len(shared) < MIN_CONTEXT or not (a.before & b.before):
        return False
    if not shared - a.named - b.named:
        return False
    return a.names <= b.words and b.names <= a.words


_QUANTITIES = ("amount", "count", "percent")


class _PairRules:
    """Rules 1-3 of :func:`_comparable` for many pairs of values at once.

    The numbers, intervals and years of the values are laid out in arrays once;
    :meth:`possible` then tells, for one value and many others, which pairs
    the rules leave to be compared by their words, with the same arithmetic
    as :func:`_compatible` and :func:`_interval`.
    """

    def __init__(self, values: Sequence[Value]) -> None:
        self.quantity = np.array([v.kind in _QUANTITIES for v in values], dtype=bool)
        x = np.array([v.number for v in values], dtype=np.float64)
        p = np.array([v.precision for v in values], dtype=np.float64)
        bound = [v.bound for v in values]
        self.number, self.precise = x, p != 0
        codes: dict[str, int] = {"": 0}
        self.year = np.array([codes.setdefault(v.year or "", len(codes)) for v in values])
        qualifiers: dict[str, int] = {}
        self.qualifier = np.array(
            [qualifiers.setdefault(v.qualifier, len(qualifiers)) for v in values]
        )
        self.bounded = np.array([b in ("above", "below") for b in bound], dtype=bool)
        bounds: dict[str, int] = {}
        self.bound = np.array([bounds.setdefault(b, len(bounds)) for b in bound])
        # As the figure written, and as the text qualifies it.
        self.figure = (x - p, x + p)
        low, high = x - p, x + p
        above = np.array([b == "above" for b in bound], dtype=bool)
        below = np.array([b == "below" for b in bound], dtype=bool)
        about = np.array([b == "about" for b in bound], dtype=bool)
        low = np.where(above, x - p, low)
        high = np.where(above, math.inf, high)
        low = np.where(below, -math.inf, low)
        high = np.where(below, x + p, high)
        low = np.where(about, np.minimum(0.9 * x, x - p), low)
        high = np.where(about, np.maximum(1.1 * x, x + p), high)
        self.qualified = (low, high)

    def possible(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Which pairs of values ``a[k]``, ``b[k]`` (of one kind and unit, not equal) pass
        rules 1-3, as :func:`_comparable` does before it compares their words."""
        keep = np.ones(len(a), dtype=bool)
        quantity = self.quantity[a]
        if quantity.any():
            number = self.number
            low = np.minimum(number[b], number[a])
            high = np.maximum(number[b], number[a])
            with np.errstate(divide="ignore", invalid="ignore"):
                near = (low > 0) & ~(high / low > MAX_RATIO)
            # Not both true (_compatible): compared as figures when worded alike.
            as_figure = (self.qualifier[b] == self.qualifier[a]) & self.bounded[a]
            as_figure &= self.bound[b] == self.bound[a]
            figure, qualified = self.figure, self.qualified
            a_low = np.where(as_figure, figure[0][a], qualified[0][a])
            a_high = np.where(as_figure, figure[1][a], qualified[1][a])
            b_low = np.where(as_figure, figure[0][b], qualified[0][b])
            b_high = np.where(as_figure, figure[1][b], qualified[1][b])
            strict = self.precise[b] | self.precise[a]
            overlap = np.where(
                strict,
                (a_low < b_high) & (b_low < a_high),
                (a_low <= b_high) & (b_low <= a_high),
            )
            keep &= ~quantity | (near & ~overlap)
        year = self.year
        keep &= ~((year[b] != 0) & (year[a] != 0) & (year[b] != year[a]))
        return keep


def _groups(keys: list[list[_Found]], nearest: np.ndarray) -> list[list[_Found]]:
    """The comparable values linked into groups, each pair with a value near the summary.

    ``keys`` holds the values of each kind and unit; a pair is linked when its
    two values are in different articles, differ, and pass :func:`_comparable`.
    Only pairs whose values share a term before them can (rule 4), so those
    are found by one sparse product over all kinds and units at once, rules
    1-3 are checked on all of them with array operations (:class:`_PairRules`),
    and only the pairs left are compared word by word in Python. The groups
    are the connected sets of linked values, in order of kind and unit, then
    of their first value; each group in order of its values.
    """
    items = [f for values in keys for f in values]
    key = np.repeat(np.arange(len(keys)), [len(values) for values in keys])
    near_items = np.flatnonzero(nearest[[f.candidate for f in items]] >= 0)
    # A term before a value, within its kind and unit.
    xs, ys = _sharing_pairs(
        [[(int(k), term) for term in f.before] for k, f in zip(key.tolist(), items, strict=True)],
        near_items,
    )
    is_near = np.zeros(len(items), dtype=bool)
    is_near[near_items] = True
    document = np.fromiter((f.document for f in items), dtype=np.int64, count=len(items))
    codes: dict[str, int] = {}
    value_code = np.fromiter(
        (codes.setdefault(f.value.normalized, len(codes)) for f in items),
        dtype=np.int64,
        count=len(items),
    )
    # Each pair once (two values near the summary are found from both sides).
    keep = (~is_near[ys] | (xs < ys)) & (document[xs] != document[ys])
    keep &= value_code[xs] != value_code[ys]
    xs, ys = xs[keep], ys[keep]
    # And the pairs of the same sentence but for its value, which may share no term before
    # it ("12 personnes ont été tuées." / "14 personnes ont été tuées.").
    framed = _same_frames(items, key.tolist(), is_near, document, value_code)
    xs = np.concatenate([xs, np.array([x for x, _ in framed], dtype=np.int64)])
    ys = np.concatenate([ys, np.array([y for _, y in framed], dtype=np.int64)])
    keep = _PairRules([f.value for f in items]).possible(xs, ys)
    linked: dict[int, set[int]] = {}
    for x, y in zip(xs[keep].tolist(), ys[keep].tolist(), strict=True):
        if items[x].frame == items[y].frame or _same_words(items[x], items[y]):
            linked.setdefault(x, set()).add(y)
            linked.setdefault(y, set()).add(x)
    groups: list[list[_Found]] = []
    seen: set[int] = set()
    for start in sorted(linked):
        if start in seen:
            continue
        stack, connected = [start], []
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            connected.append(x)
            stack.extend(linked.get(x, ()))
        groups.append([items[x] for x in sorted(connected)])
    return groups


FRAMED = 8
"""Most values of a kind and unit sharing one frame (:attr:`_Found.frame`) that are paired
by it: the outlets' copies of a wire sentence are a few; more is a template."""


def _same_frames(
    items: Sequence[_Found],
    keys: list[int],
    is_near: np.ndarray,
    document: np.ndarray,
    value_code: np.ndarray,
) -> list[tuple[int, int]]:
    """The pairs ``(x, y)`` of ``items``, one near the summary, of one kind and unit, in two
    articles, with two values, in the same sentence but for the value (its frame)."""
    frames: dict[tuple[int, str], list[int]] = {}
    for index, (item, key) in enumerate(zip(items, keys, strict=True)):
        frames.setdefault((key, item.frame), []).append(index)
    pairs: list[tuple[int, int]] = []
    for members in frames.values():
        if 1 < len(members) <= FRAMED and any(is_near[m] for m in members):
            pairs.extend(
                (x, y)
                for x in members
                for y in members
                if x < y
                and (is_near[x] or is_near[y])
                and document[x] != document[y]
                and value_code[x] != value_code[y]
            )
    return pairs


def _sharing_pairs(
    sets: Sequence[Collection[Hashable]], rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Every pair ``(x, y)``, ``x`` one of ``rows``, whose sets share an element (``x``
    with itself included when its set is not empty), each once.

    Each element of a row's set is paired with every set holding it, in array
    operations: what a sparse product of the sets with themselves finds, without
    building the matrices, which cost several times more at a cluster's few values.

    Examples
    --------
    >>> xs, ys = _sharing_pairs([frozenset("ab"), frozenset("c"), frozenset("bc")], np.array([0]))
    >>> sorted(zip(xs.tolist(), ys.tolist()))
    [(0, 0), (0, 2)]
    """
    ids: dict[Hashable, int] = {}
    columns = np.fromiter(
        (ids.setdefault(element, len(ids)) for elements in sets for element in elements),
        dtype=np.int64,
    )
    lengths = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    # The sets holding each element, element after element.
    holders = np.repeat(np.arange(len(sets), dtype=np.int64), lengths)[
        np.argsort(columns, kind="stable")
    ]
    held = np.bincount(columns, minlength=len(ids))
    rows = np.asarray(rows, dtype=np.int64)
    own = lengths[rows]
    elements = columns[entry_runs((np.cumsum(lengths) - lengths)[rows], own)]
    partners = held[elements]
    row = np.repeat(np.repeat(np.arange(len(rows), dtype=np.int64), own), partners)
    ys = holders[entry_runs((np.cumsum(held) - held)[elements], partners)]
    n = max(len(sets), 1)
    codes = _sorted_distinct(row * n + ys)  # a pair sharing several elements once
    return rows[codes // n], codes % n


def _interval(value: Value, *, as_figure: bool = False) -> tuple[float, float]:
    x, p = value.number, value.precision
    if value.bound == "above" and not as_figure:
        return (x - p, math.inf)
    if value.bound == "below" and not as_figure:
        return (-math.inf, x + p)
    if value.bound == "about" and not as_figure:
        return (min(0.9 * x, x - p), max(1.1 * x, x + p))
    return (x - p, x + p)


def _compatible(a: Value, b: Value, *, bounds_as_figures: bool = True) -> bool:
    """Whether two qualified values can both be true ("more than 40" and "almost 50").

    A round figure stands for what rounds to it: "4 million" and "3.8 million"
    can both be true. Two bounds worded alike ("at least 62", "at least 65")
    are compared as the figures they report: outlets that give different
    tolls disagree. With ``bounds_as_figures=False`` bounds are read as bounds
    (rule 8: "at least 72" and "at least 85" fit, as a running toll's updates
    do; "at least 9" and "7" do not).
    """
    # Worded alike: the same phrase, so the same bound (either way round).
    as_figure = (
        bounds_as_figures
        and a.qualifier == b.qualifier
        and a.bound == b.bound
        and a.bound in ("above", "below")
    )
    (a_low, a_high) = _interval(a, as_figure=as_figure)
    (b_low, b_high) = _interval(b, as_figure=as_figure)
    if a.precision or b.precision:  # rounded figures meeting at a half unit: different
        return a_low < b_high and b_low < a_high
    return a_low <= b_high and b_low <= a_high


def find_disagreements(
    sentences: Sequence[SummarySentence],
    candidates: Candidates,
    features: Features,
    chosen: Sequence[int],
    documents: Sequence[Document],
) -> list[Disagreement]:
    """The facts near the summary's sentences on which the articles give different values.

    Parameters
    ----------
    sentences : sequence of SummarySentence
        The summary's sentences, in rank order (as ``chosen``).
    candidates : Candidates
        Every candidate sentence.
    features : Features
        Their features (``terms`` is used to tell what a sentence is about).
    chosen : sequence of int
        The candidate index of each summary sentence.
    documents : sequence of Document
        The articles.

    Returns
    -------
    list of Disagreement
        In the order of the summary sentences they concern, then of their
        first reading.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize([
    ...     "The storm flooded the valley. It destroyed 120 homes near the river.",
    ...     "Officials said the storm destroyed 150 homes near the river.",
    ... ], max_sentences=1)
    >>> [(d.kind, d.values) for d in summary.disagreements]
    [('count', ('120 homes', '150 homes'))]
    """
    if not chosen:
        return []
    from .features import stem_function, stopwords

    # Each candidate is read in its article's language: a kit of its stemmer, stopwords,
    # value reader and lexicon per language (one, but for a cluster of several).
    article_languages = candidates.article_languages(features.language)
    kits: dict[str, _Kit] = {}
    for name in dict.fromkeys(article_languages):
        stem, stop = stem_function(name), stopwords(name)
        reader = _reader(get_language(name))
        lexicon = _lexicon(stem, stop, reader.attached, reader.capitalised, reader.sources)
        kits[name] = _Kit(_memoized(stem), stop, reader, lexicon)
    kit_of_document = [kits[name] for name in article_languages]
    weights = term_weights(features.terms)
    document_index = np.asarray(candidates.document_index)
    n = len(candidates)
    # What each candidate is about: the summary sentence it is nearest to, if any.
    nearest = np.full(n, -1, dtype=np.int64)
    best = np.zeros(n)
    present = presence(features.terms)
    closest = np.full(n, n <= CLOSEST)  # the sentences read
    scores = match_scores_of_rows(
        present, weights, [int(row) for row in chosen], binary=True, columns=features.X_columns
    )
    share = max(CLOSEST // len(chosen), 1)  # the closest sentences read for each
    for k, (row, (overlap, shared)) in enumerate(zip(chosen, scores, strict=True)):
        # Only the candidates sharing two terms with the summary sentence count (every other
        # one has overlap 0, below NEAR): the rest reads those only.
        touched = np.flatnonzero(shared >= 2)
        overlap = overlap[touched]
        row = int(row)
        if n > CLOSEST:
            mine = _highest_of(n, touched, overlap, share)
            closest[mine] = True
            closest[row] = True
            kept = np.isin(touched, mine) | (touched == row)
            touched, overlap = touched[kept], overlap[kept]
        near = (overlap >= NEAR) & (overlap > best[touched])
        nearest[touched[near]], best[touched[near]] = k, overlap[near]
        nearest[row], best[row] = k, 2.0
    # Every value in every candidate, by kind and unit; the words around a value are
    # read only for the kinds and units that some sentence near the summary has.
    # Only sentences that share MIN_CONTEXT terms with a sentence near the summary that
    # gives a value can pass rule 3: the others are not read (a sparse product each).
    texts = candidates.texts
    values_of: dict[int, list[Value]] = {}  # each sentence's values, read once

    def values_in(i: int) -> list[Value]:
        found = values_of.get(i)
        if found is None:
            kit = kit_of_document[document_index[i]]
            found = values_of[i] = (
                _find_values(texts[i], kit.reader, kit.stem, kit.stop)
                if kit.reader.first.search(texts[i])
                else []
            )
        return found

    seeds = [int(i) for i in np.flatnonzero(nearest >= 0) if values_in(int(i))]
    if not seeds:
        return []
    # Only sentences with a digit can give a value: the others are never compared.
    read = np.flatnonzero(closest)
    with_digit = candidates.in_their_languages(
        lambda own, name: _has_digit(own, kits[name].reader.first), read, features.language
    )
    reachable = _reachable(present, read[with_digit], seeds)
    located: dict[tuple[str, str], list[tuple[int, int, list[Value]]]] = {}
    sentence_values: dict[tuple[int, str, str], set[str]] = {}
    for i in sorted(set(reachable.tolist()) | set(seeds)):  # all with a digit
        values = values_in(i)
        kinds = Counter((value.kind, value.unit) for value in values)
        for j, value in enumerate(values):
            sentence_values.setdefault((i, value.kind, value.unit), set()).add(value.normalized)
            if kinds[value.kind, value.unit] <= CROWDED:  # more: a table, or a list of them
                located.setdefault((value.kind, value.unit), []).append((i, j, values))
    found: dict[tuple[str, str], list[_Found]] = {}
    for key, places in located.items():
        if key[0] == "year" or all(nearest[i] < 0 for i, _, _ in places):
            continue
        for i, j, values in places:
            item = _found(values, j, i, candidates, document_index, kit_of_document)
            found.setdefault(key, []).append(item)
    # Link comparable values, at least one of them near the summary, into groups.
    groups = _groups(list(found.values()), nearest)
    # Values equal to a group's value, in a sentence of the same context, join as readings.
    # Only a value of the group's kind and unit, equal to one of its values, can join (a
    # group's values are all of one kind and unit; those joining add no new value): the
    # values of each kind and unit, by value, in the order found.
    by_value: dict[tuple[str, str, str], list[int]] = {}
    for key, items in found.items():
        for y, f in enumerate(items):
            by_value.setdefault((key[0], key[1], f.value.normalized), []).append(y)
    result = []
    for group in groups:
        members = {(f.candidate, f.value.start) for f in group}
        key = (group[0].value.kind, group[0].value.unit)
        # The members of each value (all of the group's kind and unit): a value joins
        # through one of its own.
        of_value: dict[str, list[_Found]] = {}
        for g in group:
            of_value.setdefault(g.value.normalized, []).append(g)
        joining = sorted(y for value in of_value for y in by_value[(key[0], key[1], value)])
        for f in (found[key][y] for y in joining):
            if (f.candidate, f.value.start) in members:
                continue
            equal = of_value[f.value.normalized]
            if any(_other_years(f.value, g.value) for g in equal):
                continue  # the same day of another year: another event
            for g in equal:
                if f.document != g.document:
                    if len(f.context & g.context) >= MIN_CONTEXT and f.before & g.before:
                        group.append(f)
                        equal.append(f)
                        members.add((f.candidate, f.value.start))
                        break
        if any(len({f.value.year for f in v} - {None}) > 1 for v in of_value.values()):
            continue  # "January 1, 1999" and "January 1, 2002": two events, one day of the year
        given: dict[int, set[str]] = {}
        for f in group:
            given.setdefault(f.document, set()).add(f.value.normalized)
        if any(len(values) > 1 for values in given.values()):
            continue  # an article giving two values is telling of two things, not disputing one
        normalized = {f.value.normalized for f in group}
        if len(normalized) < 2:
            continue
        if any(
            len(normalized & sentence_values[f.candidate, f.value.kind, f.value.unit]) > 1
            for f in group
        ):
            continue  # one sentence gives two of the values ("20 million out of 30 million")
        numbers = {f.value.number for f in group}
        readers = {f.candidate: kit_of_document[f.document].reader for f in group}
        if any(
            len(numbers & _bare_numbers(texts[candidate], reader)) > 1
            for candidate, reader in readers.items()  # each sentence once, whatever it gives
        ):
            continue  # the same, written without its unit ("20 million out of 30 million people")
        if any(_rivals(f.value, values_of[f.candidate]) for f in group):
            continue  # a sentence gives another value of the kind: which is of what is unclear
        group.sort(key=lambda f: (f.document, candidates.start[f.candidate], f.value.start))
        # The summary sentence the group is nearest to: of those its members are about, the
        # one with the nearest member (the first, of equals), in one pass over the group.
        top: dict[int, float] = {}
        for f in group:
            concerned = int(nearest[f.candidate])
            if concerned >= 0 and best[f.candidate] > top.get(concerned, -np.inf):
                top[concerned] = best[f.candidate]
        rank_index = min(top, key=lambda c: -top[c])
        about = frozenset.intersection(*[(f.before | f.after) for f in group])
        if not about:
            about = group[0].before & group[-1].before
        readings = tuple(_reading(f, candidates, documents) for f in group)
        result.append(
            (
                rank_index,
                readings[0].document_index,
                readings[0].start,
                Disagreement(
                    sentences[rank_index].rank, group[0].value.kind, tuple(sorted(about)), readings
                ),
            )
        )
    disputed = {(f.candidate, f.value.kind, f.value.unit) for group in groups for f in group}
    result.extend(
        _reported(sentences, candidates, chosen, documents, values_in, kit_of_document, disputed)
    )
    result.sort(key=lambda item: item[:3])
    return [item[3] for item in result]


def _reported(
    sentences: Sequence[SummarySentence],
    candidates: Candidates,
    chosen: Sequence[int],
    documents: Sequence[Document],
    values_in: Callable[[int], list[Value]],
    kit_of_document: Sequence[_Kit],
    disputed: set[tuple[int, str, str]],
) -> list[tuple[int, int, int, Disagreement]]:
    """Rule 8: disputes over a fact the corroboration found reported (its supports).

    A summary sentence and another article's sentence that reports its fact (a
    :class:`~summarize.Support`) need no words in common around their values:
    outlets word one fact differently ("grew at an annualised rate of 2.1%" /
    "expanded at a 2.4 percent annualised pace"). Each must give exactly one
    value of the kind and unit, the two must not both be true, bounds read as
    bounds ("at least 72" and "at least 85" fit, as a running toll's updates do:
    :func:`_compatible`), nor be of two periods (rule 3), neither sentence may give both figures (rule
    6) and no one named next to either value may be missing from the other
    sentence (rule 5). Every support giving one value of that kind and unit is a
    reading; a value already in a dispute of rules 1-7 is not read again.
    """
    document_index = np.asarray(candidates.document_index)
    starts = np.asarray(candidates.start)
    found: list[tuple[int, int, int, Disagreement]] = []

    def row_of(document: int, start: int) -> int | None:
        # Candidates come in document order: by article, then by offset.
        low, high = np.searchsorted(document_index, [document, document + 1])
        at = int(low + np.searchsorted(starts[low:high], start))
        return at if at < high and starts[at] == start else None

    def one_of(row: int, kind: str, unit: str) -> tuple[list[Value], int] | None:
        values = values_in(row)
        if len([v for v in values if v.kind != "year"]) > _REPORTED_VALUES:
            return None  # a position, a race's time, a table in words: which is the fact?
        same = [j for j, v in enumerate(values) if (v.kind, v.unit) == (kind, unit)]
        return (values, same[0]) if len(same) == 1 else None

    for k, (sentence, row) in enumerate(zip(sentences, chosen, strict=True)):
        row = int(row)
        if not sentence.support:
            continue
        mine_values = values_in(row)
        supports = [row_of(support.document_index, support.start) for support in sentence.support]
        for value in mine_values:
            key = (value.kind, value.unit)
            if value.kind == "year" or (row, *key) in disputed:
                continue
            mine = one_of(row, *key)
            if mine is None:
                continue
            a = _found(mine[0], mine[1], row, candidates, document_index, kit_of_document)
            group = [a]
            for other in supports:
                if other is None or (other, *key) in disputed:
                    continue
                theirs = one_of(other, *key)
                if theirs is None:
                    continue
                b = _found(
                    theirs[0], theirs[1], other, candidates, document_index, kit_of_document
                )
                if all(_reported_alike(f, b, kit_of_document) for f in group):
                    group.append(b)
            if not any(
                f.value.normalized != a.value.normalized
                and not _compatible(a.value, f.value, bounds_as_figures=False)
                for f in group[1:]
            ):
                continue
            group.sort(key=lambda f: (f.document, starts[f.candidate], f.value.start))
            about = frozenset.intersection(*[f.context for f in group]) or a.before
            readings = tuple(_reading(f, candidates, documents) for f in group)
            found.append(
                (
                    k,
                    readings[0].document_index,
                    readings[0].start,
                    Disagreement(sentence.rank, value.kind, tuple(sorted(about)), readings),
                )
            )
            disputed.update((f.candidate, *key) for f in group)
    return found


_REPORTED_VALUES = 2
"""The most values (years aside) a sentence may give for rule 8 to read it."""


def _found(
    values: list[Value],
    j: int,
    row: int,
    candidates: Candidates,
    document_index: np.ndarray,
    kit_of_document: Sequence[_Kit],
) -> _Found:
    """Value ``j`` of candidate ``row`` with the words around it."""
    text = candidates.texts[row]
    kit = kit_of_document[document_index[row]]
    before, after, names, named = _context(text, values, j, kit.stem, kit.stop, kit.lexicon)
    return _Found(values[j], row, int(document_index[row]), before, after, names, text, named)


def _reported_alike(a: _Found, b: _Found, kit_of_document: Sequence[_Kit]) -> bool:
    """Whether the values of a summary sentence and of a sentence reporting its fact may be
    read as one fact's (rule 8): of one kind and unit, within :data:`MAX_RATIO`, of one
    period, neither sentence giving both figures, the same people named, and, but for
    counts, a word around them in common that is no name."""
    va, vb = a.value, b.value
    if va.kind != "count" and not (a.context & b.context) - a.named - b.named:
        # A count says what it counts ("hectares", the dead); an amount, a share or a day
        # needs a word around it in common that is no name: the damage and the spending
        # "in Puerto Rico" are two things, and a story's days are many.
        return False
    if va.normalized != vb.normalized:
        if va.kind in _QUANTITIES and _too_far_apart(va, vb):
            return False
        if va.year and vb.year and va.year != vb.year:
            return False
        numbers = {va.number, vb.number}
        for f in (a, b):
            if len(numbers & _bare_numbers(f.text, kit_of_document[f.document].reader)) > 1:
                return False  # "20 million out of 30 million people"
    return _same_actors(a, b)


class _Kit(NamedTuple):
    """What the disagreements read a candidate of one language with."""

    stem: Callable[[list[str]], list[str]]
    stop: frozenset[str]
    reader: _Reader
    lexicon: _Lexicon


def _memoized(stem: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    """``stem``, asked only about the words it has not stemmed yet.

    A value's context and a count's unit are stemmed a few words at a time,
    and each call of the stemmer costs far more than a dictionary look-up;
    stemming is word by word, so the stems are the same.

    Examples
    --------
    >>> calls = []
    >>> stem = _memoized(lambda words: calls.append(list(words)) or [w[:4] for w in words])
    >>> stem(["homes", "people", "homes"]), stem(["people", "votes"])
    (['home', 'peop', 'home'], ['peop', 'vote'])
    >>> calls
    [['homes', 'people'], ['votes']]
    """
    known: dict[str, str] = {}

    def stem_words(words: list[str]) -> list[str]:
        try:
            return list(map(known.__getitem__, words))
        except KeyError:
            new = [word for word in dict.fromkeys(words) if word not in known]
            known.update(zip(new, stem(new), strict=True))
            return list(map(known.__getitem__, words))

    return stem_words


def _has_digit(texts: list[str], first: re.Pattern[str] = _DIGIT) -> np.ndarray:
    """Whether each of ``texts`` has a digit (as ``_DIGIT`` finds; or what ``first`` finds,
    a digit or a number word).

    Examples
    --------
    >>> _has_digit(["No digit here.", "It cost $5.", "", "1 2 3"]).tolist()
    [False, True, False, True]
    """
    return np.fromiter(
        (first.search(text) is not None for text in texts), dtype=bool, count=len(texts)
    )


def _highest(values: np.ndarray, k: int) -> np.ndarray:
    """A mask of the ``k`` highest of ``values``, ties broken by position (the first win).

    In linear time: what a stable sort by decreasing value would keep.
    """
    threshold = np.partition(values, len(values) - k)[len(values) - k]
    mask: np.ndarray = values > threshold
    ties = np.flatnonzero(values == threshold)
    mask[ties[: k - int(mask.sum())]] = True
    return mask


def _highest_of(n: int, rows: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """:func:`_highest` of ``n`` values, ``values`` at ``rows`` (sorted) and 0 elsewhere, as
    the sorted indices it marks, in time linear in ``len(rows) + k``.

    Values are not negative. When fewer than ``k`` are positive, the threshold is 0,
    and the first rows holding 0 make up the number.

    Examples
    --------
    >>> _highest_of(6, np.array([1, 3, 4]), np.array([0.5, 0.9, 0.5]), 2).tolist()
    [1, 3]
    >>> _highest_of(6, np.array([1, 3, 4]), np.array([0.5, 0.0, 0.5]), 4).tolist()
    [0, 1, 2, 4]
    >>> np.flatnonzero(_highest(np.array([0, 0.5, 0, 0, 0.5, 0]), 4)).tolist()
    [0, 1, 2, 4]
    """
    positive = values > 0
    rows, values = rows[positive], values[positive]
    if len(rows) >= k:
        highest: np.ndarray = rows[_highest(values, k)]
        return highest
    first = np.arange(k, dtype=np.int64)  # the k - len(rows) first zeros are among them
    zeros = first[~np.isin(first, rows)][: k - len(rows)]
    marked: np.ndarray = np.union1d(rows, zeros)
    return marked


_CHUNK = 4096
"""Sentences compared with the seeds at a time in :func:`_reachable` (bounds its memory)."""


def _reachable(present: sp.csr_matrix, rows: np.ndarray, seeds: list[int]) -> np.ndarray:
    """Those of ``rows`` that share at least two terms with one of ``seeds``.

    ``present`` holds 1.0 for each term of each sentence (columns sorted in
    each row, no duplicates). Two sentences share two terms exactly when a pair
    of terms of the one is a pair of terms of the other, so a sentence is kept
    when one of its pairs of terms is a pair of a seed: a look-up per pair, in
    time linear in the number of sentences, where comparing every sentence
    with every seed grows with their product. Two values whose contexts share
    :data:`MIN_CONTEXT` (2) terms are in sentences that do, so no sentence left
    out could have been compared.
    """
    rows = np.asarray(rows, dtype=np.int64)
    seeds_at = np.asarray(seeds, dtype=np.int64)
    n_terms = present.shape[1]
    if not present.has_canonical_format:
        present = present.copy()
        present.sum_duplicates()  # sorted, distinct columns in each row
    seed_lengths, seed_columns = _row_entries(present, seeds_at)
    known = _sorted_distinct(_term_pairs(seed_lengths, seed_columns, n_terms)[1])
    # Only terms of a seed can be in a seed's pair: the others are left out first.
    in_seeds = np.zeros(n_terms, dtype=bool)
    in_seeds[seed_columns] = True
    # A seed with two terms shares them with itself: only the other rows are looked up.
    kept = np.isin(rows, seeds_at[seed_lengths >= 2])
    others = np.flatnonzero(~kept)
    for first in range(0, len(others), _CHUNK):
        chunk = others[first : first + _CHUNK]
        owner, codes = _term_pairs(*_row_entries(present, rows[chunk]), n_terms, keep=in_seeds)
        if not len(known) or not len(codes):
            continue
        # Looked up in order: a search that walks the table once, not a jump per code.
        order = np.argsort(codes)
        codes = codes[order]
        at = np.minimum(np.searchsorted(known, codes), len(known) - 1)
        kept[chunk[owner[order[known[at] == codes]]]] = True
    reached: np.ndarray = rows[kept]
    return reached


def _row_entries(matrix: sp.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How many entries each of ``rows`` has, and their columns, row after row: read from
    the arrays of ``matrix``, where a copy of the rows (a SciPy matrix) cost several times
    more, at the few rows of a cluster."""
    starts = matrix.indptr[rows].astype(np.int64)
    lengths = matrix.indptr[rows + 1].astype(np.int64) - starts
    columns: np.ndarray = matrix.indices[entry_runs(starts, lengths)].astype(np.int64)
    return lengths, columns


def _sorted_distinct(values: np.ndarray, *, ordered: bool = False) -> np.ndarray:
    """``np.unique(values)`` by a sort (``ordered``: already sorted), several times faster
    on these integer arrays than the hashing NumPy 2 does."""
    ordered_values = values if ordered else np.sort(values)
    keep = np.empty(len(ordered_values), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered_values[1:], ordered_values[:-1], out=keep[1:])
    return ordered_values[keep]


def _term_pairs(
    lengths: np.ndarray, columns: np.ndarray, n_terms: int, keep: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of distinct terms of each row: the row, and the pair as one code.

    The rows are given as :func:`_row_entries` reads them (sorted, distinct
    columns in each). The code of terms ``a < b`` is ``a * n_terms + b``; with
    ``keep`` (a boolean per term), only the pairs of kept terms.
    """
    row = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    if keep is not None:
        kept = keep[columns]
        columns, row = columns[kept], row[kept]
        lengths = np.bincount(row, minlength=len(lengths)).astype(np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    # Each entry pairs with the later entries of its row: ``later`` of them.
    later = np.repeat(indptr[1:], lengths) - np.arange(len(columns), dtype=np.int64) - 1
    first = np.repeat(np.arange(len(columns), dtype=np.int64), later)
    step = np.arange(len(first), dtype=np.int64) - np.repeat(np.cumsum(later) - later, later)
    owner = np.repeat(np.repeat(np.arange(len(lengths), dtype=np.int64), lengths), later)
    return owner, columns[first] * n_terms + columns[first + step + 1]


def _bare_numbers(text: str, reader: _Reader | None = None) -> set[float]:
    """Every number written in ``text``, scaled ("20 million" is 2e7), whatever follows it.

    With the ``reader`` of a language, as it writes its numbers and scale words.

    Examples
    --------
    >>> from summarize.languages import get
    >>> sorted(_bare_numbers("20 million out of 30 million people"))
    [20000000.0, 30000000.0]
    >>> sorted(_bare_numbers("20 Millionen von 30,5 Millionen", _reader(get("de"))))
    [20000000.0, 30500000.0]
    """
    reader = reader or _plain_reader(False)
    scales = reader.scales
    return {
        _number(m.group(1), reader.comma and not reader.attached)
        * scales.get(" ".join((m.group(2) or "").lower().split()), 1.0)
        for m in reader.bare.finditer(text)
    }


def _rivals(value: Value, values: list[Value]) -> bool:
    """Whether the sentence gives another value of the same kind and unit, of the same period.

    "With 69.5 percent of the votes counted, Cardoso led with 52.4 percent":
    which of the two another outlet's figure is to be compared with cannot be
    told from the words alone. A value tied to another year ("up from $111
    billion in 2019") is of another period, and one more than :data:`MAX_RATIO`
    times larger or smaller ("killed 82 people and drove 100,000 people from
    their homes") of another thing: no rival.
    """

    def near(other: Value) -> bool:
        if value.kind not in ("amount", "count", "percent"):
            return True
        low, high = sorted((abs(value.number), abs(other.number)))
        return low > 0 and high / low <= MAX_RATIO

    return any(
        other.start != value.start
        and other.kind == value.kind
        and other.unit == value.unit
        and other.normalized != value.normalized
        and other.year in (None, value.year)
        and near(other)
        for other in values
    )


def _reading(found: _Found, candidates: Candidates, documents: Sequence[Document]) -> Reading:
    i = found.candidate
    start = int(candidates.start[i])
    text = candidates.texts[i]
    value = found.value
    return Reading(
        value=text[value.start : value.end],
        normalized=value.normalized,
        document_id=documents[found.document].id,
        document_index=found.document,
        sentence_index=int(candidates.sentence_index[i]),
        start=start,
        end=int(candidates.end[i]),
        value_start=start + value.start,
        value_end=start + value.end,
        text=text,
    )
