"""The contract between the features stage, a scorer and a selector."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")


if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["Scores", "Scorer"]


@dataclass(frozen=True, eq=False)
class Scores:
    """What a scorer knows about the candidates, for a selector to use.

    Attributes
    ----------
    values : numpy.ndarray of shape (n_candidates,)
        Each candidate's value on its own; higher is better. The summary
        reports them rescaled to average 1.
    concepts : scipy.sparse.csr_matrix of shape (n_candidates, n_concepts) or None
        For scorers that value a sentence by the concepts it covers: which
        concepts each candidate contains. A coverage-aware selector then
        counts only the concepts its summary does not cover yet.
    weights : numpy.ndarray of shape (n_concepts,) or None
        Each concept's weight, with ``concepts``.
    bonus : numpy.ndarray of shape (n_candidates,) or None
        The part of each value that no choice changes, on the scale of the
        coverage share, with ``concepts``.
    length_penalty : float, default=0.0
        With ``concepts``: a candidate's gain is divided by its length in
        words to this power.

    Examples
    --------
    >>> Scores(np.array([0.5, 1.5])).values.tolist()
    [0.5, 1.5]
    """

    values: np.ndarray
    concepts: sp.csr_matrix | None = None
    weights: np.ndarray | None = None
    bonus: np.ndarray | None = None
    length_penalty: float = 0.0


@runtime_checkable
class Scorer(Protocol):
    """What :class:`~summarize.Summarizer` needs of a scorer.

    A scorer is an object (best a frozen dataclass, so it is immutable,
    comparable and picklable) with a class attribute ``name`` and a method
    ``score(candidates, features) -> Scores``. It validates its own settings
    when it is made; the docs' page *Extending* has a complete example.

    A scorer may also say, with a class attribute ``reads_query`` (a bool),
    whether it reads the query (``features.query`` and
    ``features.query_terms``). One that says ``False`` is refused a query
    (:class:`~summarize.exceptions.InvalidParameterError`), rather than
    giving the summary without it; one that says nothing is given it.
    """

    name: ClassVar[str]

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Value every candidate sentence."""
        ...
