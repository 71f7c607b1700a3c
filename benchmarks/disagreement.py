"""Precision of the disagreements found, on the seed articles and DUC 2003, judged by hand.

Summarises the seeds (default 100-word budget) and every DUC 2003 cluster
(``--words``, 200 by default: more sentences, more chances to flag), lists
every :class:`summarize.Disagreement` found, and looks each up in
``benchmarks/labels/disagreements.json``: its readings (article id and the
value's span) and whether the articles really give different values for the
same thing. Precision = judged true / judged; anything not judged yet is
listed so it can be labelled (``--list``). Recall cannot be measured there
(nobody listed every dispute in DUC).

Then the built cases of ``benchmarks/labels/disagreement_cases.json``: short
articles written for the purpose, each saying whether a disagreement must be
found (different values for the same thing) or not (different things,
periods, actors; values that can both be true). Each is summarised in one
sentence; precision = cases flagged that must be / cases flagged, recall =
cases flagged that must be / cases that must be. Then the same for the blind cases of
``benchmarks/labels/disagreement_blind.json`` (80 in five languages, written by someone
who had not read the rules).

With ``--shares``, it measures instead the share of a ``summarize()`` call's
time (CPU and wall, medians of interleaved rounds) spent in corroboration and
in disagreement detection, on the DUC 2003 clusters and the seeds at the
default budget.

Run from the repository root::

    python benchmarks/disagreement.py
    python benchmarks/disagreement.py --list      # print every finding with its text
    python benchmarks/disagreement.py --shares    # time shares of the two stages
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import summarize

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "disagreements.json"
CASES = HERE / "labels" / "disagreement_cases.json"
BLIND = HERE / "labels" / "disagreement_blind.json"
DEFAULT_SEEDS = HERE.parent.parent / "shared" / "seeds"
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "duc2003.jsonl"


def _key(name: str, disagreement: summarize.Disagreement) -> str:
    readings = sorted(
        f"{r.document_id}@{r.value_start}-{r.value_end}" for r in disagreement.readings
    )
    return name + " " + " ".join(readings)


def findings(seeds: Path, data: Path, words: int) -> list[tuple[str, summarize.Summary, Any]]:
    """Every disagreement found, with its set's name and summary."""
    sets: list[tuple[str, list[summarize.Document], int]] = [
        ("seeds", [summarize.read_article(p) for p in sorted(seeds.glob("*.txt"))], 100)
    ]
    with open(data, encoding="utf-8") as stream:
        for line in stream:
            cluster = json.loads(line)
            documents = [summarize.Document(d["id"], d["text"]) for d in cluster["documents"]]
            sets.append((cluster["id"], documents, words))
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", summarize.SummarizeWarning)
        for name, documents, budget in sets:
            summary = summarize.summarize(documents, max_words=budget)
            found.extend((name, summary, d) for d in summary.disagreements)
    return found


def built_cases(show: bool = False, path: Path = CASES) -> tuple[int, int, int]:
    """(flagged that must be, flagged, must be) over the built cases (or the blind ones)."""
    right = flagged = positives = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", summarize.SummarizeWarning)
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            language = case.get("language", "english")
            found = summarize.summarize(
                case["texts"], max_sentences=1, language=language
            ).disagreements
            positives += case["flag"]
            flagged += bool(found)
            right += bool(found) and case["flag"]
            if show or bool(found) != case["flag"]:
                mark = "ok   " if bool(found) == case["flag"] else "WRONG"
                print(f"{mark} must flag: {case['flag']!s:5} found: {len(found)}  {case['why']}")
    return right, flagged, positives


