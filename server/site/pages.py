"""Dereferenceable resources: ``/id/<slug>`` as site.HTML for people and as RDF
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
from urllib.parse import urlencode

from flask import Blueprint, Response, request

from kg.iri import ONTOLOGY, RDFS
from server.site import common as site
from server.site import documents, resource_view
from server.site.resource import describe, exists, rdf

bp = Blueprint("pages", __name__)

_IRI_SAFE = re.compile(r"^[A-Za-z0-9._~:/@!$&'()*+,;=%-]+$")


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
        return site.not_found(site.words()["not_found"], request.path)
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
            return site.not_found(site.words()["not_found"], request.path, suggest(slug))
    page = "/id/" + iri[len(base) :]
    if fmt is None:
        fmt = site.negotiate()
    if fmt is not site.HTML:
        return site.rdf_response(rdf(snap, iri), fmt, page)
    desc = describe(snap, iri)
    if ONTOLOGY + "Document" in desc.types():
        response = documents.document_page(snap, desc, page)
    else:
        response = site.render(
            "resource.html", **resource_view.page_context(desc, page), **resource_view.voices(snap, desc)
        )
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
