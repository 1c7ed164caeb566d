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
a minute on a loaded 2-core machine, as long as writing it), so
:func:`write_dumps` scans it once, to N-Quads, loads that into an in-memory
store and writes every other format from there.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

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
    gzipped when ``gzipped`` says so, or by default when its name ends in ``.gz``."""
    chosen = by_name(fmt, RDF_FORMATS)
    if isinstance(output, Path):
        if gzipped or (gzipped is None and output.name.endswith(".gz")):
            plain = output.with_name(output.name + ".plain")
            try:
                _write(store, chosen, plain)
                _gzip(plain, output)
            finally:
                plain.unlink(missing_ok=True)
        else:
            _write(store, chosen, output)
    else:
        _write(store, chosen, output)


def _write(store: ox.Store, fmt: Format, out: IO[bytes] | BinaryIO | Path) -> None:
    """Paths go to pyoxigraph as paths: it writes them itself, much faster
    than through a Python file object."""
    assert fmt.rdf is not None
    rdf = fmt.rdf
    target: Any = str(out) if isinstance(out, Path) else out
    prefixes = PREFIXES if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    if fmt.kind == "dataset":
        store.dump(target, format=rdf, prefixes=prefixes)
        return
    triples = store.query(_UNION, use_default_graph_as_union=True)
    assert isinstance(triples, ox.QueryTriples)
    ox.serialize(triples, target, format=rdf, prefixes=prefixes)


# Measured on 64 MB of this data's N-Quads (compressed size in %):
# level 3 2.7 s (6.4 %), level 6 5.5 s (5.3 %), level 9 13.6 s (5.1 %).
GZIP_LEVEL = 3


def _gzip(source: Path, target: Path) -> int:
    """Compress ``source`` into ``target`` at :data:`GZIP_LEVEL` (no time stamp
    in the header: the same data in the same order gives the same bytes);
    return the lines of ``source``."""
    lines = 0
    with open(source, "rb") as src, open(target, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=GZIP_LEVEL, mtime=0) as gz:
            for block in iter(lambda: src.read(1 << 20), b""):
                lines += block.count(b"\n")
                gz.write(block)
        raw.flush()
        os.fsync(raw.fileno())
    return lines


def file_name(fmt: str) -> str:
    """``caucasus-kg.ttl.gz`` and so on."""
    return f"{STEM}.{by_name(fmt, RDF_FORMATS).extension}.gz"


def write_dumps(store: ox.Store, folder: Path, formats: tuple[str, ...] = DUMP_FORMATS) -> list[DumpFile]:
    """Write every format gzipped into ``folder`` with its manifest; return the manifest."""
    files, _ = write_dumps_and_copy(store, folder, formats)
    return files


def write_dumps_and_copy(
    store: ox.Store, folder: Path, formats: tuple[str, ...] = DUMP_FORMATS
) -> tuple[list[DumpFile], ox.Store]:
    """:func:`write_dumps`, also returning the in-memory copy of the store it
    made (cheap to query for statistics afterwards)."""
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder / f".{STEM}.nq.plain"
    made: dict[str, tuple[Path, int]] = {}
    try:
        store.dump(str(scratch), format=ox.RdfFormat.N_QUADS)  # the one scan of the disk store
        memory = ox.Store()
        memory.bulk_load(path=str(scratch), format=ox.RdfFormat.N_QUADS)
        quads = len(memory)
        union = 0
        for name in sorted(formats, key=lambda n: n != "nt"):  # N-Triples first: its lines count the union
            fmt = by_name(name, RDF_FORMATS)
            plain = scratch if fmt.name == "nq" else folder / f".{STEM}.{fmt.extension}.plain"
            if plain != scratch:
                _write(memory, fmt, plain)
            partial = folder / (file_name(name) + ".part")
            lines = _gzip(plain, partial)
            if fmt.name == "nt":
                union = lines
            os.replace(partial, folder / file_name(name))
            if plain != scratch:
                plain.unlink()
            made[name] = (folder / file_name(name), quads if fmt.kind == "dataset" else -1)
        if not union and any(by_name(n, RDF_FORMATS).kind == "graph" for n in formats):
            union = _count(memory, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    finally:
        scratch.unlink(missing_ok=True)
        for leftover in folder.glob(f".{STEM}.*.plain"):
            leftover.unlink()
    files = []
    for name in formats:
        fmt = by_name(name, RDF_FORMATS)
        path, count = made[name]
        files.append(
            DumpFile(
                file=path.name,
                format=fmt.name,
                media_type=fmt.media_type,
                kind=fmt.kind,
                bytes=path.stat().st_size,
                triples=count if count >= 0 else union,
                sha256=sha256(path),
                modified=time.time(),
            )
        )
    (folder / MANIFEST).write_text(json.dumps([asdict(f) for f in files], indent=2), encoding="utf-8")
    return files, memory


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


def _count(store: ox.Store, query: str) -> int:
    rows = store.query(query, use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        value = row["n"]
        return int(value.value) if value is not None else 0
    return 0
