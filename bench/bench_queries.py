"""Query and dump cost on a large store: the competency questions and every dump format.

    python bench/bench_queries.py --store /tmp/ckg-bench/store

Runs every competency question (``kg/queries/*.rq``) on the store's served
build as the endpoint does (default graph = union of the graphs, our
prefixes), reading every row, ``--repeat`` times; prints the median and the
ratio to a baseline query measured in the same run (``ASK { ?s ?p ?o }``,
the cheapest query there is).  Then writes the dataset in every dump format
(gzipped, as ``/dumps/`` serves it) and times each.

Targets (issue 8): each question in 100 ms at most on the 20,000-document
graph; each dump in 30 s at most.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kg import store as kgstore
from kg.dump import DUMP_FORMATS, dump, file_name
from kg.iri import PREFIXES
from kg.queries import competency

QUESTION_TARGET_MS = 100.0
DUMP_TARGET_S = 30.0


def timed(work: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a store directory built by ckg build")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query (the median is shown)")
    parser.add_argument("--no-dumps", action="store_true", help="time the questions only")
    args = parser.parse_args(argv)
    build = kgstore.current(args.store)
    oxi = build.open()
    quads = len(oxi)
    documents = sum(1 for g in oxi.named_graphs() if "/graph/document/" in g.value)
    print(f"store: {args.store} (build {build.id}): {quads} quads, {documents} documents")
    flags = " --no-dumps" if args.no_dumps else ""
    print(f"command: python bench/bench_queries.py --store {args.store} --repeat {args.repeat}{flags}")

    def run(sparql: str) -> Callable[[], object]:
        def work() -> object:
            result = oxi.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
            return (
                sum(1 for _ in result) if not isinstance(result, bool) and hasattr(result, "__iter__") else 1
            )

        return work

    baseline, _ = timed(run("ASK { ?s ?p ?o }"), args.repeat)
    print(f"baseline ASK {{ ?s ?p ?o }}: {baseline * 1000:.2f} ms")
    print(
        f"{'question':<45} {'rows':>7} {'median ms':>10} {'× baseline':>11}"
        f"  target {QUESTION_TARGET_MS:.0f} ms"
    )
    misses = 0
    for question in competency():
        seconds, rows = timed(run(question.sparql), args.repeat)
        ok = seconds * 1000 <= QUESTION_TARGET_MS
        misses += not ok
        print(
            f"{question.id:<45} {rows:>7} {seconds * 1000:>10.1f} {seconds / baseline:>11.0f}  "
            + ("met" if ok else f"MISSED by {seconds * 1000 - QUESTION_TARGET_MS:.0f} ms")
        )
    if not args.no_dumps:
        print(f"{'dump':<45} {'MB':>7} {'seconds':>10}  target {DUMP_TARGET_S:.0f} s")
        with tempfile.TemporaryDirectory(prefix="ckg-dumps-") as folder:
            for name in DUMP_FORMATS:
                path = Path(folder) / file_name(name)
                started = time.perf_counter()
                dump(oxi, name, path)
                seconds = time.perf_counter() - started
                ok = seconds <= DUMP_TARGET_S
                misses += not ok
                print(
                    f"{path.name:<45} {path.stat().st_size / 1e6:>7.1f} {seconds:>10.1f}  "
                    + ("met" if ok else f"MISSED by {seconds - DUMP_TARGET_S:.0f} s")
                )
                path.unlink()
    print(f"{misses} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
