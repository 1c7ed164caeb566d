"""Loader records → RDF quads: each distinct fact once, one provenance
record per report (see :mod:`kg.provenance` and ``docs/provenance.md``).

A document's graph holds the document, the sentences its facts come from
(NIF strings with their character offsets in the original text) and, for
every statement, a record: the fact's ``rdf:Statement``, the sentence, the
span, the rule that read it and the modality when it is not asserted.  The
facts themselves go once into the graph ``asserted`` and their statements
once into the graph ``statements``, written by :meth:`Assembler.shared`
when every document is assembled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import BinaryIO, cast

import pyoxigraph as ox

from kg.iri import DCT, NIF, ONTOLOGY, OWL, PROV, RDF, RDFS, WIKIDATA, XSD, Minter
from kg.provenance import ASSERTED_GRAPH, STATEMENTS_GRAPH
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
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: object, datatype: str = "") -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=N(XSD + datatype))
    return ox.Literal(str(value))


def iri(value: str) -> str:
    """An IRI in N-Quads (the minter's IRIs need no escaping)."""
    return f"<{value}>"


def lit(value: object, datatype: str = "", language: str = "") -> str:
    """A literal in N-Quads: ``"text"``, ``"text"^^<datatype>`` or ``"text"@lang``.

    >>> lit('say "hi"\\n'), lit(3, "integer"), lit("Ermenistan", language="tr")
    ('"say \\\\"hi\\\\"\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"Ermenistan"@tr')
    """
    text = str(value)
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:  # most need no escape: not translated
        text = text.translate(_ESCAPES)
    text = '"' + text + '"'
    if datatype and datatype != "string":
        return f"{text}^^<{XSD}{datatype}>"
    return f"{text}@{language}" if language else text


_RDF_TYPE = iri(RDF + "type")
_RDFS_LABEL = iri(RDFS + "label")
# A minted resource's kind in words: English, Turkish, and each with its place.
_KIND_WORDS = {
    "meeting": ("Meeting", "Görüşme", "Meeting in {}", "{} görüşmesi"),
    "control": ("Change of control", "Kontrol değişikliği", "Control of {}", "{} kontrolü"),
    "event": ("Event", "Olay", "Event in {}", "{} olayı"),
}
# The holder of a stance the text gives to unnamed people ("diplomatic sources", "Avrupalı
# liderler"): a resource every build names as the ontology names ckg:AnonymousSource, the
# speaker of their claims (the shapes want every agent named)
_ANONYMOUS = "anonymous"
_ANONYMOUS_LABELS = {"en": "anonymous source", "tr": "isimsiz kaynak"}
_TREATY_WORDS = {
    "agreement": {"en": "Agreement", "tr": "Anlaşma"},
    "treaty": {"en": "Treaty", "tr": "Antlaşma"},
    "declaration": {"en": "Declaration", "tr": "Bildiri"},
    "statement": {"en": "Statement", "tr": "Açıklama"},
    "memorandum": {"en": "Memorandum", "tr": "Mutabakat zaptı"},
    "protocol": {"en": "Protocol", "tr": "Protokol"},
}
_P = {
    name: iri(value)
    for name, value in {
        "fact": ONTOLOGY + "statement",
        "subject": RDF + "subject",
        "predicate": RDF + "predicate",
        "object": RDF + "object",
        "derived": PROV + "wasDerivedFrom",
        "begin": ONTOLOGY + "beginIndex",
        "end": ONTOLOGY + "endIndex",
        "rule": ONTOLOGY + "extractionRule",
        "modality": ONTOLOGY + "modality",
        "sentence": NIF + "Sentence",
        "intended": ONTOLOGY + "Intended",
        "context": NIF + "referenceContext",
        "nbegin": NIF + "beginIndex",
        "nend": NIF + "endIndex",
        "anchor": NIF + "anchorOf",
        "comment": RDFS + "comment",
        "speaker": ONTOLOGY + "speaker",
    }.items()
}


@dataclass(slots=True)
class Assembled:
    """What one build adds: the domain triples (the reasoner's input, a small
    part), the ``rdfs:label`` triples (which validation reads besides), and
    every quad as N-Quads text, one string per document graph (the bulk of
    the data, kept as text: pyoxigraph parses it in the store's bulk load)."""

    domain: set[Triple] = field(default_factory=set)
    nquads: list[str] = field(default_factory=list)  # unless written to ``sink``
    sink: BinaryIO | None = None  # where the N-Quads go (UTF-8) when given: a large build's file
    labels: list[Triple] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)  # keys of lexicon entities used
    # Each document's asserted facts (its domain and label triples) as N-Quads in
    # its graph, and the entities it uses, in document order, when ``facts`` is
    # given: what a later delta build needs of the documents it keeps.
    facts: BinaryIO | None = None
    document_entities: list[list[str]] = field(default_factory=list)
    # Every fact asserted by a document or the curator, once (the graph
    # ``asserted``), and the quads of the statements of every fact reported
    # (the graph ``statements``), as N-Triples lines.
    asserted: set[Triple] = field(default_factory=set)
    reported: set[str] = field(default_factory=set)
    lexicon: set[Triple] = field(default_factory=set)  # the facts the graph ``lexicon`` holds

    @property
    def quads(self) -> list[ox.Quad]:
        """Every quad as pyoxigraph objects, parsed from the text kept here (for
        tests and small corpora; with a ``sink`` the text is in the sink's file)."""
        return list(ox.parse(input="".join(self.nquads).encode(), format=ox.RdfFormat.N_QUADS))

    def write(self, text: str) -> None:
        if self.sink is None:
            self.nquads.append(text)
        else:
            self.sink.write(text.encode())


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

    def object_text(self, st: Statement) -> str:
        if st.kind == "entity":
            return iri(self.minter.entity(st.object))
        if st.kind == "class":
            return iri(ONTOLOGY + st.object)
        return lit(st.object, _DATATYPES.get(st.datatype, ""))

    @staticmethod
    def predicate_text(relation: str) -> str:
        if relation == "type":
            return _RDF_TYPE
        return _RDFS_LABEL if relation == "label" else iri(ONTOLOGY + relation)

    # Offsets are written as xsd:integer, the datatype the store keeps them in
    # (pyoxigraph stores an xsd:nonNegativeInteger as an xsd:integer), so that
    # the dumps, made from this text, say what queries answer.
    def document(self, extraction: Extraction, out: Assembled) -> None:
        doc = extraction.document
        graph = " " + iri(self.minter.document_graph(doc.key)) + " .\n"
        lines: list[str] = []
        add = lines.append
        doc_node = iri(self.minter.document(doc.key))
        for s, p, o in self._document_description(doc, doc_node):
            add(f"{s} {p} {o}{graph}")
        entities = {mention.entity for mention in extraction.mentions}
        facts: list[str] = []
        used_sentences = {st.sentence for st in extraction.statements}
        spans: dict[int, str] = {}
        for sentence in extraction.sentences:
            node = iri(self.minter.sentence(doc.key, sentence.start, sentence.end))
            spans[sentence.index] = node
            if sentence.index not in used_sentences:
                continue
            add(f"{node} {_RDF_TYPE} {_P['sentence']}{graph}")
            add(f"{node} {_P['context']} {doc_node}{graph}")
            add(f"{node} {_P['nbegin']} {lit(sentence.start, 'integer')}{graph}")
            add(f"{node} {_P['nend']} {lit(sentence.end, 'integer')}{graph}")
            add(f"{node} {_P['anchor']} {lit(sentence.text)}{graph}")
        for st in extraction.statements:
            self._statement(st, doc.key, spans[st.sentence], graph, lines, out, entities, facts)
        self._minted_labels(extraction, graph, out, facts)
        out.entities |= entities
        out.write("".join(lines))
        if out.facts is not None:
            out.facts.write("".join(facts).encode())
            out.document_entities.append(sorted(entities))

    def _fact(self, st: Statement, out: Assembled, entities: set[str]) -> tuple[str, str, str, str]:
        """The statement's triple as text and its ``rdf:Statement`` (whose quads
        go to ``out.reported``); asserted ones also into the domain (and labels)
        and ``out.asserted``."""
        subject = iri(self.minter.entity(st.subject))
        predicate = self.predicate_text(st.relation)
        obj = self.object_text(st)
        if st.modality == "asserted":
            triple = (
                self.node(st.subject),
                _TYPE
                if st.relation == "type"
                else (_LABEL if st.relation == "label" else N(ONTOLOGY + st.relation)),
                self.object_term(st),
            )
            if st.relation == "label":
                out.labels.append(triple)
            else:
                out.domain.add(triple)
            out.asserted.add(triple)
        for key in (st.subject, st.object if st.kind == "entity" else ""):
            if key in self.lexicon.entities:
                entities.add(key)
        fact = iri(self.minter.fact(subject, predicate, obj))
        return subject, predicate, obj, fact

    @staticmethod
    def statement_lines(fact: str, subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
        """The ``rdf:Statement`` of a fact, as N-Triples lines without their end."""
        return (
            f"{fact} {_P['subject']} {subject}",
            f"{fact} {_P['predicate']} {predicate}",
            f"{fact} {_P['object']} {obj}",
        )

    def _statement(
        self,
        st: Statement,
        doc_key: str,
        sentence: str,
        graph: str,
        lines: list[str],
        out: Assembled,
        entities: set[str],
        facts: list[str],
    ) -> None:
        subject, predicate, obj, fact = self._fact(st, out, entities)
        statement = self.statement_lines(fact, subject, predicate, obj)
        out.reported.update(statement)
        if out.facts is not None:  # what a later delta build needs of this document
            if st.modality == "asserted":
                facts.append(f"{subject} {predicate} {obj}{graph}")
            facts.extend(line + graph for line in statement)
        record = iri(self.minter.statement(doc_key, st.subject, st.relation, st.object, st.start, st.end))
        lines.append(
            f"{record} {_P['fact']} {fact}{graph}"
            f"{record} {_P['derived']} {sentence}{graph}"
            f"{record} {_P['begin']} {lit(st.start, 'integer')}{graph}"
            f"{record} {_P['end']} {lit(st.end, 'integer')}{graph}"
            f"{record} {_P['rule']} {lit(st.rule)}{graph}"
        )
        if st.modality != "asserted":
            lines.append(f"{record} {_P['modality']} {iri(ONTOLOGY + st.modality.capitalize())}{graph}")
        if st.speaker:  # reported speech: who says it (issue 15)
            anonymous = st.speaker == "anonymous"
            speaker = iri(ONTOLOGY + "AnonymousSource") if anonymous else iri(self.minter.entity(st.speaker))
            lines.append(f"{record} {_P['speaker']} {speaker}{graph}")

    def _minted_labels(self, extraction: Extraction, graph: str, out: Assembled, facts: list[str]) -> None:
        """A label in English and in Turkish for every resource the document mints
        (``meeting/…``, ``control/…``, ``treaty/…``, and ``anonymous``, the holder of
        unnamed people's stances: not in the lexicon, so not named there): the
        rule's label tagged with the document's language, and one made from the key
        in each language (``Meeting in Moscow, 2021-01-11``, ``Moskova görüşmesi,
        2021-01-11``), so that every page has a name in its
        own language and none is titled from its address.  They are asserted
        (graph ``asserted``, once) with no record: no sentence says them."""
        language = extraction.document.language
        minted: set[str] = set()
        tagged: list[tuple[str, str]] = []
        for st in extraction.statements:
            if st.modality != "asserted":
                continue
            for key in (st.subject, st.object if st.kind == "entity" else ""):
                if ("/" in key or key == _ANONYMOUS) and key not in self.lexicon.entities:
                    minted.add(key)
            if st.relation == "label" and st.subject in minted and language in ("en", "tr"):
                tagged.append((st.subject, st.object))
        labels = [(key, text, language) for key, text in tagged]
        labels += [(key, text, lang) for key in sorted(minted) for lang, text in self.key_labels(key).items()]
        for key, text, lang in labels:
            if out.facts is not None:  # what a later delta build needs of this document
                facts.append(
                    f"{iri(self.minter.entity(key))} {_RDFS_LABEL} {lit(text, language=lang)}{graph}"
                )
            triple = (self.node(key), _LABEL, ox.Literal(text, language=lang))
            out.labels.append(triple)
            out.asserted.add(triple)

    def key_labels(self, key: str) -> dict[str, str]:
        """A minted key's name in each language, from its kind, date and place.

        >>> from loaders import load_lexicon
        >>> a = Assembler(Minter(), load_lexicon())
        >>> a.key_labels("meeting/2021-01-11-moscow")
        {'en': 'Meeting in Moscow, 2021-01-11', 'tr': 'Moskova görüşmesi, 2021-01-11'}
        >>> a.key_labels("control/2022-08-26-lachin")["en"]
        'Control of Lachin, 2022-08-26'
        """
        if key == _ANONYMOUS:
            return dict(_ANONYMOUS_LABELS)
        kind, _, rest = key.partition("/")
        date, rest = (rest[:10], rest[11:]) if re.match(r"\d{4}-\d{2}-\d{2}", rest) else ("", rest)
        out = {}
        for lang in ("en", "tr"):
            entity = self.lexicon.entities.get(rest)
            place = entity.labels.get(lang, entity.labels.get("en", ("",)))[0] if entity else ""
            if kind == "treaty":
                words = _TREATY_WORDS.get(rest, _TREATY_WORDS["agreement"])
                name = words[lang]
            elif kind in _KIND_WORDS:
                en, tr, en_of, tr_of = _KIND_WORDS[kind]
                name = (
                    (en_of.format(place) if lang == "en" else tr_of.format(place))
                    if place
                    else (en if lang == "en" else tr)
                )
            else:
                name = kind.capitalize() + (f" {rest.replace('-', ' ')}" if rest else "")
            out[lang] = f"{name}, {date}" if date else name
        return out

    def curated(self, statements: Iterable[Statement], out: Assembled) -> None:
        """A curator's statements (see :mod:`loaders.curation`): asserted (in the
        graph ``asserted``), each with a provenance record in the graph
        ``curated`` whose rule is ``curated``."""
        graph = " " + iri(self.minter.graph("curated")) + " .\n"
        lines: list[str] = []
        for st in statements:
            st = replace(st, modality="asserted") if st.modality != "asserted" else st
            subject, predicate, obj, fact = self._fact(st, out, out.entities)
            out.reported.update(self.statement_lines(fact, subject, predicate, obj))
            record = iri(self.minter.statement("curated", st.subject, st.relation, st.object))
            lines.append(f"{record} {_P['fact']} {fact}{graph}{record} {_P['rule']} {lit('curated')}{graph}")
            if st.note:
                lines.append(f"{record} {_P['comment']} {lit(st.note)}{graph}")
        out.write("".join(lines))

    def shared(self, out: Assembled, size: int = 16 << 20) -> Iterator[bytes]:
        """The graphs ``asserted`` (each fact asserted by a document or the
        curator, once; not those the graph ``lexicon`` holds) and
        ``statements`` (the ``rdf:Statement`` of each fact reported), as
        N-Quads lines in a stable order, in pieces of about ``size`` bytes
        (whole, they are ≈ 700 MB at 20,000 documents): after every document
        and :meth:`finish`, from ``out`` (and, in a delta build, the kept
        documents' facts added to it)."""
        graph = ox.NamedNode(self.minter.graph(ASSERTED_GRAPH))
        asserted = [ox.Quad(s, p, o, graph) for s, p, o in out.asserted - out.lexicon]
        text = ox.serialize(asserted, format=ox.RdfFormat.N_QUADS) or b""
        del asserted
        lines = sorted(text.splitlines(keepends=True))
        del text
        for start in range(0, len(lines), size // 128):  # ≈ 128 bytes a line
            yield b"".join(lines[start : start + size // 128])
        del lines
        # Sorted before the graph is appended: the same order (a line that begins
        # another ends where the other goes on with ``^^`` or ``@``, after the space).
        tail = (" " + iri(self.minter.graph(STATEMENTS_GRAPH)) + " .\n").encode()
        reported = sorted(out.reported)
        for start in range(0, len(reported), size // 192):  # ≈ 192 bytes a line
            yield b"".join(line.encode() + tail for line in reported[start : start + size // 192])

    def _document_description(self, doc: Document, node: str) -> Iterator[tuple[str, str, str]]:
        yield node, _RDF_TYPE, iri(ONTOLOGY + "Document")
        yield (
            node,
            iri(DCT + "title"),
            lit(doc.title, language=doc.language) if doc.language in ("tr", "en") else lit(doc.title),
        )
        yield node, iri(DCT + "language"), lit(doc.language)
        if doc.date:
            kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(doc.date), "")
            yield node, iri(DCT + "issued"), lit(doc.date, kind)
        if doc.publisher:
            yield node, iri(DCT + "publisher"), lit(doc.publisher)
        if doc.source:
            yield node, iri(DCT + "source"), lit(doc.source)
        yield node, iri(ONTOLOGY + "sha256"), lit(doc.sha256)
        # The full text, so the document page can show every extracted span in place
        # (the NIF context that the sentences' offsets point into).
        yield node, _RDF_TYPE, iri(NIF + "Context")
        yield node, iri(NIF + "isString"), lit(doc.text)

    def finish(self, out: Assembled, curated: Iterable[Statement] = (), entities: Iterable[str] = ()) -> None:
        """After the documents: the graphs ``curated`` and ``lexicon`` (the
        entities used by the documents assembled into ``out`` and ``entities``)."""
        self.curated(curated, out)
        out.entities.update(entities)
        # The parties a lexicon entry names (a treaty's by definition) are in use with it.
        out.entities.update(
            party
            for key in list(out.entities)
            for party in cast(Iterable[str], self.lexicon.attribute(key, "parties", ()))
        )
        # The places a place in use lies in (Brussels in Belgium) are named too: a link
        # to a resource with no type and no label leaves its page nothing to be titled by.
        pending = [key for key in out.entities if key in self.lexicon.located_in]
        while pending:
            container = self.lexicon.located_in[pending.pop()]
            if container not in out.entities:
                out.entities.add(container)
                if container in self.lexicon.located_in:
                    pending.append(container)
        lexicon_quads = list(self.lexicon_quads(out.entities))
        out.write((ox.serialize(lexicon_quads, format=ox.RdfFormat.N_QUADS) or b"").decode())
        out.lexicon = {(q.subject, q.predicate, q.object) for q in lexicon_quads}  # type: ignore[misc]
        for q in lexicon_quads:
            if q.predicate.value in (RDF + "type", ONTOLOGY + "locatedIn", ONTOLOGY + "hasParty"):
                out.domain.add((q.subject, q.predicate, q.object))  # type: ignore[arg-type]
            elif q.predicate == _LABEL:
                out.labels.append((q.subject, q.predicate, q.object))  # type: ignore[arg-type]

    def lexicon_quads(self, keys: Iterable[str], graph_name: str = "lexicon") -> Iterator[ox.Quad]:
        """Types, labels, Wikidata links, places and parties of the lexicon entities in use."""
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
            # A treaty whose parties are part of what it is (the Armenia–Azerbaijan peace
            # agreement binds Armenia and Azerbaijan, signed or only initialled).  Only a
            # treaty's: hasParty's range is ckg:Treaty, and the lexicon gives clashes their
            # "parties" too (the sides the rules look for), which would type them treaties.
            parties = self.lexicon.attribute(key, "parties", ()) if entity.type == "Treaty" else ()
            for party in cast(Iterable[str], parties):
                yield ox.Quad(node, N(ONTOLOGY + "hasParty"), self.node(party), graph)


def assemble(
    extractions: Iterable[Extraction],
    minter: Minter,
    lexicon: Lexicon,
    curated: Iterable[Statement] = (),
    sink: BinaryIO | None = None,
    *,
    facts: BinaryIO | None = None,
    entities: Iterable[str] = (),
    shared: bool = True,
) -> Assembled:
    """Every document's quads, a curator's statements (graph ``curated``) and
    the domain triples the reasoner reads.  The quads are N-Quads text,
    written to ``sink`` as each document is done when it is given (then
    nothing of a document is kept but its domain triples and labels).

    ``facts``, when given, receives each document's asserted facts (see
    :attr:`Assembled.facts`); ``entities`` are entities used by documents
    not assembled here (a delta build's kept documents), which the graph
    ``lexicon`` describes too.  ``shared=False`` leaves out the graphs
    ``asserted`` and ``statements`` (a delta build adds its kept documents'
    facts first, then writes them with :meth:`Assembler.shared`)."""
    assembler = Assembler(minter, lexicon)
    out = Assembled(sink=sink, facts=facts)
    for extraction in extractions:
        assembler.document(extraction, out)
    assembler.finish(out, curated, entities)
    if shared:
        for piece in assembler.shared(out):
            out.write(piece.decode())
    return out
