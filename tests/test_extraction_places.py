"""Routes and places as news writes them (issue 12): where places are, what routes connect and
who controls them, in both languages, on sentences written for these tests (none is taken from
a development passage)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts

from loaders import Document, extract
from loaders.lexicon import Lexicon


def read(lexicon: Lexicon, text: str, language: str, date: str = "2025-10-01") -> set[Fact]:
    return read_facts(lexicon, text, language, date)


def located(facts: set[Fact]) -> set[tuple[str, str]]:
    return {(f[0], f[2]) for f in facts if f[1] == "locatedIn" and f[3] == "asserted"}


def runs_through(facts: set[Fact]) -> set[tuple[str, str]]:
    """Where a corridor lies: runsThrough (locatedIn is a place's, ontology 0.4.0)."""
    return {(f[0], f[2]) for f in facts if f[1] == "runsThrough" and f[3] == "asserted"}


# -- where places are -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" stands for the state joined to it
        (
            "Tehran dislikes any road between Azerbaijan and its Nakhchivan exclave.",
            ("nakhchivan", "azerbaijan"),
        ),
        ("Armenia wants trade through its exclave of Syunik to grow.", ("syunik", "armenia")),
        # a state's adjective before the kind of place, the state's name with a suffix included
        ("The delegations gathered in the Azerbaijani town of Yevlakh.", ("yevlakh", "azerbaijan")),
        # apposition
        (
            "Nakhchivan, an Azerbaijani exclave wedged between Armenia and Iran, needs a road.",
            ("nakhchivan", "azerbaijan"),
        ),
        ("Syunik, the southernmost Armenian province, borders Iran.", ("syunik", "armenia")),
        (
            "Trucks left for Nakhchivan, Azerbaijan's autonomous republic, at dawn.",
            ("nakhchivan", "azerbaijan"),
        ),
        (
            "Karabakh, internationally recognised as part of Azerbaijan, was the issue.",
            ("karabakh", "azerbaijan"),
        ),
        # "in" a state, with or without a direction
        ("A line will run between Kars in Turkey and Gyumri in northern Armenia.", ("gyumri", "armenia")),
        ("The mission opened an office in Goris (in Syunik province) last week.", ("goris", "syunik")),
        # the kind of place "of" a state; "in the provinces of X and Y"
        ("Shelling hit the Tavush province of Armenia overnight.", ("tavush", "armenia")),
        (
            "Troops advanced into Armenia in the provinces of Syunik and Vayots Dzor.",
            ("vayots-dzor", "armenia"),
        ),
        # "in Town, State" closed by a time word or a preposition, not only by punctuation
        ("The two ministers met in Lucerne, Switzerland on Thursday.", ("lucerne", "switzerland")),
        ("Talks held in Sochi, Russia last month ended without a deal.", ("sochi", "russia")),
        ("Protesters gathered in Tovuz, Azerbaijan during the clashes.", ("tovuz", "azerbaijan")),
    ],
)
def test_where_an_english_text_puts_a_place(lexicon: Lexicon, text: str, expected: tuple[str, str]) -> None:
    assert expected in located(read(lexicon, text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        # "its" with two states before it and no join: whose is not said
        "Armenia will guarantee passage between Nakhchivan and the rest of Azerbaijan through its Syunik"
        " province.",
        # "in" after a place the lexicon puts elsewhere attaches to the verb, not to the place
        "The minister flew from Baku in Russia's government jet.",
        "Officials from Yerevan in Georgia discussed the border.",
        # a list of places and states, and a town the lexicon puts in another state
        "Officials in Yerevan, Georgia and Iran welcomed the deal on Monday.",
        "He flew in from Baku, Russia on Monday.",
    ],
)
def test_no_location_where_the_text_does_not_say_it(lexicon: Lexicon, text: str) -> None:
    facts = located(read(lexicon, text, "en"))
    assert ("syunik", "azerbaijan") not in facts
    assert ("baku", "russia") not in facts
    assert ("yerevan", "georgia") not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a border's side
        ("Heyet, sınırın Türkiye tarafındaki Doğukapı köyünü gezdi.", {("dogukapi", "turkiye")}),
        ("Ermenistan tarafında yenilenen Margara sınır kapısı hazır.", {("margara", "armenia")}),
        # "X'in (kendi) toprağı / bir parçası olan Y"
        ("Azerbaycan'ın bir parçası olan Nahçıvan'a kara yolu yok.", {("nakhchivan", "azerbaijan")}),
        # a list that ends in a plural kind: each item is in the genitive before it
        (
            "Tren, Gürcistan'ın Batum ve Poti limanlarına yük taşıyor.",
            {("batumi", "georgia"), ("poti", "georgia")},
        ),
        (
            "Gemiler Kazakistan'ın Aktau, Türkmenistan'ın Türkmenbaşı limanları arasında çalışıyor.",
            {("aktau", "kazakhstan"), ("turkmenbashi", "turkmenistan")},
        ),
        # "X'teki Y limanı"
        ("Yükler Kazakistan'ın Aktau'daki Kuryk Limanı'ndan geçiyor.", {("kuryk", "aktau")}),
        # the subject before the first comma lies within the borders the predicate names
        ("Horadiz, bugün Füzuli rayonu sınırları içinde yer alıyor.", {("horadiz", "fuzuli")}),
        # Türkiye's eastern region, on the routes to the Caucasus
        ("Türkiye'nin Doğu Anadolu Bölgesi'nde yeni hat döşeniyor.", {("eastern-anatolia", "turkiye")}),
        # "-e bağlı" with the dative on the kind word after the name
        ("Askerler Gazah rayonuna bağlı Kızılhacılı köyüne yerleşti.", {("gizilghajili", "gazakh")}),
        ("Kelbecer ilçesine bagli Armudlu köyünde çatışma çıktı.", {("armudlu", "kalbajar")}),
        # "X ilçesindeki Y" with the kind inside Y's name
        (
            "Tır kuyruğu Karakoyunlu ilçesindeki Alican Sınır Kapısı önünde uzadı.",
            {("alican", "karakoyunlu")},
        ),
        # the Turkish provinces on the region's routes, in the genitive before a district
        ("Boru hattının töreni Eskişehir'in Alpu ilçesinde yapıldı.", {("alpu", "eskisehir")}),
        ("Heyet Artvin'in Hopa ilçesinden Sarp'a geçti.", {("hopa", "artvin")}),
    ],
)
def test_where_a_turkish_text_puts_a_place(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= located(read(lexicon, text, "tr"))


# -- what a route connects ----------------------------------------------------------


def connected(facts: set[Fact], corridor: str) -> set[str]:
    return {f[2] for f in facts if f[1] == "connects" and f[0] == corridor}


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # a converb's route is its subject's, not the corridor named after it
        (
            "Zengezur Koridoru, Azerbaycan ile Nahçıvan'ı doğrudan bağlayarak Orta Koridor'a güç katıyor.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # a participle's noun is the corridor only as a predicate
        (
            "Zengezur Koridoru, Azerbaycan'ı Nahçıvan'a bağlayacak yeni bir kara ve demiryolu projesidir.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # the object before a list of places passed; what it runs "üzerinden" is only the way, one
        # place or a list (the analysts' reading of "via" in both languages)
        (
            "Çin ve Avrupa'yı; Kazakistan, Hazar Denizi ve Azerbaycan üzerinden bağlayan Orta Koridor"
            " büyüyor.",
            "middle-corridor",
            {"china", "europe"},
        ),
        (
            "Orta Koridor, Çin'i Kazakistan, Azerbaycan ve Gürcistan üzerinden Avrupa'ya bağlıyor.",
            "middle-corridor",
            {"china", "europe"},
        ),
        (
            "Çin'den Avrupa'ya Kazakistan, Hazar Denizi ve Türkiye üzerinden uzanan Orta Koridor önem"
            " kazandı.",
            "middle-corridor",
            {"china", "europe"},
        ),
        (
            "Orta Koridor Çin'den başlayarak Kazakistan, Azerbaycan ve Türkiye üzerinden Avrupa'ya ulaşıyor.",
            "middle-corridor",
            {"china", "europe"},
        ),
        # typed without Turkish letters
        (
            "Orta Koridor Çin'i Kazakistan ve Azerbaycan uzerinden Avrupa'ya baglar.",
            "middle-corridor",
            {"china", "europe"},
        ),
        # the state a region passed is in is passed too
        (
            "Zengezur koridoru Ermenistan'ın Sünik bölgesi üzerinden Azerbaycan'ı Nahçıvan'a bağlayacak.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # towns it runs through "geçerek" between its ends are its stations (not their state)
        (
            "Bakü'den başlayıp Gürcistan'ın Tiflis ve Gori şehirlerinden geçerek Poti'ye uzanan Orta"
            " Koridor hattı genişliyor.",
            "middle-corridor",
            {"baku", "tbilisi", "gori", "poti"},
        ),
        # one place passed is only the way
        (
            "Zengezur Koridoru, Azerbaycan ana karası ile Nahçıvan'ın Ermenistan üzerinden"
            " bağlanmasını sağlayacak.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        ("Asya'dan Avrupa'ya giden Orta Koridor yeniden gündemde.", "middle-corridor", {"asia", "europe"}),
        # a region the route runs through is on it; a state passed is only the way
        (
            "Laçin koridoru, Laçin ilçesinden geçerek Ermenistan'ı Karabağ'a bağlıyor.",
            "lachin-corridor",
            {"armenia", "karabakh", "lachin"},
        ),
        (
            "Zengezur koridoru, Ermenistan'dan geçerek Azerbaycan'ı Nahçıvan'a bağlayacak.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # the state whose border a place is on only says where the place is
        (
            "Zengezur koridoru, Azerbaycan'ı İran sınırındaki Nahçıvan'a bağlayacak.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # a state's lands passed are only the way, as the state passed is
        (
            "Zengezur koridoru, Ermenistan toprakları üzerinden Azerbaycan'ı Nahçıvan'a bağlayacak.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # a participle, a length with an abbreviation's point, then the corridor it describes
        (
            "Azerbaycan'ı Nahçıvan Özerk Bölgesi'ne bağlayacak olan 40 km. uzunluğundaki Zengezur"
            " koridoru hâlâ tartışılıyor.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # the genitive before a passive participle is the clause's subject; the dative is a place the
        # line reaches, and the stations of its name stay
        (
            "Bakü ve Tahran'ın Azerbaycan'a bağlanacak Reşt-Astara Demiryolu için yeni bir anlaşma"
            " imzalaması bekleniyor.",
            "rasht-astara-railway",
            {"rasht", "astara", "azerbaijan"},
        ),
        # a lexicon line however its dashes are typed, a station it lists only in full included
        (
            "Kars-Iğdır-Aralık – Dilucu Demiryolu Hattı'nın yapımı sürüyor.",
            "kars-igdir-dilucu-railway",
            {"kars", "igdir", "aralik", "dilucu"},
        ),
        # the same railway by its two ends only; Gyumri as the Turkish press also spells it
        ("Kars-Dilucu demir yolunda çalışmalar hızlandı.", "kars-igdir-dilucu-railway", {"kars", "dilucu"}),
        ("Kars–Gümri demiryolu hattının açılması konuşuldu.", "kars-gyumri-railway", {"kars", "gyumri"}),
    ],
)
def test_what_a_turkish_route_connects(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


def test_the_route_in_view_is_the_one_the_text_is_about(lexicon: Lexicon) -> None:
    text = (
        "Kars-Tiflis-Bakü Demiryolu yeniden açıldı. "
        "Kars-Tiflis-Bakü Demiryolu yıllardır beklenen bir projeydi. "
        "Bakan, Orta Koridor'un da bundan güç alacağını söyledi. "
        "Açılış törenine birçok konuk katıldı. "
        "Bir hafta önce test seferi yapılan koridor, Türkiye ile Azerbaycan'ı birbirine bağlayacaktır."
    )
    facts = read(lexicon, text, "tr")
    # the bare noun as subject, after a sentence that names no corridor: the corridor the text names
    # most, not the last one named
    assert {"turkiye", "azerbaijan"} <= connected(facts, "baku-tbilisi-kars-railway")
    assert connected(facts, "middle-corridor") == set()


def test_words_that_give_a_station_of_the_name_keep_the_name_stations(lexicon: Lexicon) -> None:
    text = "Kars-Iğdır-Nahçıvan Demiryolu, Türkiye'yi Nahçıvan'a bağlayacak."
    expected = {"kars", "igdir", "nakhchivan", "turkiye"}
    assert connected(read(lexicon, text, "tr"), "kars-igdir-dilucu-railway") == expected
    # words that give none of the name's stations are the route (the towns of the name are not)
    text = "Kars-Iğdır-Nahçıvan Demiryolu, Türkiye'yi Azerbaycan'a bağlayacak."
    assert connected(read(lexicon, text, "tr"), "kars-igdir-dilucu-railway") == {"turkiye", "azerbaijan"}


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        (
            "Tahran, ECO Koridoru'nun (Pakistan, İran ve Türkiye) canlanmasını bekliyor.",
            "tr",
            "eco-corridor",
            {"pakistan", "iran", "turkiye"},
        ),
        # the acronym's bracket between
        (
            "Delhi still backs the International North–South Transport Corridor (INSTC) (Russia, Azerbaijan,"
            " Iran and India).",
            "en",
            "north-south-corridor",
            {"russia", "azerbaijan", "iran", "india"},
        ),
    ],
)
def test_a_bracket_of_places_after_a_route_lists_its_stations(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


def test_a_bracket_with_other_words_lists_no_stations(lexicon: Lexicon) -> None:
    text = "The Middle Corridor (backed by Turkey and Kazakhstan) is growing."
    assert connected(read(lexicon, text, "en"), "middle-corridor") == set()


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        (
            "Azerbaycan ile Nahçıvan arasındaki Zengezur koridoru yeniden gündemde.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        (
            "Kars ile Nahçıvan arasında yapılacak yeni Kars-Iğdır-Nahçıvan demiryolu için imzalar atıldı.",
            "kars-igdir-dilucu-railway",
            {"kars", "igdir", "nakhchivan"},
        ),
        # the two sides of an agreement are no route's ends
        (
            "ABD ile Ermenistan arasındaki anlaşma Zengezur koridorunu da kapsıyor.",
            "zangezur-corridor",
            set(),
        ),
    ],
)
def test_the_places_a_route_lies_between_before_its_name(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


def test_a_route_said_to_lie_in_a_place(lexicon: Lexicon) -> None:
    facts = read(lexicon, "The Lachin corridor is a narrow mountain road in Azerbaijan.", "en")
    assert ("lachin-corridor", "runsThrough", "azerbaijan", "asserted") in facts
    text = "Aliyev spoke about the Lachin corridor. The corridor lies in the Lachin district."
    assert ("lachin-corridor", "runsThrough", "lachin", "asserted") in read(lexicon, text, "en")
    for text in (
        "The Zangezur corridor is a key issue in Armenia.",
        "The Middle Corridor is in Kazakhstan's interest.",
    ):
        assert not [f for f in read(lexicon, text, "en") if f[1] == "runsThrough"]


@pytest.mark.parametrize(
    ("text", "corridor"),
    [
        # the participle describes the trade road, not the corridor named after it
        (
            "Gürcistan'dan Türkiye'ye bağlanan Bakü-Tiflis ticaret yoluna rakip olan Zengezur Koridoru"
            " tartışılıyor.",
            "zangezur-corridor",
        ),
        # ... nor a line named before it
        (
            "Bakü-Tiflis-Kars Demiryolu sayesinde Türkiye, Asya'dan Avrupa'ya giden İpek Yolu'nun"
            " merkezi oldu.",
            "baku-tbilisi-kars-railway",
        ),
    ],
)
def test_a_participle_describes_the_noun_after_it(lexicon: Lexicon, text: str, corridor: str) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) <= {"baku", "tbilisi", "kars"}


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # what a line carries between
        (
            "Since 2017 the Baku-Tbilisi-Kars railway has carried freight and passengers between Azerbaijan,"
            " Georgia and Turkey.",
            "baku-tbilisi-kars-railway",
            {"azerbaijan", "georgia", "turkiye"},  # the route the words give, not the towns of its name
        ),
        # each end with its side of the map
        (
            "The Middle Corridor is meant to link China in the east to Europe in the west.",
            "middle-corridor",
            {"china", "europe"},
        ),
        # "from X to Y" after a route word
        (
            "Moscow speaks only of the routes that pass through Syunik from Azerbaijan to Nakhchivan, never"
            " of the Zangezur corridor.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # an exclave's state: "its", the state the lexicon puts it in
        (
            "Baku wants a land corridor to its Nakhchivan exclave, which it calls the Zangezur corridor.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
    ],
)
def test_what_an_english_route_connects(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "en"), corridor) == expected


def test_talks_between_states_are_no_route(lexicon: Lexicon) -> None:
    facts = read(
        lexicon,
        "The Lachin corridor, long the subject of talks between Armenia and Azerbaijan, is shut.",
        "en",
    )
    assert connected(facts, "lachin-corridor") == set()


def test_an_unnamed_route_to_an_exclave_is_the_route_the_document_names(lexicon: Lexicon) -> None:
    text = (
        "Washington backs a transit route that will give Azerbaijan access to its Nakhchivan exclave. "
        "It will be known as the Trump Route for International Peace and Prosperity."
    )
    facts = read(lexicon, text, "en")
    assert connected(facts, "trump-route") == {"azerbaijan", "nakhchivan"}
    assert connected(facts, "zangezur-corridor") == set()


# -- who controls a place or a route ------------------------------------------------


def controllers(facts: set[Fact], thing: str, modality: str = "asserted") -> set[str]:
    return {f[2] for f in facts if f[1] == "controlledBy" and f[0] == thing and f[3] == modality}


@pytest.mark.parametrize(
    ("text", "language", "thing", "expected"),
    [
        ("The offensive ended when Azerbaijan recaptured Shusha.", "en", "shusha", {"azerbaijan"}),
        ("Kalbajar was retaken by Azerbaijan without a fight.", "en", "kalbajar", {"azerbaijan"}),
        # the last holder only
        (
            "Armenian forces took Aghdam in 1993 and lost it to Azerbaijan in 2020.",
            "en",
            "aghdam",
            {"azerbaijan"},
        ),
        # held now, whatever the sentence's last verb looks ahead to
        (
            "Ermenistan'ın 1992'de işgal ettiği Kelbecer ve Ağdam bölgelerinin iade edileceği açıklandı.",
            "tr",
            "aghdam",
            {"armenia"},
        ),
        ("Azerbaycan'ın otuz yıl sonra kurtardığı Şuşa'da festival yapıldı.", "tr", "shusha", {"azerbaijan"}),
        ("Ermenistan'ın işgali altında bulunan Laçin'de seçim yapılmadı.", "tr", "lachin", {"armenia"}),
        # the sentence's subject controls the place in the accusative
        ("Rus askerleri, Laçin koridorunu hâlâ kontrol ediyor.", "tr", "lachin-corridor", {"russia"}),
        # a Turkish force holds for its state, the holder in the genitive or the dative of a handing over
        ("Laçin koridoru Rus barış güçlerinin kontrolünde bulunuyor.", "tr", "lachin-corridor", {"russia"}),
        ("Laçin koridorunun kontrolü Rus Barış Gücü'ne devredildi.", "tr", "lachin-corridor", {"russia"}),
        # a state's force holds for the state; a second predicate's subject is the sentence's
        (
            "The Lachin corridor runs through the Lachin District of Azerbaijan, and remains under the"
            " control of the Russian peacekeeping contingent.",
            "en",
            "lachin-corridor",
            {"russia"},
        ),
        # the places the sentence before named, as "these villages"
        (
            "The road passed through Zabukh, Sus and Lachin. In 2022 these villages were handed over to"
            " Azerbaijan.",
            "en",
            "sus",
            {"azerbaijan"},
        ),
        # a force before a modal verb, the route in view
        (
            "Moscow wants a say in the Zangezur corridor. It insists that under the 2020 statement Russian"
            " border guards should control the road.",
            "en",
            "zangezur-corridor",
            {"russia"},
        ),
        # the perfect's verbal noun, its genitive the taker, not a helper's genitive before it
        (
            "Rusya'nın arabuluculuğuyla Azerbaycan'ın Kelbecer'i geri almış olması barışı getirdi.",
            "tr",
            "kalbajar",
            {"azerbaijan"},
        ),
        (
            "Türkiye'nin de desteğiyle Azerbaycan'ın Şuşa'yı kurtarması tarihi.",
            "tr",
            "shusha",
            {"azerbaijan"},
        ),
        # the Gazakh village under another English spelling
        (
            "Azerbaijani border guards took control of Gizil Hajili on Friday.",
            "en",
            "gizilghajili",
            {"azerbaijan"},
        ),
        # taken under control, the places in the accusative, the subject at the head
        ("Azerbaycan ordusu dün Hocalı ve Ağdere'yi kontrol altına aldı.", "tr", "khojaly", {"azerbaijan"}),
        ("Azerbaycan ordusu Hankendi'yi kontrol altina aldi.", "tr", "khankendi", {"azerbaijan"}),
        # taken or won back, with or without "control of"; the region named in the sentence before,
        # not the wide region that sentence sets it in
        ("Baku took back full control of Shusha in 2020.", "en", "shusha", {"azerbaijan"}),
        ("In 2020 Azerbaijani forces won back Kalbajar.", "en", "kalbajar", {"azerbaijan"}),
        ("Azerbaijan reclaimed Nagorno-Karabakh in a one-day offensive.", "en", "karabakh", {"azerbaijan"}),
        (
            "The two South Caucasus neighbours fought over Nagorno-Karabakh for decades. Azerbaijan took"
            " back control of the region in 2023.",
            "en",
            "karabakh",
            {"azerbaijan"},
        ),
    ],
)
def test_who_holds_a_place(
    lexicon: Lexicon, text: str, language: str, thing: str, expected: set[str]
) -> None:
    assert controllers(read(lexicon, text, language), thing) == expected


def test_a_fire_taken_under_control_in_a_town_is_no_holding(lexicon: Lexicon) -> None:
    text = "Azerbaycan ordusu Hankendi'de çıkan yangını kontrol altına aldı."
    assert controllers(read(lexicon, text, "tr"), "khankendi") == set()


def test_what_is_taken_back_is_a_place_not_an_envoy_or_the_wide_region(lexicon: Lexicon) -> None:
    assert not [
        f
        for f in read(lexicon, "Armenia took back its ambassador from Baku.", "en")
        if f[1] == "controlledBy"
    ]
    text = (
        "Tensions rose between Armenia and Azerbaijan in the South Caucasus region. Azerbaijan took back"
        " control of the region in 2023."
    )
    assert controllers(read(lexicon, text, "en"), "south-caucasus") == set()


def test_a_route_told_by_its_ends_is_what_is_held(lexicon: Lexicon) -> None:
    text = "The road between Armenia and Karabakh is now controlled by Azerbaijani border guards."
    facts = read(lexicon, text, "en")
    assert controllers(facts, "lachin-corridor") == {"azerbaijan"}
    assert controllers(facts, "karabakh") == set()
    # a route between places no corridor of the lexicon joins: nothing held
    facts = read(lexicon, "The railway between Georgia and Armenia is run by a Russian company.", "en")
    assert not [f for f in facts if f[1] == "controlledBy"]


def test_a_place_named_in_the_first_predicate_is_not_the_subject_s(lexicon: Lexicon) -> None:
    facts = read(
        lexicon,
        "The Lachin corridor runs through the Lachin District of Azerbaijan, and remains under the control"
        " of the Russian peacekeeping contingent.",
        "en",
    )
    assert controllers(facts, "lachin") == set()
    # the head, not the place that says where it is
    facts = read(
        lexicon,
        "Officials said the Kalbajar district, next to Karabakh, came under the control of Azerbaijan"
        " last week.",
        "en",
    )
    assert controllers(facts, "kalbajar") == {"azerbaijan"}
    assert controllers(facts, "karabakh") == set()
    # no village of an earlier sentence without the words that take them up
    facts = read(
        lexicon, "The road passed through Zabukh and Sus. In 2022 Lachin was handed over to Azerbaijan.", "en"
    )
    assert controllers(facts, "sus") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Security along the Lachin corridor will be ensured by the border guards of Russia.", "en"),
        (
            "Laçin koridoru konuşuldu. Koridorun güvenliği Rusya Federasyonu sınır birlikleri tarafından"
            " sağlanacak.",
            "tr",
        ),
    ],
)
def test_who_will_secure_a_route(lexicon: Lexicon, text: str, language: str) -> None:
    assert controllers(read(lexicon, text, language), "lachin-corridor", "intended") == {"russia"}


def test_who_will_operate_a_route_through_a_company_it_owns(lexicon: Lexicon) -> None:
    text = "Officials said a company controlled by the U.S. government will build and run the TRIPP."
    assert controllers(read(lexicon, text, "en"), "trump-route", "intended") == {"united-states"}


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        # an abbreviation between a line's stations and its head word
        (
            "The Baku-Tbilisi-Kars (BTK) railway carries goods between Azerbaijan, Georgia and Turkey.",
            "en",
            "baku-tbilisi-kars-railway",
            {"azerbaijan", "georgia", "turkiye"},
        ),
        # a Turkish subject far from its verb; a genitive that only says where the next place is; the
        # region it runs through is on its route (as the analysts read "... bölgesinden geçerek")
        (
            "Zengezur Koridoru, Ermenistan'ın güneyindeki Sünik bölgesinden (yerel adıyla Zengezur) geçerek"
            " Azerbaycan'ı Nahçıvan Özerk Cumhuriyeti'ne, oradan da Türkiye'ye bağlayacak bir projedir.",
            "tr",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan", "turkiye", "syunik"},
        ),
    ],
)
def test_routes_in_longer_sentences(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BAKU, Azerbaijan, March 3. Talks went on.",  # a dateline
        "Ships cross the Caspian Sea, Azerbaijan says.",  # a sea is in no state
    ],
)
def test_a_comma_after_a_place_is_not_always_its_state(lexicon: Lexicon, text: str) -> None:
    assert located(read(lexicon, text, "en")) == set()


