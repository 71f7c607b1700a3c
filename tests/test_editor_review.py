"""An editor's review (session 30): twelve fresh clusters in nine languages, read sentence by
sentence. Each test is one defect it found in the splitting, cut to the smallest text."""

from __future__ import annotations

import pytest

import summarize
from summarize import split_sentences
from summarize.scorers.quality import is_dangling


def _pieces(text: str, language: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in split_sentences(text, language=language)]


def test_a_wrapped_line_of_prose_without_a_stopword_goes_on() -> None:
    # The first line holds no Russian stopword; the next opens in lower case and ends the
    # sentence: one sentence, not a furniture line and a fragment.
    text = (
        "Байкальское нейтрино указало на блазар\n"
        "Наталья Скоробогатько\n"
        "Российский телескоп Baikal-GVD зафиксировал частицу\n"
        "сверхвысокой энергии, направление которой совпадает с блазаром.\n"
    )
    sentences = [t for kind, t in _pieces(text, "russian") if kind == "sentence"]
    assert sentences == [
        "Российский телескоп Baikal-GVD зафиксировал частицу\n"
        "сверхвысокой энергии, направление которой совпадает с блазаром."
    ]
    # A quotation wrapped inside its guillemets, likewise.
    text = (
        "Руководитель проекта Григорий Домогацкий назвал событие «самым\n"
        "энергичным за всю историю наблюдений на Байкале». Энергия составляет 150 ТэВ.\n"
    )
    assert [t for _, t in _pieces(text, "russian")][0].endswith("на Байкале».")
    # A list of links in lower case, which ends no sentence, stays lines.
    text = "Это интересно\nлучшие фото недели\nвидео дня\n"
    assert len(split_sentences(text, language="russian")) == 3


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("polish", "- Mój klient jest niewinny - powiedział mec. Piotr Zalewski przed sądem."),
        ("polish", "Obrońca Marka K., mec. Piotr Zalewski, zapowiedział apelację."),
        ("russian", "Как сообщил чл.-корр. РАН Г. В. Домогацкий, частица была зарегистрирована."),
    ],
)
def test_titles_before_a_name_end_no_sentence(language: str, text: str) -> None:
    assert [t for _, t in _pieces(text, language)] == [text]


def test_a_title_still_ends_a_sentence_where_a_word_like_it_does() -> None:
    assert [t for _, t in _pieces("Miałam zły sen. Potem wstałam.", "polish")] == [
        "Miałam zły sen.",
        "Potem wstałam.",
    ]


def test_two_periods_part_a_headline_in_a_script_without_case() -> None:
    text = (
        "فيضانات تطوان.. 14 قتيلا وعمليات بحث متواصلة عن المفقودين\n"
        "سكاي نيوز عربية - أبوظبي\n"
        "نشر في: 9 نوفمبر 2025 - 18:22 بتوقيت أبوظبي\n"
        "أعلنت وزارة الداخلية المغربية، الأحد، مقتل 14 شخصا جراء فيضانات مفاجئة اجتاحت مدينة"
        " تطوان بعد أمطار طوفانية.\n"
    )
    pieces = _pieces(text, "arabic")
    assert pieces[0] == ("headline", "فيضانات تطوان.. 14 قتيلا وعمليات بحث متواصلة عن المفقودين")
    assert [kind for kind, _ in pieces] == ["headline", "furniture", "furniture", "sentence"]
    # In a cased script two periods before a capital still end the sentence.
    assert len(split_sentences("He waited.. Then he left.", language="english")) == 2


