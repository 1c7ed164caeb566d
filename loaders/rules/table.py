"""The rule families, in one declared table: what each needs, and what it runs.

:func:`loaders.extract.extract` runs :data:`FAMILIES` in order on every
sentence; a family runs only where what it needs is in the sentence (a
mention of one of its types, or one of its words), so most sentences cost a
few set tests.  A new relation is one entry here, with its function in its
own module, not a hand-gated call in ``extract()``.

What a family keeps from one sentence to the next (the states named so far,
the corridor just named, a route described before it is named, whether the
text is an official one in its operative part) lives in :class:`Context`,
one per document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from loaders.records import Statement
from loaders.rules import AGENT_TYPES, M, Sentence, has_any
from loaders.rules.discovery import Found, discover
from loaders.rules.meetings import meetings
from loaders.rules.mentions import (
    add_demonyms,
    resolve_countries,
    resolve_groups,
    resolve_metonymy,
    resolve_two,
    titles,
)
from loaders.rules.places import locations
from loaders.rules.provisions import declaration, deployments, provides
from loaders.rules.relations import Unnamed, control, corridor_of_ends, corridors, events, wars
from loaders.rules.speech import Speech, attribute, read_frames
from loaders.rules.stances import Voice, stances
from loaders.rules.treaties import _SIGN, treaties
from loaders.rules.wars import WAR_WORDS, war_sides

EVENT_WORDS = (
    "operation",
    "offensive",
    "assault",
    "campaign",
    "clashes",
    "shelling",
    "firing",
    "hostilities",
    "fighting",
    "operasyon",
    "harekat",
    "saldiri",
    "çatişma",
    "ateş",
    "bombardiman",
    # "The crisis started on ...", "Savaş ... sürdü": the event the sentence before named
    "the crisis",
    "the war",
    "the conflict",
    "kriz",
    "savaş",
)


@dataclass(slots=True)
class Context:
    """What one document's sentences leave for the next ones."""

    found: Found = field(default_factory=Found)
    recent_states: list[str] = field(default_factory=list)
    state_group: list[str] = field(default_factory=list)  # the last states named together
    # people named together, sentence by sentence, with the sentence's folded text
    groups: list[tuple[list[str], str, int]] = field(default_factory=list)
    recent_corridors: list[str] = field(default_factory=list)
    # every corridor named so far, the lexicon's and those discovered, once a sentence
    corridors_told: list[str] = field(default_factory=list)
    recent_treaties: list[str] = field(default_factory=list)
    unnamed: Unnamed | None = None  # a route described before it is named
    unresolved: list[Unnamed] = field(default_factory=list)  # routes no next sentence named
    operative: bool = False  # after "We, ... declare": the official text's provisions
    provision: bool = False  # the sentence before gave a treaty's provisions
    late: list[Statement] = field(default_factory=list)  # statements about an earlier sentence
    voice: Voice = field(default_factory=Voice)  # who was named, who is speaking (stances)
    speech: Speech = field(default_factory=Speech)  # a quote still open; each sentence's speech frames
    calls: list[tuple[int, set[str]]] = field(default_factory=list)  # each call told: sentence, people


@dataclass(frozen=True, slots=True)
class Needs:
    """When a family runs: ``any_of`` a mention type (empty: no type needed), ``and_any_of``
    a second type as well, or ``words`` (literal, in the folded sentence) instead."""

    any_of: frozenset[str] = frozenset()
    and_any_of: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()
    capitals: bool = False  # a capital standing for its government counts as an agent

    def met(self, s: Sentence, types: set[str]) -> bool:
        # the mention types first: a set test, where the words are a scan of the sentence
        if self.any_of and types & self.any_of and (not self.and_any_of or types & self.and_any_of):
            return True
        if self.words and has_any(s.folded, self.words):
            return True
        if self.capitals and any(m.key in s.lexicon.capitals() for m in s.mentions):
            return True
        return not self.any_of and not self.words


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    needs: Needs
    run: Callable[[Sentence, Context], None]
    relations: str  # what it states, for the reader of this table
    adds_mentions: bool = False  # the families after it see the mentions it adds


