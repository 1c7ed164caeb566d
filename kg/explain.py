"""Why is a triple in the graph?  The derivation of an inferred triple, down
to the sentences its asserted premises were read from.

:func:`explain` searches backwards with the same compiled rules the build
used (:mod:`kg.rules`): for the goal it tries every rule that concludes it
(inverse, sub-property, chain, transitivity, sub-class, domain, range,
someValuesFrom …), checks the premises against the store, and recurses into
premises that are themselves inferred, by iterative deepening so that the
shortest derivation is the one shown.  Asserted premises carry their sources:
document, sentence text, surface form and extraction rule, from the
provenance records of the document graphs.

Every read is a SPARQL query on ``source.query(...)``: a pyoxigraph
``Store`` or the server's ``Snapshot`` (which a remote backend can stand in
for).  The result is plain data (:meth:`Derivation.as_dict` for JSON);
:func:`render` draws it as text for ``ckg explain``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import pyoxigraph as ox

from kg import provenance
from kg.iri import ONTOLOGY, PREFIXES, RDF, Minter
from kg.rules import Rules

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Term, Term, Term]
_TYPE = ox.NamedNode(RDF + "type")
_MAX_DEPTH = 10
_RESOURCES = "https://w3id.org/caucasus-kg/id/"  # shown as id: (other bases in full)
_BINDINGS = 25  # candidate bindings tried per open premise


class Queryable(Protocol):
    def query(self, query: str, /) -> Any: ...


@dataclass(frozen=True, slots=True)
class Source:
    """Where an asserted triple was read: a sentence of a document, or a curated graph."""

    graph: str
    document: str = ""
    title: str = ""
    sentence: str = ""  # the NIF IRI …#char=s,e
    text: str = ""
    surface: str = ""
    rule: str = ""

    def as_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(slots=True)
class Derivation:
    """How ``triple`` holds: asserted (with ``sources``) or by ``rule`` from ``premises``."""

    triple: Triple
    rule: str  # "asserted", "inverse", "subproperty", "symmetric", "transitivity", "chain", …
    axiom: str = ""  # the ontology axiom used, in Turtle-like prefixed names
    premises: list[Derivation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)  # named graphs holding the triple

    @property
    def inferred(self) -> bool:
        return self.rule != "asserted"

    def as_dict(self) -> dict[str, Any]:
        return {
            "triple": [_n3(t) for t in self.triple],
            "triple_text": [short(t) for t in self.triple],
            "rule": self.rule,
            "axiom": self.axiom,
            "inferred": self.inferred,
            "graphs": list(self.graphs),
            "sources": [s.as_dict() for s in self.sources],
            "premises": [p.as_dict() for p in self.premises],
        }


def short(term: Term) -> str:
    """A prefixed name where a known prefix fits, else the N-Triples form."""
    if isinstance(term, ox.NamedNode):
        if term.value.startswith(_RESOURCES):
            return "id:" + term.value[len(_RESOURCES) :]
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and "/" not in term.value[len(ns) :]:
                return f"{prefix}:{term.value[len(ns) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return "[restriction]"
    return str(term)


def _n3(term: Term) -> str:
    return str(term)


def parse_term(text: str, minter: Minter) -> Term:
    """An IRI (``<…>`` or ``http…``), a prefixed name (``ckg:mediatorOf``,
    ``id:russia``), ``a`` for rdf:type, a literal in N-Triples form, or an id
    slug (``russia``, ``meeting/2022-05-22-brussels``)."""
    text = text.strip()
    if not text:
        raise ValueError("an empty term: give an IRI, a prefixed name (ckg:…) or an id slug")
    if text == "a":
        return _TYPE
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    if text.startswith('"'):
        try:
            found = ox.parse(f"<x:s> <x:p> {text} .", format=ox.RdfFormat.N_TRIPLES)
            return next(iter(found)).object
        except SyntaxError as exc:
            raise ValueError(f"{text}: not a literal in N-Triples form ({exc})") from None
    if text.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(text)
    prefix, colon, local = text.partition(":")
    if colon:
        if prefix == "id":
            return ox.NamedNode(minter.entity(local))
        if prefix in PREFIXES:
            return ox.NamedNode(PREFIXES[prefix] + local)
        raise ValueError(f"{text}: unknown prefix {prefix!r}; known: id, {', '.join(sorted(PREFIXES))}")
    return ox.NamedNode(minter.entity(text))


class Explainer:
    """Backward chaining over a store with compiled rules."""

    def __init__(self, source: Queryable, rules: Rules, minter: Minter) -> None:
        self.source = source
        self.rules = rules
        self.minter = minter
        self.resources = minter.base + "id/"
        self.inferred_graph = minter.graph("inferred")
        self.ontology_graph = minter.graph("ontology")
        # Graphs that hold facts without being where they come from.
        self._not_sources = {
            self.inferred_graph,
            self.ontology_graph,
            minter.graph(provenance.ASSERTED_GRAPH),
            minter.graph(provenance.STATEMENTS_GRAPH),
        }
        self._graphs: dict[Triple, list[str]] = {}
        self._producers_prop: dict[int, list[tuple[str, Any]]] = {}
        self._producers_type: dict[int, list[tuple[str, Any]]] = {}
        self._index()

    # ------------------------------------------------------------ rules, reversed
    def _index(self) -> None:
        props: dict[int, list[tuple[str, Any]]] = {}
        types: dict[int, list[tuple[str, Any]]] = {}
        for p, pr in self.rules.properties.items():
            for q in pr.supers:
                props.setdefault(q, []).append(("subproperty", p))
            for q in pr.inverses:
                props.setdefault(q, []).append(("inverse", p))
            if pr.symmetric:
                props.setdefault(p, []).append(("symmetric", p))
            if pr.transitive:
                props.setdefault(p, []).append(("transitivity", p))
            for c in pr.domains:
                types.setdefault(c, []).append(("domain", p))
            for c in pr.ranges:
                types.setdefault(c, []).append(("range", p))
            for restriction, filler in pr.some_values:
                types.setdefault(restriction, []).append(("someValues", (p, filler)))
            for restriction, value in pr.has_value:
                types.setdefault(restriction, []).append(("hasValue", (p, value)))
            for restriction, filler in pr.all_values:
                types.setdefault(filler, []).append(("allValues", (p, restriction)))
            for q, chain, i in pr.chains:
                if i == 0:
                    props.setdefault(q, []).append(("chain", chain))
        for c, cr in self.rules.classes.items():
            for d in cr.supers:
                types.setdefault(d, []).append(("subclass", c))
            for union in cr.in_unions:
                types.setdefault(union, []).append(("union", c))
            if cr.members:
                types.setdefault(c, []).append(("intersection", cr.members))
            for member in cr.members:
                types.setdefault(member, []).append(("intersectionMember", c))
            if cr.has_value is not None:
                q, value = cr.has_value
                props.setdefault(q, []).append(("hasValueProperty", (c, value)))
        self._producers_prop, self._producers_type = props, types

    def _term(self, i: int) -> Term:
        return self.rules.terms[i]

    def _id(self, term: Term) -> int | None:
        return self.rules.ids.get(term)

    # ------------------------------------------------------------ the store
    def _stored(self, triple: Triple) -> bool:
        """Would the build have stored this triple (asserted or kept inference)?"""
        s, p, o = triple
        if not isinstance(s, ox.NamedNode) or isinstance(o, ox.BlankNode):
            return False
        if p == _TYPE:
            return isinstance(o, ox.NamedNode) and o.value.startswith(ONTOLOGY)
        return isinstance(p, ox.NamedNode) and p.value.startswith(ONTOLOGY)

    def graphs(self, triple: Triple) -> list[str]:
        if triple not in self._graphs:
            s, p, o = triple
            rows = self.source.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {s} {p} {o} }} }}")
            self._graphs[triple] = sorted(row["g"].value for row in rows)
        return self._graphs[triple]

    def _asserted_in(self, triple: Triple) -> list[str]:
        return [g for g in self.graphs(triple) if g not in (self.inferred_graph, self.ontology_graph)]

    def _source_graphs(self, triple: Triple) -> list[str]:
        return [g for g in self.graphs(triple) if g not in self._not_sources]

    def _holds(self, triple: Triple) -> bool:
        return bool(self.graphs(triple)) if self._stored(triple) else True

    def _match(self, s: Term | None, p: Term, o: Term | None) -> list[tuple[Term, Term]]:
        """Up to _BINDINGS (subject, object) pairs stored for a pattern open on one side."""
        pattern = f"{s if s is not None else '?x'} {p} {o if o is not None else '?x'}"
        rows = self.source.query(f"SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ {pattern} }} }} LIMIT {_BINDINGS}")
        return [(s, row["x"]) if s is not None else (row["x"], o) for row in rows]  # type: ignore[misc]

    def sources(self, triple: Triple) -> list[Source]:
        s, p, o = triple
        found: list[Source] = []
        rows = self.source.query(provenance.sources_query(self.minter, str(s), str(p), str(o)))
        for row in rows:

            def value(key: str, row: Any = row) -> str:
                return row[key].value if row[key] is not None else ""

            found.append(
                Source(
                    graph=value("g"),
                    document=value("doc"),
                    title=value("title"),
                    sentence=value("sentence"),
                    text=value("text"),
                    surface=provenance.surface(row),
                    rule=value("rule"),
                )
            )
        seen = {src.graph for src in found}
        for graph in self._source_graphs(triple):
            if graph not in seen:  # asserted without a sentence: the lexicon, a loaded file
                found.append(Source(graph=graph))
        return found

    # ------------------------------------------------------------ the search
    def explain(self, triple: Triple) -> Derivation | None:
        """The shortest derivation of ``triple``, or None when it is not in the store."""
        if self._stored(triple) and not self.graphs(triple):
            return None
        for depth in range(_MAX_DEPTH + 1):
            found = self._prove(triple, depth, frozenset())
            if found is not None:
                return found
        return None

    def _prove(self, triple: Triple, depth: int, path: frozenset[Triple]) -> Derivation | None:
        if triple in path or not self._holds(triple):
            return None
        if self._stored(triple) and self._asserted_in(triple):
            return Derivation(triple, "asserted", sources=self.sources(triple), graphs=self.graphs(triple))
        if depth == 0:
            return None
        path = path | {triple}
        for rule, axiom, premises in self._candidates(triple):
            proofs = []
            for premise in premises:
                proof = self._prove(premise, depth - 1, path)
                if proof is None:
                    break
                proofs.append(proof)
            else:
                graphs = self.graphs(triple) if self._stored(triple) else []
                return Derivation(triple, rule, axiom, proofs, graphs=graphs)
        return None

    def _candidates(self, triple: Triple) -> Iterator[tuple[str, str, list[Triple]]]:
        s, p, o = triple
        if p == _TYPE:
            cid = self._id(o)
            for rule, info in self._producers_type.get(cid, []) if cid is not None else []:
                yield from self._type_candidates(s, o, rule, info)
        pid = self._id(p)
        for rule, info in self._producers_prop.get(pid, []) if pid is not None else []:
            yield from self._property_candidates(s, p, o, rule, info)

    def _type_candidates(
        self, s: Term, c: Term, rule: str, info: Any
    ) -> Iterator[tuple[str, str, list[Triple]]]:
        t = self._term
        if rule in ("subclass", "union", "intersectionMember"):
            d = t(info)
            relation = {
                "subclass": "rdfs:subClassOf",
                "union": "∈ owl:unionOf",
                "intersectionMember": "= ∩ ⊒",
            }
            yield rule, f"{short(d)} {relation[rule]} {short(c)}", [(s, _TYPE, d)]
        elif rule == "domain":
            for _, o in self._match(s, t(info), None):
                yield rule, f"{short(t(info))} rdfs:domain {short(c)}", [(s, t(info), o)]
        elif rule == "range":
            for x, _ in self._match(None, t(info), s):
                yield rule, f"{short(t(info))} rdfs:range {short(c)}", [(x, t(info), s)]
        elif rule == "someValues":
            p, filler = info
            for _, y in self._match(s, t(p), None):
                premises: list[Triple] = [(s, t(p), y)]
                if filler is not None:
                    premises.append((y, _TYPE, t(filler)))
                name = "owl:Thing" if filler is None else short(t(filler))
                yield rule, f"[ owl:onProperty {short(t(p))} ; owl:someValuesFrom {name} ]", premises
        elif rule == "hasValue":
            p, value = info
            yield (
                rule,
                f"[ owl:onProperty {short(t(p))} ; owl:hasValue {short(t(value))} ]",
                [(s, t(p), t(value))],
            )
        elif rule == "allValues":
            p, restriction = info
            for x, _ in self._match(None, t(p), s):
                yield (
                    rule,
                    f"[ owl:onProperty {short(t(p))} ; owl:allValuesFrom {short(c)} ]",
                    [
                        (x, _TYPE, t(restriction)),
                        (x, t(p), s),
                    ],
                )
        elif rule == "intersection":
            yield rule, f"{short(c)} owl:intersectionOf (…)", [(s, _TYPE, t(m)) for m in info]

    def _property_candidates(
        self, s: Term, p: Term, o: Term, rule: str, info: Any
    ) -> Iterator[tuple[str, str, list[Triple]]]:
        t = self._term
        if rule == "inverse":
            yield rule, f"{short(t(info))} owl:inverseOf {short(p)}", [(o, t(info), s)]
        elif rule == "subproperty":
            yield rule, f"{short(t(info))} rdfs:subPropertyOf {short(p)}", [(s, t(info), o)]
        elif rule == "symmetric":
            yield rule, f"{short(p)} a owl:SymmetricProperty", [(o, p, s)]
        elif rule == "transitivity":
            for _, z in self._match(s, p, None):
                if z != o and z != s and (z, p, o) != (s, p, o):
                    yield rule, f"{short(p)} a owl:TransitiveProperty", [(s, p, z), (z, p, o)]
        elif rule == "chain":
            names = " ".join(short(t(x)) for x in info)
            for nodes in self._paths(s, [t(x) for x in info], o):
                premises = [(nodes[i], t(link), nodes[i + 1]) for i, link in enumerate(info)]
                yield rule, f"{short(p)} owl:propertyChainAxiom ( {names} )", premises
        elif rule == "hasValueProperty":
            restriction, value = info
            if o == t(value):
                yield (
                    rule,
                    f"[ owl:onProperty {short(p)} ; owl:hasValue {short(o)} ]",
                    [(s, _TYPE, t(restriction))],
                )

    def _paths(self, s: Term, chain: list[Term], o: Term) -> list[list[Term]]:
        variables = [f"?x{i}" for i in range(1, len(chain))]
        nodes = [str(s), *variables, str(o)]
        body = " ".join(f"GRAPH ?g{i} {{ {nodes[i]} {link} {nodes[i + 1]} }}" for i, link in enumerate(chain))
        select = " ".join(variables) or "*"
        rows = self.source.query(f"SELECT DISTINCT {select} WHERE {{ {body} }} LIMIT {_BINDINGS}")
        return [[s, *(row[v[1:]] for v in variables), o] for row in rows]


def explain(
    source: Queryable,
    s: Term,
    p: Term,
    o: Term,
    *,
    base_iri: str = "https://w3id.org/caucasus-kg/",
    rules: Rules | None = None,
) -> Derivation | None:
    """How the triple ``s p o`` follows from asserted triples, or None when it is not in the store.

    ``source`` is a pyoxigraph ``Store`` or anything with the same ``query``;
    ``rules`` defaults to the bundled ontology, compiled."""
    return Explainer(source, rules or bundled_rules(), Minter(base_iri)).explain((s, p, o))


@functools.lru_cache(maxsize=1)
def bundled_rules() -> Rules:
    """The bundled ontology, closed and compiled once per process."""
    from kg.reason import compiled_rules, load_ontology
    from kg.resources import ontology_files

    return compiled_rules(load_ontology(ontology_files()))


def render(derivation: Derivation, indent: str = "") -> Iterator[str]:
    """The derivation as an indented tree of text lines."""
    s, p, o = derivation.triple
    head = f"{short(s)} {short(p)} {short(o)}"
    if derivation.inferred:
        yield f"{indent}{head}"
        yield f"{indent}  ⇐ {derivation.rule}: {derivation.axiom}"
        for premise in derivation.premises:
            yield from render(premise, indent + "    ")
        return
    yield f"{indent}{head}   [asserted]"
    for src in derivation.sources:
        if src.document:
            yield f"{indent}    from {src.title or src.document}  <{src.document}>"
            if src.text:
                yield f'{indent}      "{src.text}"'
            details = ", ".join(
                x
                for x in (
                    f"rule {src.rule}" if src.rule else "",
                    f'read "{src.surface}"' if src.surface else "",
                )
                if x
            )
            if details:
                yield f"{indent}      ({details})"
        else:
            yield f"{indent}    from graph <{src.graph}>"


def leaves(derivation: Derivation) -> Iterator[Derivation]:
    """The asserted triples a derivation rests on."""
    if not derivation.inferred:
        yield derivation
    for premise in derivation.premises:
        yield from leaves(premise)


def _cite(source: Source, width: int = 160) -> str:
    if not source.document:
        return f"graph <{source.graph}>"
    text = " ".join(source.text.split())
    text = text if len(text) <= width else text[: width - 1] + "…"
    return f'"{text}" ({source.title or source.document})'


_EXPLAINED_CONFLICTS = 50


def explain_conflicts(
    conflicts: list[Any], quads: list[ox.Quad], inferred: set[Any], minter: Minter, rules: Rules | None = None
) -> list[str]:
    """Each contradiction with the asserted triples behind it and their sentences.

    ``conflicts`` are :class:`kg.rules.Conflict`; ``quads`` the build's
    assembled quads (document graphs with provenance) and ``inferred`` its
    inferred triples.  The first fifty are traced (a temporary in-memory
    store is built for it, only when there is a contradiction)."""
    if not conflicts:
        return []
    store = ox.Store()
    store.extend(quads)
    graph = ox.NamedNode(minter.graph("inferred"))
    store.extend(ox.Quad(s, p, o, graph) for s, p, o in inferred)
    explainer = Explainer(store, rules or bundled_rules(), minter)
    lines = []
    for n, conflict in enumerate(conflicts):
        if n >= _EXPLAINED_CONFLICTS or not conflict.triples:
            lines.append(conflict.message)
            continue
        parts = []
        for triple in conflict.triples:
            derivation = explainer.explain(triple)
            head = " ".join(short(t) for t in triple)
            if derivation is None:
                parts.append(head)
                continue
            cited = sorted({_cite(src) for leaf in leaves(derivation) for src in leaf.sources})
            how = "asserted" if not derivation.inferred else f"inferred ({derivation.rule})"
            parts.append(f"{head} [{how}] from " + "; ".join(cited or ["no recorded source"]))
        lines.append(conflict.message + " — " + " | ".join(parts))
    return lines
