"""Running the app: granian (a Rust HTTP server, WSGI interface), chosen by
measurement (docs/benchmarks.md, *HTTP endpoint*: the same app answers the
small SELECT at about three times the rate gunicorn's sync workers allow,
with keep-alive and without a Python HTTP parser per request).

Each of ``settings.workers`` processes has the store opened read-only and
runs requests on four threads; the limits (time, heavy queries) are
:class:`server.sparql.limits.ThreadGuard`'s, and a worker that retires after a
query overran is started again by granian (``respawn_failed_workers``).

The listening sockets, one a worker, are opened and held by granian's main
process, so that a worker replaced after an overrun loses no connection
(server/listeners.py says why and how).

``serve_gunicorn`` runs the same app under gunicorn's sync workers, where
the limits are :class:`server.sparql.limits.Watchdog`'s: kept for comparison
(bench/bench_http.py) and as a fallback.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from flask import Flask

from kg.settings import Settings

# Request threads a worker: a quick query finds one free beside a heavy one and those still under 2 s.
THREADS = 4
_ENV = "CKG_SERVE_SETTINGS"  # the settings, as JSON, for the worker processes


def _encode(settings: Settings) -> str:
    return json.dumps({f.name: str(v) if isinstance(v := getattr(settings, f.name), Path) else v
                       for f in dataclasses.fields(settings)})  # fmt: skip


def _decode(text: str) -> Settings:
    values: dict[str, Any] = json.loads(text)
    return Settings.load(environ={}, **values)


def worker_app() -> Any:
    """The app of one granian worker (granian's factory): the guard installed,
    requests in flight counted, the access log written."""
    from server import create_app
    from server.accesslog import AccessLog
    from server.listeners import own
    from server.sparql.limits import ThreadGuard, slot_directory
    from server.state import of

    settings = _decode(os.environ[_ENV])
    app: Flask = create_app(settings)
    guard = ThreadGuard(
        settings.query_timeout,
        slot_directory(settings.store, settings.port),
        max(1, settings.workers - 1),
        port=settings.port,
        listener=own(settings.port),
    )
    of(app).guard = guard
    return AccessLog(guard.middleware(app.wsgi_app))


def serve(settings: Settings) -> None:
    """Serve until interrupted: ``settings.workers`` processes, each with the
    store opened read-only."""
    os.environ[_ENV] = _encode(settings)
    granian("server.wsgi:worker_app", settings.host, settings.port, settings.workers).serve()


def granian(factory: str, host: str, port: int, workers: int) -> Any:
    """granian as ``ckg serve`` runs it, over the app ``factory`` makes
    (``module:function``; bench/bench_http.py runs its bare handler the same way)."""
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings

    from server.listeners import server_class

    return server_class()(
        factory,
        factory=True,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=THREADS,
        respawn_failed_workers=True,
        respawn_interval=0.2,
        log_access=False,  # written by server.accesslog, at a fraction of the cost
        workers_kill_timeout=10,
        # request line and headers: 64 KB at most (431 past it); a URL over MAX_URL gets a 414 that says why
        http1_settings=HTTP1Settings(max_buffer_size=65536),
    )


def serve_gunicorn(settings: Settings) -> None:
    """The same app under gunicorn's sync workers (the server before granian)."""
    from gunicorn.app.base import BaseApplication

    class _Gunicorn(BaseApplication):
        def load_config(self) -> None:
            options = {
                "bind": f"{settings.host}:{settings.port}",
                "workers": settings.workers,
                "worker_class": "sync",
                "timeout": int(settings.query_timeout) + 30,
                "graceful_timeout": 10,
                "accesslog": "-",
                "errorlog": "-",
                "loglevel": "info",
                "preload_app": False,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            from server import create_app

            return create_app(settings)

    _Gunicorn().run()
