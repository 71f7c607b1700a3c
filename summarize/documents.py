"""Loading: turn what the user passed into a tuple of :class:`Document`.

This is the only layer that knows about the many shapes an article can arrive
in (a string, bytes, a :class:`Document`, a mapping). Everything downstream sees
validated :class:`Document` objects whose ``text`` is never changed again.
"""

from __future__ import annotations

import codecs
import itertools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .exceptions import (
    DuplicateIdError,
    EmptyInputError,
    InputDecodeError,
    InputTypeError,
    InvalidParameterError,
    warn,
)
from .languages import Language, builtin
from .languages import get as get_language
from .validation import check_text, known_settings

__all__ = [
    "Document",
    "as_read",
    "ArticleLike",
    "coerce_documents",
    "CITATION_FIELDS",
    "DOCUMENT_KEYS",
    "check_citation_fields",
    "looks_like_html",
    "looks_misdecoded",
    "MISREAD_OPENING_QUOTES",
    "MISREAD_CLOSING_QUOTES",
    "LONE_SURROGATES",
    "INVISIBLE_MARKS",
    "is_blank",
    "document_from_mapping",
    "mapping_metadata",
    "check_encoding",
    "decode_bytes",
    "json_metadata",
    "MAX_METADATA_DEPTH",
    "reject_dataframe",
]


