"""Stances (issue 15, ninth session): reactions the first runs on unseen news missed, on
sentences written for these tests (not taken from the development set). Each test names the
class; the negative cases are the same words that state nothing or state another stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

# -- thanks for a visit, for coming, for an invitation accepted: a welcome of the meeting -------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Tokayev visited Baku on March 11 and met Aliyev. Aliyev thanked Tokayev for the visit.",
            "en",
            ("ilham-aliyev", "welcomes", "meeting/2025-03-11-baku"),
        ),
        (
            "Tokayev visited Baku on March 11 and met Aliyev. Aliyev thanked his guest for accepting the "
            "invitation.",
            "en",
            ("ilham-aliyev", "welcomes", "meeting/2025-03-11-baku"),
        ),
        (
            "Tokayev, 11 Mart'ta Bakü'de Aliyev ile görüştü. Aliyev, Tokayev'e ziyareti için teşekkür etti.",
            "tr",
            ("ilham-aliyev", "welcomes", "meeting/2025-03-11-baku"),
        ),
        (
            "Putin, 11 Ocak'ta Moskova'da Aliyev ve Paşinyan ile görüştü. Putin, Aliyev ve Paşinyan'a "
            "Moskova'ya geldikleri için teşekkür etti.",
            "tr",
            ("vladimir-putin", "welcomes", "meeting/2025-01-11-moscow"),
        ),
    ],
)
def test_thanks_for_a_visit_welcome_the_meeting(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_where_the_guests_came_is_not_the_one_thanked(lexicon: Lexicon) -> None:
    """ "Moskova'ya geldikleri için": Moscow is where they came, not Russia thanked (whose own
    president would then not be the one thanking)."""
    text = (
        "Putin, 11 Ocak'ta Moskova'da Aliyev ve Paşinyan ile görüştü. Putin, Aliyev ve Paşinyan'a "
        "Moskova'ya geldikleri için teşekkür etti."
    )
    assert ("vladimir-putin", "welcomes", "russia") not in stances(lexicon, text, "tr")


def test_thanks_for_a_visit_with_no_meeting_told_is_nothing(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Aliyev thanked Tokayev for the visit.", "en")
    assert not any(target.startswith("meeting/") for _, _, target in found)


# -- a call to stop a thing is against it ----------------------------------------------------------

WAR = "Fighting broke out between Armenia and Azerbaijan on September 27, 2020. "


@pytest.mark.parametrize(
    "text",
    [
        WAR + "Macron called on the sides to stop the fighting.",
        WAR + "Blinken urged both countries to immediately end the hostilities.",
        WAR + "Lavrov called on Baku and Yerevan to put an end to the fighting.",
    ],
)
def test_a_call_to_stop_the_fighting_opposes_the_war(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "en")
    assert any(kind == "opposes" and target == "second-karabakh-war" for _, kind, target in found)
    assert not any(kind == "supports" and target == "second-karabakh-war" for _, kind, target in found)


def test_a_call_to_carry_on_is_still_support(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Macron called on the sides to continue the peace process.", "en")
    assert ("emmanuel-macron", "supports", "armenia-azerbaijan-peace-process") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "27 Eylül 2020'de Ermenistan ile Azerbaycan arasında çatışmalar başladı. Erdoğan, çatışmaların "
            "derhal durdurulması gerektiğini söyledi.",
            ("recep-tayyip-erdogan", "opposes", "second-karabakh-war"),
        ),
        (
            "Erdoğan, Zengezur koridorunun açılması gerektiğini söyledi.",
            ("recep-tayyip-erdogan", "supports", "zangezur-corridor"),
        ),
    ],
)
def test_what_must_be_done_to_a_thing_says_the_stance_tr(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "tr")


# -- one addressed at the head of a quote is not the one who speaks ---------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev, 14 Şubat'ta Münih'te Tokayev ile görüştü. Aliyev, \"Sayın Tokayev, sizinle yeniden "
            'görüşmemizden memnunluk duyuyorum" dedi.',
            "tr",
        ),
        (
            'Aliyev met Tokayev in Munich on February 14. "Dear Mr. Tokayev, I am pleased with our meeting '
            'today," Aliyev said.',
            "en",
        ),
    ],
)
def test_the_one_addressed_in_a_quote_is_not_its_speaker(lexicon: Lexicon, text: str, language: str) -> None:
    found = stances(lexicon, text, language)
    assert ("ilham-aliyev", "welcomes", "meeting/2025-02-14-munich") in found
    assert not any(holder == "kassym-jomart-tokayev" for holder, _, _ in found)


# -- what a route will increase: the route that does it, not the one whose capacity grows -------------


@pytest.mark.parametrize(
    ("text", "language", "expected", "not_expected"),
    [
        (
            "Uraloğlu, Zengezur koridorunun açılmasının Bakü-Tiflis-Kars demiryolunun kapasitesini "
            "artıracağını söyledi.",
            "tr",
            ("abdulkadir-uraloglu", "supports", "zangezur-corridor"),
            ("abdulkadir-uraloglu", "supports", "baku-tbilisi-kars-railway"),
        ),
        (
            "Aliyev said the opening of the Zangezur corridor will increase the Baku-Tbilisi-Kars railway's "
            "capacity.",
            "en",
            ("ilham-aliyev", "supports", "zangezur-corridor"),
            ("ilham-aliyev", "supports", "baku-tbilisi-kars-railway"),
        ),
        (
            "The Middle Corridor will strengthen regional trade, Aliyev said.",
            "en",
            ("ilham-aliyev", "supports", "middle-corridor"),
            ("ilham-aliyev", "opposes", "middle-corridor"),
        ),
    ],
)
def test_a_route_that_will_increase_trade_is_supported(
    lexicon: Lexicon,
    text: str,
    language: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str],
) -> None:
    found = stances(lexicon, text, language)
    assert expected in found
    assert not_expected not in found


def test_an_increase_in_the_articles_words_is_no_stance(lexicon: Lexicon) -> None:
    assert stances(lexicon, "The Middle Corridor will increase cargo transit.", "en") == set()


# -- more words of being for a thing -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Aliyev gave a new impetus to the peace process.",
            "en",
            ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-process"),
        ),
        (
            "Michel said the EU will do everything to help the normalisation of relations between "
            "Armenia and "
            "Azerbaijan.",
            "en",
            ("european-union", "supports", "armenia-azerbaijan-peace-process"),
        ),
        (
            "Erdoğan, barış sürecinin bir an önce tamamlanmasını beklediklerini söyledi.",
            "tr",
            ("recep-tayyip-erdogan", "supports", "armenia-azerbaijan-peace-process"),
        ),
        (
            'Erdoğan, "Orta Koridor\'un yakında tamamlanacağını umut ediyoruz" dedi.',
            "tr",
            ("recep-tayyip-erdogan", "supports", "middle-corridor"),
        ),
    ],
)
def test_more_words_of_support(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_waiting_for_results_is_no_support(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Erdoğan, toplantının sonuçlarını bekliyor.", "tr") == set()


# -- "the commitment of X to ...": X's stance, whoever reports it ---------------------------------------

PEACE = "armenia-azerbaijan-peace-process"


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Guterres welcomed the commitment of Armenia and Azerbaijan to the peace process.",
            {("armenia", "supports", PEACE), ("azerbaijan", "supports", PEACE)},
            ("antonio-guterres", "supports", PEACE),
        ),
        (
            "Blinken praised the readiness of Armenia and Azerbaijan to sign the peace agreement.",
            {
                ("armenia", "supports", "armenia-azerbaijan-peace-agreement"),
                ("azerbaijan", "supports", "armenia-azerbaijan-peace-agreement"),
            },
            ("azerbaijan", "welcomes", "armenia"),
        ),
        (
            "Armenia and Azerbaijan met in Prague. Guterres noted the continued commitment of the sides "
            "to the "
            "peace process.",
            {("armenia", "supports", PEACE), ("azerbaijan", "supports", PEACE)},
            ("antonio-guterres", "supports", PEACE),
        ),
    ],
)
def test_a_stance_noun_is_of_the_ones_it_is_of(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str, str]], not_expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "en")
    assert expected <= found
    assert not_expected not in found


def test_the_commitment_of_unknown_sides_is_not_the_reporters(lexicon: Lexicon) -> None:
    """No two sides in view: the stance is no one's the text keys, not the one who welcomed it."""
    found = stances(lexicon, "Blinken welcomed the commitment of the sides to the peace process.", "en")
    assert ("antony-blinken", "supports", PEACE) not in found


