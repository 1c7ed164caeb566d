"""The build: documents → statements → graphs → reasoning → a new store.

The steps, each timed in the report (``Report.timings``) so the bottleneck
is visible::

    read → extract → assemble → reason → validate → write → disagreements → dumps → commit

Extraction runs on every core and takes unchanged documents from the
extraction cache (``DIR/cache/``, see :mod:`kg.cache`), so a rebuild after
changing a few documents extracts only those.  Each document is curated and
assembled to N-Quads text as soon as it is extracted, and the text goes to
pyoxigraph's ``bulk_load`` in a thread, in pieces of :data:`LOAD_CHUNK`
bytes, while the next documents are extracted (the bulk load mostly waits
for the disk; one load of a whole large corpus would hold all of it in
memory).  When only documents changed since the served build, the build is
a delta (see :mod:`kg.delta`): a copy of the served store with only the
changed documents' graphs redone.  Both are one pipeline (:class:`_Pipeline`),
the same steps in the same code; a delta plan only decides which documents
are extracted and what is copied.  The N-Quads given to the loader are also
the dataset's text, which the dumps are made from as it is written
(:class:`kg.parts.Writer`, in processes beside the build's steps).

One broken document never spoils the others: it becomes a line in the
report.  The store is switched to the new build only when everything
succeeded (see :mod:`kg.store`).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import queue
import resource
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import delta, describe, disagreements, parts, store
from kg.assemble import Assembled, Assembler
from kg.cache import ExtractionCache
from kg.dump import file_name
from kg.explain import explain_conflicts
from kg.extraction import extract_all
from kg.iri import Minter
from kg.progress import Quiet
from kg.reason import load_ontology, reason
from kg.resources import documents_dir, ontology_files, published_ontology_files
from kg.settings import Settings
from kg.validate import load_shapes, strict_failure, validate
from loaders import load_lexicon
from loaders.curation import Curation, CurationError, apply_curation, find_curation_files, load_curation
from loaders.documents import discover
from loaders.records import Document, Extraction


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
    # step -> CPU seconds (user + system) of this process and of the extraction
    # workers it reaped during the step: on a shared machine the steady figure
    cpu: dict[str, float] = field(default_factory=dict)
    # the dumps step: wall seconds each format took (from the step's start), see kg.dump
    dump_seconds: dict[str, float] = field(default_factory=dict)
    curation: list[str] = field(default_factory=list)  # what documents/curation.toml added and retracted
    mode: str = ""  # "delta build: …" or "full build: why not a delta"

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
    extracts every document afresh (and makes a full build); ``progress``
    shows the steps (default: nothing); ``strict`` fails the build, before
    the store is switched, on a contradiction or a SHACL violation;
    ``dumps=False`` leaves the dump files and stored VoID counts out (the
    server then counts on demand; benchmarks time the dumps on their own).

    When the previous build allows it (see :mod:`kg.delta`), the build is a
    delta: a copy of the served store with only the changed documents'
    graphs redone; ``Report.mode`` says which it was, and why not a delta."""
    pipeline = _Pipeline(settings, jobs, cache, progress or Quiet(), strict, dumps)
    return pipeline.run(list(paths or [documents_dir()]))


class _NotDelta(Exception):
    """A planned delta build turned out not to be safe: build in full."""


