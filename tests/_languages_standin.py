"""A stand-in for ``summarize.languages`` while that module is being built (issue 12).

Only what the segmenter reads: sentence enders, abbreviations, whether a number
takes an ordinal period, whether the script has spaces between words, and a few
stopwords (the usual first words of a sentence). Used by the segmentation tests
and benchmark only when ``summarize.languages`` cannot be imported.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    sentence_enders: str
    abbreviations: frozenset[str]
    ordinal_period: bool
    script_unspaced: bool
    stopwords: frozenset[str]


_LATIN = ".!?\u2026"


def _make(
    code: str,
    name: str,
    abbreviations: str,
    stopwords: str,
    *,
    enders: str = _LATIN,
    ordinal: bool = False,
    unspaced: bool = False,
) -> Language:
    return Language(
        code,
        name,
        enders,
        frozenset(abbreviations.split()),
        ordinal,
        unspaced,
        frozenset(stopwords.split()),
    )


_ALL = [
    _make(
        "en",
        "english",
        "mr mrs ms dr prof sr jr st gen lt col maj capt cmdr cmndr adm sgt gov sen rep pres rev "
        "inc ltd co corp bros dept no nos vol pp p fig approx ca cf vs etc al "
        "jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m e.g i.e u.s u.k u.n "
        "calif fla mass tex wash",
        "the a an he she it they we i you this that these those there then but and so his her "
        "its their in on at after before when while if as however meanwhile what who why how "
        "is was are were our my no yes one some many",
    ),
    _make(
        "de",
        "german",
        "dr prof hr fr str nr bzw ca usw z.b d.h u.a v.a s evtl ggf inkl jan feb aug sept okt "
        "nov dez abs art bsp",
        "der die das ein eine er sie es wir ich am im in auf nach dann aber und doch als wenn "
        "dies diese dieser man mit zum",
        ordinal=True,
    ),
    _make(
        "fr",
        "french",
        "m mm mme mlle dr pr me st ste etc av bd env p ex cf janv févr avr juil sept oct nov déc",
        "le la les un une il elle ils elles on nous je ce cette mais et puis en au dans alors "
        "selon pour",
    ),
    _make(
        "es",
        "spanish",
        "sr sra srta dr dra d dña ud uds lic ing etc p.ej pág núm av avda art",
        "el la los las un una él ella ellos nosotros yo este esta eso pero y en al del luego "
        "después según",
    ),
    _make(
        "it",
        "italian",
        "sig sigg dott dott.ssa prof avv ing arch ecc es p.es pag art on",
        "il lo la i gli le un una egli lui lei noi io questo questa ma e poi in al nel dopo "
        "secondo",
    ),
    _make(
        "pt",
        "portuguese",
        "sr sra srta dr dra prof eng etc p.ex pág art av exmo v.exa",
        "o a os as um uma ele ela eles elas nós eu este esta isso mas e em no na depois segundo",
    ),
    _make(
        "nl",
        "dutch",
        "dhr mevr mw dr prof ir ing mr drs bijv d.w.z o.a m.a.w blz nr ca enz jl",
        "de het een hij zij ze wij we ik dit dat deze maar en in op na toen volgens",
    ),
    _make(
        "sv",
        "swedish",
        "dr prof bl.a t.ex d.v.s osv ca m.fl f.d nr s jan feb aug sept okt nov dec",
        "den det de en ett han hon vi jag detta men och i på efter då enligt",
        ordinal=True,
    ),
    _make(
        "da",
        "danish",
        "dr prof hr fru bl.a f.eks dvs osv ca nr jan feb aug sept okt nov dec",
        "den det de en et han hun vi jeg dette men og i på efter da ifølge",
        ordinal=True,
    ),
    _make(
        "no",
        "norwegian",
        "dr prof hr fru bl.a f.eks dvs osv ca nr jan feb aug sept okt nov des",
        "den det de en et han hun vi jeg dette men og i på etter da ifølge",
        ordinal=True,
    ),
    _make(
        "fi",
        "finnish",
        "tri prof esim ns mm jne ks n klo os v",
        "hän he me minä se ne tämä mutta ja kun sitten myös",
        ordinal=True,
    ),
    _make(
        "pl",
        "polish",
        "m.in np tzn itd itp dr prof inż mgr ul al ok godz r tys mln gen płk św",
        "to ten ta on ona oni my ja w na po ale i a potem jednak według",
        ordinal=True,
    ),
    _make(
        "cs",
        "czech",
        "např tj tzv atd apod mj ing mudr judr doc prof dr č str ul resp",
        "to ten ta on ona oni my já v na po ale a pak podle",
        ordinal=True,
    ),
    _make(
        "sk",
        "slovak",
        "napr tj tzv atď resp ing mudr doc prof dr č str ul p",
        "to ten ta on ona oni my ja v na po ale a potom podľa",
        ordinal=True,
    ),
    _make(
        "ru",
        "russian",
        "т.е т.д т.п др пр г гг ул им проф акад млн млрд руб стр см тыс",
        "он она они мы я это этот эта в на по но и а после затем однако",
    ),
    _make(
        "uk",
        "ukrainian",
        "т.д т.п ін пр р рр вул ім проф акад млн млрд грн стр див тис",
        "він вона вони ми я це цей ця в на по але і а після потім однак",
    ),
    _make(
        "el",
        "greek",
        "κ π.χ δηλ κλπ δρ καθ χλμ",
        "ο η το οι τα ένας μια αυτός αυτή αυτό εμείς εγώ αλλά και στο στη μετά",
        enders=".!;\u037e\u2026",
    ),
    _make(
        "tr",
        "turkish",
        "dr prof doç av vb vs örn bkz sf no yy",
        "bu o bir biz ben ama ve ancak sonra daha",
        ordinal=True,
    ),
    _make("ar", "arabic", "د م ص ج", "في من على إلى هذا هذه", enders=".!?\u061f\u2026\u06d4"),
    _make("he", "hebrew", "", "הוא היא הם אנחנו זה זו אבל", enders=".!?\u2026"),
    _make("hi", "hindi", "डॉ श्री प्रो", "वह यह हम मैं लेकिन और", enders=".!?\u0964\u0965\u2026"),
    _make(
        "zh",
        "chinese",
        "",
        "",
        enders="\u3002\uff01\uff1f!?\u2026",
        unspaced=True,
    ),
    _make(
        "ja",
        "japanese",
        "",
        "",
        enders="\u3002\uff01\uff1f\uff61!?\u2026",
        unspaced=True,
    ),
    _make("ko", "korean", "", "", enders=".!?\u2026"),
    _make("th", "thai", "", "", enders="!?", unspaced=True),
    _make(
        "vi",
        "vietnamese",
        "tp ts ths gs pgs bs th.s",
        "tôi chúng anh chị ông bà nhưng và sau khi theo",
    ),
]

_BY_NAME = {key: language for language in _ALL for key in (language.code, language.name)}

CODES = tuple(language.code for language in _ALL)


def get(name: str) -> Language:
    return _BY_NAME[name.lower()]