# -- tr: the subject of a reported clause, joined names and the plural ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken, Azerbaycan ve Ermenistan'ın barış anlaşmasını imzalamaya hazır olduğunu söyledi.",
            {
                ("azerbaijan", "supports", "armenia-azerbaijan-peace-agreement"),
                ("armenia", "supports", "armenia-azerbaijan-peace-agreement"),
            },
        ),
        (
            "Aliyev ve Paşinyan 14 Mayıs'ta Brüksel'de görüştü. Michel, iki liderin de barış sürecine hazır "
            "olduklarını söyledi.",
            {("ilham-aliyev", "supports", PEACE), ("nikol-pashinyan", "supports", PEACE)},
        ),
    ],
)
def test_a_reported_clauses_joined_or_plural_subject_holds_it(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = stances(lexicon, text, "tr")
    assert expected <= found
    assert not any(holder in ("antony-blinken", "charles-michel") for holder, _, _ in found)


def test_a_plural_verb_is_not_the_one_name_a_noun_belongs_to(lexicon: Lexicon) -> None:
    text = (
        "Dışişleri Bakanlığı, Minsk Grubu'nun kapatılmasına ilişkin kararı memnuniyetle "
        "karşıladıklarını duyurdu."
    )
    found = stances(lexicon, text, "tr")
    assert not any(holder == "osce-minsk-group" for holder, _, _ in found)


# -- tr: "X tarafından desteklenen / talep edilen <thing>": the agent's stance on the thing described ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaycan ve Türkiye tarafından talep edilen Zengezur Koridoru bölgeyi değiştirecek.",
            {("azerbaijan", "supports", "zangezur-corridor"), ("turkiye", "supports", "zangezur-corridor")},
        ),
        (
            "Azerbaycan ve Türkiye tarafından desteklenen Zengezur Koridoru bölgeyi değiştirecek.",
            {("azerbaijan", "supports", "zangezur-corridor"), ("turkiye", "supports", "zangezur-corridor")},
        ),
        (
            "İran tarafından şiddetle karşı çıkılan Zengezur Koridoru yeniden gündemde.",
            {("iran", "opposes", "zangezur-corridor")},
        ),
        (
            "Türkiye tarafından memnuniyetle karşılanan Washington Deklarasyonu 8 Ağustos'ta imzalandı.",
            {("turkiye", "welcomes", "washington-declaration-2025")},
        ),
    ],
)
def test_a_passive_participles_agent_holds_the_stance_on_what_it_describes(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, "tr")


