"""``/explain?s=&p=&o=``: why a triple is in the graph, as a page.

The derivation comes from :func:`kg.explain.explain` (the same compiled rules
the build used, searched backwards down to asserted triples and the sentences
they were read from).  Where that module is not installed the page says so
instead of failing.  ``Accept: application/json`` gets the derivation as data.
"""

from __future__ import annotations

import importlib
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, json, request

from server import negotiation
from server.errors import BadRequest, NotFound
from server.site import common as site
from server.site.resource import Description
from server.site.resource_view import value
from server.state import state

bp = Blueprint("explain", __name__)


def _rules(module: Any) -> Any:
    """The ontology's compiled rules, once per process (compiling takes a while)."""
    cache = state().rules
    if "rules" not in cache:
        from kg.reason import compiled_rules, load_ontology
        from kg.resources import ontology_files

        cache["rules"] = compiled_rules(load_ontology(ontology_files()))
    return cache["rules"]


def _object(s: str, p: str, o: str) -> ox.NamedNode | ox.Literal:
    """``o`` as the store holds it: an IRI, or the literal of ``s p`` whose text is ``o``."""
    if o.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(o)
    escaped = o.translate({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"})
    for row in site.snapshot().query(
        f'SELECT ?o WHERE {{ <{s}> <{p}> ?o FILTER(isLiteral(?o) && STR(?o) = "{escaped}") }} LIMIT 1',
        use_default_graph_as_union=True,
    ):
        return row["o"]
    return ox.Literal(o)


def _shown(derivation: Any) -> dict[str, Any]:
    """A derivation as the template walks it: terms as links, sources as sentences."""
    terms = [t for t in derivation.triple if isinstance(t, ox.NamedNode)]
    desc = Description("", [], [], [], site.labels_of(t.value for t in terms), {})
    return {
        "triple": [value(t, desc) for t in derivation.triple],
        "rule": derivation.rule,
        "axiom": derivation.axiom,
        "inferred": derivation.inferred,
        "graphs": list(derivation.graphs),
        "sources": [
            {
                "document": src.document,
                "title": src.title,
                "href": (
                    site.href(src.document)
                    + ("#" + src.sentence.split("#", 1)[1] if "#" in src.sentence else "")
                )
                if src.document
                else site.href(src.graph),
                "graph": src.graph,
                "text": src.text,
                "surface": src.surface,
                "rule": src.rule,
            }
            for src in derivation.sources
        ],
        "premises": [_shown(p) for p in derivation.premises],
    }


def _valid(iri: str, what: str) -> str:
    if not iri.startswith(("http://", "https://", "urn:")) or any(c in iri for c in '<>"{}|^`\\ \n'):
        raise BadRequest(f"{what} must be an absolute IRI, got {iri!r}")
    return iri


@bp.get("/explain")
@site.cached
def explain() -> Response:
    s, p, o = (request.args.get(k, "").strip() for k in ("s", "p", "o"))
    if not (s and p and o):
        raise BadRequest("give the triple to explain as /explain?s=IRI&p=IRI&o=IRI-or-value")
    _valid(s, "s")
    _valid(p, "p")
    context: dict[str, Any] = {"s": s, "p": p, "o": o, "title": site.words()["explanation"]}
    try:
        module = importlib.import_module("kg.explain")
    except ImportError:
        return site.render("explain.html", available=False, derivation=None, **context)
    snap = site.snapshot()
    derivation = module.explain(
        snap, ox.NamedNode(s), ox.NamedNode(p), _object(s, p, o), base_iri=site.base(), rules=_rules(module)
    )
    if negotiation.negotiate((site.HTML, site.JSON), what="an explanation") is site.JSON:
        if derivation is None:
            raise NotFound(f"no derivation of ({s}, {p}, {o}) in this build: the triple is not in the graph")
        return Response(json.dumps({"derivation": derivation.as_dict()}), mimetype="application/json")
    shown = _shown(derivation) if derivation is not None else None
    return site.render(
        "explain.html", status=200 if shown else 404, available=True, derivation=shown, **context
    )
