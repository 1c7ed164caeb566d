"""A source document as a page: its metadata, and its full text with every
extracted span highlighted and linked to the facts read from it.

Sentences carry their NIF fragment as an ``id`` (``char=120,245``), so the
sentence IRIs ``…/id/document/<key>#char=120,245`` that provenance records
point to land on the sentence itself.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import Response, current_app

from kg import provenance
from kg.iri import DCT, NIF, ONTOLOGY
from server.site import common as site
from server.site.resource import Description
from server.site.resource_view import page_context, value
from server.storage import Snapshot


@dataclass(slots=True)
class Extracted:
    number: int
    statement: str
    subject: str
    predicate: str
    object: Any
    begin: int
    end: int
    surface: str
    rule: str
    modality: str
    sentence: str = ""


@dataclass(slots=True)
class Segment:
    text: str
    facts: list[int] = field(default_factory=list)
    anchor: str = ""  # the sentence fragment starting here


def _statements(snap: Snapshot, key: str, text: str) -> list[Extracted]:
    minter = current_app.config["CKG_MINTER"]
    found = [
        Extracted(
            0,
            r.record,
            r.subject,
            r.predicate,
            r.object,
            r.begin,
            r.end,
            r.surface,
            r.rule,
            r.modality,
            r.sentence,
        )
        for r in provenance.document_records(snap.query, minter, key, text)
    ]
    found.sort(key=lambda x: (x.begin, -x.end, x.subject, x.predicate, str(x.object)))
    for number, item in enumerate(found, 1):
        item.number = number
    return found


def _sentences(snap: Snapshot, graph: str, document: str) -> list[tuple[int, int]]:
    rows = snap.query(
        f"SELECT ?b ?e WHERE {{ GRAPH <{graph}> {{ ?x <{NIF}referenceContext> <{document}> ; "
        f"<{NIF}beginIndex> ?b ; <{NIF}endIndex> ?e }} }}"
    )
    return sorted({(int(r["b"].value), int(r["e"].value)) for r in rows})


def segments(text: str, facts: list[Extracted], sentences: list[tuple[int, int]]) -> list[Segment]:
    """Cut ``text`` at every span and sentence boundary; each piece knows the
    facts whose span covers it and the sentence that starts at it."""
    valid = [f for f in facts if 0 <= f.begin < f.end <= len(text)]
    cuts = {0, len(text)}
    for f in valid:
        cuts.update((f.begin, f.end))
    starts = {b: f"char={b},{e}" for b, e in sentences if 0 <= b <= len(text)}
    cuts.update(starts)
    points = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(points):
        covering = [f.number for f in valid if f.begin <= a and f.end >= b]
        out.append(Segment(text[a:b], covering, starts.get(a, "")))
    return out


def document_page(snap: Snapshot, desc: Description, page: str) -> Response:
    key = desc.iri.rsplit("/id/document/", 1)[-1]
    graph = current_app.config["CKG_MINTER"].document_graph(key)
    meta: dict[str, str] = {}
    text = ""
    for fact in desc.outgoing:
        if fact.predicate == NIF + "isString" and isinstance(fact.value, ox.Literal):
            text = fact.value.value
        elif fact.predicate.startswith(DCT) and isinstance(fact.value, ox.Literal):
            meta[fact.predicate[len(DCT) :]] = fact.value.value
        elif fact.predicate == ONTOLOGY + "sha256" and isinstance(fact.value, ox.Literal):
            meta["sha256"] = fact.value.value
    facts = _statements(snap, key, text)
    labels = site.labels_of(
        [f.subject for f in facts] + [f.object.value for f in facts if isinstance(f.object, ox.NamedNode)]
    )
    desc.labels.update({k: v for k, v in labels.items() if k not in desc.labels})
    shown = [
        {
            "number": f.number,
            "subject": value(ox.NamedNode(f.subject), desc),
            "predicate": site.term_label(f.predicate),
            "predicate_href": site.href(f.predicate),
            "object": value(f.object, desc),
            "surface": f.surface,
            "rule": f.rule,
            "modality": f.modality,
            "sentence": f.sentence.split("#", 1)[-1] if "#" in f.sentence else "",
        }
        for f in facts
    ]
    context = page_context(desc, page)
    context["title"] = meta.get("title") or context["title"]
    context["outgoing"] = []
    return site.render(
        "document.html",
        meta=meta,
        graph=graph,
        segments=segments(text, facts, _sentences(snap, graph, desc.iri)) if text else [],
        facts=shown,
        **{k: v for k, v in context.items() if k not in ("title",)},
        title=context["title"],
    )
