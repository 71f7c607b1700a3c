"""The pipeline: configuration, and the stages run in order.

loading -> segmentation and cleaning -> features -> scoring -> selection -> results.
Each stage is a plain function in its own module; this one only validates the
settings and passes data from one stage to the next.
"""

from __future__ import annotations

import codecs
import gc
import logging
import time
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

import numpy as np
import scipy.sparse as sp

from .documents import ArticleLike, Document, coerce_documents
from .features import Counts, count_terms, tfidf
from .segmentation.parallel import KINDS, split_documents
from .results import ScoredSentence, Summary, SummarySentence
from .scorers.coverage import concept_weights, coverage, lead, lexrank, sentence_scores
from .selectors.greedy import Budget, select, supporting
from .exceptions import EmptyInputError, InvalidParameterError, SummarizeWarning

__all__ = ["Summarizer", "summarize", "available_languages", "DEFAULT_MAX_WORDS"]

logger = logging.getLogger("summarize")

DEFAULT_MAX_WORDS = 100
"""The budget when none of ``max_sentences``, ``max_words`` and ``max_chars`` is set."""


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """The languages with a stopword list (sumy's), hence valid ``language`` values.

    Examples
    --------
    >>> "english" in available_languages()
    True
    """
    folder = resources.files("sumy") / "data" / "stopwords"
    return tuple(sorted(p.name[: -len(".txt")] for p in folder.iterdir() if p.name.endswith(".txt")))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration of a call.

    A call allocates millions of small objects (tokens, spans, strings); each
    time enough have piled up, the collector walks every tracked object in the
    process, the caller's included, which cost a quarter of the time at
    10,000 sentences and grows faster than the input. The pipeline creates no
    reference cycles (``tests/test_summarizer.py`` checks this), so reference
    counting frees everything as it goes and nothing waits for the collector.
    It is enabled again afterwards, unless it was off before the call.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _stage(name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    logger.debug("stage %s took %.3f s", name, time.perf_counter() - started)


class _Candidates(NamedTuple):
    """The candidate sentences of all documents, as parallel sequences."""

    texts: list[str]
    document_index: np.ndarray
    sentence_index: np.ndarray
    start: np.ndarray
    end: np.ndarray


class _Features(NamedTuple):
    """What the candidates are made of; depends on ``language`` and ``damping`` only."""

    counts: Counts
    X: sp.csr_matrix  # row-normalised TF-IDF vectors
    centrality: np.ndarray  # LexRank


class _Evidence(NamedTuple):
    """What scoring knows about the candidates, for selection to use."""

    X: sp.csr_matrix  # row-normalised TF-IDF vectors
    concepts: sp.csr_matrix  # word pairs, then single words
    weights: np.ndarray  # of each concept
    bonus: np.ndarray  # centrality and lead part of each score, before the length division
    scores: np.ndarray  # the reported scores: they average 1
    words: np.ndarray  # word_count of each candidate


def _invalid(name: str, expected: str, value: object) -> InvalidParameterError:
    return InvalidParameterError(
        f"The {name!r} parameter of Summarizer must be {expected}. Got {value!r} instead."
    )


def _check_budget(name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise _invalid(name, "an int >= 1 or None", value)


def _check_unit(name: str, value: object, *, low_open: bool = False, high_open: bool = False) -> None:
    interval = f"{'(' if low_open else '['}0, 1{')' if high_open else ']'}"
    ok = isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool)
    if ok:
        number = float(value)  # type: ignore[arg-type]
        ok = (0 < number if low_open else 0 <= number) and (number < 1 if high_open else number <= 1)
    if not ok:
        raise _invalid(name, f"a float in {interval}", value)


def _check_non_negative(name: str, value: object) -> None:
    ok = isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool)
    if not ok or not 0 <= float(value) < float("inf"):  # type: ignore[arg-type]
        raise _invalid(name, "a finite float >= 0", value)


