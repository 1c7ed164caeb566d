"""Real SPARQL clients against the running server: SPARQLWrapper (GET and
POST, JSON and XML, CONSTRUCT as Turtle) and rdflib's SPARQLStore."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import GET, JSON, POST, TURTLE, XML, SPARQLWrapper

CKG = "https://w3id.org/caucasus-kg/ontology#"
STATES = f"PREFIX ckg: <{CKG}> SELECT ?s WHERE {{ ?s a ckg:State }} ORDER BY ?s"


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_select(live_server: str, method: str, fmt: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setMethod(method)
    client.setReturnFormat(fmt)
    client.setQuery(STATES)
    result = client.query()
    assert result.response.status == 200
    converted = result.convert()
    if fmt == JSON:
        states = [b["s"]["value"] for b in converted["results"]["bindings"]]  # type: ignore[index]
    else:
        states = [node.firstChild.data for node in converted.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert len(states) >= 3 and states == sorted(states)


def test_sparqlwrapper_ask_and_construct_turtle(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setReturnFormat(JSON)
    client.setQuery(f"PREFIX ckg: <{CKG}> ASK {{ ?s a ckg:State }}")
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]
    client.setReturnFormat(TURTLE)
    client.setQuery(f"PREFIX ckg: <{CKG}> CONSTRUCT {{ ?s a ckg:State }} WHERE {{ ?s a ckg:State }}")
    result = client.query()
    assert result.response.headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=result.convert(), format="turtle")
    assert len(graph) >= 3
    assert all(o == URIRef(CKG + "State") for o in graph.objects())


def test_sparqlwrapper_post_direct(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setMethod(POST)
    client.setRequestMethod("postdirectly")
    client.setReturnFormat(JSON)
    client.setQuery(STATES)
    assert client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]


@pytest.mark.parametrize("results", ["xml", "json"])
def test_rdflib_sparqlstore(live_server: str, results: str) -> None:
    store = SPARQLStore(live_server + "/sparql", returnFormat=results)
    graph = Graph(store=store)
    rows = list(graph.query(STATES))
    assert len(rows) >= 3
    state = rows[0][0]
    assert (state, None, None) in graph  # triple patterns go through the endpoint too
    assert len(list(graph.triples((state, None, None)))) > 1
    assert bool(graph.query(f"ASK {{ <{state}> ?p ?o }}").askAnswer) is True
    if results == "xml":  # its Accept then offers RDF/XML too (with json it asks for JSON only: 406)
        described = graph.query(f"DESCRIBE <{state}>")
        assert len(described.graph) > 1  # type: ignore[arg-type]
