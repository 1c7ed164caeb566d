"""The build: documents → statements → graphs → reasoning → a new store.

The steps, each timed in the report (``Report.timings``) so the bottleneck
is visible::

    read → extract → assemble → reason → validate → write → dumps → commit

Extraction runs on every core and takes unchanged documents from the
extraction cache (``DIR/cache/``, see :mod:`kg.cache`), so a rebuild after
changing a few documents extracts only those.  Assembly writes N-Quads
text to a file, one document at a time; loading gives it to pyoxigraph's
``bulk_load`` in pieces of :data:`LOAD_CHUNK` bytes (one load of a whole
large corpus holds all of it in memory).

One broken document never spoils the others: it becomes a line in the
report.  The store is switched to the new build only when everything
succeeded (see :mod:`kg.store`).
"""

from __future__ import annotations

import contextlib
import resource
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import describe, store
from kg.assemble import assemble
from kg.cache import ExtractionCache
from kg.explain import explain_conflicts
from kg.extraction import extract_all
from kg.iri import Minter
from kg.progress import Quiet
from kg.reason import load_ontology, reason
from kg.resources import documents_dir, ontology_files, published_ontology_files
from kg.settings import Settings
from kg.validate import load_shapes, strict_failure, validate
from loaders import load_lexicon
from loaders.curation import CurationError, apply_curation, find_curation_files, load_curation
from loaders.documents import discover
from loaders.records import Document


class BuildError(Exception):
    """The build could not produce a store; the served store is untouched."""


@dataclass(slots=True)
class Report:
    store: str = ""
    build: str = ""
    documents: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path: what is wrong; what was done"
    notes: list[str] = field(default_factory=list)  # "path: what was unusual; what was done"
    statements: int = 0
    asserted: int = 0  # domain triples asserted
    inferred: int = 0
    quads: int = 0
    wikidata_links: int = 0  # owl:sameAs links to Wikidata (the VoID linkset)
    graphs: int = 0
    inconsistencies: list[str] = field(default_factory=list)  # with the sentences behind them
    violations: list[str] = field(default_factory=list)  # SHACL results (ontology/shapes.ttl)
    reasoner: str = ""
    seconds: float = 0.0
    extracted: int = 0  # documents extracted by this build
    from_cache: int = 0  # documents whose extraction was unchanged and taken from the cache
    workers: int = 1  # processes that extracted
    timings: dict[str, float] = field(default_factory=dict)  # step -> seconds
    peak_mb: dict[str, float] = field(default_factory=dict)  # step -> peak memory of the process so far
    curation: list[str] = field(default_factory=list)  # what documents/curation.toml added and retracted

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def cache_dir(root: Path) -> Path:
    return root / "cache" / "extractions"


