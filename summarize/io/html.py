"""HTML input: extract an article's readable text from a web page.

The extracted text *is* the document's text: every offset a summary reports
indexes it, never the HTML source. The extraction is deliberately plain and
predictable rather than clever, so a reader can tell where a sentence came
from:

1. The article is the visible ``<article>`` element with the most text
   (one inside a dropped element, such as ``<aside>``, ``<template>`` or a
   ``hidden`` element, never is), else ``<main>``, else the whole ``<body>``;
   ``<main>`` wins over an article holding less than half its text and not
   around it (a teaser). Text lengths are computed in one pass from the
   leaves up, so the choice takes linear time however articles nest.
2. Code and page furniture are dropped: ``script``, ``style``, ``noscript``,
   ``template``, ``svg``, ``iframe``, forms and their controls, ``nav``,
   ``aside``, ``footer``, every element marked ``hidden`` or
   ``aria-hidden="true"`` or with a navigation role, and ``header``
   (except the header of the chosen ``<article>``, which holds its headline).
3. Every block element (paragraph, heading, list item, table cell, ...) and
   every ``<br>`` becomes a line break; paragraphs are separated by a blank
   line. Runs of whitespace inside a line become one space, except in
   ``<pre>``.

Text is never lost without a word: the page is parsed with libxml2's
``huge_tree`` option (which lifts its limit of 256 nested levels to 2048), and
when the parsed page holds markedly less text than a plain scan of the source
finds (deeper nesting, markup the parser could not repair), or the story
element leaves out most of the page's readable text, a
:class:`~summarize.SummarizeWarning` says how much is not used.

The result is then labelled like any other text by
:func:`summarize.split_sentences`: the first line (usually the ``<h1>``) is the
headline, bylines and captions without punctuation are furniture.
"""

from __future__ import annotations

import codecs
import html
import json
import math
import os
import re
import string
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html

from ..documents import (
    CITATION_FIELDS,
    LONE_SURROGATES,
    Document,
    check_encoding,
    decode_bytes,
)
from ..exceptions import InputTypeError, InvalidParameterError, SummarizeWarning
from ..validation import check_text
from .files import check_not_narrow, decode_file, is_utf8, read_bytes, warn_if_utf8

__all__ = [
    "HTML_SUFFIXES",
    "html_to_text",
    "html_metadata",
    "html_cited",
    "html_document",
    "read_html",
    "raw_text_length",
]

HTML_SUFFIXES = (".html", ".htm")
"""File name endings read as HTML pages."""