class _Pipeline:
    """One build, full or delta, as its steps in order, each a method:

        read → curate → [copy] → extract (each document assembled and
        bulk-loaded as soon as it is extracted) → assemble → reason →
        validate → write → disagreements → dumps → commit

    A delta plan (:mod:`kg.delta`) only decides which documents are
    extracted (the new and changed ones; all of them in a full build) and
    what is copied from the previous build (its store less the graphs to
    redo, and its kept documents' facts, entities and report lines); every
    step is the same code for both.  The graphs every document feeds
    (``asserted``, ``statements``, ``inferred``) are changed by their
    difference from the previous build's, which a full build does not have."""

    def __init__(
        self, settings: Settings, jobs: int | None, cache: bool, progress: Quiet, strict: bool, dumps: bool
    ) -> None:
        self.settings, self.jobs, self.cache = settings, jobs, cache
        self.progress, self.strict, self.dumps = progress, strict, dumps
        self.started = time.perf_counter()
        self.report = Report(store=str(settings.store))

    @contextlib.contextmanager
    def step(self, name: str, total: int | None = None) -> Iterator[None]:
        self.progress.step(name, total)
        began, cpu = time.perf_counter(), _cpu()
        yield
        self.report.timings[name] = round(self.report.timings.get(name, 0.0) + time.perf_counter() - began, 3)
        self.report.cpu[name] = round(self.report.cpu.get(name, 0.0) + _cpu() - cpu, 3)
        self.report.peak_mb[name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    def run(self, paths: list[Path]) -> Report:
        for path in paths:
            if not path.exists() and not path.is_symlink():
                raise BuildError(f"{path}: no such file or folder")
        planned = self.read(paths)
        if isinstance(planned, delta.Plan):
            try:
                return self.build(planned)
            except _NotDelta as exc:
                planned = str(exc)
                read = self.report.timings.get("read", 0.0), self.report.peak_mb.get("read", 0.0)
                self.report = Report(store=str(self.settings.store))  # the steps' timings go to the new one
                self.report.timings["read"], self.report.peak_mb["read"] = read
        self.report.mode = f"full build: {planned}"
        return self.build(None)

    def read(self, paths: list[Path]) -> delta.Plan | str:
        """The documents, the lexicon, the curation files and the plan: a delta, or why not."""
        settings = self.settings
        with self.step("read"):
            self.files = list(discover(paths))
            self.lexicon = load_lexicon()
            self.minter = Minter(settings.base_iri)
            self.extraction_cache = ExtractionCache(cache_dir(settings.store)) if self.cache else None
            self.curation_files = find_curation_files(paths)
            self.key = delta.build_key(
                settings.base_iri, settings.reasoner, published_ontology_files(), self.curation_files
            )
            return (
                delta.plan(settings.store, self.files, self.key)
                if self.cache
                else "the extraction cache is off"
            )

    def build(self, plan: delta.Plan | None) -> Report:
        """Every step after ``read``, into a new build directory (removed if anything fails)."""
        with self.step("curate"):  # read first: each document is curated as soon as it is extracted
            self.curation = _load_curation(self.curation_files, self.lexicon)
        with store.writing(self.settings.store) as build_path:
            self.build_path = build_path
            self.quads = 0  # a delta build's count of its store's quads, kept as it goes
            if plan is None:
                self.oxi = ox.Store(str(build_path / "oxigraph"))
                kept_facts = b""
            else:
                kept_facts = self.copy(plan)
            # The dumps are made from the text given to the loader, as it is written.
            self.writer = self.dump_writer(plan) if self.dumps else None
            text = self.writer
            with self.writer or contextlib.nullcontext():  # its processes stopped, its scratch gone
                with (
                    _Loader(self.oxi, text) as self.loader,
                    open(build_path / delta.FACTS, "ab", buffering=1 << 20) as facts,
                ):
                    self.assembler = Assembler(self.minter, self.lexicon)
                    self.buffer = io.BytesIO()
                    self.assembled = Assembled(sink=self.buffer, facts=facts)
                    done = self.extract(plan)
                    manifest = self.assemble(plan, done, kept_facts, text)
                    del kept_facts, done
                    reasoning = self.reason_and_validate()
                    self.write(plan, reasoning, text)
                    del reasoning
                    self.find_disagreements(plan, text)
                return self.publish_and_commit(manifest)

    def dump_writer(self, plan: delta.Plan | None) -> parts.Writer | None:
        """What makes the dumps from the build's text (:mod:`kg.parts`); a
        delta build's copies what the previous build's parts hold.  None when
        the previous build has no dumps to start from (the dumps are then
        made from a scan of the store)."""
        previous, dropped, old = None, frozenset[str](), None
        if plan is not None:
            dropped = frozenset(plan.dropped)
            if (plan.previous.path / parts.INDEX).is_file():  # its dumps' parts: this text is the rest
                previous = plan.previous.path / parts.INDEX
            else:  # an older build: its N-Quads dump less the graphs redone, then this text
                old = plan.previous.path / "dumps" / file_name("nq")
                if not old.is_file():
                    return None
        many = len(self.files) >= parts.MIN_PROCESS_DOCUMENTS
        processes = (self.jobs or os.cpu_count() or 1) if many else 0
        writer = parts.Writer(self.build_path / "dumps", self.minter.base, previous, dropped, processes)
        if old is not None and plan is not None:
            redone = [*plan.dropped, *(self.minter.graph(name) for name in (*_SHARED_GRAPHS, "ontology"))]
            skipped = {graph.encode() for graph in redone}
            with gzip.open(old, "rb") as lines:
                for line in lines:
                    if line[line.rfind(b" <", 0, len(line) - 3) + 2 : line.rfind(b">")] not in skipped:
                        writer.write(line)
        return writer

    def copy(self, plan: delta.Plan) -> bytes:
        """A delta build's store: the previous one (a RocksDB checkpoint: hard
        links) less the graphs to redo; its kept documents' facts (:data:`delta.FACTS`)."""
        try:
            if store.current(self.settings.store).id != plan.previous.id:
                raise _NotDelta("another build was committed meanwhile")
        except store.StoreError as exc:
            raise _NotDelta(f"the previous build is gone ({exc})") from exc
        minter = self.minter
        with self.step("copy"):
            previous = plan.previous.open()
            previous.backup(str(self.build_path / "oxigraph"))
            del previous
            self.oxi = ox.Store(str(self.build_path / "oxigraph"))
            # The store's size after: the previous one's, less what is removed, plus what is added.
            self.quads = int(plan.previous.info().get("report", {}).get("quads", -1))
            for graph in [*plan.dropped, *(minter.graph(name) for name in _RECOMPUTED_GRAPHS)]:
                self.quads -= _count(self.oxi, graph)
                self.oxi.remove_graph(ox.NamedNode(graph))
            kept_facts = delta.kept_facts(plan.previous.path, set(plan.dropped))
            (self.build_path / delta.FACTS).write_bytes(kept_facts)
        return kept_facts

    def extract(self, plan: delta.Plan | None) -> dict[int, tuple[str, delta.Entry]]:
        """Extract the documents to do (all, or the delta's), each curated,
        assembled and handed to the bulk loader as soon as a worker gives it
        back (the load mostly waits for the disk: it overlaps with extraction)."""
        report, assembled = self.report, self.assembled
        todo = list(range(len(self.files))) if plan is None else plan.todo
        done: dict[int, tuple[str, delta.Entry]] = {}

        def take(index: int, content: str, extraction: Extraction) -> None:
            entry = _entry(content, extraction, self.curation, self.minter)
            self.assembler.document(extraction, assembled)
            entry.entities = assembled.document_entities.pop()
            done[todo[index]] = (extraction.document.path, entry)
            if self.buffer.tell() >= _piece_size(self.loader.sent):
                self.flush()

        with self.step("extract", len(todo)):
            files = [self.files[i] for i in todo]
            extracted = extract_all(files, self.extraction_cache, self.jobs, self.progress.advance, take)
            report.problems.extend(extracted.problems)
            report.extracted = extracted.extracted
            report.from_cache = extracted.from_cache + (len(plan.kept) if plan else 0)
            report.workers = extracted.workers
        if extracted.worker_cpu:
            report.cpu["extraction workers"] = extracted.worker_cpu
        if plan is not None:
            keys = [entry.key for entry in plan.kept.values()] + [e.key for _, e in done.values()]
            if len(set(keys)) != len(keys):
                raise _NotDelta("two documents have the same key")
            if not all(entry.content for _, entry in done.values()):
                raise _NotDelta("a document's content key could not be computed")
        if not done and not (plan and plan.kept):
            raise BuildError("no document could be read: " + "; ".join(report.problems or ["none given"]))
        return done

    def flush(self) -> None:
        """The N-Quads assembled so far, to the bulk loader."""
        self.loader.put(self.buffer.getvalue())
        self.buffer.seek(0)
        self.buffer.truncate()

    def assemble(
        self, plan: delta.Plan | None, done: dict[int, tuple[str, delta.Entry]], kept_facts: bytes, text: Any
    ) -> delta.Manifest | None:
        """The report's document lines, the graphs ``curated`` and ``lexicon``,
        the kept documents' facts, and the graphs ``asserted`` and ``statements``
        (changed by their difference from the previous build's)."""
        report, assembled = self.report, self.assembled
        with self.step("assemble"):
            entries: dict[int, tuple[str, delta.Entry]] = dict(done)
            if plan is not None:
                entries.update((i, (str(self.files[i]), entry)) for i, entry in plan.kept.items())
            order = sorted(entries)
            for position in order:
                _report_document(report, *entries[position])
            chosen = [entries[position][1] for position in order]
            report.statements = sum(entry.statements for entry in chosen)
            hits = [entry.retracted for entry in chosen]
            report.curation = delta.curation_lines(
                apply_curation([], self.curation), _sum(hits, self.curation)
            )
            if plan is not None:
                report.mode = (
                    f"delta build: {len(done)} documents new or changed, {plan.removed} of the previous "
                    f"build's changed or removed, {len(plan.kept)} kept from build {plan.previous.id}"
                )
            manifest = delta.Manifest(self.key, chosen) if all(entry.content for entry in chosen) else None
            kept_entities = {
                name for entry in (plan.kept.values() if plan else ()) for name in entry.entities
            }
            self.assembler.finish(assembled, self.curation.added, kept_entities)
            self._kept_facts(kept_facts)
            self.flush()  # the last documents, curated and lexicon (the dataset's text keeps them)
            now: set[bytes] = set()
            self.shared_now, self.shared_removed = 0, []
            # Piece by piece to the file a later delta reads, to the dataset's text (the two
            # graphs whole) and, in a full build, to the loader (all of it is new): never whole.
            with open(self.build_path / delta.SHARED, "wb") as kept:
                for piece in self.assembler.shared(assembled, _piece_size(self.loader.sent)):
                    kept.write(piece)
                    if text is not None:
                        text.write(piece)
                    if plan is None:
                        self.shared_now += piece.count(b"\n")
                        self.loader.put(piece, tee=False)
                    else:
                        now.update(piece.splitlines(keepends=True))
            self.shared_was = 0
            if plan is not None:  # the store gets the change from the previous build's graphs
                was = set((plan.previous.path / delta.SHARED).read_bytes().splitlines(keepends=True))
                self.shared_now, self.shared_was = len(now), len(was)
                for piece in _pieces(b"".join(sorted(now - was)), LOAD_CHUNK):
                    self.loader.put(piece, tee=False)
                self.shared_removed = sorted(was - now)
                del now, was
            report.asserted = len(assembled.domain)
            self.added_graphs = [self.minter.document_graph(e.key) for _, e in done.values()]
        return manifest

    def _kept_facts(self, kept_facts: bytes) -> None:
        """The kept documents' facts (a delta build) into the reasoner's input
        and the graphs ``asserted`` and ``statements``."""
        assembled = self.assembled
        statement = f"<{self.minter.base}id/fact/".encode()
        asserted = []
        for line in kept_facts.splitlines(keepends=True):
            if line.startswith(statement):  # a quad of a reported fact's rdf:Statement
                assembled.reported.add(line[: line.rfind(b" <")].decode())
            else:
                asserted.append(line)
        for quad in ox.parse(input=b"".join(asserted), format=ox.RdfFormat.N_QUADS):
            triple = (quad.subject, quad.predicate, quad.object)
            if quad.predicate == _LABEL:
                assembled.labels.append(triple)
            else:
                assembled.domain.add(triple)
            assembled.asserted.add(triple)

    def reason_and_validate(self) -> Any:
        """Reason over the domain triples and validate, while the documents load."""
        report, settings, minter = self.report, self.settings, self.minter
        with self.step("reason"):
            ontology = load_ontology(ontology_files())
            rules = cache_dir(settings.store).parent / "rules" if self.extraction_cache else None
            reasoning = reason(ontology, self.assembled.domain, minter.base + "id/", settings.reasoner, rules)
            report.inferred, report.reasoner = len(reasoning.inferred), reasoning.engine
            report.problems.extend([reasoning.note] if reasoning.note else [])
            if reasoning.conflicts:  # traced on the assembled quads, the load finished first
                self.loader.close()
                skipped = (minter.graph("ontology"), minter.graph("inferred"))
                quads = [
                    q
                    for q in self.oxi
                    if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in skipped)
                ]
                report.inconsistencies = explain_conflicts(
                    reasoning.conflicts, quads, reasoning.inferred, minter
                )

        with self.step("validate"):
            from kg.resources import shapes_file  # looked up now: tests substitute the shapes

            shapes = load_shapes(shapes_file())  # on what the shapes read: domain, inferred, labels
            data = [*self.assembled.domain, *reasoning.inferred, *self.assembled.labels]
            report.violations = [str(v) for v in validate(shapes, data)]
            if self.strict and (report.inconsistencies or report.violations):
                raise BuildError(strict_failure(report.inconsistencies, report.violations))
        return reasoning

    def write(self, plan: delta.Plan | None, reasoning: Any, text: Any) -> None:
        """The load finished, the graphs ``asserted`` and ``statements`` less
        what the previous build had and this one has not, the graph
        ``inferred`` by its difference, the graph ``ontology`` (a full build);
        their text into the dataset's."""
        minter, oxi = self.minter, self.oxi
        with self.step("write"):
            del self.assembled
            self.loader.close()
            for quad in ox.parse(input=b"".join(self.shared_removed), format=ox.RdfFormat.N_QUADS):
                oxi.remove(quad)
            target = ox.NamedNode(minter.graph("inferred"))
            before = set(_triples(plan.previous.path / delta.INFERRED)) if plan else set()
            # Removing a large graph from RocksDB costs ≈ 70 µs a quad: by the difference only.
            for s, p, o in before - reasoning.inferred:
                oxi.remove(ox.Quad(s, p, o, target))
            added = [ox.Quad(s, p, o, target) for s, p, o in sorted(reasoning.inferred - before, key=str)]
            if plan is None:
                graph = ox.NamedNode(minter.graph("ontology"))
                for path in published_ontology_files():
                    added.extend(
                        ox.Quad(q.subject, q.predicate, q.object, graph)
                        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
                    )
            oxi.bulk_load(
                input=ox.serialize(added, format=ox.RdfFormat.N_QUADS) or b"", format=ox.RdfFormat.N_QUADS
            )
            if text is not None:  # the dataset's text: the whole graph ``inferred``, and ``ontology``
                whole = [ox.Quad(s, p, o, target) for s, p, o in sorted(reasoning.inferred, key=str)]
                whole += [q for q in added if q.graph_name != target]
                if plan is not None:  # a delta's copy kept the graph ``ontology`` (its blank nodes too)
                    whole += oxi.quads_for_pattern(None, None, None, ox.NamedNode(minter.graph("ontology")))
                text.write(ox.serialize(whole, format=ox.RdfFormat.N_QUADS) or b"")
            _write_inferred(self.build_path, reasoning.inferred)
            self.inferred_change = len(reasoning.inferred) - len(before)

    def find_disagreements(self, plan: delta.Plan | None, text: Any) -> None:
        """The graph ``disagreements`` (:mod:`kg.disagreements`), found on the
        complete store; the store's counts; the last of the dataset's text."""
        report, minter, oxi = self.report, self.minter, self.oxi
        with self.step("disagreements"):
            found = list(disagreements.quads(disagreements.disputed(oxi, minter), minter))
            piece = ox.serialize(found, format=ox.RdfFormat.N_QUADS) or b""
            oxi.bulk_load(input=piece, format=ox.RdfFormat.N_QUADS)
            if text is not None:
                text.write(piece)
        with self.step("write"):  # the store's counts, with the step they were always part of
            oxi.flush()
            if plan is None or self.quads < 0:
                report.quads = len(oxi)
            else:
                loaded = sum(
                    _count(oxi, g)
                    for g in [*self.added_graphs, *(minter.graph(name) for name in _RECOMPUTED_GRAPHS)]
                )
                report.quads = self.quads + loaded + self.shared_now - self.shared_was + self.inferred_change
            report.graphs = sum(1 for _ in oxi.named_graphs())

    def publish_and_commit(self, manifest: delta.Manifest | None) -> Report:
        """Dump (from the build's N-Quads of the whole dataset, made as they
        were written, when there are; else from a scan of the store), record
        what a later delta build needs, and switch the store to the new build."""
        report, build_path = self.report, self.build_path
        with self.step("dumps"):
            published: dict[str, Any] = {}
            if self.dumps:  # the dump files and the VoID counts
                published = describe.publish(self.oxi, build_path, self.minter.base, writer=self.writer)
                report.wikidata_links = published["void"]["wikidataLinks"]
                report.dump_seconds = published.pop("dump_seconds")
                if self.writer is not None and not self.writer.inline:
                    report.cpu["dump makers"] = round(self.writer.cpu, 3)
            # Every reference to the store goes (the loader holds one): it is closed
            # before the commit syncs its files, with no compaction still under way.
            del self.oxi, self.loader
        with self.step("commit"):
            if manifest is not None:
                manifest.write(build_path)
            else:
                for name in (delta.FACTS, delta.INFERRED, delta.SHARED):
                    (build_path / name).unlink(missing_ok=True)
            report.seconds = round(time.perf_counter() - self.started, 3)
            report.build = build_path.name
            store.commit(
                self.settings.store,
                build_path,
                {"report": report.as_dict(), "built": time.time(), **published},
            )
            if self.extraction_cache is not None:
                self.extraction_cache.prune()
        return report


