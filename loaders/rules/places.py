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
from loaders.rules.discovery import loosen_turkish

_CONTAINERS = frozenset({"State", "Place"})
_KINDS_EN = (
    r"(?:port|city|town|village|province|region|district|capital|exclave|enclave|border town|"
    r"border village|border crossing|autonomous republic|oblast|county|municipality|settlement|airport|"
    r"territory|field|gas field|oil field|terminal)"
)
_KINDS_TR = (
    r"(?:kenti|şehri|ilçesi|bölgesi|limani|köyü|ili|eyaleti|vilayeti|başkenti|sinir kapisi|kasabasi|"
    r"özerk cumhuriyeti|havalimani|beldesi)"
)
# "Gürcistan'ın Tiflis ve Ahılkelek şehirlerinden", "Kazakistan'ın Aktau, Azerbaycan'ın Bakü limanları"
_KINDS_TR_PLURAL = (
    r"(?:kentleri|şehirleri|ilçeleri|bölgeleri|limanlari|köyleri|illeri|vilayetleri|eyaletleri)"
)
# "Kazakhstan's port of Aktau", "Armenia's southern Syunik province", "Azerbaijan's exclave, Nakhchivan"
_POSSESSIVE_EN = re.compile(
    rf"^'s\s+(?:(?:\w+ern|main|key|strategic|capital)\s+)?"
    # "Georgia's Black Sea port of Poti", "Kazakhstan's Caspian port of Aktau"
    r"(?:(?:black sea|caspian(?: sea)?|mediterranean)\s+(?=port|city|town|coast))?"
    rf"{_KINDS_EN}?(?:\s+of)?[\s,]*$"
)
_KIND_AFTER_EN = re.compile(rf"^\s+{_KINDS_EN}\b")
_KIND_AFTER_TR = re.compile(rf"\s+{_KINDS_TR}")
_PARENS = re.compile(r"^\s*\(\s*$")
_DIRECTIONS_EN = (
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
)
_IN_EN = re.compile(
    rf"^(?:,\s+an?\s+(?:\w+\s+)?{_KINDS_EN}|\s+{_KINDS_EN}|,)?\s+in\s+(?:the\s+)?{_DIRECTIONS_EN}?$"
)
# "Jermuk, Vayots Dzor province,": a place, a comma, and the province (region, district) it is in
_AREA_KINDS_EN = r"(?:province|region|district|oblast|county|municipality|rayon|governorate)"
_AREA_AFTER_EN = re.compile(rf"(?:\s+{_AREA_KINDS_EN}\b)?")
_AREA_CLOSE_EN = re.compile(r"\s*(?:[,;.)]|$)")
# "Kars ili Arpaçay ilçesi", "Iğdır ili Aralık ilçesindeki": the province in the nominative before
_PROVINCE_TR = re.compile(r"\s+(?:ili|vilayeti|eyaleti|bölgesi)\s+$")
_DISTRICT_AFTER_TR = re.compile(r"\s+(?:ilçe|köy|belde|kasaba|mahalle)\w*")
_COMMA = re.compile(r"^,\s+$")
# "Margara, located in Armenia's Armavir province", "Kapan is located in Syunik", "Meghri lies in
# southern Armenia"
_LOCATED_EN = re.compile(
    rf"^(?:\s+{_KINDS_EN})?,?\s+(?:(?:is|was|are|were)\s+)?(?:(?:located|situated|lying|lies|sits|nestled)\s+)?"
    rf"in\s+(?:the\s+)?{_DIRECTIONS_EN}?$"
)
_DIRECTION_EN = (
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
)
# "Kars in Turkey", "Meghri in southern Armenia" (a state right after "in")
_IN_STATE_EN = re.compile(rf"^\s+in\s+(?:the\s+)?{_DIRECTION_EN}?$")
_PAREN_IN_EN = re.compile(r"^\s*\(\s*in\s+(?:the\s+)?$")
# "the Azerbaijani town of Yevlakh", "the Georgian port city of Batumi", "the Georgian Black Sea port of Poti"
_DEMONYM_KIND_EN = re.compile(
    rf"^\s+(?:(?!(?:the|a|an|of|and|or|to|in|has|have|had|is|was|will)\b)[\w-]+(?<!ed)\s+){{0,2}}?"
    rf"{_KINDS_EN}\s+of\s+(?:the\s+)?$"
)
# "the Azerbaijani capital, Baku", "the Armenian capital Yerevan": the kind right before the name
_DEMONYM_KIND_NAME_EN = re.compile(
    rf"^\s+(?:(?!(?:the|a|an|of|and|or|to|in|has|have|had|is|was|will)\b)[\w-]+(?<!ed)\s+){{0,2}}?"
    rf"{_KINDS_EN},?\s+$"
)
_DEMONYM_KINDS_EN = re.compile(
    r"^\s+(?:border\s+)?(?:villages|towns|cities|provinces|regions|districts|ports|settlements)\s+of\s+(?:the\s+)?$"
)


