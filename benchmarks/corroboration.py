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
    presence,
    term_cosines,
    term_weights,
    used_elsewhere,
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


def _elsewhere_cosine(share: float) -> Scorer:
    """The cosine of the query cut to the terms other articles use; when they hold less
    than ``share`` of its norm, the plain cosine."""

    def score(candidates: Any, features: Any, row: int) -> np.ndarray:
        index = np.asarray(candidates.document_index)
        mine = features.terms.getrow(row).indices
        keep = np.zeros(features.terms.shape[1], dtype=bool)
        keep[mine] = used_elsewhere(features.terms, index, int(index[row]), mine)
        kept = features.X.getrow(row).toarray().ravel() * keep
        if np.sqrt(kept @ kept) < share - 1e-9:
            return _cosine(candidates, features, row)
        return term_cosines(features.X, row, keep)

    return score


def _or_shared(floor: float, shared: int) -> Scorer:
    """The cosine, raised to 0.3 when it reaches ``floor`` with ``shared`` terms in common."""

    def score(candidates: Any, features: Any, row: int) -> np.ndarray:
        cosine = _cosine(candidates, features, row)
        present = presence(features.terms)
        common = present @ present.getrow(row).toarray().ravel()
        lifted = (cosine >= floor - 1e-9) & (common >= shared - 1e-9)
        return np.where(lifted, np.maximum(cosine, MATCH_THRESHOLD), cosine)

    return score


VARIANTS: dict[str, Scorer] = {
    "terms other articles use": _elsewhere_cosine(0.0),
    "terms other articles use, if 0.85 of the norm": _elsewhere_cosine(0.85),
    "or cosine >= 0.28 with 4 terms shared": _or_shared(0.28, 4),
    "or cosine >= 0.27 with 4 terms shared": _or_shared(0.27, 4),
}
"""Other term cosines tried in the library's rule (in place of its own), with fact units at
0.29, the sentence of each article picked by its fact-unit score, as :func:`corroborate` does."""


def _variant_supports(
    candidates: Any, features: Any, row: int, ids: list[str], cosine: np.ndarray
) -> list[tuple[str, int]]:
    """What :func:`corroborate` would credit with ``cosine`` in place of its term cosine."""
    present = presence(features.terms)
    shared = present @ present.getrow(row).toarray().ravel()
    related = np.union1d(np.flatnonzero(shared >= MIN_SHARED - 1e-9), [row])
    score = np.zeros(len(shared))
    score[related] = word_scores(candidates, features, row, related)
    index = np.asarray(candidates.document_index)
    good = (cosine >= MATCH_THRESHOLD - 1e-9) | (score >= UNIT_THRESHOLD - 1e-9)
    good &= (shared >= MIN_SHARED - 1e-9) & (index != index[row])
    found: dict[int, int] = {}
    for i in np.flatnonzero(good).tolist():
        d = int(index[i])
        if d not in found or score[i] > score[found[d]] + 1e-9:
            found[d] = i
    return [(ids[d], int(candidates.start[i])) for d, i in sorted(found.items())]


def _through_a_third(
    candidates: Any, features: Any, row: int, ids: list[str]
) -> list[tuple[str, int]]:
    """The library's supports, plus, in an article not credited, the sentence closest to the
    query (cosine 0.25 or more, 3 terms shared) among those with a cosine of 0.3 or more
    with a support of a third article."""
    (support,) = corroborate(candidates, features, [row], ids)
    index = np.asarray(candidates.document_index)
    rows = {
        s.document_index: int(
            np.flatnonzero((index == s.document_index) & (candidates.start == s.start))[0]
        )
        for s in support
    }
    cosine = _cosine(candidates, features, row)
    present = presence(features.terms)
    shared = present @ present.getrow(row).toarray().ravel()
    extra: dict[int, int] = {}
    for d, r in rows.items():
        near = (_cosine(candidates, features, r) >= 0.3 - 1e-9) & (cosine >= 0.25 - 1e-9)
        near &= (shared >= 3 - 1e-9) & (index != index[row]) & (index != d)
        for i in np.flatnonzero(near).tolist():
            e = int(index[i])
            if e not in rows and (e not in extra or cosine[i] > cosine[extra[e]]):
                extra[e] = i
    rows.update(extra)
    return [(ids[d], int(candidates.start[i])) for d, i in sorted(rows.items())]


