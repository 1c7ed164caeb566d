"""Meetings as news writes them (issue 12): who met whom, where, when, mediated by whom, in
English and Turkish, on sentences written for these tests (none taken from a development
passage or a bundled document)."""

from __future__ import annotations

import pytest

from loaders import Document, extract, load_lexicon
from loaders.lexicon import Lexicon

Fact = tuple[str, str, str, str]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def read(lexicon: Lexicon, text: str, language: str, date: str = "2025-09") -> set[Fact]:
    document = Document(key="t", path="t.txt", text=text, language=language, date=date)
    extraction = extract(document, lexicon)
    for st in extraction.statements:
        assert document.text[st.start : st.end] == st.surface
    return {(st.subject, st.relation, st.object, st.modality) for st in extraction.statements}


def meeting_facts(facts: set[Fact]) -> set[Fact]:
    return {f for f in facts if f[0].startswith("meeting/") and f[1] not in ("label", "type")}


# -- the report's own day --------------------------------------------------------


def test_a_lead_meeting_takes_the_day_of_the_reports_time_stamp(lexicon: Lexicon) -> None:
    text = (
        "Dışişleri bakanları Bakü'de buluştu\n\n"
        "3 Mart 2023 14:25\n\n"
        "Türkiye Dışişleri Bakanı Mevlüt Çavuşoğlu ile Gürcistan Dışişleri Bakanı İlia Darçiaşvili, "
        "Bakü'de bir araya geldi.\n\n"
        "İki bakan ulaştırma projelerini ele aldı."
    )
    facts = meeting_facts(read(lexicon, text, "tr", "2023-03-03"))
    assert ("meeting/2023-03-03-baku", "date", "2023-03-03", "asserted") in facts
    assert ("meeting/2023-03-03-baku", "heldIn", "baku", "asserted") in facts
    assert ("meeting/2023-03-03-baku", "participant", "mevlut-cavusoglu", "asserted") in facts


def test_a_lead_meeting_the_report_calls_todays(lexicon: Lexicon) -> None:
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan and Iranian Foreign Minister Abbas Araghchi met "
        "in Tehran. Mirzoyan told reporters that today's talks covered transit through Syunik."
    )
    facts = meeting_facts(read(lexicon, text, "en", "2025-02-11"))
    assert ("meeting/2025-02-11-tehran", "participant", "ararat-mirzoyan", "asserted") in facts
    assert ("meeting/2025-02-11-tehran", "date", "2025-02-11", "asserted") in facts


def test_a_reports_date_alone_does_not_date_its_meeting(lexicon: Lexicon) -> None:
    """The page's date may be the day after, or a feature's: no time stamp, no "today"."""
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan and Iranian Foreign Minister Abbas Araghchi met "
        "in Tehran. The ministers discussed transit through Syunik."
    )
    assert meeting_facts(read(lexicon, text, "en", "2025-02-11")) == set()


# -- what a meeting word is for ---------------------------------------------------


def test_a_turkish_purpose_clause_is_not_the_meeting(lexicon: Lexicon) -> None:
    """ "görüşmek üzere" (in order to meet) says what a trip is for; the finite verb after it
    tells the meeting."""
    held = (
        "Gürcistan Başbakanı İrakli Kobahidze ile Ermenistan Başbakanı Nikol Paşinyan, ticaret "
        "yollarını görüşmek üzere 4 Haziran 2024'te Tiflis'te bir araya geldi."
    )
    facts = meeting_facts(read(lexicon, held, "tr"))
    assert ("meeting/2024-06-04-tbilisi", "participant", "nikol-pashinyan", "asserted") in facts
    planned = "Gürcistan Başbakanı İrakli Kobahidze, Paşinyan ile görüşmek üzere 4 Haziran 2024'te Erivan'da."
    facts = meeting_facts(read(lexicon, planned, "tr"))
    assert all(f[3] == "intended" for f in facts)


def test_those_named_by_participation_met_and_did_not_mediate(lexicon: Lexicon) -> None:
    text = (
        "Forum, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Türkiye Dışişleri Bakanı Hakan Fidan "
        "ve Gürcistan Dışişleri Bakanı Maka Boçorişvili'nin katılımıyla 12 Mayıs 2025'te "
        "Kars'ta yapıldı."
    )
    facts = meeting_facts(read(lexicon, text, "tr"))
    key = "meeting/2025-05-12-kars"
    assert {(key, "participant", p, "asserted") for p in ("jeyhun-bayramov", "hakan-fidan")} <= facts
    assert not {f for f in facts if f[1] == "mediatedBy"}
