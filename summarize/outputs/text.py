"""Plain-text output: each sentence, cited by outlet, title and character span.

Also what the other outputs share: how an article is named (:func:`article_names`),
the isolation of right-to-left and bidirectional text (:func:`isolate`) and the
check of what an output function is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..documents import LONE_SURROGATES, Document
from ..exceptions import InputTypeError
from ..validation import check_optional_text, check_text, invalid

if TYPE_CHECKING:
    from ..results import Disagreement, Summary

__all__ = [
    "BIDI_CONTROL",
    "article_names",
    "check_summary",
    "checked_documents",
    "cite",
    "citation",
    "describe_disagreement",
    "format_text",
    "html_notes",
    "isolate",
    "needs_isolation",
    "writable",
]

# Characters of the right-to-left blocks (Hebrew to Arabic Extended-A, the presentation
# forms, the right-to-left scripts of the supplementary planes) and the bidirectional
# controls: where a right-to-left letter or a control may be. A match is checked with
# unicodedata (a combining mark or an Arabic-Indic digit there is no letter).
_MAYBE_BIDI = re.compile(
    "[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff"
    "\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# The bidirectional controls: the marks (ALM, LRM, RLM), the embeddings and overrides
# (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROL = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""The bidirectional controls: the marks (ALM, LRM, RLM), embeddings, overrides and
isolates."""
_FSI, _PDI = "\u2068", "\u2069"
_ISOLATE_STARTS = "\u2066\u2067\u2068"


def check_summary(owner: str, summary: object) -> Summary:
    """``summary`` when it is a :class:`~summarize.Summary`; an :class:`~summarize.InputTypeError`
    naming ``owner`` otherwise.

    Parameters
    ----------
    owner : str
        The function that was given ``summary``, named in the message.
    summary : object
        What it was given.

    Returns
    -------
    Summary
        ``summary`` itself.

    Raises
    ------
    InputTypeError
        If ``summary`` is not a :class:`~summarize.Summary`.

    Examples
    --------
    >>> check_summary("format_text", None)
    Traceback (most recent call last):
    ...
    summarize.exceptions.InputTypeError: format_text takes a summarize.Summary. Got NoneType instead.
    """
    from ..results import Summary

    if not isinstance(summary, Summary):
        raise InputTypeError(
            f"{owner} takes a summarize.Summary. Got {type(summary).__name__} instead."
        )
    return summary


def _check_document(owner: str, document: object) -> Document:
    """``document`` when it is a :class:`~summarize.Document`; an error naming ``owner``."""
    if not isinstance(document, Document):
        raise InputTypeError(
            f"The 'document' parameter of {owner} must be a summarize.Document. "
            f"Got {type(document).__name__} instead."
        )
    return document


