"""Breadth of the lexicon (issue 12, eleventh session): the region's spokespeople, ministers,
envoys, border points, ports and transport bodies resolve in both languages to one key, and a
common word that looks like one of their names does not."""

from __future__ import annotations

import pytest

from loaders import load_lexicon


def _keys(text: str) -> list[str]:
    return [key for key, _, _ in load_lexicon().find(text)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # people: a Turkish spelling is the English key
        (
            "İran Dışişleri Bakanlığı Sözcüsü Nasır Kenani açıkladı",
            ["iran-ministry-of-foreign-affairs", "nasser-kanaani"],
        ),
        ("Iranian spokesman Nasser Kanaani told reporters", ["nasser-kanaani"]),
        ("Ayhan Hacızade'nin açıklamasına göre", ["aykhan-hajizada"]),
        ("spokesman Aykhan Hajizada said", ["aykhan-hajizada"]),
        ("Gürcistan Ekonomi Bakanı Levan Davitaşvili", ["georgia", "levan-davitashvili"]),
        ("Georgian Economy Minister Levan Davitashvili", ["levan-davitashvili"]),
        ("Nikolay Patruşev ile Ali Şamhani görüştü", ["nikolai-patrushev", "ali-shamkhani"]),
        ("Patrushev met Shamkhani in Tehran", ["nikolai-patrushev", "ali-shamkhani", "tehran"]),
        # a surname that is a common Turkish word is listed only with the first name
        ("Ahmet Arslan Kars'ta", ["ahmet-arslan", "kars"]),
        ("bir arslan gibi", []),  # "like a lion"
        ("Ömer Çelik konuştu", ["omer-celik"]),
        ("çelik üretimi arttı", []),  # "steel production rose"
    ],
)
def test_new_people_resolve_in_both_languages(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_a_role_dates_the_title() -> None:
    lexicon = load_lexicon()
    assert lexicon.holders("turkiye", "transport-minister", "2017-05-01") == ["ahmet-arslan"]
    assert lexicon.holders("russia", "energy-minister", "2019-03-01") == ["alexander-novak"]
    assert "alexander-novak" not in lexicon.holders("russia", "energy-minister", "2023-03-01")


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Kapıköy Sınır Kapısı'ndan geçen tırlar", ["kapikoy"]),
        ("trucks crossing at the Kapıköy border gate", ["kapikoy"]),
        ("Şerur ve Şahbuz'da", ["sharur", "shahbuz"]),
        ("in Sharur and Shahbuz", ["sharur", "shahbuz"]),
        ("Mangıstav bölgesindeki Aktav Limanı", ["mangystau", "aktau"]),
        ("the port of Aktau in the Mangystau region", ["aktau", "mangystau"]),
        ("Böyük Kesik istasyonu", ["boyuk-kasik"]),
        ("the Red Bridge border crossing", ["red-bridge"]),
        ("Kırmızı Köprü'den geçti", ["red-bridge"]),
        ("a red bridge over the river", []),
        ("Berde'ye füze düştü", ["barda"]),
        ("barda oturdu", []),  # "sat at the bar"
        ("Ağalı köyü", ["aghali"]),
    ],
)
def test_new_places_resolve_in_both_languages(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_new_places_lead_to_their_province() -> None:
    lexicon = load_lexicon()
    assert lexicon.located_in["sharur"] == "nakhchivan"
    assert lexicon.located_in["boyuk-kasik"] == "agstafa"
    assert lexicon.located_in["gavar"] == "gegharkunik"
    assert lexicon.located_in["minjivan"] == "zangilan"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Kazakistan Dışişleri Bakanlığı'nın açıklaması", ["kazakhstan-ministry-of-foreign-affairs"]),
        ("the Kazakh Foreign Ministry said", ["kazakhstan-ministry-of-foreign-affairs"]),
        ("Dijital Kalkınma ve Ulaştırma Bakanlığı'ndan", ["azerbaijan-ministry-of-transport"]),
        ("Azerbaijan's Ministry of Digital Development and Transport", ["azerbaijan-ministry-of-transport"]),
        ("İran Yol ve Şehir Kalkınma Bakanlığı", ["iran-ministry-of-roads-and-urban-development"]),
        ("Iran's Ministry of Roads and Urban Development", ["iran-ministry-of-roads-and-urban-development"]),
        ("Avrupa İmar ve Kalkınma Bankası (EBRD) kredisi", ["ebrd", "ebrd"]),
        ("a loan from the Asian Development Bank", ["asian-development-bank"]),
        ("Dünya Bankası ve IMF", ["world-bank", "international-monetary-fund"]),
        ("the Economic Cooperation Organization summit", ["economic-cooperation-organization"]),
        ("Ekonomik İşbirliği Teşkilatı zirvesi", ["economic-cooperation-organization"]),
        ("Özbekistan Demiryolları ile Uzbekistan Railways", ["uzbekistan-railways", "uzbekistan-railways"]),
        ("Türk-Rus Ortak Merkezi kapatıldı", ["russian-turkish-joint-monitoring-center"]),
        # short aliases match only as written
        ("the eco-friendly port and the adb shares", []),
    ],
)
def test_new_organizations_resolve_in_both_languages(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Güney Gaz Koridoru ile Şah Deniz gazı", ["southern-gas-corridor", "shah-deniz"]),
        ("gas from Shah Deniz through the Southern Gas Corridor", ["shah-deniz", "southern-gas-corridor"]),
    ],
)
def test_new_routes_resolve_in_both_languages(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Rusya Demiryolları Başkanı Oleg Belozerov", ["russian-railways", "oleg-belozerov"]),
        ("Russian Railways CEO Oleg Belozerov", ["russian-railways", "oleg-belozerov"]),
        ("Ferid Şefiyev'e göre", ["farid-shafiyev"]),
        ("according to Farid Shafiyev", ["farid-shafiyev"]),
        ("Laşa Abaşidze ve Ufuk Yalçın", ["lasha-abashidze", "ufuk-yalcin"]),
    ],
)
def test_heads_of_route_companies_and_envoys_resolve(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("AİHM'e başvurdu", ["european-court-of-human-rights"]),
        ("applied to the European Court of Human Rights", ["european-court-of-human-rights"]),
        ("SPECA zirvesi Bakü'de", ["speca", "baku"]),
        (
            "the CICA summit in Astana",
            ["conference-on-interaction-and-confidence-building-measures-in-asia", "astana"],
        ),
        ("the iru of the fans", []),  # a short alias matches only as written
    ],
)
def test_bodies_of_summits_and_cases_resolve(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_the_osce_chair_is_the_years_chairperson_in_office() -> None:
    lexicon = load_lexicon()
    assert lexicon.holders("osce", "chair", "2019-05-27") == ["miroslav-lajcak"]
    assert lexicon.holders("osce", "chair", "2021-12-02") == ["ann-linde"]
    assert lexicon.holders("osce", "chair", "2025-03") == ["elina-valtonen"]
    assert lexicon.holders("slovakia", "foreign-minister", "2021-01-01") == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("AGİT Dönem Başkanı Miroslav Layçak", ["osce", "miroslav-lajcak"]),
        ("OSCE Chairperson-in-Office Miroslav Lajčák", ["osce", "miroslav-lajcak"]),
        ("Fuad Necefli Nahçıvan'da", ["fuad-najafli", "nakhchivan"]),
    ],
)
def test_chairs_and_officials_resolve_in_both_languages(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys
