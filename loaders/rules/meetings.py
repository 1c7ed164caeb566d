"""Meetings: who met whom, where, when, under whose mediation.

A meeting is an event keyed by its date and place (``meeting/2022-05-22-brussels``,
or ``meeting/2025-08-08`` when the place is not said), so that every document
reporting it adds to the same node.  Undated talks with a mediator are the
peace process's (``armenia-azerbaijan-peace-process``) when Armenia and
Azerbaijan are in view.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from loaders.dates import DateMention
from loaders.lexicon import Lexicon
from loaders.records import Modality, Statement, date_from
from loaders.rules import AGENT_TYPES, M, Sentence, by_first_letter, has_any, modality
from loaders.rules.discovery import _PORTFOLIO_EN, _PORTFOLIO_TR, loosen_turkish, portfolio_of
from loaders.text import fold

PROCESS = "armenia-azerbaijan-peace-process"
_TRIGGER = {
    "en": re.compile(
        r"\b(?:met|meet|meets|meeting|meetings|talks|summit|negotiations|negotiated|gathered|"
        r"brought together|brings together|bringing together|"
        r"came together|convened|hosted|received|welcomed|visited|visits?|joint press conference|"
        # headlines in the present: "Aliyev receives Georgian Prime Minister", "Erdogan hosts Pashinyan"
        r"receives|receiving|hosts|"
        # "A and B had a (brief) conversation at the summit": a word in person (a call is told as one)
        r"(?<!phone )(?<!telephone )(?<!video )(?:had|held) (?:a |an )?(?:brief |short |informal |private |"
        r"friendly |long |lengthy )?conversations?|"
        # "the foreign ministers of A and B discussed ... in Tbilisi on 23 December"
        # (not when a meeting word later in the sentence tells the meeting: "discussed ..., given
        # his trip to Baku where he met Aliyev")
        r"(?:discussed|held discussions)(?![^.;]*\b(?:met|meet|meeting|talks|summit|visit|trip)\b)|"
        # "at a press conference in New York, Lavrov said": one who speaks to reporters met no one
        r"(?<!press )conference|forum|general assembly|round of talks|sat down|signing (?:event|ceremony)|"
        # "I am happy to welcome you to Moscow": only with a place it welcomes to (_welcomed_to)
        r"welcome|welcomes|welcoming)\b"
    ),
    "tr": re.compile(
        r"(?:görüş(?:me|tü|tüler|müş|ecek|ecekler|en|ür|üyor|erek)\w*|bir ?araya gel\w*|bir ?araya getir\w*|"
        r"zirve\w*|müzakere\w*|"
        r"toplant\w*|toplan(?:di|acak)\w*|ağirla(?:di|mişti|yacak|yan|n|yarak)\w*|ağirliyor\w*|"
        # "X'i kabul etti", "X'i kabul eden Y", "Y tarafından kabul edildi"
        r"kabul (?:etti|etmiş|edecek|eden|edil(?:di|miş|en))\w*|"
        r"ziyaret\w*|konferans\w*|forum\w*|"
        # "Erdoğan, İstanbul'da Paşinyan'a ev sahipliği yaptı": the host and his guest met
        r"(?<=[ae] )ev sahipliği (?:yapti|yapmişti|yaptiği|yaparak)\w*|"
        # "X'i resmi törenle karşıladı", "Y tarafından resmi törenle karşılandı": a state welcome
        r"(?:resmi|resmî)\s+tören(?:le)?\s+karşila\w*|"
        # "Bakü'de bir dizi temasta bulundu", "temaslarda bulunmak için"
        r"temas(?:lar)?[dt][ae] bulun\w*|"
        r"buluş\w*|"
        # "X, zirvede Y ile bir süre sohbet etti", "sohbet eden liderler": a word in person
        r"(?<!telefonda )(?<!telefonla )sohbet (?:etti|etmiş|ettiler|eden|ederek|edecek)\w*|"
        # "A ve B dışişleri bakanları Tiflis'te bölgesel gelişmeleri ele aldı"
        r"ele ald(?:i|ilar)\b)"
    ),
}
_ATTENDED = {
    "en": re.compile(
        r"\b(?:attended|took part|joined|were present|was present|participated|"
        r"(?:with|in) the (?:attendance|presence) of)\b|"
        r"^(?:after|at|during|following) the (?:meeting|talks|summit)\b|"
        r"^(?:the|this) (?:meeting|talks|summit|negotiations) (?:was|were) "
        r"(?:hosted|chaired|mediated|brokered|organi[sz]ed)\b"
    ),
    "tr": re.compile(
        r"katil(?:di|miş|mişti|mişlardi|dilar|mişlar)\w*|hazir bulundu\w*|iştirak etti\w*|"
        # "foruma katılarak bir konuşma yaptı", "foruma katılmaktan memnuniyet duyduğunu"
        r"katilarak\b|katilmaktan\b|"
        r"^(?:görüşmenin|toplantinin|zirvenin) (?:ardindan|sonrasinda|sonunda)\b|"
        r"^(?:görüşmede|toplantida|zirvede)\b|"
        r"^(?:görüşme|toplanti|zirve)\w*\b[^.;]{0,80}?(?:ev sahipliğ|arabuluculuğ)|"
        # "Toplantının açılışını ev sahibi Azerbaycan Dışişleri Bakanı Ceyhun Bayramov yaptı"
        r"^(?:görüşme|toplanti|zirve)\w*\b[^.;]{0,40}?(?<!\w)ev sahibi\s"
    ),
}
# who attended, as a verb ("foruma katılarak", "attended the forum"), not "Görüşmede X ... söyledi"
_ATTENDED_VERB = {
    "en": re.compile(r"\b(?:attended|took part|participated)\b"),
    "tr": re.compile(r"katil(?:di|miş|mişti|dilar|mişlar|arak|maktan)\w*|hazir bulundu\w*|iştirak etti\w*"),
}
_SIDES = {
    "en": re.compile(r"\b(?:the (?:two )?(?:sides|parties)|both (?:sides|countries))\b"),
    "tr": re.compile(r"(?:taraflar\w*|iki (?:ülke|taraf)\w*)"),
}
_PROCESS_WORD = {
    "en": re.compile(r"\b(?:process|negotiations|talks|dialogue)\b"),
    "tr": re.compile(r"(?:süreç|süreci|müzakere|görüşme|diyalog)\w*"),
}
# Mediation phrases.  English names the mediator after the phrase, Turkish
# before it (with a genitive suffix).  "participation" makes the agent both
# a participant and a mediator.
_MEDIATION_EN = re.compile(
    r"\b(?:under the (?:mediation|auspices) of|through the mediation of|with the mediation of|"
    r"thanks to the mediation of|mediated by|brokered by|facilitated by|hosted by|organi[sz]ed by|"
    # "with (the) organization of U.S. Secretary of State Antony Blinken"
    r"with (?:the )?organi[sz]ation of|"
    r"at the initiative of|on the initiative of|"
    # who invited the sides is in the meeting too
    r"(?P<host>(?:at|on|upon) the invitation of)|"
    r"(?P<part>with the participation of))"
    r"\s+(?:both\s+)?(?:the\s+)?"
)
# "the Russian-brokered truce", "the Russia-brokered 2020 ceasefire", "a US-brokered peace deal"
_BROKERED_DOCUMENT = re.compile(
    r"\s+(?:(?:\d{4}|november|recent|trilateral|tripartite|peace|ceasefire|cease-fire|humanitarian)\s+){0,3}"
    r"(?:truce|ceasefire|cease-fire|agreement|deal|accord|statement|declaration|armistice|memorandum|treaty)s?\b"
)
_MEDIATION_EN_BEFORE = re.compile(r"(?:-|\s+)(?:brokered|mediated|hosted|sponsored)\b(?!\s+by\b)")
_MEDIATION_TR = re.compile(
    r"\s*(?:arabuluculuğ\w*|ev sahipliğ\w*|himayesi\w*|gözetimi\w*|(?P<part>katilim\w*)|araciliğ\w* ile|"
    r"daveti üzerine|davetiyle|davetlisi olarak)"
)
_AT_PLACE = {
    "en": re.compile(
        r"\b(?:in|at|hosted in|held in|sidelines of|margins of|"
        r"(?:visit|visits|trip|travelled|traveled) to|visited|visiting)\s+"
        r"(?:the\s+)?$|"
        # "in the western Turkmen city of Awaza", "in the Albanian capital, Tirana"
        # "in the U.S. capital Washington" (a state written with dots)
        r"\bin the (?:[\w.-]+ ){0,3}(?:city|capital|town|port|resort|village) (?:of )?$|"
        r"\bin the (?:[\w.-]+ ){0,3}(?:city|capital|town|port|resort|village), $|"
        # "held in Turkiye's Kayseri", "met in Azerbaijan's Shusha": the town of the state named
        r"\b(?:in|at|to)\s+(?:[a-zçğıöşü-]+\s+){0,2}?[a-zçğıöşü-]+['’]s\s+$|"
        # "in Armenia's capital Yerevan", "in Turkmenistan's coastal city of Turkmenbashi"
        r"\bin\s+[a-zçğıöşü-]+['’]s\s+(?:[\w-]+\s+)?(?:city|capital|town|port|resort|village)(?:\s+of)?,?\s+$"
    ),
}


_MEDIATION_WORDS = {
    "en": (
        "mediat",
        "auspices",
        "broker",
        "facilitat",
        "host",
        "invitation",
        "initiative",
        "participation",
        "sponsor",
        "organi",
    ),
    "tr": ("arabulucu", "ev sahipli", "himaye", "gözetim", "katilim", "aracili", "davet"),
}
MEETING_WORDS = {
    "en": (
        "met",
        "meet",
        "talk",
        "summit",
        "negotia",
        "gather",
        "conven",
        "together",
        "host",
        "trilateral",
        "sat down",
        "received",
        "receives",
        "receiving",
        "welcom",
        "visit",
        "conference",
        "forum",
        "assembly",
        "press conference",
        "conversation",
    ),
    "tr": (
        "görüş",
        "araya",
        "zirve",
        "müzakere",
        "toplan",
        "buluş",
        "ağirla",
        "kabul et",
        "kabul ed",
        "temas",
        "ziyaret",
        "konferans",
        "forum",
        "tören",
        "sohbet",
    ),
}

# Turkish typed without its own letters ("Erdogan, Aliyev ile gorustu", "bir araya geldiler",
# "Pasinyan'i agirladi"): the meeting words and verbs read as with them
# "the ministers of A and B discussed ... in Tbilisi", "... Tiflis'te bölgesel gelişmeleri ele
# aldı": talks told by what was discussed (kept apart from MEETING_WORDS, which treaties share)
_DISCUSSION_WORDS = {"en": ("discussed", "held discussions"), "tr": ("ele ald",)}
_DISCUSSED = {"en": re.compile(r"\b(?:discussed|held discussions)\b"), "tr": re.compile(r"\bele ald")}
_TWO_SIDES = {
    "en": re.compile(r"\b(?:and|ministers|leaders|counterparts?|sides|delegations)\b"),
    "tr": re.compile(
        r"(?:\b(?:ve|ile)\b|\w+[’']?(?:[ıi]yla|[ıi]le|yle|yla)\b|bakanlar\w*|liderler\w*|heyetler\w*|taraflar\w*)"
    ),
}
_REPORTED_THAT = {
    "en": re.compile(r"\b(?:stated|said|says|noted|added|announced|reported|claimed) that\b"),
    "tr": re.compile(r"(?:dedi|söyledi|belirtti|ifade etti|açikladi|bildirdi)\b"),
}


def mediators(s: Sentence) -> tuple[list[M], set[str]]:
    """Mediator mentions, and the keys that also took part."""
    if s.mediation is not None:
        return s.mediation
    s.mediation = ([], set())
    if not has_any(s.folded, _MEDIATION_WORDS[s.lang]):
        return s.mediation
    agents = set(AGENT_TYPES)
    found: list[M] = []
    participating: set[str] = set()
    if s.lang == "en":
        for match in _MEDIATION_EN.finditer(s.folded):
            first = s.at(match.end(), len(s.text), agents)
            if first is not None and not first.consumed and first.type in ("Organization", "State"):
                # "under the auspices of European Union Council President Charles Michel": a body
                # or state that only opens the holder's title
                holder = [
                    m
                    for m in s.mentions
                    if m.type == "Person"
                    and first.end < m.start <= first.end + 40
                    and re.fullmatch(r"(?:\s+[A-Z][\w'’.-]*){1,4}\s+", s.text[first.end : m.start])
                ]
                first = holder[0] if holder else first
                if not holder:
                    named = _cochairs_named(s, first)
                    if named:
                        # "under the auspices of the OSCE Minsk Group co-chairs Igor Popov (Russia),
                        # Stephane Visconti (France) and Andrew Schofer (U.S.)": the people named
                        found.extend(named)
                        continue
            if first is not None and first.consumed:
                # "at the invitation of German Chancellor Olaf Scholz": the title's holder if named,
                # else the state of the official ("hosted by Kazakh Foreign Minister Murat Nurtleu")
                holder = [
                    m for m in s.mentions if m.type == "Person" and first.end <= m.start <= first.end + 40
                ]
                first = holder[0] if holder else first
            if first is None:
                # "under the mediation of US President Donald Trump": a title first
                nearby = [
                    m
                    for m in s.mentions
                    if m.type in agents and match.end() <= m.start <= match.end() + 40 and not m.consumed
                ]
                persons = [m for m in nearby if m.type == "Person"]
                first = min(persons or nearby, key=lambda m: m.start) if nearby else None
            if first is not None and first.kind == "demonym":
                # "with the participation of Russian dictator Vladimir Putin": the person the
                # demonym and an unknown title stand before
                named = [
                    m for m in s.mentions if m.type == "Person" and first.end <= m.start <= first.end + 40
                ]
                first = named[0] if named else first
            if first is None:
                continue
            group = s.coordination(first, agents)
            if match.group("host"):
                participating.update(m.key for m in group if m.type == "Person")
            if match.group("part"):
                participating.update(m.key for m in group)
                if len(group) >= 2:
                    continue  # "with the participation of X, Y and Z": the ones who met
            found.extend(group)
        for match in _MEDIATION_EN_BEFORE.finditer(s.folded):
            if _BROKERED_DOCUMENT.match(s.folded, match.end()):
                continue  # "to discuss a Russian-brokered truce": the broker of a document, not the meeting's
            before = s.ending_near(match.start(), agents, r"")
            if before is not None:
                found.append(before)
    else:
        for match in _MEDIATION_TR.finditer(s.folded):
            if match.start() == 0:
                continue
            last = s.ending_near(match.start(), agents, r"\s*")
            if last is None:
                continue
            if re.search(r"['’]y?[ae]$", s.folded[last.start : last.end]) and re.match(
                r"\s*ev sahipliği yap", s.folded[match.start() :]
            ):
                continue  # "Paşinyan'a ev sahipliği yaptı": the guest, in the dative
            # "X ile Y, ABD Başkanı Z'nin ev sahipliğinde": a comma ends the mediator's phrase
            group = [
                m
                for m in s.coordination(last, agents, forward=False)
                if "," not in s.folded[m.end : last.start]
            ]
            if match.group("part"):
                participating.update(m.key for m in group)
                if len(group) >= 2:
                    continue  # "X, Y ve Z'nin katılımıyla": the ones who met
            found.extend(group)
    s.mediation = (found, participating)
    return s.mediation


_COCHAIRS_AFTER = re.compile(r"['’]?s?\s+(?:co-?chairs?|co-?chairmen|mediators|envoys)\b,?\s*")
# between two of the people the title names: a state in brackets, a comma or "and", "as well as"
# and another capitalised title ("as well as the Personal Representative of ..., Andrzej Kasprzyk")
_NEXT_NAMED = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s*(?:,\s*|\s+and\s+|,\s*and\s+|,?\s+as well as\s+)"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+(?:of|the|for|in)\b)?[\s,]+){0,8}"
)


def _cochairs_named(s: Sentence, body: M) -> list[M]:
    """The people a body's plural title right after it names ("the OSCE Minsk Group co-chairs
    Igor Popov (Russia), Stephane Visconti (France) and Andrew Schofer"), in order."""
    title = _COCHAIRS_AFTER.match(s.text.lower(), body.end)
    if title is None:
        return []
    persons = sorted(
        (m for m in s.mentions if m.type == "Person" and m.start >= title.end()), key=lambda m: m.start
    )
    if not persons or persons[0].start - title.end() > 3:
        return []
    named = [persons[0]]
    for m in persons[1:]:
        gap = _NEXT_NAMED.match(s.text, named[-1].end)
        if gap is None or gap.end() < m.start or not _NEXT_NAMED.fullmatch(s.text, named[-1].end, m.start):
            break
        named.append(m)
    return named


# Regions a story is about, not venues a meeting is held in ("the situation in Karabakh").
_REGIONS = frozenset(
    {"karabakh", "south-caucasus", "central-asia", "europe", "caucasus", "asia", "middle-east"}
)
_CAPTION = re.compile(r",\s*(?:[a-z]+\s+\d{1,2},\s*\d{4}|\d{1,2}\s+[a-zçğıöşü]+\s+\d{4})")


_SINCE_EN = re.compile(
    r"\b(?:since|after|before|until|prior to|following|ahead of)\b"
    r"(?!\s+(?:holding|meeting|talks|hosting|attending))[^,.;]{0,60}$"
)
# "following his talks", "after their meeting": the subject's meeting word right after
_OWN_AFTER_EN = re.compile(r"(?:after|following)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?")
_SINCE_TR = re.compile(
    r"^(?:'?[dt][ae]n|'?(?:y|n)?[ıiuü]n)?\s+(?:\w+\s+){0,2}?"
    r"(?:beri|bu yana|sonra|önce|itibaren|öncesinde|sonrasinda)\b"
)


_DATELINE_DAY = re.compile(r"(?:^|\n)\s*[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ .'/-]{2,40},\s*$")
# A wire dateline: "ANKARA, February 28 (Trend) -", "TBILISI, Feb 28 (Reuters) -", "Baku, 28
# February, AZERTAC", "YEREVAN / BAKU, 30 May 2019 -", "Ankara, 28 Şubat (AA) -": the town (and its
# state) at the head of the report's first line, then the day, then the agency or a dash. The day
# is the report's, not what it tells (a meeting told with no other date takes the report's month).
_DATELINE_HEAD = re.compile(
    r"(?:^|\n)\s*[A-ZÇĞİÖŞÜ][\w'’.-]*(?:(?:\s+|\s*/\s*)[A-ZÇĞİÖŞÜ][\w'’.-]*){0,3}"
    r"(?:,\s*[A-ZÇĞİÖŞÜ][\w'’-]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’-]*)?)?,\s*$"
)
_DATELINE_TAIL = re.compile(
    r"(?:,?\s*\d{4})?\s*(?:\([^()]{1,30}\)|/[^/\n]{1,20}/|[-–—]|,\s*[A-ZÇĞİÖŞÜ]{3,}\b)"
)
_NOT_A_TOWN = re.compile(
    r"\s*(?:on|in|by|since|until|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|dün|bugün|yarin|pazartesi|sali|çarşamba|perşembe|cuma|cumartesi|pazar)\b"
)


_GLUED_STAMP = re.compile(r"(?<=\d)[A-ZÇĞİÖŞÜ][a-zçğıöşü]")


def _wire_dateline(s: Sentence, date: DateMention) -> bool:
    """The day of a wire dateline at the head of the report ("ANKARA, February 28 (Trend) -")."""
    return (
        s.index <= 3
        and _DATELINE_TAIL.match(s.text, date.end) is not None
        and _DATELINE_HEAD.search(s.text, 0, date.start) is not None
        and not _NOT_A_TOWN.match(s.folded)
    )


def _reference_point(s: Sentence, date: DateMention, trigger: re.Match[str] | None = None) -> bool:
    """A date the meeting is measured from, not its own: "first encounter since they agreed
    ... in March", "28 Mayıs seçimlerinden sonra gerçekleştirdiği ziyaret"; not when the
    meeting word itself follows "after" ("Following his talks with X in Baku on Monday, Y
    said": the talks' day)."""
    if s.lang == "en":
        lo = max(0, date.start - 70)
        since = _SINCE_EN.search(s.folded, lo, date.start)
        return since is not None and not (
            trigger is not None
            and since.start() < trigger.start() < date.start
            and _OWN_AFTER_EN.fullmatch(s.folded, since.start(), trigger.start())
        )
    after = s.folded[date.end : date.end + 50]
    if _SINCE_TR.match(after):
        return True
    if _SAID_ON_TR.match(after):
        return True  # "... hazır olduğumuzu 1 Temmuz'da duyurmuştum": the day it was said
    # "27 Eylül'de başlayan çatışmalar sürerken ... Moskova'da bir araya geldi", "8 Ağustos'ta
    # imzalanan bildiri": the day of what the participle right after it tells, not the meeting's
    act = _PARTICIPLE_AFTER_TR.match(after)
    if act is None or _TRIGGER["tr"].match(act.group("verb")):
        return False
    if _HELD_TR.match(act.group("verb")):
        # "7 Şubat'ta gerçekleştirilen cumhurbaşkanı seçiminde", "Eylül'de yapılan tatbikat": the
        # day of another event held, not of a meeting
        return bool(_OTHER_EVENT_TR.match(s.folded, date.end + act.end("verb")))
    at = date.end + act.start("verb")
    # a name that ends like a participle ("30 Temmuz'da Alican sınır kapısında") is no verb
    return s.text[at].islower() and not any(m.start <= at < m.end for m in s.mentions)


_SAID_ON_TR = re.compile(
    r"(?:'?[dt][ae])?(?:\s+tarihinde)?\s+(?:duyur|açikla|bildir|söyle|belirt|ifade et|dile getir|kaydet)"
)
_PARTICIPLE_AFTER_TR = re.compile(
    r"(?:'?[dt][ae])?(?:\s+tarihinde)?\s+"
    # a participle ends in -an/-en (with at most a plural or a vowel after it: "başkent" is none)
    # or -dığı (with its case)
    r"(?P<verb>\w+(?:(?<![dt][ıiuü])[ye]?[ae]n(?:l[ae]r)?[ıiuüae]?|[dt][ıiuü]ğ[ıiuü]\w{0,3}))\s+\w"
)
_OTHER_EVENT_TR = re.compile(
    r"\s+(?:[^\s.,;]+\s+){0,2}?(?:seçim|referandum|tatbikat|tören|operasyon|saldiri|çatişma|savaş|maç|"
    r"konser|festival|yarişma|deprem|oylama|sayim|geçit)\w*"
)
_HELD_TR = re.compile(
    r"(?:yapil|gerçekleştiril|gerçekleş|düzenlen|görüş|buluş|toplan|bir ?araya|ağirla|kabul|ziyaret|"
    r"katil|bulun|gel|git|var)"
)


# "Putin on Friday called Pashinyan to brief him about his meeting with Aliyev", "said on
# Tuesday that the meeting ...": the day of a call or a statement, not of the meeting.
_OTHER_ACT_EN = re.compile(
    r"\b(?:called|phoned|said|says|announced|told|stated|declared|wrote|briefed|reported|report|noted|added|"
    r"tweeted|posted|confirmed|recalled)\b"
)


_OTHER_ACT_TR = re.compile(
    r"(?<!\w)(?:konuşma|açiklama|kurultay|kongre|röportaj|demeç|mesaj|paylaşim|telefon)\w*"
)


_CALL_BEFORE_DAY_EN = re.compile(
    r"\b(?:telephoned|phoned|called|spoke (?:by|on the) (?:tele)?phone(?: with)?|"
    r"held (?:a )?(?:tele)?phone (?:call|conversation|talks)(?: with)?)\s+(?:[\w'’.-]+\s+){0,5}?$"
)
_CALL_AFTER_DAY = {
    "en": re.compile(r"\s*(?:(?:tele)?phone (?:call|conversation|talks?)|video ?(?:conference|call))\b"),
    "tr": re.compile(r"(?:['’]?\w{0,4})?\s+(?:telefon|video ?konferans)\w*"),
}
_ADVERB_BEFORE_DAY = re.compile(r"(?:\w+ly|late)\s+(?:on\s+)?$")


# the day, then (a place in the dative and) a participle of arriving that the subject's phrase
# goes on with: "önceki gün Iğdır'a gelen ...", "dün Bakü'ye ulaşan ...", "10 Eylül'de Erivan'a giden"
_ARRIVED_TR = re.compile(
    r"(?:['’]?[dt][ae])?\s+(?:[^\s,.;]+['’]?y?[ae]\s+)?(?:gelen|giden|ulaşan|ulasan|varan|gelmiş olan)\b"
)
# "..., who arrived in Igdir on Wednesday, met ...": the day closes the relative clause
_WHO_ARRIVED_EN = re.compile(
    r",\s+who\s+(?:had\s+)?(?:arrived|came|flew|travell?ed)\s+(?:to|in)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:on|late on|early on)\s+$"
)
_ARRIVED_EN = re.compile(r"\s*,")


# after the day: the subject (a few words), a verb of telling, and the meeting noun it is about
_TOLD_OF_ON_THE_DAY_EN = re.compile(
    r",?\s+(?:[\w.'’-]+\s+){0,6}?"
    r"(?:(?:gave|gives) (?:details|an account|a readout) of|"
    r"(?:spoke|speaks|commented|comments|reflected|reflects|talked|talks|told|tells)"
    r"(?:\s+(?:reporters|journalists|the press|the media|lawmakers|parliament|the cabinet|the government))?"
    r"\s+(?:about|on|of)|"
    r"(?:briefed|briefs|informed|informs)\s+(?:[\w.'’-]+\s+){1,3}?(?:about|on|of)|"
    r"described|describes|recalled|recalls)"
    r"\s+(?:(?:his|her|their|its|the|an?)\s+)?(?:[\w-]+\s+){0,2}$"
)


# "..., X said in an interview with Trend on Dec. 7": the day of the interview or statement the
# telling verb is in, not of the meeting told before it
_SAID_IN_ON_EN = re.compile(
    r"\b(?:said|says|told|stated|noted)\s+(?:in|during|at)\s+(?:an?|the|his|her|a joint)\s+"
    r"(?:[\w-]+\s+)?(?:interview|statement|briefing|press conference|speech|address|post)\b[^,;.]{0,30}?"
    r"\s+(?:on|late on|early on)\s+$"
)


def _another_acts_date(s: Sentence, date: DateMention, trigger: re.Match[str]) -> bool:
    """A day written beside another act than the meeting ("on Friday called", "said Monday"),
    with the meeting word not right after it ("announced Monday after meeting with Aliyev" dates
    both)."""
    if s.lang == "tr":
        # "Paşinyan, cumartesi günü ... Partisi'nin kurultayında yaptığı konuşmada, üçlü zirvede
        # ... hazır olduğunu söylemişti": the day of a speech in its own clause, the meeting after
        lo = s.folded.rfind(",", 0, date.start) + 1
        hi = s.folded.find(",", date.end)
        hi = len(s.folded) if hi < 0 else hi
        clause = s.folded[lo:hi]
        arrived = _ARRIVED_TR.match(s.folded, date.end)
        if (
            arrived is not None
            and not lo <= trigger.start() < hi
            and not _TRIGGER["tr"].search(s.folded, date.end, arrived.end())
        ):
            # "önceki gün Iğdır'a gelen ... Kılıç, Vali ... ile görüştü": the day of the arrival
            # the participle tells, in the subject's own phrase, not of the meeting its verb tells
            return True
        return (
            not lo <= trigger.start() < hi
            and bool(_OTHER_ACT_TR.search(clause))
            and not _TRIGGER["tr"].search(clause)
        )
    if s.lang != "en":
        return False
    if trigger.start() < date.start and _SAID_IN_ON_EN.search(
        s.folded, max(trigger.end(), date.start - 90), date.start
    ):
        return True
    act = _PARTICIPLE_BEFORE_EN.search(s.folded, max(0, date.start - 80), date.start)
    if (
        act is not None
        and not act.start() <= trigger.start() < date.start
        and not _TRIGGER["en"].search(s.folded, date.end, date.end + 50)
        # "The Orbeli forum opened in Yerevan on 4 November": the meeting's own start
        and not _OF_THE_MEETING_EN.search(s.folded, max(0, act.start() - 40), act.start())
        # "A meeting of the CIS Council ... hosted by Putin ended in Moscow on October 8": the
        # meeting word is the subject of its own start or end, with no clause between
        and not (
            act.group(0) in ("started", "begun", "ended", "opened")
            and trigger.end() <= act.start() <= trigger.end() + 120
            and not re.search(r"[,;:()\"“”]", s.folded[trigger.end() : act.start()])
        )
    ):
        # "met ... in the Fizuli region, also liberated ... in the fall of 2020", "the declaration
        # signed on 9 November 2020", "the railway, which was opened in 2017": the day of what
        # the participle tells of the thing named before it, not of the meeting (but "signed on
        # 25 November at a meeting held in Aktau", "inaugurated on 30 October, in a ceremony
        # hosted by ...": done at the meeting, on its day)
        return True
    owner = _DAYS_THING.match(s.folded, date.end)
    if owner is not None and not _TRIGGER["en"].match(owner.group(1)):
        return True  # "yesterday's accusation by Charles Michel": the accusing's day
    if _ARRIVED_EN.match(s.folded, date.end) is not None and _WHO_ARRIVED_EN.search(
        s.folded, max(0, date.start - 60), date.start
    ):
        # "Kilic, who arrived in Igdir on Wednesday, met the governor": the arrival's day, in the
        # relative clause set off by its commas
        return True
    if trigger.start() > date.end and _TOLD_OF_ON_THE_DAY_EN.match(s.folded[date.end : trigger.start()]):
        # "On September 28, Pashinyan gave details of his informal meeting with Aliyev", "X on
        # Friday commented on his talks with Y": the day of the telling, whose object is the meeting
        return True
    if date.start <= trigger.start() <= date.end + 25:
        return False
    # within the date's own clause: "... in Brussels on May 22, said the talks ..." is not said's
    # "reported early on November 8": an adverb may stand between the act and its day
    before = s.folded[max(0, date.start - 12) : date.start].split(",")[-1]
    if _ADVERB_BEFORE_DAY.search(before):
        before = s.folded[max(0, date.start - 30) : date.start].split(",")[-1]
    after = s.folded[date.end : date.end + 12].split(",")[0]
    near = before + s.folded[date.start : date.end] + after
    if (
        trigger.end() <= date.start
        and _MEETING_IN_ON_EN.match(s.folded, trigger.end(), date.start)
        and not _OTHER_ACT_EN.search(s.folded, trigger.end(), date.start)
    ):
        # "companies attending the forum in Baku on March 4 announced ...": the day closes the
        # meeting's own phrase (its place, then its day), the telling verb only follows it
        return False
    return bool(_OTHER_ACT_EN.search(near)) and not _TRIGGER["en"].search(near)


_MEETING_IN_ON_EN = re.compile(r"[^,;.:\"“”]{0,140}?\s(?:in|at)\s+[^,;.:()\"“”]{1,60}?\s+on\s+$")


