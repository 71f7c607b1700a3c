"""Scorers: how much each candidate sentence is worth.

A scorer values every candidate sentence of a topic; a selector
(:mod:`summarize.selectors`) then chooses the summary. Every scorer runs on the
library's own sentences inside the same multi-document pipeline, so each gets
exact provenance, the furniture filter, the budget and the near-duplicate
guard. Give one to :class:`~summarize.Summarizer` as an object, or by name:

>>> import summarize
>>> "coverage" in summarize.scorers.available()
True
>>> summarize.scorers.get("coverage")  # doctest: +NORMALIZE_WHITESPACE
Coverage(concept_power=3.0, unigram_weight=0.0, centrality_weight=0.05, position_weight=0.02,
         length_penalty=0.25, damping=0.85, query_weight=0.0, query_concept_weight=3.0)

A scorer of your own needs a ``name`` and a ``score(candidates, features)``
method returning :class:`Scores` (see :class:`Scorer`).
"""

from __future__ import annotations

from ..registry import Registry
from .base import Scorer, Scores
from .coverage import Coverage

__all__ = ["Scorer", "Scores", "Coverage", "available", "get", "register", "registry"]

registry: Registry[Scorer] = Registry("scorer", Scorer)
"""The scorers known by name."""

register = registry.register
available = registry.available
get = registry.get

register(Coverage)
