"""Corridors (what they connect), control (of places and corridors, with
duration), events and wars (who fought); stances are :mod:`.stances`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as date_type

from loaders.dates import DateMention
from loaders.lexicon import Lexicon
from loaders.records import Modality, Statement
from loaders.rules import AGENT_TYPES, M, Sentence, has_any, modality, names_no_town
from loaders.rules.discovery import loosen_turkish, slug
from loaders.rules.stances import ANAPHOR_WORDS
from loaders.text import fold

_ENDPOINTS = {"Place", "State"}

# -- corridors -----------------------------------------------------------------

_CONNECT = {
    "en": re.compile(
        r"\b(?:connect\w*|link\w*|join(?!t)\w*|bridg\w*|access to|"
        r"(?:route|road|railway|rail link|transit|passage|highway) between|highway connection|"
        r"land connection|land bridge|"
        r"(?:stretch|run|extend|reach)(?:es|s|ing)? from|"
        # "the line runs between Aktau and Baku"
        r"(?:stretch|run|extend)(?:es|s|ing)? between|"
        # "carries cargo and passengers between X, Y and Z", "transport communications between X and Y"
        r"(?:cargo|passengers|goods|freight|traffic|trade|transit|communications|links?|connections?)"
        r" between|"
        # "the routes passing through Syunik from X to Y", "a transit corridor to its Nakhchivan exclave"
        # (not "the corridor forum brought together ministers from X, Y and Z": people come from places)
        r"(?:routes?|roads?|railways?|corridors?|lines?|links?|passages?)"
        r"(?:\s+(?!(?:ministers?|officials?|delegations?|delegates|leaders?|representatives?|experts?|"
        r"participants?|guests?|companies|firms|investors?|envoys?|diplomats?)\b)[\w-]+){0,4}?\s+from(?=\s)|"
        r"(?:corridor|route|road|railway|passage|link) to(?=\s+(?:its|the|[a-z]+'s)\s))\b"
    ),
    "tr": re.compile(
        # not "bağları/bağların/bağlarla" (ties, a noun), "bağlamında" (context; "bağlaması" is the verb),
        # "bağlantılı" (related to)
        # (and typed without Turkish letters: "baglayacak", "birlestirecek")
        r"(?:ba[gğ]la(?!m(?!as|iyor|ay[ae]c[ae]k|az\b)|r(?:[id]|l[ae](?!r))|ntili\b)\w*|ba[gğ]liyor\w*|"
        r"ba[gğ]lanti(?!li olarak)\w*|"
        r"uzan(?:an|iyor|acak|aca[gğ]|masi|di|di[gğ]|dik|ir\b)\w*|birle[sş]tir\w*|"
        r"(?<=[ae] )(?:giden|ula[sş]an)\b|"
        r"ula[sş]im\w* (?:imkan|sa[gğ]la)\w*|eri[sş]im\w*|"
        # "Azerbaycan'ın Nahçıvan'a kara yoluyla ulaşmasını sağlayacak": lets X reach Y
        r"ula[sş]mas[ii](?:n[ii])? (?:imkan|sa[gğ]la|kolayla[sş]t[ii]r)\w*|"
        # "Avrupa ile Asya arasında bir ticaret yolu"; not "ABD ile Ermenistan arasında imzalanan ve Zengezur
        # Koridoru'nun ..." (a participle between: the route is another clause's)
        r"(?:(?<=arasinda )|(?<=arasindaki ))(?:(?!(?!en\b)\w*(?:[ae]n|ve)\b)\w+\s+){0,3}"
        r"(?:ula[sş]im|rota|g[uü]zerg[aâ]h|kara yolu|karayolu|"
        r"demir ?yolu|yol|ge[cç]i[sş]|k[oö]pr[uü])\w*)"
    ),
}
# what a route carries between places: the route's only when the route is named before it ("the
# corridor will boost trade between Asia and Europe")
_CARRIED_EN = re.compile(r"(?:cargo|passengers|goods|freight|traffic|trade) between")
# what a route does for trade or links between places ("boost trade between X and Y", "develop
# transport links between X and Y") is its effect, not its route
_BETWEEN_EFFECT_EN = re.compile(
    r"(?:cargo|passengers|goods|freight|traffic|trade|transit|communications|links?|connections?) between"
)
_EFFECT_EN = re.compile(
    r"\b(?:boost|increase|enhance|strengthen|expand|develop|promote|foster|facilitate|improve|deepen|"
    r"stimulate|grow|double|triple)(?:s|es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
# a route noun coordinated or compared with a corridor's name is another route
_ANOTHER_ROUTE_EN = re.compile(
    r"\b(?:and|or|than|unlike|versus|vs\.?|along with|together with|as well as|alongside)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$"
)
# "the Gyumri-Kars railway, along with the railway connection between Armenia and Azerbaijan": the
# links or connections a coordinated noun phrase names are another route's
_LINK_BETWEEN_EN = re.compile(r"(?:links?|connections?|communications)\s+between\b")
_ANOTHER_ROUTE_INSIDE_EN = re.compile(
    r"\b(?:and|or)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:routes?|roads?|railways?|lines?|links?)\s"
)
# "Bakü-Tiflis-Kars demiryolunu ve Ermenistan ile İran arasındaki kara yolu bağlantısını", "X
# demiryolunun yanı sıra A ile B arasındaki bağlantı": the link a coordinated noun phrase puts
# between two places is another route's (not "ile birlikte": "X ile birlikte A ile B arasında
# bağlantı sağlanacak" is the route's own)
_ANOTHER_LINK_TR = re.compile(
    r"[\w'’]*,?\s+(?:ve|yan[ıi] s[ıi]ra|yan[ıi]nda)\s+[^,;.]{0,80}?\barasinda(?:ki)?\s+(?:[\w-]+\s+){0,3}"
)
_LINK_NOUN_TR = re.compile(
    r"(?:ba[gğ]lanti|ula[sş]im|rota|g[uü]zerg[aâ]h|kara ?yolu|demir ?yolu|yol|ge[cç]i[sş]|k[oö]pr[uü])"
)
_ROUTE_NOUN_EN = re.compile(r"(?:routes?|roads?|railways?|corridors?|lines?|links?|passages?)\b")
# a shipment's run along a route ("cargo delivered via the X railway from A to B") is not its route
_SHIPPED_VIA_EN = re.compile(
    # (one delivery's verbs; not "goods travel / are carried along the corridor from China to Europe")
    r"\b(?:delivered|dispatched|sent|shipped|arrived)\b[^,;.]{0,50}?"
    r"\b(?:via|by|on|along|through|over)\s+(?:the\s+)?$"
)
_CONNECT_WORDS = {
    "en": ("connect", "link", "join", "bridg", "access", "between", " from "),
    "tr": (
        "bağla",
        "bağliyor",
        "bağlant",
        "birleştir",
        "ulaşim",
        "erişim",
        "arasinda",
        "uzan",
        "bagla",
        "birlestir",
        "ulasim",
        "erisim",
    ),
}
_ROUTE = {
    "en": re.compile(
        r"\ban? (?:[“\"'‘]?[a-z-]+[”\"'’]? ){0,3}?[“\"'‘]?"
        r"(?:route|corridor|road|railway|railroad|rail line|highway|motorway|rail link|transport link|"
        r"land link|passage)\b|"
        r"\b(?:rail|road|rail and road|road and rail|transport|transit|land) "
        r"(?:links|routes|connections|corridors)\b|"
        # "the new railway linking Kars to Nakhchivan": a definite route its description restricts
        r"\bthe (?:[a-z-]+ ){0,2}?"
        r"(?:route|road|railway|railroad|rail line|highway|motorway|rail link|pipeline)"
        r"(?= (?:linking|connecting|joining|between|running from|stretching from)\b|"
        # "the railway, which will connect Kars with Nakhchivan", "the planned route will connect X and Y"
        r",? (?:which |that )?(?:will |would |is to |is meant to |is expected to |could )?"
        r"(?:connect|link|join)(?:s|ed)?\b)"
    ),
    "tr": re.compile(
        r"\bbir (?:[a-zçğıöşü]+ ){0,3}?"
        r"(?:güzergah|koridor|yol|hat|karayolu|demiryolu)\w*|"
        # "Kars'ı Nahçıvan'a bağlayacak demiryolu hattı": a participle's route noun (no article)
        r"(?:(?<=[ae]n )|(?<=[ae]c[ae]k ))(?:[a-zçğıöşü]+ ){0,2}?"
        r"(?:güzergah|koridor|karayolu|kara yolu|demiryolu|demir yolu)\w*|"
        # "Azerbaycan ve Nahçıvan'ı bağlayan (tek) yol": a plain "yol" a participle of joining describes
        r"(?:(?<=bağlayan )|(?<=baglayan )|(?<=bağlayacak )|(?<=baglayacak )|(?<=birleştiren )|"
        r"(?<=birlestiren )|(?<=birleştirecek )|(?<=birlestirecek ))(?:(?:tek|ana|yeni|kisa|kısa|doğrudan) )?"
        r"yol(?:u\w*|a|da|dan|lar\w*)?\b"
    ),
}
_NAMING = {
    "en": re.compile(r"\b(?:called|named|known as|dubbed)\b"),
    "tr": re.compile(r"(?:adi veril|olarak adlandiril|isimli|adli)\w*"),
}
_ANAPHOR = {
    "en": re.compile(
        r"^(?:this|it)\s+(?:then\s+|also\s+)?(?:will|would|is|was|has|connects|links|opens|gives|passes|runs|crosses|"
        r"goes|continues|stretches|extends|traverses)\b|"
        # (not "the railway linking Kars to Tbilisi": a description that restricts names another route)
        r"\b(?:the|this|that) (?:corridor|route|road|railway|line|project)\b"
        r"(?! (?:linking|connecting|joining|between|running from|stretching from)\b)"
    ),
    "tr": re.compile(
        r"^bu,|söz konusu (?:ulaşim )?(?:rota|koridor|güzergah|hat)\w*|\bbu (?:rota|koridor|güzergah|hat)\w*|"
        # "... faaliyete geçen koridor, X ile Y'yi bağlayacaktır": a bare noun as the subject is the
        # route in view (Turkish writes no article)
        r"(?:^|(?<=[ae]n )|(?<=[ae]cak ))(?:koridor|güzergah|rota)(?:[ıiuü])?,"
    ),
}


@dataclass(slots=True)
class Unnamed:
    """A route the sentence describes before naming it ("a transit route ...
    will connect X with Y. The route will be called TRIPP")."""

    sentence: Sentence
    trigger: tuple[int, int]
    route: M
    ends: list[M]
    mood: Modality

    def name(self, key: str, rule: str = "corridor.connects.named-after") -> list[Statement]:
        before = len(self.sentence.out)
        s = self.sentence
        for m in self.ends:
            span = s.cover(self.route, m, self.trigger)
            state_route(s, key, m.key, span, rule, self.mood)
        plural = re.search(
            r"(?:corridors|routes|roads|links|lines|railways|highways)$", s.folded[: self.route.end]
        )
        if s.lang == "en" and not plural and has_any(s.folded, _THROUGH_WORDS_EN):
            # "a route through Armenia connecting Azerbaijan to its exclave", "a highway that would
            # connect Azerbaijan to Nakhchivan via Syunik": where the route described runs
            ends = {m.key for m in self.ends}
            for m in through_places_en(s, self.route.end):
                # (places the lexicon knows: a route described, not named, is read more strictly)
                if m.key not in ends and m.key != key and m.kind != "discovered":
                    s.state(
                        key,
                        "runsThrough",
                        m.key,
                        "entity",
                        s.cover(self.route, m),
                        "corridor.through.described",
                    )
        return s.out[before:]


_ROUTE_REACH = 150  # characters between a corridor's name and the word that gives its route


def corridor_of_ends(s: Sentence, keys: set[str], named: set[str] | frozenset[str] = frozenset()) -> str:
    """The lexicon's corridor that a route between these places is by definition (its
    ``ends``), or ``""``; of two such (the Zangezur corridor and the Trump Route), the one the
    document names, else the first the lexicon lists."""
    if s.lexicon.corridor_ends is None:
        s.lexicon.corridor_ends = {
            key: frozenset(attrs["ends"])  # type: ignore[call-overload]
            for key, attrs in s.lexicon.attributes.items()
            if "ends" in attrs
        }
    fits = [key for key, ends in s.lexicon.corridor_ends.items() if ends <= keys]
    chosen = [key for key in fits if key in named]
    if len(chosen) == 1:
        return chosen[0]
    return fits[0] if fits else ""


def state_route(
    s: Sentence, corridor: str, place: str, span: tuple[int, int], rule: str, mood: Modality
) -> None:
    """A corridor's route is what the corridor is, planned or built: ``connects`` is asserted
    either way, and a route given in the future ("will connect") also says the corridor is
    planned (``status``), with the words that say so in its provenance."""
    s.state(corridor, "connects", place, "entity", span, rule, note="planned" if mood == "intended" else "")
    if mood == "intended":
        s.state(corridor, "status", "planned", "literal", span, "corridor.status", datatype="string")


def corridors(
    s: Sentence, recent: list[str], pending: Unnamed | None = None, told: list[str] | None = None
) -> tuple[list[Statement], Unnamed | None]:
    """What corridors connect; returns the statements made for a route the
    previous sentence described before this one named it, and a route this
    sentence describes without a name."""
    pairs = _paired_corridors(s)
    _route_located_en(s, recent)
    before = len(s.out)
    late, unnamed = _corridors(s, recent, pending, told or [])
    _route_through(s)
    if s.lang == "tr":
        _transit_between_ends_tr(s, before)
    # "Kars-Iğdır-Nahçıvan Demiryolu, Türkiye'yi Nahçıvan'a bağlayacak": words that give a station of
    # the name read the name as the line's stations (see named_ends_yield)
    made = [st for st in s.out[before:] if st.relation == "connects"]
    worded = {(st.subject, st.object) for st in made if not st.rule.startswith("corridor.name")}
    confirmed = {
        st.subject for st in made if st.rule.startswith("corridor.name") and (st.subject, st.object) in worded
    }
    s.out[before:] = [
        replace(st, rule=st.rule.replace("corridor.name", "corridor.name.confirmed", 1))
        if st.relation == "connects" and st.subject in confirmed and st.rule.startswith("corridor.name")
        else st
        for st in s.out[before:]
    ]
    for second, first in pairs.items():
        # "Kuzey ve Güney koridorları", "the Northern and Southern corridors": what the sentence
        # says one of them joins, it says of both
        made = [
            st
            for st in s.out[before:]
            if st.relation == "connects" and st.rule.startswith("corridor.connects")
        ]
        have = {(st.subject, st.object) for st in made}
        for st in made:
            other = {first: second, second: first}.get(st.subject)
            if other is not None and (other, st.object) not in have:
                have.add((other, st.object))
                s.out.append(replace(st, subject=other))
    return late, unnamed


# "Çin'den başlayan", "Türkiye'den başlayıp", "Türkiye'den Kafkaslar'a": the start a route is told
# from (a place in the ablative before a verb of starting or before the next stop in the dative)
_ABLATIVE_WORD_TR = re.compile(r"'n?[dt][ae]n$")
_STARTING_TR = re.compile(r"\s+(?:başla|basla|itibaren)")
_DATIVE_WORD_TR = re.compile(r"'(?:y|n)?[ae]$")
# "Çin'in batısından başlayarak"
_SIDE_START_TR = re.compile(r"\s+(?:bati|doğu|dogu|kuzey|güney|guney)\w*[dt][ae]n\s+ba[şs]la")
# "Türkiye'ye ve Avrupa ülkelerine uzanan", "Çin'e ulaşmaktadır": what the route is told to reach
_REACHING_TR = re.compile(r"\s+(?:kadar\s+)?(?:uzan|ula[şs])")
_REACHING_NOUN_TR = re.compile(
    r"\s+(?:ülke|ulke|bölge|bolge|kita|pazar)\w*[ae]\s+(?:kadar\s+)?(?:uzan|ula[şs])"
)


def _word_end(s: Sentence, m: M) -> int:
    """Where the word a mention ends in ends (a mention may stop before its case suffix)."""
    at = m.end
    while at < len(s.folded) and (s.folded[at].isalnum() or s.folded[at] == "'"):
        at += 1
    return at


def _wide(s: Sentence, m: M) -> bool:
    """A state, or a place the lexicon sets in no state (a sea, a region, a continent): what a long
    route passes on its way, not a station (towns stay: "Tiflis ve Ahılkelek'ten geçerek", and so
    do places found in the text, mostly towns: "Tiflis ve Gori şehirlerinden")."""
    return m.type == "State" or (
        m.type == "Place" and m.key in s.lexicon.entities and m.key not in s.lexicon.located_in
    )


def _transit_between_ends_tr(s: Sentence, before: int) -> None:
    """ "Çin'den başlayan ve Kazakistan, Hazar Denizi, Azerbaycan ve Gürcistan'ı geçerek Türkiye'ye ve
    Avrupa ülkelerine uzanan koridor", "Türkiye'den Kafkaslar'a, oradan Hazar Denizi üzerinden
    Kazakistan'a ve devamında Çin'e uzanan": a route told from its start to what it reaches gives
    those as its ends; the states, seas and regions told between them (passed, crossed, or stops
    "oradan" on the way) are where it runs, not what it connects."""
    if not ("uzan" in s.folded or "ulaş" in s.folded or "ulas" in s.folded):
        return
    made = [
        st for st in s.out[before:] if st.relation == "connects" and st.rule.startswith("corridor.connects")
    ]
    if not made:
        return
    places = sorted(
        (m for m in s.mentions if m.type in _ENDPOINTS and m.kind != "demonym"), key=lambda m: m.start
    )
    words = {id(m): (s.folded[m.start : _word_end(s, m)], _word_end(s, m)) for m in places}

    def starts_here(i: int, m: M) -> bool:
        word, end = words[id(m)]
        if _SIDE_START_TR.match(s.folded, end) and re.search(r"'n?[ıiuü]n$", word):
            return True
        if not _ABLATIVE_WORD_TR.search(word):
            return False
        if _STARTING_TR.match(s.folded, end):
            return True
        nxt = places[i + 1] if i + 1 < len(places) else None
        return (
            nxt is not None
            and re.fullmatch(r",?\s+", s.folded[end : nxt.start]) is not None
            and _DATIVE_WORD_TR.search(words[id(nxt)][0]) is not None
        )

    def reaches(m: M) -> bool:
        word, end = words[id(m)]
        if _DATIVE_WORD_TR.search(word) and _REACHING_TR.match(s.folded, end):
            return True
        return _REACHING_NOUN_TR.match(s.folded, end) is not None

    starts = [m for i, m in enumerate(places) if starts_here(i, m)]
    drop: set[str] = set()
    told: list[M] = []
    for start in starts:
        reach = next(
            (
                m
                for m in places
                if m.start > start.end
                and reaches(m)
                and not re.search(r"[;.:]", s.folded[start.end : m.start])
            ),
            None,
        )
        if reach is None:
            continue
        ends = s.coordination(reach, _ENDPOINTS, forward=False)
        first = min(e.start for e in ends)
        keys = {e.key for e in ends} | {start.key}
        between = [m for m in places if start.end <= m.start and m.end <= first and m.key not in keys]
        told += [start, *ends]
        drop |= {m.key for m in between if _wide(s, m)}
    drop -= {m.key for m in told}
    s.out[before:] = [
        st
        for st in s.out[before:]
        if not (st.relation == "connects" and st.rule.startswith("corridor.connects") and st.object in drop)
    ]
    subjects = {st.subject for st in made}
    if not told or len(subjects) != 1:
        return
    # the ends the words give are the route's, with the corridor the other rules tied it to
    key = next(iter(subjects))
    corridor = next((m for m in s.mentions if m.key == key and m.type == "Corridor"), None)
    if corridor is None:
        return
    mood: Modality = "intended" if any(st.note == "planned" for st in made) else "asserted"
    have = {st.object for st in s.out[before:] if st.relation == "connects" and st.subject == key}
    for m in told:
        if m.key not in have and m.key != key:
            have.add(m.key)
            state_route(s, key, m.key, s.cover(corridor, m), "corridor.connects.ends", mood)


_PAIR = {
    "en": re.compile(r"\b([a-z-]+)\s+(?:and|or)\s+([a-z-]+)\s+corridors\b"),
    "tr": re.compile(r"\b([a-zçğıöşü-]+)\s+(?:ve|ile|veya)\s+([a-zçğıöşü-]+)\s+koridorlar\w*"),
}

_PAIR_WORD = {"en": "corridors", "tr": "koridorlar"}


def _paired_corridors(s: Sentence) -> dict[str, str]:
    """The corridors two names share one head word in ("Kuzey ve Güney koridorları", "the Northern
    and Southern corridors"), each a corridor the lexicon or the document knows by its full name:
    their mentions are added, and the second is mapped to the first."""
    pairs: dict[str, str] = {}
    if _PAIR_WORD[s.lang] not in s.folded:  # every match holds it
        return pairs
    for match in _PAIR[s.lang].finditer(s.folded):
        keys = []
        for group in (1, 2):
            word = match.group(group)
            names = (f"{word} koridoru", f"{word} koridor") if s.lang == "tr" else (f"{word} corridor",)
            key = next((s.found.names[n] for n in names if s.found is not None and n in s.found.names), "")
            for n in names if not key else ():
                found = [k for k, _, _ in s.lexicon.find(n) if s.lexicon.entities[k].type == "Corridor"]
                key = key or (found[0] if found else "")
            keys.append(key)
        if not all(keys) or keys[0] == keys[1]:
            continue
        first = M(keys[0], "Corridor", match.start(1), match.end(1), "name")
        second = M(keys[1], "Corridor", match.start(2), match.end(), "name")
        for m in (first, second):
            if not any(o.key == m.key and o.start == m.start for o in s.mentions):
                s.mentions.append(m)
        pairs[keys[1]] = keys[0]
    return pairs


def _corridors(
    s: Sentence, recent: list[str], pending: Unnamed | None = None, told: list[str] | None = None
) -> tuple[list[Statement], Unnamed | None]:
    named = sorted((m for m in s.mentions if m.type == "Corridor"), key=lambda m: m.start)
    late: list[Statement] = []
    if pending is not None and named and _NAMING[s.lang].search(s.folded):
        late = pending.name(named[0].key)
    for corridor in named:
        _name_endpoints(s, corridor)
        _stations_in_brackets(s, corridor)
        if s.lang == "en":
            _corridor_to_en(s, corridor)
        if s.lang == "tr":
            _between_before_tr(s, corridor)
        if s.lang == "tr":
            _inside_tr(s, corridor)
            _region_passed_tr(s, corridor)
            _places_passed_tr(s, corridor)
            _crossing_tr(s, corridor)
        _part_of_route(s, corridor)
    if named:
        # "a new road bypassing the Lachin corridor", "Zengezur Koridoru'na alternatif": the route
        # the sentence gives the ends of is another than the one it avoids or stands in for
        kept = [m for m in named if not _bypassed(s, m)]
        if not kept:
            return late, None
        named = kept
    if (
        not named
        and not has_any(s.folded, _CONNECT_WORDS[s.lang])
        and not has_any(s.folded, ANAPHOR_WORDS[s.lang])
        and not (s.lang == "tr" and " geç" in s.folded and _PASSES_TR.search(s.folded))
        # "It then passes through the Caspian Sea, ...": where the route in view runs (runsThrough)
        and not (s.lang == "en" and has_any(s.folded, _THROUGH_WORDS_EN) and _ANAPHOR["en"].search(s.folded))
    ):
        return late, None  # an unnamed or anaphoric corridor matters only to what connects or opposes it
    if not named and (recent or told):
        anaphor = _ANAPHOR[s.lang].search(s.folded)
        if (
            anaphor is not None
            and s.lang == "en"
            and anaphor.start() == 0
            and s.folded.startswith("it")
            and not (
                s.previous is not None
                and (
                    any(m.type == "Corridor" for m in s.previous.mentions)
                    or _ROUTE_ANAPHOR_EN.search(s.previous.folded)
                )
            )
        ):
            # "This transit ... is important. It is the shortest land link connecting ...": a bare "it"
            # is the previous sentence's subject, a route only if that sentence names one
            anaphor = None
        if anaphor is not None:
            named = [M(_topic(s, recent, told or []), "Corridor", anaphor.start(), anaphor.end(), "coref")]
            s.mentions.append(named[0])
            if s.lang == "tr":
                _places_passed_tr(s, named[0])  # "Güzergah, Kazakistan, ... ve Türkiye'den geçiyor"
    if not named:
        route = _ROUTE[s.lang].search(s.folded)
        trigger = _CONNECT[s.lang].search(s.folded)
        if route is None or trigger is None:
            return late, None
        mood = modality(s, trigger.start(), trigger.end())
        placeholder = M("", "Corridor", route.start(), route.end(), "unnamed")
        ends = _endpoints(s, trigger.start(), trigger.end(), placeholder) if mood else []
        return late, Unnamed(s, trigger.span(), placeholder, ends, mood) if ends and mood else None
    # the connect word nearest a corridor's name tells its route ("... links between Armenia and
    # Azerbaijan, whose leaders press for a “Zangezur Corridor” that would connect X with Y")
    pairs = []
    for word in _CONNECT[s.lang].finditer(s.folded):
        following = [m for m in named if m.start >= word.end()]
        if s.lang == "tr":
            # "X ile Y arasında geçiş sağlayan ve Z hattı boyunca Türkiye'den geçen Rota": a route
            # another participle follows is that participle's, not the noun the first describes
            while len(following) >= 2 and _INNER_PARTICIPLE_TR.fullmatch(
                s.folded, following[0].end, following[1].start
            ):
                following = following[1:]
        preceding = [m for m in named if m.end <= word.start()]
        # "Kars-Iğdır-Nahçıvan demiryolu hattı, Türkiye'yi Azerbaycan'a bağlayacak ve Orta Koridor'un
        # ... parçası olacak": a future form before "ve" or a comma is the subject's finite verb
        finite = (
            s.lang == "tr"
            and _FINITE_FUTURE_TR.search(word.group(0))
            and _CLAUSE_GOES_ON_TR.match(s.folded, word.end())
        )
        if s.lang == "tr" and following and not finite and _modifies(s, word, following[0]):
            # "Çin'i Avrupa'ya bağlayan Orta Koridor": a participle describes the name after it
            corridor = following[0]
        elif s.lang == "tr" and preceding and _nominative(s, preceding[-1]):
            # "Zengezur Koridoru, Azerbaycan ile Nahçıvan'ı bağlayarak ...": the subject before the verb
            # (a participle describes the noun after it: the corridor's only as a predicate, "...
            # bağlayacak bir demiryolu projesidir"; not "... giden Demir İpek Yolu'nun merkezi")
            if (
                _PARTICIPLE_TR.search(word.group(0))
                and not finite
                and not _PREDICATE_TR.match(s.folded, word.end())
            ):
                continue
            corridor = preceding[-1]
        elif s.lang == "tr" and following:
            if _PARTICIPLE_TR.search(word.group(0)):
                _route_of_ends_tr(s, word, named)
                continue  # "Türkiye'ye bağlanan Bakü-Tiflis ticaret yoluna alternatif ... Zengezur Koridoru"
            corridor = following[0]
        else:
            corridor = min(named, key=lambda m: abs(m.start - word.start()))
            subject = _before_apposition(s, named, word.start())
            if subject is not None:
                corridor = subject
            if s.lang == "en" and corridor.start > word.start() and _CARRIED_EN.match(word.group(0)):
                continue  # "Trade between Turkey and Azerbaijan grew, ... citing the Middle Corridor"
            if (
                s.lang == "en"
                and _BETWEEN_EFFECT_EN.match(word.group(0))
                and _EFFECT_EN.search(s.folded, max(0, word.start() - 40), word.start())
            ):
                continue  # "is expected to boost trade between the United States and Central Asia": an effect
            if (
                s.lang == "en"
                and corridor.end <= word.start()
                and _ROUTE_NOUN_EN.match(word.group(0))
                and (
                    _ANOTHER_ROUTE_EN.search(s.folded, corridor.end, word.start())
                    or _ANOTHER_ROUTE_INSIDE_EN.search(word.group(0))
                )
            ):
                continue  # "competes with the Northern Corridor ... and the route from China to Europe"
            if (
                s.lang == "en"
                and corridor.end <= word.start()
                and _LINK_BETWEEN_EN.match(s.folded, word.start())
                and _ANOTHER_ROUTE_EN.search(s.folded, corridor.end, word.start())
            ):
                continue  # "the X railway, along with the rail connection between A and B": another link
            if (
                s.lang == "en"
                and corridor.start < word.start()
                and _SHIPPED_VIA_EN.search(s.folded, max(0, corridor.start - 100), corridor.start)
            ):
                continue  # "cargo will be delivered via the X railway from Turkey to Georgia": a run
        if (
            s.lang == "tr"
            and corridor.end <= word.start()
            and _LINK_NOUN_TR.match(s.folded, word.start())
            and _ANOTHER_LINK_TR.fullmatch(s.folded, corridor.end, word.start())
        ):
            continue  # "X demiryolunu ve A ile B arasındaki kara yolu bağlantısını": another link
        distance = min(abs(corridor.start - word.start()), abs(word.start() - corridor.end))
        # a Turkish subject's verb comes last, after all that the route passes
        reach = _ROUTE_REACH + 100 if s.lang == "tr" and corridor.end <= word.start() else _ROUTE_REACH
        if distance <= reach:
            pairs.append((distance, word, corridor))
    for _, trigger, corridor in sorted(pairs, key=lambda pair: pair[0]):
        mood = modality(s, trigger.start(), trigger.end())
        if mood is None:
            continue
        ends = _endpoints(s, trigger.start(), trigger.end(), corridor)
        if ends and s.lang == "tr":
            ends += _passed_regions(s, corridor, trigger.start(), ends)
        # "Azerbaycan'a bağlanacak Reşt-Astara demiryolu": one place a line is joined to is a place
        # it reaches, not its route from end to end (the stations of its name stay)
        reach = (
            len(ends) == 1
            and s.folded.startswith("bağlan", trigger.start())
            and not s.folded.startswith("bağlanti", trigger.start())
        )
        for m in ends:
            state_route(
                s,
                corridor.key,
                m.key,
                s.cover(corridor, m, trigger.span()),
                "corridor.connects.reach" if reach else "corridor.connects",
                mood,
            )
        if ends:
            # the stations written with the ends ("Türkiye'den başlayarak Kafkaslar'a, ... Orta Asya
            # ve Çin'e ulaşan Orta Koridor") are on the route too
            if s.lang == "tr" and corridor.start >= trigger.end():
                _route_list(s, [corridor], ends, trigger.start())
            return late, None
    _route_list(s, named)
    return late, None


_BYPASSED_EN = re.compile(
    r"\b(?:bypass(?:es|ed|ing)?|avoid(?:s|ed|ing)?|circumvent(?:s|ed|ing)?|instead\s+of|rather\s+than|"
    r"alternatives?\s+(?:to|for)|replac(?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$"
)
_BYPASSED_TR = re.compile(r"['’]?\w{0,6}\s+(?:alternatif|yerine|baypas|bypass)")


def _bypassed(s: Sentence, corridor: M) -> bool:
    """Whether the route is named as what another avoids or replaces ("a new road bypassing the
    Lachin corridor", "an alternative to the Zangezur corridor", "Zengezur Koridoru'na alternatif",
    "Laçın koridoru yerine")."""
    if s.lang == "en":
        return bool(_BYPASSED_EN.search(s.folded, max(0, corridor.start - 40), corridor.start))
    return bool(_BYPASSED_TR.match(s.folded, corridor.end))


def passed_before_tr(s: Sentence, at: int) -> list[M]:
    """The places a Turkish clause says its route passes ("Ermenistan üzerinden", "Syunik bölgesinden
    geçerek") in the 80 characters before ``at``, places the lexicon knows."""
    candidates = [m for m in s.mentions if m.type in _ENDPOINTS and m.kind != "discovered" and m.end <= at]
    spans = [(a, b) for a, b in _via_spans(s, candidates, at) if at - b <= 80]
    return [m for m in candidates if any(a <= m.start < b for a, b in spans)]


def _route_of_ends_tr(s: Sentence, word: re.Match[str], named: list[M]) -> None:
    """ "(Ermenistan topraklarından geçen, Azerbaycan ve Nahçıvan'ı bağlayan yol) ... Bakü'nün Zengezur
    Koridoru talebi": a route noun a participle of joining describes, with a corridor named further on,
    is the route its ends give when they are a corridor's by definition (the lexicon's ``ends``)."""
    route = _ROUTE["tr"].match(s.folded, word.end() + 1)
    if route is None or route.start() != word.end() + 1:
        return
    if re.search(r"m[ae]y(?:an|en|acak|ecek)$", word.group(0)):
        return  # "bağlamayan": a negated participle
    # what the route is, told by a participle of its noun: asserted whatever the main verb says
    # ("... bağlayan yol çözülmedikçe")
    mood: Modality = "asserted"
    placeholder = M("", "Corridor", route.start(), route.end(), "unnamed")
    ends = _endpoints(s, word.start(), word.end(), placeholder)
    key = corridor_of_ends(s, {m.key for m in ends}, {m.key for m in named}) if len(ends) >= 2 else ""
    if not key:
        return
    for m in ends:
        state_route(s, key, m.key, s.cover(m, route.span()), "corridor.connects.by-ends", mood)
    for m in passed_before_tr(s, word.start()):
        if m.key not in {e.key for e in ends}:
            s.state(
                key, "runsThrough", m.key, "entity", s.cover(m, route.span()), "corridor.through.described"
            )


# "The Lachin corridor (...) is a mountain road in Azerbaijan", "The corridor is in the Lachin
# District of Azerbaijan", "The route lies in southern Armenia", "the corridor, located in X"
_LIES_IN_EN = re.compile(
    r"(?:\s*\([^()]{0,300}\))?(?:,?\s+(?:is|lies|runs|was)\s+(?:entirely\s+|wholly\s+)?"
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:road|route|railway|highway|corridor|passage|rail line|link)\s+)?"
    r"(?:located\s+)?|,?\s+(?:located|situated)\s+)(?:with)?in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?"
)
_ROUTE_AT_START_EN = re.compile(
    r"(?:(?:while|although|though|but|and|as|since)\s+)?(?:the|this) (?:corridor|route|road)\b"
)
# "the route will remain part of Armenia", "the corridor is part of Azerbaijan's territory"
_PART_OF_EN = re.compile(
    r",?\s+(?:will\s+|would\s+|shall\s+|is\s+to\s+)?(?:remains?|is|be|stays?)\s+(?:an?\s+)?(?:integral\s+)?"
    r"part\s+of\s+(?:the\s+)?"
)
_IN_REGION_EN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?")
_REGION_KINDS_EN = re.compile(r"\s+(?:province|region|oblast|district|territory)\b")


