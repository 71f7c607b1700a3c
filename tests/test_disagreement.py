"""Disagreement: outlets giving different values for the same thing, found precisely."""

from __future__ import annotations

from collections import Counter

import pytest
from _numeral_articles import CLUSTERS
from hypothesis import example, given
from hypothesis import strategies as st

import summarize
from summarize import disagreement
from summarize.disagreement import find_values
from summarize.features import stopwords


def _disagreements(*texts: str, **settings: object) -> tuple[summarize.Disagreement, ...]:
    settings.setdefault("max_sentences", 1)
    return summarize.summarize(list(texts), **settings).disagreements  # type: ignore[arg-type]


def test_two_outlets_giving_different_amounts_for_the_same_thing() -> None:
    a = "Officials said the storm caused $2.5 million in damage to the harbor."
    b = "The storm caused $4 million in damage to the harbor, officials said on Monday."
    summary = summarize.summarize([a, b], max_sentences=1)
    (d,) = summary.disagreements
    assert d.kind == "amount" and d.values == ("$2.5 million", "$4 million")
    assert d.rank == summary.sentences[0].rank
    for reading in d.readings:
        document = summary.documents[reading.document_index]
        assert document.text[reading.value_start : reading.value_end] == reading.value
        assert document.text[reading.start : reading.end] == reading.text
    assert [r.normalized for r in d.readings] == ["2500000 USD", "4000000 USD"]
    assert "damag" in d.about


def test_counts_of_the_same_thing_differ() -> None:
    (d,) = _disagreements(
        "The storm flooded the valley. It destroyed 120 homes near the river.",
        "Officials said the storm destroyed 150 homes near the river.",
    )
    assert d.kind == "count" and d.values == ("120 homes", "150 homes")


def test_the_same_value_is_no_disagreement() -> None:
    assert (
        _disagreements(
            "The storm caused $4 million in damage to the harbor.",
            "Officials said the storm caused $4 million in damage to the harbor.",
        )
        == ()
    )


def test_values_of_different_years_are_two_periods() -> None:
    assert (
        _disagreements(
            "Trade between the two countries reached $111 billion in 2019.",
            "Trade between the two countries reached $240 billion in 2023.",
        )
        == ()
    )


def test_the_same_day_of_another_year_is_not_a_reading_of_the_value() -> None:
    (d,) = _disagreements(
        "The new currency will be launched on January 1, 1999, the ministers said.",
        "The ministers said the new currency will be launched on January 4, 1999.",
        "The ministers said the new currency will replace coins on January 1, 2002.",
        max_words=20,
    )
    assert d.kind == "date"
    assert [r.value for r in d.readings] == ["January 1, 1999", "January 4, 1999"]


def test_values_of_different_actors_are_not_in_dispute() -> None:
    assert (
        _disagreements(
            "Last quarter Apple reported revenue of $5 billion from phones sold in Europe.",
            "Last quarter Samsung reported revenue of $3 billion from phones sold in Europe.",
        )
        == ()
    )


def test_compatible_bounds_are_not_in_dispute() -> None:
    assert (
        _disagreements(
            "The central bank raised interest rates to more than 40 percent this month.",
            "The central bank raised interest rates to almost 50 percent this month.",
        )
        == ()
    )


def test_figures_far_apart_are_of_different_things() -> None:
    assert (
        _disagreements(
            "The stock market in Sao Paulo fell 40 percent this year.",
            "The stock market in Sao Paulo fell 4.47 percent on Monday.",
        )
        == ()
    )


def test_an_article_that_gives_both_values_is_not_disputing() -> None:
    assert (
        _disagreements(
            "Of the 30 million voters, 20 million voters backed the reform in the vote.",
            "In the vote, 30 million voters backed the reform, officials said.",
        )
        == ()
    )


def test_a_round_figure_and_a_figure_that_rounds_to_it_agree() -> None:
    assert (
        _disagreements(
            "The island and its 4 million people lost power when the hurricane struck.",
            "The hurricane struck the island, home to 3.8 million people, and cut its power.",
        )
        == ()
    )
    # ... but not one outside the round figure's half unit.
    (d,) = _disagreements(
        "The island and its 4 million people lost power when the hurricane struck.",
        "The hurricane struck the island, home to 3.2 million people, and cut its power.",
    )
    assert d.values == ("4 million people", "3.2 million people")


@pytest.mark.parametrize(
    ("text", "precision"),
    [("It cost $240 billion.", 5e9), ("It cost $227.8 billion.", 5e7), ("62 people died.", 0.5)],
)
def test_the_precision_of_a_figure_is_half_its_last_digit(text: str, precision: float) -> None:
    (value,) = find_values(text)
    assert value.precision == pytest.approx(precision)


def test_a_sentence_giving_two_values_of_a_kind_is_not_compared() -> None:
    # Which of 69.5 and 52.4 percent is to be set against 51 percent cannot be told.
    assert (
        _disagreements(
            "With 69.5 percent of the votes counted, the president led with 52.4 percent of "
            "the vote.",
            "With 22 percent of the votes counted, the president led with 51 percent of the vote.",
        )
        == ()
    )


def test_a_value_of_another_size_in_the_sentence_is_no_rival() -> None:
    (d,) = _disagreements(
        "The typhoon killed at least 82 people in the islands and drove more than 100,000 "
        "people from their homes.",
        "The typhoon killed at least 156 people in the islands, officials said.",
    )
    assert d.values == ("82 people", "156 people")


def test_a_figure_written_without_its_unit_counts_as_given() -> None:
    assert (
        _disagreements(
            "In the last election 20 million out of 30 million people voted for the reformist.",
            "In the last election 20 million people voted for the reformist, officials recalled.",
        )
        == ()
    )


def test_values_sharing_only_a_place_are_not_of_the_same_thing() -> None:
    assert (
        _disagreements(
            "In Puerto Rico the hurricane inflicted $2.3 billion in damage to property.",
            "The government will spend as much in Puerto Rico as the insurers do, about $1.7 "
            "billion.",
        )
        == ()
    )


def test_numbers_in_names_and_years_alone_are_not_values_in_dispute() -> None:
    assert (
        _disagreements(
            "Microsoft tied its browser to the Windows 95 operating system in 1995.",
            "Microsoft tied its browser to the Windows 98 operating system in 1998.",
        )
        == ()
    )