def locations(s: Sentence) -> None:
    if s.lang == "en":
        _body_named_in_en(s)
    _force_where(s)
    if s.lang == "en":
        _deployed_en(s)
    places = [m for m in s.mentions if m.type == "Place" and m.kind in ("name", "discovered")]
    if not places:
        return
    containers = [m for m in s.mentions if m.type in _CONTAINERS and m.kind in ("name", "discovered")]
    folded = s.folded
    if s.lang == "en":
        _demonym_kind(s, places)
        _its(s, places)
        _apposition(s, places)
        _kind_of(s, places)
        _in_states_part_en(s, places)
        _on_the_sea_en(s, places)
        _sea_adjective_en(s, places)
        _located_fronted_en(s, places)
    else:
        _on_the_sea_tr(s, places)
        _attached_tr(s, places)
        _side_tr(s, places)
        _part_of_tr(s, places)
        _listed_tr(s, places)
        _locative_tr(s, places)
        _built_tr(s, places)
        _within_borders_tr(s, places)
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
                elif (
                    s.lang == "tr"
                    and _PROVINCE_TR.fullmatch(gap)
                    and (
                        _DISTRICT_AFTER_TR.match(folded, place.end)
                        or _DISTRICT_AFTER_TR.search(" " + folded[place.start : place.end])
                    )
                    and _consistent(s, place.key, outer.key)
                ):
                    _state(s, place, outer, "location.province")
                continue
            gap = folded[place.end : outer.start]
            if _PARENS.match(gap) and folded[outer.end : outer.end + 3].lstrip().startswith(")"):
                _state(s, place, outer, "location.parenthesis")
            elif s.lang != "en":
                continue
            elif _IN_EN.match(gap) and (
                gap.startswith(",") or _kind_before(s, place) or _KIND_AFTER_EN.match(gap)
            ):
                possessive = folded.startswith("'s ", outer.end)
                inner = s.at(outer.end + 3, len(s.text), {"Place"}) if possessive else None
                bare = re.match(r",\s+in\s", gap) is not None  # ", in (western) Azerbaijan": no kind
                if possessive and inner is None and bare:
                    continue  # "Baku, in Armenia's view, ...": no place of the state's follows
                # "Tegh, a village in Armenia's Syunik province": the province
                if not bare or _consistent(s, place.key, (inner or outer).key):
                    _state(s, place, inner or outer, "location.in")
            elif (where := _located_en(s, place, outer, gap)) is not None:
                # "Margara, located in Armenia's Armavir province": the province
                _state(s, place, where, "location.in")
            elif (
                outer.type == "Place"
                and _COMMA.match(gap)
                and (
                    re.search(rf"\s{_AREA_KINDS_EN}$", folded[outer.start : outer.end])
                    or re.match(rf"\s+{_AREA_KINDS_EN}\b", folded[outer.end :])
                )
                and _AREA_CLOSE_EN.match(folded, _AREA_AFTER_EN.match(folded, outer.end).end())  # type: ignore[union-attr]
                and _consistent(s, place.key, outer.key)
            ):
                # "Jermuk, Vayots Dzor province, ...": the area it is in
                _state(s, place, outer, "location.comma")
            elif (
                outer.type == "State"
                and _IN_STATE_EN.match(gap)
                and folded.startswith("'s ", outer.end)
                and (inner := s.at(outer.end + 3, len(s.text), {"Place"})) is not None
                and _consistent(s, place.key, inner.key)
            ):
                # "Sotk in Armenia's Gegharkunik province": the province
                _state(s, place, inner, "location.in")
            elif (
                outer.type == "State"
                and _IN_STATE_EN.match(gap)
                and not folded[outer.end : outer.end + 2].startswith("'")
                and _consistent(s, place.key, outer.key)
            ):
                # "between Kars in Turkey and Nakhchivan in Azerbaijan", "Meghri in southern Armenia"
                _state(s, place, outer, "location.in")
            elif _PAREN_IN_EN.match(gap) and re.match(
                rf"\s*(?:{_KINDS_EN}s?)?\s*\)", folded[outer.end : outer.end + 30]
            ):
                _state(s, place, outer, "location.parenthesis")  # "Akhalkalaki (in Javakheti region)"
            elif (
                outer.type == "State"
                and _COMMA.match(gap)
                and (
                    re.match(r"\s*(?:[,;.)]|$)", folded[outer.end : outer.end + 2])
                    # "met in Davos, Switzerland on Tuesday", "talks in Milan, Italy last week": after a
                    # place slot, a preposition or time word closes the state as a comma would
                    or (
                        _PLACE_SLOT_EN.search(folded, 0, place.start) is not None
                        and _STATE_CLOSED_EN.match(folded, outer.end) is not None
                        and _consistent(s, place.key, outer.key)
                    )
                )
                and not s.text[place.start : place.end].isupper()  # "BAKU, Azerbaijan —": a dateline
                and not place.key.endswith(("-sea", "-river", "-lake"))  # "the Caspian Sea, Azerbaijan"
            ):
                _state(s, place, outer, "location.comma")


_PLACE_SLOT_EN = re.compile(r"\b(?:in|at|near|outside|from|to)\s+(?:the\s+)?$")
_STATE_CLOSED_EN = re.compile(
    r"\s+(?:on|in|at|during|for|last|this|next|earlier|later|yesterday|today|where|when|after|before|"
    r"since|until)\b"
)


def _located_en(s: Sentence, place: M, outer: M, gap: str) -> M | None:
    """The place or state a place is said to be located in ("located / situated in", "lies in",
    "is in"); after a state's possessive, the place of the state's that follows."""
    if not _LOCATED_EN.match(gap) or not re.search(
        r"\b(?:located|situated|lying|lies|sits|nestled|is|was|are|were)\s", gap
    ):
        return None
    where: M | None = outer
    if s.folded.startswith("'s ", outer.end):
        where = s.at(outer.end + 3, len(s.text), {"Place"})  # none: "Baku, located in Russia's airspace"
    return where if where is not None and _consistent(s, place.key, where.key) else None


# "Poti, a Black Sea port", "the Anaklia deep sea port, which would be the second-largest Black Sea
# port", "Batumi is a Georgian Black Sea port"
_BEFORE_SEA_EN = re.compile(
    r"(?:\s+(?:deep[\s-]sea\s+)?port)?(?:,\s+(?:which\s+)?|\s+)(?:(?:is|was|would be|will be|remains)\s+)?"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
)
_SEA_KIND_EN = re.compile(r"\s+(?:port|harbou?r|coast|city|town|resort)\b")
# "Karadeniz'deki Batum Limanı", "Karadeniz kıyısındaki Poti"
_SEA_AT_TR = re.compile(r"(?:'?n?[dt][ae]ki|\s+kiyisindaki|\s+sahilindeki)\s+")


def _seas(s: Sentence) -> list[M]:
    return [
        m
        for m in s.mentions
        if m.type == "Place" and m.kind == "name" and m.key.endswith(("-sea", "-ocean", "-gulf"))
    ]


