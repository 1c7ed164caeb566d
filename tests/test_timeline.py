"""The timeline: every dated event in date order, participants and
mediators linked, and a filter by actor."""

from __future__ import annotations

BASE = "https://w3id.org/caucasus-kg/id/"


def events(client, **params: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    response = client.get("/timeline", query_string={"format": "json", **params})
    assert response.status_code == 200
    return list(response.get_json()["events"])


def test_every_meeting_of_the_graph_is_on_the_timeline_in_date_order(client) -> None:
    rows = client.get(
        "/sparql",
        query_string={"query": "SELECT DISTINCT ?m WHERE { ?m a ckg:Meeting }"},
        headers={"Accept": "application/sparql-results+json"},
    ).get_json()["results"]["bindings"]
    listed = events(client)
    assert {r["m"]["value"] for r in rows} <= {e["iri"] for e in listed}
    dates = [e["date"] for e in listed if e["date"]]
    assert dates == sorted(dates) and dates
    flags = [bool(e["date"]) for e in listed]
    assert flags == sorted(flags, reverse=True), "undated events come last"


def test_filter_by_actor_keeps_only_their_events(client) -> None:
    everything = events(client)
    mediator = next(m for e in everything for m in e["roles"]["mediators"])
    slug = mediator["iri"].removeprefix(BASE)
    mine = events(client, actor=slug)
    assert mine and len(mine) <= len(everything)
    for event in mine:
        involved = {
            a["iri"]
            for role in ("participants", "mediators", "signatories", "parties")
            for a in event["roles"][role]
        }
        assert mediator["iri"] in involved


def test_html_timeline_links_events_and_actors(client) -> None:
    html = client.get("/timeline", headers={"Accept": "text/html"}).get_data(as_text=True)
    first = events(client)[0]
    assert f'href="/id/{first["iri"].removeprefix(BASE)}"' in html
    assert "<svg" in html and 'name="actor"' in html
    assert 'src="/static/site/timeline.js"' in html


def test_actor_that_is_not_a_name_is_refused(client) -> None:
    for bad in ("russia> } UNION { ?s ?p ?o", 'a"b', "x y"):
        response = client.get(
            "/timeline", query_string={"actor": bad}, headers={"Accept": "application/json"}
        )
        assert response.status_code == 400, bad
        assert "actor" in response.get_json()["error"]
