"""Languages: what a language means to every stage, in one place.

A :class:`Language` holds everything the library knows about one language:
its names, its stopwords, its Snowball stemmer, how to find its words, what
ends its sentences, its abbreviations and ordinal rule, and the phrases of its
page furniture. Every stage asks the :class:`Language`; nothing else
interprets a language's name.

- :func:`get` turns a name, code or alias (``"de"``, ``"deu"``, ``"German"``,
  ``"Deutsch"``, ``"pt-BR"``) into its :class:`Language`, and lists the
  supported languages when it does not know the name.
- :func:`available` lists the supported languages.
- :func:`detect` finds the language of a text offline, from its script and,
  between languages of one script, letter n-grams (``language="auto"``).

Words (:meth:`Language.words`) are lower-cased runs of letters with their
combining marks (so the vowel signs of Hindi or Thai never split a word) and
digits, joined by in-word apostrophes and hyphens ("don't", "covid-19");
numbers with decimal or thousands separators, currency and percent signs
("3,5", "227.8", "$240", "5%") and dotted acronyms ("u.s.") stay whole. In
French and Italian an elided article or pronoun is a word of its own
("l'homme" gives "l'" and "homme"), so "homme" matches "homme". Chinese and
Japanese characters are one word each: adjacent words make the pairs the
features stage counts, so a text is described by its characters and its
character bigrams, the standard indexing of Chinese and Japanese text in
information retrieval, which needs no dictionary and does not depend on a
segmenter's mistakes. Thai is split into dictionary words by PyThaiNLP's
``newmm`` segmenter when it is installed (``pip install summarize[thai]``),
else into Thai character clusters.

Examples
--------
>>> from summarize import languages
>>> german = languages.get("Deutsch")
>>> german.code, german.name, german.stemmer
('de', 'german', 'german')
>>> german.words("Die Inflation stieg auf 3,5 % im COVID-19-Jahr.")
['die', 'inflation', 'stieg', 'auf', '3,5', 'im', 'covid-19-jahr']
>>> languages.detect("Der Präsident sagte, dass die Regierung nicht zurücktreten werde.").name
'german'
"""

from __future__ import annotations

import json
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex
import Stemmer

from .exceptions import InputTypeError, InvalidInputError, InvalidParameterError
from .validation import check_text

__all__ = [
    "ENGLISH_TOKEN_PATTERN",
    "Language",
    "Numerals",
    "SentenceSpaces",
    "SpeechTags",
    "available",
    "builtin",
    "composed",
    "detect",
    "get",
]


# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------


def composed(text: str) -> str:
    """``text`` in its composed form (NFC), as lookups of words read it.

    Text from macOS file names and some scrapers writes a letter and its
    accent as two code points (NFD): "й" as "и" and a combining breve. The
    stopwords, stems and abbreviations are looked up in the composed form;
    offsets always index the text as given.

    Examples
    --------
    >>> composed("Gro\u0308ße") == "Größe", composed("plain") == "plain"
    (True, True)
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\u30fc"
"""Characters of scripts written without spaces that are one word each
(the prolonged sound mark U+30FC is in the Common script)."""
_LETTER = rf"[[\p{{L}}\p{{M}}\p{{Nd}}]--[{_CJK}\p{{Thai}}]]"
"""A character of a word of a spaced script: a letter, a combining mark, a digit."""
_JOINER = "(?:['\\-\u05f3\u05f4\u05be]|(?<=\\p{Hebrew})\"(?=\\p{Hebrew}))"
"""Joins two parts of one word: an apostrophe, a hyphen, Hebrew geresh, gershayim and
maqaf, and the straight double quote Hebrew sites type for gershayim (צה"ל)."""
_NUMBER = r"\p{Sc}?\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)+[%\u066a]?|\p{Sc}\p{Nd}+[%\u066a]?|\p{Nd}+[%\u066a]"
"""A number with its decimal or thousands separators ("3,5", "227.8", Arabic "٣٫٥"),
maybe a currency sign before it or a percent sign after it."""
_ACRONYM = r"(?:\p{L}\p{M}*\.){2,}"
_NORMALISE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the typographic apostrophe
        "\u02bc": "'",  # modifier letter apostrophe (Ukrainian)
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
    }
)
# Python's re finds one of a few characters several times faster per call than
# regex: these two tests run on every text before the word pattern.
_TO_NORMALISE = re.compile("[\u2019\u02bc\u2010\u2011]")
_MAYBE_UNSPACED = re.compile(
    "[\u0e00-\u0e7f\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff"
    "\u3190-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\U00016fe0-\U00016fff\U0001aff0-\U0001b16f\U0001f200\U00020000-\U0003ffff]"
)
"""Every character of Han, Hiragana, Katakana and Thai script, and a few more
(whole Unicode blocks): a text without any is written with spaces."""
_WORD_ENDS = frozenset(",.;:!?")
"""Marks that end a word and are no part of it (a period after one letter is no initial
alone: "a." is the word "a")."""
_THAI_RUN = regex.compile(r"\p{Thai}+")
# A Thai character cluster: an optional leading vowel, a consonant (or digit)
# with its marks, and an optional following vowel with its marks.
_THAI_CLUSTER = regex.compile(
    r"[\u0e40-\u0e44]?[\u0e01-\u0e2e\u0e50-\u0e59\u0e2f\u0e46]\p{M}*(?:[\u0e30\u0e32\u0e33\u0e45]\p{M}*)?"
    r"|\p{Thai}\p{M}*"
)
_HIRAGANA = frozenset(chr(c) for c in range(0x3041, 0x3097))


@cache
def _word_pattern(elisions: frozenset[str], unspaced: bool) -> regex.Pattern[str]:
    """The word pattern: with the elided forms of ``elisions`` as words of their own,
    and, when ``unspaced``, Chinese and Japanese characters and Thai runs apart.

    A word that starts with a letter is tried first (most words do), unless two
    letters with periods follow (an acronym); then numbers, then other words.
    Without unspaced scripts in the text, the letter class needs no exceptions,
    which makes the pattern about 40% faster.
    """
    letter = _LETTER if unspaced else r"[\p{L}\p{M}\p{Nd}]"
    parts = []
    if elisions:
        forms = "|".join(sorted(map(regex.escape, elisions), key=len, reverse=True))
        # No look-behind needed: a match starts where no word goes on.
        parts.append(rf"(?:{forms})'(?={letter})")
    if unspaced:
        parts += [f"[{_CJK}]", r"\p{Thai}+"]
    parts += [
        rf"(?!(?:\p{{L}}\p{{M}}*\.){{2}})\p{{L}}{letter}*(?:{_JOINER}{letter}+)*",
        _ACRONYM,
        _NUMBER,
        rf"{letter}+(?:{_JOINER}{letter}+)*",
    ]
    return regex.compile("|".join(parts), regex.V1 if unspaced else regex.V0)


@cache
def _pieces_pattern(elisions: frozenset[str]) -> regex.Pattern[str]:
    """The word pattern of spaced scripts, or a space (which ends a piece)."""
    return regex.compile(f"(?:{_word_pattern(elisions, False).pattern})| ", regex.V0)


_thai: list[Any] = []
"""PyThaiNLP's word_tokenize once imported, or None when it is not installed."""


def _thai_segmenter() -> Any:
    if not _thai:
        try:
            from pythainlp.tokenize import word_tokenize as segment
        except ImportError:
            _thai.append(None)
        else:
            _thai.append(segment)
    return _thai[0]


def _thai_words(run: str) -> list[str]:
    """Split a run of Thai characters into words (PyThaiNLP) or character clusters."""
    segment = _thai_segmenter()
    if segment is not None:
        return [str(w) for w in segment(run, engine="newmm", keep_whitespace=False) if w.strip()]
    clusters: list[str] = _THAI_CLUSTER.findall(run)
    return clusters


@cache
def _thai_names() -> tuple[frozenset[str], frozenset[str]]:
    """PyThaiNLP's corpora of Thai given names and family names (shipped in its wheel), or
    two empty sets when it is not installed."""
    try:
        from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names
    except ImportError:
        return frozenset(), frozenset()
    given = frozenset(thai_male_names()) | frozenset(thai_female_names())
    return given, frozenset(thai_family_names())


@cache
def _thai_tags(name: str = "pos_orchid_unigram.json") -> dict[str, str]:
    """One of PyThaiNLP's unigram tables (each word's most frequent part of speech in a
    corpus, shipped in its wheel): ORCHID's by default, read once; empty without
    PyThaiNLP. Read directly: its unigram tagger looks each word up in a list."""
    try:
        from pythainlp.corpus import corpus_path
    except ImportError:
        return {}
    path = Path(corpus_path()) / name
    if not path.is_file():  # pragma: no cover - the files ship with PyThaiNLP
        return {}
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8-sig"))
    return table


_THAI_TREEBANK = "pos_tud_unigram.json"
"""The table of the Thai Universal Dependencies treebank (TUD): it knows verbs ORCHID's
tags otherwise ("นอน", to sleep, is ORCHID's noun) or lacks ("เหนื่อย", tired; "พัด",
to blow)."""


_THAI_LONGEST_TAGGED = 24
"""The longest word :func:`_thai_first_tag` looks up at the start of a run."""


@lru_cache(maxsize=4096)
def _thai_first_tag(run: str) -> str | None:
    """The ORCHID part of speech of the first word of ``run``: of its longest beginning
    that the table (:func:`_thai_tags`) holds, as a dictionary segmenter would cut it;
    None without PyThaiNLP or when no beginning is a word of the table."""
    tags = _thai_tags()
    for length in range(min(len(run), _THAI_LONGEST_TAGGED), 0, -1):
        tag = tags.get(run[:length])
        if tag is not None:
            return tag
    return None


def _turkic_lower(text: str) -> str:
    """Lower-case with the dotted and dotless i of Turkish: I -> ı, İ -> i."""
    return text.replace("I", "\u0131").replace("\u0130", "i").lower()


_stemmers = threading.local()
"""PyStemmer's stemmers are not thread-safe: one per thread and algorithm."""


