"""The HTML report: a summary with every sentence linked to its place in its article.

One self-contained page (inline CSS, no script, no external resource): the
summary first, each sentence a link to the same sentence highlighted in its
article; then every article in full, its chosen sentences highlighted and
numbered, its headline and page furniture greyed out. Everything taken from
the input is HTML-escaped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from html import escape

from ..documents import Document
from ..exceptions import InputTypeError, SummarizeError
from ..languages import get as get_language
from ..results import Summary
from ..segmentation import Sentence, split_sentences
from ..validation import check_optional_text, check_text
from .text import (
    BIDI_CONTROL,
    article_names,
    check_summary,
    describe_disagreement,
    isolate,
    needs_isolation,
)

__all__ = ["render_html", "render_html_batch", "render_fragment"]

_CSS = """
:root {
  --ink: #1d2129; --muted: #6b7280; --grey: #9aa0a8; --line: #e3e6ea; --paper: #ffffff;
  --panel: #f6f7f9; --mark: #fff1a8; --mark-edge: #e8c93a; --accent: #1f5fbf; --note: #eef4ff;
  --support: #e3f0ff; --support-edge: #9cc3f0; --warn: #b3261e; --warn-bg: #fdf0ee;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e8eb; --muted: #a3a9b3; --grey: #7d848e; --line: #30353d; --paper: #15181d;
    --panel: #1d2127; --mark: #5a4b0f; --mark-edge: #b8962a; --accent: #7fb0ff; --note: #1b2636;
    --support: #1c3350; --support-edge: #3f6ea5; --warn: #ff8a80; --warn-bg: #3a1f1c;
  }
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .35rem; }
.section-title {
  font-size: 1.3rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem;
  border-bottom: 1px solid var(--line);
}
.topic-title { font-size: 1.6rem; margin: 0 0 .35rem; }
.doc-title { font-size: 1.1rem; margin: 0 0 .2rem; }
a { color: var(--accent); }
.meta, .doc-meta { color: var(--muted); font-size: .9rem; margin: 0; }
.notice {
  background: var(--note); border-left: 4px solid var(--accent); padding: .7rem 1rem;
  margin: 1.25rem 0 0; font-size: .92rem; border-radius: 0 6px 6px 0;
}
.summary ol { padding-left: 1.6rem; margin: 0; }
.summary li { margin: 0 0 1rem; padding-left: .25rem; }
.summary li::marker { color: var(--muted); font-weight: 600; }
.summary .sentence {
  color: var(--ink); font-size: 1.06rem; text-decoration: underline;
  text-decoration-color: var(--line); text-underline-offset: 4px;
}
.summary .sentence:hover { text-decoration: underline; text-decoration-color: var(--mark-edge); }
.cite { display: block; color: var(--muted); font-size: .85rem; margin-top: .15rem; }
.cite a { color: var(--muted); }
.support {
  display: inline-block; background: var(--panel); border: 1px solid var(--line);
  border-radius: 999px; padding: 0 .55rem; margin-left: .35rem; font-size: .78rem;
}
.empty { color: var(--muted); font-style: italic; }
.toc { columns: 2; font-size: .92rem; padding-left: 1.2rem; margin: 0 0 1.5rem; }
.doc {
  border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.3rem;
  margin: 0 0 1.5rem; background: var(--paper);
}
.doc > header {
  margin-bottom: .8rem; padding-bottom: .6rem; border-bottom: 1px dashed var(--line);
}
.text { font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-size: 1.02rem; }
.text p { margin: 0 0 .75rem; }
.text p:last-child { margin-bottom: 0; }
.headline, .furniture { color: var(--grey); }
.headline { font-weight: 600; }
.furniture { font-size: .92em; }
mark {
  background: var(--mark); color: inherit; padding: .05em .1em; border-radius: 3px;
  box-shadow: inset 0 -2px 0 var(--mark-edge);
}
sup a {
  padding-left: .25em; text-decoration: none; font-family: system-ui, sans-serif;
  font-size: .75rem; font-weight: 600;
}
[id] { scroll-margin-top: 1.5rem; }
mark:target, span:target, li:target {
  outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 3px;
}
.legend { font-size: .85rem; color: var(--muted); margin: 0 0 1rem; }
.legend mark { box-shadow: none; }
.topic + .topic { margin-top: 4rem; padding-top: 1rem; border-top: 3px double var(--line); }
footer.page { margin-top: 3rem; color: var(--muted); font-size: .8rem; text-align: center; }
.also { display: block; color: var(--muted); font-size: .85rem; margin-top: .15rem; }
.also a { color: var(--muted); }
.dispute {
  display: block; margin: .45rem 0 0; padding: .45rem .7rem; font-size: .88rem;
  background: var(--warn-bg); border-left: 4px solid var(--warn); border-radius: 0 6px 6px 0;
}
.dispute strong { color: var(--warn); }
.dispute a { color: inherit; }
span.supports {
  background: var(--support); border-radius: 3px; padding: .05em .1em;
  box-shadow: inset 0 -2px 0 var(--support-edge);
}
.disputed {
  text-decoration: underline wavy var(--warn); text-decoration-thickness: 1.5px;
  text-underline-offset: 3px; font-weight: 600;
}
sup.also-ref a { color: var(--muted); font-weight: 500; }
sup.dispute-ref a { color: var(--warn); font-weight: 600; }
.doc-meta a { color: var(--muted); overflow-wrap: anywhere; }
.doc-title .outlet { color: var(--muted); font-weight: 500; }
body { overflow-wrap: break-word; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  main { padding: 1.25rem .8rem 3rem; }
  h1 { font-size: 1.45rem; }
  .doc { padding: .8rem .85rem; border-radius: 8px; }
  .summary ol { padding-left: 1.3rem; }
  .toc { columns: 1; }
  sup a { padding: 0 .3em; }
}
@media print {
  :root {
    --ink: #000; --muted: #444; --grey: #777; --line: #bbb; --paper: #fff; --panel: #fff;
    --mark: #fff1a8; --support: #dcefff; --warn-bg: #fff; --accent: #000;
  }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  html { scroll-behavior: auto; }
  .summary .sentence { text-decoration: none; }
  .doc { border-color: #bbb; }
  .doc > header { break-after: avoid; }
  .text p { orphans: 3; widows: 3; }
  .summary li, .dispute { break-inside: avoid; }
  .section-title { break-after: avoid; }
  .articles { break-before: page; }
  a[href^="http"]:not(.url)::after { content: " <" attr(href) ">"; font-size: .8em; color: #444; }
  mark:target, span:target, li:target { outline: none; }
}
"""


def _budget(summary: Summary) -> str:
    budget = summary.budget
    if budget is None:
        return "not recorded"
    parts = []
    for value, unit in (
        (budget.max_words, "words"),
        (budget.max_sentences, "sentences"),
        (budget.max_chars, "characters"),
    ):
        if value is not None:
            parts.append(f"{value} {unit}")
    return ", ".join(parts)


def _pieces(summary: Summary, document: int) -> list[Sentence]:
    """The pieces of a document as the summariser saw them; split again only when not kept."""
    if summary.segmentation is not None:
        return summary.segmentation.pieces(document)
    language = str(summary.settings.get("language", "english"))
    return split_sentences(summary.documents[document].text, language=language)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _bdi(value: str) -> str:
    """``value`` HTML-escaped, in a ``<bdi>`` when it holds right-to-left text or a
    bidirectional control: so that it cannot reorder what follows it."""
    text = escape(value)
    return f"<bdi>{text}</bdi>" if needs_isolation(value) else text


def _label(document: Document, name: str) -> str:
    """``Name, "Title"`` in HTML, each part isolated when it needs it (see :func:`_bdi`)."""
    label = _bdi(name)
    return f"{label}, &quot;{_bdi(document.title)}&quot;" if document.title else label


def _cite(document: Document, label: str) -> str:
    """The article's name (``label``, HTML), linked to its URL when it has one."""
    if document.url and document.url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(document.url)}" rel="noopener">{label}</a>'
    return label


# ISO 639 codes of the languages written right to left.
_RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi"}
)


