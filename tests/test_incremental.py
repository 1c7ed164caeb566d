"""Incremental builds: a rebuild re-reads only the documents that changed
(the extraction cache, keyed by content and by the extraction code's
version), and the store it makes is the one a full build would make."""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg import delta, parts
from kg import store as kgstore
from kg.build import build, cache_dir
from kg.cache import ExtractionCache, code_version, content_key
from kg.settings import Settings
from loaders import DocumentError, extract, load_lexicon, read_documents


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, bench_script: Callable[[str], ModuleType]) -> Path:
    module = bench_script("generate_corpus")
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
    # A delta build reads no cache entry of the documents it keeps ...
    report = build([corpus], settings(root), dumps=False)
    assert report.mode.startswith("delta build") and (report.extracted, report.from_cache) == (0, 6)
    # ... a full build reads them all, and extracts the damaged ones again.
    (kgstore.current(root).path / delta.MANIFEST).unlink()
    report = build([corpus], settings(root), dumps=False)
    assert (
        report.mode
        == "full build: the previous build has no document manifest (made by an older version, or loaded)"
    )
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


# Delta builds (kg.delta): a copy of the served store with only the changed documents redone.

_REPORTED = (
    "documents",
    "statements",
    "asserted",
    "inferred",
    "quads",
    "graphs",
    "curation",
    "problems",
    "notes",
)


