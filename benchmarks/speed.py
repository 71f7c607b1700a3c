"""Speed and memory benchmark of ``summarize`` against its vectorising floor and peers.

For each input size it measures, each in a fresh subprocess so that the peak
resident set size (RSS) belongs to that one measurement:

``summarize``
    ``summarize.summarize(articles, max_words=100)`` with default settings,
    split by stage (loading, segmentation, features, scoring, selection, and
    "other" for the rest: building the result). The split comes from the
    library's own DEBUG log on the ``"summarize"`` logger (``"stage %s took
    %.3f s"``); at the end of each stage the handler also reads and resets
    the process's peak RSS, so each stage has its own peak.
``floor``
    scikit-learn's ``TfidfVectorizer().fit_transform`` on the same sentences:
    the least any TF-IDF summariser has to do. (Its subprocess also splits
    the articles with ``summarize.split_sentences``, untimed, and checks that
    the library sees exactly the sentences that were generated:
    ``sentences_seen``.)
``sumy``
    sumy's ``LexRankSummarizer`` (sumy's English stemmer and stop words), on
    a sumy document built from the same sentences (one paragraph an article;
    words by a regular expression, as sumy's own tokenizer needs NLTK data),
    asked for 5 sentences (about 100 words).
``lexrank``
    the ``lexrank`` package: ``LexRank(articles, stopwords=STOPWORDS["en"])``
    then ``get_summary(sentences, summary_size=5)`` with its defaults.

The peers get the sentences already split; the library gets raw article
text and splits it itself, inside the time measured.

Inputs
------
Synthetic news whose vocabulary grows with its size as news does (see
``_corpus.py`` beside this file; the recipe is recorded in the JSON): an
order-2 word chain over the distinct sentences of the DUC 2003 and 2002
articles in ``../shared/data/``, in which names, numbers and codes are
replaced by invented ones drawn from a Zipf law, laid out in articles of 30
sentences on lines of one to five sentences. Without ``../shared`` (or with
``--fallback``) the chain runs over the package's sample articles instead.
For each size the vocabulary growth is checked against Heaps' law (``V = K
N ** beta``, scikit-learn's tokens) and the fitted exponent is printed and
recorded; the DUC articles themselves give about 0.6. Every size is exact,
and the floor's subprocess checks that the library finds exactly the
generated sentences.

Measurements
------------
Time is wall-clock (``time.perf_counter``) around the one call, and CPU time
(user and system) of the process and of the worker processes it joined (the
library segments large inputs on every core). On a busy machine wall time
grows and CPU time hardly does; CPU time is also what the call would take on
one idle core, and the ratio to the floor is judged on it. The input is
built by the parent process and read from a file (a pickle) by the measuring
one, which has therefore never seen the text: building it runs the library's
segmenter over every article, and the library remembers segmentation
decisions and stems, so a process that built its own input would measure a
warm library. For ``summarize`` one tiny call first does the one-off set-up
(imports, the Punkt tokenizer, the stop words) on text of its own.

With ``--repeat N`` (default 3) the systems take turns: summarize, floor,
summarize, floor, ... each run in a fresh process, so both see the same
state of a shared machine; the median of each system's runs is reported
(time, CPU time, memory and each stage separately), and the ratios are
ratios of medians. Runs of a size stop repeating once a round took longer
than ``--repeat-under`` seconds. The 1-minute load average is recorded with
every run.

Memory is the peak during the call, the resident input included: the
process's own peak RSS (the kernel's ``VmHWM``, reset through
``/proc/self/clear_refs`` once the input is built; where the reset is not
allowed, the peak of the whole subprocess), or, when it is larger, the total
proportional set size of the process and its workers (pages shared after a
fork count once), sampled by the parent every 0.2 s while the call runs. A
peer that does not finish within ``--timeout`` seconds (120) is killed and
not run on larger sizes.

Targets (each printed PASS or FAIL, for wall and for CPU time; the CPU-time
verdicts are the ones that count):

* at every size, the whole call at most 1.0 times the vectorising floor;
* 1,000,000 sentences in at most 25 s with at most 2 GB (2e9 bytes) peak;
* linear: between consecutive sizes, time and peak memory grow at most 1.1
  times as fast as the size (ten times the sentences, at most 11 times);
* when sumy is run: at 2,000 sentences, at least 100 times faster than
  sumy's LexRank (when sumy times out, the timeout gives a lower bound).

Run from the repository root::

    python benchmarks/speed.py                          # 2k..1M, summarize and floor
    python benchmarks/speed.py --sizes 2000 --systems summarize,floor,sumy,lexrank
    python benchmarks/speed.py --linearity              # summarize alone, 2k..1M
    python benchmarks/speed.py --repeat 5 --no-plot
    python benchmarks/speed.py --report benchmarks/results/speed.json   # re-print

It prints a table, writes JSON (``benchmarks/results/speed.json``) after
every measurement, and draws a log-log plot of time and peak RSS against
size (``docs/_static/speed.png``).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import math
import os
import pickle
import platform
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _corpus  # noqa: E402

REPO_ROOT = HERE.parent
DEFAULT_JSON = REPO_ROOT / "benchmarks" / "results" / "speed.json"
DEFAULT_PLOT = REPO_ROOT / "docs" / "_static" / "speed.png"
DEFAULT_SIZES = (2_000, 20_000, 200_000, 1_000_000)
LINEARITY_SIZES = DEFAULT_SIZES
SYSTEMS = ("summarize", "floor", "sumy", "lexrank")
DEFAULT_SYSTEMS = ("summarize", "floor")
PEERS = ("sumy", "lexrank")
MAX_WORDS = 100
PEER_SENTENCES = 5
STAGES = ("loading", "segmentation", "features", "scoring", "selection")

# Targets.
SUMY_SIZE = 2_000
SUMY_SPEEDUP = 100.0
BIG_SIZE = 1_000_000
BIG_SECONDS = 25.0
BIG_RSS = 2e9
FLOOR_FACTOR = 1.0
LINEAR_SLACK = 1.1  # time (and memory) ratio <= LINEAR_SLACK * size ratio

# --------------------------------------------------------------------------- memory


def _status_bytes(field: str) -> int | None:
    """A ``kB`` field of /proc/self/status, in bytes (None where there is no /proc)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def cpu_time() -> float:
    """CPU seconds (user and system) of this process and of its children that have ended.

    The library may segment on worker processes; their time counts once they are joined.
    """
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


