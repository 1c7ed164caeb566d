"""The build: documents → statements → graphs → reasoning → a new store.

The steps, each timed in the report (``Report.timings``) so the bottleneck
is visible::

    read → extract → assemble → reason → validate → write → dumps → commit

Extraction runs on every core and takes unchanged documents from the
extraction cache (``DIR/cache/``, see :mod:`kg.cache`), so a rebuild after
changing a few documents extracts only those.  Each document is curated and
assembled to N-Quads text as soon as it is extracted, and the text goes to
pyoxigraph's ``bulk_load`` in a thread, in pieces of :data:`LOAD_CHUNK`
bytes, while the next documents are extracted (the bulk load mostly waits
for the disk; one load of a whole large corpus would hold all of it in
memory).  When only documents changed since the served build, the build is
a delta (see :mod:`kg.delta`): a copy of the served store with only the
changed documents' graphs redone.

One broken document never spoils the others: it becomes a line in the
report.  The store is switched to the new build only when everything
succeeded (see :mod:`kg.store`).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import queue
import resource
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg import delta, describe, store
from kg.assemble import Assembled, Assembler, assemble
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
        curation_files = find_curation_files(paths)
        key = delta.build_key(
            settings.base_iri, settings.reasoner, published_ontology_files(), curation_files
        )
        planned = delta.plan(settings.store, files, key) if cache else "the extraction cache is off"
    context = _Context(settings, minter, lexicon, extraction_cache, curation_files, key, step, started)

    if isinstance(planned, delta.Plan):
        try:
            return _delta_build(report, context, planned, files, jobs, progress, strict, dumps)
        except _NotDelta as exc:
            planned = str(exc)
            read = report.timings.get("read", 0.0), report.peak_mb.get("read", 0.0)
            report = Report(store=str(settings.store))  # the steps' timings go to the new one
            report.timings["read"], report.peak_mb["read"] = read
    report.mode = f"full build: {planned}"

    with step("curate"):  # read first: each document is curated as soon as it is extracted
        curation = _load_curation(curation_files, lexicon)

    # From here on the new build has its directory (removed if anything fails,
    # or by the next build after a crash).  Each extraction is curated and
    # assembled to N-Quads as soon as a worker gives it back, and let go; the
    # text goes to pyoxigraph's bulk loader, in a thread, in pieces of
    # LOAD_CHUNK bytes, while the workers extract the next documents (the
    # bulk load mostly waits for the disk: it overlaps with extraction).
    with store.writing(settings.store) as build_path:
        oxi = ox.Store(str(build_path / "oxigraph"))
        text = open(build_path / DATASET, "wb", buffering=1 << 20) if dumps else None  # noqa: SIM115
        with (
            _Loader(oxi, text) as loader,
            open(build_path / delta.FACTS, "wb", buffering=1 << 20) as facts,
            text or contextlib.nullcontext(),
        ):
            assembler = Assembler(minter, lexicon)
            buffer = io.BytesIO()
            assembled = Assembled(sink=buffer, facts=facts)
            done: dict[int, tuple[str, delta.Entry]] = {}

            def take(position: int, content: str, extraction: Extraction) -> None:
                entry = _entry(content, extraction, curation, minter)
                assembler.document(extraction, assembled)
                entry.entities = assembled.document_entities.pop()
                done[position] = (extraction.document.path, entry)
                if buffer.tell() >= LOAD_CHUNK:
                    loader.put(buffer.getvalue())
                    buffer.seek(0)
                    buffer.truncate()

            with step("extract", len(files)):
                extracted = extract_all(files, extraction_cache, jobs, progress.advance, take)
                report.problems.extend(extracted.problems)
                report.extracted, report.from_cache = extracted.extracted, extracted.from_cache
                report.workers = extracted.workers
                order = sorted(done)
                for position in order:
                    _report_document(report, *done[position])
            if not done:
                raise BuildError("no document could be read: " + "; ".join(report.problems or ["none given"]))

            with step("assemble"):
                entries = [done[position][1] for position in order]
                done.clear()
                report.statements = sum(entry.statements for entry in entries)
                hits = [entry.retracted for entry in entries]
                report.curation = delta.curation_lines(apply_curation([], curation), _sum(hits, curation))
                manifest = delta.Manifest(key, entries) if all(entry.content for entry in entries) else None
                assembler.finish(assembled, curation.added)
                shared = assembler.shared(assembled)
                (build_path / delta.SHARED).write_text(shared, encoding="utf-8")
                buffer.write(shared.encode())
                del shared
                loader.put(buffer.getvalue())
                buffer.close()
                report.asserted = len(assembled.domain)
            return _finish(report, context, assembled, build_path, oxi, loader, strict, text, manifest)


class _NotDelta(Exception):
    """A planned delta build turned out not to be safe: build in full."""


@dataclass(slots=True)
class _Context:
    settings: Settings
    minter: Minter
    lexicon: Any
    extraction_cache: ExtractionCache | None
    curation_files: list[Path]
    key: str
    step: Any
    started: float


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


def _delta_build(
    report: Report,
    context: _Context,
    plan: delta.Plan,
    files: list[Path],
    jobs: int | None,
    progress: Quiet,
    strict: bool,
    dumps: bool,
) -> Report:
    """The build as a copy of the previous one with only what changed redone (see :mod:`kg.delta`)."""
    step, minter, settings = context.step, context.minter, context.settings
    with step("extract", len(plan.todo)):
        extracted = extract_all(
            [files[i] for i in plan.todo], context.extraction_cache, jobs, progress.advance
        )
        report.problems.extend(extracted.problems)
        report.extracted = extracted.extracted
        report.from_cache = extracted.from_cache + len(plan.kept)
        report.workers = extracted.workers
        new = {
            plan.todo[i]: (content, extraction)
            for i, content, extraction in zip(
                extracted.positions, extracted.keys, extracted.extractions, strict=True
            )
        }
        keys = [entry.key for entry in plan.kept.values()] + [x.document.key for _, x in new.values()]
        if len(set(keys)) != len(keys):
            raise _NotDelta("two documents have the same key")
        if not all(content for content, _ in new.values()):
            raise _NotDelta("a document's content key could not be computed")
    if not keys:
        raise BuildError("no document could be read: " + "; ".join(report.problems or ["none given"]))

    with step("curate"):
        curation = _load_curation(context.curation_files, context.lexicon)
        entries = {
            position: _entry(content, extraction, curation, minter)
            for position, (content, extraction) in new.items()
        }
        entries.update(plan.kept)
        order = sorted(entries)
        hits = [entries[position].retracted for position in order]
        report.curation = delta.curation_lines(apply_curation([], curation), _sum(hits, curation))
        for position in order:
            _report_document(report, str(files[position]), entries[position])
        report.statements = sum(entries[position].statements for position in order)
        report.mode = (
            f"delta build: {len(new)} documents new or changed, {plan.removed} of the previous "
            f"build's changed or removed, {len(plan.kept)} kept from build {plan.previous.id}"
        )

    with store.writing(settings.store) as build_path:
        try:
            if store.current(settings.store).id != plan.previous.id:
                raise _NotDelta("another build was committed meanwhile")
        except store.StoreError as exc:
            raise _NotDelta(f"the previous build is gone ({exc})") from exc
        with step("copy"):
            previous = plan.previous.open()
            previous.backup(str(build_path / "oxigraph"))  # a checkpoint: hard links
            del previous
            oxi = ox.Store(str(build_path / "oxigraph"))
            # The store's size after: the previous one's, less what is removed, plus what is added.
            quads = int(plan.previous.info().get("report", {}).get("quads", -1))
            for graph in [*plan.dropped, minter.graph("curated"), minter.graph("lexicon")]:
                quads -= _count(oxi, graph)
                oxi.remove_graph(ox.NamedNode(graph))
            kept_facts = delta.kept_facts(plan.previous.path, set(plan.dropped))
            (build_path / delta.FACTS).write_bytes(kept_facts)
            kept_entities = {name for entry in plan.kept.values() for name in entry.entities}

        text = build_path / "assembled.nq"
        with (
            step("assemble"),
            open(text, "wb", buffering=1 << 20) as sink,
            open(build_path / delta.FACTS, "ab") as facts,
        ):
            extractions = [new[position][1] for position in sorted(new)]
            assembled = assemble(
                extractions,
                minter,
                context.lexicon,
                curation.added,
                sink=sink,
                facts=facts,
                entities=kept_entities,
                shared=False,
            )
            for position, entities in zip(sorted(new), assembled.document_entities, strict=True):
                entries[position].entities = entities
            statement = f"<{minter.base}id/fact/".encode()
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
            shared = Assembler(minter, context.lexicon).shared(assembled)
            (build_path / delta.SHARED).write_text(shared, encoding="utf-8")
            report.asserted = len(assembled.domain)
            added = [minter.document_graph(x.document.key) for x in extractions]
            del extractions, new, kept_facts, asserted

        with step("write"):
            _load(oxi, text)
            quads += sum(
                _count(oxi, graph) for graph in [*added, minter.graph("curated"), minter.graph("lexicon")]
            )
            # The graphs ``asserted`` and ``statements`` are changed by the difference only.
            was = set((plan.previous.path / delta.SHARED).read_text(encoding="utf-8").splitlines())
            now = set(shared.splitlines())
            for quad in ox.parse(input="\n".join(was - now).encode(), format=ox.RdfFormat.N_QUADS):
                oxi.remove(quad)
            oxi.bulk_load(input="\n".join(now - was).encode(), format=ox.RdfFormat.N_QUADS)
            quads += len(now) - len(was)
            del was, now
        manifest = delta.Manifest(context.key, [entries[position] for position in order])
        ontology_graph, inferred_graph = minter.graph("ontology"), minter.graph("inferred")

        def assembled_quads() -> list[ox.Quad]:
            skipped = (ontology_graph, inferred_graph)
            return [
                q
                for q in oxi
                if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in skipped)
            ]

        reasoning = _reason_and_validate(report, context, assembled, assembled_quads, strict)
        loading = report.timings["write"]
        with step("write"):
            # The graph ``inferred`` is changed by the difference only: removing
            # a large graph from RocksDB costs ≈ 70 µs a quad.
            target = ox.NamedNode(inferred_graph)
            before = set(_triples(plan.previous.path / delta.INFERRED))
            for s, p, o in before - reasoning.inferred:
                oxi.remove(ox.Quad(s, p, o, target))
            oxi.extend(ox.Quad(s, p, o, target) for s, p, o in reasoning.inferred - before)
            _write_inferred(build_path, reasoning.inferred)
            oxi.flush()
            report.quads = quads + len(reasoning.inferred) - len(before) if quads >= 0 else len(oxi)
            report.graphs = sum(1 for _ in oxi.named_graphs())
            redone = [*plan.dropped, *(minter.graph(name) for name in _SHARED_GRAPHS)]
            before_path = plan.previous.path
            dataset = (
                _delta_dataset(build_path, before_path, redone, text, shared, inferred_graph)
                if dumps
                else None
            )
            text.unlink()
            del shared
        report.timings["write"] = round(report.timings["write"] + loading, 3)
        return _publish_and_commit(report, context, oxi, build_path, dumps, manifest, dataset)


_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
# The graphs a delta build makes anew, whatever changed (besides the changed documents').
_SHARED_GRAPHS = ("curated", "lexicon", "asserted", "statements", "inferred")


def _delta_dataset(
    build_path: Path, previous: Path, redone: list[str], text: Path, shared: str, inferred_graph: str
) -> Path | None:
    """The whole dataset as N-Quads for a delta build's dumps (no scan of the
    store): the previous build's N-Quads dump without the graphs ``redone``,
    then this build's text of them (``text``: the new documents, ``curated``
    and ``lexicon``; ``shared``: ``asserted`` and ``statements``; the graph
    ``inferred`` from its file).  None when the previous build has no dump."""
    from kg.dump import file_name

    old = previous / "dumps" / file_name("nq")
    if not old.is_file():
        return None
    dropped = {graph.encode() for graph in redone}
    inferred = f" <{inferred_graph}> .\n".encode()
    dataset = build_path / DATASET
    with gzip.open(old, "rb") as lines, open(dataset, "wb", buffering=1 << 20) as out:
        for line in lines:
            if line[line.rfind(b" <", 0, len(line) - 3) + 2 : line.rfind(b">")] not in dropped:
                out.write(line)
        with open(text, "rb") as new:
            shutil.copyfileobj(new, out, 1 << 20)
        out.write(shared.encode())
        with open(build_path / delta.INFERRED, "rb") as triples:
            for line in triples:
                if line.strip():
                    out.write(line[: line.rfind(b" .")] + inferred)
    return dataset


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


def _load(oxi: ox.Store, text: Path) -> None:
    """Bulk-load the N-Quads file ``text`` into ``oxi`` in pieces."""
    for chunk in _chunks(text):  # in parts: one bulk load of it all holds it all in memory
        try:
            oxi.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:  # a bug of the assembler, not of the documents
            raise BuildError(f"{text}: the assembled N-Quads do not parse: {exc}") from exc
    oxi.flush()


def _reason_and_validate(
    report: Report, context: _Context, assembled: Any, quads: Callable[[], list[ox.Quad]], strict: bool
) -> Any:
    """Reason over the domain triples, validate; ``quads()`` gives the
    assembled quads to trace contradictions on (called only when there are some)."""
    step = context.step
    with step("reason"):
        ontology = load_ontology(ontology_files())
        rules = cache_dir(context.settings.store).parent / "rules" if context.extraction_cache else None
        reasoning = reason(
            ontology, assembled.domain, context.minter.base + "id/", context.settings.reasoner, rules
        )
        report.inferred, report.reasoner = len(reasoning.inferred), reasoning.engine
        report.problems.extend([reasoning.note] if reasoning.note else [])
        if reasoning.conflicts:
            report.inconsistencies = explain_conflicts(
                reasoning.conflicts, quads(), reasoning.inferred, context.minter
            )

    with step("validate"):
        from kg.resources import shapes_file  # looked up now: tests substitute the shapes

        shapes = load_shapes(shapes_file())  # on what the shapes read: domain, inferred, labels
        data = [*assembled.domain, *reasoning.inferred, *assembled.labels]
        report.violations = [str(v) for v in validate(shapes, data)]
        if strict and (report.inconsistencies or report.violations):
            raise BuildError(strict_failure(report.inconsistencies, report.violations))
    return reasoning


def _finish(
    report: Report,
    context: _Context,
    assembled: Any,
    build_path: Path,
    oxi: ox.Store,
    loader: _Loader,
    strict: bool,
    text: BinaryIO | None,
    manifest: delta.Manifest | None,
) -> Report:
    """Reason and validate while the documents load, then load the graphs
    ``inferred`` and ``ontology``, dump (from ``text``, the N-Quads the
    loader was given, when dumps are wanted), commit."""
    minter = context.minter

    def quads() -> list[ox.Quad]:  # the assembled quads, only when there are contradictions
        loader.close()
        return list(oxi)

    reasoning = _reason_and_validate(report, context, assembled, quads, strict)
    with context.step("write"):
        del assembled
        loader.close()
        extra: list[ox.Quad] = []
        inferred_graph = ox.NamedNode(minter.graph("inferred"))
        extra.extend(ox.Quad(s, p, o, inferred_graph) for s, p, o in sorted(reasoning.inferred, key=str))
        ontology_graph = ox.NamedNode(minter.graph("ontology"))
        for path in published_ontology_files():
            extra.extend(
                ox.Quad(q.subject, q.predicate, q.object, ontology_graph)
                for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            )
        piece = ox.serialize(extra, format=ox.RdfFormat.N_QUADS) or b""
        del extra
        oxi.bulk_load(input=piece, format=ox.RdfFormat.N_QUADS)
        if text is not None:
            text.write(piece)
            text.close()
        del piece
        _write_inferred(build_path, reasoning.inferred)
        oxi.flush()
        report.quads = len(oxi)
        report.graphs = sum(1 for _ in oxi.named_graphs())
    dataset = build_path / DATASET if text is not None else None
    return _publish_and_commit(report, context, oxi, build_path, text is not None, manifest, dataset)


# The whole dataset as the N-Quads a full build loads, kept beside the new
# store while it is built: the dumps are made from it, not from a scan of the
# store (see :func:`kg.dump.write_dumps_and_copy`); removed before the commit.
DATASET = "dataset.nq"


class _Loader:
    """Bulk-loads N-Quads pieces into a store in a thread (pyoxigraph releases
    the GIL), at most two pieces waiting; its errors come out of :meth:`put`
    and :meth:`close`."""

    def __init__(self, oxi: ox.Store, tee: BinaryIO | None = None) -> None:
        self.oxi = oxi
        self.tee = tee  # where every piece is also written, when given
        self.pieces: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.closed = False
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

    def put(self, piece: bytes) -> None:
        self._check()
        if self.tee is not None:
            self.tee.write(piece)
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


def _publish_and_commit(
    report: Report,
    context: _Context,
    oxi: ox.Store,
    build_path: Path,
    dumps: bool,
    manifest: delta.Manifest | None,
    text: Path | None = None,
) -> Report:
    """Dump (from ``text``, the build's N-Quads of the whole dataset, when
    given; else from a scan of the store), record what a later delta build
    needs, and switch the store to the new build."""
    with context.step("dumps"):
        published: dict[str, Any] = {}
        if dumps:  # the dump files and the VoID counts
            published = describe.publish(oxi, build_path, context.minter.base, text=text)
            report.wikidata_links = published["void"]["wikidataLinks"]
        if text is not None:
            text.unlink(missing_ok=True)
        del oxi
    with context.step("commit"):
        if manifest is not None:
            manifest.write(build_path)
        else:
            for name in (delta.FACTS, delta.INFERRED, delta.SHARED):
                (build_path / name).unlink(missing_ok=True)
        report.seconds = round(time.perf_counter() - context.started, 3)
        report.build = build_path.name
        store.commit(
            context.settings.store,
            build_path,
            {"report": report.as_dict(), "built": time.time(), **published},
        )
        if context.extraction_cache is not None:
            context.extraction_cache.prune()
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
