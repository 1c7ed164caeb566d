"""Extraction of many documents on all cores, through the extraction cache.

Documents are independent, so extraction is a map: batches of file paths go
to a :class:`~concurrent.futures.ProcessPoolExecutor` whose workers load the
lexicon once and send back plain :class:`~loaders.records.Extraction`
records; the build then assembles them in document order, whatever order
the batches finished in.  Documents found unchanged in the cache (see
:mod:`kg.cache`) are not read at all.  Small corpora are extracted in this
process: starting workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import resource
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kg.cache import ExtractionCache, content_key
from loaders import DocumentError, Extraction, Lexicon, extract, load_lexicon, read_documents

BATCH = 64
MIN_PARALLEL = 2 * BATCH  # fewer documents than this are extracted in-process
IN_FLIGHT = 3  # batches submitted per worker at any time

Outcome = tuple[int, Extraction | None, str]  # (position, extraction, problem)


@dataclass(slots=True)
class Extracted:
    extractions: list[Extraction] = field(default_factory=list)  # in document order
    keys: list[str] = field(default_factory=list)  # each extraction's content key ("" if none)
    positions: list[int] = field(default_factory=list)  # each extraction's place in the files given
    problems: list[str] = field(default_factory=list)
    from_cache: int = 0
    extracted: int = 0
    workers: int = 1
    worker_cpu: float = 0.0  # CPU seconds the extraction worker processes used


_lexicon: Lexicon | None = None
_cache: ExtractionCache | None = None

# What a worker sends back of one document: its position, its extraction
# pickled (None when it failed) and the problem.
Pickled = tuple[int, bytes | None, str]


def _worker_init(cache: tuple[Path, str] | None = None) -> None:
    global _lexicon, _cache
    _lexicon = load_lexicon()
    _cache = ExtractionCache(*cache) if cache is not None else None


def _extract_batch(batch: list[tuple[int, str, str]]) -> tuple[list[Pickled], int, float]:
    """Extract a batch; each extraction is pickled once, here, for the cache
    (written here, off the build's process) and for the trip back.  Also
    this worker's pid and CPU seconds so far (the build reports them: a
    worker of the forkserver is no child of the build's process)."""
    assert _lexicon is not None
    done: list[Pickled] = []
    for position, path, key in batch:
        _, extraction, problem = _extract_one(position, Path(path), _lexicon)
        data = None
        if extraction is not None:
            data = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
            if _cache is not None and key:
                _cache.put_pickled(key, data)
        done.append((position, data, problem))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return done, os.getpid(), usage.ru_utime + usage.ru_stime


def _extract_one(position: int, path: Path, lexicon: Lexicon) -> Outcome:
    for item in read_documents([path]):
        if isinstance(item, DocumentError):
            return position, None, f"{item.path}: {item.reason}; skipped"
        try:
            return position, extract(item, lexicon), ""
        except Exception as exc:  # one bad document never stops the others
            return position, None, f"{item.path}: extraction failed ({type(exc).__name__}: {exc}); skipped"
    return position, None, f"{path}: not a document; skipped"


def extract_all(
    files: Sequence[Path],
    cache: ExtractionCache | None,
    jobs: int | None = None,
    advance: Callable[[int], None] = lambda n: None,
    take: Callable[[int, str, Extraction], None] | None = None,
) -> Extracted:
    """Extract ``files`` (in order) on ``jobs`` processes (default: every core),
    taking unchanged documents from ``cache``; ``advance(n)`` is called as
    documents are done.  With ``take``, each extraction is given to
    ``take(position, content_key, extraction)`` as soon as it is done (in
    no particular order) and not kept: the result then holds no extraction."""
    result = Extracted()
    slots: list[Extraction | None] = [None] * len(files)
    problems: dict[int, str] = {}
    keys: dict[int, str] = {}
    todo: list[tuple[int, str]] = []
    for position, path in enumerate(files):
        try:
            key = content_key(path)
        except OSError:
            todo.append((position, str(path)))  # the reader will say what is wrong
            continue
        keys[position] = key
        hit = cache.get(key, path) if cache is not None else None
        if hit is None:
            todo.append((position, str(path)))
        else:
            slots[position] = hit
            result.from_cache += 1
    advance(result.from_cache)

    def take_hits() -> None:  # the cached ones, while the workers extract the others
        if take is not None:
            for position, hit in enumerate(slots):
                if hit is not None:
                    slots[position] = None
                    take(position, keys[position], hit)

    def record(outcome: Outcome, cached: bool = False) -> None:
        position, extraction, problem = outcome
        if extraction is None:
            problems[position] = problem
            return
        result.extracted += 1
        if cache is not None and position in keys and not cached:
            cache.put(keys[position], extraction)
        if take is not None:
            take(position, keys.get(position, ""), extraction)
        else:
            slots[position] = extraction

    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1 or len(todo) < MIN_PARALLEL:
        take_hits()
        lexicon = load_lexicon()
        for position, name in todo:
            record(_extract_one(position, Path(name), lexicon))
            advance(1)
    else:
        result.workers = jobs
        keyed = [(position, name, keys.get(position, "")) for position, name in todo]
        batches = [keyed[i : i + BATCH] for i in range(0, len(keyed), BATCH)]
        # forkserver: forking a process that runs threads (rich, pyoxigraph) may deadlock.
        context = multiprocessing.get_context("forkserver")
        where = (cache.base, cache.version) if cache is not None else None
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_worker_init, initargs=(where,)
        ) as pool:
            # At most IN_FLIGHT batches a worker submitted at once: when ``take``
            # is slower than the workers (the store's loader behind it), the
            # workers wait, rather than finished extractions piling up here.
            cpu: dict[int, float] = {}
            waiting = iter(batches)
            running = {pool.submit(_extract_batch, batch) for batch in islice(waiting, IN_FLIGHT * jobs)}
            take_hits()
            while running:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    outcomes, pid, used = future.result()
                    cpu[pid] = max(cpu.get(pid, 0.0), used)
                    for position, data, problem in outcomes:
                        extraction = pickle.loads(data) if data is not None else None
                        record((position, extraction, problem), cached=True)
                    advance(len(outcomes))
                    running.update(pool.submit(_extract_batch, batch) for batch in islice(waiting, 1))
        result.worker_cpu = round(sum(cpu.values()), 3)
    for position in range(len(files)):
        extraction = slots[position]
        if extraction is not None:
            result.extractions.append(extraction)
            result.keys.append(keys.get(position, ""))
            result.positions.append(position)
        elif position in problems:
            result.problems.append(problems[position])
    return result
