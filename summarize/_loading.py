"""Loading articles from files: the only module of the library that reads files."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from ._documents import Document, _decode
from .exceptions import EmptyInputError, InvalidInputError

__all__ = ["read_article", "read_folder", "sample_articles", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
"""File name endings :func:`read_folder` reads by default."""


def read_article(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Document:
    """Read one article from a text file.

    The document's id is the file name without its suffix; its metadata
    holds the path. A UTF-8 byte-order mark is dropped.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    encoding : str, default="utf-8"
        The file's encoding.

    Returns
    -------
    Document

    Raises
    ------
    InvalidInputError
        If the file cannot be read.
    InputDecodeError
        If the file is not valid in ``encoding``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "wire-1.txt").write_text("Leaders met.", encoding="utf-8")
    >>> read_article(folder / "wire-1.txt").id
    'wire-1'
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInputError(f"Cannot read article {str(path)!r}: {error.strerror}.") from None
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = _decode(data, encoding, f"The file {str(path)!r}")
    return Document(id=path.stem, text=text, metadata={"path": str(path)})


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
        Which files to read.
    encoding : str, default="utf-8"
        The files' encoding.

    Returns
    -------
    list of Document
        One per file, ids from the file names.

    Raises
    ------
    InvalidInputError
        If the folder does not exist.
    EmptyInputError
        If it holds no matching file.

    Examples
    --------
    >>> import summarize
    >>> from summarize._loading import read_folder, sample_folder
    >>> [d.id for d in read_folder(sample_folder())]
    ['coast-radio', 'harbor-gazette', 'tech-weekly', 'valley-news']
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInputError(f"{str(folder)!r} is not a folder.")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in suffixes)
    if not paths:
        raise EmptyInputError(
            f"The folder {str(folder)!r} holds no file ending in {', '.join(suffixes)}."
        )
    return [read_article(path, encoding=encoding) for path in paths]


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
