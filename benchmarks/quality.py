"""Side-by-side ROUGE benchmark of ``summarize`` against other summarisers.

Every system ranks the sentences of each cluster of articles; its ranked
output is cut to the same word budget (100 words, DUC's ``-l 100``: the last
sentence is cut mid-way) and scored against every human summary with
ROUGE-1, ROUGE-2 and ROUGE-L (Porter stemming, stop words kept), recall and
F1, averaged over the references and then over the clusters.

Run from the repository root::

    python benchmarks/quality.py                      # every system, all clusters
    python benchmarks/quality.py --limit 5 --systems summarize,lead,sumy-lsa

A system is a plain function ``(cluster, budget) -> list[str]`` returning
sentences best first; add one to :data:`SYSTEMS` (or decorate it with
:func:`register`) and it takes part. :func:`load_clusters` and :func:`run`
can be imported to drive the benchmark from other code.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import warnings
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

import summarize

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the scripts beside this one, as speed.py imports them
    sys.path.insert(0, str(HERE))

import _peers  # noqa: E402

REPO_ROOT = HERE.parent
#: The benchmark data: ``../shared/data`` beside the repository (or beside the
#: folder of worktrees that holds it).
DATA_DIR = next(
    (
        folder / "shared" / "data"
        for folder in (REPO_ROOT.parent, REPO_ROOT.parent.parent)
        if (folder / "shared" / "data").is_dir()
    ),
    REPO_ROOT.parent / "shared" / "data",
)
DEFAULT_DATA = DATA_DIR / "duc2003.jsonl"
DEFAULT_PLOT = REPO_ROOT / "docs" / "_static" / "quality.png"
DEFAULT_BUDGET = 100
RANDOM_SEED = 0

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
#: Score keys in table order, with their column headings.
METRICS: dict[str, str] = {
    "rouge1_recall": "R1-R",
    "rouge1_f1": "R1-F",
    "rouge2_recall": "R2-R",
    "rouge2_f1": "R2-F",
    "rougeL_recall": "RL-R",
    "rougeL_f1": "RL-F",
}

Cluster = dict[str, Any]
System = Callable[[Cluster, int], list[str]]


class DataSet(NamedTuple):
    """A benchmark file: its budget, its language and whether its clusters carry a query."""

    file: str
    budget: int
    language: str = "english"
    query: bool = False
    peers: bool = True


#: The data sets ``--data NAME`` knows (``../shared/data/README.md`` describes them).
DATA_SETS: dict[str, DataSet] = {
    "duc2002": DataSet("duc2002.jsonl", 100),
    "duc2003": DataSet("duc2003.jsonl", 100),
    # The peers take minutes a topic at 25 articles (sumy-kl hours): name them with
    # --systems to run them on DUC 2007.
    "duc2007": DataSet("duc2007_main23.jsonl", 250, query=True, peers=False),
    "multiling2011_fr": DataSet("multiling2011_fr.jsonl", 250, "french"),
    "cstnews": DataSet("cstnews.jsonl", 135, "portuguese"),
}

#: Every system the benchmark knows, by the name ``--systems`` takes.
SYSTEMS: dict[str, System] = {}


# --------------------------------------------------------------------------- data


def load_clusters(path: str | Path | None = None, limit: int | None = None) -> list[Cluster]:
    """Read clusters from a JSONL file, one cluster a line.

    Parameters
    ----------
    path : str or Path, optional
        The file; by default ``../shared/data/duc2003.jsonl`` beside the
        repository.
    limit : int, optional
        Keep only the first ``limit`` clusters.

    Raises
    ------
    FileNotFoundError
        When no path is given and the default file is missing, or the given
        file is missing.
    ValueError
        When a line is not a cluster with ``id``, ``documents`` and
        ``references``.
    """
    if path is None:
        if not DEFAULT_DATA.is_file():
            raise FileNotFoundError(
                f"no benchmark data at {DEFAULT_DATA}; pass the clusters file with --data PATH"
            )
        path = DEFAULT_DATA
    clusters: list[Cluster] = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(clusters) >= limit:
                break
            if line.strip():
                clusters.append(_check_cluster(json.loads(line), f"{path}:{number}"))
    return clusters


def _check_cluster(cluster: Any, where: str) -> Cluster:
    if not isinstance(cluster, dict) or not {"id", "documents", "references"} <= cluster.keys():
        raise ValueError(f"{where}: a cluster needs 'id', 'documents' and 'references'")
    if not cluster["references"]:
        raise ValueError(f"{where}: cluster {cluster['id']!r} has no reference summary")
    return cluster


def candidate_sentences(cluster: Cluster) -> list[list[str]]:
    """The summary candidates of each article, as ``summarize`` splits them.

    Headlines and page furniture are left out, exactly as ``summarize``
    leaves them out of its own candidates.
    """
    return [
        [s.text for s in summarize.split_sentences(document["text"]) if s.kind == "sentence"]
        for document in cluster["documents"]
    ]


# ------------------------------------------------------------------------ systems


def register(name: str) -> Callable[[System], System]:
    """Add the decorated function to :data:`SYSTEMS` under ``name``."""

    def add(system: System) -> System:
        SYSTEMS[name] = system
        return system

    return add


@register("summarize")
def summarize_default(cluster: Cluster, budget: int) -> list[str]:
    """This library with its default settings, asked for ``budget`` words."""
    documents = [
        summarize.Document(id=d["id"], text=d["text"], title=d.get("title"))
        for d in cluster["documents"]
    ]
    return [s.text for s in summarize.summarize(documents, max_words=budget).sentences]


@register("lead")
def lead(cluster: Cluster, budget: int) -> list[str]:
    """The first sentence of each article in turn, then the second ones, ..."""
    documents = candidate_sentences(cluster)
    depth = max(map(len, documents), default=0)
    return [document[i] for i in range(depth) for document in documents if i < len(document)]


@register("random")
def random_order(cluster: Cluster, budget: int) -> list[str]:
    """The candidates in a random order, seeded by the cluster's id."""
    sentences = [s for document in candidate_sentences(cluster) for s in document]
    seed = [RANDOM_SEED, zlib.crc32(str(cluster["id"]).encode("utf-8"))]
    order = np.random.default_rng(seed).permutation(len(sentences))
    return [sentences[i] for i in order]