def _script(document: Document) -> tuple[str | None, str]:
    """The article's language code (None when unknown) and direction, ``"ltr"`` or ``"rtl"``.

    The direction is the language's; for a language written left to right (or
    none), ``"rtl"`` when most of the first letters of the text are of a
    right-to-left script (a Hebrew article read as English).
    """
    code = None
    if isinstance(document.language, str):
        try:
            code = get_language(document.language).code
        except SummarizeError:
            code = None
    if code in _RTL_LANGUAGES:
        return code, "rtl"
    sample = document.text[:4000]
    if not needs_isolation(sample):
        return code, "ltr"
    right = left = 0
    for c in sample:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            right += 1
        elif kind == "L":
            left += 1
    return code, "rtl" if right > left else "ltr"


def _lang(script: tuple[str | None, str], text: str = "") -> str:
    """The ``lang`` (when not English) and ``dir`` attributes of an element holding
    ``text`` of an article written ``script``: ``dir`` when right to left, or when
    the text holds a bidirectional control (see :func:`_isolating`)."""
    code, direction = script
    attributes = f' lang="{escape(code)}"' if code and code != "en" else ""
    if direction == "rtl":
        return attributes + ' dir="rtl"'
    return attributes + _isolating(script, text)


def _isolating(script: tuple[str | None, str], text: str) -> str:
    """``dir`` for an element holding ``text`` of an article written ``script``.

    Set when the text holds a bidirectional control, so that the element
    isolates it (an override closes at its end) and lays it out in the
    article's direction; else nothing, the element inheriting the direction.
    """
    if text.isascii() or not BIDI_CONTROL.search(text):
        return ""
    return f' dir="{script[1]}"'