def _is_region(s: Sentence, key: str) -> bool:
    """A place the lexicon holds other places in (a region, not a town): Karabakh, Syunik."""
    return key in set(s.lexicon.located_in.values())


def _route_located_en(s: Sentence, recent: list[str]) -> None:
    """A route the sentence says lies in a place: the route is located in it."""
    if s.lang != "en":
        return
    subjects = [m for m in s.mentions if m.type == "Corridor" and m.kind in ("name", "discovered")]
    at_start = _ROUTE_AT_START_EN.match(s.folded)
    if at_start is not None and recent and not subjects:
        subjects.append(M(recent[-1], "Corridor", 0, at_start.end(), "coref"))
    for corridor in subjects:
        lies = _LIES_IN_EN.match(s.folded, corridor.end) or _PART_OF_EN.match(s.folded, corridor.end)
        place = s.at(lies.end(), len(s.text), _ENDPOINTS) if lies else None
        if lies is None:
            # "the Lachin corridor in Nagorno-Karabakh": a region or state right after "in" (not a city,
            # where what is told of the route happens: "talks on the Zangezur corridor in Brussels")
            inside = _IN_REGION_EN.match(s.folded, corridor.end)
            place = s.at(inside.end(), len(s.text), _ENDPOINTS) if inside else None
            region = place is not None and (
                place.type == "State"
                or _is_region(s, place.key)
                or bool(_REGION_KINDS_EN.match(s.folded, place.end))
            )
            if place is not None and (not region or place.key in s.lexicon.capitals()):
                place = None
        if place is not None and s.folded.startswith("'s ", place.end):
            # "located in Azerbaijan's Lachin district": the district
            place = s.at(place.end + 3, len(s.text), {"Place"})
        if place is None or place.kind == "demonym":
            continue
        s.state(corridor.key, "locatedIn", place.key, "entity", s.cover(corridor, place), "location.route")


# "the Middle Corridor, which runs through Georgia and Azerbaijan", "the route passing through
# Türkiye, Azerbaijan and Kazakhstan", "TRIPP via Syunik", "a highway crossing Georgia", "would
# connect Azerbaijan with Nakhchivan through Armenian territory": what follows "through" / "via" /
# "across" in the clause of a route's name are the places it passes (its ends are what it connects)
_THROUGH_WORDS_EN = (
    " through ",
    " via ",
    " across ",
    "cross",
    "travers",
    " km in ",
    "meters in ",
    "tres in ",
    "miles in ",
)
_THROUGH_EN = re.compile(
    r"\b(?:(?:run|runs|running|pass|passes|passing|go|goes|going|travers(?:e|es|ing)|cross(?:es|ing)?|"
    r"stretch(?:es|ing)|extend(?:s|ing)?|wind(?:s|ing)|cut(?:s|ting))\s+(?:(?:through|across|via|over)\s+)?|"
    r"(?:through|via|across)\s+|"
    # "443 km in Azerbaijan, 249 km in Georgia": the stretch of a line in each state
    r"\d[\d,.]*\s*(?:km|kilomet(?:er|re)s|miles)\s+in\s+)"
    r"(?:the\s+)?(?:(?:territory|territories|lands?|soil)\s+of\s+(?:the\s+)?)?"
    # "crosses Central Asian countries such as Kazakhstan", "through the economies of Central Asia"
    r"(?:(?:[\w-]+\s+){0,2}(?:countries|states|nations|republics|economies)\s+(?:such\s+as|like|including|of)\s+"
    r"(?:the\s+)?)?"
)
_OTHER_ROUTE_THROUGH_EN = re.compile(
    r"\b(?:avoid\w*|bypass\w*|circumvent\w*|instead\s+of|rather\s+than|alternatives?\s+to)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:routes?|roads?|corridors?|lines?|pipelines?|railways?|links?)\s+$"
)
_CLAUSE_END_EN = re.compile(r"[.;:!?\"“”]|\s(?:but|while|whereas|although|however|because)\s|\bnot\b|n't\b")
# a route that is the object of what moves along it, and a relative clause that makes it the subject
_ALONG_EN = re.compile(
    r"\b(?:via|through|along|on|over|by|across|to|from|into|onto|using|uses?|used|crossed|crossing|crosses|reached|take|took)\s+"
    r"(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,2}$"
)
_RELATIVE_EN = re.compile(r"(?:\s*\([^()]{0,80}\))?,?\s+(?:which|that)\b")
_TERRITORY_EN = re.compile(r"\s+(?:territory|territories|soil|land|lands)\b")
# "Gürcistan ve Azerbaycan'dan geçen Orta Koridor", "Ermenistan topraklarından geçecek yol",
# "Orta Koridor, Hazar Denizi üzerinden ...": the places before the verb or "üzerinden"
_THROUGH_TR = re.compile(
    r"(?:ge[cç](?:en|ecek|erek|iyor|mekte|ti|tiği|eceği|ip|mesi)|üzerinden|uzerinden|"
    # "Hazar Denizi'ni aşarak", "Kazakistan'ı takiben / takip ederek": what it crosses or follows
    r"a[şs]arak|takiben|takip\s+ederek|arac[ıi]l[ıi][ğg][ıi]yla|vas[ıi]tas[ıi]yla)\b"
)
_THROUGH_PARTICIPLE_TR = re.compile(r"\s+[\wçğıöşü]+(?:en|an|ecek|acak|eceği|acağı|tiği|diği|duğu|tuğu)\b")
# between a participle and the route it describes: a comma-joined second participle clause, quotes, adjectives
_NEXT_NOUN_TR = re.compile(r"[\s,“”\"'‘’]*(?:[^\s.;:]+[\s,“”\"'‘’]+){0,6}")
# (a kind of place or side between: "Tiflis ve Ahılkelek şehirlerinden geçerek", "Syunik vilayetinden
# geçen", "Ermenistan'ın güneyinden geçerek", "Azerbaycan toprakları üzerinden")
_THROUGH_GAP_TR = (
    r"(?:['’]?\w{0,4}|(?:['’]?\w{0,4})?\s+(?:topraklar|arazi|şehir|kent|bölge|vilayet|eyalet|ilçe|güney|kuzey|"
    r"doğu|bati)\w*(?:\s+üzerinden|\s+uzerinden)?|\s+üzerinden|\s+uzerinden)\s+"
)


_OWNED_PLACE_EN = re.compile(r"['’]s\s+(?:(?:north|south|east|west)\w*\s+|southern\w*\s+|northern\s+){0,2}")


def through_places_en(s: Sentence, after: int) -> list[M]:
    """The places an English route whose words end at ``after`` is said to pass in the clause: each
    "through" / "via" / "across" ("443 km through Azerbaijan, 249 km through Georgia", "runs across
    the Caucasus, passing via Georgia ... before crossing Central Asia")."""
    folded = s.folded
    found: list[M] = []
    for through in _THROUGH_EN.finditer(folded, after, after + 200):
        if _CLAUSE_END_EN.search(folded, after, through.start()):
            break
        if any(m.type == "Corridor" and after <= m.start < through.start() for m in s.mentions):
            break
        if _OTHER_ROUTE_THROUGH_EN.search(folded, max(0, through.start() - 60), through.start()):
            break  # "... an alternative to routes through Russia": another route's way
        place = s.at(through.end(), len(s.text), _ENDPOINTS)
        if place is None:
            continue
        # "through the Iranian province of East Azerbaijan": the province
        place = _kind_of_place_en(s, place)
        owned = _OWNED_PLACE_EN.match(folded, place.end)
        if owned:
            # "running through Armenia's (southeastern) Syunik province": the province
            place = s.at(owned.end(), len(s.text), {"Place"}) or place
        if place.kind == "demonym" and not _TERRITORY_EN.match(folded, place.end):
            continue
        found += s.coordination(place, _ENDPOINTS)
    return found


def _route_through(s: Sentence) -> None:
    """The places a named route passes through: ``runsThrough``, asserted (what the route is)."""
    folded = s.folded
    corridors = [m for m in s.mentions if m.type == "Corridor" and m.kind in ("name", "discovered", "coref")]
    if not corridors:
        return
    if s.lang == "en":
        if not has_any(folded, _THROUGH_WORDS_EN):
            return
        for corridor in corridors:
            if _ALONG_EN.search(folded, 0, corridor.start) and not _RELATIVE_EN.match(folded, corridor.end):
                continue  # "the train crossed the BTK railway and reached Baku through Georgia": the train's
            for m in through_places_en(s, corridor.end):
                if m.key != corridor.key:
                    s.state(
                        corridor.key, "runsThrough", m.key, "entity", s.cover(corridor, m), "corridor.through"
                    )
        return
    if not (
        "ge" in folded or "zerinden" in folded or "arak" in folded or "taki" in folded or "yla" in folded
    ):
        return
    for verb in _THROUGH_TR.finditer(folded):
        last = s.ending_near(verb.start(), _ENDPOINTS, _THROUGH_GAP_TR)
        if last is None:
            continue
        group = s.coordination(last, _ENDPOINTS, forward=False)
        first = min(m.start for m in group)
        # the route: a participle's is the noun right after it ("Rusya üzerinden geçen kuzey hattı",
        # "Ermenistan'dan geçecek TRIPP"); a finite verb's or a converb's, the route before the places
        end = verb.end()
        if verb.group().endswith("zerinden"):
            next_word = _THROUGH_PARTICIPLE_TR.match(folded, end)
            end = next_word.end() if next_word else end
            participle = next_word is not None
        else:
            # ("takiben", a converb, though it ends as a participle does)
            participle = (
                verb.group() != "takiben" and _THROUGH_PARTICIPLE_TR.fullmatch(" " + verb.group()) is not None
            )
        after = [m for m in corridors if end <= m.start <= end + 60]
        before = [m for m in corridors if m.end <= first and first - m.end <= 80] if not participle else []
        if (
            participle
            and after
            and not _NEXT_NOUN_TR.fullmatch(folded[end : min(after, key=lambda m: m.start).start])
        ):
            after = []
        route = (
            min(after, key=lambda m: m.start)
            if after
            else (max(before, key=lambda m: m.end) if before else None)
        )
        if route is None:
            continue
        for m in group:
            if m.key != route.key:
                s.state(route.key, "runsThrough", m.key, "entity", s.cover(route, m), "corridor.through")


# "Azerbaycan ile Nahçıvan arasındaki Zengezur koridoru", "Kars ile Nahçıvan arasında yapılacak
# demiryolu": the two places the route lies between, right before its name
_BETWEEN_BEFORE_TR = re.compile(
    r"\s+arasinda(?:ki|\s+(?:inşa\s+edilecek|yapilacak|kurulacak|planlanan|inşa\s+edilen|yapilan|uzanan))\s+"
    r"(?:(?:yeni|planlanan|olasi|muhtemel|stratejik|yaklaşik|\d+\s+km(?:\.|lik)?|[\wçğıöşü]+lik)\s+){0,3}$"
)


# a head noun after a corridor's name that the name only qualifies: what lies between is that
_OTHER_HEAD_TR = re.compile(
    r"['’]?\w{0,4}\s+(?:işbirliği|anlaşmas|görüşme|toplanti|zirve|müzakere|mutabakat|forum|konferans|kriz|"
    r"tartişma|anlaşmazliğ|ihtilaf|gerginli|diyalo|protokol|memorandum|deklarasyon)"
)


def _between_before_tr(s: Sentence, corridor: M) -> None:
    """ "Azerbaycan ile Nahçıvan arasındaki Zengezur koridoru": the route joins the places its name
    is said to lie between."""
    gap = s.folded.rfind(" arasinda", 0, corridor.start)
    if gap < 0 or not _BETWEEN_BEFORE_TR.fullmatch(s.folded[gap : corridor.start]):
        return
    if _OTHER_HEAD_TR.match(s.folded, corridor.end):
        return  # "Kazakistan ile Azerbaycan arasındaki Orta Koridor işbirliği": the cooperation's
    last = s.ending_near(gap, _ENDPOINTS, r"'?\w{0,3}")
    if last is None:
        return
    group = s.coordination(last, _ENDPOINTS, forward=False)
    if len(group) < 2:
        return
    mood = modality(s, gap, corridor.start) or "asserted"
    for m in group:
        state_route(s, corridor.key, m.key, s.cover(m, corridor), "corridor.connects.between", mood)


_BRACKET_AFTER = re.compile(r"['’]?\w{0,5}\)?(?:\s*\([^()]{2,12}\))?\s*\(")


def _stations_in_brackets(s: Sentence, corridor: M) -> None:
    """ "ECO Koridoru'nun (Pakistan, İran, Türkiye)", "the INSTC (Russia, Azerbaijan, Iran and
    India)": a bracket right after a corridor's name (its acronym's bracket between) that holds
    nothing but two places or more lists the states and places on its route."""
    opening = _BRACKET_AFTER.match(s.folded, corridor.end)
    if opening is None:
        return
    close = s.folded.find(")", opening.end())
    if close < 0 or close - opening.end() > 160:
        return
    inside: list[M] = []
    for m in sorted(s.mentions, key=lambda m: (m.start, -m.end)):
        inner = m.type in _ENDPOINTS and opening.end() <= m.start and m.end <= close
        if inner and (not inside or m.start >= inside[-1].end):
            inside.append(m)
    if len(inside) < 2:
        return
    rest = s.folded[opening.end() : close]
    for m in reversed(inside):
        rest = rest[: m.start - opening.end()] + "," + rest[m.end - opening.end() :]
    if not re.fullmatch(r"(?:[\s,]|\b(?:ve|and)\b)*", rest):
        return
    for m in inside:
        state_route(s, corridor.key, m.key, s.cover(corridor, m), "corridor.connects.bracket", "asserted")


def _topic(s: Sentence, recent: list[str], told: list[str]) -> str:
    """The corridor "the project" / "the route" / "bu koridor" stands for: of the corridors the
    sentence before names, the one it is about, named first ("TRIPP is one of the components of
    the Crossroads of Peace initiative. The project is also intended to ..."); else the last
    corridor named."""
    if s.previous is not None:
        before = sorted(
            (m for m in s.previous.mentions if m.type == "Corridor" and m.kind == "name"),
            key=lambda m: m.start,
        )
        # (a sentence that lists several corridors is about none of them)
        if before and before[0].key in recent and len({m.key for m in before}) == 1:
            return before[0].key
    # else the one the text is about: named in most sentences so far, those the lexicon does not
    # know included (the first named, of equals)
    told = told or recent
    counts = {key: told.count(key) for key in told}
    return max(told, key=lambda key: counts[key])