def _copy(corpus: Path, folder: Path) -> Path:
    folder.mkdir()
    for path in corpus.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _same_as_full(root: Path, paths: list[Path], tmp_path: Path, report: object) -> None:
    """The delta-built store equals a full build of the same documents (quads and report)."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    full = build(paths, settings(fresh), cache=False, dumps=False)
    assert full.mode == "full build: the extraction cache is off"
    assert quads(root) == quads(fresh)
    assert {name: getattr(report, name) for name in _REPORTED} == {
        name: getattr(full, name) for name in _REPORTED
    }


def test_a_delta_build_after_changing_adding_and_removing_documents_equals_a_full_build(
    corpus: Path, tmp_path: Path
) -> None:
    folder = _copy(corpus, tmp_path / "docs")
    root = tmp_path / "store"
    first = build([folder], settings(root), dumps=False)
    assert first.mode == "full build: no previous build"
    before = kgstore.current(root)
    files = sorted(folder.glob("*.txt"))
    files[1].write_bytes(
        files[1].read_bytes() + b"\nOn 3 March 2024, Armenia and Azerbaijan met in Brussels.\n"
    )
    files[3].unlink()
    files[3].with_name(files[3].stem + ".meta.toml").unlink()
    (folder / "en-added.txt").write_text(
        "Azerbaijan and Armenia signed a peace treaty in Washington on 8 August 2025.\n", encoding="utf-8"
    )
    report = build([folder], settings(root), dumps=False)
    assert report.mode.startswith("delta build: 2 documents new or changed, 2 of the previous build's")
    assert (report.extracted, report.from_cache) == (2, 4)
    assert set(report.timings) >= {"copy", "assemble", "write", "reason", "validate"}
    assert kgstore.current(root).id != before.id
    assert before.open() is not None and len(before.open()) == first.quads  # the served build untouched
    assert any("en-added" in g.value for g in kgstore.current(root).open().named_graphs())
    assert not any(files[3].stem in g.value for g in kgstore.current(root).open().named_graphs())
    _same_as_full(root, [folder], tmp_path, report)
    # A second delta, from a delta-built store, with nothing changed: same store again.
    again = build([folder], settings(root), dumps=False)
    assert again.mode.startswith("delta build: 0 documents new or changed, 0 of")
    _same_as_full(root, [folder], tmp_path, again)


def test_a_delta_build_keeps_the_curation_of_the_documents_it_keeps(corpus: Path, tmp_path: Path) -> None:
    folder = _copy(corpus, tmp_path / "docs")
    files = sorted(folder.glob("*.txt"))
    lexicon = load_lexicon()
    facts = [
        st
        for path in files
        for document in read_documents([path])
        if not isinstance(document, DocumentError)
        for st in extract(document, lexicon).statements
        if st.modality == "asserted" and st.kind == "entity"
    ]
    assert facts, "the generated corpus states no fact between two entities"
    fact = facts[0]
    (folder / "curation.toml").write_text(
        f'[[retract]]\nsubject = "{fact.subject}"\nrelation = "{fact.relation}"\nobject = "{fact.object}"\n'
        f'[[add]]\nsubject = "{fact.subject}"\nrelation = "{fact.relation}"\nobject = "{fact.object}"\n'
        'note = "checked by hand"\n',
        encoding="utf-8",
    )
    root = tmp_path / "store"
    first = build([folder], settings(root), dumps=False)
    assert first.curation[0].startswith(f"retracted {fact.subject} {fact.relation} {fact.object} (")
    assert not first.curation[0].endswith("(0 statements)")
    changed = next(p for p in files if fact.document not in p.name)
    changed.write_bytes(changed.read_bytes() + b"\nThe talks were described as constructive.\n")
    report = build([folder], settings(root), dumps=False)
    assert report.mode.startswith("delta build: 1 documents new or changed")
    assert report.curation == first.curation
    _same_as_full(root, [folder], tmp_path, report)
    # Curation edited: the retraction may hit any kept document, so the build is full.
    (folder / "curation.toml").write_text("", encoding="utf-8")
    report = build([folder], settings(root), dumps=False)
    assert (
        report.mode == "full build: the code, ontology, curation or settings changed since the previous build"
    )
    _same_as_full(root, [folder], tmp_path, report)


def test_a_failed_delta_build_leaves_the_served_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(corpus, tmp_path / "docs")
    root = tmp_path / "store"
    build([folder], settings(root), dumps=False)
    served = kgstore.current(root)
    path = sorted(folder.glob("*.txt"))[0]
    path.write_bytes(path.read_bytes() + b"\nThe talks were described as constructive.\n")

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("kg.build._Loader.put", broken)
    with pytest.raises(OSError, match="disk full"):
        build([folder], settings(root), dumps=False)
    assert kgstore.current(root) == served
    assert [p.name for p in (root / "builds").iterdir()] == [served.id]
    monkeypatch.undo()
    assert build([folder], settings(root), dumps=False).mode.startswith("delta build: 1 documents")


def test_too_many_changes_or_no_cache_make_a_full_build(corpus: Path, tmp_path: Path) -> None:
    folder = _copy(corpus, tmp_path / "docs")
    root = tmp_path / "store"
    build([folder], settings(root), dumps=False)
    assert (
        build([folder], settings(root), cache=False, dumps=False).mode
        == "full build: the extraction cache is off"
    )
    for path in sorted(folder.glob("*.txt"))[:4]:
        path.write_bytes(path.read_bytes() + b"\nThe talks were described as constructive.\n")
    report = build([folder], settings(root), dumps=False)
    assert report.mode == "full build: 4 of 6 documents changed or new: a full build is as fast"
    report = build(sorted(folder.glob("*.txt"))[:2], settings(root), dumps=False)
    assert report.mode == "full build: 4 of the previous build's 6 documents removed or changed"


def test_compiled_rules_are_kept_on_disk_and_a_damaged_copy_is_compiled_again(
    corpus: Path, tmp_path: Path
) -> None:
    from kg.assemble import assemble
    from kg.extraction import extract_all
    from kg.iri import Minter
    from kg.reason import compiled_rules, load_ontology, reason_rules
    from kg.resources import ontology_files

    minter = Minter(settings(tmp_path).base_iri)
    domain = assemble(
        extract_all(sorted(corpus.glob("*.txt")), None, 1).extractions, minter, load_lexicon()
    ).domain

    def inferred(rules: object) -> object:
        return reason_rules(rules, domain, minter.base + "id/").inferred  # type: ignore[arg-type]

    fresh = compiled_rules(load_ontology(ontology_files()))
    assert inferred(fresh)
    compiled_rules(load_ontology(ontology_files()), tmp_path)
    (entry,) = tmp_path.glob("rules-*.pickle")
    kept = compiled_rules(load_ontology(ontology_files()), tmp_path)  # a new parse: new blank-node labels
    assert kept is not fresh and inferred(kept) == inferred(fresh)
    assert list(tmp_path.glob("rules-*.pickle")) == [entry]
    entry.write_bytes(b"damaged")
    assert inferred(compiled_rules(load_ontology(ontology_files()), tmp_path)) == inferred(fresh)
    assert entry.read_bytes() != b"damaged"


def _dumped(root: Path) -> tuple[dict[str, object], dict[str, object]]:
    """Every dump file of the served build, parsed (its statements without a
    blank node, and how many have one; the N-Quads file's lines with blank
    node labels aside), its manifest's counts, and the VoID counts."""
    import gzip
    import re

    import pyoxigraph as ox

    from kg.formats import by_name

    build_dir = kgstore.current(root).path
    files: dict[str, object] = {}
    for entry in json.loads((build_dir / "dumps" / "dumps.json").read_text()):
        text = gzip.decompress((build_dir / "dumps" / entry["file"]).read_bytes())
        rdf = by_name(entry["format"]).rdf
        assert rdf is not None
        parsed = list(ox.parse(text, format=rdf))  # every format parses, JSON-LD's closing {} too
        plain = {q for q in parsed if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))}
        files[entry["file"]] = (entry["triples"], len(parsed), len(set(parsed)), plain)
        if entry["format"] == "nq":
            files["nq lines"] = sorted(re.sub(rb"_:[A-Za-z0-9]+", b"_:b", text).splitlines())
    void = json.loads((build_dir / "build.json").read_text())["void"]
    return files, void


