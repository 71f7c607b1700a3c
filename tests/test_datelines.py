"""Datelines: a dateline opening a line is a piece of its own, never part of a sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import summarize
from summarize.segmentation import segment
from summarize.segmentation.clean import dateline_end

# (language, text, the dateline)
DATELINES = [
    ("en", "BEIJING, China: Russian President Vladimir Putin arrived.", "BEIJING, China:"),
    ("en", "WASHINGTON: Officials met on Monday.", "WASHINGTON:"),
    ("en", "BRUSSELS, Belgium (AP) - The ministers met.", "BRUSSELS, Belgium (AP) -"),
    ("en", "WASHINGTON _ The Senate voted.", "WASHINGTON _"),
    ("en", "AMHERST, N.Y. _ A storm hit the town.", "AMHERST, N.Y. _"),
    ("en", "COEUR d'ALENE, Idaho _ Morris S. Dees Jr. came to court.", "COEUR d'ALENE, Idaho _"),
    ("en", "LOS ANGELES (AP) -- The fires spread.", "LOS ANGELES (AP) --"),
    ("en", "COEUR D'ALENE, Idaho (AP) -- Snow fell.", "COEUR D'ALENE, Idaho (AP) --"),
    ("en", "BEIJING, May 16 (Xinhua) -- Talks began.", "BEIJING, May 16 (Xinhua) --"),
    ("en", "WASHINGTON (AP) _ 'We won,' he said.", "WASHINGTON (AP) _"),
    ("en", "(AP) - Rain fell all day.", "(AP) -"),
    ("en", "UPDATE: The company cut its forecast.", "UPDATE:"),
    ("de", "Berlin (dpa) - Die Regierung tagt.", "Berlin (dpa) -"),
    ("de", "BERLIN \u2013 Die Regierung tagt.", "BERLIN \u2013"),
    ("fr", "Paris, 12 mai (Reuters) - Le gouvernement a chuté.", "Paris, 12 mai (Reuters) -"),
    ("fr", "PARIS (AFP) - « Nous partons », a dit le ministre.", "PARIS (AFP) -"),
    ("es", "Madrid, 3 may (EFE).- El Gobierno aprobó la ley.", "Madrid, 3 may (EFE).-"),
    ("pt", "SÃO PAULO - O governo anunciou o plano.", "SÃO PAULO -"),
    ("pt", "Rio de Janeiro (Reuters) - O governo caiu.", "Rio de Janeiro (Reuters) -"),
    ("ru", "МОСКВА, 16 мая \u2014 Президент подписал указ.", "МОСКВА, 16 мая \u2014"),
    ("ar", "القاهرة (رويترز) - قال مسؤول إن المحادثات بدأت.", "القاهرة (رويترز) -"),
    ("ja", "【北京共同】中国政府は発表した。", "【北京共同】"),
    # A date without a comma, a place with a slash, a year, other agencies' forms.
    ("cs", "Praha 3. října (ČTK) - Vláda schválila rozpočet.", "Praha 3. října (ČTK) -"),
    ("de", "Frankfurt/Main (dpa) - Die Börse schloss fester.", "Frankfurt/Main (dpa) -"),
    ("pt", "Lisboa, 03 out 2023 (Lusa) - O Governo aprovou.", "Lisboa, 03 out 2023 (Lusa) -"),
    ("en", "WASHINGTON, May 16, 2024 (AP) - The Senate voted.", "WASHINGTON, May 16, 2024 (AP) -"),
    (
        "ko",
        "(서울=연합뉴스) 김철수 기자 = 정부는 새 정책을 발표했다.",
        "(서울=연합뉴스) 김철수 기자 =",
    ),
    (
        "zh",
        "新华社北京5月16日电（记者张三）中国政府宣布了新政策。",
        "新华社北京5月16日电（记者张三）",
    ),
    ("zh", "（中央社記者王小明台北21日電）行政院今天通過預算。", "（中央社記者王小明台北21日電）"),
]


@pytest.mark.parametrize(("language", "text", "dateline"), DATELINES)
def test_a_dateline_is_its_own_piece(language: str, text: str, dateline: str) -> None:
    article = "A Headline\n\n" + text + " It went on.\n"
    pieces = summarize.split_sentences(article, language=language)
    for piece in pieces:
        assert article[piece.start : piece.end] == piece.text
    kinds = [(p.kind, p.text) for p in pieces]
    assert kinds[0] == ("headline", "A Headline")
    assert kinds[1] == ("furniture", dateline)
    rest = text[len(dateline) :].lstrip()
    # The sentence starts at its first word, right after the dateline and its space.
    assert pieces[2].kind == "sentence"
    assert pieces[2].start == pieces[1].end + len(text) - len(dateline) - len(rest)
    assert (rest + " It went on.").startswith(pieces[2].text)
    assert not pieces[2].text[0].isspace()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Note: the talks resumed on Monday."),
        ("en", "Note: The talks resumed on Monday."),
        ("en", "Update: The talks resumed on Monday."),
        ("en", "Beijing: In a grand display, Xi met Putin."),
        ("en", "He said: The talks will resume."),
        ("en", "AIDS - a disease that spread fast."),
        ("en", "US troops landed on Monday."),
        ("en", "1911 _ The war began in the north."),
        ("en", "TOKYO (AP _ Stocks fell sharply."),
        ("en", "Smith (R-Texas) - The senator said no."),
        ("en", "He said (AP) - The talks failed."),
        ("en", "(AP) Rain fell all day."),
        ("fr", "Il a dit (AFP) - Non, jamais."),
        ("de", "Achtung: Die Straße ist gesperrt."),
    ],
)
def test_a_false_dateline_keeps_the_sentence_whole(language: str, text: str) -> None:
    assert dateline_end(text) is None
    pieces = summarize.split_sentences("A Headline\n\n" + text, language=language)
    assert [(p.kind, p.text) for p in pieces[1:]] == [("sentence", text)]


def test_a_dateline_is_cut_only_where_a_line_starts() -> None:
    text = "The talks resumed. WASHINGTON _ The Senate voted."
    assert [p.text for p in summarize.split_sentences(text)] == [
        "The talks resumed.",
        "WASHINGTON _ The Senate voted.",
    ]


def test_a_headline_in_capitals_stays_a_headline() -> None:
    pieces = summarize.split_sentences("WASHINGTON: A CITY IN CRISIS\n\nRain fell on the city.")
    assert [(p.kind, p.text) for p in pieces] == [
        ("headline", "WASHINGTON: A CITY IN CRISIS"),
        ("sentence", "Rain fell on the city."),
    ]


def test_the_candidate_starts_after_the_dateline() -> None:
    from summarize.documents import Document

    text = "Storm Hits Coast\n\nMIAMI (AP) _ A storm hit the coast. Power failed.\n"
    seg = segment((Document("a", text),), language="english")
    candidates = seg.candidates()
    assert candidates.texts == ("A storm hit the coast.", "Power failed.")
    start = int(candidates.start[0])
    assert text[start : int(candidates.end[0])] == "A storm hit the coast."
    assert [p.kind for p in seg.pieces(0)] == ["headline", "furniture", "sentence", "sentence"]
    # A summary never carries the dateline, and its offsets are exact.
    summary = summarize.summarize([text], max_sentences=1)
    assert summary.sentences[0].text == "A storm hit the coast."
    assert text[summary.sentences[0].start : summary.sentences[0].end] == "A storm hit the coast."


_PARTS = [
    "BEIJING, China: Xi met Putin.",
    "Note: the talks resumed.",
    "WASHINGTON (AP) _ The Senate voted.",
    "US troops landed.",
    "UPDATE:",
    "(AP) -",
    "NATO - ",
    "Berlin (dpa) - Die Regierung tagt.",
    "Rain fell.",
    "AIDS - a disease.",
    "【北京共同】中国政府は発表した。",
    "_ ",
    "WASHINGTON _",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PARTS), min_size=1, max_size=10),
    st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=10, max_size=10),
)
def test_no_text_is_lost(parts: list[str], gaps: list[str]) -> None:
    # Whatever is cut, the pieces are exact spans, in order, without overlap, and
    # together they hold every character of the text but white space.
    text = "".join(p + g for p, g in zip(parts, gaps, strict=False))
    pieces = summarize.split_sentences(text)
    end = 0
    for piece in pieces:
        assert piece.start >= end
        assert text[piece.start : piece.end] == piece.text
        assert piece.text == piece.text.strip()
        assert not text[end : piece.start].strip()
        end = piece.end
    assert not text[end:].strip()


def test_the_seed_summary_opens_no_sentence_with_a_dateline(
    seed_articles: list[dict[str, str]],
) -> None:
    summary = summarize.summarize(seed_articles, max_words=100)
    for sentence in summary.sentences:
        assert dateline_end(sentence.text) is None, sentence.text
        assert not sentence.text.startswith("BEIJING")
    # The dateline of the fifth article is a piece of its own, the sentence after it a
    # candidate that starts at its first word.
    assert summary.segmentation is not None
    pieces = summary.segmentation.pieces(4)
    kinds = [(p.kind, p.text) for p in pieces]
    at = kinds.index(("furniture", "BEIJING, China:"))
    assert kinds[at + 1][0] == "sentence"
    assert kinds[at + 1][1].startswith("Russian President Vladimir Putin")


@pytest.mark.parametrize(
    ("language", "text", "datelines"),
    [
        # Two datelines: the agency, then the place and date.
        ("it", "(ANSA) - ROMA, 03 OTT - Il governo ha approvato la legge.",
         ["(ANSA) -", "ROMA, 03 OTT -"]),
        # A dateline the segmenter ended with a full stop is a piece of its own, and the
        # agency after it too.
        ("ru", "МОСКВА, 16 мая. /ТАСС/. Президент подписал указ.", ["МОСКВА, 16 мая.", "/ТАСС/."]),
        ("hi", "नई दिल्ली, 16 मई (आईएएनएस)। सरकार ने नई नीति की घोषणा की।",
         ["नई दिल्ली, 16 मई (आईएएनएस)।"]),
    ],
)  # fmt: skip
def test_datelines_of_several_pieces(language: str, text: str, datelines: list[str]) -> None:
    pieces = summarize.split_sentences("A Headline\n\n" + text, language=language)
    kinds = [(p.kind, p.text) for p in pieces[1:]]
    assert kinds[: len(datelines)] == [("furniture", d) for d in datelines]
    assert [kind for kind, _ in kinds[len(datelines) :]] == ["sentence"]


# (language, text, the dateline): forms only an article's first sentence is read for.
LEAD_DATELINES = [
    ("en", "KYIV, March 3 \u2014 Russian forces shelled the city.", "KYIV, March 3 \u2014"),
    ("en", "Kyiv, March 3 \u2014 Russian forces shelled the city.", "Kyiv, March 3 \u2014"),
    ("en", "Kyiv \u2014 Russian forces shelled the city.", "Kyiv \u2014"),
    ("en", "KYIV\u2014Russian forces shelled the city.", "KYIV\u2014"),
    ("en", "KYIV, March 3 \u2014\u201cWe will fight,\u201d he said.", "KYIV, March 3 \u2014"),
    ("en", "WASHINGTON, D.C. \u2014 The Senate voted on Friday.", "WASHINGTON, D.C. \u2014"),
    ("en", "ST. PETERSBURG, Fla. \u2014 The storm hit.", "ST. PETERSBURG, Fla. \u2014"),
    ("fr", "Paris, 3 mars \u2014 Le gouvernement a annoncé un plan.", "Paris, 3 mars \u2014"),
    ("fr", "Londres, Angleterre -- Le Tour est arrivé.", "Londres, Angleterre --"),
    ("de", "Potsdam \u2013 Die SPD hat die Wahl gewonnen.", "Potsdam \u2013"),
    # The wires type a dash as an underscore.
    ("en", "Andrews, N.C. _ The truck was found on Monday.", "Andrews, N.C. _"),
    ("es", "MADRID, 3 de marzo \u2014 El Gobierno aprobó el plan.", "MADRID, 3 de marzo \u2014"),
    ("pt", "Rio de Janeiro \u2013 A Petrobras teve lucro.", "Rio de Janeiro \u2013"),
    ("ar", "جنيف - قالت الأمم المتحدة إن المساعدات وصلت.", "جنيف -"),
]


@pytest.mark.parametrize(("language", "text", "dateline"), LEAD_DATELINES)
def test_an_article_opens_with_a_dateline_without_an_agency(
    language: str, text: str, dateline: str
) -> None:
    # Alone, or below a headline and a byline.
    for article in (text, "A Headline\nBy A. Writer\n\n" + text + " It went on.\n"):
        pieces = summarize.split_sentences(article, language=language)
        for piece in pieces:
            assert article[piece.start : piece.end] == piece.text
        texts = [p.text for p in pieces]
        opening = texts.index(dateline)
        assert pieces[opening].kind == "furniture"
        rest = pieces[opening + 1]
        assert rest.kind == "sentence"
        assert article[pieces[opening].end : rest.start].strip() == ""
        assert text[len(dateline) :].lstrip().startswith(rest.text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Hague \u2014 The court ruled on Friday."),
        ("en", "Kyiv - a city under fire - braced for more."),
        ("en", "AIDS\u2014a disease that spread fast."),
        ("en", "US\u2014China trade talks resumed on Monday."),
        (
            "zh",
            "\u6211\u4eec\u7684\u76ee\u6807\u5f88\u660e\u786e \u2014 \u53d1\u5c55\u7ecf\u6d4e\u3002",
        ),
        ("de", "Die Lage \u2013 Das sagen die Experten."),
    ],
)
def test_a_capitalised_word_before_a_dash_is_no_dateline_without_more(
    language: str, text: str
) -> None:
    # A stopword is no place; a lower-case word after the dash goes on with the sentence.
    pieces = summarize.split_sentences("A Headline\n\n" + text, language=language)
    assert [(p.kind, p.text) for p in pieces[1:]] == [("sentence", text)]


def test_a_dateline_without_an_agency_is_cut_only_from_the_first_sentence() -> None:
    text = "Storm Hits Coast\n\nKyiv \u2014 The city was shelled.\nLviv \u2014 The city was quiet."
    assert [(p.kind, p.text) for p in summarize.split_sentences(text)] == [
        ("headline", "Storm Hits Coast"),
        ("furniture", "Kyiv \u2014"),
        ("sentence", "The city was shelled."),
        ("sentence", "Lviv \u2014 The city was quiet."),
    ]
