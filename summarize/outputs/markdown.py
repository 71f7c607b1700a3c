"""Markdown output: the sentences as a numbered list, cited, then their sources.

Article text is escaped: HTML (``<img onerror=...>``) shows as text and
Markdown syntax (``*``, ``_``, ``[``, ``#`` ...) stays literal.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..validation import check_text
from .text import (
    article_names,
    check_summary,
    citation,
    describe_disagreement,
    html_notes,
    isolate,
    writable,
)

if TYPE_CHECKING:
    from ..documents import Document
    from ..results import Summary

__all__ = ["escape_markdown", "format_markdown"]

# Characters with a meaning inside a line; the text never starts a line (it follows "1. ").
_SIGNIFICANT = re.compile(r"([\\`*_{}\[\]()#|~])")
# What would start a block (a list item, a quote, a heading, a rule) at the start of a text.
_BLOCK_START = re.compile(r"^(\s*(?:\d{1,9})?)([#>+\-=.)])")
# A URL that can stand in a <...> link destination as it is: printable ASCII but a
# space, "<", ">", ")" and a backslash.
_PLAIN_URL = re.compile(r"[!-'(*-;=?-\[\]-~]*")
# Unicode categories percent-encoded in a link destination, as a space is: controls (a
# line break, which CommonMark does not allow there), format characters (bidirectional
# controls, a zero-width space) and separators (U+2028). Lone surrogates are left to
# writable().
_ENCODED = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def escape_markdown(text: str) -> str:
    """Text that renders as itself in Markdown: HTML escaped, syntax backslash-escaped.

    Whitespace runs (line breaks included) become one space, and a text that
    would start a list, quote, heading or rule has that mark escaped, so a
    text is never more than a run of inline text.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str

    Raises
    ------
    InputTypeError
        If ``text`` is not a ``str``.

    Examples
    --------
    >>> escape_markdown("<img src=x onerror=alert(1)> *big* [link](x)")
    '&lt;img src=x onerror=alert\\\\(1\\\\)&gt; \\\\*big\\\\* \\\\[link\\\\]\\\\(x\\\\)'
    """
    check_text("escape_markdown", "text", text)
    text = " ".join(text.split())
    text = _SIGNIFICANT.sub(r"\\\1", escape(text, quote=False))
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)


def _destination(url: str) -> str:
    """``url`` written in a ``<...>`` link destination, which it cannot break out of.

    A space, ``<``, ``>`` and ``)``, every other white space (a line break, a
    tab), control and format character are percent-encoded; a backslash is
    written ``\\\\``, which CommonMark reads as one backslash (alone, it would
    escape the ``>`` or ``%`` after it).
    """
    if _PLAIN_URL.fullmatch(url):
        return url
    out = []
    for c in url:
        if c == "\\":
            out.append("\\\\")
        elif c in " <>)" or c.isspace() or unicodedata.category(c) in _ENCODED:
            out.append(quote(c, safe=""))
        else:
            out.append(c)
    return "".join(out)


def _link(document: Document, label: str) -> str:
    label = escape_markdown(label)
    # Only a web address is linked: a "javascript:" or "data:" URL from a scraped page
    # must not become a link a reader can click (the HTML report drops them too).
    if document.url and document.url.lower().startswith(("http://", "https://")):
        return f"[{label}](<{_destination(document.url)}>)"
    return label


def format_markdown(summary: Summary) -> str:
    """The sentences cited ``[1]``, ``[2]``, ... then the list of their sources.

    Each source is ``Outlet, "Title"`` (linked when the article has a URL)
    with the sentence's character span, then the other outlets that report
    the fact. A disagreement between outlets is quoted under its sentence.
    In a link's address, white space and control characters (a line break)
    are percent-encoded, as a space is. A sentence, name, title or value that
    holds right-to-left text or a bidirectional control is isolated between
    U+2068 and U+2069 (``summarize.outputs.text.isolate``), so that it
    cannot reorder the rest of its line.

    Parameters
    ----------
    summary : Summary
        What :func:`summarize.summarize` returned.

    Returns
    -------
    str

    Raises
    ------
    InputTypeError
        If ``summary`` is not a :class:`~summarize.Summary`.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["The river rose fast today."])
    >>> print(format_markdown(summary))
    1. The river rose fast today. [1]
    <BLANKLINE>
    [1]: 0, characters 0–26
    """
    check_summary("format_markdown", summary)
    documents = summary.documents
    names = article_names(documents)
    items = []
    for n, s in enumerate(summary.sentences, 1):
        item = f"{n}. {isolate(escape_markdown(s.text))} [{n}]"
        for d in summary.disagreements:
            if d.rank == s.rank:
                item += (
                    f"\n   > **Outlets disagree** ({d.kind}): "
                    f"{escape_markdown(describe_disagreement(d, names, isolate))}"
                )
        items.append(item)
    text = "\n".join(items) if items else "*(no sentence fits the budget)*"
    sources = []
    for n, s in enumerate(summary.sentences, 1):
        document = documents[s.document_index]
        label = citation(document, names[s.document_index], show=isolate)
        source = f"[{n}]: {_link(document, label)}, characters {s.start}–{s.end}"
        if s.support:
            others = ", ".join(
                f"{_link(documents[x.document_index], isolate(names[x.document_index]))} "
                f"({x.start}–{x.end})"
                for x in s.support
            )
            source += f"; reported by {len(s.support) + 1} outlets, also {others}"
        sources.append(source)
    parts = [text]
    if sources:
        parts.append("\n".join(sources))
    parts.extend(
        f"> **Note:** {escape_markdown(note)}" for note in html_notes(summary, show=isolate)
    )
    query = summary.settings.get("query")
    if isinstance(query, str):
        parts.append(f"> **Question:** {isolate(escape_markdown(query))}")
    return writable("\n\n".join(parts))