# A past participle of another act than a meeting, told of a thing or a place, not by a subject
# ("they signed", "and signed": the meeting's people may act that day), then the date in its
# clause: "liberated ... in the fall of 2020", "(which was) signed on 9 November 2020".
_PARTICIPLE_BEFORE_EN = re.compile(
    r"(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bwe )(?<!\band )(?<!\bthen )(?<!\bhad )(?<!\bhave )"
    r"(?<!\bhas )\b(?:liberated|occupied|recaptured|captured|seized|retaken|signed|adopted|ratified|"
    r"initial(?:l)?ed|built|constructed|opened|launched|inaugurated|commissioned|completed|founded|"
    r"established|created|elected|appointed|declared|proclaimed|erupted|started|begun|ended|"
    r"destroyed|killed|published)\b(?=[^,.;]{0,70}$)(?!.*\b(?:met|meet|meeting|talks|summit)\b)"
)
_OF_THE_MEETING_EN = re.compile(
    r"\b(?:meeting|meetings|talks|summit|negotiations|conference|forum|session|assembly|round)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:was|were|has been|had been)\s+)?$"
)
_NAME_GOES_ON_EN = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]")
_COMMON_BEFORE_EN = re.compile(r"\b(?:the|a|an)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_ACCUSATIVE_TR = re.compile(r"(?:ziyaret|görüşme|toplanti|zirve|buluşma)(?:y[ıiuü]|[ıiuü]|ler[ıi]|lar[ıi])")
_TOLD_OF_TR = re.compile(r"(?:duyurdu|açikladi|bildirdi|doğruladi|teyit etti|duyurmuştu|açiklamişti)\W*$")
_TOLD_OF_EN = re.compile(
    r"\b(?:announced|confirmed|reported|disclosed|revealed)\s+(?:the|this|that|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)


_DAYS_THING = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?([\w-]+)")


# "the Co-Chairs met with the de facto authorities in Nagorno-Karabakh": a region is the venue
# when the meeting verb's own clause puts it there
_MET_IN_REGION = re.compile(r"\b(?:met|meet|held talks|visited)\b[^,;.]{0,60}\bin (?:the )?(?:nagorno[- ])?$")


# "Azerbaycan yetkilileri ve Karabağlı Ermeniler Karabağ'da bir araya geldi": the region is the
# venue when the meeting verb follows its locative
_MET_IN_REGION_TR = re.compile(
    r"(?<=[dt][ae])\s+(?:\w+\s+){0,1}?(?:bir ?araya gel|görüş(?:tü|müş)|toplan(?:di|miş)|buluş(?:tu|muş))"
)


# "the foreign ministers of Armenia and Azerbaijan", "Armenian and Azerbaijani foreign ministers",
# "Ermenistan ve Azerbaycan Dışişleri Bakanları", "Türkiye, Azerbaycan ve Kazakistan Dışişleri ve
# Ulaştırma Bakanları", "the transport ministers of ...": the states' ministers at the date, of
# each portfolio the plural title names
_PORTFOLIO_WORDS = {
    "en": _PORTFOLIO_EN,
    "tr": _PORTFOLIO_TR,
}
_PORTFOLIO_FIND = {lang: re.compile(rf"\b(?:{words})\b") for lang, words in _PORTFOLIO_WORDS.items()}
_PORTFOLIO_LIST = {
    "en": rf"(?P<portfolios>(?:{_PORTFOLIO_EN})(?:(?:\s*,\s*|\s+and\s+)(?:{_PORTFOLIO_EN}))*)",
    "tr": rf"(?P<portfolios>(?:{_PORTFOLIO_TR})(?:(?:\s*,\s*|\s+ve\s+)(?:{_PORTFOLIO_TR}))*)",
}
_MINISTERS_AFTER = {
    "en": re.compile(rf"(?:['’]s)?\s+{_PORTFOLIO_LIST['en']} ministers\b"),
    "tr": re.compile(rf"(?:['’]?n[ıiuü]n)?\s+{_PORTFOLIO_LIST['tr']} bakanlar"),
}
_MINISTERS_BEFORE_EN = re.compile(
    rf"\b{_PORTFOLIO_LIST['en']} ministers of\s+(?:the\s+)?$|"
    r"\bministers of (?P<affairs>foreign affairs|defen[cs]e) of\s+(?:the\s+)?$"
)


_MEETING_OF_TITLE = {
    "en": re.compile(r"['’]?\s+(?:meeting|summit|format|talks)\b"),
    "tr": re.compile(r"\w*\s+(?:toplanti|zirve|görüşme)"),
}


def _portfolios(lang: str, words: str) -> list[str]:
    """The portfolio keys a plural title's words name, in order ("dışişleri ve ulaştırma")."""
    found: list[str] = []
    for word in _PORTFOLIO_FIND[lang].finditer(words):
        key = portfolio_of(lang, word.group(0))
        if key and key not in found:
            found.append(key)
    return found


# a participant that is the ministry of an office the text gives with no name
OFFICE = "an office no name holds in the text: its ministry"


def _office(m: M) -> bool:
    return m.kind == "title" and "-ministry-of-" in m.key


# the lexicon's title of a portfolio's minister ("foreign-affairs" -> "foreign-minister")
_MINISTER_TITLE = {"foreign-affairs": "foreign-minister"}


# "Aliyev met his Turkish counterpart", "Bayramov, Gürcü mevkidaşı ile görüştü": the holder of
# the same office in the state of the demonym, when the text names no one after it
_COUNTERPART_AFTER = {
    "en": re.compile(r"\s+counterparts?\b"),
    "tr": re.compile(r"\s+mevkida[sş](?:[ıi]|lar[ıi])"),
}
_COUNTERPART_OWNER_EN = re.compile(r"\b(?:his|her|their)\s+$")
_HEADS = ("president", "prime-minister", "chancellor")


def _unnamed_counterparts(s: Sentence, people: list[M]) -> list[M]:
    """``people`` with each unnamed counterpart of the sentence's first person resolved to the
    one the lexicon gives at the date: the same office in the other state (for a head of state
    or government, the one head of either kind the document names, else the state's only head)."""
    if "counterpart" not in s.folded and "mevkida" not in s.folded:
        return people
    persons = [m for m in people if m.type == "Person"]
    if not persons:
        return people
    date = s.document.date or s.doc_year
    days = s.day_dates()
    if days:
        date = days[0].value
    added: list[M] = []
    for dem in (m for m in s.mentions if m.type == "State" and m.kind == "demonym"):
        after = _COUNTERPART_AFTER[s.lang].match(s.folded, dem.end)
        if after is None:
            continue
        if s.lang == "en" and not _COUNTERPART_OWNER_EN.search(s.folded, max(0, dem.start - 8), dem.start):
            continue
        if any(m.type == "Person" and after.end() <= m.start <= after.end() + 3 for m in s.mentions):
            continue  # "his Turkish counterpart Hakan Fidan": named
        owners = [m for m in persons if m.end <= dem.start]
        if not owners:
            continue
        roles = [r for r in s.lexicon.roles_of(owners[0].key, date) if r.of != dem.key]
        titles = {r.title for r in roles if s.type_of(r.of) == "State"}
        if not titles:
            continue
        found: list[str] = []
        if titles & set(_HEADS):
            heads = {p for t in _HEADS for p in s.lexicon.holders(dem.key, t, date)}
            named = [p for p in heads if _named_in_document(s, p)]
            same = {p for t in titles & set(_HEADS) for p in s.lexicon.holders(dem.key, t, date)}
            # the head of the same kind when the state has no other ("his Turkish counterpart"
            # for a president, since 2018); else the one the document names
            found = named if len(named) == 1 else sorted(same) if heads == same and len(same) == 1 else []
        elif len(titles) == 1:
            found = s.lexicon.holders(dem.key, next(iter(titles)), date)
        if len(found) == 1 and all(m.key != found[0] for m in people):
            added.append(M(found[0], "Person", dem.start, after.end(), kind="coref"))
    return [*people, *added] if added else people


def _ministers_by_title(s: Sentence, people: list[M]) -> list[M]:
    """``people`` with the states named under a plural foreign or defence ministers' title
    ("the foreign ministers of Armenia and Azerbaijan", "Azerbaycan, Türkiye ve Gürcistan savunma
    bakanları") replaced by who the title stands for: the minister the lexicon gives at the date
    where the document ties the office to him (names him, and does not date the sentence's event
    to another year than its own: "the two ministers" after "Foreign Minister Ararat Mirzoyan");
    else the state's ministry, as an office no name holds in the text gives no person
    (tests/devset/README.md, Meetings)."""
    # "the Azerbaijani and Armenian foreign ministers": a demonym before the plural title may be
    # taken up by it (consumed), so every state mention counts
    states = [m for m in s.mentions if m.type == "State" and m.kind in ("name", "demonym")]
    if len(states) < 2 or ("minister" not in s.folded and "bakanlar" not in s.folded):
        return people
    date = s.document.date or s.doc_year
    days = s.day_dates()
    if days:
        date = days[0].value
    # an event the sentence dates to another year than the report's is not the one the
    # report's named ministers are told at ("the latest meeting of the defence ministers was on
    # October 5, 2021")
    elsewhere = any(d.value[:4] != (s.document.date or s.doc_year)[:4] for d in s.dates if d.value)
    for first in states:
        group = s.coordination(first, {"State"})
        if len(group) < 2 or any(m.kind not in ("name", "demonym") for m in group):
            continue
        # "Türkiye-Azerbaycan-Kazakistan Dışişleri ve Ulaştırma Bakanları Toplantısı": the name of
        # a meeting's format; it gives the ministers the document names, no office of its own
        format_name = any(_PAIRED.search(s.folded[a.end - 1 : b.start + 1]) for a, b in pairwise(group))
        last = group[-1]
        stem = len(s.folded[last.start : last.end].split("'")[0]) if s.lang == "tr" else last.end - last.start
        titled = _MINISTERS_AFTER[s.lang].match(s.folded, last.start + stem) or (
            s.lang == "en" and _MINISTERS_BEFORE_EN.search(s.folded, 0, first.start)
        )
        if not titled:
            continue
        if _MEETING_OF_TITLE[s.lang].match(s.folded, titled.end()):
            # "Türkiye, Azerbaycan, Özbekistan dışişleri, ticaret ve ulaştırma bakanları
            # toplantısı", "the A, B and C foreign ministers' meeting": a meeting format's name, as
            # with hyphens: the ministers the document names, no office of its own
            format_name = True
        words = titled.group("portfolios") or titled.group("affairs") or ""
        portfolios = _portfolios(s.lang, words) or [portfolio_of(s.lang, words)]
        keys = {m.key for m in group}
        named = {m.key for m in people}
        added: list[M] = []
        for portfolio in portfolios:
            title = _MINISTER_TITLE.get(portfolio, f"{portfolio}-minister")
            for m in group:
                holders = s.lexicon.holders(m.key, title, date)
                ministry = f"{m.key}-ministry-of-{portfolio}"
                if len(holders) == 1 and not elsewhere and _named_anywhere(s, holders[0]):
                    if holders[0] not in named:
                        named.add(holders[0])
                        added.append(M(holders[0], "Person", m.start, m.end, kind="title"))
                elif ministry not in named and not format_name:
                    named.add(ministry)
                    added.append(M(ministry, "Organization", m.start, m.end, kind="title"))
        return [m for m in people if m.key not in keys] + added
    return people


def _named_anywhere(s: Sentence, key: str) -> bool:
    """Whether the document names ``key`` anywhere (its last name)."""
    if not _FOLDED_DOCUMENT or _FOLDED_DOCUMENT[0][0] is not s.view:
        _FOLDED_DOCUMENT[:] = [(s.view, fold(s.view.text))]
    entity = s.lexicon.entities.get(key)
    if entity is None:
        return False
    text = _FOLDED_DOCUMENT[0][1]
    words = {fold(word) for names in entity.labels.values() for name in names for word in name.split()[-1:]}
    return any(len(word) >= 4 and re.search(rf"(?<!\w){re.escape(word)}", text) for word in words)


# "Bakü'ye ... ziyaret", "Erivan'a gitti", "Karabağ'a giderek", "Bakü'ye geçen": where a
# traveller went
_TRAVEL_TR = re.compile(
    r"[^.;]{0,40}?(?:ziyaret|gitti|geldi|gidecek|gelecek|giderek|gelerek|gelen|geçen|geçti|geçerek|vardi|ulaşti)"
)


_VISITED_TR = re.compile(r"\s+(?:resmi\s+|resmî\s+|çalişma\s+)?ziyaret\s+(?:et|ed)")


# "welcomed Aliyev to Moscow", "I am happy to welcome you to Moscow", "Welcome the foreign
# ministers ... here to Blair House, to Washington": the host's town the guests came to
_WELCOME_TO = re.compile(r"\bwelcom(?:e|es|ed|ing)\b(?P<who>[^.;:!?\"“”]{0,160}?)\bto\s+(?:the\s+)?$")
_WELCOME_WHO = re.compile(r"\b(?:you|them|him|her|guests?|delegations?|ministers?|leaders?|counterparts?)\b")
# "welcomed the return of Azerbaijani families to Lachin", "welcomes the decision to ...": an
# act or a step welcomed, a stance, not guests
_WELCOME_ACT = re.compile(
    r"\s+(?:the|a|an|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:return|transfer|move|relocation|resettlement|"
    r"deployment|decision|access|entry|agreement|statement|declaration|signing|opening|initiative|"
    r"proposals?|progress|release|steps?|readiness|efforts?|news|outcomes?|results?|launch|start|"
    r"resumption|restoration|commitment|intention|announcement|appointment)\b|"
    # "the member states have already welcomed it": a pronoun for a thing is no guest
    r"\s+(?:it|that)\b"
)


def _welcomed_to_state(s: Sentence) -> M | None:
    """The state a guest is welcomed to ("I cordially welcome you to Azerbaijan"): as
    :func:`_welcomed_to` for a town."""
    if s.lang != "en" or "welcom" not in s.folded:
        return None
    for m in s.of_type("State"):
        if m.kind != "name":
            continue
        welcome = _WELCOME_TO.search(s.folded, max(0, m.start - 200), m.start)
        if (
            welcome is not None
            and _WELCOME_WHO.search(welcome.group("who"))
            and not _WELCOME_ACT.match(s.folded, welcome.start("who"))
        ):
            return m
    return None


# "You are paying your first visit to Azerbaijan", "on an official visit to Georgia": the state
# of the guest's visit
_VISIT_TO_STATE_EN = re.compile(
    r"\b(?:paying|pays|paid|on|making|makes|made)\s+(?:a|an|his|her|your|their|this)\s+"
    r"(?:(?:first|official|state|working|two-day|three-day|foreign)\s+)*visit\s+to\s+(?:the\s+)?$"
)
_PLACELESS_KEY = re.compile(r"meeting/(?:\?|\d{4}(?:-\d{2}){0,2})")


def _host_state_of_told(s: Sentence, trigger: re.Match[str]) -> None:
    """The state the text tells a guest was welcomed to or is visiting, in the sentences after
    the meeting it told with no place ("Aliyev has today received Prime Minister Gakharia. ...
    'I cordially welcome you to Azerbaijan.'", "You are paying your first visit to
    Azerbaijan"): the host state the meeting was held in (tests/devset/README.md), kept under
    the undated key extract.py gives to the day's one placeless meeting."""
    if not s.recent_meeting or not _PLACELESS_KEY.fullmatch(s.recent_meeting):
        return
    if _EARLIER[s.lang].search(s.folded, max(0, trigger.start() - 40), trigger.start()):
        return
    if s.lang == "en" and _PREVIOUSLY_MET_EN.search(s.folded):
        return
    host = _welcomed_to_state(s)
    if host is None and s.lang == "en":
        for m in s.of_type("State"):
            if m.kind == "name" and _VISIT_TO_STATE_EN.search(s.folded, max(0, m.start - 80), m.start):
                host = m
                break
    if host is None and s.lang == "tr":
        host = next(
            (m for m in s.of_type("State") if m.kind == "name" and _state_visited_tr(s, m)),
            None,
        )
    if host is not None:
        span = (host.start, host.end)
        s.state(f"{UNDATED}-{host.key}", "heldIn", host.key, "entity", span, "meeting.undated.place")


# "Bakü ziyareti sırasında / öncesinde / kapsamında", "Bakü'ye yaptığı ziyaret sırasında": the
# visit to a town, named as a time of the visitor's other doings
_TOWN_VISIT_TR = re.compile(
    r"(?:['’]?(?:y?[ae])\s+(?:yaptiği|yaptiklari|gerçekleştirdiği)\s+)?\s*(?:resmi\s+|resmî\s+|çalişma\s+)?"
    r"ziyaret(?:i|leri|in|inin)?\s+(?:öncesinde|sirasinda|esnasinda|kapsaminda|sonrasinda)\b"
)
# "during his Baku visit", "ahead of their visit to Baku", "as part of his trip to Baku"
_TOWN_VISIT_BEFORE_EN = re.compile(
    r"\b(?:during|ahead of|before|after|as part of|in the course of|on)\s+(?:his|her|their|the)\s+"
    r"(?:(?:first|official|working|state|two-day|three-day|regional)\s+)*(?:(?:visit|trip)\s+to\s+)?$"
)
_TOWN_VISIT_AFTER_EN = re.compile(r"\s+(?:visit|trip)\b")


def _town_of_the_visit(s: Sentence) -> M | None:
    """The town of a visit the sentence names as the time of its subject's doings ("Eş başkanlar,
    Bakü ziyareti öncesinde Erivan'da temaslarda bulunmuştu", "during their Baku visit"): the
    visitors of the meeting told just before with no place were in that town."""
    if "ziyaret" not in s.folded and "visit" not in s.folded and "trip" not in s.folded:
        return None
    for m in s.of_type("Place"):
        if m.kind != "name" or m.key in _REGIONS or s.lexicon.located_in.get(m.key) is None:
            continue
        if s.lang == "tr" and _TOWN_VISIT_TR.match(s.folded, m.end):
            return m
        if s.lang == "en":
            before = _TOWN_VISIT_BEFORE_EN.search(s.folded, max(0, m.start - 60), m.start)
            if before is not None and (
                before.group(0).rstrip().endswith(" to") or _TOWN_VISIT_AFTER_EN.match(s.folded, m.end)
            ):
                return m
    return None


def _welcomed_to(s: Sentence) -> M | None:
    """The place a guest is welcomed to: a place right after "welcome(d) <guests> (here) to"
    (a town the lexicon knows first),
    the guests being people the sentence names or a word for them ("you", "the ministers");
    not "welcomed the return of refugees to Lachin" (an act moving to a place)."""
    if s.lang != "en" or "welcom" not in s.folded:
        return None
    found: list[M] = []
    for m in s.of_type("Place"):
        if m.kind not in ("name", "discovered") or m.key in _REGIONS:
            continue
        welcome = _WELCOME_TO.search(s.folded, max(0, m.start - 200), m.start)
        if welcome is None:
            continue
        lo, hi = welcome.span("who")
        guests = any(a.type in AGENT_TYPES and lo <= a.start < hi for a in s.mentions)
        if (guests or _WELCOME_WHO.search(welcome.group("who"))) and not _WELCOME_ACT.match(
            s.folded, welcome.start("who")
        ):
            found.append(m)
    # "here to Blair House, to Washington": the town the lexicon knows before a building named
    return min(found, key=lambda m: (m.kind != "name", m.start)) if found else None


_STATE_VISITED_EN = re.compile(
    r"\b(?:(?:visit|visits|trip)\s+to|visited|(?:travell?ed|went|came|flew|headed|arrived)\s+to)\s+(?:the\s+)?$"
)
_STATE_HELD_TR = re.compile(
    # (or begun, ended, going on there: "ABD'de başlayan görüşmeler sona erdi")
    r"[^\s,.;]*?['’]?[dt][ae]\s+(?:düzenlenen|yapilan|gerçekleştirilen|gerçekleşen|başlayan|sona eren|"
    r"tamamlanan|süren|devam eden|sürdürülen)\s+(?:[^\s,.;]+\s+){0,4}"
)


# "10 Temmuz'da Birleşik Arap Emirlikleri'nde aracı olmadan doğrudan görüşmüşlerdi", "Çin'de bir
# araya geldi": a state in the locative in the clause whose verb the meeting word is, with no
# participle between ("Türkiye'de yaşayan Ermenilerle görüştü": the participle's place)
_STATE_AT_TR = re.compile(r"\s+(?:(?![^\s,.;]*(?<![dt])[ae]n\s)(?![^\s,.;]*[dt][ıiuü]ğ)[^\s,.;]+\s+){0,4}")


_MET_WITH_IN_STATE_EN = re.compile(
    r"\s+with\s+(?:(?!\b(?:that|which|who|whose|where|from|of)\b)[^,;:.()\"“”]){0,70}?\s+in\s+(?:the\s+)?"
)


# "Macron ve Merkel ile görüşen Erdoğan, dün gece Azerbaycan'a gitti", "Erdogan, who met Macron
# on Monday, flew to Azerbaijan": the next stop of one who met someone before he travelled there
# is not where they met (not "Bakü'ye gelen Erdoğan, Aliyev ile görüştü", the journey told first,
# nor "görüşmek üzere Bakü'ye gitti", a purpose)
_DONE_BEFORE = {
    "en": re.compile(r"\b(?:met|held talks|talks|meeting|summit|received|hosted)\b"),
    "tr": re.compile(
        r"(?:görüş(?:en|tü|müş|tükten)|bir ?araya gel(?:en|di|miş|dikten)|kabul (?:eden|etti)|"
        r"(?:görüşme|toplanti|zirve|buluşma)\w*\s+(?:ardindan|sonrasinda|sonra))"
    ),
}
_DEPARTED_TO_EN = re.compile(
    r"\b(?:flew|travell?ed|left|headed|went|departed|returned|proceeded|moved on|continued)\s+"
    r"(?:on\s+|back\s+|later\s+)?(?:to|for)\s+(?:the\s+)?$"
)
_DEPARTED_TR = re.compile(
    r"\s+(?:[^\s,.;]+\s+){0,2}?(?:gitti|geçti|geldi|hareket etti|döndü|uçtu)(?:ler|lar)?\b"
)


def _next_stop(s: Sentence, m: M) -> bool:
    """Whether ``m`` is where one who met someone earlier in the sentence went on to (and met no
    one there that the sentence tells: "traveled to Baku for meetings with ...")."""
    if s.lang == "en":
        before = s.folded[max(0, m.start - 40) : m.start]
        depart = _DEPARTED_TO_EN.search(before)
        if depart is None or not _DONE_BEFORE["en"].search(
            s.folded, 0, m.start - len(before) + depart.start()
        ):
            return False
    else:
        if not re.search(r"['’]?y?[ae]$", s.folded[m.start : m.end]):
            return False
        if not _DEPARTED_TR.match(s.folded, m.end) or not _DONE_BEFORE["tr"].search(s.folded, 0, m.start):
            return False
    return not _TRIGGER[s.lang].search(s.folded, m.end)


def _state_venue(s: Sentence, trigger: re.Match[str], visited_only: bool = False) -> M | None:
    """A state as the venue of a meeting whose town the sentence does not name: the state a
    visit went to ("a visit to Türkiye"), or the state right after the meeting word ("a
    trilateral meeting in Georgia on 19 February"); in Turkish a state in the locative with a
    past participle of holding just before the meeting word ("Arnavutluk'ta düzenlenen ...
    zirvesinde")."""
    for m in s.of_type("State"):
        if m.kind != "name" or _next_stop(s, m):
            continue
        if s.lang == "en":
            if s.folded.startswith(("'s", "’s"), m.end):
                continue  # "in Armenia's capital": the capital's, not the state's
            before = s.folded[max(0, m.start - 30) : m.start]
            if _STATE_VISITED_EN.search(before) and abs(m.start - trigger.start()) <= (
                90 if visited_only else 60
            ):
                return m
            if _MET_WITH_IN_STATE_EN.fullmatch(s.folded, trigger.end(), m.start):
                # "a joint press conference with Armenian Prime Minister Nikol Pashinyan in
                # Armenia", "met with X in Georgia": the state they met in, dated or not (not "met
                # with the crews of planes that remained in Ukraine")
                return m
            if visited_only:
                continue
            if re.fullmatch(r"\s+in\s+(?:the\s+)?", s.folded[trigger.end() : m.start]):
                return m  # "held a trilateral meeting in Georgia"
        elif (
            (
                not visited_only
                and 0 <= trigger.start() - m.end <= 80
                and _STATE_HELD_TR.fullmatch(s.folded, m.start, trigger.start())
            )
            or (
                not visited_only
                and 0 <= trigger.start() - m.end <= 50
                and re.search(r"['’]n?[dt][ae]$", s.folded[m.start : m.end])
                and _STATE_AT_TR.fullmatch(s.folded, m.end, trigger.start())
            )
            or (
                # "12-13 Haziran 2023 tarihinde Azerbaycan'a bir ziyaret gerçekleştirdi", "Türkiye'ye
                # resmi ziyarette bulundu": the state a visit went to
                re.search(r"['’]y?[ae]$", s.folded[m.start : m.end])
                and re.match(
                    # "... için Azerbaycan'a gitti", "Bakü'ye gelen": the state a journey went to
                    r"\s+(?:(?:(?:bir|resmi|resmî|[çc]ali[şs]ma|devlet)\s+)*ziyaret|(?:gitti|geldi|giden|gelen|gidecek|"
                    r"gelecek|ulaşti|vardi)\b)",
                    s.folded[m.end :],
                )
            )
            # a day's visit keeps the state out of its people only (:func:`meetings`): a town told
            # elsewhere in the text, for the same day, is where it was held
            or (visited_only and _state_visited_tr(s, m))
        ):
            return m
    return None


# "Polonya ziyaretinde", "Macaristan ziyareti sırasında" (the compound noun), "Polonya'yı ziyaret
# eden" (the accusative), "Polonya'ya yaptığı ziyarette" (the dative before the visit's
# participle), also typed without diacritics: the state a Turkish visit went to
_STATE_VISIT_TR = re.compile(
    r"(?:['’]y?[iuü])?\s+(?:(?:resmi|resmî|[çc]ali[şs]ma|devlet)\s+)?ziyaret|"
    r"['’]y?[ae]\s+(?:yapti[ğg]i|ger[çc]ekle[şs]tirdi[ğg]i|yapaca[ğg]i|ger[çc]ekle[şs]tirece[ğg]i|"
    r"d[üu]zenledi[ğg]i)\s+(?:(?:bir|resmi|resmî|[çc]ali[şs]ma|devlet)\s+)*ziyaret"
)


def _state_visited_tr(s: Sentence, m: M) -> bool:
    """Whether the state ``m`` is the one a Turkish visit went to, told as a compound noun, an
    accusative or a dative before the visit's participle (:data:`_STATE_VISIT_TR`)."""
    if "ziyaret" not in s.folded:
        return False
    mention = s.folded[m.start : m.end]
    if "'" in mention or "’" in mention:
        # only the case suffixes the pattern writes: "Polonya'nın ziyareti" is Poland's own visit
        suffix = re.search(r"['’](?:y?[iuü]|y?[ae])$", mention)
        if suffix is None:
            return False
        return _STATE_VISIT_TR.match(s.folded, m.start + suffix.start()) is not None
    return _STATE_VISIT_TR.match(s.folded, m.end) is not None


def _place(s: Sentence, lexicon: Lexicon) -> M | None:
    marked = _places(s)
    return marked[0] if marked else _named_for(s) or _capital_of(s, lexicon)


# "in the United Arab Emirates capital on Thursday", "in the Azerbaijani capital", "Rusya'nın
# başkentinde": the state's capital, when the text does not name it
_CAPITAL = {
    "en": re.compile(r"(?:['’]s)?\s+capital\b(?!,?\s+[a-z]*[A-Z])"),
    # "Rusya'nın başkentinde", "Azerbaycan'ın başkentinde" (the genitive after a consonant)
    "tr": re.compile(r"(?:['’]?n?[ıiuü]n)?\s+başkent(?:inde|i)\b"),
}


def _capital_of(s: Sentence, lexicon: Lexicon) -> M | None:
    capital_of = lexicon.memo.get("capital-of")
    if capital_of is None:
        capital_of = lexicon.memo["capital-of"] = {
            state: [place] for place, state in lexicon.capitals().items()
        }
    for m in s.mentions:
        if m.type != "State" or m.key not in capital_of:
            continue
        if s.lang == "en":
            # "in the Azerbaijani capital", "in Germany's capital"
            found = (
                s.folded.endswith("in the ", 0, m.start)
                or (s.folded.endswith("in ", 0, m.start) and s.folded.startswith(("'s", "’s"), m.end))
            ) and bool(_CAPITAL["en"].match(s.text, m.end))
        else:
            stem = len(s.folded[m.start : m.end].split("'")[0])
            found = bool(_CAPITAL["tr"].match(s.folded, m.start + stem))
        if found:
            return M(capital_of[m.key][0], "Place", m.start, m.end, kind="coref")
    return None


def _named_for(s: Sentence) -> M | None:
    """The town a meeting's own name begins with ("on the sidelines of the Antalya Diplomacy
    Forum", "Tiflis İpekyolu Forumu kapsamında"): where it was held, when the sentence names
    no other venue."""
    bodies = [m for m in s.mentions if m.kind == "discovered" and _MEETING_NAME.search(m.key)]
    for body in bodies:
        for m in s.mentions:
            if m.type == "Place" and m.start == body.start and m.end < body.end and m.key not in _REGIONS:
                return m
    return None


_NAMED_GATHERING = {
    "en": re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:Conference|Forum|Summit|Dialogue)\b"),
    "tr": re.compile(
        r"(?:\s+[A-ZÇĞİÖŞÜ][\w-]*){0,3}\s+(?:Konferans|Forum|Zirve|Toplant)\w*"
        # in it or to it ("Konferansı'nda", "Zirvesi'ne katıldı"), not its own ("Zirvesi'nin ruhuna")
        r"(?:['’](?:n?[dt][ae]|n?[ıi]n?[dt][ae]|n?[ae]|y[ae])(?!\w)|"
        # (also capitalised in a title's case, "Forumu Marjı’nda", "Kapsamında")
        r"\s+(?i:kapsam[ıi]nda|marj[ıi]['’]?nda|s[ıi]ras[ıi]nda|çerçevesinde|yan etkinliklerinde))"
    ),
}


_BUILDING_KEY = re.compile(
    r"(?:^|-)(?:sarayi|saray|ofisi|ofis|kulliyesi|palace|office|binasi|building|hall|mansion|residence|"
    r"konutu|kosku|rezidans|villa|castle|hotel|manor|chateau|dacha|center|centre)(?:-|$)"
)


_HOSTED_BY_TOWN_TR = re.compile(r"\s+ev sahipliğinde\b")
# "Baku hosted the meeting", "Baku hosted talks between ...", "has hosted", "played host to"
_TOWN_HOSTED_EN = re.compile(
    r"\s+(?:(?:has|had|will|is|was)\s+)?(?:hosted|hosts|host|hosting|played host to|plays host to)\b"
)


_SIGNED_AT_EN = re.compile(
    r"\b(?:deal|agreement|declaration|treaty|accord|statement|document|memorandum|roadmap|text|charter)s?"
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+|(?:was|were)\s+)?(?:signed|initiall?ed|adopted|reached)"
    r"\s+(?:[\w,]+\s+){0,3}?(?:at|in)\s+(?:the\s+)?$"
)


def _places(s: Sentence) -> list[M]:
    """The places the sentence gives as venues ("in Z", "Z'de", a caption's place), the surest
    first (a place after "in" before a caption's)."""
    places = [
        m
        for m in s.of_type("Place")
        if m.kind in ("name", "discovered")
        # "NATO'nun 75. Yıl Dönümü Zirvesi'nde", "1. Karabağ Savaşı'nda": an event, no venue
        and not _MEETING_NAME.search(m.key)
        and not _EVENT_NAME.search(m.key)
        # "Akorda Cumhurbaşkanlığı Sarayı'nda", "Gençlik Sarayı'nda", "Oval Ofis'te": a building the
        # lexicon does not know is no venue key (its town or state is, told elsewhere)
        and not (m.kind == "discovered" and _BUILDING_KEY.search(m.key))
        and (
            m.key not in _REGIONS
            or _MET_IN_REGION.search(s.folded, 0, m.start)
            or (s.lang == "tr" and _MET_IN_REGION_TR.match(s.folded, m.end))
            # "Ayvazyan, dün Dağlık Karabağ'a giderek ... görüşmeler gerçekleştirmişti"
            or (
                s.lang == "tr"
                and re.search(r"'?y?[ae]$", s.folded[m.start : m.end])
                and _TRAVEL_TR.match(s.folded, m.end)
            )
        )
    ]
    places = [m for m in places if not _next_stop(s, m)]
    if s.lang == "en" and "ed " in s.folded:
        # "for talks on a corridor, part of a peace deal signed at the White House on August 8":
        # where a document the sentence names was signed, not where its meeting is held
        # (not "the statement signed in Moscow on 11 January 2021 by Putin, Aliyev and Pashinyan":
        # a signing by the people it names is their meeting)
        places = [
            m
            for m in places
            if not (
                _SIGNED_AT_EN.search(s.folded, max(0, m.start - 80), m.start)
                and not re.search(r"\bby\b", s.folded[m.end : m.end + 60])
            )
        ]
    if not places:
        return []
    if s.lang == "en":
        welcomed = _welcomed_to(s)
        marked = [welcomed] if welcomed is not None else []
        # "On October 24, Kazan hosted the plenary session of the summit", "On March 15, Baku hosted
        # the trilateral meeting": the town that hosts the gathering is where it is held (before
        # any "in ...", which may be no venue)
        marked += [m for m in places if _TOWN_HOSTED_EN.match(s.folded, m.end)]
        marked += [m for m in places if _AT_PLACE["en"].search(s.folded[max(0, m.start - 60) : m.start])]
        # "…, White House, Washington, August 8, 2025": a caption's place and date
        marked += [m for m in places if _CAPTION.match(s.folded, m.end)]
        # "at the Munich Security Conference", "during the Antalya Diplomacy Forum": the town a
        # gathering is named for, where it is held
        marked += [
            m
            for m in places
            if _NAMED_GATHERING["en"].match(s.text, m.end)
            and re.search(r"\b(?:at|during|of|on)\s+the\s+$", s.folded[max(0, m.start - 20) : m.start])
        ]
    else:
        marked = [m for m in places if re.search(r"'?[dt][ae](?:ki)?$", s.folded[m.start : m.end])]
        # "Münih Güvenlik Konferansı kapsamında", "Antalya Diplomasi Forumu'nda / marjında"
        marked += [m for m in places if _NAMED_GATHERING["tr"].match(s.text, m.end)]
        marked += [
            m
            for m in places
            if re.match(
                # "Almatı kentinde", '"Avaza" Ulusal Turistik Bölgesi'nde'
                # (the locative: "Kremlin Sarayından yapılan açıklamaya göre" is where words came from)
                r"[\"”’']?\s+(?:(?:\w+\s+){0,2}(?:şehri|kenti|başkenti)'?nde|(?:sinir\s+)?kapisi'?nda|"
                r"(?:\w+\s+){0,2}(?:limani|havalimani|köyü|ilçesi|ili|bölgesi|sarayi|binasi)'?n[dt][ae])(?!n)",
                s.folded[m.end :],
            )
        ]
        # "Bakü'nün ev sahipliğinde ... toplantısı yapıldı": the town that hosts a gathering
        marked += [
            m
            for m in places
            if re.search(r"['’]?n[ıiuü]n$", s.folded[m.start : m.end])
            and _HOSTED_BY_TOWN_TR.match(s.folded, m.end)
        ]
        # "Bakü'ye ... ziyaret", "Erivan'a gitti": the place a visit went to
        marked += [
            m
            for m in places
            if re.search(r"'?y?[ae]$", s.folded[m.start : m.end]) and _TRAVEL_TR.match(s.folded, m.end)
        ]
        # "İstanbul'u ziyaret etti", "Bakü'yü ziyaret eden": the place visited
        marked += [
            m
            for m in places
            if re.search(r"['’]y?[ıiuü]$", s.folded[m.start : m.end]) and _VISITED_TR.match(s.folded, m.end)
        ]
    # "the Washington summit of August 8", "the October 6 Prague meeting", "8 Ağustos Washington
    # zirvesinde", "6 Ekim'deki Prag toplantısında": a town named before a meeting word is where
    # the meeting was held, when the sentence dates it or tells it anew ("hosted a White House
    # summit"; "The Washington summit also disclosed ..." names one told before); not one of a
    # pair ("Yerevan-Washington talks"), nor a summit's proper name ("Semerkant Zirvesi":
    # _NAMED_GATHERING)
    marked += [
        m
        for m in places
        if (s.dates or s.folded.endswith((" a ", " an "), 0, m.start))
        and _TOWN_MEETING[s.lang].match(s.folded, m.end)
        and s.text[m.end + 1 : m.end + 2].islower()
        and "'" not in s.folded[m.start : m.end]
        and s.folded[max(0, m.start - 1) : m.start] not in ("-", "–", "/")
    ]
    unique: dict[int, M] = {}
    for m in marked:
        unique.setdefault(m.start, m)
    if s.lang == "en" and len(unique) > 1:
        # "held at Mimi Castle, in Bulboaca", "at the Kremlin in Moscow": the town the text gives
        # for a venue is the place, not the venue
        inner = {
            m.start
            for m in unique.values()
            for town in unique.values()
            if town.start > m.end and _VENUE_IN_TOWN_EN.fullmatch(s.folded, m.end, town.start)
        }
        unique = {k: m for k, m in unique.items() if k not in inner}
    if s.lang == "tr" and len(unique) > 1:
        # "Telavi kentindeki Tsinandali bölgesinde", "Bakü'deki Gülüstan Sarayı'nda": the place
        # within the one a "-deki" puts it in is the venue, not its town
        outer = {
            m.start
            for m in unique.values()
            for inner in unique.values()
            if inner.start > m.end
            and _WITHIN_TR.fullmatch(
                s.folded, m.start + len(s.folded[m.start : m.end].split("'")[0]), inner.start
            )
        }
        unique = {k: m for k, m in unique.items() if k not in outer}
    return list(unique.values())


