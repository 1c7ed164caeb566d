"""Stances (issue 15, tenth session): classes of phrasing the first runs on unseen news missed or
misread, on sentences written for these tests (not taken from the development set). Each test
names the class; the negative cases are the same words that state nothing or another stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

MET = "Tokayev, 11 Mart'ta Bakü'de Aliyev ile görüştü. "
MEETING = "meeting/2025-03-11-baku"
PEACE = "armenia-azerbaijan-peace-process"

# -- Turkish thanks for the hospitality, for hosting, typed with or without diacritics ------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (MET + "Tokayev, Aliyev'e kendisini ağırladığı için teşekkür etti.", "kassym-jomart-tokayev"),
        (MET + "Tokayev, gösterdiği misafirperverlik için Aliyev'e teşekkür etti.", "kassym-jomart-tokayev"),
        (MET + "Tokayev, Aliyev'e misafirperverligi icin teşekkür etti.", "kassym-jomart-tokayev"),
        (MET + "Aliyev, Tokayev'e Baku'ye geldigi icin teşekkür etti.", "ilham-aliyev"),
        (MET + "Aliyev, Tokayev'e davetini kabul ettiği için teşekkür etti.", "ilham-aliyev"),
    ],
)
def test_turkish_thanks_for_the_hospitality_welcome_the_meeting(
    lexicon: Lexicon, text: str, holder: str
) -> None:
    assert (holder, "welcomes", MEETING) in stances(lexicon, text, "tr")


def test_turkish_thanks_for_another_thing_is_not_the_meeting(lexicon: Lexicon) -> None:
    found = stances(lexicon, MET + "Tokayev, Aliyev'e kutlama mesajı için teşekkür etti.", "tr")
    assert not any(target == MEETING for _, _, target in found)


# -- two verbs, two objects: "supports Armenia, opposing the corridor" --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Only Iran supports Armenia, opposing the Zangezur corridor.",
        "Iran supports Armenia and opposes the Zangezur corridor.",
        "Tehran firmly backs Yerevan and strongly opposes the Zangezur corridor.",
    ],
)
def test_the_object_of_the_first_verb_is_not_the_second_verbs(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "en")
    assert ("iran", "opposes", "zangezur-corridor") in found
    assert ("iran", "supports", "zangezur-corridor") not in found
    assert ("armenia", "opposes", "zangezur-corridor") not in found


def test_a_state_joined_to_the_object_still_leaves_the_thing_after(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Turkey supports Azerbaijan's position on the Zangezur corridor.", "en")
    assert ("turkiye", "supports", "zangezur-corridor") in found


# -- those called on, urged, encouraged to do a thing do not say it -----------------------------


@pytest.mark.parametrize(
    ("text", "language", "caller", "target"),
    [
        ("France urged Armenia and Azerbaijan to support the peace process.", "en", "france", PEACE),
        (
            "Blinken encouraged Baku and Yerevan to support the Washington Declaration.",
            "en",
            "antony-blinken",
            "washington-declaration-2025",
        ),
        (
            "Armenia and Azerbaijan met in Paris. Blinken urged the two sides to continue the peace talks.",
            "en",
            "antony-blinken",
            PEACE,
        ),
        (
            "AB, Ermenistan ve Azerbaycan'a barış sürecine destek verme çağrısında bulundu.",
            "tr",
            "european-union",
            PEACE,
        ),
        ("Fransa, Ermenistan ve Azerbaycan'ı barış sürecini desteklemeye davet etti.", "tr", "france", PEACE),
    ],
)
def test_those_called_on_hold_no_stance(
    lexicon: Lexicon, text: str, language: str, caller: str, target: str
) -> None:
    found = stances(lexicon, text, language)
    assert (caller, "supports", target) in found
    assert not {h for h, _, t in found if t == target} & {"armenia", "azerbaijan"}
    assert (caller, "supports", "azerbaijan") not in found  # the one called on is not the one supported


def test_the_sides_agreeing_still_hold_it(lexicon: Lexicon) -> None:
    found = stances(
        lexicon, "Armenia and Azerbaijan met in Paris. The sides agreed to continue the peace talks.", "en"
    )
    assert ("armenia", "supports", "armenia-azerbaijan-peace-process") in found


def test_a_dialogue_between_two_is_not_who_promotes_peace(lexicon: Lexicon) -> None:
    text = (
        "Armenia and Azerbaijan met in Paris. In a statement the Co-Chair countries call on the sides to "
        "continue the dialogue between the foreign ministers of Armenia and Azerbaijan, to promote a "
        "lasting peace in the region."
    )
    found = stances(lexicon, text, "en")
    assert not any(h.startswith(("armenia", "azerbaijan")) for h, _, _ in found)


# -- the agents inside a phrase describing the thing are not who judges it ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trilateral statement signed by Russia, Armenia and Azerbaijan is extremely important, "
        "Peskov said.",
        "The statement signed on November 9 by Armenia and Azerbaijan is very important, the spokesman said.",
    ],
)
def test_the_signers_of_a_text_judged_are_not_the_judges(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "en")
    assert not any(h in ("armenia", "azerbaijan") for h, _, _ in found)


def test_an_owner_inside_a_turkish_participle_phrase_is_not_the_subject(lexicon: Lexicon) -> None:
    text = (
        "İran, ABD'nin arabuluculuğunda imzalanan barış anlaşması kapsamında Zengezur koridorunu "
        "engelleyeceğini açıkladı."
    )
    found = stances(lexicon, text, "tr")
    assert ("iran", "opposes", "zangezur-corridor") in found
    assert ("united-states", "opposes", "zangezur-corridor") not in found


def test_a_genitive_subject_of_the_reported_clause_still_holds_it(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Erdoğan, İran'ın Zengezur Koridoru'na karşı olduğunu söyledi.", "tr")
    assert ("iran", "opposes", "zangezur-corridor") in found


# -- a Turkish subject before "A ile B arasındaki ..." is not one of the pair --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Türkiye de Ermenistan ile Azerbaycan arasındaki barış sürecini destekliyor.",
            ("turkiye", "supports", PEACE),
        ),
        (
            "AB ayrıca Azerbaycan ile Ermenistan arasındaki normalleşme sürecinde de barış görüşmelerine "
            "destek veriyor.",
            ("european-union", "supports", PEACE),
        ),
        (
            "Ermenistan ile Azerbaycan arasındaki barış anlaşmasını Türkiye memnuniyetle karşıladı.",
            ("turkiye", "welcomes", "armenia-azerbaijan-peace-agreement"),
        ),
    ],
)
def test_a_subject_before_a_pair_is_not_in_the_pair(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "tr")
    assert expected in found
    assert not any(h in ("armenia", "azerbaijan") for h, _, _ in found)


# -- "our concerns" are the speaker's; crowds, the other side and protest camps hold nothing ------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Washington understood our concerns about the Trump Route, Aliyev said.", "en"),
        ('Aliyev, "Trump yönetimi TRIPP konusundaki kaygımızı anlayışla karşıladı" dedi.', "tr"),
    ],
)
def test_our_concern_met_by_another_is_the_speakers(lexicon: Lexicon, text: str, language: str) -> None:
    found = stances(lexicon, text, language)
    assert ("ilham-aliyev", "concernedAbout", "trump-route") in found
    assert not any(h in ("united-states", "donald-trump") for h, _, _ in found)


def test_one_who_has_the_concern_still_holds_it(lexicon: Lexicon) -> None:
    text = '"We have serious concerns about the Zangezur corridor," Araghchi said.'
    assert ("abbas-araghchi", "concernedAbout", "zangezur-corridor") in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani protesters set up a protest camp on the Lachin corridor.",
        "Bayramov met German Ambassador Thomas Bager. The opposing side was informed about the prospects "
        "of the peace process between Azerbaijan and Armenia.",
        "The Armenian opposition opposes the Washington Declaration.",
    ],
)
def test_crowds_and_the_other_side_hold_no_stance(lexicon: Lexicon, text: str) -> None:
    assert not any(kind == "opposes" for _, kind, _ in stances(lexicon, text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia protested against the blockade of the Lachin corridor.",
            ("armenia", "opposes", "lachin-corridor-blockade"),
        ),
        ("Iran is opposing the Zangezur corridor.", ("iran", "opposes", "zangezur-corridor")),
    ],
)
def test_protesting_and_opposing_still_oppose(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "en")


# -- a meeting still to come is not the one told -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev and Pashinyan met in Yerevan on August 17, 2023. The EU is trying to pave the way for a "
            "next meeting between Aliyev and Pashinyan.",
            "en",
        ),
        (
            "Bayramov ve Mirzoyan 28 Şubat'ta Berlin'de görüştü. Baerbock, daha fazla görüşmeyi "
            "kolaylaştırmaya hazır olduğunu vurguladı.",
            "tr",
        ),
        (
            "Bayramov ve Mirzoyan 28 Şubat'ta Berlin'de görüştü. Baerbock, bir sonraki görüşmeyi "
            "desteklediğini söyledi.",
            "tr",
        ),
    ],
)
def test_a_meeting_to_come_is_not_the_one_told(lexicon: Lexicon, text: str, language: str) -> None:
    assert not any(t.startswith("meeting/") for _, _, t in stances(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Aliyev and Pashinyan met in Yerevan on August 17, 2023. Michel welcomed the meeting.",
            "en",
            ("charles-michel", "welcomes", "meeting/2023-08-17-yerevan"),
        ),
        (
            "Bayramov ve Mirzoyan 28 Şubat'ta Berlin'de görüştü. Baerbock, görüşmeyi memnuniyetle karşıladı.",
            "tr",
            ("annalena-baerbock", "welcomes", "meeting/2025-02-28-berlin"),
        ),
    ],
)
def test_the_meeting_told_is_still_welcomed(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


# -- support on an issue is not support for the thing the issue is about -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia received Iran's strong support on the issue of the Zangezur Corridor.",
        "Iran supports Armenia on the issue of the Zangezur corridor.",
        "Russia sided with Baku over the question of the Zangezur corridor and voiced support on the "
        "matter of the Zangezur corridor.",
    ],
)
def test_support_on_an_issue_is_not_for_the_thing(lexicon: Lexicon, text: str) -> None:
    assert not any(t == "zangezur-corridor" and k == "supports" for _, k, t in stances(lexicon, text, "en"))


def test_support_for_the_thing_still_is(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Turkey expressed its support for the Zangezur corridor.", "en")
    assert ("turkiye", "supports", "zangezur-corridor") in found


# -- pleased with the progress of a process: a welcome of what it achieved, and support ---------


@pytest.mark.parametrize(
    ("text", "language", "holder"),
    [
        (
            "Erdoğan, Ermenistan-Azerbaycan barış sürecinin ilerlemesinin memnuniyet verici olduğunu dile "
            "getirdi.",
            "tr",
            "recep-tayyip-erdogan",
        ),
        (
            "Macron welcomed the progress in the peace process between Armenia and Azerbaijan.",
            "en",
            "emmanuel-macron",
        ),
    ],
)
def test_progress_of_a_process_welcomed_is_both_kinds(
    lexicon: Lexicon, text: str, language: str, holder: str
) -> None:
    found = stances(lexicon, text, language)
    assert (holder, "welcomes", PEACE) in found
    assert (holder, "supports", PEACE) in found


def test_a_process_welcomed_with_no_progress_is_support(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Macron welcomed the peace process between Armenia and Azerbaijan.", "en")
    assert found == {("emmanuel-macron", "supports", PEACE)}


# -- "their opposition": every subject joined ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Baku have recently stepped up their opposition to the EU mission in Armenia.",
        "Russia and Azerbaijan have stepped up their opposition to the EU mission in Armenia.",
    ],
)
def test_their_stance_is_each_subjects(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "en")
    assert ("russia", "opposes", "eu-mission-in-armenia") in found
    assert ("azerbaijan", "opposes", "eu-mission-in-armenia") in found


def test_its_stance_is_the_one_subjects(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Iran reasserted its opposition to the Zangezur corridor.", "en")
    assert found == {("iran", "opposes", "zangezur-corridor")}


# -- a leader restating his state's stance: his and the state's (the README lists both) ------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Iranian President Masoud Pezeshkian has doubled down on Iran's opposition to the Zangezur "
            "Corridor.",
            "masoud-pezeshkian",
        ),
        ("Pezeshkian reiterated Iran's opposition to the Zangezur Corridor.", "masoud-pezeshkian"),
        ("Araghchi underscored Iran's opposition to the Zangezur Corridor.", "abbas-araghchi"),
    ],
)
def test_a_leader_restating_his_states_stance(lexicon: Lexicon, text: str, person: str) -> None:
    found = stances(lexicon, text, "en")
    assert (person, "opposes", "zangezur-corridor") in found
    assert ("iran", "opposes", "zangezur-corridor") in found


def test_another_states_stance_reported_is_that_states(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Lavrov reiterated Iran's opposition to the Zangezur Corridor.", "en")
    assert ("sergey-lavrov", "opposes", "zangezur-corridor") not in found


# -- Turkish welcomes typed without Turkish letters pass the cheap word gate -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aliyev, Kazakistan'a tesekkur etti.", ("ilham-aliyev", "welcomes", "kazakhstan")),
        (
            "Erdogan, Washington Deklarasyonu'nu tarihi bir donum noktasi olarak nitelendirdi.",
            ("recep-tayyip-erdogan", "welcomes", "washington-declaration-2025"),
        ),
        (MET + "Aliyev, Tokayev'e ziyareti icin tesekkur etti.", ("ilham-aliyev", "welcomes", MEETING)),
    ],
)
def test_plain_letter_turkish_welcomes(lexicon: Lexicon, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(lexicon, text, "tr")


# -- the Turkish parliament by its common English name -------------------------------------------


def test_the_turkish_national_assembly_is_the_grand_national_assembly(lexicon: Lexicon) -> None:
    text = "The Turkish National Assembly issued a statement condemning Armenia's military aggression."
    found = stances(lexicon, text, "en")
    assert ("grand-national-assembly-of-turkiye", "condemns", "armenia") in found
    assert not any(h == "turkish-national-assembly" for h, _, _ in found)


# -- a thing inside a Turkish participle clause describing the subject is that participle's -------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Washington Deklarasyonu'nu memnuniyetle karşılayan Erdoğan, sürecin önemli olduğunu söyledi.",
            ("recep-tayyip-erdogan", "welcomes", "washington-declaration-2025"),
            ("recep-tayyip-erdogan", "supports", "washington-declaration-2025"),
        ),
        (
            "AGİT Minsk Grubu'nun feshini memnuniyetle karşılayan Aliyev, temasları sürdürme konusunda "
            "Paşinyan ile mutabık kaldı.",
            ("ilham-aliyev", "welcomes", "osce-minsk-group-closure"),
            ("ilham-aliyev", "supports", "osce-minsk-group-closure"),
        ),
    ],
)
def test_a_thing_in_the_subjects_participle_clause_is_the_participles(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "tr")
    assert expected in found
    assert not_expected not in found


def test_an_ablative_before_a_name_is_no_participle(lexicon: Lexicon) -> None:
    text = "Tahran yönetimi ilk günden itibaren İran olarak Zengezur Koridoru'na karşı çıkmıştır."
    assert ("iran", "opposes", "zangezur-corridor") in stances(lexicon, text, "tr")
