"""The cost of one call at a real cluster's size, stage by stage, against the floor.

``benchmarks/speed.py`` measures one large input at a time. A newsroom calls
the library once per story cluster instead: ten to twenty-five articles, a
few hundred sentences, where fixed costs (small arrays, sparse matrix
constructions, the provenance of each summary sentence) weigh more than the
work per word. This benchmark summarises every cluster of the named data
sets (``../shared/data/``, read by path) with the default settings and each
data set's budget, in a process that summarised three clusters first (so the
imports and one-off set-up are not counted, as in a batch), and reports per
cluster:

- the CPU time (user and system) of the whole call, and of each stage, from
  the library's own DEBUG log on the ``"summarize"`` logger (``"stage %s
  took %.3f s"``, wall time of a single-threaded stage);
- the floor: scikit-learn's ``TfidfVectorizer().fit_transform`` on the
  cluster's candidate sentences (``summarize.split_sentences``, untimed), timed
  in the same process right after each call, so the two see the same load.

With ``--against PATH`` (a checkout of another version, for example a ``git
worktree``) the versions take turns, each round in fresh processes whose
``PYTHONPATH`` is the version's root (``this``, then the others, the order
reversed every other round); medians over ``--rounds`` are reported. On a
shared machine compare versions only within one run, and ratios rather than
milliseconds.

Run from the repository root::

    python benchmarks/clusters.py                         # DUC 2002, 2003 and 2007, 5 rounds
    python benchmarks/clusters.py --data duc2003 --rounds 3 --against /tmp/old
    python benchmarks/clusters.py --json benchmarks/results/clusters.json
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import quality  # noqa: E402 - beside this file

DEFAULT_DATA = ("duc2002", "duc2003", "duc2007")
WARM_UP = 3
"""Clusters summarised before the measured ones (not counted)."""

_STAGE = re.compile(r"stage (\w+) took ([\d.]+) s")


class _Stages(logging.Handler):
    """Adds up the seconds of each stage the library logs."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seconds: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        found = _STAGE.fullmatch(record.getMessage())
        if found:
            name = found.group(1)
            self.seconds[name] = self.seconds.get(name, 0.0) + float(found.group(2))


def measure(path: Path, budget: int, language: str) -> dict[str, Any]:
    """Per-cluster milliseconds of the calls and of the floor, in this process."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    import summarize

    clusters = quality.load_clusters(path)
    articles = [[d["text"] for d in c["documents"]] for c in clusters]
    sentences = [
        [
            s.text
            for text in cluster
            for s in summarize.split_sentences(text, language=language)
            if s.kind == "sentence"
        ]
        for cluster in articles
    ]
    for cluster, texts in list(zip(articles, sentences, strict=True))[:WARM_UP]:
        summarize.summarize(cluster, max_words=budget, language=language)
        TfidfVectorizer().fit_transform(texts)
    stages = _Stages()
    logger = logging.getLogger("summarize")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(stages)
    call = floor = 0.0
    try:
        for cluster, texts in zip(articles, sentences, strict=True):
            started = time.process_time()
            summarize.summarize(cluster, max_words=budget, language=language)
            call += time.process_time() - started
            started = time.process_time()
            TfidfVectorizer().fit_transform(texts)
            floor += time.process_time() - started
    finally:
        logger.removeHandler(stages)
    n = len(clusters)
    return {
        "clusters": n,
        "sentences": statistics.mean(map(len, sentences)),
        "call": 1000 * call / n,
        "floor": 1000 * floor / n,
        "stages": {name: 1000 * s / n for name, s in stages.seconds.items()},
    }


def _run(root: Path, name: str) -> dict[str, Any]:
    """:func:`measure` of one data set in a fresh process importing ``root``'s library."""
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", name],
        env=env,
        cwd=str(root),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def summarise(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Medians over the runs of each version of one data set: milliseconds per cluster,
    and each stage and the whole call as multiples of the floor measured in the same
    process (the machine's speed varies from process to process; the ratios hold)."""
    stages = sorted({s for rs in runs.values() for r in rs for s in r["stages"]})
    summary: dict[str, Any] = {}
    for label, rs in runs.items():
        summary[label] = {
            "call_ms": statistics.median(r["call"] for r in rs),
            "floor_ms": statistics.median(r["floor"] for r in rs),
            "ratio": statistics.median(r["call"] / r["floor"] for r in rs),
            "stages_ms": {
                s: statistics.median(r["stages"].get(s, 0.0) for r in rs) for s in stages
            },
            "stages_per_floor": {
                s: statistics.median(r["stages"].get(s, 0.0) / r["floor"] for r in rs)
                for s in stages
            },
        }
    return summary


def print_report(report: dict[str, Any]) -> None:
    """The tables of a report: per data set, each version's stages and call in
    milliseconds per cluster, then as multiples of the floor."""
    for name, runs in report["data"].items():
        summary = summarise(runs)
        first = next(iter(runs.values()))[0]
        print(f"{name}: {first['clusters']} clusters, {first['sentences']:.0f} sentences each")
        stages = [s for s in next(iter(summary.values()))["stages_ms"] if s != "loading"]
        for unit, key in (
            ("ms per cluster", "stages_ms"),
            ("times the floor", "stages_per_floor"),
        ):
            print(f"  {unit}")
            print(
                "  "
                + "version".ljust(24)
                + "".join(s[:13].rjust(14) for s in stages)
                + "call".rjust(10)
                + "floor".rjust(10)
            )
            for label, row in summary.items():
                if key == "stages_ms":
                    call, floor = row["call_ms"], row["floor_ms"]
                else:
                    call, floor = row["ratio"], 1.0
                print(
                    "  "
                    + label[-24:].ljust(24)
                    + "".join(f"{row[key][s]:14.2f}" for s in stages)
                    + f"{call:10.2f}{floor:10.2f}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=",".join(DEFAULT_DATA), help="data set names")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, action="append", default=[])
    parser.add_argument("--json", type=Path, help="write the measurements to this file")
    parser.add_argument("--report", type=Path, help="print the tables of an earlier --json")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        spec = quality.DATA_SETS[args.worker]
        path = quality.DATA_DIR / spec.file
        print(json.dumps(measure(path, spec.budget, spec.language)))
        return 0
    if args.report:
        print_report(json.loads(args.report.read_text()))
        return 0
    names = [n for n in args.data.split(",") if n]
    for name in names:
        if name not in quality.DATA_SETS:
            parser.error(f"unknown data set {name!r}; known: {', '.join(quality.DATA_SETS)}")
        if not (quality.DATA_DIR / quality.DATA_SETS[name].file).is_file():
            parser.error(f"no {quality.DATA_SETS[name].file} in {quality.DATA_DIR}")
    versions = [("this", ROOT)] + [(str(p), p.resolve()) for p in args.against]
    report: dict[str, Any] = {"rounds": args.rounds, "data": {name: {} for name in names}}
    for round_ in range(args.rounds):
        order = versions if round_ % 2 == 0 else versions[::-1]
        for name in names:
            for label, root in order:
                report["data"][name].setdefault(label, []).append(_run(root, name))
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