def _peer_system(peer: Callable[[Sequence[Sequence[str]]], list[str]]) -> System:
    def system(cluster: Cluster, budget: int) -> list[str]:
        return peer(candidate_sentences(cluster))

    system.__doc__ = peer.__doc__
    return system


for _name, _peer in _peers.PEERS.items():
    register(_name)(_peer_system(_peer))


# ------------------------------------------------------- the library's methods


_PREPARED: dict[tuple[str, str, str | None, int], tuple[Any, Any]] = {}
"""Candidates and features by (cluster id, language, query, text size): every method
of the library runs on them, so each cluster is segmented and featurised once."""


def query_text(cluster: Cluster) -> str | None:
    """The cluster's question (``meta.query``: title and narrative), or ``None``.

    >>> query_text({"meta": {"query": {"title": "Floods", "narrative": "Where and why?"}}})
    'Floods. Where and why?'
    """
    query = (cluster.get("meta") or {}).get("query")
    if not query:
        return None
    if isinstance(query, str):
        return query
    return ". ".join(part.strip() for part in (query.get("title"), query.get("narrative")) if part)


def prepared(
    cluster: Cluster, language: str = "english", query: str | None = None
) -> tuple[Any, Any]:
    """The cluster's candidates and features, computed once per process."""
    from summarize.documents import coerce_documents
    from summarize.features import featurize
    from summarize.segmentation import segment

    size = sum(len(d["text"]) for d in cluster["documents"])
    key = (str(cluster["id"]), language, query, size)
    if key not in _PREPARED:
        documents = coerce_documents(
            [
                summarize.Document(id=d["id"], text=d["text"], title=d.get("title"))
                for d in cluster["documents"]
            ]
        )
        candidates = segment(documents, language=language).candidates()
        _PREPARED[key] = (candidates, featurize(candidates, language=language, query=query))
    return _PREPARED[key]


def method_system(
    scorer: Any, selector: Any, *, language: str = "english", use_query: bool = False
) -> System:
    """A system running the library's scoring and selection stages with these methods.

    The same stages :meth:`summarize.Summarizer.summarize` runs, on features
    shared by every method (:func:`prepared`).
    """
    from summarize.selectors import Budget

    def system(cluster: Cluster, budget: int) -> list[str]:
        candidates, features = prepared(
            cluster, language, query_text(cluster) if use_query else None
        )
        scores = scorer.score(candidates, features)
        chosen = selector.select(candidates, features, scores, Budget(max_words=budget))
        return [candidates.texts[i] for i in chosen]

    return system


