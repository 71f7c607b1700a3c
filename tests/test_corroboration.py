"""Corroboration: the other articles that report a summary sentence's fact, with spans."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import summarize
from summarize.corroboration import corroborate
from summarize.documents import Document
from summarize.features import featurize
from summarize.segmentation import segment


def _run(texts: list[str], query: int) -> tuple[Any, ...]:
    docs = tuple(Document(str(i), t) for i, t in enumerate(texts))
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    return docs, corroborate(candidates, features, [query], [d.id for d in docs])[0]


def test_a_paraphrase_in_another_article_is_found_with_its_span() -> None:
    docs, support = _run(
        [
            "Chinese leader Xi Jinping welcomed Russian President Vladimir Putin to Beijing on "
            "Thursday.",
            "The weather was mild. Russian President Vladimir Putin's visit to Beijing for talks "
            "with Chinese counterpart Xi Jinping began on Thursday. Markets were calm.",
            "Local elections are due in June.",
        ],
        0,
    )
    assert [s.document_id for s in support] == ["1"]
    (found,) = support
    assert docs[1].text[found.start : found.end] == found.text
    assert found.text.startswith("Russian President") and found.sentence_index == 1
    assert 0.3 <= found.similarity <= 1


def test_the_sentences_own_article_is_never_a_support() -> None:
    docs, support = _run(["The dam burst at dawn. The dam burst at dawn, officials said."], 0)
    assert support == ()


def test_one_support_per_article_the_best_match() -> None:
    _, support = _run(
        [
            "The council approved the city budget on Monday.",
            "The council met. On Monday the city council approved its budget. The budget is big.",
        ],
        0,
    )
    assert (
        len(support) == 1 and support[0].text == "On Monday the city council approved its budget."
    )


def test_no_summary_sentence_no_support() -> None:
    docs = (Document("a", "Rain fell."),)
    candidates = segment(docs, language="english").candidates()
    assert corroborate(candidates, featurize(candidates, language="english"), [], ["a"]) == []


def test_summary_supporting_ids_are_the_supports() -> None:
    summary = summarize.summarize(summarize.sample_articles(), max_words=120)
    assert any(s.support for s in summary.sentences)
    for s in summary.sentences:
        assert s.supporting == tuple(x.document_id for x in s.support)
        assert s.document_index not in [x.document_index for x in s.support]
        for x in s.support:
            assert summary.documents[x.document_index].text[x.start : x.end] == x.text
        assert s.to_dict()["support"] == [x.to_dict() for x in s.support]


def test_reelection_fact_is_credited_to_the_outlets_that_share_its_words(
    seed_articles: list[dict[str, str]],
) -> None:
    # Four outlets report Putin's first trip abroad since his re-election; 001 says "his
    # fifth term", which shares no word with "re-election": that one is still missed. The
    # sentence also tells of the partnership amid Western sanctions, which is what 002's
    # best match reports; 003's match is its re-election sentence.
    docs = tuple(Document(a["id"], a["text"]) for a in seed_articles)
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    row = next(
        i
        for i, t in enumerate(candidates.texts)
        if t.startswith("This visit marks Putin’s first trip abroad")
    )
    (support,) = corroborate(candidates, features, [row], [d.id for d in docs])
    by_id = {s.document_id[:3]: s.text for s in support}
    assert {"002", "003"} <= set(by_id)
    assert "re-election" in by_id["003"]
    assert np.all(candidates.document_index[row] == 4)


def test_every_summary_sentence_of_the_seeds_is_credited(
    seed_articles: list[dict[str, str]],
) -> None:
    summary = summarize.summarize(seed_articles)
    first = summary.sentences[0]
    assert len(first.support) == 4  # "Putin in Beijing for talks with Xi": every outlet


@pytest.mark.parametrize("order", ["rank", "source"])
def test_support_is_the_same_whatever_the_order(order: str) -> None:
    ranked = summarize.summarize(summarize.sample_articles(), max_words=120)
    other = summarize.summarize(summarize.sample_articles(), max_words=120, order=order)
    assert {s.rank: s.support for s in ranked} == {s.rank: s.support for s in other}