_TOWN_MEETING = {
    "en": re.compile(
        r"\s+(?:summit|summits|meeting|meetings|talks|negotiations|round of talks|consultations)\b"
    ),
    "tr": re.compile(r"\s+(?:zirve|toplanti|g[öo]r[üu][şs]me|m[üu]zakere|bulu[şs]ma)\w*"),
}
_VENUE_IN_TOWN_EN = re.compile(r",?\s+in\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?")
_WITHIN_TR = re.compile(
    r"(?:'?[dt][ae]ki|\s+(?:kenti|şehri|ili|ilçesi|bölgesi|köyü)nde?ki)\s+(?:[^\s.,;]+\s+){0,1}?"
)


# "... in Uzbekistan", "held in Armenia": a state after "in" is where, not who
_IN_STATE_EN = re.compile(r"\b(?:in|inside|within)\s+(?:the\s+)?$")


def meetings(s: Sentence, recent_states: list[str]) -> list[M] | None:
    """State the meeting the sentence tells; return the people of a call or video conference
    it tells instead (who may have signed something at it), else ``None``."""
    if s.index <= 5 and not s.found.dateline and ("(" in s.text or "/" in s.text):
        _agency_dateline(s)
    if s.index <= 3 and not s.found.dateline and "." in s.text and _ABBREVIATED_DATELINE.match(s.text):
        # "BAKU, Azerbaijan, Dec. 31": a dateline with an abbreviated month (discovery reads the
        # ones with the month in full, where its town opens the line)
        first = min(s.of_type("Place"), key=lambda m: m.start, default=None)
        if first is not None and first.start <= 2 and s.text[first.start : first.end].isupper():
            s.found.dateline = first.key
    if s.recent_meeting and has_any(s.folded, _REPRESENTED_WORDS[s.lang]):
        _representatives(s)
    if s.recent_meeting and _PLACELESS_KEY.fullmatch(s.recent_meeting):
        town = _town_of_the_visit(s)
        if town is not None:
            # "Eş başkanlar, Bakü ziyareti öncesinde ...": the visitors of the meeting just told
            # with no place were in that town (extract.py joins it to that meeting)
            span = (town.start, town.end)
            s.state(f"{UNDATED}-{town.key}", "heldIn", town.key, "entity", span, "meeting.undated.place")
    if not has_any(s.folded, MEETING_WORDS[s.lang]) and not has_any(s.folded, _MEDIATION_WORDS[s.lang]):
        # "X stated that the ambassadors discussed ...": what a speaker reports is not his meeting
        if not has_any(s.folded, _DISCUSSION_WORDS[s.lang]) or _REPORTED_THAT[s.lang].search(s.folded):
            return None
        # talks need two sides before the verb: "Aliyev discussed the corridor in a speech" is none
        said = _DISCUSSED[s.lang].search(s.folded)
        if said is None or not _TWO_SIDES[s.lang].search(s.folded, 0, said.start()):
            return None
    trigger = _main_trigger(s)
    mediator_mentions, participating = mediators(s)
    if trigger is None:
        if mediator_mentions:
            _process(s, mediator_mentions, recent_states)
        return None
    if s.lang == "en" and _TOLD_OF_EN.search(s.folded, max(0, trigger.start() - 40), trigger.start()):
        return None  # "Ushakov announced the meeting on Monday": the announcing, not the meeting
    if s.lang == "tr" and _ACCUSATIVE_TR.fullmatch(trigger.group(0)) and _TOLD_OF_TR.search(s.folded):
        return None  # "Ziyareti İletişim Başkanı Fahrettin Altun duyurdu": the announcing
    briefed = _briefed_on(s)
    if briefed is not None:
        # "Mirzoyan, Paşinyan'ın Trump ve Aliyev ile Washington'da yaptığı görüşme hakkında
        # Lavrov'a bilgi verdi": the meeting one is briefed on is its owner's
        trigger = briefed[0]
    elif (
        _topic(s, trigger)
        and not (
            # "Aliyev, Trump'ın ev sahipliğinde Beyaz Saray'da Paşinyan ile gerçekleşen 3'lü zirveye
            # ilişkin açıklamalarda bulundu": the meeting the subject held "ile" someone, told in its
            # relative clause, is held; the words are about it
            s.lang == "tr"
            and _HELD_WITH_TR.search(s.folded, max(0, trigger.start() - 90), trigger.start())
            # one meeting, placed or hosted ("Ermenistan ile yapılan görüşmelerle ilgili bir soru":
            # talks in general)
            and re.search(
                r"ev sahipliğinde|['’][dt][ae]\s", s.folded[max(0, trigger.start() - 140) : trigger.start()]
            )
        )
    ):
        # "görüşmelerle ilgili bir soru üzerine": what is asked about
        if (
            s.lang == "tr"
            and s.recent_meeting
            and _HOST_OF_TOLD_TR.search(s.folded, max(0, trigger.start() - 60), trigger.start())
        ):
            # "Lavrov'un ev sahipliğinde gerçekleşen görüşmeye dair ayrıntı verilmedi": the meeting
            # just told, named again with its host
            for m in _unique(mediator_mentions):
                span = s.cover(trigger.span(), m)
                s.state(s.recent_meeting, "mediatedBy", m.key, "entity", span, "meeting.attended.host")
        return None
    own = [
        d
        for d in s.dates
        if not _reference_point(s, d, trigger)
        and not _another_acts_date(s, d, trigger)
        # "Monday, 23 May, 2022, 09:24 European Council President Charles Michel released ...",
        # "18 Ekim 2024 16:10": a time stamp dates the report, not what it tells
        and not _CLOCK.match(s.text, d.end)
        # "ANKARA, February 28 (Trend) - ... met ...": the dateline dates the report
        and not _wire_dateline(s, d)
        # "20 September, 2022On September 19, ... a meeting was held": a page's date line run
        # into its first sentence dates the page
        and not (d.start == 0 and _GLUED_STAMP.match(s.text, d.end))
        # "The October 4 phone call was a follow-up to the meeting ...": the call's day
        and not _CALL_AFTER_DAY[s.lang].match(s.folded, d.end)
        # "Pashinyan telephoned Putin on Monday and briefed him on his meeting with Aliyev"
        and not (s.lang == "en" and _CALL_BEFORE_DAY_EN.search(s.folded, max(0, d.start - 60), d.start))
    ]
    if briefed is not None:
        # the day of the briefing is not the meeting's: only a day written inside its phrase
        own = [d for d in own if briefed[1] <= d.start < trigger.end()]
    own = [_most_recent(s, d) for d in own]
    if len(own) > 1:
        # "MOSCOW, September 20. /TASS/. ... will hold a meeting in Yevlakh on September 21": the
        # dateline's day is the report's, beside the meeting's own
        own = [d for d in own if not _DATELINE_DAY.search(s.text, 0, d.start)] or own
    dates = (
        [d for d in own if d.precision == "date" and d.start not in s.claimed_dates]
        or [d for d in own if d.precision == "gYearMonth" and d.start not in s.claimed_dates]
        or [d for d in own if d.precision == "gYear" and d.start not in s.claimed_dates][:1]
    )
    place = _place(s, s.lexicon)
    measured_from = _reference_frame(s, trigger) if briefed is None else None
    if measured_from is not None and sum(measured_from[0] <= d.start < measured_from[1] for d in s.dates) > 1:
        measured_from = None  # "14 Mayıs ve 15 Temmuz'da yapılan görüşmelerden sonra": each day its own
    if measured_from is not None:
        # "the first meeting since the summit in Washington on 8 August": the earlier meeting's
        # day and place are its own, not the told one's
        lo, hi = measured_from
        dates = [d for d in dates if not lo <= d.start < hi]
        if place is not None and lo <= place.start < hi:
            place = next((m for m in _places(s) if not lo <= m.start < hi), None)
        _earlier_meeting(s, lo, hi)
    mediator_keys = {m.key for m in mediator_mentions}
    people = [
        m
        for m in s.agents()
        if (m.key not in mediator_keys or m.key in participating) and not _MEETING_NAME.search(m.key)
    ]
    # "the presidents of Russia and Turkey": the states' own holders, not the leaders in view
    people = [m for m in people if not (m.kind == "coref" and _OF_STATES_EN.match(s.text, m.end))]
    sources = _sources(s, trigger, people)
    if sources:
        people = [m for m in people if m.start not in sources]
        mediator_mentions = [m for m in mediator_mentions if m.start not in sources]
    people = _other_act(s, trigger, people)
    people = _only_mentioned(s, trigger, people)
    people = _agents_of_another_act(s, people)
    people = _contrasted(s, trigger, people)
    people = _people_from_states(s, people)
    timed_by = _timed_by_another(s, trigger)
    if timed_by is not None:
        lo, hi = timed_by
        outside = {m.key for m in people if not lo <= m.start < hi}
        people = [m for m in people if not lo <= m.start < hi or m.key in outside]
        mediator_mentions = [m for m in mediator_mentions if not lo <= m.start < hi]
        if place is not None and lo <= place.start < hi and not _ARRIVED_IN.search(s.folded, lo, place.start):
            # "... met there a week after A and B had talked in Dushanbe" (not "two days after he
            # arrived in Abu Dhabi", where he still is)
            place = None
    # "Haydar Aliyev'in kabrini ziyaret ederek", "laid a wreath at the grave of X": whose grave or
    # monument it is, not who met
    people = [m for m in people if not _memorial(s, m)]
    # "Azerbaycan tarafından görüşmeye X katıldı": the side the people named came for, not one
    # more side
    away = {m.start for m in people if "taraf" in s.folded and _side_label(s, m)}
    people = _named_aside_en(s, trigger, people)
    people = _oblique_tr(s, trigger, people)
    framed = _visit_frame(s, trigger, people)
    if framed is None:
        return None
    people = framed
    people = _ministers_by_title(s, people)
    people = _unnamed_counterparts(s, people)
    people = _group_of_the_sentence_before(s, people)
    people = _unnamed_leaders(s, people)
    people = _not_between(s, people)
    people = _owners_of_the_noun(s, trigger, people)
    people = _between_sides(s, trigger, people, participating)
    told_at = _as_told_at(s, trigger)
    if told_at is not None:
        # "EPC zirvesinde belirtildiği üzere, Costa ve Von der Leyen ... destekliyor", "As stated
        # at the summit in Tirana, Costa and von der Leyen support ...": the meeting is where
        # words were said; who the clause after it names acts now, not there
        people = [m for m in people if m.start < told_at]
        mediator_mentions = [m for m in mediator_mentions if m.start < told_at]
    if briefed is not None:
        people = [m for m in people if briefed[1] <= m.start < trigger.start()]
        mediator_mentions = [m for m in mediator_mentions if briefed[1] <= m.start < trigger.start()]
    that = (
        _THAT_HOLDS.search(s.folded, max(0, trigger.start() - 40), trigger.start())
        if s.lang == "en"
        else None
    )
    if that is not None:
        # "... as follows from a statement by the Council of the European Union that holds a
        # meeting in Brussels on Monday", "Zohouri, who met Friday with ...": the relative
        # clause's meeting is its antecedent's, with whom it names after
        antecedent = [
            m for m in people if m.end <= that.start() and not s.folded[m.end : that.start()].strip(" ,")
        ]
        if antecedent:
            # "Aliyev and Pashinyan, who met ...": the whole coordination before the pronoun
            group = {m.key for m in s.coordination(antecedent[-1], set(AGENT_TYPES), forward=False)}
            group.add(antecedent[-1].key)
            people = [m for m in people if m.start > trigger.end() or m.key in group]
    relative = (
        _WHERE_HE.search(s.folded, max(0, trigger.start() - 20), trigger.start()) if s.lang == "en" else None
    )
    if relative is not None:
        # "Pashinyan and Putin discussed ..., given Putin's latest trip to Azerbaijan where he met
        # with President Aliyev": the trip's owner met, not who the main clause names
        owners = [
            m
            for m in people
            if m.type == "Person"
            and relative.start() - 60 <= m.end <= relative.start()
            and s.folded.startswith(("'s", "’s"), m.end)
        ]
        if owners:
            people = [
                m for m in people if m.type != "Person" or m.start > trigger.end() or m.key == owners[-1].key
            ]
    if s.lang == "en" and _HIS_BEFORE.search(s.folded, max(0, trigger.start() - 25), trigger.start()):
        # "Putin on Friday called Pashinyan to brief him about his meeting with Aliyev ... in
        # Baku", "informed the Prime Minister of Armenia on his impressions about his Azerbaijan
        # visit": the meeting is the subject's, with whom "with" names; who else the sentence
        # names is in another act (the call, the thanks)
        ahead = [m for m in people if m.end <= trigger.start() and m.type == "Person"]
        if len(ahead) >= 2:
            withs = s.folded.startswith(" with ", trigger.end())
            people = [
                m
                for m in people
                if m.type != "Person" or m.key == ahead[0].key or (withs and m.start > trigger.end())
            ]
    if s.lang == "tr":
        # "Azerbaycan Cumhurbaşkanı'nın Karabağ Özel Temsilci Yardımcısı Beşir Hacıyev": the
        # president's office names whose deputy came, not the president
        people = [
            m for m in people if not (m.kind == "title" and _GENITIVE_TR.search(s.folded, m.start, m.end))
        ]
    if s.lang == "tr":
        # "Bakü ziyaretinden sonra Paşinyan ile görüşmeyi planladığını ...": who a planned meeting
        # is with is not in the one held
        for word in s.scan(_TRIGGER["tr"]):
            if word.start() != trigger.start() and _planned_noun(s, word):
                people = [m for m in people if not _WITH_TR.fullmatch(s.folded, m.end, word.start())]
    # "Aliyev'in zirveye katılmama kararı", "Aliyev declined to attend the summit": who stayed away
    people = [m for m in people if not _STAYED_AWAY[s.lang].match(s.folded, m.end)]
    # "held talks with Bayramov but not Armenia's Ararat Mirzoyan", "Aliyev olmadan": left out
    people = [m for m in people if not _LEFT_OUT[s.lang].search(s.folded, max(0, m.start - 40), m.start)]
    if s.lang == "en":
        other = _ANOTHER_ACT_AFTER.search(s.folded, trigger.end())
        if other is not None:
            # "met Aliyev in Paris on 14 March, a week after he had spoken with Putin by phone"
            people = [m for m in people if m.start < other.start()]
    if s.lang == "en":
        before_this = _EARLIER_MEETING_AFTER_EN.search(s.folded, trigger.end())
        if before_this is not None:
            # "the first meeting between Pashinyan and Aliyev following the unprecedented summit
            # in Washington on 8 August, which brought together Pashinyan, Aliyev, and ... Trump":
            # who the sentence names after the earlier meeting is that one's
            people = [m for m in people if m.start < before_this.start()]
    if s.lang == "en":
        told = _HELD_CLAUSE_EN.match(s.folded, trigger.end())
        if told is not None:
            # "the ... summit, which took place on October 6, 2022 in Prague, and the changes on
            # the ground led to the end of the OSCE Minsk Group": the main clause goes on after it
            people = [m for m in people if m.start < told.end()]
    if s.lang == "en":
        before = _PREVIOUSLY_MET_EN.search(s.folded, trigger.end())
        if before is not None:
            # "The meeting was the first held by Michel bringing together the two, who previously
            # had met only by mediation of Putin": an earlier meeting's people
            people = [m for m in people if m.start < before.start()]
    if (
        s.lang == "tr"
        and not _FINITE_TRIGGER_TR.search(trigger.group(0))
        and _IN_RELATIVE_TR.match(s.folded, trigger.end())
        and not _TRIGGER["tr"].search(s.folded, trigger.end())
    ):
        # "ABD ile Ermenistan, Ağustos 2025'te Beyaz Saray'da düzenlenen zirvede mutabık kalınan
        # ... çerçevesinde anlaşmaya vardıklarını açıkladı", "iki lider, Brüksel'de gerçekleştirilen
        # toplantıda görüşülen hususları ele aldı": the meeting names what was agreed or talked
        # of there; who the main clause names acts on that, and is in the meeting only as its
        # owner in the genitive ("Aliyev ile Paşinyan'ın ... zirvede varılan")
        owners = [
            m
            for m in people
            if m.end <= trigger.start()
            and trigger.start() - m.end <= 80
            and _OWNER_TR.search(s.folded, m.start, m.end)
        ]
        keep = {m.key for o in owners for m in s.coordination(o, set(AGENT_TYPES), forward=False)}
        keep |= {o.key for o in owners}
        people = [m for m in people if m.key in keep]
    if _SIMULTANEOUS[s.lang].match(s.folded, trigger.end()) or (
        s.lang == "en"
        and _SIMULTANEOUS_BEFORE_EN.search(s.folded, max(0, trigger.start() - 50), trigger.start())
    ):
        # "Moskova'daki üçlü görüşme ile neredeyse eş zamanlı olarak Aliyev ulusa seslenişte ...
        # söyledi", "simultaneously with the talks in Moscow, Aliyev said": the meeting times
        # another act; who the sentence names after it is in that act
        people = [m for m in people if m.end <= trigger.start()]
        mediator_mentions = [m for m in mediator_mentions if m.end <= trigger.start()]
    before_it = _BEFORE_THE_MEETING[s.lang].match(s.folded)
    if before_it is not None and not _meeting_after(s, before_it.end()):
        # "Prior to the trilateral meeting Aliyev spoke in a joint press conference with
        # Stoltenberg", "Görüşme öncesinde ...": another act, before it (not "Ahead of their
        # trilateral meeting, Putin and Pashinyan held bilateral talks", a meeting of its own)
        people = []
    if s.lang == "tr":
        frame = _FRAME_TR.search(s.folded, trigger.end())
        if frame is not None and _TRIGGER["tr"].search(s.folded, frame.end()):
            # "Kılıç ve Rubinyan arasındaki toplantılarda varılan mutabakat çerçevesinde, iki
            # ülkenin temsilcileri ... bir araya geldi": the earlier meetings' people frame it
            people = [m for m in people if m.start >= frame.end()]
    quotes = _quoted(s.text)
    inside = [(a, b) for a, b in quotes if a <= trigger.start() < b]
    if inside and not _WE[s.lang].search(s.folded, inside[0][0], inside[0][1]):
        # 'MSB, "... görüşmeler tamamlanmış, mutabakat imzalanmıştır" açıklamasını yaptı': who
        # quotes a meeting took part only when the words say "we" ("toplantılarımızda", "we met")
        a, b = inside[0]
        people = [m for m in people if a <= m.start < b]
    if quotes and not inside:
        # "... ziyaretin dönüşünde gazetecilere, "Ermenistan bu işin önünü açmazsa ..."
        # açıklamasında bulunmuştu": who is named in the words quoted did not meet
        people = [m for m in people if not any(a <= m.start < b for a, b in quotes)]
        mediator_mentions = [m for m in mediator_mentions if not any(a <= m.start < b for a, b in quotes)]
    persons = {m.key for m in people if m.type == "Person"}
    speaker = _speaker(s, trigger)
    participants: list[M] = []
    for m in people:
        if speaker is not None and (
            m.key == speaker.key
            or (m.end <= speaker.start and m.type != "Person")
            or (s.lang == "tr" and m.start > trigger.end())
        ):
            # who tells of a meeting is not in it, nor the state or body of the teller's title, nor
            # who the teller's own words name after it ("Rusya'nın ... desteklediğini ifade etti")
            continue
        if (
            m.type in ("State", "Organization")
            and (len(persons) >= 2 or _represented(s, m.key, persons))
            # a ministry standing for a minister no name holds is a side beside the people named
            and not _office(m)
        ):
            continue  # the people who met, not the countries named around them
        if m.type == "State" and _CAPITAL_OWNER[s.lang].match(s.folded, m.end):
            continue  # "Ermenistan'ın başkenti Erivan'da", "in Armenia's capital Yerevan": the venue's
        if (
            m.type == "State"
            and place is not None
            and place.end <= m.start
            and re.fullmatch(r",\s*", s.folded[place.end : m.start])
        ):
            continue  # "took place in Tehran, Iran": the venue's state, after its town
        if (
            m.type == "State"
            and s.lang == "en"
            and _IN_STATE_EN.search(s.folded, max(0, m.start - 8), m.start)
        ):
            continue  # "the summit of the Organisation of Turkic States in Uzbekistan": the venue
        if (
            m.type == "State"
            and s.lang == "tr"
            and re.search(r"['’][dt][ae](?:ki)?$", s.folded[m.start : m.end])
        ):
            continue  # "Gürcistan'daki ... toplantısına katıldı", "Özbekistan'da": the venue
        if (
            m.type == "State"
            and s.lang == "en"
            and m.start > trigger.end()
            and _TOPIC_AFTER_EN.fullmatch(s.folded, trigger.end(), m.start)
        ):
            continue  # "talks on a planned corridor linking Azerbaijan with ...": the topic's
        if m.type == "State" and _COMMUNITY_OF_TR.match(s.text, m.end) and s.lang == "tr":
            continue  # "Türkiye Ermeni toplumu temsilcileriyle": the community's, not the state
        if m.type == "State" and _PAIRED.search(s.folded[max(0, m.start - 3) : m.end + 2]):
            # "the Turkey-Armenia normalization process", "Türkiye-Ermenistan sınırı",
            # "Türkiye- Azerbaycan- Türkmenistan Zirvesi": a modifier
            continue
        if m.type == "State" and _owner_of_a_title(s, m):
            continue  # "Özbekistan Ulaştırma Bakanı İlham Mahkamov": the named holder's state
        if all(m.key != p.key for p in participants) and m.start not in away:
            participants.append(m)
    if s.lang == "en" and dates:
        # "on 30 October 2017, in a ceremony in Alyat hosted by the President of Azerbaijan Ilham
        # Aliyev": a host who brings no two others together took part, and mediated nothing (the
        # host a sentence adds to the meeting just told, "The talks were hosted by X", mediates it)
        persons = {p.key for p in participants if p.type == "Person"} | {m.key for m in mediator_mentions}
        for m in list(mediator_mentions):
            # "Erdoğan hosted Armenian Prime Minister Pashinyan in Istanbul ... to Turkey": one
            # guest (his state, or the host's, is no other side)
            sides = {
                p.key
                for p in participants
                if p.key != m.key and not (p.type == "State" and _represented(s, p.key, persons))
            }
            if (
                _HOSTED_BY.search(s.folded, max(0, m.start - 80), m.start)
                or re.match(r"\s+hosted\b", s.folded[m.end :])
            ) and len(sides) < 2:
                mediator_mentions = [x for x in mediator_mentions if x.key != m.key]
                if all(p.key != m.key for p in participants):
                    participants.append(m)
    if s.lang == "tr" and not (s.recent_meeting and _ATTENDED["tr"].search(s.folded)):
        # "Gürcistan'ın ev sahipliğinde düzenlenen Tiflis İpekyolu Forumu 2025 ... başladı": a
        # host the sentence names with no two others brought no sides together (the host a
        # sentence adds to the meeting just told, "Görüşmeye X ev sahipliği yaptı", mediates it)
        for m in list(mediator_mentions):
            # the host's own state ("Erdoğan'ın daveti üzerine Türkiye'ye") is no other side
            hosts = {m.key}
            hosts |= {p.key for p in participants if p.type == "State" and _represented(s, p.key, {m.key})}
            if _HOSTING_TR.match(s.folded, m.end) and len({p.key for p in participants} - hosts) < 2:
                mediator_mentions = [x for x in mediator_mentions if x.key != m.key]
                if m.type == "Person" and all(p.key != m.key for p in participants):
                    participants.append(m)
    if s.lang == "en" and "invitation" in s.folded:
        # "Aliyev is paying a state visit to China at the invitation of Chinese President Xi": who
        # invites one guest hosts him and takes part, and brings no two sides together
        for m in list(mediator_mentions):
            if not _INVITED_BY_EN.search(s.folded, max(0, m.start - 60), m.start):
                continue
            persons = {p.key for p in participants if p.type == "Person"} | {m.key}
            sides = {
                p.key
                for p in participants
                if p.key != m.key and not (p.type == "State" and _represented(s, p.key, persons))
            }
            if len(sides) < 2:
                mediator_mentions = [x for x in mediator_mentions if x.key != m.key]
                if m.type == "Person" and all(p.key != m.key for p in participants):
                    participants.append(m)
    if briefed is None and _a_call(s, trigger):
        # "telefonla görüşmüş", "video telekonferans yöntemiyle": a call, not a meeting; its
        # people may still sign ("... arasında video telekonferans yöntemiyle mutabakat zaptı
        # imzalanmıştı")
        return participants
    if (
        dates
        and _VISIT_TRIGGER[s.lang].match(trigger.group(0))
        and not mediator_mentions
        and len({p.key for p in participants}) == 1
        and participants[0].type == "Person"
        # (a leader's visit to a capital is his meeting with its hosts: "Putin visited Baku")
        and (place is None or place.key not in s.lexicon.capitals())
        and all(_VISIT_TRIGGER[s.lang].match(t.group(0)) for t in s.scan(_TRIGGER[s.lang]))
    ):
        # "Mirzoyan visited Adiyaman on 15 February", "Aliyev also visited Aghdara": one
        # traveller, no one met the sentence names: a visit, no meeting (its town may still place
        # the meeting the report tells: travelled_to)
        return None
    if not dates:
        if (
            s.recent_meeting
            and _ATTENDED[s.lang].search(s.folded)
            and not _ANOTHER_MEETING[s.lang].search(s.folded, max(0, trigger.start() - 30), trigger.start())
        ):
            # "The talks were also attended by ...", but not "were joined by X and Y during the
            # subsequent talks in Chisinau": another meeting, with its own place
            # "Görüşmede Putin'in önerisi de ele alındı", "attended by Aliyev's adviser Hikmet
            # Hajiyev": whose proposal or adviser it is, not who attended; the subject of a
            # clause ("Görüşmede Aliyev'in yaptığı konuşma") is
            participants = [p for p in participants if not _possessor(s, p)]
            for p in participants:
                span = s.cover(trigger.span(), p)
                s.state(s.recent_meeting, "participant", p.key, "entity", span, "meeting.attended")
            for m in _unique(mediator_mentions):
                span = s.cover(trigger.span(), m)
                s.state(s.recent_meeting, "mediatedBy", m.key, "entity", span, "meeting.attended.host")
            if place is not None and _BUILDING.search(place.key) and not s.recent_meeting.endswith(place.key):
                # "Dostluk Evi'nde düzenlenen görüşmeye ... katıldı": the building of the town's
                # meeting just told is where it was held too
                span = (place.start, place.end)
                s.state(s.recent_meeting, "heldIn", place.key, "entity", span, "meeting.attended.place")
        elif (
            mediator_mentions
            and _PROCESS_WORD[s.lang].search(s.folded)
            # "A ve B'nin, C'nin arabuluculuğunda Brüksel'de yaptığı görüşmede", "A and B met in
            # Brussels under the mediation of C": two sides met at a place, a meeting
            and not (place is not None and len(participants) >= 2)
        ):
            _process(s, mediator_mentions, recent_states)
        elif (
            place is not None
            or len(participants) >= 2
            # "Ermenistan Başbakanı Nikol Paşinyan, foruma katılarak bir konuşma yaptı": one
            # person who attended the meeting told before
            or (
                len(participants) == 1
                and participants[0].type == "Person"
                and _ATTENDED_VERB[s.lang].search(s.folded)
            )
        ):
            # "Michel ... after hosting Armenian Prime Minister Nikol Pashinyan and Azerbaijani
            # President Ilham Aliyev": the host of two guests mediates, dated or not
            host = _host(s, trigger, participants)
            if host is not None and all(m.key != host.key for m in mediator_mentions):
                mediator_mentions = [*mediator_mentions, host]
            for cohost in _cohosts(s, participants):
                if all(m.key != cohost.key for m in mediator_mentions):
                    mediator_mentions = [*mediator_mentions, cohost]
            if host is not None and _BROUGHT_TOGETHER_TR.match(trigger.group(0)):
                participants = [p for p in participants if p.key != host.key]
            if place is None and len(participants) >= 2:
                # "Azerbaycan'a resmi ziyarette bulunan Cevdet Yılmaz ile yaptığı görüşmede", "who
                # is on a visit to Azerbaijan, met ...": the state visited, told with no day as
                # with one (a town told elsewhere takes over: extract.py); only a visit's, not
                # "Kazakistan'da TDT Toplantısında" (a headline's state, its town told below)
                place = _state_venue(s, trigger, visited_only=True)
                if place is not None:
                    participants = [p for p in participants if p.key != place.key]
                    if len(participants) < 2:
                        # "... için Azerbaycan'a gitti": one traveller met no one (here; the meeting
                        # told before with no place may be held in the state visited)
                        _host_state_of_told(s, trigger)
                        return None
                    if s.found.dateline and s.lexicon.located_in.get(s.found.dateline) == place.key:
                        # "BAKÜ (AA) - X, ... Azerbaycan'a gelen Y ile görüştü": the dateline's town
                        # in the state visited is where they met (extract.py reads the dateline)
                        place = None
            if not _inspection(s, trigger, place, participants, mediator_mentions):
                _undated(s, trigger, participants, mediator_mentions, place)
        elif place is None and len(participants) < 2:
            _host_state_of_told(s, trigger)
        return None
    if place is None:
        # "in a rare bilateral visit to Türkiye last month, met President Erdoğan", "held a
        # trilateral meeting in Georgia on 19 February", "Arnavutluk'ta düzenlenen zirvede": a
        # dated meeting the text places only in a state (a town told elsewhere takes over:
        # extract.py)
        place = _state_venue(s, trigger)
        if place is not None:
            participants = [p for p in participants if p.key != place.key]
    if s.lang == "tr" and "ziyaret" in s.folded:
        # "Erdoğan'ın 15 Haziran'daki Azerbaycan ziyareti", "13 Eylül'de Ermenistan'ı ziyaret
        # etmişti": the state visited is no side of the meeting (kept when it would leave one
        # side only: then it stands for the hosts the sentence does not name)
        visited_out = [p for p in participants if p.type != "State" or not _state_visited_tr(s, p)]
        participants = visited_out if len(visited_out) >= 2 else participants
    if (
        s.lang == "en"
        and trigger.start() > 0
        and s.text[trigger.start()].isupper()
        and not any(p.type == "Person" for p in participants)
        # "the 3rd trilateral Meeting between the leaders of Azerbaijan and Armenia": a common
        # noun capitalised, not a name (a name goes on "of the ...", or has capitalised words
        # before it)
        and (
            _NAME_GOES_ON_EN.match(s.text, trigger.end())
            or not _COMMON_BEFORE_EN.search(s.text, max(0, trigger.start() - 30), trigger.start())
        )
    ):
        # "on the sidelines of the 29th Conference of the Parties": a name that holds a meeting
        # word, with only countries around it, is not a meeting of those countries
        return None
    if not participants and not mediator_mentions and _ROUNDS[s.lang].search(s.folded):
        # "... special representatives Serdar Kılıç and Ruben Rubinyan will meet in Vienna on May
        # 3. The first two rounds of meetings had taken place in Moscow in January and Vienna in
        # February.": the earlier rounds of a series are the same people's
        participants = _series_people(s)
    told = trigger
    if len(dates) == 1:
        # "... plans for talks. Representatives ... will hold a meeting in Yevlakh on September 21":
        # the meeting word nearest the day tells the meeting's mood
        day = dates[0]
        words = list(s.scan(_TRIGGER[s.lang]))
        if len(words) > 1:
            # "..., who met in Almaty on Tuesday, agreed to meet again": the word in the day's own
            # clause first (no comma or semicolon between them), then the nearest
            told = min(
                words,
                key=lambda w: (
                    bool(_CLAUSE_MARK.search(s.folded, min(w.end(), day.end), max(w.start(), day.start))),
                    min(abs(w.start() - day.start), abs(w.end() - day.end)),
                ),
            )
    if _purpose(s, told):
        told = trigger  # "görüşmek üzere ... 10 Mayıs'ta bir araya geldi": the verb it is for
    if place is not None and _earlier_meetings_place(s, told, place, dates):
        # "During the trilateral meeting on October 14, Bayramov noted that the previous meeting
        # in this format was held in May in Dushanbe": the place is the earlier meeting's
        place = None
    if place is not None and len(dates) == 1:
        place = _place_beside_day(s, dates[0]) or place
    if (
        told.start() != trigger.start()
        and place is not None
        and _CLAUSE_MARK.search(s.folded, min(trigger.end(), told.end()), max(trigger.start(), told.start()))
    ):
        # "The two will meet again in Geneva next month, X said after talks with Y in Almaty on
        # Tuesday": the day's meeting word is in another clause than the first; its place is the
        # one in its own clause
        own_place = [
            m
            for m in _places(s)
            if not _CLAUSE_MARK.search(s.folded, min(m.end, told.end()), max(m.start, told.start()))
        ]
        if own_place:
            place = min(own_place, key=lambda m: abs(m.start - told.start()))
    mood = _mood(s, told.start(), told.end())
    if mood is not None and _purpose(s, told):
        mood = "intended"  # "Aliyev ve Paşinyan, Putin'le görüşmek üzere Soçi'de"
    if mood is None:
        return None
    if (
        s.lang == "en"
        and s.folded.endswith(" to ", 0, trigger.start())
        and not _GLAD_TO.search(s.folded, 0, trigger.start())
    ):
        mood = "intended"  # "will travel to Armenia ... to meet with Rubinyan", "agreed to meet"
    host = _host(s, trigger, participants)
    if host is not None and all(m.key != host.key for m in mediator_mentions):
        mediator_mentions = [*mediator_mentions, host]
    for cohost in _cohosts(s, participants):
        if all(m.key != cohost.key for m in mediator_mentions):
            mediator_mentions = [*mediator_mentions, cohost]
    if host is not None and _BROUGHT_TOGETHER_TR.match(trigger.group(0)):
        # "Trump, Beyaz Saray'da Aliyev ve Paşinyan'ı bir araya getirdi": who brought the two
        # together mediated; the two met
        participants = [p for p in participants if p.key != host.key]
    whole = mood
    # "Pashinian's previous talks with Aliyev were hosted by Michel in Brussels on August 31": a
    # meeting before the one the text tells, which the sentences around it do not go on telling
    earlier = ""
    if any(_EARLIER[s.lang].search(s.folded, max(0, w.start() - 30), w.start()) for w in (trigger, told)):
        earlier = EARLIER
    plan = _segments(s, trigger, dates, place, participants)
    last_bound = max((b[1] for _, _, _, b in plan if b is not None), default=-1)
    for date, where, who, bounds in plan:
        place, participants = where, who
        mood = whole
        if bounds is not None:
            # "... 9 Kasım 2020'de yapılan görüşmelerde ... imzalayan Putin, Aliyev ve Paşinyan'ın
            # bugünkü zirvede ... imzalaması bekleniyor": each day's stretch its own mood
            words = [
                t
                for t in _TRIGGER[s.lang].finditer(s.folded, bounds[0], min(bounds[1], len(s.folded)))
                if t.start() != trigger.start()
            ]
            if words:
                mood = modality(s, words[0].start(), words[0].end()) or whole
        elif len(dates) > 1:
            # "9 Kasım 2020, 11 Ocak 2021 ve 26 Kasım 2021 tarihlerinde yapılan görüşmelerde ...
            # imzalayan Putin, Aliyev ve Paşinyan'ın bugünkü zirvede ... imzalaması bekleniyor":
            # a day with a meeting word of its own right after it takes that word's mood
            words = [
                t
                for t in _TRIGGER[s.lang].finditer(s.folded, date.end, min(date.end + 25, len(s.folded)))
                if t.start() != trigger.start()
            ]
            if words:
                mood = modality(s, words[0].start(), words[0].end()) or whole
        if _inspection(s, trigger, place, participants, mediator_mentions):
            continue
        if (
            place is None
            and len(participants) + 2 * len(mediator_keys) < 2
            and not _told_meeting_dated(s, trigger, date)
        ):
            continue  # without its place, a meeting is known by its two sides, or by its mediator
        if date.precision != "date" and mood == "asserted" and place is None:
            continue  # a month or a year names a meeting that happened only with its place
        known = min(len(date.value), len(s.document.date))
        if mood == "asserted" and known and date.value[:known] > s.document.date[:known]:
            # "Yarın başlayacak zirve öncesi ... Aliyev ile bir araya geldi": a meeting held is
            # not dated after the report
            continue
        key = "meeting/" + date.value + (f"-{place.key}" if place else "")
        span = s.cover(trigger.span(), date)
        note = earlier or (AT_THE_BORDER if place is None and _AT_THE_BORDER[s.lang].search(s.folded) else "")
        s.state(key, "type", "Meeting", "class", span, "meeting.type", modality=mood, note=note)
        s.state(
            key,
            "label",
            _label(s, participants, place, date.value),
            "literal",
            span,
            "meeting.label",
            datatype="string",
            modality=mood,
        )
        s.state_date(key, date, "meeting.date", mood)
        if place is not None:
            s.state(
                key, "heldIn", place.key, "entity", (place.start, place.end), "meeting.place", modality=mood
            )
        for p in participants:
            s.state(
                key,
                "participant",
                p.key,
                "entity",
                s.cover(trigger.span(), p),
                "meeting.participant",
                modality=mood,
                note=OFFICE if _office(p) else "",
            )
        here = mediator_mentions
        if bounds is not None:
            # "... the meeting in Geneva on October 2 ... in Brussels on August 31 under the
            # auspices of Michel": each day's stretch its own mediator
            hi = len(s.folded) if bounds[1] == last_bound else bounds[1]
            here = [m for m in mediator_mentions if bounds[0] <= m.start < hi]
        # "organized by the US Secretary of State": the state of a mediating person is no other one
        mediating = {m.key for m in here if m.type == "Person"}
        here = [
            m
            for m in here
            if not (
                m.type == "State"
                and mediating
                and (
                    _represented(s, m.key, mediating)
                    # "mediated by Jake Sullivan, US President's National Security Adviser": the
                    # state in the person's title set off by a comma
                    or any(
                        p.type == "Person" and re.fullmatch(r",\s*(?:the\s+)?", s.folded[p.end : m.start])
                        for p in here
                    )
                )
            )
        ]
        for m in _unique(here):
            s.state(
                key,
                "mediatedBy",
                m.key,
                "entity",
                s.cover(trigger.span(), m),
                "meeting.mediation",
                modality=mood,
            )
            if _hosts_in_person(s, m):
                span = s.cover(trigger.span(), m)
                s.state(key, "participant", m.key, "entity", span, "meeting.host", modality=mood)
    return None


