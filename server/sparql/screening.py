"""What a query is, and whether this read-only endpoint may run it: read
before any evaluation, on the query's keywords only.

Comments, string literals and IRIs are blanked out first (keeping their
length, so positions stay true), and a keyword counts only where it stands
alone: ``ex:service``, ``?service``, ``service:x`` and ``"SERVICE"`` are names
or data, not the keyword.

>>> form("PREFIX ex: <http://e/> # SELECT\\nconstruct { ?s ex:service ?o } WHERE { ?s ?p ?o }")
'construct'
>>> keywords("SELECT * { ?s <http://e/service> 'SERVICE' ; ex:service ?service }") & {"service"}
set()
>>> sorted(keywords("select * { service silent <http://x/> { ?s ?p ?o } }") & {"service", "silent"})
['service', 'silent']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from server.errors import BadRequest, Forbidden

# Long strings first, then short ones, IRIs and comments; ``<`` followed by a
# space or ``=`` is the less-than operator, not an IRI.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
# A bare word: not part of a prefixed name (``ex:service``, ``service:x``),
# a variable (``?service``, ``$service``), a blank node label or a language tag.
_WORD = re.compile(r"(?<![\w:?$@.\-])([A-Za-z][A-Za-z_]*)(?![\w:.\-]*:)(?![\w\-])")
_UPDATE_WORDS = frozenset(
    {"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"}
)
_FORMS = ("select", "construct", "describe", "ask")


# Deeper nesting crashes the worker: pyoxigraph's recursive parser overflows
# the stack (SIGSEGV) near 2,000 nested groups, and nested collections take
# super-linear time to parse.  Real queries stay well under 20.
MAX_NESTING = 64
_BRACKETS = re.compile(r"[^(){}\[\]]+")


def nesting(query: str) -> int:
    """How deep brackets, braces and parentheses nest outside strings, IRIs and comments.

    >>> nesting("SELECT * { ?s ?p ?o FILTER((?o > 1) && ')))') }")
    3
    """
    depth = deepest = 0
    for ch in _BRACKETS.sub("", blank(query)):
        if ch in "({[":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def blank(query: str) -> str:
    """The query with comments, strings and IRIs replaced by spaces."""
    return _OPAQUE.sub(lambda m: " " * len(m.group(0)), query)


def keywords(query: str) -> set[str]:
    """The bare words of the query, lower-cased."""
    return {m.group(1).lower() for m in _WORD.finditer(blank(query))}


def form(query: str) -> str | None:
    """``select``, ``construct``, ``describe`` or ``ask``: the first query form keyword."""
    for match in _WORD.finditer(blank(query)):
        word = match.group(1).lower()
        if word in _FORMS:
            return word
    return None


def screen(query: str, allowed_services: Iterable[str] = ()) -> str | None:
    """Refuse updates, LOAD and SERVICE (unless every endpoint it calls is
    allowed); returns the query form.  Queries nested deeper than
    :data:`MAX_NESTING` are refused before the parser sees them."""
    deepest = nesting(query)
    if deepest > MAX_NESTING:
        raise BadRequest(
            f"the query nests brackets, braces or parentheses {deepest} deep; the limit is {MAX_NESTING}: "
            "flatten it (several FILTERs or patterns instead of nested ones)"
        )
    words = keywords(query)
    update = words & _UPDATE_WORDS
    if update:
        word = sorted(update)[0].upper()
        raise Forbidden(
            f"this endpoint is read-only: {word} (SPARQL Update) is not accepted; "
            "send SELECT, ASK, CONSTRUCT or DESCRIBE queries"
        )
    if "service" in words:
        allowed = set(allowed_services)
        if not allowed:
            raise Forbidden(
                "SERVICE is disabled: this endpoint sends no requests to other endpoints "
                "(an operator may allow named endpoints with --allow-service)"
            )
        called = service_endpoints(query)
        refused = sorted(str(e) for e in called if e not in allowed)
        if refused:
            raise Forbidden(
                f"SERVICE {refused[0]} is not allowed here; allowed endpoints: {', '.join(sorted(allowed))}"
            )
    return form(query)


_IRI = re.compile(r'<([^<>"{}|^`\\\s]*)>')
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_PNAME_PREFIX = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?![/])")


def needs(query: str, predefined: Iterable[str]) -> tuple[frozenset[str], bool]:
    """Which ``predefined`` prefixes the query uses without declaring them,
    and whether it holds a relative IRI (so needs a base IRI): pyoxigraph
    parses every prefix it is given, so the server passes only these.

    >>> needs("PREFIX ex: <http://e/> SELECT * { ?s ex:p ckg:State ; <rel> ?o }", ["ckg", "ex", "owl"])
    (frozenset({'ckg'}), True)
    """
    code = blank(query)
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(query)}
    used = {m.group(1) or "" for m in _PNAME_PREFIX.finditer(code)}
    relative = any(":" not in iri for iri in _IRI.findall(query) if iri)
    return frozenset((used - declared) & set(predefined)), relative


def service_endpoints(query: str) -> list[str | None]:
    """The endpoints the query's SERVICE clauses call (``None`` for a variable),
    as rdflib's SPARQL parser resolves them (prefixes and BASE included)."""
    from pyparsing.exceptions import ParseException
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.term import URIRef

    try:
        tree = parseQuery(query)
    except ParseException:
        # Unparseable by rdflib: refuse rather than guess what it would call.
        return [None]
    prologue = tree[0]
    base = None
    prefixes: dict[str, str] = {}
    for decl in prologue:
        if decl.name == "Base":
            base = str(decl.iri)
        elif decl.name == "PrefixDecl":
            prefixes[decl.prefix or ""] = str(decl.iri)
    found: list[str | None] = []

    def walk(node: object) -> None:
        if getattr(node, "name", None) == "ServiceGraphPattern":
            term = node.term  # type: ignore[attr-defined]
            if isinstance(term, URIRef):
                iri = str(term)
                found.append(iri if base is None or ":" in iri else base + iri)
            elif getattr(term, "name", None) == "pname":
                namespace = prefixes.get(term.prefix or "")
                found.append(None if namespace is None else namespace + (term.localname or ""))
            else:
                found.append(None)
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(tree[1])
    return found