_PART_OF_STATE_TR = re.compile(
    r"\s+(?:[\wçğıöşü]+\s+)?(?:il(?:ler)?i|bölge(?:ler)?i|kesim(?:ler)?i|ana ?karasi|topraklari|kismi|"
    r"şehir(?:ler)?i|kent(?:ler)?i)(?:n[\wçğıöşü]{0,3})?\b"
)
_INNER_PARTICIPLE_TR = re.compile(r"[^,;.]*?\s[\wçğıöşü]+(?:[ae]n|y[ae]n)\s+(?:[\wçğıöşü]+\s+){0,3}")
_PARTICIPLE_TR = re.compile(r"(?:[ae]n|y[ae]n|[ae]c[ae]k|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü])$")
_FINITE_FUTURE_TR = re.compile(r"[ae]c[ae]k$")
_CLAUSE_GOES_ON_TR = re.compile(r"\s*,|\s+ve\s")
_PREDICATE_TR = re.compile(
    r"\s*(?:[.;]|$|(?:\s*[\wçğıöşü]+){1,6}?d[ıiuü]r\b|(?:\s*[\wçğıöşü]+){1,4}?\s+olarak\b)"
)
_ITSELF_TR = re.compile(r"\s+(?:bir\s+)?(?:[\wçğıöşü]+\s+){0,3}olan\s+")
_ROUTE_NOUN_TR = re.compile(r"\b(?:\w+\s+)?(?:yol|hat|güzergah|rota|koridor|köprü|demiryol|karayol)\w*")


_INSIDE_TR = re.compile(r"\s+(?:içinde|üzerinde)\s+(?:bulunduğu|yer aldiği|olduğu)\s+[\"“'‘]?$")


def _inside_tr(s: Sentence, corridor: M) -> None:
    """ "Rusya'nın içinde bulunduğu Kuzey Koridoru", "İran'ın içinde yer aldığı Güney Koridoru": the
    state the route runs through is on it."""
    for m in s.mentions:
        if (
            m.type in _ENDPOINTS
            and m.end < corridor.start
            and re.search(r"n?[ıiuü]n$", s.folded[m.start : m.end])
            and _INSIDE_TR.fullmatch(s.folded[m.end : corridor.start])
        ):
            state_route(s, corridor.key, m.key, s.cover(m, corridor), "corridor.connects.inside", "asserted")


# "the Aktau port is an integral part of the Middle Corridor", "being an important segment of the
# TITR, the Port of Baku ...", "Orta Koridor'un önemli bir halkası olan Bakü Limanı"
_PART_WORD_EN = (
    r"(?:an?\s+|the\s+)?(?:(?:important|key|integral|major|vital|crucial|main|central|strategic|essential)\s+)?"
    r"(?:part|segment|section|node|hub|link|stop|station|gateway|component|element)\s+(?:of|on|in|along)\s+(?:the\s+)?"
)
_PART_AFTER_EN = re.compile(
    rf"(?:\s+port)?\s+(?:is|as|being|remains|serves as|acts as|has become|became)\s+{_PART_WORD_EN}$"
)
_PART_BEFORE_EN = re.compile(rf"\b(?:being\s+|as\s+)?{_PART_WORD_EN}$")
_PART_TR = re.compile(
    r"\s+(?:en\s+)?(?:önemli\s+|kilit\s+|stratejik\s+|temel\s+)?(?:bir\s+)?"
    r"(?:parças[ıi]|halkas[ıi]|ayağ[ıi]|durağ[ıi]|kavşağ[ıi]|bileşeni|noktas[ıi])\s+olan\s+"
)


def _part_of_route(s: Sentence, corridor: M) -> None:
    places = [m for m in s.mentions if m.type == "Place" and m.kind in ("name", "discovered")]
    if s.lang == "en":
        for place in places:
            after = place.end <= corridor.start and _PART_AFTER_EN.fullmatch(
                s.folded[place.end : corridor.start]
            )
            before = (
                corridor.end <= place.start
                and _PART_BEFORE_EN.search(s.folded[: corridor.start])
                and re.fullmatch(r",\s+(?:the\s+)?(?:port of\s+)?", s.folded[corridor.end : place.start])
            )
            if after or before:
                span = s.cover(corridor, place)
                state_route(s, corridor.key, place.key, span, "corridor.connects.part", "asserted")
    elif re.search(r"n?[ıiuü]n$", s.folded[corridor.start : corridor.end]):
        match = _PART_TR.match(s.folded, corridor.end)
        stop = s.at(match.end(), len(s.text), {"Place"}) if match else None
        if stop is not None:
            state_route(
                s, corridor.key, stop.key, s.cover(corridor, stop), "corridor.connects.part", "asserted"
            )


def _before_apposition(s: Sentence, named: list[M], verb: int) -> M | None:
    """ "The Middle Corridor, an alternative to the Northern Corridor, links ...": the verb right
    after an apposition set off by commas is its subject's, the corridor before the apposition."""
    if s.lang != "en" or not re.search(r",\s*$", s.folded[:verb]):
        return None
    close = s.folded.rfind(",", 0, verb)
    opening = s.folded.rfind(",", 0, close)
    inside = [m for m in named if opening < m.start < close]
    before = [m for m in named if m.end <= opening]
    return before[-1] if opening >= 0 and inside and before else None


def _nominative(s: Sentence, corridor: M) -> bool:
    """Whether a Turkish corridor name is written without a case ending (a subject: "Zengezur
    Koridoru, ..."), not as an object ("Zengezur Koridorunu işaret eden ...")."""
    entity = s.lexicon.entities.get(corridor.key)
    if entity is None:
        return False
    surface = " ".join(s.folded[corridor.start : corridor.end].split())
    return any(surface == " ".join(fold(name).split()) for names in entity.labels.values() for name in names)


def _modifies(s: Sentence, word: re.Match[str], corridor: M) -> bool:
    """Whether a Turkish connect word is a participle whose noun is this corridor's name: no other
    route noun between them ("... bağlanan Bakü-Tiflis ticaret yoluna alternatif ... Zengezur
    Koridoru" describes the trade road)."""
    if not _PARTICIPLE_TR.search(word.group(0)):
        return False
    between = s.folded[word.end() : corridor.start]
    if _ITSELF_TR.fullmatch(between):
        return True  # "... bağlayacak bir geçiş güzergahı olan Zengezur koridoru": the noun is the corridor
    # "bağlayacak olan 43 km. uzunluğundaki Zengezur koridoru": an abbreviation's point is no break
    between = _ABBREVIATION_TR.sub(" ", between)
    return (
        len(between) <= 60
        and not _ROUTE_NOUN_TR.search(between)
        and not re.search(r"[,;:.]", between)
        # "... birbirine bağlayan kardeşlik bağları Zengezur Koridoru ile güçlenecek": a plural noun
        # between is the participle's own
        and not _HEAD_PLURAL_TR.search(between)
    )


_HEAD_PLURAL_TR = re.compile(r"[\wçğıöşü]+l[ae]r[ıi]\b")
# "Azerbaycan'dan Türkiye'ye uzanan doğal gaz boru hatları, Orta Koridor'u ...": a participle's
# route noun of its own, not the corridor named after it
_OWN_ROUTE_TR = re.compile(
    r"\s+(?:[\wçğıöşü]+\s+){0,3}?(?:yol|hat|güzergah|rota|koridor|köprü|demiryol|karayol|boru hat)\w*"
)


_ABBREVIATION_TR = re.compile(r"\b(?:km|m|mil|kg|ton|yy|vb|vs|no|sn|dk|yak|ort)\.(?=\s+[a-zçğıöşü0-9])")


# A route told as its stations: "from China via Kazakhstan and the Caspian to Europe", "linking
# northeast Turkey, Tbilisi and Baku", "Türkiye'den başlayarak ... Hazar Denizi'ni aşarak ...
# ÇHC'ye ulaşan", "Gürcistan, Azerbaycan ve Hazar Denizine ... ÇHC'ye uzanmaktadır".
_ROUTE_VERBS = {
    "en": re.compile(
        r"\b(?:linking|connecting|runs? from|running from|stretch(?:es|ing)? from|starts? (?:in|from)|"
        # "runs China–Kazakhstan–Caspian Sea–Azerbaijan": stations right after the verb
        r"runs(?= [\w ]+[–—-]\s?\w)|"
        r"from \S+ (?:via|through|across) |via|passing through|through)\b"
    ),
    "tr": re.compile(
        r"(?:başlayarak|başlayip|ulaşan|ulaşmaktadir|uzan(?:an|maktadir|iyor)|takip ederek|aşarak|üzerinden|"
        r"geçerek|izleyerek|bağlayan)"
    ),
}
_STATION_GAP = re.compile(r"[\s,'’()/–—-]*(?:[\wçğıöşü-]+[\s,'’()/–—-]+){0,3}(?:the\s+)?$")
_NOT_A_STATION = re.compile(r"[;:]|\b(?:said|says|which|who|while|but|ancak|fakat|ise|arasinda\w*)\b")
# "running through Armenia's Syunik Province, grants the United States ...": after a comma, a word
# that joins no list (a verb of the main clause) ends the stations
_LIST_AFTER_COMMA_EN = re.compile(
    r",\s+(?!(?:and|or|to|via|then|through|across|onward|onwards|on|into|towards?|from|the|a|an|its|their|"
    r"as well as|and then|before|past)\b)[a-z]+\b"
)


# "in line with the Baku declaration", "Moskova formatı", "Brüksel süreci": a place that names a
# document, format or meeting is no station of a route
_NAMES_A_THING = re.compile(
    r"['’]?\w{0,3}\s+(?:declaration|statement|agreement|format|process|summit|forum|platform|principles|"
    r"protocol|memorandum|talks|deklarasyon|bildiri|beyanname|anlaşma|format|süreci|zirve|forum|protokol)"
)


# "via Georgia", "through the countries of Central Asia", "across the territory of Armenia"
_VIA_BEFORE_EN = re.compile(
    r"\b(?:via|through|across)\s+(?:the\s+)?"
    r"(?:(?:countries|states|economies|markets|territor(?:y|ies)|lands?|regions?)\s+of\s+(?:the\s+)?)?$"
)
_NEWS_VIA_EN = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?:media|press|statements?|channels?|spokes\w+|"
    r"telegram|social|news|agency|agencies|websites?|videos?|letters?|intermediar\w+|mediat\w+|diplomatic)\b"
)


def _transit_dropped_en(s: Sentence, chain: list[M]) -> list[M]:
    """A route told "from X (to Y) via A and B": its ends, not what it passes "via", "through" or
    "across" (the way, ontology 0.4.0's runsThrough: "passes through Kazakhstan and Georgia" alone
    gives no end, as the analysts of the newer batches read it), nor the
    state a station is said to be in ("from the Shah Deniz field in Azerbaijan")."""
    chain = [
        m
        for i, m in enumerate(chain)
        if not (
            i > 0
            and m.type == "State"
            and re.fullmatch(
                r"(?:\s+(?:field|port|city|town|terminal))?\s+in\s+(?:the\s+)?",
                s.folded[chain[i - 1].end : m.start],
            )
        )
    ]
    ends = [
        m
        for m in chain
        if re.search(r"\b(?:from|to)\s+(?:the\s+)?$", s.folded[max(0, m.start - 10) : m.start])
    ]
    via = [m for m in chain if _VIA_BEFORE_EN.search(s.folded[max(0, m.start - 40) : m.start])]
    if not via:
        return chain
    passed = {m.start for m in s.coordination(via[0], _ENDPOINTS)}
    if not ends:
        # "It runs through Syunik, a province of Armenia": with no end given after them, what follows
        # the places passed is no end either
        return [m for m in chain if m.start < via[0].start]
    return [m for m in chain if m.start not in passed or m in ends]


def _route_list(s: Sentence, named: list[M], ends: list[M] | None = None, before: int = -1) -> None:
    """A route told as the list of its stations; with ``ends`` (found by a connect word before
    the corridor's name), only the list those ends belong to, written before the word."""
    if not named or (ends is None and any(st.relation == "connects" for st in s.out)):
        return
    corridor = named[0]
    if len(named) > 1 and ends is None:
        # "Zengezur Koridoru'nun ... vurgulayan Aliyev, 'Orta Koridor, Asya'yı ... Avrupa'ya bağlıyor'": the
        # stations are the route's named last before the first word that tells them
        first = _ROUTE_VERBS[s.lang].search(s.folded, named[0].end)
        before_verb = [m for m in named if first is not None and m.end <= first.start()]
        if before_verb:
            corridor = before_verb[-1]
    if (
        s.lang == "tr"
        and re.match(r"['’]?\w{0,3}\s+ile\s", s.folded[corridor.end :])
        and _ROUTE_NOUN_TR.search(s.folded, 0, corridor.start)
    ):
        # "Yeni demiryolu hattının Kars'tan başlayarak ... Nahçıvan'a, oradan da Zengezur Koridoru ile
        # Azerbaycan'a ulaşacağını": the stations are the line's the sentence is about; the corridor
        # "ile" is only the way on
        return
    # "BTK hattı üzerinden Rusya, ... ve Çin'e yük taşımacılığı": what is carried via the line to
    # places beyond it, not the line's own stations
    verbs = [
        v
        for v in _ROUTE_VERBS[s.lang].finditer(s.folded)
        if not (
            v.group(0) == "üzerinden" and re.fullmatch(r"[\s'’]{0,3}", s.folded[corridor.end : v.start()])
        )
    ]
    if s.lang == "en":
        # "Report informs via Armenian media", "said through a spokesperson": a way news or words travel
        verbs = [v for v in verbs if not _NEWS_VIA_EN.match(s.folded, v.end())]
    if corridor.kind == "coref":
        # "This route runs from Baku via Tbilisi to Kars"; not "The route gained impetus when a
        # container train ... was dispatched to Xi'an from Baku via Kazakhstan" (a train's run)
        verbs = [v for v in verbs if 0 <= v.start() - corridor.end <= 30]
    if not verbs:
        return
    mood = modality(s, verbs[0].start(), verbs[0].end())
    if mood is None:
        return
    stations = [
        m
        for m in s.mentions
        if m.type in _ENDPOINTS
        and m.kind != "demonym"
        and not m.consumed
        and m.key != corridor.key
        and (before < 0 or m.end <= before)
        and not _NAMES_A_THING.match(s.folded, m.end)
        # "what Baku calls the Zangezur Corridor": a speaker is no station
        and not (
            s.lang == "en"
            and re.match(
                r"\s+(?:calls|called|dubs|dubbed|names|named|says|said|wants|insists|claims)\b",
                s.folded[m.end :],
            )
        )
        # "opposed by Iran and backed by Turkey": who acts on the route is no station
        and not (
            s.lang == "en" and re.search(r"\bby\s+(?:the\s+)?$", s.folded[max(0, m.start - 8) : m.start])
        )
    ]
    stations.sort(key=lambda m: m.start)
    listed = stations
    if s.lang == "tr":
        # "Ermenistan üzerinden": one place passed is only the way, not a station
        stations = [
            m
            for m in stations
            if not (_VIA_TR.match(s.folded, m.end) and len(s.coordination(m, _ENDPOINTS, forward=False)) == 1)
        ]
    chain: list[M] = []
    for m in stations:
        # "Hazar Denizine (Hazar geçişi kullanılarak) buradan da Türkmenistan": a parenthesis is no break
        gap = re.sub(r"\s*\([^)]{0,60}\)", "", s.folded[chain[-1].end : m.start]) if chain else ""
        if chain and (
            len(gap) > 40
            or not _STATION_GAP.match(gap)
            or _NOT_A_STATION.search(gap)
            or (s.lang == "en" and _LIST_AFTER_COMMA_EN.search(gap))
        ):
            if len(chain) >= 2 and _covers_verb(chain, verbs):
                break
            chain = []
        chain.append(m)
    # "through Armenia's Syunik province": a place and its part are one station
    # ("Gürcistan'ın Tiflis ve Gori şehirlerinden": the state in the genitive only says where they are)
    chain = [
        m
        for i, m in enumerate(chain)
        if not (
            i + 1 < len(chain)
            and (
                _POSSESSOR.match(s.folded, m.end)
                or (
                    s.lang == "tr"
                    and _GENITIVE_END.search(s.folded[m.start : m.end])
                    and not s.folded[m.end : chain[i + 1].start].strip()
                )
            )
        )
    ]
    if len(chain) < 2 or not _covers_verb(chain, verbs):
        return
    if s.lang == "tr" and _ROUTE_NOUN_TR.search(s.folded, chain[-1].end, corridor.start):
        # "Bakü'den başlayıp, Gürcistan'dan Türkiye'ye bağlanan Bakü-Tiflis ticaret yoluna alternatif ...
        # Zengezur Koridoru": the stations are the route noun's between them and the corridor
        return
    if s.lang == "tr" and corridor.start > chain[-1].end:
        # the route noun a participle after the stations describes is the route they are on ("...
        # uzanan doğal gaz boru hatları, Orta Koridor'u"), as is a plural noun ("... bağlayan kardeşlik
        # bağları Zengezur Koridoru ile")
        for v in verbs:
            if not chain[-1].end <= v.start() < corridor.start:
                continue
            own = _OWN_ROUTE_TR.match(s.folded, v.end())
            if (own is not None and own.end() <= corridor.start) or _HEAD_PLURAL_TR.search(
                s.folded, v.end(), corridor.start
            ):
                return
    if ends is not None and not {m.key for m in ends} <= {m.key for m in chain}:
        return
    if s.lang == "en":
        chain = _transit_dropped_en(s, chain)
    else:
        # "Çin'den Avrupa'ya Kazakistan, Hazar Denizi ve Türkiye üzerinden uzanan": what the route
        # runs "üzerinden" between the ends it gives is only the way (towns it passes "geçerek" stay)
        via = [
            (a, b)
            for a, b in _via_spans(s, listed, len(s.folded))
            if not s.folded.endswith(("geçerek", "gecerek"), 0, b)
        ]
        kept = [m for m in chain if not any(a <= m.start < b for a, b in via)]
        if len(kept) >= 2 and len(kept) < len(chain):
            chain = kept
    for m in dict((m.key, m) for m in chain).values():
        state_route(s, corridor.key, m.key, s.cover(corridor, m), "corridor.connects.route", mood)


_POSSESSOR = re.compile(r"'s\s+(?:[\w-]+\s+)?(?=\w)")


def _covers_verb(chain: list[M], verbs: list[re.Match[str]]) -> bool:
    """The stations run around a route word: it stands among them or right beside them."""
    lo, hi = chain[0].start, chain[-1].end
    return any(lo - 30 <= v.start() <= hi + 30 for v in verbs)


# "X in the west to Y in the east", "the Nakhichevan exclave to the rest of Azerbaijan"
_MORE_EN = re.compile(
    r"(?:\s+in\s+the\s+(?:north|south|east|west)\w*)?"
    # "connect Aghband in (the southwestern corner of) the Zangilan District to Ordubad": where the
    # first end lies, a kind of place last
    r"(?:\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:[\w-]+\s+)(?:district|province|region|rayon|oblast|county|area)\b)?"
    # "link Azerbaijan's western regions with Nakhchivan"
    r"(?:'s\s+(?:[\w-]+\s+){0,2}?(?:regions?|parts?|mainland|territory|territories|provinces?|districts?))?"
    # ("from the Chinese border to Europe")
    # ("connects the Armenian mainland to ...": a demonym's mainland is its state)
    r"(?:\s+(?:exclave|enclave|region|province|territory|autonomous republic|border|borders|frontier|"
    r"mainland))?"
    r"\s*(?:proper\s+)?(?:and|with|to)\s+"
)
_OBJECT_AFTER_EN = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that)\b")
_EXCLAVE_EN = re.compile(r"\s+(?:exclave|enclave|territory|autonomous republic)\b")


def _owner(s: Sentence, place: M) -> M | None:
    """The state an exclave is written as belonging to: "its Nakhichevan exclave" (the state the
    sentence says "its" is), "Azerbaijan's Nakhchivan exclave"."""
    if not _EXCLAVE_EN.match(s.folded, place.end):
        return None
    if re.search(r"\bits\s+$", s.folded[max(0, place.start - 5) : place.start]):
        keys = {st.object for st in s.out if st.relation == "locatedIn" and st.subject == place.key}
        key = place.key
        while key in s.lexicon.located_in and len(keys) < 10:  # or where the lexicon puts it
            key = s.lexicon.located_in[key]
            keys.add(key)
        states = [m for m in s.mentions if m.key in keys and m.type == "State" and m.end <= place.start]
        if states:
            return states[-1]
        # "Baku wants a corridor to its Nakhchivan exclave": a capital stands for its state
        capitals = s.lexicon.capitals()
        seats = [m for m in s.mentions if capitals.get(m.key) in keys and m.end <= place.start]
        return (
            M(capitals[seats[-1].key], "State", seats[-1].start, seats[-1].end, "metonym") if seats else None
        )
    return s.ending_near(place.start, {"State"}, r"'s\s+")


def _list_after_to_en(s: Sentence, joined: str, second: M, group: list[M]) -> list[M]:
    """ "extending from China to Central Asia, the Caspian Sea, the Caucasus and Türkiye": a list
    after "to" is the places the route is told to reach, each an end (a list that closes with "and"
    or "or"; not what "via" or "through" gives, which is no join)."""
    if not joined.rstrip().endswith(" to"):
        return []
    listed = s.coordination(second, _ENDPOINTS)
    if len(listed) < 2 or not re.search(
        r"\b(?:and|or)\s+(?:the\s+)?$", s.folded[listed[-2].end : listed[-1].start]
    ):
        return []
    if _LIST_IS_SUBJECT_EN.match(s.folded, listed[-1].end):
        return []  # "links China to Europe, Kazakhstan and Azerbaijan said": the next clause's subject
    keys = {m.key for m in group}
    return [m for m in listed[1:] if m.key not in keys]


_LIST_IS_SUBJECT_EN = re.compile(
    r"\s+(?:also\s+)?(?:said|say|says|agreed|agree|signed|sign|have|has|had|will|would|are|were|is|was|plan|"
    r"plans|planned|announced|announce|discussed|discuss|want|wants|hope|seek|seeks|can|could|should|must|"
    r"did|do|does|reached|met|meet)\b"
)


_ONWARD_EN = re.compile(
    r",?\s+(?:and\s+)?(?:then\s+)?(?:(?:runs|continues|extends|goes|leads)\s+)?"
    r"(?:onwards?\s+to|onto|on\s+to|further\s+to)\s+(?:the\s+)?|"
    # "not only connects China with Europe but also (with) Central Asia"
    r",?\s+but\s+also\s+(?:to\s+|with\s+)?(?:the\s+)?"
)
# "with the Armenian-populated part of", "to its exclave, ", "with its Nakhchivan": the words
# between a route's second word and its second end
# ("from China to the EU outside of Russia": what the route avoids is no end)
_SECOND_END_GAP = re.compile(
    r"(?:(?!\b(?:outside|bypass|avoid|except|excluding|other than|instead of|rather than|around)\b)[^,;.])*|"
    r"(?:its|the|their) (?:exclave|enclave|autonomous republic|region),\s*"
)


# "Ermenistan üzerinden Azerbaycan'ı Nahçıvan'a bağlayacak": a place the route passes, not an end
# (crossed, "Hazar Denizi'ni aşarak", or followed, "Kazakistan'ı takiben", too)
_VIA_TR = re.compile(
    r"'?\w{0,4}(?:\s+(?:bölge|şehir|kent|ülke|ilçe|vilayet|topraklar|arazi|güney|kuzey|doğu|bati)\w*)?"
    r"(?:\s*\([^)]{0,60}\))?"
    r"\s+(?:üzerinden|içinden|yoluyla|topraklarindan|geçerek|uzerinden|icinden|gecerek|aşarak|asarak|takiben|"
    r"arac[ıi]l[ıi][ğg][ıi]yla|vas[ıi]tas[ıi]yla)"
)
# "Ermenistan'ın güneyindeki Syunik": a state that only says where the next place is
_WHERE_TR = re.compile(r"\s+\w+(?:[nsy][dt][ae]ki)\s+$")
# "Türkiye sınırındaki Nahçıvan", "İran sınırına yakın Nahçıvan"
_BORDER_TR = re.compile(
    r"(?:'?\w{0,4})?\s+(?:sinir|kiyi|yakin)\w*\s+(?:yakin\s+)?$|(?:'?\w{0,4})?\s+sinirindaki\s+$"
)


# "Kars in Turkey, Tbilisi in Georgia and Baku in Azerbaijan"
_SEAT_EN = re.compile(
    r"(?:\s+(?:field|port|terminal|city|town|region|province))?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?"
)
_NEXT_END_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|with|to)\s+)(?:the\s+)?")
# "Karabakh's sole overland link to", "Azerbaijan's only land connection with"
_LINK_OF_EN = re.compile(
    r"'s\s+(?:(?:sole|only|main|direct|key|vital|shortest|single|overland|land|road|rail|transport)\s+){0,3}$"
)