def shares(seeds: Path, data: Path, rounds: int = 3) -> dict[str, dict[str, float]]:
    """Median share of summarize() time in corroboration and disagreement, CPU and wall."""
    import summarize.pipeline as pipeline

    with open(data, encoding="utf-8") as stream:
        duc = [
            [summarize.Document(d["id"], d["text"]) for d in json.loads(line)["documents"]]
            for line in stream
        ]
    sets = {"duc2003": duc, "seeds": [summarize.read_folder(seeds)] * 10}
    spent: dict[str, list[float]] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            cpu, wall = time.process_time(), time.perf_counter()
            result = function(*args, **kwargs)
            spent[name][0] += time.process_time() - cpu
            spent[name][1] += time.perf_counter() - wall
            return result

        return run

    originals = pipeline.corroborate, pipeline.find_disagreements
    pipeline.corroborate = timed("corroboration", pipeline.corroborate)  # type: ignore[assignment]
    pipeline.find_disagreements = timed("disagreement", pipeline.find_disagreements)  # type: ignore[assignment]
    found: dict[str, dict[str, list[float]]] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", summarize.SummarizeWarning)
            for _ in range(rounds):
                for name, group in sets.items():  # interleaved: one round of each in turn
                    spent.update({"corroboration": [0.0, 0.0], "disagreement": [0.0, 0.0]})
                    cpu, wall = time.process_time(), time.perf_counter()
                    for documents in group:
                        summarize.summarize(documents)
                    total = (time.process_time() - cpu, time.perf_counter() - wall)
                    for stage, (stage_cpu, stage_wall) in spent.items():
                        into = found.setdefault(name, {})
                        into.setdefault(stage + " cpu", []).append(stage_cpu / total[0])
                        into.setdefault(stage + " wall", []).append(stage_wall / total[1])
    finally:
        pipeline.corroborate, pipeline.find_disagreements = originals
    return {
        name: {k: statistics.median(v) for k, v in values.items()}
        for name, values in found.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=200)
    parser.add_argument("--list", action="store_true", help="print every finding")
    parser.add_argument("--shares", action="store_true", help="time shares of the two stages")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir() or not args.data.is_file():
        print(f"data not found: {args.seeds} or {args.data}", file=sys.stderr)
        return 2
    if args.shares:
        for name, values in shares(args.seeds, args.data).items():
            print(name + ": " + ", ".join(f"{k} {v:.3f}" for k, v in values.items()))
        return 0
    labels: dict[str, bool] = {
        item["key"]: item["true"]
        for item in json.loads(LABELS.read_text(encoding="utf-8"))["judged"]
    }
    tally: dict[str, list[int]] = {"seeds": [0, 0], "duc2003": [0, 0]}
    unjudged = 0
    for name, summary, d in findings(args.seeds, args.data, args.words):
        key = _key(name, d)
        judged = labels.get(key)
        group = tally["seeds" if name == "seeds" else "duc2003"]
        if judged is None:
            unjudged += 1
        else:
            group[0] += judged
            group[1] += 1
        if args.list or judged is None:
            mark = {True: "TRUE ", False: "FALSE", None: "?    "}[judged]
            print(f"{mark} {key}\n      {d.kind}: {d.describe(summary.documents)}")
            if args.list:
                for r in d.readings:
                    print(f"        {r.document_id}: {r.text[:160]}")
    for name, (right, judged) in tally.items():
        precision = right / judged if judged else float("nan")
        print(
            f"{name}: {right} of {judged} judged disagreements are real: precision {precision:.2f}"
        )
    if unjudged:
        print(f"{unjudged} findings not judged yet (listed above)")
    right, flagged, positives = built_cases(args.list)
    print(
        f"built cases: {right} of {flagged} flagged must be (precision "
        f"{right / flagged if flagged else float('nan'):.2f}), {right} of {positives} that "
        f"must be are flagged (recall {right / positives if positives else float('nan'):.2f})"
    )
    right, flagged, positives = built_cases(args.list, BLIND)
    print(
        f"blind cases: {right} of {flagged} flagged must be, {right} of {positives} that must"
        f" be are flagged (recall {right / positives if positives else float('nan'):.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
