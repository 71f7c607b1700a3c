"""The restatement rule: no fact stated twice in other words, even in long sentences."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
from summarize.exceptions import InvalidParameterError
from summarize.features import count_terms
from summarize.selectors import Budget, Greedy
from summarize.selectors.greedy import select


def _rows(sets: list[set[int]], columns: int) -> sp.csr_matrix:
    dense = np.zeros((len(sets), columns))
    for i, row in enumerate(sets):
        dense[i, sorted(row)] = 1.0
    return sp.csr_matrix(dense)


def _mask(columns: set[int], n: int = 18) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[sorted(columns)] = True
    return mask


# Candidates 0 and 1 report one event (terms 0-3), each in its own words (terms 4-8 and
# 9-13): 4 of 9 terms shared, under half. Of their terms, 0-4 and 9 are corroborated
# (another article uses them): 0-4 for candidate 0, 0-3 and 9 for candidate 1, so each
# has 4 of its 5 in the other. Candidate 2 says something else.
TERMS = _rows([{0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 9, 10, 11, 12, 13}, {14, 15, 16, 17}], 18)
CORROBORATED = _mask({0, 1, 2, 3, 4, 9, 14, 15})


def _select(
    corroborated: np.ndarray | None,
    articles: np.ndarray | None = None,
    terms: sp.csr_matrix = TERMS,
) -> list[int]:
    # Concept i is candidate i's own: 0 is worth most, then 1, then 2.
    return select(
        sp.csr_matrix(np.eye(3)),
        ["a b c d e f g h i", "a b c d j k l m n", "o p q r"],
        concepts=sp.csr_matrix(np.eye(3)),
        weights=np.array([3.0, 2.0, 1.0]),
        bonus=np.zeros(3),
        length_penalty=0.0,
        budget=Budget(max_sentences=2),
        diversity=0.0,
        duplicate_threshold=0.9,
        terms=terms,
        restate_threshold=0.5,
        corroborated=corroborated,
        articles=articles,
    )


def test_a_restatement_in_other_words_passes_on_all_terms() -> None:
    assert _select(None) == [0, 1]


def test_the_corroborated_terms_catch_the_restatement() -> None:
    assert _select(CORROBORATED) == [0, 2]
    assert _select(CORROBORATED, np.array([0, 1, 2])) == [0, 2]


def test_the_corroborated_terms_compare_only_sentences_of_different_articles() -> None:
    # Two sentences of one article share its names, not its wording: they are compared
    # on all their terms only (4 of 9, under half).
    assert _select(CORROBORATED, np.array([0, 0, 1])) == [0, 1]


def test_names_and_a_new_fact_are_not_a_restatement() -> None:
    # Candidate 1's corroborated terms are the story's names (0-3), all in candidate 0;
    # but candidate 0 has 10 corroborated terms, 4 of which in candidate 1: one way only.
    terms = _rows(
        [{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3, 10, 11, 12, 13, 16}, {14, 15, 17}], 18
    )
    assert _select(_mask(set(range(10))), np.array([0, 1, 2]), terms) == [0, 1]


def test_three_shared_terms_are_too_few() -> None:
    # Each has 3 of its 4 corroborated terms in the other: too few to be one fact.
    assert _select(_mask({0, 1, 2, 4, 9}), np.array([0, 1, 2])) == [0, 1]


def test_either_rule_is_enough() -> None:
    # Two sentences sharing most of their words, none of which another article uses,
    # still restate each other: the corroborated terms alone would let them through.
    same = _rows([{0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}, {14, 15, 16, 17}], 18)
    assert _select(_mask(set()), np.array([0, 1, 2]), same) == [0, 2]


def test_restate_corroborated_must_be_a_bool() -> None:
    with pytest.raises(InvalidParameterError, match="restate_corroborated"):
        Greedy(restate_corroborated="yes")  # type: ignore[arg-type]


def _restated(texts: list[str], shared: set[str] | None) -> list[tuple[int, int]]:
    """Pairs sharing half of the shorter one's (shared) content terms, 4 terms or more."""
    counts = count_terms(texts, language="english")
    matrix = counts.terms.tocsr()
    sets = []
    for i in range(len(texts)):
        names = {
            counts.term_names[j] for j in matrix.indices[matrix.indptr[i] : matrix.indptr[i + 1]]
        }
        sets.append(names if shared is None else names & shared)
    pairs = []
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            smaller = min(len(sets[i]), len(sets[j]))
            if smaller >= 4 and len(sets[i] & sets[j]) >= 0.5 * smaller:
                pairs.append((i, j))
    return pairs


def test_the_seed_summary_states_the_visit_once(seed_articles: list[dict[str, str]]) -> None:
    # The terms two articles or more use, counted on each article's candidates.
    per_article = []
    for article in seed_articles:
        sentences = [s.text for s in summarize.split_sentences(article["text"])]
        counts = count_terms(sentences, language="english")
        per_article.append(set(counts.term_names))
    shared = {t for t in set().union(*per_article) if sum(t in a for a in per_article) >= 2}

    summary = summarize.summarize(seed_articles, max_words=100)
    texts = [s.text for s in summary.sentences]
    assert _restated(texts, None) == []
    assert _restated(texts, shared) == []
    # Putin's arrival in Beijing to meet Xi is told once.
    visits = [t for t in texts if "Beijing" in t and "Xi" in t and "Putin" in t]
    assert len(visits) == 1, texts

    # Without the rule on shared terms, another outlet's lead restates it.
    before = summarize.summarize(
        seed_articles, max_words=100, selector=Greedy(restate_corroborated=False)
    )
    assert _restated([s.text for s in before.sentences], shared) != []
