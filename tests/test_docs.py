"""The documentation: its examples run, and it builds without a warning.

Every ``pycon`` block of a page under ``docs/`` (```` ```pycon ```` or
```` ```{code-block} pycon ````) is an example of the page's doctest: the blocks
of one page run in order, sharing their names, with ELLIPSIS and
NORMALIZE_WHITESPACE. ``console`` blocks run too: each ``$ `` line is a shell
command, compared with the lines below it (so commands that must not run, such
as ``pip install``, go in ``bash`` blocks, without a prompt). When Sphinx and
the docs extras are installed, the whole site is built as Read the Docs builds
it (``-W --keep-going -n``); without them that test is skipped.
"""

from __future__ import annotations

import doctest
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# A fenced block: its opening fence, its info string, its body, its closing fence.
_FENCE = re.compile(
    r"^(?P<fence>`{3,}|:{3,})[ \t]*(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_OPTION = re.compile(r"^:[\w-]+:.*$")


def _blocks(text: str, language: str) -> list[tuple[int, str]]:
    """(line number of the first body line, body) of every ``language`` block."""
    blocks = []
    for match in _FENCE.finditer(text):
        info = match["info"].split()
        if info[:1] != [language] and info[:2] != ["{code-block}", language]:
            continue
        lineno = text.count("\n", 0, match.start("body"))
        lines = match["body"].splitlines()
        while lines and _OPTION.match(lines[0]):  # directive options, e.g. :caption:
            lines.pop(0)
            lineno += 1
        blocks.append((lineno, "\n".join(lines)))
    return blocks


def _page_doctest(path: Path) -> str:
    """The page with everything but its pycon blocks blanked, so line numbers hold."""
    text = path.read_text(encoding="utf-8")
    lines = [""] * (text.count("\n") + 1)
    for lineno, body in _blocks(text, "pycon"):
        for offset, line in enumerate(body.splitlines()):
            lines[lineno + offset] = line
    return "\n".join(lines)


def _pages_with(language: str) -> list[Path]:
    return [p for p in PAGES if _blocks(p.read_text(encoding="utf-8"), language)]


def test_the_docs_have_pages() -> None:
    assert (DOCS / "index.md") in PAGES


def test_the_api_reference_covers_all_public_names() -> None:
    """Every name in ``summarize.__all__`` has an entry in docs/api.md, and no other."""
    import summarize

    text = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. (?:auto\w+|data):: (\w+)", text, re.MULTILINE))
    assert documented == set(summarize.__all__)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_no_example_hides_from_the_tests(path: Path) -> None:
    """A ``>>>`` example in a block that is not ``pycon`` would never run."""
    text = path.read_text(encoding="utf-8")
    for match in _FENCE.finditer(text):
        info = match["info"].split()
        runs = info[:1] == ["pycon"] or info[:2] == ["{code-block}", "pycon"]
        if ">>> " in match["body"] and not runs:
            line = text.count("\n", 0, match.start()) + 1
            pytest.fail(f"{path.name}:{line}: a '>>>' example in a {match['info']!r} block")


@pytest.mark.parametrize("path", _pages_with("pycon"), ids=lambda p: str(p.relative_to(DOCS)))
def test_page_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    parser = doctest.DocTestParser()
    test = parser.get_doctest(_page_doctest(path), {}, path.name, str(path), 0)
    assert test.examples, f"{path.name} has pycon blocks but no example"
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report = io.StringIO()
    runner.run(test, out=report.write)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, report.getvalue()


def _console_examples(path: Path) -> list[tuple[int, str, str]]:
    """(line, command, expected output) for each ``$ `` line of a console block."""
    examples = []
    for lineno, body in _blocks(path.read_text(encoding="utf-8"), "console"):
        command: tuple[int, str] | None = None
        output: list[str] = []
        for offset, line in enumerate(body.splitlines() + ["$ "]):
            if line.startswith("$ "):
                if command is not None:
                    examples.append((command[0], command[1], "\n".join(output)))
                command, output = (lineno + offset + 1, line[2:]), []
            else:
                output.append(line)
    return [e for e in examples if e[1].strip()]


@pytest.mark.parametrize("path", _pages_with("console"), ids=lambda p: str(p.relative_to(DOCS)))
def test_page_commands(path: Path, tmp_path: Path) -> None:
    """Run the shell commands of the page's console blocks, in order, and check their output.

    Each command runs with ``bash -c`` in one scratch folder per page (so a file
    written by one command is there for the next), with a ``summarize`` on PATH
    that runs ``python -m summarize`` with the interpreter running the tests.
    Output is stdout and stderr together, compared with ELLIPSIS and
    NORMALIZE_WHITESPACE.
    """
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run the console examples")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "summarize"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m summarize "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "COLUMNS": "80",  # argparse wraps --help to the terminal width
        "PYTHONIOENCODING": "utf-8",
    }
    checker = doctest.OutputChecker()
    failures = []
    for line, command, expected in _console_examples(path):
        result = subprocess.run(
            ["bash", "-c", command], capture_output=True, text=True, cwd=work, env=env, timeout=120
        )
        got = result.stdout + result.stderr
        if not checker.check_output(expected.rstrip() + "\n", got, FLAGS):
            failures.append(
                f"{path.name}:{line}: $ {command}\n--- expected\n{expected}\n--- got\n{got}"
            )
    assert not failures, "\n\n".join(failures)


# myst-parser still uses Sphinx APIs that Sphinx 9 deprecates; not ours to fix.
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::PendingDeprecationWarning")
def test_sphinx_build(tmp_path: Path) -> None:
    """The site builds as on Read the Docs: warnings are errors, every reference resolves."""
    for module in ("sphinx", "furo", "myst_parser", "numpydoc"):
        pytest.importorskip(
            module, reason="the docs extra is not installed: pip install '.[docs]'"
        )
    from sphinx.cmd.build import build_main

    args = ["-W", "--keep-going", "-n", "-q", "-b", "html"]
    args += ["-d", str(tmp_path / "doctrees"), str(DOCS), str(tmp_path / "html")]
    assert build_main(args) == 0
    assert (tmp_path / "html" / "index.html").is_file()
