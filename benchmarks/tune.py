"""Choose the library's default settings by k-fold cross-validation on DUC 2003.

The clusters are split into ``k`` folds by position in the file (cluster
``i`` goes to fold ``i % k``, so the assignment never changes). For each fold,
every setting of a small grid is scored on the *other* folds; the setting
with the best mean of ROUGE-1 and ROUGE-2 recall there is then scored on the
held-out fold. The held-out scores of all folds together are the
cross-validated figure: an honest estimate of what choosing settings this way
gives on clusters it has not seen. The default settings are the grid's best
on all clusters.

Scoring is the quality benchmark's (``benchmarks/quality.py``): each summary
is cut to its first ``budget`` words and compared with every human summary by
ROUGE recall (``rouge-score``, Porter stemming, stop words kept), averaged
over the references and then the clusters. To be fast, the references are
tokenised once and the n-gram recall is counted here; at the end the chosen
defaults are scored again with ``quality.py``'s own function, and the two
must agree.

Segmentation and features (TF-IDF, LexRank) depend on neither the grid's
settings nor the budget, so they are computed once per cluster; each grid
point only runs the library's scoring and selection stages.

Run from the repository root::

    python benchmarks/tune.py                  # 5 folds, writes benchmarks/results/tune.json
    python benchmarks/tune.py --folds 3 --limit 12
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import itertools
import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

import summarize
from summarize.documents import coerce_documents

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the scripts beside this one, as speed.py imports them
    sys.path.insert(0, str(HERE))

import quality  # noqa: E402

DEFAULT_JSON = HERE / "results" / "tune.json"

#: The grid: every combination is tried. Values are chosen to stay meaningful
#: beyond newswire (shares of articles, weights relative to coverage).
GRID: dict[str, tuple[Any, ...]] = {
    "concept_power": (1.0, 2.0, 3.0, 4.0),
    "centrality_weight": (0.05, 0.1, 0.2),
    "length_penalty": (0.0, 0.25, 0.5),
}

#: Further ideas, each tried on top of every grid point: the grid and the
#: grid with the idea are cross-validated together, and the idea is kept (its
#: setting becomes a default) only if that beats the grid alone held out, by
#: at least MARGIN points of R1 + R2 recall (simpler settings win ties).
MARGIN = 0.1
EXTRAS: dict[str, dict[str, Any]] = {
    "single words as concepts too (unigram_weight=0.25)": {"unigram_weight": 0.25},
    "lead prior (position_weight=0.02)": {"position_weight": 0.02},
    "skip sentences under 8 words (min_words=8)": {"min_words": 8},
    "MMR penalty on top (diversity=0.1)": {"diversity": 0.1},
}




# ------------------------------------------------------------------------ scoring


class Recall:
    """ROUGE-1 and ROUGE-2 recall against fixed references, as ``rouge-score`` counts it.

    The references are tokenised (lower-cased, Porter-stemmed, stop words
    kept) once, with ``rouge-score``'s own tokenizer.
    """

    def __init__(self, references: Sequence[str]) -> None:
        from rouge_score import tokenizers

        self._tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
        tokens = [self._tokenizer.tokenize(reference) for reference in references]
        self._references = {n: [self._ngrams(t, n) for t in tokens] for n in (1, 2)}

    @staticmethod
    def _ngrams(tokens: Sequence[str], n: int) -> collections.Counter[tuple[str, ...]]:
        return collections.Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))

    def __call__(self, summary: str) -> tuple[float, float]:
        """ROUGE-1 and ROUGE-2 recall in percent, averaged over the references."""
        tokens = self._tokenizer.tokenize(summary)
        result = []
        for n in (1, 2):
            found = self._ngrams(tokens, n)
            total = 0.0
            for reference in self._references[n]:
                size = sum(reference.values())
                if size:
                    total += sum(min(count, found[g]) for g, count in reference.items()) / size
            result.append(100.0 * total / len(self._references[n]))
        return result[0], result[1]


class Prepared(NamedTuple):
    """A cluster with the stages that no grid setting changes already run."""

    id: str
    candidates: Any
    features: Any
    recall: Recall
    references: list[str]


def prepare(cluster: Mapping[str, Any], base: summarize.Summarizer) -> Prepared:
    """Segment the cluster and compute its features, once."""
    documents = coerce_documents(
        [summarize.Document(id=d["id"], text=d["text"], title=d.get("title")) for d in cluster["documents"]],
        encoding=base.encoding,
    )
    _, candidates = base._segment(documents)
    features = base._featurize(candidates)
    return Prepared(str(cluster["id"]), candidates, features, Recall(cluster["references"]), cluster["references"])


def summary_text(summarizer: summarize.Summarizer, cluster: Prepared) -> str:
    """The summary's sentences, best first, joined: what ``summarize`` returns as text."""
    evidence = summarizer._score(cluster.candidates, cluster.features)
    chosen, _ = summarizer._choose(cluster.candidates, evidence)
    return " ".join(cluster.candidates.texts[i] for i in chosen)


