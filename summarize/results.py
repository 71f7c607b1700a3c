"""Results: immutable summaries whose every sentence says where it came from."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .documents import Document
from .exceptions import InvalidInputError, InvalidParameterError
from .validation import check_count

if TYPE_CHECKING:
    from .segmentation import Segmentation
    from .selectors import Budget

__all__ = [
    "ScoredSentence",
    "SummarySentence",
    "Summary",
    "Support",
    "Reading",
    "Disagreement",
    "dumps_json",
]

SCHEMA_VERSION = "2.0"
"""The version of the JSON layout of :meth:`Summary.to_dict` (see the output page)."""


@dataclass(frozen=True)
class Support:
    """Another article's sentence that reports the same fact as a summary sentence.

    Attributes
    ----------
    document_id : str
        The id of the other article.
    document_index : int
        Its position in the input.
    sentence_index : int
        The sentence's position among the article's pieces.
    start, end : int
        The sentence's span: ``documents[document_index].text[start:end] == text``.
    text : str
        The sentence.
    similarity : float
        How closely it matches, in [0, 1] (see ``summarize.corroboration``).

    Examples
    --------
    >>> Support("b", 1, 2, 10, 25, "The river rose.", 0.8).to_dict()["start"]
    10
    """

    document_id: str
    document_index: int
    sentence_index: int
    start: int
    end: int
    text: str
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        """Return the support as plain JSON-serialisable data."""
        return asdict(self)


@dataclass(frozen=True)
class Reading:
    """One value of a disputed fact, as one article gives it.

    Attributes
    ----------
    value : str
        The value as written (``"$240 billion"``): exactly
        ``documents[document_index].text[value_start:value_end]``.
    normalized : str
        The value in a comparable form (``"240000000000 USD"``, ``"2023"``).
    document_id : str
        The article's id.
    document_index : int
        Its position in the input.
    sentence_index : int
        The sentence's position among the article's pieces.
    start, end : int
        The span of the sentence that gives the value.
    value_start, value_end : int
        The span of the value itself.
    text : str
        The sentence.
    """

    value: str
    normalized: str
    document_id: str
    document_index: int
    sentence_index: int
    start: int
    end: int
    value_start: int
    value_end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the reading as plain JSON-serialisable data."""
        return asdict(self)


@dataclass(frozen=True)
class Disagreement:
    """A fact on which the articles give different values (numbers, dates, names).

    Attributes
    ----------
    rank : int
        The rank of the summary sentence the fact belongs to.
    kind : str
        What differs: ``"amount"`` (money), ``"percent"``, ``"count"`` (a
        number of people or things: "12 people", "15 people"), ``"year"``,
        ``"date"`` or ``"name"``.
    about : tuple of str
        The words around the value that the readings share (stemmed), saying
        what the value is of.
    readings : tuple of Reading
        Every article's value, in article order; at least two distinct
        ``normalized`` values.

    Examples
    --------
    >>> r1 = Reading("$2 million", "2000000 USD", "a", 0, 1, 0, 20, 9, 19, "The cost: $2 million.")
    >>> r2 = Reading("$3 million", "3000000 USD", "b", 1, 1, 0, 20, 9, 19, "The cost: $3 million.")
    >>> Disagreement(1, "amount", ("cost",), (r1, r2)).values
    ('$2 million', '$3 million')
    """

    rank: int
    kind: str
    about: tuple[str, ...]
    readings: tuple[Reading, ...]

    @property
    def values(self) -> tuple[str, ...]:
        """The distinct values as written, in article order."""
        seen: dict[str, str] = {}
        for reading in self.readings:
            seen.setdefault(reading.normalized, reading.value)
        return tuple(seen.values())

    def by_value(self) -> list[tuple[str, tuple[Reading, ...]]]:
        """Each distinct value as first written, with the readings that give it.

        Examples
        --------
        >>> r = Reading("$2m", "2000000 USD", "a", 0, 1, 0, 9, 0, 3, "$2m cost.")
        >>> [(v, len(rs)) for v, rs in Disagreement(1, "amount", (), (r, r)).by_value()]
        [('$2m', 2)]
        """
        groups: dict[str, list[Reading]] = {}
        for reading in self.readings:
            groups.setdefault(reading.normalized, []).append(reading)
        return [(readings[0].value, tuple(readings)) for readings in groups.values()]

    def describe(self, documents: tuple[Document, ...] | None = None) -> str:
        """One line: each value and who gives it, e.g. ``$227.8 billion (a); $240 billion (b)``.

        Parameters
        ----------
        documents : tuple of Document or None
            When given, articles are named by outlet rather than id (and by
            ``Outlet (id)`` when several share the outlet).

        Raises
        ------
        InputTypeError
            If ``documents`` is not a sequence of :class:`Document`.
        InvalidParameterError
            If it does not hold the article of every reading (the summary's
            ``documents``).
        """
        from .outputs.text import article_names, checked_documents, describe_disagreement

        if documents is not None:
            documents = tuple(checked_documents("Disagreement.describe", documents))
            needed = max((r.document_index for r in self.readings), default=-1) + 1
            if len(documents) < needed:
                raise InvalidParameterError(
                    "The 'documents' parameter of Disagreement.describe must be the summary's "
                    f"documents (its readings index {needed} of them). Got {len(documents)}."
                )
            named: Mapping[int, str] | Sequence[str] = article_names(documents)
        else:
            named = {r.document_index: r.document_id for r in self.readings}
        return describe_disagreement(self, named, str)

    def to_dict(self) -> dict[str, Any]:
        """Return the disagreement as plain JSON-serialisable data."""
        return {
            "rank": self.rank,
            "kind": self.kind,
            "about": list(self.about),
            "values": list(self.values),
            "readings": [reading.to_dict() for reading in self.readings],
        }