def test_a_subject_controls_each_place_in_the_accusative(lexicon: Lexicon) -> None:
    text = "Şu anda 2000 Rus askeri, Dağlık Karabağ'ı ve Laçin koridorunu kontrol ediyor."
    facts = read(lexicon, text, "tr")
    assert controllers(facts, "karabakh") == {"russia"} and controllers(facts, "lachin-corridor") == {
        "russia"
    }


def test_states_that_agree_to_build_a_route_are_not_its_ends(lexicon: Lexicon) -> None:
    text = "Iran and Azerbaijan agreed to build a corridor that links the Caucasian state to its exclave."
    facts = read(lexicon, text, "en")
    assert not [f for f in facts if f[1] == "connects"]


def test_an_unnamed_road_elsewhere_is_not_the_one_corridor_named(lexicon: Lexicon) -> None:
    text = (
        "The Lachin corridor stayed open all winter. Separately, Tehran and Baku signed a deal on a road"
        " linking Iran with Azerbaijan."
    )
    assert connected(read(lexicon, text, "en"), "lachin-corridor") == set()


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a clause that only happens to say "part of" later is no apposition
        (
            "Clashes broke out in Tegh, although it was briefly part of Azerbaijan.",
            set(),
            {("tegh", "azerbaijan")},
        ),
        # the district after a possessive, not the state
        (
            "The bridge rises near Aghband settlement of Azerbaijan's Zangilan district.",
            {("aghband", "zangilan")},
            {("aghband", "azerbaijan")},
        ),
    ],
)
def test_what_a_place_is_part_of(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    facts = located(read(lexicon, text, "en"))
    assert expected <= facts and not absent & facts


def test_a_known_place_with_its_kind_is_not_a_new_place(lexicon: Lexicon) -> None:
    document = Document(
        key="t", path="t.txt", text="Trucks left the East Zangezur Region at dawn.", language="en"
    )
    extraction = extract(document, lexicon)
    assert "east-zangezur-region" not in {m.entity for m in extraction.mentions}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Armenian border villages of Voskepar and Kirants were named.", "en", {("kirants", "armenia")}),
        ("The talks took place in Gabala, a city in northern Azerbaijan.", "en", {("gabala", "azerbaijan")}),
        ("Residents of Tegh, a village in Armenia's Syunik province, protested.", "en", {("tegh", "syunik")}),
        (
            "Ermenistan'ın Tavuş bölgesindeki Voskepar köyünde protesto yapıldı.",
            "tr",
            {("voskepar", "tavush")},
        ),
        ("Iğdır'ın Aralık ilçesinde demiryolu çalışmaları sürüyor.", "tr", {("aralik", "igdir")}),
    ],
)
def test_places_as_reports_place_them(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= located(read(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        (
            "Orta Koridor, Avrupa ile Asya arasında bir ticaret yolu olarak öne çıkıyor.",
            "middle-corridor",
            {"europe", "asia"},
        ),
        # a parenthesis inside a list of stations; "ÇHC" is China
        (
            "Orta Koridor, sırasıyla Gürcistan, Azerbaycan ve Hazar Denizine (feribotla) buradan da"
            " Kazakistan güzergâhını takip ederek ÇHC'ye uzanmaktadır.",
            "middle-corridor",
            {"georgia", "azerbaijan", "caspian-sea", "kazakhstan", "china"},
        ),
        # a participle between "arasında" and a corridor's name: another clause
        (
            "ABD ile Ermenistan arasında imzalanan ve Zengezur Koridoru'nu kapsayan anlaşma eleştirildi.",
            "zangezur-corridor",
            set(),
        ),
    ],
)
def test_turkish_routes_between_and_along(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


# -- routes the lexicon does not know ------------------------------------------------


def test_a_named_corridor_the_lexicon_does_not_know_is_one_entity_in_both_languages(lexicon: Lexicon) -> None:
    en = read(lexicon, "The Lapis Lazuli Corridor links Turkmenistan with Turkey.", "en")
    tr = read(lexicon, "Kuzey Koridoru'nun yükü azaldı; Güney Koridoru ise büyüyor.", "tr")
    assert ("lapis-lazuli-corridor", "type", "Corridor", "asserted") in en
    assert connected(en, "lapis-lazuli-corridor") == {"turkmenistan", "turkiye"}
    assert {
        ("northern-corridor", "type", "Corridor", "asserted"),
        ("southern-corridor", "type", "Corridor", "asserted"),
    } <= tr
    same = read(lexicon, "Freight on the Northern Corridor fell.", "en")
    assert ("northern-corridor", "type", "Corridor", "asserted") in same


def test_a_corridor_in_apposition_is_not_the_subject(lexicon: Lexicon) -> None:
    facts = read(
        lexicon, "The Middle Corridor, a rival of the Northern Corridor, links China with Europe.", "en"
    )
    assert connected(facts, "middle-corridor") == {"china", "europe"}
    assert connected(facts, "northern-corridor") == set()


def test_a_state_inside_a_route(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Rusya'nın içinde bulunduğu Kuzey Koridoru yavaşladı.", "tr")
    assert connected(facts, "northern-corridor") == {"russia"}


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("Baku still wants the Nakhchivan corridor.", "en", "zangezur-corridor"),
        ("Bakü, Nahçıvan Koridoru'nda ısrar ediyor.", "tr", "zangezur-corridor"),
        ("The Araz road corridor will open next year.", "en", "aras-corridor"),
        ("Trans-Hazar Koridoru'nda yük arttı.", "tr", "middle-corridor"),
    ],
)
def test_a_route_known_under_another_name(lexicon: Lexicon, text: str, language: str, key: str) -> None:
    document = Document(key="t", path="t.txt", text=text, language=language)
    assert key in {m.entity for m in extract(document, lexicon).mentions}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Aktau port is an integral part of the Middle Corridor.", "en"),
        (
            "Being a key segment of the Trans-Caspian International Transport Route, the port of Aktau grew.",
            "en",
        ),
        ("Orta Koridor'un önemli bir halkası olan Aktau limanı büyüyor.", "tr"),
    ],
)
def test_a_port_that_is_part_of_a_route(lexicon: Lexicon, text: str, language: str) -> None:
    assert connected(read(lexicon, text, language), "middle-corridor") == {"aktau"}


@pytest.mark.parametrize(
    ("text", "language", "thing", "expected"),
    [
        (
            "Baku retook control over the disputed region of Nagorno-Karabakh in 2023.",
            "en",
            "karabakh",
            {"azerbaijan"},
        ),
        ("In 2023 Azerbaijan restored full sovereignty over Karabakh.", "en", "karabakh", {"azerbaijan"}),
        ("Azerbaycan, 8 Kasım 2020'de Şuşa'yı ele geçirdi.", "tr", "shusha", {"azerbaijan"}),
        # a finite verb's taker is its subject, not a genitive on the way
        ("Bakü, Rusya'nın desteğiyle Laçin'i geri aldı.", "tr", "lachin", {"azerbaijan"}),
        # a verbal noun's taker is its genitive, not an adjective on the way
        (
            "Bu, Azerbaycan'ın Ermeni ayrılıkçılar tarafından kontrol edilen Karabağ'ı yeniden ele"
            " geçirmesiyle oldu.",
            "tr",
            "karabakh",
            {"azerbaijan"},
        ),
        ("Ermenistan tarafından işgal edilen Kelbecer 2020'de boşaltıldı.", "tr", "kalbajar", {"armenia"}),
    ],
)
def test_who_took_a_place(lexicon: Lexicon, text: str, language: str, thing: str, expected: set[str]) -> None:
    assert controllers(read(lexicon, text, language), thing) == expected


