"""The fast rules (kg.rules) against owlrl, the definition: identical kept
inferences and the same contradictions, on the bundled corpus, on generated
data of several sizes, and on an ontology using the axioms ours does not."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from types import ModuleType

import pyoxigraph as ox
import pytest
import rdflib

from kg.assemble import assemble
from kg.iri import Minter
from kg.reason import load_ontology, reason
from kg.resources import documents_dir, ontology_files
from loaders import extract, load_lexicon, read_documents

PREFIX = "https://w3id.org/caucasus-kg/id/"
CKG = "https://w3id.org/caucasus-kg/ontology#"


@pytest.fixture(scope="module")
def generator(bench_script: Callable[[str], ModuleType]) -> ModuleType:
    return bench_script("reasoning_data")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return load_ontology(ontology_files())


def _disjoint_individuals(messages: list[str]) -> set[tuple[frozenset[str], str]]:
    found = set()
    for message in messages:
        m = re.fullmatch(r"Disjoint classes (\S+) and (\S+) have a common individual (\S+)", message)
        assert m, f"unexpected contradiction message: {message}"
        found.add((frozenset((m[1], m[2])), m[3]))
    return found


def _assert_same(ontology: rdflib.Graph, data: list, *, expect_conflicts: bool = False) -> None:  # type: ignore[type-arg]
    slow = reason(ontology, data, PREFIX, engine="owlrl")
    fast = reason(ontology, data, PREFIX, engine="rules")
    assert fast.engine == "rules" and slow.engine == "owlrl"
    missing, extra = slow.inferred - fast.inferred, fast.inferred - slow.inferred
    assert not missing and not extra, (
        f"missing {sorted(map(str, missing))[:5]} extra {sorted(map(str, extra))[:5]}"
    )
    assert slow.inferred, "nothing inferred: the comparison proves nothing"
    assert _disjoint_individuals(fast.inconsistencies) == _disjoint_individuals(slow.inconsistencies)
    assert bool(fast.inconsistencies) == expect_conflicts


def test_bundled_corpus_same_as_owlrl(ontology: rdflib.Graph) -> None:
    lexicon = load_lexicon()
    extractions = [extract(d, lexicon) for d in read_documents([documents_dir()]) if not hasattr(d, "reason")]
    domain = assemble(extractions, Minter(), lexicon).domain
    _assert_same(ontology, sorted(domain, key=str))


@pytest.mark.parametrize("size", [300, 1000])
def test_generated_data_same_as_owlrl(ontology: rdflib.Graph, generator: ModuleType, size: int) -> None:
    _assert_same(ontology, generator.generate(size, seed=size))


def test_contradictions_same_as_owlrl(ontology: rdflib.Graph, generator: ModuleType) -> None:
    _assert_same(ontology, generator.generate(800, seed=7, conflicts=0.05), expect_conflicts=True)


@pytest.mark.slow
@pytest.mark.parametrize("size", [6000])
def test_larger_generated_data_same_as_owlrl(
    ontology: rdflib.Graph, generator: ModuleType, size: int
) -> None:
    _assert_same(ontology, generator.generate(size, seed=3, conflicts=0.005), expect_conflicts=True)


# An ontology with the OWL 2 RL axioms ours does not use, so the compiled rules
# for them are held to owlrl too.
_OTHER = """
@prefix : <https://w3id.org/caucasus-kg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:near a owl:ObjectProperty , owl:SymmetricProperty .
:borders rdfs:subPropertyOf :near .
:adjacent owl:equivalentProperty :borders .
:ally a owl:ObjectProperty ; owl:propertyChainAxiom ( :a :b :c ) .
:Neutral owl:equivalentClass [ a owl:Restriction ; owl:onProperty :stance ; owl:hasValue :neutrality ] .
:Guarded rdfs:subClassOf [ a owl:Restriction ; owl:onProperty :guardedBy ; owl:allValuesFrom :Guard ] .
:BigState owl:equivalentClass [ owl:intersectionOf ( :Big :Country ) ] .
:Thing2 owl:equivalentClass [ owl:unionOf ( :Big :Small ) ] .
[ a owl:Restriction ; owl:onProperty :guardedBy ; owl:someValuesFrom :Guard ] rdfs:subClassOf :Safe .
:Big owl:disjointWith :Small .
"""


def test_other_axioms_same_as_owlrl() -> None:
    onto = rdflib.Graph().parse(data=_OTHER, format="turtle")
    rng = random.Random(5)
    nodes = [ox.NamedNode(f"{PREFIX}n{i}") for i in range(60)]
    props = ["near", "borders", "adjacent", "a", "b", "c", "stance", "guardedBy"]
    classes = ["Guarded", "Guard", "Big", "Country", "Small", "Neutral"]
    data = set()
    for _ in range(400):
        s, o = rng.choice(nodes), rng.choice(nodes)
        if rng.random() < 0.3:
            data.add((s, ox.NamedNode(str(rdflib.RDF.type)), ox.NamedNode(CKG + rng.choice(classes))))
        elif rng.random() < 0.1:
            data.add((s, ox.NamedNode(CKG + "stance"), ox.NamedNode(CKG + "neutrality")))
        else:
            data.add((s, ox.NamedNode(CKG + rng.choice(props)), o))
    _assert_same(onto, sorted(data, key=str), expect_conflicts=True)


def test_functional_property_falls_back_to_owlrl() -> None:
    onto = rdflib.Graph().parse(
        data="@prefix owl: <http://www.w3.org/2002/07/owl#> . "
        f"<{CKG}capital> a owl:ObjectProperty , owl:FunctionalProperty .",
        format="turtle",
    )
    data = [(ox.NamedNode(PREFIX + "x"), ox.NamedNode(CKG + "capital"), ox.NamedNode(PREFIX + "y"))]
    result = reason(onto, data, PREFIX, engine="rules")
    assert result.engine == "owlrl"
    assert "FunctionalProperty" in result.note


def test_unknown_engine_is_refused(ontology: rdflib.Graph) -> None:
    with pytest.raises(ValueError, match="reasoner 'fast' is unknown"):
        reason(ontology, [], PREFIX, engine="fast")
