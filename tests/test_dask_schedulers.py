"""summarize.dask on every scheduler, with and without a distributed Client active.

Dask's default shuffle is "p2p" as soon as a Client exists, and p2p runs only on the
distributed scheduler: ``compute(scheduler="threads")`` beside a Client used to fail
("P2P ... failed during transfer phase"), and ``scheduler="processes"`` to break its
process pool. Without a Client the default is "disk", whose row order depends on
the scheduler. The cluster here is one in-process worker of two threads, started
for each test that needs it, over TCP on 127.0.0.1, with no dashboard.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("pandas", reason="summarize.dask needs pandas")
pytest.importorskip("dask.dataframe", reason="summarize.dask needs dask[dataframe]")
distributed = pytest.importorskip("distributed", reason="the test cluster needs distributed")

import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from _many import (  # noqa: E402
    SETTINGS,
    article_table,
    local_client,
    serial_rows,
    sorted_rows,
)

import summarize  # noqa: E402
from summarize.dask import summarize_frame  # noqa: E402


def _has_client() -> bool:
    try:
        distributed.default_client()
    except ValueError:
        return False
    return True


def _rows(table: pd.DataFrame, scheduler: str | None, **options: Any) -> pd.DataFrame:
    """The summary rows, in the order the scheduler returns them."""
    articles = dd.from_pandas(table, npartitions=3)
    result = summarize_frame(
        articles, errors="skip", title="title", npartitions=2, **options, **SETTINGS
    )
    return result.compute(scheduler=scheduler).reset_index(drop=True)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return article_table(with_failure=True)


@pytest.fixture(scope="module")
def reference(table: pd.DataFrame) -> pd.DataFrame:
    """The rows on the synchronous scheduler with no Client (set up before any Client)."""
    assert not _has_client()
    rows = _rows(table, "sync")
    expected = sorted_rows(serial_rows(table))
    assert len(expected) > 0
    pd.testing.assert_frame_equal(sorted_rows(rows), expected, check_exact=True)
    return rows


@pytest.fixture
def client() -> Iterator[Any]:
    with local_client(
        n_workers=1, processes=False, threads_per_worker=2, protocol="tcp"
    ) as client:
        yield client


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_same_rows_in_the_same_order_on_every_local_scheduler(
    table: pd.DataFrame, reference: pd.DataFrame, scheduler: str
) -> None:
    assert not _has_client()
    rows = _rows(table, scheduler)
    pd.testing.assert_frame_equal(rows, reference, check_exact=True)


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes", None])
def test_every_scheduler_runs_beside_a_client(
    table: pd.DataFrame, reference: pd.DataFrame, client: Any, scheduler: str | None
) -> None:
    # Before: p2p's RuntimeError on sync and threads, BrokenProcessPool on processes.
    assert distributed.default_client() is client
    rows = _rows(table, scheduler)
    pd.testing.assert_frame_equal(rows, reference, check_exact=True)


def test_p2p_on_the_client_gives_the_same_rows(
    table: pd.DataFrame, reference: pd.DataFrame, client: Any
) -> None:
    pytest.importorskip("pyarrow", reason="p2p needs pyarrow")
    rows = _rows(table, None, shuffle_method="p2p")
    pd.testing.assert_frame_equal(rows, reference, check_exact=True)
    # Columns the summaries do not read stay behind, so p2p does not check them
    # (a column name that is not a string, complex numbers).
    wider = table.copy()
    wider[7] = complex(1, 2)
    rows = _rows(wider, None, shuffle_method="p2p")
    pd.testing.assert_frame_equal(rows, reference, check_exact=True)


def test_shuffle_method_must_be_tasks_or_p2p(
    table: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = dd.from_pandas(table, npartitions=2)
    for wrong in ("disk", "P2P", None, 1):
        with pytest.raises(summarize.InvalidParameterError, match="'shuffle_method'"):
            summarize_frame(articles, shuffle_method=wrong)  # type: ignore[arg-type]
    summarize_frame(articles, shuffle_method="tasks")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(summarize.MissingDependencyError, match="pip install pyarrow"):
        summarize_frame(articles, shuffle_method="p2p")