def test_a_disagreement_far_from_the_summary_is_not_reported() -> None:
    # The summary is about the bridge; the disputed toll of another event is not shown.
    disagreements = _disagreements(
        "The bridge reopened on Friday after repairs. Elsewhere, a fire killed 12 people.",
        "The bridge reopened Friday after long repairs. A fire elsewhere killed 15 people.",
    )
    assert all("bridg" in d.about or "fire" in d.about for d in disagreements)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade reached $227.8 billion last year.", [("amount", "227800000000 USD", "")]),
        ("It cost 20 trillion rubles, officials said.", [("amount", "20000000000000 RUB", "")]),
        ("Turnout was about 56 percent.", [("percent", "56%", "about")]),
        ("The talks began on May 16, 2024 in Beijing.", [("date", "05-16", "")]),
        ("At least 62 people died.", [("count", "62 peopl", "above")]),
        ("Up to 3,000 workers struck.", [("count", "3000 worker", "below")]),
    ],
)
def test_find_values(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    from summarize.features import stem_function, stopwords

    found = find_values(sentence, stem=stem_function("english"), stop=stopwords("english"))
    assert [(v.kind, v.normalized, v.bound) for v in found] == expected
    for v in found:
        assert sentence[v.start : v.end]


def test_the_seed_trade_figures_are_flagged(seed_articles: list[dict[str, str]]) -> None:
    summary = summarize.summarize(seed_articles)
    trade = [d for d in summary.disagreements if "trade" in d.about]
    assert len(trade) == 1
    (d,) = trade
    assert d.values == ("$227.8 billion", "$240 billion")
    assert {r.document_id[:3] for r in d.readings} == {"000", "001", "004"}
    # Every reading is a sentence on trade. The 100-word summary has no sentence on trade
    # since the restatement rule across outlets made room for another: the dispute is
    # shown under the summary sentence nearest its readings.
    assert all("trade" in r.text for r in d.readings)
    assert any(s.rank == d.rank for s in summary.sentences)
    # The text and markdown outputs show it under its sentence.
    assert "outlets disagree (amount): $227.8 billion" in str(summary)
    assert "**Outlets disagree** (amount)" in summary.to_markdown()


def test_the_seeds_raise_no_other_disagreement(seed_articles: list[dict[str, str]]) -> None:
    for words in (100, 200, 300):
        summary = summarize.summarize(seed_articles, max_words=words)
        for d in summary.disagreements:
            assert d.values == ("$227.8 billion", "$240 billion"), d


@pytest.mark.parametrize("seed", range(20))
def test_sentences_near_a_seed_are_those_sharing_two_terms_with_one(seed: int) -> None:
    # The look-up of pairs of terms finds exactly the sentences that the product with
    # every seed finds (at least MIN_CONTEXT = 2 shared terms with one seed).
    import numpy as np
    import scipy.sparse as sp

    from summarize import disagreement

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 200)), int(rng.integers(1, 40))
    present = sp.random(n, m, density=rng.uniform(0.02, 0.3), format="csr", random_state=seed)
    present.data[:] = 1.0
    seeds = sorted(rng.choice(n, size=int(rng.integers(1, min(n, 15) + 1)), replace=False))
    rows = np.flatnonzero(rng.random(n) < 0.7)
    shared = (present[rows] @ present[seeds].T).toarray()
    expected = rows[shared.max(axis=1) >= 2] if len(rows) else rows
    found = disagreement._reachable(present, rows, [int(s) for s in seeds])
    assert disagreement.MIN_CONTEXT == 2
    assert sorted(found.tolist()) == expected.tolist()


def test_only_the_closest_sentences_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Many sentences: values are looked for among the CLOSEST of each summary sentence.
    filler = " ".join(f"Volunteers number {i} arrived at the depot with food." for i in range(30))
    a = "Officials said the storm caused $2.5 million in damage to the harbor. " + filler
    b = (
        "The storm caused $4 million in damage to the harbor, officials said on Monday. "
        "Officials said the storm damage to the harbor was severe."
    )
    far = "A later report put the damage to the harbor from the storm at $9 million."
    whole = summarize.summarize([a, b, far], max_sentences=1)
    assert len(whole.sentences[0].text) < 100
    assert sorted(v for d in whole.disagreements for v in d.values) == [
        "$2.5 million",
        "$4 million",
        "$9 million",
    ]
    monkeypatch.setattr(disagreement, "CLOSEST", 3)
    bounded = summarize.summarize([a, b, far], max_sentences=1)
    assert bounded.sentences == whole.sentences
    (d,) = bounded.disagreements
    assert len(d.values) == 2  # the far sentence, fourth closest, is not read


def test_the_closest_sentences_are_shared_among_the_summary_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # CLOSEST bounds the sentences read for the whole summary, not for each of its
    # sentences: with 3 summary sentences each reads CLOSEST // 3 (and itself).
    places = ["harbor", "bridge", "school", "market", "depot", "clinic", "farm", "mill"]
    things = ["homes", "boats", "roads", "trucks", "fields", "shops", "wells", "barns"]
    articles = [
        " ".join(
            f"The {topic} near the {places[i % 8]} {a} ruined {10 + i + a} "
            f"{things[(i // 8) % 8]} by the {places[(i * 3 + a) % 8]} river."
            for i in range(40)
        )
        for a, topic in enumerate(["flood", "fire", "storm"])
    ]
    read: set[str] = set()
    find_values = disagreement._find_values

    def counting(text: str, *args: object) -> list[disagreement.Value]:
        read.add(text)
        return find_values(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(disagreement, "_find_values", counting)
    monkeypatch.setattr(disagreement, "CLOSEST", 30)
    summary = summarize.summarize(articles, max_sentences=3)
    assert len(summary.sentences) == 3
    assert 10 < len(read) <= 30 + 3


def test_the_first_character_test_lets_every_value_start_through() -> None:
    # The value pattern first tests a position's character against a set, then the start of
    # a value (a digit, a currency sign, "US$" or a month's name, case ignored): every
    # character that can start one of those must be in the set, with case folding.
    import re
    import sys

    starts = re.compile(r"[\d$€£¥]|u|j|f|m|a|s|o|n|d", re.IGNORECASE)
    first = re.compile(r"[\d$€£¥ujfmasond]", re.IGNORECASE)
    assert first.pattern in disagreement._VALUE.pattern
    missed = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if starts.fullmatch(chr(c)) and not first.fullmatch(chr(c))
    ]
    assert missed == []
    assert first.fullmatch("ſ") and first.fullmatch("\u0663")  # long s folds to s; Arabic 3


