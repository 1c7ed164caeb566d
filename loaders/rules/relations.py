"""Corridors (what they connect), control (of places and corridors, with
duration), stances (who objects to what) and wars (who fought)."""

from __future__ import annotations

import re

from loaders.rules import AGENT_TYPES, M, Sentence, modality

_ENDPOINTS = {"Place", "State"}

# -- corridors -----------------------------------------------------------------

_CONNECT = {
    "en": re.compile(
        r"\b(?:connect\w*|link\w*|join\w*|bridg\w*|access to|(?:route|road|railway|rail link|transit) between|"
        r"highway connection|land connection|land bridge)\b"
    ),
    "tr": re.compile(
        r"(?:bağla\w*|bağlanti\w*|birleştir\w*|ulaşim\w* (?:imkan|sağla)\w*|erişim\w*|"
        r"(?<=arasinda )(?:\w+\s+){0,3}(?:ulaşim|rota|güzergah|kara yolu|karayolu|demir ?yolu)\w*)"
    ),
}
_ANAPHOR = {
    "en": re.compile(r"^(?:this|it)\b|\b(?:the|this|that) (?:corridor|route|road|railway|line|project)\b"),
    "tr": re.compile(
        r"^bu\b|söz konusu (?:ulaşim )?(?:rota|koridor|güzergah|hat)\w*|\bbu (?:rota|koridor|güzergah|hat)\w*"
    ),
}


def corridors(s: Sentence, recent: list[str]) -> None:
    named = [m for m in s.mentions if m.type == "Corridor"]
    for corridor in named:
        _name_endpoints(s, corridor)
    if not named and recent:
        anaphor = _ANAPHOR[s.lang].search(s.folded)
        if anaphor is None:
            return
        named = [M(recent[-1], "Corridor", anaphor.start(), anaphor.end(), "coref")]
        s.mentions.append(named[0])
    if not named:
        return
    for trigger in _CONNECT[s.lang].finditer(s.folded):
        mood = modality(s, trigger.start(), trigger.end())
        if mood is None:
            continue
        following = [m for m in named if m.start >= trigger.end()]
        if s.lang == "tr" and following:
            corridor = following[0]
        else:
            corridor = min(named, key=lambda m: abs(m.start - trigger.start()))
        ends = _endpoints(s, trigger.start(), trigger.end(), corridor)
        for m in ends:
            s.state(
                corridor.key,
                "connects",
                m.key,
                "entity",
                s.cover(corridor, m, trigger.span()),
                "corridor.connects",
                modality=mood,
            )
        if ends:
            return


def _endpoints(s: Sentence, start: int, end: int, corridor: M) -> list[M]:
    """The places joined around a connect word: "between X and Y", "X ile Y
    arasinda", "connect X with Y", "X and Y will be connected"."""
    candidates = [
        m for m in s.mentions if m.type in _ENDPOINTS and not (corridor.start <= m.start < corridor.end)
    ]
    if s.lang == "en":
        between = re.search(
            r"\bbetween\s+(?:the\s+)?(?:west of\s+|east of\s+)?", s.folded[start : start + 40]
        )
        lead = re.match(r"\s*(?:the\s+)?(?:west of\s+|east of\s+)?", s.folded[end:])
        if between or lead:
            at = start + between.end() if between else end + (lead.end() if lead else 0)
            first = s.at(at, len(s.text), _ENDPOINTS)
            if first is not None and first in candidates:
                group = s.coordination(first, _ENDPOINTS)
                more = re.match(
                    r"\s*(?:and|with|to)\s+(?:the\s+)?(?:west of\s+|east of\s+)?", s.folded[group[-1].end :]
                )
                if len(group) == 1 and more:
                    second = s.at(group[-1].end + more.end(), len(s.text), _ENDPOINTS)
                    if second is not None:
                        group.append(second)
                if len(group) >= 2:
                    return group
        before = [m for m in candidates if m.end <= start]
        if before:
            group = s.coordination(before[-1], _ENDPOINTS, forward=False)
            if len(group) >= 2:
                return group
        return []
    window = s.folded[max(0, start - 90) : start]
    arasinda = re.search(r"\s*arasinda\w*\s+(?:\w+\s+){0,3}$", window)
    if arasinda:
        pos = max(0, start - 90) + arasinda.start()
        last = s.ending_near(pos, _ENDPOINTS, r"\s*")
        if last is not None:
            group = s.coordination(last, _ENDPOINTS, forward=False)
            if len(group) >= 2:
                return group
    before = [m for m in candidates if m.end <= start and start - m.end <= 60 and m.start > corridor.start]
    if before:
        group = s.coordination(before[-1], _ENDPOINTS, forward=False)
        if len(group) >= 2:
            return group
    return []


