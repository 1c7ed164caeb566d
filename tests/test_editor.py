"""The query editor at ``/``: in Flask's test client, and end to end in a
real headless Chromium (Debian's, driven by playwright; never downloaded):
open the page, run an example, see the rows; nothing loaded from another
origin."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
VENDORED = (
    Path(__file__).parent.parent / "server" / "static" / "vendor" / "yasgui" / "yasgui.min.js"
).exists()


def _config(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="editor-config">(.*?)</script>', html, re.S)
    assert match, "editor configuration missing"
    return json.loads(match.group(1))


def test_page_lists_examples_in_both_languages(client: Any) -> None:
    en = client.get("/?lang=en")
    tr = client.get("/?lang=tr")
    assert en.status_code == tr.status_code == 200
    config = _config(en.data.decode())
    assert config["endpoint"].endswith("/sparql")
    assert config["prefixes"]["ckg"] == "https://w3id.org/caucasus-kg/ontology#"
    assert len(config["examples"]) >= 3
    example = config["examples"][0]
    assert example["en"] and example["tr"] and example["en"] != example["tr"]
    assert escape(example["en"]) in en.data.decode() and escape(example["tr"]) in tr.data.decode()
    for e in config["examples"]:  # every example declares the prefixes it uses and runs
        if "ckg:" in e["query"]:
            assert "PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#>" in e["query"]
        answer = client.post("/sparql", data={"query": e["query"]})
        assert answer.status_code == 200, (e["id"], answer.data)


def test_page_loads_nothing_from_elsewhere(client: Any) -> None:
    html = client.get("/").data.decode()
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not urlsplit(url).netloc or urlsplit(url).netloc == "localhost", url
    assert "<script>" not in html  # no inline script: CSP-ready


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    if not VENDORED:
        pytest.skip("YASGUI is not vendored: npm ci && npm run vendor")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.mark.browser
@pytest.mark.slow
def test_run_an_example_and_see_rows(browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    foreign: list[str] = []
    errors: list[str] = []
    origin = urlsplit(live_server).netloc
    page.on(
        "request", lambda r: foreign.append(r.url) if urlsplit(r.url).netloc not in (origin, "") else None
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(live_server + "/?lang=en")
        page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
        button = page.locator("button.example", has_text="most events")
        with page.expect_response(lambda r: r.url.startswith(live_server + "/sparql"), timeout=15000) as info:
            button.click()
        assert info.value.status == 200
        page.wait_for_selector(".yasr table tbody tr", timeout=15000)
        rows = page.locator(".yasr table tbody tr").count()
        assert rows >= 2
        assert "participant" in page.locator(".yasqe .CodeMirror").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "editor-table.png"), full_page=True)
        # the counts chart: our own YASR plugin
        page.locator(".yasr .select_chart").click()
        page.wait_for_selector("svg.ckg-chart rect", timeout=5000)
        assert page.locator("svg.ckg-chart rect").count() == rows
        page.screenshot(path=str(ARTIFACTS / "editor-chart.png"), full_page=True)
        # asserted data only: the request carries infer=false
        page.locator("#asserted-only").check()
        with page.expect_request(lambda r: r.url.startswith(live_server + "/sparql")) as sent:
            page.locator("button.example").first.click()
        assert "infer=false" in (sent.value.post_data or "") + sent.value.url
    finally:
        context.close()
    assert not foreign, f"requests to other origins: {foreign}"
    assert not errors, errors


@pytest.mark.browser
@pytest.mark.slow
def test_names_in_the_result_table_parse_when_pasted(browser: Any, live_server: str) -> None:
    """YASR shortens with the first prefix that matches; a query's own ``PREFIX id:``
    once gave ``id:meeting/2021-…``, which is not a prefixed name."""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(live_server + "/?lang=en")
        page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
        query = (
            "PREFIX id: <https://w3id.org/caucasus-kg/id/>\n"
            "SELECT DISTINCT ?x WHERE { { ?x a ckg:Meeting } UNION { ?x a ckg:State } UNION { SELECT ?x "
            "{ ?x <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?t } LIMIT 3 } }"
        )
        page.evaluate("q => { const t = window.ckgYasgui.getTab(); t.setQuery(q); t.query(); }", query)
        page.wait_for_selector(".yasr table tbody a.iri", timeout=15000)
        shown = page.locator(".yasr table tbody td").all_inner_texts()
    finally:
        context.close()
    names = {t.strip() for t in shown if ":" in t}
    assert any(n.startswith("meeting:") for n in names), names
    assert any(n.startswith("id:") for n in names), names
    assert any(n.startswith("<") for n in names), names  # sentences: no prefixed name parses
    for name in names:
        answer = requests.post(
            live_server + "/sparql", data={"query": f"SELECT * {{ VALUES ?x {{ {name} }} }}"}
        )
        assert answer.status_code == 200, f"{name!r} shown in the editor does not parse: {answer.text}"


ISSUE_15 = {  # the questions of issue 15, as the editor offers them in both languages
    "what-states-say-about-zangezur": (
        "What does each state say about the Zangezur corridor?",
        "Her devlet Zengezur Koridoru hakkında ne diyor?",
    ),
    "where-sources-disagree": ("Where do sources disagree?", "Kaynaklar nerede birbirinden ayrılıyor?"),
}


@pytest.mark.parametrize("example_id", sorted(ISSUE_15))
def test_who_says_what_examples_answer_in_both_languages(client: Any, example_id: str) -> None:
    config = _config(client.get("/?lang=en").data.decode())
    example = next(e for e in config["examples"] if e["id"] == example_id)
    assert (example["en"], example["tr"]) == ISSUE_15[example_id]
    assert escape(example["tr"]) in client.get("/?lang=tr").data.decode()
    answer = client.post(
        "/sparql", data={"query": example["query"]}, headers={"Accept": "application/sparql-results+json"}
    )
    assert answer.status_code == 200
    rows = answer.get_json()["results"]["bindings"]
    assert rows, f"{example_id} answers nothing on the bundled corpus"
    assert all(row.get("sentence", {}).get("value") for row in rows), "every answer with its sentence"
    said = {(r["stance" if "stance" in r else "property"]["value"].rsplit("#", 1)[1]) for r in rows}
    assert {"opposes", "supports"} <= said


@pytest.mark.browser
@pytest.mark.slow
def test_where_sources_disagree_runs_in_the_editor(browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(live_server + "/?lang=tr")
        page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
        button = page.locator("button.example", has_text=ISSUE_15["where-sources-disagree"][1])
        with page.expect_response(lambda r: r.url.startswith(live_server + "/sparql"), timeout=15000) as info:
            button.click()
        assert info.value.status == 200
        page.wait_for_selector(".yasr table tbody tr", timeout=15000)
        table = page.locator(".yasr table tbody").inner_text()
        assert "id:zangezur-corridor" in table and "id:iran" in table and "id:turkiye" in table
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "editor-disagree.png"), full_page=True)
    finally:
        context.close()
    assert not errors, errors
