"""What a resource's page shows, as the templates walk it: its terms as links
and labels, its title, its facts by property with their sources, the
picture of its neighbourhood.  Used by the resource, document and
explanation pages."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from flask import current_app

from kg.iri import DCT, ONTOLOGY, OWL, RDF, RDFS, SKOS, WIKIDATA
from server.site import claims, graphpic
from server.site import common as site
from server.site.resource import Description, Fact
from server.storage import Snapshot

_HEADER = {RDF + "type", RDFS + "label", SKOS + "altLabel", OWL + "sameAs"}
_DESCRIPTIONS = (SKOS + "definition", RDFS + "comment", DCT + "description")
# A fact's provenance records point at it ("statement/... ckg:statement fact/..."): they are its
# sources, listed as sentences beside each value, not things to draw as its neighbours
_PROVENANCE = {ONTOLOGY + "statement"}


def value(term: Any, desc: Description) -> dict[str, Any]:
    """A term as the templates show it."""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        if iri.startswith(WIKIDATA):
            return {"kind": "iri", "href": iri, "text": "Wikidata " + iri[len(WIKIDATA) :], "external": True}
        label = site.pick_label(desc.labels.get(iri, {}), "") or unnamed(iri, desc)
        return {"kind": "iri", "href": site.href(iri), "text": label, "iri": iri, "external": False}
    if isinstance(term, ox.BlankNode):
        return {"kind": "bnode", "text": "_:" + term.value}
    datatype = term.datatype.value.rsplit("#", 1)[-1] if term.datatype else ""
    return {"kind": "literal", "text": term.value, "lang": term.language or "", "datatype": datatype}


def unnamed(iri: str, desc: Description) -> str:
    """A name for what has no label: an ontology term's own label, an event's
    kind and date ("Meeting 2022-05-22"), else words from its IRI."""
    if iri.startswith(ONTOLOGY):
        return site.term_label(iri)
    kinds = sorted(desc.classes.get(iri, set()) - {ONTOLOGY + "Event", ONTOLOGY + "Agent"})
    if iri in desc.dates and kinds:
        return f"{site.term_label(kinds[0]).capitalize()} {desc.dates[iri]}"
    return site.short(iri)


def title_of(desc: Description) -> str:
    label = site.pick_label(desc.labels.get(desc.iri, {}), "")
    if label:
        return label
    for fact in desc.outgoing:
        if fact.predicate == DCT + "title":
            return str(fact.value.value)
    kind = site.term_label(desc.types()[0]) if desc.types() else ""
    date = next((str(f.value.value) for f in desc.outgoing if f.predicate == ONTOLOGY + "date"), "")
    place = next(
        (value(f.value, desc)["text"] for f in desc.outgoing if f.predicate == ONTOLOGY + "heldIn"), ""
    )
    parts = [p for p in (kind.capitalize(), date, place) if p]
    return " · ".join(parts) if len(parts) > 1 else site.short(desc.iri)


SHOWN_VALUES = 60  # values of one property on a page; the rest are a query away
SHOWN_SOURCES = 3  # sentences shown for one fact


def rows(facts: list[Fact], desc: Description, skip: set[str], inverse: bool = False) -> list[dict[str, Any]]:
    inferred_graph = current_app.config["CKG_GRAPHS"]["inferred"]
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.predicate not in skip:
            grouped.setdefault(fact.predicate, []).append(fact)
    out = []
    for p, found in grouped.items():
        shown = sorted(found, key=lambda f: (f.inferred_only(inferred_graph), -len(f.sources)))[:SHOWN_VALUES]
        pattern = f"?x <{p}> <{desc.iri}>" if inverse else f"<{desc.iri}> <{p}> ?x"
        out.append(
            {
                "predicate": p,
                "label": site.term_label(p),
                "href": site.href(p),
                "values": [
                    {
                        "value": value(f.value, desc),
                        "term": f.value,
                        "inferred": f.inferred_only(inferred_graph),
                        "sources": f.sources[:SHOWN_SOURCES],
                        "more_sources": max(len(f.sources) - SHOWN_SOURCES, 0),
                    }
                    for f in shown
                ],
                "more": len(found) - len(shown),
                "more_href": "/sparql?query=" + site.nquote(f"SELECT ?x WHERE {{ {pattern} }}"),
            }
        )
    return out


def explain_href(s: str, p: str, o: Any) -> str:
    obj = o.value if isinstance(o, ox.NamedNode | ox.Literal) else str(o)
    return f"/explain?s={site.nquote(s)}&p={site.nquote(p)}&o={site.nquote(obj)}"


def picture(desc: Description) -> graphpic.Picture:
    links: dict[str, tuple[str, str, str, str, bool]] = {}
    inferred_graph = current_app.config["CKG_GRAPHS"]["inferred"]
    for direction, facts in (("→", desc.outgoing), ("←", desc.incoming)):
        for fact in facts:
            if not isinstance(fact.value, ox.NamedNode) or fact.predicate in _HEADER | _PROVENANCE:
                continue
            other = fact.value.value
            if other in links or not other.startswith(site.base() + "id/"):
                continue
            shown = value(fact.value, desc)
            edge = f"{direction} {site.term_label(fact.predicate)}"
            colour = graphpic.colour(desc.classes.get(other, set()))
            links[other] = (edge, shown["text"], shown["href"], colour, fact.inferred_only(inferred_graph))
    ordered = sorted(links.values(), key=lambda link: (link[4], link[0], link[1]))
    centre = (title_of(desc), "#", graphpic.colour(desc.classes.get(desc.iri, set())))
    return graphpic.layout(centre, ordered)


def page_context(desc: Description, page: str) -> dict[str, Any]:
    lang = site.language()
    descriptions = [
        f.value for f in desc.outgoing if f.predicate in _DESCRIPTIONS and isinstance(f.value, ox.Literal)
    ]
    text = next((d.value for d in descriptions if d.language == lang), "") or next(
        (d.value for d in descriptions), ""
    )
    aliases = sorted(
        {
            str(f.value.value)
            for f in desc.outgoing
            if f.predicate in (SKOS + "altLabel", RDFS + "label") and isinstance(f.value, ox.Literal)
        }
        - {title_of(desc)}
    )
    same_as = [value(f.value, desc) for f in desc.outgoing if f.predicate == OWL + "sameAs"]
    formats = [(f.label.replace("_", "-"), f"{page}.{f.extension}", f.media_type) for f in site.GRAPH_FORMATS]
    types = [
        {"label": site.term_label(t), "href": site.href(t), "iri": t}
        for t in desc.types()
        if t.startswith(ONTOLOGY)
    ]
    return {
        "iri": desc.iri,
        "page": page,
        "title": title_of(desc),
        "description": text,
        "aliases": aliases,
        "types": types,
        "same_as": same_as,
        "outgoing": rows(desc.outgoing, desc, _HEADER | set(_DESCRIPTIONS)),
        "incoming": rows(desc.incoming, desc, set(), inverse=True),
        "unasserted": rows(desc.unasserted, desc, set()),
        "formats": formats,
        "picture": picture(desc),
        "explain_href": explain_href,
        "sources_count": len({s.document for f in desc.outgoing + desc.incoming for s in f.sources}),
    }


def document_titles(snap: Snapshot, documents: set[str]) -> dict[str, str]:
    """Each document's title and date ("AVİM Yorum No: 2025/77 · 2025-08"), to cite it by."""
    wanted = sorted(documents)
    titles: dict[str, dict[str, str]] = {}
    dates: dict[str, str] = {}
    for chunk in (wanted[i : i + 200] for i in range(0, len(wanted), 200)):
        values = " ".join(f"<{d}>" for d in chunk)
        for row in snap.query(
            f"SELECT ?d ?t ?date WHERE {{ VALUES ?d {{ {values} }} "
            f"{{ ?d <{DCT}title> ?t }} UNION {{ ?d <{DCT}issued> ?date }} }}",
            use_default_graph_as_union=True,
        ):
            if row["t"] is not None:
                titles.setdefault(row["d"].value, {})[row["t"].language or ""] = row["t"].value
            if row["date"] is not None:
                dates[row["d"].value] = row["date"].value
    out = {}
    for d in wanted:
        found = titles.get(d, {})  # a title in its own language: no "(tr)" after it
        title = found.get(site.language()) or found.get("") or next(iter(sorted(found.values())), "")
        if title:
            out[d] = " · ".join(x for x in (title, dates.get(d, "")) if x)
    return out


