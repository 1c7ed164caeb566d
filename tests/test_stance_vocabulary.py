"""Stances (issue 15): the common vocabulary of support, welcome, opposition, condemnation and
concern in news English and Turkish, with the holder and target each word's syntax gives, on
sentences written for these tests (not taken from the development set).  Each case is one
phrasing of a class; the negative cases are the same words that state nothing."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support: nouns of a supporter, "press ahead with", wanting to sign or open
        (
            "Kazakhstan is a strong supporter of the Middle Corridor.",
            ("kazakhstan", "supports", "middle-corridor"),
        ),
        (
            "Georgia remains a firm proponent of the Middle Corridor.",
            ("georgia", "supports", "middle-corridor"),
        ),
        (
            "Iran is pushing ahead with the North-South corridor.",
            ("iran", "supports", "north-south-corridor"),
        ),
        (
            "Armenia wants to sign the peace agreement as soon as possible.",
            ("armenia", "supports", "armenia-azerbaijan-peace-agreement"),
        ),
        (
            "Erdogan underlined the significance of the Middle Corridor.",
            ("recep-tayyip-erdogan", "supports", "middle-corridor"),
        ),
        # opposition: a past "rejected", "ruled out", "is categorically against", "never allow",
        # "vowed to block"
        ("Tehran has repeatedly rejected the Zangezur corridor.", ("iran", "opposes", "zangezur-corridor")),
        (
            "The Iranian Foreign Ministry rejected the Zangezur corridor.",
            ("iran-ministry-of-foreign-affairs", "opposes", "zangezur-corridor"),
        ),
        (
            "Pashinyan has ruled out the Zangezur corridor.",
            ("nikol-pashinyan", "opposes", "zangezur-corridor"),
        ),
        ("Iran is categorically against the Zangezur corridor.", ("iran", "opposes", "zangezur-corridor")),
        ("Iran stands firmly against the Zangezur corridor.", ("iran", "opposes", "zangezur-corridor")),
        ("Iran will never allow the Zangezur corridor.", ("iran", "opposes", "zangezur-corridor")),
        ("Iran has vowed to block the Zangezur corridor.", ("iran", "opposes", "zangezur-corridor")),
        # condemnation: criticism of an actor, "lashed out at"; a capital as the target is its state
        ("Iran criticized Azerbaijan.", ("iran", "condemns", "azerbaijan")),
        ("Moscow lashed out at Yerevan.", ("russia", "condemns", "armenia")),
        ("Yerevan accused Baku of violating the ceasefire.", ("armenia", "condemns", "azerbaijan")),
        # concern: "wary of", "alarmed by" (a cause, not an agent)
        (
            "Tehran has long been wary of the Zangezur corridor.",
            ("iran", "concernedAbout", "zangezur-corridor"),
        ),
        (
            "Iran is alarmed by the Zangezur corridor project.",
            ("iran", "concernedAbout", "zangezur-corridor"),
        ),
        # a welcome of the signing of a treaty signed by the article's date is a welcome, not support
        (
            "The European Union welcomed the signing of the Washington Declaration.",
            ("european-union", "welcomes", "washington-declaration-2025"),
        ),
        # a speaker who speaks for the capital named in the clause holds the stance
        (
            "Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said Moscow welcomed the "
            "Washington Declaration.",
            ("maria-zakharova", "welcomes", "washington-declaration-2025"),
        ),
    ],
)
def test_english_vocabulary(lexicon: Lexicon, text: str, expected: tuple[str, str, str]) -> None:
    assert stances(lexicon, text, "en") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "desteğini", "desteği": the noun's forms with ğ
        (
            "Türkiye, Azerbaycan ile Ermenistan arasındaki barış sürecine desteğini yineledi.",
            ("turkiye", "supports", "armenia-azerbaijan-peace-process"),
        ),
        (
            "Aliyev, Orta Koridor'un stratejik önemine değindi.",
            ("ilham-aliyev", "supports", "middle-corridor"),
        ),
        (
            "Gürcistan, Orta Koridor'un güçlendirilmesinden yana olduğunu açıkladı.",
            ("georgia", "supports", "middle-corridor"),
        ),
        ("Türkiye, Zengezur koridorunun açılmasını istiyor.", ("turkiye", "supports", "zangezur-corridor")),
        ("İran, Zengezur koridoruna izin vermeyeceğini açıkladı.", ("iran", "opposes", "zangezur-corridor")),
        ("İran, Zengezur koridoru projesine olumsuz bakıyor.", ("iran", "opposes", "zangezur-corridor")),
        ("Tahran, Zengezur koridoruna karşı tavrını sürdürüyor.", ("iran", "opposes", "zangezur-corridor")),
        ("İran, Azerbaycan'ı sert bir dille eleştirdi.", ("iran", "condemns", "azerbaijan")),
        ("Tahran, İsrail'i bölgede istikrarsızlığa yol açmakla itham etti.", ("iran", "condemns", "israel")),
    ],
)
def test_turkish_vocabulary(lexicon: Lexicon, text: str, expected: tuple[str, str, str]) -> None:
    assert stances(lexicon, text, "tr") == {expected}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a Turkish trigger whose verb is negated says nothing
        ("İran Zengezur koridorunu reddetmedi.", "tr"),
        ("İran, Zengezur koridoru fikrine sıcak bakmıyor.", "tr"),
        ("Rusya, Trump Rotası'nı desteklemediğini açıkladı.", "tr"),
        ("Türkiye, Washington Deklarasyonu'nu memnuniyetle karşılamadı.", "tr"),
        # "to block" without a will to, "supporters" of no keyed thing, a criticism of no one named
        ("Armenia did not reject the Trump Route.", "en"),
        ("The criticism came after the Armenian side published the Zangezur corridor map.", "en"),
        ("Supporters of the government gathered in Yerevan.", "en"),
        ("Azerbaijani troops blocked the road near the Lachin corridor.", "en"),
    ],
)
def test_words_that_state_nothing(lexicon: Lexicon, text: str, language: str) -> None:
    assert stances(lexicon, text, language) == set()


def test_criticism_of_an_actors_act_opposes_it(lexicon: Lexicon) -> None:
    """Criticism of an actor is a denunciation; of its position or act, an objection to it."""
    text = "Tehran stepped up its criticism of Moscow's position."
    assert stances(lexicon, text, "en") == {("iran", "opposes", "russia")}
    text = "Lavrov, Türkiye'nin Azerbaycan'a destek sağlamasını eleştirdi."
    assert ("sergey-lavrov", "opposes", "turkiye") in stances(lexicon, text, "tr")


def test_the_route_a_corridor_named_before_is_the_target(lexicon: Lexicon) -> None:
    text = "Iran has commented on the Zangezur corridor. Tehran said it opposes the route."
    assert stances(lexicon, text, "en") == {("iran", "opposes", "zangezur-corridor")}


def test_we_welcome_in_a_quote_is_the_speakers(lexicon: Lexicon) -> None:
    text = '"We welcome the Washington Declaration," the Turkish Foreign Ministry said in a statement.'
    assert stances(lexicon, text, "en") == {
        ("turkiye-ministry-of-foreign-affairs", "welcomes", "washington-declaration-2025")
    }
    assert (
        stances(lexicon, "Aliyev attended a welcome ceremony for the Washington Declaration.", "en") == set()
    )


def test_a_speaker_is_not_the_person_in_his_apposition(lexicon: Lexicon) -> None:
    """ "X, an adviser to Iran's Supreme Leader, said ...": not the Supreme Leader's stance."""
    text = (
        "Ali Akbar Velayati, an adviser to Iran's Supreme Leader, said Iran would never allow the Trump "
        "Route."
    )
    assert ("ali-khamenei", "opposes", "trump-route") not in stances(lexicon, text, "en")


