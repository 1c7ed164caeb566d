"""HTTP: the SPARQL endpoint, linked-data pages and dumps over the store.

The last stage of the pipeline (loaders → kg → server).  ``create_app`` is
the app factory; the store is opened once there and kept on the app.
"""

from __future__ import annotations

from flask import Flask, Response

from kg.iri import Minter
from kg.settings import Settings
from server import errors, names, openapi, security
from server.backend import RemoteHandle
from server.site import context, dumps, explain_page, ontology_page, pages, timeline, void
from server.sparql import editor, endpoint, fast, limits
from server.state import State
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
    # The per-process state: caches by build, and the time limits of gunicorn's workers
    # (granian's are installed by server.wsgi).
    slots = limits.HeavySlots(
        limits.slot_directory(settings.store, settings.port), max(1, settings.workers - 1)
    )
    app.extensions["ckg"] = State(watchdog=limits.Watchdog(settings.query_timeout, slots))
    for blueprint in (
        endpoint.bp,  # /sparql: the SPARQL 1.1 Protocol (the service: server/sparql/)
        editor.bp,  # / : the query editor (YASGUI)
        pages.bp,  # /id/ and /id/…: resources and documents, HTML or RDF (the site: server/site/)
        context.bp,  # /context.jsonld
        ontology_page.bp,  # /ontology
        dumps.bp,  # /dumps/
        void.bp,  # /.well-known/void
        timeline.bp,  # /timeline
        explain_page.bp,  # /explain
        openapi.bp,  # /openapi.json: the HTTP interface described
    ):
        app.register_blueprint(blueprint)
    app.wsgi_app = fast.FastPath(app, app.wsgi_app)  # type: ignore[method-assign]  # /sparql again, without Flask
    security.register(app)  # security headers, Content Security Policy for pages, open CORS

    @app.get("/health")
    def health() -> Response:
        snapshot = app.config["CKG_STORE"].get()
        return Response(f'{{"status": "ok", "build": "{snapshot.build.id}"}}', mimetype="application/json")

    return app
