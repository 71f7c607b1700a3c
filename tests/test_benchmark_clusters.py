"""Checks of the per-cluster cost benchmark (benchmarks/clusters.py) on made-up clusters."""

from __future__ import annotations

import json
import logging

import pytest
from _benchmarks import load_benchmark

clusters = load_benchmark("clusters")

TOWNS = ["Leeds", "Hull", "York", "Bath"]


def _write(path, n=4):
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            town = TOWNS[k]
            documents = [
                {"id": f"{k}-a", "text": f"A storm hit {town} on Monday. Power failed there."},
                {
                    "id": f"{k}-b",
                    "text": f"The storm that hit {town} closed schools. Roads flooded.",
                },
            ]
            cluster = {"id": f"c{k}", "documents": documents, "references": ["A storm hit."]}
            out.write(json.dumps(cluster) + "\n")


def test_measure_reports_calls_floor_and_stages_per_cluster(tmp_path) -> None:
    path = tmp_path / "clusters.jsonl"
    _write(path)
    result = clusters.measure(path, 20, "english")
    assert result["clusters"] == 4
    assert result["sentences"] == 4  # two sentences an article, two articles
    assert result["call"] > 0 and result["floor"] > 0
    for stage in ("segmentation", "features", "scoring", "selection"):
        assert stage in result["stages"]
    # The stages are parts of the call: their sum never exceeds it by more than the
    # rounding of the log (1 ms a stage) and the difference of wall and CPU clocks.
    assert sum(result["stages"].values()) <= result["call"] + 10
    # The handler is removed afterwards: no stage is counted outside a measurement.
    assert not any(
        isinstance(h, clusters._Stages) for h in logging.getLogger("summarize").handlers
    )


def test_stage_handler_adds_up_each_stage() -> None:
    handler = clusters._Stages()
    for message in ("stage features took 0.002 s", "stage features took 0.003 s", "other"):
        handler.emit(logging.LogRecord("summarize", logging.DEBUG, "", 0, message, None, None))
    assert handler.seconds == pytest.approx({"features": 0.005})


def test_unknown_data_set_is_refused(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        clusters.main(["--data", "nosuchset", "--rounds", "1"])
    assert stopped.value.code == 2
    assert "unknown data set 'nosuchset'" in capsys.readouterr().err


def test_report_gives_medians_and_multiples_of_the_floor_per_version(capsys) -> None:
    def run(call, floor, features):
        return {"clusters": 2, "sentences": 10, "call": call, "floor": floor,
                "stages": {"features": features, "loading": 0.0}}  # fmt: skip

    runs = {
        "this": [run(30.0, 10.0, 5.0), run(60.0, 20.0, 12.0), run(33.0, 11.0, 5.5)],
        "old": [run(40.0, 10.0, 10.0), run(40.0, 10.0, 10.0), run(90.0, 20.0, 30.0)],
    }
    summary = clusters.summarise(runs)
    assert summary["this"]["ratio"] == pytest.approx(3.0)
    assert summary["this"]["stages_per_floor"]["features"] == pytest.approx(0.5)
    assert summary["old"]["call_ms"] == pytest.approx(40.0)
    assert summary["old"]["ratio"] == pytest.approx(4.0)
    clusters.print_report({"rounds": 3, "data": {"toy": runs}})
    printed = capsys.readouterr().out
    assert "toy: 2 clusters, 10 sentences each" in printed
    assert "loading" not in printed  # no stage worth a column
    assert printed.count("this") == 2 and printed.count("old") == 2
