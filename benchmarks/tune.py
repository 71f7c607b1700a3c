"""Choose the library's defaults by cross-validation across data sets.

Every configuration of :func:`configurations` (scorer and selector objects:
greedy coverage, exact coverage by integer programming, submodular coverage
plus diversity, with and without the lead prior, ...) is run on every
cluster of every data set, and its ROUGE-1 and ROUGE-2 recall recorded. Then
the choice of a configuration is judged only on clusters it did not see:

*across data sets (leave one data set out)*
    five sets: DUC 2002, DUC 2003, DUC 2007 (without its questions, 250
    words), MultiLing 2011 French (250 words) and CSTNews Portuguese (135
    words). For each set, choose the configuration with the best mean of R1
    + R2 over the other four (each set weighing the same) and score it on
    the one left out. This is the figure that says how a choice transfers
    to news it was not made on.
*nested, within a set*
    ``k`` folds by position (cluster ``i`` in fold ``i % k``): choose on the
    other folds, score on the held-out one.
*the query mode*
    on DUC 2007 (23 topics, 250 words, a question each), the query settings
    are chosen by folds on top of the library's generic default (the
    configuration chosen on all five sets, unless a project floor kept the
    previous one: see the Evaluation page).

Every configuration's score on every data set is reported, with the per-fold
choices, in ``benchmarks/results/tune.json``.

Scoring is the quality benchmark's (``benchmarks/quality.py``): each summary
is cut to its first ``budget`` words and compared with every human summary
by ROUGE recall (``rouge-score``, Porter stemming for English, lower-cased
Unicode words without stemming for the other languages, stop words kept),
averaged over the references and then the clusters. To be fast the references are
tokenised once and the n-gram recall is counted here (:class:`Recall`, tested
against ``rouge-score``).

Segmentation and features depend on no setting, so they are computed once
per cluster and kept in ``--cache`` (a folder outside the repository: they
hold the data's text); each configuration runs only scoring and selection.

Run from the repository root::

    python benchmarks/tune.py                    # everything, about 15 minutes on one core
    python benchmarks/tune.py --quick            # a small grid, to try the script
    python benchmarks/tune.py --data invented.jsonl --folds 2   # one file of your own
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import pickle
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import numpy as np
import scipy.sparse as sp

import summarize
from summarize.documents import coerce_documents
from summarize.features import featurize
from summarize.scorers import Coverage
from summarize.segmentation import segment
from summarize.selectors import ILP, Budget, Greedy

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the scripts beside this one, as speed.py imports them
    sys.path.insert(0, str(HERE))

import quality  # noqa: E402

DEFAULT_JSON = HERE / "results" / "tune.json"
DEFAULT_CACHE = Path("/tmp") / "summarize-benchmark-cache"

#: The query set: its generic run (no question) is one of the generic sets.
QUERY_SET = "duc2007"


# ------------------------------------------------------------------------ scoring


class Recall:
    """ROUGE-1 and ROUGE-2 recall against fixed references, as ``rouge-score`` counts it.

    The references are tokenised (lower-cased, Porter-stemmed, stop words
    kept) once, with ``rouge-score``'s own tokenizer; for another language
    than English, with the quality benchmark's Unicode words, unstemmed.
    """

    def __init__(self, references: Sequence[str], language: str = "english") -> None:
        from rouge_score import tokenizers

        self._tokenizer: Any = (
            tokenizers.DefaultTokenizer(use_stemmer=True)
            if language == "english"
            else quality.UnicodeTokenizer()
        )
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
    """A cluster with the stages that no configuration changes already run."""

    id: str
    candidates: Any
    features: Any
    recall: Recall


query_text = quality.query_text
"""The cluster's question: the quality benchmark's reading of ``meta.query``."""


def prepare(
    cluster: Mapping[str, Any], *, language: str = "english", query: str | None = None
) -> Prepared:
    """Segment the cluster and compute its features, once."""
    documents = coerce_documents(
        [
            summarize.Document(id=d["id"], text=d["text"], title=d.get("title"))
            for d in cluster["documents"]
        ]
    )
    candidates = segment(documents, language=language).candidates()
    features = featurize(candidates, language=language, query=query)
    return Prepared(
        str(cluster["id"]), candidates, features, Recall(cluster["references"], language)
    )


def prepare_all(
    clusters: Sequence[Mapping[str, Any]],
    *,
    use_query: bool = False,
    cache: Path | None = None,
    language: str = "english",
) -> list[Prepared]:
    """:func:`prepare` every cluster, through a pickle cache keyed by the input and the code."""
    key = hashlib.sha256()
    for name in (
        "segmentation/__init__.py",
        "segmentation/clean.py",
        "segmentation/rules.py",
        "features.py",
        "languages.py",
    ):
        path = Path(summarize.__file__).parent / name
        key.update(path.read_bytes() if path.is_file() else b"")
    key.update(json.dumps([c["id"] for c in clusters]).encode())
    key.update(json.dumps([query_text(c) if use_query else None for c in clusters]).encode())
    key.update(str(sum(len(d["text"]) for c in clusters for d in c["documents"])).encode())
    key.update(language.encode())
    path = None if cache is None else cache / f"{key.hexdigest()[:20]}.pkl"
    if path is not None and path.is_file():
        with open(path, "rb") as stored:
            parts = pickle.load(stored)
    else:
        parts = []
        for cluster in clusters:
            done = prepare(
                cluster,
                language=language,
                query=query_text(cluster) if use_query else None,
            )
            parts.append((done.id, done.candidates, done.features))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as stored:
                pickle.dump(parts, stored)
    return [
        Prepared(i, c, f, Recall(cluster["references"], language))
        for (i, c, f), cluster in zip(parts, clusters, strict=True)
    ]


# ------------------------------------------------------------------- submodular


@dataclass(frozen=True)
class Submodular:
    """Lin and Bilmes (2011): coverage with saturation plus a diversity reward.

    ``F(S) = sum_i min(C_i(S), alpha * C_i(V)) + diversity * sum_k sqrt(sum_{j in S
    and P_k} r_j)``, with ``C_i(S)`` the summed cosine of sentence ``i`` to
    the summary, ``P_k`` a partition of the sentences by k-means on TF-IDF
    (``clusters`` per sentence), ``r_j`` sentence ``j``'s mean similarity.
    Greedy with gain over ``words ** scale``; a candidate whose similarity to
    a chosen one reaches ``duplicate_threshold`` is skipped, fragments are
    held back as :class:`~summarize.selectors.Greedy` does. Experimental:
    it follows the Selector protocol, but lives here, not in the library.
    """

    name: ClassVar[str] = "submodular"

    alpha: float = 0.1
    diversity: float = 6.0
    scale: float = 0.3
    clusters: float = 0.2
    duplicate_threshold: float = 0.5
    _partitions: dict[int, np.ndarray] = field(default_factory=dict, compare=False, repr=False)

    def select(self, candidates: Any, features: Any, scores: Any, budget: Budget) -> list[int]:
        from sklearn.cluster import KMeans

        from summarize.scorers.quality import fragments

        n = len(candidates)
        if n == 0:
            return []
        X = sp.csr_matrix(features.X)
        similarity = (X @ X.T).toarray()
        np.fill_diagonal(similarity, 0.0)
        key = id(candidates)
        if key not in self._partitions:
            k = max(1, min(n, int(round(self.clusters * n))))
            labels = KMeans(k, n_init=1, random_state=0).fit_predict(X) if k > 1 else np.zeros(n)
            self._partitions[key] = np.asarray(labels, dtype=np.int64)
        labels = self._partitions[key]
        words = np.asarray(candidates.words, dtype=np.float64)
        reward = similarity.mean(axis=1)
        cap = self.alpha * similarity.sum(axis=1)
        covered = np.zeros(n)
        per_part = np.zeros(int(labels.max()) + 1)
        available = ~fragments(candidates.texts, features.language)
        chosen: list[int] = []
        used = 0.0
        limit = budget.max_words if budget.max_words is not None else np.inf
        while True:
            available &= words <= limit - used
            if not available.any():
                break
            base = np.minimum(covered, cap).sum()
            # Coverage gain of each candidate j: sum_i min(covered_i + s_ij, cap_i) - base.
            gains = np.minimum(covered[:, None] + similarity, cap[:, None]).sum(axis=0) - base
            part = per_part[labels]
            gains += self.diversity * (np.sqrt(part + reward) - np.sqrt(part))
            gains /= np.maximum(words, 1.0) ** self.scale
            pick = int(np.argmax(np.where(available, gains, -np.inf)))
            chosen.append(pick)
            used += words[pick]
            covered += similarity[:, pick]
            per_part[labels[pick]] += reward[pick]
            available[pick] = False
            available &= similarity[pick] < self.duplicate_threshold
        return chosen


# ------------------------------------------------------------------- local search


@dataclass(frozen=True)
class Swap:
    """Greedy coverage, then a local search: swap a chosen sentence for an unchosen one.

    The objective is the one the integer program maximises, ``F(S) =
    covered concept weight / total + sum of the bonus`` (no length
    division), within the word budget. Starting from
    :class:`~summarize.selectors.Greedy`'s summary, each round makes the one
    swap that raises ``F`` most, among candidates that fit the budget in
    place of the sentence they replace, are not fragments, do not open
    dangling (when ``Greedy`` discounts those) and are less similar than
    ``duplicate_threshold`` to every other chosen sentence; it stops after
    ``rounds`` rounds or when no swap raises ``F``. Experimental: it follows
    the Selector protocol, but lives here, not in the library.
    """

    name: ClassVar[str] = "swap"

    rounds: int = 5
    greedy: Greedy = field(default_factory=Greedy)

    def select(self, candidates: Any, features: Any, scores: Any, budget: Budget) -> list[int]:
        from summarize.scorers.quality import dangling, fragments

        chosen = self.greedy.select(candidates, features, scores, budget)
        if scores.concepts is None or not chosen or budget.max_words is None:
            return chosen
        present = sp.csr_matrix(scores.concepts, dtype=np.float64)
        present.data = (present.data > 0).astype(np.float64)
        weights = np.asarray(scores.weights, dtype=np.float64)
        total = float(weights.sum()) or 1.0
        bonus = np.asarray(scores.bonus, dtype=np.float64)
        words = np.asarray(candidates.words)
        X = sp.csr_matrix(features.X)
        allowed = ~fragments(candidates.texts, features.language)
        if self.greedy.dangling_penalty > 0:
            allowed &= ~dangling(candidates.texts, features.language)
        for _ in range(self.rounds):
            count = np.asarray(present[chosen].sum(axis=0)).ravel()
            value = float(weights[count > 0].sum()) / total + float(bonus[chosen].sum())
            used = int(words[chosen].sum())
            similarity = (X @ X[chosen].T).toarray()
            best = (1e-9, -1, -1)
            for k, out in enumerate(chosen):
                rest = count - present[out].toarray().ravel()
                kept = float(weights[rest > 0].sum()) / total
                gain = np.asarray(present @ (weights * (rest == 0))).ravel() / total
                others = float(bonus[chosen].sum()) - bonus[out]
                fits = allowed & (words <= budget.max_words - (used - words[out]))
                if len(chosen) > 1:
                    fits &= np.delete(similarity, k, axis=1).max(axis=1) < (
                        self.greedy.duplicate_threshold
                    )
                fits[chosen] = False
                change = np.where(fits, kept + others + gain + bonus - value, -np.inf)
                j = int(np.argmax(change))
                if change[j] > best[0]:
                    best = (float(change[j]), k, j)
            if best[1] < 0:
                break
            chosen[best[1]] = best[2]
        return chosen


# ------------------------------------------------------------------ configurations


class Config(NamedTuple):
    """A configuration: a label, the two method objects, and its knobs for the report."""

    label: str
    scorer: Any
    selector: Any
    knobs: dict[str, Any]


def _label(knobs: Mapping[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in knobs.items())


#: ``concept_position`` in the grid. 0.25 and 0.5 were tried as well (``--concept-positions
#: 0,0.25,0.5,1``): no leave-one-set-out fold chose them, at either level.
CONCEPT_POSITIONS = (0.0, 1.0)


def configurations(
    quick: bool = False, concept_positions: Sequence[float] = CONCEPT_POSITIONS
) -> list[Config]:
    """Every generic configuration tried: one family per selection method.

    The greedy family crosses three method choices (the lead prior's shape,
    ``position_decay``: ``1 / (1 + p)`` or ``exp(-p / 2)``; the concept
    weight's offset, ``concept_offset``: ``(d - 1) ** power`` or ``(d -
    0.5) ** power``; whether an article counts towards ``d`` by where the
    concept first appears in it, ``concept_position``: ``concept_positions``) with the
    knobs that matter most (concept power, lead weight, length penalty).
    A local search on the greedy summary (:class:`Swap`) is the one
    configuration of its family. The sentence-quality rules (fragments held
    back, dangling openers discounted) are on in all of them: they are
    chosen for the reader, and their ROUGE cost is measured on their own
    (:func:`quality_ablation`).
    """
    decays: tuple[float | None, ...] = (None, 2.0)
    offsets = (1.0, 0.5)
    concept_positions = (0.0,) if quick else tuple(concept_positions)
    powers = (3.0,) if quick else (2.0, 3.0)
    positions = (0.02,) if quick else (0.02, 0.05)
    penalties = (0.25,) if quick else (0.25, 0.5)
    configs = []
    for decay, offset, concept_position, power, position, penalty in itertools.product(
        decays, offsets, concept_positions, powers, positions, penalties
    ):
        knobs = {
            "selector": "greedy",
            "position_decay": decay,
            "concept_offset": offset,
            "concept_position": concept_position,
            "concept_power": power,
            "position_weight": position,
            "length_penalty": penalty,
        }
        scorer = Coverage(
            concept_power=power,
            concept_offset=offset,
            concept_position=concept_position,
            position_weight=position,
            position_decay=decay,
            length_penalty=penalty,
        )
        configs.append(Config(_label(knobs), scorer, Greedy(), knobs))
    # Local search on top of greedy, at the defaults' scorer.
    knobs = {"selector": "swap", "rounds": 5}
    configs.append(Config(_label(knobs), Coverage(), Swap(rounds=5), knobs))
    # The integer program fills the budget with short sentences unless they are
    # kept out (Gillick and Favre drop sentences under 10 words): min_words=8.
    # The per-sentence bonus (centrality) would reward more, shorter sentences: 0.
    for decay, offset in ((None, 1.0), (2.0, 0.5)):
        knobs = {
            "selector": "ilp",
            "min_words": 8,
            "position_decay": decay,
            "concept_offset": offset,
            "centrality_weight": 0.0,
        }
        scorer = Coverage(position_decay=decay, concept_offset=offset, centrality_weight=0.0)
        configs.append(Config(_label(knobs), scorer, ILP(min_words=8), knobs))
    for alpha, diversity in itertools.product((0.1,) if quick else (0.05, 0.1), (6.0,)):
        knobs = {"selector": "submodular", "alpha": alpha, "diversity": diversity}
        configs.append(Config(_label(knobs), Coverage(), Submodular(alpha, diversity), knobs))
    return configs


#: The knobs of the previous defaults: at them, only the method choices vary.
PREVIOUS_KNOBS = {"concept_power": 3.0, "position_weight": 0.02, "length_penalty": 0.25}


def _is_method_choice(config: Config) -> bool:
    """A greedy configuration at the previous defaults' knobs (only the methods vary)."""
    return config.knobs["selector"] == "greedy" and all(
        config.knobs.get(k) == v for k, v in PREVIOUS_KNOBS.items()
    )


