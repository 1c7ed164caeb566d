"""The remote backend without a remote: how pyoxigraph's query options become
SPARQL Protocol parameters, and what a client sees when the remote is down.
(The answers through real Oxigraph and Virtuoso servers: tests/test_publish.py.)"""

from __future__ import annotations

import socket
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.settings import Settings
from server import create_app
from server.backend import RemoteHandle, _request, query_form


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_options_travel_as_protocol_parameters() -> None:
    text, form = _request(
        "SELECT * WHERE { ?s ?p ?o }",
        {
            "prefixes": {"ckg": "https://w3id.org/caucasus-kg/ontology#"},
            "base_iri": "http://example.org/sparql",
            "default_graph": [ox.NamedNode("http://g/1"), ox.NamedNode("http://g/2")],
            "named_graphs": [ox.NamedNode("http://g/3")],
        },
    )
    assert text.splitlines()[0] == (
        "BASE <http://example.org/sparql> PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#>"
    )
    assert text.splitlines()[1] == "SELECT * WHERE { ?s ?p ?o }"  # one line added: error lines stay close
    assert form == [
        ("default-graph-uri", "http://g/1"),
        ("default-graph-uri", "http://g/2"),
        ("named-graph-uri", "http://g/3"),
    ]
    with pytest.raises(TypeError, match="substitutions"):
        _request("ASK {}", {"substitutions": {}})


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("select * { ?s ?p ?o }", "SELECT"),
        ("PREFIX ask: <http://x/> CONSTRUCT { ?s ask:p 'SELECT' } WHERE {}", "CONSTRUCT"),
        ("# SELECT in a comment\nDESCRIBE <http://x/ASK>", "DESCRIBE"),
        ('ASK { ?s ?p "CONSTRUCT" }', "ASK"),
    ],
)
def test_the_query_form_is_read_outside_strings_iris_and_comments(query: str, form: str) -> None:
    assert query_form(query) == form


def test_a_backend_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="--backend"):
        RemoteHandle("ftp://example.org/sparql")


def test_a_remote_that_is_down_is_our_fault_and_says_where(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/sparql"
    app = create_app(Settings.load(environ={}, store=tmp_path / "no-store", backend=url))
    client = app.test_client()
    assert client.get("/health").status_code == 200  # no local store needed
    response = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert response.status_code == 503
    assert url in response.get_json()["error"]
    refused = client.get("/sparql", query_string={"query": "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"})
    assert refused.status_code == 403  # the safety checks run before anything is sent