ALWAYS = Needs()
AGENTS = frozenset(AGENT_TYPES)
PLACES = frozenset({"Place"})


def _demonyms(s: Sentence, ctx: Context) -> None:
    add_demonyms(s)


def _metonymy(s: Sentence, ctx: Context) -> None:
    resolve_metonymy(s)


def _discovery(s: Sentence, ctx: Context) -> None:
    discover(s, ctx.found)


def _titles(s: Sentence, ctx: Context) -> None:
    titles(s)


def _two(s: Sentence, ctx: Context) -> None:
    resolve_two(s, ctx.recent_states, ctx.state_group)
    resolve_groups(s, ctx.groups)
    resolve_countries(s, ctx.state_group)


_GOES_ON = re.compile(r"(?:the |this |bu |söz konusu )?(?:corridor|route|koridor|güzergah)\w*\b")
# "... a US company is expected to develop and operate it": what the reporter expects, not what
# the treaty provides: the next sentence goes on with the provision only where it does not hedge
_HEDGED = re.compile(
    r"\b(?:expected|likely|may|might|could|would|plans?|planned|proposed|reportedly)\b|beklen|muhtemel|olabil"
)


def _declaration(s: Sentence, ctx: Context) -> None:
    if not ctx.operative and s.index < 6 and declaration(s, ctx.recent_treaties):
        ctx.operative = True
    # "... ateşkes antlaşmasının 9. maddesi gereğince ... ulaşım koridorudur. Koridorun güvenliği ...
    # tarafından sağlanacaktır": a sentence about the corridor right after goes on with the provision
    goes_on = ctx.provision and _GOES_ON.match(s.folded) is not None and not _HEDGED.search(s.folded)
    s.provision = ctx.operative or provides(s) or goes_on
    ctx.provision = s.provision


def _treaties(s: Sentence, ctx: Context) -> None:
    treaties(s, [], ctx.groups)


def _meetings(s: Sentence, ctx: Context) -> None:
    remote = meetings(s, ctx.recent_states)  # the people of a call, if the sentence tells one
    if remote:
        ctx.calls.append((s.index, {m.key for m in remote}))
    if remote or any(st.relation == "participant" and st.subject.startswith("meeting/") for st in s.out):
        _signatories_at_meeting(s, remote)


def _locations(s: Sentence, ctx: Context) -> None:
    locations(s)


def _control(s: Sentence, ctx: Context) -> None:
    control(s, ctx.recent_corridors)
    deployments(s)


def _corridors(s: Sentence, ctx: Context) -> None:
    pending = ctx.unnamed
    late, ctx.unnamed = corridors(s, ctx.recent_corridors, pending, ctx.corridors_told)
    ctx.corridors_told.extend(
        dict.fromkeys(m.key for m in s.mentions if m.type == "Corridor" and m.kind in ("name", "discovered"))
    )
    ctx.late.extend(late)
    if pending is not None and not late:
        ctx.unresolved.append(pending)


_PLURAL_ROUTES = re.compile(r"(?:links|routes|connections|corridors)$")
_ANOTHER_ROUTE = re.compile(
    r"\b(?:another|alternative|alternate|second|bypass|temporary|alternatif|ikinci|başka|geçici)\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+$"
)
# what a route noun can be of a named line's kind: a railway's words for a railway, a road's for a
# road; a corridor or route is either ("the railway linking Kars to Tbilisi" is no stretch of the
# document's Lachin road)
_KIND_WORDS = {
    "railway": re.compile(r"rail|demir ?yol|\bhat"),
    "road": re.compile(r"road|highway|motorway|kara ?yol|otoyol|\byol"),
    "highway": re.compile(r"road|highway|motorway|kara ?yol|otoyol|\byol"),
    "pipeline": re.compile(r"pipeline|boru"),
}


