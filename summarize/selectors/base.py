"""The contract of a selector: which candidates make the summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..features import Features
    from ..scorers.base import Scores
    from ..segmentation import Candidates

__all__ = ["Budget", "Selector"]


@dataclass(frozen=True)
class Budget:
    """Upper bounds on a summary's size; ``None`` means no bound of that kind.

    Examples
    --------
    >>> Budget(max_words=100)
    Budget(max_sentences=None, max_words=100, max_chars=None)
    """

    max_sentences: int | None = None
    max_words: int | None = None
    max_chars: int | None = None


@runtime_checkable
class Selector(Protocol):
    """What :class:`~summarize.Summarizer` needs of a selector.

    An object (best a frozen dataclass) with a class attribute ``name`` and a
    method ``select(candidates, features, scores, budget) -> list[int]`` that
    returns the chosen candidates' indices, best first, within the budget
    (words as ``candidates.words`` counts them; characters counting one space
    between sentences).
    """

    name: ClassVar[str]

    def select(
        self, candidates: Candidates, features: Features, scores: Scores, budget: Budget
    ) -> list[int]:
        """Choose the summary's sentences."""
        ...
