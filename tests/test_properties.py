"""Property-based tests: whatever arrives, a valid summary or a SummarizeError.

Articles come from scrapers, feeds and users' folders. For arbitrary lists of
arbitrary articles (str, bytes, Document or mapping; any Unicode, control
characters, every kind of line end, right-to-left and CJK scripts, emoji,
combining marks, lone surrogates) and arbitrary valid settings:

- the call returns a summary or raises a :class:`~summarize.SummarizeError`,
  never any other exception, and warns only with
  :class:`~summarize.SummarizeWarning`;
- every sentence is ``document.text[start:end]`` of an unaltered document, the
  budget holds, and no two chosen sentences are near-duplicates;
- a second call, and two threads at once, give the same result.

The example budget comes from a hypothesis profile: "ci" (the default, a
modest budget that keeps this file well under a minute on two cores), "dev"
and "fuzz" (large). Choose one with the ``HYPOTHESIS_PROFILE`` environment
variable. ``benchmarks/fuzz.py`` reuses :func:`check_summary` on random and
mutated real articles.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import json
import math
import os
import re
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import summarize
from summarize import (
    Document,
    InputDecodeError,
    InvalidParameterError,
    SummarizeError,
    Summarizer,
    SummarizeWarning,
    Summary,
)
from summarize.features import tfidf_matrix
from summarize.languages import get as get_language
from summarize.segmentation.punkt import _CLAUSE_END, MAX_SENTENCE_CHARS, split_long

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=_SLOW)
settings.register_profile("dev", max_examples=500, deadline=None, suppress_health_check=_SLOW)
settings.register_profile(
    "fuzz", max_examples=100_000, deadline=None, suppress_health_check=_SLOW, print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# -- strategies ------------------------------------------------------------------------------

WORDS = [
    "the", "river", "rose", "council", "approved", "budget", "Monday", "bridge", "reopened",
    "Mr.", "Dr.", "U.S.", "e.g.", "Jan.", "3.5", "$227.8", "2024", "G7", "14%", "co-op",
    "naïve", "Zürich", "İstanbul", "straße", "ﬁne", "e\u0301te\u0301", "a\u0308\u0308",
    "مرحبا", "بالعالم", "שלום", "עולם", "наводнение", "город", "Ελλάδα",
    "東京で会議が開かれました", "今日は天気がいい", "北京", "서울에서", "กรุงเทพ",
    "😀", "👩\u200d👩\u200d👧", "🇫🇷", "👍🏽", "\u200b", "\u202eevil", "<p>", "&amp;", "**bold**",
]  # fmt: skip
ENDS = ["", ".", ".", ".", "!", "?", "…", "...", "。", "！", "؟", "।", '."', ".)", "?!", ","]
SEPARATORS = [
    " ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", "\x00", "\x0b", "\x0c",
    "\x1c", "\x1e", "\x85", "\u2028", "\u2029", "\u00a0", "\u3000", "\x1b[31m", "\x7f",
]  # fmt: skip

surrogates = st.text(
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3
)
words = st.one_of(
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=12),
    st.text(st.characters(max_codepoint=0x7F), min_size=1, max_size=12),
    surrogates,
)
sentences = st.builds(
    lambda ws, end: " ".join(ws) + end,
    st.lists(words, min_size=1, max_size=30),
    st.sampled_from(ENDS),
)


@st.composite
def article_texts(draw: st.DrawFn, pool: Sequence[str] = ()) -> str:
    """Sentences (some shared between articles) joined by odd separators, or any text."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.text(max_size=300))
    if kind == 1:
        return draw(st.sampled_from(["", " ", "\n\r\n\t", "...!!!???", "😀 🎉. 🚀!", "\x00\x00"]))
    choices = st.one_of(sentences, st.sampled_from(pool)) if pool else sentences
    parts = draw(st.lists(st.tuples(choices, st.sampled_from(SEPARATORS)), max_size=15))
    return "".join(sentence + separator for sentence, separator in parts)