# "the Caspian port of Alat", "Georgia's Black Sea port of Poti", "the Mediterranean port city of Mersin":
# the sea's adjective before the kind of place, the place after "of"
_SEA_ADJECTIVE_EN = re.compile(
    r"\b(?P<sea>caspian|black sea|mediterranean|persian gulf)(?:\s+sea)?\s+(?:deep[\s-]sea\s+)?"
    r"(?:sea)?(?:port|harbou?r|coast|city|town|resort|terminal)(?:\s+(?:city|town))?\s+of\s+(?:the\s+)?"
)
_SEA_KEYS = {
    "caspian": "caspian-sea",
    "black sea": "black-sea",
    "mediterranean": "mediterranean-sea",
    "persian gulf": "persian-gulf",
}


def _sea_adjective_en(s: Sentence, places: list[M]) -> None:
    """A port written with its sea's adjective before it is on that sea."""
    if "port" not in s.folded and "coast" not in s.folded and "harbo" not in s.folded:
        return
    for match in _SEA_ADJECTIVE_EN.finditer(s.folded):
        # (or a name that holds the kind word: "the Caspian Port of Alat")
        place = next((m for m in places if match.start() < m.start <= match.end() < m.end), None)
        sea = _SEA_KEYS[match.group("sea")]
        if place is not None and sea in s.lexicon.entities and not place.key.endswith(("-sea", "-gulf")):
            s.state(place.key, "locatedIn", sea, "entity", (match.start(), place.end), "location.sea")


# "Alat, the largest port of the Caspian Sea", "Aktau, the main port on the Caspian", "Kuryk port on
# the Caspian Sea", "Lianyungang Port in the Pacific Ocean"
_PORT_OF_SEA_EN = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:sea\s+)?(?:port|harbou?r|terminal|hub)\s+(?:of|on|in)\s+(?:the\s+)?|"
    r"\s+(?:sea\s+)?(?:port|harbou?r|terminal)\s+(?:on|in)\s+(?:the\s+)?"
)


_NAMED_PORT_EN = re.compile(r"\s(?:sea\s*)?(?:port|harbou?r)$")
_ON_SEA_EN = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?")


def _on_the_sea_en(s: Sentence, places: list[M]) -> None:
    """A port or town written as the sea's: it is on (in) that sea."""
    for sea in _seas(s):
        for place in places:
            if (
                place.end <= sea.start
                and not place.key.endswith(("-sea", "-ocean", "-gulf"))
                and (
                    _PORT_OF_SEA_EN.fullmatch(s.folded, place.end, sea.start)
                    # "Lianyungang Port in the Pacific Ocean": the port word inside the name
                    or (
                        _NAMED_PORT_EN.search(s.folded, place.start, place.end) is not None
                        and _ON_SEA_EN.fullmatch(s.folded, place.end, sea.start) is not None
                    )
                )
            ):
                # "Alat, the largest port of the Caspian Sea", "Kuryk port on the Caspian Sea"
                s.state(place.key, "locatedIn", sea.key, "entity", s.cover(place, sea), "location.sea")
        if not _SEA_KIND_EN.match(s.folded, sea.end):
            continue
        for place in places:
            if (
                place.end <= sea.start
                and not place.key.endswith("-sea")
                and _BEFORE_SEA_EN.fullmatch(s.folded, place.end, sea.start)
            ):
                s.state(place.key, "locatedIn", sea.key, "entity", s.cover(place, sea), "location.sea")


def _on_the_sea_tr(s: Sentence, places: list[M]) -> None:
    for sea in _seas(s):
        at = _SEA_AT_TR.match(s.folded, sea.end)
        if at is None and re.search(r"[dt][ae]ki$", s.folded[sea.start : sea.end]):
            at = re.compile(r"\s+").match(s.folded, sea.end)
        place = s.at(at.end(), len(s.text), {"Place"}) if at else None
        if place is not None and not place.key.endswith("-sea"):
            s.state(place.key, "locatedIn", sea.key, "entity", s.cover(sea, place), "location.sea")


# "the EU Mission in Armenia", "the OSCE Office in Yerevan", "the US Embassy in Baku": a body named
# after the place it works in is there
_BODY_IN_EN = re.compile(
    r"\b(?:mission|office|embassy|consulate|representation|delegation|centre|center|base|headquarters|"
    r"bureau)\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’ -]+)$",
    re.IGNORECASE,
)


def _body_named_in_en(s: Sentence) -> None:
    """A body whose name says where it works ("the EU Mission in Armenia") is located there."""
    for body in s.mentions:
        if body.type != "Organization" or body.kind not in ("name", "discovered"):
            continue
        named = _BODY_IN_EN.search(s.text, body.start, body.end)
        if named is None:
            continue
        found = [
            key
            for key, start, end in s.lexicon.find(named.group("place"))
            if start == 0 and end == len(named.group("place")) and s.lexicon.entities[key].type in _CONTAINERS
        ]
        if found and found[0] != body.key:
            s.state(body.key, "locatedIn", found[0], "entity", (body.start, body.end), "location.body")


# "Russian peacekeeping forces in Nagorno-Karabakh", "the peacekeeping contingent stationed in X";
# "Dağlık Karabağ'daki Rus barış güçleri", "Rus barış güçleri Karabağ'a yerleştirildi / konuşlandırıldı",
# "Karabağ'da konuşlu Rus barış gücü"
_FORCE_PLACES = frozenset({"State", "Place", "Corridor"})
_FORCE_IN_EN = re.compile(r"\s+(?:(?:stationed|deployed|based|serving)\s+)?in\s+(?:the\s+)?")
_FORCE_AT_TR = re.compile(r"['’]?n?[dt][ae]ki$")
_FORCE_SENT_TR = re.compile(
    r"(?:yerleştiril|konuşlandiril|konuşlan|gönderil|intikal ettiril|sevk edil)\w*|konuşlu\b|görev yap\w*"
)


