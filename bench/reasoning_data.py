"""Synthetic domain triples for the reasoning benchmark and the equivalence tests.

``generate(n, seed)`` returns about ``n`` asserted triples in the shape the
build hands the reasoner (``rdf:type`` with ontology classes and ``ckg:``
relations between ``…/id/…`` resources), using every kind of axiom the
ontology has: inverses (asserted on either side), both property chains
(with ``hasLeader`` and ``leaderOf`` asserted, and the Leadership n-ary),
the ``someValuesFrom`` classes, domains and ranges, a sub-property, and a
``locatedIn`` hierarchy a few levels deep for the transitive closure.
``conflicts`` adds that share of deliberately contradictory typings
(a person typed as a state, an event held in a treaty) so that the
consistency checks are compared too.

    python bench/reasoning_data.py --triples 100000 --seed 1 --out data.nt
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pyoxigraph as ox

CKG = "https://w3id.org/caucasus-kg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
BASE = "https://w3id.org/caucasus-kg/id/"

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _p(name: str) -> ox.NamedNode:
    return ox.NamedNode(CKG + name)


def generate(n: int, seed: int = 0, conflicts: float = 0.0, base: str = BASE) -> list[Triple]:
    """About ``n`` asserted domain triples, reproducible from ``seed``."""
    rng = random.Random(seed)
    out: set[Triple] = set()
    # One "unit" of the world adds about 40 triples; scale the populations.
    units = max(1, n // 40)
    counter = iter(range(10**9))

    def new(kind: str, cls: str | None = None) -> ox.NamedNode:
        node = ox.NamedNode(f"{base}{kind.lower()}/{next(counter)}")
        if cls and rng.random() < 0.8:  # some types are left to domains and ranges
            out.add((node, RDF_TYPE, _p(cls)))
        return node

    states = [new("state", "State") for _ in range(max(3, units // 2))]
    orgs = [new("org", "Organization") for _ in range(max(2, units // 6))]
    people = [new("person", "Person") for _ in range(max(4, units * 2))]
    agents = states + orgs + people
    places: list[ox.NamedNode] = []
    for _ in range(max(4, units)):
        place = new("place", "Place")
        if places and rng.random() < 0.75:
            out.add((place, _p("locatedIn"), rng.choice(places[-50:])))
        else:
            out.add((place, _p("locatedIn"), rng.choice(states)))
        places.append(place)
    corridors = [new("corridor", "Corridor") for _ in range(max(2, units // 5))]
    heads = {s: rng.choice(people) for s in states + orgs}
    for led, person in heads.items():
        form = rng.random()
        if form < 0.5:
            out.add((person, _p("leaderOf"), led))
        elif form < 0.8:
            out.add((led, _p("hasLeader"), person))
        else:
            term = new("leadership", "Leadership" if rng.random() < 0.5 else None)
            out.add((term, _p("holder"), person))
            out.add((term, _p("office"), led))
            out.add(
                (
                    term,
                    _p("startDate"),
                    ox.Literal(str(rng.randint(1990, 2025)), datatype=ox.NamedNode(XSD + "gYear")),
                )
            )
    leaders = list(heads.values())
    while len(out) < n:
        kind = rng.random()
        if kind < 0.55:
            cls = rng.choice(["Meeting", "Meeting", "Meeting", "War", "Ceasefire", None])
            event = new("event", cls)
            for agent in rng.sample(agents, 2):
                out.add((event, _p("participant"), agent))
            if rng.random() < 0.2:
                out.add((event, _p("headOfDelegation"), rng.choice(people)))
            if rng.random() < 0.5:
                mediator = rng.choice(leaders if rng.random() < 0.5 else agents)
                if rng.random() < 0.8:
                    out.add((event, _p("mediatedBy"), mediator))
                else:
                    out.add((mediator, _p("mediatorOf"), event))
            if rng.random() < 0.7:
                out.add((event, _p("heldIn"), rng.choice(places)))
            day = f"{rng.randint(1992, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.add((event, _p("date"), ox.Literal(day, datatype=ox.NamedNode(XSD + "date"))))
        elif kind < 0.8:
            treaty = new("treaty", rng.choice(["Treaty", "Agreement", "Declaration", None]))
            for signer in rng.sample(leaders, 2):
                if rng.random() < 0.7:
                    out.add((treaty, _p("signatory"), signer))
                else:
                    out.add((signer, _p("signed"), treaty))
            if rng.random() < 0.3:
                out.add((rng.choice(states), _p("partyTo"), treaty))
        elif kind < 0.9:
            corridor = rng.choice(corridors)
            out.add((corridor, _p("connects"), rng.choice(places + states)))
            if rng.random() < 0.5:
                out.add((corridor, _p("controlledBy"), rng.choice(agents)))
            else:
                out.add((rng.choice(agents), _p("controls"), rng.choice(places)))
        else:
            stance = "opposes" if rng.random() < 0.6 else "supports"
            out.add((rng.choice(agents), _p(stance), rng.choice(corridors + agents)))
        if conflicts and rng.random() < conflicts:
            victim = rng.choice(people + places)
            out.add((victim, RDF_TYPE, _p(rng.choice(["State", "Treaty", "Meeting"]))))
    return sorted(out, key=str)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--conflicts", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=None, help="N-Triples file; default: standard output")
    args = parser.parse_args(argv)
    triples = generate(args.triples, args.seed, args.conflicts)
    data = ox.serialize([ox.Triple(*t) for t in triples], format=ox.RdfFormat.N_TRIPLES)
    if args.out:
        args.out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


if __name__ == "__main__":
    main()