def _cpu() -> float:
    """CPU seconds so far of this process and its reaped children (the extraction workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load_curation(files: list[Path], lexicon: Any) -> Curation:
    try:
        return load_curation(files, lexicon)
    except CurationError as exc:
        raise BuildError(str(exc)) from exc


def _retractions(extraction: Any, curation: Curation) -> list[int]:
    """Apply the curation's retractions to one document; how many statements each hit."""
    if not curation.retracted:
        return []
    return delta.retraction_hits(apply_curation([extraction], curation), len(curation.retracted))


def _sum(hits: Iterable[list[int]], curation: Curation) -> list[int]:
    totals = [0] * len(curation.retracted)
    for row in hits:
        totals = [a + b for a, b in zip(totals, row, strict=True)]
    return totals


def _entry(content: str, extraction: Extraction, curation: Curation, minter: Minter) -> delta.Entry:
    """What the build's manifest records of one extracted document (its
    entities are added once it is assembled)."""
    document = extraction.document
    graph = minter.document_graph(document.key)
    notes, problems = _document_lines(extraction)
    entry = delta.entry_for(content, document, graph, len(extraction.statements), notes, problems)
    entry.retracted = _retractions(extraction, curation)
    return entry


def _report_document(report: Report, path: str, entry: delta.Entry) -> None:
    """A document's lines in the report (the entry keeps them without the path)."""
    report.documents.append(path)
    report.notes.extend(path + line for line in entry.notes)
    report.problems.extend(path + line for line in entry.problems)


