"""The SPARQL 1.1 Service Description, answered by GET /sparql with no query."""

from __future__ import annotations

from flask import Response, current_app, request

from kg.formats import RDF_FORMATS, RESULT_FORMATS
from server.negotiation import choose

SD = "http://www.w3.org/ns/sparql-service-description#"


def service_description() -> Response:
    endpoint = request.base_url
    snapshot = current_app.config["CKG_STORE"].get()
    lines = [
        f"@prefix sd: <{SD}> .",
        "@prefix void: <http://rdfs.org/ns/void#> .",
        "",
        f"<{endpoint}#service> a sd:Service ;",
        f"    sd:endpoint <{endpoint}> ;",
        "    sd:supportedLanguage sd:SPARQL11Query ;",
        "    sd:feature sd:UnionDefaultGraph ;",
    ]
    for fmt in RESULT_FORMATS + RDF_FORMATS:
        lines.append(f"    sd:resultFormat <{_format_iri(fmt.name)}> ;")
    lines.append("    sd:defaultDataset [ a sd:Dataset ;")
    lines.append("        sd:defaultGraph [ a sd:Graph ] ;")
    graphs = sorted(row["g"].value for row in snapshot.query("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"))
    for graph in graphs:
        lines.append(f"        sd:namedGraph [ a sd:NamedGraph ; sd:name <{graph}> ] ;")
    lines.append("    ] .")
    turtle = "\n".join(lines) + "\n"
    fmt = choose(request.accept_mimetypes, RDF_FORMATS, RDF_FORMATS[0]) or RDF_FORMATS[0]
    if fmt.name != "ttl":
        import pyoxigraph as ox

        assert fmt.rdf is not None
        triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
        body = ox.serialize(triples, format=fmt.rdf)
        return Response(body, mimetype=fmt.media_type)
    return Response(turtle, mimetype="text/turtle")


def _format_iri(name: str) -> str:
    return {
        "json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
        "xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
        "csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
        "tsv": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
        "ttl": "http://www.w3.org/ns/formats/Turtle",
        "nt": "http://www.w3.org/ns/formats/N-Triples",
        "rdf": "http://www.w3.org/ns/formats/RDF_XML",
        "jsonld": "http://www.w3.org/ns/formats/JSON-LD",
        "nq": "http://www.w3.org/ns/formats/N-Quads",
        "trig": "http://www.w3.org/ns/formats/TriG",
    }[name]
