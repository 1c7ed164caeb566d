"""Writing the whole dataset in the RDF formats, one file or all of them.

:func:`dump` writes one format to a file or a stream.  :func:`write_dumps`
writes every dump format, gzipped, into a folder with a manifest
(``dumps.json``: file, format, media type, size, triple count, SHA-256) that
the server's ``/dumps/`` reads, so that no request ever computes a dump.  The
build calls it once the store is written; ``ckg dump --all -o DIR`` writes the
same files.

Dataset formats (N-Quads, TriG) keep the named graphs; graph formats
(Turtle, N-Triples, JSON-LD) hold the default-graph view that queries see:
the union of all graphs, each triple once.

Reading an on-disk store is the slow part (a full scan of 1.9 M quads took
22 s of CPU, seven times writing the same quads from memory), so
:func:`write_dumps` scans it once, to N-Quads, loads that into an in-memory
store (gzipping the N-Quads dump meanwhile) and writes every other format
from there, two formats at a time in threads (pyoxigraph serialises without
the GIL).  That copy costs ≈ 850 bytes a quad, so above :data:`IN_MEMORY_QUADS`
none is made: TriG and the union's triples are written from the scan's text
as streams, the union deduplicated by ``sort -u`` on disk, and the graph
formats (and the VoID counts, :func:`kg.describe.union_statistics`) made
from that sorted text, in bounded memory whatever the store's size.
Every file is compressed as it is written, by :class:`GzipSink`, in blocks
on a thread pool (zlib lets go of the GIL too): no uncompressed copy of a
format is kept on disk (only scratch texts: the scan, the union), memory
stays bounded, and the bytes depend only on the data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

import pyoxigraph as ox

from kg.formats import RDF_FORMATS, Format, by_name
from kg.iri import PREFIXES

DUMP_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")
MANIFEST = "dumps.json"
STEM = "caucasus-kg"
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


@dataclass(frozen=True, slots=True)
class DumpFile:
    """One gzipped dump file, as the manifest lists it."""

    file: str
    format: str  # short name in kg.formats
    media_type: str  # of the uncompressed content
    kind: str  # graph (default-graph view) or dataset (named graphs kept)
    bytes: int
    triples: int  # triples (graph view) or quads (dataset)
    sha256: str
    modified: float


def dump(store: ox.Store, fmt: str, output: IO[bytes] | Path, gzipped: bool | None = None) -> None:
    """Dataset formats (nq, trig) keep the named graphs; graph formats get the
    union of all graphs (the default-graph view that queries see).  A file is
    gzipped when ``gzipped`` says so, or by default when its name ends in ``.gz``;
    it is compressed as it is written (no uncompressed copy on disk)."""
    chosen = by_name(fmt, RDF_FORMATS)
    if isinstance(output, Path) and (gzipped or (gzipped is None and output.name.endswith(".gz"))):
        with (
            ThreadPoolExecutor(max_workers=_workers(), thread_name_prefix="ckg-gzip") as pool,
            open(output, "wb") as raw,
        ):
            sink = GzipSink(raw, pool)
            _write(store, chosen, sink)
            sink.close()
        return
    _write(store, chosen, output)


def _write(store: ox.Store, fmt: Format, out: IO[bytes] | BinaryIO | Path | GzipSink) -> None:
    """Paths go to pyoxigraph as paths: it writes them itself, much faster
    than through a Python file object.  pyoxigraph serialises without the GIL
    (it takes it back only for each 8 kB it hands to a Python object), so
    several formats can be written at once in threads."""
    assert fmt.rdf is not None
    rdf = fmt.rdf
    target: Any = str(out) if isinstance(out, Path) else out
    prefixes = PREFIXES if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    if fmt.kind == "dataset":
        store.dump(target, format=rdf, prefixes=prefixes)
        return
    if len(store) <= IN_MEMORY_QUADS:
        triples = store.query(_UNION, use_default_graph_as_union=True)
        assert isinstance(triples, ox.QueryTriples)
        ox.serialize(triples, target, format=rdf, prefixes=prefixes)
        return
    # A large store: the DISTINCT would hold every triple in memory; the union is
    # deduplicated on disk instead (scratch beside the output file, or in TMPDIR).
    near = out.parent if isinstance(out, Path) else None
    with tempfile.TemporaryDirectory(prefix=f".{STEM}-union-", dir=near) as folder:
        scan, union = Path(folder) / "scan.nq", Path(folder) / "union.nt"
        store.dump(str(scan), format=ox.RdfFormat.N_QUADS)
        _union_of(scan, union, Path(folder))
        scan.unlink()
        ox.serialize(
            ox.parse(path=str(union), format=ox.RdfFormat.N_TRIPLES), target, format=rdf, prefixes=prefixes
        )


def _union_of(
    scan: Path, union: Path, folder: Path, named: bool = False, graphs: Counter[bytes] | None = None
) -> None:
    """The triples of the N-Quads text ``scan`` (each quad's graph dropped),
    sorted and each once, as N-Triples lines into ``union``; scratch in ``folder``.
    ``named``: every quad of ``scan`` is in a named graph (a build's text), so
    the graph is cut off the end of each line, with no parsing (a third of
    the time; a quad of the default graph would lose its object so), and
    counted into ``graphs`` when given (its lines by graph IRI, in the same
    pass: the VoID counts need them, and a pass over the text in Python
    costs ≈ 1 µs a line)."""
    unsorted = folder / f".{STEM}.unsorted.plain"
    try:
        if named:
            count = graphs if graphs is not None else Counter()
            with open(scan, "rb") as lines, open(unsorted, "wb") as out:
                for line in lines:
                    if line.strip():
                        cut = line.rfind(b" <", 0, len(line) - 3)
                        count[line[cut + 2 : line.rfind(b">")]] += 1
                        out.write(line[:cut] + b" .\n")
        else:
            scanned = ox.parse(path=str(scan), format=ox.RdfFormat.N_QUADS)
            ox.serialize((q.triple for q in scanned), str(unsorted), format=ox.RdfFormat.N_TRIPLES)
        sort_unique(unsorted, union, folder / _SORT_SCRATCH)
    finally:
        unsorted.unlink(missing_ok=True)


# Measured on 64 MB of this data's N-Quads (compressed size in %):
# level 1 0.41 s (7.0 %), level 3 0.37-2.7 s (6.4 %), level 6 0.82-5.5 s (5.3 %),
# level 9 13.6 s (5.1 %): level 3 is as fast as level 1 here and smaller.
GZIP_LEVEL = 3
# Each block of this many bytes of text becomes one gzip member, compressed in
# a thread of its own (zlib lets go of the GIL): a valid multi-member gzip
# file (RFC 1952 2.2; gzip, zcat, Python's gzip, curl --compressed read it
# whole) whose bytes depend only on the text, not on the threads.
BLOCK = 4 << 20


def _workers() -> int:
    return max(2, os.cpu_count() or 1)


def _member(block: bytes) -> tuple[bytes, int]:
    """One gzip member (header with no time stamp, so the same text gives the
    same bytes) and the lines of ``block``."""
    return zlib.compress(block, GZIP_LEVEL, wbits=31), block.count(b"\n")


class GzipSink:
    """A binary file object that gzips what is written to it in parallel.

    Writes are gathered into :data:`BLOCK`-sized blocks; each block is
    compressed as one gzip member on ``pool``; the members are written to
    ``raw`` in order, at most ``2 × workers`` blocks in flight (bounded
    memory: the dump is never held whole).  Counts the lines and the SHA-256
    of what reaches ``raw``; an optional ``tee`` receives the plain text too."""

    def __init__(self, raw: BinaryIO, pool: ThreadPoolExecutor, tee: BinaryIO | None = None) -> None:
        self._raw, self._pool, self._tee = raw, pool, tee
        self._buffer = bytearray()
        self._pending: deque[Future[tuple[bytes, int]]] = deque()
        self._limit = 2 * _workers()
        self.lines = 0
        self.bytes = 0
        self.digest = hashlib.sha256()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._buffer += data
        if self._tee is not None:
            self._tee.write(data)
        while len(self._buffer) >= BLOCK:
            self._submit(bytes(self._buffer[:BLOCK]))
            del self._buffer[:BLOCK]
        return len(data)

    def flush(self) -> None:
        pass

    def writable(self) -> bool:
        return True

    def _submit(self, block: bytes) -> None:
        self._pending.append(self._pool.submit(_member, block))
        while len(self._pending) > self._limit:
            self._drain_one()

    def _drain_one(self) -> None:
        member, lines = self._pending.popleft().result()
        self._raw.write(member)
        self.digest.update(member)
        self.bytes += len(member)
        self.lines += lines

    def close(self) -> None:
        """Compress what is left and write every member; an empty text still
        gives a valid (empty) gzip file."""
        if self._buffer or (not self.bytes and not self._pending):
            self._submit(bytes(self._buffer))
            self._buffer.clear()
        while self._pending:
            self._drain_one()
        self._raw.flush()
        os.fsync(self._raw.fileno())


def file_name(fmt: str) -> str:
    """``caucasus-kg.ttl.gz`` and so on."""
    return f"{STEM}.{by_name(fmt, RDF_FORMATS).extension}.gz"


def write_dumps(store: ox.Store, folder: Path, formats: tuple[str, ...] = DUMP_FORMATS) -> list[DumpFile]:
    """Write every format gzipped into ``folder`` with its manifest; return the manifest."""
    files, _ = write_dumps_and_copy(store, folder, formats)
    return files


# Above this many quads the dumps are written without an in-memory copy of the
# store (1.6 GB of memory at 1.9 M quads, ≈ 12-16 GB at 19 M): every format is
# then made from the text of the one disk scan, the union deduplicated by an
# external sort (bounded memory whatever the store's size).  Below it the copy
# is kept: the VoID counts run on it several times faster than on disk.
IN_MEMORY_QUADS = 1_500_000
# The external sort's memory (``sort -S``) and threads.
SORT_BUFFER = "256M"
SORT_THREADS = 2


def write_dumps_and_copy(
    store: ox.Store,
    folder: Path,
    formats: tuple[str, ...] = DUMP_FORMATS,
    seconds: dict[str, float] | None = None,
    in_memory_quads: int | None = None,
    on_union: Callable[[Path], object] | None = None,
    text: Path | None = None,
    graphs: Counter[bytes] | None = None,
) -> tuple[list[DumpFile], ox.Store | None]:
    """:func:`write_dumps`, also returning the in-memory copy of the store it
    made (cheap to query for statistics afterwards), or ``None`` when the store
    has more than ``in_memory_quads`` quads (default :data:`IN_MEMORY_QUADS`)
    and no copy was made.  ``seconds``, when given, receives the wall time each
    format took (N-Quads: from the start, the scan of the disk store included),
    and the times from the start at which the ``scan`` and the in-memory
    ``copy`` (or, without one, the sorted ``union``) were done and the ``total``.
    ``on_union``, when given and no copy is made, is called with the path of
    the union as sorted, distinct N-Triples lines while that text exists.

    The disk store is read once, to an N-Quads scratch file, which is gzipped
    into the N-Quads dump while it is loaded into an in-memory store; the
    other formats are then written from the
    copy, two at a time, each compressed as it is written: the union as
    N-Triples beside TriG, then Turtle and JSON-LD from the N-Triples text.
    Without the copy, TriG and the union's N-Triples are written from the
    scan's text, the union deduplicated by ``sort -u`` (``LC_ALL=C``, a
    bounded buffer, its scratch files in ``folder``).
    Files appear under their names only when complete (``.part`` first).

    ``text``, when given, is the whole dataset as N-Quads (the text a build
    wrote and loaded into ``store``): it stands for the scan, ``store`` is
    not read at all, and every format is written from that text as above
    without a copy.  The text must write equal terms alike, as pyoxigraph
    does (the union and the counts compare terms by their text): the
    assembler's does (``tests/test_dumps.py`` compares it with a scan).
    ``graphs``, given with ``text``, receives the lines of each named graph
    (by IRI), counted while the union is cut from the text, before
    ``on_union`` is called."""
    for name in formats:
        by_name(name, RDF_FORMATS)  # an unknown format fails before any work
    limit = IN_MEMORY_QUADS if in_memory_quads is None else in_memory_quads
    folder.mkdir(parents=True, exist_ok=True)
    timing = seconds if seconds is not None else {}
    writer = _DumpWriter(folder, formats, timing)
    writer.graphs_seen = graphs
    try:
        with ThreadPoolExecutor(max_workers=_workers(), thread_name_prefix="ckg-gzip") as pool:
            writer.pool = pool
            if text is not None:  # the build's own text: the store is not read
                os.link(text, writer.scan)  # the scan's place (removed at the end)
                quads, limit = _lines(writer.scan), -1
            else:
                quads = len(store)  # a count of the index keys: 0.7 s at 1.9 M quads
                # The one scan of the disk store, written by pyoxigraph to a path (through a
                # Python file object it took half as long again); every dump is made from it.
                store.dump(str(writer.scan), format=ox.RdfFormat.N_QUADS)
            timing["scan"] = round(time.perf_counter() - writer.started, 3)
            if quads > limit:
                union = writer.from_text(named=text is not None, on_union=on_union)
            else:
                union = writer.from_copy()
            writer.union_text.unlink(missing_ok=True)
            if "nt" not in formats:
                (folder / file_name("nt")).unlink(missing_ok=True)
    finally:
        writer.clean()
    timing["total"] = round(time.perf_counter() - writer.started, 3)
    files = []
    for name in formats:
        entry = writer.made[name][0]
        files.append(dataclasses.replace(entry, triples=union if entry.kind == "graph" else quads))
    (folder / MANIFEST).write_text(json.dumps([asdict(f) for f in files], indent=2), encoding="utf-8")
    return files, writer.memory


class _DumpWriter:
    """The dumps of one dataset: every format, gzipped as it is written, from
    the text of one scan (``self.scan``) — with an in-memory copy of it, or,
    above the size limit, with the union deduplicated on disk; see
    :func:`write_dumps_and_copy`."""

    def __init__(self, folder: Path, formats: tuple[str, ...], timing: dict[str, float]) -> None:
        self.folder, self.formats, self.timing = folder, formats, timing
        self.scan = folder / f".{STEM}.nq.plain"
        self.union_text = folder / f".{STEM}.nt.plain"
        self.graphs = [n for n in formats if by_name(n, RDF_FORMATS).kind == "graph"]
        self.made: dict[str, tuple[DumpFile, float]] = {}
        self.graphs_seen: Counter[bytes] | None = None  # lines by graph, counted while cutting the union
        self.memory: ox.Store | None = None
        self.pool: ThreadPoolExecutor  # the gzip threads, set while writing
        self.started = time.perf_counter()

    def _partial(self, name: str) -> Path:
        return self.folder / (file_name(name) + ".part")

    def finish(self, name: str, partial: Path, sink: GzipSink, count: int, since: float) -> None:
        """A format's file complete: under its name, in the manifest."""
        fmt = by_name(name, RDF_FORMATS)
        os.replace(partial, self.folder / file_name(name))
        entry = DumpFile(
            file=file_name(name),
            format=fmt.name,
            media_type=fmt.media_type,
            kind=fmt.kind,
            bytes=sink.bytes,
            triples=count,
            sha256=sink.digest.hexdigest(),
            modified=time.time(),
        )
        self.made[name] = (entry, float(sink.lines))
        self.timing[name] = round(time.perf_counter() - since, 3)

    def gzip_text(self, name: str, text: Path, since: float) -> None:
        """A format whose text is already written, gzipped; counted by its lines."""
        partial = self._partial(name)
        with open(text, "rb") as plain, open(partial, "wb") as raw:
            sink = GzipSink(raw, self.pool)
            for block in iter(lambda: plain.read(BLOCK), b""):
                sink.write(block)
            sink.close()
        self.finish(name, partial, sink, sink.lines, since)

    def from_union(self, name: str) -> None:
        """Turtle or JSON-LD, written from the union's N-Triples text."""
        since = time.perf_counter()
        fmt = by_name(name, RDF_FORMATS)
        assert fmt.rdf is not None
        partial = self._partial(name)
        with open(partial, "wb") as raw:
            sink = GzipSink(raw, self.pool)
            triples = ox.parse(path=str(self.union_text), format=ox.RdfFormat.N_TRIPLES)
            prefixes = PREFIXES if fmt.rdf == ox.RdfFormat.TURTLE else None
            ox.serialize(triples, cast(IO[bytes], sink), format=fmt.rdf, prefixes=prefixes)
            sink.close()
        self.finish(name, partial, sink, -1, since)

    def trig(self) -> None:
        """TriG, written from the scan's text as a stream."""
        since = time.perf_counter()
        partial = self._partial("trig")
        with open(partial, "wb") as raw:
            sink = GzipSink(raw, self.pool)
            scanned = ox.parse(path=str(self.scan), format=ox.RdfFormat.N_QUADS)
            ox.serialize(scanned, cast(IO[bytes], sink), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
            sink.close()
        self.finish("trig", partial, sink, 0, since)

    def from_text(self, named: bool, on_union: Callable[[Path], object] | None) -> int:
        """No copy: TriG and the union's triples (each quad's graph dropped) are
        written from the scan's text as streams, beside the N-Quads dump; the
        union is deduplicated by an external sort, and N-Triples (that text
        gzipped), Turtle, JSON-LD and ``on_union`` read it.  The union's size."""

        def union() -> None:
            _union_of(self.scan, self.union_text, self.folder, named=named, graphs=self.graphs_seen)
            self.timing["union"] = round(time.perf_counter() - self.started, 3)

        need_union = bool(self.graphs) or on_union is not None
        # Three at once: gzipping the scan is mostly zlib in the gzip pool, off the GIL.
        with ThreadPoolExecutor(max_workers=3, thread_name_prefix="ckg-dump") as writers:
            jobs: list[Future[object]] = [writers.submit(union)] if need_union else []
            if "trig" in self.formats:
                jobs.append(writers.submit(self.trig))
            if "nq" in self.formats:
                jobs.append(writers.submit(self.gzip_text, "nq", self.scan, self.started))
            for job in jobs:
                job.result()
            self.scan.unlink()
            jobs = [writers.submit(self.from_union, name) for name in self.graphs if name != "nt"]
            if "nt" in self.formats:
                jobs.append(writers.submit(self.gzip_text, "nt", self.union_text, time.perf_counter()))
            if on_union is not None:
                jobs.append(writers.submit(on_union, self.union_text))
            for job in jobs:
                job.result()
        return _lines(self.union_text) if need_union else 0

    def write_one(self, name: str) -> None:
        """One format from the in-memory copy; N-Triples, the union, is also
        kept as text for the other graph formats."""
        assert self.memory is not None
        since = time.perf_counter()
        fmt = by_name(name, RDF_FORMATS)
        partial = self._partial(name)
        with open(partial, "wb") as raw:
            if fmt.kind == "dataset":
                sink = GzipSink(raw, self.pool)
                _write(self.memory, fmt, sink)
            else:
                with open(self.union_text, "wb") as plain:
                    sink = GzipSink(raw, self.pool, tee=plain)
                    _write(self.memory, fmt, sink)
            sink.close()
        self.finish(name, partial, sink, -1 if fmt.kind == "graph" else 0, since)

    def from_copy(self) -> int:
        """The N-Quads dump gzipped from the scan while the same text is loaded
        into memory; the other formats from that copy.  The union's size."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ckg-dump") as side:
            nq = side.submit(self.gzip_text, "nq", self.scan, self.started) if "nq" in self.formats else None
            self.memory = ox.Store()
            self.memory.bulk_load(path=str(self.scan), format=ox.RdfFormat.N_QUADS)
            if nq is not None:
                nq.result()
        self.scan.unlink()
        self.timing["copy"] = round(time.perf_counter() - self.started, 3)
        # The union (a DISTINCT over every quad, four times the cost of writing a
        # dataset format) is computed once, as N-Triples, beside the dataset
        # formats; Turtle and JSON-LD are then written from that text, which
        # costs a third of computing the union again.
        first = ["nt"] if self.graphs else []
        later = [n for n in self.graphs if n != "nt"]
        datasets = [n for n in self.formats if n not in self.graphs and n != "nq"]
        with ThreadPoolExecutor(max_workers=min(_workers(), 2), thread_name_prefix="ckg-dump") as writers:
            jobs = [writers.submit(self.write_one, name) for name in first + datasets]
            if first:
                jobs[0].result()
            jobs += [writers.submit(self.from_union, name) for name in later]
            for job in jobs:
                job.result()
        return int(self.made["nt"][1]) if "nt" in self.made else 0

    def clean(self) -> None:
        """No scratch text, partial file or sort scratch left behind."""
        self.scan.unlink(missing_ok=True)
        for leftover in self.folder.glob(f"{STEM}.*.gz.part"):
            leftover.unlink()
        for leftover in self.folder.glob(f".{STEM}.*.plain"):
            leftover.unlink()
        shutil.rmtree(self.folder / _SORT_SCRATCH, ignore_errors=True)


_SORT_SCRATCH = f".{STEM}.sort"


def read_manifest(folder: Path) -> list[DumpFile]:
    """The manifest :func:`write_dumps` wrote, or ``[]`` when there is none."""
    try:
        rows: list[dict[str, Any]] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [DumpFile(**row) for row in rows]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sort_unique(source: Path, target: Path, scratch: Path) -> None:
    """``source``'s lines sorted byte-wise, each once, into ``target``, by
    coreutils' ``sort`` in bounded memory (:data:`SORT_BUFFER`; it spills
    sorted runs into ``scratch`` and merges them)."""
    scratch.mkdir(parents=True, exist_ok=True)
    command = [
        "sort",
        "--unique",
        f"--buffer-size={SORT_BUFFER}",
        f"--parallel={SORT_THREADS}",
        f"--temporary-directory={scratch}",
        f"--output={target}",
        str(source),
    ]
    try:
        done = subprocess.run(command, env={**os.environ, "LC_ALL": "C"}, capture_output=True, check=False)
    except OSError as error:
        raise RuntimeError(
            f"could not run sort (coreutils) to deduplicate the union of the graphs: {error}"
        ) from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(
            f"sort failed deduplicating the union of the graphs ({done.returncode}): {message}"
        )
    shutil.rmtree(scratch, ignore_errors=True)


def _lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(BLOCK), b""))
