"""Reasoning benchmark: the compiled rules (kg.rules, what the build uses)
against owlrl (the definition), on generated domain triples.

    python bench/bench_reasoning.py                       # 1k … 1M, owlrl up to 10k
    python bench/bench_reasoning.py --sizes 1000 10000 --owlrl-max 10000

For every size it prints the seconds each engine takes (reason() as the build
calls it: closure, filtering, contradiction checks; the one-off compilation
of the ontology is timed apart), the ratio owlrl / rules measured in the same
run, whether the kept inferences are identical (where owlrl ran), the growth
exponent from the previous size (time ∝ size^k), and the peak memory of the
process.  Data: bench/reasoning_data.py, reproducible from --seed.
"""

from __future__ import annotations

import argparse
import math
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reasoning_data import generate

from kg.reason import compiled_rules, load_ontology, reason
from kg.resources import ontology_files

PREFIX = "https://w3id.org/caucasus-kg/id/"


def _cpu() -> str:
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return platform.processor() or "unknown"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--owlrl-max", type=int, default=10_000, help="largest size owlrl is run on")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    import os

    print(f"machine: {os.cpu_count()} cores, {_cpu()}; Python {platform.python_version()}")
    ontology = load_ontology(ontology_files())
    started = time.perf_counter()
    compiled_rules(ontology)
    print(f"ontology closed by owlrl and compiled once: {time.perf_counter() - started:.2f} s")
    print(
        f"{'asserted':>10} {'inferred':>10} {'rules s':>9} {'owlrl s':>9} {'owlrl/rules':>11} "
        f"{'identical':>9} {'growth k':>8} {'peak MB':>8}"
    )
    previous: tuple[int, float] | None = None
    for size in args.sizes:
        data = generate(size, args.seed)
        started = time.perf_counter()
        fast = reason(ontology, data, PREFIX, engine="rules")
        fast_s = time.perf_counter() - started
        slow_s = math.nan
        identical = "-"
        if size <= args.owlrl_max:
            started = time.perf_counter()
            slow = reason(ontology, data, PREFIX, engine="owlrl")
            slow_s = time.perf_counter() - started
            identical = "yes" if slow.inferred == fast.inferred else "NO"
        growth = ""
        if previous:
            growth = f"{math.log(fast_s / previous[1]) / math.log(len(data) / previous[0]):.2f}"
        ratio = f"{slow_s / fast_s:.0f}×" if not math.isnan(slow_s) else "-"
        slow_text = f"{slow_s:.2f}" if not math.isnan(slow_s) else "-"
        print(
            f"{len(data):>10} {len(fast.inferred):>10} {fast_s:>9.2f} {slow_text:>9} {ratio:>11} "
            f"{identical:>9} {growth:>8} {_peak_mb():>8.0f}",
            flush=True,
        )
        previous = (len(data), fast_s)
        del data, fast


if __name__ == "__main__":
    main()
