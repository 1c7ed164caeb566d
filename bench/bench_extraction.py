"""Extraction benchmark: documents of about 5 KB per second, and one 5 MB
document read and extracted within memory and time.

    python bench/bench_extraction.py                    # 2,000 documents, 2 processes
    python bench/bench_extraction.py --docs 5000 --jobs 2 --seed 7

The corpus comes from bench/generate_corpus.py (seeded, about 5 KB a
document, Turkish and English).  Documents are read first (decoding,
sidecars, language), then extracted (cleaning, sentences, lexicon, every
rule family) on ``--jobs`` processes that each load the lexicon once, the
way ``ckg build`` does.  The baseline, measured in the same run on the same
texts, is the plainest reading there is: fold the text and split it into
words with one regular expression.  Printed: documents per second (wall
clock, all processes), CPU documents per second per process (steady when
other work shares the machine), and the ratios to the baseline.

The 5 MB document (the corpus concatenated) is read and extracted in a fresh
process, which reports its time and peak memory.

Speed-up against a baseline revision (``--baseline REV``, default the commit
before the extraction speed work; ``--baseline none`` to skip): its
``loaders`` package is taken from git (``git archive``), renamed so that both
versions live in one process, and the same documents go through each in
alternating batches of 20, on one process: CPU milliseconds a document to
read, to extract and to pickle the extraction there and back (what the build's
worker processes do), for the baseline and now, and their ratios.  Taking
turns makes the ratio hold when other work shares the machine.  The
extractions of both are compared too: they must be equal (a fix that changes
output must say so).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import io
import os
import pickle
import platform
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_DOCS_PER_SECOND = 150
BASELINE = "c79e0eb"  # the commit before the extraction speed work (issue 8)


def _cpu() -> str:
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return platform.processor() or "unknown"


_lexicon = None


def _init() -> None:
    global _lexicon
    from loaders import load_lexicon

    _lexicon = load_lexicon()


def _extract(texts: list[tuple[str, str, str, str]]) -> tuple[int, float]:
    """Extract a batch; returns (statements, CPU seconds)."""
    from loaders import Document, extract

    began = time.process_time()
    statements = 0
    for key, text, language, date in texts:
        document = Document(key=key, path=key, text=text, language=language, date=date)
        statements += len(extract(document, _lexicon).statements)  # type: ignore[arg-type]
    return statements, time.process_time() - began


_WORD = re.compile(r"\w+")


def _baseline(texts: list[tuple[str, str, str, str]]) -> tuple[int, float]:
    from loaders.text import fold

    began = time.process_time()
    words = sum(len(_WORD.findall(fold(text))) for _, text, _, _ in texts)
    return words, time.process_time() - began


def _run(function, batches: list[list[tuple[str, str, str, str]]], jobs: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """Wall seconds, summed CPU seconds and summed counts of ``function`` over batches."""
    began = time.perf_counter()
    with ProcessPoolExecutor(jobs, initializer=_init) as pool:
        results = list(pool.map(function, batches))
    wall = time.perf_counter() - began
    return wall, sum(cpu for _, cpu in results), sum(n for n, _ in results)


def big_document(path: Path) -> None:
    """Read and extract one big document in this process; print what it took."""
    from loaders import extract, load_lexicon, read_document

    lexicon = load_lexicon()
    began = time.perf_counter()
    cpu_began = time.process_time()
    document = read_document(path)
    read_s = time.perf_counter() - began
    extraction = extract(document, lexicon)
    total = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  {path.stat().st_size / 2**20:.1f} MB document: read {read_s:.2f} s, "
        f"read + extract {total:.1f} s ({cpu:.1f} CPU s), "
        f"{len(extraction.sentences):,} sentences, {len(extraction.statements):,} statements, "
        f"peak memory {peak_mb:.0f} MB"
    )


def _baseline_package(revision: str, into: Path) -> str:
    """Put ``revision``'s ``loaders`` into ``into`` as ``loaders_baseline``; its name."""
    archive = subprocess.run(
        ["git", "archive", revision, "loaders"], cwd=HERE.parent, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "loaders").rename(into / "loaders_baseline")
    for source in (into / "loaders_baseline").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        source.write_text(re.sub(r"\bloaders\b", "loaders_baseline", text), encoding="utf-8")
    sys.path.insert(0, str(into))
    return "loaders_baseline"


