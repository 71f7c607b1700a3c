"""Methods by name: the registries behind :mod:`summarize.scorers` and :mod:`summarize.selectors`."""

from __future__ import annotations

import inspect
import threading
from typing import Any, Generic, TypeVar

from .exceptions import InputTypeError, InvalidParameterError

__all__ = ["Registry"]

T = TypeVar("T")

_PACKAGE = __name__.partition(".")[0]


class Registry(Generic[T]):
    """Classes of one kind (scorers, selectors), found by their ``name``.

    Names are matched without regard to case: a class registered as
    ``"MyCentroid"`` is found by ``"MyCentroid"`` and ``"mycentroid"``, and
    listed by :meth:`available` as ``"mycentroid"``. The name of a built-in
    method is never taken by another class.

    Parameters
    ----------
    kind : str
        The setting of :class:`~summarize.Summarizer` they fill: ``"scorer"``.
    protocol : type
        A runtime-checkable protocol an instance must satisfy; a registered
        class must have its methods (``score`` for a scorer).

    Examples
    --------
    >>> from summarize.scorers import Scorer, Coverage
    >>> registry = Registry[Scorer]("scorer", Scorer)
    >>> _ = registry.register(Coverage)
    >>> registry.available(), registry.get("coverage").name, registry.get("Coverage").name
    (('coverage',), 'coverage', 'coverage')
    >>> registry.get("nope")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'scorer' parameter of Summarizer must be a Scorer or one of 'coverage'. Got 'nope' instead.
    """

    def __init__(self, kind: str, protocol: type) -> None:
        self.kind = kind
        self.protocol = protocol
        self._classes: dict[str, type] = {}
        self._lock = threading.Lock()
        # The methods the protocol declares ("score", "select"): a class must have them.
        self._methods = tuple(
            name
            for name, value in vars(protocol).items()
            if not name.startswith("_") and callable(value)
        )

    def register(self, cls: type, *, replace: bool = False) -> type:
        """Make ``cls`` available by its ``name``; usable as a class decorator.

        The class is checked first, and nothing is registered unless it
        passes: it must be a class with a ``name`` that is a non-empty
        ``str`` without surrounding spaces, the protocol's methods
        (``score`` for a scorer, ``select`` for a selector), and defaults
        for all its settings (:meth:`get` makes it with no arguments).
        Registering the same class again does nothing.

        Parameters
        ----------
        cls : type
            The class (not an instance of it).
        replace : bool, default False
            Whether ``cls`` may replace another class of one's own registered
            under the same name. The name of a built-in method is never
            replaced.

        Returns
        -------
        type
            ``cls`` itself.

        Raises
        ------
        InputTypeError
            If ``cls`` is not a class.
        InvalidParameterError
            If the class has no valid ``name`` or lacks a method, if it cannot
            be made without arguments, or if its name (in any case) is a
            built-in method's, or another class's and ``replace`` is false.

        Examples
        --------
        >>> from summarize.scorers import Scorer, Coverage, Scores
        >>> registry = Registry[Scorer]("scorer", Scorer)
        >>> _ = registry.register(Coverage)
        >>> @registry.register
        ... class MyCentroid:
        ...     name = "MyCentroid"
        ...
        ...     def score(self, candidates, features):
        ...         return Scores([1.0] * len(candidates.texts))
        >>> registry.available(), type(registry.get("mycentroid")).__name__
        (('coverage', 'mycentroid'), 'MyCentroid')
        >>> registry.register(MyCentroid) is MyCentroid  # again: nothing changes
        True
        >>> class Mine(MyCentroid):
        ...     name = "Coverage"
        >>> registry.register(Mine)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        summarize.exceptions.InvalidParameterError: Cannot register the scorer class ...Mine as 'Coverage': that is the name of the built-in scorer summarize.scorers.coverage.Coverage. Give the class another name.
        """
        owner = f"{_PACKAGE}.{self.kind}s.register"
        what = f"{self.kind} class"
        if not isinstance(cls, type):
            hint = ""
            if cls is not None and hasattr(type(cls), "name"):
                hint = f" (an instance; pass the class itself: register({type(cls).__name__}))"
            raise InputTypeError(
                f"The 'cls' parameter of {owner} must be a {what} with a 'name' and "
                f"{self._described_methods()}. Got {_described(cls)}{hint} instead."
            )
        if not isinstance(replace, bool):
            raise InvalidParameterError(
                f"The 'replace' parameter of {owner} must be a bool. Got {replace!r} instead."
            )
        title = f"{cls.__module__}.{cls.__qualname__}"
        if not hasattr(cls, "name"):
            raise InvalidParameterError(
                f"The {what} {title} has no 'name', by which it is found: give it a class "
                f'attribute such as name: ClassVar[str] = "{cls.__name__.lower()}".'
            )
        name = cls.name
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            raise InvalidParameterError(
                f"The 'name' of the {what} {title} must be a non-empty str without surrounding "
                f"spaces. Got {name!r} instead."
            )
        for method in self._methods:
            if not callable(getattr(cls, method, None)):
                raise InvalidParameterError(
                    f"The {what} {title} has no {method!r} method, which a {self.kind} needs "
                    f"(see {_PACKAGE}.{self.kind}s.{self.protocol.__name__})."
                )
        self._check_made_by_default(cls, title)
        key = name.lower()
        with self._lock:
            known = self._classes.get(key)
            if known is not None and known is not cls:
                known_title = f"{known.__module__}.{known.__qualname__}"
                if _is_builtin(known):
                    raise InvalidParameterError(
                        f"Cannot register the {what} {title} as {name!r}: that is the name of "
                        f"the built-in {self.kind} {known_title}. Give the class another name."
                    )
                if not replace:
                    raise InvalidParameterError(
                        f"Cannot register the {what} {title} as {name!r}: {known_title} is "
                        f"registered by that name. Give the class another name, or pass "
                        f"replace=True to replace {known_title}."
                    )
            self._classes[key] = cls
        return cls

    def available(self) -> tuple[str, ...]:
        """The names :meth:`get` knows, in lower case (it ignores case), sorted."""
        return tuple(sorted(self._classes))

    def get(self, method: str | T) -> T:
        """The object given, or a new one with its default settings by name.

        A name is matched without regard to case.

        Raises
        ------
        InvalidParameterError
            For an unknown name (listing the known ones) or an object that is
            not a scorer (selector).
        """
        what = self.protocol.__name__
        if isinstance(method, str):
            cls = self._classes.get(method.lower())
            if cls is None:
                known = ", ".join(map(repr, self.available()))
                raise InvalidParameterError(
                    f"The {self.kind!r} parameter of Summarizer must be a {what} or one of "
                    f"{known}. Got {method!r} instead."
                )
            instance: T = cls()
            return instance
        if isinstance(method, type):
            raise InvalidParameterError(
                f"The {self.kind!r} parameter of Summarizer must be a {what} object or a name. "
                f"Got the class {method.__name__} itself; pass an instance: {method.__name__}()."
            )
        if not isinstance(method, self.protocol):
            raise InvalidParameterError(
                f"The {self.kind!r} parameter of Summarizer must be a {what} (see "
                f"summarize.{self.kind}s.{what}) or a name. Got {type(method).__name__} instead."
            )
        return method

    def _described_methods(self) -> str:
        """``"a 'score' method"``: what a class needs besides its name."""
        names = " and ".join(repr(m) for m in self._methods)
        return f"a {names} method" if len(self._methods) == 1 else f"the methods {names}"

    def _check_made_by_default(self, cls: type, title: str) -> None:
        """Refuse a class that :meth:`get` could not make with its default settings."""
        if inspect.isabstract(cls):
            missing = ", ".join(sorted(getattr(cls, "__abstractmethods__", ())))
            raise InvalidParameterError(
                f"The {self.kind} class {title} is abstract (it does not define {missing}), "
                f"so it cannot be made by name."
            )
        try:
            signature = inspect.signature(cls)
        except (TypeError, ValueError):  # no signature to read (a builtin's): not checked
            return
        try:
            signature.bind()
        except TypeError as error:
            raise InvalidParameterError(
                f"The {self.kind} class {title} cannot be made without arguments ({error}), "
                f"but a {self.kind} given by name is made with its default settings: give "
                f"every setting a default."
            ) from None
        # The signature allows it; making one tells whether its defaults are valid.
        try:
            cls()
        except Exception as error:  # noqa: BLE001 - any failure is the class's own
            raise InvalidParameterError(
                f"The {self.kind} class {title} cannot be made without arguments: "
                f"{title}() raised {type(error).__name__}: {error}. A {self.kind} given by "
                f"name is made with its default settings: give every setting a valid default."
            ) from error

    def __reduce__(self) -> tuple[Any, ...]:  # registries are module state, never pickled
        raise TypeError("a Registry is not picklable")


def _is_builtin(cls: type) -> bool:
    """Whether ``cls`` is one of the library's own methods."""
    return cls.__module__.partition(".")[0] == _PACKAGE


def _described(value: object) -> str:
    """``None``, ``5`` or ``a Centroid``: a value in an error message."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    return f"a {type(value).__name__}"