_DROP = frozenset(
    """
    script style noscript template svg math canvas iframe object embed video audio
    form button input select textarea label nav aside footer dialog menu head
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


def _declared_charset(data: bytes, where: str) -> str | None:
    """The charset a page declares in a ``<meta>`` tag of its first 2 kB, if Python can use it.

    A charset Python does not know, or cannot decode a page with
    (``"undefined"``, ``"rot13"``, ``"punycode"``: :func:`check_encoding`), is
    ignored with a warning, as if none were declared.
    """
    match = _META_CHARSET.search(data[:2048])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return check_encoding(name)
    except InvalidParameterError:
        warnings.warn(
            f"{where} declares the charset {name!r}, which Python cannot decode a page with; "
            "it is ignored.",
            SummarizeWarning,
            stacklevel=3,
        )
        return None


def _is_dropped(element: Any, keep: Any) -> bool:
    if not isinstance(element.tag, str) or element is keep:
        return False  # comments and processing instructions have no attributes to read
    tag = element.tag
    if tag in _DROP or (tag == "header"):
        return True
    if element.get("hidden") is not None or element.get("aria-hidden", "").lower() == "true":
        return True
    return element.get("role", "").lower() in _DROP_ROLES


def _count(text: str | None) -> int:
    """Characters of a text other than whitespace."""
    return len(_SPACE.sub("", text)) if text else 0


class _Measure:
    """Text lengths of every element of a page, in one pass from the leaves up.

    ``visible[e]`` counts the text of ``e`` outside dropped elements (those
    :func:`_is_dropped` names), ``total[e]`` all its text but scripts and
    styles; ``hidden[e]`` tells whether ``e`` or one of its ancestors is
    dropped. One pass over the elements, so the choice of the story element
    takes time linear in the page, however deeply ``<article>`` elements nest.
    """

    def __init__(self, root: Any) -> None:
        self.elements = list(root.iter())  # document order: parents before children
        self.hidden: dict[Any, bool] = {}
        for element in self.elements:
            parent = element.getparent()
            self.hidden[element] = (parent is not None and self.hidden.get(parent, False)) or (
                isinstance(element.tag, str) and _is_dropped(element, None)
            )
        self.visible: dict[Any, int] = {}
        self.total: dict[Any, int] = {}
        for element in reversed(self.elements):  # children before parents
            if not isinstance(element.tag, str):  # a comment or processing instruction
                self.visible[element] = self.total[element] = 0
                continue
            own = 0 if element.tag in ("script", "style") else _count(element.text)
            visible = total = own
            for child in element:
                tail = _count(child.tail)
                total += self.total[child] + tail
                visible += tail + (0 if _is_dropped(child, None) else self.visible[child])
            self.visible[element] = visible
            self.total[element] = total


def _is_ancestor(ancestor: Any, element: Any) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _article_root(root: Any, measure: _Measure) -> Any:
    """The story element: the longest visible ``<article>``, unless ``<main>`` is the story.

    An ``<article>`` inside a hidden element, an ``<aside>``, a ``<template>``
    or any other dropped element is never the story. When the page has a
    visible ``<main>`` (or ``role="main"``) holding more than twice the text
    of the longest article and not inside it (a teaser article beside or
    within the real story), ``<main>`` is the story.
    """
    visible = [e for e in measure.elements if not measure.hidden[e] and isinstance(e.tag, str)]
    # An <article> without text (an advertisement's slot) is no story.
    articles = [e for e in visible if e.tag == "article" and measure.visible[e] > 0]
    # The longest article; the first one on ties.
    best = max(articles, key=measure.visible.__getitem__) if articles else None
    main = next(
        (e for e in visible if e.tag == "main" or e.get("role", "").lower() == "main"), None
    )
    if main is not None and (
        best is None
        or (2 * measure.visible[best] < measure.visible[main] and not _is_ancestor(best, main))
    ):
        return main
    if best is not None:
        return best
    bodies = [element for element in visible if element.tag == "body"]
    if len(bodies) == 1:
        return bodies[0]
    return root  # no body, or text after a stray "</body>" in a body of its own


def _pieces(root: Any, keep_header: Any) -> Iterator[str]:
    """Yield text, with ``"\\n"`` for a line break and ``"\\n\\n"`` for a block boundary.

    Iterative, not recursive: a page may nest elements thousands deep.
    """
    stack: list[Any] = [(root, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            continue
        element, pre = item
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK
        pre = pre or tag == "pre"
        if block:
            yield "\n\n"
        if tag == "br":
            yield "\n"
        if element.text and tag:
            yield _Pre(element.text) if pre else _SPACE.sub(" ", element.text)
        todo: list[Any] = []
        for child in element:
            if isinstance(child.tag, str) and not _is_dropped(child, keep_header):
                todo.append((child, pre))
            if child.tail:
                todo.append(_Pre(child.tail) if pre else _SPACE.sub(" ", child.tail))
        if block:
            todo.append("\n\n")
        stack.extend(reversed(todo))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_RAW_SKIP = ("<!--", "-->"), ("<script", "</script"), ("<style", "</style")


def raw_text_length(markup: str) -> int:
    """Characters of text in a page's source, other than whitespace, counted without a parser.

    Tags, comments, scripts and styles are skipped and character references
    decoded, with a plain scan that always moves forward (linear time). This
    is what a parser that keeps every piece of text finds, give or take the
    odd ``<`` of broken markup; ``html_to_text`` compares the two to
    notice text that the parser lost.

    Examples
    --------
    >>> raw_text_length("<p>Caf&eacute; <b>open</b></p><!-- no --><script>x=1</script>")
    8
    """
    lower = markup.translate(_ASCII_LOWER)  # same length, unlike str.lower()
    count = 0
    i = 0
    n = len(markup)
    while i < n:
        j = markup.find("<", i)
        if j < 0:
            j = n
        count += _count(html.unescape(markup[i:j]))
        if j >= n:
            break
        for opening, closing in _RAW_SKIP:
            if lower.startswith(opening, j):
                k = lower.find(closing, j + len(opening))
                i = n if k < 0 else lower.find(">", k) + 1 or n
                break
        else:
            k = _tag_end(markup, j + 1)
            if k < 0:  # a "<" that opens no tag is text to a browser
                count += _count(html.unescape(markup[j:]))
                break
            i = k + 1
    return count


_IN_TAG = re.compile(r"""[>=]|(?<==)\s*["']""")
"""What ends a tag, or opens an attribute's quoted value (after its "=")."""


def _tag_end(markup: str, start: int) -> int:
    """Where the tag whose name starts at ``start`` ends (its ``>``), past the ``>`` of
    quoted attribute values (``onclick="if (a > b) ..."``); -1 when it does not. Forward
    only: linear in the page."""
    at = start
    while True:
        found = _IN_TAG.search(markup, at)
        if found is None:
            return -1
        mark = markup[found.end() - 1]
        if mark == ">":
            return found.start()
        if mark == "=":
            at = found.end()
            continue
        close = markup.find(mark, found.end())
        if close < 0:
            return markup.find(">", found.end())
        at = close + 1


def _lost_text_warning(markup: str, measure: _Measure, root: Any, story: Any) -> str | None:
    """Why some of the page's text is not in the document, if much of it is not."""
    raw = raw_text_length(markup)
    parsed = measure.total[root] if root is not None else 0
    lost = raw - parsed
    # A few characters of slack: libxml2 drops some control characters on purpose.
    if lost > max(3, raw // 100) or (parsed == 0 < raw):
        return (
            f"{lost} of the page's {raw} characters of text (not counting spaces) were lost "
            "by the HTML parser: elements nested deeper than it allows (2048 levels), or "
            "markup it could not repair. They are not in the document."
        )
    readable = measure.visible[root] if root is not None else 0
    used = measure.visible[story] if story is not None else 0
    if readable - used > 200 and 2 * used < readable:
        where = f"<{story.tag}>" if story is not None else "the story element"
        return (
            f"Only {used} of the page's {readable} characters of readable text (not "
            f"counting spaces) are in its story element {where}; the rest is not used."
        )
    return None


class _Pre(str):
    """Text inside ``<pre>``: its spaces and line breaks are kept."""


def _assemble(pieces: Iterator[str]) -> str:
    """Join the pieces into lines: runs of spaces one space (not in ``<pre>``, whose lines
    keep their indentation), lines stripped at their end, at most one blank line between;
    two line breaks in a row (``<br><br>``) and a blank line in ``<pre>`` end a paragraph."""
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []
    preformatted = False  # the current line holds text of <pre>
    breaks = 0  # line breaks since the last text

    def end_line() -> None:
        nonlocal preformatted
        joined = "".join(current)
        line = joined.rstrip() if preformatted else _SPACE.sub(" ", joined).strip()
        if preformatted and not line.strip():
            line = ""
        current.clear()
        preformatted = False
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
        elif piece == "\n" and not isinstance(piece, _Pre):
            breaks += 1
            if breaks >= 2 and not "".join(current).strip():
                end_paragraph()  # <br><br>
            else:
                end_line()
            continue
        elif isinstance(piece, _Pre):
            first, *rest = piece.split("\n")
            current.append(first)
            preformatted = preformatted or bool(first.strip())
            for part in rest:
                if not "".join(current).strip() and not part.strip():
                    end_paragraph()  # a blank line inside <pre>
                else:
                    end_line()
                current.append(part)
                preformatted = bool(part.strip())
        else:
            current.append(piece)
        if piece.strip():
            breaks = 0
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

    Warns
    -----
    SummarizeWarning
        When text of the page is not used: lost by the parser (nesting deeper
        than 2048 levels, markup it cannot repair, a page it cannot parse),
        or left outside a story element that holds less than half of the
        page's readable text.

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
    # Lone surrogates cannot reach libxml2: it would cut the text at the first one.
    markup = LONE_SURROGATES.sub("\ufffd", markup)
    if not markup.strip():
        return "", None
    try:
        # huge_tree: libxml2 otherwise drops whatever is nested deeper than 256 levels.
        root = lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError) as error:
        if raw_text_length(markup):
            warnings.warn(
                f"The page cannot be parsed as HTML ({error}); none of its text is used.",
                SummarizeWarning,
                stacklevel=2,
            )
        return "", None
    measure = _Measure(root)
    article = _article_root(root, measure)
    warning = _lost_text_warning(markup, measure, root, article)
    if warning:
        warnings.warn(warning, SummarizeWarning, stacklevel=2)
    keep_header = None
    if article.tag == "article":
        headers = article.xpath("./header | ./*/header")
        keep_header = headers[0] if headers else None
    text = _assemble(_pieces(article, keep_header))
    title = None
    for candidates in (article.xpath(".//h1"), root.xpath("//h1"), root.xpath("//title")):
        for candidate in candidates:
            # Read as the text is: "<br>" a space, hidden parts left out.
            found = " ".join(_assemble(_pieces(candidate, None)).split())
            if found:
                title = found
                break
        if title:
            break
    return text, title


# -- who published the page, where and when -------------------------------------------------

_ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BlogPosting",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "Report",
        "WebPage",
    }
)
# (where, key) pairs in order of preference, for each field; JSON-LD first.
_META_KEYS = {
    "title": ("og:title", "twitter:title"),
    "outlet": ("og:site_name", "application-name"),
    "url": ("og:url",),
    "date": ("article:published_time", "datePublished", "date", "dc.date", "pubdate"),
    "author": ("author", "article:author", "dc.creator", "byl"),
}


