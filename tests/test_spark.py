"""summarize.spark on a local Spark session (local[2]): the same rows as the pandas path.

Skipped, with the reason, when PySpark or Java is missing. One session for the module,
bound to 127.0.0.1, without the web UI, with two shuffle partitions, so it starts quickly.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("pandas", reason="summarize.spark needs pandas")
pytest.importorskip("pyarrow", reason="summarize.spark needs PyArrow")
pytest.importorskip(
    "pyspark", reason="summarize.spark needs PySpark: pip install 'summarize[spark]'"
)
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime: none on PATH or JAVA_HOME", allow_module_level=True)

import pandas as pd  # noqa: E402
from _many import SETTINGS, article_table, serial_rows, sorted_rows  # noqa: E402

import summarize  # noqa: E402
from summarize.spark import spark_schema, summarize_frame  # noqa: E402

pytestmark = pytest.mark.filterwarnings(
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers import this summarize
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("summarize-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return article_table(with_failure=True)


@pytest.fixture(scope="module")
def spark_rows(spark: Any, table: pd.DataFrame) -> pd.DataFrame:
    articles = spark.createDataFrame(table.astype({"title": object}))
    return summarize_frame(articles, errors="skip", title="title", **SETTINGS).toPandas()


def test_same_rows_as_serial_loop(spark_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    expected = sorted_rows(serial_rows(table))
    assert len(expected) > 0
    pd.testing.assert_frame_equal(sorted_rows(spark_rows), expected, check_exact=True)


def test_same_rows_as_pandas_path(spark_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    local = summarize.summarize_frame(table, errors="skip", title="title", **SETTINGS)
    pd.testing.assert_frame_equal(sorted_rows(spark_rows), sorted_rows(local), check_exact=True)


def test_failed_topic_skipped(spark_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    assert "empty" in set(table["topic"])
    assert "empty" not in set(spark_rows["topic"])
    assert set(spark_rows["topic"]) == set(table["topic"]) - {"empty"}


def test_schema(spark: Any, table: pd.DataFrame) -> None:
    articles = spark.createDataFrame(table.astype({"title": object}))
    result = summarize_frame(articles, errors="skip", **SETTINGS)
    assert result.schema == spark_schema()
    assert [f.name for f in result.schema.fields] == list(summarize.batch.SCHEMA)


def test_spans_index_the_articles(spark_rows: pd.DataFrame, table: pd.DataFrame) -> None:
    texts = {(t, i): x for t, i, x in zip(table["topic"], table["id"], table["text"], strict=True)}
    for row in spark_rows.itertuples():
        assert texts[(row.topic, row.document_id)][row.start : row.end] == row.text


def test_missing_column_raises_before_running(spark: Any, table: pd.DataFrame) -> None:
    articles = spark.createDataFrame(table.astype({"title": object}))
    with pytest.raises(summarize.InvalidInputError, match="'body'"):
        summarize_frame(articles, text="body")


def test_failing_topic_raises_with_its_id(spark: Any, table: pd.DataFrame) -> None:
    from pyspark.errors import PythonException

    articles = spark.createDataFrame(table.astype({"title": object}))
    with pytest.raises(PythonException, match="Topic 'empty'"):
        summarize_frame(articles, **SETTINGS).collect()
