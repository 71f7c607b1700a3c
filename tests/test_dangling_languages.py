"""Dangling openers and bare quotation tags beyond English: each language's lists."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from pathlib import Path

import pytest

import summarize
from summarize import languages
from summarize.scorers.quality import (
    dangling,
    is_dangling,
    is_fragment,
    names_speaker_by_pronoun,
    opens_dangling,
    sets_off_aside,
)
from summarize.selectors import ILP, Greedy

# (language, sentence): a pronoun or connective that points back to a sentence before.
DANGLING = [
    ("de", "Er sagte, die Verhandlungen seien gescheitert."),
    ("de", "Sie trat am Montag zurück."),
    ("de", "Außerdem stiegen die Preise."),
    ("de", "Darüber hinaus kündigte die Regierung Hilfen an."),
    ("de", "Auch die Opposition kritisierte den Plan."),
    ("fr", "Mais il a ajouté que rien n'était décidé."),
    ("fr", "Il a démissionné lundi."),
    ("fr", "Elles ont quitté la ville."),
    ("fr", "Cependant, les prix ont baissé."),
    ("fr", "Selon lui, la réforme est nécessaire."),
    ("fr", "D'après elle, rien n'a changé."),
    ("fr", "Celui-ci a refusé de répondre."),
    ("fr", "Ce dernier a été arrêté."),
    ("fr", "« Ils ont tout perdu », a dit le maire."),
    # A demonstrative before a noun points back: which torch, which result?
    ("fr", "Cette torche symbolisait la protection des droits de l'homme."),
    ("fr", "Ces mesures ont été adoptées lundi."),
    ("fr", "Cet homme a été arrêté."),
    ("es", "Sin embargo, el acuerdo fracasó."),
    ("es", "Él negó las acusaciones."),
    ("es", "Por su parte, el Gobierno guardó silencio."),
    ("es", "Además, los precios subieron."),
    ("it", "Tuttavia, i prezzi sono scesi."),
    ("it", "Secondo lui, la riforma è necessaria."),
    ("it", "Quest'ultimo ha rifiutato."),
    ("it", "La sua decisione ha sorpreso tutti."),
    ("pt", "No entanto, a votação foi adiada."),
    ("pt", "Segundo ele, a proposta é insuficiente."),
    ("pt", "Ele vai tentar limitar as perguntas."),
    ("pt", "Além disso, o governo cortou gastos."),
    ("pt", "Esse resultado inclui as vendas da participação acionária."),
    ("pt", "Já o candidato tucano participou de uma feijoada."),  # "as for": a contrast
    ("pt", "Este foi o sétimo triunfo consecutivo dos brasileiros."),
    ("pt", "Aquele foi o terremoto mais devastador no Japão."),
    # "The others": a set the sentence before named.
    ("pt", "Os outros ficarão em Rondônia."),
    ("en", "The others were released on Monday."),
    ("fr", "Les autres pays ont signé l'accord."),
    ("es", "Los demás huyeron hacia el norte."),
    ("it", "Gli altri sono fuggiti."),
    ("de", "Die anderen blieben im Hotel."),
    ("es", "Esta decisión fue criticada por la oposición."),
    ("it", "Questa decisione è stata criticata dall'opposizione."),
    ("de", "Diese Entscheidung wurde von der Opposition kritisiert."),
    ("nl", "Hij trad maandag af."),
    ("nl", "Bovendien stegen de prijzen."),
    ("sv", "Han avgick på måndagen."),
    ("sv", "Dessutom steg priserna."),
    ("da", "Hun trådte tilbage mandag."),
    ("no", "Han gikk av mandag."),
    ("fi", "Hän erosi maanantaina."),
    ("fi", "Lisäksi hinnat nousivat."),
    ("pl", "On podał się do dymisji w poniedziałek."),
    ("pl", "Jednak ceny spadły."),
    ("cs", "On odstoupil v pondělí."),
    ("cs", "Kromě toho ceny vzrostly."),
    ("sk", "Okrem toho ceny stúpli."),
    ("ru", "По его словам, переговоры продолжатся."),
    ("ru", "Однако цены упали."),
    ("ru", "Он ушёл в отставку в понедельник."),
    ("uk", "За його словами, переговори тривають."),
    ("uk", "Проте ціни впали."),
    ("el", "Ωστόσο, οι τιμές έπεσαν."),
    ("el", "Παρ' όλα αυτά, η κυβέρνηση επέμεινε."),
    ("tr", "Ancak fiyatlar düştü."),
    ("tr", "Bu nedenle toplantı ertelendi."),
    ("he", "לדבריו, המשא ומתן יימשך."),
    ("hi", "उन्होंने कहा कि बातचीत जारी रहेगी।"),
    ("vi", "Tuy nhiên, giá đã giảm."),
    ("zh", "但是谈判失败了。"),
    ("zh", "他说谈判将继续。"),
    ("ja", "しかし交渉は決裂した。"),
    ("ko", "그는 월요일에 사임했다."),
]

# (language, sentence): self-contained, though it may open like one of the above.
SELF_CONTAINED = [
    ("de", "Es gibt keinen Plan."),  # impersonal "es": not listed
    ("de", "Die Regierung trat zurück."),  # "Die" is an article
    ("de", "Der Minister sagte nichts."),
    ("de", "Dieses Jahr stiegen die Preise."),  # a determiner
    ("de", "Auch wenn es regnet, findet das Rennen statt."),
    ("fr", "Il y a eu trois morts."),
    ("fr", "Il n'y a pas eu d'alerte au tsunami."),
    ("fr", "Il faut attendre les résultats."),
    ("fr", "Il s'agit du troisième séisme en un mois."),
    ("fr", "Il est possible que le vote soit reporté."),
    ("fr", "Le ministre a démissionné."),  # "Le" is an article
    ("fr", "La police a arrêté deux hommes."),
    ("fr", "Ce matin, la police a arrêté deux hommes."),
    # ... but not before a time of the writing, nor "ce que".
    ("fr", "Cette année, le Tour part de Londres."),
    ("fr", "Cet après-midi, le port a fermé."),
    ("fr", "Ces dernières années, les prix ont monté."),
    ("fr", "Ce que nous voulons, c'est la paix."),
    ("fr", "Selon la police, deux hommes ont été arrêtés."),
    ("fr", "Alors qu'ils partaient, la pluie a commencé."),
    ("es", "Dijo que el acuerdo fracasó."),  # no subject: verbs are not listed
    ("es", "El Gobierno guardó silencio."),  # "El" is an article
    ("es", "Sin duda, el acuerdo fracasó."),
    ("es", "Este año los precios subieron."),
    ("it", "Il governo ha rifiutato."),
    ("it", "Anche se piove, la gara si corre."),
    ("pt", "O governo cortou gastos."),
    ("pt", "Segundo o IBGE, a inflação caiu."),
    ("pt", "Assim como em 2002, a votação foi adiada."),
    ("pt", "Esta semana o Senado votou a proposta."),
    ("pt", "Já foram presos dez suspeitos."),  # "already"
    ("pt", "Este ano, a inflação caiu."),
    ("pt", "Nesta segunda-feira o Senado votou."),
    ("es", "Esta semana el Senado votó la propuesta."),
    ("it", "Quest'anno il governo ha deciso di tagliare."),
    ("it", "Questa mattina il porto ha chiuso."),
    ("de", "Diese Woche stimmte der Bundestag ab."),
    ("nl", "Het kabinet trad af."),
    ("sv", "Den nya lagen trädde i kraft."),
    ("sv", "Även om det regnar körs loppet."),
    ("ru", "По данным МВД, погибли три человека."),
    ("ru", "А. Иванов ушёл в отставку."),  # an initial, not the conjunction "а"
    ("cs", "A. Babiš odstoupil."),
    ("tr", "Bu yıl fiyatlar düştü."),  # a determiner
    ("zh", "其他国家也表示反对。"),
    ("ar", "وقال الوزير إن المحادثات ستستمر."),  # the verb's subject follows it
]


@pytest.mark.parametrize(("language", "text"), DANGLING)
def test_dangling_openers(language: str, text: str) -> None:
    assert opens_dangling(text, language)
    assert opens_dangling(text, languages.get(language))  # a Language, as the selectors pass


@pytest.mark.parametrize(("language", "text"), SELF_CONTAINED)
def test_self_contained_openers(language: str, text: str) -> None:
    assert not opens_dangling(text, language)


def test_dangling_reads_every_text_in_one_language() -> None:
    texts = ["Mais le vote a échoué.", "Le vote a échoué.", "Il faut voter."]
    assert dangling(texts, "french").tolist() == [True, False, False]
    # The French list does not apply to English, nor the English one to French.
    assert not opens_dangling("Il a dit non.", "english")
    assert not opens_dangling("But the vote failed.", "french")


def test_english_reads_a_hyphenated_word_whole() -> None:
    assert not opens_dangling("So-called filters are often misguided, he says.")
    assert not opens_dangling("Then-President Bush signed the bill.")
    assert opens_dangling("So the bill failed.")


def test_a_language_of_ones_own_brings_its_lists() -> None:
    english = languages.get("english")
    assert opens_dangling("Anyway, the talks failed.") is False
    own = dataclasses.replace(
        english, dangling_openers=english.dangling_openers | {"anyway", "all in all"}
    )
    assert opens_dangling("Anyway, the talks failed.", own)
    assert opens_dangling("All in all, the talks failed.", own)
    assert not opens_dangling("All the talks failed.", own)
    none = dataclasses.replace(english, dangling_openers=frozenset())
    assert not opens_dangling("But the talks failed.", none)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministre a ajouté."),
        ("fr", "a-t-il déclaré dimanche."),
        ("de", "sagte der Minister am Montag."),
        ("de", "Der Sprecher fügte hinzu."),
        ("es", "El ministro lo dijo."),
        ("it", "Il ministro ha aggiunto."),
        ("pt", "O ministro acrescentou."),
        ("nl", "zei de minister maandag."),
        ("ru", "Министр это подтвердил и добавил."),
        ("pl", "Minister to powiedział."),
    ],
)
def test_bare_quotation_tags(language: str, text: str) -> None:
    assert is_fragment(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "- A situação está muito desgastada.", True),  # whose words?
        ("pt", "- Não podemos indiciar - disse Maia.", False),  # the tag says whose
        ("es", "\u2014 No lo sabemos todavía.", True),
        ("ru", "\u2014 Это неправда.", True),
        ("sv", "\u2013 Vi vet inte än.", True),
        ("pt", "- A situação está muito desgastada e difícil para todos nós.", False),  # long
        ("en", "- Multiply your weight by 700.", False),  # a dash is a bullet in English
        ("pt", "A situação - disse o ministro - está ruim.", False),  # no dash opens it
        ("pt", "A situação - disse ele - está ruim.", True),  # "ele": whose words?
    ],
)
def test_a_short_quotation_opened_by_a_dash_is_a_fragment(
    language: str, text: str, expected: bool
) -> None:
    # Where a dash opens direct speech, a short sentence that is nothing but such speech
    # says someone's words without whose, as '"The border is extremely tense."' does.
    assert is_fragment(text, language) is expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The subject is dropped: a statement, not a tag (it dangles: who said it?).
        ("es", "Afirmó que la economía crecerá un tres por ciento el próximo año."),
        ("pt", "Disse que a proposta é insuficiente para cobrir o déficit do estado."),
        ("de", "Der Minister erklärte seinen Rücktritt."),
        ("fr", "Le ministre a déclaré la guerre."),
        ("fr", "Il a pris note de la décision."),  # "note" is a noun here
        ("ar", "وقال وزير الخارجية المصري أمس."),  # no list of verbs
    ],
)
def test_statements_are_not_quotation_tags(language: str, text: str) -> None:
    assert not is_fragment(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Dijo que las negociaciones fracasaron por la intransigencia.", True),
        ("it", "Ha spiegato che i negoziati sono falliti per l'intransigenza.", True),
        ("pt", "Afirmou ainda que a situação é grave em todo o estado.", True),
        ("pl", "Powiedział, że rozmowy zakończyły się fiaskiem w piątek.", True),
        # A speaker named after the verb, or a word in capitals between: not dropped.
        ("pt", "Disse o ministro que a situação é grave em todo o estado.", False),
        ("pt", "Disse Lula que a situação é grave em todo o estado.", False),
        ("es", "Dijeron los expertos que la economía crecerá el próximo año.", False),
    ],
)
def test_a_verb_of_saying_with_its_subject_dropped_dangles(
    language: str, text: str, expected: bool
) -> None:
    assert names_speaker_by_pronoun(text, language) is expected
    assert is_dangling(text, language) is expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Abstimmung wurde jedoch auf den Herbst verschoben.", True),
        ("nl", "De stemming werd echter uitgesteld tot september.", True),
        ("pl", "Głosowanie zostało jednak przełożone na jesień.", True),
        ("cs", "Hlasování však bylo odloženo na podzim.", True),
        ("ru", "Голосование, однако, перенесли на осень.", True),
        ("de", "Die Abstimmung wurde auf den Herbst verschoben.", False),
        ("de", "Die Jedochs kamen aus Berlin.", False),  # a whole word only
    ],
)
def test_a_connective_inside_a_clause_dangles(language: str, text: str, expected: bool) -> None:
    assert sets_off_aside(text, language) is expected
    assert is_dangling(text, language) is expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "said Ahmed Ali, a spokesman for the coalition of opposition parties.", True),
        ("fr", "a ajouté le ministre de l'Intérieur lors d'une conférence de presse.", True),
        ("it", "ha aggiunto il ministro durante la conferenza stampa di ieri sera.", True),
        ("en", "the minister said on Monday that the talks would go on.", False),
    ],
)
def test_a_speech_tag_torn_from_its_quotation_is_a_fragment(
    language: str, text: str, expected: bool
) -> None:
    assert is_fragment(text, language) is expected


def test_every_list_is_lower_case_and_readable() -> None:
    for name in languages.available():
        language = languages.get(name)
        phrases = language.dangling_openers | language.standalone_openers
        for phrase in phrases:
            assert phrase == language.lower(phrase), (name, phrase)
            assert language.words(phrase + "x" if phrase.endswith("'") else phrase), (name, phrase)
        # A standalone phrase opens with a dangling word, or closes with a demonstrative
        # written after its noun ("Tuần này"), or it would change nothing.
        for phrase in language.standalone_openers:
            words = language.words(phrase)
            assert any(language.words(p)[:1] == words[:1] for p in language.dangling_openers) or (
                words[-1] in language.postposed_demonstratives
            ), (name, phrase)
        assert not language.dangling_openers & language.standalone_openers, name
        # Pronouns read as written: lower-case single words, no possessive among the early
        # ones ("ihr", "haar", "her": "The actress and her husband").
        for word in language.early_pronouns | language.second_pronouns | language.clause_words:
            assert word == language.lower(word) and language.words(word) == [word], (name, word)
    possessives = {
        "en": "her his their",
        "de": "ihr ihre sein",
        "nl": "haar hun zijn",
        "ru": "его их",
    }
    for code, words in possessives.items():
        assert not languages.get(code).early_pronouns & set(words.split()), code
    # Articles and determiners are never dangling; demonstratives are only where a list
    # of the times of the writing ("This year", "dieses Jahr", "ce matin", "esta
    # semana") keeps those standalone.
    for code, articles in {
        "de": "die der das den dem des ein eine",
        "fr": "le la les un une des",
        "es": "el la los las lo un una",
        "it": "il lo la i gli le un una",
        "pt": "o a os as um uma",
        "nl": "de het een",
        "sv": "den det de en ett",
        "tr": "bir",
    }.items():
        assert not languages.get(code).dangling_openers & set(articles.split()), code
    demonstratives = {"nl": "dit", "pl": "ta", "ru": "это", "uk": "це", "sv": "denna", "tr": "bu"}
    for code, demonstrative in demonstratives.items():
        language = languages.get(code)
        assert demonstrative in language.dangling_openers, code
        assert language.standalone_openers, code  # the times of the writing


# (language, sentence, sets a connective off): a connective between commas, or after a
# comma at the end, points back as one opening the sentence does.
ASIDES = [
    ("en", "The telescope still was having problems, however.", True),
    ("en", "In the Sahel region, however, locusts damaged the harvest.", True),
    ("en", "Kuwait, after all, reflagged tankers in the United States.", True),
    ("en", "The mayor was arrested, too.", True),
    ("en", "Ohio, for example, lost 300 homes; Iowa, in turn, lost 200.", True),
    ("en", "The dam will hold however much it rains.", False),  # not set off
    ("en", "The crews tried, though the water was too high.", False),  # a conjunction
    ("en", "The plan was thus abandoned.", False),  # no comma: not read
    ("en", "The rescue, as a result of the storm, was delayed.", False),
    ("fr", "L'institut, toutefois, a indiqué une magnitude de 5,4.", True),
    ("fr", "La France, d\u2019ailleurs, a refusé.", True),  # a curly apostrophe
    ("fr", "Le président, lui aussi, a démissionné.", True),
    ("fr", "Le séisme a été ressenti à Talca, ainsi qu'à Santiago.", False),
    ("es", "El gobierno, sin embargo, negó la acusación.", True),
    ("it", "Il governo, tuttavia, ha negato.", True),
    ("pt", "O PSDB e o DEM, por exemplo, apresentaram requerimentos.", True),
    ("pt", "O governo, no entanto, negou a hipótese.", True),
    ("pt", "A cidade, assim como o estado, decretou emergência.", False),
    ("de", "Die Regierung wies den Vorwurf jedoch zurück.", True),  # no commas in German
]


@pytest.mark.parametrize(("language", "text", "expected"), ASIDES)
def test_a_connective_set_off_with_commas_dangles(
    language: str, text: str, expected: bool
) -> None:
    assert sets_off_aside(text, language) is expected
    assert sets_off_aside(text, languages.get(language)) is expected
    assert is_dangling(text, language) is expected
    assert dangling([text], language).tolist() == [expected]
    # Opening the sentence, the same words were already read by opens_dangling.
    assert not opens_dangling(text, language)


def test_a_language_of_ones_own_sets_off_its_own_asides() -> None:
    english = languages.get("english")
    own = dataclasses.replace(english, dangling_asides=frozenset({"mind you"}))
    assert sets_off_aside("The plan, mind you, failed.", own)
    assert not sets_off_aside("The plan, however, failed.", own)
    none = dataclasses.replace(english, dangling_asides=frozenset())
    assert not sets_off_aside("The plan, however, failed.", none)


def test_every_aside_is_lower_case_and_set_off_as_written() -> None:
    for name in languages.available():
        language = languages.get(name)
        for phrase in language.dangling_asides:
            assert phrase == language.lower(phrase) == " ".join(phrase.split()), (name, phrase)
            assert sets_off_aside(f"X, {phrase}, y.", language), (name, phrase)
            assert sets_off_aside(f"X y, {phrase.upper()}.", language), (name, phrase)
            assert not sets_off_aside(f"X {phrase} y.", language), (name, phrase)


# (language, sentence, names its speaker by a pronoun alone)
PRONOUN_TAGS = [
    ("en", "Seventeen others died in landslides in nearby Camarines Sur province, he said.", True),
    ("en", "Serbian policemen barked, he recounted.", True),
    ("en", "In studies of patients who responded, he said, the virus stayed away.", True),
    ("en", "The talks, she said Monday, will go on.", True),
    ("en", "'Running a marathon is the easy part,' he says.", True),
    ("en", "Seventeen others died in landslides, the governor said.", False),  # named
    ("en", "When the mayor arrived, he said it was over.", False),  # a clause, not a tag
    ("en", "The mayor, who arrived late, said he was tired.", False),
    ("en", "The vote failed, and they said nothing.", False),
    ("de", "Die Gespräche gehen weiter, sagte er.", True),
    ("de", "Die Gespräche gehen weiter, sagte der Minister.", False),
    ("nl", "De onderhandelingen gaan door, zei hij.", True),
    ("sv", "Förhandlingarna fortsätter, sa hon.", True),
    # Bare tags: the pronoun inside the tag, or no subject at all.
    ("fr", "Les négociations continuent, a-t-il dit.", True),
    ("fr", "« Nous partirons demain », ajoute-t-elle.", True),
    ("fr", "« Nous partirons demain », dit-il, avant de quitter la salle.", True),
    ("fr", "Le projet reste viable, selon lui.", True),
    ("fr", "Le projet reste viable, selon le ministre.", False),
    ("fr", "« Nous partirons demain », a dit le ministre.", False),
    ("pt", '"Sua mera existência é uma surpresa", declarou.', True),
    ("pt", '"A situação é grave", disse ele.', True),
    ("pt", '"A situação é grave", disse o ministro.', False),
    ("pt", '"A situação é grave", disse Lula.', False),
    ("pt", "O ministro disse que a situação é grave.", False),
    ("es", "Hay que esperar a los resultados, dijo.", True),
    ("es", "Hay que esperar a los resultados, dijo el ministro.", False),
    ("it", "Il piano funziona, ha detto.", True),
    ("pl", "Nie wiem, co dalej, powiedział.", True),
    ("pl", "Nie wiem, co dalej, powiedział premier.", False),
    ("ru", "«Мы готовы к переговорам», — сказал он.", True),
    ("ru", "«Мы готовы к переговорам», — сказал министр.", False),
    ("uk", "«Ми готові», — заявив він.", True),
    ("en", "The plan still works, according to him.", True),
    ("en", "The plan still works, according to the minister.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRONOUN_TAGS)
def test_a_speech_tag_naming_its_speaker_by_a_pronoun_dangles(
    language: str, text: str, expected: bool
) -> None:
    assert names_speaker_by_pronoun(text, language) is expected
    assert names_speaker_by_pronoun(text, languages.get(language)) is expected
    assert is_dangling(text, language) or not expected


def test_every_speech_pronoun_is_lower_case_and_read() -> None:
    for name in languages.available():
        tags = languages.get(name).speech_tags
        if tags is None:
            continue
        verb = sorted(tags.verbs)[0]
        for pronoun in tags.pronouns:
            assert pronoun == pronoun.lower() and " " not in pronoun, (name, pronoun)
            assert names_speaker_by_pronoun(f"X y, {pronoun} {verb}.", name), (name, pronoun)
        for tag in tags.bare:
            assert tag == tag.lower() == " ".join(tag.split()), (name, tag)
            assert names_speaker_by_pronoun(f"X y, {tag}.", name), (name, tag)
            assert names_speaker_by_pronoun(f"X y, {tag.upper()}, z.", name), (name, tag)
            assert not names_speaker_by_pronoun(f"X y {tag}.", name), (name, tag)


def test_a_summary_prefers_the_sentence_without_an_aside() -> None:
    # The sentence with "however" covers the most repeated pairs; only the discount on
    # its gain puts a self-contained one first.
    articles = [
        "The harbour wall of Brest, however, was badly damaged by the storm in May. The mayor "
        "spoke.",
        "The harbour wall was badly damaged by the storm in May. Rain fell.",
        "The harbour wall of Brest was damaged by the storm. Ships waited.",
    ]
    assert summarize.summarize(articles, max_sentences=1).text == (
        "The harbour wall was badly damaged by the storm in May."
    )
    for selector in (Greedy(dangling_penalty=0.0), ILP(dangling_penalty=0.0, min_words=1)):
        without = summarize.Summarizer(max_sentences=1, selector=selector)
        assert "however" in without.summarize(articles).text, selector
    with_ilp = summarize.Summarizer(max_sentences=1, selector=ILP(min_words=1))
    assert "however" not in with_ilp.summarize(articles).text


def test_a_french_summary_prefers_the_self_contained_sentence() -> None:
    # The sentence opening with "Mais" covers the most repeated pairs; only the
    # discount on its gain puts a self-contained one first.
    articles = [
        "Mais les tarifs du port de Brest ont fortement augmenté en mai. Le maire a parlé.",
        "Les tarifs du port ont fortement augmenté en mai. La pluie est tombée.",
        "Les tarifs du port de Brest ont augmenté. Les navires attendaient.",
    ]
    chosen = summarize.summarize(articles, language="fr", max_sentences=1).text
    assert chosen == "Les tarifs du port ont fortement augmenté en mai."
    for selector in (Greedy(dangling_penalty=0.0), ILP(dangling_penalty=0.0, min_words=1)):
        without = summarize.Summarizer(language="fr", max_sentences=1, selector=selector)
        assert without.summarize(articles).text.startswith("Mais"), selector
    with_ilp = summarize.Summarizer(language="fr", max_sentences=1, selector=ILP(min_words=1))
    assert not with_ilp.summarize(articles).text.startswith("Mais")


# Invented: one storm, reported in English and German.
_MIXED = (
    "Heavy rain fell across the north on Monday. Rivers rose fast in the hills.",
    "Außerdem wurde die Hafenmauer im Norden schwer beschädigt, und die Fähren fuhren nicht "
    "mehr. Die Polizei sperrte die Straßen.",
    "Die Hafenmauer im Norden wurde schwer beschädigt. Die Fähren fuhren nicht mehr.",
    "Die Hafenmauer im Norden wurde in der Nacht schwer beschädigt. Die Fähren fuhren nicht "
    "mehr nach Osten.",
)


def test_in_a_cluster_of_two_languages_each_sentence_is_judged_in_its_own() -> None:
    # Before: the selectors read every sentence with the first article's word lists
    # (English), so the German "Außerdem ..." was no dangling opener and won.
    from summarize.documents import Document
    from summarize.features import featurize
    from summarize.scorers import Coverage
    from summarize.segmentation import Candidates, segment
    from summarize.selectors import Budget

    names = ("english", "german", "german", "german")
    documents = tuple(Document(str(k), text) for k, text in enumerate(_MIXED))
    candidates = segment(documents, language=names).candidates()
    assert candidates.article_languages("english") == names
    features = featurize(candidates, language=names)
    scores = Coverage().score(candidates, features)
    budget = Budget(max_words=16)

    def chosen(c: Candidates) -> list[str]:
        return [candidates.texts[i] for i in Greedy().select(c, features, scores, budget)]

    assert chosen(candidates) == [
        "Die Hafenmauer im Norden wurde schwer beschädigt.",
        "Die Fähren fuhren nicht mehr.",
    ]
    # Read in English alone (no languages recorded), the opener goes unseen.
    unrecorded = dataclasses.replace(candidates, languages=())
    assert chosen(unrecorded)[0].startswith("Außerdem")
    # The exact selector reads each sentence in its language too.
    picked = ILP(min_words=1).select(candidates, features, scores, budget)
    assert not any(candidates.texts[i].startswith("Außerdem") for i in picked)


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # A pronoun after a short opening phrase and a comma points back ...
        ("On Monday, he told reporters that the talks had stalled.", "en", True),
        ("If convicted, they face life sentences.", "en", True),
        ("周一，她在社交媒体上宣布退出比赛。", "zh", True),
        # ... not a connective opening an aside, nor a long opening clause.
        ("Myanmar, also known as Burma, has been ruled by the military since 1962.", "en", False),
        ("When the storm finally hit the coast, it destroyed 300 homes.", "en", False),
        # A pronoun that opens a name or a title.
        ("He Jiankui said on Tuesday that he would open a laboratory.", "en", False),
        ("They Might Be Giants will headline the festival.", "en", False),
        ("His Holiness the Dalai Lama will mark his birthday in July.", "en", False),
        ("His decision surprised the committee.", "en", True),
        ("Ông Nguyễn Văn An cho biết dự án sẽ hoàn thành.", "vi", False),
        ("Ông cho biết dự án sẽ hoàn thành vào cuối năm.", "vi", True),
        # Comparatives pointing back; weather and extraposition do not.
        ("Another protester was arrested outside the embassy.", "en", True),
        ("The other two suspects were released without charge.", "en", True),
        ("It took firefighters nine hours to put out the fire.", "en", False),
        ("It has been raining in Valencia since Sunday night.", "en", False),
        # Comparatives pointing back, in other languages.
        ("Οι άλλοι δύο τραυματίες μεταφέρθηκαν στο νοσοκομείο.", "el", True),
        ("나머지 두 명은 병원으로 옮겨졌다.", "ko", True),
        ("Pozostali dwaj podejrzani zostali zwolnieni.", "pl", True),
        # A quotation tagged with no speaker, where a particle binds it to its verb.
        ("「責任を痛感している」と述べた。", "ja", True),
        ('"끝까지 책임을 지겠다"고 말했다.', "ko", True),
        ("「責任を痛感している」と山田太郎首相は記者団に述べた。", "ja", False),
        # A pronoun after a short phrase and a comma, where speech tags name pronouns.
        ("Την Τρίτη, αυτός συναντήθηκε με τον πρωθυπουργό.", "el", True),
        ("ביום שני, היא הודיעה על התפטרותה.", "he", True),
        # Demonstratives after their noun point back; a time of the writing does not.
        ("ההחלטה הזאת עוררה סערה בקרב ההורים.", "he", True),
        ("Quyết định này khiến nhiều phụ huynh bức xúc.", "vi", True),
        ("Tuần này, giá xăng tăng lần thứ ba liên tiếp.", "vi", False),
        ("השבוע הזה נפתחה שנת הלימודים בכל הארץ.", "he", False),
        # A Hebrew acronym's straight quote is no quotation mark.
        ('השנה עלו התאונות ב-12%, כך עולה מנתוני הרלב"ן.', "he", False),
        # Arabic: a verb of saying without its subject, connectives, demonstratives.
        ("وأضاف أن الحكومة ستواصل دعم المزارعين.", "ar", True),
        ("لكن المعارضة شككت في صحة هذه الأرقام.", "ar", True),
        ("هذا القرار سيؤثر على آلاف العمال.", "ar", True),
        ("وقال الوزير إن المحادثات ستستمر.", "ar", False),
        ("هذا العام ارتفعت الأسعار بشكل كبير.", "ar", False),
    ],
)
def test_openers_read_past_a_short_phrase_and_names_that_look_like_pronouns(
    text: str, language: str, dangles: bool
) -> None:
    assert is_dangling(text, language) is dangles


def test_a_short_text_without_final_punctuation_is_a_fragment() -> None:
    for text, language in [
        ("By Sarah Whitfield, Political Correspondent", "en"),
        ("Par notre envoyé spécial à Kiev", "fr"),
        ("Foto: Marcelo Camargo/Agência Brasil", "pt"),
        ("新华社北京3月5日电", "zh"),
    ]:
        assert is_fragment(text, language), text
    # A sentence whose full stop the article forgot, long enough to be one, is none.
    assert not is_fragment(
        "The ministers asked for a delay of two weeks to study the proposal in detail", "en"
    )
    # Thai writes no full stop: its sentences end at spaces.
    assert not is_fragment("รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม", "th")


def test_the_blind_reader_probe() -> None:
    # 1,064 sentences of news in 25 languages, labelled ok, dangling or fragment by helpers
    # who had not read the rules: a sentence is judged right when the rules find it
    # unusable alone (a fragment or dangling) exactly when its label says so. Session 22,
    # two rounds: 170 of the first 200 (nine languages) and 160 of the next 215 (fifteen
    # more) on the first run. Session 23, a third round of 240 (English 60, twelve other
    # languages 15 each, Arabic among them): 197 on the first run; from it Arabic openers,
    # a pronoun after a short opening phrase and a comma ("On Monday, he ..."), pronouns
    # that open a name ("He Jiankui", Vietnamese "Ông Nguyễn ..."), "Another", "The other",
    # and short texts without final punctuation (bylines, credits) as fragments; two of its
    # texts were already in round 2. A fourth round of 200 (English, Japanese, Turkish,
    # Hebrew, Vietnamese, Hindi, Greek, Korean, Russian, Polish, 20 each): 164 on the
    # session's starting rules, 173 with the third round's; from it comparatives ("οι
    # άλλοι", "나머지", "pozostali"), Japanese and Korean quotations tagged without a
    # speaker, Hebrew acronyms written with a straight quote (not a torn quotation),
    # pronouns of Russian, Ukrainian, Greek, Hebrew and Polish speech tags; one text was
    # already in round 2. What still fails: "It was the third time ..." in
    # French, Spanish, Portuguese and German ("C'était", "Fue", "Foi", "Es war": impersonal
    # as often as not), a pronoun after an opening phrase without a comma ("Am Dienstag
    # sagte sie", "В понедельник она"), subject-dropped verbs after a time word (Italian
    # "Lunedì ha incontrato"), possessive suffixes (Turkish "Açıklamasında", "Kararı"),
    # comparatives after their noun (Hebrew "החשודים האחרים", Vietnamese "còn lại"). The
    # demonstratives after their noun (Hebrew "ההחלטה הזאת", Vietnamese "Quyết định này")
    # and the Japanese and Korean tags without a speaker are read now. Session 24, a
    # fifth round of 120 (English 60, French 30, Portuguese 30; five texts were already in
    # the file): 101 on the first run, 116 now; from
    # it impersonal "It is expected ...", "So far ...", "Also known as ...", titles in title
    # case ("This Is England", "It Ends With Us"), "According to him", "Others", "The two
    # ...", "Les deux ...", "Os dois ...", a pronoun after a longer opening phrase
    # ("Speaking to reporters outside the courthouse, he ..."; French and Portuguese
    # pronouns; not after a longer subordinate clause, "Because the water cools the
    # panels, they ..."), a list's item without final punctuation as a fragment, and "However
    # much ..." apart from "However, much ...". Still read wrong: "Still photographs ...",
    # "It has been 30 years since ...", a caption without a verb, the magazine "Elle, ...".
    # A sixth round of 100 (Spanish, German, Italian, Dutch, Russian, 20 each; three texts
    # were already in the file): 82 on the first run, 92 now; from it "Los dos", "Beide",
    # "Entrambi", "De twee", "Оба" and German "Damit" dangle, so do Italian "Ha poi ..."
    # and Spanish "Según explicó ...", a pronoun after an opening phrase and a comma in
    # Spanish and Italian too, and a place in capitals before a dash and an agency is a
    # dateline ("МОСКВА, 15 мая — РИА Новости."). Still wrong: subject-dropped verbs
    # ("Reconoció ...", "Era arrivato ..."), a pronoun after an opening phrase without a
    # comma, titles in quotation marks opening with a pronoun ("«Они и мы» — ...").
    # Session 25, a seventh round of 100 (English 40, French, Portuguese, Spanish and
    # German 15 each) on particles closing a sentence, the first and second person outside
    # a quotation and short sentences that need their event: 51 with the code before the
    # session, 63 with the rules it made from DUC 2002 and 2003 summaries before the round
    # was written ("as well.", "otherwise.", "You have inspected ...", "Seconds later,
    # ..."), 70 now ("nous", "vous", "nós", "você", "wir", "usted" outside a quotation,
    # Portuguese "ao contrário", "otherwise healthy"). Still wrong: "also" and its kin
    # inside a sentence (left out on purpose: see the Evaluation page), short sentences
    # that need their event ("No injuries were reported."), verbless ones ("Two goals in
    # four minutes."), Spanish verbs in the second person without a pronoun.
    # Session 26, an eighth round of 100 (the same languages and counts, near misses on
    # both sides): 85 on its first run, 91 now (a tag whose pronoun follows its verb may
    # go on with words of time or place, "..., sagte er nach dem Abpfiff.", "..., a-t-elle
    # lancé à la sortie du tribunal."; "Dans le même temps", "Desde então", "Seitdem"
    # dangle; "Yet another ..." and "Auch in diesem Jahr ..." stand alone). Still wrong:
    # "also" inside a sentence, ordinals pointing back ("The second explosion ..."),
    # sentences that need their event, verbless ones. A ninth round of 80 (English 40,
    # French, Portuguese, Spanish and German 10 each) on words that point back from inside
    # a sentence: 41 on its first run, 49 now (a plural demonstrative before its noun,
    # Language.inner_demonstratives: "Gorbachev ignored these warnings.", "ces mesures";
    # "this one" closing a sentence). Still wrong: "the same ...", "again", "the plan",
    # "the latter", singular demonstratives, "such". A tenth round of 100 (English 40,
    # French, Portuguese, Spanish and German 15 each), written as articles run, with no
    # aim: 81 on its first run, 83 now ("Zuvor", "Na altura", "At the time," dangle; not
    # "At the time of writing", "Na época de chuvas"). Still wrong: a definite noun
    # without its name ("The decision drew criticism.", "Die Ursache ist noch unklar.").
    # An eleventh round of 120 in twelve languages beyond the five (Italian, Dutch,
    # Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Russian, Greek,
    # Vietnamese) and English: 103 on its first run, 111 now (Danish "De blev ...",
    # Norwegian "I tillegg", Finnish "Hänet", Czech "Policie ho zadržela.", Vietnamese
    # "Vụ việc" dangle; "Kun pääministeri ... saapui, hän ..." and Polish "Gdy premier
    # ... przyjechał, zapowiedział, że ..." do not). Still wrong: "also" inside, definite
    # nouns ("Beslutet", "brannen"), a subject dropped after a verb-first clause. A
    # twelfth round of 100 on pronouns among a sentence's first words (English 25, German
    # 15, Dutch and Russian 12, Swedish, Danish and Norwegian 8, Polish and Czech 6), half
    # of them standing for a noun of the same sentence, written after the rule for them
    # (Language.early_pronouns): 88 on its first run (71 before the rule), 92 now ("On
    # Monday he told reporters ...", Language.fronted_pronouns; Norwegian "Da hun ble
    # ...", Czech "Přestože ho ...", subordinators). Still wrong: a speaker named after a
    # quotation or a clause that opens with his pronoun ("Seine Rückkehr ... feierte Mats
    # Hummels"); with the pronouns that follow a preposition (Polish and Czech "Wielu z
    # nich", many of them), 94; with a named speaker's reported speech after a comma ("Die
    # Polizei teilte mit, sie habe ..."), 95. A thirteenth round (session 28) of 150 in the
    # languages with the fewest (Arabic 12; Slovak, Ukrainian, Finnish 10; Czech, Danish,
    # Norwegian, Swedish, Hindi, Korean, Chinese, Hebrew, Greek 8; Polish, Turkish 6;
    # English 24), 5 of them already in the file: 125 on its first run, 137 now ("the same
    # day" in Danish, Swedish, Arabic and Chinese, "the latter", Greek "Η απόφαση αυτή",
    # Hebrew "גם", Korean "앞서", bylines with a full stop). Still wrong: a pronoun after a
    # time word without a comma (Finnish "Maanantaina se", Hebrew "אמש היא"), "also" with
    # a definite noun, a sentence cut in the middle. A fourteenth round (session 29) of 141
    # in ten languages (Russian, Polish, Turkish, Finnish, Spanish, Italian, German,
    # Japanese, Portuguese, English; 9 of the 150 written were already in the file): 115 on
    # its first run, 137 now (nouns that point back, "The decision drew criticism.",
    # Russian "Решение вызвало ...", "A similar plan ...", "O seu advogado", Turkish
    # "Avukatı, ..."; captions, "Na zdjęciu: ..."). Still wrong: a subject left out
    # (Turkish "Açıklamasında ... söyledi.", Japanese "辞任する考えはないと述べた。"). A
    # fifteenth (session 29) of 144 in fifteen other languages (French, Dutch, Swedish,
    # Danish, Norwegian, Czech, Slovak, Ukrainian, Greek, Hebrew, Arabic, Hindi, Chinese,
    # Korean, Vietnamese; 6 of the 150 written already in the file): 106 on the rules of
    # the session's start, 115 on its first run (with the nouns above, written before it
    # was seen), 134 now (those nouns in Greek, Hebrew, Hindi and Korean, Scandinavian
    # "aftalen", "tilsvarende", "det skjedde", Czech and Slovak "verdikt" and "the same
    # day"; a government's decision is standalone: "Rozhodnutí vlády zdražit ...").
    path = Path(__file__).parent / "data" / "reader_blind.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2094
    right: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        text, language = row["text"], row["language"]
        unusable = is_fragment(text, language) or is_dangling(text, language)
        right[language].append(unusable == (row["label"] != "ok"))
    assert len(right) == 25
    assert sum(map(sum, right.values())) >= 1933
    assert all(sum(marks) / len(marks) >= 0.75 for marks in right.values()), right


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # Impersonal "it", and phrases that point back to nothing.
        ("It is expected that the bank will hold rates steady next week.", "en", False),
        ("Yet another storm is forecast to hit the coast this weekend.", "en", False),
        ("Yet the storm moved on.", "en", True),
        ("Auch in diesem Jahr kamen mehr als 200.000 Besucher.", "de", False),
        ("Auch die Opposition stimmte zu.", "de", True),
        # A tag whose pronoun follows its verb, then words of time or place.
        ("„Das war ein schwarzer Tag“, sagte er nach dem Abpfiff.", "de", True),
        ("„Das war ein schwarzer Tag“, sagte der Trainer nach dem Abpfiff.", "de", False),
        ("Het was een zwarte dag, zei hij maandag in Amsterdam.", "nl", True),
        ("« C'est une victoire », a-t-elle lancé à la sortie du tribunal.", "fr", True),
        ('"A situação é grave", disse ele aos jornalistas.', "pt", True),
        ('"A situação é grave", disse o ministro aos jornalistas.', "pt", False),
        ("The senator, a Democrat, said he would resign.", "en", False),
        # A demonstrative after "all" points back as it does alone.
        ("Tous ces hommes sont des citoyens britanniques.", "fr", True),
        ("All these men are British citizens.", "en", True),
        ("All those who voted were counted.", "en", False),
        ("All the passengers were rescued.", "en", False),
        ("Todos esses homens são britânicos.", "pt", True),
        ("Todos estos hombres son británicos.", "es", True),
        ("All diese Männer sind Briten.", "de", True),
        # A plural demonstrative before its noun, inside the sentence.
        ("Gorbachev ignored these warnings.", "en", True),
        ("The finance minister defended those cuts on Tuesday.", "en", True),
        ("Prices have risen sharply these days.", "en", False),
        ("The results are similar to those of a 2019 study.", "en", False),
        ("Half of those receiving the drug improved.", "en", False),
        ("The charity runs 40 shelters; these include centres in Glasgow.", "en", False),
        ("Fans of disaster movies will love this one.", "en", True),
        ("Les syndicats ont critiqué ces mesures mardi.", "fr", True),
        (
            "La conférence qui s'est déroulée ces deux dernières semaines s'est achevée.",
            "fr",
            False,
        ),
        ("O presidente defendeu essas medidas em entrevista.", "pt", True),
        ("El ministro defendió esas medidas ante el Congreso.", "es", True),
        ("Die Gewerkschaft lehnte diese Maßnahmen am Dienstag ab.", "de", True),
        ("Die Preise sind diese Woche gestiegen.", "de", False),
        # A time told before ("at the time"), not one named after it ("of writing").
        ("At the time, the company had 200 staff.", "en", True),
        ("At the time of writing, no arrests had been made.", "en", False),
        ("Zuvor hatte das Gericht einen Eilantrag abgelehnt.", "de", True),
        ("Na altura, o ministro garantiu que o problema estaria resolvido.", "pt", True),
        ("Na época de chuvas, o rio transborda.", "pt", False),
        ("À l'époque, le ministre avait promis une réforme.", "fr", True),
        ("À l'époque de Napoléon, la ville comptait 5 000 habitants.", "fr", False),
        # The same day, the next day: a day told before.
        ("The same evening, the minister listened to reports.", "en", True),
        ("The same rules apply to everyone.", "en", False),
        ("Le lendemain, la police a arrêté deux hommes.", "fr", True),
        ("No mesmo dia, a polícia prendeu dois homens.", "pt", True),
        ("Al día siguiente, la policía detuvo a dos hombres.", "es", True),
        ("Am selben Tag nahm die Polizei zwei Männer fest.", "de", True),
        # Since then, at the same time.
        ("Seitdem schweigt das Ministerium.", "de", True),
        ("Dans le même temps, le groupe a fermé son usine.", "fr", True),
        ("Desde então, o ministério não comentou o caso.", "pt", True),
        ("Desde entonces, el ministerio no ha comentado el caso.", "es", True),
        ("Desde 2019, el ministerio publica los datos.", "es", False),
        ("So far this year, more than 1,200 migrants have died at sea.", "en", False),
        ("Also known as the Spanish flu, the 1918 pandemic killed millions.", "en", False),
        # A title in title case opening the sentence is a name, not a pronoun.
        ("This Is England director Shane Meadows returns to television.", "en", False),
        ("It Ends With Us topped the box office this weekend.", "en", False),
        ("This Republican proposal failed in the Senate on Tuesday.", "en", True),
        # Pointing back: "according to him", "others", "the two".
        ("According to him, the fire started in a storage room.", "en", True),
        ("Others, including the Green Party, have called for an inquiry.", "en", True),
        ("The two men were arrested at a motel outside Phoenix.", "en", True),
        ("Les deux hommes ont été interpellés mardi à Lyon.", "fr", True),
        ("Os dois foram presos em flagrante na zona norte do Rio.", "pt", True),
        # A pronoun after a longer opening phrase and a comma.
        ("Speaking to reporters outside the courthouse, he called it a travesty.", "en", True),
        ("Interrogé par l'AFP, il a démenti toute irrégularité.", "fr", True),
        ("Em entrevista à GloboNews nesta terça-feira, ele afirmou que não vai.", "pt", True),
        ("The company, which employs 300 people, said it would close.", "en", False),
        ("The son of an Oklahoma real-estate broker, he opened the first store.", "en", True),
        # A longer subordinate clause may hold the pronoun's noun.
        ("Because the water cools the panels, they produce more power.", "en", False),
        ("Lorsqu'elle est arrivée à Paris en mai, elle a démissionné.", "fr", False),
        # "Both" and "the two" in more languages; Spanish and Italian pronouns.
        ("Los dos jugadores fueron sancionados con tres partidos.", "es", True),
        ("Beide Männer wurden noch am Tatort festgenommen.", "de", True),
        ("Entrambi sono stati trasferiti nel carcere di Rebibbia.", "it", True),
        ("De twee mannen hadden elkaar via een app leren kennen.", "nl", True),
        ("Оба задержанных признали свою вину.", "ru", True),
        ("El martes, ella declaró ante la comisión del Senado.", "es", True),
        ("Lunedì, lei si è presentata in procura con i suoi avvocati.", "it", True),
        ("Damit reagierte das Ministerium auf die Kritik der Opposition.", "de", True),
        # A phrase of several words does not run over a comma after its first word.
        ("However much central banks raise rates, costs will rise.", "en", False),
        ("However, much of the city was flooded.", "en", True),
    ],
)
def test_the_fifth_blind_round_s_rules(text: str, language: str, dangles: bool) -> None:
    assert is_dangling(text, language) is dangles


def test_a_list_item_without_final_punctuation_is_a_fragment() -> None:
    assert is_fragment("– Suppression de la taxe d'habitation pour tous les ménages", "fr")
    assert is_fragment("• Free parking for residents of the city center on weekends", "en")
    assert not is_fragment("- A prefeitura anunciou novas regras para o transporte público.", "pt")


def test_a_place_in_capitals_before_a_dash_and_an_agency_is_a_dateline() -> None:
    assert is_fragment("МОСКВА, 15 мая — РИА Новости.", "ru")
    assert is_fragment("ROMA, 3 ott - ANSA", "it")
    assert not is_fragment("NASA, the space agency, said the launch — its first — went well.")


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # Particles closing a sentence that point back to what another said.
        ("Some religious leaders are troubled as well.", "en", True),
        ("The court found otherwise.", "en", True),
        ("Police did not comment either.", "en", True),
        ("Twenty-five percent of children are considered obese also.", "en", True),
        ("Prices are too high for most families.", "en", False),
        ("Either the strike ends or the mine closes.", "en", False),
        ("Le ministre a démissionné lui aussi.", "fr", True),
        ("O ministro da Saúde também.", "pt", True),
        ("La oposición tampoco.", "es", True),
        ("Das Ministerium bestätigte das ebenfalls.", "de", True),
        # The first and second person outside a quotation; inside one, its speaker's.
        ("You have inspected some flood-stricken areas this morning.", "en", True),
        ("We have seen this before.", "en", True),
        ('"We will rebuild every home," the mayor said.', "en", False),
        ('"You cannot win this war," Putin told Biden.', "en", False),
        ("Young voters turned out in large numbers.", "en", False),
        # A span of time that dates the sentence from a moment told before.
        ("Seconds later, an explosion shook the area.", "en", True),
        ("Two hours later the fire was out.", "en", True),
        ("The next day, police arrested two men.", "en", True),
        ("Shortly afterwards, the plane crashed.", "en", True),
        ("All four defendants have pleaded innocent.", "en", True),
        ("The next election is due in May.", "en", False),
        ("Two days of talks ended on Friday.", "en", False),
        # A pronoun speaker after a question or an exclamation, and "it".
        ('"Why now?" she asked.', "en", True),
        ('"Hands off Libya!" it declares.', "en", True),
        ('"We are ready," it said.', "en", True),
        ('"Is it over?" asked the mayor.', "en", False),
        # The round's own: the first and second person in more languages, an idiom.
        ("Nous avons déjà vu cela en 2003.", "fr", True),
        ("Você ainda pode se inscrever até sexta-feira.", "pt", True),
        ("Wir haben das schon einmal erlebt.", "de", True),
        ("«Nous allons reconstruire», a déclaré le maire.", "fr", False),
        ("A juíza, ao contrário, considerou a prova válida.", "pt", True),
        ("Otherwise healthy adults made up most of the admissions.", "en", False),
        # The first person singular too, not an initial.
        ("I think the plan will fail.", "en", True),
        ("I. M. Pei designed the pyramid.", "en", False),
        ('"I will not resign," the minister said.', "en", False),
        ("J'ai vu la catastrophe de mes propres yeux.", "fr", True),
        ("Eu não sabia de nada.", "pt", True),
    ],
)
def test_the_seventh_round_s_rules(text: str, language: str, dangles: bool) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('Peter Finch, "Network," 1976.', True),
        ("Hurricane Gilbert Heads Toward Jamaica.", True),
        ("THE SENATE VOTED TO ADJOURN ON FRIDAY AFTERNOON.", False),  # capitals alone
        ("Rice was named the game's most valuable player.", False),
    ],
)
def test_no_word_in_lower_case_is_a_fragment(text: str, fragment: bool) -> None:
    assert is_fragment(text) is fragment


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # "They" before an auxiliary in Danish, Swedish and Norwegian; not the article.
        ("De var på vej hjem fra arbejde.", "da", True),
        ("De fleste butikker holdt lukket.", "da", False),
        ("De ble funnet i en leilighet i Bergen.", "no", True),
        ("De har inte hörts av sedan i fredags.", "sv", True),
        # Norwegian "in addition", not "in addition to Oslo".
        ("I tillegg skal kommunen ansette flere lærere.", "no", True),
        ("I tillegg til Oslo får Bergen nye midler.", "no", False),
        # The cases of Finnish "he" and "they".
        ("Heidät vapautettiin tiistaina.", "fi", True),
        # A pronoun after a clause that names its noun, opened by a subordinator.
        (
            "Kun ministeri Anna Virtanen saapui Helsinkiin, hän kertoi toimittajille uudesta suunnitelmasta.",
            "fi",
            False,
        ),
        ("Когда министр прибыл в Минск, он заявил о новых санкциях.", "ru", False),
        ("В понедельник, как и ожидалось, он заявил о санкциях.", "ru", True),
        # Unstressed pronouns second in Slavic sentences.
        ("Soud ho v pátek osvobodil.", "cs", True),
        ("Policja go zatrzymała w Krakowie.", "pl", True),
        ("Polska policja zatrzymała w piątek dwóch mężczyzn.", "pl", False),
        # A verb alone before what was said is the sentence's own, not a tag.
        (
            "Gdy minister Anna Nowak wróciła z Brukseli, zapowiedziała, że rząd przyjmie projekt.",
            "pl",
            False,
        ),
        ("Wyniki są dobre, powiedział.", "pl", True),
        # Vietnamese "the incident" told before.
        ("Sự việc đã được báo cáo lên cấp trên.", "vi", True),
    ],
)
def test_the_eleventh_round_s_rules(text: str, language: str, dangles: bool) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # A pronoun among the first words, before any punctuation: no noun before it is its.
        ("Police arrested him on Monday in Leeds.", "en", True),
        ("Many of them fled to the hills.", "en", True),
        ("Am Montag sagte er vor dem Ausschuss aus.", "de", True),
        ("Die Polizei nahm ihn am Flughafen fest.", "de", True),
        ("Op dinsdag vertelde hij het aan de rechter.", "nl", True),
        ("I går sade han att förhandlingarna misslyckats.", "sv", True),
        ("В понедельник она заявила об отставке.", "ru", True),
        ("सोमवार को वह दिल्ली पहुंचे।", "hi", True),
        # After a clause word it may be a noun's before it; opening a clause, one's after it.
        ("Rutte zei dat hij zou aftreden.", "nl", False),
        ("Als er 2021 ins Amt kam, versprach Olaf Scholz neue Wohnungen.", "de", False),
        ("When the president called him, the senator agreed to serve.", "en", False),
        ("Declaring him a martyr, the pope honored the cardinal.", "en", False),
        # Read as written: a capitalised pronoun is a name ("Han Kang").
        ("Författaren Han Kang tilldelades Nobelpriset.", "sv", False),
        ("The police said the suspect had been arrested in Leeds.", "en", False),
    ],
)
def test_a_pronoun_among_the_first_words_points_back(
    text: str, language: str, dangles: bool
) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # A span of time told from a moment another sentence told, as English "Two days
        # later, ..."; before the event it counts from, it stands alone.
        ("Sete minutos depois, Brasil respondeu.", "pt", True),
        ("Um minuto depois Ronaldinho fez linda jogada.", "pt", True),
        ("Dois dias depois da eleição, o presidente renunciou.", "pt", False),
        ("Dos días después, la policía detuvo al sospechoso.", "es", True),
        ("Dos días después de las elecciones, el presidente dimitió.", "es", False),
        ("Quelques minutes plus tard, la police est arrivée.", "fr", True),
        ("Zwei Tage später wurde der Verdächtige festgenommen.", "de", True),
    ],
)
def test_a_span_of_time_told_before_dangles_in_more_languages(
    text: str, language: str, dangles: bool
) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # A subject pronoun after an opening phrase that names no one.
        ("On Monday he told reporters that the talks had stalled.", "en", True),
        ("In 1994 he made his first visit to Croatia.", "en", True),
        ("After Obama spoke he left the hall.", "en", False),  # may be Obama
        ("In the end the court ruled against them.", "en", False),  # not among the first
        # A subordinator opening the sentence: the pronoun may stand for a noun after it.
        (
            "Da hun ble statsminister i 2013, var Erna Solberg den andre kvinnen i vervet.",
            "no",
            False,
        ),
        ("Přestože ho trápilo zranění, odehrál Tomáš Souček celý zápas.", "cs", False),
        # The forms a pronoun takes after a preposition: "many of them", "for her".
        ("Wielu z nich czekało na granicy ponad dobę.", "pl", True),
        ("Dla niej to był trudny rok.", "pl", True),
    ],
)
def test_a_subject_pronoun_after_a_phrase_that_names_no_one_dangles(
    text: str, language: str, dangles: bool
) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "dangles"),
    [
        # Arabic speech tags: a verb alone after the Arabic comma names no one.
        ("«الوضع خطير جدا»، قال.", True),
        ("«الوضع خطير جدا»، قال وزير الصحة.", False),
        ("قال الرئيس إن الحكومة ستخفض الضرائب.", False),  # the verb first, then its subject
        ("وقال إن الحكومة ستخفض الضرائب.", True),  # and he said that ...
    ],
)
def test_arabic_speech_tags(text: str, dangles: bool) -> None:
    assert is_dangling(text, "ar") is dangles


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # Reported speech after a comma: its pronoun is the named speaker before it.
        ("Der Minister sagte, er werde zurücktreten.", "de", False),
        ("Merkel erklärte, sie sei enttäuscht.", "de", False),
        ("Die Polizei teilte mit, sie habe drei Verdächtige festgenommen.", "de", False),
        ("Министр заявил, он уйдет в отставку.", "ru", False),
        # A speaker who is a pronoun himself, or a phrase of time: still dangling.
        ("Gegenüber der Zeitung sagte sie, sie fühle sich verraten.", "de", True),
        ("Am Montag, sagte er, werde er zurücktreten.", "de", True),
    ],
)
def test_a_pronoun_after_a_named_speaker_s_verb_is_the_speaker(
    text: str, language: str, dangles: bool
) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # "The same day", "the same source", "the latter", "similarly": all point back.
        ("Samme dag meddelte ministeriet, at sagen var lukket.", "da", True),
        ("Samma dag greps ytterligare två personer.", "sv", True),
        ("وبحسب المصدر ذاته، فإن المفاوضات ستستأنف الأسبوع المقبل.", "ar", True),
        ("وفي وقت لاحق من اليوم نفسه، أكدت الوزارة أنها ستفتح تحقيقا.", "ar", True),
        ("同日，另一名嫌疑人在广州落网。", "zh", True),
        ("The latter has denied any wrongdoing.", "en", True),
        ("The former president has denied any wrongdoing.", "en", False),
        ("Podobne postupovala aj nemocnica v Nitre.", "sk", True),
        # "They" before a verb of saying, in the languages whose "de" is also an article.
        ("De uppger att branden startade i ett kök.", "sv", True),
        ("De tre männen uppger att de är oskyldiga.", "sv", False),
        # Ukrainian "утім" is "втім" after a vowel; Korean "앞서" (before that), "해당" (the
        # ... in question); Hebrew "גם" (also), not "גם אם" (even if).
        ("Утім, у відомстві ці дані поки не підтвердили.", "uk", True),
        ("앞서 경찰은 해당 남성을 긴급 체포했다.", "ko", True),
        ("גם בחיפה נרשמו הפסקות חשמל ממושכות.", "he", True),
        ("גם אם הממשלה תיפול, הבחירות יתקיימו במועדן.", "he", False),
        # Greek demonstratives after their noun, but not a time of the writing.
        ("Η απόφαση αυτή προκάλεσε αντιδράσεις από την αντιπολίτευση.", "el", True),
        ("Την εβδομάδα αυτή η κυβέρνηση θα παρουσιάσει τον προϋπολογισμό.", "el", False),
    ],
)
def test_the_thirteenth_round_s_rules(text: str, language: str, dangles: bool) -> None:
    assert is_dangling(text, language) is dangles


@pytest.mark.parametrize(
    ("text", "language", "fragment"),
    [
        ("By Jane Smith, political editor.", "en", True),
        ("By Jane Smith and Tom Brown.", "en", True),
        ("Af Mette Hansen, politisk redaktør.", "da", True),
        ("Par Jean Dupont, envoyé spécial à Kiev.", "fr", True),
        ("Door Jan de Vries, correspondent in Brussel.", "nl", True),
        # A phrase of time or a subject, not a writer's name.
        ("By Monday, the ministry had received 300 complaints.", "en", False),
        ("By Election Day the campaign had spent $2 billion on advertising.", "en", False),
        ("Von Seiten der Regierung kam bis zum Abend keine Antwort.", "de", False),
        ("Door De Nederlandsche Bank werd de rente verhoogd.", "nl", False),
    ],
)
def test_a_byline_with_a_full_stop_is_a_fragment(text: str, language: str, fragment: bool) -> None:
    assert is_fragment(text, language) is fragment


@pytest.mark.parametrize(
    ("text", "language", "dangles"),
    [
        # A noun that points back to what an earlier sentence told, and one that says it.
        ("The decision drew criticism from unions.", "en", True),
        ("The decision to close the plant drew criticism from unions.", "en", False),
        ("The verdict is expected in March.", "en", True),
        ("A similar plan failed in Scotland in 2019.", "en", True),
        ("Similar to last year, prices rose in the spring.", "en", False),
        ("Решение вызвало резкую критику правозащитников.", "ru", True),
        ("Решение о закрытии завода вызвало критику.", "ru", False),
        ("La decisión fue criticada por los sindicatos.", "es", True),
        ("La decisión del Gobierno fue criticada por los sindicatos.", "es", False),
        ("Die Entscheidung stieß auf Kritik.", "de", True),
        ("Die Entscheidung des Gerichts stieß auf Kritik.", "de", False),
        ("Decyzja spotkała się z krytyką opozycji.", "pl", True),
        ("Karar, muhalefet tarafından eleştirildi.", "tr", True),
        ("Päätös herätti laajaa arvostelua.", "fi", True),
        ("O seu advogado afirmou que vai recorrer.", "pt", True),
        ("Avukatı, karara itiraz edeceklerini belirtti.", "tr", True),
        ("Bakanlık sözcüsü Ayşe Kaya açıklama yaptı.", "tr", False),
    ],
)
def test_nouns_that_point_back(text: str, language: str, dangles: bool) -> None:
    assert is_dangling(text, language) is dangles