def _library_rules(
    candidates: Any, features: Any, row: int, ids: list[str]
) -> dict[str, list[tuple[str, int]]]:
    """The supports found by the library's rule, without its opening-word cut, and by each
    variant, at the chosen thresholds."""
    found = {}
    for name, cut in (
        ("corroborate (chosen)", True),
        ("corroborate, plain cosine (before)", False),
    ):
        (support,) = corroborate(candidates, features, [row], ids, cut_opening=cut)
        found[name] = [(s.document_id, s.start) for s in support]
    for name, scorer in VARIANTS.items():
        cosine = scorer(candidates, features, row)
        found[f"units | {name}"] = _variant_supports(candidates, features, row, ids, cosine)
    found["corroborate, or through a third article"] = _through_a_third(
        candidates, features, row, ids
    )
    return found


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


def _table_row(rule: str, threshold: float, right: int, picks: int, positives: int) -> dict:
    """One row of the results table: a rule's picks, right ones, precision and recall."""
    return {
        "rule": rule,
        "threshold": threshold,
        "right": right,
        "picks": picks,
        "positives": positives,
        "precision": right / picks if picks else 0.0,
        "recall": right / positives if positives else 0.0,
    }


def _align(pairs: list[dict[str, Any]], sets: dict[str, Any]) -> dict[str, Any]:
    """Point each labelled span at today's candidate sentence that ends where it ends, and
    return each set's candidates (which :func:`evaluate` reads again).

    The labels hold offsets: when the segmenter later cuts furniture from a sentence's
    start (the seeds' "BEIJING, China:" dateline), the sentence starts later but ends
    where it did. A span that no candidate ends at is left as it is.
    """
    starts: dict[str, dict[tuple[str, int], int]] = {}
    segmented: dict[str, Any] = {}
    for name, docs in sets.items():
        candidates = segmented[name] = segment(tuple(docs), language="english").candidates()
        ids = [d.id for d in docs]
        starts[name] = {
            (ids[int(d)], int(e)): int(s)
            for d, s, e in zip(
                candidates.document_index, candidates.start, candidates.end, strict=True
            )
        }
    for pair in pairs:
        for side in ("query", "other"):
            span = pair[side]
            start = starts[pair["set"]].get((span["document"], span["end"]))
            if start is not None and span["start"] <= start < span["end"]:
                span["start"] = start
    return segmented


def evaluate(
    seeds: Path, data: Path, *, limit: int | None = None, two_articles: bool = False
) -> dict[str, Any]:
    """Precision and recall of every rule at every threshold.

    ``limit`` keeps the first pairs only; ``two_articles`` also runs the library's
    rules and their variants on each query's article with each other article alone.
    """
    pairs = json.loads(LABELS.read_text(encoding="utf-8"))["pairs"][:limit]
    sets = load_sets(seeds, data, {p["set"] for p in pairs})
    segmented = _align(pairs, sets)
    counts = {(r, t): [0, 0, 0] for r, (_, ts) in RULES.items() for t in ts}  # right, picks, pos
    counts.update({(_library(t), u): [0, 0, 0] for t, u in LIBRARY_GRID})
    library_counts: dict[str, list[int]] = {}
    pair_counts: dict[str, list[int]] = {}
    queries: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for pair in pairs:
        key = (pair["set"], pair["query"]["document"], pair["query"]["start"])
        queries.setdefault(key, []).append(pair)
    prepared: dict[str, Any] = {}
    for (name, qdoc, qstart), labelled in queries.items():
        docs = sets[name]
        if name not in prepared:
            candidates = segmented[name]
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
        for rule, got in _library_rules(candidates, features, row, ids).items():
            tally = library_counts.setdefault(rule, [0, 0, 0])
            tally[0] += sum(truth.get(g, False) for g in got)
            tally[1] += len(got)
            tally[2] += len(positive_docs)
        if two_articles:
            by_id = {d.id: d for d in docs}
            for other in ids:
                if other == qdoc:
                    continue
                pair_docs = (by_id[qdoc], by_id[other])
                pair_candidates = segment(pair_docs, language="english").candidates()
                pair_features = featurize(pair_candidates, language="english")
                pair_row = next(
                    i
                    for i in range(len(pair_candidates.texts))
                    if pair_candidates.document_index[i] == 0
                    and pair_candidates.start[i] == qstart
                )
                found = _library_rules(pair_candidates, pair_features, pair_row, [qdoc, other])
                for rule, got in found.items():
                    tally = pair_counts.setdefault(rule, [0, 0, 0])
                    tally[0] += sum(truth.get(g, False) for g in got)
                    tally[1] += len(got)
                    tally[2] += other in positive_docs
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
    rows_out = [_table_row(rule, threshold, *found) for (rule, threshold), found in counts.items()]
    for label, table in (("", library_counts), ("two articles: ", pair_counts)):
        for rule, found in table.items():
            rows_out.append(_table_row(label + rule, MATCH_THRESHOLD, *found))
    return {
        "pairs": len(pairs),
        "queries": len(queries),
        "chosen": {"threshold": MATCH_THRESHOLD, "unit_threshold": UNIT_THRESHOLD},
        "rows": rows_out,
    }


