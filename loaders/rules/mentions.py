"""Mentions beyond names: demonyms, metonymy, coreference and titles.

- "Azerbaijani President", "Rus askerleri": a demonym stands for its state.
- "the Baku administration", "Bakü yönetimi": a capital's government is its state.
- "the two countries", "iki ülke": the two states most recently named.
- "ABD Başkanı", "the Russian President": a title resolves to its holder at
  the date of the sentence (or of the document); with a name beside it, the
  title also says whom the person leads (``leaderOf``).
"""

from __future__ import annotations

import re

from loaders.rules import AGENT_TYPES, HEAD_TITLES, M, Sentence, has_any
from loaders.rules.discovery import loose

_GOVERNMENT = {
    "en": re.compile(r"(?:'s)?\s+(?:administration|government|leadership|authorities|regime|officials)\b"),
    "tr": re.compile(r"\s+(?:yönetim|hükümet|iktidar|rejim)\w*"),
}
_TWO = {
    "en": re.compile(
        r"\b(?:the two|both|the two neighbou?ring|both neighbou?ring)\s+"
        r"(?:countries|states|sides|nations|republics|parties)\b"
    ),
    "tr": re.compile(r"(?:her )?iki (?:ülke|devlet|taraf|komşu ülke|cumhuriyet)\w*|taraflar\w*"),
}
_TWO_LEADERS = {
    "en": re.compile(r"\b(?:the two|both)\s+leaders\b"),
    "tr": re.compile(r"(?:her )?iki lider\w*"),
}
TITLES = {
    "en": [
        (r"deputy prime minister", "deputy-prime-minister"),
        (r"(?:deputy|vice) (?:foreign )?minister(?: of foreign affairs)?", "deputy-minister"),
        (r"prime minister|premier|pm", "prime-minister"),
        (r"vice[- ]president", "vice-president"),
        (r"president", "president"),
        (r"chancellor", "chancellor"),
        (r"foreign minister|minister of foreign affairs", "foreign-minister"),
        (r"secretary of state", "secretary-of-state"),
        (r"high representative", "high-representative"),
        (r"secretary[- ]general", "secretary-general"),
        # Iran's official title, "Leader of the Islamic Revolution (Ayatollah) Ali Khamenei"
        (r"supreme leader|leader of (?:the )?islamic revolution", "supreme-leader"),
        (r"leaders?", "leader"),
    ],
    "tr": [
        # "Başbakan Yardımcısı", the plural "Başbakan Yardımcıları" (each a deputy), and the
        # bare "Yardımcı" some reports write: a deputy, never the head the first word names
        # "Başbakan Birinci Yardımcısı X": the first deputy, an ordinal between
        (r"başbakan (?:birinci )?yardimci(?:s[ii]|lar[ii]?)?", "deputy-prime-minister"),
        (r"(?:dişişleri )?bakan (?:birinci )?yardimci(?:s[ii]|lar[ii]?)?", "deputy-minister"),
        (
            r"cumhurbaşkani (?:birinci )?yardimci(?:s[ii]|lar[ii]?)?|"
            r"başkan (?:birinci )?yardimci(?:s[ii]|lar[ii]?)?",
            "vice-president",
        ),
        # "Dağlık Karabağ Cumhuriyeti'nin başı X": the head of a state or body, in the genitive only
        # ("Cumhurbaşkanı Vekili X", "Başbakan Vekili X": an acting head holds the office)
        (
            r"cumhurbaşkan(?:[ii]|imiz)(?: vekil[ii])?|devlet başkan[ii]|başkan[ii]?|baş[ii](?= [a-zçğıöşü])",
            "president",
        ),
        (r"başbakan(?: vekil[ii]|[ii]?)", "prime-minister"),
        (r"şansölyes[ii]", "chancellor"),
        (r"dişişleri bakan(?:[ii]| vekil[ii])", "foreign-minister"),
        (r"yüksek temsilcis[ii]", "high-representative"),
        (r"genel sekreter[ii]?", "secretary-general"),
        (r"(?:dini|yüksek|dinî|ruhani|islam devrimi|devrim) (?:lider[ii]?|rehber[ii]?)", "supreme-leader"),
        (r"lider(?:ler)?[ii]?", "leader"),
    ],
}
_TITLE_RE = {
    lang: re.compile(
        r"(?<!\w)(?:"
        + "|".join(f"(?P<t{i}>{loose(p) if lang == 'tr' else p})" for i, (p, _) in enumerate(entries))
        + r")(?:'?(?:n[ii]n|y[ii]|ndan|na|nin))?(?!\w)"
    )
    for lang, entries in TITLES.items()
}
# Between a title and its holder's name: honorifics and initials ("Sayın İlham Aliyev", "I.H. Aliyev").
_HONORIFIC_GAP = (
    r"[\s,]*(?:(?:republic|federation)\s+)?(?:(?:sayin|sn\.?|mr\.?|mrs\.?|ms\.?|dr\.?|sheikh|şeyh)\s+)?"
    # Iran's clerical honorifics: "Ayatollah Seyed Ali Khamenei", "Ayetullah Seyyid Ali Hamaney"
    r"(?:(?:ayatollah|ayetullah|grand ayatollah|seyed|seyyed|sayyid|seyyid|hojatoleslam)\s+){0,2}"
    r"(?:[a-zçğöşü]\.\s*){0,3}"
    # "President Vladimir Vladimirovich Putin": a first name and a patronymic before the surname
    r"(?:\w+\s+\w+(?:ovich|evich|ovna|evna|ovi[çc]|evi[çc])\s+)?"
)
_SERVES = re.compile(
    r"\b(?:envoy|representative|adviser|advisor|aide|assistant|spokes(?:man|woman|person)|secretary|"
    r"chief of staff|counsel+or|administration|office|staff|deputy)\s+(?:of|to)\s+(?:the\s+)?$"
)
_APPOSED = re.compile(r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_CLERICAL = re.compile(
    r"[\s,]*(?:(?:grand ayatollah|ayatollah|ayetullah|seyed|seyyed|sayyid|seyyid|hojatoleslam)\s+){1,2}"
)
# "former", "(then) Turkish President", "dönemin Cumhurbaşkanı": an office held before
_FORMER = re.compile(
    r"(?:former|ex-|\bthen|\blate|eski|önceki|sabik|dönemin|görev(?:i| süresi) (?:sona )?eren|"
    r"görevden ayril(?:an|mi[şs]))\)?\s*$"
)


def add_demonyms(s: Sentence) -> None:
    taken = [(m.start, m.end) for m in s.mentions]
    found = s.lexicon.find_demonyms(s.text, s.folded) if s.demonyms is None else s.demonyms
    for key, start, end in found:
        if any(a < end and start < b for a, b in taken):
            continue
        s.mentions.append(M(key, s.lexicon.entities[key].type, start, end, "demonym"))


def resolve_metonymy(s: Sentence) -> None:
    """A capital followed by a word for government stands for the state."""
    capitals = s.lexicon.capitals()
    for m in list(s.mentions):
        if m.key in capitals and m.kind == "name":
            match = _GOVERNMENT[s.lang].match(s.folded, m.end)
            if match:
                state = capitals[m.key]
                s.mentions.remove(m)
                s.mentions.append(M(state, s.lexicon.entities[state].type, m.start, match.end(), "metonym"))


def resolve_two(s: Sentence, recent_states: list[str], group: list[str] | None = None) -> None:
    """ "the two countries" / "iki ülke": the two states just named (the
    parties to the conflict when both are in view); a bare "taraflar" after three or more
    states named together, the last states named, is all of them."""
    if not has_any(s.folded, _TWO_WORDS[s.lang]):
        return
    for match in _TWO[s.lang].finditer(s.folded):
        keys = _pair(s, recent_states, match.start())
        if (
            group
            and len(group) >= 3
            and match.group(0).startswith("taraf")
            and not {"armenia", "azerbaijan"} <= set(keys)
        ):
            here = [
                m.key for m in s.mentions if m.type == "State" and m.end <= match.start() and not m.consumed
            ]
            pool = _distinct(recent_states[-8:] + here)
            if set(pool[-len(group) :]) == set(group):
                keys = list(group)
        for key in keys:
            s.mentions.append(M(key, "State", match.start(), match.end(), "coref"))
    for match in _TWO_LEADERS[s.lang].finditer(s.folded):
        for key in _pair(s, recent_states, match.start()):
            for person in _heads(s, key):
                s.mentions.append(M(person, "Person", match.start(), match.end(), "title"))


# "the three countries", "the countries", "these states", "üç ülke", "bu ülkeler": the states
# named together last (a number must match their count).
_COUNTRIES = {
    "en": re.compile(
        r"\b(?:(?:the|these|those|all)\s+(?:(?P<n>three|four|five)\s+)?(?:countries|states|nations)|"
        # "the three sides", "all three sides": a number makes the sides the states named together
        r"(?:the|all)\s+(?P<n2>three|four|five)\s+(?:sides|parties))\b"
        r"(?!\s+(?:of|in|that|which|who|whose|with|around|across|along|on)\b)"
    ),
    "tr": re.compile(r"(?<!\w)(?:(?P<n>üç|dört|beş)\s+(?:ülke|taraf)\w*|(?:bu|söz konusu|tüm)\s+ülkeler\w*)"),
}
_NUMBERS = {"three": 3, "four": 4, "five": 5, "üç": 3, "dört": 4, "beş": 5}


def states_named_together(s: Sentence) -> list[str]:
    """The largest list of states the sentence names together ("Türkiye, Azerbaijan and
    Turkmenistan"), in order; empty when it names none together."""
    if len({m.key for m in s.mentions if m.type == "State"}) < 2:
        return []  # (a list of two states or more needs two states' mentions)
    best: list[str] = []
    reached: set[int] = set()  # the mentions a list found so far holds
    for m in s.mentions:
        if m.type != "State" or m.kind not in ("name", "demonym") or id(m) in reached:
            continue  # (a list from a state inside one found goes on as it does: no longer)
        joined = s.coordination(m, {"State"})
        reached.update(map(id, joined))
        keys = list(dict.fromkeys(x.key for x in joined if x.type == "State"))
        if len(keys) > len(best):
            best = keys
    return best if len(best) >= 2 else []


def resolve_countries(s: Sentence, group: list[str]) -> None:
    """ "the countries signed a joint declaration": the states named together before."""
    if len(group) < 2 or not has_any(
        s.folded, ("countries", "states", "nations", "ülke", "sides", "parties", "taraf")
    ):
        return
    for match in _COUNTRIES[s.lang].finditer(s.folded):
        n = match.group("n") or (match.group("n2") if s.lang == "en" else None)
        if n is not None and _NUMBERS[n] != len(group):
            continue
        if any(m.start < match.end() and match.start() < m.end for m in s.mentions):
            continue
        for key in group:
            s.mentions.append(M(key, "State", match.start(), match.end(), "coref"))


# People named together before, then referred to as a group: "the two leaders", "the special
# representatives", "the co-chairs", "iki lider", "özel temsilciler", "eş başkanlar".
_GROUP = {
    "en": re.compile(
        r"\b(?:(?P<two>the two|both|the three|the four)\s+(?:leaders|presidents|heads of state|ministers|"
        r"foreign ministers|"
        r"top diplomats|envoys|special representatives|representatives|negotiators|counterparts|officials)|"
        r"the\s+(?:co-?chairs|mediators|special (?:envoys|representatives)|envoys|negotiators|presidents|"
        r"leaders|heads of state))\b"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:(?P<two>(?:her )?iki|üç|dört) (?:lider|bakan|dişişleri bakani|özel temsilci|temsilci|"
        r"cumhurbaşkani|başbakan|mevkidaş)\w*|(?:eş başkanlar|özel temsilciler|arabulucular)\w*)"
    ),
}
_COUNT = {"two": 2, "both": 2, "iki": 2, "three": 3, "üç": 3, "four": 4, "dört": 4}
_GROUP_WORDS = {
    "en": (
        "two",
        "both",
        "three",
        "four",
        "chair",
        "mediators",
        "envoys",
        "representatives",
        "negotiators",
        "the presidents",
        "the leaders",
        "heads of state",
    ),
    "tr": ("iki", "üç", "dört", "eş başkan", "temsilciler", "arabulucular"),
}


# the words that introduced a group, for the word that refers back to it
_ROLE_OF_GROUP = (
    (re.compile(r"co-?chair|eş başkan"), re.compile(r"co-?chair|eş başkan")),
    (re.compile(r"mediator|arabulucu"), re.compile(r"co-?chair|eş başkan|mediat|arabulucu")),
    (re.compile(r"envoy|representative|temsilci"), re.compile(r"envoy|representative|temsilci")),
    (
        re.compile(r"leader|president|heads of state|lider|cumhurbaşkan|başbakan"),
        # not "Presidential Administration": an office's body, no head
        re.compile(
            r"president(?!ial)|prime minister|premier|leader|chancellor|cumhurbaşkan(?!l[ıi]ğ)|"
            r"başbakan(?!l[ıi]k)|lider|devlet başkan"
        ),
    ),
    (re.compile(r"minister|diplomat|bakan|mevkidaş"), re.compile(r"minister|bakan")),
)


# the offices (the lexicon's role titles) that make people named without a title the group a
# word refers back to: "the two leaders" are heads of state or government
_HEADS = frozenset(["president", "prime-minister", "chancellor", "supreme-leader", "emir"])
_ROLE_HELD: tuple[tuple[re.Pattern[str], frozenset[str] | str], ...] = (
    (re.compile(r"co-?chair|eş başkan"), frozenset(["co-chair"])),
    (re.compile(r"envoy|representative|temsilci"), frozenset(["special-envoy", "special-representative"])),
    (re.compile(r"leader|president|heads of state|lider|cumhurbaşkan|başbakan"), _HEADS),
    (re.compile(r"minister|bakan"), "-minister"),
)


def _holds(s: Sentence, person: str, held: frozenset[str] | str, date: str) -> bool:
    for role in s.lexicon.roles_of(person, date):
        if isinstance(held, str):
            if role.title.endswith(held) and not role.title.startswith("deputy"):
                return True
        elif role.title in held and (held is not _HEADS or s.type_of(role.of) == "State"):
            return True
    return False


_OF_OWNERS_EN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_ALL_OF_A_KIND_EN = re.compile(r"\b(?:all|other)\s+$")
# "The Co-Chairs met with Prime Minister Pashinyan": the people after a verb are not the group
_ACT_BEFORE = re.compile(r"\b(?:met|meet|received|hosted|visited|talks with|görüş\w*|kabul\w*|ağirla\w*)\b")


def resolve_groups(s: Sentence, groups: list[tuple[list[str], str, int]]) -> None:
    """ "the two leaders", "özel temsilciler", "the co-chairs": the people the document last
    named together under the same kind of title (two of them for "the two ..."); nothing when
    the sentence names the group's people itself or no earlier sentence named such a group.
    ``groups`` holds each sentence's people with the words from just before the first of them to
    the last, and where the first starts in those words."""
    if not groups or not has_any(s.folded, _GROUP_WORDS[s.lang]):
        return
    for match in _GROUP[s.lang].finditer(s.folded):
        if any(m.type == "Person" and match.start() <= m.start <= match.end() + 3 for m in s.mentions):
            continue  # "the two leaders, Aliyev and Pashinyan": named here
        if s.lang == "en" and _ALL_OF_A_KIND_EN.search(s.folded, max(0, match.start() - 8), match.start()):
            continue  # "with all the heads of state at the event": everyone of that office, no group
        owners = _OF_OWNERS_EN.match(s.text, match.end()) if s.lang == "en" else None
        if owners is not None and any(m.type == "State" and m.start == owners.end() - 1 for m in s.mentions):
            # "signed by the presidents of Russia and Azerbaijan": the offices of the states named
            # after it, not people named before (but "the co-chairs of the Minsk Group" are)
            continue
        words = match.group(0)
        introduced = next((intro for role, intro in _ROLE_OF_GROUP if role.search(words)), None)
        holds = next((held for role, held in _ROLE_HELD if role.search(words)), None)
        date = _date_for_roles(s)
        # the last group that fits, looked for from the end (a long document holds many)
        fits = next(
            (
                people
                for people, text, first in reversed(groups)
                if (
                    introduced is None
                    or (introduced.search(text) and not _ACT_BEFORE.search(text, 0, first))
                    # "Aliyev met Garibashvili in Tbilisi ... The two leaders signed ...": no title
                    # beside the names, but each holds the group's office at the date
                    or (holds is not None and all(_holds(s, p, holds, date) for p in people))
                )
                and (not match.group("two") or len(people) == _COUNT[match.group("two").split()[-1]])
            ),
            None,
        )
        if not fits:
            continue
        for person in fits:
            s.mentions.append(M(person, "Person", match.start(), match.end(), "coref"))


_TWO_WORDS = {"en": ("two", "both"), "tr": ("iki", "taraf")}
_TITLE_WORDS = {
    "en": ("president", "minister", "premier", "pm", "chancellor", "secretary", "representative", "leader"),
    "tr": (
        "başkan",
        "baskan",
        "bakan",
        "şansölye",
        "sansolye",
        "sekreter",
        "temsilci",
        "lider",
        "rehber",
        "başi",
        "basi",
    ),
}


def _pair(s: Sentence, recent_states: list[str], before: int) -> list[str]:
    # "Erdoğan ile Azerbaycan Cumhurbaşkanı Aliyev, iki ülke arasında ... imzaladı": the two
    # states the people the sentence names before it lead or serve
    date = s.document.date or s.doc_year
    served: list[str] = []
    for m in s.mentions:
        if m.type == "Person" and m.end <= before:
            for role in s.lexicon.roles_of(m.key, date):
                if role.of not in served and s.type_of(role.of) == "State":
                    served.append(role.of)
    if len(served) == 2:
        return served
    here = [m.key for m in s.mentions if m.type == "State" and m.end <= before and not m.consumed]
    pool = _distinct(recent_states[-8:] + here)
    if {"armenia", "azerbaijan"} <= set(pool):
        return ["azerbaijan", "armenia"]
    return pool[-2:] if len(pool) >= 2 else []


def _distinct(keys: list[str]) -> list[str]:
    seen: list[str] = []
    for key in keys:
        if key in seen:
            seen.remove(key)
        seen.append(key)
    return seen


def _date_for_roles(s: Sentence) -> str:
    days = [d for d in s.dates if d.precision == "date"]
    return days[0].value if days else (s.document.date or s.doc_year)


def _heads(s: Sentence, of: str) -> list[str]:
    title = str(s.lexicon.attribute(of, "leader_title", "president"))
    return s.lexicon.holders(of, title, _date_for_roles(s))


_BARE_BASKAN = re.compile(r"ba[şs]kan")
_BARE_HEAD = re.compile(r"ba[şs][ii]")
_GENITIVE = re.compile(r"['’]?n?[ıiuü]n\s+$")
_CHAIR_BEFORE = re.compile(loose(r"(?:genel|onursal|eş|kurucu|belediye|meclis|parti|kulüp)\s+$"))


def titles(s: Sentence) -> None:
    """Leaders by title: ``leaderOf`` from apposition, and person mentions
    for titles without a name."""
    states = {"State", "Organization"}
    if not has_any(s.folded, _TITLE_WORDS[s.lang]):
        return
    for match in _TITLE_RE[s.lang].finditer(s.folded):
        title = TITLES[s.lang][int(str(match.lastgroup)[1:])][1]  # the one title group that matched
        ts, te = match.start(), match.end()
        if (
            s.lang == "tr"
            and title == "president"
            and s.folded[ts:te].startswith(("başkan", "baskan"))
            and not s.ending_near(ts, states, r"\s*")
            and not _BARE_BASKAN.fullmatch(s.folded, ts, te)
        ) or (
            _BARE_BASKAN.fullmatch(s.folded, ts, te)
            and (
                _CHAIR_BEFORE.search(s.folded, max(0, ts - 12), ts)
                or s.at(te, len(s.text), {"Person"}) is None
            )
        ):
            # "başkanı" alone is any chair; it needs its state: "ABD Başkanı"; "Başkan Erdoğan"
            # (the head of state's title in much of the Turkish press) is the office the lexicon
            # gives the person, not "Genel Başkan X" (a party's chair)
            continue
        # The state or organization: before the title ("Azerbaijani President",
        # "ABD Başkanı", "European Council President") or after it ("President of Azerbaijan").
        of = s.ending_near(ts, states, r"(?:'s)?\s*" if s.lang == "en" else r"\s*(?:cumhuriyeti\s+)?")
        phrase_end = te
        if of is None and s.lang == "en":
            # "the president of the self-proclaimed Nagorno-Karabakh Republic, X"
            after = re.match(
                r"\s+of\s+(?:the\s+)?(?:(?:self-proclaimed|breakaway|unrecogni[sz]ed|de facto)\s+)?",
                s.folded[te:],
            )
            if after:
                of = s.at(te + after.end(), len(s.text), states)
                if of is not None:
                    phrase_end = of.end
        phrase_start = of.start if of is not None and of.start < ts else ts
        if title == "leader" and re.match(r"leaders|liderler", s.folded[ts:te]):
            # "Ermenistan ve Azerbaycan liderleri Nikol Paşinyan ve İlham Aliyev": a plural title
            # pairs a list of states with a list of names (discovery's respective offices)
            _leaders(s, match.start(), match.end(), phrase_start, phrase_end)
            continue
        if title == "leader":
            named = s.at(phrase_end, len(s.text), {"Person"}) if of is not None else None
            if (
                named is not None
                and of is not None
                and of.type == "State"
                and re.fullmatch(r"\s+", s.folded[phrase_end : named.start])
                and not _led_before(s, named.key, of.key)
            ):
                # "Turkmen leader Serdar Berdimuhamedov": a named leader of a state leads it
                # (not "the national leader of Azerbaijan Heydar Aliyev", who led it before)
                s.state(
                    named.key, "leaderOf", of.key, "entity", (phrase_start, named.end), "leadership.title"
                )
                of.consumed = True
                continue
            _leaders(s, match.start(), match.end(), phrase_start, phrase_end)
            continue
        bare_head = s.lang == "tr" and _BARE_HEAD.fullmatch(s.folded, ts, te) is not None
        head_named = s.at(te, len(s.text), {"Person"}) if bare_head else None
        if bare_head and (
            of is None
            or not _GENITIVE.search(s.folded, of.start, ts)
            or head_named is None
            or re.search(r"['’](?![ıiuü]n$|n[ıiuü]n$)", s.text[head_named.start : head_named.end])
        ):
            continue  # "başı" is a head only as "X'in başı" before the head's name (not its object)
        # The holder: the name right after the phrase, or before it in apposition.
        initials = re.match(
            r"[\s,]*(?:(?:sayin|sn\.?|mr\.?|mrs\.?|ms\.?|dr\.?|sheikh|şeyh)\s+)?(?:[a-zçğöşü]\.\s*){0,3}"
            # "President Vladimir Vladimirovich Putin": a first name and a patronymic before the surname
            r"(?:\w+\s+\w+(?:ovich|evich|ovna|evna|ovi[çc]|evi[çc])\s+)?",
            s.folded[phrase_end:],
        )
        holder = s.at(phrase_end + (initials.end() if initials else 0), len(s.text), {"Person"})
        if holder is None:
            # "Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei": a cleric's honorifics
            clerical = _CLERICAL.match(s.folded, phrase_end)
            if clerical is not None:
                holder = s.at(clerical.end(), len(s.text), {"Person"})
        if holder is not None and not re.fullmatch(_HONORIFIC_GAP, s.folded[phrase_end : holder.start]):
            holder = None
        if holder is None and s.lang == "en":
            holder = s.ending_near(phrase_start, {"Person"}, r",\s*(?:the\s+)?(?:then[- ])?")
            if holder is not None and holder.kind == "title":
                holder = None  # "the Prime Minister of Armenia, the President of Azerbaijan": two offices
            if holder is not None and s.folded.startswith("'s", phrase_end):
                holder = None  # "Jake Sullivan, US President's National Security Adviser": the adviser
        if of is not None:
            of.consumed = True
        serves = (
            _SERVES.search(s.folded, max(0, phrase_start - 40), phrase_start) if holder is not None else None
        )
        if serves is not None and not _APPOSED.search(s.folded, max(0, serves.start() - 40), serves.start()):
            # "Special Envoy of the President of Azerbaijan X", "Assistant to the President X",
            # "Aide to Russian President X": the name is the envoy's or aide's, who heads nothing
            # (not "Velayati, a senior adviser to Leader X": the adviser is named before)
            holder = None
        if holder is not None and not _FORMER.search(s.folded[max(0, phrase_start - 40) : phrase_start]):
            heads = title in HEAD_TITLES
            if of is not None and heads and _held_before(s, holder.key, of.key, title):
                heads = (
                    False  # "under the President of Azerbaijan Heydar Aliyev": an office held before the date
                )
            if of is not None and heads and _holds_other_office(s, holder.key, of.key, title):
                # "Azerbaijan's Prime Minister Shahin Mustafayev": the lexicon knows his office in that
                # state at the date, and it is not this one (a deputy's title cut short)
                heads = False
            if of is not None and heads and _heads_another_state(s, holder.key, of.key):
                # "Turkish President and Armenian Prime Minister Tayyip Erdogan and Nikol Pashinyan": the
                # name after the second title is the first title's, whose state the lexicon knows
                heads = False
            if of is not None and heads:
                s.state(
                    holder.key,
                    "leaderOf",
                    # "President of the Council of the European Union X": the Council of the EU has no
                    # president of its own (a state holds its presidency); the person presides the
                    # European Council
                    "european-council"
                    if of.key == "council-of-the-european-union" and title == "president"
                    else of.key,
                    "entity",
                    s.cover((phrase_start, phrase_end), holder),
                    "leadership.title",
                )
            elif of is None and heads:
                # (held at the article's date too: "last year, President Trump's statement" in an article
                # of 2021 gives no office; tests/devset/README.md)
                now = {(r.of, r.title) for r in s.lexicon.roles_of(holder.key, s.document.date or s.doc_year)}
                for role in s.lexicon.roles_of(holder.key, _date_for_roles(s)):
                    if role.title == title and (role.of, role.title) in now:
                        # "President Aliyev", "Cumhurbaşkanı Erdoğan": the title states the office;
                        # whose it is, the lexicon's role at the date (tests/devset/README.md)
                        s.state(
                            holder.key,
                            "leaderOf",
                            role.of,
                            "entity",
                            s.cover((ts, te), holder),
                            "leadership.role",
                        )
                        break
        elif of is not None and not _FORMER.search(s.folded[max(0, phrase_start - 40) : phrase_start]):
            people = s.lexicon.holders(of.key, title, _date_for_roles(s))
            if len(people) == 1 and not re.match(r"s\b", s.folded[te : te + 2]):
                s.mentions.append(M(people[0], "Person", phrase_start, phrase_end, "title"))


def _led_before(s: Sentence, person: str, of: str) -> bool:
    """The lexicon knows ``person`` headed ``of``, but not at the sentence's date."""
    every = [r for r in s.lexicon.roles_of(person, "") if r.of == of and r.title in HEAD_TITLES]
    return bool(every) and not any(
        r.of == of and r.title in HEAD_TITLES for r in s.lexicon.roles_of(person, _date_for_roles(s))
    )


def _holds_other_office(s: Sentence, person: str, of: str, title: str) -> bool:
    """The lexicon gives ``person`` an office of ``of`` at the sentence's date, and none is
    ``title`` nor any head's."""
    here = [r for r in s.lexicon.roles_of(person, _date_for_roles(s)) if r.of == of]
    # (a head's other name is the same office: "Almanya Başbakanı Olaf Scholz", the chancellor)
    return bool(here) and not any(r.title == title or r.title in HEAD_TITLES for r in here)


def _heads_another_state(s: Sentence, person: str, of: str) -> bool:
    """The lexicon knows ``person`` as head of another state at the sentence's date, and never as
    any office-holder of ``of``."""
    if any(r.of == of for r in s.lexicon.roles_of(person, "")):
        return False
    return any(
        r.title in HEAD_TITLES and r.of != of and s.type_of(r.of) == "State"
        for r in s.lexicon.roles_of(person, _date_for_roles(s))
    )


def _held_before(s: Sentence, person: str, of: str, title: str) -> bool:
    """The lexicon knows ``person`` held ``title`` of ``of``, but not at the sentence's date."""
    every = s.lexicon.roles_of(person, "")
    mine = [r for r in every if r.of == of and r.title == title]
    if not mine:
        return False
    return not any(r.of == of and r.title == title for r in s.lexicon.roles_of(person, _date_for_roles(s)))


def _leaders(s: Sentence, ts: int, te: int, phrase_start: int, phrase_end: int) -> None:
    """ "the leaders of Azerbaijan and Armenia", "Azerbaycan ve Ermenistan liderleri"."""
    states = {"State"}
    before = s.ending_near(ts, states, r"(?:'s)?\s*" if s.lang == "en" else r"\s*")
    group: list[M] = []
    if before is not None:
        group = s.coordination(before, states, forward=False)
        span = (min(m.start for m in group), te)
    else:
        after = re.match(r"\s+of\s+(?:the\s+)?", s.folded[te:])
        first = s.at(te + after.end(), len(s.text), states) if after else None
        if first is None:
            return
        group = s.coordination(first, states)
        span = (ts, max(m.end for m in group))
    for state in group:
        state.consumed = True
        for person in _heads(s, state.key):
            s.mentions.append(M(person, "Person", span[0], span[1], "title"))


def agents_by_key(mentions: list[M]) -> dict[str, M]:
    out: dict[str, M] = {}
    for m in mentions:
        if m.type in AGENT_TYPES:
            out.setdefault(m.key, m)
    return out
