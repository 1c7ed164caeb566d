"""Load test: many concurrent clients against a real ``ckg serve`` on loopback.

    python bench/load_test.py                      # 16 clients, 60 s, on the bundled corpus
    python bench/load_test.py --duration 10 --json out.json
    python bench/load_test.py --url http://127.0.0.1:5000   # an already running server

The clients mix small SELECTs, large results (every quad of the store), page
views (/id/ pages, /ontology, /timeline), dump downloads, and, from one
client, queries that run into the time limit (the deliberate 503).  Before
the load, one client alone measures the small query as the baseline, and
the report gives the loaded figures as ratios of it.

Pass criteria (the exit status is 1 when one fails): no unintended error
(any 5xx other than the 503 of a query stopped at the time limit, any
connection failure), p99 of the small queries under ``--p99-ms`` (100), and
the RSS of a server worker flat (the mean over the workers): the median of the last fifth of the
run within ``--rss-growth`` (25 %) of the median of the second fifth.
Bounded: loopback only, a fixed duration, a fixed number of clients.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import requests

SMALL = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 5"
LARGE = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
    "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }"
)
MIX = [("small", 60), ("large", 8), ("page", 20), ("dump", 12)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(store: Path, workers: int, timeout: float, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg",
                "serve",
                "--store",
                str(store),
                "--port",
                str(port),
                "--workers",
                str(workers),
                "--query-timeout",
                str(timeout),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"ckg serve exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if requests.get(url + "/health", timeout=2).status_code == 200:
                return process, url
        except requests.RequestException:
            time.sleep(0.2)
    process.kill()
    process.wait()
    raise SystemExit("ckg serve did not answer within 120 s")


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def master_pid(serve_pid: int) -> int:
    """``ckg serve`` runs gunicorn's master in its own process: the workers are its children."""
    return serve_pid


class Run:
    def __init__(self, url: str, seed: int) -> None:
        self.url = url
        self.rng = random.Random(seed)
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: Counter[tuple[str, int]] = Counter()
        self.unintended: list[str] = []
        self.bytes = 0
        self.lock = threading.Lock()
        index = requests.get(url + "/id/", headers={"Accept": "text/html"}, timeout=30).text
        slugs = sorted({part.split('"')[0] for part in index.split('href="/id/')[1:]} - {""})
        self.pages = [*[f"/id/{s}" for s in slugs if "?" not in s][:200], "/ontology", "/timeline", "/id/"]
        manifest = requests.get(url + "/dumps/?format=json", timeout=30).json()
        self.dumps = [urlpath(f["url"]) for f in manifest["files"]]

    def request(self, kind: str, session: requests.Session, rng: random.Random) -> None:
        if kind in {"small", "large", "slow"}:
            query = {"small": SMALL, "large": LARGE, "slow": SLOW}[kind]
            call = lambda: session.get(self.url + "/sparql", params={"query": query}, timeout=120)  # noqa: E731
        elif kind == "page":
            path = rng.choice(self.pages)
            call = lambda: session.get(self.url + path, headers={"Accept": "text/html"}, timeout=120)  # noqa: E731
        else:
            path = rng.choice(self.dumps)
            call = lambda: session.get(self.url + path, timeout=120)  # noqa: E731
        started = time.perf_counter()
        try:
            response = call()
            body = response.content
        except requests.RequestException as exc:
            with self.lock:
                self.unintended.append(f"{kind}: {type(exc).__name__}: {exc}")
            return
        elapsed = time.perf_counter() - started
        with self.lock:
            self.status[(kind, response.status_code)] += 1
            self.bytes += len(body)
            if response.status_code == 200:
                self.latency[kind].append(elapsed)
            elif kind == "slow" and response.status_code == 503:
                self.latency["slow-503"].append(elapsed)
            elif response.status_code >= 500 or kind != "slow":
                self.unintended.append(f"{kind}: {response.status_code} {body[:200]!r}")

    def client(self, index: int, until: float, slow_every: float, think: float) -> None:
        rng = random.Random(self.rng.random() + index)
        kinds, weights = zip(*MIX, strict=True)
        next_slow = time.monotonic() + slow_every / 2
        with requests.Session() as session:
            while time.monotonic() < until:
                if index == 0 and slow_every and time.monotonic() >= next_slow:
                    self.request("slow", session, rng)
                    next_slow = time.monotonic() + slow_every
                    continue
                self.request(rng.choices(kinds, weights)[0], session, rng)
                if think:
                    time.sleep(min(rng.expovariate(1 / think), 10 * think))


