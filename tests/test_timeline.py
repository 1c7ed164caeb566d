"""The timeline: every dated event in date order, participants and
mediators linked, and a filter by actor."""

from __future__ import annotations

import re

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


def _claims(client, **params: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    response = client.get("/timeline", query_string={"format": "json", "claims": "1", **params})
    assert response.status_code == 200
    return dict(response.get_json())


def test_claims_are_off_until_asked_and_leave_the_events_as_they_are(client) -> None:
    plain = client.get("/timeline", query_string={"format": "json"}).get_json()
    assert "claims" not in plain
    html = client.get("/timeline", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'class="claim' not in html and 'name="claims"' in html
    both = _claims(client)
    assert [e["iri"] for e in both["events"]] == [e["iri"] for e in plain["events"]]
    assert both["total"] == plain["total"] + len(both["claims"])


def test_claims_come_with_speaker_sentence_and_document(client) -> None:
    claims = _claims(client)["claims"]
    iran = [c for c in claims if c["speaker"] == BASE + "iran"]
    assert any(
        c["predicate"].endswith("#opposes") and c["object"] == BASE + "zangezur-corridor" for c in iran
    ), claims
    for c in claims:
        assert c["kind"] in ("claim", "stance") and c["sentence"] and c["document"].startswith(BASE)
        assert c["date"], "dated by the document that reports it"
    dates = [c["date"] for c in claims]
    assert dates == sorted(dates)


def test_claims_of_an_actor_are_its_own_or_about_it(client) -> None:
    claims = _claims(client, actor="iran")["claims"]
    assert claims
    for c in claims:
        assert BASE + "iran" in (c["speaker"], c["subject"], c["object"]), c
    assert not any(c["speaker"] == BASE + "turkiye" for c in claims)


def test_html_timeline_marks_claims_and_keeps_the_toggle(client) -> None:
    html = client.get(
        "/timeline", query_string={"claims": "1", "lang": "tr"}, headers={"Accept": "text/html"}
    ).get_data(as_text=True)
    assert 'name="claims" value="1" checked' in html
    assert '<span class="badge stance">tutum</span>' in html
    assert 'circle class="dot claim"' in html
    assert re.search(r'<li id="ev-\d+" class="claim stance">', html)
    for link in re.findall(r'href="\?([^"]*year=[^"]*)"', html):
        assert "claims=1" in link, link