def test_villages_of_a_district_in_its_genitive(lexicon: Lexicon) -> None:
    facts = located(read(lexicon, "Gazah ilinin Bağanis Ayrım ve Heyrimli köyleri iade edildi.", "tr"))
    assert {("baganis-ayrim", "gazakh"), ("kheyrimli", "gazakh")} <= facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tehran wants to develop the Persian Gulf–Black Sea International Transport Corridor.", "en"),
        ("Iran proposed the Persian Gulf-Black Sea corridor to Armenia.", "en"),
        ("Tahran, Basra Körfezi-Karadeniz Uluslararası Ulaştırma Koridoru projesini savunuyor.", "tr"),
    ],
)
def test_a_route_named_by_two_places_of_two_words(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read(lexicon, text, language)
    # the corridor is found, but an axis between seas gives no ends (the analysts of batches 21 and 26
    # read "the Black Sea-Caspian Sea Corridor" and "the Caspian Sea – Black Sea line" so)
    assert ("persian-gulf-black-sea-corridor", "type", "Corridor", "asserted") in facts
    assert not connected(facts, "persian-gulf-black-sea-corridor")
    assert not [f for f in facts if f[1] == "type" and f[2] == "Place"]  # no place made of the route's name


def test_a_sea_is_in_no_state(lexicon: Lexicon) -> None:
    assert located(read(lexicon, "Cargo reaches Georgia's Black Sea ports by rail.", "en")) == set()


@pytest.mark.parametrize(
    ("text", "language", "thing", "expected"),
    [
        # the states a company is of
        (
            "The TRIPP will be run by a joint Armenian–American company.",
            "en",
            "trump-route",
            {"armenia", "united-states"},
        ),
        # the corridor in view, named the sentence before
        (
            "The TRIPP was agreed in August. The route will be managed by a US company.",
            "en",
            "trump-route",
            {"united-states"},
        ),
        (
            "Washington will get exclusive development rights to the TRIPP for 99 years.",
            "en",
            "trump-route",
            {"united-states"},
        ),
        (
            "Trump Yolu'nun işletme hakları 99 yıllığına ABD'ye verilecek.",
            "tr",
            "trump-route",
            {"united-states"},
        ),
        # what a text plans is intended, whatever the sentence's last verb
        (
            "Tahran, Zengezur Koridoru'nun 99 yıllığına ABD'ye devrini öngören planı eleştirdi.",
            "tr",
            "zangezur-corridor",
            {"united-states"},
        ),
    ],
)
def test_who_will_run_a_route(
    lexicon: Lexicon, text: str, language: str, thing: str, expected: set[str]
) -> None:
    assert controllers(read(lexicon, text, language), thing, "intended") == expected


def test_founders_of_a_venture_that_runs_a_route(lexicon: Lexicon) -> None:
    text = "Kazakhstan, Azerbaijan and Georgia set up a joint venture to operate the Middle Corridor."
    assert controllers(read(lexicon, text, "en"), "middle-corridor") == {
        "kazakhstan",
        "azerbaijan",
        "georgia",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zengilan'a bağlı Ağbend köyünde köprü yapılıyor.", {("aghband", "zangilan")}),
        ("Ağbend, Zengilan'a bağlı bir köydür.", {("aghband", "zangilan")}),
        ("Kars'a bağlı Arpaçay ilçesinde tören düzenlendi.", {("arpacay", "kars")}),
        # attached in another sense: no place of a place
        ("Moskova'ya bağlı Ermenistan, Bakü'ye tepki gösterdi.", set()),
    ],
)
def test_a_place_attached_to_its_district(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    assert located(read(lexicon, text, "tr")) == expected


def test_a_checkpoint_on_the_route_named_nearest_it(lexicon: Lexicon) -> None:
    text = "Azerbaycan, Laçın-Hankendi yolunun (Laçın Koridoru) başında sınır kontrol noktası kurdu."
    facts = read(lexicon, text, "tr")
    assert controllers(facts, "lachin-corridor") == {"azerbaijan"}
    # the lexicon's checkpoint on it is the state's too
    assert not [
        f for f in facts if f[1] == "controlledBy" and f[0] not in ("lachin-corridor", "lachin-checkpoint")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Kars-Nakhchivan gas pipeline will carry Azerbaijani gas to the exclave.",
            "en",
            {"kars", "nakhchivan"},
        ),
        ("Kars-Nahçıvan Doğal Gaz Boru Hattı, Nahçıvan'a gaz taşıyacak.", "tr", {"kars", "nakhchivan"}),
        # a pipeline named beside the subject: what it joins is not what the sentence tells
        ("The railway deal was signed at the opening of the Kars-Nakhchivan gas pipeline.", "en", set()),
    ],
)
def test_a_pipeline_named_after_its_ends(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    facts = read(lexicon, text, language)
    assert ("kars-nakhchivan-pipeline", "type", "Corridor", "asserted") in facts
    assert connected(facts, "kars-nakhchivan-pipeline") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Zangezur corridor, which would link Azerbaijan's western regions with Nakhchivan, is"
            " disputed.",
            "en",
        ),
        ("Zengezur Koridoru, Azerbaycan'ın batı bölgelerini Nahçıvan Özerk Cumhuriyeti'ne bağlayacak.", "tr"),
    ],
)
def test_a_state_s_regions_as_an_end(lexicon: Lexicon, text: str, language: str) -> None:
    assert connected(read(lexicon, text, language), "zangezur-corridor") == {"azerbaijan", "nakhchivan"}


def test_the_nearer_genitive_holds_the_place(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Azerbaycan'ın Ermenistan'ın işgal ettiği Ağdam'ı geri alması kutlandı.", "tr")
    assert ("aghdam", "controlledBy", "azerbaijan", "asserted") in facts
    assert ("aghdam", "controlledBy", "armenia", "asserted") not in facts  # held then, taken back now


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the name alone: the line joins the towns it is named after
        (
            "The Baku-Tbilisi-Kars railway reopened to freight trains in May.",
            "en",
            {"baku", "tbilisi", "kars"},
        ),
        ("Bakü-Tiflis-Kars Demiryolu yeniden yük taşımaya başladı.", "tr", {"baku", "tbilisi", "kars"}),
        # the text says what the line joins: those are its route, not the towns of its name
        (
            "The Baku-Tbilisi-Kars railway reopened in May. The Baku-Tbilisi-Kars railway carries"
            " freight between Azerbaijan, Georgia and Turkey.",
            "en",
            {"azerbaijan", "georgia", "turkiye"},
        ),
        (
            "Bakü-Tiflis-Kars Demiryolu yeniden açıldı. Bakü-Tiflis-Kars Demiryolu, Azerbaycan ile"
            " Türkiye'yi birbirine bağlıyor.",
            "tr",
            {"azerbaijan", "turkiye"},
        ),
    ],
)
def test_a_line_s_name_yields_to_the_route_the_text_gives(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), "baku-tbilisi-kars-railway") == expected


@pytest.mark.parametrize(
    ("text", "language", "about", "other"),
    [
        (
            "The Lachin corridor is one of the routes the Russian peacekeepers watch, beside the Middle"
            " Corridor. The route links Armenia with Karabakh.",
            "en",
            "lachin-corridor",
            "middle-corridor",
        ),
        (
            "Orta Koridor, Laçın Koridoru gibi güzergahlardan çok daha uzundur. Bu koridor Çin'i"
            " Avrupa'ya bağlıyor.",
            "tr",
            "middle-corridor",
            "lachin-corridor",
        ),
    ],
)
def test_the_route_is_the_corridor_the_sentence_before_is_about(
    lexicon: Lexicon, text: str, language: str, about: str, other: str
) -> None:
    facts = read(lexicon, text, language)
    assert connected(facts, about)
    assert not connected(facts, other)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaycan, Laçın-Hankendi yolunun başında sınır kontrol noktası kurdu.", "tr"),
        ("Azerbaijan set up a checkpoint at the start of the Stepanakert–Lachin road.", "en"),
    ],
)
def test_the_lachin_road_by_its_towns_is_the_lachin_corridor(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language)
    assert connected(facts, "lachin-corridor") == {"lachin", "khankendi"}
    assert controllers(facts, "lachin-checkpoint") == {"azerbaijan"}
    # a "kontrol noktası" on the road is control of it; an English checkpoint the lexicon knows
    # is the checkpoint's control only (as the English passages' analysts read it)
    assert controllers(facts, "lachin-corridor") == ({"azerbaijan"} if language == "tr" else set())
    assert not [
        f
        for f in facts
        if f[1] in ("connects", "controlledBy") and f[0] not in ("lachin-corridor", "lachin-checkpoint")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the route avoids is no end of it
        ("The Middle Corridor offers routes from China to the EU outside of Russia.", set()),
        ("The Middle Corridor offers routes from China to the EU, bypassing Iran.", set()),
        ("The Middle Corridor offers routes from China to Europe outside of Russia.", {"china", "europe"}),
        # "the route" a sentence after: its stations right after it, not a train's run told later
        (
            # (what it passes "via" is a transit, as batches 12 and 17 read it)
            "The Middle Corridor grew. The route runs from China via Kazakhstan to Georgia.",
            {"china", "georgia"},
        ),
        (
            "The Middle Corridor grew. The route gained weight when a container train was sent to China"
            " from Azerbaijan via Kazakhstan in May.",
            set(),
        ),
    ],
)
def test_a_route_s_ends_not_what_it_avoids_nor_a_train_s_run(
    lexicon: Lexicon, text: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "en"), "middle-corridor") == expected


def held(facts: set[Fact], event: str) -> set[str]:
    return {f[2] for f in facts if f[0] == event and f[1] == "heldIn" and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "language", "date", "event", "expected"),
    [
        # fighting between the event's two sides: each list of places written with the kind of area
        (
            "13 Eylül'de Ermenistan ordusu Gorus ve Cermuk bölgelerindeki mevzilerden Azerbaycan ordusunun"
            " Kelbecer, Daşkesen ve Laçın illerindeki noktalarını ateş altına aldı.",
            "tr",
            "2022-09-20",
            "september-2022-armenia-azerbaijan-clashes",
            {"goris", "jermuk", "kalbajar", "dashkasan", "lachin"},
        ),
        # an operation launched where a participle before its noun says
        (
            "Azerbaycan ordusu, 19 Eylül'de Karabağ'da başlattığı terörle mücadele operasyonunu bir gün sonra"
            " durdurdu.",
            "tr",
            "2023-09-25",
            "karabakh-operation-2023",
            {"karabakh"},
        ),
        # the event's name with its place, no one told as fighting
        (
            "Moscow followed the anti-terrorist operation in Karabakh closely.",
            "en",
            "2023-09-25",
            "karabakh-operation-2023",
            {"karabakh"},
        ),
        (
            "Rusya, Karabağ'daki antiterör operasyonunu yakından izledi.",
            "tr",
            "2023-09-25",
            "karabakh-operation-2023",
            {"karabakh"},
        ),
        # a place elsewhere in the sentence is not where the event was
        (
            "Bakü'deki toplantıda Rusya, antiterör operasyonunu yakından izlediğini söyledi.",
            "tr",
            "2023-09-25",
            "karabakh-operation-2023",
            set(),
        ),
    ],
)
def test_where_fighting_was(
    lexicon: Lexicon, text: str, language: str, date: str, event: str, expected: set[str]
) -> None:
    assert held(read(lexicon, text, language, date), event) == expected


def sides(facts: set[Fact], event: str) -> set[str]:
    return {f[2] for f in facts if f[0] == event and f[1] == "participant" and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Second Karabakh War was fought between the armies of Armenia and Azerbaijan.",
            "en",
            {"armenia", "azerbaijan"},
        ),
        (
            "The Second Karabakh War broke out between Azerbaijan and Armenia in 2020.",
            "en",
            {"armenia", "azerbaijan"},
        ),
        ("2. Karabağ Savaşı, Ermenistan ile Azerbaycan arasında 44 gün sürdü.", "tr", set()),
        (
            "2. Karabağ Savaşı 2020'de Ermenistan ile Azerbaycan arasında yaşandı.",
            "tr",
            {"armenia", "azerbaijan"},
        ),
        (
            "Azerbaycan ve Ermenistan orduları arasında yaşanan 2. Karabağ Savaşı 44 gün sürdü.",
            "tr",
            {"armenia", "azerbaijan"},
        ),
        # fighting between them after the war is not the war
        (
            "2. Karabağ Savaşı'ndan sonra Ermenistan ile Azerbaycan arasında yeni çatışmalar yaşandı.",
            "tr",
            set(),
        ),
    ],
)
def test_a_war_s_sides_written_after_it(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    assert sides(read(lexicon, text, language), "second-karabakh-war") == expected


@pytest.mark.parametrize(
    ("text", "language", "event", "expected"),
    [
        (
            "Observers still debate the 2021 border crisis. The crisis began on 12 May 2021, when Azerbaijani"
            " troops advanced into Armenia in the provinces of Syunik and Gegharkunik.",
            "en",
            "2021-armenia-azerbaijan-border-crisis",
            {("date", "2021-05-12"), ("heldIn", "syunik"), ("heldIn", "gegharkunik")},
        ),
        # "the operation" after a sentence that names a crisis is not that crisis
        (
            "Observers still debate the 2021 border crisis. The operation began on 12 May 2021, when"
            " Azerbaijani troops advanced into Armenia in the provinces of Syunik and Gegharkunik.",
            "en",
            "2021-armenia-azerbaijan-border-crisis",
            set(),
        ),
    ],
)
def test_the_event_the_sentence_before_named(
    lexicon: Lexicon, text: str, language: str, event: str, expected: set[tuple[str, str]]
) -> None:
    facts = read(lexicon, text, language, "2021-12-01")
    told = {
        (f[1], f[2]) for f in facts if f[0] == event and f[1] in ("date", "heldIn") and f[3] == "asserted"
    }
    assert told == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an agreement arranged is its provision: asserted
        (
            "Baku broke the ceasefire agreement, since the Lachin corridor was to be under the control of"
            " Russia's peacekeepers.",
            "asserted",
        ),
        # a plan no agreement is said to give stays what is intended
        ("The Lachin corridor was to be under the control of Russia's peacekeepers.", "intended"),
    ],
)
def test_what_an_agreement_arranged_is_its_provision(lexicon: Lexicon, text: str, expected: str) -> None:
    facts = read(lexicon, text, "en")
    assert {f[3] for f in facts if f[:3] == ("lachin-corridor", "controlledBy", "russia")} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence after a provision, about the corridor, goes on with it
        (
            "Ateşkes bildirisinin 9. maddesine göre Zengezur Koridoru Azerbaycan ile Nahçıvan'ı bağlayacak."
            " Koridorun güvenliği Rusya tarafından sağlanacak.",
            "asserted",
        ),
        # no provision before: what will be is intended
        (
            "Zengezur Koridoru Azerbaycan ile Nahçıvan'ı bağlayacak. Koridorun güvenliği Rusya tarafından"
            " sağlanacak.",
            "intended",
        ),
    ],
)
def test_a_provision_goes_on_in_the_corridor_s_next_sentence(
    lexicon: Lexicon, text: str, expected: str
) -> None:
    facts = read(lexicon, text, "tr")
    assert {f[3] for f in facts if f[:3] == ("zangezur-corridor", "controlledBy", "russia")} == {expected}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        (
            "The Russian peacekeeping forces completed their deployment to Shusha on Monday.",
            "russian-peacekeeping-contingent",
            {"shusha"},
        ),
        (
            "The Russian peacekeeping mission has deployed posts along the Lachin corridor and in Aghdam.",
            "russian-peacekeeping-contingent",
            {"lachin-corridor", "aghdam"},
        ),
        # a ministry that sends troops is not where they go
        ("The Russian Defense Ministry deployed more troops to Shusha.", "russia-ministry-of-defence", set()),
    ],
)
def test_a_force_is_where_it_deployed(lexicon: Lexicon, text: str, key: str, expected: set[str]) -> None:
    facts = read(lexicon, text, "en")
    assert {f[2] for f in facts if f[0] == key and f[1] == "basedIn" and f[3] == "asserted"} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            'Rusya\'nın içinde bulunduğu "Kuzey Koridoru" ile İran\'ın içinde yer aldığı "Güney Koridoru"'
            " önemlidir."
            " Çin'i Orta Doğu'ya bağlayan Kuzey ve Güney koridorları risklidir.",
            "tr",
            {
                ("northern-corridor", "china"),
                ("northern-corridor", "middle-east"),
                ("southern-corridor", "china"),
                ("southern-corridor", "middle-east"),
            },
        ),
        (
            "The Middle Corridor is an alternative to the Northern Corridor. The Northern and Middle"
            " corridors both link China with Europe.",
            "en",
            {
                ("northern-corridor", "china"),
                ("northern-corridor", "europe"),
                ("middle-corridor", "china"),
                ("middle-corridor", "europe"),
            },
        ),
        # a second name no corridor of the text or the lexicon has: only the route of the one named
        (
            "The Middle Corridor links China with Europe. The Middle and Eastern corridors are busy.",
            "en",
            {("middle-corridor", "china"), ("middle-corridor", "europe")},
        ),
    ],
)
def test_two_corridors_with_one_head_word(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    facts = read(lexicon, text, language)
    told = {(f[0], f[2]) for f in facts if f[1] == "connects" and f[3] == "asserted"}
    assert told - {(a, b) for a, b in told if b in ("russia", "iran")} == expected


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        (
            "Ermenistan, Kelbecer bölgesini de Karabağ'ın Ermenistan ile bağlantısını korumak amacıyla Laçın"
            " koridoru haricinde geri verecek.",
            "lachin-corridor",
            {"karabakh", "armenia"},
        ),
        (
            "Ermenistan, Kelbecer bölgesini de Nahçıvan'ın Azerbaycan ile bağlantısını sağlayacak Zengezur"
            " Koridoru için açacak.",
            "zangezur-corridor",
            {"nakhchivan", "azerbaijan"},
        ),
    ],
)
def test_a_link_of_a_place_with_another(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    # "X'in Y ile bağlantısı": its two ends, not the object the sentence gives back before it
    assert connected(read(lexicon, text, "tr"), corridor) == expected


def test_the_2020_war_its_day_and_place(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Azerbaijan regained districts in the 2020 war in and around Karabakh.", "en")
    assert held(facts, "second-karabakh-war") == {"karabakh"}
    facts = read(lexicon, "On 27 September 2020, the Second Karabakh War began.", "en")
    assert ("second-karabakh-war", "date", "2020-09-27", "asserted") in facts
    # a document the sentence names before the war is not dated by the day
    facts = read(
        lexicon, "On 10 November 2020, the statement ending the Second Karabakh War was signed.", "en"
    )
    assert ("second-karabakh-war", "date", "2020-11-10", "asserted") not in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two presidents signed a deal on a railroad that will connect Nakhchivan with Kars.", "en"),
        ("İki lider, Kars'ı Nahçıvan'a bağlayacak bir demiryolu için anlaşma imzaladı.", "tr"),
    ],
)
def test_a_line_between_kars_and_nakhchivan_is_the_kars_igdir_line(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert connected(read(lexicon, text, language), "kars-igdir-dilucu-railway") == {"kars", "nakhchivan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zangezur corridor would connect Azerbaijan proper to its exclave, Nakhchivan, and then"
            " onto Turkey.",
            {"azerbaijan", "nakhchivan", "turkiye"},
        ),
        (
            "The Zangezur corridor would link Azerbaijan with Nakhchivan and on to Turkey.",
            {"azerbaijan", "nakhchivan", "turkiye"},
        ),
        # what comes after, not a further end
        (
            "The Zangezur corridor would link Azerbaijan with Nakhchivan, and Turkey backs it.",
            {"azerbaijan", "nakhchivan"},
        ),
    ],
)
def test_a_route_s_onward_end(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "en"), "zangezur-corridor") == expected


