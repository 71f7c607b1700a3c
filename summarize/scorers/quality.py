"""Sentence quality: which candidates a reader would not accept in a summary.

Two kinds of candidate read badly out of their article, and the selectors
(:class:`~summarize.selectors.Greedy`, :class:`~summarize.selectors.ILP`)
treat them apart:

*fragments* (:func:`fragments`)
    A piece too short to state a fact (3 words or fewer: "Impeach!",
    "Wrong."), a question ("Will the strike end?"), a dateline or byline left on its own ("BRUSSELS, Belgium (AP)
    -", "By JOHN SMITH, Associated Press Writer"), a bare quotation tag
    whose quotation is in another sentence ("Frei asked.", "asked one
    Democratic strategist.", "Ms. Moseley-Braun said in an interview."), or
    a short statement that nothing was said ("The embassy had no comment."). A
    selector never uses one, not even to fill the last words of a budget,
    unless no other candidate fits at all. :meth:`~summarize.Summarizer.rank`
    still returns them with their scores.
*dangling openers* (:func:`dangling`)
    A sentence opening with a pronoun or a connective that points back to
    a sentence the reader has not seen ("But", "He", "They", "It was",
    "However"). A selector discounts its gain, so an equally good
    self-contained sentence goes first; one much better still gets in.

The word lists are English; for other languages only the language-neutral
rules apply (length, datelines, bylines). Length is counted in the language's
words (:meth:`Language.word_count <summarize.languages.Language.word_count>`),
so a Chinese, Japanese or Thai sentence, written without spaces, is not a
fragment for being one run of characters.

This is a feature of the sentences alone, computed from their text in one
pass of a few regular expressions, so it costs little next to scoring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..languages import Language
from ..languages import get as get_language

__all__ = ["DANGLING_OPENERS", "dangling", "fragments", "is_fragment", "opens_dangling"]

FRAGMENT_WORDS = 3
"""A candidate of at most this many words is a fragment."""

#: Words that, opening a sentence, refer to or continue a sentence before it.
DANGLING_OPENERS: dict[str, frozenset[str]] = {
    "english": frozenset(
        """he she they it its his her hers their theirs them him this these those
        but and or nor so yet also however still then meanwhile moreover furthermore
        instead nevertheless nonetheless thus therefore besides otherwise hence
        likewise similarly further additionally accordingly consequently
        afterward afterwards later such both
        it's he's she's they're they've they'd they'll he'd she'd he'll she'll it'll
        that's""".split()
    ),
}

