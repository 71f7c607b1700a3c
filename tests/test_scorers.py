"""The classic scorers: LexRank, TextRank, LSA, Luhn, KL, SumBasic and Edmundson.

Each runs on the library's own candidates inside the pipeline, so each summary
must keep the library's promises (exact provenance, no furniture, no
near-duplicates, the budget); each owns and validates its settings, pickles,
and is known by name. Where the values come from sumy, they are checked
against sumy run on the same sentences; LSA, computed here, is checked to rank
as sumy's does.
"""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.stats import spearmanr

import summarize
from summarize.documents import Document, coerce_documents
from summarize.exceptions import InvalidParameterError
from summarize.features import Features, featurize, tfidf_matrix
from summarize.scorers import (
    KL,
    LSA,
    Edmundson,
    LexRank,
    Luhn,
    Scorer,
    Scores,
    SumBasic,
    TextRank,
)
from summarize.scorers.lsa import lsa_scores
from summarize.scorers.sumy_adapter import ratings, summarizer, sumy_document
from summarize.segmentation import Candidates, segment

CLASSIC: dict[str, type] = {
    "lexrank": LexRank,
    "textrank": TextRank,
    "lsa": LSA,
    "luhn": Luhn,
    "kl": KL,
    "sumbasic": SumBasic,
    "edmundson": Edmundson,
}
BUDGETS = [
    {"max_words": 100},
    {"max_chars": 300},
    {"max_sentences": 3, "max_words": 80},
]


def _stages(articles: Any, language: str = "english") -> tuple[Candidates, Features]:
    documents = coerce_documents(articles, encoding="utf-8")
    candidates = segment(documents, language=language).candidates()
    return candidates, featurize(candidates, language=language)


def _check_summary(articles: Any, summary: summarize.Summary, budget: dict[str, int]) -> None:
    """The library's promises, checked from the articles alone."""
    documents = coerce_documents(articles, encoding="utf-8")
    assert summary.sentences
    pieces = [summarize.split_sentences(d.text) for d in documents]
    for s in summary.sentences:
        # Exact provenance.
        assert documents[s.document_index].text[s.start : s.end] == s.text
        assert s.document_id == documents[s.document_index].id
        # Never a headline or furniture.
        (piece,) = [p for p in pieces[s.document_index] if (p.start, p.end) == (s.start, s.end)]
        assert piece.kind == "sentence", s.text
    # No near-duplicates, with the similarity the selector uses: TF-IDF over every candidate.
    candidates = [p.text for document in pieces for p in document if p.kind == "sentence"]
    X = tfidf_matrix(candidates)
    rows = [candidates.index(s.text) for s in summary.sentences]
    similarity = (X[rows] @ X[rows].T).toarray()
    threshold = summarize.selectors.Greedy().duplicate_threshold
    off_diagonal = similarity[~np.eye(len(rows), dtype=bool)]
    assert (off_diagonal < threshold).all()
    # The budget.
    if "max_words" in budget:
        assert sum(len(s.text.split()) for s in summary.sentences) <= budget["max_words"]
    if "max_chars" in budget:
        assert len(" ".join(s.text for s in summary.sentences)) <= budget["max_chars"]
    if "max_sentences" in budget:
        assert len(summary.sentences) <= budget["max_sentences"]


# -- every method, end to end ------------------------------------------------------------


@pytest.mark.parametrize("budget", BUDGETS, ids=lambda b: ",".join(b))
@pytest.mark.parametrize("name", CLASSIC)
def test_each_method_summarises_the_sample_articles(name: str, budget: dict[str, int]) -> None:
    articles = summarize.sample_articles()
    summary = summarize.summarize(articles, scorer=name, **budget)
    _check_summary(articles, summary, budget)
    assert summary.settings["scorer"]["name"] == name


@pytest.mark.parametrize("name", CLASSIC)
def test_each_method_summarises_the_seed_articles(
    name: str, seed_articles: list[dict[str, str]]
) -> None:
    summary = summarize.summarize(seed_articles, scorer=name, max_words=100)
    _check_summary(seed_articles, summary, {"max_words": 100})
    assert summarize.summarize(seed_articles, scorer=name, max_words=100) == summary


@pytest.mark.parametrize("name", CLASSIC)
def test_each_method_values_every_candidate(name: str) -> None:
    candidates, features = _stages(summarize.sample_articles())
    scorer = CLASSIC[name]()
    assert isinstance(scorer, Scorer)
    scores = scorer.score(candidates, features)
    assert isinstance(scores, Scores)
    assert scores.values.shape == (len(candidates),)
    assert np.isfinite(scores.values).all()
    assert np.ptp(scores.values) > 0  # the values tell the sentences apart
    assert scores.concepts is None  # plain values: the selector takes the best


