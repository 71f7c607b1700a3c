"""Test setup: the library must work with no NLTK data at all.

NLTK_DATA points to an empty folder, and NLTK's search path is emptied before
the library is imported, so no test can pass by reading a downloaded model.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_EMPTY = tempfile.mkdtemp(prefix="empty-nltk-data-")
os.environ["NLTK_DATA"] = _EMPTY

import nltk  # noqa: E402

nltk.data.path[:] = [_EMPTY]

REPO = Path(__file__).resolve().parent.parent
# Beside the repository (a clone), or two levels up (a worktree under wt/).
SEEDS = next(
    (
        p
        for p in (REPO.parent / "shared" / "seeds", REPO.parent.parent / "shared" / "seeds")
        if p.is_dir()
    ),
    REPO.parent / "shared" / "seeds",
)


@pytest.fixture(scope="session")
def seed_articles() -> list[dict[str, str]]:
    """The five seed articles, read by path; skipped when the folder is absent."""
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip(f"the seed articles are not at {SEEDS}")
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in paths]