def _with_values(piece: Sentence, disputed: list[tuple[int, int, str]]) -> str:
    """A piece's escaped text, the disputed values in it wrapped in a marked span."""
    out, at = [], piece.start
    for start, end, note in sorted(disputed):
        if start < at or end > piece.end:
            continue
        out.append(escape(piece.text[at - piece.start : start - piece.start]))
        value = escape(piece.text[start - piece.start : end - piece.start])
        out.append(f'<span class="disputed" title="{escape(note)}">{value}</span>')
        at = end
    out.append(escape(piece.text[at - piece.start :]))
    return "".join(out)


def _topic(summary: Summary, prefix: str, heading: str | None, level: int) -> list[str]:
    """The HTML of one summary and its articles; every id starts with ``prefix``."""
    e = escape
    settings = dict(summary.settings)
    documents = summary.documents
    names = article_names(documents)
    scripts = [_script(document) for document in documents]
    # (document index, sentence index) -> position in the summary, from 1.
    chosen = {(s.document_index, s.sentence_index): n for n, s in enumerate(summary.sentences, 1)}
    # (document index, sentence index) -> positions of the summary sentences it supports.
    supports: dict[tuple[int, int], list[int]] = {}
    for n, s in enumerate(summary.sentences, 1):
        for x in s.support:
            supports.setdefault((x.document_index, x.sentence_index), []).append(n)
    # document index -> (value start, value end, note) of every disputed value in it.
    disputed: dict[int, list[tuple[int, int, str]]] = {}
    # (document index, sentence index) -> (position in the summary, note) of each dispute
    # one of its values is part of, for a link back to the summary sentence it concerns.
    position = {s.rank: n for n, s in enumerate(summary.sentences, 1)}
    disputing: dict[tuple[int, int], dict[int, str]] = {}
    for dispute in summary.disagreements:
        note = f"outlets disagree: {describe_disagreement(dispute, names, isolate)}"
        for r in dispute.readings:
            disputed.setdefault(r.document_index, []).append((r.value_start, r.value_end, note))
            if dispute.rank in position:
                at = disputing.setdefault((r.document_index, r.sentence_index), {})
                at.setdefault(position[dispute.rank], note)
    words = sum(len(s.text.split()) for s in summary.sentences)
    h, sub = f"h{level}", f"h{level + 1}"
    out: list[str] = []
    if heading is not None:
        css = ' class="topic-title"' if level > 1 else ""
        out.append(f'<{h}{css} id="{prefix}top">{_bdi(heading)}</{h}>')
    out.append(
        f'<p class="meta">{_plural(len(documents), "article")} · '
        f"{_plural(len(summary.sentences), 'sentence')} · {_plural(words, 'word')} · "
        f"budget {e(_budget(summary))} · order: {e(str(settings.get('order', 'rank')))}</p>"
    )
    query = settings.get("query")
    if isinstance(query, str):
        # A query-focused summary answers a question: the reader sees which one.
        out.append(f'<p class="query"><strong>Question:</strong> {_bdi(query)}</p>')
    html_docs = [d for d in documents if d.metadata.get("extracted_from") == "html"]
    if html_docs:
        extracted = ", ".join(_bdi(d.id) for d in html_docs)
        out.append(
            f'<p class="notice"><strong>Extracted from HTML:</strong> {extracted}. Only the '
            "readable text of these pages was kept (scripts, navigation, headers and footers "
            "dropped); the character offsets index that extracted text, shown below.</p>"
        )

    out.append(f'<section class="summary" id="{prefix}summary">')
    out.append(f'<{sub} class="section-title">Summary</{sub}>')
    if summary.sentences:
        out.append("<ol>")
        for n, s in enumerate(summary.sentences, 1):
            target = f"{prefix}doc-{s.document_index}-s-{s.sentence_index}"
            document = documents[s.document_index]
            support = ""
            if s.supporting:
                others = ", ".join(e(isolate(names[x.document_index])) for x in s.support)
                support = (
                    f'<span class="support" title="also reported by {others}">'
                    f"reported by {len(s.supporting) + 1} outlets</span>"
                )
            source = (
                f"{_cite(document, _label(document, names[s.document_index]))} · "
                f'<a href="#{prefix}doc-{s.document_index}">'
                f"characters {s.start}–{s.end}</a>"
            )
            also = ""
            if s.support:
                links = ", ".join(
                    f'<a href="#{prefix}doc-{x.document_index}-s-{x.sentence_index}">'
                    f"{_bdi(names[x.document_index])}</a>"
                    for x in s.support
                )
                also = f'<span class="also">Also reported by {links}</span>'
            disputes = []
            for dispute in summary.disagreements:
                if dispute.rank != s.rank:
                    continue
                values = []
                for value, readings in dispute.by_value():
                    givers = list(
                        dict.fromkeys(
                            f'<a href="#{prefix}doc-{r.document_index}-s-{r.sentence_index}">'
                            f"{_bdi(names[r.document_index])}</a>"
                            for r in readings
                        )
                    )
                    values.append(f"<strong>{_bdi(value)}</strong> ({', '.join(givers)})")
                disputes.append(
                    f'<span class="dispute"><strong>Outlets disagree</strong> on this '
                    f"{e(_KIND_WORDS.get(dispute.kind, dispute.kind))}: "
                    f"{' vs '.join(values)}</span>"
                )
            script = scripts[s.document_index]
            direction = _lang(script, s.text)
            out.append(
                f'<li id="{prefix}summary-{n}">'
                f'<a class="sentence"{direction} href="#{target}">{e(s.text)}</a>'
                f'<span class="cite">{source}{support}</span>{also}{"".join(disputes)}</li>'
            )
        out.append("</ol>")
    else:
        out.append('<p class="empty">No sentence fits the budget.</p>')
    out.append("</section>")

    out.append(f'<section class="articles" id="{prefix}articles">')
    out.append(f'<{sub} class="section-title">Articles</{sub}>')
    out.append(
        '<p class="legend"><mark>Highlighted</mark> sentences are in the summary (the number '
        'links back to it); <span class="supports">blue</span> sentences report the same fact '
        'as a summary sentence; <span class="disputed">underlined</span> values are disputed '
        "between outlets (≠ links to the summary sentence they concern); "
        '<span class="headline">headlines</span> and '
        '<span class="furniture">page furniture</span> are greyed out: they are never '
        "summarised.</p>"
    )
    for d, document in enumerate(documents):
        picked = sum(1 for (doc, _) in chosen if doc == d)
        details = [_plural(picked, "sentence") + " in the summary"]
        byline = [x for x in (document.author, document.date) if x]
        if byline:
            details.insert(0, " · ".join(_bdi(x) for x in byline))
        if document.url and document.url.lower().startswith(("http://", "https://")):
            details.append(
                f'<a class="url" href="{e(document.url)}" rel="noopener">{_bdi(document.url)}</a>'
            )
        path = document.metadata.get("path")
        if path:
            details.append(f"<code>{_bdi(str(path))}</code>")
        if document.metadata.get("extracted_from") == "html":
            details.append("text extracted from HTML")
        if document.outlet or document.title:
            name = f'<span class="outlet">{_bdi(document.source)}</span>'
            if document.title:
                name += f" · “{_bdi(document.title)}”"
        else:
            name = _bdi(document.id)
        if document.outlet and document.id != document.outlet:
            details.append(f"id <code>{_bdi(document.id)}</code>")
        h3 = f"h{level + 2}"
        script = scripts[d]
        out.append(
            f'<article class="doc" id="{prefix}doc-{d}"><header>'
            f'<{h3} class="doc-title">{name}</{h3}>'
            f'<p class="doc-meta">{" · ".join(details)}</p></header>'
            f'<div class="text"{_lang(script)}><p>'
        )
        text = document.text
        previous_end = None
        spans = disputed.get(d, [])
        for i, piece in enumerate(_pieces(summary, d)):
            if previous_end is not None:
                gap = text[previous_end : piece.start]
                out.append("</p><p>" if ("\n" in gap or "\r" in gap) else " ")
            previous_end = piece.end
            anchor = f"{prefix}doc-{d}-s-{i}"
            number = chosen.get((d, i))
            body = _with_values(piece, spans) if spans else e(piece.text)
            isolated = _isolating(script, piece.text)
            refs = ",".join(
                f'<a href="#{prefix}summary-{k}" title="reports the fact of sentence {k} '
                f'of the summary">≈{k}</a>'
                for k in supports.get((d, i), [])
            )
            also_ref = f'<sup class="also-ref">{refs}</sup>' if refs else ""
            if number is not None:
                # A summary sentence that also reports another's fact: its number, then ≈.
                back = f'href="#{prefix}summary-{number}" title="sentence {number} of the summary"'
                out.append(
                    f'<mark id="{anchor}"{isolated}>{body}</mark>'
                    f"<sup><a {back}>{number}</a></sup>{also_ref}"
                )
            elif refs:
                out.append(
                    f'<span id="{anchor}" class="supports"{isolated}>{body}</span>{also_ref}'
                )
            elif piece.kind == "sentence":
                out.append(f'<span id="{anchor}"{isolated}>{body}</span>')
            else:
                out.append(
                    f'<span id="{anchor}" class="{piece.kind}" title="{piece.kind}: never '
                    f'summarised"{isolated}>{body}</span>'
                )
            against = {k: v for k, v in disputing.get((d, i), {}).items() if k != number}
            if against:
                refs = ",".join(
                    f'<a href="#{prefix}summary-{k}" title="{e(note)} (sentence {k} of the '
                    f'summary)">≠{k}</a>'
                    for k, note in sorted(against.items())
                )
                out.append(f'<sup class="dispute-ref">{refs}</sup>')
        out.append("</p></div></article>")
    out.append("</section>")
    return out


