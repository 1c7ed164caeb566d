"""kg.explain and `ckg explain`: every inferred triple of the bundled store
has a derivation that rests on asserted triples, with their sentences;
Russia's mediatorOf traces back to a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from cli import main
from kg import store as kgstore
from kg.explain import Derivation, explain, leaves, parse_term, render
from kg.iri import Minter

ID = "https://w3id.org/caucasus-kg/id/"
CKG = "https://w3id.org/caucasus-kg/ontology#"
INFERRED = ox.NamedNode("https://w3id.org/caucasus-kg/graph/inferred")
MEDIATOR_OF = ox.NamedNode(CKG + "mediatorOf")


@pytest.fixture(scope="module")
def oxi(store_path: Path) -> ox.Store:
    return kgstore.current(store_path).open()


def _check(d: Derivation, oxi: ox.Store) -> None:
    """Premises hold in the store (or are the restriction types never stored)."""
    if not d.inferred:
        assert d.graphs and INFERRED.value not in d.graphs
        return
    assert d.premises and d.axiom
    for premise in d.premises:
        _check(premise, oxi)


def test_every_inferred_triple_is_explained(oxi: ox.Store) -> None:
    triples = [q.triple for q in oxi.quads_for_pattern(None, None, None, INFERRED)]
    assert len(triples) > 20
    for t in triples:
        d = explain(oxi, t.subject, t.predicate, t.object)
        assert d is not None and d.inferred, f"no derivation for {t}"
        _check(d, oxi)
        assert list(leaves(d)), t


def test_russia_mediator_of_traces_to_a_sentence(oxi: ox.Store) -> None:
    russia = ox.NamedNode(ID + "russia")
    events = [q.object for q in oxi.quads_for_pattern(russia, MEDIATOR_OF, None, INFERRED)]
    assert events, "Russia mediates nothing in the graph inferred"
    for event in events:
        d = explain(oxi, russia, MEDIATOR_OF, event)
        assert d is not None and d.rule in {"inverse", "chain"}
        sources = [s for leaf in leaves(d) for s in leaf.sources if s.document]
        assert sources, f"no sentence behind {event}"
        for s in sources:
            assert s.text and s.sentence.startswith(s.document + "#char=")
            assert " ".join(s.surface.split()) in " ".join(s.text.split())
            assert s.rule
        assert "mediat" in " ".join(s.rule for s in sources)


def test_asserted_triple_and_absent_triple(oxi: ox.Store) -> None:
    q = next(
        q
        for q in oxi.quads_for_pattern(None, ox.NamedNode(CKG + "mediatedBy"), None)
        if q.graph_name != INFERRED
    )
    d = explain(oxi, q.subject, q.predicate, q.object)
    assert d is not None and d.rule == "asserted" and d.sources
    assert explain(oxi, ox.NamedNode(ID + "russia"), MEDIATOR_OF, ox.NamedNode(ID + "nowhere")) is None


def test_derivation_as_dict_is_json(oxi: ox.Store) -> None:
    q = next(iter(oxi.quads_for_pattern(None, MEDIATOR_OF, None, INFERRED)))
    d = explain(oxi, q.subject, q.predicate, q.object)
    assert d is not None
    data = json.loads(json.dumps(d.as_dict()))
    assert data["inferred"] is True and data["triple"][1] == f"<{CKG}mediatorOf>"
    assert data["premises"][0]["triple_text"]
    assert any("⇐" in line for line in render(d))


def test_parse_term() -> None:
    m = Minter()
    assert parse_term("russia", m) == ox.NamedNode(ID + "russia")
    assert parse_term("id:meeting/2021-01-11-moscow", m) == ox.NamedNode(ID + "meeting/2021-01-11-moscow")
    assert parse_term("ckg:mediatorOf", m) == MEDIATOR_OF
    assert parse_term(f"<{CKG}Mediator>", m) == ox.NamedNode(CKG + "Mediator")
    assert parse_term("a", m).value.endswith("#type")
    assert parse_term('"2021"^^<http://www.w3.org/2001/XMLSchema#gYear>', m).value == "2021"
    with pytest.raises(ValueError, match="unknown prefix 'foo'"):
        parse_term("foo:bar", m)


def test_cli_explain(store_path: Path, oxi: ox.Store, runner: CliRunner) -> None:
    q = next(iter(oxi.quads_for_pattern(ox.NamedNode(ID + "russia"), MEDIATOR_OF, None, INFERRED)))
    event = q.object.value.removeprefix(ID)
    result = runner.invoke(main, ["explain", "--store", str(store_path), "russia", "ckg:mediatorOf", event])
    assert result.exit_code == 0, result.output
    assert "ckg:mediatorOf" in result.output and "[asserted]" in result.output and '"' in result.output
    as_json = runner.invoke(
        main, ["explain", "--store", str(store_path), "--format", "json", "russia", "ckg:mediatorOf", event]
    )
    assert json.loads(as_json.output)["rule"] in {"inverse", "chain"}
    absent = runner.invoke(
        main, ["explain", "--store", str(store_path), "russia", "ckg:mediatorOf", "nowhere"]
    )
    assert absent.exit_code == 1 and "is not in the graph" in absent.output
    bad = runner.invoke(main, ["explain", "--store", str(store_path), "foo:x", "a", "ckg:State"])
    assert bad.exit_code == 1 and "unknown prefix" in bad.output
