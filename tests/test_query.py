"""Query-focused summaries: summarize(articles, query=...) and --query."""

from __future__ import annotations

import json

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
from summarize.cli import main
from summarize.documents import Document
from summarize.exceptions import InvalidParameterError
from summarize.features import Features, featurize
from summarize.scorers import Coverage
from summarize.scorers.coverage import concept_relevance, query_relevance
from summarize.scorers.focus import article_share, most_relevant, query_term_weights
from summarize.segmentation import Candidates, segment

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


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("query_weight", -1.0),
        ("query_concept_weight", -1.0),
        ("query_share", 0.0),
        ("query_share", 1.5),
        ("query_position_weight", -1.0),
        ("query_terms", "tf"),
        ("query_article_power", -1.0),
        ("query_article_power", 11.0),
    ],
)
def test_bad_query_settings_raise(name: str, value: object) -> None:
    with pytest.raises(InvalidParameterError, match=name):
        Coverage(**{name: value})


# The storm articles, one of them with a sentence that uses an instruction word of
# the question ("describe") and nothing else of it.
WITNESSED = [
    ARTICLES[0] + " Witnesses could not describe the noise of the wind.",
    *ARTICLES[1:],
]


def _features(articles: list[str], query: str) -> tuple[Candidates, Features]:
    documents = tuple(Document(str(i), text) for i, text in enumerate(articles))
    candidates = segment(documents, language="english").candidates()
    return candidates, featurize(candidates, language="english", query=query)


def test_the_share_of_articles_weighs_the_query_terms() -> None:
    terms = sp.csr_matrix(np.array([[1, 2, 0, 0], [1, 0, 0, 0], [3, 0, 0, 1]]))
    documents = np.array([0, 0, 1])
    # Term 0 in both articles, 1 and 3 in one each, 2 in none.
    assert article_share(terms, documents).tolist() == [1.0, 0.5, 0.0, 0.5]
    query = sp.csr_matrix(np.array([[2, 1, 5, 0]]))
    assert query_term_weights(query, terms, documents).toarray().tolist() == [[2, 0.5, 0, 0]]


def test_instruction_words_do_not_decide_relevance() -> None:
    candidates, features = _features(WITNESSED, "Describe the school closures.")
    texts = candidates.texts
    # TF-IDF makes "describ", the word of a single sentence, the query's heaviest term ...
    by_idf = query_relevance(features.X, features.query)
    assert texts[int(np.argmax(by_idf))].startswith("Witnesses")
    # ... weighed by the share of articles that use them, the schools are what it is about.
    vector = query_term_weights(features.query_terms, features.terms, candidates.document_index)
    by_articles = query_relevance(features.X, vector)
    assert texts[int(np.argmax(by_articles))].startswith("Schools")
    assert by_articles[texts.index("Witnesses could not describe the noise of the wind.")] < 0.5


def test_most_relevant_keeps_a_share_of_the_related_sentences() -> None:
    relevance = np.array([0.2, 0.9, 0.0, 0.9, 0.4])
    assert most_relevant(relevance, 0.4).tolist() == [False, True, False, True, False]
    assert most_relevant(relevance, 1.0).tolist() == [True, True, False, True, True]
    assert most_relevant(np.zeros(3), 0.5).tolist() == [False, False, False]


def test_only_the_relevant_share_competes() -> None:
    query = "What did witnesses say about the wind?"
    # Coverage alone prefers what every article reports (the harbour, the schools).
    plain = summarize.summarize(
        WITNESSED,
        scorer=Coverage(query_share=1.0, query_article_power=0.0),
        query=query,
        max_sentences=1,
    )
    assert "Witnesses" not in plain.text
    focused = summarize.summarize(WITNESSED, query=query, max_sentences=1)
    assert focused.text == "Witnesses could not describe the noise of the wind."
    # With room for more, the rest comes after it, still without repeating a fact.
    longer = summarize.summarize(WITNESSED, query=query, max_words=30)
    texts = [s.text for s in longer.sentences]
    assert texts[0] == focused.text and len(texts) > 1
    assert sum("harbour" in t.lower() for t in texts) <= 1
    assert sum("schools" in t.lower() for t in texts) <= 1


def test_rank_with_a_query_puts_the_relevant_share_first() -> None:
    # The filter's penalty had made the scores' mean negative, and every score 1.0,
    # so rank() listed the candidates in their order of position.
    articles = [
        "Rain fell all night. The river rose.",
        "The river rose fast after the rain.",
        "Schools closed early on Monday.",
    ]
    ranked = summarize.Summarizer().rank(articles, query="Why did schools close?")
    assert ranked[0].text == "Schools closed early on Monday." and ranked[0].score == 1.0
    assert all(s.score < 0 for s in ranked[1:])  # left out by the filter, after it
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True)
    summary = summarize.summarize(articles, query="Why did schools close?", max_sentences=1)
    assert [(s.text, s.score) for s in summary.sentences] == [
        ("Schools closed early on Monday.", 1.0)
    ]
    # Without a query nothing is below 0 and the scores average 1.
    plain = summarize.Summarizer().rank(articles)
    assert min(s.score for s in plain) >= 0
    assert sum(s.score for s in plain) == pytest.approx(len(plain))