def test_the_first_character_test_finds_the_same_values() -> None:
    # The same matches as the pattern without the set, on text with values of every kind.
    import re

    pattern = disagreement._VALUE.pattern
    without = re.compile(pattern.replace(r"(?=[\d$€£¥ujfmasond])", "", 1), re.IGNORECASE)
    assert without.pattern != pattern
    text = (
        "On Jan. 5, 1998 AUS$ 40 and US$12.5 bn, 3 percent of 1,200 homes, 45% in MAY 2001, "
        "¥300 million, 2 million euros, Sept 30th, 747 jets and 16 others; sept. 31, ſep 3."
    )
    for i in range(len(text)):
        for start in (0, i):
            assert [
                (m.span(), m.groupdict()) for m in disagreement._VALUE.finditer(text, start)
            ] == [(m.span(), m.groupdict()) for m in without.finditer(text, start)]


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["No digit.", "It cost $5.", "", "1 2 3", "٣ أيام"],
        ["a\x00b", "c9", "\x00", "no"],  # a NUL in a text: tested one by one
        ["x" * 50 + "7", "", "", "8"],
    ],
)
def test_which_texts_have_a_digit(texts: list[str]) -> None:
    found = disagreement._has_digit(texts)
    assert found.dtype == bool and found.tolist() == [
        disagreement._DIGIT.search(text) is not None for text in texts
    ]


@given(st.text(st.sampled_from("aZq' ’-.,5_İIıΣé\u0307ß\t"), max_size=30))
def test_the_words_of_a_sentence_lowered_either_way(text: str) -> None:
    # An ASCII text is lower-cased before its words are found: the same words as lowering each.
    expected = frozenset(w.lower() for w in disagreement._WORD.findall(text))
    assert disagreement._lower_words(text) == expected
    ascii_only = "".join(c for c in text if c.isascii())
    assert disagreement._lower_words(ascii_only) == frozenset(
        w.lower() for w in disagreement._WORD.findall(ascii_only)
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Officials said 120 homes burned.", set()),  # the sentence's first word
        ("Then Officials said 120 homes burned.", {"officials"}),
        ("Officials of the big city of Fresno said 120 homes burned.", {"fresno"}),
        ("Officials Ab Bc Cd De Ef Fg say 120 homes.", {"bc", "cd", "de", "ef", "fg"}),
        ("Officials Bc Cd De Ef say 120 homes.", {"bc", "cd", "de", "ef"}),
        ("120 homes, Smith said.", {"smith"}),
    ],
)
def test_the_names_near_a_value_leave_out_the_first_word(text: str, names: set[str]) -> None:
    values = find_values(text)
    before, after, found, named = disagreement._context(text, values, 0, None, frozenset())
    assert found == names
    assert named == {w.strip(".,").lower() for w in text.split()[1:] if w[0].isupper()}


_VALUE_TEXT = st.lists(
    st.sampled_from(
        [
            " ",
            "  ",
            "\u2003",
            "\n",
            "September.",
            "Sept",
            "ſep",
            "MAY",
            "jan.",
            "US$",
            "$",
            "€",
            "5",
            "12",
            "1,200",
            "3.5",
            "2019",
            "%",
            " percent",
            " billion",
            " people",
            "homes",
            "said",
            ",",
            ".",
            "A",
            "x",
        ]
    ),
    max_size=14,
).map("".join)


@given(_VALUE_TEXT)
@example("Talks ended on September.  12, with $5 bn.")
@example("In Sept\u2003\n 3 and jan. 5")
@example("Paid US$ 40 and x$5")
def test_the_scan_from_before_the_first_digit_finds_every_value(text: str) -> None:
    # No value starts more than a month's name and its spaces before the first digit.
    assert [(m.span(), m.groupdict()) for m in disagreement._value_matches(text)] == [
        (m.span(), m.groupdict()) for m in disagreement._VALUE.finditer(text)
    ]


_VALUES = st.builds(
    disagreement.Value,
    kind=st.sampled_from(["amount", "count", "percent", "date"]),
    unit=st.just("USD"),
    number=st.sampled_from([0.0, 1.0, 3.8e6, 4e6, 40.0, 50.0, 62.0, 65.0, 240e9, 227.8e9, 1e3]),
    start=st.just(0),
    end=st.just(1),
    year=st.sampled_from([None, "", "2019", "2023"]),
    bound=st.sampled_from(["", "above", "below", "about"]),
    qualifier=st.sampled_from(["", "more than", "at least", "almost", "about"]),
    precision=st.sampled_from([0.0, 0.5, 5.0, 5e5, 5e7]),
)
_TERMS = st.frozensets(st.sampled_from(["trade", "reach", "smith", "homes", "storm"]), max_size=3)


def _found(
    value: disagreement.Value,
    document: int,
    before: frozenset[str],
    after: frozenset[str],
    names: frozenset[str],
) -> disagreement._Found:
    text = " ".join(sorted(before | after | {"trade", "smith"}))
    return disagreement._Found(value, 0, document, before, after, names, text, names & {"smith"})


def _v(
    number: float, precision: float = 0.0, bound: str = "", qualifier: str = ""
) -> tuple[disagreement.Value, frozenset[str], frozenset[str], frozenset[str]]:
    return (
        disagreement.Value("count", "USD", number, 0, 1, None, bound, qualifier, precision),
        frozenset({"trade"}),
        frozenset({"reach"}),
        frozenset(),
    )


