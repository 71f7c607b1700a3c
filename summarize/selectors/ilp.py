"""Selection by integer programming: the best concept coverage that fits the budget.

Greedy selection (:mod:`summarize.selectors.greedy`) takes the best gain per
word at each step and can end with a budget it fills badly. Gillick and Favre
(2009) instead solve the budgeted coverage problem exactly:

``maximise  sum_c w_c z_c / W + sum_i (bonus_i - penalty_i) y_i``

subject to ``sum_i words_i y_i <= max_words``, ``z_c <= sum_{i contains c}
y_i`` and ``z_c <= 1``, with ``y_i`` in {0, 1} whether sentence ``i`` is
chosen, ``z_c`` whether concept ``c`` is covered, ``w_c`` the concept weights
of the scorer (:class:`~summarize.scorers.Coverage`: word pairs weighted by
how many articles repeat them) and ``W`` their sum. A concept counts once
however many chosen sentences contain it, so the solution never pays twice
for one fact. Two sentences at least ``duplicate_threshold`` similar are
never both chosen (``y_i + y_j <= 1``).

With a scorer that gives no concepts, the objective is the sum of the chosen
sentences' values: a knapsack.

The program is solved by HiGHS through :func:`scipy.optimize.milp`, with a
time limit; when HiGHS finds no solution in time, the greedy selection is
returned instead, so a summary is always produced. Only the best
``max_candidates`` candidates (by their own value) enter the program, which
bounds its size on large inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse as sp
else:
    from ..lazy import LazyModule

    sp = LazyModule("scipy.sparse")  # slow to import: loaded on first use

from ..validation import check_count, check_number, invalid, known_settings
from .base import Budget
from .greedy import Greedy

if TYPE_CHECKING:
    from ..features import Features
    from ..scorers.base import Scores
    from ..segmentation import Candidates

__all__ = ["ILP"]

_TOLERANCE = 1e-9


@known_settings
@dataclass(frozen=True)
class ILP:
    """Exact budgeted concept coverage, solved as an integer program with HiGHS.

    Chooses the set of sentences that covers the most concept weight within
    the budget (see the module description), never two near-duplicates, and
    with the same sentence-quality rules as :class:`Greedy`. The chosen
    sentences are returned best first (by their own value).

    Parameters
    ----------
    duplicate_threshold : float, default=0.5
        Two sentences whose cosine similarity (of TF-IDF vectors) reaches
        this are never both chosen, in (0, 1].
    time_limit : float, default=5.0
        Seconds HiGHS may take; past them the best solution found so far is
        used, or, if none, the greedy selection. In (0, 3600].
    max_candidates : int, default=400
        Only this many candidates, the best by their own value, enter the
        program.
    min_words : int, default=8
        Sentences with fewer words do not enter the program: without this
        bound it fills the budget with short sentences (Gillick and Favre
        drop sentences under 10 words). When no longer sentence fits (or
        every one is a fragment), the greedy rule chooses among all the
        candidates instead, so that the summary is not empty.
    avoid_fragments : bool, default=True
        As :class:`Greedy`: fragments are used only when nothing else fits.
    dangling_penalty : float, default=0.75
        A sentence that dangles (opening with an unresolved pronoun or
        connective, holding one end of a quotation of several sentences, or
        opening inside one: ``summarize.scorers.quality.is_dangling``, as
        :meth:`Greedy.judge` reads it) loses this share of its own value (its
        coverage on its own plus its bonus) from the objective. In [0, 1].

    Examples
    --------
    >>> import summarize
    >>> articles = [
    ...     "The dam broke on Monday. Water flooded the valley. Farms were lost.",
    ...     "On Monday the dam broke and water flooded the valley. Rescuers came.",
    ...     "Water flooded the valley after the dam broke. Farms were lost too.",
    ... ]
    >>> print(summarize.summarize(articles, selector="ilp", max_words=12).text)
    On Monday the dam broke and water flooded the valley.
    """

    name: ClassVar[str] = "ilp"

    duplicate_threshold: float = 0.5
    time_limit: float = 5.0
    max_candidates: int = 400
    min_words: int = 8
    avoid_fragments: bool = True
    dangling_penalty: float = 0.75

    def __post_init__(self) -> None:
        owner = type(self).__name__
        set_ = object.__setattr__
        set_(
            self,
            "duplicate_threshold",
            check_number(
                owner,
                "duplicate_threshold",
                self.duplicate_threshold,
                low=0.0,
                high=1.0,
                low_open=True,
            ),
        )
        set_(
            self,
            "time_limit",
            check_number(
                owner, "time_limit", self.time_limit, low=0.0, high=3600.0, low_open=True
            ),
        )
        set_(self, "max_candidates", check_count(owner, "max_candidates", self.max_candidates))
        set_(self, "min_words", check_count(owner, "min_words", self.min_words))
        set_(
            self,
            "dangling_penalty",
            check_number(owner, "dangling_penalty", self.dangling_penalty, low=0.0, high=1.0),
        )
        if not isinstance(self.avoid_fragments, (bool, np.bool_)):
            raise invalid(owner, "avoid_fragments", "a bool", self.avoid_fragments)
        set_(self, "avoid_fragments", bool(self.avoid_fragments))

    def _greedy(self, min_words: int | None = None) -> Greedy:
        return Greedy(
            duplicate_threshold=self.duplicate_threshold,
            min_words=self.min_words if min_words is None else min_words,
            avoid_fragments=self.avoid_fragments,
            dangling_penalty=self.dangling_penalty,
        )

    def select(
        self, candidates: Candidates, features: Features, scores: Scores, budget: Budget
    ) -> list[int]:
        """Choose the summary's sentences, best first.

        Parameters
        ----------
        candidates : Candidates
            The sentences that may be chosen.
        features : Features
            Their TF-IDF vectors, for the duplicate rule.
        scores : Scores
            From the scorer; with ``concepts`` the objective is their coverage.
        budget : Budget
            The bounds.

        Returns
        -------
        list of int
            The chosen candidates' indices, by descending value.
        """
        n = len(candidates)
        if n == 0:
            return []
        words = np.asarray(candidates.words, dtype=np.int64)
        chars = np.fromiter(map(len, candidates.texts), dtype=np.int64, count=n)
        usable = words >= self.min_words
        if budget.max_words is not None:
            usable &= words <= budget.max_words
        if budget.max_chars is not None:
            usable &= chars <= budget.max_chars
        # Greedy's rule, each candidate read in its paragraph: every candidate is judged
        # for fragments, and only the pool's for the discount of a dangling sentence.
        judge = self._greedy().judge(candidates, features.language)
        judged: dict[int, tuple[bool, float]] = {}
        if self.avoid_fragments:
            judged = {i: judge(i) for i in range(n)}
            usable &= ~np.fromiter((judged[i][0] for i in range(n)), dtype=bool, count=n)
        pool = np.flatnonzero(usable)
        if pool.size == 0 or budget.max_sentences == 0:
            # Only short sentences or fragments (or nothing) fit: rather than an empty
            # summary, the greedy rule decides among every candidate.
            return self._greedy(min_words=1).select(candidates, features, scores, budget)
        values = np.asarray(scores.values, dtype=np.float64)
        if pool.size > self.max_candidates:
            order = np.lexsort((pool, -values[pool]))
            pool = np.sort(pool[order[: self.max_candidates]])
        dangles = np.zeros(pool.size, dtype=bool)
        if self.dangling_penalty > 0:
            dangles = np.fromiter(
                ((judged[i] if i in judged else judge(i))[1] < 1.0 for i in pool.tolist()),
                dtype=bool,
                count=pool.size,
            )
        solution = self._solve(pool, dangles, features, scores, budget, words, chars)
        if solution is None or solution.size == 0:
            return self._greedy().select(candidates, features, scores, budget)
        chosen = pool[solution]
        return [int(i) for i in chosen[np.lexsort((chosen, -values[chosen]))]]

    def _solve(
        self,
        pool: np.ndarray,
        dangles: np.ndarray,
        features: Features,
        scores: Scores,
        budget: Budget,
        words: np.ndarray,
        chars: np.ndarray,
    ) -> np.ndarray | None:
        from scipy.optimize import Bounds, LinearConstraint, milp

        m = pool.size
        if scores.concepts is not None and scores.weights is not None:
            present = sp.csr_matrix(scores.concepts[pool], dtype=np.float64)
            present.data = (present.data > 0).astype(np.float64)
            weights = np.asarray(scores.weights, dtype=np.float64)
            total = float(weights.sum())
            scale = total if total > 0 else 1.0
            counted = np.flatnonzero((weights > 0) & (np.asarray(present.sum(axis=0)).ravel() > 0))
            present = sp.csr_matrix(present[:, counted])
            concept_value = weights[counted] / scale
            bonus = (
                np.zeros(m)
                if scores.bonus is None
                else np.asarray(scores.bonus, dtype=np.float64)[pool]
            )
            own = np.asarray(present @ concept_value).ravel() + bonus
        else:
            present = sp.csr_matrix((m, 0))
            concept_value = np.zeros(0)
            bonus = np.asarray(scores.values, dtype=np.float64)[pool]
            own = bonus.copy()
        sentence_value = bonus.copy()
        if self.dangling_penalty > 0:
            sentence_value -= self.dangling_penalty * own * dangles
        k = concept_value.size
        # Variables: y (m sentences, binary), then z (k concepts, in [0, 1]).
        objective = -np.concatenate([sentence_value, concept_value])
        rows = []
        lower = []
        upper = []
        # z_c - sum_{i contains c} y_i <= 0
        if k:
            rows.append(sp.hstack([-present.T, sp.identity(k)], format="csr"))
            lower.append(np.full(k, -np.inf))
            upper.append(np.zeros(k))
        limits: list[tuple[np.ndarray, float]] = []
        if budget.max_words is not None:
            limits.append((words[pool].astype(np.float64), float(budget.max_words)))
        if budget.max_chars is not None:
            limits.append((chars[pool] + 1.0, budget.max_chars + 1.0))
        if budget.max_sentences is not None:
            limits.append((np.ones(m), float(budget.max_sentences)))
        for coefficients, bound in limits:
            rows.append(sp.hstack([sp.csr_matrix(coefficients), sp.csr_matrix((1, k))]))
            lower.append(np.array([-np.inf]))
            upper.append(np.array([bound]))
        X = sp.csr_matrix(features.X[pool])
        similar = sp.triu(sp.csr_matrix(X @ X.T), k=1, format="coo")
        keep = similar.data >= self.duplicate_threshold - _TOLERANCE
        if keep.any():
            first, second = similar.row[keep], similar.col[keep]
            p = first.size
            pairs = sp.csr_matrix(
                (np.ones(2 * p), (np.r_[np.arange(p), np.arange(p)], np.r_[first, second])),
                shape=(p, m + k),
            )
            rows.append(pairs)
            lower.append(np.full(p, -np.inf))
            upper.append(np.ones(p))
        constraints = (
            LinearConstraint(
                sp.vstack(rows, format="csr"), np.concatenate(lower), np.concatenate(upper)
            )
            if rows
            else ()
        )
        integrality = np.r_[np.ones(m), np.zeros(k)]
        result = milp(
            objective,
            constraints=constraints,
            integrality=integrality,
            bounds=Bounds(np.zeros(m + k), np.ones(m + k)),
            options={"time_limit": self.time_limit, "disp": False},
        )
        if result.x is None:
            return None
        return np.flatnonzero(result.x[:m] > 0.5)