_KIND_WORDS = {
    "amount": "amount",
    "percent": "percentage",
    "count": "number",
    "date": "date",
    "year": "year",
    "name": "name",
}


_NOT_IN_HTML = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
"""What no HTML page may hold: controls but ASCII white space, lone surrogates and
noncharacters. A page shows each as its escape (``\\x00``, ``\\ud800``); the article
keeps it."""


def _html_text(page: str) -> str:
    """``page`` with what HTML may not hold (:data:`_NOT_IN_HTML`) as visible escapes."""
    return _NOT_IN_HTML.sub(
        lambda found: (
            f"\\x{ord(found.group()):02x}"
            if ord(found.group()) < 0x100
            else f"\\u{ord(found.group()):04x}"
        ),
        page,
    )


def _page(title: str, body: Sequence[str]) -> str:
    return _html_text(
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                '<head><meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{escape(isolate(title))}</title>",
                f"<style>{_CSS}</style>",
                "</head>",
                "<body><main>",
                *body,
                '<footer class="page">Made by <code>summarize</code>: every sentence is taken '
                "verbatim from its article.</footer>",
                "</main></body>",
                "</html>",
                "",
            ]
        )
    )


def render_html(summary: Summary, *, title: str | None = None) -> str:
    """Render a summary as one self-contained HTML page.

    The page holds the summary, each sentence linked to its place in its
    article (anchors ``#doc-{document_index}-s-{sentence_index}``), then every
    article in full with its chosen sentences highlighted and its headline and
    page furniture greyed out. It needs no script and no external resource;
    everything from the input is HTML-escaped. A name, title, id or value
    that holds right-to-left text or a bidirectional control is isolated in a
    ``<bdi>``, so that it cannot reorder the text after it; an article's
    text, and its sentences in the summary, carry its language (``lang``,
    when not English) and direction (``dir="rtl"`` for Arabic or Hebrew).

    Parameters
    ----------
    summary : Summary
        What :func:`summarize.summarize` returned.
    title : str or None, default=None
        The page's heading; by default "Summary of N articles".

    Returns
    -------
    str
        The page, to write to a ``.html`` file (UTF-8).

    Raises
    ------
    InputTypeError
        If ``summary`` is not a :class:`~summarize.Summary`, or ``title`` is
        not a ``str`` or None.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(summarize.sample_articles(), max_sentences=2)
    >>> page = summarize.render_html(summary, title="Lakeport <solar>")
    >>> page.startswith("<!DOCTYPE html>"), "<h1 id=\\"top\\">Lakeport &lt;solar&gt;</h1>" in page
    (True, True)
    >>> s = summary.sentences[0]
    >>> f'href="#doc-{s.document_index}-s-{s.sentence_index}"' in page
    True
    """
    check_summary("render_html", summary)
    check_optional_text("render_html", "title", title)
    heading = (
        title if title is not None else f"Summary of {_plural(len(summary.documents), 'article')}"
    )
    return _page(heading, _topic(summary, "", heading, 1))


