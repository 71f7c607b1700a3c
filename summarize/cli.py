"""The ``summarize`` command: summarise articles from files, folders, globs or stdin.

Run ``summarize --help`` (or ``python -m summarize --help``) for the options.
Exit status: 0 on success; 1 when some topics of a ``--jsonl`` batch failed
(the others were written, the failures reported on stderr by topic id); 2 for
an error that stops the run (a bad option, a missing or unreadable file,
nothing to summarise), reported as one ``summarize: error: ...`` line.
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import fnmatch
import glob
import io
import json
import os
import re
import stat
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import IO, Any, NoReturn, cast

from .documents import LONE_SURROGATES, Document
from .exceptions import (
    InputDecodeError,
    InvalidInputError,
    InvalidParameterError,
    SummarizeError,
    SummarizeWarning,
)
from .io.files import (
    JSON_SUFFIXES,
    MAX_INPUT_BYTES,
    TEXT_SUFFIXES,
    check_not_narrow,
    read_article,
    read_json_articles,
    read_stream,
    sample_articles,
    warn_if_utf8,
)
from .outputs.json import summary_data
from .outputs.markdown import escape_markdown, format_markdown
from .outputs.text import format_text
from .pipeline import SETTINGS, Summarizer
from .results import Summary, dumps_json
from .scorers import query_scorers

__all__ = ["main"]

PROG = "summarize"
FORMATS = ("text", "markdown", "json", "html")
HTML_SUFFIXES = (".html", ".htm")  # summarize.io.html.HTML_SUFFIXES, without importing lxml
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
JSONL_SUFFIXES = (".jsonl", ".ndjson")  # topics, one a line: read with --jsonl
ARTICLE_SEPARATOR = "---"

# Every setting of Summarizer is an option, declared once in summarize.pipeline.SETTINGS:
# its flag, metavar and one-line help come from there.


def _flag(setting: dataclasses.Field[Any]) -> str:
    return setting.metadata.get("flag") or "--" + setting.name.replace("_", "-")


_DEFAULTS = {
    "n_jobs": "automatic",
    "max_sentences": "none",
    "max_words": "none",
    "max_chars": "none",
}


def _whole_number(text: str, *, low: int = 1, also: str = "") -> int:
    """An option's whole number of at least ``low``, or an error message a person can read."""
    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or (value < low and not (also and value == -1)):
        raise argparse.ArgumentTypeError(
            f"must be a whole number of at least {low}{also}; got {text!r}"
        )
    return value


def _option_type(setting: dataclasses.Field[Any]) -> Callable[[str], Any]:
    """Numbers for the settings that are numbers; names stay strings."""
    if setting.metadata.get("metavar") != "N":
        return str
    if setting.name == "n_jobs":
        return partial(_whole_number, also=", or -1 for every core")
    return _whole_number


