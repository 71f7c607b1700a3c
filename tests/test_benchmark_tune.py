"""Tests for benchmarks/tune.py on invented clusters (no real data)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("rouge_score")

from _benchmarks import load_benchmark  # noqa: E402

tune = load_benchmark("tune")


def test_recall_counts_as_rouge_score_does() -> None:
    from rouge_score import rouge_scorer

    references = ["The bridges opened on Monday to cheers.", "On Monday the new bridge opened."]
    summary = "The new bridge opened on Monday. Crowds cheered the opening bridges."
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    expected = [
        100 * np.mean([scorer.score(r, summary)[kind].recall for r in references])
        for kind in ("rouge1", "rouge2")
    ]
    assert tune.Recall(references)(summary) == pytest.approx(expected)


def test_cross_validation_chooses_on_the_other_folds() -> None:
    # 2 settings x 4 clusters x (R1, R2). Folds: clusters 0, 2 -> fold 0; 1, 3 -> fold 1.
    scores = np.zeros((2, 4, 2))
    scores[0, :, 0] = [10, 50, 10, 50]  # setting 0 is good on fold 1 only
    scores[1, :, 0] = [40, 20, 40, 20]  # setting 1 is good on fold 0 only
    held_out, choices = tune.cross_validate(scores, np.array([0, 1, 0, 1]))
    # Fold 0 is scored by what wins on fold 1 (setting 0), and the other way round.
    assert choices == [0, 1]
    assert held_out[:, 0].tolist() == [10, 20, 10, 20]


def test_configurations_cover_every_selection_method() -> None:
    configs = tune.configurations(quick=True)
    labels = [config.label for config in configs]
    assert len(set(labels)) == len(labels)
    assert {config.knobs["selector"] for config in configs} == {
        "greedy",
        "ilp",
        "submodular",
        "swap",
    }
    base = configs[0]
    query = tune.query_configs(base, quick=True)
    assert {
        (
            c.scorer.query_terms,
            c.scorer.query_share,
            c.scorer.query_position_weight,
            c.scorer.query_article_power,
        )
        for c in query
    } == {
        (terms, share, weight, power)
        for terms in ("articles", "idf")
        for share in (0.3, 1.0)
        for weight in (0.0, None)
        for power in (3.0, 0.0)
    }
    assert all(c.selector == base.selector for c in query)
    full = tune.query_configs(base)
    assert len(full) == len({c.label for c in full}) == 2 * 5 * 2 * 3 * 2 * 4
    assert all(c.label.startswith(base.label) for c in full)


def test_query_text_joins_title_and_narrative() -> None:
    assert tune.query_text({"meta": {}}) is None
    assert tune.query_text({"meta": {"query": "Why?"}}) == "Why?"
    cluster = {"meta": {"query": {"title": "Dams", "narrative": "Why did it break?"}}}
    assert tune.query_text(cluster) == "Dams. Why did it break?"


def test_nested_reports_every_fold() -> None:
    scores = np.zeros((2, 4, 2))
    scores[0, :, 0] = [10, 50, 10, 50]
    scores[1, :, 0] = [40, 20, 40, 20]
    configs = tune.configurations(quick=True)[:2]
    report = tune.nested(scores, 2, configs)
    assert [fold["chosen"] for fold in report["per_fold"]] == [configs[0].label, configs[1].label]
    assert report["held_out"]["rouge1_recall"] == 15.0


def test_main_writes_the_report(tmp_path: Path) -> None:
    sentences = [
        "The council approved the harbour budget on Monday.",
        "The harbour budget grows by a tenth next year.",
        "Fishermen welcomed the new harbour budget.",
        "Rain fell on the town all night.",
    ]
    clusters = []
    for number in range(4):
        documents = [
            {
                "id": f"c{number}d{d}",
                "title": None,
                "text": "\n".join(sentences[d:] + sentences[:d]),
            }
            for d in range(3)
        ]
        clusters.append({"id": f"c{number}", "documents": documents, "references": [sentences[0]]})
    data = tmp_path / "clusters.jsonl"
    data.write_text("\n".join(json.dumps(c) for c in clusters), encoding="utf-8")
    output = tmp_path / "tune.json"
    argv = ["--data", str(data), "--folds", "2", "--budget", "12", "--json", str(output)]
    assert tune.main([*argv, "--quick", "--no-cache", "--quiet"]) == 0
    report = json.loads(output.read_text(encoding="utf-8"))
    nested = report["nested"]["clusters"]
    assert nested["folds"] == 2 and len(nested["per_fold"]) == 2
    assert 0 <= nested["held_out"]["rouge1_recall"] <= 100
    assert len(report["configurations"]) == len(tune.configurations(quick=True))
    assert report["chosen"]["label"] in {row["label"] for row in report["configurations"]}
    assert report["quality_ablation"] and "query" not in report


def test_leave_one_set_out_chooses_on_the_other_sets() -> None:
    configs = tune.configurations(quick=True)[:2]
    # Config 0 is better on sets a and b, config 1 on set c (by far).
    results = {
        "a": np.array([[[40.0, 10.0]] * 3, [[30.0, 5.0]] * 3]),
        "b": np.array([[[40.0, 10.0]] * 3, [[35.0, 5.0]] * 3]),
        "c": np.array([[[10.0, 1.0]] * 3, [[50.0, 20.0]] * 3]),
    }
    pooled = np.stack([results[n].mean(axis=1) for n in results], axis=1)
    rows = tune.leave_one_set_out(pooled, results, configs, list(results))
    chosen = {row["test"]: row["chosen"] for row in rows}
    # Leaving out a: b favours 0 by 10, c favours 1 by 59: config 1.
    assert chosen == {"a": configs[1].label, "b": configs[1].label, "c": configs[0].label}
    assert rows[2]["test_recall"] == {"rouge1_recall": 10.0, "rouge2_recall": 1.0}
    assert rows[2]["train"] == "a + b"
    assert tune._held_out_mean(rows) == pytest.approx((35.0 + 40.0 + 11.0) / 3)


def test_method_choices_are_the_greedy_configurations_at_the_previous_knobs() -> None:
    configs = tune.configurations()
    methods = [c for c in configs if tune._is_method_choice(c)]
    assert {
        (c.knobs["position_decay"], c.knobs["concept_offset"], c.knobs["concept_position"])
        for c in methods
    } == {
        (decay, offset, position)
        for decay in (None, 2.0)
        for offset in (1.0, 0.5)
        for position in tune.CONCEPT_POSITIONS
    }
    assert all(c.scorer.concept_power == 3.0 and c.scorer.length_penalty == 0.25 for c in methods)
    finer = tune.configurations(concept_positions=(0.0, 0.25, 0.5, 1.0))
    values = {c.knobs["concept_position"] for c in finer if tune._is_method_choice(c)}
    assert values == {0.0, 0.25, 0.5, 1.0}


def test_swap_keeps_the_budget_and_never_lowers_the_objective() -> None:
    from summarize.scorers import Coverage
    from summarize.selectors import Budget, Greedy

    articles = [
        "The council approved the harbour budget on Monday. Rain fell all night. "
        "The mayor praised the vote.",
        "The harbour budget grows by a tenth next year, the council said. Fishermen cheered.",
        "Fishermen welcomed the new harbour budget approved on Monday by the council.",
        "The vote on the harbour budget came after a long debate. The mayor praised it.",
    ]
    cluster = {
        "id": "c",
        "documents": [{"id": str(i), "text": t} for i, t in enumerate(articles)],
        "references": ["The council approved the harbour budget."],
    }
    prepared = tune.prepare(cluster)
    scores = Coverage().score(prepared.candidates, prepared.features)

    def objective(chosen: list[int]) -> float:
        present = scores.concepts[chosen].sum(axis=0).A.ravel() > 0
        return float(scores.weights[present].sum() / scores.weights.sum()) + float(
            scores.bonus[chosen].sum()
        )

    words = prepared.candidates.words
    for budget in (10, 20, 30):
        greedy = Greedy().select(
            prepared.candidates, prepared.features, scores, Budget(max_words=budget)
        )
        swapped = tune.Swap().select(
            prepared.candidates, prepared.features, scores, Budget(max_words=budget)
        )
        assert int(words[swapped].sum()) <= budget
        assert len(set(swapped)) == len(swapped) == len(greedy)
        assert objective(swapped) >= objective(greedy) - 1e-12


def test_library_default_is_found_in_the_grid() -> None:
    from summarize.scorers import Coverage
    from summarize.selectors import Greedy

    configs = tune.configurations()
    index = tune.library_default(configs, fallback=-1)
    assert configs[index].scorer == Coverage() and configs[index].selector == Greedy()
    assert tune.library_default(configs[index + 1 :], fallback=-1) == -1