@pytest.mark.parametrize("name", CLASSIC)
def test_each_method_handles_sentences_of_stop_words_only(name: str) -> None:
    articles = ["It was not. He is there.", "They were. It is so."]
    summary = summarize.summarize(articles, scorer=name, max_sentences=1)
    assert len(summary.sentences) == 1


# -- by name, pickling, processes --------------------------------------------------------


@pytest.mark.parametrize("name", CLASSIC)
def test_each_method_is_known_by_name(name: str) -> None:
    assert name in summarize.scorers.available()
    assert summarize.scorers.get(name) == CLASSIC[name]()
    assert summarize.Summarizer(scorer=name).scorer == CLASSIC[name]()
    assert CLASSIC[name].name == name


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(InvalidParameterError) as error:
        summarize.Summarizer(scorer="textrankk")
    for name in ("coverage", *CLASSIC):
        assert repr(name) in str(error.value)
    assert "'textrankk'" in str(error.value)


@pytest.mark.parametrize("name", CLASSIC)
def test_each_method_pickles(name: str) -> None:
    scorer = CLASSIC[name]()
    assert pickle.loads(pickle.dumps(scorer)) == scorer
    summarizer_ = summarize.Summarizer(scorer=scorer, max_words=50)
    assert pickle.loads(pickle.dumps(summarizer_)) == summarizer_


def test_each_method_gives_the_same_summary_in_a_process_pool() -> None:
    articles = summarize.sample_articles()
    summarizers = [summarize.Summarizer(scorer=cls(), max_words=60) for cls in CLASSIC.values()]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = [pool.submit(s.summarize, articles) for s in summarizers]
        in_pool = [future.result() for future in futures]
    for summarizer_, summary in zip(summarizers, in_pool, strict=True):
        assert summary == summarizer_.summarize(articles)
        assert summary.settings["scorer"]["name"] == summarizer_.scorer.name


def test_importing_the_library_does_not_import_sumy_s_summarisers() -> None:
    code = (
        "import sys, summarize; print(any(m.startswith('sumy.summarizers') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# -- settings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "settings", "message"),
    [
        (
            LexRank,
            {"threshold": 1.0},
            "The 'threshold' parameter of LexRank must be a number "
            r"in \[0, 1\)\. Got 1.0 instead\.",
        ),
        (
            LexRank,
            {"damping": 1.5},
            r"'damping' parameter of LexRank must be a number in \[0, 1\]",
        ),
        (LexRank, {"damping": "high"}, "Got 'high' instead"),
        (
            TextRank,
            {"damping": 1.0},
            r"'damping' parameter of TextRank must be a number in \[0, 1\)",
        ),
        (TextRank, {"damping": float("nan")}, "'damping' parameter of TextRank"),
        (
            LSA,
            {"dimensions": 0},
            "'dimensions' parameter of LSA must be a whole number of at "
            "least 1, or None. Got 0 instead.",
        ),
        (LSA, {"dimensions": 2.5}, "'dimensions' parameter of LSA"),
        (
            Luhn,
            {"significant_percentage": 0},
            r"'significant_percentage' parameter of Luhn must "
            r"be a number in \(0, 1\]",
        ),
        (Luhn, {"max_gap_size": 0}, "'max_gap_size' parameter of Luhn must be a whole number"),
        (Luhn, {"max_gap_size": True}, "'max_gap_size' parameter of Luhn"),
        (
            Edmundson,
            {"bonus_words": "fuel"},
            "'bonus_words' parameter of Edmundson must be a sequence of words",
        ),
        (Edmundson, {"stigma_words": ["ok", 3]}, "'stigma_words' parameter of Edmundson"),
        (Edmundson, {"null_words": [""]}, "'null_words' parameter of Edmundson"),
        (
            Edmundson,
            {"cue_weight": -1},
            r"'cue_weight' parameter of Edmundson must be a number "
            r"in \[0, 100\]",
        ),
        (Edmundson, {"location_weight": None}, "'location_weight' parameter of Edmundson"),
    ],
)
def test_each_method_validates_its_settings(
    cls: type, settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidParameterError, match=message) as error:
        cls(**settings)
    assert isinstance(error.value, ValueError)


def test_settings_are_stored_as_plain_values() -> None:
    assert LexRank(threshold=np.float64(0.2), damping=1).damping == 1.0
    assert type(LSA(dimensions=np.int64(3)).dimensions) is int
    assert Edmundson(bonus_words=["a", "b"]).bonus_words == ("a", "b")
    assert hash(Edmundson(bonus_words=["a"])) == hash(Edmundson(bonus_words=("a",)))
    with pytest.raises(TypeError):
        KL(weight=1)  # type: ignore[call-arg]


# -- the values are sumy's ---------------------------------------------------------------


