"""The one module that knows sumy's models: our candidates as a sumy document.

The classic scorers (:mod:`summarize.scorers`) run sumy's algorithms on the
library's own candidate sentences, so every method sees the same sentences,
and the pipeline adds what sumy lacks (provenance, the furniture filter, the
budget, the near-duplicate guard). This module builds the sumy document
(one paragraph per article, in input order), sumy's stemmer and stop words
for the language, and reads a rating for every sentence.

sumy's summarisers return only their top sentences; every one of them ends
in the same step, which sorts ``SentenceInfo(sentence, order, rating)``
records by rating and then applies the ``sentences_count`` argument, which
may be any callable taking that list (``sumy.utils.ItemsCount`` is the one
sumy builds from a number). :func:`ratings` passes a callable that records
every rating by the sentence's position: sumy's public ``__call__``, no
private attribute.

Words are found as the features stage finds them (:func:`summarize.features.tokenizer`:
English by :data:`summarize.features.TOKEN_PATTERN`, every other language by
its :meth:`~summarize.languages.Language.words`, so that Hindi words keep
their vowel signs and Chinese is read a character at a time), not with
sumy's default tokenizer, which needs NLTK's Punkt data (never downloaded
here) and knows no word of the languages written without spaces. Checked
against sumy 0.13.0.

A sumy summariser has one stemmer and one set of stop words. In a cluster
whose articles are in several languages (``language="auto"``), each word is
read in its own article's language: :func:`reading` tags the words of each
article with its language, and the stemmer and stop words it gives sumy
read the tag (a French "les" is a stop word, an English "les" is not; a
German word is stemmed by the German stemmer). A cluster in one language is
read exactly as before, without tags.

sumy is imported inside the functions: importing :mod:`summarize` does not
import it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from ..features import stem_function, stopwords, tokenizer

if TYPE_CHECKING:
    from ..segmentation import Candidates

__all__ = [
    "Reading",
    "WordTokenizer",
    "greedy_order",
    "paragraphs",
    "ratings",
    "reading",
    "stemmer",
    "summarizer",
    "sumy_document",
    "sumy_ratings",
]

_STEMS = 1 << 17
"""Distinct words whose stems are remembered, per language."""
_TAG = "\x1f"
"""Ends the language tag of a word in a cluster of several languages ("french\\x1fles"):
a control character no token holds, which lower-casing keeps."""


class WordTokenizer:
    """The word tokenizer sumy's sentences need, without NLTK's Punkt data.

    Parameters
    ----------
    language : str
        Whose words: English (and any language with a
        :attr:`~summarize.languages.Language.token_pattern`) by that pattern,
        in the text's case; every other language by its
        :meth:`~summarize.languages.Language.words`, lower-cased (sumy
        lower-cases every word it reads).
    tagged : bool, default=False
        Prefix every word with ``language`` and a separator, so that the
        stemmer and stop words of :func:`reading` know the word's language
        (for clusters of several languages).

    Examples
    --------
    >>> WordTokenizer("english").to_words("The U.S. paid $227.8 million.")
    ('The', 'U.S.', 'paid', '$227.8', 'million')
    >>> WordTokenizer("hindi").to_words("भारत की राजधानी")
    ('भारत', 'की', 'राजधानी')
    >>> WordTokenizer("french", tagged=True).to_words("L'épicentre.")
    ("french\\x1fl'", 'french\\x1fépicentre')
    """

    def __init__(self, language: str, *, tagged: bool = False) -> None:
        self.language = language
        self.tagged = tagged
        # The features stage's word finder: English's pattern reads a sentence in its
        # own case as well (sumy lower-cases each word it reads); every other
        # language's Language.words lower-cases and reads whitespace itself.
        self._find: Callable[[str], list[str]] = tokenizer(language)

    def to_words(self, text: str) -> tuple[str, ...]:
        """The words of ``text``, as :mod:`summarize.features` finds them."""
        words = self._find(text)
        if self.tagged:
            prefix = self.language + _TAG
            return tuple(prefix + word for word in words)
        return tuple(words)

    def to_sentences(self, text: str) -> tuple[str, ...]:
        """Not supported: sumy is handed sentences already split."""
        raise NotImplementedError("sentences come from summarize.segmentation")


def paragraphs(candidates: Candidates) -> list[tuple[int, list[str]]]:
    """The candidates grouped by article: ``(document index, texts)``, in order.

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.segmentation import segment
    >>> seg = segment((Document("a", "One. Two."), Document("b", "Three.")), language="english")
    >>> paragraphs(seg.candidates())
    [(0, ['One.', 'Two.']), (1, ['Three.'])]
    """
    grouped: list[tuple[int, list[str]]] = []
    for document, text in zip(candidates.document_index.tolist(), candidates.texts, strict=True):
        if not grouped or grouped[-1][0] != document:
            grouped.append((document, []))
        grouped[-1][1].append(text)
    return grouped


class Reading(NamedTuple):
    """How sumy reads a cluster's words: one stemmer, one set of stop words, a tokenizer an article.

    Attributes
    ----------
    stem : callable
        sumy's stemmer (str to str).
    stop_words : frozenset of str
        The stop words, lower-cased (tagged in a cluster of several languages).
    tokenizers : tuple of WordTokenizer
        The tokenizer of every article, by document index.
    languages : tuple of str
        The distinct languages of the articles, in order of first appearance.
    """

    stem: Callable[[str], str]
    stop_words: frozenset[str]
    tokenizers: tuple[WordTokenizer, ...]
    languages: tuple[str, ...]

    @property
    def tagged(self) -> bool:
        """Whether the words carry their language (a cluster of several languages)."""
        return len(self.languages) > 1

    def words(self, words: Iterable[str]) -> tuple[str, ...]:
        """A user's word list as sumy should match it: in every language of the cluster.

        Examples
        --------
        >>> from summarize.documents import Document
        >>> from summarize.segmentation import segment
        >>> seg = segment((Document("a", "Rain fell."), Document("b", "Es regnete.")),
        ...               language=("english", "german"))
        >>> reading(seg.candidates(), "english").words(["rain"])
        ('english\\x1frain', 'german\\x1frain')
        """
        if not self.tagged:
            return tuple(words)
        return tuple(language + _TAG + word for word in words for language in self.languages)


def reading(candidates: Candidates, language: str) -> Reading:
    """The stemmer, stop words and tokenizers sumy reads ``candidates`` with.

    Every article is read in its own language (``candidates.languages``,
    ``language`` where none is recorded). When they all share one, that
    language's stemmer, stop words and plain tokenizer; otherwise every word
    carries its article's language (:class:`WordTokenizer` ``tagged``), and
    the stemmer and stop words read the tag.

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.segmentation import segment
    >>> seg = segment((Document("a", "The meetings."), Document("b", "Les réunions.")),
    ...               language=("english", "french"))
    >>> read = reading(seg.candidates(), "english")
    >>> read.languages, [read.stem(w.lower()) for w in read.tokenizers[1].to_words("réunions")]
    (('english', 'french'), ['french\\x1fréunion'])
    >>> "french\\x1fles" in read.stop_words, "english\\x1fles" in read.stop_words
    (True, False)
    """
    articles = candidates.article_languages(language)
    languages = tuple(dict.fromkeys(articles)) or (language,)
    if len(languages) == 1:
        only = languages[0]
        tokenizer = WordTokenizer(only)
        return Reading(stemmer(only), stopwords(only), (tokenizer,) * len(articles), languages)
    stems = {name: stemmer(name) for name in languages}

    def stem(word: str) -> str:
        name, tag, bare = word.partition(_TAG)
        if not tag or name not in stems:  # a word sumy made itself: no language to read it in
            return word
        return name + _TAG + stems[name](bare)

    stop_words = frozenset(name + _TAG + word for name in languages for word in stopwords(name))
    tokenizers = {name: WordTokenizer(name, tagged=True) for name in languages}
    return Reading(
        lru_cache(maxsize=_STEMS)(stem),
        stop_words,
        tuple(tokenizers[name] for name in articles),
        languages,
    )


def sumy_document(
    candidates: Candidates,
    language: str,
    titles: Sequence[str | None] | None = None,
    *,
    read: Reading | None = None,
) -> Any:
    """A sumy ``ObjectDocumentModel``: one paragraph per article, our sentences.

    Parameters
    ----------
    candidates : Candidates
        The sentences; their order is the document's sentence order.
    language : str
        The language of an article whose language is not recorded
        (:func:`reading`).
    titles : sequence of str or None, optional
        Each article's title (by document index), added as the heading of
        its paragraph; sumy's ``document.sentences`` leaves headings out.
    read : Reading or None, optional
        ``reading(candidates, language)`` when the caller has it already.

    Returns
    -------
    sumy.models.dom.ObjectDocumentModel
        Its ``sentences`` are ``candidates.texts``, one for one.

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.segmentation import segment
    >>> seg = segment((Document("a", "One. Two."), Document("b", "Three.")), language="english")
    >>> document = sumy_document(seg.candidates(), "english", titles=["Numbers", None])
    >>> [str(s) for s in document.sentences], [str(h) for h in document.headings]
    (['One.', 'Two.', 'Three.'], ['Numbers'])
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizers = (read or reading(candidates, language)).tokenizers
    built = []
    for document, texts in paragraphs(candidates):
        tokenizer = tokenizers[document]
        title = titles[document] if titles is not None and document < len(titles) else None
        heading = [Sentence(title, tokenizer, is_heading=True)] if title else []
        built.append(Paragraph(heading + [Sentence(text, tokenizer) for text in texts]))
    return ObjectDocumentModel(built)


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """sumy's stemmer for ``language``, remembering its answers; lower-casing where sumy has none.

    sumy stems every occurrence of every word, with NLTK's pure-Python
    Snowball (about 10 microseconds a word); a cluster repeats its words, so
    remembering the stem of each distinct word makes the sumy methods
    several times faster without changing a value.

    Examples
    --------
    >>> stemmer("english")("Meetings")
    'meet'
    >>> stemmer("thai")("Word")
    'word'
    >>> stemmer("greek")("Ειδήσεις")  # sumy's needs greek-stemmer-pos: Snowball's
    'ειδησ'
    """
    from sumy.nlp.stemmers import Stemmer, null_stemmer

    try:
        stem: Callable[[str], str] = Stemmer(language)
        stem("word")
    except LookupError:
        stem = null_stemmer
    except ValueError:
        # sumy's Polish and Greek stemmers need packages sumy does not install
        # (pystempel, greek-stemmer-pos) and say so at the first word: Snowball's
        # stemmer where it has one.
        snowball = stem_function(language)

        def stem(word: str) -> str:
            return snowball([word.lower()])[0]

    if language in ("czech", "slovak"):
        # sumy's Czech stemmer (Slovak's too) returns a word of mixed case ("iPhone", "_", "2024")
        # unchanged, with a UserWarning each time: the same answer, without the warning.
        czech = stem

        def stem(word: str) -> str:
            if word.islower() or word.istitle() or word.isupper():
                return czech(word)
            return word

    return lru_cache(maxsize=_STEMS)(stem)


