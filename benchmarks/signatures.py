"""Topic signatures against a background language model, measured under the tuning protocol.

CLASSY (Conroy, Schlesinger and O'Leary, DUC 2005-2007) scored sentences by
topic signatures (Lin and Hovy, 2000: the terms a cluster uses far more
often than ordinary text, by a log-likelihood ratio test) plus the query's
terms. This script tries that, and the ways it could join the library's
coverage selection, on the same cached features and the same scoring as
``benchmarks/tune.py``:

*query mode* (DUC 2007, 23 questions, 250 words), every row on top of the
library's query defaults:
    the oracle score alone (the ``signature`` scorer); the oracle score as the
    relevance that filters the candidates and boosts the concepts, alone, mixed
    with the cosine relevance or multiplied by it, with the query's terms
    counted 0/1 or by the share of articles, divided by the number of terms
    or not; as a bonus; query expansion with the signature terms that share a
    sentence with a query term; the query's terms weighed by their signature
    or LLR; signature terms as single-word concepts; word-pair concepts weighed
    by their signature words or by their query words; relevance feedback (the
    terms of the most relevant sentences against the rest of the cluster as
    the background, added to the query).
*generic mode* (DUC 2002, DUC 2003, DUC 2007 without questions, French,
Portuguese): the signature share of a sentence as a bonus or a concept
boost, signature words as concepts, word pairs weighed by signature words.

Each family's choice is judged on what it did not see: nested 5-fold
cross-validation over the rows (the library's default among them) in the
query mode, leave one data set out in the generic mode. Writes
``benchmarks/results/signatures.json``. Needs ``summarize[background]``.

Run from the repository root::

    python benchmarks/signatures.py            # about 2 minutes once the features are cached
    python benchmarks/signatures.py --query-only
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from summarize.background import background_probabilities
from summarize.features import presence, stem_function, tokenizer
from summarize.languages import get as get_language
from summarize.scorers import Coverage, Scores
from summarize.scorers.coverage import concept_relevance, concept_weights, query_relevance
from summarize.scorers.focus import article_share, most_relevant, query_term_weights
from summarize.scorers.signature import (
    Signature,
    expand_query,
    log_likelihood_ratio,
    oracle_score,
    signature_terms,
)
from summarize.selectors import Greedy

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import quality  # noqa: E402
import tune  # noqa: E402

DEFAULT_JSON = HERE / "results" / "signatures.json"

#: As in Coverage: an outside candidate's bonus is lowered by this times its length divisor.
OUTSIDE = 1000.0


def _pair(values: np.ndarray) -> dict[str, float]:
    return {
        "rouge1_recall": round(float(values[0]), 2),
        "rouge2_recall": round(float(values[1]), 2),
    }


def pair_terms(texts: Sequence[str], language: str, query: str | None = None) -> np.ndarray:
    """The two term columns of each word-pair column of ``count_terms`` (-1: a stopword).

    Re-reads the texts as :func:`summarize.features.count_terms` does, with
    the public tokenizer and stemmer: words numbered by first occurrence,
    forms by their stem, pairs by the code ``form_a * n_words + form_b`` in
    sorted order. (The features carry no pair names.) The caller checks the
    count of columns against ``features.pairs``.
    """
    lang = get_language(language)
    read = tokenizer(lang)
    stem = stem_function(lang)
    stop = lang.stopwords
    vocabulary: dict[str, int] = {"\x00": 0}
    tokens: list[tuple[int, int]] = []  # (word id, text)
    for number, text in enumerate([*texts, *([query] if query is not None else [])]):
        for piece in text.lower().split():
            for word in read(piece):
                tokens.append((vocabulary.setdefault(word, len(vocabulary)), number))
    words = list(vocabulary)[1:]
    bare = [w.rstrip(".") if w[:1].isalpha() else "" for w in words]
    stems = dict(zip(bare, stem(bare), strict=True))
    forms: dict[str, int] = {}
    terms: dict[str, int] = {}
    form_of = np.empty(len(words), dtype=np.int64)
    term_of = np.full(len(words), -1, dtype=np.int64)
    for row, word in enumerate(words):
        form = stems[bare[row]] if bare[row] else word
        form_of[row] = forms.setdefault(form or word, len(forms))
        single = len(word) == 1 and word.isalpha() and not lang.script_unspaced
        if word in stop or single or not form or form in stop:
            continue
        term_of[row] = terms.setdefault(form, len(terms))
    ids = np.array([t[0] for t in tokens], dtype=np.int64) - 1
    text_of = np.array([t[1] for t in tokens], dtype=np.int64)
    term = term_of[ids]
    content = term >= 0
    keep = (text_of[1:] == text_of[:-1]) & (content[1:] | content[:-1])
    form = form_of[ids]
    codes = form[:-1][keep] * len(vocabulary) + form[1:][keep]
    _, first = np.unique(codes, return_index=True)
    result: np.ndarray = np.stack([term[:-1][keep][first], term[1:][keep][first]], axis=1)
    return result


ROUND_COVERAGE = Coverage(
    query_terms="articles", query_concept_weight=3.0, query_article_power=0.0
)
"""The library's Coverage as it was when signatures were tried (session 22): the query
settings this reimplementation recomputes; generic summaries are the same as Coverage()'s."""


