"""Where sources disagree, found once by the build: the graph ``disagreements``.

The competency question ``where-sources-disagree`` (``kg/queries``) asks
for every report of a value that another report contradicts.  Asked of the
statements alone, in SPARQL, it compares every statement of a thing with
every other of the same property: a treaty the generated corpus gives 877
dates is 877² pairs, and at 20,000 documents the question ran for 14
minutes and grew to 9.2 GB before it was stopped.  The comparison needs
only each (thing, property)'s values, so the build makes it here, in one
pass over those statements, and types each statement found contradicted::

    ?fact a ckg:DisputedStatement .        # in the graph ``disagreements``

The question then reads the reports of those statements only: its cost
follows its answer, not the square of the values.  What contradicts what
is what the question's header says (and what its previous, pairwise form
computed; ``tests/test_competency_scale.py`` compares the two):

- a **date** (``ckg:date``) contradicts another date of the same thing
  unless one is the other's start as text (a month does not contradict a
  day of it: ``2020-11`` and ``2020-11-10``);
- a **place** (``ckg:heldIn``) contradicts another place of the same thing
  unless one is ``ckg:locatedIn`` the other (a city does not contradict its
  state), as any graph states it (the lexicon, the asserted facts or the
  reasoner's transitive closure);
- a **stance** for a thing (``ckg:supports``, ``ckg:welcomes``)
  contradicts one against it (``ckg:opposes``, ``ckg:condemns``) by
  anybody, and the other way round.

- a **controller** or **mediator** (``ckg:controlledBy``,
  ``ckg:mediatedBy``) is typed when someone is reported to claim another
  one for the same thing: they disagree only between speakers (a place
  changing hands, two mediators side by side are no disagreement), which
  depends on each report's speaker, so the question still compares the
  speakers, but of these statements only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.iri import ONTOLOGY, RDF, Minter

GRAPH = "disagreements"
DISPUTED = ONTOLOGY + "DisputedStatement"
DATE, HELD_IN, LOCATED_IN = ONTOLOGY + "date", ONTOLOGY + "heldIn", ONTOLOGY + "locatedIn"
CLAIMED = (ONTOLOGY + "controlledBy", ONTOLOGY + "mediatedBy")
SPEAKER, STATEMENT = ONTOLOGY + "speaker", ONTOLOGY + "statement"
FOR = frozenset(ONTOLOGY + p for p in ("supports", "welcomes"))
AGAINST = frozenset(ONTOLOGY + p for p in ("opposes", "condemns"))

Term = ox.NamedNode | ox.Literal | ox.BlankNode


def disputed(oxi: ox.Store, minter: Minter) -> list[ox.NamedNode]:
    """The statements of ``oxi`` (a built store, every graph loaded) that
    another contradicts, sorted: see the module's text."""
    values = " ".join(f"<{p}>" for p in (DATE, HELD_IN, *CLAIMED, *sorted(FOR | AGAINST)))
    # Read as the question reads them, from the union of the graphs (the build
    # writes them to the graph ``statements`` only).
    rows = oxi.query(
        f"SELECT ?f ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} "
        f"?f <{RDF}predicate> ?p ; <{RDF}subject> ?s ; <{RDF}object> ?o }}",
        use_default_graph_as_union=True,
    )
    groups: dict[tuple[Term, str], list[tuple[ox.NamedNode, Term]]] = defaultdict(list)
    stances: dict[Term, set[str]] = defaultdict(set)  # a thing → the stance properties taken on it
    stance_facts: list[tuple[ox.NamedNode, str, Term]] = []
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        fact, subject, prop, obj = row["f"], row["s"], row["p"].value, row["o"]
        if prop in (DATE, HELD_IN, *CLAIMED):
            groups[(subject, prop)].append((fact, obj))
        else:
            stances[obj].add(prop)
            stance_facts.append((fact, prop, obj))
    found: set[ox.NamedNode] = set()
    located = _located_in(oxi) if any(p == HELD_IN and len(g) > 1 for (_, p), g in groups.items()) else {}
    claimed = _claimed(oxi) if any(p in CLAIMED and len(g) > 1 for (_, p), g in groups.items()) else set()
    for (_, prop), group in groups.items():
        if len({value for _, value in group}) > 1:
            if prop == DATE:
                contradicted = _dates(group)
            elif prop == HELD_IN:
                contradicted = _places(group, located)
            else:
                contradicted = _others_claimed(group, claimed)
            found.update(fact for fact, value in group if value in contradicted)
    for fact, prop, thing in stance_facts:
        if stances[thing] & (AGAINST if prop in FOR else FOR):
            found.add(fact)
    return sorted(found, key=lambda node: node.value)