def _force_where(s: Sentence) -> None:
    """A peacekeeping force or monitoring mission written with the place it is in, or sent there,
    is located there."""
    forces = [m for m in s.mentions if m.type == "Organization" and _FORCE_KEY.search(m.key)]
    if not forces:
        return
    places = [m for m in s.mentions if m.type in _FORCE_PLACES and m.kind in ("name", "discovered")]
    for force in forces:
        where: list[M] = []
        if s.lang == "en":
            gap = _FORCE_IN_EN.match(s.folded, force.end)
            place = s.at(gap.end(), len(s.text), _FORCE_PLACES) if gap else None
            where += [place] if place is not None else []
        else:
            # "Dağlık Karabağ'daki Rus barış güçleri": the place in the locative right before
            before = s.ending_near(force.start, _FORCE_PLACES, r"\s*")
            if before is not None and _FORCE_AT_TR.search(s.folded[before.start : before.end]):
                where.append(before)
            # "Rus barış güçleri Karabağ'a yerleştirildi", "... Karabağ'da konuşlandırıldı": the place in the
            # dative or locative before a verb of sending or stationing, in the force's clause
            verb = _FORCE_SENT_TR.search(s.folded, force.end)
            if verb is not None and not re.search(r"[;.]", s.folded[force.end : verb.start()]):
                for m in places:
                    if (
                        force.end <= m.start < verb.start()
                        and verb.start() - m.end <= 40
                        and re.search(r"['’]?(?:y|n)?[ae]$|['’]?n?[dt][ae]$", s.folded[m.start : m.end])
                    ):
                        where.append(m)
        for m in where:
            if m.key != force.key:
                s.state(force.key, "locatedIn", m.key, "entity", s.cover(force, m), "location.force")


# A body that is deployed somewhere: a peacekeeping force, a monitoring mission
_FORCE_KEY = re.compile(r"peacekeep|contingent|mission|monitor|observer|-force")
_DEPLOY_EN = re.compile(r"\b(?:deploy\w*|stationed|based|redeploy\w*)\b")
_AT_EN = re.compile(r"\b(?:in|to|at|into|along)\s+(?:the\s+)?$")


def _deployed_en(s: Sentence) -> None:
    """ "The Russian peacekeeping mission has deployed nine observation posts ... in Nagorno-Karabakh
    as well as seven temporary outposts in the Lachin corridor", "the command center of the Russian
    peacekeeping forces finished its deployment to Stepanakert": the force is where it deployed."""
    forces = [m for m in s.mentions if m.type == "Organization" and _FORCE_KEY.search(m.key)]
    for force in forces:
        deploy = _DEPLOY_EN.search(s.folded, force.end)
        if (
            deploy is None
            or deploy.start() - force.end > 60
            or re.search(r"[;.]", s.folded[force.end : deploy.start()])
        ):
            continue
        clause = re.search(
            r";|,\s+(?:the\s+)?[\w\s]{0,40}?\b(?:said|says|reported)\b|$", s.folded[deploy.end() :]
        )
        stop = deploy.end() + (clause.start() if clause else 0)
        for m in s.mentions:
            if (
                (m.type in ("Place", "Corridor") or (m.type == "State" and m.start - deploy.end() <= 12))
                and deploy.end() <= m.start < stop
                and _AT_EN.search(s.folded[max(deploy.end(), m.start - 12) : m.start])
            ):
                s.state(force.key, "locatedIn", m.key, "entity", s.cover(force, m), "location.deployed")


_REGION_KIND_OF_EN = re.compile(
    r"\s+(?:border\s+)?(?:village|town|city|settlement|district|port|suburb)\s+of\s+(?:the\s+)?"
)


def _demonym_kind(s: Sentence, places: list[M]) -> None:
    """ "the western Turkmen city of Awaza", "the Azerbaijani town of Yevlakh": the place is in
    the state the adjective names (read as a demonym, or as the state's name with a suffix)."""
    for adjective in (m for m in s.mentions if m.type == "State"):
        for place in places:
            if place.start > adjective.end and _DEMONYM_KIND_EN.match(s.folded[adjective.end : place.start]):
                _state(s, place, adjective, "location.demonym")
            elif (
                place.start > adjective.end
                and adjective.kind == "demonym"
                and re.search(r"\bthe\s+$", s.folded[max(0, adjective.start - 5) : adjective.start])
                and _DEMONYM_KIND_NAME_EN.match(s.folded[adjective.end : place.start])
                and _consistent(s, place.key, adjective.key)
            ):
                # "the Azerbaijani capital, Baku", "the Armenian border town Tegh"
                _state(s, place, adjective, "location.demonym")
            elif place.start > adjective.end and _DEMONYM_KINDS_EN.match(
                s.folded[adjective.end : place.start]
            ):
                # "the Armenian border villages of Voskepar and Kirants"
                for item in s.coordination(place, {"Place"}):
                    _state(s, item, adjective, "location.demonym")
    for region in places:
        # "the Syunik town of Kapan", "the Gazakh village of Gizilhajili": a region's name before the
        # kind of place
        # (a region the lexicon knows: not "the Mediterranean port of Mersin", a sea's adjective)
        if region.kind != "name" or not re.search(
            r"\bthe\s+$", s.folded[max(0, region.start - 5) : region.start]
        ):
            continue
        kind = _REGION_KIND_OF_EN.match(s.folded, region.end)
        held = next((m for m in places if kind is not None and m.start == kind.end()), None)
        if held is not None and held.key != region.key and _consistent(s, held.key, region.key):
            _state(s, held, region, "location.region")


# "Located on the east coast of the Caspian Sea, Aktau seaport ...", "Situated in Syunik, Meghri ...":
# a participle of place opening the sentence, then the place it describes after the comma
_FRONTED_EN = re.compile(
    r"^(?:located|situated|lying|nestled)\s+(?:on|in|at|along|near)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:coast|shore|bank|banks|edge|part)\s+of\s+(?:the\s+)?)?"
)


def _located_fronted_en(s: Sentence, places: list[M]) -> None:
    fronted = _FRONTED_EN.match(s.folded)
    if fronted is None:
        return
    outer = next((m for m in s.mentions if m.start == fronted.end() and m.type in _CONTAINERS), None)
    comma = s.folded.find(",", fronted.end())
    if outer is None or comma < 0:
        return
    described = next((m for m in places if comma < m.start <= comma + 6), None)
    sea = outer.key.endswith(("-sea", "-ocean", "-gulf"))  # a port is on a sea whatever state it is in
    if (
        described is not None
        and described.key != outer.key
        and (sea or _consistent(s, described.key, outer.key))
    ):
        _state(s, described, outer, "location.fronted")


