"""Loading: coercing the user's articles into Documents, and reading files."""

from __future__ import annotations

import pickle
import warnings

import pytest

import summarize
from summarize import Document
from summarize.documents import coerce_documents


def test_strings_get_their_position_as_id() -> None:
    documents = coerce_documents(["One.", "Two."])
    assert [(d.id, d.text, d.title) for d in documents] == [
        ("0", "One.", None),
        ("1", "Two.", None),
    ]


def test_mappings_and_documents_mix() -> None:
    documents = coerce_documents(
        [
            {"id": "a", "text": "One.", "title": "T", "metadata": {"url": "u"}},
            Document(id="b", text="Two."),
        ]
    )
    assert [d.id for d in documents] == ["a", "b"]
    assert documents[0].title == "T"
    assert documents[0].metadata["url"] == "u"


def test_mapping_without_id_uses_position() -> None:
    assert coerce_documents(["x.", {"text": "y."}])[1].id == "1"


def test_empty_articles_are_kept_so_positions_match_the_input() -> None:
    documents = coerce_documents(["", "Text."])
    assert [d.text for d in documents] == ["", "Text."]


def test_generators_are_accepted() -> None:
    assert len(coerce_documents(t for t in ["a.", "b."])) == 2


def test_bytes_are_decoded() -> None:
    assert coerce_documents([b"Caf\xc3\xa9 opened."])[0].text == "Café opened."


def test_undecodable_bytes_name_the_article() -> None:
    with pytest.raises(summarize.InputDecodeError, match="Article 1"):
        coerce_documents(["fine.", b"\xff\xfe bad"])


@pytest.mark.parametrize("articles", [[], ()])
def test_no_articles(articles: list[str]) -> None:
    with pytest.raises(summarize.EmptyInputError, match="no articles"):
        coerce_documents(articles)


def test_all_blank() -> None:
    with pytest.raises(summarize.EmptyInputError, match="All 2 articles are empty"):
        coerce_documents(["", " \n\t "])


def test_a_single_string_is_refused_with_a_hint() -> None:
    with pytest.raises(summarize.InputTypeError, match="wrap it in a list"):
        coerce_documents("An article.")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [3, None, 1.5, ["nested"]])
def test_an_article_that_is_not_text(bad: object) -> None:
    with pytest.raises(summarize.InputTypeError, match="Article 1 must be a str") as caught:
        coerce_documents(["ok.", bad])  # type: ignore[list-item]
    assert isinstance(caught.value, TypeError)


def test_duplicate_ids() -> None:
    with pytest.raises(summarize.DuplicateIdError, match="Articles 0 and 2 share the id 'a'"):
        coerce_documents(
            [{"id": "a", "text": "x."}, {"id": "b", "text": "y."}, {"id": "a", "text": "z."}]
        )


def test_mapping_without_text_names_its_keys() -> None:
    message = r"without a 'text' key \(its keys: \['body'\]\)"
    with pytest.raises(summarize.InputTypeError, match=message):
        coerce_documents([{"body": "x."}])


def test_document_fields_are_checked() -> None:
    with pytest.raises(summarize.InputTypeError, match="'text' of Document 'a' must be a str"):
        Document(id="a", text=5)  # type: ignore[arg-type]
    with pytest.raises(summarize.InputTypeError, match="'id' of a Document must be a str"):
        Document(id=1, text="x")  # type: ignore[arg-type]


def test_document_is_immutable_and_metadata_is_its_own_copy() -> None:
    given = {"k": 1}
    document = Document(id="a", text="x", metadata=given)
    with pytest.raises(AttributeError):
        document.text = "y"  # type: ignore[misc]
    given["k"] = 2
    assert type(document.metadata) is dict and document.metadata == {"k": 1}


def test_document_and_summary_pickle() -> None:
    document = Document(id="a", text="Leaders met. They agreed.", metadata={"url": "u"})
    assert pickle.loads(pickle.dumps(document)) == document
    summary = summarize.summarize(summarize.sample_articles(), max_sentences=2)
    assert pickle.loads(pickle.dumps(summary)) == summary


def test_read_folder_and_sample_articles(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.md").write_bytes(b"\xef\xbb\xbfFirst.")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    documents = summarize.read_folder(tmp_path)
    assert [(d.id, d.text) for d in documents] == [("a", "First."), ("b", "Second.")]
    assert documents[0].metadata["path"].endswith("a.md")
    assert len(summarize.sample_articles()) == 4


def test_read_folder_errors(tmp_path) -> None:
    with pytest.raises(summarize.InvalidInputError, match="is not a folder"):
        summarize.read_folder(tmp_path / "missing")
    with pytest.raises(summarize.EmptyInputError, match="holds no file"):
        summarize.read_folder(tmp_path)


def test_an_article_in_html_markup_gets_a_warning() -> None:
    markup = (
        "<html><body><article><h1>Storm hits</h1><p>The storm hit the coast on Monday.</p>"
        "<p>Power failed in the town.</p></article></body></html>"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summarize.summarize([markup, "The storm hit the coast. Power failed."], max_words=20)
    told = [str(w.message) for w in caught if issubclass(w.category, summarize.SummarizeWarning)]
    assert any("html_document" in message for message in told)
    # Prose that names a tag or two is text.
    assert not summarize.documents.looks_like_html("The <p> tag opens a paragraph, <br> breaks.")


def test_read_folder_reads_json_and_html_files_as_articles(tmp_path) -> None:
    # Before: read_folder(path, suffixes=(".json", ".html")) returned the files' source
    # text, braces and tags included, as the articles.
    import json

    (tmp_path / "wire.json").write_text(
        json.dumps({"outlet": "Wire", "text": "The bridge reopened on Friday."}), encoding="utf-8"
    )
    (tmp_path / "page.html").write_text(
        "<html><body><article><h1>Bridge</h1><p>Traffic resumed at noon.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    documents = summarize.read_folder(tmp_path, suffixes=(".json", ".html"))
    assert [(d.id, d.text) for d in documents] == [
        ("page", "Bridge\n\nTraffic resumed at noon."),
        ("wire", "The bridge reopened on Friday."),
    ]
    assert documents[1].outlet == "Wire"
    assert documents[0].metadata["extracted_from"] == "html"
