"""The ``summarize`` command: summarise articles from files, folders, globs or stdin.

Run ``summarize --help`` (or ``python -m summarize --help``) for the options.
Exit status: 0 on success; 1 when some topics of a ``--jsonl`` batch failed
(the others were written, the failures reported on stderr by topic id); 2 for
an error that stops the run (a bad option, a missing or unreadable file,
nothing to summarise), reported as one ``summarize: error: ...`` line.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import io
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import IO, Any, NoReturn

from .documents import Document
from .io.html import HTML_SUFFIXES, read_html
from .io.files import TEXT_SUFFIXES, read_article, sample_articles
from .outputs.html import render_html, render_html_batch
from .results import Summary
from .pipeline import SETTINGS, Summarizer
from .exceptions import InvalidParameterError, SummarizeError

__all__ = ["main"]

PROG = "summarize"
FORMATS = ("text", "markdown", "json", "html")
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
ARTICLE_SEPARATOR = "---"

# Every setting of Summarizer is an option, declared once in summarize.pipeline.SETTINGS:
# its flag, metavar and one-line help come from there.


def _flag(setting: dataclasses.Field[Any]) -> str:
    return setting.metadata.get("flag") or "--" + setting.name.replace("_", "-")


_DEFAULTS = {"n_jobs": "automatic", "max_sentences": "none", "max_words": "none",
             "max_chars": "none"}


def _option_type(setting: dataclasses.Field[Any]) -> Callable[[str], Any]:
    """Numbers for the settings that are numbers; names stay strings."""
    return int if setting.metadata.get("metavar") == "N" else str


_EPILOG = f"""\
input:
  Files are read as text, except .html/.htm pages, whose readable text is
  extracted first (scripts, navigation, headers and footers dropped); offsets
  then index the extracted text, and the output says so. A folder stands for
  every {", ".join(FOLDER_SUFFIXES)} file in it (not its subfolders); globs
  such as 'news/*.txt' are expanded here, so quote them on any shell. '-'
  reads standard input: articles separated by a line '{ARTICLE_SEPARATOR}'.
  Article ids are file names without suffix (the path when two clash).

  --jsonl FILE summarises many topics: one JSON object a line,
  {{"id": ..., "documents": [{{"id": ..., "title": ..., "text": ...}}, ...]}},
  and writes one result per topic (for json, one line
  {{"id": ..., "summary": {{...}}}}).

output:
  text      each sentence, then [article-id start:end], its character span
  markdown  sentences cited [1], [2], ... then the list of sources
  json      the summary's to_dict(): sentences with provenance, documents,
            settings, and "notes" (e.g. which articles were extracted from HTML)
  html      one self-contained page: the summary linked to every article in
            full, chosen sentences highlighted

exit status:
  0 success; 1 some topics of a --jsonl batch failed (the others were
  written; each failure is reported on stderr with its topic id); 2 an error
  stopped the run (bad option, missing or unreadable file, nothing to summarise).

examples:
  {PROG} news/ --words 80
  {PROG} 'news/*.html' --format html -o report.html
  {PROG} --jsonl topics.jsonl --format json -o summaries.jsonl
  cat a.txt b.txt | {PROG} - --sentences 3 --format markdown
