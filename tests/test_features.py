"""Features: term and word-pair counts, and TF-IDF, on hand-made sentences."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

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