def footprint(path: Path, language: str, *, show: bool = False) -> dict[str, list[int]]:
    """On the default summaries of a data set's clusters, the supports each rule of
    :func:`_library_rules` adds to and removes from the plain-cosine rule (before)."""
    changes: dict[str, list[int]] = {}
    summarizer = summarize.Summarizer(language=language)
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            cluster = json.loads(line)
            docs = tuple(summarize.Document(d["id"], d["text"]) for d in cluster["documents"])
            summary = summarizer.summarize(docs)
            candidates = segment(docs, language=language).candidates()
            features = featurize(candidates, language=language)
            ids = [d.id for d in docs]
            for sentence in summary.sentences:
                row = int(
                    np.flatnonzero(
                        (candidates.document_index == sentence.document_index)
                        & (candidates.start == sentence.start)
                    )[0]
                )
                found = _library_rules(candidates, features, row, ids)
                before = set(found.pop("corroborate, plain cosine (before)"))
                for rule, got in found.items():
                    tally = changes.setdefault(rule, [0, 0, 0])
                    tally[0] += len(set(got) - before)
                    tally[1] += len(before - set(got))
                    tally[2] += 1
                    if show:
                        for document_id, start in sorted(set(got) - before):
                            other = next(
                                t
                                for t, d, s in zip(
                                    candidates.texts,
                                    candidates.document_index,
                                    candidates.start,
                                    strict=True,
                                )
                                if ids[d] == document_id and s == start
                            )
                            print(f"+ {rule}\n    {sentence.text}\n    {other}")
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--pairs", type=int, help="use only the first PAIRS labelled pairs")
    parser.add_argument(
        "--two-articles",
        action="store_true",
        help="also run the library's rules on each query's article with each other one alone",
    )
    parser.add_argument(
        "--footprint",
        nargs="+",
        metavar="PATH:LANGUAGE",
        help="instead, count the supports each rule adds to the plain cosine's on these sets",
    )
    parser.add_argument("--show", action="store_true", help="with --footprint, print them")
    args = parser.parse_args(argv)
    if args.footprint:
        for spec in args.footprint:
            path, _, language = spec.rpartition(":")
            print(f"{path} ({language}): supports added / removed, summary sentences")
            for rule, (added, removed, n) in footprint(
                Path(path), language, show=args.show
            ).items():
                print(f"  {rule:<56}{added:>5}{removed:>5}{n:>6}")
        return 0
    if not args.seeds.is_dir() or not args.data.is_file():
        print(f"data not found: {args.seeds} or {args.data}", file=sys.stderr)
        return 2
    report = evaluate(args.seeds, args.data, limit=args.pairs, two_articles=args.two_articles)
    print(f"{report['pairs']} labelled pairs, {report['queries']} query sentences")
    print(f"{'rule':<56}{'threshold':>10}{'precision':>11}{'recall':>8}{'F1':>7}  right/picks/pos")
    for r in report["rows"]:
        p, q = r["precision"], r["recall"]
        f1 = 2 * p * q / (p + q) if p + q else 0.0
        print(
            f"{r['rule']:<56}{r['threshold']:>10.2f}{p:>11.2f}{q:>8.2f}{f1:>7.2f}  "
            f"{r['right']}/{r['picks']}/{r['positives']}"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