@given(st.lists(st.tuples(_VALUES, _TERMS, _TERMS, _TERMS), min_size=2, max_size=8))
@example([_v(50.0, 5.0), _v(40.0, 5.0), _v(45.0), _v(55.0, 0.5)])  # intervals that touch
@example(
    [
        _v(40.0, 5.0, "above", "more than"),
        _v(50.0, 5.0, "below", "almost"),
        _v(62.0, 0.5, "above", "at least"),
        _v(65.0, 0.5, "above", "at least"),
        _v(40.0, 0.0, "about", "about"),
        _v(36.0),
        _v(44.0),
    ]
)
def test_the_rules_with_arrays_decide_as_the_rules_one_pair_at_a_time(
    drawn: list[tuple[disagreement.Value, frozenset[str], frozenset[str], frozenset[str]]],
) -> None:
    import numpy as np

    kind = drawn[0][0].kind  # one kind and unit, as the values of one group
    items = [
        _found(
            disagreement.Value(
                kind,
                *(
                    getattr(v, f)
                    for f in (
                        "unit",
                        "number",
                        "start",
                        "end",
                        "year",
                        "bound",
                        "qualifier",
                        "precision",
                    )
                ),
            ),
            d,
            b,
            a,
            n,
        )
        for d, (v, b, a, n) in enumerate(drawn)
    ]
    rules = disagreement._PairRules([f.value for f in items])
    pairs = [
        (x, y)
        for x in range(len(items))
        for y in range(len(items))
        if items[x].value.normalized != items[y].value.normalized
    ]
    if not pairs:
        return
    xs, ys = (np.array(p, dtype=np.int64) for p in zip(*pairs, strict=True))
    possible = rules.possible(xs, ys).tolist()
    for (x, y), ok in zip(pairs, possible, strict=True):
        a, b = items[x], items[y]
        same_words = disagreement._same_words(a, b) or a.frame == b.frame
        assert (ok and same_words) == disagreement._comparable(a, b)
        # With the same words around both values, only rules 1-3 can tell them apart.
        same = frozenset({"trade", "reach"})
        a, b = (_found(f.value, f.document, same, same, frozenset()) for f in (a, b))
        assert ok == disagreement._comparable(a, b)


@given(
    st.lists(
        st.tuples(_VALUES, _TERMS, _TERMS, st.booleans(), st.integers(0, 3)),
        min_size=1,
        max_size=10,
    )
)
def test_the_groups_are_those_of_comparing_every_pair(
    drawn: list[tuple[disagreement.Value, frozenset[str], frozenset[str], bool, int]],
) -> None:
    # Linking by one product over all kinds and units finds the groups that comparing
    # every pair with a value near the summary finds.
    import numpy as np

    keys: dict[tuple[str, str], list[disagreement._Found]] = {}
    nearest = np.full(len(drawn), -1)
    for i, (v, before, after, near, document) in enumerate(drawn):
        item = disagreement._Found(
            v, i, document, before, after, frozenset(), " ".join(sorted(before | after))
        )
        keys.setdefault((v.kind, v.unit), []).append(item)
        nearest[i] = 0 if near else -1
    expected = []
    for items in keys.values():
        linked: dict[int, set[int]] = {}
        # More than FRAMED values sharing a frame are a template: not paired by it alone.
        frames = Counter(item.frame for item in items)
        for x, a in enumerate(items):
            for y, b in enumerate(items):
                if (
                    nearest[a.candidate] >= 0
                    and a.document != b.document
                    and disagreement._comparable(a, b)
                    and (
                        frames[a.frame] <= disagreement.FRAMED
                        or a.frame != b.frame
                        or disagreement._same_words(a, b)
                    )
                ):
                    linked.setdefault(x, set()).add(y)
                    linked.setdefault(y, set()).add(x)
        seen: set[int] = set()
        for start in sorted(linked):
            if start not in seen:
                stack, connected = [start], set()
                while stack:
                    x = stack.pop()
                    if x not in connected:
                        connected.add(x)
                        stack.extend(linked[x])
                seen |= connected
                expected.append([items[x] for x in sorted(connected)])
    assert disagreement._groups(list(keys.values()), nearest) == expected


def test_the_lexicon_of_a_call_gives_the_contexts_of_each_value_alone() -> None:
    from summarize.features import stem_function, stopwords

    stem, stop = stem_function("english"), stopwords("english")
    texts = [
        "Officials of Fresno said 120 homes burned and 3 Schools closed in May 2019.",
        "Then Officials said the storm destroyed 150 homes near the River Road.",
        "The Storm destroyed $5 million of crops, Smith said.",
    ]
    lexicon = disagreement._Lexicon(disagreement._memoized(stem), stop)
    for text in texts * 2:  # the second time every word is known
        values = find_values(text, stem=stem, stop=stop)
        for i in range(len(values)):
            assert disagreement._context(text, values, i, stem, stop, lexicon) == (
                disagreement._context(text, values, i, stem, stop)
            )


def test_a_lexicon_full_starts_afresh_with_the_same_infos(monkeypatch: pytest.MonkeyPatch) -> None:
    # The lexicon shared by every call is bounded: a full one is replaced, its infos found again.
    from summarize.features import stem_function, stopwords

    stem, stop = stem_function("english"), stopwords("english")
    words = "Officials said the Storm destroyed 150 homes in May near the River".split()
    expected = disagreement._Lexicon(stem, stop).infos(words)
    monkeypatch.setattr(disagreement, "_LEXICON_SIZE", 4)
    lexicon = disagreement._Lexicon(stem, stop)
    for start in range(len(words)):
        assert lexicon.infos(words[start:]) == expected[start:]
        assert len(lexicon.known) <= 4 + len(words)
    assert disagreement._lexicon(stem, stop, False, False) is disagreement._lexicon(
        stem, stop, False, False
    )


