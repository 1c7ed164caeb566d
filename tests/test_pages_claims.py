"""Who says what on the pages (issue 15), over real HTTP against ``ckg serve``
on a store built from short reports this test writes (so that a better
extraction of the bundled corpus cannot change what is checked): where
sources disagree side by side on the resource page, what an actor said and
what others said about it, in English and Turkish, escaped, bounded, and in
the resource's RDF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest
import rdflib
import requests

from kg.build import build
from kg.settings import Settings

CKG = rdflib.Namespace("https://w3id.org/caucasus-kg/ontology#")
ID = rdflib.Namespace("https://w3id.org/caucasus-kg/id/")

REPORTS = {
    "a": ("2023-09-21", "Azerbaijan launched the anti-terrorist operation in Karabakh on 19 September 2023."),
    "b": ("2023-09-22", "Azerbaijan launched the anti-terrorist operation in Karabakh on 20 September 2023."),
    "c": ("2023-09-25", "Iran said Azerbaijan took control of the Lachin corridor."),
    "d": ("2023-09-26", "According to diplomatic sources, Russia took control of the Lachin corridor."),
    "e": (
        "2025-08-10",
        "Iran opposes the Zangezur corridor. Türkiye supports the Zangezur corridor. "
        "The Iranian foreign minister Abbas Araghchi expressed concern about the Trump Route.",
    ),
    "hostile": ("2024-01-02", "<b>Iran</b> said Azerbaijan took control of the Lachin corridor <i>x</i>."),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, server_factory: Any) -> Iterator[str]:
    docs = tmp_path_factory.mktemp("claims-docs")
    for name, (date, text) in REPORTS.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.toml").write_text(
            f'title = "Report {name}"\nlanguage = "en"\ndate = "{date}"\n', encoding="utf-8"
        )
    store = tmp_path_factory.mktemp("claims-store") / "store"
    build([docs], Settings.load(environ={}, store=store))
    process, url = server_factory(store)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def page(url: str, lang: str = "en") -> str:
    response = requests.get(url, headers={"Accept": "text/html", "Accept-Language": lang}, timeout=30)
    assert response.status_code == 200, (url, response.status_code)
    assert response.headers["Content-Language"] == lang
    return response.text


def section(html: str, name: str) -> str:
    match = re.search(rf'<section class="{name}".*?</section>', html, re.S)
    assert match, f"no section {name}"
    return match.group(0)


def text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def columns(table: str) -> list[str]:
    """The text of each cell of a side-by-side table's one row, in order."""
    body = re.search(r"<tbody>(.*?)</tbody>", table, re.S)
    assert body
    return [text(cell) for cell in re.findall(r"<td>(.*?)</td>", body.group(1), re.S)]


def test_two_dates_of_one_event_side_by_side(served: str) -> None:
    html = section(page(served + "/id/karabakh-operation-2023"), "disagreements")
    heads = [text(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)]
    assert [h.split()[0] for h in heads] == ["2023-09-19", "2023-09-20"]
    left, right = columns(html)
    assert "on 19 September 2023" in left and "20 September" not in left
    assert "on 20 September 2023" in right and "19 September" not in right
    # each side links to its sentence in its document
    links = re.findall(r'href="(/id/document/[^"#]+#char=\d+,\d+)"', html)
    assert {link.split("#")[0] for link in links} == {"/id/document/a", "/id/document/b"}


def test_claimed_controllers_side_by_side_with_their_speakers(served: str) -> None:
    html = section(page(served + "/id/lachin-corridor"), "disagreements")
    heads = [text(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)]
    assert heads == ["Azerbaijan", "Russia"]
    azerbaijan, russia = columns(html)
    assert "Speaker: Iran" in azerbaijan and "Iran said Azerbaijan took control" in azerbaijan
    assert "Document: Report c · 2023-09-25" in azerbaijan, "cited by its title and date"
    assert "Speaker: Anonymous source" in russia and "According to diplomatic sources" in russia


def test_opposite_stances_side_by_side(served: str) -> None:
    html = section(page(served + "/id/zangezur-corridor"), "disagreements")
    for_, against = columns(html)
    assert "Türkiye" in for_ and "Türkiye supports the Zangezur corridor." in for_ and "Iran" not in for_
    assert "Iran" in against and "Iran opposes the Zangezur corridor." in against


def test_what_an_actor_said_with_date_and_sentence(served: str) -> None:
    html = section(page(served + "/id/iran"), "said-by")
    items = [text(li) for li in re.findall(r'<li class="saying[^"]*">(.*?)</li>', html, re.S)]
    claim = next(i for i in items if "Lachin" in i and "diplomatic" not in i)
    assert claim.startswith("2023-09-25 claim Iran :"), claim
    assert "Lachin corridor controlled by Azerbaijan" in claim and "reported" in claim
    stance = next(i for i in items if "Zangezur" in i)
    assert stance.startswith("2025-08-10 stance Iran opposes Zangezur corridor"), stance
    # what its foreign minister said counts as what Iran said, under the minister's name
    concern = next(i for i in items if "Trump" in i)
    assert "Abbas Araghchi is concerned about" in concern, concern
    assert not any("Türkiye supports" in i for i in items)


