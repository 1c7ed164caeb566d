"""Throughput and latency of the linked-data pages, against ``/health`` (the
same server doing no work) measured in the same run.

    python bench/bench_pages.py [--store DIR] [--duration 5] [--connections 4]

Server: ``ckg serve`` (gunicorn, 2 sync workers) on a free port on
127.0.0.1, over ``--store`` or, by default, the bundled corpus built into a
temporary folder.  Load: ``wrk --latency`` (Debian) per URL.  Prints
requests/s, p50 and p99 per page and the ratio of each page's requests/s to
``/health``'s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/health", timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not answer")


def pages(url: str) -> list[tuple[str, str, str]]:
    """(name, path, Accept) for a hub entity, a document, and every publishing page."""
    query = urllib.parse.urlencode(
        {
            "query": "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?s), '/id/')) "
            "FILTER(!CONTAINS(STR(?s), '/id/statement/') && !CONTAINS(STR(?s), '/id/document/')) } "
            "GROUP BY ?s ORDER BY DESC(?n) LIMIT 1"
        }
    )
    request = urllib.request.Request(
        f"{url}/sparql?{query}", headers={"Accept": "application/sparql-results+json"}
    )
    hub = json.loads(urllib.request.urlopen(request).read())["results"]["bindings"][0]["s"]["value"]
    slug = "/id/" + hub.split("/id/", 1)[1]
    request = urllib.request.Request(
        f"{url}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?d WHERE { ?d a ckg:Document } LIMIT 1"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    document = json.loads(urllib.request.urlopen(request).read())["results"]["bindings"][0]["d"]["value"]
    doc = "/id/" + document.split("/id/", 1)[1]
    html = "text/html"
    return [
        ("health (baseline)", "/health", "*/*"),
        (f"entity page {slug}", slug, html),
        ("entity as Turtle", slug + ".ttl", "*/*"),
        ("entity as JSON-LD", slug + ".jsonld", "*/*"),
        ("document page", doc, html),
        ("resource index /id/", "/id/", html),
        ("timeline", "/timeline", html),
        ("ontology page", "/ontology", html),
        ("VoID", "/.well-known/void", "text/turtle"),
        ("dumps index", "/dumps/", html),
    ]


def measure(url: str, accept: str, duration: int, connections: int) -> tuple[float, str, str]:
    out = subprocess.run(
        [
            "wrk",
            "--latency",
            "-t",
            "1",
            "-c",
            str(connections),
            "-d",
            f"{duration}s",
            "-H",
            f"Accept: {accept}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)  # type: ignore[union-attr]
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)  # type: ignore[union-attr]
    return rate, p50, p99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "store"
            subprocess.run(
                [str(BIN / "ckg"), "build", "--store", str(store)], check=True, capture_output=True
            )
        port = free_port()
        server = subprocess.Popen(
            [str(BIN / "ckg"), "serve", "--store", str(store), "--port", str(port), "--workers", "2"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait(url)
            cpu = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")
                ),
                platform.processor(),
            )
            print(f"# {cpu}, {os.cpu_count()} cores; store {store}")
            print(f"# wrk -c {args.connections} -d {args.duration}s, ckg serve --workers 2\n")
            print("| page | first answer (made) | requests/s (kept) | p50 | p99 | × /health |")
            print("| --- | --- | --- | --- | --- | --- |")
            baseline = 0.0
            for name, path, accept in pages(url):
                started = time.perf_counter()  # the first request makes the page; the rest find it kept
                urllib.request.urlopen(urllib.request.Request(url + path, headers={"Accept": accept})).read()
                first = (time.perf_counter() - started) * 1000
                rate, p50, p99 = measure(url + path, accept, args.duration, args.connections)
                baseline = baseline or rate
                print(
                    f"| {name} | {first:,.0f} ms | {rate:,.0f} | {p50} | {p99} | {rate / baseline:.3f} |",
                    flush=True,
                )
        finally:
            server.terminate()
            server.wait(timeout=15)


if __name__ == "__main__":
    main()
