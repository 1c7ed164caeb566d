"""A remote SPARQL 1.1 endpoint standing in for the local store (``--backend URL``).

When the graph has moved to a triple store built for size (Virtuoso, QLever,
GraphDB, Oxigraph's server; see ``ckg publish``), ``ckg serve --backend URL``
keeps serving our endpoint, pages and VoID on top of it.  Every read in
``server/`` goes through ``Snapshot.query(sparql, **pyoxigraph options)``
(:mod:`server.storage`); :class:`RemoteSnapshot` offers the same method and
returns the same pyoxigraph result objects, so nothing above it changes,
and the endpoint's safety checks (read-only, no ``SERVICE``) run before any
query is sent.

How pyoxigraph's options travel over the SPARQL 1.1 Protocol:

- ``prefixes`` and ``base_iri`` become a one-line prologue before the query;
- ``default_graph`` and ``named_graphs`` become ``default-graph-uri`` and
  ``named-graph-uri`` (always POSTed: the lists can be long);
- ``use_default_graph_as_union`` becomes ``union-default-graph`` (Oxigraph's
  server); Virtuoso's default graph is the union of its graphs already.

Results come back as SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT,
DESCRIBE) and are parsed with pyoxigraph.  A query the remote refuses is a
:class:`SyntaxError` (the client's 400); a remote that is down, slow or
broken is a :class:`~server.errors.StoreUnavailable` (ours, 503), never
the client's fault.

There is no build on disk: the snapshot's ``build.id`` names the endpoint
and changes every :data:`REFRESH` seconds, so cached answers (ETags) expire
at that pace; the dumps index is empty (``ckg publish`` put the data where
the remote serves it).
"""

from __future__ import annotations

import hashlib
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from server.errors import QueryTimeout, StoreUnavailable

