"""Incremental builds: a rebuild re-reads only the documents that changed
(the extraction cache, keyed by content and by the extraction code's
version), and the store it makes is the one a full build would make."""

from __future__ import annotations

import importlib.util
import pickle
import sys
from pathlib import Path

import pytest

from kg import store as kgstore
from kg.build import build, cache_dir
from kg.cache import ExtractionCache, code_version, content_key
from kg.settings import Settings

SCRIPT = Path(__file__).parents[1] / "bench" / "generate_corpus.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("generate_corpus_incremental", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("corpus")
    module.generate(6, 11, folder)
    return folder


def quads(root: Path) -> set[str]:
    """The store's quads, but for the ontology's blank nodes (labelled afresh by each parse)."""
    return {str(q) for q in kgstore.current(root).open() if "_:" not in str(q)}


def settings(root: Path) -> Settings:
    return Settings.load(environ={}, store=root)


def test_a_rebuild_extracts_only_what_changed_and_equals_a_full_build(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    first = build([corpus], settings(root), dumps=False)
    assert (first.extracted, first.from_cache) == (6, 0)
    same = build([corpus], settings(root), dumps=False)
    assert (same.extracted, same.from_cache) == (0, 6)
    assert same.quads == first.quads

    changed = sorted(corpus.glob("*.txt"))[2]
    original = changed.read_bytes()
    try:
        changed.write_bytes(original + b"\nOn 3 March 2024, Armenia and Azerbaijan met in Brussels.\n")
        again = build([corpus], settings(root), dumps=False)
        assert (again.extracted, again.from_cache) == (1, 5)
        assert any("3 March 2024" in q for q in quads(root))
        fresh = tmp_path / "fresh"
        build([corpus], settings(fresh), cache=False, dumps=False)
        assert quads(root) == quads(fresh)
        assert not (fresh / "cache").exists()
    finally:
        changed.write_bytes(original)


def test_a_changed_sidecar_counts_as_a_change(corpus: Path, tmp_path: Path) -> None:
    path = sorted(corpus.glob("*.txt"))[0]
    sidecar = path.with_name(path.stem + ".meta.toml")
    before = content_key(path)
    original = sidecar.read_bytes()
    try:
        sidecar.write_bytes(original.replace(b'date = "', b'date = "1'))
        assert content_key(path) != before
    finally:
        sidecar.write_bytes(original)
    assert content_key(path) == before


def test_a_removed_document_leaves_the_store(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    files = sorted(corpus.glob("*.txt"))
    build(files, settings(root), dumps=False)
    report = build(files[1:], settings(root), dumps=False)
    assert (report.extracted, report.from_cache) == (0, 5)
    gone = files[0].stem
    assert not any(gone in g.value for g in kgstore.current(root).open().named_graphs())


def test_entries_of_another_code_version_are_neither_used_nor_kept(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    build([corpus], settings(root), dumps=False)
    folder = cache_dir(root)
    assert [p.name for p in folder.iterdir()] == [code_version()]
    path = sorted(corpus.glob("*.txt"))[0]
    assert ExtractionCache(folder).get(content_key(path), path) is not None
    assert ExtractionCache(folder, version="rules-changed").get(content_key(path), path) is None
    stale = folder / "0123456789abcdef"
    stale.mkdir()
    ExtractionCache(folder).prune()
    assert not stale.exists()


def test_a_damaged_cache_entry_is_extracted_again(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    build([corpus], settings(root), dumps=False)
    entries = sorted(cache_dir(root).rglob("*.pickle"))
    assert len(entries) == 6
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(pickle.dumps({"not": "an extraction"}))
    report = build([corpus], settings(root), dumps=False)
    assert (report.extracted, report.from_cache) == (2, 4)
    assert not report.problems or all("no entity" not in p for p in report.problems)


def test_a_moved_corpus_is_still_found_in_the_cache(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    build([corpus], settings(root), dumps=False)
    moved = tmp_path / "moved"
    moved.mkdir()
    for path in corpus.iterdir():
        (moved / path.name).write_bytes(path.read_bytes())
    report = build([moved], settings(root), dumps=False)
    assert report.from_cache == 6
    assert all(d.startswith(str(moved)) for d in report.documents)