_EPILOG = f"""\
input:
  Files are read as text, except .html/.htm pages, whose readable text is
  extracted first (scripts, navigation, headers and footers dropped); offsets
  then index the extracted text, and the output says so; .json files hold an
  article object ({{"text": ..., "id": ..., "title": ..., "outlet": ...}}) or a
  list of them, whose "text" the offsets index. A folder stands for
  every {", ".join(FOLDER_SUFFIXES)} file in it (not its subfolders); globs
  such as 'news/*.txt' are expanded here, so quote them on any shell. '-'
  reads standard input: articles separated by a line '{ARTICLE_SEPARATOR}'.
  Article ids are file names without suffix (the path when two clash).
  Only regular files are read from folders and globs (a named pipe there is
  skipped with a warning); a named pipe given by name is read once. Each file
  is read once however many paths lead to it (symlinks, loops). At most 64 MiB
  are read per article or JSONL line (a longer line fails its topic; one of
  more than 256 MiB stops the batch).

  --jsonl FILE summarises many topics: one JSON object a line,
  {{"id": ..., "documents": [{{"id": ..., "title": ..., "outlet": ..., "url": ...,
  "text": ...}}, ...], "query": ...}} ("query" optional: the topic's question;
  --query gives one to the topics without their own),
  and writes one result per topic (for json, one line
  {{"id": ..., "summary": {{...}}}}).
  The stream is read once, each line decoded on its own: a bad line fails
  its topic only, reported with its line number.

output:
  text      each sentence, then [Outlet, "Title" start:end], its source and
            character span (the article id when the outlet is unknown), the
            other outlets that report it, and any figures they disagree on
  markdown  the same as a numbered list cited [1], [2], ... then the sources
  json      the summary's to_dict() (with "schema_version"): sentences with
            provenance and support, documents, settings, disagreements, and
            "notes" (e.g. which articles were extracted from HTML)
  html      one self-contained page: the summary linked to every article in
            full, chosen sentences highlighted, supporting ones in blue,
            disputed figures marked

exit status:
  0 success; 1 some topics of a --jsonl batch failed (the others were
  written; each failure is reported on stderr with its topic id); 2 an error
  stopped the run (bad option, missing or unreadable file, nothing to summarise,
  an output that is one of the inputs, an output that cannot be written).

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


def _read_file(path: Path, encoding: str) -> list[Document]:
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        try:
            return read_json_articles(path, encoding=encoding)
        except InvalidInputError as error:
            if isinstance(error, InputDecodeError):
                raise
            # A folder stands for its .json files too: say how to leave one out.
            pattern = (path.parent / "*.txt").as_posix()
            raise UsageError(
                f"{error} To leave it out, name the articles instead (such as {pattern!r})."
            ) from None
    if suffix in JSONL_SUFFIXES:
        raise UsageError(
            f"{str(path)!r} is a JSON-lines file, one topic a line: pass it with --jsonl "
            f"(summarize --jsonl {str(path)!r})"
        )
    if _is_html(path):
        from .io.html import read_html

        return [read_html(path, encoding=encoding)]
    return [read_article(path, encoding=encoding)]


def _identity(path: str | Path) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of the file a path leads to (symlinks followed), if it exists."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _skipped(path: Path, how: str) -> None:
    warnings.warn(
        f"{str(path)!r} ({how}) is not a regular file (a named pipe, a device or a socket); "
        "it is skipped. Name it on its own to read a named pipe.",
        SummarizeWarning,
        stacklevel=2,
    )


def _folder_files(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise UsageError(f"cannot read the folder {str(folder)!r}: {error.strerror}") from None
    files = []
    for entry in entries:
        if entry.suffix.lower() not in FOLDER_SUFFIXES or entry.is_dir():
            continue
        if _is_regular(entry):
            files.append(entry)
        elif entry.exists():
            _skipped(entry, f"in the folder {str(folder)!r}")
    if not files:
        raise UsageError(f"the folder {str(folder)!r} holds no {', '.join(FOLDER_SUFFIXES)} file")
    return files


def _glob(pattern: str) -> list[str]:
    """The paths matching a glob pattern (``**`` for any depth), each folder visited once.

    Like :func:`glob.glob` with ``recursive=True`` (names starting with a dot
    are matched only by a pattern starting with one), except that ``**``
    enters a folder reached twice (through a symlink loop, or two links to it)
    only the first time, so a loop cannot multiply the matches nor the time.
    """
    parts = Path(pattern).parts
    current = [parts[0]] if Path(pattern).is_absolute() else [""]
    parts = parts[1:] if Path(pattern).is_absolute() else parts
    seen: set[tuple[int, int]] = set()
    for position, part in enumerate(parts):
        last = position == len(parts) - 1
        found: list[str] = []
        for base in current:
            if part == "**":
                found.extend(_all_folders(base, seen))
                if last:  # "dir/**" also matches every file below
                    found.extend(
                        os.path.join(folder, name)
                        for folder in _all_folders(base, set())
                        for name in _names(folder)
                        if not os.path.isdir(os.path.join(folder, name))
                    )
            elif glob.has_magic(part):
                found.extend(
                    os.path.join(base, name)
                    for name in _names(base or ".")
                    if fnmatch.fnmatchcase(name, part)
                    and (part.startswith(".") or not name.startswith("."))
                )
            else:
                candidate = os.path.join(base, part)
                if os.path.lexists(candidate):
                    found.append(candidate)
        current = [p for p in found if last or os.path.isdir(p)]
    return sorted(set(current))


def _names(folder: str) -> list[str]:
    try:
        return os.listdir(folder or ".")
    except OSError:
        return []


def _all_folders(base: str, seen: set[tuple[int, int]]) -> list[str]:
    """``base`` and every folder below it (symlinks followed), each reached once, in order."""
    result = []
    stack = [base]
    while stack:
        folder = stack.pop()
        identity = _identity(folder or ".")
        if identity is None or identity in seen:
            continue
        seen.add(identity)
        result.append(folder)
        names = sorted(_names(folder), reverse=True)
        stack.extend(
            os.path.join(folder, name)
            for name in names
            if not name.startswith(".") and os.path.isdir(os.path.join(folder, name))
        )
    return result


def _expand(inputs: Sequence[str]) -> list[Path | None]:
    """Resolve inputs to files; ``None`` stands for standard input.

    A file named on its own is read whatever it is but a device, a socket or a
    folder's other entries: a named pipe named on purpose is read once. Files
    that a folder or a glob stands for are read only when they are regular
    files (a named pipe there would block forever), each file once however
    many paths (symlinks, loops, repeated inputs) lead to it.
    """
    paths: list[Path | None] = []
    seen: set[tuple[int, int]] = set()

    def add(path: Path) -> None:
        identity = _identity(path)
        if identity is None or identity not in seen:
            if identity is not None:
                seen.add(identity)
            paths.append(path)

    for item in inputs:
        if item == "-":
            paths.append(None)
            continue
        path = Path(item)
        if path.is_dir():
            for found in _folder_files(path):
                add(found)
        elif path.exists():
            mode = os.stat(path).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
                raise UsageError(
                    f"{item!r} is not a regular file (a device or a socket); give files, "
                    "folders, globs, or - for standard input"
                )
            add(path)
        elif glob.has_magic(item):
            matches = _glob(item)
            if not matches:
                raise UsageError(f"no file matches {item!r}")
            for match in matches:
                found = Path(match)
                if found.is_dir():
                    for inner in _folder_files(found):
                        add(inner)
                elif _is_regular(found):
                    add(found)
                elif found.exists():
                    _skipped(found, f"matched by {item!r}")
        else:
            raise UsageError(f"no such file or folder: {item!r}")
    return paths


def _read_stdin(encoding: str) -> list[Document]:
    data = read_stream(sys.stdin.buffer, "Standard input")
    check_not_narrow(data, encoding, "Standard input")
    try:
        text = data.decode(encoding)
        warn_if_utf8(data, encoding, "Standard input")
    except UnicodeDecodeError as error:
        raise UsageError(
            f"standard input is not valid {encoding} (byte {error.start}: {error.reason}); "
            "pass the right --encoding"
        ) from None
    # A byte-order mark is no text of the first article (a file's is dropped as it is read).
    texts = split_articles(text.removeprefix("\ufeff"))
    if len(texts) == 1:
        from .exceptions import warn

        warn(
            f"standard input holds a single article; separate articles with a line "
            f"'{ARTICLE_SEPARATOR}' (cat a.txt b.txt merges them into one)"
        )
    return [
        Document(id=f"stdin-{n}", text=t, metadata={"path": "-"}) for n, t in enumerate(texts, 1)
    ]


_SEPARATOR_LINE = re.compile(r"(?:(?<=\n)|(?<=\r)|^)[ \t]*-{3}[ \t]*(?:\r\n|\r|\n|$)")
# A separator glued to the end of an article without a final newline ("...end.---").
_GLUED_SEPARATOR = re.compile(r"(?<=[^\s-])-{3}[ \t]*(?=\r\n|\r|\n|$)")


def split_articles(text: str) -> list[str]:
    """Split standard input into articles at lines ``---``; empty articles are dropped.

    A separator counts whether or not the article before it ended with a
    newline (``cat`` of files without a final newline glues ``---`` to the
    last line).

    Examples
    --------
    >>> split_articles("One.\\n---\\nTwo.---\\nThree.\\n")
    ['One.', 'Two.', 'Three.']
    """
    text = _GLUED_SEPARATOR.sub("\n" + ARTICLE_SEPARATOR, text)
    articles = []
    for part in _SEPARATOR_LINE.split(text):
        for ending in ("\r\n", "\n", "\r"):  # the line break before the separator
            if part.endswith(ending):
                part = part[: -len(ending)]
                break
        if part.strip():
            articles.append(part)
    return articles


def _unique_ids(documents: list[Document], paths: list[Path | None]) -> list[Document]:
    """Use the path as id for files whose names clash (``a/x.txt`` and ``b/x.txt``).

    An article of a JSON file with an id of its own that clashes is ``path#id``.
    """
    counts: dict[str, int] = {}
    for document in documents:
        counts[document.id] = counts.get(document.id, 0) + 1
    result = []
    for document, path in zip(documents, paths, strict=True):
        if counts[document.id] > 1 and path is not None:
            ident = path.as_posix()
            if document.id != path.stem:
                ident = f"{ident}#{document.id}"
            document = dataclasses.replace(document, id=ident)
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
    return _read_paths(_expand(inputs), encoding)


def _read_paths(expanded: list[Path | None], encoding: str) -> list[Document]:
    documents: list[Document] = []
    paths: list[Path | None] = []
    stdin_read = False
    for path in expanded:
        if path is None:
            if stdin_read:
                raise UsageError("standard input ('-') can be given only once")
            stdin_read = True
            found = _read_stdin(encoding)
            documents.extend(found)
            paths.extend([None] * len(found))
        else:
            found = _read_file(path, encoding)
            documents.extend(found)
            paths.extend([path] * len(found))
    if not documents:
        raise UsageError("the input is empty: there is no article to summarise")
    return _unique_ids(documents, paths)


def _has_surrogate(value: Any) -> bool:
    """Whether a parsed JSON value holds a lone surrogate (``"\\ud800"``), anywhere."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if LONE_SURROGATES.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _parse_topic(line: str, number: int) -> tuple[str, dict[str, Any]]:
    """Parse one JSONL line into its topic id (``line-N`` without one) and its object."""
    try:
        topic = json.loads(line)
    except json.JSONDecodeError as error:
        raise UsageError(f"line {number} is not valid JSON ({error.msg})") from None
    except ValueError as error:  # an integer of more digits than Python reads from text
        raise UsageError(f"line {number} holds JSON that cannot be read ({error})") from None
    except RecursionError:
        raise UsageError(f"line {number} is JSON nested too deeply to read") from None
    if not isinstance(topic, dict):
        raise UsageError(f"line {number} is not a JSON object")
    if _has_surrogate(topic):
        raise UsageError(
            f"line {number} holds a lone surrogate escape (such as \\ud800), which is not text"
        )
    ident = topic.get("id")
    return (f"line-{number}" if ident is None else str(ident)), topic


