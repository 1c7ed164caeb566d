"""Stances (issue 15, fourth round): classes of spurious and missed stances the first runs on
unseen news showed, on sentences written for these tests (not taken from the development set).
Each test names the class; the negative cases are the same words that state nothing or state
another's stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

PEACE = "armenia-azerbaijan-peace-process"


# -- thanks: a stance told as what someone is thanked for is the one thanked's -----------------


@pytest.mark.parametrize(
    ("text", "language", "expected", "not_expected"),
    [
        (
            "Prime Minister Kobakhidze thanked President Aliyev for supporting Georgia's territorial "
            "integrity.",
            "en",
            ("ilham-aliyev", "supports", "georgia"),
            ("irakli-kobakhidze", "supports", "georgia"),
        ),
        (
            "Pashinyan thanked Vladimir Putin for his support for the peace process with Azerbaijan.",
            "en",
            ("vladimir-putin", "supports", PEACE),
            ("nikol-pashinyan", "supports", PEACE),
        ),
        (
            "Pashinyan said he was grateful to France for its support for the TRIPP.",
            "en",
            ("france", "supports", "trump-route"),
            ("nikol-pashinyan", "supports", "trump-route"),
        ),
        (
            "Paşinyan, Putin'e Ermenistan ile Azerbaycan arasındaki barış sürecine verdiği destek için "
            "teşekkür etti.",
            "tr",
            ("vladimir-putin", "supports", PEACE),
            ("nikol-pashinyan", "supports", PEACE),
        ),
        (
            "Aliyev, Türkiye'nin Orta Koridor'a desteği için teşekkür etti.",
            "tr",
            ("turkiye", "supports", "middle-corridor"),
            ("ilham-aliyev", "supports", "middle-corridor"),
        ),
    ],
)
def test_what_one_is_thanked_for_is_the_thanked_ones_stance(
    lexicon: Lexicon,
    text: str,
    language: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str],
) -> None:
    found = stances(lexicon, text, language)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Thank you for your support for the Trump Route," Pashinyan said.', "en"),
        (
            'Paşinyan, "Ermenistan ile Azerbaycan arasındaki barış sürecine yönelik desteğinizden dolayı '
            'minnettarım" dedi.',
            "tr",
        ),
        ("Paşinyan, Trump'a TRIPP projesine verdiği destekten dolayı teşekkür etti.", "tr"),
    ],
)
def test_thanks_for_your_support_is_not_the_speakers_support(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not any(holder == "nikol-pashinyan" for holder, _, _ in stances(lexicon, text, language))


def test_thanks_then_another_verb_keeps_the_subjects_stance(lexicon: Lexicon) -> None:
    text = (
        "The ministers of Armenia and Azerbaijan expressed their appreciation to the US for hosting the "
        "talks and agreed to continue the peace process."
    )
    found = stances(lexicon, text, "en")
    assert not any(holder == "united-states" for holder, _, _ in found)


def test_thanks_for_support_to_a_state_is_not_a_welcome_of_that_state(lexicon: Lexicon) -> None:
    text = "Aliyev, Erdoğan'a Karabağ savaşı sırasında Azerbaycan'a verdiği destek için teşekkür etti."
    found = stances(lexicon, text, "tr")
    assert ("ilham-aliyev", "welcomes", "azerbaijan") not in found
    assert ("recep-tayyip-erdogan", "supports", "azerbaijan") in found


# -- the speaker's own state in the clause they say is the speaker's stance ---------------------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Azerbaijani Foreign Minister Jeyhun Bayramov met the Russian envoy in Baku. He noted that "
            "despite Azerbaijan's commitment to the normalization process with Armenia, provocations "
            "continue.",
            ("jeyhun-bayramov", "supports", PEACE),
            ("azerbaijan", "supports", PEACE),
        ),
        (
            "Armenian Foreign Minister Ararat Mirzoyan met the co-chairs in Yerevan. The Foreign Minister "
            "reiterated Armenia's position, underscoring that Armenia remains committed to the peace "
            "process.",
            ("ararat-mirzoyan", "supports", PEACE),
            ("armenia", "supports", PEACE),
        ),
        (
            "Aliyev spoke to reporters in Baku. The President stressed that Azerbaijan supports the Middle "
            "Corridor.",
            ("ilham-aliyev", "supports", "middle-corridor"),
            ("azerbaijan", "supports", "middle-corridor"),
        ),
    ],
)
def test_a_titled_or_pronoun_speaker_speaks_for_his_own_state(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "en")
    assert expected in found
    assert not_expected not in found


def test_another_state_in_the_said_clause_keeps_its_stance(lexicon: Lexicon) -> None:
    text = (
        "Aliyev spoke to reporters in Baku. The President stressed that Kazakhstan supports the Middle "
        "Corridor."
    )
    found = stances(lexicon, text, "en")
    assert ("kazakhstan", "supports", "middle-corridor") in found
    assert ("ilham-aliyev", "supports", "middle-corridor") not in found


# -- a commitment put in doubt, and a stance word as a title's topic, state nothing ------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mirzoyan said that by such provocations the Azerbaijani side puts under serious doubt its "
            "commitment to the peace process.",
            "en",
        ),
        ("Pashinyan questioned Azerbaijan's commitment to the peace process.", "en"),
        ("Armenian officials cast doubt on Baku's stated support for the peace agreement.", "en"),
        ("Paşinyan, Azerbaycan'ın barış sürecine bağlılığını sorguladı.", "tr"),
        ("Paşinyan, Azerbaycan'ın barış sürecine bağlılığından şüphe ettiğini söyledi.", "tr"),
    ],
)
def test_a_commitment_put_in_doubt_is_no_support(lexicon: Lexicon, text: str, language: str) -> None:
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Aliyev said there is no doubt about Azerbaijan's commitment to the peace process.",
            "en",
            ("ilham-aliyev", "supports", PEACE),
        ),
        ("Azerbaycan, barış sürecine bağlılığını yineledi.", "tr", ("azerbaijan", "supports", PEACE)),
    ],
)
def test_a_commitment_not_in_doubt_stays_support(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Mirzoyan received Igor Khovaev, the Special Representative of the Russian Foreign Minister on the "
        "issues of supporting the normalization of relations between Armenia and Azerbaijan.",
        "Mirzoyan received Igor Khovaev, Russia's special envoy on issues supporting the normalization of "
        "relations between Armenia and Azerbaijan.",
    ],
)
def test_a_stance_word_naming_an_envoys_brief_is_no_stance(lexicon: Lexicon, text: str) -> None:
    assert stances(lexicon, text, "en") == set()


def test_the_envoys_own_words_still_count(lexicon: Lexicon) -> None:
    text = "Russia supports the normalization of relations between Armenia and Azerbaijan, Khovaev said."
    assert ("igor-khovaev", "supports", PEACE) in stances(lexicon, text, "en")


# -- a Turkish accusation: the first accusative is the accused, later ones the act's objects ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ermenistan ise Azerbaycan'ı Laçın koridorunu kapatarak insani krize yol açmakla suçluyor.",
            ("armenia", "condemns", "azerbaijan"),
        ),
        (
            "Bakü, Erivan'ı Zengezur koridorunun açılmasını engellemekle suçladı.",
            ("azerbaijan", "condemns", "armenia"),
        ),
        (
            "Ermenistan ise Azerbaycan'i Lacin koridorunu kapatmakla sucluyor.",
            ("armenia", "condemns", "azerbaijan"),
        ),
    ],
)
def test_the_accused_is_the_first_accusative_not_the_acts_object(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "tr")
    assert expected in found
    assert not any(target.endswith("corridor") for _, kind, target in found if kind == "condemns")


# -- thanks for hosting welcome the meeting hosted, by every side that thanks -------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Bayramov and Mirzoyan met in Washington on July 10. The two parties have expressed their "
            "gratitude to the Secretary of State for hosting the meeting.",
            "en",
            {
                # the two parties of a meeting of two named people are those two (the holders the
                # development set gives: the person named, not the state behind)
                ("jeyhun-bayramov", "welcomes", "meeting/2025-07-10-washington"),
                ("ararat-mirzoyan", "welcomes", "meeting/2025-07-10-washington"),
            },
        ),
        (
            "Bayramov ve Mirzoyan 10 Mayıs'ta Almatı'da görüştü. Bayramov, görüşmeye ev sahipliği yaptığı "
            "için Kazakistan'a teşekkür etti.",
            "tr",
            {("jeyhun-bayramov", "welcomes", "meeting/2025-05-10-almaty")},
        ),
        (
            "Bayramov ve Mirzoyan 10 Mayıs'ta Almatı'da görüştü. Bakanlar, müzakerelere ev sahipliği yapan "
            "Kazakistan tarafına teşekkür etti.",
            "tr",
            {
                ("jeyhun-bayramov", "welcomes", "meeting/2025-05-10-almaty"),
                ("ararat-mirzoyan", "welcomes", "meeting/2025-05-10-almaty"),
            },
        ),
    ],
)
def test_thanks_for_hosting_welcome_the_meeting(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    found = stances(lexicon, text, language)
    assert expected <= found
    assert not any(target == "kazakhstan" for _, _, target in found)


def test_the_thanked_host_does_not_thank_itself(lexicon: Lexicon) -> None:
    text = (
        "Blinken, Bayramov and Mirzoyan met in Arlington on May 1. The ministers expressed their "
        "appreciation to the US for hosting the talks."
    )
    found = stances(lexicon, text, "en")
    assert {
        ("jeyhun-bayramov", "welcomes", "meeting/2025-05-01-arlington"),
        ("ararat-mirzoyan", "welcomes", "meeting/2025-05-01-arlington"),
    } <= found
    assert not any(holder in ("antony-blinken", "united-states") for holder, _, _ in found)


# -- an agreement or decision to carry a thing out supports it -----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Michel said Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
            "agreed to launch the border delimitation process in the coming days.",
            "en",
            {
                ("nikol-pashinyan", "supports", "armenia-azerbaijan-border-delimitation"),
                ("ilham-aliyev", "supports", "armenia-azerbaijan-border-delimitation"),
            },
        ),
        (
            "Armenia and Azerbaijan agreed to begin the border delimitation from the northern section.",
            "en",
            {
                ("armenia", "supports", "armenia-azerbaijan-border-delimitation"),
                ("azerbaijan", "supports", "armenia-azerbaijan-border-delimitation"),
            },
        ),
        (
            "Armenia and Turkey agreed on the reopening of the Kars-Gyumri railway.",
            "en",
            {("armenia", "supports", "kars-gyumri-railway"), ("turkiye", "supports", "kars-gyumri-railway")},
        ),
        (
            "Aliyev ve Paşinyan, TRIPP projesinin hayata geçirilmesini kararlaştırdı.",
            "tr",
            {("ilham-aliyev", "supports", "trump-route"), ("nikol-pashinyan", "supports", "trump-route")},
        ),
        (
            "Ermenistan ve Azerbaycan, sınır belirleme çalışmalarına kuzeyden başlanmasını kararlaştırdı.",
            "tr",
            {
                ("armenia", "supports", "armenia-azerbaijan-border-delimitation"),
                ("azerbaijan", "supports", "armenia-azerbaijan-border-delimitation"),
            },
        ),
    ],
)
def test_an_agreement_to_carry_a_thing_out_supports_it(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia and Azerbaijan did not agree to launch the border delimitation process.", "en"),
        ("Ermenistan ve Azerbaycan, sınır belirleme çalışmalarına başlanmasını kararlaştırmadı.", "tr"),
    ],
)
def test_no_agreement_is_no_support(lexicon: Lexicon, text: str, language: str) -> None:
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, language))


# -- a route's benefits to come, in someone's words, support it ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Bayramov said the Middle Corridor will benefit the whole region.",
            "en",
            ("jeyhun-bayramov", "supports", "middle-corridor"),
        ),
        (
            "Aliyev said the Zangezur corridor will also benefit Iran.",
            "en",
            ("ilham-aliyev", "supports", "zangezur-corridor"),
        ),
        (
            "Mirzoyan said the commissioning of the Gyumri-Kars railway will facilitate trade between the "
            "Black Sea and the Caspian.",
            "en",
            ("ararat-mirzoyan", "supports", "gyumri-kars-railway"),
        ),
        (
            '"The Middle Corridor has great potential," Tokayev said.',
            "en",
            ("kassym-jomart-tokayev", "supports", "middle-corridor"),
        ),
        (
            "Aliyev, Zengezur koridorundan İran'ın da faydalanacağını kaydetti.",
            "tr",
            ("ilham-aliyev", "supports", "zangezur-corridor"),
        ),
        (
            "Uraloğlu, Zengezur Koridoru'nun bölgesel ticareti canlandıracağını söyledi.",
            "tr",
            ("abdulkadir-uraloglu", "supports", "zangezur-corridor"),
        ),
    ],
)
def test_a_routes_benefit_in_someones_words_supports_it(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Middle Corridor will benefit Kazakhstan.", "en"),  # the article's own words
        ("Velayati said the Zangezur corridor will not benefit anyone in the region.", "en"),
        ("Zengezur Koridoru bölgesel ticareti canlandıracak.", "tr"),
    ],
)
def test_a_benefit_in_the_articles_words_or_denied_is_no_support(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, language))


# -- Turkish: the name a subject participle heads is the main clause's subject -------------------


@pytest.mark.parametrize(
    ("text", "expected", "wrong_holders"),
    [
        (
            "Orta Koridor'un ABD, Rusya ve Avrupa Birliği gibi küresel güçler arasında yeni bir rekabete yol "
            "açtığını dile getiren Bayramov, Orta Koridor'un geliştirilmesini desteklediklerini söyledi.",
            ("jeyhun-bayramov", "supports", "middle-corridor"),
            {"united-states", "russia", "european-union"},
        ),
        (
            "Türkiye'nin Zengezur Koridoru üzerinden Azerbaycan ile bağlantısını güçlendireceğini bilen "
            "İran, bunu büyük bir tehdit olarak görüp Zengezur Koridoru'nun açılmasını engellemeye "
            "çalışıyor.",
            ("iran", "concernedAbout", "zangezur-corridor"),
            {"turkiye", "azerbaijan"},
        ),
        (
            "Dışişleri Bakanlığının konuk evindeki barış görüşmelerine ev sahipliği yapan Almanya Dışişleri "
            "Bakanı Annalena Baerbock, Aliyev'e ve Paşinyan'a barış sürecine verdikleri önem için teşekkür "
            "etti ve barış sürecini desteklediklerini söyledi.",
            ("annalena-baerbock", "supports", PEACE),
            {"turkiye-ministry-of-foreign-affairs", "germany-ministry-of-foreign-affairs"},
        ),
    ],
)
def test_the_name_a_participle_heads_holds_the_main_clauses_stance(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str], wrong_holders: set[str]
) -> None:
    found = stances(lexicon, text, "tr")
    assert expected in found
    assert not any(holder in wrong_holders for holder, _, _ in found)


# -- supporting a signing or initialling that has happened welcomes the document -----------------


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Kazakhstan supports the signing of the Washington Declaration.", "en", "welcomes"),
        ("Tokayev, Washington Deklarasyonu'nun imzalanmasını desteklediklerini söyledi.", "tr", "welcomes"),
        (
            "Kazakhstan strongly supports the initialing of the Armenia-Azerbaijan peace agreement.",
            "en",
            "welcomes",
        ),
        # not signed at the article's date (2025-09-10): still to come, supported
        ("Kazakhstan supports the signing of the Armenia-Azerbaijan peace agreement.", "en", "supports"),
        ("Tokayev, barış anlaşmasının imzalanmasını desteklediklerini söyledi.", "tr", "supports"),
    ],
)
def test_support_for_a_signing_done_is_a_welcome(
    lexicon: Lexicon, text: str, language: str, kind: str
) -> None:
    found = stances(lexicon, text, language)
    assert {
        k
        for _, k, target in found
        if target.startswith(("washington-declaration", "armenia-azerbaijan-peace"))
    } == {kind}


# -- standing by a state, supporting its people, and the speaker of a coordinated verb -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish Defence Minister Yasar Guler called his Azerbaijani counterpart, Colonel General Zakir "
            "Hasanov, and noted that Türkiye, as always, stands by Azerbaijan.",
            ("yasar-guler", "supports", "azerbaijan"),
        ),
        (
            "Erdogan said Turkey stood firmly behind Azerbaijan during the war.",
            ("recep-tayyip-erdogan", "supports", "azerbaijan"),
        ),
        ("France stands with Armenia, Macron said.", ("emmanuel-macron", "supports", "armenia")),
        (
            '"We will continue to support our Azerbaijani brothers in their just struggle," Erdogan said.',
            ("recep-tayyip-erdogan", "supports", "azerbaijan"),
        ),
        (
            "Turkiye will always support the brotherly Azerbaijani people.",
            ("turkiye", "supports", "azerbaijan"),
        ),
    ],
)
def test_standing_by_a_state_or_supporting_its_people_supports_it(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "en")
    assert expected in found
    assert not any(holder == "zakir-hasanov" for holder, _, _ in found)


def test_standing_by_ones_own_position_is_not_support_of_its_topic(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Iran stands by its position on the Zangezur corridor.", "en") == set()


# -- what harms a peace process is no one's objection to it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Blinken said the risk of a humanitarian crisis in the Lachin corridor undermined prospects for "
            "peace between Armenia and Azerbaijan.",
            "en",
        ),
        ("Borrell said the checkpoint jeopardizes the peace process between Armenia and Azerbaijan.", "en"),
    ],
)
def test_a_harm_to_the_peace_process_is_no_objection_to_it(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not any(
        kind == "opposes" and target == PEACE for _, kind, target in stances(lexicon, text, language)
    )


def test_peace_discussions_are_the_peace_process(lexicon: Lexicon) -> None:
    text = (
        "Blinken encouraged President Aliyev to redouble efforts in bilateral peace discussions with Armenia."
    )
    assert ("antony-blinken", "supports", PEACE) in stances(lexicon, text, "en")


# -- a preposition's object before a comma is not joined to the subject after it -------------------


def test_a_fronted_phrases_last_name_is_not_the_subject(lexicon: Lexicon) -> None:
    text = (
        "Also stressing the risks sparked by Israel's attacks on Iran, Erdoğan highlighted the importance of "
        "the ongoing peace talks between Azerbaijan and Armenia."
    )
    found = stances(lexicon, text, "en")
    assert ("recep-tayyip-erdogan", "supports", PEACE) in found
    assert not any(holder == "iran" for holder, _, _ in found)


def test_a_list_of_subjects_stays_joined(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Russia, Iran and Turkey support the 3+3 regional platform.", "en")
    assert {holder for holder, _, _ in found} == {"russia", "iran", "turkiye"}


# -- the one told is not the speaker; what is aimed at disrupting is no support -------------------


@pytest.mark.parametrize(
    "text",
    [
        'Pashinyan told Michel on Saturday that the Azerbaijani provocations "are aimed at disrupting the '
        'efforts for resuming the peace talks."',
        "Pashinyan told European Council President Charles Michel that Azerbaijan's provocations threaten "
        "the peace process.",
    ],
)
def test_the_one_told_does_not_hold_the_stance(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "en")
    assert ("nikol-pashinyan", "condemns", "azerbaijan") in found
    assert not any(holder == "charles-michel" for holder, _, _ in found)
    assert ("azerbaijan", "supports", PEACE) not in found


def test_aimed_at_peace_is_still_support(lexicon: Lexicon) -> None:
    text = "Aliyev said Azerbaijan's policy is aimed at lasting peace with Armenia."
    assert any(kind == "supports" and target == PEACE for _, kind, target in stances(lexicon, text, "en"))


# -- instructing one's ministers to push a thing on supports it -----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Aliyev and Pashinyan instructed their foreign ministers to accelerate the peace talks.",
            "en",
            {("ilham-aliyev", "supports", PEACE), ("nikol-pashinyan", "supports", PEACE)},
        ),
        (
            "Putin instructed the government to speed up the construction of the North-South corridor.",
            "en",
            {("vladimir-putin", "supports", "north-south-corridor")},
        ),
        (
            "Aliyev ve Paşinyan, dışişleri bakanlarına barış anlaşması müzakereleri için yakında bir araya "
            "gelmeleri talimatı verdi.",
            "tr",
            {
                ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement"),
                ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
            },
        ),
        (
            "Aliyev, Zengezur koridorunun inşasının hızlandırılması talimatını verdi.",
            "tr",
            {("ilham-aliyev", "supports", "zangezur-corridor")},
        ),
    ],
)
def test_instructing_to_push_a_thing_on_supports_it(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, language)


def test_instructing_to_halt_is_no_support(lexicon: Lexicon) -> None:
    text = "Aliyev instructed the government to suspend the construction of the Zangezur corridor."
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, "en"))


# -- the one thanked does not thank; what one is thanked for is not the one thanked ---------------


def test_the_thanked_is_not_the_thanker(lexicon: Lexicon) -> None:
    text = "Mirzoyan met Lavrov in Moscow on January 21. He thanked Lavrov for organizing the talks."
    found = stances(lexicon, text, "en")
    assert ("ararat-mirzoyan", "welcomes", "meeting/2025-01-21-moscow") in found
    assert not any(holder == "sergey-lavrov" for holder, _, _ in found)


def test_a_place_in_what_one_is_thanked_for_is_not_the_one_thanked(lexicon: Lexicon) -> None:
    text = (
        "Putin, görüşme öncesi yaptığı açıklamada, Aliyev ve Paşinyan'a Moskova'ya geldikleri için teşekkür "
        "etti."
    )
    assert not any(target == "russia" for _, _, target in stances(lexicon, text, "tr"))


def test_plain_thanks_to_a_state_welcome_it(lexicon: Lexicon) -> None:
    assert ("jeyhun-bayramov", "welcomes", "kazakhstan") in stances(
        lexicon, "Bayramov, Kazakistan'a teşekkür etti.", "tr"
    )


# -- a reaction awaited is no reaction -------------------------------------------------------------


def test_a_reaction_awaited_is_no_objection(lexicon: Lexicon) -> None:
    text = (
        "Paşinyan, barış anlaşmasıyla ilgili önerilerini sunduklarını ve Bakü'nün tepkisini beklediklerini "
        "söyledi."
    )
    assert not any(kind == "opposes" for _, kind, _ in stances(lexicon, text, "tr"))


def test_a_reaction_shown_still_opposes(lexicon: Lexicon) -> None:
    assert ("iran", "opposes", "zangezur-corridor") in stances(
        lexicon, "İran, Zengezur koridoruna tepki gösterdi.", "tr"
    )


# -- a meeting called historic in someone's words is welcomed ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            'Cavusoglu, Bayramov and Tileuberdi met in Baku on June 23. "A very historical meeting has been '
            'held among Azerbaijan, Turkiye, and Kazakhstan today," said Minister Cavusoglu.',
            "en",
            ("mevlut-cavusoglu", "welcomes", "meeting/2025-06-23-baku"),
        ),
        (
            "Erdoğan ve Aliyev 15 Haziran'da Şuşa'da görüştü. Erdoğan, \"Bugün tarihi bir görüşme "
            'gerçekleştirdik" dedi.',
            "tr",
            ("recep-tayyip-erdogan", "welcomes", "meeting/2025-06-15-shusha"),
        ),
    ],
)
def test_a_meeting_called_historic_is_welcomed(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev and Pashinyan met in Brussels on May 14. It was a historic meeting.", "en"),
        ("Erdoğan ve Aliyev 15 Haziran'da Şuşa'da görüştü. Tarihi bir görüşme gerçekleştirildi.", "tr"),
    ],
)
def test_historic_in_the_articles_own_words_is_no_ones(lexicon: Lexicon, text: str, language: str) -> None:
    assert stances(lexicon, text, language) == set()


# -- taking important steps is an act, calling a thing an important step is a stance -------------


def test_taking_important_steps_is_no_stance(lexicon: Lexicon) -> None:
    text = "Türkiye, Orta Koridor'daki stratejik konumunu güçlendirmek için önemli adımlar atıyor."
    assert stances(lexicon, text, "tr") == set()


def test_calling_a_thing_an_important_step_is_no_stance_on_what_it_leads_to(lexicon: Lexicon) -> None:
    # (twelfth session: the development set never lists the peace process for "an important step
    # towards peace"; its five passages with the phrase praise the act called a step)
    text = "Erdoğan, Washington Deklarasyonu'nun barış yolunda önemli bir adım olduğunu söyledi."
    assert ("recep-tayyip-erdogan", "supports", PEACE) not in stances(lexicon, text, "tr")


# -- an interest expressed in a route supports it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan expressed interest in further development of the Middle Corridor.",
            ("kazakhstan", "supports", "middle-corridor"),
        ),
        (
            "Gurbanov said there is great interest from China in the use of the Baku-Tbilisi-Kars railway.",
            ("china", "supports", "baku-tbilisi-kars-railway"),
        ),
        (
            "China is interested in the Middle Corridor, Tokayev said.",
            ("china", "supports", "middle-corridor"),
        ),
    ],
)
def test_an_interest_expressed_in_a_route_supports_it(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Garibashvili discussed the increased interest in the Middle Corridor with officials.",
        "Iran has no interest in the Zangezur corridor.",
        "The bank raised interest rates despite the Middle Corridor boom.",
    ],
)
def test_interest_as_a_topic_or_denied_is_no_support(lexicon: Lexicon, text: str) -> None:
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, "en"))


# -- a capital owning a stance noun is its state, not the speaker ----------------------------------


def test_a_capitals_support_is_its_states(lexicon: Lexicon) -> None:
    text = "Sobhani on Thursday also discussed Moscow's tacit support for the so-called Zangezur corridor."
    found = stances(lexicon, text, "en")
    assert ("russia", "supports", "zangezur-corridor") in found
    assert not any(holder == "mehdi-sobhani" for holder, _, _ in found)
