"""The fast closure: owlrl's OWL 2 RL consequences, computed on the data by
compiled rules.

owlrl remains the definition of what is inferred.  It closes the *ontology*
alone once (a few hundred triples: fast); :func:`compile_rules` turns that
closed schema into per-predicate and per-class rule tables (which super
properties, inverses, chains, domains, ranges, super classes and
restrictions apply); :meth:`Rules.closure` then applies them to the *data*
by semi-naive forward chaining over integer-coded triples held in Python
sets and dictionaries: each round joins only the triples new in the last
round with everything known, so each rule instance is found in the round
after its last premise appears, and the loop ends at the fixpoint.

The rules are those of the OWL 2 RL/RDF rule set whose premises mix schema
and data (prp-spo1, prp-eqp, prp-inv, prp-symp, prp-trp, prp-spo2, prp-dom,
prp-rng, cax-sco, cax-eqc, cls-svf1/2, cls-hv1/2, cls-avf, cls-int1/2,
cls-uni) plus the consistency checks cax-dw, cax-adc, cls-nothing2 and
owlrl's literal check (dt-not-type).  An ontology using a construct that
needs equality reasoning (functional or inverse-functional properties,
cardinalities, keys) or another axiom this module does not compile is
refused with :class:`Unsupported`, and the build falls back to owlrl.
``tests/test_reason_equivalence.py`` holds the two engines to identical
results.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
import rdflib
from owlrl.DatatypeHandling import AltXSDToPYTHON
from owlrl.XsdDatatypes import OWL_RL_Datatypes
from rdflib.namespace import OWL, RDF, RDFS

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Term, Term, Term]

# Axioms the compiled rules do not implement: they make owlrl infer owl:sameAs
# (and then copy triples between equal nodes) or check things we never use.
_UNSUPPORTED_TYPES = {
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.AsymmetricProperty,
    OWL.IrreflexiveProperty,
    OWL.AllDisjointProperties,
    OWL.NegativePropertyAssertion,
}
_UNSUPPORTED_PREDICATES = {
    OWL.maxCardinality,
    OWL.maxQualifiedCardinality,
    OWL.cardinality,
    OWL.qualifiedCardinality,
    OWL.hasKey,
    OWL.propertyDisjointWith,
    OWL.complementOf,
    OWL.sameAs,
}


_RL_DATATYPES = frozenset(OWL_RL_Datatypes)


class Unsupported(Exception):
    """The ontology uses an axiom the compiled rules do not implement."""


def to_ox(term: rdflib.term.Node) -> Term:
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


@dataclass(slots=True)
class _PropertyRules:
    supers: list[int] = field(default_factory=list)
    inverses: list[int] = field(default_factory=list)
    symmetric: bool = False
    transitive: bool = False
    domains: list[int] = field(default_factory=list)
    ranges: list[int] = field(default_factory=list)
    some_values: list[tuple[int, int | None]] = field(default_factory=list)  # (restriction, filler)
    has_value: list[tuple[int, int]] = field(default_factory=list)  # (restriction, value)
    all_values: list[tuple[int, int]] = field(default_factory=list)  # (restriction, filler)
    chains: list[tuple[int, tuple[int, ...], int]] = field(default_factory=list)  # (property, chain, i)


@dataclass(slots=True)
class _ClassRules:
    supers: list[int] = field(default_factory=list)
    filler_of: list[tuple[int, int]] = field(default_factory=list)  # (restriction, property)
    has_value: tuple[int, int] | None = None  # this is a hasValue restriction: (property, value)
    all_values: tuple[int, int] | None = None  # this is an allValuesFrom restriction: (property, filler)
    members: tuple[int, ...] = ()  # this is an intersection of these
    in_intersections: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    in_unions: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A contradiction: a node in two disjoint classes (cax-dw, cax-adc), in
    owl:Nothing (cls-nothing2), or a literal outside its datatype."""

    message: str
    triples: tuple[Triple, ...]


class Rules:
    """The closed schema, compiled; apply with :meth:`closure`."""

    def __init__(self) -> None:
        self.terms: list[Term] = []
        self.ids: dict[Term, int] = {}
        self.properties: dict[int, _PropertyRules] = defaultdict(_PropertyRules)
        self.classes: dict[int, _ClassRules] = defaultdict(_ClassRules)
        self.disjoint: dict[int, set[int]] = defaultdict(set)
        self.backward: set[int] = set()  # predicates whose object → subjects index is needed
        self.type = self.id(ox.NamedNode(str(RDF.type)))
        self.nothing = self.id(ox.NamedNode(str(OWL.Nothing)))

    def id(self, term: Term) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.terms)
            self.terms.append(term)
        return found

    def closure(self, asserted: Iterable[Triple]) -> Closure:
        """Every triple that follows from ``asserted`` (included) under the rules."""
        closure = Closure(self)
        closure.run(asserted)
        return closure


