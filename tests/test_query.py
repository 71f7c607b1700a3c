"""Query-focused summaries: summarize(articles, query=...) and --query."""

from __future__ import annotations

import json

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
from summarize.cli import main
from summarize.exceptions import InvalidParameterError
from summarize.scorers import Coverage
from summarize.scorers.coverage import concept_relevance, query_relevance

# Invented articles on one storm with two equally reported sides: the damage
# to the harbour and the school closures.
ARTICLES = [
    "The storm damaged the harbour wall on Monday. Schools closed across the county on Monday.",
    "Schools closed across the county as the storm hit. The storm damaged the harbour wall.",
    "The harbour wall was damaged by the storm. Schools closed across the county for a day.",
]


def test_relevance_is_the_cosine_to_the_query_over_the_largest() -> None:
    X = sp.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
    query = sp.csr_matrix(np.array([[0.0, 1.0]]))
    assert query_relevance(X, query).tolist() == pytest.approx([0.0, 0.8, 1.0])
    assert query_relevance(X, sp.csr_matrix((1, 2))).tolist() == [0.0, 0.0, 0.0]
    concepts = sp.csr_matrix(np.array([[1, 1], [0, 1], [0, 1]]))
    # Concept 0 is only in the unrelated sentence; concept 1 in all three.
    assert concept_relevance(concepts, np.array([0.0, 0.8, 1.0])).tolist() == [0.0, 1.0]


@pytest.mark.parametrize(
    "scorer", [Coverage(query_weight=0.5), Coverage(query_concept_weight=10.0), Coverage()]
)
def test_the_query_steers_the_summary(scorer: Coverage) -> None:
    for query, word in (("harbour wall damage", "harbour"), ("school closures", "Schools")):
        summary = summarize.summarize(ARTICLES, scorer=scorer, query=query, max_sentences=1)
        assert word in summary.text, (scorer, query, summary.text)


def test_without_a_query_the_settings_change_nothing() -> None:
    plain = summarize.summarize(ARTICLES, scorer=Coverage(query_weight=0.0), max_words=20)
    steered = summarize.summarize(ARTICLES, scorer=Coverage(query_weight=1.0), max_words=20)
    assert plain.text == steered.text


def test_the_query_keeps_non_redundancy() -> None:
    summary = summarize.summarize(ARTICLES, query="harbour wall", max_words=40)
    texts = [s.text for s in summary.sentences]
    assert sum("harbour" in t.lower() for t in texts) == 1


def test_the_summary_records_the_query() -> None:
    summary = summarize.summarize(ARTICLES, query="harbour", max_words=20)
    assert summary.settings["query"] == "harbour"


@pytest.mark.parametrize("name", ["query_weight", "query_concept_weight"])
def test_bad_query_settings_raise(name: str) -> None:
    with pytest.raises(InvalidParameterError, match=name):
        Coverage(**{name: -1.0})


def test_cli_query(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for number, text in enumerate(ARTICLES):
        path = tmp_path / f"a{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    for query, word in (("harbour wall damage", "harbour"), ("school closures", "Schools")):
        assert main([*paths, "--sentences", "1", "--query", query, "--quiet"]) == 0
        assert word in capsys.readouterr().out


def test_cli_jsonl_reads_each_topics_query(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    topics = tmp_path / "topics.jsonl"
    lines = [
        {"id": "harbour", "documents": ARTICLES, "query": "harbour wall damage"},
        {"id": "schools", "documents": ARTICLES, "query": "school closures"},
        {"id": "given", "documents": ARTICLES},
        {"id": "bad", "documents": ARTICLES, "query": 7},
    ]
    topics.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    for jobs in ("1", "2"):
        status = main(
            ["--jsonl", str(topics), "--sentences", "1", "-f", "json", "-q", "--jobs", jobs]
            + ["--query", "school closures"]
        )
        out, err = capsys.readouterr()
        assert status == 1
        results = {r["id"]: r["summary"] for r in map(json.loads, out.splitlines())}
        assert list(results) == ["harbour", "schools", "given"]
        assert results["harbour"]["settings"]["query"] == "harbour wall damage"
        assert "harbour" in results["harbour"]["sentences"][0]["text"]
        assert "Schools" in results["schools"]["sentences"][0]["text"]
        # A topic without a query of its own takes the one given with --query.
        assert results["given"]["settings"]["query"] == "school closures"
        assert "line 4 has a 'query' that is not a string" in err
