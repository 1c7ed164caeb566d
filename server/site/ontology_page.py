"""``/ontology``: the ontology at its namespace.

RDF by content negotiation (or ``/ontology.ttl`` and the other suffixes):
the graph ``graph/ontology``.  For browsers, a documentation page generated
from that graph: every class and property with its labels in English and
Turkish, definitions, characteristics (inverse, domain, range, chains,
transitivity, restrictions) and a diagram; each term's section has its local
name as ``id``, so the hash IRIs (``…/ontology#State``) land on it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app

from kg.iri import DCT, ONTOLOGY, OWL, RDF, RDFS, SKOS
from server.site import common as site

bp = Blueprint("ontology", __name__)

CHARACTERISTICS = {
    OWL + "TransitiveProperty": ("transitive", "geçişli"),
    OWL + "SymmetricProperty": ("symmetric", "simetrik"),
    OWL + "AsymmetricProperty": ("asymmetric", "asimetrik"),
    OWL + "FunctionalProperty": ("functional", "işlevsel"),
    OWL + "InverseFunctionalProperty": ("inverse functional", "ters işlevsel"),
    OWL + "ReflexiveProperty": ("reflexive", "dönüşlü"),
    OWL + "IrreflexiveProperty": ("irreflexive", "dönüşsüz"),
}
KINDS = {
    OWL + "Class": "classes",
    OWL + "ObjectProperty": "object_properties",
    OWL + "DatatypeProperty": "datatype_properties",
    OWL + "AnnotationProperty": "annotation_properties",
    OWL + "NamedIndividual": "individuals",
}


@dataclass(slots=True)
class Term:
    iri: str
    local: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    facts: list[tuple[str, list[Any]]] = field(default_factory=list)  # (label, values)


class Graph:
    """The ontology graph in memory (it is small), with list and restriction helpers."""

    def __init__(self, triples: list[tuple[Any, Any, Any]]) -> None:
        self.by_subject: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        for s, p, o in triples:
            self.by_subject[_id(s)].append((p.value, o))

    def objects(self, subject: str, predicate: str) -> list[Any]:
        return [o for p, o in self.by_subject.get(subject, []) if p == predicate]

    def one(self, subject: str, predicate: str) -> Any:
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def items(self, head: Any) -> list[Any]:
        out, seen = [], set()
        while head is not None and _id(head) != RDF + "nil" and _id(head) not in seen:
            seen.add(_id(head))
            first = self.one(_id(head), RDF + "first")
            if first is not None:
                out.append(first)
            head = self.one(_id(head), RDF + "rest")
        return out


def _id(term: Any) -> str:
    return ("_:" + term.value) if isinstance(term, ox.BlankNode) else str(term.value)


def load() -> tuple[Graph, list[tuple[Any, Any, Any]]]:
    graph = current_app.config["CKG_GRAPHS"]["ontology"]
    rows = site.snapshot().query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    triples = [(r["s"], r["p"], r["o"]) for r in rows]
    return Graph(triples), triples


def describe_class_expression(g: Graph, node: Any) -> dict[str, Any]:
    """A class expression as the template shows it: a link, or a restriction in words."""
    if isinstance(node, ox.NamedNode):
        return {"href": site.href(node.value), "text": site.term_label(node.value), "iri": node.value}
    key = _id(node)
    prop = g.one(key, OWL + "onProperty")
    if prop is not None:
        for kind, word in (
            (OWL + "someValuesFrom", "some"),
            (OWL + "allValuesFrom", "only"),
            (OWL + "hasValue", "value"),
        ):
            target = g.one(key, kind)
            if target is not None:
                inner = describe_class_expression(g, target)
                return {
                    "text": f"{site.short(prop.value)} {word} {inner['text']}",
                    "href": site.href(prop.value),
                }
    members = g.one(key, OWL + "unionOf")
    if members is not None:
        return {"text": " or ".join(describe_class_expression(g, m)["text"] for m in g.items(members))}
    return {"text": "(an anonymous class)"}


def terms(g: Graph) -> dict[str, list[Term]]:
    lang = site.language()
    grouped: dict[str, list[Term]] = defaultdict(list)
    for subject, pairs in g.by_subject.items():
        if not subject.startswith(ONTOLOGY):
            continue
        types = {o.value for p, o in pairs if p == RDF + "type" and isinstance(o, ox.NamedNode)}
        kind = next((KINDS[t] for t in KINDS if t in types), "")
        if not kind:
            continue
        term = Term(subject, subject[len(ONTOLOGY) :], kind)
        for p, o in pairs:
            if isinstance(o, ox.Literal):
                target = {
                    RDFS + "label": term.labels,
                    SKOS + "definition": term.definitions,
                    RDFS + "comment": term.comments,
                }.get(p)
                if target is not None:
                    target[o.language or "en"] = o.value
        term.facts = term_facts(g, subject, types, lang == "tr")
        grouped[kind].append(term)
    for members in grouped.values():
        members.sort(key=lambda t: t.local.casefold())
    return grouped


def term_facts(g: Graph, subject: str, types: set[str], tr: bool) -> list[tuple[str, list[Any]]]:
    """What the page says of a term beyond its labels: hierarchy, inverse, domain, range, chains."""
    facts: list[tuple[str, list[Any]]] = []

    def add(label: str, values: list[Any]) -> None:
        if values:
            facts.append((label, values))

    add(
        "alt sınıfı olduğu" if tr else "subclass of",
        [describe_class_expression(g, o) for o in g.objects(subject, RDFS + "subClassOf")],
    )
    add(
        "eşdeğer" if tr else "equivalent to",
        [describe_class_expression(g, o) for o in g.objects(subject, OWL + "equivalentClass")],
    )
    add(
        "alt özelliği olduğu" if tr else "subproperty of",
        [describe_class_expression(g, o) for o in g.objects(subject, RDFS + "subPropertyOf")],
    )
    inverses = g.objects(subject, OWL + "inverseOf") + [
        ox.NamedNode(s)
        for s, ps in g.by_subject.items()
        for p, o in ps
        if p == OWL + "inverseOf" and isinstance(o, ox.NamedNode) and o.value == subject
    ]
    add("tersi" if tr else "inverse of", [describe_class_expression(g, o) for o in inverses])
    add(
        "tanım kümesi" if tr else "domain",
        [describe_class_expression(g, o) for o in g.objects(subject, RDFS + "domain")],
    )
    add(
        "değer kümesi" if tr else "range",
        [describe_class_expression(g, o) for o in g.objects(subject, RDFS + "range")],
    )
    for chain in g.objects(subject, OWL + "propertyChainAxiom"):
        links = [describe_class_expression(g, m) for m in g.items(chain)]
        add(
            "özellik zinciri" if tr else "property chain",
            [{"text": " ∘ ".join(link["text"] for link in links) + " ⊑ " + site.short(subject)}],
        )
    add(
        "nitelikler" if tr else "characteristics",
        [{"text": CHARACTERISTICS[t][1 if tr else 0]} for t in sorted(types) if t in CHARACTERISTICS],
    )
    subclasses = [
        describe_class_expression(g, ox.NamedNode(s))
        for s, ps in g.by_subject.items()
        if s.startswith(ONTOLOGY)
        for p, o in ps
        if p == RDFS + "subClassOf" and isinstance(o, ox.NamedNode) and o.value == subject
    ]
    add("alt sınıfları" if tr else "subclasses", sorted(subclasses, key=lambda v: v["text"]))
    return facts


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    label: str
    local: str


@dataclass(frozen=True, slots=True)
class Arrow:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    subclass: bool


def diagram(g: Graph, classes: list[Term]) -> tuple[list[Box], list[Arrow], int, int]:
    """Classes on an ellipse; subclass arrows and object properties from domain to range."""
    width, height = 900, 560
    cx, cy, rx, ry = width / 2, height / 2, width / 2 - 90, height / 2 - 50
    place: dict[str, tuple[float, float]] = {}
    boxes: list[Box] = []
    for i, term in enumerate(classes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(classes), 1)
        x, y = round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1)
        place[term.iri] = (x, y)
        boxes.append(Box(x, y, site.pick_label(term.labels, term.local), term.local))
    arrows: list[Arrow] = []
    for term in classes:
        for parent in g.objects(term.iri, RDFS + "subClassOf"):
            if isinstance(parent, ox.NamedNode) and parent.value in place:
                arrows.append(Arrow(*place[term.iri], *place[parent.value], "⊑", True))
    for subject, pairs in g.by_subject.items():
        if (OWL + "ObjectProperty") not in {o.value for p, o in pairs if p == RDF + "type"}:
            continue
        domains = [o.value for o in g.objects(subject, RDFS + "domain") if isinstance(o, ox.NamedNode)]
        ranges = [o.value for o in g.objects(subject, RDFS + "range") if isinstance(o, ox.NamedNode)]
        for d in domains:
            for r in ranges:
                if d in place and r in place and d != r:
                    arrows.append(Arrow(*place[d], *place[r], site.term_label(subject), False))
    return boxes, arrows, width, height


@bp.get("/ontology")
@bp.get("/ontology/")
@bp.get("/ontology.<ext>")
@site.cached
def ontology(ext: str = "") -> Response:
    g, triples = load()
    fmt = site.HTML
    if ext:
        fmt = next((f for f in site.GRAPH_FORMATS if f.extension == ext), None)  # type: ignore[assignment]
        if fmt is None:
            from server.errors import NotFound

            raise NotFound(f"no ontology.{ext}: use .ttl, .nt, .rdf or .jsonld, or content negotiation")
    else:
        fmt = site.negotiate()
    if fmt is not site.HTML:
        return site.rdf_response([ox.Triple(s, p, o) for s, p, o in triples], fmt, "/ontology")
    grouped = terms(g)
    head = ONTOLOGY.rstrip("#")
    meta = {
        "title": site.pick_label(_lang_map(g, head, DCT + "title"), "caucasus-kg ontology"),
        "description": site.pick_label(_lang_map(g, head, DCT + "description"), ""),
        "version": next((o.value for o in g.objects(head, OWL + "versionInfo")), ""),
        "licence": next((o.value for o in g.objects(head, DCT + "license")), ""),
    }
    boxes, arrows, width, height = diagram(g, grouped.get("classes", []))
    formats = [
        (f.label.replace("_", "-"), f"/ontology.{f.extension}", f.media_type) for f in site.GRAPH_FORMATS
    ]
    response = site.render(
        "ontology.html",
        title=meta["title"],
        meta=meta,
        namespace=ONTOLOGY,
        groups=[(kind, grouped[kind]) for kind in KINDS.values() if grouped.get(kind)],
        boxes=boxes,
        arrows=arrows,
        width=width,
        height=height,
        formats=formats,
    )
    response.vary.add("Accept")
    return response


def _lang_map(g: Graph, subject: str, predicate: str) -> dict[str, str]:
    return {o.language or "en": o.value for o in g.objects(subject, predicate) if isinstance(o, ox.Literal)}
