"""Concept weights learned from data: summarize.scorers.learned and Coverage(concept_model=...)."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
from summarize.exceptions import InvalidParameterError
from summarize.scorers import Coverage
from summarize.scorers.learned import (
    FEATURES,
    ConceptModel,
    concept_features,
    default_model,
    learned_concept_weights,
)

ARTICLES = [
    "The dam on the river broke on Monday. Floods reached the town. "
    "Officials said rescue teams were at work. A local bakery stayed open.",
    "The dam on the river broke after heavy rain. Hundreds left their homes. "
    "The mayor asked for help. Schools closed for the week.",
    "Floods followed when the dam on the river broke. Roads were cut. "
    "Farmers counted their losses. A concert was moved to June.",
]


def column(name: str) -> int:
    return FEATURES.index(name)


def test_features_by_hand() -> None:
    # Article 0: candidates 0, 1, 2; article 1: candidates 3, 4.
    # Concept 0 (pair) in candidates 0 and 2 of article 0 and in candidate 4.
    # Concept 1 (pair) only in candidate 2. Concept 2 (word) in candidate 3.
    C = sp.csr_matrix(
        np.array([[1, 0, 0], [0, 0, 0], [2, 1, 0], [0, 0, 1], [1, 0, 0]], dtype=float)
    )
    X = concept_features(C, np.array([0, 0, 0, 1, 1]), n_pairs=2)
    assert X.shape == (3, len(FEATURES))
    assert X[:, column("article_share")].tolist() == [1.0, 0.5, 0.5]
    assert X[:, column("log_articles")] == pytest.approx(np.log1p([2, 1, 1]))
    assert X[:, column("log_sentences")] == pytest.approx(np.log1p([3, 1, 1]))
    assert X[:, column("sentence_share")] == pytest.approx([0.6, 0.2, 0.2])
    # First positions: concept 0 at 0 (article 0) and 1 (article 1); concept 1 at 2;
    # concept 2 at 0.
    assert X[:, column("lead1")].tolist() == [0.5, 0.0, 0.5]
    assert X[:, column("lead2")].tolist() == [1.0, 0.0, 0.5]
    assert X[:, column("lead3")].tolist() == [1.0, 0.5, 0.5]
    assert X[:, column("lead_credit")] == pytest.approx(
        [(1 + np.exp(-0.5)) / 2, np.exp(-1.0) / 2, 0.5]
    )
    assert X[:, column("first_min")] == pytest.approx([0.0, np.log(3), 0.0])
    assert X[:, column("first_mean")] == pytest.approx([np.log(2) / 2, np.log(3), 0.0])
    assert X[:, column("relative_min")] == pytest.approx([0.0, 2 / 3, 0.0])
    assert X[:, column("relative_mean")] == pytest.approx([0.25, 2 / 3, 0.0])
    assert X[:, column("unigram")].tolist() == [0.0, 0.0, 1.0]
    assert X[:, column("unigram_share")].tolist() == [0.0, 0.0, 0.5]
    assert X[:, column("log_cluster")] == pytest.approx([np.log(2)] * 3)


def test_features_of_an_unseen_concept_are_zero_but_its_kind() -> None:
    C = sp.csr_matrix((2, 3))
    X = concept_features(C, np.array([0, 1]), n_pairs=1)
    assert X[:, column("article_share")].tolist() == [0.0, 0.0, 0.0]
    assert X[:, column("unigram")].tolist() == [0.0, 1.0, 1.0]


def test_default_model_loads_and_is_what_it_says() -> None:
    model = default_model()
    assert set(model.features) <= set(FEATURES)
    assert "DUC 2002" in model.trained_on and "DUC 2003" in model.trained_on
    assert len(model.coefficients) == len(model.features)
    assert default_model() is model  # read once


def test_many_articles_at_the_lead_outweigh_one_article_tail() -> None:
    # Five articles of six candidates. Concept 0 opens every article; concept 1 is
    # in the last candidate of one article only. Both are pairs.
    n_articles, size = 5, 6
    document_index = np.repeat(np.arange(n_articles), size)
    dense = np.zeros((n_articles * size, 2))
    dense[np.arange(n_articles) * size, 0] = 1
    dense[size - 1, 1] = 1
    weights = learned_concept_weights(
        sp.csr_matrix(dense), document_index, default_model(), n_pairs=2
    )
    assert weights[0] > 2 * weights[1] > 0
    # A power above 1 widens the gap.
    cubed = learned_concept_weights(
        sp.csr_matrix(dense), document_index, default_model(), n_pairs=2, power=3.0
    )
    assert cubed[0] / cubed[1] == pytest.approx((weights[0] / weights[1]) ** 3)


def test_weights_are_deterministic_and_zero_for_absent_concepts() -> None:
    rng = np.random.default_rng(0)
    dense = (rng.random((40, 30)) < 0.1).astype(float)
    dense[:, 7] = 0
    document_index = np.repeat(np.arange(4), 10)
    first = learned_concept_weights(
        sp.csr_matrix(dense), document_index, default_model(), n_pairs=20
    )
    again = learned_concept_weights(
        sp.csr_matrix(dense), document_index, default_model(), n_pairs=20
    )
    assert np.array_equal(first, again)
    assert first[7] == 0.0
    assert ((first >= 0) & (first <= 1)).all()


def test_model_round_trips_through_json() -> None:
    model = default_model()
    again = ConceptModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again == model
    X = np.random.default_rng(1).random((5, len(model.features)))
    assert np.array_equal(again.predict(X), model.predict(X))


def test_logistic_by_hand() -> None:
    model = ConceptModel(("article_share", "lead1"), (0.5, 0.0), (0.5, 1.0), (1.0, 2.0), -1.0)
    # z = ((1 - 0.5) / 0.5, 1) -> logit = 1 + 2 - 1 = 2.
    assert model.predict(np.array([[1.0, 1.0]]))[0] == pytest.approx(1 / (1 + np.exp(-2.0)))


def test_coverage_with_the_learned_model_summarises_with_provenance() -> None:
    scorer = Coverage(concept_model="learned")
    summary = summarize.summarize(ARTICLES, scorer=scorer, max_words=20)
    assert summary.sentences
    assert "dam on the river broke" in summary.sentences[0].text
    documents = {d.id: d for d in summary.documents}
    for sentence in summary.sentences:
        document = documents[sentence.document_id]
        assert document.text[sentence.start : sentence.end] == sentence.text
    again = summarize.summarize(ARTICLES, scorer=scorer, max_words=20)
    assert again.text == summary.text


def test_learned_weights_reach_the_scores() -> None:
    from summarize.documents import coerce_documents
    from summarize.features import featurize
    from summarize.segmentation import segment

    candidates = segment(coerce_documents(ARTICLES), language="english").candidates()
    features = featurize(candidates, language="english")
    counted = Coverage().score(candidates, features)
    learned = Coverage(concept_model="learned", concept_power=1.0).score(candidates, features)
    assert learned.weights is not None and counted.weights is not None
    n_pairs = features.pairs.shape[1]
    assert not np.allclose(learned.weights[:n_pairs], counted.weights[:n_pairs])
    assert learned.weights[n_pairs:].sum() == 0.0  # unigram_weight=0 by default
    with_words = Coverage(concept_model="learned", unigram_weight=0.5).score(candidates, features)
    assert with_words.weights is not None and with_words.weights[n_pairs:].sum() > 0


def test_summary_settings_stay_json() -> None:
    for model in ("learned", default_model()):
        summary = summarize.summarize(ARTICLES, scorer=Coverage(concept_model=model), max_words=20)
        data = json.loads(json.dumps(summary.to_dict()))
        setting = data["settings"]["scorer"]["concept_model"]
        assert setting == ("learned" if model == "learned" else default_model().to_dict())


def test_scorer_and_summarizer_pickle() -> None:
    for scorer in (Coverage(concept_model="learned"), Coverage(concept_model=default_model())):
        again = pickle.loads(pickle.dumps(scorer))
        assert again == scorer
        summarizer = summarize.Summarizer(scorer=scorer, max_words=20)
        clone = pickle.loads(pickle.dumps(summarizer))
        assert clone.summarize(ARTICLES).text == summarizer.summarize(ARTICLES).text


@pytest.mark.parametrize("value", ["trained", "", 1, ["learned"], True])
def test_bad_concept_model_raises(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="'concept_model' parameter of Coverage"):
        Coverage(concept_model=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "name"),
    [
        ({"features": ("size",)}, "features"),
        ({"features": ()}, "features"),
        ({"mean": (0.0, 1.0)}, "mean"),
        ({"scale": (0.0,)}, "scale"),
        ({"coefficients": (float("nan"),)}, "coefficients"),
        ({"coefficients": ("a",)}, "coefficients"),
        ({"intercept": float("inf")}, "intercept"),
        ({"intercept": "b"}, "intercept"),
    ],
)
def test_bad_model_raises(changes: dict[str, object], name: str) -> None:
    settings: dict[str, object] = {
        "features": ("unigram",),
        "mean": (0.0,),
        "scale": (1.0,),
        "coefficients": (1.0,),
        "intercept": 0.0,
        **changes,
    }
    with pytest.raises(InvalidParameterError, match=f"'{name}' parameter of ConceptModel"):
        ConceptModel(**settings)  # type: ignore[arg-type]


def test_bad_model_data_raises() -> None:
    with pytest.raises(InvalidParameterError):
        ConceptModel.from_dict({"features": ["unigram"]})
    with pytest.raises(InvalidParameterError):
        ConceptModel.from_dict([1, 2])


def test_bad_pair_count_raises() -> None:
    with pytest.raises(InvalidParameterError, match="'n_pairs'"):
        learned_concept_weights(
            sp.csr_matrix((2, 3)), np.array([0, 1]), default_model(), n_pairs=4
        )
