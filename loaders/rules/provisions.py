"""Official texts and what a treaty provides.

- **Declarations in the first person**: "We, the Prime Minister of the Republic
  of Armenia N.V. Pashinyan, the President of the Republic of Azerbaijan
  I.H. Aliyev, and the President of the Russian Federation V.V. Putin, have
  hereby stated the following", "Biz, Azerbaycan Cumhuriyeti Cumhurbaşkanı
  I. G. Aliyev, ... şunları deklare ederiz": the people named sign the text
  the document is (the lexicon's treaty of the document's date, else the
  treaty named last, else one minted for the date), and their states are its
  parties.
- **Provisions**: what an official text says shall happen ("Aghdam region
  shall be returned to the Republic of Azerbaijan", "iade edilecektir"), and
  what a sentence says a treaty provides ("under article 9 ...", "Bildirinin
  9. maddesine göre ..."), is the treaty's provision: asserted, not intended
  (:func:`loaders.rules.modality` reads :attr:`Sentence.provision`).
- **Deployments**: "Peacekeeping contingent of the Russian Federation shall be
  deployed ... along the Lachin corridor", "Laçin koridoru boyunca ... Rusya
  Federasyonu Barışı Koruma Birliği konuşlandırılacaktır": the force's state
  controls the corridor, or the place it is deployed along.
"""

from __future__ import annotations

import re

from loaders.rules import M, Sentence, has_any, modality
from loaders.rules.relations import state_of_force
from loaders.rules.treaties import represented

_WE = {"en": re.compile(r"^\s*we,\s+"), "tr": re.compile(r"^\s*biz,\s+")}
_DECLARE = {
    "en": re.compile(
        r"\b(?:have\s+)?(?:hereby\s+)?(?:stated|state|declare|declared|agreed|agree|announce)\b"
    ),
    "tr": re.compile(r"(?:deklare eder|beyan eder|açiklar|bildirir|karar verdik|mutabik kald|ilan eder)\w*"),
}
_ARTICLE = {
    "en": re.compile(
        r"\b(?:under|according to|in line with|pursuant to|as provided (?:for )?(?:by|in))\s+(?:the\s+)?"
        r"(?:(?:article|point|paragraph|clause|provision)s?\s+\d+|(?:\w+\s+){0,3}?"
        r"(?:statement|agreement|declaration|treaty|protocol)\b)"
    ),
    "tr": re.compile(
        r"\d+\.\s*(?:madde|bend|paragraf)\w*|(?:bildiri|anlaşma|antlaşma|deklarasyon|mutabakat)\w*\s+(?:göre|uyarinca)"
    ),
}
_FORCE = {
    "en": re.compile(
        r"\b(?:peacekeep\w*|(?:military\s+)?contingent|troops|border (?:guards?|service|troops)|forces|"
        r"servicemen)\b"
    ),
    "tr": re.compile(
        r"(?:bariş\w* koru\w*|bariş gü[cç]\w*|sinir muhafiz\w*|askeri birli\w*|asker\w*|birliğ\w*)"
    ),
}
_DEPLOY = {
    "en": re.compile(r"\b(?:deployed|deploy|stationed|station|patrol\w*)\b"),
    "tr": re.compile(r"(?:konuşlandiril\w*|konuşlan\w*|yerleştiril\w*|devriye\w*)"),
}
_DEPLOYS_OTHERS = {
    "en": re.compile(
        r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:deployed|stationed)\s+(?!along|in|to|at|on|near|by|across)\w"
    ),
    "tr": re.compile(r"konuşlandird[ıi]\w*|konuşlandiriyor\w*"),
}
_ALONG = {"en": re.compile(r"\balong\s+(?:the\s+)?$"), "tr": re.compile(r"^\s+boyunca\b")}


def declaration(s: Sentence, recent_treaties: list[str]) -> bool:
    """The opening of an official text in the first person: its signers and parties.
    Returns whether the sentence was one (the text's operative part follows)."""
    we = _WE[s.lang].match(s.folded)
    if we is None:
        return False
    verb = _DECLARE[s.lang].search(s.folded)
    people = [
        m for m in s.mentions if m.type == "Person" and m.start < (verb.start() if verb else len(s.text))
    ]
    if verb is None or not people:
        return False
    key = _the_text(s, recent_treaties)
    span = (we.start(), verb.end())
    if key.startswith("treaty/"):
        s.state(key, "type", "Treaty", "class", span, "treaty.type")
        s.state(key, "label", s.document.title or key, "literal", span, "treaty.label", datatype="string")
        s.state(key, "date", s.document.date, "literal", span, "treaty.date", datatype="date")
    else:
        # the lexicon's treaty, its text dated on its page ("10.11.2020" above "We, ...")
        known = str(s.lexicon.attribute(key, "date", ""))
        if known and known == s.previous_date:
            s.state(key, "date", known, "literal", span, "treaty.date", datatype="date")
    seen: set[str] = set()
    for person in people:
        if person.key in seen:
            continue
        seen.add(person.key)
        s.state(key, "signatory", person.key, "entity", s.cover(person, verb.span()), "treaty.declaration")
        for state in represented(s, person.key, s.document.date):
            s.state(state, "partyTo", key, "entity", s.cover(person, verb.span()), "treaty.declaration.party")
    recent_treaties.append(key)
    return True