@known_settings
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
        Anything else the caller wants carried along; never read by the
        library. It is copied into a plain :class:`dict` of the document's
        own, so documents pickle.
    outlet : str or None, default=None
        Who published it ("Reuters", "The Harbor Gazette"): outputs cite the
        article as ``Outlet, "Title"`` instead of by its id.
    url : str or None, default=None
        Where it was published; outputs link the citation to it.
    date : str or None, default=None
        When it was published, as given (ISO 8601 preferred: ``2024-05-16``).
    author : str or None, default=None
        Who wrote it.
    language : str or None, default=None
        The language it is written in, any name, code or alias of
        :func:`summarize.languages.get` ("de", "German"), kept as the language's
        name ("german"). ``None``: the summariser's ``language`` decides (with
        ``"auto"``, the article's detected language). The summary's copy of
        the document records the language it was read in.

    Examples
    --------
    >>> from summarize import Document
    >>> doc = Document(id="reuters-1", text="Leaders met. They agreed.")
    >>> doc.id, doc.title
    ('reuters-1', None)
    >>> doc = Document(id="r1", text="Leaders met.", title="Summit", outlet="Reuters")
    >>> doc.citation
    'Reuters, "Summit"'
    """

    id: str
    text: str
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, hash=False)
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    language: str | None = None

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
        # A plain dict of its own (a deep copy of JSON data), so that a Document
        # pickles, writes as JSON, and a change to the caller's data never reaches it.
        object.__setattr__(self, "metadata", json_metadata(self.metadata, self.id))
        check_citation_fields(self)
        if self.language is not None:
            if isinstance(self.language, Language):
                # A Language is recorded by its name: a built-in one only (a language of
                # one's own is given to the Summarizer, for every article).
                own = self.language
                if builtin(own) is None:
                    raise InputTypeError(
                        f"The 'language' of Document {self.id!r} is a Language of one's own "
                        f"({own.name!r}); a Document names a built-in language. Give yours to "
                        "the Summarizer (Summarizer(language=...)) instead."
                    )
                object.__setattr__(self, "language", own.name)
            elif not isinstance(self.language, str):
                raise InputTypeError(
                    f"The 'language' of Document {self.id!r} must be a str, a Language or "
                    f"None. Got {type(self.language).__name__} instead."
                )
            try:
                name = get_language(self.language).name
            except InvalidParameterError as error:
                raise InvalidParameterError(
                    f"The 'language' of Document {self.id!r} is not one the library reads: {error}"
                ) from None
            object.__setattr__(self, "language", name)

    @property
    def source(self) -> str:
        """Who published the article: its outlet, else its id.

        Examples
        --------
        >>> Document(id="a", text="Hi.").source, Document(id="a", text="Hi.", outlet="AP").source
        ('a', 'AP')
        """
        return self.outlet if self.outlet else self.id

    @property
    def citation(self) -> str:
        """How outputs name the article: ``Outlet, "Title"``, or what of it is known.

        The outlet falls back to the id; the title is left out when unknown.

        Examples
        --------
        >>> Document(id="a", text="Hi.", title="Storm").citation
        'a, "Storm"'
        >>> Document(id="a", text="Hi.", outlet="AP").citation
        'AP'
        """
        return f'{self.source}, "{self.title}"' if self.title else self.source

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """Return the document as plain JSON-serialisable data.

        Examples
        --------
        >>> data = Document(id="a", text="Hi.", outlet="AP").to_dict()
        >>> list(data)
        ['id', 'title', 'metadata', 'outlet', 'url', 'date', 'author', 'language', 'text']
        >>> data["outlet"], data["text"]
        ('AP', 'Hi.')
        """
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "metadata": dict(self.metadata),
        }
        data.update({name: getattr(self, name) for name in CITATION_FIELDS})
        data["language"] = self.language
        if include_text:
            data["text"] = self.text
        return data


def as_read(document: Document, *, language: str, title: str | None) -> Document:
    """The summary's copy of a document: ``language`` the one it was read in, ``title``.

    The values come from the library (a language's name, a headline), so they
    are not checked again: about twenty times faster than
    :func:`dataclasses.replace`, which a million sentences' thirty thousand
    articles would notice. The document itself is returned when nothing changes.

    Examples
    --------
    >>> doc = Document(id="a", text="Rain.")
    >>> as_read(doc, language="english", title=None).language
    'english'
    >>> as_read(doc, language="english", title="Rain") == Document("a", "Rain.", "Rain", language="english")
    True
    """
    if document.language == language and document.title == title:
        return document
    copy = object.__new__(Document)
    copy.__dict__.update(document.__dict__, language=language, title=title)
    return copy


CITATION_FIELDS = ("outlet", "url", "date", "author")
"""The optional fields of a :class:`Document` that say who published it, where and when."""

DOCUMENT_KEYS = ("id", "text", "title", "metadata", *CITATION_FIELDS, "language")
"""The keys of an article mapping that become :class:`Document` fields; others go to metadata."""


def check_citation_fields(document: Document) -> None:
    """Raise :class:`InputTypeError` unless every citation field is a str or None.

    Examples
    --------
    >>> check_citation_fields(Document(id="a", text="Hi.", url="https://example.com/a"))
    """
    for name in CITATION_FIELDS:
        value = getattr(document, name)
        if value is not None and not isinstance(value, str):
            raise InputTypeError(
                f"The {name!r} of Document {document.id!r} must be a str or None. "
                f"Got {type(value).__name__} instead."
            )


MAX_METADATA_DEPTH = 64
"""The deepest nesting of lists and dicts accepted in a document's metadata."""


def json_metadata(metadata: Mapping[str, Any], document_id: str = "?") -> dict[str, Any]:
    """Check that metadata is JSON data, and return a deep copy as plain dicts and lists.

    Accepted: str, int, float (finite), bool and None, and lists, tuples and
    mappings with str keys of those, nested at most
    :data:`MAX_METADATA_DEPTH` deep. Anything else (a date, a NumPy number,
    NaN, a set) would make :meth:`Summary.to_json` fail or write invalid
    JSON, so it is refused here, when the document is made.

    Parameters
    ----------
    metadata : Mapping
        The document's metadata.
    document_id : str, default="?"
        For the message.

    Returns
    -------
    dict
        A copy made of dicts, lists and the scalars above.

    Raises
    ------
    InputTypeError
        Naming the first value that is not JSON data, and where it is.

    Examples
    --------
    >>> json_metadata({"tags": ("flood", "river"), "score": 0.5})
    {'tags': ['flood', 'river'], 'score': 0.5}
    >>> json_metadata({"seen": float("nan")}, "wire-1")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InputTypeError: The metadata of Document 'wire-1' must be JSON data: \
metadata['seen'] is nan, which JSON cannot hold (no NaN or infinity).
    """
    holder: list[Any] = [None]
    # (value, the container its copy goes into and its key there, path for messages, depth)
    stack: list[tuple[Any, Any, Any, str, int]] = [(metadata, holder, 0, "metadata", 0)]

    def refuse(path: str, why: str) -> InputTypeError:
        return InputTypeError(
            f"The metadata of Document {document_id!r} must be JSON data: {path} {why}."
        )

    while stack:
        value, parent, key, path, depth = stack.pop()
        copy: Any
        if value is None:
            copy = None
        elif isinstance(value, str):
            copy = str(value)
        elif isinstance(value, bool):
            copy = bool(value)
        elif isinstance(value, int):
            copy = int(value)
            if copy.bit_length() > _LONGEST_INT_BITS:
                raise refuse(
                    path,
                    f"is an integer of {copy.bit_length()} bits, more digits than JSON text "
                    "is written with in Python (store it as a str)",
                )
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise refuse(path, f"is {value!r}, which JSON cannot hold (no NaN or infinity)")
            copy = float(value)
        elif depth >= MAX_METADATA_DEPTH:
            raise refuse(path, f"is nested more than {MAX_METADATA_DEPTH} levels deep")
        elif isinstance(value, (list, tuple)):
            copy = [None] * len(value)
            for index in range(len(value) - 1, -1, -1):
                stack.append((value[index], copy, index, f"{path}[{index}]", depth + 1))
        elif isinstance(value, Mapping):
            copy = {}
            keys = list(value)
            for item_key in keys:
                if not isinstance(item_key, str):
                    raise refuse(
                        path, f"has the key {item_key!r}, a {type(item_key).__name__}, not a str"
                    )
                copy[item_key] = None  # the order of the keys is kept
            for item_key in reversed(keys):
                stack.append((value[item_key], copy, item_key, f"{path}[{item_key!r}]", depth + 1))
        else:
            raise refuse(
                path,
                f"is a {type(value).__name__}; metadata values must be str, int, float, bool, "
                "None, or lists and dicts of them (convert it first, e.g. with str())",
            )
        parent[key] = copy
    return holder[0]  # type: ignore[no-any-return]


_LONGEST_INT_BITS = 14_000
"""The most bits of a metadata integer: about 4,200 digits, below the 4,300 that Python
converts to text by default (``sys.get_int_max_str_digits``)."""


ArticleLike = str | bytes | Document | Mapping[str, Any]
"""What :func:`summarize.summarize` accepts as one article."""


def check_encoding(name: object, *, owner: str = "Summarizer") -> str:
    """Check that ``name`` is a text encoding Python can decode with; return its codec name.

    Python knows codecs that are not text encodings (``"rot13"``, ``"hex"``),
    one, ``"undefined"``, that raises :class:`UnicodeError` on every use, and
    two that encode domain names, not documents (``"punycode"`` and
    ``"idna"``, whose decoders take time quadratic in the input: 150 s for
    800 kB): each is refused here, where the setting is made, not later on
    the first bytes it meets.

    Parameters
    ----------
    name : object
        The encoding asked for.
    owner : str, default="Summarizer"
        Who asked, for the message: ``"The 'encoding' parameter of {owner}"``.

    Returns
    -------
    str
        The codec's canonical name, e.g. ``"utf-8"`` for ``"UTF8"``.

    Raises
    ------
    InvalidParameterError
        If ``name`` is not a str naming a text encoding that can decode.

    Examples
    --------
    >>> check_encoding("Latin-1")
    'iso8859-1'
    >>> check_encoding("undefined")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'encoding' parameter of Summarizer must be \
a text encoding known to Python, such as 'utf-8'. Got 'undefined' instead.
    """
    try:
        # bytes.decode refuses codecs that are not text encodings ("rot13", "hex"), and
        # "undefined" refuses everything: a trial decode finds both.
        # (through the codec itself: bytes.decode skips it for empty input).
        ok = isinstance(name, str) and codecs.lookup(name)._is_text_encoding
        if ok:
            codecs.lookup(name).decode(b"")  # type: ignore[arg-type]
    except (LookupError, UnicodeError, ValueError, TypeError):
        ok = False
    if not ok:
        raise InvalidParameterError(
            f"The 'encoding' parameter of {owner} must be a text encoding known to Python, "
            f"such as 'utf-8'. Got {name!r} instead."
        )
    codec = codecs.lookup(name).name  # type: ignore[arg-type]
    if codec in _DOMAIN_NAME_CODECS:
        raise InvalidParameterError(
            f"The 'encoding' parameter of {owner} must be a text encoding for documents, "
            f"such as 'utf-8'. Got {name!r} instead, which encodes domain names."
        )
    return codec


_DOMAIN_NAME_CODECS = frozenset({"punycode", "idna"})
"""Codecs of domain names (RFC 3492, RFC 3490), not of documents: their decoders take
time quadratic in the input, so an article's bytes would hang a call."""


def decode_bytes(data: bytes, encoding: str, where: str) -> str:
    """Decode an article's bytes, or raise :class:`InputDecodeError` naming it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputDecodeError(
            f"{where} is bytes that cannot be decoded as {encoding} "
            f"(byte {error.start}: {error.reason}). Decode it yourself, or pass "
            "the right encoding (the 'encoding' setting; --encoding on the command line)."
        ) from None
    except LookupError:
        raise InputDecodeError(f"Unknown encoding {encoding!r} for {where}.") from None
    except UnicodeError as error:  # a codec may raise a bare UnicodeError
        raise InputDecodeError(
            f"{where} is bytes that cannot be decoded as {encoding} ({error}). Decode it "
            "yourself, or pass the right 'encoding' to Summarizer."
        ) from None


def document_from_mapping(item: Mapping[str, Any], position: int, encoding: str) -> Document:
    """The :class:`Document` an article mapping stands for (``{"id", "text", "title", ...}``).

    Parameters
    ----------
    item : Mapping
        The article: ``text`` (str, or bytes decoded with ``encoding``), and
        maybe ``id``, ``title``, ``metadata``, the citation fields and
        ``language``; any other key goes into the metadata.
    position : int
        Its position among the articles: its id when it has none, and named
        in the errors.
    encoding : str
        How bytes of text are decoded.

    Returns
    -------
    Document

    Raises
    ------
    InputTypeError
        If a key is not a string, or ``text`` is missing.

    Examples
    --------
    >>> document_from_mapping({"text": "Rain fell.", "outlet": "Wire"}, 3, "utf-8").id
    '3'
    """
    ident = item.get("id")
    where = f"Article {position}" if ident is None else f"Article {position} (id {ident!r})"
    odd = sorted((key for key in item if not isinstance(key, str)), key=repr)
    if odd:
        raise InputTypeError(f"{where} is a mapping with keys that are not strings: {odd}.")
    if "text" not in item:
        raise InputTypeError(
            f"{where} is a mapping without a 'text' key (its keys: {sorted(item)})."
        )
    text = item["text"]
    if isinstance(text, (bytes, bytearray)):
        text = decode_bytes(bytes(text), encoding, where)
    metadata = item.get("metadata")
    return Document(
        id=str(position) if ident is None else ident,
        text=text,
        title=item.get("title"),
        metadata=mapping_metadata(item, {} if metadata is None else metadata),
        **{name: item.get(name) for name in CITATION_FIELDS},
        language=item.get("language"),
    )


def mapping_metadata(item: Mapping[str, Any], metadata: Any) -> Any:
    """An article mapping's metadata: its ``metadata`` plus every key that is not a field.

    A key given both ways keeps the value of ``metadata``. Anything but a
    mapping is returned as it is, for :class:`Document` to reject.

    Examples
    --------
    >>> mapping_metadata({"text": "Hi.", "section": "world"}, {"lang": "en"})
    {'section': 'world', 'lang': 'en'}
    """
    extra = {key: value for key, value in item.items() if key not in DOCUMENT_KEYS}
    if not extra or not isinstance(metadata, Mapping):
        return metadata
    return {**extra, **metadata}


def _coerce_one(item: object, position: int, encoding: str) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=str(position), text=item)
    if isinstance(item, (bytes, bytearray)):
        return Document(
            id=str(position), text=decode_bytes(bytes(item), encoding, f"Article {position}")
        )
    if isinstance(item, Mapping):
        return document_from_mapping(item, position, encoding)
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


def coerce_documents(
    articles: Iterable[ArticleLike], *, encoding: str = "utf-8"
) -> tuple[Document, ...]:
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
    InvalidParameterError
        If ``encoding`` is not a text encoding for documents (:func:`check_encoding`).

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
    check_encoding(encoding, owner="coerce_documents")  # refused before any article is read
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
    if all(is_blank(document.text) for document in documents):
        raise EmptyInputError(
            f"All {len(documents)} articles are empty or only whitespace; there is nothing "
            "to summarise."
        )
    for document in documents:
        # A page's extracted text may quote markup ("<b>"): it is text by then.
        extracted = document.metadata.get("extracted_from") == "html"
        if not extracted and looks_like_html(document.text):
            warn(
                f"Article {document.id!r} looks like HTML markup, which is summarised as "
                "text, tags and all; read it with summarize.html_document(markup, id=...) "
                "(or summarize.read_html for a file) to keep only its readable text."
            )
    misread = [document.id for document in documents if looks_misdecoded(document.text)]
    if misread:
        named = ", ".join(map(repr, misread[:5])) + (", ..." if len(misread) > 5 else "")
        warn(
            f"{len(misread)} article(s) ({named}) hold control characters (U+0080 to U+009F) "
            "where Windows-1252 text has its curly quotes, dashes and euro sign: the text "
            "looks decoded as Latin-1. Its quotes are read as quotes, but the summary shows "
            "them as they are; decode the bytes as 'cp1252' (encoding='cp1252')."
        )
    return tuple(documents)


MISREAD_OPENING_QUOTES = "\x93\x91"
"""Windows-1252's “ and ‘, in that order, as text of its bytes decoded as Latin-1 has them
(U+0093, U+0091): the segmenter and the quotation rules read them as the quotes they
stand for."""
MISREAD_CLOSING_QUOTES = "\x94\x92"
"""Windows-1252's ” and ’, in that order, as text decoded as Latin-1 has them (U+0094,
U+0092)."""
INVISIBLE_MARKS = "".join(
    map(
        chr,
        (
            *range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F, 0xAD, 0x61C, 0x180E,
            *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
            *range(0x2066, 0x206A), 0xFEFF,
        ),
    )
)  # fmt: skip
"""Characters that show nothing and may stand after a sentence's final punctuation in
text from the web: controls that are no white space, the soft hyphen, the marks and
embeddings of bidirectional text (U+200E/U+200F after each full stop of Hebrew or Arabic,
U+202B ... U+202C around an article), zero-width spaces and joiners, the byte-order mark.
The segmenter reads them as it reads a closing quote."""
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_MARKS))


def is_blank(text: str) -> bool:
    r"""Whether ``text`` shows nothing: only white space and :data:`INVISIBLE_MARKS`.

    Examples
    --------
    >>> is_blank(" \n\u200b\ufeff"), is_blank("\u200bA")
    (True, False)
    """
    return not text.translate(_INVISIBLE).strip()


LONE_SURROGATES = re.compile("[\ud800-\udfff]")
"""A lone surrogate: a ``str`` may hold one (``"\\ud800"`` in JSON, a file name that is
not UTF-8), which no encoding can write."""

_C1_PUNCTUATION = (
    "\x80\x82\x83\x84\x86\x87\x88\x89\x8b\x95\x96\x97\x99\x9b"
    + MISREAD_OPENING_QUOTES
    + MISREAD_CLOSING_QUOTES
)
"""The control characters Latin-1 gives the bytes that Windows-1252 uses for punctuation
(“ ” ‘ ’ – — € and the like); U+0085, a line break in Unicode, is left out. Each is
looked for with ``in``, a search at memory speed (20 times a character class's)."""


def looks_misdecoded(text: str) -> bool:
    """Whether ``text`` looks like Windows-1252 text decoded as Latin-1.

    It does when it holds a control character that only such a misreading
    puts in text: one of U+0080 to U+009F that Windows-1252 uses for
    punctuation (U+0093 for “, U+0094 for ”, U+0096 for –).

    Parameters
    ----------
    text : str
        An article's text.

    Returns
    -------
    bool

    Examples
    --------
    >>> looks_misdecoded("A crise \\x93acabou\\x94, disse ele.")
    True
    >>> looks_misdecoded("A crise \\u201cacabou\\u201d, disse ele.")
    False
    """
    check_text("looks_misdecoded", "text", text)
    return not text.isascii() and any(mark in text for mark in _C1_PUNCTUATION)


_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|p|div|span|br|a\s|h[1-6]|li|ul|script)\b[^<>]{0,400}>",
    re.IGNORECASE,
)

