"""Sentence-quality rules: fragments held back, dangling openers discounted."""

from __future__ import annotations

import dataclasses

import pytest

import summarize
from summarize.documents import Document
from summarize.exceptions import InvalidParameterError
from summarize.scorers.quality import (
    dangling,
    fragments,
    is_dangling,
    is_fragment,
    opens_dangling,
    tears_quotation,
)
from summarize.segmentation import paragraph_before, segment
from summarize.selectors import ILP, Greedy


@pytest.mark.parametrize(
    "text",
    [
        "Impeach!",
        "Wrong.",
        "He said so.",
        "BRUSSELS, Belgium (AP) -",
        "MOBILE, Ala. (AP) --",
        "By JOHN SMITH, Associated Press Writer",
        "Frei asked.",
        "the prime minister replied.",
        "a 14-year-old boy said.",
        "asked one Democratic strategist.",
        "Ms. Moseley-Braun said in an interview.",
        "The embassy had no comment.",
        "Israeli airport security officials were not available for comment.",
        "Tracy Cunning definitely agreed.",
        # A short quotation alone: someone's words, without whose.
        '"There will be no next Seinfeld."',
        # Or with a pronoun for whose (session 31; an editor's review found them filling
        # 250-word summaries, the sentence naming "he" left out).
        '"There will be no next Seinfeld," he said.',
        "\u201cAcupuncture helps the body help itself.\u201d",
        "\u00ab Nous reconstruirons tout. \u00bb",
    ],
)
def test_fragments_are_recognised(text: str) -> None:
    assert is_fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers asked for a delay of two weeks.",
        "Frei asked the court to free the general at once.",
        "By Monday the river had risen by three metres.",
        "Police said the fire started in the kitchen.",
        "She said the mayor would resign in an hour.",
        "The company declined to comment on the lawsuit filed by the state of Texas.",
        # A quotation with its speaker, or long enough to stand.
        '"There will be no next Seinfeld," Jerry Seinfeld said.',
        '"A wall of water wiped a path through the whole area."',
    ],
)
def test_full_sentences_are_not_fragments(text: str) -> None:
    assert not is_fragment(text)


def test_dangling_openers() -> None:
    texts = [
        "But the talks failed.",
        "He resigned on Monday.",
        "They left at noon.",
        "It was the worst storm in years.",
        '"It is over," she said.',
        "However, prices fell.",
        "The talks failed.",
        "Hebrew schools reopened.",
        "Italy won the match.",
    ]
    assert dangling(texts).tolist() == [True] * 6 + [False] * 3
    # Other languages have lists of their own (tests/test_dangling_languages.py).
    assert opens_dangling("Il a dit non.", "french")
    assert not opens_dangling("Il y a eu trois morts.", "french")
    assert fragments([]).tolist() == []
    # A demonstrative before a time of the writing, and "those who", point back to nothing.
    for standalone in (
        "This year, the harvest failed.",
        "This year's six nominees were chosen on Thursday.",
        "These days the port is quiet.",
        "Those who survived were flown out.",
    ):
        assert not opens_dangling(standalone), standalone
    assert opens_dangling("This is the worst storm in years.")
    assert opens_dangling("These men were arrested on Monday.")


# Invented articles: "Budget passed." is a fragment that carries the cluster's
# most repeated pair, so coverage alone would use it to fill the budget.
ARTICLES = [
    "The city council approved the harbour budget on Monday evening. Budget passed.",
    "On Monday the council approved the harbour budget after a long debate. Budget passed.",
    "Fishermen welcomed the harbour budget that the council approved. Budget passed.",
]


def test_greedy_never_fills_the_budget_with_a_fragment() -> None:
    allowed = summarize.summarize(ARTICLES, selector=Greedy(avoid_fragments=False), max_words=14)
    assert "Budget passed." in [s.text for s in allowed.sentences]
    held = summarize.summarize(ARTICLES, max_words=14)
    assert held.sentences and "Budget passed." not in [s.text for s in held.sentences]
    # rank() still scores and returns every candidate, fragments included.
    ranked = summarize.Summarizer().rank(ARTICLES)
    assert "Budget passed." in [s.text for s in ranked]


def test_ilp_never_fills_the_budget_with_a_fragment() -> None:
    allowed = summarize.summarize(
        ARTICLES, selector=ILP(avoid_fragments=False, min_words=1), max_words=14
    )
    assert "Budget passed." in [s.text for s in allowed.sentences]
    held = summarize.summarize(ARTICLES, selector=ILP(min_words=1), max_words=14)
    assert held.sentences and "Budget passed." not in [s.text for s in held.sentences]