def _the_text(s: Sentence, recent_treaties: list[str]) -> str:
    date = s.document.date
    dated = [
        k
        for k in s.lexicon.treaties_dated(date)
        if s.lexicon.attribute(k, "kind") in ("statement", "declaration")
    ]
    if dated:
        return dated[0]
    if recent_treaties:
        return recent_treaties[-1]
    return f"treaty/{date}-statement" if len(date) == 10 else f"treaty/{s.document.key}"


# The literals every match of _ARTICLE holds: a sentence without them is skipped before the regex.
_ARTICLE_LEADS_EN = ("under", "according to", "in line with", "pursuant to", "as provided")
_ARTICLE_HEADS_EN = (
    "article", "point", "paragraph", "clause", "provision",
    "statement", "agreement", "declaration", "treaty", "protocol",
)  # fmt: skip
_ARTICLE_NUMBERED_TR = ("madde", "bend", "paragraf")
_ARTICLE_LEADS_TR = ("göre", "uyarinca")
_ARTICLE_HEADS_TR = ("bildiri", "anlaşma", "antlaşma", "deklarasyon", "mutabakat")


def provides(s: Sentence) -> bool:
    """Whether the sentence gives what a treaty provides ("under article 9", "maddesine göre")."""
    folded = s.folded
    if s.lang == "en":
        if not has_any(folded, _ARTICLE_LEADS_EN) or not has_any(folded, _ARTICLE_HEADS_EN):
            return False
    elif not has_any(folded, _ARTICLE_NUMBERED_TR) and not (
        has_any(folded, _ARTICLE_LEADS_TR) and has_any(folded, _ARTICLE_HEADS_TR)
    ):
        return False
    return _ARTICLE[s.lang].search(folded) is not None


def deployments(s: Sentence) -> None:
    """A force deployed along a corridor or place: its state controls it."""
    if not has_any(s.folded, _DEPLOY_WORDS[s.lang]):
        return
    deploy = _DEPLOY[s.lang].search(s.folded)
    # a state's force the lexicon names ("Rus barış güçleri", "the Russian peacekeeping contingent")
    # is deployed for its state
    forces = [state_of_force(s, m) for m in s.mentions if m.type == "Organization"]
    states = [m for m in s.mentions if m.type == "State"] + [m for m in forces if m.type == "State"]
    if deploy is None or not states:
        return
    # The force's state: the one named in the force's phrase ("contingent of the Russian
    # Federation", "Russian peacekeepers", "Rusya Federasyonu Barışı Koruma Birliği").
    pairs = [(abs(m.start - force.start()), m) for force in _FORCE[s.lang].finditer(s.folded) for m in states]
    if not pairs:
        return
    distance, owner = min(pairs, key=lambda pair: pair[0])
    if distance > 40:
        return
    if _DEPLOYS_OTHERS[s.lang].search(s.folded, max(0, deploy.start() - 10), deploy.end() + 12):
        # "The peacekeeping mission has deployed observation posts in the corridor", "Rusya ...
        # gözlem noktaları konuşlandırdı": the force puts something there, it is not what is deployed
        return
    mood = modality(s, deploy.start(), deploy.end())
    if mood is None:
        return
    targets: list[M] = []
    for m in s.mentions:
        if m.type == "Corridor" or (
            m.type == "Place"
            and (
                (s.lang == "en" and _ALONG["en"].search(s.folded[max(0, m.start - 12) : m.start]))
                or (s.lang == "tr" and _ALONG["tr"].match(s.folded, m.end))
            )
        ):
            targets.append(m)
    seen: set[str] = set()
    for target in targets:
        if target.key in seen or target.key == owner.key:
            continue
        seen.add(target.key)
        span = s.cover(owner, target, deploy.span())
        s.state(target.key, "controlledBy", owner.key, "entity", span, "control.deployment", modality=mood)


_DEPLOY_WORDS = {"en": ("deploy", "station", "patrol"), "tr": ("konuşlan", "yerleştiril", "devriye")}
