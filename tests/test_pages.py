"""Dereferenceable resources: content negotiation, suffixes, every RDF form
parsing, 404s, languages, inferred facts, provenance, escaping, and a base
IRI that differs from the host."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from rdflib.namespace import OWL, RDFS

from kg.build import build
from kg.settings import Settings

CKG = rdflib.Namespace("https://w3id.org/caucasus-kg/ontology#")
BASE = "https://w3id.org/caucasus-kg/"
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}
SUFFIXES = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "jsonld": "json-ld"}


def parse(body: bytes, fmt: str) -> rdflib.Graph:
    """Parse with rdflib, as a client would.  rdflib's own JSON-LD parser
    warns that it uses its deprecated ConjunctiveGraph inside: not ours."""
    graph = rdflib.Graph()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        graph.parse(data=body, format=fmt)
    return graph


def first_entity(client, cls: str, where: str = "") -> str:  # type: ignore[no-untyped-def]
    """The slug of some resource of class ``cls`` in the store (not a fixed name)."""
    response = client.get(
        "/sparql",
        query_string={"query": f"SELECT ?s WHERE {{ ?s a ckg:{cls} . {where} }} ORDER BY ?s LIMIT 1"},
        headers={"Accept": "application/sparql-results+json"},
    )
    rows = response.get_json()["results"]["bindings"]
    assert rows, f"the bundled corpus has no {cls}"
    return str(rows[0]["s"]["value"]).removeprefix(BASE + "id/")


@pytest.mark.parametrize("media,fmt", sorted(RDF_TYPES.items()))
def test_negotiation_gives_each_rdf_format_and_it_parses(client, media: str, fmt: str) -> None:
    slug = first_entity(client, "State")
    response = client.get(f"/id/{slug}", headers={"Accept": media})
    assert response.status_code == 200
    assert response.mimetype == media
    assert "Accept" in response.headers["Vary"]
    graph = parse(response.data, fmt)
    subject = rdflib.URIRef(BASE + "id/" + slug)
    assert (subject, rdflib.RDF.type, CKG.State) in graph
    assert list(graph.objects(subject, RDFS.label)), "the description carries the resource's labels"


@pytest.mark.parametrize("suffix,fmt", sorted(SUFFIXES.items()))
def test_suffix_gives_the_format_whatever_the_accept_header(client, suffix: str, fmt: str) -> None:
    slug = first_entity(client, "State")
    response = client.get(f"/id/{slug}.{suffix}", headers={"Accept": "text/html"})
    assert response.status_code == 200
    graph = parse(response.data, fmt)
    assert (rdflib.URIRef(BASE + "id/" + slug), None, None) in graph


def test_browsers_get_html_with_links_to_every_format_and_void(client) -> None:
    slug = first_entity(client, "State", "?s owl:sameAs ?item")
    response = client.get(f"/id/{slug}", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for suffix in SUFFIXES:
        assert f'href="/id/{slug}.{suffix}"' in html
    assert 'href="/.well-known/void"' in html.split("</head>")[0]
    assert "www.wikidata.org/entity/Q" in html, "a state with a Wikidata item links out to it"


def test_description_holds_links_both_ways_labels_of_neighbours_and_provenance(client) -> None:
    slug = first_entity(client, "Meeting")
    graph = parse(client.get(f"/id/{slug}.ttl").data, "turtle")
    node = rdflib.URIRef(BASE + "id/" + slug)
    participants = set(graph.objects(node, CKG.participant))
    assert participants, "a meeting's description lists its participants"
    assert all(list(graph.objects(p, RDFS.label)) for p in participants), "neighbours come with labels"
    facts = set(graph.subjects(rdflib.RDF.subject, node))
    assert facts, "the statements of the meeting's facts are included"
    records = {r for f in facts for r in graph.subjects(CKG.statement, f)}
    assert records, "provenance records of the meeting's facts are included"
    sentence = next(
        iter(graph.objects(next(iter(records)), rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
    )
    anchor = rdflib.URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")
    assert list(graph.objects(sentence, anchor)), "the sentence text travels with the record"
    inverse = parse(client.get(f"/id/{first_entity(client, 'State')}.nt").data, "nt")
    assert list(inverse.subjects(None, rdflib.URIRef(BASE + "id/" + first_entity(client, "State"))))


def test_unknown_resource_is_a_helpful_404(client) -> None:
    html = client.get("/id/no-such-thing-azerbaijan", headers={"Accept": "text/html"})
    assert html.status_code == 404 and html.mimetype == "text/html"
    text = html.get_data(as_text=True)
    assert 'href="/id/"' in text and "/id/no-such-thing-azerbaijan" in text
    assert "/id/azerbaijan" in text, "suggests resources named like the last word"
    data = client.get("/id/no-such-thing", headers={"Accept": "text/turtle"})
    assert data.status_code == 404
    assert client.get("/id/%3Cscript%3E", headers={"Accept": "text/html"}).status_code == 404
    assert client.get("/id/a%3E%20%7B", headers={"Accept": "text/turtle"}).status_code == 404


def test_unacceptable_type_is_406_naming_what_works(client) -> None:
    slug = first_entity(client, "State")
    response = client.get(f"/id/{slug}", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/turtle" in response.get_data(as_text=True)


def test_language_follows_accept_language_and_the_switch(client) -> None:
    slug = first_entity(client, "State")
    graph = parse(client.get(f"/id/{slug}.ttl").data, "turtle")
    labels = {lit.language: str(lit) for lit in graph.objects(rdflib.URIRef(BASE + "id/" + slug), RDFS.label)}
    assert labels.get("tr") and labels.get("en") and labels["tr"] != labels["en"]
    turkish = client.get(f"/id/{slug}", headers={"Accept": "text/html", "Accept-Language": "tr-TR,tr;q=0.9"})
    assert f"<h1>{labels['tr']}</h1>" in turkish.get_data(as_text=True)
    assert turkish.headers["Content-Language"] == "tr"
    english = client.get(f"/id/{slug}?lang=en", headers={"Accept": "text/html", "Accept-Language": "tr"})
    assert f"<h1>{labels['en']}</h1>" in english.get_data(as_text=True)
    assert "ckg_lang=en" in english.headers.get("Set-Cookie", "")


def test_inferred_facts_are_marked_and_link_to_their_explanation(client) -> None:
    rows = client.get(
        "/sparql",
        query_string={
            "query": "SELECT ?s ?o WHERE { GRAPH <https://w3id.org/caucasus-kg/graph/inferred> "
            "{ ?s ckg:mediatorOf ?o } } ORDER BY ?s LIMIT 1"
        },
        headers={"Accept": "application/sparql-results+json"},
    ).get_json()["results"]["bindings"]
    assert rows, "the reasoner infers mediatorOf from mediatedBy"
    slug = rows[0]["s"]["value"].removeprefix(BASE + "id/")
    html = client.get(f"/id/{slug}", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'class="badge inferred"' in html
    assert "/explain?s=" in html
    explain = client.get(
        "/explain",
        query_string={"s": rows[0]["s"]["value"], "p": str(CKG.mediatorOf), "o": rows[0]["o"]["value"]},
        headers={"Accept": "text/html"},
    )
    assert explain.status_code == 200 and "mediatorOf" in explain.get_data(as_text=True)
    assert client.get("/explain", headers={"Accept": "application/json"}).status_code == 400


def test_asserted_facts_show_their_sentence_and_link_to_the_document(client) -> None:
    slug = first_entity(client, "Meeting")
    html = client.get(f"/id/{slug}", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<blockquote class="sentence">' in html and "<mark>" in html
    assert 'href="/id/document/' in html and "#char=" in html


def test_document_page_shows_text_with_spans_and_sentence_anchors(client) -> None:
    rows = client.get(
        "/sparql",
        query_string={"query": "SELECT ?d ?t WHERE { ?d a ckg:Document ; nif:isString ?t } LIMIT 1"},
        headers={"Accept": "application/sparql-results+json"},
    ).get_json()["results"]["bindings"]
    assert rows, "documents carry their full text (nif:isString)"
    path = "/id/" + rows[0]["d"]["value"].removeprefix(BASE + "id/")
    html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'class="doctext"' in html and 'class="span d' in html
    assert 'id="char=' in html and 'id="fact-1"' in html
    graph = parse(client.get(path + ".ttl").data, "turtle")
    assert (rdflib.URIRef(rows[0]["d"]["value"]), rdflib.RDF.type, CKG.Document) in graph


def test_index_lists_resources_by_class(client) -> None:
    html = client.get("/id/", headers={"Accept": "text/html"}).get_data(as_text=True)
    slug = first_entity(client, "State")
    assert f'href="/id/{slug}"' in html and 'href="/ontology#State"' in html


def test_context_makes_jsonld_plain_json(client) -> None:
    context = client.get("/context.jsonld")
    assert context.status_code == 200 and context.mimetype == "application/ld+json"
    terms = context.get_json()["@context"]
    assert terms["participant"] == {"@id": str(CKG.participant), "@type": "@id"}
    slug = first_entity(client, "State")
    response = client.get(f"/id/{slug}.jsonld")
    document = json.loads(response.data)
    nodes = document.get("@graph", [document])
    me = next(n for n in nodes if n.get("id", n.get("@id")) == BASE + "id/" + slug)
    assert "label" in me and "type" in me, "compacted: short keys, not full IRIs"
    assert 'rel="http://www.w3.org/ns/json-ld#context"' in response.headers["Link"]


def test_ontology_negotiates_and_anchors_every_term(client) -> None:
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and turtle.mimetype == "text/turtle"
    graph = parse(turtle.data, "turtle")
    terms = {
        str(s)
        for s in graph.subjects(rdflib.RDF.type, None)
        if isinstance(s, rdflib.URIRef) and str(s).startswith(str(CKG))
    }
    assert {str(CKG.State), str(CKG.mediatedBy)} <= terms
    for suffix, fmt in SUFFIXES.items():
        assert len(parse(client.get(f"/ontology.{suffix}").data, fmt)) == len(graph)
    html = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    for term in terms:
        if (rdflib.URIRef(term), rdflib.RDF.type, OWL.NamedIndividual) in graph:
            continue
        assert f'id="{term.removeprefix(str(CKG))}"' in html, f"{term} has no section"
    assert "<svg" in html and "arabulucu" in html


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A document whose text and title carry markup, built under another base IRI."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(
        "<script>document.title='pwned'</script> Azerbaijan and Armenia met in Brussels on "
        "14 December 2020 under the mediation of Charles Michel. <img src=x onerror=alert(1)>\n",
        encoding="utf-8",
    )
    (folder / "hostile.meta.toml").write_text(
        'title = "<script>alert(1)</script> hostile"\nlanguage = "en"\ndate = "2020-12"\n', encoding="utf-8"
    )
    store = tmp_path_factory.mktemp("hostile-store") / "store"
    build([folder], Settings.load(environ={}, store=store, base_iri="https://example.org/kg/"))
    return store


@pytest.fixture
def hostile_client(hostile_store: Path):  # type: ignore[no-untyped-def]
    from server import create_app

    app = create_app(Settings.load(environ={}, store=hostile_store, base_iri="https://example.org/kg/"))
    return app.test_client()


def test_text_from_documents_is_escaped(hostile_client) -> None:
    html = hostile_client.get("/id/document/hostile", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<script>document.title" not in html and "<script>alert" not in html
    assert "&lt;script&gt;" in html and "<img src=x" not in html


def test_base_iri_differs_from_host(hostile_client) -> None:
    """The server runs on localhost but its IRIs are https://example.org/kg/id/…"""
    response = hostile_client.get("/id/azerbaijan.nt")
    assert response.status_code == 200
    graph = parse(response.data, "nt")
    assert (rdflib.URIRef("https://example.org/kg/id/azerbaijan"), None, None) in graph
    assert not any(str(s).startswith(BASE + "id/") for s in graph.all_nodes())
    html = hostile_client.get("/id/azerbaijan", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<code>https://example.org/kg/id/azerbaijan</code>" in html
    assert 'href="/id/document/hostile' in html, "links stay on this host"


def test_explanation_goes_down_to_sentences(client) -> None:
    import importlib.util

    if importlib.util.find_spec("kg.explain") is None:
        pytest.skip("kg.explain (the reasoning work) is not installed here")
    rows = client.get(
        "/sparql",
        query_string={
            "query": "SELECT ?s ?o WHERE { GRAPH <https://w3id.org/caucasus-kg/graph/inferred> "
            "{ ?s ckg:mediatorOf ?o } } ORDER BY ?s LIMIT 1"
        },
        headers={"Accept": "application/sparql-results+json"},
    ).get_json()["results"]["bindings"]
    args = {"s": rows[0]["s"]["value"], "p": str(CKG.mediatorOf), "o": rows[0]["o"]["value"]}
    html = client.get("/explain", query_string=args, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'class="step inferred"' in html and 'class="badge asserted"' in html
    assert '<blockquote class="sentence">' in html and 'href="/id/document/' in html
    data = client.get("/explain", query_string=args, headers={"Accept": "application/json"}).get_json()
    assert data["derivation"]["inferred"] is True and data["derivation"]["premises"]
    missing = client.get(
        "/explain", query_string={**args, "o": BASE + "id/nothing-here"}, headers={"Accept": "text/html"}
    )
    assert missing.status_code == 404
    bad = client.get(
        "/explain", query_string={**args, "s": "not an iri>"}, headers={"Accept": "application/json"}
    )
    assert bad.status_code == 400


def test_pages_are_conditional_and_the_same_from_the_cache(client) -> None:
    slug = first_entity(client, "State")
    first = client.get(f"/id/{slug}", headers={"Accept": "text/html"})
    again = client.get(f"/id/{slug}", headers={"Accept": "text/html"})
    assert first.data == again.data and first.headers["ETag"] == again.headers["ETag"]
    assert first.headers["Last-Modified"]
    assert (
        client.get(
            f"/id/{slug}", headers={"Accept": "text/html", "If-None-Match": first.headers["ETag"]}
        ).status_code
        == 304
    )
    turtle = client.get(f"/id/{slug}", headers={"Accept": "text/turtle"})
    assert turtle.mimetype == "text/turtle" and turtle.headers["ETag"] != first.headers["ETag"]
    turkish = client.get(f"/id/{slug}", headers={"Accept": "text/html", "Accept-Language": "tr"})
    assert turkish.headers["Content-Language"] == "tr"


def test_jsonld_says_what_turtle_says(client) -> None:
    for slug in (first_entity(client, "State"), first_entity(client, "Meeting")):
        turtle = parse(client.get(f"/id/{slug}.ttl").data, "turtle")
        jsonld = parse(client.get(f"/id/{slug}.jsonld").data, "json-ld")
        assert len(turtle) == len(jsonld)
        assert rdflib.compare.isomorphic(turtle, jsonld), slug
    ontology = parse(client.get("/ontology.ttl").data, "turtle")
    assert rdflib.compare.isomorphic(ontology, parse(client.get("/ontology.jsonld").data, "json-ld"))


def test_explain_with_odd_values_is_not_a_server_error(client) -> None:
    for o in ('a "quoted"\nvalue', "back\\slash", "}"):
        response = client.get(
            "/explain",
            query_string={"s": BASE + "id/azerbaijan", "p": str(CKG.date), "o": o},
            headers={"Accept": "text/html"},
        )
        assert response.status_code in (200, 404), (o, response.status_code)
