"""Features: term and word-pair counts, and TF-IDF, on hand-made sentences."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.features import count_terms, stem_function, term_matrix, tfidf, tfidf_matrix


def _pairs_by_sentence(texts: list[str]) -> list[int]:
    return np.asarray(count_terms(texts).pairs.sum(axis=1)).ravel().astype(int).tolist()


def test_terms_are_stemmed_lower_case_and_stopword_free() -> None:
    counts, terms = term_matrix(["The Leaders met.", "A leader meets leaders."])
    assert terms == ["leader", "met", "meet"]
    assert counts.toarray().tolist() == [[1.0, 1.0, 0.0], [2.0, 0.0, 1.0]]


def test_snowball_keeps_apart_words_an_older_stemmer_merged() -> None:
    # Snowball 3 (PyStemmer); NLTK's port of the older algorithm stems all three
    # of each group alike ("organ", "intern", "univers").
    stem = stem_function("english")
    assert len(set(stem(["organ", "organization", "organizers"]))) == 2
    assert len(set(stem(["intern", "internal", "international"]))) == 3
    assert stem(["universities", "university"]) == ["universiti", "universiti"]


def test_words_that_cannot_be_stemmed_are_kept_as_they_are() -> None:
    # A lone surrogate (from a Windows-1252 byte with no character) cannot go to
    # the C stemmer; the other words of the batch are still stemmed.
    assert stem_function("english")(["meetings", "meet\udc81ings", "closed"]) == [
        "meet",
        "meet\udc81ings",
        "close",
    ]
    assert stem_function("korean")(["meetings"]) == ["meetings"]
    assert count_terms(["Ca\udc81fés meetings."]).term_names == ["ca", "fés", "meet"]


def test_numbers_money_and_acronyms_are_terms() -> None:
    _, terms = term_matrix(["The U.S. paid $227.8 million in 2024, up 3.5%."])
    assert terms == ["u.", "paid", "$227.8", "million", "2024", "3.5%"]  # "u.s" stems to "u."


def test_pairs_are_adjacent_words_unless_both_are_stopwords() -> None:
    # "the prime", "prime minister", "minister of", "of japan"; not "of the" (both stopwords).
    assert _pairs_by_sentence(["The prime minister of Japan."]) == [4]
    assert _pairs_by_sentence(["Of the."]) == [0]


def test_pairs_never_cross_sentences() -> None:
    # "rain fell" and "river rose" only: nothing joins "fell" to "river".
    counts = count_terms(["Rain fell", "River rose"])
    assert counts.pairs.shape == (2, 2)
    assert counts.pairs.toarray().tolist() == [[1.0, 0.0], [0.0, 1.0]]


def test_the_same_pair_in_two_sentences_is_one_column() -> None:
    counts = count_terms(["Prime ministers met.", "The prime minister spoke."])
    shared = counts.pairs[0].multiply(counts.pairs[1])
    assert shared.nnz == 1  # "prime minist", after stemming


def test_a_pair_repeated_in_a_sentence_is_counted_twice() -> None:
    counts = count_terms(["Rain fell, rain fell."])
    assert counts.pairs.toarray().tolist() == [[2.0, 1.0]]  # "rain fell" twice, "fell rain" once


def test_the_internal_break_character_in_a_text_changes_nothing() -> None:
    plain = count_terms(["Paris Rome met", "Cats sat"])
    odd = count_terms(["Paris\x00Rome met", "Cats sat"])
    assert odd.term_names == plain.term_names
    assert (odd.terms != plain.terms).nnz == 0
    assert (odd.pairs != plain.pairs).nnz == 0


def test_a_language_of_ones_own_is_read_with_its_own_stopwords_stemmer_and_words() -> None:
    import dataclasses

    from summarize.languages import get

    english = get("english")
    texts = ["The prime ministers met the press in 2024."]
    assert count_terms(texts, language=english).term_names == [
        "prime", "minist", "met", "press", "2024",
    ]  # fmt: skip
    # A stopword of its own, no stemmer, and words of letters only: all three are used.
    own = dataclasses.replace(
        english, stopwords=english.stopwords | {"press"}, stemmer=None, token_pattern=r"[a-z]+"
    )
    assert count_terms(texts, language=own).term_names == ["prime", "ministers", "met"]


def test_empty_input_and_texts_without_terms() -> None:
    assert count_terms([]).terms.shape == (0, 0)
    counts = count_terms(["", "Of the.", "Rain fell."])
    assert counts.terms.toarray().tolist() == [[0.0, 0.0], [0.0, 0.0], [1.0, 1.0]]


def test_tfidf_matches_the_formula() -> None:
    # Two sentences; term 0 in both (idf = ln(3/3) + 1 = 1), term 1 in one (idf = ln(3/2) + 1).
    X = tfidf(sp.csr_matrix([[2.0, 0.0], [1.0, 1.0]]))
    idf = np.log(1.5) + 1
    assert X.toarray()[0] == pytest.approx([1.0, 0.0])
    assert X.toarray()[1] == pytest.approx(np.array([1.0, idf]) / np.hypot(1.0, idf))


def test_tfidf_matrix_rows_are_unit_length_or_zero() -> None:
    X = tfidf_matrix(["Leaders met.", "Of the.", "The leaders met in Geneva."])
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    assert norms == pytest.approx([1.0, 0.0, 1.0])


# -- the tokenisers: pieces read once, and Arrow's kernels when pyarrow is installed --------

TRICKY = [
    "The U.S. paid $227.8 million in 2024, up 3.5% (from 1,000.5).",
    "A 5km walk, g7 talks and e.g. a.m. meetings; U.S.A.-based firms.",
    "Café «Zürich» ÉTÉ ΣΟΦΙΑ straße İstanbul ½ ² ٣ 東京 _under_score $ $$5 %5",
    "Paris\x00Rome met.\tTabs\u00a0nbsp\u2028line\u3000ideographic space",
    "",
    "... , ; !!",
    "x" * 70 + ".y.z. " + "a." * 40,
    "rain fell, rain fell, rain fell.",
]


def _tokens(texts: list[str], *, arrow: bool) -> list[list[str]]:
    from summarize import features

    vocabulary = {features._BREAK: 0}
    pieces = features._Pieces(vocabulary)
    if arrow:
        pytest.importorskip("pyarrow")
        split = features._split_lowered(texts)
        modules = features.arrow()
        assert split is not None and modules is not None
        ids, sentence = features._PieceTable(pieces, modules).token_ids(split)
    else:
        ids, sentence = features._python_token_ids(texts, pieces)
    words = list(vocabulary)[1:]
    out: list[list[str]] = [[] for _ in texts]
    for word, row in zip(ids.tolist(), sentence.tolist(), strict=True):
        out[row].append(words[word])
    return out


@pytest.mark.parametrize("arrow", [False, True])
def test_tokens_are_those_of_the_pattern_in_each_text(arrow: bool) -> None:
    from summarize.features import TOKEN_PATTERN

    expected = [re.findall(TOKEN_PATTERN, text.replace("\x00", " ").lower()) for text in TRICKY]
    assert _tokens(TRICKY, arrow=arrow) == expected
    assert expected[0][:4] == ["the", "u.s.", "paid", "$227.8"]
    assert expected[1][:2] == ["a", "5"]  # "5km": the number, then the word


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        # Letters of every kind (a piece of them alone is read without the pattern), digits
        # and numbers that are no letters.
        st.text(
            alphabet=st.sampled_from(
                list(
                    "ab.,$%5 _\x00\u00e9\u0130\u2028\t\u00aa\u02b0\u01c5\u00df\u6771\u00b2"
                    "\u0663\u03a3\u0391'"  # and Greek capital sigma and alpha, an apostrophe
                )
            ),
            max_size=30,
        ),
        max_size=8,
    )
)
def test_both_tokenisers_agree_with_the_pattern(texts: list[str]) -> None:
    pytest.importorskip("pyarrow")
    from summarize.features import TOKEN_PATTERN

    expected = [re.findall(TOKEN_PATTERN, text.replace("\x00", " ").lower()) for text in texts]
    assert _tokens(texts, arrow=False) == expected
    assert _tokens(texts, arrow=True) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["ΟΔΟΣ ΑΣ. Ο ΛΑΟΣ'Σ ΣΑΣ", "İSTANBUL Σ ΣΣ"],  # final sigma and a dotted capital I
        ["The Prime Minister met.", "the prime minister"],  # ASCII: lower-cased by Arrow
    ],
)
def test_pieces_lower_cased_as_read_give_the_words_of_the_lower_cased_text(
    texts: list[str],
) -> None:
    # A text that is not ASCII is split as it is and each piece lower-cased when read:
    # the words are those of the whole text lower-cased (the final-sigma rule looks no
    # further than the whitespace around a word).
    from summarize.features import TOKEN_PATTERN

    expected = [re.findall(TOKEN_PATTERN, text.lower()) for text in texts]
    assert _tokens(texts, arrow=True) == expected == _tokens(texts, arrow=False)


def test_arrow_and_python_give_the_same_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyarrow")
    from summarize import features

    texts = TRICKY * 3 + ["The prime minister met the press.", "Prime ministers met."]
    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 10**9)
    plain = count_terms(texts)
    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 0)
    fast = count_terms(texts)
    assert fast.term_names == plain.term_names
    assert (fast.terms != plain.terms).nnz == 0
    assert fast.pairs.shape == plain.pairs.shape and (fast.pairs != plain.pairs).nnz == 0


@pytest.mark.parametrize("arrow", [False, True])
def test_blocks_split_ahead_on_a_second_thread_give_the_same_counts(
    monkeypatch: pytest.MonkeyPatch, arrow: bool
) -> None:
    import threading

    if arrow:
        pytest.importorskip("pyarrow")
    from summarize import features

    # Blocks of 4 texts, one of them (the fourth) with a lone surrogate: that one
    # goes the Python way, the others Arrow's, split one block ahead.
    texts = TRICKY * 2 + ["Ca\udc81fés meetings.", "Prime ministers met."]
    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 10**9)
    plain = count_terms(texts)  # Python's split, one block
    monkeypatch.setattr(features, "_CHUNK", 4)
    monkeypatch.setattr(features, "_ARROW_CHUNK", 4)
    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 0 if arrow else 10**9)
    monkeypatch.setattr(features, "available_cores", lambda: 2)
    splits: list[str] = []
    split_lowered = features._split_lowered

    def recording(block: list[str]) -> object:
        splits.append(threading.current_thread().name)
        return split_lowered(block)

    monkeypatch.setattr(features, "_split_lowered", recording)
    read: list[str] = []
    read_new = features._Pieces.read_new

    def reading(self: object, new: list[str]) -> tuple[list[int], list[int]]:
        read.extend(new)
        return read_new(self, new)  # type: ignore[arg-type]

    monkeypatch.setattr(features._Pieces, "read_new", reading)
    word_ids = features._Pieces.word_ids

    def reading_python(self: features._Pieces, split: list[str]) -> object:
        read.extend(set(split).difference(self.words))  # the pieces it reads
        return word_ids(self, split)

    monkeypatch.setattr(features._Pieces, "word_ids", reading_python)
    threads = threading.active_count()
    blocks = -(-len(texts) // 4)
    one = count_terms(texts, n_jobs=1)
    assert splits == (["MainThread"] * blocks if arrow else [])
    # A piece met in an earlier block is not read again (Arrow's way reads the new pieces
    # of a block together, by read_new, Python's by word_ids); only the block Arrow cannot
    # split, read the Python way, does not know what Arrow's blocks read.
    python_block = {p for text in texts[-4:] for p in text.lower().split()}
    assert {p for p in read if read.count(p) > 1} <= (python_block if arrow else set())
    # Arrow's blocks that are not all ASCII are split as they are, their pieces lower-cased
    # as they are read.
    assert {p.lower() for p in read} >= {"the", "u.s.", "ministers"}
    splits.clear()
    ahead = count_terms(texts)
    assert len(splits) == (blocks if arrow else 0)
    assert all(name.startswith("summarize-split") for name in splits)
    assert threading.active_count() == threads  # joined: forking stays safe afterwards
    for counts in (one, ahead):  # pieces met in an earlier block are looked up, not read
        assert counts.term_names == plain.term_names
        assert (counts.terms != plain.terms).nnz == 0
        assert counts.pairs.shape == plain.pairs.shape and (counts.pairs != plain.pairs).nnz == 0


def test_a_lone_surrogate_goes_the_python_way(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyarrow")
    from summarize import features

    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 0)
    # Arrow needs UTF-8, which a lone surrogate is not: the chunk is read in Python.
    assert count_terms(["Ca\udc81fés meetings."]).term_names == ["ca", "fés", "meet"]


def test_pair_columns_follow_the_codes() -> None:
    pytest.importorskip("pyarrow")
    import pyarrow
    import pyarrow.compute

    from summarize.features import _pair_columns

    codes = np.array([50, 7, 50, 3, 7, 99], dtype=np.int64)
    for arrow in (None, (pyarrow, pyarrow.compute)):
        column, n = _pair_columns(codes, arrow)
        assert n == 4
        assert column.tolist() == [2, 1, 2, 0, 1, 3]


def test_the_tokens_of_a_language_come_from_its_language_object() -> None:
    import dataclasses

    from summarize.features import TOKEN_PATTERN, tokenizer
    from summarize.languages import get

    english = get("en")
    assert english.token_pattern == TOKEN_PATTERN
    assert tokenizer(english)("u.s.-led") == ["u.s.", "led"]
    # Another pattern on the Language changes the terms; none means Language.words.
    letters = dataclasses.replace(english, token_pattern=r"[a-z]+")
    assert tokenizer(letters)("u.s.-led") == ["u", "s", "led"]
    plain = dataclasses.replace(english, token_pattern=None)
    assert tokenizer(plain)("u.s.-led") == english.words("u.s.-led") == ["u.s.", "led"]
    assert tokenizer(plain)("don't") == ["don't"] and tokenizer(english)("don't") == ["don", "t"]
    assert get("de").token_pattern is None


def test_arrow_memory_is_given_back_after_counting(monkeypatch: pytest.MonkeyPatch) -> None:
    # Arrow's allocator keeps freed pages; count_terms hands them back once its Arrow
    # arrays are gone, and only when it used Arrow.
    pytest.importorskip("pyarrow")
    from summarize import features

    calls: list[int] = []
    monkeypatch.setattr(features, "release_memory", lambda: calls.append(1))
    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 0)
    count_terms(["A storm hit the coast.", "Rain fell."])
    assert calls == [1]
    monkeypatch.setattr(features, "_ARROW_MIN_TEXTS", 10**9)
    count_terms(["A storm hit the coast."])
    assert calls == [1]


def test_releasing_arrow_memory_never_imports_pyarrow() -> None:
    code = (
        "import sys; from summarize.pieces import release_memory; release_memory(); "
        "print('pyarrow' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("whole_product", [65_536, 0])
def test_rows_times_are_the_products_of_the_rows_taken(
    whole_product: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``rows_times`` gives ``matrix[rows] @ vector`` bit for bit (the selection's rules
    and gains rely on it), for rows in any order, repeated, empty, and no rows at all;
    reversing each row's entries changes some sums, so the order is what is tested.
    Small matrices take the whole product; at 0 the rows' entries are gathered."""
    from summarize import features
    from summarize.features import rows_times

    monkeypatch.setattr(features, "_WHOLE_PRODUCT", whole_product)

    rng = np.random.default_rng(11)
    differs = 0
    for _ in range(200):
        n, m = int(rng.integers(1, 60)), int(rng.integers(1, 50))
        dense = (rng.random((n, m)) < 0.3) * rng.normal(size=(n, m)) * 10.0 ** rng.integers(-3, 4)
        matrix = sp.csr_matrix(dense)
        vector = rng.normal(size=m) * 10.0 ** rng.integers(-3, 4, size=m)
        rows = rng.integers(0, n, size=int(rng.integers(0, 2 * n)))
        got = rows_times(matrix, rows, vector)
        expected = np.asarray(matrix[rows] @ vector).ravel()
        assert got.dtype == np.float64 and got.shape == (len(rows),)
        assert np.array_equal(got, expected)
        flipped = matrix.copy()
        for i in range(n):
            a, b = flipped.indptr[i], flipped.indptr[i + 1]
            flipped.indices[a:b] = flipped.indices[a:b][::-1].copy()
            flipped.data[a:b] = flipped.data[a:b][::-1].copy()
        differs += not np.array_equal(rows_times(flipped, rows, vector), expected)
    assert differs > 0