def library_systems(language: str = "english", use_query: bool = False) -> dict[str, System]:
    """Every scorer of :mod:`summarize.scorers` with every selector, each with its defaults.

    Named ``scorer+selector``; with ``use_query`` a ``+query`` variant of each too.
    """
    systems: dict[str, System] = {}
    for scorer_name in summarize.scorers.available():
        for selector_name in summarize.selectors.available():
            scorer = summarize.scorers.get(scorer_name)
            selector = summarize.selectors.get(selector_name)
            name = f"{scorer_name}+{selector_name}"
            systems[name] = method_system(scorer, selector, language=language)
            if use_query:
                systems[name + "+query"] = method_system(
                    scorer, selector, language=language, use_query=True
                )
    return systems


def default_system(language: str = "english", use_query: bool = False) -> System:
    """The library through its public call, ``summarize.summarize``, with its defaults."""

    def system(cluster: Cluster, budget: int) -> list[str]:
        documents = [
            summarize.Document(id=d["id"], text=d["text"], title=d.get("title"))
            for d in cluster["documents"]
        ]
        query = query_text(cluster) if use_query else None
        summary = summarize.summarize(documents, max_words=budget, language=language, query=query)
        return [s.text for s in summary.sentences]

    return system


def submitted_systems(path: str | Path) -> dict[str, System]:
    """The summaries the evaluation's participants submitted (``X.system_outputs.jsonl``).

    Each becomes a system named ``submitted-<id>`` that returns its summary
    for a cluster (and fails on a cluster it has none for).
    """
    outputs: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                outputs.setdefault(str(row["system"]), {})[str(row["id"])] = row["summary"]

    def system_for(summaries: dict[str, str]) -> System:
        def system(cluster: Cluster, budget: int) -> list[str]:
            return [summaries[str(cluster["id"])]]

        return system

    return {f"submitted-{name}": system_for(summaries) for name, summaries in outputs.items()}


def data_set_systems(spec: DataSet, data_dir: Path | None = None) -> dict[str, System]:
    """Every system that takes part on a data set.

    The library (``summarize``, and ``summarize+query`` when the set has
    queries), every scorer with every selector, the baselines, the peers
    (English only: they use English stemmers and stopwords) and the
    submitted systems when the set has their outputs.
    """
    language = spec.language
    systems: dict[str, System] = {"summarize": default_system(language)}
    if spec.query:
        systems["summarize+query"] = default_system(language, use_query=True)
    systems.update(library_systems(language, spec.query))
    systems["lead"] = SYSTEMS["lead"]
    systems["random"] = SYSTEMS["random"]
    if language == "english":
        systems.update({name: SYSTEMS[name] for name in _peers.PEERS})
    outputs = (data_dir or DATA_DIR) / spec.file.replace(".jsonl", ".system_outputs.jsonl")
    if outputs.is_file():
        systems.update(submitted_systems(outputs))
    return systems