def test_a_query_sharing_nothing_with_the_articles_filters_nothing() -> None:
    unrelated = "Volcanic ash over Iceland"
    with pytest.warns(summarize.SummarizeWarning, match="No word of the query is in the art"):
        kept = summarize.summarize(ARTICLES, query=unrelated, max_words=30)
    with pytest.warns(summarize.SummarizeWarning, match="it does not steer the summary"):
        everything = summarize.summarize(
            ARTICLES, scorer=Coverage(query_share=1.0), query=unrelated, max_words=30
        )
    assert kept.text == everything.text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("the of and to was", "The query has no word that counts (only stopwords or punct"),
        ("?!", "The query has no word that counts"),
        ("Wie schwer war der Sturm?", "No word of the query is in the articles (is it in their"),
    ],
)
def test_a_query_that_cannot_steer_says_so(query: str, message: str) -> None:
    # Before: the summary came back unsteered, with no word that the query was ignored.
    with pytest.warns(summarize.SummarizeWarning, match=message.replace("(", r"\(")):
        summary = summarize.summarize(ARTICLES, query=query, max_sentences=1)
    assert len(summary) == 1 and summary.settings["query"] == query


def test_a_query_that_steers_gives_no_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        summarize.summarize(ARTICLES, query="Hafen harbour", max_sentences=1)


def test_the_lead_prior_with_a_query() -> None:
    scorer = Coverage(position_weight=1.0, query_position_weight=None)
    candidates, features = _features(ARTICLES, "storm")
    with_lead = scorer.score(candidates, features).bonus
    without = Coverage(position_weight=1.0).score(candidates, features).bonus
    assert with_lead is not None and without is not None
    first = candidates.sentence_index == 0
    # The first sentence of each article gains the full lead weight only with None.
    assert np.all(with_lead[first] - without[first] == pytest.approx(1.0))


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


def test_cli_query_methods_are_those_a_query_steers() -> None:
    # The command refuses --query with a method that ignores it; this keeps its list true.
    from summarize.cli import QUERY_METHODS
    from summarize.scorers import available, query_scorers

    assert set(QUERY_METHODS) == set(query_scorers()) == {"coverage", "signature"}
    for name in available():
        plain = summarize.summarize(ARTICLES, max_sentences=1, scorer=name).text
        if name in QUERY_METHODS:
            asked = summarize.summarize(ARTICLES, max_sentences=1, scorer=name, query="harbour")
            assert asked.text != plain, name
        else:
            # Before: the query was silently ignored, the summary the plain one.
            with pytest.raises(InvalidParameterError, match=f"The scorer '{name}' does not read"):
                summarize.summarize(ARTICLES, max_sentences=1, scorer=name, query="harbour")
            with pytest.raises(InvalidParameterError, match="Use one that does: coverage, sig"):
                summarize.Summarizer(scorer=name).rank(ARTICLES, query="harbour")


def test_a_scorer_of_ones_own_is_given_the_query_unless_it_refuses() -> None:
    from dataclasses import dataclass
    from typing import ClassVar

    from summarize.scorers import Scores

    seen = []

    @dataclass(frozen=True)
    class Listens:
        name: ClassVar[str] = "listens"

        def score(self, candidates: Candidates, features: Features) -> Scores:
            seen.append(features.query is not None)
            return Scores(np.ones(len(candidates)))

    @dataclass(frozen=True)
    class Deaf(Listens):
        reads_query: ClassVar[bool] = False

    summarize.summarize(ARTICLES, scorer=Listens(), query="harbour", max_sentences=1)
    assert seen == [True]
    with pytest.raises(InvalidParameterError, match="'listens' does not read a query"):
        summarize.summarize(ARTICLES, scorer=Deaf(), query="harbour", max_sentences=1)


@pytest.mark.parametrize(
    "scorer", [Coverage(query_terms="idf"), "signature", Coverage(query_share=1.0)]
)
def test_every_query_scorer_says_when_the_query_cannot_steer(scorer: object) -> None:
    # Before: only Coverage's default term weighting warned; Signature and query_terms="idf"
    # gave the unsteered summary without a word.
    with pytest.warns(summarize.SummarizeWarning, match="No word of the query is in the art"):
        summarize.summarize(ARTICLES, scorer=scorer, query="Volcanic ash", max_sentences=1)
    with pytest.warns(summarize.SummarizeWarning, match="The query has no word that counts"):
        summarize.summarize(ARTICLES, scorer=scorer, query="the of and", max_sentences=1)


