"""Who says what: facts read from reported speech keep their speaker (issue 15).

"Trump said the route will connect Azerbaijan with its exclave", "according
to the Azerbaijani defence ministry, Armenian forces shelled ...", "Tahran'a
göre ...", "X, ... olduğunu açıkladı": what the reported clause states is the
speaker's claim, not something the article vouches for.

The decision (``ontology/README.md``): a fact from reported speech is a
**claim** (modality ``reported``, with its ``speaker``) and stays out of the
asserted view, unless the speaker is a party to it, speaking of their own
act or their own side's ("Pashinyan said he signed", "Lavrov said Russia
would control the route": the speaker, or the state or organization they
lead or speak for, is the fact's subject or object). Then the fact is
asserted and its record still names the speaker. Stances are the speaker's
own words about themselves and are never claims; nor are what the article
says of the speaker (their office, the entities' names and types).
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.records import CONTRACT_RELATIONS, Statement
from loaders.rules import AGENT_TYPES, Sentence, has_any

_SAY_EN = (
    r"(?:said|says|told|stated|noted|added|announced|declared|claimed|warned|stressed|emphasi[sz]ed|insisted|"
    r"argued|alleged|reported|confirmed|recalled|asserted|explained|wrote|tweeted)"
)
# "X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE"
_SPEAKER_FIRST_EN = re.compile(
    rf"\s*(?:,[^,]{{0,60}},\s*)?(?:also\s+|has\s+|had\s+|earlier\s+)?{_SAY_EN}\b(?:\s+(?:on\s+\w+|that|reporters|journalists))*\s*"
)
_ACCORDING_EN = re.compile(r"\baccording to\s+(?:the\s+)?")
_SAY_TR = (
    r"(?:söyledi|belirtti|açikladi|ifade etti|vurguladi|kaydetti|dile getirdi|bildirdi|iddia etti|"
    r"duyurdu|dedi|aktardi|hatirlatti|savundu|öne sürdü|yazdi)"
)
_THAT_TR = re.compile(
    rf"(?:d[ıiuü]ğ[ıiuü]n[ıiuü]|t[ıiuü]ğ[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıi]n[ıi]|m[ae]s[ıi]n[ıi])\w*\s+(?:da\s+|de\s+)?(?P<say>{_SAY_TR})"
)
_GORE_TR = re.compile(r"(?:'?[ye]?[ae])\s+göre\b|açiklamasina göre|ifadesine göre|iddiasina göre")
_SAY_WORDS = {
    "en": (
        "said",
        "says",
        "told",
        "stated",
        "according to",
        "claimed",
        "announced",
        "declared",
        "noted",
        "added",
        "warned",
        "stressed",
        "insisted",
        "argued",
        "alleged",
        "reported",
        "confirmed",
        "wrote",
        "recalled",
        "explained",
        "emphas",
        "tweeted",
        "asserted",
    ),
    "tr": (
        "göre",
        "söyledi",
        "belirtti",
        "açikladi",
        "ifade etti",
        "vurguladi",
        "kaydetti",
        "dile getirdi",
        "bildirdi",
        "iddia",
        "duyurdu",
        "dedi",
        "aktardi",
        "hatirlatti",
        "savundu",
        "öne sürdü",
        "yazdi",
    ),
}
# What a claim can be: the facts of the world the article reports, not its descriptions.
CLAIMABLE = frozenset(CONTRACT_RELATIONS) - {"leaderOf", "locatedIn"}  # offices and places are descriptions
ANONYMOUS = "anonymous"
_ANONYMOUS = {
    "en": re.compile(r"\b(?:sources?|officials?|diplomats?|observers|experts|analysts|reports?)\b"),
    "tr": re.compile(r"(?:kaynak\w*|yetkili\w*|diplomat\w*|gözlemci\w*|uzman\w*|iddialar\w*)"),
}


def attribute(s: Sentence) -> None:
    """Turn the statements a reported clause makes into the speaker's claims."""
    if not s.out or not has_any(s.folded, _SAY_WORDS[s.lang]):
        return
    frames = _frames(s)
    if not frames:
        return
    for i, st in enumerate(s.out):
        if st.relation not in CLAIMABLE or st.modality != "asserted" or st.rule.startswith("stance."):
            continue  # a stance is the holder's own words about themselves, never a claim
        local = _local(s, st.start, st.end)
        for speaker, (lo, hi) in frames:
            if lo <= local[0] and local[1] <= hi:
                if speaker != ANONYMOUS and _party(s, speaker, st.subject, st.object):
                    s.out[i] = replace(st, speaker=speaker)  # asserted: a party speaks of its own act
                else:
                    s.out[i] = replace(st, modality="reported", speaker=speaker)
                break


