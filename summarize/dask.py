"""Many topics on a Dask cluster: a Dask DataFrame of articles in, summary rows out.

Needs ``pip install 'summarize[dask]'``. Dask is imported only when
:func:`summarize_frame` is called, so ``import summarize.dask`` always works.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .batch import (
    check_columns,
    check_errors,
    empty_frame,
    frame_summaries,
    given_summarizer,
    single_process,
)
from .exceptions import InvalidParameterError, MissingDependencyError
from .pipeline import Summarizer

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["summarize_frame"]

# How the articles are shuffled by topic. Not Dask's default, which is "p2p" whenever a
# distributed Client exists, even when the graph is then computed by another scheduler,
# where p2p fails; and "disk" otherwise, whose row order depends on the scheduler.
_SHUFFLE_METHODS = ("tasks", "p2p")


def _dask() -> Any:
    try:
        import dask.dataframe
    except ImportError:
        raise MissingDependencyError(
            "summarize.dask needs Dask's DataFrame: pip install 'summarize[dask]'"
        ) from None
    return dask.dataframe


def _check_shuffle_method(shuffle_method: object) -> None:
    if not isinstance(shuffle_method, str) or shuffle_method not in _SHUFFLE_METHODS:
        raise InvalidParameterError(
            "The 'shuffle_method' parameter of summarize.dask.summarize_frame must be "
            f"'tasks' or 'p2p'. Got {shuffle_method!r} instead."
        )
    if shuffle_method == "p2p":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise MissingDependencyError(
                "shuffle_method='p2p' moves the articles as Arrow tables: pip install pyarrow"
            ) from None


def summarize_frame(
    ddf: dd.DataFrame,
    *,
    topic: str = "topic",
    text: str = "text",
    id: str = "id",
    title: str | None = None,
    query: str | None = None,
    errors: Literal["raise", "skip"] = "raise",
    npartitions: int | None = None,
    shuffle_method: Literal["tasks", "p2p"] = "tasks",
    summarizer: Summarizer | None = None,
    **settings: Any,
) -> dd.DataFrame:
    """Summarise a Dask DataFrame of articles, one row per article, lazily.

    The articles (only the named columns) are shuffled so that each topic
    lands whole in one partition, then every partition runs
    :func:`summarize.batch.frame_summaries`, the same step as the pandas
    :func:`summarize.summarize_frame`: the rows are the same, on every
    scheduler.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One row per article.
    topic, text, id, title, query, errors
        As in :func:`summarize.summarize_frame`.
    npartitions : int or None, default=None
        Partitions after the shuffle (the input's number when None). Use at
        least the number of worker threads, or some stay idle.
    shuffle_method : {"tasks", "p2p"}, default="tasks"
        How Dask shuffles the articles. ``"tasks"`` runs on every scheduler
        (``"sync"``, ``"threads"``, ``"processes"`` and a distributed
        ``Client``) and gives the same rows in the same order on each.
        ``"p2p"`` runs only on a distributed ``Client``, and needs pyarrow;
        it is faster for hundreds of partitions. Dask's
        ``dataframe.shuffle.method`` setting is not read: Dask's default is
        ``"p2p"`` whenever a ``Client`` exists, even when the result is then
        computed with another scheduler, which p2p cannot run on.
    summarizer : Summarizer or None, default=None
        A summariser to use instead of ``settings`` (give one or the other).
    **settings
        The settings of :class:`~summarize.Summarizer`; it is made once, here,
        and each task runs it with ``n_jobs=1`` (a task has one core).

    Returns
    -------
    dask.dataframe.DataFrame
        With the columns and dtypes of :data:`summarize.batch.SCHEMA`. In each
        partition, a topic's rows are together, in the summary's order; the
        order of topics is the shuffle's.

    Raises
    ------
    InvalidInputError
        If a named column is missing.
    InvalidParameterError
        If a setting is invalid.
    MissingDependencyError
        If ``shuffle_method="p2p"`` and pyarrow is not installed.

    Notes
    -----
    A topic is summarised by one task, so all its articles must fit in one
    worker's memory, several times over (its sentences, their features).
    Cap the articles of a topic before calling, for instance to its first
    200 by id::

        ddf = ddf.shuffle(on="topic", shuffle_method="tasks").map_partitions(
            lambda part: part.sort_values("id").groupby("topic").head(200)
        )

    Examples
    --------
    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> from summarize.dask import summarize_frame
    >>> articles = dd.from_pandas(pd.DataFrame({
    ...     "topic": ["bridge", "bridge", "storm"],
    ...     "id": ["a", "b", "c"],
    ...     "text": [
    ...         "The bridge reopened on Friday after repairs. Traffic resumed at noon.",
    ...         "After months of repairs, the bridge reopened Friday. Drivers cheered.",
    ...         "A storm hit the coast. Schools closed.",
    ...     ],
    ... }), npartitions=2)
    >>> rows = summarize_frame(articles, max_sentences=1).compute(scheduler="sync")
    >>> rows = rows.sort_values("topic").reset_index(drop=True)
    >>> rows[["topic", "document_id", "start", "end"]]
        topic document_id  start  end
    0  bridge           a      0   44
    1   storm           c      0   22
    """
    _dask()
    summarizer = single_process(
        given_summarizer("summarize.dask.summarize_frame", summarizer, settings)
    )
    check_errors("summarize.dask.summarize_frame", errors)
    _check_shuffle_method(shuffle_method)
    if npartitions is not None and (
        isinstance(npartitions, bool) or not isinstance(npartitions, int) or npartitions < 1
    ):
        raise InvalidParameterError(
            "The 'npartitions' parameter of summarize_frame must be an int >= 1 or None. "
            f"Got {npartitions!r} instead."
        )
    check_columns(
        ddf,
        topic=topic,
        text=text,
        id=id,
        title=title,
        query=query,
        function="summarize.dask.summarize_frame",
        engine="dask",
    )
    # Only the columns the summaries read travel: Dask cannot see past map_partitions
    # which columns frame_summaries uses, and p2p would check every column's type.
    named = list(dict.fromkeys(c for c in (topic, id, text, title, query) if c is not None))
    shuffled = ddf[named].shuffle(on=topic, npartitions=npartitions, shuffle_method=shuffle_method)
    result: dd.DataFrame = shuffled.map_partitions(
        frame_summaries,
        summarizer,
        topic=topic,
        text=text,
        id=id,
        title=title,
        query=query,
        errors=errors,
        meta=empty_frame(),
        align_dataframes=False,
    )
    return result
