"""Wars and clashes the lexicon knows, told by their sides rather than by their name.

News names a war less often than it describes it: "fighting between Armenia and Azerbaijan
erupted on September 27, 2020", "Russia's war against Ukraine", "Ermenistan ile Azerbaycan
arasındaki çatışmalar", "Rusya'nın Ukrayna'ya karşı başlattığı savaş", "the war in Ukraine",
"Ukrayna'daki savaş". The lexicon's events carry their ``sides`` (or, for fighting between two
states it dates, ``parties``); the states written as the sides of a war word name the event
that has exactly those sides, when the sides alone tell it apart or a date of the sentence falls
in its time. A war word with sides that no known event has, or with several and no date to
choose by ("the conflict between Armenia and Azerbaijan"), names none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date as date_type
from datetime import timedelta

from loaders.dates import DateMention
from loaders.lexicon import Lexicon
from loaders.records import Statement, fact_from
from loaders.rules import M, Sentence, has_any
from loaders.rules.discovery import loosen_turkish
from loaders.rules.meetings import people_and_mediators
from loaders.text import fold

# the cheap gate: a sentence with none of these has no war told by its sides
WAR_WORDS = ("war", "clashes", "fighting", "hostilities", "savaş", "savas", "çatişma", "catisma")
_NOUN_TR = r"(?:sava[şs]|[çc]ati[şs]ma)"

_STATES = frozenset({"State"})
_NOUN_EN = r"(?:war|clashes|fighting|hostilities)"
# "war between Armenia and Azerbaijan", "the clashes that broke out between the armed forces of ..."
_BETWEEN_EN = re.compile(
    rf"\b{_NOUN_EN}\s+(?:(?:that|which)\s+)?(?:(?:broke out|erupted|took place|was fought|raged|"
    r"flared up|started|began)\s+)?between\s+(?:the\s+)?"
    r"(?:(?:armed forces|militaries|armies|forces|troops)\s+of\s+(?:the\s+)?)?"
    # "a war between neighbors Azerbaijan and Armenia", "between the two neighbouring countries, A and B"
    r"(?:(?:two\s+)?(?:neighbou?rs|neighbou?ring\s+(?:countries|states)|neighbou?ring|countries|states),?\s+)?"
)
# "the Armenia-Azerbaijan war", "the Armenian-Azerbaijani border clashes": the two sides written as
# one compound before the war word
_COMPOUND_EN = re.compile(
    rf"(?<![\w-])([^\W\d_]+)\s?[-–]\s?([^\W\d_]+)\s+(?:(?:border|military|armed|full-scale)\s+)?{_NOUN_EN}\b"
)
# "Russia's war against Ukraine", "its full-scale war on Ukraine", "Moscow's war with Kyiv"
_AGAINST_EN = re.compile(
    rf"(?:['’]s|\bits)\s+(?:[\w-]+\s+){{0,2}}?{_NOUN_EN}\s+(?:against|on|with)\s+(?:the\s+)?"
)
_WITH_EN = re.compile(r"\s+(?:with|against)\s+(?:the\s+)?(?=\w)")
# "the war in Ukraine", "the fighting in Ukraine"
_IN_EN = re.compile(rf"\b{_NOUN_EN}\s+in\s+(?:the\s+)?")
# "Ermenistan ile Azerbaycan (silahlı kuvvetleri) arasındaki (yaşanan) çatışmalar"
_BETWEEN_TR = re.compile(
    r"(?:\s+(?:silahli kuvvetleri|ordulari|askeri güçleri|güçleri|askerleri))?\s+arasinda(?:ki)?\s+"
    # what stands between is the war's time or kind, not a treaty or talks of the two
    r"(?:(?!\S*(?:imza|anla[şs]|g[öo]r[üu][şs]|m[üu]zakere|bildiri|bari[şs]|ili[şs]ki))[^\s,.;:]+\s+){0,6}?"
    + _NOUN_TR
)
# "Rusya'nın Ukrayna'ya karşı (başlattığı) savaş"
_AGAINST_TR = re.compile(
    r"\s+kar[şs]i\s+(?:(?:başlattiği|yürüttüğü|sürdürdüğü|açtiği|topyekün|tam kapsamli|"
    # "Rusya'nın Ukrayna'ya karşı sürdürmekte olduğu savaş"
    r"(?:sürdürmekte|yürütmekte|vermekte)\s+olduğu|devam ettirdiği)\s+)?" + _NOUN_TR
)
# "Ukrayna'daki savaş", "Ukrayna'da süren savaş"
_IN_TR = re.compile(r"\s+(?:(?:s[üu]ren|devam eden|ya[şs]anan)\s+)?" + _NOUN_TR)
_LOCATIVE_TR = re.compile(r"['’]?(?:[dt][ae]ki|[dt][ae])$")
_GENITIVE_TR = re.compile(r"['’]?n?[ıiuü]n$")
_DATIVE_TR = re.compile(r"['’]?y?[ae]$")


def _sides(s: Sentence, key: str) -> frozenset[str]:
    value = s.lexicon.attribute(key, "sides", ()) or s.lexicon.attribute(key, "parties", ())
    return frozenset(str(v) for v in value) if isinstance(value, list | tuple) else frozenset()


def _wars(s: Sentence) -> list[str]:
    """The lexicon's events that have sides (wars, clashes), found once a lexicon."""
    memo = s.lexicon.memo.setdefault("wars", {})
    if "with sides" not in memo:
        memo["with sides"] = [k for k, e in s.lexicon.entities.items() if e.type == "Event" and _sides(s, k)]
    return memo["with sides"]


