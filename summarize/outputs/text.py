"""Plain-text output: each sentence, cited by outlet, title and character span."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..documents import Document
    from ..results import Summary

__all__ = ["cite", "format_text", "html_notes"]


def cite(document: Document, start: int, end: int) -> str:
    """``Outlet, "Title" start:end``, with the URL after it when there is one.

    Examples
    --------
    >>> from summarize import Document
    >>> cite(Document("r1", "Rain fell.", title="Storm", outlet="Wire"), 0, 10)
    'Wire, "Storm" 0:10'
    """
    text = f"{_one_line(document.citation)} {start}:{end}"
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
    lines = []
    for s in summary.sentences:
        lines.append(f"{_one_line(s.text)} [{cite(documents[s.document_index], s.start, s.end)}]")
        if s.support:
            others = "; ".join(
                f"{_one_line(documents[x.document_index].source)} {x.start}:{x.end}"
                for x in s.support
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
    return "\n".join(lines)
