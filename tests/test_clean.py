"""Cleaning: headlines and page furniture are labelled, never removed."""

from __future__ import annotations

import itertools
import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import summarize
from summarize.segmentation.clean import _has_final_punctuation


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in summarize.split_sentences(text)]


def test_headline_is_a_first_line_without_final_punctuation() -> None:
    assert kinds("Storm Hits Coast\n\nThe storm hit. Power failed.")[0] == (
        "headline",
        "Storm Hits Coast",
    )
    assert kinds("The storm hit the coast.\nMore.")[0] == ("sentence", "The storm hit the coast.")


@pytest.mark.parametrize(
    "headline",
    [
        "Quake hits Japan. Dozens dead",
        "Maltempo, il bilancio sale a 13 vittime. Oltre 36mila gli sfollati",
        "Strike at Acme Inc. Talks to resume",
    ],
)
def test_a_headline_with_a_full_stop_inside_is_one_headline(headline: str) -> None:
    text = f"{headline}\nA strong earthquake struck on Monday, officials said."
    pieces = summarize.split_sentences(text)
    assert [(p.kind, p.text) for p in pieces][0] == ("headline", headline)
    assert (pieces[0].start, pieces[0].end) == (0, len(headline))
    assert summarize.summarize([text], max_sentences=1).documents[0].title == headline


def test_a_first_line_of_sentences_is_no_headline() -> None:
    # Ending on a colon, or on a full stop, the line is sentences.
    text = "The trial was the longest in U.S. history. Here is a chronology:\nAug. 12: A call."
    assert kinds(text)[0] == ("sentence", "The trial was the longest in U.S. history.")
    text = "Quake hits Japan. Dozens dead.\nA strong earthquake struck on Monday."
    assert [kind for kind, _ in kinds(text)] == ["sentence", "sentence", "sentence"]
    # A sentence, then furniture: the line is not one headline.
    pieces = kinds("Officials met on Monday. Back To Top\nMore.")
    assert pieces[0] == ("sentence", "Officials met on Monday.") and len(pieces) == 3


def test_a_first_line_going_on_in_lower_case_is_no_headline() -> None:
    # Before: "The dam broke on Monday and" was the headline (short, no final punctuation),
    # out of every summary and made the document's title, and "three villages were
    # flooded." a candidate without its start.
    text = "The dam broke on Monday and\nthree villages were flooded. Rescue teams arrived."
    first = "The dam broke on Monday and\nthree villages were flooded."
    assert kinds(text) == [("sentence", first), ("sentence", "Rescue teams arrived.")]
    summary = summarize.summarize([text], max_sentences=1)
    assert summary.documents[0].title is None
    ranked = summarize.Summarizer().rank([text])
    assert {s.text for s in ranked} == {first, "Rescue teams arrived."}
    assert all(s.text == text[s.start : s.end] for s in ranked)
    # A real headline stays the headline, and the title.
    text = "Dam breaks in northern Italy\nThree villages were flooded on Monday."
    assert kinds(text) == [
        ("headline", "Dam breaks in northern Italy"),
        ("sentence", "Three villages were flooded on Monday."),
    ]
    assert summarize.summarize([text]).documents[0].title == "Dam breaks in northern Italy"


@pytest.mark.parametrize(
    "line",
    [
        "Back To Top",
        "Share this article",
        "Shareable URL",
        "Prev Post",
        "Next Post",
        "Read next",
        "Related article",
        "Leave a Reply",
        "Your email address will not be published.",
        "Required fields are marked *",
        "icon-facebook icon-twitter icon-whatsapp",
        "Thomas Peter/Pool/Reuters",
        "Thu May 16 2024",
        "May 16, 2024.",
        "Copyright 2024 Example News. All rights reserved.",
        "Example News Ltd, ALL RIGHTS RESERVED.",
        "This material is the property of Example News and all rights reserved -",
        "Advertisement",
        "Editor's P/S:",
        "How the Ukraine war brought China and Russia closer together",
    ],
)
def test_furniture(line: str) -> None:
    text = f"The talks began on Monday.\n{line}\nThe talks ended on Friday."
    found = kinds(text)
    assert found[0] == ("sentence", "The talks began on Monday.")
    assert found[-1] == ("sentence", "The talks ended on Friday.")
    middle = found[1:-1]  # one line may hold two furniture sentences
    assert {kind for kind, _ in middle} == {"furniture"}
    assert " ".join(piece for _, piece in middle) == line


def test_all_rights_reserved_is_furniture_only_at_the_end() -> None:
    text = "The treaty said all rights reserved to the states would be restored."
    assert kinds(text) == [("sentence", text)]


@given(st.text(st.sampled_from("aZ .!?\u2026\u3002\"'\u2019\u201d\u00bb)]\n\u0964(")))
def test_final_punctuation_is_found_as_the_pattern_found_it(text: str) -> None:
    # Closing quotes and the spaces French puts before them: "« Non. »".
    pattern = re.compile(
        r"[.!?\u2026\u3002\uff01\uff1f\u061f\u0964][\"'\u2019\u201d\u00bb)\] ]*\Z"
    )
    assert _has_final_punctuation(text) is (pattern.search(text) is not None)


def test_a_caption_printed_twice_is_furniture_both_times() -> None:
    caption = "The flag flies in front of the hall."
    text = f"Leaders met.\n{caption}\n{caption}\nThey agreed."
    assert kinds(text) == [
        ("sentence", "Leaders met."),
        ("furniture", caption),
        ("furniture", caption),
        ("sentence", "They agreed."),
    ]


