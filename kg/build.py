"""The build: documents → statements → graphs → reasoning → a new store.

One broken document never spoils the others: it becomes a line in the
report.  The store is switched to the new build only when everything
succeeded (see :mod:`kg.store`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import describe, store
from kg.assemble import assemble
from kg.iri import Minter
from kg.reason import load_ontology, reason
from kg.resources import documents_dir, ontology_files
from kg.settings import Settings
from loaders import DocumentError, Extraction, extract, load_lexicon, read_documents


class BuildError(Exception):
    """The build could not produce a store; the served store is untouched."""


@dataclass(slots=True)
class Report:
    store: str = ""
    build: str = ""
    documents: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path: what is wrong; what was done"
    statements: int = 0
    asserted: int = 0  # domain triples asserted
    inferred: int = 0
    quads: int = 0
    wikidata_links: int = 0  # owl:sameAs links to Wikidata (the VoID linkset)
    graphs: int = 0
    inconsistencies: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def build(paths: Iterable[Path] | None, settings: Settings) -> Report:
    started = time.perf_counter()
    report = Report(store=str(settings.store))
    paths = list(paths or [documents_dir()])
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise BuildError(f"{path}: no such file or folder")
    lexicon = load_lexicon()
    minter = Minter(settings.base_iri)
    extractions: list[Extraction] = []
    for item in read_documents(paths):
        if isinstance(item, DocumentError):
            report.problems.append(f"{item.path}: {item.reason}; skipped")
            continue
        try:
            extraction = extract(item, lexicon)
        except Exception as exc:
            report.problems.append(f"{item.path}: extraction failed ({type(exc).__name__}: {exc}); skipped")
            continue
        extractions.append(extraction)
        report.documents.append(item.path)
        if not extraction.mentions:
            report.problems.append(f"{item.path}: no entity of the lexicon is mentioned; built with no facts")
    if not extractions:
        raise BuildError("no document could be read: " + "; ".join(report.problems or ["none given"]))

    assembled = assemble(extractions, minter, lexicon)
    report.statements = sum(len(x.statements) for x in extractions)
    report.asserted = len(assembled.domain)

    ontology = load_ontology(ontology_files())
    reasoning = reason(ontology, assembled.domain, minter.base + "id/")
    report.inferred = len(reasoning.inferred)
    report.inconsistencies = reasoning.inconsistencies

    quads = list(assembled.quads)
    inferred_graph = ox.NamedNode(minter.graph("inferred"))
    quads.extend(ox.Quad(s, p, o, inferred_graph) for s, p, o in sorted(reasoning.inferred, key=str))
    ontology_graph = ox.NamedNode(minter.graph("ontology"))
    for path in ontology_files():
        quads.extend(
            ox.Quad(q.subject, q.predicate, q.object, ontology_graph)
            for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        )

    with store.writing(settings.store) as build_path:
        oxi = ox.Store(str(build_path / "oxigraph"))
        oxi.bulk_extend(quads)
        oxi.flush()
        report.quads = len(oxi)
        report.graphs = sum(1 for _ in oxi.named_graphs())
        published = describe.publish(oxi, build_path, minter.base)  # dumps and VoID counts
        report.wikidata_links = published["void"]["wikidataLinks"]
        del oxi
        report.seconds = round(time.perf_counter() - started, 3)
        report.build = build_path.name
        store.commit(
            settings.store, build_path, {"report": report.as_dict(), "built": time.time(), **published}
        )
    return report
