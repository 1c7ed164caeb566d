"""A fast validator for the SHACL Core subset our shapes use, held to pyshacl.

pyshacl defines the results; on a few hundred thousand triples it takes
minutes (``docs/benchmarks.md``).  The build instead compiles
``ontology/shapes.ttl`` into :class:`Shapes` and checks the domain data with
dictionary lookups.  Supported: ``sh:targetClass``; property shapes with an
IRI ``sh:path``; ``sh:minCount``, ``sh:maxCount``, ``sh:class``,
``sh:datatype``, ``sh:or`` (on node and property shapes); one ``sh:message``
per shape that reports.  Anything else raises :class:`Unsupported` and the
build uses pyshacl.  ``tests/test_validate.py`` compares both.

Like pyshacl run without an ontology graph, ``sh:class`` looks at the
``rdf:type`` triples of the data only: give it the inferred types too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Term, Term, Term]

_KNOWN = {
    RDF.type, SH.targetClass, SH.property, SH.path, SH.minCount, SH.maxCount, SH["class"],
    SH.datatype, SH["or"], SH.message, RDF.first, RDF.rest,
}  # fmt: skip
_IGNORED = {
    rdflib.RDFS.comment, rdflib.RDFS.label, rdflib.URIRef("http://purl.org/dc/terms/title"),
    rdflib.URIRef("http://purl.org/dc/terms/license"), SH.name, SH.description,
}  # fmt: skip


class Unsupported(Exception):
    """The shapes use SHACL this validator does not implement."""


@dataclass(slots=True)
class Shape:
    path: ox.NamedNode | None = None  # a property shape when set
    min_count: int | None = None
    max_count: int | None = None
    classes: list[ox.NamedNode] = field(default_factory=list)
    datatypes: list[ox.NamedNode] = field(default_factory=list)
    alternatives: list[list[Shape]] = field(default_factory=list)  # each sh:or
    properties: list[Shape] = field(default_factory=list)
    message: str = ""


@dataclass(frozen=True, slots=True)
class Result:
    focus: str
    path: str
    message: str
    value: str


class _Data:
    def __init__(self, triples: Iterable[Triple]) -> None:
        self.out: dict[Term, dict[Term, set[Term]]] = defaultdict(lambda: defaultdict(set))
        self.types: dict[Term, set[Term]] = defaultdict(set)
        self.instances: dict[Term, set[Term]] = defaultdict(set)
        rdf_type = ox.NamedNode(str(RDF.type))
        for s, p, o in triples:
            self.out[s][p].add(o)
            if p == rdf_type:
                self.types[s].add(o)
                self.instances[o].add(s)


def _well_typed(term: Term, datatype: ox.NamedNode) -> bool:
    if not isinstance(term, ox.Literal) or term.language or term.datatype != datatype:
        return False
    return not rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype.value)).ill_typed


class Shapes:
    def __init__(self, targets: list[tuple[list[ox.NamedNode], Shape]]) -> None:
        self.targets = targets

    def validate(self, triples: Iterable[Triple]) -> set[Result]:
        data = _Data(triples)
        results: set[Result] = set()
        for classes, shape in self.targets:
            focus_nodes = set().union(*(data.instances.get(c, set()) for c in classes))
            for focus in focus_nodes:
                self._check(data, focus, shape, results)
        return results

    def _conforms(self, data: _Data, node: Term, shape: Shape) -> bool:
        found: set[Result] = set()
        self._check(data, node, shape, found)
        return not found

    def _check(self, data: _Data, focus: Term, shape: Shape, out: set[Result]) -> None:
        if shape.path is None:
            values: set[Term] = {focus}
        else:
            values = data.out.get(focus, {}).get(shape.path, set())
        path = shape.path.value if shape.path is not None else ""
        name = _text(focus)

        def fail(value: Term | None) -> None:
            out.add(Result(name, path, shape.message, _text(value) if value is not None else ""))

        if shape.path is not None:
            if shape.min_count is not None and len(values) < shape.min_count:
                fail(None)
            if shape.max_count is not None and len(values) > shape.max_count:
                fail(None)
        for value in values:
            for c in shape.classes:
                if c not in data.types.get(value, ()):
                    fail(value)
            for d in shape.datatypes:
                if not _well_typed(value, d):
                    fail(value)
            for members in shape.alternatives:
                if not any(self._conforms(data, value, m) for m in members):
                    fail(value)
            for prop in shape.properties:
                self._check(data, value, prop, out)


def _text(term: Term | None) -> str:
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return "" if term is None else term.value


def _single(graph: rdflib.Graph, node: rdflib.term.Node, p: rdflib.URIRef) -> rdflib.term.Node | None:
    values = list(graph.objects(node, p))
    if len(values) > 1:
        raise Unsupported(f"{node} has {len(values)} values of {p}")
    return values[0] if values else None


def _shape(graph: rdflib.Graph, node: rdflib.term.Node, member: bool = False) -> Shape:
    """``member``: a member of an ``sh:or``, which reports through the shape holding it."""
    for p in graph.predicates(node, None):
        if p not in _KNOWN and p not in _IGNORED:
            raise Unsupported(f"{node} uses {p}")
    shape = Shape()
    path = _single(graph, node, SH.path)
    if path is not None:
        if not isinstance(path, rdflib.URIRef):
            raise Unsupported(f"{node}: only IRI paths are supported")
        shape.path = ox.NamedNode(str(path))
    for key, attr in ((SH.minCount, "min_count"), (SH.maxCount, "max_count")):
        value = _single(graph, node, key)
        if value is not None:
            setattr(shape, attr, int(value))  # type: ignore[call-overload]
    shape.classes = [ox.NamedNode(str(c)) for c in graph.objects(node, SH["class"])]
    shape.datatypes = [ox.NamedNode(str(d)) for d in graph.objects(node, SH.datatype)]
    shape.alternatives = [
        [_shape(graph, m, member=True) for m in graph.items(head)] for head in graph.objects(node, SH["or"])
    ]
    shape.properties = [_shape(graph, p) for p in graph.objects(node, SH.property)]
    message = _single(graph, node, SH.message)
    shape.message = str(message) if message is not None else ""
    reports = (
        (shape.path is not None and (shape.min_count is not None or shape.max_count is not None))
        or shape.classes
        or shape.datatypes
        or shape.alternatives
    )
    if reports and not shape.message and not member:
        raise Unsupported(f"{node} reports results without an sh:message (pyshacl would word them)")
    return shape


def compile_shapes(graph: rdflib.Graph) -> Shapes:
    """The node shapes of ``graph`` with their targets, compiled."""
    targets = []
    for node in set(graph.subjects(RDF.type, SH.NodeShape)) | set(graph.subjects(SH.targetClass, None)):
        for p in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target, SH.deactivated):
            if (node, p, None) in graph:
                raise Unsupported(f"{node} uses {p}")
        classes = [ox.NamedNode(str(c)) for c in graph.objects(node, SH.targetClass)]
        if classes:
            targets.append((classes, _shape(graph, node)))
    return Shapes(targets)