def _sumy_values(cls_path: str, candidates: Candidates, **attributes: Any) -> np.ndarray:
    from importlib import import_module

    module, _, name = cls_path.rpartition(".")
    method = summarizer(getattr(import_module(module), name), "english", **attributes)
    return ratings(method, sumy_document(candidates, "english"))


def test_lexrank_without_jumps_is_sumys_lexrank(seed_articles: list[dict[str, str]]) -> None:
    candidates, features = _stages(seed_articles)
    ours = LexRank(threshold=0.2, damping=1.0).score(candidates, features).values
    theirs = _sumy_values("sumy.summarizers.lex_rank.LexRankSummarizer", candidates, threshold=0.2)
    np.testing.assert_allclose(ours, theirs, rtol=1e-12)


def test_lexrank_jumps_make_isolated_sentences_less_central() -> None:
    candidates, features = _stages(summarize.sample_articles())
    walk = LexRank(damping=1.0).score(candidates, features).values
    damped = LexRank(damping=0.5).score(candidates, features).values
    assert not np.allclose(walk / walk.sum(), damped / damped.sum())
    # Jumping spreads the walk: the values lie closer together.
    assert np.ptp(damped / damped.sum()) < np.ptp(walk / walk.sum())


@pytest.mark.parametrize(
    ("scorer", "cls_path", "attributes"),
    [
        (TextRank(damping=0.7), "sumy.summarizers.text_rank.TextRankSummarizer", {"damping": 0.7}),
        (
            Luhn(significant_percentage=0.5, max_gap_size=2),
            "sumy.summarizers.luhn.LuhnSummarizer",
            {"significant_percentage": 0.5, "max_gap_size": 2},
        ),
    ],
)
def test_sumy_methods_give_sumys_values_in_candidate_order(
    scorer: Any, cls_path: str, attributes: dict[str, Any], seed_articles: list[dict[str, str]]
) -> None:
    candidates, features = _stages(seed_articles)
    ours = scorer.score(candidates, features).values
    np.testing.assert_allclose(ours, _sumy_values(cls_path, candidates, **attributes))


@pytest.mark.parametrize(
    ("scorer", "cls_path"),
    [
        (KL(), "sumy.summarizers.kl.KLSummarizer"),
        (SumBasic(), "sumy.summarizers.sum_basic.SumBasicSummarizer"),
    ],
)
def test_greedy_methods_value_sentences_by_sumys_order(scorer: Any, cls_path: str) -> None:
    candidates, features = _stages(summarize.sample_articles())
    values = scorer.score(candidates, features).values
    steps = _sumy_values(cls_path, candidates)  # sumy: -step of the greedy search
    assert values.max() == 1.0 and values.min() > 0
    np.testing.assert_allclose(values, 1 + steps / len(candidates))


def test_luhn_rates_the_densest_cluster_of_significant_words() -> None:
    # "rain" and "fell" are significant (each twice); "hard", "town" and "sun" are not.
    candidates, features = _stages(["Rain fell. Rain fell hard on the town. Sun."])
    values = Luhn().score(candidates, features).values
    # Sentence 1: the cluster "Rain fell" (2 significant of 2 words): 2 ** 2 / 2.
    assert values.tolist() == [2.0, 2.0, 0.0]
    assert Luhn(max_gap_size=1).score(candidates, features).values.tolist() == [2.0, 2.0, 0.0]


def test_lsa_ranks_as_sumys_lsa(seed_articles: list[dict[str, str]]) -> None:
    candidates, features = _stages(seed_articles)
    ours = LSA().score(candidates, features).values
    theirs = _sumy_values("sumy.summarizers.lsa.LsaSummarizer", candidates)
    correlation = spearmanr(ours, theirs).statistic
    assert correlation > 0.95, correlation


def test_lsa_with_every_dimension_is_the_length_of_each_column() -> None:
    candidates, features = _stages(summarize.sample_articles())
    n_terms = len(features.term_names)
    kept = LSA(dimensions=len(candidates) + n_terms).score(candidates, features).values
    np.testing.assert_allclose(kept, LSA().score(candidates, features).values)
    fewer = LSA(dimensions=2).score(candidates, features).values
    assert (fewer <= kept + 1e-9).all() and not np.allclose(fewer, kept)


