"""TextRank (Mihalcea and Tarau, 2004), run by sumy on the library's sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..validation import check_number, known_settings
from .base import Scores
from .sumy_adapter import reading, summarizer, sumy_document

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["TextRank"]


@known_settings
@dataclass(frozen=True)
class TextRank:
    """TextRank: PageRank over sentences linked by the words they share.

    Two sentences are linked with the weight ``|common words| / (log |s1| +
    log |s2|)`` (stemmed words, stop words removed); a sentence's value is
    its PageRank in that graph (Mihalcea and Tarau, 2004). Computed by
    sumy's ``TextRankSummarizer.rate_sentences`` on the library's candidate
    sentences, with sumy's stemmer and stop words for the language.

    Parameters
    ----------
    damping : float, default=0.85
        Probability that the walk follows a link rather than jumping to a
        sentence at random, in [0, 1).

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     summarize.sample_articles(), scorer=summarize.scorers.TextRank(), max_sentences=1
    ... )
    >>> summary.text  # doctest: +ELLIPSIS
    "Tuesday's opening of Lakeport's floating solar farm makes the city one of..."
    """

    name: ClassVar[str] = "textrank"
    reads_query: ClassVar[bool] = False

    damping: float = 0.85

    def __post_init__(self) -> None:
        damping = check_number(
            type(self).__name__, "damping", self.damping, low=0.0, high=1.0, high_open=True
        )
        object.__setattr__(self, "damping", damping)

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's TextRank (the stationary probability of the walk).

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
        from sumy.summarizers.text_rank import TextRankSummarizer

        if len(candidates) == 0:
            return Scores(np.zeros(0))
        read = reading(candidates, features.language)
        document = sumy_document(candidates, features.language, read=read)
        method = summarizer(TextRankSummarizer, features.language, read=read, damping=self.damping)
        rated = method.rate_sentences(document)
        return Scores(np.array([float(rated[s]) for s in document.sentences]))