def leave_one_set_out(
    pooled: np.ndarray,
    results: Mapping[str, np.ndarray],
    configs: Sequence[Config],
    generic: Sequence[str],
) -> list[dict[str, Any]]:
    """For each set: the configuration best on the others (each weighing the same), scored on it.

    ``pooled`` is the mean recall of every configuration on every set, shape
    (configs, sets, 2); ``results`` every configuration's recall per cluster.
    """
    across = []
    for k, test in enumerate(generic):
        rows = [i for i in range(len(generic)) if i != k]
        if not rows:
            continue
        choice = best(pooled[:, rows])
        across.append(
            {
                "train": " + ".join(generic[i] for i in rows),
                "test": test,
                "chosen": configs[choice].label,
                "train_recall": _pair(pooled[choice, rows].mean(axis=0)),
                "test_recall": _pair(results[test][choice].mean(axis=0)),
                "test_best_in_sample": _pair(results[test][best(results[test])].mean(axis=0)),
            }
        )
    return across


def _held_out_mean(across: Sequence[Mapping[str, Any]]) -> float:
    """Mean over the sets left out of their held-out R1 + R2 (0 with none)."""
    if not across:
        return 0.0
    return float(
        np.mean(
            [
                row["test_recall"]["rouge1_recall"] + row["test_recall"]["rouge2_recall"]
                for row in across
            ]
        )
    )