@dataclass(frozen=True, kw_only=True)
class Summarizer:
    """An extractive multi-document summariser, configured once.

    The settings are validated when the object is made and never change;
    use :func:`dataclasses.replace` to derive a summariser with other
    settings. One summariser can be used for any number of calls, from any
    number of threads.

    Parameters
    ----------
    max_sentences : int or None, default=None
        At most this many sentences.
    max_words : int or None, default=None
        At most this many words (whitespace-separated). When no budget at all
        is given, ``max_words`` is 100, the length of the standard benchmarks.
    max_chars : int or None, default=None
        At most this many characters, counting one space between sentences.
    order : {"rank", "source"}, default="rank"
        Order of the summary's sentences: best first, or by article and then
        position in the article.
    language : str, default="english"
        Chooses the stopword list (sumy's), the stemmer (Snowball's) and,
        when installed, NLTK's trained Punkt model. See
        :func:`available_languages`.
    concept_power : float, default=3.0
        How much the agreement of outlets counts (>= 0). A sentence's coverage
        is the share of the cluster's concept weight it contains; concepts
        are stemmed word pairs (and single words, see ``unigram_weight``), and
        a concept that ``d`` articles mention weighs ``(d - 1) **
        concept_power``: 0 for a concept of one article alone, so with a
        single article only centrality and lead decide. Larger powers favour
        what nearly every article reports.
    unigram_weight : float, default=0.0
        Weight of single words as concepts, relative to word pairs (>= 0; 0
        counts word pairs only).
    centrality_weight : float, default=0.05
        Weight of LexRank centrality (divided by its largest value, so in
        [0, 1]) added to a sentence's coverage share (>= 0).
    position_weight : float, default=0.0
        Weight of the lead prior ``1 / (1 + p)`` for the ``p``-th candidate of
        an article, added to the coverage share (>= 0; 0 ignores position).
    length_penalty : float, default=0.25
        A sentence's value is divided by its length in words to this power,
        in [0, 1]: 0 ignores length, 1 ranks by value per word.
    min_words : int, default=1
        Sentences with fewer words are never chosen for a summary (they are
        still ranked by :meth:`rank`).
    damping : float, default=0.85
        LexRank's probability of following a similarity edge rather than
        jumping to a random sentence, in [0, 1).
    diversity : float, default=0.0
        Weight of an extra redundancy penalty (maximal marginal relevance):
        a candidate's gain, divided by the best gain, minus ``diversity``
        times its largest similarity to a chosen sentence. The coverage gain
        already ignores what the summary covers, so 0 is usually right.
    duplicate_threshold : float, default=0.5
        Cosine similarity (of TF-IDF vectors) from which two sentences count
        as reporting the same fact: such a pair is never chosen together, and
        the articles that carry one are each other's ``supporting`` outlets.
    encoding : str, default="utf-8"
        How to decode articles given as bytes.
    n_jobs : int or None, default=None
        Processes used to split articles into sentences, the one stage that
        runs in pure Python. ``None`` uses every core for large inputs (over
        about four million characters) when worker processes can be forked
        safely, and one process otherwise; ``-1`` always uses every core. The
        result is the same whatever the value.

    Examples
    --------
    >>> from summarize import Summarizer
    >>> summarizer = Summarizer(max_sentences=1)
    >>> summary = summarizer.summarize([
    ...     "The council approved the new budget on Monday. Parks get more money.",
    ...     "On Monday the council approved the budget. The vote was close.",
    ... ])
    >>> [(s.document_id, s.text) for s in summary.sentences]
    [('1', 'On Monday the council approved the budget.')]
    >>> summary.sentences[0].supporting
    ('0',)
    """

    max_sentences: int | None = None
    max_words: int | None = None
    max_chars: int | None = None
    order: Literal["rank", "source"] = "rank"
    language: str = "english"
    concept_power: float = 3.0
    unigram_weight: float = 0.0
    centrality_weight: float = 0.05
    position_weight: float = 0.0
    length_penalty: float = 0.25
    min_words: int = 1
    damping: float = 0.85
    diversity: float = 0.0
    duplicate_threshold: float = 0.5
    encoding: str = "utf-8"
    n_jobs: int | None = None

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if isinstance(value, np.generic):  # np.int64(5) -> 5, so settings stay JSON data
                object.__setattr__(self, name, value.item())
        for name in ("max_sentences", "max_words", "max_chars"):
            _check_budget(name, getattr(self, name))
        if not isinstance(self.order, str) or self.order not in ("rank", "source"):
            raise _invalid("order", "one of 'rank', 'source'", self.order)
        if not isinstance(self.language, str) or self.language not in available_languages():
            raise _invalid("language", f"one of {', '.join(available_languages())}", self.language)
        for name in ("concept_power", "unigram_weight", "centrality_weight", "position_weight"):
            _check_non_negative(name, getattr(self, name))
        _check_unit("length_penalty", self.length_penalty)
        if isinstance(self.min_words, bool) or not isinstance(self.min_words, (int, np.integer)) or self.min_words < 1:
            raise _invalid("min_words", "an int >= 1", self.min_words)
        _check_unit("damping", self.damping, high_open=True)
        _check_unit("diversity", self.diversity)
        _check_unit("duplicate_threshold", self.duplicate_threshold, low_open=True)
        if self.n_jobs is not None and (
            isinstance(self.n_jobs, bool)
            or not isinstance(self.n_jobs, (int, np.integer))
            or not (self.n_jobs >= 1 or self.n_jobs == -1)
        ):
            raise _invalid("n_jobs", "an int >= 1, -1 (every core) or None (automatic)", self.n_jobs)
        try:
            # A text encoding: bytes.decode refuses codecs such as "rot13" and "hex".
            ok = isinstance(self.encoding, str) and codecs.lookup(self.encoding)._is_text_encoding
        except LookupError:
            ok = False
        if not ok:
            raise _invalid("encoding", "a codec name known to Python, such as 'utf-8'", self.encoding)

    @property
    def budget(self) -> Budget:
        """The effective budget: the one given, or ``max_words=100`` if none was."""
        if self.max_sentences is None and self.max_words is None and self.max_chars is None:
            return Budget(max_words=DEFAULT_MAX_WORDS)
        return Budget(self.max_sentences, self.max_words, self.max_chars)

    # -- the stages -----------------------------------------------------------------------

    def _segment(self, documents: tuple[Document, ...]) -> tuple[tuple[Document, ...], _Candidates]:
        pieces = split_documents([d.text for d in documents], language=self.language, n_jobs=self.n_jobs)
        is_candidate = pieces.kind == KINDS.index("sentence")
        document_index = pieces.document[is_candidate]
        starts = pieces.start[is_candidate]
        ends = pieces.end[is_candidate]
        texts = [documents[d].text[a:b] for d, a, b in zip(document_index.tolist(), starts.tolist(), ends.tolist())]
        found = np.bincount(document_index, minlength=len(documents))
        first_piece = np.flatnonzero(pieces.index == 0)
        headlines = {
            int(pieces.document[i]): (int(pieces.start[i]), int(pieces.end[i]))
            for i in first_piece
            if pieces.kind[i] == KINDS.index("headline")
        }
        titled = []
        for position, document in enumerate(documents):
            if found[position] == 0:
                what = "is empty" if not document.text.strip() else "has no usable sentence"
                warnings.warn(
                    f"Article {document.id!r} {what}; it is skipped.", SummarizeWarning, stacklevel=4
                )
            if document.title is None and position in headlines:
                start, end = headlines[position]
                document = replace(document, title=document.text[start:end])
            titled.append(document)
        if not texts:
            raise EmptyInputError(
                f"None of the {len(documents)} articles has a sentence to summarise: every "
                "line is a headline or page furniture (a sentence needs final punctuation "
                "or some length)."
            )
        candidates = _Candidates(texts, document_index, pieces.index[is_candidate], starts, ends)
        return tuple(titled), candidates

    def _vectorise(self, candidates: _Candidates) -> tuple[Counts, sp.csr_matrix]:
        counts = count_terms(candidates.texts, language=self.language)
        return counts, tfidf(counts.terms)

    def _featurize(self, candidates: _Candidates) -> _Features:
        """Terms, TF-IDF and centrality, for reuse across settings (benchmarks/tune.py)."""
        counts, X = self._vectorise(candidates)
        return _Features(counts, X, lexrank(X, damping=self.damping))

    def _score(self, candidates: _Candidates, features: _Features) -> _Evidence:
        counts = features.counts
        concepts = sp.hstack([counts.pairs, counts.terms], format="csr")
        weights = concept_weights(concepts, candidates.document_index, power=self.concept_power)
        weights[counts.pairs.shape[1] :] *= self.unigram_weight
        # word_count of each text, without a Python call per text.
        words = np.fromiter(map(len, map(str.split, candidates.texts)), np.int64, len(candidates.texts))
        # The part of the score that does not depend on what is chosen: selection
        # adds it as is to the coverage share of the concepts not yet covered.
        bonus = sentence_scores(
            np.zeros(len(words)),
            features.centrality,
            lead(candidates.document_index),
            np.ones(len(words)),
            centrality_weight=self.centrality_weight,
            position_weight=self.position_weight,
            length_penalty=0.0,
        )
        raw = (coverage(concepts, weights) + bonus) / np.maximum(words, 1) ** self.length_penalty
        mean = float(np.mean(raw))
        scores = raw / mean if mean > 0 else np.ones(len(raw))
        return _Evidence(features.X, concepts, weights, bonus, scores, words)

    def _prepare(
        self, articles: Iterable[ArticleLike]
    ) -> tuple[tuple[Document, ...], _Candidates, _Evidence]:
        with _stage("loading"):
            documents = coerce_documents(articles, encoding=self.encoding)
        with _stage("segmentation"):
            documents, candidates = self._segment(documents)
        logger.debug(
            "segmentation found %d candidates in %d articles", len(candidates.texts), len(documents)
        )
        with _stage("features"):
            counts, X = self._vectorise(candidates)
        with _stage("scoring"):
            features = _Features(counts, X, lexrank(X, damping=self.damping))
            evidence = self._score(candidates, features)
        return documents, candidates, evidence

    def _choose(self, candidates: _Candidates, evidence: _Evidence) -> tuple[list[int], list[tuple[int, ...]]]:
        """Selection: the chosen candidates, and each one's supporting articles."""
        with _stage("selection"):
            chosen = select(
                evidence.X,
                candidates.texts,
                concepts=evidence.concepts,
                weights=evidence.weights,
                bonus=evidence.bonus,
                length_penalty=self.length_penalty,
                budget=self.budget,
                diversity=self.diversity,
                duplicate_threshold=self.duplicate_threshold,
                min_words=self.min_words,
                words=evidence.words,
            )
            support = supporting(
                evidence.X, chosen, candidates.document_index, threshold=self.duplicate_threshold
            )
        return chosen, support

    # -- the public calls -----------------------------------------------------------------

    def rank(self, articles: Iterable[ArticleLike]) -> tuple[ScoredSentence, ...]:
        """Score every candidate sentence and return them all, best first.

        Use this to make a selection of your own; no budget or redundancy
        penalty applies. Ties are broken by position (article, then offset).

        A sentence's score is its value on its own: ``(coverage +
        centrality_weight * centrality + position_weight * lead) / words **
        length_penalty``, where coverage is the share of the cluster's concept
        weight the sentence contains, centrality its LexRank score divided by
        the largest, and lead ``1 / (1 + p)`` for the ``p``-th sentence of its
        article; the scores are then rescaled to average 1. :meth:`summarize`
        uses the same formula at each step, counting only the concepts its
        summary does not cover yet.

        Parameters
        ----------
        articles : iterable of str, bytes, Document or mapping
            The articles on one topic.

        Returns
        -------
        tuple of ScoredSentence
            Every candidate, ``rank`` 1 first.

        Raises
        ------
        SummarizeError
            For input that cannot be summarised (see :func:`summarize`).

        Examples
        --------
        >>> ranked = Summarizer().rank(["Rain fell. The river rose.", "The river rose fast."])
        >>> [(s.rank, s.text) for s in ranked]
        [(1, 'The river rose.'), (2, 'The river rose fast.'), (3, 'Rain fell.')]
        """
        with _collector_paused():
            documents, candidates, evidence = self._prepare(articles)
            scores = evidence.scores
            order = np.argsort(-scores, kind="stable")
            return tuple(
                self._sentence(documents, candidates, scores, int(i), rank)
                for rank, i in enumerate(order, 1)
            )

    def summarize(self, articles: Iterable[ArticleLike]) -> Summary:
        """Summarise articles on one topic.

        Parameters
        ----------
        articles : iterable of str, bytes, Document or mapping
            The articles. A mapping has the keys ``text`` and optionally
            ``id``, ``title`` and ``metadata``; ids default to the position.

        Returns
        -------
        Summary
            The chosen sentences with provenance, and the documents.

        Raises
        ------
        EmptyInputError
            No articles, all empty, or no usable sentence in any.
        InputTypeError
            An article, or the collection, has the wrong type.
        DuplicateIdError
            Two articles share an id.
        InputDecodeError
            A bytes article cannot be decoded.

        Warns
        -----
        SummarizeWarning
            For each article skipped because it has no usable sentence, and
            when no sentence fits the budget.

        Examples
        --------
        >>> summary = Summarizer(max_words=12).summarize([
        ...     "Storm Hits Coast\\nA storm hit the coast on Monday. Power failed in the town.",
        ...     "The storm hit the coast on Monday night. Schools stayed closed.",
        ... ])
        >>> for s in summary.sentences:
        ...     print(s.rank, s.document_id, s.start, s.end, s.text)
        1 0 17 49 A storm hit the coast on Monday.
        2 1 41 63 Schools stayed closed.
        >>> summary.documents[0].title
        'Storm Hits Coast'
        """
        with _collector_paused():
            documents, candidates, evidence = self._prepare(articles)
            scores = evidence.scores
            chosen, support = self._choose(candidates, evidence)
            if not chosen:
                warnings.warn(
                    f"No sentence fits the budget {self.budget}; the summary is empty.",
                    SummarizeWarning,
                    stacklevel=2,
                )
            sentences = [
                SummarySentence(
                    **asdict(self._sentence(documents, candidates, scores, index, rank)),
                    supporting=tuple(documents[d].id for d in others),
                )
                for rank, (index, others) in enumerate(zip(chosen, support), 1)
            ]
            if self.order == "source":
                sentences.sort(key=lambda s: (s.document_index, s.start))
            return Summary(tuple(sentences), documents, asdict(self))

    @staticmethod
    def _sentence(
        documents: tuple[Document, ...], candidates: _Candidates, scores: np.ndarray, index: int, rank: int
    ) -> ScoredSentence:
        document = int(candidates.document_index[index])
        return ScoredSentence(
            text=candidates.texts[index],
            document_id=documents[document].id,
            document_index=document,
            sentence_index=int(candidates.sentence_index[index]),
            start=int(candidates.start[index]),
            end=int(candidates.end[index]),
            score=float(scores[index]),
            rank=rank,
        )