def _local(s: Sentence, start: int, end: int) -> tuple[int, int]:
    """A statement's span in the sentence's own offsets (statements keep document offsets)."""
    base = s.view.span(s.base, s.base)[0] if s.text else 0
    return start - base, end - base


def _frames(s: Sentence) -> list[tuple[str, tuple[int, int]]]:
    """``(speaker, clause span)`` of each speech frame of the sentence."""
    agents = [m for m in s.mentions if m.type in AGENT_TYPES and m.kind != "demonym"]
    frames: list[tuple[str, tuple[int, int]]] = []
    n = len(s.text)
    if s.lang == "en":
        for match in _ACCORDING_EN.finditer(s.folded):
            # "according to Armenian Prime Minister Nikol Pashinyan": the person, not the demonym
            speaker = next(
                (
                    m
                    for m in agents
                    if match.end() <= m.start <= match.end() + 40
                    and "," not in s.folded[match.end() : m.start]
                ),
                None,
            )
            key = speaker.key if speaker is not None else _anonymous(s, match.end(), match.end() + 40)
            if not key:
                continue
            comma = s.folded.find(",", match.end())
            if match.start() < 3 and comma > 0:  # "According to X, CLAUSE"
                frames.append((key, (comma, n)))
            else:  # "CLAUSE, according to X"
                frames.append((key, (0, match.start())))
        for m in agents:
            say = _SPEAKER_FIRST_EN.match(s.folded, m.end)
            if say is None:
                continue
            before = s.folded[: m.start].rstrip()
            if before.endswith(",") and m.start > 20:  # "CLAUSE, X said."
                frames.append((m.key, (0, m.start)))
            else:  # "X said CLAUSE"
                frames.append((m.key, (say.end(), n)))
        return frames
    for match in _GORE_TR.finditer(s.folded):
        speaker = s.ending_near(match.start() + 1, set(AGENT_TYPES), r"'?\w{0,4}") or next(
            (m for m in agents if m.end <= match.start() and match.start() - m.end <= 25), None
        )
        key = speaker.key if speaker is not None else _anonymous(s, max(0, match.start() - 30), match.start())
        if key:
            frames.append((key, (match.end(), n)))
    for match in _THAT_TR.finditer(s.folded):
        subject = [m for m in agents if m.end <= match.start()]
        if not subject:
            continue
        speaker = subject[0]  # Turkish puts the speaker first: "X, ... olduğunu söyledi"
        frames.append((speaker.key, (speaker.end, match.start("say"))))
    return frames


def _anonymous(s: Sentence, start: int, end: int) -> str:
    return ANONYMOUS if _ANONYMOUS[s.lang].search(s.folded, start, end) else ""


def _party(s: Sentence, speaker: str, subject: str, obj: str) -> bool:
    """The speaker, or what they lead or speak for, is the fact's subject or object."""
    sides = {speaker}
    for st in s.out:
        if st.subject == speaker and st.relation in ("leaderOf", "partOf"):
            sides.add(st.object)
            if "-ministry-of-" in st.object:
                sides.add(st.object.split("-ministry-of-")[0])
    date = s.document.date or s.doc_year
    sides |= {role.of for role in s.lexicon.roles_of(speaker, date)}
    if "-ministry-of-" in speaker:
        sides.add(speaker.split("-ministry-of-")[0])
    involved = {subject, obj}
    if subject.startswith("meeting/") or subject.startswith("treaty/") or subject in s.lexicon.entities:
        # a meeting's or treaty's other facts: the speaker took part in it, or signed it
        involved |= {
            st.object for st in s.out if st.subject == subject and st.relation in ("participant", "signatory")
        }
    return bool(sides & involved)


def settle(statements: list[Statement]) -> list[Statement]:
    """A fact the document also states in its own voice, anywhere, is not a claim
    (``tests/devset/README.md``): its reported copies become the text's again, asserted and
    without a speaker, so one sentence's "X said" does not take from the article what
    another sentence says outright."""
    own = {
        (st.subject, st.relation, st.object)
        for st in statements
        if st.modality == "asserted" and not st.speaker and st.relation in CLAIMABLE
    }
    if not own:
        return statements
    return [
        replace(st, modality="asserted", speaker="")
        if st.speaker
        and st.modality in ("asserted", "reported")
        and (st.subject, st.relation, st.object) in own
        else st
        for st in statements
    ]
