"""What every linked-data page shares: the language of labels, the words of
the interface in Turkish and English, links from IRIs to pages, labels of
terms, and the one ``render`` that fills the site's base template.

The language is ``?lang=tr|en`` when given (remembered in a cookie), else
the best match of ``Accept-Language``, else English.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from flask import Response, current_app, g, render_template, request

from kg.formats import RDF_FORMATS, Format
from kg.iri import DCT, NIF, ONTOLOGY, OWL, PROV, RDF, RDFS, SKOS
from server import names, negotiation, rdfout
from server.errors import NotFound
from server.state import state
from server.storage import Snapshot

LANGUAGES = ("en", "tr")
COOKIE = "ckg_lang"
GRAPH_FORMATS = tuple(f for f in RDF_FORMATS if f.kind == "graph")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "browse": "Browse",
        "timeline": "Timeline",
        "ontology": "Ontology",
        "dumps": "Dumps",
        "sparql": "SPARQL",
        "void": "Dataset description",
        "query": "Query editor",
        "type": "Type",
        "properties": "Properties",
        "inverse": "Referenced by",
        "inferred": "inferred",
        "why": "why?",
        "sources": "Sources",
        "source_sentence": "From the sentence",
        "document": "Document",
        "rule": "rule",
        "same_as": "Same as",
        "raw": "This resource as data",
        "neighbourhood": "Neighbourhood",
        "not_found": "Not found",
        "no_description": "No description in the sources.",
        "text": "Text",
        "extracted": "Extracted facts",
        "metadata": "Metadata",
        "language": "Language",
        "issued": "Published",
        "publisher": "Publisher",
        "source": "Source",
        "graph": "Named graph",
        "licence": "Data: CC BY 4.0. Each fact links to the sentence it came from.",
        "all_actors": "all actors",
        "all_years": "all years",
        "filter": "Filter",
        "participants": "Participants",
        "mediators": "Mediators",
        "place": "Place",
        "signatories": "Signatories",
        "parties": "Parties",
        "places": "Place",
        "undated": "Undated",
        "events": "events",
        "stated_only": "stated as",
        "explanation": "Explanation",
        "classes": "Classes",
        "object_properties": "Object properties",
        "datatype_properties": "Datatype properties",
        "annotation_properties": "Other properties",
        "individuals": "Individuals",
        "diagram": "Diagram",
        "definition": "Definition",
        "file": "File",
        "format": "Format",
        "size": "Size",
        "triples": "Triples",
        "checksum": "SHA-256",
        "resources": "resources",
        "asserted": "asserted",
        "said_by": "What it said",
        "said_by_note": "Claims it made (reported speech naming it as the speaker) and stances it took, "
        "in its own words or its officials', each with the sentence and the date of the document.",
        "said_about": "What others said about it",
        "said_about_note": "Claims about it in others' words, and others' stances towards it.",
        "disagreements": "Where sources disagree",
        "disagreements_note": "One thing, two values: each side with the documents, sentences and "
        "speakers that give it.",
        "stances": "Stances",
        "for": "For (supports, welcomes)",
        "against": "Against (opposes, condemns)",
        "claim": "claim",
        "stance": "stance",
        "speaker": "Speaker",
        "said": "said",
        "more_in_query": "More in the query editor",
        "show_claims": "Show claims and stances",
        "claims": "claims and stances",
        "too_many_values": "values: too many to set side by side here; ask the question in the editor:",
        "modality_Reported": "reported",
        "modality_Intended": "intended",
    },
    "tr": {
        "browse": "Göz at",
        "timeline": "Zaman çizelgesi",
        "ontology": "Ontoloji",
        "dumps": "Veri dökümleri",
        "sparql": "SPARQL",
        "void": "Veri kümesi tanımı",
        "query": "Sorgu düzenleyici",
        "type": "Tür",
        "properties": "Özellikler",
        "inverse": "Buna bağlananlar",
        "inferred": "çıkarsanmış",
        "why": "neden?",
        "sources": "Kaynaklar",
        "source_sentence": "Kaynak cümle",
        "document": "Belge",
        "rule": "kural",
        "same_as": "Aynısı",
        "raw": "Bu kaynak veri olarak",
        "neighbourhood": "Komşuluk",
        "not_found": "Bulunamadı",
        "no_description": "Kaynaklarda açıklama yok.",
        "text": "Metin",
        "extracted": "Çıkarılan olgular",
        "metadata": "Üst veri",
        "language": "Dil",
        "issued": "Yayın tarihi",
        "publisher": "Yayıncı",
        "source": "Kaynak",
        "graph": "Adlandırılmış çizge",
        "licence": "Veri: CC BY 4.0. Her olgu geldiği cümleye bağlanır.",
        "all_actors": "tüm aktörler",
        "all_years": "tüm yıllar",
        "filter": "Süz",
        "participants": "Katılımcılar",
        "mediators": "Arabulucular",
        "place": "Yer",
        "signatories": "İmzacılar",
        "parties": "Taraflar",
        "places": "Yer",
        "undated": "Tarihsiz",
        "events": "olay",
        "stated_only": "şöyle belirtilmiş",
        "explanation": "Açıklama",
        "classes": "Sınıflar",
        "object_properties": "Nesne özellikleri",
        "datatype_properties": "Veri özellikleri",
        "annotation_properties": "Diğer özellikler",
        "individuals": "Bireyler",
        "diagram": "Diyagram",
        "definition": "Tanım",
        "file": "Dosya",
        "format": "Biçim",
        "size": "Boyut",
        "triples": "Üçlüler",
        "checksum": "SHA-256",
        "resources": "kaynak",
        "asserted": "belirtilmiş",
        "said_by": "Söyledikleri",
        "said_by_note": "Söyleyen olarak adının geçtiği iddiaları (aktarılan söz) ve kendi ya da "
        "yetkililerinin ağzından aldığı tutumlar; her biri cümlesi ve belgenin tarihiyle.",
        "said_about": "Başkalarının onun hakkında söyledikleri",
        "said_about_note": "Başkalarının ağzından onunla ilgili iddialar ve başkalarının ona "
        "karşı tutumları.",
        "disagreements": "Kaynakların ayrıldığı noktalar",
        "disagreements_note": "Tek bir şey, iki değer: her taraf, onu veren belgeler, cümleler ve "
        "söyleyenlerle.",
        "stances": "Tutumlar",
        "for": "Lehte (destekliyor, memnuniyetle karşılıyor)",
        "against": "Aleyhte (karşı çıkıyor, kınıyor)",
        "claim": "iddia",
        "stance": "tutum",
        "speaker": "Söyleyen",
        "said": "söyledi",
        "more_in_query": "Devamı sorgu düzenleyicide",
        "show_claims": "İddiaları ve tutumları göster",
        "claims": "iddia ve tutum",
        "too_many_values": "değer: burada yan yana koymak için çok fazla; soruyu düzenleyicide sorun:",
        "modality_Reported": "aktarılan",
        "modality_Intended": "amaçlanan",
    },
}

# Labels of the common vocabulary terms pages show, beside the ontology's own.
KNOWN: dict[str, dict[str, str]] = {
    RDF + "type": {"en": "type", "tr": "tür"},
    RDFS + "label": {"en": "label", "tr": "etiket"},
    RDFS + "comment": {"en": "comment", "tr": "açıklama"},
    OWL + "sameAs": {"en": "same as", "tr": "aynısı"},
    SKOS + "altLabel": {"en": "also known as", "tr": "diğer adları"},
    SKOS + "definition": {"en": "definition", "tr": "tanım"},
    DCT + "title": {"en": "title", "tr": "başlık"},
    DCT + "language": {"en": "language", "tr": "dil"},
    DCT + "issued": {"en": "published", "tr": "yayın tarihi"},
    DCT + "publisher": {"en": "publisher", "tr": "yayıncı"},
    DCT + "source": {"en": "source", "tr": "kaynak"},
    PROV + "wasDerivedFrom": {"en": "derived from", "tr": "türetildiği yer"},
    NIF + "isString": {"en": "text", "tr": "metin"},
    NIF + "anchorOf": {"en": "sentence text", "tr": "cümle metni"},
    NIF + "referenceContext": {"en": "in document", "tr": "belgesi"},
    RDF + "subject": {"en": "subject", "tr": "özne"},
    RDF + "predicate": {"en": "predicate", "tr": "yüklem"},
    RDF + "object": {"en": "object", "tr": "nesne"},
}


def language() -> str:
    """tr or en, for this request (memoized on ``g``)."""
    if "ckg_lang" not in g:
        asked = request.args.get("lang", "")
        if asked in LANGUAGES:
            g.ckg_lang = asked
        elif request.cookies.get(COOKIE) in LANGUAGES:
            g.ckg_lang = request.cookies[COOKIE]
        else:
            g.ckg_lang = request.accept_languages.best_match(LANGUAGES, default="en") or "en"
    return str(g.ckg_lang)


def words() -> dict[str, str]:
    return WORDS[language()]


def snapshot() -> Snapshot:
    return current_app.config["CKG_STORE"].get()


def base() -> str:
    return str(current_app.config["CKG_MINTER"].base)


def href(iri: str) -> str:
    """Where a browser goes for ``iri``: our pages for our IRIs, else the IRI."""
    ours = base() + "id/"
    if iri.startswith(ours):
        return "/id/" + iri[len(ours) :]
    if iri.startswith(ONTOLOGY):
        return "/ontology#" + iri[len(ONTOLOGY) :]
    if iri.startswith(base() + "graph/"):
        return "/sparql?query=" + quote(f"SELECT * WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} LIMIT 100")
    return iri


def short(iri: str) -> str:
    """``ckg:State``, ``meeting:2022-05-22-brussels``: a name that parses when pasted
    into a query (the prefixes predefined at ``/sparql``), else ``<iri>``."""
    return names.shorten(iri, current_app.config["CKG_PREFIXES"])


def pick_label(labels: dict[str, str], fallback: str) -> str:
    """The label in the page's language, else one with no language, else one in
    another language marked as such (``Görüşme, 2025-08-08 (tr)``), else
    ``fallback``; its first letter upper-case (``Peace process``)."""
    lang = language()
    text = labels.get(lang) or labels.get("")
    if not text:
        other = next((code for code in (*LANGUAGES, *sorted(labels)) if labels.get(code)), "")
        text = f"{labels[other]} ({other})" if other else ""
    return capitalised(text, lang) if text else fallback


def capitalised(text: str, lang: str) -> str:
    """``text`` with its first letter upper-case (Turkish's dotted ``i`` → ``İ``)."""
    first = "İ" if text[:1] == "i" and lang == "tr" else text[:1].upper()
    return first + text[1:]


def term_labels() -> dict[str, dict[str, str]]:
    """rdfs:label of every term of the ontology graph, per language (cached per build)."""
    snap = snapshot()
    cache = state().term_labels
    if snap.etag not in cache:
        cache.clear()
        labels: dict[str, dict[str, str]] = {k: dict(v) for k, v in KNOWN.items()}
        graph = current_app.config["CKG_GRAPHS"]["ontology"]
        for row in snap.query(
            f"SELECT ?t ?l WHERE {{ GRAPH <{graph}> {{ ?t <{RDFS}label> ?l FILTER(isIRI(?t)) }} }}"
        ):
            labels.setdefault(row["t"].value, {})[row["l"].language or "en"] = row["l"].value
        cache[snap.etag] = labels
    return cache[snap.etag]


def term_label(iri: str) -> str:
    return pick_label(term_labels().get(iri, {}), short(iri))


def labels_of(iris: Iterable[str]) -> dict[str, dict[str, str]]:
    """rdfs:label per language of each IRI (one query)."""
    wanted = sorted({i for i in iris if i})
    out: dict[str, dict[str, str]] = {}
    for chunk in (wanted[i : i + 200] for i in range(0, len(wanted), 200)):
        values = " ".join(f"<{i}>" for i in chunk)
        rows = snapshot().query(
            f"SELECT ?n ?l WHERE {{ VALUES ?n {{ {values} }} ?n <{RDFS}label> ?l }}",
            use_default_graph_as_union=True,
        )
        for row in rows:
            names.keep_label(out.setdefault(row["n"].value, {}), row["l"])
    return out


def literal_text(term: ox.Literal) -> str:
    return str(term.value)


def nquote(value: str) -> str:
    return quote(value, safe="")


def lang_href(code: str) -> str:
    """This page in language ``code``: the same path and parameters, ``lang`` set."""
    args = request.args.to_dict(flat=False)
    args["lang"] = [code]
    return request.path + "?" + urlencode(args, doseq=True)


def render(template: str, status: int = 200, **context: Any) -> Response:
    """A page of the site: the template with the language, words and helpers."""
    lang = language()
    body = render_template(
        template,
        lang=lang,
        w=WORDS[lang],
        other_lang="tr" if lang == "en" else "en",
        href=href,
        short=short,
        term_label=term_label,
        lang_href=lang_href,
        **context,
    )
    response = Response(body, status=status, mimetype="text/html")
    response.headers["Content-Language"] = lang
    response.vary.update(("Accept", "Accept-Language", "Cookie"))
    if request.args.get("lang") in LANGUAGES:
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="Lax")
    return response


