"""Running SPARQL against the store and serialising results, for the CLI.

The default graph is the union of every named graph (asserted ∪ inferred).
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.formats import RDF_FORMATS, RESULT_FORMATS, Format, by_name
from kg.iri import PREFIXES


def run(store: ox.Store, query: str, fmt: str | None = None) -> tuple[bytes, Format]:
    """Evaluate ``query``; serialise it in ``fmt`` (default: JSON or Turtle)."""
    result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    if isinstance(result, ox.QueryTriples):
        chosen = by_name(fmt or "ttl", RDF_FORMATS)
        if chosen.kind == "dataset":
            raise KeyError(f"{chosen.name} holds named graphs; CONSTRUCT results need ttl, nt, rdf or jsonld")
        assert chosen.rdf is not None
        return result.serialize(format=chosen.rdf) or b"", chosen
    chosen = by_name(fmt or "json", RESULT_FORMATS)
    assert chosen.results is not None
    return result.serialize(format=chosen.results) or b"", chosen
