"""HTTP throughput and latency of the SPARQL endpoint, against its floor and
ceiling on the same data in the same run.

    python bench/bench_http.py [--duration 10] [--connections 8] [--write-docs]

Servers, each on a free port on 127.0.0.1, named ``APP@SERVER``:

- apps: ``ckg``, ours (the whole app, every safeguard on), and ``bare``, a bare
  Flask handler around pyoxigraph (the same store opened the same way): the
  floor Flask allows on that server;
- HTTP servers: ``granian`` (Rust, WSGI interface, keep-alive; what ``ckg
  serve`` runs: ``ckg`` alone means ``ckg serve`` itself), ``sync`` (gunicorn's
  sync workers, one connection per request: what ``ckg serve`` ran before) and
  ``gthread`` (gunicorn's threaded workers with keep-alive);
- ``oxigraph``: ``oxigraph serve-read-only`` (Rust, pip ``oxigraph``): the ceiling;
- ``rdflib-endpoint``: the Python peer (FastAPI + rdflib, pip
  ``rdflib-endpoint[cli]``, extra ``bench``), over an N-Quads dump of the store
  (not in the default list: it takes seconds per query).

Every server gets ``--workers`` processes and writes an access log.

Data: the bundled corpus built with ``ckg build``, plus a synthetic graph of
``--triples`` triples added with ``ckg load`` (so a 10,000-row SELECT exists).
Queries: a small SELECT (6 rows, SPARQL JSON), a CONSTRUCT (200 triples,
Turtle), a 10,000-row SELECT (SPARQL JSON).  Load: ``wrk`` (Debian) at
``--connections`` connections for ``--duration`` seconds per cell, or, when
wrk is missing, a bounded threaded Python client.  Ratios are against the
bare handler (and, for the 10k SELECT, Oxigraph) measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
GRAPH = "https://w3id.org/caucasus-kg/graph/bench"
PREFIX = "PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#>\n"

QUERIES = {
    "small SELECT": (
        PREFIX + "SELECT ?s WHERE { GRAPH ?g { ?s a ckg:State } } LIMIT 6",
        "application/sparql-results+json",
    ),
    "CONSTRUCT": (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} LIMIT 200",
        "text/turtle",
    ),
    "10k-row SELECT": (
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} LIMIT 10000",
        "application/sparql-results+json",
    ),
}


@dataclass
class Cell:
    rps: float
    p50: float  # ms
    p99: float  # ms
    errors: int
    requests: int = 0
    cpu_us: float = 0.0  # the server's CPU time per request (its processes, children included)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ckg(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "kg", *args], check=True, capture_output=True)


def prepare(work: Path, triples: int) -> tuple[Path, Path, Path]:
    """The store (bundled corpus + a synthetic graph), its oxigraph directory, and an N-Quads dump."""
    store = work / "store"
    ckg("build", "--store", str(store))
    data = work / "bench.nt"
    with open(data, "w", encoding="utf-8") as out:
        for i in range(triples):
            s = f"<https://w3id.org/caucasus-kg/id/bench/{i // 5}>"
            p = f"<https://w3id.org/caucasus-kg/ontology#benchProperty{i % 5}>"
            out.write(f'{s} {p} "value {i}"@en .\n')
    ckg("load", str(data), "--graph", GRAPH, "--store", str(store))
    dump = work / "dump.nq"
    ckg("dump", "--format", "nq", "--store", str(store), "-o", str(dump))
    sys.path.insert(0, str(ROOT))
    from kg import store as kgstore

    return store, kgstore.current(store).oxigraph_path, dump


BARE_APP = """
import os
from pathlib import Path
import pyoxigraph as ox
from flask import Flask, Response, request
from kg import store as kgstore

