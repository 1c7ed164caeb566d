"""The W3C SPARQL 1.1 Protocol and Service Description tests, run against
the real server (``ckg serve``) over a copy of the store into which the
tests' data was added with ``ckg load FILE --graph IRI``.

The manifests are read as RDF (the W3C HTTP vocabulary): every request is
sent as written (method, path, headers, body in its stated encoding), and
the answer is checked for its status class, its format and its boolean.
The ``update_*`` tests do not apply to a read-only endpoint and are
skipped; the ``bad_update_*`` tests stay in and must be refused (4xx).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from rdflib import RDF, Graph, Namespace
from rdflib.collection import Collection

W3C = Path(__file__).parent / "data" / "w3c-sparql11"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


def _manifest(name: str) -> tuple[Graph, list[Any]]:
    graph = Graph().parse(W3C / name / "manifest.ttl", format="turtle", publicID=f"file://{W3C / name}/")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    return graph, list(Collection(graph, graph.value(manifest, MF.entries)))


PROTOCOL, PROTOCOL_TESTS = _manifest("protocol")


def _short(test: Any) -> str:
    return str(test).rsplit("#", 1)[-1]


@pytest.fixture(scope="module")
def w3c_server(
    store_path: Path, tmp_path_factory: pytest.TempPathFactory, server_factory: Any
) -> Iterator[str]:
    """A copy of the session store, with the protocol tests' data loaded by ``ckg load``."""
    root = tmp_path_factory.mktemp("w3c") / "store"
    shutil.copytree(store_path, root, symlinks=True)
    loaded: set[tuple[str, str]] = set()
    for test in PROTOCOL_TESTS:
        for data in PROTOCOL.objects(test, UT.graphData):
            pair = (str(PROTOCOL.value(data, UT.graph)), str(PROTOCOL.value(data, RDFS.label)))
            if pair in loaded:
                continue
            loaded.add(pair)
            file = Path(pair[0].removeprefix("file://"))
            subprocess.run(
                [sys.executable, "-m", "kg", "load", str(file), "--graph", pair[1], "--store", str(root)],
                check=True,
                capture_output=True,
            )
    assert len(loaded) == 3
    process, url = server_factory(root)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def _check(response: requests.Response, expected: Any, where: str) -> None:
    statuses = {str(s).rsplit("StatusCode", 1)[-1][0] for s in PROTOCOL.objects(expected, MF.expectedStatus)}
    assert str(response.status_code)[0] in statuses, (
        f"{where}: status {response.status_code}, expected {sorted(statuses)}xx: {response.text[:300]}"
    )
    kind = PROTOCOL.value(expected, MF.expectedFormat)
    boolean = PROTOCOL.value(expected, MF.expectedBoolean)
    mimetype = response.headers.get("Content-Type", "").split(";")[0].strip()
    if kind is not None and str(kind) in ("boolean", "tabular"):
        assert mimetype in RESULT_TYPES, f"{where}: {mimetype} is not a SPARQL results format"
    if str(kind) == "RDF":
        assert mimetype in RDF_TYPES, f"{where}: {mimetype} is not an RDF format"
        Graph().parse(data=response.content, format=RDF_TYPES[mimetype])
    if str(kind) == "tabular" and RESULT_TYPES.get(mimetype) == "json":
        assert "bindings" in response.json()["results"]
    if boolean is not None:
        assert RESULT_TYPES[mimetype] == "json", f"{where}: boolean read from JSON only, got {mimetype}"
        assert response.json()["boolean"] is boolean.toPython(), f"{where}: {response.text}"


@pytest.mark.parametrize("test", PROTOCOL_TESTS, ids=_short)
def test_protocol(test: Any, w3c_server: str) -> None:
    name = _short(test)
    if name.startswith("update_"):
        pytest.skip("SPARQL Update: this endpoint is read-only")
    action = PROTOCOL.value(test, MF.action)
    for request in Collection(PROTOCOL, PROTOCOL.value(action, HT.requests)):
        path = str(PROTOCOL.value(request, HT.absolutePath)).replace("/sparql/", "/sparql", 1)
        headers: dict[str, str] = {}
        header_list = PROTOCOL.value(request, HT.headers)
        if header_list is not None:
            for header in Collection(PROTOCOL, header_list):
                headers[str(PROTOCOL.value(header, HT.fieldName))] = str(
                    PROTOCOL.value(header, HT.fieldValue)
                )
        body = None
        content = PROTOCOL.value(request, HT.body)
        if content is not None:
            encoding = str(PROTOCOL.value(content, CNT.characterEncoding) or "UTF-8")
            body = str(PROTOCOL.value(content, CNT.chars)).encode(encoding)
        method = str(PROTOCOL.value(request, HT.methodName))
        response = requests.request(method, w3c_server + path, headers=headers, data=body, timeout=30)
        _check(response, PROTOCOL.value(request, HT.resp), name)


SD_GRAPH, SD_TESTS = _manifest("service-description")


@pytest.mark.parametrize("test", SD_TESTS, ids=_short)
def test_service_description(test: Any, w3c_server: str) -> None:
    """The manifest names the three checks; their meaning is in the W3C
    document (GET on the endpoint returns RDF; it has ``sd:endpoint`` the
    endpoint's own IRI; it follows the SD vocabulary's schema)."""
    name = _short(test)
    endpoint = w3c_server + "/sparql"
    response = requests.get(endpoint, timeout=30)
    assert response.status_code == 200
    mimetype = response.headers["Content-Type"].split(";")[0]
    graph = Graph().parse(data=response.content, format=RDF_TYPES[mimetype], publicID=endpoint)
    services = list(graph.subjects(RDF.type, SD.Service))
    if name == "returns-rdf":
        assert len(graph) > 0 and mimetype in RDF_TYPES
    elif name == "has-endpoint-triple":
        assert any(str(graph.value(s, SD.endpoint)) == endpoint for s in services), graph.serialize()
    elif name == "conforms-to-schema":
        assert len(services) == 1
        service = services[0]
        languages = set(graph.objects(service, SD.supportedLanguage))
        assert languages and languages <= {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
        for fmt in graph.objects(service, SD.resultFormat):
            assert str(fmt).startswith("http://www.w3.org/ns/formats/")
        dataset = graph.value(service, SD.defaultDataset)
        assert (dataset, RDF.type, SD.Dataset) in graph
        for named in graph.objects(dataset, SD.namedGraph):
            assert graph.value(named, SD.name) is not None
            assert (named, RDF.type, SD.NamedGraph) in graph
    else:
        pytest.fail(f"unknown service-description test {name}")
    for fmt, parse_as in (("application/rdf+xml", "xml"), ("application/n-triples", "nt")):
        other = requests.get(endpoint, headers={"Accept": fmt}, timeout=30)
        assert other.headers["Content-Type"].startswith(fmt)
        assert len(Graph().parse(data=other.content, format=parse_as)) == len(graph)