def resolve_systems(systems: Mapping[str, System] | Iterable[str] | None) -> dict[str, System]:
    """Systems by name: a mapping is used as given, names are looked up.

    ``None`` means every registered system.

    Raises
    ------
    ValueError
        For an unknown name, listing the valid ones.
    """
    if systems is None:
        return dict(SYSTEMS)
    if isinstance(systems, Mapping):
        return dict(systems)
    names = list(systems)
    unknown = [name for name in names if name not in SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system(s): {', '.join(unknown)}; valid: {', '.join(SYSTEMS)}")
    return {name: SYSTEMS[name] for name in names}


# ------------------------------------------------------------------------ scoring


def cut_to_budget(ranked: Iterable[str], budget: int) -> str:
    """Join sentences in rank order into at most ``budget`` whitespace words.

    Exact repeats of a sentence (up to whitespace) are skipped; the last
    sentence is cut mid-way when it does not fit.

    >>> cut_to_budget(["a b c.", "a  b c.", "d e f."], 5)
    'a b c. d e'
    """
    words: list[str] = []
    seen: set[str] = set()
    for sentence in ranked:
        sentence_words = sentence.split()
        key = " ".join(sentence_words)
        if not key or key in seen:
            continue
        seen.add(key)
        words.extend(sentence_words)
        if len(words) >= budget:
            break
    return " ".join(words[:budget])


class UnicodeTokenizer:
    """Lower-cased Unicode words (``\\w+`` of the ``regex`` package), no stemmer.

    For languages other than English: ``rouge-score``'s own tokenizer keeps
    only ``[a-z0-9]`` and would drop every accented letter.

    >>> UnicodeTokenizer().tokenize("Ação é Décima, 2º.")
    ['ação', 'é', 'décima', '2º']
    """

    def __init__(self) -> None:
        import regex

        self._word = regex.compile(r"\w+")

    def tokenize(self, text: str) -> list[str]:
        return [word.lower() for word in self._word.findall(text)]


def make_scorer(language: str = "english") -> Any:
    """ROUGE-1, ROUGE-2 and ROUGE-L, stop words kept.

    English text is Porter-stemmed with ``rouge-score``'s tokenizer; other
    languages use :class:`UnicodeTokenizer` and no stemmer.
    """
    from rouge_score import rouge_scorer

    if language == "english":
        return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=UnicodeTokenizer())


def rouge(scorer: Any, summary: str, references: Sequence[str]) -> dict[str, float]:
    """Recall and F1 in percent, averaged over the references."""
    totals = dict.fromkeys(METRICS, 0.0)
    for reference in references:
        scores = scorer.score(reference, summary)
        for rouge_type in ROUGE_TYPES:
            totals[f"{rouge_type}_recall"] += scores[rouge_type].recall
            totals[f"{rouge_type}_f1"] += scores[rouge_type].fmeasure
    return {key: 100.0 * total / len(references) for key, total in totals.items()}


def _mean(rows: Iterable[Mapping[str, float]], keys: Iterable[str]) -> dict[str, float]:
    rows = list(rows)
    return {
        key: float(np.mean([row[key] for row in rows])) if rows else float("nan") for key in keys
    }


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def evaluate_system(
    system: System, clusters: Sequence[Cluster], budget: int, scorer: Any
) -> dict[str, Any]:
    """Score one system on every cluster; a cluster it fails on is recorded.

    Returns
    -------
    dict
        ``mean`` (percentages over the clusters it succeeded on),
        ``seconds`` (time spent ranking, summed over clusters), ``words``
        (mean summary length), ``per_cluster`` (scores by cluster id) and
        ``errors`` (message by cluster id).
    """
    per_cluster: dict[str, dict[str, float]] = {}
    errors: dict[str, str] = {}
    seconds = 0.0
    for cluster in clusters:
        started = time.perf_counter()
        try:
            summary = cut_to_budget(system(cluster, budget), budget)
        except Exception as error:  # a peer's bug must not stop the benchmark
            errors[str(cluster["id"])] = _describe(error)
            continue
        finally:
            seconds += time.perf_counter() - started
        per_cluster[str(cluster["id"])] = {
            **rouge(scorer, summary, cluster["references"]),
            "words": len(summary.split()),
        }
    return {
        "mean": _mean(per_cluster.values(), METRICS),
        "words": _mean(per_cluster.values(), ["words"])["words"],
        "seconds": seconds,
        "clusters_scored": len(per_cluster),
        "per_cluster": per_cluster,
        "errors": errors,
    }


def run(
    clusters: Sequence[Cluster],
    systems: Mapping[str, System] | Iterable[str] | None = None,
    budget: int = DEFAULT_BUDGET,
    *,
    progress: Callable[[str], None] | None = None,
    language: str = "english",
) -> dict[str, Any]:
    """Run the benchmark.

    Parameters
    ----------
    clusters : sequence of dict
        As :func:`load_clusters` returns them.
    systems : mapping of name to system, or iterable of names, optional
        Which systems to run; every registered one by default.
    budget : int, default=100
        Words each summary is cut to.
    progress : callable, optional
        Called with a one-line note as each system finishes.
    language : str, default="english"
        Chooses the ROUGE tokenizer (:func:`make_scorer`).

    Returns
    -------
    dict
        ``budget``, ``clusters`` (their ids), ``metrics``, ``ranking`` (system
        names by descending ROUGE-2 then ROUGE-1 recall) and ``systems``
        (:func:`evaluate_system`'s result by name). Scores are percentages.
    """
    if budget < 1:
        raise ValueError(f"budget must be a positive number of words, not {budget}")
    chosen = resolve_systems(systems)
    scorer = make_scorer(language)
    results: dict[str, dict[str, Any]] = {}
    for name, system in chosen.items():
        results[name] = evaluate_system(system, clusters, budget, scorer)
        if progress is not None:
            progress(f"{name}: {len(clusters)} clusters in {results[name]['seconds']:.1f} s")
    return {
        "budget": budget,
        "language": language,
        "clusters": [str(cluster["id"]) for cluster in clusters],
        "metrics": list(METRICS),
        "ranking": rank_systems(results),
        "systems": results,
    }


