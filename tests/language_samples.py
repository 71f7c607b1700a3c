"""Short news sentences written for this project, six per language.

They test :func:`summarize.languages.detect` (``tests/test_languages.py``) and
measure its accuracy::

    PYTHONPATH=$PWD python tests/language_samples.py
"""

from __future__ import annotations

SAMPLES: dict[str, tuple[str, ...]] = {
    "en": (
        "The minister said on Monday that the new bridge would open next spring.",
        "Police arrested two men after a fire destroyed a warehouse near the harbour.",
        "Prices rose faster than expected in March, the statistics office reported.",
        "The team lost its third game in a row and the coach was fired.",
        "Thousands of people marched through the capital to protest against the law.",
        "Scientists have found water ice under the surface of the planet.",
    ),
    "de": (
        "Der Minister kündigte am Montag an, dass die neue Brücke im Frühjahr eröffnet wird.",
        "Die Polizei nahm zwei Männer fest, nachdem ein Feuer eine Lagerhalle zerstört hatte.",
        "Die Preise stiegen im März stärker als erwartet, teilte das Statistikamt mit.",
        "Die Mannschaft verlor zum dritten Mal in Folge und der Trainer wurde entlassen.",
        "Tausende Menschen zogen durch die Hauptstadt, um gegen das Gesetz zu protestieren.",
        "Forscher haben unter der Oberfläche des Planeten gefrorenes Wasser entdeckt.",
    ),
    "fr": (
        "Le ministre a annoncé lundi que le nouveau pont ouvrira au printemps prochain.",
        "La police a arrêté deux hommes après l'incendie d'un entrepôt près du port.",
        "Les prix ont augmenté plus vite que prévu en mars, selon l'institut de statistique.",
        "L'équipe a perdu son troisième match consécutif et l'entraîneur a été limogé.",
        "Des milliers de personnes ont défilé dans la capitale contre cette loi.",
        "Des chercheurs ont découvert de la glace sous la surface de la planète.",
    ),
    "es": (
        "El ministro anunció el lunes que el nuevo puente abrirá la próxima primavera.",
        "La policía detuvo a dos hombres después de que un incendio destruyera un almacén.",
        "Los precios subieron más de lo esperado en marzo, según la oficina de estadística.",
        "El equipo perdió su tercer partido seguido y el entrenador fue destituido.",
        "Miles de personas marcharon por la capital para protestar contra la ley.",
        "Los científicos han encontrado hielo bajo la superficie del planeta.",
    ),
    "it": (
        "Il ministro ha annunciato lunedì che il nuovo ponte aprirà la prossima primavera.",
        "La polizia ha arrestato due uomini dopo che un incendio ha distrutto un magazzino.",
        "I prezzi sono saliti più del previsto a marzo, secondo l'istituto di statistica.",
        "La squadra ha perso la terza partita di fila e l'allenatore è stato esonerato.",
        "Migliaia di persone hanno sfilato nella capitale per protestare contro la legge.",
        "Gli scienziati hanno trovato del ghiaccio sotto la superficie del pianeta.",
    ),
    "pt": (
        "O ministro anunciou na segunda-feira que a nova ponte será aberta na primavera.",
        "A polícia prendeu dois homens depois que um incêndio destruiu um armazém no porto.",
        "Os preços subiram mais do que o esperado em março, segundo o instituto.",
        "O time perdeu o terceiro jogo seguido e o treinador foi demitido.",
        "Milhares de pessoas marcharam pela capital para protestar contra a lei.",
        "Os cientistas encontraram gelo sob a superfície do planeta.",
    ),
    "nl": (
        "De minister maakte maandag bekend dat de nieuwe brug volgend voorjaar opengaat.",
        "De politie heeft twee mannen aangehouden nadat een brand een loods had verwoest.",
        "De prijzen stegen in maart sneller dan verwacht, meldt het statistiekbureau.",
        "Het team verloor voor de derde keer op rij en de trainer werd ontslagen.",
        "Duizenden mensen liepen door de hoofdstad om te protesteren tegen de wet.",
        "Wetenschappers hebben ijs gevonden onder het oppervlak van de planeet.",
    ),
    "sv": (
        "Ministern meddelade på måndagen att den nya bron öppnar nästa vår.",
        "Polisen grep två män efter att en brand förstört ett lager vid hamnen.",
        "Priserna steg snabbare än väntat i mars, enligt statistikmyndigheten.",
        "Laget förlorade sin tredje match i rad och tränaren fick sparken.",
        "Tusentals människor demonstrerade i huvudstaden mot den nya lagen.",
        "Forskare har hittat is under planetens yta, skriver tidningen.",
    ),
    "da": (
        "Ministeren meddelte mandag, at den nye bro åbner til foråret.",
        "Politiet anholdt to mænd, efter at en brand havde ødelagt et lager ved havnen.",
        "Priserne steg mere end ventet i marts, oplyser Danmarks Statistik.",
        "Holdet tabte for tredje gang i træk, og træneren blev fyret.",
        "Tusinder af mennesker gik gennem hovedstaden for at protestere mod loven.",
        "Forskerne har fundet is under planetens overflade, siger de.",
    ),
    "no": (
        "Ministeren sa mandag at den nye brua åpner til våren.",
        "Politiet pågrep to menn etter at en brann hadde ødelagt et lager ved havna.",
        "Prisene steg mer enn ventet i mars, opplyser Statistisk sentralbyrå.",
        "Laget tapte for tredje gang på rad, og treneren ble sparket.",
        "Tusenvis av mennesker gikk gjennom hovedstaden for å protestere mot loven.",
        "Forskerne har funnet is under overflaten på planeten, sier de.",
    ),
    "fi": (
        "Ministeri kertoi maanantaina, että uusi silta avataan ensi keväänä.",
        "Poliisi pidätti kaksi miestä sen jälkeen, kun tulipalo tuhosi varaston.",
        "Hinnat nousivat maaliskuussa odotettua nopeammin, kertoo Tilastokeskus.",
        "Joukkue hävisi kolmannen kerran peräkkäin ja valmentaja sai potkut.",
        "Tuhannet ihmiset marssivat pääkaupungissa vastustaakseen lakia.",
        "Tutkijat ovat löytäneet jäätä planeetan pinnan alta.",
    ),
    "pl": (
        "Minister poinformował w poniedziałek, że nowy most zostanie otwarty wiosną.",
        "Policja zatrzymała dwóch mężczyzn po tym, jak pożar zniszczył magazyn w porcie.",
        "Ceny wzrosły w marcu szybciej, niż oczekiwano, podał urząd statystyczny.",
        "Drużyna przegrała trzeci mecz z rzędu, a trener został zwolniony.",
        "Tysiące ludzi przeszły przez stolicę, aby zaprotestować przeciwko ustawie.",
        "Naukowcy znaleźli lód pod powierzchnią planety.",
    ),
    "cs": (
        "Ministr v pondělí oznámil, že nový most bude otevřen na jaře.",
        "Policie zadržela dva muže poté, co požár zničil sklad u přístavu.",
        "Ceny v březnu vzrostly rychleji, než se čekalo, uvedl statistický úřad.",
        "Tým prohrál potřetí za sebou a trenér byl odvolán.",
        "Tisíce lidí prošly hlavním městem, aby protestovaly proti zákonu.",
        "Vědci našli pod povrchem planety led, který tam je už miliony let.",
    ),
    "sk": (
        "Minister v pondelok oznámil, že nový most bude otvorený na jar.",
        "Polícia zadržala dvoch mužov po tom, čo požiar zničil sklad pri prístave.",
        "Ceny v marci vzrástli rýchlejšie, ako sa čakalo, uviedol štatistický úrad.",
        "Tím prehral tretíkrát za sebou a tréner bol odvolaný.",
        "Tisíce ľudí prešli hlavným mestom, aby protestovali proti zákonu.",
        "Vedci našli pod povrchom planéty ľad, ktorý tam je už milióny rokov.",
    ),
    "ru": (
        "Министр заявил в понедельник, что новый мост откроется весной.",
        "Полиция задержала двух мужчин после того, как пожар уничтожил склад в порту.",
        "Цены в марте выросли быстрее, чем ожидалось, сообщила служба статистики.",
        "Команда проиграла третий матч подряд, и тренер был уволен.",
        "Тысячи человек прошли по столице, чтобы выразить протест против закона.",
        "Учёные обнаружили лёд под поверхностью планеты.",
    ),
    "uk": (
        "Міністр заявив у понеділок, що новий міст відкриють навесні.",
        "Поліція затримала двох чоловіків після того, як пожежа знищила склад у порту.",
        "Ціни в березні зросли швидше, ніж очікувалося, повідомила служба статистики.",
        "Команда програла третій матч поспіль, і тренера звільнили.",
        "Тисячі людей пройшли столицею, щоб висловити протест проти закону.",
        "Науковці знайшли лід під поверхнею планети.",
    ),
    "el": (
        "Ο υπουργός ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την άνοιξη.",
        "Η αστυνομία συνέλαβε δύο άνδρες μετά από φωτιά που κατέστρεψε μια αποθήκη.",
        "Οι τιμές αυξήθηκαν τον Μάρτιο περισσότερο από το αναμενόμενο.",
        "Η ομάδα έχασε τρίτο συνεχόμενο αγώνα και ο προπονητής απολύθηκε.",
        "Χιλιάδες άνθρωποι διαδήλωσαν στην πρωτεύουσα κατά του νόμου.",
        "Οι επιστήμονες βρήκαν πάγο κάτω από την επιφάνεια του πλανήτη.",
    ),
    "tr": (
        "Bakan pazartesi günü yeni köprünün ilkbaharda açılacağını açıkladı.",
        "Polis, bir yangının limandaki depoyu yok etmesinin ardından iki kişiyi gözaltına aldı.",
        "Fiyatlar mart ayında beklenenden hızlı yükseldi, istatistik kurumu bildirdi.",
        "Takım üst üste üçüncü maçını kaybetti ve teknik direktör görevden alındı.",
        "Binlerce kişi yasayı protesto etmek için başkentte yürüdü.",
        "Bilim insanları gezegenin yüzeyinin altında buz buldu.",
    ),
    "ar": (
        "أعلن الوزير يوم الاثنين أن الجسر الجديد سيفتتح في الربيع المقبل.",
        "اعتقلت الشرطة رجلين بعد أن دمر حريق مستودعا قرب الميناء.",
        "ارتفعت الأسعار في مارس أكثر من المتوقع بحسب مكتب الإحصاء.",
        "خسر الفريق مباراته الثالثة على التوالي وأقيل المدرب.",
        "تظاهر آلاف الأشخاص في العاصمة احتجاجا على القانون.",
        "عثر العلماء على جليد تحت سطح الكوكب.",
    ),
    "he": (
        "השר הודיע ביום שני כי הגשר החדש ייפתח באביב הבא.",
        "המשטרה עצרה שני גברים לאחר ששריפה הרסה מחסן ליד הנמל.",
        "המחירים עלו במרץ יותר מהצפוי, כך לפי הלשכה המרכזית לסטטיסטיקה.",
        "הקבוצה הפסידה במשחק השלישי ברציפות והמאמן פוטר.",
        "אלפי אנשים צעדו בבירה במחאה נגד החוק.",
        "מדענים מצאו קרח מתחת לפני השטח של כוכב הלכת.",
    ),
    "hi": (
        "मंत्री ने सोमवार को कहा कि नया पुल अगले वसंत में खुलेगा।",
        "बंदरगाह के पास एक गोदाम में आग लगने के बाद पुलिस ने दो लोगों को गिरफ्तार किया।",
        "सांख्यिकी कार्यालय के अनुसार मार्च में कीमतें उम्मीद से तेज़ी से बढ़ीं।",
        "टीम लगातार तीसरा मैच हार गई और कोच को हटा दिया गया।",
        "हज़ारों लोगों ने कानून के विरोध में राजधानी में मार्च किया।",
        "वैज्ञानिकों ने ग्रह की सतह के नीचे बर्फ़ पाई है।",
    ),
    "zh": (
        "部长周一表示，新大桥将于明年春天通车。",
        "一场大火烧毁了港口附近的仓库，警方随后逮捕了两名男子。",
        "统计局称，三月份物价涨幅超出预期。",
        "球队连续第三场比赛失利，主教练被解雇。",
        "数千人在首都游行，抗议这项法律。",
        "科学家在这颗行星的表面下发现了冰。",
    ),
    "ja": (
        "大臣は月曜日、新しい橋が来年の春に開通すると発表した。",
        "港の近くの倉庫が火事で焼け、警察は男二人を逮捕した。",
        "統計局によると、三月の物価は予想を上回って上昇した。",
        "チームは三試合連続で敗れ、監督が解任された。",
        "数千人が首都でデモ行進し、法律に抗議した。",
        "科学者たちは惑星の地表の下で氷を発見した。",
    ),
    "ko": (
        "장관은 월요일 새 다리가 내년 봄에 개통된다고 밝혔다.",
        "항구 근처 창고가 화재로 불에 탄 뒤 경찰은 남성 두 명을 체포했다.",
        "통계청에 따르면 3월 물가가 예상보다 빠르게 올랐다.",
        "팀은 세 경기 연속 패했고 감독은 경질됐다.",
        "수천 명이 법에 항의하며 수도에서 행진했다.",
        "과학자들은 행성 표면 아래에서 얼음을 발견했다.",
    ),
    "th": (
        "รัฐมนตรีกล่าวเมื่อวันจันทร์ว่าสะพานแห่งใหม่จะเปิดใช้ในฤดูใบไม้ผลิหน้า",
        "ตำรวจจับกุมชายสองคนหลังเกิดไฟไหม้โกดังใกล้ท่าเรือ",
        "สำนักงานสถิติระบุว่าราคาสินค้าในเดือนมีนาคมสูงขึ้นเกินคาด",
        "ทีมแพ้เป็นนัดที่สามติดต่อกันและโค้ชถูกปลดออก",
        "ประชาชนหลายพันคนเดินขบวนในเมืองหลวงเพื่อประท้วงกฎหมาย",
        "นักวิทยาศาสตร์พบน้ำแข็งใต้พื้นผิวของดาวเคราะห์",
    ),
    "vi": (
        "Bộ trưởng cho biết hôm thứ Hai rằng cây cầu mới sẽ thông xe vào mùa xuân tới.",
        "Cảnh sát đã bắt giữ hai người đàn ông sau khi một vụ cháy thiêu rụi nhà kho.",
        "Giá cả trong tháng Ba tăng nhanh hơn dự kiến, theo cơ quan thống kê.",
        "Đội bóng thua trận thứ ba liên tiếp và huấn luyện viên bị sa thải.",
        "Hàng nghìn người đã tuần hành ở thủ đô để phản đối luật này.",
        "Các nhà khoa học đã tìm thấy băng dưới bề mặt của hành tinh.",
    ),
}


def _accuracy() -> None:  # pragma: no cover - a measurement, run by hand
    """Print detect()'s accuracy per language on the samples, and its mistakes."""
    from summarize.languages import detect

    right = total = 0
    for code, sentences in SAMPLES.items():
        found = [detect(s, default="english").code for s in sentences]
        hits = sum(f == code for f in found)
        right += hits
        total += len(sentences)
        wrong = [f"{f}: {s}" for f, s in zip(found, sentences, strict=True) if f != code]
        print(f"{code}  {hits}/{len(sentences)}", *wrong, sep="\n    " if wrong else "")
    print(f"all {right}/{total} = {right / total:.1%}")


if __name__ == "__main__":
    _accuracy()
