"""summarize.dask on a distributed LocalCluster of two worker processes: the pandas rows.

The cluster is started here, once for the module, bound to 127.0.0.1 with no dashboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("pandas", reason="summarize.dask needs pandas")
pytest.importorskip("dask.dataframe", reason="summarize.dask needs dask[dataframe]")
pytest.importorskip("distributed", reason="the test cluster needs distributed")

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
from summarize.batch import empty_frame  # noqa: E402
from summarize.dask import summarize_frame  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with local_client(
        n_workers=2, processes=True, threads_per_worker=1, worker_dashboard_address=None
    ) as client:
        yield client


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return article_table(with_failure=True)


@pytest.fixture(scope="module")
def dask_rows(client: Any, table: pd.DataFrame) -> pd.DataFrame:
    articles = dd.from_pandas(table, npartitions=3)
    result = summarize_frame(articles, errors="skip", title="title", npartitions=2, **SETTINGS)
    return result.compute()


def test_both_workers_are_processes(client: Any) -> None:
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert all(address.startswith("tcp://127.0.0.1:") for address in workers)
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_same_rows_as_serial_loop(dask_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    expected = sorted_rows(serial_rows(table))
    assert len(expected) > 0
    pd.testing.assert_frame_equal(sorted_rows(dask_rows), expected, check_exact=True)


def test_same_rows_as_pandas_path(dask_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    local = summarize.summarize_frame(table, errors="skip", title="title", **SETTINGS)
    pd.testing.assert_frame_equal(sorted_rows(dask_rows), sorted_rows(local), check_exact=True)


def test_dtypes_are_the_schema(client: Any, dask_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    result = summarize_frame(dd.from_pandas(table, npartitions=2), errors="skip", **SETTINGS)
    assert result.dtypes.to_dict() == empty_frame().dtypes.to_dict()
    assert dask_rows.dtypes.to_dict() == empty_frame().dtypes.to_dict()


def test_rows_of_a_topic_together_and_in_rank_order(dask_rows: pd.DataFrame) -> None:
    topics = dask_rows["topic"].tolist()
    seen: list[str] = []
    for topic in topics:
        if not seen or seen[-1] != topic:
            assert topic not in seen, f"rows of topic {topic!r} are split"
            seen.append(topic)
    for _, group in dask_rows.groupby("topic"):
        assert group["rank"].tolist() == list(range(1, len(group) + 1))


def test_failed_topic_skipped_and_others_kept(
    dask_rows: pd.DataFrame, table: pd.DataFrame
) -> None:
    assert set(dask_rows["topic"]) == set(table["topic"]) - {"empty"}


def test_failing_topic_raises_with_its_id(client: Any, table: pd.DataFrame) -> None:
    articles = dd.from_pandas(table, npartitions=2)
    with pytest.raises(summarize.EmptyInputError, match="Topic 'empty'"):
        summarize_frame(articles, **SETTINGS).compute()


def test_missing_column_and_bad_setting_raise_before_running(table: pd.DataFrame) -> None:
    articles = dd.from_pandas(table, npartitions=2)
    with pytest.raises(summarize.InvalidInputError, match="'body'"):
        summarize_frame(articles, text="body")
    with pytest.raises(summarize.InvalidParameterError, match="max_words"):
        summarize_frame(articles, max_words=0)
    with pytest.raises(summarize.InvalidParameterError, match="npartitions"):
        summarize_frame(articles, npartitions=0)