def _same_kind(corridor: str, surface: str) -> bool:
    """Whether a route noun can name a stretch of the corridor ``corridor`` by its kind."""
    kind = _KIND_WORDS.get(corridor.rsplit("-", 1)[-1])
    if kind is not None:
        return bool(kind.search(surface))
    return not _KIND_WORDS["pipeline"].search(surface)


def _within_ends(s: Sentence, key: str, ends: set[str]) -> bool:
    """Whether a place is one of a corridor's ends or lies in one (the lexicon's located_in)."""
    steps = 0
    while steps < 8:
        if key in ends:
            return True
        if key not in s.lexicon.located_in:
            return False
        key, steps = s.lexicon.located_in[key], steps + 1
    return False


def unnamed_routes(ctx: Context, corridors_named: set[str]) -> list[Statement]:
    """Routes described without a name that no next sentence named: a route between a
    corridor's ends is that corridor ("a land corridor connecting Azerbaijan to its Nakhichevan
    exclave", the lexicon's ``ends``); else, in a document that names one corridor only ("a
    highway and railway connecting Nakhichevan to the rest of Azerbaijan"), that corridor's."""
    if ctx.unnamed is not None:
        ctx.unresolved.append(ctx.unnamed)
        ctx.unnamed = None
    out: list[Statement] = []
    for route in ctx.unresolved:
        if _ANOTHER_ROUTE.search(route.sentence.folded, max(0, route.route.start - 30), route.route.end):
            # "an alternative route between Azerbaijan and Nakhchivan", "a bypass road linking Armenia with
            # Karabakh": a route told as another than the one its ends define (not "a new railway linking
            # Nakhchivan to Kars", which may be the lexicon's line, itself new)
            continue
        known = corridor_of_ends(route.sentence, {m.key for m in route.ends}, corridors_named)
        if known:
            out += route.name(known, "corridor.connects.by-ends")
        elif len(corridors_named) == 1 and not _PLURAL_ROUTES.search(
            route.sentence.folded[route.route.start : route.route.end]
        ):
            # (not "boost transport links between China and Kazakhstan": links in general, not a route)
            only = next(iter(corridors_named))
            # not a route the lexicon knows to join other places (a road between Iran and Azerbaijan
            # in a text whose one named corridor is the Lachin corridor)
            ends = set(route.sentence.lexicon.attribute(only, "ends", ()))  # type: ignore[call-overload]
            surface = route.sentence.folded[route.route.start : route.route.end]
            # (every end of the route described at or inside one of the corridor's: "a railway from Yeraskh
            # to Nakhchivan and from Akhurik to Türkiye" is no stretch of the Azerbaijan-Nakhchivan route)
            inside = not ends or all(_within_ends(route.sentence, m.key, ends) for m in route.ends)
            if ends & {m.key for m in route.ends} and not inside:
                continue
            if (not ends or ends & {m.key for m in route.ends}) and _same_kind(only, surface):
                out += route.name(only, "corridor.connects.document")
    return out


def _stances(s: Sentence, ctx: Context) -> None:
    stances(s, ctx.voice)


def _events(s: Sentence, ctx: Context) -> None:
    wars(s)
    events(s)


def _war_sides(s: Sentence, ctx: Context) -> None:
    war_sides(s)


def _speech_frames(s: Sentence, ctx: Context) -> None:
    read_frames(s, ctx.voice, ctx.speech)


def _speech(s: Sentence, ctx: Context) -> None:
    attribute(s, ctx.speech)


