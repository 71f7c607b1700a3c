"""Arrow's split of texts into whitespace pieces: the pieces of Python's ``str.split``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.pieces import Pieces, split_pieces

pytest.importorskip("pyarrow")

CHARACTERS = st.sampled_from(
    ["a", "Bb", "Q", " ", "  ", "\n", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85",
     "\u00a0", "\u2028", "\u3000", "İ", "Σ", "ß", "É", "中", ".", "$9", "U.S."]
)  # fmt: skip


def _texts(pieces: Pieces) -> list[list[str]]:
    """The pieces of each text, in order, but the empty ones (Arrow's split makes one
    where a text starts or ends with whitespace, or is empty; they hold no word)."""
    found, at = [], 0
    for count in pieces.per_text.tolist():
        found.append(
            [w for k in pieces.occurrence[at : at + count].tolist() if (w := pieces.distinct[k])]
        )
        at += count
    return found


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.lists(CHARACTERS, max_size=12).map("".join), min_size=1, max_size=6))
def test_pieces_are_those_of_str_split_lowered_or_not(texts: list[str]) -> None:
    # ASCII texts take Arrow's ASCII kernels (lower-casing and splitting), others Python's
    # lower-casing and Arrow's Unicode split: the pieces are the same either way.
    plain = split_pieces(texts)
    lowered = split_pieces(texts, lower=True)
    assert plain is not None and lowered is not None
    assert _texts(plain) == [text.split() for text in texts]
    assert _texts(lowered) == [text.lower().split() for text in texts]


@pytest.mark.parametrize(
    "texts",
    [
        ["The U.S. Senate\tmet", "  Twice  "],  # ASCII: Arrow's ASCII kernels
        ["A\x1cB c"],  # ASCII, but a separator Arrow's ASCII split does not know
        ["Ünter DEN Linden", "ΣΟΦΙΑ"],  # not ASCII: lower-cased by Python
    ],
)
def test_lowered_pieces(texts: list[str]) -> None:
    pieces = split_pieces(texts, lower=True)
    assert pieces is not None
    assert _texts(pieces) == [t.lower().split() for t in texts]
