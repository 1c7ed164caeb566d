"""The one serializer of RDF for every route but ``/sparql``'s results: it owns
the prefix rule (:func:`prefixes`) and the JSON-LD context.

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
from flask import current_app

from kg.formats import Format
from kg.iri import DCT, NIF, ONTOLOGY, OWL, PREFIXES, RDF, RDFS, SKOS, XSD
from server.state import state

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
    "statement": {"@id": ONTOLOGY + "statement", "@type": "@id"},
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
    snap = current_app.config["CKG_STORE"].get()
    cache = state().context
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


def serialize(triples: Iterable[ox.Triple], fmt: Format) -> bytes:
    """The triples in ``fmt``; JSON-LD compacted with the site's context."""
    triples = list(triples)
    assert fmt.rdf is not None
    if fmt.rdf == ox.RdfFormat.JSON_LD:
        return _jsonld(triples)
    return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes(fmt.rdf)) or b""


def prefixes(rdf: ox.RdfFormat, extra: dict[str, str] | None = None) -> dict[str, str] | None:
    """The prefixes written in ``rdf``: the predefined ones of ``/sparql`` (and
    ``extra``) in the formats that use them, none in the others."""
    if rdf not in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        return None
    known: dict[str, str] = current_app.config["CKG_PREFIXES"]
    return {**known, **(extra or {})}


def _jsonld(triples: list[ox.Triple]) -> bytes:
    """Compact JSON-LD with the site's context, written directly (rdflib's
    compaction took 27 s for a hub of 40,000 triples): one node object per
    subject, keys and ``@type`` values by term or prefixed name, IRIs as
    strings where the term says ``@type: @id``, labels as language maps."""
    ctx = context_document()["@context"]
    by_iri: dict[str, str] = {}
    kinds: dict[str, Any] = {}
    for term, definition in ctx.items():
        iri = definition if isinstance(definition, str) else definition.get("@id", "")
        if iri and not iri.startswith("@") and not iri.endswith(("#", "/")) and iri not in by_iri:
            by_iri[iri] = term
            kinds[term] = definition
    prefixes = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))

    def name(iri: str) -> str:
        if iri in by_iri:
            return by_iri[iri]
        for ns, prefix in prefixes:
            if (
                iri.startswith(ns)
                and iri[len(ns) :]
                and ":" not in iri[len(ns) :]
                and "/" not in iri[len(ns) :]
            ):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def node_id(term: Any) -> str:
        return "_:" + term.value if isinstance(term, ox.BlankNode) else str(term.value)

    nodes: dict[str, dict[str, Any]] = {}
    for triple in triples:
        node = nodes.setdefault(node_id(triple.subject), {"id": node_id(triple.subject)})
        predicate, obj = triple.predicate.value, triple.object
        if predicate == RDF + "type" and isinstance(obj, ox.NamedNode):
            node.setdefault("type", []).append(name(obj.value))
            continue
        key = name(predicate)
        definition = kinds.get(key, {}) if isinstance(kinds.get(key), dict) else {}
        if isinstance(obj, ox.Literal) and obj.language and definition.get("@container") == "@language":
            node.setdefault(key, {}).setdefault(obj.language, []).append(obj.value)
            continue
        if definition.get("@container") == "@language":  # a plain literal cannot go in a language map
            key = predicate
            definition = {}
        if isinstance(obj, ox.NamedNode | ox.BlankNode):
            ref = node_id(obj)
            value: Any = ref if definition.get("@type") == "@id" else {"@id": ref}
        elif not isinstance(obj, ox.Literal):  # an RDF-star quoted triple: not in our data
            continue
        elif obj.language:
            value = {"@value": obj.value, "@language": obj.language}
        elif obj.datatype.value == XSD + "string":
            value = obj.value if "@type" not in definition else {"@value": obj.value}
        else:
            value = {"@value": obj.value, "@type": name(obj.datatype.value)}
        node.setdefault(key, []).append(value)
    graph = []
    for node in nodes.values():
        for key, values in node.items():
            if isinstance(values, list) and len(values) == 1:
                node[key] = values[0]
            elif isinstance(values, dict):
                node[key] = {lang: texts[0] if len(texts) == 1 else texts for lang, texts in values.items()}
        graph.append(node)
    return json.dumps({"@context": ctx, "@graph": graph}, ensure_ascii=False, indent=1).encode("utf-8")
