"""Many topics at once: a stream of topics on every core, and tables of articles.

:func:`~summarize.summarize_many` summarises a stream of topics in worker processes and
yields the results in input order, a failing topic yielding its error instead
of stopping the rest. :func:`~summarize.summarize_frame` takes a pandas DataFrame with one
row per article and returns one row per summary sentence, in the fixed
:data:`~summarize.batch.SCHEMA` that :mod:`summarize.dask` and :mod:`summarize.spark` return too.
:func:`~summarize.batch.frame_summaries` is the engine-neutral step that each of them runs on a
table of whole topics. pandas is needed only by the table functions, and is
imported only when one of them is called.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import logging
import multiprocessing
import warnings
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .documents import Document, reject_dataframe
from .exceptions import (
    InputTypeError,
    InvalidInputError,
    InvalidParameterError,
    MissingDependencyError,
    SummarizeError,
)
from .pipeline import Summarizer, summarizer_from
from .results import Summary
from .segmentation.parallel import available_cores

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "summarize_many",
    "summarize_frame",
    "frame_summaries",
    "summary_rows",
    "reject_dataframe",
    "SCHEMA",
    "empty_frame",
    "conform",
    "check_columns",
    "single_process",
    "given_summarizer",
    "topic_message",
]

logger = logging.getLogger("summarize")

TopicResult = Summary | SummarizeError
"""What :func:`~summarize.summarize_many` yields beside each topic id."""

CHUNK_COST = 200_000
"""Work sent to a worker in one message, in characters of text plus
:data:`~summarize.batch.TOPIC_COST` a topic: about a fifth of a second, so that a chunk's
round trip (a millisecond or two) is lost in it, whether topics are small or large."""

TOPIC_COST = 5_000
"""The fixed cost of one topic, in characters: a topic of a few short
articles takes about as long as 5,000 characters of text."""

WINDOW = 4
"""Chunks in flight per worker: one running, the rest queued, so that a worker
never waits for the parent; this bounds memory whatever the input's length."""

SCHEMA: Mapping[str, str] = MappingProxyType(
    {
        "topic": "string",
        "rank": "int64",
        "document_id": "string",
        "start": "int64",
        "end": "int64",
        "score": "float64",
        "text": "string",
        "supporting": "list<string>",
    }
)
"""The columns of a summary table and their types, in order.

===============  ==============  ================================================
column           pandas dtype    meaning
===============  ==============  ================================================
``topic``        ``string``      the topic's value in the input, as a string
``rank``         ``int64``       1 for the best sentence of the topic, 2 next, ...
``document_id``  ``string``      the id of the article the sentence comes from
``start``        ``int64``       character offsets of the sentence in the
``end``          ``int64``       article's text: ``text[start:end]``
``score``        ``float64``     the sentence's score, as in a summary
``text``         ``string``      the sentence, exactly ``text[start:end]``
``supporting``   ``object``      a list of str: ids of the other articles that
                                 carry a near-duplicate of the sentence
===============  ==============  ================================================

``string`` is pandas' ``StringDtype``; in Spark the types are
``string``, ``bigint``, ``double`` and ``array<string>``.
"""


class _Topic(NamedTuple):
    """One topic, ready to be pickled to a worker."""

    id: Hashable
    articles: Any  # what Summarizer.summarize accepts; a list when the input was an iterator
    query: Any
    error: SummarizeError | None  # set when the topic is malformed: it is not sent


class _Outcome(NamedTuple):
    """A topic's result, and the warnings its call raised."""

    result: TopicResult
    warnings: list[tuple[type[Warning], str]]


def _invalid(function: str, name: str, expected: str, value: object) -> InvalidParameterError:
    return InvalidParameterError(
        f"The {name!r} parameter of {function} must be {expected}. Got {value!r} instead."
    )


def check_errors(function: str, errors: object) -> None:
    """Refuse an ``errors`` argument of the table engines other than ``"raise"`` or ``"skip"``.

    Examples
    --------
    >>> check_errors("summarize_frame", "skip")
    """
    if errors not in ("raise", "skip"):
        raise _invalid(function, "errors", "one of 'raise', 'skip'", errors)


def given_summarizer(
    function: str, summarizer: Summarizer | None, settings: Mapping[str, Any]
) -> Summarizer:
    """The summariser a batch function was given, or the one its settings make.

    Raises
    ------
    InvalidParameterError
        If both are given, ``summarizer`` is not a Summarizer, or a setting is
        invalid.

    Examples
    --------
    >>> from summarize import Summarizer
    >>> given_summarizer("summarize_frame", None, {"max_sentences": 2}).max_sentences
    2
    >>> given_summarizer("summarize_frame", Summarizer(), {"max_sentences": 2})
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: summarize_frame takes a 'summarizer' or ...
    """
    if summarizer is None:
        return summarizer_from(dict(settings))
    if settings:
        raise InvalidParameterError(
            f"{function} takes a 'summarizer' or settings, not both. "
            f"Got a summarizer and {', '.join(map(repr, settings))}."
        )
    if not isinstance(summarizer, Summarizer):
        raise _invalid(function, "summarizer", "a summarize.Summarizer or None", summarizer)
    return summarizer


