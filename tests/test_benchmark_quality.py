"""Tests for benchmarks/quality.py on a tiny invented cluster (no real data)."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

pytest.importorskip("rouge_score")

from _benchmarks import load_benchmark  # noqa: E402

quality = load_benchmark("quality")

BUDGET = 30

# Invented articles: each sentence ends with a full stop and sits on its own
# line, so the split is unambiguous.
ARTICLES = [
    (
        "a1",
        "The river town of Ostrava opened a new footbridge on Monday.\n"
        "The bridge links the old market to the railway station.\n"
        "Engineers said the steel deck can carry four thousand people.\n",
    ),
    (
        "a2",
        "A new footbridge across the river opened in Ostrava this week.\n"
        "Shop owners near the old market hope for more visitors.\n",
    ),
    (
        "a3",
        "Crowds walked over the footbridge in Ostrava after the opening ceremony.\n"
        "The mayor cut a blue ribbon at noon.\n"
        "Local musicians played on the railway station side of the bridge.\n"
        "The project took three years to finish.\n",
    ),
]
REFERENCES = [
    "Ostrava opened a new steel footbridge over the river on Monday. It links the old "
    "market to the railway station and can carry four thousand people.",
    "A footbridge in Ostrava opened this week after three years of work; the mayor cut a "
    "ribbon and crowds crossed from the market to the station.",
]
CLUSTER = {
    "id": "invented-1",
    "documents": [{"id": i, "title": None, "text": t} for i, t in ARTICLES],
    "references": REFERENCES,
    "meta": {},
}
SENTENCES = [[line for line in text.splitlines() if line] for _, text in ARTICLES]


@pytest.fixture(scope="module")
def report() -> dict:
    return quality.run([CLUSTER], ["lead", "random", "summarize"], BUDGET)


def test_candidates_are_the_library_split() -> None:
    assert quality.candidate_sentences(CLUSTER) == SENTENCES


def test_lead_takes_first_sentences_in_turn() -> None:
    expected = [
        SENTENCES[0][0], SENTENCES[1][0], SENTENCES[2][0],
        SENTENCES[0][1], SENTENCES[1][1], SENTENCES[2][1],
        SENTENCES[0][2], SENTENCES[2][2],
        SENTENCES[2][3],
    ]  # fmt: skip
    assert quality.lead(CLUSTER, BUDGET) == expected
    # 11 + 11 words, so the third sentence is cut after its 8th word.
    assert quality.cut_to_budget(expected, BUDGET) == (
        "The river town of Ostrava opened a new footbridge on Monday. "
        "A new footbridge across the river opened in Ostrava this week. "
        "Crowds walked over the footbridge in Ostrava after"
    )


def test_random_is_a_seeded_permutation() -> None:
    first = quality.random_order(CLUSTER, BUDGET)
    assert first == quality.random_order(CLUSTER, BUDGET)
    assert sorted(first) == sorted(s for document in SENTENCES for s in document)


def test_cut_to_budget_skips_repeats_and_cuts_mid_sentence() -> None:
    ranked = ["one two three.", "one  two three.", "four five six seven."]
    assert quality.cut_to_budget(ranked, 5) == "one two three. four five"
    assert quality.cut_to_budget(ranked, 100) == "one two three. four five six seven."
    assert quality.cut_to_budget([], 10) == ""


def test_a_reference_scores_100_against_itself() -> None:
    scores = quality.rouge(quality.make_scorer(), REFERENCES[0], [REFERENCES[0]])
    assert scores == pytest.approx(dict.fromkeys(quality.METRICS, 100.0))


def test_every_system_is_scored_within_budget(report: dict) -> None:
    assert report["ranking"] and set(report["ranking"]) == {"lead", "random", "summarize"}
    for name, result in report["systems"].items():
        assert result["errors"] == {}, name
        assert result["clusters_scored"] == 1
        cluster = result["per_cluster"]["invented-1"]
        assert 0 < cluster["words"] <= BUDGET
        for key in quality.METRICS:
            assert 0.0 <= result["mean"][key] <= 100.0
            assert result["mean"][key] == pytest.approx(cluster[key])
        assert result["seconds"] >= 0.0


def test_lead_score_matches_scoring_its_summary_by_hand(report: dict) -> None:
    summary = quality.cut_to_budget(quality.lead(CLUSTER, BUDGET), BUDGET)
    expected = quality.rouge(quality.make_scorer(), summary, REFERENCES)
    assert report["systems"]["lead"]["mean"] == pytest.approx(expected)


def test_a_crashing_system_is_recorded_not_fatal() -> None:
    def broken(cluster: dict, budget: int) -> list[str]:
        raise RuntimeError("boom")

    report = quality.run([CLUSTER], {"broken": broken, "lead": quality.lead}, BUDGET)
    assert report["systems"]["broken"]["errors"] == {"invented-1": "RuntimeError: boom"}
    assert report["ranking"] == ["lead", "broken"]
    assert "broken*" in quality.format_table(report)


def test_unknown_system_names_are_listed() -> None:
    with pytest.raises(ValueError, match="valid: .*sumy-lexrank"):
        quality.resolve_systems(["lead", "nope"])


@pytest.mark.parametrize("name", sorted(set(quality.SYSTEMS) - {"lead", "random", "summarize"}))
def test_peer_ranks_our_sentences(name: str) -> None:
    pytest.importorskip({"lexrank": "lexrank", "summa": "summa"}.get(name, "sumy"))
    ranked = quality.SYSTEMS[name](CLUSTER, BUDGET)
    candidates = {s for document in SENTENCES for s in document}
    assert ranked and set(ranked) <= candidates


def test_load_clusters_and_write_outputs(tmp_path: Path, report: dict) -> None:
    data = tmp_path / "clusters.jsonl"
    data.write_text(json.dumps(CLUSTER) + "\n\n" + json.dumps({**CLUSTER, "id": "x"}) + "\n")
    assert [c["id"] for c in quality.load_clusters(data)] == ["invented-1", "x"]
    assert [c["id"] for c in quality.load_clusters(data, limit=1)] == ["invented-1"]

    out = tmp_path / "out" / "quality.json"
    quality.write_json(report, out)
    written = json.loads(out.read_text())
    assert written["systems"]["lead"]["mean"]["rouge1_recall"] == round(
        report["systems"]["lead"]["mean"]["rouge1_recall"], 2
    )


def test_cli_writes_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "clusters.jsonl"
    data.write_text(json.dumps(CLUSTER) + "\n")
    out = tmp_path / "q.json"
    argv = ["--data", str(data), "--systems", "lead,random", "--json", str(out)]
    assert quality.main([*argv, "--budget", str(BUDGET), "--no-plot", "--quiet"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == [
        "system", "R1-R", "R1-F", "R2-R", "R2-F", "RL-R", "RL-F", "words", "seconds",
    ]  # fmt: skip
    assert set(json.loads(out.read_text())["ranking"]) == {"lead", "random"}


def test_plot_is_saved(tmp_path: Path, report: dict) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "chart" / "quality.png"
    quality.plot(report, path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_cli_rejects_unknown_system(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        quality.main(["--data", str(tmp_path / "none.jsonl"), "--systems", "nope"])


def test_doctests() -> None:
    for module in (quality, quality._peers):
        assert doctest.testmod(module).failed == 0


def test_unicode_tokenizer_keeps_accents() -> None:
    pytest.importorskip("regex")
    scorer = quality.make_scorer("portuguese")
    scores = quality.rouge(scorer, "A decisão foi adiada.", ["A decisão foi tomada."])
    assert scores["rouge1_recall"] == pytest.approx(75.0)


def test_submitted_systems_return_their_summary(tmp_path: Path) -> None:
    outputs = tmp_path / "x.system_outputs.jsonl"
    rows = [
        {"id": "invented-1", "system": "7", "description": "a", "summary": "Ostrava opened it."},
        {"id": "other", "system": "7", "description": "a", "summary": "No."},
    ]
    outputs.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    systems = quality.submitted_systems(outputs)
    assert list(systems) == ["submitted-7"]
    assert systems["submitted-7"](CLUSTER, BUDGET) == ["Ostrava opened it."]
    report = quality.run([CLUSTER, {**CLUSTER, "id": "none"}], systems, BUDGET)
    assert list(report["systems"]["submitted-7"]["errors"]) == ["none"]


def test_every_library_method_takes_part() -> None:
    import summarize

    spec = quality.DataSet("missing.jsonl", BUDGET, query=True)
    systems = quality.data_set_systems(spec)
    for scorer in summarize.scorers.available():
        for selector in summarize.selectors.available():
            assert f"{scorer}+{selector}" in systems
            assert f"{scorer}+{selector}+query" in systems
    assert {"summarize", "summarize+query", "lead", "random"} <= set(systems)
    candidates = {s for document in SENTENCES for s in document}
    for name in ("coverage+greedy", "coverage+ilp"):
        chosen = systems[name](CLUSTER, BUDGET)
        assert chosen and set(chosen) <= candidates
        assert sum(len(s.split()) for s in chosen) <= BUDGET


def test_restated_pairs_and_reader_counts() -> None:
    assert quality.restated_pairs(["Rain fell on Monday.", "Prices rose."]) == 0
    restated = ["Heavy rain fell on the town on Monday.", "On Monday heavy rain fell on the town."]
    assert quality.restated_pairs(restated) == 1
    # A sentence of 2 or 3 content terms restates one that holds them all.
    assert quality.restated_pairs(["Rain fell on Monday.", "On Monday rain fell hard."]) == 1
    assert quality.restated_pairs(["Rain fell on Monday.", "On Monday snow fell hard."]) == 0

    def system(cluster: dict, budget: int) -> list[str]:
        return [
            "Frei asked.",
            "But the new steel footbridge opened to walkers today.",
            "The new steel footbridge opened to walkers today.",
            '"The bridge will carry 4,000 people a day.',
        ]

    counts = quality.reader_counts(system, [CLUSTER], BUDGET)
    assert counts == {
        "summaries": 1, "sentences": 4, "fragments": 1, "dangling_openers": 1,
        "restated_pairs": 1, "restated_across_outlets": 0, "dateline_openers": 0,
        "torn_quotations": 1, "inside_quotations": 0,
    }  # fmt: skip


def test_a_sentence_inside_a_quotation_is_counted_in_its_article() -> None:
    cluster = {
        "documents": [
            {"text": 'Ships waited.\nThe mayor spoke. "The port is closed. We wait."'},
            {"text": "The port is closed. Ships waited for hours."},
        ]
    }
    assert quality.opens_inside_quotation('We wait."', cluster)
    assert not quality.opens_inside_quotation('"The port is closed.', cluster)
    # Found first in the first article holding it, on a line of its own there.
    assert not quality.opens_inside_quotation("Ships waited.", cluster)
    assert not quality.opens_inside_quotation("Not in any article.", cluster)


def test_restated_across_outlets_compares_corroborated_terms() -> None:
    cluster = {
        "documents": [
            {"text": "Putin arrived in Beijing on Thursday for talks with Xi. Rain fell."},
            {"text": "Putin's state visit to Beijing for talks with Xi underscores ties."},
            {"text": "Xi and Putin held talks in Beijing on Thursday."},
        ]
    }
    first = "Putin arrived in Beijing on Thursday for talks with Xi."
    second = "Putin's state visit to Beijing for talks with Xi underscores ties."
    assert quality.restated_across_outlets([first, second], cluster) == 1
    # Two sentences of one article are not counted, however alike.
    alone = {"documents": [{"text": first + " " + second}]}
    assert quality.restated_across_outlets([first, second], alone) == 0
    assert quality.restated_across_outlets([first, "Rain fell."], cluster) == 0


def test_markdown_table(report: dict) -> None:
    table = quality.format_markdown(report, "invented")
    lines = table.splitlines()
    assert lines[0] == "**invented**"
    assert lines[2].startswith("| system | R-1 recall")
    assert any(line.startswith("| **summarize** |") for line in lines)


def test_data_names_resolve() -> None:
    name, path, spec = quality.resolve_data("duc2007")
    assert name == "duc2007" and path.name == "duc2007_main23.jsonl"
    assert spec is not None and spec.budget == 250 and spec.query
    name, path, spec = quality.resolve_data("some/file.jsonl")
    assert (name, spec) == ("file", None)