def _topic_documents(topic: dict[str, Any], number: int) -> list[Any]:
    """The articles of one topic, as mappings the library accepts."""
    documents = topic.get("documents")
    if not isinstance(documents, list):
        raise UsageError(f"line {number} has no 'documents' list")
    # The library reads a mapping's citation fields (outlet, url, date, author) and keeps
    # any other key in its metadata.
    return list(documents)


def _topic_query(topic: dict[str, Any], number: int, default: str | None) -> str | None:
    """The topic's own ``"query"``, else the one given with ``--query`` (or none)."""
    query = topic.get("query")
    if query is None:
        return default
    if not isinstance(query, str):
        raise UsageError(f"line {number} has a 'query' that is not a string")
    return query


def _ascii_compatible(encoding: str) -> bool:
    """Whether the encoding writes a line break as the byte ``\\n`` and nothing else does."""
    try:
        return "\n".encode(encoding) == b"\n" and "a\n".encode(encoding) == b"a\n"
    except (LookupError, UnicodeError):
        return False


def _byte_lines(stream: IO[bytes], limit: int = MAX_INPUT_BYTES) -> Iterator[bytes | UsageError]:
    """The lines of a binary stream, read once, none longer than ``limit`` bytes.

    A longer line fails its topic only: the rest of it is read past, ``limit``
    bytes at a time, and the next line read. A line longer than
    :data:`_SKIPPED_LINES` times ``limit`` stops the batch (the topics before
    it are done): finding where it ends could mean reading forever (``--jsonl -
    < /dev/zero``).
    """
    number = 0
    while True:
        line = stream.readline(limit + 1)
        number += 1
        if not line:
            return
        if len(line) > limit:
            for _ in range(_SKIPPED_LINES):
                if line.endswith(b"\n") or not line:
                    break
                line = stream.readline(limit)
            else:
                raise UsageError(
                    f"line {number} is longer than {_SKIPPED_LINES * limit} bytes; "
                    "the rest of the stream is not read"
                )
            yield UsageError(f"line {number} is longer than {limit} bytes, the most read at once")
            continue
        yield line


