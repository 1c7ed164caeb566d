"""What the store says about one resource, read through ``Snapshot.query``.

:func:`describe` gathers the resource's facts both ways with the graphs each
comes from (so that a fact found only in ``graph/inferred`` is marked
inferred), the provenance records of its asserted facts (the sentence, the
span, the rule, the modality), and the labels and classes of its neighbours.
:func:`rdf` is the same description as RDF, for content negotiation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import current_app

from kg import provenance
from kg.iri import NIF, ONTOLOGY, PROV, RDF, RDFS
from server import names
from server.storage import Snapshot

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(slots=True)
class Source:
    """One provenance record: where in which document a fact was read."""

    statement: str
    document: str
    sentence: str  # the sentence's IRI (…/id/document/<key>#char=s,e)
    before: str  # sentence text before the span, the span, after it
    span: str
    after: str
    rule: str
    modality: str  # local name: Asserted, Intended, Reported


@dataclass(slots=True)
class Fact:
    predicate: str
    value: Term  # the object (outgoing) or the subject (incoming)
    graphs: set[str] = field(default_factory=set)
    sources: list[Source] = field(default_factory=list)

    def inferred_only(self, inferred_graph: str) -> bool:
        return bool(self.graphs) and self.graphs <= {inferred_graph}


@dataclass(slots=True)
class Description:
    iri: str
    outgoing: list[Fact]
    incoming: list[Fact]
    unasserted: list[Fact]  # read from a document but not asserted (intended, reported)
    labels: dict[str, dict[str, str]]  # of the resource and its neighbours, per language
    classes: dict[str, set[str]]  # ckg classes of the resource and its neighbours
    dates: dict[str, str] = field(default_factory=dict)  # ckg:date of those that have one

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)

    def types(self) -> list[str]:
        return sorted(
            f.value.value
            for f in self.outgoing
            if f.predicate == RDF + "type" and isinstance(f.value, ox.NamedNode)
        )


# Which provenance records name the resource (kg/provenance.py); their
# details come in a second query (``?st ?q ?v``): OPTIONAL patterns here made
# oxigraph scan (17 s for a hub of 2,000 records against 0.6 s this way).


def _key(term: Term) -> tuple[str, str]:
    return (type(term).__name__, str(term))


def describe(snap: Snapshot, iri: str, limit: int = 2000, records_limit: int = 600) -> Description:
    node = f"<{iri}>"
    outgoing: dict[tuple[str, tuple[str, str]], Fact] = {}
    incoming: dict[tuple[str, tuple[str, str]], Fact] = {}
    for row in snap.query(
        f"SELECT ?p ?o ?g WHERE {{ {{ GRAPH ?g {{ {node} ?p ?o }} }} UNION {{ {node} ?p ?o }} }} "
        f"LIMIT {limit}"
    ):
        fact = outgoing.setdefault((row["p"].value, _key(row["o"])), Fact(row["p"].value, row["o"]))
        fact.graphs.add(row["g"].value if row["g"] is not None else "")
    for row in snap.query(
        f"SELECT ?s ?p ?g WHERE {{ {{ GRAPH ?g {{ ?s ?p {node} }} }} UNION {{ ?s ?p {node} }} "
        f"FILTER(?p NOT IN (<{RDF}subject>, <{RDF}object>)) }} LIMIT {limit}"
    ):
        fact = incoming.setdefault((row["p"].value, _key(row["s"])), Fact(row["p"].value, row["s"]))
        fact.graphs.add(row["g"].value if row["g"] is not None else "")
    unasserted: dict[tuple[str, tuple[str, str]], Fact] = {}
    minter = current_app.config["CKG_MINTER"]
    records = [
        (row["st"].value, row["role"].value, row["other"], row["p"])
        for row in snap.query(provenance.records_about_query(minter, node) + f" LIMIT {records_limit}")
    ]
    details = _record_details(snap, [st for st, _, _, _ in records])
    for st, role, other, predicate in records:
        detail = details.get(st, {})
        if PROV + "wasDerivedFrom" not in detail:
            continue
        key = (predicate.value, _key(other))
        table = outgoing if role == "out" else incoming
        found = table.get(key) or unasserted.setdefault(key, Fact(predicate.value, other))
        found.sources.append(_source(st, detail))
    neighbours = {iri} | {
        f.value.value
        for f in (*outgoing.values(), *incoming.values(), *unasserted.values())
        if isinstance(f.value, ox.NamedNode)
    }
    labels, classes, dates = _labels_and_classes(snap, neighbours)
    order = _order
    return Description(
        iri,
        sorted(outgoing.values(), key=order),
        sorted(incoming.values(), key=order),
        sorted(unasserted.values(), key=order),
        labels,
        classes,
        dates,
    )


def _order(fact: Fact) -> tuple[int, str, str]:
    first = {RDF + "type": 0, RDFS + "label": 1}.get(fact.predicate, 2)
    return (first, fact.predicate, str(fact.value))


def _record_details(snap: Snapshot, records: list[str]) -> dict[str, dict[str, Any]]:
    """Every property of each record, and the text and offset of its sentence."""
    details: dict[str, dict[str, Any]] = {}
    for chunk in (records[i : i + 300] for i in range(0, len(records), 300)):
        values = " ".join(f"<{st}>" for st in chunk)
        for row in snap.query(
            f"SELECT ?st ?q ?v WHERE {{ VALUES ?st {{ {values} }} ?st ?q ?v }}",
            use_default_graph_as_union=True,
        ):
            details.setdefault(row["st"].value, {})[row["q"].value] = row["v"]
    sentences = sorted(
        {d[PROV + "wasDerivedFrom"].value for d in details.values() if PROV + "wasDerivedFrom" in d}
    )
    text: dict[str, tuple[str, int]] = {}
    for chunk in (sentences[i : i + 300] for i in range(0, len(sentences), 300)):
        values = " ".join(f"<{x}>" for x in chunk)
        for row in snap.query(
            f"SELECT ?x ?a ?b WHERE {{ VALUES ?x {{ {values} }} "
            f"?x <{NIF}anchorOf> ?a ; <{NIF}beginIndex> ?b }}",
            use_default_graph_as_union=True,
        ):
            text[row["x"].value] = (row["a"].value, int(row["b"].value))
    for detail in details.values():
        sentence = detail.get(PROV + "wasDerivedFrom")
        if sentence is not None:
            detail["_sentence"] = text.get(sentence.value, ("", 0))
    return details


def _source(statement: str, detail: dict[str, Any]) -> Source:
    anchor, start = detail.get("_sentence", ("", 0))

    def number(local: str) -> int:
        term = detail.get(ONTOLOGY + local)
        try:
            return int(term.value) - start if term is not None else 0
        except ValueError:
            return 0

    begin, end = number("beginIndex"), number("endIndex")
    if not (0 <= begin <= end <= len(anchor)):
        begin = end = 0
    modality = detail.get(ONTOLOGY + "modality")
    sentence = detail[PROV + "wasDerivedFrom"].value
    document = detail.get(ONTOLOGY + "sourceDocument")
    rule = detail.get(ONTOLOGY + "extractionRule")
    return Source(
        statement=statement,
        document=document.value if document is not None else sentence.split("#", 1)[0],
        sentence=sentence,
        before=anchor[:begin],
        span=anchor[begin:end],
        after=anchor[end:],
        rule=rule.value if rule is not None else "",
        modality=modality.value.rsplit("#", 1)[-1] if modality is not None else "Asserted",
    )


def _labels_and_classes(
    snap: Snapshot, iris: set[str]
) -> tuple[dict[str, dict[str, str]], dict[str, set[str]], dict[str, str]]:
    labels: dict[str, dict[str, str]] = {}
    classes: dict[str, set[str]] = {}
    dates: dict[str, str] = {}
    wanted = sorted(iris)
    for chunk in (wanted[i : i + 200] for i in range(0, len(wanted), 200)):
        values = " ".join(f"<{i}>" for i in chunk)
        rows = snap.query(
            f"SELECT ?n ?l ?c ?d WHERE {{ VALUES ?n {{ {values} }} "
            f'{{ ?n <{RDFS}label> ?l }} UNION {{ ?n a ?c FILTER(STRSTARTS(STR(?c), "{ONTOLOGY}")) }} '
            f"UNION {{ ?n <{ONTOLOGY}date> ?d }} }}",
            use_default_graph_as_union=True,
        )
        for row in rows:
            if row["l"] is not None:
                names.keep_label(labels.setdefault(row["n"].value, {}), row["l"])
            if row["c"] is not None:
                classes.setdefault(row["n"].value, set()).add(row["c"].value)
            if row["d"] is not None:
                dates[row["n"].value] = min(dates.get(row["n"].value, row["d"].value), row["d"].value)
    return labels, classes, dates


def exists(snap: Snapshot, iri: str) -> bool:
    result = snap.query(
        f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}", use_default_graph_as_union=True
    )
    return bool(result)


def rdf(snap: Snapshot, iri: str) -> list[ox.Triple]:
    """The resource's description as triples: its facts both ways, the labels
    of its neighbours, its provenance records with their sentences, and the
    records of what it said (``ckg:speaker``) with the statements they report."""
    node = f"<{iri}>"
    query = f"""
