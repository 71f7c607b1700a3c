"""Loading: turn what the user passed into a tuple of :class:`Document`.

This is the only layer that knows about the many shapes an article can arrive
in (a string, bytes, a :class:`Document`, a mapping). Everything downstream sees
validated :class:`Document` objects whose ``text`` is never changed again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from .exceptions import (
    DuplicateIdError,
    EmptyInputError,
    InputDecodeError,
    InputTypeError,
)

__all__ = ["Document", "ArticleLike", "coerce_documents", "reject_dataframe"]


@dataclass(frozen=True)
class Document:
    """One article: its id, its full text, and optional title and metadata.

    The text is kept exactly as given; every offset the library reports
    (``start``, ``end``) indexes into it.

    Parameters
    ----------
    id : str
        A unique identifier, reported as the provenance of each sentence.
    text : str
        The article's full text, headline and page furniture included.
    title : str or None, default=None
        The article's title. When it is ``None`` and the text starts with a
        headline (a first line without final punctuation), the summary's copy
        of the document takes that headline as its title.
    metadata : Mapping, default={}
        Anything the caller wants carried along (URL, outlet, date); never read
        by the library. It is copied into a plain :class:`dict` of the
        document's own, so documents pickle.

    Examples
    --------
    >>> from summarize import Document
    >>> doc = Document(id="reuters-1", text="Leaders met. They agreed.")
    >>> doc.id, doc.title
    ('reuters-1', None)
    """

    id: str
    text: str
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str):
            raise InputTypeError(
                f"The 'id' of a Document must be a str. Got {type(self.id).__name__} instead."
            )
        if not isinstance(self.text, str):
            raise InputTypeError(
                f"The 'text' of Document {self.id!r} must be a str. "
                f"Got {type(self.text).__name__} instead."
            )
        if self.title is not None and not isinstance(self.title, str):
            raise InputTypeError(
                f"The 'title' of Document {self.id!r} must be a str or None. "
                f"Got {type(self.title).__name__} instead."
            )
        if not isinstance(self.metadata, Mapping):
            raise InputTypeError(
                f"The 'metadata' of Document {self.id!r} must be a mapping. "
                f"Got {type(self.metadata).__name__} instead."
            )
        # A plain dict of its own (a copy), so that a Document pickles and a
        # change to the caller's mapping never reaches it.
        object.__setattr__(self, "metadata", dict(self.metadata))

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """Return the document as plain JSON-serialisable data.

        Examples
        --------
        >>> Document(id="a", text="Hi.").to_dict()
        {'id': 'a', 'title': None, 'metadata': {}, 'text': 'Hi.'}
        """
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "metadata": dict(self.metadata),
        }
        if include_text:
            data["text"] = self.text
        return data


ArticleLike = Union[str, bytes, Document, Mapping[str, Any]]
"""What :func:`summarize.summarize` accepts as one article."""


def decode_bytes(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputDecodeError(
            f"{where} is bytes that cannot be decoded as {encoding} "
            f"(byte {error.start}: {error.reason}). Decode it yourself, or pass "
            "the right 'encoding' to Summarizer."
        ) from None
    except LookupError:
        raise InputDecodeError(f"Unknown encoding {encoding!r} for {where}.") from None


def _from_mapping(item: Mapping[str, Any], position: int, encoding: str) -> Document:
    ident = item.get("id")
    where = f"Article {position}" if ident is None else f"Article {position} (id {ident!r})"
    unknown = sorted(set(item) - {"id", "text", "title", "metadata"}, key=repr)
    if unknown:
        raise InputTypeError(
            f"{where} is a mapping with unknown keys {unknown}; expected the keys "
            "'text' (required), 'id', 'title' and 'metadata'."
        )
    if "text" not in item:
        raise InputTypeError(f"{where} is a mapping without a 'text' key.")
    text = item["text"]
    if isinstance(text, (bytes, bytearray)):
        text = decode_bytes(bytes(text), encoding, where)
    metadata = item.get("metadata")
    return Document(
        id=str(position) if ident is None else ident,
        text=text,
        title=item.get("title"),
        metadata={} if metadata is None else metadata,
    )


def _coerce_one(item: object, position: int, encoding: str) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=str(position), text=item)
    if isinstance(item, (bytes, bytearray)):
        return Document(id=str(position), text=decode_bytes(bytes(item), encoding, f"Article {position}"))
    if isinstance(item, Mapping):
        return _from_mapping(item, position, encoding)
    raise InputTypeError(
        f"Article {position} must be a str, bytes, summarize.Document or a mapping "
        f"with a 'text' key. Got {type(item).__name__} instead."
    )


def reject_dataframe(obj: object) -> None:
    """Raise a clear error when ``obj`` is a table (a pandas, Dask or Spark DataFrame).

    Iterating a DataFrame yields its column names, which would be summarised
    as articles; a table of articles goes to :func:`summarize.summarize_frame`
    instead. Recognised by its ``columns`` attribute and its ``iloc`` (pandas,
    Dask) or ``select`` (Spark), so pandas is never imported here.

    Parameters
    ----------
    obj : object
        What was passed as the articles.

    Raises
    ------
    InputTypeError
        If ``obj`` is a DataFrame.

    Examples
    --------
    >>> import pandas as pd
    >>> reject_dataframe(["Rain fell."])
    >>> reject_dataframe(pd.DataFrame({"text": ["Rain fell."]}))
    Traceback (most recent call last):
    ...
    summarize.exceptions.InputTypeError: The articles must be a list of articles, not a \