_QUALIFIED = st.lists(
    st.sampled_from(
        ["more", " than", "at", " least", "just", " under", "an", " estimated", "circa", " di",
         "au", " moins", "über", "ÜBER", "около", "ОКОЛО", "نحو", "ſome", "zo'n", "Almost", "x",
         " ", "  ", "\n", "US", "$", "€", "5", "-", "ık"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@given(_QUALIFIED)
@example("said more than  $")
@example("just under")
def test_the_qualifier_tree_finds_what_the_alternation_of_the_bounds_found(text: str) -> None:
    import re

    alternation = re.compile(
        rf"\b({disagreement._alternation(disagreement._BOUNDS)})\s+(?:US)?[$€£¥]?\s?$",
        re.IGNORECASE,
    )
    for end in range(len(text) + 1):
        old = alternation.search(text, max(0, end - 32), end)
        new = disagreement._QUALIFIER.search(text, max(0, end - 32), end)
        assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


@given(
    st.lists(st.frozensets(st.integers(0, 8), max_size=4), max_size=12),
    st.data(),
)
def test_the_sets_sharing_an_element_are_those_of_the_sparse_product(
    sets: list[frozenset[int]], data: st.DataObject
) -> None:
    import numpy as np
    import scipy.sparse as sp

    rows = np.array(
        sorted(data.draw(st.sets(st.integers(0, max(len(sets) - 1, 0)))) if sets else []),
        dtype=np.int64,
    )
    member = sp.lil_matrix((len(sets), 9))
    for i, elements in enumerate(sets):
        for element in elements:
            member[i, element] = 1.0
    product = sp.coo_matrix(sp.csr_matrix(member)[rows] @ sp.csr_matrix(member).T)
    expected = sorted(zip(rows[product.row].tolist(), product.col.tolist(), strict=True))
    xs, ys = disagreement._sharing_pairs(sets, rows)
    assert sorted(zip(xs.tolist(), ys.tolist(), strict=True)) == expected


@given(
    st.lists(st.sampled_from([0.0, 0.0, 0.2, 0.5, 0.5, 0.9]), min_size=1, max_size=30),
    st.integers(1, 30),
)
def test_the_highest_of_the_sentences_sharing_terms_are_the_highest_of_all(
    values: list[float], k: int
) -> None:
    # Marking the k highest from the non-zero values alone marks what the mask over all does.
    import numpy as np

    full = np.array(values)
    k = min(k, len(full))
    rows = np.flatnonzero(full)
    expected = np.flatnonzero(disagreement._highest(full.copy(), k)).tolist()
    assert disagreement._highest_of(len(full), rows, full[rows], k).tolist() == expected


def test_two_values_are_compared_the_same_either_way_round() -> None:
    import numpy as np

    # "40" and a bound with no phrase of its own ("below 50" as a Value may hold it):
    # compared as figures only when both are worded alike, whichever comes first,
    # so the groups (which read a pair of two values near the summary one way) are
    # those of comparing every pair both ways.
    plain = disagreement.Value("count", "USD", 40.0, 0, 1)
    bounded = disagreement.Value("count", "USD", 50.0, 0, 1, bound="below")
    words = frozenset(["trade", "homes"])
    a = disagreement._Found(plain, 0, 0, words, frozenset(), frozenset(), "homes trade")
    b = disagreement._Found(bounded, 1, 1, words, frozenset(), frozenset(), "homes trade")
    assert disagreement._compatible(plain, bounded) == disagreement._compatible(bounded, plain)
    assert disagreement._comparable(a, b) == disagreement._comparable(b, a)
    rules = disagreement._PairRules([plain, bounded])
    assert (
        rules.possible(np.array([0]), np.array([1])).tolist()
        == rules.possible(np.array([1]), np.array([0])).tolist()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "La secousse s'est produite à 06:44 heure locale.",  # a time
        "La tempête a endommagé 12 500 maisons.",  # thousands spaced
        "O lucro foi de 23,7 bilhões no ano.",  # a decimal comma, read as English
    ],
)
def test_numbers_written_otherwise_than_in_english_are_not_misread(sentence: str) -> None:
    # Not read at all rather than read as "44 heure", "500 maisons" or 23.
    assert find_values(sentence) == []


def test_numbers_with_a_decimal_comma_are_read_in_their_languages() -> None:
    values = find_values("Die Beteiligung lag bei 74,1 Prozent.", decimal_comma=True)
    assert [(v.kind, v.number) for v in values] == [("percent", 74.1)]
    values = find_values("A obra custou 4.340 reais.", decimal_comma=True)
    assert [v.number for v in values] == [4340.0]
    assert find_values("A obra custou 4.340 reais.")[0].number == 4.34  # English: a point


def test_a_dollar_sign_after_letters_is_another_currency() -> None:
    # R$ (real), HK$, A$: not US dollars.
    for sentence in ("O lucro foi de R$ 24 bilhões.", "The flat costs HK$ 5 million."):
        assert all(v.kind != "amount" for v in find_values(sentence, decimal_comma=True))
    assert [v.unit for v in find_values("It cost $5 million.")] == ["USD"]


def test_bounds_in_other_languages_are_read() -> None:
    assert [(v.number, v.bound) for v in find_values("Il y a plus de 42 morts.")] == [
        (42.0, "above")
    ]
    assert [v.bound for v in find_values("Es gab mehr als 42 Tote.")] == ["above"]
    assert [v.bound for v in find_values("Hubo casi 50 heridos.")] == ["below"]
    assert [v.bound for v in find_values("Погибли около 50 человек.")] == ["about"]


# Disagreements in other languages: the articles of _numeral_articles, written for the tests.

_DISPUTED = {
    "zh": [("count", {"12人", "15人"}), ("amount", {"3.5亿元", "5亿元"})],
    "ja": [("count", {"12人", "15人"})],
    "ko": [("count", {"12명", "15명"})],
    "fr": [("count", {"12 morts", "15 morts"}), ("amount", {"3,5 millions d'euros", "6 millions d'euros"})],
    "es": [
        ("count", {"12 personas", "9 muertos"}),
        ("amount", {"3,5 millones de dólares", "8 millones de dólares"}),
    ],
    "de": [
        ("count", {"12 Menschen", "15 Tote"}),
        ("amount", {"3,5 Millionen Euro", "8 Millionen Euro"}),
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_DISPUTED))
def test_outlets_disagreeing_in_other_languages_are_found(language: str) -> None:
    found = _disagreements(*CLUSTERS[language]["disagree"], language=language, max_sentences=3)
    assert sorted((d.kind, set(d.values)) for d in found) == sorted(_DISPUTED[language])  # type: ignore[arg-type]
    for d in found:
        assert len({r.document_index for r in d.readings}) >= 2
        for r in d.readings:  # each reading's span is its value, in its sentence
            assert r.text[r.value_start - r.start : r.value_end - r.start] == r.value


def test_a_toll_in_words_joins_the_toll_in_digits() -> None:
    # "fünfzehn Tote" (third article) agrees with "15 Tote" and is one of its readings.
    (count,) = (
        d
        for d in _disagreements(*CLUSTERS["de"]["disagree"], language="de", max_sentences=3)
        if d.kind == "count"
    )
    assert sorted(r.value for r in count.readings) == ["12 Menschen", "15 Tote", "fünfzehn Tote"]
    assert {r.normalized for r in count.readings} == {"12 person:dead", "15 person:dead"}


@pytest.mark.parametrize("language", sorted(_DISPUTED))
@pytest.mark.parametrize("kind", ["agree", "different"])
def test_outlets_agreeing_or_counting_different_things_raise_no_disagreement(
    language: str, kind: str
) -> None:
    # The same toll (in words, in full-width digits), or the dead in one and the injured in
    # another: nothing to flag, whatever the length of the summary.
    for n in (1, 2, 3):
        assert _disagreements(*CLUSTERS[language][kind], language=language, max_sentences=n) == ()


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("zh", "地震已造成1万2000人死亡，损失超过3.5亿元。", [("12000 person:dead", ""), ("350000000 CNY", "above")]),
        ("zh", "死亡１２人，受伤１００多人。", [("12 person:dead", ""), ("100 person:injured", "above")]),
        ("zh", "约1.2万名居民已撤离。", [("12000 person:evacuated", "about")]),
        ("zh", "他在比赛中获得第12名。", []),
        ("zh", "会议于2024年3月5日举行，涉及12例病例。", [("03-05", ""), ("12 case", "")]),
        ("ja", "12人が死亡し、100人以上がけがをした。", [("12 person:dead", ""), ("100 person:injured", "above")]),
        ("ja", "被害額は3億5000万円に上った。", [("350000000 JPY", "")]),
        ("ko", "12명이 숨지고 80여 명이 다쳤다.", [("12 person:dead", ""), ("80 person:injured", "above")]),
        ("ko", "피해액은 약 3억 5000만 원이다.", [("350000000 KRW", "about")]),
        ("ko", "사망자는 최소 12명이다.", [("12 person:dead", "above")]),
        ("ko", "피해액은 1조 2000억 3000만 500원이다.", [("1200030000500 KRW", "")]),
        ("fr", "Le séisme a fait douze morts et 3,5 millions d'euros de dégâts.", [("12 person:dead", ""), ("3500000 EUR", "")]),
        ("fr", "Plus de 1.200 personnes ont été évacuées.", [("1200 person:evacuated", "above")]),
        ("fr", "Environ 3 milliards de dollars.", [("3000000000 USD", "about")]),
        ("es", "Murieron 12 personas en el accidente.", [("12 person:dead", "")]),
        ("es", "Los daños suman 1.200 millones de dólares.", [("1200000000 USD", "")]),
        ("es", "Hubo doce heridos.", [("12 person:injured", "")]),
        ("de", "Laut Polizei gab es 12 Tote.", [("12 person:dead", "")]),
        ("de", "Dabei starben 1.200 Menschen.", [("1200 person:dead", "")]),
        ("de", "Der Schaden beträgt 3,5 Mio. Euro.", [("3500000 EUR", "")]),
        ("de", "Eine Boeing 747 stürzte ab, 12 weitere wurden beschädigt.", []),
    ],
)  # fmt: skip
def test_find_values_in_other_languages(
    language: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = find_values(sentence, language=language)
    assert [(v.normalized, v.bound) for v in found] == expected
    for v in found:  # spans are of the sentence as written (full-width digits and all)
        assert sentence[v.start : v.end].strip()


def test_english_reads_the_shared_patterns_and_names_what_befell_people() -> None:
    # English reads every value the shared patterns read, where they read it; a count
    # of people is of what its clause says befell them, as in the other languages.
    sentence = "Officials said 12 people died and $3.5 billion was lost, up 5% since May 3."
    stop = stopwords("english")
    english = find_values(sentence, language="en", stop=stop)
    shared = find_values(sentence, stop=stop)
    assert [(v.kind, v.number, v.start, v.end) for v in english] == [
        (v.kind, v.number, v.start, v.end) for v in shared
    ]
    assert [v.unit for v in english] == ["person:dead", "USD", "", ""]
    assert [v.unit for v in shared] == ["people", "USD", "", ""]


def test_a_count_of_people_the_clause_says_two_things_of_is_not_read() -> None:
    # "among the dead, 12 people injured": which it counts cannot be told.
    assert find_values("On compte parmi les morts 12 personnes blessées.", language="fr") == []
    values = find_values("Murieron 3 personas y 12 resultaron heridas.", language="es")
    assert [v.normalized for v in values][0] == "3 person:dead"
    assert all(not v.unit.startswith("person") for v in values[1:])


def test_companies_named_in_german_are_different_actors() -> None:
    a = "Der Konzern Siemens verdiente im dritten Quartal 5 Milliarden Euro, teilte er mit."
    b = "Der Konzern Bosch verdiente im dritten Quartal 3 Milliarden Euro, teilte er mit."
    assert _disagreements(a, b, language="de", max_sentences=2) == ()
    c = "Der Konzern Siemens verdiente im dritten Quartal 3 Milliarden Euro, teilte er mit."
    (d,) = _disagreements(a, c, language="de", max_sentences=2)
    assert d.values == ("5 Milliarden Euro", "3 Milliarden Euro")


def test_numbers_in_words_are_read_when_they_count_people() -> None:
    # Small tolls are often spelled out; "six mois", "zwei Jahre" are not counts read.
    assert [v.normalized for v in find_values("Douze personnes sont mortes.", language="fr")] == [
        "12 person:dead"
    ]
    assert find_values("Il a été condamné à six mois de prison.", language="fr") == []
    assert find_values("Das Verfahren dauerte zwei Jahre.", language="de") == []
    assert [
        v.normalized for v in find_values("Es kostete zwei Millionen Euro.", language="de")
    ] == ["2000000 EUR"]
    # English numbers in words are read only as counts of people (session 31): read as
    # any count they added 9 flags on the DUC summaries, 4 of them wrong ("five of the
    # seven defendants", "six months" and "17 months").
    assert [v.normalized for v in find_values("Twelve people died.", language="en")] == [
        "12 person:dead"
    ]
    assert find_values("Five of the seven defendants were freed.", language="en") == []
    assert find_values("He was jailed for six months.", language="en") == []


def test_a_count_of_people_is_of_what_its_own_clause_says() -> None:
    # "and" ends the clause: the 650 were killed, the thousands injured.
    (value,) = find_values(
        "The quake killed at least 650 people and injured thousands.", language="en"
    )
    assert (value.normalized, value.bound) == ("650 person:dead", "above")
    (value,) = find_values("Sono morte 12 persone e ne sono rimaste ferite 30.", language="it")
    assert value.normalized == "12 person:dead"


@pytest.mark.parametrize(
    ("language", "twelve", "twenty"),
    [("fr", "douze", "vingt"), ("es", "doce", "veinte"), ("de", "zwölf", "zwanzig"),
     ("pt", "doze", "vinte"), ("it", "dodici", "venti")],
)  # fmt: skip
def test_the_numbers_in_words_of_each_language(language: str, twelve: str, twenty: str) -> None:
    words = dict(summarize.languages.get(language).numerals.words)
    assert (words[twelve], words[twenty]) == (12, 20)
    assert sorted(words.values())[:3] == ([2, 2, 3] if language == "pt" else [2, 3, 4])


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("pt", "O acidente deixou doze pessoas mortas.", [("12 person:dead", "")]),
        ("pt", "O governo liberou 3,5 bilhões de reais.", [("3500000000 BRL", "")]),
        ("it", "Sono morte 12 persone, danni per 3,5 milioni di euro.",
         [("12 person:dead", ""), ("3500000 EUR", "")]),
    ],
)  # fmt: skip
def test_find_values_in_portuguese_and_italian(
    language: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(v.normalized, v.bound) for v in find_values(sentence, language=language)] == expected