class Closure:
    """Semi-naive forward chaining to the fixpoint, a set at a time.

    Each round joins the triples new in the last round (the delta) with
    everything known, for every rule, with set comprehensions per predicate;
    what is new becomes the next delta.  Terms are coded as integers: the
    schema's codes first (shared with :class:`Rules`), then this data's.
    """

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.terms: list[Term] = list(rules.terms)
        self.ids: dict[Term, int] = dict(rules.ids)
        self.type = rules.type
        self.pairs: dict[int, set[tuple[int, int]]] = defaultdict(set)  # p → {(s, o)}
        self.out: dict[int, dict[int, set[int]]] = defaultdict(dict)  # p → s → {o}
        self.back: dict[int, dict[int, set[int]]] = defaultdict(dict)  # p → o → {s}, for rules.backward
        self.asserted: dict[int, set[tuple[int, int]]] = defaultdict(set)
        self.rounds = 0

    def __len__(self) -> int:
        return sum(len(pairs) for pairs in self.pairs.values())

    def id(self, term: Term) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.terms)
            self.terms.append(term)
        return found

    def run(self, asserted: Iterable[Triple]) -> None:
        # Millions of small tuples and sets, none in a reference cycle: the
        # cyclic garbage collector would only rescan them, again and again
        # (it doubled the time at 300k triples).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._intern(asserted)
            delta = self._merge({p: set(pairs) for p, pairs in self.asserted.items()})
            while delta:
                self.rounds += 1
                delta = self._merge(self._round(delta))
        finally:
            if collecting:
                gc.enable()

    def _intern(self, asserted: Iterable[Triple]) -> None:
        ids, terms, by_predicate = self.ids, self.terms, self.asserted
        for s, p, o in asserted:
            si = ids.get(s)
            if si is None:
                si = ids[s] = len(terms)
                terms.append(s)
            pi = ids.get(p)
            if pi is None:
                pi = ids[p] = len(terms)
                terms.append(p)
            oi = ids.get(o)
            if oi is None:
                oi = ids[o] = len(terms)
                terms.append(o)
            by_predicate[pi].add((si, oi))

    def _merge(self, candidates: dict[int, set[tuple[int, int]]]) -> dict[int, set[tuple[int, int]]]:
        """Add what is new among ``candidates``; return it (the next delta)."""
        delta = {}
        for p, pairs in candidates.items():
            fresh = pairs - self.pairs[p]
            if not fresh:
                continue
            self.pairs[p] |= fresh
            delta[p] = fresh
            out = self.out[p]
            for s, o in fresh:
                objects = out.get(s)
                if objects is None:
                    out[s] = {o}
                else:
                    objects.add(o)
            if p in self.rules.backward:
                back = self.back[p]
                for s, o in fresh:
                    subjects = back.get(o)
                    if subjects is None:
                        back[o] = {s}
                    else:
                        subjects.add(s)
        return delta

    def _round(self, delta: dict[int, set[tuple[int, int]]]) -> dict[int, set[tuple[int, int]]]:
        rules = self.rules
        out, back, type_ = self.out, self.back, self.type
        types = out[type_]
        new: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for p, pairs in delta.items():
            prop = rules.properties.get(p)
            if prop is not None:
                for q in prop.supers:
                    new[q] |= pairs
                for q in prop.inverses:
                    new[q].update((o, s) for s, o in pairs)
                if prop.symmetric:
                    new[p].update((o, s) for s, o in pairs)
                if prop.transitive:
                    forward, backward = out[p], back[p]
                    new[p].update((s, z) for s, o in pairs for z in forward.get(o, ()))
                    new[p].update((w, o) for s, o in pairs for w in backward.get(s, ()))
                for c in prop.domains:
                    new[type_].update((s, c) for s, _ in pairs)
                for c in prop.ranges:
                    new[type_].update((o, c) for _, o in pairs)
                for restriction, filler in prop.some_values:
                    if filler is None:
                        new[type_].update((s, restriction) for s, _ in pairs)
                    else:
                        new[type_].update((s, restriction) for s, o in pairs if filler in types.get(o, ()))
                for restriction, value in prop.has_value:
                    new[type_].update((s, restriction) for s, o in pairs if o == value)
                for restriction, filler in prop.all_values:
                    new[type_].update((o, filler) for s, o in pairs if restriction in types.get(s, ()))
                for q, chain, i in prop.chains:
                    new[q].update(self._chain(chain, i, pairs))
            if p == type_:
                self._class_round(pairs, new)
        return new

    def _chain(
        self, chain: tuple[int, ...], i: int, pairs: set[tuple[int, int]]
    ) -> Iterator[tuple[int, int]]:
        out, back = self.out, self.back
        for s, o in pairs:
            starts = {s}
            for link in reversed(chain[:i]):
                starts = {w for x in starts for w in back[link].get(x, ())}
                if not starts:
                    break
            if not starts:
                continue
            ends = {o}
            for link in chain[i + 1 :]:
                ends = {z for x in ends for z in out[link].get(x, ())}
                if not ends:
                    break
            for start in starts:
                for end in ends:
                    yield start, end

    def _class_round(self, pairs: set[tuple[int, int]], new: dict[int, set[tuple[int, int]]]) -> None:
        rules = self.rules
        type_ = self.type
        types = self.out[type_]
        by_class: dict[int, list[int]] = defaultdict(list)
        for s, c in pairs:
            by_class[c].append(s)
        for c, members in by_class.items():
            cls = rules.classes.get(c)
            if cls is None:
                continue
            for d in cls.supers:
                new[type_].update((s, d) for s in members)
            for restriction, q in cls.filler_of:
                back = self.back[q]
                new[type_].update((w, restriction) for s in members for w in back.get(s, ()))
            if cls.has_value is not None:
                q, value = cls.has_value
                new[q].update((s, value) for s in members)
            if cls.all_values is not None:
                q, filler = cls.all_values
                out = self.out[q]
                new[type_].update((y, filler) for s in members for y in out.get(s, ()))
            for member_class in cls.members:
                new[type_].update((s, member_class) for s in members)
            for intersection, needed in cls.in_intersections:
                new[type_].update(
                    (s, intersection) for s in members if all(m in types.get(s, ()) for m in needed)
                )
            for union in cls.in_unions:
                new[type_].update((s, union) for s in members)

    def triples(self) -> Iterator[tuple[Term, Term, Term]]:
        terms = self.terms
        for p, pairs in self.pairs.items():
            tp = terms[p]
            for s, o in pairs:
                yield terms[s], tp, terms[o]

    def inferred(self) -> Iterator[tuple[Term, Term, Term]]:
        """The triples of the closure that were not asserted."""
        terms = self.terms
        for p, pairs in self.pairs.items():
            tp = terms[p]
            for s, o in pairs - self.asserted.get(p, set()):
                yield terms[s], tp, terms[o]

    def conflicts(self) -> list[Conflict]:
        """The contradictions owlrl reports on this closure, with their triples."""
        rules = self.rules
        terms = self.terms
        type_ = terms[self.type]
        found: list[Conflict] = []
        for s, classes in self.out.get(self.type, {}).items():
            if rules.nothing in classes:
                found.append(
                    Conflict(
                        f"{_show(terms[s])} is of type owl:Nothing",
                        ((terms[s], type_, terms[rules.nothing]),),
                    )
                )
            for c in classes:
                for d in rules.disjoint.get(c, ()):
                    if d in classes and c < d:
                        found.append(
                            Conflict(
                                f"Disjoint classes {_show(terms[c])} and {_show(terms[d])} "
                                f"have a common individual {_show(terms[s])}",
                                ((terms[s], type_, terms[c]), (terms[s], type_, terms[d])),
                            )
                        )
        bad = {i for i in range(len(rules.terms), len(terms)) if not _well_formed(terms[i])}
        if bad:
            for p, pairs in self.asserted.items():
                for s, o in pairs:
                    if o in bad:
                        found.append(
                            Conflict(
                                f"Lexical value of the literal {terms[o]} does not match its datatype",
                                ((terms[s], terms[p], terms[o]),),
                            )
                        )
        return found


