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

from flask import Flask, Response

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


def headers_for(mimetype: str | None) -> dict[str, str]:
    """The security headers a response of ``mimetype`` gets.

    >>> headers_for("text/html")["Content-Security-Policy"].split("; ")[1]
    "script-src 'self'"
    >>> "sandbox" in headers_for("image/svg+xml")["Content-Security-Policy"]
    True
    """
    if mimetype in {"text/html", "application/xhtml+xml"}:
        return {**ALWAYS, **HTML_ONLY, "Content-Security-Policy": HTML_POLICY}
    return {**ALWAYS, "Content-Security-Policy": OTHER_POLICY}


def register(app: Flask) -> None:
    """Add the headers to every response (a view may set its own first)."""

    @app.after_request
    def secure(response: Response) -> Response:
        for name, value in headers_for(response.mimetype).items():
            response.headers.setdefault(name, value)
        return response
