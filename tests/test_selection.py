"""Selection: greedy coverage under a budget, duplicates and support, by hand."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from summarize.corroboration import supporting
from summarize.selectors import Budget
from summarize.selectors.greedy import select, word_count

TEXTS = ["a b", "a b c", "d e", "f"]
# Concept 0 in sentences 0 and 1, concept 1 in sentences 1 and 2; sentence 3 has none.
CONCEPTS = sp.csr_matrix(np.array([[1, 0], [1, 1], [0, 1], [0, 0]]))
WEIGHTS = np.array([3.0, 1.0])
DISTINCT = sp.csr_matrix(np.eye(4))  # no two sentences alike


def _select(**overrides):  # type: ignore[no-untyped-def]
    arguments = dict(
        concepts=CONCEPTS,
        weights=WEIGHTS,
        bonus=np.zeros(4),
        length_penalty=0.0,
        budget=Budget(max_words=100),
        diversity=0.0,
        duplicate_threshold=0.5,
    )
    arguments.update(overrides)
    X = arguments.pop("X", DISTINCT)
    return select(X, arguments.pop("texts", TEXTS), **arguments)


def test_word_count() -> None:
    assert word_count("  Xi met\nPutin. ") == 3


def test_the_sentence_covering_most_comes_first_and_covered_concepts_earn_nothing() -> None:
    # Step 1: gains 3/4, 4/4, 1/4, 0 -> sentence 1. Then nothing is left: all gains 0, ties by position.
    assert _select() == [1, 0, 2, 3]


def test_the_bonus_decides_once_everything_is_covered() -> None:
    assert _select(bonus=np.array([0.0, 0.0, 0.0, 0.1])) == [1, 3, 0, 2]


def test_length_penalty_compares_value_per_word() -> None:
    # Per word: 0.75 / 2, 1 / 3, 0.25 / 2 -> sentence 0; then 0.25 / 3 vs 0.25 / 2 -> sentence 2.
    assert _select(length_penalty=1.0, budget=Budget(max_words=4)) == [0, 2]


def test_the_budget_is_never_exceeded() -> None:
    for budget in (Budget(max_words=4), Budget(max_sentences=2), Budget(max_chars=8)):
        chosen = _select(budget=budget)
        texts = [TEXTS[i] for i in chosen]
        if budget.max_words is not None:
            assert sum(map(word_count, texts)) <= budget.max_words
        if budget.max_sentences is not None:
            assert len(texts) <= budget.max_sentences
        if budget.max_chars is not None:
            assert len(" ".join(texts)) <= budget.max_chars
    assert _select(budget=Budget(max_words=4)) == [1, 3]  # "a b c" then only "f" fits
    # "a b c" leaves 3 characters: "d e" needs 4 with its space, "f" needs 2.
    assert _select(budget=Budget(max_chars=8)) == [1, 3]


def test_near_duplicates_are_never_both_chosen() -> None:
    # Sentences 0 and 1 have cosine 0.99: once 1 is chosen, 0 is out.
    X = sp.csr_matrix(
        np.array([[1.0, 0.0, 0.0], [0.99, 0.141, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    )
    chosen = _select(X=X, duplicate_threshold=0.8)
    assert 0 not in chosen and chosen[0] == 1


def test_exact_repeats_are_skipped() -> None:
    texts = ["a b c", "a  b c", "d e", "f"]
    # Sentence 0 comes first; sentence 1 ("a  b c") is the same text up to spaces: skipped,
    # although its vector (DISTINCT) is unlike any other.
    assert _select(
        texts=texts, concepts=sp.csr_matrix(np.array([[1, 1], [1, 1], [0, 1], [0, 0]]))
    ) == [0, 2, 3]


def test_repeats_are_found_whatever_their_case_and_leading_space() -> None:
    # "Straße" case-folds to "strasse", as "STRASSE" does; a text may start with spaces.
    texts = ["Straße zu.", "  STRASSE   zu.", "strasse Zu.", "Weg offen."]
    assert _select(
        texts=texts, concepts=sp.csr_matrix(np.array([[1, 1], [1, 1], [1, 1], [0, 1]]))
    ) == [0, 3]


def test_concepts_of_weight_zero_change_no_gain() -> None:
    # Concept 1 weighs nothing: the choice is that of the matrix without it.
    concepts = sp.csr_matrix(np.array([[1, 1, 0], [0, 1, 1], [1, 0, 1], [0, 1, 0]]))
    weights = np.array([1.0, 0.0, 3.0])
    expected = _select(concepts=sp.csr_matrix(concepts[:, [0, 2]]), weights=weights[[0, 2]])
    assert _select(concepts=concepts, weights=weights) == expected == [2, 0, 1, 3]


def test_min_words_leaves_short_sentences_out() -> None:
    assert _select(min_words=2) == [1, 0, 2]


def test_diversity_penalises_similarity_to_what_is_chosen() -> None:
    # No concept weight: the bonus alone ranks. After sentence 0, the penalty (0.5 times the
    # similarity to it) pushes sentence 1 (0.99 alike) below sentence 3 (unlike it).
    X = sp.csr_matrix(np.array([[1.0, 0.0], [0.99, 0.141], [0.6, 0.8], [0.0, 1.0]]))
    weights = np.zeros(2)
    bonus = np.array([1.0, 0.9, 0.5, 0.5])
    assert _select(X=X, weights=weights, bonus=bonus, diversity=0.0, duplicate_threshold=1.0) == [
        0,
        1,
        2,
        3,
    ]
    assert _select(X=X, weights=weights, bonus=bonus, diversity=0.5, duplicate_threshold=1.0)[
        :2
    ] == [0, 3]


def test_nothing_to_choose() -> None:
    assert (
        select(
            sp.csr_matrix((0, 2)),
            [],
            concepts=sp.csr_matrix((0, 2)),
            weights=np.zeros(2),
            bonus=np.zeros(0),
            length_penalty=0.5,
            budget=Budget(max_words=10),
            diversity=0.0,
            duplicate_threshold=0.5,
        )
        == []
    )


def test_supporting_lists_other_articles_with_a_near_duplicate() -> None:
    X = sp.csr_matrix(np.array([[1.0, 0.0], [0.99, 0.141], [0.0, 1.0], [1.0, 0.0]]))
    documents = np.array([0, 1, 2, 0])
    assert supporting(X, [0, 2], documents, threshold=0.8) == [(1,), ()]


def test_a_judge_asked_lazily_chooses_as_the_arrays_do() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(
        st.integers(1, 12).flatmap(
            lambda n: st.tuples(
                st.lists(
                    st.integers(0, 2), min_size=n, max_size=n
                ),  # 0 plain, 1 fragment, 2 dangling
                st.lists(st.integers(1, 6), min_size=n, max_size=n),  # words
                st.lists(st.integers(0, 3), min_size=n, max_size=n),  # a concept of each
                # bonus; a negative one as a query's share gives the candidates outside it
                st.lists(st.sampled_from([0.0, 0.1, 0.2, -0.3, -5.0]), min_size=n, max_size=n),
            )
        ),
        st.sampled_from([0.0, 0.3]),
        st.integers(1, 14),
    )
    def check(data, diversity, max_words):  # type: ignore[no-untyped-def]
        kinds, words, concept, bonus = data
        n = len(kinds)
        texts = [" ".join(["w"] * k) for k in words]
        concepts = sp.csr_matrix((np.ones(n), (np.arange(n), concept)), shape=(n, 4))
        reserve = np.array([k == 1 for k in kinds])
        discount = np.array([0.5 if k == 2 else 1.0 for k in kinds])
        asked: list[int] = []

        def judge(i: int) -> tuple[bool, float]:
            asked.append(i)
            return bool(reserve[i]), float(discount[i])

        settings_ = dict(
            concepts=concepts, weights=np.array([4.0, 3.0, 2.0, 1.0]), bonus=np.array(bonus),
            length_penalty=1.0, budget=Budget(max_words=max_words), diversity=diversity,
            duplicate_threshold=0.5, words=np.array(words),
        )  # fmt: skip
        X = sp.csr_matrix(np.eye(n))
        expected = select(X, texts, reserve=reserve, discount=discount, **settings_)
        assert select(X, texts, judge=judge, **settings_) == expected
        assert len(asked) == len(set(asked))  # each candidate judged at most once

    check()


@pytest.mark.parametrize("whole_product", [0, None])
def test_lazy_gains_choose_and_judge_as_recomputing_every_gain_does(
    whole_product: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no negative weight only the gains that may win are recomputed, and the
    rules between two sentences (duplicates, copies, restatements) asked only of the
    candidates that could be taken (lazy greedy); two extra concepts in no
    sentence, of weights -1 and +1, change no sum but make every step recompute
    every gain and apply every rule to every candidate: the same choices, each
    candidate judged at most once (which ones may differ: after a round whose
    judged candidates all fell below another bound, the next best are judged in
    batches, and the rounds differ). Matrices this small are read whole at every
    step anyway (``_WHOLE_PRODUCT``): at 0, the lazy selection is tested."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from summarize.selectors import greedy

    if whole_product is not None:
        monkeypatch.setattr(greedy, "_WHOLE_PRODUCT", whole_product)

    @settings(max_examples=200, deadline=None)
    @given(
        st.integers(1, 14).flatmap(
            lambda n: st.tuples(
                st.lists(st.integers(0, 2), min_size=n, max_size=n),  # plain, fragment, dangling
                st.lists(st.integers(1, 5), min_size=n, max_size=n),  # words
                # the concepts of each: a bit mask over 5 (ties and shared concepts abound)
                st.lists(st.integers(0, 31), min_size=n, max_size=n),
                st.lists(st.sampled_from([0.0, 0.1, -0.3, -1000.0]), min_size=n, max_size=n),
                st.lists(st.sampled_from(["a", "b", "A  a", "c"]), min_size=n, max_size=n),
            )
        ),
        st.integers(1, 16),
        st.sampled_from([0.0, 0.25, 1.0]),
        st.sampled_from(["none", "all", "corroborated"]),
        st.sampled_from([0.3, 0.5, 1.0]),
    )
    def check(data, max_words, length_penalty, restate, duplicate):  # type: ignore[no-untyped-def]
        kinds, words, masks, bonus, firsts = data
        n = len(kinds)
        texts = [
            " ".join([first] + ["w"] * (k - 1)) for first, k in zip(firsts, words, strict=True)
        ]
        present = np.array([[(m >> j) & 1 for j in range(5)] for m in masks], dtype=float)
        concepts = sp.csr_matrix(present)
        # Sentences alike in their concepts are alike in their vectors (near-duplicates).
        X = sp.csr_matrix(present + 0.3 * np.eye(n, 5))
        X = sp.csr_matrix(X.multiply(1 / np.maximum(np.sqrt(X.multiply(X).sum(axis=1)), 1e-9)))
        # Content terms: the concepts, and two words every sentence has.
        terms = sp.csr_matrix(np.hstack([present, np.ones((n, 2))]))
        weights = np.array([3.0, 1.0, 1.0, 0.5, 0.0])

        def run(concepts, weights):  # type: ignore[no-untyped-def]
            asked: list[int] = []

            def judge(i: int) -> tuple[bool, float]:
                asked.append(i)
                return kinds[i] == 1, 0.5 if kinds[i] == 2 else 1.0

            chosen = select(
                X, texts, concepts=concepts, weights=weights, bonus=np.array(bonus),
                length_penalty=length_penalty, budget=Budget(max_words=max_words),
                diversity=0.0, duplicate_threshold=duplicate, words=np.array(words), judge=judge,
                terms=terms if restate != "none" else None,
                restate_threshold=0.5 if restate != "none" else None,
                corroborated=np.array([True, False, True, True, False, False, True])
                if restate == "corroborated" else None,
                articles=np.arange(n) % 3,
            )  # fmt: skip
            assert len(asked) == len(set(asked))
            return chosen

        recomputed = run(
            sp.hstack([concepts, sp.csr_matrix((n, 2))]).tocsr(),
            np.concatenate([weights, [-1.0, 1.0]]),
        )
        assert run(concepts, weights) == recomputed

    check()


def test_terms_of_two_articles_are_those_article_counts_finds() -> None:
    """The corroborated terms of the restatement rule, by the least and largest
    article of each term, are those of two articles or more by counting them, with
    explicit zeros, articles out of order and blocks of a few rows."""
    from summarize.features import article_counts
    from summarize.selectors import greedy

    rng = np.random.default_rng(7)
    for _ in range(200):
        n, m = int(rng.integers(1, 120)), int(rng.integers(1, 30))
        matrix = sp.csr_matrix((rng.random((n, m)) < 0.15) * rng.integers(1, 3, (n, m)) * 1.0)
        matrix.data[: len(matrix.data) // 4] = 0.0  # stored, but no occurrence
        articles = np.sort(rng.integers(0, 6, n)) if rng.random() < 0.7 else rng.integers(0, 6, n)
        expected = article_counts(matrix, articles) >= 2
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(greedy, "_KEEP_ROWS", int(rng.integers(1, 20)))
            assert np.array_equal(greedy._in_two_articles(matrix, articles), expected)


def test_a_selection_among_fragments_judges_each_once_and_chooses_as_the_arrays_do() -> None:
    """Most candidates fragments (a table of figures written as sentences): the judge
    is asked in batches that double after each round that found none worth taking,
    each candidate at most once, and the choices are those of the arrays."""
    rng = np.random.default_rng(3)
    n = 3000
    kinds = rng.choice([0, 1, 2], size=n, p=[0.02, 0.9, 0.08])  # plain, fragment, dangling
    words = rng.integers(3, 30, n)
    concepts = sp.random(n, 400, density=0.02, format="csr", random_state=4)
    concepts.data[:] = 1.0
    X = sp.csr_matrix(sp.random(n, 300, density=0.05, format="csr", random_state=5))
    X = sp.csr_matrix(X.multiply(1 / np.maximum(np.sqrt(X.multiply(X).sum(axis=1)), 1e-9)))
    settings_ = dict(
        concepts=concepts, weights=rng.random(400), bonus=np.zeros(n), length_penalty=0.25,
        budget=Budget(max_words=100), diversity=0.0, duplicate_threshold=0.5, words=words,
    )  # fmt: skip
    texts = [" ".join(["w"] * int(k)) for k in words]
    asked: list[int] = []

    def judge(i: int) -> tuple[bool, float]:
        asked.append(i)
        return bool(kinds[i] == 1), 0.25 if kinds[i] == 2 else 1.0

    expected = select(
        X, texts, reserve=kinds == 1, discount=np.where(kinds == 2, 0.25, 1.0), **settings_
    )
    assert select(X, texts, judge=judge, **settings_) == expected
    assert len(asked) == len(set(asked))
    assert all(kinds[i] != 1 for i in expected)