def _children_max_rss() -> int | None:
    """The largest peak RSS of any ended child process (the library's workers), in bytes."""
    try:
        import resource

        value = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    except (ImportError, OSError):
        return None
    return value or None


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (from /proc/PID/task/TID/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo.extend(int(child) for child in children.read().split())
            except OSError:
                pass
    return found


def _memory_of(pid: int) -> int | None:
    """Proportional set size of a process (shared pages split among their users), in bytes.

    Falls back to VmRSS where smaps_rollup is missing.
    """
    for path, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as lines:
                for line in lines:
                    if line.startswith(field):
                        return int(line.split()[1]) * 1024
        except OSError:
            continue
    return None


def tree_memory(pid: int) -> tuple[int, int]:
    """Total PSS of ``pid`` and its descendants, and how many processes that is."""
    total = count = 0
    for member in _descendants(pid):
        value = _memory_of(member)
        if value is not None:
            total += value
            count += 1
    return total, count


_PHASE_FILE: str | None = None


def _mark_phase(name: str) -> None:
    """Tell the monitoring parent (if any) that the timed call started or ended."""
    if _PHASE_FILE:
        with open(_PHASE_FILE, "w") as phase:
            phase.write(name)


def reset_peak_rss() -> bool:
    """Set the peak RSS (VmHWM) to the current RSS; False where Linux refuses."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def current_rss() -> int | None:
    """The resident set size now, in bytes."""
    return _status_bytes("VmRSS")


def peak_rss() -> int | None:
    """The peak resident set size (since the last reset), in bytes."""
    value = _status_bytes("VmHWM")
    if value is None:
        import resource

        value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return value


# --------------------------------------------------------------------------- stage hook


class _StageRecorder(logging.Handler):
    """Collects the library's ``stage %s took %.3f s`` records, with each stage's peak RSS."""

    def __init__(self, track_memory: bool) -> None:
        super().__init__(logging.DEBUG)
        self.track_memory = track_memory
        self.stages: dict[str, dict[str, float | int | None]] = {}
        #: cpu_time() when the previous stage ended (set by the caller at the start).
        self.cpu_mark = cpu_time()

    def emit(self, record: logging.LogRecord) -> None:
        if not (isinstance(record.msg, str) and record.msg.startswith("stage ")):
            return
        args = record.args if isinstance(record.args, tuple) else ()
        if len(args) < 2:
            return
        name, seconds = str(args[0]), float(args[1])  # type: ignore[arg-type]
        cpu = cpu_time()
        peak = peak_rss() if self.track_memory else None
        entry = self.stages.setdefault(
            name, {"seconds": 0.0, "cpu_seconds": 0.0, "peak_rss_bytes": None}
        )
        entry["seconds"] = float(entry["seconds"] or 0.0) + seconds
        entry["cpu_seconds"] = float(entry["cpu_seconds"] or 0.0) + cpu - self.cpu_mark
        self.cpu_mark = cpu
        if peak is not None:
            entry["peak_rss_bytes"] = max(int(entry["peak_rss_bytes"] or 0), peak)
        if self.track_memory:
            reset_peak_rss()


@contextmanager
def recording_stages(track_memory: bool) -> Iterator[_StageRecorder]:
    """Listen to the ``"summarize"`` logger's DEBUG stage timings for the duration."""
    logger = logging.getLogger("summarize")
    recorder = _StageRecorder(track_memory)
    old_level = logger.level
    logger.addHandler(recorder)
    logger.setLevel(logging.DEBUG)
    try:
        yield recorder
    finally:
        logger.removeHandler(recorder)
        logger.setLevel(old_level)


# --------------------------------------------------------------------------- systems


class RegexWordTokenizer:
    """The word tokenizer sumy's document model needs, without NLTK data."""

    language = "english"

    def __init__(self) -> None:
        import re

        self._word = re.compile(r"\w+(?:['\u2019-]\w+)*")

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(self._word.findall(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:
        raise NotImplementedError("the benchmark hands sumy sentences already split")


def _run_summarize(corpus: _corpus.Corpus) -> dict[str, Any]:
    import summarize

    summary = summarize.summarize(corpus.articles, max_words=MAX_WORDS)
    return {
        "summary_sentences": len(summary.sentences),
        "summary_words": len(summary.text.split()),
    }


def _run_floor(corpus: _corpus.Corpus) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer().fit_transform(corpus.sentences)
    return {"matrix_shape": list(matrix.shape), "matrix_nonzeros": int(matrix.nnz)}


def _run_sumy(corpus: _corpus.Corpus) -> dict[str, Any]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = RegexWordTokenizer()
    document = ObjectDocumentModel(
        [
            Paragraph([Sentence(text, tokenizer) for text in article])
            for article in corpus.article_sentences
        ]
    )
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    chosen = summarizer(document, PEER_SENTENCES)
    return {"summary_sentences": len(chosen), "summary_words": sum(len(s.words) for s in chosen)}


def _run_lexrank(corpus: _corpus.Corpus) -> dict[str, Any]:
    from lexrank import STOPWORDS, LexRank

    model = LexRank(corpus.article_sentences, stopwords=STOPWORDS["en"])
    chosen = model.get_summary(corpus.sentences, summary_size=PEER_SENTENCES)
    return {"summary_sentences": len(chosen), "summary_words": sum(len(s.split()) for s in chosen)}


_RUNNERS = {
    "summarize": _run_summarize,
    "floor": _run_floor,
    "sumy": _run_sumy,
    "lexrank": _run_lexrank,
}


def _preload(system: str) -> None:
    """Import what a system needs before the clock starts (imports are not the work)."""
    if system == "summarize":
        import summarize

        # One tiny call first, so one-off set-up (the Punkt tokenizer, the stop words) is not
        # counted: the benchmark measures a summariser that is in use.
        summarize.summarize(
            ["A warm-up sentence about the weather. It rained."], max_words=MAX_WORDS
        )
        try:  # imported by the features stage on inputs of 1,000 sentences or more
            import pyarrow.compute  # noqa: F401
        except ImportError:
            pass
    elif system == "floor":
        import sklearn.feature_extraction.text  # noqa: F401
    elif system == "sumy":
        import sumy.nlp.stemmers  # noqa: F401
        import sumy.summarizers.lex_rank  # noqa: F401
    elif system == "lexrank":
        import lexrank  # noqa: F401


def count_seen(corpus: _corpus.Corpus) -> int:
    """How many candidate sentences the library's segmenter finds in the articles.

    Also checks they are exactly the generated sentences, in order.
    """
    from summarize import split_sentences

    seen = [
        s.text
        for article in corpus.articles
        for s in split_sentences(article)
        if s.kind == "sentence"
    ]
    if seen != corpus.sentences:
        mismatch = next(
            (i for i, (a, b) in enumerate(zip(seen, corpus.sentences, strict=False)) if a != b),
            None,
        )
        print(
            f"warning: the library sees {len(seen)} sentences, {len(corpus.sentences)} were "
            f"generated (first difference at {mismatch})",
            file=sys.stderr,
        )
    return len(seen)


def measure(system: str, corpus: _corpus.Corpus, *, verify: bool | None = None) -> dict[str, Any]:
    """Run one system once on ``corpus`` in this process and return its record.

    Parameters
    ----------
    system : str
        One of :data:`SYSTEMS`.
    corpus : _corpus.Corpus
        The input.
    verify : bool, optional
        Count the sentences the library's segmenter finds (untimed). Default:
        for the floor only (it is the one subprocess that splits anyway).

    Returns
    -------
    dict
        ``system``, ``sentences`` (generated), ``sentences_seen`` (or None),
        ``articles``, ``status`` ("ok"), ``seconds``, ``peak_rss_bytes``,
        ``rss_before_bytes``, ``peak_rss_scope``, ``stages`` (summarize
        only: ``{stage: {"seconds", "peak_rss_bytes"}}``, "other" included),
        and what the system returned (``summary_words`` ...).
    """
    if system not in _RUNNERS:
        raise ValueError(f"unknown system {system!r}; valid: {', '.join(SYSTEMS)}")
    if verify is None:
        verify = system == "floor"
    seen = count_seen(corpus) if verify else None
    _preload(system)
    gc.collect()
    resettable = reset_peak_rss()
    before = current_rss()
    load = _load_average()
    with (
        recording_stages(track_memory=resettable)
        if system == "summarize"
        else _nothing() as recorder
    ):
        cpu_started = cpu_time()
        _mark_phase("call")
        if recorder is not None:
            recorder.cpu_mark = cpu_started
        started = time.perf_counter()
        extra = _RUNNERS[system](corpus)
        seconds = time.perf_counter() - started
        cpu_seconds = cpu_time() - cpu_started
        _mark_phase("done")
    peak = peak_rss()
    workers_peak = _children_max_rss()
    record: dict[str, Any] = {
        "system": system,
        "sentences": len(corpus.sentences),
        "sentences_seen": seen,
        "articles": len(corpus.articles),
        "status": "ok",
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_rss_bytes": peak,
        "rss_before_bytes": before,
        "peak_rss_scope": "call" if resettable else "process",
        "children_max_rss_bytes": workers_peak,
        "load_average_before": load,
        "load_average_after": _load_average(),
    }
    if recorder is not None:
        stages = {name: dict(values) for name, values in recorder.stages.items()}
        if stages:
            peaks = [
                v["peak_rss_bytes"] for v in stages.values() if v["peak_rss_bytes"] is not None
            ]
            if peaks:
                # The stage peaks were reset one after the other: the call's peak is the largest.
                record["peak_rss_bytes"] = max([peak or 0, *peaks])
            other = seconds - sum(float(v["seconds"] or 0.0) for v in stages.values())
            other_cpu = cpu_seconds - sum(float(v["cpu_seconds"] or 0.0) for v in stages.values())
            stages["other"] = {
                "seconds": max(other, 0.0),
                "cpu_seconds": max(other_cpu, 0.0),
                "peak_rss_bytes": peak if resettable else None,
            }
        record["stages"] = stages
        record["stages_source"] = "logging:summarize" if stages else "none"
    record.update(extra)
    return record


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _load_average() -> float | None:
    """The 1-minute load average (other work on the machine slows every measurement)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


# --------------------------------------------------------------------------- subprocesses


def _child(spec_json: str) -> int:
    """Entry point of a measurement subprocess: load the input, measure, write the record.

    The input comes ready-made from the parent (:func:`write_corpus`): building it
    splits every DUC article and probes sentence pairs with the library, which
    would leave the library's memoised segmentation decisions warm for exactly
    the text to be measured.
    """
    global _PHASE_FILE
    spec = json.loads(spec_json)
    _PHASE_FILE = spec.get("phase")
    with open(spec["corpus"], "rb") as file:
        corpus, source_sentences = pickle.load(file)
    record = measure(spec["system"], corpus)
    record["source_sentences"] = source_sentences
    record["lines"] = corpus.lines
    with open(spec["out"], "w") as out:
        json.dump(record, out)
    return 0


def write_corpus(
    source: _corpus.Source, size: int, seed: int, path: Path
) -> tuple[Path, _corpus.Corpus]:
    """Build the input of ``size`` sentences and save it where :func:`_child` reads it."""
    corpus = _corpus.build_corpus(source, size, seed=seed)
    with open(path, "wb") as file:
        pickle.dump((corpus, len(source)), file, protocol=pickle.HIGHEST_PROTOCOL)
    return path, corpus


def run_isolated(
    system: str,
    size: int,
    *,
    timeout: float,
    data: Sequence[Path] | Path | None,
    seed: int,
    sample_every: float = 0.2,
    corpus_file: Path | None = None,
) -> dict[str, Any]:
    """Measure ``system`` at ``size`` in a fresh Python process, killed after ``timeout`` s.

    The input is read from ``corpus_file`` (see :func:`write_corpus`), or built
    here from the source sentences of ``data`` when it is None (the package's
    sample articles when ``data`` is None too).

    While the timed call runs, the memory of the process and of any worker
    processes it starts (proportional set size, so pages shared after a fork
    count once) is sampled every ``sample_every`` seconds: ``tree_peak_bytes``.
    """
    with tempfile.TemporaryDirectory(prefix="summarize-speed-") as folder:
        out = Path(folder) / "record.json"
        phase = Path(folder) / "phase"
        if corpus_file is None:
            source = _corpus.fallback_source() if data is None else _corpus.load_source(data)
            corpus_file, _ = write_corpus(source, size, seed, Path(folder) / "corpus.pickle")
        spec = {
            "system": system,
            "size": size,
            "corpus": str(corpus_file),
            "out": str(out),
            "phase": str(phase),
        }
        command = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
        started = time.perf_counter()
        tree_peak = tree_processes = 0
        with (
            open(Path(folder) / "stdout", "w+") as stdout_file,
            open(Path(folder) / "stderr", "w+") as stderr_file,
        ):
            process = subprocess.Popen(
                command, stdout=stdout_file, stderr=stderr_file, text=True, start_new_session=True
            )
            timed_out = False
            while process.poll() is None:
                if time.perf_counter() - started > timeout:
                    timed_out = True
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                    break
                try:
                    in_call = phase.read_text() == "call"
                except OSError:
                    in_call = False
                if in_call:
                    total, count = tree_memory(process.pid)
                    tree_peak = max(tree_peak, total)
                    tree_processes = max(tree_processes, count)
                time.sleep(sample_every)
            stdout_file.seek(0)
            stderr_file.seek(0)
            stdout, stderr = stdout_file.read(), stderr_file.read()
        if timed_out:
            return {
                "system": system,
                "sentences": size,
                "status": "timeout",
                "seconds": None,
                "timeout_seconds": timeout,
                "process_seconds": time.perf_counter() - started,
            }
        if process.returncode != 0 or not out.exists():
            return {
                "system": system,
                "sentences": size,
                "status": "error",
                "seconds": None,
                "returncode": process.returncode,
                "error": (stderr or stdout)[-2000:],
            }
        record: dict[str, Any] = json.loads(out.read_text())
        record["process_seconds"] = time.perf_counter() - started
        record["tree_peak_bytes"] = tree_peak or None
        record["tree_processes"] = tree_processes or None
        record["tree_sample_seconds"] = sample_every
        # The call's peak: the process's own exact peak, or the sampled total of the
        # process and its workers when that is larger.
        record["peak_bytes"] = max(record.get("peak_rss_bytes") or 0, tree_peak) or None
        if stderr.strip():
            record["stderr"] = stderr[-2000:]
        return record


def _median(values: Sequence[float | int | None]) -> float | None:
    known = sorted(float(v) for v in values if v is not None)
    if not known:
        return None
    middle = len(known) // 2
    return known[middle] if len(known) % 2 else (known[middle - 1] + known[middle]) / 2


_MEDIAN_KEYS = (
    "seconds",
    "cpu_seconds",
    "peak_bytes",
    "peak_rss_bytes",
    "tree_peak_bytes",
    "load_average_before",
)


def _combine(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One record from repeated runs: the median of each measure, each stage's too.

    The other fields are those of the run whose time is the median (the lower
    middle one for an even count). Every run's values are kept as ``runs_<key>``.
    """
    ok = [r for r in runs if r["status"] == "ok"]
    if not ok:
        return dict(runs[0])
    by_time = sorted(ok, key=lambda r: r["seconds"])
    combined = dict(by_time[(len(by_time) - 1) // 2])
    combined["runs"] = len(ok)
    if len(runs) > 1:
        for key in _MEDIAN_KEYS:
            combined[f"runs_{key}"] = [r.get(key) for r in runs]
            if key in combined or any(r.get(key) is not None for r in ok):
                combined[key] = _median([r.get(key) for r in ok])
        for key in ("peak_bytes", "peak_rss_bytes", "tree_peak_bytes"):
            if combined.get(key) is not None:
                combined[key] = int(combined[key])
        stages = [r.get("stages") or {} for r in ok]
        names = {name for stage in stages for name in stage}
        if names:
            combined["stages"] = {
                name: {
                    field: _median([stage.get(name, {}).get(field) for stage in stages])
                    for field in ("seconds", "cpu_seconds", "peak_rss_bytes")
                }
                for name in names
            }
    return combined


# --------------------------------------------------------------------------- analysis


def peak_memory(record: dict[str, Any] | None) -> int | None:
    """A measurement's peak memory: of the process and its workers when sampled, else its own."""
    if record is None or record.get("status") != "ok":
        return None
    return record.get("peak_bytes") or record.get("peak_rss_bytes")


def _by_size(results: Sequence[dict[str, Any]], system: str) -> dict[int, dict[str, Any]]:
    return {r["sentences"]: r for r in results if r["system"] == system}


CLOCKS = {"wall": "seconds", "cpu": "cpu_seconds"}


def _seconds(record: dict[str, Any] | None, clock: str = "wall") -> float | None:
    if record is None or record.get("status") != "ok" or record.get(CLOCKS[clock]) is None:
        return None
    return float(record[CLOCKS[clock]])


def _timeout_bound(record: dict[str, Any], clock: str) -> float | None:
    """A lower bound of a killed peer's time: the timeout (wall clock only)."""
    if clock == "wall" and record["status"] in ("timeout", "skipped"):
        return record.get("timeout_seconds")
    return None


def ratios(results: Sequence[dict[str, Any]], clock: str = "wall") -> list[dict[str, Any]]:
    """Per size: this library's time over sumy's, lexrank's and the floor's."""
    own = _by_size(results, "summarize")
    rows = []
    for size in sorted({r["sentences"] for r in results}):
        row: dict[str, Any] = {"sentences": size}
        mine = _seconds(own.get(size), clock)
        for other in ("sumy", "lexrank", "floor"):
            theirs = _by_size(results, other).get(size)
            value = None
            bound = False
            if mine is not None and theirs is not None:
                if _seconds(theirs, clock):
                    value = mine / float(_seconds(theirs, clock))  # type: ignore[arg-type]
                elif _timeout_bound(theirs, clock):
                    value, bound = mine / float(_timeout_bound(theirs, clock)), True  # type: ignore[arg-type]
            row[f"summarize/{other}"] = value
            row[f"summarize/{other}_is_upper_bound"] = bound
        rows.append(row)
    return rows


def linearity(
    results: Sequence[dict[str, Any]], clock: str = "wall", *, measure: str = "time"
) -> list[dict[str, Any]]:
    """Growth of this library's time (or peak memory) between consecutive sizes.

    ``measure`` is ``"time"`` (on ``clock``) or ``"memory"`` (peak memory).
    """

    def value(record: dict[str, Any]) -> float | None:
        if measure == "memory":
            peak = peak_memory(record)
            return None if peak is None else float(peak)
        return _seconds(record, clock)

    own = sorted(
        ((size, value(r)) for size, r in _by_size(results, "summarize").items()),
        key=lambda pair: pair[0],
    )
    timed = [(size, v) for size, v in own if v is not None]
    rows = []
    for (small, v_small), (large, v_large) in zip(timed, timed[1:], strict=False):
        size_ratio = large / small
        ratio = v_large / v_small
        rows.append(
            {
                "from": small,
                "to": large,
                "measure": measure,
                "size_ratio": size_ratio,
                "time_ratio": ratio,
                "allowed_time_ratio": LINEAR_SLACK * size_ratio,
                "exponent": math.log(ratio) / math.log(size_ratio),
                "pass": ratio <= LINEAR_SLACK * size_ratio,
            }
        )
    return rows


def targets(results: Sequence[dict[str, Any]], clock: str = "wall") -> list[dict[str, Any]]:
    """Each target with PASS, FAIL or NOT RUN and the numbers behind it.

    ``clock`` is ``"wall"`` (the targets as stated) or ``"cpu"`` (the process's
    CPU time: what the wall time would be on an idle machine, for single-threaded
    code; a timed-out peer then gives no bound).
    """
    own = _by_size(results, "summarize")
    floor = _by_size(results, "floor")
    sumy = _by_size(results, "sumy")
    checks: list[dict[str, Any]] = []

    # 1. 100x faster than sumy's LexRank at 2,000 sentences.
    name = f"{SUMY_SPEEDUP:.0f}x faster than sumy LexRank at {SUMY_SIZE:,} sentences"
    mine, theirs = _seconds(own.get(SUMY_SIZE), clock), sumy.get(SUMY_SIZE)
    if (
        theirs is not None
        and _seconds(theirs, clock) is None
        and _timeout_bound(theirs, clock) is None
    ):
        theirs = None
    if mine is None or theirs is None:
        checks.append(
            {"target": name, "result": "NOT RUN", "detail": "needs summarize and sumy at 2000"}
        )
    else:
        lower = theirs["status"] != "ok"
        sumy_seconds = float(_seconds(theirs, clock) or _timeout_bound(theirs, clock))  # type: ignore[arg-type]
        speedup = sumy_seconds / mine
        detail = (
            f"sumy {'>' if lower else ''}{sumy_seconds:.2f} s / summarize {mine:.3f} s = "
            f"{'>' if lower else ''}{speedup:.0f}x"
        )
        result = "PASS" if speedup >= SUMY_SPEEDUP else ("NOT RUN" if lower else "FAIL")
        checks.append(
            {
                "target": name,
                "result": result,
                "detail": detail,
                "speedup": speedup,
                "speedup_is_lower_bound": lower,
            }
        )

    # 2. 1M sentences in 25 s and 2 GB.
    name = f"{BIG_SIZE:,} sentences in <= {BIG_SECONDS:.0f} s and <= {BIG_RSS / 1e9:.1f} GB peak"
    big = own.get(BIG_SIZE)
    if big is None:
        checks.append({"target": name, "result": "NOT RUN", "detail": "size not measured"})
    elif big["status"] != "ok":
        checks.append({"target": name, "result": "FAIL", "detail": f"status {big['status']}"})
    else:
        rss = peak_memory(big) or 0
        seconds = _seconds(big, clock) or math.inf
        ok = seconds <= BIG_SECONDS and rss <= BIG_RSS
        checks.append(
            {
                "target": name,
                "result": "PASS" if ok else "FAIL",
                "detail": f"{seconds:.1f} s, {rss / 1e9:.2f} GB",
            }
        )

    # 3. At most 1x the floor at every size.
    name = f"whole call <= {FLOOR_FACTOR:.1f}x the TfidfVectorizer floor at every size"
    pairs = [(s, _seconds(own.get(s), clock), _seconds(floor.get(s), clock)) for s in sorted(own)]
    both = [(s, a, b) for s, a, b in pairs if a is not None and b is not None]
    if not both:
        checks.append({"target": name, "result": "NOT RUN", "detail": "needs summarize and floor"})
    else:
        worst = [f"{s:,}: {a / b:.2f}x" for s, a, b in both]
        ok = all(a <= FLOOR_FACTOR * b for _, a, b in both)
        checks.append(
            {"target": name, "result": "PASS" if ok else "FAIL", "detail": ", ".join(worst)}
        )

    # 4. Linear time and memory.
    for measure in ("time", "memory"):
        name = (
            f"{measure} linear: consecutive sizes, {measure} ratio <= {LINEAR_SLACK:g}x size ratio"
        )
        rows = linearity(results, clock, measure=measure)
        if not rows:
            checks.append({"target": name, "result": "NOT RUN", "detail": "needs two sizes"})
        else:
            detail = ", ".join(f"{r['from']:,}->{r['to']:,}: {r['time_ratio']:.2f}x" for r in rows)
            ok = all(r["pass"] for r in rows)
            checks.append({"target": name, "result": "PASS" if ok else "FAIL", "detail": detail})
    # The sumy comparison only when sumy was run.
    return [
        c for c in checks if not (c["target"].startswith(f"{SUMY_SPEEDUP:.0f}x") and sumy == {})
    ]


# --------------------------------------------------------------------------- output


def _fmt_seconds(record: dict[str, Any] | None) -> str:
    if record is None:
        return "-"
    if record["status"] == "ok":
        return f"{record['seconds']:.3f}"
    if record["status"] == "timeout":
        return f">{record['timeout_seconds']:.0f} (timeout)"
    if record["status"] == "skipped":
        return "skipped"
    return str(record["status"])


def _fmt_rss(record: dict[str, Any] | None) -> str:
    peak = peak_memory(record)
    return "-" if peak is None else f"{peak / 2**20:,.0f}"


def _fmt_ratio(value: float | None, bound: bool) -> str:
    if value is None:
        return "-"
    return f"{'<' if bound else ''}{value:.4g}"


def format_table(results: Sequence[dict[str, Any]], systems: Sequence[str]) -> str:
    """The results as a fixed-width text table, one row per size."""
    header = ["sentences", "seen"]
    for system in systems:
        header += [f"{system} s", f"{system} MiB"]
        if system == "summarize":
            header.append("summarize cpu s")
    shown_ratios = [
        o for o in ("sumy", "lexrank", "floor") if o in systems and "summarize" in systems
    ]
    header += [f"sum/{o}" for o in shown_ratios]
    by_system = {system: _by_size(results, system) for system in systems}
    ratio_rows = {row["sentences"]: row for row in ratios(results)}
    rows = [header]
    for size in sorted({r["sentences"] for r in results}):
        seen = next(
            (
                r.get("sentences_seen")
                for r in results
                if r["sentences"] == size and r.get("sentences_seen")
            ),
            None,
        )
        row = [f"{size:,}", f"{seen:,}" if seen else "-"]
        for system in systems:
            record = by_system[system].get(size)
            row += [_fmt_seconds(record), _fmt_rss(record)]
            if system == "summarize":
                cpu = None if record is None else record.get("cpu_seconds")
                row.append("-" if cpu is None else f"{cpu:.3f}")
        for other in shown_ratios:
            ratio = ratio_rows[size]
            row.append(
                _fmt_ratio(ratio[f"summarize/{other}"], ratio[f"summarize/{other}_is_upper_bound"])
            )
        rows.append(row)
    return _render_table(rows)


def _render_table(rows: Sequence[Sequence[str]]) -> str:
    """Right-aligned columns, the first row a header underlined with dashes."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def format_stages(results: Sequence[dict[str, Any]], clock: str = "wall") -> str:
    """This library's time and peak RSS by stage, one row per size."""
    key = CLOCKS[clock]
    own = [
        r
        for r in results
        if r["system"] == "summarize" and r.get("status") == "ok" and r.get("stages")
    ]
    if not own:
        return "(no stage timings: the 'summarize' logger logged none)"
    names = [s for s in STAGES if any(s in r["stages"] for r in own)]
    names += sorted({s for r in own for s in r["stages"]} - set(names) - {"other"}) + ["other"]
    header = ["sentences", "total s"] + [f"{n} s (%)" for n in names] + [f"{n} MiB" for n in names]
    rows = [header]
    for r in sorted(own, key=lambda r: r["sentences"]):
        total = r[key]
        row = [f"{r['sentences']:,}", f"{total:.3f}"]
        for n in names:
            stage = r["stages"].get(n)
            row.append(
                "-"
                if stage is None or stage.get(key) is None
                else f"{stage[key]:.3f} ({100 * stage[key] / total:.0f}%)"
            )
        for n in names:
            stage = r["stages"].get(n)
            peak = None if stage is None else stage.get("peak_rss_bytes")
            row.append("-" if peak is None else f"{peak / 2**20:,.0f}")
        rows.append(row)
    return _render_table(rows)


def format_linearity(
    results: Sequence[dict[str, Any]], clock: str = "wall", *, measure: str = "time"
) -> str:
    rows = linearity(results, clock, measure=measure)
    if not rows:
        return "(needs this library at two sizes at least)"
    lines = []
    for r in rows:
        lines.append(
            f"{r['from']:>9,} -> {r['to']:>9,}: size x{r['size_ratio']:<4.3g}"
            f" {measure} x{r['time_ratio']:<7.3g}"
            f" (allowed x{r['allowed_time_ratio']:.3g}, exponent {r['exponent']:.2f})"
            f"  {'PASS' if r['pass'] else 'FAIL'}"
        )
    return "\n".join(lines)


def format_cpu_ratios(results: Sequence[dict[str, Any]]) -> str:
    rows = ratios(results, "cpu")
    lines = []
    for row in rows:
        parts = [
            f"sum/{other} {row[f'summarize/{other}']:.4g}"
            for other in ("sumy", "lexrank", "floor")
            if row[f"summarize/{other}"] is not None
        ]
        if parts:
            lines.append(f"{row['sentences']:>9,}: " + ", ".join(parts))
    return "\n".join(lines) or "(none)"


def format_heaps(vocabulary: dict[str, Any]) -> str:
    """Tokens, vocabulary and fitted Heaps exponent of each size's input."""
    rows = [["sentences", "tokens", "vocabulary", "beta (fit)", "beta (2nd half)"]]
    for size, h in sorted(vocabulary.items(), key=lambda item: int(item[0])):
        rows.append(
            [
                f"{int(size):,}",
                f"{h['tokens']:,}",
                f"{h['vocabulary']:,}",
                "-" if h.get("beta") is None else f"{h['beta']:.3f}",
                "-" if h.get("beta_second_half") is None else f"{h['beta_second_half']:.3f}",
            ]
        )
    return _render_table(rows)


def report(
    results: Sequence[dict[str, Any]],
    systems: Sequence[str],
    vocabulary: dict[str, Any] | None = None,
) -> str:
    """Everything the benchmark prints after its runs: tables, ratios and targets."""
    loads = [
        float(r["load_average_before"])
        for r in results
        if r.get("load_average_before") is not None
    ]
    out = [format_table(results, systems)]
    if vocabulary:
        out.append("\nvocabulary growth of the inputs (Heaps' law V = K N^beta, sklearn tokens):")
        out.append(format_heaps(vocabulary))
    if loads and max(loads) > 1.5:
        out.append(
            f"\nnote: the 1-minute load average reached {max(loads):.1f} during the runs: other "
            "work competed for the CPUs, so wall times are inflated. CPU time (workers included) "
            "is what the call would take on one idle core."
        )
    out.append("\nratios on CPU time:\n" + format_cpu_ratios(results))
    if "summarize" in systems:
        for clock in CLOCKS:
            out.append(
                f"\nsummarize by stage, {clock} time "
                "(share of the call; peak RSS during the stage):"
            )
            out.append(format_stages(results, clock))
        for clock in CLOCKS:
            out.append(f"\ntime stays linear ({clock} time, consecutive sizes):")
            out.append(format_linearity(results, clock))
        out.append("\npeak memory stays linear (consecutive sizes):")
        out.append(format_linearity(results, measure="memory"))
    for clock in ("cpu", "wall"):
        out.append(
            f"\ntargets ({clock} time{', the verdicts that count' if clock == 'cpu' else ''}):"
        )
        out += [
            f"  {c['result']:<7} {c['target']}: {c['detail']}" for c in targets(results, clock)
        ]
    return "\n".join(out)


def plot(results: Sequence[dict[str, Any]], path: Path) -> None:
    """Log-log plot of time and peak RSS against size, one line per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = {
        "summarize": "summarize",
        "floor": "TfidfVectorizer floor",
        "sumy": "sumy LexRank",
        "lexrank": "lexrank package",
    }
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5))
    for system in SYSTEMS:
        records = sorted(
            (r for r in results if r["system"] == system and r["status"] == "ok"),
            key=lambda r: r["sentences"],
        )
        if not records:
            continue
        sizes = [r["sentences"] for r in records]
        left.plot(sizes, [r["seconds"] for r in records], marker="o", label=labels[system])
        peaks = [
            (r["sentences"], (peak_memory(r) or 0) / 2**20) for r in records if peak_memory(r)
        ]
        if peaks:
            right.plot(*zip(*peaks, strict=True), marker="o", label=labels[system])
        timed_out = [
            r["sentences"] for r in results if r["system"] == system and r["status"] == "timeout"
        ]
        if timed_out:
            left.scatter(
                timed_out,
                [
                    r["timeout_seconds"]
                    for r in results
                    if r["system"] == system and r["status"] == "timeout"
                ],
                marker="x",
                color=left.lines[-1].get_color(),
            )
    sizes = sorted({r["sentences"] for r in results})
    if sizes:
        base = next(
            (
                r
                for r in sorted(results, key=lambda r: r["sentences"])
                if r["system"] == "summarize" and r["status"] == "ok"
            ),
            None,
        )
        if base is not None:
            left.plot(
                sizes,
                [base["seconds"] * s / base["sentences"] for s in sizes],
                ls=":",
                color="grey",
                label="linear from summarize's smallest",
            )
    floor = sorted(
        (r for r in results if r["system"] == "floor" and r["status"] == "ok"),
        key=lambda r: r["sentences"],
    )
    if floor:
        left.plot(
            [r["sentences"] for r in floor],
            [FLOOR_FACTOR * r["seconds"] for r in floor],
            ls="--",
            lw=0.8,
            color="C1",
            label=f"target: {FLOOR_FACTOR:g}x the floor",
        )
    left.axhline(
        BIG_SECONDS, ls="--", lw=0.8, color="red", label=f"target at 1M: {BIG_SECONDS:.0f} s"
    )
    right.axhline(
        BIG_RSS / 2**20,
        ls="--",
        lw=0.8,
        color="red",
        label=f"target at 1M: {BIG_RSS / 1e9:g} GB",
    )
    right.legend(fontsize=8)
    for axis, title, unit in (
        (left, "Wall time", "seconds"),
        (right, "Peak resident memory", "MiB"),
    ):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("sentences")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    figure.suptitle(
        "summarize: time and memory against input size (x = killed at the timeout)", fontsize=10
    )
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    plt.close(figure)


def _git_commit() -> str | None:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def _library_modified() -> bool | None:
    """Whether the measured library has changes not committed (``git status summarize/``)."""
    try:
        out = subprocess.run(
            ["git", "status", "--porcelain", "--", "summarize"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return bool(out.strip())


def _versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    names = ("summarize", "numpy", "scipy", "scikit-learn", "nltk", "PyStemmer", "sumy", "lexrank")
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def _document(
    results: list[dict[str, Any]],
    args: argparse.Namespace,
    source: _corpus.Source,
    vocabulary: dict[str, Any],
) -> dict[str, Any]:
    return {
        "meta": {
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "git_commit": _git_commit(),
            "library_modified": _library_modified(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_at_start": getattr(args, "load_at_start", None),
            "versions": _versions(),
        },
        "settings": {
            "sizes": args.sizes,
            "systems": args.systems,
            "timeout_seconds": args.timeout,
            "own_timeout_seconds": args.own_timeout,
            "repeat": args.repeat,
            "repeat_under_seconds": args.repeat_under,
            "max_words": MAX_WORDS,
            "peer_summary_sentences": PEER_SENTENCES,
            "time": (
                "wall clock around the one call, input built before; median of --repeat runs, "
                "the systems taking turns (summarize, floor, summarize, floor, ...)"
            ),
            "peak_memory": (
                "during the call, input included: max of the process's VmHWM (reset once the "
                "input is built) and the sampled total PSS of the process and its workers; "
                "median of --repeat runs"
            ),
            "cpu_time": "user+system of the process and its joined worker processes",
        },
        "corpus": _corpus.recipe(args.data, source=source),
        "vocabulary": vocabulary,
        "results": results,
        "ratios": {clock: ratios(results, clock) for clock in CLOCKS},
        "linearity": {clock: linearity(results, clock) for clock in CLOCKS},
        "memory_linearity": linearity(results, measure="memory"),
        "targets": {clock: targets(results, clock) for clock in CLOCKS},
    }


# --------------------------------------------------------------------------- main


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"sizes must be integers separated by commas: {error}"
        ) from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be >= 1")
    return sizes


def _systems(text: str) -> list[str]:
    systems = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown or not systems:
        raise argparse.ArgumentTypeError(
            f"unknown system(s) {unknown}; valid: {', '.join(SYSTEMS)}"
        )
    return [s for s in SYSTEMS if s in systems]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=None,
        help="comma-separated sentence counts (default 2000,20000,200000,1000000)",
    )
    parser.add_argument(
        "--systems",
        type=_systems,
        default=None,
        help=f"comma-separated, from {','.join(SYSTEMS)} "
        f"(default {','.join(DEFAULT_SYSTEMS)}; with --linearity summarize)",
    )
    parser.add_argument(
        "--linearity",
        action="store_true",
        help="the 'time stays linear' mode: this library alone at sizes ten times apart",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds before a peer (sumy, lexrank) is killed; it then skips larger sizes",
    )
    parser.add_argument(
        "--own-timeout",
        type=float,
        default=1800.0,
        help="the same for summarize and the floor (default 1800)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs per measurement, the systems taking turns, each in a fresh process; "
        "the median is kept (default 3)",
    )
    parser.add_argument(
        "--repeat-under",
        type=float,
        default=300.0,
        help="stop repeating a size once one round of the systems took longer than this "
        "many seconds (default 300)",
    )
    parser.add_argument("--seed", type=int, default=_corpus.SEED, help=argparse.SUPPRESS)
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=list(_corpus.DEFAULT_DATA),
        help="the DUC JSONL files whose sentences the chain is drawn from "
        "(default ../shared/data/duc2003.jsonl and duc2002.jsonl)",
    )
    parser.add_argument(
        "--fallback",
        action="store_true",
        help="draw from the package's sample articles (the default when --data is missing)",
    )
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help="where to write the results"
    )
    parser.add_argument("--plot", type=Path, default=DEFAULT_PLOT, help="where to draw the plot")
    parser.add_argument(
        "--no-plot", dest="plot", action="store_const", const=None, help="draw no plot"
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="JSON",
        help="print the tables and targets of an earlier run's JSON, run nothing",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sizes is None:
        args.sizes = list(LINEARITY_SIZES if args.linearity else DEFAULT_SIZES)
    if args.systems is None:
        args.systems = ["summarize"] if args.linearity else list(DEFAULT_SYSTEMS)
    if args.repeat < 1:
        parser.error("--repeat must be >= 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return _child(args.child)
    if args.report:
        document = json.loads(args.report.read_text())
        print(
            report(
                document["results"], document["settings"]["systems"], document.get("vocabulary")
            )
        )
        if args.plot and args.plot != DEFAULT_PLOT:
            plot(document["results"], args.plot)
        return 0
    args.load_at_start = _load_average()
    if not args.fallback and not all(Path(path).exists() for path in args.data):
        print(
            f"note: {', '.join(map(str, args.data))} not all found: the inputs are drawn from "
            "the package's sample articles instead (a small vocabulary to start from)",
            file=sys.stderr,
        )
        args.fallback = True
    source = _corpus.fallback_source() if args.fallback else _corpus.load_source(args.data)
    print(
        f"source: {len(source):,} distinct sentences from {', '.join(source.origin)}; "
        f"sizes {args.sizes}; systems {args.systems}; {args.repeat} rounds",
        flush=True,
    )
    results: list[dict[str, Any]] = []
    vocabulary: dict[str, Any] = {}
    given_up: dict[str, int] = {}
    # The inputs are built here, once a size, not in the measuring processes (see _child).
    scratch = tempfile.TemporaryDirectory(prefix="summarize-speed-input-")

    def save() -> None:
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            document = _document(results, args, source, vocabulary)
            args.json.write_text(json.dumps(document, indent=2) + "\n")

    for size in args.sizes:
        started = time.perf_counter()
        corpus_file, corpus = write_corpus(
            source, size, args.seed, Path(scratch.name) / f"corpus-{size}.pickle"
        )
        growth = _corpus.heaps(corpus.sentences)
        growth.update(dropped=corpus.dropped, relaid=corpus.relaid, articles=len(corpus.articles))
        vocabulary[str(size)] = growth
        del corpus
        print(
            f"input {size:,}: {growth['tokens']:,} tokens, vocabulary {growth['vocabulary']:,}, "
            f"Heaps beta {growth['beta']:.3f} (built in {time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        runs: dict[str, list[dict[str, Any]]] = {system: [] for system in args.systems}
        for round_number in range(args.repeat):
            round_started = time.perf_counter()
            for system in args.systems:
                if system in given_up:
                    continue
                timeout = args.timeout if system in PEERS else args.own_timeout
                run = run_isolated(
                    system,
                    size,
                    timeout=timeout,
                    data=args.data,
                    seed=args.seed,
                    corpus_file=corpus_file,
                )
                runs[system].append(run)
                line = f"{system:>9} {size:>9,} #{round_number + 1}: {_fmt_seconds(run)} s"
                if run["status"] == "ok":
                    line += (
                        f", {_fmt_rss(run)} MiB (cpu {run['cpu_seconds']:.3f} s, "
                        f"load {run.get('load_average_before')})"
                    )
                elif run["status"] == "error":
                    line += "\n" + run.get("error", "")
                print(line, flush=True)
                if run["status"] == "timeout":
                    given_up[system] = size
            if time.perf_counter() - round_started > args.repeat_under:
                break
        for system in args.systems:
            if runs[system]:
                results.append(_combine(runs[system]))
            elif system in given_up:
                results.append(
                    {
                        "system": system,
                        "sentences": size,
                        "status": "skipped",
                        "seconds": None,
                        "timeout_seconds": args.timeout if system in PEERS else args.own_timeout,
                        "reason": f"timed out at {given_up[system]:,} sentences",
                    }
                )
        corpus_file.unlink()  # one input on disk at a time
        save()
    scratch.cleanup()
    print()
    print(report(results, args.systems, vocabulary))
    save()
    if args.json:
        print(f"\nwrote {args.json}")
    if args.plot:
        plot(results, args.plot)
        print(f"wrote {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
