"""Who mediates talks, on phrasing news uses (the mediation parts of loaders/rules/meetings.py)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts

from loaders.lexicon import Lexicon

PROCESS = "armenia-azerbaijan-peace-process"


def process_mediators(facts: set[Fact]) -> set[str]:
    return {f[2] for f in facts if f[0] == PROCESS and f[1] == "mediatedBy" and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The peace process between Armenia and Azerbaijan is carried out under the mediation of the EU.",
            "en",
        ),
        (
            "Armenia and Azerbaijan have been holding negotiations under the mediation of the"
            " European Union.",
            "en",
        ),
        (
            "Ermenistan ve Azerbaycan arasındaki barış süreci Avrupa Birliği'nin arabuluculuğunda"
            " yürütülüyor.",
            "tr",
        ),
    ],
)
def test_talks_held_under_a_mediation_are_the_process_s(lexicon: Lexicon, text: str, language: str) -> None:
    assert process_mediators(read_facts(lexicon, text, language, "2023-05-20")) == {"european-union"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a host of talks hosts a meeting (of no date here), not the process
        (
            "Blinken hosted the foreign ministers of Armenia and Azerbaijan for talks on the peace process.",
            "en",
        ),
        (
            "Lavrov hosted Mirzoyan and Bayramov for three-way talks on relations between Armenia"
            " and Azerbaijan.",
            "en",
        ),
        # talks called for, supported or wanted back are not held under anyone's mediation
        (
            "The co-chairs support the resumption of direct negotiations between Armenia and Azerbaijan"
            " under the auspices of the OSCE Minsk Group.",
            "en",
        ),
        (
            "Washington urged Armenia and Azerbaijan to return to talks under the mediation of the"
            " European Union.",
            "en",
        ),
        (
            "He stressed the importance of Armenia and Azerbaijan entering substantive negotiations under the"
            " auspices of the OSCE Minsk Group.",
            "en",
        ),
        (
            "Ermenistan ve Azerbaycan, AB arabuluculuğunda müzakerelerin yeniden başlamasını destekliyor.",
            "tr",
        ),
    ],
)
def test_hosted_or_sought_talks_give_the_process_no_mediator(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not process_mediators(read_facts(lexicon, text, language, "2023-05-20"))


def mediators(facts: set[Fact]) -> set[str]:
    return {
        f[2] for f in facts if f[0].startswith("meeting/") and f[1] == "mediatedBy" and f[3] == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # a side of the conflict at a meeting with its foe's people mediates nothing, whatever
        # phrase (an invitation, talks "with" a third) made it read so
        (
            "At the invitation of Russian President Vladimir Putin, President Aliyev took part in the"
            " informal summit of the CIS heads of state in Saint Petersburg on December 6. Aliyev and"
            " Pashinyan talked briefly on the sidelines of the summit.",
            "en",
            "2018-12-07",
        ),
        (
            "Bayramov ve Mirzoyan'ın 10 Mayıs'ta Almatı'da Kazakistan Dışişleri Bakanı Murat Nurtleu ile ayrı"
            " ayrı ve üçlü görüşmeler gerçekleştirdiği belirtildi.",
            "tr",
            "2024-05-11",
        ),
    ],
)
def test_a_side_of_the_conflict_mediates_no_meeting_with_its_foe(
    lexicon: Lexicon, text: str, language: str, date: str
) -> None:
    assert not mediators(read_facts(lexicon, text, language, date)) & {
        "ilham-aliyev",
        "jeyhun-bayramov",
        "nikol-pashinyan",
        "ararat-mirzoyan",
    }


def test_a_third_state_s_leader_still_mediates_the_two_sides(lexicon: Lexicon) -> None:
    text = (
        "Putin, dün Azerbaycan Cumhurbaşkanı İlham Aliyev ve Ermenistan Başbakanı Nikol Paşinyan’ın da yer"
        " aldığı üçlü zirve gerçekleştirdiklerini duyurdu."
    )
    assert mediators(read_facts(lexicon, text, "tr", "2022-12-28")) == {"vladimir-putin"}


@pytest.mark.parametrize(
    "text",
    [
        # the one who invited a single guest (a venue read as a body is no second side) met him
        "Azerbaycan Cumhurbaşkanı İlham Aliyev'in daveti üzerine Bakü'ye gelen Kazakistan Cumhurbaşkanı Kasım"
        " Cömert Tokayev, İlham Aliyev ile Azerbaycan Milli Meclisi'nde görüştü.",
        "Cumhurbaşkanı Aliyev'in daveti üzerine Şuşa'ya giden Erdoğan, Aliyev ile Şuşa Kültür Merkezi'nde"
        " görüştü.",
    ],
)
def test_the_host_of_one_guest_takes_part_and_mediates_nothing(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "tr", "2024-03-12")
    assert not mediators(facts)
    assert any(
        f[0].startswith("meeting/") and f[1:] == ("participant", "ilham-aliyev", "asserted") for f in facts
    )


def test_the_co_chairs_named_hold_the_auspices_of_their_group(lexicon: Lexicon) -> None:
    text = (
        "Minsk Group co-chairs Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the"
        " United States briefed the ambassadors. Aliyev and Pashinyan met in Vienna on 29 March under the"
        " auspices of the OSCE Minsk Group co-chairs."
    )
    assert mediators(read_facts(lexicon, text, "en", "2019-04-01")) == {
        "igor-popov",
        "stephane-visconti",
        "andrew-schofer",
    }


def test_a_group_whose_co_chairs_are_not_named_still_mediates(lexicon: Lexicon) -> None:
    text = "Aliyev and Pashinyan met in Vienna on 29 March under the auspices of the OSCE Minsk Group."
    assert mediators(read_facts(lexicon, text, "en", "2019-04-01")) == {"osce-minsk-group"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a mediation that led to a document the sides reached mediates the document, not the process
        (
            "Ermenistan ile Azerbaycan arasındaki savaş 44 gün sürdü. Savaşın ardından iki ülke, Rusya'nın"
            " arabuluculuğu sonucu Kasım 2020'de bir ateşkes anlaşmasına varmıştı.",
            "tr",
        ),
        (
            "The war between Armenia and Azerbaijan lasted 44 days. Through the mediation of Russia, the two"
            " sides reached a ceasefire agreement in November 2020.",
            "en",
        ),
    ],
)
def test_a_mediation_that_led_to_a_document_is_not_the_process_s(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not process_mediators(read_facts(lexicon, text, language, "2021-11-17"))


def test_a_mediation_only_intended_is_no_host_and_breaks_nothing(lexicon: Lexicon) -> None:
    """A meeting whose people (of one state) are asserted and whose one mediator is only intended ("the talks,
    which the US is to host, ...") has no asserted host: the host rule passes it by (it raised a
    KeyError on a real report, and the whole document gave nothing)."""
    from loaders.records import Statement
    from loaders.rules.wars import sides_mediate_nothing

    def st(relation: str, obj: str, modality: str = "asserted") -> Statement:
        return Statement(
            "meeting/2024-09-26-new-york",
            relation,
            obj,
            "entity",
            "d",
            0,
            0,
            1,
            "x",
            "r",
            "en",
            modality=modality,  # type: ignore[arg-type]
        )

    statements = [
        st("participant", "ararat-mirzoyan"),
        st("participant", "nikol-pashinyan"),
        st("mediatedBy", "antony-blinken", "intended"),
    ]
    states = {"ararat-mirzoyan": "armenia", "nikol-pashinyan": "armenia", "antony-blinken": "united-states"}
    kept = sides_mediate_nothing(statements, lexicon, lambda key, day: states.get(key, ""))
    assert kept == statements
