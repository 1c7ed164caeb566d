"""A known war or clash told by its sides, not by its name (loaders/rules/wars.py)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts

from loaders.lexicon import Lexicon


def read(lexicon: Lexicon, text: str, language: str, date: str) -> set[Fact]:
    return read_facts(lexicon, text, language, date)


def about(facts: set[Fact], event: str, relation: str) -> set[str]:
    return {f[2] for f in facts if f[0] == event and f[1] == relation and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "language", "date", "event", "day"),
    [
        # the war word with its two sides and a date in the war's time
        (
            "Fighting between Armenia and Azerbaijan erupted on 27 September 2020 in the mountains.",
            "en",
            "2020-12-01",
            "second-karabakh-war",
            "2020-09-27",
        ),
        (
            "New clashes between Azerbaijan and Armenia broke out on September 27, with heavy shelling.",
            "en",
            "2020-10-05",
            "second-karabakh-war",
            "2020-09-27",
        ),
        (
            "The war that broke out between the armed forces of Armenia and Azerbaijan in 2020 lasted"
            " 44 days.",
            "en",
            "2023-01-10",
            "second-karabakh-war",
            "2020",
        ),
        (
            "Azerbaycan ve Ermenistan silahlı kuvvetleri arasında 2020 yılında yaşanan savaş Kasım'da bitti.",
            "tr",
            "2022-06-01",
            "second-karabakh-war",
            "2020",
        ),
        (
            "Ermenistan ile Azerbaycan arasinda 27 Eylül 2020'de baslayan savas 44 gun surdu.",
            "tr",
            "2021-03-01",
            "second-karabakh-war",
            "2020-09-27",
        ),
    ],
)
def test_a_war_told_by_its_sides_and_time(
    lexicon: Lexicon, text: str, language: str, date: str, event: str, day: str
) -> None:
    facts = read(lexicon, text, language, date)
    assert about(facts, event, "participant") == {"armenia", "azerbaijan"}
    assert day in about(facts, event, "date")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kazakhstan reroutes its cargo as Russia faces sanctions over its war against Ukraine.", "en"),
        ("Russia's full-scale war on Ukraine has closed the northern route.", "en"),
        ("Rusya'nın Ukrayna'ya karşı başlattığı savaş, Orta Koridor'u öne çıkardı.", "tr"),
        ("Rusyanin Ukraynaya karsi savasi yuk akisini degistirdi.", "tr"),
        # a participle of going on between the sides and the war
        ("Rusya'nın Ukrayna'ya karşı sürdürmekte olduğu savaş, Orta Koridor'u öne çıkardı.", "tr"),
        ("Rusya'nın Ukrayna'ya karşı yürütmekte olduğu savaş ticareti etkiledi.", "tr"),
    ],
)
def test_a_state_s_war_against_another(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read(lexicon, text, language, "2022-10-01")
    assert about(facts, "ukraine-war", "participant") == {"russia", "ukraine"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The war in Ukraine has pushed shippers towards the Middle Corridor.", "en"),
        ("Freight moved south because of the fighting in Ukraine.", "en"),
        ("Ukrayna'daki savaş ve yaptırımlar yükleri güneye yöneltti.", "tr"),
        ("Ukraynada suren savas nedeniyle yukler guneye kaydi.", "tr"),
    ],
)
def test_the_war_in_a_state(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read(lexicon, text, language, "2022-10-01")
    assert about(facts, "ukraine-war", "heldIn") == {"ukraine"}
    assert not about(facts, "ukraine-war", "participant")


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # sides that several known events share, and no date to choose by
        ("The conflict between Armenia and Azerbaijan has lasted for decades.", "en", "2022-10-01"),
        ("Clashes between Armenia and Azerbaijan on the border killed two soldiers.", "en", "2024-03-01"),
        ("Ermenistan ve Azerbaycan arasındaki çatışma on yıllardır sürüyor.", "tr", "2022-10-01"),
        # a date outside every known war's time
        ("Fighting between Armenia and Azerbaijan flared up on 12 July 2020 near Tovuz.", "en", "2020-08-01"),
        # a treaty of the two, not a war, between them and the war word
        (
            "Ermenistan ile Azerbaycan arasında 10 Kasım 2020'de imzalanan anlaşma savaşı sona erdirdi.",
            "tr",
            "2021-01-01",
        ),
        # "the war in Armenia": no known war was fought with Armenia alone as a side
        ("Few remember the war in Armenia's north.", "en", "2022-10-01"),
        # a war that had not begun by the report's day
        ("Analysts warned of war between Russia and Ukraine.", "en", "2021-12-01"),
    ],
)
def test_sides_that_tell_no_known_war(lexicon: Lexicon, text: str, language: str, date: str) -> None:
    facts = read(lexicon, text, language, date)
    wars = {
        "second-karabakh-war",
        "first-karabakh-war",
        "ukraine-war",
        "september-2022-armenia-azerbaijan-clashes",
    }
    assert not {f for f in facts if f[0] in wars and f[1] in ("participant", "date", "heldIn")}


@pytest.mark.parametrize(
    ("text", "language", "date", "place"),
    [
        # a day inside the war's time (not its first: no date fact), and where it was fought
        (
            "Azerbaycan ile Ermenistan arasında altı hafta süren Dağlık Karabağ'daki çatışmaların sona"
            " erdirilmesi için 9 Kasım 2020'de ateşkes imzalanmıştı.",
            "tr",
            "2021-05-20",
            "karabakh",
        ),
        # the length the sentence gives is the war's
        (
            "The six-week war between Armenia and Azerbaijan ended with a Russian-brokered deal.",
            "en",
            "2023-05-12",
            "",
        ),
        (
            "Ermenistan ile Azerbaycan arasında 44 gün süren savaş Kasım ayında sona erdi.",
            "tr",
            "2023-05-12",
            "",
        ),
        # the known treaty that ended it
        (
            "Aliyev, Ermenistan ile Azerbaycan arasındaki savaşa son veren üçlü bildirinin uygulanmasını"
            " görüştü.",
            "tr",
            "2021-11-27",
            "",
        ),
        # a report written while the fighting went on
        (
            "Fighting between Armenia and Azerbaijan in the disputed region of Nagorno-Karabakh went on.",
            "en",
            "2020-10-12",
            "karabakh",
        ),
        (
            "Ermenistan ile Azerbaycan arasinda Dağlık Karabağ'da suren catismalarda ateskes saglanamadi.",
            "tr",
            "2020-10-12",
            "karabakh",
        ),
    ],
)
def test_the_2020_war_told_by_its_time_length_or_end(
    lexicon: Lexicon, text: str, language: str, date: str, place: str
) -> None:
    facts = read(lexicon, text, language, date)
    assert about(facts, "second-karabakh-war", "participant") == {"armenia", "azerbaijan"}
    assert not about(facts, "second-karabakh-war", "date")
    assert about(facts, "second-karabakh-war", "heldIn") == ({place} if place else set())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a report of later days is not the war's, nor a length that is not its own
        (
            "Fighting between Armenia and Azerbaijan in the disputed region of Nagorno-Karabakh went on.",
            "2021-03-01",
        ),
        ("The two-day fighting between Armenia and Azerbaijan ended on Wednesday.", "2022-09-20"),
    ],
)
def test_time_that_is_not_the_war_s(lexicon: Lexicon, text: str, date: str) -> None:
    facts = read(lexicon, text, "en", date)
    assert not about(facts, "second-karabakh-war", "participant")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the army word in the nominative is the subject, comma or not
        ("Azerbaycan ordusu dün Karabağ'da antiterör operasyonu başlattı.", "tr"),
        ("Azerbaycan ordusu Karabağ'da operasyon başlattı.", "tr"),
        # an operation launched, told with no date word in a report of its first days
        ("Azerbaycan, Karabağ'a operasyon başlattı.", "tr"),
        ("Azerbaijan launched a military operation in Karabakh.", "en"),
    ],
)
def test_an_operation_launched_in_its_days(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read(lexicon, text, language, "2023-09-20")
    assert about(facts, "karabakh-operation-2023", "participant") == {"azerbaijan"}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a year later, no date word: not that operation
        ("Azerbaijan launched a military operation in Karabakh.", "2024-09-20"),
        # an operation that is no military one
        ("The railway began operation between Baku and Kars.", "2023-09-20"),
    ],
)
def test_an_operation_not_of_those_days(lexicon: Lexicon, text: str, date: str) -> None:
    facts = read(lexicon, text, "en", date)
    assert not about(facts, "karabakh-operation-2023", "participant")
    assert not about(facts, "karabakh-operation-2023", "date")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In autumn 2020, the 44-day Second Karabakh War took place in and around Karabakh.", "en"),
        (
            "The agreements ending the Second Karabakh War (in autumn 2020) put the road under Russian"
            " control.",
            "en",
        ),
        ("2020 sonbaharında yaşanan İkinci Karabağ Savaşı 44 gün sürdü.", "tr"),
        ("Ikinci Karabağ Savaşı (2020) bölgeyi degistirdi.", "tr"),
    ],
)
def test_a_war_s_year_written_beside_its_name(lexicon: Lexicon, text: str, language: str) -> None:
    assert about(read(lexicon, text, language, "2023-04-25"), "second-karabakh-war", "date") == {"2020"}


def test_another_year_beside_a_war_s_name_is_not_its_date(lexicon: Lexicon) -> None:
    facts = read(
        lexicon, "In 2021, after the Second Karabakh War, the border commissions met.", "en", "2023-04-25"
    )
    assert not about(facts, "second-karabakh-war", "date")


@pytest.mark.parametrize(
    "text",
    [
        # the two sides as one compound before the war word
        "The Armenian-Azerbaijani war of 2020 displaced tens of thousands.",
        "Mediators sought to end the Azerbaijan-Armenia fighting in October 2020.",
        # a descriptor of the two before their names
        "The bridge became urgent after a war between neighbours Armenia and Azerbaijan in 2020.",
        "The war between the two neighbouring countries, Azerbaijan and Armenia, in 2020 lasted six weeks.",
        # a known war named, the side it was fought with after it, the other side before
        "Azerbaijan regained the districts after the 2020 war with Armenia.",
        "Armenia lost most of the region in the Second Karabakh War against Azerbaijan.",
    ],
)
def test_sides_written_as_a_compound_a_description_or_after_the_name(lexicon: Lexicon, text: str) -> None:
    facts = read(lexicon, text, "en", "2024-03-15")
    assert about(facts, "second-karabakh-war", "participant") == {"armenia", "azerbaijan"}


@pytest.mark.parametrize(
    "text",
    [
        # a state and its own adjective are no two sides; a compound with one state is none
        "The Russia-brokered war settlement held for years.",
        "The Armenia-backed fighting in 2020 ended in November.",
        # the war named with one of its sides after it, no other side before
        "Turkey sent drones during the 2020 war with Armenia.",
    ],
)
def test_no_sides_from_one_state(lexicon: Lexicon, text: str) -> None:
    facts = read(lexicon, text, "en", "2024-03-15")
    assert about(facts, "second-karabakh-war", "participant") != {"armenia", "azerbaijan"}
