"""A fourth black-box review: a language of one's own, scorers' output, ``"auto"``."""

from __future__ import annotations

import dataclasses
import json
import pickle

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
from summarize import languages
from summarize.exceptions import InputTypeError, InvalidParameterError
from summarize.scorers import Scores

ARTICLES = [
    "The council approved the budget on Monday. The mayor welcomed the vote and thanked the "
    "members. Critics said the plan was too costly.",
    "The budget passed the council. The mayor said it was a good day for the town.",
]


def test_a_language_of_ones_own_is_read_in_every_stage() -> None:
    english = languages.get("en")
    sports = dataclasses.replace(
        english,
        name="english-sports",
        code="xs",
        stopwords=english.stopwords | {"council", "budget"},
    )
    summarizer = summarize.Summarizer(language=sports, max_sentences=2)
    assert summarizer.language is sports
    summary = summarizer.summarize(ARTICLES)
    # "council" and "budget" are stopwords now: no terms, no concepts (the most shared).
    plain = summarize.Summarizer(max_sentences=2).summarize(ARTICLES)
    assert [s.text for s in summary.sentences] != [s.text for s in plain.sentences]
    assert summary.settings["language"] == "english-sports"
    assert summary.settings["languages"] == ["english-sports"]
    assert {d.language for d in summary.documents} == {"english-sports"}
    json.loads(summary.to_json())
    assert pickle.loads(pickle.dumps(summarizer)).summarize(ARTICLES) == summary
    # A derived language that keeps its name reads the text by its own rules too.
    semi = dataclasses.replace(english, sentence_enders=english.sentence_enders + ";")
    text = "The council met on Monday; The mayor welcomed the vote. Critics said no."
    ranked = summarize.Summarizer(language=semi, max_sentences=5).rank([text])
    assert len(ranked) == 3
    # One equal to a built-in language is named as the setting is.
    assert summarize.Summarizer(language=languages.get("de")).language == "german"


def test_a_document_names_a_built_in_language() -> None:
    assert summarize.Document("a", "Hallo.", language=languages.get("de")).language == "german"
    own = dataclasses.replace(languages.get("en"), name="mine", code="xm")
    with pytest.raises(InputTypeError, match="Summarizer"):
        summarize.Document("a", "Hi.", language=own)
    with pytest.raises(InvalidParameterError, match="Document 'a'"):
        summarize.Document("a", "Hi.", language="englsh")


class _Custom:
    name = "custom"
    reads_query = False

    def __init__(self, **change: object) -> None:
        self.change = change

    def score(self, candidates: object, features: object) -> Scores:
        n = len(candidates)  # type: ignore[arg-type]
        fields = dict(
            values=np.ones(n),
            concepts=sp.csr_matrix(np.ones((n, 3))),
            weights=np.ones(3),
            bonus=np.zeros(n),
            length_penalty=0.5,
        )
        fields.update(self.change)
        return Scores(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"length_penalty": float("nan")}, "length_penalty"),
        ({"length_penalty": "0.5"}, "length_penalty"),
        ({"length_penalty": -1.0}, "length_penalty"),
        ({"weights": np.full(3, 1e308)}, "sum"),
        ({"concepts": sp.csr_matrix(np.ones((1, 3)))}, "one row each"),
        ({"weights": np.ones(2)}, "one weight"),
    ],
)
def test_a_scorers_concepts_and_penalty_are_checked(
    change: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        summarize.Summarizer(scorer=_Custom(**change)).summarize(ARTICLES)


def test_auto_reads_an_article_without_letters_in_the_clusters_language() -> None:
    german = [
        "Der Stadtrat hat am Montag den Haushalt beschlossen. Die Bürgermeisterin dankte den "
        "Mitgliedern für die Arbeit.",
        "Der Haushalt wurde vom Stadtrat angenommen. Die Opposition hält den Plan für zu teuer.",
    ]
    summary = summarize.summarize([*german, "12.000 | 30.000 | 45,5 %."], language="auto")
    assert summary.settings["languages"] == ["german"]
    assert {d.language for d in summary.documents} == {"german"}


def test_a_languages_own_name_is_found_with_decomposed_accents() -> None:
    import unicodedata

    for name in ("français", "bokmål", "čeština", "한국어"):
        assert languages.get(unicodedata.normalize("NFD", name)) is languages.get(name)
