"""Selectors: which candidate sentences make the summary, under the budget.

A selector takes the scores of :mod:`summarize.scorers` and chooses the
summary's sentences, best first, within a :class:`Budget`, without stating a
fact twice. Give one to :class:`~summarize.Summarizer` as an object, or by name:

>>> import summarize
>>> summarize.selectors.get("greedy")  # doctest: +NORMALIZE_WHITESPACE
Greedy(diversity=0.0, duplicate_threshold=0.5, min_words=1, avoid_fragments=True,
       dangling_penalty=0.75, restate_threshold=0.5, restate_corroborated=True)

A selector of your own needs a ``name`` and a ``select(candidates, features,
scores, budget)`` method returning the chosen indices (see :class:`Selector`).
"""

from __future__ import annotations

from ..registry import Registry
from .base import Budget, Selector
from .greedy import Greedy
from .ilp import ILP

__all__ = ["Budget", "Selector", "Greedy", "ILP", "available", "get", "register", "registry"]

registry: Registry[Selector] = Registry("selector", Selector)
"""The selectors known by name."""

register = registry.register
available = registry.available
get = registry.get

register(Greedy)
register(ILP)
