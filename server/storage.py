"""The store as the server sees it: opened read-only, reopened when a new
build is switched in (``CURRENT`` changes), so ``ckg build`` beside a running
``ckg serve`` is picked up without a restart and never half-built."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import store as kgstore
from server.errors import StoreUnavailable

_log = logging.getLogger(__name__)


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
    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._pointer_stat: tuple[int, float] | None = None
        self._snapshot: Snapshot | None = None

    def get(self) -> Snapshot:
        """The current snapshot, reopening if ``CURRENT`` moved since last time."""
        try:
            st = os.stat(self.root / "CURRENT")
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
                    # Keep answering from the build already open; try again on the next request.
                    _log.warning(
                        "keeping build %s: the new one cannot be opened: %s", self._snapshot.build.id, exc
                    )
                    return self._snapshot
                self._pointer_stat = stamp
            return self._snapshot