def rank_systems(results: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """System names by descending ROUGE-2 recall, then ROUGE-1 recall.

    Systems that scored no cluster come last.
    """

    def key(name: str) -> tuple[bool, float, float]:
        result = results[name]
        if not result["clusters_scored"]:
            return (True, 0.0, 0.0)
        return (False, -result["mean"]["rouge2_recall"], -result["mean"]["rouge1_recall"])

    return sorted(results, key=key)


# ------------------------------------------------------------- reader quality


#: The library's defaults before the sentence-quality rules and the ILP (commit 81f5566).
def baseline_system(language: str = "english") -> System:
    """The library as it was before issue 13: greedy coverage, no sentence-quality rules."""
    from summarize.scorers import Coverage
    from summarize.selectors import Greedy

    scorer = Coverage(
        concept_power=3.0,
        unigram_weight=0.0,
        centrality_weight=0.05,
        position_weight=0.0,
        length_penalty=0.25,
    )
    selector = Greedy(
        diversity=0.0,
        duplicate_threshold=0.5,
        avoid_fragments=False,
        dangling_penalty=0.0,
        restate_threshold=None,
    )
    return method_system(scorer, selector, language=language)


RESTATED = 0.5
"""Two summary sentences restate one fact when this share of the shorter one's
distinct content terms (stemmed, stopwords out) is in the other ..."""
RESTATED_TERMS = 4
"""... and the shorter one has at least this many (fewer say too little to compare)."""


def restated_pairs(sentences: Sequence[str], language: str = "english") -> int:
    """Pairs of sentences of one summary that state the same fact in other words: the
    shorter has :data:`RESTATED_TERMS` content terms or more, :data:`RESTATED` of
    them in the other, or 2 or 3, all in the other (the rules of
    ``Greedy(restate_threshold=0.5)``).

    >>> restated_pairs(["Chile asked Britain to extradite Pinochet.",
    ...                 "Britain was asked by Chile to extradite Pinochet on Friday.",
    ...                 "Rain fell."])
    1
    """
    from summarize.features import count_terms

    if len(sentences) < 2:
        return 0
    terms = count_terms(list(sentences), language=language).terms.tocsr()
    sets = [
        set(terms.indices[terms.indptr[i] : terms.indptr[i + 1]]) for i in range(len(sentences))
    ]
    count = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            smaller = min(len(sets[i]), len(sets[j]))
            common = len(sets[i] & sets[j])
            if smaller >= RESTATED_TERMS and common >= RESTATED * smaller:
                count += 1
            elif 2 <= smaller < RESTATED_TERMS and common == smaller:
                count += 1  # the shorter one's 2 or 3 terms, all in the other
    return count


def restated_across_outlets(
    sentences: Sequence[str], cluster: Cluster, language: str = "english"
) -> int:
    """Pairs of sentences of one summary, from different articles, reporting one fact.

    Compared on their *corroborated* content terms, those that at least two
    articles of the cluster use (each outlet's own wording left out): half of
    each one's, and at least :data:`RESTATED_TERMS`, are in the other (the
    rule of ``Greedy(restate_corroborated=True)``).
    A sentence's article is the first that has it among its candidates.

    >>> cluster = {"documents": [
    ...     {"text": "Putin arrived in Beijing on Thursday for talks with Xi. Rain fell."},
    ...     {"text": "Putin's visit to Beijing for talks with Xi underscores ties. Snow fell."},
    ... ]}
    >>> restated_across_outlets(
    ...     ["Putin arrived in Beijing on Thursday for talks with Xi.",
    ...      "Putin's visit to Beijing for talks with Xi underscores ties."], cluster)
    1
    """
    from summarize.features import count_terms

    articles = [
        [
            s.text
            for s in summarize.split_sentences(d["text"], language=language)
            if s.kind == "sentence"
        ]
        for d in cluster["documents"]
    ]
    vocabularies = [
        set(count_terms(texts, language=language).term_names) if texts else set()
        for texts in articles
    ]
    shared = {t for t in set().union(*vocabularies) if sum(t in v for v in vocabularies) >= 2}
    where = [next((k for k, a in enumerate(articles) if s in a), -1) for s in sentences]
    if len(sentences) < 2:
        return 0
    counted = count_terms(list(sentences), language=language)
    terms = counted.terms.tocsr()
    sets = [
        {counted.term_names[j] for j in terms.indices[terms.indptr[i] : terms.indptr[i + 1]]}
        & shared
        for i in range(len(sentences))
    ]
    count = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if where[i] == where[j]:
                continue
            common = len(sets[i] & sets[j])
            larger = max(len(sets[i]), len(sets[j]))
            if common >= RESTATED_TERMS and common >= RESTATED * larger:
                count += 1
    return count


def reader_counts(
    system: System, clusters: Sequence[Cluster], budget: int, language: str = "english"
) -> dict[str, int]:
    """What a reader would not accept, counted over every summary of a system.

    ``fragments`` (3 words or fewer, datelines, bylines, bare quotation
    tags), ``dangling_openers`` (a sentence opening with an unresolved
    pronoun or connective), ``restated_pairs`` (:func:`restated_pairs`),
    ``restated_across_outlets`` (:func:`restated_across_outlets`),
    ``dateline_openers`` (a sentence opening with a dateline),
    ``torn_quotations`` (a sentence holding one end of a quotation of several
    sentences), ``inside_quotations`` (a sentence opening inside a quotation
    that its paragraph opened before it: :func:`opens_inside_quotation`), with
    ``summaries`` and ``sentences`` for scale. The summary's sentences are
    counted whole, as the library returns them.
    """
    from summarize.scorers.quality import fragments, opens_dangling, tears_quotation
    from summarize.segmentation.clean import dateline_end

    counts = dict.fromkeys(
        (
            "summaries", "sentences", "fragments", "dangling_openers", "restated_pairs",
            "restated_across_outlets", "dateline_openers", "torn_quotations",
            "inside_quotations",
        ),
        0,
    )  # fmt: skip
    for cluster in clusters:
        sentences = system(cluster, budget)
        counts["summaries"] += 1
        counts["sentences"] += len(sentences)
        counts["fragments"] += int(fragments(sentences, language).sum())
        counts["dangling_openers"] += sum(opens_dangling(s, language) for s in sentences)
        counts["restated_pairs"] += restated_pairs(sentences, language)
        counts["restated_across_outlets"] += restated_across_outlets(sentences, cluster, language)
        counts["dateline_openers"] += sum(dateline_end(s) is not None for s in sentences)
        counts["torn_quotations"] += sum(map(tears_quotation, sentences))
        counts["inside_quotations"] += sum(opens_inside_quotation(s, cluster) for s in sentences)
    return counts


def opens_inside_quotation(sentence: str, cluster: Cluster) -> bool:
    """Whether a summary sentence opens inside a quotation opened before it in its paragraph.

    The sentence is found in the first of the cluster's articles holding it
    (a system returns text, not offsets), and read as the library's selectors
    read it (:meth:`summarize.segmentation.Candidates.paragraph_before`); one
    that is in no article is not counted.
    """
    from summarize.scorers.quality import tears_quotation
    from summarize.segmentation import paragraph_before

    for document in cluster["documents"]:
        at = document["text"].find(sentence)
        if at >= 0:
            return tears_quotation(paragraph_before(document["text"], at))
    return False


# ------------------------------------------------------------------------- output


def format_table(report: Mapping[str, Any]) -> str:
    """The report as a plain-text table, best system first.

    A system that failed on some clusters is marked ``*`` and its errors are
    listed below the table; its scores average the clusters it completed.
    """
    headings = ["system", *METRICS.values(), "words", "seconds"]
    width = max([len(name) + 1 for name in report["systems"]] + [len("system")])
    lines = [f"{headings[0]:<{width}}" + "".join(f"{h:>8}" for h in headings[1:])]
    notes: list[str] = []
    for name in report["ranking"]:
        result = report["systems"][name]
        label = name + ("*" if result["errors"] else "")
        cells = "".join(f"{result['mean'][key]:8.2f}" for key in METRICS)
        lines.append(f"{label:<{width}}{cells}{result['words']:8.1f}{result['seconds']:8.1f}")
        notes.extend(_error_notes(name, result, len(report["clusters"])))
    lines.append("")
    lines.append(
        f"ROUGE in percent, {report['budget']}-word summaries, "
        f"{len(report['clusters'])} clusters; words = mean summary length, "
        "seconds = time spent ranking."
    )
    return "\n".join(lines + notes)


def _error_notes(name: str, result: Mapping[str, Any], clusters: int) -> list[str]:
    if not result["errors"]:
        return []
    notes = [f"* {name} failed on {len(result['errors'])} of {clusters} clusters:"]
    notes += [f"    {cluster}: {message}" for cluster, message in result["errors"].items()]
    return notes


def _rounded(value: Any, digits: int = 2) -> Any:
    """Round every float in a JSON-like value; NaN (no cluster scored) becomes None."""
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, digits)
    if isinstance(value, dict):
        return {key: _rounded(item, digits) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item, digits) for item in value]
    return value


