"""``ckg publish`` and ``ckg serve --backend`` against two real triple stores,
started on loopback by the tests: Oxigraph's server (pip ``oxigraph``) and
Virtuoso Open Source (Debian ``virtuoso-opensource``).

The graphs of the session store are pushed over the Graph Store Protocol,
each named graph must arrive whole, and our endpoint served on top of each
remote must answer the competency questions exactly as it does over the
local store, with the same safety rules."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from click.testing import CliRunner

from cli import main
from kg import store as kgstore
from kg.publish import PublishError, publish

pytestmark = pytest.mark.timeout(300)

# Competency questions beyond kg/queries: provenance, Wikidata links, inferred classes.
EXTRA_QUESTIONS = {
    "mediator-class": "SELECT DISTINCT ?agent WHERE { ?agent a ckg:Mediator }",
    "participants": "SELECT DISTINCT ?event ?agent WHERE { ?event ckg:participant ?agent }",
    "leaders": "SELECT DISTINCT ?person ?state WHERE { ?person ckg:leaderOf ?state }",
    "located": "SELECT DISTINCT ?place ?in WHERE { ?place ckg:locatedIn ?in }",
    "wikidata": "SELECT DISTINCT ?x ?item WHERE { ?x owl:sameAs ?item }",
    "sources": "SELECT DISTINCT ?doc WHERE { ?st prov:wasDerivedFrom ?s . ?s nif:referenceContext ?doc }",
}


def competency_questions() -> dict[str, str]:
    from kg.queries import competency

    return {**{q.id: q.sparql for q in competency()}, **EXTRA_QUESTIONS}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            requests.get(url, timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s: {log.read_text(errors='replace')[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    if binary is None:
        pytest.fail("the oxigraph server is missing: pip install oxigraph (it is in the test extra)")
    folder = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = folder / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query?query=ASK%7B%7D", process, log)
        yield {"name": "oxigraph", "gsp": base + "/store", "sparql": base + "/query"}
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Virtuoso is missing: .ci/setup installs virtuoso-opensource with apt")
        pytest.skip("Virtuoso Open Source is not installed (apt install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    log = folder / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)], stdout=out, stderr=subprocess.STDOUT, cwd=folder
        )
    base = f"http://127.0.0.1:{http}"
    try:
        wait_for(base + "/sparql?query=ASK%7B%7D", process, log)
        # The Graph Store endpoint writes as the anonymous user SPARQL: let it, on this
        # throwaway loopback instance only.
        grant = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
        subprocess.run(
            [isql, f"127.0.0.1:{sql}", "dba", "dba", f"exec={grant}"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield {"name": "virtuoso", "gsp": base + "/sparql-graph-crud", "sparql": base + "/sparql"}
    finally:
        stop(process)


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def remote(request: pytest.FixtureRequest, store_path: Path) -> dict[str, str]:
    """A real triple store holding every graph of the session store, published by ``ckg publish``."""
    server: dict[str, str] = request.getfixturevalue(f"{request.param}_server")
    result = CliRunner().invoke(main, ["publish", "--to", server["gsp"], "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "graphs" in result.output and "failed" not in result.output
    return server


def count(sparql_url: str, graph: str) -> int:
    response = requests.post(
        sparql_url,
        data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    response.raise_for_status()
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_every_graph_arrives_whole(remote: dict[str, str], store_path: Path) -> None:
    oxi = kgstore.current(store_path).open()
    graphs = [g.value for g in oxi.named_graphs()]
    assert len(graphs) >= 4
    for graph in graphs:
        local = sum(1 for _ in oxi.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        assert count(remote["sparql"], graph) == local, graph


def test_publishing_again_replaces_rather_than_adds(remote: dict[str, str], store_path: Path) -> None:
    oxi = kgstore.current(store_path).open()
    graph = next(g.value for g in oxi.named_graphs() if g.value.endswith("/inferred"))
    before = count(remote["sparql"], graph)
    results = publish(store_path, remote["gsp"])
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    assert {r.graph for r in results} == {g.value for g in oxi.named_graphs()}
    assert all(r.status in (200, 201, 204) for r in results)
    assert count(remote["sparql"], graph) == before


def start_ckg(store: Path, *flags: str) -> tuple[subprocess.Popen[bytes], str]:
    """``ckg serve`` (gunicorn, 2 workers) on a free loopback port, once it answers."""
    port = free_port()
    log = Path(f"{store}.publish-{port}.log")
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*command, "--workers", "2", *flags],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/health", process, log)
    except BaseException:
        stop(process)
        raise
    return process, url


@pytest.fixture(scope="module")
def served_pair(remote: dict[str, str], store_path: Path) -> Iterator[tuple[str, str]]:
    """Our endpoint over the local store, and over the remote (``ckg serve --backend``)."""
    local, local_url = start_ckg(store_path)
    try:
        backed, backed_url = start_ckg(store_path, "--backend", remote["sparql"])
    except BaseException:
        stop(local)
        raise
    try:
        yield local_url, backed_url
    finally:
        for process in (local, backed):
            stop(process)


def answers(base: str, query: str) -> set[tuple[tuple[str, str], ...]]:
    response = requests.post(
        base + "/sparql",
        data={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    return {tuple(sorted((k, canonical(v)) for k, v in row.items())) for row in rows}


def canonical(term: dict[str, str]) -> str:
    """A value as both stores can agree on it.  Two differences the SPARQL
    standard allows or Virtuoso makes are evened out: GROUP_CONCAT joins in
    no set order, so its parts are sorted; Virtuoso binds ``EXISTS`` to the
    integers 1 and 0 where Oxigraph binds ``true`` and ``false``."""
    value = term["value"]
    if term.get("datatype") == "http://www.w3.org/2001/XMLSchema#boolean":
        return {"true": "1", "false": "0"}.get(value, value)
    if term["type"] == "literal" and " " in value and value.startswith("http"):
        return " ".join(sorted(value.split(" ")))
    return value


@pytest.mark.parametrize("name", sorted(competency_questions()))
def test_competency_questions_answer_the_same_through_the_remote(
    name: str, served_pair: tuple[str, str]
) -> None:
    local_url, backed_url = served_pair
    query = competency_questions()[name]
    expected = answers(local_url, query)
    assert answers(backed_url, query) == expected


def test_the_backend_keeps_the_safety_rules(served_pair: tuple[str, str]) -> None:
    _, backed_url = served_pair
    for query in (
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    ):
        response = requests.post(backed_url + "/sparql", data={"query": query}, timeout=30)
        assert response.status_code == 403, response.text
    response = requests.post(backed_url + "/sparql", data={"update": "CLEAR ALL"}, timeout=30)
    assert response.status_code == 403


def test_a_bad_query_is_the_clients_fault_through_the_backend(served_pair: tuple[str, str]) -> None:
    _, backed_url = served_pair
    response = requests.post(backed_url + "/sparql", data={"query": "SELECT * WHERE { ?s ?p }"}, timeout=30)
    assert response.status_code == 400, response.text


def test_construct_and_ask_through_the_backend(served_pair: tuple[str, str]) -> None:
    _, backed_url = served_pair
    response = requests.post(
        backed_url + "/sparql",
        data={"query": "CONSTRUCT { ?m ckg:mediatedBy ?x } WHERE { ?m ckg:mediatedBy ?x }"},
        headers={"Accept": "application/n-triples"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert "mediatedBy" in response.text
    response = requests.get(backed_url + "/sparql", params={"query": "ASK { ?a a ckg:Mediator }"}, timeout=30)
    assert response.json()["boolean"] is True


def test_publish_says_clearly_when_the_target_is_wrong(
    oxigraph_server: dict[str, str], store_path: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    closed = f"http://127.0.0.1:{free_port()}/store"
    result = runner.invoke(main, ["publish", "--to", closed, "--store", str(store_path)])
    assert result.exit_code == 1
    assert "no answer" in result.output and closed in result.output
    result = runner.invoke(main, ["publish", "--to", "ftp://example.org/x", "--store", str(store_path)])
    assert result.exit_code == 1 and "http(s) URL" in result.output
    with pytest.raises(PublishError, match="Graph Store"):
        publish(store_path, oxigraph_server["sparql"].replace("/query", "/nothing-here"))
    result = runner.invoke(
        main, ["publish", "--to", oxigraph_server["gsp"], "--store", str(tmp_path / "none")]
    )
    assert result.exit_code == 1 and "no store" in result.output
