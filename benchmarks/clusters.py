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


def _median(runs: list[dict[str, Any]], key: str, stage: str | None = None) -> float:
    if stage is None:
        return statistics.median(r[key] for r in runs)
    return statistics.median(r["stages"].get(stage, 0.0) for r in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=",".join(DEFAULT_DATA), help="data set names")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, action="append", default=[])
    parser.add_argument("--json", type=Path, help="write the measurements to this file")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        spec = quality.DATA_SETS[args.worker]
        path = quality.DATA_DIR / spec.file
        print(json.dumps(measure(path, spec.budget, spec.language)))
        return 0
    names = [n for n in args.data.split(",") if n]
    for name in names:
        if name not in quality.DATA_SETS:
            parser.error(f"unknown data set {name!r}; known: {', '.join(quality.DATA_SETS)}")
        if not (quality.DATA_DIR / quality.DATA_SETS[name].file).is_file():
            parser.error(f"no {quality.DATA_SETS[name].file} in {quality.DATA_DIR}")
    versions = [("this", ROOT)] + [(str(p), p.resolve()) for p in args.against]
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for round_ in range(args.rounds):
        order = versions if round_ % 2 == 0 else versions[::-1]
        for name in names:
            for label, root in order:
                runs.setdefault((name, label), []).append(_run(root, name))
    report: dict[str, Any] = {"rounds": args.rounds, "data": {}}
    for name in names:
        first = runs[(name, "this")][0]
        print(f"{name}: {first['clusters']} clusters, {first['sentences']:.0f} sentences each")
        stages = sorted(
            {s for label, _ in versions for r in runs[(name, label)] for s in r["stages"]}
        )
        print(
            "  "
            + "version".ljust(24)
            + "".join(s[:13].rjust(14) for s in stages)
            + "call".rjust(10)
            + "floor".rjust(10)
            + "ratio".rjust(8)
        )
        report["data"][name] = {}
        for label, _ in versions:
            rs = runs[(name, label)]
            call, floor = _median(rs, "call"), _median(rs, "floor")
            ratios = statistics.median(r["call"] / r["floor"] for r in rs)
            row = {s: _median(rs, "", s) for s in stages}
            print(
                "  "
                + label[-24:].ljust(24)
                + "".join(f"{row[s]:14.2f}" for s in stages)
                + f"{call:10.2f}{floor:10.2f}{ratios:8.2f}"
            )
            report["data"][name][label] = {
                "call_ms": call,
                "floor_ms": floor,
                "ratio": ratios,
                "stages_ms": row,
                "runs": rs,
            }
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
