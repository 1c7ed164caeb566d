"""Where places are, as news writes it in apposition.

"Kazakhstan's port of Aktau", "Armenia's Syunik province", "Aktau
(Kazakhstan)", "the town of Yeghegnadzor in Vayots Dzor", "Almaty,
Kazakhstan,", "Kars'ın Arpaçay ilçesi", "Rusya'nın başkenti Moskova",
"Azerbaycan'ın Nahçıvan Özerk Cumhuriyeti": the place is ``locatedIn`` the
state or the larger place.  The reasoner closes ``locatedIn`` transitively.
"""

from __future__ import annotations

import re

from loaders.rules import M, Sentence

_CONTAINERS = frozenset({"State", "Place"})
_KINDS_EN = (
    r"(?:port|city|town|village|province|region|district|capital|exclave|enclave|border town|"
    r"border village|border crossing|autonomous republic|oblast|county|municipality|settlement|airport)"
)
_KINDS_TR = (
    r"(?:kenti|şehri|ilçesi|bölgesi|limani|köyü|ili|eyaleti|başkenti|sinir kapisi|kasabasi|"
    r"özerk cumhuriyeti|havalimani|beldesi)"
)
# "Kazakhstan's port of Aktau", "Armenia's southern Syunik province", "Azerbaijan's exclave, Nakhchivan"
_POSSESSIVE_EN = re.compile(
    rf"^'s\s+(?:(?:\w+ern|main|key|strategic|capital)\s+)?{_KINDS_EN}?(?:\s+of)?[\s,]*$"
)
_KIND_AFTER_EN = re.compile(rf"^\s+{_KINDS_EN}\b")
_KIND_AFTER_TR = re.compile(rf"\s+{_KINDS_TR}")
_PARENS = re.compile(r"^\s*\(\s*$")
_IN_EN = re.compile(rf"^(?:,\s+an?\s+(?:\w+\s+)?{_KINDS_EN}|\s+{_KINDS_EN})?\s+in\s+(?:the\s+)?$")
_COMMA = re.compile(r"^,\s+$")
_DEMONYM_KIND_EN = re.compile(rf"^\s+{_KINDS_EN}\s+of\s+(?:the\s+)?$")


def locations(s: Sentence) -> None:
    places = [m for m in s.mentions if m.type == "Place" and m.kind in ("name", "discovered")]
    if not places:
        return
    containers = [m for m in s.mentions if m.type in _CONTAINERS and m.kind in ("name", "discovered")]
    folded = s.folded
    if s.lang == "en":
        _demonym_kind(s, places)
    for place in places:
        for outer in containers:
            if outer.key == place.key or outer.start == place.start:
                continue
            if outer.end <= place.start:
                gap = folded[outer.end : place.start]
                if s.lang == "en" and _POSSESSIVE_EN.match(gap):
                    _state(s, place, outer, "location.possessive")
                elif s.lang == "tr" and _tr_genitive(s, outer, place):
                    _state(s, place, outer, "location.genitive")
                continue
            gap = folded[place.end : outer.start]
            if _PARENS.match(gap) and folded[outer.end : outer.end + 3].lstrip().startswith(")"):
                _state(s, place, outer, "location.parenthesis")
            elif s.lang != "en":
                continue
            elif _IN_EN.match(gap) and (
                gap.startswith(",") or _kind_before(s, place) or _KIND_AFTER_EN.match(gap)
            ):
                _state(s, place, outer, "location.in")
            elif (
                outer.type == "State"
                and _COMMA.match(gap)
                and re.match(r"\s*(?:[,;.)]|$)", folded[outer.end : outer.end + 2])
            ):
                _state(s, place, outer, "location.comma")


def _demonym_kind(s: Sentence, places: list[M]) -> None:
    """ "the western Turkmen city of Awaza", "the Azerbaijani town of Yevlakh": the place is in
    the state the adjective names."""
    for adjective in (m for m in s.mentions if m.type == "State" and m.kind == "demonym"):
        for place in places:
            if place.start > adjective.end and _DEMONYM_KIND_EN.match(s.folded[adjective.end : place.start]):
                _state(s, place, adjective, "location.demonym")


def _kind_before(s: Sentence, place: M) -> bool:
    """ "the town of Yeghegnadzor in ...", "the port of Aktau in ..."."""
    return bool(re.search(rf"\b{_KINDS_EN}\s+of\s+$", s.folded[max(0, place.start - 30) : place.start]))


def _tr_genitive(s: Sentence, outer: M, place: M) -> bool:
    """ "Kars'ın Arpaçay ilçesi", "Rusya'nın başkenti Moskova", "Kazakistan'ın Aktau limanı"."""
    if not re.search(r"n?[ıiuü]n$", s.folded[outer.start : outer.end]):
        return False
    gap = s.folded[outer.end : place.start]
    if re.fullmatch(rf"\s+{_KINDS_TR}\s+", gap):
        return True  # "Rusya'nın başkenti Moskova"
    return bool(re.fullmatch(r"\s+(?:[\wçğıöşü]+\s+)?", gap)) and bool(
        _KIND_AFTER_TR.match(s.folded, place.end)
    )


# Regions larger than any city or state they are written beside ("Tahran'ın Kafkasya bölgesinde":
# Tehran's policy in the Caucasus, not a Caucasus inside Tehran)
_WIDE = frozenset({"caucasus", "south-caucasus", "central-asia", "europe", "asia", "middle-east", "eurasia"})


def _state(s: Sentence, place: M, outer: M, rule: str) -> None:
    if place.key in _WIDE and outer.key not in _WIDE:
        return
    s.state(place.key, "locatedIn", outer.key, "entity", s.cover(place, outer), rule)
