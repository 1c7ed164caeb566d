"""Build cost at scale: the whole ``ckg build`` command as a user runs it
(dumps included), its steps, peak memory, cost per document, incremental rebuilds.

    python bench/bench_build.py --sizes 1000,2000,5000,10000 --work /tmp/ckg-bench

Generates the corpus once (``bench/generate_corpus.py``, the largest size;
smaller sizes are its first documents), then for each size runs
``python -m kg build FILES --store DIR`` on a fresh store with a cold
extraction cache.  The headline is that command's wall time, start to exit
(interpreter, imports, every step, the dumps and the commit); beside it, the
time of every step from the build's report (``build.json``), the peak
resident memory of the build's process, the cost per
document as a ratio to the smallest size's, and the ratio to a baseline
measured in the same run on the same quads: the floor any build of this
data pays, reading every document's bytes and bulk-loading the store's
N-Quads into a fresh pyoxigraph store, with one gzipped N-Quads file
written.  The fitted exponent ``b`` of ``seconds = a * documents**b`` says
whether cost grows faster than the work (``b`` = 1 is flat cost per document).

Then, on each size's store, ``--change`` documents are edited (a sentence
appended) and the command is run again: the incremental rebuild, a delta
build (see ``kg/delta.py``).  The edits are undone at once.

Targets (issue 13): 1,000 documents in 20 s and 10,000 in 150 s with 4 GB
at most, dumps included; an incremental rebuild after changing 10 of 10,000
documents in 10 s; ``b`` close to 1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

BASELINE = """
import gzip, sys, time
from pathlib import Path
import pyoxigraph as ox

files = [Path(line) for line in Path(sys.argv[1]).read_text().splitlines()]
quads, work = Path(sys.argv[2]), Path(sys.argv[3])
started = time.perf_counter()
size = sum(len(f.read_bytes()) for f in files)
store = ox.Store(str(work / "oxigraph"))
store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
store.flush()
with open(quads, "rb") as text, gzip.open(work / "dump.nq.gz", "wb", compresslevel=3) as out:
    while block := text.read(1 << 22):
        out.write(block)
print(time.perf_counter() - started)
"""


def corpus(work: Path, docs: int, seed: int) -> list[Path]:
    """The first ``docs`` documents of the seeded corpus, generating what is missing."""
    folder = work / f"corpus-{seed}"
    files = (
        sorted(folder.glob("*.txt"), key=lambda p: int(p.stem.rsplit("-", 1)[1])) if folder.is_dir() else []
    )
    if len(files) < docs:
        subprocess.run(
            [
                *(sys.executable, str(HERE / "generate_corpus.py"), "--docs", str(docs - len(files))),
                *("--seed", str(seed), "--out", str(folder), "--start", str(len(files))),
            ],
            check=True,
        )
        files = sorted(folder.glob("*.txt"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return files[:docs]


def run_build(files: list[Path], store: Path, jobs: int) -> dict[str, object]:
    """``python -m kg build FILES --store STORE``, timed from start to exit;
    the build's report read from its ``build.json``."""
    command = [sys.executable, "-c", PEAK, "build", *map(str, files), "--store", str(store)]
    command += ["--jobs", str(jobs)] if jobs else []
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"ckg build failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    peak = float(done.stderr.strip().splitlines()[-1].removeprefix("peak MB "))
    build_dir = store / "builds" / (store / "CURRENT").read_text().strip()
    report: dict[str, object] = json.loads((build_dir / "build.json").read_text())["report"]
    return {**report, "wall": wall, "peak_main_mb": peak, "build_dir": str(build_dir)}


# ``python -m kg`` itself, telling its peak resident memory on the way out
# (the extraction workers, forked from a forkserver, hold one batch each).
PEAK = """
import atexit, resource, runpy, sys
atexit.register(lambda: print(f"peak MB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}",
                              file=sys.stderr))
sys.argv[0] = "python -m kg"
runpy.run_module("kg", run_name="__main__", alter_sys=True)
"""