def test_a_line_ending_on_a_separable_particle_may_be_whole() -> None:
    text = (
        "IG Metall kündigt Widerstand an\n"
        "Berlin (AFP) - Die IG Metall hat Widerstand gegen den Stellenabbau angekündigt.\n"
    )
    assert [t for kind, t in _pieces(text, "german") if kind == "sentence"] == [
        "Die IG Metall hat Widerstand gegen den Stellenabbau angekündigt."
    ]
    text = (
        "Die Firma streicht Stellen.\nMehr zum Thema\nZF kündigt weiteren Stellenabbau an\n"
        "Die Landesregierung will mit dem Unternehmen sprechen.\n"
    )
    assert [kind for kind, _ in _pieces(text, "german")] == [
        "sentence",
        "furniture",
        "furniture",
        "sentence",
    ]
    assert "an" in summarize.languages.get("de").final_particles
    # A line ending on another short stopword goes on ("der" ends no sentence).
    text = "Die Regierung einigte sich mit der\nOpposition auf einen Kompromiss.\n"
    assert len(split_sentences(text, language="german")) == 1


@pytest.mark.parametrize(
    ("language", "text", "dateline", "sentence"),
    [
        (
            "portuguese",
            "JUIZ DE FORA (MG) O número de mortos pelas chuvas chegou a 21 nesta quinta-feira.",
            ["JUIZ DE FORA (MG)"],
            "O número de mortos pelas chuvas chegou a 21 nesta quinta-feira.",
        ),
        (
            "russian",
            "Иркутск. 5 марта. ИНТЕРФАКС - Глубоководный телескоп Baikal-GVD зафиксировал"
            " нейтрино.",
            ["Иркутск.", "5 марта.", "ИНТЕРФАКС -"],
            "Глубоководный телескоп Baikal-GVD зафиксировал нейтрино.",
        ),
    ],
)
def test_agency_datelines_are_furniture(
    language: str, text: str, dateline: list[str], sentence: str
) -> None:
    pieces = _pieces(text, language)
    assert pieces == [*(("furniture", d) for d in dateline), ("sentence", sentence)]


def test_a_place_and_a_date_without_an_agency_are_sentences() -> None:
    assert [kind for kind, _ in _pieces("Париж. Весна. Солнце светит ярко.", "russian")] == [
        "sentence",
        "sentence",
        "sentence",
    ]


def test_wrapped_text_without_blank_lines_goes_on_at_a_short_word() -> None:
    # The article has no blank line and ends on a share prompt: the paragraph of a
    # wrapped line ends on its first line short of the full width.
    lines = [
        "Lot : une grotte ornée de 30 000 ans découverte près de Cabrerets",
        "Publié le 12/05/2025 à 13:47",
        "Une découverte majeure pour la préhistoire. Le ministère de la Culture a",
        "annoncé ce lundi la découverte d'une grotte ornée dans le Lot, près de",
        "Cabrerets, avec plus de 150 dessins et gravures vieux d'environ 30 000",
        "ans.",
        "La grotte a été découverte par trois spéléologues du club de Cahors. Ils",
        "ont immédiatement prévenu les services de l'État, ce qui a permis de",
        "protéger le site.",
        "Partager sur Facebook",
    ]
    pieces = _pieces("\n".join(lines) + "\n", "french")
    assert (
        "sentence",
        "Ils\nont immédiatement prévenu les services de l'État, ce qui a permis de\n"
        "protéger le site.",
    ) in pieces


@pytest.mark.parametrize(
    ("language", "text", "dangling"),
    [
        ("es", "Lo hizo tras una final agónica ante el Athletic.", True),  # he did it
        ("es", "Lo más importante es la salud de los jugadores.", False),  # the article "lo"
        ("it", "Lo ha annunciato la presidente del Consiglio in conferenza stampa.", True),
        ("pt", "A informação foi confirmada pela Defesa Civil municipal.", True),
        ("pt", "A informação do governo chegou tarde aos moradores.", False),
        ("fr", "La nouvelle a été confirmée par la préfecture.", True),
    ],
)
def test_what_a_sentence_reports_may_point_back(language: str, text: str, dangling: bool) -> None:
    assert is_dangling(text, summarize.languages.get(language)) is dangling


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("The Liberal Democrats went further.", True),  # than whom?
        ("France did the same.", True),
        ("The ministry went further than expected in its report.", False),
    ],
)
def test_a_sentence_that_ends_on_a_comparison_with_the_one_before(
    text: str, dangling: bool
) -> None:
    assert is_dangling(text, summarize.languages.get("en")) is dangling


