"""Security headers on every response, and a Content Security Policy.

The endpoint is public and read-only, its pages show text taken from news
documents, so a page must never run what a document contains.  Templates
escape everything (Jinja autoescaping); the policy is the second wall: HTML
runs only scripts served by this site (no inline script, no ``eval``), loads
nothing from elsewhere, and cannot be framed.  Other responses (RDF, JSON,
SVG pictures, dumps) get a policy that forbids everything active, so a
document opened directly from them runs nothing either.

Styles: ``style-src`` allows ``'unsafe-inline'`` because the query editor
(YASGUI, CodeMirror) sets ``style`` attributes as it lays itself out; inline
styles cannot run code, and scripts stay without ``'unsafe-inline'``.

HSTS is left to the TLS proxy in front (``ckg serve`` speaks plain HTTP on
loopback by default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

WSGIApp = Callable[[dict[str, Any], Any], Iterable[bytes]]
StartResponse = Callable[..., Any]

HTML_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "manifest-src 'self'",
    ]
)
OTHER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox"

ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "cross-origin",  # data meant for every origin (CORS is open too)
}
HTML_ONLY = {
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


# A 304 has no type: its headers update the cached response's, so it carries no
# policy (the "other" policy would replace a page's, and the browser would then
# block the page's own stylesheet).
NOT_MODIFIED = "(304)"


def headers_for(mimetype: str | None) -> dict[str, str]:
    """The security headers a response of ``mimetype`` gets.

    >>> headers_for("text/html")["Content-Security-Policy"].split("; ")[1]
    "script-src 'self'"
    >>> "sandbox" in headers_for("image/svg+xml")["Content-Security-Policy"]
    True
    """
    if mimetype == NOT_MODIFIED:  # the stored response keeps its own policy
        return dict(ALWAYS)
    if mimetype in {"text/html", "application/xhtml+xml"}:
        return {**ALWAYS, **HTML_ONLY, "Content-Security-Policy": HTML_POLICY}
    return {**ALWAYS, "Content-Security-Policy": OTHER_POLICY}


class SecureHeaders:
    """WSGI middleware adding the security headers and ``Access-Control-Allow-Origin: *``
    to every response that does not set its own.

    It sits around ``app.wsgi_app`` rather than in ``after_request`` hooks:
    the header lists are built once per media type, and appended to the WSGI
    header list in one pass, without Werkzeug's per-header validation and
    case-insensitive lookups (two hooks cost about a tenth of a small query's
    time).  It also covers answers Flask's hooks never see."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        self._by_type: dict[str, list[tuple[str, tuple[str, str]]]] = {}

    def extra(self, mimetype: str) -> list[tuple[str, tuple[str, str]]]:
        """(lower-case name, (name, value)) of the headers a response of ``mimetype`` gets."""
        headers = self._by_type.get(mimetype)
        if headers is None:
            pairs = [("Access-Control-Allow-Origin", "*"), *headers_for(mimetype).items()]
            headers = [(name.lower(), (name, value)) for name, value in pairs]
            if len(self._by_type) < 64:  # media types are few; a bound all the same
                self._by_type[mimetype] = headers
        return headers

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            mimetype = ""
            present = set()
            for name, value in headers:
                lower = name.lower()
                present.add(lower)
                if lower == "content-type":
                    mimetype = value.partition(";")[0].strip().lower()
            if status.startswith("304"):
                mimetype = NOT_MODIFIED
            headers.extend(pair for lower, pair in self.extra(mimetype) if lower not in present)
            return start_response(status, headers, exc_info)

        return self.app(environ, start)


def register(app: Flask) -> None:
    """Add the headers (and open CORS) to every response; a view may set its own first."""
    app.wsgi_app = SecureHeaders(app.wsgi_app)  # type: ignore[method-assign]
