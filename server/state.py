"""What a process of the server keeps between requests, in one typed object
(``app.extensions["ckg"]``): caches made per build of the store (each one is
cleared when the build being served changes), and the time limits of the
server that runs it.

Every cache is bounded by what it holds per build (graphs, terms, pages up
to :data:`server.site.common.CACHE_ENTRIES`) or cleared past a size its user sets.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app

if TYPE_CHECKING:
    from kg.formats import Format
    from server.sparql.limits import ThreadGuard, Watchdog


@dataclass
class PageCache:
    build: str | None = None
    items: OrderedDict[tuple[str, ...], tuple[bytes, int, list[tuple[str, str]]]] = field(
        default_factory=OrderedDict
    )


@dataclass
class State:
    watchdog: Watchdog | None = None  # gunicorn's sync workers: server.sparql.limits.Watchdog
    guard: ThreadGuard | None = None  # granian's: server.sparql.limits.ThreadGuard (set by server.wsgi)
    # /sparql's fast path: answers' formats by Accept header, plans by query text,
    # readings by query string and Accept, Last-Modified dates and graph names by build
    negotiated: dict[tuple[bool, str], Format] = field(default_factory=dict)
    plans: dict[str, tuple[str | None, dict[str, str], bool]] = field(default_factory=dict)
    readings: dict[tuple[str, str], Any] = field(default_factory=dict)
    http_dates: dict[str, str] = field(default_factory=dict)
    graph_names: dict[str, list[str]] = field(default_factory=dict)
    graph_sizes: dict[str, Any] = field(default_factory=dict)  # the service description's, by build
    # the site's, by build
    context: dict[str, dict[str, Any]] = field(default_factory=dict)  # the JSON-LD context
    term_labels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)  # compiled rules of /explain
    void: dict[str, Any] = field(default_factory=dict)
    pages: PageCache = field(default_factory=PageCache)


def of(app: Flask) -> State:
    state: State = app.extensions["ckg"]
    return state


def state() -> State:
    """The state of the app handling the request."""
    return of(current_app._get_current_object())  # type: ignore[attr-defined]
