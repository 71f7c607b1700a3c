"""A seventh black-box review (session 31): hostile and unusual Unicode. Each test is one
defect it found, cut to the smallest text."""

from __future__ import annotations

import unicodedata

import pytest

import summarize
from summarize import languages


def _split(text: str, language: str = "english") -> list[str]:
    return [s.text for s in summarize.split_sentences(text, language=language)]


@pytest.mark.parametrize("mark", ["\u200b", "\u200e", "\u200f", "\ufeff", "\u00ad", "\u2060"])
def test_a_mark_that_shows_nothing_changes_no_break(mark: str) -> None:
    # After an abbreviation's period, before an abbreviation, before the word in lower case
    # that carries a sentence on after a quotation.
    assert _split(f"He met Dr.{mark} Smith.") == [f"He met Dr.{mark} Smith."]
    assert _split(f"He met {mark}Dr. Smith.") == [f"He met {mark}Dr. Smith."]
    assert _split(f'"Stop!" {mark}he said.') == [f'"Stop!" {mark}he said.']
    # A real end stays one.
    assert _split(f"He left.{mark} Then rain fell.") == [f"He left.{mark}", "Then rain fell."]


def test_an_emoji_mark_keeps_its_variation_selector() -> None:
    assert _split("We won\u203c\ufe0f The team celebrated.") == [
        "We won\u203c\ufe0f",
        "The team celebrated.",
    ]


def test_the_halfwidth_ideographic_full_stop_ends_a_sentence() -> None:
    text = "工事は5月に始まる\uff61住民は計画を歓迎した\uff61"
    assert _split(text, "ja") == ["工事は5月に始まる\uff61", "住民は計画を歓迎した\uff61"]


@pytest.mark.parametrize("code", ["hi", "ar"])
def test_every_stopword_is_there_in_its_normalised_form(code: str) -> None:
    stopwords = languages.get(code).stopwords
    assert all(unicodedata.normalize("NFC", word) in stopwords for word in stopwords)
