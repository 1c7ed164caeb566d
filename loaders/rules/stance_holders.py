"""Who holds a stance when the text names an office (issue 15, ``tests/devset/README.md``).

- A title whose holder the document names somewhere ("Olaf Scholz ... The German Chancellor
  also commended ...") is that person.
- An office the document never names the holder of stands for what it heads: a head of state
  or government for the state ("Ermenistan Başbakanı" → ``armenia``), a minister for the
  ministry ("the Azerbaijani foreign minister" → ``azerbaijan-ministry-of-foreign-affairs``),
  a secretary general or chair for the organization written in the title ("the Secretary
  General of the Organization of Turkic States" → ``organization-of-turkic-states``).
"""

from __future__ import annotations

import re

from loaders.records import Document
from loaders.rules import M, Sentence
from loaders.rules.discovery import ministry

# the lexicon's minister titles and the portfolio of their ministry
_PORTFOLIOS = {
    "foreign-minister": "foreign-affairs",
    "secretary-of-state": "foreign-affairs",
    "defence-minister": "defence",
    "transport-minister": "transport",
}
# "the foreign ministers of Armenia and Azerbaijan", "Ermenistan ve Azerbaycan dışişleri
# bakanları", "iki ülkenin dışişleri bakanları": offices in the plural, their holders not named
_MINISTERS_OF_EN = re.compile(
    r"\b(foreign|defen[cs]e|transport) ministers of\s+(?:the\s+)?(?:two\s+|both\s+)?$"
)
_MINISTERS_TR = re.compile(r"(?:'?n?[ıiuü]n)?\s+(dişişleri|savunma|ulaştirma) bakanlari?\b")
_PORTFOLIO_WORDS = {
    "foreign": "foreign-affairs",
    "dişişleri": "foreign-affairs",
    "defence": "defence",
    "defense": "defence",
    "savunma": "defence",
    "transport": "transport",
    "ulaştirma": "transport",
}
# the people a document names (by the lexicon's names), computed once per document
_NAMED: list[tuple[Document | None, frozenset[str]]] = [(None, frozenset())]


def named_people(s: Sentence) -> frozenset[str]:
    """The lexicon's people the document names anywhere (a surname counts)."""
    document, names = _NAMED[0]
    if document is not s.document:
        text = s.view.text
        names = frozenset(
            key
            for key, _, _ in s.lexicon.find_all(text)  # (extraction read them first)
            if (entity := s.lexicon.entities.get(key)) is not None and entity.type == "Person"
        )
        _NAMED[0] = (s.document, names)
    return names


def office_holder(s: Sentence, m: M) -> str:
    """The holder a title standing alone names (``m.kind == "title"``, ``m.key`` the person the
    title resolves to at the date): the person if the document names them, else the office's
    ministry, organization or state."""
    if m.type == "Person" and m.key in named_people(s):
        return m.key
    inside = [
        x for x in s.mentions if x.type in ("State", "Organization") and m.start <= x.start and x.end <= m.end
    ]
    roles = s.lexicon.roles_of(m.key, s.document.date or s.doc_year) if m.type == "Person" else []
    for role in roles:
        portfolio = _PORTFOLIOS.get(role.title)
        if portfolio and s.lexicon.entities.get(role.of) is not None and s.type_of(role.of) == "State":
            return ministry(role.of, portfolio)[0]
    organizations = [x.key for x in inside if x.type == "Organization"]
    if organizations:
        return organizations[0]
    states = [x.key for x in inside if x.type == "State"]
    led = [role.of for role in roles if role.of in states]
    if led:  # "the leaders of Azerbaijan and Armenia", one title for two: each the state they lead
        return led[0]
    if states:
        return states[0]
    return roles[0].of if roles else m.key


def ministers_of(s: Sentence, m: M) -> str:
    """The ministry a state stands for when the text writes its ministers in the plural
    without naming them ("the foreign ministers of Armenia and Azerbaijan welcomed ..."), else
    ``""``."""
    if m.type != "State":
        return ""
    if s.lang == "en":
        head = min(s.coordination(m, {"State"}, forward=False), key=lambda x: x.start)
        match = _MINISTERS_OF_EN.search(s.folded, max(0, head.start - 40), head.start)
    else:
        tail = max(s.coordination(m, {"State"}), key=lambda x: x.end)
        match = _MINISTERS_TR.match(s.folded, tail.end)
    if match is None:
        return ""
    portfolio = _PORTFOLIO_WORDS[match.group(1)]
    # "the foreign ministers of Armenia and Azerbaijan" in a document that names Mirzoyan and Bayramov:
    # the office's holder the document names (as for a title standing alone), else the ministry
    date = s.document.date or s.doc_year
    holders = [
        person
        for person in sorted(named_people(s))
        if any(
            r.of == m.key and _PORTFOLIOS.get(r.title) == portfolio for r in s.lexicon.roles_of(person, date)
        )
    ]
    return holders[0] if len(holders) == 1 else ministry(m.key, portfolio)[0]
