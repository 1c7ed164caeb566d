"""The short names the service, the editor and the pages show: each one
parses when pasted back into a query.

Minted IRIs are ``<base>id/<kind>/<key>`` (``meeting/2022-05-22-brussels``);
``id:meeting/2022-…`` is not a prefixed name (``/`` may not stand in its
local part), so every kind has a prefix of its own, predefined at
``/sparql`` and in the editor: ``meeting:2022-05-22-brussels``.  A name whose
local part would still not parse (a sentence, ``…#char=0,120``) is shown
as the full IRI in ``<…>``.

>>> p = prefixes("https://w3id.org/caucasus-kg/")
>>> shorten("https://w3id.org/caucasus-kg/id/meeting/2022-05-22-brussels", p)
'meeting:2022-05-22-brussels'
>>> shorten("https://w3id.org/caucasus-kg/id/azerbaijan", p)
'id:azerbaijan'
>>> shorten("https://w3id.org/caucasus-kg/id/document/d1#char=0,12", p)
'<https://w3id.org/caucasus-kg/id/document/d1#char=0,12>'
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.iri import PREFIXES

# The kinds of minted resources: the first path segment of their keys.
KINDS = ("meeting", "treaty", "control", "event", "document", "statement")

# SPARQL 1.1's PN_LOCAL without escapes and %-encoding: letters, digits, ``_``
# and ``:`` anywhere, ``-`` and ``.`` inside, never ``.`` last.
_LOCAL = re.compile(r"(?:[^\W]|[:0-9])(?:[\w.:\-]*[\w:\-])?|")
_PREFIX = re.compile(r"[A-Za-z][\w.\-]*(?<!\.)")


def prefixes(base: str) -> dict[str, str]:
    """The predefined prefixes for resources under ``base``: one a kind first
    (so that the most specific wins where they are tried in order), then
    ``id:``, then the vocabularies'."""
    ours = {kind: f"{base}id/{kind}/" for kind in KINDS}
    ours["id"] = f"{base}id/"
    return {**ours, **PREFIXES}


def valid_local(local: str) -> bool:
    return _LOCAL.fullmatch(local) is not None


def shorten(iri: str, known: dict[str, str]) -> str:
    """``prefix:local`` with the longest namespace whose local part parses, else ``<iri>``."""
    best = ""
    for name, ns in known.items():
        if iri.startswith(ns) and len(ns) > len(known.get(best, "")) and valid_local(iri[len(ns) :]):
            best = name
    return f"{best}:{iri[len(known[best]) :]}" if best else f"<{iri}>"


def keep_label(labels: dict[str, str], literal: ox.Literal) -> None:
    """Note ``literal`` among ``labels`` (by language, ``""`` for none); of several
    in one language (a rule's and one made from a minted key) the fullest is kept."""
    lang = literal.language or ""
    if len(literal.value) > len(labels.get(lang, "")):
        labels[lang] = literal.value
