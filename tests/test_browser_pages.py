"""The linked-data pages in a real headless Chromium (Debian's, driven by
playwright; never downloaded) against the real server (gunicorn): an entity
page, a document page, the ontology and the timeline render, link where they
should, load nothing from elsewhere and log no errors; markup in a document
does not run.  Screenshots go to tests/artifacts/ (git-ignored)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from kg.build import build
from kg.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Visit:
    """A page opened in a fresh context that records errors and every request."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.on(
            "response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None
        )
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        self.page.wait_for_load_state("networkidle")
        return response

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        host = urlsplit(self.base).netloc
        elsewhere = [u for u in self.requests if urlsplit(u).netloc not in (host, "")]
        self.context.close()
        assert not elsewhere, f"requests to other origins: {elsewhere}"
        assert not self.errors, f"errors in the page: {self.errors}"


@pytest.fixture
def visit(browser: Any, live_server: str) -> Iterator[Visit]:
    v = Visit(browser, live_server)
    yield v
    v.close()


def test_entity_page(visit: Visit) -> None:
    visit.open("/id/azerbaijan")
    page = visit.page
    assert page.locator("h1").inner_text() == "Azerbaijan"
    assert page.locator("figure.picture svg circle").count() > 3, "the neighbourhood picture is drawn"
    assert page.locator('a[href^="http://www.wikidata.org/entity/Q"]').count() >= 1
    assert page.locator("a[href='/id/azerbaijan.ttl']").count() == 1
    visit.shot("entity-azerbaijan")
    page.locator("text=TR").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "Azerbaycan"
    visit.shot("entity-azerbaijan-tr")


def test_entity_page_shows_sources_and_inferred_facts(visit: Visit) -> None:
    visit.open("/id/charles-michel")
    page = visit.page
    summary = page.locator("details.sources summary").first
    summary.click()
    sentence = page.locator("details.sources[open] blockquote.sentence").first
    assert sentence.is_visible() and sentence.locator("mark").inner_text().strip()
    link = page.locator("details.sources[open] p.cite a").first
    href = link.get_attribute("href") or ""
    assert href.startswith("/id/document/") and "#char=" in href
    if page.locator(".badge.inferred").count():
        assert page.locator("a.why").first.get_attribute("href", timeout=1000).startswith("/explain?")  # type: ignore[union-attr]
    visit.shot("entity-charles-michel")
    link.click()
    page.wait_for_load_state("networkidle")
    fragment = href.split("#", 1)[1]
    assert page.evaluate("location.hash") == "#" + fragment
    assert page.locator(f'[id="{fragment}"]').count() == 1, "the sentence IRI lands on the sentence"


def test_document_page(visit: Visit) -> None:
    visit.open("/id/document/turkish-world-will-unite-2022")
    page = visit.page
    assert page.locator(".doctext a.span").count() > 5
    first = page.locator(".doctext a.span").first
    target = (first.get_attribute("href") or "").lstrip("#")
    first.click()
    assert page.locator(f'[id="{target}"]').is_visible()
    visit.shot("document-turkish-world")


def test_ontology_page(visit: Visit) -> None:
    visit.open("/ontology#mediatedBy")
    page = visit.page
    assert page.locator("section.term#mediatedBy").is_visible()
    assert page.locator("#diagram svg rect").count() >= 10
    visit.shot("ontology")


def test_timeline_page_and_its_filter(visit: Visit) -> None:
    visit.open("/timeline")
    page = visit.page
    everything = page.locator("ol.events li").count()
    assert everything > 3 and page.locator(".axis svg circle.dot").count() > 3
    visit.shot("timeline")
    option = page.locator("select#actor option").nth(1)
    value = option.get_attribute("value")
    with page.expect_navigation():
        page.select_option("select#actor", value)  # timeline.js submits on change
    assert f"actor={value}" in page.url
    assert 0 < page.locator("ol.events li").count() <= everything
    visit.shot("timeline-filtered")


def test_disagreement_shows_its_sides_side_by_side(visit: Visit) -> None:
    visit.open("/id/zangezur-corridor")
    page = visit.page
    table = page.locator("section.disagreements table.disagreement").first
    heads = table.locator("thead th")
    assert heads.count() == 2
    cells = table.locator("tbody td")
    left, right = cells.nth(0).bounding_box(), cells.nth(1).bounding_box()
    assert left and right and right["x"] >= left["x"] + left["width"] - 1, "two columns, not stacked"
    assert abs(left["y"] - right["y"]) < 2
    for i in range(2):  # each side: a sentence and a link into its document
        assert cells.nth(i).locator("blockquote.sentence").first.inner_text().strip()
        href = cells.nth(i).locator("p.cite a").first.get_attribute("href") or ""
        assert href.startswith("/id/document/") and "#char=" in href
    said = page.locator("section.said-about li.saying").first
    assert said.locator(".badge").inner_text() in ("stance", "claim")
    visit.shot("entity-zangezur-disagreements")
    link = cells.nth(0).locator("p.cite a").first
    fragment = (link.get_attribute("href") or "").split("#", 1)[1]
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.locator(f'[id="{fragment}"]').count() == 1, "the link lands on the sentence"


