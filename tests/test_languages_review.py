"""The third black-box review's reports on :mod:`summarize.languages` (bugs 7 and 9).

Bug 7: the documented :class:`~summarize.languages.Language` methods given something
other than a str raised a raw ``TypeError``/``AttributeError`` (``words(None)``,
``lower(5)``) or answered wrongly without a word (``word_count(b"...")`` counted the
bytes, ``lower(b"ABC")`` gave the bytes back, ``stem("meetings")`` stemmed each letter).
Each now raises :class:`~summarize.InputTypeError` naming the method and its argument.

Bug 9: :func:`~summarize.languages.detect` said a text of mathematical letters had no
letters, read full-width English as Norwegian, and found Arabic or Hindi in digits alone.
"""

from __future__ import annotations

import time
import unicodedata

import pytest

import summarize
from summarize.exceptions import InputTypeError, InvalidInputError
from summarize.languages import detect, get

ENGLISH = get("en")

# --- bug 7: Language methods given something other than a str -------------------------

TEXT_METHODS = ["lower", "words", "word_count", "is_furniture", "is_related_heading"]
NOT_TEXT: list[object] = [None, b"Read more", bytearray(b"Read more"), 5, ["Read", "more"]]


@pytest.mark.parametrize("method", [*TEXT_METHODS, "first_word_tag"])
@pytest.mark.parametrize("value", NOT_TEXT, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize("code", ["en", "tr", "zh", "th"])
def test_a_text_method_given_no_str_says_which_method_and_argument(
    method: str, value: object, code: str
) -> None:
    language = get(code)
    with pytest.raises(InputTypeError) as caught:
        getattr(language, method)(value)
    message = str(caught.value)
    assert f"'text' parameter of Language.{method} must be a str" in message
    assert f"Got {type(value).__name__} instead" in message
    assert ("decode bytes first" in message) == isinstance(value, bytes | bytearray)
    assert isinstance(caught.value, summarize.SummarizeError)
    assert isinstance(caught.value, TypeError)  # code catching the builtin still works


def test_the_reported_silent_answers_are_errors_now() -> None:
    with pytest.raises(InputTypeError, match="Language.word_count"):
        ENGLISH.word_count(b"one two three four")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="Language.lower"):
        ENGLISH.lower(b"ABC")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="Language.stem"):
        ENGLISH.stem("meetings")


@pytest.mark.parametrize("code", ["en", "ru", "ko"])  # ko has no stemmer
@pytest.mark.parametrize(
    ("value", "got"),
    [
        ("meetings", "Got str instead"),
        (b"meetings", "Got bytes instead"),
        (None, "Got NoneType instead"),
        (5, "Got int instead"),
        ([b"meetings"], "Got an item of type bytes instead"),
        (["meetings", None], "Got an item of type NoneType instead"),
        (("meetings", 2024), "Got an item of type int instead"),
    ],
)
def test_stem_wants_an_iterable_of_words(value: object, got: str, code: str) -> None:
    with pytest.raises(InputTypeError) as caught:
        get(code).stem(value)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "The 'words' parameter of Language.stem must be an iterable of str" in message
    assert "one word is [word]" in message
    assert got in message


@pytest.mark.parametrize("code", ["en", "ko"])
def test_stem_names_a_wrong_item_of_an_iterator(code: str) -> None:
    with pytest.raises(InputTypeError, match="Got an item of type bytes instead"):
        get(code).stem(iter(["meetings", b"2024"]))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("value", "got"),
    [
        ("U.S. didn't", "Got str instead"),
        (b"rain", "Got bytes instead"),
        (None, "Got NoneType instead"),
        (5, "Got int instead"),
        ([b"rain", b"fell"], "Got an item of type bytes instead"),
        (["rain", None], "Got an item of type NoneType instead"),
        (["rain", 5, "fell."], "Got an item of type int instead"),
        (["U.S.", b"fell."], "Got an item of type bytes instead"),
        ((piece for piece in ["Rain", "fell."]), "Got generator instead"),
        ({"Rain", "fell."}, "Got set instead"),
    ],
)
def test_words_of_pieces_wants_a_sequence_of_texts(value: object, got: str) -> None:
    with pytest.raises(InputTypeError) as caught:
        ENGLISH.words_of_pieces(value)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "The 'pieces' parameter of Language.words_of_pieces must be a sequence of str" in (
        message
    )
    assert got in message


def test_the_methods_answer_as_before_for_text() -> None:
    assert ENGLISH.stem([]) == [] and ENGLISH.stem(()) == [] and get("ko").stem([]) == []
    assert ENGLISH.stem(iter(["meetings", "2024"])) == ["meet", "2024"]
    assert ENGLISH.stem({"meetings": 1}) == ["meet"]  # any iterable of words
    assert get("ko").stem(("정부는",)) == ["정부는"]
    assert ENGLISH.stem(["\ud800abc", "meetings"]) == ["\ud800abc", "meet"]  # a lone surrogate
    assert ENGLISH.words_of_pieces([]) == [] and ENGLISH.words_of_pieces(()) == []
    assert ENGLISH.words_of_pieces(("Rain", "fell.")) == [["rain"], ["fell"]]
    assert get("tr").lower("ISTANBUL İzmir") == "ıstanbul izmir"
    assert get("tr").words("İzmir ISPARTA") == ["izmir", "ısparta"]
    assert ENGLISH.word_count("") == 0 and get("zh").word_count("北京 Apple") == 3
    assert ENGLISH.is_furniture("") is False and ENGLISH.is_furniture("Read more: the talks")
    assert ENGLISH.is_related_heading("Most read") and not ENGLISH.is_related_heading("")
    assert ENGLISH.first_word_tag("") is None


class Words(str):
    """A str subclass is a str."""