def quads(facts: Iterable[ox.NamedNode], minter: Minter) -> Iterator[ox.Quad]:
    """``?fact a ckg:DisputedStatement`` in the graph ``disagreements``."""
    graph, kind, disputed_class = (
        ox.NamedNode(minter.graph(GRAPH)),
        ox.NamedNode(RDF + "type"),
        ox.NamedNode(DISPUTED),
    )
    for fact in facts:
        yield ox.Quad(fact, kind, disputed_class, graph)


def _text(term: Term) -> str:
    """``STR()`` of a term, as SPARQL has it."""
    return term.value


def _dates(group: list[tuple[ox.NamedNode, Term]]) -> set[Term]:
    """The values of one thing's dates that some other value contradicts: one
    whose text neither starts the other's nor is started by it.  By counts,
    in one pass (a thing may have hundreds of dates)::

        >>> dates = [(None, ox.Literal(t)) for t in ("2020-11", "2020-11-10", "2020-11-12")]
        >>> sorted(v.value for v in _dates(dates))
        ['2020-11-10', '2020-11-12']
    """
    terms = {value for _, value in group}
    exact: Counter[str] = Counter(_text(t) for t in terms)  # the terms with this text
    longer: Counter[str] = Counter()  # the terms whose text goes on after this text
    for term in terms:
        text = _text(term)
        for end in range(len(text)):
            longer[text[:end]] += 1
    out = set()
    for term in terms:
        text = _text(term)
        # the terms of the same chain: those whose text starts this one's (itself included) or goes on from it
        chain = sum(exact[text[:end]] for end in range(len(text) + 1)) + longer[text]
        if chain < len(terms):
            out.add(term)
    return out


def _places(group: list[tuple[ox.NamedNode, Term]], located: dict[Term, set[Term]]) -> set[Term]:
    """The places of one thing that some other place contradicts: one that
    neither lies in it nor holds it (``ckg:locatedIn`` as stated, both ways
    in ``located``)."""
    terms = {value for _, value in group}
    out = set()
    for term in terms:
        related = located.get(term, set()) & terms
        if len(related | {term}) < len(terms):
            out.add(term)
    return out


def _others_claimed(group: list[tuple[ox.NamedNode, Term]], claimed: set[ox.NamedNode]) -> set[Term]:
    """The controllers or mediators of one thing besides which someone is
    reported to claim another (the question then asks for another speaker)."""
    said = {value for fact, value in group if fact in claimed}
    return {value for _, value in group if said - {value}}


def _claimed(oxi: ox.Store) -> set[ox.NamedNode]:
    """The statements of controllers and mediators that a report puts in someone's words."""
    values = " ".join(f"<{p}>" for p in CLAIMED)
    rows = oxi.query(
        f"SELECT DISTINCT ?f WHERE {{ VALUES ?p {{ {values} }} ?f <{RDF}predicate> ?p . "
        f"GRAPH ?g {{ ?r <{STATEMENT}> ?f ; <{SPEAKER}> ?s }} }}",
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    return {row["f"] for row in rows}


def _located_in(oxi: ox.Store) -> dict[Term, set[Term]]:
    """Every ``ckg:locatedIn`` of any graph, both ways: a place → what it
    lies in and what lies in it."""
    located: dict[Term, set[Term]] = defaultdict(set)
    rows = oxi.query(f"SELECT ?a ?b WHERE {{ ?a <{LOCATED_IN}> ?b }}", use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        located[row["a"]].add(row["b"])
        located[row["b"]].add(row["a"])
    return located