# "Donald Trump'ın ev sahipliğinde", "hosted by U.S. Secretary of State Antony Blinken", "Trump
# hosted ...": a person who hosts is at the meeting (not one at whose invitation or under whose
# auspices it is held)
_HOST_AFTER_TR = re.compile(r"(?:['’]?n?[ıiuü]n)?\s+ev sahipliğinde\b")
_HOSTED_BY_EN = re.compile(r"\bhosted by\s+(?:[\w.'’-]+\s+){0,6}$")
_HOSTED_AFTER_EN = re.compile(r"\s+(?:(?:on|in|at)\s+[^,;.]{1,30}?\s+)?hosts?(?:ed)?\b")


def _hosts_in_person(s: Sentence, m: M) -> bool:
    """Whether the mediator ``m`` is a person the sentence tells hosted the meeting."""
    if m.type != "Person":
        return False
    if s.lang == "tr":
        return bool(_HOST_AFTER_TR.match(s.folded, m.end))
    return bool(
        _HOSTED_BY_EN.search(s.folded, max(0, m.start - 80), m.start)
        or _HOSTED_AFTER_EN.match(s.folded, m.end)
    )


# "During the trilateral meeting on October 14", "at the October 14 talks", "14 Ekim'deki üçlü
# toplantıda": the meeting noun, made definite, with its own day
_DEFINITE_BEFORE_EN = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}$")
_DAY_BEFORE_NOUN_TR = re.compile(
    r"(?:ki|[dt][ae]ki|[dt][ae] (?:yapilan|gerçekleştirilen|düzenlenen))\s+(?:[^\s,.;]+\s+){0,1}$"
)


_ANOTHER_TOLD = re.compile(
    r"(?<!\w)(?:ilk|first|initial|earlier|previous|önceki|geçen|next|sonraki|after|since|following|before|"
    r"ardindan|sonra|öncesinde|önce)(?!\w)"
)


def _told_meeting_dated(s: Sentence, trigger: re.Match[str], date: DateMention) -> bool:
    """Whether the sentence dates the meeting the text is telling without its day, naming it
    with a definite meeting noun and a day of its own ("... met in Astana. During the trilateral
    meeting on October 14, Bayramov said ...", "... Astana'da bir araya geldi. 14 Ekim'deki üçlü
    toplantıda Bayramov ..."): known by that, as by its two sides; extract.py gives the day to
    the undated meeting told before it."""
    if not s.recent_meeting.startswith(UNDATED) or date.precision != "date":
        return False
    if not _NOUN_MEETING.fullmatch(trigger.group(0)) and trigger.group(0) not in ("talks", "negotiations"):
        return False
    lo = max(0, min(date.start, trigger.start()) - 30)
    if _EARLIER[s.lang].search(
        s.folded, max(0, trigger.start() - 40), trigger.start()
    ) or _ANOTHER_TOLD.search(s.folded, lo, max(trigger.end(), date.end) + 12):
        # "the previous meeting on May 6", "21 Eylül'deki ilk görüşmelerinin ardından", "since the
        # meeting on May 6": another one, or one the text times by
        return False
    if s.lang == "en":
        after = 0 <= date.start - trigger.end() <= 4  # "the meeting on October 14"
        before = 0 <= trigger.start() - date.end <= 20  # "the October 14 trilateral meeting"
        lead = s.folded[max(0, min(trigger.start(), date.start) - 40) : min(trigger.start(), date.start)]
        return (after or before) and bool(_DEFINITE_BEFORE_EN.search(lead))
    # "14 Ekim'deki (üçlü) toplantıda", "14 Ekim'de yapılan görüşmede"
    gap = s.folded[date.end : trigger.start()] if date.end <= trigger.start() else ""
    head = s.folded[max(0, date.end - 4) : date.end]
    return 0 <= trigger.start() - date.end <= 40 and bool(_DAY_BEFORE_NOUN_TR.search(head + gap))


def _segments(
    s: Sentence, trigger: re.Match[str], dates: list[DateMention], place: M | None, participants: list[M]
) -> list[tuple[DateMention, M | None, list[M], tuple[int, int] | None]]:
    """One sentence that tells several meetings, each with its own day ("met with Pashinyan in
    Yerevan on 27 May and with Aliyev in Baku on 30 May", "29 Mart'ta Viyana'da ..., 15 Nisan'da
    Moskova'da ..."): each day takes the people and the place written in its own stretch of the
    sentence, and the subject written before them all (who met) takes part in every one.  A
    sentence with one day, or with its days in one stretch ("on 27 and 30 May"), tells one
    meeting per day with every participant and the sentence's place, as before."""
    days = sorted(
        {d.start: d for d in dates if d.precision in ("date", "gYearMonth")}.values(), key=lambda d: d.start
    )
    if (
        len(days) < 2
        or len({d.value for d in days}) < 2
        # "on 27 and 30 May": one stretch; not "in New York in September and Paris in November",
        # whose short town between the two months opens the second one's stretch
        or (
            days[1].start - days[0].end < 12
            and not any(days[0].end <= m.start < days[1].start for m in s.of_type("Place"))
        )
    ):
        return [(d, place, participants, None) for d in dates]
    venues = _places(s)
    anchor = trigger.start() if s.lang == "en" or trigger.start() < days[0].start else days[0].start
    shared = [p for p in participants if p.end <= anchor]
    own = [p for p in participants if p.end > anchor]
    between = [m for m in own + venues if trigger.end() <= m.start < days[0].start]
    # the day closes its stretch ("with X in Y on 27 May") or opens it ("on 27 May, X in Y")
    closes = bool(between) and s.lang == "en"
    bounds: list[tuple[int, int]] = []
    for i, day in enumerate(days):
        if closes:
            bounds.append((days[i - 1].end if i else anchor, day.end))
        else:
            upto = days[i + 1].start if i + 1 < len(days) else len(s.folded)
            bounds.append((day.start if i else min(anchor, day.start), upto))
    plan: list[tuple[DateMention, M | None, list[M], tuple[int, int] | None]] = []
    # "Üçlünün Brüksel'de ilk toplantısı 14 Aralık 2021, ikinci toplantısı 7 Nisan'da ...": a
    # venue written before all the stretches is each one's that names none of its own
    before_all = [v for v in venues if v.end <= bounds[0][0]]
    for day, (lo, hi) in zip(days, bounds, strict=True):
        here = [p for p in own if lo <= p.start < hi]
        where = [v for v in venues if lo <= v.start < hi] or before_all[-1:]
        if not where and plan and plan[0][1] is not None:
            # "in Moscow in January and Vienna in February": the "in" of the first stretch
            # carries over to the places of the next ones
            where = [m for m in s.of_type("Place") if lo <= m.start < hi and m.key not in _REGIONS]
        plan.append((day, where[0] if where else None, shared + here, (lo, hi)))
    return plan


_SAYS_EN = re.compile(
    r"\s*,?\s+(?:said|says|told|stated|noted|recalled|stressed|added|announced|underlined|emphasized)\b"
)
_SAID_TR = re.compile(
    r"(?:söyledi|dedi|belirtti|ifade etti|açikladi|kaydetti|vurguladi|hatirlatti|bildirdi|değerlendirdi|"
    r"aktardi|anlatti)\w*\W*$"
)
# "Lavrov, describing the talks between ...", "... anlatan Lavrov,": a teller named by a
# participle of telling, beside the noun of a meeting he tells of
_TELLING_EN = re.compile(
    r",\s+(?:describing|recalling|recounting|commenting on|referring to|speaking (?:about|of)|"
    r"reflecting on|looking back on)\b"
)
_TELLING_TR = re.compile(
    r"(?<!\w)(?:anlatan|aktaran|hatirlatan|değerlendiren|belirten|ifade eden|açiklayan|vurgulayan|"
    r"söyleyen|kaydeden|dile getiren|atifta bulunan|yorumlayan|bilgi veren)\s+(?:[^\s,.;]+\s+){0,3}$"
)
_CLAUSE_VERB_TR = re.compile(r"\w(?:[dt][ıiuü](?:ğ|k(?:ler|lar)?)|[ae]c[ae](?:ğ|k(?:ler|lar)?))\w*n[ıiuü]\b")
_OWN_MEETING_EN = re.compile(r"\b(?:after|before|following|during|at|in)\s+(?:his|her|their|its)?\s*$")
_SAID_BY_EN = re.compile(
    r"[,\"”]\s*(?:said|says|told\s+\w+|added|noted|stressed|wrote|according to)\s+"
    r"(?:(?:the\s+)?[\w.’'-]+\s+){0,6}$"
)
# what talks are on: "talks on a planned corridor linking X", "talks about the border with X"
_TOPIC_AFTER_EN = re.compile(
    r"\s+(?:on|about|over|regarding|concerning)\s+(?!\w+day\b)(?:(?!\bwith\b)[^,;:()])*"
)
_NOMINAL_EN = re.compile(r"(?:meeting|meetings|talks|summit|negotiations|visit|visits|conference|forum)$")


# the meeting noun's own verb is the teller's attending: "... toplantıya (ve akşam yemeğine)
# katıldığını / katıldıklarını / iştirak ettiğini"
_TELLER_ATTENDED_TR = re.compile(
    r"\w*(?:\s+(?:ve|ile)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?)?\s+(?:katil|iştirak\s+et)(?:d|t)[ıi](?:ğ|kl)"
)


# Who a report is attributed to, beside a meeting word that is a verb of its own subject:
# "According to Kremlin spokesman Dmitry Peskov, Putin met ...", "..., presidential aide Hikmet
# Hajiyev said", "Peskov said Putin met ...", "Peskov'a göre", "Hacıyev'in verdiği bilgiye göre",
# "Peskov, Putin'in ... görüştüğünü açıkladı": the source tells of the meeting, not in it
_ACCORDING_EN = re.compile(r"\baccording to\s+(?:[\w'’.-]+\s+){0,6}$")
_TELLER_AFTER_EN = re.compile(r",\s+(?:[\w'’.-]+\s+){0,6}$")
_TITLED_TELLER_AFTER_EN = re.compile(r",\s+(?:(?:[A-Z][\w'’.-]*|of|the|for|on|to)\s+){1,24}$")
_TOLD_AFTER_EN = re.compile(
    r"\s*,?\s+(?:said|says|told|stated|reported|reports|announced|confirmed|wrote|tweeted|posted|"
    r"noted|added)\b"
)
_SUBJECT_PRONOUN_EN = re.compile(r"\b(?:he|she|i|we)\b")
# what may follow the teller's verb to the sentence's end: "told reporters on Tuesday.", "said
# in a statement.", "wrote on X." (not a clause: "said Armenia and Georgia are partners")
_ATTRIBUTION_END_EN = re.compile(
    r"(?:\s+(?:reporters|journalists|the media|the press|[\w-]+ news agency))?"
    r"(?:\s+(?:on|in|at|during|after|via|through|to|late|earlier|later)\b[^,;:]{0,40})?"
    # "..., Hajiyev said, adding that ...": the teller's further words
    r"(?:,\s+(?:adding|noting|stressing|explaining|saying)\b.*)?[\s.!?\"”’]*"
)
_SAID_THAT_EN = re.compile(
    r"\s+(?:said|says|told reporters|stated|announced|confirmed|reported)(?:\s+(?:on|in)\s+[\w-]+)?"
    r"(?:\s+that)?\s+(?!(?:he|she|they|we|i|both|the two|that)\b)"
)
_ACCORDING_TR = re.compile(
    r"[^\s,.;]+?(?:['’]?n?[ıiuü]n\s+(?:[^\s,.;]+\s+){0,2}?(?:açiklamasina|açiklamalarina|bildirdiğine|"
    r"aktardiğina|ifadesine|ifadelerine|sözlerine|bilgiye|bilgilere|açiklamaya|paylaşimina|haberine)|"
    r"['’]?y?[ae]),?\s+göre\b"
)
# "Peskov, Putin'in dün Moskova'da Paşinyan ile görüştüğünü açıkladı": the told meeting's own
# subject is in the genitive; the one before the comma tells it
_TOLD_VERB_TR = re.compile(r"\w*(?:[dt][iuü]ğ[iuü]n[iuü]|[dt][iuü]kl[ae]r[iı]n[iı])$")
_GENITIVE_NAME_TR = re.compile(r"['’]n?[ıiuü]n$")
_CLAUSE_SUBJECT_TR = re.compile(r"(?:\s+[^\s,.;]+){0,3}?\s+[^\s,.;]*(?:[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[iı])")


_REPORTING_TO_EN = re.compile(
    r"\b(?:reporting to|reported to|briefing|informing|in a report to)\s+(?:(?:the|president|prime minister|"
    r"[A-Za-z]+ian|[A-Za-z]+i)\s+){0,3}$"
)
_RELEASE_EN = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:news release|press release|statement|website|press service|report)\s+"
    r"(?:reads|says|said|states|stated|notes|noted|reported|reports)\b"
)


def _source_en(s: Sentence, trigger: re.Match[str], m: M, people: list[M]) -> bool:
    if _REPORTING_TO_EN.search(s.folded, max(0, m.start - 30), m.start):
        return True  # "Reporting to Aliyev on the talks, Bayramov said ...": whom one reports to
    if _ACCORDING_EN.search(s.folded, max(0, m.start - 80), m.start):
        return not _TRIGGER["en"].search(s.folded, max(0, m.start - 80), m.start)
    if m.start > trigger.end():
        told = _TOLD_AFTER_EN.match(s.folded, m.end)
        # the attribution closes the sentence: "..., Peskov told reporters on Tuesday."
        if told is None or not _ATTRIBUTION_END_EN.fullmatch(s.folded, told.end()):
            return False
        teller = _TELLER_AFTER_EN.search(s.folded, max(trigger.end(), m.start - 80), m.start) or (
            # "..., Deputy Head of the Foreign Policy Affairs Department of the Presidential
            # Administration Hikmet Hajiyev said in an interview": a long title, capitalised
            _TITLED_TELLER_AFTER_EN.search(s.text, max(trigger.end(), m.start - 200), m.start)
        )
        return teller is not None and not re.search(
            r"\b(?:and|with|between)\b", s.folded[teller.start() : m.start]
        )
    said = _SAID_THAT_EN.match(s.folded, m.end) if m.end <= trigger.start() else None
    if said is None or _SUBJECT_PRONOUN_EN.search(s.folded, said.end(), trigger.start()):
        return False
    return any(
        n.start >= said.end() and n.end <= trigger.start() and n.key != m.key
        for n in people
        if n.type in AGENT_TYPES
    )


def _sources(s: Sentence, trigger: re.Match[str], people: list[M]) -> set[int]:
    """The starts of the people the sentence attributes a meeting it tells to (see above),
    when its meeting word is a verb with its own subject; one named in the meeting too (again,
    outside the attribution) is no mere source."""
    found: set[int] = set()
    persons = [m for m in people if m.type == "Person"]
    if s.lang == "en":
        found = {m.start for m in persons if _source_en(s, trigger, m, people)}
        # "Georgia's Foreign Ministry's news release reads that at the meeting ...": the body whose
        # statement tells the meeting
        found |= {
            m.start
            for m in people
            if m.type in ("Organization", "State")
            and m.end <= trigger.start()
            and _RELEASE_EN.match(s.folded, m.end)
        }
    else:
        for m in persons:
            last = s.folded.rfind(" ", m.start, m.end) + 1 or m.start
            if _ACCORDING_TR.match(s.folded, max(last, m.start)):
                found.add(m.start)
        if _TOLD_VERB_TR.search(trigger.group(0)) and _SAID_TR.search(s.folded):
            first = min(persons, key=lambda m: m.start, default=None)
            if (
                first is not None
                and s.folded.startswith(",", first.end)
                and any(
                    first.end < n.start
                    and n.end <= trigger.start()
                    and _GENITIVE_NAME_TR.search(s.folded, n.start, n.end)
                    for n in persons
                )
            ):
                found.add(first.start)
    kept = {m.key for m in people if m.start not in found}
    return {m.start for m in people if m.start in found and m.key not in kept}


# Another act the sentence goes on to tell, with its own object: "Pashinyan met Pezeshkian in
# Tehran and thanked Aliyev for ...", "After meeting Erdogan in Ankara, Aliyev called Putin",
# "... görüştü ve Aliyev'e ... teşekkür etti": who that act is aimed at did not meet
_OTHER_ACT_VERB_EN = re.compile(
    r"\b(?:thanked|thanking|congratulated|congratulating|(?<!-)called|phoned|telephoned|invited|inviting|"
    r"urged|urging|briefed|informed|praised|praising|critici[sz]ed|accused|accusing|blamed|condemned|"
    r"warned|sent|wrote to|handed|presented|awarded|conveyed|conveying|"
    # "..., Bayramov said that Pashinyan must ...": what is said names no one who met
    r"(?:said|says|stressed|noted|stated|added|emphasi[sz]ed|underlined|told reporters) that)\b"
)
_OTHER_ACT_VERB_EN = by_first_letter(_OTHER_ACT_VERB_EN)  # the same matches, 4x faster
_NEW_CLAUSE_TR = re.compile(r"\s*(?:,|\s+ve\b|;)")


# "... visited Yerevan three weeks after an aide to Khamenei warned ...", "met in Milan the day
# before Pashinyan and Aliyev spoke at a summit", "Hamaney'in danışmanının projeyi eleştirmesinden
# üç hafta sonra ... görüştü": another act the meeting is timed by; who is in it is not in the meeting
_TIMED_BY_EN = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|hours?)|"
    r"(?:the|a)\s+(?:day|week|month)|days|weeks|months|hours|shortly|soon|just|only|right)\s+"
    r"(?:after|before)\s+"
)
_ARRIVED_IN = re.compile(r"\b(?:arriv\w*|landed|came to)\b|[ae] (?:gel|var|ulaş)\w*")
_TIMED_BY_TR = re.compile(r"\w+m[ae]s[ıi]n[dt][ae]n\s+(?:(?:\w+\s+){0,2}?)(?:sonra|önce)\b")


def _timed_by_another(s: Sentence, trigger: re.Match[str]) -> tuple[int, int] | None:
    """The stretch of another act the meeting is timed by: who and where it names are not the
    meeting's."""
    if s.lang == "en":
        if "after" not in s.folded and "before" not in s.folded:
            return None
        frame = _TIMED_BY_EN.search(s.folded, trigger.end())
        return (frame.start(), len(s.folded)) if frame is not None else None
    if "sonra" not in s.folded and "önce" not in s.folded:
        return None
    frame = _TIMED_BY_TR.search(s.folded, 0, trigger.start())
    if frame is None or _TRIGGER["tr"].match(s.folded, frame.start()):
        return None
    return max(s.folded.rfind(",", 0, frame.start()) + 1, 0), frame.end()


def _other_act(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M]:
    """``people`` without those who are only the object of another act told after the meeting
    (see above), when two people or more are named before that act."""
    persons = [m for m in people if m.type == "Person"]
    if s.lang == "en":
        for verb in _OTHER_ACT_VERB_EN.finditer(s.folded, trigger.end()):
            if not s.text[verb.start()].islower():
                continue
            before = {m.key for m in persons if m.end <= verb.start()}
            if len(before) < 2:
                return people
            later = _TRIGGER["en"].search(s.folded, verb.end())
            cut = later.start() if later is not None else len(s.folded)
            return [m for m in people if not (verb.end() <= m.start < cut and m.key not in before)]
        return people
    if not _FINITE_TRIGGER_TR.search(trigger.group(0)) or not _NEW_CLAUSE_TR.match(s.folded, trigger.end()):
        return people
    before = {m.key for m in persons if m.end <= trigger.start()}
    if len(before) < 2 or _TRIGGER["tr"].search(s.folded, trigger.end()):
        return people
    if _ATTENDED_VERB["tr"].search(s.folded, trigger.end()):
        return people
    return [m for m in people if m.start < trigger.end() or m.key in before]


# "on behalf of Prime Minister Pashinyan", "Cumhurbaşkanı Erdoğan adına": whom one acts for is
# not there
_ON_BEHALF_EN = re.compile(r"\bon behalf of\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?$")
_ON_BEHALF_TR = re.compile(r"(?:['’]?n[ıiuü]n)?\s+(?:adina|namina)(?!\w)")
# "Jake Sullivan, national security adviser to the U.S. president", "Iran's Ambassador to
# Armenia", "Khalafov, special representative of Azerbaijan's president": whom an office serves
# or is sent to is not there
_OFFICE_TO_EN = re.compile(
    r"\b(?:advis[eo]r|aide|assistant|envoy|ambassador|representative|spokes(?:man|woman|person)|"
    r"press secretary|chief of staff|counsell?or)\s+(?:on\s+[\w\s-]{0,30}?\s+)?(?P<to>to|of)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?$"
)
# "Michel later briefed Putin and Erdogan on the talks", "Putin had not been informed about the
# meeting": who is told of a meeting is not in it
_BRIEFED_WHO_EN = re.compile(
    r"\b(?:briefed|briefing|informed|informing|notified|updated|updating)\s+(?P<who>.{1,120}?)\s+"
    r"(?:about|on|of)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){0,3}?$"
)
_BEEN_BRIEFED_EN = re.compile(
    r"\s+(?:had|has|have|was|were|is|are)\s+(?:not\s+|also\s+|already\s+)?(?:been\s+)?"
    r"(?:briefed|informed|notified|updated)\b"
)
_BRIEFED_WHO_TR = re.compile(r"['’]?(?:y?[ae])\s+(?:[^\s,.;]+\s+){0,6}?(?:bilgi ver|bilgilendir|bilgi aktar)")
# "Erdogan welcomed the meeting", "X, görüşmeyi memnuniyetle karşıladı": a stance on a meeting
_STANCE_ON_EN = re.compile(
    r"(?:\s+(?:had|has|have|also))?\s+(?:welcomed|welcomes|hailed|hails|praised|praises|commended|"
    r"applauded|criticized|criticised|criticizes|criticises|condemned|condemns|denounced)\s+"
    r"(?:the\s+|this\s+|that\s+|these\s+)?(?:[\w-]+\s+){0,3}?$"
)
_STANCE_ON_TR = re.compile(
    r"\s+(?:[^\s,.;]+\s+){0,2}?(?:memnuniyetle|olumlu|sevindirici|önemli|tarihi|yapici)\s+"
    r"(?:karşila|değerlendir|bul|olarak nitelendir|nitelendir)\w*"
)
_ADDING_EN = re.compile(r",\s+(?:adding|noting|stressing|explaining|saying)\s+(?:that\s+)?")


def _only_mentioned(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M]:
    """``people`` without who the sentence names beside a meeting but not in it: whom someone
    acts for ("on behalf of X", "X adına"), whom an office serves ("adviser to the president"),
    who is told of it ("briefed X on the talks", "X'e görüşme hakkında bilgi verdi"), who takes a
    stance on it ("X welcomed the meeting", "X, görüşmeyi memnuniyetle karşıladı"), and who a
    teller's further words name (", adding that X ...")."""
    out: set[int] = set()
    folded = s.folded
    for m in people:
        if s.lang == "en":
            if "behalf" in folded and _ON_BEHALF_EN.search(folded, max(0, m.start - 60), m.start):
                out.update(g.start for g in s.coordination(m, set(AGENT_TYPES)))
            elif (
                (" to " in folded or " of " in folded)
                # a name after the office is its holder ("Ambassador to Armenia Abbas Zohouri")
                and (m.type != "Person" or m.kind not in ("name", "discovered"))
                and (office := _OFFICE_TO_EN.search(folded, max(0, m.start - 80), m.start)) is not None
                # "of" only before a title ("representative of Azerbaijan's president"): "the
                # ambassador of Armenia" names the state that sent him
                and (office.group("to") == "to" or m.kind in ("title", "coref"))
            ):
                out.add(m.start)
            elif m.end <= trigger.start() and _BEEN_BRIEFED_EN.match(folded, m.end):
                if _BRIEFED_WHO_EN.search(
                    folded, max(0, trigger.start() - 160), trigger.start()
                ) or re.search(
                    r"\b(?:about|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", folded[: trigger.start()]
                ):
                    out.add(m.start)
            elif (
                m.end <= trigger.start()
                and _STANCE_ON_EN.fullmatch(folded, m.end, trigger.start())
                # "Pashinyan hailed the talks with Aliyev": his own
                and not re.match(r"\s+(?:with|between)\b", folded[trigger.end() :])
            ):
                out.add(m.start)
        else:
            if ("adina" in folded or "namina" in folded) and _ON_BEHALF_TR.match(folded, m.end):
                out.add(m.start)
                # "Aliyev ve Paşinyan adına": the pair joined by "ve" / "ile", not the subject
                # before a comma
                first = m
                for n in sorted((n for n in people if n.end <= m.start), key=lambda n: -n.end):
                    if not re.fullmatch(r"\s+(?:ve|ile)\s+", folded[n.end : first.start]):
                        break
                    out.add(n.start)
                    first = n
            elif "bilgi" in folded and trigger.start() < m.start and _BRIEFED_WHO_TR.match(folded, m.end):
                out.add(m.start)
    if s.lang == "en":
        brief = _BRIEFED_WHO_EN.search(folded, max(0, trigger.start() - 160), trigger.start())
        if brief is not None:
            out.update(m.start for m in people if brief.start("who") <= m.start < brief.end("who"))
        adding = _ADDING_EN.search(folded, trigger.end())
        if adding is not None:
            out.update(m.start for m in people if m.start >= adding.end())
    elif _STANCE_ON_TR.match(folded, trigger.end()):
        # the subject before the comma ("Erdoğan, ... görüşmeyi memnuniyetle karşıladı")
        out.update(m.start for m in people if m.end <= trigger.start() and folded.startswith(",", m.end))
    return [m for m in people if m.start not in out]


# "Türkiye, Azerbaycan, Kazakistan ve Kırgızistan tarafından 2009'da imzalanan Nahçıvan Anlaşması
# ile kurulan Türk Konseyi", "the council founded by Turkey, Azerbaijan and Kazakhstan in 2009":
# who founded or signed what the meeting belongs to acted then, not at the meeting
_AGENT_OF_ACT_TR = re.compile(
    r"\s+tarafindan\s+(?:[^\s,.;]+\s+){0,4}?(?:imzalan|kurul|onaylan|kabul edil|başlatil|hazirlan|yayimlan|"
    r"kurdu|işgal edil|inşa edil)"
)
_AGENT_OF_ACT_EN = re.compile(
    r"\b(?:founded|established|created|set up|formed|signed|ratified|adopted|drafted|built|launched)\s+"
    r"(?:(?:in|on)\s+[\w\s,]{1,20}\s+)?by\s+(?:the\s+)?$"
)


def _agents_of_another_act(s: Sentence, people: list[M]) -> list[M]:
    """``people`` without the states and bodies named as who founded or signed something the
    sentence names beside the meeting (see above)."""
    out: set[int] = set()
    if s.lang == "tr":
        if "tarafindan" not in s.folded:
            return people
        for act in _AGENT_OF_ACT_TR.finditer(s.folded):
            last = s.ending_near(act.start(), set(AGENT_TYPES), r"['’]?\w{0,3}")
            if last is None:
                continue
            group = s.coordination(last, set(AGENT_TYPES), forward=False)
            out.update(m.start for m in [*group, last])
    else:
        if " by " not in s.folded:
            return people
        for m in people:
            if _AGENT_OF_ACT_EN.search(s.folded, max(0, m.start - 60), m.start):
                out.update(g.start for g in [m, *s.coordination(m, set(AGENT_TYPES))])
    return [m for m in people if m.start not in out or m.type == "Person"]


def _possessor(s: Sentence, m: M) -> bool:
    """Whether ``m`` owns the noun after it ("Putin's proposal", "Putin'in önerisi"), not the
    subject of a Turkish clause ("Aliyev'in yaptığı konuşma")."""
    if s.lang == "en":
        return s.folded.startswith(("'s ", "’s "), m.end)
    return bool(_GENITIVE_NAME_TR.search(s.folded, m.start, m.end)) and not _CLAUSE_SUBJECT_TR.match(
        s.folded, m.end
    )


# "Lavrov claimed during a visit to Baku that ...": a visit that only sets the scene of one
# person's words tells no meeting; "... expressed by Lavrov during Putin's visit to Baku": the
# visit is its owner's, the speaker is in another act
_DURING_VISIT_EN = re.compile(r"\bduring\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+){0,2}$")
_DURING_OWNERS_VISIT_EN = re.compile(r"\bduring\s+(?:[\w.-]+\s+){0,4}?$")
_SAYS_VERB_EN = re.compile(
    r"\b(?:said|says|claimed|claims|stated|declared|told|noted|stressed|insisted|argued|warned|expressed)\b"
)


def _visit_frame(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M] | None:
    """``people`` when the visit word tells a meeting; ``None`` when a visit only sets the scene
    of one person's words; the owner alone (with whom the visit names after it) when another
    person's words are set in someone's visit (see above)."""
    if s.lang != "en" or trigger.group(0) not in ("visit", "visits"):
        return people
    persons = [m for m in people if m.type == "Person"]
    if (
        len({m.key for m in persons}) == 1
        and _DURING_VISIT_EN.search(s.folded, max(0, trigger.start() - 40), trigger.start())
        and _SAYS_VERB_EN.search(s.folded, 0, trigger.start())
    ):
        return None
    owners = [
        m
        for m in persons
        if m.end <= trigger.start()
        and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,3}", s.folded[m.end : trigger.start()])
        and _DURING_OWNERS_VISIT_EN.search(s.folded, max(0, m.start - 60), m.start)
    ]
    if owners and _SAYS_VERB_EN.search(s.folded, 0, owners[0].start):
        return [m for m in people if m.key == owners[0].key or m.start > trigger.end()]
    return people


# "Aliyev met Erdogan in Baku, while Pashinyan held talks with Putin in Moscow", "Aliyev dün
# Bakü'de Erdoğan ile görüşürken, Paşinyan ise Moskova'da Putin ile bir araya geldi": the second
# clause tells another meeting, whose people are not this one's
_CONTRAST = {
    "en": re.compile(r",\s+(?:while|whereas|but|as)\s+"),
    "tr": re.compile(r"\w+ken,\s+|,\s+(?:[^\s,.;]+\s+){1,2}?ise\s+"),
}


