"""``/context.jsonld``: the JSON-LD context of the site's descriptions
(made by :mod:`server.rdfout`)."""

from __future__ import annotations

import json

from flask import Blueprint, Response

from server.rdfout import context_document
from server.site import common as site

bp = Blueprint("context", __name__)


@bp.get("/context.jsonld")
@site.cached
def context() -> Response:
    response = Response(
        json.dumps(context_document(), indent=2, ensure_ascii=False), mimetype="application/ld+json"
    )
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