def verb(iri: str) -> str:
    """A property's label as it reads between subject and object ("opposes"), in the page's language."""
    labels = site.term_labels().get(iri, {})
    return labels.get(site.language()) or labels.get("en") or site.short(iri)


def _word(text: str) -> dict[str, Any]:
    return {"kind": "literal", "text": text, "lang": "", "datatype": ""}


SHOWN_SAYINGS = 100  # claims and stances listed in one section of a page


def voices(snap: Snapshot, desc: Description) -> dict[str, Any]:
    """Who says what about the resource (issue 15): what it said, what others
    said about it, and where sources disagree about it, as the templates show them."""
    by = claims.said_by(snap, desc.iri)
    about = claims.said_about(snap, desc.iri)
    crowded = claims.crowded(snap, desc.iri)
    split = [] if crowded else claims.disagreements(snap, desc.iri)
    mentioned = {desc.iri}
    for said in (*by.sayings, *about.sayings):
        mentioned |= {said.speaker, said.subject}
        if isinstance(said.object, ox.NamedNode):
            mentioned.add(said.object.value)
    for d in split:
        for side in d.sides:
            if isinstance(side.value, ox.NamedNode):
                mentioned.add(side.value.value)
            mentioned |= {r["speaker"] for r in side.reports} | {r.get("holder", "") for r in side.reports}
    labels = site.labels_of(mentioned)
    named = Description(desc.iri, [], [], [], {**labels, **desc.labels}, desc.classes, desc.dates)

    def saying(s: claims.Saying) -> dict[str, Any]:
        return {
            "kind": s.kind,
            "date": s.date,
            "speaker": value(ox.NamedNode(s.speaker), named),
            "subject": value(ox.NamedNode(s.subject), named),
            "predicate": {"label": verb(s.predicate), "href": site.href(s.predicate)},
            "own": s.speaker == s.subject,
            "object": value(s.object, named),
            "source": s.source,
        }

    def report(r: dict[str, str]) -> dict[str, Any]:
        return {
            "speaker": value(ox.NamedNode(r["speaker"]), named) if r["speaker"] else None,
            "holder": value(ox.NamedNode(r["holder"]), named) if r.get("holder") else None,
            "stance": verb(r["property"]) if r["property"] in claims.STANCES else "",
            "document": r["document"],
            "href": site.href(r["document"]) + "#" + r["sentence"].partition("#")[2],
            "sentence": r["sentence"],
            "text": r["text"],
        }

    words = site.words()
    disagreements = []
    for d in split:
        stance = d.property == ONTOLOGY + "stance"
        disagreements.append(
            {
                "label": words["stances"] if stance else site.term_label(d.property),
                "href": "" if stance else site.href(d.property),
                "sides": [
                    {
                        "value": _word(words[side.value.value]) if stance else value(side.value, named),
                        "reports": [report(r) for r in side.reports],
                    }
                    for side in d.sides
                ],
            }
        )
    documents = {x.source.document for x in (*by.sayings, *about.sayings)}
    documents |= {r["document"] for d in split for side in d.sides for r in side.reports}
    documents |= {
        src.document for f in (*desc.outgoing, *desc.incoming, *desc.unasserted) for src in f.sources
    }
    return {
        "doc_titles": document_titles(snap, documents),
        "said_by": [saying(s) for s in by.sayings[:SHOWN_SAYINGS]],
        "said_by_more": by.truncated or len(by.sayings) > SHOWN_SAYINGS,
        "said_about": [saying(s) for s in about.sayings[:SHOWN_SAYINGS]],
        "said_about_more": about.truncated or len(about.sayings) > SHOWN_SAYINGS,
        "disagreements": disagreements,
        "crowded": [{"label": site.term_label(p), "count": n} for p, n in crowded],
        "disagreements_href": "/sparql?query=" + site.nquote(claims.QUESTION.sparql),
    }
