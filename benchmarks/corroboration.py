"""Recall and precision of the corroboration rule, on sentence pairs labelled by hand.

``benchmarks/labels/corroboration_pairs.json`` holds pairs (query sentence,
other article's sentence, same fact or not), as ids and offsets into the seed
articles (``../shared/seeds``) and two DUC 2003 clusters
(``../shared/data/duc2003.jsonl``); the text is read from there, never stored
here.

For each query sentence and each other article, a rule picks that article's
best matching sentence if its score reaches the threshold. The last rows run
:func:`summarize.corroboration.corroborate` itself (the library's rule: terms
cosine 0.3, or the all-word cosine of the sentence or one of its fact units
at ``unit_threshold``), at several unit thresholds. A pick is right when the
labels say the picked sentence reports the query's fact; an article is a
positive when any of its labelled sentences does. Then::

    precision = right picks / picks        recall = right picks / positive articles

A pick of an unlabelled sentence counts as wrong. Run from the repository root::

    python benchmarks/corroboration.py
    python benchmarks/corroboration.py --seeds ../shared/seeds --data ../shared/data/duc2003.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

import summarize
from summarize.corroboration import (
    MATCH_THRESHOLD,
    MIN_SHARED,
    UNIT_THRESHOLD,
    corroborate,
    match_scores,
    term_weights,
    word_scores,
)
from summarize.features import featurize
from summarize.segmentation import segment
from summarize.selectors.greedy import similarities

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
LABELS = HERE / "labels" / "corroboration_pairs.json"
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "duc2003.jsonl"

Scorer = Callable[[Any, Any, int], np.ndarray]


def _cosine(candidates: Any, features: Any, row: int) -> np.ndarray:
    return similarities(features.X, row)


def _overlap(candidates: Any, features: Any, row: int) -> np.ndarray:
    return match_scores(features.terms, term_weights(features.terms), row)[0]


def _geometric(candidates: Any, features: Any, row: int) -> np.ndarray:
    return np.sqrt(_cosine(candidates, features, row) * _overlap(candidates, features, row))


def _pairs(candidates: Any, features: Any, row: int) -> np.ndarray:
    """Share of the query's word pairs (binary) found in the other sentence."""
    present = features.pairs.copy().astype(np.float64)
    present.data[:] = 1.0
    mine = present.getrow(row).toarray().ravel()
    total = mine.sum()
    return (present @ mine) / total if total else np.zeros(present.shape[0])


def _cosine_or_pairs(candidates: Any, features: Any, row: int) -> np.ndarray:
    return np.maximum(_cosine(candidates, features, row), _pairs(candidates, features, row))


def _cosine_or_close(overlap: float) -> Scorer:
    """Cosine; a pair between 0.2 and 0.3 also counts when the idf-weighted overlap is high."""

    def score(candidates: Any, features: Any, row: int) -> np.ndarray:
        cosine = _cosine(candidates, features, row)
        close = (cosine >= 0.2) & (_overlap(candidates, features, row) >= overlap)
        return np.where(close & (cosine < 0.3), 0.3, cosine)

    return score


def _cosine_pick_by_geometric(threshold: float) -> Scorer:
    """Cosine decides whether an article reports the fact, sqrt(cosine * overlap) its sentence."""

    def score(candidates: Any, features: Any, row: int) -> np.ndarray:
        cosine = _cosine(candidates, features, row)
        geometric = np.sqrt(cosine * _overlap(candidates, features, row))
        return np.where(cosine >= threshold - 1e-9, 1.0 + geometric, 0.0)

    return score


def _related(features: Any, row: int) -> np.ndarray:
    present = features.terms.copy().astype(np.float64)
    present.data[:] = 1.0
    shared = present @ present.getrow(row).toarray().ravel()
    return np.flatnonzero((shared >= MIN_SHARED) | (np.arange(len(shared)) == row))


def _all_words(units: bool) -> Scorer:
    """The all-word cosine among related sentences, of the sentence (and its fact units)."""

    def score(candidates: Any, features: Any, row: int) -> np.ndarray:
        related = _related(features, row)
        values = np.zeros(candidates.start.shape[0])
        values[related] = word_scores(candidates, features, row, related, units=units)
        return values

    return score


RULES: dict[str, tuple[Scorer, tuple[float, ...]]] = {
    "cosine": (_cosine, (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)),
    "idf-overlap": (_overlap, (0.3, 0.4, 0.5, 0.6)),
    "sqrt(cosine*overlap)": (_geometric, (0.25, 0.3, 0.35, 0.4)),
    "max(cosine, pair-share)": (_cosine_or_pairs, (0.3, 0.35, 0.4)),
    "cosine, or 0.2 & overlap .4": (_cosine_or_close(0.4), (0.3,)),
    "cosine, or 0.2 & overlap .5": (_cosine_or_close(0.5), (0.3,)),
    "cosine 0.25, pick by sqrt": (_cosine_pick_by_geometric(0.25), (1.0,)),
    "cosine 0.3, pick by sqrt": (_cosine_pick_by_geometric(0.3), (1.0,)),
    "all-word cosine": (_all_words(False), (0.2, 0.22, 0.24, 0.26, 0.28, 0.3)),
    "all-word cosine, units": (_all_words(True), (0.26, 0.28, 0.3, 0.32, 0.34)),
}
LIBRARY_GRID = tuple(
    (threshold, unit_threshold)
    for threshold in (0.3, 0.32, 0.35)
    for unit_threshold in (0.27, 0.28, 0.29, 0.3, 0.32)
)
"""(term threshold, unit threshold) pairs at which the library's own rule is run."""