_SKIPPED_LINES = 4
"""How many times the longest line read (``MAX_INPUT_BYTES``) a line may run before the
batch stops: a stream without line breaks is never read to its end."""


def _topics(stream: IO[bytes], encoding: str) -> Iterator[tuple[int, str | UsageError]]:
    """``(line number, text)`` of every non-blank line, or the error that line is.

    Each line is decoded on its own, so one bad byte fails its topic only; a
    UTF-8 byte-order mark before the first line is dropped. An encoding that
    does not write a line break as one ``\\n`` byte (UTF-16, UTF-32) is decoded
    as a whole stream, and a bad byte then stops the batch at its line.
    """
    utf8 = codecs.lookup(encoding).name.startswith("utf-8")
    if not _ascii_compatible(encoding):
        text_lines = io.TextIOWrapper(stream, encoding=encoding, newline="\n")
        number = 0
        try:
            for number, text in enumerate(text_lines, 1):
                if text.strip():
                    yield number, text
        except UnicodeDecodeError as error:
            raise UsageError(
                f"line {number + 1} is not valid {encoding} ({error.reason}); "
                "pass the right --encoding"
            ) from None
        finally:
            text_lines.detach()  # never close the stream from here
        return
    for number, line in enumerate(_byte_lines(stream), 1):
        if isinstance(line, UsageError):
            yield number, line
            continue
        if number == 1 and utf8 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        try:
            text = line.decode(encoding)
        except UnicodeDecodeError as error:
            yield (
                number,
                UsageError(
                    f"line {number} is not valid {encoding} (byte {error.start + 1} of the line: "
                    f"{error.reason}); pass the right --encoding"
                ),
            )
            continue
        if text.strip():
            yield number, text