def urlpath(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def baseline(url: str, seconds: float) -> list[float]:
    out = []
    until = time.monotonic() + seconds
    with requests.Session() as session:
        while time.monotonic() < until:
            started = time.perf_counter()
            r = session.get(url + "/sparql", params={"query": SMALL}, timeout=30)
            r.raise_for_status()
            out.append(time.perf_counter() - started)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", help="an already running server (else one is started)")
    parser.add_argument("--store", type=Path, help="the store to serve (else the bundled corpus is built)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--query-timeout", type=float, default=3.0)
    parser.add_argument(
        "--think-ms", type=float, default=100.0, help="mean pause of a client between requests (0: none)"
    )
    parser.add_argument("--slow-every", type=float, default=15.0, help="seconds between time-limit queries")
    parser.add_argument("--p99-ms", type=float, default=100.0)
    parser.add_argument("--rss-growth", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    process = None
    with tempfile.TemporaryDirectory(prefix="ckg-load-") as tmp:
        url = args.url
        if url is None:
            store = args.store
            if store is None:
                store = Path(tmp) / "store"
                subprocess.run([sys.executable, "-m", "kg", "build", "--store", str(store)], check=True)
            process, url = start_server(store, args.workers, args.query_timeout, Path(tmp) / "server.log")
        try:
            return measure(args, url, process)
        finally:
            if process is not None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def measure(args: argparse.Namespace, url: str, process: subprocess.Popen[bytes] | None) -> int:
    load_before = round(os.getloadavg()[0], 2)  # other work on the machine skews every figure
    for _ in range(20):  # warm every worker's caches
        requests.get(url + "/sparql", params={"query": SMALL}, timeout=30)
    alone = baseline(url, min(5.0, args.duration / 6))
    run = Run(url, args.seed)
    samples: list[tuple[float, int, int]] = []  # (time, total worker RSS kB, workers)
    started = time.monotonic()
    until = started + args.duration
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            if process is not None:
                workers = children(master_pid(process.pid))
                samples.append((time.monotonic() - started, sum(rss_kb(p) for p in workers), len(workers)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    threads = [
        threading.Thread(target=run.client, args=(i, until, args.slow_every, args.think_ms / 1000))
        for i in range(args.clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    sampler.join(timeout=5)
    elapsed = time.monotonic() - started

    small = run.latency["small"]
    figures: dict[str, Any] = {
        "clients": args.clients,
        "think_ms": args.think_ms,
        "load_average_1min_before_after": [load_before, round(os.getloadavg()[0], 2)],
        "seconds": round(elapsed, 1),
        "requests": sum(run.status.values()) + len(run.unintended),
        "requests_per_s": round(sum(run.status.values()) / elapsed, 1),
        "megabytes": round(run.bytes / 1e6, 1),
        "status": {f"{k} {s}": n for (k, s), n in sorted(run.status.items())},
        "unintended_errors": len(run.unintended),
        "baseline_small_p50_ms": round(percentile(alone, 50) * 1000, 2),
        "baseline_small_p99_ms": round(percentile(alone, 99) * 1000, 2),
    }
    for kind in ("small", "large", "page", "dump", "slow-503"):
        values = run.latency[kind]
        figures[f"{kind}_n"] = len(values)
        figures[f"{kind}_p50_ms"] = round(percentile(values, 50) * 1000, 2)
        figures[f"{kind}_p99_ms"] = round(percentile(values, 99) * 1000, 2)
    figures["small_p99_vs_baseline"] = round(percentile(small, 99) / percentile(alone, 99), 2)
    if samples:
        n = len(samples)
        # per worker: a worker replaced after a query overran overlaps its successor for a
        # few seconds, and a sum over the workers would count that as growth
        per = [(t, rss / max(1, count), count) for t, rss, count in samples]
        early = [s[1] for s in per[n // 5 : 2 * n // 5]] or [per[0][1]]
        late = [s[1] for s in per[4 * n // 5 :]] or [per[-1][1]]
        figures["rss_per_worker_mb_early"] = round(statistics.median(early) / 1024, 1)
        figures["rss_per_worker_mb_late"] = round(statistics.median(late) / 1024, 1)
        figures["rss_growth"] = round(statistics.median(late) / statistics.median(early) - 1, 3)
        figures["rss_workers_mb_max"] = round(max(s[1] for s in samples) / 1024, 1)

    failures = []
    if run.unintended:
        failures.append(f"{len(run.unintended)} unintended errors, e.g. {run.unintended[:3]}")
    if not small or percentile(small, 99) * 1000 >= args.p99_ms:
        failures.append(f"p99 of small queries {figures['small_p99_ms']} ms >= {args.p99_ms} ms")
    if "rss_growth" in figures and figures["rss_growth"] > args.rss_growth:
        failures.append(f"worker RSS grew {figures['rss_growth']:.0%} (limit {args.rss_growth:.0%})")
    if args.slow_every and not run.latency["slow-503"]:
        failures.append("no query reached the time limit: the deliberate 503 was not exercised")
    figures["failures"] = failures

    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
