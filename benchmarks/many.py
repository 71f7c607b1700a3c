"""Throughput and memory of many topics: serial, summarize_many, Dask and Spark, in one run.

Two measurements:

``throughput``
    ``--topics`` topics (default 2,000) of ``--articles`` articles each
    (default 10), drawn with ``random.Random(14)`` from the distinct articles
    of ``../shared/data/duc2002.jsonl`` and ``duc2003.jsonl`` (read by path,
    never copied), each topic's articles in id order as the table engines
    order them (the order of a topic's articles can change its summary). Each
    engine summarises every topic with the default
    settings and returns every summary row:

    - ``serial``: ``summarize_many(topics)``, one process;
    - ``many``: ``summarize_many(topics, n_jobs=--workers)`` (joblib's loky);
    - ``dask``: ``summarize.dask.summarize_frame`` on a ``distributed.LocalCluster``
      of ``--workers`` processes of one thread, the table in 4 partitions a worker;
    - ``dask-groupby``: the same cluster, ``groupby(topic).apply`` instead of a
      shuffle and ``map_partitions`` (the alternative the docs weigh);
    - ``spark``: ``summarize.spark.summarize_frame`` on ``local[--workers]``.

    Every engine is started and warmed up (a few topics) before it is timed,
    so start-up is reported apart. The engines run ``--repeats`` times,
    interleaved (``serial, many, dask, ..., serial, many, ...``), and the
    medians are reported: wall time, topics per second, speed-up over the
    serial median, and CPU time (user + system) of this process and of every
    process it started (workers, the Spark JVM). Peak resident memory (RSS)
    of the parent and of each worker is sampled every 0.1 s. The rows of each
    engine are checked against the serial rows.

``memory``
    ``--small`` topics (default 100,000) of two short articles each, generated
    on the fly and streamed through ``summarize_many(n_jobs=--workers)``; the
    RSS of the parent and of each worker is printed every 10% of the way.

The machine's load average is printed before and after: on a shared machine
wall times grow with the load, CPU times hardly do.

Run from the repository root::

    python benchmarks/many.py                       # everything (about 15 minutes on 2 idle cores)
    python benchmarks/many.py --part throughput --topics 500 --repeats 3
    python benchmarks/many.py --part memory --small 20000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import psutil

import summarize
from summarize import summarize_many
from summarize.batch import conform, summary_rows

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ENGINES = ("serial", "many", "dask", "dask-groupby", "spark")


# -- measuring -------------------------------------------------------------------------------


class Monitor:
    """Samples the RSS and CPU time of this process and all its descendants."""

    def __init__(self, interval: float = 0.1) -> None:
        self.me = psutil.Process()
        self.interval = interval
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def processes(self) -> list[psutil.Process]:
        return [self.me, *self.me.children(recursive=True)]

    def sample(self) -> None:
        for process in self.processes():
            try:
                with process.oneshot():
                    rss = process.memory_info().rss
                    times = process.cpu_times()
                    if process.pid not in self.names:
                        self.names[process.pid] = _kind(process)
            except psutil.Error:
                continue
            self.peak[process.pid] = max(self.peak.get(process.pid, 0), rss)
            self.cpu[process.pid] = times.user + times.system

    def __enter__(self) -> Monitor:
        self.sample()
        self.start_cpu = dict(self.cpu)
        self.peak = {pid: 0 for pid in self.peak}
        self.sample()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        assert self._thread is not None
        self._thread.join()
        self.sample()

    def cpu_seconds(self) -> float:
        return sum(cpu - self.start_cpu.get(pid, 0.0) for pid, cpu in self.cpu.items())

    def peaks(self) -> dict[str, list[int]]:
        """Peak RSS in MB by kind of process: parent, worker, jvm, other."""
        out: dict[str, list[int]] = {}
        for pid, peak in self.peak.items():
            if peak:
                out.setdefault(self.names.get(pid, "other"), []).append(round(peak / 2**20))
        return {kind: sorted(values, reverse=True) for kind, values in out.items()}


def _kind(process: psutil.Process) -> str:
    if process.pid == os.getpid():
        return "parent"
    try:
        line = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    if "java" in line.split(" ")[0]:
        return "jvm"
    if "resource_tracker" in line or "semaphore_tracker" in line:
        return "other"
    if "popen_loky" in line or "spawn_main" in line or "forkserver" in line:
        return "worker"  # loky's, or a Dask worker process
    if "pyspark.daemon" in line or "pyspark/daemon" in line or "pyspark.worker" in line:
        return "worker"  # Spark's Python daemon and the workers it forks
    return "other"


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


# -- the topics ------------------------------------------------------------------------------


def read_articles(data: Path = DATA) -> list[dict[str, str]]:
    articles: dict[str, dict[str, str]] = {}
    for name in ("duc2002.jsonl", "duc2003.jsonl"):
        path = data / name
        if not path.exists():
            sys.exit(f"{path} is missing: this benchmark reads the DUC data by path")
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                for document in json.loads(line)["documents"]:
                    articles.setdefault(document["id"], document)
    return [{"id": a["id"], "text": a["text"]} for a in articles.values()]


def make_topics(
    count: int, size: int, seed: int = 14, data: Path = DATA
) -> list[tuple[str, list[dict[str, str]]]]:
    pool = read_articles(data)
    rng = random.Random(seed)
    # Each topic's articles in id order: the order in which the table engines
    # (summarize_frame on pandas, Dask, Spark) hand a topic's articles over.
    return [
        (f"t{n:06d}", sorted(rng.sample(pool, size), key=lambda a: a["id"])) for n in range(count)
    ]


def table(topics: list[tuple[str, list[dict[str, str]]]]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"topic": t, "id": a["id"], "text": a["text"]}
            for t, articles in topics
            for a in articles
        ]
    )


def rows_of(results: Iterator[tuple[Any, Any]]) -> pd.DataFrame:
    rows = []
    for topic, summary in results:
        if isinstance(summary, summarize.SummarizeError):
            raise summary
        rows.extend(summary_rows(topic, summary))
    return conform(pd.DataFrame(rows))


# -- the engines -----------------------------------------------------------------------------


class Engines:
    """Each engine started once; ``run(name, topics)`` returns the summary rows."""

    def __init__(self, names: list[str], workers: int) -> None:
        self.names, self.workers = names, workers
        self.client: Any = None
        self.cluster: Any = None
        self.spark: Any = None
        self.startup: dict[str, float] = {}

    def start(self, warmup: list[tuple[str, list[dict[str, str]]]]) -> None:
        for name in self.names:
            started = time.perf_counter()
            if name.startswith("dask") and self.client is None:
                import distributed

                self.cluster = distributed.LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
                self.client = distributed.Client(self.cluster)
            if name == "spark":
                from pyspark.sql import SparkSession

                os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
                os.environ["PYSPARK_PYTHON"] = sys.executable
                self.spark = (
                    SparkSession.builder.master(f"local[{self.workers}]")
                    .appName("summarize-many-benchmark")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", str(4 * self.workers))
                    .config("spark.sql.execution.arrow.pyspark.enabled", "true")
                    .config("spark.driver.memory", "2g")
                    .getOrCreate()
                )
                self.spark.sparkContext.setLogLevel("ERROR")
            self.run(name, warmup)
            self.startup[name] = time.perf_counter() - started

    def run(self, name: str, topics: list[tuple[str, list[dict[str, str]]]]) -> pd.DataFrame:
        if name == "serial":
            return rows_of(summarize_many(topics))
        if name == "many":
            return rows_of(summarize_many(topics, n_jobs=self.workers))
        articles = table(topics)
        if name == "dask":
            import dask.dataframe as dd

            from summarize.dask import summarize_frame

            frame = dd.from_pandas(articles, npartitions=4 * self.workers)
            return conform(summarize_frame(frame).compute())
        if name == "dask-groupby":
            import dask.dataframe as dd

            from summarize.batch import empty_frame, frame_summaries, single_process

            summarizer = single_process(summarize.Summarizer())

            def one_topic(group: pd.DataFrame) -> pd.DataFrame:
                return frame_summaries(group.assign(topic=group.name), summarizer)

            frame = dd.from_pandas(articles, npartitions=4 * self.workers)
            result = frame.groupby("topic").apply(one_topic, meta=empty_frame())
            return conform(result.compute())
        if name == "spark":
            from summarize.spark import summarize_frame as spark_frame

            return conform(spark_frame(self.spark.createDataFrame(articles)).toPandas())
        raise ValueError(name)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.cluster.close()
        if self.spark is not None:
            self.spark.stop()


def compare(rows: pd.DataFrame, reference: pd.DataFrame) -> str:
    """'identical', or which columns differ (and by how much for the scores)."""
    if rows.equals(reference):
        return "identical"
    if len(rows) != len(reference):
        return f"{len(rows)} rows, not {len(reference)}"
    differ = [c for c in reference.columns if not rows[c].equals(reference[c])]
    note = ", ".join(differ)
    if "score" in differ:
        note += f" (largest score difference {(rows.score - reference.score).abs().max():.1e})"
    return "differ: " + note


def sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    return conform(frame.sort_values(["topic", "rank"], kind="stable"))


def throughput(args: argparse.Namespace) -> dict[str, Any]:
    names = [n for n in args.engines.split(",") if n]
    unknown = sorted(set(names) - set(ENGINES))
    if unknown:
        sys.exit(f"unknown engines {unknown}; choose from {', '.join(ENGINES)}")
    topics = make_topics(args.topics, args.articles, data=args.data)
    warmup = make_topics(4 * args.workers, args.articles, seed=1, data=args.data)
    print(f"{len(topics)} topics of {args.articles} articles; load {load()}", flush=True)
    engines = Engines(names, args.workers)
    measured: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    reference: pd.DataFrame | None = None
    try:
        engines.start(warmup)
        print("start-up (s):", {k: round(v, 1) for k, v in engines.startup.items()}, flush=True)
        for repeat in range(args.repeats):
            for name in names:
                engines.run(name, warmup)  # untimed: idle workers may have been retired
                with Monitor() as monitor:
                    started = time.perf_counter()
                    rows = engines.run(name, topics)
                    wall = time.perf_counter() - started
                rows = sorted_rows(rows)
                if reference is None:
                    reference = rows
                same = compare(rows, reference)
                record = {
                    "wall": wall,
                    "cpu": monitor.cpu_seconds(),
                    "peaks": monitor.peaks(),
                    "same_rows": same,
                    "load": load(),
                }
                measured[name].append(record)
                print(
                    f"  repeat {repeat + 1} {name:13s} {wall:7.1f} s wall "
                    f"{record['cpu']:7.1f} s cpu "
                    f"{len(topics) / wall:6.1f} topics/s  rows: {same}  peak MB "
                    f"{record['peaks']}  load {record['load']}",
                    flush=True,
                )
    finally:
        engines.close()
    serial = (
        statistics.median(r["wall"] for r in measured.get("serial", []))
        if "serial" in measured
        else None
    )
    summary = {}
    print("\n| engine | topics/s | speed-up | wall s | CPU s | peak RSS MB (parent; workers) |")
    print("|---|---|---|---|---|---|")
    for name, records in measured.items():
        wall = statistics.median(r["wall"] for r in records)
        cpu = statistics.median(r["cpu"] for r in records)
        peaks = records[-1]["peaks"]
        parent = max((max(r["peaks"].get("parent", [0])) for r in records), default=0)
        workers = peaks.get("worker", [])
        jvm = peaks.get("jvm")
        speed = serial / wall if serial else float("nan")
        memory = f"{parent}; {', '.join(map(str, workers)) or '-'}" + (
            f"; JVM {jvm[0]}" if jvm else ""
        )
        print(
            f"| {name} | {len(topics) / wall:.1f} | {speed:.2f}x | {wall:.1f} | {cpu:.1f} "
            f"| {memory} |"
        )
        summary[name] = {
            "topics_per_s": len(topics) / wall,
            "speedup": speed,
            "wall": wall,
            "cpu": cpu,
            "rows": sorted({r["same_rows"] for r in records}),
            "repeats": records,
        }
    print(f"load after: {load()}")
    return {"startup": engines.startup, "engines": summary}


# -- memory ----------------------------------------------------------------------------------


def small_topics(count: int) -> Iterator[tuple[int, list[str]]]:
    rng = random.Random(7)
    words = "river bridge council storm harbor school market rain power road city vote".split()
    for n in range(count):
        a, b, c = rng.sample(words, 3)
        yield (
            n,
            [
                f"The {a} near the {b} closed on Monday. Officials said the {c} reopens soon.",
                f"On Monday the {a} closed. The {c} reopens next week, officials said.",
            ],
        )


def memory(args: argparse.Namespace) -> dict[str, Any]:
    count = args.small
    marks = {max(1, count * k // 10) for k in range(1, 11)}
    monitor = Monitor()
    print(
        f"\n{count} small topics streamed through summarize_many(n_jobs={args.workers}); "
        f"load {load()}"
    )
    print("| topics done | parent RSS MB | worker RSS MB | elapsed s |")
    print("|---|---|---|---|")
    out = {}
    started = time.perf_counter()
    done = 0
    for _, result in summarize_many(small_topics(count), n_jobs=args.workers):
        if isinstance(result, summarize.SummarizeError):
            raise result
        done += 1
        if done in marks:
            rss: dict[str, list[int]] = {}
            for process in monitor.processes():
                kind = _kind(process)
                rss.setdefault(kind, []).append(round(process.memory_info().rss / 2**20))
            elapsed = time.perf_counter() - started
            print(
                f"| {done} | {rss['parent'][0]} | {', '.join(map(str, rss.get('worker', [])))} "
                f"| {elapsed:.0f} |",
                flush=True,
            )
            out[done] = {"rss_mb": rss, "elapsed": elapsed}
    print(f"load after: {load()}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--part", choices=("all", "throughput", "memory"), default="all")
    parser.add_argument("--topics", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the DUC files")
    parser.add_argument("--json", type=Path, help="write the measurements to this file")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"args": {k: str(v) for k, v in vars(args).items()}}
    results["cores"] = len(os.sched_getaffinity(0))
    results["load_before"] = load()
    if args.part in ("all", "memory"):
        results["memory"] = memory(args)
    if args.part in ("all", "throughput"):
        results["throughput"] = throughput(args)
    results["load_after"] = load()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