# "Aliyev met Erdogan in Ankara on Tuesday to discuss the corridor, which Pashinyan has rejected",
# "... and discussed the situation after Pashinyan's statement": who a relative clause after the
# meeting, or a possessive, names is in another act or owns a thing
_RELATIVE_AFTER_EN = re.compile(r",\s+(?:which|whose)\b")
_MEETING_NOUN_AHEAD_EN = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings|visit|trip|summit|invitation|initiative|hosting|mediation)\b"
)


# "they did not meet their counterpart Michael Pompeo however": who one did not meet; "expressed
# gratitude to the Kazakh side, personally to President Tokayev for the initiative to host the
# negotiations": whom one thanks for a meeting did not sit in it
_NOT_MET_EN = re.compile(
    r"\b(?:did not|didn['’]t|never|failed to|would not|will not|won['’]t)\s+"
    r"(?:meet|see|hold talks with|talk to)(?:\s+with)?\s+(?:[\w'’.-]+\s+){0,4}$"
)
_THANKED_EN = re.compile(
    r"\b(?:gratitude|grateful|thanks|thanked|thanking|thank|appreciation)\s+(?:to\s+)?(?:[\w'’.,-]+\s+){0,8}$"
)


def _named_aside_en(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M]:
    if s.lang != "en":
        return people
    people = [
        m
        for m in people
        if not (
            m.type == "Person"
            and (
                _NOT_MET_EN.search(s.folded, max(0, m.start - 60), m.start)
                or (
                    _THANKED_EN.search(s.folded, max(0, m.start - 70), m.start)
                    and re.match(r"\s+for\b", s.folded[m.end :])
                )
            )
        )
    ]
    relative = _RELATIVE_AFTER_EN.search(s.folded, trigger.end())
    aside = {
        m.start
        for m in people
        if m.type == "Person"
        and m.start > trigger.end()
        and (
            (relative is not None and m.start > relative.start())
            or (
                s.folded.startswith(("'s ", "’s "), m.end)
                and not _MEETING_NOUN_AHEAD_EN.match(s.folded, m.end)
            )
        )
    }
    if not aside:
        return people
    kept = {m.key for m in people if m.type == "Person" and m.start not in aside}
    if len(kept) < 2:
        return people
    return [m for m in people if m.start not in aside or m.key in kept]


_MEMORIAL = {
    "tr": re.compile(
        r"\s+(?:[^\s,.;]+\s+)?(?:kabr|mezar|anit|türbe|heykel|büst|müze|doğum|yil ?dönüm|anisi|vefat|ölüm)"
    ),
    "en": re.compile(
        r"['’]s\s+(?:[\w-]+\s+)?(?:grave|tomb|mausoleum|monument|memorial|statue|museum|birthday|"
        r"anniversary|death|memory|legacy)\b"
    ),
}
_MEMORIAL_OF_EN = re.compile(
    r"\b(?:grave|tomb|mausoleum|monument|memorial|statue|anniversary|birthday|memory|death|legacy)\s+of\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}$"
)
# "Haydar Aliyev Kongre Merkezi'ne geldi", "at the Heydar Aliyev Center": a place named after a
# person, not the person
_NAMED_PLACE_AFTER = {
    "tr": re.compile(
        r"\s+(?:uluslararasi\s+)?(?:kongre merkez|merkez|havaliman|cadde|bulvar|park|saray|stad|vakf|"
        r"üniversite|okul|kültür merkez|köprü|meydan)"
    ),
    "en": re.compile(
        r"\s+(?:international\s+)?(?:congress center|center|centre|airport|avenue|street|boulevard|park|"
        r"palace|stadium|foundation|university|school|bridge|square)\b"
    ),
}


_SIDE_LABEL_TR = re.compile(
    r"\s+tarafindan\s+(?:görüşme|toplanti|müzakere|zirve)\w*y[ae]\b|\s+tarafini\s+temsil"
)


def _side_label(s: Sentence, m: M) -> bool:
    """ "Azerbaycan tarafından görüşmeye X, Y ve Z katıldı": the state the people named came for."""
    return s.lang == "tr" and m.type == "State" and bool(_SIDE_LABEL_TR.match(s.folded, m.end))


def _memorial(s: Sentence, m: M) -> bool:
    if m.type != "Person":
        return False
    if m.kind == "name" and _NAMED_PLACE_AFTER[s.lang].match(s.folded, m.end):
        return True
    if s.lang == "tr":
        return bool(re.search(r"['’]n?[ıiuü]n$", s.folded[m.start : m.end])) and bool(
            _MEMORIAL["tr"].match(s.folded, m.end)
        )
    return bool(_MEMORIAL["en"].match(s.folded, m.end)) or bool(
        _MEMORIAL_OF_EN.search(s.folded, max(0, m.start - 60), m.start)
    )


def _contrasted(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M]:
    contrast = _CONTRAST[s.lang].search(s.folded, trigger.start())
    if contrast is None or not _TRIGGER[s.lang].search(s.folded, contrast.end()):
        return people
    before = {m.key for m in people if m.start < contrast.start()}
    if len(before) < 2:
        return people
    return [m for m in people if m.start < contrast.start() or m.key in before]


# A Turkish name in the genitive or dative that owns a thing or receives an act of its own
# ("Paşinyan'ın açıklamalarını değerlendirdi", "Paşinyan'a selamlarını iletti", "Putin'in de
# bölgeye gelmesini beklediklerini"): not who met, when two others did; the owner of the meeting
# ("Aliyev'in Paşinyan ile görüşmesi"), a clause's subject ("Aliyev'in yaptığı") and the host
# ("Erdoğan'ın ev sahipliğinde") are
_OBLIQUE_TR = re.compile(r"['’](?:n?[ıiuü]n|y?[ae])$")
# "Trump'ın 8 Ağustos Cuma günü Aliyev ve Paşinyan'ı Beyaz Saray'da ağırladığı görüşmede": the
# subject of a participle later in its clause
_SUBJECT_OF_CLAUSE_TR = re.compile(r"[^,;.]{0,140}?[dt][ıiuü]ğ[ıiuü]|[^,;.]{0,140}?[ae]c[ae]ğ[ıi]")
_MEETING_AHEAD_TR = re.compile(
    r"(?:\s+[^\s,.;]+){0,3}?\s+(?:görüş|toplant|zirve|ziyaret|buluş|bir araya|ev sahipliğ|arabulucu|davet|"
    r"katilim|heyet|tören)"
)


def _oblique_tr(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M]:
    if s.lang != "tr":
        return people
    persons = {m.key for m in people if m.type == "Person"}
    drop = {
        m.start
        for m in people
        if m.type == "Person"
        and _OBLIQUE_TR.search(s.folded, m.start, m.end)
        and not _SUBJECT_OF_CLAUSE_TR.match(s.folded, m.end)
        and not _MEETING_AHEAD_TR.match(s.folded, m.end)
        and not (m.start < trigger.start() and trigger.start() - m.end <= 25)
    }
    if not drop:
        return people
    kept = {m.key for m in people if m.type == "Person" and m.start not in drop}
    if len(kept) < 2 or len(persons) - len(kept) == 0:
        return people
    return [m for m in people if m.start not in drop or m.key in kept]


# "A trilateral meeting between the leaders of Armenia, Azerbaijan and Russia was held in Sochi":
# leaders the document never names are their states, as the text gives them; named before or
# in the lines that go on ("... show Pashinyan and Aliyev across a coffee table"), the people
_LEADERS_WORD = re.compile(r"\b(?:leaders|lider(?:ler|leri)\w*)\b")
# the last document's view and its folded text: the view itself is kept (not its id(), which a
# later document may be given once this one is freed, and would then read this one's text)
_FOLDED_DOCUMENT: list[tuple[object, str]] = []


def _named_in_document(s: Sentence, key: str) -> bool:
    """Whether the document names ``key`` in the sentence or in the lines just after it (that go
    on telling its meeting): named only elsewhere ("On January 11, during a meeting in Moscow, the
    leaders of Russia, Armenia and Azerbaijan ..." after other meetings of theirs), they are not
    named at this one."""
    if not _FOLDED_DOCUMENT or _FOLDED_DOCUMENT[0][0] is not s.view:
        _FOLDED_DOCUMENT[:] = [(s.view, fold(s.view.text))]
    text = _FOLDED_DOCUMENT[0][1][s.base : s.base + len(s.text) + 400]
    entity = s.lexicon.entities.get(key)
    if entity is None:
        return True
    words = {fold(word) for names in entity.labels.values() for name in names for word in name.split()[-1:]}
    return any(len(word) >= 4 and re.search(rf"(?<!\w){re.escape(word)}", text) for word in words)


def _unnamed_leaders(s: Sentence, people: list[M]) -> list[M]:
    if s.lang != "en":
        # the Turkish gold reads "Azerbaycan ve Ermenistan liderleri" as the two leaders (the
        # bundled avim-yorum-2025-77, whose signers they are)
        return people
    titles = [m for m in people if m.kind == "title" and _LEADERS_WORD.search(s.folded, m.start, m.end)]
    if not titles:
        return people
    date = s.document.date or s.doc_year
    days = s.day_dates()
    if days:
        date = days[0].value
    out: list[M] = []
    for m in people:
        if m in titles and not _named_in_document(s, m.key):
            states = [
                r.of
                for r in s.lexicon.roles_of(m.key, date)
                if any(n.key == r.of and m.start <= n.start < n.end <= m.end for n in s.mentions)
            ]
            if len(set(states)) == 1:
                out.append(M(states[0], "State", m.start, m.end, kind="coref"))
                continue
        out.append(m)
    return out


# "Turkish and Georgian Foreign Ministers Hakan Fidan and Ilia Darchiashvili discussed ... . At the
# meeting held in Ankara, the ministers emphasized ...": the group word is the people the sentence
# before named, not the states or bodies this one names
_GROUP_WORD = {
    "en": re.compile(
        r"\bthe (?:two |three )?(?:ministers|foreign ministers|leaders|presidents|prime ministers|envoys|"
        r"special representatives|heads of state)\b"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:iki|üç) (?:bakan|lider|cumhurbaşkani|temsilci)\w*|(?<!\w)(?:bakanlar|liderler)\w*"
    ),
}


def _states_own_the_group(s: Sentence, word: re.Match[str]) -> bool:
    """Whether the group word has its states written with it: before it in Turkish ("Rusya ve
    İran dışişleri bakanları"), after "of" in English ("the foreign ministers of Russia and Iran")."""
    states = [m for m in s.mentions if m.type == "State"]
    if s.lang == "tr":
        return any(
            0 <= word.start() - m.end <= 25
            and _STATE_BEFORE_GROUP_TR.fullmatch(s.folded, m.end, word.start())
            for m in states
        )
    return any(
        0 <= m.start - word.end() <= 12
        and re.fullmatch(r"\s+of\s+(?:the\s+)?", s.folded[word.end() : m.start])
        for m in states
    )


# between the last state of the list and the group word: its possessive and a portfolio
_STATE_BEFORE_GROUP_TR = re.compile(r"(?:['’]?n[ıiuü]n)?\s+(?:[^\s,.;']+\s+){0,2}?")


def _group_of_the_sentence_before(s: Sentence, people: list[M]) -> list[M]:
    if any(m.type == "Person" for m in people) or s.previous is None:
        return people
    word = _GROUP_WORD[s.lang].search(s.folded)
    if word is None:
        return people
    if _states_own_the_group(s, word):
        # "Rusya, Azerbaycan ve Ermenistan dışişleri bakanlarının katılımıyla", "the foreign
        # ministers of Russia, Azerbaijan and Armenia": the states' own ministers, not the people
        # of the sentence before
        return people
    named = list(
        dict.fromkeys(
            m.key for m in s.previous.mentions if m.type == "Person" and m.kind in ("name", "discovered")
        )
    )
    if len(named) < 2:
        return people
    keep = [
        m for m in people if m.type != "State" and not (m.type == "Organization" and m.start < word.start())
    ]
    return keep + [M(key, "Person", word.start(), word.end(), kind="coref") for key in named]


_OWN_ACT_BEFORE_TR = re.compile(
    r"(?:gerçekleştirdiği|yaptiği|düzenlediği|gittiği|katildiği|ev sahipliği yaptiği)\s+(?:[^\s,.;]+\s+)?$"
)


# the verb of saying, then where it was said: the meeting noun ("said at a meeting with",
# "noted during the expanded-format talks", "stressed on the sidelines of the summit")
_SAID_AT_EN = re.compile(
    r"(?:\s+(?:journalists|reporters|the press|the media|media|press))?"
    r"(?:\s+(?:today|yesterday|on \w+day))?"
    r"\s+(?:at|during|in|in the course of|on the (?:sidelines|margins) of)"
    r"\s+(?:a|an|the|his|her|their|its|this|that|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+){0,3}"
)

_SAID_WHILE_EN = re.compile(r"(?:\s+(?:this|so|that))?\s+(?:(?:while|when|whilst|upon)\s+)?")
# (a meeting of the sides, not a news conference, a briefing or a forum one speaks at)
_TALKS_EN = re.compile(r"(?:meeting|talks|negotiations|summit|consultations)\b")


def _speaker(s: Sentence, trigger: re.Match[str]) -> M | None:
    """The person who tells of a meeting named by a noun ("Zakharova said the special
    representatives' meeting in Yerevan ...", "Zaharova, ... Erivan'da gerçekleştirilen görüşme
    ... belirtti"); ``None`` when the meeting word is a verb ("Pashinyan said he met Aliyev":
    the teller took part) or the teller's own ("announced after meeting with Aliyev")."""
    people = [m for m in s.mentions if m.type == "Person"]
    if not people:
        return None
    if s.lang == "en":
        if (
            not _NOMINAL_EN.match(trigger.group(0))
            or _OWN_MEETING_EN.search(s.folded, 0, trigger.start())
            or re.match(r"(?:at|during|in) the (?:meeting|talks|summit)\b", s.folded)
        ):
            return None  # "Putin announced Monday after meeting with Aliyev": his own
        for m in people:
            said = _SAYS_EN.match(s.folded, m.end) or _TELLING_EN.match(s.folded, m.end)
            if said and m.end <= trigger.start():
                if (
                    _SAID_AT_EN.fullmatch(s.folded, said.end(), trigger.start())
                    and _TALKS_EN.match(trigger.group(0))
                ) or (
                    # "Aliyev said receiving a delegation led by Akar", "said while meeting X": who
                    # receives or meets as he speaks
                    trigger.group(0) in ("receiving", "meeting", "hosting")
                    and _SAID_WHILE_EN.fullmatch(s.folded, said.end(), trigger.start())
                ):
                    # "Aliyev said during an expanded meeting with Tokayev that ...", "X stressed
                    # at the talks with Y": who speaks at a meeting is in it
                    return None
                return m
        for m in people:
            if m.start > trigger.end() and _SAID_BY_EN.search(s.folded, max(0, m.start - 80), m.start):
                # '"... the meeting was intended to discuss X", said ministry spokesperson Y': the
                # teller, named after the words
                return m
        return None
    if (
        _FINITE_TRIGGER_TR.search(trigger.group(0))
        # "Aliyev, Erdoğan ile görüşerek ... değerlendirdi": a converb is the subject's own act
        or trigger.group(0).endswith(("erek", "arak"))
        or (trigger.start() < 12 and trigger.group(0).endswith(("de", "da")))
    ):
        return None  # "Görüşmede Şi, ... söyledi": who speaks in the meeting is in it
    if _TELLER_ATTENDED_TR.match(s.folded, trigger.end()):
        return None  # "Erakçi, ... düzenlenen toplantıya katıldığını ifade etti": he was there
    if _OWN_ACT_BEFORE_TR.search(s.folded, max(0, trigger.start() - 30), trigger.start()):
        return None  # "Erdoğan, ... Nahçıvan'a gerçekleştirdiği ziyaretin dönüşünde ... dedi": his own
    for m in people:
        if (
            m.start > trigger.end()
            and s.folded.startswith(",", m.end)
            and _TELLING_TR.search(s.folded, max(0, m.start - 30), m.start)
            and not _CLAUSE_VERB_TR.search(s.folded, trigger.end(), m.start)
        ):
            # "... görüşmeleri sırasında yaşananları anlatan Lavrov, ...": the teller; not who
            # tells what he or another did there ("toplantıya Bayramov'un katıldığını
            # hatırlatan X", "toplantıyı gerçekleştirdiklerini belirten X": their own verb)
            return m
    first = min(people, key=lambda m: m.start)
    inside = [(a, b) for a, b in _quoted(s.text) if a <= trigger.start() < b]
    if inside and _WE["tr"].search(s.folded, *inside[0]):
        return None  # 'Çavuşoğlu, "Bugün 3'lü toplantılarımızda ..." dedi': we, the teller too
    # the sentence's subject, its title before it ("Rusya Federasyonu Dışişleri Bakanlığı Sözcüsü
    # Zaharova, ... görüşmesine atıfta bulunarak ... ifade etti")
    if (
        (first.start <= 40 or (first.start <= 90 and "," not in s.folded[: first.start]))
        and s.folded.startswith(",", first.end)
        and _SAID_TR.search(s.folded)
    ):
        if len(s.coordination(first, {"Person"})) > 1:
            return None  # "X, Y ve Z arasında üçlü bir toplantının ... bildirdi": a list, not a teller
        return first
    return None


# "görüşmek üzere", "ziyaret etmek için", "bir araya gelmek üzere": what a journey or a
# gathering is for, not a meeting held; the meeting verb after it ("... bir araya geldi") is
_PURPOSE_TR = re.compile(r"(?:\w+\s+){0,2}?\w*m[ae]k\s+(?:üzere|için)(?!\w)")


# "öngörülen toplantıya", "planlanan görüşme", "Erivan'da düzenlenecek zirve": a meeting
# planned, whatever the sentence's last verb says of it
_PLANNED_BEFORE_TR = re.compile(
    r"(?:öngörülen|ön görülen|planlanan|beklenen|düşünülen|\w+[ae]c[ae]k)\s+(?:[^\s.,;]+\s+){0,2}$"
)


# "Paşinyan ile görüşmeyi ... planladığını ifade etti", "Erivan'ı ziyaret etmeyi amaçlıyor": a
# meeting named as the object of a plan or a wish, not one held
_VERBAL_NOUN_TR = re.compile(
    r"(?:(?:görüşme|toplanti|zirve|buluşma)(?:y[ıiuü]|s[ıiuü]n[ıiuü]|ler[ıi]|lar[ıi])|"
    r"(?:ziyaret etme|bir ?araya gelme|görüşme)y[ıi])$"
)
_PLANNED_AFTER_TR = re.compile(
    r"[^.;:]{0,80}?(?<!\w)(?:planla|amaçla|hedefle|öngör|tasarla|istedi[ğk]|istiyor|niyetinde|"
    r"düşündüğ|düşünüyor)"
)


_WITH_TR = re.compile(r"['’]?\w{0,3}\s+ile\s+")


def _planned_noun(s: Sentence, word: re.Match[str]) -> bool:
    return (
        bool(_VERBAL_NOUN_TR.search(word.group(0)))
        and _PLANNED_AFTER_TR.match(s.folded, word.end()) is not None
    )


# "the first two rounds of meetings", "the previous round of talks", "ilk iki tur görüşme",
# "önceki toplantılar": the rounds of a series of meetings
_ROUNDS = {
    "en": re.compile(
        r"\b(?:first|second|third|fourth|fifth|previous|last|earlier|two|three|four|five)\s+"
        r"(?:\w+\s+)?rounds?\s+of\s+(?:the\s+)?(?:meetings?|talks|negotiations|consultations)\b|"
        # "Their first meeting in Brussels ...", "The first meeting of the three ...": the same people's
        r"\b(?:their|the trio's|the three's|the two's)\s+(?:first|second|third|previous|last)\s+"
        r"(?:\w+\s+)?(?:meeting|talks|summit)\b|"
        r"\bthe\s+(?:first|second|third|previous)\s+(?:meeting|summit)\s+of\s+the\s+(?:three|two|trio)\b"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:ilk|ikinci|üçüncü|dördüncü|beşinci|önceki|son)\s+(?:iki\s+|üç\s+)?tur\s+"
        r"(?:görüşme|toplanti|müzakere)\w*|"
        # "Üçlünün Brüksel'de ilk toplantısı 14 Aralık 2021, ikinci toplantısı 7 Nisan'da ... yapılmıştı"
        r"(?<!\w)(?:üçlünün|ikilinin|iki liderin|üç liderin|liderlerin)\s+(?:[^\s.,;]+\s+){0,2}?"
        r"(?:ilk|ikinci|üçüncü|dördüncü|önceki|son)\s+(?:görüşme|toplanti|zirve)\w*"
    ),
}


def _series_people(s: Sentence) -> list[M]:
    """The people of the meeting the sentence before told with two of them or more, as
    mentions placed at the sentence's start (they are not written in it)."""
    if s.previous is None:
        return []
    told: dict[str, list[str]] = {}
    for st in s.previous.out:
        if st.subject.startswith("meeting/") and st.relation == "participant":
            told.setdefault(st.subject, []).append(st.object)
    people = [keys for keys in told.values() if len(keys) >= 2]
    if not people and _TRIGGER[s.previous.lang].search(s.previous.folded):
        # "Michel'in Aliyev ve Paşinyan ile ... bir araya geleceğini duyurdu": a meeting ahead,
        # undated, whose people the sentence before names
        named = list(dict.fromkeys(m.key for m in s.previous.mentions if m.type == "Person"))
        people = [named] if len(named) >= 2 else []
    if len(people) != 1:
        return []
    return [M(key, "Person", 0, 0, kind="coref") for key in dict.fromkeys(people[0])]


# "Erdoğan'ı ... Zirvesi'ne davet ettim", "invited Erdogan to the summit": who is invited to a
# meeting is asked to one still ahead
_INVITED_TO_TR = re.compile(r"['’]?(?:n|y)?[ae]\s+(?:[^\s.,;]+\s+){0,2}?davet (?:et|edil)")
_INVITED_TO_EN = re.compile(
    r"\binvit(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){0,6}?to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}$"
)


def _purpose(s: Sentence, trigger: re.Match[str]) -> bool:
    """A meeting word that tells what a trip is for ("görüşmek üzere"), a meeting planned
    ("öngörülen toplantıya") or one someone is invited to: not a meeting held."""
    if s.lang == "en":
        return bool(_INVITED_TO_EN.search(s.folded, max(0, trigger.start() - 100), trigger.start()))
    if _INVITED_TO_TR.match(s.folded, trigger.end()):
        return True
    if s.lang != "tr":
        return False
    if _PURPOSE_TR.match(s.folded, trigger.start()) is not None:
        return True
    if _planned_noun(s, trigger):
        return True
    return _PLANNED_BEFORE_TR.search(s.folded, max(0, trigger.start() - 50), trigger.start()) is not None


# "Haber-Kamera: ... UYANIK, İSTANBUL (DHA) Dışişleri Bakanı ...": a dateline after a byline
# "Türkiye's representatives included Foreign Minister Cavusoglu and ...", "Kazakhstan was
# represented by ...", "Kazakistan'ı ... temsil etti", "... tarafından temsil edildi": who sat
# for a side at the meeting just told
_REPRESENTED_WORDS = {"en": ("represent",), "tr": ("temsil et", "temsil ed")}
_REPRESENTED = {
    "en": re.compile(
        r"\b(?:representatives?|delegation)\s+(?:included|includes|were|was|comprised)\b|"
        r"\b(?:was|were)\s+represented\s+by\b"
    ),
    "tr": re.compile(r"(?<!\w)tarafindan temsil edildi|(?<!\w)temsil etti(?:ler)?\b"),
}


def _representatives(s: Sentence) -> None:
    """The people named as a side's representatives at the meeting the sentences before told."""
    match = _REPRESENTED[s.lang].search(s.folded)
    if match is None or _TRIGGER[s.lang].search(s.folded):
        return  # (a sentence with a meeting word of its own tells that meeting)
    people = [m for m in s.mentions if m.type == "Person"]
    if s.lang == "en":
        people = [m for m in people if m.start >= match.end()]
    else:
        people = [m for m in people if m.end <= match.start()]
    mood = modality(s, match.start(), match.end())
    if mood != "asserted":
        return
    for m in _unique(people):
        s.state(
            s.recent_meeting, "participant", m.key, "entity", s.cover(match.span(), m), "meeting.represented"
        )


_ABBREVIATED_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][A-Za-z .'-]+)?,\s*"
    r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*\d{1,2}\b"
)
_SLASHED_AGENCY = re.compile(r"\s*/\s*[A-Z][\w .'&-]{1,30}/\s*(?:[.,:–—-]|$)")
_AGENCY = re.compile(r"\s*\((?:AA|DHA|İHA|IHA|ANKA|AP|AFP|TASS|Reuters|Trend|APA|Sputnik|Xinhua)\)")


def _agency_dateline(s: Sentence) -> None:
    """A place in capitals just before a news agency's name in brackets, in the report's
    first lines, is its dateline (discovery reads the ones that open a line)."""
    for m in s.of_type("Place"):
        word = s.text[m.start : m.end]
        if word.isupper() and len(word) >= 3 and _AGENCY.match(s.text, m.end):
            s.found.dateline = m.key
            return
        if m.start <= 2 and word[:1].isupper() and _SLASHED_AGENCY.match(s.text, m.end):
            # "Yerevan /Mediamax/.", "Baku /APA/ -": a town opening the report before its agency
            s.found.dateline = m.key
            return


# "to help normalize relations between Armenia and Azerbaijan", "Azerbaycan ile Ermenistan
# arasındaki barış süreci": the sides of a relation, a border or a peace, not of the meeting
# ... and of what links them or was signed or agreed between them ("transport links between
# Azerbaijan and Armenia", "the documents signed between Armenia and the United States", "the
# dialogue between Armenia and Turkey", "Türkiye ile Ermenistan arasında imzalanan protokol")
_RELATION_BETWEEN_EN = re.compile(
    r"\b(?:relations|relationship|peace|borders?|conflict|tensions?|war|hostilities|agreements?|treaty|"
    r"normali[sz]ation|trade|cooperation|ties|reconciliation|delimitation|demarcation|links|connections?|"
    r"communications|connectivity|dialogue|process|disputes?|differences|rapprochement|contracts?|deals?|"
    r"memorand(?:um|a)|documents?|accords?|protocols?|(?:(?:was|were|been|being)\s+)?"
    r"(?:signed|concluded|reached|agreed|initialed|initialled))\s+between\s+(?:the\s+)?$"
)
_RELATION_BETWEEN_TR = re.compile(
    r"\s*arasinda(?:ki)?\s+(?:\w+\s+){0,1}?(?:ilişki|bariş|sinir|çatişma|savaş|anlaşma|antlaşma|"
    r"normalleşme|ticaret|işbirliği|iş birliği|gerginli|uzlaşma|sinir belirleme|delimitasyon|"
    r"imzalan|varilan|bağlanti|ulaşim|diyalog|yakinlaşma|anlaşmazlik|ihtilaf|protokol|mutabakat)"
)


def _not_between(s: Sentence, people: list[M]) -> list[M]:
    """``people`` without the states named as the sides of a relation, border or peace."""
    states = [m for m in people if m.type == "State"]
    if len(states) < 2 or ("between" not in s.folded and "arasinda" not in s.folded):
        return people
    sides: set[int] = set()
    for m in states:
        if m.start in sides:
            continue
        if s.lang == "en" and _RELATION_BETWEEN_EN.search(s.folded, max(0, m.start - 40), m.start):
            sides.update(g.start for g in s.coordination(m, {"State"}))
        elif s.lang == "tr":
            group = s.coordination(m, {"State"})
            last = group[-1]
            if len(group) >= 2 and _RELATION_BETWEEN_TR.match(s.folded, last.end):
                sides.update(g.start for g in group)
    return [m for m in people if m.start not in sides or m.type != "State"]


# "Ara Ayvazyan'ın ziyaretinin ... çeliştiği", "Paşinyan'ın Erdoğan ile görüşmesinde": a
# possessed meeting noun belongs to the genitive before it
_POSSESSED_TR = re.compile(
    r"(?:ziyaret|görüşme|toplanti|buluşma)(?:ler|lar)?s?[ıiuü](?:n(?:[ıiuü]n|[ae]|[ıiuü]|[dt][ae](?:ki)?|[dt][ae]n))?"
)
_OWNER_TR = re.compile(r"['’]n?[ıiuü]n$")


# "the talks between the Armenian and Azerbaijani foreign ministers", "Aliyev ile Paşinyan
# arasındaki görüşme": the meeting noun names its sides; who else the sentence names (its
# teller, whose efforts or statement it is about) is not in it
_BETWEEN_AFTER_EN = re.compile(r"\s+between\s+")
_BETWEEN_END_EN = re.compile(
    r"[,;:!?]|\.(?:\s|$)|\s(?:in|on|at|was|were|is|are|will|would|took|held|which|that|who|during|to|for|"
    r"under|hosted|mediated|brokered|since|after|before|last|this|next|with)\b"
)
_BETWEEN_BEFORE_TR = re.compile(r"(?<!\w)arasinda(?:ki)?\s+(?:[^\s,.;]+\s+){0,4}$")


def _between_sides(s: Sentence, trigger: re.Match[str], people: list[M], kept: set[str]) -> list[M]:
    """``people`` cut to the sides a meeting noun names with "between" / "arasında" (two or
    more), and to the mediators in ``kept``."""
    sides: list[M] = []
    if s.lang == "en":
        between = _BETWEEN_AFTER_EN.match(s.folded, trigger.end())
        if between is None:
            return people
        end = _BETWEEN_END_EN.search(s.folded, between.end())
        stop = end.start() if end else len(s.folded)
        sides = [m for m in people if between.end() <= m.start < stop]
        if end is not None and end.group(0) == "," and not any(m.type == "Person" for m in sides):
            # "a meeting between the Prime Ministers of Armenia and Georgia, Nikol Pashinyan and
            # Irakli Kobakhidze, took place ...": the names after the offices are the sides
            close = _BETWEEN_END_EN.search(s.folded, end.end())
            named = [
                m
                for m in people
                if m.type == "Person" and end.end() <= m.start < (close.start() if close else len(s.folded))
            ]
            if len({m.key for m in named}) >= 2:
                sides = named
    else:
        between = _BETWEEN_BEFORE_TR.search(s.folded, max(0, trigger.start() - 60), trigger.start())
        if between is None:
            return people
        frame = _FRAME_TR.search(s.folded, trigger.end())
        if frame is not None and _TRIGGER["tr"].search(s.folded, frame.end()):
            return people  # "X ve Y arasındaki toplantılarda varılan mutabakat çerçevesinde, ...": a frame
        near = [
            m
            for m in people
            if m.end <= between.start()
            and between.start() - m.end <= 40
            and not re.search(r"[,;.]", s.folded[m.end : between.start()])
        ]
        if not near:
            return people
        last = max(near, key=lambda m: m.end)
        chain = sorted(
            {(g.start, g.end) for g in s.coordination(last, set(AGENT_TYPES), forward=False)}
            | {(last.start, last.end)},
            reverse=True,
        )
        group = {chain[0]}
        listed = len(chain) > 1 and re.search(r"\bve\s", s.folded[chain[1][1] : chain[0][0]]) is not None
        for (begins, ends), (nxt, _) in zip(chain[1:], chain, strict=False):
            if "," in s.folded[ends:nxt] and not listed:
                # "Peskov, Aliyev ile Paşinyan arasındaki görüşmenin ...": the subject before
                # the comma, not a third side ("X, Y ve Z arasında" is a list)
                break
            group.add((begins, ends))
        sides = [m for m in people if (m.start, m.end) in group]
    if len({m.key for m in sides}) < 2:
        return people
    return [m for m in people if m in sides or m.key in kept]


def _owners_of_the_noun(s: Sentence, trigger: re.Match[str], people: list[M]) -> list[M]:
    """Who a Turkish possessed meeting noun names as its own (the genitive person right
    before it, those joined to them, and who the phrase meets "ile"): not the others of the
    sentence (the ministry whose statement tells of "X'in ziyareti")."""
    if s.lang != "tr" or not _POSSESSED_TR.fullmatch(trigger.group(0)):
        return people
    owners = [
        m
        for m in people
        if m.type == "Person"
        and m.end <= trigger.start()
        and trigger.start() - m.end <= 60
        and _OWNER_TR.search(s.folded, m.start, m.end)
        # "A ve B'nin, C'nin arabuluculuğunda / ev sahipliğinde Brüksel'de yaptığı görüşme": the
        # genitive of a mediation word owns that word, not the meeting
        and not _MEDIATION_TR.match(s.folded, m.end)
    ]
    if not owners:
        return people
    start = owners[-1].start
    before = sorted((m for m in people if m.end <= start), key=lambda m: m.end)
    for m in reversed(before):  # "Aliyev ve Paşinyan'ın görüşmesi": joined by "ve", not by a comma
        if not re.fullmatch(r"\s+(?:ve|ile)\s+(?:[^\s,]+\s+){0,3}", s.folded[m.end : start] + " "):
            break
        start = m.start
    return [m for m in people if start <= m.start < trigger.start()]


# "Türkiye ile yapılan görüşmelerle ilgili bir soru üzerine": talks the sentence is about, not
# talks it tells of
_TOPIC_TR = re.compile(r"\s+(?:ile\s+)?(?:ilgili|ilişkin|hakkinda|dair)\b")


# "çeşitli ziyaretler gerçekleştiren Kılıç", "çeşitli görüşmeler yaptılar", "held various
# meetings": meetings the text does not tell one by one
# "such summits", "this kind of meeting", "bu tür zirveler", "benzer görüşmeler", "her türlü
# müzakere": a kind of meeting named in general, none held
_UNSPECIFIED = {
    "en": re.compile(
        r"\b(?:various|numerous|several|a series of|a number of|such|(?:these|this|that|those) kinds? of|"
        r"similar|any)\s+(?:[\w-]+\s+)?$"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:çeşitli|birçok|pek çok|bu t[üu]r|bu gibi|bu tip|b[öo]yle|benzer|her t[üu]rl[üu])"
        r"\s+(?:\w+\s+)?$"
    ),
}


_HOST_OF_TOLD_TR = re.compile(
    r"(?:ev sahipliğ|arabuluculuğ)\w*\s+(?:gerçekleş|gerçekleştiril|düzenlen|yapil)\w*\s+(?:[^\s.;,]+\s+)?$"
)


