"""The registries of methods by name after the fourth black-box review.

A class registered under a name with capitals is found by that name in any
case, and listed as :meth:`~summarize.registry.Registry.get` accepts it (bug 4);
``register`` checks what it is given and refuses a bad class with the library's
own error, leaving the registry as it was (bug 5); and the name of a built-in
method cannot be taken by another class, nor a custom one silently replaced
(bug 6).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pytest

import summarize
from summarize import InputTypeError, InvalidParameterError, SummarizeError
from summarize.registry import Registry
from summarize.scorers import Coverage, LexRank, Scorer, Scores
from summarize.selectors import Greedy, Selector


@dataclass(frozen=True)
class MyCentroid:
    name: ClassVar[str] = "MyCentroid"

    def score(self, candidates: Any, features: Any) -> Scores:
        centroid = np.asarray(features.X.mean(axis=0)).ravel()
        return Scores(np.asarray(features.X @ centroid).ravel())


@dataclass(frozen=True)
class Centroid:
    name: ClassVar[str] = "centroid"

    def score(self, candidates: Any, features: Any) -> Scores:
        return Scores(np.ones(len(candidates.texts)))


@dataclass(frozen=True)
class OtherCentroid:
    name: ClassVar[str] = "Centroid"

    def score(self, candidates: Any, features: Any) -> Scores:
        return Scores(-np.arange(len(candidates.texts), dtype=float))


@dataclass(frozen=True)
class FirstOne:
    name: ClassVar[str] = "first-one"

    def select(self, candidates: Any, features: Any, scores: Any, budget: Any) -> list[int]:
        return [0]


class NoName:
    def score(self, candidates: Any, features: Any) -> Scores:
        return Scores(np.ones(len(candidates.texts)))


class NoScore:
    name = "noscore"


class ScoreNotCallable:
    name = "notcallable"
    score = 3


def _named(name: object) -> type:
    """A scorer class whose ``name`` is ``name``."""

    class Named:
        def score(self, candidates: Any, features: Any) -> Scores:
            return Scores(np.ones(len(candidates.texts)))

    Named.name = name  # type: ignore[attr-defined]
    return Named


@dataclass(frozen=True)
class NeedsSetting:
    name: ClassVar[str] = "needs-setting"
    weight: float

    def score(self, candidates: Any, features: Any) -> Scores:
        return Scores(np.full(len(candidates.texts), self.weight))


def _restored(registry: Any) -> Iterator[Any]:
    """``registry``, restored to what it held (its built-ins) afterwards."""
    saved = dict(registry._classes)
    try:
        yield registry
    finally:
        registry._classes.clear()
        registry._classes.update(saved)


@pytest.fixture
def scorers() -> Iterator[Registry[Scorer]]:
    """``summarize.scorers.registry``, restored to its built-ins afterwards."""
    yield from _restored(summarize.scorers.registry)


@pytest.fixture
def selectors() -> Iterator[Registry[Selector]]:
    """``summarize.selectors.registry``, restored to its built-ins afterwards."""
    yield from _restored(summarize.selectors.registry)


# --- bug 4: a name with capitals ----------------------------------------------


def test_a_name_with_capitals_is_found_in_any_case(scorers: Registry[Scorer]) -> None:
    assert summarize.scorers.register(MyCentroid) is MyCentroid
    assert "mycentroid" in summarize.scorers.available()
    articles = summarize.sample_articles()
    expected = summarize.summarize(articles, scorer=MyCentroid(), max_sentences=1)
    for name in ("MyCentroid", "mycentroid", "MYCENTROID"):
        assert summarize.scorers.get(name) == MyCentroid()
        summary = summarize.summarize(articles, scorer=name, max_sentences=1)
        assert summary.text == expected.text


def test_every_listed_name_is_found(scorers: Registry[Scorer]) -> None:
    summarize.scorers.register(MyCentroid)
    for name in summarize.scorers.available():
        assert name == name.lower()
        assert summarize.scorers.get(name).name.lower() == name


def test_an_unknown_name_lists_the_names_get_accepts(scorers: Registry[Scorer]) -> None:
    summarize.scorers.register(MyCentroid)
    with pytest.raises(InvalidParameterError, match="'mycentroid'") as raised:
        summarize.Summarizer(scorer="centroid")
    assert "'MyCentroid'" not in str(raised.value)


# --- bug 5: register checks what it is given ----------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, "None"), (5, "5"), ("centroid", "'centroid'"), (Centroid(), "a Centroid")],
)
def test_register_refuses_what_is_no_class(
    scorers: Registry[Scorer], value: object, shown: str
) -> None:
    before = summarize.scorers.available()
    with pytest.raises(InputTypeError) as raised:
        summarize.scorers.register(value)  # type: ignore[arg-type]
    message = str(raised.value)
    assert message.startswith(
        "The 'cls' parameter of summarize.scorers.register must be a scorer class"
    )
    assert f"Got {shown}" in message
    assert isinstance(raised.value, TypeError)
    assert summarize.scorers.available() == before


def test_an_instance_is_told_to_pass_its_class(scorers: Registry[Scorer]) -> None:
    with pytest.raises(InputTypeError, match=r"pass the class itself: register\(Centroid\)"):
        summarize.scorers.register(Centroid())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        (NoName, "NoName has no 'name'"),
        (_named(5), "must be a non-empty str without surrounding spaces. Got 5 instead."),
        (_named(None), "must be a non-empty str without surrounding spaces. Got None instead."),
        (_named(""), "must be a non-empty str without surrounding spaces. Got '' instead."),
        (_named("  "), "must be a non-empty str without surrounding spaces. Got '  ' instead."),
        (_named(" x "), "must be a non-empty str without surrounding spaces. Got ' x ' instead."),
        (_named(b"x"), "must be a non-empty str without surrounding spaces. Got b'x' instead."),
        (NoScore, "NoScore has no 'score' method, which a scorer needs"),
        (ScoreNotCallable, "ScoreNotCallable has no 'score' method"),
        (Greedy, "Greedy has no 'score' method"),  # a selector
        (Scorer, "has no 'name'"),  # the protocol itself
        (NeedsSetting, "NeedsSetting cannot be made without arguments"),
    ],
)
def test_register_refuses_a_bad_scorer_class(
    scorers: Registry[Scorer], cls: type, message: str
) -> None:
    before = dict(scorers._classes)
    with pytest.raises(InvalidParameterError, match="^The scorer class |^The 'name' of") as raised:
        summarize.scorers.register(cls)
    assert message in str(raised.value)
    assert scorers._classes == before


def test_register_refuses_a_bad_selector_class(selectors: Registry[Selector]) -> None:
    before = summarize.selectors.available()
    with pytest.raises(InvalidParameterError, match="Centroid has no 'select' method"):
        summarize.selectors.register(Centroid)  # a scorer
    with pytest.raises(InvalidParameterError, match="LexRank has no 'select' method"):
        summarize.selectors.register(LexRank)
    with pytest.raises(InputTypeError, match="summarize.selectors.register must be a selector"):
        summarize.selectors.register(None)  # type: ignore[arg-type]
    assert summarize.selectors.available() == before
    assert summarize.selectors.register(FirstOne) is FirstOne
    assert summarize.selectors.get("First-One") == FirstOne()


def test_register_refuses_an_abstract_class(scorers: Registry[Scorer]) -> None:
    import abc

    class Abstract(abc.ABC):
        name = "abstract"

        @abc.abstractmethod
        def score(self, candidates: Any, features: Any) -> Scores: ...

    with pytest.raises(InvalidParameterError, match="Abstract is abstract"):
        summarize.scorers.register(Abstract)


def test_replace_must_be_a_bool(scorers: Registry[Scorer]) -> None:
    with pytest.raises(InvalidParameterError, match="The 'replace' parameter .* bool"):
        summarize.scorers.register(Centroid, replace="yes")  # type: ignore[arg-type]


def test_a_refused_class_leaves_every_lookup_working(scorers: Registry[Scorer]) -> None:
    for bad in (None, NoName, NoScore, _named(5), Greedy):
        with pytest.raises(SummarizeError):
            summarize.scorers.register(bad)  # type: ignore[arg-type]
    assert "coverage" in summarize.scorers.available()
    for name in ("lexrank ", "centroid", "noscore", "5"):
        with pytest.raises(InvalidParameterError, match="must be a Scorer or one of 'coverage'"):
            summarize.Summarizer(scorer=name)
    assert summarize.Summarizer(scorer="lexrank").scorer == LexRank()


# --- bug 6: the names of the built-in methods ---------------------------------


@dataclass(frozen=True)
class FakeCoverage:
    name: ClassVar[str] = "coverage"

    def score(self, candidates: Any, features: Any) -> Scores:
        return Scores(-np.arange(len(candidates.texts), dtype=float))


@pytest.mark.parametrize("name", ["coverage", "Coverage", "LEXRANK"])
@pytest.mark.parametrize("replace", [False, True])
def test_a_builtin_name_is_never_taken(
    scorers: Registry[Scorer], name: str, replace: bool
) -> None:
    cls = _named(name)
    with pytest.raises(InvalidParameterError) as raised:
        summarize.scorers.register(cls, replace=replace)
    message = str(raised.value)
    assert f"as {name!r}: that is the name of the built-in scorer summarize.scorers." in message
    assert "Give the class another name." in message
    assert type(summarize.Summarizer(scorer="coverage").scorer) is Coverage
    assert type(summarize.Summarizer(scorer="lexrank").scorer) is LexRank


def test_the_reviewers_coverage_is_refused(scorers: Registry[Scorer]) -> None:
    with pytest.raises(InvalidParameterError, match="built-in scorer .*coverage.Coverage"):
        summarize.scorers.register(FakeCoverage)
    assert summarize.Summarizer(scorer="coverage").scorer == summarize.Summarizer().scorer


def test_a_builtin_selector_name_is_never_taken(selectors: Registry[Selector]) -> None:
    @dataclass(frozen=True)
    class MyGreedy(FirstOne):
        name: ClassVar[str] = "greedy"

    with pytest.raises(InvalidParameterError, match="built-in selector .*greedy.Greedy"):
        summarize.selectors.register(MyGreedy, replace=True)
    assert type(summarize.selectors.get("greedy")) is Greedy


def test_registering_the_same_class_again_changes_nothing(
    scorers: Registry[Scorer], selectors: Registry[Selector]
) -> None:
    before = summarize.scorers.available()
    assert summarize.scorers.register(Coverage) is Coverage
    assert summarize.selectors.register(Greedy) is Greedy
    assert summarize.scorers.available() == before
    summarize.scorers.register(Centroid)
    assert summarize.scorers.register(Centroid) is Centroid
    assert summarize.scorers.available().count("centroid") == 1


def test_a_custom_name_is_replaced_only_when_asked(scorers: Registry[Scorer]) -> None:
    summarize.scorers.register(Centroid)
    with pytest.raises(InvalidParameterError) as raised:
        summarize.scorers.register(OtherCentroid)  # "Centroid": the same name, in any case
    message = str(raised.value)
    assert "registered by that name" in message and "replace=True" in message
    assert type(summarize.scorers.get("centroid")) is Centroid
    assert summarize.scorers.register(OtherCentroid, replace=True) is OtherCentroid
    assert type(summarize.scorers.get("centroid")) is OtherCentroid
    assert summarize.scorers.available().count("centroid") == 1


def test_a_fresh_registry_protects_builtins_too() -> None:
    registry = Registry[Scorer]("scorer", Scorer)
    registry.register(Coverage)
    with pytest.raises(InvalidParameterError, match="built-in scorer"):
        registry.register(FakeCoverage)
    assert registry.get("coverage") == Coverage()