def test_turkish_support_word_that_an_objection_governs_is_no_support(lexicon: Lexicon) -> None:
    text = "İran, Zengezur koridorunun hayata geçirilmesine karşı çıkıyor."
    assert stances(lexicon, text, "tr") == {("iran", "opposes", "zangezur-corridor")}


def test_turkish_accused_after_a_name_the_lexicon_lacks(lexicon: Lexicon) -> None:
    """A spokesman the discovery rules find (listed after the lexicon's names) and the accusative
    before "kınadı": the accused is the one just before the verb."""
    text = "İran Dışişleri Bakanlığı Sözcüsü Kerim Nasiri, İsrail'i kınadı."
    assert ("kerim-nasiri", "condemns", "israel") in stances(lexicon, text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        "Erakçi, İran'ın Zengezur koridoruna karşı olduğunu yineledi.",
        "İran'ın Zengezur koridoruna karşı olduğunu belirten Erakçi, bölgede barış çağrısı yaptı.",
    ],
)
def test_turkish_own_side_reported_by_its_minister_is_both_theirs(lexicon: Lexicon, text: str) -> None:
    """A minister reporting his state as the subject of the clause: the state's stance, and his who
    speaks for it."""
    found = stances(lexicon, text, "tr")
    assert ("iran", "opposes", "zangezur-corridor") in found
    assert ("abbas-araghchi", "opposes", "zangezur-corridor") in found


