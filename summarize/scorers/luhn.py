"""Luhn's method (Luhn, 1958), run by sumy on the library's sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ..validation import check_count, check_number, known_settings
from .base import Scores
from .sumy_adapter import sumy_ratings

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["Luhn"]


@known_settings
@dataclass(frozen=True)
class Luhn:
    """Luhn: the densest cluster of significant words in a sentence.

    A word (stemmed, not a stop word) is significant when it is among the
    most frequent of the cluster and occurs more than once. In each sentence,
    a run of words starting and ending with significant words, with fewer
    than ``max_gap_size`` insignificant words in a row, scores ``significant
    ** 2 / length``; the sentence takes its best run (Luhn, 1958). Computed
    by sumy's ``LuhnSummarizer`` on the library's candidate sentences, with
    sumy's stemmer and stop words for the language.

    Parameters
    ----------
    significant_percentage : float, default=1.0
        Share of the distinct words, most frequent first, that may be
        significant, in (0, 1].
    max_gap_size : int, default=4
        A run of this many insignificant words ends a cluster; at least 1.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(), scorer=summarize.scorers.Luhn(), max_sentences=1
    ... )
    >>> summary.text  # doctest: +ELLIPSIS
    "Mayor Dana Ruiz said the $61 million project will supply about 14 percent..."
    """

    name: ClassVar[str] = "luhn"
    reads_query: ClassVar[bool] = False

    significant_percentage: float = 1.0
    max_gap_size: int = 4

    def __post_init__(self) -> None:
        owner = type(self).__name__
        share = check_number(
            owner,
            "significant_percentage",
            self.significant_percentage,
            low=0.0,
            high=1.0,
            low_open=True,
        )
        object.__setattr__(self, "significant_percentage", share)
        object.__setattr__(
            self, "max_gap_size", check_count(owner, "max_gap_size", self.max_gap_size)
        )

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's best cluster value (0 without two significant words).

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
        from sumy.summarizers.luhn import LuhnSummarizer

        return Scores(
            sumy_ratings(
                LuhnSummarizer,
                candidates,
                features.language,
                significant_percentage=self.significant_percentage,
                max_gap_size=self.max_gap_size,
            )
        )
