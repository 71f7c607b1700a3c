"""KL-Sum (Haghighi and Vanderwende, 2009), run by sumy on the library's sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ..validation import known_settings
from .base import Scores
from .sumy_adapter import greedy_order

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["KL"]


@known_settings
@dataclass(frozen=True)
class KL:
    """KL-Sum: the sentences whose words keep the summary closest to the cluster's.

    Greedily, the next sentence is the one that makes the word distribution
    of the summary so far closest to the cluster's, by Kullback-Leibler
    divergence (Haghighi and Vanderwende, 2009); every sentence is ordered
    so, and its value is ``1 - step / n`` for the ``step``-th (from 0) of
    ``n``. Computed by sumy's ``KLSummarizer`` on the library's candidate
    sentences, with sumy's stop words for the language (sumy does not stem
    here). sumy's greedy search costs O(n^2) divergences: about 10 s for a
    cluster of 300 sentences; use another method for large inputs.

    KL-Sum has no settings.

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(), scorer=summarize.scorers.KL(), max_sentences=1
    ... )
    >>> summary.text  # doctest: +ELLIPSIS
    "Mayor Dana Ruiz said the $61 million project will supply about 14 percent..."
    """

    name: ClassVar[str] = "kl"
    reads_query: ClassVar[bool] = False

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's place in KL-Sum's greedy order, as ``1 - step / n``.

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
        from sumy.summarizers.kl import KLSummarizer

        return Scores(greedy_order(KLSummarizer, candidates, features.language))
