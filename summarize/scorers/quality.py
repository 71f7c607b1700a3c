"""Sentence quality: which candidates a reader would not accept in a summary.

Two kinds of candidate read badly out of their article, and the selectors
(:class:`~summarize.selectors.Greedy`, :class:`~summarize.selectors.ILP`)
treat them apart:

*fragments* (:func:`fragments`)
    A piece too short to state a fact (3 words or fewer: "Impeach!",
    "Wrong."), a question ("Will the strike end?"), a dateline or byline left on its own ("BRUSSELS, Belgium (AP)
    -", "By JOHN SMITH, Associated Press Writer"), a bare quotation tag
    whose quotation is in another sentence ("Frei asked.", "asked one
    Democratic strategist.", "Ms. Moseley-Braun said in an interview."), a
    short statement that nothing was said ("The embassy had no comment."), or
    a short sentence (:data:`SHORT_DANGLING_WORDS`, 6 words or fewer) that
    dangles (below: "It got 14 nominations.", '"The stations were empty.') or
    is a quotation and nothing else ('"There will be no next Seinfeld."'; where a
    dash opens direct speech, "- A situação está muito desgastada."). A
    selector never uses one, not even to fill the last words of a budget,
    unless no other candidate fits at all. :meth:`~summarize.Summarizer.rank`
    still returns them with their scores.
*dangling sentences* (:func:`dangling`)
    A sentence opening with a pronoun or a connective that points back to
    a sentence the reader has not seen ("But", "He", "They", "It was",
    "However": :func:`opens_dangling`), or setting such a connective off with
    commas inside it or at its end ("The plan, however, failed.":
    :func:`sets_off_aside`), or naming the speaker of its speech tag by a
    pronoun alone ("..., he said.": :func:`names_speaker_by_pronoun`), or
    holding one end of a quotation
    whose other end is in another sentence (:func:`tears_quotation`: the
    first sentence of a longer quotation, '"Not so with an earthquake.', or
    its last, 'The political authority is crumbling."', says neither who
    speaks nor, alone, what they said), or, read in its paragraph, opening
    inside a quotation that an earlier sentence opened (the middle of one,
    "We become one family.", holds no mark at all). A selector discounts its
    gain, so an equally good self-contained sentence goes first; one much
    better still gets in.

The word lists belong to each :class:`~summarize.languages.Language`:
:attr:`~summarize.languages.Language.dangling_openers` (with
:attr:`~summarize.languages.Language.standalone_openers`, the impersonal forms
that open like one: French "Il y a", "Il faut") for every supported language
but Arabic and Thai, :attr:`~summarize.languages.Language.dangling_asides` for
English, French, Spanish, Italian and Portuguese, and
:attr:`~summarize.languages.Language.speech_tags`, the verbs of a bare
quotation tag, for English, German, French, Spanish, Italian, Portuguese,
Dutch, Swedish, Danish, Norwegian, Russian, Ukrainian and Polish. A language
without a list has only the language-neutral rules (length, questions); the
dateline, byline and "no comment" patterns are English. Length is counted in the language's
words (:meth:`Language.word_count <summarize.languages.Language.word_count>`),
so a Chinese, Japanese or Thai sentence, written without spaces, is not a
fragment for being one run of characters.

This is a feature of the sentences, computed from their text in one pass of
a few regular expressions, so it costs little next to scoring; only the
quotation a sentence opens inside needs the text of its paragraph before it
(``before``, which the selectors take from
:meth:`Candidates.paragraph_before <summarize.segmentation.Candidates.paragraph_before>`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import regex

from ..documents import MISREAD_CLOSING_QUOTES, MISREAD_OPENING_QUOTES
from ..languages import Language, SpeechTags
from ..languages import get as get_language
from ..segmentation import ends_sentence, opens_with_caption_label

__all__ = [
    "dangling",
    "fragments",
    "is_dangling",
    "is_fragment",
    "names_speaker_by_pronoun",
    "opens_dangling",
    "points_back_inside",
    "sets_off_aside",
    "tears_quotation",
]

FRAGMENT_WORDS = 3
"""A candidate of at most this many words is a fragment."""
SHORT_DANGLING_WORDS = 6
"""A candidate of at most this many words that dangles (:func:`dangling`) is a fragment:
too short to say anything once the sentence it points back to is missing ("It got 14
nominations.", '"The stations were empty.')."""
_TAGGED_WORDS = 10
"""Most words of a sentence whose speech tag names its speaker by a pronoun alone
(:func:`names_speaker_by_pronoun`) that is a fragment: its few words say little once
who "he" is, said in the sentence before, is missing."""
ATTRIBUTION_WORDS = 14
"""A candidate of at most this many words that opens with one of the language's
:attr:`~summarize.languages.Language.attribution_openers` ("Об этом сообщил ...") only
says who said the sentence before it, and is a fragment."""

# "BRUSSELS, Belgium (AP) -", "MOBILE, Ala. (AP) --", "WASHINGTON _", "(AP) -".
_DATELINE = re.compile(
    r"""^\s*(?:[A-Z][A-Z.'\- ]{1,40}(?:,\s*[\w.'\- ]{1,30})?\s*)?
        (?:\((?:AP|UPI|Reuters|AFP|Xinhua|DPA|CNN|NYT)\)\s*)?(?:-{1,2}|_|—|–)?\s*$""",
    re.VERBOSE,
)
_AGENCY = re.compile(r"\((?:AP|UPI|Reuters|AFP|Xinhua|DPA)\)")


def _agency_line(text: str) -> bool:
    """Whether ``text`` ends with an agency in brackets and no full stop, maybe a dash ("Praha
    12. března (ČTK)", "नई दिल्ली, 12 मार्च (भाषा)"), or is one in Japanese brackets
    (【ワシントン共同】): a dateline of its own."""
    tail = text.strip().rstrip("-\u2013\u2014").rstrip()
    if tail.startswith("\u3010") and tail.endswith("\u3011"):
        return len(tail) <= 32 and "\u3011" not in tail[:-1]
    opened = tail.rfind("(")
    return (
        tail.endswith(")")
        and 0 <= opened
        and 2 < len(tail) - opened <= 32
        and not tail[opened + 1].isspace()
        and ")" not in tail[opened + 1 : -1]
    )


def _dash_dateline(text: str) -> bool:
    """Whether ``text`` is a place in capitals, a comma, then an agency or a date after a
    dash set off by spaces, and nothing more ("МОСКВА, 15 мая — РИА Новости.", "ROMA, 3
    ott - ANSA"): a dateline of its own (the caller keeps it short)."""
    place, comma, rest = text.strip().partition(",")
    return (
        bool(comma)
        and len(place) > 1
        and place.replace(" ", "").replace("-", "").isalpha()
        and place.isupper()
        and _TAG_DASH.search(rest) is not None
    )


_BYLINE = re.compile(
    r"""^\s*(?:By\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,4}\s*,?\s*
          (?:(?:Associated\s+Press|AP|Reuters|UPI|Staff|Special)\b.*)?$
        |.{0,60}\b(?:Associated\s+Press|AP|Reuters|UPI)\s+(?:Writer|Correspondent|Reporter)\s*\.?\s*$
        )""",
    re.VERBOSE,
)
_NAMED_BYLINE = regex.compile(
    r"\s*(\p{Lu}\p{Ll}*)\s+(\p{Lu}[\p{L}.'\-]*(?:\s+(?:\p{Lu}[\p{L}.'\-]*|\p{Ll}{1,3})){1,6})"
    r"(?:\s*,\s*[^.!?,;:]{1,60})?\.?\s*$"
)
"""A byline's shape: a word, two to seven names (short words in lower case between them:
"Jan de Vries", "Jane Smith and Tom Brown"), then maybe a comma and the writer's post."""


def _byline(text: str, language: Language) -> bool:
    """Whether ``text`` is a byline opened by one of the language's
    :attr:`~summarize.languages.Language.byline_words`: "By Jane Smith, political editor.",
    "Af Mette Hansen, politisk redaktør."; not "By Election Day the ..." (the names end
    it) nor "By Monday Night, ..." (a day's name)."""
    if not language.byline_words:
        return False
    match = _NAMED_BYLINE.match(text)
    if match is None or language.lower(match.group(1)) not in language.byline_words:
        return False
    names = match.group(2).split()
    capitalised = [language.lower(name.rstrip(".")) for name in names if name[:1].isupper()]
    return (
        names[-1][:1].isupper()
        and len(capitalised) >= 2
        and not language.calendar_words.intersection(capitalised)
    )


# A quotation tag's words: "Frei", "Ms.", "Moseley-Braun", "a-t-il".
_TAG_WORD = re.compile(r"[\w.'\-]+")
_QUOTES = "\"'“”‘’"
# "The embassy had no comment.", "Officials were not available for comment."
_NO_COMMENT = re.compile(
    r"\b(?:had|has|have|made|offered)\s+no\s+(?:immediate\s+)?comment|"
    r"(?:declined|refused)\s+(?:to\s+)?comment|"
    r"(?:not|never)\s+(?:be\s+)?(?:immediately\s+)?(?:available|reached)\s+for\s+comment",
    re.IGNORECASE,
)
_SIGNPOST = re.compile(
    r"\W*(?:here(?:'s|\u2019s|\s+is|\s+are)|this\s+is)\s+"
    r"(?:what|how|why|where|who|everything|all\s+you|a\s+look|the\s+latest)\b",
    re.IGNORECASE,
)
"""A sentence that announces what the article says next ("Here is what it means for
residents.", "Here's what we know."): read at most :data:`_SIGNPOST_WORDS` words long."""
_SIGNPOST_WORDS = 10
# The first run of letters and digits of a sentence: what a listed opener's first word
# must start with, a quick test before the sentence's words are read.
_LEAD = re.compile(r"[\W_]*([^\W_]+)")
# A letter and a period opening a sentence: an initial ("A. Babiš"), not a word.
_INITIAL = re.compile(r"[\W_]*[^\W\d_]\.")
_OPENING = 120
"""Characters of a sentence read for its opening words: more than any listed phrase."""
# A question ends in a question mark, maybe before closing quotes and brackets: no statement
# of fact ("Q: Who is investigating?", "Will the strike end?").
_QUESTION = re.compile(r"[?\uff1f\u061f\u037e][\"'\u2019\u201d\u00bb)\]\u300d\u300f\s]*$")


def is_fragment(
    text: str,
    language: str | Language = "english",
    before: str = "",
    *,
    dangles: bool | None = None,
) -> bool:
    """Whether a candidate is a fragment: too short, a dateline, a byline, a quotation tag,
    a photo's caption, or short and dangling or a bare quotation (someone's words, without
    whose).

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Counts the words (:meth:`Language.word_count
        <summarize.languages.Language.word_count>`: in Chinese, Japanese and
        Thai, characters, not runs between spaces).
    before : str, default=""
        The text of its paragraph before it, read by :func:`is_dangling`.
    dangles : bool, optional
        :func:`is_dangling` of ``text`` and ``before``, when the caller has it
        already (a selector asks both); found when needed otherwise.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_fragment("Impeach!")
    True
    >>> is_fragment("BRUSSELS, Belgium (AP) -")
    True
    >>> is_fragment("By JOHN SMITH, Associated Press Writer")
    True
    >>> is_fragment("Frei asked.")
    True
    >>> is_fragment("It got 14 nominations.")  # short, and it dangles
    True
    >>> is_fragment("Our resources are tight.", before='"We feel the squeeze. ')
    True
    >>> is_fragment('"There will be no next Seinfeld."')  # short, and whose words?
    True
    >>> is_fragment("- A situação está muito desgastada.", "portuguese")  # a dash opens it
    True
    >>> is_fragment("said Ahmed Ali, a spokesman for the coalition of opposition parties.")
    True
    >>> is_fragment("Par notre envoyé spécial à Kiev", "french")  # a byline: no full stop
    True
    >>> is_fragment('Peter Finch, "Network," 1976.')  # a list's entry: no word in lower case
    True
    >>> is_fragment("Here is what it means for residents.")  # announces what follows
    True
    >>> is_fragment("The ministers asked for a delay of two weeks.")
    False
    >>> is_fragment("地震造成118人死亡，数百人受伤。", "chinese")  # no space, 12 words
    False
    """
    own = get_language(language)
    words = own.word_count(text)
    if words <= FRAGMENT_WORDS or _QUESTION.search(text):
        return True
    if words <= 8 and (_DATELINE.match(text) or _AGENCY.search(text) or _agency_line(text)):
        return True
    if words <= 8 and _dash_dateline(text):
        return True  # "МОСКВА, 15 мая — РИА Новости."
    if text.rstrip().endswith(";") and ";" in own.sentence_enders:
        return True  # a question in Greek, which writes "?" as ";"
    if words <= 12 and (_BYLINE.match(text) or _byline(text, own)):
        return True  # "By JOHN SMITH, Associated Press Writer", "Af Mette Hansen, redaktør."
    if words <= _UNENDED_WORDS and own.sentence_spaces is None and not ends_sentence(text, own):
        return True  # a heading, a byline, a credit: "Par notre envoyé spécial à Kiev"
    if opens_with_caption_label(text):
        return True  # a photo's caption: "Na zdjęciu: premier podczas konferencji"
    if text.lstrip()[:1] in _ITEM_MARKS and not ends_sentence(text, own):
        return True  # a list's item: "– Suppression de la taxe d'habitation pour tous"
    if _LOWER_CASE_WORD.search(text) is None and _LOWER_CASE.search(text) is not None:
        return True  # no word in lower case in a cased script: 'Peter Finch, "Network," 1976.'
    if words <= 10 and _NO_COMMENT.search(text):
        return True
    if words <= _SIGNPOST_WORDS and _SIGNPOST.match(text):
        return True  # "Here is what it means for residents.": says what comes next
    if (
        words <= ATTRIBUTION_WORDS
        and own.attribution_openers
        and _opens(text, own, _attribution_openers(own))
    ):
        return True  # "Uvedl to v pondělí ministr financí ...": who said the one before
    tags = own.speech_tags
    if tags is not None and (
        (words <= 8 and _is_speech_tag(text, tags, own)) or _torn_tag(text, tags)
    ):
        return True
    if words <= _TAGGED_WORDS and names_speaker_by_pronoun(text, own):
        return True  # '"We are keeping our promises," he said.': whose words, again?
    if words <= SHORT_DANGLING_WORDS and _whole_quotation(text, own):
        return True  # '"There will be no next Seinfeld."': someone's words, not whose
    if words > SHORT_DANGLING_WORDS:
        return False
    return is_dangling(text, own, before) if dangles is None else dangles


_ITEM_MARKS = frozenset("-\u2013\u2014\u2022\u00b7*\u25aa\u25cf")
"""Dashes and bullets that open a list's item: one without final punctuation is no
sentence, however long."""
_LOWER_CASE_WORD = regex.compile(r"(?<![\w'\u2019.\-])\p{Ll}")
_LOWER_CASE = regex.compile(r"\p{Ll}")
"""A word opening in lower case, and a letter in lower case. A text written in a script
with case (not in capitals alone) in which no word opens in lower case is a name, a title
or a list's entry ('Peter Finch, "Network," 1976.', "Hurricane Gilbert Heads West."): every
sentence has a word in lower case."""
_UNENDED_WORDS = 8
"""Most words of a text without final punctuation that is a heading or a label, not a
sentence whose full stop the article forgot."""


def _whole_quotation(text: str, language: Language) -> bool:
    """Whether ``text`` is one quotation and nothing else: it opens and closes with a
    quotation mark and holds no other (so no speech tag says whose words they are); or,
    where a dash opens direct speech (``not language.dash_bullets``), it opens with a dash
    and holds no other set off by spaces ("- A situação está muito desgastada.", not
    "- Não sei - disse Maia.")."""
    text = text.strip()
    if len(text) > 2 and text[0] in _SPEECH_DASHES and text[1] == " ":
        return not language.dash_bullets and not _TAG_DASH.search(text, 2)
    return (
        len(text) > 2
        and text[0] in _QUOTATION_MARKS
        and text[-1] in _QUOTATION_MARKS
        and sum(map(text.count, _QUOTATION_MARKS)) == 2
    )


_SPEECH_DASHES = "-\u2013\u2014"
"""The dashes that open direct speech where quotation marks are not used for it
(Portuguese "- Não sei.", Spanish and Russian "— Sí.", Swedish "– Ja.")."""
_TAG_DASH = re.compile(r"\s[" + _SPEECH_DASHES + r"]\s")
"""A dash set off by spaces inside direct speech, before its speech tag ("- disse Maia.")."""


def opens_dangling(text: str, language: str | Language = "english") -> bool:
    """Whether a sentence opens with a pronoun or connective that needs the sentence before.

    The sentence's first words (:meth:`Language.words
    <summarize.languages.Language.words>`, so leading quotation marks and
    punctuation are skipped) are looked up in the language's
    :attr:`~summarize.languages.Language.dangling_openers` and
    :attr:`~summarize.languages.Language.standalone_openers`: the longest
    listed phrase the sentence opens with decides. A pronoun among its first
    words that cannot stand for a noun before it dangles too
    (:attr:`~summarize.languages.Language.early_pronouns`: "Police arrested
    him ...", "Am Montag sagte er ..."; and
    :attr:`~summarize.languages.Language.second_pronouns`), as does one after
    a short phrase set off by a comma ("On Monday, he said ..."). For a
    language without a list the answer is always ``False``.

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Chooses the word lists.

    Returns
    -------
    bool

    Examples
    --------
    >>> opens_dangling("But the talks failed.")
    True
    >>> opens_dangling('"It was a mistake," the minister said.')
    True
    >>> opens_dangling("Talks between the two sides failed on Monday.")
    False
    >>> opens_dangling("Mais il a refusé de démissionner.", "fr")
    True
    >>> opens_dangling("Il y a eu trois morts.", "fr")  # impersonal: refers to nothing
    False
    >>> opens_dangling("По его словам, переговоры продолжатся.", "ru")
    True
    >>> opens_dangling("Many of them fled to the hills.")
    True
    """
    own = get_language(language)
    return _opens_dangling(text, own, _openers(own))


class _Openers(NamedTuple):
    """A language's opening phrases, by their words, as :func:`opens_dangling` reads them."""

    dangles: dict[tuple[str, ...], bool]  # each phrase: dangling (True) or standalone (False)
    prefixes: frozenset[tuple[str, ...]]  # the first words of each phrase of two words or more
    longest: int  # words of the longest phrase
    leads: frozenset[str] | None  # the _LEAD of each phrase's first word (None: unspaced)


@lru_cache(maxsize=64)
def _openers(language: Language) -> _Openers:
    return _openers_of(
        ((language.dangling_openers, True), (language.standalone_openers, False)), language
    )


@lru_cache(maxsize=64)
def _attribution_openers(language: Language) -> _Openers:
    """:attr:`Language.attribution_openers`, read as :func:`_openers` are."""
    return _openers_of(((language.attribution_openers, True),), language)


def _openers_of(lists: tuple[tuple[frozenset[str], bool], ...], language: Language) -> _Openers:
    dangles: dict[tuple[str, ...], bool] = {}
    for phrases, verdict in lists:
        for phrase in phrases:
            # A phrase may end with an elided word ("alors qu'"), read before a letter.
            words = tuple(language.words(phrase + "x" if phrase.endswith("'") else phrase))
            if phrase.endswith("'"):
                words = words[:-1]
            if words:
                dangles[words] = verdict
    prefixes = frozenset(words[:k] for words in dangles for k in range(1, len(words)))
    leads = frozenset(
        language.lower(lead.group(1))
        for lead in (_LEAD.match(words[0]) for words in dangles)
        if lead is not None
    )
    return _Openers(
        dangles,
        prefixes,
        max(map(len, dangles), default=0),
        None if language.script_unspaced else leads,
    )


def _opens_dangling(text: str, language: Language, openers: _Openers) -> bool:
    if not openers.dangles:
        return False
    if _opens(text, language, openers) or _opens_unquoted(text, language):
        return True
    if language.postposed_demonstratives and _postposed_demonstrative(text, language, openers):
        return True  # Hebrew "ההחלטה הזאת ...", Vietnamese "Quyết định này ...": this decision
    if language.second_pronouns:
        second = language.words(text[:_OPENING])[1:2]
        if second and second[0] in language.second_pronouns:
            return True  # Russian "Полиция его задержала.": the police detained him
    if language.early_pronouns and _early_pronoun(text, language):
        return True  # "Am Montag sagte er ...", "Police arrested him ...", "Many of them ..."
    # "On Monday, he told reporters ...", "周一，她宣布 ...": a short phrase of time, place
    # or manner set off by a comma, then a personal pronoun (not "also" or "however", which
    # may open an aside: "Myanmar, also known as Burma, has ...").
    tags = language.speech_tags
    if tags is None or not tags.pronouns:
        return False
    comma = _INTRO_COMMA.search(text, 1, _INTRO_CHARS)
    if comma is None:
        return False
    intro = text[: comma.start()]
    count = len(intro.split())
    if language.script_unspaced:
        too_long = len(intro.strip()) > _INTRO_UNSPACED
    else:
        too_long = count > _PHRASE_WORDS
    if too_long:
        return False
    words = language.words(intro)
    # A phrase of time or place ("On Monday,"), or a longer one that is no subordinate
    # clause, which may hold the pronoun's noun ("Because the water cools the panels, they
    # ..."): "Speaking to reporters outside the courthouse,".
    subordinate = (
        not language.script_unspaced
        and count > _INTRO_WORDS
        and (words or [""])[0] in language.subordinators
    )
    if subordinate or _says(words, tags):
        # "Merkel erklärte, sie sei enttäuscht.": what the subject of the verb of saying
        # before the comma said, its pronoun that subject.
        return False
    rest = text[comma.end() :].lstrip()
    if _is_speech_tag(rest, tags, language):
        return False  # "So-called filters are often misguided, he says.": a clause, its tag
    first = language.words(rest[:_INTRO_CHARS])[:1]
    return bool(first) and first[0] in tags.pronouns and _opens(rest, language, openers)


_CLAUSE_END = re.compile(
    r"[,;:()\[\]\"\u201c\u201d\u201e\u00ab\u00bb\u2014\u2013!?\uff0c]|\.\s|\s-\s"
)
"""What ends the stretch an early pronoun is read in: punctuation, a full stop and a space."""
_EARLY_WORDS = 4


def _early_pronoun(text: str, language: Language) -> bool:
    """Whether one of the language's
    :attr:`~summarize.languages.Language.early_pronouns` stands among the first words of
    ``text``, after the first, before any punctuation or clause word; or one of its
    :attr:`~summarize.languages.Language.fronted_pronouns` after a phrase opened by one of
    its :attr:`~summarize.languages.Language.prepositions` that names no one."""
    end = _CLAUSE_END.search(text, 0, _OPENING)
    words = text[: end.start() if end else _OPENING].split(None, _EARLY_WORDS)[:_EARLY_WORDS]
    first = language.lower(words[0]) if words else ""
    endings = language.participle_endings
    if len(words) < 2 or first in language.subordinators or (endings and first.endswith(endings)):
        # A pronoun in a clause before its noun: "When Bush called him, Shlaudeman ...",
        # "Declaring him a martyr, Pope John Paul II honored the cardinal ...".
        return False
    fronted = first in language.prepositions  # "On Monday he ...": a phrase, then the subject
    for word in words[1:]:
        word = word.rstrip(".")  # "Police arrested him."
        if word in language.clause_words:
            return False
        if word in language.early_pronouns or (fronted and word in language.fronted_pronouns):
            return True
        # The phrase names no one: "After Obama spoke he ..." may be about Obama.
        lowered = language.lower(word)
        fronted = fronted and (
            word == lowered or lowered in language.months or lowered in language.calendar_words
        )
    return False


def _opens_unquoted(text: str, language: Language) -> bool:
    """Whether ``text`` opens with one of ``language``'s
    :attr:`~summarize.languages.Language.unquoted_openers` outside a quotation: its first
    character a letter (no quotation mark, dash of speech or bracket before the pronoun),
    and no title in title case ("We Are the World ...")."""
    if not language.unquoted_openers or _INITIAL.match(text):
        return False  # "I. M. Pei designed ...": an initial
    stripped = text.lstrip()
    if not stripped[:1].isalpha():
        return False
    pieces = stripped[:_OPENING].split(None, 3)[:3]
    words = language.words(pieces[0]) if pieces else []
    return (
        bool(words)
        and words[0] in language.unquoted_openers
        and not _opens_a_title(pieces, language)
    )


_POSTPOSED_AT = 3
"""The last word (counted from 1) at which a demonstrative after its noun is read."""


def _postposed_demonstrative(text: str, language: Language, openers: _Openers) -> bool:
    """Whether the second or third word of ``text`` is a demonstrative written after its
    noun (:attr:`Language.postposed_demonstratives
    <summarize.languages.Language.postposed_demonstratives>`) closing no standalone phrase
    (a time of the writing: Vietnamese "Tuần này")."""
    words = language.words(text[:_OPENING])[:_POSTPOSED_AT]
    for k in range(1, len(words)):
        if words[k] in language.postposed_demonstratives:
            return openers.dangles.get(tuple(words[: k + 1])) is not False
    return False


_INTRO_COMMA = re.compile("[,\uff0c\u3001\u060c]")
"""A comma: ASCII, full-width (Chinese), ideographic (Japanese), Arabic."""
_INTRO_CHARS = 80
_INTRO_WORDS = 3
_PHRASE_WORDS = 8
_INTRO_UNSPACED = 6
"""How far into a sentence, and how many words (characters where words are not spaced)
before it, a comma may close an opening phrase of time or place ("On Monday,"), or a
longer one that opens no subordinate clause ("Speaking to reporters outside the
courthouse,", "Em entrevista à GloboNews nesta terça-feira,")."""


def _opens(text: str, language: Language, openers: _Openers) -> bool:
    """Whether ``text`` opens with a listed phrase that dangles (see :func:`opens_dangling`)."""
    if _INITIAL.match(text):
        return False
    if openers.leads is not None:
        # The first word can be listed only if its first run of letters is a listed
        # word's: most sentences are told apart here, without reading their words.
        lead = _LEAD.match(text)
        if lead is None or language.lower(lead.group(1)) not in openers.leads:
            return False
    # Only the first runs between spaces are read: twice as many as the longest phrase
    # has words (a run may be a quotation mark alone), within the first characters.
    runs = 2 * openers.longest
    pieces = text[:_OPENING].split(None, runs)
    cut = len(text) > _OPENING
    if len(pieces) > runs:
        pieces, cut = pieces[:runs], False
    words = language.words(" ".join(pieces))
    if cut:
        words = words[:-1]  # the last may be cut
    # The longest listed phrase the sentence opens with decides; a phrase of several
    # words does not run over a comma after its first ("However, much of ..." is not
    # "however much").
    comma_after_first = bool(pieces) and pieces[0].rstrip(_QUOTES).endswith(",")
    verdict, length = False, 0
    for k in range(1, min(openers.longest, len(words)) + 1):
        head = tuple(words[:k])
        found = openers.dangles.get(head)
        if found is not None and not (k > 1 and comma_after_first):
            verdict, length = found, k
        if head not in openers.prefixes:
            break
    if verdict and length == 1:
        # "He Jiankui said ...", Vietnamese "Ông Nguyễn Văn An cho biết ...": a name;
        # "This Is England director ...", "It Ends With Us topped ...": a title.
        return not (
            _pronoun_of_a_name(pieces, words[0], language) or _opens_a_title(pieces, language)
        )
    return verdict


def _pronoun_of_a_name(pieces: list[str], first: str, language: Language) -> bool:
    """Whether the pronoun ``first`` opening a sentence (its runs between spaces:
    ``pieces``) is the first word of a name or a title: a capitalised word follows it,
    where only names are capitalised."""
    tags = language.speech_tags
    if tags is None or first not in tags.pronouns or language.nouns_capitalised:
        return False
    runs = [run for run in pieces if any(c.isalpha() for c in run)]
    return len(runs) > 1 and runs[1][:1].isupper()


def _opens_a_title(pieces: list[str], language: Language) -> bool:
    """Whether the word opening a sentence (its runs between spaces: ``pieces``) is the
    first of a title written in title case, where only names are capitalised: the next two
    words are capitalised too ("This Is England", "It Ends With Us")."""
    if language.nouns_capitalised:
        return False
    runs = [run for run in pieces[1:3] if any(c.isalpha() for c in run)]
    return len(runs) == 2 and all(run[:1].isupper() and not run.isupper() for run in runs)


def _is_speech_tag(text: str, tags: SpeechTags, language: Language) -> bool:
    """Whether ``text`` is a bare quotation tag: "Frei asked.", "asked one strategist."

    The speaker is at most four words (letters, digits, periods, apostrophes,
    hyphens) before the verb, or, with ``tags.speaker_after``, one to four
    after it; a phrase of one to three words opened by one of ``tags.places``
    may follow ("in an interview"). Quotation marks around it and one final
    punctuation mark are allowed.
    """
    body = text.strip()
    if body[:1] in _QUOTES:
        body = body[1:].lstrip()
    if body[-1:] in _QUOTES:
        body = body[:-1]
    if body[-1:] in ".,!?":
        body = body[:-1]
    tokens = body.split()
    if not tokens or not all(_TAG_WORD.fullmatch(token) for token in tokens):
        return False
    words = [language.lower(token) for token in tokens]
    n = len(words)
    # Where the tag proper may end: at the end, or before a place ("in an interview").
    ends = [n] + [e for e in range(1, n - 1) if words[e] in tags.places and n - e - 1 <= 3]
    # Looked up by their words, a few lookups per place the verb may take instead of
    # a comparison per verb (30 in English): most of the cost of judging a sentence.
    verbs, lengths = _verb_phrases(tags)
    for k in lengths:
        for end in ends:
            # The speaker, then the verb: "Frei asked", "the official added".
            if k <= end <= k + 4 and tuple(words[end - k : end]) in verbs:
                return True
            # The verb, then the speaker: "asked one Democratic strategist".
            if tags.speaker_after and k + 1 <= end <= k + 4 and tuple(words[:k]) in verbs:
                return True
    return False


def _torn_tag(text: str, tags: SpeechTags) -> bool:
    """Whether ``text`` opens in lower case with a verb of saying: the speech tag of a
    quotation split off before it, however long its speaker ("said Ahmed Ali, a spokesman
    for the coalition.", French "a ajouté le ministre.")."""
    start = text.lstrip()
    if not start[:1].islower():
        return False
    verbs, lengths = _verb_phrases(tags)
    words = [word.rstrip(",.;:!?") for word in start.split(None, max(lengths) + 1)]
    return any(tuple(words[:k]) in verbs for k in lengths)


def _says(words: Sequence[str], tags: SpeechTags) -> bool:
    """Whether ``words`` (before a comma) hold one of the verbs of saying of ``tags`` after
    the first, and none of its pronouns: a clause that names its subject ("Der Minister
    sagte", "Merkel erklärte"), not a phrase of time or place, nor "... sagte sie"."""
    if tags.pronouns.intersection(words):
        return False
    verbs, lengths = _verb_phrases(tags)
    return any(
        tuple(words[i : i + n]) in verbs for n in lengths for i in range(1, len(words) - n + 1)
    )


@lru_cache(maxsize=64)
def _verb_phrases(tags: SpeechTags) -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    """A language's verbs of saying by their words, and the numbers of words they have."""
    verbs = frozenset(tuple(verb.split(" ")) for verb in tags.verbs)
    return verbs, tuple(sorted({len(verb) for verb in verbs}))


def fragments(texts: Sequence[str], language: str | Language = "english") -> np.ndarray:
    """:func:`is_fragment` of every text, as a boolean array, each read alone.

    Examples
    --------
    >>> fragments(["Wrong.", "The court ruled against the ban on Tuesday."]).tolist()
    [True, False]
    """
    own = get_language(language)
    return np.fromiter((is_fragment(text, own) for text in texts), dtype=bool, count=len(texts))


def dangling(texts: Sequence[str], language: str | Language = "english") -> np.ndarray:
    """Whether each text dangles: :func:`opens_dangling`, :func:`sets_off_aside`,
    :func:`names_speaker_by_pronoun` or :func:`tears_quotation`.

    Each text is read alone, without its paragraph (:func:`is_dangling`'s ``before``).

    Examples
    --------
    >>> dangling(["He left.", "The mayor left.", '"We will rebuild.']).tolist()
    [True, False, True]
    >>> dangling(["Er trat zurück.", "Die Ministerin trat zurück.", "Es gibt Streit."], "de").tolist()
    [True, False, False]
    """
    own = get_language(language)
    return np.fromiter((is_dangling(text, own) for text in texts), dtype=bool, count=len(texts))


def is_dangling(text: str, language: str | Language = "english", before: str = "") -> bool:
    """Whether a sentence dangles, needing another sentence to be understood: it
    :func:`opens_dangling`, :func:`sets_off_aside`, :func:`names_speaker_by_pronoun`,
    :func:`points_back_inside` or :func:`tears_quotation`, or it opens inside a
    quotation that the text before it in its paragraph opened.

    A quotation of three sentences has a middle one with no quotation mark
    ("We become one family."): read alone, it says nothing of who speaks,
    and often not what "we" are.

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Chooses the word lists of :func:`opens_dangling`.
    before : str, default=""
        The text of its paragraph before it
        (:func:`~summarize.segmentation.paragraph_before`); a quotation it
        leaves open (:func:`tears_quotation` of it) is one the sentence opens
        inside.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_dangling("But the talks failed."), is_dangling('"We will rebuild.')
    (True, True)
    >>> is_dangling('"We will rebuild," the mayor said.')
    False
    >>> is_dangling("The port is closed.", before='"The roads are cut. ')
    True
    >>> is_dangling("The port, however, is closed.")
    True
    """
    own = get_language(language)
    return (
        tears_quotation(text)
        or (bool(before) and tears_quotation(before))
        or _opens_dangling(text, own, _openers(own))
        or _has_aside(text, own)
        or _names_speaker(text, own)
        or _tag_without_speaker(text, own)
        or _points_back_inside(text, own)
    )


def points_back_inside(text: str, language: str | Language = "english") -> bool:
    """Whether a sentence points back from inside it: one of the language's
    :attr:`~summarize.languages.Language.inner_demonstratives` after its first word
    (not right after a semicolon or a colon) before a word that is not a stopword, a
    number or a noun of the time of the writing
    (:attr:`~summarize.languages.Language.demonstrative_exceptions`), nor a participle
    (:attr:`~summarize.languages.Language.participle_endings`).

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Chooses the words.

    Returns
    -------
    bool

    Examples
    --------
    >>> points_back_inside("Gorbachev ignored these warnings.")
    True
    >>> points_back_inside("Prices have risen sharply these days.")
    False
    >>> points_back_inside("The results are similar to those of a 2019 study.")  # a pronoun
    False
    >>> points_back_inside("Les syndicats ont critiqué ces mesures mardi.", "fr")
    True
    """
    return _points_back_inside(text, get_language(language))


@lru_cache(maxsize=64)
def _inner_demonstratives(language: Language) -> re.Pattern[str] | None:
    """The pattern of :func:`points_back_inside`: a demonstrative and the word after it."""
    if not language.inner_demonstratives:
        return None
    alternatives = _alternatives(language.inner_demonstratives)
    return re.compile(rf"(?<=[^\s;:])\s(?:{alternatives})\s+([^\W\d]\w*(?:-\w+)?)", re.IGNORECASE)


def _points_back_inside(text: str, language: Language) -> bool:
    """:func:`points_back_inside` of ``text`` in ``language``."""
    pattern = _inner_demonstratives(language)
    if pattern is None:
        return False
    endings = language.participle_endings
    for match in pattern.finditer(text):
        word = language.lower(match.group(1))
        if not (
            word in language.stopwords
            or word in language.demonstrative_exceptions
            or (endings and word.endswith(endings))
        ):
            return True
    return False


_QUOTATION_PAIRS = {"\u300c": "\u300d", "\u300e": "\u300f", "\u201c": "\u201d", '"': '"'}
_TAG_CHARS = 8
_TAG_WORDS = 2


def _tag_without_speaker(text: str, language: Language) -> bool:
    """Whether a sentence is a quotation and its particle's tag with no speaker, in a
    language that binds a quotation to its verb by a particle (Japanese "「全力で取り組む」と
    述べた。", Korean '"끝까지 책임을 지겠다"고 말했다.'): too short after the quotation to
    name one (at most 8 characters where words are not spaced, 2 words elsewhere)."""
    if not language.quote_particles:
        return False
    stripped = text.lstrip()
    closing = _QUOTATION_PAIRS.get(stripped[:1])
    if closing is None:
        return False
    end = stripped.find(closing, 1)
    if end < 0:
        return False
    rest = stripped[end + 1 :].strip()
    if not rest or rest[0] not in language.quote_particles:
        return False
    if language.script_unspaced:
        return len(rest) <= _TAG_CHARS
    return len(rest.split()) <= _TAG_WORDS


def names_speaker_by_pronoun(text: str, language: str | Language = "english") -> bool:
    """Whether a sentence's speech tag, inside it or at its end, names its speaker by a
    pronoun alone: "Seventeen others died in landslides, he said.", "The talks, she
    said, will go on.", German "..., sagte er.".

    After a comma (maybe closing a quotation), a pronoun of the language's
    :class:`~summarize.languages.SpeechTags` ``pronouns`` and one of its verbs,
    with at most two more words before the next comma or final punctuation
    ("he said Monday."); or, where the speaker may follow the verb, the verb,
    the pronoun, then a comma or final punctuation ("sagte er."; "... said he
    would go" is not a tag); or one of its ``bare`` tags between a comma and a
    comma or final punctuation, which name the speaker by a pronoun inside them
    or, in the languages that leave the subject out, by nothing ("..., a-t-il
    dit.", "..., disse.", "..., according to him."). Read alone, the sentence
    does not say who "he" is, as one opening with "He said" does not. For a
    language without such pronouns and tags the answer is always ``False``.

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Chooses the pronouns and verbs.

    Returns
    -------
    bool

    Examples
    --------
    >>> names_speaker_by_pronoun("Seventeen others died in landslides, he said.")
    True
    >>> names_speaker_by_pronoun("Seventeen others died in landslides, the governor said.")
    False
    >>> names_speaker_by_pronoun("When the mayor arrived, he said it was over.")  # a clause
    False
    >>> names_speaker_by_pronoun("Die Gespräche gehen weiter, sagte er.", "de")
    True
    >>> names_speaker_by_pronoun('"A situação é grave", disse.', "pt")
    True
    >>> names_speaker_by_pronoun('"A situação é grave", disse o ministro.', "pt")
    False
    """
    return _names_speaker(text, get_language(language))


def _names_speaker(text: str, language: Language) -> bool:
    """:func:`names_speaker_by_pronoun` of ``text`` in ``language``."""
    tags = language.speech_tags
    # Every form opens with a comma, or a question or exclamation mark closing a quotation,
    # but a bare tag's, which may follow a dash.
    marks = _TAG_MARKS if tags is not None and not tags.bare else ""
    return _searches(text, _pronoun_tags(language), marks)


_TAG_WORDS_APART = re.compile(r"[\s-]+")
"""What parts the words of a tag ("a-t-il dit"): white space and hyphens."""
_TAG_ADVERBIAL_WORDS = 8
"""Most words read after a speech tag whose pronoun follows its verb, before its end."""
_COMMAS = ",\uff0c\u060c"  # and "，،"
_QUESTION_MARKS = "!?\uff01\uff1f\u061f"  # and "！？؟": a quotation closed by one
_TAG_MARKS = _COMMAS + _QUESTION_MARKS
_TAG_ENDS = ".;\u3002\u0964" + _TAG_MARKS  # and "。।": what ends a tag


def _searches(text: str, pattern: re.Pattern[str] | None, marks: str) -> bool:
    """Whether ``pattern`` (or None) is found in ``text``; where every form of it holds
    one of ``marks`` (a comma), a text without any is told apart without a search."""
    if pattern is None or (marks and not any(mark in text for mark in marks)):
        return False
    return pattern.search(text) is not None


@lru_cache(maxsize=64)
def _pronoun_tags(language: Language) -> re.Pattern[str] | None:
    """The pattern of :func:`names_speaker_by_pronoun` for ``language``, or None."""
    tags = language.speech_tags
    if tags is None or not (tags.pronouns or tags.bare):
        return None
    # A comma (Chinese "，" too), maybe after a closing quotation mark, maybe before a dash
    # (Russian "», —"); words apart by white space but in scripts without spaces (他说).
    space = r"\s*" if language.script_unspaced else r"\s+"
    dash = f"[{_SPEECH_DASHES}]"
    # Or a question or exclamation mark closing a quotation ('"Why now?" she asked.').
    # Closing marks as every language writes them: Czech, German and Slovak close „ with
    # “ and ‚ with ‘, Danish » with «.
    closing = "[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]"
    comma = rf"(?:[{_COMMAS}]{closing}?|[{_QUESTION_MARKS}]{closing}){space}(?:{dash}\s+)?"
    end = rf"\s*[{_TAG_ENDS}]"
    # Words of time, place or manner after a tag whose pronoun follows its verb ("...,
    # sagte er am Montag.", "..., a-t-elle lancé à la sortie du tribunal.").
    adverbials = rf"(?:\s+[^\s{_TAG_ENDS}]+){{0,{_TAG_ADVERBIAL_WORDS}}}"
    forms = []
    if tags.pronouns:
        pronoun, verb = _alternatives(tags.pronouns), _alternatives(tags.verbs)
        forms.append(rf"{comma}(?:{pronoun}){space}(?:{verb})(?:\s+[^\s,.;!?]+){{0,2}}{end}")
        if tags.speaker_after:
            after = adverbials if tags.adverbials_after else ""
            forms.append(rf"{comma}(?:{verb}){space}(?:{pronoun}){after}{end}")
    if tags.bare:
        # A bare tag whose speaker is a pronoun inside it (French "a-t-il dit", Portuguese
        # "disse ele") names no one else whatever follows; one of a verb alone (Portuguese
        # "disse") may be followed by its speaker ("..., disse o ministro.").
        own = frozenset(t for t in tags.bare if tags.pronouns & set(_TAG_WORDS_APART.split(t)))
        bare = _alternatives(tags.bare - own)
        # After a comma or a dash set off by spaces ("... – powiedział."), before a comma
        # or final punctuation.
        # A verb alone followed by a comma and what was said is the sentence's own verb, not
        # a tag closing a quotation: Polish "Gdy premier przyjechał, zapowiedział, że ...".
        that = _alternatives(tags.complementisers) if tags.complementisers else ""
        heads = rf"(?!(?<=[{_COMMAS}])\s*(?:{that})\b)" if that else ""
        if bare:
            forms.append(rf"(?:{comma}|\s{dash}\s*)(?:{bare}){end}{heads}")
        if own:
            forms.append(rf"(?:{comma}|\s{dash}\s*)(?:{_alternatives(own)}){adverbials}{end}")
        if that:
            # Opening the sentence before what was said: "Dijo que ...", "Ha spiegato che
            # ...", "Afirmou ainda que ..." (one word in lower case may come between).
            forms.append(
                rf"^[{_SPEECH_DASHES}\s\"'\u201c\u201e\u00ab]*(?:{bare}),?"
                rf"(?:\s+(?-i:[^\W\d_A-Z\u00c0-\u00de]\w*))?,?\s+(?:{that})\b"
            )
    return re.compile("|".join(forms), re.IGNORECASE)


def _alternatives(phrases: frozenset[str]) -> str:
    """``phrases`` as a regular expression's alternatives, longest first (then in order, so
    the pattern is the same in every process): words apart by any white space, an
    apostrophe straight or curly."""
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    words = (r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
    return "|".join(word.replace("'", "['\u2019]") for word in words)


def sets_off_aside(text: str, language: str | Language = "english") -> bool:
    """Whether a sentence sets off with commas a connective that points back to another.

    "The plan, however, failed.", "Kuwait, after all, reflagged tankers.",
    "He was arrested, too.": a comma, a phrase of the language's
    :attr:`~summarize.languages.Language.dangling_asides`, then a comma or
    final punctuation, anywhere in the sentence; or, in the languages that
    write such words inside a clause without commas, one of its
    :attr:`~summarize.languages.Language.inner_connectives` after the first
    word (German "Die Abstimmung wurde jedoch verschoben."), or it closes with one
    of its :attr:`~summarize.languages.Language.dangling_endings` ("The court found
    otherwise.", "Police did not comment either."). Case is ignored,
    and an apostrophe may be typed straight or curly ("d'ailleurs",
    "d’ailleurs"). For a language without either list the answer is always
    ``False``.

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Chooses the list.

    Returns
    -------
    bool

    Examples
    --------
    >>> sets_off_aside("The telescope still was having problems, however.")
    True
    >>> sets_off_aside("However much it rains, the dam will hold.")  # not set off
    False
    >>> sets_off_aside("O governo, no entanto, negou a hipótese.", "pt")
    True
    >>> sets_off_aside("Die Abstimmung wurde jedoch verschoben.", "de")  # no commas in German
    True
    >>> sets_off_aside("Some religious leaders are troubled as well.")
    True
    >>> sets_off_aside("Prices are too high for most families.")  # not at the end
    False
    """
    return _has_aside(text, get_language(language))


@lru_cache(maxsize=64)
def _asides(language: Language) -> re.Pattern[str] | None:
    """The pattern of :func:`sets_off_aside` for ``language``, or None without a list."""
    forms = []
    if language.dangling_asides:
        alternatives = _alternatives(language.dangling_asides)
        forms.append(r",\s+(?:" + alternatives + r")\s*[,.;!?]")
    if language.inner_connectives:
        alternatives = _alternatives(language.inner_connectives)
        forms.append(r"(?<=\s)(?:" + alternatives + r")(?=[\s,.;:!?])")
    return re.compile("|".join(forms), re.IGNORECASE) if forms else None


def _has_aside(text: str, language: Language) -> bool:
    """:func:`sets_off_aside` of ``text`` in ``language``."""
    marks = "" if language.inner_connectives else _COMMAS
    return _searches(text, _asides(language), marks) or _ends_pointing_back(text, language)


_ENDING_CLOSERS = " \t\n\"'\u2019\u201d\u00bb)]"
_ENDING_CHARS = 48
"""What may close a sentence after its final punctuation (quotes, brackets, space), and
how much of its end :func:`_ends_pointing_back` reads; the final punctuation is the
language's (``Language.sentence_enders``)."""


def _ends_pointing_back(text: str, language: Language) -> bool:
    """Whether ``text`` closes with one of ``language``'s
    :attr:`~summarize.languages.Language.dangling_endings` after white space, then its
    final punctuation ("... found otherwise.", '... as well."'): only its end is read."""
    if not language.dangling_endings:
        return False
    tail = text[-_ENDING_CHARS:].rstrip(_ENDING_CLOSERS)
    core = tail.rstrip(language.sentence_enders)
    if len(core) == len(tail):
        return False  # no final punctuation
    words = language.lower(core).replace("\u2019", "'").split()
    # The last one to four runs, after at least one more (a phrase alone is no sentence).
    return any(
        " ".join(words[-count:]) in language.dangling_endings
        for count in range(1, min(len(words) - 1, _ENDING_WORDS) + 1)
    )


_ENDING_WORDS = 4
"""The most words of a phrase of :attr:`~summarize.languages.Language.dangling_endings`."""


_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f" + MISREAD_OPENING_QUOTES[0] + MISREAD_CLOSING_QUOTES[0]
"""The typographic double quotes, which pair in some order in every language: English
“…”, German and Czech „…“, Polish „…”, Swedish ”…”; and Windows-1252's “ and ” in text
decoded as Latin-1 (U+0093 and U+0094)."""
_PAIRED = (("\u00ab", "\u00bb"), ("\u300c", "\u300d"), ("\u300e", "\u300f"))
"""Quotation marks that open and close with their own characters, in either order
(French « … », Danish » … «, Chinese and Japanese 「…」 and 『…』)."""
_QUOTATION_MARKS = '"' + _DOUBLE_QUOTES + "".join(map("".join, _PAIRED))
"""Every double quotation mark, straight, typographic or paired (what
:func:`_whole_quotation` reads)."""


def tears_quotation(text: str) -> bool:
    """Whether a sentence holds one end of a quotation whose other end is in another sentence.

    A quotation of several sentences is split with them: its first sentence
    opens a quotation mark it does not close ('"Not so with an earthquake.'),
    its last closes one it did not open ('We become one family."'), and
    neither says who speaks. Read from the marks alone, in any language: an
    odd number of straight double quotes, or of typographic double quotes
    (which pair as “…”, „…“, „…” or ”…”), or guillemets or corner brackets
    that do not pair up. Single quotes are not read: an apostrophe is one.

    Parameters
    ----------
    text : str
        One candidate sentence.

    Returns
    -------
    bool

    Examples
    --------
    >>> tears_quotation('"Not so with an earthquake.')
    True
    >>> tears_quotation('The political authority is crumbling."')
    True
    >>> tears_quotation('"The state is collapsing," said Geyer.')
    False
    >>> tears_quotation("„Wir schaffen das“, sagte sie.")
    False
    >>> tears_quotation("« Nous reconstruirons.")
    True
    >>> tears_quotation("It's the workers' turn, he said.")
    False
    >>> tears_quotation('השנה עלו התאונות, כך עולה מנתוני הרלב"ן.')  # an acronym's mark
    False
    """
    straight = text.count('"')
    if straight % 2:
        # Hebrew writes an acronym's gershayim as a straight quote between two letters
        # (צה"ל, ארה"ב): not a quotation mark.
        straight -= len(_ACRONYM_MARK.findall(text))
    if straight % 2 or sum(map(text.count, _DOUBLE_QUOTES)) % 2:
        return True
    return any(text.count(a) != text.count(b) for a, b in _PAIRED)


_ACRONYM_MARK = re.compile('(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')
"""A straight double quote between two Hebrew letters: an acronym's gershayim."""
