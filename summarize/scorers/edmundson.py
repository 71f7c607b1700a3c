"""Edmundson's method (Edmundson, 1969), run by sumy on the library's sentences."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from ..validation import check_number, invalid, known_settings
from .base import Scores
from .sumy_adapter import reading, sumy_document

if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = ["Edmundson"]

_WEIGHT_LIMIT = 100.0


@known_settings
@dataclass(frozen=True)
class Edmundson:
    """Edmundson: cue words, key words, headline words and position, weighed together.

    A sentence's value is ``cue_weight * cue + key_weight * key +
    title_weight * title + location_weight * location`` (Edmundson, 1969):

    *cue*
        Its bonus words minus its stigma words (stemmed occurrences).
    *key*
        Its occurrences of the bonus words that are frequent in the cluster
        (over half the count of the most frequent one).
    *title*
        Its occurrences of words of the articles' headlines (stop words
        left out).
    *location*
        Its headline words again, plus 1 for the first sentence of its
        article and 1 for the last. The first and last *article* get no
        bonus, unlike in sumy: in a cluster the articles' order means
        nothing.

    Each part is computed by sumy's own method classes
    (``EdmundsonCueMethod``, ``EdmundsonKeyMethod``, ``EdmundsonTitleMethod``,
    ``EdmundsonLocationMethod``, their public ``rate_sentences``) on the
    library's candidate sentences, one paragraph per article headed by its
    title, with sumy's stemmer for the language. sumy's
    ``EdmundsonSummarizer`` only switches the parts on or off by their weight
    and refuses empty word lists; here the weights weigh, and an empty list
    adds nothing.

    Edmundson took his cue words from a corpus of scientific papers; no such
    list suits news, so none is assumed: by default the headlines' words
    count through the title and location parts, and cue words are yours to
    give.

    Parameters
    ----------
    bonus_words : sequence of str, default=()
        Words that make a sentence worth more (cue and key parts); spaces
        around a word are dropped.
    stigma_words : sequence of str, default=()
        Words that make a sentence worth less (cue part).
    null_words : sequence of str or None, default=None
        Headline words that do not count; ``None`` for the stop words of the
        language.
    cue_weight, key_weight, title_weight, location_weight : float
        Weights of the four parts, each in [0, 100]; by default 1, 0, 1 and
        1, sumy's.

    Examples
    --------
    >>> import summarize
    >>> articles = summarize.sample_articles()
    >>> summarize.summarize(articles, scorer="edmundson", max_sentences=1).text
    ... # doctest: +ELLIPSIS
    'The city of Lakeport switched on the largest floating solar farm in the region...'
    >>> scorer = summarize.scorers.Edmundson(bonus_words=["evaporation"], cue_weight=20)
    >>> summarize.summarize(articles, scorer=scorer, max_sentences=1).text
    ... # doctest: +ELLIPSIS
    'Floating panels also reduce evaporation from the reservoir, which the utility...'
    """

    name: ClassVar[str] = "edmundson"
    reads_query: ClassVar[bool] = False

    bonus_words: tuple[str, ...] = ()
    stigma_words: tuple[str, ...] = ()
    null_words: tuple[str, ...] | None = None
    cue_weight: float = 1.0
    key_weight: float = 0.0
    title_weight: float = 1.0
    location_weight: float = 1.0

    def __post_init__(self) -> None:
        owner = type(self).__name__
        for name in ("bonus_words", "stigma_words", "null_words"):
            value = getattr(self, name)
            if value is not None or name != "null_words":
                object.__setattr__(self, name, _words(owner, name, value))
        for name in ("cue_weight", "key_weight", "title_weight", "location_weight"):
            value = check_number(owner, name, getattr(self, name), low=0.0, high=_WEIGHT_LIMIT)
            object.__setattr__(self, name, value)

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Each candidate's weighted sum of the four parts.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen, and the articles' ``titles``.
        features : Features
            Used for its ``language`` only: sumy counts the words itself.

        Returns
        -------
        Scores
            ``values`` only.
        """
        from sumy.summarizers.edmundson import EdmundsonSummarizer
        from sumy.summarizers.edmundson_cue import EdmundsonCueMethod
        from sumy.summarizers.edmundson_key import EdmundsonKeyMethod
        from sumy.summarizers.edmundson_location import EdmundsonLocationMethod
        from sumy.summarizers.edmundson_title import EdmundsonTitleMethod

        if len(candidates) == 0:
            return Scores(np.zeros(0))
        language = features.language
        read = reading(candidates, language)
        document = sumy_document(candidates, language, titles=candidates.titles, read=read)
        stem = read.stem
        # sumy's summariser stems the word lists through its public setters; a
        # user's word lists are matched in every language of the cluster.
        words = EdmundsonSummarizer(stem)
        words.bonus_words = read.words(self.bonus_words)
        words.stigma_words = read.words(self.stigma_words)
        words.null_words = (
            read.stop_words if self.null_words is None else read.words(self.null_words)
        )
        parts: list[tuple[float, dict[Any, float]]] = [
            (
                self.cue_weight,
                EdmundsonCueMethod(stem, words.bonus_words, words.stigma_words).rate_sentences(
                    document
                ),
            ),
            (
                self.key_weight,
                EdmundsonKeyMethod(stem, words.bonus_words).rate_sentences(document),
            ),
            (
                self.title_weight,
                EdmundsonTitleMethod(stem, words.null_words).rate_sentences(document),
            ),
            (
                self.location_weight,
                EdmundsonLocationMethod(stem, words.null_words).rate_sentences(
                    document, w_p1=0, w_p2=0
                ),
            ),
        ]
        values = np.zeros(len(document.sentences))
        for weight, rated in parts:
            if weight > 0:
                values += weight * np.array([float(rated[s]) for s in document.sentences])
        return Scores(values)


def _words(owner: str, name: str, value: object) -> tuple[str, ...]:
    """A sequence of words as a tuple of str (a lone str is refused, not split)."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise invalid(owner, name, "a sequence of words (str)", value)
    words = tuple(value)
    if not all(isinstance(word, str) and word.strip() for word in words):
        raise invalid(owner, name, "a sequence of words (non-empty str)", value)
    # "  evaporation " is the word "evaporation": the spaces around it matched nothing.
    return tuple(word.strip() for word in words)
