"""``/.well-known/void``: the VoID description of the dataset (RFC 5785 place).

Title, description, licence, creator, last modification, the SPARQL
endpoint, the dumps, the URI space, the vocabularies, the counts (triples,
entities, distinct subjects and objects, classes, properties), one partition
per class and per property, one subset per named graph, and a
``void:Linkset`` to Wikidata with its number of links.  The counts come from
the build (``build.json``); a store without them (an older build, a remote
backend) is counted once per build through ``Snapshot.query``.
"""

from __future__ import annotations

import datetime
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.describe import statistics
from kg.iri import DCT, NIF, ONTOLOGY, OWL, PROV, RDF, RDFS, SKOS, WIKIDATA, XSD
from server import negotiation, rdfout
from server.site import common as site
from server.site import dumps
from server.state import state

VOID = "http://rdfs.org/ns/void#"
FOAF = "http://xmlns.com/foaf/0.1/"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"

bp = Blueprint("void", __name__)


def counts() -> dict[str, Any]:
    snap = site.snapshot()
    stored = snap.info.get("void")
    if isinstance(stored, dict) and "triples" in stored:
        return stored
    cache = state().void
    if snap.etag not in cache:
        cache.clear()
        cache[snap.etag] = statistics(
            lambda sparql: snap.query(sparql, use_default_graph_as_union=True), site.base()
        )
    return cache[snap.etag]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_n(XSD + "integer"))


def triples(root: str) -> list[ox.Triple]:
    """The description, with ``root`` the server's own URL (for the endpoint and dumps)."""
    stats = counts()
    snap = site.snapshot()
    dataset = _n(root + ".well-known/void#dataset")
    wikidata = _n(root + ".well-known/void#wikidata")
    linkset = _n(root + ".well-known/void#wikidata-links")
    out: list[ox.Triple] = []

    def add(s: ox.NamedNode | ox.BlankNode, p: str, o: ox.NamedNode | ox.BlankNode | ox.Literal) -> None:
        out.append(ox.Triple(s, _n(p), o))

    add(dataset, RDF + "type", _n(VOID + "Dataset"))
    add(dataset, DCT + "title", ox.Literal("caucasus-kg: the South Caucasus peace process", language="en"))
    add(dataset, DCT + "title", ox.Literal("caucasus-kg: Güney Kafkasya barış süreci", language="tr"))
    add(
        dataset,
        DCT + "description",
        ox.Literal(
            "A knowledge graph of the Armenia–Azerbaijan peace process, the Zangezur, Lachin and Middle "
            "corridors, and the states, leaders and mediators around them, read from Turkish and English "
            "news; every asserted fact traces back to its sentence, and OWL 2 RL inferences are kept apart "
            "in the graph `inferred`.",
            language="en",
        ),
    )
    add(dataset, DCT + "license", _n(LICENCE))
    add(dataset, DCT + "creator", ox.Literal("caucasus-kg developers"))
    add(dataset, DCT + "publisher", ox.Literal("caucasus-kg developers"))
    if snap.mtime:
        stamp = datetime.datetime.fromtimestamp(snap.mtime, tz=datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        add(dataset, DCT + "modified", ox.Literal(stamp, datatype=_n(XSD + "dateTime")))
    add(dataset, FOAF + "homepage", _n(root + "id/"))
    add(dataset, VOID + "sparqlEndpoint", _n(root + "sparql"))
    for entry in _dumps():
        add(dataset, VOID + "dataDump", _n(root + "dumps/" + entry))
    add(dataset, VOID + "rootResource", _n(root + "id/"))
    add(dataset, VOID + "uriSpace", ox.Literal(str(stats.get("uriSpace") or site.base() + "id/")))
    for row in snap.query(
        f"SELECT ?s WHERE {{ ?s a <{ONTOLOGY}State> }} ORDER BY ?s LIMIT 3", use_default_graph_as_union=True
    ):
        add(dataset, VOID + "exampleResource", row["s"])
    for vocabulary in (ONTOLOGY, RDFS, OWL, SKOS, DCT, PROV, NIF):
        add(
            dataset, VOID + "vocabulary", _n(vocabulary.rstrip("#") if vocabulary == ONTOLOGY else vocabulary)
        )
    for feature in ("Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG"):
        add(dataset, VOID + "feature", _n("http://www.w3.org/ns/formats/" + feature))
    for key, prop in (
        ("triples", "triples"),
        ("entities", "entities"),
        ("distinctSubjects", "distinctSubjects"),
        ("distinctObjects", "distinctObjects"),
        ("classes", "classes"),
        ("properties", "properties"),
    ):
        add(dataset, VOID + prop, _int(stats.get(key, 0)))
    for i, part in enumerate(stats.get("classPartitions", [])):
        node = _n(f"{root}.well-known/void#class-{i}")
        add(dataset, VOID + "classPartition", node)
        add(node, VOID + "class", _n(part["class"]))
        add(node, VOID + "entities", _int(part["entities"]))
    for i, part in enumerate(stats.get("propertyPartitions", [])):
        node = _n(f"{root}.well-known/void#property-{i}")
        add(dataset, VOID + "propertyPartition", node)
        add(node, VOID + "property", _n(part["property"]))
        add(node, VOID + "triples", _int(part["triples"]))
    for i, graph in enumerate(stats.get("graphs", [])):
        node = _n(f"{root}.well-known/void#graph-{i}")
        add(dataset, VOID + "subset", node)
        add(node, RDF + "type", _n(VOID + "Dataset"))
        add(node, _SD_NAME, _n(graph["graph"]))
        add(node, VOID + "triples", _int(graph["triples"]))
    add(wikidata, RDF + "type", _n(VOID + "Dataset"))
    add(wikidata, DCT + "title", ox.Literal("Wikidata", language="en"))
    add(wikidata, FOAF + "homepage", _n("https://www.wikidata.org/"))
    add(wikidata, VOID + "uriSpace", ox.Literal(WIKIDATA))
    add(dataset, VOID + "subset", linkset)
    add(linkset, RDF + "type", _n(VOID + "Linkset"))
    add(linkset, VOID + "linkPredicate", _n(OWL + "sameAs"))
    add(linkset, VOID + "subjectsTarget", dataset)
    add(linkset, VOID + "objectsTarget", wikidata)
    add(linkset, VOID + "target", dataset)
    add(linkset, VOID + "target", wikidata)
    add(linkset, VOID + "triples", _int(stats.get("wikidataLinks", 0)))
    out.sort(key=lambda t: (t.subject != dataset, str(t.subject)))  # stable: each subject's triples together
    return out


_SD_NAME = "http://www.w3.org/ns/sparql-service-description#name"


def _dumps() -> list[str]:
    return [f.file for f in dumps.manifest()]


@bp.get("/.well-known/void")
@site.cached
def void() -> Response:
    fmt = negotiation.negotiate(site.GRAPH_FORMATS, what="the VoID description")
    assert fmt.rdf is not None
    extra = {"void": VOID, "dcterms": DCT, "foaf": FOAF, "xsd": XSD, "owl": OWL}
    body = (
        rdfout.serialize(triples(request.host_url), fmt)
        if fmt.name == "jsonld"
        else ox.serialize(triples(request.host_url), format=fmt.rdf, prefixes=rdfout.prefixes(fmt.rdf, extra))
        or b""
    )
    response = Response(body, mimetype=fmt.media_type)
    response.vary.add("Accept")
    return response