@pytest.mark.parametrize(
    ("text", "event", "day"),
    [
        (
            "Moscow watched the anti-terrorist operation in Nagorno-Karabakh, which began on September 19.",
            "karabakh-operation-2023",
            "2023-09-19",
        ),
        (
            "The Second Karabakh War, which began on 27 September 2020, lasted 44 days.",
            "second-karabakh-war",
            "2020-09-27",
        ),
    ],
)
def test_an_event_s_day_in_a_relative_clause(lexicon: Lexicon, text: str, event: str, day: str) -> None:
    assert (event, "date", day, "asserted") in read(lexicon, text, "en", "2023-10-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaycan'ın antiterör operasyonu 19 Eylül'de başladı.", {"azerbaijan"}),
        # the genitive before an event in the locative is the subject of the verb after it
        (
            "Bu, Azerbaycan'ın antiterör operasyonunda kaybettiği mevzileri geri alacağı anlamına geliyor.",
            set(),
        ),
    ],
)
def test_a_turkish_genitive_before_an_operation(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert sides(read(lexicon, text, "tr", "2023-10-01"), "karabakh-operation-2023") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Poti, a Black Sea port, handles more cargo every year.", "en", {("poti", "black-sea")}),
        ("Baku, the largest Caspian Sea port, grew fast.", "en", {("baku", "caspian-sea")}),
        (
            "The new Anaklia deep sea port, which would be the largest Black Sea port of Georgia, is late.",
            "en",
            {("anaklia", "black-sea")},
        ),
        ("Hazar Denizi'ndeki Aktau limanı büyüyor.", "tr", {("aktau", "caspian-sea")}),
        ("Karadeniz kıyısındaki Poti limanı önemli.", "tr", {("poti", "black-sea")}),
        # the sea's adjective before the kind of place and "of"
        ("Trucks reach the Caspian port of Aktau in two days.", "en", {("aktau", "caspian-sea")}),
        ("Georgia's Black Sea port of Batumi was busy.", "en", {("batumi", "black-sea")}),
        ("Containers left the Mediterranean port city of Mersin.", "en", {("mersin", "mediterranean-sea")}),
        ("Ships sail from the Caspian Port of Alat each week.", "en", {("alat", "caspian-sea")}),
        # the port word inside a name before "in the ... Ocean"
        (
            "We built a terminal in Lianyungang Port in the Pacific Ocean.",
            "en",
            {("lianyungang", "pacific-ocean")},
        ),
        # a gulf is a sea
        (
            "Yükler Basra Körfezi'ndeki Bender Abbas limanından geliyor.",
            "tr",
            {("bandar-abbas", "persian-gulf")},
        ),
        # a sea named beside, not the place's
        ("Georgia trades with Black Sea ports.", "en", set()),
        ("Black Sea trade grew and the port of Poti with it.", "en", set()),
    ],
)
def test_a_port_on_its_sea(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    facts = read(lexicon, text, language)
    assert {(a, b) for a, b in located(facts) if b.endswith(("-sea", "-gulf", "-ocean"))} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Konteynerler Sincan Uygur Özerk Bölgesi'ndeki Korgas Limanı'ndan çıktı.",
            "tr",
            ("korgas", "xinjiang-uyghur-autonomous-region"),
        ),
        ("Cargo first reached Qingdao Port in China.", "en", ("qingdao", "china")),
        ("Gemiler Gürcistan'daki Kulevi Deniz Limanı'na yanaştı.", "tr", ("kulevi", "georgia")),
    ],
)
def test_a_port_unknown_to_the_lexicon_is_keyed_by_its_town(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    facts = located(read(lexicon, text, language))
    assert expected in facts
    assert not [p for p, _ in facts if p.endswith(("-limani", "-port"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Situated on the western shore of the Caspian Sea, Alat port keeps growing.",
            ("alat", "caspian-sea"),
        ),
        ("Located in Syunik province, Kajaran is home to a copper mine.", ("kajaran", "syunik")),
    ],
)
def test_a_fronted_participle_of_place(lexicon: Lexicon, text: str, expected: tuple[str, str]) -> None:
    assert expected in located(read(lexicon, text, "en"))


def test_a_fronted_participle_against_the_lexicon_places_nothing(lexicon: Lexicon) -> None:
    assert ("baku", "armenia") not in located(read(lexicon, "Located in Armenia, Baku grew fast.", "en"))


def test_a_place_said_not_to_lie_within_borders(lexicon: Lexicon) -> None:
    text = "Horadiz, bugün Füzuli rayonu sınırları içinde kalmıyor."
    assert ("horadiz", "fuzuli") not in located(read(lexicon, text, "tr"))


def test_a_ports_kind_words_are_no_town(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Georgia will build a new Deep Sea Port near Anaklia.", "en")
    assert not [f for f in facts if f[0] in ("deep", "new")]


def test_xinjiang_is_in_china(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Tren Çin'in Xinjiang Uygur Özerk Bölgesi'nden yola çıktı.", "tr")
    assert ("xinjiang-uyghur-autonomous-region", "china") in located(facts)


def test_a_wide_region_is_in_no_other(lexicon: Lexicon) -> None:
    text = "Toplam 300 Çin-Avrupa (Orta Asya) yük treni istasyondan geçti."
    assert not [f for f in located(read(lexicon, text, "tr")) if f[0] == "europe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's (or a town's) name before the kind of place and "of"
        ("Shells fell on the Tavush village of Berdavan overnight.", ("berdavan", "tavush")),
        ("The Syunik town of Kapan hosted the governors.", ("kapan", "syunik")),
        ("A terminal will be built at the Baku suburb of Alyat.", ("alat", "baku")),
    ],
)
def test_a_regions_name_before_the_kind_of_a_place(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    assert expected in located(read(lexicon, text, "en"))


def test_a_sea_adjective_or_a_town_the_lexicon_puts_elsewhere_is_no_region(lexicon: Lexicon) -> None:
    facts = located(read(lexicon, "Cargo left the Mediterranean port of Mersin.", "en"))
    assert not [f for f in facts if f[1] == "mediterranean"]
    assert ("baku", "syunik") not in located(read(lexicon, "The Syunik village of Baku is a namesake.", "en"))


def test_the_tavush_gazakh_villages_under_their_english_spellings(lexicon: Lexicon) -> None:
    text = (
        "The commissions agreed on four sections: Baghanis (Armenia) - Baghanis Ayrim (Azerbaijan), Voskepar"
        " (Armenia) - Ashaghi Askipara (Azerbaijan), Kirants (Armenia) - Kheirimli (Azerbaijan) and Berkaber"
        " (Armenia) - Ghizilhajili (Azerbaijan)."
    )
    assert located(read(lexicon, text, "en")) >= {
        ("baganis", "armenia"),
        ("baganis-ayrim", "azerbaijan"),
        ("ashagi-askipara", "azerbaijan"),
        ("kheyrimli", "azerbaijan"),
        ("gizilghajili", "azerbaijan"),
    }


def test_the_state_before_a_sea_port_of_a_town(lexicon: Lexicon) -> None:
    facts = located(read(lexicon, "Kazakhstan's Caspian port of Aktau is growing.", "en"))
    assert {("aktau", "kazakhstan"), ("aktau", "caspian-sea")} <= facts


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The corridor will be operated by Russia.", "asserted"),  # goes on with the provision
        ("The corridor is expected to be operated by Russia.", "intended"),  # the reporter's expectation
    ],
)
def test_a_hedged_sentence_after_a_provision_is_the_reporter_s_expectation(
    lexicon: Lexicon, second: str, expected: str
) -> None:
    text = "Under the agreement, the Zangezur corridor will connect Azerbaijan with Nakhchivan. " + second
    facts = read(lexicon, text, "en")
    assert {f[3] for f in facts if f[:3] == ("zangezur-corridor", "controlledBy", "russia")} == {expected}


def test_a_verb_after_a_comma_ends_a_routes_stations(lexicon: Lexicon) -> None:
    """The main clause's object after the route's apposition is no station of it."""
    text = "The Middle Corridor, running from Kazakhstan to Azerbaijan, offers China a faster link."
    facts = read(lexicon, text, "en")
    assert ("middle-corridor", "connects", "china", "asserted") not in facts
    assert ("middle-corridor", "connects", "azerbaijan", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Work on the Kars-Akhalkalaki-Tbilisi railway goes on. Georgia must restore the"
            " Akhalkalaki-Tbilisi railway section first.",
            set(),
        ),
        # no section written: a line of its own
        (
            "Work on the Kars-Akhalkalaki-Tbilisi railway goes on. Georgia must restore the"
            " Akhalkalaki-Tbilisi railway first.",
            {"akhalkalaki", "tbilisi"},
        ),
    ],
)
def test_a_section_of_a_line_is_no_line_of_its_own(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "en"), "akhalkalaki-tbilisi-railway") == expected


def test_a_federal_state_named_with_eyaleti_is_a_place_in_its_country(lexicon: Lexicon) -> None:
    """ "ABD'nin Virginia eyaletindeki": a name before "eyaleti" is a place, in the state whose
    genitive comes before it; a name before another noun is not ("Virginia heyeti")."""
    facts = read(lexicon, "Heyet, ABD'nin Virginia eyaletindeki bir üste karşılandı.", "tr")
    assert ("virginia", "united-states") in located(facts)
    facts = read(lexicon, "Heyet, ABD'nin Virginia heyetiyle görüştü.", "tr")
    assert ("virginia", "united-states") not in located(facts)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a definite route noun its description restricts, and a Turkish participle's route noun
        (
            "Engineers surveyed the new railway linking Nakhchivan to Kars last month.",
            "en",
            {"kars", "nakhchivan"},
        ),
        ("Kars'tan Nahçıvan'a uzanacak demiryolu hattının ihalesi yapıldı.", "tr", {"kars", "nakhchivan"}),
        ("Nahçıvan'ı Kars'a bağlayan demir yolu için çalışmalar başladı.", "tr", {"kars", "nakhchivan"}),
        # a route noun with no connect word before or after it is no route described
        ("The railway was a topic in Kars and Nakhchivan talks.", "en", set()),
    ],
)
def test_a_route_noun_its_description_restricts(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), "kars-igdir-dilucu-railway") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Middle Corridor not only links China with Europe but also Central Asia.",
            {"china", "europe", "central-asia"},
        ),
        (
            "Officials say the Middle Corridor does not connect China with Europe yet.",
            set(),
        ),
    ],
)
def test_not_only_but_also_affirms_each_end(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "en"), "middle-corridor") == expected


def test_ties_between_two_states_are_no_route(lexicon: Lexicon) -> None:
    """ "bağlar" (ties) is a noun: "arasındaki bağların güçlendiğini" joins nothing; the verb
    "bağlar" (connects) still does."""
    text = (
        "Bakan, Orta Koridor'un önemini anlattı ve Türkiye ile Azerbaycan arasındaki bağların"
        " güçlendiğini vurguladı."
    )
    assert connected(read(lexicon, text, "tr"), "middle-corridor") == set()
    text = "Orta Koridor, Çin'i Avrupa'ya bağlar."
    assert connected(read(lexicon, text, "tr"), "middle-corridor") == {"china", "europe"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a comma and "in" a state or a state's province
        (
            "Shelling damaged houses near Kalbajar, in western Azerbaijan, overnight.",
            "en",
            ("kalbajar", "azerbaijan"),
        ),
        ("The base in Gyumri, in Armenia's Shirak province, was reinforced.", "en", ("gyumri", "shirak")),
        ("Drones struck Sotk in Armenia's Gegharkunik province.", "en", ("sotk", "gegharkunik")),
        # a place, a comma, and the province or region after it
        ("A clinic opened in Jermuk, Vayots Dzor province, on Friday.", "en", ("jermuk", "vayots-dzor")),
        ("Buses left Kapan, Syunik region; others waited.", "en", ("kapan", "syunik")),
        # the Turkish province in the nominative before its district
        ("Kars ili Arpaçay ilçesindeki tören kalabalıktı.", "tr", ("arpacay", "kars")),
        ("Iğdır ili Aralık ilçesinde yeni bir gümrük binası açıldı.", "tr", ("aralik", "igdir")),
    ],
)
def test_a_place_with_its_area_after_a_comma_or_before_it(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in located(read(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev stayed in Baku, in Armenia's view, far too long.", "en"),
        ("He met Aliyev in Baku, Gabala province officials said.", "en"),
        ("Pashinyan flew from Baku in Russia's jet to Moscow.", "en"),
        ("Kars ili valisi Arpaçay'ı ziyaret etti.", "tr"),
    ],
)
def test_no_area_where_the_words_around_say_none(lexicon: Lexicon, text: str, language: str) -> None:
    facts = located(read(lexicon, text, language))
    assert not {f for f in facts if f[0] in ("baku", "arpacay")}


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # a verbal noun's genitive subject, and a superlative inside "X ile Y arasında ... yolu"
        (
            "Uzmanlar, Zengezur Koridoru'nun Azerbaycan'ı Nahçıvan'a bağlamasının ticareti"
            " artıracağını söylüyor.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        (
            "Orta Koridor, Çin ile Avrupa arasında en güvenli ticaret yolu sayılıyor.",
            "middle-corridor",
            {"china", "europe"},
        ),
    ],
)
def test_turkish_verbal_nouns_and_superlatives_give_a_route(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "bağlamında" (in the context of), "bağlantılı olarak" (in relation to)
        ("Bakan, Zengezur Koridoru bağlamında Ermenistan ile Rusya'yı eleştirdi.", "tr"),
        ("Aliyev, Zengezur Koridoru hakkında Ermenistan ve Rusya ile bağlantılı olarak konuştu.", "tr"),
        # a participle's own head noun, not the corridor named after it
        (
            "Türkiye ile Azerbaycan'ı birbirine bağlayan dostluk bağları Zengezur Koridoru ile güçlenecek.",
            "tr",
        ),
        ("Azerbaycan'dan Türkiye'ye uzanan boru hatları, Zengezur Koridoru'nu tamamlayacak.", "tr"),
        # people from places, and trade between states a corridor is only cited for
        ("The Zangezur corridor conference drew officials from Turkey, Azerbaijan and Armenia.", "en"),
        ("Trade between Turkey and Azerbaijan rose, analysts said, pointing to the Zangezur corridor.", "en"),
    ],
)
def test_connect_words_of_other_things_near_a_corridor(lexicon: Lexicon, text: str, language: str) -> None:
    assert connected(read(lexicon, text, language), "zangezur-corridor") == set()


