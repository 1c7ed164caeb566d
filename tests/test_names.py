"""Every name the service shows parses when pasted back into a query
(``server/names.py``), and a malformed query is a 400 whatever the client
accepts: parsed first, then negotiated.  Over real HTTP, against ``ckg serve``."""

from __future__ import annotations

import html
import re

import pytest
import requests

from server.names import prefixes, shorten

BASE = "https://w3id.org/caucasus-kg/"
SHOWN = re.compile(r"(?<![\w/:.#-])((?:meeting|treaty|control|event|document|statement|id|ckg):[^\s<>\"',]*)")


def parses(url: str, name: str) -> int:
    query = f"SELECT * WHERE {{ VALUES ?x {{ {name} }} }}"
    return requests.post(url + "/sparql", data={"query": query}, timeout=30).status_code


def test_every_resource_of_the_store_has_a_name_that_parses(live_server: str) -> None:
    rows = requests.get(
        live_server + "/sparql",
        params={"query": "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }", "format": "json"},
        timeout=30,
    ).json()["results"]["bindings"]
    known = prefixes(BASE)
    names = {shorten(r["s"]["value"], known) for r in rows}
    assert any(n.startswith("meeting:") for n in names) and any(n.startswith("<") for n in names)
    values = " ".join(sorted(names))
    answer = requests.post(
        live_server + "/sparql",
        data={"query": f"SELECT (COUNT(?x) AS ?n) WHERE {{ VALUES ?x {{ {values} }} ?x ?p ?o }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text[:500]
    assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) > 0


@pytest.mark.parametrize(
    "path",
    [
        "/id/meeting/2021-01-11-moscow",
        "/id/russia",
        "/id/control/2022-08-26-lachin",
        "/explain?s=https://w3id.org/caucasus-kg/id/russia"
        "&p=https://w3id.org/caucasus-kg/ontology%23mediatorOf"
        "&o=https://w3id.org/caucasus-kg/id/meeting/2021-01-11-moscow",
    ],
)
def test_names_on_pages_parse(live_server: str, path: str) -> None:
    page = requests.get(live_server + path, headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200, page.text[:300]
    text = html.unescape(re.sub(r"<[^>]+>", " ", page.text))
    shown = set(SHOWN.findall(text))
    if path.startswith("/explain"):
        # the derivation names its facts; resource pages show labels and full addresses, and
        # cite their sources by title and date (caaca81), so they may show no prefixed name
        assert shown, f"no names found on {path}"
    assert "id:meeting/" not in text and "id:control/" not in text
    for name in shown:
        assert parses(live_server, name) == 200, f"{name!r} shown on {path} does not parse"


@pytest.mark.parametrize(
    ("accept", "kind"),
    [
        ("text/plain", "text/plain"),
        ("text/csv", "application/json"),  # none of our error types: JSON
        ("application/sparql-results+json", "application/json"),
        ("image/png", "application/json"),
        ("text/plain, application/json;q=0.5", "text/plain"),
    ],
)
def test_a_syntax_error_is_a_400_whatever_is_accepted(live_server: str, accept: str, kind: str) -> None:
    answer = requests.get(
        live_server + "/sparql", params={"query": "SELEC * WHERE { ?s ?p ?o }"}, headers={"Accept": accept}
    )
    assert answer.status_code == 400, answer.text
    assert answer.headers["Content-Type"].startswith(kind)
    assert "line 1" in answer.text


def test_an_unacceptable_type_for_a_valid_query_is_still_406(live_server: str) -> None:
    answer = requests.get(
        live_server + "/sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"},
        headers={"Accept": "image/png"},
    )
    assert answer.status_code == 406
    assert "application/sparql-results+json" in answer.text


KINDS = "meeting|treaty|control|event"


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_every_minted_resource_has_a_label_in_each_language(live_server: str, lang: str) -> None:
    query = (
        "SELECT DISTINCT ?s WHERE { ?s ?p ?o "
        f'FILTER(REGEX(STR(?s), "/id/({KINDS})/")) '
        f'FILTER NOT EXISTS {{ ?s rdfs:label ?l FILTER(LANG(?l) = "{lang}") }} }}'
    )
    count = f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(REGEX(STR(?s), "/id/({KINDS})/")) }}'
    minted = requests.get(live_server + "/sparql", params={"query": count, "format": "json"}, timeout=30)
    assert int(minted.json()["results"]["bindings"][0]["n"]["value"]) > 5
    unlabelled = requests.get(live_server + "/sparql", params={"query": query, "format": "json"}, timeout=30)
    assert unlabelled.json()["results"]["bindings"] == []


def test_pages_name_in_their_language_and_capitalise(live_server: str) -> None:
    en = requests.get(live_server + "/id/meeting/2025-08-08?lang=en", timeout=30).text
    assert re.search(r"<h1[^>]*>\s*Meeting, 2025-08-08", en), en[:2000]
    tr = requests.get(live_server + "/id/meeting/2025-08-08?lang=tr", timeout=30).text
    assert "görüşmesi, 2025-08-08" in re.search(r"<h1[^>]*>(.*?)</h1>", tr, re.S).group(1)  # type: ignore[union-attr]
    index = requests.get(live_server + "/id/?lang=en", timeout=30).text
    assert ">Peace process<" in index and ">peace process<" not in index


def test_a_label_in_the_other_language_only_is_marked(app) -> None:  # type: ignore[no-untyped-def]
    from server.site import common as site

    with app.test_request_context("/id/x?lang=en"):
        assert site.pick_label({"tr": "barış süreci"}, "x") == "Barış süreci (tr)"
        assert site.pick_label({"tr": "Görüşme", "en": "meeting"}, "x") == "Meeting"
        assert site.pick_label({}, "meeting:x") == "meeting:x"
    with app.test_request_context("/id/x?lang=tr"):
        assert site.pick_label({"en": "peace process"}, "x") == "Peace process (en)"
        assert site.pick_label({"tr": "ilham"}, "x") == "İlham"
