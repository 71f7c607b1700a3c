"""Segmentation: every article split into labelled pieces with exact offsets.

The stage after loading. :func:`segment` splits every document into pieces
(sentences, the headline, page furniture), each a ``(start, end)`` span of the
document's text, and returns them as one immutable :class:`Segmentation`;
:meth:`Segmentation.candidates` gives the sentences that may be chosen for a
summary, the input of the features stage. :func:`~summarize.split_sentences` splits one
text, for a look at what the library sees.

The modules: :mod:`~summarize.segmentation.punkt` (the only module that knows
NLTK), :mod:`~summarize.segmentation.clean` (headline and furniture labels),
:mod:`~summarize.segmentation.parallel` (many documents on several cores).

Examples
--------
>>> from summarize.documents import Document
>>> from summarize.segmentation import segment
>>> seg = segment((Document("a", "Storm Hits\\nA storm hit. Power failed."),), language="english")
>>> seg.candidates().texts
('A storm hit.', 'Power failed.')
>>> seg.documents[0].title
'Storm Hits'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import cast

import numpy as np

from ..documents import Document, as_read, is_blank
from ..exceptions import EmptyInputError, warn
from ..languages import Language
from ..languages import get as get_language
from .clean import Kind, Sentence, ends_sentence, opens_with_caption_label, split_sentences
from .parallel import KINDS, split_documents
from .rules import BLANK_LINE, character_table, code_points, newline_breaks, table_flags

__all__ = [
    "Candidates",
    "KINDS",
    "Kind",
    "PARAGRAPH_CHARS",
    "Segmentation",
    "Sentence",
    "ends_sentence",
    "opens_with_caption_label",
    "paragraph_before",
    "segment",
    "split_sentences",
    "word_counts",
]


@dataclass(frozen=True, eq=False)
class Candidates:
    """The sentences that may be chosen for a summary, in document order.

    Parallel sequences, one entry a candidate; the input of the features,
    scoring and selection stages.

    Attributes
    ----------
    texts : tuple of str
        ``documents[document_index[i]].text[start[i]:end[i]]``.
    document_index : numpy.ndarray of int64
        The article of each candidate (its position in the input).
    sentence_index : numpy.ndarray of int64
        Its position among all the pieces of its article (headline and
        furniture included), as :func:`~summarize.split_sentences` numbers them.
    start, end : numpy.ndarray of int64
        Character offsets into the article's text.
    words : numpy.ndarray of int64
        Each candidate's length in words, the unit of ``max_words``.
    titles : tuple of (str or None)
        The title of every article, by document index (its headline when
        none was given; ``None`` when it has neither), for the methods that
        weigh headline words (:class:`~summarize.scorers.Edmundson`).
    languages : tuple of str
        The language every article was read in, by document index (empty
        when not recorded), for the stages that judge a sentence by its
        language's word lists (the selectors' fragment and dangling-opener
        rules): in a cluster of several languages, each sentence is judged
        in its own.
    """

    texts: tuple[str, ...]
    document_index: np.ndarray
    sentence_index: np.ndarray
    start: np.ndarray
    end: np.ndarray
    words: np.ndarray
    titles: tuple[str | None, ...] = ()
    languages: tuple[str, ...] = ()
    article_texts: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.texts)

    def paragraph_before(self, i: int) -> str:
        """The text of candidate ``i``'s paragraph before it (:func:`paragraph_before`).

        Empty when the candidates do not hold their articles' texts. An article's
        lines (its line breaks, and whether blank lines separate its paragraphs) are
        read once, however many of its candidates ask.

        Examples
        --------
        >>> seg = segment((Document("a", 'Rain fell. "We left. We came back."'),),
        ...               language="english")
        >>> [seg.candidates().paragraph_before(i) for i in range(3)]
        ['', 'Rain fell. ', 'Rain fell. "We left. ']
        """
        if not self.article_texts:
            return ""
        article = int(self.document_index[i])
        text = self.article_texts[article]
        read = self._lines.get(article)
        if read is None:  # the article's lines, read once however many candidates ask
            lines = newline_breaks(text)
            read = self._lines[article] = (lines, _has_blank_lines(lines))
        start = int(self.start[i])
        low = max(0, start - PARAGRAPH_CHARS - 1)
        begin = _paragraph_start(read[0], low, start, read[1])
        return "" if begin < 0 else text[begin:start]

    @cached_property
    def _lines(self) -> dict[int, tuple[str, bool]]:
        """Each article read so far: its text with every line break a ``"\\n"``
        (:func:`~summarize.segmentation.rules.newline_breaks`), and whether it separates
        its paragraphs by blank lines."""
        return {}

    def article_languages(self, default: str) -> tuple[str, ...]:
        """The language of every article, by document index; ``default`` where not recorded.

        Examples
        --------
        >>> seg = segment((Document("a", "Rain fell."), Document("b", "Es regnete.")),
        ...               language=("english", "german"))
        >>> seg.candidates().article_languages("english")
        ('english', 'german')
        """
        if self.languages:
            return self.languages
        articles = max(len(self.titles), int(self.document_index.max()) + 1 if len(self) else 0)
        return (default,) * articles

    def by_language(self, rows: np.ndarray, default: str) -> list[tuple[str, np.ndarray]]:
        """The candidates ``rows`` by the language of their article: each language (in order
        of first appearance) with the positions in ``rows`` of its candidates; ``default``
        where no language is recorded.

        Examples
        --------
        >>> seg = segment((Document("a", "Rain fell."), Document("b", "Es regnete.")),
        ...               language=("english", "german"))
        >>> [(name, own.tolist()) for name, own in seg.candidates().by_language(
        ...     np.array([1, 0, 1]), "english")]
        [('german', [0, 2]), ('english', [1])]
        """
        rows = np.asarray(rows, dtype=np.int64)
        names = self.article_languages(default)
        if len(set(names)) <= 1:  # one language: no array of names
            return [(names[0] if names else default, np.arange(rows.size))]
        of_row = np.asarray(names, dtype=object)[self.document_index[rows]]
        return [(name, np.flatnonzero(of_row == name)) for name in dict.fromkeys(of_row.tolist())]

    def in_their_languages(
        self, rule: Callable[[list[str], str], np.ndarray], rows: np.ndarray, default: str
    ) -> np.ndarray:
        """``rule(texts, language)`` of the candidates ``rows``, each group of them read in
        its article's language (:meth:`by_language`): one verdict a row, in order.

        Examples
        --------
        >>> seg = segment((Document("a", "Rain fell."), Document("b", "Es regnete.")),
        ...               language=("english", "german"))
        >>> seg.candidates().in_their_languages(
        ...     lambda texts, name: np.array([name == "german"] * len(texts)),
        ...     np.array([1, 0]), "english").tolist()
        [True, False]
        """
        rows = np.asarray(rows, dtype=np.int64)
        verdict = np.zeros(rows.size, dtype=bool)
        for name, own in self.by_language(rows, default):
            verdict[own] = rule([self.texts[i] for i in rows[own].tolist()], name)
        return verdict


@dataclass(frozen=True, eq=False)
class Segmentation:
    """Every piece of every document: the record the later stages read.

    Attributes
    ----------
    documents : tuple of Document
        The documents, each with its ``title`` filled in from its headline
        when none was given (its whitespace runs, line breaks included, as
        single spaces), and its ``language`` the one it was read in.
    document, index, start, end : numpy.ndarray of int64
        For each piece: its document, its position among the document's
        pieces, and its span.
    languages : tuple of str
        The language each document was read in (empty when not recorded).
    kind : numpy.ndarray of int8
        Each piece's label, an index into ``KINDS``: ``("sentence", "headline", "furniture")``.
    """

    documents: tuple[Document, ...]
    document: np.ndarray
    index: np.ndarray
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray
    languages: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Segmentation):
            return NotImplemented
        arrays = ("document", "index", "start", "end", "kind")
        return self.documents == other.documents and all(
            np.array_equal(getattr(self, a), getattr(other, a)) for a in arrays
        )

    __hash__ = None  # type: ignore[assignment]

    def candidates(self) -> Candidates:
        """The pieces labelled ``"sentence"``: what a summary may contain.

        Examples
        --------
        >>> seg = segment((Document("a", "Hi there. Back To Top"),), language="english")
        >>> seg.candidates().texts, seg.candidates().words.tolist()
        (('Hi there.',), [2])
        """
        is_candidate = self.kind == KINDS.index("sentence")
        document_index = self.document[is_candidate]
        starts, ends = self.start[is_candidate], self.end[is_candidate]
        texts = tuple(
            self.documents[d].text[a:b]
            for d, a, b in zip(
                document_index.tolist(), starts.tolist(), ends.tolist(), strict=False
            )
        )
        # Word counts without a Python call per text, but in scripts written without
        # spaces (Chinese, Japanese, Thai), where the language counts its own units.
        words = word_counts(
            [document.text for document in self.documents], document_index, starts, ends
        )
        for name in dict.fromkeys(self.languages):  # each language once, not each document
            language = get_language(name)
            if language.script_unspaced:
                own = [position for position, other in enumerate(self.languages) if other == name]
                for row in np.flatnonzero(np.isin(document_index, own)).tolist():
                    words[row] = language.word_count(texts[row])
        titles = tuple(document.title for document in self.documents)
        return Candidates(
            texts,
            document_index,
            self.index[is_candidate],
            starts,
            ends,
            words,
            titles,
            self.languages,
            tuple(document.text for document in self.documents),
        )

    def pieces(self, document: int) -> list[Sentence]:
        """Every piece of one document, as :func:`~summarize.split_sentences` returns them.

        Examples
        --------
        >>> seg = segment((Document("a", "Title\\nOne. Two."),), language="english")
        >>> [(p.kind, p.text) for p in seg.pieces(0)]
        [('headline', 'Title'), ('sentence', 'One.'), ('sentence', 'Two.')]
        """
        text = self.documents[document].text
        rows = np.flatnonzero(self.document == document)
        return [
            Sentence(text[a:b], a, b, cast(Kind, KINDS[k]))
            for a, b, k in zip(
                self.start[rows].tolist(),
                self.end[rows].tolist(),
                self.kind[rows].tolist(),
                strict=False,
            )
        ]


def _has_blank_lines(lines: str) -> bool:
    """Whether ``lines``, a text whose line breaks are all ``"\\n"``
    (:func:`~summarize.segmentation.rules.newline_breaks`), separates its paragraphs by
    blank lines (hard-wrapped text)."""
    return BLANK_LINE.search(lines) is not None


PARAGRAPH_CHARS = 20_000
"""How far back :func:`paragraph_before` looks for a paragraph's start: in a longer
paragraph (a text without line breaks) it gives the empty string, so that no call
reads more than this however long the text."""


def paragraph_before(text: str, start: int, *, blank_lines: bool | None = None) -> str:
    """The text of the paragraph holding offset ``start``, up to that offset.

    A paragraph is a line, or, in a text that separates its paragraphs by
    blank lines (the hard-wrapped text of e-mails and old wires, where a line
    break alone does not end one), the lines since the last blank line. A line
    break is any of ``str.splitlines()``'s (``"\\r"`` in old Mac files, the
    Unicode paragraph separator).

    Parameters
    ----------
    text : str
        The article's text.
    start : int
        An offset into it, such as a sentence's start.
    blank_lines : bool, optional
        Whether ``text`` separates its paragraphs by blank lines; found from
        the text when not given (pass it when asking about many offsets of
        one text).

    Returns
    -------
    str
        ``text[p:start]``, ``p`` the paragraph's start; empty when that is
        more than ``PARAGRAPH_CHARS`` (20,000) characters before ``start``.

    Examples
    --------
    >>> paragraph_before('Rain fell.\\nHe said: "We left. We came back."', 30)
    'He said: "We left. '
    >>> paragraph_before('He said: "We left\\nearly. We came back."\\n\\nNext.', 25)
    'He said: "We left\\nearly. '
    """
    if blank_lines is None:
        blank_lines = _has_blank_lines(newline_breaks(text))
    low = max(0, start - PARAGRAPH_CHARS - 1)  # no line break is looked for before this
    window = newline_breaks(text[low:start])  # every line break a "\n", at the same offsets
    begin = _paragraph_start(window, 0, len(window), blank_lines, cut=low > 0)
    return "" if begin < 0 else text[low + begin : start]


def _paragraph_start(
    lines: str, low: int, start: int, blank_lines: bool, *, cut: bool | None = None
) -> int:
    """Where the paragraph holding offset ``start`` of ``lines`` (a text whose line breaks
    are all ``"\\n"``) begins, looking back no further than ``low``; -1 when it begins
    before that and ``cut`` (the text goes on before ``low``: by default when ``low``
    is past its start)."""
    if cut is None:
        cut = low > 0
    end = lines.rfind("\n", low, start)
    if blank_lines:
        while end >= 0:
            previous = lines.rfind("\n", low, end)
            if previous < 0 and cut:
                return -1  # the paragraph starts further back than PARAGRAPH_CHARS
            if not lines[previous + 1 : end].strip():
                break
            end = previous
    if end < 0 and cut:
        return -1  # the paragraph starts further back than PARAGRAPH_CHARS
    return end + 1


def word_counts(
    texts: Sequence[str], document: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """How many words each span has: ``len(texts[document[i]][start[i]:end[i]].split())``.

    Each span must start and end on a character that is not whitespace (as
    every piece does), and the spans must come in document order. The words
    are counted from the code points of the texts, read a block of texts at a
    time: a span's words are its first character and each character that is
    not whitespace after one that is (whitespace as ``str.split`` reads
    it). No Python call per span, so it is about twice as fast as splitting
    each span.

    Parameters
    ----------
    texts : sequence of str
        The documents' texts.
    document, start, end : numpy.ndarray of int64
        Each span's document, start and end.

    Returns
    -------
    numpy.ndarray of int64

    Examples
    --------
    >>> text = "Rain fell.\\n  The river\\trose fast."
    >>> word_counts([text], np.array([0, 0]), np.array([0, 13]), np.array([10, 33])).tolist()
    [2, 4]
    """
    count = len(document)
    found = np.empty(count, dtype=np.int64)
    if not count:
        return found
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    # A line break between the texts joined: whitespace, so no word runs across two texts.
    ends = np.cumsum(lengths + 1)
    bounds = np.searchsorted(ends, np.arange(_WORD_BLOCK, int(ends[-1]), _WORD_BLOCK)) + 1
    cuts = [0, *sorted(set(bounds.clip(max=len(texts)).tolist())), len(texts)]
    space = _whitespace()
    for first, last in zip(cuts, cuts[1:], strict=False):
        if last <= first:
            continue
        low, high = np.searchsorted(document, [first, last]).tolist()
        if low == high:
            continue
        blank = table_flags(space, code_points("\n".join(texts[first:last])))
        # Every character that is not whitespace right after one that is: a word's start.
        starts = np.flatnonzero(blank[:-1] > blank[1:]) + 1
        offsets = np.zeros(last - first, dtype=np.int64)
        np.cumsum(lengths[first : last - 1] + 1, out=offsets[1:])
        shift = offsets[document[low:high] - first]
        found[low:high] = (
            np.searchsorted(starts, end[low:high] + shift)
            - np.searchsorted(starts, start[low:high] + shift + 1)
            + 1
        )
    return found


_WORD_BLOCK = 1_000_000
"""About how many characters :func:`word_counts` reads at a time (bounds its arrays)."""


@cache
def _whitespace() -> np.ndarray:
    """A lookup table by code point: True where ``str.split`` splits."""
    # Every whitespace character comes before U+3001 (the last is U+3000).
    return character_table("".join(c for c in map(chr, range(0x3001)) if c.isspace()))


def segment(
    documents: tuple[Document, ...],
    *,
    language: str | Sequence[str],
    n_jobs: int | None = None,
) -> Segmentation:
    """Split every document into labelled pieces; title documents from their headlines.

    Parameters
    ----------
    documents : tuple of Document
        The validated articles.
    language : str or sequence of str
        The language of the articles, or of each article.
    n_jobs : int or None, default=None
        Processes to split on (``None``: automatic, ``-1``: every core).

    Returns
    -------
    Segmentation

    Raises
    ------
    EmptyInputError
        When no document has a single candidate sentence.

    Warns
    -----
    SummarizeWarning
        For each document without a candidate sentence; it is skipped.

    Examples
    --------
    >>> seg = segment((Document("a", "One. Two."), Document("b", "Three.")), language="english")
    >>> seg.document.tolist(), seg.start.tolist()
    ([0, 0, 1], [0, 5, 0])
    """
    pieces = split_documents([d.text for d in documents], language=language, n_jobs=n_jobs)
    is_candidate = pieces.kind == KINDS.index("sentence")
    found = np.bincount(pieces.document[is_candidate], minlength=len(documents))
    # The headline is the first piece, or the second below a section label ("US").
    opening = np.flatnonzero((pieces.index <= 1) & (pieces.kind == KINDS.index("headline")))
    headlines: dict[int, tuple[int, int]] = {}
    for i in opening.tolist():
        headlines.setdefault(int(pieces.document[i]), (int(pieces.start[i]), int(pieces.end[i])))
    # The name of the language each document is read in (a language of one's own, a
    # Language rather than a name, is kept for the stages after this one).
    names = (language,) * len(documents) if isinstance(language, str) else tuple(language)
    read_in = tuple(map({name: get_language(name).name for name in set(names)}.__getitem__, names))
    kept = tuple(
        name if isinstance(name, Language) else named
        for name, named in zip(names, read_in, strict=True)
    )
    titled = []
    for position, document in enumerate(documents):
        if found[position] == 0:
            what = "is empty" if is_blank(document.text) else "has no usable sentence"
            warn(f"Article {document.id!r} {what}; it is skipped.")
        title = document.title
        if title is None and position in headlines:
            # A headline wrapped over two lines is one title, on one line.
            start, end = headlines[position]
            title = " ".join(document.text[start:end].split())
        titled.append(as_read(document, language=read_in[position], title=title))
    if not found.any():
        raise EmptyInputError(
            f"None of the {len(documents)} articles has a sentence to summarise: every "
            "line is a headline or page furniture (a sentence needs final punctuation "
            "or some length)."
        )
    return Segmentation(
        tuple(titled),
        pieces.document,
        pieces.index,
        pieces.start,
        pieces.end,
        pieces.kind,
        kept,
    )
