"""End to end on the five seed articles: five outlets' reports of one summit."""

from __future__ import annotations

import summarize
from summarize.features import tfidf_matrix

FURNITURE_WORDS = (
    "Back To Top",
    "icon-",
    "Share",
    "Post",
    "Reply",
    "Read next",
    "Reuters",
    "Related",
    "email",
)


def test_seed_summary(seed_articles: list[dict[str, str]]) -> None:
    summary = summarize.summarize(seed_articles, max_words=100)
    assert summary.sentences
    assert sum(len(s.text.split()) for s in summary.sentences) <= 100
    for s in summary.sentences:
        # Provenance is exact.
        assert seed_articles[s.document_index]["text"][s.start : s.end] == s.text
        assert s.document_id == seed_articles[s.document_index]["id"]
        # No page furniture, no headline.
        assert not any(word in s.text for word in FURNITURE_WORDS), s.text
        assert s.text.rstrip("”\"'’)").endswith((".", "!", "?"))
    titles = [d.title for d in summary.documents]
    assert titles[0].startswith("Chinese President Xi Jinping and Russian President")
    assert all(s.text not in titles for s in summary.sentences)
    # No two sentences report the same fact.
    X = tfidf_matrix([s.text for s in summary.sentences])
    similarity = (X @ X.T).toarray()
    for i in range(len(summary)):
        for j in range(i + 1, len(summary)):
            assert similarity[i, j] < 0.5
    # Facts several outlets report say so.
    assert any(s.supporting for s in summary.sentences)
    for s in summary.sentences:
        assert s.document_id not in s.supporting
    # Deterministic.
    assert summarize.summarize(seed_articles, max_words=100) == summary
