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


def test_grid_settings_is_every_combination() -> None:
    settings = tune.grid_settings({"a": (1, 2), "b": ("x", "y", "z")})
    assert len(settings) == 6
    assert settings[0] == {"a": 1, "b": "x"} and settings[-1] == {"a": 2, "b": "z"}


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
            {"id": f"c{number}d{d}", "title": None, "text": "\n".join(sentences[d:] + sentences[:d])}
            for d in range(3)
        ]
        clusters.append({"id": f"c{number}", "documents": documents, "references": [sentences[0]]})
    data = tmp_path / "clusters.jsonl"
    data.write_text("\n".join(json.dumps(c) for c in clusters), encoding="utf-8")
    output = tmp_path / "tune.json"
    assert tune.main(["--data", str(data), "--folds", "2", "--budget", "12", "--json", str(output)]) == 0
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["folds"] == 2 and len(report["per_fold"]) == 2
    assert set(report["fold_of_cluster"].values()) == {0, 1}
    assert 0 <= report["held_out"]["rouge1_recall"] <= 100