def summary_text(config: Config, cluster: Prepared, budget: int) -> tuple[str, list[int]]:
    """The summary's sentences, best first, joined, and their candidate indices."""
    scores = config.scorer.score(cluster.candidates, cluster.features)
    chosen = config.selector.select(
        cluster.candidates, cluster.features, scores, Budget(max_words=budget)
    )
    return " ".join(cluster.candidates.texts[i] for i in chosen), chosen


def score_configs(
    configs: Sequence[Config],
    clusters: Sequence[Prepared],
    budget: int,
    progress: Callable[[str], None] | None = None,
) -> np.ndarray:
    """Recall of every configuration on every cluster: shape (configs, clusters, 2)."""
    scores = np.zeros((len(configs), len(clusters), 2))
    for s, config in enumerate(configs):
        started = time.process_time()
        for c, cluster in enumerate(clusters):
            text, _ = summary_text(config, cluster, budget)
            scores[s, c] = cluster.recall(quality.cut_to_budget([text], budget))
        if progress is not None:
            mean = scores[s].mean(axis=0)
            progress(
                f"  {config.label}: R1 {mean[0]:.2f} R2 {mean[1]:.2f} "
                f"({time.process_time() - started:.1f} s CPU)"
            )
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


def best(scores: np.ndarray) -> int:
    """The configuration with the best mean R1 + R2 (the first on a tie)."""
    return int(np.argmax(scores.sum(axis=2).mean(axis=1)))


