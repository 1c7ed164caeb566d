"""Stances: what actors say they support, oppose, are concerned about, welcome or condemn
(issue 15)."""

from __future__ import annotations

import re

from loaders.rules import AGENT_TYPES, M, Sentence, has_any, modality

STANCE_WORDS = {
    "en": (
        "oppos",
        "object",
        "reject",
        "protest",
        "condemn",
        "against",
        "critici",
        "red line",
        "resist",
        "negative",
        "concern",
        "denounc",
        "deplor",
        "worried",
        "alarmed",
        "support",
        "back",
        "endors",
        "favo",
        "called for",
        "calls for",
        "behind",
        "welcom",
        "hail",
        "prais",
        "applaud",
        "accus",
        "blam",
    ),
    "tr": (
        "suçla",
        "itiraz",
        "karşi",
        "reddet",
        "olumsuz",
        "muhalefet",
        "tepki",
        "kirmizi",
        "kayg",
        "kina",
        "lanet",
        "endişe",
        "rahatsiz",
        "destek",
        "lehinde",
        "memnuniyet",
        "selamla",
    ),
}


_OPPOSE_EN = re.compile(
    r"\b(?:oppos\w*|object\w*|reject\w*|protest\w*|is against|are against|was against|criticiz\w*|"
    r"criticis\w*|red line|resist\w*|warned against|negative (?:stance|attitude|position))\b"
)
_OPPOSE_TR = re.compile(
    r"(?:itiraz\w*|karşi çik\w*|karşi\w* olduğ\w*|reddet\w*|olumsuz tavr\w*|olumsuz tutum\w*|muhalefet\w*|"
    r"tepki gösterdi\w*|kirmizi çizgi\w*|karşi duruş\w*)"
)
# The stances an actor takes in words, by kind (ckg:opposes, ckg:condemns, ckg:concernedAbout,
# ckg:supports, ckg:welcomes); the ontology says welcomes ⊑ supports and condemns ⊑ opposes.
STANCES: dict[str, dict[str, re.Pattern[str]]] = {
    "opposes": {"en": _OPPOSE_EN, "tr": _OPPOSE_TR},
    "condemns": {
        "en": re.compile(r"\b(?:condemn\w*|denounc\w*|deplor\w*|accus(?:ed|es|ing)|blam(?:ed|es|ing))\b"),
        "tr": re.compile(
            r"(?:kina(?:di|yan|diğ|mişti|yor|maktadir)\w*|kinama\w*|lanetle\w*|suçla(?:di|yan|diğ|mişti|yor)\w*)"
        ),
    },
    "concernedAbout": {
        "en": re.compile(
            r"\b(?:(?:expressed|voiced|raised|has|have|had) (?:its |their |his |her |serious |deep |grave )?"
            r"concerns?|(?:is|are|was|were) (?:deeply |seriously )?(?:concerned|worried|alarmed))\b"
        ),
        "tr": re.compile(
            r"(?:kayg\w* (?:dile getir|ifade et|duy)\w*|endişe\w* (?:dile getir|ifade et|duy|taşi|verici)\w*|"
            r"endişeli\w*|rahatsizliğ\w* (?:dile getir|ifade et)\w*)"
        ),
    },
    "supports": {
        "en": re.compile(
            r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|endors\w*|in favou?r of|called for|calls for|"
            r"stands? behind)\b(?! (?:of|from)\b)"
        ),
        "tr": re.compile(r"(?:destekle\w*|desteğini\w*|destek ver\w*|destek olduğ\w*|lehinde\w*)"),
    },
    "welcomes": {
        "en": re.compile(r"\b(?:welcom(?:ed|es|ing)|hail(?:ed|s)|prais(?:ed|es)|applaud\w*)\b"),
        "tr": re.compile(
            r"(?:memnuniyetle karşila\w*|memnuniyet(?:le)? (?:duy|ifade et|belirt)\w*|olumlu karşila\w*|"
            r"selamla\w*|memnuniyetini\w*)"
        ),
    },
}
_PARTICIPATION_OF = re.compile(
    r"\s*(?:to\s+)?(?:the\s+)?(?:participation|presence|involvement|role|inclusion)\s+of\s+(?:the\s+)?"
)


def stances(s: Sentence) -> None:
    """What actors say they oppose, condemn, are concerned about, support or welcome."""
    _support_by_work(s)
    if not has_any(s.folded, STANCE_WORDS[s.lang]):
        return
    for kind, patterns in STANCES.items():
        _stance(s, kind, patterns[s.lang])


# "Zengezur Koridoru için Türkiye, ... hattını hayata geçirmek için çalışma başlatmıştır", "Türkiye
# began building a railway for the Zangezur corridor": a state that works for a corridor supports it.
_WORK_FOR = {
    "en": re.compile(
        r"\b(?:began|begun|started|launched|is building|are building|began building|invest(?:s|ed|ing)?|"
        r"(?:has|have) (?:begun|started)) (?:work|construction|building|to build)\b"
    ),
    "tr": re.compile(r"(?:çalişma(?:lar)?[ıi]? başlat\w*|inşa\w* başla\w*|inşasina başla\w*|yatirim yap\w*)"),
}
_FOR = {"en": re.compile(r"\bfor (?:the )?$"), "tr": re.compile(r"^\s+için\b")}


