"""Methods by name: the registries behind :mod:`summarize.scorers` and :mod:`summarize.selectors`."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from .exceptions import InvalidParameterError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Classes of one kind (scorers, selectors), found by their ``name``.

    Parameters
    ----------
    kind : str
        The setting of :class:`~summarize.Summarizer` they fill: ``"scorer"``.
    protocol : type
        A runtime-checkable protocol an instance must satisfy.

    Examples
    --------
    >>> from summarize.scorers import Scorer, Coverage
    >>> registry = Registry[Scorer]("scorer", Scorer)
    >>> _ = registry.register(Coverage)
    >>> registry.available(), registry.get("coverage").name
    (('coverage',), 'coverage')
    >>> registry.get("nope")
    Traceback (most recent call last):
    ...
    summarize.exceptions.InvalidParameterError: The 'scorer' parameter of Summarizer must be a Scorer or one of 'coverage'. Got 'nope' instead.
    """

    def __init__(self, kind: str, protocol: type) -> None:
        self.kind = kind
        self.protocol = protocol
        self._classes: dict[str, type] = {}

    def register(self, cls: type) -> type:
        """Make ``cls`` available by its ``name``; usable as a class decorator."""
        self._classes[cls.name] = cls  # type: ignore[attr-defined]
        return cls

    def available(self) -> tuple[str, ...]:
        """The names :meth:`get` knows, sorted."""
        return tuple(sorted(self._classes))

    def get(self, method: str | T) -> T:
        """The object given, or a new one with its default settings by name.

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

    def __reduce__(self) -> tuple[Any, ...]:  # registries are module state, never pickled
        raise TypeError("a Registry is not picklable")
