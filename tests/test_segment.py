"""Segmentation: sentence spans with exact offsets, offline."""

from __future__ import annotations

import pytest

from summarize._segment import line_spans, sentence_spans


def texts(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in line] for line in sentence_spans(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Smith met Dr. Jones and Gen. Lee in the U.S. on Jan. 5. Talks ended. St. Paul is e.g. a city."
    assert texts(text) == [
        ["Mr. Smith met Dr. Jones and Gen. Lee in the U.S. on Jan. 5.", "Talks ended.",
         "St. Paul is e.g. a city."]
    ]


def test_company_and_number_abbreviations() -> None:
    assert texts("Acme Inc. said No. 5 won. It rained.") == [["Acme Inc. said No. 5 won.", "It rained."]]


def test_line_breaks_end_sentences() -> None:
    assert texts("A headline\nFirst sentence\n\nSecond one.") == [
        ["A headline"], ["First sentence"], ["Second one."]
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\x0c"])
def test_every_kind_of_line_end(newline: str) -> None:
    text = f"One.{newline}Two."
    assert [text[a:b] for a, b in line_spans(text)] == ["One.", "Two."]


def test_spans_exclude_surrounding_whitespace_and_blank_lines() -> None:
    text = "  \n\t Indented line.  \n   \n"
    assert line_spans(text) == [(5, 19)]
    assert texts(text) == [["Indented line."]]


def test_spans_are_exact_offsets() -> None:
    text = "Prices rose.  Wages fell!\n“Why?” she asked. Nobody knew."
    for line in sentence_spans(text):
        for start, end in line:
            piece = text[start:end]
            assert piece == piece.strip() and piece


def test_no_data_needed() -> None:
    import nltk

    # conftest empties NLTK's search path: segmentation still works.
    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt_tab/english/")
    assert texts("It works. Offline.") == [["It works.", "Offline."]]


def test_empty_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n \r\n") == []
