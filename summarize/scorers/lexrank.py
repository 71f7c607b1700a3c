"""LexRank (Erkan and Radev, 2004), run by sumy on the library's sentences."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from ..validation import check_number, known_settings
from .base import Scores
from .sumy_adapter import sumy_ratings

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["LexRank"]


@known_settings
@dataclass(frozen=True)
class LexRank:
    """LexRank: centrality in the graph of sentences that are similar enough.

    Two sentences are linked when the idf-modified cosine of their stemmed,
    stop-word-free words exceeds ``threshold`` (a sentence is linked to
    itself); each sentence spreads its vote evenly over its links, and a
    sentence's value is its share of the stationary distribution of that
    walk (Erkan and Radev, 2004, "LexRank with threshold"). Computed by
    sumy's ``LexRankSummarizer`` on the library's candidate sentences, with
    sumy's stemmer and stop words for the language. sumy's walk never jumps
    (``damping=1``); with ``damping`` below 1 the walk jumps to a random
    sentence with probability ``1 - damping`` at each step, as in the paper
    (its ``d = 1 - damping``), which sumy's public ``power_method`` is given
    through a subclass.

    The pipeline's default scorer, :class:`~summarize.scorers.Coverage`,
    computes continuous LexRank without building the similarity matrix; this
    one builds it in Python (sumy's), so it costs O(n^2) comparisons: about
    0.4 s for a cluster of 300 sentences.

    Parameters
    ----------
    threshold : float, default=0.1
        Cosine similarity above which two sentences are linked, in [0, 1)
        (sumy's default).
    damping : float, default=0.85
        Probability of following a link rather than jumping to a random
        sentence, in [0, 1]; 1 is sumy's walk.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(),
    ...     scorer=summarize.scorers.LexRank(threshold=0.2),
    ...     max_sentences=1,
    ... )
    >>> summary.text  # doctest: +ELLIPSIS
    "The array is expected to deliver about 14 percent of the city's electricity..."
    """

    name: ClassVar[str] = "lexrank"
    reads_query: ClassVar[bool] = False

    threshold: float = 0.1
    damping: float = 0.85

    def __post_init__(self) -> None:
        owner = type(self).__name__
        threshold = check_number(
            owner, "threshold", self.threshold, low=0.0, high=1.0, high_open=True
        )
        object.__setattr__(self, "threshold", threshold)
        object.__setattr__(
            self, "damping", check_number(owner, "damping", self.damping, low=0.0, high=1.0)
        )

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's LexRank (the walk's stationary vector, unit length).

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Used for its ``language`` only: sumy counts the words itself.

        Returns
        -------
        Scores
            ``values`` only.
        """
        values = sumy_ratings(
            _damped_lexrank(),
            candidates,
            features.language,
            threshold=self.threshold,
            damping=self.damping,
        )
        # sumy's walk leaves NaN when no sentence has a word that is not a stop word.
        return Scores(np.nan_to_num(values, nan=0.0))


@lru_cache(maxsize=1)
def _damped_lexrank() -> type:
    """sumy's ``LexRankSummarizer`` whose power method jumps at random with ``1 - damping``."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class DampedLexRankSummarizer(LexRankSummarizer):  # type: ignore[misc]
        damping = 1.0

        def power_method(self, matrix: Any, epsilon: float) -> Any:
            # sumy's matrix is row-stochastic (rows of sentences without a link are 0).
            jump = (1.0 - self.damping) / max(len(matrix), 1)
            return LexRankSummarizer.power_method(self.damping * matrix + jump, epsilon)

    return DampedLexRankSummarizer