# "would give (mainland) Azerbaijan a direct link to Nakhchivan", "provides Karabakh with a link to"
_GIVEN_GAP_EN = (
    r"\s+(?:with\s+)?(?:an?\s+)?(?:(?:direct|sole|only|new|secure|overland|land|road|rail|transport|"
    r"unimpeded|uninterrupted)\s+){0,3}"
)
_GIVE_EN = re.compile(
    r"\b(?:give|gives|gave|given|giving|provide|provides|provided|providing|offer|offers|offering)\s+"
    r"(?:(?:mainland|the)\s+)?$"
)


_OWNED_EN = re.compile(r"['’]s\s+(?:(?:sea\s+)?(?:port|city|town)\s+of\s+)?")
_END_HEAD_EN = re.compile(
    r"(?:\s+(?:sea\s+)?(?:ports?|cit(?:y|ies)|towns?|terminals?|regions?|provinces?|districts?|harbou?rs?))?"
)


def _ends_of_owners(s: Sentence, first: M) -> list[M]:
    """A list of ends each written after its state's possessive ("Georgia's Poti port with
    Azerbaijan's Alat port"): the places, not their states; ``[]`` if a state owns no place."""
    group: list[M] = []
    current = first
    while len(group) < 8:
        owned = _OWNED_EN.match(s.folded, current.end) if current.type == "State" else None
        if owned is not None:
            place = s.at(owned.end(), len(s.text), {"Place"})
            if place is None:
                return []
            current = place
        group.append(current)
        head = _END_HEAD_EN.match(s.folded, current.end)
        join = _NEXT_END_EN.match(s.folded, head.end() if head else current.end)
        nxt = s.at(join.end(), len(s.text), _ENDPOINTS) if join else None
        if nxt is None or nxt.key in {m.key for m in group}:
            break
        current = nxt
    return group if len(group) >= 2 else []


_KIND_OF_EN = re.compile(
    r"\s+(?:exclave|enclave|region|province|autonomous republic|city|town|port|territory|district)"
    r"\s+of\s+(?:the\s+)?"
)


def _kind_of_place_en(s: Sentence, m: M) -> M:
    """ "the Azerbaijani exclave of Nakhchivan", "the Armenian province of Syunik": the place the kind
    after a demonym names, else the mention itself."""
    if m.type != "State":
        return m
    kind = _KIND_OF_EN.match(s.folded, m.end)
    place = s.at(kind.end(), len(s.text), _ENDPOINTS) if kind else None
    return place if place is not None else m


def _ends_in_states(s: Sentence, first: M) -> list[M]:
    """A list of ends each followed by "in <state>": the ends, not their states."""
    group, current = [first], first
    while len(group) < 8:
        seat = _SEAT_EN.match(s.folded, current.end)
        state = s.at(seat.end(), len(s.text), {"State"}) if seat else None
        after = state.end if state is not None else current.end
        join = _NEXT_END_EN.match(s.folded, after)
        nxt = s.at(join.end(), len(s.text), _ENDPOINTS) if join else None
        if nxt is None or nxt.key in {m.key for m in group}:
            break
        group.append(nxt)
        current = nxt
    return group


# "Horadiz-Ağbend ulaşım otoyoluna bağlanıyor", "joins the Kars-Iğdır railway": a station of another
# route's name (one the lexicon or discovery did not make a corridor of) is no end of this one
_DASH_BEFORE = re.compile(r"\w['’]?\w{0,3}\s?[-–—]\s?$")
_NAME_RUN_AFTER = re.compile(
    r"['’]?\w{0,4}(?:\s?[-–—]\s?[\wçğıöşü]+){0,4}"
    r"(?:\s+(?:ulaşim|ulaştirma|uluslararasi|çift|hatli|hizli|transport|international|high-speed))*"
    r"\s+(?:otoyol|karayol|kara\s+yol|demiryol|demir\s+yol|yol|hatt|railway|road|highway|motorway|line|pipeline|boru)"
)


def _in_route_name(s: Sentence, m: M) -> bool:
    dashed = _DASH_BEFORE.search(s.folded, max(0, m.start - 30), m.start) or re.match(
        r"['’]?\w{0,4}\s?[-–—]\s?\w", s.folded[m.end : m.end + 12]
    )
    return bool(dashed and _NAME_RUN_AFTER.match(s.folded, m.end))


def _endpoints(s: Sentence, start: int, end: int, corridor: M) -> list[M]:
    """The places joined around a connect word: "between X and Y", "X ile Y
    arasinda", "connect X with Y", "X and Y will be connected"."""
    candidates = [
        m
        for m in s.mentions
        if m.type in _ENDPOINTS
        and not (corridor.start <= m.start < corridor.end)
        and not _in_route_name(s, m)
    ]
    if s.lang == "en":
        between = re.search(
            r"\bbetween\s+(?:the\s+)?(?:west of\s+|east of\s+)?", s.folded[start : start + 40]
        )
        lead = re.match(r"\s*(?:the\s+)?(?:west of\s+|east of\s+)?", s.folded[end:])
        if between or lead:
            at = start + between.end() if between else end + (lead.end() if lead else 0)
            # "connect mainland Azerbaijan with ...", "between the west of Azerbaijan and ..."
            after = [
                m
                for m in candidates
                if at <= m.start <= at + 25 and not re.search(r"[,;.]", s.folded[at : m.start])
            ]
            first = min(after, key=lambda m: m.start) if after else None
            if first is not None:
                first = _kind_of_place_en(s, first)
                group = s.coordination(first, _ENDPOINTS)
                if len(group) == 1 and _OWNED_EN.match(s.folded, first.end) and first.type == "State":
                    # "between Kazakhstan's Aktau and Azerbaijan's Baku ports": each end set in
                    # its state by a possessive (the places are the ends)
                    group = _ends_of_owners(s, first) or group
                if len(group) == 1 and _SEAT_EN.match(s.folded, first.end):
                    # "connecting Kars in Turkey, Tbilisi in Georgia and Baku in Azerbaijan": each
                    # end set in its state (the state says where the end is, the places are the ends)
                    group = _ends_in_states(s, first)
                owner = _owner(s, first)
                if len(group) == 1 and owner is not None:
                    # "to its Nakhichevan exclave", "a corridor to Azerbaijan's Nakhchivan exclave"
                    group = [owner, first] if owner.start < first.start else [first, owner]
                holder = (
                    _LINK_OF_EN.search(s.folded, max(0, start - 60), start)
                    if re.search(r"(?:link|connection)$", s.folded[start:end])
                    else None
                )
                if len(group) == 1 and holder is not None and lead is not None and not between:
                    # "became Karabakh's sole overland link to Armenia": the place whose link it is
                    # and the place it leads to
                    of = s.ending_near(holder.start(), _ENDPOINTS, r"")
                    if of is not None and of.key != first.key:
                        group = [of, first]
                to = (
                    s.ending_near(start, _ENDPOINTS, _GIVEN_GAP_EN)
                    if re.search(r"(?:link|connection|access to)$", s.folded[start:end])
                    else None
                )
                if (
                    len(group) == 1
                    and to is not None
                    and to.key != first.key
                    and _GIVE_EN.search(s.folded, max(0, to.start - 30), to.start)
                    and not between
                ):
                    # "would give Azerbaijan a direct link to Nakhchivan"
                    group = [to, first]
                more = _MORE_EN.match(s.folded, group[-1].end)
                if len(group) == 1 and more:
                    # "with the Armenian-populated part of Karabakh", "with its Nakhchivan exclave"
                    at2 = more.end()
                    second = [
                        m
                        for m in candidates
                        if at2 <= m.start <= at2 + 40 and _SECOND_END_GAP.fullmatch(s.folded[at2 : m.start])
                    ]
                    if second:
                        # "with the Azerbaijani exclave of Nakhichevan": the place the demonym's kind names
                        # (not the first end again: "with the Armenian-populated territory of Karabakh")
                        ends2 = [_kind_of_place_en(s, m) for m in sorted(second, key=lambda m: m.start)]
                        # (nor a compound's adjective: "the Russian-controlled area of Karabakh")
                        ends2 = [
                            m
                            for m in ends2
                            if m.key != group[0].key and not re.match(r"-[a-z]", s.folded[m.end : m.end + 2])
                        ]
                        if ends2:
                            group.append(ends2[0])
                            group += _list_after_to_en(s, more.group(0), ends2[0], group)
                if len(group) >= 2:
                    # "connect Azerbaijan proper to its exclave, Nakhchivan, and then onto Turkey"
                    onward = _ONWARD_EN.match(s.folded, group[-1].end)
                    further = s.at(onward.end(), len(s.text), _ENDPOINTS) if onward else None
                    return [*group, further] if further is not None else group
        before = [m for m in candidates if m.end <= start]
        if before and not _OBJECT_AFTER_EN.match(s.folded, end):
            # "Baku and Nakhchivan are linked by ..."; not "Iran and Azerbaijan agreed to build a
            # corridor that links the Caucasian state to ..." (the verb's object is after it)
            group = s.coordination(before[-1], _ENDPOINTS, forward=False)
            if len(group) >= 2:
                return group
        return []
    if s.folded.startswith("bağlanti", start):
        # "Dağlık Karabağ'ın Ermenistan ile bağlantısı": the genitive and the "ile", nothing before
        other = s.ending_near(start, _ENDPOINTS, r"\s+ile\s+")
        owner = s.ending_near(other.start, _ENDPOINTS, r"\s+") if other is not None else None
        if (
            owner is not None
            and other is not None
            and _GENITIVE_END.search(s.folded[owner.start : owner.end])
        ):
            return [owner, other]
    via = _via_spans(s, candidates, start)
    passed = [m for m in candidates if any(a <= m.start < b for a, b in via)]
    candidates = [
        m for m in candidates if m not in passed and not _locates(s, m, candidates) and not _holds_tr(s, m)
    ]
    window = s.folded[max(0, start - 90) : start]
    # ("Türkiye, Azerbaycan ve Kazakistan arasında demir ve kara yolu bağlantıları": four words between)
    arasinda = re.search(r"\s*arasinda\w*\s+(?:\w+\s+){0,4}$", window)
    if arasinda:
        pos = max(0, start - 90) + arasinda.start()
        # ("Bakü limanları arasında": the place before its head noun)
        last = s.ending_near(pos, _ENDPOINTS, r"\s*") or s.ending_near(pos, _ENDPOINTS, _PLACE_NOUN_TR)
        if last is not None:
            group = sorted(_seated_tr(s, last), key=lambda m: m.start)
            if len(group) >= 3 and re.fullmatch(
                r"['’\w]*\s+ile\s+", s.folded[group[-2].end : group[-1].start]
            ):
                # "Laçın, Dağlık Karabağ ile Ermenistan arasında tek yol olan": "ile" pairs two; the
                # name before the comma is the sentence's subject
                group = group[-2:]
            if len(group) >= 2:
                return group
    if corridor.start >= end:
        # "Çin'den Avrupa'ya uzanan Orta Koridor": the places before the verb that describes it
        # "Asya ve Avrupa'yı; Hazar Denizi, Kafkaslar ve Türkiye üzerinden bağlayan": the places
        # a route passes stand between its ends and the verb
        clause = max(_clause_start(s, start, via, c) for c in ",;:")
        ahead = [
            m
            for m in candidates
            if clause < m.start and m.end <= start and start - m.end - _via_length(via, m.end, start) <= 60
        ]
        pair = list(re.finditer(r"\barasinda(?:ki)?\s", s.folded[:start]))
        later = [m for m in ahead if pair and m.start >= pair[-1].end()]
        if later and not re.search(
            r"bağlant|" + _ROUTE_NOUN_TR.pattern, s.folded[pair[-1].end() : later[0].start]
        ):
            # "İran ve Rusya arasındaki Azerbaycan ve Nahçıvan'ı ... bağlayan Zengezur Koridoru krizi":
            # the places of a "between" before the route's own are another thing's (not "Türkiye'yi A
            # ve B arasındaki bir kara yolu bağlantısı ile Orta Asya'ya bağlayacak": a route between)
            ahead = later
        word = re.match(r"[\wçğıöşü]+", s.folded[start:])
        if word is not None and _PARTICIPLE_TR.search(word.group(0)):
            # "Tahran ve Moskova'nın Azerbaycan'a bağlanacak Reşt-Astara demiryolunun inşasında": the
            # genitive before a participle is the subject of the clause around it, not on the route
            outer = {
                g.start
                for m in ahead
                if re.search(r"['’]n?[ıiuü]n$", s.folded[m.start : m.end])
                and m is not ahead[-1]
                # ("Azerbaycan'ın batı illeri ile Nahçıvan'ı birleştirecek": the state whose part is the end)
                and not _PART_OF_STATE_TR.match(s.folded, m.end)
                for g in s.coordination(m, _ENDPOINTS, forward=False)
            }
            ahead = [m for m in ahead if m.start not in outer]
            if (
                len(ahead) == 1
                and s.folded.startswith("bağlan", start)
                and _DATIVE.search(s.folded[ahead[0].start : ahead[0].end])
                and re.fullmatch(r"\s+", s.folded[ahead[0].end : start])
            ):
                # "Azerbaycan'a bağlanacak X demiryolu": the place a route is joined to (the passive:
                # its other end is the route's own, unsaid)
                return ahead
        if len(ahead) >= 2:
            # a list of places passed is the route's stations ("Hazar Denizi, Kafkaslar ve Türkiye
            # üzerinden"); one place passed is only the way ("Ermenistan üzerinden")
            # a list of towns the route runs through on its way from one end to the other is its
            # stations ("Bakü'den başlayıp Tiflis ve Ahılkelek şehirlerinden geçerek Kars'a uzanan");
            # what it connects its ends "üzerinden" / "içinden" / "yoluyla" is only the way, one place
            # or a list ("Asya ve Avrupa'yı; Hazar Denizi, Kafkaslar ve Türkiye üzerinden bağlayan")
            through = [
                m
                for m in passed
                if clause < m.start
                and any(a <= m.start < b and s.folded.endswith(("geçerek", "gecerek"), 0, b) for a, b in via)
            ]
            return ahead + (through if len({m.key for m in through}) >= 2 else [])
    before = [m for m in candidates if m.end <= start and start - m.end <= 60 and m.start > corridor.start]
    if before:
        group = s.coordination(before[-1], _ENDPOINTS, forward=False)
        if len(group) >= 2:
            return group
        # "Azerbaycan'ı Nahçıvan'a bağlayacak": the object and the goal before the verb
        inside = [m for m in before if m.start >= corridor.end and ";" not in s.folded[m.end : start]]
        if len(inside) >= 2:
            return inside
        # "X demiryolu hattı, Nahçıvan üzerinden Azerbaycan'a uzanacak": the one place a route
        # reaches (its other end is where it starts)
        if (
            len(inside) == 1
            and s.folded.startswith(("uzan", "ulaş"), start)
            and _DATIVE.search(s.folded[inside[0].start : inside[0].end])
        ):
            return inside
    return []


# "Syunik bölgesinden (...) geçerek", "Laçin ilçesinden geçen": a region the route runs through
_PASSING_TR = re.compile(
    r"'?\w{0,5}(?:\s+(?:bölge|vilayet|il|ilçe|şehir|kent|eyalet)\w*)?(?:\s*\([^)]{0,80}\))?"
    r"\s+geç(?:en|erek|ecek|iyor|mekte)\w*"
)


def _passed_regions(s: Sentence, corridor: M, verb: int, ends: list[M]) -> list[M]:
    """ "Zengezur Koridoru, ... Syunik bölgesinden geçerek Azerbaycan'ı Nahçıvan'a bağlayacak": a
    region (not a state: "Ermenistan'dan geçerek" is only the way) the route is said to run
    through, between its name and the verb that gives its ends, is on its route."""
    keys = {m.key for m in ends}
    return [
        m
        for m in s.mentions
        if m.type == "Place"
        and m.kind != "demonym"
        and corridor.end <= m.start
        and m.end <= verb
        and m.key not in keys
        and _PASSING_TR.match(s.folded, m.end)
        and not re.search(r"[;.]", s.folded[corridor.end : m.start])
    ]


# "Syunik bölgesinden geçecek Zengezur Koridoru": a participle of passing right before the name
_PASSING_BEFORE_TR = re.compile(
    r"'?\w{0,5}(?:\s+(?:bölge|vilayet|il|ilçe|eyalet)\w*)?\s+geç(?:en|ecek|mesi planlanan)\s+"
    r"(?:(?:yeni|planlanan|stratejik|söz konusu)\s+)?$"
)


_PASSES_TR = re.compile(r"\s+geç(?:ecek|iyor|mektedir|er|ecektir)\b(?!\s+(?:olan|bir)\b)")


def _places_passed_tr(s: Sentence, corridor: M) -> None:
    """ "Zengezur Koridoru Mehri, Agarak ve Kacaran'dan geçecek": the places a corridor, the subject,
    is said to pass, two or more, are its stations (one is only the way: "Ermenistan'dan geçecek")."""
    if corridor.kind != "coref" and not _nominative(s, corridor):
        return
    for verb in _PASSES_TR.finditer(s.folded, corridor.end):
        last = s.ending_near(verb.start(), _ENDPOINTS, "")
        if last is None or not re.search(r"['’]?[dt][ae]n$", s.folded[last.start : last.end]):
            continue
        group = s.coordination(last, _ENDPOINTS, forward=False)
        if (
            len(group) < 2
            or min(m.start for m in group) < corridor.end
            or re.search(r"[;.]", s.folded[corridor.end : verb.start()])
        ):
            continue
        mood = modality(s, verb.start() + 1, verb.end()) or "asserted"
        for m in group:
            state_route(s, corridor.key, m.key, s.cover(corridor, m), "corridor.connects.passed", mood)


# "Hazar Denizi geçişli Trans Hazar ... Koridoru": the sea or land a route is named as crossing
_CROSSING_TR = re.compile(r"['’]?\w{0,3}\s+(?:geçişli|geçişi olan|üzerinden geçen)\s+$")


def _crossing_tr(s: Sentence, corridor: M) -> None:
    """ "Hazar Denizi geçişli Orta Koridor": the place the route crosses, right before its name, is
    on its route."""
    place = s.ending_near(corridor.start, _ENDPOINTS, _CROSSING_TR.pattern)
    if place is not None and place.type == "Place":
        state_route(
            s, corridor.key, place.key, s.cover(place, corridor), "corridor.connects.crossing", "asserted"
        )


def _region_passed_tr(s: Sentence, corridor: M) -> None:
    """ "Ermenistan'ın Syunik bölgesinden geçecek Zengezur Koridoru": a region (not a state, which is
    only the way) the participle before a corridor's name says it runs through is on its route."""
    for m in s.mentions:
        if (
            m.type == "Place"
            and m.kind != "demonym"
            and m.end < corridor.start
            and corridor.start - m.end <= 60
            and _PASSING_BEFORE_TR.fullmatch(s.folded, m.end, corridor.start)
        ):
            state_route(s, corridor.key, m.key, s.cover(m, corridor), "corridor.connects.passed", "asserted")


def _locates(s: Sentence, m: M, candidates: list[M]) -> bool:
    """ "Ermenistan'ın güneyindeki Syunik bölgesinden": the genitive says where the place after is."""
    if any(
        0 < other.start - m.end <= 25 and _BORDER_TR.fullmatch(s.folded[m.end : other.start])
        for other in candidates
    ):
        return True  # "Türkiye sınırındaki Nahçıvan": the state only says where the place is
    if not re.search(r"n?[ıiuü]n$", s.folded[m.start : m.end]):
        return False
    return any(
        0 < other.start - m.end <= 25 and _WHERE_TR.fullmatch(s.folded[m.end : other.start])
        for other in candidates
    )


_PLACE_NOUN_TR = r"\s+(?:liman|şehir|şehr|kent|bölge|ilçe|vilayet|eyalet)\w*\s*"
_SEAT_JOIN_TR = re.compile(
    r"(?:['’]?\w{0,5})?(?:\s+(?:liman|şehir|şehr|kent|bölge|ilçe|vilayet|eyalet)\w*)?\s*(?:,|\s+ve|\s+ile)\s+"
)


def _seated_tr(s: Sentence, last: M) -> list[M]:
    """The places joined before ``last``, each maybe set in its state ("Kazakistan'ın Aktau,
    Azerbaycan'ın Bakü limanları arasında", "Gürcistan'ın Poti limanı ile Azerbaycan'ın Alat
    limanı arasında"): the places, not the states that say where they are."""
    group = s.coordination(last, _ENDPOINTS, forward=False)
    seated = False
    for _ in range(6):
        first = min(group, key=lambda m: m.start)
        seat = s.ending_near(first.start, {"State"}, r"\s+")
        if seat is not None and seat not in group and _GENITIVE_END.search(s.folded[seat.start : seat.end]):
            group, seated = [seat, *group], True
            first = seat
        before = [
            m
            for m in s.mentions
            if m.type in _ENDPOINTS
            and m.end <= first.start
            and m not in group
            and _SEAT_JOIN_TR.fullmatch(s.folded[m.end : first.start])
        ]
        if not seated or not before:
            break
        group = [max(before, key=lambda m: m.end), *group]
    if not seated:
        return group
    return [
        m
        for m in group
        if not (
            m.type == "State"
            and _GENITIVE_END.search(s.folded[m.start : m.end])
            and any(o.start >= m.end and not s.folded[m.end : o.start].strip() for o in group if o is not m)
        )
    ]


def _via_spans(s: Sentence, candidates: list[M], before: int) -> list[tuple[int, int]]:
    """The stretches before a Turkish connect word that name what a route passes ("Hazar
    Denizi, Kafkaslar ve Türkiye üzerinden"), from the first place of the list to the postposition."""
    spans = []
    for m in candidates:
        match = _VIA_TR.match(s.folded, m.end)
        if match is None or m.end > before:
            continue
        group = s.coordination(m, _ENDPOINTS, forward=False)
        first = min(g.start for g in group)
        # "Ermenistan'ın Sünik bölgesi üzerinden": the state the place passed is in is passed too
        owner = s.ending_near(first, _ENDPOINTS, r"\s+")
        # (not of the towns a route runs through "geçerek": "Gürcistan'ın Tiflis ve Ahılkelek
        # şehirlerinden geçerek", where the state only says where they are)
        if (
            owner is not None
            and _GENITIVE_END.search(s.folded[owner.start : owner.end])
            and not match.group(0).endswith(("geçerek", "gecerek"))
        ):
            first = owner.start
        spans.append((first, match.end()))
    return spans