DataFrame (iterating one gives its column names). For a table with one row per article, \
use summarize.summarize_frame(df, topic=..., text=..., id=...), or summarize.dask / \
summarize.spark for Dask and Spark DataFrames.
    """
    if hasattr(obj, "columns") and (hasattr(obj, "iloc") or hasattr(obj, "select")):
        raise InputTypeError(
            "The articles must be a list of articles, not a DataFrame (iterating one gives "
            "its column names). For a table with one row per article, use "
            "summarize.summarize_frame(df, topic=..., text=..., id=...), or summarize.dask / "
            "summarize.spark for Dask and Spark DataFrames."
        )


def coerce_documents(articles: Iterable[ArticleLike], *, encoding: str = "utf-8") -> tuple[Document, ...]:
    """Validate the user's articles and return them as :class:`Document` objects.

    Every article is kept, in input order, so that positions in the result
    match positions in the input; ids default to the article's position.

    Parameters
    ----------
    articles : iterable of str, bytes, Document or mapping
        The articles, in order.
    encoding : str, default="utf-8"
        How to decode articles given as bytes.

    Returns
    -------
    tuple of Document
        The articles, in input order.

    Raises
    ------
    InputTypeError
        If ``articles`` is a single string or a DataFrame, or an article has the
        wrong type.
    EmptyInputError
        If there are no articles, or all of them are empty.
    DuplicateIdError
        If two articles share an id.
    InputDecodeError
        If a bytes article cannot be decoded.

    Examples
    --------
    >>> [d.id for d in coerce_documents(["One.", {"id": "b", "text": "Two."}])]
    ['0', 'b']
    """
    reject_dataframe(articles)
    if isinstance(articles, (str, bytes, bytearray, Document, Mapping)):
        raise InputTypeError(
            "The articles must be a list of articles (str, bytes, Document or mapping). "
            f"Got a single {type(articles).__name__} instead; wrap it in a list."
        )
    if not isinstance(articles, Iterable):
        raise InputTypeError(
            f"The articles must be a list of articles. Got {type(articles).__name__} instead."
        )
    documents = [_coerce_one(item, position, encoding) for position, item in enumerate(articles)]
    if not documents:
        raise EmptyInputError("There are no articles to summarise: the list is empty.")
    seen: dict[str, int] = {}
    for position, document in enumerate(documents):
        if document.id in seen:
            raise DuplicateIdError(
                f"Articles {seen[document.id]} and {position} share the id {document.id!r}; "
                "every article needs a unique id."
            )
        seen[document.id] = position
    if not any(document.text.strip() for document in documents):
        raise EmptyInputError(
            f"All {len(documents)} articles are empty or only whitespace; there is nothing "
            "to summarise."
        )
    return tuple(documents)
