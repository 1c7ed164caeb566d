"""Who holds or runs a place or route, on phrasing news uses (the control parts of
loaders/rules/relations.py)."""

from __future__ import annotations

import pytest
from extraction_read import read_facts

from loaders.lexicon import Lexicon


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # rights to develop or operate a route, granted or handed over, say who will run it: intended
        # (as the gold keys such rights), whatever the tense of the granting
        (
            "Another agreement grants the United States exclusive rights to develop the Zangezur Corridor.",
            "en",
        ),
        (
            "The United States received exclusive development rights to the Zangezur Corridor for 99 years.",
            "en",
        ),
        ("Bu anlaşma ile stratejik Zengezur koridorunun geliştirme hakkı ABD'ye verildi.", "tr"),
        ("Zengezur koridorunun işletme hakları 99 yıllığına ABD'ye devredildi.", "tr"),
    ],
)
def test_rights_to_run_a_route_granted_are_intended(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2025-08-12")
    held = {(f[2], f[3]) for f in facts if f[0] == "zangezur-corridor" and f[1] == "controlledBy"}
    assert held == {("united-states", "intended")}


def test_a_route_handed_to_a_force_is_held_by_it(lexicon: Lexicon) -> None:
    facts = read_facts(lexicon, "Laçin koridoru Rus barış gücünün kontrolüne verildi.", "tr", "2025-08-12")
    assert ("lachin-corridor", "controlledBy", "russia", "asserted") in facts


@pytest.mark.parametrize(
    "text",
    [
        # a name the lexicon does not know stands right after the control phrase: no agent further on
        "In 2021 the Trans-Anatolian Pipeline operations were transferred to Botas in both Azerbaijan"
        " and Georgia.",
        "The Baku-Tbilisi-Ceyhan pipeline, operated by BTC Co, carries Azerbaijani oil.",
    ],
)
def test_no_holder_read_past_an_unknown_name(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2025-12-12")
    assert not {f[2] for f in facts if f[1] == "controlledBy"} & {"azerbaijan", "georgia"}


def test_a_force_named_after_the_control_phrase_still_holds(lexicon: Lexicon) -> None:
    facts = read_facts(
        lexicon, "The Lachin corridor is protected by some 2,000 Russian peacekeepers.", "en", "2022-12-12"
    )
    assert ("lachin-corridor", "controlledBy", "russia", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The operation of the South Caucasus Pipeline was handed over to SOCAR in 2021.", "socar"),
        ("The South Caucasus Pipeline, operated by BP, carries gas from Shah Deniz.", "bp"),
    ],
)
def test_the_oil_companies_that_run_the_pipelines(lexicon: Lexicon, text: str, holder: str) -> None:
    facts = read_facts(lexicon, text, "en", "2025-12-12")
    assert ("south-caucasus-pipeline", "controlledBy", holder, "asserted") in facts
