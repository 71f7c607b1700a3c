"""Corroboration: the other articles that report a summary sentence's fact, with spans."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import summarize
from summarize.corroboration import (
    MATCH_THRESHOLD,
    UNIT_THRESHOLD,
    corroborate,
    fact_units,
    opening_word,
    presence,
    term_cosines,
    used_elsewhere,
    word_scores,
)
from summarize.documents import Document
from summarize.features import featurize
from summarize.segmentation import segment
from summarize.selectors.greedy import similarities


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


def test_reelection_fact_is_credited_to_every_outlet_that_reports_it(
    seed_articles: list[dict[str, str]],
) -> None:
    # Four outlets report Putin's first trip abroad since his re-election, in four wordings;
    # 001 says "his first foreign trip since beginning his fifth term", which shares no term
    # with the re-election clause but "visit", "trip" and the names. The sentence also tells
    # of the partnership amid Western sanctions, which other sentences of 001 and 002
    # report: the span kept in each article must be its re-election sentence.
    docs = tuple(Document(a["id"], a["text"]) for a in seed_articles)
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    row = next(
        i
        for i, t in enumerate(candidates.texts)
        if t.startswith("This visit marks Putin’s first trip abroad")
    )
    assert candidates.document_index[row] == 4
    (support,) = corroborate(candidates, features, [row], [d.id for d in docs])
    by_id = {s.document_id[:3]: s.text for s in support}
    assert set(by_id) == {"001", "002", "003"}  # 000 does not report it
    assert "fifth term" in by_id["001"]
    assert "since his re-election" in by_id["002"]
    assert "since his re-election" in by_id["003"]


def test_a_second_fact_is_matched_by_its_clause() -> None:
    # Article 1 reports only the last clause of the sentence: against the whole sentence
    # it shares too few words (term cosine 0.23, all-word cosine 0.26), against the
    # clause most of them.
    query = (
        "The storm closed the busy port of Rotterdam early on Monday, halting shipping "
        "traffic, cargo loading and ferry services, while the city council met in an "
        "emergency session."
    )
    other = (
        "Late on Sunday night the city council met in an emergency session, the mayor said "
        "in a statement to local reporters."
    )
    docs, support = _run([query, other, "Traffic was light on the motorway."], 0)
    assert [s.text for s in support] == [other]
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    related = np.array([0, 1])
    whole = word_scores(candidates, features, 0, related, units=False)[1]
    best = word_scores(candidates, features, 0, related)[1]
    assert whole < UNIT_THRESHOLD <= best == pytest.approx(support[0].similarity, abs=1e-6)
    ids = [d.id for d in docs]
    assert corroborate(candidates, features, [0], ids, unit_threshold=1.01) == [()]


def test_fact_units_are_clauses_halves_and_thirds() -> None:
    units = fact_units("Rain fell on Monday; the river rose and the dam held by noon.", "english")
    whole = units[0]
    assert whole == ["rain", "fell", "on", "monday", "the", "river", "rose", "and", "the",
                     "dam", "held", "by", "noon"]  # fmt: skip
    assert ["rain", "fell", "on", "monday"] in units  # the clause before ";"
    assert whole[: len(whole) // 3] in units and whole[len(whole) // 2 :] in units
    assert all(len(set(u)) >= 4 for u in units[1:])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("german", "Der Damm brach im Morgengrauen, und der Fluss stieg bis zum Mittag."),
        ("zh", "大坝在黎明时决堤，河水到中午上涨。"),
        ("ar", "انهار السد عند الفجر، وارتفع النهر حتى الظهر."),
    ],
)
def test_fact_units_in_other_languages(language: str, text: str) -> None:
    units = fact_units(text, language)
    assert len(units) >= 3  # the sentence, its clauses, its halves and thirds
    assert all(set(u) <= set(units[0]) for u in units)


def test_a_paraphrase_is_found_in_another_language() -> None:
    docs = (
        Document("a", "Der Damm brach im Morgengrauen, und der Fluss stieg bis zum Mittag."),
        Document("b", "Es regnete. Im Morgengrauen brach der alte Damm am Fluss."),
    )
    candidates = segment(docs, language="german").candidates()
    features = featurize(candidates, language="german")
    (support,) = corroborate(candidates, features, [0], ["a", "b"])
    assert [(s.document_id, s.text) for s in support] == [
        ("b", "Im Morgengrauen brach der alte Damm am Fluss.")
    ]


def test_every_summary_sentence_of_the_seeds_is_credited(
    seed_articles: list[dict[str, str]],
) -> None:
    # Read by hand: who reports each fact of the default summary (see the evaluation page).
    summary = summarize.summarize(seed_articles)
    credited = [
        (s.document_id[:3], sorted(x.document_id[:3] for x in s.support))
        for s in summary.sentences
    ]
    assert credited == [
        ("002", ["000", "001", "003", "004"]),  # Putin in Beijing for talks with Xi
        ("000", ["001", "002", "003"]),  # meetings with Li Qiang, the Harbin expo
        ("000", ["001", "002", "003"]),  # the state visit at Xi's invitation, U.S. pressure
        ("002", []),  # he commended China's efforts on Ukraine: no other outlet says so
    ]
    third = {x.document_id[:3]: x.text for x in summary.sentences[2].support}
    assert third["001"].startswith("The increasing economic and diplomatic pressure from the U.S.")


def _fourth_sentence_of_the_seeds(
    seed_articles: list[dict[str, str]],
) -> tuple[Any, Any, int, list[str]]:
    docs = tuple(Document(a["id"], a["text"]) for a in seed_articles)
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    row = candidates.texts.index(
        "Notably, trade between Russia and China has surged since the invasion, providing "
        "Russia with economic support amid Western sanctions."
    )
    return candidates, features, row, [d.id for d in docs]


def test_an_opening_word_no_other_outlet_uses_is_left_out(
    seed_articles: list[dict[str, str]],
) -> None:
    # "Notably," is 002's framing: no other article has the word, so it matches nothing
    # and only lengthens the sentence's vector. Left out, 001's paraphrase ("China has
    # increasingly supported Russia's economic needs since the start of the conflict ...,
    # as Washington continues to impose sanctions") reaches the term threshold.
    candidates, features, row, ids = _fourth_sentence_of_the_seeds(seed_articles)
    other = next(i for i, t in enumerate(candidates.texts) if t.startswith("China has increas"))
    plain = similarities(features.X, row)[other]
    index = np.asarray(candidates.document_index)
    assert index[row] == 2
    notably, sanction = (features.term_names.index(t) for t in ("notabl", "sanction"))
    assert used_elsewhere(presence(features.terms), index, 2, [notably, sanction]).tolist() == [
        False,
        True,
    ]
    keep = np.ones(len(features.term_names), dtype=bool)
    keep[notably] = False
    cut = term_cosines(features.X, row, keep)[other]
    assert plain < MATCH_THRESHOLD <= cut
    (before,) = corroborate(candidates, features, [row], ids, cut_opening=False)
    (after,) = corroborate(candidates, features, [row], ids)
    assert [s.document_id[:3] for s in before] == ["000", "004"]
    assert [s.document_id[:3] for s in after] == ["000", "001", "004"]
    assert after[1].similarity == pytest.approx(cut, abs=1e-6)


def test_an_opening_word_another_outlet_uses_is_kept() -> None:
    # "Storm," opens the sentence as a clause of its own, but article b writes "storm"
    # too: it is a word of the fact, not framing, and stays. With the fact units off,
    # a term threshold between the cosine with "storm" (0.45) and without it (0.36)
    # tells which was measured.
    docs = (
        Document("a", "Storm, the worst in years, closed the port of Rotterdam on Monday."),
        Document("b", "A storm shut the port of Rotterdam early on Monday."),
    )
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    assert opening_word(candidates.texts[0], "english") == ["storm"]
    plain = similarities(features.X, 0)[1]
    without = np.array([name != "storm" for name in features.term_names])
    assert term_cosines(features.X, 0, without)[1] < 0.4 < plain
    (support,) = corroborate(
        candidates, features, [0], ["a", "b"], threshold=0.4, unit_threshold=2
    )
    assert [s.document_id for s in support] == ["b"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notably, trade has surged.", ["notabl"]),
        ("CAIRO, Egypt (AP) _ Talks began.", ["cairo"]),
        ("However - the talks failed.", ["howev"]),
        ("Trade has surged, notably.", []),
        ("Two leaders, Xi and Putin, met.", []),  # two words before the comma
        ("No break at all", []),
    ],
)
def test_opening_word(text: str, expected: list[str]) -> None:
    assert opening_word(text, "english") == expected


@pytest.mark.parametrize("order", ["rank", "source"])
def test_support_is_the_same_whatever_the_order(order: str) -> None:
    ranked = summarize.summarize(summarize.sample_articles(), max_words=120)
    other = summarize.summarize(summarize.sample_articles(), max_words=120, order=order)
    assert {s.rank: s.support for s in ranked} == {s.rank: s.support for s in other}


def test_threads_give_the_serial_supports() -> None:
    # A language of its own starts with nothing remembered, so the threads learn the
    # same words at once.
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import replace

    from summarize.languages import get

    articles = summarize.sample_articles()
    language = replace(get("english"), aliases=("english-for-threads",))

    def supports(_: int) -> list[tuple[Any, ...]]:
        summary = summarize.summarize(articles, max_words=120, language=language)
        return [s.support for s in summary.sentences]

    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(supports, range(8)))
    expected = [s.support for s in summarize.summarize(articles, max_words=120).sentences]
    assert all(f == expected for f in found)


def test_arrow_and_python_read_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # Arrow splits at exactly the whitespace Python's str.split splits at, so the
    # words of every related sentence, and the cosines, are the same either way.
    pytest.importorskip("pyarrow")
    from summarize import corroboration

    texts = [
        "Putin's first trip abroad since his re-election, amid sanctions.",
        "His first\u00a0foreign trip\u2028since starting\u3000his fifth term.\x1cOK",
        "In Café «Zürich» the ÉTÉ straße İstanbul ½ 東京 $227.8 U.S. trip didn’t end.",
        "The trip, the trip and the trip since his election since then.",
    ] * 3
    docs = tuple(Document(str(i), t) for i, t in enumerate(texts))
    candidates = segment(docs, language="english").candidates()
    features = featurize(candidates, language="english")
    related = np.arange(len(candidates))
    monkeypatch.setattr(corroboration, "_ARROW_MIN_ROWS", 10**9)
    by_python = word_scores(candidates, features, 0, related)
    monkeypatch.setattr(corroboration, "_ARROW_MIN_ROWS", 0)
    calls: list[int] = []
    real = corroboration._arrow_entries

    def spy(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(corroboration, "_arrow_entries", spy)
    assert word_scores(candidates, features, 0, related).tolist() == by_python.tolist()
    assert calls  # the Arrow way was taken


def test_python_reads_the_same_words_a_chunk_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rows read in several chunks (each split twice: before and after the pieces not met
    # are learnt together) give the entries and word ids of rows read in one.
    from summarize import corroboration
    from summarize.languages import get

    texts = [
        "Putin's first trip abroad since his re-election, amid sanctions.",
        "His first foreign trip — since starting his fifth term.",
        "The trip, the trip and the trip since his election since then.",
        "U.S. officials didn't say; the trip ended at $227.8 million.",
    ] * 2
    monkeypatch.setattr(corroboration, "_ARROW_MIN_ROWS", 10**9)
    read = []
    for chunk in (100, 3, 1):
        monkeypatch.setattr(corroboration, "_READ_CHUNK", chunk)
        monkeypatch.setattr(corroboration, "_memories", {})
        words = corroboration._Words(get("english"))
        words.read(texts, np.array([5, 0, 2, 7, 1, 3, 6, 4]))
        read.append((words.entry_row, words.entry_column, words.columns, words.memory.stems))
    for entry_row, entry_column, columns, stems in read[1:]:
        assert np.array_equal(entry_row, read[0][0])
        assert np.array_equal(entry_column, read[0][1])
        assert np.array_equal(columns, read[0][2])
        assert stems == read[0][3]


@pytest.mark.parametrize("seed", range(10))
def test_scores_of_several_rows_equal_those_of_one_row_at_a_time(seed: int) -> None:
    # A few rows in one pass over the matrix: the same values, to the last bit, as the
    # products of one row at a time (the formula of match_scores).
    import scipy.sparse as sp

    from summarize.corroboration import match_scores, match_scores_of_rows, presence

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 300)), int(rng.integers(1, 60))
    terms = sp.random(n, m, density=rng.uniform(0.01, 0.4), format="csr", random_state=seed)
    terms.data = np.ceil(terms.data * 3)
    weights = rng.uniform(0.1, 9.0, m)
    rows = rng.integers(0, n, size=int(rng.integers(1, 11))).tolist()
    present = presence(terms)
    found = list(match_scores_of_rows(present, weights, rows, binary=True))
    assert len(found) == len(rows)
    totals = present @ weights
    for row, (overlap, shared) in zip(rows, found, strict=True):
        mine = present.getrow(row).toarray().ravel()
        lighter = np.minimum(totals, totals[row])
        with np.errstate(divide="ignore", invalid="ignore"):
            expected = np.where(lighter > 0, (present @ (mine * weights)) / lighter, 0.0)
        assert np.array_equal(overlap, np.clip(expected, 0.0, 1.0))
        assert np.array_equal(shared, np.rint(present @ mine).astype(np.int64))
        single = match_scores(terms, weights, row)
        assert np.array_equal(single[0], overlap) and np.array_equal(single[1], shared)


@pytest.mark.parametrize("seed", range(6))
def test_the_rows_multiplied_a_few_at_a_time_give_the_products_of_each_alone(seed: int) -> None:
    # Bit for bit: the cosines (whole or with terms cut) and the terms shared of each row.
    import scipy.sparse as sp

    from summarize import corroboration
    from summarize.features import presence

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 60)), int(rng.integers(1, 30))
    counts = sp.random(n, m, density=0.3, format="csr", random_state=seed)
    counts.data = np.ceil(counts.data * 3)
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    X = sp.csr_matrix(sp.diags(np.where(norms > 0, 1 / np.maximum(norms, 1e-12), 0)) @ counts)
    present = presence(counts)
    rows = [int(r) for r in rng.choice(n, size=min(n, 9), replace=False)]
    keep = {r: rng.random(m) < 0.6 for r in rows[::3]}
    for row, cosine, shared in corroboration._row_products(X, present, rows, keep):
        alone = (
            corroboration.term_cosines(X, row, keep[row])
            if row in keep
            else (similarities(X, row))
        )
        assert cosine.tolist() == alone.tolist()
        assert shared.tolist() == (present @ present[row].toarray().ravel()).tolist()


def test_the_cosines_read_only_the_related_rows_and_the_units_words() -> None:
    # Bit for bit what every entry read gives (the rule as first written), in any order.
    from summarize import corroboration
    from summarize.languages import get

    docs = tuple(summarize.sample_articles())
    candidates = segment(docs, language="english").candidates()
    words = corroboration._Words(get("english"))
    read = np.arange(len(candidates))[::-1]  # read in another order than the candidates'
    words.read(candidates.texts, read)
    rng = np.random.default_rng(0)
    for row in range(0, len(candidates), 3):
        related = np.unique(np.append(rng.choice(len(candidates), size=12), row))
        units = words.units(candidates.texts[row])
        position = {int(i): k for k, i in enumerate(read)}
        at = np.array([position[int(i)] for i in related])
        inside = np.isin(words.entry_row, at)
        r, c = words.entry_row[inside], words.entry_column[inside]
        df = np.bincount(c, minlength=len(words.columns))
        weight = (np.log((1.0 + len(related)) / (1.0 + df)) + 1.0) ** 2
        norms = np.sqrt(np.bincount(r, weights=weight[c], minlength=len(read))[at])
        expected = np.zeros(len(related))
        for unit in units:
            vector = np.zeros(len(words.columns))
            vector[unit] = weight[unit]
            dots = np.bincount(r, weights=vector[c], minlength=len(read))[at]
            norm = norms * np.sqrt(vector.sum())
            with np.errstate(divide="ignore", invalid="ignore"):
                expected = np.maximum(expected, np.where(norm > 0, dots / norm, 0.0))
        found = words.best_cosines(related, units)
        assert found.tolist() == np.clip(expected, 0.0, 1.0).tolist()
        assert np.all(found[related == row] > 0.99)


def test_the_memory_numbers_words_the_same_whatever_the_order_of_the_pieces() -> None:
    # Pieces are learnt in the order of a set (which changes with the hash seed): the
    # ids must not depend on it, so that the cosines add their terms in one order.
    from summarize import corroboration
    from summarize.languages import get

    pieces = ["Meetings,", "meeting", "closed.", "U.S.", "didn't", "2024", "re-election", "meet"]
    forward, backward = corroboration._Memory(get("english")), corroboration._Memory(get("en"))
    forward.learn(pieces)
    backward.learn(reversed(pieces))

    def words(memory: corroboration._Memory, *some: str) -> list[list[int]]:
        ids, counts = memory.ids(memory.numbers(list(some)))
        return [part.tolist() for part in np.split(ids, np.cumsum(counts)[:-1])]

    assert words(forward, *pieces) == words(backward, *pieces)
    assert words(forward, "U.S.", "didn't") == [[forward.stems["u.s."]], [forward.stems["didn't"]]]
    assert words(forward, "Meetings,", "meeting", "meet") == [[forward.stems["meet"]]] * 3
    assert sorted(forward.stems.values()) == list(range(len(forward.stems)))
    forward.learn(["meetings", "closes", "—", "ten-fold,"])  # a known stem keeps its id; new: next
    assert words(forward, "meetings", "closes") == words(forward, "meet", "closed.")
    assert words(forward, "—", "2024") == [[], [forward.stems["2024"]]]
    assert forward.stems["close"] < forward.stems["ten-fold"] == len(forward.stems) - 1
    assert forward.numbers(["unknown", "meet"]).tolist() == [-1, forward.pieces["meet"]]


def test_an_opening_word_is_found_among_term_names_of_two_languages() -> None:
    # With two languages a stem may name two columns: the last one is looked up, as before.
    from summarize.corroboration import _last_index

    names = ("notabl", "trade", "notabl", "surg")
    assert _last_index(names, "notabl") == 2
    assert _last_index(names, "surg") == 3
    assert _last_index(names, "war") is None


def test_products_by_columns_are_those_of_the_whole_matrix() -> None:
    """Reading only the columns of a sentence's terms gives the cosines of ``X @ v``,
    the shared-term counts and the idf-weighted overlaps bit for bit, for plain
    rows and a row whose terms are cut and renormalised, on random sparse matrices."""
    import scipy.sparse as sp

    from summarize import corroboration
    from summarize.exceptions import InvalidParameterError
    from summarize.features import presence

    rng = np.random.default_rng(3)
    for _ in range(60):
        n, m = int(rng.integers(1, 80)), int(rng.integers(1, 40))
        counts = sp.csr_matrix((rng.random((n, m)) < 0.2) * rng.integers(1, 4, (n, m)) * 1.0)
        weighted = counts.multiply(rng.random(m) + 0.5).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        X = sp.csr_matrix(sp.diags(1 / np.where(norms > 0, norms, 1.0)) @ weighted)
        X.sort_indices()
        present = presence(counts)
        if X.nnz == 0:
            continue
        assert corroboration.same_layout(X, present)
        columns = X.tocsc()
        rows = rng.choice(n, size=min(n, 6), replace=False).tolist()
        keep = {rows[0]: (rng.random(m) < 0.7).astype(float)}
        by_columns = list(corroboration._row_products(X, present, rows, keep, columns))
        whole = list(corroboration._row_products(X, present, rows, keep))
        for (row, cosine, shared), (row2, cosine2, shared2) in zip(by_columns, whole, strict=True):
            assert row == row2
            assert cosine.dtype == cosine2.dtype and np.array_equal(cosine, cosine2)
            assert np.array_equal(shared, shared2)
        # The overlaps weighted by each term's idf, as disagreement reads them.
        weights = corroboration.term_weights(counts)
        scores = corroboration.match_scores_of_rows
        by_columns = list(scores(present, weights, rows, binary=True, columns=columns))
        whole = list(scores(present, weights, rows, binary=True))
        for (overlap, shared), (overlap2, shared2) in zip(by_columns, whole, strict=True):
            assert np.array_equal(overlap, overlap2) and np.array_equal(shared, shared2)
            assert shared.dtype == shared2.dtype
    with pytest.raises(InvalidParameterError, match="columns"):
        next(scores(present, weights, rows, columns=sp.csc_matrix((n + 1, m))))