def test_a_negated_participle_is_no_support(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Azerbaycan tarafından desteklenmeyen Zengezur Koridoru gündemde.", "tr")
    assert ("azerbaijan", "supports", "zangezur-corridor") not in found


def test_a_passive_finite_verb_with_joined_agents(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Zengezur Koridoru Azerbaycan ve Türkiye tarafından talep ediliyor.", "tr")
    assert {
        ("azerbaijan", "supports", "zangezur-corridor"),
        ("turkiye", "supports", "zangezur-corridor"),
    } <= found


# -- a thing said not to be on the agenda is ruled out ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Azerbaycan bu koridoru istiyor, Ermenistan ise Zengezur koridorunun gündemde olmadığını "
            "söylüyor.",
            "tr",
            ("armenia", "opposes", "zangezur-corridor"),
        ),
        (
            'Paşinyan, "Zengezur Koridoru müzakere gündeminde hiç olmadı" dedi.',
            "tr",
            ("nikol-pashinyan", "opposes", "zangezur-corridor"),
        ),
        (
            "Pashinyan said the Zangezur corridor has never been on the agenda.",
            "en",
            ("nikol-pashinyan", "opposes", "zangezur-corridor"),
        ),
    ],
)
def test_not_on_the_agenda_opposes(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, language)
    assert expected in found
    assert ("azerbaijan", "opposes", "zangezur-corridor") not in found


