"""``/timeline``: the events of the graph on a time axis.

Every event (meetings, wars, ceasefires: any subclass of ``ckg:Event``) and
every treaty (agreements, declarations) with its date, its participants,
mediators, signatories and place, each linked to its page; ``?actor=<slug>``
keeps the events one actor took part in, mediated or signed.  ``?claims=1``
adds what was said (issue 15): each claim (reported speech, with its speaker)
and each stance, on the date of the document that reports it, marked as
such, with its sentence; with ``actor``, what that actor said and what others
said about it.  The axis is an SVG drawn here; the list below it works
without any script.  ``?format=json`` gives the same events as JSON (the
claims apart, under ``claims``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, json, request

from kg.iri import ONTOLOGY, RDFS
from server import negotiation
from server.errors import BadRequest
from server.site import claims as said
from server.site import common as site
from server.site.resource_view import document_titles, verb

_SLUG = re.compile(r"[A-Za-z0-9._~:/@!$&'()*+,;=%-]+")

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


def _classes(snap: Any) -> dict[str, bool]:
    """Every class of events and treaties (subclasses included): is it a treaty?"""
    rows = snap.query(
        f"SELECT DISTINCT ?t ?top WHERE {{ VALUES ?top {{ <{ONTOLOGY}Event> <{ONTOLOGY}Treaty> }} "
        f"?t <{RDFS}subClassOf>* ?top FILTER(isIRI(?t)) }}",
        use_default_graph_as_union=True,
    )
    out: dict[str, bool] = {}
    for row in rows:
        out[row["t"].value] = out.get(row["t"].value, False) or row["top"].value == ONTOLOGY + "Treaty"
    return out


def events(actor: str = "") -> list[Event]:
    """Every event and treaty (of ``actor`` when given) with its kinds and dates, in date order:
    two aggregate queries, whatever the size of the graph."""
    snap = site.snapshot()
    classes = _classes(snap)
    values = " ".join(f"<{c}>" for c in classes)
    involved = ""
    if actor:
        roles = " ".join(f"<{r}>" for r in ROLES if ROLES[r] != "places")
        involved = f"VALUES ?role {{ {roles} }} ?e ?role <{actor}> ."
    rows = snap.query(
        f"""SELECT ?e (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?kinds)
                  (MIN(STR(?d)) AS ?date) (MAX(STR(?end)) AS ?last) WHERE {{
          VALUES ?t {{ {values} }} ?e a ?t . {involved}
          OPTIONAL {{ ?e <{DATES[0]}>|<{DATES[1]}> ?d }}
          OPTIONAL {{ ?e <{ONTOLOGY}endDate> ?end }}
        }} GROUP BY ?e""",
        use_default_graph_as_union=True,
    )
    found = []
    for row in rows:
        kinds = set(row["kinds"].value.split()) if row["kinds"] is not None else set()
        event = Event(row["e"].value, site.href(row["e"].value), kinds=kinds)
        event.date = row["date"].value if row["date"] is not None else ""
        event.end = row["last"].value if row["last"] is not None else ""
        event.treaty = any(classes.get(k, False) for k in kinds)
        found.append(event)
    return sorted(found, key=lambda e: (e.date == "", e.date, e.iri))


def fill_roles(shown: list[Event]) -> None:
    """Participants, mediators, signatories, parties and places of the events shown."""
    by_iri = {e.iri: e for e in shown}
    iris = sorted(by_iri)
    wanted = " ".join(f"<{p}>" for p in ROLES)
    for chunk in (iris[i : i + 200] for i in range(0, len(iris), 200)):
        values = " ".join(f"<{i}>" for i in chunk)
        for row in site.snapshot().query(
            f"SELECT DISTINCT ?e ?p ?o WHERE {{ VALUES ?e {{ {values} }} "
            f"VALUES ?p {{ {wanted} }} ?e ?p ?o }}",
            use_default_graph_as_union=True,
        ):
            event, p, o = by_iri[row["e"].value], row["p"].value, row["o"].value
            if o not in event.roles[ROLES[p]]:
                event.roles[ROLES[p]].append(o)


def top_actors(limit: int = 150) -> list[tuple[str, int]]:
    """The agents in the most events and treaties (for the filter)."""
    snap = site.snapshot()
    classes = " ".join(f"<{c}>" for c in _classes(snap))
    roles = " ".join(f"<{r}>" for r in ROLES if ROLES[r] != "places")
    rows = snap.query(
        f"SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?t {{ {classes} }} VALUES ?role {{ {roles} }} "
        f"?e a ?t ; ?role ?a FILTER(isIRI(?a)) }} GROUP BY ?a ORDER BY DESC(?n) LIMIT {limit}",
        use_default_graph_as_union=True,
    )
    return [(row["a"].value, int(row["n"].value)) for row in rows]


def _kind(event: Event) -> str:
    generic = {ONTOLOGY + "Event", ONTOLOGY + "Treaty"}
    specific = sorted(event.kinds - generic) or sorted(event.kinds)
    return site.term_label(specific[0]) if specific else ""


DOTS = 150  # above this many dated events the axis draws a histogram by month


def axis(dated: list[dict[str, Any]], anchors: dict[str, str]) -> dict[str, Any]:
    """The time axis: one dot per event (stacked where dots would touch), or,
    for many events, one bar per month whose height counts them."""
    years = [d["x_year"] for d in dated]
    if not years:
        return {"width": WIDTH, "height": 60, "dots": [], "bars": [], "ticks": []}
    first, last = int(min(years)), int(max(years)) + 1
    span = max(last - first, 1)

    def x(year: float) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (year - first) / span, 1)

    ticks = [{"x": x(year), "label": str(year)} for year in range(first, last + 1)]
    if len(dated) > DOTS:
        months: dict[int, int] = defaultdict(int)
        for d in dated:
            months[int((d["x_year"] - first) * 12)] += 1
        height, top = 150, max(months.values())
        width = (WIDTH - LEFT - RIGHT) / (span * 12)
        bars = [
            {
                "x": round(x(first + m / 12), 1),
                "width": round(max(width - 1, 1), 1),
                "height": round(90 * n / top, 1),
                "y": round(height - 24 - 90 * n / top, 1),
                "count": n,
                "month": f"{first + m // 12}-{m % 12 + 1:02d}",
                "href": f"?year={first + m // 12}",
            }
            for m, n in sorted(months.items())
        ]
        return {
            "width": WIDTH,
            "height": height,
            "dots": [],
            "bars": bars,
            "ticks": ticks,
            "baseline": height - 24,
        }
    rows: list[float] = []
    dots = []
    for d in dated:
        px = x(d["x_year"])
        row = next((i for i, end in enumerate(rows) if px - end > 12), len(rows))
        if row == len(rows):
            rows.append(px)
        else:
            rows[row] = px
        anchor = anchors.get(d["iri"])
        dots.append({**d, "x": px, "row": row, "href": f"#{anchor}" if anchor else site.href(d["iri"])})
    height = 50 + ROW * max(len(rows), 1)
    for dot in dots:
        dot["y"] = height - 34 - ROW * dot["row"]
    return {
        "width": WIDTH,
        "height": height,
        "dots": dots,
        "bars": [],
        "ticks": ticks,
        "baseline": height - 24,
    }


PAGE = 300  # events listed on one page; the axis shows them all


@bp.get("/timeline")
@site.cached
def timeline() -> Response:
    chosen = request.args.get("actor", "").strip().strip("/")
    if chosen and not _SLUG.fullmatch(chosen):  # it goes into SPARQL as an IRI: nothing that could end it
        raise BadRequest(f"actor: {chosen[:80]!r} is not a resource name like 'azerbaijan' (see /id/)")
    actor_iri = site.base() + "id/" + chosen if chosen else ""
    show_claims = request.args.get("claims", "") in ("1", "on", "true", "yes")
    everything = events(actor_iri)
    sayings = said.everything(site.snapshot(), actor_iri) if show_claims else said.Found()
    entries: list[Event | said.Saying] = sorted(
        [*everything, *sayings.sayings],
        key=lambda x: (x.date == "", x.date, x.iri if isinstance(x, Event) else x.source.statement),
    )
    year = request.args.get("year", "").strip()
    selected = [x for x in entries if not year or x.date[:4] == year or (year == "-" and not x.date)]
    try:
        page = max(int(request.args.get("page", "1")), 1)
    except ValueError:
        page = 1
    pages = max((len(selected) + PAGE - 1) // PAGE, 1)
    shown_entries = selected[(page - 1) * PAGE : page * PAGE]
    shown = [x for x in shown_entries if isinstance(x, Event)]
    shown_sayings = [x for x in shown_entries if isinstance(x, said.Saying)]
    fill_roles(shown)
    actors = top_actors()
    labels = site.labels_of(
        {e.iri for e in shown}
        | {a for e in shown for people in e.roles.values() for a in people}
        | {a for a, _ in actors}
        | ({actor_iri} if actor_iri else set())
        | {i for x in shown_sayings for i in (x.speaker, x.subject, _iri(x.object)) if i}
    )

    def name(iri: str) -> str:
        return site.pick_label(labels.get(iri, {}), site.short(iri))

    def term(iri: str) -> dict[str, str]:
        return {"label": name(iri), "href": site.href(iri), "iri": iri}

    items: list[dict[str, Any]] = []
    for i, x in enumerate(shown_entries):
        if isinstance(x, said.Saying):
            items.append(_saying_item(x, f"ev-{i}", term))
            continue
        e = x
        place = ", ".join(name(p) for p in e.roles.get("places", []))
        who = " – ".join(name(p) for p in e.roles.get("participants", [])[:3])
        title = site.pick_label(labels.get(e.iri, {}), "") or place or who or _kind(e).capitalize()
        roles = {
            role: [term(w) for w in e.roles.get(role, [])]
            for role in ("participants", "mediators", "signatories", "parties", "places")
        }
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
                "roles": roles,
                "present": [(role, people) for role, people in roles.items() if people],
            }
        )
    if negotiation.negotiate((site.HTML, site.JSON), what="the timeline") is site.JSON:
        body = [
            {k: v for k, v in item.items() if k not in ("href", "id", "present")}
            for item in items
            if not item.get("claim")
        ]
        answer: dict[str, Any] = {"events": body, "total": len(selected), "page": page, "pages": pages}
        if show_claims:
            answer["claims"] = [_saying_json(item) for item in items if item.get("claim")]
            answer["claims_truncated"] = sayings.truncated
        return Response(
            json.dumps(
                answer,
                indent=2,
                ensure_ascii=False,
            ),
            mimetype="application/json",
        )
    years: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        years[str(item["year"] or site.words()["undated"])].append(item)
    counts: dict[str, int] = defaultdict(int)
    for x in entries:
        counts[x.date[:4] or "-"] += 1
    options = sorted(
        (
            {"slug": site.href(a).removeprefix("/id/"), "label": name(a), "count": n}
            for a, n in actors
            if a.startswith(site.base() + "id/")
        ),
        key=lambda o: str(o["label"]).casefold(),
    )
    dated = [
        {"x_year": decimal_year(e.date), "date": e.date, "treaty": e.treaty, "claim": False, "iri": e.iri}
        for e in everything
        if e.date
    ] + [
        {
            "x_year": decimal_year(x.date),
            "date": x.date,
            "treaty": False,
            "claim": True,
            "iri": x.source.statement,
        }
        for x in sayings.sayings
        if x.date
    ]
    anchors = {item["iri"]: item["id"] for item in items}  # a claim's iri: its record
    return site.render(
        "timeline.html",
        title=site.words()["timeline"],
        years=list(years.items()),
        axis=axis([d for d in dated if d["x_year"] is not None], anchors),
        actors=options,
        chosen=chosen,
        chosen_label=name(actor_iri) if actor_iri else "",
        total=len(everything),
        shown=len(shown),
        show_claims=show_claims,
        doc_titles=document_titles(site.snapshot(), {x.source.document for x in shown_sayings}),
        claims_count=len(sayings.sayings),
        claims_truncated=sayings.truncated,
        year=year,
        year_counts=sorted(counts.items()),
        page=page,
        pages=pages,
    )


def _iri(term: Any) -> str:
    return term.value if isinstance(term, ox.NamedNode) else ""


def _saying_item(x: said.Saying, anchor: str, term: Any) -> dict[str, Any]:
    """A claim or a stance as the timeline lists it: marked, with its speaker and sentence."""
    obj = _iri(x.object)
    source = x.source
    return {
        "id": anchor,
        "iri": source.statement,
        "claim": True,
        "kind": x.kind,
        "date": x.date,
        "year": x.date[:4],
        "speaker": term(x.speaker),
        "subject": term(x.subject),
        "predicate": {
            "label": verb(x.predicate),
            "href": site.href(x.predicate),
            "iri": x.predicate,
        },
        "object": term(obj) if obj else {"label": str(x.object.value), "href": "", "iri": ""},
        "own": x.speaker == x.subject,
        "sentence": source.before + source.span + source.after,
        "document": source.document,
        "document_href": site.href(source.document) + "#" + source.sentence.partition("#")[2],
        "modality": source.modality,
    }


def _saying_json(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": item["kind"],
        "date": item["date"],
        "speaker": item["speaker"]["iri"],
        "subject": item["subject"]["iri"],
        "predicate": item["predicate"]["iri"],
        "object": item["object"]["iri"] or item["object"]["label"],
        "modality": item["modality"],
        "sentence": item["sentence"],
        "document": item["document"],
        "record": item["iri"],
    }
