"""Stances (issue 15): targets named by what a sentence says of them, not by their name -- the
settlement of the Armenian-Azerbaijani conflict named by what ends it ("a peaceful solution to
the conflict", "mediation", "sorunun barışçıl çözümü", "uyuşmazlıkların giderilmesi").  Sentences
written for these tests; the negatives are other conflicts and sentences with no stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

PROCESS = "armenia-azerbaijan-peace-process"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Russia supports a peaceful solution to the conflict between Armenia and Azerbaijan.", "en",
         ("russia", "supports", PROCESS)),
        ("France backs a negotiated resolution of the Nagorno-Karabakh conflict.", "en",
         ("france", "supports", PROCESS)),
        ("Kazakhstan will continue its mediation efforts between Armenia and Azerbaijan.", "en",
         ("kazakhstan", "supports", PROCESS)),
        ("Iran is ready to help resolve the conflict between Baku and Yerevan.", "en",
         ("iran", "supports", PROCESS)),
        ("Rusya, Ermenistan ile Azerbaycan arasındaki sorunun barışçıl çözümünü destekliyor.", "tr",
         ("russia", "supports", PROCESS)),
        ("Fransa, Karabağ sorununun çözümünü destekliyor.", "tr", ("france", "supports", PROCESS)),
        ("Iran, Azerbaycan ile Ermenistan arasinda arabuluculugu destekliyor.", "tr",
         ("iran", "supports", PROCESS)),
        ("Paşinyan, Ermenistan ile Azerbaycan arasındaki uyuşmazlıkların giderilmesini destekliyor.", "tr",
         ("nikol-pashinyan", "supports", PROCESS)),
    ],
)  # fmt: skip
def test_the_settlement_named_by_what_ends_the_conflict(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # another conflict: not the two states'
        ("France supports a peaceful solution to the conflict in Ukraine.", "en"),
        ("Türkiye, Ukrayna krizinin barışçıl çözümünü destekliyor.", "tr"),
        # the words with no stance
        ("Armenia and Azerbaijan discussed a solution to the conflict in Brussels.", "en"),
        ("Ermenistan ve Azerbaycan, sorunun çözümünü Brüksel'de görüştü.", "tr"),
    ],
)
def test_no_settlement_without_the_two_or_a_stance(lexicon: Lexicon, text: str, language: str) -> None:
    assert not {x for x in stances(lexicon, text, language) if x[2] == PROCESS}
