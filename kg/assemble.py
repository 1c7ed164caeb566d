"""Loader records → RDF quads, one named graph per document.

For every statement the document's graph holds the domain triple itself (when
the text states it as a fact) and a provenance record: an ``rdf:Statement``
that names the triple, the sentence it came from (a NIF string with its
character offsets in the original text), the exact span and surface text, the
rule that read it, and the modality (asserted, or only intended).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.iri import DCT, NIF, ONTOLOGY, OWL, PROV, RDF, RDFS, WIKIDATA, XSD, Minter
from loaders.lexicon import Lexicon
from loaders.records import Document, Extraction, Statement

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]

_TYPE = ox.NamedNode(RDF + "type")
_LABEL = ox.NamedNode(RDFS + "label")
_DATATYPES = {
    "date": "date",
    "gYearMonth": "gYearMonth",
    "gYear": "gYear",
    "string": "string",
    "duration": "duration",
}


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: object, datatype: str = "") -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=N(XSD + datatype))
    return ox.Literal(str(value))


@dataclass(slots=True)
class Assembled:
    """What one build adds: domain triples (the reasoner's input) and quads."""

    domain: set[Triple] = field(default_factory=set)
    quads: list[ox.Quad] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)  # keys of lexicon entities used


class Assembler:
    def __init__(self, minter: Minter, lexicon: Lexicon) -> None:
        self.minter = minter
        self.lexicon = lexicon

    def node(self, key: str) -> ox.NamedNode:
        return N(self.minter.entity(key))

    def object_term(self, st: Statement) -> ox.NamedNode | ox.Literal:
        if st.kind == "entity":
            return self.node(st.object)
        if st.kind == "class":
            return N(ONTOLOGY + st.object)
        return _lit(st.object, _DATATYPES.get(st.datatype, ""))

    def document(self, extraction: Extraction, out: Assembled) -> None:
        doc = extraction.document
        graph = N(self.minter.document_graph(doc.key))

        def add(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
            out.quads.append(ox.Quad(s, N(p), o, graph))

        doc_node = N(self.minter.document(doc.key))
        for quad in self._document_description(doc, doc_node):
            out.quads.append(ox.Quad(quad[0], quad[1], quad[2], graph))
        used_sentences = {st.sentence for st in extraction.statements}
        for sentence in extraction.sentences:
            if sentence.index not in used_sentences:
                continue
            node = N(self.minter.sentence(doc.key, sentence.start, sentence.end))
            add(node, RDF + "type", N(NIF + "Sentence"))
            add(node, NIF + "referenceContext", doc_node)
            add(node, NIF + "beginIndex", _lit(sentence.start, "nonNegativeInteger"))
            add(node, NIF + "endIndex", _lit(sentence.end, "nonNegativeInteger"))
            add(node, NIF + "anchorOf", _lit(sentence.text))
        spans = {s.index: (s.start, s.end) for s in extraction.sentences}
        for st in extraction.statements:
            self._statement(st, doc, N(self.minter.sentence(doc.key, *spans[st.sentence])), graph, out)
        for mention in extraction.mentions:
            out.entities.add(mention.entity)

    def _statement(
        self, st: Statement, doc: Document, sentence: ox.NamedNode, graph: ox.NamedNode, out: Assembled
    ) -> None:
        subject = self.node(st.subject)
        predicate = (
            _TYPE
            if st.relation == "type"
            else (_LABEL if st.relation == "label" else N(ONTOLOGY + st.relation))
        )
        obj = self.object_term(st)
        if st.modality == "asserted":
            out.quads.append(ox.Quad(subject, predicate, obj, graph))
            if st.relation != "label":
                out.domain.add((subject, predicate, obj))
        for key in (st.subject, st.object if st.kind == "entity" else ""):
            if key in self.lexicon.entities:
                out.entities.add(key)
        record = N(self.minter.statement(doc.key, st.subject, st.relation, st.object, st.start, st.end))
        quads = [
            (_TYPE, N(RDF + "Statement")),
            (N(RDF + "subject"), subject),
            (N(RDF + "predicate"), predicate),
            (N(RDF + "object"), obj),
            (N(PROV + "wasDerivedFrom"), sentence),
            (N(ONTOLOGY + "sourceDocument"), N(self.minter.document(doc.key))),
            (N(ONTOLOGY + "beginIndex"), _lit(st.start, "nonNegativeInteger")),
            (N(ONTOLOGY + "endIndex"), _lit(st.end, "nonNegativeInteger")),
            (N(ONTOLOGY + "surfaceForm"), _lit(st.surface)),
            (N(ONTOLOGY + "extractionRule"), _lit(st.rule)),
            (N(ONTOLOGY + "modality"), N(ONTOLOGY + st.modality.capitalize())),
        ]
        for p, o in quads:
            out.quads.append(ox.Quad(record, p, o, graph))

    def curated(self, statements: Iterable[Statement], out: Assembled) -> None:
        """A curator's statements (see :mod:`loaders.curation`): asserted in the
        graph ``curated``, each with a provenance record whose rule is ``curated``."""
        graph = N(self.minter.graph("curated"))
        for st in statements:
            subject = self.node(st.subject)
            predicate = (
                _TYPE
                if st.relation == "type"
                else (_LABEL if st.relation == "label" else N(ONTOLOGY + st.relation))
            )
            obj = self.object_term(st)
            out.quads.append(ox.Quad(subject, predicate, obj, graph))
            if st.relation != "label":
                out.domain.add((subject, predicate, obj))
            for key in (st.subject, st.object if st.kind == "entity" else ""):
                if key in self.lexicon.entities:
                    out.entities.add(key)
            record = N(self.minter.statement("curated", st.subject, st.relation, st.object))
            quads = [
                (_TYPE, N(RDF + "Statement")),
                (N(RDF + "subject"), subject),
                (N(RDF + "predicate"), predicate),
                (N(RDF + "object"), obj),
                (N(ONTOLOGY + "extractionRule"), _lit("curated")),
                (N(ONTOLOGY + "modality"), N(ONTOLOGY + "Asserted")),
            ]
            if st.note:
                quads.append((N(RDFS + "comment"), _lit(st.note)))
            for p, o in quads:
                out.quads.append(ox.Quad(record, p, o, graph))

    def _document_description(self, doc: Document, node: ox.NamedNode) -> Iterator[Triple]:
        yield node, _TYPE, N(ONTOLOGY + "Document")
        yield (
            node,
            N(DCT + "title"),
            ox.Literal(doc.title, language=doc.language) if doc.language in ("tr", "en") else _lit(doc.title),
        )
        yield node, N(DCT + "language"), _lit(doc.language)
        if doc.date:
            kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(doc.date), "")
            yield node, N(DCT + "issued"), _lit(doc.date, kind)
        if doc.publisher:
            yield node, N(DCT + "publisher"), _lit(doc.publisher)
        if doc.source:
            yield node, N(DCT + "source"), _lit(doc.source)
        yield node, N(ONTOLOGY + "sha256"), _lit(doc.sha256)
        # The full text, so the document page can show every extracted span in place
        # (the NIF context that the sentences' offsets point into).
        yield node, _TYPE, N(NIF + "Context")
        yield node, N(NIF + "isString"), _lit(doc.text)

    def lexicon_quads(self, keys: Iterable[str], graph_name: str = "lexicon") -> Iterator[ox.Quad]:
        """Types, labels and Wikidata links of the lexicon entities in use."""
        graph = N(self.minter.graph(graph_name))
        for key in sorted(keys):
            entity = self.lexicon.entities.get(key)
            if entity is None:
                continue
            node = self.node(key)
            yield ox.Quad(node, _TYPE, N(ONTOLOGY + entity.type), graph)
            for lang, names in entity.labels.items():
                yield ox.Quad(node, _LABEL, ox.Literal(names[0], language=lang), graph)
                for alias in names[1:]:
                    yield ox.Quad(
                        node,
                        N("http://www.w3.org/2004/02/skos/core#altLabel"),
                        ox.Literal(alias, language=lang),
                        graph,
                    )
            if entity.qid:
                yield ox.Quad(node, N(OWL + "sameAs"), N(WIKIDATA + entity.qid), graph)
            if key in self.lexicon.located_in:
                yield ox.Quad(node, N(ONTOLOGY + "locatedIn"), self.node(self.lexicon.located_in[key]), graph)


def assemble(
    extractions: Iterable[Extraction], minter: Minter, lexicon: Lexicon, curated: Iterable[Statement] = ()
) -> Assembled:
    """Every document's quads, a curator's statements (graph ``curated``) and
    the domain triples the reasoner reads."""
    assembler = Assembler(minter, lexicon)
    out = Assembled()
    for extraction in extractions:
        assembler.document(extraction, out)
    assembler.curated(curated, out)
    lexicon_quads = list(assembler.lexicon_quads(out.entities))
    out.quads.extend(lexicon_quads)
    out.domain.update(
        (q.subject, q.predicate, q.object)  # type: ignore[misc]
        for q in lexicon_quads
        if q.predicate.value in (RDF + "type", ONTOLOGY + "locatedIn")
    )
    return out
