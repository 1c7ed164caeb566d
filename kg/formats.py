"""Formats are data: one table read by dumps, ``?format=``, file suffixes and
content negotiation alike.

>>> by_name("ttl").media_type
'text/turtle'
>>> by_suffix("dump.nq.gz").name
'nq'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

Kind = Literal["graph", "dataset", "results"]


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # the short name used by ?format= and --format
    media_type: str
    extension: str
    kind: Kind  # graph: triples; dataset: quads; results: SELECT/ASK results
    rdf: ox.RdfFormat | None = None
    results: ox.QueryResultsFormat | None = None
    aliases: tuple[str, ...] = ()  # other media types that mean the same
    nicknames: tuple[str, ...] = ()  # short names clients send as ?format= (turtle, rdf+xml)

    @property
    def label(self) -> str:
        return self.rdf.name if self.rdf else self.results.name if self.results else self.name


RDF_FORMATS: tuple[Format, ...] = (
    Format(
        "ttl",
        "text/turtle",
        "ttl",
        "graph",
        ox.RdfFormat.TURTLE,
        aliases=("application/x-turtle",),
        nicknames=("turtle", "n3"),
    ),
    Format(
        "nt",
        "application/n-triples",
        "nt",
        "graph",
        ox.RdfFormat.N_TRIPLES,
        aliases=("text/plain",),
        nicknames=("ntriples", "n-triples"),
    ),
    Format(
        "rdf",
        "application/rdf+xml",
        "rdf",
        "graph",
        ox.RdfFormat.RDF_XML,
        aliases=("application/xml",),
        nicknames=("rdf+xml", "rdfxml", "xml"),
    ),
    Format(
        "jsonld",
        "application/ld+json",
        "jsonld",
        "graph",
        ox.RdfFormat.JSON_LD,
        nicknames=("json-ld", "json"),
    ),
    Format(
        "nq", "application/n-quads", "nq", "dataset", ox.RdfFormat.N_QUADS, nicknames=("nquads", "n-quads")
    ),
    Format("trig", "application/trig", "trig", "dataset", ox.RdfFormat.TRIG),
)

RESULT_FORMATS: tuple[Format, ...] = (
    Format(
        "json",
        "application/sparql-results+json",
        "srj",
        "results",
        results=ox.QueryResultsFormat.JSON,
        aliases=("application/json",),
    ),
    Format(
        "xml",
        "application/sparql-results+xml",
        "srx",
        "results",
        results=ox.QueryResultsFormat.XML,
        aliases=("application/xml", "text/xml"),
    ),
    Format("csv", "text/csv", "csv", "results", results=ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", "tsv", "results", results=ox.QueryResultsFormat.TSV),
)

ALL: tuple[Format, ...] = RDF_FORMATS + RESULT_FORMATS


def by_name(name: str, formats: tuple[Format, ...] = ALL) -> Format:
    """The format called ``name`` (short name, extension or media type)."""
    wanted = name.strip().lower()
    for fmt in formats:
        if wanted in (fmt.name, fmt.extension, fmt.media_type, *fmt.aliases, *fmt.nicknames):
            return fmt
    names = ", ".join(f.name for f in formats)
    raise KeyError(f"unknown format {name!r}; use one of: {names}")


def by_suffix(filename: str) -> Format:
    """The RDF format of a file from its suffix, ignoring a final ``.gz``."""
    name = filename.lower().removesuffix(".gz")
    suffix = name.rsplit(".", 1)[-1]
    aliases = {"turtle": "ttl", "n3": "ttl", "owl": "rdf", "xml": "rdf", "json": "jsonld", "ntriples": "nt"}
    return by_name(aliases.get(suffix, suffix), RDF_FORMATS)
