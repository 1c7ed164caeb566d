"""Targets the lexicon has no entry for (issue 15): processes and events named by what a
sentence says of them, keyed as ``tests/devset/README.md`` keys them."""

from __future__ import annotations

import re

from loaders.rules import M, Sentence, any_word, has_any
from loaders.rules.stance_triggers import plain_letters
from loaders.rules.stance_voice import Voice

# -- targets the lexicon does not name: processes --------------------------------

_NORMALIZATION = {
    "en": re.compile(r"\bnormali[sz](?:ation|ing|e)\b(?: process)?"),
    "tr": re.compile(r"normalleş\w*(?: süre\w*)?|uzlaşmasi\w*|uzlaşman\w*|uzlaşma sağlan\w*"),
}
_PEACE = {
    "en": re.compile(
        r"\b(?:(?:bilateral )?peace (?:efforts|agenda|negotiations|talks|discussions|process)|"
        r"(?:lasting|durable|just|long-term|sustainable|stable) peace|"
        r"aimed at peace|negotiation process)\b"
    ),
    "tr": re.compile(
        r"bariş (?:çaba|süre[cç]|görüşme|müzakere|gündem)\w*|kalici bariş\w*|barişin (?:tesis|sağlan)\w*|"
        r"bariş (?:ve (?:uzlaşma|istikrar) )?yolunda"
    ),
}
# "committed to a permanent peace", "ready for peace with Armenia", "barışa hazır olduklarını", "kalıcı bir
# barış için çalışmak", "barışı kalıcı kılmak": peace itself as what a stance is for, the peace the two
# sides are making (read as _SETTLEMENT is, where the document is about Armenia and Azerbaijan)
_BARE_PEACE = {
    "en": re.compile(
        r"\b(?:(?:commit\w*|ready|readiness|prepared|willing\w*|aim\w*|striv\w*|dedicat\w*|path|road|way|"
        r"steps?|move|moving|efforts?|work\w*) (?:to|for|at|towards?) (?:a |an )?|"
        r"(?:achiev\w*|reach\w*|establish\w*|secur\w*|build\w*|bring\w*) (?:a |an )?|"
        # "Iran supports peace in the region", "backs a lasting peace", "called for peace in Karabakh"
        r"(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors\w*|advocat\w*|in favou?r of|call(?:s|ed|ing)? for|"
        r"hop(?:e|es|ed|ing) for|promot\w*|seek(?:s|ing)?|sought) (?:a |an )?|"
        # "prepare the populations for peace" (the co-chairs' and the sides' standing phrase)
        r"prepar\w* (?:the )?(?:populations?|peoples?|societ\w+|public) for )"
        r"(?:(?:permanent|genuine|real|true|truly|comprehensive|final|lasting|durable|just|sustainable|stable|"
        r"long-term) )*(peace)\b(?! (?:agreement|treaty|deal|accord|process|talks|negotiations|efforts|"
        r"agenda|plan|summit|conference|keep\w*|mission|corps|prize)|"
        r",? (?:and )?(?:stability|security|prosperity))|"
        r"\b(peace) (?:between|with) (?:armenia|azerbaijan|baku|yerevan)\b"
    ),
    "tr": re.compile(
        r"(?:(?:kalici|sürdürülebilir|adil|kapsamli|gerçek|nihai)(?: bir)? )?(bariş(?:a|i)) "
        r"(?=(?:hazir|bağli|ulaş|giden|kalici kil|tesis|koru|destek|sağla|doğru|katki)\w*)|"
        r"(?:kalici|sürdürülebilir|adil|kapsamli|gerçek|nihai)(?: bir)? (bariş) için\b"
    ),
}
_BARE_PEACE["tr"] = re.compile(plain_letters(_BARE_PEACE["tr"].pattern))
# "Armenian-Azerbaijani talks", "the Turkish-Armenian dialogue", "Ermenistan-Azerbaycan müzakereleri",
# "Türk-Ermeni normalleşmesi", "Türkiye-Ermenistan temasları": the process between the pair the words name
_SIDE_WORDS = {
    "armenia": ("armenian", "armenia", "yerevan", "ermeni", "ermenistan", "erivan"),
    "azerbaijan": ("azerbaijani", "azeri", "azerbaijan", "baku", "azerbaycan", "bakü", "baku"),
    "turkiye": ("turkish", "turkey", "türkiye", "turkiye", "ankara", "türk", "turk"),
}
_SIDE_OF = {word: side for side, words in _SIDE_WORDS.items() for word in words}
_SIDE = "(" + "|".join(sorted(_SIDE_OF, key=len, reverse=True)) + ")"
_PAIR_PROCESS = {
    "en": re.compile(
        rf"\b{_SIDE}\s*[-–]\s*{_SIDE}\s+(?:peace\s+|normali[sz]ation\s+|bilateral\s+)?"
        r"(?:talks|negotiations|dialogue|normali[sz]ation|rapprochement|reconciliation|contacts|"
        r"(?:peace |normali[sz]ation |settlement )?process)\b"
    ),
    "tr": re.compile(
        plain_letters(
            rf"(?<!\w){_SIDE}\s*[-–]\s*{_SIDE}(?:'?n?[ıi]n)?\s+(?:bariş\s+|normalleşme\s+)?"
            r"(?:görüşme|müzakere|diyalo|normalleşme|yakinlaşma|uzlaşma|temas|süre[cç])\w*"
        )
    ),
}
_PAIR_KEYS = {
    frozenset({"armenia", "azerbaijan"}): "armenia-azerbaijan-peace-process",
    frozenset({"turkiye", "armenia"}): "turkiye-armenia-normalization-process",
}
_OTHER_WARS = frozenset({"ukraine", "cyprus", "georgia", "moldova", "israel", "palestine", "syria"})
# "advance the settlement process", "moving in the direction of a settlement", "çözüm sürecine":
# the settlement of the conflict between Armenia and Azerbaijan, where the document is about them
_SETTLEMENT = {
    "en": re.compile(
        r"\b(?:(?:peace|peaceful|political|karabakh|conflict) )?settlement(?: process| of (?:the )?"
        r"(?:(?:nagorno-karabakh |karabakh )?conflict|(?:disputes|differences|issues|problems)(?= between)))?"
        r"\b(?! of )"
    ),
    "tr": re.compile(r"(?:bariş(?:çil)? |karabağ )?çözüm süre[cç]\w*|uzlaşmaya var\w*"),
}
# "a peaceful solution to the conflict", "resolving the Karabakh conflict", "mediation efforts",
# "sorunun barışçıl çözümü", "uyuşmazlıkların giderilmesi", "krizde arabuluculuk": the settlement of
# the conflict, named by what it ends (read as _SETTLEMENT is, where the document is about the two)
_RESOLUTION = {
    "en": re.compile(
        r"\b(?:(?:peaceful|political|negotiated|diplomatic|lasting|comprehensive|just|durable) )?"
        r"(?:solution|resolution) (?:to|of|for) (?:the |this |a )?"
        r"(?:nagorno-karabakh |karabakh |long-running |decades-long |protracted |armenian-azerbaijani |"
        r"azerbaijani-armenian )?(?:conflict|dispute)\b|"
        r"\bresolv(?:e|es|ed|ing) (?:the |this |these )?(?:nagorno-karabakh |karabakh |long-running |"
        r"decades-long |existing |remaining |outstanding )?"
        r"(?:conflict|dispute)s?\b|\bmediation (?:efforts?|role|mission)\b|\bmediat(?:e|es|ed|ing) between\b|"
        # "the dispute between Azerbaijan and Armenia must be resolved through talks"
        r"\b(?:conflict|dispute)s?\b(?=[^.;,]{0,60}?\b(?:must|should|can only|could only|needs? to|has to|"
        r"have to) be (?:resolved|settled)\b)"
    ),
    "tr": re.compile(
        r"(?:(?:çatişma|sorun|uyuşmazlik|anlaşmazlik|ihtilaf|kriz)\w* (?:bariş(?:çil)? |kalici |siyasi )?"
        r"(?:çözüm|çözül|gideril)\w*|bariş(?:çil)? (?:yollarla )?çözüm\w*|arabulucu\w*)"
    ),
}
_RESOLUTION["tr"] = re.compile(plain_letters(_RESOLUTION["tr"].pattern))
_RESOLUTION_WORDS = (
    "solution", "resolution", "resolv", "mediat", "çözüm", "cozum", "çözül", "cozul", "gideril", "settled",
    "arabulucu",
)  # fmt: skip
_PEACE_DEAL = {
    "en": re.compile(
        r"\b(?:final|peace|comprehensive) (?:agreement|deal|treaty)\b|\bhopes? for a deal\b|"
        r"\bpeace and [\w-]+(?: [\w-]+)? (?:agreement|treaty)\b|"
        r"\b(?:agreement|treaty) on (?:the establishment of )?peace\b"
    ),
    "tr": re.compile(r"bariş (?:anlaşma|antlaşma)\w*"),
}
_DELIMITATION = {
    "en": re.compile(r"\b(?:border )?delimitation\b(?: process| of (?:the )?borders?)?"),
    "tr": re.compile(r"sinir(?:larin)? belirle\w*|delimitasyon\w*"),
}
_BLOCKADE = {"en": re.compile(r"\bblockade\b"), "tr": re.compile(r"blokaj\w*|abluka\w*")}
_CLOSURE = {
    "en": re.compile(
        r"\b(?:closure|closing|dissolution|abolition|disbanding) of (?:the )?(?:osce )?minsk group\b"
    ),
    "tr": re.compile(r"minsk grubu'?n?un (?:kapatil|fesh|lağved|dağitil)\w*"),
}
_CHECKPOINT = {
    "en": re.compile(r"\b(?:border )?checkpoints?\b"),
    "tr": re.compile(r"(?:sinir )?kontrol (?:nokta|mekanizma)\w*"),
}
_TO_NAKHCHIVAN = {
    "en": re.compile(
        r"\b(?:land |transit |transport |extraterritorial |special |overland )*(?:corridors?|route)\b|"
        r"\b(?:transport|land|road|rail) links?\b"
    ),
    "tr": re.compile(r"(?:kara |transit |ulaşim )*(?:koridor|güzergah)\w*"),
}
_IT = {
    "en": re.compile(
        r"\b(?:oppos\w*|object\w* to|reject\w*|support\w*|against|back(?:s|ed|ing)?|endors\w*) (?:for |to )?"
        r"(it|its (?:creation|opening)|(?:the|this) (?:plan|project|idea|initiative))\b"
    ),
    # "bu projeyi engelleyeceğiz", "projeyi desteklediklerini", "İran projeyi reddediyor", "Rusya ise
    # plana itiraz ediyor": the bare noun with a case ending is the definite one, the project in view
    # (not "X projesi", another project by its name; not "bir/yeni/başka projeye", another one)
    "tr": re.compile(
        r"\b((?:bu|söz konusu) (?:projey?|plan|fikr|girişim)\w*|"
        r"(?<!\bbir )(?<!\byeni )(?<!\bbaşka )(?<!\bkendi )(?<!\bher )"
        r"\b(?:proje(?:yi|ye)|plan(?:i|a)|fikr(?:i|e)|girişim(?:i|e))\b"
        r"(?= (?:\w+ )?(?:destek|karşi|itiraz|redde[dt]|engel|onay|kabul etm|olumlu|olumsuz|sicak bakm|"
        r"eleştir|kina|memnun|selamla)\w*)|"
        r"(?<!\w )proje(?:nin)\b|(?<=^)proje(?:yi|ye|nin)?\b)"
    ),
}
# Turkish typed without its letters ("baris sureci", "normallesme")
for _patterns in (_NORMALIZATION, _PEACE, _SETTLEMENT, _PEACE_DEAL, _DELIMITATION):
    _patterns["tr"] = re.compile(plain_letters(_patterns["tr"].pattern))