def _clean(value: Any) -> str | None:
    """A metadata value as one line of text, or ``None`` when there is none (JSON-LD's
    ``NaN`` and ``Infinity`` are none)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _name(value: Any) -> str | None:
    """A JSON-LD person or organisation (a name, an object, or a list of them) as text."""
    if isinstance(value, list):
        names = [name for name in (_name(item) for item in value) if name]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def _json_ld_articles(root: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of an article type on the page, ``@graph`` entries included."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # malformed, or nested too deeply to read
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(kind in _ARTICLE_TYPES for kind in kinds if isinstance(kind, str)):
                yield item


def html_metadata(markup: str) -> dict[str, str]:
    """Who published a web page, where and when, from its ``<meta>`` tags and JSON-LD.

    Reads the first JSON-LD object of an article type (``NewsArticle``,
    ``Article``, ...: ``headline``, ``publisher.name``, ``datePublished``,
    ``author.name``, ``url``), then the Open Graph and other ``<meta>`` tags
    (``og:title``, ``og:site_name``, ``article:published_time``, ``author``)
    and the canonical link for what JSON-LD did not give.

    Parameters
    ----------
    markup : str
        The page's HTML source.

    Returns
    -------
    dict of str to str
        Some of the keys ``title``, ``outlet``, ``url``, ``date``, ``author``:
        those the page gives.

    Examples
    --------
    >>> page = '''<html><head><meta property="og:site_name" content="Harbor Gazette">
    ... <link rel="canonical" href="https://gazette.example/solar">
    ... <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Farm opens",
    ...  "datePublished": "2024-05-16", "author": [{"name": "Ana Ruiz"}]}</script>
    ... </head><body><p>It opened.</p></body></html>'''
    >>> for name, value in html_metadata(page).items():
    ...     print(f"{name}: {value}")
    title: Farm opens
    outlet: Harbor Gazette
    url: https://gazette.example/solar
    date: 2024-05-16
    author: Ana Ruiz
    """
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return {}
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return {}
    found: dict[str, str | None] = {name: None for name in ("title", *CITATION_FIELDS)}
    for article in _json_ld_articles(root):
        publisher = article.get("publisher")
        ld = {
            "title": _clean(article.get("headline")) or _clean(article.get("name")),
            "outlet": _name(publisher) or _name(article.get("sourceOrganization")),
            "url": _clean(article.get("url")),
            "date": _clean(article.get("datePublished")),
            "author": _name(article.get("author")),
        }
        for name, value in ld.items():
            found[name] = found[name] or value
    metas: dict[str, str] = {}
    for meta in root.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = _clean(meta.get("content"))
        if key and value and key not in metas:
            metas[key] = value
    for name, keys in _META_KEYS.items():
        for key in keys:
            found[name] = found[name] or metas.get(key.lower())
    if not found["url"]:
        for link in root.xpath("//link[@href]"):
            if "canonical" in (link.get("rel") or "").lower().split():
                found["url"] = _clean(link.get("href"))
                break
    return {name: value for name, value in found.items() if value}


def html_document(markup: str, *, id: str, metadata: Mapping[str, Any] | None = None) -> Document:
    """Make a :class:`~summarize.Document` from a web page's HTML.

    The document's text is the readable text extracted from the page, so every
    offset of a summary indexes that text; its metadata says
    ``"extracted_from": "html"``. Its title, outlet, URL, date and author are
    those the page declares (see :func:`summarize.io.html_metadata`).

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
    >>> page = '<meta property="og:site_name" content="Wire"><p>Rain fell.</p>'
    >>> summarize.html_document(page, id="w").outlet
    'Wire'

    """
    check_text("html_document", "markup", markup)
    if metadata is not None and not isinstance(metadata, Mapping):
        raise InputTypeError(
            f"html_document's 'metadata' must be a mapping. Got {type(metadata).__name__} instead."
        )
    text, title = html_to_text(markup)
    data = dict(metadata or {})
    data["extracted_from"] = "html"
    return html_cited(Document(id=id, text=text, title=title, metadata=data), markup)


def html_cited(document: Document, markup: str) -> Document:
    """The document with its title, outlet, URL, date and author from the page's metadata.

    What the page declares (:func:`html_metadata`) fills the fields; a value
    in the document's metadata under the same name (``"outlet"``, ...) wins,
    and moves from the metadata to the field.

    Examples
    --------
    >>> doc = Document(id="a", text="It opened.", metadata={"outlet": "Wire"})
    >>> cited = html_cited(doc, '<meta name="author" content="Ana Ruiz"><p>It opened.</p>')
    >>> cited.outlet, cited.author, cited.metadata
    ('Wire', 'Ana Ruiz', {})
    """
    found: dict[str, Any] = dict(html_metadata(markup))
    metadata = dict(document.metadata)
    for name in CITATION_FIELDS:
        if isinstance(metadata.get(name), str):
            found[name] = metadata.pop(name)
    fields = {name: found.get(name) or getattr(document, name) for name in CITATION_FIELDS}
    title = found.get("title") or document.title
    return Document(document.id, document.text, title, metadata, **fields)


_WIDE_MARKS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
"""The byte-order marks of UTF-16 and UTF-32."""


def read_html(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Document:
    """Read one article from an HTML file, keeping only its readable text.

    The document's id is the file name without its suffix; its metadata holds
    the path and ``"extracted_from": "html"``. See :func:`html_document`.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    encoding : str, default="utf-8"
        The file's encoding. With the default, a page that starts with a
        UTF-16 or UTF-32 byte-order mark is read in that encoding (with a
        warning), and a page that is not valid UTF-8 but declares its charset
        (``<meta charset="windows-1252">``) is read in the charset it
        declares.

    Returns
    -------
    Document

    Raises
    ------
    InvalidParameterError
        If ``encoding`` is not a text encoding Python can decode with.
    InvalidInputError
        If the file cannot be read.
    InputDecodeError
        If the file is not valid in ``encoding`` (nor in the charset it declares).

    Warns
    -----
    SummarizeWarning
        When the page declares a charset Python cannot decode with (it is
        ignored), or when some of its text is not used (see
        ``html_to_text``).

    Examples
    --------
    >>> import pathlib, tempfile, summarize
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "gazette.html"
    >>> _ = page.write_text("<h1>Farm opens</h1><p>It opened today.</p>", encoding="utf-8")
    >>> doc = summarize.read_html(page)
    >>> doc.id, doc.title, doc.text
    ('gazette', 'Farm opens', 'Farm opens\\n\\nIt opened today.')
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(
            f"read_html takes a file's path (a str or a Path). Got {type(path).__name__} instead."
        )
    path = Path(path)
    encoding = check_encoding(encoding, owner="read_html")
    data = read_bytes(path)
    utf8 = is_utf8(encoding)
    if utf8 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    where = f"The file {str(path)!r}"
    if utf8 and data.startswith(_WIDE_MARKS):
        # A UTF-16 or UTF-32 byte-order mark says how the page is written, whatever it
        # declares (as browsers read it): read as read_article reads such a file.
        return _document_of(decode_file(data, encoding, where), path, where)
    check_not_narrow(data, encoding, where)
    try:
        markup = data.decode(encoding)
        warn_if_utf8(data, encoding, where)
    except UnicodeDecodeError:
        declared = _declared_charset(data, where) if utf8 else None
        # Without a usable declared charset, raises the library's error.
        markup = decode_bytes(data, declared or encoding, where)
    return _document_of(markup, path, where)


def _document_of(markup: str, path: Path, where: str) -> Document:
    """:func:`html_document` of a file's page, its warnings naming the file (a folder of
    pages warns about one of them)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document = html_document(markup, id=path.stem, metadata={"path": str(path)})
    for warning in caught:
        warnings.warn(f"{where}: {warning.message}", warning.category, stacklevel=3)
    return document