def _pair(values: np.ndarray) -> dict[str, float]:
    return {
        "rouge1_recall": round(float(values[0]), 2),
        "rouge2_recall": round(float(values[1]), 2),
    }


def nested(scores: np.ndarray, folds: int, configs: Sequence[Config]) -> dict[str, Any]:
    """The within-set protocol's report: per fold, the choice and its train and test recall."""
    fold_of = np.arange(scores.shape[1]) % folds
    held_out, choices = cross_validate(scores, fold_of)
    return {
        "folds": folds,
        "per_fold": [
            {
                "fold": fold,
                "clusters": int((fold_of == fold).sum()),
                "chosen": configs[choice].label,
                "train": _pair(scores[choice, fold_of != fold].mean(axis=0)),
                "test": _pair(scores[choice, fold_of == fold].mean(axis=0)),
            }
            for fold, choice in enumerate(choices)
        ],
        "held_out": _pair(held_out.mean(axis=0)),
    }


# ------------------------------------------------------------------------- data


class DataSet(NamedTuple):
    """A benchmark file and how it is summarised and scored."""

    file: str
    budget: int
    language: str = "english"
    query: bool = False


DATA_DIR = quality.DATA_DIR
DATA_SETS: dict[str, DataSet] = {
    "duc2002": DataSet("duc2002.jsonl", 100),
    "duc2003": DataSet("duc2003.jsonl", 100),
    "duc2007": DataSet("duc2007_main23.jsonl", 250, query=True),
    "multiling2011_fr": DataSet("multiling2011_fr.jsonl", 250, "french"),
    "cstnews": DataSet("cstnews.jsonl", 135, "portuguese"),
}