_NAKHCHIVAN = re.compile(r"nakh|nahçivan|syunik|siunik|zangezur|zengezur")
_THE_PROCESS = {"en": re.compile(r"\bthe process\b"), "tr": re.compile(r"\bsüreci (?=sürdür|devam)")}
_THIS_PROCESS = {"en": re.compile(r"\bthis process\b"), "tr": re.compile(r"\bbu süre[cç]\w*")}
_PLATFORM = re.compile(r"\b3\s*\+\s*3\b")
# "progress in this direction", "AB'nin bu yöndeki çabaları": the process the document told (else, where
# it names Armenia and Azerbaijan, theirs)
_THIS_DIRECTION = {
    "en": re.compile(r"\bin (?:this|that|the same) direction\b"),
    "tr": re.compile(r"\bbu (?:yönde|yöndeki|doğrultuda|doğrultudaki)\b"),
}
# "agreed to speed up the talks", "continue the negotiations", "müzakereleri sürdürme": the talks between the
# two sides the document is about, where it names Armenia and Azerbaijan
_TALKS = {
    "en": re.compile(
        r"\b(?:continu\w*|speed(?:ing)? up|sped up|accelerat\w*|intensif\w*|resum\w*|advanc\w*|deepen\w*|"
        r"step(?:ped|ping)? up) (?:the |their |bilateral |direct |peace )?"
        r"(talks|negotiations|dialogue|discussions)\b"
        # "discussions on the peace treaty": the treaty (talks "on the issues outlined" are the talks)
        r"(?!\s+(?:on|about|over|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:treaty|agreement|deal|document|text)\b)|"
        # "support for the resumption of direct dialogue", "the continuation of the talks"
        r"\b(?:resumption|continuation|intensification|acceleration) of (?:the |their )?"
        r"(?:direct |bilateral |"
        r"peace )?(talks|negotiations|dialogue|discussions)\b"
        r"(?!\s+(?:on|about|over|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
        r"(?:treaty|agreement|deal|document|text)\b)|"
        r"\b(?:ready|open|prepared) (?:for|to) (?:direct |bilateral |peace |new )?(talks|negotiations)\b"
        r"(?!\s+(?:on|about|over|regarding)\b)"
    ),
    "tr": re.compile(
        r"((?:müzakere|görüşme|diyalo)\w*) "
        r"(?=(?:sürdür|devam|hizlandir|yoğunlaştir|ilerlet|yeniden başla)\w*)|"
        # "görüşmeler gerçekleştirmeye hazır", "müzakerelere açığım": ready for talks with the other side
        r"((?:müzakere|görüşme)\w*) (?=(?:gerçekleştirmeye|yapmaya|başlamaya|oturmaya) hazir)|"
        r"((?:müzakere|görüşme)lere) (?=(?:açiğ|açik|hazir))"
    ),
}
_PARTNERSHIP = {
    "en": re.compile(r"\b(?:comprehensive )?strategic partnership\b"),
    "tr": re.compile(r"(?:kapsamli )?stratejik ortaklik\w*"),
}
# each with the words without which its pattern cannot match
_NAMED_PROCESSES = (
    (_PEACE, "armenia-azerbaijan-peace-process", ("peace", "bariş", "baris", "negotiation")),
    (_PEACE_DEAL, "armenia-azerbaijan-peace-agreement", ("agreement", "deal", "treaty", "bariş", "baris")),
    (_DELIMITATION, "armenia-azerbaijan-border-delimitation", ("delimitation", "sinir", "delimitasyon")),
    (_CLOSURE, "osce-minsk-group-closure", ("minsk",)),
)
# what a sentence with no stance may still leave for the next ones: which process "the process" is,
# which corridor "the corridor" is
MEMORY_WORDS = (
    "normali", "normalleş", "uzlaş", "process", "süreç", "sürec", "peace", "bariş", "nakh", "nahçivan",
    "syunik", "zangezur", "zengezur",
)  # fmt: skip
_PLACE_PROCESS = {"en": re.compile(r"\s+peace process\b"), "tr": re.compile(r"\s+bariş süre[cç]\w*")}
_TALKS_WORDS = {
    "en": ("talks", "negotiations", "dialogue", "discussions"),
    "tr": ("müzakere", "görüşme", "diyalo"),
}
_IT_WORDS = (" it", "plan", "project", "idea", "initiative", "proje", "fikr", "girişim")
PROCESS_WORDS = {
    "en": ("normali", "peace", "negotiation", "deal", "delimitation", "blockade", "minsk", "checkpoint",
           "3+3", "3 + 3", "partnership", "settlement", "this process", "corridor", "route", "links", "talks",
           "dialogue", "discussions", "solution", "resolution", "resolv", "mediat", " direction",
           "the process", " it", "plan", "project", "idea", "initiative", "rapprochement", "reconciliation",
           "contacts"),
    "tr": ("normalleş", "normalles", "uzlaş", "uzlas", "barış", "bariş", "baris", "sinir", "delimitasyon",
           "blokaj", "abluka", "minsk",
           "kontrol", "3+3", "ortaklik", "bu süre", "koridor", "güzergah", "süreci", "proje",
           "plan", "fikr", "girişim",
           "çözüm",
           "müzakere",
           "görüşme", "diyalo", "cozum", "çözül", "cozul", "gideril", "arabulucu", "bu yön", "bu doğrultu",
           "temas", "yakinlaş", "yakinlas"),
}  # fmt: skip
_PROCESS_GATE = {lang: any_word(words) for lang, words in PROCESS_WORDS.items()}