def test_a_quotation_printed_twice_keeps_its_first_copy() -> None:
    # A pull quote repeats a one-sentence paragraph: the article's own copy stays.
    quote = "\u201cWe\u2019re on a path to a more neutral stance,\u201d Powell said."
    text = f"Rates fell on Thursday.\n{quote}\nMarkets rallied after the decision.\n{quote}"
    assert kinds(text) == [
        ("sentence", "Rates fell on Thursday."),
        ("sentence", quote),
        ("sentence", "Markets rallied after the decision."),
        ("furniture", quote),
    ]


def test_a_pull_quote_of_a_sentence_in_a_paragraph_is_furniture() -> None:
    # The line alone is the pull quote, before or after its paragraph; the paragraph's
    # copy stays a sentence.
    quote = '"We will not give up," the mayor said.'
    paragraph = f"The city has been rebuilding for months. {quote} Work goes on."
    for text in (f"Officials met.\n{quote}\n{paragraph}", f"Officials met.\n{paragraph}\n{quote}"):
        pulled = text.index(f"\n{quote}") + 1
        for piece in summarize.split_sentences(text):
            expected = "furniture" if piece.start == pulled else "sentence"
            assert piece.kind == expected, piece


def test_a_line_printed_twice_is_found_whatever_its_spacing_and_case() -> None:
    # Case folded, "Straße" and "STRASSE" are one word; lines sharing only a first
    # and last word are not copies.
    text = (
        "Die Straße am Rhein ist gesperrt.\nDIE  STRASSE am rhein ist gesperrt.\n"
        "Die Polizei ist gesperrt.\nDie Brücke bleibt offen."
    )
    assert [kind for kind, _ in kinds(text)] == ["furniture", "furniture", "sentence", "sentence"]


@given(
    st.lists(
        st.sampled_from(["Ab cd.", "ab  CD.", "Ab ef cd.", "Maß ab.", "MASS AB.", "Cd ab."]),
        max_size=6,
    )
)
def test_furniture_lines_are_those_equal_to_another_once_normalised(lines: list[str]) -> None:
    normalised = [" ".join(line.split()).casefold() for line in lines]
    # Three lines or more printed again in the same order are an article printed twice,
    # whose first copy is kept (tests/test_many_review.py): not this property's case.
    windows = [tuple(normalised[k : k + 3]) for k in range(len(normalised) - 2)]
    assume(len(set(windows)) == len(windows))
    expected = ["furniture" if normalised.count(n) > 1 else "sentence" for n in normalised]
    assert [kind for kind, _ in kinds("\n".join(lines))] == expected


def test_a_long_line_without_punctuation_is_prose() -> None:
    line = " ".join(["word"] * 30)
    assert kinds(f"Title\n{line}") == [("headline", "Title"), ("sentence", line)]


def test_closing_quotes_and_cjk_punctuation_end_sentences() -> None:
    assert kinds('He said "no."\n北京举行会谈。')[0][0] == "sentence"
    assert kinds('He said "no."\n北京举行会谈。')[1] == ("sentence", "北京举行会谈。")


def test_every_piece_keeps_its_offsets(seed_articles: list[dict[str, str]]) -> None:
    for article in seed_articles:
        text = article["text"]
        pieces = summarize.split_sentences(text)
        for piece in pieces:
            assert text[piece.start : piece.end] == piece.text
        # Nothing but whitespace lies outside the pieces.
        covered = set()
        for piece in pieces:
            covered.update(range(piece.start, piece.end))
        assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_seed_furniture_never_a_candidate(seed_articles: list[dict[str, str]]) -> None:
    furniture = {
        "Back To Top",
        "Share this article",
        "Prev Post",
        "Next Post",
        "Leave a Reply",
        "Read next",
        "Thomas Peter/Pool/Reuters",
        "Related article",
        "Thu May 16 2024",
        "icon-facebook icon-twitter icon-whatsapp",
        "Xi Jinping Hosts Vladimir Putin",
    }
    seen = set()
    for article in seed_articles:
        for piece in summarize.split_sentences(article["text"]):
            if piece.text in furniture:
                assert piece.kind == "furniture", piece.text
                seen.add(piece.text)
    assert seen == furniture


def test_the_furniture_starts_cover_every_text_the_pattern_may_match() -> None:
    # plain_lines takes a sentence whole when its first nine characters (in ASCII lower
    # case) start with none of _FURNITURE_STARTS and, if a digit ends it, no date's first
    # word. Walking the starts the pattern allows, one character at a time, every start
    # of nine characters that may still match must extend one of the starts.
    regex = pytest.importorskip("regex")
    from summarize.segmentation.clean import (
        _DATE_HEADS,
        _DATES,
        _FURNITURE_ALTERNATIVES,
        _FURNITURE_STARTS,
        _MONTH,
        _WEEKDAY,
    )

    partial = regex.compile("|".join(_FURNITURE_ALTERNATIVES), regex.IGNORECASE | regex.VERSION0)
    alphabet = string.ascii_lowercase + string.digits + " " + string.punctuation
    frontier = [""]
    for _ in range(9):
        frontier = [
            text + character
            for text in frontier
            for character in alphabet
            if not (text + character).startswith(tuple(_FURNITURE_STARTS))
            and partial.fullmatch(text + character, partial=True) is not None
        ]
    assert frontier == []
    assert "share" in _FURNITURE_STARTS and "president" not in _FURNITURE_STARTS
    # A date ends with a digit and no word character after it; its first word opens with
    # a month's or a weekday's first three letters (or it opens with a digit).
    assert all(date.endswith((r"\d{4}\W*", r"\d{1,4}\W*")) for date in _DATES)
    heads = {w for w in re.findall(r"[a-z]+", _MONTH + _WEEKDAY) if len(w) >= 3}
    assert {w[:3] for w in heads} == _DATE_HEADS


