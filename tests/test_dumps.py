"""Dumps: made at build time, each loaded into a fresh store is isomorphic to
the served store; checksums, ETag, Last-Modified, ranges; nothing outside
the manifest is served; ``ckg dump --all`` writes the same files."""

from __future__ import annotations

import gzip
import hashlib
import re
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from cli import main
from kg import store as kgstore
from kg.dump import DUMP_FORMATS, read_manifest
from kg.dump import MANIFEST as MANIFEST_NAME
from kg.formats import by_name


def get(client, url: str, **kwargs):  # type: ignore[no-untyped-def]
    """A response read to the end and closed (files are sent as streams)."""
    response = client.get(url, **kwargs)
    _ = response.data
    response.close()
    return response


def rdflib_graph(triples: list[ox.Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    return graph


def assert_isomorphic(expected: rdflib.Graph, got: rdflib.Graph, what: str) -> None:
    if isomorphic(expected, got):
        return
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    missing = "\n".join(sorted(only_expected.serialize(format="nt").splitlines())[:20])
    extra = "\n".join(sorted(only_got.serialize(format="nt").splitlines())[:20])
    pytest.fail(
        f"{what} differs from the store\nmissing from the dump:\n{missing}\nextra in the dump:\n{extra}"
    )


@pytest.fixture(scope="module")
def served(store_path: Path) -> ox.Store:
    return kgstore.current(store_path).open()


def union(oxi: ox.Store) -> list[ox.Triple]:
    return list(oxi.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True))


def by_graph(oxi: ox.Store) -> dict[str, list[ox.Triple]]:
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in oxi:
        name = str(quad.graph_name)
        graphs.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return graphs


def test_the_build_made_every_dump_format(store_path: Path) -> None:
    files = read_manifest(kgstore.current(store_path).path / "dumps")
    assert sorted(f.format for f in files) == sorted(DUMP_FORMATS)


@pytest.mark.parametrize("fmt", DUMP_FORMATS)
def test_dump_loaded_into_a_fresh_store_is_isomorphic(client, served: ox.Store, fmt: str) -> None:
    listing = get(client, "/dumps/?format=json").get_json()
    entry = next(f for f in listing["files"] if f["format"] == fmt)
    response = get(client, f"/dumps/{entry['file']}")
    assert response.status_code == 200
    body = response.data
    assert hashlib.sha256(body).hexdigest() == entry["sha256"] == response.headers["ETag"].strip('"')
    assert len(body) == entry["bytes"]
    chosen = by_name(fmt)
    assert chosen.rdf is not None
    fresh = ox.Store()
    fresh.load(gzip.decompress(body), format=chosen.rdf)
    if chosen.kind == "dataset":
        assert len(fresh) == len(served) == entry["triples"]
        expected, got = by_graph(served), by_graph(fresh)
        assert sorted(expected) == sorted(got), "the same named graphs"
        for name in expected:
            assert_isomorphic(rdflib_graph(expected[name]), rdflib_graph(got[name]), f"{fmt} graph {name}")
    else:
        expected_graph = rdflib_graph(union(served))
        got_graph = rdflib_graph(list(fresh))
        assert len(got_graph) == entry["triples"]
        assert_isomorphic(expected_graph, got_graph, f"{fmt} dump")


def test_files_answer_ranges_and_conditional_requests(client) -> None:
    entry = get(client, "/dumps/?format=json").get_json()["files"][0]
    url = f"/dumps/{entry['file']}"
    whole = get(client, url)
    assert whole.headers["Accept-Ranges"] == "bytes"
    assert whole.headers["Last-Modified"] and whole.mimetype == "application/gzip"
    part = get(client, url, headers={"Range": "bytes=10-109"})
    assert part.status_code == 206
    assert part.data == whole.data[10:110]
    assert part.headers["Content-Range"] == f"bytes 10-109/{entry['bytes']}"
    again = get(client, url, headers={"If-None-Match": whole.headers["ETag"]})
    assert again.status_code == 304
    since = get(client, url, headers={"If-Modified-Since": whole.headers["Last-Modified"]})
    assert since.status_code == 304


@pytest.mark.parametrize(
    "path",
    [
        "/dumps/../build.json",
        "/dumps/..%2Fbuild.json",
        "/dumps/%2e%2e%2fbuild.json",
        "/dumps/..%5Cbuild.json",
        "/dumps/dumps.json",
        "/dumps/caucasus-kg.ttl.gz.part",
        "/dumps/%2Fetc%2Fpasswd",
        "/dumps/....//build.json",
    ],
)
def test_nothing_outside_the_manifest_is_served(client, path: str) -> None:
    response = get(client, path)
    assert response.status_code == 404
    assert b'"report"' not in response.data and b"root:" not in response.data


def test_index_page_lists_sizes_counts_and_checksums(client, served: ox.Store) -> None:
    html = get(client, "/dumps/", headers={"Accept": "text/html"}).get_data(as_text=True)
    listing = get(client, "/dumps/", headers={"Accept": "application/json"}).get_json()
    for entry in listing["files"]:
        assert f'href="/dumps/{entry["file"]}"' in html and entry["sha256"] in html
    quads = next(f for f in listing["files"] if f["format"] == "nq")
    assert quads["triples"] == len(served)


def test_ckg_dump_all_writes_the_same_files(runner, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "dumps"
    result = runner.invoke(main, ["dump", "--all", "-o", str(out), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    built = {f.file: f for f in read_manifest(kgstore.current(store_path).path / "dumps")}
    written = {f.file: f for f in read_manifest(out)}
    assert sorted(built) == sorted(written)
    build_folder = kgstore.current(store_path).path / "dumps"
    for name, entry in written.items():
        assert entry.triples == built[name].triples
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == entry.sha256
        if entry.format == "nq":  # the build's own text against a scan of the store: the same
            # lines (but for the labels of the ontology's blank nodes, fresh in the store)

            def lines(path: Path) -> list[bytes]:
                text = gzip.decompress(path.read_bytes())
                return sorted(re.sub(rb"_:[A-Za-z0-9]+", b"_:b", text).splitlines())

            assert lines(out / name) == lines(build_folder / name), f"{name}: the same quads"
            continue
        # The others are written from parsed text (fresh blank node labels), the build's from
        # its own text, ``ckg dump``'s from a scan: the same graphs, not always the same bytes.
        rdf = by_name(entry.format).rdf
        assert rdf is not None
        ours, theirs = ox.Store(), ox.Store()
        ours.load(gzip.decompress((out / name).read_bytes()), format=rdf)
        theirs.load(gzip.decompress((build_folder / name).read_bytes()), format=rdf)
        mine, built_graphs = by_graph(ours), by_graph(theirs)
        assert sorted(mine) == sorted(built_graphs)
        for graph in mine:
            assert_isomorphic(rdflib_graph(built_graphs[graph]), rdflib_graph(mine[graph]), f"{name} {graph}")


def test_ckg_dump_all_needs_a_folder(runner, store_path: Path) -> None:
    result = runner.invoke(main, ["dump", "--all", "--store", str(store_path)])
    assert result.exit_code != 0 and "-o DIR" in result.output


def test_rdflib_reads_the_jsonld_dump(client) -> None:
    entry = next(f for f in get(client, "/dumps/?format=json").get_json()["files"] if f["format"] == "jsonld")
    graph = rdflib.Graph()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        graph.parse(data=gzip.decompress(get(client, f"/dumps/{entry['file']}").data), format="json-ld")
    assert len(graph) == entry["triples"]


def test_ckg_load_makes_the_dumps_and_counts_again(runner, tmp_path: Path) -> None:
    from kg.build import build
    from kg.settings import Settings

    root = tmp_path / "store"
    build(None, Settings.load(environ={}, store=root))
    before = {f.format: f.triples for f in read_manifest(kgstore.current(root).path / "dumps")}
    extra = tmp_path / "extra.nt"
    extra.write_text(
        "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
        '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .\n',
        encoding="utf-8",
    )
    result = runner.invoke(
        main, ["load", str(extra), "--graph", "https://example.org/g", "--store", str(root)]
    )
    assert result.exit_code == 0, result.output
    build_now = kgstore.current(root)
    after = {f.format: f.triples for f in read_manifest(build_now.path / "dumps")}
    assert after["nq"] == before["nq"] + 2 and after["ttl"] == before["ttl"] + 2
    assert build_now.info()["void"]["triples"] == after["ttl"]


def test_gzip_sink_writes_a_multi_member_gzip_of_exactly_the_text(tmp_path: Path, monkeypatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from kg import dump as kgdump

    monkeypatch.setattr(kgdump, "BLOCK", 1000)  # many members from a small text
    text = b"".join(b'<http://example.org/s%d> <http://example.org/p> "%d" .\n' % (i, i) for i in range(700))
    written = []
    for chunk_size in (1, 333, 8192):  # pyoxigraph writes 8 kB at a time; the bytes must not depend on it
        target = tmp_path / f"out-{chunk_size}.gz"
        with ThreadPoolExecutor(max_workers=3) as pool, open(target, "wb") as raw:
            sink = kgdump.GzipSink(raw, pool)
            for start in range(0, len(text), chunk_size):
                sink.write(text[start : start + chunk_size])
            sink.close()
        body = target.read_bytes()
        assert body.count(b"\x1f\x8b\x08") >= len(text) // 1000, "one member per block"
        assert gzip.decompress(body) == text
        assert sink.lines == 700 and sink.bytes == len(body)
        assert sink.digest.hexdigest() == hashlib.sha256(body).hexdigest()
        written.append(body)
    assert written[0] == written[1] == written[2], "the same text gives the same bytes"
    empty = tmp_path / "empty.gz"
    with ThreadPoolExecutor(max_workers=1) as pool, open(empty, "wb") as raw:
        sink = kgdump.GzipSink(raw, pool)
        sink.close()
    assert gzip.decompress(empty.read_bytes()) == b"" and sink.lines == 0


def test_dump_of_one_format_is_gzipped_as_it_is_written(served: ox.Store, tmp_path: Path) -> None:
    from kg.dump import dump

    target = tmp_path / "one.ttl.gz"
    dump(served, "ttl", target)
    fresh = ox.Store()
    fresh.load(gzip.decompress(target.read_bytes()), format=ox.RdfFormat.TURTLE)
    assert len(fresh) == len(set(union(served)))
    assert list(tmp_path.iterdir()) == [target], "no uncompressed copy left behind"


def test_write_dumps_rejects_an_unknown_format_before_writing(served: ox.Store, tmp_path: Path) -> None:
    from kg.dump import write_dumps

    with pytest.raises(KeyError):
        write_dumps(served, tmp_path / "dumps", ("nq", "xml-ish"))
    assert not (tmp_path / "dumps").exists()


def test_write_dumps_of_one_graph_format_leaves_only_that_file(served: ox.Store, tmp_path: Path) -> None:
    from kg.dump import write_dumps

    files = write_dumps(served, tmp_path, ("ttl",))
    assert [f.file for f in files] == ["caucasus-kg.ttl.gz"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caucasus-kg.ttl.gz", "dumps.json"]
    fresh = ox.Store()
    fresh.load(gzip.decompress((tmp_path / "caucasus-kg.ttl.gz").read_bytes()), format=ox.RdfFormat.TURTLE)
    assert len(fresh) == files[0].triples == len(set(union(served)))


def test_void_totals_equal_the_direct_counts(served: ox.Store) -> None:
    from kg.describe import statistics

    def query(sparql: str):  # type: ignore[no-untyped-def]
        return served.query(sparql, use_default_graph_as_union=True)

    stats = statistics(query, "https://w3id.org/caucasus-kg/")
    direct = next(
        iter(
            query(
                "SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s2) (COUNT(DISTINCT ?o) AS ?o2)"
                " (COUNT(DISTINCT ?p) AS ?p2) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
            )
        )
    )
    assert stats["triples"] == int(direct["t"].value) == len(set(union(served)))
    assert stats["distinctSubjects"] == int(direct["s2"].value)
    assert stats["distinctObjects"] == int(direct["o2"].value)
    assert stats["properties"] == int(direct["p2"].value)


def test_void_entities_equal_the_direct_count(served: ox.Store) -> None:
    from kg.describe import statistics

    base = "https://w3id.org/caucasus-kg/"
    stats = statistics(lambda sparql: served.query(sparql, use_default_graph_as_union=True), base)  # type: ignore[arg-type,return-value]
    subjects = {q.subject for q in served} | {t.subject for t in union(served)}
    expected = {s for s in subjects if isinstance(s, ox.NamedNode) and s.value.startswith(base + "id/")}
    assert stats["entities"] == len(expected) > 0


def parsed(path: Path, fmt: str) -> set[ox.Quad | ox.Triple]:
    """Every statement of a gzipped dump file, graph names kept for datasets."""
    chosen = by_name(fmt)
    assert chosen.rdf is not None
    return set(ox.parse(gzip.decompress(path.read_bytes()), format=chosen.rdf))


def blank(statement: ox.Quad | ox.Triple) -> bool:
    return any(isinstance(t, ox.BlankNode) for t in (statement.subject, statement.object))


def as_triple(statement: ox.Quad | ox.Triple) -> ox.Triple:
    """A dataset's statements with blank nodes are compared as triples: each
    document graph's blank nodes are its own, so the labels keep them apart."""
    return ox.Triple(statement.subject, statement.predicate, statement.object)


def test_dumps_without_the_in_memory_copy_equal_the_fast_path(
    served: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store above the threshold is dumped and counted from the scan's text
    and an external sort (bounded memory): the same statements in every file,
    the same manifest counts, the same VoID numbers as through the copy."""
    from kg import dump as kgdump
    from kg.describe import publish

    base = "https://w3id.org/caucasus-kg/"
    fast = publish(served, tmp_path / "fast", base)
    monkeypatch.setattr(kgdump, "IN_MEMORY_QUADS", 0)  # every store is "large" now
    calls: list[int | None] = []
    real = kgdump.write_dumps_and_copy

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        files, copy = real(*args, **kwargs)
        calls.append(None if copy is None else len(copy))
        return files, copy

    monkeypatch.setattr(kgdump, "write_dumps_and_copy", spy)
    bounded = publish(served, tmp_path / "bounded", base)
    assert calls == [None], "no in-memory copy above the threshold"
    assert bounded["void"] == fast["void"]
    assert bounded["void"]["triples"] > 0 and bounded["void"]["distinctObjects"] > 0
    keep = ("file", "format", "media_type", "kind", "triples")
    assert [{k: f[k] for k in keep} for f in bounded["dumps"]] == [
        {k: f[k] for k in keep} for f in fast["dumps"]
    ]
    for entry in fast["dumps"]:
        mine = parsed(tmp_path / "bounded" / "dumps" / entry["file"], entry["format"])
        theirs = parsed(tmp_path / "fast" / "dumps" / entry["file"], entry["format"])
        assert len(mine) == len(theirs), entry["format"]
        # Blank nodes may be labelled afresh by a format's writer or parser: the statements
        # without one must be the same, those with one the same up to their labels.
        assert {q for q in mine if not blank(q)} == {q for q in theirs if not blank(q)}, entry["format"]
        assert_isomorphic(
            rdflib_graph([as_triple(q) for q in theirs if blank(q)]),
            rdflib_graph([as_triple(q) for q in mine if blank(q)]),
            f"{entry['format']}, the statements with blank nodes,",
        )
        assert len(mine) == entry["triples"], entry["format"]
    left = sorted(p.name for p in (tmp_path / "bounded" / "dumps").iterdir())
    assert left == sorted([MANIFEST_NAME, *(f["file"] for f in fast["dumps"])]), "no scratch file left behind"


def test_sort_failure_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import dump as kgdump

    source = tmp_path / "lines"
    source.write_bytes(b"b\na\nb\n")
    kgdump.sort_unique(source, tmp_path / "sorted", tmp_path / "scratch")
    assert (tmp_path / "sorted").read_bytes() == b"a\nb\n"
    monkeypatch.setattr(kgdump, "SORT_BUFFER", "not-a-size")
    with pytest.raises(RuntimeError, match="sort failed"):
        kgdump.sort_unique(source, tmp_path / "again", tmp_path / "scratch")


def test_dump_of_a_graph_format_from_a_large_store_deduplicates_on_disk(
    served: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import dump as kgdump

    monkeypatch.setattr(kgdump, "IN_MEMORY_QUADS", 0)
    target = tmp_path / "one.nt.gz"
    kgdump.dump(served, "nt", target)
    lines = gzip.decompress(target.read_bytes()).splitlines()
    assert len(lines) == len(set(lines)) == len(set(union(served))) > 0
    assert lines == sorted(lines), "the union as sort -u leaves it"
    assert list(tmp_path.iterdir()) == [target], "no scratch left behind"