# --- A second editor's review: Chinese, Japanese, Korean, Hindi, Vietnamese, Turkish, Greek,
# Hebrew and Dutch clusters.


@pytest.mark.parametrize(
    ("language", "text", "dateline"),
    [
        (
            "chinese",
            "人民网成都6月18日电 （记者 周静）6月17日夜间，青川县发生山体滑坡。",
            "人民网成都6月18日电 （记者 周静）",
        ),
        ("chinese", "本报北京12月28日电 北京地铁一条新线路今天开通。", "本报北京12月28日电"),
        (
            "chinese",
            "成都晚报讯（首席记者 陈浩）6月17日村民被惊醒。",
            "成都晚报讯（首席记者 陈浩）",
        ),
        ("vietnamese", "(TNO) Công an TP.Hà Nội xác nhận vụ cháy chung cư mini.", "(TNO)"),
        (
            "greek",
            "ΧΑΛΚΙΔΑ, 22 Ιουλίου (ΑΠΕ-ΜΠΕ) – Σε εξέλιξη βρίσκεται πυρκαγιά κοντά στο χωριό.",
            "ΧΑΛΚΙΔΑ, 22 Ιουλίου (ΑΠΕ-ΜΠΕ) –",
        ),
        (
            "hindi",
            "देहरादून, 12 अक्टूबर (भाषा) उत्तराखंड में एक बस खाई में गिर गई।",
            "देहरादून, 12 अक्टूबर (भाषा)",
        ),
    ],
)
def test_datelines_of_more_agencies_are_furniture(language: str, text: str, dateline: str) -> None:
    pieces = _pieces(text, language)
    assert pieces[0] == ("furniture", dateline)
    assert pieces[1][0] == "sentence"


@pytest.mark.parametrize(
    "text",
    ["新华通讯社报道了这一消息。", "国家电网6月18日电价上调。", "他6月18日电话告知了家人。"],
)
def test_words_like_a_dispatch_are_no_dateline(text: str) -> None:
    assert _pieces(text, "chinese") == [("sentence", text)]


def test_a_counted_word_keeps_its_vowel_signs() -> None:
    summary = summarize.summarize(
        ["टिहरी बस हादसे में 14 यात्रियों की मौत हो गई।", "टिहरी बस हादसे में 16 यात्रियों की मौत हो गई।"],
        language="hi",
        max_sentences=1,
    )
    (d,) = summary.disagreements
    assert d.values == ("14 यात्रियों", "16 यात्रियों")  # was "14 य": cut at its vowel sign


@pytest.mark.parametrize(
    ("language", "text", "dangling"),
    [
        ("el", "Όπως τόνισε, η κατάσταση στα χωριά είναι δύσκολη.", True),  # as he stressed
        ("el", "Όπως κάθε χρόνο, η πυρκαγιά απειλεί τα χωριά.", False),  # as every year
        ("hi", "अधिकारियों ने यह जानकारी दी।", True),  # officials gave this information
    ],
)
def test_more_sentences_that_point_back(language: str, text: str, dangling: bool) -> None:
    assert is_dangling(text, summarize.languages.get(language)) is dangling


def test_a_dateline_that_made_a_piece_read_as_a_byline_is_cut() -> None:
    assert _pieces("本报讯 记者从市政府获悉，新线路将于明天开通。", "chinese") == [
        ("furniture", "本报讯"),
        ("sentence", "记者从市政府获悉，新线路将于明天开通。"),
    ]
    # A label in capitals before a colon opens furniture, not a sentence.
    kinds = [kind for kind, _ in _pieces("ZOBACZ TEŻ: Łoś na obwodnicy Trójmiasta\n", "polish")]
    assert "sentence" not in kinds