@dataclass(frozen=True)
class ScoredSentence:
    """A candidate sentence with its score and provenance.

    Attributes
    ----------
    text : str
        Exactly ``documents[document_index].text[start:end]``.
    document_id : str
        The id of the article it comes from.
    document_index : int
        The article's position in the input.
    sentence_index : int
        Its position among all the pieces :func:`summarize.split_sentences`
        returns for the article (headline and furniture included).
    start, end : int
        Character offsets into the article's text.
    score : float
        How much of the topic the sentence carries, on its own:
        ``(coverage + centrality_weight * centrality + position_weight *
        lead) / words ** length_penalty``, where coverage is its share of the
        word pairs the articles agree on and centrality its LexRank score
        relative to the best (see :class:`~summarize.Summarizer`). Rescaled
        so that the scores of one run average 1; higher is better.
    rank : int
        1 for the best sentence, 2 for the next, and so on.
    """

    text: str
    document_id: str
    document_index: int
    sentence_index: int
    start: int
    end: int
    score: float
    rank: int

    def to_dict(self) -> dict[str, Any]:
        """Return the sentence as plain JSON-serialisable data."""
        return asdict(self)


@dataclass(frozen=True)
class SummarySentence(ScoredSentence):
    """A sentence of a summary: a :class:`ScoredSentence` plus its support.

    Attributes
    ----------
    supporting : tuple of str
        Ids of the *other* articles that report the same fact, in input
        order: ``len(supporting) + 1`` outlets report it.
    support : tuple of Support
        The same articles with the sentence in each that reports the fact
        (its span and how closely it matches).
    """

    supporting: tuple[str, ...] = ()
    support: tuple[Support, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the sentence as plain JSON-serialisable data."""
        data = asdict(self)
        data["supporting"] = list(self.supporting)
        data["support"] = [support.to_dict() for support in self.support]
        return data


@dataclass(frozen=True)
class Summary:
    """A summary: its sentences with provenance, and the documents they index.

    Attributes
    ----------
    sentences : tuple of SummarySentence
        In rank order, or article-then-position order with ``order="source"``.
    documents : tuple of Document
        The input articles, with the title filled in from the headline where
        none was given. ``documents[s.document_index].text[s.start:s.end]``
        is ``s.text`` for every sentence.
    settings : Mapping
        The :class:`~summarize.Summarizer` settings that produced it. Equal
        summaries have equal settings; the hash leaves them out (a mapping
        has none), as it does the segmentation, so that a summary may be a
        set's member or a cache's key.
    budget : Budget or None
        The budget the summary was chosen under (the default one when none
        was given).
    segmentation : Segmentation or None
        Every piece of every document (sentences, headlines, furniture), as
        the summariser saw them: what a report shows without splitting the
        articles again.
    disagreements : tuple of Disagreement
        Facts of the summary on which the articles give different numbers,
        dates or names (see ``summarize.disagreement``).
    """

    sentences: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    settings: Mapping[str, Any] = field(default_factory=dict, hash=False)
    budget: Budget | None = None
    segmentation: Segmentation | None = field(default=None, repr=False, hash=False)
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def text(self) -> str:
        """The summary as one string: its sentences joined by spaces."""
        return " ".join(sentence.text for sentence in self.sentences)

    def __iter__(self) -> Iterator[SummarySentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def __str__(self) -> str:
        """The summary as text: each sentence cited by outlet, title and span."""
        from .outputs.text import format_text

        return format_text(self)

    def to_markdown(self) -> str:
        """The summary as Markdown, cited: see :func:`summarize.outputs.format_markdown`.

        Examples
        --------
        >>> import summarize
        >>> print(summarize.summarize(["The river rose fast today."]).to_markdown())
        1. The river rose fast today. [1]
        <BLANKLINE>
        [1]: 0, characters 0–26
        """
        from .outputs.markdown import format_markdown

        return format_markdown(self)

    def _repr_html_(self) -> str:
        """The summary as an HTML fragment, for Jupyter."""
        from .outputs.html import render_fragment

        return render_fragment(self)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """Return everything as plain JSON-serialisable data.

        Parameters
        ----------
        include_text : bool, default=False
            Also include each document's full text, so the provenance can be
            checked from the data alone.

        Returns
        -------
        dict
            ``{"schema_version", "text", "sentences": [...], "documents": [...],
            "settings", "disagreements": [...]}``, laid out as the JSON Schema
            :data:`summarize.outputs.json.SCHEMA` describes.
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "documents": [d.to_dict(include_text=include_text) for d in self.documents],
            "settings": dict(self.settings),
            "disagreements": [d.to_dict() for d in self.disagreements],
        }

    def to_json(self, *, include_text: bool = False, indent: int | None = 2) -> str:
        """Return :meth:`to_dict` as a JSON string (non-ASCII kept as is).

        Always valid JSON (see ``summarize.results.dumps_json``).

        Parameters
        ----------
        include_text : bool, default=False
            Also include each document's full text.
        indent : int or None, default=2
            Spaces to indent each level by; None writes one line.

        Raises
        ------
        InvalidInputError
            If the summary holds a value JSON cannot represent (NaN, infinity,
            or an object put into a document's metadata after it was made),
            naming where it is.
        InvalidParameterError
            If ``indent`` is not a whole number of at least 0 or None (a
            string such as ``"x"`` would make :func:`json.dumps` write invalid
            JSON).

        Examples
        --------
        >>> import summarize
        >>> summary = summarize.summarize(["The river rose fast today."])
        >>> json.loads(summary.to_json())["text"]
        'The river rose fast today.'
        """
        indent = check_count("Summary.to_json", "indent", indent, low=0, optional=True)
        return dumps_json(self.to_dict(include_text=include_text), indent=indent)


