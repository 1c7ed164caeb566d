"""Reading documents from disk: bytes → decoded text → :class:`Document`.

Metadata comes from a sidecar ``<name>.meta.toml`` beside the document
(``title``, ``language``, ``date``, ``publisher``, ``source``, ...).  A
document that cannot be read becomes a :class:`DocumentError` that names the
file and the reason; it never stops the other documents.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.language import detect_language
from loaders.records import Document

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
META_SUFFIX = ".meta.toml"
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document that was passed over, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def document_key(path: Path) -> str:
    """The stable key of a document: its file name without suffix, as a slug.

    >>> document_key(Path("documents/AVİM Yorum 2025-77.txt"))
    'avim-yorum-2025-77'
    """
    stem = path.name
    for suffix in DOCUMENT_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    folded = unicodedata.normalize("NFKD", stem.replace("ı", "i").replace("İ", "I"))
    ascii_only = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-") or "document"


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Document files under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.name.lower().endswith(DOCUMENT_SUFFIXES) and not child.name.startswith("."):
                    yield child
        else:
            yield path


def decode(data: bytes) -> str:
    """Decode document bytes: UTF-8 (with or without BOM), UTF-16 with BOM,
    else the most likely legacy code page (cp1254 for Turkish)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1254", "iso8859_9", "cp1252", "utf_16"]).best()
    if best is None:
        raise ValueError("not text in UTF-8, UTF-16 or a Turkish/Western code page")
    return str(best)


def read_metadata(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"metadata file {sidecar.name} is not valid TOML: {exc}") from exc
    return {str(k): str(v) for k, v in data.items()}


def read_document(path: Path) -> Document:
    """Read one document, or raise ``ValueError``/``OSError`` saying why not."""
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    if len(data) > MAX_BYTES:
        raise ValueError(f"{len(data)} bytes, over the {MAX_BYTES}-byte limit")
    text = decode(data)
    if "\x00" in text:
        raise ValueError("contains NUL characters: a binary file, not a text document")
    meta = read_metadata(path)
    language = meta.get("language") or detect_language(text)
    return Document(
        key=document_key(path),
        path=str(path),
        text=text,
        language=language,
        title=meta.get("title", "") or text.strip().splitlines()[0][:200],
        date=meta.get("date", ""),
        publisher=meta.get("publisher", ""),
        source=meta.get("source", ""),
        metadata=meta,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_documents(paths: Iterable[Path]) -> Iterator[Document | DocumentError]:
    """Every document under ``paths``; the unreadable ones as :class:`DocumentError`."""
    for path in discover(paths):
        try:
            yield read_document(path)
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            yield DocumentError(str(path), reason)
