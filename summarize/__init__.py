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
2 0 (45, 69) Traffic resumed at noon.
"""

from typing import TYPE_CHECKING, Any

from .documents import Document
from .exceptions import (
    DuplicateIdError,
    EmptyInputError,
    InputDecodeError,
    InputTypeError,
    InvalidInputError,
    InvalidParameterError,
    MissingDependencyError,
    SummarizeError,
    SummarizeWarning,
    UnknownSettingError,
)
from .results import Disagreement, Reading, ScoredSentence, Summary, SummarySentence, Support

if TYPE_CHECKING:
    from . import io, outputs, scorers, selectors
    from .batch import summarize_frame, summarize_many
    from .io import html_document, read_article, read_folder, read_html, sample_articles
    from .outputs.html import render_html
    from .pipeline import Summarizer, available_languages, summarize
    from .segmentation import Sentence, split_sentences

# The rest is imported on first use, so that ``import summarize`` starts at once: the
# pipeline needs NumPy, SciPy and sumy's stopword lists, a fraction of a second to import.
_LAZY = {
    "io": ("io", None),
    "outputs": ("outputs", None),
    "scorers": ("scorers", None),
    "selectors": ("selectors", None),
    "html_document": ("io", "html_document"),
    "read_article": ("io", "read_article"),
    "read_folder": ("io", "read_folder"),
    "read_html": ("io", "read_html"),
    "sample_articles": ("io", "sample_articles"),
    "render_html": ("outputs.html", "render_html"),
    "Summarizer": ("pipeline", "Summarizer"),
    "available_languages": ("pipeline", "available_languages"),
    "summarize": ("pipeline", "summarize"),
    "Sentence": ("segmentation", "Sentence"),
    "split_sentences": ("segmentation", "split_sentences"),
    "summarize_many": ("batch", "summarize_many"),
    "summarize_frame": ("batch", "summarize_frame"),
    "languages": ("languages", None),
}


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first used."""
    if name not in _LAZY:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}")
    from importlib import import_module

    module_name, attribute = _LAZY[name]
    module = import_module(f".{module_name}", __name__)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
    "Support",
    "Disagreement",
    "Reading",
    "Sentence",
    "split_sentences",
    "read_article",
    "read_html",
    "html_document",
    "read_folder",
    "sample_articles",
    "render_html",
    "available_languages",
    "scorers",
    "selectors",
    "io",
    "outputs",
    "SummarizeError",
    "InvalidParameterError",
    "UnknownSettingError",
    "InvalidInputError",
    "EmptyInputError",
    "DuplicateIdError",
    "InputTypeError",
    "InputDecodeError",
    "MissingDependencyError",
    "SummarizeWarning",
    "__version__",
]