def render_html_batch(topics: Sequence[tuple[str, Summary]], *, title: str = "Summaries") -> str:
    """Render several topics' summaries on one page, with a table of contents.

    Anchors are prefixed by the topic's position: ``#topic-2-doc-3-s-12``.

    Parameters
    ----------
    topics : sequence of (str, Summary)
        Each topic's name and summary, in the order of the page.
    title : str, default="Summaries"
        The page's heading.

    Returns
    -------
    str
        The page, to write to a ``.html`` file (UTF-8).

    Raises
    ------
    InputTypeError
        If ``topics`` is not a sequence of ``(name, summary)`` pairs, a name
        not a ``str``, a summary not a :class:`~summarize.Summary`, or
        ``title`` not a ``str``.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["The river rose fast today."])
    >>> page = render_html_batch([("Floods", summary)], title="Today")
    >>> 'href="#topic-1-top">Floods</a>' in page, 'id="topic-1-doc-0-s-0"' in page
    (True, True)
    """
    check_text("render_html_batch", "title", title)
    topics = _topics(topics)
    body = [f"<h1>{_bdi(title)}</h1>", f'<p class="meta">{_plural(len(topics), "topic")}</p>']
    body.append('<ol class="toc">')
    for k, (name, _) in enumerate(topics, 1):
        body.append(f'<li><a href="#topic-{k}-top">{_bdi(name)}</a></li>')
    body.append("</ol>")
    for k, (name, summary) in enumerate(topics, 1):
        body.append(f'<section class="topic" id="topic-{k}">')
        body.extend(_topic(summary, f"topic-{k}-", name, 2))
        body.append("</section>")
    return _page(title, body)