def write_json(report: Mapping[str, Any], path: str | Path) -> None:
    """Write the report, numbers rounded to 2 decimals. It holds no text of
    the data set: only ids and scores."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_rounded(dict(report)), indent=2) + "\n", encoding="utf-8")


def plot(report: Mapping[str, Any], path: str | Path) -> None:
    """Save a bar chart of ROUGE-1 and ROUGE-2 recall per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [n for n in report["ranking"] if report["systems"][n]["clusters_scored"]]
    positions = np.arange(len(names))
    figure, axes = plt.subplots(figsize=(max(6.0, 0.8 * len(names) + 2), 4.5))
    for offset, key, label in (
        (-0.2, "rouge1_recall", "ROUGE-1"),
        (0.2, "rouge2_recall", "ROUGE-2"),
    ):
        values = [report["systems"][n]["mean"][key] for n in names]
        bars = axes.bar(positions + offset, values, width=0.4, label=f"{label} recall")
        axes.bar_label(bars, fmt="%.1f", fontsize=7, padding=2)
    axes.set_xticks(positions, names, rotation=30, ha="right")
    axes.set_ylabel("recall (%)")
    axes.set_title(f"ROUGE recall at {report['budget']} words, {len(report['clusters'])} clusters")
    axes.legend()
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    plt.close(figure)