def single_process(summarizer: Summarizer) -> Summarizer:
    """The summariser with ``n_jobs=1``, for calls that run inside a worker process.

    A worker of a pool, of Dask or of Spark already has a core of its own:
    splitting one topic over more processes would nest pools, and a daemonic
    worker may not start processes at all.

    Parameters
    ----------
    summarizer : Summarizer

    Returns
    -------
    Summarizer
        The same settings with ``n_jobs=1``; the summariser itself when it has
        no ``n_jobs`` setting or it is 1 already.

    Examples
    --------
    >>> from summarize import Summarizer
    >>> single_process(Summarizer(n_jobs=-1)).n_jobs
    1
    """
    if dataclasses.is_dataclass(summarizer) and any(
        f.name == "n_jobs" for f in dataclasses.fields(summarizer)
    ):
        if getattr(summarizer, "n_jobs", None) != 1:
            return dataclasses.replace(summarizer, n_jobs=1)
    return summarizer


def _in_daemon() -> bool:
    return bool(multiprocessing.current_process().daemon)


def _accepts_query(summarizer: Summarizer) -> bool:
    try:
        return "query" in inspect.signature(summarizer.summarize).parameters
    except (TypeError, ValueError):  # pragma: no cover - a callable without a signature
        return False


def _run_topic(summarizer: Summarizer, topic: _Topic, accepts_query: bool) -> _Outcome:
    """Summarise one topic, catching its error and recording its warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result: TopicResult
        try:
            if topic.error is not None:
                result = topic.error
            elif topic.query is None:
                result = summarizer.summarize(topic.articles)
            elif accepts_query:
                result = summarizer.summarize(topic.articles, query=topic.query)
            else:
                result = InvalidParameterError(
                    f"Topic {topic.id!r} has a query, but this version's "
                    "Summarizer.summarize takes no 'query'."
                )
        except SummarizeError as error:
            result = error
        except Exception as error:  # noqa: BLE001 - one topic must not stop the batch
            result = SummarizeError(
                f"Topic {topic.id!r} failed with an unexpected {type(error).__name__}: "
                f"{error} (please report it)."
            )
            result.__cause__ = None
    return _Outcome(result, [(w.category, str(w.message)) for w in caught])


def _run_chunk(summarizer: Summarizer, chunk: list[_Topic]) -> list[_Outcome]:
    """What a worker process runs: the topics of one chunk, in order."""
    accepts_query = _accepts_query(summarizer)
    return [_run_topic(summarizer, topic, accepts_query) for topic in chunk]


# -- reading the topics --------------------------------------------------------------------


def _materialise(articles: Any) -> Any:
    """A list when the articles are a one-pass iterator (which does not pickle)."""
    if iter(articles) is articles:
        return list(articles)
    return articles


def _topic(item: object, position: int) -> _Topic:
    """Read one item of the input: a ``(topic_id, articles)`` pair or a mapping."""
    try:
        if isinstance(item, Mapping):
            ident = item.get("id", position)
            if "documents" not in item:
                raise InputTypeError(
                    f"Topic {position} (id {ident!r}) is a mapping without a 'documents' key."
                )
            unknown = sorted(set(item) - {"id", "documents", "query"}, key=repr)
            if unknown:
                raise InputTypeError(
                    f"Topic {position} (id {ident!r}) is a mapping with unknown keys {unknown}; "
                    "expected 'id', 'documents' (required) and 'query'."
                )
            articles, query = item["documents"], item.get("query")
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            ident, articles = item
            query = None
        else:
            ident = position
            raise InputTypeError(
                f"Topic {position} must be a (topic_id, articles) pair or a mapping with "
                f"'id' and 'documents'. Got {type(item).__name__} instead."
            )
        reject_dataframe(articles)
        if not isinstance(articles, (str, bytes, bytearray, Document, Mapping)):
            try:
                articles = _materialise(articles)
            except TypeError:
                pass  # not iterable: summarize() says so, in the topic's own result
        return _Topic(ident, articles, query, None)
    except SummarizeError as error:
        return _Topic(ident, None, None, error)


def _cost(topic: _Topic) -> int:
    """The characters of a topic's text, plus :data:`~summarize.batch.TOPIC_COST`; cheap and approximate."""
    total = TOPIC_COST
    if isinstance(topic.articles, (list, tuple)):
        for article in topic.articles:
            if isinstance(article, (str, bytes, bytearray)):
                total += len(article)
            elif isinstance(article, Document):
                total += len(article.text)
            elif isinstance(article, Mapping):
                text = article.get("text")
                total += len(text) if isinstance(text, (str, bytes, bytearray)) else 0
    return total