"""


class UsageError(Exception):
    """An error that stops the run: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the command's argument parser.

    Returns
    -------
    argparse.ArgumentParser

    Examples
    --------
    >>> args = build_parser().parse_args(["news/", "--words", "50", "--format", "json"])
    >>> args.inputs, args.max_words, args.format
    (['news/'], 50, 'json')
    """
    parser = _Parser(
        prog=PROG,
        description=(
            "Extractive multi-document summarisation: summarise many articles on one topic\n"
            "in a few sentences taken verbatim from them, each cited with its article and\n"
            "character span."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
        allow_abbrev=False,  # an option is spelled in full: --length is not --length-penalty
    )
    parser.add_argument("-h", "--help", action="help", help="Show this help and exit")
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="Article files, folders, glob patterns, or - for standard input",
    )
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help="Summarise many topics: one JSON topic a line (- for standard input)",
    )
    parser.add_argument(
        "--samples",
        action="store_true",
        help="Summarise the four built-in sample articles (to try the command)",
    )
    parser.add_argument(
        "--query",
        metavar="TEXT",
        help="A question or topic to steer the summary toward (query-focused summary)",
    )
    settings = parser.add_argument_group("settings (those of summarize.Summarizer)")
    for setting in SETTINGS:
        default = setting.default
        shown = getattr(default, "name", default)
        settings.add_argument(
            _flag(setting),
            dest=setting.name,
            type=_option_type(setting),
            default=None,  # unset: the library's default applies
            metavar=setting.metadata["metavar"],
            help=f"{setting.metadata['help']} (default: {_DEFAULTS.get(setting.name, shown)})",
        )
    output = parser.add_argument_group("output")
    output.add_argument(
        "-f",
        "--format",
        default="text",
        choices=FORMATS,
        help="Output format (default: text); see below",
    )
    output.add_argument(
        "-o", "--output", metavar="FILE", help="Write to FILE instead of standard output"
    )
    output.add_argument(
        "--include-text",
        action="store_true",
        help="With json: include each article's full text, to check offsets from the output",
    )
    output.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="No progress bar and no warnings on stderr (errors are still reported)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {_version()}",
        help="Show the version and exit",
    )
    return parser


def _version() -> str:
    from . import __version__

    return __version__


# -- input --------------------------------------------------------------------------------


def _is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def _read_file(path: Path, encoding: str) -> Document:
    return (
        read_html(path, encoding=encoding)
        if _is_html(path)
        else read_article(path, encoding=encoding)
    )


def _folder_files(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise UsageError(f"cannot read the folder {str(folder)!r}: {error.strerror}") from None
    files = [p for p in entries if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES]
    if not files:
        raise UsageError(f"the folder {str(folder)!r} holds no {', '.join(FOLDER_SUFFIXES)} file")
    return files


def _expand(inputs: Sequence[str]) -> list[Path | None]:
    """Resolve inputs to files; ``None`` stands for standard input."""
    paths: list[Path | None] = []
    for item in inputs:
        if item == "-":
            paths.append(None)
            continue
        path = Path(item)
        if path.is_dir():
            paths.extend(_folder_files(path))
        elif path.exists():
            paths.append(path)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise UsageError(f"no file matches {item!r}")
            for match in matches:
                found = Path(match)
                paths.extend(_folder_files(found) if found.is_dir() else [found])
        else:
            raise UsageError(f"no such file or folder: {item!r}")
    return paths


def _read_stdin(encoding: str) -> list[Document]:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UsageError(
            f"standard input is not valid {encoding} (byte {error.start}: {error.reason}); "
            "pass the right --encoding"
        ) from None
    articles: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if line.strip() == ARTICLE_SEPARATOR:
            articles.append([])
        else:
            articles[-1].append(line)
    texts = ["".join(lines) for lines in articles]
    return [
        Document(id=f"stdin-{n}", text=t, metadata={"path": "-"})
        for n, t in enumerate((t for t in texts if t.strip()), 1)
    ]


def _unique_ids(documents: list[Document], paths: list[Path | None]) -> list[Document]:
    """Use the path as id for files whose names clash (``a/x.txt`` and ``b/x.txt``)."""
    counts: dict[str, int] = {}
    for document in documents:
        counts[document.id] = counts.get(document.id, 0) + 1
    result = []
    for document, path in zip(documents, paths, strict=True):
        if counts[document.id] > 1 and path is not None:
            document = dataclasses.replace(document, id=path.as_posix())
        result.append(document)
    return result


def read_inputs(inputs: Sequence[str], *, encoding: str = "utf-8") -> list[Document]:
    """Read the articles named on the command line.

    Parameters
    ----------
    inputs : sequence of str
        Files, folders (every ``.txt``, ``.md``, ``.html``, ``.htm`` file in
        them), glob patterns, or ``"-"`` for standard input (articles
        separated by a line ``---``).
    encoding : str, default="utf-8"
        The files' encoding.

    Returns
    -------
    list of Document
        HTML pages have their readable text extracted and
        ``"extracted_from": "html"`` in their metadata.

    Raises
    ------
    UsageError
        If an input does not exist or a glob matches nothing.
    SummarizeError
        If a file cannot be read or decoded.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Rain fell.", encoding="utf-8")
    >>> _ = (folder / "b.html").write_text("<p>The river rose.</p>", encoding="utf-8")
    >>> [(d.id, d.text) for d in read_inputs([str(folder / "*")])]
    [('a', 'Rain fell.'), ('b', 'The river rose.')]
    """
    documents: list[Document] = []
    paths: list[Path | None] = []
    stdin_read = False
    for path in _expand(inputs):
        if path is None:
            if stdin_read:
                raise UsageError("standard input ('-') can be given only once")
            stdin_read = True
            found = _read_stdin(encoding)
            documents.extend(found)
            paths.extend([None] * len(found))
        else:
            documents.append(_read_file(path, encoding))
            paths.append(path)
    if not documents:
        raise UsageError("the input is empty: there is no article to summarise")
    return _unique_ids(documents, paths)


def _parse_topic(line: str, number: int) -> tuple[str, dict[str, Any]]:
    """Parse one JSONL line into its topic id (``line-N`` without one) and its object."""
    try:
        topic = json.loads(line)
    except json.JSONDecodeError as error:
        raise UsageError(f"line {number} is not valid JSON ({error.msg})") from None
    if not isinstance(topic, dict):
        raise UsageError(f"line {number} is not a JSON object")
    ident = topic.get("id")
    return (f"line-{number}" if ident is None else str(ident)), topic


def _topic_documents(topic: dict[str, Any], number: int) -> list[Any]:
    """The articles of one topic, as mappings the library accepts."""
    documents = topic.get("documents")
    if not isinstance(documents, list):
        raise UsageError(f"line {number} has no 'documents' list")
    articles: list[Any] = []
    for document in documents:
        if isinstance(document, dict):
            # Keys other than the Document fields are kept as metadata.
            fields = {"id", "text", "title", "metadata"}
            extra = {k: v for k, v in document.items() if k not in fields}
            document = {k: v for k, v in document.items() if k in fields}
            if extra and isinstance(document.get("metadata", {}) or {}, dict):
                document["metadata"] = {**(document.get("metadata") or {}), **extra}
        articles.append(document)
    return articles


def _topics(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(stream, 1):
        if line.strip():
            yield number, line


# -- output -------------------------------------------------------------------------------


def _html_notes(summary: Summary) -> list[str]:
    extracted = [d.id for d in summary.documents if d.metadata.get("extracted_from") == "html"]
    if not extracted:
        return []
    return [
        f"text extracted from HTML for {', '.join(extracted)}: offsets index the extracted "
        "text, not the HTML source"
    ]


def format_text(summary: Summary) -> str:
    """Each sentence on a line, followed by ``[article-id start:end]``.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["The river rose fast today."])
    >>> print(format_text(summary))
    The river rose fast today. [0 0:26]
    """
    lines = [f"{s.text} [{s.document_id} {s.start}:{s.end}]" for s in summary.sentences]
    if not lines:
        lines.append("(no sentence fits the budget)")
    lines.extend(f"Note: {note}" for note in _html_notes(summary))
    return "\n".join(lines)


def format_markdown(summary: Summary) -> str:
    """The sentences cited ``[1]``, ``[2]``, ... then the list of their sources.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(["The river rose fast today."])
    >>> print(format_markdown(summary))
    The river rose fast today. [1]
    <BLANKLINE>
    [1]: 0, characters 0–26
    """
    if not summary.sentences:
        text = "*(no sentence fits the budget)*"
    else:
        text = " ".join(f"{s.text} [{n}]" for n, s in enumerate(summary.sentences, 1))
    sources = []
    for n, s in enumerate(summary.sentences, 1):
        source = f"[{n}]: {s.document_id}, characters {s.start}–{s.end}"
        if s.supporting:
            source += (
                f"; reported by {len(s.supporting) + 1} outlets (also {', '.join(s.supporting)})"
            )
        sources.append(source)
    parts = [text]
    if sources:
        parts.append("\n".join(sources))
    parts.extend(f"> **Note:** {note}" for note in _html_notes(summary))
    return "\n\n".join(parts)


def summary_data(summary: Summary, *, include_text: bool = False) -> dict[str, Any]:
    """:meth:`Summary.to_dict` plus ``"notes"``, such as which articles were HTML.

    Examples
    --------
    >>> import summarize
    >>> data = summary_data(summarize.summarize(["Rain fell. The river rose."]))
    >>> sorted(data)
    ['documents', 'notes', 'sentences', 'settings', 'text']
    """
    data = summary.to_dict(include_text=include_text)
    data["notes"] = _html_notes(summary)
    return data


def _format_one(summary: Summary, fmt: str, include_text: bool) -> str:
    if fmt == "json":
        return json.dumps(
            summary_data(summary, include_text=include_text), indent=2, ensure_ascii=False
        )
    if fmt == "markdown":
        return format_markdown(summary)
    if fmt == "html":
        return render_html(summary)
    return format_text(summary)


def _format_topic(ident: str, summary: Summary, fmt: str, include_text: bool, first: bool) -> str:
    if fmt == "json":
        data = {"id": ident, "summary": summary_data(summary, include_text=include_text)}
        return json.dumps(data, ensure_ascii=False)
    if fmt == "markdown":
        return ("" if first else "\n") + f"## {ident}\n\n{format_markdown(summary)}"
    return ("" if first else "\n") + f"== {ident} ==\n{format_text(summary)}"


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int | None, *, enabled: bool, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.total, self.done, self.failed = total, 0, 0
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self.last > 0.1 or self.done == self.total):
            self.last = now
            rate = self.done / max(now - self.started, 1e-9)
            fail = f", {self.failed} failed" if self.failed else ""
            if self.total:
                filled = int(24 * self.done / self.total)
                bar = "#" * filled + "-" * (24 - filled)
                line = f"[{bar}] {self.done}/{self.total} topics{fail}, {rate:.1f}/s"
            else:
                line = f"{self.done} topics{fail}, {rate:.1f}/s"
            self.stream.write(f"\r{line}\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


# -- running ------------------------------------------------------------------------------


def _settings(args: argparse.Namespace) -> Summarizer:
    """The Summarizer of the options given; the library's own error when one is wrong."""
    given = {s.name: getattr(args, s.name) for s in SETTINGS if getattr(args, s.name) is not None}
    try:
        return Summarizer(**given)
    except InvalidParameterError as error:
        raise UsageError(str(error)) from None


