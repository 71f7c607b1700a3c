"""HTML input: extract an article's readable text from a web page.

The extracted text *is* the document's text: every offset a summary reports
indexes it, never the HTML source. The extraction is deliberately plain and
predictable rather than clever, so a reader can tell where a sentence came
from:

1. The article is the ``<article>`` element with the most text, else
   ``<main>``, else the whole ``<body>``.
2. Code and page furniture are dropped: ``script``, ``style``, ``noscript``,
   ``template``, ``svg``, ``iframe``, forms and their controls, ``nav``,
   ``aside``, ``footer``, every element marked ``hidden`` or
   ``aria-hidden="true"`` or with a navigation role, and ``header``
   (except the header of the chosen ``<article>``, which holds its headline).
3. Every block element (paragraph, heading, list item, table cell, ...) and
   every ``<br>`` becomes a line break; paragraphs are separated by a blank
   line. Runs of whitespace inside a line become one space, except in
   ``<pre>``.

The result is then labelled like any other text by
:func:`summarize.split_sentences`: the first line (usually the ``<h1>``) is the
headline, bylines and captions without punctuation are furniture.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html

from ..documents import Document, decode_bytes
from .files import is_utf8, read_bytes

__all__ = ["HTML_SUFFIXES", "html_to_text", "html_document", "read_html"]

HTML_SUFFIXES = (".html", ".htm")
"""File name endings read as HTML pages."""

_DROP = frozenset(
    """
    script style noscript template svg math canvas iframe object embed video audio
    form button input select textarea label nav aside footer dialog menu
    """.split()
)
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_BLOCK = frozenset(
    """
    address article blockquote body caption dd details div dl dt fieldset figcaption figure
    h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section summary table tbody td tfoot
    th thead tr ul
    """.split()
)
_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# "[^<>]", not "[^>]": each "<meta" is then read up to the next tag at most, so a page of
# "<meta<meta<meta..." without a ">" is not read once per "<meta" (quadratic).
_META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag of its first 2 kB, if Python knows it."""
    match = _META_CHARSET.search(data[:2048])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _text_length(element: Any) -> int:
    return len(_SPACE.sub("", element.text_content()))


def _is_dropped(element: Any, keep: Any) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if element is keep:
        return False
    if tag in _DROP or (tag == "header"):
        return True
    if element.get("hidden") is not None or element.get("aria-hidden", "").lower() == "true":
        return True
    return element.get("role", "").lower() in _DROP_ROLES


def _article_root(root: Any) -> Any:
    articles = root.xpath("//article")
    if articles:
        # The longest article; the first one on ties.
        return max(articles, key=_text_length)
    for path in ("//main", "//*[@role='main']", "//body"):
        found = root.xpath(path)
        if found:
            return found[0]
    return root


def _pieces(element: Any, keep_header: Any, pre: bool) -> Iterator[str]:
    """Yield text, with ``"\\n"`` for a line break and ``"\\n\\n"`` for a block boundary."""
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag in _BLOCK
    pre = pre or tag == "pre"
    if block:
        yield "\n\n"
    if tag == "br":
        yield "\n"
    if element.text and tag:
        yield element.text if pre else _SPACE.sub(" ", element.text)
    for child in element:
        if isinstance(child.tag, str) and not _is_dropped(child, keep_header):
            yield from _pieces(child, keep_header, pre)
        if child.tail:
            yield child.tail if pre else _SPACE.sub(" ", child.tail)
    if block:
        yield "\n\n"


