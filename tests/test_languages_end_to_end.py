"""Every language the library claims summarises a cluster end to end.

The articles are the hard segmentation cases of each language (written for the
project, tests/data/segmentation_cases.jsonl), dealt out to three "outlets":
the summary must keep exact provenance, hold its budget in the language's own
word units, and come back the same when the language is detected.
"""

from __future__ import annotations

import json
import warnings
from collections import defaultdict
from pathlib import Path

import pytest

import summarize
from summarize import languages

CASES = Path(__file__).parent / "data" / "segmentation_cases.jsonl"


def _clusters() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        texts[case["language"]].append(case["text"])
    clusters = {}
    for code, found in texts.items():
        outlets = ["", "", ""]
        for n, text in enumerate(found):
            outlets[n % 3] += text + "\n\n"
        clusters[code] = [o for o in outlets if o.strip()]
    return clusters


CLUSTERS = _clusters()


def test_every_claimed_language_has_a_cluster() -> None:
    codes = {languages.get(name).code for name in summarize.available_languages()}
    assert codes == set(CLUSTERS)


@pytest.mark.parametrize("code", sorted(CLUSTERS))
def test_a_cluster_is_summarised_with_provenance_and_a_budget(code: str) -> None:
    language = languages.get(code)
    articles = CLUSTERS[code]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", summarize.SummarizeWarning)
        summary = summarize.summarize(articles, language=code, max_words=25)
    assert summary.sentences, code
    assert summary.settings["language"] == language.name
    for s in summary.sentences:
        assert articles[s.document_index][s.start : s.end] == s.text
    assert sum(language.word_count(s.text) for s in summary.sentences) <= 25


def test_auto_reads_a_mixed_cluster_each_article_in_its_own_language() -> None:
    articles = [CLUSTERS["de"][0], CLUSTERS["en"][0], CLUSTERS["zh"][0]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", summarize.SummarizeWarning)
        summary = summarize.summarize(articles, language="auto", max_sentences=4)
    assert summary.settings["language"] == "auto"
    assert set(summary.settings["languages"]) == {"german", "english", "chinese"}
    for s in summary.sentences:
        assert articles[s.document_index][s.start : s.end] == s.text


def test_a_language_is_known_by_code_name_and_alias() -> None:
    for given in ("de", "deu", "german", "German", "Deutsch"):
        assert summarize.Summarizer(language=given).language == "german"
    with pytest.raises(summarize.InvalidParameterError, match="english"):
        summarize.Summarizer(language="klingon")