# The elements of a short fragment of markup: the common block and inline ones.
_PAIRED = (
    "p|div|span|b|i|u|s|em|strong|small|big|mark|sub|sup|a|abbr|cite|q|code|font|"
    "h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|section|article|header|"
    "footer|main|aside|figure|figcaption"
)
_VOID = "br|hr|img|wbr"
# One tag of those elements, well formed: a name, then attributes (a name, "=" and a
# quoted or bare value: "<b and c>" of "a<b and c>d" is no tag), then ">" or "/>".
# No part of it may hold "<" or ">", so each try stops at the next "<": a linear scan.
_FRAGMENT_TAG = re.compile(
    rf"<(?P<close>/?)(?P<name>{_PAIRED}|{_VOID})"
    r"(?:\s+[a-z_:][-\w:.]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))*\s*/?>",
    re.IGNORECASE,
)
_VOID_NAMES = frozenset(_VOID.split("|"))
_HORIZONTAL_SPACE = frozenset(" \t\u00a0")


def _is_fragment(head: str) -> bool:
    """Whether ``head`` holds markup that a tag quoted in prose is not: an element of a
    known tag closed by its end tag around text that touches one of them
    (``<b>Breaking:</b>``, ``<p>The dam broke.</p>``: not ``the <p> and </p> tags``),
    or a ``<br>`` (or ``<hr>``, ``<img>``) between two words or at a line's end
    (``Monday.<br>Three``: not ``the <br> tag``)."""
    opened: dict[str, list[int]] = {}
    for tag in _FRAGMENT_TAG.finditer(head):
        name = tag.group("name").lower()
        start, end = tag.span()
        if name in _VOID_NAMES:
            if tag.group("close"):
                continue
            before, after = head[start - 1 : start], head[end : end + 1]
            # Text on its left; text, a line break or the end on its right.
            if before.strip() and (after.strip() or after in ("", "\n", "\r")):
                return True
        elif not tag.group("close"):
            opened.setdefault(name, []).append(end)
        elif opened.get(name):
            content = head[opened[name].pop() : start]
            if content.strip() and not (
                content[0] in _HORIZONTAL_SPACE and content[-1] in _HORIZONTAL_SPACE
            ):
                return True
    return False


