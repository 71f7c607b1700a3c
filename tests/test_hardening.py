"""Regression tests: one per bug that the property tests or the fuzzer found.

Each test is named after the bug it keeps fixed. Only invented text is used.
"""

from __future__ import annotations

import codecs
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

import summarize
import summarize.selectors.greedy as selection
from summarize import (
    EmptyInputError,
    InputDecodeError,
    InputTypeError,
    InvalidParameterError,
    Summarizer,
    SummarizeWarning,
)
from summarize.documents import coerce_documents
from summarize.segmentation.punkt import MAX_SENTENCE_CHARS
from summarize.selectors import Budget


def test_non_text_codec_as_encoding_is_refused_at_construction() -> None:
    # "rot13" and "hex" are codecs, but not text encodings: the call failed later
    # with "Unknown encoding" on the first bytes article.
    for codec in ("rot13", "hex", "base64"):
        with pytest.raises(InvalidParameterError, match=r"The 'encoding' parameter of Summarizer"):
            Summarizer(encoding=codec)


def test_order_given_as_an_array_is_refused_at_construction() -> None:
    # `array not in ("rank", "source")` compared element-wise and let it through.
    with pytest.raises(InvalidParameterError, match=r"The 'order' parameter of Summarizer"):
        Summarizer(order=np.array(["rank"]))  # type: ignore[arg-type]


def test_mapping_with_keys_of_mixed_types_raises_input_type_error() -> None:
    # Sorting the keys {1, "b"} for the message raised TypeError.
    with pytest.raises(InputTypeError, match="keys that are not strings: \\[1\\]"):
        coerce_documents([{"text": "Rain fell.", 1: "x", "b": "y"}])


def test_mapping_with_array_metadata_raises_input_type_error() -> None:
    # `metadata or {}` asked an array for its truth value: ValueError.
    with pytest.raises(InputTypeError, match="metadata"):
        coerce_documents([{"text": "Rain fell.", "metadata": np.array([1, 2])}])


def test_undecodable_bytes_in_a_mapping_name_the_article_and_its_id() -> None:
    with pytest.raises(InputDecodeError, match=r"Article 1 \(id 'wire-7'\).*utf-8"):
        coerce_documents(["Rain fell.", {"id": "wire-7", "text": b"caf\xe9 au lait."}])


def test_sentences_without_a_letter_or_digit_are_never_candidates() -> None:
    # ". . . ." was 100,000 one-character candidates, and a summary of full stops.
    kinds = {
        s.text: s.kind
        for s in summarize.split_sentences("The river rose. ... !!! 😀🎉. Then it fell.")
    }
    assert kinds["The river rose."] == kinds["Then it fell."] == "sentence"
    assert all(
        kind == "furniture"
        for text, kind in kinds.items()
        if "river" not in text and "fell" not in text
    )
    with pytest.raises(EmptyInputError):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SummarizeWarning)
            summarize.summarize([". " * 1000])


