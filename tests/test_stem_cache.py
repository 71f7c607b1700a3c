"""The stems remembered across calls change nothing, and their memory is bounded."""

from __future__ import annotations

import pytest

import summarize
import summarize.languages
from summarize import features as _features
from summarize.features import count_terms

TEXTS = [
    "The prime minister met the press.",
    "Meetings of ministers went on.",
    "U.S. talks resumed.",
]


def test_remembered_stems_give_the_same_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_features, "_stems", {})
    cold = count_terms(TEXTS)
    assert _features._stems["english"]["meetings"] == "meet"
    warm = count_terms(TEXTS)
    assert cold.term_names == warm.term_names
    assert (cold.terms != warm.terms).nnz == 0
    assert (cold.pairs != warm.pairs).nnz == 0


def test_a_full_memory_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_features, "_stems", {"english": {f"w{i}": "w" for i in range(5)}})
    monkeypatch.setattr(_features, "_STEM_CACHE_SIZE", 3)
    count_terms(["Rain fell."])
    assert set(_features._stems["english"]) == {"rain", "fell"}


WORDS = [
    "meetings", "u.s.", "2024", "closed", "ministers", "$227.8", "covid-19", "l'état",
    "président", "выборы", "президента", "北京", "정부는", "don't", "i", "a.m.", "\ud800x",
    "Ärzte", "straße", "yönetimi", "κυβέρνηση", "",
]  # fmt: skip


@pytest.mark.parametrize("language", summarize.languages.available())
def test_remembered_stems_are_the_languages_stems(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cold (every word stemmed now), then warm (every word from the memory): both are
    # what Language.stem gives, which corroboration used to call itself.
    monkeypatch.setattr(_features, "_stems", {})
    expected = summarize.languages.get(language).stem(WORDS)
    assert _features.remembered_stems(WORDS, language) == expected
    assert _features.remembered_stems(WORDS, language) == expected
    # Words count_terms has stemmed (as bare words) are looked up, not stemmed again.
    count_terms(["Meetings of ministers closed."], language=language)
    assert _features.remembered_stems(["meetings"], language) == expected[:1]