def _worker_path(loaders, lexicon, paths: list[Path]) -> tuple[float, float, float, list]:  # type: ignore[no-untyped-def]
    """CPU seconds to read, extract and pickle there and back ``paths``; the extractions."""
    read = extract = pickled = 0.0
    out = []
    for path in paths:
        began = time.process_time()
        document = next(iter(loaders.read_documents([path])))
        read += time.process_time() - began
        began = time.process_time()
        extraction = loaders.extract(document, lexicon)
        extract += time.process_time() - began
        began = time.process_time()
        pickle.loads(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
        pickled += time.process_time() - began
        out.append(extraction)
    return read, extract, pickled, out


def _as_tuples(extraction) -> tuple:  # type: ignore[no-untyped-def]
    kinds = (extraction.sentences, extraction.mentions, extraction.statements)
    return (
        *(tuple(dataclasses.astuple(r) for r in records) for records in kinds),
        tuple(extraction.warnings),
    )


def against_baseline(revision: str, corpus: Path, docs: int, rounds: int = 2) -> None:
    """Same documents, one process, baseline and now in turns: CPU ms a document."""
    import loaders

    with tempfile.TemporaryDirectory() as tmp:
        try:
            name = _baseline_package(revision, Path(tmp))
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"  baseline {revision}: not available ({exc}); skipped")
            return
        old = importlib.import_module(name)
        paths = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html"))[:docs]
        lexicons = (old.load_lexicon(), loaders.load_lexicon())
        totals = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
        differ = 0
        for _ in range(rounds):
            for i in range(0, len(paths), 20):
                batch = paths[i : i + 20]
                results = []
                for which, package in enumerate((old, loaders)):
                    *seconds, extractions = _worker_path(package, lexicons[which], batch)
                    totals[which] = [t + s for t, s in zip(totals[which], seconds, strict=True)]
                    results.append(extractions)
                differ += sum(_as_tuples(a) != _as_tuples(b) for a, b in zip(*results, strict=True))
        n = len(paths) * rounds
        (b_read, b_extract, b_pickle), (read, extract, pickled) = totals
        print(
            f"  one process, {len(paths)} documents x {rounds} rounds, baseline {revision} and now in turns:"
        )
        for label, before, now in (
            ("read", b_read, read),
            ("extract", b_extract, extract),
            ("pickle there and back", b_pickle, pickled),
            ("worker path (all three)", b_read + b_extract + b_pickle, read + extract + pickled),
        ):
            print(
                f"    {label:24s} baseline {1000 * before / n:6.2f} ms/doc, "
                f"now {1000 * now / n:5.2f} ms/doc: {before / now:.2f}x faster"
            )
        print(f"    extractions that differ from the baseline's: {differ // rounds} of {len(paths)}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--big-mb", type=float, default=5.0)
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with, or 'none'")
    parser.add_argument("--baseline-docs", type=int, default=300, help="documents compared with the baseline")
    parser.add_argument("--big", type=Path, help=argparse.SUPPRESS)  # internal: measure one big document
    args = parser.parse_args()
    if args.big:
        big_document(args.big)
        return
    from loaders import read_documents
    from loaders.documents import DocumentError

    print(f"machine: {_cpu()}, {os.cpu_count()} cores; python {platform.python_version()}")
    print(f"load average before the run: {os.getloadavg()[0]:.1f}")
    print(
        f"command: python bench/bench_extraction.py --docs {args.docs} --seed {args.seed} --jobs {args.jobs}"
        f" --baseline {args.baseline}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate = [sys.executable, str(HERE / "generate_corpus.py"), "--docs", str(args.docs)]
        generate += ["--seed", str(args.seed), "--out", str(corpus)]
        subprocess.run(generate, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        began = time.perf_counter()
        documents = [d for d in read_documents([corpus]) if not isinstance(d, DocumentError)]
        read_s = time.perf_counter() - began
        texts = [(d.key, d.text, d.language, d.date) for d in documents]
        size = sum(len(t[1].encode()) for t in texts)
        print(
            f"corpus: {len(texts)} documents, {size / 2**20:.1f} MB, {size / len(texts) / 1024:.1f} KB each"
        )
        print(f"  read (decode, sidecars, language): {len(texts) / read_s:,.0f} documents/s in one process")
        batches = [texts[i : i + 50] for i in range(0, len(texts), 50)]
        base_wall, base_cpu, _ = _run(_baseline, batches, args.jobs)
        wall, cpu, statements = _run(_extract, batches, args.jobs)
        docs_per_s = len(texts) / wall
        print(
            f"  baseline (fold + regex words): {len(texts) / base_wall:,.0f} documents/s wall, "
            f"{len(texts) / base_cpu:,.0f} CPU documents/s per process"
        )
        print(
            f"  extraction on {args.jobs} processes: {docs_per_s:,.0f} documents/s wall "
            f"({size / wall / 2**20:.2f} MB/s), {len(texts) / cpu:,.0f} CPU documents/s per process, "
            f"{statements:,} statements"
        )
        print(
            f"  ratio extraction / baseline: wall {base_wall / wall:.3f}, CPU {base_cpu / cpu:.3f} "
            f"(extraction costs {cpu / base_cpu:.0f}x the plainest reading)"
        )
        verdict = "meets" if docs_per_s >= TARGET_DOCS_PER_SECOND else "MISSES"
        load = os.getloadavg()[0]
        print(
            f"  target {TARGET_DOCS_PER_SECOND} documents/s on the wall clock: {verdict} "
            f"(load average {load:.1f} on {os.cpu_count()} cores during the run)"
        )
        bound = args.jobs * len(texts) / cpu  # what the processes do when each has a core to itself
        cpu_verdict = "meets" if bound >= TARGET_DOCS_PER_SECOND else "MISSES"
        print(
            f"  {args.jobs} processes x the CPU rate: {bound:,.0f} documents/s "
            f"on {args.jobs} idle cores: {cpu_verdict}"
        )

        if args.baseline != "none":
            against_baseline(args.baseline, corpus, args.baseline_docs)

        big = Path(tmp) / "big.txt"
        target = int(args.big_mb * 2**20)
        with open(big, "w", encoding="utf-8") as out:
            written = 0
            while written < target:
                for _, text, language, _ in texts:
                    if language == "en":
                        out.write(text + "\n\n")
                        written += len(text.encode()) + 2
                        if written >= target:
                            break
        subprocess.run([sys.executable, __file__, "--big", str(big)], check=True)


if __name__ == "__main__":
    main()
