"""The one place that turns loader keys into IRIs.

>>> m = Minter("https://w3id.org/caucasus-kg/")
>>> m.entity("meeting/2022-05-22-brussels")
'https://w3id.org/caucasus-kg/id/meeting/2022-05-22-brussels'
>>> m.graph("inferred")
'https://w3id.org/caucasus-kg/graph/inferred'
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass

ONTOLOGY = "https://w3id.org/caucasus-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WIKIDATA = "http://www.wikidata.org/entity/"

PREFIXES = {
    "ckg": ONTOLOGY,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "prov": PROV,
    "nif": NIF,
    "dcterms": DCT,
    "skos": SKOS,
    "wd": WIKIDATA,
}

_SLUG = re.compile(r"[^a-z0-9/_.-]+")


@dataclass(frozen=True, slots=True)
class Minter:
    base: str = "https://w3id.org/caucasus-kg/"

    def __post_init__(self) -> None:
        if not self.base.endswith("/"):
            object.__setattr__(self, "base", self.base + "/")

    def entity(self, key: str) -> str:
        return f"{self.base}id/{slug(key)}"

    def document(self, key: str) -> str:
        return f"{self.base}id/document/{slug(key)}"

    def sentence(self, document_key: str, start: int, end: int) -> str:
        """A sentence is a span of its document, named as RFC 5147 / NIF do."""
        return f"{self.document(document_key)}#char={start},{end}"

    def statement(self, *parts: object) -> str:
        digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]
        return f"{self.base}id/statement/{digest}"

    def fact(self, subject: str, predicate: str, obj: str) -> str:
        """The ``rdf:Statement`` that stands for one distinct fact, from the
        N-Triples text of its terms (the same fact gets the same IRI in every
        build and from every document that reports it)."""
        digest = hashlib.sha256(f"{subject} {predicate} {obj}".encode()).hexdigest()[:20]
        return f"{self.base}id/fact/{digest}"

    def graph(self, name: str) -> str:
        return f"{self.base}graph/{slug(name)}"

    def document_graph(self, document_key: str) -> str:
        return self.graph(f"document/{document_key}")

    def term(self, local: str) -> str:
        return ONTOLOGY + local


@functools.lru_cache(maxsize=1 << 16)
def slug(key: str) -> str:
    """Lower-case ASCII path segments, safe in an IRI (kept for the keys seen
    last: a build mints the same entities' IRIs hundreds of thousands of times).

    >>> slug("Meeting/2022 Brüssel")
    'meeting/2022-brussel'
    """
    folded = unicodedata.normalize("NFKD", key.replace("ı", "i").replace("İ", "I"))
    ascii_key = folded.encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", ascii_key).strip("-/") or "x"
