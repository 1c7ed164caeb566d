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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Turkey supports Azerbaijan's efforts to restore peace.", "en",
         ("turkiye", "supports", "azerbaijan")),
        ("France backs Armenia's reform efforts.", "en", ("france", "supports", "armenia")),
        ("The EU supports the efforts of Armenia.", "en", ("european-union", "supports", "armenia")),
        ("Türkiye olarak, Azerbaycan’ın özveriyle sürdürdüğü gayretleri destekleyeceğiz.", "tr",
         ("turkiye", "supports", "azerbaijan")),
        ("Fransa, Ermenistan'ın reform çabalarını desteklediğini açıkladı.", "tr",
         ("france", "supports", "armenia")),
        ("Türkiye, Azerbaycan'ın toprak bütünlüğünü destekliyor.", "tr",
         ("turkiye", "supports", "azerbaijan")),
    ],
)  # fmt: skip
def test_a_states_efforts_or_sovereignty_backed_is_the_state_backed(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # a keyed thing in the clause is the target, not its owner
        ("Türkiye, Azerbaycan'ın barış çabalarını destekliyor.", "tr", ("turkiye", "supports", "azerbaijan")),
        # other things a state has are not its cause
        ("Russia supports Armenia's economy.", "en", ("russia", "supports", "armenia")),
        ("Türkiye, Azerbaycan'ın ekonomisini destekliyor.", "tr", ("turkiye", "supports", "azerbaijan")),
        # the subject before a comma is the supporter, not an owner
        ("Türkiye, Azerbaycan'ın toprak bütünlüğünü destekliyor.", "tr", ("turkiye", "supports", "turkiye")),
    ],
)  # fmt: skip
def test_no_owner_target_for_other_things(
    lexicon: Lexicon, text: str, language: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Armenia and Azerbaijan met in Brussels. Pashinyan said Armenia will do everything in its power "
         "to achieve progress in this direction.", "en", ("nikol-pashinyan", "supports", PROCESS)),
        ("Ermenistan ve Azerbaycan Brüksel'de görüştü. AB, bu yöndeki çabalarını sürdürüyor.", "tr",
         ("european-union", "supports", PROCESS)),
        ("Türkiye ile Ermenistan arasındaki normalleşme süreci ele alındı. Fransa, bu doğrultudaki "
         "çabalarını sürdüreceğini açıkladı.", "tr",
         ("france", "supports", "turkiye-armenia-normalization-process")),
    ],
)  # fmt: skip
def test_this_direction_is_the_process_told(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_no_direction_without_a_process_or_the_two(lexicon: Lexicon) -> None:
    text = (
        "Georgia wants to join the EU. Georgia will do everything in its power to make progress in this "
        "direction."
    )
    assert not {x for x in stances(lexicon, text, "en") if x[2] == PROCESS}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Armenia is ready for talks with Azerbaijan.", "en", ("armenia", "supports", PROCESS)),
        ("Azerbaijan said it is open to negotiations with Armenia.", "en",
         ("azerbaijan", "supports", PROCESS)),
        ("Aliyev, Ermenistan ile müzakerelere açığız dedi.", "tr", ("ilham-aliyev", "supports", PROCESS)),
        ("Paşinyan, Ermenistan'ın Azerbaycan ile üst düzey görüşmeler yapmaya hazır olduğunu söyledi.", "tr",
         ("nikol-pashinyan", "supports", PROCESS)),
    ],
)  # fmt: skip
def test_ready_for_talks_with_the_other_side(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_open_to_other_things_is_not_the_process(lexicon: Lexicon) -> None:
    assert not stances(lexicon, "Azerbaijan is open to trade with Armenia.", "en")
    # talks about a thing are about the thing
    found = stances(lexicon, "Armenia is ready for talks on the Zangezur corridor with Azerbaijan.", "en")
    assert ("armenia", "supports", PROCESS) not in found


def test_a_topic_set_far_before_is_not_what_is_supported(lexicon: Lexicon) -> None:
    """'X konusunda ... takip ettiğini ve ... anladığını vurguladı': X is the topic, not what the
    emphasis is for; a concern is about its topic, and a trigger right after it takes it."""
    far = (
        "Türkiye, Zengezur Koridoru konusunda uzun zamandır devam eden tartışmaları yakından takip ettiğini "
        "ve Azerbaycan'ın kaygılarını anladığını vurguladı."
    )
    found = stances(lexicon, far, "tr")
    assert ("turkiye", "supports", "zangezur-corridor") not in found
    assert ("azerbaijan", "concernedAbout", "zangezur-corridor") in found
    near = "Türkiye, Zengezur Koridoru konusunda desteğini yineledi."
    assert ("turkiye", "supports", "zangezur-corridor") in stances(lexicon, near, "tr")


def test_the_signers_of_a_document_addressed_are_not_for_it(lexicon: Lexicon) -> None:
    """'appealed to the parties that signed the statement': who is addressed, described by what
    they signed; a call to implement the statement is for it."""
    addressed = (
        "The Security Council of Artsakh appealed to the countries that signed the trilateral statement "
        "to take effective steps."
    )
    assert not {x for x in stances(lexicon, addressed, "en") if x[2] == "trilateral-statement-2020"}
    called = "Armenia called on the parties to implement the trilateral statement."
    assert ("armenia", "supports", "trilateral-statement-2020") in stances(lexicon, called, "en")
