"""The pipeline: the settings, declared once, and the stages run in order.

loading (:mod:`summarize.documents`) -> segmentation (:mod:`summarize.segmentation`)
-> features (:mod:`summarize.features`) -> scoring (:mod:`summarize.scorers`)
-> selection (:mod:`summarize.selectors`) -> corroboration
(:mod:`summarize.corroboration`) -> results (:mod:`summarize.results`).

Each stage is a public function or object with a typed contract; this module
only validates the settings and passes each stage's output to the next.
"""

from __future__ import annotations

import gc
import logging
import math
import operator
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import Field, dataclass, field, fields
from typing import Any, Literal

import numpy as np

from . import languages
from .corroboration import corroborate
from .disagreement import find_disagreements
from .documents import ArticleLike, Document, check_encoding, coerce_documents
from .exceptions import InvalidInputError, InvalidParameterError, warn
from .features import Features, featurize
from .results import ScoredSentence, Summary, SummarySentence
from .scorers import Coverage, Scorer, Scores, query_scorers, reads_query
from .scorers import get as get_scorer
from .segmentation import Candidates, Segmentation, segment
from .selectors import Budget, Greedy, Selector
from .selectors import get as get_selector
from .validation import check_choice, check_count, invalid, known_settings

__all__ = [
    "Summarizer",
    "summarize",
    "summarizer_from",
    "available_languages",
    "DEFAULT_MAX_WORDS",
    "SETTINGS",
]

logger = logging.getLogger("summarize")

DEFAULT_MAX_WORDS = 100
"""The budget when none of ``max_sentences``, ``max_words`` and ``max_chars`` is set."""

ORDERS = ("rank", "source")


def available_languages() -> tuple[str, ...]:
    """The languages the library reads, hence valid ``language`` values (with ``"auto"``).

    Each is also known by its ISO code and other names (``"de"``, ``"deu"``,
    ``"German"``); see ``summarize.languages`` and the docs' Languages page.

    Examples
    --------
    >>> "english" in available_languages(), len(available_languages())
    (True, 26)
    """
    return languages.available()


def _setting(default: Any, help: str, *, flag: str | None = None, metavar: str = "") -> Any:
    """A field of :class:`Summarizer`: its default, its one-line help and its option."""
    return field(default=default, metadata={"help": help, "flag": flag, "metavar": metavar})


@known_settings
@dataclass(frozen=True, kw_only=True)
class Summarizer:
    """An extractive multi-document summariser, configured once.

    The settings are validated when the object is made and never change; use
    :func:`dataclasses.replace` to derive a summariser with other settings.
    One summariser can be used for any number of calls, from any number of
    threads or processes (it pickles).

    Parameters
    ----------
    scorer : Scorer or str, default=Coverage()
        How each candidate sentence is valued: an object from
        :mod:`summarize.scorers` (or one of your own), or its name
        (``"coverage"``, ``"lexrank"``, ...) for its default settings.
    selector : Selector or str, default=Greedy()
        How the summary's sentences are chosen under the budget: an object
        from :mod:`summarize.selectors`, or its name.
    language : str or Language, default="english"
        The articles' language, by name, code or alias (``"german"``,
        ``"de"``, ``"Deutsch"``): its stopwords, stemmer, word units and
        sentence rules (see :func:`available_languages`). ``"auto"`` detects
        each article's language and reads it in its own (an article without
        letters in the cluster's most frequent one); the summary's
        ``settings["languages"]`` lists the languages seen. A
        :class:`~summarize.languages.Language` of one's own (derived with
        :func:`dataclasses.replace`) is read at every stage.
    max_sentences : int or None, default=None
        At most this many sentences.
    max_words : int or None, default=None
        At most this many words. When no budget at all is given, ``max_words``
        is 100, the length of the standard benchmarks.
    max_chars : int or None, default=None
        At most this many characters, counting one space between sentences.
    order : {"rank", "source"}, default="rank"
        Order of the summary's sentences: best first, or by article and then
        position in the article.
    encoding : str, default="utf-8"
        How to decode articles given as bytes.
    n_jobs : int or None, default=None
        Processes used to split articles into sentences. ``None`` uses every
        core for large inputs (over about four million characters) when
        worker processes can be forked safely, and one process otherwise;
        ``-1`` uses every core. The number is capped at the available cores,
        and is 1 inside a daemonic process or one of the library's own worker
        processes (no pool is ever nested). Any value but 1 also lets the
        features stage split a large input (over 125,000 sentences) on a
        second thread while it reads it, on a machine with more than one
        core. The result is the same whatever the value.

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
    >>> Summarizer(scorer="coverage").scorer.name
    'coverage'
    """

    scorer: Scorer = _setting(
        Coverage(),
        "The scoring method, a name from summarize.scorers",
        flag="--method",
        metavar="NAME",
    )
    selector: Selector = _setting(
        Greedy(), "The selection method, a name from summarize.selectors", metavar="NAME"
    )
    language: str = _setting("english", "The articles' language", metavar="NAME")
    max_sentences: int | None = _setting(
        None, "At most this many sentences", flag="--sentences", metavar="N"
    )
    max_words: int | None = _setting(
        None,
        f"At most this many words; {DEFAULT_MAX_WORDS} when no budget is given",
        flag="--words",
        metavar="N",
    )
    max_chars: int | None = _setting(
        None, "At most this many characters", flag="--chars", metavar="N"
    )
    order: Literal["rank", "source"] = _setting(
        "rank",
        "Order of the sentences: rank (best first) or source (by article)",
        metavar="rank|source",
    )
    encoding: str = _setting(
        "utf-8", "Encoding of articles given as bytes, and of input files", metavar="NAME"
    )
    n_jobs: int | None = _setting(
        None,
        "Processes for sentence splitting (with --jsonl: for the topics); -1: every core",
        flag="--jobs",
        metavar="N",
    )

    def __post_init__(self) -> None:
        owner = "Summarizer"
        set_ = object.__setattr__
        set_(self, "scorer", get_scorer(self.scorer))
        set_(self, "selector", get_selector(self.selector))
        if isinstance(self.language, str) and self.language.strip().lower() == "auto":
            set_(self, "language", "auto")
        elif not isinstance(self.language, (str, languages.Language)):
            raise invalid(
                owner,
                "language",
                f"'auto' or one of {', '.join(available_languages())}",
                self.language,
            )
        elif isinstance(self.language, languages.Language):
            # A language of one's own (dataclasses.replace of a built-in one) is kept as
            # it is; one equal to a built-in language is named as the setting is.
            if languages.builtin(self.language) is not None:
                set_(self, "language", self.language.name)
        else:
            try:
                set_(self, "language", languages.get(self.language).name)
            except InvalidParameterError:
                expected = f"'auto' or one of {', '.join(available_languages())} (or their codes)"
                raise invalid(owner, "language", expected, self.language) from None
        for name in ("max_sentences", "max_words", "max_chars"):
            set_(self, name, check_count(owner, name, getattr(self, name), optional=True))
        set_(self, "order", str(check_choice(owner, "order", self.order, ORDERS)))
        n_jobs = self.n_jobs
        if n_jobs is not None and check_count(owner, "n_jobs", n_jobs, low=-1) in (0,):
            raise invalid(
                owner,
                "n_jobs",
                "a whole number of at least 1, -1 (every core) or None (automatic)",
                n_jobs,
            )
        if n_jobs is not None:
            set_(self, "n_jobs", int(n_jobs))
        set_(self, "encoding", check_encoding(self.encoding))

    @property
    def budget(self) -> Budget:
        """The effective budget: the one given, or ``max_words=100`` if none was."""
        if self.max_sentences is None and self.max_words is None and self.max_chars is None:
            return Budget(max_words=DEFAULT_MAX_WORDS)
        return Budget(self.max_sentences, self.max_words, self.max_chars)

    def settings(self) -> dict[str, Any]:
        """The settings as plain JSON data: methods as ``{"name": ..., their settings}``.

        Examples
        --------
        >>> Summarizer(max_words=50).settings()["scorer"]["name"]
        'coverage'
        """
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("scorer", "selector"):
                value = _method_settings(value)
            elif isinstance(value, languages.Language):
                value = value.name  # a language of one's own, by its name
            data[f.name] = value
        return data

    # -- the stages -----------------------------------------------------------------------

    def _run(
        self, articles: Iterable[ArticleLike], query: str | None
    ) -> tuple[Segmentation, Candidates, Features, Scores, tuple[str, ...]]:
        if query is not None and (not isinstance(query, str) or not query.strip()):
            raise invalid("summarize", "query", "a non-empty str or None", query)
        if query is not None and not reads_query(self.scorer):
            raise InvalidParameterError(
                f"The scorer {self.scorer.name!r} does not read a query: it would give the "
                "summary without it. Use one that does: "
                f"{', '.join(query_scorers())}."
            )
        with _stage("loading"):
            documents = coerce_documents(articles, encoding=self.encoding)
        language: Any = self.language
        if isinstance(language, languages.Language):
            # A language of one's own, for every article (as a sequence: the stages read a
            # str as a name); a document that names its own is read in that one.
            language = tuple(d.language or language for d in documents)
        elif language == "auto":
            # Each article in its own language (its document's when it says one), recorded
            # on the summary's documents and settings; one with no letters (a table of
            # figures, an empty article) in the cluster's most frequent, else English.
            found = [d.language or _detected(d.text) for d in documents]
            named = [name for name in found if name is not None]
            common = max(dict.fromkeys(named), key=named.count) if named else "english"
            language = tuple(name or common for name in found)
        elif any(d.language is not None for d in documents):
            # A document that says its language is read in it; the others in the setting's.
            own = languages.get(self.language).name
            language = tuple(d.language or own for d in documents)
        with _stage("segmentation"):
            segmentation = segment(documents, language=language, n_jobs=self.n_jobs)
            candidates = segmentation.candidates()
        logger.debug(
            "segmentation found %d candidates in %d articles", len(candidates), len(documents)
        )
        with _stage("features"):
            features = featurize(candidates, language=language, query=query, n_jobs=self.n_jobs)
        with _stage("scoring"):
            scores = _checked_scores(
                self.scorer, self.scorer.score(candidates, features), candidates
            )
        read = (language,) if isinstance(language, str) else language
        seen = tuple(dict.fromkeys(languages.get(x).name for x in read))
        return segmentation, candidates, features, scores, seen

    # -- the public calls -----------------------------------------------------------------

    def rank(
        self, articles: Iterable[ArticleLike], *, query: str | None = None
    ) -> tuple[ScoredSentence, ...]:
        """Score every candidate sentence and return them all, best first.

        Use this to make a selection of your own; no budget or redundancy
        rule applies. Ties are broken by position (article, then offset).
        The scores are the scorer's values rescaled to average 1; when some
        are below 0 (with a query, those its filter leaves out: see the
        scorer's ``query_share``), the scores above 0 average 1 and the
        others stay below 0, after them.

        Parameters
        ----------
        articles : iterable of str, bytes, Document or mapping
            The articles on one topic.
        query : str or None, default=None
            A question or topic to steer the scores toward.

        Returns
        -------
        tuple of ScoredSentence
            Every candidate, ``rank`` 1 first.

        Raises
        ------
        SummarizeError
            For input that cannot be summarised (see :meth:`summarize`).

        Examples
        --------
        >>> ranked = Summarizer().rank(["Rain fell. The river rose.", "The river rose fast."])
        >>> [(s.rank, s.text) for s in ranked]
        [(1, 'The river rose.'), (2, 'The river rose fast.'), (3, 'Rain fell.')]
        """
        with _collector_paused():
            segmentation, candidates, _, scores, _ = self._run(articles, query)
            documents = segmentation.documents
            values = _rescaled(scores.values)
            order = np.argsort(-values, kind="stable")
            return tuple(
                _scored(documents, candidates, values, int(i), rank)
                for rank, i in enumerate(order, 1)
            )

    def summarize(self, articles: Iterable[ArticleLike], *, query: str | None = None) -> Summary:
        """Summarise articles on one topic.

        Parameters
        ----------
        articles : iterable of str, bytes, Document or mapping
            The articles. A mapping has the keys ``text`` and optionally
            ``id``, ``title`` and ``metadata``; ids default to the position.
        query : str or None, default=None
            A question or topic the summary should answer.

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
        InvalidParameterError
            A ``query`` for a scorer that does not read one (see
            :func:`summarize.scorers.query_scorers`).

        Warns
        -----
        SummarizeWarning
            For each article skipped because it has no usable sentence, when
            no sentence fits the budget, and when the query cannot steer the
            summary (it has no word that counts, or none of its words is in
            the articles).

        Examples
        --------
        >>> summary = Summarizer(max_words=12).summarize([
        ...     "Storm Hits Coast\\nA storm hit the coast on Monday. Power failed in the town.",
        ...     "The storm hit the coast on Monday night. Schools stayed closed.",
        ... ])
        >>> for s in summary.sentences:
        ...     print(s.rank, s.document_id, s.start, s.end, s.text)
        1 0 17 49 A storm hit the coast on Monday.
        2 0 50 75 Power failed in the town.
        >>> summary.documents[0].title
        'Storm Hits Coast'
        """
        with _collector_paused():
            segmentation, candidates, features, scores, seen = self._run(articles, query)
            documents = segmentation.documents
            with _stage("selection"):
                chosen = _checked_choice(
                    self.selector,
                    self.selector.select(candidates, features, scores, self.budget),
                    candidates,
                    self.budget,
                )
            # Only the values are read from here on: the concept matrix (at a million
            # sentences a third of a gigabyte) is freed before the next stages' peaks.
            values = _rescaled(scores.values)
            del scores
            with _stage("corroboration"):
                support = corroborate(candidates, features, chosen, [d.id for d in documents])
            if not chosen:
                warn(f"No sentence fits the budget {self.budget}; the summary is empty.")
            sentences = [
                SummarySentence(
                    **_scored(documents, candidates, values, index, rank).to_dict(),
                    supporting=tuple(found.document_id for found in others),
                    support=others,
                )
                for rank, (index, others) in enumerate(zip(chosen, support, strict=True), 1)
            ]
            with _stage("disagreement"):
                disagreements = find_disagreements(
                    sentences, candidates, features, chosen, documents
                )
            if self.order == "source":
                sentences.sort(key=lambda s: (s.document_index, s.start))
            settings = self.settings()
            settings["languages"] = list(seen)  # the languages read: several with "auto"
            if query is not None:
                settings["query"] = query
            return Summary(
                tuple(sentences),
                documents,
                settings,
                self.budget,
                segmentation,
                tuple(disagreements),
            )


