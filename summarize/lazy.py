"""Lazy imports: a heavy library is imported when a call first uses it, not at start-up.

``import summarize`` and ``summarize --help`` must start at once, but NLTK,
scikit-learn and SciPy take over a second of CPU to import. A module that needs
one of them binds a :class:`LazyModule` in place of the module; the first
attribute read imports it.

Examples
--------
>>> sp = LazyModule("scipy.sparse")
>>> sp
<lazy module 'scipy.sparse'>
>>> sp.csr_matrix((1, 2)).shape
(1, 2)
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

__all__ = ["LazyModule"]


class LazyModule:
    """A stand-in for a module, imported on the first attribute read.

    Parameters
    ----------
    name : str
        The module's full name, as for :func:`importlib.import_module`.

    Examples
    --------
    >>> LazyModule("json").dumps([1])
    '[1]'
    """

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = importlib.import_module(self._name)
            object.__setattr__(self, "_module", module)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (LazyModule, (self._name,))
