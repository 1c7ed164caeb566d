"""The broad lexicon of issue 12: names that are also common words match
only as written, no alias or Wikidata item stands for two entities, and
every place leads up to a state."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_lexicon
from loaders.lexicon import LexiconError
from loaders.text import fold


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Görüşme Gence'de yapıldı", ["ganja"]),
        ("her gence iş imkânı", []),  # "to every young person"
        ("BRICS zirvesi Kazan'da", ["brics", "kazan"]),
        ("su kazanı kaynadı", []),  # "the cauldron"
        ("Bakan Fidan açıkladı", ["hakan-fidan"]),
        ("bahçeye fidan dikti", []),  # "sapling"
        ("Katar'ın arabuluculuğu", ["qatar"]),
        ("yük katarı", []),  # "a train of wagons"
        ("Trump said", ["donald-trump"]),
        ("facts trump opinions", []),
        ("PACE suspended the delegation", ["parliamentary-assembly-of-the-council-of-europe"]),
        ("at an increased pace", []),
        # Turkish press: the bare "Dışişleri Bakanlığı" is Türkiye's; a state before it names another
        ("Dışişleri Bakanlığı'ndan yapılan açıklama", ["turkiye-ministry-of-foreign-affairs"]),
        (
            "Rusya Federasyonu Dışişleri Bakanlığı Sözcüsü Mariya Zaharova",
            ["russia-ministry-of-foreign-affairs", "maria-zakharova"],
        ),
        ("Türk heyeti reisi konuştu", []),  # "the head of the delegation", not Raisi
        ("İran'ın ruhani lideri", ["iran"]),  # "spiritual leader", not Rouhani
        ("Cumhurbaşkanı Reisi Bakü'de", ["ebrahim-raisi", "baku"]),
    ],
)
def test_common_words_match_only_as_written(text: str, keys: list[str]) -> None:
    assert [key for key, _, _ in load_lexicon().find(text)] == keys


def test_cased_must_name_one_of_the_entitys_names(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[[entity]]\nkey = "ganja"\ntype = "Place"\nen = ["Ganja"]\ntr = ["Gence"]\ncased = ["Genje"]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"bad.toml, line 1 \(entity 'ganja'\): cased names 'Genje'"):
        load_lexicon(tmp_path)


def test_no_alias_and_no_wikidata_item_stands_for_two_entities() -> None:
    lexicon = load_lexicon()
    owner: dict[str, str] = {}
    items: dict[str, str] = {}
    for entity in lexicon.entities.values():
        for names in entity.labels.values():
            for name in names:
                folded = " ".join(fold(name).split())
                assert owner.setdefault(folded, entity.key) == entity.key, (name, owner[folded], entity.key)
        if entity.qid:
            assert items.setdefault(entity.qid, entity.key) == entity.key, (entity.qid, items[entity.qid])


def test_every_place_leads_up_to_a_state() -> None:
    lexicon = load_lexicon()
    for key, entity in lexicon.entities.items():
        seen = [key]
        while seen[-1] in lexicon.located_in:
            seen.append(lexicon.located_in[seen[-1]])
            assert len(seen) == len(set(seen)), f"located_in loops: {seen}"
        if entity.type == "Place" and key in lexicon.located_in:
            assert lexicon.entities[seen[-1]].type == "State", seen


def test_ports_border_points_and_organizations_of_the_subject_are_known() -> None:
    lexicon = load_lexicon()
    found = {
        key
        for key, _, _ in lexicon.find(
            "Aktau (Kazakhstan), Kuryk, Türkmenbaşı, Poti, Batum, Anaklia ve Köstence limanları; "
            "Margara, Dilucu, Sadarak and the Lachin checkpoint; NATO, AGİT Minsk Grubu, KGAÖ, "
            "the UN Security Council, the International Court of Justice, the EEAS and the "
            "Azerbaijani Foreign Ministry; Ermenistan Dışişleri Bakanlığı"
        )
    }
    assert found == {
        "aktau",
        "kazakhstan",
        "kuryk",
        "turkmenbashi",
        "poti",
        "batumi",
        "anaklia",
        "constanta",
        "margara",
        "dilucu",
        "sadarak",
        "lachin-checkpoint",
        "nato",
        "osce-minsk-group",
        "csto",
        "united-nations-security-council",
        "international-court-of-justice",
        "european-external-action-service",
        "azerbaijan-ministry-of-foreign-affairs",
        "armenia-ministry-of-foreign-affairs",
    }
    assert lexicon.located_in["arpacay"] == "kars" and lexicon.located_in["julfa"] == "nakhchivan"
    assert lexicon.entities["nato"].qid == "Q7184" and lexicon.entities["united-kingdom"].qid == "Q145"


@pytest.mark.parametrize("kind", ["Corridor", "Organization"])
def test_located_in_is_for_places_only(tmp_path: Path, kind: str) -> None:
    """ckg:locatedIn's domain is ckg:Place, disjoint with agents and corridors: a located_in on
    another kind would make the reasoner find the lexicon itself contradictory."""
    (tmp_path / "bad.toml").write_text(
        '[[entity]]\nkey = "azerbaijan"\ntype = "State"\nen = ["Azerbaijan"]\ntr = ["Azerbaycan"]\n\n'
        f'[[entity]]\nkey = "x"\ntype = "{kind}"\nen = ["X"]\ntr = ["X"]\nlocated_in = "azerbaijan"\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=f"entity 'x'.*located_in is for places, not a {kind}"):
        load_lexicon(tmp_path)
