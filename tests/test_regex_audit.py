"""Regex audit: no pattern of the package takes superlinear time on any input.

Every compiled pattern of the package is found by walking its modules for
pattern objects (``re.Pattern`` and the ``regex`` module's, which NLTK uses),
cross-checked by grepping the sources for ``re.compile``; the two patterns
Punkt runs on every line are added from the tokenizer itself. Each pattern is
then run, the way the package runs it (``fullmatch``, ``match``, or a scan
with ``finditer`` for ``search``/``findall``/``sub``), on adversarial strings
of growing length built from its own literals: the witness of every
subexpression (a short string it matches, e.g. ``"icon-a"`` for
``icon-[\\w-]+``), repeated, after the literal prefix of its branch, ended by
characters that make the match fail (``"\\n\\x00"``), which is what forces a
backtracking engine to try every way of splitting the repeats.

The growth test compares CPU time per character between lengths (1k to 8k
characters, best of several runs): a linear pattern keeps it flat, a
quadratic one multiplies it by the length ratio, an exponential one explodes
between two short lengths (the sweep starts at 32 characters and stops at the
first sign of it, so the test never hangs). Only ratios are compared, never an
absolute time, with a generous factor, so a busy shared machine cannot fail it.

:func:`adversarial_strings` is also used by ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import summarize

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PACKAGE = Path(summarize.__file__).parent
TERMINATOR = "\n\x00"
"""Ends every adversarial string: ``.`` cannot cross the line break, no class
of the package matches both, so the match fails after trying everything."""

# Characters tried, in order, as the sample of a character class.
_CANDIDATES = "a0 -,|.!?:;'\"`)(<>/=@$%_\téA\u3002\u00a0x\n\x00"
_UNBOUNDED = sre_constants.MAXREPEAT
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)

_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    sre_constants.CATEGORY_DIGIT: lambda c: bool(re.match(r"\d", c)),
    sre_constants.CATEGORY_NOT_DIGIT: lambda c: not re.match(r"\d", c),
    sre_constants.CATEGORY_SPACE: lambda c: bool(re.match(r"\s", c)),
    sre_constants.CATEGORY_NOT_SPACE: lambda c: not re.match(r"\s", c),
    sre_constants.CATEGORY_WORD: lambda c: bool(re.match(r"\w", c)),
    sre_constants.CATEGORY_NOT_WORD: lambda c: not re.match(r"\w", c),
}


def _in_class(items: list[tuple[Any, Any]], char: str) -> bool:
    negate = False
    hit = False
    for op, arg in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            hit = hit or chr(arg) == char
        elif op is sre_constants.RANGE:
            hit = hit or arg[0] <= ord(char) <= arg[1]
        elif op is sre_constants.CATEGORY:
            hit = hit or _CATEGORIES.get(arg, lambda c: False)(char)
    return hit != negate


def _class_sample(items: list[tuple[Any, Any]]) -> str:
    for char in _CANDIDATES:
        if _in_class(items, char):
            return char
    for op, arg in items:  # a class of characters outside the candidates
        if op is sre_constants.LITERAL:
            return chr(arg)
        if op is sre_constants.RANGE:
            return chr(arg[0])
    return "a"


def _witness(nodes: Any, pieces: list[str]) -> str:
    """A short string the parsed sequence matches; every subexpression's witness goes to pieces."""
    out = []
    for op, arg in nodes:
        text = ""
        if op is sre_constants.LITERAL:
            text = chr(arg)
        elif op is sre_constants.NOT_LITERAL:
            text = "a" if chr(arg) != "a" else "b"
        elif op is sre_constants.ANY:
            text = "a"
        elif op is sre_constants.IN:
            text = _class_sample(arg)
            pieces.append(text)
        elif op is sre_constants.CATEGORY:
            text = _class_sample([(op, arg)])
            pieces.append(text)
        elif op is sre_constants.SUBPATTERN:
            text = _witness(arg[-1], pieces)
            pieces.append(text)
        elif op is sre_constants.BRANCH:
            branches = [_witness(branch, pieces) for branch in arg[1]]
            pieces.extend(branches)
            text = branches[0]
        elif op in _REPEATS:
            low, high, body = arg
            once = _witness(body, pieces)
            pieces.append(once)
            if high is _UNBOUNDED or high > 1:
                pieces.append(once * 2)
            text = once * low
        elif op is sre_constants.ASSERT:
            direction, body = arg
            if direction == 1:  # a lookahead: what must follow
                text = _witness(body, pieces)
                out.append(text)
                continue
        # AT (anchors), ASSERT_NOT, GROUPREF and the rest match the empty string.
        out.append(text)
    return "".join(out)