def _states_near(s: Sentence, start: int, end: int, reach: int = 90) -> set[str]:
    keys = {
        m.key for m in s.mentions if m.type == "State" and start - reach <= m.start and m.end <= end + reach
    }
    return keys | {s.lexicon.capitals()[m.key] for m in s.mentions if m.key in s.lexicon.capitals()
                   and start - reach <= m.start and m.end <= end + reach}  # fmt: skip


def _people_near(s: Sentence, start: int, end: int, reach: int = 90) -> set[str]:
    """The states of the people named near a span ("Paşinyan ... Azerbaycan ile ..."), at the
    document's date."""
    date = s.document.date or s.doc_year
    return {
        r.of.split("-ministry-of-")[0]
        for m in s.mentions
        if m.type == "Person" and start - reach <= m.start and m.end <= end + reach
        for r in s.lexicon.roles_of(m.key, date)
        if s.type_of(r.of.split("-ministry-of-")[0]) == "State"
    }


def _people_states(s: Sentence, voice: Voice) -> set[str]:
    """The states of the people the document has named (their offices at its date)."""
    date = s.document.date or s.doc_year
    people = set(voice.people) | {m.key for m in s.mentions if m.type == "Person"}
    return {
        r.of.split("-ministry-of-")[0]
        for key in people
        for r in s.lexicon.roles_of(key, date)
        if s.type_of(r.of.split("-ministry-of-")[0]) == "State"
    }