def test_the_furniture_pattern_is_tried_on_every_text_it_may_match() -> None:
    # The labelling skips the furniture pattern on a text whose first three characters
    # no match can start with. The regex module's partial matching tells whether some
    # text starting with those three characters matches the pattern (case ignored as
    # by the re module for ASCII text); each such start must be let through.
    regex = pytest.importorskip("regex")
    from summarize.segmentation.clean import _FURNITURE, _may_be_furniture

    partial = regex.compile(_FURNITURE.pattern, regex.IGNORECASE | regex.VERSION0)
    characters = "abcdefghijklmnopqrstuvwxyzTSM0129 -.,'\"\t|/\u00a9\u00e9"
    missed = [
        head
        for head in map("".join, itertools.product(characters, repeat=3))
        if not _may_be_furniture(head) and partial.fullmatch(head, partial=True) is not None
    ]
    assert missed == []
    # Short, non-ASCII and digit-led texts always go to the pattern.
    assert all(map(_may_be_furniture, ["", "ab", "\u00a9 2024", "3 May 2024", "Ünited"]))
    assert not any(map(_may_be_furniture, ["The storm hit.", '"We won."', "In Geneva"]))


@pytest.mark.parametrize(
    "text",
    ["SHARE", "Thu May 16 2024", "E-mail", "Posted at 10:00 on 3 May", "Sept 3, 2024."],
)
def test_furniture_of_every_start_is_still_found(text: str) -> None:
    assert kinds(f"Headline\nA sentence that is long enough to stand alone here.\n{text}")[-1] == (
        "furniture",
        text,
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The storm hit.",
                '"We won."',
                '"It is over," he said.',
                "All rights reserved.",
                "He observed it.",
                "Share this article",
                "3 May 2024.",
                "(AP) Rain fell.",
                "_Rain_ fell.",
                "Sept.",
                "Ünited we stand.",
                "... .",
                "Thu.",
                "Oh!",
                "a.",
                "Copyright 2024 Reuters.",
                "\u00a9 Reuters.",
                "\u201cQuoted.\u201d",
            ]
        ),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=12, max_size=12),
)
def test_every_piece_is_labelled_as_by_the_rules(sentences: list[str], gaps: list[str]) -> None:
    # Most sentences are labelled from the text without a copy of each: the labels must
    # be those the rules give each sentence read alone.
    from summarize.languages import get
    from summarize.segmentation.clean import (
        _FURNITURE,
        _caption_line,
        _final_punctuation,
        _has_final_punctuation,
        _has_word,
        _is_short,
        _kind,
        _repeated,
        dateline_end,
        piece_spans,
    )
    from summarize.segmentation.rules import sentence_spans

    text = "".join(s + g for s, g in zip(sentences, gaps, strict=False))
    lines = sentence_spans(text, "english")
    final = _final_punctuation("english")

    def headline(line: list[tuple[int, int]]) -> bool:
        # The first line, of several pieces, short, without final punctuation and not
        # ending on furniture: one headline.
        start, end = line[0][0], line[-1][1]
        last = text[line[-1][0] : end]
        return (
            text[end - 1] != ":"
            and not _has_final_punctuation(last, final)
            and _is_short(text[start:end])
            and not _FURNITURE.fullmatch(last)
            and not get("english").is_furniture(last)
            and dateline_end(text, start, end) is None
        )

    expected = []
    for number, (line, repeated) in enumerate(zip(lines, _repeated(text, lines), strict=True)):
        if number == 0 and len(line) > 1 and headline(line):
            expected.append("headline")
            continue
        if _caption_line(text, line):  # "The storm hit. © Reuters.": a caption
            expected.extend("furniture" for _ in line)
            continue
        kinds = [
            _kind(
                text[a:b],
                first_line=number == 0,
                repeated_line=repeated,
                final=final,
                language=get("english"),
            )
            for a, b in line
        ]
        if (
            kinds[0] == "furniture"
            and 1 < len(line) <= 4
            and line[-1][1] - line[0][0] <= 400
            and _has_word(text[line[0][0] : line[0][1]])
        ):
            kinds = ["furniture"] * len(line)  # a notice opening a line takes it with it
        expected.extend(kinds)
    assert [kind for _, _, kind in piece_spans(text, "english")] == expected


# Thai writes no full stop: a space between two sentences ends the first.
THAI_HEADLINE = "น้ำท่วมกรุงเทพ ประชาชนเดือดร้อน"
THAI_PARAGRAPH = (
    "กรุงเทพมหานครเกิดฝนตกหนักตั้งแต่ช่วงเช้าวันจันทร์ ถนนหลายสายในเขตชั้นในมีน้ำท่วมขัง "
    "การจราจรติดขัดอย่างหนัก ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าเจ้าหน้าที่กำลังเร่งระบายน้ำ "
    "ประชาชนบางส่วนต้องเดินลุยน้ำกลับบ้าน"
)


def test_every_sentence_of_a_thai_paragraph_is_a_sentence_however_short() -> None:
    from summarize.segmentation.rules import sentence_spans

    text = f"{THAI_HEADLINE}\n\n{THAI_PARAGRAPH}\n\nภาพ รอยเตอร์ส"
    lines = sentence_spans(text, "thai")
    body = [text[a:b] for a, b in lines[1]]
    assert len(body) >= 3  # most under 25 words, the length of a line of prose
    got = [(s.kind, s.text) for s in summarize.split_sentences(text, language="thai")]
    # A short line without final punctuation is one piece, whatever its spaces.
    assert got[0] == ("headline", THAI_HEADLINE)
    assert got[1:-1] == [("sentence", sentence) for sentence in body]
    assert got[-1] == ("furniture", "ภาพ รอยเตอร์ส")