def _assemble(pieces: Iterator[str]) -> str:
    """Join the pieces into lines: strip each line, at most one blank line between."""
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = "".join(current).strip()
        current.clear()
        if line:
            lines.append(line)

    def end_paragraph() -> None:
        end_line()
        if lines:
            paragraphs.append("\n".join(lines))
            lines.clear()

    for piece in pieces:
        if piece == "\n\n":
            end_paragraph()
        elif piece == "\n":
            end_line()
        elif "\n" in piece:  # text inside <pre>
            first, *rest = piece.split("\n")
            current.append(first)
            for part in rest:
                end_line()
                current.append(part)
        else:
            current.append(piece)
    end_paragraph()
    return "\n\n".join(paragraphs)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Extract the readable text and the title of a web page.

    Parameters
    ----------
    markup : str
        The page's HTML source.

    Returns
    -------
    text : str
        The article's text: one paragraph a line, paragraphs separated by a
        blank line, navigation, scripts, headers and footers dropped.
    title : str or None
        The article's ``<h1>``, else the page's ``<title>``, else ``None``.

    Examples
    --------
    >>> page = '''<html><head><title>Lakeport News</title><script>var x;</script></head>
    ... <body><nav><a href="/">Home</a></nav>
    ... <article><h1>Solar farm opens</h1>
    ... <p>The farm opened on   <b>Tuesday</b>.<br>It floats.</p>
    ... <p>Officials cheered.</p></article>
    ... <footer>Copyright 2024</footer></body></html>'''
    >>> text, title = html_to_text(page)
    >>> print(text)
    Solar farm opens
    <BLANKLINE>
    The farm opened on Tuesday.
    It floats.
    <BLANKLINE>
    Officials cheered.
    >>> title
    'Solar farm opens'
    """
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return "", None
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return "", None
    article = _article_root(root)
    keep_header = None
    if article.tag == "article":
        headers = article.xpath("./header | ./*/header")
        keep_header = headers[0] if headers else None
    text = _assemble(_pieces(article, keep_header, pre=False))
    title = None
    for candidates in (article.xpath(".//h1"), root.xpath("//h1"), root.xpath("//title")):
        for candidate in candidates:
            found = _SPACE.sub(" ", candidate.text_content()).strip()
            if found:
                title = found
                break
        if title:
            break
    return text, title


def html_document(markup: str, *, id: str, metadata: Mapping[str, Any] | None = None) -> Document:
    """Make a :class:`~summarize.Document` from a web page's HTML.

    The document's text is the readable text extracted from the page, so every
    offset of a summary indexes that text; its metadata says
    ``"extracted_from": "html"``.

    Parameters
    ----------
    markup : str
        The page's HTML source.
    id : str
        The document's id.
    metadata : Mapping or None, default=None
        Carried along (a URL, an outlet); ``extracted_from`` is added.

    Returns
    -------
    Document

    Examples
    --------
    >>> import summarize
    >>> doc = summarize.html_document("<p>Rain fell.</p><p>The river rose.</p>", id="wire")
    >>> doc.text
    'Rain fell.\\n\\nThe river rose.'
    >>> dict(doc.metadata)
    {'extracted_from': 'html'}
    """
    text, title = html_to_text(markup)
    data = dict(metadata or {})
    data["extracted_from"] = "html"
    return Document(id=id, text=text, title=title, metadata=data)


def read_html(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Document:
    """Read one article from an HTML file, keeping only its readable text.

    The document's id is the file name without its suffix; its metadata holds
    the path and ``"extracted_from": "html"``. See :func:`html_document`.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    encoding : str, default="utf-8"
        The file's encoding. With the default, a page that is not valid UTF-8
        but declares its charset (``<meta charset="windows-1252">``) is read
        in the charset it declares.

    Returns
    -------
    Document

    Raises
    ------
    InvalidInputError
        If the file cannot be read.
    InputDecodeError
        If the file is not valid in ``encoding`` (nor in the charset it declares).

    Examples
    --------
    >>> import pathlib, tempfile, summarize
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "gazette.html"
    >>> _ = page.write_text("<h1>Farm opens</h1><p>It opened today.</p>", encoding="utf-8")
    >>> doc = summarize.read_html(page)
    >>> doc.id, doc.title, doc.text
    ('gazette', 'Farm opens', 'Farm opens\\n\\nIt opened today.')
    """
    path = Path(path)
    data = read_bytes(path)
    utf8 = is_utf8(encoding)
    if utf8 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    where = f"The file {str(path)!r}"
    try:
        markup = data.decode(encoding)
    except UnicodeDecodeError:
        declared = _declared_charset(data)
        if declared is None or not utf8:
            markup = decode_bytes(data, encoding, where)  # raises the library's error
        else:
            markup = decode_bytes(data, declared, where)
    except LookupError:
        markup = decode_bytes(data, encoding, where)  # raises the library's error
    return html_document(markup, id=path.stem, metadata={"path": str(path)})