def _span(s: Sentence, key: str) -> tuple[str, str]:
    """An event's first and last day (``until`` for fighting of a few days, ``ended`` for a war)."""
    first = str(s.lexicon.attribute(key, "date", ""))
    last = str(s.lexicon.attribute(key, "until", "") or s.lexicon.attribute(key, "ended", ""))
    return first, last


def _in_time(s: Sentence, key: str, d: DateMention) -> bool:
    """The date falls in the event's time, at the date's precision: its first day, or (an event
    with a last day) any day, month or year between."""
    first, last = _span(s, key)
    if not first:
        return False
    if first.startswith(d.value):
        return True
    n = len(d.value)
    return bool(last) and first[:n] <= d.value <= last[:n]


def _is_its_date(s: Sentence, key: str, d: DateMention) -> bool:
    """The date is the event's own (its first day at the date's precision), or a day of fighting
    of a few days (``until``), which reports date by the day they tell."""
    first = str(s.lexicon.attribute(key, "date", ""))
    until = str(s.lexicon.attribute(key, "until", ""))
    return first.startswith(d.value) or bool(until and len(d.value) == 10 and first <= d.value <= until)


# "altı hafta süren", "44 gün süren", "six-week", "44-day": how long the fighting lasted
_LASTED = {
    "en": re.compile(r"\b(\w+)[- ](day|week|month)s?[- ](?:long\s+)?(?:war|fighting|conflict|clashes)"),
    "tr": re.compile(r"\b(\w+)\s+(gün|hafta|ay)\s+(?:süren|sürmüş|süre[nm]\w*)"),
}
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "ten": 10,
    "iki": 2,
    "üç": 3,
    "uc": 3,
    "dört": 4,
    "dort": 4,
    "beş": 5,
    "bes": 5,
    "alti": 6,
    "yedi": 7,
    "sekiz": 8,
    "on": 10,
}
_UNIT_DAYS = {"day": 1, "gün": 1, "week": 7, "hafta": 7, "month": 30, "ay": 30}


