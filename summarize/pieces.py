"""The whitespace-separated pieces of many texts, numbered by Arrow's string kernels.

Finding the words of a million sentences costs a Python call per token.
With pyarrow installed (the optional ``fast`` extra), Arrow splits the
texts at whitespace and numbers equal pieces in C++ (:func:`split_pieces`);
the caller then finds the words of each *distinct* piece once, and
:func:`spread` hands them to every occurrence with array operations.
Arrow splits at exactly the characters Python's ``str.split`` splits at, and
whitespace is never part of a word, so the words are the same either way.
Term counting (:func:`~summarize.features.featurize`) and corroboration
(:func:`~summarize.corroboration.corroborate`) both read words this way.

Arrays cross between Python and Arrow through their buffers
(:func:`arrow_strings`, :func:`arrow_integers`, :func:`numpy_integers`):
``pyarrow.array`` and NumPy's conversions of Arrow arrays import pandas when
it is installed, a third of a second of a process's first large call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

import numpy as np

__all__ = [
    "Pieces",
    "arrow",
    "arrow_integers",
    "arrow_strings",
    "numpy_integers",
    "release_memory",
    "split_pieces",
    "spread",
    "spread_words",
]


@dataclass(frozen=True)
class Pieces:
    """The whitespace pieces of some texts, each distinct piece numbered once.

    Attributes
    ----------
    per_text : numpy.ndarray of shape (n_texts,)
        How many pieces each text has.
    occurrence : numpy.ndarray of shape (n_pieces,)
        For each piece, in text order, its index in ``distinct``.
    distinct : list of str
        The distinct pieces, in order of first occurrence.
    dictionary : pyarrow.Array or None
        The same distinct pieces as an Arrow array, when Arrow split them.
    """

    per_text: np.ndarray
    occurrence: np.ndarray
    distinct: list[str]
    dictionary: Any = None


@cache
def arrow() -> tuple[Any, Any] | None:
    """pyarrow and its compute module, when installed (imported once).

    Examples
    --------
    >>> modules = arrow()
    >>> modules is None or modules[1].__name__ == "pyarrow.compute"
    True
    """
    try:
        import pyarrow
        import pyarrow.compute
    except ImportError:
        return None
    return pyarrow, pyarrow.compute


def release_memory() -> None:
    """Give back to the system the memory Arrow's allocator kept after the arrays died.

    Arrow's default pool (mimalloc or jemalloc) keeps freed pages for reuse,
    so after the texts of a large input are split, about 0.1 GB stays resident
    (at 200,000 sentences) though no array holds it, through the later stages
    of the call. Releasing it costs well under a millisecond. Nothing happens
    without pyarrow or when it was never imported.

    Examples
    --------
    >>> release_memory()
    """
    import sys

    if "pyarrow" not in sys.modules:  # never imported here: nothing held, nothing to import
        return
    modules = arrow()
    if modules is not None:
        modules[0].default_memory_pool().release_unused()


def arrow_strings(texts: Sequence[str]) -> Any | None:
    """An Arrow array (``large_string``) of ``texts``, made from their UTF-8 bytes.

    None when a text cannot be encoded as UTF-8 (a lone surrogate), or
    without pyarrow.

    Examples
    --------
    >>> array = arrow_strings(["a b", "", "é"])
    >>> array is None or array.to_pylist() == ["a b", "", "é"]
    True
    """
    made = _encoded(texts)
    return None if made is None else made[0]


_SPLIT_ASCII = "\x1c\x1d\x1e\x1f"
"""The ASCII characters Python's ``str.split`` (and Arrow's ``utf8_split_whitespace``)
split at and Arrow's ``ascii_split_whitespace`` does not."""


