"""Topic signatures against a background language model, and the ``signature`` scorer.

The log-likelihood ratio and the oracle score are checked on tiny cases
computed by hand; the background model (wordfreq, an optional dependency,
offline: its lists ship in the wheel) on words whose order of frequency no
list would reverse; the scorer end to end through ``summarize()``, with and
without a question, in English and French.
"""

from __future__ import annotations

import math
import pickle
import sys

import numpy as np
import pytest
import scipy.sparse as sp
from _articles import SOLAR_ARTICLES as ARTICLES

import summarize
from summarize.exceptions import InvalidParameterError, MissingDependencyError
from summarize.scorers.signature import (
    CHI2_001,
    Signature,
    expand_query,
    log_likelihood_ratio,
    oracle_score,
    signature_terms,
)

needs_wordfreq = pytest.mark.skipif(
    "wordfreq" not in sys.modules and __import__("importlib").util.find_spec("wordfreq") is None,
    reason="wordfreq (summarize[background]) is not installed",
)


# ------------------------------------------------------------------ the statistics


def test_log_likelihood_ratio_by_hand() -> None:
    # k = 20 of n = 100, background rate 0.05: expected 5.
    counts = np.array([20.0, 80.0])
    g2 = log_likelihood_ratio(counts, np.array([0.05, 0.95]))
    expected = 2 * (20 * math.log(20 / 5) + 80 * math.log(80 / 95))
    assert g2[0] == pytest.approx(expected)
    # The other term is used less than expected (80 < 95): negative.
    assert g2[1] < 0


def test_log_likelihood_ratio_is_zero_at_the_background_rate_and_without_words() -> None:
    assert log_likelihood_ratio(np.array([10.0, 90.0]), np.array([0.1, 0.9])) == pytest.approx(
        [0.0, 0.0], abs=1e-9
    )
    assert log_likelihood_ratio(np.zeros(3), np.full(3, 0.1)).tolist() == [0.0, 0.0, 0.0]


def test_signature_terms_need_the_threshold_and_a_rate_above_the_background() -> None:
    # 100 words: term 0 seen 10 times at rate 0.001 (far above), term 1 seen 10 times at
    # rate 0.1 (as expected), term 2 seen 2 times at rate 0.001 (G2 about 8.2: below 10.83),
    # term 3 seen 78 times at rate 0.898 (below its rate).
    terms = sp.csr_matrix(np.array([[10, 10, 2, 78]]))
    p = np.array([0.001, 0.1, 0.001, 0.898])
    g2 = log_likelihood_ratio(np.array([10.0, 10.0, 2.0, 78.0]), p)
    assert g2[2] < CHI2_001 < g2[0]
    assert signature_terms(terms, p).tolist() == [True, False, False, False]
    assert signature_terms(terms, p, threshold=1.0).tolist() == [True, False, True, False]


def test_oracle_score_by_hand() -> None:
    # Sentence 0: terms 0 (signature and query: 1), 1 (signature: 0.5), 3 (neither: 0) -> 1.5/3.
    # Sentence 1: term 2 (query: 0.5) -> 0.5. Sentence 2: no term -> 0.
    T = sp.csr_matrix(np.array([[2, 1, 0, 1], [0, 0, 3, 0], [0, 0, 0, 0]]))
    signature = np.array([True, True, False, False])
    query = np.array([True, False, True, False])
    assert oracle_score(T, signature, query) == pytest.approx([0.5, 0.5, 0.0])


def test_expand_query_keeps_signature_terms_sharing_sentences_with_the_query() -> None:
    T = sp.csr_matrix(np.array([[1, 1, 0, 0], [1, 1, 1, 0], [0, 0, 1, 1]]))
    signature = np.array([True, True, True, True])
    query = np.array([True, False, False, False])
    assert expand_query(T, signature, query).tolist() == [False, True, True, False]
    assert expand_query(T, signature, query, min_shared=2).tolist() == [False, True, False, False]
    assert not expand_query(T, signature, np.zeros(4, dtype=bool)).any()


