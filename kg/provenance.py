"""The provenance model, and the one place that spells its SPARQL.

Each distinct fact is stored once (see ``docs/provenance.md`` for the
choice and its counts):

- the graph ``asserted`` holds every fact that a document or the curator
  asserts, once, whatever the number of reports (the facts the graph
  ``lexicon`` already holds stay there only);
- the graph ``statements`` holds one ``rdf:Statement`` per distinct fact
  that anything reports, asserted or only intended: ``?fact rdf:subject ?s ;
  rdf:predicate ?p ; rdf:object ?o`` (its IRI ``…/id/fact/<hash>`` comes
  from the triple, so every build and every document name it alike);
- each document's graph holds the document (its metadata and full text, a
  ``nif:Context``), its sentences (``nif:Sentence``, named ``…#char=s,e``)
  and one provenance record per (fact, sentence span, rule)::

      ?record ckg:statement ?fact ;            # what was read
              prov:wasDerivedFrom ?sentence ;  # where: the sentence, in the record's graph
              ckg:beginIndex 120 ; ckg:endIndex 145 ;   # the span, in the document's text
              ckg:extractionRule "mediation-en" ;
              ckg:modality ckg:Intended .      # only when not asserted (the default)

  The record's document is its graph's (and its sentence's
  ``nif:referenceContext``); its surface text is the document's text
  between the two offsets.  The curator's records (graph ``curated``) have
  a rule ``"curated"`` and no sentence.

"What does this document say" is :func:`document_query`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kg.iri import DCT, NIF, ONTOLOGY, PROV, RDF, Minter

STATEMENT = ONTOLOGY + "statement"  # record → the fact's rdf:Statement
ASSERTED = ONTOLOGY + "Asserted"  # the modality of a record that states none
ASSERTED_GRAPH = "asserted"
STATEMENTS_GRAPH = "statements"

Query = Callable[[str], Any]


def document_query(minter: Minter, document_key: str) -> str:
    """What one document says: every fact it reports, with the sentence, the
    span, the rule and the modality of each report (the documented pattern,
    README "Provenance")."""
    return f"""PREFIX ckg: <{ONTOLOGY}>
PREFIX prov: <{PROV}>
PREFIX rdf: <{RDF}>
SELECT ?record ?subject ?predicate ?object ?modality ?sentence ?begin ?end ?rule WHERE {{
  GRAPH <{minter.document_graph(document_key)}> {{
    ?record ckg:statement ?fact ; ckg:beginIndex ?begin ; ckg:endIndex ?end .
    OPTIONAL {{ ?record prov:wasDerivedFrom ?sentence }}
    OPTIONAL {{ ?record ckg:extractionRule ?rule }}
    OPTIONAL {{ ?record ckg:modality ?stated }}
  }}
  GRAPH <{minter.graph(STATEMENTS_GRAPH)}> {{
    ?fact rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
  }}
  BIND(COALESCE(?stated, ckg:Asserted) AS ?modality)
}}"""


@dataclass(slots=True)
class Record:
    """One provenance record: a fact as one sentence of one document reports it."""

    record: str
    subject: str
    predicate: str
    object: Any  # ox.NamedNode or ox.Literal
    begin: int
    end: int
    rule: str
    modality: str  # local name: Asserted, Intended, Retracted
    sentence: str
    surface: str = ""


def _text(row: Any, key: str) -> str:
    return row[key].value if row[key] is not None else ""


def document_records(query: Query, minter: Minter, document_key: str, text: str = "") -> list[Record]:
    """The records of one document (:func:`document_query`); ``text``, the
    document's full text, gives each its surface."""
    found = []
    for row in query(document_query(minter, document_key)):
        begin, end = int(row["begin"].value), int(row["end"].value)
        found.append(
            Record(
                record=row["record"].value,
                subject=row["subject"].value,
                predicate=row["predicate"].value,
                object=row["object"],
                begin=begin,
                end=end,
                rule=_text(row, "rule"),
                modality=row["modality"].value.rsplit("#", 1)[-1],
                sentence=_text(row, "sentence"),
                surface=text[begin:end] if 0 <= begin <= end <= len(text) else "",
            )
        )
    return found


