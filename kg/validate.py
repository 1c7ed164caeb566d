"""SHACL validation of the domain data.

pyshacl defines the results; the build checks with :mod:`kg.shacl`, the
same checks compiled (minutes become seconds at scale), held to pyshacl by
the tests.  The data graph is what the shapes speak of: the asserted domain triples, the
inferred ones (so ``sh:class ckg:Agent`` sees types that follow from
domains and ranges) and the entities' ``rdfs:label``.  Provenance records
and the ontology stay out: pyshacl on the whole store would be slow for no
gain.  The shapes are ``ontology/shapes.ttl``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.namespace import RDF, SH

from kg.reason import to_rdflib
from kg.shacl import Unsupported, compile_shapes

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """One SHACL result: which node, along which path, what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


def load_shapes(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


def validate(shapes: rdflib.Graph, triples: Iterable[Triple], engine: str = "fast") -> list[Violation]:
    """Every SHACL result of ``triples`` against ``shapes``, sorted.

    ``engine="fast"`` uses :mod:`kg.shacl` (the same results, tested) unless
    the shapes use SHACL it does not implement; ``"pyshacl"`` uses pyshacl."""
    if engine == "fast":
        try:
            compiled = compile_shapes(shapes)
        except Unsupported:
            pass
        else:
            return sorted(
                Violation(r.focus, r.path, r.message, "Violation", r.value)
                for r in compiled.validate(triples)
            )
    elif engine != "pyshacl":
        raise ValueError(f"validation engine {engine!r} is unknown: use fast or pyshacl")
    return validate_pyshacl(shapes, triples)


def validate_pyshacl(shapes: rdflib.Graph, triples: Iterable[Triple]) -> list[Violation]:
    """pyshacl's results: the definition, slow on large graphs."""
    data = rdflib.Graph()
    for s, p, o in triples:
        data.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    if conforms:
        return []
    assert isinstance(results, rdflib.Graph)
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=str(path) if isinstance(path, rdflib.URIRef) else "",
                message=str(message) if message is not None else "does not conform",
                severity=severity.fragment if isinstance(severity, rdflib.URIRef) else "Violation",
                value=str(value) if value is not None else "",
            )
        )
    return sorted(set(found))


def domain_data(
    quads: Iterable[ox.Quad], asserted: Iterable[Triple], inferred: Iterable[Triple]
) -> list[Triple]:
    """What the shapes read: asserted and inferred domain triples, and the labels."""
    label = RDFS_LABEL
    labels = [(q.subject, q.predicate, q.object) for q in quads if q.predicate == label]
    return [*asserted, *inferred, *labels]  # type: ignore[list-item]


def validate_build(
    quads: Iterable[ox.Quad], asserted: Iterable[Triple], inferred: Iterable[Triple]
) -> list[Violation]:
    """The bundled shapes checked on a build's domain data."""
    from kg.resources import shapes_file

    return validate(load_shapes(shapes_file()), domain_data(quads, asserted, inferred))


def strict_failure(inconsistencies: list[str], violations: list[str], shown: int = 20) -> str:
    """The message of a ``--strict`` build that found problems."""
    lines = [
        f"--strict: {len(inconsistencies)} contradiction(s) and {len(violations)} SHACL violation(s); "
        "the store was not switched. Fix the documents or the lexicon, or build without --strict:"
    ]
    lines += [f"  inconsistency: {x}" for x in inconsistencies[:shown]]
    lines += [f"  violation: {x}" for x in violations[:shown]]
    hidden = max(0, len(inconsistencies) - shown) + max(0, len(violations) - shown)
    if hidden:
        lines.append(f"  … and {hidden} more")
    return "\n".join(lines)
