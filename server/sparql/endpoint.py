"""``/sparql``: the SPARQL 1.1 Protocol, read-only.

GET ``?query=``, POST ``application/x-www-form-urlencoded`` and POST
``application/sparql-query``; ``default-graph-uri`` and ``named-graph-uri``
(they override the query's FROM and FROM NAMED); results by content
negotiation or ``?format=``.  Without a query: the service description.

Parameters beyond the protocol's:

- ``format`` (or ``output``): a short name or media type from ``kg.formats``;
- ``infer=false``: asserted data only.  The default graph is the union of
  every graph (``infer=true``, the default) or of every graph but
  ``graph/inferred``, which then is not a named graph either.

Updates, LOAD and SERVICE are refused (``server.sparql.screening``); the time
limit and the heavy-query cap are ``server.sparql.limits``'; the row limit
``server.sparql.results``'.
"""

from __future__ import annotations

import gzip
import hashlib
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Flask, Request, Response, current_app, request
from werkzeug.http import http_date

from kg.formats import RDF_FORMATS, RESULT_FORMATS, Format
from kg.settings import Settings
from server import negotiation
from server.errors import (
    BadRequest,
    Forbidden,
    NotAcceptable,
    QuerySyntaxError,
    QueryTimeout,
    ServerBusy,
    UnsupportedMediaType,
)
from server.sparql import limits, results
from server.sparql.screening import needs, screen
from server.state import State, of
from server.storage import Snapshot

bp = Blueprint("sparql", __name__)

GRAPH_FORMATS = RDF_FORMATS  # CONSTRUCT/DESCRIBE: triples, also as N-Quads/TriG in the default graph
GZIP_OVER = 4096  # bytes: smaller answers go uncompressed
_UPDATE_TYPES = ("application/sparql-update",)
_METHODS = "GET, POST, OPTIONS"
_EXPOSED = "X-CKG-Truncated, X-CKG-Rows, X-CKG-Max-Rows, ETag, Last-Modified, Warning"


_VARY = [("Vary", "Accept, Accept-Encoding"), ("Access-Control-Expose-Headers", _EXPOSED)]
CACHE_GET = [("Cache-Control", "public, max-age=60"), *_VARY]
_CACHE_OTHER = [("Cache-Control", "no-store"), *_VARY]


class Answered(Response):
    """An answer of ``/sparql``.  Its ``trusted`` headers (constants, and the
    validators we make from the build's id, a digest and a date) go into the
    WSGI header list as they are: Werkzeug checks every header it is given,
    twice per response (when set, and in the copy it sends), which costs as
    much as the rest of our protocol layer on a small query."""

    trusted: tuple[tuple[str, str], ...] = ()

    def __call__(self, environ: Any, start_response: Any) -> Any:
        app_iter, status, headers = self.get_wsgi_response(environ)
        headers.extend(self.trusted)
        start_response(status, headers)
        return app_iter


def _req() -> Request:
    """The request itself: one lookup through Flask's proxy instead of one per use
    (they add up on the fast path)."""
    return request._get_current_object()  # type: ignore[attr-defined]


def _app() -> Flask:
    return current_app._get_current_object()  # type: ignore[attr-defined]


