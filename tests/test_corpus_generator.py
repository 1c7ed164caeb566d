"""The benchmark corpus generator (bench/generate_corpus.py): reproducible from
its seed, realistic enough for the extraction to find facts in every
article, and fed by the lexicon data files."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from loaders import extract, load_lexicon, read_documents

SCRIPT = Path(__file__).parents[1] / "bench" / "generate_corpus.py"


@pytest.fixture(scope="module")
def generator(bench_script: Callable[[str], ModuleType]) -> ModuleType:
    return bench_script("generate_corpus")


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_same_seed_gives_the_same_corpus_and_documents_do_not_depend_on_its_size(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.generate(6, 7, tmp_path / "a")
    generator.generate(6, 7, tmp_path / "b")
    generator.generate(3, 7, tmp_path / "c")
    generator.generate(3, 7, tmp_path / "c", start=3)
    generator.generate(6, 8, tmp_path / "d")
    assert contents(tmp_path / "a") == contents(tmp_path / "b") == contents(tmp_path / "c")
    assert contents(tmp_path / "a") != contents(tmp_path / "d")


def test_articles_are_about_5_kb_in_both_languages_with_sidecars(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.generate(40, 1, tmp_path)
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == 40
    languages = set()
    for text in texts:
        assert 4_500 <= text.stat().st_size <= 9_000, text.name
        meta = tomllib.loads(text.with_name(text.stem + ".meta.toml").read_text(encoding="utf-8"))
        assert meta["language"] in ("tr", "en") and len(meta["date"]) == 10 and meta["title"]
        languages.add(meta["language"])
    assert languages == {"tr", "en"}


def test_turkish_names_carry_case_suffixes_in_every_apostrophe_variant(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.generate(40, 3, tmp_path)
    turkish = " ".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("tr-*.txt"))
    assert "'" in turkish and "’" in turkish
    # some state's Turkish name with a case suffix after an apostrophe of either kind (which states
    # the generator draws depends on the lexicon, so no one name is asserted)
    assert re.search(
        r"\b(?:Rusya|Türkiye|Azerbaycan|Ermenistan|İran|Gürcistan|Kazakistan)['’](?:n[ıi]n|y[ae]|d[ae])\b",
        turkish,
    )
    assert generator.suffix("Erivan", "loc") == "da" and generator.suffix("Bakü", "gen") == "nün"


def test_the_extraction_finds_facts_in_every_article(generator: ModuleType, tmp_path: Path) -> None:
    generator.generate(12, 5, tmp_path)
    lexicon = load_lexicon()
    for document in read_documents([tmp_path]):
        assert not hasattr(document, "reason"), document
        extraction = extract(document, lexicon)  # type: ignore[arg-type]
        assert len(extraction.mentions) >= 10, document.path  # type: ignore[union-attr]
        assert {s.relation for s in extraction.statements} >= {"participant"}, document.path  # type: ignore[union-attr]


def test_names_come_from_the_lexicon_files(generator: ModuleType, tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    states = "".join(
        f'[[entity]]\nkey = "s{i}"\ntype = "State"\nen = ["Freedonia{i}"]\ntr = ["Freedonya{i}"]\n\n'
        for i in range(4)
    )
    (lexicon / "states.toml").write_text(states, encoding="utf-8")
    generator.generate(5, 1, tmp_path / "out", lexicon_dir=lexicon)
    text = " ".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.txt"))
    assert "Freedonia" in text or "Freedonya" in text
    assert "Azerbaijan" not in text and "Azerbaycan" not in text


def test_the_command_line_checks_its_arguments(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, str(SCRIPT), "--docs", "2", "--seed", "1", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert len(list(tmp_path.glob("*.meta.toml"))) == 2 and "wrote 2 documents" in ok.stderr
    bad = subprocess.run(
        [sys.executable, str(SCRIPT), "--docs", "0", "--out", str(tmp_path)], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "--docs 0" in bad.stderr