def _lasted(s: Sentence, key: str) -> bool:
    """The sentence gives how long the fighting lasted, and that is the event's length."""
    match = _LASTED[s.lang].search(s.folded)
    first, last = _span(s, key)
    if match is None or len(first) != 10 or len(last) != 10:
        return False
    word = match.group(1)
    count = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
    days = count * _UNIT_DAYS[match.group(2)]
    length = (date_type.fromisoformat(last) - date_type.fromisoformat(first)).days + 1
    return days > 0 and abs(days - length) <= max(3, days // 7)


def _which(s: Sentence, sides: frozenset[str]) -> tuple[str, DateMention | None]:
    """The one known event with these sides: alone to have them (and begun by the report's
    day), the one a date of the sentence falls in, the one whose length the sentence gives, or
    (a sentence with no date) the one the report's day falls in; with the date that chose it."""
    found = [k for k in _wars(s) if _sides(s, k) == sides]
    if not found:
        return "", None
    dated = [(k, d) for d in s.dates for k in found if _in_time(s, k, d)]
    if len({k for k, _ in dated}) == 1:
        own = [(k, d) for k, d in dated if _is_its_date(s, k, d)]
        return own[0] if own else (dated[0][0], None)
    lasted = [k for k in found if _lasted(s, k)]
    if len(lasted) == 1:
        return lasted[0], None
    # "the trilateral statement that ended the war between Armenia and Azerbaijan": the known
    # treaty the sentence names was signed in the war's time
    signed = {str(s.lexicon.attribute(m.key, "date", "")) for m in s.mentions if m.type == "Treaty"}
    ended = [k for k in found if any(len(v) == 10 and _span(s, k)[0] <= v <= _span(s, k)[1] for v in signed)]
    if len(ended) == 1:
        return ended[0], None
    if s.dates:
        return "", None
    today = s.document.date or ""
    if len(found) == 1:
        first = str(s.lexicon.attribute(found[0], "date", ""))
        return (found[0], None) if first and first <= (today or "9999") else ("", None)
    # a report written while the fighting went on (or the week after) tells of it
    now = [k for k in found if len(today) == 10 and _during(s, k, today)]
    return (now[0], None) if len(now) == 1 else ("", None)


def _during(s: Sentence, key: str, day: str) -> bool:
    first, last = _span(s, key)
    if len(first) != 10 or len(last) != 10:
        return False
    end = date_type.fromisoformat(last) + timedelta(days=7)
    return first <= day <= end.isoformat()


def _group(s: Sentence, first: M | None, forward: bool) -> list[M]:
    if first is None:
        return []
    return [m for m in s.coordination(first, _STATES, forward=forward) if m.type == "State"]


def _side_statements(s: Sentence, group: list[M], cue: tuple[int, int], rule: str) -> None:
    sides = frozenset(m.key for m in group)
    if len(sides) < 2:
        return
    key, date = _which(s, sides)
    if not key:
        return
    for m in group:
        s.state(key, "participant", m.key, "entity", s.cover(cue, m), rule)
    if date is not None:
        s.state_date(key, date, "war.sides.date")
    for place in _where(s, group, cue):
        s.state(key, "heldIn", place.key, "entity", s.cover(cue, place), "war.sides.place")


_IN_PLACE_EN = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:disputed|breakaway|mountainous)\s+)?(?:region\s+of\s+)?$"
)


def _where(s: Sentence, group: list[M], cue: tuple[int, int]) -> list[M]:
    """Where the fighting was, written with it: "fighting between A and B in Nagorno-Karabakh",
    "A ile B arasında ... Dağlık Karabağ'daki çatışmalar"."""
    places = [m for m in s.mentions if m.type == "Place"]
    if s.lang == "en":
        last = max(m.end for m in group)
        return [m for m in places if m.start >= last and _IN_PLACE_EN.fullmatch(s.folded[last : m.start])][:1]
    return [
        m
        for m in places
        if cue[0] <= m.start and m.end <= cue[1] and re.search(r"[dt][ae](?:ki)?$", s.folded[m.start : m.end])
    ][:1]


# "In autumn 2020, the 44-day Second Karabakh War", "the Second Karabakh War (in autumn 2020)",
# "2020 sonbaharında ... İkinci Karabağ Savaşı": a year written beside a war's name, with its season
_SEASON = r"(?:(?:early|late|mid-|the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)"
_YEAR_BEFORE = {
    "en": re.compile(rf"\b(?:in|during)\s+{_SEASON}?((?:19|20)\d\d),?\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$"),
    "tr": re.compile(
        r"\b((?:19|20)\d\d)\s+(?:yili(?:nin)?\s+)?(?:ilkbahar|yaz|sonbahar|kiş)\w*\s+(?:[\w-]+\s+){0,2}$"
    ),
}
_YEAR_AFTER = {
    "en": re.compile(rf"\s*[(,]\s*(?:in|during)\s+{_SEASON}?((?:19|20)\d\d)\b"),
    "tr": re.compile(r"['’]?\w*\s*\(\s*((?:19|20)\d\d)\b"),
}