def _detected(text: str) -> str | None:
    """The language :func:`summarize.languages.detect` finds in ``text`` (None for a text
    without letters)."""
    try:
        return languages.detect(text).name
    except InvalidInputError:
        return None


def _finite_sum(numbers: np.ndarray) -> bool:
    """Whether the magnitudes of ``numbers`` add up to a finite number (no overflow)."""
    with np.errstate(over="ignore"):
        return bool(np.isfinite(np.abs(numbers).sum()))


def _method_settings(method: Any) -> dict[str, Any]:
    """A scorer's or selector's name and settings, as plain data."""
    data: dict[str, Any] = {"name": method.name}
    for f in fields(method) if hasattr(method, "__dataclass_fields__") else ():
        value = getattr(method, f.name)
        # A setting that is itself an object (a ConceptModel) is kept as its plain data.
        data[f.name] = value.to_dict() if callable(getattr(value, "to_dict", None)) else value
    return data


def _rescaled(values: np.ndarray) -> np.ndarray:
    """Scores that average 1, in the order of ``values``.

    Values of both signs (the sentences a query's filter leaves out, Edmundson's
    stigma words, a scorer of one's own) keep their order: the scores above 0
    average 1 and the others stay below. Values none of which is above 0 are
    shifted to start at 0, then rescaled to average 1. All 1 when every value is
    the same.

    Examples
    --------
    >>> _rescaled(np.array([1.0, 3.0])).tolist()
    [0.5, 1.5]
    >>> _rescaled(np.array([2.0, 6.0, -8.0])).tolist()
    [0.5, 1.5, -2.0]
    >>> _rescaled(np.array([0.0, -2.0])).tolist()
    [2.0, 0.0]
    >>> _rescaled(np.array([1.0, -1.0])).tolist()
    [1.0, -1.0]
    >>> _rescaled(np.array([1e308, 1e308])).tolist()
    [1.0, 1.0]
    """
    values = np.asarray(values, dtype=np.float64)
    if not len(values):
        return values
    if (values >= 0).all():
        with np.errstate(over="ignore"):
            mean = float(np.mean(values))
        if 0 < mean < math.inf:
            return values / mean  # the common case, as it always was
    top = float(np.max(np.abs(values)))
    if math.isinf(top) or top == 0.0:
        return np.ones(len(values))
    values = values / top  # no overflow below: every value is in [-1, 1]
    if not (values > 0).any():
        values = values - float(np.min(values))
    elif (values < 0).any():
        positive: np.ndarray = values / float(np.mean(values[values > 0]))
        return positive
    mean = float(np.mean(values))
    return values / mean if mean > 0 else np.ones(len(values))


