"""SumBasic (Nenkova and Vanderwende, 2005), run by sumy on the library's sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ..validation import known_settings
from .base import Scores
from .sumy_adapter import greedy_order

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["SumBasic"]


@known_settings
@dataclass(frozen=True)
class SumBasic:
    """SumBasic: frequent words first, each word's weight squared once it is used.

    A sentence is worth the mean probability of its words in the cluster
    (stemmed, stop words removed); greedily the best sentence is taken and
    the probability of each of its words is squared, so the next sentence
    is rewarded for other words (Nenkova and Vanderwende, 2005). Every
    sentence is ordered so, and its value is ``1 - step / n`` for the
    ``step``-th (from 0) of ``n``. Computed by sumy's ``SumBasicSummarizer``
    on the library's candidate sentences, with sumy's stemmer and stop words
    for the language.

    SumBasic has no settings.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(), scorer=summarize.scorers.SumBasic(), max_sentences=1
    ... )
    >>> summary.text  # doctest: +ELLIPSIS
    'Because the water cools the panels, they produce up to 10 percent more power...'
    """

    name: ClassVar[str] = "sumbasic"
    reads_query: ClassVar[bool] = False

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's place in SumBasic's greedy order, as ``1 - step / n``.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Used for its ``language`` only: sumy counts the words itself.

        Returns
        -------
        Scores
            ``values`` only, in (0, 1]; the first sentence chosen has 1.
        """
        from sumy.summarizers.sum_basic import SumBasicSummarizer

        return Scores(greedy_order(SumBasicSummarizer, candidates, features.language))