# -- output -------------------------------------------------------------------------------


def _format_one(summary: Summary, fmt: str, include_text: bool) -> str:
    if fmt == "json":
        return dumps_json(summary_data(summary, include_text=include_text), indent=2)
    if fmt == "markdown":
        return format_markdown(summary)
    if fmt == "html":
        from .outputs.html import render_html

        return render_html(summary)
    return format_text(summary)


def _format_topic(ident: str, summary: Summary, fmt: str, include_text: bool, first: bool) -> str:
    if fmt == "json":
        data = {"id": ident, "summary": summary_data(summary, include_text=include_text)}
        return dumps_json(data, indent=None)
    if fmt == "markdown":
        return (
            "" if first else "\n"
        ) + f"## {escape_markdown(ident)}\n\n{format_markdown(summary)}"
    return ("" if first else "\n") + f"== {' '.join(ident.split())} ==\n{format_text(summary)}"


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
        # The library's words, behind the option they concern.
        message = str(error)
        for setting in SETTINGS:
            if f"The {setting.name!r} parameter of Summarizer" in message:
                message = f"argument {_flag(setting)}: {message}"
                break
        raise UsageError(message) from None


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


class _Output:
    """The output stream; a failed write (a full disk) becomes one clear error, exit status 2.

    A broken pipe is let through: the reader went away, which is not an error.
    """

    def __init__(self, stream: IO[str], name: str) -> None:
        self.stream = stream
        self.name = name
        self.failed = False

    def _fail(self, error: OSError) -> NoReturn:
        self.failed = True
        if self.stream is sys.stdout:
            # What could not be written must not be retried, and fail again, at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        raise UsageError(f"cannot write {self.name}: {error.strerror or error}") from None

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            self._fail(error)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            self._fail(error)

    def close(self) -> None:
        if self.stream is sys.stdout:
            if not self.failed:
                self.flush()
            return
        try:
            self.stream.close()
        except BrokenPipeError:
            raise
        except OSError as error:
            if not self.failed:
                self._fail(error)