def test_a_chinese_caption_with_its_label_is_furniture() -> None:
    text = "青川县发生山体滑坡。\n▲资料图：青川县石门镇滑坡现场。\n图：新华社记者 李明 摄\n救援工作仍在进行。"
    assert [kind for kind, _ in _pieces(text, "chinese")] == [
        "sentence",
        "furniture",
        "furniture",
        "sentence",
    ]
    assert _pieces("图书馆今天开放。", "chinese") == [("sentence", "图书馆今天开放。")]


# --- A third editor's review (session 31): ten clusters in ten languages ---------------


def test_an_efe_dateline_with_an_abbreviated_month_is_cut_whole() -> None:
    text = "OVIEDO, 14 Mar. (EFE).- Al menos doce personas murieron este jueves en Tineo."
    assert _pieces(text, "es") == [
        ("furniture", "OVIEDO, 14 Mar. (EFE).-"),
        ("sentence", "Al menos doce personas murieron este jueves en Tineo."),
    ]
    # A month's abbreviation before a bracket, with no day before it, is read as before.
    assert [k for k, _ in _pieces("La reunión será el 14 de mar. (martes) en Madrid.", "es")] == [
        "sentence"
    ]


@pytest.mark.parametrize(
    ("language", "caption", "credit"),
    [
        ("es", "Los equipos de rescate trabajan junto al autobús siniestrado.", "EFE/Paco Paredes"),
        ("en", "Traders work on the floor of the exchange.", "REUTERS/Brendan McDermid"),
        ("en", "A man walks past the damaged station.", "AP Photo/Efrem Lukatsky"),
    ],
)  # fmt: skip
def test_a_caption_with_a_slash_credit_on_its_line_is_furniture(
    language: str, caption: str, credit: str
) -> None:
    text = (
        f"The first line is an article sentence here.\n\n{caption} {credit}\n\nMore text follows."
    )
    pieces = _pieces(text, language)
    assert ("furniture", caption) in pieces and ("furniture", credit) in pieces
    # A slash inside a sentence is no credit.
    text = "The deal was approved by the EU. Shares rose 5% and/or more.\n\nMore text."
    assert all(kind == "sentence" for kind, _ in _pieces(text, "en"))


@pytest.mark.parametrize(
    ("language", "prompt"),
    [
        ("en", "Have your say in the comments below."),
        ("es", "Sigue la última hora en nuestro directo."),
        ("es", "Suscríbete a nuestra newsletter."),
    ],
)
def test_a_prompt_to_readers_is_furniture(language: str, prompt: str) -> None:
    text = f"Doce personas murieron en el accidente de Tineo.\n\n{prompt}"
    assert _pieces(text, language)[-1] == ("furniture", prompt)


def test_a_signpost_does_not_fill_a_budget() -> None:
    articles = [
        "The county council's budget was approved on Thursday evening. "
        "Here is what it means for residents. Council tax will go up by 4.99 per cent.",
        "The county council approved its budget on Thursday, raising council tax by 4.99 per cent.",
    ]
    summary = summarize.summarize(articles, max_words=100)
    assert summary.sentences and all(
        not s.text.startswith("Here is what") for s in summary.sentences
    )
    ranked = summarize.Summarizer().rank(articles)  # rank() still returns it
    assert any(s.text == "Here is what it means for residents." for s in ranked)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Uvedl to v pondělí ministr financí na tiskové konferenci."),
        ("sv", "Det säger riksbankschefen till Dagens Nyheter efter presskonferensen."),
        ("uk", "Про це повідомили в Міністерстві енергетики."),
        ("ru", "Об этом сообщает ТАСС со ссылкой на источник."),
    ],
)
def test_a_sentence_that_only_says_who_said_the_one_before_is_a_fragment(
    language: str, text: str
) -> None:
    from summarize.scorers.quality import is_fragment

    assert is_fragment(text, language)
    # A long one says more than who said it.
    longer = "Uvedl to ministr a dodal, že vláda plánuje do roku 2030 zvýšit výdaje na obranu."
    assert not is_fragment(longer + " " + longer, "cs")


