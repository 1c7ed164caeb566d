"""Quads per asserted fact of a built store, and what each provenance model
considered in docs/provenance.md would hold for the same documents.

    python bench/generate_corpus.py --docs 1000 --seed 7 --out /tmp/c1000
    ckg build /tmp/c1000 --store /tmp/s1000
    python bench/provenance_counts.py --store /tmp/s1000

The store's own figures are counted in it (graph by graph); the other
models' totals are computed from those counts (records, distinct facts,
sentences), each model's quads per record and per fact being as
docs/provenance.md spells them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg import store as kgstore
from kg.iri import NIF, ONTOLOGY, Minter


def _count(oxi: object, sparql: str) -> int:
    return int(next(iter(oxi.query(sparql)))["n"].value)  # type: ignore[attr-defined]


def counts(root: Path, base: str = "https://w3id.org/caucasus-kg/") -> dict[str, int]:
    oxi = kgstore.current(root).open()
    minter = Minter(base)
    by_graph = {
        row["g"].value: int(row["n"].value)
        for row in oxi.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    documents = {g: n for g, n in by_graph.items() if g.startswith(minter.graph("document/"))}
    graph = {name: by_graph.get(minter.graph(name), 0) for name in ("asserted", "statements", "inferred")}
    graph.update({name: by_graph.get(minter.graph(name), 0) for name in ("ontology", "lexicon", "curated")})
    records = _count(oxi, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?r <{ONTOLOGY}statement> ?f }} }}")
    stated = _count(oxi, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?r <{ONTOLOGY}modality> ?m }} }}")
    sentences = _count(
        oxi, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?x <{NIF}referenceContext> ?d }} }}"
    )
    report = kgstore.current(root).info().get("report", {})
    return {
        "quads": sum(by_graph.values()),
        "asserted_facts": int(report.get("asserted", 0)),
        "document_graphs": len(documents),
        "document_graph_quads": sum(documents.values()),
        "records": records,
        "records_with_modality": stated,
        "reported_facts": graph["statements"] // 3,
        "sentences": sentences,
        **{f"graph_{name}": n for name, n in graph.items()},
    }


def models(c: dict[str, int]) -> dict[str, int]:
    """Total quads of each model for the same documents."""
    records, facts, sentences = c["records"], c["reported_facts"], c["sentences"]
    modality = c["records_with_modality"]
    fixed = c["quads"] - c["document_graph_quads"] - c["graph_statements"] - c["graph_curated"]
    documents = c["document_graph_quads"] - 5 * records - modality - 5 * sentences  # descriptions
    shared = documents + c["graph_curated"] + fixed
    return {
        # Chosen: one rdf:Statement per fact (3 quads), a record of 5 (+ modality when not asserted).
        "statement per fact + 5-quad records (chosen)": c["quads"],
        # The same record, its fact an RDF 1.2 triple term (rdf:reifies): no rdf:Statement quads.
        "RDF 1.2 reifier + 5-quad records": c["quads"] - 3 * facts,
        # rdf:Statement per fact (typed) with records as complete as before: type, document,
        # surface and modality always (9 quads).
        "statement per fact + full records (9 quads)": c["quads"] + 4 * records - modality + facts,
        # Records whose span is a NIF IRI (…#char=b,e: no offsets) and sentences as bare
        # nif:Sentence IRIs (1 quad: offsets, context and text derived from the IRI and the document).
        "statement per fact + NIF-span records (3 quads)": shared
        + 3 * facts
        + 3 * records
        + modality
        + sentences,
        "RDF 1.2 reifier + NIF-span records (3 quads)": shared + 3 * records + modality + sentences,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    c = counts(args.store)
    totals = models(c)
    if args.json:
        print(json.dumps({"counts": c, "models": totals}, indent=2))
        return 0
    for key, value in c.items():
        print(f"{key:28} {value:>10,}")
    print()
    for name, total in totals.items():
        print(f"{name:50} {total:>10,} quads  {total / c['asserted_facts']:6.2f} per asserted fact")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