@pytest.mark.parametrize(
    ("language", "a", "b", "c"),
    [
        ("zh", "北京警方表示，骚乱中已有12人被捕。", "北京警方表示，骚乱中已有15人死亡。",
         "北京警方表示，骚乱中已有15人被捕。"),
        ("ja", "東京の火災で12人が死亡したと消防が発表した。", "東京の火災で15人が救助されたと消防が発表した。",
         "東京の火災で15人が死亡したと消防が発表した。"),
        ("ko", "서울 화재로 12명이 숨졌다고 소방당국이 밝혔다.", "서울 화재로 15명이 구조됐다고 소방당국이 밝혔다.",
         "서울 화재로 15명이 숨졌다고 소방당국이 밝혔다."),
        ("de", "Bei den Krawallen in Berlin wurden nach Angaben der Polizei 12 Menschen festgenommen.",
         "Bei den Krawallen in Berlin starben nach Angaben der Polizei 15 Menschen.",
         "Bei den Krawallen in Berlin wurden nach Angaben der Polizei 15 Menschen festgenommen."),
        ("es", "Tras los disturbios en Madrid, la policía dijo que 12 personas fueron detenidas.",
         "Tras los disturbios en Madrid, la policía dijo que 15 personas murieron.",
         "Tras los disturbios en Madrid, la policía dijo que 15 personas fueron detenidas."),
    ],
)  # fmt: skip
def test_people_to_whom_different_things_happened_are_not_compared(
    language: str, a: str, b: str, c: str
) -> None:
    # Arrested and dead, dead and rescued: two counts of people, not one in dispute; the
    # same words with the same thing befalling them are.
    assert _disagreements(a, b, language=language) == ()
    (d,) = _disagreements(a, c, language=language)
    assert d.kind == "count" and len(d.values) == 2