def build(
    paths: Iterable[Path] | None,
    settings: Settings,
    *,
    jobs: int | None = None,
    cache: bool = True,
    progress: Quiet | None = None,
    strict: bool = False,
    dumps: bool = True,
) -> Report:
    """Build a new store from the documents under ``paths``.

    ``jobs`` extraction processes (default: every core); ``cache=False``
    extracts every document afresh; ``progress`` shows the steps (default:
    nothing); ``strict`` fails the build, before the store is switched, on a
    contradiction or a SHACL violation; ``dumps=False`` leaves the dump
    files and stored VoID counts out (the server then counts on demand;
    benchmarks time the dumps on their own)."""
    started = time.perf_counter()
    progress = progress or Quiet()
    report = Report(store=str(settings.store))

    @contextlib.contextmanager
    def step(name: str, total: int | None = None) -> Iterator[None]:
        progress.step(name, total)
        began = time.perf_counter()
        yield
        report.timings[name] = round(time.perf_counter() - began, 3)
        report.peak_mb[name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    paths = list(paths or [documents_dir()])
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise BuildError(f"{path}: no such file or folder")

    with step("read"):
        files = list(discover(paths))
        lexicon = load_lexicon()
        minter = Minter(settings.base_iri)
        extraction_cache = ExtractionCache(cache_dir(settings.store)) if cache else None

    with step("extract", len(files)):
        extracted = extract_all(files, extraction_cache, jobs, progress.advance)
        extractions = extracted.extractions
        report.problems.extend(extracted.problems)
        report.extracted, report.from_cache = extracted.extracted, extracted.from_cache
        report.workers = extracted.workers
        for extraction in extractions:
            report.documents.append(extraction.document.path)
            report.notes.extend(_reading_notes(extraction.document))
            if not extraction.mentions:
                report.problems.append(
                    f"{extraction.document.path}: no entity of the lexicon is mentioned; built with no facts"
                )
    if not extractions:
        raise BuildError("no document could be read: " + "; ".join(report.problems or ["none given"]))

    with step("curate"):
        try:
            curation = load_curation(find_curation_files(paths), lexicon)
        except CurationError as exc:
            raise BuildError(str(exc)) from exc
        report.curation = apply_curation(extractions, curation)

    # From here on the new build has its directory (removed if anything fails,
    # or by the next build after a crash); the assembled N-Quads go to a file
    # in it, one document at a time, and each extraction is let go once written.
    with store.writing(settings.store) as build_path:
        text = build_path / "assembled.nq"
        with step("assemble"), open(text, "wb", buffering=1 << 20) as sink:
            report.statements = sum(len(x.statements) for x in extractions)
            assembled = assemble(_drain(extractions), minter, lexicon, curation.added, sink=sink)
            report.asserted = len(assembled.domain)
            del extractions, extracted
        return _finish(
            report, settings, minter, assembled, build_path, step, started, extraction_cache, strict, dumps
        )


LOAD_CHUNK = 32 << 20  # bytes of N-Quads per bulk load


def _chunks(path: Path, size: int = LOAD_CHUNK) -> Iterator[bytes]:
    """The file at ``path`` in pieces of about ``size`` bytes, cut after a line."""
    rest = b""
    with open(path, "rb") as f:
        while block := f.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest = block
                continue
            rest = block[cut:]
            yield block[:cut]
    if rest:
        yield rest


def _drain(items: list[Any]) -> Iterator[Any]:
    """The items of ``items`` in order, each dropped from the list once taken."""
    for i in range(len(items)):
        item, items[i] = items[i], None
        yield item


def _finish(
    report: Report,
    settings: Settings,
    minter: Minter,
    assembled: Any,
    build_path: Path,
    step: Any,
    started: float,
    extraction_cache: ExtractionCache | None,
    strict: bool,
    dumps: bool,
) -> Report:
    """Reason, validate, load the assembled N-Quads into ``build_path``, dump, commit."""
    text = build_path / "assembled.nq"
    with step("reason"):
        ontology = load_ontology(ontology_files())
        reasoning = reason(ontology, assembled.domain, minter.base + "id/", settings.reasoner)
        report.inferred, report.reasoner = len(reasoning.inferred), reasoning.engine
        report.problems.extend([reasoning.note] if reasoning.note else [])
        if reasoning.conflicts:  # traced on the quads, parsed from the text only then
            quads = list(ox.parse(path=str(text), format=ox.RdfFormat.N_QUADS))
            report.inconsistencies = explain_conflicts(reasoning.conflicts, quads, reasoning.inferred, minter)
            del quads

    with step("validate"):
        from kg.resources import shapes_file  # looked up now: tests substitute the shapes

        shapes = load_shapes(shapes_file())  # on what the shapes read: domain, inferred, labels
        data = [*assembled.domain, *reasoning.inferred, *assembled.labels]
        report.violations = [str(v) for v in validate(shapes, data)]
        if strict and (report.inconsistencies or report.violations):
            raise BuildError(strict_failure(report.inconsistencies, report.violations))

    with step("write"):
        # The N-Quads file is parsed by pyoxigraph's bulk loader on every
        # core; the Python side never holds the quads as objects.
        del assembled
        extra: list[ox.Quad] = []
        inferred_graph = ox.NamedNode(minter.graph("inferred"))
        extra.extend(ox.Quad(s, p, o, inferred_graph) for s, p, o in sorted(reasoning.inferred, key=str))
        ontology_graph = ox.NamedNode(minter.graph("ontology"))
        for path in published_ontology_files():
            extra.extend(
                ox.Quad(q.subject, q.predicate, q.object, ontology_graph)
                for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            )
        with open(text, "ab") as tail:
            tail.write(ox.serialize(extra, format=ox.RdfFormat.N_QUADS) or b"")
        del extra
        oxi = ox.Store(str(build_path / "oxigraph"))
        for chunk in _chunks(text):  # in parts: one bulk load of it all holds it all in memory
            try:
                oxi.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
            except SyntaxError as exc:  # a bug of the assembler, not of the documents
                raise BuildError(f"{text}: the assembled N-Quads do not parse: {exc}") from exc
        oxi.flush()
        text.unlink()  # not part of the build
        report.quads = len(oxi)
        report.graphs = sum(1 for _ in oxi.named_graphs())
    with step("dumps"):
        published: dict[str, Any] = {}
        if dumps:
            published = describe.publish(oxi, build_path, minter.base)  # dumps and VoID counts
            report.wikidata_links = published["void"]["wikidataLinks"]
        del oxi
    with step("commit"):
        report.seconds = round(time.perf_counter() - started, 3)
        report.build = build_path.name
        store.commit(
            settings.store, build_path, {"report": report.as_dict(), "built": time.time(), **published}
        )
        if extraction_cache is not None:
            extraction_cache.prune()
    return report


_UNICODE = {"utf-8", "utf-8-sig", "ascii"}


def _reading_notes(document: Document) -> list[str]:
    """Report lines for documents that were read, but not as plain UTF-8 text."""
    notes = []
    encoding = document.metadata.get("encoding", "utf-8")
    if encoding not in _UNICODE:
        notes.append(f"{document.path}: decoded from {encoding}, not UTF-8; built")
    if document.metadata.get("format") == "html":
        notes.append(
            f"{document.path}: an HTML page: text taken from its markup, scripts, styles and "
            "navigation dropped; built"
        )
    return notes
