"""The rule-based segmenter: the hard cases of every language, exact offsets, linear patterns."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import summarize.languages as languages
from summarize.exceptions import InputTypeError, InvalidParameterError
from summarize.languages import get
from summarize.segmentation import punkt
from summarize.segmentation.rules import sentence_spans

DATA = Path(__file__).parent / "data"


def _load(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


CASES = _load("segmentation_cases.jsonl")
HOLDOUT = _load("segmentation_holdout.jsonl")
PROBE = _load("segmentation_probe.jsonl")
"""Cases from a probe of realistic wire copy: the rules were fixed on them."""
BLIND = _load("segmentation_blind.jsonl")
"""News in 26 languages written by someone who had not read the rules, in eleven rounds,
each run before the rules were fixed on it: 97 of the first 116, then 76 of the next 90 (wire
copy: English 23 of 30; session 22), 102 of 120 (15 languages, 8 each), 57 of 72 (English
40, Russian and Korean 16 each) and 59 of 60 (German, French, Spanish, Italian, Portuguese,
Dutch, 10 each; session 23); rounds six to nine on the Segmentation page; the tenth
144 of 156 (21 languages, 6 to 10 each; session 27: Polish 6 of 10, Czech
8 of 10, the others 90% or more; 155 now); the eleventh 164 of 174 (25 languages, 2 to 22
each; session 28: Hebrew 7 of 10, the others 80% or more; 172 now); the twelfth 163 of 165
(14 languages, most in Russian, Korean, Turkish, Finnish, Polish and Ukrainian; session
29; the two left are strict failures)."""

TARGET = {"en": 0.95}
"""Share of cases split exactly right, per language (issue 12); 0.90 for the others."""

_AFTER_A_NAME = (
    "an abbreviation that ends a name before a capitalised word that is no stopword, no"
    " common sentence opener ('Officials said') and no speaker after 'Jr.' or 'Ltd.'"
    " ('Ruiz said') goes on: 'U.K. Prime Minister', 'Apple Inc. Chief Executive', 'King"
    " Jr. Day' are as common as 'the U.K. Starmer called ...'"
)

_DATELINE_PIECES = (
    "a Russian agency's dateline ends with a full stop ('МОСКВА, 14 ноября. /ТАСС/.'): the"
    " splitter leaves it in pieces of its own, which the cleaning labels furniture"
)

_THAI_SPACES = (
    "Thai news writes spaces inside a sentence (after a figure and its unit, between a"
    " clause and the next that shares its subject, around names, places and lists) as"
    " often as between sentences: the words around a space do not always tell"
)

_AFTER_A_YEAR_WORD = (
    "Arabic 'ق.م.' (BC) after a century's ordinal, then a verb with its 'and' ('... القرن"
    " الثالث ق.م. وأشارت ...'): the year marks end a sentence after a figure, and an Arabic"
    " word after a period tells no sentence start by a capital"
)

_COMPANY_FORM = (
    "Polish 'sp. z o.o.' before a capital: 'Budrex sp. z o.o. Inwestycja ...' ends as often"
    " as 'Budrex sp. z o.o. Prezes ...' goes on with the company's officer"
)

_THAI_COMPOUND_VERB = (
    "a sentence whose only verb is a compound PyThaiNLP's dictionary holds and neither table"
    " of parts of speech does ('ฝนตก', it rains; 'มาจาก', comes from; 'คลายกังวล', is"
    " relieved) reads as holding none, and joins the sentence before it: in news such a"
    " piece is far more often a name, a place or a figure ('บุรีรัมย์ ยูไนเต็ด')"
)

_ABBREVIATION_THEN_NAME = (
    "an abbreviation that may end a sentence ('Inc.', 'et al.', 'Wed.', 'CF.', 'Α.Π.Θ.',"
    " 'bokstav a.') before a capitalised word that is no stopword: a name goes on after one"
    " as often ('Apple Inc. Chief Executive ...'), and the rules keep the sentence whole"
)
_GENRE_LAYOUT = (
    "the layout of a genre the rules do not read: a range of abbreviations joined by a dash"
    " ('Mon.–Sat.', 'Mo.–Fr.'), a live blog's or a transcript's entries opened by a time or"
    " a speaker's label ('14:41 –', 'Q:') after an abbreviation closing the entry before, a"
    " quoted post ending on an emoji or a hashtag, a word of the language shortened ('Man.'"
    " City, 'vol.' 615, Russian 'г.' before a city)"
)

KNOWN_FAILURES = {
    # Round 15 (session 31): 120 cases of sports, markets, courts, science, press releases,
    # transcripts, live blogs and obituaries; 91 right on the first run, 104 now.
    ("en", "round 15: sports: 'min.' ends sentence; 'pts.' and 'Man.' mid"): _GENRE_LAYOUT,
    ("en", "round 15: finance: sentence ends with 'Inc.' before capitalized word (trap)"): (
        _ABBREVIATION_THEN_NAME
    ),
    ("en", "round 15: science: 'et al.' ends sentence (trap); H. naledi"): (
        _ABBREVIATION_THEN_NAME
    ),
    ("en", "round 15: press release: St., day abbrevs, 'p.m.' ends sentence, phone, email"): (
        _GENRE_LAYOUT
    ),
    ("en", "round 15: Q/A transcript; 'Sept. 14.' and 'a.m.' end sentences before labels"): (
        _GENRE_LAYOUT
    ),
    (
        "en",
        "round 15: embedded post ends with hashtag/emoji, no period, then closing quote (trap)",
    ): _GENRE_LAYOUT,
    ("en", "round 15: live blog: timestamps start entries; 'Ave.'/'St.' end entries"): (
        _GENRE_LAYOUT
    ),
    (
        "en",
        "round 15: market wrap: index levels, 10-yr., Corp. (NVDA), 'Wed.' ends sentence (trap)",
    ): _ABBREVIATION_THEN_NAME,
    ("ru", "round 15: пресс-релиз: адрес г./ул./д./стр. — 'стр. 1.' конец; часы работы"): (
        _GENRE_LAYOUT
    ),
    ("ru", "round 15: онлайн-трансляция: время в начале записи; 'и др.' в конце (ловушка)"): (
        _GENRE_LAYOUT
    ),
    (
        "de",
        "round 15: Pressemitteilung: Hauptstr., Mo.–Fr., Aufzählung '1. … 2.' im Satz (Falle),"
        " Tel.",
    ): _GENRE_LAYOUT,
    ("fr", "round 15: science: vol./p., nom latin, et al. entre parenthèses"): _GENRE_LAYOUT,
    ("pt", "round 15: jurídico: art. 5º, inc. LVII, da CF; Dr."): _ABBREVIATION_THEN_NAME,
    ("sv", "round 15: sport + Instagram-citat med ! och emoji, slutar med ” (fälla)"): (
        _GENRE_LAYOUT
    ),
    ("no", "round 15: juss: § 274, 'bokstav a.' setningsslutt, jf."): _ABBREVIATION_THEN_NAME,
    ("el", "round 15: νεκρολογία: 'Α.Π.Θ.' στο τέλος πρότασης (παγίδα)"): (
        _ABBREVIATION_THEN_NAME
    ),
    # Round 14 (session 31): 140 cases in 25 languages, 135 right on their first run.
    ("vi", "round 14: trap: TP.HCM; quý I. ends sentence"): (
        "a Roman numeral of one letter before a period ('quý I.') reads as an initial: a"
        " capitalised word after it may be the name's next word"
    ),
    ("el", "round 14: trap: αι. mid, π.Χ. ends sentence"): (
        "an era's mark ends a sentence after a year ('το 450 π.Χ. Σήμερα'), not after a"
        " century's abbreviation ('τον 5ο αι. π.Χ.'): no number stands right before it"
    ),
    # Round 9 (session 30): Thai news, 40 cases, written after the rule of verbs.
    ("th", "round 9: politics, opposition no-confidence"): _THAI_SPACES,
    ("th", "round 9: courts, corruption sentence"): _THAI_SPACES,
    ("th", "round 9: courts, constitutional court"): _THAI_SPACES,
    ("th", "round 9: crime, theft arrest"): _THAI_SPACES,
    ("th", "round 9: crime, online scam warning"): _THAI_SPACES,
    ("th", "round 9: accident, bus crash"): _THAI_SPACES,
    ("th", "round 9: accident, warehouse fire"): _THAI_SPACES,
    ("th", "round 9: weather, heavy rain warning"): _THAI_SPACES,
    ("th", "round 9: weather, PM2.5 Bangkok"): _THAI_SPACES,
    ("th", "round 9: markets, gold price"): _THAI_SPACES,
    ("th", "round 9: stock exchange, quarterly earnings"): _THAI_SPACES,
    ("th", "round 9: sport, Premier League"): _THAI_SPACES,
    ("th", "round 9: sport, boxing title defence"): _THAI_SPACES,
    ("th", "round 9: sport, volleyball"): _THAI_SPACES,
    ("th", "round 9: health, dengue"): _THAI_SPACES,
    ("th", "round 9: education, school opening postponed"): _THAI_SPACES,
    ("th", "round 9: transport, railway timetable"): _THAI_SPACES,
    ("th", "round 9: technology, spectrum auction"): _THAI_SPACES,
    ("th", "round 9: technology, personal data leak fine"): _THAI_SPACES,
    ("th", "round 9: entertainment, Thai film box office"): _THAI_SPACES,
    ("th", "round 9: entertainment, concert tickets"): _THAI_SPACES,
    ("th", "round 9: provincial news, landfill protest"): _THAI_SPACES,
    ("th", "round 9: provincial news, fruit festival"): _THAI_SPACES,
    ("th", "round 9: official announcement, Royal Gazette appointment"): _THAI_SPACES,
    ("th", "round 9: official announcement, special holiday"): _THAI_SPACES,
    ("th", "round 9: foreign news, typhoon Japan"): _THAI_SPACES,
    ("th", "round 9: markets, retail fuel prices"): _THAI_SPACES,
    ("th", "round 9: crime, drug seizure"): _THAI_SPACES,
    ("th", "round 9: politics, provincial election results"): _THAI_SPACES,
    # The Thai rule of verbs (session 30) on the hand-written cases.
    ("th", "space between sentences"): _THAI_COMPOUND_VERB,
    ("th", "word that starts like a conjunction"): _THAI_COMPOUND_VERB,
    ("th", "Latin acronym in brackets"): _THAI_COMPOUND_VERB,
    # The twelfth round (session 29).
    ("ar", 'Abbreviation "ق.م." (BC) genuinely ends the second sentence.'): _AFTER_A_YEAR_WORD,
    (
        "ru",
        'Dash-bulleted list on separate lines, each line a segment; "тыс. руб.;" inside an item.',
    ): (
        "a Russian line opening with a dash after a line ending with a colon: a list's item"
        " as often as a hard-wrapped line's dash ('вырастет' / '— штраф ...'), and Russian"
        " news opens direct speech with a dash"
    ),
    # The eleventh round (session 28).
    ("ar", 'Abbreviation "ق.م." (BC) genuinely ends the first sentence.'): _AFTER_A_YEAR_WORD,
    ("pl", 'Company form "sp. z o.o." ends the first sentence.'): _COMPANY_FORM,
    # Round 4 (session 23).
    (
        "en",
        "U.S. ends a sentence and the next sentence starts with a capitalized title 'Chief';"
        " percentage with decimal",
    ): _AFTER_A_NAME,
    (
        "ru",
        "TASS dateline with two periods in first sentence; sentence ends with surname plus"
        " initials 'Петров А. С.'",
    ): _DATELINE_PIECES,
    (
        "ru",
        "RIA Novosti dateline; долл. mid-sentence; sentence ends with year abbreviation г."
        " followed by new sentence",
    ): _DATELINE_PIECES,
    (
        "ru",
        "Interfax-style dateline with several periods and INTERFAX.RU; decimal comma 1,5",
    ): _DATELINE_PIECES,
    ("ru", "TASS dateline for a non-Moscow city; т. е. inside final sentence"): _DATELINE_PIECES,
    ("ko", "Hard-wrapped Korean: line breaks inside sentences"): (
        "a line break in Korean without punctuation after a noun or an ending that also ends"
        " nouns ('최저기온이', '부인한'): a headline and a wrapped line look the same without case"
    ),
    (
        "ko",
        "Hard-wrapped lines inside sentences; anonymized 'A씨(45)'; company '(주)' at line"
        " start. No non-final periods.",
    ): (
        "a short Korean line without punctuation after another sentence on its line"
        " ('A씨는 경찰 조사에서 혐의를 부인한'): as short as a credit after a caption"
    ),
    (
        "fi",
        "Hard-wrapped lines; 'prof.' before name; sentence ends on 'jne.' followed by new"
        " sentence.",
    ): (
        "a short line without punctuation before a capitalised name ('Hankkeen rahoittaa' /"
        " 'Suomen Akatemia.'): a heading followed by a sentence looks the same"
    ),
    (
        "tr",
        "Verbless sentence ending on company form 'A.Ş.' followed by new sentence; 'vb.'"
        " mid-sentence.",
    ): (
        "'A.Ş.' before a capital: 'X A.Ş. Yönetim Kurulu Başkanı ...' (its chairman) goes"
        " on as often as a verbless sentence ends on it"
    ),
    ("he", "Hard-wrapped lines; 'יו״ר', 'מנכ״ל', 'ק״מ'. No non-final periods."): (
        "a line break in Hebrew without punctuation: a headline and a wrapped line look the"
        " same without case"
    ),
    (
        "en",
        "No. 10 Downing Street, No. 1 priority, U.K. ending a sentence, pounds with dollar"
        " conversion in parentheses",
    ): _AFTER_A_NAME,
    (
        "ru",
        "ru: TASS dateline with periods, млрд руб. ending a sentence, т. е., 2023 г. ending a"
        " sentence",
    ): (
        "TASS's dateline ends at each of its periods ('МОСКВА, 14 ноября.', '/ТАСС/.', two"
        " fragments, never chosen), and '2023 г.' before a capital goes on ('В 1945 г."
        " Москва стала ...')"
    ),
    (
        "ru",
        "ru: hard-wrapped lines with a break after им., initials starting lines, г. ending a"
        " sentence",
    ): (
        "TASS's dateline, and a short hard-wrapped text whose width cannot be measured: a"
        " line ending on a word before initials ('по науке' then 'А. В. Смирнов.')"
    ),
    # Round 6 (session 24).
    ("en", 'sentence ends with "U.K." followed by "European"; later "U.S.," mid-sentence'): (
        _AFTER_A_NAME
    ),
    (
        "th",
        "Sentence opens with a quotation; the space after the closing quote leads to the"
        " attribution, which is the same sentence.",
    ): "'ขณะที่' (while) joins a clause to its sentence as often as it opens the next one",
    (
        "th",
        "An English sentence with a full stop is quoted inside the Thai sentence, which"
        " continues after it; the only break is the later space.",
    ): (
        "a Latin full stop closing a quotation ends the Thai sentence ('... for us.\""
        " พร้อมระบุว่า'): the rule of full stops does not ask the Thai words after it"
    ),
    (
        "th",
        "Sentence 1 ends with the abbreviation ม.ค.; English in parentheses and score 2-1 are"
        " internal.",
    ): (
        "a Thai sentence may drop its subject ('นับเป็นแชมป์สมัยที่ 8', it is the eighth"
        " title): a verb after a space is read as a clause of the sentence before"
    ),
    # Round 7 (session 24): Thai news, 25 cases; ordinary English and Russian news.
    (
        "th",
        "Thai economy: acronym in parentheses, percentages, 'เปิดเผยว่า ' and 'โดย' inner spaces, sentence opening with อย่างไรก็ตาม",
    ): _THAI_SPACES,
    (
        "th",
        "Thai weather warning: quoted storm name, date range with abbreviated month and B.E. year before a break",
    ): _THAI_SPACES,
    (
        "th",
        "Thai crime: police rank and unit abbreviations, sentence ending in abbreviated month 'มี.ค.'",
    ): _THAI_SPACES,
    (
        "th",
        "Thai health: doctor title นพ., date range, case counts, quoted slogan containing spaces",
    ): _THAI_SPACES,
    (
        "th",
        "Thai Bangkok flooding: กทม., unit abbreviations มม./ซม. mid-sentence, final time with น.",
    ): _THAI_SPACES,
    (
        "th",
        "Thai volleyball: set score, tournament year, date and time abbreviations mid-sentence",
    ): _THAI_SPACES,
    (
        "th",
        "Thai air pollution: PM2.5 and N95 tokens, time 'น. ว่า', กรุงเทพฯ with ไปยาลน้อย",
    ): _THAI_SPACES,
    (
        "th",
        "Thai parliament budget vote: พ.ร.บ., พ.ศ. year, vote tally with spaces, final ส.ค.",
    ): _THAI_SPACES,
    (
        "th",
        "Thai agritech: English words AI and LINE with spaces, sentence ending with Latin word",
    ): _THAI_SPACES,
    (
        "th",
        "Thai heat forecast: temperature range, list of provinces with spaces inside a sentence",
    ): _THAI_SPACES,
    (
        "th",
        "Thai court verdict: sentence ending with 'พ.ร.บ.คอมพิวเตอร์ฯ', legal phrasing with inner spaces",
    ): _THAI_SPACES,
    ("th", "Thai rice exports: tonnage and value, sentence starting with 'สมาคมฯ'"): _THAI_SPACES,
    # Round 8 (session 24): Thai news, 30 cases.
    ("th", "Rail ridership over Songkran with BTS/MRT acronyms and passenger figures"): (
        _THAI_SPACES
    ),
    (
        "th",
        "Weather warning with dates, abbreviated months, region list and temperature range",
    ): _THAI_SPACES,
    (
        "th",
        "House vote on budget bill with abbreviations พ.ร.บ. and พ.ศ. and vote counts",
    ): _THAI_SPACES,
    (
        "th",
        "Road accident police report with time, rank abbreviation, address abbreviations, licence plate and withheld surname",
    ): _THAI_SPACES,
    (
        "th",
        "Thai League football result with team names containing spaces, score, nickname in quotes",
    ): _THAI_SPACES,
    (
        "th",
        "Dengue statistics with date range, age ranges, doctor title abbreviation and enumerated list",
    ): _THAI_SPACES,
    (
        "th",
        "University admissions: acronym in parentheses, English round name, website, time ending in น. mid-passage",
    ): _THAI_SPACES,
    (
        "th",
        "Film box office with quoted title and a final sentence containing a two-clause quotation",
    ): _THAI_SPACES,
    (
        "th",
        "Corruption court sentence with ป.ป.ช. abbreviation, prison term and bail amount",
    ): _THAI_SPACES,
    (
        "th",
        "Flood in Mae Sai with water levels, household counts and evacuation list",
    ): _THAI_SPACES,
    (
        "th",
        "Gold price announcement with time, decimals, and world gold price in English in parentheses",
    ): _THAI_SPACES,
    (
        "th",
        "Election commission announcing provincial results with กกต. and นายก อบจ. abbreviations",
    ): _THAI_SPACES,
    (
        "th",
        "Drug bust press conference with police rank abbreviation, quantities, road and province names",
    ): _THAI_SPACES,
    (
        "th",
        "Volleyball Nations League loss with set scores list, standings and match time",
    ): _THAI_SPACES,
    (
        "th",
        "PM2.5 air quality report with date in parentheses, unit, district list, and sentence starting with กทม.",
    ): _THAI_SPACES,
    (
        "th",
        "Online scam warning with CIB/PEA/SMS acronyms, fronted conditional clauses and hotline number",
    ): _THAI_SPACES,
    (
        "th",
        "New Year road accident statistics with date range in parentheses, casualty list and percentages",
    ): _THAI_SPACES,
    (
        "th",
        "Earthquake report with magnitude, time, distance and depth, followed by damage assessment",
    ): _THAI_SPACES,
    (
        "th",
        "School calendar change with minister title abbreviation รมว., month range and cabinet approval",
    ): _THAI_SPACES,
    (
        "th",
        "Phuket tourism figures from governor with name and position, country list and flights",
    ): _THAI_SPACES,
    (
        "th",
        "Administrative court compensation ruling with amount, interest rate and กทม. abbreviation mid-sentence",
    ): _THAI_SPACES,
    (
        "th",
        "Retail fuel price cut with company names containing abbreviations, time, and prices per litre",
    ): _THAI_SPACES,
    (
        "th",
        "Cabinet meeting approving farmer aid, first sentence ends with abbreviated month มิ.ย., ธ.ก.ส. mid-sentence",
    ): _THAI_SPACES,
    (
        "th",
        "Muay Thai knockout with fighter ring name, foreign opponent, event name in English, bonus amount",
    ): _THAI_SPACES,
}
"""Cases the rules get wrong, with the reason: each is checked to still fail."""

BELOW_TARGET: dict[str, str] = {"th": _THAI_COMPOUND_VERB}
"""Languages below their target, with the reason."""

try:
    import pythainlp  # noqa: F401
except ImportError:  # pragma: no cover - the thai extra is installed where tests run
    HAS_PYTHAINLP = False
else:
    HAS_PYTHAINLP = True
NEEDS_PYTHAINLP = "Thai clauses are told from sentences by dictionary words (summarize[thai])"


def split(text: str, language: str) -> list[str]:
    return [text[a:b] for line in sentence_spans(text, get(language)) for a, b in line]


def _case_id(case: dict[str, object]) -> str:
    return f"{case['language']}-{case['note']}"


def _case_params(cases: list[dict[str, object]]) -> list[object]:
    params = []
    for case in cases:
        reason = KNOWN_FAILURES.get((str(case["language"]), str(case["note"])))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        if case["language"] == "th" and not HAS_PYTHAINLP:
            marks.append(pytest.mark.skip(reason=NEEDS_PYTHAINLP))
        params.append(pytest.param(case, id=_case_id(case), marks=marks))
    return params


def test_the_case_set_covers_every_language() -> None:
    counts: dict[str, int] = defaultdict(int)
    for case in CASES:
        counts[str(case["language"])] += 1
        # Every expected sentence is a stripped piece of the text, in order.
        text, position = str(case["text"]), 0
        for sentence in case["sentences"]:  # type: ignore[attr-defined]
            assert sentence == sentence.strip()
            position = text.index(sentence, position) + len(sentence)
    assert len(CASES) >= 150
    assert counts["en"] >= 50
    assert len(counts) == 26 and min(counts.values()) >= 4
    assert len({_case_id(case) for case in CASES}) == len(CASES)
    every = CASES + HOLDOUT + PROBE + BLIND
    assert len({_case_id(case) for case in every}) == len(every)
    assert set(KNOWN_FAILURES) <= {(str(c["language"]), str(c["note"])) for c in every}


@pytest.mark.parametrize("case", _case_params(CASES))
def test_case(case: dict[str, object]) -> None:
    assert split(str(case["text"]), str(case["language"])) == case["sentences"]


@pytest.mark.parametrize("case", _case_params(HOLDOUT))
def test_holdout_case(case: dict[str, object]) -> None:
    assert split(str(case["text"]), str(case["language"])) == case["sentences"]


@pytest.mark.parametrize("case", _case_params(PROBE))
def test_probe_case(case: dict[str, object]) -> None:
    assert split(str(case["text"]), str(case["language"])) == case["sentences"]


@pytest.mark.parametrize("case", _case_params(BLIND))
def test_blind_case(case: dict[str, object]) -> None:
    assert split(str(case["text"]), str(case["language"])) == case["sentences"]


@pytest.mark.parametrize(
    "language",
    [
        pytest.param(code, marks=[pytest.mark.xfail(strict=True, reason=BELOW_TARGET[code])])
        if code in BELOW_TARGET
        else code
        for code in sorted({str(case["language"]) for case in CASES})
    ],
)
def test_accuracy_target(language: str) -> None:
    if language == "th" and not HAS_PYTHAINLP:
        pytest.skip(NEEDS_PYTHAINLP)
    cases = [case for case in CASES if case["language"] == language]
    right = sum(split(str(c["text"]), language) == c["sentences"] for c in cases)
    assert right / len(cases) >= TARGET.get(language, 0.90)


# --- Behaviour the cases rely on, one rule at a time ---------------------------------


def test_lines_group_sentences_like_punkt() -> None:
    text = "Storm Hits Coast\nRain fell. Roads closed.\n\nMore later"
    ours = sentence_spans(text, get("en"))
    assert ours == punkt.sentence_spans(text)
    assert [[text[a:b] for a, b in line] for line in ours] == [
        ["Storm Hits Coast"],
        ["Rain fell.", "Roads closed."],
        ["More later"],
    ]


def test_wrapped_lines_join_into_one_line() -> None:
    text = (
        "The committee decided on Monday that the vote\n"
        "would wait until March. Members left.\nNext"
    )
    assert [[text[a:b] for a, b in line] for line in sentence_spans(text, "en")] == [
        [
            "The committee decided on Monday that the vote\nwould wait until March.",
            "Members left.",
        ],
        ["Next"],
    ]


def test_short_lines_are_not_wrapped_text() -> None:
    # A headline or caption followed by a line in lower case stays on its own.
    assert split("Title\nword word word.", "en") == ["Title", "word word word."]
    assert split("Storm hits the coast as thousands flee\nTrees fell.", "en") == [
        "Storm hits the coast as thousands flee",
        "Trees fell.",
    ]
    assert split("A dash at the end of a long line -\nNext line.", "en") == [
        "A dash at the end of a long line -",
        "Next line.",
    ]


def test_a_short_line_goes_on_into_a_line_in_lower_case() -> None:
    # Before: a line under 30 characters never joined the next, so "The dam broke on
    # Monday and" was a piece of its own (labelled the headline) and "three villages were
    # flooded." a sentence without its start.
    text = "The dam broke on Monday and\nthree villages were flooded."
    assert split(text, "en") == [text]
    assert split("Officials said the dam\nbroke on Monday. Rescuers came.", "en") == [
        "Officials said the dam\nbroke on Monday.",
        "Rescuers came.",
    ]
    # Hard-wrapped at a narrow width: the line's last word, a stopword, says it goes on.
    text = "The dam broke on Monday and\nthree villages were\nflooded by the river."
    assert split(text, "en") == [text]
    text = "Der Damm brach am Montag und\ndrei Dörfer wurden überflutet."
    assert split(text, "de") == [text]
    text = "Le barrage a cédé lundi et\ntrois villages ont été inondés."
    assert split(text, "fr") == [text]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A headline above a sentence opening with a capital.
        ("Dam breaks in northern Italy\nThree villages were flooded.", 2),
        # A byline in lower case under a headline ends no sentence.
        ("Dam breaks in Italy\nby Anna Rossi\nThree villages were flooded.", 3),
        # A name written in lower case opens the next line.
        ("Apple cuts prices in China\niPhone sales fell in March.", 2),
        # A line on a colon introduces what follows.
        ("In other developments:\n(check) Gorbachev met the leaders.", 2),
        ("On the Net:\nhttp://www.napster.com", 2),
        # No stopword: a label, a name.
        ("Title\nword word word.", 2),
        # A headline may end on a stopword; a capital after it opens a sentence.
        ("What to watch for\nInvestors await the Fed.", 2),
        # A list item starts a new piece.
        ("Leaders agreed on\n- a ceasefire.", 2),
    ],
)
def test_a_short_line_stays_on_its_own_unless_a_sentence_goes_on(text: str, pieces: int) -> None:
    assert len(split(text, "en")) == pieces


def test_closing_quote_after_an_abbreviation_ends_the_sentence() -> None:
    assert split('He said "no."\nThe end.', "en") == ['He said "no."', "The end."]
    assert split("The river rose. ... !!! Then it fell.", "en")[0] == "The river rose."


def test_blank_line_always_ends_a_sentence() -> None:
    assert split("Written by Dr.\n\nSmith and others", "en") == [
        "Written by Dr.",
        "Smith and others",
    ]
    assert split("the end of a line\n\nthe next paragraph", "en") == [
        "the end of a line",
        "the next paragraph",
    ]


def test_wire_tags_after_the_last_sentence_stay_apart() -> None:
    assert split("Talks will resume. (gm)", "en") == ["Talks will resume.", "(gm)"]
    assert split("Talks will resume.\nnn", "en") == ["Talks will resume.", "nn"]


def test_number_at_a_line_end_is_not_a_list_item() -> None:
    text = "Write to Box 7, Reno, Nev. 89501.\nRelatives came."
    assert split(text, "en")[-1] == "Relatives came."


def test_thai_spaces_between_clauses_do_not_end_the_sentence() -> None:
    pytest.importorskip("pythainlp")
    # A conjunction or relative pronoun after the space: "but", "because", "which".
    assert split("ฝนตก แต่เราไป", "th") == ["ฝนตก แต่เราไป"]
    assert split("ฝนตก เพราะอากาศร้อน", "th") == ["ฝนตก เพราะอากาศร้อน"]
    # A word before the space that needs what follows: "said that", "and".
    assert split("เขาบอกว่า พรุ่งนี้จะมา", "th") == ["เขาบอกว่า พรุ่งนี้จะมา"]
    # A subordinate clause opening the sentence ends at its first space only.
    assert split("ถ้าฝนตก เราอยู่บ้าน แมวนอน", "th") == ["ถ้าฝนตก เราอยู่บ้าน", "แมวนอน"]
    # Any other space between Thai words ends the sentence; a dictionary word that
    # starts like a conjunction ("เพื่อน", a friend, not "เพื่อ") is not one.
    assert split("ฉันอยู่บ้าน เพื่อนอยู่โรงเรียน", "th") == ["ฉันอยู่บ้าน", "เพื่อนอยู่โรงเรียน"]
    assert split("ฉันอยู่บ้าน แมวนอน", "th") == ["ฉันอยู่บ้าน", "แมวนอน"]
    # Before an opening quotation a space ends the sentence; after a closing one too,
    # unless the quotation opened the sentence, whose speaker then follows.
    assert split('เขาตอบ "ได้" แมวนอน', "th") == ["เขาตอบ", '"ได้" แมวนอน']
    assert split('เขาตอบว่า "ได้" แมวนอน', "th") == ['เขาตอบว่า "ได้"', "แมวนอน"]
    assert split("“เราพร้อมให้ความร่วมมือ” ตัวแทนบริษัทระบุ", "th") == [
        "“เราพร้อมให้ความร่วมมือ” ตัวแทนบริษัทระบุ"
    ]


def test_thai_pieces_without_a_verb_join_their_neighbour(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pythainlp")
    thai = get("th")
    assert not thai.has_predicate("มูลค่าการซื้อขาย 42,315.67 ล้านบาท")  # a figure and its unit
    assert thai.has_predicate("นักลงทุนต่างชาติขายสุทธิ 1,204 ล้านบาท")  # "ขาย", to sell
    assert thai.has_predicate("แมวนอน")  # "นอน": a noun to ORCHID, a verb to the treebank
    text = (
        "ตลาดหุ้นปิดที่ระดับ 1,382.45 จุด มูลค่าการซื้อขาย 42,315.67 ล้านบาท นักลงทุนต่างชาติขายสุทธิ 1,204 ล้านบาท"
    )
    assert split(text, "th") == [
        "ตลาดหุ้นปิดที่ระดับ 1,382.45 จุด มูลค่าการซื้อขาย 42,315.67 ล้านบาท",
        "นักลงทุนต่างชาติขายสุทธิ 1,204 ล้านบาท",
    ]
    # A name that opens the text joins what follows it.
    assert split("บุรีรัมย์ ยูไนเต็ด เอาชนะ การท่าเรือ 3-1", "th") == ["บุรีรัมย์ ยูไนเต็ด เอาชนะ การท่าเรือ 3-1"]
    # A line break parts two lines whatever they hold.
    lines = sentence_spans("ตลาดหุ้นปิดที่ระดับ 1,382.45 จุด\nมูลค่าการซื้อขาย 42,315.67 ล้านบาท", thai)
    assert [len(line) for line in lines] == [1, 1]
    # The rule asks the language: without predicate tags every space that ends reads so.
    spaces = dataclasses.replace(thai.sentence_spaces, predicate_tags=frozenset())
    untagged = dataclasses.replace(thai, sentence_spaces=spaces)
    assert len(sentence_spans(text, untagged)[0]) == 3
    # Without PyThaiNLP's words there is nothing to read the parts of speech of.
    monkeypatch.setattr(languages, "_thai", [None])
    assert thai.has_predicate("มูลค่าการซื้อขาย 42,315.67 ล้านบาท")
    with pytest.raises(InputTypeError):
        thai.has_predicate(None)  # type: ignore[arg-type]


def test_thai_without_pythainlp_reads_character_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages, "_thai", [None])
    # A joiner that is one character cluster is still found ("แต่", but) ...
    assert split("ลมพัดแรง แต่ฝนหยุด", "th") == ["ลมพัดแรง แต่ฝนหยุด"]
    # ... a longer word starting like one is not ("เพื่อน" is not "เพื่อ").
    assert split("ลมพัดแรง เพื่อนหลับ", "th") == ["ลมพัดแรง", "เพื่อนหลับ"]


def test_the_rules_ask_the_language() -> None:
    # Abbreviations that close a list: a capitalised name after one starts a sentence.
    english = get("en")
    text = "They bought milk, eggs, etc. John paid."
    assert split(text, "en") == ["They bought milk, eggs, etc.", "John paid."]
    without = dataclasses.replace(english, list_ends=frozenset())
    assert [text[a:b] for line in sentence_spans(text, without) for a, b in line] == [text]
    # Japanese quotative particles after a closing quotation.
    text = "「行こう。」と言った。"
    assert split(text, "ja") == [text]
    japanese = dataclasses.replace(get("ja"), quote_particles=frozenset())
    assert len(sentence_spans(text, japanese)[0]) == 2
    # Hebrew prefixes before an abbreviation: "ברח." is "in the street".
    text = "המשרד ברח. הרצל. הוא נפתח."
    assert split(text, "he") == ["המשרד ברח. הרצל.", "הוא נפתח."]
    hebrew = dataclasses.replace(get("he"), prefixes=frozenset())
    assert len(sentence_spans(text, hebrew)[0]) == 3
    # Sentence spaces: Thai without them splits at punctuation only.
    thai = dataclasses.replace(get("th"), sentence_spaces=None)
    assert sentence_spans("ฉันกินข้าว แมวนอน", thai) == [[(0, 17)]]


def test_dates_written_with_periods_stay_whole() -> None:
    assert split("행사는 2023. 10. 1. 서울에서 열렸다. 모두 왔다.", "ko") == [
        "행사는 2023. 10. 1. 서울에서 열렸다.",
        "모두 왔다.",
    ]
    assert split("Er kam am 1. 10. 2023 an. Es regnete.", "de") == [
        "Er kam am 1. 10. 2023 an.",
        "Es regnete.",
    ]
    # A year at the end of a sentence followed by a number that is not a date part ends it.
    assert split("It was 1990. 25 people came.", "en") == ["It was 1990.", "25 people came."]


def test_abbreviation_inside_brackets_and_initials_with_vowel_signs() -> None:
    assert split("미국(U.S.) 경제는 성장했다. 좋았다.", "ko") == [
        "미국(U.S.) 경제는 성장했다.",
        "좋았다.",
    ]
    assert split("He flew to the (U.K.) capital and the (U.S.) Senate met. It rained.", "en") == [
        "He flew to the (U.K.) capital and the (U.S.) Senate met.",
        "It rained.",
    ]
    # A bracket closing a wire dateline or a sentence before a rule is still an end.
    assert split("TALKS (Omaha, Neb.) _ Talks began. (Art.) ----", "en") == [
        "TALKS (Omaha, Neb.)",
        "_ Talks began.",
        "(Art.)",
        "----",
    ]
    # A dotted date does not run over a line break: "4.\n2." is a list.
    assert split("Hepburn, 4.\n2. Who won?", "en") == ["Hepburn, 4.", "2. Who won?"]
    text = "डॉ. ए.पी.जे. अब्दुल कलाम आए। सब खुश थे।"
    assert split(text, "hi") == ["डॉ. ए.पी.जे. अब्दुल कलाम आए।", "सब खुश थे।"]


def test_language_by_name_or_object() -> None:
    text = "Am 3. Oktober kam er. Es regnete."
    assert sentence_spans(text, "german") == sentence_spans(text, get("de"))
    assert split(text, "en") == ["Am 3.", "Oktober kam er.", "Es regnete."]


def test_bad_language() -> None:
    with pytest.raises(InvalidParameterError, match="'language' parameter of sentence_spans"):
        sentence_spans("Text.", 3)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        sentence_spans("Text.", "klingon")


def test_empty_and_blank() -> None:
    assert sentence_spans("", "en") == []
    assert sentence_spans(" \n\r\n\t", "en") == []
    assert sentence_spans("  One.  ", "en") == [[(2, 6)]]


# --- Offsets on any input ------------------------------------------------------------


def _has_line_break(whitespace: str) -> bool:
    return len(("x" + whitespace + "x").splitlines()) > 1


ALPHABET = st.sampled_from(
    list("aZ .!?;…。！？؟।,\"'”“«»„)(」「-_0123456789\n\r\t\u00a0\u2028\u202f")
    + ["Dr", "U.S", "B.J", "3", "ก", "ข", "中", "ا", "Ж", "é", "\u0301", "\U0001f600", "と"]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(ALPHABET, max_size=80).map("".join),
    code=st.sampled_from(["en", "de", "fr", "ru", "el", "ar", "hi", "zh", "ja", "th"]),
)
@example(text="U.S.\n\n. . .» x", code="fr")
@example(text="」。と\nA", code="ja")
@example(text="ก ก 3 ก", code="th")
def test_offsets_are_exact(text: str, code: str) -> None:
    lines = sentence_spans(text, get(code))
    spans = [span for line in lines for span in line]
    assert all(line for line in lines)
    previous_end = 0
    for start, end in spans:
        piece = text[start:end]
        assert 0 <= previous_end <= start < end <= len(text)
        assert piece == piece.strip()
        assert text[previous_end:start].strip() == ""  # only whitespace between pieces
        previous_end = end
    assert text[previous_end:].strip() == ""
    # Sentences are on different lines exactly when a line break separates them.
    for line, following in zip(lines, lines[1:], strict=False):
        assert _has_line_break(text[line[-1][1] : following[0][0]])
    for line in lines:
        for (_, end), (start, _) in zip(line, line[1:], strict=False):
            assert not _has_line_break(text[end:start])
    assert sentence_spans(text, get(code)) == lines  # deterministic


def test_a_long_wrapped_sentence_reads_only_its_last_lines_for_stopwords() -> None:
    # Every line of this sentence is hard-wrapped prose; the stopword test at each line
    # break reads the last few lines, which still hold "the" or "and".
    line = "the talks went on for a long time and then\n"
    text = line * 200 + "ended."
    assert split(text, "en") == [text]
    # A list of names without a stopword stays a list of lines, however long the text before.
    names = "Marko Bosnjak Zoran Djindjic Milo Djukanovic\nlower case names follow here"
    assert split(names, "en") == names.split("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sure breaks: a plain word, a period, a space and a capital or a line break.
        ("They met us. Then they left.", [["They met us.", "Then they left."]]),
        ('They met us.\n"Then they left."', [["They met us."], ['"Then they left."']]),
        (
            "It was good. \u201cYes,\u201d she said.",
            [["It was good.", "\u201cYes,\u201d she said."]],
        ),
        # The same shapes in doubt, left to the rules: a title, the first part of an
        # abbreviation written with periods ("op.cit"), Roman numerals opening a line,
        # a lower-case word after the quote.
        ("He met Mr. Smith. Then he left.", [["He met Mr. Smith.", "Then he left."]]),
        ("It was cited op. Cit here.", [["It was cited op. Cit here."]]),
        ("Intro.\nII. The plan was set.", [["Intro."], ["II. The plan was set."]]),
        ("Intro.\nCIVIL. The plan was set.", [["Intro."], ["CIVIL. The plan was set."]]),
        ('It was good. "yes," she said.', [['It was good. "yes," she said.']]),
    ],
)
def test_sure_and_doubtful_periods(text: str, expected: list[list[str]]) -> None:
    lines = sentence_spans(text, get("en"))
    assert [[text[a:b] for a, b in line] for line in lines] == expected


# --- Many texts at once: the sure breaks and the stretches made in bulk -----------------

# Text in which sure breaks (a period after a plain word, then a space and a capital or
# one line break) stand next to the doubtful ones the rules must read: abbreviations,
# initials, numbers, Roman numerals, quotes, list items, ellipses, several line breaks.
SURE_ALPHABET = st.sampled_from(
    [
        "He left", "? The", "\nHe", " said", " the talks", ". ", ".\n", ".\n\n", ". The", ".\nThe", '. "We',
        " Mr", " U.S", " B.J", " op", " etc", " II", "\nIV. ", " 1990", "\n2. ", "3.5",
        '." ', "? ", "!\n", "...", " . . . ", " \u201cYes", "\u2019", " ber", " Dr",
        " did", " die", ",\n", "-\n", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2028",
        "é", "\u0301", "ß", "²", "Ж", "ברח", "中", "。", "x", "A", "z",
    ]
)  # fmt: skip
SURE_LANGUAGES = ["en", "de", "fr", "es", "pt", "ru", "pl", "he", "tr", "el"]


def _walked(text: str, code: str) -> list[list[tuple[int, int]]]:
    """What the rules say without sure breaks: every possible break read one by one."""
    from summarize.segmentation import rules

    no_sure = dataclasses.replace(rules._rules(get(code)), sure=None)
    return rules._block_spans([text], no_sure)[0]


@settings(max_examples=400, deadline=None)
@given(
    texts=st.lists(st.lists(SURE_ALPHABET, max_size=40).map("".join), min_size=1, max_size=6),
    code=st.sampled_from(SURE_LANGUAGES),
)
@example(texts=["They met us. Then they left.", "Dr. Lee came.\nHe left."], code="en")
@example(texts=["", "  \n", "He left.\nThe"], code="en")
@example(texts=["He left? The talks. He said\nthe talks. Mr. Lee", "Op. Cit"], code="en")
def test_sure_breaks_decide_as_the_rules_one_by_one(texts: list[str], code: str) -> None:
    from summarize.segmentation.rules import many_sentence_spans

    together = many_sentence_spans(texts, get(code))
    assert together == [_walked(text, code) for text in texts]
    assert together == [sentence_spans(text, get(code)) for text in texts]


def test_texts_read_in_blocks_split_as_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarize.segmentation import rules

    texts = [case["text"] for case in CASES if case["language"] == "en"]
    texts = [str(text) for text in texts] + ["", "One. Two.\n\nThree four five."] * 3
    alone = [sentence_spans(text, "en") for text in texts]
    monkeypatch.setattr(rules, "_BLOCK_CHARS", 200)  # many blocks, a text may end one
    assert rules.many_sentence_spans(texts, "en") == alone
    assert rules.many_sentence_spans([], "en") == []
    with pytest.raises(InvalidParameterError):
        rules.many_sentence_spans(texts, 3)  # type: ignore[arg-type]


def test_a_one_letter_word_after_an_abbreviation_starts_a_sentence_but_an_initial_does_not() -> (
    None
):
    # Russian, Ukrainian and Greek prepositions and articles of one letter.
    assert split("Товарооборот вырос в 2023 г. В этом году рост продолжится.", "ru") == [
        "Товарооборот вырос в 2023 г.",
        "В этом году рост продолжится.",
    ]
    assert split("Товарообіг зріс у 2023 р. У цьому році зростання триватиме.", "uk") == [
        "Товарообіг зріс у 2023 р.",
        "У цьому році зростання триватиме.",
    ]
    assert split("Το επίκεντρο ήταν 10 χλμ. Ο σεισμός έγινε το πρωί.", "el") == [
        "Το επίκεντρο ήταν 10 χλμ.",
        "Ο σεισμός έγινε το πρωί.",
    ]
    assert split("The drug slows damage caused by hepatitis B. A trial is planned.", "en") == [
        "The drug slows damage caused by hepatitis B.",
        "A trial is planned.",
    ]
    # An initial is followed by its period, a name by an apostrophe: no new sentence.
    assert split("Выступил проф. И. И. Иванов.", "ru") == ["Выступил проф. И. И. Иванов."]
    assert split("They hired Mr. O'Brien. He starts soon.", "en") == [
        "They hired Mr. O'Brien.",
        "He starts soon.",
    ]


def test_the_second_letter_of_spaced_initials_opens_no_sentence() -> None:
    # A state's initials written with a space (DUC 2002, "Sens. Jesse Helms (R-N. C.)"):
    # no sentence opens with a letter, its period and a comma or a closing bracket.
    assert split("Sen. Jesse Helms (R-N. C.) and Sen. Lugar objected. Talks went on.", "en") == [
        "Sen. Jesse Helms (R-N. C.) and Sen. Lugar objected.",
        "Talks went on.",
    ]
    assert split("He moved to Washington, D. C., in 1990. He stayed.", "en") == [
        "He moved to Washington, D. C., in 1990.",
        "He stayed.",
    ]
    assert split("We saw options A. B. and C. They were fine.", "en") == [
        "We saw options A. B. and C.",
        "They were fine.",
    ]


def test_hindi_initials_are_not_sentence_ends() -> None:
    # The Latin letters' names, written before a period: Indian initials.
    assert split("विदेश मंत्री एस. जयशंकर ने कहा कि भारत तैयार है। पी. चिदंबरम ने आलोचना की।", "hi") == [
        "विदेश मंत्री एस. जयशंकर ने कहा कि भारत तैयार है।",
        "पी. चिदंबरम ने आलोचना की।",
    ]
    text = "मौसम विभाग के डॉ. आर.के. जेनामणि ने बताया कि बारिश होगी।"
    assert split(text, "hi") == [text]


def test_after_a_number_a_capital_starts_a_sentence_where_nouns_are_lower_case() -> None:
    # Polish, Danish, Czech, Finnish write months and nouns in lower case: "42. Ratownicy"
    # is a new sentence, "3. maj" an ordinal.
    assert split("Liczba ofiar wzrosła do 42. Ratownicy przeszukują gruzy.", "pl") == [
        "Liczba ofiar wzrosła do 42.",
        "Ratownicy przeszukują gruzy.",
    ]
    assert split("Det siger han til TV 2. Politiet ønsker ikke at kommentere.", "da") == [
        "Det siger han til TV 2.",
        "Politiet ønsker ikke at kommentere.",
    ]
    assert split("Den 3. maj kom han. Stalo se.", "da")[0] == "Den 3. maj kom han."
    assert split("Stalo se 28. října. Záchranáři hledají.", "cs")[0] == "Stalo se 28. října."
    # German capitalises nouns: only a capitalised stopword ends the sentence there.
    assert split("Im 19. Jahrhundert war es anders. Am 3. Oktober feiern wir.", "de") == [
        "Im 19. Jahrhundert war es anders.",
        "Am 3. Oktober feiern wir.",
    ]
    assert split("Es waren 42. Die Retter suchen weiter.", "de") == [
        "Es waren 42.",
        "Die Retter suchen weiter.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # Abbreviations a language writes: the sentence goes on.
        ("Strejken avslutas kl. 04.00. Nya förhandlingar inleds.", "sv", 2),
        ("Interstate 280 from Rt. 101 to downtown closed. Hwy. 1 reopened.", "en", 2),
        ("Strajk popiera 52 proc. Polaków.", "pl", 1),
        ("Komisja śledcza ws. Pegasusa obraduje.", "pl", 1),
        ("Podle § 14 odst. 3 zákona to platí.", "cs", 1),
        ("Op. Dr. Ali Kaya açıklama yaptı.", "tr", 1),
        ("Оборот достиг 28 млрд долл. США и растет.", "ru", 1),
        ("Монеты датируются III в. н. э. Находку передадут в музей.", "ru", 2),
        ("Vettel fuhr auf Platz 3. Hamilton gewann das Rennen.", "de", 2),
        ("Er landete auf Platz 3. im Gesamtklassement.", "de", 1),
        ("Він навчався в університеті ім. Тараса Шевченка.", "uk", 1),
        ("Die Firma Müller & Co. KG meldete Insolvenz an.", "de", 1),
        # Words that are no abbreviation there, or units written without a period.
        ("Valet hålls i mars. Statsministern talade.", "sv", 2),
        ("Butikkene venter travelt op til jul. Dansk Erhverv er optimistisk.", "da", 2),
        ("Det kostar 500 kr. Arrangörerna säger nej.", "sv", 2),
        ("Der Gewinn der Volkswagen AG. Konzernchef Blume schwieg.", "de", 2),
        ("Kara wynosi 500 zł. Sąd uznał winę.", "pl", 2),
        ("Vstupenka stojí 500 Kč. Pořadatelé jsou spokojeni.", "cs", 2),
        ("O navio afundou no mar. Bombeiros resgataram dez. Todos comemoraram.", "pt", 3),
        ("Unos votaron que sí y otros que no. Finalmente, fue rechazada.", "es", 2),
        ("Il a été mis en examen pour vol. Mercredi, il sera jugé.", "fr", 2),
        ("Объем составил 30 млрд. Лидеры обсудили это.", "ru", 2),
        # An elided stopword after an abbreviation starts a sentence; "D'" opens names.
        ("Rendez-vous à 19 h. L'intersyndicale appelle à manifester.", "fr", 2),
        ("Il a vu M. D'Alembert hier.", "fr", 1),
    ],
)
def test_abbreviations_of_each_language(text: str, language: str, sentences: int) -> None:
    assert len(split(text, language)) == sentences, split(text, language)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A word the article writes in lower case elsewhere opens a sentence after an
        # abbreviation that may end one.
        (
            "Servers are run by Napster Inc. People can search them. Some people pay nothing.",
            [
                "Servers are run by Napster Inc.",
                "People can search them.",
                "Some people pay nothing.",
            ],
        ),
        (
            "Send gifts to 400 N. Tustin Ave. Blankets are welcome. We need blankets.",
            ["Send gifts to 400 N. Tustin Ave.", "Blankets are welcome.", "We need blankets."],
        ),
        # Without that evidence, or when the word is capitalised inside a sentence
        # elsewhere (a name), or opens a name of several words, it goes on.
        (
            "Servers are run by Napster Inc. People can search them.",
            ["Servers are run by Napster Inc. People can search them."],
        ),
        (
            "Shares of Acme Corp. Chairman Lee fell. The chairman said so.",
            ["Shares of Acme Corp. Chairman Lee fell.", "The chairman said so."],
        ),
        (
            "He met Smith Jr. Brown at noon. Later Brown left, and brown leaves fell.",
            ["He met Smith Jr. Brown at noon.", "Later Brown left, and brown leaves fell."],
        ),
        # After initials the capital is a name's first word: "U.S. Embassy".
        (
            "A U.S. Embassy official spoke. The embassy was closed.",
            ["A U.S. Embassy official spoke.", "The embassy was closed."],
        ),
    ],
)
def test_a_word_written_in_lower_case_elsewhere_opens_a_sentence_after_an_abbreviation(
    text: str, sentences: list[str]
) -> None:
    assert split(text, "en") == sentences


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # A year with its mark closing a clause ends the sentence before a capital ...
        ("Umowę podpisano 3 maja 2020 r. Dokument zakłada budowę linii.", "pl", 2),
        ("Пик выдачи пришелся на конец 2023 г. Эксперты ожидают роста.", "ru", 2),
        ("Закон ухвалили у травні 2021 р. Депутати підтримали його.", "uk", 2),
        ("Smlouvu podepsali v květnu roku 2020 r. Dokument platí.", "cs", 2),
        # ... not one opening its sentence, before the subject, nor before lower case.
        ("W 2020 r. Polska wprowadziła nowe prawo.", "pl", 1),
        ("W maju 2020 r. Andrzej Duda wygrał wybory.", "pl", 1),
        ("В мае 2023 г. Путин подписал указ.", "ru", 1),
        ("Umowę podpisano 3 maja 2020 r. i weszła w życie.", "pl", 1),
        # Where nothing is capitalised, the mark after a year ends it (Arabic).
        ("وقعت الحرب عام ١٩٧٣ م. ودعا الرئيس إلى السلام.", "ar", 2),
    ],
)
def test_a_year_mark_ends_a_clause_not_an_opening_date(
    text: str, language: str, sentences: int
) -> None:
    assert len(split(text, language)) == sentences, split(text, language)


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # Brackets opened inside a sentence hold a remark, whose ender does not end it.
        ("対象は６５歳以上の人（施設に入所している人を除く。）で、５００円を助成する。", "ja", 1),
        ("他说（见附件。）明天到。", "zh", 1),
        # Opened after an ender, they are a sentence of their own.
        ("市は発表した。（写真は市役所。）次の会議は来月。", "ja", 3),
        ("会议结束。（完）", "zh", 2),
    ],
)
def test_an_ender_inside_brackets_opened_within_a_sentence_does_not_end_it(
    text: str, language: str, sentences: int
) -> None:
    assert len(split(text, language)) == sentences, split(text, language)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Polls close at 8 p.m. Results are expected soon.", 2),
        ("He left at 9 p.m. The police came later.", 2),
        ("The vote is at 10 a.m. Saturday in Columbus.", 1),
        ("It starts at 2 p.m. Eastern time.", 1),
        ("At 2 p.m. President Obama will speak.", 1),
        ("The vote is set for 5 p.m. Monday, according to Sen. Maria Lopez.", 1),
        ("Show hours are 8 a.m. to 9 p.m. Admission: adults, $4.50.", 2),
    ],
)
def test_a_time_closing_a_clause_ends_the_sentence_before_a_capital(
    text: str, sentences: int
) -> None:
    assert len(split(text, "en")) == sentences, split(text, "en")


def test_thai_names_positions_and_brackets_do_not_end_a_sentence() -> None:
    pytest.importorskip("pythainlp")
    # Title, first name, surname and position are separated by spaces in Thai news.
    assert split("นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทางไปเชียงใหม่เมื่อวานนี้ ประชาชนให้การต้อนรับ", "th") == [
        "นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทางไปเชียงใหม่เมื่อวานนี้",
        "ประชาชนให้การต้อนรับ",
    ]
    assert split("พล.อ.ประยุทธ์ จันทร์โอชา ประธานองคมนตรี เข้าร่วมพิธี ฝนเริ่มตก", "th") == [
        "พล.อ.ประยุทธ์ จันทร์โอชา ประธานองคมนตรี เข้าร่วมพิธี",
        "ฝนเริ่มตก",
    ]
    # "นายกรัฐมนตรี" (prime minister) is one word, not the title "นาย".
    assert split("นายกรัฐมนตรีเดินทางไปเชียงใหม่ ประชาชนให้การต้อนรับ", "th") == [
        "นายกรัฐมนตรีเดินทางไปเชียงใหม่",
        "ประชาชนให้การต้อนรับ",
    ]
    # A bracket explains what precedes it; a period after Thai letters marks an abbreviation.
    assert split("คณะกรรมการนโยบายการเงิน (กนง.) มีมติคงอัตราดอกเบี้ย ตลาดหุ้นปรับตัวขึ้น", "th") == [
        "คณะกรรมการนโยบายการเงิน (กนง.) มีมติคงอัตราดอกเบี้ย",
        "ตลาดหุ้นปรับตัวขึ้น",
    ]
    assert split("องค์การอนามัยโลก (WHO) ระบุว่าโรคระบาดลดลง ประชาชนเริ่มคลายกังวล", "th") == [
        "องค์การอนามัยโลก (WHO) ระบุว่าโรคระบาดลดลง",
        "ประชาชนเริ่มคลายกังวล",
    ]


def test_hard_wrapped_wire_copy_goes_on_across_a_capital() -> None:
    text = (
        "TAMPA, Fla. (AP) -- Storm surge from Hurricane Milo flooded parts of Pinellas\n"
        "County, where rescue crews pulled about 300 people from homes, officials said\n"
        "Thursday. Forecasters at the U.S. National Hurricane Center said the storm\n"
        "would weaken over land.\n"
    )
    assert split(text, "en") == [
        "TAMPA, Fla. (AP) -- Storm surge from Hurricane Milo flooded parts of Pinellas\n"
        "County, where rescue crews pulled about 300 people from homes, officials said\n"
        "Thursday.",
        "Forecasters at the U.S. National Hurricane Center said the storm\n"
        "would weaken over land.",
    ]
    # A headline above it is shorter than the text's lines: it stays a line of its own.
    headline = "Hurricane Milo: Here's what to look out for\n"
    assert split(headline + text, "en")[0] == headline.strip()


def test_an_ellipsis_before_a_word_in_lower_case_goes_on() -> None:
    # An ellipsis marking words left out of a quotation, then its last word and the
    # closing quote at the line's end: one sentence (the closing quote made the last
    # word look like a wire's lone tag, "(gm)", which is cut).
    text = (
        '"So they\'re picking off the ones which they regard ... vulnerable."\n'
        "Prime Minister Margaret Thatcher received the news on a jet."
    )
    assert split(text, "en") == text.split("\n")
    assert split("They regard ... vulnerable.)\nNext.", "en")[0].endswith("vulnerable.)")
    assert split("The accord was signed. (gm)\nNext.", "en") == [
        "The accord was signed.",
        "(gm)",
        "Next.",
    ]
    # A spaced ellipsis after a word's own period: on before a word in lower case ...
    assert split("They regard. . . vulnerable. He left.", "en") == [
        "They regard. . . vulnerable.",
        "He left.",
    ]
    # ... while after a sentence's end it stays apart from both sentences.
    assert split("It scared me. ... It was loud.", "en") == [
        "It scared me.",
        "...",
        "It was loud.",
    ]
    assert split("It was over. . . . Then he left.", "en") == [
        "It was over.",
        ". . .",
        "Then he left.",
    ]


@pytest.mark.parametrize("blank", ["", " ", "\t", "\u00a0", "\u00a0 \u3000"])
def test_a_line_of_any_whitespace_ends_a_hard_wrapped_paragraph(blank: str) -> None:
    # A list of links (lines without a sentence's end) above a paragraph of prose: the
    # list's lines stay apart whatever whitespace the blank line between them holds
    # (web pages leave no-break spaces there), since the list's paragraph ends on none.
    links = (
        "Read more about the storm that flooded large parts of Pinellas\n"
        "Coverage of the rescue crews and the work they did in the county\n"
        "Photos of the damage to homes along the coast of the Gulf region\n"
    )
    prose = (
        "Residents of the county were told to leave their homes before\n"
        "nightfall, and most of them did so without any trouble at all,\n"
        "the sheriff said on Wednesday morning in a written statement.\n"
    )
    assert split(links + blank + "\n" + prose, "en") == [
        *links.splitlines(),
        prose.strip(),
    ]


@pytest.mark.parametrize("line_break", ["\r", "\r\n", "\u2028", "\u2029", "\x85"])
def test_hard_wrapped_text_reads_every_kind_of_line_break(line_break: str) -> None:
    # Old Mac files end lines with "\r", word processors with U+2028 and U+2029: the
    # width of the lines and the paragraphs' ends are read from them as from "\n".
    text = (
        "The storm flooded large parts of the coast on Tuesday and the\n"
        "rain kept falling for hours over the western parts of Pinellas\n"
        "County, where officials said the water had risen to records.\n"
        "\n"
        "Residents of the county were told to leave their homes before\n"
        "nightfall, and most of them did so without any trouble at all,\n"
        "the sheriff said on Wednesday morning in a written statement.\n"
    )
    expected = [piece.replace("\n", line_break) for piece in split(text, "en")]
    assert len(expected) == 2
    assert split(text.replace("\n", line_break), "en") == expected


def test_a_dash_after_a_sentence_end_goes_on_before_lower_case_or_a_quotations_speaker() -> None:
    # A dash then a word in lower case continues the sentence, after an abbreviation or
    # an exclamation inside dashes.
    assert split(
        "Two members -- Howell Heflin, D-Ala., and Arlen Specter, R-Pa. -- also voiced "
        "concern. But the panel voted.",
        "en",
    ) == [
        "Two members -- Howell Heflin, D-Ala., and Arlen Specter, R-Pa. -- also voiced concern.",
        "But the panel voted.",
    ]
    assert split("He skipped it because -- there goes the advance! -- they might. Then.", "en")[
        0
    ].endswith("they might.")
    # After a closing quote, the speaker's name: one sentence, when a sentence ender
    # closes the credit; a bare name is a caption's credit, a piece of its own.
    assert split('"It was very bad." -- Flora Churnin, a teacher.\nNext.', "en") == [
        '"It was very bad." -- Flora Churnin, a teacher.',
        "Next.",
    ]
    assert split('"It was very bad." -- Flora Churnin\nNext.', "en") == [
        '"It was very bad."',
        "-- Flora Churnin",
        "Next.",
    ]
    # Before a capital after a plain sentence end, a dash is a run-in list's bullet.
    assert split("Multiply by 700. - Divide by your height. - Round it.", "en") == [
        "Multiply by 700.",
        "- Divide by your height.",
        "- Round it.",
    ]


def test_a_stray_comma_after_a_full_stop_ends_the_line_s_sentence() -> None:
    # A typing slip of old wire copy: "reported.," at a line's end, a new sentence next.
    text = "Troops invaded Kuwait, Kuwaiti officials reported.,\nThe Iraqi government said so."
    assert split(text, "en") == [
        "Troops invaded Kuwait, Kuwaiti officials reported.,",
        "The Iraqi government said so.",
    ]
    # After an abbreviation or initials the comma is the sentence's own.
    for text in (
        "Offices at 2700 Wilshire Blvd.,\nLos Angeles.",
        "Leaders of the U.S.,\nChina met.",
    ):
        assert len(split(text, "en")) == 1


def test_paragraphs_run_together_by_a_stray_semicolon_are_two_sentences() -> None:
    # Old wire copy ran its paragraphs together after the full stop with "; ".
    text = "It had not formulated a response.; Outside the embassy, crowds gathered."
    assert split(text, "en") == [
        "It had not formulated a response.",
        ";",
        "Outside the embassy, crowds gathered.",
    ]
    assert split('He would not vote for him."; Thomas spoke next.', "en")[0] == (
        'He would not vote for him."'
    )
    # After an abbreviation, initials or a number the mark is the sentence's own, and so is
    # a comma after a quotation ('"Who knows?", Smith asked.').
    for text in (
        "McDonald's Corp.; Oak Brook, Ill., and a partner opened it.",
        "He went to the U.S.; China and Japan followed.",
        "The price rose to 3.5; Smith said so.",
        '"Who knows?", Smith asked.',
        "It ended., Then it began again.",
    ):
        assert len(split(text, "en")) == 1, text


def test_a_quotation_mark_typed_without_a_space_before_a_capital_ends_the_sentence() -> None:
    # An opening quote right after the full stop starts the next sentence ...
    assert split('Ele pediu ao procurador."Eu pedi ao procurador-geral.', "pt") == [
        "Ele pediu ao procurador.",
        '"Eu pedi ao procurador-geral.',
    ]
    # ... a closing one ends this one.
    assert split('He said "stop."Then he left.', "en") == ['He said "stop."', "Then he left."]
    assert split("He said \u201cstop.\u201dThen he left.", "en")[1] == "Then he left."
    # Without a quotation mark, a capital after a full stop may be a name or an address.
    assert split("Visit example.Com now.", "en") == ["Visit example.Com now."]


def test_a_list_of_links_is_not_wrapped_prose() -> None:
    # Lines of one width but no sentence ending the paragraph: each stays a line.
    links = (
        "Storms hit the Florida coast overnight as the governor warns residents\n"
        "Schools close in Tampa and St. Petersburg for the rest of the week\n"
        "Power cut for two million customers in the state after the storm\n"
        "What to know about the storm surge and how to stay safe at home\n"
    )
    assert len(split(links, "en")) == 4


def test_an_acronym_after_an_abbreviation_goes_on() -> None:
    # "et" is an English stopword, "ET" the time zone.
    text = "Power was out as of 11 a.m. ET, according to PowerOutage.us."
    assert split(text, "en") == [text]


def test_chinese_quotations_open_with_their_quote_and_keep_their_tag() -> None:
    # “ opens a Chinese quotation: it is not the closing quote of the sentence before.
    assert split("救援工作面临很大困难。“帐篷已经运到灾区。”地震造成118人死亡。", "zh") == [
        "救援工作面临很大困难。",
        "“帐篷已经运到灾区。”",
        "地震造成118人死亡。",
    ]
    # A speech tag right after the quotation is part of its sentence.
    assert split("“一定要把他们救出来！”厅长在救灾现场说。余震仍在持续。", "zh") == [
        "“一定要把他们救出来！”厅长在救灾现场说。",
        "余震仍在持续。",
    ]
    assert split("“新的一天开始了。”人们走上街头，庆祝节日的到来，现场气氛十分热烈。", "zh") == [
        "“新的一天开始了。”",
        "人们走上街头，庆祝节日的到来，现场气氛十分热烈。",
    ]


def test_a_line_break_after_an_abbreviation_ends_the_sentence_unless_a_name_follows() -> None:
    # A paragraph ends on "Calif." or "p.m.": the capital on the next line starts another.
    text = "The crew will land at Edwards Air Force Base, Calif.\nNASA expects an image soon."
    assert split(text, "en") == [
        "The crew will land at Edwards Air Force Base, Calif.",
        "NASA expects an image soon.",
    ]
    assert split("9:47 p.m.\nHelsley closes it out with a strikeout.", "en") == [
        "9:47 p.m.",
        "Helsley closes it out with a strikeout.",
    ]
    # After a title or an initial, the name goes on.
    assert len(split("The award went to Dr.\nMaria Gomez of Madrid.", "en")) == 1
    assert len(split("He met John F.\nKennedy in 1960.", "en")) == 1
    # A language without titles keeps the abbreviation rule alone.
    assert len(split("Die Firma Müller & Co.\nKG meldete Insolvenz an.", "de")) == 1


def test_a_text_whose_lines_each_end_a_sentence_is_not_hard_wrapped() -> None:
    # Lines of one width, but each ends a sentence: a line per paragraph, so "Inc." ending
    # a line before "President" ends the sentence.
    text = (
        "Insured losses from the storm could reach $28 billion, according to Verisk Inc.\n"
        "President Joe Biden approved a major disaster declaration for 15 Florida counties.\n"
        "CNN's Alex Chen and Rosa Gomez contributed to this report from Tampa on Friday."
    )
    assert split(text, "en") == text.split("\n")
    # Hard-wrapped, the line goes on across the same abbreviation and capital.
    wrapped = (
        "Insured losses from the storm could reach $28 billion, the analysts at Verisk Inc.\n"
        "President Mark Lee said on Thursday, a figure that may yet rise as the water\n"
        "recedes and the insurers send their assessors to the flooded neighborhoods."
    )
    assert len(split(wrapped, "en")) == 1


def test_german_counts_end_a_sentence_and_ordinals_do_not() -> None:
    # After a word of a count ("auf", "um", "bei", "rund"), a capitalised noun starts a
    # new sentence; after an article or a contraction the number is an ordinal, whatever
    # follows ("Mal" is a stopword too).
    text = "Insgesamt stieg die Zahl auf 42. Rettungskräfte suchten weiter."
    assert split(text, "de") == [
        "Insgesamt stieg die Zahl auf 42.",
        "Rettungskräfte suchten weiter.",
    ]
    assert split("Die Zahl der Verletzten liegt bei 17. Ärzte behandeln sie.", "de") == [
        "Die Zahl der Verletzten liegt bei 17.",
        "Ärzte behandeln sie.",
    ]
    assert split("Betroffen sind rund 300. Behörden raten zur Vorsicht.", "de") == [
        "Betroffen sind rund 300.",
        "Behörden raten zur Vorsicht.",
    ]
    for text in (
        "Zum 3. Mal in Folge gewann der Verein den Pokal.",
        "Es war der 42. Jahrestag der Gründung.",
        "Er feierte am Sonntag seinen 80. Geburtstag.",
        "Die Frist läuft bis 31. Dezember.",
        "Merkel feiert 60. Geburtstag",
        "Der Verein spielt um 3. Oktober herum.",
        "Das Spiel gegen den Verein um 1. FC Köln endete.",
    ):
        assert split(text, "de") == [text], text
    # A headline, where nothing ends a sentence after the noun, is not split.
    assert split("Vettel fällt auf 3. Platz zurück\nEr fuhr stark.", "de") == [
        "Vettel fällt auf 3. Platz zurück",
        "Er fuhr stark.",
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Hier, M. Le Pen a parlé. Rien.", ["Hier, M. Le Pen a parlé.", "Rien."]),
        ("nl", "Dhr. De Vries tekende. Klaar.", ["Dhr. De Vries tekende.", "Klaar."]),
        ("es", "El Sr. De la Rosa dijo que no. Fin.", ["El Sr. De la Rosa dijo que no.", "Fin."]),
        ("pt", "O Dr. Da Silva falou. Fim.", ["O Dr. Da Silva falou.", "Fim."]),
        ("it", "Il sen. La Russa ha parlato. Fine.", ["Il sen. La Russa ha parlato.", "Fine."]),
        # Not after a title: a capitalised stopword opens the next sentence.
        ("en", "It rose in the U.S. The White House said so.", None),
        ("nl", "Ze kocht 10 mln. De Nederlandsche Bank meldde het.", None),
    ],
)
def test_a_surname_opening_with_a_particle_stays_with_its_title(
    language: str, text: str, expected: list[str] | None
) -> None:
    if expected is None:  # two sentences, split after the abbreviation
        first = text.index(". ") + 1
        expected = [text[:first], text[first + 1 :]]
    assert split(text, language) == expected


def test_an_abbreviation_after_an_elided_article_is_read() -> None:
    assert split("Ha citato l'art. 3 della Costituzione. Fine.", "it") == [
        "Ha citato l'art. 3 della Costituzione.",
        "Fine.",
    ]
    assert split("Selon l\u2019art. 3 du code, rien. Fin.", "fr") == [
        "Selon l\u2019art. 3 du code, rien.",
        "Fin.",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Bolaget säljer antenner m.m. Omsättningen steg."),
        ("da", "Firmaet sælger fisk, skaldyr o.l. Omsætningen steg."),
        ("no", "Selskapet selger fisk, skalldyr o.l. Omsetningen økte."),
        ("fi", "Yhtiö myy puhelimia, tabletteja ym. Liikevaihto kasvoi."),
    ],
)
def test_an_abbreviation_closing_a_list_ends_the_sentence(language: str, text: str) -> None:
    first = text.index(". ") + 1
    assert split(text, language) == [text[:first], text[first + 1 :]]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A quotation of several sentences reported inside one, closed before its particle.
        (
            "ja",
            "首相は「最優先する。年内にまとめたい」と述べた。次の話題。",
            ["首相は「最優先する。年内にまとめたい」と述べた。", "次の話題。"],
        ),
        (
            "ko",
            "김 장관은 “최선을 다했다. 받아들이겠다”고 말했다. 이어 떠났다.",
            ["김 장관은 “최선을 다했다. 받아들이겠다”고 말했다.", "이어 떠났다."],
        ),
        # Not reported: the quotation closes with no particle after it.
        ("ko", "그는 “좋다. 가자.” 그리고 떠났다.", ["그는 “좋다.", "가자.”", "그리고 떠났다."]),
        # English abbreviations run into a script without spaces.
        ("zh", "专家Dr. Lopez表示同意。好。", ["专家Dr. Lopez表示同意。", "好。"]),
        # A year's mark after a number, where no capital tells.
        ("ar", "كانت عام ١٩٧٣ م. ودعا الحكومة.", ["كانت عام ١٩٧٣ م.", "ودعا الحكومة."]),
        ("ar", "قال د. أحمد إن الوضع صعب.", ["قال د. أحمد إن الوضع صعب."]),
        # A currency closing a figure where nouns are in lower case; not before an acronym.
        ("ru", "Цена 100 руб. Завтра вырастет.", ["Цена 100 руб.", "Завтра вырастет."]),
        ("ru", "Оборот 28 млрд долл. США и растет.", ["Оборот 28 млрд долл. США и растет."]),
    ],
)
def test_rules_of_other_scripts(language: str, text: str, expected: list[str]) -> None:
    assert split(text, language) == expected


def test_a_wrapped_line_goes_on_into_a_figure() -> None:
    text = (
        "The governor said the state would spend approximately\n"
        "$3.4 million on repairs to the bridge. Work starts soon.\n"
    )
    assert split(text, "en") == [
        "The governor said the state would spend approximately\n$3.4 million on repairs to "
        "the bridge.",
        "Work starts soon.",
    ]
    # A list of dates or addresses is not a wrapped sentence.
    timeline = "They have their first child in the summer of that year\n1953 _ Lucy is born"
    assert len(split(timeline, "en")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Where does it stop?" Getty asked. Fine.',
            ['"Where does it stop?" Getty asked.', "Fine."],
        ),
        (
            '"Are you sure?" Dr. Helen Park asked when shown the data. Fine.',
            ['"Are you sure?" Dr. Helen Park asked when shown the data.', "Fine."],
        ),
        ('"Why?" Smith asked, smiling. Fine.', ['"Why?" Smith asked, smiling.', "Fine."]),
        # Capitalised words with no verb of saying: the next sentence.
        ('"Why?" The minister left the room.', ['"Why?"', "The minister left the room."]),
        ('"Stop!" The crowd said nothing.', ['"Stop!"', "The crowd said nothing."]),
    ],
)
def test_a_quoted_question_keeps_its_speech_tag(text: str, expected: list[str]) -> None:
    assert split(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A common word that only opens sentences, then a word in lower case.
        ("Cases rose across the U.S. Officials said most were children.", 2),
        ("The vote went to the U.N. Diplomats expect a veto.", 2),
        ("It hired 300 people for Mitsubishi Heavy Industries Ltd. Terms were not given.", 2),
        ("Trains stopped across the U.K. Separately, buses ran late.", 1),  # not followed so
        # A name's next word, or a title's last word, goes on.
        ("He met the U.N. Security Council on Monday.", 1),
        ("She flew to the U.S. Embassy in Rome.", 1),
        ('A release titled "Heavyweights K.O. Fans," Napster said, was wrong.', 1),
        # After a name's last abbreviation, a capitalised word then a verb of saying.
        ("It was funded by retired banker Harold Simms Jr. Ruiz said more trials are due.", 2),
        ("Apple Inc. Chief Executive Tim Cook said sales rose.", 1),
        ("Martin Luther King Jr. Day falls on a Monday.", 1),
        # Forms that always go on into what follows.
        ('Prosecutors say Daniel Ortiz, a.k.a. "The Ghost," ran the ring.', 1),
        ("Many papers, e.g. The Times, ran it.", 1),
        ("The case, Clinton vs. New York City, was decided.", 1),
    ],
)
def test_a_common_opener_or_a_speaker_after_an_abbreviation_starts_a_sentence(
    text: str, sentences: int
) -> None:
    assert len(split(text, "en")) == sentences, split(text, "en")


def test_a_sentence_opener_without_a_verb_after_it_is_left_to_the_names() -> None:
    # "Separately," is followed by a comma, not a word in lower case: read as before.
    assert "separately" in get("en").sentence_openers
    assert split("It stopped across the U.K. Separately, buses ran.", "en") == [
        "It stopped across the U.K. Separately, buses ran."
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Приказ подписал заместитель министра Петров А. С. Экспозиция продлится до мая.",
            "ru",
            [
                "Приказ подписал заместитель министра Петров А. С.",
                "Экспозиция продлится до мая.",
            ],
        ),
        (
            "Наказ підписав міністр Шевченко А. С. Виставка триватиме до травня.",
            "uk",
            ["Наказ підписав міністр Шевченко А. С.", "Виставка триватиме до травня."],
        ),
        # Initials before a surname, or after a word that is no surname, go on.
        ("Об этом заявил глава МИД России С. В. Лавров на встрече.", "ru", None),
        ("Заявил министр иностранных дел России С. В. Лавров.", "ru", None),
        ("Приказ подписал президент В. В. Путин.", "ru", None),
        ("Доклад сделал акад. А. С. Петров.", "ru", None),
        ("Приказ подписал министр Петров А. С. в пятницу.", "ru", None),
        # English writes the first name first: "George H. W. Bush".
        ("He met former President George H. W. Bush in Texas.", "en", None),
    ],
)
def test_initials_after_a_surname_end_its_sentence_before_a_capital(
    text: str, language: str, expected: list[str] | None
) -> None:
    assert split(text, language) == (expected or [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "한국은행은 올해 경제성장률 전망치를 2.1%에서\n1.9%로 0.2%포인트 낮췄다.",
            ["한국은행은 올해 경제성장률 전망치를 2.1%에서\n1.9%로 0.2%포인트 낮췄다."],
        ),
        (
            "경찰은 지난 3일 오후 11시께 서울의 한 주점에서\n직원을 폭행한 혐의로 B씨를 조사하고 있다.",
            [
                "경찰은 지난 3일 오후 11시께 서울의 한 주점에서\n직원을 폭행한 혐의로 B씨를 조사하고 있다."
            ],
        ),
        # A line ending on a noun is a headline's as often as a wrapped line's.
        (
            "기준금리 동결 결정\n한국은행은 기준금리를 동결했다.",
            ["기준금리 동결 결정", "한국은행은 기준금리를 동결했다."],
        ),
        # The next line must hold a sentence ender: a headline above a byline stays apart.
        ("서울광장에서\n김민수 기자", ["서울광장에서", "김민수 기자"]),
    ],
)
def test_a_korean_line_ending_on_a_particle_goes_on(text: str, expected: list[str]) -> None:
    assert split(text, "ko") == expected


def test_a_japanese_line_ending_on_a_particle_goes_on() -> None:
    text = "政府は来年度の予算案を\n閣議決定した。"
    assert split(text, "ja") == [text]
    assert split("予算案決定\n政府は予算案を閣議決定した。", "ja") == [
        "予算案決定",
        "政府は予算案を閣議決定した。",
    ]


def test_a_korean_dotted_date_before_a_bracketed_weekday_stays_whole() -> None:
    text = "접수 기간은 2024. 3. 4.(월)부터 3. 15.(금)까지다. 신청은 온라인으로 받는다."
    assert split(text, "ko") == [
        "접수 기간은 2024. 3. 4.(월)부터 3. 15.(금)까지다.",
        "신청은 온라인으로 받는다.",
    ]


def test_thai_connectives_lists_companies_and_quotations_do_not_end_at_their_spaces() -> None:
    pytest.importorskip("pythainlp")
    # A connective opening the sentence, then a space: "ทั้งนี้ คณะรัฐมนตรี ...".
    assert split("ทั้งนี้ คณะรัฐมนตรีจะพิจารณางบประมาณ", "th") == ["ทั้งนี้ คณะรัฐมนตรีจะพิจารณางบประมาณ"]
    # A list announced by "ได้แก่" (namely) goes on to its last item, after "และ".
    text = "ฝนตกหนักในหลายจังหวัด ได้แก่ เชียงใหม่ เชียงราย และน่าน จะมีน้ำท่วม"
    assert split(text, "th") == [text]
    # A company's name, written with spaces after "บริษัท" (but "บริษัทเปิด ..." is a noun).
    text = "บริษัท สยามเทค โซลูชันส์ จำกัด เปิดตัวแอปใหม่"
    assert split(text, "th") == [text]
    assert split("บริษัทเปิดโรงงานใหม่ โรงงานจะเริ่มผลิตปีหน้า", "th") == [
        "บริษัทเปิดโรงงานใหม่",
        "โรงงานจะเริ่มผลิตปีหน้า",
    ]
    # A space inside an open quotation separates its clauses, not sentences.
    text = "นายกฯ กล่าวว่า “รัฐบาลจะไม่ทิ้งใคร เราจะเร่งเยียวยา” แมวนอน"
    assert split(text, "th") == ["นายกฯ กล่าวว่า “รัฐบาลจะไม่ทิ้งใคร เราจะเร่งเยียวยา”", "แมวนอน"]
    # A time or a verb of saying after the space goes on ("เมื่อวันที่", "ระบุว่า").
    text = "ทีมชาติไทยชนะนัดชิงชนะเลิศ เมื่อคืนวันที่ 5 มกราคม"
    assert split(text, "th") == [text]


def test_a_space_after_a_thai_abbreviation_is_read_as_between_words() -> None:
    pytest.importorskip("pythainlp")
    # A month after its day, then the next sentence; a month before "นี้" (this) goes on.
    assert split("ทีมชาติไทยชนะเมื่อคืนวันที่ 5 ม.ค. ประตูชัยมาจากกองหน้า", "th") == [
        "ทีมชาติไทยชนะเมื่อคืนวันที่ 5 ม.ค.",
        "ประตูชัยมาจากกองหน้า",
    ]
    text = "การลงทะเบียนจะเปิดถึงวันที่ 10 ต.ค. นี้"
    assert split(text, "th") == [text]
    # Not a unit after a number ("11.00 น.", o'clock) nor the sentence's subject.
    text = "กรมฯ จะแถลงทุกวันเวลา 11.00 น. ผ่านเพจของกรม"
    assert split(text, "th") == [text]
    text = "กทม. ประกาศปิดการจราจรถนนราชดำเนิน"
    assert split(text, "th") == [text]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # An ender inside brackets or title marks opened within the sentence.
        (
            "同社は新型車を発表した（価格は未定。発売は来春を予定）。次の話題です。",
            "ja",
            ["同社は新型車を発表した（価格は未定。発売は来春を予定）。", "次の話題です。"],
        ),
        (
            "电影《你好！未来》上映首周票房突破3.5亿元。",
            "zh",
            ["电影《你好！未来》上映首周票房突破3.5亿元。"],
        ),
        # Brackets that open the sentence hold a sentence of their own.
        ("（写真は会場。）会議は続いた。", "ja", ["（写真は会場。）", "会議は続いた。"]),
        # A quotation used as a modifier: 听到“我们赢了！”的欢呼声.
        (
            "听到“我们赢了！”的欢呼声后，球迷们涌上街头。",
            "zh",
            ["听到“我们赢了！”的欢呼声后，球迷们涌上街头。"],
        ),
        # A half-width period typed as a Chinese full stop, without a space.
        (
            "该公司营收达到12.5亿元,同比增长8.3%.净利润为2.1亿元.",
            "zh",
            ["该公司营收达到12.5亿元,同比增长8.3%.", "净利润为2.1亿元."],
        ),
        ("美国U.S.政府表示欢迎。", "zh", ["美国U.S.政府表示欢迎。"]),
    ],
)
def test_cjk_enders_inside_brackets_and_half_width_stops(
    text: str, language: str, expected: list[str]
) -> None:
    assert split(text, language) == expected


def test_hindi_titles_and_vietnamese_places_before_a_name_go_on() -> None:
    text = "कंपनी के प्रवक्ता मि. जोशी ने बताया कि भर्ती होगी।"
    assert split(text, "hi") == [text]
    text = "Bà Lan, giám đốc một sàn tại H. Nhà Bè, cho biết giá đã tăng."
    assert split(text, "vi") == [text]
    assert split("Ông đến TP. Hồ Chí Minh hôm qua. Trời mưa.", "vi") == [
        "Ông đến TP. Hồ Chí Minh hôm qua.",
        "Trời mưa.",
    ]


def test_a_capitalised_stopword_opening_a_title_after_an_acronym_goes_on() -> None:
    text = "U.N. Under-Secretary-General Maria Lindqvist called for a pause."
    assert split(text, "en") == [text]
    # A compound in lower case after its hyphen still opens a sentence after an initial.
    assert split("They were vaccinated against hepatitis B. So-called vaccines work.", "en") == [
        "They were vaccinated against hepatitis B.",
        "So-called vaccines work.",
    ]


def test_a_caseless_line_that_opened_after_another_sentence_goes_on() -> None:
    text = (
        "서울시는 요금을 인상한다고 밝혔다. 지하철 요금은 지난해 이미 올랐으며, 시는 이번 버스 요금"
        "\n조정으로 적자를 줄일 것으로 내다봤다."
    )
    assert split(text, "ko") == [
        "서울시는 요금을 인상한다고 밝혔다.",
        "지하철 요금은 지난해 이미 올랐으며, 시는 이번 버스 요금\n조정으로 적자를 줄일 것으로 내다봤다.",
    ]
    # A short credit after a caption stays on its line.
    assert split("市民在地铁站内乘车。记者 李明 摄\n地铁开通了。", "zh") == [
        "市民在地铁站内乘车。",
        "记者 李明 摄",
        "地铁开通了。",
    ]
    # A quotation still open at the line's end goes on too; a line of its own does not.
    text = "관계자는 “가격 상승이\n불가피하다”라고 말했다."
    assert split(text, "ko") == [text]
    assert split("기준금리 동결\n한국은행은 동결했다.", "ko") == [
        "기준금리 동결",
        "한국은행은 동결했다.",
    ]


def test_a_space_after_a_thai_figure_ends_a_sentence_only_before_another_word() -> None:
    pytest.importorskip("pythainlp")
    # A new subject after a figure: two sentences.
    assert split("อัตราการว่างงานอยู่ที่ร้อยละ 1.01 ตัวเลขดังกล่าวลดลงเล็กน้อย", "th") == [
        "อัตราการว่างงานอยู่ที่ร้อยละ 1.01",
        "ตัวเลขดังกล่าวลดลงเล็กน้อย",
    ]
    # Its unit, a month, or a preposition after it: one.
    for text in (
        "มีรถยนต์เดินทางออกจากกรุงเทพฯ มากกว่า 3 ล้านคันในช่วงวันหยุดยาว",
        "ทีมชาติไทยเอาชนะเวียดนาม 2-1 ในการแข่งขันนัดชิงชนะเลิศ",
        "การเลือกตั้งจัดขึ้นเมื่อวันที่ 14 พฤษภาคม 2566",
        "กรมฯ จะแถลงสถานการณ์ทุกวันเวลา 11.00 น. ผ่านเพจของกรม",
    ):
        assert split(text, "th") == [text]
    # A date opening the sentence is no clause of its own: the figures' spaces do not
    # close it, the name after it goes on.
    text = "เมื่อวันที่ 12 มี.ค. 2567 ดร.สมชาย ใจดี ผู้อำนวยการสำนักงาน เปิดเผยว่า อัตราลดลง"
    assert split(text, "th") == [text]


def test_a_thai_verb_after_a_space_goes_on_with_its_subject() -> None:
    pytest.importorskip("pythainlp")
    thai = get("th")
    assert thai.sentence_spaces is not None
    assert thai.first_word_tag("จะเริ่มมีผล") in thai.sentence_spaces.continuing_tags
    assert thai.first_word_tag("ตัวเลขดังกล่าวลดลง") not in thai.sentence_spaces.continuing_tags
    # An auxiliary or a verb after the space: its subject came before it.
    for text in (
        "คณะรัฐมนตรีมีมติเห็นชอบมาตรการลดค่าครองชีพ จะเริ่มมีผลในเดือนหน้า",
        "ดัชนีปิดการซื้อขายวันนี้ที่ระดับ 1,352.18 จุด ลดลง 12.45 จุด",
    ):
        assert split(text, "th") == [text]


def test_a_thai_name_without_a_title_keeps_its_surname_and_position() -> None:
    pytest.importorskip("pythainlp")
    given, family = get("th").person_names()
    assert "ธนวัฒน์" in given and "ศรีสุข" in family
    text = "ธนวัฒน์ ศรีสุข กองหน้าทีมชาติไทย ยิงคนเดียว 2 ประตู"
    assert split(text, "th") == [text]


def test_person_names_and_tags_are_empty_without_sentence_spaces() -> None:
    assert get("fr").person_names() == (frozenset(), frozenset())
    assert get("ja").first_word_tag("政府は") is None


def test_an_ordinal_inside_a_name_of_capitalised_words_goes_on() -> None:
    text = "İstanbul 15. Ağır Ceza Mahkemesi, 12 sanıktan 5'ine hapis cezası verdi."
    assert split(text, "tr") == [text]
    # A capital after the ordinal that opens a sentence, and a name on the next line.
    assert split("Kanalen hedder TV 2. Politiet oplyser intet.", "da") == [
        "Kanalen hedder TV 2.",
        "Politiet oplyser intet.",
    ]


def test_a_full_stop_after_a_quoted_question_in_arabic_closes_its_sentence() -> None:
    text = "ورفع المحتجون لافتات كتب عليها «إلى متى؟». وقالت الشرطة إن الوضع هادئ."
    assert split(text, "ar") == [
        "ورفع المحتجون لافتات كتب عليها «إلى متى؟».",
        "وقالت الشرطة إن الوضع هادئ.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # An amount closing a clause, then the next sentence; not the people it counts.
        ("Ceny wzrosły o 0,5 proc. Analitycy są zaskoczeni.", "pl", 2),
        ("Ankieta objęła 30 proc. Polaków w wieku produkcyjnym.", "pl", 1),
        # A surname cut to its initial after a given name; not a title's initial.
        ("Zarzuty usłyszał 30-letni Adam W. Grozi mu do 5 lat więzienia.", "pl", 2),
        ("Prezydent A. Duda podpisał ustawę.", "pl", 1),
        ("Soud poslal do vězení Tomáše R. Odvolat se nemůže.", "cs", 2),
        ("Former President George W. Bush spoke on Monday.", "en", 1),
        # A century, and an era written with spaces.
        ("Zamek zbudowano w XIV w. Dziś jest ruiną.", "pl", 2),
        ("Hrad vznikl ve 2. století n. l. Dnes je zříceninou.", "cs", 2),
        # A compound's abbreviation before a house number.
        ("Das Feuer brach in der Bahnhofstr. 7 aus.", "de", 1),
        # A quoted question, then a tag asking it; in Arabic the verb comes first.
        ("“这公平吗？”一位家长问道。", "zh", 1),
        ("«هل هذا عدل؟» تساءل أحد الآباء. وردت الوزارة ببيان.", "ar", 2),
    ],
)
def test_the_tenth_blind_round_s_rules(text: str, language: str, sentences: int) -> None:
    assert len(split(text, language)) == sentences


def test_an_abbreviation_before_a_name_s_closer_goes_on() -> None:
    # "Inc." is a stopword of the English list, but after "Co." it closes the name.
    text = "He is an analyst with Bear, Stearns & Co. Inc. in New York. Shares fell."
    assert split(text, "en") == [
        "He is an analyst with Bear, Stearns & Co. Inc. in New York.",
        "Shares fell.",
    ]
    assert split("The firm is Acme Co. Ltd. Shares rose.", "en") == [
        "The firm is Acme Co. Ltd.",
        "Shares rose.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # A brand in camel case and Dutch "'s" open a sentence as a capital does.
        (
            "The update fixes a flaw. iPhone models will get it first.",
            "en",
            ["The update fixes a flaw.", "iPhone models will get it first."],
        ),
        (
            "De werkzaamheden duren tot maart. 's Nachts rijden er geen treinen.",
            "nl",
            ["De werkzaamheden duren tot maart.", "'s Nachts rijden er geen treinen."],
        ),
        ("He said so. eh, not quite.", "en", ["He said so. eh, not quite."]),
        # Czech and Slovak "hod." after a time closes a clause before a capital.
        (
            "Zasedání začne ve středu ve 14.30 hod. Ministři projednají rozpočet.",
            "cs",
            ["Zasedání začne ve středu ve 14.30 hod.", "Ministři projednají rozpočet."],
        ),
        # A tag after a quoted question, ellipsis or exclamation in a script without case:
        # Hebrew puts the verb first, Hindi last.
        (
            '"חיכינו לרגע הזה 20 שנה..." אמרה רחל לוי בהתרגשות. הדיון נמשך.',
            "he",
            ['"חיכינו לרגע הזה 20 שנה..." אמרה רחל לוי בהתרגשות.', "הדיון נמשך."],
        ),
        (
            "“किसानों की आय कब दोगुनी होगी?” विपक्ष के नेता ने संसद में सरकार से पूछा। सरकार ने जवाब दिया।",
            "hi",
            [
                "“किसानों की आय कब दोगुनी होगी?” विपक्ष के नेता ने संसद में सरकार से पूछा।",
                "सरकार ने जवाब दिया।",
            ],
        ),
        # ... not when the clause after it ends on another verb, nor after an ellipsis in a
        # script with case, where a capital opens a sentence.
        (
            "“क्या यह सही है?” सरकार ने इस पर कोई जवाब नहीं दिया।",
            "hi",
            ["“क्या यह सही है?”", "सरकार ने इस पर कोई जवाब नहीं दिया।"],
        ),
        (
            'It ended with one line: "We know where you live..." Police said it was a threat.',
            "en",
            [
                'It ended with one line: "We know where you live..."',
                "Police said it was a threat.",
            ],
        ),
    ],
)
def test_the_eleventh_round_s_rules(text: str, language: str, sentences: list[str]) -> None:
    assert split(text, language) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Штраф вырастет до 5 тыс. рублей;",
        "Штраф вырастет до 5 тыс. руб.,",
    ],
)
def test_a_word_in_lower_case_ending_a_line_goes_on_after_an_abbreviation(text: str) -> None:
    # Not a wire's tag after a sentence ("... in Goiânia. (gm)"): a word with a comma or a
    # semicolon goes on with a list's item.
    assert split(text, "ru") == [text]


def test_a_dateline_on_the_next_line_ends_an_abbreviation() -> None:
    text = "Lesezeit: 4 Min.\nSCHWERIN – Die Deutsche Bahn sperrt die Strecke."
    assert split(text, "de") == [
        "Lesezeit: 4 Min.",
        "SCHWERIN – Die Deutsche Bahn sperrt die Strecke.",
    ]
    # A word in capitals without a comma or a dash after it is no dateline: "Min." before
    # an acronym goes on as before.
    text = "Die Fahrt dauert 4 Min.\nICE und IC fahren langsamer."
    assert split(text, "de") == [text]


def test_a_heading_of_links_is_never_the_rest_of_a_sentence() -> None:
    text = "נועה לוי על הפודיום. צילום: הפדרציה הבינלאומית לג'ודו\nכתבות נוספות\nהמאמן הלאומי"
    pieces = split(text, "he")
    assert "כתבות נוספות" in pieces


# --- Round 14 (session 31) ------------------------------------------------------------


def test_a_korean_quotation_in_straight_marks_is_reported_whole() -> None:
    text = '그는 "정말 기쁩니다. 팬들께 감사드립니다"라고 말했다. 팀은 4위로 올라섰다.'
    assert split(text, "ko") == [
        '그는 "정말 기쁩니다. 팬들께 감사드립니다"라고 말했다.',
        "팀은 4위로 올라섰다.",
    ]
    # Two quotations on a line: the second opens after the first closes.
    text = '그는 "좋다"고 했다. "정말 좋다. 다시 오겠다." 팀은 4위다.'
    assert split(text, "ko") == [
        '그는 "좋다"고 했다.',
        '"정말 좋다.',
        '다시 오겠다."',
        "팀은 4위다.",
    ]


def test_a_short_chant_quoted_in_a_caseless_sentence_goes_on() -> None:
    assert split("وردد المحتجون هتاف «ارحل!» أمام مقر الحكومة. ثم تفرقوا.", "ar") == [
        "وردد المحتجون هتاف «ارحل!» أمام مقر الحكومة.",
        "ثم تفرقوا.",
    ]
    assert split('הם צעקו "די!" מול הכנסת. המשטרה פיזרה אותם.', "he") == [
        'הם צעקו "די!" מול הכנסת.',
        "המשטרה פיזרה אותם.",
    ]
    # After a colon a whole sentence is quoted; a long exclamation is one too.
    assert split("قال الرئيس: «لن نتراجع!» ثم غادر القاعة.", "ar") == [
        "قال الرئيس: «لن نتراجع!»",
        "ثم غادر القاعة.",
    ]


def test_yahoo_goes_on_before_a_name_and_ends_before_a_stopword() -> None:
    assert split("Yahoo! Japan said it would merge with Line Corp. Shares rose.", "en") == [
        "Yahoo! Japan said it would merge with Line Corp.",
        "Shares rose.",
    ]
    # With no other possible break on the line (the sure marks' pass): walked, for its name.
    assert split("Yahoo! Japan said it. Ok.", "en") == ["Yahoo! Japan said it.", "Ok."]
    assert split("The unit was sold to Yahoo! The deal closed in May.", "en") == [
        "The unit was sold to Yahoo!",
        "The deal closed in May.",
    ]


def test_an_era_after_a_year_closes_its_clause() -> None:
    assert split("The temple was built in 450 B.C. Today it draws visitors.", "en") == [
        "The temple was built in 450 B.C.",
        "Today it draws visitors.",
    ]
    assert split("In 450 B.C. Athens led Greece.", "en") == ["In 450 B.C. Athens led Greece."]
    assert split("Ο ναός χτίστηκε το 450 π.Χ. Σήμερα είναι μουσείο.", "el") == [
        "Ο ναός χτίστηκε το 450 π.Χ.",
        "Σήμερα είναι μουσείο.",
    ]


# --- Round 15 (session 31): genres -----------------------------------------------------


def test_the_abbreviations_of_sports_markets_and_courts_go_on() -> None:
    assert split("Sinner needed just 1 hr. 42 min. to win the match.", "en") == [
        "Sinner needed just 1 hr. 42 min. to win the match."
    ]
    assert split("Skazał go na podst. art. 148 § 1 k.k. na 15 lat.", "pl") == [
        "Skazał go na podst. art. 148 § 1 k.k. na 15 lat."
    ]
    assert split("Hon var bl.a. ledamot av Kungl. Vetenskapsakademien.", "sv") == [
        "Hon var bl.a. ledamot av Kungl. Vetenskapsakademien."
    ]


def test_a_unit_after_a_number_closes_a_clause_before_a_capital() -> None:
    assert split("He now leads with 77 pts. Leclerc is second on 59.", "en") == [
        "He now leads with 77 pts.",
        "Leclerc is second on 59.",
    ]
    assert split("Rozhodující gól vstřelil v 85. min. Sparta vede tabulku.", "cs") == [
        "Rozhodující gól vstřelil v 85. min.",
        "Sparta vede tabulku.",
    ]
    # A unit's abbreviation before a number or a word in lower case goes on.
    assert split("He won by 12.535 sec. ahead of Pérez.", "en") == [
        "He won by 12.535 sec. ahead of Pérez."
    ]
    # French "vol" is theft as often as a volume: not an abbreviation.
    assert split("Il a été mis en examen pour vol. Mercredi, il sera jugé.", "fr") == [
        "Il a été mis en examen pour vol.",
        "Mercredi, il sera jugé.",
    ]
