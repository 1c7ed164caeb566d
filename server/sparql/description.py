"""The SPARQL 1.1 Service Description, answered by GET /sparql with no query.

Turtle by default, any RDF format by negotiation.  It names the endpoint,
the language (SPARQL 1.1 Query only: the endpoint is read-only), the result
and input formats, the features (the default graph is the union of every
graph), and the default dataset with each named graph and its size in
triples, and links the VoID description.  Graph sizes are counted once per
store build.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Response, current_app, request

from kg.formats import RDF_FORMATS, RESULT_FORMATS
from server import negotiation, rdfout
from server.state import state
from server.storage import Snapshot

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCT = "http://purl.org/dc/terms/"

_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "ttl": "Turtle",
    "nt": "N-Triples",
    "rdf": "RDF_XML",
    "jsonld": "JSON-LD",
    "nq": "N-Quads",
    "trig": "TriG",
}


def graph_sizes(snapshot: Snapshot) -> list[tuple[str, int]]:
    """(graph IRI, triples) for every named graph, counted once per build."""
    cache = state().graph_sizes
    if snapshot.etag not in cache:
        cache.clear()
        rows = snapshot.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        )
        cache[snapshot.etag] = [(row["g"].value, int(row["n"].value)) for row in rows]
    return list(cache[snapshot.etag])


def describe(endpoint: str, snapshot: Snapshot) -> list[ox.Triple]:
    n = ox.NamedNode
    service = n(endpoint)
    sd = lambda local: n(SD + local)  # noqa: E731
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("feature"), sd("EmptyGraphs")),
        ox.Triple(
            service,
            n(DCT + "description"),
            ox.Literal(
                "Read-only SPARQL 1.1 endpoint of caucasus-kg. The default graph is the union of all graphs; "
                "add infer=false for asserted data only. SERVICE calls only endpoints the operator allows."
            ),
        ),
    ]
    if current_app.config["CKG_SETTINGS"].allowed_service_list:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    for fmt in RESULT_FORMATS + RDF_FORMATS:
        triples.append(ox.Triple(service, sd("resultFormat"), n(FORMATS + _FORMAT_IRIS[fmt.name])))
    dataset, default = ox.BlankNode("dataset"), ox.BlankNode("default")
    triples += [
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, sd("Graph")),
        ox.Triple(dataset, n(VOID + "inDataset"), n(request.host_url + ".well-known/void")),
        ox.Triple(
            service,
            n("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
            n(request.host_url + ".well-known/void"),
        ),
    ]
    total = 0
    for i, (iri, size) in enumerate(graph_sizes(snapshot)):
        named, graph = ox.BlankNode(f"named{i}"), ox.BlankNode(f"graph{i}")
        total += size
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
            ox.Triple(named, sd("name"), n(iri)),
            ox.Triple(named, sd("graph"), graph),
            ox.Triple(graph, RDF_TYPE, sd("Graph")),
            ox.Triple(graph, n(VOID + "triples"), ox.Literal(size)),
        ]
    triples.append(ox.Triple(default, n(VOID + "triples"), ox.Literal(total)))
    return triples


def service_description() -> Response:
    endpoint = request.base_url
    snapshot = current_app.config["CKG_STORE"].get()
    fmt = negotiation.negotiate(RDF_FORMATS, what="the service description (send a query to get results)")
    assert fmt.rdf is not None
    triples = describe(endpoint, snapshot)
    prefixes = rdfout.prefixes(fmt.rdf, {"sd": SD, "void": VOID, "dct": DCT})
    if fmt.kind == "dataset":
        quads = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        body = ox.serialize(quads, format=fmt.rdf, prefixes=prefixes)
    else:
        body = ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    response = Response(body, mimetype=fmt.media_type)
    response.headers["Vary"] = "Accept"
    response.headers["ETag"] = f'"{snapshot.etag}-sd-{fmt.name}"'
    return response
