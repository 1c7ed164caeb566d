"""Reading documents from disk: bytes → decoded text → :class:`Document`.

Formats: plain text (``.txt``, possibly extracted from PDF: its page
furniture is cleaned by :mod:`loaders.cleanup` at extraction time, with an
offset map), Markdown (``.md``, front matter read as metadata) and HTML
(``.html``: the document text is the visible prose, see :mod:`loaders.html`).

Metadata comes from a sidecar ``<name>.meta.toml`` beside the document
(``title``, ``language``, ``date``, ``publisher``, ``source``, ...), from
Markdown front matter, or from the HTML head; the sidecar wins.

A document that cannot be read becomes a :class:`DocumentError` that names the
file and says what is wrong; reading never raises for bad input, and one bad
file never stops the others.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.cleanup import FrontMatterError, front_matter
from loaders.language import LANGUAGES, describe_script, detect_language
from loaders.records import Document
from loaders.webpage import html_text

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
DOCUMENT_SUFFIXES = tuple(FORMATS)
META_SUFFIX = ".meta.toml"
MAX_BYTES = 16 * 1024 * 1024  # one article is a few kB; a 16 MB "article" is a mistake
_ISO_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
# C0 control characters other than the white space ones (\t \n \v \f \r):
# a text has next to none, a binary file many.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_MAGIC = {
    b"%PDF": "a PDF file: extract its text first (e.g. `pdftotext -layout`) and give the .txt",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt?): save it as .txt, .md or .html first",
    b"\x7fELF": "an executable, not a document",
    b"\x89PNG": "a PNG image, not a document",
    b"\xff\xd8\xff": "a JPEG image, not a document",
    b"GIF8": "a GIF image, not a document",
    b"\x1f\x8b": "a gzip archive: decompress it first",
    b"{\\rtf": "an RTF file: save it as .txt first",
}


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document that was passed over, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class UnreadableDocument(ValueError):
    """Raised inside the reader; :func:`read_documents` turns it into a :class:`DocumentError`."""


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


def decode(data: bytes) -> tuple[str, str]:
    """Decode document bytes, and say which encoding they were in.

    UTF-8 (with or without BOM) and UTF-16 (with BOM, or detected from its
    zero bytes) are decoded as such; bytes that are not UTF-8 and carry no
    UTF-8 sequence at all are read in the Turkish code page (cp1254, or
    ISO-8859-9 where they differ).  Damaged UTF-8 is refused: guessing would
    silently corrupt the Turkish letters.

    >>> decode("Iğdır".encode("cp1254"))
    ('Iğdır', 'cp1254')
    >>> decode(b"\\xef\\xbb\\xbfBak\\xc3\\xbc")
    ('Bakü', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", "utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "utf-16"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.8 * len(sample) // 2 and even == 0:
            return _strict(data, "utf-16-le", "UTF-16 (little-endian, no BOM)"), "utf-16-le"
        if even > 0.8 * len(sample) // 2 and odd == 0:
            return _strict(data, "utf-16-be", "UTF-16 (big-endian, no BOM)"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        error = exc
    if re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        raise UnreadableDocument(
            f"invalid UTF-8 at byte {error.start} ({data[error.start : error.start + 4]!r}) "
            "in a file that is otherwise UTF-8: the file is damaged; re-save it as UTF-8"
        )
    for codec in ("cp1254", "iso8859_9"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument("not text in UTF-8, UTF-16 or the Turkish code page (cp1254/ISO-8859-9)")


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"declares {name} but byte {exc.start} is not valid {name}") from exc


def read_metadata(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UnreadableDocument(f"metadata file {sidecar.name} is not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"metadata file {sidecar.name} is not UTF-8 (byte {exc.start})") from exc
    return {str(k): str(v) for k, v in data.items()}


def _check_file(path: Path) -> int:
    """The file's size, or why it cannot be read."""
    if path.is_symlink() and not path.exists():
        raise UnreadableDocument(f"a broken symbolic link (to {os.readlink(path)}); nothing to read")
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise UnreadableDocument("no such file") from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableDocument("a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableDocument("not a regular file (a device, pipe or socket)")
    if not os.access(path, os.R_OK):
        raise UnreadableDocument("permission denied: the file is not readable by this user")
    if info.st_size > MAX_BYTES:
        raise UnreadableDocument(
            f"{info.st_size:,} bytes, over the {MAX_BYTES // 2**20} MB limit for one document: "
            "split it into articles"
        )
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UnreadableDocument(
            f"unsupported file type {suffix or '(no suffix)'!r}: "
            f"give .txt, .md or .html ({', '.join(FORMATS)})"
        )
    return info.st_size


def read_document(path: Path) -> Document:
    """Read one document, or raise :class:`UnreadableDocument` (a ``ValueError``)
    or ``OSError`` saying why not."""
    _check_file(path)
    data = path.read_bytes()
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableDocument(what)
    if not data.strip():
        raise UnreadableDocument("empty file" if not data else "empty file (only white space)")
    text, encoding = decode(data)
    if "\x00" in text:
        raise UnreadableDocument(
            f"contains NUL characters (first at character {text.index(chr(0))}): a binary file, not a text"
        )
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise UnreadableDocument(
            f"{controls} control characters in the first 64 kB: a binary file, not a text"
        )
    if not text.strip():
        raise UnreadableDocument("empty file (only white space)")
    fmt = FORMATS[path.suffix.lower()]
    meta: dict[str, str] = {}
    if fmt == "html":
        text, meta = html_text(text)
        if not text.strip():
            raise UnreadableDocument("an HTML page with no visible text (only scripts, styles or navigation)")
    elif fmt == "markdown":
        try:
            meta, _ = front_matter(text)
        except FrontMatterError as exc:
            raise UnreadableDocument(str(exc)) from exc
    meta.update(read_metadata(path))
    meta.setdefault("encoding", encoding)
    meta.setdefault("format", fmt)
    return Document(
        key=document_key(path),
        path=str(path),
        text=text,
        language=_language(meta, text),
        title=meta.get("title", "") or _first_line(text),
        date=_date(meta),
        publisher=meta.get("publisher", ""),
        source=meta.get("source", ""),
        metadata=meta,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip() and not line.strip().startswith(("---", "+++")):
            return line.strip().lstrip("#").strip()[:200]
    return ""


def _date(meta: dict[str, str]) -> str:
    value = meta.get("date", "").strip()
    if not value:
        return ""
    value = value[:10] if re.match(r"\d{4}-\d\d-\d\dT", value) else value
    if not _ISO_DATE.fullmatch(value):
        raise UnreadableDocument(f"metadata date {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _language(meta: dict[str, str], text: str) -> str:
    given = meta.get("language", "").strip().lower()
    if given:
        if given not in LANGUAGES:
            raise UnreadableDocument(
                f"language {given!r} (from its metadata) is not one the rules read: only tr and en"
            )
        return given
    detected = detect_language(text)
    if detected == "und":
        raise UnreadableDocument(
            f"language not recognised as Turkish or English ({describe_script(text)}); "
            'if it is one of them, say so with `language = "tr"` in its .meta.toml'
        )
    return detected


def read_documents(paths: Iterable[Path]) -> Iterator[Document | DocumentError]:
    """Every document under ``paths``; the unreadable ones as :class:`DocumentError`."""
    for path in discover(paths):
        try:
            yield read_document(path)
        except (OSError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as exc:
            if isinstance(exc, OSError):
                reason = f"cannot be read: {exc.strerror or exc}"
            elif isinstance(exc, RecursionError):
                reason = "markup nested too deeply to read"
            elif isinstance(exc, MemoryError):
                reason = "too large to read in memory"
            else:
                reason = str(exc)
            yield DocumentError(str(path), reason)