def _via_length(via: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(min(b, end) - max(a, start) for a, b in via if a < end and start < b)


def _clause_start(s: Sentence, before: int, via: list[tuple[int, int]], mark: str) -> int:
    """The last ``mark`` before ``before`` that is not inside, or just before, a list of places passed."""
    position = s.folded.rfind(mark, 0, before)
    while position >= 0 and any(
        a <= position < b
        or (position < a and not s.folded[position + 1 : a].strip() and _object(s, position))
        for a, b in via
    ):
        position = s.folded.rfind(mark, 0, position)
    return position


def _object(s: Sentence, position: int) -> bool:
    """Whether a place in the accusative or dative ends at ``position`` ("Avrupa'yı;")."""
    m = s.ending_near(position, _ENDPOINTS, "")
    return m is not None and bool(re.search(r"'(?:y|n)?[ıiuüae]$", s.folded[m.start : m.end]))


def _station_keys(s: Sentence, part: str) -> list[str]:
    """The lexicon's places a station of a route's name names: by an alias, else by its key
    ("Aralık" of "Kars-Iğdır-Aralık-Dilucu", a common word the lexicon lists only in full)."""
    keys = [key for key, _, _ in s.lexicon.find(part)]
    if keys or not part[:1].isupper():
        return keys
    entity = s.lexicon.entities.get(slug(part))
    return [entity.key] if entity is not None and entity.type == "Place" else []


_HANDED_EN = re.compile(
    r"\b(?:hand\w*|transferr?\w*|gave|give[ns]?|giving|ced(?:e|ed|es|ing)|return\w*|leas\w*|rent\w*|entrust\w*|"
    r"assign\w*|sell\w*|sold|offer\w*|grant\w*|leav\w*|left|open\w*|close\w*|introduc\w*|present\w*|"
    r"propos\w*|suggest\w*|pitch\w*|explain\w*|show\w*|promot\w*)\b"
)
_TO_EN = re.compile(r"['’]?s?\s+to\s+(?:the\s+)?(?:(?:rest|mainland)\s+of\s+)?")


def _corridor_to_en(s: Sentence, corridor: M) -> None:
    """ "the Zangezur corridor to Nakhchivan", "the Lachin corridor to Armenia": the place a named
    corridor is written as leading to is an end of its route (not "the corridor to be built")."""
    to = _TO_EN.match(s.folded, corridor.end)
    place = s.at(to.end(), len(s.text), _ENDPOINTS) if to else None
    if place is None or place.kind == "demonym" or _OBJECT_AFTER_EN.match(s.folded, place.end):
        return
    if _HANDED_EN.search(s.folded, max(0, corridor.start - 50), corridor.start):
        return  # "handed the Lachin corridor to Russia": who gets it, not where it leads
    mood = modality(s, corridor.start, corridor.end) or "asserted"
    state_route(s, corridor.key, place.key, s.cover(corridor, place), "corridor.connects.to", mood)


def _name_endpoints(s: Sentence, corridor: M) -> None:
    """ "Kars–Iğdır–Dilucu railway": the corridor links the places it is named after (not a
    discovered pipeline or bridge, named often beside the subject: discovery states its ends where
    the text says it carries or joins)."""
    if corridor.kind != "name" and corridor.key.endswith(("-pipeline", "-bridge")):
        return
    surface = s.text[corridor.start : corridor.end]
    if not re.search(r"\w\s*[-–—]\s*\w", surface):
        return
    memo = s.lexicon.memo.setdefault("name-endpoints", {})
    if surface in memo:
        inner = memo[surface]
    else:
        inner = memo[surface] = [
            key
            for part in re.split(r"[-–—\s]+", surface)
            for key in _station_keys(s, part)
            if key != corridor.key
        ]
    if len(inner) < 2 or names_no_town(s, inner):
        return  # (not "the Azerbaijan-Armenia-Turkey corridor": a direction, no stations)
    for key in dict.fromkeys(inner):
        if s.lexicon.entities[key].type in _ENDPOINTS:
            s.state(corridor.key, "connects", key, "entity", (corridor.start, corridor.end), "corridor.name")


_SECTION_EN = re.compile(r"\s+(?:section|segment|stretch|leg|part)\b|\s+(?:kesimi|bölümü|ayağı)\b")


def sections_of_lines(statements: list[Statement], text: str) -> list[Statement]:
    """ "must restore the Akhalkalaki-Tbilisi railway section" of the Kars-Akhalkalaki-Tbilisi
    railway: a line named after stations that are all another line's, written as its section, is
    part of that line, not a line of its own joining them."""
    ends: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "connects":
            ends.setdefault(st.subject, set()).add(st.object)
    sections = {
        st.subject
        for st in statements
        if st.relation == "connects"
        and st.rule.startswith("corridor.name.discovered")
        and _SECTION_EN.match(text, st.end)
        and any(
            other != st.subject and len(stations) > len(ends[st.subject]) and ends[st.subject] <= stations
            for other, stations in ends.items()
        )
    }
    return [st for st in statements if not (st.relation == "connects" and st.subject in sections)]


def named_ends_yield(statements: list[Statement], lexicon: Lexicon | None = None) -> list[Statement]:
    """The places a line is named after are its route only where the document gives no other:
    "the Baku-Tbilisi-Kars railway, which carries cargo between Azerbaijan, Georgia and Turkey"
    is a line between the three states (the towns of its name are not what the text says it
    joins); "the Baku-Tbilisi-Kars railway was reopened" alone joins Baku, Tbilisi and Kars. A
    place both the name and the words give stays; an unnamed stretch the document's one line is
    taken to be ("a new line between Kars and Akhalkalaki") may be a part of it, and counts not."""
    told: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "connects" and not st.rule.startswith(
            ("corridor.name", "corridor.connects.document", "corridor.connects.reach")
        ):
            told.setdefault(st.subject, set()).add(st.object)
    # "İran-Azerbaycan-Gürcistan-Karadeniz-Avrupa Koridoru ... Batum Limanına, Karadeniz'e
    # bağlayacak": words that give a place of the name read the name as the route's stations too
    by_name: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "connects" and st.rule.startswith("corridor.name"):
            by_name.setdefault(st.subject, set()).add(st.object)
    kept = {key for key, ends in told.items() if ends & by_name.get(key, set())} | {
        st.subject for st in statements if st.rule.startswith("corridor.name.confirmed")
    }
    if lexicon is not None:
        # the words restate the name's towns by their states, one state for each ("the Baku-Tbilisi-Kars
        # railway ... between Azerbaijan, Georgia and Turkey"): the states are the route; else the
        # words add to the name ("Türkiye ile Azerbaycan arasında ... bağlantı sağlayacak olan Kars-Iğdır-
        # Aralık-Dilucu Demiryolu Hattı": the towns of its name stay)
        kept |= {key for key, ends in told.items() if not _restated(lexicon, ends, by_name.get(key, set()))}
    return [
        st
        for st in statements
        if not (
            st.relation == "connects"
            and st.rule.startswith("corridor.name")
            and st.subject in told
            and st.subject not in kept
            and st.object not in told[st.subject]
        )
    ]


def _restated(lexicon: Lexicon, told: set[str], named: set[str]) -> bool:
    """Whether the ends the words give restate the towns a line is named after by their states:
    each end a state that holds one of the towns ("the Baku-Tbilisi-Kars project ... linking
    Azerbaijan to Turkey via Georgia")."""
    if not named:
        return False
    held: set[str] = set()
    for town in named:
        key, steps = town, 0
        while key in lexicon.located_in and steps < 8:
            key, steps = lexicon.located_in[key], steps + 1
            held.add(key)
    entities = lexicon.entities
    return all(end in held and end in entities and entities[end].type == "State" for end in told)


# -- control -------------------------------------------------------------------

_CONTROL_EN = re.compile(
    r"\b(?:under (?:the )?[“\"‘']?(?:control|authority|sovereignty|jurisdiction|management|occupation|"
    r"responsibility)[”\"’']? of|"
    r"controlled by|held by|occupied by|recaptured by|retaken by|captured by|seized by|liberated by|"
    r"operated by|managed by|run by|administered by|returned to|handed over to|handed to|transferred to|"
    # "the line, owned by Russian Railways", "the port is the property of ...": who owns it holds it
    r"(?:wholly |fully |jointly )?owned (?:and operated )?by|(?:the )?property of|"
    r"handed back to|given back to|ceded to|"
    # "the corridor protected by Russian peacekeeping troops", "in the control zone of Russian
    # peacekeepers", "within the zone of responsibility of": a force that guards a place holds it
    r"protected by|guarded by|patrolled by|secured by|"
    r"(?:in|within|inside) (?:the )?(?:(?:control|security) zone|zone of (?:control|responsibility)|"
    r"area of responsibility|responsibility zone) of|under the protection of|"
    # "Shusha has been under Azerbaijani control since", "placed under Russian military control": the
    # demonym is the holder
    r"under(?:\s+the)?(?:\s+(?:full|complete|effective|direct))?(?=\s+[\w-]+(?:['’]s)?\s+(?:military\s+)?"
    r"(?:control|rule|sovereignty|jurisdiction|occupation|administration|supervision)\b)|"
    r"came under)\s+(?:the\s+)?"
)
_COUNT_EN = re.compile(
    r"(?:some|about|around|nearly|almost|over|up to|more than)?\s*[\d][\d,.]*\s+(?:thousand\s+)?"
)
# a relative clause or a bracket set off after a sentence's subject
_ASIDE_EN = re.compile(r"\s*\(|\s*,\s*(?:a|an|the)\s|[^;.]*?,\s*(?:which|that|who)\b")
_GUARDED_EN = re.compile(r"protected|guarded|secured|under the protection")
_GUARDED_GAP_EN = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has|have|had|been|remains?|remained|still|now|also|"
    r"being|currently)\s+)*(?:\w+ly\s+)?"
)
_RETURN_EN = re.compile(
    r"\b(?:return|returned|returning|hand over|handed over|handing over|cede|ceded|transfer|transferred)\s+"
    r"(?:the\s+)?(?:(?:provinces?|districts?|regions?|territories|lands?|cities|city|town|towns|villages?|"
    r"settlements?)\s+(?:of\s+)?)?"
)
_TREATY_WORD = re.compile(
    r"\b(?:declaration|statement|agreement|treaty|memorandum|protocol)\b|deklarasyon|bildiri|anlaşma|antlaşma"
)
_ARRANGED_EN = re.compile(r"\b(?:was|were|is|are) to (?:be|remain)\b[^,;.]*$|\b(?:shall|should)\b[^,;.]*$")
_CHECKPOINT = {
    # "Azerbaijan set up a checkpoint on the Lachin corridor", "the installation of a checkpoint by
    # Azerbaijan in Lachin", "Azerbaijan's establishment of a checkpoint in the corridor", "a
    # checkpoint set up by Azerbaijani border guards at the Hakari bridge"
    "en": re.compile(
        r"\b(?:(?:set(?:ting)?|put(?:ting)?) up|establish(?:ed|ing|ment of)|install(?:ed|ing|ation of)|"
        r"plac(?:ed|ing)|creat(?:ed|ing|ion of)|erect(?:ed|ing|ion of))\s+"
        r"(?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:(?:new|illegal|permanent|border|military|customs)\s+){0,2}"
        r"checkpoints?\b|"
        r"\bcheckpoints?\s+(?:(?:was|were|has been|had been|have been)\s+)?"
        r"(?:set up|established|installed|placed|erected|created)\b"
    ),
    # "Azerbaycan, Laçın koridorunda sınır kontrol noktası kurdu", "Azerbaycan'ın Laçın yoluna kurduğu
    # kontrol noktası", "Azerbaycan tarafından Laçın koridorunda kurulan kontrol noktası"
    "tr": re.compile(
        r"(?:(?:sinir\s+)?kontrol nokta\w*|(?:sinir\s+)?kontrol noktasi)\s+"
        r"(?:kurdu|kurmuş|kuruldu|kurulmuş|kurmasi|kurulmasi|açti|yerleştirdi)\w*|"
        r"(?:kurdu[gğ]u|kurulan|kurulmuş olan|yerleştirdiği|açtiği)\s+(?:sinir\s+)?kontrol nokta\w*"
    ),
}
# the force or officials of a state written by its demonym ("Azerbaijani border guards")
_STATE_STAFF_EN = re.compile(
    r"\s+(?:state\s+)?(?:officials|authorities|border guards?|border service|border troops|forces|troops|"
    r"soldiers|servicemen|military|army|government)\b"
)
_WHERE_STATE = re.compile(
    r"['’]?\w{0,4}\s+(?:sinir|border|kiyi)(?!\w*\s+(?:guards?|service|troops|police|muhafiz|hizmet|servis))\w*"
)
_STATE_STAFF_ORG = re.compile(r"\b(?:border|sinir|state|devlet|customs|gümrük)\b")
_CHECKPOINT_AT = {
    "en": re.compile(
        # (not "on the road leading to Karabakh": the place a road leads to is not where it stands)
        r"\s*(?:,\s*)?"
        r"(?:on|at|in|along|across|inside|within)\s+(?:the\s+)?"
        r"(?:(?:entrance|start|beginning|exit|end|section|part|stretch)\s+(?:of|to)\s+(?:the\s+)?)?"
    ),
}
_ROUTE_ANAPHOR_EN = re.compile(r"(?:the|this|that)\s+(?:corridor|road|route|highway)\b")


def _checkpoint_of(s: Sentence, thing: M) -> str:
    """The lexicon's checkpoint named after the route or place it stands on ("the Lachin
    checkpoint" on the Lachin corridor), or ``""``."""
    stem = re.sub(r"-(?:corridor|road|highway|route)$", "", thing.key)
    for key in (f"{thing.key}-checkpoint", f"{stem}-checkpoint"):
        entity = s.lexicon.entities.get(key)
        if entity is not None and entity.type == "Place":
            return key
    return ""


def _checkpoints(
    s: Sentence, controlled_types: set[str], recent_corridors: list[str]
) -> list[tuple[M, M, tuple[int, int]]]:
    """A checkpoint a state sets up on a route or at a place: the state controls the lexicon's
    checkpoint named after it, which is located there (else the route or place itself)."""
    pairs: list[tuple[M, M, tuple[int, int]]] = []
    for match in _CHECKPOINT[s.lang].finditer(s.folded):
        states = [
            m
            for m in s.mentions
            if m.type in AGENT_TYPES
            and (m.kind != "demonym" or (s.lang == "en" and _STATE_STAFF_EN.match(s.folded, m.end)))
        ]
        by = re.match(r"\s+by\s+(?:the\s+)?", s.folded[match.end() :]) if s.lang == "en" else None
        window = max(0, match.start() - 80)
        by_tr = re.search(r"\s+taraf[ıi]ndan\s+(?:[\wçğıöşü'’]+\s+){0,3}$", s.folded[window : match.start()])
        agent = s.at(match.end() + by.end(), len(s.text), AGENT_TYPES) if by is not None else None
        if agent is None and by_tr is not None:
            agent = s.ending_near(window + by_tr.start(), AGENT_TYPES, r"['’]?\w{0,3}")
        passive = "kurul" in match.group(0) or match.group(0).startswith("checkpoint")
        if agent is None and passive:
            # "... kontrol noktası kurulduğunu duyurdu", "a checkpoint was set up": with no agent
            # named beside it, the state that opens the sentence (who announces it) set it up
            opening = [m for m in states if m.start <= 2]
            agent = opening[0] if opening else None
        elif agent is None and re.search(r"(?:ment|tion|ing) of\b", match.group(0)):
            # "the establishment of a checkpoint": the agent's possessive right before, or "by X" after
            owner = s.ending_near(match.start(), AGENT_TYPES, r"['’]s\s+(?:[\w-]+\s+)?")
            agent = owner
        elif agent is None:
            before = [
                m
                for m in states
                if m.end <= match.start()
                # (a Turkish subject opens the clause its verb closes)
                and match.start() - m.end <= (90 if s.lang == "en" else 140)
                and ";" not in s.folded[m.end : match.start()]
                # "Ermenistan sınırında", "on the Armenian border": a state that says where, not who
                and not _WHERE_STATE.match(s.folded, m.end)
                and not (
                    s.lang == "tr" and re.search(r"['’]?(?:[dt][ae]|n[dt][ae])$", s.folded[m.start : m.end])
                )
            ]
            agent = max(before, key=lambda m: m.end) if before else None
        if agent is None:
            # "the installation of a checkpoint by Azerbaijan in Lachin": the agent after "by" later on
            later = re.search(r"\bby\s+(?:the\s+)?", s.folded[match.end() : match.end() + 30])
            agent = s.at(match.end() + later.end(), len(s.text), AGENT_TYPES) if later is not None else None
        if agent is not None and agent.kind == "demonym":
            agent = M(agent.key, agent.type, agent.start, agent.end, "metonym")
        if agent is not None and agent.type == "Organization":
            # "Azerbaycan Devlet Sınır Servisi": a state's border service sets it up for the state
            named = [
                key
                for key, start, _ in [
                    *s.lexicon.find(s.text[agent.start : agent.end]),
                    *s.lexicon.find_demonyms(s.text[agent.start : agent.end]),
                ]
                if start == 0 and s.lexicon.entities[key].type == "State"
            ]
            owner = s.ending_near(agent.start, {"State"}, r"['’]s\s+")  # "Azerbaijan's State Border Service"
            if owner is not None and not named:
                named = [owner.key]
            if named and _STATE_STAFF_ORG.search(fold(s.text[agent.start : agent.end])):
                agent = M(named[0], "State", agent.start, agent.end, "metonym")
        if agent is None or agent.type not in ("State", "Organization"):
            continue
        thing: M | None = None
        if s.lang == "en":
            position = match.end()
            if by is not None or (agent.start >= match.end()):
                position = max(position, agent.end)
            at = _CHECKPOINT_AT["en"].match(s.folded, position)
            if at is not None:
                thing = s.at(at.end(), len(s.text), controlled_types)
                anaphor = _ROUTE_ANAPHOR_EN.match(
                    s.folded, at.end() - 4 if s.folded.endswith("the ", 0, at.end()) else at.end()
                )
                if thing is None and anaphor is not None and recent_corridors:
                    thing = M(recent_corridors[-1], "Corridor", anaphor.start(), anaphor.end(), "coref")
        else:
            before_things = [
                m
                for m in s.mentions
                if m.type in controlled_types and m.end <= match.start() and match.start() - m.end <= 80
            ]
            thing = max(before_things, key=lambda m: (m.end, m.end - m.start)) if before_things else None
        if thing is None or thing.key == agent.key:
            continue
        checkpoint = _checkpoint_of(s, thing)
        if checkpoint:
            mood = modality(s, match.start(), match.end())
            if mood is not None:
                s.state(
                    checkpoint,
                    "locatedIn",
                    thing.key,
                    "entity",
                    s.cover(thing, match.span()),
                    "location.checkpoint",
                    modality=mood,
                )
            pairs.append((M(checkpoint, "Place", thing.start, thing.end, "checkpoint"), agent, match.span()))
            if thing.type != "Corridor":
                continue  # "a checkpoint by Azerbaijan in Lachin": the checkpoint, not the town
        # a checkpoint on a route is control of the passage ("established a checkpoint on the Lachin
        # corridor": the analysts of batches 2 and 24 list the route's control beside the checkpoint's)
        if _route_held_by_checkpoint(s, thing, checkpoint):
            pairs.append((thing, agent, match.span()))
    return pairs


def _route_held_by_checkpoint(s: Sentence, thing: M, checkpoint: str) -> bool:
    """Whether a checkpoint set up on a route says who controls the route itself: a "kontrol
    noktası" (a control point) on a route is control of it, as the Turkish passages' analysts read
    it; an English "checkpoint on the Lachin corridor" that the lexicon knows is the checkpoint's
    control, not the road's (batches 8, 11 and 16: the corridor stays under the force that holds it)."""
    return s.lang == "tr" or not checkpoint


# "an alternative to routes under Russian control", "bypassing the roads controlled by", "rather than
# through territory held by": what is held is the other thing the route is set against
_ANOTHER_HELD_EN = re.compile(
    r"\b(?:alternatives?\s+to|rivals?\s+to|competitors?\s+(?:to|of)|counterweight\s+to|bypass(?:es|ed|ing)?|"
    r"instead of|rather than|avoid(?:s|ed|ing)?|circumvent(?:s|ed|ing)?|unlike|compared (?:to|with)|"
    r"compete[sd]? with|competing with)\b"
)


def _held_is_another_en(s: Sentence, thing: M, at: int) -> bool:
    """Whether what the control words hold is another thing than ``thing``: the route the sentence
    sets ``thing`` against ("The Middle Corridor has become an alternative to routes under Russian
    control")."""
    return at - thing.end <= 200 and _ANOTHER_HELD_EN.search(s.folded, thing.end, at) is not None


# "Azerbaycan tarafı, Şuşa'da kontrolü ele geçirmişti", "Azerbaycan güçleri kentte tam kontrolü
# sağladı": control taken in a place (the locative) by the clause's subject
_CONTROL_TAKEN_AT_TR = re.compile(
    r"['’]?(?:n?[dt][ae])\s+(?:(?:tam|tüm|tamamen|yeniden|tekrar)\s+)?kontrol[üu]\s+"
    r"(?:(?:yeniden|tekrar|tamamen|tümüyle)\s+)?(?:ele\s+geçir|ele\s+gecir|sağla|sagla|kur)\w*"
)
_SUBJECT_FORCE_TR = re.compile(
    r"(?:\s+(?:tarafi|ordusu|güçleri|guçleri|kuvvetleri|silahli kuvvetleri|askerleri|birlikleri))?,?\s"
)


def _control_taken_at_tr(
    s: Sentence, controlled_types: set[str], agents: set[str]
) -> list[tuple[M, M, tuple[int, int]]]:
    """ "Azerbaycan tarafı, Şuşa'da kontrolü ele geçirmişti": the place the control is taken in is
    held by the subject (a state, or its side or forces, in the nominative before the place)."""
    pairs = []
    for place in s.mentions:
        if place.type not in controlled_types:
            continue
        match = _CONTROL_TAKEN_AT_TR.match(s.folded, place.end)
        if match is None and re.search(r"[dt][ae]$", s.folded[place.start : place.end]):
            # the locative inside the mention ("Şuşa'da")
            match = re.compile(_CONTROL_TAKEN_AT_TR.pattern[len("['’]?(?:n?[dt][ae])") :]).match(
                s.folded, place.end
            )
        if match is None:
            continue
        subjects = [
            m
            for m in s.mentions
            if m.type in agents
            and m.end <= place.start
            and not re.search(r"['’]", s.folded[m.start : m.end])  # not in a case: no subject
            and _SUBJECT_FORCE_TR.match(s.folded, m.end)
            and not re.search(r"[;.:]", s.folded[m.end : place.start])
        ]
        if subjects:
            pairs.append((place, subjects[-1], (place.start, match.end())))
    return pairs


_REGION_ANAPHOR_EN = re.compile(
    r"(?:the\s+)?(?:(?:breakaway|disputed|separatist|contested|mountainous|whole|entire)\s+)?"
    r"(?P<noun>region|enclave|territory)\b(?!\s+of\b)"
)


_WIDE_REGIONS = frozenset(
    {"caucasus", "south-caucasus", "central-asia", "europe", "asia", "middle-east", "eurasia"}
)


def _region_before_en(s: Sentence, at: int) -> M | None:
    """ "Azerbaijan took full control of the breakaway region last month", "Azerbaijan recaptured the
    territory": the one region (a place, not a state) the sentence before names."""
    anaphor = _REGION_ANAPHOR_EN.match(s.folded, at)
    if anaphor is None or s.previous is None:
        return None
    # (not a wide region the sentence sets things in: "neighbours in the South Caucasus region")
    places = [
        m
        for m in s.previous.mentions
        if m.type == "Place" and m.kind != "demonym" and m.key not in _WIDE_REGIONS
    ]
    # the place the sentence before calls by the same noun ("amid tensions over the Nagorno-Karabakh
    # region"), else its one place
    called = {
        m.key for m in places if re.match(rf"\s+(?:{anaphor.group('noun')}s?)\b", s.previous.folded[m.end :])
    }
    keys = called or {m.key for m in places}
    if len(keys) != 1:
        return None
    return M(next(iter(keys)), "Place", at, anaphor.end(), "coref")


_COMPANY_EN = re.compile(
    r"\b(?:company|companies|firm|consortium|operator)\b[^.;]{0,60}?"
    r"\b(?:operate|operated|operating|manage|managed|run|control|controlled|develop)\b"
)
_OWNED_BY_EN = re.compile(
    r"(?:company|companies|firm|consortium|operator)\s+(?:controlled|owned|run|backed|led)\s+by\s+(?:the\s+)?"
)
_CONTROL_EN_ACTIVE = re.compile(
    # "Russian peacekeepers ensure the security of the Lachin corridor"
    r"\b(?:ensure|ensures|ensured|ensuring|provide|provides|provided|guarantee|guarantees|guaranteed)\s+"
    r"(?:the\s+)?security\s+(?:of|along|on|in)\s+(?:the\s+)?|"
    r"\b(?:took|takes|take|taking|regained|retook|seized|captured|will take|gained|assumed|established|"
    r"restored) (?:its\s+|their\s+)?(?:full\s+|complete\s+)?"
    r"(?:control (?:of|over)|over|sovereignty (?:over|in|of))\s+(?:the\s+)?"
    # "retook control over the disputed region of Nagorno-Karabakh"
    r"(?:(?:[\w-]+\s+)?(?:region|district|province|city|town|village|territory)s?\s+of\s+)?|"
    # "Baku took back full control of Karabakh", "Azerbaijan won back Shusha"
    r"\b(?:took|takes|take|taking|won|wins|win|winning)\s+back\s+(?:(?:its\s+|their\s+)?(?:full\s+|complete\s+)?"
    r"control\s+(?:of|over)\s+)?(?:the\s+)?(?:(?:region|district|province|city|town|village)s?\s+of\s+)?|"
    # "after Azerbaijan recaptured Karabakh", "Armenia took the region of Nagorno-Karabakh"
    r"\b(?:recaptured|retook|regained|reclaimed|captured|seized|took|liberated|retaken)\s+(?:the\s+)?"
    r"(?:(?:region|district|province|city|town|village)s?\s+of\s+)?(?=[A-Za-z])|"
    r"\b(?:will |would |to )?(?:control|controls|operate|operates|manage|manages|run|runs)\s+"
    r"(?:(?:all|most|much|parts?)\s+of\s+)?(?:the\s+)?|"
    # "Azerbaijan has controlled Karabakh since", "forces have been in control of"
    r"\b(?:has|have|had)\s+(?:long\s+|effectively\s+|fully\s+)?(?:controlled|been controlling)\s+"
    r"(?!by\b)(?:the\s+)?|"
    r"\b(?:in|(?:has|have|had|exercises|exercised|maintains|maintained|retains|retained|retain|maintain|keep|keeps|"
    r"kept)(?:\s+(?:now|still))?)\s+(?:full\s+|complete\s+|effective\s+)?"
    r"(?:control|sovereignty|jurisdiction)\s+(?:of|over)\s+(?:the\s+)?"
)
_CONTROL_TR = re.compile(
    r"\s*(?:kontrolü\w*|denetimi\w*|denetle\w*|yönetimine|egemenliğine|egemenliği alt[ıi]n[da]a?\w*|"
    # "Rus barış güçlerinin sorumluluğunda / sorumluluk bölgesinde", "Rus Demiryollarının mülkiyetinde",
    # "ABD'nin yönetiminde olacak": who answers for, owns or runs a place or route holds it
    r"sorumlulu[gğ]unda|sorumlulu[gğ]u alt[ıi]nda\w*|sorumluluk (?:b[oö]lgesi|alani)n[dt][ae]\w*|"
    r"m[uü]lkiyetinde\w*|m[uü]lkiyetine|y[oö]netiminde(?!ki)\w*|y[oö]netimi alt[ıi]nda\w*|"
    r"işletme\w*|"
    r"(?<!\w)işlet\w*|hakimiyeti\w*|teslim edil\w*|iade edil\w*|geri ver\w*|iade e[dt]\w*|teslim e[dt]\w*|"
    # "Laçin ilçesi Azerbaycan'a bırakıldı / devredildi": to the one in the dative
    r"(?<=[ae] )birakil\w*|(?<=[ae] )devredil\w*)"
)
# "Ermenistan egemenliği altında işleyen Azerbaycan–Nahçıvan bağlantısı": a participle of working after
# the holding words describes the route that follows, not a noun before
_HELD_AHEAD_TR = re.compile(
    r"\s+(?:işleyen|işleyecek|isleyen|isleyecek|çalişan|çalişacak|faaliyet gösteren|faaliyet gösterecek)\b"
)
# "Ermenistan egemenliği / kontrolü altında": the one who holds a route is none of its ends
_HOLDER_TR = re.compile(
    r"['’]?\w{0,5}\s+(?:egemenliği|kontrolü|denetimi|yönetimi|hakimiyeti|sorumluluğu)\s+alt[ıi]nda"
)


