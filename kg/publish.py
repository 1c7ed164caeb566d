"""``ckg publish --to URL``: every named graph of the store to a Graph Store Protocol server.

When the graph outgrows one machine it moves to a triple store built for
that (Virtuoso, GraphDB, Oxigraph's server, Neptune...).  Any server that
speaks the SPARQL 1.1 Graph Store HTTP Protocol takes it: each named graph
of the served build is sent as N-Triples in one ``PUT URL?graph=<name>``,
which replaces that graph in a single request (atomically on servers that
run each request in one transaction, as Oxigraph and Virtuoso do).  The
graphs go over a few connections at once; each gets a line in the report,
and a graph that fails never stops the others.

``URL`` is the server's Graph Store endpoint: ``http://host:7878/store`` for
Oxigraph, ``http://host:8890/sparql-graph-crud`` for Virtuoso (which must
let the user write: grant ``SPARQL_UPDATE``, or use
``/sparql-graph-crud-auth`` with ``--user``).
"""

from __future__ import annotations

import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import store as kgstore

CONNECTIONS = 4
ATTEMPTS = 3  # tries of one graph's PUT when the server fails on its side (5xx, 429)


class PublishError(Exception):
    """The target cannot take the graphs at all (wrong URL, unreachable, refuses writes)."""


@dataclass(frozen=True, slots=True)
class Pushed:
    """What happened to one graph."""

    graph: str
    triples: int
    bytes: int
    status: int  # HTTP status, 0 when no answer came
    seconds: float
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def graph_url(target: str, graph: str) -> str:
    """The Graph Store Protocol URL of ``graph`` at ``target``.

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/caucasus-kg/graph/inferred")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fcaucasus-kg%2Fgraph%2Finferred'
    """
    separator = "&" if urllib.parse.urlsplit(target).query else "?"
    return target + separator + urllib.parse.urlencode({"graph": graph})


def _opener(target: str, user: str | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user:
        name, _, password = user.partition(":")
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, target, name, password)
        handlers += [
            urllib.request.HTTPBasicAuthHandler(passwords),
            urllib.request.HTTPDigestAuthHandler(passwords),
        ]
    return urllib.request.build_opener(*handlers)


def _explain(target: str, status: int, detail: str) -> str:
    if status in (401, 403):
        return (
            f"HTTP {status}: {target} refuses to write; give it write permission for this client "
            '(Virtuoso: GRANT SPARQL_UPDATE TO "SPARQL") or pass --user NAME:PASSWORD'
        )
    if status in (404, 405, 501):
        return (
            f"HTTP {status}: {target} does not take Graph Store Protocol PUTs; give the server's "
            "graph store URL (Oxigraph: …/store, Virtuoso: …/sparql-graph-crud)"
        )
    return f"HTTP {status}: {detail[:300]}"


def _transient(status: int) -> bool:
    """A server-side failure worth another try. A PUT replaces its graph whole, so
    it is idempotent and safe to repeat. Virtuoso, for one, fails parallel PUTs now
    and then: "SR172: Transaction deadlocked", or "SR197: Non unique primary key on
    DB.DBA.RDF_LANGUAGE" when two requests register the same language tag at once."""
    return status == 429 or status >= 500


def _put(
    opener: urllib.request.OpenerDirector,
    target: str,
    graph: str,
    body: Path,
    timeout: float,
    attempts: int = ATTEMPTS,
) -> Pushed:
    """PUT one graph. A PUT replaces the graph whole, so a transient refusal is
    safely tried again (up to ``attempts`` times, backing off)."""
    size = body.stat().st_size
    triples = 0
    with open(body, "rb") as f:
        for _ in f:
            triples += 1
    started = time.perf_counter()
    for attempt in range(1, attempts + 1):
        with open(body, "rb") as f:
            request = urllib.request.Request(
                graph_url(target, graph),
                data=f,
                method="PUT",
                headers={"Content-Type": "application/n-triples", "Content-Length": str(size)},
            )
            try:
                with opener.open(request, timeout=timeout) as response:
                    status = response.status
                    response.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read(2000).decode("utf-8", "replace").strip()
                if attempt < attempts and _transient(exc.code):
                    time.sleep(0.5 * attempt)
                    continue
                seconds = time.perf_counter() - started
                return Pushed(graph, triples, size, exc.code, seconds, _explain(target, exc.code, detail))
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                return Pushed(graph, triples, size, 0, time.perf_counter() - started, f"no answer: {reason}")
        return Pushed(graph, triples, size, status, time.perf_counter() - started)
    raise AssertionError("unreachable: the last attempt returns")


def publish(
    root: Path,
    target: str,
    *,
    user: str | None = None,
    connections: int = CONNECTIONS,
    timeout: float = 600.0,
    done: Callable[[Pushed], None] = lambda pushed: None,
) -> list[Pushed]:
    """PUT every named graph of the build served from ``root`` to ``target``.

    Raises :class:`PublishError` when ``target`` is no usable URL or the
    first graph shows that the server cannot take any; otherwise returns one
    :class:`Pushed` per graph (``done`` is called as each finishes)."""
    parsed = urllib.parse.urlsplit(target)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise PublishError(f"--to {target!r}: give the http(s) URL of a Graph Store Protocol endpoint")
    build = kgstore.current(root)
    oxi = build.open()
    graphs = sorted(g.value for g in oxi.named_graphs() if isinstance(g, ox.NamedNode))
    if not graphs:
        raise PublishError(f"the store at {root} has no named graph to publish")
    opener = _opener(target, user)
    results: list[Pushed] = []
    with tempfile.TemporaryDirectory(prefix="ckg-publish-") as scratch:

        def push(index_graph: tuple[int, str]) -> Pushed:
            index, graph = index_graph
            body = Path(scratch) / f"{index}.nt"
            with open(body, "wb") as f:
                oxi.dump(f, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
            try:
                return _put(opener, target, graph, body, timeout)
            finally:
                body.unlink(missing_ok=True)

        first = push((0, graphs[0]))
        done(first)
        results.append(first)
        if not first.ok and (first.status in (0, 401, 403, 404, 405, 501)):
            raise PublishError(f"{target}: {first.error}")
        with ThreadPoolExecutor(max_workers=max(1, connections)) as pool:
            for pushed in pool.map(push, enumerate(graphs[1:], start=1)):
                done(pushed)
                results.append(pushed)
    return results
