"""Many topics on Spark: a Spark DataFrame of articles in, summary rows out.

Needs ``pip install 'summarize[spark]'`` (PySpark, pandas and PyArrow) and a
Java runtime. PySpark is imported only when a function here is called, so
``import summarize.spark`` always works.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .batch import (
    SCHEMA,
    check_columns,
    check_errors,
    frame_summaries,
    given_summarizer,
    single_process,
)
from .exceptions import MissingDependencyError
from .pipeline import Summarizer

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["summarize_frame", "spark_schema"]


def _types() -> Any:
    try:
        from pyspark.sql import types
    except ImportError:
        raise MissingDependencyError(
            "summarize.spark needs PySpark, pandas and PyArrow: pip install 'summarize[spark]'"
        ) from None
    return types


def spark_schema() -> StructType:
    """The Spark schema of a summary table: :data:`summarize.batch.SCHEMA` in Spark types.

    Returns
    -------
    pyspark.sql.types.StructType
        ``string`` for strings, ``bigint`` for ``int64``, ``double`` for
        ``float64`` and ``array<string>`` for ``supporting``.

    Examples
    --------
    >>> from summarize.spark import spark_schema
    >>> spark_schema().simpleString()
    'struct<topic:string,rank:bigint,document_id:string,start:bigint,end:bigint,score:double,text:string,supporting:array<string>>'
    """
    types = _types()
    kinds = {
        "string": types.StringType(),
        "int64": types.LongType(),
        "float64": types.DoubleType(),
        "list<string>": types.ArrayType(types.StringType(), containsNull=False),
    }
    schema: StructType = types.StructType(
        [
            types.StructField(name, kinds[kind], nullable=kind == "list<string>")
            for name, kind in SCHEMA.items()
        ]
    )
    return schema


def summarize_frame(
    sdf: DataFrame,
    *,
    topic: str = "topic",
    text: str = "text",
    id: str = "id",
    title: str | None = None,
    query: str | None = None,
    errors: Literal["raise", "skip"] = "raise",
    summarizer: Summarizer | None = None,
    **settings: Any,
) -> DataFrame:
    """Summarise a Spark DataFrame of articles, one row per article, lazily.

    Runs ``sdf.groupBy(topic).applyInPandas(...)``: each topic's rows go to
    one Python worker as a pandas DataFrame, which runs
    :func:`summarize.batch.frame_summaries`, the same step as the pandas
    :func:`summarize.summarize_frame`: the rows are the same.

    Parameters
    ----------
    sdf : pyspark.sql.DataFrame
        One row per article.
    topic, text, id, title, query, errors
        As in :func:`summarize.summarize_frame`.
    summarizer : Summarizer or None, default=None
        A summariser to use instead of ``settings`` (give one or the other).
    **settings
        The settings of :class:`~summarize.Summarizer`; it is made once, here,
        and each task runs it with ``n_jobs=1``.

    Returns
    -------
    pyspark.sql.DataFrame
        With the schema :func:`spark_schema`. Spark keeps no row order: sort
        by ``topic`` and ``rank`` when order matters.

    Raises
    ------
    InvalidInputError
        If a named column is missing.
    InvalidParameterError
        If a setting is invalid.

    Notes
    -----
    A topic's rows travel to one Python worker together, so a topic must
    fit in one worker's memory (``spark.executor.memory`` plus the Python
    worker's own), several times over. Cap the articles of a topic first,
    for instance to its first 200 by id::

        from pyspark.sql import Window, functions as F
        window = Window.partitionBy("topic").orderBy("id")
        sdf = sdf.withColumn("n", F.row_number().over(window)).where("n <= 200").drop("n")

    Examples
    --------
    >>> from pyspark.sql import SparkSession  # doctest: +SKIP
    >>> from summarize.spark import summarize_frame
    >>> spark = SparkSession.builder.master("local[2]").getOrCreate()  # doctest: +SKIP
    >>> articles = spark.createDataFrame(
    ...     [("storm", "c", "A storm hit the coast. Schools closed.")], ["topic", "id", "text"]
    ... )  # doctest: +SKIP
    >>> rows = summarize_frame(articles, max_sentences=1).collect()  # doctest: +SKIP
    >>> [(r.topic, r.document_id, r.start, r.end) for r in rows]  # doctest: +SKIP
    [('storm', 'c', 23, 38)]
    """
    _types()
    summarizer = single_process(
        given_summarizer("summarize.spark.summarize_frame", summarizer, settings)
    )
    check_errors("summarize.spark.summarize_frame", errors)
    check_columns(
        sdf,
        topic=topic,
        text=text,
        id=id,
        title=title,
        query=query,
        function="summarize.spark.summarize_frame",
        engine="spark",
    )

    def summarize_topic(rows: pd.DataFrame) -> pd.DataFrame:
        # What each task runs on one topic's rows; Spark pickles it with the summarizer.
        return frame_summaries(
            rows,
            summarizer,
            topic=topic,
            text=text,
            id=id,
            title=title,
            query=query,
            errors=errors,
        )

    return sdf.groupBy(topic).applyInPandas(summarize_topic, schema=spark_schema())
