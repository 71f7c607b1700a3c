"""Write the offline fallback intersphinx inventories used by docs/conf.py.

Read the Docs fetches the real ``objects.inv`` of Python, NumPy, SciPy and
scikit-learn; a build without network falls back to the small inventories this
script writes next to it, which list only the external objects the
documentation links to, with the same target URLs as the real inventories. When
an offline ``sphinx-build -n`` reports an external ``reference target not
found``, add the object below and run::

    python docs/_intersphinx/make_inventories.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name, role, path relative to the project's documentation root.
OBJECTS: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "python": (
        "Python",
        "3",
        [
            ("str", "py:class", "library/stdtypes.html#str"),
            ("bytes", "py:class", "library/stdtypes.html#bytes"),
            ("int", "py:class", "library/functions.html#int"),
            ("float", "py:class", "library/functions.html#float"),
            ("bool", "py:class", "library/functions.html#bool"),
            ("tuple", "py:class", "library/stdtypes.html#tuple"),
            ("list", "py:class", "library/stdtypes.html#list"),
            ("dict", "py:class", "library/stdtypes.html#dict"),
            ("Exception", "py:exception", "library/exceptions.html#Exception"),
            ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
            ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
            ("UserWarning", "py:exception", "library/exceptions.html#UserWarning"),
            (
                "collections.abc.Callable",
                "py:class",
                "library/collections.abc.html#collections.abc.Callable",
            ),
            (
                "collections.abc.Iterable",
                "py:class",
                "library/collections.abc.html#collections.abc.Iterable",
            ),
            (
                "collections.abc.Iterator",
                "py:class",
                "library/collections.abc.html#collections.abc.Iterator",
            ),
            (
                "collections.abc.Mapping",
                "py:class",
                "library/collections.abc.html#collections.abc.Mapping",
            ),
            ("dataclasses.replace", "py:function", "library/dataclasses.html#dataclasses.replace"),
            (
                "dataclasses.dataclass",
                "py:function",
                "library/dataclasses.html#dataclasses.dataclass",
            ),
            ("doctest", "py:module", "library/doctest.html#module-doctest"),
            ("json.dumps", "py:function", "library/json.html#json.dumps"),
            ("logging", "py:module", "library/logging.html#module-logging"),
            ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
            ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
            ("typing.Any", "py:data", "library/typing.html#typing.Any"),
            ("typing.Literal", "py:data", "library/typing.html#typing.Literal"),
            ("warnings.warn", "py:function", "library/warnings.html#warnings.warn"),
            (
                "warnings.simplefilter",
                "py:function",
                "library/warnings.html#warnings.simplefilter",
            ),
        ],
    ),
    "numpy": (
        "NumPy",
        "stable",
        [
            ("numpy.ndarray", "py:class", "reference/generated/numpy.ndarray.html#numpy.ndarray"),
        ],
    ),
    "scipy": (
        "SciPy",
        "stable",
        [
            (
                "scipy.sparse.csr_matrix",
                "py:class",
                "reference/generated/scipy.sparse.csr_matrix.html#scipy.sparse.csr_matrix",
            ),
        ],
    ),
    "sklearn": (
        "scikit-learn",
        "stable",
        [
            (
                "sklearn.feature_extraction.text.CountVectorizer",
                "py:class",
                "modules/generated/sklearn.feature_extraction.text.CountVectorizer.html"
                "#sklearn.feature_extraction.text.CountVectorizer",
            ),
            (
                "sklearn.feature_extraction.text.TfidfTransformer",
                "py:class",
                "modules/generated/sklearn.feature_extraction.text.TfidfTransformer.html"
                "#sklearn.feature_extraction.text.TfidfTransformer",
            ),
        ],
    ),
}


def inventory(project: str, version: str, objects: list[tuple[str, str, str]]) -> bytes:
    """An ``objects.inv`` (format version 2) listing ``objects``."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in sorted(objects))
    return header.encode() + zlib.compress(body.encode(), 9)


def main() -> None:
    for key, (project, version, objects) in OBJECTS.items():
        path = HERE / f"{key}.inv"
        path.write_bytes(inventory(project, version, objects))
        print(f"wrote {path} ({len(objects)} objects)")


if __name__ == "__main__":
    main()