def _topic(s: Sentence, trigger: re.Match[str]) -> bool:
    """Talks the sentence is about ("görüşmelerle ilgili"), or meetings it does not tell one by
    one ("çeşitli ziyaretler")."""
    if s.lang in _UNSPECIFIED and _UNSPECIFIED[s.lang].search(
        s.folded, max(0, trigger.start() - 30), trigger.start()
    ):
        return True
    return s.lang == "tr" and _TOPIC_TR.match(s.folded, trigger.end()) is not None


# "X'i kabul etti" receives a guest; "mağlubiyetlerini kabul ettikleri" accepts a thing
_RECEIVED_WHOM_TR = re.compile(r"'(?:y|n)?[iuü]$")
_RECEIVED_GUESTS_TR = re.compile(
    r"(?<!\w)(?:heyet|delegasyon|misafir|konuk|büyükelçi|temsilci|mevkidaş)\w*?"
    r"(?:[ıiuü]|ler[ıi]|lar[ıi]|[ıiuü]n[ıiuü]|s[ıiuü]n[ıiuü]|ni|nı)\s+(?:[^\s,.;]+\s+)?$"
)
_CLAUSE_MARK = re.compile(r"[,;:]")


def _accepts_a_thing(s: Sentence, trigger: re.Match[str]) -> bool:
    """A Turkish "kabul et-" with no one received: no agent in the accusative before it in its
    clause, nor "tarafından" (the passive's agent)."""
    if s.lang != "tr" or not trigger.group(0).startswith("kabul"):
        return False
    lo = max(0, trigger.start() - 60)
    for clause in _CLAUSE_MARK.finditer(s.folded, lo, trigger.start()):
        lo = clause.end()
    if "tarafindan" in s.folded[lo : trigger.start()]:
        return False
    if _RECEIVED_GUESTS_TR.search(s.folded, lo, trigger.start()):
        return False  # "X ve beraberindeki heyeti kabul etti", "Bakan X'i ve heyetini kabul etti"
    return not any(
        lo <= m.start and m.end <= trigger.start() and _RECEIVED_WHOM_TR.search(s.folded[m.start : m.end])
        for m in s.agents()
    )


# a capitalised meeting word followed by the rest of a body's name: "Minsk Konferansı Özel
# Temsilciliği", "Zirve Sekreterliği", "the Conference Secretariat"
_BODY_AFTER = re.compile(
    r"(?:\s+[A-ZÇĞİÖŞÜ][\wçğıöşü]*){0,2}?\s+(?:Temsilciliği|Sekreterliği|Sekretaryası|Başkanlığı|Ofisi|"
    r"Komitesi|Kurulu|Birimi|Müdürlüğü|Secretariat|Office|Committee|Bureau)(?![\wçğıöşü])"
)


# "Paşinyan, düzenlediği basın toplantısında ...": a press conference of one; "X ile düzenlediği
# basın toplantısında", "ortak basın toplantısı" are two who met
_SOLO_PRESS_TR = re.compile(r"\bbasin\s+$")


# "In a letter to the EU High Representative received on December 27", "received a phone call /
# an invitation / a message from": a thing received, not a guest
_RECEIVED_THING = (
    r"(?:letters?|messages?|invitations?|notes?|appeals?|requests?|proposals?|calls?|phone calls?|"
    r"reports?|documents?|answers?|replies|responses?|congratulations|condolences|award|award|prize|medal)"
)
_RECEIVED_THING_BEFORE = re.compile(rf"\b{_RECEIVED_THING}\b[^.;]{{0,45}}$")
_RECEIVED_THING_AFTER = re.compile(rf"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?{_RECEIVED_THING}\b")


# "the first meeting since the summit in Washington on 8 August", "8 Ağustos'taki Washington
# zirvesinden bu yana ilk görüşmesi", "Washington'da yapılan zirveden sonra ilk kez": an earlier
# meeting the one told is measured from
_SINCE_MEETING_EN = re.compile(
    r"\b(?:since|following|after|before|prior to)\s+(?:the|their|a|an|last)\s+(?:[\w'’-]+\s+){0,4}?$"
)
_SINCE_MEETING_TR = re.compile(r"\w*?(?:[dt][ae]n)\s+(?:bu yana|sonra|önce|beri|itibaren)\b")


def _reference_meeting(s: Sentence, word: re.Match[str]) -> bool:
    """A meeting word that names an earlier (or later) meeting another is timed by."""
    if s.lang == "en":
        return word.group(0) in ("summit", "meeting", "talks", "negotiations") and bool(
            _SINCE_MEETING_EN.search(s.folded, max(0, word.start() - 60), word.start())
        )
    return bool(_SINCE_MEETING_TR.match(s.folded, word.start()))


def _reference_frame(s: Sentence, trigger: re.Match[str]) -> tuple[int, int] | None:
    """The stretch naming the earlier meeting the told one is measured from (not the told one):
    from its frame word (or its clause's start) to the meeting word, or on to the clause's end
    in English ("since the summit in Washington on 8 August, which ...")."""
    for word in s.scan(_TRIGGER[s.lang]):
        if word.start() == trigger.start() or not _reference_meeting(s, word):
            continue
        if s.lang == "en":
            start = _SINCE_MEETING_EN.search(s.folded, max(0, word.start() - 60), word.start())
            assert start is not None
            end = re.compile(r"[,;.]|\b(?:which|where|when|and)\b").search(s.folded, word.end())
            return start.start(), end.start() if end else len(s.folded)
        lo = max(s.folded.rfind(",", 0, word.start()) + 1, word.start() - 60, 0)
        if lo <= trigger.start() < word.start():
            lo = trigger.end()  # the told meeting's own word before it is not in the frame
        return lo, word.end()
    return None


def _earlier_meeting(s: Sentence, lo: int, hi: int) -> None:
    """The meeting a frame names with its day and place ("since the summit in Washington on 8
    August"): that day and place, its people left to the sentences that tell it."""
    days = [d for d in s.dates if lo <= d.start < hi and d.precision in ("date", "gYearMonth")]
    where = [m for m in _places(s) if lo <= m.start < hi]
    if len(days) != 1 or len(where) != 1:
        return
    day, place = days[0], where[0]
    known = min(len(day.value), len(s.document.date))
    if known and day.value[:known] > s.document.date[:known]:
        return
    key = f"meeting/{day.value}-{place.key}"
    span = (min(day.start, place.start), max(day.end, place.end))
    s.state(key, "type", "Meeting", "class", span, "meeting.type", note=EARLIER)
    s.state(
        key, "label", _label(s, [], place, day.value), "literal", span, "meeting.label", datatype="string"
    )
    s.state_date(key, day, "meeting.earlier.date")
    s.state(key, "heldIn", place.key, "entity", (place.start, place.end), "meeting.earlier.place")


def _main_trigger(s: Sentence) -> re.Match[str] | None:
    """The sentence's first meeting word that is not a purpose ("görüşmek üzere"), else its
    first meeting word."""
    first = None
    for word in s.scan(_TRIGGER[s.lang]):
        if word.group(0).startswith("welcom") and (
            _WELCOME_ACT.match(s.folded, word.end())
            or (word.group(0) != "welcomed" and _welcomed_to(s) is None and _welcomed_to_state(s) is None)
        ):
            continue  # "we welcome the agreement", "welcomed the return of ...": a stance
        if _accepts_a_thing(s, word):
            continue  # "yenilgiyi kabul etti": accepting is no meeting
        if word.group(0) in ("received", "receives") and (
            _RECEIVED_THING_BEFORE.search(s.folded, max(0, word.start() - 60), word.start())
            or _RECEIVED_THING_AFTER.match(s.folded, word.end())
        ):
            continue  # "In a letter to X received on 27 December", "received a phone call from"
        if _SOLO_PRESS_TR.search(s.folded, max(0, word.start() - 50), word.start()) and not re.search(
            r"\bile\b|\bortak\s+basin\s+$", s.folded[max(0, word.start() - 50) : word.start()]
        ):
            continue  # "düzenlediği basın toplantısında": one who speaks to the press met no one
        if s.text[word.start()].isupper() and _BODY_AFTER.match(s.text, word.end()):
            continue  # "AGİT Minsk Konferansı Özel Temsilciliği": a body named for a meeting
        if (
            s.lang == "tr"
            and word.group(0).startswith("ziyaret")
            and _VISIT_PARTICIPLE_TR.match(s.folded, word.end())
            and any(
                _FINITE_TRIGGER_TR.search(later.group(0))
                for later in _TRIGGER["tr"].finditer(s.folded, word.end())
            )
        ):
            # "Azerbaycan'a çalışma ziyareti yapan X, Y ile bir araya geldi": the visit is the
            # subject's frame; the finite meeting verb after it tells the meeting
            first = first or word
            continue
        if (
            not _purpose(s, word)
            and not _topic(s, word)
            and not (
                _reference_meeting(s, word)
                # several days told before it are each one's meeting (_segments)
                and sum(word.start() - 80 <= d.start < word.start() for d in s.dates) <= 1
            )
        ):
            return word
        first = first or word
    return first


_VISIT_PARTICIPLE_TR = re.compile(r"\s+(?:yapan|gerçekleştiren|bulunan|eden|düzenleyen)\b")


# "ziyaretin", "ziyaretinde": the noun's own "t" is no past tense (the verb is "ziyaret etti")
_FINITE_TRIGGER_TR = re.compile(r"^(?!ziyaret).*?(?:(?<!n)[dt][iuü]|m[iuü]ş|yor|[ae]c[ae]k)\w{0,6}$")


_CALL = {
    "en": re.compile(
        r"\b(?:tele)?phone (?:call|conversation|talks?)|\bphoned\b|\bby (?:tele)?phone\b|"
        r"\bvideo ?(?:conference|link|call)|\bvideoconference\b|\bteleconference\b|"
        # "a virtual summit", "an online meeting": no one travelled
        r"\b(?:virtual|online)\s+(?:summit|meeting|talks|conference)"
    ),
    "tr": re.compile(
        r"telefon(?:da|la| görüşme)\w*|video ?(?:konferans|bağlanti)\w*|telekonferans\w*|"
        # "telefon üzerinden / aracılığıyla / yoluyla görüştü" (also typed without diacritics)
        r"telefon\s+(?:[üu]zerinden|arac[ıi]l[ıi][ğg][ıi]yla|vas[ıi]tas[ıi]yla|yoluyla)|"
        r"(?:sanal|çevrim ?içi|online)\s+(?:zirve|toplanti|görüşme)\w*"
    ),
}


# "Orbeli Forumu", "the Munich Security Conference": a body named for a meeting is the meeting
_MEETING_NAME = re.compile(r"(?:^|-)(?:forum\w*|zirve\w*|summit|conference|konferans\w*|toplantisi)(?:-|$)")
_WE = {
    "en": re.compile(r"\b(?:we|our|us)\b"),
    "tr": re.compile(r"\w[ıiuü]m[ıiuü]z|\w(?:d[ıiuü]k|t[ıiuü]k)\b|\bbiz\b"),
}
_EVENT_NAME = re.compile(r"(?:^|-)(?:savasi|war|operasyonu|operation|krizi|crisis|sureci|process)(?:-|$)")
_QUOTE = re.compile(r"[\"«»]")
_CURLY = re.compile(r"[“”]")


def _quoted(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's quotations: curly marks by their shape (an opening one left
    open runs to the sentence's end, a closing one never opened runs from its start: a
    quotation the sentence splitter cut), straight and angle marks paired in order."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for m in _CURLY.finditer(text):
        if m.group() == "“":
            opened = m.start() if opened < 0 else opened
        else:
            spans.append((max(opened, 0), m.start()))
            opened = -1
    if opened >= 0:
        spans.append((opened, len(text)))
    marks = [m.start() for m in _QUOTE.finditer(text)]
    spans += [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        # a straight mark left over: an opening one (after a space or at the start) runs to the
        # sentence's end, a closing one from its start (a quotation the sentence splitter cut)
        last = marks[-1]
        if last == 0 or text[last - 1].isspace() or text[last - 1] in "(:,":
            spans.append((last, len(text)))
        else:
            spans.append((0, last))
    return spans


def _own_day(s: Sentence, trigger: re.Match[str], after: int) -> bool:
    """Whether the meeting noun has a day of its own written beside it, after ``after``."""
    if not _NOUN_MEETING.fullmatch(trigger.group(0)):
        return False
    return any(
        d.start >= after and (0 <= d.start - trigger.end() <= 30 or 0 <= trigger.start() - d.end <= 3)
        for d in s.dates
    )


_NOUN_MEETING = re.compile(r"meeting|meetings|summit|toplanti\w*|görüşme\w*|zirve\w*")


def _a_call(s: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the meeting word tells a call ("in a telephone conversation with Aliyev",
    "telefonda görüştü"): a call word in the sentence, unless it is another act the meeting
    is timed by, after it ("met Macron in Paris on 14 March, a week after he had spoken with
    Putin by phone")."""
    for call in _CALL[s.lang].finditer(s.folded):
        if call.end() <= trigger.start() and _own_day(s, trigger, call.end()):
            # "The October 4 phone call was a follow-up to the meeting in Geneva on October 2",
            # "... underlined the importance of the September 19 meeting": a meeting with its own
            # day after the call, not the call
            continue
        between = s.folded[trigger.end() : call.start()]
        if call.start() > trigger.end() and "," in between and _TIMED_BY.search(between.rsplit(",", 1)[1]):
            continue
        if (
            s.lang == "tr"
            and call.start() > trigger.end()
            and "," in between
            and _MET_IN_PERSON_TR.search(
                s.folded, trigger.start(), trigger.end() + len(between.rsplit(",", 1)[0])
            )
        ):
            # "... zirvesinde yüz yüze görüşen Erdoğan ve Paşinyan, Kurban Bayramı sırasında da
            # telefonlaşmıştı": met in person, and phoned besides, in another clause
            continue
        return True
    return False


def _call_told_before(s: Sentence) -> bool:
    """Whether the last meeting the text told before the sentence was a call ("Erdoğan, Aliyev
    ile telefonda görüştü. ... Erdoğan görüşmede, Aliyev'in yeni yılını kutladı", "held a phone
    conversation with Erdogan. During the talks, ..."): a meeting word with no day and no place
    of its own names that call again. Not when a meeting word is told after the call, away from
    it ("... telefonda görüştü. İki lider daha sonra bir araya geldi. Görüşmede ...")."""
    before = fold(s.view.text[max(0, s.base - 1500) : s.base])
    ends = [call.end() for call in _CALL[s.lang].finditer(before)]
    if not ends:
        return False
    # "telefonda görüştü", "phone talks with": the call's own verb or noun is just after it
    return _TRIGGER[s.lang].search(before, ends[-1] + 25) is None


_MET_IN_PERSON_TR = re.compile(r"yüz yüze|(?<!\w)(?:görüşen|buluşan|bir ?araya gelen)(?!\w)")
_PREVIOUSLY_MET_EN = re.compile(
    r"\b(?:previously|earlier|formerly)\s+(?:had\s+)?(?:only\s+)?(?:met|held talks|talked)\b|"
    r"\bhad (?:previously |earlier |only )?met\b"
)
_BEFORE_THE_MEETING = {
    "en": re.compile(
        r"(?:prior to|ahead of|before) (?:the|this|their) (?:[\w-]+ )?(?:meeting|talks|summit)\b"
    ),
    "tr": re.compile(r"(?:görüşme|toplanti|zirve)(?:ler)?(?:den önce|nin öncesinde| öncesinde)\b"),
}
_LAST_TIME_EN = re.compile(r"(?:^|[.;]\s+)(?:the\s+)?(?:last time|previously)\b")
# "The talks ...", "The negotiations also ...": the meeting just told, named again as the subject
_THE_TALKS_AGAIN = {
    "en": re.compile(
        r"\s*(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations|summit)\b"
    ),
}
# the place of the meeting word itself: "The talks were held in X", "The meeting, held at the Y
# in X", "Görüşmeler X'te yapıldı"
_PLACE_OF_IT = {
    "en": re.compile(
        r"\s*,?\s+(?:(?:was|were|had been|have been)\s+)?(?:also\s+)?(?:held|hosted|convened|organi[sz]ed|"
        r"took place|began|started|ended|continued)?\s*(?:at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+,?\s+)?"
        r"(?:in|at)\s+"
        r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|capital|town|village) of\s+)?"
    ),
}
# "experts and journalists from Turkey, Iran and Russia", "Azerbaycan'dan katılımcılar",
# "Türkiye, İran ve diğer bölge ülkelerinden uzmanlar": people who came from those states, not
# the states as sides
_FROM_STATES_PEOPLE = (
    r"(?:experts?|journalists?|participants?|scholars?|analysts?|academics?|researchers?|students?|"
    r"business(?:men|people)|reporters?|guests?|speakers?|think[- ]tanks?|civil society)"
)
_PEOPLE_FROM_EN = re.compile(r"\b" + _FROM_STATES_PEOPLE + r"\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?$")
_FROM_PEOPLE_TR = re.compile(
    r"(?:['’]?[dt][ae]n|\s+(?:ve|ile)\s+(?:diğer\s+)?(?:[^\s.,;]+\s+){0,2}?[^\s.,;]+[dt][ae]n)\s+"
    r"(?:[^\s.,;]+\s+){0,2}?(?:katilimci|uzman|gazeteci|akademisyen|öğrenci|iş ?insan|işadam|analist|"
    r"araştirmaci|yazar|konuk|misafir|düşünce kuruluş|sivil toplum)"
)


def _people_from_states(s: Sentence, people: list[M]) -> list[M]:
    """Drop the states people came from to a gathering ("experts from Turkey and Iran",
    "Azerbaycan'dan katılımcılar"): the experts took part, not the states."""
    states = [m for m in people if m.type == "State"]
    if not states or not (("from" in s.folded) if s.lang == "en" else ("n " in s.folded)):
        return people
    out = set()
    for m in states:
        if s.lang == "en":
            first = min(s.coordination(m, {"State"}, forward=False), key=lambda x: x.start)
            if _PEOPLE_FROM_EN.search(s.folded, max(0, first.start - 70), first.start):
                out.add(m.start)
        else:
            last = max(s.coordination(m, {"State"}, forward=True), key=lambda x: x.end)
            stem = last.start + len(s.folded[last.start : last.end].split("'")[0].split("’")[0])
            if _FROM_PEOPLE_TR.match(s.folded, stem):
                out.add(m.start)
    return [m for m in people if m.start not in out] if out else people


_AS_TOLD_AT_TR = re.compile(
    r"\w*\s+(?:[^\s.,;]+\s+)?(?:belirtildiği|ifade edildiği|vurgulandiği|açiklandiği|kararlaştirildiği|"
    r"dile getirildiği|teyit edildiği|kabul edildiği|söylendiği)"
    # (and another participle: "belirtildiği ve her iki lidere de ... iletildiği üzere")
    r"(?:\s+ve\s+(?:[^\s.,;]+\s+){0,6}?[^\s.,;]+[dt][iuü]ğ[iuü])?\s+(?:gibi|üzere)"
)
_AS_TOLD_AT_EN = re.compile(
    r"\bas\s+(?:was\s+|were\s+)?(?:stated|noted|agreed|announced|stressed|underlined|reaffirmed|declared|"
    r"emphasi[sz]ed|said)\s+(?:at|during|in)\s+(?:the\s+)?(?:[^\s,;.]+\s+){0,8}$"
)


def _as_told_at(s: Sentence, trigger: re.Match[str]) -> int | None:
    """Where the clause after "as stated at the summit, ..." / "zirvede belirtildiği üzere, ..."
    begins: the meeting named only as where words were said."""
    if s.lang == "tr":
        told = _AS_TOLD_AT_TR.match(s.folded, trigger.end())
        return told.end() if told is not None else None
    if " as " not in s.folded[max(0, trigger.start() - 120) : trigger.start()] and not s.folded.startswith(
        "as "
    ):
        return None
    if _AS_TOLD_AT_EN.search(s.folded, max(0, trigger.start() - 120), trigger.start()) is None:
        return None
    comma = s.folded.find(",", trigger.end())
    return comma if comma > 0 else None


_VISIT_TRIGGER = {"en": re.compile(r"visit"), "tr": re.compile(r"ziyaret")}
_ANOTHER_MEETING = {
    "en": re.compile(
        r"\b(?:subsequent|next|later|another|separate|previous|earlier)\s+(?:[\w-]+\s+)?$|"
        # "the following talks", "following the talks" (the time of another act), not the
        # subject's own ("Following his talks with X, Y said")
        r"\bfollowing\s+(?!(?:his|her|their)\s)(?:[\w-]+\s+)?$"
    ),
    "tr": re.compile(r"(?:sonraki|ardindan gelen|bir sonraki|ayri bir|başka bir|önceki)\s+(?:\w+\s+)?$"),
}
_SIMULTANEOUS = {
    "en": re.compile(r"(?!)"),  # English writes it before the meeting word: _SIMULTANEOUS_BEFORE_EN
    "tr": re.compile(
        r"\w*\s+(?:ile|la|le)\s+(?:neredeyse\s+|hemen hemen\s+)?"
        r"(?:eş ?zamanli|ayni (?:anda|saatlerde|zamanda))"
    ),
}
# "... zirvede mutabık kalınan", "toplantıda varılan / görüşülen / imzalanan": the meeting noun
# is inside a relative clause of what was agreed, reached or talked of there
_IN_RELATIVE_TR = re.compile(
    r"\s+(?:[^\s.,;]+\s+){0,1}?(?:mutabik kalin|varil|alin|kararlaştiril|kabul edil|ele alin|görüşül|"
    r"üzerinde anlaşil|anlaşil|konuşul|benimsen|onaylan)[ae]n\b"
)
_SIMULTANEOUS_BEFORE_EN = re.compile(
    r"\b(?:simultaneously with|at the same time as|while)\s+the\s+(?:[\w'’-]+\s+){0,2}$"
)
_LEFT_OUT = {
    "en": re.compile(r"\b(?:but not|not with|without|except(?: for)?|excluding)\s+(?:[\w'’.-]+\s+){0,3}$"),
    "tr": re.compile(r"(?!)"),
}
_THAT_HOLDS = re.compile(
    r",?\s+(?:that|which|who)\s+(?:(?:has|have|had|will|also|then|on \w+|\w+day)\s+)*"
    r"(?:(?:holds?|held|hosts?|hosted|convened?|organi[sz]ed?)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?)?$"
)
_WHERE_HE = re.compile(r"\b(?:where|during which|at which)\s+(?:he|she)\s+$")
_HIS_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w'’-]+\s+)?$")
# "Ermenistan'ın başkenti Erivan'da", "Çin'in Tiencin kentinde", "in China's city of Tianjin",
# "in Kazakhstan's port city of Aktau": the state of the venue's town
_HELD_WITH_TR = re.compile(
    r"\bile\s+(?:[^\s,.;]+\s+){0,2}?(?:gerçekleşen|gerçekleştirilen|gerçekleştirdiği|yapilan|yaptiği|"
    r"düzenlenen|bir ?araya geldiği|görüştüğü)\s+(?:[^\s,.;]+\s+){0,2}$"
)
_INVITED_BY_EN = re.compile(r"\bat the invitation of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$")
_CAPITAL_OWNER = {
    "en": re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:capital|city|town|port)\b"),
    "tr": re.compile(r"(?:['’]?n[ıiuü]n)?\s+(?:[\w.-]+\s+){0,2}?(?:başkent|kent|şehr|liman)"),
}
# "X'in ev sahipliğinde", "X'in daveti üzerine": a host, or the one who invited the guest
_HOSTING_TR = re.compile(
    r"(?:['’]?n[ıiuü]n)?\s*(?:ev sahipliğinde|daveti üzerine|davetiyle|davetlisi olarak)"
)
_CLOCK = re.compile(r"[,;]?\s*(?:saat\s+)?\d{1,2}[:.]\d{2}(?!\d|[.,]\d)")
_HOSTED_BY = re.compile(r"\b(?:hosted|organi[sz]ed) by\s+(?:[\w'’.-]+\s+){0,8}$")
_STAYED_AWAY = {
    "en": re.compile(
        r"(?:['’]s)?\s+(?:did not|didn['’]t|declined to|refused to|chose not to|would not)\s+"
        r"(?:attend|join|take part|participate|travel)\b|(?:['’]s)?\s+(?:skipped|boycotted|stayed away)\b|"
        # "Putin was not present", "X was absent"
        r"\s+(?:was|were)\s+(?:not\s+present|absent)\b"
    ),
    "tr": re.compile(
        r"['’]?(?:n[ıiuü]n|[ıiuü]n)?\s+(?:[^\s.;,]+\s+){0,3}?(?:katilmama|katilmayaca|katilmadi|gelmeme|gelmedi)"
    ),
}
_INVITED_AFTER = re.compile(r"[\s'’]*\w{0,4}\s*davet")
_INVITED_BEFORE = re.compile(r"\binvitation of\s+(?:[\w-]+\s+){0,4}$")
_GENITIVE_TR = re.compile(r"'?n[ıiuü]n$")
_FRAME_TR = re.compile(r"\b(?:çerçevesinde|doğrultusunda|uyarinca|sonucunda|temelinde),")
_HELD_CLAUSE_EN = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:took place|was held|were held|happened|was hosted|convened)\b[^,;]*,"
)
_OF_STATES_EN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_EARLIER_MEETING_AFTER_EN = re.compile(
    r"\b(?:following|after|since)\s+(?:the|their|a|an|last)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|talks|visit|negotiations)\b"
)
_ANOTHER_ACT_AFTER = re.compile(r",[^,;]{0,25}\b(?:after|before|following)\b")
_TIMED_BY = re.compile(r"\b(?:after|before|following|since)\b|(?:sonra|önce|ardindan)\b")


# "Türkiye Ermeni toplumu", "Gürcistan Azerbaycan Türkleri cemaati": a community of the state
_COMMUNITY_OF_TR = re.compile(
    r"\s+[A-ZÇĞİÖŞÜ][\wçğıöşü]+\s+(?:toplum|topluluk|topluluğ|cemaat|diaspora|azinliğ|azınlığ|vakf|vakıf)"
)
_PAIRED = re.compile(r"\w\s?[-–]\s?\w")

# "Minister of Territorial Administration of Armenia Suren Papikyan", "Ambassador of Iran to
# Armenia Abbas Zohouri", "Azerbaijan's Deputy Foreign Minister Elnur Mammadov": a state named
# as the seat of an office whose holder the sentence names after it
_OFFICE_OF_EN = re.compile(
    r"\b(?:minister|ministers|ambassador|ambassadors|envoy|president|prime minister|premier|chairman|"
    r"chairwoman|chair|speaker|head|heads|deputy|representative|representatives|secretary|spokesperson|"
    r"spokesman|adviser|advisor|governor|mayor|commander|chief|director|ombudsman|consul)\s+of\s+"
    r"(?:[\w-]+\s+){0,5}?(?:the\s+)?(?:(?:islamic\s+|federal\s+|kyrgyz\s+)?republic\s+of\s+)?$|"
    # "Ambassador of Iran to Armenia Abbas Zohouri": the state an envoy is sent to
    r"\b(?:ambassadors?|envoys?)\s+(?:of\s+(?:[\w-]+\s+){1,6}?)?to\s+(?:the\s+)?$"
)
# "heads of the railway companies of Azerbaijan, Georgia and Uzbekistan": a state named as the
# owner of a body that met, not as a side
_BODY_OF_EN = re.compile(
    r"\b(?:compan(?:y|ies)|railways?|ministr(?:y|ies)|agenc(?:y|ies)|firms?|operators?|authorit(?:y|ies)|"
    r"services|committees?|parliaments?|banks?|corporations?|chambers?|administrations?|offices|"
    r"departments?|customs)\s+of\s+(?:the\s+)?$"
)
# "Özbekistan Ulaştırma Bakanı İlham Mahkamov", "Azerbaycan Cumhurbaşkanı Yardımcısı X": the
# title words (capitalised) between the state and the name
_TITLE_THEN_NAME_TR = re.compile(
    r"(?:['’]?n[ıiuü]n)?(?:\s+[A-ZÇĞİÖŞÜ][\wçğıöşü.]*){0,6}?\s+(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]*)?"
    r"(?:Bakan[ıi]|Büyükelçisi|Cumhurbaşkan[ıi]|Başbakan[ıi]|Başkan[ıi]|Temsilcisi|Yardımcısı|Sözcüsü|"
    r"Sekreteri|Komutan[ıi]|Müsteşar[ıi]|Valisi|Elçisi|Danışman[ıi])"
    r"(?:\s+(?:Yardımcısı|Vekili))?\s+(?:Orgeneral\s+|Dr\.\s+)?[A-ZÇĞİÖŞÜ]"
)
# "Azerbaycan, Gürcistan ve Özbekistan demir yolu şirketleri": the owner of a body
_BODY_AFTER_TR = re.compile(
    r"(?:['’]?n[ıiuü]n)?\s+(?:demir\s?yol|şirket|sirket|gümrük|parlamento|meclis|merkez bankas|"
    r"bakanlıkları|bakanliklari|kurumları|kurumlari)"
)


def _owner_of_a_title(s: Sentence, m: M) -> bool:
    """Whether the state ``m`` (with the states joined to it) is only the seat of an office the
    sentence names a holder of right after it, or the owner of a body ("the railway companies of
    A, B and C"): the holder or the body met, not the state."""
    if m.kind != "name":
        return False
    group = s.coordination(m, {"State"})
    first = min((g for g in s.coordination(m, {"State"}, forward=False)), key=lambda g: g.start, default=m)
    last = max(group, key=lambda g: g.end, default=m)
    if s.lang == "en":
        before = s.folded[max(0, first.start - 120) : first.start]
        if _BODY_OF_EN.search(before):
            return True
        if not _OFFICE_OF_EN.search(before):
            return False
        # the holder's name right after ("... of Armenia Suren Papikyan", "... of Iran to Armenia
        # Abbas Zohouri"), a capitalised word that opens no clause
        rest = s.text[last.end : last.end + 60]
        after = re.match(r"(?:\s+to\s+(?:the\s+)?[A-Z][\w-]+)?,?\s+([A-Z][\w'’.-]+)\s+[A-Z]", rest)
        return after is not None and after.group(1) not in ("The", "On", "In", "At", "And")
    stem = s.text[last.end : last.end + 120]
    return bool(_TITLE_THEN_NAME_TR.match(stem) or _BODY_AFTER_TR.match(s.folded, last.end))


_BROUGHT_TOGETHER_TR = re.compile(r"bir ?araya getir|(?:brought|brings|bringing) together")
_HOSTING = re.compile(r"hosted|hosts|received|receives|welcom|ağirla(?!n)|kabul e(?!dil)")
# "I am happy to welcome you to Moscow": the welcome itself, not one meant
_GLAD_TO = re.compile(r"\b(?:happy|glad|pleased|delighted|honou?red|like|want) to $")
_HOSTING_WORD = {
    # "Putin held trilateral talks with Aliyev and Pashinyan in Sochi": who holds three-way
    # talks with two others brought them together
    "en": re.compile(
        r"\b(?:hosted|hosting)\b|\bheld (?:a )?(?:trilateral|three-way) (?:talks|meeting|summit)\b|"
        r"\b(?:brought|brings|bringing) together\b"
    ),
    "tr": re.compile(
        r"ağirla(?:di|yan|mişti|yarak)|ağirliyor|ev sahipliği yapti|"
        # "Trump, Beyaz Saray'da Aliyev ve Paşinyan'ı bir araya getirdi": who brought them together
        r"bir ?araya getir(?:di|en|mişti|erek)|"
        r"üçlü (?:görüşme|toplanti|zirve)\w* (?:gerçekleştirdi|yapti|düzenledi)"
    ),
}


# "A, B and C hosted consultations between X and Y", "The Co-Chairs (A of Russia, B of France
# and C of the United States) hosted a meeting between X and Y": several hosts named before the
# verb, the guests after "between"
_HOSTED_BETWEEN_EN = re.compile(
    r"\b(?:hosted|co-hosted)\s+(?:(?:a|an|the|their|new|joint|separate|trilateral|informal|another|"
    r"first|second|third|fresh|direct|[\w-]+-level|round of)\s+){0,3}"
    r"(?:consultations|talks|meeting|meetings|negotiations)\s+between\b"
)
_NOT_A_LIST_EN = re.compile(r"\b(?:with|said|says|met|meets|told|after|before|while|who|which|whom)\b|;")


def _cohosts(s: Sentence, participants: list[M]) -> list[M]:
    """The people named together before "hosted ... talks between X and Y": each of them hosts
    (:func:`_host` takes one host, and none when two people are named before the verb)."""
    if s.lang != "en" or "hosted" not in s.folded:
        return []
    word = _HOSTED_BETWEEN_EN.search(s.folded)
    if word is None:
        return []
    before = [p for p in participants if p.type == "Person" and p.end <= word.start()]
    after = {p.key for p in participants if p.start >= word.end() and p.type in ("Person", "State")}
    if len({p.key for p in before}) < 2 or len(after) < 2 or {p.key for p in before} & after:
        return []
    if _NOT_A_LIST_EN.search(s.folded, before[0].start, word.start()):
        return []  # "X met Y, who hosted talks between ...": not one list of hosts
    return before


def _host(s: Sentence, trigger: re.Match[str], participants: list[M]) -> M | None:
    """ "Trump hosted Aliyev and Pashinyan", "Trump, Aliyev ve Paşinyan'ı ağırladı": the host
    of two guests from two other sides brought them together, and mediated."""
    # the hosting word need not be the trigger: "after hosting Pashinyan and Aliyev for talks"
    word = trigger if _HOSTING.match(trigger.group(0)) else _HOSTING_WORD[s.lang].search(s.folded)
    if word is None:
        return _third_party(s, trigger, participants)
    people = [p for p in participants if p.type in ("Person", "State")]
    before = [p for p in people if p.end <= word.start()]
    if not before:
        return None
    if s.lang == "en" and word.group(0) == "hosting" and before:
        # "..., with German Chancellor Olaf Scholz hosting the talks": the one the absolute
        # clause names right before "hosting" hosted
        last = before[-1]
        if s.folded[last.end : word.start()].strip() == "" and re.search(
            r"\bwith\s+(?:[\w'’.-]+\s+){0,6}$", s.folded[max(0, last.start - 60) : last.start]
        ):
            others = {p.key for p in people if p.key != last.key}
            return last if len(others) >= 2 else None
    if s.lang == "en" and len({p.key for p in before if p.type == "Person"}) > 1:
        # "Aliyev and Pashinian held a trilateral meeting with Putin": the two who hold it are
        # no host, and the one they hold it with hosts nothing the text says
        return None
    host = min(before, key=lambda p: p.start)
    # "Erdoğan hosted Armenian Prime Minister Pashinyan ... for the first official visit of an
    # Armenian head of government to Turkey": a guest's state, or the host's, is no other side
    persons = {p.key for p in people if p.type == "Person"}
    guests = [
        p
        for p in people
        if p.key != host.key and not (p.type == "State" and persons and _represented(s, p.key, persons))
    ]
    return host if len({g.key for g in guests}) >= 2 else None