def _name_endpoints(s: Sentence, corridor: M) -> None:
    """ "Kars–Iğdir–Dilucu railway": the corridor links the places it is named after."""
    surface = s.text[corridor.start : corridor.end]
    if not re.search(r"\w\s*[-–—]\s*\w", surface):
        return
    inner = [
        key
        for part in re.split(r"[-–—\s]+", surface)
        for key, _, _ in s.lexicon.find(part)
        if key != corridor.key
    ]
    if len(inner) < 2:
        return
    for key in dict.fromkeys(inner):
        if s.lexicon.entities[key].type in _ENDPOINTS:
            s.state(corridor.key, "connects", key, "entity", (corridor.start, corridor.end), "corridor.name")


# -- control -------------------------------------------------------------------

_CONTROL_EN = re.compile(
    r"\b(?:under (?:the )?(?:control|authority|sovereignty|jurisdiction|management) of|controlled by|"
    r"operated by|managed by|run by|administered by|returned to|handed over to|handed to|transferred to|"
    r"came under)\s+(?:the\s+)?"
)
_RETURN_EN = re.compile(
    r"\b(?:return|returned|returning|hand over|handed over|handing over|cede|ceded|transfer|transferred)\s+"
    r"(?:the\s+)?(?:(?:provinces?|districts?|regions?|territories|lands?|cities|city|town|towns)\s+(?:of\s+)?)?"
)
_RETURN_TR = re.compile(r"\s*(?:iade|teslim|devr)\w*")
_CONTROL_EN_ACTIVE = re.compile(
    r"\b(?:took|takes|take|taking|regained|retook|seized|captured|will take|gained|assumed|established) "
    r"(?:full\s+|complete\s+)?(?:control (?:of|over)|over)\s+(?:the\s+)?|"
    r"\b(?:will |would |to )?(?:control|controls|operate|operates|manage|manages|run|runs)\s+(?:the\s+)?"
)
_CONTROL_TR = re.compile(
    r"\s*(?:kontrolü\w*|denetimi\w*|denetle\w*|yönetimine|egemenliğine|egemenliği altina|işletme\w*|"
    r"işlet\w*|hakimiyeti\w*|teslim edil\w*|iade edil\w*)"
)
_DURATION = re.compile(
    r"\b(?:for\s+)?(?P<n>\d{1,3})[- ](?:years?|yil(?:lik)?)(?:\s+(?:süre(?:yle|\s+ile)?|boyunca))?\b"
)


def control(s: Sentence) -> None:
    agents = set(AGENT_TYPES)
    controlled_types = {"Place", "Corridor"}
    pairs: list[tuple[M, M, tuple[int, int]]] = []
    if s.lang == "en":
        for match in _CONTROL_EN.finditer(s.folded):
            agent = s.at(match.end(), len(s.text), agents)
            if agent is None:
                near = [m for m in s.agents(True) if match.end() <= m.start <= match.end() + 25]
                agent = near[0] if near else None
            things = [
                m
                for m in s.mentions
                if m.type in controlled_types and m.end <= match.start() and not m.consumed
            ]
            if agent and things:
                pairs.append((things[-1], agent, match.span()))
        for match in _RETURN_EN.finditer(s.folded):
            first = s.at(match.end(), len(s.text), controlled_types)
            if first is None:
                continue
            group = s.coordination(first, controlled_types)
            to = re.match(r"\s+to\s+(?:the\s+)?", s.folded[group[-1].end :])
            agent = s.at(group[-1].end + to.end(), len(s.text), agents) if to else None
            if agent is not None:
                pairs.extend((thing, agent, match.span()) for thing in group)
        for match in _CONTROL_EN_ACTIVE.finditer(s.folded):
            thing = s.at(match.end(), len(s.text), controlled_types)
            agent = s.ending_near(match.start(), agents, r"[\s,]*(?:\w+\s+){0,2}")
            if thing and agent:
                pairs.append((thing, agent, match.span()))
    else:
        for match in _CONTROL_TR.finditer(s.folded):
            agent = s.ending_near(match.start(), agents, r"\s*")
            if agent is None:
                owned = re.search(
                    r"(\S+)\s+(?:ait|bağli)\s+(?:\w+\s+){0,4}?\w*(?:şirket|firma|kuruluş|konsorsiyum)\w*(?:\s+\w+){0,4}\s*$",
                    s.folded[: match.start()],
                )
                if owned:
                    agent = s.ending_near(owned.start(1) + len(owned.group(1)), agents, r"")
            if agent is None:
                continue
            things = [
                m
                for m in s.mentions
                if m.type in controlled_types and m.end <= agent.start and not m.consumed
            ]
            if things:
                pairs.append((things[-1], agent, match.span()))
    done: set[tuple[str, str]] = set()
    for thing, agent, trigger in pairs:
        if (thing.key, agent.key) in done or thing.key == agent.key:
            continue
        done.add((thing.key, agent.key))
        mood = modality(s, trigger[0], trigger[1])
        if mood is None:
            continue
        article = re.search(r"\b(?:article|madde)\s*\d+|\d+\.\s*madde", s.folded)
        rule = "treaty.provision" if article else "control"
        duration = _DURATION.search(s.folded)
        note = f"for {duration.group('n')} years" if duration else ""
        span = s.cover(thing, agent, trigger)
        s.state(thing.key, "controlledBy", agent.key, "entity", span, rule, modality=mood, note=note)
        if duration:
            d = (duration.start(), duration.end())
            s.state(
                thing.key,
                "controlDuration",
                f"P{duration.group('n')}Y",
                "literal",
                d,
                "control.duration",
                datatype="duration",
                modality=mood,
            )
        days = s.day_dates()
        if days and mood == "asserted" and thing.type == "Place":
            date = days[0]
            key = f"control/{date.value}-{thing.key}"
            s.state(key, "type", "Event", "class", span, "control.event")
            s.state(
                key,
                "date",
                date.value,
                "literal",
                (date.start, date.end),
                "control.date",
                datatype="date",
                note=date.note,
            )
            s.state(key, "heldIn", thing.key, "entity", (thing.start, thing.end), "control.place")
            s.state(key, "participant", agent.key, "entity", (agent.start, agent.end), "control.agent")


