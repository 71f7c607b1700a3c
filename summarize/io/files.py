"""Loading articles from files: the only module of the library that reads files."""

from __future__ import annotations

import codecs
import dataclasses
import json
import os
import re
import stat
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from ..documents import Document, check_encoding, decode_bytes, document_from_mapping
from ..exceptions import (
    EmptyInputError,
    InputDecodeError,
    InputTypeError,
    InvalidInputError,
    SummarizeError,
    warn,
)

__all__ = [
    "read_article",
    "read_folder",
    "sample_articles",
    "TEXT_SUFFIXES",
    "MAX_INPUT_BYTES",
    "read_bytes",
    "read_stream",
    "decode_file",
    "read_json_articles",
    "check_not_narrow",
    "warn_if_utf8",
    "JSON_SUFFIXES",
]

TEXT_SUFFIXES = (".txt", ".md")
"""File name endings :func:`read_folder` reads by default."""

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The five bytes Windows-1252 leaves undefined, decoded with surrogateescape.
_UNDEFINED_IN_CP1252 = re.compile("[\udc81\udc8d\udc8f\udc90\udc9d]")


def is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


MAX_INPUT_BYTES = 64 * 1024 * 1024
"""The most bytes read as one article (or one line of a JSONL batch): 64 MiB.

Far more than any real article (a long news story is 10 to 50 kB), small enough
that a file of zeros, a device or an endless pipe ends in a clear error rather
than in exhausted memory."""


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISFIFO, "a named pipe"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