def _document_lines(extraction: Any) -> tuple[list[str], list[str]]:
    """A document's report lines: notes, and problems (no entity mentioned)."""
    problems = []
    if not extraction.mentions:
        problems.append(
            f"{extraction.document.path}: no entity of the lexicon is mentioned; built with no facts"
        )
    return _reading_notes(extraction.document), problems


_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
# The graphs a delta build makes anew, whatever changed (besides the changed documents').
_SHARED_GRAPHS = ("curated", "lexicon", "asserted", "statements", "inferred", "disagreements")
# Those of them a delta build removes from its copy and writes whole (the others
# are changed by their difference from the previous build's).
_RECOMPUTED_GRAPHS = ("curated", "lexicon", "disagreements")


def _pieces(data: bytes, size: int) -> Iterator[bytes]:
    """``data`` (N-Quads) in pieces of about ``size`` bytes, cut after a line's end."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + size - 1) + 1 if start + size < len(data) else len(data)
        end = end or len(data)
        yield data[start:end]
        start = end


def _count(oxi: ox.Store, graph: str) -> int:
    """The quads of one named graph, counted inside the store."""
    result = oxi.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(next(iter(result))["n"].value)  # type: ignore[arg-type]


def _triples(path: Path) -> Iterator[tuple[Any, Any, Any]]:
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
        yield triple.subject, triple.predicate, triple.object


def _write_inferred(build_path: Path, inferred: set[Any]) -> None:
    """The graph ``inferred`` as N-Triples beside the store: a later delta build's baseline."""
    triples = [ox.Triple(s, p, o) for s, p, o in inferred]
    (build_path / delta.INFERRED).write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")


