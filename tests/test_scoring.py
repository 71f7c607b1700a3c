"""Scoring: concept weights, coverage, lead, LexRank and their combination, by hand."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from summarize.scorers.coverage import (
    concept_weights,
    coverage,
    lead,
    lexrank,
    positional_concept_weights,
    sentence_scores,
)

# Sentences 0, 1 from article 0; sentence 2 from article 1; sentence 3 from article 2.
DOCS = np.array([0, 0, 1, 2])
# Concept 0 in all three articles, concept 1 in articles 0 and 1, concept 2 in article 2 only,
# concept 3 twice in article 0 only.
C = sp.csr_matrix(
    np.array(
        [
            [1, 1, 0, 1],
            [1, 0, 0, 1],
            [2, 1, 0, 0],
            [1, 0, 1, 0],
        ]
    )
)


def test_concept_weight_is_other_articles_repeating_it() -> None:
    assert concept_weights(C, DOCS).tolist() == [2.0, 1.0, 0.0, 0.0]


def test_concept_power() -> None:
    assert concept_weights(C, DOCS, power=3.0).tolist() == [8.0, 1.0, 0.0, 0.0]
    # Power 0: every concept repeated by another article weighs 1, the others still 0.
    assert concept_weights(C, DOCS, power=0.0).tolist() == [1.0, 1.0, 0.0, 0.0]


def test_one_article_gives_no_weight() -> None:
    assert concept_weights(C, np.zeros(4, dtype=int)).tolist() == [0.0, 0.0, 0.0, 0.0]


def test_no_sentences() -> None:
    assert concept_weights(sp.csr_matrix((0, 3)), np.zeros(0, dtype=int)).tolist() == [
        0.0,
        0.0,
        0.0,
    ]


def test_concept_offset_gives_one_article_a_little_weight() -> None:
    # (d - 0.5) ** 3 for d = 3, 2, 1, 1 articles.
    weights = concept_weights(C, DOCS, power=3.0, offset=0.5)
    assert weights.tolist() == pytest.approx([2.5**3, 1.5**3, 0.5**3, 0.5**3])
    # A single article: every concept it has weighs the same, none is dropped.
    single = concept_weights(C, np.zeros(4, dtype=int), offset=0.5)
    assert single.tolist() == [0.5, 0.5, 0.5, 0.5]
    # Offset 0 counts articles as they are.
    assert concept_weights(C, DOCS, offset=0.0).tolist() == [3.0, 2.0, 1.0, 1.0]


def test_positional_weights_with_full_credit_are_the_document_frequency() -> None:
    for power, offset in ((1.0, 1.0), (3.0, 0.5), (2.0, 0.0)):
        expected = concept_weights(C, DOCS, power=power, offset=offset)
        got = positional_concept_weights(C, DOCS, np.ones(4), power=power, offset=offset)
        assert got.tolist() == pytest.approx(expected.tolist())


def test_positional_weights_count_each_article_once_by_its_best_sentence() -> None:
    # Credits 1, 0.25 for article 0's two sentences, 0.5 for article 1, 1 for article 2.
    credit = np.array([1.0, 0.25, 0.5, 1.0])
    # Concept 0: articles 0 (best 1, not 1 + 0.25), 1 (0.5), 2 (1): 2.5.
    # Concept 1: articles 0 (1) and 1 (0.5): 1.5. Concept 2: article 2: 1.
    # Concept 3: article 0, sentences 0 and 1: 1.
    got = positional_concept_weights(C, DOCS, credit, offset=0.0)
    assert got.tolist() == pytest.approx([2.5, 1.5, 1.0, 1.0])
    # The offset and the power as in concept_weights; a count at the offset weighs 0.
    got = positional_concept_weights(C, DOCS, credit, power=2.0, offset=1.0)
    assert got.tolist() == pytest.approx([1.5**2, 0.5**2, 0.0, 0.0])
    # Zeros stored in the matrix are not occurrences.
    stored_zero = sp.csr_matrix((np.array([0.0, 1.0]), (np.array([0, 3]), np.array([2, 2]))))
    got = positional_concept_weights(stored_zero, DOCS, credit, offset=0.0)
    assert got.tolist() == [0.0, 0.0, 1.0]
    assert positional_concept_weights(sp.csr_matrix((0, 2)), DOCS[:0], credit[:0]).tolist() == [
        0.0,
        0.0,
    ]


def test_concept_position_favours_what_the_articles_open_with() -> None:
    from summarize.documents import coerce_documents
    from summarize.features import featurize
    from summarize.scorers import Coverage
    from summarize.segmentation import segment

    articles = [
        "The council approved the harbour budget. Fishermen said the new quay was late.",
        "The harbour budget passed on Monday. The new quay was late, fishermen said.",
        "Fishermen said the new quay was late again. The harbour budget passed.",
    ]
    candidates = segment(coerce_documents(articles), language="english").candidates()
    features = featurize(candidates, language="english")
    plain = Coverage(centrality_weight=0.0, position_weight=0.0)
    positional = Coverage(centrality_weight=0.0, position_weight=0.0, concept_position=1.0)
    before = plain.score(candidates, features)
    after = positional.score(candidates, features)
    # Both facts are in all three articles; "harbour budget" opens two of them, "new
    # quay" one, so counting where they appear raises the first against the second.
    budget_sentences = [i for i, t in enumerate(candidates.texts) if "budget" in t]
    quay_sentences = [i for i, t in enumerate(candidates.texts) if "quay" in t]
    assert len(budget_sentences) == len(quay_sentences) == 3
    budget_share = after.values[budget_sentences].max() / before.values[budget_sentences].max()
    quay_share = after.values[quay_sentences].max() / before.values[quay_sentences].max()
    assert budget_share > quay_share
    # 0 leaves the weights as they were.
    same = Coverage(concept_position=0.0).score(candidates, features).weights
    assert same.tolist() == Coverage().score(candidates, features).weights.tolist()


@pytest.mark.parametrize("bad", [-0.5, 10.5, float("nan"), "1"])
def test_concept_position_is_validated(bad: object) -> None:
    from summarize.exceptions import SummarizeError
    from summarize.scorers import Coverage

    with pytest.raises(SummarizeError, match="concept_position"):
        Coverage(concept_position=bad)  # type: ignore[arg-type]


def test_coverage_is_the_share_of_weight_counted_once() -> None:
    weights = np.array([2.0, 1.0, 0.0, 0.0])
    # Sentence 2 has concept 0 twice: it still counts once.
    assert coverage(C, weights) == pytest.approx([1.0, 2 / 3, 1.0, 2 / 3])


def test_coverage_without_weight_is_zero() -> None:
    assert coverage(C, np.zeros(4)).tolist() == [0.0, 0.0, 0.0, 0.0]


def test_lead_counts_positions_within_each_article() -> None:
    assert lead(np.array([0, 0, 0, 1, 1])) == pytest.approx([1, 1 / 2, 1 / 3, 1, 1 / 2])
    # Articles need not be contiguous or in order.
    assert lead(np.array([1, 0, 1, 0])) == pytest.approx([1, 1, 1 / 2, 1 / 2])
    assert lead(np.array([], dtype=int)).shape == (0,)


def test_lead_with_decay_is_exponential_in_position() -> None:
    assert lead(np.array([0, 0, 0, 1, 1]), decay=2.0) == pytest.approx(
        [1, np.exp(-0.5), np.exp(-1.0), 1, np.exp(-0.5)]
    )
    assert lead(np.array([1, 0, 1, 0]), decay=1.0) == pytest.approx(
        [1, 1, np.exp(-1.0), np.exp(-1.0)]
    )
    assert lead(np.array([], dtype=int), decay=2.0).shape == (0,)


def test_coverage_scorer_uses_its_lead_shape_and_concept_offset() -> None:
    from summarize.documents import coerce_documents
    from summarize.features import featurize
    from summarize.scorers import Coverage
    from summarize.segmentation import segment

    articles = [
        "The council approved the harbour budget. Rain fell on the town all night.",
        "The harbour budget was approved by the council. Fishermen welcomed it.",
    ]
    candidates = segment(coerce_documents(articles), language="english").candidates()
    features = featurize(candidates, language="english")
    harmonic = Coverage(position_decay=None, centrality_weight=0.0, length_penalty=0.0)
    decayed = Coverage(position_decay=1.0, centrality_weight=0.0, length_penalty=0.0)
    documents = np.asarray(candidates.document_index)
    second = np.r_[False, documents[1:] == documents[:-1]]  # not the first of its article
    assert second.any()
    assert harmonic.score(candidates, features).bonus[second] == pytest.approx(0.02 / 2)
    assert decayed.score(candidates, features).bonus[second] == pytest.approx(0.02 * np.exp(-1))
    # With offset 1 the words of one article alone weigh nothing; with 0.5 they count.
    only_once = Coverage(concept_offset=1.0).score(candidates, features).weights
    with_offset = Coverage(concept_offset=0.5).score(candidates, features).weights
    assert (only_once == 0).sum() > (with_offset == 0).sum()


@pytest.mark.parametrize("bad", [0.0, -1.0, 101.0, float("nan"), "2"])
def test_position_decay_is_validated(bad: object) -> None:
    from summarize.exceptions import SummarizeError
    from summarize.scorers import Coverage

    with pytest.raises(SummarizeError):
        Coverage(position_decay=bad)  # type: ignore[arg-type]
    with pytest.raises(SummarizeError):
        Coverage(concept_offset=1.5)


def test_sentence_scores_formula() -> None:
    scores = sentence_scores(
        np.array([0.5, 0.2, 0.0]),
        np.array([4.0, 2.0, 1.0]),  # relative: 1, 0.5, 0.25
        np.array([1.0, 0.5, 1.0]),
        np.array([16, 4, 0]),  # 0 words counts as 1
        centrality_weight=0.2,
        position_weight=0.1,
        length_penalty=0.5,
    )
    assert scores == pytest.approx(
        [(0.5 + 0.2 + 0.1) / 4, (0.2 + 0.1 + 0.05) / 2, (0.05 + 0.1) / 1]
    )


def test_sentence_scores_without_length_penalty_or_centrality() -> None:
    scores = sentence_scores(
        np.array([0.3, 0.1]),
        np.zeros(2),
        np.ones(2),
        np.array([30, 3]),
        centrality_weight=1.0,
        position_weight=0.0,
        length_penalty=0.0,
    )
    assert scores == pytest.approx([0.3, 0.1])


def test_lexrank_prefers_the_sentence_linked_to_both_others() -> None:
    X = sp.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    scores = lexrank(X)
    assert scores.sum() == pytest.approx(3.0)
    assert int(np.argmax(scores)) == 1


def test_lexrank_of_isolated_sentences_is_uniform() -> None:
    assert lexrank(sp.csr_matrix(np.eye(3))) == pytest.approx([1.0, 1.0, 1.0])


def test_the_transposed_view_multiplies_as_a_transposed_copy_does() -> None:
    """LexRank multiplies by ``X.T``, a CSC view, not a CSR copy of it: each term's
    entries are added in the order of the sentences either way, so the products
    (and the scores) are the same, bit for bit, without the copy."""
    rng = np.random.default_rng(11)
    for _ in range(30):
        n, m = int(rng.integers(1, 300)), int(rng.integers(1, 80))
        X = sp.csr_matrix(rng.random((n, m)) * (rng.random((n, m)) < 0.1))
        v = rng.random(n)
        assert np.array_equal(X.T @ v, sp.csr_matrix(X.T) @ v)


def test_pairs_alone_are_counted_when_single_words_weigh_nothing() -> None:
    """With ``unigram_weight=0`` the scorer counts the articles of the word pairs
    alone: the weights are those of the whole concept matrix with the single
    words' zeroed, and with a unigram weight the single words count again."""
    from summarize.documents import Document
    from summarize.features import featurize
    from summarize.scorers import Coverage
    from summarize.scorers.coverage import concept_presence
    from summarize.segmentation import segment

    documents = (
        Document("a", "The storm hit the coast on Monday. Power failed in the town."),
        Document("b", "A storm hit the coast. The town lost power on Monday."),
        Document("c", "Power failed after the storm hit the coast town."),
    )
    candidates = segment(documents, language="english").candidates()
    features = featurize(candidates, language="english")
    concepts = concept_presence(features.pairs, features.terms)
    whole = concept_weights(concepts, candidates.document_index, power=3.0, offset=0.5)
    n_pairs = features.pairs.shape[1]
    scores = Coverage().score(candidates, features)
    assert scores.weights is not None
    assert np.array_equal(scores.weights[:n_pairs], whole[:n_pairs])
    assert not scores.weights[n_pairs:].any() and whole[n_pairs:].any()
    weighted = Coverage(unigram_weight=0.5).score(candidates, features).weights
    assert weighted is not None
    assert np.array_equal(weighted, np.concatenate([whole[:n_pairs], 0.5 * whole[n_pairs:]]))
