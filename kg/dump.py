"""Writing the whole dataset in one of the RDF formats."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import IO, BinaryIO

import pyoxigraph as ox

from kg.formats import RDF_FORMATS, by_name
from kg.iri import PREFIXES


def dump(store: ox.Store, fmt: str, output: IO[bytes] | Path) -> None:
    """Dataset formats (nq, trig) keep the named graphs; graph formats get the
    union of all graphs (the default-graph view that queries see)."""
    chosen = by_name(fmt, RDF_FORMATS)
    assert chosen.rdf is not None
    if isinstance(output, Path):
        if output.name.endswith(".gz"):
            with gzip.open(output, "wb") as gz:
                _write(store, chosen.rdf, chosen.kind == "dataset", gz)  # type: ignore[arg-type]
        else:
            with open(output, "wb") as f:
                _write(store, chosen.rdf, chosen.kind == "dataset", f)
    else:
        _write(store, chosen.rdf, chosen.kind == "dataset", output)


def _write(store: ox.Store, rdf: ox.RdfFormat, dataset: bool, out: IO[bytes] | BinaryIO) -> None:
    prefixes = PREFIXES if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    if dataset:
        store.dump(out, format=rdf, prefixes=prefixes)
        return
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    assert isinstance(triples, ox.QueryTriples)
    ox.serialize(triples, out, format=rdf, prefixes=prefixes)
