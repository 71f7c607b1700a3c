"""Tests for benchmarks/signatures.py on invented clusters (no real data).

The experiments are only as good as two pieces of the script: the word pairs
it names must be the features stage's own columns, and its re-implementation
of the query focus must give the library's summaries when no signature
setting is on.
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
import scipy.sparse as sp

pytest.importorskip("rouge_score")
if importlib.util.find_spec("wordfreq") is None:
    pytest.skip("wordfreq (summarize[background]) is not installed", allow_module_level=True)

from _articles import SOLAR_ARTICLES as ARTICLES  # noqa: E402
from _benchmarks import load_benchmark  # noqa: E402

import summarize  # noqa: E402
from summarize.documents import coerce_documents  # noqa: E402
from summarize.features import count_terms, featurize  # noqa: E402
from summarize.segmentation import segment  # noqa: E402
from summarize.selectors import Budget, Greedy  # noqa: E402

signatures = load_benchmark("signatures")

QUERY = "What will the solar array do to the fish of the reservoir?"


@pytest.mark.parametrize("language", ["english", "french"])
def test_pair_terms_name_the_features_pair_columns(language: str) -> None:
    texts = [
        "The prime minister met the press.",
        "A prime minister in the rain, the 3.5% rise.",
        "Le premier ministre a rencontré la presse.",
    ]
    counts = count_terms([*texts, QUERY], language=language)
    pairs = signatures.pair_terms(texts, language, QUERY)
    assert len(pairs) == counts.pairs.shape[1]
    # Every pair's content words are terms of each sentence that holds the pair.
    P = sp.csr_matrix(counts.pairs)
    T = sp.csr_matrix(counts.terms)
    for row in range(P.shape[0]):
        held = set(T[row].indices.tolist())
        for column in P[row].indices:
            assert {t for t in pairs[column].tolist() if t >= 0} <= held
    names = counts.term_names
    if language == "english":
        prime = names.index("prime")
        minister = names.index("minist")
        assert [prime, minister] in pairs.tolist()


def test_the_reimplementation_gives_the_library_summaries() -> None:
    documents = coerce_documents(ARTICLES)
    candidates = segment(documents, language="english").candidates()
    for query in (None, QUERY):
        features = featurize(candidates, language="english", query=query)
        mine = signatures.SignatureCoverage().score(candidates, features)
        library = signatures.ROUND_COVERAGE.score(candidates, features)
        assert mine.values == pytest.approx(library.values)
        budget = Budget(max_words=40, max_sentences=None, max_chars=None)
        assert Greedy().select(candidates, features, mine, budget) == Greedy().select(
            candidates, features, library, budget
        )


def test_news_backgrounds_leave_the_cluster_out() -> None:
    clusters = []
    for texts in (ARTICLES[:2], ARTICLES[1:]):
        candidates = segment(coerce_documents(texts), language="english").candidates()
        features = featurize(candidates, language="english")
        clusters.append(signatures.tune.Prepared("x", candidates, features, None))
    backgrounds = signatures.news_backgrounds(clusters)
    first = clusters[0].features
    p = backgrounds[id(first)]
    assert p.shape == (len(first.term_names),)
    assert np.all(p > 0) and np.all(p < 1)
    # "construct" is only in the first cluster: its background count is 0 (add-one only).
    seen_elsewhere = p[first.term_names.index("reservoir")]
    assert p[first.term_names.index("construct")] < seen_elsewhere
    assert summarize.scorers.get("signature").name == "signature"