def test_what_others_said_about_a_resource(served: str) -> None:
    html = section(page(served + "/id/zangezur-corridor"), "said-about")
    items = [text(li) for li in re.findall(r'<li class="saying[^"]*">(.*?)</li>', html, re.S)]
    assert any(i.startswith("2025-08-10 stance Türkiye supports Zangezur corridor") for i in items), items
    assert any(i.startswith("2025-08-10 stance Iran opposes Zangezur corridor") for i in items), items
    lachin = text(section(page(served + "/id/lachin-corridor"), "said-about"))
    assert "claim Iran :" in lachin and "claim Anonymous source :" in lachin
    # Iran's own claims are what it said, not what others said about it
    iran = page(served + "/id/iran")
    assert 'class="said-about"' not in iran or "claim Iran :" not in text(section(iran, "said-about"))


def test_turkish_page_says_it_in_turkish(served: str) -> None:
    html = page(served + "/id/iran", "tr")
    said = text(section(html, "said-by"))
    assert "Söyledikleri" in said and "iddia İran :" in said and "aktarılan" in said
    assert "Laçin Koridoru" in said  # the labels too, not only the headings
    disagreement = text(section(page(served + "/id/zangezur-corridor", "tr"), "disagreements"))
    assert "Kaynakların ayrıldığı noktalar" in disagreement and "Lehte" in disagreement


def test_markup_in_a_sentence_is_shown_not_run(served: str) -> None:
    html = page(served + "/id/lachin-corridor")
    assert "<b>Iran</b>" not in html and "<i>x</i>" not in html
    assert "&lt;b&gt;Iran&lt;/b&gt;" in html


def test_the_rdf_of_an_actor_holds_what_it_said(served: str) -> None:
    response = requests.get(served + "/id/iran", headers={"Accept": "text/turtle"}, timeout=30)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    records = set(graph.subjects(CKG.speaker, ID.iran))
    assert records, "the records Iran is the speaker of"
    facts = {graph.value(r, CKG.statement) for r in records}
    assert any(graph.value(f, rdflib.RDF.object) == ID.azerbaijan for f in facts)
    # a description, not the store: the ontology's axioms are not in it
    assert not list(graph.triples((None, rdflib.OWL.propertyChainAxiom, None)))
    assert len(graph) < 300


def test_lists_are_bounded(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.site import claims, resource_view

    monkeypatch.setattr(claims, "LIMIT", 1)
    monkeypatch.setattr(resource_view, "SHOWN_SAYINGS", 1)
    with app.test_request_context("/id/zangezur-corridor"):
        from server.site import common as site

        found = claims.said_about(site.snapshot(), "https://w3id.org/caucasus-kg/id/zangezur-corridor")
    assert len(found.sayings) <= 2 and found.truncated
    html = app.test_client().get("/id/zangezur-corridor", headers={"Accept": "text/html"}).data.decode()
    assert html.count('<li class="saying') <= 2 and "query editor" in html


def test_narrowed_question_is_the_competency_question() -> None:
    from kg.queries import competency
    from server.site import claims

    question = next(q for q in competency() if q.id == "where-sources-disagree")
    narrowed = claims.disagreement_query("https://w3id.org/caucasus-kg/id/x")
    values = " VALUES ?thing { <https://w3id.org/caucasus-kg/id/x> }"
    assert narrowed.count(values) == question.sparql.count("VALUES ?property") >= 2, "in every branch"
    unnarrowed = narrowed.replace(values, "").replace(
        "SELECT DISTINCT ?where ?thing", "SELECT DISTINCT ?thing"
    )
    # the same question, less its ORDER BY (the page groups the rows; a LIMIT can stop early)
    assert question.sparql.startswith(unnarrowed)
    assert question.sparql[len(unnarrowed) :].strip().startswith("ORDER BY")


def test_too_many_values_to_pair_are_counted_not_compared(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A treaty read with hundreds of dates has their square of pairs: the
    page says how many values there are and points to the question instead."""
    from server.site import claims

    monkeypatch.setattr(claims, "MAX_VALUES", 0)
    html = app.test_client().get("/id/zangezur-corridor", headers={"Accept": "text/html"}).data.decode()
    crowded = section(html, "disagreements")
    assert 'class="crowded"' in crowded and "too many to set side by side" in crowded
    assert 'table class="disagreement"' not in crowded