@st.composite
def article_lists(draw: st.DrawFn) -> list[Any]:
    """A list of articles in every accepted shape, sometimes sharing sentences or repeated."""
    pool = draw(st.lists(sentences, min_size=1, max_size=6))
    texts = draw(st.lists(article_texts(pool), min_size=0, max_size=7))
    if texts and draw(st.booleans()) and draw(st.booleans()):
        texts = texts[:1] * draw(st.integers(2, 6))  # the same article repeated
    articles: list[Any] = []
    for position, text in enumerate(texts):
        shape = draw(st.sampled_from(["str", "str", "bytes", "raw", "document", "mapping"]))
        if shape == "str":
            articles.append(text)
        elif shape == "bytes":
            articles.append(text.encode("utf-8", errors="surrogatepass"))
        elif shape == "raw":
            articles.append(draw(st.binary(max_size=200)))
        elif shape == "document":
            articles.append(
                Document(
                    id=f"doc-{position}", text=text, title=draw(st.none() | st.text(max_size=5))
                )
            )
        else:
            articles.append({"id": f"map-{position}", "text": text, "metadata": {"n": position}})
    return articles


def _guess(default: object) -> st.SearchStrategy[Any]:
    """A strategy for a setting this file does not know yet, from its default."""
    if isinstance(default, bool):
        return st.booleans()
    if isinstance(default, int):
        return st.integers(0, max(10, 4 * default))
    if isinstance(default, float):
        return st.floats(0, 1)
    return st.just(default)


KNOWN_SETTINGS: dict[str, st.SearchStrategy[Any]] = {
    "max_sentences": st.none() | st.integers(1, 12),
    "max_words": st.none() | st.integers(1, 300),
    "max_chars": st.none() | st.integers(1, 3000),
    "order": st.sampled_from(["rank", "source"]),
    "language": st.sampled_from(summarize.available_languages()),
    "scorer": st.builds(
        summarize.scorers.Coverage,
        concept_power=st.floats(0, 10),
        unigram_weight=st.floats(0, 1),
        centrality_weight=st.floats(0, 10),
        position_weight=st.floats(0, 10),
        length_penalty=st.floats(0, 1),
        damping=st.floats(0, 1, exclude_max=True),
    )
    | st.sampled_from(summarize.scorers.available()),
    "selector": st.builds(
        summarize.selectors.Greedy,
        diversity=st.floats(0, 1),
        duplicate_threshold=st.floats(0, 1, exclude_min=True),
        min_words=st.integers(1, 5),
    ),
    "encoding": st.sampled_from(
        ["utf-8", "utf-8", "utf-16", "latin-1", "cp1252", "ascii", "shift_jis"]
    ),
}


@st.composite
def summarizers(draw: st.DrawFn) -> Summarizer:
    """A valid Summarizer; every field varies, including ones added after this file."""
    values: dict[str, Any] = {}
    unknown: dict[str, Any] = {}
    for field in dataclasses.fields(Summarizer):
        if not field.init:
            continue
        if field.name in KNOWN_SETTINGS:
            values[field.name] = draw(KNOWN_SETTINGS[field.name])
        elif field.default is not dataclasses.MISSING and draw(st.booleans()):
            unknown[field.name] = draw(_guess(field.default))
    try:
        return Summarizer(**values, **unknown)
    except InvalidParameterError:
        return Summarizer(**values)  # a guess for an unknown setting was out of range


# -- the invariants --------------------------------------------------------------------------


def expected_text(article: object, encoding: str) -> str | None:
    """The text the document must keep, or None if the article cannot be decoded."""
    if isinstance(article, Document):
        return article.text
    if isinstance(article, dict):
        article = article["text"]
    if isinstance(article, (bytes, bytearray)):
        try:
            return bytes(article).decode(encoding)
        except UnicodeError:  # punycode and idna raise a bare UnicodeError
            return None
    assert isinstance(article, str)
    return article


def _outcome(summarizer: Summarizer, articles: list[Any]) -> Summary | SummarizeError:
    try:
        return summarizer.summarize(articles)
    except SummarizeError as error:
        return error