CONSTRUCT {{
  {node} ?p ?o . ?s ?q {node} . ?n <{RDFS}label> ?l .
  ?st ?sp ?so . ?sent ?sentp ?sento .
}} WHERE {{
  {{ {node} ?p ?o }}
  UNION {{ ?s ?q {node} }}
  UNION {{ {{ {node} ?p0 ?n }} UNION {{ ?n ?p0 {node} }} ?n <{RDFS}label> ?l }}
  {_description_patterns(node)}
}}"""
    result = snap.query(query, use_default_graph_as_union=True)
    return list(result)


def _description_patterns(node: str) -> str:
    """``UNION`` branches binding ``?st ?sp ?so`` to the statements about
    ``node`` (as subject or object) and to the records that report them or
    that ``node`` is the speaker of, with those records' statements; and
    ``?sent ?sentp ?sento`` to the records' sentences.  Every branch binds
    ``?st`` from the pattern that selects it: a ``BIND`` in a group of its
    own sees no outer variable, so ``{ BIND(?fact AS ?st) } ?st ?sp ?so``
    (the helper kg/provenance.py had, removed since) matches every triple of the store."""
    about = f"{{ ?fact <{RDF}subject> {node} }} UNION {{ ?fact <{RDF}object> {node} }}"
    said = f"?said <{ONTOLOGY}speaker> {node} ; <{provenance.STATEMENT}> ?fact ."
    return f"""UNION {{ {about} ?fact ?sp ?so . BIND(?fact AS ?st) }}
  UNION {{ {about} ?st <{provenance.STATEMENT}> ?fact ; ?sp ?so }}
  UNION {{ ?st <{ONTOLOGY}speaker> {node} ; ?sp ?so }}
  UNION {{ {said} ?fact ?sp ?so . BIND(?fact AS ?st) }}
  UNION {{
    {{ {about} ?st <{provenance.STATEMENT}> ?fact }} UNION {{ ?st <{ONTOLOGY}speaker> {node} }}
    ?st <{PROV}wasDerivedFrom> ?sent . ?sent ?sentp ?sento
    FILTER(?sentp != <{NIF}isString>)
  }}"""
