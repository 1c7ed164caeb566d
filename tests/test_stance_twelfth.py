"""Stances (issue 15, twelfth session): classes of phrasing written for these tests (not taken
from the development set). Each test names the class; the negative cases are the same words that
state nothing or another stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

MET_EN = "Aliyev met Tokayev in Astana on October 12. "
MET_TR = "Aliyev 12 Ekim'de Astana'da Tokayev ile görüştü. "
ASTANA = "meeting/2025-10-12-astana"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (MET_EN + "Aliyev welcomed the visit.", "en"),
        (MET_EN + "Aliyev hailed the visit.", "en"),
        (MET_TR + "Aliyev ziyareti memnuniyetle karşıladı.", "tr"),
        (MET_TR + "Aliyev, ziyaretten memnuniyet duyduğunu belirtti.", "tr"),
    ],
)
def test_a_visit_welcomed_is_the_meeting_it_is(lexicon: Lexicon, text: str, language: str) -> None:
    # a visit is the meeting the document tells, as "the talks" and "the meeting" are
    assert ("ilham-aliyev", "welcomes", ASTANA) in stances(lexicon, text, language, "2025-10-13")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (MET_EN + "Aliyev welcomed the mutual visits of journalists.", "en"),
        (MET_TR + "Aliyev, gazetecilerin karşılıklı ziyaretlerini memnuniyetle karşıladı.", "tr"),
        (MET_TR + "Tokayev, Aliyev'in daha önce yaptığı ziyareti memnuniyetle hatırladı.", "tr"),
        (MET_TR + "Tokayev, Aliyev'in geçen yıl gerçekleştirdiği ziyareti memnuniyetle andı.", "tr"),
    ],
)
def test_exchanges_of_visits_and_earlier_visits_are_not_the_meeting_told(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not any(target == ASTANA for _, _, target in stances(lexicon, text, language, "2025-10-13"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mirzoyan and Bayramov met in Almaty on May 10. The two sides reaffirmed their commitment "
            "to the peace process.",
            "armenia-azerbaijan-peace-process",
        ),
        (
            "Mirzoyan and Bayramov met in Almaty on May 10. The parties agreed to continue the talks on "
            "the peace treaty.",
            "armenia-azerbaijan-peace-agreement",
        ),
    ],
)
def test_the_parties_of_a_meeting_of_two_people_are_those_two(
    lexicon: Lexicon, text: str, expected: str
) -> None:
    found = stances(lexicon, text, "en", "2025-05-11")
    assert {("ararat-mirzoyan", "supports", expected), ("jeyhun-bayramov", "supports", expected)} <= found
    assert ("armenia", "supports", expected) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdoğan, Zengezur koridorunun açılmasını istediklerini söyledi.", "recep-tayyip-erdogan"),
        ("Azerbaycan, Zengezur koridorunun açılmasını istemektedir.", "azerbaijan"),
        ("Aliyev, Zengezur koridorunun bir an önce açılmasını istedi.", "ilham-aliyev"),
        ("Aliyev, Zengezur koridorunun bir an once acilmasini istedigini soyledi.", "ilham-aliyev"),
    ],
)
def test_wanting_a_thing_done_with_the_stem_iste_supports_it(
    lexicon: Lexicon, text: str, expected: str
) -> None:
    # "istiyor" narrows the stem's vowel; "istedi", "istediklerini", "istemektedir" keep "iste-"
    assert (expected, "supports", "zangezur-corridor") in stances(lexicon, text, "tr")


def test_not_wanting_a_thing_done_is_no_support(lexicon: Lexicon) -> None:
    found = stances(lexicon, "İran, Zengezur koridorunun açılmasını istemediğini söyledi.", "tr")
    assert ("iran", "supports", "zangezur-corridor") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Paşinyan, barış gündemine bağlılığını teyit etti.",
        "Paşinyan, barış gündemini desteklediğini söyledi.",
    ],
)
def test_the_peace_agenda_is_the_peace_process_in_turkish(lexicon: Lexicon, text: str) -> None:
    assert ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-process") in stances(lexicon, text, "tr")
