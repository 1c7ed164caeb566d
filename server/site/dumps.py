"""``/dumps/``: the dataset in every dump format, made at build time.

The index lists each gzipped file with its size, triple count and SHA-256,
as HTML for browsers and JSON for programs (``Accept: application/json`` or
``?format=json``).  Files are sent with ``ETag`` (their SHA-256),
``Last-Modified`` and byte ranges; only names in the build's manifest are
served, so no path can reach outside the dump folder.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, json, request, send_file

from kg.dump import DumpFile, read_manifest
from server import negotiation
from server.errors import NotFound
from server.site import common as site

bp = Blueprint("dumps", __name__)


def manifest() -> list[DumpFile]:
    snap = site.snapshot()
    path = getattr(snap.build, "path", None)
    return read_manifest(path / "dumps") if path is not None else []


def _entry(f: DumpFile) -> dict[str, Any]:
    return {
        "file": f.file,
        "url": request.host_url.rstrip("/") + "/dumps/" + f.file,
        "format": f.format,
        "mediaType": f.media_type,
        "encoding": "gzip",
        "content": "named graphs kept" if f.kind == "dataset" else "default-graph view (union of all graphs)",
        "bytes": f.bytes,
        "triples": f.triples,
        "sha256": f.sha256,
    }


@bp.get("/dumps")
@bp.get("/dumps/")
@site.cached
def index() -> Response:
    files = manifest()
    wants_json = negotiation.negotiate((site.HTML, site.JSON), what="the dumps index") is site.JSON
    snap = site.snapshot()
    if wants_json:
        body = {"build": snap.build.id, "modified": snap.mtime, "files": [_entry(f) for f in files]}
        response = Response(json.dumps(body, indent=2), mimetype="application/json")
    else:
        response = site.render(
            "dumps.html", title=site.words()["dumps"], files=[_entry(f) for f in files], build=snap.build.id
        )
    response.vary.add("Accept")
    return response


@bp.get("/dumps/<name>")
def file(name: str) -> Response:
    for entry in manifest():
        if entry.file == name:
            break
    else:
        names = ", ".join(f.file for f in manifest()) or "none in this build"
        raise NotFound(f"no dump called {name!r}; the dumps are: {names}")
    path = site.snapshot().build.path / "dumps" / entry.file
    if not path.is_file():
        raise NotFound(
            f"the dump {name} listed in this build's manifest is missing on disk; rebuild the store"
        )
    response = send_file(
        path,
        mimetype="application/gzip",
        as_attachment=True,
        download_name=entry.file,
        conditional=True,
        etag=entry.sha256,
        last_modified=path.stat().st_mtime,
        max_age=3600,
    )
    response.headers["Digest"] = "sha-256=" + _b64(entry.sha256)
    response.headers["X-Triples"] = str(entry.triples)
    return response


def _b64(hexdigest: str) -> str:
    import base64

    return base64.b64encode(bytes.fromhex(hexdigest)).decode()
