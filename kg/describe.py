"""What the dataset holds, counted for its VoID description.

:func:`statistics` runs a handful of aggregate queries through any
``query(sparql)`` callable (a pyoxigraph store at build time, the server's
snapshot otherwise) and returns plain JSON-ready numbers: triples, entities,
distinct subjects and objects, a partition per class and per property, the
triples of each named graph, and the size of the linkset to Wikidata.  The
build stores them in ``build.json`` so that ``/.well-known/void`` costs no
query.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.iri import OWL, RDF, WIKIDATA

RDF_TYPE = f"{RDF}type"

Query = Callable[[str], Iterable[Any]]


def statistics(query: Query, base: str) -> dict[str, Any]:
    """Counts over the default-graph view (the union of all graphs).

    ``query`` must evaluate with the union of the named graphs as default
    graph (pyoxigraph: ``use_default_graph_as_union=True``).
    """
    space = base.rstrip("/") + "/id/"
    # Distinct subjects and objects need no distinct triples first; the
    # triples and properties are the sums of the property partitions below
    # (one DISTINCT over every quad less: a third of the counting time).
    totals = _one(
        query,
        "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) WHERE { ?s ?p ?o }",
    )
    # The subjects are grouped first and the test run once per subject (in a
    # FILTER it ran once per quad, looking each subject's text up: 4x slower).
    entities = _one(
        query,
        "SELECT (COUNT(*) AS ?entities) WHERE { SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s "
        f'HAVING(isIRI(?s) && STRSTARTS(STR(?s), "{space}")) }}',
    )
    classes = [
        {"class": row["c"].value, "entities": int(row["n"].value)}
        for row in query(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c"
        )
    ]
    properties = [
        {"property": row["p"].value, "triples": int(row["n"].value)}
        for row in query(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p"
        )
    ]
    graphs = [
        {"graph": row["g"].value, "triples": int(row["n"].value)}
        for row in query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    ]
    links = _one(
        query,
        f"SELECT (COUNT(DISTINCT *) AS ?wikidata) WHERE {{ ?s <{OWL}sameAs> ?o "
        f'FILTER(STRSTARTS(STR(?o), "{WIKIDATA}")) }}',
    )
    return {
        "triples": sum(p["triples"] for p in properties),
        "distinctSubjects": totals.get("subjects", 0),
        "distinctObjects": totals.get("objects", 0),
        "properties": len(properties),
        "classes": len(classes),
        "entities": entities.get("entities", 0),
        "uriSpace": space,
        "wikidataLinks": links.get("wikidata", 0),
        "classPartitions": sorted(classes, key=lambda c: c["class"]),
        "propertyPartitions": sorted(properties, key=lambda p: p["property"]),
        "graphs": sorted(graphs, key=lambda g: g["graph"]),
    }


def _one(query: Query, sparql: str) -> dict[str, int]:
    """The first row of an aggregate, its variables (read from the query) as ints."""
    head = sparql.split("WHERE", 1)[0]
    names = [word[1:].rstrip(")") for word in head.split() if word.startswith("?") and word.endswith(")")]
    for row in query(sparql):
        return {name: int(row[name].value) if row[name] is not None else 0 for name in names}
    return {}


def union_statistics(
    union: Path, query: Query | None, base: str, graphs: dict[str, int] | None = None
) -> dict[str, Any]:
    """:func:`statistics`, counted in bounded memory from the union of the
    graphs as sorted, distinct N-Triples lines (as the dumps step writes it
    when it makes no in-memory copy), with ``query`` only for the triples of
    each named graph (one group per graph), unless ``graphs`` gives them.

    One pass over the lines: the triples of each property and class, the
    subjects (a subject's lines are adjacent in sorted text), the entities and
    the Wikidata links; the distinct objects are counted by ``sort -u`` of the
    objects on disk.  The same numbers as :func:`statistics`: in N-Triples as
    pyoxigraph writes it, equal terms have equal text."""
    from kg.dump import SORT_BUFFER, SORT_THREADS

    space = base.rstrip("/") + "/id/"
    entity = b"<" + space.encode()
    typed = f"<{RDF_TYPE}>".encode()
    same_as = f"<{OWL}sameAs>".encode()
    wikidata = f"<{WIKIDATA}".encode()
    properties: Counter[bytes] = Counter()
    classes: Counter[bytes] = Counter()
    subjects = entities = links = 0
    last = b""
    objects = union.with_name(union.name + ".objects")
    try:
        with open(union, "rb") as lines, open(objects, "wb") as out:
            for line in lines:
                if line.startswith(b"<<"):
                    raise ValueError(f"{union}: a quoted triple as subject is not counted: {line[:200]!r}")
                subject, predicate, rest = line.split(b" ", 2)
                obj = rest[:-3]  # the object, without " .\n"
                if subject != last:
                    subjects += 1
                    entities += subject.startswith(entity)
                    last = subject
                properties[predicate] += 1
                if predicate == typed and obj.startswith(b"<"):
                    classes[obj] += 1
                elif predicate == same_as and obj.startswith(wikidata):
                    links += 1
                out.write(obj + b"\n")
        sorter = subprocess.Popen(
            [
                "sort",
                "--unique",
                f"--buffer-size={SORT_BUFFER}",
                f"--parallel={SORT_THREADS}",
                f"--temporary-directory={union.parent}",
                str(objects),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "LC_ALL": "C"},
        )
        stream = sorter.stdout
        assert stream is not None
        distinct_objects = sum(block.count(b"\n") for block in iter(lambda: stream.read(1 << 22), b""))
        _, errors = sorter.communicate()
        if sorter.returncode != 0:
            raise RuntimeError(
                f"sort failed counting the distinct objects: {errors.decode('utf-8', 'replace').strip()}"
            )
    finally:
        objects.unlink(missing_ok=True)
    if graphs is None:
        assert query is not None
        graphs = {
            row["g"].value: int(row["n"].value)
            for row in query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        }
    iri = _iri
    return {
        "triples": sum(properties.values()),
        "distinctSubjects": subjects,
        "distinctObjects": distinct_objects,
        "properties": len(properties),
        "classes": len(classes),
        "entities": entities,
        "uriSpace": space,
        "wikidataLinks": links,
        "classPartitions": sorted(
            ({"class": iri(c), "entities": n} for c, n in classes.items()), key=lambda c: c["class"]
        ),
        "propertyPartitions": sorted(
            ({"property": iri(p), "triples": n} for p, n in properties.items()), key=lambda p: p["property"]
        ),
        "graphs": [{"graph": g, "triples": n} for g, n in sorted(graphs.items())],
    }


def _iri(term: bytes) -> str:
    """The IRI of an N-Triples ``<...>`` term (pyoxigraph writes IRIs unescaped)."""
    return term[1:-1].decode("utf-8")


def publish(
    store: Any,
    build_path: Path,
    base: str,
    text: Path | None = None,
    previous: Path | None = None,
    dropped: frozenset[str] = frozenset(),
    writer: Any = None,
) -> dict[str, Any]:
    """What a finished build publishes beside its store: the dump files (in
    ``build_path/dumps``) and the VoID statistics, as entries for ``build.json``.

    A small store is counted on the in-memory copy the dumps made (several
    times faster than the disk store); a large one (more quads than
    :data:`kg.dump.IN_MEMORY_QUADS`) gets no copy, and is counted from the
    union's sorted text the dumps write, in bounded memory.  With ``text``
    (the build's own N-Quads, every quad in a named graph), the dumps and the
    counts are made from that text alone: the store is not read but for
    one count (:mod:`kg.parts`: each file a row of parts, its index written
    to ``build_path``).  ``previous`` and ``dropped`` are a delta build's:
    the previous build's index of parts (whose members are copied where
    nothing changed) and the document graphs it no longer holds.  ``writer``
    (a :class:`kg.parts.Writer` the build fed its text as it wrote it) stands
    for all three: its parts are mostly made already."""
    from kg import parts
    from kg.dump import write_dumps_and_copy

    if text is not None or writer is not None:
        seconds: dict[str, float] = {}

        def objects() -> int:
            query = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"
            return int(next(iter(store.query(query, use_default_graph_as_union=True)))["n"].value)

        if writer is not None:
            files, void, index = writer.finish(objects)
            seconds = writer.seconds
        else:
            assert text is not None
            files, void, index = parts.write(
                text, build_path / "dumps", base, objects, previous=previous, dropped=dropped, seconds=seconds
            )
        (build_path / parts.INDEX).write_text(json.dumps(index), encoding="utf-8")
        return {"dumps": [asdict(f) for f in files], "void": void, "dump_seconds": seconds}

    counted: dict[str, Any] = {}

    def from_union(union: Path) -> None:
        query = lambda sparql: store.query(sparql, use_default_graph_as_union=True)  # noqa: E731
        counted.update(union_statistics(union, query, base))

    seconds = {}
    files, memory = write_dumps_and_copy(store, build_path / "dumps", on_union=from_union, seconds=seconds)
    if memory is not None:
        counted = statistics(lambda sparql: memory.query(sparql, use_default_graph_as_union=True), base)  # type: ignore[arg-type,return-value]
    return {"dumps": [asdict(f) for f in files], "void": counted, "dump_seconds": seconds}
