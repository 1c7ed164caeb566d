"""Bulk-load benchmark: how pyoxigraph's bulk loader takes a build's N-Quads.

    python bench/bench_bulk_load.py --store DIR                  # the current build of a store
    python bench/bench_bulk_load.py --nquads FILE --pieces 32,128,whole

The build (kg/build.py) gives the documents' N-Quads text to
``Store.bulk_load`` in pieces of ``LOAD_CHUNK`` bytes while extraction goes
on.  This loads the same text into a fresh on-disk store once for each piece
size (``whole``: one call on the file), each in a fresh process, and prints
the wall and CPU seconds (the loader's threads included), the CPU seconds
per million quads, the peak memory, and each way's wall time as a ratio to
the build's own piece size measured in the same run.  ``--store`` dumps the
current build of a store to N-Quads first (not timed).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import store as kgstore
from kg.build import LOAD_CHUNK, LOAD_CHUNK_FIRST


def load(nquads: Path, piece: str, target: Path) -> dict[str, float]:
    """One load of ``nquads`` into a fresh store at ``target`` (in this process)."""
    shutil.rmtree(target, ignore_errors=True)
    oxi = ox.Store(str(target))
    wall, cpu = time.perf_counter(), time.process_time()
    if piece == "whole":
        oxi.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    else:
        size = int(piece) << 20
        with open(nquads, "rb") as text:
            while chunk := text.read(size):
                chunk += text.readline()  # a piece ends at the end of a line
                oxi.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
    oxi.flush()
    return {
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "quads": float(len(oxi)),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--store", type=Path, help="a store directory (its current build is dumped)")
    source.add_argument("--nquads", type=Path, help="an N-Quads file")
    parser.add_argument(
        "--pieces",
        default=f"{LOAD_CHUNK_FIRST >> 20},{LOAD_CHUNK >> 20},whole",
        help="MB per call, or 'whole'",
    )
    parser.add_argument("--child", nargs=3, metavar=("FILE", "PIECE", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(load(Path(args.child[0]), args.child[1], Path(args.child[2]))))
        return
    if args.store is None and args.nquads is None:
        parser.error("give --store DIR or --nquads FILE")
    with tempfile.TemporaryDirectory(prefix="ckg-bulk-") as scratch:
        nquads = args.nquads
        if args.store is not None:
            nquads = Path(scratch) / "store.nq"
            kgstore.current(args.store).open().dump(str(nquads), format=ox.RdfFormat.N_QUADS)
        pieces = [p.strip() for p in args.pieces.split(",") if p.strip()]
        print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()},")
        print(f"# pyoxigraph {ox.__version__}, {nquads.stat().st_size / 1e6:,.0f} MB of N-Quads")
        print("| piece | quads | wall s | CPU s | CPU s per M quads | peak MB | wall / build's |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        results = {}
        for piece in pieces:
            run = subprocess.run(
                [sys.executable, __file__, "--child", str(nquads), piece, str(Path(scratch) / "store")],
                check=True,
                capture_output=True,
                text=True,
            )
            results[piece] = json.loads(run.stdout)
        base = results.get(str(LOAD_CHUNK >> 20), next(iter(results.values())))
        for piece, r in results.items():
            print(
                f"| {piece} | {r['quads']:,.0f} | {r['wall']:.1f} | {r['cpu']:.1f} | "
                f"{r['cpu'] / r['quads'] * 1e6:.1f} | {r['peak_mb']:,.0f} | {r['wall'] / base['wall']:.2f} |"
            )


if __name__ == "__main__":
    main()