@pytest.mark.parametrize("selector", [Greedy(), ILP(min_words=1)])
def test_a_fragment_is_used_when_nothing_else_fits(selector: object) -> None:
    articles = ["Budget passed. The harbour council met for six hours on Monday night."] * 1 + [
        "Budget passed. Fishermen waited outside the hall in the rain all evening."
    ]
    summary = summarize.summarize(articles, selector=selector, max_words=3)
    assert [s.text for s in summary.sentences] == ["Budget passed."]


@pytest.mark.parametrize("selector", [Greedy(), ILP(min_words=1)])
@pytest.mark.parametrize(
    ("first", "dangling_one"),
    [
        (
            "But harbour fees rose sharply in May at the port. The mayor spoke.",
            "But harbour fees rose sharply in May at the port.",
        ),
        # The first sentence of a quotation of two: it tears the quotation.
        (
            '"Harbour fees rose sharply in May at the port. We cannot pay," the captain said.',
            '"Harbour fees rose sharply in May at the port.',
        ),
        # The middle sentence of a quotation of three: no mark of its own, but it opens
        # inside the quotation its paragraph's earlier sentence opened.
        (
            '"Ships wait. Harbour fees rose sharply in May at the port. We cannot pay," '
            "the captain said.",
            "Harbour fees rose sharply in May at the port.",
        ),
    ],
)
def test_a_self_contained_sentence_goes_before_an_equal_dangling_one(
    selector: Greedy | ILP, first: str, dangling_one: str
) -> None:
    # The candidate sentences carry the same repeated pairs; the dangling one comes
    # first in the input, so without the discount the greedy selection (whose ties go
    # to the first) takes it.
    articles = [
        first,
        "Harbour fees rose sharply in May at the port again. Rain fell.",
        "Harbour fees rose sharply in May at the port, traders said. Ships waited.",
    ]
    chosen = summarize.summarize(articles, selector=selector, max_sentences=1).text
    assert chosen == "Harbour fees rose sharply in May at the port again."
    if isinstance(selector, Greedy):
        plain = dataclasses.replace(selector, dangling_penalty=0.0)
        assert summarize.summarize(articles, selector=plain, max_sentences=1).text == dangling_one


@pytest.mark.parametrize(
    ("text", "torn"),
    [
        ('"Not so with an earthquake.', True),  # a quotation's first sentence
        ('The political authority is crumbling."', True),  # and its last
        ("\u201cWe too loved Lucy.", True),
        ("We become one family.\u201d", True),
        ("\u201eNicht heute.", True),  # German opens low
        ("\u00ab Nous reconstruirons.", True),  # French guillemets
        ("\u300c\u6211\u4eec\u4f1a\u91cd\u5efa\u3002", True),  # Japanese corner bracket
        ('"The state is collapsing," said Geyer.', False),
        ("\u201cIt is over,\u201d she said.", False),
        ("\u201eWir schaffen das\u201c, sagte sie.", False),  # German pairs „…“
        ("\u201eNie dzi\u015b\u201d \u2013 powiedzia\u0142.", False),  # Polish pairs „…”
        ("\u201dNej\u201d, sa hon.", False),  # Swedish pairs ”…”
        ("\u00bbNej\u00ab, sagde hun.", False),  # Danish pairs »…«
        ("It's the workers' turn, he said.", False),  # apostrophes are not read
        ("Talks resumed on Monday.", False),
    ],
)
def test_a_torn_quotation_is_recognised(text: str, torn: bool) -> None:
    assert tears_quotation(text) is torn
    assert bool(dangling([text])[0]) is (torn or opens_dangling(text))


@pytest.mark.parametrize("cls", [Greedy, ILP])
def test_settings_are_validated(cls: type) -> None:
    with pytest.raises(InvalidParameterError, match="dangling_penalty"):
        cls(dangling_penalty=1.5)
    with pytest.raises(InvalidParameterError, match="avoid_fragments"):
        cls(avoid_fragments="yes")


def test_restate_threshold_keeps_one_fact_once() -> None:
    import numpy as np
    import scipy.sparse as sp

    from summarize.selectors import Budget
    from summarize.selectors.greedy import select

    # Sentence 1 shares 3 of its 4 content terms with sentence 0: the same fact
    # in other words, though their TF-IDF vectors (X) are not alike.
    terms = sp.csr_matrix(
        np.array([[1, 1, 1, 1, 0, 0, 0, 0, 0], [1, 1, 1, 0, 1, 0, 0, 0, 0],
                  [0, 0, 0, 0, 0, 1, 1, 1, 1]])
    )  # fmt: skip
    texts = ["a b c d", "e f g h", "i j k l"]
    settings = dict(
        concepts=sp.csr_matrix(np.eye(3)), weights=np.array([3.0, 2.0, 1.0]),
        bonus=np.zeros(3), length_penalty=0.0, budget=Budget(max_words=12), diversity=0.0,
        duplicate_threshold=0.9, terms=terms,
    )  # fmt: skip
    X = sp.csr_matrix(np.eye(3))
    assert select(X, texts, **settings) == [0, 1, 2]
    assert select(X, texts, **settings, restate_threshold=0.5) == [0, 2]
    assert select(X, texts, **settings, restate_threshold=0.8) == [0, 1, 2]
    with pytest.raises(InvalidParameterError, match="restate_threshold"):
        Greedy(restate_threshold=0.0)


