"""OWL 2 RL reasoning, keeping only inferences that add knowledge.

owlrl defines what is inferred.  The reasoner reads the ontology and the
asserted domain triples only (never the provenance records, never the
``owl:sameAs`` links to Wikidata: equality reasoning over those would copy
every triple onto the Wikidata IRIs).  Two engines compute the same closure:

- ``rules`` (the default): owlrl closes the ontology once, and
  :mod:`kg.rules` applies the compiled consequences to the data; hundreds
  of times faster (docs/benchmarks.md), and held to owlrl's output by the
  tests;
- ``owlrl``: owlrl's own closure of ontology + data, the definition and the
  test oracle (``CKG_REASONER=owlrl`` or ``ckg build --reasoner owlrl``).

Of the closure we keep a triple only when it is about one of our resources,
uses a term of our ontology, and was not asserted: owlrl's axiomatic and
trivial output (``?x owl:sameAs ?x``, ``rdf:type owl:Thing``, datatype
membership of literals, the ontology's own schema closure) is dropped.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import pickle
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import owlrl
import pyoxigraph as ox
import rdflib
from rdflib.compare import to_canonical_graph

from kg import rules as rules_module
from kg.cache import write_pickle
from kg.iri import ONTOLOGY, RDF
from kg.rules import Conflict, Rules, Unsupported, compile_rules
from kg.rules import to_ox as from_rdflib

_ERR = "http://www.daml.org/2002/03/agents/agent-ont#"
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]
ENGINES = ("rules", "owlrl")

__all__ = ["ENGINES", "Reasoning", "from_rdflib", "load_ontology", "reason", "to_rdflib"]


@dataclass(slots=True)
class Reasoning:
    inferred: set[Triple] = field(default_factory=set)
    inconsistencies: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)  # the same, with their triples
    engine: str = "rules"
    note: str = ""  # why the engine asked for was not used


def to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value), normalize=False)


def load_ontology(files: Iterable[Path]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def _owlrl_closure(graph: rdflib.Graph) -> None:
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)


def _canonical(graph: rdflib.Graph) -> str:
    return "\n".join(sorted(line for line in graph.serialize(format="nt").splitlines() if line))


@functools.lru_cache(maxsize=4)
def _compiled(ontology_nt: str) -> Rules:
    closed = rdflib.Graph().parse(data=ontology_nt, format="nt")
    _owlrl_closure(closed)
    return compile_rules(closed)


def compiled_rules(ontology: rdflib.Graph, cache: Path | None = None) -> Rules:
    """The ontology closed by owlrl and compiled (cached per ontology text).

    With ``cache`` (a trusted folder: a build's cache beside its store), the
    compiled rules are also kept there as a pickle, keyed by the ontology
    text, this module's and :mod:`kg.rules`' code and owlrl's version: a new
    build process then skips owlrl's closure of the ontology (≈ 2 s)."""
    text = _canonical(ontology)
    if cache is None:
        return _compiled(text)
    # Keyed by the canonical form (blank nodes labelled by structure, not by the parse).
    canonical = _canonical(to_canonical_graph(ontology))
    digest = hashlib.sha256(f"{owlrl.__version__}\0{canonical}\0".encode())
    for module in (__file__, rules_module.__file__):
        digest.update(Path(module).read_bytes() + b"\0")
    path = cache / f"rules-{digest.hexdigest()[:24]}.pickle"
    try:
        with open(path, "rb") as f:
            rules = pickle.load(f)
        if isinstance(rules, Rules):
            return rules
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        pass
    rules = _compiled(text)
    write_pickle(path, rules)
    return rules


def _kept(s: object, p: ox.NamedNode, o: object, resource_prefix: str) -> bool:
    if not isinstance(s, ox.NamedNode) or not s.value.startswith(resource_prefix):
        return False
    if p.value == RDF + "type":
        return isinstance(o, ox.NamedNode) and o.value.startswith(ONTOLOGY)
    return p.value.startswith(ONTOLOGY)


def reason(
    ontology: rdflib.Graph,
    asserted: Iterable[Triple],
    resource_prefix: str,
    engine: str = "rules",
    cache: Path | None = None,
) -> Reasoning:
    """The OWL 2 RL consequences of ``asserted`` under ``ontology`` that add
    knowledge; ``cache``: where compiled rules are kept (see :func:`compiled_rules`)."""
    if engine not in ENGINES:
        raise ValueError(f"reasoner {engine!r} is unknown: use one of {', '.join(ENGINES)}")
    if engine == "rules":
        try:
            rules = compiled_rules(ontology, cache)
        except Unsupported as exc:
            result = reason_owlrl(ontology, asserted, resource_prefix)
            result.note = f"the fast rules cannot run this ontology ({exc}); owlrl was used"
            return result
        return reason_rules(rules, asserted, resource_prefix)
    return reason_owlrl(ontology, asserted, resource_prefix)


def reason_rules(rules: Rules, asserted: Iterable[Triple], resource_prefix: str) -> Reasoning:
    collecting = gc.isenabled()
    gc.disable()  # see kg.rules.Closure.run
    try:
        return _reason_rules(rules, asserted, resource_prefix)
    finally:
        if collecting:
            gc.enable()


def _reason_rules(rules: Rules, asserted: Iterable[Triple], resource_prefix: str) -> Reasoning:
    closure = rules.closure(asserted)
    result = Reasoning(engine="rules")
    terms = closure.terms
    ours = {
        i for i, t in enumerate(terms) if isinstance(t, ox.NamedNode) and t.value.startswith(resource_prefix)
    }
    classes = {i for i, t in enumerate(terms) if isinstance(t, ox.NamedNode) and t.value.startswith(ONTOLOGY)}
    for p, pairs in closure.pairs.items():
        predicate = terms[p]
        if p == closure.type:
            kept = {(s, o) for s, o in pairs if s in ours and o in classes}
        elif isinstance(predicate, ox.NamedNode) and predicate.value.startswith(ONTOLOGY):
            kept = {(s, o) for s, o in pairs if s in ours}
        else:
            continue
        kept -= closure.asserted.get(p, set())
        result.inferred.update((terms[s], predicate, terms[o]) for s, o in kept)  # type: ignore[misc]
    result.conflicts = closure.conflicts()
    result.inconsistencies = sorted(c.message for c in result.conflicts)
    return result


def reason_owlrl(ontology: rdflib.Graph, asserted: Iterable[Triple], resource_prefix: str) -> Reasoning:
    """owlrl's own closure of ontology and data: the definition, slow."""
    graph = rdflib.Graph()
    for triple in ontology:
        graph.add(triple)
    asserted = set(asserted)
    for a_s, a_p, a_o in asserted:
        graph.add((to_rdflib(a_s), to_rdflib(a_p), to_rdflib(a_o)))
    _owlrl_closure(graph)
    result = Reasoning(engine="owlrl")
    for triple_in_closure in graph:
        s, p, o = triple_in_closure
        if str(p) == _ERR + "error":
            result.inconsistencies.append(str(o))
            result.conflicts.append(Conflict(str(o), ()))
            continue
        if not isinstance(s, rdflib.URIRef) or not isinstance(p, rdflib.URIRef):
            continue
        kept = (from_rdflib(s), from_rdflib(p), from_rdflib(o))
        if _kept(kept[0], kept[1], kept[2], resource_prefix) and kept not in asserted:  # type: ignore[arg-type]
            result.inferred.add(kept)  # type: ignore[arg-type]
    result.inconsistencies.sort()
    return result
