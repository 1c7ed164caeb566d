"""The ontology: the contract's terms exactly, labels and definitions in
English and Turkish, the OWL 2 RL profile, alignments and shapes kept apart
from the reasoner, and every term the build writes declared."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg import store as kgstore
from kg.reason import compiled_rules
from kg.resources import alignments_file, ontology_files, published_ontology_files, shapes_file

CKG = rdflib.Namespace("https://w3id.org/caucasus-kg/ontology#")
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
ONTOLOGY_IRI = rdflib.URIRef("https://w3id.org/caucasus-kg/ontology")

CONTRACT_CLASSES = [
    "Agent", "State", "Person", "Leader", "Organization", "Mediator",
    "Treaty", "Corridor", "Place", "Event", "Meeting",
]  # fmt: skip
CONTRACT_INVERSES = {
    "leaderOf": "hasLeader",
    "participant": "participatesIn",
    "mediatedBy": "mediatorOf",
    "signatory": "signed",
    "partyTo": "hasParty",
    "controlledBy": "controls",
}
CONTRACT_OTHER = ["connects", "locatedIn", "heldIn", "opposes"]
PROVENANCE = ["Document", "statement", "beginIndex", "endIndex", "surfaceForm", "extractionRule", "modality",
              "Asserted", "Intended", "Reported", "sourceDocument", "sha256"]  # fmt: skip


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in ontology_files():
        graph.parse(path)
    return graph


def _terms(onto: rdflib.Graph) -> set[rdflib.URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return {s for k in kinds for s in onto.subjects(RDF.type, k) if isinstance(s, rdflib.URIRef)}


def test_header(onto: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for p in (OWL.versionIRI, OWL.versionInfo, DCTERMS.creator, VANN.preferredNamespaceUri):
        assert onto.value(ONTOLOGY_IRI, p) is not None, p
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "ckg"
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == rdflib.URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    for p in (DCTERMS.title, DCTERMS.description):
        assert {o.language for o in onto.objects(ONTOLOGY_IRI, p)} >= {"en", "tr"}, p
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionIRI)).endswith(
        str(onto.value(ONTOLOGY_IRI, OWL.versionInfo))
    )


def test_contract_terms_exactly(onto: rdflib.Graph) -> None:
    for name in CONTRACT_CLASSES:
        assert (CKG[name], RDF.type, OWL.Class) in onto, name
    for p, q in CONTRACT_INVERSES.items():
        assert (CKG[p], OWL.inverseOf, CKG[q]) in onto, p
        assert (CKG[p], RDF.type, OWL.ObjectProperty) in onto and (
            CKG[q],
            RDF.type,
            OWL.ObjectProperty,
        ) in onto
    for p in CONTRACT_OTHER:
        assert (CKG[p], RDF.type, OWL.ObjectProperty) in onto, p
    assert (CKG.locatedIn, RDF.type, OWL.TransitiveProperty) in onto
    assert (CKG.date, RDF.type, OWL.DatatypeProperty) in onto
    chains = {
        (str(q), tuple(str(x) for x in onto.items(head)))
        for q, head in onto.subject_objects(OWL.propertyChainAxiom)
    }
    assert (str(CKG.mediatorOf), (str(CKG.hasLeader), str(CKG.mediatorOf))) in chains
    assert (str(CKG.partyTo), (str(CKG.hasLeader), str(CKG.signed))) in chains
    for name in PROVENANCE:
        assert (CKG[name], None, None) in onto, f"provenance term ckg:{name} is not declared"


def test_every_term_has_labels_and_definitions_in_english_and_turkish(onto: rdflib.Graph) -> None:
    terms = _terms(onto)
    assert len(terms) > 40
    for term in terms:
        for p in (RDFS.label, SKOS.definition):
            languages = {o.language for o in onto.objects(term, p)}
            assert languages >= {"en", "tr"}, f"{term} lacks {p} in { ({'en', 'tr'} - languages) }"


def test_every_term_beyond_the_contract_says_why(onto: rdflib.Graph) -> None:
    contract = {*CONTRACT_CLASSES, *CONTRACT_INVERSES, *CONTRACT_INVERSES.values(), *CONTRACT_OTHER, "date"}
    for term in _terms(onto):
        local = str(term).split("#")[1]
        if local in contract or (term, RDF.type, CKG.Modality) in onto:
            continue
        assert onto.value(term, RDFS.comment) is not None, (
            f"ckg:{local} has no rdfs:comment giving its reason"
        )


def test_disjointness_where_true(onto: rdflib.Graph) -> None:
    rules = compiled_rules(onto)
    disjoint = {
        (str(rules.terms[a].value), str(rules.terms[b].value))  # type: ignore[union-attr]
        for a, others in rules.disjoint.items()
        for b in others
    }
    for a, b in [("State", "Person"), ("Treaty", "Place"), ("Agent", "Event"), ("Meeting", "War")]:
        assert (str(CKG[a]), str(CKG[b])) in disjoint


def test_owl2_rl_shapes_of_axioms(onto: rdflib.Graph) -> None:
    """OWL 2 RL allows someValuesFrom and unionOf only on the sub-class side,
    and the compiled rules take the whole ontology (nothing needs equality)."""
    restricted = set(onto.subjects(OWL.someValuesFrom, None)) | set(onto.subjects(OWL.unionOf, None))
    for c in restricted:
        assert (None, RDFS.subClassOf, c) not in onto, f"{c} is used as a super-class"
        assert (None, OWL.equivalentClass, c) not in onto and (c, OWL.equivalentClass, None) not in onto
    for p in (RDFS.range, RDFS.domain):
        for _, c in onto.subject_objects(p):
            assert isinstance(c, rdflib.URIRef), f"{p} of a class expression is outside OWL 2 RL"
    compiled_rules(onto)  # raises Unsupported otherwise


def test_alignments_and_shapes_are_kept_from_the_reasoner() -> None:
    reasoned = {p.name for p in ontology_files()}
    assert reasoned == {"caucasus-kg.ttl"}
    assert alignments_file().name in {p.name for p in published_ontology_files()}
    alignments = rdflib.Graph().parse(alignments_file())
    onto = rdflib.Graph().parse(ontology_files()[0])
    declared = _terms(onto)
    pairs = list(alignments.subject_objects(SKOS.exactMatch)) + list(
        alignments.subject_objects(SKOS.closeMatch)
    )
    assert len(pairs) > 20
    targets = (
        "http://www.wikidata.org/entity/",
        "https://schema.org/",
        "http://www.w3.org/ns/prov#",
        "http://xmlns.com/",
    )
    for s, o in pairs:
        assert s in declared, f"{s} is aligned but not declared"
        assert str(o).startswith(targets), o
    assert any(str(o).startswith("http://www.wikidata.org/entity/P") for _, o in pairs)
    assert any(str(o).startswith("http://www.wikidata.org/entity/Q") for _, o in pairs)


def test_shapes_are_valid_shacl() -> None:
    shapes = rdflib.Graph().parse(shapes_file())
    conforms, _, text = validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_every_term_the_build_writes_is_declared(store_path: Path, onto: rdflib.Graph) -> None:
    declared = {str(t) for t in _terms(onto)}
    oxi = kgstore.current(store_path).open()
    ontology_graph = "https://w3id.org/caucasus-kg/graph/ontology"
    used = set()
    for row in oxi.query(
        "SELECT DISTINCT ?t WHERE { GRAPH ?g { { ?s ?t ?o } UNION { ?s a ?t } } "
        f"FILTER(?g != <{ontology_graph}> && STRSTARTS(STR(?t), STR(<{CKG}>))) }}"
    ):
        used.add(row["t"].value)
    assert used, "the build wrote no ontology term"
    assert used <= declared, f"undeclared: {sorted(used - declared)}"
    assert ox.NamedNode(str(CKG.Agent)) in {
        q.subject for q in oxi.quads_for_pattern(None, None, None, ox.NamedNode(ontology_graph))
    }