def _kind_before(s: Sentence, place: M) -> bool:
    """ "the town of Yeghegnadzor in ...", "the port of Aktau in ..."."""
    return bool(re.search(rf"\b{_KINDS_EN}\s+of\s+$", s.folded[max(0, place.start - 30) : place.start]))


def _tr_genitive(s: Sentence, outer: M, place: M) -> bool:
    """ "Kars'ın Arpaçay ilçesi", "Rusya'nın başkenti Moskova", "Kazakistan'ın Aktau limanı",
    "Syunik bölgesinin Meghri kasabası" (the genitive on the kind after the name)."""
    gap = s.folded[outer.end : place.start]
    if _KIND_GENITIVE_TR.fullmatch(gap) and (
        _KIND_AFTER_TR.match(s.folded, place.end)
        or _KIND_AFTER_TR.search(" " + s.folded[place.start : place.end])
    ):
        return _consistent(s, place.key, outer.key)
    if not re.search(r"n?[ıiuü]n$", s.folded[outer.start : outer.end]):
        return False
    if re.fullmatch(rf"\s+(?:liman|sahil|sinir|kiyi|kültür)?\s*{_KINDS_TR}\s+", gap):
        return True  # "Rusya'nın başkenti Moskova", "Gürcistan'ın liman kenti Batum"
    if (
        re.fullmatch(r"\s+[\wçğıöşü]+\s+[\wçğıöşü]+(?:[dt][ae]ki)\s+", gap)
        and _KIND_AFTER_TR.match(s.folded, place.end)
        and not any(outer.end < m.start < place.start for m in s.mentions if m.type in _CONTAINERS)
    ):
        return True  # "Kazakistan'ın Hazar kıyısındaki Aktau limanı"; not "Gürcistan'ın Telavi kentindeki X"
    # one word between, not a noun in a case of its own ("İspanya'nın organizasyonunda Granada'da")
    return (
        bool(re.fullmatch(r"\s+(?:[\wçğıöşü]+\s+)?", gap))
        and not re.search(r"(?:[dt][ae]n?|y[ae]|n[ıiuü]n)\s+$", gap)
        and bool(
            _KIND_AFTER_TR.match(s.folded, place.end)
            or _KIND_AFTER_TR.search(" " + s.folded[place.start : place.end])
        )
    )


# Regions larger than any city or state they are written beside ("Tahran'ın Kafkasya bölgesinde":
# Tehran's policy in the Caucasus, not a Caucasus inside Tehran)
_WIDE = frozenset({"caucasus", "south-caucasus", "central-asia", "europe", "asia", "middle-east", "eurasia"})


def _state(s: Sentence, place: M, outer: M, rule: str) -> None:
    if place.key in _WIDE:
        return  # a wide region is in no state, nor in another wide region ("Çin-Avrupa (Orta Asya)")
    if place.key.endswith(("-sea", "-river", "-lake", "-gulf")):
        return  # "Georgia's Black Sea ports": a sea is in no state
    s.state(place.key, "locatedIn", outer.key, "entity", s.cover(place, outer), rule)


def _consistent(s: Sentence, place: str, outer: str) -> bool:
    """Whether ``place`` in ``outer`` agrees with what the lexicon knows of the place (a place
    it knows is in one state only: "flew from Baku in Russia" says nothing of Baku)."""
    chain = _chain(s, place)
    if chain and outer not in s.lexicon.located_in and outer not in s.lexicon.entities:
        # a district the lexicon does not know ("Iğdır'ın Karakoyunlu ilçesinde bulunan Alican"): where the
        # sentence puts it, if it says so
        said = {st.object for st in s.out if st.relation == "locatedIn" and st.subject == outer}
        return not said or bool(said & set(chain))
    return not chain or outer in chain or chain[0] in _chain(s, outer)


def _chain(s: Sentence, key: str) -> list[str]:
    """The places and state the lexicon puts ``key`` in, nearest first."""
    chain: list[str] = []
    while key in s.lexicon.located_in and len(chain) < 8:
        key = s.lexicon.located_in[key]
        chain.append(key)
    return chain


# "connect Azerbaijan with its Nakhchivan exclave", "Armenia and its Syunik province"
_ITS_BEFORE = re.compile(r"\bits\s+(?:(?:own|\w+ern|autonomous|strategic)\s+)?$")
_ITS_KIND_BEFORE = re.compile(rf"\bits\s+(?:\w+\s+)?{_KINDS_EN}(?:\s+of|,)?\s+$")
_KIND_NEXT_EN = re.compile(rf"\s+{_KINDS_EN}\b")
_OWNER_GAP = re.compile(r",?\s+(?:and|to|with|from)\s+(?:the\s+)?")


def _its(s: Sentence, places: list[M]) -> None:
    """ "Azerbaijan and its Nakhchivan exclave", "its exclave of Nakhchivan": the place is in the
    state "its" stands for, the state joined to it, or the one state the sentence names before."""
    for place in places:
        before = s.folded[max(0, place.start - 40) : place.start]
        kind_after = _KIND_NEXT_EN.match(s.folded, place.end) or re.search(
            rf"\s{_KINDS_EN}$", s.folded[place.start : place.end]
        )  # "its Tavush province", the kind inside the lexicon's name
        its = _ITS_BEFORE.search(before) if kind_after else None
        its = its or _ITS_KIND_BEFORE.search(before)
        if its is None:
            continue
        at = max(0, place.start - 40) + its.start()
        owner = s.ending_near(at, {"State"}, _OWNER_GAP.pattern)
        if owner is None:
            named = {m.key for m in s.mentions if m.type == "State" and m.kind == "name" and m.end <= at}
            owners = [m for m in s.mentions if m.type == "State" and m.kind == "name" and m.end <= at]
            owner = owners[-1] if len(named) == 1 else None
        if owner is not None and owner.key != place.key and _consistent(s, place.key, owner.key):
            _state(s, place, owner, "location.its")


