"""OWL 2 RL reasoning with owlrl, keeping only inferences that add knowledge.

owlrl reads the ontology and the asserted domain triples (never the
provenance records, never the ``owl:sameAs`` links to Wikidata: equality
reasoning over those would copy every triple onto the Wikidata IRIs).  Of its
closure we keep a triple only when it is about one of our resources, uses a
term of our ontology, and was not asserted; owlrl's axiomatic and trivial
output (``?x owl:sameAs ?x``, ``rdf:type owl:Thing``, datatype membership of
literals, the ontology's own schema closure) is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import owlrl
import pyoxigraph as ox
import rdflib

from kg.iri import ONTOLOGY, RDF

_ERR = "http://www.daml.org/2002/03/agents/agent-ont#"
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


@dataclass(slots=True)
class Reasoning:
    inferred: set[Triple] = field(default_factory=set)
    inconsistencies: list[str] = field(default_factory=list)


def to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value), normalize=False)


def from_rdflib(term: rdflib.term.Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, rdflib.Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def load_ontology(files: Iterable[Path]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def reason(ontology: rdflib.Graph, asserted: Iterable[Triple], resource_prefix: str) -> Reasoning:
    """The OWL 2 RL consequences of ``asserted`` under ``ontology`` that add knowledge."""
    graph = rdflib.Graph()
    for triple in ontology:
        graph.add(triple)
    asserted = set(asserted)
    for a_s, a_p, a_o in asserted:
        graph.add((to_rdflib(a_s), to_rdflib(a_p), to_rdflib(a_o)))
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)
    result = Reasoning()
    for triple_in_closure in graph:
        s, p, o = triple_in_closure
        if str(p) == _ERR + "error":
            result.inconsistencies.append(str(o))
            continue
        if not isinstance(s, rdflib.URIRef) or not str(s).startswith(resource_prefix):
            continue
        if str(p) == RDF + "type":
            if not (isinstance(o, rdflib.URIRef) and str(o).startswith(ONTOLOGY)):
                continue
        elif not str(p).startswith(ONTOLOGY):
            continue
        kept = (from_rdflib(s), from_rdflib(p), from_rdflib(o))
        if kept not in asserted:
            result.inferred.add(kept)  # type: ignore[arg-type]
    result.inconsistencies.sort()
    return result