FAMILIES: tuple[Family, ...] = (
    Family(
        "demonyms",
        ALWAYS,
        _demonyms,
        "mentions: 'Azerbaijani President', 'Rus askerleri'",
        adds_mentions=True,
    ),
    Family(
        "metonymy",
        Needs(PLACES),
        _metonymy,
        "mentions: 'the Baku administration' is the state",
        adds_mentions=True,
    ),
    Family(
        "discovery",
        ALWAYS,
        _discovery,
        "entities outside the lexicon; offices (leaderOf)",
        adds_mentions=True,
    ),
    Family(
        "titles", Needs(AGENTS), _titles, "leaderOf; title-only mentions ('ABD Başkanı')", adds_mentions=True
    ),
    Family(
        "coreference",
        ALWAYS,
        _two,
        "mentions: 'the two countries', 'the three countries', 'iki lider', 'the special representatives'",
        adds_mentions=True,
    ),
    Family("official texts", ALWAYS, _declaration, "signatory, partyTo of 'We, ... declare'; provisions"),
    Family("treaties", ALWAYS, _treaties, "signatory, partyTo, date of treaties"),
    Family("meetings", Needs(AGENTS | PLACES), _meetings, "participant, mediatedBy, heldIn, date"),
    # (a body named after the place it works in, "the EU Mission in Armenia", with no place beside it)
    Family("places", Needs(PLACES | {"Organization"}), _locations, "locatedIn from apposition"),
    Family(
        "control",
        Needs(
            AGENTS,
            frozenset({"Place", "Corridor"}),
            # "these settlements were transferred to Azerbaijani control", "should control the road": the
            # places or route of the sentence before, or the route in view
            words=(
                "güvenliği",
                "operated by",
                "managed by",
                "run by",
                "control",
                "transferred to",
                "handed over to",
                # "Ulaşım bağlantısının kontrolü ... tarafından gerçekleştirilir": the route the sentence
                # before described
                "kontrolü",
                # "Azerbaijani officials set up a checkpoint in the corridor": the route in view
                "checkpoint",
                "kontrol nokta",
            ),
            capitals=True,
        ),
        _control,
        "controlledBy",
    ),
    Family("corridors", ALWAYS, _corridors, "connects, status"),
    Family("speech frames", ALWAYS, _speech_frames, "who says which stretch (before stances tell on)"),
    Family(
        "stances",
        ALWAYS,
        _stances,
        "supports, opposes, concernedAbout, welcomes, condemns",
    ),
    Family("events", Needs(frozenset({"Event"}), words=EVENT_WORDS), _events, "wars, operations"),
    Family("war sides", Needs(words=WAR_WORDS), _war_sides, "participant of a known war told by its sides"),
    Family("speech", ALWAYS, _speech, "the speaker of what reported speech states (claims)"),
)


def run_families(s: Sentence, ctx: Context) -> None:
    """Every family whose needs the sentence meets, in the table's order (each sees the
    mentions the ones before it added)."""
    types = {m.type for m in s.mentions}
    for family in FAMILIES:
        if family.needs is ALWAYS or family.needs.met(s, types):
            family.run(s, ctx)
            if family.adds_mentions:
                types = {m.type for m in s.mentions}


def _signatories_at_meeting(s: Sentence, remote: list[M] | None = None) -> None:
    """A passive signing at a meeting ("... görüşmede Deklarasyon imzalanmıştır"), or at a
    call (``remote``: "... video telekonferans yöntemiyle mutabakat zaptı imzalanmıştı"):
    the meeting's participants signed.  Re-run the treaty rule with them."""
    if any(st.relation == "signatory" for st in s.out):
        return
    if _SIGN[s.lang].search(s.folded) is None:
        return  # signatories come from a signing word only: nothing to re-run for
    participants = (
        {m.key for m in remote}
        if remote
        else {st.object for st in s.out if st.relation == "participant" and st.subject.startswith("meeting/")}
    )
    unique: dict[str, M] = {}
    for m in s.mentions:
        if m.key in participants:
            unique.setdefault(m.key, m)
    before = len(s.out)
    treaties(s, list(unique.values()))
    s.out[:] = s.out[:before] + [
        st for st in s.out[before:] if st.rule.startswith(("treaty.signatory", "treaty.party"))
    ]
