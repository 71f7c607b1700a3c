"""The memory-saving constructions give exactly what the plain ones give."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import features
from summarize.scorers.coverage import concept_presence
from summarize.selectors import Budget
from summarize.selectors.greedy import select


def _plain(pairs: sp.csr_matrix, terms: sp.csr_matrix) -> sp.csr_matrix:
    """The concept matrix as scipy stacks it, every value set to 1.0."""
    stacked = sp.csr_matrix(sp.hstack([pairs, terms], format="csr"))
    stacked.data = np.ones(len(stacked.data))
    return stacked


@st.composite
def _counts(draw: st.DrawFn) -> tuple[sp.csr_matrix, sp.csr_matrix, int]:
    rows = draw(st.integers(0, 12))
    matrices = []
    for _ in range(2):
        columns = draw(st.integers(0, 5))
        cells = draw(st.lists(st.integers(0, 3), min_size=rows * columns, max_size=rows * columns))
        matrices.append(sp.csr_matrix(np.array(cells, dtype=float).reshape(rows, columns)))
    return matrices[0], matrices[1], draw(st.integers(1, 5))


@settings(max_examples=200, deadline=None)
@given(_counts())
def test_concept_presence_is_the_stacked_matrix_of_ones(
    case: tuple[sp.csr_matrix, sp.csr_matrix, int],
) -> None:
    pairs, terms, block = case
    expected = _plain(pairs, terms)
    got = concept_presence(pairs, terms, block=block)
    assert got.shape == expected.shape
    assert got.data.dtype == expected.data.dtype == np.float64
    assert got.indices.dtype == expected.indices.dtype
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert np.array_equal(got.data, expected.data)


@pytest.mark.parametrize("block", [1, 3, 65_536])
def test_concept_presence_leaves_its_inputs_alone(block: int) -> None:
    pairs = sp.csr_matrix(np.array([[2.0, 0.0], [0.0, 5.0], [1.0, 1.0]]))
    terms = sp.csr_matrix(np.array([[0.0, 4.0, 1.0], [0.0, 0.0, 0.0], [7.0, 0.0, 0.0]]))
    before = (pairs.toarray(), terms.toarray())
    got = concept_presence(pairs, terms, block=block)
    assert got.toarray().tolist() == [
        [1.0, 0.0, 0.0, 1.0, 1.0],
        [0.0, 1.0, 0.0, 0.0, 0.0],
        [1.0, 1.0, 1.0, 0.0, 0.0],
    ]
    assert np.array_equal(pairs.toarray(), before[0])
    assert np.array_equal(terms.toarray(), before[1])


@settings(max_examples=100, deadline=None)
@given(_counts(), st.lists(st.integers(0, 4), min_size=12, max_size=12))
def test_article_counts_block_by_block_equal_the_whole(
    case: tuple[sp.csr_matrix, sp.csr_matrix, int], articles: list[int]
) -> None:
    counts, _, block = case
    document_index = np.array(articles[: counts.shape[0]], dtype=np.int64)
    # The plain way: the whole (article, column) matrix at once.
    if counts.shape[0]:
        membership = sp.csr_matrix(
            (np.ones(len(document_index)), (document_index, np.arange(len(document_index)))),
            shape=(int(document_index.max()) + 1, len(document_index)),
        )
        whole = sp.csr_matrix(membership @ (counts > 0).astype(np.float64))
        expected = np.asarray((whole > 0).astype(np.float64).sum(axis=0)).ravel()
    else:
        expected = np.zeros(counts.shape[1])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(features, "_COUNT_ROWS", block)
        got = features.article_counts(counts, document_index)
    assert got.dtype == np.float64
    assert np.array_equal(got, expected)


def _concept_weights(data: st.DataObject, width: int) -> np.ndarray:
    """A weight per concept column, some of them 0 (concepts that do not count)."""
    weights = st.lists(st.sampled_from([0.0, 1.0, 2.5]), min_size=width, max_size=width)
    return np.array(data.draw(weights))


@settings(max_examples=100, deadline=None)
@given(_counts(), st.data())
def test_selection_ignores_concepts_of_weight_zero(
    case: tuple[sp.csr_matrix, sp.csr_matrix, int], data: st.DataObject
) -> None:
    # Entries in columns of weight 0 are dropped before the greedy loop (row by row,
    # some rows left empty): the choice is the one made without those columns.
    concepts, _, _ = case
    n, width = concepts.shape
    weights = _concept_weights(data, width)
    bonus = np.array(data.draw(st.lists(st.floats(0, 1), min_size=n, max_size=n)))
    texts = ["w " * (1 + i % 3) for i in range(n)]
    settings_ = {
        "bonus": bonus,
        "length_penalty": 0.5,
        "budget": Budget(max_words=6),
        "diversity": 0.0,
        "duplicate_threshold": 0.9,
    }
    X = sp.csr_matrix(np.eye(n))
    present = sp.csr_matrix((concepts > 0).astype(np.float64))
    weighted = weights != 0
    got = select(X, texts, concepts=present, weights=weights, **settings_)
    alone = select(
        X,
        texts,
        concepts=sp.csr_matrix(present[:, weighted]),
        weights=weights[weighted],
        **settings_,
    )
    assert got == alone


@st.composite
def _count_matrices(draw: st.DrawFn) -> sp.csr_matrix:
    """Random count matrices: integer or float counts, some rows or columns empty."""
    rows, columns = draw(st.integers(1, 9)), draw(st.integers(1, 7))
    cells = draw(
        st.lists(
            st.one_of(st.just(0), st.integers(1, 40), st.floats(0.25, 1e3)),
            min_size=rows * columns,
            max_size=rows * columns,
        )
    )
    dtype = draw(st.sampled_from([np.float64, np.float32, np.int64]))
    return sp.csr_matrix(np.array(cells, dtype=np.float64).reshape(rows, columns).astype(dtype))


def _same_matrix(got: sp.csr_matrix, expected: sp.csr_matrix) -> None:
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert np.array_equal(got.data, expected.data)  # bit for bit, not approximately


@settings(max_examples=300, deadline=None)
@given(_count_matrices(), st.booleans())
def test_tfidf_is_scikit_learns_bit_for_bit(counts: sp.csr_matrix, sublinear: bool) -> None:
    from sklearn.feature_extraction.text import TfidfTransformer

    before = counts.copy()
    transformer = TfidfTransformer(norm="l2", smooth_idf=True, sublinear_tf=sublinear)
    expected = sp.csr_matrix(transformer.fit_transform(counts))
    got = features.tfidf(counts, sublinear_tf=sublinear)
    _same_matrix(got, expected)
    _same_matrix(counts, before)  # the counts are left alone
    assert not np.shares_memory(got.indices, counts.indices)


@settings(max_examples=100, deadline=None)
@given(_count_matrices(), st.integers(1, 5))
def test_tfidf_weighed_block_by_block_and_query_as_scikit_learn(
    counts: sp.csr_matrix, block: int
) -> None:
    from sklearn.feature_extraction.text import TfidfTransformer

    counts = sp.csr_matrix(counts, dtype=np.float64)  # as featurize has them
    query = sp.csr_matrix(np.arange(counts.shape[1], dtype=np.float64)[None, :] % 3)
    transformer = TfidfTransformer(norm="l2", smooth_idf=True).fit(counts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(features, "_WEIGH_BLOCK", block)
        X, vector = features._weigh(counts, query)
    _same_matrix(X, sp.csr_matrix(transformer.transform(counts)))
    assert vector is not None
    _same_matrix(vector, sp.csr_matrix(transformer.transform(query)))
    # X keeps the counts' column indices and row pointers instead of a copy of them.
    assert np.shares_memory(X.indices, counts.indices) or counts.nnz == 0


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_rows_are_divided_by_their_norms_as_scikit_learn_divides_them(
    monkeypatch: pytest.MonkeyPatch, dtype: type
) -> None:
    from sklearn.preprocessing import normalize

    # Rows of up to 400 entries (NumPy would sum those pairwise, scikit-learn in
    # order), rows of zeros, values over many magnitudes, blocks of 7 rows.
    rng = np.random.default_rng(5)
    dense = rng.lognormal(0.0, 3.0, size=(60, 400)) * (rng.random((60, 400)) < 0.6)
    dense[::9] = 0.0
    X = sp.csr_matrix(dense.astype(dtype))
    expected = normalize(X.copy(), norm="l2")
    monkeypatch.setattr(features, "_NORM_ROWS", 7)
    features._divide_by_row_norms(X)
    _same_matrix(X, sp.csr_matrix(expected))


def test_tfidf_of_explicit_zeros_and_no_columns_as_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfTransformer

    # A stored 0 counts in the document frequency, as scikit-learn counts it.
    counts = sp.csr_matrix((np.array([0.0, 2.0, 1.0]), np.array([0, 1, 0]), [0, 2, 3]), (2, 2))
    _same_matrix(features.tfidf(counts), sp.csr_matrix(TfidfTransformer().fit_transform(counts)))
    empty = features.tfidf(sp.csr_matrix((3, 0)))
    assert empty.shape == (3, 0) and empty.dtype == np.float64
    # No sentence at all (scikit-learn refuses it): no row.
    assert features.tfidf(sp.csr_matrix((0, 3))).shape == (0, 3)


@settings(max_examples=100, deadline=None)
@given(_counts(), st.data())
def test_weighted_concepts_on_a_slice_of_ones_are_the_copied_ones(
    case: tuple[sp.csr_matrix, sp.csr_matrix, int], data: st.DataObject
) -> None:
    from summarize.selectors import greedy

    concepts, terms, _ = case
    present = features.presence(concepts)
    weights = _concept_weights(data, present.shape[1])
    ones = np.ones(present.nnz + data.draw(st.integers(0, 3)))
    # The plain construction: one row number per entry, the entries of weight 0 dropped.
    rows = np.repeat(np.arange(present.shape[0]), np.diff(present.indptr))
    kept = weights[present.indices] != 0
    expected = sp.csr_matrix(
        (present.data[kept], (rows[kept], present.indices[kept])), shape=present.shape
    )
    with pytest.MonkeyPatch.context() as patch:  # rows counted a block at a time
        patch.setattr(greedy, "_KEEP_ROWS", data.draw(st.integers(1, 4)))
        weighted = greedy._weighted_only(present, weights, ones)
        _same_matrix(greedy._weighted_only(present, weights), expected)
    _same_matrix(weighted, expected)
    if 0 < weighted.nnz < present.nnz:  # entries left out: the values are a slice of ones
        assert np.shares_memory(weighted.data, ones)
    # The restatement check's presence of the terms, on the same ones when they are enough.
    got = greedy._presence_of(terms, ones)
    _same_matrix(got, features.presence(terms))
    if 0 < terms.nnz <= len(ones):
        assert np.shares_memory(got.data, ones)


def test_count_terms_pair_columns_fit_the_matrix_index_type() -> None:
    counts = features.count_terms(["The prime minister met the press."] * 1_200)
    assert counts.pairs.indices.dtype == np.int32
    assert counts.pairs.shape == (1_200, 5)
    assert counts.pairs.sum() == 1_200 * 5
