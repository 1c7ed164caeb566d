"""``/``: the query editor, YASGUI (npm ``@zazuko/yasgui``) on our endpoint,
with the project's prefixes and the competency questions as examples in
English and Turkish, results as a table and, where a column is numeric,
as a bar chart (``static/editor/editor.js``, our own YASR plugin).

YASGUI's files are not in the repository: ``npm ci && npm run vendor``
copies them from ``node_modules`` into ``server/static/vendor/yasgui/``
(git-ignored), and the wheel carries them (pyproject's ``artifacts``), so
an installed package serves the editor with no internet.  Nothing on the
page is loaded from another origin: prefix.cc and LOV autocompletion and
the endpoint catalogue are switched off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app

from server.site import common as site

bp = Blueprint("editor", __name__)

VENDOR = Path(__file__).parent.parent / "static" / "vendor" / "yasgui"


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    title_en: str
    title_tr: str
    sparql: str


# Exploratory examples shown after the competency questions of ``kg.queries``
# (and alone if that package is missing): counts that draw as a chart, evidence.
FALLBACK: tuple[Example, ...] = (
    Example(
        "mediators",
        "Who mediated which meetings?",
        "Hangi görüşmelere kim arabuluculuk yaptı?",
        """SELECT ?event ?mediator ?date WHERE {
  ?event ckg:mediatedBy ?mediator .
  OPTIONAL { ?event ckg:date ?date }
}
ORDER BY ?date""",
    ),
    Example(
        "participants-count",
        "Which agents took part in the most events?",
        "En çok olaya hangi aktörler katıldı?",
        """SELECT ?agent (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event ckg:participant ?agent .
}
GROUP BY ?agent
ORDER BY DESC(?events)
LIMIT 20""",
    ),
    Example(
        "leaders",
        "Who leads which state or organisation?",
        "Hangi devleti veya kuruluşu kim yönetiyor?",
        """SELECT ?leader ?state WHERE {
  ?leader ckg:leaderOf ?state .
}
ORDER BY ?state""",
    ),
    Example(
        "meetings-places",
        "Where were the meetings held, and when?",
        "Görüşmeler nerede ve ne zaman yapıldı?",
        """SELECT ?event ?place ?date WHERE {
  ?event ckg:heldIn ?place .
  OPTIONAL { ?event ckg:date ?date }
}
ORDER BY ?date""",
    ),
    Example(
        "corridors",
        "Which corridors connect which places?",
        "Hangi koridorlar hangi yerleri birbirine bağlıyor?",
        """SELECT ?corridor ?place WHERE {
  ?corridor a ckg:Corridor .
  OPTIONAL { ?corridor ckg:connects ?place }
}""",
    ),
    Example(
        "evidence",
        "On which sentences does each mediation claim rest?",
        "Her arabuluculuk iddiası hangi cümlelere dayanıyor?",
        """SELECT ?event ?mediator ?sentence ?text WHERE {
  ?fact rdf:subject ?event ; rdf:predicate ckg:mediatedBy ; rdf:object ?mediator .
  ?record ckg:statement ?fact ; prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text .
}
LIMIT 50""",
    ),
    Example(
        "per-property",
        "How many statements of each kind are there?",
        "Her türden kaç ifade var?",
        """SELECT ?property (COUNT(*) AS ?statements) WHERE {
  ?s ?property ?o .
  FILTER(STRSTARTS(STR(?property), STR(ckg:)))
}
GROUP BY ?property
ORDER BY DESC(?statements)""",
    ),
)


def examples() -> list[Example]:
    """The competency questions from ``kg.queries``, then ours."""
    try:
        module: Any = import_module("kg.queries")
    except ImportError:
        return list(FALLBACK)
    found = getattr(module, "QUERIES", None) or getattr(module, "queries", None)
    if callable(found):
        found = found()
    out = []
    for item in found or ():
        get = item.get if isinstance(item, dict) else lambda k, item=item: getattr(item, k, None)
        if get("sparql"):
            out.append(
                Example(
                    str(get("id")),
                    str(get("title_en")),
                    str(get("title_tr") or get("title_en")),
                    str(get("sparql")),
                )
            )
    known = {e.id for e in out}
    return out + [e for e in FALLBACK if e.id not in known]  # then our exploratory ones


def with_prefixes(sparql: str, prefixes: dict[str, str]) -> str:
    """The query with PREFIX lines for the prefixes it uses and does not declare."""
    lines = [
        f"PREFIX {name}: <{iri}>"
        for name, iri in prefixes.items()
        if re.search(rf"(?<![\w-]){name}:", sparql) and not re.search(rf"PREFIX\s+{name}:", sparql, re.I)
    ]
    return "\n".join([*lines, sparql]) if lines else sparql


@bp.get("/")
def editor() -> Response:
    prefixes: dict[str, str] = current_app.config["CKG_PREFIXES"]
    shown = [
        {"id": e.id, "en": e.title_en, "tr": e.title_tr, "query": with_prefixes(e.sparql.strip(), prefixes)}
        for e in examples()
    ]
    return site.render(
        "editor.html",
        title="SPARQL",
        examples=shown,
        prefixes=prefixes,
        vendored=(VENDOR / "yasgui.min.js").exists(),
    )
