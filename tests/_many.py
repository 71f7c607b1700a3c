"""Tables of articles for the batch, Dask and Spark tests, built from the package's samples."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

import summarize

# Each topic: a few of the four sample articles, so topics differ but share text.
SETTINGS = {"max_sentences": 3}


def article_table(*, with_failure: bool = False) -> pd.DataFrame:
    """One row per article: topic, id, text, title; a topic's rows not in id order."""
    samples = summarize.sample_articles()
    rows = []
    combos = [c for r in (2, 3, 4) for c in itertools.combinations(range(len(samples)), r)]
    for number, combo in enumerate(combos):
        for position, index in enumerate(reversed(combo)):
            sample = samples[index]
            rows.append(
                {
                    "topic": f"t{number:02d}",
                    "id": f"{sample.id}",
                    "text": sample.text,
                    "title": None if position % 2 else f"Title {index}",
                }
            )
    if with_failure:
        rows.append({"topic": "empty", "id": "x", "text": "   ", "title": None})
    return pd.DataFrame(rows)


def serial_rows(table: pd.DataFrame, **options: object) -> pd.DataFrame:
    """The rows the engines must reproduce: one Summarizer call per topic, in a plain loop."""
    summarizer = summarize.Summarizer(**SETTINGS)
    rows = []
    for topic, group in table.groupby("topic", sort=True):
        group = group.sort_values("id")
        articles = [
            {"id": i, "text": t, "title": title if isinstance(title, str) else None}
            for i, t, title in zip(group["id"], group["text"], group["title"], strict=True)
        ]
        try:
            summary = summarizer.summarize(articles)
        except summarize.SummarizeError:
            continue
        for s in summary.sentences:
            rows.append(
                {
                    "topic": topic,
                    "rank": s.rank,
                    "document_id": s.document_id,
                    "start": s.start,
                    "end": s.end,
                    "score": s.score,
                    "text": s.text,
                    "supporting": list(s.supporting),
                }
            )
    return pd.DataFrame(rows)


def sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in (topic, rank) order, in the schema, for comparing engines."""
    from summarize.batch import conform

    frame = conform(frame)
    return conform(frame.sort_values(["topic", "rank"], kind="stable"))


@contextmanager
def local_client(**cluster: Any) -> Iterator[Any]:
    """A distributed ``Client`` on a ``LocalCluster`` of ``cluster``'s options, on 127.0.0.1
    with no dashboard; both closed on exit."""
    import distributed

    local = distributed.LocalCluster(host="127.0.0.1", dashboard_address=None, **cluster)
    client = distributed.Client(local)
    try:
        yield client
    finally:
        client.close()
        local.close()