# "Nakhchivan, an Azerbaijani enclave", "Syunik, the only Armenian province bordering Iran",
# "Nakhchivan, Azerbaijan's exclave region", "Karabakh, a region recognized as part of Azerbaijan"
_APPOSED = re.compile(r",\s+(?:an?|the)\s+")
_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")
_APPOSED_POSSESSIVE = re.compile(r",\s+")
_PART_OF_EN = re.compile(
    r",\s+(?:an?\s+(?:region|territory|area|province|district)\s+)?"
    r"(?:(?:internationally|officially|widely|legally|universally)\s+)?"
    r"(?:(?:recogni[sz]ed|considered|regarded|seen)\s+as\s+)?(?:an?\s+)?(?:integral\s+)?part\s+of\s+(?:the\s+)?"
    r"(?:republic\s+of\s+)?"
)


_KIND_OF_APPOSED_EN = re.compile(
    rf",\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?{_KINDS_EN}\s+of\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+)?{_KINDS_EN}\s+of\s+(?:the\s+)?)?"
)


def _apposition(s: Sentence, places: list[M]) -> None:
    folded = s.folded
    states = [m for m in s.mentions if m.type == "State"]
    for place in places:
        lead = _APPOSED.match(folded, place.end)
        if lead:
            adjective = next(
                (
                    m
                    for m in states
                    if lead.end() <= m.start <= lead.end() + 25
                    and _WORDS.fullmatch(folded[lead.end() : m.start])
                ),
                None,
            )
            if adjective is not None and re.match(rf"\s+(?:\w+\s+)?{_KINDS_EN}\b", folded[adjective.end :]):
                if _consistent(s, place.key, adjective.key):
                    _state(s, place, adjective, "location.apposition")
                continue
        comma = _APPOSED_POSSESSIVE.match(folded, place.end)
        if comma:
            # (a state, or a larger place: "Kapan, Syunik's main town")
            owner = next(
                (
                    m
                    for m in s.mentions
                    if m.type in _CONTAINERS and m.start == comma.end() and m.kind in ("name", "discovered")
                ),
                None,
            )
            if owner is not None and re.match(
                rf"'s\s+(?:[\w-]+\s+){{0,3}}?{_KINDS_EN}\b", folded[owner.end :]
            ):
                if _consistent(s, place.key, owner.key):
                    _state(s, place, owner, "location.apposition")
                continue
        kind_of = _KIND_OF_APPOSED_EN.match(folded, place.end)
        outer = s.at(kind_of.end(), len(s.text), _CONTAINERS) if kind_of else None
        if outer is not None and outer.key != place.key and _consistent(s, place.key, outer.key):
            # "Tbilisi, the capital of Georgia", "Stepanakert, capital of the breakaway region of Karabakh"
            _state(s, place, outer, "location.apposition")
            continue
        part = _PART_OF_EN.match(folded, place.end)
        if part and not re.search(r"[,;.]", part.group(0)[1:]):
            outer = s.at(part.end(), len(s.text), _CONTAINERS)
            if outer is not None and outer.key != place.key and _consistent(s, place.key, outer.key):
                _state(s, place, outer, "location.part-of")


# "the Syunik province of Armenia"; "into Armenia in the provinces of Syunik and Gegharkunik"
# (an alias in brackets between: "the Ijevan (Karvansaray) city of Armenia")
_KIND_OF_EN = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s+{_KINDS_EN}\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?")
_OF_EN = re.compile(r"\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?")
_KINDS_OF_BEFORE_EN = re.compile(
    r"\b(?:regions|provinces|districts|villages|towns|cities|settlements|municipalities|communities)\s+"
    r"of\s+(?:the\s+)?(?:republic\s+of\s+)?$"
)
_LIST_AFTER_EN = re.compile(r"\s*(?:[-–—:]|,?\s+(?:such as|including|namely))\s*")
_IN_KINDS_OF_EN = re.compile(rf"\s+in\s+(?:the\s+)?{_KINDS_EN}s?\s+of\s+(?:the\s+)?")


# "in Vladivostok in Russia's Far East", "Lankaran, in Azerbaijan's south", "Gyumri in northwestern
# Armenia": the part of the state after the place
_IN_PART_EN = re.compile(r"\s*,?\s+in\s+(?:the\s+)?$")
_PART_AFTER_EN = re.compile(
    r"['’]s\s+(?:far\s+|extreme\s+|mountainous\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\b"
)


def _in_states_part_en(s: Sentence, places: list[M]) -> None:
    if "'s" not in s.folded and "’s" not in s.folded:
        return
    for state in (m for m in s.mentions if m.type == "State" and m.kind == "name"):
        if not _PART_AFTER_EN.match(s.folded, state.end):
            continue
        place = next(
            (
                p
                for p in places
                if p.end < state.start and _IN_PART_EN.fullmatch(s.folded, p.end, state.start)
            ),
            None,
        )
        if place is not None and _consistent(s, place.key, state.key):
            _state(s, place, state, "location.part")


def _kind_of(s: Sentence, places: list[M]) -> None:
    for place in places:
        match = _KIND_OF_EN.match(s.folded, place.end)
        if match is None and re.search(rf"\s{_KINDS_EN}$", s.folded[place.start : place.end]):
            match = _OF_EN.match(s.folded, place.end)  # "the Tavush Province of Armenia"
        if match:
            outer = s.at(match.end(), len(s.text), {"State"})
            if outer is not None and re.match(r"'s\s", s.folded[outer.end : outer.end + 3]):
                # "Aghband settlement of Azerbaijan's Zangilan district": the district
                outer = s.at(outer.end + 3, len(s.text), {"Place"})
            if outer is not None and _consistent(s, place.key, outer.key):
                _state(s, place, outer, "location.kind-of")
    for state in (m for m in s.mentions if m.type == "State" and m.kind == "name"):
        listed = _LIST_AFTER_EN.match(s.folded, state.end)
        if listed is not None and _KINDS_OF_BEFORE_EN.search(s.folded, max(0, state.start - 60), state.start):
            # "five border regions of Armenia - Tavush, Syunik and Ararat", "the provinces of
            # Azerbaijan: A and B", "villages of Armenia, such as A and B": the places listed after
            first = s.at(listed.end(), len(s.text), {"Place"})
            for place in s.coordination(first, {"Place"}) if first is not None else ():
                if _consistent(s, place.key, state.key):
                    _state(s, place, state, "location.kind-of")
        match = _IN_KINDS_OF_EN.match(s.folded, state.end)
        first = s.at(match.end(), len(s.text), {"Place"}) if match else None
        if first is None:
            continue
        for place in s.coordination(first, {"Place"}):
            if _consistent(s, place.key, state.key):
                _state(s, place, state, "location.kind-of")