def test_a_short_sentence_whose_terms_a_chosen_one_holds_is_a_restatement() -> None:
    import numpy as np
    import scipy.sparse as sp

    from summarize.selectors import Budget
    from summarize.selectors.greedy import select

    # Sentence 1's 3 content terms are all in sentence 0 ("Myanmar is also known as
    # Burma." after "... in Myanmar, also known as Burma."); sentence 2 has one of its
    # 3 elsewhere, and sentence 3 a single term, too few to compare.
    terms = sp.csr_matrix(
        np.array([[1, 1, 1, 1, 1, 0, 0], [1, 1, 1, 0, 0, 0, 0], [1, 1, 0, 0, 0, 1, 0],
                  [1, 0, 0, 0, 0, 0, 0]])
    )  # fmt: skip
    settings = dict(
        concepts=sp.csr_matrix(np.eye(4)), weights=np.array([4.0, 1.0, 1.0, 1.0]),
        bonus=np.zeros(4), length_penalty=0.0, budget=Budget(max_words=40), diversity=0.0,
        duplicate_threshold=0.9, terms=terms,
    )  # fmt: skip
    X = sp.csr_matrix(np.eye(4))
    texts = ["a b c d e", "f g h", "i j k", "l"]
    assert select(X, texts, **settings) == [0, 1, 2, 3]
    assert select(X, texts, **settings, restate_threshold=0.5) == [0, 2, 3]


def test_fragments_are_counted_in_the_languages_words() -> None:
    # Chinese, Japanese and Thai write no spaces between words: a sentence is not a
    # fragment for being one run of characters.
    assert not is_fragment("地震造成118人死亡，数百人受伤。", "chinese")
    assert not is_fragment("東京で大きな地震が起きた。", "japanese")
    assert not is_fragment("ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าเจ้าหน้าที่กำลังเร่งระบายน้ำ", "thai")
    assert is_fragment("他说。", "chinese")
    assert fragments(["地震造成118人死亡。", "好。"], "chinese").tolist() == [False, True]


def test_a_chinese_summary_is_not_one_sentence() -> None:
    # Every Chinese sentence counted as one word held back all but one with a space.
    articles = [
        "甘肃省积石山县发生6.2级地震，造成118人死亡。救援人员连夜赶往灾区，搜救被困群众。"
        "美国地质调查局（U.S. Geological Survey, USGS）测定的震级为5.9级。",
        "地震发生在当地时间午夜前。地震造成至少118人死亡，数百人受伤。政府已调拨帐篷和棉被。",
    ]
    summary = summarize.summarize(articles, language="zh", max_words=60)
    assert len(summary.sentences) >= 3


def test_a_question_is_a_fragment() -> None:
    assert is_fragment("Who is investigating the breach at the bank?")
    assert is_fragment('Is there life after "Seinfeld"?')
    assert is_fragment("¿Quién investiga el caso de la filtración?", "spanish")
    assert not is_fragment("He asked who was investigating the breach.")


@pytest.mark.parametrize(
    ("text", "dangles"),
    [
        ("In short, they're obese.", True),
        ("As a result, roads were closed.", True),
        ("In addition, the bank raised its fees.", True),
        ("After that incident, the party changed course.", True),
        ("For example, prices rose 5 percent.", True),
        # The same words opening a phrase that needs nothing before it.
        ("As a result of the storm, roads were closed.", False),
        ("In addition to cash, the thieves took gold.", False),
        ("In response to the memo, the minister spoke.", False),
        ("In factories, workers went on strike.", False),
    ],
)
def test_english_connectives_of_several_words_open_a_dangling_sentence(
    text: str, dangles: bool
) -> None:
    assert opens_dangling(text) is dangles


def test_contracted_pronouns_open_a_dangling_sentence() -> None:
    for text in ("That's his 41st save.", "It\u2019s over, the coach said.", "They're coming."):
        assert opens_dangling(text), text
    # "That" points back as "This" does; "That's" is read as one word.
    assert opens_dangling("That decision was final.")
    assert not opens_dangling("Thatcher resigned.")