def test_a_thai_headline_titles_its_article_and_short_sentences_reach_the_summary() -> None:
    text = f"{THAI_HEADLINE}\n\n{THAI_PARAGRAPH}"
    summary = summarize.summarize([text], language="thai", max_sentences=5)
    assert summary.documents[0].title == THAI_HEADLINE
    assert len(summary.sentences) == 5
    assert "การจราจรติดขัดอย่างหนัก" in [s.text for s in summary.sentences]


def test_in_english_a_short_unpunctuated_sentence_after_another_is_still_furniture() -> None:
    # Only languages whose sentences end at a space judge their lines whole.
    assert kinds("Storm\nThe storm hit the coast. Reuters correspondent") == [
        ("headline", "Storm"),
        ("sentence", "The storm hit the coast."),
        ("furniture", "Reuters correspondent"),
    ]
    # A credit that a word of credits opens makes the sentence before it on its line a
    # caption (session 31, a fourth editor's review: "... Photo by Barbara Perenic").
    assert kinds("Storm\nThe storm hit the coast. Photo by Reuters") == [
        ("headline", "Storm"),
        ("furniture", "The storm hit the coast."),
        ("furniture", "Photo by Reuters"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        # Closing quotes of other languages after the final punctuation.
        ("標題\n\n央行今天宣布升息半碼。他說：「這是不得不做的決定。」外界普遍認為此舉合理。", "zh",
         "他說：「這是不得不做的決定。」"),
        ("見出し\n\n首相は会見した。彼は『国民の命を守る。』", "ja", "彼は『国民の命を守る。』"),
        ("Titel\n\nDer Minister sagte: „Das ist gut.“ Dann ging er.", "de",
         "Der Minister sagte: „Das ist gut.“"),
        ("Titel\n\nHan sagde: »Det er godt.« Så gik han.", "da", "Han sagde: »Det er godt.«"),
        # A language's own sentence enders: the Greek question mark.
        ("Τίτλος\n\nΗ κυβέρνηση ανακοίνωσε νέα μέτρα. Θα φτάσουν όμως; Οι οικονομολόγοι "
         "αμφιβάλλουν.", "el", "Θα φτάσουν όμως;"),
    ],
)  # fmt: skip
def test_a_short_sentence_ending_in_its_languages_punctuation_is_a_sentence(
    text: str, language: str, quoted: str
) -> None:
    # Short and read as unpunctuated, these were page furniture.
    pieces = [(s.kind, s.text) for s in summarize.split_sentences(text, language=language)]
    assert ("sentence", quoted) in pieces


def test_a_semicolon_ends_no_english_sentence_for_the_cleaning() -> None:
    assert kinds("Title\nBack to top; share")[1] == ("furniture", "Back to top; share")


def test_a_french_quotation_closed_after_a_space_is_a_sentence() -> None:
    text = "Titre\n\nLe ministre a parlé. « Nous ne céderons pas. » La grève continue."
    assert ("sentence", "« Nous ne céderons pas. »") in kinds(text)
    assert kinds("Titre\n\nIl a dit : « C'est fini.\u00a0»")[1][0] == "sentence"


def test_a_languages_furniture_phrases_are_furniture() -> None:
    text = (
        "Titel\n\nDie Bahn streikt am Montag.\n\n"
        "Lesen Sie auch: Warum die Bahn schon wieder streikt.\n\nAlle Rechte vorbehalten."
    )
    got = [(s.kind, s.text) for s in summarize.split_sentences(text, language="de")]
    assert got[1:] == [
        ("sentence", "Die Bahn streikt am Montag."),
        ("furniture", "Lesen Sie auch: Warum die Bahn schon wieder streikt."),
        ("furniture", "Alle Rechte vorbehalten."),
    ]
    text = (
        "Titre\n\nLa grève continue.\nLire aussi : Pourquoi la grève dure.\nTous droits réservés."
    )
    got = [(s.kind, s.text) for s in summarize.split_sentences(text, language="fr")]
    assert [kind for kind, _ in got[1:]] == ["sentence", "furniture", "furniture"]
    # A sentence that only starts like a phrase is still a sentence.
    assert kinds("Title\n\nShare prices fell on Monday.")[1][0] == "sentence"


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience on our site.",
        "For more information see our Privacy Policy.",
        "Correction: An earlier version of this story misstated the number of people rescued.",
        "This article was amended on 8 November 2024.",
        "This story has been updated with additional information.",
        "Editor's note: This story contains graphic descriptions.",
        "Last updated: 4:12 p.m. ET",
    ],
)
def test_notices_of_the_site_and_of_the_storys_history_are_furniture(line: str) -> None:
    assert kinds(f"Title\n\nThe storm hit the coast.\n\n{line}")[-1] == ("furniture", line)