def looks_like_html(text: str) -> bool:
    """Whether ``text`` looks like HTML markup rather than prose that quotes a tag.

    It does with five tags or more in its first 20,000 characters (a page), or
    with a fragment of markup there: an element of a common tag (``p``,
    ``div``, ``span``, ``b``, ``i``, ``em``, ``strong``, ``a``, ``h1`` to
    ``h6``, ``li``, ...) closed by its end tag around text it touches, or a
    ``<br>`` between two words or at a line's end. Prose that names a tag
    ("The <p> tag starts a paragraph.", "the <p> and </p> tags") or compares
    ("if a<b and c>d") does not.

    Parameters
    ----------
    text : str
        An article's text.

    Returns
    -------
    bool

    Examples
    --------
    >>> looks_like_html("<html><body><p>Rain.</p><p>Wind.</p><br><div>x</div></body></html>")
    True
    >>> looks_like_html("<p>The dam broke on Monday.</p><p>Three villages were flooded.</p>")
    True
    >>> looks_like_html("<b>Breaking:</b> the dam broke.")
    True
    >>> looks_like_html("The dam broke.<br>Three villages were flooded.")
    True
    >>> looks_like_html("The <p> tag starts a paragraph.")
    False
    >>> looks_like_html("if a<b and c>d then d<a")
    False
    """
    check_text("looks_like_html", "text", text)
    head = text[:20_000]
    if "<" not in head:
        return False
    if sum(1 for _ in itertools.islice(_HTML_TAG.finditer(head), 5)) >= 5:
        return True
    return _is_fragment(head)