def summarizer(cls: type, language: str, *, read: Reading | None = None, **attributes: Any) -> Any:
    """An instance of sumy summariser class ``cls`` for ``language``.

    With sumy's stemmer and stop words for the language (those of ``read``,
    for the languages of a cluster's articles, when given), and each of
    ``attributes`` set on the instance (sumy's settings are public class
    attributes, such as ``damping`` or ``threshold``).
    """
    if read is None:
        instance = cls(stemmer(language))
        instance.stop_words = stopwords(language)
    else:
        instance = cls(read.stem)
        instance.stop_words = read.stop_words
    for name, value in attributes.items():
        setattr(instance, name, value)
    return instance


def ratings(method: Any, document: Any) -> np.ndarray:
    """Every sentence's rating by a sumy summariser, in document order.

    Calls ``method(document, count)`` with a callable ``count`` that sees
    every ``SentenceInfo(sentence, order, rating)`` and keeps them all.

    Parameters
    ----------
    method : sumy summariser
        Any ``AbstractSummarizer`` whose ``__call__`` ends in sumy's ranking.
    document : sumy document
        From :func:`sumy_document`.

    Returns
    -------
    numpy.ndarray of shape (len(document.sentences),)
        The ratings (higher is better); 0 for a sentence sumy did not rate.

    Examples
    --------
    >>> from summarize.documents import Document
    >>> from summarize.segmentation import segment
    >>> from sumy.summarizers.luhn import LuhnSummarizer
    >>> seg = segment((Document("a", "Rain fell. Rain fell hard on the town. Sun."),),
    ...               language="english")
    >>> document = sumy_document(seg.candidates(), "english")
    >>> ratings(summarizer(LuhnSummarizer, "english"), document).tolist()
    [2.0, 2.0, 0.0]
    """
    values = np.zeros(len(document.sentences))

    def keep_all(infos: list[Any]) -> list[Any]:
        for info in infos:
            values[info.order] = float(info.rating)
        return infos

    if len(values):
        with warnings.catch_warnings():
            # sumy's LSA warns when there are fewer distinct words than sentences.
            warnings.simplefilter("ignore", UserWarning)
            method(document, keep_all)
    return values


def sumy_ratings(
    cls: type, candidates: Candidates, language: str, **attributes: Any
) -> np.ndarray:
    """Every candidate's rating by sumy method ``cls`` with ``attributes``, in order.

    :func:`summarizer` and :func:`ratings` on :func:`sumy_document`; no values
    for no candidates.
    """
    if len(candidates) == 0:
        return np.zeros(0)
    read = reading(candidates, language)
    method = summarizer(cls, language, read=read, **attributes)
    return ratings(method, sumy_document(candidates, language, read=read))


def greedy_order(cls: type, candidates: Candidates, language: str) -> np.ndarray:
    """Each candidate's place in the greedy order of sumy method ``cls``, as ``1 - step / n``.

    For methods (KL-Sum, SumBasic) whose only rating is the step at which
    their greedy search takes a sentence: sumy rates the ``step``-th sentence
    chosen ``-step``. The first sentence chosen gets 1; an empty input, no values.
    """
    return 1.0 + sumy_ratings(cls, candidates, language) / max(len(candidates), 1)
