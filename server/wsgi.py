"""Running the app under gunicorn, a production WSGI server."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from kg.settings import Settings


class _Gunicorn(BaseApplication):
    def __init__(self, settings: Settings, options: dict[str, Any]) -> None:
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from server import create_app

        return create_app(self.settings)


def serve(settings: Settings) -> None:
    """Serve until interrupted: ``settings.workers`` processes, each with the
    store opened read-only."""
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
    _Gunicorn(settings, options).run()
