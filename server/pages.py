"""Dereferenceable resources: ``/id/<slug>`` as HTML for people and as RDF
(Turtle, N-Triples, RDF/XML, JSON-LD) by content negotiation or by a
``.ttl``/``.nt``/``.rdf``/``.jsonld`` suffix; ``/id/`` lists every resource;
``/explain`` shows why an inferred fact holds.

The IRI of ``/id/<slug>`` is the configured base IRI + ``id/<slug>``,
whatever host the request came to: a w3id redirect, a proxy or
``localhost`` all reach the same resource.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.formats import Format, by_name
from kg.iri import DCT, ONTOLOGY, OWL, RDF, RDFS, SKOS, WIKIDATA
from server import graphpic, site
from server.context import serialize
from server.errors import BadRequest, NotAcceptable, NotFound
from server.negotiation import choose
from server.resource import Description, Fact, describe, exists, rdf

bp = Blueprint("pages", __name__)

HTML = Format("html", "text/html", "html", "graph", aliases=("application/xhtml+xml",))
_IRI_SAFE = re.compile(r"^[A-Za-z0-9._~:/@!$&'()*+,;=%-]+$")
_HEADER = {RDF + "type", RDFS + "label", SKOS + "altLabel", OWL + "sameAs"}
_DESCRIPTIONS = (SKOS + "definition", RDFS + "comment", DCT + "description")


def wants_html() -> bool:
    return choose(request.accept_mimetypes, site.GRAPH_FORMATS, HTML) is HTML


def negotiate() -> Format:
    explicit = request.args.get("format")
    if explicit:
        if explicit == "html":
            return HTML
        try:
            return by_name(explicit, site.GRAPH_FORMATS)
        except KeyError as exc:
            raise BadRequest(str(exc.args[0])) from None
    chosen = choose(request.accept_mimetypes, site.GRAPH_FORMATS, HTML)
    if chosen is None:
        offered = ", ".join(f.media_type for f in (HTML, *site.GRAPH_FORMATS))
        raise NotAcceptable(f"this resource comes as {offered}")
    return chosen


def rdf_response(triples: list[ox.Triple], fmt: Format, page: str) -> Response:
    response = Response(serialize(triples, fmt), mimetype=fmt.media_type)
    response.vary.add("Accept")
    response.headers["Content-Location"] = f"{page}.{fmt.extension}"
    if fmt.name == "jsonld":
        response.headers["Link"] = '</context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"'
    return response


def not_found(what: str, path: str, suggestions: list[tuple[str, str]] | None = None) -> Response:
    if wants_html():
        return site.render("404.html", status=404, what=what, path=path, suggestions=suggestions or [])
    raise NotFound(f"{what}: nothing is known about {path}; see /id/ for every resource, or query /sparql")


@bp.get("/id/")
@site.cached
def index() -> Response:
    """Every resource with a label, by class: where a browser or crawler starts."""
    snap = site.snapshot()
    rows = snap.query(
        f'SELECT DISTINCT ?s ?c WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?s), "{site.base()}id/") '
        f'&& STRSTARTS(STR(?c), "{ONTOLOGY}")) }}',
        use_default_graph_as_union=True,
    )
    by_class: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_class[row["c"].value].add(row["s"].value)
    wanted = request.args.get("class", "")
    try:
        page = max(int(request.args.get("page", "1")), 1)
    except ValueError:
        page = 1
    size = INDEX_PAGE if wanted else INDEX_SAMPLE
    shown = {
        cls: sorted(members)[(page - 1) * size : page * size] if cls == wanted or not wanted else []
        for cls, members in by_class.items()
    }
    labels = site.labels_of(i for members in shown.values() for i in members)
    groups = []
    for cls in sorted(by_class, key=site.term_label):
        if wanted and cls != wanted:
            continue
        members = sorted(
            ((site.pick_label(labels.get(i, {}), site.short(i)), site.href(i)) for i in shown[cls]),
            key=lambda m: m[0].casefold(),
        )
        total = len(by_class[cls])
        groups.append(
            {
                "class": cls,
                "label": site.term_label(cls),
                "members": members,
                "total": total,
                "pages": (total + size - 1) // size,
                "query": urlencode({"class": cls}),
            }
        )
    return site.render("index.html", groups=groups, page=page, wanted=wanted)


INDEX_SAMPLE = 300  # resources listed per class on /id/
INDEX_PAGE = 1000  # per page on /id/?class=…


@bp.get("/id/<path:slug>")
@site.cached
def resource(slug: str) -> Response:
    if not _IRI_SAFE.match(slug):
        return not_found(site.words()["not_found"], request.path)
    snap = site.snapshot()
    base = site.base() + "id/"
    iri, fmt = base + slug, None
    if not exists(snap, iri):
        for candidate in site.GRAPH_FORMATS:
            suffix = "." + candidate.extension
            if slug.endswith(suffix) and exists(snap, base + slug[: -len(suffix)]):
                iri, fmt = base + slug[: -len(suffix)], candidate
                break
        else:
            return not_found(site.words()["not_found"], request.path, suggest(slug))
    page = "/id/" + iri[len(base) :]
    if fmt is None:
        fmt = negotiate()
    if fmt is not HTML:
        return rdf_response(rdf(snap, iri), fmt, page)
    desc = describe(snap, iri)
    if ONTOLOGY + "Document" in desc.types():
        from server.documents import document_page

        response = document_page(snap, desc, page)
    else:
        response = site.render("resource.html", **page_context(desc, page))
    response.vary.add("Accept")
    return response


def suggest(slug: str) -> list[tuple[str, str]]:
    """Resources whose IRI or label contains the last word of ``slug``."""
    word = re.split(r"[/.\-_ ]+", slug.strip("/"))[-1].lower()
    if len(word) < 3 or not word.isalnum():
        return []
    rows = site.snapshot().query(
        f"SELECT DISTINCT ?s WHERE {{ ?s <{RDFS}label> ?l "
        f'FILTER(STRSTARTS(STR(?s), "{site.base()}id/") && '
        f'(CONTAINS(LCASE(STR(?s)), "{word}") || CONTAINS(LCASE(STR(?l)), "{word}"))) }} LIMIT 10',
        use_default_graph_as_union=True,
    )
    iris = [row["s"].value for row in rows]
    labels = site.labels_of(iris)
    return [(site.pick_label(labels.get(i, {}), site.short(i)), site.href(i)) for i in iris]


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
            if not isinstance(fact.value, ox.NamedNode) or fact.predicate in _HEADER:
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
