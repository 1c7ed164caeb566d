"""Serialising query results under the row limit, saying when it cuts.

Solutions are serialised by pyoxigraph (in Rust) into a writer that counts
rows as the bytes pass, by a marker that starts every row (a ``<result>``
element, a line, a ``{`` after ``[`` or ``,``).  The count can only err
high (a marker inside a literal), so when it stays within the limit the
answer is whole and exact.  Past the limit the serialisation is abandoned
and the query is run again, taking exactly ``max_rows`` solutions and
writing them in Python (the slow path, for results that are cut anyway).
Triples are taken one by one up to the limit and serialised by pyoxigraph.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> p = ox.NamedNode("http://e/p")
>>> store.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), p, ox.Literal(i)) for i in range(5))
>>> fmt = ox.QueryResultsFormat.TSV
>>> run = lambda: store.query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o")
>>> body, rows, cut = solutions(run, fmt, max_rows=3)
>>> rows, cut, body.decode().splitlines()[-1]
(3, True, '<http://e/2>')
>>> solutions(run, fmt, max_rows=5)[1:]
(None, False)
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

_MARKERS: dict[str, tuple[bytes, ...]] = {
    "srj": (b"[{", b",{"),
    "srx": (b"<result>",),
    "csv": (b"\n",),
    "tsv": (b"\n",),
}
_HEADER_ROWS = {"srj": 0, "srx": 0, "csv": 1, "tsv": 1}


class _Overflow(Exception):
    pass


class _CountingWriter:
    def __init__(self, markers: tuple[bytes, ...], limit: int) -> None:
        self.parts: list[bytes] = []
        self.markers = markers
        self.limit = limit
        self.count = 0
        self._tail = b""
        self._keep = max(len(m) for m in markers) - 1

    def write(self, data: bytes) -> int:
        data = bytes(data)
        self.parts.append(data)
        self.count += sum(data.count(m) for m in self.markers)
        if self._keep:  # markers split across two writes
            seam = self._tail + data[: self._keep]
            self.count += sum(seam.count(m) for m in self.markers)
            self._tail = (self._tail + data)[-self._keep :] if len(data) < self._keep else data[-self._keep :]
        if self.count > self.limit:
            raise _Overflow
        return len(data)

    def flush(self) -> None:
        pass


def solutions(
    run: Callable[[], Any], fmt: ox.QueryResultsFormat, max_rows: int
) -> tuple[bytes, int | None, bool]:
    """(body, rows, cut) for a SELECT or ASK; ``run`` evaluates the query
    (it is called again on the slow path).  ``rows`` is counted only when
    the result is cut (else None: the marker count is not exact)."""
    result = run()
    if isinstance(result, ox.QueryBoolean):
        return bytes(result.serialize(format=fmt) or b""), None, False
    header = _HEADER_ROWS[fmt.file_extension]
    writer = _CountingWriter(_MARKERS[fmt.file_extension], max_rows + header)
    try:
        result.serialize(writer, format=fmt)
    except _Overflow:
        pass
    else:
        return b"".join(writer.parts), None, False
    del writer
    result = run()
    variables = [v.value for v in result.variables]
    taken = list(itertools.islice(result, max_rows + 1))
    cut = len(taken) > max_rows
    taken = taken[:max_rows]
    return _WRITERS[fmt.file_extension](variables, taken), len(taken), cut


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


def triples(
    run: Callable[[], Any], fmt: ox.RdfFormat, max_rows: int, prefixes: dict[str, str]
) -> tuple[bytes, int | None, bool]:
    """(body, triples, cut) for a CONSTRUCT or DESCRIBE; ``triples`` is
    counted only when the result is cut.

    No format writes a triple in fewer than two bytes, so an answer within
    ``2 * max_rows`` bytes cannot be over the limit: pyoxigraph writes it
    straight through.  Longer answers are taken triple by triple up to the
    limit (the query is run again) and written with the prefixes."""
    result = run()
    if fmt not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        budget = _ByteBudget(2 * max_rows)
        try:
            result.serialize(budget, format=fmt)
        except _Overflow:
            result = run()
        else:
            return b"".join(budget.parts), None, False
    taken = list(itertools.islice(result, max_rows + 1))
    cut = len(taken) > max_rows
    if cut:
        taken = taken[:max_rows]
    kwargs: dict[str, Any] = {}
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        kwargs["prefixes"] = prefixes
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        taken = [ox.Quad(t.subject, t.predicate, t.object) for t in taken]
    return bytes(ox.serialize(taken, format=fmt, **kwargs) or b""), len(taken), cut


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


def _json(variables: list[str], rows: list[Any]) -> bytes:
    bindings = [{v: _term_json(row[v]) for v in variables if row[v] is not None} for row in rows]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


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


def _xml(variables: list[str], rows: list[Any]) -> bytes:
    out = ['<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        for v in variables:
            if row[v] is not None:
                out.append(f"<binding name={quoteattr(v)}>{_term_xml(row[v])}</binding>")
        out.append("</result>")
    out.append("</results></sparql>")
    return "".join(out).encode()


def _csv(variables: list[str], rows: list[Any]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_term_csv(row[v]) for v in variables])
    return buffer.getvalue().encode()


def _term_csv(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _tsv(variables: list[str], rows: list[Any]) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    return ("\n".join(lines) + "\n").encode()


_WRITERS: dict[str, Callable[[list[str], list[Any]], bytes]] = {
    "srj": _json,
    "srx": _xml,
    "csv": _csv,
    "tsv": _tsv,
}