#: The query settings tried, each a tuple of values (the first of each: the quick grid's).
QUERY_GRID: dict[str, tuple[Any, ...]] = {
    # How the question's terms weigh: by the share of articles mentioning them, or idf.
    "query_terms": ("articles", "idf"),
    # The share of candidates, the most relevant, that competes (1: no filter).
    "query_share": (0.3, 1.0, 0.2, 0.4, 0.5),
    # The lead prior with a question: off, or the generic weight (None).
    "query_position_weight": (0.0, None),
    # Concept weights times 1 + this * the relevance of the sentences holding them.
    "query_concept_weight": (3.0, 0.0, 10.0),
    # A sentence's coverage share is a few hundredths of the cluster's weight: the
    # relevance bonus is on that scale.
    "query_weight": (0.0, 0.02),
    # How much more the articles that answer the question count in a concept's weight.
    "query_article_power": (3.0, 0.0, 1.0, 2.0),
}


def query_configs(base: Config, quick: bool = False) -> list[Config]:
    """The query settings tried on top of a generic configuration (with its selector)."""
    grid = {name: values[:2] for name, values in QUERY_GRID.items()} if quick else QUERY_GRID
    if quick:
        grid = {**grid, "query_concept_weight": (3.0,), "query_weight": (0.0,)}
    configs = []
    for values in itertools.product(*grid.values()):
        changes = dict(zip(grid, values, strict=True))
        knobs = {**base.knobs, **changes}
        configs.append(Config(_label(knobs), _with(base.scorer, **changes), base.selector, knobs))
    return configs


