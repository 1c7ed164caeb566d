"""The dumps step of a build (every dump format and the VoID counts), both ways:
through the in-memory copy of the store and without it (bounded memory).

    python bench/bench_dumps.py --store STORE [--ways copy,bounded]

Each way runs in a fresh child process (``kg.describe.publish`` on the
store's current build, the dumps written to a scratch folder), one after the
other, and prints its wall time, CPU time (the process's threads, and the
external ``sort`` processes apart) and peak resident memory (the process; the
largest ``sort`` apart), the time each format took, and the ratio of the
bounded way to the copy.  On a loaded machine compare the CPU times and the
ratios rather than the wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DUMP_TARGET_S = 30.0
WAYS = ("copy", "bounded")


def one(store: Path, way: str, folder: Path) -> dict[str, object]:
    """In the child: the dumps step one way; what it measured."""
    from kg import describe
    from kg import dump as kgdump
    from kg import store as kgstore

    oxi = kgstore.current(store).open()
    kgdump.IN_MEMORY_QUADS = sys.maxsize if way == "copy" else 0
    phases: dict[str, float] = {}
    real = kgdump.write_dumps_and_copy

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def,unused-ignore]
        kwargs["seconds"] = phases
        return real(*args, **kwargs)

    kgdump.write_dumps_and_copy = timed
    started, cpu = time.perf_counter(), time.process_time()
    published = describe.publish(oxi, folder, "https://w3id.org/caucasus-kg/")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    own = resource.getrusage(resource.RUSAGE_SELF)
    sorts = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "way": way,
        "quads": len(oxi),
        "wall": wall,
        "cpu": cpu,
        "sort_cpu": sorts.ru_utime + sorts.ru_stime,
        "peak_mb": own.ru_maxrss / 1024,
        "sort_peak_mb": sorts.ru_maxrss / 1024,
        "phases": phases,
        "files": {f["format"]: f["bytes"] for f in published["dumps"]},
        "union": published["void"]["triples"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a store directory built by ckg build")
    parser.add_argument("--ways", default=",".join(WAYS), help="copy, bounded or both (comma-separated)")
    parser.add_argument("--child", choices=WAYS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(one(args.store, args.child, args.folder)))
        return 0
    ways = [w.strip() for w in args.ways.split(",") if w.strip()]
    for way in ways:
        if way not in WAYS:
            parser.error(f"unknown way {way!r}: choose from {', '.join(WAYS)}")
    print(f"command: python bench/bench_dumps.py --store {args.store} --ways {','.join(ways)}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    results = {}
    for way in ways:
        with tempfile.TemporaryDirectory(prefix="ckg-dumps-") as folder:
            child = [sys.executable, __file__, "--store", str(args.store), "--child", way, "--folder", folder]
            done = subprocess.run(child, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results[way] = result
        phases = result["phases"]
        print(
            f"{way:<8} {result['quads']} quads, union {result['union']} triples: "
            f"{result['wall']:.1f} s wall, {result['cpu']:.1f} s CPU (+ sort {result['sort_cpu']:.1f} s), "
            f"peak memory {result['peak_mb']:.0f} MB (largest sort {result['sort_peak_mb']:.0f} MB); "
            f"scan done at {phases['scan']:.1f} s, "
            + (
                f"copy at {phases['copy']:.1f} s"
                if "copy" in phases
                else f"sorted union at {phases['union']:.1f} s"
            )
            + f", dumps done at {phases['total']:.1f} s"
        )
        for fmt, size in result["files"].items():
            took = phases[fmt]
            verdict = "met" if took <= DUMP_TARGET_S else f"MISSED by {took - DUMP_TARGET_S:.0f} s"
            print(f"    {fmt:<7} {size / 1e6:>8.1f} MB {took:>8.1f} s  {verdict}")
    if len(results) == 2:
        copy, bounded = results["copy"], results["bounded"]
        print(
            f"bounded / copy: wall {bounded['wall'] / copy['wall']:.2f}, "
            f"CPU {(bounded['cpu'] + bounded['sort_cpu']) / (copy['cpu'] + copy['sort_cpu']):.2f}, "
            f"peak memory {max(bounded['peak_mb'], bounded['sort_peak_mb']) / copy['peak_mb']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