# Invented: the same storm reported in English and in German.
MIXED = [
    "The storm damaged the harbour wall on Monday. Schools closed across the county.",
    "Der Sturm beschädigte am Montag die Hafenmauer. Die Schulen im Landkreis blieben "
    "geschlossen. Die Feuerwehr rückte zu hundert Einsätzen aus.",
    "Schools closed across the county as the storm hit. Ferries stopped running.",
]


def test_a_query_steers_the_articles_of_every_language() -> None:
    # Before: with language="auto" the query was read in the first article's language
    # only, so a German question found none of the German article's words.
    asked = summarize.summarize(
        MIXED, language="auto", query="Feuerwehr Einsätze", max_sentences=1
    )
    assert asked.text == "Die Feuerwehr rückte zu hundert Einsätzen aus."
    candidates = segment(
        tuple(Document(str(k), t) for k, t in enumerate(MIXED)),
        language=("english", "german", "english"),
    ).candidates()
    features = featurize(
        candidates, language=("english", "german", "english"), query="Feuerwehr ferries"
    )
    assert features.query_terms is not None and features.query is not None
    asked_terms = {features.term_names[j] for j in features.query_terms.indices}
    assert {"feuerwehr", "ferri"} <= asked_terms


def test_cli_refuses_options_that_would_do_nothing(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: --query with --method lexrank gave the unsteered summary, and --include-text
    # with a format other than json was ignored, both without a word.
    path = tmp_path / "a.txt"
    path.write_text(ARTICLES[0], encoding="utf-8")
    assert main([str(path), "--query", "harbour", "--method", "lexrank"]) == 2
    err = capsys.readouterr().err
    assert "--query steers only the methods coverage, signature; --method lexrank ignores" in err
    assert main([str(path), "--include-text"]) == 2
    assert "--include-text applies only to --format json" in capsys.readouterr().err
    assert main([str(path), "--query", "  "]) == 2
    assert "error: argument --query: must be a question or some words, not empty" in (
        capsys.readouterr().err
    )
    assert main([str(path), "--include-text"]) == 2
    assert "--include-text applies only to --format json" in capsys.readouterr().err
    assert main([str(path), "--query", "harbour", "--method", "signature", "-q"]) == 0
    capsys.readouterr()
    topics = tmp_path / "topics.jsonl"
    lines = [{"id": "asked", "documents": ARTICLES, "query": "harbour"}, {"documents": ARTICLES}]
    topics.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert main(["--jsonl", str(topics), "--method", "lexrank", "-q", "--sentences", "1"]) == 1
    out, err = capsys.readouterr()
    assert "== line-2 ==" in out and "asked" not in out
    assert "topic 'asked': line 1 has a 'query', which --method lexrank ignores" in err


# Two articles on the harbour, two on the schools: "rescue boats" and "school buses"
# are each in two articles, only the first in the articles that answer the question.
HARBOUR_AND_SCHOOLS = [
    "Rescue boats searched the harbour after the storm. The harbour wall collapsed.",
    "Rescue boats searched the harbour on Monday. The harbour wall cracked in two places.",
    "School buses stopped running in the county. Parents kept their children at home.",
    "School buses stopped running after the storm. Teachers stayed at home too.",
]


def test_the_articles_that_answer_the_question_count_more() -> None:
    candidates, features = _features(HARBOUR_AND_SCHOOLS, "harbour wall damage")
    articles = np.asarray(candidates.document_index)

    def weights_by_articles(power: float) -> dict[frozenset[int], float]:
        scores = Coverage(query_article_power=power, query_concept_weight=0.0).score(
            candidates, features
        )
        present = sp.csc_matrix(scores.concepts)
        found = {}
        for column in range(present.shape[1]):
            rows = present.indices[present.indptr[column] : present.indptr[column + 1]]
            found.setdefault(frozenset(articles[rows].tolist()), scores.weights[column])
        return found

    plain, steered = weights_by_articles(0.0), weights_by_articles(3.0)
    harbour, schools = frozenset({0, 1}), frozenset({2, 3})
    assert plain[harbour] == plain[schools] > 0  # each in two articles
    assert steered[harbour] > plain[harbour] > steered[schools]
    # The articles count for as much in all as before: a concept of every article keeps
    # its weight when they are all as relevant.
    assert Coverage(query_article_power=0.0).score(candidates, features).values.shape == (
        len(candidates),
    )


def test_article_relevance_is_the_mean_of_its_candidates() -> None:
    from summarize.scorers.coverage import article_relevance

    relevance = np.array([1.0, 0.5, 0.0, 0.0, 0.25])
    assert article_relevance(relevance, np.array([0, 0, 1, 1, 3])).tolist() == [
        0.75,
        0.0,
        0.0,
        0.25,
    ]


def test_without_a_query_the_article_power_changes_nothing() -> None:
    plain = summarize.summarize(HARBOUR_AND_SCHOOLS, max_words=30)
    other = summarize.summarize(
        HARBOUR_AND_SCHOOLS, scorer=Coverage(query_article_power=0.0), max_words=30
    )
    assert plain.text == other.text
