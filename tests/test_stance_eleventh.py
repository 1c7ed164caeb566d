"""Stances (issue 15, eleventh session): classes of phrasing written for these tests (not taken
from the development set). Each test names the class; the negative cases are the same words that
state nothing or another stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

NAMED_EN = "Baku wants the Zangezur corridor through Syunik. "
NAMED_TR = "Bakü, Zengezur koridorunun Sünik'ten geçmesini istiyor. "
CORRIDOR = "zangezur-corridor"


@pytest.mark.parametrize(
    "text",
    [
        "İran Zengezur koridorunu reddediyor.",
        "Zengezur koridoru İran tarafından reddedildi.",
        "Iran, Zengezur koridorunu reddedecegini acikladi.",
        "İran, Zengezur koridorunu reddederek sınırların değişmesine karşı çıktı.",
    ],
)
def test_reddet_with_its_softened_stem_is_a_rejection(lexicon: Lexicon, text: str) -> None:
    # "reddet-" softens to "redded-" before a vowel: "reddediyor", "reddedildi", "reddedeceğini"
    assert ("iran", "opposes", CORRIDOR) in stances(lexicon, text, "tr")


def test_a_softened_reddet_denied_is_no_rejection(lexicon: Lexicon) -> None:
    assert ("iran", "opposes", CORRIDOR) not in stances(
        lexicon, "İran Zengezur koridorunu reddetmiyor.", "tr"
    )


@pytest.mark.parametrize(
    "text", ["Türkiye barış anlaşmasını alkışladı.", "Turkiye baris anlasmasini alkisladi."]
)
def test_applauding_a_thing_welcomes_it_in_turkish(lexicon: Lexicon, text: str) -> None:
    assert ("turkiye", "welcomes", "armenia-azerbaijan-peace-agreement") in stances(lexicon, text, "tr")


def test_applauding_a_speech_is_no_stance_on_a_thing(lexicon: Lexicon) -> None:
    assert not stances(lexicon, "Erdoğan, Aliyev'in konuşmasını alkışladı.", "tr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NAMED_TR + "İran ise projeyi reddediyor.", ("iran", "opposes", CORRIDOR)),
        (NAMED_TR + "Rusya ise projeyi destekliyor.", ("russia", "supports", CORRIDOR)),
        (NAMED_TR + "Rusya girişimi açıkça destekliyor.", ("russia", "supports", CORRIDOR)),
        (NAMED_TR + "İran bu plana itiraz ediyor.", ("iran", "opposes", CORRIDOR)),
        (NAMED_TR + "Tahran fikre karşı çıkıyor.", ("iran", "opposes", CORRIDOR)),
        (NAMED_EN + "Moscow backs the project.", ("russia", "supports", CORRIDOR)),
        (NAMED_EN + "Tehran rejects the idea.", ("iran", "opposes", CORRIDOR)),
    ],
)
def test_the_bare_project_after_the_named_corridor_is_that_corridor(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    # Turkish writes no article: "projeyi", "plana", "girişimi" with a case ending and no name before
    # them are the project the passage is about
    assert expected in stances(lexicon, text, "tr" if text.startswith("Bakü") else "en")


@pytest.mark.parametrize(
    "text",
    [
        NAMED_TR + "Rusya ise bir projeyi destekliyor.",
        NAMED_TR + "Rusya ise yeni bir projeye destek veriyor.",
        NAMED_TR + "Rusya ise başka projeyi destekliyor.",
    ],
)
def test_another_project_is_not_the_corridor_in_view(lexicon: Lexicon, text: str) -> None:
    assert ("russia", "supports", CORRIDOR) not in stances(lexicon, text, "tr")


def test_a_proposal_about_the_corridor_is_not_the_corridor(lexicon: Lexicon) -> None:
    # "opposed to the proposal" (of a company, of a third state to run it) is no stance on the
    # corridor itself
    text = NAMED_EN + "Russia is opposed to the proposal of a US company."
    assert ("russia", "opposes", CORRIDOR) not in stances(lexicon, text, "en")


TWO_SIDES_EN = "Armenia and Azerbaijan initialled the text in Washington. "


@pytest.mark.parametrize(
    "text",
    [
        TWO_SIDES_EN + "Iran supports peace in the region.",
        TWO_SIDES_EN + "Iran backs a lasting peace in the South Caucasus.",
        TWO_SIDES_EN + "Iran has called for peace in the region.",
        TWO_SIDES_EN + "Tehran has always advocated peace between the neighbours.",
    ],
)
def test_supporting_peace_where_the_two_sides_are_told_supports_their_peace_process(
    lexicon: Lexicon, text: str
) -> None:
    assert ("iran", "supports", "armenia-azerbaijan-peace-process") in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        TWO_SIDES_EN + "Iran wants to promote peace, stability and prosperity in the region.",
        TWO_SIDES_EN + "Iran supports peace and security in the region.",
        TWO_SIDES_EN + "Iran supports peacekeeping missions.",
    ],
)
def test_regional_peace_and_stability_is_not_the_peace_process(lexicon: Lexicon, text: str) -> None:
    assert ("iran", "supports", "armenia-azerbaijan-peace-process") not in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "France expressed support for the resumption of direct dialogue between Armenia and Azerbaijan.",
            "en",
        ),
        ("Russia welcomed the continuation of the talks between Armenia and Azerbaijan.", "en"),
        ("Rusya, Ermenistan ile Azerbaycan arasındaki müzakerelerin yeniden başlamasını destekliyor.", "tr"),
    ],
)
def test_the_resumption_of_the_talks_is_their_peace_process(
    lexicon: Lexicon, text: str, language: str
) -> None:
    found = {target for _, kind, target in stances(lexicon, text, language) if kind == "supports"}
    assert "armenia-azerbaijan-peace-process" in found


def test_the_resumption_of_talks_on_the_treaty_is_the_treaty(lexicon: Lexicon) -> None:
    text = "Russia supports the resumption of talks on the peace treaty between Armenia and Azerbaijan."
    found = stances(lexicon, text, "en")
    assert ("russia", "supports", "armenia-azerbaijan-peace-agreement") in found
    assert ("russia", "supports", "armenia-azerbaijan-peace-process") not in found
