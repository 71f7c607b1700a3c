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


# Candidate 0 and 1 report one event (terms 0-3) each in its own words (terms 4-8 and
# 9-13): 4 of 9 terms shared, under half. Their shared terms, those another article
# also uses, are 0-4 and 0-3 with 9: 4 of 5. Candidate 2 says something else.
TERMS = _rows([{0, 1, 2, 3, 4, 5, 6, 7, 8}, {0, 1, 2, 3, 9, 10, 11, 12, 13}, {14, 15, 16, 17}], 18)
SHARED = _rows([{0, 1, 2, 3, 4}, {0, 1, 2, 3, 9}, {14, 15}], 18)


def _select(shared_terms: sp.csr_matrix | None) -> list[int]:
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
        terms=TERMS,
        restate_threshold=0.5,
        shared_terms=shared_terms,
    )


def test_a_restatement_in_other_words_passes_on_all_terms() -> None:
    assert _select(None) == [0, 1]


def test_the_shared_terms_catch_the_restatement() -> None:
    assert _select(SHARED) == [0, 2]


def test_the_shared_terms_compare_only_sentences_of_different_articles() -> None:
    # Two sentences of one article share its names, not its wording: the shared terms
    # do not count between them, and their own terms (4 of 9) are under half.
    same_article = select(
        sp.csr_matrix(np.eye(3)),
        ["a b c d e f g h i", "a b c d j k l m n", "o p q r"],
        concepts=sp.csr_matrix(np.eye(3)),
        weights=np.array([3.0, 2.0, 1.0]),
        bonus=np.zeros(3),
        length_penalty=0.0,
        budget=Budget(max_sentences=2),
        diversity=0.0,
        duplicate_threshold=0.9,
        terms=TERMS,
        restate_threshold=0.5,
        shared_terms=SHARED,
        articles=np.array([0, 0, 1]),
    )
    assert same_article == [0, 1]


def test_across_articles_the_shared_terms_count() -> None:
    chosen = select(
        sp.csr_matrix(np.eye(3)),
        ["a b c d e f g h i", "a b c d j k l m n", "o p q r"],
        concepts=sp.csr_matrix(np.eye(3)),
        weights=np.array([3.0, 2.0, 1.0]),
        bonus=np.zeros(3),
        length_penalty=0.0,
        budget=Budget(max_sentences=2),
        diversity=0.0,
        duplicate_threshold=0.9,
        terms=TERMS,
        restate_threshold=0.5,
        shared_terms=SHARED,
        articles=np.array([0, 1, 2]),
    )
    assert chosen == [0, 2]


def _across(shared_terms: sp.csr_matrix) -> list[int]:
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
        terms=TERMS,
        restate_threshold=0.5,
        shared_terms=shared_terms,
        articles=np.array([0, 1, 2]),
    )


def test_names_and_a_new_fact_are_not_a_restatement() -> None:
    # Candidate 1's shared terms are the story's names (0-3), all in candidate 0; but
    # candidate 0 has 10 shared terms, 4 of which in candidate 1: one way only.
    names = _rows([{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 1, 2, 3}, {14, 15}], 18)
    assert _across(names) == [0, 1]


def test_three_shared_terms_are_too_few() -> None:
    few = _rows([{0, 1, 2, 4}, {0, 1, 2, 9}, {14, 15}], 18)
    assert _across(few) == [0, 1]
    four = _rows([{0, 1, 2, 3, 4}, {0, 1, 2, 3, 9}, {14, 15}], 18)
    assert _across(four) == [0, 2]


def test_either_set_of_terms_is_enough() -> None:
    # Two sentences sharing most of their words, none of which another article uses,
    # still restate each other: the shared terms alone would let them through.
    no_shared = sp.csr_matrix((3, 18))
    same = _rows([{0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}, {14, 15, 16, 17}], 18)
    chosen = select(
        sp.csr_matrix(np.eye(3)),
        ["a b c d e", "a b c d f", "o p q r"],
        concepts=sp.csr_matrix(np.eye(3)),
        weights=np.array([3.0, 2.0, 1.0]),
        bonus=np.zeros(3),
        length_penalty=0.0,
        budget=Budget(max_sentences=2),
        diversity=0.0,
        duplicate_threshold=0.9,
        terms=same,
        restate_threshold=0.5,
        shared_terms=no_shared,
    )
    assert chosen == [0, 2]


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