# Invented: a storm reported in English and in German; the German outlets disagree on the
# houses destroyed.
_MIXED_STORM = [
    "The storm hit the northern coast on Monday night. Ferries stopped running and schools "
    "closed across the county.",
    "Der Sturm traf am Montagabend die Nordküste. Nach Angaben der Polizei starben zwölf "
    "Menschen, als der Sturm 120 Häuser in der Stadt zerstörte.",
    "Am Montagabend erreichte der Sturm die Küste im Norden. Die Feuerwehr meldete, der Sturm "
    "habe in der Stadt 150 Häuser zerstört, zwölf Menschen seien gestorben.",
]


def test_in_a_cluster_of_two_languages_each_article_is_read_in_its_own() -> None:
    # Before: a cluster opening in English read every sentence as English, so the German
    # counts ("120 Häuser", "150 Häuser") were no counts of one thing and went unseen.
    summary = summarize.summarize(_MIXED_STORM, language="auto", max_sentences=3)
    assert [d.values for d in summary.disagreements] == [("120 Häuser", "150 Häuser")]
    (disagreement,) = summary.disagreements
    assert [r.document_index for r in disagreement.readings] == [1, 2]
    for reading in disagreement.readings:
        text = summary.documents[reading.document_index].text
        assert text[reading.value_start : reading.value_end] == reading.value
    # The German sentences are supported by the other German article.
    german = [s for s in summary.sentences if s.document_index == 1]
    assert german and all(s.support and s.support[0].document_index == 2 for s in german)


def test_a_count_after_the_capitalised_first_word_of_a_sentence_is_read() -> None:
    # "About", "Some", "Around" are capitalised only because they open the sentence: the
    # number after them is a count, not the number of a name ("Windows 95").
    about = find_values("About 3,000 people marched through central Lisbon on Saturday.")
    assert [(v.kind, v.normalized, v.bound) for v in about] == [("count", "3000 people", "about")]
    assert find_values("Some 5,000 demonstrators took to the streets.")[0].bound == "about"
    assert find_values("Windows 95 sold well.") == []
    assert find_values("Microsoft said Windows 95 sold well.") == []


# --- Rule 8: a fact the corroboration finds reported in other words ----------------------


def test_a_reported_fact_worded_differently_is_disputed() -> None:
    # Rule 4 wants two terms around the values in common; these share one ("annualised"),
    # and after one value, before the other. The corroboration finds the fact reported.
    summary = summarize.summarize(
        [
            "Canada's economy grew at an annualised rate of 2.1% in the third quarter, "
            "Statistics Canada said on Friday.",
            "Statistics Canada reported on Friday that gross domestic product expanded at a "
            "2.4 percent annualised pace in the July-September quarter.",
        ],
        max_sentences=1,
    )
    assert summary.sentences[0].support  # the other article reports it
    (d,) = summary.disagreements
    assert d.kind == "percent" and sorted(d.values) == ["2.1%", "2.4 percent"]
    assert d.rank == summary.sentences[0].rank


def test_a_reported_fact_bounds_read_as_bounds() -> None:
    # A bound and a figure within it fit; a figure below a lower bound does not.
    fits = _disagreements(
        "The floods in the north have killed more than 72 people since Monday, police said.",
        "Police said 85 people have died in the floods in the north since Monday.",
    )
    assert fits == ()
    (d,) = _disagreements(
        "The floods in the north have killed at least 9 people since Monday, police said.",
        "Police said the floods in the north have killed 7 people since Monday.",
    )
    assert d.kind == "count"