def read_request() -> tuple[str, list[str], list[str]]:
    """The query text and dataset parameters, from whichever form the protocol allows."""
    req = _req()
    args = req.args
    if "update" in args or "using-graph-uri" in args or "using-named-graph-uri" in args:
        raise Forbidden("this endpoint is read-only: SPARQL Update is not accepted")
    if req.method == "POST":
        mimetype = req.mimetype
        charset = req.mimetype_params.get("charset", "utf-8").lower()
        if mimetype == "application/x-www-form-urlencoded":
            form = req.form
            if "update" in form:
                raise Forbidden("this endpoint is read-only: SPARQL Update is not accepted")
            queries = form.getlist("query")
            if "query" in args:
                raise BadRequest(
                    "give the query once: in the body or in the URL, not both"
                    if queries
                    else "with POST, send the query in the body (query=...), not in the URL"
                )
            default = form.getlist("default-graph-uri") + args.getlist("default-graph-uri")
            named = form.getlist("named-graph-uri") + args.getlist("named-graph-uri")
        elif mimetype == "application/sparql-query":
            if charset not in ("utf-8", "utf8"):
                raise UnsupportedMediaType(
                    f"unsupported charset {charset} for application/sparql-query: send UTF-8"
                )
            if "query" in args:
                raise BadRequest("give the query once: in the body or in the URL, not both")
            try:
                queries = [req.get_data().decode("utf-8")]
            except UnicodeDecodeError as exc:
                raise BadRequest(f"the query is not valid UTF-8 (byte {exc.start} of the body)") from None
            default = args.getlist("default-graph-uri")
            named = args.getlist("named-graph-uri")
        elif mimetype in _UPDATE_TYPES:
            raise Forbidden("this endpoint is read-only: SPARQL Update is not accepted")
        else:
            raise UnsupportedMediaType(
                f"unsupported request body type {mimetype or '(none)'}: send the query as "
                "application/x-www-form-urlencoded (query=...) or as application/sparql-query"
            )
    else:
        queries = args.getlist("query")
        default = args.getlist("default-graph-uri")
        named = args.getlist("named-graph-uri")
    if len(queries) > 1:
        raise BadRequest(f"{len(queries)} queries given: send exactly one `query` parameter")
    if not queries or not queries[0].strip():
        raise BadRequest("no query: pass the SPARQL query as the `query` parameter")
    for iri in default + named:
        if not iri or any(c in iri for c in ' <>"{}|\\^`') or ":" not in iri:
            raise BadRequest(
                f"graph IRI {iri!r} in default-graph-uri or named-graph-uri is not an absolute IRI"
            )
    return queries[0], default, named


def read_infer() -> bool:
    req = _req()
    values = req.values if req.method == "POST" else req.args
    if "infer" not in values:
        return True
    value = values.get("infer", "true").strip().lower()
    if value in {"true", "1", "yes", ""}:
        return True
    if value in {"false", "0", "no"}:
        return False
    raise BadRequest(
        f"infer={value!r}: use infer=true (asserted and inferred data) or infer=false (asserted only)"
    )


def pick(form: str | None) -> Format:
    """The answer's format, from ``format=`` or the Accept header, before any evaluation."""
    req = _req()
    app = _app()
    graph = form in ("construct", "describe")
    formats = GRAPH_FORMATS if graph else RESULT_FORMATS
    values = req.values if req.method == "POST" else req.args
    if not ("format" in values or "output" in values or "results" in values):
        # the fast path: the same Accept header gets the same answer (bounded memo)
        key = (graph, req.environ.get("HTTP_ACCEPT", ""))
        memo: dict[tuple[bool, str], Format] = of(app).negotiated
        if key not in memo:
            memo[key] = negotiation.negotiate(formats, what="this result")
            if len(memo) > 512:
                memo.clear()
        return memo[key]
    # SPARQLWrapper sends format=, output= and results=, some twice (a name and a media type)
    return negotiation.negotiate(formats, what="this result", names=("format", "output", "results"))


def dataset(snapshot: Snapshot, default: list[str], named: list[str], infer: bool) -> dict[str, Any]:
    """pyoxigraph's dataset options for the request."""
    app = _app()
    kwargs: dict[str, Any] = {}
    asserted: list[ox.NamedNode] | None = None
    if not infer and not (default and named):
        inferred = app.config["CKG_GRAPHS"]["inferred"]
        asserted = [ox.NamedNode(g) for g in graph_names(snapshot) if g != inferred]
    if default:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default]
    elif asserted is not None:
        kwargs["default_graph"] = asserted
    else:
        kwargs["use_default_graph_as_union"] = True
    if named:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
    elif asserted is not None:
        kwargs["named_graphs"] = asserted
    return kwargs