# "BRUSSELS, Belgium (AP) -", "MOBILE, Ala. (AP) --", "WASHINGTON _", "(AP) -".
_DATELINE = re.compile(
    r"""^\s*(?:[A-Z][A-Z.'\- ]{1,40}(?:,\s*[\w.'\- ]{1,30})?\s*)?
        (?:\((?:AP|UPI|Reuters|AFP|Xinhua|DPA|CNN|NYT)\)\s*)?(?:-{1,2}|_|—|–)?\s*$""",
    re.VERBOSE,
)
_AGENCY = re.compile(r"\((?:AP|UPI|Reuters|AFP|Xinhua|DPA)\)")
_BYLINE = re.compile(
    r"""^\s*(?:By\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,4}\s*,?\s*
          (?:(?:Associated\s+Press|AP|Reuters|UPI|Staff|Special)\b.*)?$
        |.{0,60}\b(?:Associated\s+Press|AP|Reuters|UPI)\s+(?:Writer|Correspondent|Reporter)\s*\.?\s*$
        )""",
    re.VERBOSE,
)
# "Frei asked.", "he said", "the official added." -- a verb of saying and at most
# four words before it, with nothing after it.
_TAG_VERBS = (
    r"said|says|asked|asks|added|adds|told|tells|stated|states|explained|explains|"
    r"replied|replies|noted|notes|continued|continues|insisted|insists|wrote|writes|"
    r"declared|declares|answered|answers|recalled|recalls|acknowledged|concluded"
)
_QUOTATION_TAG = re.compile(
    rf"""^\s*[\"'“”‘’]?\s*(?:
        (?:[\w.'\-]+\s+){{0,4}}(?:{_TAG_VERBS})        # "Frei asked", "the official added"
        |(?:{_TAG_VERBS})(?:\s+[\w.'\-]+){{1,4}}        # "asked one Democratic strategist"
        )(?:\s+(?:in|on|at|to|of|by|from|with)(?:\s+[\w.'\-]+){{1,3}})?  # "in an interview"
        \s*[.,!?]?[\"'“”‘’]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "The embassy had no comment.", "Officials were not available for comment."
_NO_COMMENT = re.compile(
    r"\b(?:had|has|have|made|offered)\s+no\s+(?:immediate\s+)?comment|"
    r"(?:declined|refused)\s+(?:to\s+)?comment|"
    r"(?:not|never)\s+(?:be\s+)?(?:immediately\s+)?(?:available|reached)\s+for\s+comment",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"^[\W_]*([^\W\d_][\w'’]*)")
# A question ends in a question mark, maybe before closing quotes and brackets: no statement
# of fact ("Q: Who is investigating?", "Will the strike end?").
_QUESTION = re.compile(r"[?\uff1f\u061f\u037e][\"'\u2019\u201d\u00bb)\]\u300d\u300f\s]*$")


def is_fragment(text: str, language: str | Language = "english") -> bool:
    """Whether a candidate is a fragment: too short, a dateline, a byline or a quotation tag.

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str or Language, default="english"
        Counts the words (:meth:`Language.word_count
        <summarize.languages.Language.word_count>`: in Chinese, Japanese and
        Thai, characters, not runs between spaces).

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
    >>> is_fragment("The ministers asked for a delay of two weeks.")
    False
    >>> is_fragment("地震造成118人死亡，数百人受伤。", "chinese")  # no space, 12 words
    False
    """
    words = get_language(language).word_count(text)
    if words <= FRAGMENT_WORDS or _QUESTION.search(text):
        return True
    if words <= 8 and (_DATELINE.match(text) or _AGENCY.search(text)):
        return True
    if words <= 12 and _BYLINE.match(text):
        return True
    if words <= 10 and _NO_COMMENT.search(text):
        return True
    return words <= 8 and _QUOTATION_TAG.match(text) is not None


def opens_dangling(text: str, language: str = "english") -> bool:
    """Whether a sentence opens with a pronoun or connective that needs the sentence before.

    Leading quotation marks and punctuation are skipped; for a language
    without a word list the answer is always ``False``.

    Parameters
    ----------
    text : str
        One candidate sentence.
    language : str, default="english"
        Chooses the word list (:data:`DANGLING_OPENERS`).

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
    """
    openers = DANGLING_OPENERS.get(language)
    if not openers:
        return False
    match = _FIRST_WORD.match(text)
    # The typographic apostrophe read as the straight one: "It’s" is "it's".
    return match is not None and match.group(1).casefold().replace("\u2019", "'") in openers


def fragments(texts: Sequence[str], language: str | Language = "english") -> np.ndarray:
    """:func:`is_fragment` of every text, as a boolean array.

    Examples
    --------
    >>> fragments(["Wrong.", "The court ruled against the ban on Tuesday."]).tolist()
    [True, False]
    """
    own = get_language(language)
    return np.fromiter((is_fragment(text, own) for text in texts), dtype=bool, count=len(texts))


def dangling(texts: Sequence[str], language: str = "english") -> np.ndarray:
    """:func:`opens_dangling` of every text, as a boolean array.

    Examples
    --------
    >>> dangling(["He left.", "The mayor left."]).tolist()
    [True, False]
    """
    return np.fromiter(
        (opens_dangling(text, language) for text in texts), dtype=bool, count=len(texts)
    )