def run(summarizer: Summarizer, articles: list[Any]) -> Summary | SummarizeError:
    """Summarise; return the summary or the library's own error, and allow only its warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outcome = _outcome(summarizer, articles)
    for warning in caught:
        assert issubclass(warning.category, SummarizeWarning), (
            warning.category,
            str(warning.message),
            warning.filename,
            warning.lineno,
        )
    return outcome


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def check_summary(
    summarizer: Summarizer, articles: list[Any], summary: Summary | SummarizeError
) -> None:
    """Every invariant a result must satisfy; raise AssertionError naming the broken one."""
    texts = [expected_text(article, summarizer.encoding) for article in articles]
    if isinstance(summary, SummarizeError):
        assert str(summary), "an error without a message"
        if isinstance(summary, InputDecodeError):
            assert None in texts
        return
    assert None not in texts, "undecodable bytes were accepted"
    # Documents: all kept, in order, their text never altered.
    assert len(summary.documents) == len(articles)
    assert [d.text for d in summary.documents] == texts
    # Provenance.
    for sentence in summary.sentences:
        document = summary.documents[sentence.document_index]
        assert sentence.document_id == document.id
        assert 0 <= sentence.start < sentence.end <= len(document.text)
        assert document.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        assert math.isfinite(sentence.score)
        assert document.id not in sentence.supporting
    # Budget (100 words when none is given).
    budget = summarizer.budget
    if budget.max_sentences is not None:
        assert len(summary.sentences) <= budget.max_sentences
    if budget.max_words is not None:
        # Words as the language counts them: whitespace runs, or in a script written
        # without spaces its characters (and only the runs holding a letter or digit).
        language = get_language(summarizer.language)
        assert sum(language.word_count(s.text) for s in summary.sentences) <= budget.max_words
    if budget.max_chars is not None:
        assert len(summary.text) <= budget.max_chars
    # Ranks and order.
    ranks = [s.rank for s in summary.sentences]
    assert sorted(ranks) == list(range(1, len(ranks) + 1))
    if summarizer.order == "rank":
        assert ranks == sorted(ranks)
    else:
        positions = [(s.document_index, s.start) for s in summary.sentences]
        assert positions == sorted(positions)
    # No near-duplicates: similarity measured as the library defines it, over all candidates.
    if len(summary.sentences) > 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SummarizeWarning)
            ranked = summarizer.rank(articles)
        candidates = sorted(ranked, key=lambda s: (s.document_index, s.start))
        row = {(s.document_index, s.start): i for i, s in enumerate(candidates)}
        X = tfidf_matrix([s.text for s in candidates], language=summarizer.language)
        chosen = [row[(s.document_index, s.start)] for s in summary.sentences]
        similarity = (X[chosen] @ X[chosen].T).toarray()
        for i in range(len(chosen)):
            for j in range(i):
                a, b = summary.sentences[i].text, summary.sentences[j].text
                assert _normalised(a) != _normalised(b), f"chosen twice: {a!r}"
                threshold = getattr(summarizer.selector, "duplicate_threshold", 1.0)
                assert similarity[i, j] < threshold + 1e-9, (
                    a,
                    b,
                    similarity[i, j],
                )
                assert similarity[i, j] < 1 - 1e-9, (
                    f"identical terms chosen twice: {a!r} and {b!r}"
                )
    json.loads(summary.to_json(include_text=True))


def _fingerprint(outcome: Summary | SummarizeError) -> object:
    if isinstance(outcome, SummarizeError):
        return (type(outcome), str(outcome))
    return outcome.to_dict(include_text=True)


# Inputs the issue names, run on every test run.
LONG_SENTENCE = " ".join(f"word{i % 997}" for i in range(25_000))[:200_000]
ONE_WORD_ARTICLES = ["word"] * 5_000
REPEATED = ["The bridge reopened on Friday after repairs. Traffic resumed at noon."] * 40


@given(articles=article_lists(), summarizer=summarizers())
@example(articles=[LONG_SENTENCE], summarizer=Summarizer())
@example(articles=["漢字" * 50_000 + "。"], summarizer=Summarizer(max_chars=5000))
@example(articles=ONE_WORD_ARTICLES, summarizer=Summarizer())
@example(articles=[s + "." for s in ONE_WORD_ARTICLES], summarizer=Summarizer(max_words=10_000))
@example(articles=REPEATED, summarizer=Summarizer(max_sentences=5))
@example(articles=[], summarizer=Summarizer())
@example(articles=["", " \r\n\t", "\x00"], summarizer=Summarizer())
# Chinese counts its own units: the lone surrogate after six Latin words is no word.
@example(
    articles=["the the the the the the \ud800. "],
    summarizer=Summarizer(language="chinese", max_words=6),
)
def test_any_articles_give_a_valid_summary_or_a_summarize_error(
    articles: list[Any], summarizer: Summarizer
) -> None:
    first = run(summarizer, articles)
    check_summary(summarizer, articles, first)
    assert _fingerprint(run(summarizer, articles)) == _fingerprint(first)


@settings(max_examples=max(5, settings.default.max_examples // 4))
@given(articles=article_lists(), summarizer=summarizers())
def test_two_threads_at_once_agree(articles: list[Any], summarizer: Summarizer) -> None:
    # One catch_warnings around both threads: it swaps module-wide state, so one
    # inside each thread would let a warning slip out when the other one ends.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(lambda _: _outcome(summarizer, articles), range(2)))
    for warning in caught:
        assert issubclass(warning.category, SummarizeWarning), (
            warning.category,
            str(warning.message),
            warning.filename,
            warning.lineno,
        )
    assert _fingerprint(outcomes[0]) == _fingerprint(outcomes[1])


@given(text=article_texts(), language=KNOWN_SETTINGS["language"])
@example(text=LONG_SENTENCE, language="english")
@example(text="Mr. " * 3_000, language="english")
def test_split_sentences_loses_no_character(text: str, language: str) -> None:
    pieces = summarize.split_sentences(text, language=language)
    position = 0
    for piece in pieces:
        assert position <= piece.start < piece.end <= len(text)
        assert text[position : piece.start].strip() == "", "a character fell between sentences"
        assert piece.text == text[piece.start : piece.end] == piece.text.strip()
        if piece.is_candidate:
            assert len(piece.text) <= MAX_SENTENCE_CHARS
        position = piece.end
    assert text[position:].strip() == ""


@given(text=st.text(min_size=1), max_chars=st.integers(1, 40))
@example(text="a" * 100 + "\u0301" * 30 + "b", max_chars=10)
@example(text="x, " * 50, max_chars=7)
def test_split_long_cuts_at_boundaries_and_keeps_every_character(
    text: str, max_chars: int
) -> None:
    assume(text.strip())
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    pieces = split_long(text, start, end, max_chars=max_chars)
    position = start
    for a, b in pieces:
        assert position <= a < b <= end
        assert text[position:a].strip() == ""
        assert text[a:b] == text[a:b].strip()
        assert b - a <= max_chars
        position = b
    assert position == end
    for (a, b), (next_a, _) in zip(pieces, pieces[1:], strict=False):
        if b == next_a and not _CLAUSE_END.match(text, b - 1):
            # A cut inside a word: only where the piece's room holds no space.
            assert not any(c.isspace() for c in text[a + 1 : a + max_chars + 1])


@given(data=st.binary(max_size=200), encoding=KNOWN_SETTINGS["encoding"])
def test_bytes_decode_or_raise_an_error_naming_the_article(data: bytes, encoding: str) -> None:
    articles = ["A first article that is fine.", {"id": "wire-7", "text": data}]
    try:
        documents = summarize.documents.coerce_documents(articles, encoding=encoding)
    except InputDecodeError as error:
        assert "Article 1 (id 'wire-7')" in str(error) and encoding in str(error)
        with pytest.raises(UnicodeDecodeError):
            data.decode(encoding)
    else:
        assert documents[1].text == data.decode(encoding)


FILE_FORMS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252"]


@given(text=st.text(max_size=100), form=st.sampled_from(FILE_FORMS))
def test_read_article_handles_byte_order_marks_and_windows_1252(text: str, form: str) -> None:
    if form == "cp1252":
        data = text.encode("cp1252", errors="ignore")
        text = data.decode("cp1252")
    elif form.endswith("-bom"):
        codec = form[: -len("-bom")]
        data = "\ufeff".encode(codec) + text.encode(codec, errors="surrogatepass")
    else:
        data = text.encode(form, errors="surrogatepass")
    assume(not (form == "utf-8" and text.startswith("\ufeff")))
    # FF FE 00 00 is the UTF-32-LE mark: UTF-16-LE text that starts with U+0000 is read as
    # UTF-32 when its bytes are valid UTF-32 too (otherwise as UTF-16: test_hardening).
    if form in ("utf-16", "utf-16-le-bom") and text.startswith("\x00"):
        try:
            data.decode("utf-32")
        except UnicodeDecodeError:
            pass
        else:
            assume(False)
    try:
        as_utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        expect_warning = True
    else:
        expect_warning = form in ("utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32")
        if form == "cp1252":
            text = (
                as_utf8  # Windows-1252 bytes that happen to be valid UTF-8 ("Â\xa0") read as UTF-8
            )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wire-1.txt"
        path.write_bytes(data)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            document = summarize.read_article(path)
    assert document.text == text
    assert [w.category for w in caught] == ([SummarizeWarning] if expect_warning else [])
    if caught:
        assert "wire-1.txt" in str(caught[0].message)


def _names_a_language(text: str) -> bool:
    """Whether the registry reads ``text`` as a language (a name, code or alias: "NB")."""
    from summarize.exceptions import SummarizeError

    if text == "auto":
        return True
    try:
        summarize.languages.get(text)
    except SummarizeError:
        return False
    return True


INVALID_SETTINGS: dict[str, st.SearchStrategy[Any]] = {
    "max_sentences": st.one_of(st.integers(max_value=0), st.floats(), st.text(), st.booleans()),
    "max_words": st.one_of(st.integers(max_value=0), st.floats(), st.text(), st.booleans()),
    "max_chars": st.one_of(st.integers(max_value=0), st.floats(), st.text(), st.booleans()),
    "order": st.one_of(st.text().filter(lambda s: s not in ("rank", "source")), st.integers()),
    "language": st.one_of(st.text().filter(lambda s: not _names_a_language(s)), st.none()),
    "scorer": st.one_of(
        st.text().filter(lambda s: s.lower() not in summarize.scorers.available()),
        st.none(),
        st.integers(),
    ),
    "selector": st.one_of(
        st.text().filter(lambda s: s.lower() not in summarize.selectors.available()),
        st.none(),
    ),
    "encoding": st.one_of(st.sampled_from(["rot13", "hex", "base64", "no-such-codec"]), st.none()),
}
MESSAGE_SHAPE = re.compile(
    r"The '(\w+)' parameter of Summarizer must be .+\. Got .+ instead\.", re.S
)


@given(data=st.data(), name=st.sampled_from(sorted(INVALID_SETTINGS)))
def test_invalid_settings_raise_at_construction_with_one_message_shape(
    data: st.DataObject, name: str
) -> None:
    value = data.draw(INVALID_SETTINGS[name], label=name)
    with pytest.raises(InvalidParameterError) as raised:
        Summarizer(**{name: value})
    match = MESSAGE_SHAPE.fullmatch(str(raised.value))
    assert match is not None, str(raised.value)
    assert match.group(1) == name


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Summarizer) if f.init])
@pytest.mark.parametrize("value", [object(), [1], float("nan")])
def test_every_setting_refuses_nonsense_with_one_message_shape(name: str, value: object) -> None:
    """Also the settings added after this file: nonsense raises at construction."""
    with pytest.raises(InvalidParameterError) as raised:
        Summarizer(**{name: value})
    match = MESSAGE_SHAPE.fullmatch(str(raised.value))
    assert match is not None and match.group(1) == name, str(raised.value)


METHOD_SETTINGS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "Coverage": {
        "concept_power": st.floats().filter(lambda x: not 0 <= x <= 10),
        "damping": st.one_of(st.floats().filter(lambda x: not 0 <= x < 1), st.text()),
        "length_penalty": st.floats().filter(lambda x: not 0 <= x <= 1),
    },
    "Greedy": {
        "diversity": st.one_of(st.floats().filter(lambda x: not 0 <= x <= 1), st.text()),
        "duplicate_threshold": st.floats().filter(lambda x: not 0 < x <= 1),
        "min_words": st.one_of(st.integers(max_value=0), st.floats(), st.booleans()),
    },
}


@given(data=st.data(), owner=st.sampled_from(sorted(METHOD_SETTINGS)))
def test_method_settings_are_validated_by_the_method(data: st.DataObject, owner: str) -> None:
    name = data.draw(st.sampled_from(sorted(METHOD_SETTINGS[owner])), label="name")
    value = data.draw(METHOD_SETTINGS[owner][name], label=name)
    cls = getattr(summarize.scorers, owner, None) or getattr(summarize.selectors, owner)
    with pytest.raises(InvalidParameterError) as raised:
        cls(**{name: value})
    shape = rf"The '{name}' parameter of {owner} must be .+\. Got .+ instead\."
    assert re.fullmatch(shape, str(raised.value), re.S), str(raised.value)


def test_every_setting_has_a_strategy_or_a_default() -> None:
    """A setting added later is still varied (guessed from its default) by ``summarizers``."""
    for field in dataclasses.fields(Summarizer):
        assert field.name in KNOWN_SETTINGS or field.default is not dataclasses.MISSING, field.name
