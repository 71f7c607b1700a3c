"""Loading articles from files and web pages.

The only layer of the library that reads files: text files (with one decoding
rule for UTF-8, byte-order marks and Windows-1252), folders of them, HTML pages
(the story's text extracted) and the built-in sample articles:

>>> import summarize.io
>>> [d.id for d in summarize.io.sample_articles()]
['coast-radio', 'harbor-gazette', 'tech-weekly', 'valley-news']
"""

from typing import TYPE_CHECKING, Any

from .files import TEXT_SUFFIXES, read_article, read_folder, sample_articles, sample_folder

if TYPE_CHECKING:
    from .html import HTML_SUFFIXES, html_document, html_metadata, html_to_text, read_html

_HTML_NAMES = ("HTML_SUFFIXES", "html_document", "html_metadata", "html_to_text", "read_html")


def __getattr__(name: str) -> Any:
    """The HTML reader's names, imported on first use (lxml takes a while to load)."""
    if name not in _HTML_NAMES:
        raise AttributeError(f"module 'summarize.io' has no attribute {name!r}")
    from . import html

    return getattr(html, name)


__all__ = [
    "read_article",
    "read_folder",
    "read_html",
    "html_document",
    "html_to_text",
    "html_metadata",
    "sample_articles",
    "sample_folder",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
]
