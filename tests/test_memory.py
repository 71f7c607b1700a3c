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


@settings(max_examples=100, deadline=None)
@given(_counts(), st.data())
def test_selection_ignores_concepts_of_weight_zero(
    case: tuple[sp.csr_matrix, sp.csr_matrix, int], data: st.DataObject
) -> None:
    # Entries in columns of weight 0 are dropped before the greedy loop (row by row,
    # some rows left empty): the choice is the one made without those columns.
    concepts, _, _ = case
    n, width = concepts.shape
    weights = np.array(
        data.draw(st.lists(st.sampled_from([0.0, 1.0, 2.5]), min_size=width, max_size=width))
    )
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