def test_a_str_subclass_is_text() -> None:
    assert ENGLISH.words(Words("Rain fell.")) == ["rain", "fell"]
    assert ENGLISH.lower(Words("RAIN")) == "rain"
    assert ENGLISH.stem([Words("meetings")]) == ["meet"]


# --- bug 9: detect() reads letters, not code points -------------------------------------

BOLD = "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 𝐧𝐞𝐰𝐬: 𝐭𝐡𝐞 𝐝𝐚𝐦 𝐡𝐚𝐬 𝐛𝐫𝐨𝐤𝐞𝐧"
ENGLISH_NEWS = "The government said on Monday that it would raise taxes"
ITALIC, BOLD_ITALIC = 52, 104  # offsets of the alphabets' capital A from U+1D400


def _full_width(text: str) -> str:
    """``text`` with its ASCII letters, digits and signs in their full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _styled(text: str, offset: int = 0) -> str:
    """``text`` with its ASCII letters in a mathematical alphabet (bold by default)."""
    return "".join(
        chr(0x1D400 + offset + ord(c) - ord("A"))
        if "A" <= c <= "Z"
        else chr(0x1D400 + offset + 26 + ord(c) - ord("a"))
        if "a" <= c <= "z"
        else c
        for c in text
    )


def _bold_greek(text: str) -> str:
    """``text`` with its Greek letters in mathematical bold."""
    return "".join(
        unicodedata.lookup(
            unicodedata.name(c).replace("GREEK", "MATHEMATICAL BOLD").replace(" LETTER", "")
        )
        if unicodedata.name(c, "").startswith("GREEK")
        else c
        for c in text
    )


@pytest.mark.parametrize(
    "text",
    [
        BOLD,
        _styled(ENGLISH_NEWS),
        _styled(ENGLISH_NEWS, BOLD_ITALIC),
        # Mathematical italic h is U+210E, a letterlike symbol: "𝑇ℎ𝑒" is one word.
        _styled(ENGLISH_NEWS, ITALIC).replace(chr(0x1D455), "\u210e"),
        _full_width(ENGLISH_NEWS.upper()),
        _full_width(ENGLISH_NEWS + "!"),
        "ＴＨＥ ＧＯＶＥＲＮＭＥＮＴ ＳＡＩＤ ＯＮ ＭＯＮＤＡＹ ＴＨＡＴ ＩＴ ＷＯＵＬＤ ＲＡＩＳＥ ＴＡＸＥＳ",
    ],
)
def test_detect_reads_compatibility_letters_as_the_letters_they_are(text: str) -> None:
    assert detect(text).code == "en"
    assert detect(text) is detect(unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (_full_width("Die Regierung hat am Montag neue Steuern angekündigt."), "de"),
        (_styled(unicodedata.normalize("NFD", "Le gouvernement a annoncé des impôts")), "fr"),
        (_full_width("Il governo ha annunciato lunedì nuove tasse."), "it"),
        (_bold_greek("Η κυβερνηση ανακοινωσε νεους φορους"), "el"),
        # Full-width Latin in a Japanese or Chinese text still counts as Latin words.
        ("ＡＩを使った新しいサービスを発表した。", "ja"),
        ("政府宣布，ＡＩ产业将获得新的支持。", "zh"),
        ("２０２４年", "zh"),  # full-width digits, then a Han letter
    ],
)
def test_detect_reads_other_languages_in_compatibility_forms(text: str, code: str) -> None:
    assert detect(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "2024 123",
        "٢٠٢٤ ١٢٣",  # Arabic-Indic digits
        "۲۰۲۴ ۱۲۳",  # Extended (Persian) Arabic-Indic digits
        "२०२४ १२३",  # Devanagari digits
        "๒๕๖๗",  # Thai digits
        "٣٫٥٪ - ١٬٢٠٠",  # with the Arabic decimal and thousands separators, per cent
        "２０２４ (１２３)",  # full-width digits
        "𝟐𝟎𝟐𝟒 (𝟏𝟐𝟑)",  # mathematical digits
    ],
)
def test_digits_alone_carry_no_language(text: str) -> None:
    with pytest.raises(InvalidInputError, match="without letters"):
        detect(text)
    assert detect(text, default="fr").code == "fr"


@pytest.mark.parametrize("digits", ["٢٠٢٤", "२०२४", "๒๕๖๗"])
def test_digits_beside_a_word_do_not_outweigh_it(digits: str) -> None:
    # A Latin word counts a third of a word of another script: a number was one.
    assert detect(f"Floods {digits}").code not in {"ar", "hi", "th"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قال الوزير إن ٣٫٥٪ من السكان تأثروا في عام ٢٠٢٤.", "ar"),
        ("अनुमान के अनुसार २०२४ में १२ लाख लोग प्रभावित हुए।", "hi"),
        ("The ministry said ٢٠٢٤ would be a record year for exports.", "en"),
        ("Le ministère a dit que २०२४ serait une année record.", "fr"),
        ("รัฐบาลประกาศมาตรการใหม่ในปี ๒๕๖๗", "th"),
        ("צה״ל הודיע ב-2024 על גיוס", "he"),
    ],
)
def test_digits_do_not_change_a_text_with_letters(text: str, code: str) -> None:
    assert detect(text).code == code


def test_a_long_run_of_digits_is_read_quickly() -> None:
    start = time.perf_counter()
    assert detect("٢" * 9_999 + " ", default="en").code == "en"
    assert detect("1" * 5_000 + "٢" * 4_999 + "!", default="en").code == "en"
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("value", [None, b"Der Fluss stieg.", 5])
def test_detect_still_refuses_what_is_no_str(value: object) -> None:
    with pytest.raises(InputTypeError, match="'text' parameter of detect"):
        detect(value)  # type: ignore[arg-type]