def _well_formed(term: Term) -> bool:
    """owlrl's dt-not-type check: does the literal's text belong to its datatype?"""
    if not isinstance(term, ox.Literal):
        return True
    datatype = rdflib.URIRef(term.datatype.value)
    converter = AltXSDToPYTHON.get(datatype) if datatype in _RL_DATATYPES else None
    if converter is None:
        return True
    try:
        converter(term.value)
    except ValueError:
        return False
    return True


def _show(term: Term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _list(graph: rdflib.Graph, head: rdflib.term.Node) -> list[rdflib.term.Node]:
    return list(graph.items(head))


def compile_rules(closed: rdflib.Graph) -> Rules:
    """Compile an ontology already closed by owlrl into :class:`Rules`.

    Raises :class:`Unsupported` when the ontology uses an axiom the rules
    leave out (see the module docstring)."""
    for t in _UNSUPPORTED_TYPES:
        for s in closed.subjects(RDF.type, t):
            raise Unsupported(f"{s} is an {t.fragment}: the compiled rules do not do equality reasoning")
    for pred in _UNSUPPORTED_PREDICATES:
        for s, o in closed.subject_objects(pred):
            if pred == OWL.sameAs and s == o:
                continue
            raise Unsupported(f"{s} {pred.fragment} {o}: the compiled rules do not implement it")
    p: rdflib.term.Node
    q: rdflib.term.Node
    c: rdflib.term.Node
    d: rdflib.term.Node
    rules = Rules()
    rid = rules.id

    def node(term: rdflib.term.Node) -> int:
        return rid(to_ox(term))

    for p, q in closed.subject_objects(RDFS.subPropertyOf):
        if p != q:
            rules.properties[node(p)].supers.append(node(q))
    for p, q in closed.subject_objects(OWL.equivalentProperty):
        if p != q:
            rules.properties[node(p)].supers.append(node(q))
            rules.properties[node(q)].supers.append(node(p))
    for p, q in closed.subject_objects(OWL.inverseOf):
        rules.properties[node(p)].inverses.append(node(q))
        rules.properties[node(q)].inverses.append(node(p))
    for p in closed.subjects(RDF.type, OWL.SymmetricProperty):
        rules.properties[node(p)].symmetric = True
    for p in closed.subjects(RDF.type, OWL.TransitiveProperty):
        rules.properties[node(p)].transitive = True
        rules.backward.add(node(p))
    for p, c in closed.subject_objects(RDFS.domain):
        rules.properties[node(p)].domains.append(node(c))
    for p, c in closed.subject_objects(RDFS.range):
        rules.properties[node(p)].ranges.append(node(c))
    for q, head in closed.subject_objects(OWL.propertyChainAxiom):
        chain = tuple(node(x) for x in _list(closed, head))
        for i, link in enumerate(chain):
            rules.properties[link].chains.append((node(q), chain, i))
        rules.backward.update(chain)
    for c, d in closed.subject_objects(RDFS.subClassOf):
        if c != d:
            rules.classes[node(c)].supers.append(node(d))
    for c, d in closed.subject_objects(OWL.equivalentClass):
        if c != d:
            rules.classes[node(c)].supers.append(node(d))
            rules.classes[node(d)].supers.append(node(c))
    for r, p in closed.subject_objects(OWL.onProperty):
        for filler in closed.objects(r, OWL.someValuesFrom):
            if filler == OWL.Thing:
                rules.properties[node(p)].some_values.append((node(r), None))
            else:
                rules.properties[node(p)].some_values.append((node(r), node(filler)))
                rules.classes[node(filler)].filler_of.append((node(r), node(p)))
                rules.backward.add(node(p))
        for value in closed.objects(r, OWL.hasValue):
            rules.properties[node(p)].has_value.append((node(r), node(value)))
            rules.classes[node(r)].has_value = (node(p), node(value))
        for filler in closed.objects(r, OWL.allValuesFrom):
            rules.properties[node(p)].all_values.append((node(r), node(filler)))
            rules.classes[node(r)].all_values = (node(p), node(filler))
    for c, head in closed.subject_objects(OWL.intersectionOf):
        members = tuple(node(x) for x in _list(closed, head))
        rules.classes[node(c)].members = members
        for member in members:
            rules.classes[member].in_intersections.append((node(c), members))
    for c, head in closed.subject_objects(OWL.unionOf):
        for m in _list(closed, head):
            rules.classes[node(m)].in_unions.append(node(c))
    for c, d in closed.subject_objects(OWL.disjointWith):
        rules.disjoint[node(c)].add(node(d))
        rules.disjoint[node(d)].add(node(c))
    for axiom in closed.subjects(RDF.type, OWL.AllDisjointClasses):
        for head in closed.objects(axiom, OWL.members):
            classes = [node(x) for x in _list(closed, head)]
            for i, one in enumerate(classes):
                for other in classes[i + 1 :]:
                    rules.disjoint[one].add(other)
                    rules.disjoint[other].add(one)
    rules.properties = dict(rules.properties)
    rules.classes = dict(rules.classes)
    return rules
