"""The competency questions (kg/queries/*.rq) answer on the bundled corpus as
an analyst reads the documents (kg/queries/expected.toml), through the
endpoint's query path (default graph = asserted ∪ inferred)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import store as kgstore
from kg.queries import competency, expected

ID = "https://w3id.org/caucasus-kg/id/"
CKG = "https://w3id.org/caucasus-kg/ontology#"
INFERRED = "https://w3id.org/caucasus-kg/graph/inferred"
QUESTIONS = {q.id: q for q in competency()}
EXPECTED = expected()


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in (("id", ID), ("ckg", CKG)):
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    assert isinstance(term, ox.Literal)
    return term.value


@pytest.fixture(scope="module")
def oxi(store_path: Path) -> ox.Store:
    return kgstore.current(store_path).open()


def _answers(oxi: ox.Store, query_id: str, columns: list[str]) -> set[tuple[str, ...]]:
    solutions = oxi.query(QUESTIONS[query_id].sparql, use_default_graph_as_union=True)
    return {tuple(_text(row[c]) for c in columns) for row in solutions}


def _cases() -> list[object]:
    cases = []
    for name, spec in EXPECTED.items():
        marks = [pytest.mark.xfail(strict=True, reason=spec["xfail"])] if "xfail" in spec else []
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


@pytest.mark.parametrize("name", _cases())
def test_competency_question_answers(oxi: ox.Store, name: str) -> None:
    spec = EXPECTED[name]
    columns = spec["columns"]
    got = _answers(oxi, spec.get("query", name), columns)
    want = {tuple(row) for row in spec["rows"]}
    if spec["match"] == "exact":
        assert got == want, f"missing {sorted(want - got)}, unexpected {sorted(got - want)}"
    else:
        assert want <= got, f"missing {sorted(want - got)}; got {sorted(got)}"
    for bad in spec.get("forbidden", []):
        clash = [row for row in got if all(b == "" or b == v for b, v in zip(bad, row, strict=True))]
        assert not clash, f"{name}: should never answer {bad}: {clash}"


def test_every_question_has_expected_answers_and_both_languages() -> None:
    assert len(QUESTIONS) >= 5
    answered = {spec.get("query", name) for name, spec in EXPECTED.items()}
    assert set(QUESTIONS) <= answered, f"questions without expected answers: {set(QUESTIONS) - answered}"
    for q in QUESTIONS.values():
        assert q.title_en and q.title_tr and q.title_en != q.title_tr
        assert "SELECT" in q.sparql or "ASK" in q.sparql or "CONSTRUCT" in q.sparql


def test_every_question_is_valid_sparql_with_its_own_prefixes() -> None:
    empty = ox.Store()
    for q in QUESTIONS.values():
        list(empty.query(q.sparql))  # no predefined prefixes: each query declares what it uses


def test_inferred_answers_come_from_the_inferred_graph_only(oxi: ox.Store) -> None:
    """Mediator types and the chain's partyTo are in `inferred` and nowhere else."""
    states = _answers(oxi, "mediator-states", ["state"])
    assert states
    for (state,) in states:
        node = ox.NamedNode(ID + state.removeprefix("id:"))
        graphs = {
            q.graph_name.value for q in oxi.quads_for_pattern(node, None, ox.NamedNode(CKG + "Mediator"))
        }
        assert graphs == {INFERRED}
    asserted_only = oxi.query(
        QUESTIONS["mediator-states"].sparql,
        default_graph=[g for g in oxi.named_graphs() if g.value != INFERRED],
    )
    assert not list(asserted_only), "with the asserted graphs only, no state is a Mediator"
