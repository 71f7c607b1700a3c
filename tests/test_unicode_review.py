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


def test_decomposed_text_is_read_as_its_composed_form() -> None:
    # NFD (macOS file names, some scrapers): stopwords, stems and abbreviations looked up
    # in the NFC form; offsets still index the text as given.
    nfc = [
        "Городской совет в понедельник одобрил строительство нового моста. Работы начнутся "
        "в мае и обойдутся в 40 млн рублей. Жители поддержали план.",
        "Депутаты в понедельник проголосовали за новый мост. Стройка начнётся в мае. "
        "Стоимость составит 42 млн рублей.",
    ]
    nfd = [unicodedata.normalize("NFD", text) for text in nfc]

    def picked(articles: list[str]) -> list[tuple[int, int]]:
        summary = summarize.summarize(articles, language="ru", max_sentences=2)
        for s in summary.sentences:
            assert articles[s.document_index][s.start : s.end] == s.text
        return [(s.document_index, s.sentence_index) for s in summary.sentences]

    assert picked(nfd) == picked(nfc)
    vietnamese = languages.get("vi")
    assert all(
        w in vietnamese.stopwords for w in vietnamese.words(unicodedata.normalize("NFD", "người"))
    )
    for text, language in [("Přišli např. Novák a Dvořák.", "cs"), ("Voir éd. Gallimard.", "fr")]:
        assert _split(unicodedata.normalize("NFD", text), language) == [
            unicodedata.normalize("NFD", text)
        ]


def test_an_article_of_invisible_marks_alone_is_empty() -> None:
    with pytest.warns(summarize.SummarizeWarning, match="Article '0' is empty"):
        summary = summarize.summarize(["\u200b\ufeff\u200e", "The bridge reopened. Cars crossed."])
    assert summary.sentences
    with pytest.raises(summarize.EmptyInputError, match="empty or only whitespace"):
        summarize.summarize(["\u200b\u200b"])