_ESCAPED = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


def _invalid_json_value(data: Any) -> str | None:
    """Where in plain data the first value JSON cannot hold is, and what it is."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if value is None or isinstance(value, (str, bool, int)):
            continue
        if isinstance(value, float):
            if not math.isfinite(value):
                return f"{path or 'the value'} is {value!r} (JSON has no NaN or infinity)"
        elif isinstance(value, (list, tuple)):
            stack.extend((item, f"{path}[{i}]") for i, item in enumerate(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    return f"{path or 'the value'} has the key {key!r}, a {type(key).__name__}"
                stack.append((item, f"{path}[{key!r}]"))
        else:
            return f"{path or 'the value'} is a {type(value).__name__}"
    return None


def dumps_json(data: Any, *, indent: int | None = 2) -> str:
    """Write plain data as JSON that is always valid, non-ASCII characters kept as they are.

    NaN and infinity, which :func:`json.dumps` would write as the non-JSON
    tokens ``NaN`` and ``Infinity``, and objects JSON cannot hold are refused
    with an error naming where they are; lone surrogates (``"\\ud800"``),
    which ``ensure_ascii=False`` would leave raw and no UTF-8 writer accepts,
    and the line separators U+0085, U+2028 and U+2029, at which
    :meth:`str.splitlines` would cut a JSON line in two, are written as
    ``\\u`` escapes.

    Parameters
    ----------
    data : Any
        Dicts, lists, str, int, float, bool and None.
    indent : int or None, default=2
        As for :func:`json.dumps`: spaces to indent each level by; None
        writes one line.

    Returns
    -------
    str

    Raises
    ------
    InvalidInputError
        If the data holds a value JSON cannot represent.
    InvalidParameterError
        If ``indent`` is not a whole number of at least 0 or None.

    Examples
    --------
    >>> print(dumps_json({"text": "Rain " + chr(0xD800)}, indent=None))
    {"text": "Rain \\ud800"}
    >>> print(dumps_json({"text": "Rain" + chr(0x2028) + "fell"}, indent=None))
    {"text": "Rain\\u2028fell"}
    >>> dumps_json({"score": float("nan")})
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidInputError: Cannot write JSON: ['score'] is nan (JSON has no ...
    """
    indent = check_count("dumps_json", "indent", indent, low=0, optional=True)
    try:
        text = json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError, RecursionError) as error:
        where = _invalid_json_value(data) if not isinstance(error, RecursionError) else None
        raise InvalidInputError(f"Cannot write JSON: {where or error}.") from None
    # A raw surrogate, or a character that str.splitlines() (and JavaScript before ES2019)
    # reads as a line break, can only stand inside a JSON string, where its escape means
    # the same: so a JSON line stays one line for every reader.
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