def _years_of_names(s: Sentence) -> None:
    """The date (its year) of a known war the sentence names with the year written beside it."""
    for m in s.mentions:
        if m.type != "Event" or m.kind != "name":
            continue
        first = str(s.lexicon.attribute(m.key, "date", ""))
        if not first:
            continue
        match = _YEAR_BEFORE[s.lang].search(s.folded, max(0, m.start - 60), m.start) or _YEAR_AFTER[
            s.lang
        ].match(s.folded, m.end)
        if match is not None and match.group(1) == first[:4]:
            year = DateMention(match.start(1), match.end(1), match.group(1), True, "gYear", "")
            s.state_date(m.key, year, "war.year")


def war_sides(s: Sentence) -> None:
    """participant (and the date that told the war) of a known war written by its sides."""
    if not has_any(s.folded, WAR_WORDS) or not _wars(s):
        return
    _years_of_names(s)
    states = [m for m in s.mentions if m.type == "State"]
    if s.lang == "en":
        for match in _BETWEEN_EN.finditer(s.folded):
            group = _group(s, s.at(match.end(), len(s.text), _STATES), True)
            _side_statements(s, group, match.span(), "war.sides.between")
        for match in _COMPOUND_EN.finditer(s.folded):
            pair = [
                next((m for m in states if m.start == match.start(i) and m.end == match.end(i)), None)
                for i in (1, 2)
            ]
            if pair[0] is not None and pair[1] is not None:
                _side_statements(s, [pair[0], pair[1]], match.span(), "war.sides.compound")
        for m in s.mentions:
            # "Azerbaijan regained its lands after the 2020 war with Armenia": a known war named, the
            # side it was fought with after it, the other side told before in the sentence
            with_side = _WITH_EN.match(s.folded, m.end) if m.type == "Event" and m.kind == "name" else None
            other = s.at(with_side.end(), len(s.text), _STATES) if with_side is not None else None
            sides = _sides(s, m.key) if other is not None else frozenset()
            if other is not None and len(sides) == 2 and other.key in sides:
                first = [x for x in states if x.end <= m.start and x.key in sides - {other.key}]
                if first:
                    for held in (first[-1], other):
                        s.state(
                            m.key,
                            "participant",
                            held.key,
                            "entity",
                            s.cover((m.start, m.end), held),
                            "war.sides.with",
                        )
        for match in _AGAINST_EN.finditer(s.folded):
            other = s.at(match.end(), len(s.text), _STATES)
            if match.group().startswith("its"):
                before = [m for m in states if m.end <= match.start()]
                owner = before[-1] if before else None
            else:
                owner = s.ending_near(match.start(), _STATES, r"")
            if owner is not None and other is not None:
                _side_statements(s, [owner, other], match.span(), "war.sides.against")
        for match in _IN_EN.finditer(s.folded):
            _held_in(s, s.at(match.end(), len(s.text), _STATES), match.span())
        for m in s.mentions:
            # the lexicon's name that says where: "the war in Ukraine"
            if m.type == "Event" and m.kind == "name":
                inner = _IN_EN.search(s.folded, m.start, m.end)
                where = s.folded[inner.end() : m.end] if inner is not None else ""
                for side in _sides(s, m.key) if where else ():
                    if any(
                        fold(label).lower() == where
                        for names in s.lexicon.entities[side].labels.values()
                        for label in names
                    ):
                        s.state(m.key, "heldIn", side, "entity", (m.start, m.end), "war.sides.place")
        return
    for match in _BETWEEN_TR.finditer(s.folded):
        last = s.ending_near(match.start(), _STATES, r"")
        _side_statements(s, _group(s, last, False), match.span(), "war.sides.between")
    for match in _AGAINST_TR.finditer(s.folded):
        other = s.ending_near(match.start(), _STATES, r"")
        if other is None or not _DATIVE_TR.search(s.folded[other.start : other.end]):
            continue
        owner = s.ending_near(other.start, _STATES, r"\s+")
        if owner is not None and _GENITIVE_TR.search(s.folded[owner.start : owner.end]):
            _side_statements(s, [owner, other], match.span(), "war.sides.against")
    for match in _IN_TR.finditer(s.folded):
        place = s.ending_near(match.start(), _STATES, r"")
        if place is not None and _LOCATIVE_TR.search(s.folded[place.start : place.end]):
            _held_in(s, place, match.span())


