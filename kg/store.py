"""The store on disk, written so that a failed build never damages what is served.

Layout of a store directory ``DIR``::

    DIR/CURRENT                the name of the build being served (switched by an atomic rename)
    DIR/builds/<id>/oxigraph   a pyoxigraph (RocksDB) store
    DIR/builds/<id>/build.json what the build did: time, counts, documents, report
    DIR/.lock                  held (``flock``) by the one build or load writing to DIR

A build writes a new ``builds/<id>`` beside the current one and switches
``CURRENT`` to it only when it succeeded; readers follow ``CURRENT``.  What a
build killed at any moment (even ``SIGKILL``) can leave behind, and who
clears it:

- a ``builds/<id>`` without ``build.json``: never named by ``CURRENT``;
  removed by the next writer as soon as it holds the lock;
- ``CURRENT.tmp``: never read; overwritten by the next switch;
- the lock: released by the kernel when the process dies.

Old builds are pruned after a switch, keeping the newest :data:`KEEP_BUILDS`
and every build that was still being served less than
:data:`GRACE_SECONDS` ago.  Removing a build that a server worker still has
open is safe on Linux: a read-only RocksDB opens all its table files when it
opens the store, and unlinked files stay readable through open descriptors
(``tests/test_atomic_builds.py`` checks it); the grace period also covers a
worker that read ``CURRENT`` just before the switch and opens the build
just after.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

KEEP_BUILDS = 3
GRACE_SECONDS = 300.0
_BUILD_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]*$")
_TRASH = ".trash-"


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
        try:
            return ox.Store.read_only(str(self.oxigraph_path))
        except OSError as exc:
            raise StoreError(f"build {self.id} in {self.root} cannot be opened: {exc}") from exc


def current(root: Path) -> Build:
    """The build being served, or :class:`StoreMissing`."""
    try:
        build_id = (root / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise StoreMissing(f"no store at {root}: run `ckg build --store {root}` first") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{root}/CURRENT cannot be read: {exc}") from None
    if not _BUILD_ID.match(build_id):
        raise StoreError(f"{root}/CURRENT holds {build_id[:80]!r}, which is not a build name")
    build = Build(root, build_id)
    if not (build.path / "build.json").is_file() or not build.oxigraph_path.is_dir():
        raise StoreError(f"{root}/CURRENT names build {build_id!r}, which is missing or incomplete")
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

    On success the caller calls :func:`commit`; on any failure (or without a
    commit) the partial build is removed and ``CURRENT`` is untouched.  A second writer is
    refused at once with :class:`StoreLocked`, naming the process that
    holds the lock.
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
        (root / "builds").mkdir(exist_ok=True)
        lock = open(root / ".lock", "a+", encoding="utf-8")  # noqa: SIM115 - held for the whole build
    except OSError as exc:
        raise StoreError(f"cannot write to the store {root}: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            raise StoreLocked(
                f"another build or load is writing to {root} ({holder}); wait for it to finish"
            ) from None
        now = time.time()
        lock.seek(0)
        lock.truncate()
        lock.write(f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(now))}\n")
        lock.flush()
        remove_leftovers(root)
        build_id = (
            time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{now % 1:.6f}"[1:] + f"Z-{os.getpid()}"
        )
        path = root / "builds" / build_id
        path.mkdir()
        try:
            yield path
        finally:
            if not (path / "build.json").is_file():  # not committed: the caller failed or gave up
                shutil.rmtree(path, ignore_errors=True)
    finally:
        lock.close()


def commit(root: Path, build_path: Path, info: dict[str, Any]) -> Build:
    """Record ``info`` and make ``build_path`` the served build, atomically.

    ``build.json`` is written last inside the build (through a temporary
    name), so a build directory that has it is complete."""
    _fsync_tree(build_path)
    record = build_path / "build.json.tmp"
    with open(record, "w", encoding="utf-8") as f:
        f.write(json.dumps(info, indent=2, ensure_ascii=False))
        f.flush()
        os.fsync(f.fileno())
    os.replace(record, build_path / "build.json")
    _fsync_dir(build_path)
    pointer = root / "CURRENT.tmp"
    with open(pointer, "w", encoding="utf-8") as f:
        f.write(build_path.name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(pointer, root / "CURRENT")
    _fsync_dir(root)
    prune(root)
    return Build(root, build_path.name)


def remove_leftovers(root: Path) -> list[str]:
    """Remove what writers that died left behind; returns the names removed.

    Only safe with the lock held (no writer is under way): a build directory
    without ``build.json`` is then the leftover of one that died."""
    try:
        served = current(root).id
    except StoreError:
        served = ""
    removed = []
    builds = root / "builds"
    for path in sorted(builds.iterdir()) if builds.is_dir() else []:
        if path.name == served or not path.is_dir():
            continue
        if path.name.startswith(_TRASH) or not (path / "build.json").is_file():
            _remove(path)
            removed.append(path.name)
    (root / "CURRENT.tmp").unlink(missing_ok=True)
    return removed


def prune(root: Path, keep: int = KEEP_BUILDS, grace: float = GRACE_SECONDS) -> list[str]:
    """Remove old builds, keeping the served one, the newest ``keep``, and
    every build that was served less than ``grace`` seconds ago; returns the
    names removed.  Called with the lock held."""
    served = current(root).id
    finished = sorted(
        p
        for p in (root / "builds").iterdir()
        if p.is_dir() and not p.name.startswith(_TRASH) and (p / "build.json").is_file()
    )
    now = time.time()
    removed = []
    for index, path in enumerate(finished[:-keep] if keep else finished):
        if path.name == served:
            continue
        # A build stopped being served when the next one was committed.
        later = finished[index + 1] if index + 1 < len(finished) else None
        retired = (later / "build.json").stat().st_mtime if later else now
        if now - retired < grace:
            continue
        _remove(path)
        removed.append(path.name)
    remove_leftovers(root)
    return removed


def _remove(path: Path) -> None:
    """Rename out of the way first (atomic), then delete: a removal cut short
    leaves a ``.trash-`` directory that no reader mistakes for a build."""
    trash = path if path.name.startswith(_TRASH) else path.with_name(_TRASH + path.name)
    with contextlib.suppress(OSError):
        os.replace(path, trash)
    shutil.rmtree(trash if trash.exists() else path, ignore_errors=True)


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
