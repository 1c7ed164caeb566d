"""Where sources disagree (issue 15): two real-looking reports that give the
same event different dates, and two speakers who claim different controllers
for the same corridor, come back side by side from the competency question
``where-sources-disagree``, each with its document, sentence and speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import store as kgstore
from kg.build import build
from kg.queries import competency
from kg.settings import Settings

QUESTION = next(q for q in competency() if q.id == "where-sources-disagree")
ID = "https://w3id.org/caucasus-kg/id/"


def _document(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.toml").write_text(
        f'title = "{name}"\nlanguage = "en"\ndate = "2023-09-25"\n', encoding="utf-8"
    )


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    docs = tmp_path_factory.mktemp("disagree")
    _document(docs, "a", "Azerbaijan launched the anti-terrorist operation in Karabakh on 19 September 2023.")
    _document(docs, "b", "Azerbaijan launched the anti-terrorist operation in Karabakh on 20 September 2023.")
    _document(docs, "c", "Iran said Azerbaijan took control of the Lachin corridor.")
    _document(docs, "d", "According to diplomatic sources, Russia took control of the Lachin corridor.")
    root = tmp_path_factory.mktemp("store") / "store"
    build([docs], Settings.load(environ={}, store=root))
    store = kgstore.current(root).open()
    solutions = store.query(QUESTION.sparql, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
    return [
        {name: (solution[name].value if solution[name] is not None else "") for name in names}
        for solution in solutions  # type: ignore[union-attr]
    ]


def test_two_dates_of_one_event_come_side_by_side(answers: list[dict[str, str]]) -> None:
    dates = {
        (r["value"], r["document"].rsplit("/", 1)[-1])
        for r in answers
        if r["thing"] == ID + "karabakh-operation-2023" and r["property"].endswith("#date")
    }
    assert dates == {("2023-09-19", "a"), ("2023-09-20", "b")}


def test_claimed_controllers_come_with_their_speakers(answers: list[dict[str, str]]) -> None:
    claims = {
        (r["value"].rsplit("/", 1)[-1], r["speaker"].rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        for r in answers
        if r["thing"] == ID + "lachin-corridor"
    }
    assert claims == {("azerbaijan", "iran"), ("russia", "AnonymousSource")}
    assert all(r["sentence"] for r in answers)
