"""Stances (issue 15): the trigger, the target it governs and the holder who says it, in
English and Turkish, on sentences written for these tests (not taken from the development
set).  Each test names the frame it checks."""

from __future__ import annotations

import pytest

from loaders import Document, extract, load_lexicon
from loaders.lexicon import Lexicon

KINDS = ("supports", "welcomes", "opposes", "condemns", "concernedAbout")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def stances(
    lexicon: Lexicon, text: str, language: str, date: str = "2025-09-10"
) -> set[tuple[str, str, str]]:
    document = Document(key="t", path="t.txt", text=text, language=language, date=date)
    return {
        (st.subject, st.relation, st.object)
        for st in extract(document, lexicon).statements
        if st.relation in KINDS
    }


def test_a_passive_stance_is_held_by_its_agent(lexicon: Lexicon) -> None:
    found = stances(lexicon, "The Middle Corridor was welcomed by Kazakhstan and Georgia.", "en")
    assert found == {
        ("kazakhstan", "welcomes", "middle-corridor"),
        ("georgia", "welcomes", "middle-corridor"),
    }


def test_a_quote_is_its_speakers_stance(lexicon: Lexicon) -> None:
    text = "“We strongly support the Zangezur corridor,” Recep Tayyip Erdoğan told reporters in Ankara."
    assert ("recep-tayyip-erdogan", "supports", "zangezur-corridor") in stances(lexicon, text, "en")


def test_he_is_the_person_last_named(lexicon: Lexicon) -> None:
    text = "Ilham Aliyev arrived in Astana. He said he welcomed the Washington Declaration."
    assert ("ilham-aliyev", "welcomes", "washington-declaration-2025") in stances(lexicon, text, "en")


def test_a_negated_trigger_says_nothing(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Iran did not support the Zangezur corridor.", "en") == set()


def test_a_negation_that_is_the_meaning_opposes(lexicon: Lexicon) -> None:
    text = "Iran's foreign minister Abbas Araghchi said the Zangezur corridor is unacceptable."
    assert ("abbas-araghchi", "opposes", "zangezur-corridor") in stances(lexicon, text, "en")


def test_the_states_between_which_a_process_runs_do_not_hold_it(lexicon: Lexicon) -> None:
    text = "Japan supports the normalization process between Türkiye and Armenia."
    assert stances(lexicon, text, "en") == {("japan", "supports", "turkiye-armenia-normalization-process")}


def test_thanks_for_an_act_without_a_key_welcome_the_one_thanked(lexicon: Lexicon) -> None:
    assert ("armenia", "welcomes", "georgia") in stances(
        lexicon, "Armenia thanked Georgia for its help.", "en"
    )


def test_an_accusation_condemns_the_accused(lexicon: Lexicon) -> None:
    text = "Azerbaijan accused Armenia of violating the ceasefire."
    assert ("azerbaijan", "condemns", "armenia") in stances(lexicon, text, "en")


def test_turkish_subject_in_the_nominative_holds_the_stance(lexicon: Lexicon) -> None:
    text = "Gürcistan, Orta Koridor'un geliştirilmesini desteklediğini açıkladı."
    assert stances(lexicon, text, "tr") == {("georgia", "supports", "middle-corridor")}


def test_turkish_states_named_with_arasinda_are_no_holders(lexicon: Lexicon) -> None:
    text = "Japonya, Azerbaycan ile Ermenistan arasındaki barış sürecini desteklediğini bildirdi."
    assert stances(lexicon, text, "tr") == {("japan", "supports", "armenia-azerbaijan-peace-process")}


def test_turkish_participle_names_its_holder(lexicon: Lexicon) -> None:
    text = "Zengezur Koridoru'na ilişkin endişelerini dile getiren Masud Pezeşkiyan, Erivan'a gitti."
    assert ("masoud-pezeshkian", "concernedAbout", "zangezur-corridor") in stances(lexicon, text, "tr")


def test_turkish_welcome_of_a_closure(lexicon: Lexicon) -> None:
    text = "Kazakistan, AGİT Minsk Grubu'nun kapatılmasını memnuniyetle karşıladı."
    assert stances(lexicon, text, "tr") == {("kazakhstan", "welcomes", "osce-minsk-group-closure")}


def test_turkish_threat_from_a_state_opposes(lexicon: Lexicon) -> None:
    text = "Zengezur Koridoru için İran'dan tehdit geldi."
    assert stances(lexicon, text, "tr") == {("iran", "opposes", "zangezur-corridor")}


def test_turkish_negated_support_says_nothing(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Rusya, Zengezur Koridoru'nu desteklemedi.", "tr") == set()