def _chunks(topics: Iterator[_Topic], cost: int) -> Iterator[list[_Topic]]:
    chunk: list[_Topic] = []
    total = 0
    while True:
        try:
            topic = next(topics)
        except StopIteration:
            break
        except Exception:
            if chunk:
                yield chunk  # the topics read before the input failed still run
            raise
        chunk.append(topic)
        total += _cost(topic)
        if total >= cost:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


# -- running them ----------------------------------------------------------------------------


def _resolve_jobs(n_jobs: object, function: str = "summarize_many") -> int:
    if n_jobs is None:
        return 1
    if (
        isinstance(n_jobs, bool)
        or not isinstance(n_jobs, int)
        or not (n_jobs >= 1 or n_jobs == -1)
    ):
        raise _invalid(function, "n_jobs", "an int >= 1, -1 (every core) or None", n_jobs)
    # More workers than cores only wait for a core (and each holds its own memory):
    # a number above them is read as every core.
    cores = available_cores()
    return cores if n_jobs == -1 else min(n_jobs, cores)


def _check_shippable(summarizer: Summarizer, function: str) -> None:
    """Refuse a summariser that worker processes cannot receive, before any topic is read.

    Run in this process instead, every topic would take its turn on one core:
    the results right, the ``n_jobs`` asked for silently ignored.
    """
    from joblib.externals.loky.backend.reduction import dumps  # loky's own pickler

    try:
        dumps(summarizer)
    except Exception as error:  # noqa: BLE001 - any failure to pickle, reported as one
        raise InvalidParameterError(
            f"{function} runs the topics in worker processes (n_jobs > 1), which receive "
            f"the summarizer pickled, and it does not pickle ({type(error).__name__}: "
            f"{error}). Keep locks, open files and connections out of its scorer and "
            "selector, or pass n_jobs=1."
        ) from error


def _loky_executor(workers: int) -> Executor:
    from joblib.externals.loky import get_reusable_executor

    return get_reusable_executor(max_workers=workers)  # type: ignore[no-any-return]


def _serial(summarizer: Summarizer, topics: Iterator[_Topic]) -> Iterator[tuple[_Topic, _Outcome]]:
    accepts_query = _accepts_query(summarizer)
    for topic in topics:
        yield topic, _run_topic(summarizer, topic, accepts_query)


def _alone(summarizer: Summarizer, topic: _Topic, executor: Callable[[], Executor]) -> _Outcome:
    """Run one topic in a worker of its own chunk; an error if the worker dies again."""
    try:
        outcome: _Outcome = executor().submit(_run_chunk, summarizer, [topic]).result()[0]
        return outcome
    except BrokenProcessPool:
        error = SummarizeError(
            f"Topic {topic.id!r}: the worker process summarising it died (out of memory, "
            "or killed); the other topics went on."
        )
        return _Outcome(error, [])