# "Ermenistan'dan geçen ve ... bağlayan yol", "Ermenistan topraklarından geçecek": a state the route
# passes is only the way
_STATE_PASSED_TR = re.compile(r"(?:['’]\w+)?(?:\s+topraklar\w*)?\s+geç(?:en|ecek)\b")


def _holds_tr(s: Sentence, m: M) -> bool:
    """Whether a place is told as what holds the route or as the state it passes, not an end; or
    only says where another noun is ("Karabağ'daki son durum ile ...": the situation, not the place)."""
    return (
        _HOLDER_TR.match(s.folded, m.end) is not None
        or (m.type == "State" and _STATE_PASSED_TR.match(s.folded, m.end) is not None)
        or _where_a_noun_is_tr(s, m)
    )


# (not a station, port or gate there: "Kars'taki istasyon ile ...", whose place is the end)
_FACILITY_AFTER_TR = re.compile(r"\s+(?:\w+\s+)?(?:istasyon|liman|terminal|gar\b|havaliman|sinir kapi|kapi)")


def _where_a_noun_is_tr(s: Sentence, m: M) -> bool:
    end = _word_end(s, m)
    return bool(re.search(r"['’][dt][ae]ki$", s.folded[m.start : end])) and not _FACILITY_AFTER_TR.match(
        s.folded, end
    )


_AREA_EN = r"(?:region|district|province|city|town|territory|territories|rayon)"
_GIVEN_BACK_TR = re.compile(r"\s*(?:iade e[dt]|geri ver|teslim e[dt]|devred)")
# "Rus barış gücünün kontrolünde", "Azerbaycan ordusunun kontrolüne girdi": a state's force between
# the state and the control word holds for the state
_FORCE_OF_TR = (
    r"(?:(?:bariş\s+(?:koruma\s+)?(?:gücü|güçleri|birliği|birlikleri)|ordusu|silahli kuvvetleri|"
    r"askeri güçleri|güçleri|askerleri|sinir muhafizlari|sinir muhafiz servisi|birlikleri)"
    r"(?:'?n[ıiuü]n)?\s*)?"
)
# a place's accusative, on its name or on the head word after it ("Laçin bölgesini")
_ACCUSATIVE_TR = re.compile(
    r"'?(?:y|n)?[ıiuü]\b|\s+(?:bölge|ilçe|şehr|kent|rayon|topraklar)\w*?(?:n[ıiuü]|s[ıiuü]n[ıiuü])\b"
)
# "Laçin koridorunun kontrolünü (Nisan 2023'te) ele aldı": a day or place may stand before the verb
_TOOK_TR = re.compile(
    r"(?:\s+(?:tam|tüm|bütün|fiili))?\s+kontrolünü\s+(?:[^\s,;.]+\s+){0,3}?"
    r"(?:ele geçir|ele al|sağla|devral|al[dm]|alacak|aliyor)\w*"
)
# "Ermenistan'ın 1. Karabağ Savaşı'nda işgal ettiği X, Y ve Z köylerini", "Azerbaycan'ın Ermenistan
# işgalinden kurtardığı Karabağ": the holder's genitive, a few words, the participle, the places
_HOLDING_TR = re.compile(
    r"(?:\s+\S+){0,5}?\s+(?:işgal ettiği|işgal altinda tuttuğu|kurtardiği|geri aldiği|ele geçirdiği|"
    r"işgali altinda(?:ki| bulunan| olan)?|elinde(?:ki| bulunan| olan| tuttuğu))\s+"
)
# "Ermeni ayrılıkçılar tarafından kontrol edilen Dağlık Karabağ", "Ermenistan tarafından işgal edilen köyler"
_CONTROLLED_BY_TR = re.compile(
    r"\s+tarafindan\s+(?:kontrol|işgal|yönet|denetlen)\w*\s+(?:edil(?:en|miş olan)\s+)?"
)
# "Azerbaycan'ın Karabağ'ı yeniden ele geçirmesi", "Azerbaycan, Şuşa'yı ele geçirdi"
_HANDED_TR = re.compile(
    r"(?:\s+(?:işletme|geliştirme|kullanim|yönetim|inşa)\s+hak\w*)?(?:\s+\S+){0,5}?\s+\S+\s+"
    r"(?:devr[ie]\w*|devredil\w*|verilecek\w*|verilme\w*|verildi\w*|kiralan\w*|tanin\w*|bırakıl\w*)"
)
# "Kazah bölgesinde tuttuğu topraklar", "Gazah'a bağlı dört köy": the place only says where the
# thing held or given is
_ONLY_WHERE_TR = re.compile(
    r"\s+(?:bağl[ıi]|bağl[ıi] olan)\s|\s+(?:bölge|ilçe|rayon|il)\w*?(?:n?[dt][ae])\s+(?:\S+\s+){0,2}\S+\s"
)
_WHERE_THE_FORCE_IS_TR = re.compile(r"['’]?n?[dt][ae]ki$")
_FORCE_DATIVE_TR = re.compile(
    r"\s+(?:bariş\s+(?:koruma\s+)?gü[cç]\w*?|ordu\w*?|sinir muhafiz\w*?|asker\w*?|birlik\w*?)(?:y|n)?[ae]\b"
)
_FORESEEN_TR = re.compile(r"\s+(?:öngör|planla|hedefle|öngörül|kararlaştir)\w*")
_DATIVE = re.compile(r"'?(?:y|n)?[ae]$")
_GENITIVE_END = re.compile(r"'?n?[ıiuü]n$")
_SUPPORT_OF_TR = re.compile(r"\s+(?:de\s+|da\s+)?(?:desteği|yardimi|katkisi|arabuluculuğu)yl[ae]\b")
_SEIZED_TR = re.compile(r"\s+(?:(?:yeniden|tekrar|geri)\s+)?(?:ele geçir|geri al|kurtar)\w*")
# "1940 Rus barış gücü birliği, Dağlık Karabağ'ı ... kontrol ediyor"
# "Azerbaycan ordusu Hankendi'yi kontrol altına aldı": taken under control (active: the subject's)
_CONTROLS_TR = re.compile(
    r"\bkontrol (?:ed(?:iyor|er|ecek|mektedir|iyordu|ti)|alt[ıi]nda tut|alt[ıi]na al(?![ıi]n))\w*"
)
# "Koridorun güvenliği ... Sınır Muhafız Servisi tarafından sağlanacaktır"; "security along the
# corridor will be ensured by ..."
_SECURITY_TR = re.compile(
    r"\s+güvenliği(?:ni)?\s+(?P<by>.{0,120}?)\s+tarafindan\s+(?:sağlan|temin edil|garanti)\w*"
)
_SECURITY_VIA_EN = re.compile(
    r"\b(?:ensur\w*|provid\w*|guarantee\w*)\s+(?:the\s+)?security\s+(?:of|for)\s+[^,;.]{0,80}?\s+"
    r"(?:via|through|along)\s+(?:the\s+)?"
)
_LOST_EN = re.compile(r"\blost\s+(?:(?P<it>it|them)\b|(?:control of\s+)?(?:the\s+)?)")
_SECURITY_EN = re.compile(
    r"\bsecurity\s+(?:of|along|on)\s+(?:the\s+)?(?P<thing>[^,;.]{0,60}?)\s+"
    r"(?:will be|is|shall be|would be)\s+(?:ensured|provided|guaranteed)\s+by\s+(?:the\s+)?"
)
# "the Russia-controlled Lachin corridor", "the Armenian-held town of X": the holder before the hyphen
_HELD_COMPOUND_EN = re.compile(
    r"-(?:controlled|held|occupied|administered|run)\s+(?:(?:town|city|village|region|district|port|"
    r"territory|territories|areas?|road|corridor)\s+of\s+)?(?:the\s+)?"
)
_ONCE_HELD_EN = re.compile(r"\b(?:formerly|previously|once|then|former|long|until recently)\s+(?:the\s+)?$")
# "Ermenistan Cumhuriyeti'nin elinde bulunan Ağdam bölgesi": the holder before, the place after
_HELD_TR = re.compile(
    r"(?:'?n?[ıiuü]n)?\s+(?:elinde(?:ki| bulunan| olan| tuttuğu)|kontrolündeki|kontrolü altindaki|"
    r"işgali altindaki|işgali altinda (?:bulunan|olan)|"
    # "Azerbaycan'ın denetimindeki Laçin koridoru", "Rus barış gücünün kontrolünde bulunan Laçin koridoru"
    r"denetimindeki|denetimi altindaki|hakimiyetindeki|(?:kontrolünde|denetiminde) (?:bulunan|olan))\s+"
)
# the holder's force between the holder and the holding ("Rus barış gücünün kontrolündeki")
_FORCE_BEFORE_HELD_TR = (
    r"(?:\s+(?:cumhuriyeti|federasyonu))?(?:\s+(?:bariş\s+(?:koruma\s+)?(?:gücü|güçleri|birliği|birlikleri)|"
    r"ordusu|silahli kuvvetleri|askeri güçleri|güçleri|askerleri|sinir muhafizlari))?"
)
# "Laçin koridorunu kontrol eden Rus barış gücü": the participle's head holds the place before it
_CONTROLLING_TR = re.compile(r"\s+(?:kontrol eden|denetleyen|koruyan|yöneten)\s+")
# "Rus barış güçleri Laçin koridorunun güvenliğini sağlıyor"
_KEEPS_TR = re.compile(
    r"\s+üzerindeki\s+(?:tam\s+)?(?:egemenliğini|kontrolünü|hakimiyetini|denetimini)\s+(?:koru|sürdür|muhafaza)\w*"
)
_CASED_NAME_TR = re.compile(r"['’][a-zçğıöşü]+$")
_SECURES_TR = re.compile(r"\s+güvenliğini\s+(?:[^\s,;.]+\s+){0,2}?(?:sağl|temin ed|garanti ed)\w*")
_CHANGED_HANDS = re.compile(
    r"(?:returned|handed|transferred|given back|came under|recaptured|retaken|retook|regained|liberated|took|"
    r"captured|seized|lost)\b"
)
_EXCEPT = re.compile(r"(?:\s*\([^)]{0,40}\))?\s*(?:haricinde|hariç|dişinda|except|excluding)\b")
_DURATION = re.compile(
    r"\b(?:for\s+)?(?P<n>\d{1,3})[- ](?:years?|yil(?:lik)?)(?:\s+(?:süre(?:yle|\s+ile)?|boyunca))?\b"
)


_CONTROL_WORDS = {
    "en": (
        "control",
        "operat",
        "manag",
        "return",
        "hand",
        "transfer",
        "came under",
        "run",
        "administ",
        "author",
        "sovereign",
        "jurisdic",
        "rule",
        "protect",
        "guarded",
        "patrolled",
        "secured by",
        "zone",
        "communication",
        "entered",
        "into",
        "company",
        "firm",
        "consortium",
        "took",
        "retook",
        "won back",
        "win back",
        "wins back",
        "reclaim",
        "regain",
        "seiz",
        "captur",
        "cede",
        "assum",
        "gained",
        "establish",
        "checkpoint",
        "held by",
        "-held",
        "occupied",
        "occupation",
        "recaptur",
        "retaken",
        "liberat",
        "lost",
        "responsib",
        "security",
        "owned",
        "property",
        "takeover",
        "take-over",
        "rights",
        "venture",
    ),
    "tr": (
        "kontrol",
        "denet",
        "yönetim",
        "egemen",
        "işlet",
        "hakimiyet",
        "teslim",
        "iade",
        "devr",
        "elinde",
        "geri ver",
        "işgal",
        "kurtar",
        "güvenliği",
        "ele geçir",
        "geri al",
        "devr",
        "hak",
        "gir",
        "birakil",
        "ulaşim",
        "sorumlulu",
        "mülkiyet",
        "mulkiyet",
        "yonetim",
    ),
}


def _in_accusative(s: Sentence, thing: M) -> bool:
    """ "Kelbecer'i", "Laçin bölgesini": the place is the object of the verb."""
    return bool(_ACCUSATIVE_TR.match(s.folded, thing.end)) or bool(
        re.search(r"'?(?:y|n)?[ıiuü]$", s.folded[thing.start : thing.end])
        and not re.search(r"n?[ıiuü]n$", s.folded[thing.start : thing.end])
    )


_COMPANY_WORD = r"(?:company|companies|consortium|firm|operator|venture|enterprise|entity)"
# "a joint Armenian–American company", "a US company", "an Azerbaijani-Turkish consortium"
_OWNERS_EN = re.compile(r"(?:an?\s+|the\s+)?(?:new\s+|joint\s+|private\s+|state-owned\s+|special\s+){0,2}$")
_ROUTE_SUBJECT_EN = re.compile(r"(?:the|this) (?:route|corridor|road|railway|line|transit route)\b")
_RIGHTS_EN = re.compile(
    r"\b(?:exclusive\s+)?(?:development|operating|operational|management|transit|usage|special)?\s*rights?\s+"
    r"(?:to|over|for|on)\s+(?:develop(?:ing)?\s+|operat(?:e|ing)\s+|manag(?:e|ing)\s+)?(?:the\s+)?"
)
_VENTURE_EN = re.compile(
    rf"\b(?:set up|established|created|formed|launched|founded)\s+(?:an?\s+)?(?:joint\s+)?{_COMPANY_WORD}\s+"
    r"to\s+(?:operate|manage|run|develop)\s+(?:the\s+)?"
)


def _company_owners(s: Sentence, position: int) -> list[M]:
    """The states a company is said to be of, right after "operated by": "a joint Armenian–American
    company" is Armenia's and the United States'."""
    window = s.folded[position : position + 80]
    head = re.search(rf"\b{_COMPANY_WORD}\b", window)
    if head is None:
        return []
    states = [m for m in s.mentions if m.type == "State" and position <= m.start < position + head.start()]
    if not states or not _OWNERS_EN.fullmatch(s.folded[position : states[0].start]):
        return []
    between = s.folded[states[-1].end : position + head.start()]
    return states if re.fullmatch(r"[\s–—/-]*(?:and\s+)?", between) or not between.strip() else []


# "the takeover of Nagorno-Karabakh by Baku", "Azerbaijan's recapture of Karabakh", "the capture of
# Shusha by Azerbaijani forces": a holding told as a noun
_TAKEN_NOUN_EN = re.compile(
    # (not "Armenia's occupation of Karabakh": a holding of the past, lost since)
    r"\b(?:takeover|take-over|capture|recapture|seizure|liberation|reconquest|retaking)\s+of\s+(?:the\s+)?"
)
_BY_EN = re.compile(r"\s+by\s+(?:the\s+)?")
_FEARED_EN = re.compile(
    r"\b(?:fear\w*|threat\w*|prevent\w*|plan\w*|attempt\w*|possible|potential|would|could|might|aim\w*|"
    r"seek\w*|sought|want\w*|warn\w*|risk\w*|alleg\w*|against|oppos\w*|den(?:y|ied|ies)|reject\w*|no|any|"
    r"call\w* for|demand\w*)\b[^.;]*$"
)


def _holder_en(s: Sentence, position: int) -> M | None:
    """The state at ``position``: its name, its capital, or its demonym before a force ("Azerbaijani
    forces")."""
    at = s.at(position, len(s.text), AGENT_TYPES) or _capital_at(s, position)
    if at is not None and at.kind == "demonym":
        return (
            M(at.key, at.type, at.start, at.end, "metonym")
            if _FORCE_WORDS.match(s.folded, at.end + 1)
            else None
        )
    return at


def _taken_by_noun_en(s: Sentence, controlled_types: set[str]) -> list[tuple[M, M, tuple[int, int]]]:
    pairs = []
    for match in _TAKEN_NOUN_EN.finditer(s.folded):
        thing = s.at(match.end(), len(s.text), controlled_types)
        if thing is None or _FEARED_EN.search(s.folded, max(0, match.start() - 50), match.start()):
            continue  # "Yerevan fears the takeover of Syunik by Baku": no holding
        by = _BY_EN.match(s.folded, thing.end)
        holder = _holder_en(s, by.end()) if by else None
        if holder is None:
            # "Azerbaijan's recapture of Karabakh", "Baku's takeover of"
            owner = s.ending_near(match.start(), set(AGENT_TYPES) | {"Place"}, r"['’]s\s+(?:[\w-]+\s+)?")
            holder = _holder_en(s, owner.start) if owner is not None else None
        if holder is not None and holder.key != thing.key:
            pairs.append((thing, holder, match.span()))
    return pairs


def _capital_at(s: Sentence, position: int) -> M | None:
    """A capital named at ``position`` as a holder stands for its state ("under Baku's control",
    "handed over ... to Baku")."""
    place = s.at(position, len(s.text), {"Place"})
    capitals = s.lexicon.capitals()
    if place is None or place.key not in capitals or s.type_of(capitals[place.key]) != "State":
        return None
    return M(capitals[place.key], "State", place.start, place.end, "metonym")


def _seat(s: Sentence, position: int, gap: str) -> M | None:
    """A capital right before a control verb stands for its state ("Baku retook control over ...")."""
    capitals = s.lexicon.capitals()
    seat = s.ending_near(position, {"Place"}, gap)
    if seat is None or seat.key not in capitals:
        return None
    return M(capitals[seat.key], "State", seat.start, seat.end, "metonym")


def _agent_at(s: Sentence, start: int, end: int = -1) -> M | None:
    """The agent named at ``start`` (or within ``[start, end)``), a state inside an agency's name
    standing for it ("the Border Service of the FSB of the Russian Federation", "Rusya Federasyonu
    ... Sınır Muhafız Servisi")."""
    end = start + 120 if end < 0 else end
    inside = [m for m in s.mentions if m.type in AGENT_TYPES and start <= m.start < end]
    states = [m for m in inside if m.type == "State"]
    if states:
        return states[0]
    return inside[0] if inside and inside[0].start <= start + 3 else None


def _in_nominative(s: Sentence, thing: M) -> bool:
    """ "Ağdam bölgesi ... iade edilecektir": the place is the subject of the passive."""
    return bool(
        re.match(r"\s+(?:bölge|ilçe|şehr|kent|rayon|topraklar)[ıiuü]?s?[ıiuü]\b", s.folded[thing.end :])
    ) and not re.search(r"'", s.folded[thing.start : thing.end])


# "the road between", "the railway linking", "a corridor connecting": a route told by its ends
_ROUTE_ENDS_BEFORE_EN = re.compile(
    r"\b(?:road|route|railway|rail link|corridor|highway|link|passage|line)s?\s+"
    r"(?:between|from|linking|connecting|joining)\s+(?:the\s+)?(?:mainland\s+)?$"
)
# "X in Y", "X, adjacent to Y,": the words that say where the place before them is
_WHERE_EN = re.compile(r"(?:\s+|,\s*)(?:in|inside|within|near|adjacent to|next to|bordering)\s+(?:the\s+)?$")
# "these settlements were", "the villages were": the places the sentence before named, as subject
_THESE_PLACES_EN = re.compile(
    r"(?:^|,\s+|^(?:in|on|by|after|since|until)\s+(?:[\w-]+\s+){1,3}?)"
    r"(?P<these>(?:these|those|the|all these|all three|both)\s+(?:settlements|villages|towns|cities|"
    r"districts|regions|territories|areas|places|localities))\s+(?:were|have been|had been|are|was)\b[^,;]*$"
)
# "but is ostensibly under the control of", "and remains under the control of": a second predicate
_SHARED_SUBJECT_EN = re.compile(
    r",?\s+(?:but|and|yet)\s+(?:is|are|was|were|remains?|remained|has been|have been)\s+"
    r"(?:\w+ly\s+)?(?:still\s+|now\s+)?$"
)
# "Russian border guards should control": a state's demonym, its force, a modal
_FORCE_BEFORE_EN = (
    r"(?:['’]s)?\s+(?:(?:border|peacekeeping|armed|security)\s+)?"
    r"(?:guards|troops|forces|peacekeepers|service|army|units|contingent|mission)"
    r"\s+(?:(?:should|must|shall|would|will|were to|are to|is to|was to)\s+|"
    # "Azerbaijani forces have been in control of", "Russian troops have controlled"
    r"(?:(?:have|has|had|been|are|were|is|was|now|still|already|remain|remained)\s+)+)"
)
# an armed force, border service or peacekeeping mission of a state
_FORCE_WORDS = re.compile(
    r"\b(?:peacekeep\w*|border (?:guards?|service|troops)|troops|forces?|army|military|contingent|guards?)\b|"
    r"bari[şs] (?:koruma )?gü[çc]\w*|sinir muhafiz\w*|\bordu\w*|asker\w*|birlik\w*"
)


def state_of_force(s: Sentence, agent: M) -> M:
    """ "a Russian peacekeeping force", "Rus Barış Gücü": a state's force holds a place for the
    state (as "the Russian border service" does in a treaty's provision)."""
    if agent.type != "Organization":
        return agent
    surface = s.text[agent.start : agent.end]
    if not _FORCE_WORDS.search(fold(surface)):
        return agent
    for key, start, _ in s.lexicon.find_demonyms(surface):
        if start == 0 and s.lexicon.entities[key].type == "State":
            return M(key, "State", agent.start, agent.end, "metonym")
    return agent


# "Azerbaijani troops entered Lachin", "the army marched into the town of Shusha"
_ENTERED_EN = re.compile(
    r"\b(?:entered|marched into|moved into|rolled into)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|region)s?\s+of\s+)?"
)
_FORCE_AS_SUBJECT_EN = (
    r"\s+(?:(?:armed|border|peacekeeping|military|security)\s+)?(?:forces|troops|army|units|soldiers|military|"
    r"servicemen|contingent)\s+(?:(?:have|has|had|also|finally|then|already|on\s+\w+day)\s+)*"
)
# "Azerbaycan ordusu Laçın'a girdi", "Azerbaycan ordusunun Laçın'a girdiği duyuruldu"
_FORCE_AS_SUBJECT_TR = re.compile(
    r"\s+(?:silahli kuvvetleri|ordusu|askerleri|birlikleri|askeri birlikleri|güçleri)(?:'?n[ıiuü]n)?[;,:]?\s+"
)
# "Ağdam ve Kelbecer'den sonra şimdi de Laçın'a girdi": the places entered before
_ENTERED_BEFORE_TR = re.compile(r"['’]?(?:d|t)[ae]n\s+sonra\s+(?:(?:şimdi|bugün)\s+)?(?:de|da)?\s*#?")
_ENTERED_TR = re.compile(r"\s+(?:[^\s,;.]+\s+){0,2}?gir(?:di|miş|iyor|ecek|eceğ|diğ|mesi|meye|er)\w*")


_AREA_HEAD_TR = re.compile(r"\s+(?:kent|şehr|ilçe|bölge|köy|rayon)\w*")


