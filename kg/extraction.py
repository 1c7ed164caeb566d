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


_lexicon: Lexicon | None = None


def _worker_init() -> None:
    global _lexicon
    _lexicon = load_lexicon()


def _extract_batch(batch: list[tuple[int, str]]) -> list[Outcome]:
    assert _lexicon is not None
    return [_extract_one(position, Path(path), _lexicon) for position, path in batch]


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

    def record(outcome: Outcome) -> None:
        position, extraction, problem = outcome
        if extraction is None:
            problems[position] = problem
            return
        result.extracted += 1
        if cache is not None and position in keys:
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
        batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
        # forkserver: forking a process that runs threads (rich, pyoxigraph) may deadlock.
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init) as pool:
            # At most IN_FLIGHT batches a worker submitted at once: when ``take``
            # is slower than the workers (the store's loader behind it), the
            # workers wait, rather than finished extractions piling up here.
            waiting = iter(batches)
            running = {pool.submit(_extract_batch, batch) for batch in islice(waiting, IN_FLIGHT * jobs)}
            take_hits()
            while running:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    outcomes = future.result()
                    for outcome in outcomes:
                        record(outcome)
                    advance(len(outcomes))
                    running.update(pool.submit(_extract_batch, batch) for batch in islice(waiting, 1))
    for position in range(len(files)):
        extraction = slots[position]
        if extraction is not None:
            result.extractions.append(extraction)
            result.keys.append(keys.get(position, ""))
            result.positions.append(position)
        elif position in problems:
            result.problems.append(problems[position])
    return result
