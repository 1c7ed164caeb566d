"""Build cost at scale: time by step, peak memory, cost per document, incremental rebuilds.

    python bench/bench_build.py --sizes 1000,2000,5000,10000 --work /tmp/ckg-bench

Generates the corpus once (``bench/generate_corpus.py``, the largest size;
smaller sizes are its first documents), then for each size builds a fresh
store in a child process (so its peak memory is its own) with a cold
extraction cache, and prints the time of every step (read, extract,
assemble, reason, validate, write, dumps), the peak resident memory of the
build process (extraction workers, forked from a forkserver, are not
counted: each holds the lexicon and one batch), and the cost per document as
a ratio to the smallest size's, measured in the same run.  The fitted
exponent ``b`` of ``seconds = a * documents**b`` says whether cost grows
faster than the work (``b`` = 1 is flat cost per document).

Then, on each size's store, ``--change`` documents are edited (a sentence
appended) and the store is rebuilt: the incremental rebuild, a delta build
(see ``kg/delta.py``: a copy of the store with the changed documents'
graphs redone).  The edits are undone at once.

Targets (issue 8): 10,000 documents in 120 s with 4 GB at most; an
incremental rebuild after changing 10 documents in 10 s; ``b`` close to 1.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
from kg.build import build
from kg.settings import Settings

files = [Path(line) for line in Path(sys.argv[1]).read_text().splitlines()]
settings = Settings.load(environ={}, store=Path(sys.argv[2]))
jobs = int(sys.argv[3]) or None
dumps = sys.argv[4] == "1"
started = time.perf_counter()
report = build(files, settings, jobs=jobs, dumps=dumps)
wall = time.perf_counter() - started
print(json.dumps({
    "wall": wall,
    "timings": report.timings,
    "documents": len(report.documents),
    "extracted": report.extracted,
    "from_cache": report.from_cache,
    "workers": report.workers,
    "statements": report.statements,
    "asserted": report.asserted,
    "inferred": report.inferred,
    "quads": report.quads,
    "peak_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "peak_mb": report.peak_mb,
    "mode": report.mode,
}))
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


def run_build(files: list[Path], store: Path, jobs: int, dumps: bool) -> dict[str, object]:
    listing = store.with_suffix(".files")
    listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(listing), str(store), str(jobs), "1" if dumps else "0"],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


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
    parser.add_argument("--dumps", action="store_true", help="include the dumps step in the timed build")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(
        f"command: python bench/bench_build.py --sizes {args.sizes} --seed {args.seed}"
        + " --dumps" * args.dumps
    )
    all_files = corpus(args.work, sizes[-1], args.seed)

    steps = ["read", "extract", "curate", "assemble", "reason", "validate", "write", "dumps", "commit"]
    header = f"{'docs':>6} {'quads':>9} {'wall s':>7} " + " ".join(f"{s[:8]:>8}" for s in steps)
    print(header + f" {'peak MB':>8} {'ms/doc':>7} {'ratio':>6}")
    points: list[tuple[int, float]] = []
    baseline = 0.0
    store = args.work / "store"
    for n in sizes:
        shutil.rmtree(store, ignore_errors=True)
        r = run_build(all_files[:n], store, args.jobs, args.dumps)
        wall = float(r["wall"])  # type: ignore[arg-type]
        per_doc = wall / n * 1000
        baseline = baseline or per_doc
        points.append((n, wall))
        timings: dict[str, float] = r["timings"]  # type: ignore[assignment]
        print(
            f"{n:>6} {r['quads']:>9} {wall:>7.1f} "
            + " ".join(f"{timings.get(s, 0.0):>8.1f}" for s in steps)
            + f" {r['peak_main_mb']:>8.0f}"
            + f" {per_doc:>7.1f} {per_doc / baseline:>6.2f}",
            flush=True,
        )
        peaks: dict[str, float] = r.get("peak_mb", {})  # type: ignore[assignment]
        print("       peak MB after each step: " + ", ".join(f"{k} {v:.0f}" for k, v in peaks.items()))
        if args.change:
            incremental(all_files[:n], store, args, wall)
    if len(points) >= 2:
        print(f"fitted exponent b (seconds ~ documents^b): {fit(points):.2f}")
    return 0


def incremental(files: list[Path], store: Path, args: argparse.Namespace, full: float) -> None:
    """Edit ``--change`` documents of the store just built, build again, undo the edits."""
    n = len(files)
    changed = files[:: max(1, n // max(1, args.change))][: args.change]
    originals = {p: p.read_bytes() for p in changed}
    try:
        for path in changed:
            path.write_bytes(originals[path] + b"\nThe talks were described as constructive.\n")
        r = run_build(files, store, args.jobs, args.dumps)
        timings: dict[str, float] = r["timings"]  # type: ignore[assignment]
        wall = float(r["wall"])  # type: ignore[arg-type]
        print(
            f"  incremental rebuild of {n} documents after editing {len(changed)}: {wall:.1f} s, "
            f"{wall / full:.3f} of the full build ({r['extracted']} extracted, {r['from_cache']} kept; "
            + ", ".join(f"{k} {v:.1f}" for k, v in timings.items())
            + f"; peak {float(r['peak_main_mb']):.0f} MB)\n    {r['mode']}",  # type: ignore[arg-type]
            flush=True,
        )
    finally:
        for path, data in originals.items():
            path.write_bytes(data)


if __name__ == "__main__":
    sys.exit(main())