CACHE_ENTRIES = 512  # pages kept per worker for the build being served
CACHE_LARGEST = 2 * 1024 * 1024  # bytes: larger answers are made each time


def cached(view: Callable[..., Response]) -> Callable[..., Response]:
    """Answers of ``view`` kept per build: a build never changes once served,
    so a page is made once per worker until ``CURRENT`` moves.  Every answer
    also gets an ``ETag`` and ``Last-Modified`` and honours conditional requests."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Response:
        snap = snapshot()
        key = (
            request.host_url,  # VoID and the dumps index name this server's own URLs
            request.full_path,
            request.headers.get("Accept", ""),
            request.headers.get("Accept-Language", ""),
            request.cookies.get(COOKIE, ""),
        )
        cache = state().pages
        if cache.build != snap.etag:
            cache.build = snap.etag
            cache.items.clear()
        items = cache.items
        hit = items.get(key)
        if hit is not None:
            items.move_to_end(key)
            response = Response(hit[0], status=hit[1], headers=hit[2])
        else:
            response = view(*args, **kwargs)
            if response.status_code in (200, 404) and not response.direct_passthrough:
                body = response.get_data()
                if len(body) <= CACHE_LARGEST:
                    items[key] = (body, response.status_code, list(response.headers.items()))
                    while len(items) > CACHE_ENTRIES:
                        items.popitem(last=False)
        if response.status_code == 200 and not response.direct_passthrough:
            response.set_etag(hashlib.sha256(repr((snap.etag, key)).encode()).hexdigest()[:32])
            if snap.mtime:
                response.last_modified = datetime.datetime.fromtimestamp(snap.mtime, tz=datetime.UTC)
            response.make_conditional(request)
        return response

    return wrapper


HTML = Format("html", "text/html", "html", "graph", aliases=("application/xhtml+xml",))
JSON = Format("json", "application/json", "json", "results")  # indexes and explanations for programs


def wants_html() -> bool:
    return negotiation.choose(request.accept_mimetypes, GRAPH_FORMATS, HTML) is HTML


def negotiate(what: str = "this resource") -> Format:
    """A page's format: HTML for browsers, else the RDF format asked for."""
    return negotiation.negotiate(GRAPH_FORMATS, HTML, what=what)


def rdf_response(triples: list[ox.Triple], fmt: Format, page: str) -> Response:
    response = Response(rdfout.serialize(triples, fmt), mimetype=fmt.media_type)
    response.vary.add("Accept")
    response.headers["Content-Location"] = f"{page}.{fmt.extension}"
    if fmt.name == "jsonld":
        response.headers["Link"] = '</context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"'
    return response


def not_found(what: str, path: str, suggestions: list[tuple[str, str]] | None = None) -> Response:
    if wants_html():
        return render("404.html", status=404, what=what, path=path, suggestions=suggestions or [])
    raise NotFound(f"{what}: nothing is known about {path}; see /id/ for every resource, or query /sparql")
