"""The stems remembered across calls change nothing, and their memory is bounded."""

from __future__ import annotations

import pytest

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
