"""Outputs: a summary as text, Markdown, JSON or an HTML report.

Each format is a function of a :class:`~summarize.Summary`:
:func:`format_text`, :func:`format_markdown`, :func:`summary_data` (JSON) and
:func:`summarize.outputs.html.render_html`. Every output cites an article by
outlet and title (``Outlet, "Title"``, its id when neither is known), links
it when it has a URL, and gives the character span for the record.

Examples
--------
>>> utf16_offsets("€ 😀 rain", 4, 8)
(5, 9)
"""

from __future__ import annotations

from .json import SCHEMA, SCHEMA_VERSION, summary_data
from .markdown import escape_markdown, format_markdown
from .text import format_text

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "escape_markdown",
    "format_markdown",
    "format_text",
    "summary_data",
    "utf16_offsets",
]


def utf16_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Convert a span of Python ``str`` offsets (code points) to UTF-16 code units.

    JavaScript strings index UTF-16 code units: a character outside the Basic
    Multilingual Plane (an emoji, some CJK) counts 2 there and 1 in Python.
    Use this to highlight ``text[start:end]`` with ``string.slice`` in a
    browser.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        A span of ``text``, ``0 <= start <= end <= len(text)``.

    Returns
    -------
    tuple of int
        ``(start, end)`` in UTF-16 code units.

    Raises
    ------
    InvalidParameterError
        If the span is not inside the text.

    Examples
    --------
    >>> text = "Ein 😀 Tag. Es regnet."
    >>> start = text.index("Es")
    >>> start, utf16_offsets(text, start, len(text))
    (11, (12, 22))
    """
    from ..validation import check_text, invalid

    check_text("utf16_offsets", "text", text)

    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise invalid(
            "utf16_offsets",
            "start, end",
            f"a span inside the text (0 to {len(text)})",
            (start, end),
        )
    before = sum(1 for c in text[:start] if ord(c) > 0xFFFF)
    inside = sum(1 for c in text[start:end] if ord(c) > 0xFFFF)
    return start + before, end + before + inside