@dataclass(frozen=True)
class SignatureCoverage:
    """Coverage with topic signatures, each way they could join it (experimental).

    With every setting at its default this is the library's Coverage with the
    query settings of its round (:data:`ROUND_COVERAGE`: the question's terms
    by their articles' share, ``query_concept_weight=3.0``, no article
    weights): the same summaries (checked by the script). ``base`` gives the generic
    scores (the query's lead weight, no query); the query focus is then
    recomputed here from the public functions of ``summarize.scorers``, with
    the relevance chosen by ``relevance``.
    """

    name: ClassVar[str] = "signature-coverage"

    base: Coverage = dataclasses.field(default_factory=lambda: ROUND_COVERAGE)
    threshold: float = 10.83
    relevance: str = "cosine"  # cosine | oracle | mix | product
    mix: float = 0.5  # with "mix": mix * cosine + (1 - mix) * oracle
    oracle_query: str = "binary"  # binary | share (query terms by the share of articles)
    oracle_norm: float = 1.0  # the oracle score over distinct terms ** this
    sig_weight: float = 1.0  # weight of the signature part of the oracle score
    oracle_bonus: float = 0.0  # query mode: bonus += this * oracle / max
    expansion: float = 0.0  # count of each expansion term added to the query vector
    expansion_vector: bool = True  # expansion used in the query vector (else pairs only)
    min_shared: int = 1
    query_weights: str = "share"  # share | share*sig | share*(1+sig) | share*logllr | ...
    sig_unigram: float = 0.0  # single-word concepts: signature terms only, times this
    sig_pair: float = 0.0  # pair weight * (1 + sig_pair * signature words / 2)
    sig_pair_floor: float = 1.0  # pair weight * this without a signature word
    query_pair: float = 0.0  # pair weight * (1 + query_pair * query words / 2)
    sig_bonus: float = 0.0  # bonus += this * the share of signature terms
    sig_concept: float = 0.0  # concept weight * (1 + this * mean signature share)
    filter_by: str = "same"  # the query filter's relevance: same | cosine | oracle | mix | union
    union_share: float = 0.1  # with "union": also the top this share by the oracle score
    sig_filter: float = 1.0  # generic: only this share, the most signature-dense, competes
    # Relevance feedback: the terms of the most relevant sentences (the filter's share)
    # against the rest of the cluster as the background, added to the query vector.
    feedback: float = 0.0
    queries: dict[int, str] = dataclasses.field(default_factory=dict, compare=False, repr=False)
    # Instead of wordfreq: each cluster's background from the other clusters of its set.
    backgrounds: dict[int, np.ndarray] | None = dataclasses.field(
        default=None, compare=False, repr=False
    )

    def _background(self, features: Any) -> np.ndarray:
        if self.backgrounds is not None:
            return self.backgrounds[id(features)]
        return background_probabilities(features.term_names, features.language)

    def score(self, candidates: Any, features: Any) -> Scores:
        cov = self.base
        asked = features.query_terms is not None
        plain = dataclasses.replace(features, query=None, query_terms=None)
        generic = cov
        if asked and cov.query_position_weight is not None:
            generic = dataclasses.replace(cov, position_weight=cov.query_position_weight)
        scores = generic.score(candidates, plain)
        weights = np.array(scores.weights, dtype=np.float64)
        bonus = np.array(scores.bonus, dtype=np.float64)
        concepts = scores.concepts
        n_terms = features.terms.shape[1]
        n_pairs = features.pairs.shape[1]
        probabilities = self._background(features)
        sig = signature_terms(features.terms, probabilities, threshold=self.threshold)
        query = np.zeros(n_terms, dtype=bool)
        counts = None
        if asked:
            counts = sp.csr_matrix(features.query_terms, dtype=np.float64)
            if counts.shape[1] != n_terms:
                counts = sp.csr_matrix(counts[:, :n_terms])
                counts.resize((1, n_terms))
            query = np.asarray(counts.toarray()).ravel() > 0
        expanded = (
            expand_query(features.terms, sig, query, min_shared=self.min_shared)
            if self.expansion and asked
            else np.zeros(n_terms, dtype=bool)
        )
        if self.sig_unigram:
            single = concept_weights(
                features.terms,
                candidates.document_index,
                power=cov.concept_power,
                offset=cov.concept_offset,
            )
            weights[n_pairs:] = single * self.sig_unigram * sig
        if self.sig_pair or self.sig_pair_floor != 1.0 or (self.query_pair and asked):
            pairs = pair_terms(candidates.texts, features.language, self.queries.get(id(features)))
            if len(pairs) != n_pairs:
                raise RuntimeError(f"pair columns {len(pairs)} != features' {n_pairs}")

            def words_in(mask: np.ndarray) -> np.ndarray:
                padded = np.concatenate([mask, [False]])  # column -1: a stopword
                counted: np.ndarray = padded[pairs[:, 0]].astype(float) + padded[pairs[:, 1]]
                return counted

            in_signature = words_in(sig)
            factor = (1 + self.sig_pair * in_signature / 2) * np.where(
                in_signature > 0, 1.0, self.sig_pair_floor
            )
            if self.query_pair and asked:
                factor *= 1 + self.query_pair * words_in(query | expanded) / 2
            weights[:n_pairs] *= factor
        share = oracle_score(features.terms, sig, np.zeros(n_terms, dtype=bool)) * 2
        if self.sig_bonus:
            bonus = bonus + self.sig_bonus * share
        if self.sig_concept:
            weights = weights * (1 + self.sig_concept * concept_relevance(concepts, share))
        if not asked and self.sig_filter < 1.0:
            outside = ~most_relevant(share, self.sig_filter)
            length = np.maximum(candidates.words, 1) ** cov.length_penalty
            bonus = bonus - OUTSIDE * length * outside
        if asked and counts is not None:
            bonus, weights = self._focus(
                candidates, features, concepts, bonus, weights, sig, query, expanded, counts
            )
        length = np.maximum(candidates.words, 1) ** cov.length_penalty
        total = float(weights.sum()) or 1.0
        values = (np.asarray(concepts @ weights).ravel() / total + bonus) / length
        return Scores(values, concepts, weights, bonus, cov.length_penalty)

    def _focus(
        self,
        candidates: Any,
        features: Any,
        concepts: sp.csr_matrix,
        bonus: np.ndarray,
        weights: np.ndarray,
        sig: np.ndarray,
        query: np.ndarray,
        expanded: np.ndarray,
        counts: sp.csr_matrix,
    ) -> tuple[np.ndarray, np.ndarray]:
        cov = self.base
        if self.expansion and self.expansion_vector:
            counts = sp.csr_matrix(counts + self.expansion * expanded.astype(float)[None, :])
        if cov.query_terms == "idf":
            vector = features.query
        else:
            vector = query_term_weights(counts, features.terms, candidates.document_index)
        if self.query_weights != "share":
            probabilities = self._background(features)
            found = np.asarray(features.terms.sum(axis=0)).ravel()
            g2 = np.maximum(log_likelihood_ratio(found, probabilities), 0.0)
            factor = {
                "share*sig": sig.astype(float),
                "share*(1+sig)": 1.0 + sig,
                "share*logllr": np.log1p(g2),
                "share*bgidf": -np.log(probabilities),
                "logllr": np.log1p(g2),
            }[self.query_weights]
            if self.query_weights == "logllr":
                vector = counts
            vector = sp.csr_matrix(sp.csr_matrix(vector).multiply(factor[None, :]))
        cosine = query_relevance(features.X, vector)
        if self.feedback and cosine.any():
            top = most_relevant(cosine, cov.query_share)
            found = np.asarray(features.terms[top].sum(axis=0)).ravel()
            rest = np.asarray(features.terms[~top].sum(axis=0)).ravel()
            rate = (rest + 1.0) / (rest.sum() + len(rest))
            focused = log_likelihood_ratio(found, rate) > self.threshold
            counts = sp.csr_matrix(counts + self.feedback * focused.astype(float)[None, :])
            vector = query_term_weights(counts, features.terms, candidates.document_index)
            cosine = query_relevance(features.X, vector)
        marked = (query | expanded).astype(float)
        if self.oracle_query == "share":
            marked = marked * article_share(features.terms, candidates.document_index)
        present = presence(features.terms)
        size = np.maximum(np.asarray(present.sum(axis=1)).ravel(), 1.0)
        oracle = np.asarray(present @ ((self.sig_weight * sig + marked) / 2)).ravel()
        oracle = oracle / size**self.oracle_norm
        oracle = oracle / oracle.max() if oracle.size and oracle.max() > 0 else oracle
        relevance = {
            "cosine": cosine,
            "oracle": oracle,
            "mix": self.mix * cosine + (1 - self.mix) * oracle,
            "product": cosine * oracle,
        }[self.relevance]
        if self.relevance == "product" and relevance.size and relevance.max() > 0:
            relevance = relevance / relevance.max()
        bonus = bonus + cov.query_weight * relevance + self.oracle_bonus * oracle
        if cov.query_concept_weight:
            weights = weights * (
                1.0 + cov.query_concept_weight * concept_relevance(concepts, relevance)
            )
        mixed = self.mix * cosine + (1 - self.mix) * oracle
        chooser = {"same": relevance, "cosine": cosine, "oracle": oracle, "mix": mixed}
        by = chooser.get(self.filter_by, cosine)
        if cov.query_share < 1.0 and by.any():
            outside = ~most_relevant(by, cov.query_share)
            if self.filter_by == "union":
                outside &= ~most_relevant(oracle, self.union_share)
            length = np.maximum(candidates.words, 1) ** cov.length_penalty
            bonus = bonus - OUTSIDE * length * outside
        return bonus, weights


