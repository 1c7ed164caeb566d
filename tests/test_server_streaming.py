"""Large answers are streamed: the same bytes as a whole answer, the row
limit still said in the headers, gzip piece by piece, memory bounded
whatever the answer's size, and a failure or time limit in the middle of a
stream ends the connection early (the client sees an incomplete answer,
never a short one taken for whole)."""

from __future__ import annotations

import csv
import gzip
import io
import resource
import time
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import pyoxigraph as ox
import pytest
import requests

from server.sparql import results
from server.sparql.results import StreamBroken, stream
from server.storage import Snapshot

EVERYTHING = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o"
TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def fetch(client: Any, query: str, fmt: str, **headers: str) -> Any:
    return client.get(f"/sparql?format={fmt}&query={quote(query)}", headers=headers)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_streamed_select_is_the_whole_answer(
    client: Any, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    whole = fetch(client, EVERYTHING, fmt)
    assert "Content-Length" in whole.headers and len(whole.data) > 10_000
    monkeypatch.setattr(results, "BUFFER", 1024)
    monkeypatch.setattr(results, "CHUNK", 4096)
    streamed = fetch(client, EVERYTHING, fmt)
    assert streamed.status_code == 200
    assert "Content-Length" not in streamed.headers
    assert streamed.data == whole.data
    assert "X-CKG-Truncated" not in streamed.headers


@pytest.mark.parametrize("fmt", ["nt", "nq", "ttl", "xml", "jsonld"])
def test_a_streamed_construct_is_the_whole_graph(
    client: Any, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    whole = fetch(client, TRIPLES, fmt)
    monkeypatch.setattr(results, "BUFFER", 1024)
    streamed = fetch(client, TRIPLES, fmt)
    assert streamed.status_code == 200 and "Content-Length" not in streamed.headers
    media = whole.mimetype
    assert streamed.mimetype == media

    def graph(body: bytes) -> set[Any]:
        rdf = ox.RdfFormat.from_media_type(media)
        assert rdf is not None
        return {(q.subject, q.predicate, q.object) for q in ox.parse(body, format=rdf)}

    assert graph(streamed.data) == graph(whole.data) and len(graph(whole.data)) > 1000


@pytest.mark.parametrize("fmt", ["json", "csv", "nt"])
def test_the_row_limit_is_said_before_a_stream(app: Any, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.setattr(results, "BUFFER", 1024)
    app.config["CKG_SETTINGS"] = replace(app.config["CKG_SETTINGS"], max_rows=700)
    query = TRIPLES if fmt == "nt" else EVERYTHING
    response = fetch(app.test_client(), query, fmt)
    assert "Content-Length" not in response.headers
    assert response.headers["X-CKG-Truncated"] == "true" and response.headers["X-CKG-Rows"] == "700"
    if fmt == "json":
        assert len(response.get_json()["results"]["bindings"]) == 700
    elif fmt == "csv":
        assert len(list(csv.reader(io.StringIO(response.data.decode())))) == 1 + 700
    else:
        assert len(list(ox.parse(response.data, format=ox.RdfFormat.N_TRIPLES))) == 700
    exact = fetch(app.test_client(), query.replace("WHERE", "WHERE { SELECT * WHERE", 1) + "} LIMIT 700", fmt)
    assert "X-CKG-Truncated" not in exact.headers  # exactly at the limit: whole, not cut


def test_gzip_on_a_stream(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = fetch(client, EVERYTHING, "json")
    monkeypatch.setattr(results, "BUFFER", 1024)
    streamed = fetch(client, EVERYTHING, "json", **{"Accept-Encoding": "gzip"})
    assert "Content-Length" not in streamed.headers and streamed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(streamed.data) == whole.data


class BigHandle:
    """A store of ``n`` quads in memory, behind the server's handle."""

    def __init__(self, n: int, like: Snapshot) -> None:
        store = ox.Store()
        p = [ox.NamedNode(f"https://example.org/p{i}") for i in range(5)]
        store.bulk_extend(
            ox.Quad(
                ox.NamedNode(f"https://example.org/s/{i // 5}"),
                p[i % 5],
                ox.Literal(f"value {i}", language="en"),
            )
            for i in range(n)
        )
        self.snapshot = Snapshot(store, like.build, like.info, like.mtime)

    def get(self) -> Snapshot:
        return self.snapshot


def test_memory_stays_bounded_while_a_large_answer_streams(app: Any) -> None:
    app.config["CKG_STORE"] = BigHandle(150_000, app.config["CKG_STORE"].get())
    app.config["CKG_SETTINGS"] = replace(app.config["CKG_SETTINGS"], max_rows=1_000_000)
    client = app.test_client()
    query = quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert client.get("/sparql?query=" + quote("SELECT * WHERE { ?s ?p ?o } LIMIT 10")).status_code == 200
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB, the peak so far
    started = time.process_time()  # CPU, not wall: a busy machine's stalls must not decide it
    response = client.get(f"/sparql?query={query}", buffered=False)
    assert response.status_code == 200 and "Content-Length" not in response.headers
    pieces = iter(response.response)
    first = next(pieces)
    first_after = time.process_time() - started
    size, rows, tail = len(first), first.count(b'{"s":'), first[-4:]
    for piece in pieces:
        size += len(piece)
        rows += (tail + piece).count(b'{"s":')  # a marker may straddle two pieces
        tail = piece[-4:]
    whole_after = time.process_time() - started
    response.close()
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert rows == 150_000 and size > 25_000_000
    # a whole answer would hold the 25+ MB body at least once (twice while joined)
    assert grown * 1024 < 12_000_000, f"peak memory grew by {grown} KiB for a {size}-byte answer"
    assert first_after < whole_after / 2  # the first bytes left long before the last (CPU spent)


def test_a_failure_mid_stream_raises_after_the_first_pieces() -> None:
    def write(out: Any) -> None:
        for _ in range(5):
            out.write(b"x" * results.CHUNK)
        raise OSError("disk on fire")

    got: list[bytes] = []
    with pytest.raises(StreamBroken, match="disk on fire"):
        for piece in stream(write):
            got.append(piece)
    assert len(got) == 5


def test_a_client_that_goes_away_stops_the_writer() -> None:
    written = [0]

    def write(out: Any) -> None:
        while True:  # endless: only the consumer's going away can stop it
            out.write(b"y" * 8192)
            written[0] += 1

    pieces = cast(Generator[bytes, None, None], stream(write))
    next(pieces)
    pieces.close()  # joins the writer thread, which gave up at its next write
    stopped_at = written[0]
    time.sleep(0.3)
    assert written[0] == stopped_at
    assert stopped_at * 8192 <= (results.QUEUE + 3) * results.CHUNK  # it never ran ahead of the queue


@pytest.mark.slow
def test_the_time_limit_cuts_a_stream_as_incomplete(store_path: Path, server_factory: Any) -> None:
    """A client too slow for the time limit: the worker is stopped mid-stream;
    the client sees an incomplete chunked body, and the server goes on serving."""
    process, url = server_factory(store_path, "--query-timeout", "2", "--max-rows", "10000000")
    try:
        numbers = " ".join(str(i) for i in range(60))
        pad = "CONCAT(" + ", ".join(["?x"] * 20) + ")"
        rows = (  # 3,600 rows of 4 KB, made up by the query itself: counted at once, read for long
            f"SELECT ?i ?j ?pad WHERE {{ VALUES ?i {{ {numbers} }} VALUES ?j {{ {numbers} }} "
            f'VALUES ?x {{ "{"x" * 200}" }} BIND({pad} AS ?pad) }}'
        )
        started = time.monotonic()
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            plain = {"Accept-Encoding": "identity"}  # gzip would shrink the padding to nothing
            with requests.get(
                url + "/sparql", params={"query": rows}, headers=plain, stream=True, timeout=30
            ) as r:
                assert r.status_code == 200 and "Content-Length" not in r.headers
                for _ in r.iter_content(16384):
                    time.sleep(0.01)
        assert time.monotonic() - started < 20
        again = requests.get(url + "/sparql", params={"query": "ASK {}"}, timeout=10)
        assert again.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=15)