def summarize(
    articles: Iterable[ArticleLike],
    *,
    max_sentences: int | None = None,
    max_words: int | None = None,
    max_chars: int | None = None,
    order: Literal["rank", "source"] = "rank",
    language: str = "english",
    concept_power: float = 3.0,
    unigram_weight: float = 0.0,
    centrality_weight: float = 0.05,
    position_weight: float = 0.0,
    length_penalty: float = 0.25,
    min_words: int = 1,
    damping: float = 0.85,
    diversity: float = 0.0,
    duplicate_threshold: float = 0.5,
    encoding: str = "utf-8",
    n_jobs: int | None = None,
) -> Summary:
    """Summarise articles on one topic in one call.

    Equivalent to ``Summarizer(**settings).summarize(articles)``; see
    :class:`Summarizer` for what each setting does.

    Parameters
    ----------
    articles : iterable of str, bytes, Document or mapping
        The articles on one topic.
    max_sentences, max_words, max_chars, order, language : optional
        As for :class:`Summarizer`.
    concept_power, unigram_weight, centrality_weight, position_weight : optional
        As for :class:`Summarizer`.
    length_penalty, min_words, damping, diversity, duplicate_threshold, encoding, n_jobs : optional
        As for :class:`Summarizer`.

    Returns
    -------
    Summary

    Examples
    --------
    >>> import summarize
    >>> summary = summarize.summarize(
    ...     ["Prices rose in May. Fuel led the rise.", "In May prices rose again."],
    ...     max_sentences=1,
    ... )
    >>> summary.text
    'Prices rose in May.'
    >>> summary.sentences[0].supporting
    ('1',)
    """
    settings: dict[str, Any] = dict(
        max_sentences=max_sentences,
        max_words=max_words,
        max_chars=max_chars,
        order=order,
        language=language,
        concept_power=concept_power,
        unigram_weight=unigram_weight,
        centrality_weight=centrality_weight,
        position_weight=position_weight,
        length_penalty=length_penalty,
        min_words=min_words,
        damping=damping,
        diversity=diversity,
        duplicate_threshold=duplicate_threshold,
        encoding=encoding,
        n_jobs=n_jobs,
    )
    return Summarizer(**settings).summarize(articles)
