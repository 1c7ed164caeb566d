"""SHACL validation: the compiled validator (kg.shacl) gives pyshacl's results,
on the bundled corpus, on generated data and on every kind of failure the
shapes describe; shapes it cannot compile go to pyshacl."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pyoxigraph as ox
import pytest
import rdflib

from kg.assemble import assemble
from kg.iri import Minter
from kg.reason import load_ontology, reason
from kg.resources import documents_dir, ontology_files, shapes_file
from kg.shacl import Unsupported, compile_shapes
from kg.validate import domain_data, load_shapes, validate
from loaders import extract, load_lexicon, read_documents

ID = "https://w3id.org/caucasus-kg/id/"
CKG = "https://w3id.org/caucasus-kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def n(name: str) -> ox.NamedNode:
    return ox.NamedNode((CKG if name[0].isupper() or name in PROPS else ID) + name)


PROPS = {
    "participant",
    "date",
    "heldIn",
    "connects",
    "controlledBy",
    "signatory",
    "mediatedBy",
    "holder",
    "office",
    "runsThrough",
    "basedIn",
    "chairOf",
}


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes(shapes_file())


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return load_ontology(ontology_files())


def _same(shapes: rdflib.Graph, triples: list) -> list:  # type: ignore[type-arg]
    fast = validate(shapes, triples, engine="fast")
    slow = validate(shapes, triples, engine="pyshacl")
    assert set(fast) == set(slow), (
        f"only fast: {sorted(set(fast) - set(slow))[:5]}; only pyshacl: {sorted(set(slow) - set(fast))[:5]}"
    )
    return fast


def test_bundled_shapes_compile(shapes: rdflib.Graph) -> None:
    assert len(compile_shapes(shapes).targets) >= 6  # so the build never falls back to pyshacl


def test_bundled_corpus_same_as_pyshacl(shapes: rdflib.Graph, ontology: rdflib.Graph) -> None:
    lexicon = load_lexicon()
    extractions = [extract(d, lexicon) for d in read_documents([documents_dir()]) if not hasattr(d, "reason")]
    assembled = assemble(extractions, Minter(), lexicon)
    inferred = reason(ontology, assembled.domain, ID).inferred
    _same(shapes, domain_data(assembled.quads, assembled.domain, inferred))


@pytest.mark.parametrize("size", [500, 3000])
def test_generated_data_same_as_pyshacl(
    shapes: rdflib.Graph, ontology: rdflib.Graph, size: int, bench_script: Callable[[str], ModuleType]
) -> None:
    data = bench_script("reasoning_data").generate(size, seed=size, conflicts=0.03)
    inferred = reason(ontology, data, ID).inferred
    labels = [
        (s, LABEL, ox.Literal("x", language="en")) for s, p, _ in data if p == TYPE and hash(s) % 3 == 0
    ]
    assert _same(shapes, [*data, *inferred, *labels])


def _lit(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


def test_every_kind_of_failure(shapes: rdflib.Graph) -> None:
    data = [
        (n("m1"), TYPE, n("Meeting")), (n("m1"), TYPE, n("Event")),  # no participant, no date, no place
        (n("m2"), TYPE, n("Meeting")), (n("m2"), TYPE, n("Event")), (n("m2"), n("participant"), n("aliyev")),
        (n("m2"), n("date"), _lit("2022-02-30", "date")),  # ill-typed
        (n("m2"), n("date"), _lit("2022-05-22", "date")),  # a second date
        (n("m2"), n("heldIn"), n("t1")),  # a treaty, neither a place nor a state
        (n("aliyev"), TYPE, n("Person")), (n("aliyev"), TYPE, n("Agent")),  # no label
        (n("armenia"), TYPE, n("State")), (n("armenia"), LABEL, ox.Literal("Armenia", language="en")),
        (n("t1"), TYPE, n("Treaty")), (n("t1"), LABEL, ox.Literal("T", language="en")),  # no party
        (n("c1"), TYPE, n("Corridor")), (n("c1"), n("connects"), n("t1")),
        (n("c1"), n("controlledBy"), n("t1")),
        (n("l1"), TYPE, n("Leadership")), (n("l1"), n("holder"), n("aliyev")),  # no office
        (n("e1"), TYPE, n("Event")), (n("e1"), n("date"), ox.Literal("last May")),  # not a date type
        (n("c1"), n("runsThrough"), n("t1")),  # a corridor runs through a treaty
        (n("o1"), TYPE, n("Organization")), (n("o1"), TYPE, n("Agent")), (n("o1"), n("basedIn"), n("t1")),
        (n("aliyev"), n("chairOf"), n("o1")),  # a person chairs: leads (leaderOf)
    ]  # fmt: skip
    found = _same(shapes, data)
    messages = {(v.focus.removeprefix(ID), v.message.split(",")[0]) for v in found}
    for focus, start in [
        ("m1", "a meeting needs at least one participant"),
        ("m1", "a meeting needs a date or a place (heldIn)"),
        ("m2", "an event has at most one date"),
        ("m2", "an event is held in a place"),
        ("aliyev", "every entity has a label (rdfs:label)"),
        ("t1", "a treaty needs a party (hasParty) or a signatory"),
        ("c1", "a corridor connects places or states"),
        ("c1", "a corridor is controlled by an agent"),
        ("l1", "a leadership has exactly one office"),
        ("e1", "an event has at most one date"),
        ("c1", "a corridor runs through places or states"),
        ("o1", "an organization is based in a place"),
        ("aliyev", "a person does not chair a body"),
    ]:
        assert any(f == focus and m.startswith(start) for f, m in messages), (focus, start, sorted(messages))
    ill_typed = [v for v in found if v.focus == ID + "m2" and v.value == "2022-02-30"]
    assert ill_typed, "the ill-typed date is reported with its value"


def test_unsupported_shapes_go_to_pyshacl() -> None:
    shapes = rdflib.Graph().parse(
        data="@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ckg: <https://w3id.org/caucasus-kg/ontology#> .\n"
        'ckg:S a sh:NodeShape ; sh:targetClass ckg:State ; sh:property [ sh:path ckg:x ; sh:pattern "^a" ;'
        ' sh:message "x starts with a" ] .',
        format="turtle",
    )
    with pytest.raises(Unsupported, match="pattern"):
        compile_shapes(shapes)
    data = [(n("s"), TYPE, n("State")), (n("s"), ox.NamedNode(CKG + "x"), ox.Literal("b"))]
    assert [v.message for v in validate(shapes, data)] == ["x starts with a"]
