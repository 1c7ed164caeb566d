"""Every passage of the real-passage development set names its source and its
licence in docs/corpus.md, and only passages whose licence allows a copy
carry their text in the repository (issue 12: "Commit a passage's text only
where its licence allows")."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DEVSET = ROOT / "tests" / "devset"
GOLDS = sorted(p for p in DEVSET.glob("batch-*/*.toml") if not p.name.endswith(".meta.toml"))
OPEN = ("CC BY", "public domain", "US government")


def test_the_set_is_there() -> None:
    assert len(GOLDS) >= 718


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_each_passage_is_listed_with_its_source_and_licence(gold: Path) -> None:
    data = tomllib.loads(gold.read_text(encoding="utf-8"))
    source = data["source"]
    assert data["document"] == gold.stem
    assert source["url"].startswith("http") and source["query"] and source["licence"]
    batch = gold.parent.name.removeprefix("batch-")
    rows = [
        line
        for line in (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8").splitlines()
        if f"[{gold.stem}]({source['url']})" in line
    ]
    assert len(rows) == 1, f"docs/corpus.md lists {gold.stem} {len(rows)} times with its address"
    cells = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert cells[0] == batch and cells[2] == data["language"] and cells[6] == source["licence"]
    has_text = (gold.parent / f"{gold.stem}.txt").exists()
    assert cells[5] == ("in repo" if has_text else "not in repo")
    if has_text:  # only open licences may ship their text
        assert any(word in source["licence"] for word in OPEN), source["licence"]
