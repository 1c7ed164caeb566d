"""Who says what, as the pages show it (issue 15).

- :func:`said_by`: what an actor said: the claims it is the ``ckg:speaker``
  of, and the stances it holds, in its own words or in those of the
  officials who speak for it (its leader, its ministry, the ministry's head:
  the same chains the reasoner uses, ``ontology/README.md``);
- :func:`said_about`: what others said about a resource: claims whose
  subject or object it is, stances whose target it is;
- :func:`disagreements`: where sources disagree about a resource: the
  competency question ``where-sources-disagree`` (``kg/queries``) narrowed
  to it, its rows grouped for a side-by-side table;
- :func:`everything`: every claim and stance, for the timeline.

Each saying comes with its sentence (the span marked), its document and
the document's date.  The records are selected first (one bounded query)
and their details read by ``VALUES`` afterwards, as the resource page does:
``OPTIONAL`` patterns over records made oxigraph scan on hubs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import current_app

from kg.iri import DCT, ONTOLOGY, PROV, RDF
from kg.queries import competency
from server.site.resource import Source, _record_details, _source
from server.storage import Snapshot

STANCES = tuple(ONTOLOGY + p for p in ("opposes", "condemns", "concernedAbout", "supports", "welcomes"))
FOR = (ONTOLOGY + "supports", ONTOLOGY + "welcomes")
AGAINST = (ONTOLOGY + "opposes", ONTOLOGY + "condemns")
SPEAKER = ONTOLOGY + "speaker"
STATEMENT = ONTOLOGY + "statement"
LIMIT = 300  # records read for one list; the rest are a query away


@dataclass(slots=True)
class Saying:
    """One report of a claim or a stance: who, what, where, when."""

    kind: str  # "claim" (reported speech) or "stance"
    speaker: str  # the IRI of whoever said it (for a stance: its holder unless reported)
    subject: str
    predicate: str
    object: ox.NamedNode | ox.Literal
    source: Source
    date: str = ""  # the document's date of publication

    @property
    def key(self) -> tuple[str, str]:
        return (self.source.statement, self.speaker)


@dataclass(slots=True)
class Found:
    sayings: list[Saying] = field(default_factory=list)
    truncated: bool = False


def _values(iris: list[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def officials(snap: Snapshot, iri: str) -> list[str]:
    """Those who speak for ``iri``: its leaders, its parts (a ministry) and their heads."""
    rows = snap.query(
        f"SELECT DISTINCT ?x WHERE {{ <{iri}> (<{ONTOLOGY}hasLeader>|<{ONTOLOGY}hasPart>|"
        f"(<{ONTOLOGY}hasPart>/<{ONTOLOGY}hasLeader>)) ?x FILTER(isIRI(?x)) }} LIMIT 100",
        use_default_graph_as_union=True,
    )
    return sorted(row["x"].value for row in rows if row["x"].value != iri)


def _statements() -> str:
    return str(current_app.config["CKG_MINTER"].graph("statements"))


def _select(snap: Snapshot, where: str) -> tuple[list[tuple[str, str]], bool]:
    """(record, fact) pairs matching ``where`` (binding ``?record ?fact`` and the
    record's graph ``?g``), the newest documents first, at most LIMIT."""
    rows = snap.query(
        f"SELECT ?record ?fact WHERE {{ {{ SELECT DISTINCT ?record ?fact ?g WHERE {{ {where} }} }} "
        f"OPTIONAL {{ GRAPH ?g {{ ?doc <{DCT}issued> ?date }} }} }} "
        f"ORDER BY DESC(STR(?date)) ?record LIMIT {LIMIT + 1}",
        use_default_graph_as_union=True,
    )
    pairs = [(row["record"].value, row["fact"].value) for row in rows]
    return pairs[:LIMIT], len(pairs) > LIMIT


def _sayings(snap: Snapshot, pairs: list[tuple[str, str]]) -> list[Saying]:
    """The details of each selected record: its fact, speaker, sentence and date."""
    if not pairs:
        return []
    facts: dict[str, tuple[str, str, Any]] = {}
    wanted = sorted({f for _, f in pairs})
    for chunk in (wanted[i : i + 300] for i in range(0, len(wanted), 300)):
        for row in snap.query(
            f"SELECT ?f ?s ?p ?o WHERE {{ GRAPH <{_statements()}> {{ VALUES ?f {{ {_values(chunk)} }} "
            f"?f <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o }} }}"
        ):
            facts[row["f"].value] = (row["s"].value, row["p"].value, row["o"])
    details = _record_details(snap, sorted({r for r, _ in pairs}))
    documents = sorted(
        {
            d[PROV + "wasDerivedFrom"].value.split("#", 1)[0]
            for d in details.values()
            if PROV + "wasDerivedFrom" in d
        }
    )
    dates: dict[str, str] = {}
    for chunk in (documents[i : i + 300] for i in range(0, len(documents), 300)):
        for row in snap.query(
            f"SELECT ?d ?date WHERE {{ VALUES ?d {{ {_values(chunk)} }} ?d <{DCT}issued> ?date }}",
            use_default_graph_as_union=True,
        ):
            dates[row["d"].value] = row["date"].value
    out = []
    for record, fact in pairs:
        detail = details.get(record, {})
        if fact not in facts or PROV + "wasDerivedFrom" not in detail:
            continue  # a curated record: no sentence to show
        s, p, o = facts[fact]
        if isinstance(o, ox.BlankNode):
            continue
        source = _source(record, detail)
        speaker = detail.get(SPEAKER)
        kind = "claim" if speaker is not None else "stance"
        who = speaker.value if speaker is not None else s
        out.append(Saying(kind, who, s, p, o, source, dates.get(source.document, "")))
    return out


def _sorted(sayings: list[Saying]) -> list[Saying]:
    """Each report once (a stance read as a claim too), oldest first, undated last."""
    unique = {s.key: s for s in sayings}
    return sorted(unique.values(), key=lambda s: (s.date == "", s.date, s.source.sentence))


def said_by(snap: Snapshot, iri: str) -> Found:
    """What ``iri`` said: claims it (or an official of it) is the speaker of,
    stances it (or an official) holds."""
    voices = _values([iri, *officials(snap, iri)])
    stances = _values(list(STANCES))
    claims, cut1 = _select(
        snap, f"VALUES ?who {{ {voices} }} GRAPH ?g {{ ?record <{SPEAKER}> ?who ; <{STATEMENT}> ?fact }}"
    )
    held, cut2 = _select(
        snap,
        f"VALUES ?who {{ {voices} }} VALUES ?p {{ {stances} }} "
        f"GRAPH <{_statements()}> {{ ?fact <{RDF}subject> ?who ; <{RDF}predicate> ?p }} "
        f"GRAPH ?g {{ ?record <{STATEMENT}> ?fact }}",
    )
    found = _sayings(snap, claims + held)
    return Found(_sorted(found), cut1 or cut2)


def said_about(snap: Snapshot, iri: str) -> Found:
    """What others said about ``iri``: claims naming it, stances towards it."""
    own = {iri, *officials(snap, iri)}
    stances = _values(list(STANCES))
    claims, cut1 = _select(
        snap,
        f"GRAPH <{_statements()}> {{ {{ ?fact <{RDF}subject> <{iri}> }} "
        f"UNION {{ ?fact <{RDF}object> <{iri}> }} }} "
        f"GRAPH ?g {{ ?record <{STATEMENT}> ?fact ; <{SPEAKER}> ?who }}",
    )
    towards, cut2 = _select(
        snap,
        f"VALUES ?p {{ {stances} }} "
        f"GRAPH <{_statements()}> {{ ?fact <{RDF}object> <{iri}> ; <{RDF}predicate> ?p }} "
        f"GRAPH ?g {{ ?record <{STATEMENT}> ?fact }}",
    )
    found = [s for s in _sayings(snap, claims + towards) if s.speaker not in own]
    return Found(_sorted(found), cut1 or cut2)


def everything(snap: Snapshot, actor: str = "") -> Found:
    """Every claim and stance (said by or about ``actor`` when given), for the timeline."""
    if actor:
        by, about = said_by(snap, actor), said_about(snap, actor)
        return Found(_sorted(by.sayings + about.sayings), by.truncated or about.truncated)
    stances = _values(list(STANCES))
    claims, cut1 = _select(snap, f"GRAPH ?g {{ ?record <{SPEAKER}> ?who ; <{STATEMENT}> ?fact }}")
    held, cut2 = _select(
        snap,
        f"VALUES ?p {{ {stances} }} GRAPH <{_statements()}> {{ ?fact <{RDF}predicate> ?p }} "
        f"GRAPH ?g {{ ?record <{STATEMENT}> ?fact }}",
    )
    return Found(_sorted(_sayings(snap, claims + held)), cut1 or cut2)


# --- where sources disagree -------------------------------------------------------

QUESTION = next(q for q in competency() if q.id == "where-sources-disagree")


def disagreement_query(iri: str) -> str:
    """The competency question, narrowed to ``iri`` as the thing disagreed
    about, with the sentence's IRI (``?where``) beside its text, for a link.
    The narrowing goes into each branch of the question's ``UNION``, beside
    its ``VALUES ?property``: oxigraph does not push an outer ``VALUES`` into
    a union, and evaluated whole, the question joins every statement with
    every other of its subject (minutes on 2,000 documents)."""
    head, where, body = QUESTION.sparql.partition("WHERE {")
    narrowed, branches = _PROPERTIES.subn(lambda m: f"{m.group(0)} VALUES ?thing {{ <{iri}> }}", body)
    if not where or "SELECT DISTINCT ?thing" not in head or "?where" not in body or not branches:
        raise ValueError(
            "kg/queries/where-sources-disagree.rq: no SELECT … WHERE { … VALUES ?property { … } … ?where … } "
            "to narrow"
        )
    head = head.replace("SELECT DISTINCT ?thing", "SELECT DISTINCT ?where ?thing", 1)
    # no ORDER BY (the page groups the rows itself), so that a LIMIT stops the
    # evaluation early: a treaty given 877 dates has 877² pairs of them
    narrowed = _ORDER.sub("", narrowed)
    return f"{head}WHERE {{{narrowed}"


_PROPERTIES = re.compile(r"VALUES \?property \{[^}]*\}")
_ORDER = re.compile(r"\n\s*ORDER BY [^\n{}]*\s*$")


@dataclass(slots=True)
class Side:
    """One value given for the thing, and who gives it, where."""

    value: ox.NamedNode | ox.Literal
    reports: list[dict[str, str]] = field(default_factory=list)  # speaker, property, document, sentence


@dataclass(slots=True)
class Disagreement:
    property: str  # the property disagreed on; ckg:supports for opposite stances
    sides: list[Side]


MAX_VALUES = 30  # values of one property compared on a page (the question pairs them all)


def crowded(snap: Snapshot, iri: str) -> list[tuple[str, int]]:
    """The properties the question compares that ``iri`` has more than
    MAX_VALUES values of: too many pairs to compare while a page waits
    (a treaty read with 877 dates gives 877² of them)."""
    values = _values([ONTOLOGY + p for p in ("date", "heldIn", "controlledBy", "mediatedBy")])
    rows = snap.query(
        f"SELECT ?p (COUNT(DISTINCT ?v) AS ?n) WHERE {{ VALUES ?p {{ {values} }} "
        f"GRAPH <{_statements()}> {{ ?f <{RDF}subject> <{iri}> ; <{RDF}predicate> ?p ; <{RDF}object> ?v }} "
        f"}} GROUP BY ?p"
    )
    found = [(row["p"].value, int(row["n"].value)) for row in rows]
    return sorted((p, n) for p, n in found if n > MAX_VALUES)


def disagreements(snap: Snapshot, iri: str, limit: int = 200) -> list[Disagreement]:
    """Where sources disagree about ``iri``: per property, its values side by
    side (for stances: those for it, those against it), each with its reports.
    Empty when :func:`crowded` finds too many values to compare."""
    if crowded(snap, iri):
        return []
    rows = snap.query(disagreement_query(iri) + f" LIMIT {limit}", use_default_graph_as_union=True)
    groups: dict[str, dict[str, Side]] = defaultdict(dict)
    for row in rows:
        prop = row["property"].value
        value = row["value"]
        report = {
            "speaker": row["speaker"].value if row["speaker"] is not None else "",
            "property": prop,
            "document": row["where"].value.split("#", 1)[0],
            "text": row["sentence"].value,
            "sentence": row["where"].value,
        }
        if prop in STANCES:  # two sides: for and against; the holder is the speaker
            side_key = "for" if prop in FOR else "against"
            report["holder"] = value.value
            side = groups[ONTOLOGY + "stance"].setdefault(side_key, Side(ox.Literal(side_key)))
        else:
            side = groups[prop].setdefault(str(value), Side(value))
        if report not in side.reports:
            side.reports.append(report)
    out = []
    for prop, sides in groups.items():
        if prop == ONTOLOGY + "stance":
            ordered = [sides[k] for k in ("for", "against") if k in sides]
        else:
            ordered = sorted(sides.values(), key=lambda s: str(s.value.value))
        if len(ordered) > 1:
            out.append(Disagreement(prop, ordered))
    return sorted(out, key=lambda d: d.property)