@contextmanager
def _warnings_to(warn: Callable[[str], None]) -> Iterator[None]:
    """Report the library's warnings as ``summarize: warning: ...`` lines, even on error."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                warn(str(warning.message))


def _open_output(path: str | None, fmt: str) -> IO[str]:
    if path is None or path == "-":
        stream = sys.stdout
        if fmt in ("json", "html") and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # what the JSON and the page declare
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
        return stream
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror}") from None


def _run_batch(args: argparse.Namespace, summarizer: Summarizer, out: IO[str]) -> int:
    say = _stderr(args.quiet)
    if args.jsonl == "-":
        source: IO[str] = io.TextIOWrapper(sys.stdin.buffer, encoding=summarizer.encoding)
        total = None
    else:
        try:
            source = open(args.jsonl, encoding=summarizer.encoding)
            with open(args.jsonl, "rb") as counting:
                total = sum(1 for line in counting if line.strip())
        except OSError as error:
            raise UsageError(f"cannot read {args.jsonl!r}: {error.strerror}") from None
    progress = _Progress(total, enabled=not args.quiet)

    def warn(message: str) -> None:
        if progress.enabled and not args.quiet:
            sys.stderr.write("\r\x1b[K")  # clear the bar; it is redrawn on the next topic
        say(message)

    failed: list[str] = []
    pages: list[tuple[str, Summary]] = []
    written = 0
    try:
        with source if args.jsonl != "-" else nullcontext(source):  # never close stdin
            lines = _topics(source)
            while True:
                try:
                    number, line = next(lines)
                except StopIteration:
                    break
                except UnicodeDecodeError as error:
                    raise UsageError(
                        f"{args.jsonl!r} is not valid {summarizer.encoding} ({error.reason}); "
                        "pass the right --encoding"
                    ) from None
                ident = f"line-{number}"
                try:
                    ident, topic = _parse_topic(line, number)
                    articles = _topic_documents(topic, number)
                    with _warnings_to(partial(_topic_warning, warn, ident)):
                        summary = summarizer.summarize(articles, query=args.query)
                except Exception as error:  # noqa: BLE001 - one topic must not stop the batch
                    message = str(error)
                    if not isinstance(error, (UsageError, SummarizeError)):
                        message = f"unexpected {type(error).__name__}: {error} (please report it)"
                    _error(f"topic {ident!r}: {message}", end_bar=progress.enabled)
                    failed.append(ident)
                    progress.update(failed=True)
                    continue
                if args.format == "html":
                    pages.append((ident, summary))
                else:
                    out.write(
                        _format_topic(ident, summary, args.format, args.include_text, written == 0)
                    )
                    out.write("\n")
                    out.flush()
                written += 1
                progress.update()
    finally:
        progress.close()
    if args.format == "html" and pages:
        out.write(render_html_batch(pages, title=f"Summaries of {len(pages)} topics"))
    if not written and not failed:
        raise UsageError(f"{args.jsonl!r} holds no topic")
    if failed:
        _error(
            f"{len(failed)} of {len(failed) + written} topics failed: {', '.join(failed)}",
            end_bar=False,
        )
        return 2 if not written else 1
    return 0


def _topic_warning(warn: Callable[[str], None], ident: str, message: str) -> None:
    warn(f"warning: topic {ident!r}: {message}")


def _stderr(quiet: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        if not quiet:
            sys.stderr.write(f"{PROG}: {' '.join(message.split())}\n")

    return say


def _error(message: str, *, end_bar: bool = False) -> None:
    prefix = "\r\x1b[K" if end_bar else ""
    sys.stderr.write(f"{prefix}{PROG}: error: {' '.join(message.split())}\n")


def _run(args: argparse.Namespace) -> int:
    summarizer = _settings(args)
    if args.jsonl is not None:
        if args.inputs or args.samples:
            raise UsageError("--jsonl cannot be combined with other inputs")
        out = _open_output(args.output, args.format)
        try:
            return _run_batch(args, summarizer, out)
        finally:
            if out is not sys.stdout:
                out.close()
    if not args.inputs and not args.samples:
        raise UsageError(
            "no input: give files, folders, globs, - for standard input, or --jsonl FILE"
        )
    with _warnings_to(lambda m: _stderr(args.quiet)(f"warning: {m}")):
        documents = sample_articles() if args.samples else []
        if args.inputs:
            documents += read_inputs(args.inputs, encoding=summarizer.encoding)
        summary = summarizer.summarize(documents, query=args.query)
    text = _format_one(summary, args.format, args.include_text)
    out = _open_output(args.output, args.format)
    try:
        out.write(text if text.endswith("\n") else text + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status.

    Parameters
    ----------
    argv : sequence of str or None, default=None
        The arguments, without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0 on success, 1 when some topics of a batch failed, 2 on an error.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> article = pathlib.Path(tempfile.mkdtemp()) / "wire.txt"
    >>> _ = article.write_text("The river rose fast today.", encoding="utf-8")
    >>> main([str(article), "--sentences", "1"])
    The river rose fast today. [wire 0:26]
    0
    >>> main(["no-such-file.txt"])
    2
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        return _run(args)
    except (UsageError, SummarizeError) as error:
        # The library's advice names its parameter; on the command line it is an option.
        _error(str(error).replace("the right 'encoding' to Summarizer", "the right --encoding"))
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (``summarize ... | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
