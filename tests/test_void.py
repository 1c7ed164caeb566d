"""The VoID description: it parses in every format, its counts agree with
the store, and it links the endpoint, the dumps and Wikidata."""

from __future__ import annotations

import warnings

import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, VOID

FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


def void_graph(client, media: str = "text/turtle") -> rdflib.Graph:  # type: ignore[no-untyped-def]
    response = client.get("/.well-known/void", headers={"Accept": media})
    assert response.status_code == 200 and response.mimetype == media
    graph = rdflib.Graph()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        graph.parse(data=response.data, format=FORMATS[media])
    return graph


def ask_count(client, query: str) -> int:  # type: ignore[no-untyped-def]
    rows = client.get(
        "/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"}
    ).get_json()["results"]["bindings"]
    return int(rows[0]["n"]["value"])


def dataset(graph: rdflib.Graph) -> rdflib.term.Node:
    found = [s for s in graph.subjects(RDF.type, VOID.Dataset) if (s, VOID.sparqlEndpoint, None) in graph]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("media", sorted(FORMATS))
def test_void_parses_in_every_format(client, media: str) -> None:
    graph = void_graph(client, media)
    assert (dataset(graph), VOID.triples, None) in graph


def test_void_counts_agree_with_the_store(client) -> None:
    graph = void_graph(client)
    root = dataset(graph)
    triples = ask_count(client, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    assert int(graph.value(root, VOID.triples)) == triples  # type: ignore[arg-type]
    links = ask_count(
        client,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o { ?s owl:sameAs ?o "
        'FILTER(STRSTARTS(STR(?o), "http://www.wikidata.org/entity/")) } }',
    )
    assert links > 0
    linksets = list(graph.subjects(RDF.type, VOID.Linkset))
    assert len(linksets) == 1
    assert graph.value(linksets[0], VOID.linkPredicate) == OWL.sameAs
    assert int(graph.value(linksets[0], VOID.triples)) == links  # type: ignore[arg-type]
    states = ask_count(client, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ckg:State }")
    partition = next(
        p
        for p in graph.objects(root, VOID.classPartition)
        if graph.value(p, VOID["class"]) == rdflib.URIRef("https://w3id.org/caucasus-kg/ontology#State")
    )
    assert int(graph.value(partition, VOID.entities)) == states  # type: ignore[arg-type]
    assert int(graph.value(root, VOID.entities)) > 0  # type: ignore[arg-type]
    assert list(graph.objects(root, VOID.propertyPartition))


def test_void_names_endpoint_dumps_licence_and_uri_space(client) -> None:
    graph = void_graph(client)
    root = dataset(graph)
    assert str(graph.value(root, VOID.sparqlEndpoint)).endswith("/sparql")
    dumps = {str(d).rsplit("/", 1)[-1] for d in graph.objects(root, VOID.dataDump)}
    listed = {f["file"] for f in client.get("/dumps/?format=json").get_json()["files"]}
    assert dumps == listed and dumps
    assert str(graph.value(root, VOID.uriSpace)) == "https://w3id.org/caucasus-kg/id/"
    assert graph.value(root, DCTERMS.license) is not None and graph.value(root, DCTERMS.modified) is not None
    assert rdflib.URIRef("https://w3id.org/caucasus-kg/ontology") in set(graph.objects(root, VOID.vocabulary))