def test_the_paragraph_before_a_sentence_is_its_line_or_its_block() -> None:
    # One paragraph a line (wire copy): a quotation left open on one line ends there.
    text = 'He said: "We left early.\nThe port is closed. Ships wait.'
    assert paragraph_before(text, text.index("Ships")) == "The port is closed. "
    # Hard-wrapped text, paragraphs between blank lines: the block since the last one.
    wrapped = 'Rain fell.\n\nHe said: "We left\nearly. The port is closed."\nShips wait.'
    assert paragraph_before(wrapped, wrapped.index("The port")) == 'He said: "We left\nearly. '
    assert paragraph_before(wrapped, wrapped.index("Ships")).endswith('closed."\n')
    assert paragraph_before(wrapped, 0) == ""


@pytest.mark.parametrize("line_break", ["\r", "\r\n", "\u2029", "\x85", "\x0c"])
def test_the_paragraph_before_reads_every_kind_of_line_break(line_break: str) -> None:
    # Old Mac files end lines with "\r"; word processors write U+2029 between paragraphs.
    text = 'He said: "We left early.\nThe port is closed. Ships wait.'.replace("\n", line_break)
    assert paragraph_before(text, text.index("Ships")) == "The port is closed. "
    wrapped = 'He said: "We left\n\nRain fell. The port\nis closed. Ships wait.'
    wrapped = wrapped.replace("\n", line_break)
    before = paragraph_before(wrapped, wrapped.index("Ships"))
    assert before == f"Rain fell. The port{line_break}is closed. "


@pytest.mark.parametrize(
    ("text", "sentence", "inside"),
    [
        ('"Ships wait. The port is closed to all traffic. We cannot pay."', "The port", True),
        ('"Ships wait," he said. The port is closed to all traffic now.', "The port", False),
        # A quotation left open at the end of a line does not run into the next one.
        ('He said: "Ships wait.\nThe port is closed to all traffic now.', "The port", False),
        # Hard-wrapped: opened on the line before, closed before the sentence.
        (
            'Rain.\n\n"Ships wait for\nhours." The port is closed to all traffic.',
            "The port",
            False,
        ),
        (
            'Rain.\n\n"Ships wait for\nhours. The port is closed to all traffic. We wait."',
            "The port",
            True,
        ),
        (
            "\u00ab Les navires attendent. Le port est ferm\u00e9 \u00e0 tous les navires depuis lundi. Nous attendons. \u00bb",
            "Le port",
            True,
        ),
        (
            "\u201eSchiffe warten. Der Hafen ist seit Montag f\u00fcr alle Schiffe geschlossen. Wir warten.\u201c",
            "Der Hafen",
            True,
        ),
    ],
)
def test_a_sentence_inside_a_quotation_dangles_in_context(
    text: str, sentence: str, inside: bool
) -> None:
    start = text.index(sentence)
    own = segment((Document("a", text),), language="english").candidates()
    (i,) = [k for k in range(len(own)) if int(own.start[k]) == start]
    before = own.paragraph_before(i)
    assert before == paragraph_before(text, start)
    assert is_dangling(own.texts[i], "english", before) is inside
    assert not is_dangling(own.texts[i])  # read alone, it has nothing that dangles
    judge = Greedy().judge(own, "english")
    assert judge(i) == (False, 0.25 if inside else 1.0)


def test_a_short_sentence_inside_a_quotation_is_a_fragment() -> None:
    assert is_fragment("The port is closed.", before='"Ships wait. ')
    assert not is_fragment("The port is closed.")
    assert not is_fragment("The port is closed to all ships now.", before='"Ships wait. ')


def test_a_paragraph_is_read_no_further_back_than_a_bound() -> None:
    from summarize.segmentation import PARAGRAPH_CHARS

    # One line of a million characters: a sentence near its end is not read against
    # all of it (a judge reads a few dozen candidates, each at most the bound).
    long_line = ('"' + "word " * 200_000).rstrip() + ". The port is closed."
    start = long_line.index("The port")
    assert start > PARAGRAPH_CHARS
    assert paragraph_before(long_line, start) == ""
    assert paragraph_before(long_line, start, blank_lines=True) == ""
    near = "Rain.\n" + "x" * (PARAGRAPH_CHARS - 10) + ". The port"
    assert paragraph_before(near, near.index("The port")).startswith("xxx")


def test_candidates_without_their_articles_read_no_paragraph() -> None:
    own = segment((Document("a", '"Ships wait. The port is closed."'),), language="english")
    bare = dataclasses.replace(own.candidates(), article_texts=())
    assert [bare.paragraph_before(i) for i in range(len(bare))] == ["", ""]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Na zdjęciu: premier podczas konferencji prasowej w Kancelarii Premiera", "pl"),
        ("Nella foto: il sindaco di Napoli durante la conferenza stampa", "it"),
        ("Photo: the prime minister at a news conference in London on Monday.", "en"),
    ],
)
def test_a_caption_is_a_fragment(text: str, language: str) -> None:
    assert is_fragment(text, language)
    assert not is_fragment("Photographers waited outside the court for three hours.")