def needs_isolation(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter or a bidirectional control.

    Such a text, written next to other text, can reorder what follows it on
    the line: a U+202E RIGHT-TO-LEFT OVERRIDE in an outlet's name shows the
    span ``0:47`` after it as ``74:0``, and an Arabic name takes the numbers
    after it into its right-to-left run. The outputs isolate it
    (:func:`isolate`, ``<bdi>`` in HTML).

    Parameters
    ----------
    text : str
        A value from the input: an id, outlet, title, sentence ...

    Returns
    -------
    bool
        True when it holds a letter of a right-to-left script (Hebrew,
        Arabic ...) or one of the bidirectional controls U+061C, U+200E,
        U+200F, U+202A to U+202E and U+2066 to U+2069.

    Raises
    ------
    InputTypeError
        If ``text`` is not a ``str``.

    Examples
    --------
    >>> needs_isolation("Reuters"), needs_isolation("Wire" + chr(0x202E)), needs_isolation(chr(0x627))
    (False, True, True)
    """
    return _needs_isolation(check_text("needs_isolation", "text", text))


def _needs_isolation(text: str) -> bool:
    """:func:`needs_isolation` of a ``text`` known to be a str."""
    if text.isascii():
        return False
    for found in _MAYBE_BIDI.finditer(text):
        c = found.group()
        if BIDI_CONTROL.match(c) or unicodedata.bidirectional(c) in ("R", "AL"):
            return True
    return False


def isolate(text: str) -> str:
    """``text`` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE
    when it needs it (:func:`needs_isolation`); else ``text`` unchanged.

    The isolate keeps what the text holds from reordering the text after it: a
    right-to-left override inside is closed at its end, and an Arabic or
    Hebrew name is laid out on its own. A stray U+2069 inside, which would end
    the isolate early, is dropped, and an isolate the text opens and never
    closes is closed. Text from left-to-right scripts alone, such as ASCII, is
    returned as it is, so that the outputs of such input are unchanged.

    Parameters
    ----------
    text : str
        A value from the input.

    Returns
    -------
    str

    Raises
    ------
    InputTypeError
        If ``text`` is not a ``str``.

    Examples
    --------
    >>> isolate("Reuters")
    'Reuters'
    >>> [hex(ord(c)) for c in isolate("W" + chr(0x202E))]
    ['0x2068', '0x57', '0x202e', '0x2069']
    >>> [hex(ord(c)) for c in isolate(chr(0x2069) + "W" + chr(0x2067))]
    ['0x2068', '0x57', '0x2067', '0x2069', '0x2069']
    """
    if not _needs_isolation(check_text("isolate", "text", text)):
        return text
    if _PDI in text or any(c in text for c in _ISOLATE_STARTS):
        depth, kept = 0, []
        for c in text:
            if c in _ISOLATE_STARTS:
                depth += 1
            elif c == _PDI:
                if not depth:
                    continue  # it would close the isolate around the text
                depth -= 1
            kept.append(c)
        text = "".join(kept) + _PDI * depth
    return f"{_FSI}{text}{_PDI}"


def _as_is(text: str) -> str:
    return text


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
    check_text("writable", "text", text)
    return LONE_SURROGATES.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def article_names(documents: Sequence[Document]) -> list[str]:
    """How the outputs name each article: its outlet, and its id too when that is shared.

    An article is named by :attr:`Document.source <summarize.Document.source>`
    (its outlet, else its id); when several articles have the same outlet
    (two Reuters stories), each is ``Outlet (id)``, so that a reader can tell
    which one a citation means.

    Raises
    ------
    InputTypeError
        If ``documents`` is not a sequence of :class:`~summarize.Document`.

    Examples
    --------
    >>> from summarize import Document
    >>> article_names([Document("r1", "A.", outlet="Reuters"), Document("r2", "B.",
    ...     outlet="Reuters"), Document("ap", "C.", outlet="AP"), Document("x", "D.")])
    ['Reuters (r1)', 'Reuters (r2)', 'AP', 'x']
    """
    documents = checked_documents("article_names", documents)
    counts: dict[str, int] = {}
    for document in documents:
        counts[document.source] = counts.get(document.source, 0) + 1
    return [
        f"{d.source} ({d.id})" if counts[d.source] > 1 and d.source != d.id else d.source
        for d in documents
    ]


def checked_documents(owner: str, documents: object) -> Sequence[Document]:
    """``documents`` as a sequence of Document; an error naming ``owner`` otherwise.

    Parameters
    ----------
    owner : str
        The function or method the documents were given to, for the message.
    documents : object
        What was given: a sequence or other iterable of
        :class:`~summarize.Document`.

    Returns
    -------
    Sequence of Document

    Raises
    ------
    InputTypeError
        If ``documents`` is a string, a mapping, not iterable, or holds
        anything but documents.

    Examples
    --------
    >>> from summarize import Document
    >>> [d.id for d in checked_documents("f", iter([Document(id="a", text="x")]))]
    ['a']
    """
    if isinstance(documents, (str, bytes, bytearray, Mapping)) or not isinstance(
        documents, Iterable
    ):
        raise InputTypeError(
            f"The 'documents' parameter of {owner} must be a sequence of summarize.Document. "
            f"Got {type(documents).__name__} instead."
        )
    if not isinstance(documents, Sequence):
        documents = tuple(documents)
    for i, item in enumerate(documents):
        if not isinstance(item, Document):
            raise InputTypeError(
                f"The 'documents' parameter of {owner} must be a sequence of "
                f"summarize.Document. Got {type(item).__name__} at position {i} instead."
            )
    return documents


def citation(
    document: Document, name: str | None = None, *, show: Callable[[str], str] | None = None
) -> str:
    """``Name, "Title"``: :attr:`Document.citation <summarize.Document.citation>` with
    the article's name from :func:`article_names` (its outlet when ``name`` is None).

    Parameters
    ----------
    document : Document
        The article.
    name : str or None, default=None
        Its name in the output (:func:`article_names`); its outlet when None.
    show : callable, optional
        Applied to the name and to the title (an output's escaping or
        :func:`isolate`); they are written as they are by default.

    Returns
    -------
    str

    Raises
    ------
    InputTypeError
        If ``document`` is not a :class:`~summarize.Document`, or ``name`` is
        not a ``str`` or None.

    Examples
    --------
    >>> from summarize import Document
    >>> citation(Document("r1", "A.", title="Storm", outlet="Reuters"), "Reuters (r1)")
    'Reuters (r1), "Storm"'
    """
    _check_document("citation", document)
    check_optional_text("citation", "name", name)
    return _citation(document, name, _as_is if show is None else show)


def _citation(document: Document, name: str | None, show: Callable[[str], str]) -> str:
    """:func:`citation` with ``show`` applied to the name and to the title."""
    name = show(document.source if name is None else name)
    return f'{name}, "{show(document.title)}"' if document.title else name


def cite(document: Document, start: int, end: int, name: str | None = None) -> str:
    """``Outlet, "Title" start:end``, with the URL after it when there is one.

    ``name`` replaces the outlet (see :func:`article_names`). A name, title or
    URL that holds right-to-left text or a bidirectional control is isolated
    (:func:`isolate`), so that the span after it reads as written.

    Raises
    ------
    InputTypeError
        If ``document`` is not a :class:`~summarize.Document`, or ``name`` is
        not a ``str`` or None.
    InvalidParameterError
        If ``start`` or ``end`` is not a whole number.

    Examples
    --------
    >>> from summarize import Document
    >>> cite(Document("r1", "Rain fell.", title="Storm", outlet="Wire"), 0, 10)
    'Wire, "Storm" 0:10'
    """
    _check_document("cite", document)
    check_optional_text("cite", "name", name)
    for label, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise invalid("cite", label, "a whole number", value)
    text = f"{_one_line(_citation(document, name, isolate))} {start}:{end}"
    return f"{text} <{_one_line(isolate(document.url))}>" if document.url else text


def _one_line(text: str) -> str:
    """Every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split())