def _prefix(nodes: Any) -> str:
    """The witness of a branch up to its first unbounded repeat: the literal start."""
    out = []
    for op, arg in nodes:
        if op in _REPEATS and arg[1] is _UNBOUNDED:
            break
        out.append(_witness([(op, arg)], []))
    return "".join(out)


def _top_branches(parsed: Any) -> list[Any]:
    nodes = list(parsed)
    if len(nodes) == 1 and nodes[0][0] is sre_constants.BRANCH:
        return list(nodes[0][1][1])
    return [nodes]


def adversarial_strings(pattern: re.Pattern[Any]) -> Iterator[Callable[[int], str]]:
    """Builders of adversarial strings for a pattern: each maps a length to a string.

    For every top-level alternative of the pattern, every witness of one of
    its subexpressions, repeated to the length, alone and after the
    alternative's literal start, then :data:`TERMINATOR`.

    Examples
    --------
    >>> builders = list(adversarial_strings(re.compile(r"(?:icon-\\w+\\s*)+")))
    >>> any(b(20) == "icon-aicon-aicon-aic" + TERMINATOR for b in builders)
    True
    """
    source = (
        pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    )
    # The regex module's Unicode properties (\p{L}, \p{M}) are word characters for the
    # witnesses: the standard parser does not know them.
    source = re.sub(r"\\[pP]\{[^}]*\}", r"\\w", source)
    flags = pattern.flags & ~re.ASCII if isinstance(pattern.pattern, bytes) else pattern.flags
    parsed = sre_parse.parse(
        source, flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    )
    seen: set[tuple[str, str]] = set()
    for branch in _top_branches(parsed):
        pieces: list[str] = []
        whole = _witness(branch, pieces)
        pieces.append(whole)
        start = _prefix(branch)
        pieces.append(start)
        for piece in pieces:
            if not piece or len(piece) > 60:
                continue
            # Alone, after the branch's literal start, and after it and a space (a
            # word boundary may sit there), the space then also between repeats.
            for prefix, unit in (
                ("", piece),
                (start, piece),
                (start + " ", piece),
                (start + " ", piece + " "),
            ):
                if (prefix, unit) in seen:
                    continue
                seen.add((prefix, unit))

                def build(length: int, prefix: str = prefix, unit: str = unit) -> str:
                    body = prefix + unit * (length // len(unit) + 1)
                    return body[:length] + TERMINATOR

                yield build


# -- finding the patterns -----------------------------------------------------------------

_METHOD_USE = re.compile(r"\b(?P<name>[A-Za-z_]\w*)\.(?P<method>\w+)\(")
_INLINE_CALL = re.compile(r"\bre\.(?:search|match|fullmatch|sub|subn|findall|finditer|split)\(")

# Calls that compile a pattern inline, on text the package wrote itself (docstrings,
# type annotations), never on input: (module, enclosing function).
# Patterns built per language, inside a cached function, from the language's own
# punctuation; the audit times the English one (see _language_patterns). The features
# stage compiles a Language's token_pattern the same way: the package's only one,
# English's, is the module-level features._TOKEN, which the audit times.
# The disagreements compile their readers' patterns per language, from the language's
# numerals and its figures' sources (summarize.disagreement._Reader, _attached_pattern):
# the audit times those of
# every language that has numerals (see package_patterns); English's are module-level.
# The quality rules compile two per language, from its connectives set off by commas and
# its speech tags' pronouns (summarize.scorers.quality._asides, _pronoun_tags): the audit
# times those of every language that has them.
PER_LANGUAGE = {
    "summarize.segmentation.rules": 1,
    "summarize.features": 1,
    "summarize.disagreement": 11,
    "summarize.scorers.quality": 2,
}

# Patterns the package applies only to short inputs, each with the guard the source
# must keep: their cost is bounded by the guard, not by the pattern.
BOUNDED = {
    "summarize.scorers.quality._DATELINE": "words <= 8 and (_DATELINE.match(text)",
}

TRUSTED_INLINE = {
    ("summarize.cli", "_setting_type"),
    ("summarize.cli", "_setting_help"),
}


def _modules() -> list[Any]:
    names = ["summarize"] + [
        info.name for info in pkgutil.walk_packages([str(PACKAGE)], prefix="summarize.")
    ]
    return [importlib.import_module(name) for name in names]


def _is_pattern(value: object) -> bool:
    return isinstance(value, re.Pattern) or (
        type(value).__name__ == "Pattern"
        and hasattr(value, "pattern")
        and hasattr(value, "finditer")
    )


def _uses(module: Any, name: str) -> set[str]:
    """How the module runs the pattern: its method calls; "scan" when it is passed along."""
    source = Path(module.__file__).read_text(encoding="utf-8")
    methods: set[str] = set()
    passed = False
    for line in source.splitlines():
        line = line.split("#", 1)[0]  # not in comments
        line = re.sub(r"``[^`]*``|`[^`]*`", "", line)  # nor in docstrings' code
        if not re.search(rf"\b{re.escape(name)}\b", line) or re.match(rf"\s*{name}\s*[:=]", line):
            continue
        calls = [m["method"] for m in _METHOD_USE.finditer(line) if m["name"] == name]
        methods.update(calls)
        if not calls:
            passed = True  # handed to another function: assume the most general use
    uses = {m if m in ("match", "fullmatch") else "scan" for m in methods}
    if passed or not uses:
        uses.add("scan")
    return uses


def package_patterns() -> list[tuple[str, Any, str]]:
    """``(name, pattern, use)`` for every pattern of the package and each way it is run."""
    found: list[tuple[str, Any, str]] = []
    for module in _modules():
        for name, value in sorted(vars(module).items()):
            if _is_pattern(value) and getattr(module, "__file__", None):
                defined_here = re.search(
                    rf"^{re.escape(name)}\s*(?::[^=]*)?=",
                    Path(module.__file__).read_text(encoding="utf-8"),
                    re.MULTILINE,
                )
                if defined_here:
                    for use in sorted(_uses(module, name)):
                        found.append((f"{module.__name__}.{name}", value, use))
    # The patterns the disagreements read each language's figures with (_Reader).
    from summarize import disagreement, languages

    seen = {id(value) for _, value, _ in found}
    for code in languages.available():
        reader = disagreement._reader(languages.get(code))
        for attribute in (
            "pattern",
            "first",
            "qualifier",
            "bare",
            "parts",
            "topic",
            "sources",
        ):
            value = getattr(reader, attribute)
            value = value.first_words if attribute == "sources" else value
            if id(value) not in seen and value.pattern:
                seen.add(id(value))
                found.append((f"disagreement._Reader[{code}].{attribute}", value, "scan"))
    # The quality rules' patterns of each language (connectives set off by commas, speech
    # tags naming their speaker by a pronoun), searched in every judged candidate.
    from summarize.scorers import quality

    for code in languages.available():
        language = languages.get(code)
        for attribute, value in (
            ("asides", quality._asides(language)),
            ("pronoun_tags", quality._pronoun_tags(language)),
        ):
            if value is not None and id(value) not in seen:
                seen.add(id(value))
                found.append((f"quality.{attribute}[{code}]", value, "scan"))
    # The two patterns Punkt runs on every line, from the tokenizer the package builds
    # (NLTK scans with the first and matches with the second).
    from summarize.segmentation.punkt import _tokenizer

    variables = _tokenizer("english")._lang_vars
    found.append(("punkt.period_context", variables.period_context_re(), "scan"))
    found.append(("punkt.boundary_realignment", variables.re_boundary_realignment, "match"))
    return found


def _run(pattern: Any, use: str) -> Callable[[Any], object]:
    if use == "fullmatch":
        return pattern.fullmatch
    if use == "match":
        return pattern.match
    return lambda text: sum(1 for _ in pattern.finditer(text))


def _best(run: Callable[[Any], object], text: Any, loops: int, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        for _ in range(loops):
            run(text)
        best = min(best, time.thread_time() - started)
    return max(best, 1e-7) / loops


def growth(
    run: Callable[[Any], object],
    build: Callable[[int], Any],
    *,
    sizes: tuple[int, ...] = (32, 64, 128, 256, 512, 1024, 2048, 4096, 8192),
    reference: int = 1024,
    chars_per_timing: int = 8192,
    repeats: int = 3,
    explode: float = 12.0,
) -> float:
    """CPU time per character at the largest size over that at ``reference`` (best of N).

    First a sweep of single runs over every size stops, returning ``inf``,
    when the time per character grows more than ``explode`` times between two
    consecutive sizes (an exponential pattern; a linear one stays about flat,
    a quadratic one doubles); the run that shows it takes at least a
    millisecond, so timer noise on tiny strings cannot trigger it. Then the
    reference and largest sizes are timed, best of ``repeats``, each timing
    long enough to cover ``chars_per_timing`` characters.
    """
    previous: tuple[int, float] | None = None
    for size in sizes:
        text = build(size)
        started = time.thread_time()
        run(text)
        once = max(time.thread_time() - started, 1e-7)
        if previous is not None and once > 1e-3 and once / size > explode * previous[1]:
            # Confirm: the smaller size again, best of several runs.
            earlier = _best(run, build(previous[0]), 1, 5) / previous[0]
            if once / size > explode * earlier:
                return float("inf")
        previous = (size, once / size)
    large = sizes[-1]
    per_char = {
        size: _best(run, build(size), max(1, chars_per_timing // size), repeats) / size
        for size in (reference, large)
    }
    return per_char[large] / per_char[reference]


# -- the tests ----------------------------------------------------------------------------

PATTERNS = package_patterns()


def test_the_walk_finds_every_compiled_pattern() -> None:
    # A pattern compiled inside a function, or inline in a call, escapes the walk: every
    # re.compile must be a module-level name, and an inline call must be on trusted text.
    walked: dict[str, int] = {}
    for name, _, _ in PATTERNS:
        module = name.rsplit(".", 1)[0]
        walked[module] = walked.get(module, 0) + 1
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(("summarize",) + path.relative_to(PACKAGE).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        source = path.read_text(encoding="utf-8")
        compiles = len(re.findall(r"\bre\.compile\(", source)) - PER_LANGUAGE.get(module, 0)
        assert walked.get(module, 0) >= compiles, (
            f"{module} calls re.compile {compiles} times but only {walked.get(module, 0)} "
            "patterns are module-level names: compile patterns at module level"
        )
        function = "<module>"
        for line in source.splitlines():
            defined = re.match(r"\s*def (\w+)", line)
            if defined:
                function = defined.group(1)
            if _INLINE_CALL.search(line):
                assert (module, function) in TRUSTED_INLINE, (
                    f"{module}.{function} compiles a pattern inline: make it a module-level "
                    "pattern so the audit sees it"
                )
    assert any(name.endswith("clean._FURNITURE") for name, _, _ in PATTERNS)


@pytest.mark.parametrize(
    ("name", "pattern", "use"),
    PATTERNS,
    ids=[f"{name}-{use}" for name, _, use in PATTERNS],
)
def test_pattern_time_grows_linearly(name: str, pattern: Any, use: str) -> None:
    if name in BOUNDED:
        module, _, _ = name.rpartition(".")
        source = (
            PACKAGE / (module.removeprefix("summarize.").replace(".", "/") + ".py")
        ).read_text(encoding="utf-8")
        assert BOUNDED[name] in source, f"{name} lost the guard that bounds its input"
        return
    run = _run(pattern, use)
    encode = isinstance(pattern.pattern, bytes)
    worst = 0.0
    worst_input = ""
    for build in adversarial_strings(pattern):

        def sized(length: int, build: Callable[[int], str] = build) -> Any:
            text = build(length)
            return text.encode("utf-8") if encode else text

        ratio = growth(run, sized)
        if ratio > 3.0:
            # Confirm once, so a burst of load on a shared machine cannot fail the test.
            ratio = min(ratio, growth(run, sized))
        if ratio > worst:
            worst, worst_input = ratio, build(40)
        assert ratio <= 3.0, (
            f"{name} ({use}) takes superlinear time on {build(40)!r}...: the time per "
            f"character grows {ratio:.1f} times from 1k to 8k characters"
        )
    assert worst_input is not None


def test_the_audit_catches_exponential_and_quadratic_patterns() -> None:
    # The audit itself must fail on the shapes it is meant to find.
    exponential = re.compile(r"(?:icon-[\w-]+[\s,|]*)+")
    quadratic = re.compile(r"(?:subscribe)\b.*(?:newsletter).*")
    linear = re.compile(r"icon-[\w-]+(?:[\s,|]+icon-[\w-]+)*[\s,|]*")
    for pattern, expected in ((exponential, True), (quadratic, True), (linear, False)):
        worst = max(
            growth(
                pattern.fullmatch, build, sizes=(32, 64, 128, 256, 512, 1024, 2048), reference=256
            )
            for build in adversarial_strings(pattern)
        )
        assert (worst > 3.0) is expected, (pattern.pattern, worst)