# ------------------------------------------------------------ the background model


@needs_wordfreq
def test_background_probabilities_follow_ordinary_usage() -> None:
    from summarize.background import background_probabilities, stem_frequencies

    table, floor, total = stem_frequencies("english")
    assert sum(table.values()) == pytest.approx(1.0)
    assert floor == min(table.values()) > 0
    assert 0 < total < 1  # stopwords are left out
    assert "the" not in table and "said" not in table
    p = background_probabilities(["year", "reservoir", "evapor", "zzqxj", "1999"], "english")
    assert p[0] > p[1] > p[2] > p[3] == floor
    assert p[4] > floor  # a number is looked up as one, not taken for an unseen word


@needs_wordfreq
def test_background_in_french_and_portuguese() -> None:
    from summarize.background import available, background_probabilities

    assert {"en", "fr", "pt", "de", "no"} <= set(available())
    fr = background_probabilities(["gouvern", "réservoir"], "french")
    pt = background_probabilities(["govern", "reservatóri"], "pt")
    no = background_probabilities(["regjering", "magasin"], "norwegian")  # wordfreq's "nb"
    assert fr[0] > fr[1] and pt[0] > pt[1] and no[0] > no[1]


@needs_wordfreq
def test_background_refuses_a_language_it_has_no_list_for() -> None:
    from summarize.background import background_probabilities

    with pytest.raises(InvalidParameterError, match="'language' parameter"):
        background_probabilities(["x"], "thai")


def test_missing_wordfreq_raises_the_library_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarize import background

    monkeypatch.setitem(sys.modules, "wordfreq", None)  # import wordfreq now fails
    background.stem_frequencies.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match=r"summarize\[background\]"):
            background.background_probabilities(["x"], "english")
        with pytest.raises(ImportError):  # also an ImportError
            summarize.summarize(ARTICLES, scorer="signature", max_words=30)
    finally:
        background.stem_frequencies.cache_clear()


@pytest.mark.parametrize(("language", "tokenizer"), [("chinese", "jieba"), ("japanese", "MeCab")])
def test_numbers_in_a_language_whose_tokenizer_is_missing(
    monkeypatch: pytest.MonkeyPatch, language: str, tokenizer: str
) -> None:
    # Before: wordfreq reads a number of Chinese, Japanese or Korean with jieba or MeCab,
    # which it does not install, and the signature scorer failed with ModuleNotFoundError.
    from summarize import background

    monkeypatch.setitem(sys.modules, tokenizer, None)  # import jieba / MeCab now fails
    monkeypatch.setattr(background, "_UNREADABLE", set())
    table, floor, _ = background.stem_frequencies(language)
    probabilities = background.background_probabilities(["12", "3月5日"], language)
    assert probabilities.tolist() == [floor, floor]
    articles = [
        "北京时间3月5日，四川发生6.1级地震，造成12人死亡。救援人员正在搜救被困群众。",
        "四川地震造成12人死亡，100多人受伤。当地政府已启动应急响应。",
    ]
    summary = summarize.summarize(articles, language=language, scorer="signature", max_sentences=1)
    (sentence,) = summary.sentences
    assert articles[sentence.document_index][sentence.start : sentence.end] == sentence.text


# ---------------------------------------------------------------------- the scorer


def test_signature_scorer_settings() -> None:
    scorer = Signature(threshold=20)
    assert scorer.threshold == 20.0
    assert pickle.loads(pickle.dumps(scorer)) == scorer
    assert summarize.scorers.get("signature") == Signature()
    for bad in (-1.0, 1e4, float("nan"), "10"):
        with pytest.raises(InvalidParameterError, match="'threshold' parameter of Signature"):
            Signature(threshold=bad)  # type: ignore[arg-type]


