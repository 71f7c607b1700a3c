"""Plain-text output: each sentence, cited by outlet, title and character span."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..documents import LONE_SURROGATES

if TYPE_CHECKING:
    from ..documents import Document
    from ..results import Summary

__all__ = ["article_names", "cite", "citation", "format_text", "html_notes", "writable"]


def writable(text: str) -> str:
    """``text`` with each lone surrogate, which no encoding can write, as its escape.

    A Python ``str`` may hold one (``"\\ud800"`` in a JSON article, a file name that
    is not UTF-8); the summary keeps it, as its article does, and the text, Markdown
    and HTML outputs show it as ``\\ud800``, so that they can be saved. JSON escapes
    it the same way.

    Examples
    --------
    >>> writable("Rain " + chr(0xD800) + " fell.")
    'Rain \\\\ud800 fell.'
    >>> writable("Rain fell.")
    'Rain fell.'
    """
    return LONE_SURROGATES.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def article_names(documents: Sequence[Document]) -> list[str]:
    """How the outputs name each article: its outlet, and its id too when that is shared.

    An article is named by :attr:`Document.source <summarize.Document.source>`
    (its outlet, else its id); when several articles have the same outlet
    (two Reuters stories), each is ``Outlet (id)``, so that a reader can tell
    which one a citation means.

    Examples
    --------
    >>> from summarize import Document
    >>> article_names([Document("r1", "A.", outlet="Reuters"), Document("r2", "B.",
    ...     outlet="Reuters"), Document("ap", "C.", outlet="AP"), Document("x", "D.")])
    ['Reuters (r1)', 'Reuters (r2)', 'AP', 'x']
    """
    counts: dict[str, int] = {}
    for document in documents:
        counts[document.source] = counts.get(document.source, 0) + 1
    return [
        f"{d.source} ({d.id})" if counts[d.source] > 1 and d.source != d.id else d.source
        for d in documents
    ]


def citation(document: Document, name: str | None = None) -> str:
    """``Name, "Title"``: :attr:`Document.citation <summarize.Document.citation>` with
    the article's name from :func:`article_names` (its outlet when ``name`` is None).

    Examples
    --------
    >>> from summarize import Document
    >>> citation(Document("r1", "A.", title="Storm", outlet="Reuters"), "Reuters (r1)")
    'Reuters (r1), "Storm"'
    """
    name = document.source if name is None else name
    return f'{name}, "{document.title}"' if document.title else name


def cite(document: Document, start: int, end: int, name: str | None = None) -> str:
    """``Outlet, "Title" start:end``, with the URL after it when there is one.

    ``name`` replaces the outlet (see :func:`article_names`).

    Examples
    --------
    >>> from summarize import Document
    >>> cite(Document("r1", "Rain fell.", title="Storm", outlet="Wire"), 0, 10)
    'Wire, "Storm" 0:10'
    """
    text = f"{_one_line(citation(document, name))} {start}:{end}"
    return f"{text} <{_one_line(document.url)}>" if document.url else text


def _one_line(text: str) -> str:
    """Every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split())


def html_notes(summary: Summary) -> list[str]:
    """Notes for the reader, such as which articles were extracted from HTML."""
    extracted = [d.id for d in summary.documents if d.metadata.get("extracted_from") == "html"]
    if not extracted:
        return []
    return [
        f"text extracted from HTML for {', '.join(extracted)}: offsets index the extracted "
        "text, not the HTML source"
    ]


def format_text(summary: Summary) -> str:
    """Each sentence on a line, followed by ``[Outlet, "Title" start:end]``.

    Below a sentence, indented: the other outlets that report it (with the
    span of their sentence) and any disagreement on its figures. A line break
    inside a sentence (an article wrapped at a fixed width), or in an id or
    title, is shown as a space, so that every sentence is one line; its span
    indexes the article as given.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["The river rose fast today."])
    >>> print(format_text(summary))
    The river rose fast today. [0 0:26]
    """
    documents = summary.documents
    names = article_names(documents)
    lines = []
    for s in summary.sentences:
        where = cite(documents[s.document_index], s.start, s.end, names[s.document_index])
        lines.append(f"{_one_line(s.text)} [{where}]")
        if s.support:
            others = "; ".join(
                f"{_one_line(names[x.document_index])} {x.start}:{x.end}" for x in s.support
            )
            lines.append(f"    also reported by: {others}")
        for d in summary.disagreements:
            if d.rank == s.rank:
                lines.append(
                    f"    outlets disagree ({d.kind}): {_one_line(d.describe(documents))}"
                )
    if not lines:
        lines.append("(no sentence fits the budget)")
    lines.extend(f"Note: {_one_line(note)}" for note in html_notes(summary))
    query = summary.settings.get("query")
    if isinstance(query, str):
        lines.append(f"Note: steered toward the question {_one_line(query)!r}")
    return writable("\n".join(lines))
