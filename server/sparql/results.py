"""Serialising query results under the row limit, saying when it cuts, and
streaming the large ones.

An answer is first serialised by pyoxigraph (in Rust) into a writer that
keeps at most :data:`BUFFER` bytes.  Solutions' rows are then counted by a
marker that starts every row (a ``<result>`` element, a line, a ``{`` after
``[`` or ``,``); the count can only err high (a marker inside a literal), so
when it stays within the limit the answer is whole and exact.  Triples
need no count while the answer is under two bytes per allowed triple (no
format writes one in fewer).  Such answers, nearly all of
them, are sent whole (with a ``Content-Length``, gzipped as a piece).

The others are *streamed*: the headers must say before the first byte
whether the row limit cuts, so the query is run once to count (up to the
limit plus one, nothing kept), then again to write, in :data:`CHUNK`-sized
pieces.  An answer within the limit is written by pyoxigraph in a thread
that hands the pieces over through a queue of :data:`QUEUE` of them, so
memory stays bounded by about ``(QUEUE + 2) * CHUNK`` whatever the answer's
size; an answer past the limit is written in Python, exactly ``max_rows``
rows (the slow path, for answers that are cut anyway).  A failure in the
middle of a stream cannot change the status any more: the stream raises
:class:`StreamBroken`, and the server closes the connection without ending
the chunked body, so clients report an incomplete answer instead of taking
a short one for whole.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> p = ox.NamedNode("http://e/p")
>>> store.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), p, ox.Literal(i)) for i in range(5))
>>> fmt = ox.QueryResultsFormat.TSV
>>> run = lambda: store.query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o")
>>> answer = solutions(run, fmt, max_rows=3)
>>> answer.rows, answer.cut, b"".join(answer.chunks or []).decode().splitlines()[-1]
(3, True, '<http://e/2>')
>>> whole = solutions(run, fmt, max_rows=5)
>>> whole.rows, whole.cut, whole.body is not None
(None, False, True)
>>> streamed = solutions(run, fmt, max_rows=5, buffer=16)
>>> b"".join(streamed.chunks or []) == whole.body
True
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

_log = logging.getLogger(__name__)

BUFFER = 4 * 1024 * 1024  # bytes: answers up to this are sent whole, larger ones streamed
CHUNK = 64 * 1024  # bytes per streamed piece
QUEUE = 4  # pieces written ahead of the client

_MARKERS: dict[str, tuple[bytes, ...]] = {
    "srj": (b"[{", b",{"),
    "srx": (b"<result>",),
    "csv": (b"\n",),
    "tsv": (b"\n",),
}
_HEADER_ROWS = {"srj": 0, "srx": 0, "csv": 1, "tsv": 1}
_QUAD_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)


@dataclass(frozen=True, slots=True)
class Answer:
    """A serialised answer: ``body`` whole, or ``chunks`` to stream (one iteration only).

    ``rows`` is counted only when the answer is cut."""

    body: bytes | None
    chunks: Iterator[bytes] | None
    rows: int | None
    cut: bool


class StreamBroken(Exception):
    """Writing a streamed answer failed after its first bytes were sent."""


class _Overflow(Exception):
    pass


class _ByteBudget:
    def __init__(self, limit: int) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.size += len(data)
        if self.size > self.limit:
            raise _Overflow
        return len(data)

    def flush(self) -> None:
        pass


def _count(result: Iterable[Any], limit: int) -> int:
    """How many items ``result`` has, up to ``limit`` (nothing is kept)."""
    return sum(1 for _ in itertools.islice(result, limit))


def solutions(
    run: Callable[[], Any], fmt: ox.QueryResultsFormat, max_rows: int, buffer: int | None = None
) -> Answer:
    """The answer to a SELECT or ASK; ``run`` evaluates the query (it is
    called again when the answer is streamed); ``buffer``: :data:`BUFFER`."""
    buffer = BUFFER if buffer is None else buffer
    result = run()
    if isinstance(result, ox.QueryBoolean):
        return Answer(bytes(result.serialize(format=fmt) or b""), None, None, False)
    ext = fmt.file_extension
    budget = _ByteBudget(buffer)
    try:
        result.serialize(budget, format=fmt)
    except _Overflow:
        pass
    else:
        body = b"".join(budget.parts)
        if sum(body.count(marker) for marker in _MARKERS[ext]) <= max_rows + _HEADER_ROWS[ext]:
            return Answer(body, None, None, False)
    del budget, result
    if _count(run(), max_rows + 1) <= max_rows:
        return Answer(None, stream(lambda out: run().serialize(out, format=fmt)), None, False)

    def cut() -> Iterator[bytes]:
        result = run()
        variables = [v.value for v in result.variables]
        yield from _pieces(_WRITERS[ext](variables, itertools.islice(result, max_rows)))

    return Answer(None, cut(), max_rows, True)


def triples(
    run: Callable[[], Any],
    fmt: ox.RdfFormat,
    max_rows: int,
    prefixes: dict[str, str],
    buffer: int | None = None,
) -> Answer:
    """The answer to a CONSTRUCT or DESCRIBE.

    Within ``min(2 * max_rows, buffer)`` bytes pyoxigraph writes it straight
    through.  Else (and for N-Quads and TriG, where the triples become quads
    of the default graph) the triples are taken one by one, counted exactly
    and written with the prefixes, whole within ``buffer`` bytes, else
    counted first and streamed."""
    buffer = BUFFER if buffer is None else buffer
    result = run()
    if fmt not in _QUAD_FORMATS:
        budget = _ByteBudget(min(2 * max_rows, buffer))
        try:
            result.serialize(budget, format=fmt)
        except _Overflow:
            result = run()
        else:
            return Answer(b"".join(budget.parts), None, None, False)
    kwargs: dict[str, Any] = {}
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        kwargs["prefixes"] = prefixes
    taken = [0]
    more = [False]

    def limited(items: Iterable[Any]) -> Iterator[Any]:
        iterator = iter(items)
        for item in itertools.islice(iterator, max_rows):
            taken[0] += 1
            yield ox.Quad(item.subject, item.predicate, item.object) if fmt in _QUAD_FORMATS else item
        more[0] = next(iterator, None) is not None

    budget = _ByteBudget(buffer)
    try:
        ox.serialize(limited(result), cast(Any, budget), format=fmt, **kwargs)
    except _Overflow:
        pass
    else:
        return Answer(b"".join(budget.parts), None, taken[0] if more[0] else None, more[0])
    del budget, result
    cut = _count(run(), max_rows + 1) > max_rows
    return Answer(
        None,
        stream(lambda out: ox.serialize(limited(run()), out, format=fmt, **kwargs)),
        max_rows if cut else None,
        cut,
    )


# -- streaming: pyoxigraph writes in a thread, the client reads piece by piece ------------------


class _Cancelled(Exception):
    pass


_END = object()


class _Pipe:
    """The writer pyoxigraph writes into: pieces of ``CHUNK`` bytes onto a bounded queue."""

    def __init__(self, pieces: queue.Queue[Any], stop: threading.Event) -> None:
        self.pieces = pieces
        self.stop = stop
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.size += len(data)
        if self.size >= CHUNK:
            self.send()
        return len(data)

    def flush(self) -> None:
        pass

    def send(self) -> None:
        piece = b"".join(self.parts)
        self.parts, self.size = [], 0
        self.put(piece)

    def put(self, item: Any) -> None:
        while True:  # blocks while the client is behind; gives up once it has gone
            if self.stop.is_set():
                raise _Cancelled
            try:
                self.pieces.put(item, timeout=0.1)
                return
            except queue.Full:
                continue


def stream(write: Callable[[Any], Any]) -> Iterator[bytes]:
    """The bytes ``write(output)`` writes, as pieces, with ``write`` running in
    a thread that is started on the first piece asked for and stopped when
    the consumer closes the iterator early (a client that went away)."""
    pieces: queue.Queue[Any] = queue.Queue(maxsize=QUEUE)
    stop = threading.Event()
    pipe = _Pipe(pieces, stop)

    def produce() -> None:
        try:
            write(pipe)
            if pipe.parts:
                pipe.send()
            pipe.put(_END)
        except _Cancelled:
            pass
        except Exception as exc:  # handed to the consumer, which reports it
            with contextlib.suppress(_Cancelled):
                pipe.put(exc)

    thread = threading.Thread(target=produce, name="ckg-stream", daemon=True)
    thread.start()
    try:
        while True:
            item = pieces.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                _log.warning("a streamed answer failed after its first bytes: %s", item)
                raise StreamBroken(f"the answer could not be written to the end: {item}") from item
            yield item
    finally:
        stop.set()
        thread.join(timeout=5)


def _pieces(texts: Iterable[str]) -> Iterator[bytes]:
    """Texts gathered into pieces of about ``CHUNK`` bytes."""
    parts: list[str] = []
    size = 0
    for text in texts:
        parts.append(text)
        size += len(text)
        if size >= CHUNK:
            yield "".join(parts).encode()
            parts, size = [], 0
    if parts:
        yield "".join(parts).encode()


# -- the slow path: writing solutions in Python ---------------------------------------------


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _term_json(term.subject),
            "predicate": _term_json(term.predicate),
            "object": _term_json(term.object),
        },
    }


def _json(variables: list[str], rows: Iterable[Any]) -> Iterator[str]:
    yield '{"head":{"vars":' + json.dumps(variables, ensure_ascii=False, separators=(",", ":"))
    yield '},"results":{"bindings":['
    for n, row in enumerate(rows):
        binding = {v: _term_json(row[v]) for v in variables if row[v] is not None}
        yield ("," if n else "") + json.dumps(binding, ensure_ascii=False, separators=(",", ":"))
    yield "]}}"


def _term_xml(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_term_xml(term.subject)}</subject><predicate>{_term_xml(term.predicate)}"
        f"</predicate><object>{_term_xml(term.object)}</object></triple>"
    )


def _xml(variables: list[str], rows: Iterable[Any]) -> Iterator[str]:
    yield '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
    yield "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    yield "</head><results>"
    for row in rows:
        out = ["<result>"]
        for v in variables:
            if row[v] is not None:
                out.append(f"<binding name={quoteattr(v)}>{_term_xml(row[v])}</binding>")
        out.append("</result>")
        yield "".join(out)
    yield "</results></sparql>"


def _csv(variables: list[str], rows: Iterable[Any]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_term_csv(row[v]) for v in variables])
        if buffer.tell() >= CHUNK:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _term_csv(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _tsv(variables: list[str], rows: Iterable[Any]) -> Iterator[str]:
    yield "\t".join("?" + v for v in variables) + "\n"
    for row in rows:
        yield "\t".join("" if row[v] is None else str(row[v]) for v in variables) + "\n"


_WRITERS: dict[str, Callable[[list[str], Iterable[Any]], Iterator[str]]] = {
    "srj": _json,
    "srx": _xml,
    "csv": _csv,
    "tsv": _tsv,
}
