"""``/sparql``: the SPARQL 1.1 Protocol, read-only.

GET ``?query=``, POST ``application/x-www-form-urlencoded`` and POST
``application/sparql-query``; ``default-graph-uri`` and ``named-graph-uri``;
results by content negotiation or ``?format=``.  Updates, LOAD and SERVICE
are refused; ``?infer=false`` restricts the default graph to asserted data.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.formats import RDF_FORMATS, RESULT_FORMATS, Format, by_name
from server.errors import BadRequest, Forbidden, NotAcceptable, QuerySyntaxError, UnsupportedMediaType
from server.negotiation import choose
from server.storage import Snapshot

bp = Blueprint("sparql", __name__)

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_STRIP = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_POSITION = re.compile(r"error at (\d+):(\d+): ?(.*)", re.DOTALL)
GRAPH_FORMATS = tuple(f for f in RDF_FORMATS if f.kind == "graph")


def read_request() -> tuple[str, list[str], list[str]]:
    """The query text and dataset parameters, from whichever form the protocol allows."""
    if request.method == "POST":
        mimetype = request.mimetype
        if mimetype == "application/x-www-form-urlencoded":
            form = request.form
            if "update" in form:
                raise Forbidden("this endpoint is read-only: SPARQL Update is not accepted")
            query = form.get("query")
            default = form.getlist("default-graph-uri") + request.args.getlist("default-graph-uri")
            named = form.getlist("named-graph-uri") + request.args.getlist("named-graph-uri")
        elif mimetype == "application/sparql-query":
            query = request.get_data(as_text=True)
            default = request.args.getlist("default-graph-uri")
            named = request.args.getlist("named-graph-uri")
        elif mimetype == "application/sparql-update":
            raise Forbidden("this endpoint is read-only: SPARQL Update is not accepted")
        else:
            raise UnsupportedMediaType(
                f"unsupported request body type {mimetype or '(none)'}: send "
                "application/x-www-form-urlencoded or application/sparql-query"
            )
        if "query" in request.args and query is not None:
            raise BadRequest("give the query once: in the body or in the URL, not both")
    else:
        if "update" in request.args:
            raise Forbidden("this endpoint is read-only: SPARQL Update is not accepted")
        values = request.args.getlist("query")
        if len(values) > 1:
            raise BadRequest("more than one query parameter")
        query = values[0] if values else None
        default = request.args.getlist("default-graph-uri")
        named = request.args.getlist("named-graph-uri")
    if query is None:
        raise BadRequest("no query: pass the SPARQL query as the `query` parameter")
    return query, default, named


def check_safe(query: str) -> None:
    code = _STRIP.sub(" ", query)
    if _UPDATE.match(code):
        raise Forbidden("this endpoint is read-only: SPARQL Update and LOAD are not accepted")
    if _SERVICE.search(code):
        raise Forbidden("SERVICE is disabled: this endpoint makes no requests to other endpoints")


def evaluate(store: Snapshot, query: str, default: list[str], named: list[str], infer: bool) -> object:
    kwargs: dict[str, object] = {}
    graphs = current_app.config["CKG_GRAPHS"]
    if default:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default]
    elif infer:
        kwargs["use_default_graph_as_union"] = True
    else:
        kwargs["default_graph"] = [
            ox.NamedNode(row["g"].value)
            for row in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
            if row["g"].value != graphs["inferred"]
        ]
    if named:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
    try:
        return store.query(query, prefixes=current_app.config["CKG_PREFIXES"], **kwargs)
    except SyntaxError as exc:
        match = _POSITION.match(str(exc))
        if match:
            line, column, message = match.groups()
            raise QuerySyntaxError(f"syntax error: {message}", line=int(line), column=int(column)) from None
        raise QuerySyntaxError(f"syntax error: {exc}") from None
    except ValueError as exc:
        raise BadRequest(f"invalid query: {exc}") from None


def pick(result: object) -> Format:
    explicit = request.values.get("format") or request.values.get("output")
    formats = GRAPH_FORMATS if isinstance(result, ox.QueryTriples) else RESULT_FORMATS
    if explicit:
        try:
            return by_name(explicit, formats)
        except KeyError as exc:
            raise BadRequest(str(exc.args[0])) from None
    chosen = choose(request.accept_mimetypes, formats, formats[0])
    if chosen is None:
        offered = ", ".join(f.media_type for f in formats)
        raise NotAcceptable(
            f"none of the accepted media types can be produced; this result comes as {offered}"
        )
    return chosen


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    if request.method == "GET" and not request.args:
        from server.description import service_description

        return service_description()
    query, default, named = read_request()
    check_safe(query)
    infer = request.values.get("infer", "true").lower() not in {"false", "0", "no"}
    snapshot = current_app.config["CKG_STORE"].get()
    result = evaluate(snapshot, query, default, named, infer)
    fmt = pick(result)
    if isinstance(result, ox.QueryTriples):
        assert fmt.rdf is not None
        body = result.serialize(format=fmt.rdf)
    else:
        assert fmt.results is not None
        body = result.serialize(format=fmt.results)  # type: ignore[attr-defined]
    response = Response(body, mimetype=fmt.media_type)
    response.headers["Vary"] = "Accept"
    return response