@contextmanager
def _counting_argmax() -> Iterator[list[int]]:
    """Count the selection's passes over its candidates (its calls of ``np.argmax``)."""
    calls = [0]

    def argmax(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return np.argmax(*args, **kwargs)

    counting = SimpleNamespace(
        **{name: getattr(np, name) for name in dir(np) if not name.startswith("__")}
    )
    counting.argmax = argmax
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(selection, "np", counting)
        yield calls


def _argmax_calls(articles: list[str], max_words: int) -> tuple[list[str], int]:
    """The summary's sentences, and how many passes (``np.argmax``) the selection made."""
    with _counting_argmax() as calls:
        summary = Summarizer(max_words=max_words).summarize(articles)
    return [s.text for s in summary.sentences], calls[0]


def test_copies_of_one_sentence_are_skipped_in_one_step_not_one_per_copy() -> None:
    # 100,000 copies of a sentence with no term (all stopwords) were skipped one
    # per selection step, each step a pass over all candidates: minutes of work.
    # The copies tie, so the lazy selection rules them all out in one round.
    texts, calls = _argmax_calls(["It is what it is."] * 200, 1000)
    assert texts == ["It is what it is."]
    assert calls <= 6


def test_a_flood_of_near_duplicates_goes_in_a_few_rounds_not_one_per_sentence() -> None:
    # 20,000 near-duplicates of one sentence (cosine above the threshold), each of
    # a value of its own: once one is chosen, the lazy selection reads the others
    # only when they come out best, twice as many each round, not one pass over
    # all candidates per sentence ruled out.
    n = 20_000
    rows = np.stack([np.ones(n), np.linspace(0.0, 0.1, n)], axis=1)
    X = sp.csr_matrix(rows / np.linalg.norm(rows, axis=1, keepdims=True))
    with _counting_argmax() as calls:
        chosen = selection.select(
            X, ["Shares rose."] * n, concepts=sp.csr_matrix(np.ones((n, 1))),
            weights=np.ones(1), bonus=np.linspace(0.1, 0.2, n), length_penalty=0.0,
            budget=Budget(max_words=10 * n), diversity=0.0, duplicate_threshold=0.5,
        )  # fmt: skip
    assert chosen == [n - 1]
    assert calls[0] <= 40


def test_a_200000_character_sentence_is_split_into_exact_pieces() -> None:
    # One sentence with no punctuation at all was a single 200,000-character candidate.
    text = " ".join(f"word{i % 997}" for i in range(25_000))[:200_000]
    pieces = summarize.split_sentences(text)
    assert len(pieces) >= len(text) // MAX_SENTENCE_CHARS
    assert all(p.kind == "sentence" and len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert " ".join(p.text for p in pieces) == text
    summary = Summarizer(max_chars=5000).summarize([text])
    assert summary.sentences and all(text[s.start : s.end] == s.text for s in summary.sentences)


def test_long_sentence_is_split_at_a_clause_boundary() -> None:
    clause = "the committee met again in the hall, "
    text = clause * 120 + "and then it voted."
    pieces = summarize.split_sentences(text)
    assert len(pieces) > 1
    assert all(p.text.endswith(",") for p in pieces[:-1])
    assert pieces[-1].text.endswith("voted.")


def test_long_headline_and_furniture_are_not_split() -> None:
    # Only candidates are split for scoring; a piece is a candidate only if its sentence was.
    text = "Share this " + "x" * 3000 + "\nThe river rose."
    pieces = summarize.split_sentences(text)
    assert [p.kind for p in pieces] == ["headline", "sentence"]


def test_windows_1252_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 \u201cLe Pont\u201d opened \u2013 at 9\u00a0am.".encode("cp1252"))
    with pytest.warns(SummarizeWarning, match="latin.txt.*not valid UTF-8.*Windows-1252"):
        document = summarize.read_article(path)
    assert document.text == "Caf\u00e9 \u201cLe Pont\u201d opened \u2013 at 9\u00a0am."


def test_bytes_undefined_in_windows_1252_are_read_as_latin_1(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"A\x81B\x8dC\x90D\xe9.")
    with pytest.warns(SummarizeWarning):
        assert summarize.read_article(path).text == "A\x81B\x8dC\x90D\u00e9."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read_with_a_warning(
    tmp_path: Path, codec: str
) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeffZ\u00fcrich votes.".encode(codec))
    with pytest.warns(SummarizeWarning, match="byte-order mark"):
        assert summarize.read_article(path).text == "Z\u00fcrich votes."


def test_utf16_text_starting_with_nul_is_not_read_as_utf32(tmp_path: Path) -> None:
    # FF FE 00 00 is the UTF-32-LE mark, and also UTF-16-LE's mark before U+0000.
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeff\x00Rain fell.".encode("utf-16-le"))
    with pytest.warns(SummarizeWarning, match="UTF-16 byte-order mark"):
        assert summarize.read_article(path).text == "\x00Rain fell."


def test_utf8_byte_order_mark_is_dropped_silently(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Rain fell.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert summarize.read_article(path).text == "Rain fell."


def test_an_explicit_encoding_other_than_utf8_is_strict(tmp_path: Path) -> None:
    path = tmp_path / "ascii.txt"
    path.write_bytes("Caf\u00e9.".encode("utf-8"))
    with pytest.raises(InputDecodeError, match="ascii.txt"):
        summarize.read_article(path, encoding="ascii")


def test_chinese_without_punctuation_is_prose_not_a_headline() -> None:
    # Words were counted by spaces only, so 200,000 characters of Chinese with no
    # punctuation were one "short" line: a headline, and nothing to summarise.
    text = "北京市政府今天宣布新的公共交通计划" * 20
    pieces = summarize.split_sentences(text)
    assert [p.kind for p in pieces] == ["sentence"]
    assert [p.kind for p in summarize.split_sentences("北京今天下雨")] == ["headline"]
    pieces = summarize.split_sentences("漢字" * 100_000)
    assert all(p.kind == "sentence" and len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert "".join(p.text for p in pieces) == "漢字" * 100_000


def test_a_line_without_letters_is_one_furniture_span() -> None:
    # Punkt split ". . . ." into one span per full stop, at about 50 microseconds each.
    text = ". " * 50_000 + "\nThe river rose."
    pieces = summarize.split_sentences(text)
    assert [(p.kind, p.start, p.end) for p in pieces] == [
        ("furniture", 0, 99_999),
        ("sentence", 100_001, 100_016),
    ]


def test_sentences_with_the_same_terms_are_duplicates_at_threshold_one() -> None:
    # Found by the fuzzer: rounding put their cosine at 0.9999999999999997, under
    # duplicate_threshold=1.0, so both were chosen.
    article = "Budget council fire water budget. Budget council fire water budget!"
    summary = Summarizer(
        max_sentences=5, selector=summarize.selectors.Greedy(duplicate_threshold=1.0)
    ).summarize([article])
    assert [s.text for s in summary.sentences] == ["Budget council fire water budget."]


def test_numpy_scalar_settings_give_a_json_serialisable_summary() -> None:
    # Summarizer(max_words=np.int64(20)) was accepted, but to_json() then raised
    # "Object of type int64 is not JSON serializable".
    summarizer = Summarizer(
        max_words=np.int64(20),
        selector=summarize.selectors.Greedy(diversity=np.float32(0.5)),
        order=np.str_("source"),
    )
    assert type(summarizer.max_words) is int
    assert type(summarizer.selector.diversity) is float  # type: ignore[attr-defined]
    assert type(summarizer.order) is str
    summary = summarizer.summarize(summarize.sample_articles())
    assert '"max_words": 20' in summary.to_json()


def test_punkt_never_reads_more_than_a_chunk_of_an_enormous_line() -> None:
    # NLTK runs Punkt's regular expressions under a 5-second wall-clock limit and
    # raises TimeoutError beyond it: a line of tens of megabytes, or a loaded
    # machine, would have crashed the call. Lines are now fed in bounded chunks,
    # cut where a sentence ends, so the sentences found are the same.
    from summarize.segmentation import punkt as _segment

    real = _segment._tokenizer("english")
    seen: list[int] = []

    class Recording:
        _lang_vars = real._lang_vars

        def span_tokenize(self, line: str) -> Any:
            seen.append(len(line))
            return real.span_tokenize(line)

    text = "The cat sat on the mat. " * 20_000
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_segment, "_tokenizer", lambda language: Recording())
        spans = _segment.sentence_spans(text)
    assert max(seen) <= _segment.PUNKT_CHUNK_CHARS and len(seen) > 1
    assert spans == [[(24 * i, 24 * i + 23) for i in range(20_000)]]