def score_grid(
    clusters: Sequence[Prepared], settings: Sequence[dict[str, Any]], base: summarize.Summarizer, budget: int
) -> np.ndarray:
    """Recall of every setting on every cluster: shape (settings, clusters, 2)."""
    scores = np.zeros((len(settings), len(clusters), 2))
    for s, setting in enumerate(settings):
        summarizer = dataclasses.replace(base, **setting)
        for c, cluster in enumerate(clusters):
            text = quality.cut_to_budget([summary_text(summarizer, cluster)], budget)
            scores[s, c] = cluster.recall(text)
    return scores


def cross_validate(scores: np.ndarray, folds: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Per-cluster held-out recall, and the setting chosen for each fold.

    For fold ``f`` the setting with the best mean of R1 + R2 recall over the
    clusters outside ``f`` is chosen (the first one on a tie) and its scores
    on the clusters of ``f`` are kept.
    """
    held_out = np.zeros(scores.shape[1:])
    choices = []
    for fold in range(int(folds.max()) + 1):
        train = folds != fold
        best = int(np.argmax(scores[:, train].sum(axis=2).mean(axis=1)))
        held_out[~train] = scores[best, ~train]
        choices.append(best)
    return held_out, choices


# ------------------------------------------------------------------------- main


def grid_settings(grid: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Every combination of the grid's values, as keyword arguments."""
    names = list(grid)
    return [dict(zip(names, values)) for values in itertools.product(*(grid[n] for n in names))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="clusters in JSONL (default: the DUC 2003 file)")
    parser.add_argument("--limit", type=int, help="use only the first N clusters")
    parser.add_argument("--folds", type=int, default=5, help="number of folds (default: 5)")
    parser.add_argument("--budget", type=int, default=100, help="words a summary (default: 100)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    raw = quality.load_clusters(args.data, args.limit)
    if args.folds < 2 or args.folds > len(raw):
        parser.error(f"--folds must be between 2 and the number of clusters ({len(raw)})")
    base = summarize.Summarizer(max_words=args.budget)
    clusters = [prepare(cluster, base) for cluster in raw]
    prepared_seconds = time.perf_counter() - started

    grid = grid_settings(GRID)
    folds = np.arange(len(clusters)) % args.folds
    grid_scores = score_grid(clusters, grid, base, args.budget)
    ablations = []
    grid_cv = cross_validate(grid_scores, folds)[0].mean(axis=0)
    ablations.append({"variant": "the grid", "settings": len(grid), "held_out": grid_cv.round(2).tolist()})
    for name, values in GRID.items():
        for value in values:
            keep = [i for i, setting in enumerate(grid) if setting[name] == value]
            cv = cross_validate(grid_scores[keep], folds)[0].mean(axis=0)
            ablations.append({"variant": f"{name} fixed at {value}", "settings": len(keep), "held_out": cv.round(2).tolist()})
    settings, scores = list(grid), grid_scores
    for name, extra in EXTRAS.items():
        more = [{**setting, **extra} for setting in grid]
        more_scores = score_grid(clusters, more, base, args.budget)
        together = np.concatenate([grid_scores, more_scores])
        cv = cross_validate(together, folds)[0].mean(axis=0)
        kept = bool(cv.sum() >= grid_cv.sum() + MARGIN)
        ablations.append({"variant": f"grid + {name}", "settings": len(together), "held_out": cv.round(2).tolist(), "kept": kept})
        if kept:
            settings, scores = settings + more, np.concatenate([scores, more_scores])
    held_out, choices = cross_validate(scores, folds)
    best_overall = int(np.argmax(scores.sum(axis=2).mean(axis=1)))
    names = list(GRID) + sorted({name for extra in EXTRAS.values() for name in extra})
    defaults = {name: getattr(summarize.Summarizer(), name) for name in names}
    full_settings = [{**{n: getattr(base, n) for n in names}, **s} for s in settings]
    default_index = full_settings.index(defaults) if defaults in full_settings else None

    # The defaults again, through quality.py's own ROUGE: the fast count must agree.
    scorer = quality.make_scorer()
    check = []
    for cluster in clusters:
        text = quality.cut_to_budget([summary_text(base, cluster)], args.budget)
        full = quality.rouge(scorer, text, cluster.references)
        check.append((full["rouge1_recall"], full["rouge2_recall"]))
    check_mean = np.mean(check, axis=0)
    seconds = time.perf_counter() - started

    print(f"{len(clusters)} clusters, {args.folds} folds, {len(settings)} settings, budget {args.budget} words")
    print(f"{'fold':<6}{'clusters':>9}{'train R1':>10}{'train R2':>10}{'test R1':>9}{'test R2':>9}  chosen")
    for fold, choice in enumerate(choices):
        test = folds == fold
        train_mean = scores[choice, ~test].mean(axis=0)
        test_mean = scores[choice, test].mean(axis=0)
        print(
            f"{fold:<6}{int(test.sum()):>9}{train_mean[0]:>10.2f}{train_mean[1]:>10.2f}"
            f"{test_mean[0]:>9.2f}{test_mean[1]:>9.2f}  {settings[choice]}"
        )
    print(f"{'variant':<60}{'settings':>9}{'R1':>8}{'R2':>8}")
    for row in ablations:
        mark = {True: "  kept", False: "  dropped"}.get(row.get("kept"), "")  # type: ignore[call-overload]
        print(f"{row['variant']:<60}{row['settings']:>9}{row['held_out'][0]:>8.2f}{row['held_out'][1]:>8.2f}{mark}")
    cv = held_out.mean(axis=0)
    print(f"held-out (cross-validated) recall: R1 {cv[0]:.2f}  R2 {cv[1]:.2f}")
    best = scores[best_overall].mean(axis=0)
    print(f"best on all clusters (in-sample): R1 {best[0]:.2f}  R2 {best[1]:.2f}  {settings[best_overall]}")
    print(f"library defaults {defaults}: R1 {check_mean[0]:.2f}  R2 {check_mean[1]:.2f} (in-sample, quality.py's ROUGE)")
    if default_index is not None:
        fast = scores[default_index].mean(axis=0)
        if not np.allclose(fast, check_mean, atol=1e-6):
            print(f"WARNING: the fast ROUGE count gives {fast.round(4)} for the defaults")
    print(f"{seconds:.1f} s ({prepared_seconds:.1f} s preparing the clusters)")

    report = {
        "budget": args.budget,
        "folds": args.folds,
        "fold_of_cluster": {c.id: int(f) for c, f in zip(clusters, folds)},
        "grid": {name: list(values) for name, values in GRID.items()},
        "extras": EXTRAS,
        "settings_tried": len(settings),
        "ablations": ablations,
        "criterion": "mean of ROUGE-1 and ROUGE-2 recall on the training folds",
        "per_fold": [
            {
                "fold": fold,
                "chosen": settings[choice],
                "train": dict(zip(("rouge1_recall", "rouge2_recall"), scores[choice, folds != fold].mean(axis=0).round(2).tolist())),
                "test": dict(zip(("rouge1_recall", "rouge2_recall"), scores[choice, folds == fold].mean(axis=0).round(2).tolist())),
            }
            for fold, choice in enumerate(choices)
        ],
        "held_out": {"rouge1_recall": round(float(cv[0]), 2), "rouge2_recall": round(float(cv[1]), 2)},
        "best_in_sample": {"settings": settings[best_overall], "rouge1_recall": round(float(best[0]), 2), "rouge2_recall": round(float(best[1]), 2)},
        "defaults": {"settings": defaults, "rouge1_recall": round(float(check_mean[0]), 2), "rouge2_recall": round(float(check_mean[1]), 2)},
        "seconds": round(seconds, 1),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