def _held_in(s: Sentence, place: M | None, cue: tuple[int, int], key: str = "") -> None:
    """ "the war in Ukraine", "Ukrayna'daki savaş": the one known war with that state as a side,
    begun by the report's day."""
    if place is None:
        return
    if not key:
        found = [k for k in _wars(s) if place.key in _sides(s, k)]
        begun = [
            k
            for k in found
            if str(s.lexicon.attribute(k, "date", "9999")) <= (s.document.date or "0")
            and not s.lexicon.attribute(k, "until", "")
        ]
        if len(found) != 1 or len(begun) != 1:
            return
        key = begun[0]
    if place.key in _sides(s, key):
        s.state(key, "heldIn", place.key, "entity", s.cover(cue, place), "war.sides.place")


# Turkish typed without its own letters ("imzaladilar", "Nahcivan'a baglayacak"): every Turkish
# word and pattern of this module reads as with them
loosen_turkish(globals())


def foes(lexicon: Lexicon) -> dict[str, list[str]]:
    """Each state on a side of a war or clashes the lexicon knows, with the states on the other."""
    memo = lexicon.memo.setdefault("war foes", {})
    if not memo:
        for key, e in lexicon.entities.items():
            sides = lexicon.attribute(key, "sides", ()) or lexicon.attribute(key, "parties", ())
            if e.type != "Event" or not isinstance(sides, list | tuple) or len(sides) != 2:
                continue
            one, other = (str(v) for v in sides)
            memo.setdefault(one, []).append(other)
            memo.setdefault(other, []).append(one)
        memo.setdefault("", [])  # (known, even when no war has sides)
    return memo


def sides_mediate_nothing(
    statements: list[Statement], lexicon: Lexicon, state_of: Callable[[str, str], str]
) -> list[Statement]:
    """A mediator brings two others together, once a meeting's people are settled:

    - a side of a conflict the lexicon knows mediates no meeting its foe takes part in ("at the
      invitation of Putin, President Aliyev took part in the summit" with Pashinyan there,
      "Bayramov ve Mirzoyan'ın Nurtleu ile üçlü görüşmeleri"), whatever phrase made it read so;
    - the one host or inviter of a meeting whose other people are of one state is that meeting's
      other side, and takes part ("Aliyev'in daveti üzerine Nahçıvan'a gelen Erdoğan, Aliyev ile
      görüştü", "Çavuşoğlu, Lavrov'un davetlisi olarak Soçi'ye gelecek"): a venue read as a
      body, or the host's own people, make no second side.

    ``state_of(key, day)`` is the one state a person holds an office of (or a state itself)."""
    against = foes(lexicon)
    people, hosts = people_and_mediators(statements)
    drop: set[tuple[str, str]] = set()
    join: list[Statement] = []
    for st in statements:
        if st.relation != "mediatedBy" or st.subject not in people or (st.subject, st.object) in drop:
            continue
        day = _DAY_OF_KEY.match(st.subject.removeprefix("meeting/"))
        when = day.group() if day else ""
        mine = state_of(st.object, when)
        if not mine:
            continue
        theirs = {state_of(p, when) for p in people[st.subject] if p != st.object} - {"", mine}
        if any(other in against.get(mine, ()) for other in theirs):
            drop.add((st.subject, st.object))
        elif st.modality == "asserted" and len(theirs) == 1 and len(hosts.get(st.subject, ())) == 1:
            # (hosts holds asserted mediators only: a mediation merely intended is no host)
            drop.add((st.subject, st.object))
            if st.object not in people[st.subject] and state_of(st.object, when) != st.object:
                join.append(fact_from(st, st.subject, "participant", st.object, "meeting.host.side"))
    if not drop:
        return statements
    kept = [st for st in statements if not (st.relation == "mediatedBy" and (st.subject, st.object) in drop)]
    return kept + join


_DAY_OF_KEY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
