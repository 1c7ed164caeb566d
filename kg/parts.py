"""The build's dumps as rows of parts, so that a delta build copies what did not change.

Each dump file is a multi-member gzip file (RFC 1952 2.2: gzip, zcat,
Python's gzip and ``curl --compressed`` read it whole), one member per part
of the dataset, and each member depends only on its part's text.  The parts:

- for the dataset formats (N-Quads, TriG): each document's graph, and runs
  of the lines of every other graph (``asserted``, ``statements``,
  ``inferred`` …), cut after a line whose digest ends in :data:`CUT_BITS`
  zero bits: a cut that depends on the text only, so that the runs a delta
  build did not change are cut alike and found again;
- for the graph formats (N-Triples, Turtle, JSON-LD), the union of the
  graphs: each document's graph (its triples are its own: every subject is
  the document, one of its sentences or one of its records, whose IRIs hold
  the document's key), then the other graphs' triples sorted and each once
  (``sort -u`` on disk), cut as above but never inside a subject's lines.

Turtle and TriG allow a prefix directive anywhere between statements, so
each member carries its own; the JSON-LD file is ``[``, then each member's
node objects each followed by a comma, then ``{}]`` (an empty node object,
which says nothing).  Blank node labels are kept as the text has them (the
build's are unique to the dataset), so one written in two members is one node.

The index (:data:`INDEX`, beside the build's store) lists every part of
every file: its graph, its digest, its lines, where its member lies and,
for the union's parts, its counts for the VoID description (triples by
property and class, subjects, entities, links to Wikidata: sums over the
parts, since no two parts share a subject).  A delta build
(:func:`write`'s ``previous``) copies the members of the documents it kept
and of every run whose digest the previous build already wrote, byte for
byte, and makes only the rest; the number of distinct objects, which is no
sum, is counted in the store (one ``COUNT(DISTINCT ?o)``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

import pyoxigraph as ox

from kg.dump import GZIP_LEVEL, MANIFEST, DumpFile, file_name, sort_unique
from kg.formats import by_name
from kg.iri import OWL, PREFIXES, RDF, WIKIDATA

INDEX = "dump-parts.json"
DATASET_FORMATS = ("nq", "trig")
GRAPH_FORMATS = ("nt", "ttl", "jsonld")
CUT_BITS = 11  # a run ends after ≈ 2,048 lines (≈ 300 kB of N-Quads)
_MASK = (1 << CUT_BITS) - 1
_JSONLD_HEAD, _JSONLD_TAIL = b"[", b"{}]"


@dataclass(slots=True)
class Part:
    """One part of one kind (``dataset`` or ``union``) as the index keeps it."""

    graph: str  # a document's graph; "" for a run of the other graphs
    digest: str
    lines: int
    members: dict[str, list[int]] = field(default_factory=dict)  # format → [offset, length]
    stats: dict[str, Any] = field(default_factory=dict)  # the union's parts: VoID counts
    source: Path | None = None  # the previous build's dumps folder, when copied from there

    def entry(self) -> dict[str, Any]:
        out: dict[str, Any] = {"graph": self.graph, "digest": self.digest, "lines": self.lines}
        out["members"] = self.members
        if self.stats:
            out["stats"] = self.stats
        return out


def _digest(text: bytes) -> str:
    return hashlib.blake2b(text, digest_size=16).hexdigest()


def _gzip(data: bytes) -> bytes:
    """One gzip member with no time stamp: the same text gives the same bytes."""
    return zlib.compress(data, GZIP_LEVEL, wbits=31)


def _dataset_members(text: bytes) -> dict[str, bytes]:
    quads = list(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    return {"nq": _gzip(text), "trig": _gzip(trig)}


def _union_members(text: bytes, space: bytes) -> tuple[dict[str, bytes], dict[str, Any]]:
    triples = list(ox.parse(text, format=ox.RdfFormat.N_TRIPLES))
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    nodes = (ox.serialize(triples, format=ox.RdfFormat.JSON_LD) or b"[]").strip()[1:-1]
    members = {"nt": _gzip(text), "ttl": _gzip(turtle), "jsonld": _gzip(nodes + b"," if nodes else b"")}
    return members, _counts(text, space)


_TYPE, _SAME_AS, _WIKIDATA = f"<{RDF}type>".encode(), f"<{OWL}sameAs>".encode(), f"<{WIKIDATA}".encode()


def _counts(text: bytes, space: bytes) -> dict[str, Any]:
    """The VoID counts of a run of sorted, distinct N-Triples lines (a
    subject's lines adjacent)."""
    properties: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    subjects = entities = links = 0
    last = b""
    for line in text.splitlines():
        subject, predicate, rest = line.split(b" ", 2)
        if subject != last:
            subjects += 1
            entities += subject.startswith(space)
            last = subject
        properties[predicate[1:-1].decode()] += 1
        obj = rest[:-2]
        if predicate == _TYPE and obj.startswith(b"<"):
            classes[obj[1:-1].decode()] += 1
        elif predicate == _SAME_AS and obj.startswith(_WIKIDATA):
            links += 1
    return {"p": dict(properties), "c": dict(classes), "s": subjects, "e": entities, "w": links}


class _Files:
    """The dump files being written: each format's partial file, its size,
    digest, and the parts' members in order (copied or made on a thread)."""

    def __init__(self, folder: Path, formats: tuple[str, ...], pool: ThreadPoolExecutor) -> None:
        self.folder, self.formats, self.pool = folder, formats, pool
        self.out: dict[str, BinaryIO] = {}
        self.size: dict[str, int] = {}
        self.sha: dict[str, Any] = {}
        for name in formats:
            self.out[name] = open(folder / (file_name(name) + ".part"), "wb", buffering=1 << 20)  # noqa: SIM115
            self.size[name], self.sha[name] = 0, hashlib.sha256()
        self.pending: deque[tuple[Part, str, Future[Any]]] = deque()
        self.parts: dict[str, list[Part]] = {"dataset": [], "union": []}
        self.sources: dict[tuple[Path, str], BinaryIO] = {}
        if "jsonld" in formats:
            self._append("jsonld", _gzip(_JSONLD_HEAD))

    def _append(self, name: str, member: bytes) -> list[int]:
        at = self.size[name]
        self.out[name].write(member)
        self.sha[name].update(member)
        self.size[name] += len(member)
        return [at, len(member)]

    def made(self, kind: str, part: Part, work: Callable[[], Any]) -> None:
        self.pending.append((part, kind, self.pool.submit(work)))
        while len(self.pending) > 4 * (os.cpu_count() or 2):
            self._drain()

    def copied(self, kind: str, part: Part) -> None:
        """A part of the previous build's files: its members read back as they were."""
        future: Future[Any] = Future()
        members = {}
        assert part.source is not None
        for name, (at, length) in part.members.items():
            if name in self.formats:
                key = (part.source, name)
                if key not in self.sources:
                    self.sources[key] = open(part.source / file_name(name), "rb")  # noqa: SIM115
                members[name] = os.pread(self.sources[key].fileno(), length, at)
        future.set_result((members, part.stats))
        self.pending.append((part, kind, future))

    def _drain(self) -> None:
        part, kind, future = self.pending.popleft()
        result = future.result()
        members, stats = result if isinstance(result, tuple) else (result, part.stats)
        part.members = {name: self._append(name, members[name]) for name in self.formats if name in members}
        part.stats, part.source = stats, None
        self.parts[kind].append(part)

    def close(self) -> dict[str, tuple[int, str]]:
        """Every member written, the JSON-LD's end; each file's size and SHA-256."""
        while self.pending:
            self._drain()
        if "jsonld" in self.formats:
            self._append("jsonld", _gzip(_JSONLD_TAIL))
        for handle in self.sources.values():
            handle.close()
        out = {}
        for name, handle in self.out.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self.folder / (file_name(name) + ".part"), self.folder / file_name(name))
            out[name] = (self.size[name], self.sha[name].hexdigest())
        return out


