"""``/timeline``: the events of the graph on a time axis.

Every event (meetings, wars, ceasefires: any subclass of ``ckg:Event``) and
every treaty (agreements, declarations) with its date, its participants,
mediators, signatories and place, each linked to its page; ``?actor=<slug>``
keeps the events one actor took part in, mediated or signed.  The axis is an
SVG drawn here; the list below it works without any script.  ``?format=json``
gives the same events as JSON.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, json, request

from kg.iri import ONTOLOGY, RDFS
from server import site

bp = Blueprint("timeline", __name__)

ROLES = {
    ONTOLOGY + "participant": "participants",
    ONTOLOGY + "mediatedBy": "mediators",
    ONTOLOGY + "signatory": "signatories",
    ONTOLOGY + "hasParty": "parties",
    ONTOLOGY + "heldIn": "places",
}
DATES = (ONTOLOGY + "date", ONTOLOGY + "startDate")
WIDTH, ROW, LEFT, RIGHT = 1000, 16, 40, 40


@dataclass(slots=True)
class Event:
    iri: str
    href: str
    kinds: set[str] = field(default_factory=set)
    date: str = ""
    end: str = ""
    roles: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    label: str = ""
    treaty: bool = False

    @property
    def year(self) -> str:
        return self.date[:4] if self.date else ""


def decimal_year(date: str) -> float | None:
    """2022-05-22 → 2022.39; 2022-05 → 2022.37; 2022 → 2022.5."""
    try:
        parts = [int(p) for p in date[:10].split("-") if p]
    except ValueError:
        return None
    if not parts:
        return None
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 7
    day = parts[2] if len(parts) > 2 else 15 if len(parts) > 1 else 1
    return year + (month - 1) / 12 + (day - 1) / 365


def events() -> list[Event]:
    snap = site.snapshot()
    rows = snap.query(
        f"""SELECT DISTINCT ?e ?t ?top WHERE {{
          VALUES ?top {{ <{ONTOLOGY}Event> <{ONTOLOGY}Treaty> }}
          ?e a ?t . ?t <{RDFS}subClassOf>* ?top .
          FILTER(STRSTARTS(STR(?t), "{ONTOLOGY}"))
        }}""",
        use_default_graph_as_union=True,
    )
    found: dict[str, Event] = {}
    for row in rows:
        iri = row["e"].value
        event = found.setdefault(iri, Event(iri, site.href(iri)))
        event.kinds.add(row["t"].value)
        event.treaty = event.treaty or row["top"].value == ONTOLOGY + "Treaty"
    iris = sorted(found)
    wanted = " ".join(f"<{p}>" for p in (*ROLES, *DATES, ONTOLOGY + "endDate"))
    for chunk in (iris[i : i + 200] for i in range(0, len(iris), 200)):
        values = " ".join(f"<{i}>" for i in chunk)
        for row in snap.query(
            f"SELECT DISTINCT ?e ?p ?o WHERE {{ VALUES ?e {{ {values} }} "
            f"VALUES ?p {{ {wanted} }} ?e ?p ?o }}",
            use_default_graph_as_union=True,
        ):
            event, p, o = found[row["e"].value], row["p"].value, row["o"].value
            if p in DATES and (not event.date or o < event.date):
                event.date = o
            elif p == ONTOLOGY + "endDate":
                event.end = o
            elif p in ROLES and o not in event.roles[ROLES[p]]:
                event.roles[ROLES[p]].append(o)
    return sorted(found.values(), key=lambda e: (e.date == "", e.date, e.iri))


def _kind(event: Event) -> str:
    generic = {ONTOLOGY + "Event", ONTOLOGY + "Treaty"}
    specific = sorted(event.kinds - generic) or sorted(event.kinds)
    return site.term_label(specific[0]) if specific else ""


def axis(dated: list[dict[str, Any]]) -> dict[str, Any]:
    """Positions on the axis: x by date, stacked in rows where dots would touch."""
    years = [d["x_year"] for d in dated]
    if not years:
        return {"width": WIDTH, "height": 60, "dots": [], "ticks": []}
    first, last = int(min(years)), int(max(years)) + 1
    span = max(last - first, 1)

    def x(year: float) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (year - first) / span, 1)

    rows: list[float] = []
    dots = []
    for d in dated:
        px = x(d["x_year"])
        row = next((i for i, end in enumerate(rows) if px - end > 12), len(rows))
        if row == len(rows):
            rows.append(px)
        else:
            rows[row] = px
        dots.append({**d, "x": px, "row": row})
    height = 50 + ROW * max(len(rows), 1)
    for dot in dots:
        dot["y"] = height - 34 - ROW * dot["row"]
    ticks = [{"x": x(year), "label": str(year)} for year in range(first, last + 1)]
    return {"width": WIDTH, "height": height, "dots": dots, "ticks": ticks, "baseline": height - 24}


@bp.get("/timeline")
def timeline() -> Response:
    everything = events()
    labels = site.labels_of(
        {e.iri for e in everything} | {a for e in everything for people in e.roles.values() for a in people}
    )

    def name(iri: str) -> str:
        return site.pick_label(labels.get(iri, {}), site.humanize(iri))

    actors: dict[str, int] = defaultdict(int)
    for e in everything:
        for role in ("participants", "mediators", "signatories", "parties"):
            for who in e.roles.get(role, []):
                actors[who] += 1
    chosen = request.args.get("actor", "").strip().strip("/")
    actor_iri = site.base() + "id/" + chosen if chosen else ""
    shown = [
        e
        for e in everything
        if not actor_iri
        or any(
            actor_iri in e.roles.get(r, []) for r in ("participants", "mediators", "signatories", "parties")
        )
    ]
    items: list[dict[str, Any]] = []
    for i, e in enumerate(shown):
        place = ", ".join(name(p) for p in e.roles.get("places", []))
        who = " – ".join(name(p) for p in e.roles.get("participants", [])[:3])
        title = site.pick_label(labels.get(e.iri, {}), "") or place or who or _kind(e).capitalize()
        items.append(
            {
                "id": f"ev-{i}",
                "iri": e.iri,
                "href": e.href,
                "title": title,
                "kind": _kind(e),
                "treaty": e.treaty,
                "date": e.date,
                "end": e.end,
                "year": e.year,
                "x_year": decimal_year(e.date) if e.date else None,
                "roles": {
                    role: [{"label": name(w), "href": site.href(w), "iri": w} for w in e.roles.get(role, [])]
                    for role in ("participants", "mediators", "signatories", "parties", "places")
                },
            }
        )
    for item in items:
        item["present"] = [(role, people) for role, people in item["roles"].items() if people]
    if request.args.get("format") == "json":
        body = [
            {k: v for k, v in item.items() if k not in ("href", "x_year", "id", "present")} for item in items
        ]
        return Response(
            json.dumps({"events": body}, indent=2, ensure_ascii=False), mimetype="application/json"
        )
    years: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        years[str(item["year"] or site.words()["undated"])].append(item)
    options = sorted(
        (
            {"slug": site.href(a).removeprefix("/id/"), "label": name(a), "count": n}
            for a, n in actors.items()
            if a.startswith(site.base() + "id/")
        ),
        key=lambda o: str(o["label"]).casefold(),
    )
    return site.render(
        "timeline.html",
        title=site.words()["timeline"],
        years=list(years.items()),
        axis=axis([i for i in items if i["x_year"] is not None]),
        actors=options,
        chosen=chosen,
        chosen_label=name(actor_iri) if actor_iri else "",
        total=len(everything),
        shown=len(items),
    )
