from __future__ import annotations

import json
from urllib.parse import quote


def test_ask_json(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/sparql?query=" + quote("ASK { ?s ?p ?o }"))
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    assert response.get_json()["boolean"] is True


def test_post_forms(client) -> None:  # type: ignore[no-untyped-def]
    query = "SELECT ?s WHERE { ?s a ckg:State } LIMIT 1"
    form = client.post("/sparql", data={"query": query})
    direct = client.post("/sparql", data=query, content_type="application/sparql-query")
    assert form.status_code == direct.status_code == 200
    assert form.get_json()["results"]["bindings"] == direct.get_json()["results"]["bindings"]


def test_syntax_error_has_line_and_column(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/sparql?query=" + quote("SELECT * WHERE {\n ?s ?p }"))
    assert response.status_code == 400
    body = json.loads(response.data)
    assert body["line"] == 2 and body["column"] > 1


def test_update_and_service_refused(client) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/sparql", data={"update": "CLEAR ALL"}).status_code == 403
    assert client.get("/sparql?query=" + quote("DROP ALL")).status_code == 403
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"
    assert client.get("/sparql?query=" + quote(service)).status_code == 403


def test_unsupported_body_is_415(client) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/sparql", data="x", content_type="text/plain").status_code == 415


def test_not_acceptable_names_what_works(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/sparql?query=" + quote("ASK {}"), headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.get_json()["error"]