def _support_by_work(s: Sentence) -> None:
    work = _WORK_FOR[s.lang].search(s.folded)
    if work is None:
        return
    corridors = [m for m in s.mentions if m.type == "Corridor"]
    for corridor in corridors:
        marked = (
            _FOR["en"].search(s.folded[max(0, corridor.start - 10) : corridor.start])
            if s.lang == "en"
            else _FOR["tr"].match(s.folded[corridor.end :])
        )
        if not marked:
            continue
        states = [
            m for m in s.mentions if m.type == "State" and m.kind != "demonym" and m.end <= work.start()
        ]
        if s.lang == "tr":
            states = [m for m in states if m.start > corridor.start]  # "X için Türkiye, ... başlatmıştır"
        if not states:
            continue
        agent = states[0]
        mood = modality(s, work.start(), work.end())
        if mood is None:
            continue
        span = s.cover(agent, corridor, work.span())
        s.state(agent.key, "supports", corridor.key, "entity", span, "stance.supports.work", modality=mood)


def _stance(s: Sentence, kind: str, pattern: re.Pattern[str]) -> None:
    capitals = s.lexicon.capitals()
    for match in pattern.finditer(s.folded):
        mood = modality(s, match.start(), match.end())
        if mood is None:
            continue
        agents = [
            m for m in s.mentions if (m.type in AGENT_TYPES or m.key in capitals) and m.kind != "demonym"
        ]
        targets = _accused(s, match) or _stance_targets(s, match.start(), match.end())
        if not targets or not agents:
            continue
        before = [m for m in agents if m.end <= match.start() and m not in targets]
        after = [
            m
            for m in agents
            if m.start >= match.end()
            and s.lang == "en"
            and re.fullmatch(r"\s*(?:of|from|by)\s+(?:the\s+)?", s.folded[match.end() : m.start])
        ]
        clause = max(s.folded.rfind(c, 0, match.start()) for c in ",;:")
        in_clause = [m for m in before if m.start > clause]
        if s.lang == "en" and after:
            agent = after[0]
        elif in_clause:
            agent = in_clause[-1]
        elif before:
            agent = before[-1] if s.lang == "tr" else before[0]
        else:
            continue
        key = capitals.get(agent.key, agent.key) if agent.type == "Place" else agent.key
        for target in targets:
            if target.key != key:
                span = s.cover(agent, target, match.span())
                s.state(key, kind, target.key, "entity", span, f"stance.{kind}", modality=mood)


_MEETING_WORD = {
    "en": re.compile(r"\b(?:the |this |that )?(?:meeting|summit|talks|negotiations)\b"),
    "tr": re.compile(r"(?:görüşme|zirve|toplanti|müzakere)\w*"),
}


def _meetings_named(s: Sentence, start: int, end: int) -> list[M]:
    """ "welcomed the talks", "zirveyi memnuniyetle karşıladı": the meeting this sentence or the
    one before reports, named right after the English verb or right before the Turkish one."""
    keys = [st.subject for st in s.out if st.subject.startswith("meeting/") and st.modality == "asserted"]
    key = keys[0] if keys else s.recent_meeting
    if not key:
        return []
    near = [
        m
        for m in _MEETING_WORD[s.lang].finditer(s.folded)
        if (s.lang == "en" and 0 <= m.start() - end <= 12) or (s.lang == "tr" and 0 <= start - m.end() <= 30)
    ]
    return [M(key, "Meeting", m.start(), m.end(), "coref") for m in near][:1]


def _generic_treaties(s: Sentence, named: list[M]) -> list[M]:
    """ "the declaration", "imzalanan deklarasyonu": the treaty a common noun refers to."""
    from loaders.rules.treaties import _just_signed, _refer, _treaty_mentions

    found = []
    for start, end, key, kind in _treaty_mentions(s):
        if key or any(m.start <= start < m.end for m in named):
            continue
        treaty = (start, end, key, kind)
        resolved = _refer(s, treaty) or _just_signed(s, treaty)
        if resolved:
            found.append(M(resolved, "Treaty", start, end, "coref"))
    return found


def _accused(s: Sentence, match: re.Match[str]) -> list[M]:
    """ "Lavrov accused Armenia of sabotaging ...", "Ermenistan'ı ... suçladı": who is accused."""
    if not re.match(r"accus|blam|suçla", match.group(0)):
        return []
    agents = set(AGENT_TYPES)
    if s.lang == "en":
        first = s.at(match.end(), len(s.text), agents)
        return [first] if first is not None else []
    before = [
        m
        for m in s.mentions
        if m.type in agents
        and m.end <= match.start()
        and re.search(r"'?y?[ıiuü]$", s.folded[m.start : m.end])
    ]
    return before[-1:]


def _stance_targets(s: Sentence, start: int, end: int) -> list[M]:
    """What the stance is about: a corridor or treaty named close by (after an
    English verb, before a Turkish one, in the same clause), or the agents
    whose participation is objected to."""
    participation = _PARTICIPATION_OF.match(s.folded, end)
    if participation:
        first = s.at(participation.end(), len(s.text), set(AGENT_TYPES))
        if first is not None:
            return s.coordination(first, set(AGENT_TYPES))
    things = [m for m in s.mentions if m.type in ("Corridor", "Treaty", "Event")]
    things += _generic_treaties(s, things)
    things += _meetings_named(s, start, end)
    if s.lang == "en":
        near = [
            m
            for m in things
            if end <= m.start <= end + 40 and not re.search(r"[;,.]", s.folded[end : m.start])
        ]
        near = near or [
            m for m in things if m.end <= start and start - m.end <= 40 and "," not in s.folded[m.end : start]
        ]
    else:
        near = [
            m for m in things if m.end <= start and start - m.end <= 80 and ";" not in s.folded[m.end : start]
        ]
    return near[-1:] if s.lang == "tr" else near[:1]
