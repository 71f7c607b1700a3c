"""Markdown output: the sentences as a numbered list, cited, then their sources.

Article text is escaped: HTML (``<img onerror=...>``) shows as text and
Markdown syntax (``*``, ``_``, ``[``, ``#`` ...) stays literal.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from .text import article_names, citation, html_notes, writable

if TYPE_CHECKING:
    from ..documents import Document
    from ..results import Summary

__all__ = ["escape_markdown", "format_markdown"]

# Characters with a meaning inside a line; the text never starts a line (it follows "1. ").
_SIGNIFICANT = re.compile(r"([\\`*_{}\[\]()#|~])")
# What would start a block (a list item, a quote, a heading, a rule) at the start of a text.
_BLOCK_START = re.compile(r"^(\s*(?:\d{1,9})?)([#>+\-=.)])")


def escape_markdown(text: str) -> str:
    """Text that renders as itself in Markdown: HTML escaped, syntax backslash-escaped.

    Whitespace runs (line breaks included) become one space, and a text that
    would start a list, quote, heading or rule has that mark escaped, so a
    text is never more than a run of inline text.

    Examples
    --------
    >>> escape_markdown("<img src=x onerror=alert(1)> *big* [link](x)")
    '&lt;img src=x onerror=alert\\\\(1\\\\)&gt; \\\\*big\\\\* \\\\[link\\\\]\\\\(x\\\\)'
    """
    text = " ".join(text.split())
    text = _SIGNIFICANT.sub(r"\\\1", escape(text, quote=False))
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)


def _link(document: Document, label: str) -> str:
    label = escape_markdown(label)
    # Only a web address is linked: a "javascript:" or "data:" URL from a scraped page
    # must not become a link a reader can click (the HTML report drops them too).
    if document.url and document.url.lower().startswith(("http://", "https://")):
        url = document.url.replace(" ", "%20").replace(")", "%29").replace("<", "%3C")
        return f"[{label}](<{url.replace('>', '%3E')}>)"
    return label


def format_markdown(summary: Summary) -> str:
    """The sentences cited ``[1]``, ``[2]``, ... then the list of their sources.

    Each source is ``Outlet, "Title"`` (linked when the article has a URL)
    with the sentence's character span, then the other outlets that report
    the fact. A disagreement between outlets is quoted under its sentence.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["The river rose fast today."])
    >>> print(format_markdown(summary))
    1. The river rose fast today. [1]
    <BLANKLINE>
    [1]: 0, characters 0–26
    """
    documents = summary.documents
    items = []
    for n, s in enumerate(summary.sentences, 1):
        item = f"{n}. {escape_markdown(s.text)} [{n}]"
        for d in summary.disagreements:
            if d.rank == s.rank:
                item += (
                    f"\n   > **Outlets disagree** ({d.kind}): "
                    f"{escape_markdown(d.describe(documents))}"
                )
        items.append(item)
    text = "\n".join(items) if items else "*(no sentence fits the budget)*"
    sources = []
    names = article_names(documents)
    for n, s in enumerate(summary.sentences, 1):
        document = documents[s.document_index]
        label = citation(document, names[s.document_index])
        source = f"[{n}]: {_link(document, label)}, characters {s.start}–{s.end}"
        if s.support:
            others = ", ".join(
                f"{_link(documents[x.document_index], names[x.document_index])} "
                f"({x.start}–{x.end})"
                for x in s.support
            )
            source += f"; reported by {len(s.support) + 1} outlets, also {others}"
        sources.append(source)
    parts = [text]
    if sources:
        parts.append("\n".join(sources))
    parts.extend(f"> **Note:** {escape_markdown(note)}" for note in html_notes(summary))
    query = summary.settings.get("query")
    if isinstance(query, str):
        parts.append(f"> **Question:** {escape_markdown(query)}")
    return writable("\n\n".join(parts))
