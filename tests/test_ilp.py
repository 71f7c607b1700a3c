"""The ILP selector: exact budgeted concept coverage with HiGHS."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
from summarize.exceptions import InvalidParameterError
from summarize.features import Features
from summarize.scorers import Scores
from summarize.segmentation import Candidates
from summarize.selectors import ILP, Budget, Greedy

# The invented sentences are short: let every length in (the default keeps out
# sentences under 8 words).
ILP1 = ILP(min_words=1)


def _candidates(texts: list[str]) -> Candidates:
    n = len(texts)
    words = np.array([len(t.split()) for t in texts], dtype=np.int64)
    ends = np.array([len(t) for t in texts], dtype=np.int64)
    return Candidates(
        tuple(texts), np.arange(n, dtype=np.int64), np.zeros(n, dtype=np.int64),
        np.zeros(n, dtype=np.int64), ends, words,
    )  # fmt: skip


def _features(n: int) -> Features:
    identity = sp.identity(n, format="csr")  # no two sentences alike
    return Features(identity, tuple(f"t{i}" for i in range(n)), identity, identity)


# Sentence 0 (6 words) covers concepts 0 and 1 (weight 5); sentences 1 and 2
# (5 words each) cover concept 2 and concept 3 (weight 4 each). With 10 words,
# the best per-word first choice is sentence 0, after which nothing fits;
# the optimum is sentences 1 and 2.
# Each ends as a sentence does: a short text without a full stop is a fragment.
TEXTS = ["aa bb cc dd ee ff.", "gg hh ii jj kk.", "ll mm nn oo pp."]
CONCEPTS = sp.csr_matrix(np.array([[1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]))
WEIGHTS = np.array([3.0, 2.0, 4.0, 4.0])


def _scores(bonus: np.ndarray | None = None) -> Scores:
    bonus = np.zeros(3) if bonus is None else bonus
    values = np.asarray(CONCEPTS @ WEIGHTS).ravel() / WEIGHTS.sum() + bonus
    return Scores(values, CONCEPTS, WEIGHTS, bonus, 1.0)


def test_ilp_finds_the_optimum_the_greedy_choice_misses() -> None:
    candidates, features = _candidates(TEXTS), _features(3)
    budget = Budget(max_words=10)
    assert Greedy().select(candidates, features, _scores(), budget) == [0]
    assert sorted(ILP1.select(candidates, features, _scores(), budget)) == [1, 2]


def test_ilp_respects_every_bound() -> None:
    candidates, features = _candidates(TEXTS), _features(3)
    assert len(ILP1.select(candidates, features, _scores(), Budget(max_sentences=1))) == 1
    chosen = ILP1.select(candidates, features, _scores(), Budget(max_chars=20))
    assert sum(len(TEXTS[i]) for i in chosen) + len(chosen) - 1 <= 20
    assert ILP1.select(candidates, features, _scores(), Budget(max_words=4)) == []


def test_ilp_never_chooses_two_near_duplicates() -> None:
    candidates = _candidates(TEXTS)
    X = sp.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]]))  # 1 and 2 alike
    features = Features(X, ("a", "b"), X, X)
    chosen = ILP1.select(candidates, features, _scores(), Budget(max_words=10))
    assert len(chosen) == 1


def test_ilp_returns_the_best_first_and_is_deterministic() -> None:
    candidates, features = _candidates(TEXTS), _features(3)
    scores = _scores(bonus=np.array([0.0, 0.0, 0.01]))
    first = ILP1.select(candidates, features, scores, Budget(max_words=10))
    assert first == [2, 1]  # sentence 2 has the larger value
    assert ILP1.select(candidates, features, scores, Budget(max_words=10)) == first


def test_without_concepts_the_values_are_a_knapsack() -> None:
    candidates, features = _candidates(TEXTS), _features(3)
    scores = Scores(np.array([5.0, 4.0, 4.0]))
    assert sorted(ILP1.select(candidates, features, scores, Budget(max_words=10))) == [1, 2]


def test_greedy_fallback_when_the_solver_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import scipy.optimize

    class NoSolution:
        x = None

    monkeypatch.setattr(scipy.optimize, "milp", lambda *args, **kwargs: NoSolution())
    candidates, features = _candidates(TEXTS), _features(3)
    assert ILP1.select(candidates, features, _scores(), Budget(max_words=10)) == [0]


def test_only_the_best_candidates_enter_the_program() -> None:
    candidates, features = _candidates(TEXTS), _features(3)
    # With room for one candidate only, the best one (sentence 0) is the program.
    chosen = ILP(max_candidates=1, min_words=1).select(
        candidates, features, _scores(), Budget(max_words=10)
    )
    assert chosen == [0]


def test_ilp_through_the_pipeline_keeps_provenance() -> None:
    articles = [
        "The dam broke on Monday. Water flooded the valley below the town. Farms were lost.",
        "On Monday the dam broke and water flooded the valley. Rescuers came by boat.",
        "Water flooded the valley after the dam broke. Many farms were lost too.",
    ]
    summary = summarize.summarize(articles, selector=ILP1, max_words=25)
    assert summary.sentences
    assert sum(len(s.text.split()) for s in summary.sentences) <= 25
    for sentence in summary.sentences:
        document = summary.documents[sentence.document_index]
        assert document.text[sentence.start : sentence.end] == sentence.text


def test_short_sentences_are_kept_out_by_default() -> None:
    candidates, features = _candidates(TEXTS), _features(3)
    # Every sentence is under 8 words: the program has nothing to choose from,
    # and the greedy rule (which has no such bound) answers instead.
    assert ILP().select(candidates, features, _scores(), Budget(max_words=10)) == [0]


def test_ilp_is_registered() -> None:
    assert "ilp" in summarize.selectors.available()
    assert summarize.selectors.get("ilp") == ILP()


@pytest.mark.parametrize(
    "settings",
    [{"time_limit": 0}, {"duplicate_threshold": 0}, {"max_candidates": 0},
     {"min_words": -1}, {"dangling_penalty": 2}],
)  # fmt: skip
def test_bad_settings_raise(settings: dict[str, float]) -> None:
    with pytest.raises(InvalidParameterError):
        ILP(**settings)
