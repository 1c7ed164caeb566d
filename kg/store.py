"""The store on disk, written so that a failed build never damages what is served.

Layout of a store directory ``DIR``::

    DIR/CURRENT             the name of the build being served (switched by an atomic rename)
    DIR/builds/<id>/oxigraph   a pyoxigraph store
    DIR/builds/<id>/build.json what the build did: time, counts, documents, report
    DIR/.lock               held by the one build or load writing to DIR

A build writes a new ``builds/<id>`` beside the current one and switches
``CURRENT`` to it only when it succeeded; readers follow ``CURRENT``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

KEEP_BUILDS = 3


class StoreError(Exception):
    """The store directory is missing, locked or unreadable."""


class StoreMissing(StoreError):
    pass


class StoreLocked(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class Build:
    """One finished build of the store."""

    root: Path
    id: str

    @property
    def path(self) -> Path:
        return self.root / "builds" / self.id

    @property
    def oxigraph_path(self) -> Path:
        return self.path / "oxigraph"

    def info(self) -> dict[str, Any]:
        try:
            return dict(json.loads((self.path / "build.json").read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def open(self) -> ox.Store:
        """Open read-only: several server workers may share it."""
        return ox.Store.read_only(str(self.oxigraph_path))


def current(root: Path) -> Build:
    """The build being served, or :class:`StoreMissing`."""
    try:
        build_id = (root / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise StoreMissing(f"no store at {root}: run `ckg build --store {root}` first") from None
    build = Build(root, build_id)
    if not build.oxigraph_path.is_dir():
        raise StoreError(f"{root}/CURRENT names build {build_id!r}, which is missing")
    return build


def exists(root: Path) -> bool:
    try:
        current(root)
    except StoreError:
        return False
    return True


@contextlib.contextmanager
def writing(root: Path) -> Iterator[Path]:
    """Hold the store's lock and give a fresh build directory to write into.

    On success the caller calls :func:`commit`; on any failure the partial
    build is removed and ``CURRENT`` is untouched.
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "builds").mkdir(exist_ok=True)
    lock = open(root / ".lock", "a+")  # noqa: SIM115 - held for the whole build
    try:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreLocked(f"another build or load is writing to {root}; wait for it to finish") from None
        now = time.time()
        build_id = (
            time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{now % 1:.6f}"[1:] + f"Z-{os.getpid()}"
        )
        path = root / "builds" / build_id
        path.mkdir()
        try:
            yield path
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
    finally:
        lock.close()


def commit(root: Path, build_path: Path, info: dict[str, Any]) -> Build:
    """Record ``info`` and make ``build_path`` the served build, atomically."""
    (build_path / "build.json").write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
    _fsync_tree(build_path)
    pointer = root / "CURRENT.tmp"
    with open(pointer, "w", encoding="utf-8") as f:
        f.write(build_path.name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(pointer, root / "CURRENT")
    _fsync_dir(root)
    prune(root)
    return Build(root, build_path.name)


def prune(root: Path, keep: int = KEEP_BUILDS) -> None:
    """Remove old builds, and leftovers of builds that died, keeping the newest ``keep``.

    Called with the lock held, so no other build is under way: a build
    directory without ``build.json`` is the leftover of one that died."""
    served = current(root).id
    builds = sorted(p for p in (root / "builds").iterdir() if p.is_dir())
    finished = [p for p in builds if (p / "build.json").exists()]
    for path in builds:
        if path.name == served:
            continue
        if path not in finished[-keep:]:
            shutil.rmtree(path, ignore_errors=True)


def _fsync_tree(path: Path) -> None:
    for child in path.rglob("*"):
        if child.is_file():
            with open(child, "rb") as f:
                os.fsync(f.fileno())
    _fsync_dir(path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
