"""JSON output: :meth:`summarize.Summary.to_dict` plus notes, and the JSON Schema it follows.

The layout is versioned (``schema_version``); :data:`SCHEMA` is its JSON
Schema (draft 2020-12), published on the output page of the docs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..results import SCHEMA_VERSION, dumps_json
from ..validation import check_count
from .text import check_summary, html_notes

if TYPE_CHECKING:
    from ..results import Summary

__all__ = ["SCHEMA", "SCHEMA_VERSION", "format_json", "summary_data"]

_SPAN = {"type": "integer", "minimum": 0}
_NULLABLE_STR = {"type": ["string", "null"]}

_SUPPORT = {
    "type": "object",
    "required": [
        "document_id",
        "document_index",
        "sentence_index",
        "start",
        "end",
        "text",
        "similarity",
    ],
    "properties": {
        "document_id": {"type": "string"},
        "document_index": _SPAN,
        "sentence_index": _SPAN,
        "start": _SPAN,
        "end": _SPAN,
        "text": {"type": "string"},
        "similarity": {"type": "number", "minimum": 0, "maximum": 1},
    },
}
_READING = {
    "type": "object",
    "required": [
        "value",
        "normalized",
        "document_id",
        "document_index",
        "sentence_index",
        "start",
        "end",
        "value_start",
        "value_end",
        "text",
    ],
    "properties": {
        "value": {"type": "string"},
        "normalized": {"type": "string"},
        "document_id": {"type": "string"},
        "document_index": _SPAN,
        "sentence_index": _SPAN,
        "start": _SPAN,
        "end": _SPAN,
        "value_start": _SPAN,
        "value_end": _SPAN,
        "text": {"type": "string"},
    },
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"https://summarize.readthedocs.io/schema/summary-{SCHEMA_VERSION}.json",
    "title": "summarize summary",
    "type": "object",
    "required": ["schema_version", "text", "sentences", "documents", "settings", "disagreements"],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "text": {"type": "string"},
        "sentences": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "text",
                    "document_id",
                    "document_index",
                    "sentence_index",
                    "start",
                    "end",
                    "score",
                    "rank",
                    "supporting",
                    "support",
                ],
                "properties": {
                    "text": {"type": "string"},
                    "document_id": {"type": "string"},
                    "document_index": _SPAN,
                    "sentence_index": _SPAN,
                    "start": _SPAN,
                    "end": _SPAN,
                    "score": {"type": "number"},
                    "rank": {"type": "integer", "minimum": 1},
                    "supporting": {"type": "array", "items": {"type": "string"}},
                    "support": {"type": "array", "items": _SUPPORT},
                },
            },
        },
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "title",
                    "metadata",
                    "outlet",
                    "url",
                    "date",
                    "author",
                    "language",
                ],
                "properties": {
                    "id": {"type": "string"},
                    "title": _NULLABLE_STR,
                    "metadata": {"type": "object"},
                    "outlet": _NULLABLE_STR,
                    "url": _NULLABLE_STR,
                    "date": _NULLABLE_STR,
                    "author": _NULLABLE_STR,
                    "language": _NULLABLE_STR,
                    "text": {"type": "string"},
                },
            },
        },
        "settings": {"type": "object"},
        "disagreements": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["rank", "kind", "about", "values", "readings"],
                "properties": {
                    "rank": {"type": "integer", "minimum": 1},
                    "kind": {"enum": ["amount", "percent", "count", "date", "year", "name"]},
                    "about": {"type": "array", "items": {"type": "string"}},
                    "values": {"type": "array", "items": {"type": "string"}, "minItems": 2},
                    "readings": {"type": "array", "items": _READING, "minItems": 2},
                },
            },
        },
        "notes": {"type": "array", "items": {"type": "string"}},
    },
}
"""The JSON Schema of :func:`summarize.outputs.summary_data` (and of :meth:`summarize.Summary.to_dict`, without notes)."""


def summary_data(summary: Summary, *, include_text: bool = False) -> dict[str, Any]:
    """:meth:`summarize.Summary.to_dict` plus ``"notes"``, such as which articles were HTML.

    Parameters
    ----------
    summary : Summary
        What :func:`summarize.summarize` returned.
    include_text : bool, default=False
        Also include each document's full text.

    Returns
    -------
    dict
        Laid out as :data:`summarize.outputs.json.SCHEMA` describes.

    Raises
    ------
    InputTypeError
        If ``summary`` is not a :class:`~summarize.Summary`.

    Examples
    --------
    >>> import summarize
    >>> data = summary_data(summarize.summarize(["Rain fell. The river rose."]))
    >>> sorted(data)
    ['disagreements', 'documents', 'notes', 'schema_version', 'sentences', 'settings', 'text']
    """
    check_summary("summary_data", summary)
    data = summary.to_dict(include_text=include_text)
    data["notes"] = html_notes(summary)
    return data


def format_json(summary: Summary, *, include_text: bool = False, indent: int | None = 2) -> str:
    """:func:`summary_data` as a JSON string, non-ASCII kept as is.

    Parameters
    ----------
    summary : Summary
        What :func:`summarize.summarize` returned.
    include_text : bool, default=False
        Also include each document's full text.
    indent : int or None, default=2
        Spaces to indent each level by; None writes one line.

    Returns
    -------
    str
        Always valid JSON.

    Raises
    ------
    InputTypeError
        If ``summary`` is not a :class:`~summarize.Summary`.
    InvalidParameterError
        If ``indent`` is not a whole number of at least 0 or None (a string
        such as ``"x"`` would make :func:`json.dumps` write invalid JSON).
    InvalidInputError
        If the summary holds a value JSON cannot represent (see
        :meth:`summarize.Summary.to_json`).

    Examples
    --------
    >>> import summarize
    >>> format_json(summarize.summarize(["Rain fell."]), indent=None)[:26]
    '{"schema_version": "2.0", '
    """
    check_summary("format_json", summary)
    indent = check_count("format_json", "indent", indent, low=0, optional=True)
    return dumps_json(summary_data(summary, include_text=include_text), indent=indent)