def _runs(lines: Iterator[bytes], whole_subjects: bool = False) -> Iterator[bytes]:
    """Lines in runs cut after a line whose CRC ends in :data:`CUT_BITS` zero
    bits (with ``whole_subjects``, only where the next line's subject differs)."""
    run: list[bytes] = []
    cut = False
    last = b""
    for line in lines:
        if cut and whole_subjects:
            subject = line[: line.find(b" ")]
            if subject != last:
                yield b"".join(run)
                run, cut = [], False
        elif cut:
            yield b"".join(run)
            run, cut = [], False
        run.append(line)
        if whole_subjects:
            last = line[: line.find(b" ")]
        if not zlib.crc32(line) & _MASK:
            cut = True
    if run:
        yield b"".join(run)


def _graph_of(line: bytes) -> tuple[bytes, int]:
    """The graph IRI of an N-Quads line of the build's text (every quad in a
    named graph) and where the triple ends."""
    cut = line.rfind(b" <", 0, len(line) - 3)
    return line[cut + 2 : line.rfind(b">")], cut


def write(
    text: Path,
    folder: Path,
    base: str,
    count_objects: Callable[[], int],
    previous: Path | None = None,
    dropped: frozenset[str] = frozenset(),
    seconds: dict[str, float] | None = None,
) -> tuple[list[DumpFile], dict[str, Any], dict[str, Any]]:
    """Every dump format into ``folder`` (with the manifest), from ``text``,
    the build's N-Quads (every quad in a named graph, each graph's lines
    together); the VoID counts; the index (see the module's text).

    ``previous``, a delta build's: the previous build's index and its dumps
    folder beside it.  Its documents' graphs that ``text`` does not hold and
    ``dropped`` does not name are kept (their members copied); every other
    part is made from ``text``, or copied when the previous build wrote one
    of the same digest.  ``count_objects`` counts the distinct objects of
    the whole dataset (in the store)."""
    started = time.perf_counter()
    timing = seconds if seconds is not None else {}
    folder.mkdir(parents=True, exist_ok=True)
    documents = (base + "graph/document/").encode()
    space = b"<" + (base.rstrip("/") + "/id/").encode()
    old: dict[str, list[Part]] = {"dataset": [], "union": []}
    if previous is not None:
        index = json.loads(previous.read_text(encoding="utf-8"))
        for kind in old:
            old[kind] = [
                Part(
                    e["graph"],
                    e["digest"],
                    e["lines"],
                    e["members"],
                    e.get("stats", {}),
                    previous.parent / "dumps",
                )
                for e in index[kind]
            ]
    known = {kind: {p.digest: p for p in parts} for kind, parts in old.items()}
    formats = (*DATASET_FORMATS, *GRAPH_FORMATS)
    graphs: Counter[str] = Counter()
    with (
        ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1), thread_name_prefix="ckg-parts") as pool,
        tempfile.TemporaryDirectory(prefix=".ckg-union-", dir=folder) as scratch,
    ):
        files = _Files(folder, formats, pool)
        shared = Path(scratch) / "shared.nt"
        in_text: set[str] = set()

        def part(kind: str, graph: str, body: bytes, lines: int) -> None:
            digest = _digest(body)
            seen = known[kind].get(digest)
            if seen is not None:
                files.copied(kind, Part(graph, digest, lines, seen.members, seen.stats, seen.source))
            elif kind == "dataset":
                files.made(kind, Part(graph, digest, lines), lambda: _dataset_members(body))
            else:
                files.made(kind, Part(graph, digest, lines), lambda: _union_members(body, space))

        # The text: a document's graph is a part of each kind; the other graphs are
        # cut into runs, and their triples go to the shared union.
        with open(text, "rb") as lines_in, open(shared, "wb") as union_out:
            current, block = b"", cast(list[bytes], [])

            def flush_block() -> None:
                if not block:
                    return
                name = current.decode()
                graphs[name] += len(block)
                in_text.add(name)
                if current.startswith(documents):
                    body = b"".join(block)
                    part("dataset", name, body, len(block))
                    triples = sorted({line[: _graph_of(line)[1]] + b" .\n" for line in block})
                    part("union", name, b"".join(triples), len(triples))
                else:
                    for run in _runs(iter(block)):
                        part("dataset", "", run, run.count(b"\n"))
                    for line in block:
                        union_out.write(line[: _graph_of(line)[1]] + b" .\n")
                block.clear()

            for line in lines_in:
                if not line.strip():
                    continue
                graph, _ = _graph_of(line)
                if graph != current:
                    flush_block()
                    current = graph
                block.append(line)
            flush_block()
        # The documents the delta build kept, as the previous build wrote them.
        for kind in ("dataset", "union"):
            for kept in old[kind]:
                if kept.graph and kept.graph not in in_text and kept.graph not in dropped:
                    files.copied(kind, kept)
                    if kind == "dataset":
                        graphs[kept.graph] += kept.lines
        timing["documents"] = round(time.perf_counter() - started, 3)
        ordered = Path(scratch) / "shared.sorted.nt"
        sort_unique(shared, ordered, Path(scratch) / "sort")  # its own folder: sort_unique removes it
        with open(ordered, "rb") as union_in:
            for run in _runs(union_in, whole_subjects=True):
                part("union", "", run, run.count(b"\n"))
        made = files.close()
    objects = count_objects()
    timing["total"] = round(time.perf_counter() - started, 3)
    dataset_lines = sum(p.lines for p in files.parts["dataset"])
    union_lines = sum(p.lines for p in files.parts["union"])
    entries = []
    for name in formats:
        fmt = by_name(name)
        size, sha = made[name]
        count = dataset_lines if fmt.kind == "dataset" else union_lines
        entries.append(
            DumpFile(file_name(name), fmt.name, fmt.media_type, fmt.kind, size, count, sha, time.time())
        )
    (folder / MANIFEST).write_text(json.dumps([asdict(e) for e in entries], indent=2), encoding="utf-8")
    void = _void(files.parts["union"], base, objects, graphs)
    index = {kind: [p.entry() for p in parts] for kind, parts in files.parts.items()}
    return entries, void, index


def _void(parts: list[Part], base: str, objects: int, graphs: Counter[str]) -> dict[str, Any]:
    properties: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    subjects = entities = links = 0
    for p in parts:
        properties.update(p.stats.get("p", {}))
        classes.update(p.stats.get("c", {}))
        subjects += p.stats.get("s", 0)
        entities += p.stats.get("e", 0)
        links += p.stats.get("w", 0)
    return {
        "triples": sum(properties.values()),
        "distinctSubjects": subjects,
        "distinctObjects": objects,
        "properties": len(properties),
        "classes": len(classes),
        "entities": entities,
        "uriSpace": base.rstrip("/") + "/id/",
        "wikidataLinks": links,
        "classPartitions": [{"class": c, "entities": n} for c, n in sorted(classes.items())],
        "propertyPartitions": [{"property": p, "triples": n} for p, n in sorted(properties.items())],
        "graphs": [{"graph": g, "triples": n} for g, n in sorted(graphs.items())],
    }