def read_stream(stream: BinaryIO, where: str, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a binary stream to its end, refusing more than ``limit`` bytes.

    Parameters
    ----------
    stream : binary file object
        A file, a pipe, standard input.
    where : str
        What the stream is, for the message ("Standard input").
    limit : int, default=MAX_INPUT_BYTES
        The most bytes accepted.

    Returns
    -------
    bytes

    Raises
    ------
    InvalidInputError
        If the stream holds more than ``limit`` bytes (only ``limit + 1``
        are read to find out), or cannot be read.

    Examples
    --------
    >>> import io
    >>> read_stream(io.BytesIO(b"Rain fell."), "The test stream")
    b'Rain fell.'
    >>> read_stream(io.BytesIO(b"0" * 11), "The test stream", limit=10)
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidInputError: The test stream holds more than 10 bytes, ...
    """
    chunks = []
    size = 0
    try:
        while size <= limit:
            chunk = stream.read(min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        message = f"Cannot read {where[0].lower()}{where[1:]}: {error.strerror}."
        raise InvalidInputError(message) from None
    if size > limit:
        raise InvalidInputError(
            f"{where} holds more than {limit} bytes, the most read as one article "
            "(a device or an endless stream?)."
        )
    return b"".join(chunks)


def read_bytes(path: Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes, or the library's error naming the file.

    Only a regular file or a named pipe (read once, to its end) is read: a
    folder, a device (``/dev/zero`` would never end) or a socket is refused,
    and so is anything over ``limit`` bytes.

    Raises
    ------
    InvalidInputError
        If the file does not exist, cannot be read, is not a regular file
        or a named pipe, or is larger than ``limit`` bytes.
    """
    where = f"The file {str(path)!r}"
    try:
        info = os.stat(path)
    except OSError as error:
        raise InvalidInputError(f"Cannot read article {str(path)!r}: {error.strerror}.") from None
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        raise InvalidInputError(
            f"Cannot read article {str(path)!r}: it is {_file_kind(info.st_mode)}, "
            "not a regular file."
        )
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise InvalidInputError(
            f"{where} holds {info.st_size} bytes, more than {limit}, the most read as one article."
        )
    try:
        with open(path, "rb") as file:
            return read_stream(file, where, limit=limit)
    except OSError as error:
        raise InvalidInputError(f"Cannot read article {str(path)!r}: {error.strerror}.") from None


_WIDE_PROBE = 256  # bytes of a file without a zero byte that are surely not UTF-16


def check_not_narrow(data: bytes, encoding: str, where: str) -> None:
    """Refuse a file read as UTF-16 that holds no zero byte: it is not UTF-16 text.

    Every ASCII character (a space, a line break, a digit, a Latin letter) is
    two bytes in UTF-16, one of them zero; 128 characters without one are
    ASCII-compatible text (UTF-8, Latin-1) that would decode to a page of
    meaningless CJK characters, silently. UTF-32 text that has no zero byte
    cannot be decoded at all.

    Raises
    ------
    InputDecodeError
        For such a file.

    Examples
    --------
    >>> check_not_narrow("A river rose. ".encode("utf-16-le") * 20, "utf-16", "The file")
    >>> check_not_narrow(b"A river rose. " * 20, "utf-16", "The file 'a.txt'")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InputDecodeError: The file 'a.txt' is not UTF-16: ...
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return
    if name.startswith("utf-16") and len(data) >= _WIDE_PROBE and b"\x00" not in data:
        raise InputDecodeError(
            f"{where} is not {encoding.upper()}: it has no zero byte, which UTF-16 has in "
            "every space, digit and Latin letter, so it would decode to meaningless "
            "characters. Pass the right encoding (it is most likely utf-8; --encoding on "
            "the command line)."
        )


def warn_if_utf8(data: bytes, encoding: str, where: str) -> None:
    """Warn when bytes read in another encoding, as asked, are UTF-8 with non-ASCII text.

    Latin-1 and Windows-1252 decode every byte, so UTF-8 read with them turns
    "Café" into "CafÃ©" without an error; real Latin-1 text is almost never
    valid UTF-8 too.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_if_utf8("Café".encode("utf-8"), "latin-1", "The file 'a.txt'")
    ...     warn_if_utf8("Café".encode("latin-1"), "latin-1", "The file 'b.txt'")
    >>> [str(w.message)[:40] for w in caught]
    ["The file 'a.txt' is valid UTF-8 with non"]
    """
    if is_utf8(encoding) or _is_wide(encoding) or data.isascii() or not _is_utf8_text(data):
        return
    warn(
        f"{where} is valid UTF-8 with non-ASCII characters, but was read as {encoding}, "
        "as asked: if it shows 'Ã©' for 'é', it is UTF-8 (the default encoding)."
    )


def _is_utf8_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_wide(encoding: str) -> bool:
    """UTF-16 or UTF-32, whose text is never also UTF-8 by chance."""
    try:
        return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def decode_file(data: bytes, encoding: str, where: str) -> str:
    """Decode a file's bytes; for UTF-8, honour a byte-order mark and fall back to Windows-1252.

    With any other encoding the bytes are decoded strictly, as asked (a file
    read as UTF-16 that cannot be UTF-16 is refused: :func:`check_not_narrow`).
    """
    if not is_utf8(encoding):
        check_not_narrow(data, encoding, where)
        text = decode_bytes(data, encoding, where)
        warn_if_utf8(data, encoding, where)
        return text
    marked = next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)), "utf-8")
    if marked == "utf-8-sig":
        return decode_bytes(data[len(codecs.BOM_UTF8) :], "utf-8", where)
    if marked != "utf-8":
        try:
            text = data.decode(marked)
        except UnicodeDecodeError:
            # FF FE 00 00 also starts UTF-16-LE text whose first character is U+0000:
            # bytes that are not UTF-32 are read as UTF-16. Other bytes that are not
            # what their mark says get the library's error.
            if data.startswith(codecs.BOM_UTF32_LE):
                marked = "utf-16"
            text = decode_bytes(data, marked, where)
        warn(
            f"{where} starts with a {marked.upper()} byte-order mark; it was read as "
            f"{marked.upper()}, not {encoding}.",
        )
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        reason = f"byte {error.start}: {error.reason}"
    # Windows-1252 decodes every byte but five, which Latin-1 maps to control characters.
    text = data.decode("cp1252", errors="surrogateescape")
    text = _UNDEFINED_IN_CP1252.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)
    warn(
        f"{where} is not valid UTF-8 ({reason}); it was read as Windows-1252 "
        "(Latin-1). Pass the right 'encoding' if that is wrong.",
    )
    return text


def read_article(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Document:
    """Read one article from a text file.

    The document's id is the file name without its suffix; its metadata
    holds the path.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    encoding : str, default="utf-8"
        The file's encoding. With UTF-8, what real folders hold is handled
        too: a UTF-8 byte-order mark is dropped, a UTF-16 or UTF-32
        byte-order mark selects that encoding, and a file that is not valid
        UTF-8 is read as Windows-1252, a superset of Latin-1's printable
        characters; the last two with a :class:`~summarize.SummarizeWarning`.
        Any other encoding is applied strictly.

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
        If the file is not valid in ``encoding`` (never for UTF-8).

    Warns
    -----
    SummarizeWarning
        When a UTF-8 file turns out to be UTF-16, UTF-32 or Windows-1252.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "wire-1.txt").write_text("Leaders met.", encoding="utf-8")
    >>> read_article(folder / "wire-1.txt").id
    'wire-1'
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(
            f"read_article takes a file's path (a str or a Path). "
            f"Got {type(path).__name__} instead."
        )
    path = Path(path)
    encoding = check_encoding(encoding, owner="read_article")
    text = decode_file(read_bytes(path), encoding, f"The file {str(path)!r}")
    return Document(id=path.stem, text=text, metadata={"path": str(path)})


JSON_SUFFIXES = (".json",)
"""File name endings :func:`read_json_articles` reads: one article object, or a list of them."""