def describe_disagreement(
    disagreement: Disagreement,
    names: Sequence[str] | Mapping[int, str],
    show: Callable[[str], str],
) -> str:
    """:meth:`Disagreement.describe <summarize.Disagreement.describe>` with the articles
    named by ``names`` and ``show`` applied to each value and name (an output's escaping
    or isolation).

    Parameters
    ----------
    disagreement : Disagreement
        The disagreement.
    names : sequence of str, or mapping of int to str
        Each article's name, by document index (:func:`article_names`).
    show : callable
        Applied to each value and each name.

    Returns
    -------
    str

    Examples
    --------
    >>> from summarize import Disagreement, Reading
    >>> readings = tuple(
    ...     Reading(v, v, f"d{i}", i, 0, 0, 9, 0, 2, f"{v} died.") for i, v in enumerate(["12", "15"])
    ... )
    >>> d = Disagreement(1, "count", ("die",), readings)
    >>> describe_disagreement(d, ["ap", "afp"], str.upper)
    '12 (AP); 15 (AFP)'
    """
    parts = []
    for value, readings in disagreement.by_value():
        givers = dict.fromkeys(show(names[r.document_index]) for r in readings)
        parts.append(f"{show(value)} ({', '.join(givers)})")
    return "; ".join(parts)


def html_notes(summary: Summary, *, show: Callable[[str], str] | None = None) -> list[str]:
    """Notes for the reader, such as which articles were extracted from HTML.

    Parameters
    ----------
    summary : Summary
        What :func:`summarize.summarize` returned.
    show : callable, optional
        Applied to each article's id (an output's escaping or
        :func:`isolate`); written as it is by default.

    Returns
    -------
    list of str

    Raises
    ------
    InputTypeError
        If ``summary`` is not a :class:`~summarize.Summary`.

    Examples
    --------
    >>> import summarize
    >>> html_notes(summarize.summarize(["The river rose fast today."]))
    []
    """
    return _html_notes(check_summary("html_notes", summary), _as_is if show is None else show)


def _html_notes(summary: Summary, show: Callable[[str], str]) -> list[str]:
    """:func:`html_notes` with ``show`` applied to each article's id."""
    extracted = [
        show(d.id) for d in summary.documents if d.metadata.get("extracted_from") == "html"
    ]
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
    indexes the article as given. A sentence, name, title or value that holds
    right-to-left text or a bidirectional control is isolated between U+2068
    and U+2069 (``summarize.outputs.text.isolate``), so that it cannot
    reorder the citation after it.

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
    >>> print(format_text(summary))
    The river rose fast today. [0 0:26]
    """
    check_summary("format_text", summary)
    documents = summary.documents
    names = article_names(documents)
    lines = []
    for s in summary.sentences:
        where = cite(documents[s.document_index], s.start, s.end, names[s.document_index])
        lines.append(f"{isolate(_one_line(s.text))} [{where}]")
        if s.support:
            others = "; ".join(
                f"{isolate(_one_line(names[x.document_index]))} {x.start}:{x.end}"
                for x in s.support
            )
            lines.append(f"    also reported by: {others}")
        for d in summary.disagreements:
            if d.rank == s.rank:
                lines.append(
                    f"    outlets disagree ({d.kind}): {_one_line(describe_disagreement(d, names, isolate))}"
                )
    if not lines:
        lines.append("(no sentence fits the budget)")
    lines.extend(f"Note: {_one_line(note)}" for note in _html_notes(summary, isolate))
    query = summary.settings.get("query")
    if isinstance(query, str):
        lines.append(f"Note: the question asked was {isolate(repr(_one_line(query)))}")
    return writable("\n".join(lines))