_MET_WITH = {
    "en": re.compile(r"\b(?:met|held talks|talked)\s+(?:separately\s+)?with\b"),
    "tr": re.compile(r"\bile\b[^.;]{0,60}?(?:görüştü|görüşme (?:gerçekleştirdi|yapti)|bir araya geldi)"),
}


def _third_party(s: Sentence, trigger: re.Match[str], participants: list[M]) -> M | None:
    """ "Michel met with Aliyev and Pashinyan", "Michel, Aliyev ve Paşinyan ile görüştü": one
    person who meets two leaders of two other states, each of another state than theirs, met
    them as a third party and mediated (the leaders' states from the lexicon's roles)."""
    if not _MET_WITH[s.lang].search(s.folded):
        return None
    people = [p for p in participants if p.type == "Person"]
    if len(people) != 3:
        return None
    date = s.document.date or s.doc_year
    days = s.day_dates()
    if days:
        date = days[0].value
    states = [{role.of for role in s.lexicon.roles_of(p.key, date)} for p in people]
    if not all(states) or any(len(st) != 1 for st in states) or len(set.union(*states)) != 3:
        return None
    host = people[0]
    if (
        s.lang == "tr"
        and "," in s.folded[people[1].end : people[2].start]
        and "," not in s.folded[people[0].end : people[1].start]
        and re.search(r"\s(?:ile|ve)\s", s.folded[people[0].end : people[1].start])
    ):
        # "Aliyev ile Paşinyan, AB Konseyi Başkanı Michel ile ... bir araya geldi": the pair before
        # the comma is the subject; the one they met "ile" after it is the third party
        return people[2]
    if s.lang == "en" and not s.folded.startswith(" ", host.end):
        return None
    between = s.folded[host.end : people[1].start]
    if s.lang == "en" and not _MET_WITH["en"].search(between):
        return None  # the first named is who met "with" the others
    return host


UNDATED = "meeting/?"
# "The meeting was held on April 19 at the border between the countries", "iki ülke sınırında
# yapıldı": held at a place the text does not name, so not where the dateline says
AT_THE_BORDER = "held at the border, a place the text does not name"
# "Paşinyan ... Margara sınır kapısını ziyaret etmişti", "visited the Margara checkpoint", "the
# port of Aktau": one official who visits a facility inspects it, and meets no one
_FACILITY = re.compile(
    r"\b(?:sinir kapi\w*|kapisi\w*|checkpoints?|border crossings?|crossing points?|liman\w*|ports?|"
    r"köprü\w*|bridges?|şantiye\w*|construction|inşaat\w*|istasyon\w*|stations?|fabrika\w*|plants?|"
    r"factory|factories|terminal\w*|"
    # "visited the Alley of Martyrs and laid a wreath", "Anıtkabir'i ziyaret etti", "Şehitler
    # Hiyabanı'nı ziyaret ederek çelenk bıraktı": a memorial one person pays respects at
    r"memorials?|monuments?|alley|graves?|tombs?|mausoleum|cemetery|wreaths?|anit\w*|şehitli\w*|"
    r"hiyaban\w*|mezar\w*|kabr\w*|türbe\w*|çelenk\w*)\b"
)


# "İlham Aliyev, resmi ziyaret kapsamında Washington'a geldi", "arrived in Baku on an official
# visit": one person's arrival, the visit named by a noun, is no meeting yet
_ARRIVED = {
    "en": re.compile(r"\b(?:arrived|arrives|arriving|landed|lands)\b"),
    "tr": re.compile(r"(?:geldi|gelmişti|geliyor|ulaşti|ulaşmişti|vardi|varmişti)\b"),
}
_VISIT_NOUN = {"en": re.compile(r"visits?"), "tr": re.compile(r"ziyaret\w*")}


def _inspection(
    s: Sentence, trigger: re.Match[str], place: M | None, participants: list[M], mediators: list[M]
) -> bool:
    """A visit by one person to a facility, or one person's arrival on a visit (see above): no
    meeting."""
    if place is None or mediators or not trigger.group(0).startswith(("visit", "ziyaret")):
        return False
    if len({p.key for p in participants}) > 1:
        return False
    noun = _VISIT_NOUN[s.lang].fullmatch(trigger.group(0)) and not re.match(
        r"\s+(?:et|ed)", s.folded[trigger.end() :]
    )
    if noun and _ARRIVED[s.lang].search(s.folded):
        return True
    return bool(_FACILITY.search(s.folded, max(0, place.start - 25), min(len(s.folded), place.end + 25)))


_AT_THE_BORDER = {
    "en": re.compile(r"\b(?:held|met|meet|meeting|talks)\b[^.;]{0,60}\b(?:at|on) the (?:state )?border\b"),
    "tr": re.compile(
        r"sinir(?:i|lari)?n?[dt][ae]\s+(?:\w+\s+){0,2}?(?:yapil|gerçekleş|toplan|bir ?araya|görüş|buluş)"
    ),
}
EARLIER = "a meeting before the one the text tells"


_MANY_TIMES = {
    "en": re.compile(
        r"\b(?:met|meet|meeting|held talks|talks|visited)\b[^.;:]{0,40}?\b(?:for\s+)?"
        r"(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|"
        r"a number of|\d+)\s+times)\b"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|birkaç|birçok|çok sayida|\d+)\s+"
        r"(?:kez|kere|defa)\s+(?:[^\s,.;]+\s+){0,3}?(?:görüş|bir ?araya gel|buluş|toplan|ziyaret)|"
        r"(?<!\w)defalarca\s+"
    ),
}
_NOT_YET_SET = {
    "en": re.compile(
        r"\b(?:date|dates|venue|time|timing)\b[^.;:]{0,60}?\b(?:not(?: yet)?|yet to|never) (?:been |be )?"
        r"(?:set|fixed|scheduled|determined|decided|announced|agreed|finali[sz]ed|confirmed)\b|"
        r"\bno (?:[\w-]+ ){0,2}(?:date|dates|venue)\b[^.;:]{0,40}?\b(?:set|fixed|scheduled|determined|"
        r"decided|announced|agreed|finali[sz]ed|confirmed)\b|"
        # "no decision has been made yet on participation", "has not decided whether to attend"
        r"\bno (?:final |firm |clear )?decision\b[^.;:]{0,40}?\b(?:participat\w+|attend\w*|take part)\b|"
        r"\b(?:not|yet to) (?:yet )?(?:decided|decide) (?:whether|if) "
        r"(?:to |it will |he will |she will |they will )?(?:attend|participate|take part|join)\b"
    ),
    "tr": re.compile(
        # "Katılım hakkında henüz kesin bir karar alınmadı": whether to take part is not decided
        r"katilim\w*\s+(?:için|hakkinda|konusunda|ile ilgili)\s+(?:henüz\s+)?(?:net\s+|kesin\s+)?(?:bir\s+)?"
        r"karar\s+(?:alinma|verilme)|"
        r"(?:tarih|yer|zaman|mekan)\w*\s+(?:(?:ve|ile)\s+\w+\s+)?(?:(?:henüz|şu anda|şimdilik|daha)\s+)?"
        r"(?:kesinleşme|belirlenme|belli\s+ol(?:ma|mu)|açiklanma|netleşme|kararlaştirilma)"
    ),
}


def _meeting_after(s: Sentence, at: int) -> bool:
    """Whether a meeting word after ``at`` tells a meeting of its own (a press conference is
    another act)."""
    for word in _TRIGGER[s.lang].finditer(s.folded, at):
        if "conference" in word.group(0) or s.folded.startswith("basin ", max(0, word.start() - 6)):
            continue
        return True
    return False


_AFTER_IT = {
    "en": re.compile(r"(?!)"),  # English names it before the meeting word: _AFTER_IT_EN
    "tr": re.compile(
        r"(?:görüşme|toplanti|zirve|müzakere|buluşma)\w*\s+(?:ardindan|sonrasinda|sonrasi|akabinde)\b|"
        r"(?:görüşme|toplanti|zirve|müzakere|buluşma)\w*?[dt][ae]n\s+sonra\b"
    ),
}
_AFTER_IT_EN = re.compile(r"(?:^|[.;]\s*)(?:after|following)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$")
_AHEAD_OF_IT = {
    "en": re.compile(r"\b(?:ahead of|before|prior to)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$")
}
_AHEAD_OF_IT_TR = re.compile(
    r"(?:görüşme|toplanti|zirve|müzakere|buluşma)(?:ler|lar)?(?:[ıiuü]|s[ıiuü]|n[ıiuü]n|ler[ıi]n?)?"
    r"(?:\s+öncesi(?:nde)?|[dt][ae]n\s+önce)\b"
)
_EARLIER = {
    "en": re.compile(r"\b(?:previous|earlier|prior|last|former)\s+(?:[\w-]+\s+){0,3}$"),
    "tr": re.compile(r"(?:önceki|geçen|son|evvelki)\s+(?:[\w'’]+\s+){0,3}$"),
}
# "at the start of the meeting held on the sidelines of ...", "Görüşmeye ... katıldı": the
# meeting the text has told
_THE_MEETING = {
    "en": re.compile(r"\bthe (?:\w+ )?(?:meeting|talks|summit|negotiations|visit)\b"),
    "tr": re.compile(r"^(?:görüşme|toplanti|zirve)(?:de|da|ye|ya|ler[ie]|lerde|larda)?\b"),
}


def _earlier_meetings_place(s: Sentence, told: re.Match[str], place: M, dates: list[DateMention]) -> bool:
    """Whether ``place`` is written in the clause of another meeting word that the sentence marks
    as an earlier one ("the previous meeting ... was held in May in Dushanbe", "bir önceki
    toplantının mayıs ayında Duşanbe'de yapıldığını"), after the meeting dated by ``dates``
    ("During the trilateral meeting on October 14, ..."), with a clause between them."""
    if not has_any(s.folded, _EARLIER_WORDS[s.lang]):
        return False
    day_end = max((d.end for d in dates), default=told.end())
    for word in _TRIGGER[s.lang].finditer(s.folded, max(told.end(), day_end)):
        marker = _EARLIER[s.lang].search(s.folded, max(0, word.start() - 30), word.start())
        if marker is None:
            continue
        if place.start < marker.start():
            continue  # the place is written before the earlier meeting's phrase: not its own
        if not _CLAUSE_GAP.search(s.folded, max(told.end(), day_end), word.start()):
            continue  # "the October 14 meeting, like the previous meeting in Dushanbe": one clause
        return True
    return False


# between a day and the place written beside it: "in Tehran on 23 October", "on 23 October in
# Tehran", "23 Ekim'de Tahran'da", "Tahran'da 23 Ekim'de"
_BESIDE_DAY = re.compile(r"\s*,?\s*(?:(?:in|at|on)\s+)?(?:the\s+)?")


def _place_beside_day(s: Sentence, day: DateMention) -> M | None:
    """Of several places the sentence gives, the one written right beside the meeting's day ("İlki
    Aralık 2021'de Moskova'da gerçekleşen toplantının ikincisi 23 Ekim'de Tahran'da gerçekleşti",
    "after the first round in Moscow in December, the second was held on 23 October in Tehran"):
    the other is another meeting's."""
    places = _places(s)
    if len(places) < 2:
        return None
    for m in places:
        if m.start >= day.end and _BESIDE_DAY.fullmatch(s.folded, day.end, m.start):
            return m
        if day.start >= m.end and _BESIDE_DAY.fullmatch(s.folded, m.end, day.start):
            return m
    return None


_EARLIER_WORDS = {"en": ("previous", "earlier", "prior", "last", "former"), "tr": ("önceki", "geçen", "son")}
# a clause break between the dated meeting and the earlier one: a comma, "that", "ki", a
# semicolon ("During the meeting on October 14, Bayramov noted that the previous meeting ...")
_CLAUSE_GAP = re.compile(r"[,;:]|\bthat\b|\bki\b")


# "this time": a meeting set against the one told before
_THIS_TIME = {
    "en": re.compile(r"\bthis time\b"),
    "tr": re.compile(r"(?<!\w)bu (?:sefer|kez|defa)(?!\w)"),
}
# talks told as going on for some time: the process, not one meeting
_ONGOING = {
    "en": re.compile(r"\b(?:ongoing|continuing|long-running|protracted|years-long)\s+(?:[\w-]+\s+){0,2}$"),
    "tr": re.compile(r"(?:devam eden|süregelen|sürdürülen|süren)\s+(?:[^\s,.;]+\s+){0,2}$"),
}


# "ready to help conclude the peace talks", "the success of the negotiations", "barış
# görüşmelerinin sonuçlandırılmasına", "müzakerelerin ilerlemesi", "müzakerelerin başladığını":
# talks as a process someone acts on, hopes for or sets going, not a meeting held
_PROCESS_ACT = {
    "en": re.compile(
        r"\b(?:conclud\w*|advanc\w*|reviv\w*|resum\w*|success of|progress (?:in|of)|outcome of|"
        r"support\w*|facilitat\w*|help(?:ing|ed)?|push\w* forward|complet\w*|finaliz\w*)\s+"
        r"(?:the\s+|these\s+)?(?:ongoing\s+)?(?:peace\s+|normali[sz]ation\s+)?$"
    ),
    "tr": re.compile(
        r"(?<=[ıiuü]n)\s+(?:sonuçlan\w*|ilerle\w*|başari\w*|sürdürül\w*|yeniden başlat\w*|hizlan\w*|"
        # "müzakerelerin başladığını": the process set going
        r"kolaylaştiril\w*|desteklen\w*|tamamlan\w*|başla(?:d[ıi]ğ|ma|mas|yacağ)\w*)"
    ),
}


def _undated(
    s: Sentence, trigger: re.Match[str], participants: list[M], mediators: list[M], place: M | None
) -> None:
    """A meeting told without its date ("The meeting in Abu Dhabi was the two leaders'
    first formal encounter"): its parts are kept under a placeholder key that the document's
    end gives to the one dated meeting of the same place or the same people, or drops."""
    mood = _mood(s, trigger.start(), trigger.end())
    if mood != "asserted" or _purpose(s, trigger):
        return
    if s.lang == "en" and _LAST_TIME_EN.search(s.folded, 0, trigger.start()):
        return  # "Last time Aliyev and Pashinyan sat down with Putin ...": an earlier meeting
    if _ANOTHER_MEETING[s.lang].search(s.folded, max(0, trigger.start() - 30), trigger.start()):
        return  # "during the subsequent talks in Chisinau": another meeting, its day not told
    if _EARLIER[s.lang].search(s.folded, max(0, trigger.start() - 40), trigger.start()):
        return  # "En son Bakü'deki 3'lü toplantımızdan sonra ...": an earlier one, undated
    if (
        place is None
        and s.recent_meeting
        and not _PLACELESS_KEY.fullmatch(s.recent_meeting)
        # (not "İki lider, görüşmenin ardından ...": the meeting's own people, who go on)
        and not any(p.type == "Person" for p in participants)
        and (
            _AFTER_IT[s.lang].match(s.folded, trigger.start())
            or (
                s.lang == "en"
                and _AFTER_IT_EN.search(s.folded, max(0, trigger.start() - 30), trigger.start())
            )
        )
    ):
        # "Trump, Aliyev ve Paşinyan 8 Ağustos'ta Beyaz Saray'da bir araya geldi. ... Üçlü zirvenin
        # ardından iki ülkenin dışişleri bakanları AGİT'e başvurdu": the meeting just told, named as
        # the time of another act, is no new one (nor are the states or bodies of that act in it)
        return
    if (
        place is not None
        and s.recent_meeting
        and not s.recent_meeting.endswith("-" + place.key)
        and s.lang == "en"
        and _THE_TALKS_AGAIN[s.lang].match(s.folded)
        and trigger.start() < 40
        and not _PLACE_OF_IT[s.lang].fullmatch(s.folded, trigger.end(), place.start)
    ):
        # "The talks were held against the backdrop of the anniversary of the pogroms in Sumgait",
        # "The negotiations also followed two attacks ... in Gegharkunik": the meeting just told,
        # named again; the place is another event's (not "The talks were held in Brussels")
        return
    if _MANY_TIMES[s.lang].search(s.folded):
        # "the two foreign ministers have met four times in the last six months", "birkaç kez bir
        # araya geldiler": a count of meetings, no one meeting told
        return
    if _NOT_YET_SET[s.lang].search(s.folded):
        # "The date of the meeting has not yet been set", "No date has been set for the talks",
        # "Tarih ve yer henüz kesinleşmese de ... görüşmesinin gündemi": a meeting still ahead
        return
    ahead = (
        _AHEAD_OF_IT_TR.search(s.folded, trigger.start())
        if s.lang == "tr"
        else _AHEAD_OF_IT["en"].search(s.folded, max(0, trigger.start() - 40), trigger.start())
    )
    if ahead is not None and not _meeting_after(s, max(ahead.end(), trigger.end())):
        # "Ahead of his meeting with Aliyev in Baku, Costa said ...", "Aliyev ile görüşmesi öncesinde
        # açıklama yaptı": the meeting is still ahead of what the sentence tells; no date, no news
        return
    if _reference_meeting(s, trigger):
        # "Bakü'deki üçlü toplantıdan sonra TANAP'ın açılışının yapıldığını anlatan Çavuşoğlu",
        # "since the trilateral meeting in Baku, the pipeline has opened": an earlier meeting
        # other news is timed by; its place is not the meeting the report tells
        place = None
    if _THIS_TIME[s.lang].search(s.folded, 0, trigger.start()):
        # "İki liderin bu sefer ABD Başkanı Trump'ın ev sahipliğinde bir araya gelmeleri": set
        # against the meeting told before, another one
        return
    if _ONGOING[s.lang].search(s.folded, max(0, trigger.start() - 40), trigger.start()):
        return  # "uzun süredir devam eden barış görüşmeleri", "the ongoing talks": a process
    if (
        s.lang == "en"
        and trigger.group(0) in ("talks", "negotiations")
        and _PROCESS_ACT["en"].search(s.folded, max(0, trigger.start() - 50), trigger.start())
    ) or (s.lang == "tr" and _PROCESS_ACT["tr"].match(s.folded, trigger.end())):
        return  # "help conclude the peace talks", "görüşmelerin sonuçlandırılması": a process
    if place is None and _call_told_before(s):
        return  # "... telefonda görüştü. Erdoğan görüşmede, ...": the call told before, no meeting
    key = UNDATED + (f"-{place.key}" if place else "")
    if place is not None:
        s.state(key, "heldIn", place.key, "entity", (place.start, place.end), "meeting.undated.place")
    # "Zirveye X, Y ve Z katıldı", "X, Y and Z attended": who took part in a meeting told beside
    told = _ATTENDED[s.lang].search(s.folded) or _THE_MEETING[s.lang].search(s.folded, 0, trigger.end())
    rule = "meeting.undated.attended" if told else "meeting.undated.participant"
    for p in participants:
        s.state(
            key,
            "participant",
            p.key,
            "entity",
            s.cover(trigger.span(), p),
            rule,
            note=OFFICE if _office(p) else "",
        )
    for m in _unique(mediators):
        s.state(key, "mediatedBy", m.key, "entity", s.cover(trigger.span(), m), "meeting.undated.mediation")
        if _hosts_in_person(s, m) and all(p.key != m.key for p in participants):
            s.state(key, "participant", m.key, "entity", s.cover(trigger.span(), m), "meeting.undated.host")


def _represented(s: Sentence, state: str, persons: set[str]) -> bool:
    """Whether a person in the sentence holds a role of ``state`` at the time."""
    date = s.document.date or s.doc_year
    days = s.day_dates()
    if days:
        date = days[0].value
    return any(role.of == state for person in persons for role in s.lexicon.roles_of(person, date))


def _unique(mentions: list[M]) -> list[M]:
    seen: dict[str, M] = {}
    for m in mentions:
        seen.setdefault(m.key, m)
    return list(seen.values())


def _label(s: Sentence, participants: list[M], place: M | None, date: str) -> str:
    names = [s.label_of(p.key) for p in participants[:4]]
    where = s.label_of(place.key) if place else ""
    if s.lang == "tr":
        who = " ve ".join(names) if names else "Görüşme"
        return f"{who} görüşmesi" + (f", {where}" if where else "") + f", {date}"
    if not names:
        return "Meeting" + (f" in {where}" if where else "") + f", {date}"
    return f"Meeting of {' and '.join(names)}" + (f" in {where}" if where else "") + f", {date}"


def _process(s: Sentence, mediator_mentions: list[M], recent_states: list[str]) -> None:
    """Undated talks with a mediator: the Armenia–Azerbaijan peace process."""
    in_view = set(recent_states[-4:]) | {m.key for m in s.mentions if m.type == "State"}
    if not {"armenia", "azerbaijan"} <= in_view and not any(m.key == PROCESS for m in s.mentions):
        return
    word = _PROCESS_WORD[s.lang].search(s.folded) or _SIDES[s.lang].search(s.folded)
    if word is None and not any(m.key == PROCESS for m in s.mentions):
        return
    for m in _unique(mediator_mentions):
        if m.key in ("armenia", "azerbaijan"):
            continue
        if _INVITED_AFTER.match(s.folded, m.end) or _INVITED_BEFORE.search(
            s.folded, max(0, m.start - 40), m.start
        ):
            continue  # who invited the sides hosted a meeting, not the process
        if _MEDIATED_DOCUMENT[s.lang].match(s.folded, m.end, m.end + 90):
            # "Rusya'nın arabuluculuğu sonucu ... ateşkes anlaşmasına varmıştı": a document's mediator
            continue
        if _HOSTED_TALKS[s.lang].search(s.folded):
            continue  # "Lavrov hosted Mirzoyan and Bayramov for talks": a meeting's host, not the process's
        if word is not None and (
            modality(s, *word.span()) != "asserted"
            or (s.lang == "en" and _SOUGHT_TALKS_EN.search(s.folded, max(0, word.start() - 70), word.start()))
            or (s.lang == "tr" and _SOUGHT_TALKS_TR.match(s.folded, word.end()))
        ):
            # "stressed the importance of the sides entering negotiations under the auspices of",
            # "support the resumption of dialogue under the auspices of", "müzakerelerin yeniden
            # başlamasını destekliyor": talks called for, not held
            continue
        span = s.cover(word.span() if word else (m.start, m.end), m)
        s.state(PROCESS, "mediatedBy", m.key, "entity", span, "process.mediation")


# "X hosted A and B for talks", "X'in ev sahipliğinde": who hosts talks hosts a meeting
_HOSTED_TALKS = {
    "en": re.compile(r"\b(?:hosted|hosts|hosting|host)\b"),
    "tr": re.compile(r"ev\s+sahipli[gğ]"),
}
# a document the mediation led to, right after the mediator: "Rusya'nın arabuluculuğu sonucu Kasım
# 2020'de ateşkes anlaşmasına varmıştı", "mediated by Russia, the sides reached a ceasefire agreement"
_MEDIATED_DOCUMENT = {
    "en": re.compile(
        r"[^.;]*?\b(?:reached|signed|agreed (?:on|to))\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?"
        r"(?:ceasefire|truce|agreement|deal|statement|declaration)"
    ),
    "tr": re.compile(r"[^.;]*?(?:ateşkes|anlaşma|bildiri|deklarasyon)\w*\s+(?:\w+\s+)?(?:var|imza|ulaş)"),
}
# the talks a sentence calls for, supports or wants back: "the importance of (the sides) entering",
# "support for the resumption of", "called on the sides to return to", "urged ... to resume"
_SOUGHT_TALKS_EN = re.compile(
    r"\b(?:importance\s+of|support\s+for|supports?|call(?:s|ed)?\s+(?:on|for)|urg(?:e|es|ed|ing)|"
    r"resum(?:e|es|ed|ing|ption)|return(?:ing)?\s+to|enter(?:s|ed|ing)?|need\s+(?:for|to)|"
    r"(?:to|should|must)\s+(?:start|begin|launch|continue|hold))\b[^.;:]{0,50}$"
)
# "müzakerelerin yeniden başlamasını", "görüşmelere dönülmesi çağrısı", "sürecin devam etmesini istedi"
_SOUGHT_TALKS_TR = re.compile(
    r"\w*\s+(?:(?:yeniden|tekrar)\s+)?(?:başla(?:ma|tılma)\w*|dönül\w*|dön(?:me|mesi)\w*|"
    r"devam\s+etme\w*|sürdürülme\w*)"
)


def _same_peoples_day(key: str, people: dict[str, set[str]]) -> bool:
    when = key.removeprefix("meeting/")[:7]
    place = key.removeprefix("meeting/")[8:]
    if not place or len(people.get(key, set())) < 2:
        return False
    days = [
        k
        for k in people
        if _DAY_KEY.match(k)
        and k.removeprefix("meeting/")[:7] == when
        and k.endswith("-" + place)
        and k != key
    ]
    return len(days) == 1 and len(people[days[0]] & people[key]) >= 2


def the_days_meeting(statements: list[Statement]) -> list[Statement]:
    """A meeting dated only by the report's month (a "today" quoted, the lead's meeting) at a
    place where the document tells one meeting on a day of that month or the month before
    ("... talks hosted by Putin on Monday, October 31. 'Today we agreed on a joint statement,'
    he said after the meeting held in Sochi", reported on 1 November) is that meeting."""
    people: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "participant" and st.subject.startswith("meeting/") and st.modality != "intended":
            people.setdefault(st.subject, set()).add(st.object)
    by_month = {
        st.subject
        for st in statements
        if st.relation == "date"
        and st.subject.startswith("meeting/")
        and (
            # "... took place in Arlington on 1 May ... . The talks in Arlington in May ...": a
            # month's meeting of two of the same people at the place of one of that day
            (len(st.object) == 7 and st.modality != "intended" and _same_peoples_day(st.subject, people))
            or "quoted: month" in st.note
            or st.note == "the report's month"
            # "his Azerbaijan visit last week", "geçen hafta": a month counted back from the report
            or (len(st.object) == 7 and st.note.endswith("week, from the document's date"))
            or (len(st.object) == 7 and st.note.endswith("hafta, from the document's date"))
        )
    }
    if not by_month:
        return statements
    dated_to_the_day = {k for k in by_month if _DAY_KEY.match(k)}
    if dated_to_the_day:
        # the day's meeting that a month-dated telling was joined to keeps its day only
        statements = [
            st
            for st in statements
            if not (st.subject in dated_to_the_day and st.relation == "date" and len(st.object) == 7)
        ]
        by_month -= dated_to_the_day
    days = {
        st.subject: st.object
        for st in statements
        if st.relation == "date" and st.subject.startswith("meeting/") and len(st.object) == 10
    }
    rename: dict[str, str] = {}
    for key in by_month:
        when = key.removeprefix("meeting/")[:7]
        place = key.removeprefix("meeting/")[8:]
        if not place:
            continue
        same = [k for k, day in days.items() if k.endswith("-" + place) and _month_or_before(day[:7], when)]
        if len(same) == 1:
            rename[key] = same[0]
    if not rename:
        return statements
    out = []
    for st in statements:
        if st.subject not in rename:
            out.append(st)
        elif st.relation not in ("date", "type", "label"):
            out.append(replace(st, subject=rename[st.subject]))
    return out


_DAY_KEY = re.compile(r"meeting/\d{4}-\d{2}-\d{2}(?:-|$)")


def _month_or_before(month: str, of: str) -> bool:
    year, number = int(of[:4]), int(of[5:7])
    before = f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
    return month in (of, before)


def nearest_told(statements: list[Statement], key: str, candidates: list[str]) -> list[str]:
    """Of several meetings an undated one could go on telling, the one told last before it,
    within three sentences ("A meeting was held in Sochi ... on October 31. ... The meeting
    provided a second opportunity for direct talks between Aliyev and Pashinian. The previous
    one had taken place on October 6 ... in Prague")."""
    if len(candidates) < 2:
        return candidates
    own = min((st.sentence for st in statements if st.subject == key), default=-1)
    last: dict[str, int] = {}
    for st in statements:
        if st.subject in candidates and st.sentence <= own:
            last[st.subject] = max(last.get(st.subject, -1), st.sentence)
    if not last:
        return candidates
    best = max(last.values())
    nearest = [k for k, at in last.items() if at == best]
    return nearest if len(nearest) == 1 and own - best <= 3 else candidates


def told_before(statements: list[Statement], key: str, dated: list[str]) -> list[str]:
    """The dated meeting a placeless undated one (``key``) goes on telling: "Fidan, 14 Mart'ta
    Bakü'de temaslarda bulundu. Fidan, Aliyev ile görüştü.", "The summit was held in Samarkand
    on 11 November. Aliyev, Mirziyoyev and Tokayev attended.": the meetings told in the three
    sentences before or after it with one of the same people, or any when it only says who
    attended or names the meeting told ("the meeting", "Görüşmede": ``meeting.undated.attended``)."""
    told: dict[str, set[int]] = {}
    people: dict[str, set[str]] = {}
    attended = False
    for st in statements:
        if st.subject == key or st.subject in dated:
            told.setdefault(st.subject, set()).add(st.sentence)
            if st.relation == "participant":
                people.setdefault(st.subject, set()).add(st.object)
            if st.subject == key and st.rule.startswith("meeting.undated.attended"):
                attended = True
    own = told.get(key, set())
    if not own:
        return []
    near = [
        k
        for k in dated
        if k in told
        and any(abs(a - b) <= 3 for a in own for b in told[k])
        and (attended or people.get(k, set()) & people.get(key, set()))
    ]
    return near


# The lead: the first sentences of a report (its headline, byline and first paragraph).
_LEAD_SENTENCES = 6  # headline, byline and time-stamp lines are sentences of their own (text.py)
# "Bugünkü toplantımızda", "Bugün 3'lü toplantılarımızda", "today's talks", "met today": the
# report says its meeting was held on its own day
_TODAY_MEETING = {
    "en": re.compile(
        r"\btoday(?:['’]s)?\s+(?:\w+\s+){0,2}(?:meeting|talks|summit|negotiations)\b|"
        r"\b(?:met|held talks|gathered)\b[^.;,]{0,40}\btoday\b"
    ),
    # the meeting word may come late in the clause, after the hour (15.00'te), the host and the
    # sides ("bugün saat 16:30'da Lavrov'un ev sahipliğinde ... arasındaki toplantı", "bugün Bağımsız
    # Devletler Topluluğu (BDT) Devlet Başkanları Toplantısı'na ev sahipliği yaptı"); not a meeting
    # the clause calls another day's ("geçen haftaki toplantı")
    "tr": re.compile(
        r"(?<!\w)bug[üu]n(?:k[üu])?\s+(?:(?!ge[çc]en|[öo]nceki|d[üu]nk[üu]|ilk|son)(?:\d+\.\d+\S*|[^\s.;!?]+)\s+){0,25}?"
        r"(?:g[öo]r[üu][şs]me|toplant[ıi]|zirve|bir ?araya gel)"
    ),
}


def report_day(sentences: list[str], lang: str, day: str) -> str:
    """The date of what a report tells as its own news, for a meeting its lead tells without
    one: the report's day where "today" / "bugün" beside a meeting word says so in the
    report's own voice; else its month (a time stamp, a "today" inside a quotation, or the
    report's date alone: reports often appear the day after what they tell, so the month is
    what they give for sure; tests/devset/README.md)."""
    if lang not in _TODAY_MEETING:
        return ""
    if _ISO_MONTH.fullmatch(day):
        return day  # a report dated by its month alone: that month is all it gives
    if not _ISO_DAY.fullmatch(day):
        return ""
    opened = False  # a quotation runs on across sentences ("“... Kendileriyle bugün ... ”")
    word = _TODAY_WORD[lang]
    for text in sentences:
        if word in text.lower():
            today = _TODAY_MEETING[lang].search(fold(text))
            if today is not None and not _in_quotation(text, today.start(), opened):
                return day
        if lang == "tr":
            folded = fold(text)
            under_way = _UNDER_WAY_TR.search(folded) if "yor" in folded else None  # every match ends in it
            if (
                under_way is not None
                and not _NOT_TODAY_TR.search(folded)
                and not _in_quotation(text, under_way.start(), opened)
            ):
                return day
        if '"' in text or "“" in text or "”" in text:
            opened = _in_quotation(text, len(text), opened)
    return day[:7]


_TODAY_WORD = {"en": "today", "tr": "bug"}  # "bugün", "bugun" typed without its letters
# "... ikinci bir görüşme gerçekleştiriyor", "Aliyev ile Paşinyan görüşüyor": a meeting the
# report's own voice tells in the present progressive is under way on the report's day; not one
# ahead ("yarın", "önümüzdeki hafta") or a habit ("her yıl")
_UNDER_WAY_TR = re.compile(
    r"(?:(?:görüşme|toplanti|zirve|müzakere)\w*\s+(?:gerçekleştiriyor|yapiyor|düzenliyor)|"
    r"(?<!\w)(?:görüşüyor|bir ?araya geliyor|toplaniyor|müzakere ediyor))(?:lar)?\b"
)
_NOT_TODAY_TR = re.compile(
    r"(?<!\w)(?:yarin|önümüzdeki|gelecek|haftaya|her (?:yil|ay|hafta|gün)|yeniden|sik sik|düzenli)"
)


def _in_quotation(text: str, at: int, opened: bool = False) -> bool:
    """Whether ``at`` is inside a quotation of ``text`` (``opened``: one runs on into it)."""
    before = text[:at]
    if before.count('"') % 2 == 1:
        return True
    inside = opened
    for mark in _CURLY.findall(before):
        inside = mark == "“"
    return inside


# a sentence of prose: five words or more, ending as a sentence does (not a headline, a section
# name, a time stamp or a dateline, which a page may repeat before its lead)
_PROSE = re.compile(r"(?:\S+\s+){4,}\S*[.!?…\"”’]\s*$")
_PROSE_ENDS = (".", "!", "?", "…", '"', "”", "’")