def query_report(
    base: Config,
    plain: Sequence[Prepared],
    asked: Sequence[Prepared],
    budget: int,
    folds: int,
    quick: bool = False,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """The query mode's report: the base without the question, every setting, nested folds."""
    qconfigs = query_configs(base, quick)
    if progress:
        progress(f"{QUERY_SET}: without the query, then {len(qconfigs)} query settings")
    without = score_configs([base], plain, budget, progress)[0]
    with_query = score_configs(qconfigs, asked, budget, progress)
    methods = [
        i
        for i, c in enumerate(qconfigs)
        if c.scorer.query_concept_weight == QUERY_GRID["query_concept_weight"][0]
        and c.scorer.query_weight == QUERY_GRID["query_weight"][0]
    ]
    return {
        "base": base.label,
        "without_query": _pair(without.mean(axis=0)),
        "configurations": [
            {"label": c.label, "knobs": c.knobs, "recall": _pair(with_query[i].mean(axis=0))}
            for i, c in enumerate(qconfigs)
        ],
        "nested": nested(with_query, min(folds, len(asked)), qconfigs),
        # The method choices alone: how the question is read (its terms' weights, the
        # share of candidates kept, the lead prior), the older knobs at their defaults.
        "nested_methods": nested(
            with_query[methods], min(folds, len(asked)), [qconfigs[i] for i in methods]
        ),
        "chosen_on_all": qconfigs[best(with_query)].label,
    }


def _query_knobs(label: str) -> str:
    """The query settings of a configuration's label."""
    return " ".join(part for part in label.split() if part.startswith("query_"))


def _with(scorer: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(scorer, **changes)


# ------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, help="one clusters file of your own instead of the DUC sets"
    )
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="where the DUC sets are")
    parser.add_argument("--folds", type=int, default=5, help="folds within a set (default: 5)")
    parser.add_argument("--budget", type=int, default=100, help="words a summary, with --data")
    parser.add_argument("--limit", type=int, help="use only the first N clusters of each set")
    parser.add_argument("--quick", action="store_true", help="a small grid")
    parser.add_argument(
        "--concept-positions",
        type=lambda text: tuple(float(v) for v in text.split(",")),
        default=CONCEPT_POSITIONS,
        help="comma-separated concept_position values of the greedy grid (default: 0,1)",
    )
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="features cache folder")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    parser.add_argument("--markdown", type=Path, help="also write the tables as markdown here")
    parser.add_argument("--quiet", action="store_true", help="no progress notes on stderr")
    parser.add_argument(
        "--query-only",
        action="store_true",
        help=f"only the query settings on {QUERY_SET}, on the library's generic defaults "
        "(writes results/tune-query.json unless --json is given)",
    )
    args = parser.parse_args(argv)
    quality.quiet_distributed_misdecoding()
    progress = None if args.quiet else (lambda note: print(note, file=sys.stderr, flush=True))
    cache = None if args.no_cache else args.cache
    started = time.perf_counter()
    if args.query_only:
        return query_only(args, progress, cache, started)

    if args.data is not None:
        sets = {args.data.stem: (args.data, DataSet(args.data.name, args.budget))}
    else:
        sets = {name: (args.data_dir / spec.file, spec) for name, spec in DATA_SETS.items()}
        missing = [str(path) for path, _ in sets.values() if not path.is_file()]
        if missing:
            parser.error(f"no benchmark data at {', '.join(missing)}; pass --data PATH")
    loaded: dict[str, list[Prepared]] = {}
    for name, (path, spec) in sets.items():
        raw = quality.load_clusters(path, args.limit)
        if args.folds < 2 or args.folds > len(raw):
            parser.error(f"--folds must be between 2 and the number of clusters ({len(raw)})")
        loaded[name] = prepare_all(raw, cache=cache, language=spec.language)
        if spec.query:
            loaded[name + "+query"] = prepare_all(
                raw, use_query=True, cache=cache, language=spec.language
            )

    configs = configurations(args.quick, args.concept_positions)
    generic = list(sets)
    results: dict[str, np.ndarray] = {}
    for name in generic:
        if progress:
            progress(f"{name}: {len(configs)} configurations")
        results[name] = score_configs(configs, loaded[name], sets[name][1].budget, progress)

    report: dict[str, Any] = {
        "criterion": "mean of ROUGE-1 and ROUGE-2 recall on the training clusters",
        "configurations": [
            {
                "label": config.label,
                "knobs": config.knobs,
                **{name: _pair(results[name].mean(axis=(1,))[i]) for name in generic},
            }
            for i, config in enumerate(configs)
        ],
        "nested": {name: nested(results[name], args.folds, configs) for name in generic},
    }
    # The mean recall of every configuration on every set: (configs, sets, 2).
    pooled = np.stack([results[name].mean(axis=1) for name in generic], axis=1)
    # Across data sets, at two levels: the whole grid, and the method choices alone
    # (lead shape, concept offset) at the previous defaults' knobs.
    methods = [i for i, c in enumerate(configs) if _is_method_choice(c)]
    report["across"] = leave_one_set_out(pooled, results, configs, generic)
    report["across_methods"] = leave_one_set_out(
        pooled[methods],
        {n: r[methods] for n, r in results.items()},
        [configs[i] for i in methods],
        generic,
    )
    # The default: the level whose choices transfer better (mean held-out R1 + R2 over
    # the sets left out), and at that level the best on every set together.
    levels = {"grid": list(range(len(configs))), "methods": methods}
    held = {
        level: _held_out_mean(report[key])
        for level, key in (("grid", "across"), ("methods", "across_methods"))
    }
    level = "methods" if methods and held["methods"] >= held["grid"] else "grid"
    chosen = levels[level][best(pooled[levels[level]])]
    report["chosen"] = {
        "label": configs[chosen].label,
        "knobs": configs[chosen].knobs,
        "level": level,
        "held_out_mean_r1_plus_r2": {k: round(v, 2) for k, v in held.items()},
        **{name: _pair(results[name][chosen].mean(axis=0)) for name in generic},
    }
    report["families"] = {
        family: {
            "best": configs[i].label,
            **{name: _pair(results[name][i].mean(axis=0)) for name in generic},
        }
        for family in sorted({c.knobs["selector"] for c in configs})
        for i in [
            max(
                (j for j, c in enumerate(configs) if c.knobs["selector"] == family),
                key=lambda j: (pooled[j].sum(), -j),
            )
        ]
    }
    # What the library does by default: the protocol's pick, unless the lead kept the
    # previous one (a project floor, see the Evaluation page). The quality rules and
    # the query settings are measured on it.
    default = library_default(configs, fallback=chosen)
    report["default"] = {
        "label": configs[default].label,
        "is_protocol_pick": default == chosen,
        **{name: _pair(results[name][default].mean(axis=0)) for name in generic},
    }
    report["quality_ablation"] = quality_ablation(configs[default], loaded, sets, generic)

    if QUERY_SET in sets:
        report["query"] = query_report(
            configs[default],
            loaded[QUERY_SET],
            loaded[QUERY_SET + "+query"],
            sets[QUERY_SET][1].budget,
            args.folds,
            args.quick,
            progress,
        )
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(format_report(report, generic))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.markdown is not None:
        args.markdown.write_text(format_markdown(report), encoding="utf-8")
    return 0


def library_default(configs: Sequence[Config], fallback: int) -> int:
    """The configuration equal to the library's defaults (``Coverage()``, ``Greedy()``).

    ``fallback`` when the grid does not hold it.
    """
    for i, config in enumerate(configs):
        if config.scorer == Coverage() and config.selector == Greedy():
            return i
    return fallback