def test_timeline_shows_claims_when_asked(visit: Visit) -> None:
    visit.open("/timeline")
    page = visit.page
    assert page.locator("ol.events li.claim").count() == 0
    with page.expect_navigation():
        page.locator("input#claims").check()  # timeline.js submits on change
    assert "claims=1" in page.url
    claims = page.locator("ol.events li.claim")
    assert claims.count() >= 2 and page.locator(".axis svg circle.dot.claim").count() >= 1
    first = claims.first
    assert first.locator(".badge").inner_text() in ("stance", "claim")
    assert first.locator("blockquote.sentence").inner_text().strip()
    assert page.locator("input#claims").is_checked()
    visit.shot("timeline-claims")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, server_factory: Any) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile-docs")
    (folder / "hostile.txt").write_text(
        "<script>alert('script ran')</script> Azerbaijan and Armenia met in Brussels on 14 December 2020 "
        "under the mediation of Charles Michel. <img src=x onerror=\"alert('img ran')\">\n",
        encoding="utf-8",
    )
    (folder / "hostile.meta.toml").write_text(
        'title = "<script>alert(\'title ran\')</script>"\nlanguage = "en"\n', encoding="utf-8"
    )
    store = tmp_path_factory.mktemp("hostile-served") / "store"
    build([folder], Settings.load(environ={}, store=store))
    process, url = server_factory(store)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_markup_in_a_document_does_not_run(browser: Any, hostile_server: str) -> None:
    visit = Visit(browser, hostile_server)
    visit.open("/id/document/hostile")
    page = visit.page
    assert "<script>alert('script ran')</script>" in page.locator(".doctext").inner_text()
    assert page.locator(".doctext script, .doctext img").count() == 0
    visit.shot("document-hostile")
    assert not visit.dialogs, f"script from the document ran: {visit.dialogs}"
    visit.close()


_BOXES = """() => Array.from(document.querySelectorAll('figure.picture svg text')).map(t => {
  const b = t.getBBox();
  return {text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height};
})"""


def test_no_two_labels_of_a_neighbourhood_picture_overlap(visit: Visit) -> None:
    known: dict[str, set[str]] = {}

    def names_of(href: str) -> set[str]:
        """The labels of the resource at ``href`` as a page may show them."""
        if href not in known:
            iri = "https://w3id.org/caucasus-kg" + href
            rows = requests.get(
                visit.base + "/sparql",
                params={"query": f"SELECT ?l WHERE {{ <{iri}> rdfs:label ?l }}"},
                headers={"Accept": "application/sparql-results+json"},
                timeout=30,
            ).json()["results"]["bindings"]
            labels = [(r["l"]["value"], r["l"].get("xml:lang", "")) for r in rows]
            known[href] = {
                t[:1].upper() + t[1:] + suffix for t, lang in labels for suffix in ("", f" ({lang})")
            }
        return known[href]

    """Every page of /id/ with a picture: the bounding boxes the browser gives
    its texts (labels of neighbours, of edges and of the centre) do not
    intersect, and stay in the picture; no neighbour is named from its address."""
    visit.open("/id/?lang=en")
    paths = sorted(
        {
            h
            for h in visit.page.eval_on_selector_all(
                "main a[href^='/id/']", "els => els.map(e => e.getAttribute('href'))"
            )
        }
    )
    assert len(paths) > 20
    pictures = 0
    for path in ["/id/azerbaijan", "/id/armenia", *paths]:
        for lang in ("en", "tr") if path in paths[:12] else ("en",):
            visit.open(f"{path}{'&' if '?' in path else '?'}lang={lang}")
            if not visit.page.locator("figure.picture svg").count():
                continue
            pictures += 1
            width, height = visit.page.evaluate(
                "() => { const v = document.querySelector('figure.picture svg').viewBox.baseVal;"
                " return [v.width, v.height]; }"
            )
            boxes = visit.page.evaluate(_BOXES)
            for i, a in enumerate(boxes):
                assert (
                    a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["w"] <= width and a["y"] + a["h"] <= height
                ), (path, a)
                for b in boxes[i + 1 :]:
                    apart = (
                        a["x"] + a["w"] <= b["x"]
                        or b["x"] + b["w"] <= a["x"]
                        or a["y"] + a["h"] <= b["y"]
                        or b["y"] + b["h"] <= a["y"]
                    )
                    assert apart, f"{path}?lang={lang}: {a['text']!r} overlaps {b['text']!r}"
            for title, href in visit.page.evaluate(
                "() => Array.from(document.querySelectorAll('figure.picture svg a')).map("
                "a => [a.querySelector('title').textContent, a.getAttribute('href')])"
            ):
                assert title in names_of(href), f"{href} titled {title!r}, not from its labels"
    assert pictures > 20