def news_backgrounds(clusters: Sequence[Any]) -> dict[int, np.ndarray]:
    """Each cluster's background: the term counts of the other clusters of its set.

    Not something the library could ship (it is the benchmark's own news), but
    it tells whether a news background would do better than wordfreq's
    general one. Add-one smoothing over the other clusters' vocabulary.
    """
    counts = []
    for cluster in clusters:
        found = np.asarray(cluster.features.terms.sum(axis=0)).ravel()
        counts.append(dict(zip(cluster.features.term_names, found.tolist(), strict=True)))
    everything: dict[str, float] = {}
    for table in counts:
        for term, value in table.items():
            everything[term] = everything.get(term, 0.0) + value
    result = {}
    for cluster, own in zip(clusters, counts, strict=True):
        rest = {t: everything[t] - own.get(t, 0.0) for t in everything}
        total = sum(rest.values()) + len(rest) + 1
        result[id(cluster.features)] = np.array(
            [(rest.get(t, 0.0) + 1.0) / total for t in cluster.features.term_names]
        )
    return result


def query_rows(
    queries: dict[int, str], news: dict[int, np.ndarray] | None = None
) -> list[tune.Config]:
    """Every query-mode configuration tried (the library's default first)."""
    rows = [tune.Config("library default (Coverage())", Coverage(), Greedy(), {})]

    def add(label: str, **knobs: Any) -> None:
        scorer = SignatureCoverage(queries=queries, **knobs)
        rows.append(tune.Config(label, scorer, Greedy(), knobs))

    add("re-implementation check: cosine relevance, no signature")
    rows.append(tune.Config("oracle score alone (signature scorer)", Signature(), Greedy(), {}))
    for mode, mix in (("oracle", 0.5), ("mix", 0.5), ("mix", 0.25), ("mix", 0.75)):
        for oq, norm, sw in (("binary", 1.0, 1.0), ("share", 1.0, 0.5), ("binary", 0.0, 1.0)):
            if mode == "oracle" and mix != 0.5:
                continue
            add(
                f"relevance={mode} mix={mix} oracle_query={oq} norm={norm} sig_weight={sw}",
                relevance=mode,
                mix=mix,
                oracle_query=oq,
                oracle_norm=norm,
                sig_weight=sw,
            )
    add("relevance=product", relevance="product")
    for threshold in (5.0, 20.0, 50.0):
        add(f"relevance=mix threshold={threshold}", relevance="mix", threshold=threshold)
    for mode in ("cosine", "oracle", "mix"):
        for e, m in ((0.25, 1), (0.5, 1), (1.0, 1), (0.5, 3)):
            add(
                f"relevance={mode} expansion={e} min_shared={m}",
                relevance=mode,
                expansion=e,
                min_shared=m,
            )
    for qw in ("share*sig", "share*(1+sig)", "share*logllr", "logllr", "share*bgidf"):
        add(f"query_weights={qw}", query_weights=qw)
        add(f"query_weights={qw} expansion=0.25", query_weights=qw, expansion=0.25)
    for w in (0.01, 0.02, 0.05):
        add(f"oracle_bonus={w}", oracle_bonus=w)
    for u in (0.05, 0.1, 0.3, 1.0):
        add(f"sig_unigram={u}", sig_unigram=u)
    for s, floor in ((0.0, 0.5), (0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (3.0, 1.0), (3.0, 0.5)):
        add(f"sig_pair={s} sig_pair_floor={floor}", sig_pair=s, sig_pair_floor=floor)
    for qp, e in ((1.0, 0.0), (3.0, 0.0), (10.0, 0.0), (1.0, 1.0), (3.0, 1.0)):
        add(
            f"query_pair={qp} expansion (pairs only)={e}",
            query_pair=qp,
            expansion=e,
            expansion_vector=False,
        )
    for v in (1.0, 3.0):
        add(f"sig_concept={v}", sig_concept=v)
    # One relevance for the concept boost, another for the filter.
    for boost, by in (
        ("cosine", "oracle"),
        ("cosine", "mix"),
        ("oracle", "cosine"),
        ("mix", "cosine"),
    ):
        add(f"relevance={boost} filter_by={by}", relevance=boost, filter_by=by)
    for u in (0.05, 0.1):
        add(f"filter_by=union union_share={u}", filter_by="union", union_share=u)
    for f in (0.1, 0.25, 0.5, 1.0):
        add(f"feedback={f} (relevant sentences against the rest)", feedback=f)
    if news is not None:
        for label, knobs in (
            ("relevance=oracle", {"relevance": "oracle"}),
            ("relevance=mix", {"relevance": "mix"}),
            ("relevance=mix mix=0.75", {"relevance": "mix", "mix": 0.75}),
            ("expansion=0.25", {"expansion": 0.25}),
            ("relevance=mix expansion=0.25", {"relevance": "mix", "expansion": 0.25}),
            ("query_weights=share*sig", {"query_weights": "share*sig"}),
            ("query_weights=share*logllr", {"query_weights": "share*logllr"}),
            ("oracle_bonus=0.02", {"oracle_bonus": 0.02}),
            ("sig_unigram=0.05", {"sig_unigram": 0.05}),
            ("sig_pair=1.0", {"sig_pair": 1.0}),
            ("sig_concept=3.0", {"sig_concept": 3.0}),
            ("filter_by=union union_share=0.1", {"filter_by": "union", "union_share": 0.1}),
        ):
            add(f"news background (other topics): {label}", backgrounds=news, **knobs)
    return rows


def generic_rows(news: dict[int, np.ndarray] | None = None) -> list[tune.Config]:
    """Every generic-mode configuration tried (the library's default first).

    With ``news``, the same rows with the background of the other clusters
    of the set instead of wordfreq's (labels start with "news").
    """
    rows = [tune.Config("library default (Coverage())", Coverage(), Greedy(), {})]

    def add(label: str, **knobs: Any) -> None:
        rows.append(tune.Config(label, SignatureCoverage(**knobs), Greedy(), knobs))
        if news is not None:
            scorer = SignatureCoverage(backgrounds=news, **knobs)
            rows.append(tune.Config(f"news background: {label}", scorer, Greedy(), knobs))

    rows.append(tune.Config("oracle score alone (signature scorer)", Signature(), Greedy(), {}))
    for v in (0.02, 0.05, 0.1):
        add(f"sig_bonus={v}", sig_bonus=v)
    for v in (1.0, 3.0, 10.0):
        add(f"sig_concept={v}", sig_concept=v)
    for v in (0.05, 0.1, 0.3):
        add(f"sig_unigram={v}", sig_unigram=v)
    for s, floor in ((0.0, 0.5), (0.0, 0.0), (1.0, 1.0), (3.0, 1.0)):
        add(f"sig_pair={s} sig_pair_floor={floor}", sig_pair=s, sig_pair_floor=floor)
    for share in (0.5, 0.7):
        add(f"sig_filter={share}", sig_filter=share)
    return rows


def _cells(pair: dict[str, float]) -> str:
    return f"{pair['rouge1_recall']:.2f} | {pair['rouge2_recall']:.2f}"


def format_markdown(report: dict[str, Any]) -> str:
    """The report's tables as markdown, for the Evaluation page."""
    query = report["query"]
    out = ["| DUC 2007 with its questions | R1 | R2 |", "| --- | ---: | ---: |"]
    out += [f"| {row['label']} | {_cells(row['recall'])} |" for row in query["configurations"]]
    out += ["", "| fold | chosen | train R1 | train R2 | test R1 | test R2 |"]
    out.append("| --- | --- | ---: | ---: | ---: | ---: |")
    for fold in query["nested"]["per_fold"]:
        out.append(
            f"| {fold['fold']} ({fold['clusters']} topics) | {fold['chosen']} | "
            f"{_cells(fold['train'])} | {_cells(fold['test'])} |"
        )
    held = query["nested"]["held_out"]
    out.append(f"| {query['nested']['folds']}-fold held out | | | | {_cells(held)} |")
    if "nested_wordfreq" in query:
        only = query["nested_wordfreq"]
        for fold in only["per_fold"]:
            out.append(
                f"| wordfreq rows only: {fold['fold']} | {fold['chosen']} | "
                f"{_cells(fold['train'])} | {_cells(fold['test'])} |"
            )
        out.append(f"| wordfreq rows only: held out | | | | {_cells(only['held_out'])} |")
    if "generic" in report:
        generic = report["generic"]
        names = [n for n in generic["configurations"][0] if n != "label"]
        out += ["", "| generic | " + " | ".join(f"{n} R1 | {n} R2" for n in names) + " |"]
        out.append("| --- |" + " ---: | ---: |" * len(names))
        for row in generic["configurations"]:
            out.append(f"| {row['label']} | " + " | ".join(_cells(row[n]) for n in names) + " |")
        out += ["", "| leave out | chosen on the other four | test R1 | test R2 |"]
        out.append("| --- | --- | ---: | ---: |")
        for key, level in (("across", "every row"), ("across_wordfreq", "wordfreq rows")):
            for row in generic.get(key, []):
                out.append(
                    f"| {row['test']} ({level}) | {row['chosen']} | {_cells(row['test_recall'])} |"
                )
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=tune.DATA_DIR)
    parser.add_argument("--cache", type=Path, default=tune.DEFAULT_CACHE)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--query-only", action="store_true")
    parser.add_argument(
        "--news",
        action="store_true",
        help="also every row with a background of the set's other clusters (not wordfreq)",
    )
    parser.add_argument("--markdown", type=Path, help="also write the tables as markdown here")
    parser.add_argument("--scores", type=Path, help="also save every cluster's recall (.npz)")
    args = parser.parse_args(argv)

    def progress(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    report: dict[str, Any] = {}
    results: dict[str, np.ndarray] = {}
    spec = tune.DATA_SETS[tune.QUERY_SET]
    raw = quality.load_clusters(args.data_dir / spec.file)
    asked = tune.prepare_all(raw, use_query=True, cache=args.cache, language=spec.language)
    queries = {id(c.features): tune.query_text(r) for c, r in zip(asked, raw, strict=True)}
    rows = query_rows(queries, news_backgrounds(asked) if args.news else None)
    progress(f"{tune.QUERY_SET} with its questions: {len(rows)} configurations")
    scores = tune.score_configs(rows, asked, spec.budget, progress)
    if not np.allclose(scores[0], scores[1]):
        raise RuntimeError("the re-implementation does not give the library's summaries")
    report["query"] = {
        "configurations": [
            {"label": c.label, "recall": _pair(scores[i].mean(axis=0))} for i, c in enumerate(rows)
        ],
        "nested": tune.nested(scores, args.folds, rows),
    }
    general = [i for i, c in enumerate(rows) if not c.label.startswith("news")]
    if len(general) < len(rows):  # the choice among the wordfreq rows alone, too
        report["query"]["nested_wordfreq"] = tune.nested(
            scores[general], args.folds, [rows[i] for i in general]
        )
    if not args.query_only:
        news: dict[int, np.ndarray] = {}  # filled per set below
        rows = generic_rows(news if args.news else None)
        for name, spec in tune.DATA_SETS.items():
            clusters = tune.prepare_all(
                quality.load_clusters(args.data_dir / spec.file),
                cache=args.cache,
                language=spec.language,
            )
            if args.news:
                news.update(news_backgrounds(clusters))
            progress(f"{name}: {len(rows)} configurations")
            results[name] = tune.score_configs(rows, clusters, spec.budget, progress)
        names = list(results)
        pooled = np.stack([results[n].mean(axis=1) for n in names], axis=1)
        report["generic"] = {
            "configurations": [
                {
                    "label": c.label,
                    **{n: _pair(results[n][i].mean(axis=0)) for n in names},
                }
                for i, c in enumerate(rows)
            ],
            "across": tune.leave_one_set_out(pooled, results, rows, names),
        }
        general = [i for i, c in enumerate(rows) if not c.label.startswith("news")]
        if len(general) < len(rows):
            report["generic"]["across_wordfreq"] = tune.leave_one_set_out(
                pooled[general],
                {n: r[general] for n, r in results.items()},
                [rows[i] for i in general],
                names,
            )
    if args.scores is not None:  # every cluster's recall, for analyses of one's own
        arrays = {"query": scores, **{f"generic_{n}": r for n, r in results.items()}}
        np.savez_compressed(args.scores, **arrays)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    import json

    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.markdown is not None:
        args.markdown.write_text(format_markdown(report), encoding="utf-8")
    nested = report["query"]["nested"]
    print(f"query mode, nested {args.folds}-fold held out: {nested['held_out']}")
    if "nested_wordfreq" in report["query"]:
        print(f"    wordfreq rows only: {report['query']['nested_wordfreq']['held_out']}")
    for fold in nested["per_fold"]:
        print(f"    fold {fold['fold']}: {fold['chosen']}  test {fold['test']}")
    for row in report.get("generic", {}).get("across", []):
        print(f"leave out {row['test']}: {row['chosen']}  test {row['test_recall']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
