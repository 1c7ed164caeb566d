"""``/openapi.json``: an OpenAPI 3.0 description of the whole HTTP interface.

The description is data, kept in ``server/openapi.json`` beside this module
(edit it there when a route changes; ``tests/test_openapi.py`` fails when a
route of the app is missing from it).  It is served with ``servers`` set to
where this server is reached, so that tools (Swagger UI, schemathesis,
client generators) can call the live endpoint straight from it.
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any

from flask import Blueprint, Response, request

bp = Blueprint("openapi", __name__)


@functools.cache
def description() -> dict[str, Any]:
    """The description as shipped (read once per process)."""
    text = (resources.files("server") / "openapi.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@bp.get("/openapi.json")
def openapi() -> Response:
    spec = copy.deepcopy(description())
    spec["servers"] = [{"url": request.host_url.rstrip("/"), "description": "this server"}]
    response = Response(json.dumps(spec, indent=1, ensure_ascii=False), mimetype="application/json")
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
