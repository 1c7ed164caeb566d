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

The parts are made while the build goes on (:class:`Writer`): the build
hands it its text as it writes it (to the bulk loader, then the shared
graphs), cut into chunks of :data:`CHUNK` bytes where a graph or a run
ends, and each chunk's members are made by a pool of processes at a lower
priority (:data:`NICE`, the lowest): they take what the extraction leaves idle, then
the second core while the build reasons, validates and writes on one.
Parsing and serialising the parts hold the GIL, so threads of the build's
process could not (1,000 documents: 6.6 s of CPU that the dumps step
waited for alone, on one core).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import os
import tempfile
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
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


def _dataset_members(text: bytes, quads: list[ox.Quad] | None = None) -> dict[str, bytes]:
    """``quads``: ``text`` parsed already, else it is parsed here, as a stream
    into the serialiser (a list of the quads costs twice as much)."""
    parsed = ox.parse(text, format=ox.RdfFormat.N_QUADS) if quads is None else quads
    trig = ox.serialize(parsed, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    return {"nq": _gzip(text), "trig": _gzip(trig)}


def _union_members(
    text: bytes, space: bytes, triples: list[ox.Triple] | None = None
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """``triples``: ``text`` parsed already, in its order."""
    if triples is None:
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
    digest, and the parts' members in order (made, or copied from the
    previous build's files)."""

    def __init__(self, folder: Path, formats: tuple[str, ...]) -> None:
        self.folder, self.formats = folder, formats
        self.out: dict[str, BinaryIO] = {}
        self.size: dict[str, int] = {}
        self.sha: dict[str, Any] = {}
        for name in formats:
            self.out[name] = open(folder / (file_name(name) + ".part"), "wb", buffering=1 << 20)  # noqa: SIM115
            self.size[name], self.sha[name] = 0, hashlib.sha256()
        self.parts: dict[str, list[Part]] = {"dataset": [], "union": []}
        self.sources: dict[tuple[Path, str], BinaryIO] = {}
        self.closed = False
        if "jsonld" in formats:
            self._append("jsonld", _gzip(_JSONLD_HEAD))

    def _append(self, name: str, member: bytes) -> list[int]:
        at = self.size[name]
        self.out[name].write(member)
        self.sha[name].update(member)
        self.size[name] += len(member)
        return [at, len(member)]

    def add(self, kind: str, part: Part) -> None:
        """A part, its members made (bytes) or the previous build's (read back
        as they were, from ``part.source``)."""
        members: dict[str, bytes] = {}
        if part.source is not None:
            for name, (at, length) in part.members.items():
                if name in self.formats:
                    key = (part.source, name)
                    if key not in self.sources:
                        self.sources[key] = open(part.source / file_name(name), "rb")  # noqa: SIM115
                    members[name] = os.pread(self.sources[key].fileno(), length, at)
        else:
            members = cast(dict[str, bytes], part.members)
        part.members = {name: self._append(name, members[name]) for name in self.formats if name in members}
        part.source = None
        self.parts[kind].append(part)

    def close(self) -> dict[str, tuple[int, str]]:
        """The JSON-LD's end; each file under its name, its size and SHA-256."""
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
        self.closed = True
        return out

    def abandon(self) -> None:
        """No partial file left behind (a failed build)."""
        if self.closed:
            return
        self.closed = True
        for handle in [*self.sources.values(), *self.out.values()]:
            handle.close()
        for name in self.formats:
            (self.folder / (file_name(name) + ".part")).unlink(missing_ok=True)


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


@dataclass(frozen=True, slots=True)
class _Context:
    """What the makers of parts need besides the text: the IRI prefix of the
    documents' graphs, the entities' IRI space, and the digests the previous
    build already wrote (by kind), whose members are copied, not made."""

    documents: bytes
    space: bytes
    known: dict[str, frozenset[str]]


# Items of a chunk's result, in the text's order:
# ("document", graph, lines, dataset (digest, members|None), union (digest, lines, members|None, stats))
# ("shared", graph, lines, [(digest, lines, members|None), …] its runs, its triples as N-Triples lines)
_Item = tuple[Any, ...]

_context: _Context | None = None  # a maker process's, set once (see :func:`_maker_init`)


def _maker_init(context: _Context) -> None:
    global _context
    gc.disable()  # a maker makes no cycles; the collector cost ≈ 15 % of parsing
    # Below the extraction and the build's own steps: a maker takes the cores
    # they leave idle (a step that runs on one core leaves the other).
    with contextlib.suppress(OSError):
        os.nice(NICE)
    _context = context


def _blocks(chunk: bytes) -> Iterator[tuple[bytes, bytes, int]]:
    """Each run of lines of one graph in ``chunk``: the graph, the lines and
    their number.  A graph's lines all end in the same `` <graph> .``; a
    block is found by counting those ends (no loop over the lines in Python)."""
    at, size = 0, len(chunk)
    while at < size:
        eol = chunk.find(b"\n", at) + 1 or size
        line = chunk[at:eol]
        if not line.strip():
            at = eol
            continue
        graph, cut = _graph_of(line)
        end_of = line[cut:]
        end = chunk.rfind(end_of, at) + len(end_of)
        block = chunk[at:end]
        lines = block.count(b"\n")
        if block.count(end_of) != lines:  # the graph's lines are not all together: line by line
            end = eol
            while end < size:
                nxt = chunk.find(b"\n", end) + 1 or size
                if not chunk[end:nxt].endswith(end_of):
                    break
                end = nxt
            block = chunk[at:end]
            lines = block.count(b"\n")
        yield graph, block, lines
        at = end


def _make_chunk(chunk: bytes, context: _Context | None = None) -> tuple[list[_Item], float]:
    """The parts of a chunk of the build's text (whole graphs, or a graph
    cut after a run's last line): each document's graph a part of each kind,
    every other graph cut into runs (dataset parts) and its triples (for the
    shared union); members made unless the previous build wrote that digest.
    Also the CPU seconds this took (a maker of the forkserver is no child of
    the build's process)."""
    began = time.process_time()
    ctx = context or _context
    assert ctx is not None
    items: list[_Item] = []
    for graph, block, lines in _blocks(chunk):
        end_of = b" <" + graph + b"> .\n"
        if graph.startswith(ctx.documents):
            # Parsed once for both kinds: each line's quad is its triple's in the union.
            quads = list(ox.parse(block, format=ox.RdfFormat.N_QUADS))
            plain = block.replace(end_of, b" .\n").splitlines(keepends=True)
            by_line = (
                dict(zip(plain, (q.triple for q in quads), strict=True))
                if len(plain) == lines == len(quads)
                else {}
            )
            digest = _digest(block)
            made = None if digest in ctx.known["dataset"] else _dataset_members(block, quads)
            dataset = (digest, made)
            triples = sorted(set(plain))
            body = b"".join(triples)
            digest = _digest(body)
            if digest in ctx.known["union"]:
                union: tuple[Any, ...] = (digest, len(triples), None, {})
            else:
                parsed = [by_line[line] for line in triples] if len(by_line) == len(triples) else None
                members, stats = _union_members(body, ctx.space, parsed)
                union = (digest, len(triples), members, stats)
            items.append(("document", graph.decode(), lines, dataset, union))
        else:
            runs = []
            for run in _runs(iter(block.splitlines(keepends=True))):
                digest = _digest(run)
                made = None if digest in ctx.known["dataset"] else _dataset_members(run)
                runs.append((digest, run.count(b"\n"), made))
            items.append(("shared", graph.decode(), lines, runs, block.replace(end_of, b" .\n")))
    return items, time.process_time() - began


def _make_union(run: bytes, space: bytes) -> tuple[tuple[dict[str, bytes], dict[str, Any]], float]:
    began = time.process_time()
    return _union_members(run, space), time.process_time() - began


# The text goes to the makers in chunks of about this many bytes, each cut
# where a graph ends or after a shared graph's run (so that the parts are
# those of the whole text).
CHUNK = 4 << 20
# How much lower the makers' priority is than the build's (see :func:`_maker_init`):
# the lowest, so that they slow the extraction least (1,000 documents, same load,
# against the build before the makers: nice 5 45.8 -> 46.0 s, nice 19 36.7 -> 34.2
# and 32.5 -> 27.9 s; the extraction took the difference).
NICE = 19
# At most this many bytes of text waiting for a maker (the build waits beyond).
IN_FLIGHT = 256 << 20
# Below this many documents the parts are made by threads of the build's own
# process (a process pool costs ≈ 0.3 s to start; tests spy on the makers).
MIN_PROCESS_DOCUMENTS = 200


class Writer:
    """Every dump format into ``folder`` (with the manifest), made from the
    build's N-Quads as the build writes them (:meth:`write`: every quad in a
    named graph, each graph's lines together), the VoID counts, the index
    (see the module's text); :meth:`finish` returns them.

    The parts are made by ``processes`` processes (``0``: threads of this
    one) while the build goes on: a document's members are made as soon as
    its text is written, beside the steps that follow (reasoning, validation
    run on one core).

    ``previous``, a delta build's: the previous build's index and its dumps
    folder beside it.  Its documents' graphs that the text does not hold and
    ``dropped`` does not name are kept (their members copied); every other
    part is made from the text, or copied when the previous build wrote one
    of the same digest."""

    def __init__(
        self,
        folder: Path,
        base: str,
        previous: Path | None = None,
        dropped: frozenset[str] = frozenset(),
        processes: int = 0,
    ) -> None:
        self.started = time.perf_counter()
        self.folder, self.base, self.dropped = folder, base, dropped
        folder.mkdir(parents=True, exist_ok=True)
        self.space = b"<" + (base.rstrip("/") + "/id/").encode()
        self.old: dict[str, list[Part]] = {"dataset": [], "union": []}
        if previous is not None:
            index = json.loads(previous.read_text(encoding="utf-8"))
            for kind in self.old:
                self.old[kind] = [
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
        self.known = {kind: {p.digest: p for p in parts} for kind, parts in self.old.items()}
        context = _Context(
            (base + "graph/document/").encode(),
            self.space,
            {kind: frozenset(known) for kind, known in self.known.items()},
        )
        self.formats = (*DATASET_FORMATS, *GRAPH_FORMATS)
        self.graphs: Counter[str] = Counter()
        self.in_text: set[str] = set()
        self.cpu = 0.0  # the maker processes' CPU seconds
        self.seconds: dict[str, float] = {}  # when the documents' parts and the whole were done
        self.makers: ProcessPoolExecutor | ThreadPoolExecutor
        self.inline = processes <= 0
        if self.inline:
            self.context: _Context | None = context
            self.makers = ThreadPoolExecutor(
                max_workers=max(2, os.cpu_count() or 1), thread_name_prefix="ckg-parts"
            )
        else:
            self.context = None
            self.makers = ProcessPoolExecutor(
                max_workers=processes,
                mp_context=multiprocessing.get_context("forkserver"),  # no fork of a process with threads
                initializer=_maker_init,
                initargs=(context,),
            )
        self.scratch = tempfile.TemporaryDirectory(prefix=".ckg-union-", dir=folder)
        self.shared = Path(self.scratch.name) / "shared.nt"
        self.union_out = open(self.shared, "wb", buffering=1 << 20)  # noqa: SIM115
        self.files = _Files(folder, self.formats)
        self.buffer = bytearray()
        self.chunks: deque[Future[tuple[list[_Item], float]]] = deque()

    def write(self, text: bytes | bytearray | memoryview) -> int:
        """More of the build's text, in its order."""
        self.buffer += text
        start = 0
        while len(self.buffer) - start > CHUNK:
            cut = self._cut(start + CHUNK)
            if cut is None:
                break
            self._submit(bytes(self.buffer[start:cut]))
            start = cut
        del self.buffer[:start]  # once a call (from the front of a bytearray, it is a copy of the rest)
        return len(text)

    def _cut(self, at: int) -> int | None:
        """Where a chunk may end at or after ``at``: after a line where its
        graph ends, or (a shared graph) after a run's last line; None when
        the buffer does not tell yet."""
        buffer = self.buffer
        end = buffer.find(b"\n", at - 1) + 1
        if not end:
            return None
        start = buffer.rfind(b"\n", 0, end - 1) + 1
        line = bytes(buffer[start:end])
        graph, cut = _graph_of(line)
        end_of, document = line[cut:], graph.startswith(self.base.encode() + b"graph/document/")
        while True:
            if not document and not zlib.crc32(line) & _MASK:
                return end
            nxt = buffer.find(b"\n", end) + 1
            if not nxt:
                return None
            line = bytes(buffer[end:nxt])
            if not line.endswith(end_of):
                return end
            end = nxt

    def _submit(self, chunk: bytes) -> None:
        self.chunks.append(self.makers.submit(_make_chunk, chunk, self.context))
        while self.chunks and (self.chunks[0].done() or len(self.chunks) * CHUNK > IN_FLIGHT):
            self._take(self.chunks.popleft())

    def _take(self, future: Future[tuple[list[_Item], float]]) -> None:
        """A chunk's parts, into the files in the text's order."""
        items, cpu = future.result()
        if not self.inline:
            self.cpu += cpu
        files = self.files
        for item in items:
            if item[0] == "document":
                _, graph, lines, (digest, members), (udigest, ulines, umembers, stats) = item
                self.graphs[graph] += lines
                self.in_text.add(graph)
                files.add("dataset", self._part(Part(graph, digest, lines), "dataset", members))
                files.add("union", self._part(Part(graph, udigest, ulines, stats=stats), "union", umembers))
            else:
                _, graph, lines, runs, triples = item
                self.graphs[graph] += lines
                self.in_text.add(graph)
                for digest, count, members in runs:
                    files.add("dataset", self._part(Part("", digest, count), "dataset", members))
                self.union_out.write(triples)

    def _part(self, part: Part, kind: str, members: dict[str, bytes] | None) -> Part:
        """``part`` with its members made, or where the previous build's are."""
        if members is None:
            seen = self.known[kind][part.digest]
            part.members, part.stats, part.source = seen.members, seen.stats, seen.source
        else:
            part.members = members  # type: ignore[assignment]
        return part

    def finish(
        self, count_objects: Callable[[], int]
    ) -> tuple[list[DumpFile], dict[str, Any], dict[str, Any]]:
        """The rest of the text made, the kept documents copied, the shared
        graphs' union sorted and made; the files complete.  The manifest's
        entries, the VoID counts and the index."""
        timing = self.seconds
        if self.buffer:
            self._submit(bytes(self.buffer))
            self.buffer.clear()
        while self.chunks:
            self._take(self.chunks.popleft())
        files = self.files
        # The documents the delta build kept, as the previous build wrote them.
        for kind in ("dataset", "union"):
            for kept in self.old[kind]:
                if kept.graph and kept.graph not in self.in_text and kept.graph not in self.dropped:
                    files.add(kind, kept)
                    if kind == "dataset":
                        self.graphs[kept.graph] += kept.lines
        timing["documents"] = round(time.perf_counter() - self.started, 3)
        self.union_out.close()
        ordered = Path(self.scratch.name) / "shared.sorted.nt"
        sort_unique(self.shared, ordered, Path(self.scratch.name) / "sort")  # sort_unique removes it
        made: deque[tuple[Part, Future[Any]]] = deque()
        with open(ordered, "rb") as union_in:
            for run in _runs(union_in, whole_subjects=True):
                digest = _digest(run)
                part = Part("", digest, run.count(b"\n"))
                if digest in self.known["union"]:
                    made.append((self._part(part, "union", None), _done(None)))
                else:
                    made.append((part, self.makers.submit(_make_union, run, self.space)))
        objects = count_objects()
        for part, future in made:
            result = future.result()
            if result is not None:
                (part.members, part.stats), cpu = result
                if not self.inline:
                    self.cpu += cpu
            files.add("union", part)
        written = files.close()
        self.close()
        timing["total"] = round(time.perf_counter() - self.started, 3)
        dataset_lines = sum(p.lines for p in files.parts["dataset"])
        union_lines = sum(p.lines for p in files.parts["union"])
        entries = []
        for name in self.formats:
            fmt = by_name(name)
            size, sha = written[name]
            count = dataset_lines if fmt.kind == "dataset" else union_lines
            entries.append(
                DumpFile(file_name(name), fmt.name, fmt.media_type, fmt.kind, size, count, sha, time.time())
            )
        (self.folder / MANIFEST).write_text(
            json.dumps([asdict(e) for e in entries], indent=2), encoding="utf-8"
        )
        void = _void(files.parts["union"], self.base, objects, self.graphs)
        index = {kind: [p.entry() for p in parts] for kind, parts in files.parts.items()}
        return entries, void, index

    def close(self) -> None:
        """The makers stopped, the scratch removed (also when the build failed)."""
        self.makers.shutdown(wait=True, cancel_futures=True)
        self.union_out.close()
        self.files.abandon()
        self.scratch.cleanup()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _done(value: Any) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(value)
    return future


def write(
    text: Path,
    folder: Path,
    base: str,
    count_objects: Callable[[], int],
    previous: Path | None = None,
    dropped: frozenset[str] = frozenset(),
    seconds: dict[str, float] | None = None,
    processes: int = 0,
) -> tuple[list[DumpFile], dict[str, Any], dict[str, Any]]:
    """:class:`Writer` on the whole of ``text`` (a file of the build's N-Quads)."""
    with Writer(folder, base, previous, dropped, processes) as writer:
        writer.seconds = seconds if seconds is not None else {}
        with open(text, "rb") as lines:
            for block in iter(lambda: lines.read(1 << 20), b""):
                writer.write(block)
        return writer.finish(count_objects)


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