def _encoded(texts: Sequence[str]) -> tuple[Any, str] | None:
    """:func:`arrow_strings` of ``texts``, and which splitter splits it as ``str.split``
    does: ``"ascii"`` (ASCII text without the separators of :data:`_SPLIT_ASCII`) or
    ``"utf8"``."""
    modules = arrow()
    if modules is None:
        return None
    pa, _ = modules
    joined = "".join(texts)
    try:
        data = joined.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate is not UTF-8
        return None
    ascii = len(data) == len(joined)  # one byte a character
    if ascii:
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    else:
        lengths = np.fromiter(
            (len(text.encode("utf-8")) for text in texts), dtype=np.int64, count=len(texts)
        )
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    array = pa.LargeStringArray.from_buffers(len(texts), pa.py_buffer(offsets), pa.py_buffer(data))
    plain = ascii and not any(separator in joined for separator in _SPLIT_ASCII)
    return array, "ascii" if plain else "utf8"


def _required() -> tuple[Any, Any]:
    """pyarrow and its compute module, for the helpers only Arrow's paths call."""
    modules = arrow()
    if modules is None:
        raise ImportError("pyarrow is not installed")
    return modules


def arrow_integers(values: np.ndarray) -> Any:
    """An Arrow array of the integers of ``values`` (NumPy, one dimension), sharing them.

    Examples
    --------
    >>> array = arrow_integers(np.array([3, 1], dtype=np.int32))
    >>> arrow() is None or (str(array.type), array.to_pylist()) == ("int32", [3, 1])
    True
    """
    pa, _ = _required()
    values = np.ascontiguousarray(values)
    kind = {"i": "int", "u": "uint"}[values.dtype.kind]
    arrow_type = getattr(pa, f"{kind}{8 * values.dtype.itemsize}")()
    return pa.Array.from_buffers(arrow_type, len(values), [None, pa.py_buffer(values)])


def numpy_integers(array: Any, *, null: int = -1) -> np.ndarray:
    """The integers of an Arrow array, read from its buffers (``null`` where it has none).

    The result may share the array's memory and be read-only.

    Examples
    --------
    >>> modules = arrow()
    >>> modules is None or numpy_integers(modules[0].array([4, None, 2])).tolist() == [4, -1, 2]
    True
    """
    pa, _ = _required()
    kind = "i" if pa.types.is_signed_integer(array.type) else "u"
    dtype = np.dtype(f"{kind}{array.type.bit_width // 8}")
    if len(array) == 0:
        return np.zeros(0, dtype=dtype)
    validity, data = array.buffers()[:2]
    first, last = array.offset, array.offset + len(array)
    values: np.ndarray = np.frombuffer(data, dtype=dtype)[first:last]
    if array.null_count:
        bits = np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")
        values = np.where(bits[first:last].astype(bool), values, null).astype(dtype)
    return values


def split_pieces(texts: Sequence[str], *, lower: bool = False) -> Pieces | None:
    """The whitespace pieces of ``texts``, numbered by Arrow; None without pyarrow.

    None too when a text cannot be encoded as UTF-8 (a lone surrogate):
    the caller then splits with Python.

    Parameters
    ----------
    texts : sequence of str
    lower : bool, default=False
        Split the texts lower-cased (``str.lower``). Texts all ASCII are
        lower-cased and split by Arrow's ASCII kernels, which are faster and
        run without Python's lock (a thread splitting them leaves the caller's
        thread free); others are lower-cased by Python first.

    Returns
    -------
    Pieces or None

    Examples
    --------
    An empty text is one empty piece (which has no words):

    >>> pieces = split_pieces(["a b a", "", "b  c"])
    >>> pieces is None or (
    ...     pieces.per_text.tolist(), pieces.occurrence.tolist(), pieces.distinct
    ... ) == ([3, 1, 2], [0, 1, 0, 2, 1, 3], ["a", "b", "", "c"])
    True
    """
    modules = arrow()
    made = _encoded(texts)
    if modules is None or made is None:
        return None
    array, splitter = made
    _, pc = modules
    if lower and splitter == "ascii":
        array = pc.ascii_lower(array)  # what str.lower does to ASCII
    elif lower:  # lower-cased by Python, then encoded again
        made = _encoded(list(map(str.lower, texts)))
        if made is None:  # pragma: no cover - lower-casing keeps a text encodable
            return None
        array, splitter = made
    if splitter == "ascii":
        split = pc.ascii_split_whitespace(array)
    else:
        split = pc.utf8_split_whitespace(array)
    encoded = pc.dictionary_encode(split.values)
    return Pieces(
        np.diff(numpy_integers(split.offsets)),
        numpy_integers(encoded.indices).astype(np.int64),
        encoded.dictionary.to_pylist(),
        encoded.dictionary,
    )


