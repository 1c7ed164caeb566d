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

from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.iri import OWL, WIKIDATA

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


def publish(store: Any, build_path: Path, base: str) -> dict[str, Any]:
    """What a finished build publishes beside its store: the dump files (in
    ``build_path/dumps``) and the VoID statistics, as entries for ``build.json``."""
    from kg.dump import write_dumps_and_copy

    files, memory = write_dumps_and_copy(store, build_path / "dumps")
    # Counted on the in-memory copy the dumps made: several times faster than the disk store.
    stats = statistics(lambda sparql: memory.query(sparql, use_default_graph_as_union=True), base)  # type: ignore[arg-type,return-value]
    return {"dumps": [asdict(f) for f in files], "void": stats}