def graph_names(snapshot: Snapshot) -> list[str]:
    app = _app()
    cache = of(app).graph_names
    if snapshot.etag not in cache:
        cache.clear()
        rows = snapshot.query("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        cache[snapshot.etag] = sorted(row["g"].value for row in rows)
    return list(cache[snapshot.etag])


def _syntax_error(exc: SyntaxError) -> QuerySyntaxError:
    text = str(exc)
    if text.startswith("error at ") and ":" in text[9:]:
        position, _, message = text[9:].partition(": ")
        line, _, column = position.partition(":")
        if line.isdigit() and column.isdigit():
            return QuerySyntaxError(
                f"syntax error at line {line}, column {column}: {message}", line=int(line), column=int(column)
            )
    return QuerySyntaxError(f"syntax error: {text}")


def check_syntax(query: str, prefixes: dict[str, str], relative: bool) -> None:
    """Raise the query's syntax error, if it has one, without touching the store:
    the query is parsed (and run) against an empty store."""
    options: dict[str, Any] = {"prefixes": prefixes} if prefixes else {}
    if relative:
        options["base_iri"] = endpoint_url()
    try:
        ox.Store().query(query, **options)
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    except ValueError as exc:
        raise BadRequest(f"invalid query: {exc}") from None


def _plan(query: str, settings: Settings) -> tuple[str | None, dict[str, str], bool]:
    """Screened once per query text (dashboards and tools repeat theirs): the
    query form, the predefined prefixes it uses undeclared, whether it has
    relative IRIs.  Refusals are not remembered: they raise every time."""
    app = _app()
    plans: dict[str, tuple[str | None, dict[str, str], bool]] = of(app).plans
    plan = plans.get(query)
    if plan is None:
        form = screen(query, settings.allowed_service_list)
        predefined: dict[str, str] = app.config["CKG_PREFIXES"]
        used, relative = needs(query, predefined)
        plan = (form, {name: predefined[name] for name in sorted(used)}, relative)
        if len(plans) > 1024:
            plans.clear()
        plans[query] = plan
    return plan


def evaluate(
    snapshot: Snapshot,
    query: str,
    fmt: Format,
    options: dict[str, Any],
    max_rows: int,
    prefixes: dict[str, str] | None = None,
    relative: bool = True,
) -> Answered:
    """Run the query and write its answer (in the request's context: the
    endpoint's URL is the request's)."""
    all_prefixes: dict[str, str] = _app().config["CKG_PREFIXES"]
    fmt, answer = compute(
        snapshot,
        query,
        fmt,
        options,
        max_rows,
        all_prefixes if prefixes is None else prefixes,
        endpoint_url() if relative else None,
        all_prefixes,
        pick,
    )
    content_type = media_type(fmt)
    if answer.body is not None:
        response = Answered(answer.body, content_type=content_type)
    else:
        assert answer.chunks is not None
        response = Answered(answer.chunks, content_type=content_type, direct_passthrough=True)
    if answer.cut:
        response.headers.extend(cut_headers(answer.rows, max_rows))
    return response


def compute(
    snapshot: Snapshot,
    query: str,
    fmt: Format,
    options: dict[str, Any],
    max_rows: int,
    prefixes: dict[str, str],
    base_iri: str | None,
    all_prefixes: dict[str, str],
    repick: Callable[[str], Format],
) -> tuple[Format, results.Answer]:
    """The query's answer, serialised under the row limit, and its format
    (``repick(form)`` when the one asked for does not fit the result: a
    results format for triples, or the other way round).  pyoxigraph parses
    every prefix it is given, so ``prefixes`` are only those the query uses;
    relative IRIs resolve against ``base_iri``.  No Flask context needed."""
    if prefixes:
        options = {**options, "prefixes": prefixes}
    if base_iri is not None:
        options = {**options, "base_iri": base_iri}

    def run() -> Any:
        try:
            return snapshot.query(query, **options)
        except SyntaxError as exc:
            raise _syntax_error(exc) from None
        except ValueError as exc:
            raise BadRequest(f"invalid query: {exc}") from None

    first = run()
    if isinstance(first, ox.QueryTriples):
        if fmt.rdf is None:
            fmt = repick("construct")
        assert fmt.rdf is not None
        pending_triples: list[Any] = [first]
        return fmt, results.triples(
            lambda: pending_triples.pop() if pending_triples else run(), fmt.rdf, max_rows, all_prefixes
        )
    if fmt.results is None:
        fmt = repick("select")
    assert fmt.results is not None
    pending: list[Any] = [first]
    return fmt, results.solutions(lambda: pending.pop() if pending else run(), fmt.results, max_rows)


def media_type(fmt: Format) -> str:
    """The ``Content-Type`` of an answer in ``fmt``."""
    return fmt.media_type + ("; charset=utf-8" if fmt.media_type.startswith("text/") else "")


def cut_headers(rows: int | None, max_rows: int) -> list[tuple[str, str]]:
    """What an answer cut at the row limit says of it."""
    return [
        ("X-CKG-Truncated", "true"),
        ("X-CKG-Rows", str(rows or 0)),
        ("X-CKG-Max-Rows", str(max_rows)),
        ("Warning", f'199 - "result cut at {max_rows} rows (the server\'s limit)"'),
    ]


def endpoint_url() -> str:
    """The endpoint's own URL (``request.base_url`` is slow: it re-quotes the whole URL)."""
    req = _req()
    return url_of(req.environ, req.path)


def url_of(environ: dict[str, Any], path: str) -> str:
    """The URL of ``path`` on this server, as the request names it (its ``Host``)."""
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{environ['wsgi.url_scheme']}://{host}{environ.get('SCRIPT_NAME', '')}{path}"


def guarded(work: Callable[[], Answered], key: Any = None) -> Answered:
    """Run ``work`` under the time limits: granian's :class:`limits.ThreadGuard`, or
    the worker's watchdog when gunicorn serves us; a
    streamed answer stays under it until its last piece is written (or the
    client goes away)."""
    req = _req()
    app = _app()
    guard: limits.ThreadGuard | None = of(app).guard
    if guard is not None:
        return _guarded_on_threads(guard, work, key)
    sock = req.environ.get("gunicorn.socket")
    watchdog: limits.Watchdog | None = of(app).watchdog
    if sock is None or watchdog is None:
        return work()
    generation = watchdog.arm(sock)
    try:
        response = work()
    except BaseException:
        watchdog.disarm(generation)
        raise
    if not response.is_streamed:
        watchdog.disarm(generation)
        return response
    response.response = _watched(response.response, watchdog, generation)
    return response


def _guarded_on_threads(guard: limits.ThreadGuard, work: Callable[[], Answered], key: Any) -> Answered:
    """``work`` under granian: run by :class:`limits.ThreadGuard` while this thread keeps
    time, or in place when the same reading (``key``) was answered quickly before."""
    quick = guard.inline(key, work) if key is not None else None
    if quick is not None:
        if not quick.is_streamed:
            return quick
        guard.quick.discard(key)  # a stream is no quick answer: under the limits piece by piece
        quick.response = guard.pieces(quick.response, time.monotonic())
        return quick
    started = time.monotonic()
    try:
        response: Answered = guard.call(work, started)
    except limits.Overrun as overrun:
        raise (ServerBusy if overrun.kind == "busy" else QueryTimeout)(overrun.message) from None
    except BaseException:
        guard.done()
        raise
    if not response.is_streamed:
        guard.done()
        if key is not None:
            guard.learn(key, time.monotonic() - started)
        return response
    response.response = guard.pieces(response.response, started)
    return response


def _watched(chunks: Iterable[Any], watchdog: limits.Watchdog, generation: int) -> Iterator[bytes]:
    iterator = iter(chunks)
    try:
        first = True
        for chunk in iterator:
            if first:  # from here on a 503 can no longer be sent: the status is on its way
                watchdog.streaming(generation)
                first = False
            yield chunk
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
        watchdog.disarm(generation)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a request asks: the query, its dataset, its plan, the answer's
    format, and the digest its ETag is made of."""

    query: str
    default: list[str]
    named: list[str]
    prefixes: dict[str, str]
    relative: bool
    fmt: Format
    infer: bool
    digest: str


def work_key(snapshot: Snapshot, r: Reading) -> tuple[Any, ...]:
    """What the answer to ``r`` depends on: the same key, the same work on the same data."""
    return (snapshot.etag, r.digest, r.query, *r.default, "\x00", *r.named, r.infer)


READINGS = 1024  # GET requests remembered, by their query string and Accept header
READING_URL = 4096  # characters: longer query strings are read again each time


def read(settings: Settings) -> Reading:
    """The request read, checked and negotiated.  A GET request is wholly
    told by its query string and ``Accept`` header, and dashboards and tools
    repeat theirs: those readings are remembered (refusals never are: they
    raise every time)."""
    req = _req()
    environ = req.environ
    key: tuple[str, str] | None = None
    if req.method == "GET":
        key = (environ.get("QUERY_STRING", ""), environ.get("HTTP_ACCEPT", ""))
        readings: dict[tuple[str, str], Reading] = of(_app()).readings
        reading = readings.get(key)
        if reading is not None:
            return reading
    query, default, named = read_request()
    form, prefixes, relative = _plan(query, settings)
    try:
        fmt = pick(form)
    except NotAcceptable:
        # Parse first, then negotiate: a malformed query is a 400 whatever the
        # client accepts (answered in the best type it accepts, errors.render).
        check_syntax(query, prefixes, relative)
        raise
    infer = read_infer()
    digest = hashlib.blake2b(
        "\x00".join([query, fmt.name, req.query_string.decode("latin-1")]).encode(), digest_size=8
    ).hexdigest()
    reading = Reading(query, default, named, prefixes, relative, fmt, infer, digest)
    if key is not None and len(key[0]) <= READING_URL:
        if len(readings) >= READINGS:
            readings.clear()
        readings[key] = reading
    return reading


def validators(state: State, snapshot: Snapshot, digest: str) -> tuple[str, str]:
    """The answer's ``ETag`` and ``Last-Modified``: the build's, and the reading's digest."""
    dates = state.http_dates
    if snapshot.etag not in dates:
        dates.clear()
        dates[snapshot.etag] = http_date(snapshot.mtime or None)
    return f'"{snapshot.etag}-{digest}"', dates[snapshot.etag]


def _not_modified(etag: str, modified: str, snapshot: Snapshot) -> bool:
    req = _req()
    environ = req.environ
    if req.method not in ("GET", "HEAD") or not (
        "HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ
    ):
        return False
    if req.if_none_match:
        return req.if_none_match.contains(etag.strip('"'))
    since = req.if_modified_since
    return since is not None and snapshot.mtime > 0 and int(snapshot.mtime) <= since.timestamp()


def _compress(response: Answered) -> Answered:
    req = _req()
    if "gzip" not in req.environ.get("HTTP_ACCEPT_ENCODING", ""):
        return response
    streamed = response.is_streamed  # streamed answers are large: compressed piece by piece
    size = response.content_length
    if not (streamed or (size is not None and size > GZIP_OVER)) or "gzip" not in req.accept_encodings:
        return response
    if streamed:
        response.response = _gzipped(response.response)
    else:
        response.set_data(gzip.compress(response.get_data(), compresslevel=4))
    response.headers["Content-Encoding"] = "gzip"
    return response


def _gzipped(chunks: Iterable[Any]) -> Iterator[bytes]:
    iterator = iter(chunks)
    packer = zlib.compressobj(4, zlib.DEFLATED, 31)  # 31: the gzip container
    try:
        for chunk in iterator:
            packed = packer.compress(chunk)
            if packed:
                yield packed
        yield packer.flush()
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    req = _req()
    app = _app()
    if req.method == "OPTIONS":
        return preflight()
    if req.method == "GET" and not req.args:
        from server.sparql.description import service_description

        return service_description()
    settings: Settings = app.config["CKG_SETTINGS"]
    r = read(settings)
    snapshot: Snapshot = app.config["CKG_STORE"].get()
    etag, modified = validators(of(app), snapshot, r.digest)
    if _not_modified(etag, modified, snapshot):
        response = Answered(status=304)
    else:
        options = dataset(snapshot, r.default, r.named, r.infer)
        response = guarded(
            lambda: evaluate(snapshot, r.query, r.fmt, options, settings.max_rows, r.prefixes, r.relative),
            work_key(snapshot, r),
        )
        response = _compress(response)
    response.trusted = (
        ("ETag", etag),
        ("Last-Modified", modified),
        *(CACHE_GET if req.method == "GET" else _CACHE_OTHER),
    )
    return response


def preflight() -> Response:
    req = _req()
    response = Response(status=204)
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = _METHODS
    response.headers["Access-Control-Allow-Headers"] = (
        req.headers.get("Access-Control-Request-Headers") or "Accept, Content-Type"
    )
    response.headers["Access-Control-Max-Age"] = "86400"
    response.headers["Allow"] = _METHODS
    return response