def test_what_a_route_carries_between_places_after_its_name(lexicon: Lexicon) -> None:
    text = "The Middle Corridor carries freight between China and Europe."
    assert connected(read(lexicon, text, "en"), "middle-corridor") == {"china", "europe"}
    # what it is to do for trade between places is an effect, not its route
    text = "The Trump Route is expected to boost trade between the United States and Central Asia."
    assert connected(read(lexicon, text, "en"), "trump-route") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # who acts on the route is no station
        ("The Zangezur corridor, opposed by Iran and backed by Turkey, would pass through Syunik.", "en"),
        # a route noun coordinated with a corridor's name is another route
        (
            "The Zangezur corridor competes with Iran's roads and the route from Armenia to Georgia by rail.",
            "en",
        ),
        # what lies between two states is the head noun the corridor's name qualifies
        ("Türkiye ile Ermenistan arasındaki Zengezur Koridoru tartışması sürüyor.", "tr"),
    ],
)
def test_places_near_a_corridor_that_are_not_on_it(lexicon: Lexicon, text: str, language: str) -> None:
    assert connected(read(lexicon, text, language), "zangezur-corridor") == set()


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # each end set in its state: the ends, not the states
        (
            "The Kars-Igdir-Dilucu railway will connect Kars in Turkey with Nakhchivan in Azerbaijan.",
            "kars-igdir-dilucu-railway",
            {"kars", "nakhchivan"},
        ),
        (
            "The Lachin road became a highway linking Goris in Armenia, Lachin in Azerbaijan and Khankendi.",
            "lachin-corridor",
            {"goris", "lachin", "khankendi"},
        ),
        # the place whose link it is, and the place it is given a link to
        (
            "After the war the Lachin corridor was Karabakh's only overland link to Armenia.",
            "lachin-corridor",
            {"karabakh", "armenia"},
        ),
        (
            "The Lachin corridor is Karabakh's sole land connection with Armenia.",
            "lachin-corridor",
            {"karabakh", "armenia"},
        ),
        (
            "Baku hopes the Zangezur corridor will give mainland Azerbaijan a direct link to Nakhchivan.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        (
            "The Lachin corridor provides Karabakh with a link to Armenia.",
            "lachin-corridor",
            {"karabakh", "armenia"},
        ),
        # a link to a thing that is no place
        ("The deal gives Armenia a link to the Zangezur corridor talks.", "zangezur-corridor", set()),
    ],
)
def test_english_ends_in_their_states_and_a_place_s_link(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "en"), corridor) - {"igdir", "dilucu", "aralik"} == expected


def test_a_shipment_s_run_along_a_line_is_not_its_route(lexicon: Lexicon) -> None:
    """ "cargo delivered via the X railway from A to B": the direction of one delivery; the
    line's name still gives its towns."""
    text = "The first cargo was delivered via the Baku-Tbilisi-Kars railway from Turkey to Georgia."
    assert connected(read(lexicon, text, "en"), "baku-tbilisi-kars-railway") == {"baku", "tbilisi", "kars"}


def test_links_in_general_are_not_the_one_corridor_the_document_names(lexicon: Lexicon) -> None:
    text = (
        "Kazakhstan develops the Middle Corridor. The new terminals boost transport links between China"
        " and Kazakhstan."
    )
    assert connected(read(lexicon, text, "en"), "middle-corridor") == set()


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # "ile" pairs two: a name before them and a comma is the sentence's subject
        (
            "Meghri, Azerbaycan ile Nahçıvan arasında tek kara yolu olacak Zengezur Koridoru'nun"
            " geçeceği kasabadır.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # a "between" before a participle's own places is another thing's
        (
            "Ermenistan ve Türkiye arasındaki Azerbaycan'ı Nahçıvan'a bağlayan Zengezur Koridoru"
            " tartışması sürüyor.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # where a line starts, what it passes and where it reaches: a railway from Baku to Kars is BTK
        (
            "Bakü'den başlayıp Tiflis ve Ahılkelek'ten geçerek Kars'a uzanan demiryolu yeniden açıldı.",
            "baku-tbilisi-kars-railway",
            {"baku", "tbilisi", "akhalkalaki", "kars"},
        ),
        # the stations of another route noun written between them and the corridor
        (
            "Bakü'den başlayıp Gürcistan'dan Türkiye'ye uzanan Bakü-Tiflis ticaret yoluna rakip"
            " olarak görülen Zengezur Koridoru tartışılıyor.",
            "zangezur-corridor",
            set(),
        ),
    ],
)
def test_turkish_between_pairs_and_a_line_s_start(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


def test_a_railway_between_baku_and_kars_is_the_btk_line(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Officials inspected a railway between Baku and Kars.", "en")
    assert connected(facts, "baku-tbilisi-kars-railway") == {"baku", "kars"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "bulunan / yer alan" after a locative: located at
        (
            "Iğdır'ın Karakoyunlu ilçesinde bulunan Alican Sınır Kapısı yenileniyor.",
            "tr",
            ("alican", "karakoyunlu"),
        ),
        ("Syunik bölgesinde yer alan Kapan kentinde seçim yapıldı.", "tr", ("kapan", "syunik")),
        ("Ermenistan'da bulunan Gümrü kentinde bir Rus üssü var.", "tr", ("gyumri", "armenia")),
        # "located / situated in", "lies in"
        ("The Alican border gate, located in Igdir province, was renovated.", "en", ("alican", "igdir")),
        ("Kapan is situated in Syunik province.", "en", ("kapan", "syunik")),
        ("Meghri lies in southern Armenia, near Iran.", "en", ("meghri", "armenia")),
    ],
)
def test_a_place_said_to_be_located_in_another(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in located(read(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaycan'da bulunan heyet Bakü'ye döndü.", "tr"),
        ("The delegation, located in Baku since March, left for Yerevan.", "en"),
        ("Flights from Baku, located in Russia's airspace plan, were cut.", "en"),
    ],
)
def test_no_place_located_where_none_is_the_subject(lexicon: Lexicon, text: str, language: str) -> None:
    assert not {f for f in located(read(lexicon, text, language)) if f[1] in ("azerbaijan", "baku", "russia")}


def test_a_future_verb_before_ve_is_its_subject_s_not_a_participle(lexicon: Lexicon) -> None:
    """ "X hattı, A'yı B'ye bağlayacak ve Orta Koridor'un parçası olacak": the line's route, not the
    corridor named after "ve"."""
    text = (
        "Kars-Iğdır-Nahçıvan demiryolu hattı, Türkiye'yi Azerbaycan'a bağlayacak ve Orta Koridor'un bir"
        " parçası olacak."
    )
    facts = read(lexicon, text, "tr")
    assert connected(facts, "middle-corridor") == set()
    assert {"turkiye", "azerbaijan"} <= connected(facts, "kars-igdir-dilucu-railway")
    # a participle still describes the corridor after it
    text = "Türkiye'yi Azerbaycan'a bağlayacak Orta Koridor projesi hız kazandı."
    assert connected(read(lexicon, text, "tr"), "middle-corridor") == {"turkiye", "azerbaijan"}


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        (
            "The railway, which will connect Nakhchivan with Kars, is due in 2029.",
            "kars-igdir-dilucu-railway",
            {"kars", "nakhchivan"},
        ),
        (
            "The planned route will connect mainland Azerbaijan and Nakhchivan by road and rail.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
    ],
)
def test_a_definite_route_whose_own_verb_gives_its_ends(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "en"), corridor) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Aktau-Baku ferry line links Kazakhstan and Azerbaijan.", "en"),
        ("Aktau-Bakü feribot hattı Kazakistan ile Azerbaycan'ı birbirine bağlıyor.", "tr"),
    ],
)
def test_a_ferry_line_named_after_its_ports_is_one_route_in_both_languages(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert connected(read(lexicon, text, language), "aktau-baku-ferry-line") == {"kazakhstan", "azerbaijan"}


def test_a_border_named_after_two_states_is_no_route(lexicon: Lexicon) -> None:
    for text, language in [
        ("Shooting was reported on the Armenia-Azerbaijan border near Sotk.", "en"),
        ("Ermenistan-Azerbaycan sınırında çatışma çıktı.", "tr"),
        ("The Turkey-Armenia normalization process resumed in Vienna.", "en"),
    ]:
        assert not {f for f in read(lexicon, text, language) if f[1] == "connects"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a state's adjective before a kind of two words, or right before the name
        ("Ministers met in the Georgian port city of Batumi.", "en", ("batumi", "georgia")),
        ("He landed in the Armenian capital Yerevan on Monday.", "en", ("yerevan", "armenia")),
        # an apposition with a possessive and words before the kind
        ("Aktau, Kazakhstan's main Caspian port, is growing fast.", "en", ("aktau", "kazakhstan")),
        # a Turkish genitive before a kind of two words, or a coast before the place and its kind
        ("Gürcistan'ın liman kenti Batum'da bir forum yapıldı.", "tr", ("batumi", "georgia")),
        ("Kazakistan'ın Hazar kıyısındaki Aktau limanı genişliyor.", "tr", ("aktau", "kazakhstan")),
        # "X'e ait" (belonging to) with the kind written
        (
            "Azerbaycan'a ait Nahçıvan Özerk Cumhuriyeti, Türkiye ile sınır komşusu.",
            "tr",
            ("nakhchivan", "azerbaijan"),
        ),
    ],
)
def test_more_of_where_places_are(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in located(read(lexicon, text, language))


def test_a_town_between_a_genitive_and_a_place_holds_it(lexicon: Lexicon) -> None:
    """ "Gürcistan'ın Telavi kentindeki Tsinandali bölgesinde": Tsinandali is Telavi's, not set in Georgia
    by the genitive over it."""
    facts = located(
        read(lexicon, "Toplantı Gürcistan'ın Telavi kentindeki Tsinandali bölgesinde yapıldı.", "tr")
    )
    assert ("tsinandali", "georgia") not in facts


def test_goods_carried_along_a_corridor_give_its_ends(lexicon: Lexicon) -> None:
    text = "Goods travel along the Middle Corridor from China to Europe in two weeks."
    assert connected(read(lexicon, text, "en"), "middle-corridor") == {"china", "europe"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the words add an end the name has not (Nakhchivan, Azerbaijan): the towns of the name stay
        (
            "Kars-Iğdır-Aralık-Dilucu Demiryolu, Türkiye'yi Nahçıvan'a bağlayacak.",
            "tr",
            {"kars", "igdir", "aralik", "dilucu", "turkiye", "nakhchivan"},
        ),
        (
            "The Kars-Igdir-Aralik-Dilucu railway will give Turkey a direct rail link with Azerbaijan.",
            "en",
            {"kars", "igdir", "aralik", "dilucu", "turkiye", "azerbaijan"},
        ),
        # the words give the states of the name's towns: the states are the route
        (
            "The Kars-Igdir-Aralik-Dilucu railway will carry freight across Turkey.",
            "en",
            {"kars", "igdir", "aralik", "dilucu"},
        ),
    ],
)
def test_a_line_s_name_stays_where_the_words_add_an_end(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), "kars-igdir-dilucu-railway") == expected


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # the past, future and aorist of "uzanmak" give a route too
        (
            "Bakan, Orta Koridor'un Çin'den Avrupa'ya uzandığını söyledi.",
            "middle-corridor",
            {"china", "europe"},
        ),
        ("Orta Koridor, Çin'den Avrupa'ya uzanır.", "middle-corridor", {"china", "europe"}),
        # a region a participle before the name says the route runs through (a state is only the way)
        (
            "İran, Ermenistan'ın Syunik bölgesinden geçecek Zengezur Koridoru'na karşı.",
            "zangezur-corridor",
            {"syunik"},
        ),
        ("İran, Ermenistan'dan geçecek Zengezur Koridoru'na karşı.", "zangezur-corridor", set()),
        # "uzadı" (lasted long) is no route
        ("Toplantı saatlerce uzadı ve Zengezur Koridoru konuşuldu.", "zangezur-corridor", set()),
    ],
)
def test_turkish_routes_that_reach_and_pass(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Trucks queued at Bagratashen, in Armenia's Tavush province.", "en", ("bagratashen", "tavush")),
        ("Ardahan'ın Türkgözü sınır kapısında yoğunluk yaşandı.", "tr", ("turkgozu", "ardahan")),
        ("Georgia's Kulevi port ships Azerbaijani oil.", "en", ("kulevi", "georgia")),
    ],
)
def test_border_crossings_and_ports_the_lexicon_knows(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in located(read(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        # a route given as its stations with dashes after the verb
        (
            "The Middle Corridor runs China–Kazakhstan–Caspian Sea–Azerbaijan–Georgia–Turkey.",
            "en",
            "middle-corridor",
            {"china", "kazakhstan", "caspian-sea", "azerbaijan", "georgia", "turkiye"},
        ),
        (
            "The corridor dispute runs deep in Armenia and Azerbaijan, a Zangezur corridor critic said.",
            "en",
            "zangezur-corridor",
            set(),
        ),
        # the places a corridor passes, two or more, in the ablative before "geçecek / geçiyor"
        (
            "Zengezur Koridoru Mehri, Agarak ve Kacaran'dan geçecek.",
            "tr",
            "zangezur-corridor",
            {"meghri", "agarak", "kajaran"},
        ),
        ("Zengezur Koridoru Ermenistan'dan geçecek.", "tr", "zangezur-corridor", set()),
        (
            "Washington'da imzalanan, Ermenistan'dan geçecek Zengezur Koridoru tartışılıyor.",
            "tr",
            "zangezur-corridor",
            set(),
        ),
    ],
)
def test_stations_listed_and_places_passed(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zengezur Koridoru, Azerbaycan'i Nahcivan'a baglayacak.", {"azerbaijan", "nakhchivan"}),
        (
            "Azerbaycan ile Nahcivan'i birlestirecek olan Zengezur koridoru tartisiliyor.",
            {"azerbaijan", "nakhchivan"},
        ),
        # ties (a noun) without Turkish letters are still no route
        ("Iki ulke arasindaki baglari guclendirmek icin Zengezur Koridoru gundemde.", set()),
    ],
)
def test_turkish_typed_without_turkish_letters(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "tr"), "zangezur-corridor") == expected


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # "from X to Y via A and B": the ends, not the transit, nor the state a station is in
        (
            "The Southern Gas Corridor moves gas from the Shah Deniz field in Azerbaijan to Italy via"
            " Georgia and Greece.",
            "southern-gas-corridor",
            {"shah-deniz", "italy"},
        ),
        # places passed without a from-to pair are no ends either (the way: runsThrough)
        (
            "The Middle Corridor passes through Kazakhstan, Azerbaijan and Georgia.",
            "middle-corridor",
            set(),
        ),
        # a speaker before the name is no station
        (
            "What Baku calls the Zangezur corridor would run from Meghri to Agarak.",
            "zangezur-corridor",
            {"meghri", "agarak"},
        ),
    ],
)
def test_english_ends_not_transit_nor_speakers(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "en"), corridor) == expected


def test_the_lexicon_places_the_lachin_checkpoint_and_tsinandali(lexicon: Lexicon) -> None:
    """Where the graph's lexicon puts them (world knowledge the analysts list where a text names
    them); the EU mission, an organization, is placed nowhere: ckg:locatedIn's domain is ckg:Place,
    disjoint with agents and corridors."""
    assert "eu-mission-in-armenia" not in lexicon.located_in
    assert lexicon.located_in["lachin-checkpoint"] == "lachin"
    assert "lachin-corridor" not in lexicon.located_in
    assert lexicon.located_in["tsinandali"] == "telavi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb between a state and "the port of X" is no adjective of the port
        ("Azerbaijan opened the port of Alyak last year.", set()),
        ("Kazakhstan has built the port of Kuryk.", set()),
        # an alias in brackets before "city of"
        (
            "The mission opened an office in the Ijevan (Karvansaray) city of Armenia.",
            {("ijevan", "armenia")},
        ),
    ],
)
def test_a_state_before_the_kind_of_a_place(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {f for f in located(read(lexicon, text, "en")) if f[0] in ("alyak", "kuryk", "ijevan")} == expected


def test_a_route_located_in_a_state_s_district(lexicon: Lexicon) -> None:
    facts = runs_through(
        read(lexicon, "The Lachin corridor, located in Azerbaijan's Lachin district, was closed.", "en")
    )
    assert ("lachin-corridor", "lachin") in facts
    # a corridor named before "in" a place where something about it happens is not in that place
    facts = runs_through(read(lexicon, "Talks on the Zangezur corridor in Moscow failed.", "en"))
    assert not {f for f in facts if f[0] == "zangezur-corridor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sadece / yalnızca ... bağlamıyor" (does not only connect) affirms
        ("Orta Koridor sadece Çin'i Avrupa'ya bağlamıyor, bölgeyi de kalkındırıyor.", {"china", "europe"}),
        # a plain negation does not
        ("Orta Koridor, Çin'i Avrupa'ya bağlamıyor.", set()),
        ("Orta Koridor henüz Çin'i Avrupa'ya bağlamayacak.", set()),
    ],
)
def test_turkish_not_only_is_no_negation(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "tr"), "middle-corridor") == expected