@needs_wordfreq
def test_signature_scorer_summarises_with_and_without_a_question() -> None:
    plain = summarize.summarize(ARTICLES, scorer=Signature(), max_words=40)
    asked = summarize.summarize(
        ARTICLES, scorer=Signature(), max_words=40, query="What about the fish?"
    )
    for summary in (plain, asked):
        assert summary.sentences
        assert sum(len(s.text.split()) for s in summary.sentences) <= 40
        for sentence in summary.sentences:
            document = summary.documents[sentence.document_index]
            assert document.text[sentence.start : sentence.end] == sentence.text
    assert any("fish" in s.text.lower() for s in asked.sentences)
    again = summarize.summarize(
        ARTICLES, scorer=Signature(), max_words=40, query="What about the fish?"
    )
    assert again.text == asked.text


@needs_wordfreq
def test_signature_scores_are_the_oracle_score() -> None:
    from summarize.background import background_probabilities
    from summarize.documents import coerce_documents
    from summarize.features import featurize
    from summarize.segmentation import segment

    candidates = segment(coerce_documents(ARTICLES), language="english").candidates()
    features = featurize(candidates, language="english", query="fish")
    values = Signature().score(candidates, features).values
    p = background_probabilities(features.term_names, "english")
    signature = signature_terms(features.terms, p)
    query = np.array([name == "fish" for name in features.term_names])
    assert values == pytest.approx(oracle_score(features.terms, signature, query))
    assert 0 <= values.min() and values.max() <= 1
    # "reservoir" and "solar" are this cluster's words, not ordinary text's.
    names = [n for n, s in zip(features.term_names, signature, strict=True) if s]
    assert {"reservoir", "solar"} <= set(names)


@needs_wordfreq
def test_signature_scorer_in_french() -> None:
    articles = [
        "Le conseil municipal a approuvé un parc solaire flottant sur le réservoir. "
        "Les panneaux fourniront de l'électricité au service des eaux.",
        "Le parc solaire flottant couvrira une partie du réservoir. "
        "Des pêcheurs craignent pour les poissons du réservoir.",
    ]
    summary = summarize.summarize(articles, scorer="signature", language="french", max_sentences=1)
    (sentence,) = summary.sentences
    assert "réservoir" in sentence.text


@needs_wordfreq
def test_signature_reads_each_language_against_its_own_background() -> None:
    # Before: every term was looked up in the first language's list, so in a cluster
    # opening in English the French terms (ordinary words included: "pour", "partie")
    # were all rare, all signature terms.
    from summarize.background import background_probabilities
    from summarize.documents import Document
    from summarize.features import featurize
    from summarize.scorers.signature import signature_terms
    from summarize.segmentation import segment

    english = "The council approved a floating solar farm on the reservoir on Monday."
    french = [
        "Le conseil municipal a approuvé un parc solaire flottant sur le réservoir. "
        "Les panneaux fourniront de l'électricité au service des eaux.",
        "Le parc solaire flottant couvrira une partie du réservoir. "
        "Des pêcheurs craignent pour les poissons du réservoir.",
    ]
    names = ("english", "french", "french")
    documents = tuple(Document(str(k), t) for k, t in enumerate([english, *french]))
    candidates = segment(documents, language=names).candidates()
    features = featurize(candidates, language=names)
    assert [name for name, _ in features.language_columns] == ["english", "french"]
    assert sum(width for _, width in features.language_columns) == len(features.term_names)
    english_width = features.language_columns[0][1]
    french_terms = features.term_names[english_width:]
    expected = background_probabilities(french_terms, "french")
    as_english = background_probabilities(french_terms, "english")
    # Read as English, most French words would be unknown: the floor.
    assert (as_english == as_english.min()).sum() > (expected == expected.min()).sum()
    scorer = summarize.scorers.Signature()
    values = scorer.score(candidates, features).values
    probabilities = np.concatenate(
        [background_probabilities(features.term_names[:english_width], "english"), expected]
    )
    signature = signature_terms(features.terms, probabilities, threshold=scorer.threshold)
    query = np.zeros(len(signature), dtype=bool)
    assert values == pytest.approx(oracle_score(features.terms, signature, query))
    # A featurize of one language has no runs.
    assert featurize(candidates, language="english").language_columns == ()