def _entered(s: Sentence) -> list[tuple[M, M, tuple[int, int]]]:
    """An army that entered a place holds it ("Azerbaijani troops entered Lachin", "Azerbaycan
    ordusu Laçın'a girdi"): the state whose force it is; not an entry years before the report
    ("Armenian troops entered Lachin in 1992"), which says nothing of who holds it now."""
    pairs: list[tuple[M, M, tuple[int, int]]] = []
    year = (s.document.date or "")[:4]
    if year.isdigit() and any(d.value[:4].isdigit() and int(d.value[:4]) < int(year) - 1 for d in s.dates):
        return pairs
    if s.lang == "en":
        if not has_any(s.folded, ("entered", "into")):
            return pairs
        for match in _ENTERED_EN.finditer(s.folded):
            place = s.at(match.end(), len(s.text), {"Place"})
            state = s.ending_near(match.start(), {"State"}, _FORCE_AS_SUBJECT_EN)
            if state is None:
                org = s.ending_near(match.start(), {"Organization"}, r"\s+(?:(?:have|has|had|also)\s+)*")
                state = state_of_force(s, org) if org is not None else None
            if place is not None and state is not None and state.type == "State":
                pairs.extend((m, state, match.span()) for m in s.coordination(place, {"Place"}))
        return pairs
    if "gir" not in s.folded:
        return pairs
    for state in [m for m in s.mentions if m.type == "State"]:
        army = _FORCE_AS_SUBJECT_TR.match(s.folded, state.end)
        if army is None:
            continue
        places: list[tuple[M, int]] = []
        for m in s.mentions:
            if m.type != "Place" or not army.end() <= m.start <= army.end() + 60:
                continue
            head = _AREA_HEAD_TR.match(s.folded, m.end)  # "Laçın kentine"
            end = head.end() if head else m.end
            if _DATIVE.search(s.folded[m.start : end]):
                places.append((m, end))
        if not places:
            continue
        verb = _ENTERED_TR.match(s.folded, places[-1][1])
        if verb is None:
            continue
        span = (verb.end() - len(verb.group().split()[-1]), verb.end())
        entered = s.coordination(places[-1][0], {"Place"}, forward=False)
        for m in s.mentions:
            # (the ablative suffix inside the name: "Kelbecer'den")
            before = re.search(r"['’]?(?:d|t)[ae]n$", s.folded[m.start : m.end])
            at = m.start + before.start() if before else m.end
            if (
                m.type == "Place"
                and army.end() <= m.start
                and m.end <= entered[0].start
                and _ENTERED_BEFORE_TR.fullmatch(s.folded, at, entered[0].start)
            ):
                entered = [*s.coordination(m, {"Place"}, forward=False), *entered]
        pairs.extend((m, state, span) for m in entered)
    return pairs


# "Control over transport communication shall be exercised by the Border Guard Service ...", "the role
# of X in the control of transport communications between Azerbaijan and Nakhchivan", "A ile B
# arasındaki ulaşım hatlarının kontrolü X tarafından gerçekleştirilir": who controls the route those
# ends make (the lexicon's corridor of those ends)
_COMMS = {
    "en": re.compile(
        r"\bcontrol\s+(?:over|of)\s+(?:the\s+)?(?:transport\s+)?(?:communications?|links?|connections?|traffic)\b"
    ),
    "tr": re.compile(r"ulaşim\s+(?:bağlanti|hat|yol|iletişim)\w*\s+kontrolü\w*"),
}
_COMMS_BY_EN = re.compile(
    r"(?:\s+between\s+[^;.]{0,120}?)?\s+(?:shall|will|would|is to|must|is|are)?\s*(?:be\s+)?"
    r"(?:exercised|carried out|ensured|performed|provided|conducted)\s+by\s+(?:the\s+)?"
)
_COMMS_ROLE_EN = re.compile(
    r"\b(?:role|responsibility)\s+of\s+(?:the\s+)?(?P<who>.{0,120}?)\s+in\s+(?:the\s+)?$"
)
_COMMS_RESPONSIBLE_EN = re.compile(
    r"\b(?:is|are|will be|would be|shall be)\s+(?:responsible for|in charge of)\s+(?:the\s+)?$"
)
_COMMS_BY_TR = re.compile(
    r"\s+(?P<who>.{0,120}?)(?:\s+tarafindan\s+(?:gerçekleştiril|sağlan|yapil|yürütül|uygulan)\w*|['’]?(?:y|n)?[ae]\s+ait\b)"
)
_ENDS_BETWEEN = {
    "en": re.compile(
        r"\bbetween\s+(?P<ends>[^;.]{0,140}?)(?=\s+(?:in order|to|shall|will|is|are|was|were)\b|[;.,]|$)"
    ),
    "tr": re.compile(r"(?P<ends>[^;.]{0,140}?)\s+arasinda(?:ki)?\s+"),
}


def _route_between(s: Sentence, sentence: Sentence, lo: int, hi: int) -> str:
    """The lexicon's corridor whose ends the places and states named between ``lo`` and ``hi`` of
    ``sentence`` are ("between the western regions of the Republic of Azerbaijan and the Nakhchivan
    Autonomous Republic")."""
    for match in _ENDS_BETWEEN[sentence.lang].finditer(sentence.folded, lo, hi):
        a, b = match.span("ends")
        keys = {
            m.key for m in sentence.mentions if m.type in ("State", "Place") and a <= m.start and m.end <= b
        }
        if len(keys) >= 2:
            found = corridor_of_ends(s, keys)
            if found:
                return found
    return ""


def _communications(s: Sentence) -> list[tuple[M, M, tuple[int, int]]]:
    pairs: list[tuple[M, M, tuple[int, int]]] = []
    for match in _COMMS[s.lang].finditer(s.folded):
        agent: M | None = None
        if s.lang == "en":
            by = _COMMS_BY_EN.match(s.folded, match.end())
            role = _COMMS_ROLE_EN.search(s.folded, max(0, match.start() - 160), match.start())
            if by is not None:
                agent = _agent_at(s, by.end())
            elif role is not None:
                agent = _agent_at(s, role.start("who"), role.end("who"))
            elif _COMMS_RESPONSIBLE_EN.search(s.folded, max(0, match.start() - 40), match.start()):
                responsible = _COMMS_RESPONSIBLE_EN.search(
                    s.folded, max(0, match.start() - 40), match.start()
                )
                assert responsible is not None
                agent = s.ending_near(
                    responsible.start(), {"State", "Organization"}, _FORCE_BEFORE_EN + r"?|\s*"
                )
        else:
            by_tr = _COMMS_BY_TR.match(s.folded, match.end())
            if by_tr is not None:
                agent = _agent_at(s, by_tr.start("who"), by_tr.end() + 1)
        if agent is None:
            continue
        route = (
            _route_between(s, s, match.end(), min(len(s.text), match.end() + 160)) if s.lang == "en" else ""
        )
        if not route:
            route = _route_between(s, s, 0, match.start())
        if not route and s.previous is not None:
            route = _route_between(s, s.previous, 0, len(s.previous.text))
        if route:
            pairs.append((M(route, "Corridor", match.start(), match.end(), "coref"), agent, match.span()))
    return pairs


# a capitalised word or a clause's end between a control phrase and an agent further on
_NAME_OR_END_EN = re.compile(r"[,;:.()]|\b[A-Z][\w&-]*")


def control(s: Sentence, recent_corridors: list[str] | None = None) -> None:
    if not has_any(s.folded, _CONTROL_WORDS[s.lang]):
        return
    agents = set(AGENT_TYPES)
    controlled_types = {"Place", "Corridor"}
    pairs: list[tuple[M, M, tuple[int, int]]] = []
    holding: set[tuple[int, int]] = set()  # "X'in elinde bulunan Y": held now, whatever the verb
    foreseen: set[tuple[int, int]] = set()  # "X'in Y'ye devrini öngören anlaşma": what a text plans
    rights: set[tuple[int, int]] = set()  # "exclusive rights to develop", "işletme hakları ... verildi"
    taken: set[str] = set()  # places the sentence says were taken (back): no longer their holder's
    if s.lang == "en":
        for match in _CONTROL_EN.finditer(s.folded):
            if _GUARDED_EN.match(match.group()) and not _FORCE_WORDS.search(
                s.folded, match.end(), match.end() + 50
            ):
                continue  # "protected by international law", "guarded by Russia's guarantees": no force
            agent = s.at(match.end(), len(s.text), agents) or _capital_at(s, match.end())
            counted = _COUNT_EN.match(s.folded, match.end())
            if agent is None and counted is not None:
                # "under the control of some 2,000 Russian peacekeepers"
                agent = s.at(counted.end(), len(s.text), agents)
            owners = [] if agent is not None else _company_owners(s, match.end())
            if agent is None and not owners:
                # ("operated by BP, carries Azerbaijani oil": a name the lexicon does not know, or the
                # clause's end, stands before any agent further on)
                near = [
                    m
                    for m in s.agents(True)
                    if match.end() <= m.start <= match.end() + 25
                    and not _NAME_OR_END_EN.search(s.text, match.end(), m.start)
                ]
                agent = near[0] if near else None
            things = [
                m
                for m in s.mentions
                if m.type in controlled_types and m.end <= match.start() and not m.consumed
            ]
            lead_thing = next((m for m in things if m.start <= 4), None)
            if (
                lead_thing is not None
                and things[-1] is not lead_thing
                and _ASIDE_EN.match(s.folded, lead_thing.end, match.start())
                # not a dateline: "YEREVAN (Combined Sources) — ..."
                and not s.text[lead_thing.start : lead_thing.end].isupper()
                and not re.match(r"\s*\([^)]*\)\s*[—–-]", s.text[lead_thing.end :])
            ):
                # "The Lachin Corridor (5 km wide), which will provide a connection between Nagorno-Karabakh
                # and Armenia while not passing through ... Shusha, shall remain under the control of": the
                # sentence's lead_thing, not the places its aside names
                things = [lead_thing]
            route_subject = _ROUTE_SUBJECT_EN.match(s.folded)
            if _SHARED_SUBJECT_EN.search(s.folded, 0, match.start()):
                # "The corridor is in the Lachin District of Azerbaijan, but is ostensibly under the
                # control of ...": the second predicate's subject is the sentence's, not the place
                # the first one names
                head = [m for m in s.mentions if m.type in controlled_types and m.start <= 4]
                if head:
                    things = head[:1]
                elif recent_corridors and route_subject is not None:
                    things = [M(recent_corridors[-1], "Corridor", 0, route_subject.end(), "coref")]
            if things:
                # "the Lachin corridor in Nagorno-Karabakh was placed under control of", "the Lachin
                # region, adjacent to Nagorno-Karabakh, came under the control of": the head, not the
                # place that says where it is
                where = _WHERE_EN.search(s.folded, 0, things[-1].start)
                head = [
                    m
                    for m in things
                    if where is not None
                    and m.end <= where.start()
                    and re.fullmatch(rf"(?:\s+{_AREA_EN})?", s.folded[m.end : where.start()])
                ]
                if head and not re.search(
                    r"[;:]|\b(?:and|or|but)\b", s.folded[things[-1].end : match.start()]
                ):
                    things = [*things[: things.index(head[-1])], head[-1]]
            if things:
                # "The road between Armenia and Karabakh is controlled by ...": the places are the
                # route's ends, not what is held; the route is the corridor between them, if any
                ends = s.coordination(things[-1], _ENDPOINTS, forward=False)
                lo, hi = min(m.start for m in ends), max(m.end for m in ends)
                phrase = _ROUTE_ENDS_BEFORE_EN.search(s.folded, 0, lo)
                if phrase is not None and len(ends) >= 2:
                    key = corridor_of_ends(s, {m.key for m in ends})
                    things = [M(key, "Corridor", phrase.start(), hi, "coref")] if key else []
            these = _THESE_PLACES_EN.search(s.folded, 0, match.start())
            if not things and s.previous is not None and these is not None:
                # "The territory of the corridor included the villages of Zabukh, Sus and the city of
                # Lachin. ... these settlements were transferred to Azerbaijani control"
                a, b = these.start("these"), these.end("these")
                things = [
                    M(key, "Place", a, b, "coref")
                    for key in dict.fromkeys(m.key for m in s.previous.mentions if m.type == "Place")
                ]
            if not things and recent_corridors and route_subject is not None:
                # "The route will be managed by a joint Armenian–American company": the corridor in view
                things = [M(recent_corridors[-1], "Corridor", 0, route_subject.end(), "coref")]
            if (
                things
                and _GUARDED_EN.match(match.group())
                and not _GUARDED_GAP_EN.fullmatch(s.folded, things[-1].end, match.start())
            ):
                # "villages located within the current corridor protected by ...": what is guarded is
                # the noun right before, not a place named further back
                things = []
            if things and _held_is_another_en(s, things[-1], match.start()):
                things = []
            for owner in owners or ([agent] if agent else []):
                if things and things[0].kind == "coref" and these is not None:
                    pairs.extend((thing, owner, match.span()) for thing in things)
                elif things and not re.search(r"[;:]", s.folded[things[-1].end : match.start()]):
                    group = s.coordination(things[-1], controlled_types, forward=False)
                    pairs.extend((thing, owner, match.span()) for thing in group)
        for match in _RIGHTS_EN.finditer(s.folded):
            # "the United States would have exclusive development rights to the TRIPP"
            route = s.at(match.end(), len(s.text), controlled_types)
            clause = max(s.folded.rfind(c, 0, match.start()) for c in ",;:")
            right_holders = [m for m in s.agents() if clause < m.start and m.end <= match.start()]
            right_holder = right_holders[-1] if right_holders else _seat(s, match.start(), r"[\s\w'-]*")
            if route is not None and right_holder is not None:
                pairs.append((route, right_holder, match.span()))
                # rights to develop or operate a route, granted or held, say who will: intended
                foreseen.add(match.span())
                rights.add(match.span())
        for match in _VENTURE_EN.finditer(s.folded):
            # "Kazakhstan, Azerbaijan and Georgia set up a joint venture to operate the Middle Corridor"
            route = s.at(match.end(), len(s.text), controlled_types)
            founder = s.ending_near(match.start(), agents, r"[\s,]*")
            if route is not None and founder is not None:
                pairs.extend((route, m, match.span()) for m in s.coordination(founder, agents, forward=False))
        for match in _RETURN_EN.finditer(s.folded):
            first = s.at(match.end(), len(s.text), controlled_types)
            if first is None:
                continue
            group = s.coordination(first, controlled_types)
            to = re.match(rf"(?:\s+{_AREA_EN})?\s+to\s+(?:the\s+)?", s.folded[group[-1].end :])
            agent = (
                s.at(group[-1].end + to.end(), len(s.text), agents)
                or _capital_at(s, group[-1].end + to.end())
                if to
                else None
            )
            if agent is not None:
                pairs.extend((thing, agent, match.span()) for thing in group)
                # "... the Kelbajar region to the Republic of Azerbaijan by 15 November, and the
                # Lachin region by 1 December": the places the same verb gives after the recipient
                for more in re.finditer(r",?\s+and\s+(?:the\s+)?", s.folded[agent.end : agent.end + 80]):
                    also = s.at(agent.end + more.end(), len(s.text), controlled_types)
                    if also is not None:
                        pairs.append((also, agent, match.span()))
        for match in _COMPANY_EN.finditer(s.folded):
            # "a US company is expected to develop and operate it"
            agent = s.ending_near(match.start(), agents, r"\s*(?:[\w-]+\s+){0,2}")
            owned = _OWNED_BY_EN.match(s.folded, match.start())
            span = match.span()
            if agent is None and owned:
                # "a special company controlled by the U.S. government will build ... and manage": the
                # owner, in the mood of what the company will do
                agent = s.at(owned.end(), len(s.text), agents)
                does = re.compile(r"[^;]{0,100}?\b(?:operate|manage|run|develop|build)\w*").match(
                    s.folded, owned.end()
                )
                span = (match.start(), does.end()) if does else span
            corridors_here = [m for m in s.mentions if m.type == "Corridor"]
            if agent is not None and corridors_here:
                pairs.append((corridors_here[-1], agent, span))
        for match in _CONTROL_EN_ACTIVE.finditer(s.folded):
            thing = s.at(match.end(), len(s.text), controlled_types)
            the_route = _ROUTE_SUBJECT_EN.match(
                s.folded, match.end() - 4 if s.folded.endswith("the ", 0, match.end()) else match.end()
            )
            if thing is None and recent_corridors and the_route is not None:
                # "... Russian border guards should control the road": the corridor in view
                thing = M(recent_corridors[-1], "Corridor", the_route.start(), the_route.end(), "coref")
            # "took full control of the breakaway region": the region the sentence before names
            thing = _region_before_en(s, match.end()) or thing
            agent = (
                s.ending_near(match.start(), agents, r"[\s,]*(?:\w+\s+){0,2}")
                or _seat(s, match.start(), r"[\s,]*(?:\w+\s+){0,2}")
                # "Russian border guards should control": the state whose force it is
                or s.ending_near(match.start(), {"State"}, _FORCE_BEFORE_EN)
            )
            if thing and agent:
                pairs.append((thing, agent, match.span()))
        for match in _LOST_EN.finditer(s.folded):
            # "Armenia took the region ... and then lost it to Azerbaijan in 2023": the last holder
            lost = s.at(match.end(), len(s.text), controlled_types)
            if lost is None and match.group("it"):
                places = [m for m in s.mentions if m.type in controlled_types and m.end <= match.start()]
                lost = places[-1] if places else None
            to = re.compile(r"\s+to\s+(?:the\s+)?").match(
                s.folded, lost.end if lost and not match.group("it") else match.end()
            )
            agent = s.at(to.end(), len(s.text), agents) if to else None
            if lost is not None and agent is not None:
                pairs[:] = [p for p in pairs if p[0].key != lost.key]
                pairs.append((lost, agent, match.span()))
        for match in _SECURITY_EN.finditer(s.folded):
            thing = next(
                (
                    m
                    for m in s.mentions
                    if m.type in controlled_types and match.start("thing") <= m.start < match.end()
                ),
                None,
            )
            agent = _agent_at(s, match.end())
            if thing is not None and agent is not None:
                pairs.append((thing, agent, match.span()))
        for match in _SECURITY_VIA_EN.finditer(s.folded):
            # "Troops of Russia's peacekeeping contingent are ensuring security of vehicle traffic ... via
            # the Lachin corridor": the route the secured traffic goes by
            route = s.at(match.end(), len(s.text), {"Corridor"})
            force = s.ending_near(match.start(), {"State"}, _FORCE_BEFORE_EN) or s.ending_near(
                match.start(), {"Organization"}, r"\s+(?:(?:are|is|were|was|have been|has been)\s+)?"
            )
            if route is not None and force is not None:
                pairs.append((route, force, match.span()))
        for match in _HELD_COMPOUND_EN.finditer(s.folded):
            # "the Russia-controlled Lachin corridor", "the Azerbaijani-held town of Shusha": the holder
            # written into the adjective holds the place after it (not "the formerly Armenian-held X")
            holder = s.ending_near(match.start(), agents, r"")
            held = s.at(match.end(), len(s.text), controlled_types)
            if (
                holder is None
                or held is None
                or _ONCE_HELD_EN.search(s.folded, max(0, holder.start - 25), holder.start)
            ):
                continue
            for place in s.coordination(held, controlled_types):
                pairs.append((place, holder, match.span()))
            holding.add(match.span())
    else:
        for match in _SECURITY_TR.finditer(s.folded):
            secured = s.ending_near(match.start(), controlled_types, "")
            if secured is None and recent_corridors and re.search(r"\bkoridorun$", s.folded[: match.start()]):
                # "Koridorun güvenliği ...": the corridor the text is about
                secured = M(recent_corridors[-1], "Corridor", match.start() - 9, match.start(), "coref")
            agent = _agent_at(s, match.start("by"), match.end("by"))
            if secured is not None and agent is not None:
                pairs.append((secured, agent, match.span()))
        for agent in [m for m in s.mentions if m.type in agents]:
            by = _CONTROLLED_BY_TR.match(s.folded, agent.end)
            held = s.at(by.end(), len(s.text), controlled_types) if by else None
            if by is not None and held is not None:
                pairs.append((held, agent, by.span()))
                holding.add(by.span())
        for match in _SEIZED_TR.finditer(s.folded):
            # the place in the accusative right before the verb, its taker the genitive or subject before
            seized = next(
                (
                    m
                    for m in reversed(s.mentions)
                    if m.type in controlled_types
                    and m.end <= match.start()
                    and re.fullmatch(
                        r"(?:\s+(?:bölge|ilçe|şehr|kent|topraklar)\w*)?(?:\s+\w+){0,3}",
                        s.folded[m.end : match.start()],
                    )
                    and (
                        _in_accusative(s, m)
                        or re.search(r"[ıiuü]n[ıi]\s", s.folded[m.end : match.start() + 1])
                    )
                ),
                None,
            )
            before = [
                m for m in s.mentions if m.type in agents and seized is not None and m.end <= seized.start
            ]
            # the taker: of a verbal noun its genitive ("Azerbaycan'ın ... ele geçirmesi"), of a finite
            # verb the subject at the head ("Bakü, Rusya'nın desteğiyle Laçin'i geri aldı": Baku's)
            if re.search(r"(?:m[ae]si|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü])\w*$", match.group(0)) or re.match(
                r"\s+olmas", s.folded[match.end() :]
            ):
                # (and "Azerbaycan'ın Karabağ'ı kurtarmış olması": the perfect's verbal noun)
                taker = [
                    m
                    for m in before
                    if m.kind != "demonym"
                    and _GENITIVE_END.search(s.folded[m.start : m.end])
                    # not a helper's: "Türkiye'nin de desteğiyle Azerbaycan'ın Karabağ'ı kurtarması"
                    and not _SUPPORT_OF_TR.match(s.folded, m.end)
                ]
            else:
                taker = [m for m in before if m.start <= 3] or [
                    seat
                    for seat in [_seat(s, s.folded.find(",") if 0 < s.folded.find(",") < 40 else 0, r"")]
                    if seat
                ]
            if seized is not None and taker:
                pairs.append((seized, taker[0], match.span()))
                taken.add(seized.key)
        for route in [m for m in s.mentions if m.type in controlled_types]:
            # "Trump Yolu'nun işletme hakları 99 yıllığına ABD'ye verilecek", "Zengezur Koridoru'nun 99
            # yıllığına ABD'ye devri": the one the route is handed to
            handed = _HANDED_TR.match(s.folded, route.end)
            if handed is None or not _GENITIVE_END.search(s.folded[route.start : route.end]):
                continue
            recipient = next(
                (
                    m
                    for m in s.mentions
                    if m.type in agents
                    and route.end < m.start
                    and m.end <= handed.end()
                    and (
                        _DATIVE.search(s.folded[m.start : m.end])
                        # "Rus barış gücüne verildi": the dative on the state's force
                        or _FORCE_DATIVE_TR.match(s.folded, m.end)
                    )
                ),
                None,
            )
            if recipient is not None:
                pairs.append((route, recipient, (handed.start(), handed.end())))
                given_right = re.match(r"\S*\s+(?:\S+\s+){0,2}?hak", s.folded[handed.start() : handed.end()])
                if _FORESEEN_TR.match(s.folded, handed.end()) or given_right:
                    # "... devrini öngören anlaşma": planned; "koridorun geliştirme hakkı ABD'ye verildi":
                    # rights to develop or operate it given say who will (as the gold keys rights: intended)
                    foreseen.add((handed.start(), handed.end()))
                if given_right:
                    rights.add((handed.start(), handed.end()))
        for match in _CONTROLS_TR.finditer(s.folded):
            # "1940 Rus barış gücü birliği, Dağlık Karabağ'ı ve ... koridorunu kontrol ediyor": the
            # subject at the sentence's head, every place in the accusative before the verb
            subject = [m for m in s.mentions if m.type in agents and m.start <= 40 and m.end < match.start()]
            held_here = [
                m
                for m in s.mentions
                if m.type in controlled_types
                and subject
                and subject[0].end < m.start
                and m.end <= match.start()
                and _in_accusative(s, m)
                and not re.search(r"[;.]", s.folded[m.end : match.start()])
            ]
            pairs.extend((m, subject[0], match.span()) for m in held_here)
        for genitive in [
            m for m in s.mentions if m.type in agents and re.search(r"n?[ıiuü]n$", s.folded[m.start : m.end])
        ]:
            held_by = _HOLDING_TR.match(s.folded, genitive.end)
            first = s.at(held_by.end(), len(s.text), controlled_types) if held_by else None
            if (
                held_by is None
                or first is None
                or re.search(r"[,;.]", s.folded[genitive.end : held_by.start() + 1])
                # "Azerbaycan'ın Ermenistan'ın işgal ettiği X'i geri alması": the nearer genitive holds it
                or any(
                    m.type in agents
                    and genitive.end < m.start < held_by.end()
                    and _GENITIVE_END.search(s.folded[m.start : m.end])
                    for m in s.mentions
                )
            ):
                continue
            for place in s.coordination(first, controlled_types):
                if not _ONLY_WHERE_TR.match(s.folded, place.end):
                    pairs.append((place, genitive, held_by.span()))
            holding.add(held_by.span())
        for match in _TOOK_TR.finditer(s.folded):
            # "Azerbaycan, Laçin koridorunun kontrolünü ele geçirdi": the thing's genitive, then its taker
            thing = next(
                (m for m in s.mentions if m.type in controlled_types and m.start < match.start() <= m.end),
                None,
            )
            taker = [m for m in s.mentions if m.type in agents and m.end <= (thing.start if thing else 0)]
            if thing is not None and taker:
                pairs.append((thing, taker[-1], match.span()))
        for match in _HELD_TR.finditer(s.folded):
            holder = next(
                (m for m in s.mentions if m.type in agents and m.start < match.start() < m.end), None
            ) or s.ending_near(match.start(), agents, _FORCE_BEFORE_HELD_TR)
            if holder is None and s.folded.startswith(" işgali", match.start()):
                # "Ermenistan ise işgali altında bulunan Ağdam'ı ...": its occupation, the subject's
                holder = s.ending_near(match.start(), agents, r"\s*,?\s+(?:ise|de|da|ise de)")
            held = s.at(match.end(), len(s.text), controlled_types)
            if holder is not None and held is not None and not _ONLY_WHERE_TR.match(s.folded, held.end):
                # "Ermenistan'ın kontrolünde olan Ağdam, Kelbecer ve Laçin rayonları": every place listed
                for place in s.coordination(held, controlled_types):
                    if not _ONLY_WHERE_TR.match(s.folded, place.end):
                        pairs.append((place, holder, match.span()))
                holding.add(match.span())
        for thing in [m for m in s.mentions if m.type in controlled_types]:
            controlling = _CONTROLLING_TR.match(s.folded, thing.end)
            if controlling is not None and _in_accusative(s, thing):
                controller = s.at(controlling.end(), len(s.text), agents)
                if controller is not None:
                    pairs.append((thing, controller, controlling.span()))
            keeps = _KEEPS_TR.match(s.folded, thing.end)
            keeper = [m for m in s.mentions if m.type in agents and m.end <= thing.start and m.start <= 3]
            if (
                keeps is not None
                and keeper
                and not _CASED_NAME_TR.search(s.folded, keeper[0].start, keeper[0].end)
            ):
                # "Ermenistan, Trump Yolu üzerindeki tam egemenliğini koruyacak"
                pairs.append((thing, keeper[0], keeps.span()))
            secures = _SECURES_TR.match(s.folded, thing.end)
            if secures is None or not _GENITIVE_END.search(s.folded[thing.start : thing.end]):
                continue
            if s.folded.startswith(" için", secures.end()):
                # "... yolunun güvenliğini sağlamak için bölgeye Rus birlikleri yerleştirildi": the force
                # the purpose is of, after it
                after = [m for m in s.mentions if m.type in agents and m.start >= secures.end()]
                forces = [
                    m for m in after if _FORCE_WORDS.match(s.folded, m.end + 1) or m.type == "Organization"
                ]
                if forces:
                    pairs.append((thing, forces[0], secures.span()))
                continue
            # "Rus barış güçleri Laçin koridorunun güvenliğini sağlıyor": the force at the head
            subject = [
                m
                for m in s.mentions
                if m.type in agents
                and m.end <= thing.start
                and m.start <= 3
                and (m.type == "Organization" or _FORCE_WORDS.match(s.folded, m.end + 1))
            ]
            if subject:
                pairs.append((thing, subject[0], secures.span()))
        for match in _CONTROL_TR.finditer(s.folded):
            if s.folded.startswith(
                ("elinde", "kontrolündeki", "kontrolü altindaki", "denetimindeki", "kontrolünde bulunan"),
                match.start() + 1,
            ):
                continue
            if _HELD_AHEAD_TR.match(s.folded, match.end()):
                continue  # "Ermenistan egemenliği altında işleyen ... bağlantı": the noun after is held
            agent = s.ending_near(
                match.start(), agents, r"\s*(?:(?:cumhuriyeti|federasyonu)\S*\s*)?" + _FORCE_OF_TR
            )
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
            opener = next((m for m in things if m.start <= 3), None)
            if (
                opener is not None
                and things[-1] is not opener
                and not re.search(r"['’]", s.folded[opener.start : opener.end])
                and re.match(r"\s*[(,]", s.folded[opener.end :])
                and len(s.folded.rstrip(" .!")) - match.end() <= 40
            ):
                # "Laçin Koridoru (5 km genişliğinde), ... Dağlık Karabağ ile Ermenistan arasında bağlantı
                # sağlayacak ve Rusya Federasyonu barış gücünün kontrolünde kalacaktır": the subject at the
                # head of the sentence's last verb, not the places an aside names
                things = [opener]
            things = [m for m in things if not _ONLY_WHERE_TR.match(s.folded, m.end)]
            # "Dağlık Karabağ'daki Rus barış güçlerinin sorumluluğunda": a place that says where the
            # force is, not what it holds
            # (nor places "arasında": between them, an agreement or a road, not the holding's subject)
            between = {
                g.start
                for m in things
                if re.match(r"['’]?\w{0,4}\s+arasinda", s.folded[m.end :])
                for g in s.coordination(m, controlled_types, forward=False)
            }
            things = [
                m
                for m in things
                if not _WHERE_THE_FORCE_IS_TR.search(s.folded, m.start, m.end) and m.start not in between
            ]
            if things and not re.search(r"[;:]", s.folded[things[-1].end : match.start()]):
                group = s.coordination(things[-1], controlled_types, forward=False)
                pairs.extend((thing, agent, match.span()) for thing in group)
            if _GIVEN_BACK_TR.match(s.folded, match.start()):
                # "Ermenistan Kelbecer bölgesini 15 Kasım'a, Laçin bölgesini de 1 Aralık'a kadar
                # Azerbaycan'a geri verecektir": every place in the accusative before the recipient
                passive = bool(
                    re.match(r"\s*(?:iade edil|geri veril|teslim edil|devredil)", s.folded[match.start() :])
                )
                pairs.extend(
                    (thing, agent, match.span())
                    for thing in things
                    if (_in_nominative(s, thing) if passive else _in_accusative(s, thing))
                )
    if s.lang == "en" and _TAKEN_NOUN_EN.search(s.folded):
        pairs += _taken_by_noun_en(s, controlled_types)
    entries = _entered(s)
    pairs += entries + _communications(s)
    if s.lang == "tr" and "kontrol" in s.folded:
        pairs += _control_taken_at_tr(s, controlled_types, agents)
    if "checkpoint" in s.folded or "kontrol nokta" in s.folded:
        pairs += _checkpoints(s, controlled_types, recent_corridors or [])
    done: set[tuple[str, str]] = set()
    # "Azerbaycan'ın Ermenistan'ın işgal ettiği Ağdam'ı geri alması": held no more by who held it
    pairs = [p for p in pairs if not (p[0].key in taken and p[2] in holding)]
    # "Kelbajar, which had been under Armenian control since 1993, was handed back to Azerbaijan":
    # a place that changed hands in the sentence is its new holder's only
    changed = {p[0].key for p in pairs if _CHANGED_HANDS.match(s.folded, p[2][0])}
    pairs = [p for p in pairs if p[0].key not in changed or _CHANGED_HANDS.match(s.folded, p[2][0])]
    # of two words that give the same holding, the one that states it speaks first ("Anlaşma, ...
    # rayonlarının Azerbaycan'a devredilmesini öngörüyordu": the handover read once as foreseen, once as
    # the provision, for each place of the list alike)
    pairs.sort(key=lambda p: p[2] in foreseen)
    # a holding a right given plans ("işletme hakları ABD'ye devredildi"), whatever other word of the
    # sentence reads it too ("işletme", "devredildi")
    planned = {(p[0].key, p[1].key) for p in pairs if p[2] in foreseen and p[2] in rights}
    for thing, force, trigger in pairs:
        agent = state_of_force(s, force)
        if (thing.key, agent.key) in done or thing.key == agent.key:
            continue
        if (thing.key, force.key) in planned:
            trigger = next(
                p[2] for p in pairs if (p[0].key, p[1].key) == (thing.key, force.key) and p[2] in rights
            )
        if _EXCEPT.match(s.folded, thing.end):
            continue  # "Laçin koridoru (5 km genişliğinde) haricinde": the one thing left out
        done.add((thing.key, agent.key))
        mood = "asserted" if trigger in holding else modality(s, trigger[0], trigger[1])
        if trigger in foreseen and mood is not None:
            mood = "intended"
        if mood is None:
            continue
        article = re.search(r"\b(?:article|madde)\s*\d+|\d+\.\s*madde", s.folded)
        arranged = (
            mood == "intended"
            and _ARRANGED_EN.search(s.folded[max(0, trigger[0] - 40) : trigger[0]]) is not None
            and _TREATY_WORD.search(s.folded) is not None
        )
        if arranged:
            # "the cease-fire agreement, as the Lachin road was to be 'under the control' of Russia's
            # peacekeepers": what the agreement provides, as a provision is
            mood = "asserted"
        rule = "treaty.provision" if article or arranged else "control"
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
        treaty_here = any(m.type == "Treaty" for m in s.mentions) or _TREATY_WORD.search(s.folded)
        if (
            days
            and mood == "asserted"
            and thing.type == "Place"
            and thing.kind not in ("coref", "checkpoint")  # a checkpoint set up is no handover
            and not treaty_here
            and not s.provision
            and trigger not in {e[2] for e in entries}  # an army's entry is no handover of its own
        ):
            date = days[0]
            key = f"control/{date.value}-{thing.key}"
            s.state(key, "type", "Event", "class", span, "control.event")
            s.state_date(key, date, "control.date")
            s.state(key, "heldIn", thing.key, "entity", (thing.start, thing.end), "control.place")
            s.state(key, "participant", agent.key, "entity", (agent.start, agent.end), "control.agent")


