"""A background language model: how often a term occurs in ordinary text.

Topic signatures (Lin and Hovy, 2000) are the terms a cluster uses far more
often than ordinary text does; telling them apart needs ordinary text to
compare with. The library ships none: this module reads the word frequencies
of the optional dependency `wordfreq <https://pypi.org/project/wordfreq/>`_
(code Apache-2.0, data CC BY-SA 4.0, about 40 languages, all inside its
wheel, so nothing is downloaded), stems each listed word with the
language's stemmer (``summarize.features.stem_function``), drops the
stopwords and words the library's tokenizer would not read as one word, and
sums the frequencies of each stem, so that a probability is on the same
terms as ``Features.term_names`` (in Chinese and
Japanese, whose terms are single characters, a listed word's frequency goes
to each of its characters). Install it with
``pip install "summarize[background]"``.

A term the list does not hold is rarer than every listed word: it gets the
smallest listed probability. Numbers are looked up as wordfreq does (its
lists hold their digits as zeros, shared out among the numbers of that
shape), so "1999" is not taken for a word never seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from .exceptions import InvalidParameterError, MissingDependencyError
from .features import stem_function, stopwords, tokenizer
from .languages import Language
from .languages import get as get_language

__all__ = ["available", "background_probabilities", "stem_frequencies"]


def _wordfreq() -> Any:
    try:
        import wordfreq
    except ImportError:
        raise MissingDependencyError(
            "A background language model needs wordfreq, which is not installed: "
            'pip install "summarize[background]" (or pip install wordfreq).'
        ) from None
    return wordfreq


#: wordfreq's code where it differs from the registry's: Norwegian news is mostly Bokmål.
_WORDFREQ_CODES = {"no": "nb"}


def _code(language: str | Language) -> str:
    code = get_language(language).code
    return _WORDFREQ_CODES.get(code, code)


def available() -> tuple[str, ...]:
    """The ISO 639-1 codes of the languages the background model covers.

    Returns
    -------
    tuple of str
        Sorted codes, for the languages of ``summarize.languages`` only.

    Raises
    ------
    MissingDependencyError
        If wordfreq is not installed.

    Examples
    --------
    >>> {"en", "fr", "pt", "no"} <= set(available()), "th" in available()
    (True, False)
    """
    from .languages import available as known

    listed = set(_wordfreq().available_languages("best"))
    codes = {get_language(name).code for name in known()}
    return tuple(sorted(code for code in codes if _WORDFREQ_CODES.get(code, code) in listed))


@cache
def stem_frequencies(language: str | Language) -> tuple[dict[str, float], float, float]:
    """The probability of each stemmed, non-stopword term in ordinary text of ``language``.

    Computed once per language and process (about half a second).

    Parameters
    ----------
    language : str or Language
        A language of ``summarize.languages`` that wordfreq covers.

    Returns
    -------
    dict of str to float, float, float
        Each stem's probability among the content words (they sum to 1), the
        probability given to a term the list does not hold (the smallest
        listed one), and the share of content words among all listed words
        (to turn wordfreq's own frequencies into this table's scale).

    Raises
    ------
    MissingDependencyError
        If wordfreq is not installed.
    InvalidParameterError
        If wordfreq has no list for the language.

    Examples
    --------
    >>> table, floor, _ = stem_frequencies("english")
    >>> table["elect"] > table["referendum"] > floor
    True
    >>> "the" in table
    False
    """
    lang = get_language(language)
    code = _code(lang)
    wordfreq = _wordfreq()
    if code not in wordfreq.available_languages("best"):
        raise InvalidParameterError(
            f"The 'language' parameter of the background model must be one of "
            f"{', '.join(repr(c) for c in available())}. Got {lang.name!r} instead."
        )
    listed = wordfreq.get_frequency_dict(code, wordlist="best")
    stop = stopwords(lang)
    read = tokenizer(lang)
    # The library's words of each listed word: a word of letters is one word in a
    # spaced script (checked for the lists of 40 languages), so only the others are
    # read; in Chinese and Japanese a listed word is several characters, each a word.
    words: list[str] = []
    shares: list[float] = []
    for entry, frequency in listed.items():
        if entry.isalpha() and not lang.script_unspaced:
            found = [entry]
        else:
            found = read(entry)
            if not lang.script_unspaced and found != [entry]:
                continue
        for word in found:
            if word not in stop:
                words.append(word)
                shares.append(frequency)
    stems = stem_function(lang)(words)
    table: dict[str, float] = {}
    for stem, frequency in zip(stems, shares, strict=True):
        if stem not in stop:
            table[stem] = table.get(stem, 0.0) + frequency
    total = sum(table.values())
    table = {stem: value / total for stem, value in table.items()}
    floor = min(table.values())
    return table, floor, total


def background_probabilities(term_names: Sequence[str], language: str | Language) -> np.ndarray:
    """The background probability of each term (``Features.term_names``).

    Parameters
    ----------
    term_names : sequence of str
        Stemmed terms, as the features stage names them.
    language : str or Language
        Their language.

    Returns
    -------
    numpy.ndarray of shape (len(term_names),)
        Probabilities in (0, 1); a term the model does not list gets the
        smallest listed probability.

    Raises
    ------
    MissingDependencyError
        If wordfreq is not installed.
    InvalidParameterError
        If wordfreq has no list for the language.

    Examples
    --------
    >>> p = background_probabilities(["govern", "referendum", "qxzvw", "1999"], "english")
    >>> bool(p[0] > p[1] > p[2]), bool(p[2] == stem_frequencies("english")[1])
    (True, True)
    >>> bool(p[3] > 100 * p[2])
    True
    """
    table, floor, total = stem_frequencies(language)
    code = _code(language)
    result = np.empty(len(term_names))
    for i, term in enumerate(term_names):
        value = table.get(term)
        if value is None and any(c.isdigit() for c in term):
            value = _number_frequency(term, code) / total
        result[i] = value if value else floor
    return result


#: The languages whose words wordfreq reads with a package that is not installed (jieba
#: for Chinese, MeCab for Japanese and Korean): their numbers get the floor.
_UNREADABLE: set[str] = set()


def _number_frequency(term: str, code: str) -> float:
    """wordfreq's frequency of a term with digits (it reads numbers by their shape), or 0
    when wordfreq would need a tokenizer that is not installed to read the language."""
    if code in _UNREADABLE:
        return 0.0
    try:
        return float(_wordfreq().word_frequency(term, code, wordlist="best"))
    except ImportError:  # wordfreq's optional tokenizer for the language (jieba, MeCab)
        _UNREADABLE.add(code)
        return 0.0