def query_only(
    args: argparse.Namespace,
    progress: Callable[[str], None] | None,
    cache: Path | None,
    started: float,
) -> int:
    """``--query-only``: the query settings on the library's generic defaults, nested folds."""
    spec = DATA_SETS[QUERY_SET]
    raw = quality.load_clusters(args.data_dir / spec.file, args.limit)
    plain = prepare_all(raw, cache=cache, language=spec.language)
    asked = prepare_all(raw, use_query=True, cache=cache, language=spec.language)
    base = Config("defaults", Coverage(), Greedy(), {})
    report = {
        "query": query_report(base, plain, asked, spec.budget, args.folds, args.quick, progress)
    }
    report["seconds"] = round(time.perf_counter() - started, 1)
    print("\n".join([*format_query_report(report["query"]), f"{report['seconds']:.0f} s"]))
    path = args.json if args.json != DEFAULT_JSON else DEFAULT_JSON.with_name("tune-query.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.markdown is not None:
        args.markdown.write_text(format_query_markdown(report["query"]), encoding="utf-8")
    return 0


def quality_ablation(
    config: Config,
    loaded: Mapping[str, list[Prepared]],
    sets: Mapping[str, tuple[Path, DataSet]],
    generic: Sequence[str],
) -> list[dict[str, Any]]:
    """ROUGE of the chosen configuration with each sentence-quality rule off or weaker."""
    import dataclasses

    from summarize.scorers.quality import dangling, fragments

    rows = []
    for label, changes in (
        (
            "no rules (avoid_fragments=False, dangling_penalty=0)",
            {"avoid_fragments": False, "dangling_penalty": 0.0},
        ),
        ("fragments held back, dangling_penalty=0", {"dangling_penalty": 0.0}),
        ("fragments held back, dangling_penalty=0.1", {"dangling_penalty": 0.1}),
        ("fragments held back, dangling_penalty=0.25", {"dangling_penalty": 0.25}),
        ("fragments held back, dangling_penalty=0.5", {"dangling_penalty": 0.5}),
        ("fragments held back, dangling_penalty=0.75", {"dangling_penalty": 0.75}),
    ):
        selector = config.selector
        if not all(hasattr(selector, k) for k in changes):
            continue
        variant = config._replace(selector=dataclasses.replace(selector, **changes))
        row: dict[str, Any] = {"variant": label}
        for name in generic:
            budget = sets[name][1].budget
            recall = []
            counts = {"sentences": 0, "fragments": 0, "dangling_openers": 0}
            for cluster in loaded[name]:
                text, chosen = summary_text(variant, cluster, budget)
                recall.append(cluster.recall(quality.cut_to_budget([text], budget)))
                texts = [cluster.candidates.texts[i] for i in chosen]
                counts["sentences"] += len(texts)
                counts["fragments"] += int(fragments(texts, sets[name][1].language).sum())
                counts["dangling_openers"] += int(dangling(texts, sets[name][1].language).sum())
            row[name] = {**_pair(np.mean(recall, axis=0)), **counts}
        rows.append(row)
    return rows


def _cells(pair: Mapping[str, float]) -> str:
    return f"{pair['rouge1_recall']:.2f} | {pair['rouge2_recall']:.2f}"


def format_markdown(report: Mapping[str, Any]) -> str:
    """The report's tables as markdown, for the Evaluation page."""
    generic = list(report["nested"])
    out = ["| configuration | " + " | ".join(f"{n} R1 | {n} R2" for n in generic) + " |"]
    out.append("| --- |" + " ---: | ---: |" * len(generic))
    for row in report["configurations"]:
        label = row["label"].replace("selector=", "")
        default = report.get("default", report["chosen"])["label"]
        if row["label"] == default:
            label = f"**{label}**"
        if row["label"] == report["chosen"]["label"] and row["label"] != default:
            label = f"{label} (the protocol's pick)"
        out.append(f"| {label} | " + " | ".join(_cells(row[n]) for n in generic) + " |")
    out += ["", "| protocol | chosen | train R1 | train R2 | test R1 | test R2 |"]
    out.append("| --- | --- | ---: | ---: | ---: | ---: |")
    for key, level in (("across", "whole grid"), ("across_methods", "method choices")):
        for row in report.get(key, []):
            out.append(
                f"| {level}: leave out {row['test']} | "
                f"{row['chosen'].replace('selector=', '')} | {_cells(row['train_recall'])} | "
                f"{_cells(row['test_recall'])} |"
            )
    for name, result in report["nested"].items():
        for fold in result["per_fold"]:
            out.append(
                f"| {name}, fold {fold['fold']} of {result['folds']} "
                f"({fold['clusters']} clusters) | {fold['chosen'].replace('selector=', '')} | "
                f"{_cells(fold['train'])} | {_cells(fold['test'])} |"
            )
        out.append(
            f"| {name}, {result['folds']}-fold held out | | | | {_cells(result['held_out'])} |"
        )
    out += [
        "",
        "| sentence-quality rules | "
        + " | ".join(f"{n} R1 | {n} R2 | fragments | dangling" for n in generic)
        + " |",
    ]
    out.append("| --- |" + " ---: | ---: | ---: | ---: |" * len(generic))
    for row in report["quality_ablation"]:
        out.append(
            f"| {row['variant']} | "
            + " | ".join(
                f"{_cells(row[n])} | {row[n]['fragments']} | {row[n]['dangling_openers']} "
                f"of {row[n]['sentences']}"
                for n in generic
            )
            + " |"
        )
    if "query" in report:
        out += ["", *format_query_markdown(report["query"]).splitlines()]
    return "\n".join(out) + "\n"


def format_query_markdown(query: Mapping[str, Any]) -> str:
    """The query mode's tables as markdown."""
    out = [
        "| query setting (on the generic configuration) | R1 | R2 |",
        "| --- | ---: | ---: |",
    ]
    out.append(f"| without the query | {_cells(query['without_query'])} |")
    for row in query["configurations"]:
        out.append(f"| {_query_knobs(row['label'])} | {_cells(row['recall'])} |")
    out += [
        "",
        "| query fold | chosen | train R1 | train R2 | test R1 | test R2 |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for fold in query["nested"]["per_fold"]:
        knobs = _query_knobs(fold["chosen"])
        out.append(
            f"| {fold['fold']} ({fold['clusters']} topics) | {knobs} | "
            f"{_cells(fold['train'])} | {_cells(fold['test'])} |"
        )
    out.append(
        f"| {query['nested']['folds']}-fold held out | | | | "
        f"{_cells(query['nested']['held_out'])} |"
    )
    if "nested_methods" in query:
        methods = query["nested_methods"]
        for fold in methods["per_fold"]:
            out.append(
                f"| method choices: {fold['fold']} ({fold['clusters']} topics) | "
                f"{_query_knobs(fold['chosen'])} | {_cells(fold['train'])} | "
                f"{_cells(fold['test'])} |"
            )
        out.append(
            f"| method choices: {methods['folds']}-fold held out | | | | "
            f"{_cells(methods['held_out'])} |"
        )
    return "\n".join(out) + "\n"


def format_report(report: Mapping[str, Any], generic: Sequence[str]) -> str:
    """The report as plain-text tables."""
    lines = []
    width = max(len(c["label"]) for c in report["configurations"]) + 2
    head = "".join(f"{name + ' R1':>14}{'R2':>7}" for name in generic)
    lines.append(f"{'configuration':<{width}}{head}")
    for row in report["configurations"]:
        cells = "".join(
            f"{row[name]['rouge1_recall']:>14.2f}{row[name]['rouge2_recall']:>7.2f}"
            for name in generic
        )
        lines.append(f"{row['label']:<{width}}{cells}")
    lines.append("")
    for row in [*report["across"], *report.get("across_methods", [])]:
        lines.append(
            f"choose on {row['train']}, test on {row['test']}: {row['chosen']}\n"
            f"    train R1 {row['train_recall']['rouge1_recall']:.2f} "
            f"R2 {row['train_recall']['rouge2_recall']:.2f}; "
            f"test R1 {row['test_recall']['rouge1_recall']:.2f} "
            f"R2 {row['test_recall']['rouge2_recall']:.2f}"
        )
    for name, result in report["nested"].items():
        lines.append(f"nested {result['folds']}-fold CV within {name}:")
        for fold in result["per_fold"]:
            lines.append(
                f"    fold {fold['fold']} ({fold['clusters']}): test R1 "
                f"{fold['test']['rouge1_recall']:.2f} R2 {fold['test']['rouge2_recall']:.2f}"
                f"  <- {fold['chosen']}"
            )
        held = result["held_out"]
        lines.append(
            f"    held out: R1 {held['rouge1_recall']:.2f} R2 {held['rouge2_recall']:.2f}"
        )
    lines.append(
        f"chosen ({report['chosen'].get('level', 'grid')} level, on every set together; "
        f"held-out mean R1 + R2 {report['chosen'].get('held_out_mean_r1_plus_r2')}): "
        f"{report['chosen']['label']}"
    )
    if "default" in report and not report["default"]["is_protocol_pick"]:
        lines.append(
            f"the library's default (quality rules and query below): {report['default']['label']}"
        )
    for row in report["quality_ablation"]:
        cells = "  ".join(
            f"{name} {row[name]['rouge1_recall']:.2f}/{row[name]['rouge2_recall']:.2f} "
            f"({row[name]['fragments']} fragments, {row[name]['dangling_openers']} dangling "
            f"of {row[name]['sentences']})"
            for name in generic
        )
        lines.append(f"    {row['variant']:<55}{cells}")
    if "query" in report:
        lines += format_query_report(report["query"])
    lines.append(f"{report['seconds']:.0f} s")
    return "\n".join(lines)


def format_query_report(query: Mapping[str, Any]) -> list[str]:
    """The query mode's report as plain-text lines."""
    lines: list[str] = []
    lines.append(f"query mode on {QUERY_SET}, base {query['base']}")
    lines.append(
        f"    without the query: R1 {query['without_query']['rouge1_recall']:.2f} "
        f"R2 {query['without_query']['rouge2_recall']:.2f}"
    )
    for row in query["configurations"]:
        lines.append(
            f"    {_query_knobs(row['label']):<110}R1 {row['recall']['rouge1_recall']:.2f} "
            f"R2 {row['recall']['rouge2_recall']:.2f}"
        )
    for key, level in (("nested", "whole grid"), ("nested_methods", "method choices")):
        if key in query:
            held = query[key]["held_out"]
            lines.append(
                f"    nested {query[key]['folds']}-fold, {level}: R1 {held['rouge1_recall']:.2f} "
                f"R2 {held['rouge2_recall']:.2f}"
            )
            lines += [
                f"        fold {f['fold']}: {_query_knobs(f['chosen'])}"
                for f in query[key]["per_fold"]
            ]
    lines.append(f"    chosen on all topics: {_query_knobs(query['chosen_on_all'])}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