def test_a_field_or_terminal_in_a_state(lexicon: Lexicon) -> None:
    facts = located(read(lexicon, "Gas comes from the Shah Deniz field in Azerbaijan.", "en"))
    assert ("shah-deniz", "azerbaijan") in facts


def test_the_route_in_view_passes_the_places_listed(lexicon: Lexicon) -> None:
    text = (
        "Orta Koridor son yıllarda önem kazandı. Güzergah, Kazakistan, Azerbaycan ve Gürcistan'dan geçiyor."
    )
    assert connected(read(lexicon, text, "tr"), "middle-corridor") >= {"kazakhstan", "azerbaijan", "georgia"}
    # one place passed is only the way
    text = "Zengezur Koridoru yeniden gündemde. Koridor, Ermenistan'dan geçecek."
    assert connected(read(lexicon, text, "tr"), "zangezur-corridor") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were held in Tbilisi, the capital of Georgia.", {("tbilisi", "georgia")}),
        (
            "He visited Stepanakert, capital of the breakaway region of Nagorno-Karabakh.",
            {("khankendi", "karabakh")},
        ),
        # the kind of a body is no place's
        ("They met in Brussels, the seat of the European Union.", set()),
    ],
)
def test_a_place_the_kind_of_place_of_another(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    assert located(read(lexicon, text, "en")) == expected


def test_its_province_whose_kind_is_in_the_lexicon_s_name(lexicon: Lexicon) -> None:
    text = "Armenia agreed to return four abandoned villages in its Tavush province to Azerbaijan."
    assert ("tavush", "armenia") in located(read(lexicon, text, "en"))


def test_southeast_asia_is_one_place(lexicon: Lexicon) -> None:
    text = "The Middle Corridor is an international corridor that starts from Southeast Asia and China."
    assert connected(read(lexicon, text, "en"), "middle-corridor") == {"southeast-asia", "china"}


def test_the_sea_a_route_is_named_as_crossing(lexicon: Lexicon) -> None:
    text = "Bakanlar, Hazar Denizi geçişli Trans Hazar Uluslararası Taşımacılık Koridoru'nu görüştü."
    assert connected(read(lexicon, text, "tr"), "middle-corridor") == {"caspian-sea"}


def test_the_us_venues_of_the_talks_are_placed(lexicon: Lexicon) -> None:
    assert lexicon.located_in["arlington"] == "virginia"
    assert lexicon.located_in["george-p-shultz-national-foreign-affairs-training-center"] == "arlington"
    assert lexicon.located_in["andrews-air-force-base"] == "maryland"


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        (
            "Zengezur Koridoru, Azerbaycan'ın Nahçıvan'a kara yoluyla ulaşmasını sağlayacak.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        (
            "Aliyev'in Ankara'ya ulaşması Zengezur Koridoru tartışması yüzünden gecikti.",
            "zangezur-corridor",
            set(),
        ),
    ],
)
def test_a_route_that_lets_a_place_reach_another(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one place a route reaches, past a place it passes
        (
            "Kars-Iğdır-Aralık-Dilucu demiryolu hattı, Nahçıvan üzerinden Azerbaycan'a uzanacak.",
            {"azerbaijan"},
        ),
        # a place it passes alone is no end
        ("Kars-Iğdır-Aralık-Dilucu demiryolu hattı, Nahçıvan üzerinden geçecek.", set()),
    ],
)
def test_the_one_place_a_turkish_route_reaches(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    found = connected(read(lexicon, text, "tr"), "kars-igdir-dilucu-railway") - {
        "kars",
        "igdir",
        "aralik",
        "dilucu",
    }
    assert found == expected


def test_a_route_its_description_restricts_is_not_the_route_in_view(lexicon: Lexicon) -> None:
    """ "the railway linking Kars to Tbilisi" a sentence after the Lachin road is another route; "the
    corridor will link ..." is the one in view."""
    text = "The Lachin road was closed. Later, the railway linking Kars to Tbilisi reopened."
    assert connected(read(lexicon, text, "en"), "lachin-corridor") == set()
    text = "The Zangezur corridor was discussed. The corridor will link Azerbaijan with Nakhchivan."
    assert connected(read(lexicon, text, "en"), "zangezur-corridor") == {"azerbaijan", "nakhchivan"}


def test_an_unnamed_route_of_another_kind_is_not_the_document_s_line(lexicon: Lexicon) -> None:
    text = "Laçın koridoru kapatıldı. Ermenistan'ı İran'a bağlayacak bir doğalgaz boru hattı planlanıyor."
    assert connected(read(lexicon, text, "tr"), "lachin-corridor") == set()


def test_the_eu_mission_in_armenia_by_its_longer_names(lexicon: Lexicon) -> None:
    keys = {k for k, _, _ in lexicon.find("the European Union mission in Armenia met villagers")}
    assert "eu-mission-in-armenia" in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zengilan'da inşa edilen Zengilan Uluslararası Havalimanı hizmete girdi.",
            {("zangilan-international-airport", "zangilan")},
        ),
        # a meeting held somewhere is no place built there
        ("Bakü'de yapılan toplantıda Şuşa Deklarasyonu ele alındı.", set()),
    ],
)
def test_a_place_built_in_another(lexicon: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    assert {f for f in located(read(lexicon, text, "tr")) if f[1] != "azerbaijan"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ermenistan'ın Syunik bölgesinin Meghri kasabasında bir sınır kapısı var.", ("meghri", "syunik")),
        ("Iğdır ilinin Aralık ilçesinde yeni bir sınır kapısı açılacak.", ("aralik", "igdir")),
    ],
)
def test_a_genitive_on_the_kind_after_the_name(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    assert expected in located(read(lexicon, text, "tr"))


def test_a_kind_s_genitive_before_an_office_is_no_place(lexicon: Lexicon) -> None:
    assert not located(read(lexicon, "Tavuş bölgesinin valisi Kars'ı ziyaret etti.", "tr"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kapan, Syunik's main town, hosted the talks.", {("kapan", "syunik")}),
        ("Batumi, Adjara's capital, hosted the forum.", {("batumi", "adjara")}),
        # a place the lexicon puts elsewhere is not moved
        ("Aliyev visited Baku, Yerevan's rival capital.", set()),
    ],
)
def test_a_place_the_possessive_of_a_larger_place_sets(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    assert located(read(lexicon, text, "en")) == expected


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        # what a route passes "through" / "via" between the ends it is said to run from and to is
        # only the way, as the analysts read it in both languages
        (
            "Running from China to Europe through Kazakhstan, Azerbaijan and Georgia, the Middle Corridor"
            " is gaining weight.",
            "en",
            "middle-corridor",
            {"china", "europe"},
        ),
        (
            "The Middle Corridor stretches from China through Kazakhstan and the Caspian Sea to Europe.",
            "en",
            "middle-corridor",
            {"china", "europe"},
        ),
        (
            "The Middle Corridor links China with Europe via Kazakhstan, the Caspian Sea and Azerbaijan.",
            "en",
            "middle-corridor",
            {"china", "europe"},
        ),
        # with no ends given, the places it runs through are still only the way (runsThrough, ontology
        # 0.4.0), not ends
        (
            "The Middle Corridor runs through Kazakhstan, Azerbaijan and Georgia.",
            "en",
            "middle-corridor",
            set(),
        ),
        # "through the countries of", "across": the way too, after ends given by "links" or "starts in"
        (
            "The Middle Corridor carries freight of China and the European Union through the countries of"
            " Central Asia, the Caucasus and Eastern Europe.",
            "en",
            "middle-corridor",
            set(),
        ),
        (
            "The Middle Corridor starts in Kazakhstan and runs across the Caucasus.",
            "en",
            "middle-corridor",
            {"kazakhstan"},
        ),
        # the state a passed region is in ("Ermenistan'ın Syunik bölgesi üzerinden") is passed too
        (
            "Zengezur Koridoru, Azerbaycan'dan Ermenistan'ın Syunik bölgesi üzerinden Nahçıvan'a giden"
            " bir yol.",
            "tr",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
    ],
)
def test_places_a_route_passes_between_its_ends_are_not_ends(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what a Turkish route crosses ("aşarak") or follows ("takiben") on its way is no end
        "Yük trenleri, Hazar Denizi'ni aşarak Kazakistan'ı takiben Çin'e ulaşan Orta Koridor üzerinden"
        " taşınıyor.",
        "Gürcistan'dan Hazar Denizi'ni aşarak Kazakistan'ı takiben Çin'e ulaşan Orta Koridor gelişiyor.",
    ],
)
def test_turkish_places_crossed_or_followed_are_no_ends(lexicon: Lexicon, text: str) -> None:
    ends = connected(read(lexicon, text, "tr"), "middle-corridor")
    assert not ends & {"caspian-sea", "kazakhstan"}


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        # a railway line named after the towns it runs through: each is a station
        (
            "Kazakistan'dan gelen yükler Kars-Sivas-Ankara-Köseköy-İstanbul hattı boyunca taşınıyor.",
            "tr",
            "kars-sivas-ankara-kosekoy-istanbul-hatti",
            {"kars", "sivas", "ankara", "kosekoy", "istanbul"},
        ),
        (
            "Yeni Kars-Erzurum-Sivas hattı yük taşımacılığına açıldı.",
            "tr",
            "kars-erzurum-sivas-hatti",
            {"kars", "erzurum", "sivas"},
        ),
        (
            "Cargo moves along the Kars-Sivas-Ankara-Istanbul line.",
            "en",
            "kars-sivas-ankara-istanbul-line",
            {"kars", "sivas", "ankara", "istanbul"},
        ),
    ],
)
def test_a_rail_line_named_after_its_stations(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a "line" between capitals or states is a figure of speech, and a project no line
        ("Ankara-Moskova hattında diplomasi trafiği yoğunlaştı.", "tr"),
        ("Ankara-Bakü-Tiflis hattında yük taşımacılığı görüşüldü.", "tr"),
        ("The Moscow-Baku line of dialogue remains open.", "en"),
    ],
)
def test_a_line_between_capitals_is_no_railway(lexicon: Lexicon, text: str, language: str) -> None:
    assert not [f for f in read(lexicon, text, language) if f[1] == "connects"]


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        # each end set in its state: the places are the ends, not their states
        (
            "Kazakistan’ın Aktau, Azerbaycan’ın Bakü limanları arasında geçiş sağlayan Hazar Geçişli"
            " Uluslararası Taşımacılık Rotası büyüyor.",
            "tr",
            "middle-corridor",
            {"aktau", "baku"},
        ),
        (
            "Gürcistan'ın Poti limanı ile Azerbaycan'ın Alat limanı arasında bağlantı sağlayan Orta"
            " Koridor büyüyor.",
            "tr",
            "middle-corridor",
            {"poti", "alat"},
        ),
        (
            "The Middle Corridor provides a link between Kazakhstan's Aktau and Azerbaijan's Baku ports.",
            "en",
            "middle-corridor",
            {"aktau", "baku"},
        ),
        (
            "The Middle Corridor connects Georgia's Poti port with Azerbaijan's Alat port.",
            "en",
            "middle-corridor",
            {"poti", "alat"},
        ),
        ("The Middle Corridor runs between Aktau and Baku.", "en", "middle-corridor", {"aktau", "baku"}),
    ],
)
def test_ends_set_in_their_states(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


def test_a_route_in_an_adverb_is_not_the_noun_the_participle_describes(lexicon: Lexicon) -> None:
    # the ends the participle gives are the route's it describes (after the line "boyunca"), not
    # the line's
    text = (
        "Aktau ile Bakü arasında geçiş sağlayan ve Kars-Sivas-Ankara hattı boyunca Türkiye'den geçen"
        " Orta Koridor büyüyor."
    )
    facts = read(lexicon, text, "tr")
    assert connected(facts, "middle-corridor") == {"aktau", "baku"}
    assert not connected(facts, "kars-sivas-ankara-hatti") & {"aktau", "baku"}


@pytest.mark.parametrize(
    ("text", "language", "thing", "expected"),
    [
        # who answers for a zone, owns or runs a place or route holds it, both languages
        (
            "Laçın koridoru Rus barış güçlerinin sorumluluğunda bulunuyor.",
            "tr",
            "lachin-corridor",
            {"russia"},
        ),
        (
            "Laçın koridoru, Rus barış gücünün sorumluluk bölgesinde yer alıyor.",
            "tr",
            "lachin-corridor",
            {"russia"},
        ),
        (
            "Dağlık Karabağ, 2023'ten beri Azerbaycan'ın yönetiminde bulunuyor.",
            "tr",
            "karabakh",
            {"azerbaijan"},
        ),
        ("Alat limanı Azerbaycan'ın mülkiyetinde.", "tr", "alat", {"azerbaijan"}),
        ("Alat port is the property of Azerbaijan.", "en", "alat", {"azerbaijan"}),
        ("The Kars-Gyumri railway is owned and operated by Russia.", "en", "kars-gyumri-railway", {"russia"}),
        # a place that says where the force is, or places an agreement was reached between, are not held
        (
            "Moskova, Erivan ve Bakü arasında varılan mutabakata göre bölge Dağlık Karabağ'daki Rus barış"
            " güçlerinin sorumluluğunda.",
            "tr",
            "karabakh",
            set(),
        ),
        (
            "Moskova, Erivan ve Bakü arasında varılan mutabakata göre bölge Dağlık Karabağ'daki Rus barış"
            " güçlerinin sorumluluğunda.",
            "tr",
            "baku",
            set(),
        ),
    ],
)
def test_responsibility_ownership_and_rule_are_control(
    lexicon: Lexicon, text: str, language: str, thing: str, expected: set[str]
) -> None:
    assert controllers(read(lexicon, text, language), thing) == expected


def test_control_to_come_under_a_states_rule_is_intended(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Zengezur koridoru ABD'nin yönetiminde olacak.", "tr")
    assert ("zangezur-corridor", "controlledBy", "united-states", "intended") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after the place it works in is there
        (
            "The two ministers discussed the European Union mission in Armenia.",
            {("eu-mission-in-armenia", "armenia")},
        ),
        ("He met the head of the EU Mission in Armenia on Monday.", {("eu-mission-in-armenia", "armenia")}),
        # a body named after a state it does not work in says nothing of where it is
        ("The EU Mission met Armenian officials.", set()),
    ],
)
def test_a_body_named_after_where_it_works(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    facts = read(lexicon, text, "en")
    assert {(f[0], f[2]) for f in facts if f[1] == "basedIn" and f[0].startswith("eu-")} == expected


@pytest.mark.parametrize(
    ("text", "language", "where"),
    [
        # a checkpoint a state sets up on a route or at a place: the lexicon's checkpoint named after it
        ("Azerbaijan installed a border checkpoint on the Lachin road.", "en", "lachin-corridor"),
        (
            "Azerbaijani border guards set up a checkpoint at the entrance of the Lachin corridor.",
            "en",
            "lachin-corridor",
        ),
        ("A checkpoint was set up by Azerbaijan on the Lachin corridor last week.", "en", "lachin-corridor"),
        (
            "Azerbaijan's establishment of a checkpoint in the Lachin Corridor worries Washington.",
            "en",
            "lachin-corridor",
        ),
        ("Analysts criticised the installation of a checkpoint by Azerbaijan in Lachin.", "en", "lachin"),
        ("Azerbaycan'ın Laçin yoluna kurduğu kontrol noktası tartışılıyor.", "tr", "lachin-corridor"),
        ("Laçin koridorunda Azerbaycan tarafından kurulan kontrol noktası açıldı.", "tr", "lachin-corridor"),
        (
            "Azerbaycan Sınır Servisi, Ermenistan sınırında, Laçın koridorunun başında kontrol noktası"
            " kurulduğunu açıkladı.",
            "tr",
            "lachin-corridor",
        ),
    ],
)
def test_a_checkpoint_set_up_is_the_states(lexicon: Lexicon, text: str, language: str, where: str) -> None:
    facts = read(lexicon, text, language)
    assert controllers(facts, "lachin-checkpoint") == {"azerbaijan"}
    assert ("lachin-checkpoint", "locatedIn", where, "asserted") in facts
    # the state whose border it is on is not who set it up, and a town is not held by a checkpoint in it
    assert not [f for f in facts if f[1] == "controlledBy" and f[2] == "armenia"]
    assert not controllers(facts, "lachin")


def test_the_route_in_view_gets_the_checkpoint(lexicon: Lexicon) -> None:
    text = (
        "The Lachin corridor is Karabakh's only link to Armenia. On April 23, Azerbaijani officials set up a"
        " checkpoint in the corridor."
    )
    facts = read(lexicon, text, "en")
    assert controllers(facts, "lachin-checkpoint") == {"azerbaijan"}
    assert ("lachin-checkpoint", "locatedIn", "lachin-corridor", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan did not set up a checkpoint on the Lachin corridor.", "en"),
        ("Aliyev agrees to Armenia opening a customs checkpoint on the Zangezur corridor.", "en"),
        ("Azerbaycan, Laçın koridorunda kontrol noktası kurmadı.", "tr"),
    ],
)
def test_no_checkpoint_set_up_no_control(lexicon: Lexicon, text: str, language: str) -> None:
    assert not [f for f in read(lexicon, text, language) if f[1] == "controlledBy"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a peacekeeping force written with the place it is in, or sent or stationed there, is there
        (
            "Pashinyan called for giving Russian peacekeeping forces in Nagorno-Karabakh a UN mandate.",
            "en",
            {"karabakh"},
        ),
        (
            "The Russian peacekeeping contingent deployed to Azerbaijan in 2020 to keep the truce.",
            "en",
            {"azerbaijan"},
        ),
        ("Dağlık Karabağ'daki Rus barış güçleri görevini yapmadı.", "tr", {"karabakh"}),
        ("Rus barış güçleri Karabağ'a gönderilmeye başlandı.", "tr", {"karabakh"}),
        ("Rus Barış Gücü, Laçin koridorunda konuşlu.", "tr", {"lachin-corridor"}),
        # a date after "in" and a state the force answers to are no place it is in
        ("The Russian peacekeeping contingent in 2021 had 2,000 troops.", "en", set()),
        ("Rus barış güçleri Ermenistan'a tepki gösterdi.", "tr", set()),
    ],
)
def test_where_a_peacekeeping_force_is(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    facts = read(lexicon, text, language)
    assert {
        f[2] for f in facts if f[1] == "basedIn" and f[0] == "russian-peacekeeping-contingent"
    } == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every place of a list a holding participle or "işgali altında" describes is held
        (
            "Anlaşma, Ermenistan'ın kontrolünde olan Ağdam, Kelbecer ve Laçin rayonlarının Azerbaycan'a"
            " devredilmesini öngörüyordu.",
            {
                ("aghdam", "armenia"),
                ("kalbajar", "armenia"),
                ("lachin", "armenia"),
                ("aghdam", "azerbaijan"),
                ("kalbajar", "azerbaijan"),
                ("lachin", "azerbaijan"),
            },
        ),
        (
            "Ermenistan ise işgali altında bulunan Ağdam, Kelbecer ve Laçın kentlerini ay sonuna kadar"
            " terk edecek.",
            {("aghdam", "armenia"), ("kalbajar", "armenia"), ("lachin", "armenia")},
        ),
        (
            "Azerbaycan'ın denetimindeki Şuşa ve Laçin yeniden inşa ediliyor.",
            {("shusha", "azerbaijan"), ("lachin", "azerbaijan")},
        ),
    ],
)
def test_every_place_of_a_held_list(lexicon: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    # (asserted alike: the handover an agreement provided for is its provision)
    facts = read(lexicon, text, "tr")
    assert {(f[0], f[2]) for f in facts if f[1] == "controlledBy" and f[3] == "asserted"} == expected


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        # a capitalised word run into a station is not one: a name before, a headline's word, an adjective
        (
            "Erdoğan ve Aliyev Horadiz-Cebrail-Zangilan-Agband karayolunun temelini de attı.",
            "tr",
            "horadiz-jabrayil-zangilan-aghband-highway",
            {"horadiz", "jabrayil", "zangilan", "aghband"},
        ),
        (
            "Türkiye ile Azerbaycan Arasında Kars-Nahçıvan Demiryolu Projesine İlişkin Protokol imzalandı.",
            "tr",
            "kars-igdir-dilucu-railway",
            {"kars", "nakhchivan"},
        ),
        (
            "Uraloğlu, Kars-Iğdır-Aralık-Dilucu Hızlı Demiryolu Hattı projesini anlattı.",
            "tr",
            "kars-igdir-dilucu-railway",
            {"kars", "igdir", "aralik", "dilucu"},
        ),
        # a line named after the two towns the lexicon gives as a line's ends is that line
        (
            "The Baku-Kars railway reopened after repairs.",
            "en",
            "baku-tbilisi-kars-railway",
            {"baku", "kars"},
        ),
        (
            "Kars-Nahçıvan demiryolu beş yıl içinde açılacak.",
            "tr",
            "kars-igdir-dilucu-railway",
            {"kars", "nakhchivan"},
        ),
    ],
)
def test_the_stations_of_a_route_name(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    facts = read(lexicon, text, language)
    assert connected(facts, corridor) == expected
    assert not [f for f in facts if f[1] == "connects" and f[0] != corridor]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an axis between seas and a round trip are no route between places
        ("Routes along the Caspian Sea – Black Sea line are gaining in importance.", "en"),
        ("The ministers discussed the Black Sea-Caspian Sea Corridor and its cargo.", "en"),
        ("Karadeniz-Hazar Denizi koridoru boyunca yük taşımacılığı artıyor.", "tr"),
        ("Container traffic on the China-Europe-China route is growing.", "en"),
    ],
)
def test_no_route_between_seas_or_back_and_forth(lexicon: Lexicon, text: str, language: str) -> None:
    assert not [f for f in read(lexicon, text, language) if f[1] == "connects"]