# ---------------------------------------------------------------------------- CLI


def format_markdown(report: Mapping[str, Any], title: str = "") -> str:
    """The report as a MyST/markdown table for the Evaluation page, best system first."""
    lines = [f"**{title}**", ""] if title else []
    lines.append(
        "| system | R-1 recall | R-1 F1 | R-2 recall | R-2 F1 | R-L recall | R-L F1 | words |"
    )
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in report["ranking"]:
        result = report["systems"][name]
        if not result["clusters_scored"]:
            continue
        label = f"**{name}**" if name in ("summarize", "summarize+query") else name
        if result["errors"]:
            label += f" ({result['clusters_scored']} of {len(report['clusters'])} clusters)"
        cells = " | ".join(f"{result['mean'][key]:.2f}" for key in METRICS)
        lines.append(f"| {label} | {cells} | {result['words']:.1f} |")
    if "reader" in report:
        lines += [
            "",
            "| summaries | sentences | fragments | dangling openers | restated pairs "
            "| restated across outlets | dateline openers | torn quotations "
            "| inside quotations |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for which, counts in report["reader"].items():
            lines.append(
                f"| {which} | {counts['sentences']} | {counts['fragments']} | "
                f"{counts['dangling_openers']} | {counts['restated_pairs']} | "
                f"{counts.get('restated_across_outlets', '')} | "
                f"{counts.get('dateline_openers', '')} | {counts.get('torn_quotations', '')} | "
                f"{counts.get('inside_quotations', '')} |"
            )
    return "\n".join(lines) + "\n"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        help=f"a data set name ({', '.join(DATA_SETS)}) or a clusters file in JSONL "
        f"(default: duc2003)",
    )
    parser.add_argument(
        "--budget", type=int, help=f"words a summary (default: the set's, else {DEFAULT_BUDGET})"
    )
    parser.add_argument("--limit", type=int, help="use only the first N clusters")
    parser.add_argument("--systems", help="comma-separated system names (default: all)")
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write results (default: benchmarks/results/quality-NAME.json)",
    )
    parser.add_argument("--markdown", type=Path, help="also write the tables as markdown here")
    parser.add_argument(
        "--reuse",
        type=Path,
        help="take the peers' results from this earlier report of the same clusters and "
        "budget instead of running them again (the peers do not change with this library)",
    )
    parser.add_argument("--plot", type=Path, default=DEFAULT_PLOT, help="where to save the chart")
    parser.add_argument("--no-plot", action="store_true", help="do not draw the chart")
    parser.add_argument("--quiet", action="store_true", help="no progress notes on stderr")
    return parser


