"""The whole path over real HTTP: the bundled corpus built, gunicorn serving it."""

from __future__ import annotations

import requests

QUERY = """
SELECT ?mediator WHERE {
  ?meeting a ckg:Meeting ; ckg:date "2025-08-08"^^xsd:date ; ckg:mediatedBy ?mediator .
}"""


def test_who_mediated_the_meeting_of_8_august_2025(live_server: str) -> None:
    response = requests.get(live_server + "/sparql", params={"query": QUERY}, timeout=10)
    assert response.status_code == 200
    mediators = {b["mediator"]["value"] for b in response.json()["results"]["bindings"]}
    assert "https://w3id.org/caucasus-kg/id/donald-trump" in mediators


def test_ask_over_http(live_server: str) -> None:
    response = requests.get(live_server + "/sparql", params={"query": "ASK{?s ?p ?o}"}, timeout=10)
    assert response.json() == {"head": {}, "boolean": True}