# "Ermenistan tarafındaki Akhurik", "sınırın Ermenistan tarafında yenilenen Margara sınır kapısı"
_SIDE_TR = re.compile(r"(?:'?n[ıiuü]n)?\s+tarafinda(?P<ki>ki)?\s+(?:[\wçğıöşü]+\s+){0,2}?")
_BORDER_KIND_TR = re.compile(rf"[\s()\wçğıöşü']{{0,20}}?\s(?:{_KINDS_TR}|sinir nokta\w*|kontrol nokta\w*)")


def _side_tr(s: Sentence, places: list[M]) -> None:
    for state in (m for m in s.mentions if m.type == "State" and m.kind == "name"):
        match = _SIDE_TR.match(s.folded, state.end)
        if match is None:
            continue
        place = next((p for p in places if match.end() <= p.start <= match.end() + 30), None)
        if place is None or not re.fullmatch(r"[\s\wçğıöşü]*", s.folded[match.end() : place.start]):
            continue
        bordered = _BORDER_KIND_TR.match(s.folded, place.end) or _BORDER_KIND_TR.search(
            " " + s.folded[place.start : place.end]
        )
        if (match.group("ki") or bordered) and _consistent(s, place.key, state.key):
            _state(s, place, state, "location.side")


# "Azerbaycan'ın kendi toprağı olan Nahçıvan", "Azerbaycan'ın bir parçası olan Nahçıvan"
_PART_OF_TR = re.compile(
    r"\s+(?:kendi\s+)?(?:bir\s+)?(?:topra[ğk][ıi]|parças[ıi]|ayrilmaz parças[ıi])\s+olan\s+"
)
_GENITIVE_TR = re.compile(r"n?[ıiuü]n$")


def _part_of_tr(s: Sentence, places: list[M]) -> None:
    for outer in (m for m in s.mentions if m.type in _CONTAINERS and m.kind == "name"):
        match = _PART_OF_TR.match(s.folded, outer.end)
        if match is None or not _GENITIVE_TR.search(s.folded[outer.start : outer.end]):
            continue
        place = next((p for p in places if p.start == match.end()), None)
        if place is not None and place.key != outer.key and _consistent(s, place.key, outer.key):
            _state(s, place, outer, "location.part-of")


_DATIVE_TR = re.compile(r"'?(?:y|n)?[ae]$")
_KIND_GENITIVE_TR = re.compile(r"\s+(?:il|ilçe|bölge|şehr|kent|vilayet|eyalet)\w*n[ıiuü]n\s+")
_LIST_JOIN_TR = re.compile(r"\s*,\s*|\s+(?:ve|ile)\s+")
_PLURAL_KIND_TR = re.compile(rf"\s+{_KINDS_TR_PLURAL}")


def _listed_tr(s: Sentence, places: list[M]) -> None:
    """ "Gürcistan'ın Tiflis ve Ahılkelek şehirlerinden", "Kazakistan'ın Aktau, Azerbaycan'ın Bakü
    limanları": each place of a list that ends in a plural kind is in the genitive before it."""
    folded = s.folded
    for place in places:
        outer = s.ending_near(place.start, _CONTAINERS, r"\s+")
        kind = (
            None if outer is not None else s.ending_near(place.start, _CONTAINERS, _KIND_GENITIVE_TR.pattern)
        )
        outer = outer or kind  # "Gazah ilinin Bağanis Ayrım, ... köyleri": the kind carries the genitive
        if outer is None or outer.kind not in ("name", "discovered") or outer.key == place.key:
            continue
        if kind is None and not _GENITIVE_TR.search(folded[outer.start : outer.end]):
            continue
        position, steps, items = place.end, 0, [place]
        while steps < 6:
            steps += 1
            if _PLURAL_KIND_TR.match(folded, position):
                for item in items:
                    if _consistent(s, item.key, outer.key):
                        _state(s, item, outer, "location.genitive")
                break
            join = _LIST_JOIN_TR.match(folded, position)
            nxt = s.at(join.end(), len(s.text), _CONTAINERS) if join else None
            if nxt is not None and _GENITIVE_TR.search(folded[nxt.start : nxt.end]):
                # "Aktau, Azerbaycan'ın Bakü limanları": the next item has its own genitive
                nxt = s.at(nxt.end, len(s.text), {"Place"})
            elif nxt is not None:
                items.append(nxt)
            if nxt is None:
                break
            position = nxt.end


# "Aktau'daki Kuryk Limanı": the port is in the place before it
_LOCATIVE_KI_TR = re.compile(r"[dt][ae]ki$")
# "Tavuş bölgesindeki Voskepar köyü": the kind of the place before, in the locative with -ki
_KIND_KI_TR = re.compile(r"\s+(?:bölge|ilçe|il|şehr|kent|vilayet|eyalet)\w*[dt][ae]ki\s+")


# "Iğdır'ın Karakoyunlu ilçesinde bulunan Alican Sınır Kapısı", "Kars'ta yer alan Arpaçay": located at
_SITUATED_TR = r"\s+(?:bulunan|yer alan|konumlanan)\s+"
_KIND_SITUATED_TR = re.compile(
    r"\s+(?:bölge|ilçe|il|şehr|kent|vilayet|eyalet|köy|kasaba)\w*?[dt][ae]" + _SITUATED_TR
)


# "Füzuli ilinde 8 ayda inşa edilen ... Füzuli Uluslararası Havalimanı": built in a place
_BUILT_TR = re.compile(
    r"(?P<kind>\s+(?:il|ilçe|bölge|kent|şehir|köy)\w*?[dt][ae])?\s+(?:[\wçğıöşü.]+\s+){0,3}?"
    r"(?:inşa edil|yapil|kurul)(?:en|an|miş|mış)\s+(?:(?:ve|olan|ilk|yeni|[\wçğıöşü]+[ıiuü]n)\s+){0,6}?$"
)


