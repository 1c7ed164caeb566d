"""Reasoning benchmark: the compiled rules (kg.rules, what the build uses)
against owlrl (the definition), on generated domain triples.

    python bench/bench_reasoning.py                       # 1k … 1M, owlrl up to 10k
    python bench/bench_reasoning.py --sizes 1000 10000 --owlrl-max 10000 --validate-max 100000

Each size runs in a fresh process (so memory and garbage of one size do not
weigh on the next).  For every size it prints the wall and CPU seconds of
``reason()`` as the build calls it (closure, filtering, contradiction
checks; the one-off compilation of the ontology is timed apart) for the rules
and for owlrl, the ratio owlrl / rules (CPU: the engines are single-threaded,
and CPU time is steady when other work shares the machine), whether the kept
inferences are identical where owlrl ran, the growth exponent k of the rules'
CPU time from the previous size (time ∝ size^k), the peak memory of the
process, and the CPU seconds SHACL validation of the domain data (asserted +
inferred, against ontology/shapes.ttl) takes with the compiled validator the
build uses (kg.shacl) and with pyshacl (up to --validate-max), and whether
their results are the same.
Data: bench/reasoning_data.py, reproducible from --seed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "https://w3id.org/caucasus-kg/id/"


def _cpu() -> str:
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return platform.processor() or "unknown"


def measure(size: int, seed: int, owlrl: bool, validate: bool) -> dict[str, object]:
    """One size, in this process."""
    sys.path.insert(0, str(HERE))
    from reasoning_data import generate

    from kg.reason import compiled_rules, load_ontology, reason
    from kg.resources import ontology_files

    ontology = load_ontology(ontology_files())
    began = time.perf_counter()
    compiled_rules(ontology)
    result: dict[str, object] = {"compile_s": time.perf_counter() - began}
    data = generate(size, seed)
    result["asserted"] = len(data)
    wall, cpu = time.perf_counter(), time.process_time()
    fast = reason(ontology, data, PREFIX, engine="rules")
    result["rules_wall"], result["rules_cpu"] = time.perf_counter() - wall, time.process_time() - cpu
    result["inferred"] = len(fast.inferred)
    from kg.resources import shapes_file
    from kg.validate import load_shapes
    from kg.validate import validate as shacl

    shapes, domain = load_shapes(shapes_file()), [*data, *fast.inferred]
    cpu = time.process_time()
    compiled = shacl(shapes, domain, engine="fast")
    result["shacl_cpu"] = time.process_time() - cpu
    if validate:
        cpu = time.process_time()
        reference = shacl(shapes, domain, engine="pyshacl")
        result["pyshacl_cpu"] = time.process_time() - cpu
        result["shacl_identical"] = reference == compiled
    if owlrl:
        wall, cpu = time.perf_counter(), time.process_time()
        slow = reason(ontology, data, PREFIX, engine="owlrl")
        result["owlrl_wall"], result["owlrl_cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        result["identical"] = slow.inferred == fast.inferred
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--owlrl-max", type=int, default=10_000, help="largest size owlrl is run on")
    parser.add_argument("--validate-max", type=int, default=100_000, help="largest size SHACL is run on")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(
            json.dumps(
                measure(args.one, args.seed, args.one <= args.owlrl_max, args.one <= args.validate_max)
            )
        )
        return

    print(f"machine: {os.cpu_count()} cores, {_cpu()}; Python {platform.python_version()}")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    header = (
        f"{'asserted':>9} {'inferred':>9} {'rules wall':>10} {'rules cpu':>9} {'owlrl cpu':>9} "
        f"{'owlrl/rules':>11} {'identical':>9} {'growth k':>8} {'peak MB':>7} "
        f"{'shacl cpu':>9} {'pyshacl cpu':>11} {'same':>4}"
    )
    print(header)
    previous: tuple[int, float] | None = None
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)]
        command += ["--owlrl-max", str(args.owlrl_max), "--validate-max", str(args.validate_max)]
        r = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        asserted, cpu = int(r["asserted"]), float(r["rules_cpu"])
        growth = f"{math.log(cpu / previous[1]) / math.log(asserted / previous[0]):.2f}" if previous else ""
        owlrl_cpu = f"{r['owlrl_cpu']:.2f}" if "owlrl_cpu" in r else "-"
        ratio = f"{r['owlrl_cpu'] / cpu:.0f}×" if "owlrl_cpu" in r else "-"
        identical = {True: "yes", False: "NO"}.get(r.get("identical"), "-")  # type: ignore[call-overload]
        shacl = f"{r['shacl_cpu']:.2f}"
        pyshacl = f"{r['pyshacl_cpu']:.2f}" if "pyshacl_cpu" in r else "-"
        same = {True: "yes", False: "NO"}.get(r.get("shacl_identical"), "-")  # type: ignore[call-overload]
        print(
            f"{asserted:>9} {r['inferred']:>9} {r['rules_wall']:>10.2f} {cpu:>9.2f} {owlrl_cpu:>9} "
            f"{ratio:>11} {identical:>9} {growth:>8} {r['peak_mb']:>7.0f} "
            f"{shacl:>9} {pyshacl:>11} {same:>4}",
            flush=True,
        )
        previous = (asserted, cpu)
    print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