REFRESH = 60.0
_ACCEPT = {"results": "application/sparql-results+json", "graph": "application/n-triples, text/plain;q=0.5"}
# Strings, IRIs and comments hide no query keyword: blank them before looking for the form.
_NOISE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
# A keyword, not a variable (?ask), a prefix (ask:) or a local name (ex:select).
_FORM = re.compile(r"(?<![\w?$:])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.IGNORECASE)
_TRIPLES = ("application/n-triples", "text/plain", "text/ntriples")


@dataclass(frozen=True, slots=True)
class RemoteBuild:
    id: str
    url: str


@dataclass(frozen=True, slots=True)
class RemoteSnapshot:
    """The remote endpoint, behind :class:`server.storage.Snapshot`'s interface."""

    url: str
    build: RemoteBuild
    timeout: float = 30.0
    info: dict[str, Any] = field(default_factory=dict)
    mtime: float = 0.0
    store: None = None  # no local store: code that needs one must say it is unavailable

    @property
    def etag(self) -> str:
        return self.build.id

    def query(self, sparql: str, **options: Any) -> Any:
        """Run ``sparql`` on the remote endpoint; ``options`` as pyoxigraph's ``Store.query``."""
        text, form = _request(sparql, options)
        verb = query_form(sparql)
        kind = "graph" if verb in ("CONSTRUCT", "DESCRIBE") else "results"
        body, media_type = self._post([*form, ("query", text)], _ACCEPT[kind])
        if media_type == "application/sparql-results+json":
            result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if verb == "ASK" and isinstance(result, ox.QuerySolutions):
                return _boolean(result)
            return result
        if media_type in _TRIPLES:
            scratch = ox.Store()
            scratch.bulk_extend(
                ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            )
            return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        raise StoreUnavailable(
            f"the SPARQL endpoint {self.url} answered with {media_type or 'no media type'}, "
            "not SPARQL JSON results or N-Triples"
        )

    def _post(self, form: list[tuple[str, str]], accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(
            self.url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                media_type = response.headers.get_content_type()
                return response.read(), media_type
        except urllib.error.HTTPError as exc:
            detail = exc.read(2000).decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise SyntaxError(f"the SPARQL endpoint refused the query: {detail}") from None
            raise StoreUnavailable(
                f"the SPARQL endpoint {self.url} failed: HTTP {exc.code} {exc.reason}: {detail[:500]}"
            ) from None
        except TimeoutError:
            raise QueryTimeout(
                f"the SPARQL endpoint {self.url} did not answer within {self.timeout:g} s"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise QueryTimeout(
                    f"the SPARQL endpoint {self.url} did not answer within {self.timeout:g} s"
                ) from None
            raise StoreUnavailable(f"cannot reach the SPARQL endpoint {self.url}: {reason}") from None


def _boolean(solutions: ox.QuerySolutions) -> ox.QueryBoolean:
    """Virtuoso answers ASK with one row binding ``__ASK_RETVAL`` to 1 or 0; make it a boolean."""
    rows = list(solutions)
    value = rows[0][0] if rows and len(solutions.variables) == 1 else None
    truth = value is not None and value.value in ("1", "true")
    answer = ox.parse_query_results(
        b'{"head": {}, "boolean": %s}' % (b"true" if truth else b"false"), format=ox.QueryResultsFormat.JSON
    )
    assert isinstance(answer, ox.QueryBoolean)
    return answer


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside strings, IRIs and comments.

    >>> query_form('PREFIX a: <http://x/SELECT#> # ASK\\nconstruct { ?s a:p "SELECT" } WHERE {}')
    'CONSTRUCT'
    """
    match = _FORM.search(_NOISE.sub(" ", sparql))
    if match is None:
        raise SyntaxError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return match.group(1).upper()


def _request(sparql: str, options: dict[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    """The query text (with its prologue) and protocol parameters for pyoxigraph's options.

    >>> _request("ASK {}", {"prefixes": {"ex": "http://ex/"}, "use_default_graph_as_union": True})
    ('PREFIX ex: <http://ex/>\\nASK {}', [('union-default-graph', '')])
    """
    unknown = set(options) - {
        "prefixes",
        "base_iri",
        "default_graph",
        "named_graphs",
        "use_default_graph_as_union",
    }
    if unknown:
        raise TypeError(f"the remote backend does not support the query options {sorted(unknown)}")
    prologue = []
    if options.get("base_iri"):
        prologue.append(f"BASE <{options['base_iri']}>")
    for prefix, iri in (options.get("prefixes") or {}).items():
        prologue.append(f"PREFIX {prefix}: <{iri}>")
    form: list[tuple[str, str]] = []
    for graph in _graphs(options.get("default_graph")):
        form.append(("default-graph-uri", graph))
    for graph in _graphs(options.get("named_graphs")):
        form.append(("named-graph-uri", graph))
    if options.get("use_default_graph_as_union"):
        form.append(("union-default-graph", ""))
    text = (" ".join(prologue) + "\n" + sparql) if prologue else sparql
    return text, form


def _graphs(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list | tuple | set) else [value]
    out = []
    for item in items:
        if isinstance(item, ox.NamedNode):
            out.append(item.value)
        elif isinstance(item, ox.DefaultGraph):
            continue  # the protocol cannot name the default graph; it is there unless replaced
        else:
            out.append(str(item))
    return out


class RemoteHandle:
    """Hands out a :class:`RemoteSnapshot`, renewed every :data:`REFRESH` seconds."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"--backend {url!r}: give the http(s) URL of a SPARQL 1.1 query endpoint")
        self.url = url
        self.timeout = timeout
        self._name = "remote-" + hashlib.blake2b(url.encode(), digest_size=4).hexdigest()

    def get(self) -> RemoteSnapshot:
        period = int(time.time() // REFRESH)
        return RemoteSnapshot(
            self.url,
            RemoteBuild(f"{self._name}-{period}", self.url),
            self.timeout,
            {"backend": self.url},
            period * REFRESH,
        )