def _built_tr(s: Sentence, places: list[M]) -> None:
    """A place built (opened) in another: "Füzuli ilinde ... inşa edilen Füzuli Uluslararası
    Havalimanı" is in Füzuli."""
    for place in places:
        if not _KIND_AFTER_TR.search(" " + s.folded[place.start : place.end]) and not _KIND_AFTER_TR.match(
            s.folded, place.end
        ):
            continue
        for outer in s.mentions:
            if (
                outer.type in _CONTAINERS
                and outer.kind in ("name", "discovered")
                and outer.end <= place.start
                and place.start - outer.end <= 120
                and outer.key != place.key
                and (built := _BUILT_TR.fullmatch(s.folded, outer.end, place.start)) is not None
                and (built.group("kind") or re.search(r"[dt][ae]$", s.folded[outer.start : outer.end]))
                and _consistent(s, place.key, outer.key)
            ):
                _state(s, place, outer, "location.built")


# "Hudaferin Köprüsü, ... Cebrail ili sınırları içerisinde bulunuyor": the subject at the head lies
# within the borders of the place the predicate names
_WITHIN_BORDERS_TR = re.compile(
    r"(?:['’]?n[ıiuü]n)?(?:\s+(?:il|ilçe|bölge|rayon|vilayet|eyalet|kent|şehir)\w*)?\s+sinirlari\s+"
    r"i[çc](?:inde|erisinde)\s+(?:bulun|yer al|kal)(?!m(?:[ıiuü]yor|[ae]z\b|[ae]m[ıi]ş|[ae]d[ıi]))\w*"
)


def _within_borders_tr(s: Sentence, places: list[M]) -> None:
    if "sinirlari" not in s.folded:
        return
    # the subject: the place before the sentence's first comma ("... inşa edilen Hudaferin Köprüsü, ...")
    head = next(
        (m for m in places if re.match(r"\s*,", s.folded[m.end :]) and "," not in s.folded[: m.start]),
        None,
    )
    if head is None:
        return
    for outer in s.mentions:
        if (
            outer.type in _CONTAINERS
            and outer.start > head.end
            and outer.key != head.key
            and _WITHIN_BORDERS_TR.match(s.folded, outer.end)
            and _consistent(s, head.key, outer.key)
        ):
            _state(s, head, outer, "location.borders")


def _locative_tr(s: Sentence, places: list[M]) -> None:
    for place in places:
        situated = s.ending_near(place.start, _CONTAINERS, _SITUATED_TR)
        if situated is not None and not re.search(r"[dt][ae]$", s.folded[situated.start : situated.end]):
            situated = None
        situated = situated or s.ending_near(place.start, _CONTAINERS, _KIND_SITUATED_TR.pattern)
        if (
            situated is not None
            and situated.key != place.key
            and situated.kind in ("name", "discovered")
            and _consistent(s, place.key, situated.key)
        ):
            _state(s, place, situated, "location.locative")
            continue
        outer = s.ending_near(place.start, _CONTAINERS, r"\s+") or s.ending_near(
            place.start, _CONTAINERS, _KIND_KI_TR.pattern
        )
        if outer is None or outer.key == place.key or outer.kind not in ("name", "discovered"):
            continue
        here = _LOCATIVE_KI_TR.search(s.folded[outer.start : outer.end]) or _KIND_KI_TR.fullmatch(
            s.folded[outer.end : place.start]
        )
        # (the kind after the name, or inside it: "Karakoyunlu ilçesindeki Alican Sınır Kapısı")
        kind = _KIND_AFTER_TR.match(s.folded, place.end) or _KIND_AFTER_TR.search(
            " " + s.folded[place.start : place.end]
        )
        if here and kind and _consistent(s, place.key, outer.key):
            _state(s, place, outer, "location.locative")


# "Zengilan'a bağlı Ağbend köyü", "Kars'a bağlı Arpaçay ilçesi"; "Ağbend, Zengilan'a bağlı bir köydür":
# a place attached to the district or province it is administered from
_ATTACHED_TR = re.compile(r"\s+(?:bağli|ait)\s+(?:bir\s+)?")
_KIND_DATIVE_TR = re.compile(r"\s+(?:ilçe|il|rayon|bölge|vilayet|eyalet|şehr|kent)\w*?(?:y|n)[ae](?=\s)")
_ATTACHED_AFTER_TR = re.compile(
    r"\s+bağli\s+(?:bir\s+)?(?:köy|kasaba|belde|ilçe|kent|şehir|liman|bölge|il)\w*"
)


def _attached_tr(s: Sentence, places: list[M]) -> None:
    folded = s.folded
    for outer in (m for m in s.mentions if m.type in _CONTAINERS and m.kind in ("name", "discovered")):
        at = outer.end
        if not _DATIVE_TR.search(folded[outer.start : outer.end]):
            # "Gazah rayonuna bağlı Kızılhacılı köyü": the dative on the kind word after the name
            kind_dative = _KIND_DATIVE_TR.match(folded, outer.end)
            if kind_dative is None:
                continue
            at = kind_dative.end()
        attached = _ATTACHED_TR.match(folded, at)
        if attached is None:
            continue
        place = next((p for p in places if p.start == attached.end()), None)
        kind_here = place is not None and (
            _KIND_AFTER_TR.match(folded, place.end)
            or _KIND_AFTER_TR.search(" " + folded[place.start : place.end])
        )
        if (
            place is not None
            and kind_here
            and place.key != outer.key
            and _consistent(s, place.key, outer.key)
        ):
            _state(s, place, outer, "location.attached")
            continue
        # "Ağbend, Zengilan'a bağlı bir köydür"
        before = next(
            (p for p in places if p.end < outer.start and re.fullmatch(r",\s+", folded[p.end : outer.start])),
            None,
        )
        if (
            before is not None
            and _ATTACHED_AFTER_TR.match(folded, at)
            and _consistent(s, before.key, outer.key)
        ):
            _state(s, before, outer, "location.attached")


# Turkish typed without its own letters ("imzaladilar", "Nahcivan'a baglayacak"): every Turkish
# word and pattern of this module reads as with them
loosen_turkish(globals())