def test_sentences_that_only_start_like_a_notice_are_sentences() -> None:
    text = "Title\n\nThis storm is the strongest in a decade. For years, officials warned of it."
    assert [kind for kind, _ in kinds(text)] == ["headline", "sentence", "sentence"]
    text = "Title\n\nSources said the talks failed on Monday. Source code was leaked too."
    assert [kind for kind, _ in kinds(text)] == ["headline", "sentence", "sentence"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Reporting by Jane Smith; Editing by Tom Brown"),
        ("de", "Mit Material von dpa."),
        ("es", "Con información de EFE."),
        ("it", "Articolo aggiornato alle ore 20:30."),
        ("ru", "Новость обновлена в 18:40."),
        ("zh", "本报记者 李娜 刘洋 报道。"),
        # A source line under a table or a list (DUC 2002 summaries had one).
        ("en", "Source: Sports Marketing Newsletter."),
        ("en", "Sources: International Institute for Strategic Studies"),
        ("pt", "Fonte: IBGE."),
        ("de", "Quelle: Statistisches Bundesamt"),
    ],
)
def test_credit_and_update_lines_are_furniture(language: str, line: str) -> None:
    text = f"Title\n\nThe first sentence is here.\n\n{line}"
    pieces = summarize.split_sentences(text, language=language)
    assert (pieces[-1].kind, pieces[-1].text) == ("furniture", line)


def test_list_and_interview_markers_are_pieces_of_their_own() -> None:
    text = (
        "Title\n\nQ: Who is investigating?\nA: The FBI is investigating the breach.\n\n"
        "• Northfield offers free credit monitoring.\n1. Freeze your credit.\n"
        "- Change your passwords.\n"
    )
    assert kinds(text)[1:] == [
        ("furniture", "Q:"),
        ("sentence", "Who is investigating?"),
        ("furniture", "A:"),
        ("sentence", "The FBI is investigating the breach."),
        ("furniture", "\u2022"),
        ("sentence", "Northfield offers free credit monitoring."),
        ("furniture", "1."),
        ("sentence", "Freeze your credit."),
        ("furniture", "-"),
        ("sentence", "Change your passwords."),
    ]


@pytest.mark.parametrize("language", ["pt", "es", "it", "ru", "sv", "fr"])
def test_a_dash_opening_direct_speech_is_kept(language: str) -> None:
    # Romance, Slavic and Nordic news opens direct speech with a dash: it is no bullet.
    text = "Title\n\nEle chegou ontem.\n- Não sei quando poderei voltar.\n"
    pieces = summarize.split_sentences(text, language=language)
    assert pieces[-1].text == "- Não sei quando poderei voltar."
    assert not summarize.languages.get(language).dash_bullets


def test_a_piece_without_a_word_is_never_the_headline() -> None:
    assert kinds("* * *\nThe storm hit the coast.") == [
        ("furniture", "* * *"),
        ("sentence", "The storm hit the coast."),
    ]
    assert kinds("It ended.; Crowds went home.") == [
        ("sentence", "It ended."),
        ("furniture", ";"),
        ("sentence", "Crowds went home."),
    ]


def test_a_subhead_in_capitals_run_in_with_a_semicolon_is_furniture() -> None:
    text = "Title\n\nIt ended.; THOMAS' VIEWS; Excerpts from his testimony follow.\n"
    assert kinds(text)[1:] == [
        ("sentence", "It ended."),
        ("furniture", ";"),
        ("furniture", "THOMAS' VIEWS;"),
        ("sentence", "Excerpts from his testimony follow."),
    ]
    # After a "; " that ran two paragraphs together, a subhead in any case.
    text = "Title\n\nIt ended.; A clean break; Virginia Thomas went home.\n"
    assert kinds(text)[1:] == [
        ("sentence", "It ended."),
        ("furniture", ";"),
        ("furniture", "A clean break;"),
        ("sentence", "Virginia Thomas went home."),
    ]
    # Capitals before a semicolon in a sentence of prose are no subhead.
    assert kinds("Title\n\nNATO agreed; Russia did not.\n")[1:] == [
        ("sentence", "NATO agreed; Russia did not.")
    ]


def test_the_codes_old_wires_typeset_bullets_with_are_markers() -> None:
    text = (
        "Title\n\nThe coup unraveled today.\n(check) Press restrictions were lifted.\n"
        "(box) KQED, 88.5 FM: coverage begins at 9 a.m.\n"
    )
    assert kinds(text)[1:] == [
        ("sentence", "The coup unraveled today."),
        ("furniture", "(check)"),
        ("sentence", "Press restrictions were lifted."),
        ("furniture", "(box)"),
        ("sentence", "KQED, 88.5 FM: coverage begins at 9 a.m."),
    ]


def test_a_run_in_list_loses_its_bullets() -> None:
    # A list run into one line: each item a sentence, its dash a piece of its own.
    text = (
        "Title\n\nTo find your index: multiply your weight by 700. - Divide the answer "
        "by your height. -- Divide again. \u2022 Round it.\n"
    )
    assert kinds(text)[1:] == [
        ("sentence", "To find your index: multiply your weight by 700."),
        ("furniture", "-"),
        ("sentence", "Divide the answer by your height."),
        ("furniture", "--"),
        ("sentence", "Divide again."),
        ("furniture", "\u2022"),
        ("sentence", "Round it."),
    ]
    # Where a dash may open direct speech it stays, at a line's start or after a sentence.
    speech = "Title\n\nEle chegou. - Não sei quando volto.\n- Foi ótimo.\n"
    assert [p.text for p in summarize.split_sentences(speech, language="pt")][1:] == [
        "Ele chegou.",
        "- Não sei quando volto.",
        "- Foi ótimo.",
    ]


