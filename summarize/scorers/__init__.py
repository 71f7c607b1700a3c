"""Scorers: how much each candidate sentence is worth.

A scorer values every candidate sentence of a topic; a selector
(:mod:`summarize.selectors`) then chooses the summary. Every scorer runs on the
library's own sentences inside the same multi-document pipeline, so each gets
exact provenance, the furniture filter, the budget and the near-duplicate
guard. Give one to :class:`~summarize.Summarizer` as an object, or by name:

>>> import summarize
>>> {"coverage", "lexrank", "textrank", "lsa"} <= set(summarize.scorers.available())
True
>>> summarize.scorers.get("lexrank")
LexRank(threshold=0.1, damping=0.85)
>>> summarize.Summarizer(scorer="textrank").scorer
TextRank(damping=0.85)

A scorer of your own needs a ``name`` and a ``score(candidates, features)``
method returning :class:`Scores` (see :class:`Scorer`).
"""

from __future__ import annotations

from ..registry import Registry
from .base import Scorer, Scores
from .coverage import Coverage
from .edmundson import Edmundson
from .kl import KL
from .lexrank import LexRank
from .lsa import LSA
from .luhn import Luhn
from .signature import Signature
from .sumbasic import SumBasic
from .textrank import TextRank

__all__ = [
    "Scorer",
    "Scores",
    "Coverage",
    "LexRank",
    "TextRank",
    "LSA",
    "Luhn",
    "KL",
    "SumBasic",
    "Edmundson",
    "Signature",
    "available",
    "get",
    "query_scorers",
    "reads_query",
    "register",
    "registry",
]

registry: Registry[Scorer] = Registry("scorer", Scorer)
"""The scorers known by name."""

register = registry.register
available = registry.available
get = registry.get

register(Coverage)
register(LexRank)
register(TextRank)
register(LSA)
register(Luhn)
register(KL)
register(SumBasic)
register(Edmundson)
register(Signature)


def query_scorers() -> tuple[str, ...]:
    """The names of the registered scorers that read a query.

    A query (``summarize(articles, query=...)``) steers only these; the
    others are refused one (their class says ``reads_query = False``).

    Returns
    -------
    tuple of str
        In the order of :func:`available`.

    Examples
    --------
    >>> import summarize
    >>> summarize.scorers.query_scorers()
    ('coverage', 'signature')
    """
    return tuple(name for name in available() if reads_query(registry.get(name)))


def reads_query(scorer: Scorer) -> bool:
    """Whether ``scorer`` reads a query: unless its class says ``reads_query = False``.

    Examples
    --------
    >>> reads_query(Coverage()), reads_query(LexRank())
    (True, False)
    """
    return getattr(scorer, "reads_query", True) is not False
