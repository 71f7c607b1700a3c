"""Other summarisers, wrapped to rank the sentences this library splits.

Each public function takes the candidate sentences of one cluster, grouped by
article (``documents[i]`` is the list of sentences of article ``i``, in
order), and returns every sentence it can rank, best first. They all see the
same sentences, so a difference in ROUGE comes from the ranking alone, not
from a different sentence splitter.

The peers are imported inside the functions: a missing package only fails
the systems that need it.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

__all__ = [
    "PEERS",
    "SUMY_METHODS",
    "lexrank_rank",
    "summa_rank",
    "sumy_rank",
]

Documents = Sequence[Sequence[str]]

#: sumy's summarisers by the short name the benchmark gives them.
SUMY_METHODS: dict[str, str] = {
    "lexrank": "sumy.summarizers.lex_rank.LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank.TextRankSummarizer",
    "lsa": "sumy.summarizers.lsa.LsaSummarizer",
    "luhn": "sumy.summarizers.luhn.LuhnSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic.SumBasicSummarizer",
    "kl": "sumy.summarizers.kl.KLSummarizer",
}

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _flatten(documents: Documents) -> list[str]:
    return [sentence for document in documents for sentence in document]


def _ranked_by_score(sentences: Sequence[str], scores: Sequence[float]) -> list[str]:
    """Sentences by descending score; ties keep the input order."""
    order = sorted(range(len(sentences)), key=lambda i: -float(scores[i]))
    return [sentences[i] for i in order]


class RegexWordTokenizer:
    """The word tokenizer sumy's models need, without NLTK's Punkt data.

    sumy only calls ``to_words`` on a sentence it has been given, so sentence
    splitting is never needed here.

    >>> RegexWordTokenizer().to_words("Ames's talks, in Geneva, ended.")
    ("Ames's", 'talks', 'in', 'Geneva', 'ended')
    """

    language = "english"

    def to_words(self, text: str) -> tuple[str, ...]:
        """Return the words of ``text``: runs of letters and digits."""
        return tuple(_WORD.findall(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:
        """Not supported: the benchmark hands sumy sentences already split."""
        raise NotImplementedError("sentences come from summarize.split_sentences")


def _sumy_document(documents: Documents) -> Any:
    """One sumy document, one paragraph per article, built from our sentences."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = RegexWordTokenizer()
    return ObjectDocumentModel(
        [Paragraph([Sentence(text, tokenizer) for text in document]) for document in documents]
    )


def _sumy_summarizer(method: str) -> Any:
    """A sumy summariser with the English stemmer and stop words."""
    from importlib import import_module

    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    module_name, _, class_name = SUMY_METHODS[method].rpartition(".")
    summarizer = getattr(import_module(module_name), class_name)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_rank(method: str, documents: Documents) -> list[str]:
    """Rank every sentence with one of sumy's summarisers.

    sumy's summarisers all end in ``_get_best_sentences``, which sorts the
    sentences by the method's own rating (best first, ties in text order) and
    then applies the ``count`` argument to that list. A callable count that
    keeps the whole list gives the full ranking, not only the top k.

    Parameters
    ----------
    method : str
        A key of :data:`SUMY_METHODS`.
    documents : sequence of sequence of str
        The candidate sentences of each article.
    """
    if method not in SUMY_METHODS:
        raise ValueError(f"unknown sumy method {method!r}; valid: {', '.join(SUMY_METHODS)}")
    document = _sumy_document(documents)
    if not document.sentences:
        return []
    ranked: list[str] = []

    def keep_all(infos: list[Any]) -> list[Any]:
        ranked.extend(str(info.sentence) for info in infos)
        return infos

    with warnings.catch_warnings():
        # LSA warns when a cluster has fewer distinct words than sentences.
        warnings.simplefilter("ignore", UserWarning)
        _sumy_summarizer(method)(document, keep_all)
    return ranked


def lexrank_rank(documents: Documents) -> list[str]:
    """Rank with the ``lexrank`` package: IDF over the cluster's articles.

    Uses the package's defaults (English stop words, similarity threshold
    0.03, its fast power method).
    """
    from lexrank import STOPWORDS, LexRank

    sentences = _flatten(documents)
    if not sentences:
        return []
    model = LexRank([list(document) for document in documents], stopwords=STOPWORDS["en"])
    return _ranked_by_score(sentences, model.rank_sentences(sentences))


def summa_rank(documents: Documents) -> list[str]:
    """Rank with summa's TextRank, on our sentences instead of its own split.

    Follows ``summa.summarizer.summarize`` step by step through its module's
    helpers, leaving out only its sentence splitter. Sentences that summa's
    filters empty (only stop words or numbers) are not ranked, as in summa.
    """
    from summa import summarizer as summa
    from summa.preprocessing import textcleaner

    sentences = _flatten(documents)
    textcleaner.init_textcleanner("english", None)
    units = textcleaner.merge_syntactic_units(sentences, textcleaner.filter_words(sentences))
    graph = summa._build_graph([unit.token for unit in units])
    summa._set_graph_edge_weights(graph)
    summa._remove_unreachable_nodes(graph)
    if not graph.nodes():
        return []
    summa._add_scores_to_sentences(units, summa._pagerank(graph))
    return _ranked_by_score([unit.text for unit in units], [unit.score for unit in units])


#: Every peer by the name the benchmark gives it.
PEERS: dict[str, Callable[[Documents], list[str]]] = {
    **{f"sumy-{method}": partial(sumy_rank, method) for method in SUMY_METHODS},
    "lexrank": lexrank_rank,
    "summa": summa_rank,
}