def baseline(files: list[Path], build_dir: Path, work: Path) -> float:
    """Seconds of the floor (see the module's text) on the quads of the store just built."""
    import pyoxigraph as ox

    scratch = work / "baseline"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        quads = scratch / "all.nq"
        ox.Store.read_only(str(build_dir / "oxigraph")).dump(str(quads), format=ox.RdfFormat.N_QUADS)
        listing = scratch / "files"
        listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-c", BASELINE, str(listing), str(quads), str(scratch)],
            check=True,
            capture_output=True,
            text=True,
        )
        return float(out.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def fit(points: list[tuple[int, float]]) -> float:
    """The exponent b of seconds = a * n**b, by least squares on the logarithms."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def machine() -> str:
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next((line.split(":", 1)[1].strip() for line in out.splitlines() if "Model name" in line), "")
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model or platform.processor()}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,2000,5000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ckg-bench"), help="corpus and stores go here")
    parser.add_argument("--jobs", type=int, default=0, help="extraction processes (0: every core)")
    parser.add_argument(
        "--change", type=int, default=10, help="documents to edit for the incremental rebuild"
    )
    parser.add_argument(
        "--no-floor", action="store_true", help="skip the floor (a second load of the quads: long at 20,000)"
    )
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(f"command: python bench/bench_build.py --sizes {args.sizes} --seed {args.seed}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    all_files = corpus(args.work, sizes[-1], args.seed)

    steps = [
        "read",
        "extract",
        "curate",
        "assemble",
        "reason",
        "validate",
        "write",
        "disagreements",
        "dumps",
        "commit",
    ]
    header = f"{'docs':>6} {'quads':>9} {'ckg build s':>11} " + " ".join(f"{s[:8]:>8}" for s in steps)
    print(header + f" {'peak MB':>8} {'ms/doc':>7} {'ratio':>6} {'floor s':>7} {'x floor':>7}")
    points: list[tuple[int, float]] = []
    first = 0.0
    store = args.work / "store"
    for n in sizes:
        shutil.rmtree(store, ignore_errors=True)
        r = run_build(all_files[:n], store, args.jobs)
        wall = float(r["wall"])  # type: ignore[arg-type]
        floor = math.nan if args.no_floor else baseline(all_files[:n], Path(str(r["build_dir"])), args.work)
        per_doc = wall / n * 1000
        first = first or per_doc
        points.append((n, wall))
        timings: dict[str, float] = r["timings"]  # type: ignore[assignment]
        print(
            f"{n:>6} {r['quads']:>9} {wall:>11.1f} "
            + " ".join(f"{timings.get(s, 0.0):>8.1f}" for s in steps)
            + f" {r['peak_main_mb']:>8.0f}"
            + f" {per_doc:>7.1f} {per_doc / first:>6.2f} {floor:>7.1f} {wall / floor:>7.1f}",
            flush=True,
        )
        peaks: dict[str, float] = r.get("peak_mb", {})  # type: ignore[assignment]
        print("       peak MB after each step: " + ", ".join(f"{k} {v:.0f}" for k, v in peaks.items()))
        _details(r)
        if args.change:
            incremental(all_files[:n], store, args, wall)
    if len(points) >= 2:
        print(f"fitted exponent b (seconds ~ documents^b): {fit(points):.2f}")
    return 0


def _details(r: dict[str, object]) -> None:
    """CPU seconds by step (the build's process, and its extraction workers),
    each dump format's seconds, and the load average now (a shared machine:
    CPU time is the steady figure, wall time follows the load)."""
    cpu: dict[str, float] = r.get("cpu", {})  # type: ignore[assignment]
    total = sum(cpu.values())
    print(f"       CPU s by step (total {total:.1f}): " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items()))
    dumps: dict[str, float] = r.get("dump_seconds", {})  # type: ignore[assignment]
    if dumps:
        print("       dumps, s from the step's start: " + ", ".join(f"{k} {v:.1f}" for k, v in dumps.items()))
    print(f"       load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)


def incremental(files: list[Path], store: Path, args: argparse.Namespace, full: float) -> None:
    """Edit ``--change`` documents of the store just built, build again, undo the edits."""
    n = len(files)
    changed = files[:: max(1, n // max(1, args.change))][: args.change]
    originals = {p: p.read_bytes() for p in changed}
    try:
        for path in changed:
            path.write_bytes(originals[path] + b"\nThe talks were described as constructive.\n")
        r = run_build(files, store, args.jobs)
        timings: dict[str, float] = r["timings"]  # type: ignore[assignment]
        wall = float(r["wall"])  # type: ignore[arg-type]
        print(
            f"  incremental rebuild of {n} documents after editing {len(changed)}: {wall:.1f} s, "
            f"{wall / full:.3f} of the full build ({r['extracted']} extracted, {r['from_cache']} kept; "
            + ", ".join(f"{k} {v:.1f}" for k, v in timings.items())
            + f"; peak {float(r['peak_main_mb']):.0f} MB)\n    {r['mode']}",  # type: ignore[arg-type]
            flush=True,
        )
        _details(r)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)


if __name__ == "__main__":
    sys.exit(main())
