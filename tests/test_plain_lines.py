"""The plain lines told at once (``plain_lines``) are labelled as one at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.segmentation.clean import piece_spans, plain_lines
from summarize.segmentation.rules import many_sentence_spans

DATA = Path(__file__).parent / "data"


def _same_pieces(texts: list[str], language: str) -> int:
    """Check that every text's pieces are the same with its plain lines told or not; return
    how many lines were plain."""
    lines = many_sentence_spans(texts, language)
    flags = plain_lines(texts, lines, language)
    if flags is None:
        return 0
    assert [len(f) for f in flags] == [len(text_lines) for text_lines in lines]
    for text, text_lines, text_flags in zip(texts, lines, flags, strict=True):
        assert piece_spans(text, language, text_lines, text_flags) == piece_spans(
            text, language, text_lines
        ), text
    return sum(map(sum, flags))


# Sentences that are plain, and pieces that hold what a line's labelling reads: datelines,
# markers, captions and credits, furniture phrases at either end, quotations, brackets,
# semicolons, "rved", characters beyond ASCII (one lower-cases to ASCII: the Kelvin sign).
_PIECES = [
    "The storm hit the coast on Monday.",
    "Officials said the dam would hold.",
    '"We will rebuild," the mayor said.',
    '"It was terrible."',
    "'Not now,' she said.",
    "It rained.",
    "He declined to comment.",
    "WASHINGTON (AP) _ The Senate voted.",
    "BRUSSELS, Belgium - Talks resumed.",
    "Berlin (dpa) - Die Regierung tagt.",
    "Q. What happened?",
    "A. Nothing.",
    "1. Collect the data.",
    "-- The union agreed.",
    "• Prices rose.",
    "HEAR IT, SEE IT; Senate hearings begin.",
    "Firefighters work at the scene. (KVNT)",
    "The boats at low tide. Stock image.",
    "The crowd gathered. Photo: Jenna Moss.",
    "The mayor spoke. Foto. Straż Miejska",
    "Caption: The mayor speaks.",
    "Image caption, The mayor speaks.",
    "Légende : le maire parle.",
    "© 2024 Reuters. All rights reserved.",
    "All Rights ReServed.",
    "Sign up for our newsletter.",
    "Read more about the storm.",
    "Share this story.",
    "Leave a comment.",
    "Follow us on Twitter.",
    "The report was written by the staff. Story by",
    "Back to top.",
    "This article was amended.",
    "Prices rose; costs fell.",
    "The A.B. Smith Co. said so.",
    "U.S. troops left.",
    "Dr. Ames spoke first.",
    "The fa\u212aebook page closed.",
    "The FACE\u212aOOK.",
    "He wrote on faceboo\u212a.",
    "The boats. Stoc\u212a image.",
    "Broken \ud800 text.",
    "İstanbul grew fast.",
    "Talks in Zürich ended.",
    "记者 李明 摄",
    "（記者王志明攝）",
    "The photo was taken by X 撮影.",
    "Prices rose 5% (AFP).",
    "He said: yes.",
    "The event ended at 5 p.m. Saturday.",
    # Openings of furniture, by pattern or phrase, and near misses (spacing, case, a
    # character beyond ASCII that is a letter in lower case, a date's digits).
    "We use cookies to keep the site running.",
    "We  use cookies.",
    "We\u00a0use cookies.",
    "We used the boats.",
    "Share-prices fell.",
    "Shares fell sharply.",
    "President Lee spoke.",
    "May 16, 2024.",
    "Monday May 16 2024.",
    "Mayor Lee spoke on 16 May 2024.",
    "Last updated 5 May 2024.",
    "Posted by Jane on 5 May.",
    "You've read 3 of 5 articles.",
    "Get our daily newsletter.",
    "Our morning email brings the news.",
    "Related stories.",
    "This story was updated on Monday.",
    "Print.",
    "It is history.",
    "Read the full story.",
    "Ma\u212ae a wish.",
    "\u212aeep reading our newsletter.",
    "Phot\u00f6 by Jane Moss.",
    "Vi använder cookies för att ge dig en bättre upplevelse.",
    "Läs mer i vår cookiepolicy.",
    "Você já conhece as vantagens de ser assinante da Gazeta?",
    "Votre adresse e-mail sert à vous envoyer nos newsletters.",
    "Mit Material von dpa.",
    "ok.",
    "Hi.",
    "A",
    '"',
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(" ".join),
            min_size=1,
            max_size=6,
        ).map("\n".join),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(
        ["english", "french", "german", "portuguese", "swedish", "turkish", "thai", "chinese"]
    ),
)
def test_plain_lines_change_no_piece(texts: list[str], language: str) -> None:
    _same_pieces(texts, language)


@pytest.mark.parametrize(
    "name",
    [
        "segmentation_cases.jsonl",
        "segmentation_holdout.jsonl",
        "segmentation_probe.jsonl",
        "segmentation_blind.jsonl",
        "furniture_blind.jsonl",
    ],
)
def test_plain_lines_change_no_piece_of_the_case_sets(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    by_language: dict[str, list[str]] = {}
    for row in rows:
        by_language.setdefault(str(row["language"]), []).append(str(row["text"]))
    for language, texts in by_language.items():
        _same_pieces(texts, language)


def test_most_lines_of_plain_news_are_plain() -> None:
    texts = [
        "Storm Hits Coast\nThe storm hit the coast on Monday. Officials said the dam held.\n"
        '"Rebuilding will take years," the mayor said.\nSchools stayed closed across the county.',
    ] * 3
    assert _same_pieces(texts, "english") == 3 * 3  # all but the headline
    lines = many_sentence_spans(texts, "english")
    assert plain_lines(texts, lines, "turkish") is None  # "I" is no "i" in Turkish
    assert plain_lines(texts, lines, "thai") is None  # a space may end a sentence
