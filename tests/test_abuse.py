"""The server under abuse, over real HTTP against ``ckg serve`` (gunicorn):
malformed, huge and pathological queries, SERVICE to local addresses, every
update form, non-UTF-8 bodies, odd headers and path traversal.  Each gets the
right 4xx (or the 503 of the time limit), a message, no stack trace and no
outbound connection, and the server keeps serving after each."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
import requests

TIMEOUT = 2  # the server's query time limit in these tests, seconds


class Listener:
    """A TCP listener on loopback that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    trap = Listener()
    try:
        yield trap
    finally:
        trap.close()


@pytest.fixture(scope="module")
def server(store_path: Path, server_factory: Any) -> Iterator[str]:
    process, url = server_factory(store_path, "--query-timeout", str(TIMEOUT))
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def raw(url: str, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """One request exactly as written (no client normalising the path)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT + 30)
    try:
        # a server may answer an oversized body (413) and close before the client has sent it
        # all, as HTTP allows: what it answered is still there to read
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()  # names in any case (HTTP's rule)
    finally:
        conn.close()


def assert_clean(status: int, body: bytes, allowed: set[int]) -> None:
    text = body.decode("utf-8", "replace")
    assert status in allowed, f"{status}: {text[:300]}"
    assert text.strip(), "an error must carry a message"
    for leak in ("Traceback", 'File "', "pyoxigraph.", "werkzeug/", "site-packages"):
        assert leak not in text, f"the answer leaks {leak!r}: {text[:300]}"


def assert_serving(url: str) -> None:
    r = requests.get(url + "/health", timeout=30)
    assert r.status_code == 200, r.text
    r = requests.get(url + "/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}, timeout=30)
    assert r.status_code == 200 and r.json()["boolean"] is True


def sparql_post(url: str, query: str | bytes, content_type: str = "application/sparql-query"):  # type: ignore[no-untyped-def]
    body = query.encode() if isinstance(query, str) else query
    return raw(url, "POST", "/sparql", body, {"Content-Type": content_type})


# --- malformed, huge, pathological --------------------------------------------------------------

PATHOLOGICAL = {
    "syntax error": ("SELECT * WHERE { ?s ?p }", {400}),
    "unknown prefix": ("SELECT * WHERE { ?s nope:p ?o }", {400}),
    "empty": ("", {400}),
    "only a comment": ("# nothing", {400}),
    "deep braces": ("SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000, {400}),
    "deep parentheses": ("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 3000 + "?o" + ")" * 3000 + ") }", {400}),
    "deep collections": ("SELECT * WHERE { ?s ?p " + "(" * 200 + "?o" + ")" * 200 + " }", {400}),
    "deep subqueries": ("SELECT * WHERE " + "{ SELECT * WHERE " * 500 + "{?s ?p ?o}" + "}" * 500, {400}),
    "cartesian product": (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a {?s1 ?p1 ?o1} GRAPH ?b {?s2 ?p2 ?o2} "
        "GRAPH ?c {?s3 ?p3 ?o3} GRAPH ?d {?s4 ?p4 ?o4} }",
        {503},
    ),
    "regex bomb": (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a {?s1 ?p1 ?o1} GRAPH ?b {?s2 ?p2 ?o2} "
        'FILTER(REGEX(CONCAT(STR(?o1), STR(?o2)), "^(a+)+(b|c|d+)*[x-z]{2,}$")) }',
        {503},
    ),
    # A regex over the engine's size limit is an error inside FILTER, which SPARQL
    # reads as false (an empty 200), unless compiling it row by row hits the limit.
    "huge regex": (
        'SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), "((a{100}){100}){100}")) } LIMIT 1',
        {200, 400, 503},
    ),
    "huge literal": ('SELECT * WHERE { ?s ?p "' + "x" * 500_000 + '" }', {200, 400}),
    "many variables": (
        "SELECT * WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(2000)) + " }",
        {400, 503},
    ),
    "property path closure": ("SELECT (COUNT(*) AS ?n) WHERE { ?s (<x:a>|!<x:b>)* ?o }", {200, 503}),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_queries(server: str, name: str) -> None:
    query, allowed = PATHOLOGICAL[name]
    status, headers, body = sparql_post(server, query)
    assert_clean(status, body, allowed)
    if status == 503:
        assert any(word in body.decode() for word in ("time limit", "busy")), body
        assert "Retry-After" in headers
    assert_serving(server)


def test_a_body_over_the_limit_is_refused(server: str) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (2 * 2**20)
    status, _, body = sparql_post(server, query)
    assert_clean(status, body, {413})
    assert_serving(server)


def test_a_url_over_the_limit_is_refused(server: str) -> None:
    status, _, body = raw(server, "GET", "/sparql?query=" + quote("ASK {}" + " " * 20_000))
    assert_clean(status, body, {400, 414})
    assert_serving(server)


# --- SERVICE to local addresses -----------------------------------------------------------------


def service_queries(port: int) -> list[str]:
    here = f"http://127.0.0.1:{port}/sparql"
    return [
        f"SELECT * WHERE {{ SERVICE <{here}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{here}> {{ ?s ?p ?o }} }}",
        f"PREFIX x: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE x:sparql {{ ?s ?p ?o }} }}",
        f"BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{here}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <http://localhost:{port}/> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ # comment\n  SeRvIcE <http://[::ffff:127.0.0.1]:{port}/> {{ ?s ?p ?o }} }}",
        f"ASK {{ SERVICE <http://0x7f000001:{port}/> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{here}> {{ ?s ?p ?o }} }}",
        f"DESCRIBE ?s WHERE {{ SERVICE <{here}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{here}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{here}> {{ ?s ?p ?o }} }}",
        f"LOAD <{here}>",
        f"SELECT * FROM <{here}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * WHERE {{ BIND(IRI(<{here}>) AS ?x) }}",
    ]


@pytest.mark.parametrize("index", range(15))
def test_service_to_local_addresses_goes_nowhere(server: str, listener: Listener, index: int) -> None:
    query = service_queries(listener.port)[index]
    before = listener.connections
    for send in (
        lambda: raw(server, "GET", "/sparql?query=" + quote(query)),
        lambda: sparql_post(server, query),
        lambda: sparql_post(server, "query=" + quote(query), "application/x-www-form-urlencoded"),
    ):
        status, _, body = send()
        assert_clean(status, body, {200, 400, 403})
        if "SERVICE" in query.upper() and "\\u0053" not in query:
            assert status in {400, 403}, body[:300]
    assert listener.connections == before, f"the server connected out for {query!r}"
    assert_serving(server)


# --- every update form --------------------------------------------------------------------------

UPDATES = [
    "INSERT DATA { <x:a> <x:b> <x:c> }",
    "DELETE DATA { <x:a> <x:b> <x:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "WITH <x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "INSERT { GRAPH <x:g> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "LOAD SILENT <http://example.org/data.ttl> INTO GRAPH <x:g>",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "CLEAR GRAPH <https://w3id.org/caucasus-kg/graph/inferred>",
    "CREATE GRAPH <x:g>",
    "DROP ALL",
    "DROP SILENT GRAPH <x:g>",
    "COPY DEFAULT TO <x:g>",
    "MOVE <x:a> TO <x:b>",
    "ADD <x:a> TO <x:b>",
    "PREFIX x: <http://x/> # a prologue first\ninsert data { x:a x:b x:c }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
]


def count_quads(url: str) -> int:
    r = requests.get(
        url + "/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        timeout=30,
    )
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("update", UPDATES)
def test_every_update_form_is_refused_every_way(server: str, update: str) -> None:
    before = count_quads(server)
    attempts = [
        raw(server, "GET", "/sparql?update=" + quote(update)),
        raw(server, "GET", "/sparql?query=" + quote(update)),
        raw(
            server,
            "POST",
            "/sparql",
            ("update=" + quote(update)).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        ),
        raw(
            server,
            "POST",
            "/sparql",
            ("query=" + quote(update)).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        ),
        sparql_post(server, update, "application/sparql-update"),
        sparql_post(server, update, "application/sparql-query"),
    ]
    for status, _, body in attempts:
        assert_clean(status, body, {400, 403})
    assert count_quads(server) == before
    assert_serving(server)


# --- bodies and headers -------------------------------------------------------------------------

ODD_REQUESTS = [
    (
        "non-UTF-8 query body",
        b"SELECT * WHERE { ?s ?p \xff\xfe }",
        {"Content-Type": "application/sparql-query"},
        {400},
    ),
    (
        "latin-1 form body",
        b"query=SELECT%20*%20%7B%3Fs%20%3Fp%20%22%E7%22%7D",
        {"Content-Type": "application/x-www-form-urlencoded"},
        {200, 400},
    ),
    ("UTF-16 body", "ASK {}".encode("utf-16"), {"Content-Type": "application/sparql-query"}, {400, 415}),
    ("JSON body", b'{"query": "ASK {}"}', {"Content-Type": "application/json"}, {415}),
    (
        "multipart body",
        b"--x\r\n\r\nASK {}\r\n--x--",
        {"Content-Type": "multipart/form-data; boundary=x"},
        {400, 415},
    ),
    ("no content type", b"ASK {}", {}, {400, 415}),
    ("garbage content type", b"ASK {}", {"Content-Type": ";;;===///"}, {400, 415}),
    ("binary body", bytes(range(256)), {"Content-Type": "application/sparql-query"}, {400}),
    ("NUL in query", b"ASK { ?s ?p \x00 }", {"Content-Type": "application/sparql-query"}, {400}),
]


@pytest.mark.parametrize("case", ODD_REQUESTS, ids=[c[0] for c in ODD_REQUESTS])
def test_odd_bodies(server: str, case: tuple[str, bytes, dict[str, str], set[int]]) -> None:
    _, body, headers, allowed = case
    status, _, answer = raw(server, "POST", "/sparql", body, headers)
    assert_clean(status, answer, allowed)
    assert_serving(server)


ODD_ACCEPT = [
    ("image/png", {406}),
    ("*/*;q=abc", {200, 406}),
    ("", {200}),
    ("text/csv;q=0, application/sparql-results+json;q=0, */*;q=0", {406}),
    (", ".join(f"application/x-{i}" for i in range(500)), {406, 431}),
    ("application/sparql-results+json;q=0.5;charset=utf-8;x=" + "y" * 2000, {200, 406}),
    ("\u00e7\u00e7/\u00e7\u00e7", {200, 400, 406}),
]


@pytest.mark.parametrize("case", ODD_ACCEPT, ids=[c[0][:30] or "empty" for c in ODD_ACCEPT])
def test_odd_accept(server: str, case: tuple[str, set[int]]) -> None:
    accept, allowed = case
    status, _, body = raw(
        server,
        "GET",
        "/sparql?query=" + quote("SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
        headers={"Accept": accept.encode("utf-8").decode("latin-1")},
    )
    assert_clean(status, body, allowed)
    if status == 406:
        assert "application/sparql-results+json" in body.decode()  # names a type that works
    assert_serving(server)


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "TRACE"])
def test_other_methods(server: str, method: str) -> None:
    status, headers, body = raw(
        server, method, "/sparql", b"ASK {}", {"Content-Type": "application/sparql-query"}
    )
    assert_clean(status, body, {400, 405})
    if status == 405:
        assert "GET" in headers.get("Allow", "")
    assert_serving(server)


# --- path traversal -----------------------------------------------------------------------------

TRAVERSALS = [
    "/dumps/../../../../etc/passwd",
    "/dumps/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/dumps/....//....//etc/passwd",
    "/dumps/..%252f..%252fetc%252fpasswd",
    "/dumps/%2fetc%2fpasswd",
    "/dumps//etc/passwd",
    "/dumps/..",
    "/dumps/../CURRENT",
    "/dumps/..%2fCURRENT",
    "/dumps/..%2fbuild.json",
    "/dumps/build.json",
    "/dumps/manifest.json",
    "/dumps/caucasus-kg.nq.gz%00.txt",
    "/dumps/%00",
    "/dumps/caucasus-kg.nq.gz/../../build.json",
    "/id/../../../../etc/passwd",
    "/id/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/id/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/id/document/..%2f..%2fCURRENT",
    "/id/%00",
    "/id/" + "a/" * 2000,
    "/static/../../../../etc/passwd",
    "/static/..%2f..%2f..%2fkg/store.py",
    "/ontology.%2e%2e%2fetc%2fpasswd",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal(server: str, path: str) -> None:
    status, _, body = raw(server, "GET", path, headers={"Accept": "application/json"})
    assert_clean(status, body, {400, 403, 404, 405, 414})
    text = body.decode("utf-8", "replace")
    assert "root:x:0:0" not in text
    assert "def writing" not in text
    assert_serving(server)


# --- query injection through page parameters ----------------------------------------------------

SERVICE_TRAP = "SERVICE SILENT <http://127.0.0.1:PORT/> { ?a ?b ?c }"
INJECTIONS = [
    pytest.param("/timeline?actor=" + quote(f"x> . {SERVICE_TRAP} ?e ?role <http://y"), id="timeline-actor"),
    pytest.param(
        "/explain?s=" + quote(f"http://x/a> ?p ?o }} {SERVICE_TRAP} #") + "&p=http://x/p&o=x", id="explain-s"
    ),
    pytest.param(
        "/explain?s=http://x/a&p=" + quote(f"http://x/p> ?o }} {SERVICE_TRAP} #") + "&o=x", id="explain-p"
    ),
    pytest.param("/explain?s=http://x/a&p=http://x/p&o=" + quote(f'x" }} {SERVICE_TRAP} #'), id="explain-o"),
    pytest.param("/id/" + quote(f"x> ?p ?o }} {SERVICE_TRAP} #", safe=""), id="id-slug"),
    pytest.param("/id/x?lang=" + quote(f'en" }} {SERVICE_TRAP} #'), id="lang"),
]


@pytest.mark.parametrize("path", INJECTIONS)
def test_page_parameters_cannot_inject_sparql(server: str, listener: Listener, path: str) -> None:
    path = path.replace("PORT", str(listener.port))
    before = listener.connections
    status, _, body = raw(server, "GET", path, headers={"Accept": "application/json"})
    assert listener.connections == before, f"the server connected out for {path}"
    assert_clean(status, body, {200, 400, 404})
    assert_serving(server)
