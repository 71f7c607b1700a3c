"""summarize: extractive multi-document summarisation with exact provenance.

Many articles on one topic in; a short, ranked, deduplicated summary out, made
of sentences taken verbatim from the articles, each with the article and the
character span it came from.

Examples
--------
>>> import summarize
>>> summary = summarize.summarize([
...     "The bridge reopened on Friday after repairs. Traffic resumed at noon.",
...     "After months of repairs, the bridge reopened Friday. Drivers cheered.",
... ], max_sentences=2)
>>> for s in summary.sentences:
...     print(s.rank, s.document_id, (s.start, s.end), s.text)
1 0 (0, 44) The bridge reopened on Friday after repairs.
2 1 (53, 69) Drivers cheered.
"""

from .segmentation.clean import Sentence, split_sentences
from .documents import Document
from .io.html import html_document, read_html
from .io.files import read_article, read_folder, sample_articles
from .outputs.html import render_html
from .results import ScoredSentence, Summary, SummarySentence
from .pipeline import Summarizer, available_languages, summarize
from .batch import summarize_frame, summarize_many
from .exceptions import (
    DuplicateIdError,
    EmptyInputError,
    InputDecodeError,
    InputTypeError,
    InvalidInputError,
    InvalidParameterError,
    SummarizeError,
    SummarizeWarning,
)

__version__ = "0.1.0"

__all__ = [
    "summarize",
    "Summarizer",
    "summarize_many",
    "summarize_frame",
    "Summary",
    "SummarySentence",
    "ScoredSentence",
    "Document",
    "Sentence",
    "split_sentences",
    "read_article",
    "read_html",
    "html_document",
    "read_folder",
    "sample_articles",
    "render_html",
    "available_languages",
    "SummarizeError",
    "InvalidParameterError",
    "InvalidInputError",
    "EmptyInputError",
    "DuplicateIdError",
    "InputTypeError",
    "InputDecodeError",
    "SummarizeWarning",
    "__version__",
]