def test_an_interviews_q_and_a_labels_are_cut_only_in_an_interview() -> None:
    text = (
        "Title\n\nHere are some of the issues.\n"
        "Q. What was the original schedule for the flight?\n"
        "A. Kennedy took off at 8:38 p.m. Friday night.\n"
    )
    assert kinds(text)[1:] == [
        ("sentence", "Here are some of the issues."),
        ("furniture", "Q."),
        ("sentence", "What was the original schedule for the flight?"),
        ("furniture", "A."),
        ("sentence", "Kennedy took off at 8:38 p.m. Friday night."),
    ]
    # Without a question, "A." is an initial.
    plain = "Title\n\nA. Kennedy took off at 8:38 p.m. Friday night.\n"
    assert kinds(plain)[1:] == [("sentence", "A. Kennedy took off at 8:38 p.m. Friday night.")]


def test_the_wires_typewritten_bullets_are_pieces_of_their_own() -> None:
    # AP's underscore and Xinhua's two hyphens open the items of a list.
    text = (
        "Title\n\nThe case took seven years.\n"
        "_March 22, 1984: Public outcry prompts the district attorney to act.\n"
        "_ Seven defendants are charged with 115 counts.\n"
        "-- The European Union is extending loans to Turkey.\n"
        "_Rain_ fell on the court house.\n"  # an underscore closed again is emphasis
        "Wal-Mart credits its associates _ its employees _ for the growth.\n"
    )
    assert kinds(text)[1:] == [
        ("sentence", "The case took seven years."),
        ("furniture", "_"),
        ("sentence", "March 22, 1984: Public outcry prompts the district attorney to act."),
        ("furniture", "_"),
        ("sentence", "Seven defendants are charged with 115 counts."),
        ("furniture", "--"),
        ("sentence", "The European Union is extending loans to Turkey."),
        ("sentence", "_Rain_ fell on the court house."),
        ("sentence", "Wal-Mart credits its associates _ its employees _ for the growth."),
    ]


def test_a_section_label_above_the_headline_is_furniture() -> None:
    from summarize.segmentation import segment

    for label in ("US", "SPORTS | Cardinals"):
        text = f"{label}\n\nCardinals beat the Cubs in extra innings\n\nThe Cardinals won 5-4."
        assert [kind for kind, _ in kinds(text)] == ["furniture", "headline", "sentence"]
        found = segment((summarize.Document("a", text),), language="english")
        assert found.documents[0].title == "Cardinals beat the Cubs in extra innings"
    # A short headline above a standfirst stays the headline.
    text = "Storm Hits Coast\nResidents flee as winds reach 100 mph\n\nThe storm hit."
    assert kinds(text)[0] == ("headline", "Storm Hits Coast")


def test_a_headline_over_two_lines_is_a_title_on_one() -> None:
    from summarize.documents import Document
    from summarize.segmentation import segment

    text = "Quake hits Japan in the\nnorth of the country\nA strong earthquake struck on Monday."
    segmentation = segment((Document("a", text),), language="english")
    (headline, sentence) = segmentation.pieces(0)
    assert headline.kind == "headline" and headline.text == text[: text.index("\nA ")]
    # Before: the title kept the line break ("... in the\nnorth of the country").
    assert segmentation.documents[0].title == "Quake hits Japan in the north of the country"
    assert sentence.text == "A strong earthquake struck on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "a. Share this article ... . ",  # found by the property test above
        '"Share this article."',  # a quote before the phrase: read after it
        "He said so. Copyright 2024 Reuters. All rights reserved.",
        "The talks failed, said the report; sign up for our newsletter!",
    ],
)
def test_the_quick_labels_are_those_of_the_rules(text: str) -> None:
    # Before: a sentence ending with a furniture phrase of three words or more, or opening
    # with a quote before one, was a "sentence" by the quick path of piece_spans and
    # "furniture" by the rules it stands for (_kind, Language.is_furniture).
    from summarize.languages import get
    from summarize.segmentation.clean import _final_punctuation, _kind, piece_spans

    english = get("english")
    for number, (start, end, kind) in enumerate(piece_spans(text, "english")):
        expected = _kind(
            text[start:end],
            first_line=number == 0,
            repeated_line=False,
            final=_final_punctuation("english"),
            language=english,
        )
        assert kind == expected, text[start:end]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        # A site's notice, however long, and the rest of its line.
        (
            "Title\nWij gebruiken cookies om de site goed te laten werken en om te meten hoe "
            "de site gebruikt wordt. Lees meer in ons beleid.\nDe trein reed niet.",
            "nl",
            ["headline", "furniture", "furniture", "sentence"],
        ),
        (
            "Title\n© 2024 Sibir. Все права защищены. При использовании материалов ссылка "
            "обязательна.\nПоезд не пришел.",
            "ru",
            ["headline", "furniture", "furniture", "furniture", "sentence"],
        ),
        # A caption's credit in the language, with or without a colon.
        (
            "Title\nStrażnicy przyjechali. Fot. Straż Miejska w Gdyni\nDzik uciekł.",
            "pl",
            ["headline", "furniture", "furniture", "sentence"],
        ),
        (
            "Title\nEen bewoner pompt water weg. © Belga\nHet regende.",
            "nl",
            ["headline", "furniture", "furniture", "sentence"],
        ),
        ("标题\n市民在新开通的地铁站内乘车。记者 李明 摄\n地铁开通了。", "zh", None),
        (
            "Başlık\nÜretici meyveleri kontrol etti. Fotoğraf: Hasan Çelik\nDolu yağdı.",
            "tr",
            ["headline", "furniture", "furniture", "sentence"],
        ),
        # Not a notice: a word-less piece before a quotation, an article run into one line.
        (
            'Title\n"[...] Il semblerait que tous sont morts. Tous sont partis.',
            "fr",
            ["headline", "furniture", "sentence", "sentence"],
        ),
    ],
)
def test_notices_and_credits_in_other_languages(
    text: str, language: str, kinds: list[str] | None
) -> None:
    pieces = summarize.split_sentences(text, language=language)
    if kinds is None:  # only the last line is a candidate
        assert [p.text for p in pieces if p.is_candidate] == [text.rsplit("\n", 1)[1]]
    else:
        assert [p.kind for p in pieces] == kinds, [(p.kind, p.text) for p in pieces]


