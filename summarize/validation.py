"""Checks shared by every object that takes settings: one wording for every error.

Each check raises :class:`~summarize.exceptions.InvalidParameterError` naming
the owner, the parameter, what it must be and what it got, e.g. ``The
'damping' parameter of LexRank must be a float in [0, 1). Got 1.5 instead.``

Examples
--------
>>> check_number("Coverage", "concept_power", 3, low=0, high=10)
3.0
>>> check_number("Coverage", "concept_power", -1, low=0, high=10)
Traceback (most recent call last):
...
summarize.exceptions.InvalidParameterError: The 'concept_power' parameter of Coverage must be a number in [0, 10]. Got -1 instead.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from typing import Any, TypeVar

import numpy as np

from .exceptions import InputTypeError, InvalidParameterError, UnknownSettingError

__all__ = [
    "invalid",
    "check_count",
    "check_number",
    "check_choice",
    "check_text",
    "known_settings",
    "plain",
]

T = TypeVar("T")


def invalid(owner: str, name: str, expected: str, value: object) -> InvalidParameterError:
    """The error for a setting ``name`` of ``owner`` that is not ``expected``."""
    return InvalidParameterError(
        f"The {name!r} parameter of {owner} must be {expected}. Got {value!r} instead."
    )


def check_text(owner: str, name: str, value: object) -> str:
    """``value`` when it is a ``str``; an :class:`~summarize.InputTypeError` naming
    ``owner``'s parameter otherwise (bytes are to be decoded first).

    Examples
    --------
    >>> check_text("split_sentences", "text", b"Rain fell.")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InputTypeError: The 'text' parameter of split_sentences must be a \
str (decode bytes first). Got bytes instead.
    """
    if not isinstance(value, str):
        hint = " (decode bytes first)" if isinstance(value, (bytes, bytearray)) else ""
        raise InputTypeError(
            f"The {name!r} parameter of {owner} must be a str{hint}. "
            f"Got {type(value).__name__} instead."
        )
    return value


def check_optional_text(owner: str, name: str, value: object) -> str | None:
    """``value`` when it is a ``str`` or None; an :class:`~summarize.InputTypeError` naming
    ``owner``'s parameter otherwise.

    Parameters
    ----------
    owner : str
        The function that was given the value, named in the message.
    name : str
        The parameter's name.
    value : object
        What was given.

    Returns
    -------
    str or None

    Examples
    --------
    >>> check_optional_text("render_html", "title", None) is None
    True
    """
    if value is not None and not isinstance(value, str):
        raise InputTypeError(
            f"The {name!r} parameter of {owner} must be a str or None. "
            f"Got {type(value).__name__} instead."
        )
    return value


def known_settings(cls: type[T]) -> type[T]:
    """Make a dataclass refuse an unknown keyword with :class:`~summarize.UnknownSettingError`.

    Python's own :class:`TypeError` for a misspelt setting (``Summarizer(max_word=10)``)
    is not a :class:`~summarize.SummarizeError`; this one is both, and lists the
    settings. Applied to the library's own classes; the class is changed in place.

    Examples
    --------
    >>> from summarize import Summarizer
    >>> Summarizer(max_word=10)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    summarize.exceptions.UnknownSettingError: Summarizer has no parameter 'max_word' ...
    """
    init = cls.__init__
    names = frozenset(f.name for f in dataclasses.fields(cls) if f.init)  # type: ignore[arg-type]

    @functools.wraps(init)
    def checked(self: Any, *args: Any, **kwargs: Any) -> None:
        unknown = sorted(set(kwargs) - names)
        if unknown:
            raise UnknownSettingError(
                f"{cls.__name__} has no parameter {unknown[0]!r} (a misspelt one?); its parameters "
                f"are {', '.join(sorted(names))}."
            )
        init(self, *args, **kwargs)

    cls.__init__ = checked  # type: ignore[method-assign]
    return cls


def plain(value: Any) -> Any:
    """A numpy scalar as the Python number it holds; anything else unchanged.

    Examples
    --------
    >>> type(plain(np.int64(5))).__name__
    'int'
    """
    return value.item() if isinstance(value, np.generic) else value


def check_count(
    owner: str, name: str, value: object, *, low: int = 1, optional: bool = False
) -> int | None:
    """A whole number of at least ``low`` (or ``None`` when ``optional``).

    Examples
    --------
    >>> check_count("Summarizer", "max_words", 50)
    50
    >>> check_count("Summarizer", "max_words", 0)
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'max_words' parameter of Summarizer must be a whole number of at least 1. Got 0 instead.
    """
    value = plain(value)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        expected = f"a whole number of at least {low}" + (", or None" if optional else "")
        raise invalid(owner, name, expected, value)
    return value


def check_number(
    owner: str,
    name: str,
    value: object,
    *,
    low: float,
    high: float,
    low_open: bool = False,
    high_open: bool = False,
) -> float:
    """A finite real number in the interval from ``low`` to ``high``."""
    value = plain(value)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if ok:
        number = float(value)  # type: ignore[arg-type]
        ok = math.isfinite(number)
        ok = ok and (low < number if low_open else low <= number)
        ok = ok and (number < high if high_open else number <= high)
    if not ok:
        left, right = "(" if low_open else "[", ")" if high_open else "]"
        interval = f"{left}{low:g}, {high:g}{right}"
        raise invalid(owner, name, f"a number in {interval}", value)
    return float(value)  # type: ignore[arg-type]


def check_choice(owner: str, name: str, value: object, choices: tuple[str, ...]) -> str:
    """One of ``choices``.

    Examples
    --------
    >>> check_choice("Summarizer", "order", "rank", ("rank", "source"))
    'rank'
    """
    if not isinstance(value, str) or value not in choices:
        raise invalid(owner, name, "one of " + ", ".join(repr(c) for c in choices), value)
    return value