@pytest.mark.parametrize("n", [30, 120])  # decomposed whole; by Lanczos
@pytest.mark.parametrize("dimensions", [1, 3, 25, None])
def test_lsa_scores_are_the_singular_value_formula(n: int, dimensions: int | None) -> None:
    rng = np.random.default_rng(n)
    counts = (rng.random((n, 80)) < 0.06) * rng.integers(1, 3, (n, 80))
    counts[3] = 0  # a sentence without terms
    # sumy's matrix, dense: terms that occur, by sentences; 0.4 + 0.6 tf / max tf.
    A = counts.T[counts.sum(axis=0) > 0].astype(float)
    top = A.max(axis=0)
    A[:, top > 0] = 0.4 + 0.6 * A[:, top > 0] / top[top > 0]
    _, s, vt = np.linalg.svd(A, full_matrices=False)
    k = len(s) if dimensions is None else dimensions
    expected = np.sqrt((s[:k, None] ** 2 * vt[:k] ** 2).sum(axis=0))
    got = lsa_scores(sp.csr_matrix(counts), dimensions)
    np.testing.assert_allclose(got, expected, atol=1e-10)


def test_edmundson_hand_computed() -> None:
    # Headline words (stop words left out): storm, hits -> "hit", coast.
    articles = [
        Document("a", "Storm Hits Coast\nThe storm hit the coast. Rain fell. The coast flooded.")
    ]
    candidates, features = _stages(articles)
    assert candidates.titles == ("Storm Hits Coast",)
    # title part: 3, 0, 1; location part: the same plus 1 for the first and the last.
    assert Edmundson().score(candidates, features).values.tolist() == [7.0, 0.0, 3.0]
    weighted = Edmundson(title_weight=2.0, location_weight=0.0)
    assert weighted.score(candidates, features).values.tolist() == [6.0, 0.0, 2.0]
    cue = Edmundson(bonus_words=["rain"], stigma_words=["flooded"], cue_weight=10.0)
    assert cue.score(candidates, features).values.tolist() == [7.0, 10.0, -7.0]
    # Key words are the frequent bonus words: "coast" (twice) but not "rain" (once).
    key = Edmundson(
        bonus_words=["coast", "rain"],
        cue_weight=0,
        key_weight=1,
        title_weight=0,
        location_weight=0,
    )
    assert key.score(candidates, features).values.tolist() == [1.0, 0.0, 1.0]
    # Null words do not count as headline words.
    null = Edmundson(null_words=["storm", "the"], location_weight=0)
    assert null.score(candidates, features).values.tolist() == [2.0, 0.0, 1.0]


def test_edmundson_without_headlines_uses_position_only() -> None:
    candidates, features = _stages(["Rain fell. The storm hit. Power failed.", "Rain fell."])
    assert candidates.titles == (None, None)
    assert Edmundson().score(candidates, features).values.tolist() == [1.0, 0.0, 1.0, 1.0]


def test_the_articles_order_earns_no_edmundson_bonus() -> None:
    articles = [
        "Rain fell. The storm hit. Power failed.",
        "Schools shut. Roads closed. Rain fell.",
    ]
    candidates, features = _stages(articles)
    values = Edmundson().score(candidates, features).values
    reversed_candidates, reversed_features = _stages(articles[::-1])
    reversed_values = Edmundson().score(reversed_candidates, reversed_features).values
    assert values.tolist() == reversed_values[[3, 4, 5, 0, 1, 2]].tolist()


# -- a cluster of several languages ---------------------------------------------------


def _mixed_stages(articles: list[Document]) -> tuple[Candidates, Features]:
    languages = ("english", "french")
    candidates = segment(tuple(articles), language=languages).candidates()
    return candidates, featurize(candidates, language=languages)


def test_sumy_methods_read_each_article_in_its_language() -> None:
    # "les" is a French stop word, not an English one: only the French reading leaves
    # "Les gens sont partis." without a headline word.
    articles = [
        Document("a", "Storm Hits Coast\nThe storm hit the coast. Rain fell."),
        Document("b", "Les Pays Votent\nLes gens sont partis. Les pays votent demain."),
    ]
    candidates, features = _mixed_stages(articles)
    assert candidates.languages == ("english", "french")
    title = Edmundson(location_weight=0).score(candidates, features).values
    assert title.tolist() == [3.0, 0.0, 0.0, 2.0]
    # The same with a user's word list, matched in every language of the cluster.
    cue = Edmundson(bonus_words=["pays"], cue_weight=1, title_weight=0, location_weight=0)
    assert cue.score(candidates, features).values.tolist() == [0.0, 0.0, 0.0, 1.0]


def test_sumy_methods_read_the_words_of_a_language_written_without_spaces() -> None:
    # Chinese is read a character at a time, as the features read it: the two sentences
    # about the storm (风暴) share words. Read as runs of \w, each sentence was one word.
    candidates, features = _stages(["市长开会。风暴袭击了海岸。风暴造成停电。"], "chinese")
    values = SumBasic().score(candidates, features).values
    assert int(np.argmax(values)) == 1
    document = sumy_document(candidates, "chinese")
    assert [len(sentence.words) for sentence in document.sentences] == [4, 7, 6]