def test_a_delta_build_dumps_what_a_full_build_dumps(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A delta build writes its dumps from the previous build's parts and its
    own text (no scan of the store), copying the members of the documents it
    kept: the same statements, in every format, and counts as a full build's."""
    folder = _copy(corpus, tmp_path / "docs")
    root = tmp_path / "store"
    build([folder], settings(root))
    files = sorted(folder.glob("*.txt"))
    files[1].write_bytes(
        files[1].read_bytes() + b"\nOn 3 March 2024, Armenia and Azerbaijan met in Brussels.\n"
    )
    files[2].unlink()
    files[2].with_name(files[2].stem + ".meta.toml").unlink()
    made: list[bytes] = []  # the documents' graphs whose members the delta build makes
    real = parts._dataset_members

    def spy(text: bytes, *parsed: Any) -> dict[str, bytes]:
        if b"/graph/document/" in text[: text.find(b"\n")]:
            made.append(text[text.rfind(b"<", 0, text.find(b"\n")) :].split(b">")[0])
        return real(text, *parsed)

    monkeypatch.setattr(parts, "_dataset_members", spy)
    report = build([folder], settings(root))
    assert report.mode.startswith("delta build")
    monkeypatch.undo()
    full = tmp_path / "full"
    build([folder], settings(full), cache=False)
    assert _dumped(root) == _dumped(full)
    # The kept documents' members were copied from the previous files: only the changed one was made.
    assert [m.rsplit(b"/", 1)[-1] for m in made] == [files[1].stem.encode()]


def test_a_delta_build_after_a_build_with_no_index_of_parts_dumps_the_same(
    corpus: Path, tmp_path: Path
) -> None:
    """A build made before the dumps had parts (no index) is read whole by the next delta."""
    folder = _copy(corpus, tmp_path / "docs")
    root = tmp_path / "store"
    build([folder], settings(root))
    (kgstore.current(root).path / parts.INDEX).unlink()
    files = sorted(folder.glob("*.txt"))
    files[0].write_bytes(
        files[0].read_bytes() + b"\nOn 3 March 2024, Armenia and Azerbaijan met in Brussels.\n"
    )
    report = build([folder], settings(root))
    assert report.mode.startswith("delta build")
    full = tmp_path / "full"
    build([folder], settings(full), cache=False)
    assert _dumped(root) == _dumped(full)


def test_the_dumps_made_in_processes_are_the_bytes_made_in_threads(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large build makes its dumps' parts in processes, from the text cut
    into chunks as it is written: the same files, index and counts as one
    made in the build's own threads, in a full build and in a delta."""
    import gzip

    root = tmp_path / "store"
    build([corpus], settings(root))
    built = kgstore.current(root).path
    text = tmp_path / "text.nq"  # a full build's N-Quads dump: its text, in its order
    text.write_bytes(gzip.decompress((built / "dumps" / "caucasus-kg.nq.gz").read_bytes()))
    monkeypatch.setattr(parts, "CHUNK", 64 << 10)  # many chunks, cut inside the shared graphs too
    made = {}
    for processes in (0, 2):
        folder = tmp_path / f"dumps-{processes}"
        seconds: dict[str, float] = {}
        files, void, index = parts.write(
            text, folder, "https://w3id.org/caucasus-kg/", lambda: 7, processes=processes, seconds=seconds
        )
        made[processes] = ([(f.file, f.bytes, f.triples, f.sha256) for f in files], void, index)
        again = parts.write(
            text,
            tmp_path / f"again-{processes}",
            "https://w3id.org/caucasus-kg/",
            lambda: 7,
            previous=built / parts.INDEX,
            processes=processes,
        )
        assert again[2] == index  # a delta's copies are the parts it would make
    assert made[0] == made[2]
    assert len(made[0][2]["dataset"]) > 10
    assert made[0][0] == [
        (f["file"], f["bytes"], f["triples"], f["sha256"])
        for f in json.loads((built / "dumps" / "dumps.json").read_text())
    ]


def test_a_build_whose_dumps_are_made_in_processes_dumps_what_one_in_threads_does(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build's own use of the makers' processes, full and delta."""
    folder = _copy(corpus, tmp_path / "docs")
    threads = tmp_path / "threads"
    build([folder], settings(threads))
    monkeypatch.setattr(parts, "MIN_PROCESS_DOCUMENTS", 1)
    monkeypatch.setattr(parts, "CHUNK", 64 << 10)
    root = tmp_path / "store"
    report = build([folder], settings(root))
    assert report.cpu.get("dump makers", 0) > 0
    assert _dumped(root) == _dumped(threads)
    files = sorted(folder.glob("*.txt"))
    files[1].write_bytes(
        files[1].read_bytes() + b"\nOn 3 March 2024, Armenia and Azerbaijan met in Brussels.\n"
    )
    assert build([folder], settings(root)).mode.startswith("delta build")
    monkeypatch.undo()
    full = tmp_path / "full"
    build([folder], settings(full), cache=False)
    assert _dumped(root) == _dumped(full)