def test_on_the_agenda_is_no_objection(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Paşinyan, Zengezur Koridoru'nun gündemde olduğunu söyledi.", "tr")
    assert not any(kind == "opposes" for _, kind, _ in found)


def test_ise_sets_off_the_subject_of_its_clause(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Rusya Zengezur koridorunu destekliyor, İran ise koridora karşı çıkıyor.", "tr")
    assert ("iran", "opposes", "zangezur-corridor") in found
    assert ("russia", "opposes", "zangezur-corridor") not in found


# -- tr: a place in a case is the clause's subject, not the name of a process; "X tarafı" is X ---------


def test_a_capital_in_the_genitive_is_the_subject_not_a_process_name(lexicon: Lexicon) -> None:
    text = "Rusya Dışişleri Bakanlığı Sözcüsü Zaharova, Moskova'nın barış sürecini desteklediğini söyledi."
    found = stances(lexicon, text, "tr")
    assert ("russia", "supports", PEACE) in found
    assert not any(target == "moscow-peace-process" for _, _, target in found)


def test_a_process_named_by_its_place_stays(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Michel, Brüksel barış sürecini desteklediklerini söyledi.", "tr")
    assert ("charles-michel", "supports", "brussels-peace-process") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ermeni tarafı Washington Deklarasyonu'nu memnuniyetle karşıladı.",
        "Ermenistan tarafı Washington Deklarasyonu'nu memnuniyetle karşıladı.",
    ],
)
def test_a_side_in_the_nominative_is_its_state(lexicon: Lexicon, text: str) -> None:
    assert ("armenia", "welcomes", "washington-declaration-2025") in stances(lexicon, text, "tr")


def test_a_side_in_a_case_is_not_the_holder(lexicon: Lexicon) -> None:
    text = "Azerbaycan, Ermeni tarafının Zengezur Koridoru'na karşı çıkmasını eleştirdi."
    found = stances(lexicon, text, "tr")
    assert ("armenia", "supports", "zangezur-corridor") not in found


# -- a yes/no question asks, it does not say; a question asking why takes the stance as given ----------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Does Russia support the Zangezur corridor?", "en"),
        ('Pashinyan asked: "Why should Armenia support the Zangezur corridor?"', "en"),
        ("Rusya Zengezur Koridoru'nu destekliyor mu?", "tr"),
    ],
)
def test_a_yes_no_question_is_no_stance(lexicon: Lexicon, text: str, language: str) -> None:
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, language))


def test_a_question_asking_why_keeps_the_stance(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Why does Iran oppose the Zangezur corridor?", "en")
    assert ("iran", "opposes", "zangezur-corridor") in found


def test_a_statement_before_a_question_keeps_its_stance(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Iran opposes the Zangezur corridor. Does Russia?", "en")
    assert ("iran", "opposes", "zangezur-corridor") in found


# -- an offer to help is support; a route's gains someone points to are support -------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Araghchi offered to help establish a lasting peace between Armenia and Azerbaijan.",
            "en",
            ("abbas-araghchi", "supports", PEACE),
        ),
        ("Iran offered its mediation in the peace process.", "en", ("iran", "supports", PEACE)),
        (
            "Uraloğlu, Zengezur Koridoru'nun bölgeye ve Türkiye'ye sağlayacağı stratejik kazanımlara dikkati "
            "çekti.",
            "tr",
            ("abdulkadir-uraloglu", "supports", "zangezur-corridor"),
        ),
    ],
)
def test_an_offer_to_help_or_a_gain_pointed_to_supports(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_gains_in_the_articles_words_are_no_stance(lexicon: Lexicon) -> None:
    assert (
        stances(lexicon, "Zengezur Koridoru'nun sağlayacağı stratejik kazanımlar tartışılıyor.", "tr")
        == set()
    )


# -- "X said the statement is extremely important": the speaker's evaluation of the clause's subject ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said the trilateral statement is extremely important.",
            ("dmitry-peskov", "welcomes", "trilateral-statement-2020"),
        ),
        (
            "Putin said the Middle Corridor is very important.",
            ("vladimir-putin", "supports", "middle-corridor"),
        ),
    ],
)
def test_a_speakers_evaluation_of_the_subject(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "en")


