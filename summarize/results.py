"""Results: immutable summaries whose every sentence says where it came from."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .documents import Document

if TYPE_CHECKING:
    from .segmentation import Segmentation
    from .selectors import Budget

__all__ = ["ScoredSentence", "SummarySentence", "Summary"]


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
    budget : Budget or None
        The budget the summary was chosen under (the default one when none
        was given).
    segmentation : Segmentation or None
        Every piece of every document (sentences, headlines, furniture), as
        the summariser saw them: what a report shows without splitting the
        articles again.
    """

    sentences: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    settings: Mapping[str, Any] = field(default_factory=dict)
    budget: Budget | None = None
    segmentation: Segmentation | None = field(default=None, repr=False)

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
        """Return :meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(include_text=include_text), indent=indent, ensure_ascii=False)