def _parallel(
    summarizer: Summarizer,
    topics: Iterator[_Topic],
    executor: Callable[[], Executor],
    workers: int,
) -> Iterator[tuple[_Topic, _Outcome]]:
    """Run chunks of topics on the executor, a bounded window ahead, yielding in order."""
    pending: deque[tuple[list[_Topic], Future[list[_Outcome]]]] = deque()
    chunks = _chunks(topics, CHUNK_COST)
    failure: BaseException | None = None  # raised by the input: after what came before it
    exhausted = False
    try:
        while True:
            while not exhausted and failure is None and len(pending) < WINDOW * workers:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    exhausted = True
                    break
                except Exception as error:  # noqa: BLE001 - re-raised once the window drains
                    failure = error
                    break
                pending.append((chunk, executor().submit(_run_chunk, summarizer, chunk)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:  # a worker died: find the topic that killed it
                outcomes = [_alone(summarizer, topic, executor) for topic in chunk]
            except Exception:  # noqa: BLE001 - e.g. an article that does not pickle
                outcomes = _run_chunk(summarizer, chunk)
            yield from zip(chunk, outcomes, strict=True)
    finally:
        for _, future in pending:
            future.cancel()
    if failure is not None:
        raise failure


def summarize_many(
    topics: Iterable[tuple[Hashable, Any] | Mapping[str, Any]],
    *,
    n_jobs: int | None = None,
    progress: bool = False,
    summarizer: Summarizer | None = None,
    **settings: Any,
) -> Iterator[tuple[Hashable, TopicResult]]:
    """Summarise many topics, on every core, yielding the results in input order.

    Parameters
    ----------
    topics : iterable of (topic_id, articles) pairs or mappings
        Each topic is a pair ``(topic_id, articles)``, or a mapping with the
        keys ``"id"``, ``"documents"`` (the articles) and optionally
        ``"query"`` (passed on to :meth:`Summarizer.summarize
        <summarize.Summarizer.summarize>` when the installed version takes
        one). The articles are whatever :func:`summarize.summarize` accepts.
        Read lazily: any length, a generator included.
    n_jobs : int or None, default=None
        Worker processes: ``None`` or 1 runs in this process, ``-1`` uses
        every core, and more than the cores this process may run on is read
        as every core. Workers are started fresh (joblib's loky), so this works
        from scripts, notebooks and threads alike; inside a daemonic process
        (the worker of another pool) the topics run in the process itself.
    progress : bool, default=False
        Show a tqdm progress bar on stderr.
    summarizer : Summarizer or None, default=None
        A summariser to use instead of ``settings`` (give one or the other).
    **settings
        The settings of :class:`~summarize.Summarizer`, such as
        ``max_words``. The summariser is made once, here, so a bad setting
        raises before any topic is read; it is pickled to each worker, where
        each topic runs with ``n_jobs=1``. (Summarizer's own ``n_jobs``
        cannot be given here, as ``n_jobs`` means worker processes; pass a
        ``summarizer`` to set it for the topics run in this process.)

    Yields
    ------
    topic_id : hashable
        The topic's id (its position in the input when a mapping has none).
    result : Summary or SummarizeError
        The topic's summary, or the error that stopped it: a failing topic
        never stops the others. An unexpected exception (a bug) is reported
        as a plain :class:`~summarize.SummarizeError` naming it.

    Raises
    ------
    InvalidParameterError
        If ``n_jobs``, ``summarizer`` or a setting is invalid, or the
        summarizer does not pickle while ``n_jobs`` asks for worker processes.
    InputTypeError
        If ``topics`` is not an iterable of topics: a dict (pass its
        ``.items()``), a single topic, a string, ``None``, a DataFrame or a
        pandas ``groupby`` (use :func:`~summarize.summarize_frame`).

    Warns
    -----
    SummarizeWarning
        What a topic's call warns, issued in this process just before the
        topic is yielded, wherever it ran, its message starting
        ``Topic 'id':``.

    Notes
    -----
    A summary's ``settings`` are the caller's, ``n_jobs`` included, though
    each topic ran with ``n_jobs=1`` in its worker: the output is the same
    whatever ``n_jobs``.

    Memory stays bounded: topics are read only as workers are ready for
    them, at most :data:`~summarize.batch.WINDOW` chunks a worker ahead, and a result is
    yielded as soon as the topics before it are. Topics travel in chunks of
    about :data:`~summarize.batch.CHUNK_COST` characters, so that thousands of small topics
    do not each pay for a round trip to a worker.

    Examples
    --------
    >>> from summarize import summarize_many
    >>> topics = [
    ...     ("bridge", ["The bridge reopened on Friday. Traffic resumed at noon."]),
    ...     ("empty", []),
    ...     {"id": "storm", "documents": ["A storm hit the coast. Schools closed."]},
    ... ]
    >>> for topic, result in summarize_many(topics, max_sentences=1):
    ...     print(topic, "->", getattr(result, "text", type(result).__name__))
    bridge -> The bridge reopened on Friday.
    empty -> EmptyInputError
    storm -> A storm hit the coast.
    """
    summarizer = given_summarizer("summarize_many", summarizer, settings)
    _check_topics(topics)
    workers = _resolve_jobs(n_jobs)
    if workers > 1:
        _check_shippable(summarizer, "summarize_many")
    if not isinstance(progress, bool):
        raise _invalid("summarize_many", "progress", "a bool", progress)
    try:
        total: int | None = len(topics)  # type: ignore[arg-type]
    except TypeError:
        total = None
    return _summarize_many(summarizer, iter(topics), workers, progress, total)


def _run_topics(
    summarizer: Summarizer, topics: Iterator[_Topic], workers: int
) -> Iterator[tuple[_Topic, _Outcome]]:
    """The topics' outcomes in input order: here, or on ``workers`` loky processes."""
    if workers == 1 or _in_daemon():
        if _in_daemon():
            summarizer = single_process(summarizer)
        return _serial(summarizer, topics)
    return _parallel(
        single_process(summarizer), topics, functools.partial(_loky_executor, workers), workers
    )


def topic_message(topic: Hashable, message: str) -> str:
    """A topic's warning as the batch functions issue it: naming the topic first.

    Among thousands of topics, "Article '2' is empty" alone does not say where.

    Examples
    --------
    >>> topic_message("storm", "Article '2' is empty; it is skipped.")
    "Topic 'storm': Article '2' is empty; it is skipped."
    """
    return f"Topic {topic!r}: {message}"


def _check_topics(topics: object) -> None:
    """Refuse what is not an iterable of topics, before any topic is read.

    Each of these iterates into something else than topics: a dict into its
    keys, a string into its characters, a DataFrame into its column names, a
    pandas ``groupby`` into ``(key, DataFrame)`` pairs; every topic would fail
    on its own, with an error that does not say why.
    """
    table = "; for a table with one row per article, use summarize.summarize_frame"
    if hasattr(topics, "columns") and (hasattr(topics, "iloc") or hasattr(topics, "select")):
        raise InputTypeError(
            f"summarize_many takes an iterable of topics, not a DataFrame{table}"
            "(df, topic=..., text=..., id=...)."
        )
    if type(topics).__name__.endswith("GroupBy") and hasattr(topics, "obj"):
        raise InputTypeError(
            "summarize_many takes an iterable of topics, not a DataFrame's groupby"
            f"{table}(df, topic=..., text=..., id=...), which groups the rows itself."
        )
    if isinstance(topics, Mapping):
        if "documents" in topics:
            raise InputTypeError(
                "summarize_many takes an iterable of topics; this is a single topic "
                "(a mapping with 'documents'): wrap it in a list."
            )
        raise InputTypeError(
            "summarize_many takes an iterable of topics, not a mapping (iterating one gives "
            "its keys); for a dict {topic_id: articles}, pass topics.items()."
        )
    if (
        isinstance(topics, (tuple, list))
        and len(topics) == 2
        and not isinstance(topics[0], (tuple, list, Mapping))
        and isinstance(topics[1], (tuple, list))
    ):
        raise InputTypeError(
            "summarize_many takes an iterable of topics; this is a single topic "
            "(a (topic_id, articles) pair): wrap it in a list."
        )
    if isinstance(topics, (str, bytes, bytearray, Document)) or not isinstance(topics, Iterable):
        raise InputTypeError(
            "summarize_many takes an iterable of topics, (topic_id, articles) pairs or "
            f"mappings with 'id' and 'documents'. Got {type(topics).__name__} instead."
        )


def _summarize_many(
    summarizer: Summarizer, topics: Iterator[Any], workers: int, progress: bool, total: int | None
) -> Iterator[tuple[Hashable, TopicResult]]:
    read = (_topic(item, position) for position, item in enumerate(topics))
    results = _run_topics(summarizer, read, workers)
    bar = _progress_bar(total) if progress else None
    n_jobs = getattr(summarizer, "n_jobs", None)
    try:
        for topic, outcome in results:
            for category, message in outcome.warnings:
                warnings.warn(topic_message(topic.id, message), category, stacklevel=2)
            if bar is not None:
                bar.update(1)
            yield topic.id, _as_called(outcome.result, n_jobs)
    finally:
        if bar is not None:
            bar.close()


def _as_called(result: TopicResult, n_jobs: object) -> TopicResult:
    """The summary with the caller's ``n_jobs`` in its settings, not the worker's 1.

    ``n_jobs`` changes how a topic runs, never its summary; so the summary is
    the same, settings included, whatever ``summarize_many``'s ``n_jobs``.
    """
    if isinstance(result, Summary) and result.settings.get("n_jobs", n_jobs) != n_jobs:
        return dataclasses.replace(result, settings={**result.settings, "n_jobs": n_jobs})
    return result


def _progress_bar(total: int | None) -> Any:
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise MissingDependencyError(
            "summarize_many(progress=True) needs tqdm: pip install tqdm"
        ) from None
    return tqdm(total=total, unit="topic", desc="summarize")


# -- tables ----------------------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError(
            "Tables of articles need pandas: pip install 'summarize[pandas]'"
        ) from None
    return pandas


def _dtypes(pd: Any) -> dict[str, Any]:
    kinds = {"string": pd.StringDtype(), "int64": "int64", "float64": "float64"}
    return {name: kinds.get(kind, object) for name, kind in SCHEMA.items()}


def empty_frame() -> pd.DataFrame:
    """A summary table without rows: the columns of :data:`~summarize.batch.SCHEMA` with their dtypes.

    It is the ``meta`` of :func:`summarize.dask.summarize_frame`.

    Examples
    --------
    >>> empty_frame().dtypes.astype(str).to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'topic': 'string', 'rank': 'int64', 'document_id': 'string', 'start': 'int64',
     'end': 'int64', 'score': 'float64', 'text': 'string', 'supporting': 'object'}
    """
    pd = _pandas()
    return conform(pd.DataFrame({name: [] for name in SCHEMA}))


def conform(df: pd.DataFrame) -> pd.DataFrame:
    """A summary table in exactly the :data:`~summarize.batch.SCHEMA`: its columns, order and dtypes.

    Tables that come back from Spark (``toPandas``) or Dask may carry other
    string dtypes, or NumPy arrays in ``supporting``; this makes any of them
    comparable with :func:`~summarize.summarize_frame`'s output. Rows keep their order;
    the index becomes 0, 1, 2, ...

    Parameters
    ----------
    df : pandas.DataFrame
        A table with the columns of :data:`~summarize.batch.SCHEMA` (others are dropped).

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    InvalidInputError
        If a column of the schema is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"topic": ["a"], "rank": [1], "document_id": ["x"],
    ...     "start": [0], "end": [5], "score": [1.0], "text": ["Rain."],
    ...     "supporting": [("y",)]})
    >>> conform(table).loc[0, "supporting"]
    ['y']
    """
    pd = _pandas()
    missing = [name for name in SCHEMA if name not in df.columns]
    if missing:
        raise InvalidInputError(
            f"The table has no column {missing[0]!r}; a summary table has the columns "
            f"{', '.join(SCHEMA)}."
        )
    out = df.loc[:, list(SCHEMA)].reset_index(drop=True)
    out["supporting"] = pd.Series(
        [[str(v) for v in value] for value in out["supporting"]], index=out.index, dtype=object
    )
    return out.astype({k: v for k, v in _dtypes(pd).items() if v is not object})


def _column(df: Any, name: str | None, parameter: str, function: str) -> None:
    if name is not None and name not in df.columns:
        index = getattr(getattr(df, "index", None), "names", None) or ()
        hint = (
            " It is the name of the index: df.reset_index() makes it a column."
            if name in list(index)
            else ""
        )
        raise InvalidInputError(
            f"The {parameter!r} parameter of {function} names the column {name!r}, which the "
            f"DataFrame does not have; its columns are {', '.join(map(str, df.columns))}." + hint
        )


_ENGINES = {
    "pandas": ("pandas", "summarize.summarize_frame"),
    "dask": ("Dask", "summarize.dask.summarize_frame"),
    "spark": ("Spark", "summarize.spark.summarize_frame"),
}


def _engine_of(df: object) -> str | None:
    """``"pandas"``, ``"dask"`` or ``"spark"``: which library's DataFrame this is, if known."""
    module = type(df).__module__.split(".")[0]
    return {"pandas": "pandas", "dask": "dask", "dask_expr": "dask", "pyspark": "spark"}.get(
        module
    )


def check_columns(
    df: Any,
    *,
    topic: str,
    text: str,
    id: str,
    title: str | None,
    query: str | None,
    function: str = "summarize_frame",
    engine: str = "pandas",
) -> None:
    """Raise :class:`~summarize.InvalidInputError` unless ``df`` has the named columns.

    ``engine`` (``"pandas"``, ``"dask"`` or ``"spark"``) is the kind of table
    ``function`` takes: a table of another kind is an
    :class:`~summarize.InputTypeError` naming the function for it.

    Works on pandas, Dask and Spark DataFrames alike (anything with ``columns``);
    anything else is an :class:`~summarize.InputTypeError`.

    Examples
    --------
    >>> import pandas as pd
    >>> check_columns(pd.DataFrame({"topic": [], "body": []}), topic="topic", text="text",
    ...               id="id", title=None, query=None)
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidInputError: The 'text' parameter of summarize_frame names the \
column 'text', which the DataFrame does not have; its columns are topic, body.
    """
    if not hasattr(df, "columns") or not hasattr(df, "groupby"):
        raise InputTypeError(
            f"{function} takes a DataFrame with one row per article (columns for the topic, "
            f"the id and the text). Got {type(df).__name__} instead."
        )
    given = _engine_of(df)
    if given is not None and given != engine:
        raise InputTypeError(
            f"{function} takes a {_ENGINES[engine][0]} DataFrame; this is a "
            f"{_ENGINES[given][0]} one: use {_ENGINES[given][1]}."
        )
    for parameter, name in (
        ("topic", topic),
        ("text", text),
        ("id", id),
        ("title", title),
        ("query", query),
    ):
        if not isinstance(name, str) and (name is not None or parameter in _REQUIRED_COLUMNS):
            raise _invalid(
                function,
                parameter,
                "the name of a column (a str)"
                + ("" if parameter in _REQUIRED_COLUMNS else " or None"),
                name,
            )
        _column(df, name, parameter, function)


_REQUIRED_COLUMNS = ("topic", "text", "id")
"""The columns every table needs: a topic's, an article's text and its id."""


def _is_missing(value: object) -> bool:
    """None, NaN or pandas' NA: what a table holds where a value is missing."""
    return (
        value is None
        or (isinstance(value, float) and value != value)
        or (type(value).__name__ == "NAType")
    )


def _missing_values(
    group: pd.DataFrame, value: object, *, topic: str, text: str, id: str
) -> InvalidInputError | None:
    """The error of a topic's rows with a missing topic, id or text (None, NaN, NA), if any.

    Rows without a topic would otherwise be summarised together as one topic
    ``"nan"``, and an article without an id be cited as ``"nan"``.
    """
    ids = group[id].tolist()
    if _is_missing(value):
        shown = ", ".join(repr(str(i)) for i in ids[:5]) + (", ..." if len(ids) > 5 else "")
        return InvalidInputError(
            f"{len(ids)} article(s) have no topic (a missing value in the column {topic!r}): "
            f"ids {shown}. Give each article its topic, or drop these rows."
        )
    rows = group.index.tolist()
    for row, article_id, article_text in zip(rows, ids, group[text].tolist(), strict=True):
        if _is_missing(article_id):
            return InvalidInputError(
                f"The article in row {row!r} has no id (a missing value in the column {id!r}); "
                "every article needs an id unique within its topic."
            )
        if _is_missing(article_text):
            return InvalidInputError(
                f"Article {str(article_id)!r} has no text (a missing value in "
                f"the column {text!r}); drop the row, or give it its text."
            )
    return None


def _frame_topics(
    df: pd.DataFrame, *, topic: str, text: str, id: str, title: str | None, query: str | None
) -> Iterator[_Topic]:
    """The topics of a table of articles, each topic's articles in the order of their ids.

    A topic is its value as a string, as the output writes it and Dask and Spark read
    it: 1 and "1" are one topic."""
    written = df[topic].map(lambda value: value if _is_missing(value) else str(value))
    for _, group in df.groupby(written, sort=False, dropna=False):
        value = group[topic].iloc[0]
        ident = str(value)
        try:
            group = group.sort_values(id, kind="stable")
        except TypeError:  # ids of several types (2, "b"): in the order of their strings
            group = group.sort_values(id, kind="stable", key=lambda ids: ids.map(str))
        titles = group[title].tolist() if title is not None else [None] * len(group)
        missing = _missing_values(group, value, topic=topic, text=text, id=id)
        if missing is not None:
            yield _Topic(ident, None, None, missing)
            continue
        articles = [
            {
                "id": str(article_id),
                "text": article_text,
                "title": None if _is_missing(article_title) else article_title,
            }
            for article_id, article_text, article_title in zip(
                group[id].tolist(), group[text].tolist(), titles, strict=True
            )
        ]
        error: SummarizeError | None = None
        the_query = None
        if query is not None:
            queries = {q for q in group[query].tolist() if not _is_missing(q)}
            if len(queries) > 1:
                error = InvalidInputError(
                    f"The articles of topic {ident!r} have {len(queries)} different queries "
                    f"in the column {query!r}; a topic has one."
                )
            elif queries:
                the_query = queries.pop()
        yield _Topic(ident, articles, the_query, error)


def frame_summaries(
    df: pd.DataFrame,
    summarizer: Summarizer,
    *,
    topic: str = "topic",
    text: str = "text",
    id: str = "id",
    title: str | None = None,
    query: str | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> pd.DataFrame:
    """Summarise the whole topics of a pandas table with a given summariser.

    The step that :func:`~summarize.summarize_frame` runs on a whole table, and the Dask
    and Spark engines on each partition or group: every row of a topic must
    be in ``df``. It runs in the calling process, with ``n_jobs=1`` inside a
    daemonic worker.

    Parameters
    ----------
    df : pandas.DataFrame
        One row per article.
    summarizer : Summarizer
        The settings.
    topic, text, id, title, query, errors
        As in :func:`~summarize.summarize_frame`.

    Returns
    -------
    pandas.DataFrame
        In :data:`~summarize.batch.SCHEMA`: for each topic, in order of first appearance, its
        summary's sentences in the summary's order.

    Examples
    --------
    >>> import pandas as pd
    >>> from summarize import Summarizer
    >>> table = pd.DataFrame({"topic": ["t", "t"], "id": ["a", "b"],
    ...     "text": ["Rain fell. The river rose.", "The river rose fast."]})
    >>> frame_summaries(table, Summarizer(max_sentences=1))[["topic", "document_id", "text"]]
      topic document_id                  text
    0     t           b  The river rose fast.
    """
    return _frame_rows(
        df, summarizer, topic=topic, text=text, id=id, title=title, query=query, errors=errors
    )


def _frame_rows(
    df: pd.DataFrame,
    summarizer: Summarizer,
    *,
    topic: str,
    text: str,
    id: str,
    title: str | None,
    query: str | None,
    errors: Literal["raise", "skip"],
    workers: int = 1,
) -> pd.DataFrame:
    """:func:`frame_summaries`, its topics run on ``workers`` processes (1: here)."""
    pd = _pandas()
    check_errors("summarize_frame", errors)
    check_columns(df, topic=topic, text=text, id=id, title=title, query=query)
    if workers == 1 and _in_daemon():
        summarizer = single_process(summarizer)
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA}
    topics = _frame_topics(df, topic=topic, text=text, id=id, title=title, query=query)
    results = (
        _serial(summarizer, topics) if workers == 1 else _run_topics(summarizer, topics, workers)
    )
    for item, outcome in results:
        for category, message in outcome.warnings:
            warnings.warn(topic_message(item.id, message), category, stacklevel=3)
        result = outcome.result
        if isinstance(result, SummarizeError):
            if errors == "raise":
                named = str(result).startswith(f"Topic {item.id!r}")  # already says which
                raise type(result)(
                    str(result) if named else f"Topic {item.id!r}: {result}"
                ) from result
            logger.warning("topic %r left out: %s", item.id, result)
            continue
        for row in summary_rows(item.id, result):
            for name, value in row.items():
                columns[name].append(value)
    return conform(pd.DataFrame(columns))


def summary_rows(topic: Any, summary: Summary) -> list[dict[str, Any]]:
    """A summary as the rows of :data:`~summarize.batch.SCHEMA`, one a sentence, in its order.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["Rain fell. The river rose.", "The river rose fast."],
    ...                               max_sentences=1)
    >>> [(row["topic"], row["document_id"], row["start"], row["end"], row["supporting"])
    ...  for row in summary_rows("storm", summary)]
    [('storm', '1', 0, 20, ['0'])]
    """
    return [
        {
            "topic": topic,
            "rank": sentence.rank,
            "document_id": sentence.document_id,
            "start": sentence.start,
            "end": sentence.end,
            "score": sentence.score,
            "text": sentence.text,
            "supporting": list(sentence.supporting),
        }
        for sentence in summary.sentences
    ]


def summarize_frame(
    df: pd.DataFrame,
    *,
    topic: str = "topic",
    text: str = "text",
    id: str = "id",
    title: str | None = None,
    query: str | None = None,
    errors: Literal["raise", "skip"] = "raise",
    n_jobs: int | None = None,
    summarizer: Summarizer | None = None,
    **settings: Any,
) -> pd.DataFrame:
    """Summarise a table of articles: one row per article in, one row per summary sentence out.

    Parameters
    ----------
    df : pandas.DataFrame
        One row per article, with at least the columns named by ``topic``,
        ``text`` and ``id``.
    topic : str, default="topic"
        The column that says which topic an article belongs to.
    text : str, default="text"
        The column of article texts.
    id : str, default="id"
        The column of article ids, unique within a topic. A topic's
        articles are summarised in the order of their ids, so that every
        engine gives the same answer whatever order a shuffle leaves the
        rows in.
    title : str or None, default=None
        The column of article titles, if any.
    query : str or None, default=None
        The column holding each topic's query (the same on every row of a
        topic), passed on when the installed Summarizer takes one.
    errors : {"raise", "skip"}, default="raise"
        What a topic that cannot be summarised does: raise its
        :class:`~summarize.SummarizeError` (the message names the topic), or
        leave the topic out of the table, logging why on the ``summarize``
        logger (a warning).
    n_jobs : int or None, default=None
        Worker processes for the topics, as in
        :func:`~summarize.summarize_many`: ``None`` or 1 runs them in this
        process (1 with no other process at all, not even to split a large
        topic's sentences), ``-1`` on every core (and so does a number above
        them). Each topic runs in one worker (with
        the summariser's ``n_jobs=1``), and the rows are the same whatever
        ``n_jobs``.
    summarizer : Summarizer or None, default=None
        A summariser to use instead of ``settings`` (give one or the other),
        as in :func:`~summarize.summarize_many`.
    **settings
        The settings of :class:`~summarize.Summarizer` (its ``n_jobs``
        excepted: ``n_jobs`` here is the topics' worker processes).

    Returns
    -------
    pandas.DataFrame
        In :data:`~summarize.batch.SCHEMA`: for each topic, in order of first appearance, its
        summary's sentences in the summary's order (``rank`` order unless
        ``order="source"``).

    Raises
    ------
    InvalidInputError
        If a named column is missing.
    InvalidParameterError
        If ``n_jobs`` or a setting is invalid, or the summarizer does not
        pickle while ``n_jobs`` asks for worker processes.
    SummarizeError
        With ``errors="raise"``, the error of the first topic that fails.

    Examples
    --------
    >>> import pandas as pd
    >>> from summarize import summarize_frame
    >>> articles = pd.DataFrame({
    ...     "topic": ["bridge", "bridge", "storm"],
    ...     "id": ["a", "b", "c"],
    ...     "text": [
    ...         "The bridge reopened on Friday after repairs. Traffic resumed at noon.",
    ...         "After months of repairs, the bridge reopened Friday. Drivers cheered.",
    ...         "A storm hit the coast. Schools closed.",
    ...     ],
    ... })
    >>> summarize_frame(articles, max_sentences=1)[["topic", "document_id", "start", "end"]]
        topic document_id  start  end
    0  bridge           a      0   44
    1   storm           c      0   22
    """
    summarizer = given_summarizer("summarize_frame", summarizer, settings)
    workers = _resolve_jobs(n_jobs, "summarize_frame")
    if workers > 1:
        _check_shippable(summarizer, "summarize_frame")
    if n_jobs == 1:  # as Summarizer(n_jobs=1) did before n_jobs meant the topics' workers
        summarizer = single_process(summarizer)
    return _frame_rows(
        df,
        summarizer,
        topic=topic,
        text=text,
        id=id,
        title=title,
        query=query,
        errors=errors,
        workers=workers,
    )
