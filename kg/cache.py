"""The extraction cache: what a document yielded, kept on disk between builds.

A rebuild after adding or changing a few documents re-reads only those: each
document's :class:`~loaders.records.Extraction` is stored under a key made
of its content (the document's bytes and its sidecar's), its file name
(which gives the document key) and :func:`code_version`, a hash of the
extraction code and lexicon data.  Changing a rule or a lexicon entry
changes the version, so nothing extracted by the old code is used again.

Layout, beside the builds of a store ``DIR``::

    DIR/cache/extractions/<version>/<k[:2]>/<k>.pickle

The entries are pickles written by this process for this process: the cache
directory must be as trusted as the store itself.  Entries of other versions
are removed by :meth:`ExtractionCache.prune`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import stat
import tempfile
from dataclasses import replace
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from loaders import Extraction

META_SUFFIX = ".meta.toml"


@functools.cache
def code_version() -> str:
    """A hash of every file of the ``loaders`` package (code and lexicon data).

    >>> len(code_version()), code_version() == code_version()
    (16, True)
    """
    digest = hashlib.sha256()

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            name = prefix + child.name
            if child.is_dir():
                if child.name != "__pycache__":
                    walk(child, name + "/")
            elif child.name.endswith((".py", ".toml", ".txt", ".json")):
                digest.update(name.encode() + b"\0" + child.read_bytes() + b"\0")

    walk(resources.files("loaders"), "")
    return digest.hexdigest()[:16]


def sidecar(path: Path) -> Path:
    return path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)


def content_key(path: Path) -> str:
    """The key of a document's current content: file name, bytes, sidecar bytes.
    Raises ``OSError`` when the file cannot be read (the reader then says why)."""
    if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the build forever
        raise OSError(f"{path}: not a regular file")
    digest = hashlib.sha256(path.name.encode() + b"\0")
    digest.update(path.read_bytes())
    meta = sidecar(path)
    if meta.exists():
        digest.update(b"\0meta\0" + meta.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    """Extractions on disk, by content key, for one :func:`code_version`."""

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.base = root
        self.version = version or code_version()
        self.root = root / self.version

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str, path: Path) -> Extraction | None:
        """The cached extraction of ``key`` (its document re-pointed at ``path``), or None."""
        try:
            with open(self._path(key), "rb") as f:
                extraction = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None
        if not isinstance(extraction, Extraction):
            return None
        if extraction.document.path != str(path):
            extraction.document = replace(extraction.document, path=str(path))
        return extraction

    def put(self, key: str, extraction: Extraction) -> None:
        """Store atomically (write, then rename): a crash leaves no half entry."""
        write_pickle(self._path(key), extraction)

    def put_pickled(self, key: str, data: bytes) -> None:
        """Store an extraction already pickled (an extraction worker's: it
        pickles once, for this file and for the build that receives it)."""
        write_bytes(self._path(key), data)

    def prune(self) -> None:
        """Remove the entries made by other versions of the extraction code."""
        if not self.base.is_dir():
            return
        for child in self.base.iterdir():
            if child.is_dir() and child.name != self.version:
                shutil.rmtree(child, ignore_errors=True)


def write_pickle(target: Path, value: object) -> None:
    """Pickle ``value`` to ``target`` atomically (a temporary file in the same
    folder, then a rename): a crash or a concurrent reader never sees half of it."""
    write_bytes(target, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def write_bytes(target: Path, data: bytes) -> None:
    """``data`` to ``target`` atomically (as :func:`write_pickle`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