def test_the_blind_furniture_probe() -> None:
    # 100 news pages as a browser's copy or a text extractor gives them, each line marked
    # article text or page furniture by a helper who had not read the rules. Round 1
    # (session 22), 40 pages (English 15; French, Portuguese, Spanish, German, Italian 5
    # each): on the first run 82 of the 615 furniture lines reached a candidate (captions
    # and credits, newsletter and paywall prompts, corrections, author bios); the caption
    # and prompt rules were then built on them. Round 2 (session 23), 30 pages (Russian,
    # Polish, Dutch, Swedish, Turkish, Arabic, Chinese, Japanese, Hindi, Greek, 3 each):
    # 64 of 763 on the first run (cookie notices, credits in those languages, copyright
    # lines' second sentences); the notices, the credit words and a notice taking its
    # line with it came from them. Round 3 (session 23), 30 fresh pages in the languages
    # of round 1 (English 10; German, French, Spanish, Italian, Portuguese 4 each): 99 of
    # 1,102 on the rules of the session's start, 85 with the rules above (written before
    # it was seen), then 64 with correction labels, comment and cookie notices and
    # contributor lines in those languages. Round 4 (session 28), 40 pages (Czech, Slovak,
    # Ukrainian, Danish, Norwegian, Finnish, Hebrew, Korean, Vietnamese 3 each; Arabic,
    # Greek, Hindi 2; English 7): 86 of 628 on the first run, and 2 of its 249 sentences
    # lost (a Hindi quotation's next sentence read as its tag); 57 with correction labels
    # and notices in those languages, the verb of a tag followed by "कि", and writers'
    # bios (a line opening with a byline's name), which also take 12 from rounds 1 to 3.
    # Round 5 (session 29), 40 pages (Czech, Polish, Russian, Ukrainian, Turkish, Finnish,
    # Arabic, Korean, Japanese, English, 4 each), made to hold links to other stories with a
    # full stop: 128 of 509 on the rules of the session's start, 93 on its first run (with
    # the lists of links, Language.related_headings, written on rounds 1 to 4 before it
    # was seen; 0 of its 321 sentences lost), 59 with captions of videos and labels of
    # captions in more languages, a link's marker ("▶ "), notices and corrections in those
    # languages. The lists take 30 from rounds 1 to 4 (167 to 137) and lose none of their
    # sentences, since a link with a full stop must come first or after another such, and
    # before another short line, to count: an article goes on after a list in its middle.
    # Round 6 (session 29), 40 pages in the languages round 5 had not (German, French,
    # Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Greek, Hebrew, Hindi,
    # Chinese 3 each, Vietnamese 1): 111 of 651 on the rules of the session's start (and 3
    # of 314 sentences lost), 74 on its first run, 46 now: a dateline after an
    # abbreviation closing a line ("Lesezeit: 4 Min." / "SCHWERIN – ..."; it lost the
    # first paragraph), a heading of links never joined to the line before (Hebrew
    # "כתבות נוספות" after a credit), a label and its date ("Aktualisiert am 14.03.2025,
    # 11:20 Uhr:"), update labels and notices in those languages. What still leaks:
    # standfirsts (which read as the article's first sentence), bios without a byline's
    # name, captions without a label or a credit, a list's link with a full stop after
    # one without.
    path = Path(__file__).parent / "data" / "furniture_blind.jsonl"
    pages = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(pages) == 220
    kept = content = leaked = lines = 0
    for page in pages:
        text = page["text"]
        pieces = summarize.split_sentences(text, language=page["language"])
        candidates = [(p.start, p.end, p.text) for p in pieces if p.is_candidate]
        for sentence in page["content"]:
            content += 1
            # The sentence, or what is left of it once a dateline is cut ("PARIS (AFP) - "),
            # or a candidate holding it: a Korean quotation of three sentences before its
            # particle ('"...다. ...다. ...다"고 말했다.') is one reported sentence since
            # session 31, as its fourteenth blind round labels it.
            kept += any(
                (sentence.endswith(found) and len(found) > len(sentence) / 2) or sentence in found
                for _, _, found in candidates
            )
        for furniture in page["furniture"]:
            for start in _line_starts(text, furniture):
                lines += 1
                end = start + len(furniture)
                leaked += any(a < end and start < b for a, b, _ in candidates)
    assert content == 1661 and kept >= 1657
    assert lines >= 4250 and leaked <= 241


def _line_starts(text: str, line: str) -> list[int]:
    """Where ``line`` stands as a whole line of ``text``."""
    starts, at = [], text.find(line)
    while at >= 0:
        if (at == 0 or text[at - 1] == "\n") and text[at + len(line) : at + len(line) + 1] in "\n":
            starts.append(at)
        at = text.find(line, at + 1)
    return starts