# Bytes of N-Quads per bulk load, at most.  Each load makes RocksDB files that
# later loads compact: fewer, larger pieces cost less CPU as the store grows
# (683,549 quads: 13.2 µs of CPU a quad in 32 MB pieces, 12.0 in 128 MB;
# 1,918,818 quads: 24 and 16.6), for a bounded ≈ 3.5 × piece of memory.
LOAD_CHUNK = 128 << 20
# The first pieces are smaller, so that loading starts early and overlaps
# with extraction on a small corpus (a 1,000-document build is 150 MB).
LOAD_CHUNK_FIRST = 32 << 20


def _piece_size(sent: int) -> int:
    """The size of the next piece after ``sent`` bytes: a quarter of what
    went before, from :data:`LOAD_CHUNK_FIRST` up to :data:`LOAD_CHUNK`."""
    return min(LOAD_CHUNK, max(LOAD_CHUNK_FIRST, sent // 4))


class _Loader:
    """Bulk-loads N-Quads pieces into a store in a thread (pyoxigraph releases
    the GIL), at most two pieces waiting; its errors come out of :meth:`put`
    and :meth:`close`."""

    def __init__(self, oxi: ox.Store, tee: parts.Writer | None = None) -> None:
        self.oxi = oxi
        self.tee = tee  # where every piece is also written, when given
        self.pieces: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.closed = False
        self.sent = 0  # bytes given to the loader so far
        self.thread = threading.Thread(target=self._run, name="bulk-load", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (piece := self.pieces.get()) is not None:
            if self.error is None and piece:
                try:
                    self.oxi.bulk_load(input=piece, format=ox.RdfFormat.N_QUADS)
                except BaseException as exc:  # given to the build's thread
                    self.error = exc

    def _check(self) -> None:
        if isinstance(self.error, SyntaxError):  # a bug of the assembler, not of the documents
            raise BuildError(f"the assembled N-Quads do not parse: {self.error}") from self.error
        if self.error is not None:
            raise self.error

    def put(self, piece: bytes, tee: bool = True) -> None:
        self._check()
        if self.tee is not None and tee:
            self.tee.write(piece)
        self.sent += len(piece)
        self.pieces.put(piece)

    def _stop(self) -> None:
        if not self.closed:
            self.closed = True
            self.pieces.put(None)
            self.thread.join()

    def close(self) -> None:
        """Wait until every piece is loaded."""
        self._stop()
        self._check()

    def __enter__(self) -> _Loader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()  # a failure already under way is not hidden by the loader's


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