# -- stances -------------------------------------------------------------------

_OPPOSE_EN = re.compile(
    r"\b(?:oppos\w*|object\w*|reject\w*|protest\w*|condemn\w*|is against|are against|was against|criticiz\w*|"
    r"criticis\w*|red line|resist\w*|warned against|negative (?:stance|attitude|position))\b"
)
_OPPOSE_TR = re.compile(
    r"(?:itiraz\w*|karşi çik\w*|karşi\w* olduğ\w*|reddet\w*|olumsuz tavr\w*|olumsuz tutum\w*|muhalefet\w*|"
    r"tepki gösterdi\w*|kirmizi çizgi\w*|karşi duruş\w*)"
)


def stances(s: Sentence) -> None:
    pattern = _OPPOSE_EN if s.lang == "en" else _OPPOSE_TR
    capitals = s.lexicon.capitals()
    for match in pattern.finditer(s.folded):
        mood = modality(s, match.start(), match.end())
        if mood is None:
            continue
        targets = [m for m in s.mentions if m.type in ("Corridor", "Treaty")]
        agents = [
            m for m in s.mentions if (m.type in AGENT_TYPES or m.key in capitals) and m.kind != "demonym"
        ]
        if not targets or not agents:
            continue
        before = [m for m in agents if m.end <= match.start()]
        after = [
            m
            for m in agents
            if m.start >= match.end()
            and s.lang == "en"
            and re.match(r"\s*(?:of|from|by)\s+(?:the\s+)?$", s.folded[match.end() : m.start])
        ]
        if s.lang == "en" and after:
            agent = after[0]
        elif before:
            agent = before[-1] if s.lang == "tr" else before[0]
        else:
            continue
        key = capitals.get(agent.key, agent.key) if agent.type == "Place" else agent.key
        target = min(targets, key=lambda t: abs(t.start - match.start()))
        s.state(
            key,
            "opposes",
            target.key,
            "entity",
            s.cover(agent, target, match.span()),
            "stance.opposes",
            modality=mood,
        )


# -- wars ----------------------------------------------------------------------

_BETWEEN_EN = re.compile(r"\bbetween\s+(?:the\s+)?")
_BETWEEN_TR = re.compile(r"\s*arasinda(?:ki)?\s+(?:yaşanan\s+|çikan\s+|süren\s+)?")


def wars(s: Sentence) -> None:
    events = [m for m in s.mentions if m.type == "Event" and ("war" in m.key or "operation" in m.key)]
    for war in events:
        group: list[M] = []
        if s.lang == "en":
            match = (
                _BETWEEN_EN.match(s.folded, war.end + 1) if s.folded[war.end : war.end + 1] == " " else None
            )
            if match:
                first = s.at(match.end(), len(s.text), {"State"})
                group = s.coordination(first, {"State"}) if first else []
        else:
            window = s.folded[max(0, war.start - 60) : war.start]
            match = re.search(r"arasinda(?:ki)?\s+(?:yaşanan\s+|çikan\s+|süren\s+)?$", window)
            if match:
                last = s.ending_near(max(0, war.start - 60) + match.start(), {"State"}, r"\s*")
                group = s.coordination(last, {"State"}, forward=False) if last else []
        if len(group) >= 2:
            for m in group:
                s.state(war.key, "participant", m.key, "entity", s.cover(war, m), "war.participant")