def processes(s: Sentence, voice: Voice) -> list[M]:
    """The events and processes a stance can be about that the lexicon has no entry for, named
    by what the sentence says of them (issue 15's keys): the normalization between two named
    states, the peace process and agreement, border delimitation, the Lachin corridor's
    blockade and checkpoint, the OSCE Minsk Group's closure, the 3+3 platform, a strategic
    partnership between two states."""
    lang = s.lang
    folded = s.folded
    if not _PROCESS_GATE[lang].search(folded):  # has_any(folded, PROCESS_WORDS[lang]), 1.4x faster
        return []
    out: list[M] = []
    for m in (
        _NORMALIZATION[lang].finditer(folded)
        if has_any(folded, ("normali", "normalleş", "normalles", "uzlaş", "uzlas"))
        else ()
    ):
        states = _states_near(s, m.start(), m.end())
        if {"turkiye", "armenia"} <= states:
            key = "turkiye-armenia-normalization-process"
        elif {"armenia", "azerbaijan"} <= states:
            key = "armenia-azerbaijan-peace-process"
        else:  # the normalization the document told, else the one between the two states it named last
            recent = set(list(dict.fromkeys(reversed(voice.states)))[:2])
            # "Çavuşoğlu ... Ermenistan Dışişleri Bakanı Mirzoyan": the states near and the people's too
            if len(recent) < 2:
                recent |= states | _people_states(s, voice)
            if voice.normalization:
                key = voice.normalization
            elif recent == {"turkiye", "armenia"}:
                key = "turkiye-armenia-normalization-process"
            else:
                key = "armenia-azerbaijan-peace-process"
        voice.normalization = key
        out.append(M(key, "Event", m.start(), m.end(), "process"))
    for pattern, key, words in _NAMED_PROCESSES:
        if has_any(folded, words):
            out += [M(key, "Event", m.start(), m.end(), "process") for m in pattern[lang].finditer(folded)]
    for m in _THIS_PROCESS[lang].finditer(folded) if has_any(folded, ("process", "süre")) else ():
        out.append(
            M(voice.process or "armenia-azerbaijan-peace-process", "Event", m.start(), m.end(), "process")
        )
    if voice.process and has_any(folded, ("process", "süre")):  # "continue the process", "süreci sürdürmek"
        out += [
            M(voice.process, "Event", m.start(), m.end(), "process")
            for m in _THE_PROCESS[lang].finditer(folded)
        ]
    if "-" in folded or "–" in folded:
        for x in _PAIR_PROCESS[lang].finditer(folded):
            sides = frozenset({_SIDE_OF[x.group(1)], _SIDE_OF[x.group(2)]})
            if sides in _PAIR_KEYS:
                out.append(M(_PAIR_KEYS[sides], "Event", x.start(), x.end(), "process"))
    if has_any(folded, ("peace", "bariş", "baris")):
        states = set(voice.states) | {m.key for m in s.mentions if m.type == "State"}
        if not {"armenia", "azerbaijan"} <= states:  # "Paşinyan, Azerbaycan ile ...": the speaker's state
            states |= _people_states(s, voice)
        if {"armenia", "azerbaijan"} <= states and not states & _OTHER_WARS:
            taken = [(m.start, m.end) for m in out]
            for x in _BARE_PEACE[lang].finditer(folded):
                g = 1 if x.group(1) is not None else 2
                if not any(a <= x.start(g) < b for a, b in taken):
                    out.append(
                        M("armenia-azerbaijan-peace-process", "Event", x.start(g), x.end(g), "process")
                    )
    settles = has_any(folded, ("settlement", "çözüm süre", "çözüm süreç", "uzlaşmaya var"))
    resolves = has_any(folded, _RESOLUTION_WORDS)
    if settles or resolves:
        # only where Armenia or Azerbaijan is named and no other pair is: not Cyprus's or Ukraine's
        capitals = s.lexicon.capitals()
        states = set(voice.states) | {m.key for m in s.mentions if m.type == "State"}
        states |= {capitals[m.key] for m in s.mentions if m.key in capitals}  # "between Baku and Yerevan"
        others = states - {"armenia", "azerbaijan", "russia", "turkiye", "iran", "united-states", "france"}
        # both named in the document, or Karabakh in the sentence; in Turkish, where "çözüm süreci"
        # is as often another country's, the two or Karabakh beside the words
        near = {"armenia", "azerbaijan"} <= states or "karaba" in folded
        if near and not others & {"ukraine", "cyprus", "georgia", "moldova"}:
            found = [m for m in _SETTLEMENT[lang].finditer(folded)] if settles else []
            found += [m for m in _RESOLUTION[lang].finditer(folded)] if resolves else []
            out += [
                M("armenia-azerbaijan-peace-process", "Event", m.start(), m.end(), "process")
                for m in found
                if not any(x.start() <= m.start() < x.end() for x in _NORMALIZATION[lang].finditer(folded))
                and (
                    lang == "en"
                    or {"armenia", "azerbaijan"}
                    <= _states_near(s, m.start(), m.end()) | _people_near(s, m.start(), m.end())
                    or "karaba" in folded[max(0, m.start() - 60) : m.end()]
                )
            ]
    for m in (
        _THIS_DIRECTION[lang].finditer(folded)
        if has_any(folded, (" direction", "bu yön", "bu doğrultu"))
        else ()
    ):
        known = set(voice.states) | {x.key for x in s.mentions if x.type == "State"}
        key = voice.process or (
            "armenia-azerbaijan-peace-process" if {"armenia", "azerbaijan"} <= known else ""
        )
        if key:
            out.append(M(key, "Event", m.start(), m.end(), "process"))
    if has_any(folded, ("peace process", "bariş süre")):
        # "the Brussels peace process", "Brüksel barış süreci": a process named by its place, keyed by its
        # English name folded (``tests/devset/README.md``), in place of the peace process at large
        for place in s.mentions:
            # (not "Moskova'nın barış sürecini desteklediğini": a place in a case is the clause's subject)
            if place.type == "Place" and place.kind == "name" and "'" not in folded[place.start : place.end]:
                by_place = _PLACE_PROCESS[lang].match(folded, place.end)
                if by_place is not None:
                    out.append(M(f"{place.key}-peace-process", "Event", place.start, by_place.end(), "name"))
    if has_any(folded, _TALKS_WORDS[lang]):
        states = set(voice.states) | {m.key for m in s.mentions if m.type == "State"}
        if not {"armenia", "azerbaijan"} <= states:  # "Bayramov and Mirzoyan agreed to ...": their states
            states |= _people_states(s, voice)
        for m in _TALKS[lang].finditer(folded):
            # the talks of the two states named beside them ("Armenia and Turkey would continue the
            # dialogue": their normalization), else of the two sides the document is about
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i) is not None)
            beside = _states_near(s, m.start(g), m.end(g))
            if {"turkiye", "armenia"} <= beside and "azerbaijan" not in beside:
                key = "turkiye-armenia-normalization-process"
            elif len(beside) >= 2 and not beside & {"armenia", "azerbaijan"}:
                # "neither Israel's nor Iran's interest ... we continue the dialogue with the sides": the
                # talks of two other states, not the two the document is about
                continue
            elif {"armenia", "azerbaijan"} <= states:
                key = "armenia-azerbaijan-peace-process"
            else:
                continue
            out.append(M(key, "Event", m.start(g), m.end(g), "process"))
    named = [m.key for m in sorted(out, key=lambda m: m.start) if m.key.endswith("-process")]
    if named:
        voice.process = named[-1]
    keys = {m.key for m in s.mentions}
    corridors = [m for m in s.mentions if m.type == "Corridor"]
    routes = has_any(folded, ("corridor", "route", "link", "koridor", "güzergah"))
    for m in _TO_NAKHCHIVAN[lang].finditer(folded) if routes else ():
        # "a land corridor connecting Azerbaijan to its Nakhichevan exclave": the Zangezur corridor;
        # "any proposed corridors", "such a corridor": the one the document is about
        if any(c.start <= m.start() < c.end for c in corridors):
            continue
        if _NAKHCHIVAN.search(folded):
            key = voice.corridor = "zangezur-corridor"
        elif corridors:
            key = min(corridors, key=lambda c: abs(c.start - m.start())).key
        else:
            key = voice.corridor
        if key:
            out.append(M(key, "Corridor", m.start(), m.end(), "process"))
    if voice.corridor and has_any(folded, _IT_WORDS):
        out += [
            M(voice.corridor, "Corridor", m.start(1), m.end(1), "process") for m in _IT[lang].finditer(folded)
        ]
    if "lachin-corridor" in keys or "lachin-checkpoint" in keys or "laçin" in folded or "lachin" in folded:
        out += [
            M("lachin-corridor-blockade", "Event", m.start(), m.end(), "process")
            for m in _BLOCKADE[lang].finditer(folded)
        ]
        out += [
            M("lachin-checkpoint", "Place", m.start(), m.end(), "process")
            for m in _CHECKPOINT[lang].finditer(folded)
        ]
    if "3" in folded:
        out += [
            M("3-3-regional-platform", "Organization", m.start(), m.end(), "process")
            for m in _PLATFORM.finditer(folded)
        ]
    for m in _PARTNERSHIP[lang].finditer(folded) if has_any(folded, ("partnership", "ortaklik")) else ():
        # the two states named (not "the two countries", which may be read as another pair), or
        # the states of the people named when one is missing ("Aliyev ... Çin'e ...")
        states = {x.key for x in s.mentions if x.type == "State" and x.kind == "name"}
        if len(states) < 2:
            date = s.document.date or s.doc_year
            states |= {
                r.of
                for x in s.mentions
                if x.type == "Person"
                for r in s.lexicon.roles_of(x.key, date)
                if s.lexicon.entities.get(r.of) is not None and s.lexicon.entities[r.of].type == "State"
            }
        pair = sorted(states)
        if len(pair) == 2:
            kind = (
                "comprehensive-strategic-partnership"
                if "comprehensive" in m.group(0) or "kapsamli" in m.group(0)
                else "strategic-partnership"
            )
            out.append(M(f"{pair[0]}-{pair[1]}-{kind}", "Event", m.start(), m.end(), "process"))
    return out