# -- events -------------------------------------------------------------------

_LAUNCH = {
    "en": re.compile(r"\b(?:launched|began|started|carried out|conducted|staged|mounted)\b"),
    "tr": re.compile(r"(?:başlatt|başlad|düzenled|gerçekleştird)\w*"),
}


# "19 Eylül'deki operasyon", "In autumn 2020, the 44-day Second Karabakh War"
_DATE_BEFORE = {
    "en": r"(?:'?\w{0,5})?\s*|,\s+the\s+(?:[\w-]+\s+)?",
    "tr": r"(?:'?\w{0,5})?\s*",
}
_LAUNCHED_TR = re.compile(r"(?:başlatt|düzenled|gerçekleştird)[ıiuü]ğ[ıiuü]\s+(?:[\wçğıöşü-]+\s+){0,2}")
_SUBJECT_TAIL = {
    "en": r"(?:'s)?\s*(?:(?:army|armed forces|military|troops|forces|government)\b)?\s*[,\w]",
    # "Azerbaycan ordusu, ..." / "Azerbaycan ordusu dün ... başlattı": an army word in the nominative
    # is the subject with or without the comma
    "tr": r"(?:\s+(?:ordusu|silahli kuvvetleri|güçleri|hükümeti|yönetimi))?\s*,|"
    r"\s+(?:ordusu|silahli kuvvetleri|askeri güçleri)\s",
}
_EVENT_WORD = {  # military ones only: "the railway began operation in May 2024" is no offensive
    "en": re.compile(
        r"\b(?:military (?:operation|campaign)|offensive|assault|(?:anti|counter)-terror\w* operation|"
        r"clashes|shelling|"
        r"(?:started|opened) firing|hostilities|fighting)\b"
    ),
    "tr": re.compile(
        r"(?:askeri operasyon|askeri harekat|harekat|saldiri|antiterör operasyon|terörle mücadele operasyon|"
        # "Karabağ'a operasyon başlattı": an operation launched is a military one
        r"operasyon(?=\w*\s+başlat)|"
        r"çatişma|ateş aç|ateşe tut|"
        r"ateş altina al|"
        r"bombardiman)\w*"
    ),
}


def _day(value: str) -> date_type:
    return date_type.fromisoformat(value)


def _within(value: str, first: str, last: str) -> bool:
    """A date mention's value falls in an event's days (its first, or its first to its last)."""
    if not first:
        return False
    if first.startswith(value) or value.startswith(first):
        return True
    return bool(last) and len(value) == 10 and first <= value <= last


def _generic_events(s: Sentence) -> None:
    """ "the offensive began on 19 September 2023", "military operation in
    September 2023": the lexicon's event of that date is meant."""
    if any(m.type == "Event" for m in s.mentions):
        return
    match = _EVENT_WORD[s.lang].search(s.folded)
    if match is None:
        return
    for d in s.dates:
        if d.precision == "gYear":
            continue
        for key, entity in s.lexicon.entities.items():
            known = str(s.lexicon.attribute(key, "date", ""))
            until = str(s.lexicon.attribute(key, "until", ""))
            if entity.type == "Event" and _within(d.value, known, until):
                s.mentions.append(M(key, "Event", match.start(), match.end(), "coref"))
                if until and d.precision == "date":
                    # a day of fighting the report gives: the event's day in this report
                    s.state_date(key, d, "event.date")
                return
    today = s.document.date or ""
    if s.dates or len(today) != 10 or _LAUNCH[s.lang].search(s.folded) is None:
        return
    # "Azerbaijan launched a military operation in Karabakh" in a report of the operation's first
    # days, with no date word: the operation the lexicon dates then
    for key, entity in s.lexicon.entities.items():
        known = str(s.lexicon.attribute(key, "date", ""))
        if (
            entity.type == "Event"
            and len(known) == 10
            and "operation" in key
            and 0 <= (_day(today) - _day(known)).days <= 2
        ):
            s.mentions.append(M(key, "Event", match.start(), match.end(), "coref"))
            # the report's own news with no date word: the report's month (README, Keys)
            month = DateMention(
                match.start(), match.end(), today[:7], False, "gYearMonth", "the report's month"
            )
            s.state_date(key, month, "event.date.report")
            return


# "The crisis started on 12 May 2021", "Savaş 44 gün sürdü": the event the sentence before named
_EVENT_ANAPHOR = {
    "en": re.compile(r"(?:the|this) (crisis|war|clashes|fighting|offensive|operation|conflict)\b"),
    "tr": re.compile(r"(?:bu |söz konusu )?(kriz|savaş|çatişma|operasyon|harekat)\w*"),
}
_EVENT_NOUNS = {
    "crisis": ("crisis", "kriz"),
    "kriz": ("crisis", "kriz"),
    "war": ("war", "savaş"),
    "savaş": ("war", "savaş"),
    "clashes": ("clashes", "çatışma"),
    "fighting": ("clashes", "çatışma", "war", "savaş"),
    "çatişma": ("clashes", "çatışma"),
    "offensive": ("offensive", "operation", "operasyon"),
    "operation": ("operation", "offensive", "operasyon"),
    "operasyon": ("operation", "offensive", "operasyon"),
    "harekat": ("operation", "offensive", "operasyon", "harekât"),
    "conflict": ("conflict", "çatışma"),
}


def _event_anaphor(s: Sentence) -> None:
    """A sentence that opens with "the crisis" / "the war" after one that named such an event:
    that event (its labels say what kind of event it is)."""
    if s.previous is None or any(m.type == "Event" for m in s.mentions):
        return
    match = _EVENT_ANAPHOR[s.lang].match(s.folded)
    if match is None:
        return
    nouns = _EVENT_NOUNS.get(match.group(1), ())
    named = [m for m in s.previous.mentions if m.type == "Event" and m.kind == "name"]
    for m in reversed(named):
        entity = s.lexicon.entities.get(m.key)
        labels = [fold(x).lower() for names in entity.labels.values() for x in names] if entity else []
        if any(fold(noun) in label for noun in nouns for label in labels):
            s.mentions.append(M(m.key, "Event", match.start(), match.end(), "coref"))
            return


def events(s: Sentence) -> None:
    """Operations and wars with their date ("On 19 September 2023 Azerbaijan
    launched ... measures in Karabakh", "Eylül 2023'teki antiterör operasyonu"):
    the date, who launched it and where."""
    _event_anaphor(s)
    _generic_events(s)
    for event in [m for m in s.mentions if m.type == "Event" and not m.key.endswith("process")]:
        launch = _LAUNCH[s.lang].search(s.folded)
        if launch is not None and (launch.start() > event.start) != (s.lang == "tr"):
            # "X launched the operation" / "X operasyonu başlattı"; a participle before its noun
            # ("Karabağ'da başlattığı terörle mücadele operasyonu")
            participle = (
                s.lang == "tr" and _LAUNCHED_TR.fullmatch(s.folded, launch.start(), event.start) is not None
            )
            launch = launch if participle else None
        date = None
        for d in s.dates:
            gap_before = s.folded[d.end : event.start]
            gap_after = s.folded[event.end : d.start]
            before = d.end <= event.start and re.fullmatch(_DATE_BEFORE[s.lang], gap_before)
            after = d.start >= event.end and re.fullmatch(
                r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:,\s+(?:which|that)\s+|\s+)"
                r"(?:(?:began|started|was launched|commenced|ended)\s+)?(?:on|of|in|since)\s+",
                gap_after,
            )
            if before or after:
                date = d
        if date is None and launch is not None:
            dated = [d for d in s.dates if d.precision in ("date", "gYearMonth")]
            date = dated[0] if len(dated) == 1 else None
        if date is not None:
            s.state_date(event.key, date, "event.date")
        given = s.lexicon.attribute(event.key, "parties", ())
        sides = set(given) if isinstance(given, list | tuple) else set()
        for side in [m for m in s.mentions if m.type == "State" and m.key in sides]:
            # "Azerbaijan forces ... started firing at the Armenian towns of ...": fighting between
            # the two sides the lexicon gives the event, each named in the sentence
            s.state(event.key, "participant", side.key, "entity", s.cover(event, side), "event.side")
        agent = None
        if launch is not None:
            head = launch.start() if s.lang == "en" else event.start
            agent = s.ending_near(head, set(AGENT_TYPES), r"\s*(?:\w+\s+){0,1}")
        if agent is None:
            # "Azerbaijan's one-day military operation", "Azerbaycan'ın askeri operasyonu"
            gap = r"'s\s+(?:[\w-]+\s+){0,2}" if s.lang == "en" else r"\s+(?:[\w-]+\s+){0,2}"
            genitive = s.ending_near(event.start, {"State"}, gap)
            # not "Ermenistan'ın 1. Karabağ Savaşı'nda işgal ettiği köyler": a genitive before an event
            # in the locative or ablative is the subject of the verb after it
            placed = s.lang == "tr" and bool(
                re.search(r"(?:['’]n?|[ıiuü]n)[dt][ae]n?$", s.folded[event.start : event.end])
                or re.match(r"['’]?n?[dt][ae]n?\b", s.folded[event.end :])
            )
            if (
                genitive is not None
                and not placed
                and (s.lang == "en" or re.search(r"n[ıiuü]n$|[ıiuü]n$", s.folded[: genitive.end]))
            ):
                agent = genitive
        if agent is None and launch is not None:
            # The sentence's subject: "Azerbaycan ordusu, 19 Eylül 2023'te ... operasyonu başlattı",
            # "Azerbaijan's army on Tuesday launched ..."
            first = [m for m in s.agents() if m.start <= 3 and m.type in ("State", "Organization")]
            if first and re.match(_SUBJECT_TAIL[s.lang], s.folded[first[0].end :]):
                agent = first[0]
        if agent is not None:
            s.state(event.key, "participant", agent.key, "entity", s.cover(agent, event), "event.launched")
        near = agent is None and not any(
            st.rule.startswith("event.side") and st.subject == event.key for st in s.out
        )
        if near and event.kind != "name":
            continue  # a word for fighting the date alone ties to the event: where, only with who
        for place in _event_places(s, event, near):
            s.state(event.key, "heldIn", place.key, "entity", s.cover(event, place), "event.place")


# "Daşkesen, Kelbecer ve Laçın illerindeki mevziler", "Gorus bölgesinde"
_AREA_LOCATIVE_TR = re.compile(
    r"\s+(?:il|ilçe|bölge|köy|kent|şehir|kasaba|rayon|sinir)\w*?(?:[dt][ae]|[dt][ae]ki|n[dt][ae]|n[dt][ae]ki)\b"
)


_AREAS_OF_EN = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:provinces|regions|districts|towns|villages|areas|border areas)\s+of\s+$"
)


def _event_places(s: Sentence, event: M, near: bool = False) -> list[M]:
    """Where fighting or an operation the sentence tells was: "launched ... in Karabakh", "Karabağ'da
    başlattığı operasyon"; each place of a list so written ("from positions in the Basargeçer,
    İstisu and Gorus districts at ... in the Daşkesen, Kelbecer and Laçın districts": both sides'
    places). With ``near``, only a place written against the event's name ("the anti-terrorist
    operation in Nagorno-Karabakh", "Karabağ'daki antiterör operasyonu")."""
    if near:
        gap = (
            r"\s+(?:in|at)(?:\s+and\s+around)?\s+(?:the\s+)?"
            if s.lang == "en"
            else r"(?:ki)?\s+(?:[\wçğıöşü-]+\s+){0,2}"
        )
        if s.lang == "en":
            after = [
                m
                for m in s.mentions
                if m.type == "Place"
                and m.start >= event.end
                and re.fullmatch(gap, s.folded[event.end : m.start])
            ]
            return after[:1]
        before = s.ending_near(event.start, {"Place"}, gap)
        located = before is not None and re.search(r"[dt][ae](?:ki)?$", s.folded[before.start : before.end])
        return [before] if before is not None and located else []
    if s.lang == "en":
        place = [
            m
            for m in s.mentions
            if m.type == "Place"
            and m.start >= event.end
            and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", s.folded[: m.start])
        ]
        if place:
            return place[:1]
        # "in the provinces of Syunik and Gegharkunik": each place of the list
        areas = [
            m
            for m in s.mentions
            if m.type == "Place" and m.start >= event.end and _AREAS_OF_EN.search(s.folded[: m.start])
        ]
        return s.coordination(areas[0], {"Place"}) if areas else []
    found: list[M] = []
    for m in s.mentions:
        if m.type != "Place" or m.end > event.start:
            continue
        if re.search(r"[dt][ae](?:ki)?$", s.folded[m.start : m.end]):
            if not found:
                found.append(m)  # the place the event is told at, as before: the first
        elif _AREA_LOCATIVE_TR.match(s.folded, m.end):
            found += [g for g in s.coordination(m, {"Place"}, forward=False) if g not in found]
    return found


# -- wars ----------------------------------------------------------------------

# "the Second Karabakh War between Azerbaijan and Armenia", "... War took place between the armed
# forces of Azerbaijan and Armenia"
_BETWEEN_EN = re.compile(
    r"(?:(?:took place|was fought|broke out|erupted|raged|was waged|unfolded)\s+)?between\s+(?:the\s+)?"
    r"(?:(?:armed forces|militaries|armies|forces|troops)\s+of\s+(?:the\s+)?)?"
)
# "Azerbaycan ve Ermenistan silahlı kuvvetleri arasında": the sides' forces
_FORCES_TR = r"(?:\s+(?:silahli kuvvetleri|ordulari|askeri güçleri|güçleri))?\s*"
# "2. Karabağ Savaşı, Azerbaycan ile Ermenistan arasında yaşandı"
_FOUGHT_TR = re.compile(r"\s+(?:yaşandi|yaşanmişti|sürdü|gerçekleşti|çikti|patlak verdi)")
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
                last = s.ending_near(max(0, war.start - 60) + match.start(), {"State"}, _FORCES_TR)
                group = s.coordination(last, {"State"}, forward=False) if last else []
            firsts = [
                m
                for m in s.mentions
                if m.type == "State"
                and m.start >= war.end
                and re.fullmatch(r"['’]?\w{0,4},?\s+(?:[\wçğıöşü'’]+\s+){0,3}", s.folded[war.end : m.start])
            ]
            if not group and firsts:
                later = s.coordination(firsts[0], {"State"})
                tail = (
                    re.match(_FORCES_TR + r"arasinda", s.folded[later[-1].end :]) if len(later) >= 2 else None
                )
                if tail and _FOUGHT_TR.match(s.folded, later[-1].end + tail.end()):
                    group = later
        if len(group) >= 2:
            for m in group:
                s.state(war.key, "participant", m.key, "entity", s.cover(war, m), "war.participant")


# Turkish typed without its own letters ("imzaladilar", "Nahcivan'a baglayacak"): every Turkish
# word and pattern of this module reads as with them
loosen_turkish(globals())