def test_an_evaluation_in_the_articles_words_is_no_stance(lexicon: Lexicon) -> None:
    assert stances(lexicon, "The Middle Corridor is very important.", "en") == set()


# -- tr: joy and happiness at what happened, and "a positive development" -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tokayev, 11 Mart'ta Bakü'de Aliyev ile görüştü. Aliyev, görüşmeden mutluluk duyduğunu belirtti.",
            ("ilham-aliyev", "welcomes", "meeting/2025-03-11-baku"),
        ),
        (
            "Tokayev, 11 Mart'ta Bakü'de Aliyev ile görüştü. Aliyev, görüşmenin kendilerini mutlu ettiğini "
            "belirtti.",
            ("ilham-aliyev", "welcomes", "meeting/2025-03-11-baku"),
        ),
        (
            "Erdoğan, Washington Deklarasyonu'nun imzalanmasından büyük sevinç duyduğunu söyledi.",
            ("recep-tayyip-erdogan", "welcomes", "washington-declaration-2025"),
        ),
        (
            "Erdoğan, Washington Deklarasyonu'nu olumlu bir gelişme olarak değerlendirdi.",
            ("recep-tayyip-erdogan", "welcomes", "washington-declaration-2025"),
        ),
    ],
)
def test_joy_at_what_happened_welcomes_it(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "tr")


def test_no_joy_is_no_welcome(lexicon: Lexicon) -> None:
    text = "Erdoğan, Washington Deklarasyonu'nun imzalanmasından sevinç duymadığını söyledi."
    assert not any(kind == "welcomes" for _, kind, _ in stances(lexicon, text, "tr"))


# -- those met with are not who speaks of the meeting; thanks for a warm and cordial welcome -------------


def test_the_ones_met_with_do_not_hold_the_speakers_evaluation(lexicon: Lexicon) -> None:
    text = (
        "Aliyev met Pashinyan in Sochi on October 31. Putin said that the meeting with Pashinyan and Aliyev "
        "was very useful."
    )
    found = stances(lexicon, text, "en")
    assert ("vladimir-putin", "welcomes", "meeting/2024-10-31-sochi") in found
    assert not any(holder in ("ilham-aliyev", "nikol-pashinyan") for holder, _, _ in found)


def test_thanks_for_a_warm_and_cordial_welcome(lexicon: Lexicon) -> None:
    text = (
        "Aliyev met Gakharia in Baku on October 9. Gakharia thanked Aliyev for the warm and cordial welcome."
    )
    assert ("giorgi-gakharia", "welcomes", "meeting/2024-10-09-baku") in stances(lexicon, text, "en")


# -- a meeting called a new beginning or a step in the right direction is welcomed ------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Aliyev met Pashinyan in Vienna on March 29. Both Aliyev and Pashinyan described the meeting "
            "as a new beginning.",
            "en",
            {
                ("ilham-aliyev", "welcomes", "meeting/2025-03-29-vienna"),
                ("nikol-pashinyan", "welcomes", "meeting/2025-03-29-vienna"),
            },
        ),
        (
            "Aliyev met Pashinyan in Vienna on March 29. Michel called the talks a step in the right "
            "direction.",
            "en",
            {("charles-michel", "welcomes", "meeting/2025-03-29-vienna")},
        ),
        (
            "Aliyev, 29 Mart'ta Viyana'da Paşinyan ile görüştü. Michel, görüşmeyi yeni bir başlangıç olarak "
            "nitelendirdi.",
            "tr",
            {("charles-michel", "welcomes", "meeting/2025-03-29-vienna")},
        ),
    ],
)
def test_a_new_beginning_welcomes_the_meeting(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("The meeting was a new beginning for the region.", "en"), ("Görüşme yeni bir başlangıç oldu.", "tr")],
)
def test_a_new_beginning_in_the_articles_words_is_no_stance(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert stances(lexicon, text, language) == set()