def spread(
    found: Sequence[Sequence[int]], pieces: Pieces, dtype: Any = np.int64
) -> tuple[np.ndarray, np.ndarray]:
    """The ids of every occurrence's words, and the text each comes from.

    Parameters
    ----------
    found : sequence of sequences of int
        The word ids of each distinct piece (``pieces.distinct``), in order.
    pieces : Pieces
        From :func:`split_pieces`.
    dtype : numpy dtype, default=numpy.int64
        Of both arrays returned.

    Returns
    -------
    ids : numpy.ndarray
        The word ids, in text order.
    texts : numpy.ndarray
        The index of the text of each id.

    Examples
    --------
    >>> pieces = Pieces(np.array([2, 1]), np.array([0, 1, 0]), ["ab", "c"])
    >>> ids, texts = spread([(5, 6), (7,)], pieces)
    >>> ids.tolist(), texts.tolist()
    ([5, 6, 7, 5, 6], [0, 0, 0, 1, 1])
    """
    lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    words = np.fromiter(chain.from_iterable(found), dtype=dtype, count=int(lengths.sum()))
    return spread_words(np.cumsum(lengths) - lengths, lengths, words, pieces, dtype=dtype)


def spread_words(
    first_word: np.ndarray,
    lengths: np.ndarray,
    words: np.ndarray,
    pieces: Pieces,
    dtype: Any = np.int64,
) -> tuple[np.ndarray, np.ndarray]:
    """As :func:`spread`, with the words of the distinct pieces given as arrays.

    Parameters
    ----------
    first_word, lengths : numpy.ndarray of int, shape (len(pieces.distinct),)
        Where the words of each distinct piece start in ``words``, and how
        many it has.
    words : numpy.ndarray of int
        The word ids, each piece's a contiguous run (runs may be shared).
    pieces : Pieces
        From :func:`split_pieces`.
    dtype : numpy dtype, default=numpy.int64
        Of the texts' indices returned (the ids keep ``words``' type).

    Returns
    -------
    tuple of numpy.ndarray
        The word ids in text order and the text of each, as :func:`spread`
        returns them.

    Examples
    --------
    Piece "ab" has the words 5 and 6 (from position 1), "c" the word 7:

    >>> pieces = Pieces(np.array([2, 1]), np.array([0, 1, 0]), ["ab", "c"])
    >>> ids, texts = spread_words(np.array([1, 0]), np.array([2, 1]), np.array([7, 5, 6]), pieces)
    >>> ids.tolist(), texts.tolist()
    ([5, 6, 7, 5, 6], [0, 0, 0, 1, 1])
    """
    occurrence = pieces.occurrence
    count = lengths[occurrence]
    if (lengths == 1).all():  # one word a piece, the common case
        ids = words[first_word[occurrence]]
    else:
        total = int(count.sum())
        gather = np.repeat(first_word[occurrence] - (np.cumsum(count) - count), count)
        ids = words[gather + np.arange(total, dtype=np.int64)]
    per_text = np.asarray(pieces.per_text, dtype=np.int64)
    texts = np.repeat(np.repeat(np.arange(len(per_text), dtype=dtype), per_text), count)
    return ids, texts