def read_json_articles(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> list[Document]:
    """Read the articles of a JSON file: one article object, or a list of them.

    An article object is what :func:`summarize.summarize` takes as a mapping:
    ``"text"`` (required), ``"id"``, ``"title"``, ``"outlet"``, ``"url"``,
    ``"date"``, ``"author"``, ``"language"`` and ``"metadata"`` (any other key
    goes into the metadata). Its offsets index the ``"text"`` value, never the JSON source.
    Without an ``"id"``, the article's id is the file name without its suffix
    (followed by ``-1``, ``-2``, ... for the articles of a list).

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    encoding : str, default="utf-8"
        The file's encoding, as for :func:`read_article`.

    Returns
    -------
    list of Document
        In the file's order; the metadata holds the path.

    Raises
    ------
    InvalidInputError
        If the file cannot be read, is not valid JSON, or holds something
        other than an article object or a non-empty list of them.
    InputTypeError
        If an article object has no ``"text"`` or a field of the wrong type.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> article = {"title": "Rain", "outlet": "Wire", "text": "Rain fell. The river rose."}
    >>> _ = (folder / "wire-1.json").write_text(json.dumps(article), encoding="utf-8")
    >>> [(d.id, d.outlet, d.text) for d in read_json_articles(folder / "wire-1.json")]
    [('wire-1', 'Wire', 'Rain fell. The river rose.')]
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(
            f"read_json_articles takes a file's path (a str or a Path). "
            f"Got {type(path).__name__} instead."
        )
    path = Path(path)
    encoding = check_encoding(encoding, owner="read_json_articles")
    where = f"The file {str(path)!r}"
    text = decode_file(read_bytes(path), encoding, where)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"{where} is not valid JSON ({error.msg}: line {error.lineno}, column {error.colno})."
        ) from None
    except ValueError as error:  # an integer of more digits than Python reads from text
        raise InvalidInputError(f"{where} holds JSON that cannot be read ({error}).") from None
    except RecursionError:
        raise InvalidInputError(f"{where} holds JSON nested too deeply to read.") from None
    if isinstance(data, dict) and "schema_version" in data and "sentences" in data:
        raise InvalidInputError(
            f"{where} holds a summary (the JSON that summarize writes), not an article; "
            "keep summaries out of the articles' folder."
        )
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(item, dict) and "text" in item for item in items):
        raise InvalidInputError(
            f"{where} holds no article: a .json article is an object with a 'text' key "
            "(and optionally 'id', 'title', 'outlet', 'url', 'date', 'author', 'language', "
            "'metadata'), "
            "or a list of them."
        )
    documents = []
    for n, item in enumerate(items, 1):
        ident = item.get("id")
        if ident is None:
            ident = path.stem if len(items) == 1 else f"{path.stem}-{n}"
        try:
            document = document_from_mapping({**item, "id": ident}, n - 1, encoding)
        except SummarizeError as error:
            raise type(error)(f"{where}: {error}") from None
        documents.append(
            dataclasses.replace(document, metadata={**document.metadata, "path": str(path)})
        )
    return documents


def read_folder(
    folder: str | os.PathLike[str],
    *,
    suffixes: tuple[str, ...] = TEXT_SUFFIXES,
    encoding: str = "utf-8",
) -> list[Document]:
    """Read every article in a folder (not its subfolders), sorted by file name.

    Parameters
    ----------
    folder : str or os.PathLike
        The folder.
    suffixes : tuple of str, default=(".txt", ".md")
        Which files to read. A ``.json`` file is read with
        ``summarize.io.files.read_json_articles`` (an article object, or a list of them) and
        an ``.html`` or ``.htm`` page with :func:`summarize.read_html` (its
        readable text), never as the source text of the file.
    encoding : str, default="utf-8"
        The files' encoding, as for :func:`read_article`.

    Returns
    -------
    list of Document
        One per file (a .json file may hold several), ids from the file names.

    Raises
    ------
    InvalidInputError
        If the folder does not exist.
    EmptyInputError
        If it holds no matching file.

    Examples
    --------
    >>> import summarize
    >>> from summarize.io.files import read_folder, sample_folder
    >>> [d.id for d in read_folder(sample_folder())]
    ['coast-radio', 'harbor-gazette', 'tech-weekly', 'valley-news']
    """
    if not isinstance(folder, (str, os.PathLike)):
        raise InputTypeError(
            f"read_folder takes a folder's path (a str or a Path). Got {type(folder).__name__} "
            "instead."
        )
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInputError(f"{str(folder)!r} is not a folder.")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in suffixes)
    if not paths:
        raise EmptyInputError(
            f"The folder {str(folder)!r} holds no file ending in {', '.join(suffixes)}."
        )
    documents: list[Document] = []
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES:
            documents.extend(read_json_articles(path, encoding=encoding))
        elif suffix in (".html", ".htm"):  # summarize.io.html.HTML_SUFFIXES, lxml unloaded
            from .html import read_html

            documents.append(read_html(path, encoding=encoding))
        else:
            documents.append(read_article(path, encoding=encoding))
    return documents


def sample_folder() -> Path:
    """The folder of the built-in sample articles."""
    return Path(str(resources.files("summarize") / "samples"))


def sample_articles() -> list[Document]:
    """Four short made-up news articles on one event, from four outlets.

    Written for this project (no copyright issues) to try the library on: a
    city opens a floating solar farm. They carry what real pages carry:
    headlines, share buttons, a caption printed twice, a photo credit, a
    comment form, and one conflicting detail.

    Returns
    -------
    list of Document

    Examples
    --------
    >>> import summarize
    >>> articles = summarize.sample_articles()
    >>> len(articles), articles[0].id
    (4, 'coast-radio')
    """
    return read_folder(sample_folder())
