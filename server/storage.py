"""The store as the server sees it: opened read-only, reopened when a new
build is switched in (``CURRENT`` changes), so ``ckg build`` beside a running
``ckg serve`` is picked up without a restart and never half-built.

``CURRENT`` is looked at no more often than every :data:`CHECK_EVERY`
seconds (one ``stat`` per request is a syscall and a path join on the
fastest path the server has): a new build is served at most that long
after it is switched in."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import store as kgstore
from server.errors import StoreUnavailable

_log = logging.getLogger(__name__)

CHECK_EVERY = 0.25  # seconds between looks at CURRENT: the longest a new build waits to be served


@dataclass(frozen=True, slots=True)
class Snapshot:
    store: ox.Store
    build: kgstore.Build
    info: dict[str, Any]
    mtime: float  # of the build, for Last-Modified

    @property
    def etag(self) -> str:
        return self.build.id

    def query(self, sparql: str, **options: Any) -> Any:
        """Every read in ``server/`` goes through here (not ``quads_for_pattern``),
        so that a remote SPARQL backend (``--backend``) can stand in for the store.
        ``options`` are pyoxigraph's ``Store.query`` keyword arguments."""
        return self.store.query(sparql, **options)


class StoreHandle:
    def __init__(self, root: Path, check_every: float = CHECK_EVERY) -> None:
        self.root = root
        self.check_every = check_every
        self._pointer = os.fspath(root / "CURRENT")
        self._lock = threading.Lock()
        self._pointer_stat: tuple[int, float] | None = None
        self._snapshot: Snapshot | None = None
        self._next_check = 0.0  # time.monotonic() after which CURRENT is looked at again

    def get(self) -> Snapshot:
        """The current snapshot, reopening if ``CURRENT`` moved (looked at every ``check_every`` s)."""
        snapshot = self._snapshot
        if snapshot is not None and time.monotonic() < self._next_check:
            return snapshot
        self._next_check = time.monotonic() + self.check_every
        try:
            st = os.stat(self._pointer)
            stamp = (st.st_ino, st.st_mtime)
        except FileNotFoundError:
            stamp = None
        if self._snapshot is not None and stamp == self._pointer_stat:
            return self._snapshot
        with self._lock:
            if self._snapshot is None or stamp != self._pointer_stat:
                try:
                    build = kgstore.current(self.root)
                    info = build.info()
                    self._snapshot = Snapshot(build.open(), build, info, float(info.get("built", 0.0)))
                except kgstore.StoreError as exc:
                    if self._snapshot is None:
                        raise StoreUnavailable(f"no store to serve yet: {exc}") from None
                    # Keep answering from the build already open; try again at the next look.
                    _log.warning(
                        "keeping build %s: the new one cannot be opened: %s", self._snapshot.build.id, exc
                    )
                    return self._snapshot
                self._pointer_stat = stamp
            return self._snapshot
