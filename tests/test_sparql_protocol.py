"""The protocol in-process (Flask's test client): negotiation, formats,
parameters, errors, infer=false, the service description."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.formats import RDF_FORMATS, RESULT_FORMATS

SELECT = "SELECT ?s WHERE { ?s a ckg:State } ORDER BY ?s LIMIT 3"
CONSTRUCT = "CONSTRUCT { ?s a ckg:State } WHERE { ?s a ckg:State } LIMIT 3"


def get(client: Any, query: str, **headers: str) -> Any:
    return client.get("/sparql?query=" + quote(query), headers=headers)


@pytest.mark.parametrize("fmt", RESULT_FORMATS, ids=lambda f: f.name)
def test_select_in_every_results_format(client: Any, fmt: Any) -> None:
    by_accept = get(client, SELECT, Accept=fmt.media_type)
    by_param = client.get(f"/sparql?format={fmt.name}&query=" + quote(SELECT))
    assert by_accept.status_code == by_param.status_code == 200
    assert by_accept.mimetype == by_param.mimetype == fmt.media_type
    if fmt.name == "csv":  # lossy: pyoxigraph does not read it back
        assert len(by_accept.data.decode().strip().splitlines()) == 4
    else:
        assert len(list(ox.parse_query_results(by_accept.data, format=fmt.results))) == 3


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.name)
def test_construct_in_every_rdf_format(client: Any, fmt: Any) -> None:
    response = get(client, CONSTRUCT, Accept=fmt.media_type)
    assert response.status_code == 200 and response.mimetype == fmt.media_type
    assert len(list(ox.parse(response.data, format=fmt.rdf))) == 3


def test_defaults_json_and_turtle(client: Any) -> None:
    assert get(client, SELECT).mimetype == "application/sparql-results+json"
    assert get(client, CONSTRUCT).mimetype == "text/turtle"
    assert get(client, "DESCRIBE ?s WHERE { ?s a ckg:State } LIMIT 1").mimetype == "text/turtle"


def test_quality_and_specificity(client: Any) -> None:
    accept = "application/sparql-results+json;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1"
    assert get(client, SELECT, Accept=accept).mimetype == "application/sparql-results+xml"
    assert get(client, SELECT, Accept="text/*, text/csv").mimetype == "text/csv"
    assert get(client, CONSTRUCT, Accept="application/*;q=0.2, application/n-triples").mimetype == (
        "application/n-triples"
    )


def test_clients_format_names(client: Any) -> None:
    """SPARQLWrapper sends format=, output= and results=, names like turtle, rdf+xml."""
    for name, mimetype in (
        ("turtle", "text/turtle"),
        ("rdf+xml", "application/rdf+xml"),
        ("xml", "application/rdf+xml"),
    ):
        response = client.get(f"/sparql?format={quote(name)}&output={quote(name)}&query=" + quote(CONSTRUCT))
        assert response.mimetype == mimetype
    bad = client.get("/sparql?format=png&query=" + quote(SELECT))
    assert bad.status_code == 400 and "json" in bad.get_json()["error"]


def test_406_names_a_working_type(client: Any) -> None:
    response = get(client, CONSTRUCT, Accept="application/sparql-results+json")
    assert response.status_code == 406
    assert "text/turtle" in response.get_json()["error"]


def test_malformed_requests(client: Any) -> None:
    two = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert two.status_code == 400 and "2 queries" in two.get_json()["error"]
    assert client.get("/sparql?format=json").status_code == 400
    assert client.post("/sparql", data={"format": "json"}).status_code == 400
    both = client.post("/sparql?query=ASK%7B%7D", data="ASK {}", content_type="application/sparql-query")
    assert both.status_code == 400
    assert client.get("/sparql?infer=perhaps&query=ASK%7B%7D").status_code == 400
    bad_graph = client.get("/sparql?default-graph-uri=not%20an%20iri&query=ASK%7B%7D")
    assert bad_graph.status_code == 400 and "not an absolute IRI" in bad_graph.get_json()["error"]
    assert (
        client.post("/sparql", data=b"\xff\xfe", content_type="application/sparql-query").status_code == 400
    )
    assert client.post("/sparql", data="x", content_type="application/json").status_code == 415
    assert client.put("/sparql?query=ASK%7B%7D").status_code == 405


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
        "PREFIX ex: <http://e/>\n# comment\ndelete where { ?s ex:p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_and_load_are_403(client: Any, update: str) -> None:
    assert get(client, update).status_code == 403
    assert client.post("/sparql", data={"update": update}).status_code == 403
    assert client.post("/sparql", data=update, content_type="application/sparql-update").status_code == 403


def test_update_words_inside_data_are_fine(client: Any) -> None:
    query = 'SELECT * WHERE { ?s ?p "INSERT DATA" } # DROP ALL'
    assert get(client, query).status_code == 200


def test_infer_false_is_asserted_only(client: Any) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ckg:Mediator }"

    def count(suffix: str) -> int:
        body = client.get("/sparql?query=" + quote(query) + suffix).get_json()
        return int(body["results"]["bindings"][0]["n"]["value"])

    inferred = count("")
    asserted = count("&infer=false")
    assert inferred > asserted  # every Mediator type comes from the reasoner
    graphs = client.get(
        "/sparql?infer=false&query=" + quote("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
    ).get_json()["results"]["bindings"]
    assert not any(b["g"]["value"].endswith("/graph/inferred") for b in graphs)


def test_store_failure_is_500_not_400(client: Any, app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = app.config["CKG_STORE"].get()

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError("disk on fire")

    monkeypatch.setattr(type(snapshot), "query", broken)
    response = get(client, SELECT)
    assert response.status_code == 500
    assert "ours" in response.get_json()["error"] and "disk on fire" not in response.get_json()["error"]


def test_service_description_lists_graph_sizes(client: Any) -> None:
    response = client.get("/sparql")
    assert response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.data, format="turtle")
    sizes = {
        str(row.name): int(row.n)
        for row in graph.query(
            """PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
               PREFIX void: <http://rdfs.org/ns/void#>
               SELECT ?name ?n WHERE { ?ng sd:name ?name ; sd:graph/void:triples ?n }"""
        )
    }
    assert any(name.endswith("/graph/inferred") for name in sizes)
    first = next(iter(sizes))
    counted = get(client, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{first}> {{ ?s ?p ?o }} }}")
    assert int(counted.get_json()["results"]["bindings"][0]["n"]["value"]) == next(iter(sizes.values()))
    assert b"/.well-known/void" in response.data
    assert client.get("/sparql", headers={"Accept": "application/ld+json"}).mimetype == "application/ld+json"
