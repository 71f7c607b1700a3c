"""A sixth black-box review (session 30): the scores reported, rank() and extending."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import numpy as np
import pytest

import summarize
from summarize.scorers import Edmundson, Scores


def _scored(values: list[float]) -> list[float]:
    @dataclasses.dataclass(frozen=True)
    class Fixed:
        name: ClassVar[str] = "fixed"

        def score(self, candidates: object, features: object) -> Scores:
            return Scores(np.array(values, dtype=np.float64))

    articles = ["One fell. Two rose.", "Three stayed. Four left."]
    ranked = summarize.Summarizer(scorer=Fixed()).rank(articles)
    by_text = {s.text: s.score for s in ranked}
    return [by_text[t] for t in ("One fell.", "Two rose.", "Three stayed.", "Four left.")]


def test_scores_below_zero_keep_their_order_and_the_positive_ones_average_1() -> None:
    assert _scored([1.0, -1.0, 3.0, -2.0]) == [0.5, -0.5, 1.5, -1.0]
    assert _scored([1e-13, -1.0, 1.0, -1.0]) == pytest.approx([2e-13, -2.0, 2.0, -2.0])


def test_scores_none_of_which_is_positive_are_shifted_to_average_1() -> None:
    # Edmundson's stigma words made every score 0 or below: the scores averaged -1.
    scores = _scored([0.0, -2.0, -1.0, -1.0])
    assert scores == pytest.approx([2.0, 0.0, 1.0, 1.0])
    stigma = Edmundson(
        stigma_words=["panels", "solar", "water", "city"],
        cue_weight=1,
        title_weight=0,
        location_weight=0,
    )
    ranked = summarize.Summarizer(scorer=stigma).rank(summarize.sample_articles())
    assert np.mean([s.score for s in ranked]) == pytest.approx(1.0)
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)


def test_scores_alike_or_too_large_are_all_1() -> None:
    assert _scored([-3.0, -3.0, -3.0, -3.0]) == [1.0] * 4
    assert _scored([1e308] * 4) == [1.0] * 4  # their mean overflowed: every score was 0.0


def test_a_class_whose_defaults_fail_is_refused_at_register() -> None:
    @dataclasses.dataclass(frozen=True)
    class Boom:
        name: ClassVar[str] = "boom-at-init"

        def __post_init__(self) -> None:
            raise RuntimeError("cannot be made")

        def score(self, candidates: object, features: object) -> Scores:  # pragma: no cover
            raise NotImplementedError

    with pytest.raises(summarize.InvalidParameterError, match="raised RuntimeError"):
        summarize.scorers.register(Boom)
    assert "boom-at-init" not in summarize.scorers.available()


def test_the_text_output_names_the_question_without_claiming_it_steered() -> None:
    with pytest.warns(summarize.SummarizeWarning, match="does not steer"):
        summary = summarize.summarize(
            summarize.sample_articles(), max_words=30, query="the of and"
        )
    assert str(summary).splitlines()[-1] == ("Note: the question asked was 'the of and'")


def test_edmundson_words_are_read_without_their_spaces() -> None:
    assert Edmundson(bonus_words=["  evaporation "]).bonus_words == ("evaporation",)


def test_a_frame_topics_error_names_the_topic_once() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"topic": ["t"], "id": ["a"], "text": ["   "]})
    with pytest.raises(summarize.EmptyInputError) as raised:
        summarize.summarize_frame(df)
    assert str(raised.value).count("Topic 't'") == 1
