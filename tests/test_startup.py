"""The first minute: importing the library and asking for help load no heavy library.

How long it takes is measured by ``python -X importtime`` (see the performance
page), not here; these tests check the cause: NLTK, scikit-learn, SciPy and
sumy are imported only when a call first needs them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("nltk", "sklearn", "scipy", "sumy")


def _loaded_after(code: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    """Which heavy top-level packages are in ``sys.modules`` after running ``code``."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & {set(heavy)!r})))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=REPO,
    )
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_import_summarize_loads_no_heavy_library() -> None:
    assert _loaded_after("import summarize") == []


def test_the_help_of_the_command_loads_no_heavy_library() -> None:
    code = (
        "import contextlib, io\n"
        "from summarize.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--help']) == 0\n"
    )
    assert _loaded_after(code, (*HEAVY, "lxml")) == []


def test_public_names_load_when_first_used() -> None:
    assert _loaded_after("import summarize\nsummarize.Summarizer") == []
    code = "import summarize\nsummarize.summarize(['Rain fell. The river rose.'])"
    # A summary needs SciPy and sumy's stopword lists; neither NLTK (sentences are split
    # by the library's own rules) nor scikit-learn (TF-IDF is computed as it computes it,
    # without the second its import costs).
    assert _loaded_after(code) == sorted(set(HEAVY) - {"nltk", "sklearn"})
    import summarize

    assert summarize.summarize(["Rain fell."]).text == "Rain fell."
    assert set(summarize.__all__) <= set(dir(summarize))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        summarize.nope  # noqa: B018


def test_every_public_name_resolves() -> None:
    import summarize

    for name in summarize.__all__:
        assert getattr(summarize, name) is not None, name


def test_a_large_call_reads_arrow_arrays_without_importing_pandas() -> None:
    # pyarrow.array and NumPy's conversions of Arrow arrays import pandas (a third of a
    # second) when it is installed; the library crosses through the arrays' buffers.
    pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    code = (
        "import random, summarize\n"
        "from summarize import corroboration, features\n"
        "random.seed(3)\n"
        "words = 'storm coast power town river rain flood police mayor said Monday'.split()\n"
        "articles = [' '.join(' '.join(random.choices(words, k=9)).capitalize() + '.'\n"
        "                     for _ in range(40)) for _ in range(60)]\n"
        "read = []\n"
        "arrow_entries = corroboration._arrow_entries\n"
        "corroboration._arrow_entries = lambda *a: read.append(1) or arrow_entries(*a)\n"
        "summary = summarize.summarize(articles, max_words=60)\n"
        "assert summary.sentences and read, 'the Arrow paths were not taken'\n"
    )
    assert "pandas" not in _loaded_after(code, ("pandas", "pyarrow"))
    assert "pyarrow" in _loaded_after(code, ("pandas", "pyarrow"))