def test_thanks_for_hosting_is_for_the_meeting_in_the_hosts_capital(lexicon: Lexicon) -> None:
    text = (
        "Jeyhun Bayramov and Ararat Mirzoyan met in Washington on November 7, 2022. "
        "Secretary of State Antony Blinken joined them. "
        "They recalled the meeting of their leaders in Sochi on October 31. "
        "Both ministers thanked the United States for hosting the talks."
    )
    found = {x for x in stances(lexicon, text, "en", "2022-11-08") if x[1] == "welcomes"}
    assert found == {
        ("jeyhun-bayramov", "welcomes", "meeting/2022-11-07-washington"),
        ("ararat-mirzoyan", "welcomes", "meeting/2022-11-07-washington"),
    }


def test_a_passive_whose_agent_has_no_key_is_no_ones_stance(lexicon: Lexicon) -> None:
    text = (
        "Donald Trump spoke about the Zangezur corridor. "
        "He noted that the Zangezur corridor is fiercely opposed by the Armenian people."
    )
    assert ("donald-trump", "opposes", "zangezur-corridor") not in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a complaint about an actor is an accusation
        (
            "Pashinyan complained that Baku has been stepping up ceasefire violations.",
            "en",
            {("nikol-pashinyan", "condemns", "azerbaijan")},
        ),
        ("Pashinyan complained about the weather in Brussels.", "en", set()),
        ("Ermenistan, Azerbaycan'ı BM'ye şikayet etti.", "tr", {("armenia", "condemns", "azerbaijan")}),
        # a thing called a plot or a fake project in someone's words, a "not X but Y" included
        (
            '"The Zangezur corridor is not a trade route but a political plot against Iran," Velayati said.',
            "en",
            {("ali-akbar-velayati", "condemns", "zangezur-corridor")},
        ),
        (
            'İbrahim Azizi, "Zengezur koridoru İran\'a karşı sahte bir projedir" dedi.',
            "tr",
            {("ebrahim-azizi", "condemns", "zangezur-corridor")},
        ),
        # beginning work on a thing, planning to open it
        (
            "Aliyev and Pashinyan ordered their foreign ministers to begin working on a peace treaty.",
            "en",
            {
                ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement"),
                ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
            },
        ),
        (
            "Bakan Uraloğlu, Kars-Iğdır-Dilucu Demiryolu'nu 2029 sonunda hizmete almayı planladıklarını "
            "söyledi.",
            "tr",
            {("abdulkadir-uraloglu", "supports", "kars-igdir-dilucu-railway")},
        ),
    ],
)
def test_complaints_plots_and_plans(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(lexicon, text, language) == expected


def test_a_spokesman_titled_by_his_ministry_speaks_for_its_state(lexicon: Lexicon) -> None:
    """ "The United States is concerned ..., US State Department Spokesman X said": his stance,
    though the lexicon has no role of his (the title names the ministry)."""
    text = (
        "The United States is deeply concerned about the Lachin checkpoint, US State Department Deputy "
        "Spokesman Vedant Patel said."
    )
    assert stances(lexicon, text, "en", "2023-04-25") == {
        ("vedant-patel", "concernedAbout", "lachin-checkpoint")
    }


def test_unnamed_leaders_of_states_stand_for_the_states(lexicon: Lexicon) -> None:
    text = (
        "After the meeting in Prague, the leaders of Azerbaijan and Armenia reaffirmed their commitment to "
        "the Alma-Ata Declaration of 1991."
    )
    assert stances(lexicon, text, "en", "2022-11-08") == {
        ("azerbaijan", "supports", "alma-ata-declaration-1991"),
        ("armenia", "supports", "alma-ata-declaration-1991"),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Aliyev and Pashinyan met in Brussels on September 8. "
            'Aliyev described the talks as "productive".',
            "en",
            {("ilham-aliyev", "welcomes", "meeting/2025-09-08-brussels")},
        ),
        (
            "Bayramov and Mnatsakanyan met in Washington on September 8. "
            'Mnatsakanyan told VOA the talks were "very good".',
            "en",
            {("zohrab-mnatsakanyan", "welcomes", "meeting/2025-09-08-washington")},
        ),
        (
            "Bayramov and Mirzoyan met in Washington on September 8. Bayramov called the talks constructive.",
            "en",
            {("jeyhun-bayramov", "welcomes", "meeting/2025-09-08-washington")},
        ),
        (
            "Aliyev ve Erdoğan 8 Eylül'de Ankara'da görüştü. "
            "Aliyev, görüşmenin samimi bir atmosferde geçtiğini belirtti.",
            "tr",
            {("ilham-aliyev", "welcomes", "meeting/2025-09-08-ankara")},
        ),
        # the article's own words, and a good word on something else, say nothing
        ("Aliyev ve Erdoğan 8 Eylül'de Ankara'da görüştü. Görüşme iyi geçti.", "tr", set()),
        (
            "Aliyev and Erdogan met in Ankara on September 8. They discussed good neighbourly relations.",
            "en",
            set(),
        ),
        (
            "Bayramov and Mirzoyan met in Washington on September 8. Blinken urged them to enter substantive "
            "negotiations.",
            "en",
            set(),
        ),
    ],
)
def test_a_meeting_called_good_in_someones_words_is_welcomed(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {x for x in stances(lexicon, text, language) if x[1] == "welcomes"} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # announcing a route's building, in someone's words, supports it
        (
            "Construction of the Trump Route is scheduled to begin in 2026, Prime Minister Nikol Pashinyan "
            "announced.",
            "en",
            {("nikol-pashinyan", "supports", "trump-route")},
        ),
        (
            "Aliyev said the construction of the Zangezur corridor will be completed by 2028.",
            "en",
            {("ilham-aliyev", "supports", "zangezur-corridor")},
        ),
        (
            "Rubio announced the Trump Route Implementation Framework on Tuesday.",
            "en",
            {("marco-rubio", "supports", "trump-route")},
        ),
        (
            "Aliyev, Zengezur koridorunun inşasının 2028'de tamamlanacağını açıkladı.",
            "tr",
            {("ilham-aliyev", "supports", "zangezur-corridor")},
        ),
        # not the article's own report, nor under an objection
        ("The construction of the Zangezur corridor began in 2023.", "en", set()),
        ("Zengezur koridorunun inşası 2023'te başladı.", "tr", set()),
        (
            "Iran opposes the construction of the Zangezur corridor.",
            "en",
            {("iran", "opposes", "zangezur-corridor")},
        ),
        # going on with the talks between the two sides is for their peace process
        (
            "Bayramov and Mirzoyan met in Washington on September 8. "
            "Bayramov and Mirzoyan agreed to speed up the "
            "talks.",
            "en",
            {
                ("jeyhun-bayramov", "supports", "armenia-azerbaijan-peace-process"),
                ("ararat-mirzoyan", "supports", "armenia-azerbaijan-peace-process"),
            },
        ),
        (
            "Ermenistan ve Azerbaycan, müzakereleri sürdürme konusunda uzlaştı.",
            "tr",
            {
                ("armenia", "supports", "armenia-azerbaijan-peace-process"),
                ("azerbaijan", "supports", "armenia-azerbaijan-peace-process"),
            },
        ),
        # talks of others are not theirs; discussions on a named treaty are on the treaty
        ("Japan and Korea agreed to continue the talks.", "en", set()),
        (
            "Aliyev and Pashinyan agreed to advance discussions on the peace treaty.",
            "en",
            {
                ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement"),
                ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
            },
        ),
    ],
)
def test_building_announced_and_talks_continued(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(lexicon, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "China threw its weight behind the Middle Corridor.",
            "en",
            ("china", "supports", "middle-corridor"),
        ),
        ("Russia gave the green light to the Trump Route.", "en", ("russia", "supports", "trump-route")),
        ("Rusya, Trump Rotası'na yeşil ışık yaktı.", "tr", ("russia", "supports", "trump-route")),
        ("Turkey reaffirmed its solidarity with Azerbaijan.", "en", ("turkiye", "supports", "azerbaijan")),
        (
            "Armenia refuses to accept the Zangezur corridor.",
            "en",
            ("armenia", "opposes", "zangezur-corridor"),
        ),
        ("Iran refused to back the Zangezur corridor.", "en", ("iran", "opposes", "zangezur-corridor")),
        (
            "The EU expressed satisfaction with the Washington Declaration.",
            "en",
            ("european-union", "welcomes", "washington-declaration-2025"),
        ),
        (
            "Iran called the Zangezur corridor a threat to regional security.",
            "en",
            ("iran", "concernedAbout", "zangezur-corridor"),
        ),
        (
            "İran, Zengezur koridorunu ulusal güvenliğine yönelik bir tehdit olarak görüyor.",
            "tr",
            ("iran", "concernedAbout", "zangezur-corridor"),
        ),
        # "X'in açıklamasını kınadı": the statement is what is condemned, not whose words these are
        (
            "Azerbaycan Dışişleri Bakanlığı, Ermenistan'ın açıklamasını sert bir dille kınadı.",
            "tr",
            ("azerbaijan-ministry-of-foreign-affairs", "condemns", "armenia"),
        ),
    ],
)
def test_more_of_the_common_vocabulary(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert stances(lexicon, text, language) == {expected}


def test_a_refusal_not_made_says_nothing(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Armenia has not refused to accept the Trump Route.", "en") == set()


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the leaders never named: each stands for the state he heads
        ("The leaders of Russia, Azerbaijan and Armenia", {"russia", "azerbaijan", "armenia"}),
        # named: the people
        ("Putin, Aliyev and Pashinyan", {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"}),
    ],
)
def test_the_three_leaders_are_people_only_where_the_document_names_them(
    lexicon: Lexicon, opening: str, expected: set[str]
) -> None:
    text = (
        f"{opening} met in Sochi on November 26, 2021. "
        "The three leaders reaffirmed their commitment to the trilateral statement of November 9, 2020."
    )
    found = stances(lexicon, text, "en", "2021-11-27")
    assert {holder for holder, _, target in found if target == "trilateral-statement-2020"} == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("President Ilham Aliyev affirmed Azerbaijan's support for the Brussels peace process.", "en"),
        ("Aliyev, Brüksel barış sürecine desteğini yineledi.", "tr"),
    ],
)
def test_a_peace_process_named_by_its_place_is_its_own(lexicon: Lexicon, text: str, language: str) -> None:
    assert stances(lexicon, text, language, "2023-02-18") == {
        ("ilham-aliyev", "supports", "brussels-peace-process")
    }


