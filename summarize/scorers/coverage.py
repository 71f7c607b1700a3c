"""Scoring: how much of the cluster's content a sentence carries.

A sentence's score adds three pieces of evidence, each between 0 and 1, and
divides by its length:

``score = (coverage + centrality_weight * centrality + position_weight * lead) / words ** length_penalty``

*coverage* (Gillick and Favre, 2009)
    The share of the cluster's concept weight the sentence contains. Concepts
    are stemmed word pairs and, with a smaller weight, single stemmed words;
    a concept mentioned by ``d`` articles weighs ``(d - concept_offset) **
    concept_power``, so a concept of one article alone weighs little: what
    many outlets report is what the story is about.
*centrality*
    LexRank (below), divided by its largest value.
*lead*
    ``exp(-p / position_decay)`` for the ``p``-th candidate of its article
    (0 for the first): reporters put the news first.

The division by ``words ** length_penalty`` compares sentences per word of
the budget they would use, softened: 0 ignores length, 1 is value per word.
Selection uses the same formula, counting only concepts not yet covered by
the summary, so it never pays twice for one fact.

LexRank (Erkan and Radev, 2004) scores a sentence by the stationary
distribution of a random walk over the sentence similarity graph: a sentence
is central when sentences similar to it are central. With ``X`` the
row-normalised TF-IDF matrix, the cosine similarity matrix is ``S = X X^T``.
This module never builds ``S``: the walk needs only products ``S v``, and
``S v = X (X^T v)`` costs O(nonzeros of X). That is what lets the library
score a million sentences on one machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..features import article_counts, article_positions, first_mentions, presence
from ..validation import check_choice, check_number, known_settings
from .base import Scores
from .focus import most_relevant, query_term_weights
from .learned import ConceptModel, learned_concept_weights, resolve_model

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")


if TYPE_CHECKING:
    from ..features import Features
    from ..segmentation import Candidates

__all__ = [
    "Coverage",
    "article_relevance",
    "concept_presence",
    "concept_relevance",
    "concept_weights",
    "coverage",
    "lead",
    "lexrank",
    "positional_concept_weights",
    "query_relevance",
    "sentence_scores",
]


@known_settings
@dataclass(frozen=True)
class Coverage:
    """The default scorer: the word pairs several outlets agree on, plus centrality.

    ``score = (coverage + centrality_weight * centrality + position_weight *
    lead) / words ** length_penalty``, where coverage is the share of the
    cluster's concept weight the sentence contains (Gillick and Favre, 2009),
    centrality its LexRank score (Erkan and Radev, 2004) over the largest,
    and lead ``exp(-p / position_decay)`` for its article's ``p``-th
    candidate. A
    coverage-aware selector (:class:`~summarize.selectors.Greedy`) counts
    only the concepts its summary does not cover yet, so no fact is paid for
    twice.

    Parameters
    ----------
    concept_power : float, default=3.0
        A concept (stemmed word pair, or single word, see
        ``unigram_weight``) that ``d`` articles mention weighs ``(d -
        concept_offset) ** concept_power``. In [0, 10].
    concept_offset : float, default=0.5
        In [0, 1]. With 1 a concept of one article alone weighs nothing;
        with 0.5 it weighs ``0.5 ** concept_power``, a concept of two
        articles ``1.5 ** concept_power``: with two or three articles,
        what only one reports still separates the sentences. Chosen over 1
        in every fold of the cross-validation across five data sets
        (``benchmarks/tune.py``).
    unigram_weight : float, default=0.0
        Weight of single words as concepts, relative to word pairs, in [0, 1].
    centrality_weight : float, default=0.05
        Weight of LexRank centrality (divided by its largest value), in [0, 10].
    position_weight : float, default=0.02
        Weight of the lead prior, in [0, 10].
    position_decay : float or None, default=2.0
        The lead prior of an article's ``p``-th candidate is ``exp(-p /
        position_decay)`` (1, 0.61, 0.37, 0.22, ... with 2): the first
        sentences of an article count, the rest hardly. ``None`` for
        ``1 / (1 + p)``, which decays slowly. In (0, 100].
    length_penalty : float, default=0.25
        Exponent of the length division, in [0, 1]: 0 ignores length, 1 is
        value per word.
    damping : float, default=0.85
        LexRank's probability of following a similarity edge, in [0, 1).
    query_weight : float, default=0.0
        With a query (``summarize(articles, query=...)``): weight of a
        sentence's relevance, its TF-IDF cosine to the query over the
        largest, added to the bonus like centrality. In [0, 10].
    query_concept_weight : float, default=10.0
        With a query: each concept's weight is multiplied by ``1 +
        query_concept_weight * r``, with ``r`` the mean relevance of the
        sentences containing it over the largest, so the facts of the
        sentences that answer the query count more. In [0, 10].
    query_terms : {"idf", "articles"}, default="idf"
        With a query: how its terms weigh in the query vector that
        relevance is the cosine to. ``"idf"``: the query's TF-IDF with the
        candidates' idf (``features.query``): a word few sentences use
        weighs most. ``"articles"``: a term's count times the share of the
        cluster's articles that mention it, so the words that say what to
        write ("Describe", "Include", "steps taken") and that no article
        uses weigh nothing
        (:func:`~summarize.scorers.focus.query_term_weights`). With
        ``query_article_power``, ``"idf"`` holds out better on DUC 2007
        (see the Evaluation page).
    query_share : float, default=0.3
        With a query: only this share of the candidates, the most relevant
        (:func:`~summarize.scorers.focus.most_relevant`), competes for the
        summary; the others are valued 1000 lower (below every one of them,
        in the same order among themselves), so they come only when nothing
        relevant fits. A question that no sentence shares a term with keeps
        all. In (0, 1]; 1 keeps all. Chosen with the other query settings
        by nested 5-fold cross-validation on DUC 2007's 23 questions.
    query_position_weight : float or None, default=0.0
        With a query: the weight of the lead prior instead of
        ``position_weight`` (``None``: the same). What answers a question
        is not where the news of the day is. In [0, 10].
    concept_position : float, default=0.0
        Where a concept stands in an article, as well as in how many: an
        article counts ``(1 + concept_position * lead) / (1 +
        concept_position)`` towards the concept's ``d``, with ``lead`` the
        lead prior of its earliest sentence that has the concept
        (``summarize.scorers.coverage.positional_concept_weights``), so a
        fact reported in the opening sentences of several articles
        outweighs one mentioned as often further down. 0 counts every
        article as 1. In [0, 10]. The cross-validation across five data
        sets prefers 1 (French and Portuguese news above the lead
        baseline), but it takes DUC 2003 below the project's floor, so the
        default is 0 (``benchmarks/tune.py``).
    concept_model : None, "learned" or ConceptModel, default=None
        ``None`` weighs concepts by the articles that mention them (above).
        ``"learned"``: a concept weighs ``p ** concept_power``, with ``p``
        the chance that a human summary has it, as the logistic regression
        shipped with the package predicts from where and how often the
        cluster mentions it (:mod:`summarize.scorers.learned`; fitted on
        DUC 2002 and 2003 by ``benchmarks/learn.py``); ``concept_offset``
        and ``concept_position`` are then unused. A
        :class:`~summarize.scorers.learned.ConceptModel` of one's own is
        used the same way.
    query_article_power : float, default=3.0
        With a query: the articles that answer it count for more in a
        concept's ``d``. An article's relevance is the mean relevance of its
        candidates; it counts ``(1 + w) / 2`` towards ``d``, with ``w`` its
        relevance to this power over the mean of all articles' (so the
        articles count for as much in all as before): a fact that the
        articles about the question share outweighs one that the articles
        about the rest of the story share. 0 counts every article as 1. In
        [0, 10]. Only for concepts weighed by their articles (neither
        ``concept_position`` nor ``concept_model``). Chosen by nested 5-fold
        cross-validation on DUC 2007's 23 questions (``benchmarks/tune.py
        --query-only``).

    Examples
    --------
    >>> import summarize
    >>> scorer = summarize.scorers.Coverage(centrality_weight=0.1)
    >>> summary = summarize.summarize(
    ...     ["Prices rose in May. Fuel led the rise.", "In May prices rose again."],
    ...     scorer=scorer, max_sentences=1,
    ... )
    >>> summary.text
    'Prices rose in May.'
    """

    name: ClassVar[str] = "coverage"
    reads_query: ClassVar[bool] = True

    concept_power: float = 3.0
    concept_offset: float = 0.5
    unigram_weight: float = 0.0
    centrality_weight: float = 0.05
    position_weight: float = 0.02
    position_decay: float | None = 2.0
    length_penalty: float = 0.25
    damping: float = 0.85
    query_weight: float = 0.0
    query_concept_weight: float = 10.0
    query_terms: str = "idf"
    query_share: float = 0.3
    query_position_weight: float | None = 0.0
    concept_position: float = 0.0
    concept_model: str | ConceptModel | None = None
    query_article_power: float = 3.0

    def __post_init__(self) -> None:
        owner = type(self).__name__
        resolve_model(owner, self.concept_model)
        for name, high in (
            ("concept_power", 10.0),
            ("concept_offset", 1.0),
            ("unigram_weight", 1.0),
            ("centrality_weight", 10.0),
            ("position_weight", 10.0),
            ("length_penalty", 1.0),
            ("query_weight", 10.0),
            ("query_concept_weight", 10.0),
            ("concept_position", 10.0),
            ("query_article_power", 10.0),
        ):
            value = check_number(owner, name, getattr(self, name), low=0.0, high=high)
            object.__setattr__(self, name, value)
        damping = check_number(owner, "damping", self.damping, low=0.0, high=1.0, high_open=True)
        object.__setattr__(self, "damping", damping)
        if self.position_decay is not None:
            decay = check_number(
                owner, "position_decay", self.position_decay, low=0.0, high=100.0, low_open=True
            )
            object.__setattr__(self, "position_decay", decay)
        terms = check_choice(owner, "query_terms", self.query_terms, ("articles", "idf"))
        object.__setattr__(self, "query_terms", terms)
        share = check_number(
            owner, "query_share", self.query_share, low=0.0, high=1.0, low_open=True
        )
        object.__setattr__(self, "query_share", share)
        if self.query_position_weight is not None:
            weight = check_number(
                owner, "query_position_weight", self.query_position_weight, low=0.0, high=10.0
            )
            object.__setattr__(self, "query_position_weight", weight)

    def score(self, candidates: Candidates, features: Features) -> Scores:
        """Value every candidate; see the class description.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Their terms, word pairs and TF-IDF vectors.

        Returns
        -------
        Scores
            With ``concepts`` (word pairs, then single words), their
            ``weights``, the ``bonus`` (centrality and lead) and the
            ``length_penalty``, for coverage-aware selection.
        """
        # Centrality first: its temporaries (the squares of X) are freed before the
        # concept matrix is built, so the two never add up at the stage's peak.
        centrality = lexrank(features.X, damping=self.damping)
        # Only whether a sentence has a concept counts: 1.0 for each, so that the
        # selection uses this matrix as it is instead of copying it.
        concepts = concept_presence(features.pairs, features.terms)
        prior = lead(candidates.document_index, decay=self.position_decay)
        relevance = None if features.query is None else self._relevance(candidates, features)
        model = resolve_model(type(self).__name__, self.concept_model)
        if model is not None:
            weights = learned_concept_weights(
                concepts,
                candidates.document_index,
                model,
                n_pairs=features.pairs.shape[1],
                power=self.concept_power,
            )
        elif self.concept_position > 0:
            weights = positional_concept_weights(
                concepts,
                candidates.document_index,
                (1.0 + self.concept_position * prior) / (1.0 + self.concept_position),
                power=self.concept_power,
                offset=self.concept_offset,
            )
        else:
            weights = self._article_weights(
                candidates, features, concepts, self._answering(candidates, relevance)
            )
        weights[features.pairs.shape[1] :] *= self.unigram_weight
        n = len(candidates)
        position_weight = self.position_weight
        if features.query is not None and self.query_position_weight is not None:
            position_weight = self.query_position_weight
        bonus = sentence_scores(
            np.zeros(n),
            centrality,
            prior,
            np.ones(n),
            centrality_weight=self.centrality_weight,
            position_weight=position_weight,
            length_penalty=0.0,
        )
        if relevance is not None:
            bonus, weights = self._focus(candidates, concepts, bonus, weights, relevance)
        length = np.maximum(candidates.words, 1) ** self.length_penalty
        values = (coverage(concepts, weights) + bonus) / length
        return Scores(values, concepts, weights, bonus, self.length_penalty)

    def _article_weights(
        self,
        candidates: Candidates,
        features: Features,
        concepts: sp.csr_matrix,
        article_weights: np.ndarray | None = None,
    ) -> np.ndarray:
        """The concepts' weights by the articles that mention them, each article counting
        for its ``article_weights`` (1 each by default); single words not yet times
        ``unigram_weight``."""
        # With single words weighing nothing (below), only the word pairs' articles are
        # counted: the same counts as in the whole concept matrix.
        counted = features.pairs if self.unigram_weight == 0 else concepts
        weights = np.zeros(concepts.shape[1])
        weights[: counted.shape[1]] = concept_weights(
            counted,
            candidates.document_index,
            power=self.concept_power,
            offset=self.concept_offset,
            article_weights=article_weights,
        )
        return weights

    def _relevance(self, candidates: Candidates, features: Features) -> np.ndarray:
        """Each candidate's relevance to the query (see ``query_terms``)."""
        if features.query_terms is not None and self.query_terms == "articles":
            vector = query_term_weights(
                features.query_terms, features.terms, candidates.document_index
            )
        else:
            vector = features.query
        return query_relevance(features.X, vector)

    def _answering(
        self, candidates: Candidates, relevance: np.ndarray | None
    ) -> np.ndarray | None:
        """What each article counts for in a concept's ``d`` with a query (see
        ``query_article_power``); None for 1 each."""
        if relevance is None or self.query_article_power == 0 or not relevance.any():
            return None
        weighed = (
            article_relevance(relevance, candidates.document_index) ** self.query_article_power
        )
        weighed /= weighed.mean()
        result: np.ndarray = (1.0 + weighed) / 2
        return result

    def _focus(
        self,
        candidates: Candidates,
        concepts: sp.csr_matrix,
        bonus: np.ndarray,
        weights: np.ndarray,
        relevance: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The bonus and concept weights steered toward the query (see the parameters)."""
        bonus = bonus + self.query_weight * relevance
        if self.query_concept_weight:
            boost = self.query_concept_weight * concept_relevance(concepts, relevance)
            weights = weights * (1.0 + boost)
        if self.query_share < 1.0 and relevance.any():
            # Gains are divided by words ** length_penalty: subtracting that many
            # times _OUTSIDE puts an outside candidate below every kept one (whose
            # gain is at least 0) and keeps the order of the outside ones. A query
            # that no sentence shares a term with filters nothing.
            outside = ~most_relevant(relevance, self.query_share)
            length = np.maximum(candidates.words, 1) ** self.length_penalty
            bonus = bonus - _OUTSIDE * length * outside
        return bonus, weights


#: Times words ** length_penalty, subtracted from the bonus of a candidate outside the
#: query's share: far below any gain (coverage share plus bonus, at most 31).
_OUTSIDE = 1000.0


def query_relevance(X: sp.csr_matrix, query: sp.csr_matrix) -> np.ndarray:
    """Each sentence's TF-IDF cosine to the query, over the largest (all 0 if none is related).

    Parameters
    ----------
    X : scipy.sparse matrix of shape (n_sentences, n_terms)
        Row-normalised TF-IDF vectors.
    query : scipy.sparse matrix of shape (1, n_terms)
        The query's TF-IDF vector.

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)
        Values in [0, 1].

    Examples
    --------
    >>> X = sp.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
    >>> query_relevance(X, sp.csr_matrix(np.array([[1.0, 0.0]])))
    array([1. , 0.6, 0. ])
    """
    cosine = np.asarray((sp.csr_matrix(X) @ sp.csr_matrix(query).T).toarray()).ravel()
    top = float(cosine.max()) if cosine.size else 0.0
    result: np.ndarray = cosine / top if top > 0 else np.zeros(cosine.size)
    return result


def article_relevance(relevance: np.ndarray, document_index: np.ndarray) -> np.ndarray:
    """Each article's relevance: the mean relevance of its candidates (0 for none).

    Parameters
    ----------
    relevance : numpy.ndarray of shape (n_sentences,)
        From :func:`query_relevance`.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, numbered from 0.

    Returns
    -------
    numpy.ndarray of shape (n_articles,)

    Examples
    --------
    >>> article_relevance(np.array([1.0, 0.0, 0.5]), np.array([0, 0, 1]))
    array([0.5, 0.5])
    """
    index = np.asarray(document_index, dtype=np.int64)
    size = int(index.max()) + 1 if index.size else 0
    total = np.bincount(index, weights=np.asarray(relevance, dtype=np.float64), minlength=size)
    count = np.bincount(index, minlength=size)
    result: np.ndarray = np.divide(total, count, out=np.zeros(size), where=count > 0)
    return result


def concept_relevance(concepts: sp.csr_matrix, relevance: np.ndarray) -> np.ndarray:
    """Each concept's mean sentence relevance, over the largest.

    Parameters
    ----------
    concepts : scipy.sparse matrix of shape (n_sentences, n_concepts)
        Occurrences of each concept in each sentence.
    relevance : numpy.ndarray of shape (n_sentences,)
        From :func:`query_relevance`.

    Returns
    -------
    numpy.ndarray of shape (n_concepts,)
        Values in [0, 1]; 0 for a concept in no sentence.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[1, 0], [1, 1]]))
    >>> concept_relevance(C, np.array([1.0, 0.0]))
    array([1., 0.])
    """
    present = presence(concepts)
    count = np.asarray(present.sum(axis=0)).ravel()
    total = np.asarray(present.T @ np.asarray(relevance, dtype=np.float64)).ravel()
    mean = np.divide(total, count, out=np.zeros_like(total), where=count > 0)
    top = float(mean.max()) if mean.size else 0.0
    result: np.ndarray = mean / top if top > 0 else mean
    return result


def lexrank(
    X: sp.csr_matrix, *, damping: float = 0.85, tol: float = 1e-4, max_iter: int = 200
) -> np.ndarray:
    """Continuous LexRank scores by power iteration, without a similarity matrix.

    The graph has an edge between every two distinct sentences, weighted by
    their cosine similarity; a sentence has no edge to itself, so a sentence
    unlike any other is not central. With probability ``damping`` the walk
    follows an edge ``i -> j`` with probability ``A[i, j] / deg(i)``, where
    ``A = X X^T - diag(|x_i|^2)`` and ``deg = A 1``; otherwise it jumps to a
    sentence chosen uniformly. A sentence without edges sends its mass
    uniformly. Each step is ``p <- (1 - d) / n + d A (p / deg)``, plus that
    stranded mass, with ``A v = X (X^T v) - |x|^2 v``.

    Parameters
    ----------
    X : scipy.sparse matrix of shape (n_sentences, n_terms)
        Row-normalised TF-IDF vectors (rows of zeros allowed).
    damping : float, default=0.85
        Probability of following an edge rather than jumping at random.
    tol : float, default=1e-4
        Stop when the L1 change of the distribution falls below this. At
        1e-4 no summary changes from 1e-5 or 1e-10 in any of the 192
        clusters of DUC 2002, 2003 and 2007, French and Portuguese, nor from
        1e-5 on the speed benchmark's inputs of 20,000, 200,000 and
        1,000,000 sentences, in 9 steps instead of 11 at 200,000 (1e-3
        changes the summary of 200,000 sentences).
    max_iter : int, default=200
        Upper bound on the number of iterations.

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)
        The stationary distribution times ``n``: the scores average 1.

    Examples
    --------
    The middle sentence shares terms with both others, so it is the most central.

    >>> X = sp.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]]))
    >>> np.round(lexrank(X), 2)
    array([0.86, 1.46, 0.68])
    """
    X = sp.csr_matrix(X, dtype=np.float64)
    n = X.shape[0]
    if n == 0:
        return np.zeros(0)
    self_similarity = _squared_norms(X)
    # X.T is a view (CSC), not a copy: its product adds each term's entries in the
    # order of the sentences, as a CSR copy of the transpose would, so the same sums.
    XT = X.T

    def adjacency_times(v: np.ndarray) -> np.ndarray:
        product: np.ndarray = X @ (XT @ v) - self_similarity * v
        return product

    degree = adjacency_times(np.ones(n))
    has_edges = degree > 1e-12
    inverse_degree = np.zeros(n)
    inverse_degree[has_edges] = 1.0 / degree[has_edges]
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        walked = adjacency_times(p * inverse_degree)
        stranded = p[~has_edges].sum()
        new = (1.0 - damping) / n + damping * (walked + stranded / n)
        new /= new.sum()
        change = np.abs(new - p).sum()
        p = new
        if change < tol:
            break
    scores: np.ndarray = p * n
    return scores


def _squared_norms(X: sp.csr_matrix) -> np.ndarray:
    """Each row's sum of squares: ``X.multiply(X).sum(axis=1)``, the same sums.

    scipy sums each row of ``X.multiply(X)`` by ``np.add.reduceat`` over its
    nonzero products (in the stored order of a canonical matrix); this does
    the same on the squared values, without building that matrix (two sparse
    constructions, a fifth of the LexRank of a few hundred sentences). A
    product of 0 (which scipy drops, changing how ``reduceat`` pairs the rest)
    or a matrix not in canonical form takes scipy's way.
    """
    values = X.data[: X.indptr[-1]]
    squares = values * values
    if not (X.has_canonical_format and squares.all()):
        return np.asarray(X.multiply(X).sum(axis=1)).ravel()
    filled = np.flatnonzero(np.diff(X.indptr))
    norms = np.zeros(X.shape[0])
    norms[filled] = np.add.reduceat(squares, X.indptr[filled])
    return norms


_STACK_ROWS = 65_536
"""Rows :func:`concept_presence` stacks at a time (bounds its temporaries)."""


def concept_presence(
    pairs: sp.csr_matrix, terms: sp.csr_matrix, *, block: int = _STACK_ROWS
) -> sp.csr_matrix:
    """The concept matrix: ``pairs`` then ``terms`` side by side, 1.0 for every stored entry.

    What ``scipy.sparse.hstack([pairs, terms], format="csr")`` with every value
    set to 1.0 gives, the same entries in the same order, with the same index
    type; but placed ``block`` rows at a time into arrays allocated once, so
    that its temporaries are those of one block instead of two more copies of
    the whole matrix (at a million sentences 0.6 GB less at the scoring's peak),
    and without slicing and stacking sparse matrices (a tenth of a millisecond
    each, most of the cost for a few hundred sentences).

    Parameters
    ----------
    pairs : scipy.sparse.csr_matrix of shape (n_sentences, n_pairs)
        Word-pair counts.
    terms : scipy.sparse.csr_matrix of shape (n_sentences, n_terms)
        Term counts.
    block : int, default=65536
        Rows stacked at a time.

    Returns
    -------
    scipy.sparse.csr_matrix of shape (n_sentences, n_pairs + n_terms)
        Float64 ones where either matrix stores an entry.

    Examples
    --------
    >>> pairs = sp.csr_matrix(np.array([[2.0, 0.0], [0.0, 0.0], [0.0, 1.0]]))
    >>> terms = sp.csr_matrix(np.array([[1.0], [3.0], [0.0]]))
    >>> concept_presence(pairs, terms).toarray().tolist()
    [[1.0, 0.0, 1.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    """
    pairs, terms = sp.csr_matrix(pairs), sp.csr_matrix(terms)
    n = pairs.shape[0]
    shape = (n, pairs.shape[1] + terms.shape[1])
    starts = pairs.indptr.astype(np.int64) + terms.indptr
    nnz = int(starts[-1])
    index_type = np.int32 if max(nnz, shape[1]) <= np.iinfo(np.int32).max else np.int64
    indices = np.empty(nnz, dtype=index_type)
    for first in range(0, n, block):
        last = min(first + block, n)
        # A row's word pairs come first, then its terms: a pair's entry moves by the
        # terms of the rows before it, a term's entry by the pairs up to its own row's.
        for source, shift, offset in (
            (pairs, terms.indptr[first:last], np.int64(0)),
            (terms, pairs.indptr[first + 1 : last + 1], np.int64(pairs.shape[1])),
        ):
            begin, end = int(source.indptr[first]), int(source.indptr[last])
            place = np.arange(begin, end) + np.repeat(
                shift, np.diff(source.indptr[first : last + 1])
            )
            indices[place] = source.indices[begin:end] + offset
    return sp.csr_matrix(
        (np.ones(nnz), indices, starts.astype(index_type)), shape=shape, copy=False
    )


def concept_weights(
    concepts: sp.csr_matrix,
    document_index: np.ndarray,
    *,
    power: float = 1.0,
    offset: float = 1.0,
    article_weights: np.ndarray | None = None,
) -> np.ndarray:
    """How many articles mention each concept, less an offset, to a power.

    A concept mentioned by ``d`` articles weighs ``(d - offset) ** power``.
    With ``offset=1`` one article alone is never evidence of what the
    cluster is about, so its concepts weigh 0 (and with a single article
    every weight is 0); with a smaller offset they weigh a little.

    Parameters
    ----------
    concepts : scipy.sparse matrix of shape (n_sentences, n_concepts)
        Occurrences (any positive value) of each concept in each sentence.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, numbered from 0.
    power : float, default=1.0
        With 2, a concept repeated by 8 other articles weighs 4 times one
        repeated by 4, not twice; 0 weighs every repeated concept alike.
    offset : float, default=1.0
        Subtracted from the number of articles, in [0, 1].
    article_weights : numpy.ndarray of shape (n_articles,), optional
        What each article counts for in ``d`` (1 each by default; see
        ``Coverage.query_article_power``).

    Returns
    -------
    numpy.ndarray of shape (n_concepts,)

    Examples
    --------
    Concept 0 is in articles 0, 1 and 2; concept 1 in articles 0 and 1;
    concept 2 only in article 2.

    >>> C = sp.csr_matrix(np.array([[1, 1, 0], [1, 0, 0], [2, 1, 0], [1, 0, 1]]))
    >>> concept_weights(C, np.array([0, 0, 1, 2]))
    array([2., 1., 0.])
    >>> concept_weights(C, np.array([0, 0, 1, 2]), power=3.0)
    array([8., 1., 0.])
    >>> concept_weights(C, np.array([0, 0, 1, 2]), offset=0.5)
    array([2.5, 1.5, 0.5])
    """
    frequency = article_counts(concepts, document_index, article_weights)
    counted = frequency - offset > 0
    weights = np.zeros(concepts.shape[1])
    weights[counted] = (frequency[counted] - offset) ** power
    return weights


def positional_concept_weights(
    concepts: sp.csr_matrix,
    document_index: np.ndarray,
    credit: np.ndarray,
    *,
    power: float = 1.0,
    offset: float = 1.0,
) -> np.ndarray:
    """:func:`concept_weights` where an article counts by where the concept first appears.

    An article counts towards a concept's ``d`` the largest ``credit`` of its
    sentences that contain the concept (with a credit falling along the
    article, that of the earliest one), instead of 1; a concept weighs ``(d
    - offset) ** power`` when ``d`` exceeds ``offset``, else 0. With every
    credit 1 this is :func:`concept_weights`. Supervised concept weights
    use where a word pair appears in its articles as well as how many
    report it (Li, Qian and Liu, 2013); here where it appears is a fixed
    prior, the lead prior of :func:`lead`.

    Parameters
    ----------
    concepts : scipy.sparse matrix of shape (n_sentences, n_concepts)
        Occurrences (any positive value) of each concept in each sentence.
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, numbered from 0.
    credit : numpy.ndarray of shape (n_sentences,)
        What an article counts when the concept is in this sentence, in [0, 1].
    power : float, default=1.0
        As in :func:`concept_weights`.
    offset : float, default=1.0
        As in :func:`concept_weights`.

    Returns
    -------
    numpy.ndarray of shape (n_concepts,)

    Examples
    --------
    Concept 0 opens articles 0 and 1; concept 1 is in both, but only in
    their second sentences, which count half.

    >>> C = sp.csr_matrix(np.array([[1, 0], [0, 1], [1, 0], [1, 1]]))
    >>> positional_concept_weights(C, np.array([0, 0, 1, 1]), np.array([1.0, 0.5, 1.0, 0.5]))
    array([1., 0.])
    >>> positional_concept_weights(C, np.array([0, 0, 1, 1]), np.ones(4), offset=0.5)
    array([1.5, 1.5])
    """
    n_concepts = concepts.shape[1]
    credit = np.asarray(credit, dtype=np.float64)
    # One credit per (article, concept): the largest.
    rows, columns = first_mentions(concepts, document_index, -credit)
    if rows.size == 0:
        return np.zeros(n_concepts)
    frequency = np.bincount(columns, weights=credit[rows], minlength=n_concepts)
    counted = frequency - offset > 1e-12
    weights = np.zeros(n_concepts)
    weights[counted] = (frequency[counted] - offset) ** power
    return weights


def coverage(concepts: sp.csr_matrix, weights: np.ndarray) -> np.ndarray:
    """The share of the total concept weight each sentence contains.

    A concept counts once however often the sentence repeats it.

    Parameters
    ----------
    concepts : scipy.sparse matrix of shape (n_sentences, n_concepts)
        Occurrences of each concept in each sentence.
    weights : numpy.ndarray of shape (n_concepts,)
        Each concept's weight; 0 for concepts that do not count.

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)
        Values in [0, 1]; all 0 when no concept has weight.

    Examples
    --------
    >>> C = sp.csr_matrix(np.array([[2, 1, 0], [0, 0, 1]]))
    >>> coverage(C, np.array([3.0, 1.0, 0.0]))
    array([1., 0.])
    """
    total = float(np.sum(weights))
    if total <= 0:
        return np.zeros(concepts.shape[0])
    present = presence(concepts)
    return np.asarray(present @ weights).ravel() / total


def lead(document_index: np.ndarray, *, decay: float | None = None) -> np.ndarray:
    """``1 / (1 + p)``, or ``exp(-p / decay)``, for the ``p``-th sentence (from 0) of its article.

    Parameters
    ----------
    document_index : numpy.ndarray of shape (n_sentences,)
        The article of each sentence, the sentences of an article in order.
    decay : float or None, default=None
        ``None`` for ``1 / (1 + p)``; a positive number for ``exp(-p / decay)``.

    Returns
    -------
    numpy.ndarray of shape (n_sentences,)

    Examples
    --------
    >>> lead(np.array([0, 0, 0, 1, 1]))
    array([1.        , 0.5       , 0.33333333, 1.        , 0.5       ])
    >>> np.round(lead(np.array([0, 0, 0, 1, 1]), decay=2.0), 3)
    array([1.   , 0.607, 0.368, 1.   , 0.607])
    """
    position, _ = article_positions(document_index)
    if decay is None:
        return 1.0 / (1.0 + position)
    result: np.ndarray = np.exp(-position / decay)
    return result


def sentence_scores(
    coverage: np.ndarray,
    centrality: np.ndarray,
    lead: np.ndarray,
    words: np.ndarray,
    *,
    centrality_weight: float,
    position_weight: float,
    length_penalty: float,
) -> np.ndarray:
    """Combine the evidence: ``(coverage + cw * centrality / max + pw * lead) / words ** r``.

    Parameters
    ----------
    coverage : numpy.ndarray of shape (n,)
        From :func:`coverage` (counting only concepts not yet covered, when
        selecting).
    centrality : numpy.ndarray of shape (n,)
        From :func:`lexrank`; divided here by its largest value.
    lead : numpy.ndarray of shape (n,)
        From :func:`lead`.
    words : numpy.ndarray of shape (n,)
        Length of each sentence in words; values below 1 count as 1.
    centrality_weight, position_weight : float
        Weights of the centrality and of the lead, relative to coverage.
    length_penalty : float
        The exponent ``r`` of the length.

    Returns
    -------
    numpy.ndarray of shape (n,)

    Examples
    --------
    >>> sentence_scores(np.array([0.2, 0.1]), np.array([2.0, 1.0]), np.array([1.0, 0.25]),
    ...                 np.array([16, 4]), centrality_weight=0.1, position_weight=0.2,
    ...                 length_penalty=0.5)
    array([0.125, 0.1  ])
    """
    top = float(np.max(centrality)) if len(centrality) else 0.0
    relative = (
        np.asarray(centrality, dtype=np.float64) / top if top > 0 else np.zeros(len(centrality))
    )
    evidence = (
        np.asarray(coverage, dtype=np.float64)
        + centrality_weight * relative
        + position_weight * np.asarray(lead)
    )
    return evidence / np.maximum(np.asarray(words, dtype=np.float64), 1.0) ** length_penalty
