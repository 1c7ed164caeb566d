"""The per-request shortcuts of the endpoint keep their promises: a new build
is served within ``CHECK_EVERY`` of being switched in, and the security and
CORS headers (added once per media type, outside Flask's hooks) reach every
answer, errors included, without overriding a view's own."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kg import store as kgstore
from server.storage import StoreHandle


def test_a_switched_build_is_served_within_the_interval(store_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    shutil.copytree(store_path, root, ignore=shutil.ignore_patterns("cache"))
    first = kgstore.current(root)
    handle = StoreHandle(root, check_every=0.3)
    assert handle.get().build.id == first.id
    # a second build: the first one copied under a later name, then CURRENT swapped atomically
    later = first.id[:-1] + ("9" if first.id[-1] != "9" else "8")
    shutil.copytree(first.path, root / "builds" / later)
    (root / "CURRENT.tmp").write_text(later + "\n")
    os.replace(root / "CURRENT.tmp", root / "CURRENT")
    switched = time.monotonic()
    seen = handle.get().build.id  # within the interval the open build may still be served
    while seen != later and time.monotonic() - switched < 2.0:
        time.sleep(0.02)
        seen = handle.get().build.id
    waited = time.monotonic() - switched
    assert seen == later
    assert waited <= 0.3 + 0.2, waited  # the interval, and scheduling slack on a loaded machine


def test_a_broken_switch_keeps_the_open_build(store_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    shutil.copytree(store_path, root, ignore=shutil.ignore_patterns("cache"))
    handle = StoreHandle(root, check_every=0.0)
    served = handle.get().build.id
    (root / "CURRENT").write_text("not-a-build\n")
    assert handle.get().build.id == served


def test_security_and_cors_headers_on_answers_and_errors(client: Any) -> None:
    answers = [
        client.get("/sparql?query=" + quote("ASK {}")),
        client.get("/sparql?query=" + quote("SELEKT nonsense")),  # 400 from the error handler
        client.get("/sparql?query=" + quote("ASK {}"), headers={"Accept": "image/png"}),  # 406
        client.get("/no/such/path"),  # 404
        client.post("/sparql", data=b"x" * (2 * 1024 * 1024), content_type="application/sparql-query"),
    ]
    assert [r.status_code for r in answers] == [200, 400, 406, 404, 413]
    for response in answers:
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert len(response.headers.getlist("Content-Security-Policy")) == 1
        assert len(response.headers.getlist("Access-Control-Allow-Origin")) == 1


def test_a_view_keeps_its_own_security_header(app: Any) -> None:
    from flask import Response

    @app.get("/own-policy")
    def own() -> Response:
        response = Response("x", mimetype="text/html")
        response.headers["Content-Security-Policy"] = "default-src 'self'"
        response.headers["access-control-allow-origin"] = "https://example.org"
        return response

    r = app.test_client().get("/own-policy")
    assert r.headers.getlist("Content-Security-Policy") == ["default-src 'self'"]
    assert r.headers.getlist("Access-Control-Allow-Origin") == ["https://example.org"]
    assert r.headers["X-Frame-Options"] == "DENY"  # the HTML-only headers still come


def test_remembered_readings_keep_negotiation_and_refusals(app: Any) -> None:
    client = app.test_client()
    url = "/sparql?query=" + quote("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2")
    for _ in range(2):  # the second time from the remembered reading
        assert client.get(url).mimetype == "application/sparql-results+json"
        assert client.get(url, headers={"Accept": "text/csv"}).mimetype == "text/csv"
        assert client.get(url, headers={"Accept": "image/png"}).status_code == 406
        assert client.get(url + "&update=x").status_code == 403
    readings = app.extensions["ckg"].readings
    assert len(readings) == 2  # the two answers given, not the refusals
    first = client.get(url)
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert client.get(url + "&format=xml").headers["ETag"] != first.headers["ETag"]
