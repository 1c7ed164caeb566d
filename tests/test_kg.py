from __future__ import annotations

from pathlib import Path

import pytest

from kg import store
from kg.build import BuildError, Report, build
from kg.settings import Settings

INFERRED = "https://w3id.org/caucasus-kg/graph/inferred"


def test_build_fills_several_named_graphs(built_store: tuple[Path, Report]) -> None:
    root, report = built_store
    assert len(report.documents) == 2
    oxi = store.current(root).open()
    graphs = {g.value for g in oxi.named_graphs()}
    assert INFERRED in graphs
    assert "https://w3id.org/caucasus-kg/graph/ontology" in graphs
    assert sum("/graph/document/" in g for g in graphs) == 2


def test_inferred_mediator_is_only_in_the_inferred_graph(store_path: Path) -> None:
    oxi = store.current(store_path).open()
    mediator = "<https://w3id.org/caucasus-kg/ontology#Mediator>"
    query = f"ASK {{ GRAPH ?g {{ ?agent a {mediator} }} FILTER(?g != <{INFERRED}>) }}"
    assert not bool(oxi.query(query))
    assert bool(
        oxi.query(f"ASK {{ GRAPH <{INFERRED}> {{ ?a a <https://w3id.org/caucasus-kg/ontology#Mediator> }} }}")
    )


def test_every_asserted_triple_has_its_sentence(store_path: Path) -> None:
    """Each fact of the graph ``asserted`` has a record: a document's sentence, or the curator's."""
    oxi = store.current(store_path).open()
    rows = list(
        oxi.query(
            """
        PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#>
        SELECT ?s ?p ?o ?sentence ?curated WHERE {
          GRAPH <https://w3id.org/caucasus-kg/graph/asserted> {
            ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(ckg:))) }
          OPTIONAL {
            GRAPH <https://w3id.org/caucasus-kg/graph/statements> {
              ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
            OPTIONAL { GRAPH ?g { ?st ckg:statement ?f ; prov:wasDerivedFrom ?sentence }
                       FILTER(CONTAINS(STR(?g), "/graph/document/")) }
            OPTIONAL { GRAPH <https://w3id.org/caucasus-kg/graph/curated> { ?curated ckg:statement ?f } }
          }
        }""",
            prefixes={
                "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "prov": "http://www.w3.org/ns/prov#",
            },
        )
    )
    assert len(rows) > 50
    assert all(r["sentence"] is not None or r["curated"] is not None for r in rows)
    assert sum(r["sentence"] is not None for r in rows) > 50


def test_failed_build_leaves_the_served_store(tmp_path: Path) -> None:
    root = tmp_path / "store"
    build(None, Settings.load(environ={}, store=root))
    before = store.current(root).id
    with pytest.raises(BuildError):
        build([tmp_path / "nothing-here"], Settings.load(environ={}, store=root))
    assert store.current(root).id == before
    assert bool(store.current(root).open().query("ASK { GRAPH ?g { ?s ?p ?o } }"))
