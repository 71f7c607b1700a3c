"""Short news articles in Chinese, Japanese, Korean, French, Spanish and German, written for
the tests of disagreements (no benchmark data): for each language, outlets that disagree on a
death toll and a sum, outlets that agree (one writing the number in words or full-width
digits), and outlets whose figures count different things (the dead, the injured)."""

from __future__ import annotations

CLUSTERS: dict[str, dict[str, list[str]]] = {
    "zh": {
        "disagree": [
            "四川省雅安市周二凌晨发生6.1级地震。据当地政府通报，地震已造成12人死亡，另有80多人受伤。"
            "救援人员正在倒塌的房屋中搜寻幸存者。",
            "雅安市周二凌晨发生强烈地震。新华社报道，地震已造成15人死亡，数十人受伤。"
            "地震造成的直接经济损失约3.5亿元。",
            "周二凌晨，四川雅安发生6.1级地震。官员表示，地震造成的直接经济损失达5亿元，"
            "救援人员正在倒塌的房屋中搜寻幸存者。",
        ],
        "agree": [
            "四川省雅安市周二凌晨发生6.1级地震。据当地政府通报，地震已造成12人死亡。"
            "救援人员正在倒塌的房屋中搜寻幸存者。",
            "雅安市周二凌晨发生强烈地震。新华社报道，地震已造成１２人死亡。"
            "救援人员正在搜寻幸存者。",
        ],
        "different": [
            "四川省雅安市周二凌晨发生6.1级地震。据当地政府通报，地震已造成12人死亡。"
            "救援人员正在倒塌的房屋中搜寻幸存者。",
            "雅安市周二凌晨发生强烈地震。新华社报道，地震已造成15人受伤。"
            "救援人员正在倒塌的房屋中搜寻幸存者。",
        ],
    },
    "ja": {
        "disagree": [
            "熊本県で11日未明に震度6強の地震があり、県によると12人が死亡した。"
            "気象庁は同程度の地震に注意するよう呼びかけている。",
            "11日未明に熊本県で発生した地震で、警察によると15人が死亡し、100人以上がけがをした。",
            "熊本県で発生した地震で15人が死亡した。政府は被害額が約1200億円に上るとみている。",
        ],
        "agree": [
            "熊本県で11日未明に震度6強の地震があり、県によると12人が死亡した。"
            "気象庁は同程度の地震に注意するよう呼びかけている。",
            "11日未明に熊本県で発生した地震で、警察によると12人が死亡した。",
        ],
        "different": [
            "熊本県で11日未明に震度6強の地震があり、県によると12人が死亡した。"
            "気象庁は同程度の地震に注意するよう呼びかけている。",
            "11日未明に熊本県で発生した地震で、警察によると15人が負傷した。",
        ],
    },
    "ko": {
        "disagree": [
            "경북 포항에서 규모 5.4의 지진이 발생해 12명이 숨지고 80여 명이 다쳤다고 소방당국이 밝혔다. "
            "구조대는 무너진 건물에서 생존자를 찾고 있다.",
            "포항 지진으로 15명이 숨졌다고 행정안전부가 밝혔다. 구조대는 무너진 건물을 수색하고 있다.",
            "포항에서 발생한 지진으로 15명이 숨진 것으로 집계됐다. 피해액은 약 500억 원으로 추정된다.",
        ],
        "agree": [
            "경북 포항에서 규모 5.4의 지진이 발생해 12명이 숨졌다고 소방당국이 밝혔다. "
            "구조대는 무너진 건물에서 생존자를 찾고 있다.",
            "포항 지진으로 12명이 숨졌다고 행정안전부가 밝혔다. 구조대는 무너진 건물을 수색하고 있다.",
        ],
        "different": [
            "경북 포항에서 규모 5.4의 지진이 발생해 12명이 숨졌다고 소방당국이 밝혔다. "
            "구조대는 무너진 건물에서 생존자를 찾고 있다.",
            "포항 지진으로 15명이 다쳤다고 행정안전부가 밝혔다. 구조대는 무너진 건물을 수색하고 있다.",
        ],
    },
    "fr": {
        "disagree": [
            "Un incendie a ravagé un immeuble de Marseille dans la nuit de samedi à dimanche. "
            "Selon les pompiers, l'incendie de l'immeuble de Marseille a fait 12 morts et une trentaine de blessés.",
            "L'incendie d'un immeuble à Marseille a fait 15 morts dans la nuit, selon la préfecture. "
            "Les dégâts sont estimés à 3,5 millions d'euros.",
            "Quinze personnes ont été tuées dans l'incendie d'un immeuble à Marseille. "
            "Les dégâts de l'incendie sont estimés à 6 millions d'euros par la mairie.",
        ],
        "agree": [
            "Un incendie a ravagé un immeuble de Marseille dans la nuit de samedi à dimanche. "
            "Selon les pompiers, l'incendie de l'immeuble a fait 12 morts.",
            "L'incendie d'un immeuble à Marseille a fait douze morts dans la nuit, selon la préfecture.",
        ],
        "different": [
            "Un incendie a ravagé un immeuble de Marseille dans la nuit de samedi à dimanche. "
            "Selon les pompiers, l'incendie de l'immeuble a fait 12 morts.",
            "L'incendie d'un immeuble à Marseille a fait 15 blessés dans la nuit, selon la préfecture.",
        ],
    },
    "es": {
        "disagree": [
            "Un terremoto de magnitud 7,1 sacudió el sur de México el martes. El terremoto dejó al "
            "menos 12 personas muertas en el sur de México, según Protección Civil.",
            "El terremoto dejó 9 muertos en el sur de México, informó la Cruz Roja. "
            "Los daños se estiman en 3,5 millones de dólares.",
            "Nueve personas murieron por el terremoto que sacudió el sur de México. Los daños del "
            "terremoto se estiman en 8 millones de dólares, según el gobierno.",
        ],
        "agree": [
            "Un terremoto de magnitud 7,1 sacudió el sur de México el martes. Según Protección Civil, "
            "el terremoto dejó 12 muertos.",
            "El terremoto de magnitud 7,1 que sacudió México el martes dejó doce muertos, informó la "
            "Cruz Roja.",
        ],
        "different": [
            "Un terremoto de magnitud 7,1 sacudió el sur de México el martes. Según Protección Civil, "
            "el terremoto dejó 12 muertos.",
            "El terremoto de magnitud 7,1 que sacudió México el martes dejó 15 heridos, informó la "
            "Cruz Roja.",
        ],
    },
    "de": {
        "disagree": [
            "Bei einem Brand in einem Hochhaus in Frankfurt sind nach Angaben der Feuerwehr "
            "12 Menschen ums Leben gekommen. Rund 1.200 Menschen mussten ihre Wohnungen verlassen.",
            "Bei dem Brand in dem Frankfurter Hochhaus gab es laut Polizei 15 Tote. Der Schaden des Brandes "
            "wird auf 3,5 Millionen Euro geschätzt.",
            "Der Brand in dem Frankfurter Hochhaus forderte fünfzehn Tote, teilte die Polizei mit. "
            "Der Schaden des Brandes wird auf rund 8 Millionen Euro geschätzt.",
        ],
        "agree": [
            "Bei einem Brand in einem Hochhaus in Frankfurt gab es nach Angaben der Feuerwehr "
            "12 Tote. Die Ursache ist noch unklar.",
            "Beim Hochhausbrand in Frankfurt gab es laut Polizei zwölf Tote.",
        ],
        "different": [
            "Bei einem Brand in einem Hochhaus in Frankfurt gab es nach Angaben der Feuerwehr "
            "12 Tote. Die Ursache ist noch unklar.",
            "Beim Hochhausbrand in Frankfurt gab es laut Polizei 15 Verletzte.",
        ],
    },
}
