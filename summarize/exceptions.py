"""Exceptions and warnings raised by :mod:`summarize`.

Every error the library raises on purpose derives from :class:`SummarizeError`,
so ``except summarize.SummarizeError`` catches them all. Each subclass also
derives from the builtin exception it refines, so code written against the
builtins (``except ValueError``, ``except TypeError``) keeps working.

Examples
--------
>>> import summarize
>>> try:
...     summarize.summarize([])
... except summarize.SummarizeError as error:
...     print(type(error).__name__, "is a ValueError:", isinstance(error, ValueError))
EmptyInputError is a ValueError: True
"""

from __future__ import annotations

import sys
import warnings

__all__ = [
    "SummarizeError",
    "InvalidParameterError",
    "UnknownSettingError",
    "InvalidInputError",
    "EmptyInputError",
    "DuplicateIdError",
    "InputTypeError",
    "InputDecodeError",
    "MissingDependencyError",
    "SummarizeWarning",
    "warn",
]


class SummarizeError(Exception):
    """Base class of every error raised by :mod:`summarize`."""


class InvalidParameterError(SummarizeError, ValueError):
    """A setting of :class:`~summarize.Summarizer` is out of range or unknown.

    The message names the parameter, what it must be and what it got, e.g.
    ``The 'diversity' parameter of Summarizer must be a float in [0, 1].
    Got 1.5 instead.``
    """


class UnknownSettingError(InvalidParameterError, TypeError):
    """A keyword that is no setting of the class it is given to (a misspelt one).

    Also a :class:`TypeError`, which Python raises for an unknown keyword, so
    that code catching either sees it.
    """


class InvalidInputError(SummarizeError, ValueError):
    """The articles passed in cannot be summarised as given."""


class EmptyInputError(InvalidInputError):
    """There is nothing to summarise: no articles, or no usable sentence in any."""


class DuplicateIdError(InvalidInputError):
    """Two articles share the same id, so provenance would be ambiguous."""


class InputTypeError(SummarizeError, TypeError):
    """An article, or the collection of articles, has the wrong type."""


class InputDecodeError(InvalidInputError):
    """An article given as :class:`bytes` cannot be decoded with the chosen encoding."""


class MissingDependencyError(SummarizeError, ImportError):
    """An option needs a package that is not installed; the message says which extra to install.

    For example a background language model
    (:mod:`summarize.background`) needs ``pip install "summarize[background]"``,
    tables of articles ``summarize[pandas]``, ``summarize.dask``
    ``summarize[dask]`` and ``summarize.spark`` ``summarize[spark]``. It is
    also an :class:`ImportError`.
    """


class SummarizeWarning(UserWarning):
    """A recoverable oddity in the input, such as an article with no usable sentence."""


def warn(message: str, category: type[Warning] = SummarizeWarning) -> None:
    """Issue a warning that points at the caller's line, not into the library.

    The warning is attributed to the first frame outside the ``summarize``
    package, however deep in the pipeline it is raised, so that
    ``warnings.filterwarnings(module=...)`` and the printed location name the
    user's code.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn("Article 'a' is empty; it is skipped.")
    >>> caught[0].category.__name__, caught[0].filename.endswith("exceptions.py")
    ('SummarizeWarning', False)
    """
    level, frame = 2, sys._getframe(1)  # 1 is this function, 2 its caller
    package = __name__.split(".")[0]
    while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] == package:
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    warnings.warn(message, category, stacklevel=level)