def _topics(topics: object) -> list[tuple[str, Summary]]:
    """The ``topics`` of :func:`render_html_batch` as a list; an error for a wrong one."""
    expected = "The 'topics' parameter of render_html_batch must be a sequence of (name, Summary)"
    if isinstance(topics, (str, bytes, bytearray, Mapping)) or not isinstance(topics, Iterable):
        raise InputTypeError(f"{expected} pairs. Got {type(topics).__name__} instead.")
    pairs = []
    for k, pair in enumerate(topics):
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise InputTypeError(
                f"{expected} pairs. Got {type(pair).__name__} at position {k} instead."
            )
        name, summary = pair
        if not isinstance(name, str) or not isinstance(summary, Summary):
            raise InputTypeError(
                f"{expected} pairs. Got ({type(name).__name__}, {type(summary).__name__}) "
                f"at position {k} instead."
            )
        pairs.append((name, summary))
    return pairs


_FRAGMENT_CSS = """
.summarize-summary ol { padding-left: 1.6rem; }
.summarize-summary li { margin: 0 0 .7rem; }
.summarize-summary .cite, .summarize-summary .also {
  display: block; font-size: .85em; opacity: .75;
}
.summarize-summary .dispute { display: block; font-size: .88em; border-left: 3px solid #b3261e;
  padding-left: .5rem; margin-top: .25rem; }
.summarize-summary .support { font-size: .8em; margin-left: .4rem; opacity: .75; }
"""


