"""``/sparql``'s fast path: a GET the worker has answered before, quickly,
answered again without Flask.

Flask's dispatch (a request context pushed and popped, the URL matched, the
response object built, its headers checked and copied) costs more CPU than
pyoxigraph's whole work on a small SELECT, and dashboards and tools send the
same query again and again.  So a request is answered here, in front of
Flask, when all of this holds; otherwise it goes to Flask as before:

- it is a ``GET`` of ``/sparql`` with no conditional header (``304``s are
  Flask's);
- its *reading* (the query string and ``Accept``: the query, its prefixes,
  the negotiated format, the dataset) was made by Flask's path before
  (:func:`server.sparql.endpoint.read`): screened (read-only, no
  ``SERVICE``), negotiated, checked.  Refusals are never remembered, so a
  refused query always takes Flask's path and gets its error there;
- the union default graph is asked for (``default-graph-uri``,
  ``named-graph-uri`` and ``infer=false`` take Flask's path);
- the same work on the same build was answered on this worker within
  :attr:`server.sparql.limits.ThreadGuard.QUICK` (the guard's ``quick``
  readings): it is run in place, under the guard's monitor, which retires
  the worker should it overrun all the same.

The answer is the one Flask's path gives, byte for byte and header for
header (``tests/test_server_fastpath.py`` compares them): the same
serialisation under the row limit (``X-CKG-*`` headers when cut), the
same validators and caching headers, gzip by the same rule; the security
and CORS headers are added around both by :class:`server.security.SecureHeaders`.
Anything unexpected (an error, an answer too large to send whole) goes
back to Flask's path, which does the work again and answers as it always does.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from typing import Any

from flask import Flask
from werkzeug.http import parse_accept_header

from kg.formats import Format
from server.sparql import endpoint
from server.state import of

_UNION = {"use_default_graph_as_union": True}


def _slow(form: str) -> Format:
    raise _NotFast


class _NotFast(Exception):
    """The answer needs Flask's path."""


class FastPath:
    """WSGI middleware in front of Flask's own ``wsgi_app``."""

    def __init__(self, app: Flask, wsgi: Any) -> None:
        self.wsgi = wsgi
        self.state = of(app)
        self.config = app.config  # the store and settings are read from it per request, as Flask's path does
        self.prefixes: dict[str, str] = app.config["CKG_PREFIXES"]
        self.headers_get = endpoint.CACHE_GET

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        guard = self.state.guard
        if (
            guard is None
            or environ.get("PATH_INFO") != "/sparql"
            or environ.get("REQUEST_METHOD") != "GET"
            or "HTTP_IF_NONE_MATCH" in environ
            or "HTTP_IF_MODIFIED_SINCE" in environ
        ):
            return self.wsgi(environ, start_response)
        reading = self.state.readings.get((environ.get("QUERY_STRING", ""), environ.get("HTTP_ACCEPT", "")))
        if reading is None or reading.default or reading.named or not reading.infer:
            return self.wsgi(environ, start_response)
        max_rows: int = self.config["CKG_SETTINGS"].max_rows
        try:
            snapshot = self.config["CKG_STORE"].get()
            key = endpoint.work_key(snapshot, reading)
            if key not in guard.quick:
                return self.wsgi(environ, start_response)
            base = endpoint.url_of(environ, "/sparql") if reading.relative else None
            done = guard.inline(
                key,
                lambda: endpoint.compute(
                    snapshot,
                    reading.query,
                    reading.fmt,
                    _UNION,
                    max_rows,
                    reading.prefixes,
                    base,
                    self.prefixes,
                    _slow,
                ),
            )
        except Exception:  # Flask's path does it again, and answers the error as it always does
            return self.wsgi(environ, start_response)
        if done is None:  # no longer known as quick
            return self.wsgi(environ, start_response)
        fmt, answer = done
        body = answer.body
        if body is None:  # too large to send whole: streamed by Flask's path, under the limits
            guard.quick.discard(key)
            close = getattr(answer.chunks, "close", None)
            if close is not None:
                close()
            return self.wsgi(environ, start_response)
        extra: list[tuple[str, str]] = endpoint.cut_headers(answer.rows, max_rows) if answer.cut else []
        if len(body) > endpoint.GZIP_OVER and _gzip(environ):
            body = gzip.compress(body, compresslevel=4)
            extra.append(("Content-Encoding", "gzip"))
        etag, modified = endpoint.validators(self.state, snapshot, reading.digest)
        start_response(
            "200 OK",
            [
                ("Content-Type", endpoint.media_type(fmt)),
                ("Content-Length", str(len(body))),
                *extra,
                ("ETag", etag),
                ("Last-Modified", modified),
                *self.headers_get,
            ],
        )
        return [body]


def _gzip(environ: dict[str, Any]) -> bool:
    """Whether the client takes gzip (the rule of Flask's path, endpoint._compress)."""
    accepted = environ.get("HTTP_ACCEPT_ENCODING", "")
    return "gzip" in accepted and "gzip" in parse_accept_header(accepted)
