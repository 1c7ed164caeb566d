"""Delta builds: a rebuild made from a copy of the served store, proportional to the change.

A full build records, beside its store, what a later build needs to redo
only what changed:

- ``documents.json`` (:class:`Manifest`): the build's :func:`build_key` and,
  for each document in the store, its content key (:func:`kg.cache.content_key`),
  document key, named graph, the lexicon entities it uses, its statement
  count, its report lines and the statements each curation retraction hit;
- ``facts.nq``: each document's asserted facts (the domain and ``rdfs:label``
  triples the reasoner and the shapes read) and the ``rdf:Statement`` quads
  of every fact it reports, as N-Quads in its graph;
- ``inferred.nt``: the graph ``inferred``, as N-Triples;
- ``shared.nq``: the graphs ``asserted`` and ``statements``, which every
  document feeds (see :mod:`kg.provenance`), as N-Quads.

When the next build's key is the same (same extraction code and lexicon,
assembly and reasoning code, ontology, curation files, base IRI and
reasoner), :func:`plan` compares the documents by content key: the kept
ones are neither read nor assembled again; the build copies the served store
(``Store.backup``: a RocksDB checkpoint, hard links), drops the graphs of the
changed and removed documents and the graphs that depend on every document
(``curated``, ``lexicon``), loads the new documents' graphs, changes the
graphs ``asserted`` and ``statements`` by the difference from ``shared.nq``, reasons again
over every document's facts (kept ones read from ``facts.nq``) and changes
the graph ``inferred`` by the difference from ``inferred.nt``.  The store it
makes holds the same quads as a full build of the same documents
(``tests/test_incremental.py`` compares them).  When the delta is not safe
or not worth it, :func:`plan` says why and the build is full.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import store
from kg.cache import code_version, content_key

FORMAT = 1
MANIFEST = "documents.json"
FACTS = "facts.nq"
INFERRED = "inferred.nt"
SHARED = "shared.nq"
MAX_CHANGED = 0.5  # above this share of changed documents, a full build is as cheap
# What the quads of a build depend on besides the documents: the code that
# assembles, mints, reasons and writes (the extraction code is code_version()).
_CODE = (
    "assemble.py",
    "build.py",
    "delta.py",
    "iri.py",
    "provenance.py",
    "reason.py",
    "rules.py",
    "settings.py",
)


def build_key(base_iri: str, reasoner: str, ontology: list[Path], curation: list[Path]) -> str:
    """A hash of everything but the documents that a build's quads depend on."""
    digest = hashlib.sha256(f"{FORMAT}\0{code_version()}\0{base_iri}\0{reasoner}\0".encode())
    here = Path(__file__).parent
    for path in [*(here / name for name in _CODE), *ontology, *curation]:
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


@dataclass(slots=True)
class Entry:
    """One document of a build, as :data:`MANIFEST` records it."""

    content: str  # content key
    key: str  # document key
    graph: str  # its named graph
    statements: int
    entities: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # report lines, without the leading path
    problems: list[str] = field(default_factory=list)
    retracted: list[int] = field(default_factory=list)  # statements hit by each curation retraction


@dataclass(slots=True)
class Manifest:
    key: str
    documents: list[Entry]

    def write(self, folder: Path) -> None:
        data = {
            "format": FORMAT,
            "key": self.key,
            "documents": [
                {name: getattr(entry, name) for name in Entry.__slots__} for entry in self.documents
            ],
        }
        (folder / MANIFEST).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            return cls(data["key"], [Entry(**entry) for entry in data["documents"]])
        except (OSError, ValueError, KeyError, TypeError):
            return None


@dataclass(slots=True)
class Plan:
    """What a delta build keeps of the previous build and what it redoes."""

    previous: store.Build
    manifest: Manifest
    kept: dict[int, Entry]  # position in the build's file list -> the previous build's entry
    todo: list[int]  # positions of the documents to extract (changed or new)
    dropped: list[str]  # graphs of the previous build's documents that are changed or removed
    removed: int = 0  # documents of the previous build that are gone or changed


def plan(root: Path, files: list[Path], key: str) -> Plan | str:
    """A delta plan for building ``files`` over the store at ``root``, or why there is none."""
    try:
        previous = store.current(root)
    except store.StoreError:
        return "no previous build"
    manifest = Manifest.read(previous.path)
    if manifest is None or not all((previous.path / name).is_file() for name in (FACTS, INFERRED, SHARED)):
        return "the previous build has no document manifest (made by an older version, or loaded)"
    if manifest.key != key:
        return "the code, ontology, curation or settings changed since the previous build"
    by_content = {entry.content: entry for entry in manifest.documents}
    if len(by_content) != len(manifest.documents):
        return "the previous build holds the same document twice"
    kept: dict[int, Entry] = {}
    todo: list[int] = []
    used: set[str] = set()
    for position, path in enumerate(files):
        try:
            content = content_key(path)
        except OSError:
            todo.append(position)  # the reader will say what is wrong
            continue
        entry = by_content.get(content)
        if entry is not None and content in used:
            return "the same document is given twice"
        if entry is None:
            todo.append(position)
        else:
            kept[position] = entry
            used.add(content)
    if len({entry.key for entry in kept.values()}) != len(kept):
        return "two documents have the same key"
    if len(todo) > MAX_CHANGED * max(1, len(files)):
        return f"{len(todo)} of {len(files)} documents changed or new: a full build is as fast"
    kept_contents = {entry.content for entry in kept.values()}
    dropped = [entry.graph for entry in manifest.documents if entry.content not in kept_contents]
    if len(dropped) > MAX_CHANGED * max(1, len(manifest.documents)):
        # Each graph dropped costs a RocksDB deletion of its quads (≈ 40 ms a document).
        return (
            f"{len(dropped)} of the previous build's {len(manifest.documents)} documents removed or changed"
        )
    return Plan(previous, manifest, kept, todo, dropped, removed=len(dropped))


_HITS = re.compile(r"\((\d+) statements?\)$")


def retraction_hits(lines: list[str], retractions: int) -> list[int]:
    """The hit counts in the first ``retractions`` report lines of
    :func:`loaders.curation.apply_curation` (``retracted … (N statements)``)."""
    hits = []
    for line in lines[:retractions]:
        match = _HITS.search(line)
        if match is None:
            raise ValueError(f"curation report line not understood: {line!r}")
        hits.append(int(match.group(1)))
    return hits


def curation_lines(lines: list[str], hits: list[int]) -> list[str]:
    """``lines`` (made for no document) with each retraction's total hits put in."""
    out = list(lines)
    for i, count in enumerate(hits):
        out[i] = _HITS.sub(f"({count} statement{'s' if count != 1 else ''})", out[i])
    return out


def kept_facts(folder: Path, dropped: set[str]) -> bytes:
    """The lines of the previous build's :data:`FACTS` whose graph is not in ``dropped``."""
    data = (folder / FACTS).read_bytes()
    if not dropped:
        return data
    tails = {f" <{graph}> .".encode() for graph in dropped}
    return b"".join(
        line for line in data.splitlines(keepends=True) if line[line.rfind(b" <") : -1] not in tails
    )


def entry_for(
    content: str, document: Any, graph: str, statements: int, lines: list[str], problems: list[str]
) -> Entry:
    """An :class:`Entry` for a document at ``document.path`` (report lines kept without the path)."""
    prefix = document.path
    return Entry(
        content=content,
        key=document.key,
        graph=graph,
        statements=statements,
        notes=[line[len(prefix) :] for line in lines if line.startswith(prefix)],
        problems=[line[len(prefix) :] for line in problems if line.startswith(prefix)],
    )