def _check_output(path: str | None, inputs: Sequence[Path | str | None]) -> None:
    """Refuse an output file that is one of the inputs: it would be emptied before it is read."""
    if path is None or path == "-":
        return
    target = _identity(path)
    if target is None:
        return
    for given in inputs:
        if given is not None and given != "-" and _identity(given) == target:
            raise UsageError(
                f"the output {path!r} is the input {str(given)!r}: writing it would destroy "
                "the input; choose another output file"
            )


def _open_output(path: str | None, fmt: str) -> _Output:
    if path is None or path == "-":
        stream = sys.stdout
        if fmt in ("json", "html") and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # what the JSON and the page declare
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
        return _Output(stream, "standard output")
    try:
        return _Output(open(path, "w", encoding="utf-8", newline="\n"), repr(path))
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror}") from None


def _run_batch(args: argparse.Namespace, summarizer: Summarizer, out: _Output) -> int:
    say = _stderr(args.quiet)
    source, total = _open_jsonl(args.jsonl)
    progress = _Progress(total, enabled=not args.quiet)

    def warn(message: str) -> None:
        if progress.enabled and not args.quiet:
            sys.stderr.write("\r\x1b[K")  # clear the bar; it is redrawn on the next topic
        say(message)

    # Lines that are not topics keep their place in the batch: their error is reported
    # where their summary would have been written.
    not_topics: dict[int, str] = {}
    method = getattr(summarizer.scorer, "name", None)

    def read() -> Iterator[dict[str, Any]]:
        for number, line in _topics(source, summarizer.encoding):
            ident = f"line-{number}"
            articles: list[Any] | None = None
            query = args.query
            try:
                if isinstance(line, UsageError):
                    raise line
                ident, topic = _parse_topic(line, number)
                articles = _topic_documents(topic, number)
                query = _topic_query(topic, number, args.query)
                if query is not None and method not in QUERY_METHODS:
                    raise UsageError(
                        f"line {number} has a 'query', which --method {method} ignores "
                        f"(the methods that read one: {', '.join(QUERY_METHODS)})"
                    )
            except UsageError as error:
                not_topics[number] = str(error)
            yield {"id": (number, ident), "documents": articles, "query": query}

    failed: list[str] = []
    pages: list[tuple[str, Summary]] = []
    written = 0
    try:
        with source if args.jsonl != "-" else nullcontext(source):  # never close stdin
            # --jobs runs the topics in worker processes, each topic in one process.
            from .batch import summarize_many, topic_message

            results = summarize_many(read(), n_jobs=summarizer.n_jobs, summarizer=summarizer)
            while True:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    try:
                        key, result = next(results)
                    except StopIteration:
                        break
                number, ident = cast(tuple[int, str], key)
                for warning in caught:
                    message = str(warning.message).removeprefix(topic_message(key, ""))
                    _topic_warning(warn, ident, message)
                if isinstance(result, SummarizeError) or number in not_topics:
                    message = not_topics.pop(number, f"{result} (line {number})")
                    _error(f"topic {ident!r}: {message}", end_bar=progress.enabled)
                    failed.append(ident)
                    progress.update(failed=True)
                    continue
                if args.format == "html":
                    pages.append((ident, result))
                else:
                    out.write(
                        _format_topic(ident, result, args.format, args.include_text, written == 0)
                    )
                    out.write("\n")
                    out.flush()
                written += 1
                progress.update()
    finally:
        progress.close()
    if args.format == "html" and pages:
        from .outputs.html import render_html_batch

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


