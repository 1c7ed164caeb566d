"""Stances (issue 15, third round): broad classes of news phrasing that unseen passages showed
the rules missed, on sentences written for these tests (not taken from the development set).
Each test names the class; the negative cases are the same words that state nothing."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

PEACE = "armenia-azerbaijan-peace-process"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Armenia and Azerbaijan remain committed to a permanent peace, the US envoy said.",
            "en",
            {("armenia", "supports", PEACE), ("azerbaijan", "supports", PEACE)},
        ),
        (
            "Azerbaijan is ready for peace with Armenia, the foreign ministry in Baku said.",
            "en",
            {("azerbaijan", "supports", PEACE)},
        ),
        (
            "Ermenistan ve Azerbaycan liderleri barışa hazır olduklarını söyledi.",
            "tr",
            {("armenia", "supports", PEACE), ("azerbaijan", "supports", PEACE)},
        ),
        (
            "Paşinyan, Azerbaycan ile kalıcı bir barış için çalışmaya hazır olduklarını söyledi.",
            "tr",
            {("nikol-pashinyan", "supports", PEACE)},
        ),
        (
            "Paşinyan, Azerbaycan ile barisa hazir olduklarini söyledi.",
            "tr",
            {("nikol-pashinyan", "supports", PEACE)},
        ),
    ],
)
def test_peace_itself_between_the_two_is_the_peace_process(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zelensky said Ukraine is ready for peace with Russia.", "en"),
        ("Erdoğan, Ukrayna ile Rusya arasında barışa hazır olduklarını söyledi.", "tr"),
        # peace and stability in a region is no one's process
        (
            "Russia supports peace and stability in the South Caucasus, Lavrov told Armenia and Azerbaijan.",
            "en",
        ),
    ],
)
def test_peace_elsewhere_or_in_general_is_not_theirs(lexicon: Lexicon, text: str, language: str) -> None:
    assert not any(target == PEACE for _, _, target in stances(lexicon, text, language))


def test_undermining_peace_condemns_no_process(lexicon: Lexicon) -> None:
    text = (
        "Bayramov, Ermenistan'ın tutumunun Azerbaycan ile barışı tesis etme çabalarını baltaladığını söyledi."
    )
    assert not any(target.endswith("-process") for _, _, target in stances(lexicon, text, "tr"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Russia expressed concern over the EU mission in Armenia.",
            "en",
            ("russia", "concernedAbout", "eu-mission-in-armenia"),
        ),
        (
            "Azerbaijan has repeatedly opposed the EU monitoring mission.",
            "en",
            ("azerbaijan", "opposes", "eu-mission-in-armenia"),
        ),
        (
            "Pashinyan criticized the Russian peacekeeping contingent over the fighting.",
            "en",
            ("nikol-pashinyan", "condemns", "russian-peacekeeping-contingent"),
        ),
        (
            "Rusya, AB Ermenistan Misyonu'na karşı çıktı.",
            "tr",
            ("russia", "opposes", "eu-mission-in-armenia"),
        ),
        (
            "Ermenistan, AB Ermenistan Misyonu'nun görev süresinin uzatılmasını memnuniyetle karşıladı.",
            "tr",
            ("armenia", "welcomes", "eu-mission-in-armenia"),
        ),
    ],
)
def test_a_mission_or_force_sent_to_the_region_is_a_target(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_a_mission_that_speaks_holds_no_stance_on_itself(lexicon: Lexicon) -> None:
    found = stances(lexicon, "The EU Mission in Armenia welcomed the Washington Declaration.", "en")
    assert not any(target == "eu-mission-in-armenia" for _, _, target in found)