def bare_app():
    app = Flask("bare")
    store = kgstore.current(Path(os.environ["CKG_BENCH_STORE"])).open()
    if os.environ.get("CKG_BENCH_ACCESS_LOG"):  # under granian: the access log ours writes
        from server.accesslog import AccessLog

        app.wsgi_app = AccessLog(app.wsgi_app)

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql():
        result = store.query(request.values["query"], use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            return Response(result.serialize(format=ox.RdfFormat.TURTLE), mimetype="text/turtle")
        body = result.serialize(format=ox.QueryResultsFormat.JSON)
        return Response(body, mimetype="application/sparql-results+json")

    return app
"""


def start(
    name: str, store: Path, oxigraph_dir: Path, dump: Path, workers: int, work: Path
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "CKG_BENCH_STORE": str(store),
        "CKG_STORE": str(store),
        "CKG_PORT": str(port),
        "CKG_WORKERS": str(workers),
        "PYTHONPATH": f"{work}{os.pathsep}{ROOT}",
    }
    app, _, server = name.partition("@")
    target = {"ckg": "server:create_app()", "bare": "bare_handler:bare_app()"}.get(app, "")
    gunicorn = [
        sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
        "--timeout", "60", "--graceful-timeout", "10",
        "--access-logfile", "-", "--error-logfile", "-", "--log-level", "info",  # as server/wsgi.py
    ]  # fmt: skip
    (work / "bare_handler.py").write_text(BARE_APP)
    if name == "ckg":  # ours as it is served: ckg serve (granian)
        cmd = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    elif name == "ckg@sync":  # ours as it was served: gunicorn's sync workers
        cmd = [sys.executable, "-c", "from kg.settings import Settings; "
               "from server.wsgi import serve_gunicorn; serve_gunicorn(Settings.load())"]  # fmt: skip
    elif server == "sync":
        cmd = [*gunicorn, "--worker-class", "sync", target]
    elif server == "gthread":  # keep-alive; one thread, so that our watchdog (one query a worker) holds
        cmd = [*gunicorn, "--worker-class", "gthread", "--threads", "1", "--keep-alive", "5", target]
    elif server == "granian":  # as ckg serve runs it (server/wsgi.py: its sockets, its access log)
        env["CKG_BENCH_ACCESS_LOG"] = "1"
        cmd = [sys.executable, "-c", "from server.wsgi import granian; "
               f"granian({target.removesuffix('()')!r}, "
               f"'127.0.0.1', {port}, {workers}).serve()"]  # fmt: skip
    elif name == "oxigraph":
        cmd = [str(BIN / "oxigraph"), "serve-read-only", "--location", str(oxigraph_dir),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph"]  # fmt: skip
    elif name == "rdflib-endpoint":
        cmd = [str(BIN / "rdflib-endpoint"), "serve", str(dump), "--host", "127.0.0.1", "--port", str(port)]
    else:
        raise ValueError(name)
    log = open(work / f"{name}.log", "wb")  # noqa: SIM115 - the server writes it until stopped
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=work)
    url = f"http://127.0.0.1:{port}/" if name == "rdflib-endpoint" else f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {(work / f'{name}.log').read_text(errors='replace')[-2000:]}")
        try:
            ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
            with urllib.request.urlopen(f"{url}?{ask}", timeout=2) as r:
                if r.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{name} did not answer within 120 s")


def check(url: str, query: str, accept: str) -> int:
    """One request, to see the server answers this query: the size of the body."""
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept}
    )
    with urllib.request.urlopen(request, timeout=120) as r:
        assert r.status == 200, (url, r.status)
        return len(r.read())


def run_wrk(url: str, accept: str, connections: int, duration: float) -> Cell:
    out = subprocess.run(
        ["wrk", "-t", "1", "-c", str(connections), "-d", f"{max(1, round(duration))}s",  # whole seconds only
         "--latency", "--timeout", "30s",
         "-H", f"Accept: {accept}", url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            raise RuntimeError(f"wrk output without {label}: {out}")
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket_errors:
        errors += sum(int(x) for x in socket_errors.groups())
    done = re.search(r"(\d+) requests in", out)
    return Cell(rps, ms("50%"), ms("99%"), errors, int(done.group(1)) if done else 0)


def run_python(url: str, accept: str, connections: int, duration: float) -> Cell:
    """The fallback load generator: ``connections`` threads, keep-alive, bounded by time."""
    import http.client

    parts = urllib.parse.urlsplit(url)
    latencies: list[float] = []
    errors = [0]
    end = time.monotonic() + duration
    lock = threading.Lock()

    def worker() -> None:
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
        mine = []
        while time.monotonic() < end:
            start = time.perf_counter()
            conn.request("GET", f"{parts.path}?{parts.query}", headers={"Accept": accept})
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status != 200:
                errors[0] += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return Cell(
        len(latencies) / duration, statistics.median(latencies) * 1000, p99 * 1000, errors[0], len(latencies)
    )


def cpu_seconds(process: subprocess.Popen[bytes]) -> float:
    """CPU time used so far by a server: its process and its direct children (gunicorn's workers).

    Unlike requests per second it hardly moves when other work shares the machine."""
    pids = [process.pid]
    try:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        pids += [int(child) for child in children]
    except OSError:
        pass
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a worker that just ended
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


LOAD_BEFORE = os.getloadavg()
NOTES = [
    "",
    "Notes:",
    "",
    "- Why granian: on the same app the floor is the HTTP server, not our code. gunicorn's sync workers",
    "  take one connection per request and parse it in Python; gthread keeps connections alive but still",
    "  parses and dispatches in Python; granian parses HTTP in Rust (hyper), keeps connections alive and",
    "  calls the WSGI app on a thread of its own. Others on PyPI were not taken: uWSGI builds from C source",
    "  and is in maintenance mode; bjoern (2022) and meinheld (2020) are unmaintained.",
    "- Safeguards under granian (server/sparql/limits.py, ThreadGuard): the query runs on a thread of",
    "  its own while the request thread keeps time and answers the 503 itself (under gunicorn the",
    "  watchdog wrote it on the socket); the overrunning worker has new connections steered to the",
    "  others, finishes its requests in flight, stops accepting and exits, and granian starts a fresh",
    "  one, which takes over its listening socket (held by the main process: server/listeners.py), so",
    "  no connection queued there is lost. A reading answered within 0.1 s before is run in place,",
    "  under a monitor thread, without the hand-over to the query thread.",
    "- The fast path (server/sparql/fast.py): a GET whose reading (query string and Accept) Flask's path",
    "  screened, negotiated and answered quickly before is answered again in front of Flask, with the",
    "  same bytes and headers (tests/test_server_fastpath.py compares them); the rest goes through Flask.",
    "- The access log (server/accesslog.py) is written in batches by a thread: granian's own, through",
    "  Python's logging, cost 85 µs of CPU a request. The bare handler on granian gets the same log and",
    "  the same server settings (its sockets, threads); under gunicorn both write gunicorn's.",
    "- The bare handlers are fair floors: the same server settings (workers, access log, threads), the",
    "  store opened read-only the same way, pyoxigraph's own serialisers. They send 2 headers where ours",
    "  sends 12 (CORS, caching, security).",
    "- 10k-row SELECT: its 2.2 MB answer is under the 4 MiB buffer and is sent whole. Larger answers are",
    "  streamed (server/sparql/results.py): counted first, so the row-limit header stays exact, then",
    "  written in 64 KiB pieces; memory stays bounded.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=12.0, help="seconds of load per cell")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds the duration is split into")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="gunicorn workers (ours and bare)"
    )
    parser.add_argument("--triples", type=int, default=20000, help="size of the synthetic graph")
    parser.add_argument(
        "--servers", default="ckg,bare@granian,ckg@sync,bare@sync,ckg@gthread,bare@gthread,oxigraph"
    )
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="replace the '## HTTP endpoint' section of docs/benchmarks.md",
    )
    args = parser.parse_args()
    load = run_wrk if shutil.which("wrk") else run_python
    servers = args.servers.split(",")
    with tempfile.TemporaryDirectory(prefix="ckg-bench-http-") as tmp:
        work = Path(tmp)
        print(f"preparing data in {work} ...", file=sys.stderr)
        store, oxigraph_dir, dump = prepare(work, args.triples)
        results: dict[tuple[str, str], Cell] = {}
        running: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
        try:
            for name in servers:  # all up at once, idle when not measured
                running[name] = start(name, store, oxigraph_dir, dump, args.workers, work)
            for label, (query, accept) in QUERIES.items():
                rounds: dict[str, list[Cell]] = {name: [] for name in servers}
                for name in servers:
                    url = running[name][1]
                    size = check(url, query, accept)
                    print(f"{name:16} {label:15} answers {size} bytes", file=sys.stderr)
                    load(f"{url}?{urllib.parse.urlencode({'query': query})}", accept, args.connections, 1.0)
                # interleaved rounds, so that load from elsewhere on the machine falls on all alike;
                # one long round for answers that take seconds (wrk counts only finished ones)
                count = 1 if label.startswith("10k") else args.rounds
                for _ in range(count):
                    for name in servers:
                        target = f"{running[name][1]}?{urllib.parse.urlencode({'query': query})}"
                        before = cpu_seconds(running[name][0])
                        cell = load(target, accept, args.connections, args.duration / count)
                        used = cpu_seconds(running[name][0]) - before
                        cell.cpu_us = used / cell.requests * 1e6 if cell.requests else 0.0
                        rounds[name].append(cell)
                for name in servers:
                    cells = rounds[name]
                    cell = Cell(
                        statistics.fmean(c.rps for c in cells),
                        statistics.median(c.p50 for c in cells),
                        statistics.median(c.p99 for c in cells),
                        sum(c.errors for c in cells),
                        sum(c.requests for c in cells),
                        statistics.median(c.cpu_us for c in cells),
                    )
                    results[(name, label)] = cell
                    print(
                        f"{name:16} {label:15} {cell.rps:9.1f} req/s  p50 {cell.p50:7.2f} ms  "
                        f"p99 {cell.p99:7.2f} ms  errors {cell.errors}  CPU {cell.cpu_us:8.0f} us/request",
                        file=sys.stderr,
                    )
        finally:
            for process, _ in running.values():
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
    table = report(results, servers, args, load.__name__)
    print(table)
    if args.write_docs:
        write_docs(table)


def report(
    results: dict[tuple[str, str], Cell], servers: list[str], args: argparse.Namespace, tool: str
) -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lscpu() if line.startswith("Model name")),
        platform.processor(),
    )
    generator = "wrk" if tool == "run_wrk" else "a threaded Python client"
    lines = [
        "## HTTP endpoint",
        "",
        f"Machine: {os.cpu_count()} cores, {cpu}; load by {generator} "
        f"on the same machine, {args.connections} connections, {args.duration:g} s per cell in {args.rounds} "
        "rounds interleaved across the servers (one round for the 10k-row SELECT; req/s: mean; p50, p99: "
        "median of the rounds); "
        f"{args.workers} worker processes for every server; load average "
        f"{LOAD_BEFORE[0]:.1f} when the run began (other work shares the machine: compare ratios, "
        "not absolute figures). CPU µs/request: the CPU time the server's processes used per answered "
        "request, read from /proc (median of the rounds; it moves much less than requests/s when other "
        "work shares the cores). `ckg` is `ckg serve` (granian); `X@sync`, `X@gthread`: under gunicorn's "
        "sync / gthread workers; `bare@Y`: the bare handler on server Y. Command:",
        "",
        "    .venv/bin/python bench/bench_http.py --write-docs",
        "",
        "| query | server | requests/s | p50 ms | p99 ms | errors | vs bare, same server | vs Oxigraph "
        "| CPU µs/request |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label in QUERIES:
        oxi = results.get(("oxigraph", label))
        for name in servers:
            cell = results[(name, label)]
            bare = results.get((bare_of(name), label)) if bare_of(name) != name else None
            vs_bare = f"{cell.rps / bare.rps:.0%}" if bare and bare.rps > 0 else ""
            vs_oxi = f"{cell.rps / oxi.rps:.0%}" if oxi and oxi.rps > 0 else ""
            if cell.rps == 0:
                lines.append(f"| {label} | {name} | none finished in {args.duration:g} s | | | | | | |")
                continue
            rps = f"{cell.rps:,.0f}" if cell.rps >= 100 else f"{cell.rps:.1f}"
            lines.append(
                f"| {label} | {name} | {rps} | {cell.p50:.2f} | {cell.p99:.2f} | {cell.errors} "
                f"| {vs_bare} | {vs_oxi} | {cell.cpu_us:,.0f} |"
            )
    lines.append("")
    return "\n".join(lines + targets(results, args) + NOTES) + "\n"


def bare_of(name: str) -> str:
    """The bare handler on the same HTTP server as ``name``."""
    if name == "ckg":
        return "bare@granian"
    app, _, server = name.partition("@")
    return f"bare@{server}" if app == "ckg" else name


def targets(results: dict[tuple[str, str], Cell], args: argparse.Namespace) -> list[str]:
    """Issue 14's targets, judged on this run."""
    out = []

    def get(name: str, label: str) -> Cell | None:
        cell = results.get((name, label))
        return cell if cell is not None and cell.rps > 0 else None

    ours, before, oxi = (
        get("ckg", "small SELECT"),
        get("ckg@sync", "small SELECT"),
        get("oxigraph", "small SELECT"),
    )
    if ours and before:
        ratio = ours.rps / before.rps
        out.append(
            f"- small SELECT, ours (granian) / ours under gunicorn sync: {ratio:.2f}× "
            f"(target ≥ 2×: {'met' if ratio >= 2 else 'MISSED'}); CPU per request {ours.cpu_us:,.0f} µs "
            f"against {before.cpu_us:,.0f}"
        )
    if ours and oxi:
        ratio = ours.rps / oxi.rps
        out.append(
            f"- small SELECT, ours / Oxigraph: {ratio:.0%} "
            f"(target ≥ 25 %: {'met' if ratio >= 0.25 else 'MISSED'})"
        )
    for label in QUERIES:
        o, b = get("ckg", label), get("bare@granian", label)
        if o and b and b.p99 > 0:
            met = "met" if o.p99 <= 2 * b.p99 else "MISSED"
            out.append(f"- {label}, p99 ours / bare on granian: {o.p99 / b.p99:.2f}× (target ≤ 2×: {met})")
    for label in ("CONSTRUCT", "10k-row SELECT"):
        o, b = get("ckg", label), get("ckg@sync", label)
        if o and b:
            if min(o.requests, b.requests) < 30:
                out.append(
                    f"- {label}: not judged, fewer than 30 answers finished (the machine was too busy)"
                )
                continue
            ratio = o.rps / b.rps
            out.append(
                f"- {label}, ours (granian) / ours under gunicorn sync: {ratio:.2f}× "
                f"(target: no worse: {'met' if ratio >= 0.95 else 'MISSED'}; CPU {o.cpu_us:,.0f} µs against "
                f"{b.cpu_us:,.0f})"
            )
    return out


def _lscpu() -> list[str]:
    try:
        return subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return []


def write_docs(section: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## HTTP endpoint\n.*?(?=^##? |^### |\Z)", re.M | re.S)  # the history below stays
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
