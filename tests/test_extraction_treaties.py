"""Signings, documents and their parties on phrasing news uses (loaders/rules/treaties.py)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts

from loaders.lexicon import Lexicon


def signers(facts: set[Fact]) -> set[str]:
    return {f[2] for f in facts if f[1] == "signatory" and f[3] == "asserted"}


def parties(facts: set[Fact]) -> set[str]:
    return {f[0] for f in facts if f[1] == "partyTo" and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # others sign at a visit: the visitor (and the host he met) witnessed it, signed nothing
        (
            "Kazakh President Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku on 24 August."
            " A memorandum on logistics was signed during President Tokayev's official visit to Baku"
            " on 24 August.",
            "en",
        ),
        (
            "Georgian Prime Minister Irakli Garibashvili held talks with Aliyev in Baku on 24 August."
            " Two railway memoranda were signed during the visit of Prime Minister Garibashvili on"
            " 24 August.",
            "en",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku on 24 August."
            " The national railway company and the port operator signed a memorandum during the talks.",
            "en",
        ),
        (
            "Kazakistan Cumhurbaşkanı Tokayev 24 Ağustos'ta Bakü'de Aliyev ile görüştü. Tokayev'in"
            " ziyareti sırasında lojistik alanında bir mutabakat zaptı imzalandı.",
            "tr",
        ),
        (
            "Kazakistan Cumhurbaşkanı Tokayev 24 Ağustos'ta Bakü'de Aliyev ile görüştü. Iki ulkenin"
            " demiryolu sirketi, Tokayevin ziyareti kapsaminda bir mutabakat zapti imzaladi.",
            "tr",
        ),
    ],
)
def test_a_signing_at_someone_s_visit_is_not_the_visitor_s(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2022-08-25")
    assert not signers(facts) & {"kassym-jomart-tokayev", "ilham-aliyev", "irakli-garibashvili"}
    assert not parties(facts) & {"kazakhstan", "azerbaijan", "georgia"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the leaders themselves signing at the talks still sign
        (
            "Aliyev and Tokayev met in Astana on 24 August and signed a joint declaration on strategic"
            " partnership.",
            "en",
        ),
        (
            "Aliyev met Tokayev in Astana on 24 August. The two presidents signed a joint declaration on"
            " strategic partnership.",
            "en",
        ),
        (
            "Aliyev ve Tokayev 24 Ağustos'ta Astana'da görüştü ve stratejik ortaklık bildirisini imzaladı.",
            "tr",
        ),
        (
            "Tokayev'in Azerbaycan ziyareti sırasında Aliyev ve Tokayev, 24 Ağustos'ta Bakü'de ortak bir"
            " bildiri imzaladı.",
            "tr",
        ),
    ],
)
def test_leaders_who_sign_at_their_own_talks_sign(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2022-08-25")
    assert signers(facts) == {"ilham-aliyev", "kassym-jomart-tokayev"}
    assert parties(facts) == {"azerbaijan", "kazakhstan"}


def test_a_turkish_subject_is_the_name_without_a_case_ending(lexicon: Lexicon) -> None:
    # "X'in ... ziyareti kapsamında": the genitive is the visit's, the nominative before signed
    text = (
        "Kazakistan Demir Yolları, Tokayev'in Bakü ziyareti kapsamında 24 Ağustos'ta bir mutabakat"
        " zaptı imzaladı."
    )
    facts = read_facts(lexicon, text, "tr", "2022-08-25")
    assert signers(facts) == {"kazakhstan-temir-zholy"}
