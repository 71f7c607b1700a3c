"""Tests for benchmarks/learn.py on invented clusters (no real data)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("rouge_score")
pytest.importorskip("sklearn")

from _benchmarks import load_benchmark  # noqa: E402

from summarize.scorers.learned import FEATURES, ConceptModel  # noqa: E402

learn = load_benchmark("learn")

CLUSTER = {
    "id": "invented",
    "documents": [
        {"id": "a", "text": "The dam broke on Monday. A bakery stayed open."},
        {"id": "b", "text": "The dam broke after rain. Schools closed."},
    ],
    "references": ["The dam broke.", "On Monday the dam broke and schools closed."],
}


def test_cluster_table_labels_concepts_by_the_summaries() -> None:
    prepared = learn.tune.prepare(CLUSTER)
    X, share = learn.cluster_table(prepared, CLUSTER["references"], "english")
    n_pairs = int((X[:, FEATURES.index("unigram")] == 0).sum())
    n_words = prepared.features.terms.shape[1]
    # Every concept of the candidates, none of the summaries' own.
    assert X.shape == (prepared.features.pairs.shape[1] + n_words, len(FEATURES))
    assert n_pairs == prepared.features.pairs.shape[1]
    words = X[n_pairs:]
    names = prepared.features.term_names
    # The word columns are in first-met order in both countings: "dam" is in both
    # summaries, "bakeri" in none, "school" in one of two.
    by_name = dict(zip(names, share[n_pairs:], strict=True))
    assert by_name["dam"] == 1.0
    assert by_name["bakeri"] == 0.0
    assert by_name["school"] == 0.5
    assert words[names.index("dam"), FEATURES.index("article_share")] == 1.0
    # Pairs: "dam broke" is in both summaries.
    assert share[:n_pairs].max() == 1.0


def test_fit_learns_the_direction_of_the_evidence() -> None:
    rng = np.random.default_rng(0)
    rows = []
    for _ in range(5):
        X = rng.random((200, len(FEATURES)))
        share = (X[:, FEATURES.index("lead1")] > 0.7).astype(float)
        rows.append((X, share))
    for label in ("any", "share"):
        model = learn.fit(rows, ("lead1", "unigram"), label, "invented")
        assert isinstance(model, ConceptModel)
        assert model.coefficients[0] > 1.0
        assert abs(model.coefficients[1]) < model.coefficients[0] / 5
        assert learn.auc(model, rows) > 0.95