@pytest.mark.parametrize(
    ("text", "language", "bio"),
    [
        (
            "Helen Carter, Education correspondent | 4 min read\nSchools will get £300m for "
            "repairs, ministers said on Tuesday.\nHelen Carter is the Ledger's education "
            "correspondent.",
            "en",
            True,
        ),
        (
            "Jana Nováková\nVláda ve středu schválila návrh rozpočtu na příští rok, "
            "oznámil premiér.\nJana Nováková je redaktorkou Kolínského deníku.",
            "cs",
            True,
        ),
        (
            "Γιώργος Παπαδάκης\nΠερισσότεροι από 1,3 εκατομμύρια επιβάτες πέρασαν από το "
            "αεροδρόμιο τον Αύγουστο.\nΟ Γιώργος Παπαδάκης είναι δημοσιογράφος.",
            "el",
            True,
        ),
        # A name in the article's text, not a byline near its top; a capital after the name.
        (
            "Officials from Tokyo to London offered help to the city on Tuesday morning.\n"
            "Los Angeles Mayor\nLos Angeles donated equipment to help detect sounds.",
            "en",
            False,
        ),
        (
            "Los Angeles\nOfficials from Tokyo to London offered help to the city on Tuesday "
            "morning.\nLos Angeles Mayor Tom Bradley sent police to assess the damage.",
            "en",
            False,
        ),
    ],
)
def test_a_writer_s_bio_after_the_byline_is_furniture(text: str, language: str, bio: bool) -> None:
    pieces = summarize.split_sentences(text, language=language)
    last = [p for p in pieces if p.start >= text.rindex("\n")]
    assert [p.is_candidate for p in last] == [not bio]
    assert any(p.is_candidate for p in pieces)  # the article's sentence stays


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Rettelse: I en tidligere version af artiklen stod der, at renten var faldet.", "da"),
        ("Đính chính: Bản tin trước đó ghi nhầm kim ngạch là 4 tỷ USD.", "vi"),
        ("Har du et tip til redaktionen? Skriv til os.", "da"),
        ("Páčil sa vám článok? Podporte nás.", "sk"),
        ("Content is available under Creative Commons Attribution 2.5 unless noted.", "en"),
        ("You\u2019ve read 3 articles this month. Support independent journalism.", "en"),
    ],
)
def test_corrections_and_notices_in_more_languages_are_furniture(line: str, language: str) -> None:
    text = "Ministers met on Tuesday to discuss the budget for next year at length.\n" + line
    pieces = summarize.split_sentences(text, language=language)
    assert not any(p.is_candidate for p in pieces if p.start > text.index("\n"))


def _labelled(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in summarize.split_sentences(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "links"),
    [
        # A list's links with a full stop: first after the heading, then after another.
        (
            "Pengene ble brukt til veier.\nRelaterte saker\nRenten holdes uendret.\n"
            "Kronen svekket seg mot euro\nFølg oss på Facebook",
            "no",
            ["Renten holdes uendret.", "Kronen svekket seg mot euro"],
        ),
        (
            "Ceny rosną od miesięcy.\nZobacz także\nMieszkańcy wciąż pamiętają wielką wodę.\n"
            "Rząd zapowiada pieniądze na odbudowę wałów.\nSzkoły są dziś zamknięte. Lekcje "
            "odbędą się zdalnie, a rodzice dostaną wiadomość od dyrekcji jeszcze dziś rano.",
            "pl",
            [
                "Mieszkańcy wciąż pamiętają wielką wodę.",
                "Rząd zapowiada pieniądze na odbudowę wałów.",
            ],
        ),
        # A link's marker, whatever came before.
        (
            "요금이 오른다.\n관련기사\n▶ 경기 버스요금도 인상 검토\n▶ 서울 시내버스 요금은 동결된다.",
            "ko",
            ["▶ 경기 버스요금도 인상 검토", "▶ 서울 시내버스 요금은 동결된다."],
        ),
    ],
)
def test_links_to_other_stories_are_furniture(text: str, language: str, links: list[str]) -> None:
    found = _labelled(text, language)
    for link in links:
        assert ("furniture", link) in found
    assert found[0][0] == "sentence"


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # The article goes on after a list in its middle: after a link without a full
        # stop, or before a paragraph, or at its end.
        (
            "Les syndicats réclament une hausse.\nLire aussi\nRetraites : nouvelle "
            "mobilisation\n« On n'a jamais vu ça », a affirmé une infirmière.",
            "fr",
            "« On n'a jamais vu ça », a affirmé une infirmière.",
        ),
        (
            "The library closes on Monday.\nRelated Articles\nCouncil approves park budget\n"
            "A temporary book drop will remain outside the entrance.",
            "en",
            "A temporary book drop will remain outside the entrance.",
        ),
        (
            "The talks began on Monday.\nRead next\nThe talks ended on Friday.",
            "en",
            "The talks ended on Friday.",
        ),
        (
            "The talks began on Monday.\nMost read\nThe talks ended on Friday.\nBoth sides "
            "said they would meet again in March. The mediators said a deal was near.",
            "en",
            "The talks ended on Friday.",
        ),
    ],
)
def test_the_article_goes_on_after_a_list_of_links(text: str, language: str, kept: str) -> None:
    assert ("sentence", kept) in _labelled(text, language)


def test_a_heading_and_its_link_on_one_line_are_furniture() -> None:
    found = _labelled("Ceny rosną.\nPrzeczytaj również: Ceny skupu mleka rosną.", "pl")
    assert found[-1][0] == "furniture"


@pytest.mark.parametrize(
    "caption",
    [
        "Na zdjęciu: premier podczas konferencji prasowej w Warszawie.",
        "Nella foto: il sindaco di Napoli durante la conferenza stampa.",
        "Video: Firefighters battle flames as the fire jumps a highway.",
        "На фото: сотрудница лаборатории проверяет образцы.",
    ],
)
def test_labelled_captions_are_furniture(caption: str) -> None:
    found = kinds(f"The fire spread overnight.\n{caption}\nCrews contained it by noon.")
    assert [kind for kind, _ in found] == ["sentence", "furniture", "sentence"]