def lead_sentences(texts: list[str]) -> frozenset[int]:
    """The indices of the report's lead: its first sentences (headline, byline and time stamp
    are sentences of their own) and, on a page that repeats its headline, summary, time stamp
    and dateline before the story, every sentence up to its second sentence of prose."""
    prose = 0
    lead = set(range(min(len(texts), _LEAD_SENTENCES)))
    for index, text in enumerate(texts):
        lead.add(index)
        if text.rstrip()[-1:] in _PROSE_ENDS and _PROSE.search(text):  # (a cheap gate: it ends so)
            prose += 1
            if prose >= 2:
                break
    return frozenset(lead)


def lead_meeting(
    statements: list[Statement],
    undated: list[str],
    rename: dict[str, str],
    day: str,
    lead: frozenset[int] = frozenset(),
) -> list[Statement]:
    """A meeting the report's lead tells in the past without its day ("Bayramov ile Mirzoyan
    ... Almatı kentinde bir araya geldi") is of the report's own day or month (``day``, from
    :func:`report_day`): the undated meetings first told in the lead that
    no dated one took are renamed (in ``rename``) to ``meeting/<day>[-<place>]``; returns
    their type and date."""
    if not day:
        return []
    first: dict[str, Statement] = {}
    reported: set[str] = set()
    for st in statements:
        if st.subject in undated and st.subject not in rename:
            first.setdefault(st.subject, st)
            if (
                st.modality == "reported"
                and st.sentence == first[st.subject].sentence
                # "Dışişleri kaynaklarının verdiği bilgiye göre, X ile Y ... görüştü", "diplomatic
                # sources said": sources the report draws its own news from
                and st.speaker != "anonymous"
            ):
                reported.add(st.subject)  # its first telling is a speaker's
    people: dict[str, set[str]] = {}
    for st in statements:
        if st.subject in first and st.relation == "participant":
            people.setdefault(st.subject, set()).add(st.object)
    extra: list[Statement] = []
    for key, st in first.items():
        if key == UNDATED and len(people.get(key, set())) < 2:
            continue  # one person and no place: no meeting of the report's own
        if (st.sentence >= _LEAD_SENTENCES and st.sentence not in lead) or key in reported:
            # told by a speaker ("Putin said Yerevan had recognised ... at the Prague summit"):
            # not the report's own news
            continue
        place = key.removeprefix(UNDATED).removeprefix("-")
        dated = f"meeting/{day}" + (f"-{place}" if place else "")
        rename[key] = dated
        rule = f"meeting.lead.{st.language}"
        extra.append(replace(st, subject=dated, relation="type", object="Meeting", kind="class", rule=rule))
        extra.append(
            date_from(
                st, dated, day, rule, "the report's own day" if len(day) == 10 else "the report's month"
            )
        )
    return extra


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")


# "Paşinyan'ın Trump ile Washington'da yaptığı görüşme hakkında Putin'e bilgi verdi", "briefed
# Putin on Pashinyan's talks with Aliyev", "was not informed about her counterpart's visit":
# who briefs or is briefed on a meeting is not in it; its owner (and whom it is "with") is
_BRIEF_TR = re.compile(r"(?:bilgi ver|bilgilendir|bilgi aktar)")
_BRIEF_TOPIC_TR = re.compile(r"\w*\s+(?:ile\s+)?(?:hakkinda|ilgili|ilişkin|dair|konusunda)\b")
_BRIEF_EN = re.compile(
    r"\b(?:briefed|informed|notified|told|updated)\s+(?:[\w'’-]+\s+){0,4}?(?:about|on|of)\s+"
    r"(?:the\s+|a\s+)?(?P<owner>(?:[\w'’-]+\s+){0,4}?)$"
)
_POSSESSOR_EN = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")


def _briefed_on(s: Sentence) -> tuple[re.Match[str], int] | None:
    """A meeting word the sentence tells someone is briefed on, with where the phrase that says
    whose meeting it was begins: in Turkish a meeting noun before "hakkında / ile ilgili ...
    bilgi verdi" with a person in the genitive before it ("Paşinyan'ın ... yaptığı görüşme"); in
    English a meeting noun after "briefed / informed ... about / on" (its possessor, "Aliyev's
    visit", named or not: "her counterpart's visit" names no one who met)."""
    if s.lang == "tr":
        if not _BRIEF_TR.search(s.folded):
            return None
        for word in s.scan(_TRIGGER["tr"]):
            if not _BRIEF_TOPIC_TR.match(s.folded, word.start()):
                continue
            if not _BRIEF_TR.search(s.folded, word.end(), min(len(s.folded), word.end() + 80)):
                continue
            owners = [
                m
                for m in s.mentions
                if m.type == "Person"
                and m.end <= word.start()
                and word.start() - m.end <= 120
                and _OWNER_TR.search(s.folded, m.start, m.end)
            ]
            if owners:
                return word, owners[-1].start
            # "Bayramov, salı günü Cenevre'de Mirzoyan ile yaptığı görüşme hakkında Aliyev'e bilgi
            # verdi": the subject's own meeting
            subject = min((m for m in s.mentions if m.type == "Person"), key=lambda m: m.start, default=None)
            if (
                subject is not None
                and subject.end < word.start()
                and s.folded.startswith(",", subject.end)
                and re.search(r"(?:yaptiği|gerçekleştirdiği)\s+$", s.folded[: word.start()])
                # not "Putin'i telefonla arayarak ... yaptığı görüşme hakkında": another act first
                and not re.search(r"\w(?:arak|erek)\b", s.folded[subject.end : word.start()])
                and not _CALL["tr"].search(s.folded, subject.end, word.start())
            ):
                return word, subject.start
        return None
    if s.lang != "en" or not re.search(r"\b(?:briefed|informed|notified|told|updated)\b", s.folded):
        return None
    for word in s.scan(_TRIGGER["en"]):
        if not _NOMINAL_EN.match(word.group(0)):
            continue
        brief = _BRIEF_EN.search(s.folded, max(0, word.start() - 120), word.start())
        if brief is None:
            continue
        owner = brief.start("owner")
        if not _POSSESSOR_EN.search(s.folded, owner, word.start()):
            # "briefed Putin on the talks with Aliyev": whose talks the sentence does not say
            return None
        return word, owner
    return None


# "... 11 gün sonra gittiği Erivan'da ... dile getirdi", "Erivan'a giden Pezeşkiyan", "arrived in
# Yerevan on a two-day visit": the town the report's lead says a person travelled to
_TRAVELLED_BEFORE = {
    "tr": re.compile(
        r"(?:gittiği|geldiği|ziyaret ettiği|vardiği|ulaştiği|bulunduğu)\s+(?:[^\s.,;]+\s+){0,2}?$"
    ),
    "en": re.compile(
        r"\b(?:arrived in|arrives in|arriving in|visiting|travell?ed to|travell?ing to|"
        # "paid his first official visit to Turkey", "made a state visit to"
        r"(?:paid|pays|paying|made|makes|making) (?:an? |his |her |their )?(?:[\w-]+ ){0,3}visits? to|"
        r"(?:on|during) (?:an? |his |her )?(?:[\w-]+ ){0,2}visit to)\s+(?:the\s+)?$"
    ),
}
# "ilk resmi ziyaretini Türkiye'ye gerçekleştirdi", "Türkiye'ye resmi bir ziyarette bulundu",
# "Türkiye'ye resmi ziyaret gerçekleştirdi / yaptı": a visit to the place in the dative
_VISIT_BEFORE_TR = re.compile(r"ziyaret(?:ini|lerini)\s+(?:[^\s.,;]+\s+){0,2}?$")
_VISIT_DONE_TR = re.compile(r"\s+(?:gerçekleştir|yapti|yapan|yaparak)")
_VISIT_AFTER_TR = re.compile(
    r"\s+(?:(?:resmi|resmî|çalişma|devlet|resmi olmayan|ilk|iki günlük|bir)\s+){0,3}ziyaret"
    r"(?:te bulun|e (?:gitti|geldi|giden|gelen)|(?:i|ini)?\s+(?:gerçekleştir|yapti|yapan|yaparak|eden|etti))"
)
_TRAVELLED_AFTER_TR = re.compile(
    r"\s+(?:[^\s.,;]+\s+){0,2}?(?:gitti|geldi|giden|gelen|vardi|ulaşti|giderek|gelerek)"
)
_LOCATIVE_TR = re.compile(r"['’]?[dt][ae]$")
_DATIVE_TR = re.compile(r"['’]?y?[ae]$")
# a person's visit to a state, anywhere in the report: "Kobakhidze's visit to Azerbaijan", "Pashinyan's
# first official visit to Turkey", "Paşinyan'ın Türkiye ziyareti", "Aliyev'in
# Gürcistan'a resmi ziyareti"; the person's name right before it
_VISIT_ADJ_EN = (
    r"(?:(?:first|second|official|state|working|two-day|three-day|historic|recent|latest)\s+){0,3}"
)
_VISIT_OF_EN = re.compile(r"['’]s?\s+" + _VISIT_ADJ_EN + r"visit\s+to\s+(?:the\s+)?$")
_VISIT_BETWEEN_EN = re.compile(r"(?:['’]s?)?\s+" + _VISIT_ADJ_EN + r"visit\s+to\s+(?:the\s+)?")
_VISIT_ADJ_TR = r"(?:(?:ilk|resmi|resmî|çalişma|devlet|iki günlük|son)\s+){0,3}"
_VISIT_OF_TR = re.compile(r"['’]n?[ıiuü]n\s+" + _VISIT_ADJ_TR + "$")
_VISIT_BETWEEN_TR = re.compile(r"(?:['’]n?[ıiuü]n)?\s+" + _VISIT_ADJ_TR)
_VISIT_NOUN_TR = re.compile(r"(?:['’]?y?[ae])?\s+" + _VISIT_ADJ_TR + "ziyaret")
# "Çavuşoğlu'nun ilk resmi ziyaretini Azerbaycan'a yapması", "ziyaretini kardeş Gürcistan'a
# gerçekleştirdi": the visit as the object, the state in the dative, a verb of making it
_VISIT_MADE_OF_TR = re.compile(r"['’]n?[ıiuü]n\s+" + _VISIT_ADJ_TR + r"ziyaret(?:ini|i)\s+(?:[^\s.,;]+\s+)?$")
_VISIT_MADE_BETWEEN_TR = re.compile(
    r"(?:['’]n?[ıiuü]n)?\s+" + _VISIT_ADJ_TR + r"ziyaret(?:ini|i)\s+(?:[^\s.,;]+\s+)?"
)
_VISIT_MADE_TR = re.compile(r"(?:['’]?y?[ae])?\s+(?:yap|gerçekleştir)")


def _visits_of_states(
    sentences: list[tuple[int, int, str]], mentions: list[tuple[str, str, int, int, int]], lang: str
) -> dict[str, str]:
    """``{person: state}`` for a visit to a state the report tells as a person's, in any of its
    sentences (:data:`_VISIT_OF_EN`, :data:`_VISIT_OF_TR`)."""
    found: dict[str, str] = {}
    marker = "visit" if lang == "en" else "ziyaret"
    for index, start, text in sentences:
        folded = fold(text)
        if marker not in folded:
            continue
        here = sorted((m for m in mentions if m[2] == index), key=lambda m: m[3])
        for i, (key, kind, _, a, b) in enumerate(here):
            if kind != "State":
                continue
            lo, hi = a - start, b - start
            if not 0 <= lo < hi <= len(folded):
                continue
            if (
                lang == "tr"
                and (i == 0 or here[i - 1][1] != "Person")
                and _VISIT_BEFORE_TR.search(folded, max(0, lo - 40), lo)
                and _DATIVE_TR.search(folded[lo:hi])
                and _VISIT_MADE_TR.match(folded, hi)
            ):
                # "İlk resmi ziyaretini Azerbaycan'a gerçekleştiren Zurabişvili", "Bölgedeki ilk
                # ziyaretini kardeş Azerbaycan'a yapmaktan mutlu olduğunu ifade eden Zurabişvili":
                # the relative clause's head, the person named after it, made the visit
                after = [m for m in here[i + 1 :] if m[1] == "Person"]
                if after and after[0][0] not in found:
                    found[after[0][0]] = key
                continue
            if i == 0:
                continue
            who, _, _, pa, pb = here[i - 1]
            if here[i - 1][1] != "Person" or who in found:
                continue
            # the possessive may be read into the name's mention ("Kobahidze'nin") or not
            span, between = folded[pa - start : lo], folded[pb - start : lo]
            if lang == "en":
                if _VISIT_OF_EN.search(span) and _VISIT_BETWEEN_EN.fullmatch(between):
                    found[who] = key
            elif (
                _VISIT_OF_TR.search(span)
                and _VISIT_BETWEEN_TR.fullmatch(between)
                and _VISIT_NOUN_TR.match(folded, hi)
            ) or (
                _VISIT_MADE_OF_TR.search(span)
                and _VISIT_MADE_BETWEEN_TR.fullmatch(between)
                and _DATIVE_TR.search(folded[lo:hi])
                and _VISIT_MADE_TR.match(folded, hi)
            ):
                found[who] = key
    return found


def travelled_to(
    sentences: list[tuple[int, int, str]], mentions: list[tuple[str, str, int, int, int]], lang: str
) -> dict[str, str]:
    """Who the report's lead says travelled to which town (``{person: place}``): a place after
    "gittiği / arrived in / on a visit to", or before "'e gitti / giden", with a person named
    before it in the same sentence (the first one, the subject). ``sentences`` are (index,
    start, text) and ``mentions`` (key, type, sentence, start, end), in document offsets."""
    if lang not in _TRAVELLED_BEFORE:
        return {}
    found: dict[str, str] = {}
    towns: dict[str, str] = {}
    # (a page that repeats its headlines and summary before the story: up to its second sentence
    # of prose)
    lead = lead_sentences([text for _, _, text in sentences])
    for index, start, text in sentences:
        if index >= _LEAD_SENTENCES and index not in lead:
            break
        folded = fold(text)
        here = [m for m in mentions if m[2] == index]
        for key, kind, _, a, b in here:
            if kind not in ("Place", "State") or key in _REGIONS:
                continue
            lo, hi = a - start, b - start
            if not 0 <= lo < hi <= len(folded):
                continue
            word = folded[lo:hi]
            went = bool(
                _TRAVELLED_BEFORE[lang].search(folded, max(0, lo - 60), lo)
                and (lang == "en" or _LOCATIVE_TR.search(word))
            ) or bool(lang == "tr" and _DATIVE_TR.search(word) and _TRAVELLED_AFTER_TR.match(folded, hi))
            if not went and lang == "tr" and _DATIVE_TR.search(word):
                # a visit to the place: "ziyaretini Türkiye'ye gerçekleştirdi", "Türkiye'ye resmi
                # bir ziyarette bulundu"
                went = bool(
                    (
                        _VISIT_BEFORE_TR.search(folded, max(0, lo - 60), lo)
                        and _VISIT_DONE_TR.match(folded, hi)
                    )
                    or _VISIT_AFTER_TR.match(folded, hi)
                )
            if not went:
                continue
            people = [m for m in here if m[1] == "Person" and m[4] - start <= lo]
            if people:
                who = min(people, key=lambda m: m[3])[0]
                # the town travelled to before its state ("... visit to Azerbaijan ... arrived in
                # Baku"): the state is the venue only when the lead names no town for them
                if who not in found or (kind == "Place" and towns.get(who) is None):
                    found[who] = key
                    if kind == "Place":
                        towns[who] = key
    for who, state in _visits_of_states(sentences, mentions, lang).items():
        found.setdefault(who, state)
    return found


def people_and_mediators(statements: list[Statement]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each meeting's asserted participants and its asserted mediators, by meeting key."""
    people: dict[str, set[str]] = {}
    hosts: dict[str, set[str]] = {}
    for st in statements:
        if st.modality != "asserted" or not st.subject.startswith("meeting/"):
            continue
        if st.relation == "participant":
            people.setdefault(st.subject, set()).add(st.object)
        elif st.relation == "mediatedBy":
            hosts.setdefault(st.subject, set()).add(st.object)
    return people, hosts


def _hosts_who_mediate_nothing(statements: list[Statement]) -> list[Statement]:
    """A mediator brings two others together: not the host who is one of a meeting's two sides
    ("Aliyev'in daveti üzerine ... gelen Erdoğan, Aliyev ile görüştü", "Mnatsakanyan received
    X"), nor the one host of a summit of many ("the CIS summit hosted by Putin", "Aliyev'in ev
    sahipliğinde düzenlenen zirveye ... katıldı"), who took part in it."""
    people, hosts = people_and_mediators(statements)
    drop = {
        (key, host)
        for key, its in hosts.items()
        for host in its
        if host in people.get(key, set())
        and (len(people[key]) == 2 or (len(people[key]) >= 8 and len(its) == 1))
    }
    if not drop:
        return statements
    return [
        st
        for st in statements
        if not (st.relation == "mediatedBy" and st.modality == "asserted" and (st.subject, st.object) in drop)
    ]


def the_travellers_venue(statements: list[Statement], travels: dict[str, str]) -> list[Statement]:
    """A meeting the report tells as its own news with no place (keyed by the report's month or
    day) is held where its lead says one of its people travelled ("İran Cumhurbaşkanı, ...
    gittiği Erivan'da ..." then "Pezeşkiyan, Paşinyan ile düzenlediği basın toplantısında"),
    when the lead names one such town for them; and, the document's meetings settled, no host
    who took part mediates (:func:`_hosts_who_mediate_nothing`)."""
    statements = _hosts_who_mediate_nothing(statements)
    if not travels:
        return statements
    rename: dict[str, str] = {}
    extra: list[Statement] = []
    for st in statements:
        if st.relation != "date" or not st.rule.startswith("meeting.") or st.subject in rename:
            continue
        key = st.subject
        lead = st.rule.startswith("meeting.lead.")
        held = {s.object for s in statements if s.subject == key and s.relation == "heldIn"}
        base = key
        if held:
            # "... Tiflis'e geldi. ... Garibaşvili ile Muhkrani Sarayı'nda baş başa görüşme": a
            # building the lead's traveller met in is in the town he went to; the meeting is
            # keyed by the town, held in both
            building = next(iter(held)) if len(held) == 1 else ""
            if not building or not _BUILDING.search(building) or not key.endswith("-" + building):
                continue
            base = key.removesuffix("-" + building)
        if not _ISO_KEY.fullmatch(base):
            continue
        people = {s.object for s in statements if s.subject == key and s.relation == "participant"}
        places = {travels[p] for p in people if p in travels}
        if len(places) != 1:
            continue
        place = places.pop()
        if not lead and (
            held
            or not any(
                s.relation == "leaderOf"
                and s.modality == "asserted"
                and (s.object == place or s.object.startswith(place + "-ministry-of-"))
                and s.subject in people
                for s in statements
            )
        ):
            # a meeting the report dates itself is held in the state a participant visited only
            # when another participant leads that state: its host ("Aliyev received Kobakhidze
            # ... Kobakhidze's visit to Azerbaijan")
            continue
        rename[key] = f"{base}-{place}"
        extra.append(
            replace(
                st,
                relation="heldIn",
                object=place,
                kind="entity",
                datatype="",
                note="",
                rule="meeting.travelled." + st.language,
            )
        )
    if not rename:
        return statements
    out = [
        replace(st, subject=rename.get(st.subject, st.subject), object=rename.get(st.object, st.object))
        for st in statements
    ]
    return out + [replace(st, subject=rename[st.subject]) for st in extra]


# a discovered building a meeting is held in, not a town
_BUILDING = re.compile(
    r"-(?:sarayi|binasi|ofisi|kulliyesi|konagi|evi|palace|house|residence|hall|building|office)$"
)
_ISO_KEY = re.compile(r"meeting/\d{4}(?:-\d{2}){0,2}")


# "Bu zirve, Türkiye'nin de desteğiyle gerçekleşecek", "toplantı ... yapılacak": a Turkish meeting
# noun that is the subject of a future verb of taking place, within its clause
_TO_TAKE_PLACE_TR = re.compile(
    r"[^.;:]{0,140}?(?<!\w)(?:gerçekleş|gerçekleştiril|yapil|düzenlen|toplan)(?:[ae]c[ae]k|[ae]c[ae]ğ)\w*"
)


# after a meeting word, what says it is still ahead or only possible (read by _mood): "to be
# held", "set to take place" (English); a modal "-ebilir", "mümkün"; the sentence's last verb in
# the future, unless a participle of holding stands before the noun ("yapılan toplantı") (Turkish)
_TO_BE_HELD_EN = re.compile(
    r"(?:\s+(?:of|on|between|with|in|at)\s+[^.;,:()]{1,60}?)?\s+(?:(?:set|due|scheduled|planned|expected)\s+)?"
    r"to\s+(?:be\s+(?:held|hosted|organi[sz]ed|convened)|take\s+place)\b"
)
_MAY_TR = re.compile(
    r"\w(?:[ae]bilir|[ae]bilirler|[ae]bilme(?:si|leri))\b|(?<!\w)(?:mümkün|olasi|muhtemel)(?!\w)"
)
_LAST_VERB_AHEAD_TR = re.compile(r"\w+(?:[ae]c[ae]k|[ae]c[ae]kler|[ae]c[ae]kt[ıi]r|m[ae]si bekleniyor)\W*$")
_HELD_BEFORE_TR = re.compile(
    r"(?:yapilan|gerçekleştirilen|gerçekleşen|düzenlenen|yaptiği|gerçekleştirdiği)\s+(?:\w+\s+){0,1}$"
)

# a realized relative participle: the trigger's own ("görüşen", "buluşan", "bir araya gelen",
# "kabul eden"; not the ablative "görüşmeden") or the verb right after a meeting noun ("toplantısı
# düzenleyen", "görüşme yapan / gerçekleştiren")
_DONE_PARTICIPLE_TR = re.compile(r"(?:(?<![dt])[ae]n|\beden)$")
_DONE_AFTER_TR = re.compile(r"\s+(?:düzenleyen|yapan|gerçekleştiren|düzenlemiş olan|yapmiş olan)(?!\w)")
_FUTURE_NEAR_TR = re.compile(r"\s+(?:\w+\s+)?(?:olacak|olarak)\b")


def _mood(s: Sentence, start: int, end: int) -> Modality | None:
    """The meeting word's modality (:func:`loaders.rules.modality`), a Turkish meeting noun
    that a future verb of taking place says is still ahead being intended."""
    mood = modality(s, start, end)
    if mood == "asserted" and s.lang == "en" and not s.provision and _TO_BE_HELD_EN.match(s.folded, end):
        # "the Non-Aligned Movement Summit to be held in Baku", "talks set to take place in Tbilisi":
        # a meeting still to come
        mood = "intended"
    if (
        mood == "asserted"
        and s.lang == "tr"
        and not s.provision
        and _MAY_TR.search(" ".join([s.folded[start:end], *s.folded[end : end + 40].split()[:2]]))
    ):
        # "Aliyev ile Paşinyan Brüksel'de bir araya gelebilir", "görüşmesi mümkün": a meeting that
        # may be held
        mood = "intended"
    if (
        mood == "asserted"
        and s.lang == "tr"
        and not s.provision
        and s.folded[start:end] in ("ziyareti", "toplanti")
        and _LAST_VERB_AHEAD_TR.search(" ".join(s.folded[end:].split()[-2:]))
        and not _HELD_BEFORE_TR.search(s.folded, max(0, start - 40), start)
    ):
        # "Erdoğan, ziyareti kapsamında Aliyev ile Şuşa'ya gidecek", "toplantı ... yapılacak": a
        # noun whose "-ti" / "-tı" is no past tense takes the mood of the sentence's last verb
        mood = "intended"
    if (
        mood == "intended"
        and s.lang == "tr"
        and (_DONE_PARTICIPLE_TR.search(s.folded, start, end) or _DONE_AFTER_TR.match(s.folded, end))
        and not _FUTURE_NEAR_TR.match(s.folded, end)
    ):
        # "Moskova'da Mnatsakanyan ile görüşen Lavrov, ... devam edilmesi gerektiğini söyledi", "...
        # ile ortak basın toplantısı düzenleyen Lavrov": a relative participle of a meeting held;
        # the last verb's "must" is what the subject said, not the meeting's mood
        mood = "asserted"
    if (
        mood == "intended"
        and s.lang == "en"
        and s.folded[start:end] in ("receiving", "meeting", "hosting")
        and _WHILE_ING_EN.search(s.folded, max(0, start - 12), start)
        and not _FUTURE_BEFORE_EN.search(s.folded, 0, start)
    ):
        # "Aliyev said this when receiving Akar in Baku on Tuesday": a time, not a condition
        mood = "asserted"
    if mood == "asserted" and s.lang == "en" and _NOUN_NOT_HELD_EN.match(s.folded, end):
        return None  # "A meeting between X and Y in Z on June 10 was postponed"
    if mood is not None and _HABITUAL[s.lang].search(s.folded, max(0, start - 70), start):
        # "Erdoğan ile düzenli ve karşılıklı güvene dayalı görüşmeler gerçekleştirdiğini", "the two
        # meet regularly", "frequent contacts": meetings as a habit, no one meeting held
        return None
    if mood is not None and s.lang == "en" and _CALLED_OFF_EN.search(s.folded, max(0, start - 90), start):
        # "decided to cancel the scheduled meeting with ...", "pulled out of the talks in ...",
        # "Russia regrets X's decision to reject a meeting with ...": a meeting called off, refused
        # or put off by someone is no meeting held (the passive "was postponed" is above)
        return None
    if mood is not None and s.lang == "tr" and _called_off_tr(s, start, end):
        # "görüşmesini iptal etti", "toplantıdan çekildi", "zirveyi erteledi", "görüşmeyi boykot
        # etti": the same in Turkish, the verb after the meeting noun in its case
        return None
    if (
        mood == "asserted"
        and s.lang == "en"
        and _PROPOSED_NOUN_EN.search(s.folded, max(0, start - 40), start)
    ):
        return "intended"  # "sent a letter ... proposing a meeting in Tbilisi", "called for talks"
    if (
        mood == "asserted"
        and s.lang == "en"
        and _PROPOSED_CLAUSE_EN.search(s.folded, max(0, start - 140), start)
        and (_HOLD_BEFORE_EN.search(s.folded, max(0, start - 60), start) or s.folded[start:end] == "meet")
    ):
        # "proposed that the foreign ministers meet in Almaty", "called for A and B to hold talks",
        # "suggested that their ministers hold a meeting": a meeting asked for, not held (the
        # base form of the verb after the proposal)
        return "intended"
    if mood == "asserted" and (
        (s.lang == "en" and _JOIN_PROPOSED_EN.search(s.folded, max(0, start - 130), start))
        or (s.lang == "tr" and "katilma" in s.folded and _JOIN_PROPOSED_TR.match(s.folded, end))
    ):
        return "intended"  # a joining proposed, asked for or refused: no one told to have met
    if (
        mood == "asserted"
        and s.lang == "tr"
        and not s.provision
        and not _FINITE_TRIGGER_TR.search(s.folded[start:end])
        and (
            _TO_TAKE_PLACE_TR.match(s.folded, end)
            # the meeting itself offered, not what was offered at it ("zirvede Aliyev önerdi")
            or (_OFFERED_TR.match(s.folded, end) and not re.search(r"[dt][ae]n?$", s.folded[start:end]))
        )
    ):
        # "görüşme teklif etti / önerdi / talep etti", "görüşmeyi kabul etti": a meeting offered,
        # asked for or agreed to, not held
        return "intended"
    return mood


_PROPOSED_NOUN_EN = re.compile(
    r"\b(?:proposing|proposes|propose|suggesting|suggested|suggests|offering|offered|offers|requesting|"
    r"requested|seeking|sought|calling for|called for|calls for|urging|urged|invitation to|invited \w+ to)\s+"
    r"(?:(?:a|an|the|another|new|further|fresh|direct|trilateral|bilateral)\s+){0,3}$"
)
_PROPOSED_CLAUSE_EN = re.compile(
    r"\b(?:proposed|proposes|proposing|propose|suggested|suggests|suggesting|"
    r"called for|calls for|calling for|urged|urges|urging|asked|asks|invited|invites|"
    r"recommended|recommends|offered|offers)\b[^.;:!?]{0,110}$"
)
_HOLD_BEFORE_EN = re.compile(
    r"\b(?:hold|have|conduct|resume|start|begin|open)\s+"
    r"(?:(?:a|an|the|new|further|fresh|direct|face-to-face|bilateral|trilateral|another|[\w-]+-level)\s+){0,3}$|"
    # "that their foreign ministers hold two-day intensive talks": any words between
    r"\b(?:hold|conduct|resume)\s+(?:[\w-]+\s+){0,3}$"
)
# "a proposal for Turkey to join the talks", "invited Iran to take part in the meeting",
# "görüşmelere Türkiye'nin de katılması önerisi": who is asked to join is not told to be there
_JOIN_PROPOSED_EN = re.compile(
    r"\b(?:proposal|proposed|proposing|offer|offered|call|called|calls|request|requested|bid|demand|demanded|"
    r"invitation|invited|suggestion|suggested|idea)\b[^.;:!?]{0,80}?\bto\s+(?:join|attend|take part in|"
    r"participate in)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,3}$"
)
_JOIN_PROPOSED_TR = re.compile(
    r"\s+(?:[^\s,.;]+\s+){0,3}?katilma(?:si|lari|sini|larini|sina|larina)\s+(?:(?:yönelik|dair|ilişkin)\s+)?"
    r"(?:öneri|teklif|talep|çağri|istem|iste|fikr|fikir|davet)"
)
_NOUN_NOT_HELD_EN = re.compile(
    r"[^.;]{0,160}?\b(?:was|were|has been|have been|had been)\s+(?:postponed|cancel+ed|called off|delayed|"
    r"put off|scrapped|suspended)\b"
)
# a habit of meeting, written just before the meeting word (a few words between)
_HABITUAL = {
    "en": re.compile(
        r"\b(?:regular(?:ly)?|frequent(?:ly)?|periodic(?:al|ally)?|routine(?:ly)?|often|constant(?:ly)?)\s+"
        r"(?:(?:and|high-level|bilateral|direct|face-to-face|[\w-]+ly)\s+){0,2}$"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:düzenli(?: olarak)?|sik sik|periyodik(?: olarak)?|zaman zaman|sürekli)\s+"
        r"(?:(?:ve|karşilikli|güvene|dayali|üst|düzey|düzeyde|ikili|[^\s,.;]+['’][dt][ae])\s+){0,4}$"
    ),
}
_WHILE_ING_EN = re.compile(r"\b(?:when|while|whilst|upon)\s+$")
_FUTURE_BEFORE_EN = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to|is expected to|intends? to)\b")
# a verb of calling off, refusing or putting off, then the meeting noun it governs (a few words
# of article, possessive, adjective or "to attend" between): "cancelled the planned meeting",
# "rejected a scheduled meeting", "refuses to take part in the talks", "pulled out of the summit"
_CALLED_OFF_EN = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
    r"boycott(?:s|ed|ing)?|skip(?:s|ped|ping)?|call(?:s|ed|ing)? off|pull(?:s|ed|ing)? out of|"
    r"withdr(?:aw|aws|ew|awn|awing) from|postpon(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|"
    r"stay(?:s|ed|ing)? away from)\s+"
    r"(?:(?:to|attend|join|participate in|take part in|part in|the|a|an|this|that|his|her|their|its|"
    r"planned|scheduled|upcoming|proposed|expected|next|trilateral|bilateral|tripartite|joint|"
    r"[\w-]+['’]s)\s+){0,5}$"
)
# after a meeting noun in the accusative or ablative ("görüşmesini", "toplantıdan"), within
# two words (no "ve" between), a verb of calling it off
_CALLED_OFF_TR = re.compile(
    r"\s+(?:(?!ve\s|ile\s)[^\s,.;]+\s+){0,2}?(?:iptal et|ertele(?!n)|reddet|boykot et|[çc]ekil|vazge[çc])"
)
_CALLED_OFF_WORDS_TR = ("iptal", "ertele", "reddet", "boykot", "çekil", "cekil", "vazgeç", "vazgec")
_OBJECT_CASE_TR = re.compile(r"(?:[ıiuü]|[dt][ae]n)$")
_FINITE_END_TR = re.compile(r"(?:[dt][ıiuü]|m[ıiuü]ş|yor)(?:[ıiuü]?[mn]|k|n[ıiuü]z|l[ae]r)?$")
_WORD_REST = re.compile(r"\w*")


def _called_off_tr(s: Sentence, start: int, end: int) -> bool:
    """Whether a Turkish meeting noun is the object of a verb calling it off ("görüşmesini iptal
    etti", "zirveden çekildi"), not a finite verb itself ("görüştü ve ... reddetti")."""
    if not has_any(s.folded, _CALLED_OFF_WORDS_TR):
        return False
    rest = _WORD_REST.match(s.folded, end)
    word_end = rest.end() if rest else end
    word = s.folded[start:word_end]
    return bool(
        _OBJECT_CASE_TR.search(word)
        and not _FINITE_END_TR.search(word)
        and _CALLED_OFF_TR.match(s.folded, word_end)
    )


_OFFERED_TR = re.compile(
    r"(?:[ıiyu]|y[ıiuü]|s[ıiuü]|n[ıiuü])?\s+(?:[^\s,.;]+\s+){0,1}?(?:teklif|öner|talep|iste|rica|kabul et|"
    # "görüşmesi çağrısında bulundu", "görüşmeye çağırdı": a meeting called for
    r"davet|çağri|çağir)\w*"
)


# "En son Mayıs ayında ...", "most recently in May": the latest such month before the report,
# not the year the sentence before wrote ("Haziran 2023'teki törenine katılmış ... En son Mayıs
# ayında ... görüşen")
_MOST_RECENTLY = re.compile(r"(?:(?<!\w)en son|\bmost recently|\blast)\s+(?:in\s+)?$")


def _most_recent(s: Sentence, date: DateMention) -> DateMention:
    today = s.document.date or ""
    if date.note != "year from the sentence before" or len(today) < 7 or date.precision == "gYear":
        return date
    if not _MOST_RECENTLY.search(s.folded, max(0, date.start - 20), date.start):
        return date
    year = today[:4] if date.value[5:] <= today[5 : len(date.value)] else str(int(today[:4]) - 1)
    return replace(
        date, value=year + date.value[4:], note="year of the latest such month before the document"
    )


# Turkish typed without its own letters ("Erdogan, Aliyev ile gorustu", "Pasinyan'i agirladi",
# "gorusmenin ardindan"): every Turkish word and pattern of this module reads as with them
loosen_turkish(globals())