def test_a_normalization_whose_states_are_those_of_the_people_named(lexicon: Lexicon) -> None:
    """Only Armenia is named as a state; Çavuşoğlu's office gives Türkiye: "bu süreç" is theirs."""
    text = (
        "Dışişleri Bakanı Mevlüt Çavuşoğlu, Ermenistan Dışişleri Bakanı Ararat Mirzoyan ile görüştü. "
        'Çavuşoğlu, "İlişkilerimizi tam normalleştirmek için atılacak adımlar görüşüldü. '
        'Azerbaycan da bu süreci destekliyor" dedi.'
    )
    found = stances(lexicon, text, "tr", "2022-03-12")
    assert ("azerbaijan", "supports", "turkiye-armenia-normalization-process") in found
    assert ("azerbaijan", "supports", "armenia-azerbaijan-peace-process") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mirzoyan, Türkiye ile ilişkileri normalleştirmek için süreci koşulsuz olarak sürdüreceklerini "
            "ifade etti.",
            {("ararat-mirzoyan", "supports", "turkiye-armenia-normalization-process")},
        ),
        # a process named by no key: nothing
        ("Şirket, inşaat sürecini hızlandırdı.", set()),
    ],
)
def test_turkish_carrying_a_process_on(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(lexicon, text, "tr", "2022-03-12") == expected


def test_leaders_blaming_each_other_condemn_each_others_state(lexicon: Lexicon) -> None:
    """A person is no target (the README): two leaders' mutual accusation is of each other's state."""
    text = "At the Munich debate, Aliyev and Pashinyan accused each other of starting the war."
    assert stances(lexicon, text, "en", "2020-02-16") == {
        ("ilham-aliyev", "condemns", "armenia"),
        ("nikol-pashinyan", "condemns", "azerbaijan"),
    }


def test_the_statement_said_is_the_statement_told_before(lexicon: Lexicon) -> None:
    text = (
        "The Russian Foreign Ministry issued a statement on Saturday. "
        '"We welcome the signing of the Washington Declaration," the statement said.'
    )
    assert stances(lexicon, text, "en") == {
        ("russia-ministry-of-foreign-affairs", "welcomes", "washington-declaration-2025")
    }


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Aliyev, projeyi tamamen desteklediklerini ekledi.",
            {("ilham-aliyev", "supports", "zangezur-corridor")},
        ),
        # another project by its name is not the corridor
        ("Aliyev, enerji projesini desteklediklerini ekledi.", set()),
    ],
)
def test_turkish_the_project_is_the_corridor_just_named(
    lexicon: Lexicon, second: str, expected: set[tuple[str, str, str]]
) -> None:
    text = (
        "Bakü'de basın toplantısı düzenleyen Aliyev, Zengezur koridorunun yakında açılacağını söyledi. "
        + second
    )
    assert {x for x in stances(lexicon, text, "tr") if x[1] == "supports"} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a dialogue of two states carried on is their process (Türkiye and Armenia: their normalization)
        (
            "Mirzoyan said Armenia and Turkey would continue the dialogue.",
            "en",
            {
                ("armenia", "supports", "turkiye-armenia-normalization-process"),
                ("turkiye", "supports", "turkiye-armenia-normalization-process"),
            },
        ),
        (
            "Mirzoyan, Ermenistan'ın Türkiye ile çok yoğun bir diyalog sürdürdüğünü belirtti.",
            "tr",
            {
                ("ararat-mirzoyan", "supports", "turkiye-armenia-normalization-process"),
                ("armenia", "supports", "turkiye-armenia-normalization-process"),
            },
        ),
        # willingness to help conclude the peace talks; continuing one's efforts for them
        (
            "Scholz, Almanya'nın barış görüşmelerinin sonuçlandırılmasına yardımcı olma konusundaki "
            "istekliliğinin altını çizdi.",
            "tr",
            {("olaf-scholz", "supports", "armenia-azerbaijan-peace-process")},
        ),
        (
            "Kazakhstan will continue its efforts to normalize relations between Armenia and Azerbaijan.",
            "en",
            {("kazakhstan", "supports", "armenia-azerbaijan-peace-process")},
        ),
        # a dialogue of no named pair: nothing
        ("The company said it would continue the dialogue with its clients.", "en", set()),
    ],
)
def test_dialogue_and_efforts_carried_on(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(lexicon, text, language, "2024-02-28") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            'Dışişleri Bakanlığı, "ABD Yönetimi\'nin sürece sağladığı katkıları takdir ediyoruz" '
            "açıklamasını yaptı.",
            "tr",
            {("turkiye-ministry-of-foreign-affairs", "welcomes", "united-states")},
        ),
        (
            "Fidan emphasized the importance of the development of the Baku-Tbilisi-Kars railway, "
            "as well as the Middle Corridor.",
            "en",
            {
                ("hakan-fidan", "supports", "baku-tbilisi-kars-railway"),
                ("hakan-fidan", "supports", "middle-corridor"),
            },
        ),
        (
            "Michel noted Pashinyan's stated desire to move rapidly towards a peace agreement.",
            "en",
            {("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement")},
        ),
        (
            "Russia will continue active mediation efforts in the peace process.",
            "en",
            {("russia", "supports", "armenia-azerbaijan-peace-process")},
        ),
        (
            "The OSCE Minsk Group co-chairs met in Vienna. The Co-Chairs welcome the Washington Declaration.",
            "en",
            {("osce-minsk-group", "welcomes", "washington-declaration-2025")},
        ),
    ],
)
def test_praise_of_an_act_desire_and_the_cochairs(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(lexicon, text, language) == expected


def test_he_after_a_sentence_whose_speaker_is_named_late(lexicon: Lexicon) -> None:
    """ "Asked about ..., Velayati said ... Donald Trump. It is a plot, he warned": the one who spoke."""
    text = (
        "Asked about the lease of the corridor to the United States, Ali Akbar Velayati said the corridor "
        "would "
        "become a graveyard for the mercenaries of Donald Trump. "
        "The Zangezur corridor is not a trade route but a political plot against Iran, he warned."
    )
    found = stances(lexicon, text, "en")
    assert ("ali-akbar-velayati", "condemns", "zangezur-corridor") in found
    assert not [x for x in found if x[0] == "donald-trump"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran, Zengezur koridoruna karsi ciktigini acikladi.", ("iran", "opposes", "zangezur-corridor")),
        (
            "Iran, Zengezur koridorundan endise duydugunu soyledi.",
            ("iran", "concernedAbout", "zangezur-corridor"),
        ),
        (
            "Turkiye, baris surecine destek verdi.",
            ("turkiye", "supports", "armenia-azerbaijan-peace-process"),
        ),
        ("Azerbaycan, Ermenistan'i ateskesi ihlal etmekle sucladi.", ("azerbaijan", "condemns", "armenia")),
    ],
)
def test_turkish_typed_without_its_letters(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert stances(lexicon, text, "tr") == {expected}


def test_plain_letters_keeps_character_classes_valid() -> None:
    from loaders.rules.stance_triggers import plain_letters

    assert plain_letters(r"karşi çik\w*|[ıiuü]n") == r"kar[şs]i [çc]ik\w*|[ıiuüu]n"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # hope in both languages, "drew attention to", the path of peace
        ("Azerbaijan hopes to open the Zangezur corridor soon.", "en",
         ("azerbaijan", "supports", "zangezur-corridor")),
        ("Erdogan drew attention to the Southern Gas Corridor.", "en",
         ("recep-tayyip-erdogan", "supports", "southern-gas-corridor")),
        ("Fransa Dışişleri Bakanı Catherine Colonna, barış sürecinin kısa sürede sonuç vereceğini ümit "
         "ettiğini söyledi.", "tr", ("catherine-colonna", "supports", "armenia-azerbaijan-peace-process")),
        ("Mirzoyan, Ermenistan'ın barış yolunda kararlılıkla ilerlediğini vurguladı.", "tr",
         ("ararat-mirzoyan", "supports", "armenia-azerbaijan-peace-process")),
    ],
)  # fmt: skip
def test_hope_attention_and_the_path_of_peace(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_a_clause_ended_before_the_hope_is_not_its_subject(lexicon: Lexicon) -> None:
    """'X, A ile B'nin ... olacağını ve ... ümit ettiğini söyledi': the hope is X's, not B's."""
    text = (
        "Fransa Dışişleri Bakanı Catherine Colonna, Paşinyan ile Aliyev'in görüşmelerinin devam edeceğini "
        "ve barış sürecinin sonuç vereceğini ümit ettiğini söyledi."
    )
    found = stances(lexicon, text, "tr")
    assert ("catherine-colonna", "supports", "armenia-azerbaijan-peace-process") in found
    assert ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-process") not in found


def test_another_path_is_not_peace(lexicon: Lexicon) -> None:
    assert not stances(lexicon, "Ermenistan, Avrupa yolunda kararlılıkla ilerliyor.", "tr")