# Sixteen more languages' figures (session 30): two news sentences each.
@pytest.mark.parametrize(
    ("language", "sentence", "normalized"),
    [
        ("nl", "Bij de aanslag kwamen 12 mensen om het leven.", "12 person:dead"),
        ("nl", "De gemeente trekt 3,5 miljoen euro uit voor de dijk.", "3500000 EUR"),
        ("sv", "Minst 14 personer omkom i branden.", "14 person:dead"),
        ("sv", "Regeringen satsar 2,5 miljarder kronor på försvaret.", "2500000000 SEK"),
        ("da", "Ved ulykken blev 23 personer såret.", "23 person:injured"),
        ("da", "Projektet koster 1,2 mia. kroner.", "1200000000 DKK"),
        ("no", "Politiet opplyser at 7 personer er savnet.", "7 person:missing"),
        ("no", "Staten bevilger 450 millioner kroner til veien.", "450000000 NOK"),
        ("fi", "Onnettomuudessa kuoli 9 ihmistä.", "9 person:dead"),
        ("fi", "Hanke maksaa 2,3 miljoonaa euroa.", "2300000 EUR"),
        ("pl", "W wypadku zginęło 5 osób.", "5 person:dead"),
        ("pl", "Rząd przeznaczy na ten cel 4,5 mld zł.", "4500000000 PLN"),
        ("cs", "Při nehodě zemřeli 4 lidé.", "4 person:dead"),
        ("cs", "Stavba bude stát 1,8 miliardy korun.", "1800000000 CZK"),
        ("sk", "Pri požiari zahynuli 3 ľudia.", "3 person:dead"),
        ("sk", "Projekt stál 25 miliónov eur.", "25000000 EUR"),
        ("ru", "В результате взрыва погибли 12 человек.", "12 person:dead"),
        ("ru", "Ущерб оценивается в 3,5 млрд рублей.", "3500000000 RUB"),
        ("uk", "Внаслідок обстрілу поранено 8 людей.", "8 person:injured"),
        ("uk", "Уряд виділив 2,4 млрд гривень на ремонт.", "2400000000 UAH"),
        ("el", "Στο δυστύχημα σκοτώθηκαν 6 άνθρωποι.", "6 person:dead"),
        ("el", "Το έργο κοστίζει 120 εκατ. ευρώ.", "120000000 EUR"),
        ("tr", "Depremde 45 kişi hayatını kaybetti.", "45 person:dead"),
        ("tr", "Şirket 2,5 milyar dolar yatırım yapacak.", "2500000000 USD"),
        ("he", "בפיגוע נהרגו 3 אנשים.", "3 person:dead"),
        ("he", "העלות מוערכת ב-250 מיליון שקלים.", "250000000 ILS"),
        ("ar", "أسفر الانفجار عن مقتل 15 شخصا.", "15 person:dead"),
        ("ar", "بلغت قيمة الصفقة 3.5 مليار دولار.", "3500000000 USD"),
        ("hi", "हादसे में 12 लोगों की मौत हो गई।", "12 person:dead"),
        ("hi", "सरकार ने 500 करोड़ रुपये की योजना मंजूर की।", "5000000000 INR"),
        ("vi", "Vụ tai nạn khiến 7 người chết.", "7 person:dead"),
        ("vi", "Dự án có tổng vốn 2,5 tỷ đồng.", "2500000000 VND"),
    ],
)
def test_more_languages_read_their_figures(language: str, sentence: str, normalized: str) -> None:
    own = summarize.languages.get(language)
    found = [v.normalized for v in find_values(sentence, language=own, stem=own.stem)]
    assert normalized in found


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("sv", "Arbetslösheten är 8,6 procent.", "Arbetslösheten har stigit till 8,8 procent enligt SCB."),
        ("en", "Unemployment rose to 8.6 percent in March.",
         "Unemployment rose to 8.8 percent in March, according to Statistics Sweden."),
        ("de", "Die Arbeitslosenquote stieg im März auf 5,6 Prozent.",
         "Laut Bundesagentur stieg die Arbeitslosenquote im März auf 5,9 Prozent."),
    ],
)  # fmt: skip
def test_the_source_of_a_figure_is_no_actor(language: str, a: str, b: str) -> None:
    # Rule 5 took "SCB" for whom the figure is of, and the two were never compared.
    (d,) = _disagreements(a, b, language=language, max_sentences=1)
    assert d.kind == "percent"


def test_a_name_the_figure_is_of_still_tells_two_actors_apart() -> None:
    a = "Analysts said Apple earned $5 billion in the quarter, according to Reuters."
    b = "Analysts said Samsung earned $3 billion in the quarter, according to Bloomberg."
    assert _disagreements(a, b, max_sentences=2) == ()


def test_spanish_tolls_in_the_perfect_tense_are_of_the_dead() -> None:
    values = find_values("14 personas han muerto en el accidente de Tineo.", language="es")
    assert [v.normalized for v in values] == ["14 person:dead"]
    (d,) = _disagreements(
        "12 personas murieron en el accidente de Tineo.",
        "14 personas han muerto en el accidente de Tineo.",
        language="es",
        max_sentences=1,
    )
    assert d.values == ("12 personas", "14 personas")


def test_a_crowded_sentence_is_not_compared() -> None:
    # More than CROWDED values of a kind and unit: a list, whose values are never paired
    # (each with every other cost the square of them: 176 KB of one figure repeated in a
    # run-on article took 36 s).
    listing = "Inflation was 1.2%, 1.4%, 1.9%, 2.1% and 2.3% in the five quarters, it said."
    other = "Inflation was 2.8% in the five quarters, the statistics office said."
    assert disagreement.CROWDED == 4
    assert _disagreements(other, listing, max_sentences=1) == ()
    run_on = "The rate fell to 2.1% " * 300 + "in May."
    summary = summarize.summarize([run_on, "The rate fell to 3% in May, officials said."])
    assert summary.disagreements == ()


def test_the_same_sentence_but_for_its_figure_is_one_fact() -> None:
    # Two outlets' copies of one wire sentence, the toll updated: no word before the figure
    # to share (rule 4), and too few terms for the corroboration to link them.
    lead = "Une explosion a détruit un immeuble à Lyon mercredi. "
    (d,) = _disagreements(
        lead + "12 personnes ont été tuées.",
        lead + "14 personnes ont été tuées.",
        language="fr",
        max_sentences=3,
    )
    assert d.values == ("12 personnes", "14 personnes")
    # Many copies of one frame are a template, not outlets: not paired by it.
    assert disagreement.FRAMED == 8