def test_a_quotation_closed_by_a_low_opening_languages_mark_has_its_pronoun_tag() -> None:
    from summarize.scorers.quality import names_speaker_by_pronoun

    # Czech, German and Slovak close „ with “: the tag after it names no one.
    assert names_speaker_by_pronoun("„Plníme své závazky vůči spojencům,“ řekl.", "cs")
    assert names_speaker_by_pronoun("„Wir halten Wort“, sagte er.", "de")
    articles = [
        "Ministr financí Pavel Novotný zdůraznil, že výdaje na obranu poprvé dosáhnou dvou "
        "procent HDP. „Plníme své závazky vůči spojencům,“ řekl.",
        "Výdaje na obranu mají poprvé dosáhnout dvou procent hrubého domácího produktu.",
    ]
    summary = summarize.summarize(articles, language="cs", max_words=250)
    assert all(not s.text.endswith("řekl.") for s in summary.sentences)


# --- A fourth editor's review (session 31): ten clusters in ten more languages ---------


@pytest.mark.parametrize(
    ("language", "prompt"),
    [
        ("fr", "Inscrivez-vous à notre newsletter Lyon Info pour recevoir l'essentiel."),
        ("de", "Abonnieren Sie unseren kostenlosen Newsletter."),
        ("de", "Schreiben Sie uns in den Kommentaren."),
        ("nl", "Meld je aan voor de NU.nl-nieuwsbrief en ontvang elke ochtend het nieuws."),
        ("en", "Download the 10TV app for breaking news alerts."),
        ("hi", "ऐसी ही और खबरों के लिए दैनिक भास्कर ऐप डाउनलोड करें।"),
        ("vi", "Tải ứng dụng để nhận tin nóng nhanh nhất."),
        ("el", "Κατεβάστε την εφαρμογή μας για ειδοποιήσεις σε πραγματικό χρόνο."),
        ("sk", "Stiahnite si našu aplikáciu a dostávajte správy ako prví."),
        ("tr", "Bültenimize abone olun, günün önemli haberleri e-postanıza gelsin."),
    ],
)
def test_more_prompts_to_readers_are_furniture(language: str, prompt: str) -> None:
    assert summarize.languages.get(language).is_furniture(prompt)


@pytest.mark.parametrize(
    "place", ["Pfaffenhofen an der Ilm", "Mülheim an der Ruhr", "Halle (Saale)"]
)
def test_a_dateline_of_a_place_of_several_words_is_cut(place: str) -> None:
    text = f"{place} (dpa) - Bei einem Busunfall sind drei Menschen gestorben."
    assert _pieces(text, "de") == [
        ("furniture", f"{place} (dpa) -"),
        ("sentence", "Bei einem Busunfall sind drei Menschen gestorben."),
    ]


@pytest.mark.parametrize(
    ("language", "caption", "credit", "joint"),
    [
        ("en", "Firefighters search the rubble on Parsons Avenue.", "Photo by Barbara Perenic", " "),
        ("fr", "Les secours fouillent les décombres.", "Photo Progrès/Maxime Jegat", " "),
        ("nl", "Bergers bij de ontspoorde rijtuigen.", "FOTO ANP", "\n"),
        ("fr", "Russell Square après les attentats à la bombe.", "Image : Francis Tyers.", "\n"),
    ],
)  # fmt: skip
def test_a_caption_whose_credit_follows_it_is_furniture(
    language: str, caption: str, credit: str, joint: str
) -> None:
    text = f"The first line is an article sentence.\n\n{caption}{joint}{credit}\n\nMore text."
    pieces = _pieces(text, language)
    assert ("furniture", caption) in pieces and ("furniture", credit) in pieces
    # In a cluster too (the lines read in bulk).
    summary = summarize.summarize(
        [text, "The first line is an article sentence."], language=language
    )
    assert all(s.text != caption for s in summary.sentences)


def test_a_labelled_caption_below_a_sentence_is_no_credit_of_it() -> None:
    text = "The fire spread overnight.\nNella foto: il sindaco di Napoli.\nCrews contained it."
    assert [kind for kind, _ in _pieces(text, "it")][:1] == ["sentence"]