def _stemmer(algorithm: str) -> Any:
    made: dict[str, Any] | None = getattr(_stemmers, "made", None)
    if made is None:
        made = _stemmers.made = {}
    stemmer = made.get(algorithm)
    if stemmer is None:
        stemmer = made[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmer


def _encodable(word: str) -> bool:
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_UNSPACED_CHARACTER = regex.compile(rf"[{_CJK}\p{{Thai}}]")
_WORD_CHARACTER = regex.compile(r"[\p{L}\p{N}]")


# ---------------------------------------------------------------------------
# The Language object
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceSpaces:
    """How a language that ends sentences with a space (Thai) tells them from clauses.

    Thai has no full stop: a space ends a sentence, but a space also separates
    the clauses of one sentence. A space between a character of ``before``
    and one of ``after`` ends the sentence, unless the words around it say
    the sentence goes on: the next word is one of ``joiners`` (a conjunction,
    a relative pronoun: "ซึ่ง", "แต่"), the last word is one of ``hangers``
    (a word that needs what follows: "กล่าวว่า", "และ"), or the sentence
    starts with one of ``openers`` (a subordinate clause, "ถ้า", "เมื่อ")
    and this is the first space of that sentence. The words are those of
    :meth:`Language.words` (dictionary words with PyThaiNLP installed).

    Parameters
    ----------
    before : str
        The characters a sentence-ending space may follow, as the inside of a
        regular-expression character class (``"\u0e01-\u0e2e"``).
    after : str
        The characters a sentence-ending space may come before, likewise.
    openers : frozenset of str, default=frozenset()
        Lower-case words that open a subordinate clause at the start of a
        sentence: the first space after that clause does not end the sentence.
    joiners : frozenset of str, default=frozenset()
        Lower-case words that continue a sentence when they follow a space; a
        phrase of five letters or more, or an abbreviation ("พ.ศ."), at the
        start of any text.
    hangers : frozenset of str, default=frozenset()
        Lower-case words after which a space does not end a sentence.
    titles : frozenset of str, default=frozenset()
        Words and abbreviations that open a person's name ("นาย", Mr;
        "พล.อ.", General): no space ends a sentence within the run of text
        that opens with one or the two runs after it, the surname and the
        position ("นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทาง ..."). A title
        without a period must be the run's first word, so "นายกรัฐมนตรี"
        (prime minister) does not open with "นาย".

    name_words : frozenset of str, default=frozenset()
        Words that open an organisation's name when they stand as a run of
        their own ("บริษัท", company: "บริษัท สยามเทค โซลูชันส์ จำกัด"): read
        as ``titles`` are, but only alone between spaces, since they are
        common nouns too ("บริษัทเปิดโรงงาน", the company opened a plant).

    lists : frozenset of str, default=frozenset()
        Words that announce a list, written as a run of their own ("ได้แก่",
        namely; "เช่น", such as): its items are separated by spaces, none of
        which ends the sentence before the last item, opened with one of
        ``list_links``.
    list_links : frozenset of str, default=frozenset()
        Words written onto a list's last item ("และ", and; "หรือ", or:
        "และแม่ฮ่องสอน"), read with ``lists``.

    units : frozenset of str, default=frozenset()
        Words that follow a figure within its sentence: scales, currencies,
        units, counters and the prepositions a figure takes ("3 ล้านคัน",
        "10 โมง", "2-1 ในการแข่งขัน"). A space after a digit is read as one
        between words (``before`` holds the digits), but before one of these
        it ends nothing, and it is no space that closes an opening clause
        ("เมื่อวันที่ 12 มี.ค. 2567 ดร.สมชาย ...").

    continuing_tags : frozenset of str, default=frozenset()
        Parts of speech (:meth:`Language.first_word_tag`) that open no
        sentence after a space: a verb, an auxiliary or a negation whose
        subject stands before the space ("ธปท. เปิดเผยว่า เศรษฐกิจ ... ปี 2567
        ขยายตัวร้อยละ 2.3", the economy grew), a preposition ("ในศึก ...").
    predicate_tags : frozenset of str, default=frozenset()
        Parts of speech of which a sentence that a space ends holds a word
        (:meth:`Language.has_predicate`): a verb or an auxiliary. Two pieces
        that a space parts, when one of them holds none ("บุรีรัมย์ ยูไนเต็ด",
        a team's name; "มูลค่าการซื้อขาย 42,315.67 ล้านบาท", a figure and what
        it counts), are one sentence.

    Examples
    --------
    >>> spaces = get("th").sentence_spaces
    >>> "ซึ่ง" in spaces.joiners, "ถ้า" in spaces.openers, "กล่าวว่า" in spaces.hangers
    (True, True, True)
    >>> get("en").sentence_spaces is None
    True
    """

    before: str
    after: str
    openers: frozenset[str] = field(default_factory=frozenset)
    joiners: frozenset[str] = field(default_factory=frozenset)
    hangers: frozenset[str] = field(default_factory=frozenset)
    titles: frozenset[str] = field(default_factory=frozenset)
    name_words: frozenset[str] = field(default_factory=frozenset)
    lists: frozenset[str] = field(default_factory=frozenset)
    list_links: frozenset[str] = field(default_factory=frozenset)
    units: frozenset[str] = field(default_factory=frozenset)
    continuing_tags: frozenset[str] = field(default_factory=frozenset)
    predicate_tags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        for name in ("before", "after"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise InvalidParameterError(
                    f"The {name!r} parameter of SentenceSpaces must be a non-empty str. "
                    f"Got {value!r} instead."
                )


# ---------------------------------------------------------------------------
# Numbers: what the disagreements need to read a language's figures
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Numerals:
    """How a language writes the figures the disagreements compare, beyond digits.

    Every table holds lower-case words or phrases (Chinese, Japanese and
    Korean ones as written); an empty table adds nothing to what every
    language reads (digits with the language's separators, the English scale
    words and currencies, "$", "€", "£", "¥"). English adds its spelled-out
    numbers, the nouns that count people and what befell them.

    Parameters
    ----------
    words : tuple of (str, int), default=()
        Spelled-out numbers read as their digits ("douze", 12): only words
        that are never anything else, so not "one" or "un" (also an article)
        nor French "neuf" (also "new").
    scales : tuple of (str, float), default=()
        Words that multiply the number before them ("millionen", 1e6; "万",
        1e4): "3,5 Millionen" is 3.5e6, "1万2000" is 12000.
    joiners : tuple of str, default=()
        Words between a scale word and what it counts ("de", "d'": "3
        millions d'euros").
    currencies : tuple of (str, str), default=()
        Currency words and their ISO 4217 codes ("dólares", "USD"; "元",
        "CNY").
    people : tuple of str, default=()
        Nouns and counters that count people ("personnes", "Menschen", "人",
        "명"): a count of them is of ``"person"``, even when the word is a
        stopword, and names what happened to them when the clause says
        (``topics``).
    counters : tuple of (str, str), default=()
        Counters written right after a number (Chinese, Japanese, Korean),
        each with what it counts ("例", ``"case"``); those of ``people``
        count ``"person"``.
    topics : tuple of (str, str), default=()
        Words that tell what happened to people, each with its key ("tués",
        ``"dead"``; "受伤", ``"injured"``): a count of people in a clause with
        one of them is of ``"person:dead"``, a count of a topic word itself
        ("12 morts", "12 Tote") too; a clause with two keys is not read.
    bounds : tuple of (str, str), default=()
        Words before a number that qualify it, each with its bound
        (``"above"``, ``"below"``, ``"about"``): Chinese "超过", Korean "약",
        Portuguese "ao menos" (besides "more than", "plus de", "mehr als" and
        the other bounds of the languages of Europe, read in all of them).
    bounds_after : tuple of (str, str), default=()
        The same, written after the number or its counter ("100多人",
        "12명 이상").
    attached : bool, default=False
        Counters and particles are written onto the number and words (Chinese,
        Japanese, Korean): a number needs no space or word boundary before its
        counter, and topics are found inside words.
    ordinals : tuple of str, default=()
        With ``attached``, what written before a number makes it an ordinal
        ("第12名", the twelfth; Korean "제"): not a count.
    date_marks : tuple of str, default=()
        With ``attached``, the marks after a date's year, month and day
        (``("年", "月", "日")``: "2024年3月5日"), or none.
    percent_words : tuple of str, default=()
        With ``attached``, words written after a number for "percent", besides
        "%" (Korean "퍼센트").
    sources : tuple of str, default=()
        Words or phrases written before the source of a figure ("according
        to", "enligt", "selon"): the capitalised words after one name who
        gives the figure, not whom it is of, and do not tell two actors apart
        ("8,8 procent enligt SCB" and "8,6 procent" may disagree).
    sources_after : tuple of str, default=()
        The same, written after the source (Finnish "mukaan", Turkish "göre",
        German "zufolge").

    Examples
    --------
    >>> dict(get("de").numerals.scales)["millionen"], dict(get("zh").numerals.scales)["万"]
    (1000000.0, 10000.0)
    >>> dict(get("fr").numerals.words)["douze"], dict(get("en").numerals.topics)["killing"]
    (12, 'dead')
    """

    words: tuple[tuple[str, int], ...] = ()
    scales: tuple[tuple[str, float], ...] = ()
    joiners: tuple[str, ...] = ()
    currencies: tuple[tuple[str, str], ...] = ()
    people: tuple[str, ...] = ()
    counters: tuple[tuple[str, str], ...] = ()
    topics: tuple[tuple[str, str], ...] = ()
    bounds: tuple[tuple[str, str], ...] = ()
    bounds_after: tuple[tuple[str, str], ...] = ()
    attached: bool = False
    ordinals: tuple[str, ...] = ()
    date_marks: tuple[str, ...] = ()
    percent_words: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sources_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeechTags:
    """How a language writes a bare quotation tag, a sentence whose quotation is in another.

    A tag is a candidate of at most 8 words that is at most four words
    (the speaker) and a verb of ``verbs`` at its end ("Frei asked.", "Le
    ministre a ajouté."), or, with ``speaker_after``, a verb of ``verbs``
    followed by one to four words ("asked one Democratic strategist.",
    "sagte der Minister."); either may end with a phrase of one to three words
    opened by one of ``places`` ("in an interview"). Such a candidate is a
    fragment (``summarize.scorers.quality.is_fragment``).

    Parameters
    ----------
    verbs : frozenset of str
        Lower-case verbs of saying, or phrases of a few words separated by
        single spaces ("said", "a déclaré", "fügte hinzu").
    speaker_after : bool, default=False
        A verb of ``verbs`` may open the tag, the speaker after it. Only for
        languages where a statement does not open with its verb: English,
        and the Germanic languages, whose verb comes second. Not in languages
        that drop the subject (Spanish "Afirmó que ..." is a statement).
    adverbials_after : bool, default=False
        With ``speaker_after``, a tag whose pronoun follows its verb inside a
        sentence may go on with words of time, place or manner before the
        comma or final punctuation that ends it ("..., sagte er am Montag in
        Berlin."): in the Germanic languages but English, where a verb of
        saying takes what was said only after a comma (in English "..., said
        he would go" is no tag).
    places : frozenset of str, default=frozenset()
        Lower-case prepositions that open a short phrase after the tag.
    pronouns : frozenset of str, default=frozenset()
        Lower-case personal pronouns that, as the speaker of a tag inside or
        at the end of a sentence ("Seventeen others died, he said."; German
        "..., sagte er."), name someone the sentence does not: such a
        sentence dangles as one opening with "He said" does. Read before the
        verb, or after it with ``speaker_after``.
    complementisers : frozenset of str, default=frozenset()
        Lower-case words that open what was said after a verb of saying
        (Spanish and Portuguese "que", Italian "che", Polish "że"): a
        sentence that opens with a ``bare`` tag and one of them names its
        speaker by nothing ("Dijo que ...", "Ha spiegato che ...").
    bare : frozenset of str, default=frozenset()
        Lower-case whole tags that name their speaker by a pronoun inside them
        or by nothing at all, read between a comma (perhaps with a dash) and a
        comma or final punctuation: French "a-t-il dit", "dit-elle", "selon
        lui"; in the languages that leave the subject out, a verb of ``verbs``
        alone or with a pronoun after it (Portuguese "..., disse.", "...,
        disse ele."; Polish "..., powiedział."), and Russian "сказал он". A
        sentence with one dangles as with ``pronouns``.
    verb_final : bool, default=False
        The verb closes the tag, after its speaker and any words of place or
        manner: a quoted question or exclamation followed, on its line, by a
        short clause that ends on a verb of ``verbs`` and holds none of
        ``complementisers`` is one sentence with it (Hindi "“... होगी?” विपक्ष
        के नेता ने संसद में सरकार से पूछा।").

    Examples
    --------
    >>> tags = get("en").speech_tags
    >>> "said" in tags.verbs, tags.speaker_after, "in" in tags.places
    (True, True, True)
    >>> "a ajouté" in get("fr").speech_tags.verbs, get("fr").speech_tags.speaker_after
    (True, False)
    """

    verbs: frozenset[str]
    speaker_after: bool = False
    adverbials_after: bool = False
    places: frozenset[str] = field(default_factory=frozenset)
    pronouns: frozenset[str] = field(default_factory=frozenset)
    bare: frozenset[str] = field(default_factory=frozenset)
    complementisers: frozenset[str] = field(default_factory=frozenset)
    verb_final: bool = False


@dataclass(frozen=True)
class Language:
    """Everything the library knows about one language.

    Frozen and picklable; change one with :func:`dataclasses.replace`, e.g.
    to add stopwords. Get the built-in languages with :func:`get`.

    Parameters
    ----------
    code : str
        ISO 639-1 code, e.g. ``"de"``.
    name : str
        English name, lower-case, e.g. ``"german"``.
    aliases : tuple of str
        Other names :func:`get` accepts (ISO 639-2 codes, the language's own
        name); matched case-insensitively, like ``code`` and ``name``.
    stopwords : frozenset of str
        Lower-case words that carry no topic; never terms.
    stemmer : str or None
        Snowball algorithm name for PyStemmer (``Stemmer.algorithms()``), or
        None for no stemming.
    script_unspaced : bool
        Words are not separated by spaces (Chinese, Japanese, Thai).
    sentence_enders : str
        Characters that end a sentence, e.g. ``".!?。！？"``.
    abbreviations : frozenset of str
        Lower-case abbreviations, without their final period, after which a
        period does not end a sentence: ``"dr"``, ``"z.b"``, ``"m.in"``.
    ordinal_period : bool
        A number followed by a period is an ordinal ("3. Oktober"), not a
        sentence end, when the next word starts in lower case or is a month
        (with ``nouns_capitalised``: unless it is a capitalised stopword).
    furniture : tuple of str
        Lower-case phrases of page furniture in the language ("back to top",
        "weiterlesen"); see :meth:`is_furniture`.
    months : frozenset of str, default=frozenset()
        Lower-case month names and their abbreviations, for the ordinal rule.
    elisions : frozenset of str, default=frozenset()
        Elided words written with an apostrophe before the next word
        (French "l", "qu"): ``"l'homme"`` gives the words ``"l'"`` and
        ``"homme"``.
    chars_per_word : float or None, default=None
        For unspaced scripts, how many characters of the script count as one
        word in :meth:`word_count`; None for spaced scripts.
    list_ends : frozenset of str, default=frozenset()
        Lower-case abbreviations that close an enumeration ("etc", German
        "usw", Russian "т.д") or a figure where nouns are in lower case
        (Russian "долл", "руб"), without their final period: a capitalised
        word after one starts a new sentence, even a name; not an acronym
        ("28 млрд долл. США").
    quote_particles : frozenset of str, default=frozenset()
        Characters that continue a sentence right after a closing quotation
        mark that follows a sentence ender (Japanese と and って:
        「行こう。」と言った), or that closes a quotation of several sentences
        reported inside one (「最優先する。年内にまとめたい」と述べた; Korean
        “최선을 다했다. 받아들이겠다”고 말했다): no ender inside such a quotation
        ends the sentence.
    prefixes : frozenset of str, default=frozenset()
        Letters written as a prefix of the next word (Hebrew ב, ה, ו, כ, ל,
        מ, ש): an abbreviation is also recognised after one or two of them
        ("ברח." is "in the street").
    sentence_spaces : SentenceSpaces or None, default=None
        For a language that ends sentences with a space instead of
        punctuation (Thai), where such a space may be and which words around
        it say the sentence goes on; None for the others.
    token_pattern : str or None, default=None
        A regular expression (Python ``re`` syntax) that finds the words the
        features stage counts (terms and word pairs) in lower-cased text
        without whitespace, in place of :meth:`words`; None to count the
        words of :meth:`words`. English has :data:`ENGLISH_TOKEN_PATTERN`.
    dash_bullets : bool, default=False
        A dash opening a sentence is a list's bullet, never the mark of direct
        speech (English, German: "- Multiply your weight by 700."): the
        segmenter cuts it off the sentence, as it does "-- " and "• " in every
        language. False where a dash may open direct speech (Portuguese "- Não
        sei.", Russian "— Да.", Swedish "– Ja.") or is not known not to.
    decimal_comma : bool, default=False
        Numbers are written with a decimal comma and a thousands point
        ("72,9 Prozent", "1.234,5"), as the disagreements read them.
    quote_tags : frozenset of str, default=frozenset()
        Words that end a speech tag written right after a quotation, with no
        space (Chinese 说, 表示: “……！”他说。): a clause of at most 30
        characters ending with one, after a closing quotation mark that
        follows a sentence ender, continues the quotation's sentence.
    nouns_capitalised : bool, default=False
        Nouns start with a capital letter (German): after an ordinal's period
        a capitalised word may go on with the sentence ("im 19. Jahrhundert"),
        so only a capitalised stopword ("Die", "Er") starts the next one.
    titles : frozenset of str, default=frozenset()
        The abbreviations of ``abbreviations`` written before a name ("dr",
        "gen", "sen"). When a language has them, a line break after any other
        abbreviation of two letters or more ("Inc.", "p.m.") before a capital
        ends the sentence, unless the text is hard-wrapped; after a title or
        an initial it never does ("Dr." ending a line, "Maria Gomez" the next).
    ordinal_words : frozenset of str, default=frozenset()
        Lower-case words after which a number with a period is an ordinal,
        whatever capitalised word follows (German "zum", "der", "seinen":
        "Zum 3. Mal", "der 42. Jahrestag"). Read with ``nouns_capitalised``.
    count_words : frozenset of str, default=frozenset()
        Lower-case words after which a number is a count, never an ordinal
        (German "auf", "um", "rund"): with ``nouns_capitalised``, a
        capitalised word that is no month after the number's period starts a
        sentence ("stieg auf 42. Rettungskräfte suchten weiter") when the line
        goes on to a sentence ender ("Vettel auf 3. Platz", a headline, is
        not split).
    year_marks : frozenset of str, default=frozenset()
        Abbreviations of ``abbreviations`` written after a year, whose period
        after a number ends the sentence where no capital tells (Arabic "م"
        and "هـ": "... عام ١٩٧٣ م. ودعا ..."), and before a capital when the
        year closes a clause, at least four words into its sentence (Polish
        "Umowę podpisano 3 maja 2020 r. Dokument ...", Russian "г."); a year
        that opens its sentence is an adverbial before its subject ("W 2020 r.
        Polska ...", "В мае 2023 г. Путин ...").
    regions : frozenset of str, default=frozenset()
        Abbreviations of ``abbreviations`` for a region written after a place
        and a comma (US states: "Burbank, Calif."): there, a capitalised word
        after one starts a new sentence, as after a list end ("... based in
        Burbank, Calif. Revenue rose ..."); elsewhere ("N.C. State") they are
        read as other abbreviations.
    time_marks : frozenset of str, default=frozenset()
        Abbreviations of ``abbreviations`` for the time of day after a number
        ("a.m", "p.m"): before a capital that is no month, no word of
        ``calendar_words`` and no acronym, they end the sentence when the time
        closes a clause, three words or more into its sentence ("Polls close
        at 8 p.m. Results are expected ..."; not "at 10 a.m. Saturday", "at 2
        p.m. Eastern", "At 2 p.m. President Obama will speak").
    calendar_words : frozenset of str, default=frozenset()
        Lower-case days of the week and time zones that follow a time
        ("Saturday", "Eastern"), read with ``time_marks``.
    bridges : frozenset of str, default=frozenset()
        Abbreviations of ``abbreviations`` that always go on into what follows,
        whatever its case ("a.k.a. \"The Ghost\"", "e.g. The Times", "vs.
        The State"): their period never ends a sentence on the same line.
    name_closers : frozenset of str, default=frozenset()
        Abbreviations of ``abbreviations`` that close a name ("Jr.", "Inc.",
        "Ltd."): after one, a capitalised word followed by a verb of
        ``speech_tags`` opens a sentence ("... founded by Harold Simms Jr.
        Ruiz said ..."), where a capitalised word alone may go on with the
        name ("Apple Inc. Chief Executive Tim Cook", "King Jr. Day").
    sentence_openers : frozenset of str, default=frozenset()
        Lower-case common words that news writes capitalised only to open a
        sentence and never as a name's first word: groups of people
        ("officials", "diplomats", "passengers"), what markets report
        ("shares", "terms") and sentence adverbs ("separately"). After an
        abbreviation that is no title nor initial, one of them, capitalised
        and followed by a space and a word in lower case, starts a sentence ("...
        across the U.S. Officials said ..."; not "the U.S. Embassy", "the
        U.N. Security Council"), where the text itself has no evidence (see
        the orthographic rule of the Segmentation page).
    open_endings : tuple of str, default=()
        Endings of a word that no sentence ends on, for the languages that
        write their particles and connective endings onto the word (Korean
        "에서", "를", "된"; Japanese "を", "から"): a line that ends on one,
        without punctuation, goes on into the next line when that line holds
        a sentence ender, as hard-wrapped prose does ("전망치를 2.1%에서" |
        "1.9%로 낮췄다.").
    surname_endings : tuple of str, default=()
        Endings of surnames, for the languages whose running text writes a
        name as its surname, then two initials (Russian "Петров А. С."):
        after the second initial of a word with one of them that stands
        inside its sentence, a capitalised word without one opens the next
        sentence ("... подписал заместитель министра Петров А. С. Экспозиция
        продлится ..."); initials before a surname go on ("А. С. Пушкин",
        "президент В. В. Путин", "глава МИД России С. В. Лавров"). Empty: no
        such rule.
    initial_surnames : bool, default=False
        For the languages whose news cuts a private person's surname to its
        initial (Polish "Piotr K.", Czech "Martin H.", Vietnamese "Nguyễn
        Văn T."), and writes no middle initial: a capital initial after a
        capitalised word of two letters or more that is neither a title nor
        its sentence's first word ends the sentence when a capitalised word
        in lower case after its first letter follows ("... zarzuty
        Piotrowi K. Mężczyzna nie ..."). English "George W. Bush" goes on.
    amount_marks : frozenset of str, default=frozenset()
        Lower-case abbreviations of an amount written after a number (Polish
        "proc.", "tys."): after one, a capitalised word in lower case after
        its first letter opens the next sentence ("wzrosły o 0,3 proc.
        Ekonomiści ..."), unless it ends with one of ``genitive_endings``.
    genitive_endings : tuple of str, default=()
        Endings of the capitalised nouns an amount counts (Polish "40 tys.
        Polaków", "30 proc. Amerykanów": a genitive plural), after which the
        sentence goes on.
    abbreviation_suffixes : tuple of str, default=()
        Lower-case endings that make a word an abbreviation of a compound
        (German "Hauptstr.", "Bahnhofstr.": "-straße"), read on words
        longer than the ending.
    final_particles : frozenset of str, default=frozenset()
        Short stopwords a sentence or a headline may end on: the particles of
        separable verbs (German "Die IG Metall kündigt Widerstand an", Dutch
        "Het kabinet stapt op"). A line without final punctuation that ends on
        another short stopword ("der", "the") goes on into the next line;
        one that ends on one of these may be whole.
    outlet_tags : bool, default=False
        The news opens an article with its outlet's tag in brackets and no
        separator ("(TNO) Công an ..."): such a tag, in capitals, before the
        article's first word is furniture.
    notices : tuple of str, default=()
        Lower-case phrases that open a notice of the site, not of the news
        (cookies, paywalls, requests to readers: "we use cookies", Polish
        "ta strona używa plików cookie", Japanese "この記事は有料記事です"): a
        sentence opening with one is furniture however long, and so is the
        rest of its line (see :meth:`is_furniture`).
    byline_words : frozenset of str, default=frozenset()
        Lower-case words that open a byline before the writer's name (English
        "by", French "par", German "von", Danish "af"): "Af Mette Hansen,
        politisk redaktør." is no sentence of the news
        (``summarize.scorers.quality.is_fragment``).
    related_headings : frozenset of str, default=frozenset()
        Lower-case headings of a list of links to other stories ("read
        also", "most read", Czech "čtěte také", Korean "관련기사"): the short
        lines after such a heading on a line of its own are those stories'
        headlines, furniture even with a full stop
        (:func:`summarize.split_sentences`).
    numerals : Numerals, default=Numerals()
        How the language writes figures beyond digits: number and scale
        words, currencies, counters, what people counted went through
        (:class:`Numerals`); read by the disagreements.
    dangling_openers : frozenset of str, default=frozenset()
        Lower-case words and phrases (words separated by single spaces) that,
        opening a sentence, point back to a sentence before it: pronouns
        ("he", French "ils", Russian "по его словам", according to him) and
        connectives ("but", Spanish "sin embargo"). Never a word that is also
        an article or a determiner (French "le", German "die"). A phrase and
        a sentence are compared by their :meth:`words` ("d'après lui" is
        "d'", "après", "lui"; "celui-ci" one word; in Chinese and Japanese
        each character one). A phrase may end with an elided word ("alors
        qu'"). Empty: no sentence is a dangling opener.
    standalone_openers : frozenset of str, default=frozenset()
        Lower-case phrases that open with a word of ``dangling_openers`` but
        need no sentence before, an impersonal form (French "il y a", "il
        faut"). The longest phrase of either set that opens a sentence decides.
    subordinators : frozenset of str, default=frozenset()
        Lower-case conjunctions that open a subordinate clause ("because",
        "when"; French "lorsque", Portuguese "quando"). A personal pronoun
        after an opening phrase of up to eight words and a comma points back
        ("Speaking to reporters outside the courthouse, he ...", "The son of
        an Oklahoma broker, he ..."), unless the phrase opens with one of them
        and is longer than three words: a clause may hold the pronoun's noun
        ("Because the water cools the panels, they ...").
    dangling_asides : frozenset of str, default=frozenset()
        Lower-case connectives that point back to a sentence before when
        they are set off by commas inside a sentence or at its end ("The
        plan, however, failed."; "Kuwait, after all, ..."; "He was
        arrested, too."; Portuguese "O governo, no entanto, ..."): a comma,
        the phrase, then a comma or final punctuation. Written as
        ``dangling_openers`` are; for languages that set such words off with
        commas. Empty: none.
    unquoted_openers : frozenset of str, default=frozenset()
        Lower-case pronouns of the first and second person that point back
        when they open a sentence outside a quotation ("You have inspected the
        flooded areas.", "We have seen this before."): the reader of a
        summary is not the one addressed, nor one of "we". Inside a quotation
        its speaker is who they point to. Written as ``dangling_openers``
        are. Empty: none.
    attribution_openers : frozenset of str, default=frozenset()
        Lower-case openings of a sentence that only says who said or reported
        the sentence before it (Czech "Uvedl to ministr ...", Swedish "Det
        säger riksbankschefen ...", Russian "Об этом сообщил ...", German "Das
        teilte ... mit"): with at most 14 words such a sentence tells nothing
        without that one, and is a fragment. Written as ``dangling_openers``
        are. Empty: none.
    dangling_endings : frozenset of str, default=frozenset()
        Lower-case particles that, closing a sentence with or without a comma
        before them, point back to what a sentence before said: addition and
        contrast ("The bank cut its forecast as well.", "The court found
        otherwise.", "Police did not comment either."; French "lui aussi",
        Portuguese "também", German "auch"). Written as ``dangling_openers``
        are, of up to four words; read right before the final punctuation. Empty:
        none.
    inner_connectives : frozenset of str, default=frozenset()
        Lower-case connectives that point back to a sentence before wherever
        they stand, with or without commas, in the languages that write them
        inside a clause without setting them off (German "Die Abstimmung
        wurde jedoch verschoben.", Dutch "echter", Polish "jednak", Czech
        "však"): contrast, cause and addition ("however", "therefore",
        "moreover"), not "also". Read as whole words after the first. Empty:
        none.
    postposed_demonstratives : frozenset of str, default=frozenset()
        Lower-case demonstratives written after their noun (Hebrew "הזאת":
        "ההחלטה הזאת", this decision; Vietnamese "này": "Quyết định này"): as
        the second or third word of a sentence they point back, unless the
        phrase they close is one of ``standalone_openers`` (a time of the
        writing: "Tuần này", this week).
    inner_demonstratives : frozenset of str, default=frozenset()
        Lower-case plural demonstratives that point back to a sentence before
        from inside a sentence, before their noun ("Gorbachev ignored these
        warnings.", French "ces mesures", German "diese Maßnahmen"): read
        after the first word, not right after a semicolon or a colon (where
        one opens a clause of its own: "...; these include ..."). Empty: none.
    early_pronouns : frozenset of str, default=frozenset()
        Lower-case third-person personal pronouns, neither reflexive nor
        possessive, that point outside a sentence when they stand among its
        first four words, after the first, before any punctuation or one of
        ``clause_words``: no noun before them can be theirs, as a pronoun
        never stands for the subject of its own clause (German "Am Montag
        sagte er ...", "Die Polizei nahm ihn fest."; Russian "В понедельник
        она заявила ..."; English "Many of them ...", "Police arrested him
        ..."). Read as written, in lower case ("Han Kang" is a name), and not
        in a sentence opened by one of ``subordinators`` or by a word with one
        of ``participle_endings``, whose pronoun may stand for a noun after it
        ("Als er 2021 ins Kanzleramt einzog, versprach Olaf Scholz ...",
        "Declaring him a martyr, Pope John Paul II ..."). Empty: none.
    fronted_pronouns : frozenset of str, default=frozenset()
        Lower-case subject pronouns that point outside a sentence when they
        follow a short phrase that opens it with one of ``prepositions`` and
        names no one (no capitalised word but a month or a day), without a
        comma, in a language whose subject otherwise comes first (English
        "On Monday he told reporters ...", "In 2019 they ..."; the Germanic
        languages put the verb there, and ``early_pronouns`` read them).
    prepositions : frozenset of str, default=frozenset()
        Lower-case prepositions that open a phrase of time or place ("on",
        "in", "after"), for ``fronted_pronouns``.
    clause_words : frozenset of str, default=frozenset()
        Lower-case words that open a clause inside a sentence (English
        "that", "who", "and"; Dutch "dat", "die"), after which an early
        pronoun may stand for a noun before them ("Rutte zei dat hij ...").
    second_pronouns : frozenset of str, default=frozenset()
        Lower-case unstressed personal pronouns that point back as a
        sentence's second word, in the Slavic languages that put them there
        (Czech "Policie ho zadržela.", the police detained him; Polish
        "Policja go zatrzymała."; Russian "Полиция его задержала."): the one
        word before them is their verb's subject or an adverb, never their
        noun. Empty: none.
    demonstrative_exceptions : frozenset of str, default=frozenset()
        Lower-case words after which an inner demonstrative points back to
        nothing: nouns of the time of the writing ("these days", "ces
        jours-ci") and numbers ("ces deux dernières semaines"). A stopword
        after it makes it a pronoun ("those of a study"), also no pointer.
    participle_endings : tuple of str, default=()
        Endings of a word after which a demonstrative is a pronoun, the word
        a participle ("those receiving the treatment"): English "ing".
    speech_tags : SpeechTags or None, default=None
        How a bare quotation tag ("Frei asked.") reads; None for a language
        without a list.

    Examples
    --------
    >>> import pickle
    >>> french = get("fr")
    >>> french.words("L'homme qu'il a vu n'est pas là.")
    ["l'", 'homme', "qu'", 'il', 'a', 'vu', "n'", 'est', 'pas', 'là']
    >>> french.stem(["présidents", "élections"])
    ['président', 'élect']
    >>> pickle.loads(pickle.dumps(french)) == french
    True
    """

    code: str
    name: str
    aliases: tuple[str, ...]
    stopwords: frozenset[str]
    stemmer: str | None
    script_unspaced: bool
    sentence_enders: str
    abbreviations: frozenset[str]
    ordinal_period: bool
    furniture: tuple[str, ...]
    months: frozenset[str] = field(default_factory=frozenset)
    elisions: frozenset[str] = field(default_factory=frozenset)
    chars_per_word: float | None = None
    list_ends: frozenset[str] = field(default_factory=frozenset)
    quote_particles: frozenset[str] = field(default_factory=frozenset)
    prefixes: frozenset[str] = field(default_factory=frozenset)
    sentence_spaces: SentenceSpaces | None = None
    token_pattern: str | None = None
    nouns_capitalised: bool = False
    dash_bullets: bool = False
    decimal_comma: bool = False
    quote_tags: frozenset[str] = field(default_factory=frozenset)
    titles: frozenset[str] = field(default_factory=frozenset)
    # -- Ordinals and counts, for the segmenter --
    ordinal_words: frozenset[str] = field(default_factory=frozenset)
    count_words: frozenset[str] = field(default_factory=frozenset)
    year_marks: frozenset[str] = field(default_factory=frozenset)
    regions: frozenset[str] = field(default_factory=frozenset)
    time_marks: frozenset[str] = field(default_factory=frozenset)
    calendar_words: frozenset[str] = field(default_factory=frozenset)
    bridges: frozenset[str] = field(default_factory=frozenset)
    name_closers: frozenset[str] = field(default_factory=frozenset)
    sentence_openers: frozenset[str] = field(default_factory=frozenset)
    open_endings: tuple[str, ...] = ()
    surname_endings: tuple[str, ...] = ()
    initial_surnames: bool = False
    amount_marks: frozenset[str] = field(default_factory=frozenset)
    genitive_endings: tuple[str, ...] = ()
    abbreviation_suffixes: tuple[str, ...] = ()
    final_particles: frozenset[str] = field(default_factory=frozenset)
    outlet_tags: bool = False
    notices: tuple[str, ...] = ()
    byline_words: frozenset[str] = field(default_factory=frozenset)
    related_headings: frozenset[str] = field(default_factory=frozenset)
    # -- Figures, for the disagreements (kept apart: a block of its own) --
    numerals: Numerals = field(default_factory=Numerals)
    # -- Sentences that read badly out of context, for the quality rules --
    dangling_openers: frozenset[str] = field(default_factory=frozenset)
    standalone_openers: frozenset[str] = field(default_factory=frozenset)
    subordinators: frozenset[str] = field(default_factory=frozenset)
    dangling_asides: frozenset[str] = field(default_factory=frozenset)
    unquoted_openers: frozenset[str] = field(default_factory=frozenset)
    attribution_openers: frozenset[str] = field(default_factory=frozenset)
    dangling_endings: frozenset[str] = field(default_factory=frozenset)
    inner_connectives: frozenset[str] = field(default_factory=frozenset)
    postposed_demonstratives: frozenset[str] = field(default_factory=frozenset)
    inner_demonstratives: frozenset[str] = field(default_factory=frozenset)
    early_pronouns: frozenset[str] = field(default_factory=frozenset)
    fronted_pronouns: frozenset[str] = field(default_factory=frozenset)
    prepositions: frozenset[str] = field(default_factory=frozenset)
    clause_words: frozenset[str] = field(default_factory=frozenset)
    second_pronouns: frozenset[str] = field(default_factory=frozenset)
    demonstrative_exceptions: frozenset[str] = field(default_factory=frozenset)
    participle_endings: tuple[str, ...] = ()
    speech_tags: SpeechTags | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code or self.code != self.code.lower():
            raise InvalidParameterError(
                f"The 'code' parameter of Language must be a lower-case ISO 639-1 code. "
                f"Got {self.code!r} instead."
            )
        if self.stemmer is not None and self.stemmer not in Stemmer.algorithms():
            raise InvalidParameterError(
                f"The 'stemmer' parameter of Language must be None or one of "
                f"{', '.join(sorted(Stemmer.algorithms()))}. Got {self.stemmer!r} instead."
            )
        if not self.sentence_enders:
            raise InvalidParameterError(
                "The 'sentence_enders' parameter of Language must be a non-empty str. "
                f"Got {self.sentence_enders!r} instead."
            )
        if self.script_unspaced and not (self.chars_per_word and self.chars_per_word > 0):
            raise InvalidParameterError(
                "The 'chars_per_word' parameter of Language must be a positive float when "
                f"script_unspaced is True. Got {self.chars_per_word!r} instead."
            )

    def __repr__(self) -> str:
        return f"<Language {self.name} ({self.code})>"

    @property
    def space_ends_sentence(self) -> bool:
        """Whether a space may end a sentence (Thai): ``sentence_spaces`` is set.

        Examples
        --------
        >>> get("th").space_ends_sentence, get("en").space_ends_sentence
        (True, False)
        """
        return self.sentence_spaces is not None

    def lower(self, text: str) -> str:
        """``text`` in lower case, by the rules of the language (Turkish dotless i).

        Parameters
        ----------
        text : str

        Returns
        -------
        str

        Raises
        ------
        InputTypeError
            When ``text`` is not a str (bytes are to be decoded first).

        Examples
        --------
        >>> get("tr").lower("ISTANBUL İzmir"), get("en").lower("ISTANBUL")
        ('ıstanbul izmir', 'istanbul')
        """
        if not isinstance(text, str):
            check_text("Language.lower", "text", text)
        return _turkic_lower(text) if self.code == "tr" else text.lower()

    def _lower(self, text: str) -> str:
        """:meth:`lower` of a ``text`` already known to be a str (the checked methods and
        their loops call this one: the check is made once, where the text comes in)."""
        return _turkic_lower(text) if self.code == "tr" else text.lower()

    def person_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The given names and the family names the language knows, for a language that
        writes a name without a title between spaces that may end sentences (Thai, from
        PyThaiNLP's corpora when it is installed); two empty sets elsewhere.

        Returns
        -------
        tuple of (frozenset of str, frozenset of str)
            Given names, family names.

        Examples
        --------
        >>> given, family = get("en").person_names()
        >>> len(given), len(family)
        (0, 0)
        """
        return _thai_names() if self.sentence_spaces is not None else (frozenset(), frozenset())

    def first_word_tag(self, text: str) -> str | None:
        """The part of speech of the first word of ``text`` (up to its first space), for a
        language whose spaces may end sentences: Thai, from the table of each word's most
        frequent part of speech in the ORCHID corpus that PyThaiNLP ships ("VACT" an
        active verb, "NCMN" a common noun), when it is installed. None elsewhere, or
        without it, or for a word the table does not hold.

        Parameters
        ----------
        text : str

        Returns
        -------
        str or None

        Raises
        ------
        InputTypeError
            When ``text`` is not a str.

        Examples
        --------
        >>> get("en").first_word_tag("Officials said") is None
        True
        """
        if not isinstance(text, str):
            check_text("Language.first_word_tag", "text", text)
        if self.sentence_spaces is None or not text.strip():
            return None
        return _thai_first_tag(text.split(None, 1)[0])

    def has_predicate(self, text: str) -> bool:
        """Whether ``text`` may be a sentence of its own where a space ends sentences: it
        holds a word whose part of speech is one of ``sentence_spaces.predicate_tags``,
        a verb or an auxiliary. In Thai, a word's most frequent part of speech in
        the ORCHID corpus (as for :meth:`first_word_tag`) or in the Thai Universal
        Dependencies treebank, from the tables PyThaiNLP ships. True when there is
        nothing to test: in a language whose spaces end no sentence, without
        predicate tags, or without PyThaiNLP.

        Parameters
        ----------
        text : str

        Returns
        -------
        bool

        Raises
        ------
        InputTypeError
            When ``text`` is not a str.

        Examples
        --------
        >>> get("en").has_predicate("The team")
        True
        """
        if not isinstance(text, str):
            check_text("Language.has_predicate", "text", text)
        spaces = self.sentence_spaces
        if spaces is None or not spaces.predicate_tags:
            return True
        if not _thai_tags() or _thai_segmenter() is None:  # no table, or no dictionary words
            return True
        # Words never span white space: each run between spaces is read on its own, and
        # the runs met again (units, titles, names) are remembered.
        return any(self._run_has_predicate(run) for run in text.split())

    @lru_cache(maxsize=65536)  # noqa: B019 - a Language lives as long as the process
    def _run_has_predicate(self, run: str) -> bool:
        """Whether one run of text without white space holds a word of a predicate tag."""
        spaces = self.sentence_spaces
        wanted = spaces.predicate_tags if spaces is not None else frozenset()
        tags, treebank = _thai_tags(), _thai_tags(_THAI_TREEBANK)
        return any(
            tags.get(word) in wanted or treebank.get(word) in wanted for word in self.words(run)
        )

    def words(self, text: str) -> list[str]:
        """The lower-cased words of ``text``: the tokens the features are made of.

        Parameters
        ----------
        text : str

        Returns
        -------
        list of str
            In order of appearance. Typographic apostrophes and hyphens are
            replaced by ``'`` and ``-``.

        Raises
        ------
        InputTypeError
            When ``text`` is not a str (bytes are to be decoded first).

        Examples
        --------
        >>> english = get("english")
        >>> english.words("The U.S. didn't pay $240 or 227.8 million for COVID-19.")
        ['the', 'u.s.', "didn't", 'pay', '$240', 'or', '227.8', 'million', 'for', 'covid-19']
        >>> get("hi").words("भारत की राजधानी दिल्ली है।")
        ['भारत', 'की', 'राजधानी', 'दिल्ली', 'है']
        >>> get("zh").words("北京是中国的首都。")
        ['北', '京', '是', '中', '国', '的', '首', '都']
        >>> get("de").words("Gro\u0308ße") == get("de").words("Größe")  # in the NFC form
        True
        """
        if not isinstance(text, str):
            check_text("Language.words", "text", text)
        text = composed(text)  # "й" as "и" and a combining breve
        if _TO_NORMALISE.search(text):
            text = text.translate(_NORMALISE)
        unspaced = _MAYBE_UNSPACED.search(text) is not None
        pattern = _word_pattern(self.elisions, unspaced)
        tokens: list[str] = pattern.findall(self._lower(text))
        if unspaced and _THAI_RUN.search(text):
            split: list[str] = []
            for token in tokens:
                if _THAI_RUN.fullmatch(token):
                    split.extend(_thai_words(token))
                else:
                    split.append(token)
            return split
        return tokens

    def words_of_pieces(self, pieces: Sequence[str]) -> list[list[str]]:
        """:meth:`words` of each of ``pieces``, texts without whitespace, in fewer calls.

        Words never hold whitespace, and nothing of the word pattern looks past
        one, so the pieces of spaced scripts are read together, joined by
        spaces, by one pass of the pattern that also matches the space between
        two pieces; a piece with characters of a script written without spaces
        is read alone (its pattern differs).

        Parameters
        ----------
        pieces : sequence of str
            Texts without whitespace (as ``str.split`` gives them).

        Returns
        -------
        list of list of str
            The words of each piece, in order.

        Raises
        ------
        InputTypeError
            When ``pieces`` is a str, bytes or None rather than a sequence of
            texts, or holds something other than a str.

        Examples
        --------
        >>> get("english").words_of_pieces(["U.S.", "didn't", "$240,", "北京", "", "COVID-19."])
        [['u.s.'], ["didn't"], ['$240'], ['北', '京'], [], ['covid-19']]
        """
        if isinstance(pieces, (str, bytes, bytearray)) or pieces is None:
            raise self._not_words("words_of_pieces", "pieces", pieces)
        if not pieces:
            return []
        # A piece of ASCII letters, maybe before one mark that ends a word ("said,"), is one
        # word: every alternative of the pattern but the first needs a digit, an apostrophe,
        # a joiner or a period between letters. Most pieces are such words, and telling one
        # costs less than a match: only the others are read by the pattern.
        lower = self._lower
        found: list[list[str]] = []
        others: list[int] = []
        try:
            if not isinstance(pieces[0], str):  # bytes would pass; other items fail below
                raise TypeError(type(pieces[0]).__name__)
            for number, piece in enumerate(pieces):
                word = piece[:-1] if piece[-1:] in _WORD_ENDS else piece
                if word.isascii() and word.isalpha():
                    found.append([lower(word)])
                else:
                    found.append([])
                    others.append(number)
            if others:
                read = self._read_pieces([pieces[number] for number in others])
                for number, words in zip(others, read, strict=True):
                    found[number] = words
        except TypeError as error:  # no sequence, or an item that is no str: None, a number
            raise self._not_words("words_of_pieces", "pieces", pieces) from error
        return found

    def _read_pieces(self, pieces: Sequence[str]) -> list[list[str]]:
        """:meth:`words_of_pieces` of ``pieces`` by the pattern."""
        found: list[list[str]] = [[] for _ in pieces]
        text = " ".join(pieces) + " "
        if _MAYBE_UNSPACED.search(text):
            spaced = [i for i, piece in enumerate(pieces) if not _MAYBE_UNSPACED.search(piece)]
            is_spaced = set(spaced)
            for i, piece in enumerate(pieces):
                if i not in is_spaced:
                    found[i] = self.words(piece)
            if not spaced:
                return found
            text = " ".join(pieces[i] for i in spaced) + " "
        else:  # one search of the whole text instead of one per piece
            spaced = list(range(len(pieces)))
        text = composed(text)  # as words() reads it
        if _TO_NORMALISE.search(text):
            text = text.translate(_NORMALISE)
        words = _pieces_pattern(self.elisions).findall(self.lower(text))
        # Piece k's words lie between the k-th space and the next; the last piece takes
        # the rest (a space past the last piece is no word).
        ends = [i for i, word in enumerate(words) if word == " "][: len(spaced) - 1]
        ends.append(len(words))
        start = 0
        for i, end in zip(spaced, ends, strict=False):
            found[i] = words[start:end]
            start = end + 1
        last = spaced[len(ends) - 1]
        found[last] = [word for word in found[last] if word != " "]
        return found

    def stem(self, words: Iterable[str]) -> list[str]:
        """The Snowball stem of each word (the words themselves without a stemmer).

        A word that does not start with a letter (a number), a dotted acronym
        and a word that cannot be encoded (a lone surrogate) stay as they are.

        Parameters
        ----------
        words : iterable of str
            Lower-cased words, as :meth:`words` gives them.

        Returns
        -------
        list of str
            One stem per word.

        Raises
        ------
        InputTypeError
            When ``words`` is a str (one word is ``[word]``), bytes or no
            iterable, or holds something other than a str.

        Examples
        --------
        >>> get("en").stem(["meetings", "closed", "u.s.", "2024"])
        ['meet', 'close', 'u.s.', '2024']
        >>> get("ru").stem(["президента", "выборы"])
        ['президент', 'выбор']
        >>> get("ko").stem(["정부는"])
        ['정부는']
        """
        if isinstance(words, (str, bytes, bytearray)):  # would be stemmed letter by letter
            raise self._not_words("stem", "words", words)
        try:
            words = list(words)
            "".join(words)  # one pass in C that refuses an item that is no str (bytes, None)
        except TypeError as error:
            raise self._not_words("stem", "words", words) from error
        if self.stemmer is None:
            return words
        stem_words = _stemmer(self.stemmer).stemWords
        try:
            stems: list[str] = stem_words(words)
        except UnicodeEncodeError:
            stems = [stem_words([w])[0] if _encodable(w) else w for w in words]
        return [
            s if w[:1].isalpha() and "." not in w else w for w, s in zip(words, stems, strict=True)
        ]

    @staticmethod
    def _not_words(method: str, name: str, value: object) -> TypeError:
        """The :class:`~summarize.InputTypeError` for a ``value`` of the parameter ``name``
        of :meth:`stem` or :meth:`words_of_pieces` that is no collection of str."""
        expected = {
            "stem": "an iterable of str, words as Language.words gives them (one word is [word])",
            "words_of_pieces": "a sequence of str, texts without whitespace",
        }[method]
        got = type(value).__name__
        if isinstance(value, (list, tuple)):
            for item in value:
                if not isinstance(item, str):
                    got = f"an item of type {type(item).__name__}"
                    break
        elif isinstance(value, (bytes, bytearray)):
            expected += " (decode bytes first)"
        return InputTypeError(
            f"The {name!r} parameter of Language.{method} must be {expected}. Got {got} instead."
        )

    def word_count(self, text: str) -> int:
        """The length of ``text`` in words, the unit of ``max_words``.

        In a spaced script a word is a run of characters between whitespace.
        In a language written without spaces (``script_unspaced``), the
        characters of Chinese, Japanese (Han, kana) and Thai count
        ``1 / chars_per_word`` word each, rounded up per text, and the
        whitespace-separated runs of other characters that hold a letter or
        digit (a Latin name, a number) count one word each.

        Raises
        ------
        InputTypeError
            When ``text`` is not a str (bytes are to be decoded first).

        Examples
        --------
        >>> get("en").word_count("The summit ended - without a deal.")
        7
        >>> get("zh").word_count("北京是中国的首都。")  # 8 characters / 1.5
        6
        """
        if not isinstance(text, str):
            check_text("Language.word_count", "text", text)
        if self.chars_per_word is None:
            return len(text.split())
        unspaced = len(_UNSPACED_CHARACTER.findall(text))
        rest = _UNSPACED_CHARACTER.sub(" ", text).split()
        spaced = sum(1 for chunk in rest if _WORD_CHARACTER.search(chunk))
        return spaced + math.ceil(unspaced / self.chars_per_word)

    def is_furniture(self, text: str) -> bool:
        """Whether ``text`` is one of the language's furniture phrases.

        Lower-cased and with spaces, punctuation and symbols trimmed from
        both ends, the text is furniture when it is a phrase of
        ``furniture`` or of ``related_headings`` ("Back to top ↑"), starts
        with one followed by punctuation ("Read more: why the talks failed",
        "Przeczytaj również: Ceny ...", or after a date: "Korjaus 7.2. klo
        10.30: ..."), ends with one of
        three words or more ("© 2024 Reuters. All rights reserved."), opens
        with one of ``notices`` ("We use cookies to ..."), or is a short line (the phrase and at most six words) that starts with one
        of two words or more, or of three characters or more in Chinese and
        Japanese ("Reporting by Jane Smith; editing by Tom Brown", "Mit
        Material von dpa.", "本报记者 李娜 报道。").

        Raises
        ------
        InputTypeError
            When ``text`` is not a str (bytes are to be decoded first).

        Examples
        --------
        >>> english = get("en")
        >>> english.is_furniture("Back to top ↑"), english.is_furniture("Read more: the talks")
        (True, True)
        >>> english.is_furniture("Share prices fell on Monday.")
        False
        >>> get("de").is_furniture("© 2024 Spiegel. Alle Rechte vorbehalten.")
        True
        >>> get("de").is_furniture("Mit Material von dpa.")
        True
        >>> get("nl").is_furniture("Wij gebruiken cookies om de site goed te laten werken.")
        True
        """
        if not isinstance(text, str):
            check_text("Language.is_furniture", "text", text)
        clean = _trim(" ".join(self._lower(text).split()))
        if not clean:
            return False
        if self.notices and clean.startswith(self.notices):  # one call for all of them
            for notice in self.notices:
                if clean.startswith(notice) and (
                    self.script_unspaced or not _WORD_CHARACTER.match(clean[len(notice) :][:1])
                ):
                    return True  # "We use cookies to ...", "Ta strona używa plików cookie."
        index = _phrase_index(self.furniture, self.related_headings)
        if clean in index.phrases:
            return True
        words = clean.count(" ") + 1
        # The phrases the text may start with: those of its first word (every one where
        # words are not spaced), and those of three words or more it may end with.
        if self.script_unspaced:
            openers: tuple[str, ...] = index.openers
        else:
            # The first word, and what precedes each separator in it ("share:",
            # "abonnez-vous|", which holds a hyphen before the bar).
            head = clean.split(" ", 1)[0]
            openers = index.by_first.get(_trim(head), ())
            for cut, character in enumerate(head):
                if character in _SEPARATORS:
                    openers += index.by_first.get(_trim(head[:cut]), ())
        for phrase in openers:
            if not clean.startswith(phrase):
                continue
            rest = clean[len(phrase) :]
            if rest.lstrip()[:1] in _SEPARATORS:
                return True
            colon = rest.find(":", 0, _DATED_LABEL_CHARS)
            if (
                colon > 0
                and rest[:1] == " "
                and rest[:colon].count(" ") <= _DATED_LABEL_WORDS
                and (
                    _DATE_OR_TIME.search(rest, 0, colon) is not None
                    or (
                        any(c.isdigit() for c in rest[:colon])
                        and any(word in self.months for word in rest[:colon].split())
                    )
                )
            ):
                # A label and its date: "Aktualisiert am 14.03.2025, 11:20 Uhr:",
                # "Correctie 11 maart:"; not "Updated figures for 2024: ...".
                return True
            if (
                words <= phrase.count(" ") + 1 + _CREDIT_WORDS
                and (" " in phrase or (self.script_unspaced and len(phrase) >= 3))
                and phrase not in index.headings
                and not _WORD_CHARACTER.match(clean[len(phrase) : len(phrase) + 1])
            ):
                return True  # a credit or a notice: "Mit Material von dpa."
        for phrase in index.by_last.get(clean.rsplit(" ", 1)[-1], ()):
            if clean.endswith(phrase):
                before = clean[: -len(phrase)]
                if not before or not _WORD_CHARACTER.match(before[-1]):
                    return True
        return False

    def is_related_heading(self, text: str) -> bool:
        """Whether ``text`` is the heading of a list of links to other stories.

        Lower-cased, with its spaces single and the spaces, punctuation and
        symbols at either end trimmed, the text is one of
        ``related_headings`` ("Read also:", "MOST READ", "Relaterte
        saker", "› 관련기사").

        Raises
        ------
        InputTypeError
            When ``text`` is not a str (bytes are to be decoded first).

        Examples
        --------
        >>> get("en").is_related_heading("Most read"), get("fi").is_related_heading("Lue myös:")
        (True, True)
        >>> get("en").is_related_heading("Most read stories this week were about rates.")
        False
        """
        if not isinstance(text, str):
            check_text("Language.is_related_heading", "text", text)
        if not self.related_headings or len(text) > _HEADING_CHARS:
            return False
        clean = _trim(" ".join(self._lower(text).replace("\u2019", "'").split()))
        return clean in self.related_headings


_HEADING_CHARS = 64
"""The longest text :meth:`Language.is_related_heading` reads."""
_DATE_OR_TIME = re.compile(r"\d[.:/]\d")
_DATED_LABEL_CHARS = 32
_DATED_LABEL_WORDS = 5
"""A furniture phrase, then a date or a time and a colon within this many characters and
spaces, is a label ("Korjaus 7.2. klo 10.30:", "Opdatering kl. 14.30:")."""
_CREDIT_WORDS = 6
"""Words after a furniture phrase opening a short line: "Reporting by Jane Smith"."""
_SEPARATORS = frozenset(":|»›>-–—•·")
"""Characters that may follow a furniture phrase at the start of a line."""


def _trim(text: str) -> str:
    """``text`` without the white space, punctuation and symbols at either end.

    A loop over the few characters trimmed: a regular expression anchored at the
    end would be tried at every space of the text.
    """
    start, end = 0, len(text)
    while start < end and _trimmed(text[start]):
        start += 1
    while end > start and _trimmed(text[end - 1]):
        end -= 1
    return text[start:end]


def _trimmed(character: str) -> bool:
    """Whether ``character`` is white space, punctuation or a symbol."""
    return character.isspace() or unicodedata.category(character)[0] in "PSZ"


class _PhraseIndex(NamedTuple):
    """A language's furniture phrases, by what :meth:`Language.is_furniture` looks up."""

    phrases: frozenset[str]
    by_first: dict[str, tuple[str, ...]]  # by first word
    by_last: dict[str, tuple[str, ...]]  # those of three words or more, by last word
    headings: frozenset[str]  # the headings that are no phrase: no credit opens with one
    openers: tuple[str, ...]  # every phrase and heading a text may open with, in order


@lru_cache(maxsize=64)
def _phrase_index(
    phrases: tuple[str, ...], headings: frozenset[str] = frozenset()
) -> _PhraseIndex:
    """The index of ``phrases`` and of ``headings``, which a text may be or open with but
    not end with ("He declined to say more on this story.")."""
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    openers = (*phrases, *sorted(headings))
    for phrase in openers:
        by_first.setdefault(_trim(phrase.split(" ", 1)[0]), []).append(phrase)
    for phrase in phrases:
        if phrase.count(" ") >= 2:
            by_last.setdefault(phrase.rsplit(" ", 1)[-1], []).append(phrase)
    return _PhraseIndex(
        frozenset(phrases) | headings,
        {word: tuple(found) for word, found in by_first.items()},
        {word: tuple(found) for word, found in by_last.items()},
        headings - frozenset(phrases),
        openers,
    )


# ---------------------------------------------------------------------------
# The languages
# ---------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH_TOKEN_PATTERN = r"(?u)(?:[^\W\d_]\.){2,}|\$?\d+(?:[.,]\d+)*%?|\w+"
"""The words the features stage counts in English (``Language.token_pattern``):
dotted acronyms ("u.s."), amounts and numbers ("$227.8", "1,500", "5%") whole, then runs
of word characters ("didn't" is "didn" and "t"). The default summaries were tuned on
these terms; :meth:`Language.words` reads English more finely, for other uses."""

_LATIN_FORMS = _words("etc e.g i.e cf vs viz ca approx et al ibid op.cit n.b p.s a.d b.c")
_RUSSIAN_SURNAMES = (
    "ов ова ову овым ове ев ева еву евым еве ёв ин ина ину иным ын ына ский ская ского "
    "скому ским ской цкий цкая цкого енко ко ук юк ич ян дзе швили их ых"
)
"""Russian surname endings, with their cases ("Петров", "Петровым", "Шевченко")."""
_UKRAINIAN_SURNAMES = (
    "ов ова ову овим ев ева еву евим ін іна іну іним ин ина ський ська ського цький цька "
    "енко ко ук юк чук ич ак як ян"
)
"""Ukrainian surname endings, with their cases ("Шевченко", "Коваленка", "Бондарчук")."""
_LATIN_BRIDGES = _words("e.g i.e cf vs viz")
"""The Latin forms that always go on into what follows ("e.g. The Times")."""
"""Latin and international abbreviations, shared by the languages written in Latin script."""
_ENGLISH_IN_OTHER_SCRIPTS = _LATIN_FORMS | _words("mr mrs ms dr prof jr sr st inc co ltd corp no")
"""English titles and company forms as news in other scripts embeds them ("专家Dr. Maria
Lopez", "Apple Inc."), for the languages not written in Latin script."""
_LATIN_LIST_ENDS = _words("etc")
"""The Latin abbreviation that closes a list, in every language written in Latin script."""
_ENDERS = ".!?\u2026\u203c\u2047\u2048\u2049"
"""Full stop, exclamation and question marks, ellipsis and their doubled forms."""

# Stopword lists: sumy's where it has the language, else stopwords-iso; for every
# language but English, sumy's list is completed with stopwords-iso's. sumy's
# French list lacks "de", "un", "à", "ont", so "de la" counted as a concept that
# every article shares (MultiLing 2011 French: ROUGE-1 48.6 -> 50.0, ROUGE-2
# 20.1 -> 21.2, benchmarks/tune.py); its Portuguese file writes "não" as
# "n\\xe3o" and joins some words with commas. English keeps sumy's 580 words, on
# which the defaults were chosen (with stopwords-iso's 1298, DUC 2003 loses 0.6 R1).
_SUMY = {
    "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
    "pt": "portuguese", "sv": "swedish", "pl": "polish", "cs": "czech", "sk": "slovak",
    "uk": "ukrainian", "el": "greek", "ar": "arabic", "he": "hebrew", "zh": "chinese",
    "ja": "japanese", "ko": "korean", "th": "thai",
}  # fmt: skip
_ISO = ("nl", "da", "no", "fi", "ru", "tr", "hi", "vi")


def _sumy_words(entries: Iterable[str]) -> Iterable[str]:
    """sumy's stopword entries, lower-cased, with ``\\xNN`` escapes decoded and
    comma-joined entries ("e, também") split."""
    for entry in entries:
        if "\\x" in entry:
            entry = entry.encode("latin-1", "backslashreplace").decode("unicode_escape")
        for word in entry.split(","):
            if word.strip():
                yield word.strip().lower()


def _stopwords(code: str) -> frozenset[str]:
    if code in _SUMY:
        from sumy.utils import get_stop_words

        words = frozenset(_sumy_words(get_stop_words(_SUMY[code])))
        if code != "en":
            import stopwordsiso

            words |= frozenset(word.lower() for word in stopwordsiso.stopwords(code))
    else:
        import stopwordsiso

        words = frozenset(word.lower() for word in stopwordsiso.stopwords(code))
    if code == "ja":
        # Words are characters: hiragana alone are endings and particles.
        words |= _HIRAGANA
    words |= _words(_MORE_STOPWORDS.get(code, ""))
    # Each in the form normalised text has too (NFC: a Hindi nukta letter is two code
    # points, Arabic harakat in their canonical order).
    return words | set(map(composed, words))


# Function words missing from a list above: stopwords-iso's Ukrainian list has 73
# words and none of the prepositions "у", "в", "на", "за", the commonest words of a text.
_MORE_STOPWORDS = {
    "uk": """а або адже але ані аби б без би бо був була були було бути в вам вас вами
        вже від він вона вони воно все всі вся весь всього де для до є його її їй їм їх
        з за зі й і із к коли куди ледь лише має мають ми між мене мені мною може можуть
        на над нам нас нами не ні ніж нього неї них ним нею ними о об от перед по при
        про під після через свій своя своє свої свого своїх собі себе та так також там
        те тепер ти ті тим тих тієї того тому той тут у усе усі це ці цей ця цього цьому
        цієї цих чи чим що щоб як яка які яке який якого якої якому яких якщо ще""",
}


# Everything but the stopwords, per language. Each entry: keyword arguments of
# Language, with the white-space separated strings split into sets.
_SPECS: dict[str, dict[str, Any]] = {
    "en": dict(
        name="english",
        aliases=("eng", "English"),
        stemmer="english",
        year_marks="b.c a.d",
        token_pattern=ENGLISH_TOKEN_PATTERN,
        # A month's abbreviation is followed by its day ("Dec. 5"); before a capital it
        # ended the sentence ("booked solid through Dec. Museum director ...").
        list_ends="jan feb aug sept oct nov dec",
        time_marks="a.m p.m",
        bridges="a.k.a",
        name_closers="jr sr inc corp ltd co llc plc",
        # Capitalised only to open a sentence: never a name's first word after "U.S.".
        sentence_openers="officials authorities police analysts experts critics residents "
        "witnesses investigators prosecutors lawmakers legislators scientists researchers "
        "doctors nurses patients passengers voters protesters demonstrators fans workers "
        "employees students teachers parents children families villagers soldiers troops "
        "rebels militants insurgents firefighters rescuers survivors victims negotiators "
        "diplomats observers economists traders investors shareholders consumers customers "
        "travelers travellers tourists visitors farmers neighbors neighbours relatives "
        "supporters opponents activists organizers organisers participants delegates "
        "executives managers owners drivers pilots engineers forecasters meteorologists "
        "fishermen miners refugees migrants spectators viewers readers inspectors regulators "
        "lawyers judges jurors officers guards crews commuters motorists pedestrians "
        "athletes players shares prices sales profits earnings revenue stocks costs rates "
        "tickets terms details results talks negotiations tensions temperatures imports exports "
        "shipments deliveries orders "
        "separately earlier elsewhere overall additionally previously currently initially "
        "eventually ultimately recently afterward afterwards nonetheless nevertheless",
        calendar_words="monday tuesday wednesday thursday friday saturday sunday mon tue tues "
        "wed thu thur thurs fri sat sun eastern central mountain pacific atlantic alaska hawaii "
        "local today tomorrow tonight",
        # The US states as the AP writes them after a city and a comma.
        regions="ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn "
        "miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va "
        "wash w.va wis wyo d.c",
        # Plurals as news writes them: "Sens. Edward M. Kennedy and Joseph Biden".
        titles="mr mrs ms dr prof rev gen col lt sgt capt cmdr cmndr adm gov sen rep pres "
        "supt det insp messrs mt ft st hon atty maj brig cpl pvt mme mlle no nos "
        "sens reps govs gens drs profs sgts msgr",
        abbreviations="mr mrs ms dr prof sr jr st rev gen col lt sgt capt cmdr cmndr adm gov sen "
        "sens reps govs gens drs profs sgts msgr "
        "rep pres supt det insp messrs mt ft ave blvd rd rt rte hwy fwy pkwy bldg hon atty no nos "
        "vol fig inc corp ltd co "
        "bros dept univ est approx a.m p.m u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept "
        "oct nov dec maj brig cpl pvt llc plc assn mme mlle p pp para sec ch eq figs vols op art "
        "mon tue tues wed thu thur thurs fri sat sun e.g i.e u.s.a u.s.s.r d.c n.y l.a s.f n.j "
        "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo "
        "mont neb nev okla ore pa tenn tex va vt wash wis wyo etc vs ca cf al a.k.a",
        months="january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec",
        furniture=(
            "back to top", "share", "share this", "share this article", "share this story",
            "share on facebook", "share on twitter", "read more", "read next", "read also",
            "continue reading", "advertisement", "sponsored", "all rights reserved",
            "related articles", "related stories", "comments", "print", "email", "subscribe",
            "sign up for our newsletter", "follow us", "click here", "leave a comment",
            "leave a reply", "skip to content", "skip advertisement", "most read",
            "correction", "clarification", "editor's note", "editor\u2019s note",
            "editors' note", "editors\u2019 note",
            "reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
            "contributed to this report", "contributed reporting",
            "source", "sources",
            "cookie notice",
        ),
    ),
    "de": dict(
        name="german",
        aliases=("deu", "ger", "Deutsch"),
        stemmer="german",
        list_ends="usw etc.pp",
        abbreviation_suffixes="str",
        ordinal_period=True,
        nouns_capitalised=True,
        # Ordinals and counts: articles, possessives and contractions; the words
        # of a count (prepositions of a quantity, approximations).
        ordinal_words="der die das des dem den am im zum zur vom beim ins ans ein eine einen "
        "einem einer eines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer "
        "ihres unser unsere unseren unserem unserer mein meine meinen meinem meiner dieser "
        "diese diesen diesem dieses jeder jede jeden jedem jedes",
        # Also nouns a number labels, after which it is no ordinal ("auf Platz 3.").
        count_words="auf um bei über unter rund etwa ungefähr circa ca knapp fast nahezu "
        "mindestens höchstens insgesamt beträgt betrug platz rang nummer seite kapitel gleis "
        "runde",
        abbreviations="dr prof hr fr frl hrsg dipl ing mag bzw z.b u.a d.h usw etc ggf vgl az "
        "bspw sog ca evtl inkl zzgl insb u.u o.a o.ä s.o s.u z.t z.zt u.v.m nr abs art bd jh "
        "jhd jahrh mio mrd tsd std min sek str tel geb gest verh st dt engl frz e.v co "
        "v.a a.d i.d.r m.e usf jan feb mär märz apr jun jul aug sep sept okt nov dez",
        months="januar jänner februar märz april mai juni juli august september oktober "
        "november dezember jan feb mär apr jun jul aug sep sept okt nov dez",
        furniture=(
            "nach oben", "zurück nach oben", "teilen", "artikel teilen", "weiterlesen",
            "mehr lesen", "mehr zum thema", "lesen sie auch", "anzeige", "werbung",
            "alle rechte vorbehalten", "kommentare", "drucken", "versenden",
            "newsletter abonnieren", "folgen sie uns", "hier klicken", "zum inhalt springen",
            "meistgelesen", "artikel drucken",
            "mit material von", "mit material der", "quelle", "quellen",
            "lesezeit", "datenschutzhinweis", "jeden morgen per e-mail", "korrektur",
            "korrekturhinweis", "bereits abonnent",
            "aktualisiert",
        ),
    ),
    "fr": dict(
        name="french",
        aliases=("fra", "fre", "français", "francais"),
        stemmer="french",
        elisions="l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu",
        titles="m mm mme mmes mlle mlles me mgr dr pr",
        abbreviations="m mm mme mmes mlle mlles me mgr dr pr st ste av bd env etc cf p pp "
        "chap éd n° no nº art al cie éts ex fig hab min max av.-j.-c apr.-j.-c j.-c "
        "janv févr fév avr juil sept oct nov déc",
        months="janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre janv févr fév avr juil sept oct nov déc",
        furniture=(
            "retour en haut", "haut de page", "partager", "partager cet article",
            "partager sur facebook", "lire aussi", "lire la suite", "à lire aussi", "lire plus",
            "publicité", "tous droits réservés", "articles liés", "sur le même sujet",
            "commentaires", "imprimer", "envoyer", "s'abonner", "abonnez-vous",
            "suivez-nous", "cliquez ici", "les plus lus",
            "avec afp", "avec agences", "avec reuters", "source", "sources",
            # Paywalls, newsletters and reading times.
            "déjà abonné", "cet article à lire", "réservée aux abonnés", "temps de lecture",
            "réagir à cet article", "connectez-vous", "envoyer nos newsletters",
            "consultez notre dossier", "rectificatif", "erratum", "podcast",
            "mise à jour", "note de la rédaction",
        ),
    ),
    "es": dict(
        name="spanish",
        aliases=("spa", "español", "espanol", "castellano"),
        stemmer="spanish",
        titles="sr sra srta sres dr dra lic ing arq prof profa d dña",
        # Plurals written by doubling the letters, with a space: "CC. OO.", "FF. AA.".
        abbreviations="cc.oo ff.aa rr.hh ss.mm "
        "sr sra srta sres dr dra lic ing arq prof profa d dña ud uds vd vds "
        "gral cnel tte sto sta pbro mons núm nº pág págs art etc p.ej cía s.a av avda "
        "c/ dpto tel aprox máx mín a.c d.c ee.uu eeuu ene feb abr jun jul ago sept oct nov "
        "dic",
        months="enero febrero marzo abril mayo junio julio agosto septiembre setiembre "
        "octubre noviembre diciembre ene feb mar abr may jun jul ago sep sept oct nov dic",
        furniture=(
            "volver arriba", "ir arriba", "compartir", "compartir en facebook", "leer más",
            "seguir leyendo", "lee también", "lea también", "publicidad",
            "todos los derechos reservados", "noticias relacionadas", "comentarios",
            "imprimir", "enviar", "suscríbete", "síguenos", "haz clic aquí", "lo más leído",
            "con información de", "fuente", "fuentes",
            "recibí las noticias", "queda prohibida la reproducción",
            "periodista de la sección", "fe de errores", "rectificación", "corrección",
            "actualización",
        ),
    ),
    "it": dict(
        name="italian",
        aliases=("ita", "italiano"),
        stemmer="italian",
        list_ends="ecc",
        elisions="l d un all dell nell sull dall dev quest quell c s m t v n po",
        titles="sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch on sen mons",
        abbreviations="artt segg sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing "
        "arch geom rag on sen gen col ten cap mons sr s.p.a s.r.l ecc etc pag pagg art n nr num "
        "tel cfr es vol cap fig ca a.c d.c gen feb mar apr mag giu lug ago set ott nov dic",
        months="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre gen feb mar apr mag giu lug ago set sett ott nov dic",
        furniture=(
            "torna su", "torna all'inizio", "condividi", "condividi su facebook",
            "leggi anche", "leggi tutto", "continua a leggere", "pubblicità",
            "tutti i diritti riservati", "articoli correlati", "commenti", "stampa", "invia",
            "iscriviti alla newsletter", "seguici", "clicca qui", "i più letti",
            "articolo aggiornato", "fonte", "fonti",
            "abbonati a", "ci si iscrive qui", "rettifica", "errata corrige", "informativa",
        ),
    ),
    "pt": dict(
        name="portuguese",
        aliases=("por", "português", "portugues", "pt-br", "pt-pt"),
        stemmer="portuguese",
        titles="sr sra srta dr dra prof profa eng engª d dª exmo exma",
        abbreviations="sr sra srta dr dra prof profa eng engª d dª exmo exma v.exa av pç "
        "r n nº no núm pág págs art etc ex cia ltda s.a tel aprox máx mín a.c d.c jan fev "
        "abr mai jun jul ago out nov",
        months="janeiro fevereiro março abril maio junho julho agosto setembro outubro "
        "novembro dezembro jan fev mar abr mai jun jul ago set out nov dez",
        furniture=(
            "voltar ao topo", "topo", "compartilhar", "compartilhe", "partilhar",
            "leia mais", "leia também", "saiba mais", "continue lendo", "publicidade",
            "todos os direitos reservados", "notícias relacionadas", "comentários",
            "imprimir", "enviar", "assine", "siga-nos", "clique aqui", "mais lidas",
            "com informações de", "com agências", "fonte", "fontes",
            "carregando", "veja mais notícias", "os comentários deste artigo",
            "você já conhece as vantagens", "correção", "errata",
            "correcção", "atualização", "actualização",
        ),
    ),
    "nl": dict(
        name="dutch",
        aliases=("nld", "dut", "Nederlands", "flemish", "vlaams"),
        stemmer="dutch",
        list_ends="enz",
        titles="dhr mevr mw mr dr drs ir ing prof",
        abbreviations="dhr mevr mw mr dr drs ir ing prof st bv b.v nv n.v jl jr sr e.a enz gebr "
        "etc bijv bv i.p.v d.w.z m.b.t t.a.v o.a ca nr blz p tel vs mln mld jan feb mrt apr "
        "jun jul aug sep sept okt nov dec",
        months="januari februari maart april mei juni juli augustus september oktober "
        "november december jan feb mrt apr jun jul aug sep sept okt nov dec",
        furniture=(
            "terug naar boven", "naar boven", "delen", "deel dit artikel", "lees meer",
            "lees verder", "lees ook", "advertentie", "alle rechten voorbehouden",
            "gerelateerde artikelen", "reacties", "printen", "afdrukken", "abonneren",
            "volg ons", "klik hier", "meest gelezen",
            "correctie", "rectificatie",
        ),
    ),
    "sv": dict(
        name="swedish",
        aliases=("swe", "svenska"),
        stemmer="swedish",
        list_ends="osv o.s.v m.m m.fl",
        abbreviations="dr prof doc hr fr fru ca t.ex bl.a d.v.s dvs m.m o.s.v osv s.k fr.o.m "
        "t.o.m p.g.a pga m.fl etc nr st tel jfr kap resp milj mdkr kl jan febr apr "
        "jun aug sep sept okt nov dec",
        months="januari februari mars april maj juni juli augusti september oktober november "
        "december jan feb febr apr jun jul aug sep sept okt nov dec",
        furniture=(
            "till toppen", "tillbaka till toppen", "dela", "dela artikeln", "läs mer",
            "läs också", "läs även", "annons", "alla rättigheter förbehållna",
            "relaterade artiklar", "kommentarer", "skriv ut", "prenumerera", "följ oss",
            "klicka här", "mest läst",
            "rättelse",
        ),
    ),
    "da": dict(
        name="danish",
        aliases=("dan", "dansk"),
        stemmer="danish",
        list_ends="osv o.s.v m.m mv o.l kr",
        ordinal_period=True,
        abbreviations="dr prof hr fru frk ca bl.a f.eks fx m.m mv osv o.l dvs pga iflg ifm hhv "
        "jf nr st tlf kr mio mia mdr kl etc evt inkl ekskl vedr jan feb mar apr jun "
        "aug sep sept okt nov dec",
        months="januar februar marts april maj juni juli august september oktober november "
        "december jan feb mar apr jun jul aug sep sept okt nov dec",
        furniture=(
            "til toppen", "tilbage til toppen", "del", "del artiklen", "læs mere", "læs også",
            "annonce", "reklame", "alle rettigheder forbeholdes", "relaterede artikler",
            "kommentarer", "udskriv", "abonnér", "følg os", "klik her", "mest læste",
            "rettelse",
            "opdatering", "redaktionel note",
        ),
    ),
    "no": dict(
        name="norwegian",
        aliases=("nor", "nb", "nob", "nn", "nno", "norsk", "bokmål", "bokmal", "nynorsk"),
        stemmer="norwegian",
        list_ends="osv o.s.v m.m mm o.l kr",
        ordinal_period=True,
        abbreviations="dr prof hr fru frk ca bl.a f.eks mm m.m osv o.l dvs pga iflg ifm jf hhv fv rv kr "
        "innst prop meld "
        "nr st tlf mill mrd kl etc evt inkl ekskl vedr jan feb mar apr jun aug sep "
        "sept okt nov des",
        months="januar februar mars april mai juni juli august september oktober november "
        "desember jan feb mar apr jun jul aug sep sept okt nov des",
        furniture=(
            "til toppen", "tilbake til toppen", "del", "del artikkelen", "les mer",
            "les også", "annonse", "reklame", "alle rettigheter reservert",
            "relaterte artikler", "kommentarer", "skriv ut", "abonner", "følg oss",
            "klikk her", "mest lest",
            "rettelse", "korreksjon",
            "oppdatering",
        ),
    ),
    "fi": dict(
        name="finnish",
        aliases=("fin", "suomi"),
        stemmer="finnish",
        list_ends="jne ym yms tms",
        ordinal_period=True,
        abbreviations="tri prof dos maist esim ks mm ns nk jne yms ym tms eli vrt n noin "
        "klo puh nro s v vs milj mrd ts t.s eaa jaa ab oy ry tammik helmik maalisk huhtik "
        "toukok kesäk heinäk elok syysk lokak marrask jouluk",
        months="tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
        "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta tammikuu helmikuu maaliskuu "
        "huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu "
        "tammik helmik maalisk huhtik toukok kesäk heinäk elok syysk lokak marrask jouluk",
        furniture=(
            "takaisin ylös", "alkuun", "jaa", "jaa artikkeli", "lue lisää", "lue myös",
            "mainos", "kaikki oikeudet pidätetään", "aiheeseen liittyvät", "kommentit",
            "tulosta", "tilaa uutiskirje", "seuraa meitä", "klikkaa tästä", "luetuimmat",
            "korjaus", "oikaisu",
        ),
    ),
    "pl": dict(
        name="polish",
        aliases=("pol", "polski"),
        stemmer="polish",
        list_ends="itd itp",
        year_marks="r",
        amount_marks="proc tys",
        genitive_endings="ów an",
        initial_surnames=True,
        ordinal_period=True,
        abbreviations="m.in np tzw tj tzn itd itp dr prof mgr inż hab doc red ks płk gen fot "
        "mjr kpt por ppor św ul al pl os nr tel godz min ok ds tys r wg jw proc ws im pt asp "
        "zob str s ang łac godz sty lut mar kwi maj cze lip sie wrz paź lis gru "
        # Titles before a name: counsel, advocate, ranks, bishops, director, chairman.
        "mec adw ppłk kmdr insp podinsp nadkom sierż abp bp dyr prez przew",
        months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
        "października listopada grudnia styczeń luty marzec kwiecień maj czerwiec lipiec "
        "sierpień wrzesień październik listopad grudzień sty lut mar kwi cze lip sie wrz "
        "paź lis gru",
        furniture=(
            "do góry", "powrót do góry", "udostępnij", "podziel się", "czytaj więcej",
            "czytaj też", "czytaj także", "zobacz też", "reklama",
            "wszelkie prawa zastrzeżone", "powiązane artykuły", "komentarze", "drukuj",
            "wyślij", "subskrybuj", "obserwuj nas", "kliknij tutaj", "najczęściej czytane",
            "sprostowanie",
        ),
    ),
    "cs": dict(
        name="czech",
        aliases=("ces", "cze", "čeština", "cestina", "česky"),
        stemmer="czech",
        list_ends="atd apod a.s s.r.o spol.s.r.o n.l",
        year_marks="r",
        time_marks="hod",
        initial_surnames=True,
        ordinal_period=True,
        abbreviations="dr ing mgr bc prof doc phdr mudr judr rndr p pí sl tj tzv např atd "
        "apod aj resp popř mj č čp s str tel ul nám sv st r mil mld tis hod min cca odst "
        "př.n.l n.l a.s s.r.o led úno bře dub kvě čvn čvc srp zář říj lis pros",
        months="ledna února března dubna května června července srpna září října listopadu "
        "prosince leden únor březen duben květen červen červenec srpen září říjen "
        "listopad prosinec",
        furniture=(
            "zpět nahoru", "nahoru", "sdílet", "sdílejte", "čtěte také", "čtěte více",
            "více informací", "reklama", "inzerce", "všechna práva vyhrazena",
            "související články", "komentáře", "tisk", "vytisknout", "odebírat",
            "sledujte nás", "klikněte zde", "nejčtenější",
            "oprava",
        ),
    ),
    "sk": dict(
        name="slovak",
        aliases=("slk", "slo", "slovenčina", "slovencina", "slovensky"),
        stemmer=None,
        list_ends="atď a.s s.r.o spol.s.r.o n.l",
        year_marks="r",
        time_marks="hod",
        initial_surnames=True,
        ordinal_period=True,
        abbreviations="dr ing mgr bc prof doc phdr mudr judr rndr p pí sl tj tzv napr atď "
        "resp popr okr č s str tel ul nám sv st r mil mld tis hod min cca ods pred.n.l "
        "n.l a.s s.r.o jan feb mar apr máj jún júl aug sep okt nov dec",
        months="januára februára marca apríla mája júna júla augusta septembra októbra "
        "novembra decembra január február marec apríl máj jún júl august september "
        "október november december",
        furniture=(
            "späť hore", "hore", "zdieľať", "zdieľajte", "čítajte aj", "čítajte viac",
            "viac informácií", "reklama", "inzercia", "všetky práva vyhradené",
            "súvisiace články", "komentáre", "tlačiť", "odoberať", "sledujte nás",
            "kliknite sem", "najčítanejšie",
            "oprava",
        ),
    ),
    "ru": dict(
        surname_endings=_RUSSIAN_SURNAMES,
        name="russian",
        aliases=("rus", "русский"),
        stemmer="russian",
        list_ends="др т.д т.п руб коп долл н.э",
        initial_surnames=True,
        year_marks="г гг",
        titles="проф акад доц канд ген полк им ул пер пл пос обл св",
        abbreviations="г гг т.е т.д т.п т.к т.н др пр им ул д см стр руб коп долл "
        "проф акад доц канд ген полк обл р-н р с в вв н.э чел ст св кв корп пер "
        "пл пос гос тел англ и.о янв фев февр мар апр июн июл авг сен сент окт ноя нояб "
        "дек чл корр чл.-корр",
        months="января февраля марта апреля мая июня июля августа сентября октября ноября "
        "декабря январь февраль март апрель май июнь июль август сентябрь октябрь "
        "ноябрь декабрь",
        furniture=(
            "наверх", "вернуться наверх", "поделиться", "читать далее", "читайте также",
            "время чтения",
            "читать дальше", "подробнее", "реклама", "все права защищены",
            "похожие статьи", "комментарии", "печать", "версия для печати", "подписаться",
            "подписывайтесь", "мы в соцсетях", "нажмите здесь", "самое читаемое",
            "новость обновлена", "материал обновлен",
            "исправление",
        ),
    ),
    "uk": dict(
        surname_endings=_UKRAINIAN_SURNAMES,
        name="ukrainian",
        aliases=("ukr", "українська"),
        stemmer=None,
        list_ends="тощо ін т.д т.п грн коп дол н.е",
        initial_surnames=True,
        year_marks="р рр",
        titles="проф акад доц канд ген ім вул просп пл обл смт",
        abbreviations="р рр м вул просп пл буд кв т.д т.п т.зв ін див напр проф акад доц "
        "канд ген обл р-н с смт ст стор грн коп дол ім тис тел англ в.о н.е "
        "січ лют бер квіт трав черв лип серп вер жовт лист груд",
        months="січня лютого березня квітня травня червня липня серпня вересня жовтня "
        "листопада грудня січень лютий березень квітень травень червень липень серпень "
        "вересень жовтень листопад грудень",
        furniture=(
            "вгору", "нагору", "поділитися", "читати далі", "читайте також", "детальніше",
            "реклама", "усі права захищені", "всі права захищені", "схожі статті",
            "коментарі", "друк", "версія для друку", "підписатися", "підписуйтесь",
            "натисніть тут", "найпопулярніше",
            "виправлення",
            "примітка редакції",
        ),
    ),
    "el": dict(
        name="greek",
        aliases=("ell", "gre", "ελληνικά", "ελληνικα"),
        stemmer="greek",
        year_marks="π.χ μ.χ",
        list_ends="κλπ κ.λπ",
        sentence_enders=_ENDERS + ";\u037e",
        abbreviations="κ κα κκ δρ καθ π.χ κ.λπ κ.ά κ.α λ.χ δηλ π.χ μ.χ αρ σελ εκατ δισ "
        "χλμ τηλ οδ αγ υπ βλ ιαν φεβ μαρ απρ ιουν ιουλ αυγ σεπτ οκτ νοεμ δεκ",
        months="ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου "
        "σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου ιανουάριος φεβρουάριος μάρτιος "
        "απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος "
        "δεκέμβριος",
        furniture=(
            "επιστροφή στην κορυφή", "κοινοποίηση", "μοιραστείτε", "διαβάστε περισσότερα",
            "διαβάστε επίσης", "διαφήμιση", "με την επιφύλαξη παντός δικαιώματος",
            "σχετικά άρθρα", "σχόλια", "εκτύπωση", "εγγραφή", "ακολουθήστε μας",
            "πατήστε εδώ", "δημοφιλή",
            "διόρθωση",
        ),
    ),
    "tr": dict(
        name="turkish",
        aliases=("tur", "türkçe", "turkce"),
        stemmer="turkish",
        list_ends="vb",
        ordinal_period=True,
        abbreviations="dr prof doç yrd av sn vb vs bkz örn yy m.ö m.s no tel cad sok mah op uzm öğr "
        "apt alb gen org ltd şti a.ş vd krş s sf şub mar nis haz tem ağu eyl kas",
        months="ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
        furniture=(
            "başa dön", "yukarı çık", "paylaş", "devamını oku", "daha fazla oku",
            "ayrıca okuyun", "reklam", "tüm hakları saklıdır", "ilgili haberler", "yorumlar",
            "yazdır", "abone ol", "bizi takip edin", "buraya tıklayın", "en çok okunanlar",
            "düzeltme",
            "güncelleme",
        ),
    ),
    "ar": dict(
        name="arabic",
        aliases=("ara", "العربية", "عربي"),
        stemmer="arabic",
        sentence_enders=_ENDERS + "\u061f\u06d4",
        abbreviations="د م هـ ص ق.م ج ت",
        year_marks="م هـ ق.م",
        months="يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
        "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين",
        furniture=(
            "العودة إلى الأعلى", "مشاركة", "شارك", "اقرأ المزيد", "اقرأ أيضا", "اقرأ أيضاً",
            "إعلان", "جميع الحقوق محفوظة", "مقالات ذات صلة", "تعليقات", "طباعة", "اشترك",
            "تابعونا", "اضغط هنا", "الأكثر قراءة",
            "تم تحديث",
            "تصحيح",
        ),
    ),
    "he": dict(
        name="hebrew",
        aliases=("heb", "iw", "עברית"),
        stemmer=None,
        prefixes="בהוכלמש",
        abbreviations="פרופ עמ רח וכו מס טל",
        months="ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
        furniture=(
            "חזרה למעלה", "שתפו", "שתף", "קרא עוד", "קראו עוד", "קראו גם", "פרסומת",
            "כל הזכויות שמורות", "כתבות נוספות", "תגובות", "הדפסה", "הירשמו",
            "עקבו אחרינו", "לחצו כאן", "הנקראים ביותר",
            "תיקון",
            "עדכון",
        ),
    ),
    "hi": dict(
        name="hindi",
        aliases=("hin", "हिन्दी", "हिंदी"),
        stemmer="hindi",
        sentence_enders=_ENDERS + "\u0964\u0965",
        # The names of the Latin letters, the initials of Indian names ("एस. जयशंकर",
        # "आर.के. लक्ष्मण"): a period after one ends no sentence (Hindi's is "।").
        abbreviations="डॉ प्रो रु ई ई.पू पृ कि.मी सं लि मि श्री श्रीमती सुश्री dr mr mrs prof "
        "ए बी सी डी एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड "
        "ज़ेड",
        months="जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर "
        "अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर",
        furniture=(
            "ऊपर जाएं", "शेयर करें", "शेयर", "और पढ़ें", "यह भी पढ़ें", "विज्ञापन",
            "सर्वाधिकार सुरक्षित", "संबंधित खबरें", "टिप्पणियां", "प्रिंट", "सब्सक्राइब करें",
            "हमें फॉलो करें", "यहां क्लिक करें", "सबसे ज्यादा पढ़ी गई",
            "सुधार",
            "डिस्क्लेमर",
        ),
    ),
    "zh": dict(
        name="chinese",
        aliases=("zho", "chi", "zh-cn", "zh-tw", "zh-hans", "zh-hant", "中文", "汉语", "漢語",
                 "mandarin"),
        stemmer=None,
        script_unspaced=True,
        chars_per_word=1.5,
        sentence_enders=_ENDERS + "\u3002\uff01\uff1f\uff0e\uff61",
        abbreviations="",
        # After a closing quotation mark, the particle of a quotation used as a modifier:
        # 听到“我们赢了！”的欢呼声 (the cheer of "we won!").
        quote_particles="的",
        # Verbs of saying that close a tag after a quotation: said, stated, declared, asked ...
        quote_tags="说 說 表示 称 稱 指出 强调 強調 介绍 介紹 透露 坦言 告诉记者 告訴記者 "
        "说道 說道 宣布 补充 補充 问 問 问道 問道 发问 發問 质问 質問 追问 追問 反问 反問",
        months="一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月",
        furniture=(
            "返回顶部", "回到顶部", "分享", "分享到", "阅读全文", "阅读更多", "查看更多",
            "延伸阅读", "相关阅读", "广告", "版权所有", "相关新闻", "评论", "打印", "订阅",
            "关注我们", "点击这里", "热门文章", "責任編輯", "责任编辑",
            "本报记者", "本报讯", "新华社记者", "免责声明", "版权声明", "免責聲明", "版權聲明",
        ),
    ),
    "ja": dict(
        name="japanese",
        aliases=("jpn", "日本語"),
        stemmer=None,
        quote_particles="とっ",
        # Particles no sentence ends on.
        open_endings="を に が は の で と も へ や から まで より および または ため",
        script_unspaced=True,
        chars_per_word=1.5,
        sentence_enders=_ENDERS + "\u3002\uff01\uff1f\uff0e\uff61",
        abbreviations="",
        months="一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月",
        furniture=(
            "ページの先頭へ", "トップへ戻る", "先頭に戻る", "シェア", "共有", "続きを読む",
            "もっと見る", "関連記事", "広告", "無断転載を禁じます", "無断転載禁止",
            "all rights reserved", "コメント", "印刷", "購読", "フォローする",
            "ここをクリック", "よく読まれている記事",
            "訂正",
        ),
    ),
    "ko": dict(
        name="korean",
        aliases=("kor", "한국어", "조선어"),
        stemmer=None,
        abbreviations="",
        # After a closing quotation mark: 고 (“...”고 말했다), 라 (라고, 라며), 며.
        quote_particles="고라며",
        # Particles, connective endings and adnominal endings; not one syllable that
        # also ends common nouns ("국가", "회의", "결과", "사고", "제한").
        open_endings="을 를 은 는 에 에서 에게 에는 에도 에서는 에서도 으로 으로는 으로서 "
        "으로써 로는 까지 부터 보다 처럼 라고 이라고 하고 했고 되고 있고 않고 이고 하며 했으며 "
        "되며 있으며 이며 하면서 면서 지만 는데 위해 대해 통해 따라 따르면 의해 관련해 된 될 던",
        months="1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월",
        furniture=(
            "맨 위로", "위로 가기", "공유", "공유하기", "더 보기", "더보기", "기사 더보기",
            "광고", "무단 전재 및 재배포 금지", "무단전재 및 재배포 금지", "관련 기사",
            "댓글", "인쇄", "구독", "구독하기", "팔로우", "여기를 클릭", "많이 본 뉴스",
            "바로잡습니다",
        ),
    ),
    "th": dict(
        name="thai",
        aliases=("tha", "ไทย", "ภาษาไทย"),
        stemmer=None,
        script_unspaced=True,
        chars_per_word=5.0,
        sentence_spaces=dict(
            # Thai letters, vowels, marks and digits (and Arabic ones, a percent sign:
            # a figure, read with its units below), but not the abbreviation mark ฯ
            # (กรุงเทพฯ เมื่อวานนี้), or a closing quotation mark; an opening one. Not
            # brackets, which explain what precedes them ("คณะกรรมการนโยบายการเงิน
            # (กนง.) มีมติ").
            before="\u0e01-\u0e2e\u0e30-\u0e5b0-9%\"\u201d\u2019",
            after="\u0e01-\u0e5b\"\u201c\u2018",
            # Conjunctions that open a subordinate clause: if, when, though, after, because.
            openers="ถ้า หาก ถ้าหาก เมื่อ แม้ แม้ว่า ถึงแม้ ถึงแม้ว่า ขณะที่ ระหว่างที่ หลังจาก "
            "หลังจากที่ ก่อนที่ เนื่องจาก เพราะ เพราะว่า ตราบใดที่ จนกว่า",
            # Conjunctions, relative pronouns and complementisers: the sentence goes on.
            joiners="ซึ่ง ที่ และ หรือ แต่ แต่ว่า เพราะ เพราะว่า เนื่องจาก จึง ก็ โดย เพื่อ "
            "เพื่อให้ ว่า จน จนกระทั่ง รวมทั้ง รวมถึง ทำให้ เช่น ได้แก่ คือ กับ อีกทั้ง "
            "ขณะที่ แม้ว่า จะ เป็น นี้ พร้อมระบุว่า พร้อมกับ "
            # A time after the verb ("... เมื่อวันที่ 5"), a year's era after its month
            # ("มกราคม พ.ศ. 2567"); the months' abbreviations are added from `months`.
            "เมื่อวันที่ เมื่อคืน เมื่อวาน เมื่อเวลา เมื่อปี เมื่อเดือน เมื่อช่วง เมื่อสัปดาห์ "
            "เมื่อเช้า เมื่อค่ำ เมื่อบ่าย เมื่อเทียบ "
            "พ.ศ. ค.ศ. "
            # A verb of saying after its speaker and the speaker's position.
            "กล่าวว่า บอกว่า ระบุว่า เผยว่า เปิดเผยว่า ยืนยันว่า อ้างว่า รายงานว่า แถลงว่า "
            "ชี้ว่า ให้ความเห็นว่า ตั้งข้อสังเกตว่า "
            # An address: province, district, subdistrict, road, lane; "onwards".
            "จ. อ. ต. ถ. ซ. เป็นต้นไป",
            # Words that need what follows: "said that", "and", "of", "in".
            hangers="ว่า กล่าวว่า บอกว่า ระบุว่า เผยว่า เปิดเผยว่า ยืนยันว่า อ้างว่า เชื่อว่า "
            "คิดว่า เห็นว่า รายงานว่า แถลงว่า ชี้ว่า และ หรือ แต่ ที่ ซึ่ง ของ กับ ใน จาก โดย "
            "เพื่อ คือ เช่น ได้แก่ เมื่อ ณ ร่วมกับ ท้องที่ บริเวณ ตาม "
            # Connectives that open a sentence before a space: "ทั้งนี้ คณะรัฐมนตรี ...".
            "ทั้งนี้ ขณะเดียวกัน ในขณะเดียวกัน อย่างไรก็ตาม อย่างไรก็ดี นอกจากนี้ นอกจากนั้น "
            "ดังนั้น",
            # Mr, Mrs, Miss, Khun, boy, girl; Dr, professors, ranks of the army, navy, air
            # force and police, royal and noble titles, members of parliament and senate.
            titles="นาย นาง นางสาว คุณ เด็กชาย เด็กหญิง หม่อม ดร. ศ. รศ. ผศ. ศ.ดร. รศ.ดร. "
            "ผศ.ดร. พล.อ. พล.ท. พล.ต. พ.อ. พ.ท. พ.ต. ร.อ. ร.ท. ร.ต. พล.ร.อ. พล.อ.อ. "
            "พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. ม.ร.ว. ม.ล. "
            "ส.ส. ส.ว. ด.ช. ด.ญ. น.ส. บมจ. นพ. พญ. ทพ. ทพญ. ภก. ภญ. สพ.",
            # A company, a bank, a group: "บริษัท สยามเทค โซลูชันส์ จำกัด (มหาชน)".
            name_words="บริษัท ธนาคาร กลุ่ม",
            # Namely, such as, made up of.
            lists="ได้แก่ เช่น ประกอบด้วย",
            # And, or: written onto the last item.
            list_links="และ หรือ",
            # After a figure: scales, currencies, units and counters; the prepositions
            # and the verbs of direction a figure takes ("2-1 ในการแข่งขัน", "ลงเหลือ").
            # Verbs, auxiliaries, negation and prepositions (the ORCHID tag set).
            continuing_tags="VACT VSTA VATT XVBM XVAM XVMM XVBB XVAE NEG RPRE",
            # A sentence holds a verb or an auxiliary (the ORCHID tag set, then the
            # Universal Dependencies').
            predicate_tags="VACT VSTA VATT XVBM XVAM XVMM XVBB XVAE VERB AUX",
            units="สิบ ร้อย พัน หมื่น แสน ล้าน บาท ดอลลาร์ ยูโร เยน หยวน ปอนด์ ริงกิต "
            "เปอร์เซ็นต์ โมง นาฬิกา น. นาที ชั่วโมง ชม. วินาที วัน เดือน ปี สัปดาห์ ครั้ง "
            "คน ราย ท่าน รูป องค์ แห่ง คัน ลำ ตัว หลัง ฉบับ เล่ม ชิ้น เครื่อง ลูก หน่วย "
            "ตำแหน่ง ข้อ ห้อง ชั้น ต้น ขบวน สาย เส้น แผ่น โรง อันดับ สมัย รอบ นัด เกม ประตู คะแนน "
            "เสียง ที่นั่ง เท่า เที่ยว ตัน กิโลกรัม กก. กรัม กิโลเมตร กม. เมตร ม. เซนติเมตร "
            "ซม. มิลลิเมตร มม. ลิตร องศา ไร่ ตารางกิโลเมตร ตร.กม. ตร.ม. ขวบ ประเทศ จังหวัด "
            "อำเภอ ตำบล หมู่บ้าน ใน จาก ต่อ ถึง กว่า ของ ตั้งแต่ จนถึง ภายใน ลง ขึ้น "
            "เพิ่มขึ้น ลดลง จุด เซต เลขหมาย ไมโครกรัม",
        ),
        abbreviations="พ.ศ ค.ศ ดร ผศ รศ ศ กทม ม จ อ ต ถ ซ น.ส นส ม.ค ก.พ มี.ค เม.ย พ.ค "
        "มิ.ย ก.ค ส.ค ก.ย ต.ค พ.ย ธ.ค",
        months="มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน "
        "ตุลาคม พฤศจิกายน ธันวาคม ม.ค ก.พ มี.ค เม.ย พ.ค มิ.ย ก.ค ส.ค ก.ย ต.ค พ.ย ธ.ค",
        furniture=(
            "กลับไปด้านบน", "แชร์", "อ่านต่อ", "อ่านเพิ่มเติม", "โฆษณา", "สงวนลิขสิทธิ์",
            "ข่าวที่เกี่ยวข้อง", "ความคิดเห็น", "พิมพ์", "สมัครสมาชิก", "ติดตามเรา",
            "คลิกที่นี่", "ข่าวยอดนิยม",
        ),
    ),
    "vi": dict(
        name="vietnamese",
        aliases=("vie", "tiếng việt", "tieng viet"),
        stemmer=None,
        list_ends="v.v",
        initial_surnames=True,
        outlet_tags=True,
        abbreviations="tp ts ths pgs gs bs ks ls q p h tx tr v.v tt nxb ubnd đ/c",
        # Places and titles before a name: city, district, ward, county, town; doctor,
        # master, professors ("tại H. Nhà Bè", "TS. Nguyễn Văn A").
        bridges="tp q p h tx ts ths pgs gs",
        months="tháng",
        furniture=(
            "lên đầu trang", "về đầu trang", "chia sẻ", "đọc thêm", "xem thêm", "xem tiếp",
            "quảng cáo", "bản quyền thuộc về", "tin liên quan", "bình luận", "in bài",
            "đăng ký", "theo dõi chúng tôi", "nhấn vào đây", "đọc nhiều nhất",
            "đính chính",
        ),
    ),
}  # fmt: skip


def _spans_of_time(counts: str, units: str, ones: str, laters: str) -> str:
    """Spans of time that date a sentence from a moment another one told, as openers that
    dangle: each of ``counts`` before each of ``units``, each of ``ones`` (a unit with its
    article) and each unit alone, before each of ``laters`` ("Two days later, ...", "Sete
    minutos depois, ...", "Zwei Tage später ..."); every argument's parts apart by commas,
    and so are the phrases returned."""
    numbers, kinds, single = ([p.strip() for p in t.split(",")] for t in (counts, units, ones))
    spans = kinds + single + [f"{number} {kind}" for number in numbers for kind in kinds]
    return ", ".join(f"{span} {later.strip()}" for span in spans for later in laters.split(","))


_EN_TIMES = _spans_of_time(
    "a few, two, three, four, five, six, ten",
    "seconds, minutes, hours, days, weeks, months, years, decades",
    "a second, a minute, an hour, a day, a week, a month, a year, a decade",
    "later, earlier",
)


def _anchored(phrases: str, words: str) -> str:
    """``phrases`` each before each of ``words``: a span of time before the event it is
    counted from ("dois dias depois da eleição"), which stands alone."""
    return ", ".join(f"{p.strip()} {w}" for p in phrases.split(",") for w in words.split())


_PT_TIMES = _spans_of_time(
    "alguns, algumas, poucos, poucas, dois, duas, três, quatro, cinco, seis, sete, oito, nove, dez",
    "segundos, minutos, horas, dias, semanas, meses, anos",
    "um segundo, um minuto, uma hora, um dia, uma semana, um mês, um ano",
    "depois, antes, mais tarde",
)
_ES_TIMES = _spans_of_time(
    "unos, unas, pocos, pocas, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez",
    "segundos, minutos, horas, días, semanas, meses, años",
    "un segundo, un minuto, una hora, un día, una semana, un mes, un año",
    "después, antes, más tarde",
)
_FR_TIMES = _spans_of_time(
    "quelques, deux, trois, quatre, cinq, six, sept, huit, neuf, dix",
    "secondes, minutes, heures, jours, semaines, mois, ans, années",
    "une seconde, une minute, une heure, un jour, une semaine, un mois, un an, une année",
    "plus tard, plus tôt, auparavant",
)
_DE_TIMES = _spans_of_time(
    "wenige, einige, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn",
    "sekunden, minuten, stunden, tage, wochen, monate, jahre",
    "eine sekunde, eine minute, eine stunde, einen tag, eine woche, einen monat, ein jahr",
    "später, zuvor, vorher",
)
"""Spans of time told from a moment before, in English, Portuguese, Spanish, French and
German; Portuguese and Spanish "depois", "antes", "después" stand alone before the event
they count from ("Dois dias depois da eleição, ...")."""


_ATTRIBUTIONS = {
    "de": "das sagte, dies sagte, das teilte, dies teilte, das erklärte, dies erklärte, "
    "das berichtete, das berichtet, das gab, dies gab",
    "fr": "c'est ce qu'a, c'est ce qu'ont, c'est ce qu'indique, c'est ce qu'annonce",
    "es": "así lo",
    "it": "lo ha detto, lo ha dichiarato, lo ha annunciato, lo ha reso noto, lo hanno detto",
    "pt": "a informação é, a informação foi",
    "nl": "dat zegt, dat meldt, dat schrijft, dat liet, dat maakte",
    "sv": "det säger, det sa, det sade, det uppger, det uppgav, det skriver, det skrev, "
    "det meddelar, det meddelade, det bekräftar, det bekräftade",
    "da": "det siger, det sagde, det oplyser, det oplyste, det skriver, det skrev, "
    "det bekræfter, det bekræftede",
    "no": "det sier, det sa, det opplyser, det opplyste, det skriver, det skrev, "
    "det bekrefter, det bekreftet",
    "fi": "asiasta kertoi, asiasta kertoo, asiasta kertoivat, tästä kertoi, tiedon kertoi",
    "pl": "poinformował o tym, poinformowała o tym, poinformowali o tym, o tym poinformował, "
    "o tym poinformowała, o tym poinformowali",
    "cs": "uvedl to, uvedla to, uvedli to, řekl to, řekla to, řekli to, oznámil to, "
    "oznámila to, informoval o tom, informovala o tom, informovali o tom",
    "sk": "uviedol to, uviedla to, uviedli to, povedal to, povedala to, informoval o tom, "
    "informovala o tom, informovali o tom",
    "ru": "об этом сообщил, об этом сообщила, об этом сообщили, об этом сообщает, "
    "об этом сообщается, об этом заявил, об этом заявила, об этом заявили, об этом пишет, "
    "об этом говорится, об этом рассказал, об этом рассказала",
    "uk": "про це повідомив, про це повідомила, про це повідомили, про це повідомляє, "
    "про це заявив, про це заявила, про це заявили, про це пише, про це йдеться",
}
"""Each language's :attr:`Language.attribution_openers`, comma-separated."""


# Sentence openers that point back to a sentence the reader of a summary has not seen
# (summarize.scorers.quality.opens_dangling), per language: "dangling", comma-separated
# words and phrases; "asides" and "inner", connectives inside a sentence (set off by
# commas, or anywhere: Language.dangling_asides, inner_connectives); "endings", particles
# closing a sentence ("as well.", "too.": Language.dangling_endings); "unquoted", pronouns
# of the first and second person outside a quotation (Language.unquoted_openers); "postposed",
# demonstratives written after their noun (Language.postposed_demonstratives); "standalone",
# phrases that open with one of them but refer to
# nothing (impersonal forms, and a demonstrative before a time of the writing: "This
# year", "ce matin", "esta semana"). Left out on purpose: articles and determiners that
# are also pronouns (French "le", "la"; German "die", "der", "das"; Spanish "lo"; Dutch
# "het"; Swedish and Danish "de", "den", "det"), demonstratives that open a noun phrase
# in the languages without a list of such times ("bu yıl"; English, German, French,
# Spanish, Italian, Portuguese, Dutch, Polish, Russian and Ukrainian have theirs:
# "Dit besluit", "Ta decyzja", "Это решение" dangle), pronouns that are
# mostly impersonal (German "es", Dutch "er"), and verbs: Spanish, Italian and
# Portuguese drop the subject, so a sentence opening with a verb cannot be told from a
# statement, except a verb of saying before what was said ("Dijo que ...", read with
# the speech tags: SpeechTags.complementisers).
# A language without an entry has no dangling openers.
_OPENERS: dict[str, dict[str, str]] = {
    "en": dict(
        early="him them",
        fronted="he she they",
        prepositions="on in at after before during since by from until throughout",
        clauses="that who which whom whose and or but",
        unquoted="""i, i'm, i've, i'll, i'd, my, you, your, you're, you've, you'll, you'd, we,
        we're, we've, we'll, we'd""",
        endings="""too, as well, either, otherwise, instead, also, likewise, though,
        nevertheless, nonetheless, anyway, this one, that one, went further, went even
        further, go further, did the same, followed suit""",
        dangling="""he, she, they, it, its, his, her, hers, their, theirs, them, him, this,
        these, those, but, and, or, nor, so, yet, also, however, still, then, meanwhile,
        moreover, furthermore, instead, nevertheless, nonetheless, thus, therefore, besides,
        otherwise, hence, likewise, similarly, further, additionally, accordingly,
        consequently, afterward, afterwards, later, such, both, it's, he's, she's, they're,
        they've, they'd, they'll, he'd, she'd, he'll, she'll, it'll, that's, in short,
        in sum, in addition, in other words, as a result, in turn, on the other hand,
        by contrast, in contrast, even so, for example, for instance, in fact, in particular,
        after that, since then, until then, by then, before that, at that time, at the time,
        at the same time, in response, in that case, on the contrary, after all, to that end,
        as such, if so, if not, even then, either way, in any case, the others, that,
        despite this, despite that, despite these, because of this, because of that,
        for this reason, for that reason, in this case, in this way, to this end,
        for its part, for their part, for his part, for her part, another, the other,
        others, according to him, according to her, according to them, the two, the three,
        the four, the five, the six, the pair, the trio, all three, all four, all five,
        all six, moments later, shortly afterward, shortly afterwards, soon afterward,
        soon afterwards, shortly after that, soon after that, immediately afterward,
        immediately afterwards, the next day, the next morning, the next night,
        the next week, the following day, the following morning, the following week,
        the day before, the previous day, the night before, the same day, the same morning,
        the same afternoon, the same evening, the same night, the same week, on the same day,
        earlier that day, earlier the same day, the latter, all these, all this, all of them,
        all of these, all of those, """
        + _EN_TIMES,
        # A demonstrative before a time of the writing ("This year, ..."), and "those
        # who", point back to no sentence; nor does "it" of what is not known, nor
        # "however" of degree ("However much it costs"; not "However, much ...": a phrase
        # does not run over a comma after its first word).
        standalone="""otherwise healthy, this year, this week, this month, this morning,
        this afternoon, this evening, this weekend, this season, this spring, this summer,
        this fall, this autumn, this winter, this year's, this week's, this month's, this
        weekend's, this season's, this spring's, this summer's, this fall's, this winter's,
        these days, those who, in contrast to, in response to, in addition to, as a result
        of, by contrast with, in contrast with, it is unclear, it was unclear, it is not
        clear, it was not clear, it is not immediately clear, it was not immediately clear,
        it is not known, it was not known, it remains unclear, it remained unclear, it
        remains to be seen, it is too early, it was too early, it took, it is raining, it
        was raining, it has been raining, it had been raining, it rained, it has rained, it
        snowed, it has snowed, his holiness, his majesty, her majesty, his royal highness,
        her royal highness, his excellency, her excellency, it is expected, it was expected,
        it is estimated, it was estimated, it is believed, it was believed, it is likely, it
        was likely, it is unlikely, it was unlikely, it is possible, it was possible, it is
        hoped, it was hoped, it is feared, it was feared, it is thought, it was thought, so
        far, also known as, yet another, at the time of, however much, however many, however
        long, however hard, however often""",
        subordinators="because when whenever after before although though if unless since "
        "while as once until whereas where wherever whether",
        inner_demonstratives="these those",
        exceptions="days years times weeks months decades hours nights two three four five six "
        "seven eight nine ten",
        participles="ing",
        asides="""however, though, too, after all, nevertheless, nonetheless, therefore,
        instead, meanwhile, in turn, moreover, furthermore, likewise, similarly, in contrast,
        by contrast, as a result, thus, in addition, for example, for instance, even so,
        for its part, for their part, for his part, for her part""",
    ),
    "de": dict(
        early="er ihn ihm sie ihnen",
        clauses="und oder",
        subordinators="als wenn weil obwohl nachdem während bevor sobald falls obgleich",
        inner_demonstratives="diese diesen jene jenen",
        exceptions="tage tagen jahre jahren zeiten wochen monate monaten woche saison nacht zeit "
        "zwei drei vier fünf sechs sieben acht neun zehn",
        unquoted="ich, wir",
        endings="auch, ebenfalls, ebenso, gleichfalls",
        dangling="""er, sie, ihm, ihn, ihr, ihre, ihrem, ihren, ihrer, ihres, sein, seine,
        seinem, seinen, seiner, seines, dies, letzterer, letztere, letzteres, aber, doch,
        jedoch, allerdings, außerdem, zudem, ferner, darüber hinaus, dennoch, trotzdem,
        nichtsdestotrotz, deshalb, deswegen, daher, darum, somit, folglich, demnach,
        demzufolge, infolgedessen, dabei, dadurch, dafür, dagegen, danach, daneben, daran,
        darauf, daraufhin, daraus, darin, darunter, davon, dazu, hierbei, hierzu, hierfür,
        hingegen, stattdessen, ebenso, ebenfalls, gleichzeitig, zugleich, damals, dort,
        dann, später, zuvor, vorher, seitdem, seither, am selben tag, am gleichen tag, am
        selben abend, am gleichen abend, noch am selben tag, noch am gleichen tag, am
        nächsten tag, am folgenden tag, tags darauf, am vortag, all diese, alle diese, all
        das, all dies, auch, und, oder, sondern, denn, dieser, diese, dieses, diesen,
        diesem, die anderen, das sagte, das sagt, das erklärte, das teilte, das berichtete,
        damit, beide, die beiden, die zwei"""
        + ", "
        + _DE_TIMES,
        standalone="""auch wenn, auch in diesem jahr, auch dieses jahr, auch in dieser
        woche, auch diese woche, auch in dieser saison, auch in diesem sommer, auch in
        diesem winter, auch in diesem herbst, auch in diesem frühjahr, dieses jahr, dieses
        wochenende, diese woche, diese saison, diesen monat, diesen montag, diesen dienstag,
        diesen mittwoch, diesen donnerstag, diesen freitag, diesen samstag, diesen sonntag,
        diesen sommer, diesen winter, diesen herbst, diesen frühling, dieser tage, diese
        tage""",
        inner="""jedoch, allerdings, dennoch, trotzdem, deshalb, deswegen, zudem,
        außerdem, hingegen, indes, indessen, folglich, somit, stattdessen, nämlich""",
    ),
    "fr": dict(
        inner_demonstratives="ces",
        exceptions="jours jours-ci temps années semaines mois derniers dernières deux trois quatre "
        "cinq six sept huit neuf dix",
        unquoted="je, j', nous, vous",
        endings="""aussi, également, non plus, quand même, tout de même, pourtant, plutôt,
        toutefois, néanmoins, cependant""",
        dangling="""il, elle, ils, elles, lui, eux, son, sa, ses, leur, leurs, cela, ceci,
        dans le même temps, en même temps, au même moment, depuis lors, à l'époque, le même
        jour, le jour même, le soir même, le même soir, le lendemain, la veille, le
        surlendemain, tous ces, toutes ces, toute cette, tout cela, tout ceci, ça, celui-ci,
        celle-ci, ceux-ci, celles-ci, celui-là, celle-là, ce dernier, cette dernière, ces
        derniers, ces dernières, ce, cet, cette, ces, selon lui, selon elle, selon eux,
        selon elles, d'après lui, d'après elle, d'après eux, quant à lui, quant à elle,
        quant à eux, de son côté, de leur côté, pour sa part, pour leur part, mais,
        cependant, toutefois, pourtant, néanmoins, en outre, de plus, par ailleurs,
        d'ailleurs, ainsi, donc, aussi, en revanche, par contre, en effet, or, et, ou, puis,
        ensuite, alors, également, par conséquent, c'est pourquoi, de même, entre-temps,
        pendant ce temps, au contraire, malgré cela, malgré tout, sinon, car, les autres,
        les deux, les trois, les quatre, tous deux, toutes deux"""
        + ", "
        + _FR_TIMES,
        subordinators="parce quand lorsque lorsqu' si s' comme puisque puisqu' quoique "
        "quoiqu' tandis bien alors",
        # "Il" is impersonal before these: there is, one must, it is about, it seems ...
        # "Il est" and "il était" are left alone ("il est possible que", "il est arrivé").
        standalone="""à l'époque de, à l'époque du, à l'époque des, à l'époque où, il y, il n'y,
        il faut, il fallait, il faudra, il faudrait,
        il ne faut, il ne fallait, il s'agit, il s'agissait, il ne s'agit, il est, il était,
        il sera, il serait, il n'est, il n'était, il semble, il semblait, il paraît,
        il reste, il restait, il ne reste, il suffit, il suffirait, il convient, il importe,
        il vaut, il manque, il arrive, il se peut, il pourrait, il devrait,
        il s'avère, il apparaît, il apparait, il appartient, il existe, il n'existe,
        il semblerait, il en va, il ressort, il résulte, il pleut, il neige, il ya,
        alors que, alors qu', ainsi que, ainsi qu', aussi bien,
        ce matin, ce midi, ce soir, ce week-end, ce weekend, ce mois, ce mois-ci,
        ce jour, ce lundi, ce mardi, ce mercredi, ce jeudi, ce vendredi, ce samedi,
        ce dimanche, ce printemps, cet après-midi, cet été, cet automne, cet hiver,
        cette semaine, cette année, cette nuit, cette saison, cette fin de semaine,
        ces jours-ci, ces derniers jours, ces dernières semaines, ces derniers mois,
        ces dernières années, ce que, ce qui, ce qu'""",
        asides="""cependant, toutefois, pourtant, néanmoins, en revanche, par contre,
        par ailleurs, d'ailleurs, de plus, en outre, donc, ainsi, par conséquent, quant à lui,
        quant à elle, quant à eux, de son côté, de leur côté, pour sa part, pour leur part,
        par exemple, malgré tout, elle aussi, lui aussi, eux aussi""",
    ),
    "es": dict(
        subordinators="cuando porque aunque si mientras pues apenas",
        inner_demonstratives="estos estas esos esas aquellos aquellas",
        exceptions="días años tiempos semanas meses veces dos tres cuatro cinco seis siete ocho "
        "nueve diez",
        unquoted="yo, nosotros, nosotras, vosotros, vosotras, usted, ustedes",
        endings="""también, tampoco, en cambio, aun así, aún así, en su lugar, igualmente,
        asimismo, sin embargo, no obstante""",
        dangling="""él, ella, ellos, ellas, ello, esto, eso, aquello, éste, ésta, éstos,
        desde entonces, al mismo tiempo, en aquel momento, en ese momento, por aquel
        entonces, el mismo día, la misma noche, al día siguiente, el día anterior, la
        víspera, todos estos, todas estas, todos esos, todas esas, todo esto, todo eso,
        todos ellos, todas ellas, los dos, las dos, ambos, ambas, según explicó, según dijo,
        según afirmó, según añadió, según indicó, según señaló, éstas, su, sus, dicho,
        dicha, dichos, dichas, este último, esta última, estos últimos, estas últimas, según
        él, según ella, según ellos, según ellas, pero, sin embargo, no obstante, además,
        asimismo, también, tampoco, así, por eso, por ello, por lo tanto, por tanto, por
        consiguiente, en consecuencia, entonces, luego, mientras tanto, por su parte, por
        otra parte, por otro lado, en cambio, incluso, aun así, aún así, pese a ello, a
        pesar de ello, a pesar de eso, y, e, o, u, ni, este, esta, estos, estas, ese, esa,
        esos, esas, aquel, aquella, aquellos, aquellas, los demás, las demás, los otros, las
        otras, lo hizo, lo dijo, lo anunció, lo confirmó, lo explicó, lo aseguró, lo afirmó,
        lo señaló, lo indicó, lo informó, lo reveló, lo ha, lo han, lo había, lo habían, la
        ha, le dijo, les dijo"""
        + ", "
        + _ES_TIMES,
        standalone="""así como, así es, en aquel momento de, en ese momento de, este año,
        este mes, este fin de semana, este lunes,
        este martes, este miércoles, este jueves, este viernes, este sábado, este domingo,
        este verano, este invierno, este otoño, esta semana, esta mañana, esta tarde,
        esta noche, esta madrugada, esta temporada, esta primavera, estos días"""
        + ", "
        + _anchored(_ES_TIMES, "de del"),
        asides="""sin embargo, no obstante, además, asimismo, por tanto, por lo tanto,
        por eso, por ello, por consiguiente, en consecuencia, en cambio, por su parte,
        por otra parte, por otro lado, aun así, aún así, por ejemplo, a su vez, también""",
    ),
    "it": dict(
        subordinators="quando perché sebbene benché se mentre poiché siccome appena",
        dangling="""lui, lei, loro, egli, ella, essi, esse, ciò, suo, sua, suoi, sue,
        entrambi, entrambe, i due, le due, ha poi, ha quindi, ha inoltre, ha anche,
        il suo, la sua, i suoi, le sue, il loro, la loro, i loro, le loro, quest'ultimo,
        quest'ultima, questi ultimi, queste ultime, secondo lui, secondo lei, secondo loro,
        a suo dire, a suo avviso, dal canto suo, da parte sua, ma, però, tuttavia, eppure,
        inoltre, anche, infatti, quindi, dunque, perciò, pertanto, comunque, invece,
        intanto, nel frattempo, peraltro, oltretutto, altrimenti, poi, allora, così,
        per questo, di conseguenza, nonostante ciò, ciononostante, e, ed, o, né, questo,
        questa, questi, queste, quest', quello, quella, quelli, quelle, gli altri, le altre,
        lo ha, lo hanno, lo aveva, l'ha, l'hanno, lo dice, lo dicono, lo riferisce, lo
        riferiscono, lo rende noto, lo rendono noto, lo annuncia, lo conferma, lo spiega,
        lo afferma, lo sostiene, lo scrive""",
        standalone="""così come, anche se, quest'anno, quest'estate, quest'inverno,
        quest'autunno, questa settimana, questa mattina, questa sera, questa notte,
        questa stagione, questa primavera, questo mese, questo fine settimana,
        questo weekend, questi giorni""",
        asides="""tuttavia, però, invece, comunque, quindi, dunque, inoltre, peraltro,
        pertanto, perciò, dal canto suo, da parte sua, d'altra parte, a sua volta,
        per esempio, ad esempio, anche lui, anche lei, anche loro""",
    ),
    "pt": dict(
        inner_demonstratives="esses essas estes estas aqueles aquelas",
        exceptions="dias anos tempos semanas meses vezes dois duas três quatro cinco seis sete "
        "oito nove dez",
        unquoted="eu, nós, você, vocês",
        endings="""também, tampouco, mesmo assim, ainda assim, em vez disso, ao contrário,
        no entanto, porém, contudo""",
        dangling="""ele, ela, eles, elas, isso, isto, aquilo, seu, sua, seus, suas, desde
        então, ao mesmo tempo, na altura, na época, à época, no mesmo dia, na mesma noite,
        no dia seguinte, no dia anterior, na véspera, todos esses, todas essas, todos estes,
        todas estas, tudo isso, tudo isto, todos eles, todas elas, o mesmo, a mesma, os
        mesmos, as mesmas, este último, esta última, estes últimos, estas últimas, segundo
        ele, segundo ela, segundo eles, segundo elas, de acordo com ele, de acordo com ela,
        de acordo com eles, de acordo com elas, para ele, para ela, para eles, para elas,
        mas, porém, contudo, todavia, entretanto, no entanto, além disso, ainda assim, mesmo
        assim, também, tampouco, assim, portanto, por isso, então, depois disso, com isso,
        desse modo, dessa forma, deste modo, desta forma, diante disso, apesar disso, nesse
        sentido, neste sentido, nesse caso, por sua vez, por outro lado, em contrapartida,
        enquanto isso, aliás, inclusive, dessa vez, desta vez, na ocasião, e, ou, nem, já o,
        já a, já os, já as, este, esta, estes, estas, esse, essa, esses, essas, aquele,
        aquela, aqueles, aquelas, os outros, as outras, os demais, as demais, os dois, as
        duas, os três, as três, os quatro, as quatro, ambos, ambas"""
        + ", "
        + _PT_TIMES,
        subordinators="porque quando embora se como enquanto caso conforme desde logo "
        "depois antes",
        # A demonstrative before a time of the writing points back to nothing.
        standalone="""assim como, assim que, na altura de, na altura do, na altura da,
        na altura dos, na altura das, na altura em que, na época de, na época do,
        na época da, na época dos, na época das, na época em que, à época de, à época do,
        à época da, este ano, este mês, este fim de semana,
        este domingo, este sábado, este semestre, este verão, este inverno, este outono,
        esta semana, esta manhã, esta tarde, esta noite, esta madrugada, esta temporada,
        esta primavera, esta segunda, esta segunda-feira, esta terça, esta terça-feira,
        esta quarta, esta quarta-feira, esta quinta, esta quinta-feira, esta sexta,
        esta sexta-feira, estes dias, esses dias"""
        + ", "
        + _anchored(_PT_TIMES, "de da do das dos"),
        asides="""porém, no entanto, contudo, entretanto, todavia, por sua vez, ao contrário,
        por outro lado, além disso, por isso, portanto, assim, ainda assim, mesmo assim,
        por exemplo, também, por seu lado, por sua parte""",
    ),
    "nl": dict(
        early="hij ze zij hem hen",
        clauses="dat die wat of waar en",
        subordinators="toen als omdat hoewel nadat terwijl voordat zodra wanneer indien doordat",
        dangling="""hij, zij, ze, haar, hun, zijn, volgens hem, volgens haar, volgens hen,
        de twee, beide, beiden,
        maar, echter, toch, bovendien, daarnaast, verder, ook, tevens, eveneens, daarom,
        dus, daardoor, daarbij, daarna, daarmee, daarop, daarover, daarvoor, daarin,
        daaruit, daaraan, hierdoor, hierbij, hiermee, hierop, hierover, intussen,
        ondertussen, desondanks, niettemin, vervolgens, immers, integendeel, en, want,
        dit, deze, dat, die""",
        standalone="""dit jaar, deze week, deze maand, dit weekend, deze zomer, deze winter,
        dit voorjaar, deze lente, deze herfst, dit najaar, dit seizoen, deze dagen""",
        inner="""echter, daarom, bovendien, evenwel, niettemin, desondanks, immers,
        namelijk, daarentegen""",
    ),
    "sv": dict(
        early="han hon honom henne dem",
        clauses="att som och",
        subordinators="när eftersom om fast medan innan även",
        dangling="""han, hon, hans, hennes, deras, dess, enligt honom, enligt henne,
        enligt dem, men, dock, emellertid, också, även, dessutom, vidare, därför, därmed,
        därefter, därtill, därutöver, således, alltså, följaktligen, ändå, trots det,
        trots detta, samtidigt, under tiden, istället, i stället, annars, likaså, och,
        eller, de blev, de var, de är, de har, de hade, de ska, de skulle, de kan, de kunde,
        de vill, de ville, de måste, de fick, de får, de blir, de säger, de sa, de sade, de uppger,
        de uppgav, de berättar, de berättade, de meddelar, de meddelade, de skriver, de skrev,
        samma,
        detta, denna, dessa, det säger, det sa, det sade, det skriver, det uppger""",
        standalone="""även om,
        denna vecka, denna månad, denna helg, denna säsong, denna sommar,
        denna vinter, denna höst, denna vår, dessa dagar""",
        inner="""dock, emellertid, därför, dessutom, ändå, däremot, således""",
    ),
    "da": dict(
        early="han hun ham hende dem",
        clauses="at som der og",
        subordinators="da når fordi hvis selvom mens selv",
        dangling="""han, hun, hans, hendes, deres, dens, dets, ifølge ham, ifølge hende,
        ifølge dem, men, dog, imidlertid, også, desuden, endvidere, derudover, derfor,
        dermed, derefter, derimod, således, altså, alligevel, samtidig, i mellemtiden,
        i stedet, ellers, ligeledes, og, eller, de blev, de var, de er, de har, de havde,
        de skal, de skulle, de vil, de ville, de kan, de kunne, de må, de måtte, de bliver,
        de fik, de får, de siger, de sagde, de oplyser, de oplyste, de fortæller, de fortalte,
        de meddeler, de meddelte, de skriver, de skrev, samme,
        dette, denne, disse, det siger, det sagde, det skriver, det oplyser""",
        inner="""dog, imidlertid, derfor, desuden, alligevel, derimod, således""",
        standalone="""denne uge, denne måned, denne weekend, denne sæson, denne sommer,
        denne vinter, dette forår, dette efterår, disse dage""",
    ),
    "no": dict(
        early="han hun ho ham henne dem",
        clauses="at som og",
        subordinators="når fordi hvis mens da selv",
        dangling="""han, hun, ho, hans, hennes, hennar, deres, deira, dens, dets,
        ifølge ham, ifølge henne, ifølge dem, ifølge han, ifølge ho, ifølge dei, men,
        imidlertid, også, dessuten, i tillegg, videre, derfor, dermed, deretter, derimot,
        således, altså, likevel, samtidig, i mellomtiden, i stedet, ellers, likeledes, og,
        eller, de ble, de var, de er, de har, de hadde, de skal, de skulle, de kan, de kunne,
        de vil, de ville, de må, de måtte, de fikk, de får, de blir, de sier, de sa, de opplyser,
        de opplyste, de forteller, de fortalte, de skriver, de skrev, samme,
        dette, denne, disse, det sier, det sa, det skriver, det opplyser""",
        inner="""imidlertid, derfor, dessuten, likevel, derimot, således""",
        standalone="""i tillegg til, denne uken, denne måneden, denne helgen, denne sesongen,
        denne sommeren, denne vinteren, denne høsten, denne våren, disse dager""",
    ),
    "fi": dict(
        early="hän he hänet heidät hänelle heille",
        clauses="ja tai",
        subordinators="kun koska jos vaikka kunnes jotta",
        dangling="""hän, he, hänen, heidän, häntä, heitä, hänelle, heille, hänet, heidät,
        hänestä, heistä, hänellä, heillä, häneltä, heiltä, häneen, heihin, mutta,
        kuitenkin, lisäksi, myös, siksi, sen vuoksi, sen takia, tämän vuoksi, tämän takia,
        sen sijaan, sitä vastoin, silti, joten, niinpä, näin ollen, siten, samalla,
        sitten, sittemmin, tällöin, tuolloin, myöhemmin, ja, tai,
        tämä, nämä, tämän, näiden, näin""",
        inner="""kuitenkin, siksi, lisäksi, silti, sen sijaan, sitä vastoin, näin ollen""",
        standalone="""tämän vuoden, tämän viikon, tämän kuun""",
    ),
    "pl": dict(
        early="on ona oni one go mu ją im niego niej nią nim nich",
        clauses="i oraz lub",
        second="jej ich",
        subordinators="gdy kiedy ponieważ jeśli jeżeli chociaż choć zanim skoro",
        dangling="""on, ona, oni, one, jego, jej, ich, jemu, według niego, według niej,
        pozostali, pozostałe, jak podkreślił, jak podkreśliła, jak powiedział, jak powiedziała,
        jak dodał, jak dodała, jak zaznaczył, jak zaznaczyła, jak stwierdził, jak stwierdziła,
        jak wyjaśnił, jak wyjaśniła,
        według nich, ale, jednak, jednakże, natomiast, ponadto, poza tym, oprócz tego,
        także, również, dlatego, zatem, więc, toteż, wobec tego, w związku z tym,
        mimo to, mimo tego, przy tym, tym samym, tymczasem, następnie, potem, wtedy,
        wówczas, podobnie, lub, albo, oraz, bo,
        ta, ten, te, to, ci, tego, tej, tym, tę""",
        standalone="""to co""",
        inner="""jednak, jednakże, natomiast, zatem, więc, ponadto, dlatego, bowiem,
        mimo to, tymczasem""",
    ),
    "cs": dict(
        subordinators="když protože přestože pokud jestliže zatímco",
        early="on ona oni ony ho mu ji jim něj něho ní nim nich",
        clauses="a nebo",
        second="jej",
        dangling="""on, ona, oni, ony, jeho, její, jejich, jemu, jí, podle něj, podle něho,
        podle ní, podle nich, ale, však, avšak, jenže, ovšem, nicméně, přesto, navíc,
        kromě toho, také, rovněž, proto, tedy, tudíž, takže, zároveň, mezitím, potom, poté,
        pak, následně, podobně, a, nebo,
        toto, tento, tato, tyto, tito, to, uvedl to, uvedla to, uvedli to,
        řekl to, řekla to, řekli to, sdělil to, sdělila to, napsal to, napsala to, oznámil to,
        tuto""",
        inner="""však, avšak, ovšem, proto, tedy, tudíž, navíc, přesto, nicméně""",
        standalone="""to co, tento týden, tento rok, tento měsíc, tento víkend,
        toto léto, tuto zimu, toto jaro, tento podzim""",
    ),
    "sk": dict(
        subordinators="keď pretože hoci ak zatiaľ kým",
        early="on ona oni ony ho mu ju im neho nej ňom nich",
        clauses="a alebo",
        second="jej",
        dangling="""on, ona, oni, ony, jeho, jej, ich, jemu, podľa neho, podľa nej,
        podľa nich, ale, však, avšak, lenže, napriek tomu, navyše, okrem toho, tiež,
        taktiež, rovnako, podobne, preto, teda, takže, zároveň, medzitým, potom, následne, a,
        alebo,
        toto, tento, táto, tieto, títo, to, uviedol to, uviedla to,
        uviedli to, povedal to, povedala to, povedali to, informoval o tom, informovala o tom,
        túto""",
        inner="""však, avšak, preto, teda, navyše, napriek tomu""",
        standalone="""to čo, tento týždeň, tento rok, tento mesiac, tento víkend,
        toto leto, túto zimu, túto jar, túto jeseň""",
    ),
    "ru": dict(
        early="он она оно они ему ей него неё нее них ним ней нём",
        clauses="и или",
        second="его её ее их им",
        subordinators="когда поскольку если хотя пока",
        dangling="""он, она, они, его, её, ее, их, ему, ей, им, по его, по её, по ее, остальные,
        оба, обе,
        по их, данный, данная, данное, но, а, однако, впрочем, зато, при этом, кроме того,
        кроме этого, помимо этого, помимо того, также, тем не менее, поэтому, потому,
        таким образом, следовательно, итак, причем, причём, притом, между тем,
        тем временем, вместо этого, затем, потом, после этого, в результате этого, тогда,
        там, ведь,
        это, этот, эта, эти, этого, этой, этим, этих, этому, эту""",
        standalone="""этим летом, этой весной, этой осенью, этой зимой, этим утром, этим вечером""",
        asides="""однако, впрочем, тем не менее, кроме того, к тому же, следовательно,
        таким образом, в свою очередь, например, при этом""",
    ),
    "uk": dict(
        early="він вона воно вони йому їй нього неї них ним ній ньому",
        clauses="і й або",
        second="його її їх їм",
        subordinators="коли оскільки якщо хоча поки",
        dangling="""він, вона, вони, його, її, їх, їм, йому, їй, їхній, їхня, їхнє, їхні,
        за його словами, за її словами, за їхніми словами, на його думку, на її думку,
        на їхню думку, але, проте, однак, втім, утім, тому, отже, також, крім того, до того ж,
        водночас, при цьому, тим часом, натомість, зокрема, згодом, потім, після цього, а,
        тоді, там,
        це, цей, ця, ці, цього, цієї, цим, цих, цю""",
        standalone="""цього року, цього тижня, цього місяця, цього літа, цієї весни, цієї осені,
        цієї зими, цього ранку""",
        asides="""однак, проте, втім, утім, тим не менш, тим не менше, крім того, до того ж,
        отже, зокрема, наприклад, у свою чергу, при цьому""",
    ),
    "el": dict(
        subordinators="όταν επειδή αν ενώ αφού καθώς μόλις",
        dangling="""αυτός, αυτή, αυτοί, αυτές, ο ίδιος, η ίδια, οι ίδιοι, οι ίδιες, οι άλλοι,
        οι άλλες, οι υπόλοιποι, οι υπόλοιπες,
        σύμφωνα με τον ίδιο, σύμφωνα με την ίδια, αλλά, όμως, ωστόσο, επίσης, επιπλέον,
        επιπρόσθετα, παράλληλα, εντούτοις, παρ' όλα αυτά, παρόλα αυτά, γι' αυτό,
        επομένως, συνεπώς, άρα, έτσι, εξάλλου, άλλωστε, στο μεταξύ, εν τω μεταξύ,
        αντίθετα, αντιθέτως, και, ή,
        αυτό, αυτά, εκείνος, εκείνη, εκείνοι, εκείνες, εκείνο, εκείνα,
        αυτόν, όπως τόνισε, όπως είπε, όπως δήλωσε, όπως ανέφερε, όπως σημείωσε, όπως
        εξήγησε, όπως πρόσθεσε, όπως υπογράμμισε""",
        standalone="""αυτή την εβδομάδα, αυτόν τον μήνα, αυτή τη στιγμή,
        αυτό το καλοκαίρι, αυτόν τον χειμώνα, αυτό το σαββατοκύριακο, αυτή τη χρονιά,
        αυτές τις μέρες, αυτές τις ημέρες, την εβδομάδα αυτή, τον μήνα αυτό, τη στιγμή αυτή,
        το καλοκαίρι αυτό, τον χειμώνα αυτό, τη χρονιά αυτή, τις μέρες αυτές,
        τις ημέρες αυτές""",
        postposed="""αυτός, αυτή, αυτό, αυτοί, αυτές, αυτά, αυτού, αυτής, αυτών, αυτόν,
        εκείνος, εκείνη, εκείνο, εκείνοι, εκείνες, εκείνα""",
        asides="""όμως, ωστόσο, πάντως, εντούτοις, επομένως, επιπλέον""",
    ),
    "tr": dict(
        dangling="""onlar, onun, onların, ona, onu, onlara, onları, kendisi, bunun, buna,
        bununla, bu nedenle, bu yüzden, bu sebeple, bu arada, bu kapsamda, ancak, ama,
        fakat, lakin, ne var ki, yine de, ayrıca, üstelik, dahası, öte yandan,
        dolayısıyla, böylece, böylelikle, sonra, ardından, daha sonra, ve, veya, ya da,
        yani, oysa, halbuki,
        bu, şu, o""",
        standalone="""bu yıl, bu hafta, bu ay, bu sabah, bu akşam, bu gece, bu sezon,
        bu yaz, bu kış, bu bahar, bu sonbahar""",
        inner="""ise""",
    ),
    "he": dict(
        dangling="""הוא, היא, הם, הן, והוא, והיא, והם, לדבריו, לדבריה, לדבריהם, לטענתו,
        לטענתה, לטענתם, לדעתו, לדעתה, לדעתם, אבל, אולם, אך, עם זאת, יחד עם זאת, בנוסף,
        לכן, כמו כן, מנגד, בינתיים, אי לכך, גם""",
        asides="""לעומת זאת, עם זאת, אולם, בנוסף, מנגד""",
        postposed="""הזה, הזאת, הזו, האלה, האלו""",
        standalone="""השבוע הזה, החודש הזה, הבוקר הזה, הערב הזה, הקיץ הזה, החורף הזה,
        בשבוע הזה, בחודש הזה, בשנה הזאת, השנה הזאת, העונה הזאת, גם אם""",
    ),
    "hi": dict(
        early="वह वे उन्होंने उसने उसे उन्हें",
        clauses="कि जो और",
        dangling="""उन्होंने, उनके, उनकी, उनका, उन्हें, लेकिन, परंतु, परन्तु, किंतु, किन्तु,
        इसके अलावा, इसलिए, इस बीच, इसके बाद, साथ ही, वहीं, और,
        इस, यह, ये, उस, वह, वे, हालांकि, हालाँकि, बाकी""",
        endings="""यह जानकारी दी, यह जानकारी दी गई, इसकी जानकारी दी, इसकी जानकारी दी गई""",
        standalone="""इस साल, इस वर्ष, इस सप्ताह, इस हफ्ते, इस महीने,
        यह स्पष्ट नहीं है, यह साफ नहीं है, यह तय नहीं है""",
    ),
    "vi": dict(
        dangling="""ông ấy, bà ấy, anh ấy, chị ấy, tuy nhiên, nhưng, ngoài ra, do đó, vì vậy,
        vì thế, bên cạnh đó, trong khi đó, đồng thời, sau đó, thêm vào đó, cũng theo, và,
        ông, bà, anh, chị, họ, vụ việc, sự việc""",
        asides="""tuy vậy, tuy nhiên, do đó, vì vậy, ngoài ra, bên cạnh đó""",
        postposed="""này, ấy""",
        standalone="""tuần này, tháng này, mùa này, năm này, đợt này, tuần tới này""",
    ),
    # Chinese and Japanese words are characters: a phrase is the characters a sentence
    # opens with.
    "zh": dict(
        dangling="""他, 她, 它, 该, 其, 这, 此, 对此, 但, 然而, 不过, 而, 并且, 因此, 所以, 于是,
        同时, 然后, 随后, 之后, 后来, 与此同时, 另外, 另一方面, 除此之外, 尽管如此, 即便如此, 同日, 当天, 当日, 同一天""",
        standalone="""其他, 其它, 其实,
        这周, 这周末, 这个周末, 这个月, 这个冬天, 这个夏天, 这个春天,
        这个秋天""",
    ),
    "ja": dict(
        dangling="""彼, 彼女, 同, これ, それ, この, その, そこで, そして, しかし, だが, ただ, また,
        さらに, なお, 一方""",
        standalone="""この冬, この夏, この春, この秋, この週末""",
    ),
    "ko": dict(
        dangling="""그는, 그가, 그의, 그녀는, 그녀가, 그녀의, 그들은, 그들이, 그들의, 그러나,
        하지만, 그런데, 그래서, 따라서, 또한, 그리고, 그러면서, 이에, 한편, 이와 함께,
        이어, 나머지,
        이 같은, 이같은, 이러한, 이런, 그러한, 그런, 이날, 앞서, 해당""",
        inner="""그러나, 하지만""",
    ),
    # Arabic writes "and" as a prefix: "وأضاف", and he added, is one word; a verb of
    # saying dangles when no subject follows it ("وأضاف أن ...", and he added that), not
    # when one does ("وقال الوزير إن ...", the minister said).
    "ar": dict(
        dangling="""هو, هي, هم, هن, وهو, وهي, وهم, لكن, ولكن, إلا أن, غير أن, كما, وكما, ثم,
        وأضاف أن, وأضافت أن, وأكد أن, وأكدت أن, وأشار إلى أن, وأشارت إلى أن, وقال إن,
        وقالت إن, وتابع قائلا, وتابعت قائلة, وأوضح أن, وأوضحت أن, ولفت إلى أن, ولفتت إلى أن,
        وشدد على أن, وشددت على أن, واعتبر أن, واعتبرت أن, وكان قد, وكانت قد, من جهته, من جهتها,
        من جانبه, من جانبها, في المقابل, وفي المقابل, بالمقابل, في سياق متصل,
        وفي سياق متصل, في الوقت نفسه, وفي الوقت نفسه, بالإضافة إلى ذلك, إضافة إلى ذلك,
        في اليوم نفسه, وفي اليوم نفسه, في اليوم ذاته, وفي اليوم ذاته,
        في وقت لاحق من اليوم نفسه, وفي وقت لاحق من اليوم نفسه, في وقت لاحق من اليوم ذاته,
        وفي وقت لاحق من اليوم ذاته, لذلك, ولذلك, وبالتالي, بالتالي, ومع ذلك, مع ذلك, هذا, هذه,
        هؤلاء, ذلك, تلك, وهذا, وهذه, وذلك""",
        postposed="""ذاته, ذاتها""",
        standalone="""هذا العام, هذه السنة, هذا الأسبوع, هذا الشهر, هذا الصباح, هذا المساء,
        هذه الليلة, هذا الموسم""",
    ),
}

# Verbs of saying that make a short sentence a bare quotation tag
# (summarize.languages.SpeechTags, summarize.scorers.quality.is_fragment). Only forms
# that end such a sentence, or open it where a statement never opens with its verb;
# not nouns or adjectives of the same spelling (French "note", "demande", "précise").
_REFERRING: dict[str, tuple[str, str]] = {
    "en": (
        """the decision, the move, the measure, the measures, the step, the announcement,
        the ruling, the verdict, the incident, the proposal, the remarks, the comments,
        the statement, the company also, similar, a similar""",
        """the decision to, the decision of, the decision by, the decision on, the decision
        that, the move to, the move by, the step to, the announcement of, the announcement
        by, the ruling by, the ruling of, the ruling on, the verdict in, the verdict of,
        the proposal to, the proposal by, the proposal for, similar to""",
    ),
    "de": (
        """die entscheidung, der beschluss, die maßnahme, die maßnahmen, der schritt, die
        ankündigung, das urteil, der vorfall, der vorschlag, die äußerungen, ein ähnlicher,
        eine ähnliche, ein ähnliches, ähnliche""",
        """die entscheidung über, die entscheidung zur, die entscheidung zum, die
        entscheidung des, die entscheidung der, der beschluss des, der beschluss der, der
        beschluss zur, der beschluss zum, das urteil des, das urteil der, das urteil gegen,
        der vorschlag des, der vorschlag der, der vorschlag zur, der vorschlag zum, die
        ankündigung des, die ankündigung der""",
    ),
    "nl": (
        """het besluit, de beslissing, de maatregel, de maatregelen, de stap, de aankondiging,
        het vonnis, de uitspraak, het incident, het voorstel, een soortgelijk, een
        soortgelijke, soortgelijke, een vergelijkbaar, een vergelijkbare, het bedrijf ook,
        het bedrijf meldde ook""",
        """het besluit om, het besluit van, de beslissing om, de beslissing van, de
        aankondiging van, het vonnis van, de uitspraak van, het voorstel om, het voorstel
        van""",
    ),
    "fr": (
        """la décision, la mesure, les mesures, l'annonce, le verdict, le jugement,
        l'incident, la proposition, les propos, le geste, l'information, la nouvelle""",
        """l'information de, l'information du, la nouvelle de, la nouvelle du, la décision
        de, la décision du, la décision des, la décision d', l'annonce de, l'annonce du, l'annonce des, l'annonce d', le verdict du, le jugement du, la
        proposition de, la proposition du, la proposition d'""",
    ),
    "es": (
        """la decisión, la medida, las medidas, el anuncio, el fallo, la sentencia, el
        incidente, la propuesta, una medida similar, un caso similar, la información, la
        noticia""",
        """la información de, la información del, la noticia de, la noticia del, la
        decisión de, la decisión del, el anuncio de, el anuncio del, el fallo del, el fallo de, la sentencia del, la sentencia de, la propuesta de, la propuesta del""",
    ),
    "it": (
        """la decisione, il provvedimento, la misura, le misure, l'annuncio, la sentenza,
        l'incidente, la proposta, la mossa, la notizia, l'informazione""",
        """la notizia di, la notizia del, la notizia della, l'informazione di, la decisione
        di, la decisione del, la decisione della, la decisione dei, l'annuncio di, l'annuncio del, l'annuncio della, la sentenza del, la sentenza della, la sentenza
        di, la proposta di, la proposta del, la proposta della, il provvedimento del, il
        provvedimento della""",
    ),
    "pt": (
        """a decisão, a medida, as medidas, o anúncio, a sentença, o incidente, a proposta,
        a empresa também, o seu, a sua, os seus, as suas, a informação, a notícia""",
        """a informação de, a informação do, a informação da, a notícia de, a notícia do, a
        notícia da, a decisão de, a decisão do, a decisão da, o anúncio de, o anúncio do, o anúncio da,
        a sentença do, a sentença da, a proposta de, a proposta do, a proposta da""",
    ),
    "sv": (
        """beslutet, åtgärden, åtgärderna, beskedet, domen, förslaget, incidenten, avtalet,
        ett liknande, en liknande, liknande, samma dag, företaget uppger också""",
        """beslutet att, beslutet om, förslaget att, förslaget om, domen mot""",
    ),
    "da": (
        """beslutningen, afgørelsen, tiltaget, tiltagene, meldingen, dommen, forslaget,
        hændelsen, aftalen, et lignende, en lignende, lignende, tilsvarende""",
        """beslutningen om, afgørelsen om, forslaget om, dommen over, aftalen om, aftalen
        mellem""",
    ),
    "no": (
        """beslutningen, vedtaket, tiltaket, tiltakene, beskjeden, dommen, forslaget,
        hendelsen, avtalen, et lignende, en lignende, lignende, tilsvarende, det skjedde,
        selskapet opplyser også, selskapet også""",
        """beslutningen om, vedtaket om, forslaget om, dommen mot, avtalen om, avtalen
        mellom""",
    ),
    "fi": (
        """päätös, toimenpide, toimenpiteet, ilmoitus, tuomio, välikohtaus, ehdotus,
        vastaava, vastaavaa, vastaavia, vastaavat, samanlainen, samanlaisia, yhtiö kertoi
        myös, yhtiö myös""",
        "",
    ),
    "pl": (
        """decyzja, posunięcie, ogłoszenie, wyrok, incydent, propozycja, podobny, podobna,
        podobne, analogiczny, analogiczna, analogiczne, spółka poinformowała również,
        spółka poinformowała też, spółka również, spółka też""",
        """decyzja o, decyzja w sprawie, wyrok w sprawie, propozycja w sprawie""",
    ),
    "cs": (
        """rozhodnutí, opatření, oznámení, rozsudek, verdikt, incident, návrh, podobný,
        podobná, podobné, téhož dne, tentýž den, v tentýž den, společnost také""",
        """rozhodnutí o, rozhodnutí soudu, rozhodnutí vlády, rozhodnutí parlamentu,
        rozhodnutí ministerstva, rozhodnutí sněmovny, návrh na, návrh zákona""",
    ),
    "sk": (
        """rozhodnutie, opatrenie, opatrenia, oznámenie, rozsudok, verdikt, incident, návrh,
        podobný, podobná, podobné, v ten istý deň, ten istý deň, v ten deň, spoločnosť
        tiež""",
        """rozhodnutie o, rozhodnutie súdu, rozhodnutie vlády, rozhodnutie parlamentu,
        rozhodnutie ministerstva, návrh na, návrh zákona""",
    ),
    "ru": (
        """решение, мера, меры, заявление, инцидент, приговор, аналогичный, аналогичная,
        аналогичное, аналогичные, подобный, подобная, подобное, подобные, в тот же день,
        позднее в тот же день, позже в тот же день""",
        """решение о, решение об, решение по, заявление о, заявление об, приговор по""",
    ),
    "uk": (
        """рішення, захід, заходи, заява, інцидент, вирок, аналогічний, аналогічна,
        аналогічне, аналогічні, подібний, подібна, подібне, подібні, того ж дня, цього ж
        дня, пізніше того ж дня""",
        """рішення про, рішення щодо, заява про, заява щодо, вирок у справі""",
    ),
    "el": (
        """το μέτρο, τα μέτρα, η απόφαση, η ανακοίνωση, η ετυμηγορία, το περιστατικό, η
        πρόταση, ανάλογη, ανάλογο, ανάλογος, ανάλογα, παρόμοια, παρόμοιο, παρόμοιος, την
        ίδια μέρα, την ίδια ημέρα""",
        """το μέτρο για, τα μέτρα για, η απόφαση για, η απόφαση της, η απόφαση του, η
        πρόταση για, η πρόταση της, η πρόταση του""",
    ),
    "he": (
        """ההחלטה, הצעד, ההודעה, פסק הדין, האירוע, ההצעה, מקרה דומה, אירוע דומה, באותו יום""",
        """ההחלטה על, ההחלטה של, ההחלטה לגבי""",
    ),
    "hi": ("""इसी तरह की, इसी तरह का, इसी तरह के, उसी दिन""", ""),
    "ko": (
        """이번 조치는, 이번 조치가, 이번 조치로, 이번 조치에, 해당 조치는, 비슷한, 유사한,
        같은 날""",
        "",
    ),
    "tr": (
        """karar, önlem, adım, olay, öneri, benzer, aynı gün, aynı gün içinde, avukatı,
        eşi, karısı, kocası, annesi, babası, oğlu, kızı, kardeşi, sözcüsü, danışmanı,
        ailesi, yardımcısı""",
        """karar verdi""",
    ),
}
"""Words that point back to what an earlier sentence told (``dangling`` and
``standalone`` of :attr:`Language.dangling_openers` and
:attr:`Language.standalone_openers`): "The decision drew criticism.", "A similar
plan ...", Russian "Решение вызвало критику.", a person's relation named by a
possessive (Portuguese "O seu advogado ...", Turkish "Avukatı, ..."); not "The
decision to close the plant ...", which says what was decided."""


_FRENCH_SAID = """dit déclaré ajouté expliqué affirmé précisé souligné indiqué assuré répondu
    estimé poursuivi conclu insisté écrit demandé rappelé noté commenté lancé martelé confié
    reconnu raconté"""
_ITALIAN_SAID = """detto dichiarato aggiunto spiegato affermato sottolineato precisato
    osservato concluso risposto chiesto ricordato scritto commentato"""
_FRENCH_SAYS = """dit déclare ajoute explique affirme précise souligne indique assure répond
    estime poursuit conclut insiste écrit demande rappelle note commente lance martèle confie
    reconnaît raconte"""
"""French verbs of saying in the present, inverted after a quotation: "dit-il", "ajoute-t-elle"."""
# In each language's speech tags: ``drops_subject`` makes a verb of ``verbs`` alone a bare
# tag (the languages that leave the subject out: "..., disse."), ``pronouns_after`` each
# verb with one of those pronouns after it ("disse ele", "сказал он"); ``bare`` lists
# more whole tags (summarize.languages.SpeechTags.bare).
_SPEECH: dict[str, dict[str, Any]] = {
    "en": dict(
        verbs="""said, says, asked, asks, added, adds, told, tells, stated, states, explained,
        explains, replied, replies, noted, notes, continued, continues, insisted, insists,
        wrote, writes, declared, declares, answered, answers, recalled, recalls,
        acknowledged, concluded, agreed, agrees, disagreed, disagrees, argued, argues,
        admitted, admits, conceded, concedes, countered, counters, responded, responds,
        warned, warns, complained, complains, remarked, remarks, observed, observes,
        commented, comments, joked, jokes, quipped, quips, recounted, recounts""",
        speaker_after=True,
        pronouns="he she they it",
        places="in on at to of by from with",
        bare="according to him, according to her, according to them",
    ),
    "de": dict(
        verbs="""sagte, sagt, fragte, fragt, erklärte, betonte, meinte, schrieb, antwortete,
        fügte hinzu, ergänzte, hieß es, teilte mit, teilt mit""",
        speaker_after=True,
        adverbials_after=True,
        pronouns="er sie",
    ),
    "fr": dict(
        verbs=", ".join(
            f"{aux} {said}"
            for said in _FRENCH_SAID.split()
            for aux in ("a", "a-t-il", "a-t-elle", "ont", "ont-ils", "ont-elles")
        )
        + ", déclare, ajoute, explique, affirme, souligne, raconte, poursuit, insiste",
        bare=", ".join(
            [
                f"{aux} {said}"
                for said in _FRENCH_SAID.split()
                for aux in ("a-t-il", "a-t-elle", "ont-ils", "ont-elles")
            ]
            + [
                f"{says}{'-t' if says[-1] in 'ae' else ''}-{pronoun}"
                for says in _FRENCH_SAYS.split()
                for pronoun in ("il", "elle")
            ]
            + ["selon lui", "selon elle", "selon eux", "selon elles"]
        ),
        pronouns="il elle ils elles",
    ),
    "es": dict(
        verbs="""dijo, afirmó, añadió, agregó, explicó, señaló, aseguró, indicó, declaró,
        manifestó, subrayó, comentó, sostuvo, concluyó, respondió, preguntó, insistió,
        escribió, ha dicho, ha afirmado, ha añadido, ha explicado, ha señalado,
        ha asegurado, ha declarado""",
        drops_subject=True,
        complementisers="que",
        pronouns="él ella ellos ellas",
        bare="según él, según ella, según ellos, según ellas",
    ),
    "it": dict(
        verbs=", ".join(f"ha {said}" for said in _ITALIAN_SAID.split())
        + """, disse, aggiunse, spiegò, affermò, sottolineò, dichiarò, concluse, rispose,
        chiese, aggiunge, spiega, afferma, sottolinea, dichiara""",
        drops_subject=True,
        complementisers="che",
        pronouns="lui lei loro",
        bare="secondo lui, secondo lei, secondo loro",
    ),
    "pt": dict(
        verbs="""disse, afirmou, acrescentou, explicou, declarou, ressaltou, salientou,
        respondeu, perguntou, garantiu, comentou, observou, lembrou, escreveu, admitiu,
        afirma, acrescenta, explica, diz""",
        drops_subject=True,
        complementisers="que",
        pronouns="ele ela eles elas",
        pronouns_after="ele ela eles elas",
        bare="""segundo ele, segundo ela, segundo eles, segundo elas, de acordo com ele,
        de acordo com ela""",
    ),
    "nl": dict(
        verbs="zei, zegt, vroeg, vroeg zich af, verklaarde, schreef, antwoordde, benadrukte",
        speaker_after=True,
        adverbials_after=True,
        pronouns="hij zij ze",
    ),
    "sv": dict(
        verbs="sa, sade, säger, frågade, förklarade, skrev, svarade, betonade, tillade",
        speaker_after=True,
        adverbials_after=True,
        pronouns="han hon de",
    ),
    "da": dict(
        verbs="sagde, siger, spurgte, forklarede, skrev, svarede, understregede, tilføjede",
        speaker_after=True,
        adverbials_after=True,
        pronouns="han hun de",
    ),
    "no": dict(
        verbs="sa, sier, spurte, forklarte, skrev, svarte, understreket, la til",
        speaker_after=True,
        adverbials_after=True,
        pronouns="han hun de",
    ),
    "ru": dict(
        verbs="""сказал, сказала, сказали, заявил, заявила, заявили, отметил, отметила,
        отметили, добавил, добавила, добавили, подчеркнул, подчеркнула, пояснил, пояснила,
        ответил, ответила, спросил, спросила""",
        pronouns_after="он она они",
        pronouns="он она они",
        bare="по его словам, по ее словам, по её словам, по их словам",
    ),
    "uk": dict(
        verbs="""сказав, сказала, сказали, заявив, заявила, заявили, зазначив, зазначила,
        додав, додала, підкреслив, підкреслила, пояснив, пояснила, відповів, відповіла""",
        pronouns_after="він вона вони",
        pronouns="він вона вони",
        bare="за його словами, за її словами, за їхніми словами",
    ),
    "fi": dict(
        verbs="""sanoi, kertoi, totesi, sanoo, kertoo, toteaa, lisäsi, korosti, painotti,
        muistutti""",
        speaker_after=True,
        pronouns="hän he",
    ),
    "cs": dict(
        verbs="""řekl, řekla, řekli, uvedl, uvedla, uvedli, dodal, dodala, dodali, prohlásil,
        prohlásila, sdělil, sdělila, napsal, napsala, zdůraznil, zdůraznila, upozornil,
        upozornila""",
        drops_subject=True,
        complementisers="že",
    ),
    "sk": dict(
        verbs="""povedal, povedala, povedali, uviedol, uviedla, uviedli, dodal, dodala, dodali,
        vyhlásil, vyhlásila, informoval, informovala, napísal, napísala, zdôraznil,
        zdôraznila""",
        drops_subject=True,
        complementisers="že",
    ),
    "el": dict(
        verbs="είπε, δήλωσε, ανέφερε, πρόσθεσε, τόνισε, σημείωσε, εξήγησε, υπογράμμισε",
        pronouns="αυτός αυτή αυτοί αυτές",
        drops_subject=True,
        complementisers="ότι πως",
    ),
    "he": dict(
        verbs="""אמר, אמרה, אמרו, הוסיף, הוסיפה, ציין, ציינה, הסביר, הסבירה, מסר, מסרה,
        שאל, שאלה, שאלו, קרא, קראה, קראו, צעק, צעקה, צעקו, השיב, השיבה, תהה, תהתה""",
        pronouns="הוא היא הם הן",
        drops_subject=True,
        complementisers="כי",
    ),
    "ar": dict(
        verbs="""قال, قالت, قالوا, أضاف, أضافت, تساءل, تساءلت, أكد, أكدت, أوضح, أوضحت,
        صرح, صرحت, سأل, سألت, هتف, هتفت, هتفوا, صاح, صاحت, صرخ, صرخت""",
        drops_subject=True,
    ),
    "hi": dict(
        verbs="कहा, बताया, पूछा, सवाल किया, जोड़ा",
        pronouns="उन्होंने उसने",
        complementisers="कि",
        verb_final=True,
    ),
    "zh": dict(verbs="说, 表示, 称, 指出", pronouns="他 她 他们 她们"),
    "vi": dict(
        verbs="nói, cho biết, cho hay, khẳng định, nhấn mạnh", pronouns="ông bà anh chị họ"
    ),
    "pl": dict(
        verbs="""powiedział, powiedziała, powiedzieli, dodał, dodała, stwierdził,
        stwierdziła, podkreślił, podkreśliła, zaznaczył, zaznaczyła, wyjaśnił, wyjaśniła,
        odpowiedział, odpowiedziała, zapytał, zapytała, zapowiedział, zapowiedziała,
        zapowiedzieli, poinformował, poinformowała""",
        pronouns="on ona oni one",
        drops_subject=True,
        complementisers="że",
        bare="według niego, według niej, według nich",
    ),
}

_LATIN_SCRIPT = frozenset("en de fr es it pt nl sv da no fi pl cs sk tr vi".split())
_ORDER = tuple(_SPECS)
"""The languages in the order of their codes in the issue: English first."""


_DECIMAL_COMMA = frozenset("de fr es it pt nl sv da no fi pl cs sk ru uk el tr vi".split())
"""The languages that write "3,5" for three and a half (and "1.000" or "1 000" for a thousand)."""

_DASH_BULLETS = frozenset("en de nl el tr ar he hi zh ja ko th".split())
"""The languages whose news never opens direct speech with a dash (quotation marks do):
a dash opening a sentence is a bullet. Romance, Slavic and Nordic news writes dialogue
with one ("- Não sei.", "— Да.", "– Ja, säger hon.")."""


# -- Figures, for the disagreements (Language.numerals) ------------------------
# Spelled-out numbers from two to twenty, and the tens: never "one" (an article too).
_NUMBER_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty|30 thirty|40 forty|50 fifty",
    "fr": "deux trois quatre cinq six sept huit - dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt|30 trente|40 quarante|50 cinquante|60 soixante",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte|30 treinta|40 cuarenta|50 cincuenta",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig|30 dreißig|40 vierzig|50 fünfzig",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
    "dezesseis dezessete dezoito dezenove vinte|2 duas|30 trinta|40 quarenta|50 cinquenta",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti|30 trenta|40 quaranta|50 cinquanta",
}
"""From two on, in order ("-" holds the place of a word left out); "|N word" gives a value."""

_NUMERALS: dict[str, dict[str, str]] = {
    # Each table: "word=value word=value ..."; phrases with "_" for a space.
    "en": dict(
        people="people persons",
        topics="killed=dead killing=dead kills=dead died=dead deaths=dead "
        "injured=injured injuring=injured wounded=injured wounding=injured hurt=injured "
        "missing=missing evacuated=evacuated arrested=arrested detained=arrested",
    ),
    "fr": dict(
        scales="mille=1e3 million=1e6 millions=1e6 milliard=1e9 milliards=1e9 md=1e9 mds=1e9",
        joiners="de d'",
        currencies="euros=EUR euro=EUR dollars=USD dollar=USD livres=GBP francs=CHF yuans=CNY",
        people="personnes gens individus",
        topics="morts=dead mortes=dead tués=dead tuées=dead décédés=dead décédées=dead "
        "péri=dead blessés=injured blessées=injured disparus=missing disparues=missing "
        "évacués=evacuated évacuées=evacuated arrêtés=arrested interpellés=arrested",
    ),
    "es": dict(
        scales="mil=1e3 millón=1e6 millones=1e6 mil_millones=1e9 millardos=1e9",
        joiners="de",
        currencies="euros=EUR dólares=USD dolares=USD pesos=PESO libras=GBP yuanes=CNY",
        people="personas",
        topics="muertos=dead muertas=dead fallecidos=dead fallecidas=dead murieron=dead "
        "fallecieron=dead muerto=dead fallecido=dead perdieron_la_vida=dead "
        "heridos=injured heridas=injured desaparecidos=missing "
        "desaparecidas=missing evacuados=evacuated evacuadas=evacuated detenidos=arrested "
        "detenidas=arrested",
    ),
    "de": dict(
        scales="tausend=1e3 million=1e6 millionen=1e6 mio=1e6 mio.=1e6 milliarde=1e9 "
        "milliarden=1e9 mrd=1e9 mrd.=1e9",
        currencies="euro=EUR dollar=USD us-dollar=USD franken=CHF pfund=GBP yuan=CNY",
        people="menschen personen",
        topics="tote=dead toten=dead starben=dead getötet=dead ums_leben=dead verletzte=injured "
        "verletzten=injured verletzt=injured vermisste=missing vermissten=missing "
        "vermisst=missing evakuiert=evacuated festgenommen=arrested",
    ),
    "pt": dict(
        scales="mil=1e3 milhão=1e6 milhões=1e6 milhao=1e6 milhoes=1e6 bilhão=1e9 bilhões=1e9 "
        "bilhao=1e9 bilhoes=1e9 mi=1e6 bi=1e9",
        joiners="de",
        currencies="reais=BRL real=BRL dólares=USD dolares=USD euros=EUR",
        people="pessoas",
        bounds="ao_menos=above no_mínimo=above",
        topics="mortos=dead mortas=dead morreram=dead matou=dead mataram=dead matando=dead "
        "faleceram=dead falecidos=dead falecidas=dead morrido=dead perderam_a_vida=dead "
        "feridos=injured feridas=injured "
        "desaparecidos=missing desaparecidas=missing desalojados=evacuated "
        "desabrigados=evacuated presos=arrested detidos=arrested",
    ),
    "it": dict(
        scales="mila=1e3 milione=1e6 milioni=1e6 miliardo=1e9 miliardi=1e9 mln=1e6 mld=1e9",
        joiners="di",
        currencies="euro=EUR dollari=USD sterline=GBP",
        people="persone",
        topics="morti=dead morte=dead uccise=dead uccisi=dead deceduti=dead decedute=dead "
        "hanno_perso_la_vita=dead feriti=injured "
        "ferite=injured dispersi=missing disperse=missing evacuati=evacuated "
        "evacuate=evacuated arrestati=arrested",
    ),
    "zh": dict(
        scales="千=1e3 万=1e4 萬=1e4 亿=1e8 億=1e8",
        currencies="元人民币=CNY 人民币=CNY 美元=USD 欧元=EUR 歐元=EUR 日元=JPY 港元=HKD 英镑=GBP "
        "元=CNY",
        people="人 名 位",
        counters="例=case 户=household 戶=household 起=incident 辆=vehicle 輛=vehicle "
        "架=aircraft 艘=ship",
        topics="伤亡=casualties 傷亡=casualties 死伤=casualties 死傷=casualties 死亡=dead "
        "遇难=dead 遇難=dead 罹难=dead 罹難=dead 丧生=dead 喪生=dead 身亡=dead 死者=dead "
        "受伤=injured 受傷=injured 伤者=injured 傷者=injured 失踪=missing 失蹤=missing "
        "失联=missing 失聯=missing 撤离=evacuated 撤離=evacuated 疏散=evacuated "
        "被捕=arrested 获救=rescued 獲救=rescued",
        bounds="超过=above 超過=above 逾=above 至少=above 多达=above 多達=above 约=about "
        "約=about 大约=about 大約=about 近=below 将近=below 將近=below 不到=below",
        bounds_after="多=above 余=above 餘=above 以上=above 左右=about",
        attached="1",
        ordinals="第",
        date_marks="年 月 日",
    ),
    "ja": dict(
        scales="千=1e3 万=1e4 億=1e8 兆=1e12",
        currencies="円=JPY ドル=USD ユーロ=EUR 元=CNY ウォン=KRW",
        people="人 名",
        counters="件=case 棟=building 世帯=household 台=vehicle 機=aircraft 隻=ship",
        topics="死傷=casualties 死亡=dead 死者=dead 亡くな=dead 犠牲=dead 負傷=injured "
        "けが=injured 怪我=injured 重軽傷=injured 行方不明=missing 安否不明=missing "
        "避難=evacuated 逮捕=arrested 救助=rescued",
        bounds="約=about 少なくとも=above 最大=below 最低=above",
        bounds_after="余り=above 以上=above 超=above 余=above 近く=below 程度=about ほど=about",
        attached="1",
        ordinals="第",
        date_marks="年 月 日",
        percent_words="パーセント",
    ),
    "ko": dict(
        scales="천=1e3 만=1e4 억=1e8 조=1e12",
        currencies="원=KRW 달러=USD 유로=EUR 엔=JPY 위안=CNY",
        people="명 사람",
        counters="건=case 가구=household 채=building 대=vehicle 척=ship",
        topics="사상자=casualties 사망=dead 숨져=dead 숨졌=dead 숨진=dead 숨지=dead 희생=dead "
        "부상=injured 다쳐=injured 다쳤=injured 다친=injured 실종=missing 대피=evacuated "
        "체포=arrested 구조=rescued",
        bounds="약=about 최소=above 최대=below 적어도=above",
        bounds_after="여=above 이상=above 가량=about 정도=about 넘게=above",
        attached="1",
        ordinals="제",
        date_marks="년 월 일",
        percent_words="퍼센트",
    ),
    # Sixteen more (session 30), written by a helper from each language's news usage.
    "nl": dict(
        scales="duizend=1e3 miljoen=1e6 mln=1e6 mln.=1e6 miljard=1e9 mld=1e9 mld.=1e9 "
        "mrd=1e9 mrd.=1e9 biljoen=1e12",
        currencies="euro=EUR euro's=EUR eur=EUR dollar=USD dollars=USD usd=USD pond_sterling=GBP",
        people="mensen personen",
        topics="doden=dead dode=dead omgekomen=dead gedood=dead overleden=dead stierven=dead "
        "om_het_leven=dead gewonden=injured gewonde=injured gewond=injured "
        "vermisten=missing vermiste=missing vermist=missing geëvacueerd=evacuated "
        "geëvacueerden=evacuated gearresteerd=arrested opgepakt=arrested "
        "aangehouden=arrested gered=rescued",
        bounds="minstens=above ten_minste=above tenminste=above zeker=above rond_de=about "
        "ca.=about maximaal=below hooguit=below",
    ),
    "sv": dict(
        scales="tusen=1e3 miljon=1e6 miljoner=1e6 milj=1e6 milj.=1e6 miljard=1e9 "
        "miljarder=1e9 mdr=1e9 mdr.=1e9",
        currencies="kronor=SEK krona=SEK kr=SEK kr.=SEK sek=SEK euro=EUR eur=EUR "
        "dollar=USD dollars=USD usd=USD",
        people="personer människor",
        topics="döda=dead dödade=dead dödades=dead dödats=dead omkom=dead omkommit=dead "
        "omkomna=dead dog=dead avled=dead skadade=injured skadades=injured "
        "skadats=injured skadad=injured saknade=missing saknas=missing "
        "evakuerade=evacuated evakuerades=evacuated evakuerats=evacuated "
        "gripna=arrested greps=arrested gripits=arrested anhållna=arrested "
        "räddade=rescued räddades=rescued räddats=rescued",
        bounds="minst=above åtminstone=above över=above drygt=above mer_än=above "
        "fler_än=above nästan=below närmare=below knappt=below uppemot=below "
        "upp_till=below mindre_än=below färre_än=below omkring=about runt=about "
        "ungefär=about ca=about ca.=about",
    ),
    "da": dict(
        scales="tusind=1e3 million=1e6 millioner=1e6 mio=1e6 mio.=1e6 milliard=1e9 "
        "milliarder=1e9 mia=1e9 mia.=1e9",
        currencies="kroner=DKK krone=DKK kr=DKK kr.=DKK dkk=DKK euro=EUR eur=EUR "
        "dollar=USD dollars=USD usd=USD",
        people="personer mennesker",
        topics="døde=dead dræbt=dead dræbte=dead omkom=dead omkommet=dead omkomne=dead "
        "sårede=injured såret=injured kvæstede=injured kvæstet=injured "
        "tilskadekomne=injured savnede=missing savnet=missing evakueret=evacuated "
        "evakuerede=evacuated anholdt=arrested anholdte=arrested arresteret=arrested "
        "arresterede=arrested reddet=rescued reddede=rescued",
        bounds="mindst=above mere_end=above flere_end=above næsten=below knap=below "
        "op_til=below op_mod=below mindre_end=below færre_end=below omkring=about "
        "ca.=about cirka=about",
    ),
    "no": dict(
        scales="tusen=1e3 million=1e6 millioner=1e6 mill=1e6 mill.=1e6 mln=1e6 "
        "milliard=1e9 milliarder=1e9 mrd=1e9 mrd.=1e9",
        currencies="kroner=NOK krone=NOK kr=NOK kr.=NOK nok=NOK euro=EUR eur=EUR "
        "dollar=USD dollars=USD usd=USD",
        people="personer mennesker",
        topics="døde=dead drept=dead drepte=dead omkom=dead omkommet=dead omkomne=dead "
        "skadd=injured skadde=injured skadet=injured såret=injured sårede=injured "
        "savnet=missing savnede=missing evakuert=evacuated evakuerte=evacuated "
        "arrestert=arrested arresterte=arrested pågrepet=arrested pågrepne=arrested "
        "reddet=rescued",
        bounds="minst=above drøyt=above mer_enn=above flere_enn=above "
        "i_overkant_av=above nesten=below snaut=below opptil=below mindre_enn=below "
        "færre_enn=below i_underkant_av=below omkring=about rundt=about ca.=about",
    ),
    "fi": dict(
        scales="tuhat=1e3 tuhatta=1e3 tuh.=1e3 miljoona=1e6 miljoonaa=1e6 milj.=1e6 "
        "milj=1e6 miljardi=1e9 miljardia=1e9 mrd.=1e9 mrd=1e9",
        currencies="euroa=EUR euro=EUR euron=EUR eur=EUR dollaria=USD dollari=USD "
        "dollarin=USD usd=USD",
        people="ihmistä ihmisen henkilöä henkilön henkeä",
        topics="kuoli=dead kuolivat=dead kuollut=dead kuolleet=dead kuollutta=dead "
        "kuolleita=dead kuolonuhria=dead menehtyi=dead menehtyivät=dead "
        "sai_surmansa=dead saivat_surmansa=dead loukkaantui=injured "
        "loukkaantuivat=injured loukkaantuneet=injured loukkaantunutta=injured "
        "loukkaantuneita=injured haavoittui=injured haavoittuneet=injured "
        "haavoittunutta=injured kateissa=missing kadoksissa=missing "
        "evakuoitiin=evacuated evakuoitu=evacuated pidätettiin=arrested "
        "pidätetty=arrested pelastettiin=rescued pelastettu=rescued",
        bounds="ainakin=above vähintään=above yli=above lähes=below melkein=below "
        "alle=below enintään=below jopa=below noin=about arviolta=about",
    ),
    "pl": dict(
        scales="tys.=1e3 tys=1e3 tysiąc=1e3 tysiące=1e3 tysięcy=1e3 mln=1e6 mln.=1e6 "
        "milion=1e6 miliony=1e6 milionów=1e6 miliona=1e6 mld=1e9 mld.=1e9 miliard=1e9 "
        "miliardy=1e9 miliardów=1e9 miliarda=1e9",
        currencies="złotych=PLN złote=PLN złoty=PLN zł=PLN pln=PLN euro=EUR eur=EUR "
        "dolarów=USD dolary=USD dolar=USD dolara=USD usd=USD",
        people="osób osoby osoba ludzi",
        topics="zginęło=dead zginęli=dead zginęły=dead zginął=dead zmarło=dead zmarli=dead "
        "zabitych=dead zabici=dead ofiar_śmiertelnych=dead nie_żyje=dead "
        "nie_żyją=dead rannych=injured ranni=injured ranne=injured zostało_rannych=injured "
        "zaginionych=missing zaginieni=missing zaginęło=missing ewakuowano=evacuated "
        "ewakuowanych=evacuated zatrzymano=arrested zatrzymanych=arrested "
        "aresztowano=arrested aresztowanych=arrested uratowano=rescued uratowanych=rescued",
        bounds="co_najmniej=above ponad=above przeszło=above więcej_niż=above "
        "blisko=below prawie=below niemal=below niespełna=below mniej_niż=below "
        "około=about ok.=about",
    ),
    "cs": dict(
        scales="tisíc=1e3 tisíce=1e3 tis.=1e3 milion=1e6 milionu=1e6 miliony=1e6 "
        "milionů=1e6 mil.=1e6 miliarda=1e9 miliardy=1e9 miliard=1e9 mld.=1e9 mld=1e9",
        currencies="korun=CZK koruny=CZK koruna=CZK kč=CZK czk=CZK euro=EUR eur=EUR "
        "dolarů=USD dolary=USD dolar=USD usd=USD",
        people="lidí lidé osob osoby osoba",
        topics="mrtvých=dead mrtví=dead zemřelo=dead zemřeli=dead zahynulo=dead "
        "zahynuli=dead zabitých=dead zraněných=injured zraněno=injured zraněni=injured "
        "raněných=injured pohřešovaných=missing pohřešovaní=missing "
        "evakuováno=evacuated evakuovaných=evacuated zatčeno=arrested "
        "zatčených=arrested zadrženo=arrested zadržených=arrested "
        "zachráněno=rescued zachráněných=rescued",
        bounds="nejméně=above alespoň=above minimálně=above přes=above více_než=above "
        "téměř=below skoro=below necelých=below méně_než=below asi=about zhruba=about "
        "přibližně=about kolem=about okolo=about",
    ),
    "sk": dict(
        scales="tisíc=1e3 tisíce=1e3 tis.=1e3 milión=1e6 milióna=1e6 milióny=1e6 "
        "miliónov=1e6 mil.=1e6 miliarda=1e9 miliardy=1e9 miliárd=1e9 mld.=1e9 mld=1e9",
        currencies="eur=EUR euro=EUR eurá=EUR dolárov=USD doláre=USD dolár=USD usd=USD",
        people="ľudí ľudia osôb osoby osoba",
        topics="mŕtvych=dead mŕtvi=dead zomrelo=dead zomreli=dead zahynulo=dead "
        "zahynuli=dead zranených=injured zranení=injured zranilo=injured "
        "pohrešovaných=missing nezvestných=missing evakuovali=evacuated "
        "evakuovaných=evacuated zadržali=arrested zadržaných=arrested zatkli=arrested "
        "zachránili=rescued zachránených=rescued",
        bounds="najmenej=above aspoň=above minimálne=above vyše=above viac_ako=above "
        "takmer=below skoro=below necelých=below menej_ako=below asi=about "
        "približne=about zhruba=about okolo=about",
    ),
    "ru": dict(
        scales="тыс=1e3 тыс.=1e3 тысяча=1e3 тысячи=1e3 тысяч=1e3 млн=1e6 млн.=1e6 "
        "миллион=1e6 миллиона=1e6 миллионов=1e6 млрд=1e9 млрд.=1e9 миллиард=1e9 "
        "миллиарда=1e9 миллиардов=1e9 трлн=1e12 трлн.=1e12",
        currencies="рублей=RUB рубля=RUB рубль=RUB руб.=RUB руб=RUB rub=RUB "
        "долларов=USD доллара=USD доллар=USD долл.=USD usd=USD евро=EUR eur=EUR",
        people="человек человека людей жителей",
        topics="погибли=dead погиб=dead погибло=dead погибших=dead погибшие=dead "
        "погибшими=dead умерли=dead умерло=dead убиты=dead убито=dead убитых=dead "
        "скончались=dead ранены=injured ранено=injured раненых=injured раненые=injured "
        "ранения=injured травмы=injured пропали_без_вести=missing "
        "пропавших_без_вести=missing пропавших=missing эвакуированы=evacuated "
        "эвакуировано=evacuated эвакуировали=evacuated задержаны=arrested "
        "задержано=arrested задержали=arrested арестованы=arrested "
        "арестовано=arrested спасены=rescued спасено=rescued спасли=rescued",
        bounds="более=above не_менее=above по_меньшей_мере=above как_минимум=above "
        "около=about приблизительно=about почти=below не_более=below",
    ),
    "uk": dict(
        scales="тис=1e3 тис.=1e3 тисяча=1e3 тисячі=1e3 тисяч=1e3 млн=1e6 млн.=1e6 "
        "мільйон=1e6 мільйона=1e6 мільйони=1e6 мільйонів=1e6 млрд=1e9 млрд.=1e9 "
        "мільярд=1e9 мільярда=1e9 мільярди=1e9 мільярдів=1e9",
        currencies="гривень=UAH гривні=UAH гривня=UAH грн=UAH грн.=UAH uah=UAH "
        "доларів=USD долари=USD долар=USD долара=USD usd=USD євро=EUR eur=EUR",
        people="людей осіб особи мешканців",
        topics="загинули=dead загинуло=dead загинув=dead загиблих=dead загиблі=dead "
        "померли=dead померло=dead вбито=dead убито=dead вбитих=dead поранені=injured "
        "поранено=injured поранених=injured травмовані=injured травмованих=injured "
        "зникли_безвісти=missing зниклих_безвісти=missing безвісти=missing "
        "евакуйовано=evacuated евакуювали=evacuated евакуйованих=evacuated "
        "затримано=arrested затримали=arrested затриманих=arrested "
        "заарештовано=arrested врятовано=rescued врятували=rescued",
        bounds="щонайменше=above понад=above більше_ніж=above більш_ніж=above "
        "не_менше=above як_мінімум=above майже=below менше_ніж=below близько=about "
        "приблизно=about орієнтовно=about",
    ),
    "el": dict(
        scales="χιλιάδες=1e3 χιλ.=1e3 εκατομμύριο=1e6 εκατομμύρια=1e6 εκατ.=1e6 "
        "δισεκατομμύριο=1e9 δισεκατομμύρια=1e9 δισ.=1e9",
        currencies="ευρώ=EUR eur=EUR δολάρια=USD δολάριο=USD usd=USD",
        people="άτομα ατόμων άνθρωποι ανθρώπους ανθρώπων",
        topics="νεκροί=dead νεκρούς=dead νεκρών=dead σκοτώθηκαν=dead πέθαναν=dead "
        "έχασαν_τη_ζωή_τους=dead τραυματίες=injured τραυματιών=injured "
        "τραυματίστηκαν=injured αγνοούμενοι=missing αγνοούμενους=missing "
        "αγνοούνται=missing εκκενώθηκαν=evacuated συνελήφθησαν=arrested "
        "διασώθηκαν=rescued",
        bounds="τουλάχιστον=above πάνω_από=above περισσότεροι_από=above "
        "περισσότερους_από=above περισσότερα_από=above σχεδόν=below έως=below "
        "μέχρι=below λιγότερο_από=below λιγότεροι_από=below περίπου=about "
        "γύρω_στους=about γύρω_στις=about γύρω_στα=about",
    ),
    "tr": dict(
        scales="bin=1e3 milyon=1e6 mln=1e6 milyar=1e9 mlr=1e9 trilyon=1e12",
        currencies="lira=TRY lirası=TRY tl=TRY try=TRY dolar=USD dolarlık=USD usd=USD "
        "euro=EUR avro=EUR eur=EUR",
        people="kişi kişinin insan",
        topics="öldü=dead ölü=dead öldürüldü=dead hayatını_kaybetti=dead "
        "hayatını_kaybeden=dead yaşamını_yitirdi=dead can_verdi=dead yaralandı=injured "
        "yaralı=injured yaralanan=injured kayboldu=missing gözaltına_alındı=arrested "
        "gözaltına=arrested tutuklandı=arrested kurtarıldı=rescued",
        bounds="en_az=above yaklaşık=about tahminen=about en_fazla=below neredeyse=below",
    ),
    "he": dict(
        scales="אלף=1e3 מיליון=1e6 מיליארד=1e9",
        currencies='שקל=ILS שקלים=ILS ש"ח=ILS ils=ILS דולר=USD דולרים=USD usd=USD '
        "יורו=EUR eur=EUR",
        people="אנשים איש",
        topics="הרוגים=dead נהרגו=dead מתו=dead נספו=dead פצועים=injured נפצעו=injured "
        "ונפצעו=injured נעדרים=missing פונו=evacuated נעצרו=arrested עצורים=arrested "
        "חולצו=rescued",
        bounds="לפחות=above מעל=above כמעט=below",
    ),
    "ar": dict(
        scales="ألف=1e3 آلاف=1e3 مليون=1e6 ملايين=1e6 مليار=1e9 مليارات=1e9 بليون=1e9",
        currencies="دولار=USD دولارا=USD دولارات=USD usd=USD يورو=EUR eur=EUR "
        "جنيه_مصري=EGP جنيه_إسترليني=GBP جنيه_استرليني=GBP ريال_سعودي=SAR "
        "درهم_إماراتي=AED",
        people="شخصا شخص أشخاص",
        topics="قتل=dead قتلوا=dead قتيلا=dead قتيل=dead قتلى=dead القتلى=dead مقتل=dead لقوا_حتفهم=dead "
        "حتفهم=dead توفي=dead جريحا=injured جرحى=injured الجرحى=injured "
        "بجروح=injured مفقودا=missing مفقودين=missing المفقودين=missing "
        "إجلاء=evacuated اعتقال=arrested معتقلين=arrested إنقاذ=rescued",
        bounds="على_الأقل=above ما_لا_يقل_عن=above ما_يزيد_عن=above أزيد_من=above "
        "حوالى=about ما_يقارب=about ما_يناهز=about",
    ),
    "hi": dict(
        scales="हजार=1e3 हज़ार=1e3 हज़ार=1e3 लाख=1e5 करोड़=1e7 करोड़=1e7 अरब=1e9 "
        "मिलियन=1e6 बिलियन=1e9",
        currencies="रुपये=INR रुपए=INR रुपया=INR रुपयों=INR रु.=INR inr=INR डॉलर=USD "
        "डालर=USD usd=USD यूरो=EUR eur=EUR",
        people="लोग लोगों व्यक्ति व्यक्तियों",
        topics="मौत=dead मौतें=dead मारे_गए=dead मृत=dead मृतकों=dead घायल=injured "
        "जख्मी=injured ज़ख्मी=injured लापता=missing गिरफ्तार=arrested "
        "गिरफ़्तार=arrested",
        bounds="कम_से_कम=above लगभग=about करीब=about क़रीब=about तकरीबन=about",
    ),
    "vi": dict(
        scales="nghìn=1e3 ngàn=1e3 triệu=1e6 tỷ=1e9 tỉ=1e9 nghìn_tỷ=1e12 ngàn_tỷ=1e12",
        currencies="đồng=VND vnd=VND đô_la=USD đôla=USD usd=USD euro=EUR eur=EUR",
        people="người",
        topics="chết=dead thiệt_mạng=dead tử_vong=dead tử_nạn=dead bị_thương=injured "
        "mất_tích=missing sơ_tán=evacuated di_tản=evacuated bị_bắt=arrested "
        "bắt_giữ=arrested giải_cứu=rescued",
        bounds="ít_nhất=above hơn=above tối_thiểu=above gần=below tối_đa=below "
        "khoảng=about chừng=about",
    ),
}


def _pairs(text: str, value: type = str) -> tuple[Any, ...]:
    return tuple(
        (word.replace("_", " "), value(number))
        for word, number in (entry.split("=") for entry in text.split())
    )


_SOURCES = {
    "en": "according_to",
    "de": "laut gemäß nach_angaben",
    "fr": "selon d'après",
    "es": "según de_acuerdo_con",
    "it": "secondo stando_a",
    "pt": "segundo conforme de_acordo_com",
    "nl": "volgens aldus",
    "sv": "enligt",
    "da": "ifølge",
    "no": "ifølge",
    "pl": "według wg zdaniem",
    "cs": "podle",
    "sk": "podľa",
    "ru": "по_данным по_словам согласно по_информации по_оценке",
    "uk": "за_даними за_словами згідно_з за_інформацією",
    "el": "σύμφωνα_με",
    "vi": "theo",
}
"""Phrases before the source of a figure (``Numerals.sources``), "_" for a space."""

_SOURCES_AFTER = {"de": "zufolge", "fi": "mukaan", "tr": "göre"}
"""Phrases after the source of a figure (``Numerals.sources_after``)."""


def _spaced(words: str) -> tuple[str, ...]:
    """Space-separated phrases whose own spaces are written "_"."""
    return tuple(word.replace("_", " ") for word in words.split())


@cache
def _numerals(code: str) -> Numerals:
    spec = _NUMERALS.get(code, {})
    if not spec and code not in _NUMBER_WORDS and code not in _SOURCES:
        return Numerals()
    words: list[tuple[str, int]] = []
    if code in _NUMBER_WORDS:
        ordered, *tens = _NUMBER_WORDS[code].split("|")
        words += [(w, n) for n, w in enumerate(ordered.split(), 2) if w != "-"]
        words += [(w, int(n)) for n, w in (ten.split() for ten in tens)]
    return Numerals(
        words=tuple(words),
        scales=_pairs(spec.get("scales", ""), float),
        joiners=tuple(spec.get("joiners", "").split()),
        currencies=_pairs(spec.get("currencies", "")),
        people=tuple(spec.get("people", "").split()),
        counters=_pairs(spec.get("counters", "")),
        topics=_pairs(spec.get("topics", "")),
        bounds=_pairs(spec.get("bounds", "")),
        bounds_after=_pairs(spec.get("bounds_after", "")),
        attached=bool(spec.get("attached")),
        ordinals=tuple(spec.get("ordinals", "").split()),
        date_marks=tuple(spec.get("date_marks", "").split()),
        percent_words=tuple(spec.get("percent_words", "").split()),
        sources=_spaced(_SOURCES.get(code, "")),
        sources_after=_spaced(_SOURCES_AFTER.get(code, "")),
    )


_GENRE_ABBREVIATIONS = {
    "en": "min hr hrs secs yr yrs pts",
    "ru": "пн вт ср чт пт сб вс мес",
    "de": "mo di mi do sa febr mult",
    "fr": "civ",
    "es": "min secc ptos vol",
    "pt": "inc",
    "nl": "art t.o.v",
    "sv": "kungl f.d fil.dr",
    "da": "dr.phil mag.art",
    "pl": "podst art k.k pkt",
}
"""Abbreviations of sports, markets, courts, science and opening hours ("1 hr. 42 min.",
"Mo.–Fr.", "Cass. civ.", "na podst. art. 148 § 1 k.k."), from a blind round of those
genres (session 31), added to each language's ``abbreviations``."""

_UNIT_MARKS = {
    "en": "min sec secs hr hrs pts",
    "es": "min ptos",
    "pl": "min pkt",
    "cs": "min",
    "sk": "min",
    "ru": "мин мес",
}
"""Abbreviations of a unit written after a number that may close a sentence ("77 pts.
Leclerc is second", "v 85. min. Sparta ..."), read as ``amount_marks`` are."""


@cache
def _language(code: str) -> Language:
    spec = dict(_SPECS[code])
    abbreviations = _words(spec.pop("abbreviations")) | _words(_GENRE_ABBREVIATIONS.get(code, ""))
    months = _words(spec.pop("months"))
    latin = code in _LATIN_SCRIPT
    abbreviations |= _LATIN_FORMS if latin else _ENGLISH_IN_OTHER_SCRIPTS
    openers = _OPENERS.get(code, {})
    return Language(
        code=code,
        stopwords=_stopwords(code) | {e + "'" for e in spec.get("elisions", "").split()},
        abbreviations=abbreviations,
        months=months,
        elisions=_words(spec.pop("elisions", "")),
        script_unspaced=spec.pop("script_unspaced", False),
        sentence_enders=spec.pop("sentence_enders", _ENDERS),
        ordinal_period=spec.pop("ordinal_period", False),
        list_ends=_words(spec.pop("list_ends", "")) | (_LATIN_LIST_ENDS if latin else frozenset()),
        quote_particles=frozenset(spec.pop("quote_particles", "")),
        quote_tags=_words(spec.pop("quote_tags", "")),
        decimal_comma=code in _DECIMAL_COMMA,
        dash_bullets=code in _DASH_BULLETS,
        titles=_words(spec.pop("titles", "")),
        prefixes=frozenset(spec.pop("prefixes", "")),
        sentence_spaces=_sentence_spaces(spec.pop("sentence_spaces", None), months),
        # Ordinals and counts, for the segmenter.
        ordinal_words=_words(spec.pop("ordinal_words", "")),
        count_words=_words(spec.pop("count_words", "")),
        year_marks=_words(spec.pop("year_marks", "")),
        regions=_words(spec.pop("regions", "")),
        time_marks=_words(spec.pop("time_marks", "")),
        calendar_words=_words(spec.pop("calendar_words", "")),
        bridges=_words(spec.pop("bridges", "")) | (_LATIN_BRIDGES if latin else frozenset()),
        name_closers=_words(spec.pop("name_closers", "")),
        sentence_openers=_words(spec.pop("sentence_openers", "")),
        open_endings=tuple(sorted(spec.pop("open_endings", "").split())),
        surname_endings=tuple(sorted(spec.pop("surname_endings", "").split())),
        initial_surnames=spec.pop("initial_surnames", False),
        amount_marks=_words(spec.pop("amount_marks", "")) | _words(_UNIT_MARKS.get(code, "")),
        genitive_endings=tuple(sorted(spec.pop("genitive_endings", "").split())),
        abbreviation_suffixes=tuple(sorted(spec.pop("abbreviation_suffixes", "").split())),
        final_particles=_words(_PARTICLES.get(code, "")),
        numerals=_numerals(code),
        dangling_openers=_phrases(openers.get("dangling", ""))
        | _phrases(_REFERRING.get(code, ("", ""))[0]),
        standalone_openers=_phrases(openers.get("standalone", ""))
        | _phrases(_REFERRING.get(code, ("", ""))[1]),
        subordinators=_words(openers.get("subordinators", "")),
        dangling_asides=_phrases(openers.get("asides", "")),
        unquoted_openers=_phrases(openers.get("unquoted", "")),
        attribution_openers=_phrases(_ATTRIBUTIONS.get(code, "")),
        dangling_endings=_phrases(openers.get("endings", "")),
        inner_connectives=_phrases(openers.get("inner", "")),
        postposed_demonstratives=_phrases(openers.get("postposed", "")),
        inner_demonstratives=_words(openers.get("inner_demonstratives", "")),
        early_pronouns=_words(openers.get("early", "")),
        fronted_pronouns=_words(openers.get("fronted", "")),
        prepositions=_words(openers.get("prepositions", "")),
        clause_words=_words(openers.get("clauses", "")),
        second_pronouns=_words(openers.get("second", "")),
        demonstrative_exceptions=_words(openers.get("exceptions", "")),
        participle_endings=tuple(openers.get("participles", "").split()),
        speech_tags=_speech_tags(_SPEECH.get(code)),
        notices=tuple(sorted(_phrases(_NOTICES.get(code, "")) | _phrases(_PROMPTS.get(code, "")))),
        byline_words=_words(_BYLINES.get(code, "")),
        related_headings=_phrases(_RELATED.get(code, "")),
        **spec,
    )


_PARTICLES = {
    # The particles of separable verbs that are short stopwords too.
    "de": "an auf aus ab mit vor zu ein bei um her hin dar",
    "nl": "aan af in op uit mee toe om bij na",
    "sv": "upp ut in på av om",
    "da": "op ud ind på af om",
    "no": "opp ut inn på av om",
}
"""Final particles (``Language.final_particles``) by language."""


_NOTICES = {
    "en": "we use cookies, this site uses cookies, this website uses cookies, by continuing to "
    "use this site, found a typo, have a news tip, we and our partners use cookies, we and our "
    "partners store, comments are closed, do you have a story for, you've read, you\u2019ve "
    "read, from wikinews, this page is archived, content is available under creative commons, "
    "have your say in the comments, join the conversation in the comments, "
    "follow our live coverage, follow the latest updates",
    "de": "wir verwenden cookies, wir nutzen cookies, diese website verwendet cookies, diese "
    "seite verwendet cookies, diese website nutzt cookies, "
    "diesen artikel haben wir, jetzt den newsletter",
    "fr": "nous utilisons des cookies, ce site utilise des cookies, en poursuivant votre "
    "navigation, cet article est réservé aux abonnés, avec votre accord, nos partenaires et "
    "nous utilisons, les commentaires sont réservés, les commentaires sont fermés, "
    "recevez chaque, suivez toute l'actualité, cet article a été mis à jour",
    "es": "utilizamos cookies, usamos cookies, este sitio web utiliza cookies, este sitio "
    "utiliza cookies, esta web utiliza cookies, este contenido es exclusivo para suscriptores, "
    "para comentar, suscríbete a nuestro newsletter, suscríbete aquí, únete a nuestro canal, "
    "suscríbete a nuestra newsletter, sigue la última hora, sigue en directo, "
    "sigue toda la actualidad",
    "it": "utilizziamo i cookie, usiamo i cookie, questo sito utilizza cookie, questo sito "
    "utilizza i cookie, questo sito usa i cookie, noi e terze parti selezionate, iscriviti alla "
    "newsletter, i commenti sono chiusi, "
    "scarica la nostra app, se vuoi restare aggiornato",
    "pt": "utilizamos cookies, usamos cookies, este site utiliza cookies, este site usa cookies, "
    "este conteúdo é exclusivo para assinantes, os comentários a este artigo, os comentários "
    "não representam, ouça aqui o podcast, subscreva a newsletter",
    "nl": "wij gebruiken cookies, we gebruiken cookies, deze website maakt gebruik van cookies, "
    "deze site maakt gebruik van cookies, deze website gebruikt cookies, "
    "download de app, op deze site gebruiken we cookies, ontvang elke",
    "sv": "vi använder cookies, den här webbplatsen använder cookies, webbplatsen använder "
    "cookies, vi använder kakor, tipsa oss, har du ett tips, "
    "prenumerera på vårt nyhetsbrev",
    "da": "vi bruger cookies, denne hjemmeside bruger cookies, hjemmesiden bruger cookies, tip os, "
    "har du et tip",
    "no": "vi bruker informasjonskapsler, vi bruker cookies, nettstedet bruker "
    "informasjonskapsler, tips oss, har du et tips, "
    "abonner på, denne saken er oppdatert, nrk er ikke ansvarlig",
    "fi": "käytämme evästeitä, tämä sivusto käyttää evästeitä, sivustomme käyttää evästeitä",
    "pl": "ta strona używa plików cookie, ta strona korzysta z plików cookie, używamy plików "
    "cookie, serwis wykorzystuje pliki cookie, strona wykorzystuje pliki cookie, masz dla nas "
    "temat, "
    "masz informacje, zapisz się na nasz newsletter, zapisz się do newslettera, artykuł został "
    "zaktualizowany",
    "cs": "tento web používá cookies, tento web používá soubory cookie, používáme cookies, "
    "používáme soubory cookie, používáme soubory cookies",
    "sk": "táto stránka používa cookies, táto webová stránka používa súbory cookie, používame "
    "cookies, používame súbory cookie, tento web používa cookies, páčil sa vám článok, "
    "predplaťte si",
    "ru": "мы используем файлы cookie, мы используем cookie, этот сайт использует файлы cookie, "
    "этот сайт использует cookie, продолжая пользоваться сайтом, нашли ошибку, "
    "при использовании материалов, подписывайтесь на наш",
    "uk": "ми використовуємо файли cookie, ми використовуємо cookie, цей сайт використовує "
    "файли cookie, продовжуючи користуватися сайтом, знайшли помилку, помітили помилку, "
    "якщо ви помітили помилку, підписуйтесь на наш, при використанні матеріалів",
    "el": "χρησιμοποιούμε cookies, αυτός ο ιστότοπος χρησιμοποιεί cookies, ο ιστότοπος "
    "χρησιμοποιεί cookies, "
    "γραφτείτε στο ενημερωτικό",
    "tr": "sitemizde çerezler kullanılmaktadır, sitemizde çerez, web sitemizde çerez, çerezler "
    "kullanıyoruz, haber bültenimize abone olun, haberin detaylarına",
    "ar": "يستخدم هذا الموقع ملفات تعريف الارتباط, نستخدم ملفات تعريف الارتباط, يستخدم موقعنا "
    "ملفات تعريف الارتباط, النص متاح بموجب رخصة",
    "he": "אתר זה משתמש בעוגיות, אנו משתמשים בעוגיות, האתר משתמש בעוגיות, אהבתם את הכתבה, "
    "כבר מנויים, התוכן זמין תחת רישיון",
    "hi": "हम कुकीज़ का उपयोग करते हैं, यह वेबसाइट कुकीज़ का उपयोग करती है, हम आपके अनुभव को "
    "बेहतर बनाने के लिए कुकीज़",
    "zh": "本网站使用cookie, 本站使用cookie, 我们使用cookie, 本網站使用cookie, "
    "本網站之文字, 本网站之文字",
    "ja": "当サイトではcookieを使用, このサイトではcookieを使用, このサイトはcookieを使用, "
    "この記事は有料記事です, 有料会員になると, "
    "※この記事は",
    "ko": "이 사이트는 쿠키를 사용, 당사는 쿠키를 사용, 이 웹사이트는 쿠키를 사용, 로그인 후 댓글을, "
    "이 사이트는 쿠키를 사용합니다",
    "vi": "chúng tôi sử dụng cookie, trang web này sử dụng cookie, giấy phép số",
    "th": "เว็บไซต์นี้ใช้คุกกี้, เราใช้คุกกี้",
}
"""Each language's :attr:`Language.notices`: phrases, comma-separated, that open a notice of
the site (cookies, paywalls, requests to readers)."""

_PROMPTS = {
    "en": "download the, download our app, sign up for breaking news alerts, "
    "subscribe to our newsletter",
    "de": "abonnieren sie unseren, schreiben sie uns in den kommentaren, laden sie unsere app, "
    "melden sie sich für unseren newsletter",
    "fr": "inscrivez-vous à notre newsletter, inscrivez-vous à nos newsletters, "
    "abonnez-vous à notre newsletter, téléchargez notre application, téléchargez l'application",
    "nl": "meld je aan voor de, meld je aan voor onze, schrijf je in voor onze, "
    "download de app, download onze app",
    "es": "descarga nuestra app, descarga la app",
    "pt": "baixe o app, baixe nosso aplicativo, inscreva-se na nossa newsletter",
    "it": "scarica la nostra app, iscriviti alla nostra newsletter",
    "hi": "ऐसी ही और खबरों के लिए, और खबरों के लिए, ताज़ा खबरों के लिए",
    "vi": "tải ứng dụng, đăng ký nhận bản tin, theo dõi chúng tôi trên",
    "tr": "bültenimize abone olun, uygulamamızı indirin, mobil uygulamamızı indirin",
    "el": "κατεβάστε την εφαρμογή, εγγραφείτε στο newsletter",
    "sk": "stiahnite si našu aplikáciu, prihláste sa na odber",
    "cs": "stáhněte si naši aplikaci, přihlaste se k odběru",
    "pl": "pobierz naszą aplikację, zapisz się do newslettera",
    "ru": "скачайте наше приложение, подпишитесь на наш",
    "uk": "завантажте наш застосунок, підписуйтеся на наш",
}
"""Prompts to readers that open a line of their own (newsletters, apps, comments; from a
fourth editor's review), read as ``notices`` are."""

_BYLINES = {
    "en": "by",
    "fr": "par",
    "de": "von",
    "es": "por",
    "pt": "por",
    "it": "di",
    "nl": "door",
    "da": "af",
    "no": "av",
    "sv": "av",
    "he": "מאת",
}
"""Each language's :attr:`Language.byline_words`: the words before a writer's name."""

_RELATED = {
    "en": "read also, also read, read more, read next, see also, related, related articles, "
    "related stories, related news, related content, related coverage, related links, more on "
    "this, more on this story, more on this topic, more stories, more news, more headlines, "
    "you may also like, you might also like, you may be interested in, you might be interested "
    "in, recommended, recommended for you, recommended stories, most read, most viewed, most "
    "popular, popular, popular now, trending, trending now, top stories, latest news, latest "
    "stories, editor's picks, editors' picks, don't miss, further reading, what to read next, "
    "up next",
    "de": "lesen sie auch, lesen sie mehr, auch interessant, mehr aus der region, mehr zum thema, "
    "mehr zu diesem "
    "thema, zum thema, weitere artikel, weitere nachrichten, das könnte sie auch interessieren, "
    "das könnte sie interessieren, meistgelesen, meistgelesene artikel, am meisten gelesen, "
    "meistgeklickt, empfehlungen, unsere empfehlungen, verwandte artikel, ähnliche artikel, "
    "top-themen, neueste artikel, neueste nachrichten, siehe auch, mehr nachrichten, beliebt, "
    "beliebte artikel",
    "fr": "lire aussi, à lire aussi, a lire aussi, à lire également, lire également, voir aussi, "
    "à voir aussi, sur le même sujet, sur le meme sujet, articles liés, articles similaires, "
    "les plus lus, les plus lues, plus lus, les plus partagés, à découvrir, à découvrir aussi, "
    "vous aimerez aussi, vous aimerez peut-être aussi, vous pourriez aussi aimer, ces articles "
    "peuvent vous intéresser, dans la même rubrique, dernières actualités, dernières infos, "
    "nos articles, la sélection de la rédaction, en ce moment",
    "es": "lee también, lea también, leé también, leer también, te puede interesar, le puede interesar, "
    "también te puede interesar, puede interesarte, tal vez te interese, noticias "
    "relacionadas, relacionado, relacionadas, relacionados, artículos relacionados, más "
    "noticias, lo más leído, lo más visto, más leídas, más leído, más leídos, más vistas, "
    "ver también, te recomendamos, recomendados, recomendamos, últimas noticias, sigue leyendo",
    "it": "leggi anche, potrebbe interessarti, potrebbe interessarti anche, ti potrebbe "
    "interessare, articoli correlati, notizie correlate, correlati, i più letti, più letti, "
    "più lette, le più lette, i più visti, vedi anche, altre notizie, ultime notizie, da non "
    "perdere, dalla stessa sezione, leggi altro, consigliati",
    "pt": "leia também, leia mais, leia ainda, veja também, veja mais, ver também, saiba mais, "
    "notícias relacionadas, relacionadas, relacionados, artigos relacionados, mais lidas, mais "
    "lidos, as mais lidas, os mais lidos, mais vistos, mais vistas, mais notícias, outras "
    "notícias, últimas notícias, você pode gostar, pode também gostar, também pode gostar, "
    "recomendados, recomendadas",
    "nl": "lees ook, lees meer, meer over, meer over dit onderwerp, meer nieuws, meest gelezen, "
    "best gelezen, populair, gerelateerd, gerelateerde artikelen, ook interessant, bekijk ook, "
    "zie ook, laatste nieuws, aanbevolen, dit vind je misschien ook interessant, "
    "lees ook deze artikelen",
    "sv": "läs också, läs även, läs mer, mest läst, mest lästa, populärt, relaterat, "
    "relaterade artiklar, mer om, mer om ämnet, fler nyheter, senaste nytt, rekommenderat, "
    "se även",
    "da": "læs også, læs mere, mest læste, mest læst, relaterede artikler, relateret, mere om, "
    "mere om emnet, flere nyheder, seneste nyt, anbefalet, populære, se også",
    "no": "les også, les mer, mest lest, mest leste, relaterte saker, relatert, relaterte "
    "artikler, mer om, mer om saken, flere nyheter, siste nytt, anbefalt, populært, se også",
    "fi": "lue myös, lue lisää, luetuimmat, luetuimmat uutiset, luetuimmat nyt, luetuimmat "
    "jutut, suosituimmat, aiheesta lisää, aiheesta muualla, aiheeseen liittyvät, aiheeseen "
    "liittyvää, lisää aiheesta, tuoreimmat, uusimmat, uusimmat uutiset, katso myös, "
    "suosittelemme, muut uutiset, lisää uutisia",
    "pl": "czytaj także, czytaj też, czytaj również, czytaj więcej, przeczytaj także, "
    "przeczytaj też, przeczytaj również, zobacz także, zobacz też, zobacz również, polecamy, "
    "najczęściej czytane, najpopularniejsze, najchętniej czytane, powiązane, powiązane "
    "artykuły, podobne artykuły, więcej na ten temat, najnowsze, najnowsze wiadomości, może "
    "cię zainteresować, to cię może zainteresować, może cię także zainteresować",
    "cs": "čtěte také, čtěte též, čtěte více, přečtěte si také, přečtěte si též, související, "
    "související články, související zprávy, další zprávy, další zprávy z rubriky, další "
    "články, nejčtenější, nejčtenější články, nejčtenější zprávy, nejnovější, nejnovější "
    "zprávy, mohlo by vás zajímat, mohlo by vás také zajímat, doporučujeme, více k tématu, k "
    "tématu",
    "sk": "prečítajte si aj, prečítajte si tiež, čítajte aj, čítajte tiež, súvisiace, súvisiace "
    "články, súvisiace správy, najčítanejšie, najnovšie, ďalšie správy, ďalšie články, mohlo "
    "by vás zaujímať, odporúčame, viac k téme, k téme",
    "ru": "читайте также, читать также, смотрите также, см. также, по теме, ещё по теме, еще "
    "по теме, другие новости, новости по теме, похожие новости, материалы по теме, самое "
    "читаемое, самое популярное, популярное, самое интересное, последние новости, рекомендуем, "
    "вам может быть интересно, вам может понравиться, это интересно, лента новостей",
    "uk": "читайте також, дивіться також, по темі, за темою, на тему, інші новини, новини за "
    "темою, схожі новини, найпопулярніше, популярне, найчитаніше, останні новини, "
    "рекомендуємо, вас також може зацікавити, вас може зацікавити, стрічка новин",
    "el": "διαβάστε επίσης, διαβάστε ακόμη, δείτε επίσης, δείτε ακόμη, σχετικά άρθρα, σχετικά, "
    "σχετικές ειδήσεις, δημοφιλή, τα πιο δημοφιλή, πιο δημοφιλή, πιο διαβασμένα, τελευταίες "
    "ειδήσεις, προτεινόμενα, μπορεί να σας ενδιαφέρει, ροή ειδήσεων",
    "tr": "ayrıca okuyun, bunu da okuyun, bunları da okuyun, ilginizi çekebilir, ilgili "
    "haberler, benzer haberler, ilgili içerikler, çok okunanlar, en çok okunanlar, en çok "
    "okunan haberler, popüler, son haberler, öne çıkanlar, diğer haberler, daha fazla haber, "
    "sizin için seçtiklerimiz, editörün seçtikleri",
    "ar": "اقرأ أيضا, اقرأ أيضاً, اقرأ أيضًا, إقرأ أيضا, إقرأ أيضاً, اقرأ ايضا, أخبار ذات صلة, "
    "اخبار ذات صلة, مواضيع ذات صلة, مقالات ذات صلة, ذات صلة, أخبار متعلقة, مواد ذات صلة, الأكثر "
    "قراءة, الاكثر قراءة, الأكثر مشاهدة, الأكثر تداولا, آخر الأخبار, اخر الاخبار, قد يهمك, قد "
    "يعجبك أيضا, شاهد أيضا, شاهد أيضاً",
    "he": "כתבות נוספות, כתבות קשורות, עוד בנושא, קראו עוד, קראו גם, קרא גם, הנקראים ביותר, "
    "הכי נקראים, הכי נצפים, מומלצים, עוד כתבות, חדשות נוספות, אולי יעניין אותך",
    "hi": "यह भी पढ़ें, ये भी पढ़ें, इसे भी पढ़ें, और पढ़ें, संबंधित खबरें, संबंधित ख़बरें, "
    "संबंधित समाचार, सबसे ज्यादा पढ़ी गई, सबसे ज़्यादा पढ़ी गई, सबसे लोकप्रिय, लोकप्रिय, ताज़ा "
    "खबरें, ताजा खबरें, ताज़ा ख़बरें, अन्य खबरें, टॉप न्यूज़, ट्रेंडिंग, यह भी देखें",
    "zh": "相关阅读, 相關閱讀, 相关新闻, 相關新聞, 相关文章, 相關文章, 相关报道, 相關報導, "
    "延伸阅读, 延伸閱讀, 热门文章, 熱門文章, 热门新闻, 熱門新聞, 推荐阅读, 推薦閱讀, 更多新闻, "
    "更多新聞, 最新新闻, 最新消息, 猜你喜欢, 你可能感兴趣, 阅读排行, 閱讀排行, 热点新闻, "
    "编辑推荐, 点击排行",
    "ja": "関連記事, 関連ニュース, あわせて読みたい, 合わせて読みたい, 併せて読みたい, "
    "こちらもおすすめ, おすすめ記事, 人気記事, 人気ニュース, アクセスランキング, 最新記事, "
    "最新ニュース, よく読まれている記事, 注目記事, こちらも読まれています",
    "ko": "관련기사, 관련 기사, 관련뉴스, 관련 뉴스, 많이 본 뉴스, 많이 본 기사, 가장 많이 본 "
    "뉴스, 인기기사, 인기 기사, 주요뉴스, 주요 뉴스, 최신뉴스, 최신 뉴스, 추천기사, 추천 기사, "
    "함께 보면 좋은 기사, 이 시각 주요뉴스, 같이 보면 좋은 뉴스, 오늘의 주요뉴스, 실시간 "
    "인기기사, 핫이슈",
    "vi": "tin liên quan, bài liên quan, bài viết liên quan, tin cùng chuyên mục, xem thêm, đọc "
    "thêm, tin mới nhất, tin nổi bật, đọc nhiều nhất, xem nhiều nhất, đọc nhiều, xem nhiều, "
    "tin khác, có thể bạn quan tâm",
    "th": "ข่าวที่เกี่ยวข้อง, ข่าวเกี่ยวข้อง, บทความที่เกี่ยวข้อง, เรื่องที่เกี่ยวข้อง, "
    "อ่านเพิ่มเติม, ข่าวล่าสุด, ข่าวยอดนิยม, ข่าวแนะนำ, ข่าวอื่นๆ",
}
"""Each language's :attr:`Language.related_headings`, comma-separated."""


def _phrases(text: str) -> frozenset[str]:
    """Comma-separated phrases, each with its words separated by single spaces."""
    return frozenset(" ".join(p.split()) for p in text.split(",") if p.strip())


def _speech_tags(spec: dict[str, Any] | None) -> SpeechTags | None:
    if spec is None:
        return None
    verbs = _phrases(spec["verbs"])
    after = spec.get("pronouns_after", "").split()
    bare = _phrases(spec.get("bare", "")) | {
        f"{verb} {pronoun}" for verb in verbs for pronoun in after
    }
    return SpeechTags(
        verbs=verbs,
        speaker_after=spec.get("speaker_after", False),
        adverbials_after=spec.get("adverbials_after", False),
        places=_words(spec.get("places", "")),
        pronouns=_words(spec.get("pronouns", "")),
        bare=bare | verbs if spec.get("drops_subject", False) else bare,
        complementisers=_words(spec.get("complementisers", "")),
        verb_final=spec.get("verb_final", False),
    )


def _sentence_spaces(spec: dict[str, str] | None, months: frozenset[str]) -> SentenceSpaces | None:
    if spec is None:
        return None
    # A month's abbreviation after its day or before its year goes on: "5 ม.ค.", "ม.ค. 2567".
    abbreviated = {f"{month}." for month in months if "." in month}
    return SentenceSpaces(
        before=spec["before"],
        after=spec["after"],
        openers=_words(spec["openers"]),
        joiners=_words(spec["joiners"]) | abbreviated,
        hangers=_words(spec["hangers"]),
        titles=_words(spec.get("titles", "")),
        name_words=_words(spec.get("name_words", "")),
        lists=_words(spec.get("lists", "")),
        list_links=_words(spec.get("list_links", "")),
        units=_words(spec.get("units", "")),
        continuing_tags=frozenset(spec.get("continuing_tags", "").split()),
        predicate_tags=frozenset(spec.get("predicate_tags", "").split()),
    )


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every accepted name, code and alias, case-folded, to its code."""
    names: dict[str, str] = {}
    for code, spec in _SPECS.items():
        for name in (code, spec["name"], *spec["aliases"]):
            names[unicodedata.normalize("NFC", name).casefold()] = code
    return names


_LANGUAGE_TAG = regex.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})+")
"""A language tag such as ``pt-br`` or ``zh-hant-tw``: its first part is the language."""


def available() -> tuple[str, ...]:
    """The names of the supported languages, in alphabetical order.

    Examples
    --------
    >>> len(available()), available()[:3]
    (26, ('arabic', 'chinese', 'czech'))
    """
    return tuple(sorted(spec["name"] for spec in _SPECS.values()))


def builtin(language: Language) -> Language | None:
    """The built-in language ``language`` is equal to (None for a language of one's own).

    A :class:`Language` derived with :func:`dataclasses.replace` is one of
    one's own as soon as any field differs, its name and code included.

    Parameters
    ----------
    language : Language

    Returns
    -------
    Language or None

    Examples
    --------
    >>> import dataclasses
    >>> builtin(get("de")) is get("de")
    True
    >>> builtin(dataclasses.replace(get("en"), stopwords=frozenset({"the"}))) is None
    True
    """
    try:
        same = get(language.code)
    except InvalidParameterError:
        return None
    return same if same == language else None


def get(language: str | Language) -> Language:
    """The :class:`Language` of a name, ISO code or alias.

    Parameters
    ----------
    language : str or Language
        A name (``"german"``), ISO 639-1 code (``"de"``), ISO 639-2 code
        (``"deu"``, ``"ger"``), the language's own name (``"Deutsch"``) or a
        language tag whose first part is one of these (``"pt-BR"``), in any
        case; a :class:`Language` is returned as it is.

    Returns
    -------
    Language

    Raises
    ------
    InvalidParameterError
        For a name that is not a supported language; the message lists the
        supported ones.

    Examples
    --------
    >>> get("DE") is get("german") is get("Deutsch") is get("de-AT")
    True
    >>> get("klingon")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'language' parameter must be one of ...
    """
    if isinstance(language, Language):
        return language
    if isinstance(language, str):
        # Composed, as the names are: "français" typed with a combining accent is found.
        key = unicodedata.normalize("NFC", language.strip()).casefold()
        names = _names()
        code = names.get(key)
        tag = _LANGUAGE_TAG.fullmatch(key)
        if code is None and tag is not None:
            code = names.get(tag.group(1))
        if code is not None:
            return _language(code)
    listed = ", ".join(f"{_SPECS[c]['name']} ({c})" for c in sorted(_SPECS, key=_sort_name))
    raise InvalidParameterError(
        f"The 'language' parameter must be one of {listed}, as a name, ISO code or "
        f"Language. Got {language!r} instead."
    )


def _sort_name(code: str) -> str:
    name: str = _SPECS[code]["name"]
    return name


# ---------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------

_SAMPLE = 10_000
"""Characters of a text that detection reads: the first ones."""
_SCRIPT_PATTERNS = {
    "han": regex.compile(r"\p{Han}"),
    "kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "hangul": regex.compile(r"\p{Hangul}+"),
    "thai": regex.compile(r"\p{Thai}"),
    "devanagari": regex.compile(r"\p{Devanagari}+"),
    "arabic": regex.compile(r"\p{Arabic}+"),
    "hebrew": regex.compile(r"\p{Hebrew}+"),
    "greek": regex.compile(r"\p{Greek}+"),
    "cyrillic": regex.compile(r"\p{Cyrillic}+"),
    "latin": regex.compile(r"\p{Latin}+"),
}
"""What each script writes: a character where words are not spaced (Chinese and
Japanese, Thai), else a word (a run of the script's letters)."""
_SCRIPT_LANGUAGE = {
    "hangul": "ko", "thai": "th", "devanagari": "hi", "arabic": "ar", "hebrew": "he",
    "greek": "el",
}  # fmt: skip
_LATIN_WEIGHT = 3.0
"""A word of another script counts as this many Latin words (see :func:`detect`)."""
_KANA_SHARE = 0.1
"""Han text with at least this share of kana is Japanese (Chinese has none)."""
_FAMILIES = {
    "latin": ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "sk",
              "tr", "vi"),
    "cyrillic": ("ru", "uk"),
}  # fmt: skip
_identifier: list[Any] = []
_identifier_lock = threading.Lock()


def _classifier() -> Any:
    """py3langid's naive Bayes model of letter n-grams, limited to our Latin and
    Cyrillic languages; loaded once (about 1 s of CPU), then read-only."""
    if not _identifier:
        with _identifier_lock:
            if not _identifier:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
                identifier.set_languages([c for codes in _FAMILIES.values() for c in codes])
                _identifier.append(identifier)
    return _identifier[0]


def _chars_per_word(code: str) -> float:
    """Characters of ``code``'s script a budget counts as one word."""
    return float(get(code).chars_per_word or 1.0)  # set for every unspaced language


def _rank(family: str, text: str) -> str:
    """The language of the family that py3langid finds most likely for ``text``."""
    allowed = _FAMILIES[family]
    for code, _ in _classifier().rank(text):
        if code in allowed:
            return str(code)
    return allowed[0]  # pragma: no cover - rank() lists every language it was given


_MATHEMATICAL = (
    "\U0001d400-\U0001d7ff\u2102\u210a-\u210e\u2110-\u2112\u2115\u2119-\u211d\u2124"
    "\u2128\u212c\u212d\u212f-\u2131\u2133\u2134"
)
"""The mathematical letters and digits (𝐀𝐁𝐂, 𝑨, 𝔄, 𝔸, 𝟏), with the letters of Letterlike
Symbols that fill the holes in their alphabets (ℎ, ℬ, ℭ, ℍ, ℝ ...): letters of no script."""
_COMPATIBLE = re.compile(f"[\uff01-\uff5e{_MATHEMATICAL}]+")
"""What :func:`detect` reads as the characters it stands for (NFKC): the mathematical
letters, and the full-width forms of ASCII (ＴＨＥ ＮＥＷＳ！), which are Latin already
but which py3langid reads as characters of their own."""
_SCRIPT_DIGIT_RANGES = "\u0600-\u060b\u060d\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59"
"""The digits of the scripts :func:`detect` counts (Arabic-Indic, their Persian forms,
Devanagari, Thai) and the signs of Arabic script written with numbers (number signs, per
mille, date, decimal and thousands separators, per cent): no letters, so not counted, as
ASCII digits are not."""
_SCRIPT_DIGITS = re.compile(f"[{_SCRIPT_DIGIT_RANGES}]")
_UNUSUAL = re.compile(f"[\uff21-\uff3a\uff41-\uff5a{_MATHEMATICAL}{_SCRIPT_DIGIT_RANGES}]")
"""A full-width Latin letter, a mathematical letter or a digit of :data:`_SCRIPT_DIGIT_RANGES`."""


def _readable(text: str) -> tuple[str, str]:
    """The first characters of ``text`` that :func:`detect` reads, composed (NFC), with
    the characters of :data:`_COMPATIBLE` read as they stand for (NFKC); and the same
    without the digits of :data:`_SCRIPT_DIGIT_RANGES`: the text whose scripts are counted.

    A text without a character of :data:`_UNUSUAL` (every ASCII one) is read as it is,
    after one search."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        return sample, sample
    sample = unicodedata.normalize("NFC", sample)
    if _UNUSUAL.search(sample) is None:
        return sample, sample
    sample = _COMPATIBLE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), sample)
    sample = unicodedata.normalize("NFC", sample)  # a mark after a letter now plain
    return sample, _SCRIPT_DIGITS.sub("", sample)


def detect(text: str, *, default: str | Language | None = None) -> Language:
    """The language of ``text``, found offline from its script and its letters.

    The script that writes most of its words decides at once for Korean
    (Hangul), Thai, Hindi (Devanagari), Arabic, Hebrew and Greek, and for
    Chinese and Japanese (Han characters; Japanese when a tenth of them or
    more are kana). A word is a run of letters of a script, or where words
    are not spaced the characters a budget counts as one (1.5 in Chinese and
    Japanese, 5 in Thai), so a Japanese sentence naming "iPhone" is Japanese;
    and a Latin word counts a third, as names, brands and acronyms are written
    in Latin letters in every script. Between the languages written in Latin script, and between
    Russian and Ukrainian, py3langid decides: a naive Bayes classifier of
    letter n-grams whose model ships in its wheel (Lui and Baldwin's
    langid.py), limited to the supported languages; it is loaded on the
    first call that needs it (about one second). The first 10,000
    characters are read. Deterministic.

    Letters written in compatibility forms are read as the letters they stand
    for (NFKC): full-width Latin ("ＴＨＥ ＧＯＶＥＲＮＭＥＮＴ") and the
    mathematical letters of styled posts ("𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 𝐧𝐞𝐰𝐬"). Only letters
    tell a language: digits count for no script, whatever script they are
    written in ("2024", "٢٠٢٤", "२०२४", "٣٫٥٪").

    Parameters
    ----------
    text : str
    default : str or Language or None, default=None
        The language to return when the text has no letter (digits of any
        script, punctuation and symbols only).

    Returns
    -------
    Language

    Raises
    ------
    InputTypeError
        When ``text`` is not a str (bytes are to be decoded first).
    InvalidInputError
        When the text has no letter and ``default`` is None.

    Examples
    --------
    >>> detect("Il presidente ha detto che il governo non si dimetterà.").name
    'italian'
    >>> detect("政府表示，新政策将于明年实施。").name, detect("政府は新しい政策を発表した。").name
    ('chinese', 'japanese')
    >>> detect("2024", default="english").name
    'english'
    >>> detect("AppleはiPhone 15を発表した。").name
    'japanese'
    >>> detect("𝐓𝐡𝐞 𝐫𝐢𝐯𝐞𝐫 𝐫𝐨𝐬𝐞 𝐨𝐯𝐞𝐫𝐧𝐢𝐠𝐡𝐭").name, detect("٢٠٢٤", default="ar").name
    ('english', 'arabic')
    """
    check_text("detect", "text", text)
    # Scripts are counted in letters: digits, of whatever script, count for none.
    sample, letters = _readable(text)
    counts = {
        script: len(pattern.findall(letters)) for script, pattern in _SCRIPT_PATTERNS.items()
    }
    han, kana = counts.pop("han"), counts.pop("kana")
    # Scripts compared by their words: "AppleはiPhone 15を発表した。" is Japanese (two
    # Latin words, six characters of four Japanese words) though Latin has more letters.
    words = {script: float(count) for script, count in counts.items()}
    words["cjk"] = (han + kana) / _chars_per_word("zh")
    words["thai"] = counts["thai"] / _chars_per_word("th")
    # Names, brands and acronyms are written in Latin letters in every script, and the
    # reverse is rare: "Компанія Apple представила iPhone 16 Pro Max." is Ukrainian.
    words["latin"] /= _LATIN_WEIGHT
    script = max(words, key=words.__getitem__)  # first of a tie: dict order
    if words[script] > 0:
        if script == "cjk":
            return get("ja" if kana >= _KANA_SHARE * (han + kana) else "zh")
        if script in _SCRIPT_LANGUAGE:
            return get(_SCRIPT_LANGUAGE[script])
        return get(_rank(script, sample))
    if default is not None:
        return get(default)
    raise InvalidInputError(
        "The language of a text without letters cannot be told; pass a default. "
        f"Got {text[:60]!r}."
    )