def test_stations_are_not_the_corridor_the_line_goes_on_by(lexicon: Lexicon) -> None:
    # the stations belong to the line the sentence is about, not to the corridor "ile" after them
    text = (
        "Bakan, yeni demiryolu hattının Kars'tan başlayarak Iğdır ve Aralık üzerinden Nahçıvan'a, oradan da"
        " Zengezur Koridoru ile Azerbaycan'a ulaşacağını söyledi."
    )
    assert not connected(read(lexicon, text, "tr"), "zangezur-corridor") & {"kars", "igdir", "aralik"}


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # the place a demonym's kind names is the end ("the Azerbaijani exclave of Nakhichevan"), and
        # what the route "runs on to" too
        (
            "The Zangezur corridor, which links Azerbaijan's core territory with the Azerbaijani exclave of"
            " Nakhichevan, and runs on to Turkey, is disputed.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan", "turkiye"},
        ),
        # a route described by the lexicon's ends of a corridor is that corridor
        (
            "Iran opposes a corridor connecting the Azerbaijani exclave of Nakhchivan to mainland"
            " Azerbaijan.",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # a compound's adjective is no end ("Russian-controlled")
        (
            "The Lachin corridor, which connects Armenia to the Russian-controlled area of Karabakh, was"
            " closed.",
            "lachin-corridor",
            {"armenia", "karabakh"},
        ),
    ],
)
def test_ends_named_by_their_kind(lexicon: Lexicon, text: str, corridor: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "en"), corridor) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the state whose part is an end is the end, not the subject of the clause around it
        "Aliyev, Azerbaycan'ın batı illeri ile Nahçıvan'ı Ermenistan'dan geçerek birleştirecek ulaştırma"
        " koridorunun inşasına başlandığını bildirdi.",
        "Azerbaycan'ın batı bölgelerini Nahçıvan'a bağlayacak koridor hâlâ tartışılıyor.",
    ],
)
def test_a_states_part_as_an_end(lexicon: Lexicon, text: str) -> None:
    assert connected(read(lexicon, text, "tr"), "zangezur-corridor") == {"azerbaijan", "nakhchivan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name after a state's possessive in a place slot is a place in that state
        ("The meeting was held in Turkey's Kayseri on Tuesday.", {("kayseri", "turkiye")}),
        ("The defence ministers met in Turkiye's Kayseri.", {("kayseri", "turkiye")}),
        # not a body after the possessive
        ("Talks in Azerbaijan's Foreign Ministry ended.", set()),
    ],
)
def test_a_place_after_a_states_possessive(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    assert located(read(lexicon, text, "en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a port written as a sea's port is on (in) that sea
        (
            "Baku International Sea Trade Port, the largest port of the Caspian sea, signed the memorandum.",
            {("alat", "caspian-sea")},
        ),
        ("Aktau, the main port on the Caspian Sea, handles grain.", {("aktau", "caspian-sea")}),
        (
            "The leaders opened the multimodal hub of Kuryk port on the Caspian Sea.",
            {("kuryk", "caspian-sea")},
        ),
        # a city that is the largest on a sea is not written as its port
        ("Baku, the largest city on the Caspian Sea, hosted the talks.", set()),
    ],
)
def test_a_port_of_a_sea(lexicon: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    assert {p for p in located(read(lexicon, text, "en")) if p[1].endswith("-sea")} == expected


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # the place a named corridor is written as leading to is an end of it
        (
            "Baku therefore aimed to seize the Zangezur corridor to Nakhchivan.",
            "zangezur-corridor",
            {"nakhchivan"},
        ),
        ("The Lachin corridor to Armenia was blocked for months.", "lachin-corridor", {"armenia"}),
        # who is handed the corridor, or a table it is brought to, is none
        ("Azerbaijan handed the Lachin corridor to Russian peacekeepers.", "lachin-corridor", set()),
        ("Armenia handed over the Lachin corridor to Russia.", "lachin-corridor", set()),
        ("Moscow wants to bring the Zangezur corridor to the negotiating table.", "zangezur-corridor", set()),
        ("Iran proposed the Zangezur corridor to Armenia as a compromise.", "zangezur-corridor", set()),
    ],
)
def test_a_corridor_to_a_place(lexicon: Lexicon, text: str, corridor: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "en"), corridor) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "from the Chinese border to Europe": the state whose border is an end
        ("The Middle Corridor route stretches from the Chinese border to Europe.", "en", {"china", "europe"}),
        # "X ile Y arasındaki ... güzergâh", with the circumflex
        (
            "Avrupa ile Çin arasındaki yük taşımacılığında stratejik güzergâh haline gelen Orta Koridor önem"
            " kazandı.",
            "tr",
            {"china", "europe"},
        ),
        # four words between "arasında" and the link
        (
            "Türkiye, Azerbaycan ve Kazakistan arasında demir ve kara yolu bağlantılarının kurulmasını"
            " öngören Orta Koridor gelişiyor.",
            "tr",
            {"turkiye", "azerbaijan", "kazakhstan"},
        ),
        # trade between two states is no route
        ("Türkiye ile Azerbaycan arasındaki ticaret artıyor, Orta Koridor da gelişiyor.", "tr", set()),
    ],
)
def test_ends_between_and_from_a_border(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), "middle-corridor") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holding told as a noun: "the takeover of X by Y", "Y's recapture of X"
        ("The takeover of Nagorno-Karabakh by Baku shocked Yerevan.", {("karabakh", "azerbaijan")}),
        ("Azerbaijan's recapture of Karabakh in 2023 ended the conflict.", {("karabakh", "azerbaijan")}),
        (
            "After the capture of Shusha by Azerbaijani forces, a ceasefire followed.",
            {("shusha", "azerbaijan")},
        ),
        # feared, or a holding of the past
        ("Yerevan fears the takeover of Syunik by Baku.", set()),
        ("Officials recalled Armenia's occupation of Nagorno-Karabakh.", set()),
    ],
)
def test_a_holding_told_as_a_noun(lexicon: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    facts = read(lexicon, text, "en")
    assert {(f[0], f[2]) for f in facts if f[1] == "controlledBy" and f[3] == "asserted"} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the place a road leads to is not where the checkpoint stands
        "Azerbaijan said it had established a checkpoint on the road leading to Karabakh.",
        # a nominal with no agent of its own: a state named before is not who set it up
        "Blinken called the head of state of Azerbaijan over the establishment of the new checkpoint on the"
        " Lachin road.",
    ],
)
def test_no_checkpoint_holder_read_from_afar(lexicon: Lexicon, text: str) -> None:
    facts = read(lexicon, text, "en")
    assert not [f for f in facts if f[1] == "controlledBy" and f[0] in ("karabakh", "lachin-checkpoint")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a route in a region or state, or part of one, lies there
        (
            "Troops secure the traffic through the Lachin corridor in Nagorno-Karabakh.",
            {("lachin-corridor", "karabakh")},
        ),
        ("The Zangezur corridor in Syunik province is disputed.", {("zangezur-corridor", "syunik")}),
        (
            "The Trump Route will remain part of Armenia and operate under Armenian law.",
            {("trump-route", "armenia")},
        ),
        # the city where something is told of it is not where it lies
        ("Talks on the Zangezur corridor in Brussels ended.", set()),
        ("The leaders discussed the Middle Corridor in Astana.", set()),
    ],
)
def test_a_route_in_a_region(lexicon: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    facts = read(lexicon, text, "en")
    assert {
        (f[0], f[2]) for f in facts if f[1] == "runsThrough" and f[0].endswith(("-corridor", "-route"))
    } == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The train is destined for the Bulgarian port Burgas.", ("burgas", "bulgaria")),
        ("The Armenian border village Kirants was handed over.", ("kirants", "armenia")),
        ("The Georgian Black Sea port Anaklia will be built.", ("anaklia", "georgia")),
        ("The cargo reached the Georgian city Rustavi on Monday.", ("rustavi", "georgia")),
    ],
)
def test_a_kind_of_place_after_a_states_adjective_names_a_place_in_it(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    facts = read_facts(lexicon, text, "en", "2022-12-12")
    assert (expected[0], "locatedIn", expected[1], "asserted") in facts


def test_a_kind_word_before_a_common_capitalised_noun_is_no_place(lexicon: Lexicon) -> None:
    facts = read_facts(lexicon, "The Georgian port Authority said so.", "en", "2022-12-12")
    assert not any(f[1] == "locatedIn" for f in facts)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the adjective of a state in its longer form names its capital, as the short one does
        ("The two ministers met in the Slovakian capital on Monday.", "bratislava"),
        ("The two ministers met in the Slovak capital on Monday.", "bratislava"),
        ("The leaders met in the Kazakhstani capital on Monday.", "astana"),
        ("The leaders met in the Uzbekistani capital on Monday.", "tashkent"),
    ],
)
def test_a_long_demonym_before_capital_names_the_states_capital(
    lexicon: Lexicon, text: str, place: str
) -> None:
    facts = read(lexicon, text, "en", "2019-12-05")
    held = {f[2] for f in facts if f[1] == "heldIn"}
    assert held == {place}
    # the adjective is never a place of its own
    assert not any(f[1] == "type" and f[2] == "Place" and f[0].endswith("ian") for f in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia depends on the Russia-controlled Lachin corridor for its supplies.",
            ("lachin-corridor", "russia"),
        ),
        ("Trucks crossed the Armenian-held Lachin corridor at night.", ("lachin-corridor", "armenia")),
        ("Tourists visited the Azerbaijani-controlled town of Shusha.", ("shusha", "azerbaijan")),
    ],
)
def test_a_holder_written_into_a_hyphenated_adjective_controls_the_place(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    """ "the Russia-controlled Lachin corridor": English's compound of the Turkish "Rusya
    kontrolündeki Laçin koridoru"."""
    assert (expected[0], "controlledBy", expected[1], "asserted") in read(lexicon, text, "en", "2022-08-10")


def test_a_place_held_once_is_not_held_now(lexicon: Lexicon) -> None:
    facts = read(lexicon, "The formerly Armenian-held Kalbajar was handed over.", "en", "2020-11-26")
    assert ("kalbajar", "controlledBy", "armenia", "asserted") not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guards will leave three provinces of Armenia - Syunik, Tavush and Gegharkunik.",
            {("syunik", "armenia"), ("tavush", "armenia"), ("gegharkunik", "armenia")},
        ),
        (
            "The program covers two regions of Georgia: Kakheti and Adjara.",
            {("kakheti", "georgia"), ("adjara", "georgia")},
        ),
        (
            "The grant goes to border districts of Armenia, including Tavush and Syunik.",
            {("tavush", "armenia"), ("syunik", "armenia")},
        ),
    ],
)
def test_places_listed_after_the_kinds_of_a_state(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    """ "<regions|provinces|villages> of <state> - A, B and C": each place listed is in the state."""
    assert expected <= located(read(lexicon, text, "en"))


def test_no_list_after_a_state_that_ends_its_kind_phrase_mid_sentence(lexicon: Lexicon) -> None:
    text = "Russia keeps bases in the regions of Armenia - but Baku says Aghdam matters."
    assert ("aghdam", "armenia") not in located(read(lexicon, text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum opened in Vladivostok in Russia's Far East on Monday.", ("vladivostok", "russia")),
        ("A new plant was built in Lankaran, in Azerbaijan's south.", ("lankaran", "azerbaijan")),
        ("Trains will stop in Gyumri in Armenia's northwest.", ("gyumri", "armenia")),
    ],
)
def test_a_place_in_a_part_of_a_state(lexicon: Lexicon, text: str, expected: tuple[str, str]) -> None:
    """ "X in <state>'s Far East / south": the place is in the state."""
    assert expected in located(read(lexicon, text, "en"))


def test_a_states_view_is_no_part_of_it(lexicon: Lexicon) -> None:
    text = "Flights from Baku in Russia's view are rare."
    assert ("baku", "russia") not in located(read(lexicon, text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "corridor"),
    [
        # the corridor another route avoids or stands in for is not what the sentence's ends join
        (
            "The land link between Armenia and Karabakh will run through a new road bypassing the Lachin"
            " corridor.",
            "en",
            "lachin-corridor",
        ),
        (
            "Communication between Karabakh and Armenia will be carried out via a route avoiding the Lachin"
            " corridor.",
            "en",
            "lachin-corridor",
        ),
        # an alternative, second or bypass route between a corridor's ends is another route than it
        ("A bypass highway linking Armenia with Karabakh will open in the autumn.", "en", "lachin-corridor"),
        (
            "Azerbaijan and Iran plan an alternative route connecting Azerbaijan with Nakhchivan.",
            "en",
            "zangezur-corridor",
        ),
        (
            "Laçın koridoru yerine Ermenistan ile Karabağ arasında yeni bir yol kullanılacak.",
            "tr",
            "lachin-corridor",
        ),
        (
            "Ermenistan ile Karabağ'ı birbirine bağlayacak alternatif yol ağustosta açılacak.",
            "tr",
            "lachin-corridor",
        ),
    ],
)
def test_a_route_avoided_or_replaced_is_not_the_route_described(
    lexicon: Lexicon, text: str, language: str, corridor: str
) -> None:
    assert connected(read(lexicon, text, language), corridor) == set()


@pytest.mark.parametrize(
    ("text", "language", "corridor", "expected"),
    [
        (
            "The Lachin corridor links Armenia with Karabakh.",
            "en",
            "lachin-corridor",
            {"armenia", "karabakh"},
        ),
        (
            "A land corridor connecting Azerbaijan to its Nakhchivan exclave is on the agenda.",
            "en",
            "zangezur-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
        # the route that is the alternative keeps its ends
        (
            "Zengezur Koridoru'na alternatif olarak Aras Koridoru, Azerbaycan'ı Nahçıvan'a bağlayacak.",
            "tr",
            "aras-corridor",
            {"azerbaijan", "nakhchivan"},
        ),
    ],
)
def test_a_route_not_told_as_another_keeps_its_ends(
    lexicon: Lexicon, text: str, language: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), corridor) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Middle Corridor, which runs through Kazakhstan, Azerbaijan and Georgia, reaches Europe.",
            "en",
            {
                ("middle-corridor", "kazakhstan"),
                ("middle-corridor", "azerbaijan"),
                ("middle-corridor", "georgia"),
            },
        ),
        (
            "Officials said the Middle Corridor crossing Georgia had gained traffic.",
            "en",
            {("middle-corridor", "georgia")},
        ),
        (
            "The Zangezur corridor would pass through Armenia's Syunik province.",
            "en",
            {("zangezur-corridor", "syunik")},
        ),
        (
            "Gürcistan ve Azerbaycan'dan geçen Orta Koridor Avrupa'ya uzanıyor.",
            "tr",
            {("middle-corridor", "georgia"), ("middle-corridor", "azerbaijan")},
        ),
        (
            "Ermenistan topraklarindan gececek Zengezur koridoru tartisiliyor.",
            "tr",
            {("zangezur-corridor", "armenia")},
        ),
        # the train, not the route, goes through the place
        ("The train took the Middle Corridor and arrived in Baku through Georgia.", "en", set()),
        # the participle describes the other line named after it, not the corridor before
        ("Orta Koridor, İran üzerinden geçen güney hattına rakip olarak görülüyor.", "tr", set()),
        # the freight line, not the railway it reaches, goes on via the place
        ("The freight line runs from China to the Middle Corridor and goes on via Georgia.", "en", set()),
        # a negated passage is no fact
        ("The Zangezur corridor will not pass through Armenia.", "en", set()),
        # the route in view, "it" / "the route", and the states of "countries such as"
        (
            "The Middle Corridor links Asia with Europe. It then passes through Kazakhstan, the Caspian Sea"
            " and Georgia on the way.",
            "en",
            {
                ("middle-corridor", "kazakhstan"),
                ("middle-corridor", "caspian-sea"),
                ("middle-corridor", "georgia"),
            },
        ),
        (
            "The Middle Corridor links Asia with Europe. The route crosses Central Asian countries such as"
            " Kazakhstan and Uzbekistan.",
            "en",
            {("middle-corridor", "kazakhstan"), ("middle-corridor", "uzbekistan")},
        ),
        (
            "Iran is worried about the Zangezur corridor. It runs through Syunik, a province of Armenia.",
            "en",
            {("zangezur-corridor", "syunik")},
        ),
        # Turkish: what the route crosses ("aşarak") or follows ("takiben"), the route before them
        (
            "Orta Koridor, Kazakistan ve Özbekistan'ı takiben Çin'e uzanıyor.",
            "tr",
            {("middle-corridor", "kazakhstan"), ("middle-corridor", "uzbekistan")},
        ),
        ("Orta Koridor, Hazar Denizi'ni aşarak Çin'e uzanıyor.", "tr", {("middle-corridor", "caspian-sea")}),
    ],
)
def test_the_places_a_route_passes_through(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    got = {(f[0], f[2]) for f in read(lexicon, text, language) if f[1] == "runsThrough"}
    assert got == expected


def test_what_follows_the_places_passed_is_no_end(lexicon: Lexicon) -> None:
    """ "It runs through Syunik, a province of Armenia": the state in the apposition is no end."""
    text = "Iran is worried about the Zangezur corridor. It runs through Syunik, a province of Armenia."
    assert connected(read(lexicon, text, "en"), "zangezur-corridor") == set()


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # every "through" / "via" / "across" of the clause, not the first only
        (
            "The Baku-Tbilisi-Ceyhan pipeline runs 440 km through Azerbaijan, 250 km through Georgia and"
            " 1,070 km through Türkiye.",
            "baku-tbilisi-ceyhan-pipeline",
            {"azerbaijan", "georgia", "turkiye"},
        ),
        (
            "The Middle Corridor starts in Türkiye and runs across the Caucasus, passing via Georgia and"
            " Azerbaijan before crossing Kazakhstan.",
            "middle-corridor",
            {"georgia", "azerbaijan", "kazakhstan"},
        ),
        # the routes it is an alternative to run elsewhere
        (
            "The Middle Corridor links Central Asia to Europe through the Caspian Sea, serving as an"
            " alternative to routes through Russia and Iran.",
            "middle-corridor",
            {"caspian-sea"},
        ),
    ],
)
def test_each_place_a_route_is_said_to_pass(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert {f[1] for f in runs_through(read(lexicon, text, "en")) if f[0] == corridor} == expected


def test_news_told_via_media_is_no_route(lexicon: Lexicon) -> None:
    """ "informs via Armenian media": the way the news travels, not the route's stations."""
    text = (
        "A team of engineers arrived to begin studies for the TRIPP project, according to the US Embassy in"
        " Armenia, the agency informs via Armenian media."
    )
    assert connected(read(lexicon, text, "en"), "trump-route") == set()


def test_the_economies_a_route_runs_through(lexicon: Lexicon) -> None:
    text = (
        "The Middle Corridor is a project linking the rail networks of China and the European Union through"
        " the economies of Central Asia and the Caucasus."
    )
    facts = read(lexicon, text, "en")
    assert runs_through(facts) >= {("middle-corridor", "central-asia"), ("middle-corridor", "caucasus")}
    assert not connected(facts, "middle-corridor") & {"central-asia", "caucasus"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a line named only after states, continents or wide regions names a direction, not its stations
        ("The China-Europe railway will be extended next year, the ministry said.", "en"),
        ("Experts discussed the Europe-South Caucasus-Asia railway project at the forum.", "en"),
        ("Ankara wants the Azerbaijan-Armenia-Turkey corridor opened soon.", "en"),
        ("Çin-Avrupa Demir Yolu hattında yeni seferler başlatılacak.", "tr"),
    ],
)
def test_a_line_named_after_states_or_continents_has_no_ends_by_its_name(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not {f for f in read(lexicon, text, language) if f[1] == "connects"}


def test_a_line_named_after_towns_keeps_its_ends(lexicon: Lexicon) -> None:
    facts = read(lexicon, "The Kars-Gyumri railway will be reopened, the ministers agreed.", "en")
    assert connected(facts, "kars-gyumri-railway") == {"kars", "gyumri"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "it" is the previous sentence's subject: a route named there or "the corridor" ...
        (
            "The Aras corridor was agreed in October. The corridor is important for Baku. It connects"
            " Azerbaijan with Nakhchivan.",
            {"azerbaijan", "nakhchivan"},
        ),
        # ... not a corridor named two sentences before another road
        (
            "The Aras corridor was agreed in October. Iran's Road 12 has long carried the traffic. It is the"
            " shortest land link connecting western Azerbaijan to Nakhchivan.",
            set(),
        ),
    ],
)
def test_it_is_the_route_of_the_sentence_before(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert connected(read(lexicon, text, "en"), "aras-corridor") == expected


@pytest.mark.parametrize(
    "text",
    [
        # where the first end lies, between it and "to": not a break in the pair
        "The Aras Corridor will connect the village of Aghband in Zangilan District to the city of Ordubad.",
        "The Aras Corridor will connect Aghband in the Zangilan District to Ordubad.",
    ],
)
def test_the_first_end_set_in_its_district(lexicon: Lexicon, text: str) -> None:
    assert connected(read(lexicon, text, "en"), "aras-corridor") == {"aghband", "ordubad"}


def test_a_route_through_a_province_a_demonym_names(lexicon: Lexicon) -> None:
    text = "The Aras Corridor will pass through the Iranian province of East Azerbaijan."
    assert runs_through(read(lexicon, text, "en")) == {("aras-corridor", "east-azerbaijan")}


@pytest.mark.parametrize(
    "text",
    [
        # "aracılığıyla" (by way of) is the way, not ends
        "Bugün Orta Koridor, Asya'yı Gürcistan ve Türkiye aracılığıyla Avrupa'ya bağlıyor.",
        # the stations are the route's named last before the words that give them
        "Zengezur Koridoru bölgeleri birleştirecek, Orta Koridor ise Asya'yı Hazar üzerinden Gürcistan ve"
        " Türkiye aracılığıyla Avrupa'ya bağlıyor.",
    ],
)
def test_turkish_by_way_of_is_the_way(lexicon: Lexicon, text: str) -> None:
    facts = read(lexicon, text, "tr")
    assert connected(facts, "middle-corridor") == {"asia", "europe"}
    assert {("middle-corridor", "georgia"), ("middle-corridor", "turkiye")} <= runs_through(facts)
    assert connected(facts, "zangezur-corridor") == set()


@pytest.mark.parametrize(
    ("text", "language", "corridor"),
    [
        # the stations of another route's name are that route's, not ends of the route joined to it
        (
            "Güzergah, Azerbaycan topraklarında Horadiz-Ağbend ulaşım otoyoluna bağlanıyor.",
            "tr",
            "zangezur-corridor",
        ),
        (
            "Zengezur Koridoru gündemde. Güzergah, Azerbaycan topraklarında Horadiz-Ağbend ulaşım otoyoluna"
            " bağlanıyor.",
            "tr",
            "zangezur-corridor",
        ),
        (
            "Some 170 km long, the Rasht-Astara line is designed to link land sections of the North-South"
            " Corridor.",
            "en",
            "north-south-corridor",
        ),
    ],
)
def test_the_stations_of_another_routes_name_are_no_ends(
    lexicon: Lexicon, text: str, language: str, corridor: str
) -> None:
    assert connected(read(lexicon, text, language), corridor) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a route described by its ends (the lexicon's corridor between them) runs where the words say
        (
            "Baku wants a route through Armenia connecting Azerbaijan to its exclave of Nakhchivan.",
            {("zangezur-corridor", "armenia")},
        ),
        (
            "Baku wants a highway that would connect Azerbaijan to its Nakhchivan exclave via Armenia's"
            " southeastern Syunik province.",
            {("zangezur-corridor", "syunik")},
        ),
        # routes in general are none
        (
            "Tehran rejects any land corridors passing through Armenia between Azerbaijan and Nakhchivan.",
            set(),
        ),
    ],
)
def test_where_a_described_route_runs(lexicon: Lexicon, text: str, expected: set[tuple[str, str]]) -> None:
    assert runs_through(read(lexicon, text, "en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of place or a side between the places and the Turkish verb of passing
        (
            "Bakü-Tiflis-Kars Demiryolu, Gürcistan'ın Tiflis ve Ahılkelek şehirlerinden geçerek Kars'a"
            " ulaşıyor.",
            {("baku-tbilisi-kars-railway", "tbilisi"), ("baku-tbilisi-kars-railway", "akhalkalaki")},
        ),
        (
            "TRIPP koridoru, Ermenistan'ın güneyinden geçerek Azerbaycan'ı Nahçıvan'a bağlayacak.",
            {("trump-route", "armenia")},
        ),
        (
            "Zengezur Koridoru, Syunik vilayetinden geçerek Nahçıvan'a ulaşacak.",
            {("zangezur-corridor", "syunik")},
        ),
    ],
)
def test_turkish_places_passed_with_their_kind(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str]]
) -> None:
    facts = read(lexicon, text, "tr")
    assert runs_through(facts) >= expected
    assert "armenia" not in connected(facts, "trump-route")


