"""Results: immutable summaries whose every sentence says where it came from."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from .documents import Document
from .exceptions import InvalidInputError

__all__ = ["ScoredSentence", "SummarySentence", "Summary", "dumps_json"]


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
        Ids of the *other* articles that carry a near-duplicate of this
        sentence: ``len(supporting) + 1`` outlets report the fact.
    """

    supporting: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the sentence as plain JSON-serialisable data."""
        data = asdict(self)
        data["supporting"] = list(self.supporting)
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
        The :class:`~summarize.Summarizer` settings that produced it.
    """

    sentences: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The summary as one string: its sentences joined by spaces."""
        return " ".join(sentence.text for sentence in self.sentences)

    def __iter__(self) -> Iterator[SummarySentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

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
            ``{"text", "sentences": [...], "documents": [...], "settings"}``.
        """
        return {
            "text": self.text,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "documents": [d.to_dict(include_text=include_text) for d in self.documents],
            "settings": dict(self.settings),
        }

    def to_json(self, *, include_text: bool = False, indent: int | None = 2) -> str:
        """Return :meth:`to_dict` as a JSON string (non-ASCII kept as is).

        Always valid JSON (see :func:`dumps_json`).

        Raises
        ------
        InvalidInputError
            If the summary holds a value JSON cannot represent (NaN, infinity,
            or an object put into a document's metadata after it was made),
            naming where it is.

        Examples
        --------
        >>> import summarize
        >>> summary = summarize.summarize(["The river rose fast today."])
        >>> json.loads(summary.to_json())["text"]
        'The river rose fast today.'
        """
        return dumps_json(self.to_dict(include_text=include_text), indent=indent)


_SURROGATE = re.compile("[\ud800-\udfff]")


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
    are written as ``\\u`` escapes.

    Parameters
    ----------
    data : Any
        Dicts, lists, str, int, float, bool and None.
    indent : int or None, default=2
        As for :func:`json.dumps`.

    Returns
    -------
    str

    Raises
    ------
    InvalidInputError
        If the data holds a value JSON cannot represent.

    Examples
    --------
    >>> print(dumps_json({"text": "Rain " + chr(0xD800)}, indent=None))
    {"text": "Rain \\ud800"}
    >>> dumps_json({"score": float("nan")})
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidInputError: Cannot write JSON: ['score'] is nan (JSON has no ...
    """
    try:
        text = json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError, RecursionError) as error:
        where = _invalid_json_value(data) if not isinstance(error, RecursionError) else None
        raise InvalidInputError(f"Cannot write JSON: {where or error}.") from None
    # A raw surrogate can only stand inside a JSON string, where its escape means the same.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