def _scored(
    documents: tuple[Document, ...],
    candidates: Candidates,
    values: np.ndarray,
    index: int,
    rank: int,
) -> ScoredSentence:
    document = int(candidates.document_index[index])
    return ScoredSentence(
        text=candidates.texts[index],
        document_id=documents[document].id,
        document_index=document,
        sentence_index=int(candidates.sentence_index[index]),
        start=int(candidates.start[index]),
        end=int(candidates.end[index]),
        score=float(values[index]),
        rank=rank,
    )


SETTINGS: tuple[Field[Any], ...] = fields(Summarizer)
"""The declaration of every setting: name, default, one-line help and option."""


def summarize(
    articles: Iterable[ArticleLike], *, query: str | None = None, **settings: Any
) -> Summary:
    """Summarise articles on one topic in one call.

    Equivalent to ``Summarizer(**settings).summarize(articles, query=query)``;
    see :class:`Summarizer` for the settings.

    Parameters
    ----------
    articles : iterable of str, bytes, Document or mapping
        The articles on one topic.
    query : str or None, default=None
        A question or topic the summary should answer.
    **settings
        Any setting of :class:`Summarizer`.

    Returns
    -------
    Summary

    Raises
    ------
    InvalidParameterError
        For an unknown setting or a value out of range, or a ``query`` for a
        scorer that does not read one.

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
    return summarizer_from(settings).summarize(articles, query=query)


def _checked_scores(scorer: Scorer, scores: Any, candidates: Candidates) -> Scores:
    """A scorer's :class:`~summarize.scorers.Scores`, checked: a finite value for every
    candidate (and a finite bonus and concept weights, when given), or a library error
    naming the scorer (one of one's own may return anything: a NaN would stall the
    selection, an infinity would give NaN scores)."""
    name = repr(getattr(scorer, "name", type(scorer).__name__))
    if not isinstance(scores, Scores):
        raise InvalidParameterError(
            f"The scorer {name} returned a {type(scores).__name__}, not summarize.scorers.Scores."
        )
    n = len(candidates)
    parts: dict[str, tuple[Any, int | None]] = {
        "values": (scores.values, n),
        "bonus": (scores.bonus, n),
    }
    if scores.weights is not None:
        parts["weights"] = (scores.weights, None)
    for part, (array, size) in parts.items():
        if array is None:
            continue
        try:
            numbers = np.asarray(array, dtype=np.float64)
        except (TypeError, ValueError):
            numbers = np.asarray([np.nan])
        if numbers.ndim != 1 or (size is not None and numbers.size != size):
            raise InvalidParameterError(
                f"The scorer {name} returned {part} of shape {numbers.shape}; "
                f"{n} candidates need one number each."
            )
        if not np.isfinite(numbers).all():
            raise InvalidParameterError(
                f"The scorer {name} returned {part} that are not all finite numbers (NaN or "
                "infinity); a scorer must give every candidate a finite value."
            )
        if part == "weights" and not _finite_sum(numbers):
            raise InvalidParameterError(
                f"The scorer {name} returned concept weights whose sum is not a finite number "
                "(each is, but they add up past the largest float): scale them down."
            )
    if scores.concepts is not None:
        shape = getattr(scores.concepts, "shape", None)
        if shape is None or len(shape) != 2 or shape[0] != n:
            raise InvalidParameterError(
                f"The scorer {name} returned concepts of shape {shape}; {n} candidates need "
                "one row each."
            )
        if scores.weights is None or np.asarray(scores.weights).size != shape[1]:
            size = None if scores.weights is None else np.asarray(scores.weights).size
            raise InvalidParameterError(
                f"The scorer {name} returned {shape[1]} concepts and {size} weights; each "
                "concept needs one weight."
            )
    penalty = scores.length_penalty
    if (
        isinstance(penalty, bool)
        or not isinstance(penalty, (int, float, np.integer, np.floating))
        or not math.isfinite(penalty)
        or penalty < 0
    ):
        raise InvalidParameterError(
            f"The scorer {name} returned the length_penalty {penalty!r}; it must be a finite "
            "number of at least 0."
        )
    return scores


def _checked_choice(
    selector: Selector, chosen: Any, candidates: Candidates, budget: Budget
) -> list[int]:
    """A selector's choice, checked: distinct indices of candidates, within the budget (a
    selector of one's own may return anything), or a library error naming the selector."""
    name = repr(getattr(selector, "name", type(selector).__name__))
    n = len(candidates)
    try:
        picked = [operator.index(i) for i in chosen]
    except TypeError:
        raise InvalidParameterError(
            f"The selector {name} returned {type(chosen).__name__}, not a list of candidate "
            "indices (int)."
        ) from None
    outside = [i for i in picked if not 0 <= i < n]
    if outside:
        raise InvalidParameterError(
            f"The selector {name} returned the index {outside[0]}; there are {n} candidates "
            f"(0 to {n - 1})."
        )
    if len(set(picked)) != len(picked):
        raise InvalidParameterError(f"The selector {name} returned a candidate twice.")
    words = sum(int(candidates.words[i]) for i in picked)
    chars = sum(len(candidates.texts[i]) for i in picked) + max(len(picked) - 1, 0)
    if (
        (budget.max_sentences is not None and len(picked) > budget.max_sentences)
        or (budget.max_words is not None and words > budget.max_words)
        or (budget.max_chars is not None and chars > budget.max_chars)
    ):
        raise InvalidParameterError(
            f"The selector {name} chose {len(picked)} sentences ({words} words, {chars} "
            f"characters), more than the budget {budget} allows."
        )
    return picked


