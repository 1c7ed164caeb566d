"""The competency questions: the questions the graph must answer, as SPARQL.

Each ``kg/queries/<id>.rq`` starts with header comments: ``# en:`` and
``# tr:`` give the question in English and Turkish, the rest says what the
query reads and what it answers on the bundled corpus.  ``expected.toml``
holds those answers in a form the tests compare
(``tests/test_competency.py``).  The query editor shows them as examples.

>>> ids = [q.id for q in competency()]
>>> "mediator-states" in ids
True
>>> next(q for q in competency() if q.id == "mediator-states").title_tr
'Hangi devletler arabulucudur?'
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any, NamedTuple


class CompetencyQuestion(NamedTuple):
    id: str
    title_en: str
    title_tr: str
    sparql: str
    description: str = ""  # the other header comments, in English


def _parse(name: str, text: str) -> CompetencyQuestion:
    titles: dict[str, str] = {}
    notes: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        key, colon, value = body.partition(":")
        if colon and key in ("en", "tr") and key not in titles:
            titles[key] = value.strip()
        else:
            notes.append(body)
    missing = [k for k in ("en", "tr") if k not in titles]
    if missing:
        raise ValueError(f"kg/queries/{name}.rq: header lacks the question in {', '.join(missing)} (# en: …)")
    return CompetencyQuestion(name, titles["en"], titles["tr"], text, " ".join(notes).strip())


def competency() -> list[CompetencyQuestion]:
    """Every competency question, sorted by id."""
    found = []
    for entry in resources.files(__name__).iterdir():
        if entry.name.endswith(".rq"):
            found.append(_parse(entry.name[: -len(".rq")], entry.read_text(encoding="utf-8")))
    return sorted(found)


queries = competency  # the name the query editor looks for


def expected() -> dict[str, dict[str, Any]]:
    """The expected answers on the bundled corpus (``expected.toml``)."""
    return tomllib.loads(resources.files(__name__).joinpath("expected.toml").read_text(encoding="utf-8"))