def _open_jsonl(name: str) -> tuple[IO[bytes], int | None]:
    """The --jsonl stream, opened once, and its number of topics when it can be counted.

    Only a regular file is counted beforehand (for the progress bar): a pipe
    (``--jsonl <(cat topics.jsonl)``) can be read only once. A device or a
    folder is refused.
    """
    if name == "-":
        return sys.stdin.buffer, None
    try:
        mode = os.stat(name).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise UsageError(
                f"cannot read {name!r}: it is not a regular file (a folder, a device or a socket)"
            )
        source = open(name, "rb")
    except OSError as error:
        raise UsageError(f"cannot read {name!r}: {error.strerror}") from None
    total = None
    if stat.S_ISREG(mode) and os.stat(name).st_size <= MAX_INPUT_BYTES:
        try:
            with open(name, "rb") as counting:
                total = sum(1 for line in counting if line.strip())
        except OSError:
            total = None
    return source, total


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


QUERY_METHODS = query_scorers()
"""The scoring methods that read a query; the others are refused one."""


def _check_options(args: argparse.Namespace, summarizer: Summarizer) -> None:
    """Refuse options that would silently do nothing with the others given."""
    if args.include_text and args.format != "json":
        raise UsageError(
            f"--include-text applies only to --format json (the {args.format} output "
            "has no place for the articles' text)"
        )
    if args.query is not None and not args.query.strip():
        raise UsageError("argument --query: must be a question or some words, not empty")
    method = getattr(summarizer.scorer, "name", None)
    if args.query is not None and method not in QUERY_METHODS:
        raise UsageError(
            f"--query steers only the methods {', '.join(QUERY_METHODS)}; --method {method} "
            "ignores it and would give the summary without the query"
        )


def _run(args: argparse.Namespace) -> int:
    summarizer = _settings(args)
    _check_options(args, summarizer)
    if args.jsonl is not None:
        if args.inputs or args.samples:
            raise UsageError("--jsonl cannot be combined with other inputs")
        _check_output(args.output, [args.jsonl])
        out = _open_output(args.output, args.format)
        try:
            status = _run_batch(args, summarizer, out)
        finally:
            out.close()
        return status
    if not args.inputs and not args.samples:
        raise UsageError(
            "no input: give files, folders, globs, - for standard input, or --jsonl FILE"
        )
    with _warnings_to(lambda m: _stderr(args.quiet)(f"warning: {m}")):
        documents = sample_articles() if args.samples else []
        if args.inputs:
            expanded = _expand(args.inputs)
            _check_output(args.output, expanded)
            documents += _read_paths(expanded, summarizer.encoding)
        summary = summarizer.summarize(documents, query=args.query)
    text = _format_one(summary, args.format, args.include_text)
    out = _open_output(args.output, args.format)
    try:
        out.write(text if text.endswith("\n") else text + "\n")
    finally:
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
        _error(str(error))
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (``summarize ... | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