def test_where_a_turkish_route_described_before_its_name_runs(lexicon: Lexicon) -> None:
    """A route noun a participle of joining describes, the lexicon's corridor by its ends: the places
    its clause says it passes."""
    text = (
        "Sorun, yol konusu (Ermenistan topraklarından geçecek, Azerbaycan ile Nahçıvan'ı bağlayacak yol)"
        " çözülmeden Bakü'nün Zengezur Koridoru isteğinin sürmesidir."
    )
    assert runs_through(read(lexicon, text, "tr")) == {("zangezur-corridor", "armenia")}


def test_a_demonyms_mainland_is_its_state(lexicon: Lexicon) -> None:
    text = (
        "Traffic resumed on the Lachin corridor, which connects the Armenian mainland to the disputed enclave"
        " of Nagorno-Karabakh."
    )
    assert connected(read(lexicon, text, "en"), "lachin-corridor") == {"armenia", "karabakh"}


@pytest.mark.parametrize(
    ("text", "language", "key", "expected"),
    [
        # "ulaşım" / "transportation" between a line's stations and its head noun
        (
            "Güzergah, Azerbaycan topraklarında Horadiz-Ağbend ulaşım otoyoluna bağlanıyor.",
            "tr",
            "horadiz-aghband-highway",
            {"horadiz", "aghband"},
        ),
        (
            "Azerbaijan will complete the Horadiz-Aghband transportation highway next year.",
            "en",
            "horadiz-aghband-highway",
            {"horadiz", "aghband"},
        ),
    ],
)
def test_a_transport_word_inside_a_lines_name(
    lexicon: Lexicon, text: str, language: str, key: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, language), key) == expected


@pytest.mark.parametrize(
    ("text", "corridor", "expected"),
    [
        # a route described in a document that names one corridor is that corridor only where every end
        # is one of the corridor's or lies in one
        (
            "TRIPP projesi Ermenistan'da tartışılıyor. Paşinyan, Yeraskh köyünden Nahçıvan'a ve Akhurik'ten"
            " Türkiye'ye uzanan demiryolunun yeniden inşasını istedi.",
            "trump-route",
            set(),
        ),
        (
            "Laçın koridoru gündemde. Rus askerleri, Hankendi ile Ermenistan arasındaki yol güzergahında yer"
            " alan köylerden çekildi.",
            "lachin-corridor",
            {"khankendi", "armenia"},
        ),
    ],
)
def test_the_documents_one_corridor_by_its_ends(
    lexicon: Lexicon, text: str, corridor: str, expected: set[str]
) -> None:
    assert connected(read(lexicon, text, "tr"), corridor) == expected


def test_the_stretch_of_a_line_in_each_state(lexicon: Lexicon) -> None:
    """ "443 km in Azerbaijan, 249 km in Georgia": the states a line runs through."""
    text = (
        "The Baku-Tbilisi-Ceyhan pipeline stretches 1,768 km with 443 km in Azerbaijan, 249 km in Georgia,"
        " and 1,076 km in Türkiye."
    )
    assert runs_through(read(lexicon, text, "en")) == {
        ("baku-tbilisi-ceyhan-pipeline", "azerbaijan"),
        ("baku-tbilisi-ceyhan-pipeline", "georgia"),
        ("baku-tbilisi-ceyhan-pipeline", "turkiye"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan blocked the Lachin corridor, the only remaining passage between Armenia and"
        " Nagorno-Karabakh.",
        "Azerbaijan blocked the Lachin corridor, the only highway between Armenia and Nagorno-Karabakh.",
    ],
)
def test_a_passage_or_highway_between_two_places(lexicon: Lexicon, text: str) -> None:
    assert connected(read(lexicon, text, "en"), "lachin-corridor") == {"armenia", "karabakh"}