def reported_facts(query: Query, minter: Minter) -> Iterable[tuple[str, str, Any, Any, str]]:
    """Every (graph, subject, predicate, object, modality) that a record
    reports, in any graph (``ckg eval`` reads its predictions from these)."""
    rows = query(
        f"""SELECT ?g ?s ?p ?o ?m WHERE {{
          GRAPH ?g {{ ?r <{STATEMENT}> ?f . OPTIONAL {{ ?r <{ONTOLOGY}modality> ?stated }} }}
          GRAPH <{minter.graph(STATEMENTS_GRAPH)}> {{
            ?f <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o }}
          BIND(COALESCE(?stated, <{ASSERTED}>) AS ?m)
        }}"""
    )
    for row in rows:
        yield row["g"].value, row["s"].value, row["p"].value, row["o"], row["m"].value


def sources_query(minter: Minter, s: str, p: str, o: str) -> str:
    """The asserting records of the triple ``s p o`` (terms in N-Triples),
    with their document, its title, the sentence, its text and offset, the
    span and the rule (``ckg explain`` cites them)."""
    return f"""SELECT ?g ?doc ?title ?sentence ?text ?start ?begin ?end ?rule WHERE {{
      GRAPH <{minter.graph(STATEMENTS_GRAPH)}> {{
        ?fact <{RDF}subject> {s} ; <{RDF}predicate> {p} ; <{RDF}object> {o} }}
      GRAPH ?g {{
        ?st <{STATEMENT}> ?fact .
        OPTIONAL {{ ?st <{ONTOLOGY}modality> ?modality }}
        FILTER(!BOUND(?modality) || ?modality = <{ASSERTED}>)
        OPTIONAL {{ ?st <{PROV}wasDerivedFrom> ?sentence .
                   OPTIONAL {{ ?sentence <{NIF}anchorOf> ?text }}
                   OPTIONAL {{ ?sentence <{NIF}beginIndex> ?start }}
                   OPTIONAL {{ ?sentence <{NIF}referenceContext> ?doc .
                              OPTIONAL {{ ?doc <{DCT}title> ?title }} }} }}
        OPTIONAL {{ ?st <{ONTOLOGY}beginIndex> ?begin ; <{ONTOLOGY}endIndex> ?end }}
        OPTIONAL {{ ?st <{ONTOLOGY}extractionRule> ?rule }}
      }} }} ORDER BY ?doc ?sentence"""


def surface(row: Any) -> str:
    """A source row's span (:func:`sources_query`) cut out of its sentence."""
    if row["text"] is None or row["begin"] is None or row["start"] is None:
        return ""
    start = int(row["start"].value)
    begin, end = int(row["begin"].value) - start, int(row["end"].value) - start
    text = row["text"].value
    return text[begin:end] if 0 <= begin <= end <= len(text) else ""


def records_about_query(minter: Minter, node: str) -> str:
    """The records whose fact has ``node`` (N-Triples) as subject or object:
    each record, the fact's predicate, the other end and which side the
    node is on (``out`` when it is the subject)."""
    return f"""SELECT ?st ?p ?role ?other WHERE {{
      GRAPH <{minter.graph(STATEMENTS_GRAPH)}> {{
        {{ ?fact <{RDF}subject> {node} ; <{RDF}object> ?other . BIND("out" AS ?role) }}
        UNION {{ ?fact <{RDF}object> {node} ; <{RDF}subject> ?other . BIND("in" AS ?role) }}
        ?fact <{RDF}predicate> ?p .
      }}
      GRAPH ?g {{ ?st <{STATEMENT}> ?fact }}
    }}"""
