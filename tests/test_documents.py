"""Loading: coercing the user's articles into Documents, and reading files."""

from __future__ import annotations

import json
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


OTHER = "The dam near the town broke on Monday. Three villages were flooded by the river."


def html_warnings(articles: list[object], *, rank: bool = False) -> list[str]:
    """The library's warnings that an article looks like HTML, from a summary or a ranking."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if rank:
            summarize.Summarizer().rank(articles)  # type: ignore[arg-type]
        else:
            summarize.summarize(articles, max_words=40)  # type: ignore[arg-type]
    return [
        str(w.message)
        for w in caught
        if issubclass(w.category, summarize.SummarizeWarning) and "HTML" in str(w.message)
    ]


@pytest.mark.parametrize(
    "fragment",
    [
        # Before: the whole article was one "headline" (it ends on ">"), skipped without
        # a word about HTML.
        "<p>The dam broke on Monday.</p><p>Three villages were flooded.</p>",
        # Before: a candidate sentence "<b>Breaking:</b> the dam broke.", tags and all.
        "<b>Breaking:</b> the dam broke. Three villages were flooded on Monday.",
        # Before: two sentences read as one across the <br>.
        "The dam broke on Monday.<br>Three villages were flooded.",
        "The dam broke on Monday.<br/>\nThree villages were flooded.",
        '<h2>Flood</h2>\nThe dam broke. <a href="https://example.com/dam">More</a> here.',
        '<div class="story">\n  The dam broke on Monday.\n</div>',
        "<ul><li>The dam broke.</li><li>Villages flooded.</li></ul>",
        "Officials said the dam broke <em>without warning</em> on Monday.",
    ],
)
def test_a_short_html_fragment_gets_the_warning(fragment: str) -> None:
    assert summarize.documents.looks_like_html(fragment)
    for rank in (False, True):
        told = html_warnings([fragment, OTHER], rank=rank)
        assert len(told) == 1 and "Article '0'" in told[0] and "html_document" in told[0]
    # The text is kept as given, so every offset still indexes what the caller passed.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", summarize.SummarizeWarning)  # told above
        summary = summarize.summarize([fragment, OTHER], max_words=200)
    assert summary.documents[0].text == fragment
    assert all(
        s.text == summary.documents[s.document_index].text[s.start : s.end] for s in summary
    )
    # Read as HTML, the fragment's text has no tags, and offsets index that text.
    page = summarize.html_document(fragment, id="page")
    assert "<" not in page.text and page.metadata["extracted_from"] == "html"
    summary = summarize.summarize([page, OTHER], max_words=200)
    assert all(
        s.text == summary.documents[s.document_index].text[s.start : s.end] for s in summary
    )
    assert not any("<" in s.text for s in summary)


@pytest.mark.parametrize(
    "prose",
    [
        "The <p> tag starts a paragraph, and the editor inserts it.",
        "The <p> and </p> tags delimit a paragraph in the page.",
        "Use the <br> tag to break a line, the manual says.",
        "The test holds if a<b and c>d, the paper says.",
        "The test holds if a<b and c>d then x</b> in the proof.",
        "Readings were <1% and >5% on Monday, the agency said.",
        "Write to Ana Ruiz <ana@example.com> for details.",
        "The tags <div>, <span> and <a> are the most common ones.",
        "Templates such as vector<int> and map<string, b> compile.",
    ],
)
def test_prose_that_quotes_a_tag_gets_no_warning(prose: str) -> None:
    assert not summarize.documents.looks_like_html(prose)
    assert html_warnings([prose, OTHER]) == []
    assert html_warnings([prose, OTHER], rank=True) == []


def test_a_pages_extracted_text_quoting_markup_gets_no_warning() -> None:
    # The page shows markup as text ("&lt;b&gt;"): once extracted it is text, and the
    # warning would send the caller to html_document, which made it.
    page = summarize.html_document(
        "<p>Editors type &lt;b&gt;Breaking:&lt;/b&gt; above urgent stories.</p>"
        "<p>The dam broke on Monday.</p>",
        id="page",
    )
    assert "<b>Breaking:</b>" in page.text
    assert summarize.documents.looks_like_html(page.text)
    assert html_warnings([page, OTHER]) == []
    # The same text given as a plain string is told about.
    assert len(html_warnings([page.text, OTHER])) == 1


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


# ------------------------------------------------------------------ a document's language


def test_a_document_says_its_language_by_any_name() -> None:
    assert Document("a", "Hallo.", language="de").language == "german"
    assert Document("a", "Hallo.", language="Deutsch").language == "german"
    assert Document("a", "Hallo.").language is None
    with pytest.raises(summarize.InvalidParameterError, match="klingon"):
        Document("a", "Hallo.", language="klingon")
    with pytest.raises(summarize.InputTypeError, match="'language' of Document 'a'"):
        Document("a", "Hallo.", language=7)  # type: ignore[arg-type]


def test_the_summary_records_the_language_each_article_was_read_in() -> None:
    # Before: only settings["languages"] said which languages a cluster held, not which
    # article was read in which.
    articles = [
        "The storm hit the northern coast on Monday night. Ferries stopped running.",
        "Der Sturm traf am Montagabend die Nordküste. Die Fähren fuhren nicht mehr.",
    ]
    summary = summarize.summarize(articles, language="auto", max_sentences=2)
    assert [d.language for d in summary.documents] == ["english", "german"]
    assert summary.settings["languages"] == ["english", "german"]
    data = json.loads(summary.to_json())
    assert [d["language"] for d in data["documents"]] == ["english", "german"]
    # With one language for all, every document records it.
    plain = summarize.summarize(articles[:1], max_sentences=1)
    assert [d.language for d in plain.documents] == ["english"]


def test_a_document_of_its_own_language_is_read_in_it() -> None:
    # A mapping's "language" is the document's, not metadata; it wins over the setting.
    articles = [
        {"id": "en", "text": "The storm hit the northern coast on Monday night."},
        {
            "id": "de",
            "text": "Die Fähren fuhren nicht mehr. Die Schulen blieben zu.",
            "language": "de",
        },
    ]
    summary = summarize.summarize(articles, language="english", max_sentences=3)
    assert [d.language for d in summary.documents] == ["english", "german"]
    assert summary.documents[1].metadata == {}
    assert summary.settings["languages"] == ["english", "german"]
    # With "auto", a document's own language is used, not detected.
    told = summarize.summarize(
        [{"text": "Rain fell on the town. The river rose.", "language": "dutch"}],
        language="auto",
        max_sentences=1,
    )
    assert told.documents[0].language == "dutch"


def test_text_decoded_as_latin_1_is_read_with_its_quotes_and_warned_about() -> None:
    # Windows-1252's curly quotes decoded as Latin-1 are the controls U+0093 and U+0094
    # (16 articles of CSTNews): the sentence after a closing one was run into its own.
    text = "Ele disse: \x93Vamos embora daqui agora.\x94 O jogo acabou cedo.\nTodos sairam."
    pieces = summarize.split_sentences(text, language="portuguese")
    assert [p.text for p in pieces if p.kind == "sentence"] == [
        "Ele disse: \x93Vamos embora daqui agora.\x94",
        "O jogo acabou cedo.",
        "Todos sairam.",
    ]
    from summarize.scorers.quality import tears_quotation

    assert tears_quotation("\x93Vamos embora daqui agora.") and not tears_quotation(pieces[0].text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summary = summarize.summarize([text, OTHER], max_words=40, language="portuguese")
    messages = [
        str(w.message) for w in caught if issubclass(w.category, summarize.SummarizeWarning)
    ]
    assert any("1 article(s) ('0')" in m and "cp1252" in m for m in messages)
    for sentence in summary.sentences:  # the text is kept as it is
        assert (
            sentence.text
            == summary.documents[sentence.document_index].text[sentence.start : sentence.end]
        )
    # Text with the real quotes, or with U+0085 (a line break), is not warned about.
    for clean in (text.replace("\x93", "\u201c").replace("\x94", "\u201d"), "Rain.\x85Sun."):
        assert not summarize.documents.looks_misdecoded(clean)