def resolve_data(data: str | None) -> tuple[str, Path, DataSet | None]:
    """A ``--data`` value as (name, path, known data set or None)."""
    if data is None or data in DATA_SETS:
        name = data or "duc2003"
        spec = DATA_SETS[name]
        return name, DATA_DIR / spec.file, spec
    path = Path(data)
    return path.stem, path, None


def reusable(path: Path, clusters: Sequence[Cluster], budget: int) -> dict[str, Any]:
    """The peers' results in an earlier report, if it scored the same clusters at the same budget."""
    earlier = json.loads(Path(path).read_text(encoding="utf-8"))
    if earlier.get("budget") != budget or earlier.get("clusters") != [
        str(c["id"]) for c in clusters
    ]:
        return {}
    return {n: r for n, r in earlier["systems"].items() if n in _peers.PEERS}


def quiet_distributed_misdecoding() -> None:
    """Silence the library's warning about text decoded as Latin-1: CSTNews is distributed
    with Windows-1252 quotes decoded so in 16 articles, and is scored as distributed,
    without a warning a summary."""
    warnings.filterwarnings("ignore", message=r"\d+ article\(s\) .* hold control characters")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.budget is not None and args.budget < 1:
        parser.error("--budget must be at least 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    name, path, spec = resolve_data(args.data)
    quiet_distributed_misdecoding()
    budget = args.budget or (spec.budget if spec else DEFAULT_BUDGET)
    language = spec.language if spec else "english"
    known = data_set_systems(spec) if spec else dict(SYSTEMS)
    names = [n.strip() for n in args.systems.split(",") if n.strip()] if args.systems else None
    try:
        if names is None:
            skip = set() if spec is None or spec.peers else set(_peers.PEERS)
            systems = {n: system for n, system in known.items() if n not in skip}
        else:
            unknown = [n for n in names if n not in known]
            if unknown:
                raise ValueError(
                    f"unknown system(s): {', '.join(unknown)}; valid: {', '.join(known)}"
                )
            systems = {n: known[n] for n in names}
        clusters = load_clusters(path, args.limit)
    except (ValueError, FileNotFoundError) as error:
        parser.error(str(error))
    progress = None if args.quiet else (lambda note: print(note, file=sys.stderr))
    reused = reusable(args.reuse, clusters, budget) if args.reuse else {}
    systems = {n: system for n, system in systems.items() if n not in reused}
    report = run(clusters, systems, budget, progress=progress, language=language)
    if reused:
        report["systems"].update(reused)
        report["ranking"] = rank_systems(report["systems"])
        report["reused"] = {"from": str(args.reuse), "systems": sorted(reused)}
    report["data"] = name
    if spec is not None and name in ("duc2002", "duc2003"):
        report["reader"] = {
            "before (81f5566 defaults)": reader_counts(baseline_system(), clusters, budget),
            "after (the defaults now)": reader_counts(default_system(), clusters, budget),
        }
    print(format_table(report))
    for which, counts in report.get("reader", {}).items():
        print(f"{which}: {counts}")
    write_json(report, args.json or REPO_ROOT / "benchmarks" / "results" / f"quality-{name}.json")
    if args.markdown is not None:
        args.markdown.write_text(format_markdown(report, name), encoding="utf-8")
    if not args.no_plot:
        plot(report, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