def summarizer_from(settings: Mapping[str, Any]) -> Summarizer:
    """``Summarizer(**settings)``, with an unknown setting named in a library error.

    Examples
    --------
    >>> summarizer_from({"max_words": 50}).max_words
    50
    """
    known = {f.name for f in SETTINGS}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise InvalidParameterError(
            f"Unknown setting {unknown[0]!r}; the settings are {', '.join(sorted(known))}. "
            "Method settings belong to the method: scorer=summarize.scorers.Coverage(...)."
        )
    return Summarizer(**settings)


# -- running a call -------------------------------------------------------------------------

_pause_lock = threading.Lock()
_pauses = 0
_enabled_before = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while any call is running.

    A call allocates millions of small objects (tokens, spans, strings); each
    time enough have piled up, the collector walks every tracked object in the
    process, which cost a quarter of the time at 10,000 sentences and grows
    faster than the input. The pipeline creates no reference cycles
    (``tests/test_summarizer.py`` checks this), so reference counting frees
    everything as it goes. Concurrent calls share one pause: the collector is
    turned off by the first to start and restored, as it was before, by the
    last to finish, so one thread never re-enables it under another.
    """
    global _pauses, _enabled_before
    with _pause_lock:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _enabled_before:
                gc.enable()


@contextmanager
def _stage(name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    logger.debug("stage %s took %.3f s", name, time.perf_counter() - started)
