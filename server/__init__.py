"""HTTP: the SPARQL endpoint, linked-data pages and dumps over the store.

The last stage of the pipeline (loaders → kg → server).  ``create_app`` is
the app factory; the store is opened once there and kept on the app.
"""

from __future__ import annotations

from flask import Flask, Response

from kg.iri import Minter
from kg.settings import Settings
from server import errors, names
from server.backend import RemoteHandle
from server.storage import StoreHandle


def store_handle(settings: Settings) -> StoreHandle | RemoteHandle:
    """The local store, or the remote SPARQL endpoint named by ``--backend``/``CKG_BACKEND``."""
    if settings.backend:
        return RemoteHandle(settings.backend, settings.query_timeout)
    return StoreHandle(settings.store)


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.load()
    app = Flask(__name__)
    minter = Minter(settings.base_iri)
    app.config.update(
        CKG_SETTINGS=settings,
        CKG_MINTER=minter,
        CKG_STORE=store_handle(settings),
        CKG_PREFIXES=names.prefixes(minter.base),
        CKG_GRAPHS={"inferred": minter.graph("inferred"), "ontology": minter.graph("ontology")},
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    errors.register(app)

    from server.sparql import install as install_sparql

    install_sparql(app)  # /sparql (its time limits: server.limits, installed by server.wsgi)

    from server.editor import bp as editor_bp

    app.register_blueprint(editor_bp)  # / : the query editor (YASGUI)

    from server.site import register as register_site

    register_site(app)  # linked-data pages: /id/, /ontology, /dumps/, /.well-known/void, /timeline

    from server.openapi import bp as openapi_bp

    app.register_blueprint(openapi_bp)  # /openapi.json: the HTTP interface described

    from server.security import register as register_security

    register_security(app)  # security headers, Content Security Policy for pages, open CORS

    @app.get("/health")
    def health() -> Response:
        snapshot = app.config["CKG_STORE"].get()
        return Response(f'{{"status": "ok", "build": "{snapshot.build.id}"}}', mimetype="application/json")

    return app