def render_fragment(summary: Summary) -> str:
    """The summary alone as an HTML fragment (no page, no articles): for Jupyter.

    Each sentence with its citation, the outlets that also report it, and
    any disagreement. :meth:`Summary._repr_html_` returns it. Values from
    the input are escaped, and isolated as in :func:`render_html`.

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
    >>> html = render_fragment(summarize.summarize(["The river rose <fast>."]))
    >>> html.startswith('<div class="summarize-summary">'), "&lt;fast&gt;" in html
    (True, True)
    """
    check_summary("render_fragment", summary)
    documents = summary.documents
    names = article_names(documents)
    scripts = [_script(document) for document in documents]
    out = ['<div class="summarize-summary">', f"<style>{_FRAGMENT_CSS}</style>"]
    if not summary.sentences:
        out.append("<p><em>No sentence fits the budget.</em></p>")
    else:
        out.append("<ol>")
        for s in summary.sentences:
            document = documents[s.document_index]
            label = _label(document, names[s.document_index])
            cite = f"{_cite(document, label)}, characters {s.start}–{s.end}"
            script = scripts[s.document_index]
            text = escape(s.text)
            direction = _lang(script, s.text)
            if direction:
                text = f"<span{direction}>{text}</span>"
            item = f'<li>{text}<span class="cite">{cite}</span>'
            if s.support:
                also = ", ".join(
                    f"{_cite(documents[x.document_index], _bdi(names[x.document_index]))}"
                    f" ({x.start}–{x.end})"
                    for x in s.support
                )
                item += f'<span class="also">Also reported by {also}</span>'
            for d in summary.disagreements:
                if d.rank == s.rank:
                    item += (
                        '<span class="dispute"><strong>Outlets disagree:</strong> '
                        f"{describe_disagreement(d, names, _bdi)}</span>"
                    )
            out.append(item + "</li>")
        out.append("</ol>")
    out.append("</div>")
    return _html_text("\n".join(out))
