"""``/context.jsonld`` and the serializing of page descriptions.

The JSON-LD context names every ontology property by its local name
(``participant``, ``mediatedBy``), object properties typed ``@id``, ``date``
typed by its literal, ``label`` as a language map: so JSON-LD output reads as
plain JSON.  Descriptions served as JSON-LD are compacted with it (rdflib),
the other formats are written by pyoxigraph.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app

from kg.formats import Format
from kg.iri import DCT, NIF, ONTOLOGY, OWL, PREFIXES, RDF, RDFS, SKOS
from server import site

bp = Blueprint("context", __name__)

_FIXED: dict[str, Any] = {
    "id": "@id",
    "type": "@type",
    "label": {"@id": RDFS + "label", "@container": "@language"},
    "altLabel": {"@id": SKOS + "altLabel", "@container": "@language"},
    "definition": {"@id": SKOS + "definition", "@container": "@language"},
    "sameAs": {"@id": OWL + "sameAs", "@type": "@id"},
    "derivedFrom": {"@id": "http://www.w3.org/ns/prov#wasDerivedFrom", "@type": "@id"},
    "subject": {"@id": RDF + "subject", "@type": "@id"},
    "predicate": {"@id": RDF + "predicate", "@type": "@id"},
    "object": {"@id": RDF + "object", "@type": "@id"},
    "sourceDocument": {"@id": ONTOLOGY + "sourceDocument", "@type": "@id"},
    "modality": {"@id": ONTOLOGY + "modality", "@type": "@id"},
    "beginIndex": {"@id": ONTOLOGY + "beginIndex"},
    "endIndex": {"@id": ONTOLOGY + "endIndex"},
    "surfaceForm": {"@id": ONTOLOGY + "surfaceForm"},
    "extractionRule": {"@id": ONTOLOGY + "extractionRule"},
    "anchorOf": {"@id": NIF + "anchorOf"},
    "isString": {"@id": NIF + "isString"},
    "referenceContext": {"@id": NIF + "referenceContext", "@type": "@id"},
    "title": {"@id": DCT + "title"},
}


def context_document() -> dict[str, Any]:
    """The context, from the ontology in the store (cached per build)."""
    snap = site.snapshot()
    cache = current_app.extensions.setdefault("ckg_context", {})
    if snap.etag in cache:
        return cache[snap.etag]
    terms: dict[str, Any] = {prefix: ns for prefix, ns in PREFIXES.items()}
    terms.update(_FIXED)
    graph = current_app.config["CKG_GRAPHS"]["ontology"]
    rows = snap.query(
        f"SELECT ?t ?k WHERE {{ GRAPH <{graph}> {{ ?t a ?k VALUES ?k {{ <{OWL}ObjectProperty> "
        f"<{OWL}DatatypeProperty> <{OWL}AnnotationProperty> <{OWL}Class> }} }} }}"
    )
    for row in rows:
        iri = row["t"].value
        if not iri.startswith(ONTOLOGY):
            continue
        local = iri[len(ONTOLOGY) :]
        kind = row["k"].value
        if kind == OWL + "ObjectProperty":
            terms[local] = {"@id": iri, "@type": "@id"}
        elif kind == OWL + "Class":
            terms.setdefault(local, iri)
        else:
            terms.setdefault(local, {"@id": iri})
    document = {"@context": terms}
    cache.clear()
    cache[snap.etag] = document
    return document


@bp.get("/context.jsonld")
@site.cached
def context() -> Response:
    response = Response(
        json.dumps(context_document(), indent=2, ensure_ascii=False), mimetype="application/ld+json"
    )
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def serialize(triples: Iterable[ox.Triple], fmt: Format) -> bytes:
    """The triples in ``fmt``; JSON-LD compacted with the site's context."""
    triples = list(triples)
    assert fmt.rdf is not None
    if fmt.rdf == ox.RdfFormat.JSON_LD:
        return _jsonld(triples)
    prefixes = PREFIXES if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes) or b""


def _jsonld(triples: list[ox.Triple]) -> bytes:
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    ctx = context_document()["@context"]
    text = graph.serialize(format="json-ld", context=ctx, auto_compact=True)
    return text.encode("utf-8") if isinstance(text, str) else text