def _library(threshold: float) -> str:
    return f"corroborate: cosine {threshold:.2f} | units"


def load_sets(seeds: Path, data: Path, names: set[str]) -> dict[str, list[summarize.Document]]:
    """The articles of every set named in the labels, by set name."""
    sets: dict[str, list[summarize.Document]] = {}
    if "seeds" in names:
        sets["seeds"] = [summarize.read_article(p) for p in sorted(seeds.glob("*.txt"))]
    with open(data, encoding="utf-8") as stream:
        for line in stream:
            cluster = json.loads(line)
            if cluster["id"] in names:
                sets[cluster["id"]] = [
                    summarize.Document(d["id"], d["text"]) for d in cluster["documents"]
                ]
    return sets


def evaluate(seeds: Path, data: Path) -> dict[str, Any]:
    """Precision and recall of every rule at every threshold."""
    pairs = json.loads(LABELS.read_text(encoding="utf-8"))["pairs"]
    sets = load_sets(seeds, data, {p["set"] for p in pairs})
    counts = {(r, t): [0, 0, 0] for r, (_, ts) in RULES.items() for t in ts}  # right, picks, pos
    counts.update({(_library(t), u): [0, 0, 0] for t, u in LIBRARY_GRID})
    queries: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for pair in pairs:
        key = (pair["set"], pair["query"]["document"], pair["query"]["start"])
        queries.setdefault(key, []).append(pair)
    prepared: dict[str, Any] = {}
    for (name, qdoc, qstart), labelled in queries.items():
        docs = sets[name]
        if name not in prepared:
            candidates = segment(tuple(docs), language="english").candidates()
            prepared[name] = (candidates, featurize(candidates, language="english"))
        candidates, features = prepared[name]
        ids = [d.id for d in docs]
        where = {
            (ids[int(d)], int(s)): i
            for i, (d, s) in enumerate(
                zip(candidates.document_index, candidates.start, strict=True)
            )
        }
        row = where[(qdoc, qstart)]
        truth: dict[tuple[str, int], bool] = {
            (p["other"]["document"], p["other"]["start"]): p["same_fact"] for p in labelled
        }
        positive_docs = {d for (d, _), same in truth.items() if same}
        for threshold, unit_threshold in LIBRARY_GRID:
            (support,) = corroborate(
                candidates,
                features,
                [row],
                ids,
                threshold=threshold,
                unit_threshold=unit_threshold,
            )
            tally = counts[(_library(threshold), unit_threshold)]
            tally[0] += sum(truth.get((s.document_id, s.start), False) for s in support)
            tally[1] += len(support)
            tally[2] += len(positive_docs)
        for rule, (scorer, thresholds) in RULES.items():
            scores = scorer(candidates, features, row)
            for threshold in thresholds:
                right = picks = 0
                for d, doc_id in enumerate(ids):
                    if doc_id == qdoc:
                        continue
                    rows = np.flatnonzero(candidates.document_index == d)
                    if not len(rows):
                        continue
                    best = rows[int(np.argmax(scores[rows]))]
                    if scores[best] >= threshold - 1e-9:
                        picks += 1
                        right += truth.get((doc_id, int(candidates.start[best])), False)
                tally = counts[(rule, threshold)]
                tally[0] += right
                tally[1] += picks
                tally[2] += len(positive_docs)
    rows_out = []
    for (rule, threshold), (right, picks, positives) in counts.items():
        rows_out.append(
            {
                "rule": rule,
                "threshold": threshold,
                "right": right,
                "picks": picks,
                "positives": positives,
                "precision": right / picks if picks else 0.0,
                "recall": right / positives if positives else 0.0,
            }
        )
    return {
        "pairs": len(pairs),
        "queries": len(queries),
        "chosen": {"threshold": MATCH_THRESHOLD, "unit_threshold": UNIT_THRESHOLD},
        "rows": rows_out,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir() or not args.data.is_file():
        print(f"data not found: {args.seeds} or {args.data}", file=sys.stderr)
        return 2
    report = evaluate(args.seeds, args.data)
    print(f"{report['pairs']} labelled pairs, {report['queries']} query sentences")
    print(f"{'rule':<34}{'threshold':>10}{'precision':>11}{'recall':>8}{'F1':>7}  right/picks/pos")
    for r in report["rows"]:
        p, q = r["precision"], r["recall"]
        f1 = 2 * p * q / (p + q) if p + q else 0.0
        print(
            f"{r['rule']:<34}{r['threshold']:>10.2f}{p:>11.2f}{q:>8.2f}{f1:>7.2f}  "
            f"{r['right']}/{r['picks']}/{r['positives']}"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
