"""Treaties: who signed what, when, and which states are bound.

A treaty is found by its name in the lexicon, or by a generic phrase ("the
joint declaration", "Barış Deklarasyonu") with the date it was signed: a
lexicon treaty of that date is that treaty, otherwise one is minted as
``treaty/<date>-<kind>``.  ``signatory`` comes from the signing clause (its
subject, its "by" agents, or, for a passive signing at a meeting, the
meeting's participants); ``partyTo`` from states that sign or that the text
puts "between" it ("an agreement between Armenia and Azerbaijan").
"""

from __future__ import annotations

import re
from datetime import date as date_type
from datetime import timedelta
from itertools import pairwise

from loaders.dates import DateMention
from loaders.records import Modality
from loaders.rules import AGENT_TYPES, M, Sentence, has_any, modality
from loaders.rules.discovery import loosen_turkish
from loaders.rules.meetings import MEETING_WORDS, mediators
from loaders.rules.meetings import UNDATED as UNDATED_MEETING
from loaders.rules.meetings import _label as meeting_label
from loaders.rules.meetings import _ministers_by_title as ministers_by_title
from loaders.rules.meetings import _named_anywhere as named_anywhere
from loaders.rules.meetings import _places as meeting_places
from loaders.text import fold

_GENERIC = {
    "en": re.compile(
        r"\b(?:(?:joint|trilateral|tripartite|quadrilateral|peace|ceasefire|final)\s+)?"
        r"(?P<kind>declaration|statement|memorand(?:um|a)(?: of understanding)?|agreement|treaty|protocol|"
        r"accord|pact|contract|road\s?map|"
        # "the TRIPP Implementation Framework" (a name in capitals: checked where it is found), not
        # "within the framework of", "a framework agreement" (the agreement)
        r"framework(?!\s+(?:of|for|agreement|document|deal|treaty|convention)\b)|"
        # "signed a deal on electricity exports" (one: "14 deals" in a caption are no treaty
        # of their own); not "a great deal of", "deal with"
        r"(?<!great )(?<!good )(?<!big )deal(?!s?\s+(?:with|of)\b)(?!s)|"
        r"document|"
        # "a memorandum of understanding (MoU)", "signed an MoU", "the Convention on the Legal Status
        # of the Caspian Sea"
        r"mou|convention|"
        # "a joint communiqué adopted at the meeting": news's word for a joint statement
        r"communiqu[eé])"
        r"s?\b"
    ),
    "tr": re.compile(
        r"(?:(?:ortak|üçlü|dörtlü|bariş|ateşkes|nihai)\s+)?"
        r"(?P<kind>deklarasyon|bildiri(?!m)|bildirge|mutabakat zapti|mutabakat zabit|mutabakat muhtirasi|"
        r"anlaşma|antlaşma|s[oö]zle[sş]me|"
        # "ortak bir açıklama imzaladı": a joint statement, not any statement made
        r"(?<=ortak )açiklama|(?<=ortak bir )açiklama|"
        r"protokol|beyanname|belge|yol haritas|konvansiyon|komünike|"
        # "kritik bir mutabakat imzaladı", "imzalanan mutabakata": the bare word beside a signing is
        # a memorandum (not "mutabakata varıldı", a consensus reached)
        r"mutabakat(?=\w*\s+(?:[^\s,.;]+\s+){0,1}imza)|(?<=imzalanan )mutabakat|(?<=imzaladiği )mutabakat|"
        r"(?<=imzaladiklari )mutabakat)\w*"
    ),
}
_KINDS = {
    "declaration": "declaration",
    "deklarasyon": "declaration",
    "beyanname": "declaration",
    "statement": "statement",
    "bildiri": "statement",
    "komünike": "statement",
    "açiklama": "statement",
    "bildirge": "declaration",
    "memorandum": "memorandum",
    "memorandum of understanding": "memorandum",
    "memoranda": "memorandum",
    "memoranda of understanding": "memorandum",
    "communique": "statement",
    "communiqué": "statement",
    "mutabakat zapti": "memorandum",
    "mutabakat zabit": "memorandum",
    "mutabakat muhtirasi": "memorandum",
    "agreement": "agreement",
    "anlaşma": "agreement",
    "antlaşma": "agreement",
    "accord": "agreement",
    "treaty": "agreement",
    "protocol": "protocol",
    "pact": "agreement",
    "contract": "agreement",
    "framework": "agreement",
    "roadmap": "roadmap",
    "road map": "roadmap",
    "yol haritas": "roadmap",
    "sözleşme": "agreement",
    "sozleşme": "agreement",
    "sözlesme": "agreement",
    "sozlesme": "agreement",
    "deal": "agreement",
    "document": "",
    "protokol": "protocol",
    "belge": "",
    "mou": "memorandum",
    "convention": "agreement",
    "konvansiyon": "agreement",
    "mutabakat": "memorandum",
}
_SIGN = {
    "en": re.compile(
        r"\b(?:signed|sign|signing|signs|initialled|initialed|inked|penned|"
        # "concluded an agreement", "adopted a joint statement", "the declaration was adopted": not
        # "concluded that ...", "the talks concluded with ...", "adopted an agenda for the talks on ..."
        r"(?:concluded|adopted)(?=\s+(?:(?:a|an|the|two|three|four|five|several|joint|their|its)\s+){0,2}"
        r"(?:[\w-]+\s+){0,2}(?:agreements?|declarations?|statements?|memorand\w*|protocols?|treat(?:y|ies)|"
        r"accords?|pacts?|deals?|roadmap|document|communiqu[eé]s?)\b)|"
        r"(?:(?<=was )|(?<=were )|(?<=been )|(?<=be ))(?:concluded|adopted)|"
        # "a joint communiqué adopted at the meeting", "the declaration adopted on Monday"
        r"(?:(?<=communique )|(?<=communiqué )|(?<=statement )|(?<=declaration ))adopted|"
        # "sealed a deal", "put their signatures to a declaration"
        r"sealed(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|pact|accord|treaty)\b)|"
        r"put\s+(?:their|his|her)\s+signatures?(?=\s+(?:to|on|under)\b))\b"
    ),
    "tr": re.compile(
        r"(?:imza(?:la|lan|lar|ya|si|sin)\w*|imza at\w*|imza koy\w*|imza alt[ıi]na al\w*|paraf\w*|"
        # "mutabakat zaptının imza töreni ... düzenlendi"
        r"imza tören\w*|"
        # "10 Kasım 2020'de varılan anlaşma": the agreement reached, as one signed
        r"vari(?:lan|lmiş)(?=\s+(?:[\w'’-]+\s+)?(?:anlaşma|ateşkes)\w*)|"
        # "toplantı sonrasında ortak bildiri kabul edildi": a joint statement adopted
        r"(?:(?<=bildiri )|(?<=bildirisi )|(?<=bildirge )|(?<=bildirgesi )|(?<=deklarasyon )|"
        r"(?<=deklarasyonu )|(?<=komünike )|(?<=komünikesi ))kabul edil\w*)"
    ),
}
_BETWEEN = {
    "en": re.compile(
        r"\bbetween\s+(?:the\s+)?(?:(?:leaders|representatives|delegations|governments|heads of state|"
        r"presidents|foreign ministers|ministers)\s+of\s+(?:the\s+)?)?"
    ),
    "tr": re.compile(r"\s*(?:arasinda|arasindaki)\b"),
}
_COMMITTED = {
    "en": re.compile(
        r"\b(?:committed|commitment|commits|undertook|pledged|obliged|obliges|binds|is bound|was bound|"
        r"agreed|"
        r"adhere\w*)\b"
    ),
    "tr": re.compile(r"(?:taahhüt\w*|yükümlü\w*|söz verdi\w*)"),
}


_TREATY_WORDS = {
    "en": (
        "declaration",
        "statement",
        "memorand",
        "agreement",
        "treat",
        "protocol",
        "accord",
        "pact",
        "contract",
        "framework",
        "roadmap",
        "road map",
        "deal",
        "document",
        "mou",
        "convention",
        "communiqu",
    ),
    "tr": (
        "deklarasyon",
        "bildiri",
        "bildirge",
        "mutabakat",
        "anlaşma",
        "antlaşma",
        "sözleşme",
        "sozlesme",
        "yol harita",
        "protokol",
        "beyanname",
        "belge",
        "konvansiyon",
        "ortak açiklama",
        "ortak bir açiklama",
        "komünike",
    ),
}


def _treaty_mentions(s: Sentence) -> list[tuple[int, int, str, str]]:
    """``(start, end, key or "", kind)`` of every treaty named or described."""
    found: list[tuple[int, int, str, str]] = []
    if (
        not has_any(s.folded, _TREATY_WORDS[s.lang])
        and not any(m.type == "Treaty" for m in s.mentions)
        and not has_any(s.folded, ("ceasefire", "cease-fire", "truce", "ateşkes"))
    ):
        return found
    for m in s.mentions:
        if m.type == "Treaty":
            found.append((m.start, m.end, m.key, str(s.lexicon.attribute(m.key, "kind", ""))))
    for match in s.scan(_GENERIC[s.lang]):
        if any(a < match.end() and match.start() < b for a, b, *_ in found):
            continue
        if match.group("kind") == "framework" and not s.text[match.start("kind")].isupper():
            continue  # "a framework for talks": no document; "the Implementation Framework" is one
        found.append((match.start(), match.end(), "", _KINDS.get(match.group("kind"), "agreement")))
    for match in _BARE_CEASEFIRE[s.lang].finditer(s.folded) if not found else ():
        # "the ceasefire signed on November 10, 2020", "10 Kasım'da imzalanan ateşkesle": a ceasefire
        # told signed is the agreement that made it (not a ceasefire announced, held or broken, nor
        # one a memorandum signed in the sentence is about)
        if any(a < match.end() and match.start() < b for a, b, *_ in found):
            continue
        near = s.folded[max(0, match.start() - 40) : match.end() + 40]
        if _SIGN[s.lang].search(near) or (
            s.lang == "en" and any(_DATE_BEFORE_EN.fullmatch(s.folded, d.end, match.start()) for d in s.dates)
        ):
            # "since the 9 November 2020 ceasefire": a ceasefire named by its day is the document too
            found.append((match.start(), match.end(), "", "agreement"))
    return sorted(found)


_BARE_CEASEFIRE = {
    "en": re.compile(
        r"\b(?:cease-?fire|truce)\b(?!\s+(?:agreement|statement|declaration|deal|accord|regime|line|violation))"
    ),
    "tr": re.compile(
        r"\bateşkes\w*(?!\s+(?:anlaşma|antlaşma|bildiri|bildirge|rejim|hatt|ihlal|deklarasyon))"
    ),
}


_FOLLOWING_EN = re.compile(r"\b(?:following|after)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$")
_SIGNED_BEFORE = {
    "en": re.compile(r"\b(?:after|since|following)\s+(?:the\s+)?signing\b"),
    "tr": re.compile(
        r"imza(?:lanmas|lamas)\w*\s+(?:sonra|ardindan|sonrasinda|beri|itibaren)|imzalandiktan\s+sonra"
    ),
}
_NEGATED_SIGN_TR = re.compile(r"imzala(?:n)?m(?:ad[ıi]|ayaca|ayacağ|az\b|amiş|iyor|ayan)|imza atma(?:d|y|z)")
_CANNOT = {
    "en": re.compile(r"\bcan\s?not\s+(?:\w+\s+){0,2}$|\bcannot\s+(?:\w+\s+){0,2}$"),
    # "imzalanamaz", "imzalayamaz", "imzalayamadı", "imzalanamayacak": cannot (could not) sign
    "tr": re.compile(r"imzala(?:n|y)am[ae]"),
}
_NO_TREATY_EN = re.compile(r"\b(?:no|neither|nor)\s+(?:[\w-]+\s+){0,2}$")
_SIGNED_IT = re.compile(r"\b(?:signed|signs|sign|signing|initialled|initialed)\s+(?P<it>it|them)\b")


_CEASEFIRE_AGREED = {
    "en": re.compile(
        r"\bagreed\s+(?:on|to|upon)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)\b|"
        # "the humanitarian ceasefire (that) Azerbaijan and Armenia agreed on took effect on ...": the
        # ceasefire the states' relative clause names
        r"\b(?:ceasefire|cease-fire|truce)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){1,6}?(?:had\s+|have\s+)?"
        r"(?P<rel>agreed)(?:\s+(?:on|to|upon))?\b"
    ),
    "tr": re.compile(
        r"ateşkes\w*\s+(?:\w+\s+){0,3}?(?:anlaşt|uzlaşt|mutabik kal)\w*|"
        # "Azerbaycan ile Ermenistan'ın üzerinde anlaştığı insani ateşkes ... yürürlüğe girdi"
        # "ABD'nin, Azerbaycan ile Ermenistan'ın üzerinde anlaştığını açıkladığı, Dağlık Karabağ'da insani
        # amaçlı geçici ateşkes": the relative clause's own verb reported by another's
        r"(?P<rel>(?:üzerinde\s+|konusunda\s+)?(?:anlaşt|uzlaşt)(?:iklari|iği|ığı|ikları|ıkları)\w*)"
        r"(?:\s+(?:açikladiği|bildirdiği|duyurduğu),?)?\s+(?:[\w'’-]+\s+){0,5}?ateşkes\w*"
    ),
}


def _ceasefire_agreed(s: Sentence) -> None:
    """ "Azerbaycan ile Ermenistan ... ateşkese varılması konusunda anlaştı", "Armenia and
    Azerbaijan agreed on a humanitarian ceasefire": the states agreed a ceasefire, an agreement
    of the day the sentence gives (none given: none)."""
    if "ateşkes" not in s.folded and "cease" not in s.folded and "truce" not in s.folded:
        return
    agreed = _CEASEFIRE_AGREED[s.lang].search(s.folded)
    days = [d for d in s.dates if d.precision == "date"]
    if agreed is None or len(days) != 1:
        return
    verb = re.search(
        r"(?:agreed|anlaşt\w*|uzlaşt\w*|mutabik kal\w*)", s.folded[agreed.start() : agreed.end()]
    )
    start = agreed.start() + (verb.start() if verb else 0)
    # (the relative clause's own verb: "had agreed to" tells it done, not "agreed to" do)
    mood = modality(s, start, agreed.end("rel") if agreed.group("rel") else agreed.end())
    if mood is None:
        return
    anchor = agreed.start("rel") if agreed.group("rel") else agreed.start()
    states = sorted((m for m in s.mentions if m.type == "State" and m.end <= anchor), key=lambda m: m.start)
    if not states:
        return
    if s.lang == "en":
        last = s.ending_near(anchor, {"State"}, r"\s*(?:(?:have|has|had|also|finally)\s+)*")
        sides = s.coordination(last, {"State"}, forward=False) if last is not None else []
    else:
        # the subject nearest the verb, in the nominative or (of a nominalised clause) the
        # genitive: "Azerbaycan ile Ermenistan ... anlaştı", "Rusya, Azerbaycan ile Ermenistan'ın
        # ... anlaştığını açıkladı"
        last = states[-1]
        word = s.folded[last.start : last.end]
        case = re.search(r"['’](\w+)$", word)
        if case is not None and not re.fullmatch(r"n?[iuü]n", case.group(1)):
            return
        sides = [last]
        joins: list[str] = []
        for p in reversed(states[:-1]):
            join = s.folded[p.end : sides[0].start]
            if join not in (" ile ", " ve ", ", ") or (join == ", " and " ve " not in joins):
                break  # "Rusya, Azerbaycan ile Ermenistan'ın ...": the comma sets off another subject
            if re.search(r"['’]\w+$", s.folded[p.start : p.end]):
                break  # "Rusya'nın, Azerbaycan ve Ermenistan'ın ...": a name with its own case ending
            sides.insert(0, p)
            joins.append(join)
    keys = list(dict.fromkeys(m.key for m in sides if m.type == "State"))
    if len(keys) < 2:
        return
    date = days[0]
    key = f"treaty/{date.value}-agreement"
    span = s.cover(sides[0], agreed.span())
    _describe(s, key, (agreed.start(), agreed.end(), "", "agreement"), date, span, mood)
    for m in sides:
        s.state(m.key, "partyTo", key, "entity", s.cover(m, agreed.span()), "treaty.ceasefire", modality=mood)


# "Görüşmenin ardından yapılan ortak açıklamada, Azerbaycan ve Ermenistan, ... teyit etti", "In a
# joint statement issued after the talks, Armenia and Azerbaijan agreed ...": the states that
# speak in a joint statement are its parties
_SPEAKING_IN_A_JOINT_STATEMENT = {
    "en": re.compile(
        r"\b(?:in|under)\s+(?:a|the|their)\s+joint\s+(?P<kind>statement|declaration)\b[^,;.]{0,80},\s*"
    ),
    "tr": re.compile(r"\bortak\s+(?P<kind>açiklama|bildiri)(?:da|sinda|larinda)\s*,\s*"),
}
_SPEECH_VERB = {
    "en": re.compile(
        r"\b(?:agreed|confirmed|reaffirmed|said|stated|declared|stressed|noted|pledged|committed)\b"
    ),
    "tr": re.compile(r"(?:teyit|taahhüt|kabul|beyan|vurgula|belirt|anlaş|mutabik)\w*"),
}


def _speaking_in_a_joint_statement(s: Sentence) -> None:
    if ("joint" if s.lang == "en" else "ortak") not in s.folded:  # what every match holds
        return
    match = _SPEAKING_IN_A_JOINT_STATEMENT[s.lang].search(s.folded)
    if match is None:
        return
    first = s.at(match.end(), len(s.text), {"State"})
    if first is None:
        return
    sides = s.coordination(first, {"State"})
    last = sides[-1]
    if len({m.key for m in sides}) < 2 or (s.lang == "tr" and _CASE_ENDING.match(s.folded, last.end)):
        return
    verb = _SPEECH_VERB[s.lang].search(s.folded, last.end)
    if verb is None:
        return
    if modality(s, verb.start(), verb.end()) is None:
        return
    mood: Modality = "asserted"  # they speak in it: what they say may look ahead, the statement is made
    kind = "statement" if match.group("kind") in ("statement", "açiklama", "bildiri") else "declaration"
    treaty = (match.start("kind"), match.end("kind"), "", kind)
    days = [d for d in s.dates if d.precision == "date"]
    date = days[0] if len(days) == 1 else None
    key = _identify(s, treaty, date.value if date else "") or _refer(s, treaty)
    if not key:
        key = UNDATED_TREATY + kind
    if key.startswith("treaty/") and not key.startswith(UNDATED_TREATY):
        _describe(s, key, treaty, date, treaty[:2], mood)
    for m in sides:
        s.state(m.key, "partyTo", key, "entity", s.cover(m, treaty[:2]), "treaty.joint.speaks", modality=mood)


# "Armenia and Azerbaijan issued a joint statement on December 7, 2023", "Ermenistan ve Azerbaycan ...
# ortak bir açıklama yayımladı": a statement issued, not signed, by two states binds them both
_ISSUED_JOINTLY = {
    "en": re.compile(
        r"\b(?:issued|released|published|put out|issue|issues|release|releases)\s+(?:a|an|the|their)\s+"
        r"(?:[\w-]+\s+)?joint\s+(?P<kind>statement|declaration|communiqu[eé])\b"
    ),
    "tr": re.compile(
        r"\bortak\s+(?:bir\s+)?(?P<kind>açiklama|bildiri)(?:yi|yı)?\s+(?:[^\s,;.]+\s+){0,2}?"
        r"(?:yayimla|yayinla)\w*"
    ),
}


def _issued_jointly(s: Sentence) -> None:
    if "joint" not in s.folded and "ortak" not in s.folded:
        return
    match = _ISSUED_JOINTLY[s.lang].search(s.folded)
    if match is None:
        return
    mood = modality(s, match.start(), match.end())
    if mood != "asserted":
        return
    kinds = {"State", "Person"}
    if s.lang == "en":
        last = s.ending_near(
            match.start(),
            kinds,
            rf"\s*(?:(?:have|has|had|also|jointly|did|at least|then|later|finally)\s+|{_WHEN_EN})*",
        )
    else:
        before = [m for m in s.mentions if m.type in kinds and m.end <= match.start()]
        last = (
            before[-1]
            if before and not _CASED_TR.search(s.folded, before[-1].start, before[-1].end)
            else None
        )
    sides = s.coordination(last, kinds, forward=False) if last is not None else []
    if last is not None and last.kind == "coref":
        # "the three leaders did at least issue a joint statement": the people the group word stands for
        sides = [m for m in s.mentions if (m.start, m.end) == (last.start, last.end) and m.type == "Person"]
    days = [d for d in s.dates if d.precision == "date"]
    date = days[0] if len(days) == 1 else None
    states: dict[str, M] = {}
    for m in sides:
        for state in [m.key] if m.type == "State" else represented(s, m.key, date.value if date else ""):
            states.setdefault(state, m)
    if len(states) < 2:
        return
    kind = "statement" if match.group("kind") in ("statement", "açiklama", "bildiri") else "declaration"
    treaty = (match.start("kind"), match.end("kind"), "", kind)
    # a statement issued is a new one: of the day the sentence gives, else of the meeting the report
    # tells (the document's end dates it), not a treaty named before
    key = _identify(s, treaty, date.value if date else "") or UNDATED_TREATY + kind
    if key.startswith("treaty/") and not key.startswith(UNDATED_TREATY):
        _describe(s, key, treaty, date, treaty[:2], mood)
    for state, m in states.items():
        s.state(
            state, "partyTo", key, "entity", s.cover(m, match.span()), "treaty.joint.issued", modality=mood
        )


def treaties(
    s: Sentence, participants_of_meeting: list[M], groups: list[tuple[list[str], str, int]] | None = None
) -> None:
    if groups and _THE_MINISTERS[s.lang].search(s.folded):
        _the_ministers(s, groups)
    if groups and has_any(s.folded, _LEADERS_GATE[s.lang]):
        _the_leaders(s, groups)
    _ceasefire_agreed(s)
    if not participants_of_meeting:
        _speaking_in_a_joint_statement(s)
        _issued_jointly(s)
    mentions = _treaty_mentions(s)
    if (
        s.lang == "en"
        and s.recent_treaties
        and "sign" in s.folded
        and s.previous is not None
        and (
            any(m.type == "Treaty" for m in s.previous.mentions)
            or has_any(s.previous.folded, _TREATY_WORDS["en"])
        )
    ):
        # "Trump signed it as a witness": the treaty just named
        mentions += [(m.start("it"), m.end("it"), "", "") for m in _SIGNED_IT.finditer(s.folded)]
        mentions.sort()
    if not mentions:
        return
    # A lexicon treaty's own date beside it ("1991'de Alma-Ata Deklarasyonu'nun imzalandığı
    # Dostluk Evi") dates the treaty, not the meeting the sentence reports.
    for told in mentions:
        start, end, key, _ = told
        known = str(s.lexicon.attribute(key, "date", "")) if key else ""
        for d in s.dates if known else ():
            if known.startswith(d.value) and (abs(d.end - start) <= 40 or abs(d.start - end) <= 40):
                s.claimed_dates.add(d.start)
        own = (
            _adjacent_date(s, told) if (key or told[3]) and has_any(s.folded, MEETING_WORDS[s.lang]) else None
        )
        if own is not None:  # "the trilateral Statement ... of November 9, 2020": the treaty's day
            s.claimed_dates.add(own.start)
    used: set[int] = set()
    for sign in _SIGN[s.lang].finditer(s.folded):
        if s.lang == "tr" and _NEGATED_SIGN_TR.match(sign.group()):
            continue  # "imzalamayacağını", "imzalamadığı", "imzalanmayacak": no signing
        mood = _signing_mood(s, sign.start(), sign.end())
        if (
            _CANNOT["en"].search(s.folded, max(0, sign.start() - 30), sign.start())
            if s.lang == "en"
            else _CANNOT["tr"].match(s.folded, sign.start())
        ):
            # "such an agreement cannot be signed", "imzalanamaz", "imzalayamadı": no signing, and
            # the treaty it names is told no other way in the clause
            near = _nearest(s, mentions, sign.start(), sign.end(), used)
            if near is not None:
                used.add(near[0])
            continue
        if mood is None and s.lang == "en":
            # "Armenia is not a party to the agreement signed by Russia and Turkey": the main
            # clause's negation is not the signing's, which only describes the treaty
            near = _nearest(s, mentions, sign.start(), sign.end(), used)
            if (
                near is not None
                and _attributive(s, near, sign.span())
                and not re.search(r"\b(?:not|never|un)\b", s.folded[near[1] : sign.start()])
            ):
                mood = "asserted"
        if mood is None:
            continue
        if (
            mood == "asserted"
            and s.lang == "tr"
            and _SIGNING_AS_NOUN.search(s.folded, sign.start(), sign.end())
            and not re.match(r"\s+(?:ardindan|sonrasinda|sonra|ertesi)", s.folded[sign.end() :])
        ):
            # "barış anlaşmasının imzalanması", "imzalamaya hazır": the signing named, not done
            mood = "intended"
        if (
            mood == "asserted"
            and s.lang == "en"
            # ("the signing and ratification of a peace agreement": the signing named as well)
            and re.match(r"signing(?:\s+(?:and|or)\s+(?:the\s+)?\w+)?\s+of\b", s.folded[sign.start() :])
            and not _SIGNING_DONE_EN.search(s.folded, max(0, sign.start() - 60), sign.start())
            and not re.search(r"\b(?:took place|was held|ceremony)\b", s.folded[sign.end() :])
            # "The signing of the Framework by Mirzoyan and Rubio marked the culmination of ...": a
            # signing by named people that the sentence's past verb tells done
            and not _SIGNING_BY_DONE_EN.match(s.folded, sign.end())
        ):
            # "met to prepare the signing of a peace agreement", "the signing of ... was postponed":
            # the signing named, not done (as "barış anlaşmasının imzalanması")
            mood = "intended"
        if (
            mood == "asserted"
            and s.lang == "en"
            and s.folded.startswith("signing ", sign.start())
            and _MODAL_BEFORE_GERUND_EN.search(s.folded, max(0, sign.start() - 120), sign.start())
        ):
            # "Yerevan should demarcate the border after holding a referendum and signing a peace
            # treaty": a gerund is done only if the verb it hangs on is
            mood = "intended"
        if (
            mood == "asserted"
            and s.lang == "en"
            and _TOWARDS_SIGNING_EN.search(s.folded, max(0, sign.start() - 40), sign.start())
        ):
            # "steps towards signing a peace agreement", "close to signing", "ready for signing":
            # the signing aimed at, not done
            mood = "intended"
        initialled = bool(re.match(r"paraf|initial", s.folded[sign.start() :]))
        treaty = _nearest(s, mentions, sign.start(), sign.end(), used)
        if treaty is None:
            continue
        used.add(treaty[0])
        if s.lang == "en" and _NO_TREATY_EN.search(s.folded, max(0, treaty[0] - 24), treaty[0]):
            continue  # "signed no agreement during the talks"
        if _SIGNED_ANOTHER_PAPER[s.lang].search(
            s.folded, *((sign.end(), treaty[0]) if sign.end() <= treaty[0] else (treaty[1], sign.start()))
        ):
            # "signed a law ratifying the agreement", "a decree approving the memorandum", "a letter
            # about the peace agreement", "anlaşmayı onaylayan yasayı imzaladı", "kararnameyi
            # imzaladı": the paper signed is the law, decree or letter, not the treaty it speaks of
            continue
        paper = _OWN_OTHER_PAPER_EN.match(s.folded, sign.end()) if s.lang == "en" else None
        if (
            paper is not None
            and treaty[1] <= sign.start()
            and not _GENERIC["en"].match(s.folded, paper.end())
        ):
            # "initialed the draft Agreement ... and signed a joint appeal to the OSCE": the verb's own
            # object is another paper, not the treaty named before it
            continue
        if _BARE_CEASEFIRE[s.lang].match(s.folded, treaty[0]) and (
            max(treaty[0] - sign.end(), sign.start() - treaty[1]) > 25
        ):
            continue  # a ceasefire signs only with its own verb beside it
        first = _signing_date(s, treaty, sign.span())
        if first is None and not treaty[2] and treaty[3]:
            # "was signed in Tbilisi in February 2007", "Şubat 2007'de ... imzalandı": the month
            # (or year) the sentence writes with the signing, when it gives no day
            first = _written_month(s, treaty, sign.span())
        if (
            s.lang == "tr"
            and _SIGNER_PARTICIPLE.fullmatch(sign.group())
            and first is not None
            and first.value < (s.document.date or "0")[: len(first.value)]
        ):
            # "... tarihlerinde anlaşmaları imzalayan Putin, Aliyev ve Paşinyan'ın ... imzalaması
            # bekleniyor": who signed them on days before the report did, whatever the
            # sentence's last verb looks ahead to
            mood = "asserted"
        joined = _coordinated(s, mentions, treaty, used)
        if first is None:
            # "11 Mart 2024 tarihinde anlaşma ve protokol imzaladı": the day the list's first gives
            first = next((d for d in (_signing_date(s, t, sign.span()) for t in joined) if d), None)
        for date in _each_of(s, treaty, first):
            _signing(s, treaty, sign, date, mood, initialled, participants_of_meeting)
        for listed in joined:
            # "signed an agreement and a memorandum", "anlaşma ve protokol imzaladı": each document
            # of the list, of its own kind, signed by the same people on the same day
            used.add(listed[0])
            for date in _each_of(s, listed, first):
                _signing(s, listed, sign, date, mood, initialled, participants_of_meeting)
    for treaty in mentions:
        if treaty[0] in used:
            continue
        for date in _each_of(s, treaty, _adjacent_date(s, treaty)):
            key = _identify(s, treaty, date.value if date else "") or _refer(s, treaty)
            mood = modality(s, treaty[0], treaty[1])
            if (
                mood == "intended"
                and date is not None
                and date.precision == "date"
                and date.value < s.document.date
            ):
                # "liderlerin 31 Ekim 2022 tarihli bildirilerine uyulması gerektiğini", "will submit a
                # timetable in line with the November 9 ceasefire deal": a document of a day before
                # the report is made, whatever the sentence's verb looks ahead to
                mood = "asserted"
            if not key and date is None and s.lang == "en":
                # "the 2020 ceasefire agreement", "the 2020 Nagorno-Karabakh armistice agreement":
                # the one document of that year (or month) the lexicon knows of that kind
                key, date = _known_of_period(s, treaty)
            if key and date is None and treaty[2]:
                date = _its_own_year(s, treaty)
                other = _another_years(s, treaty) if date is None else None
                if other is not None and mood == "asserted":
                    # "The 1994 ceasefire agreement was followed by peace negotiations": the name
                    # the lexicon gives the 2020 statement, of another year, is another treaty
                    written = _GENERIC[s.lang].search(s.folded, treaty[0], treaty[1])
                    kind = _KINDS.get(written.group("kind"), "agreement") if written else "agreement"
                    key, date = f"treaty/{other.value}-{kind or 'agreement'}", other
                    _describe(s, key, treaty, date, treaty[:2], mood)
                    continue
            if key and mood is not None:
                if date is not None and mood == "asserted" and not key.startswith("treaty/"):
                    s.state_date(key, date, "treaty.date")
                if (
                    date is not None
                    and mood == "asserted"
                    and key.startswith("treaty/")
                    and date.precision == "date"
                    and _named_between(s, treaty)
                ):
                    # "the Joint Statement of Azerbaijan's ... and Armenia's ... issued on December 7,
                    # 2023": a treaty of a day with its parties named is one, signing told or not
                    _describe(s, key, treaty, date, treaty[:2], mood)
                _parties_between(s, treaty, key, mood)
                _committed(s, treaty, key)


# between two documents of a list: "an agreement (on energy) and a memorandum", "agreements, memoranda
# and protocols", "anlaşma ve (ulaştırma alanında bir) protokol", "anlaşmalar, mutabakat zaptı ile protokol"
_LIST_GAP = {
    "en": re.compile(
        r"(?:\s+(?:on|of|in|for)\s+[^,.;:()]{1,60}?)?"
        r"(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)"
        r"(?:(?:an?|the|several|two|three|four|five|a number of|other|various|\w+al)\s+){0,2}"
    ),
    "tr": re.compile(r"(?:['’]?\w*)?(?:\s*,\s*|\s+(?:ve|ile)\s+)(?:[^\s,.;:()]+\s+){0,4}?"),
}


_LIST_AND = {"en": re.compile(r"\b(?:and|as well as)\b"), "tr": re.compile(r"\b(?:ve|ile)\b")}


# a modal or a verb of intention earlier in the sentence, with no sentence end between
_MODAL_BEFORE_GERUND_EN = re.compile(
    r"\b(?:should|would|will|must|could|shall|(?:plans?|wants?|intends?|aims?|hopes?|needs?) to|"
    r"(?:ready|expected|set|due) to)\b[^.;:!?,]*$"
)


def _signing_mood(s: Sentence, start: int, end: int) -> Modality | None:
    """The mood of a signing verb. A signing is no treaty's provision: "In line with the Baku
    declaration, the ministers are expected to sign a roadmap" looks ahead, whatever the treaty
    named in the sentence provides."""
    if not s.provision:
        return modality(s, start, end)
    s.provision = False
    try:
        return modality(s, start, end)
    finally:
        s.provision = True


def _coordinated(
    s: Sentence, mentions: list[tuple[int, int, str, str]], treaty: tuple[int, int, str, str], used: set[int]
) -> list[tuple[int, int, str, str]]:
    """The other documents listed with ``treaty`` (both unnamed, each of another kind): "signed an
    agreement and a memorandum", "anlaşma ve protokol imzaladı"."""
    if treaty[2] or not treaty[3]:
        return []
    unnamed = [t for t in mentions if not t[2] and t[3] and (t[0] not in used or t == treaty)]
    if len(unnamed) < 2 or treaty not in unnamed:
        return []
    at = unnamed.index(treaty)
    chain = [treaty]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(unnamed):
            a, b = (unnamed[i + step], unnamed[i]) if step < 0 else (unnamed[i], unnamed[i + step])
            if not _LIST_GAP[s.lang].fullmatch(s.folded, a[1], b[0]):
                break
            chain.append(unnamed[i + step])
            i += step
    chain.sort()
    kinds = {t[3] for t in chain}
    if len(kinds) != len(chain):
        return []  # "the agreement ... and the agreement": one document told twice, or no list
    if len(chain) > 1 and not _LIST_AND[s.lang].search(s.folded, chain[-2][1], chain[-1][0]):
        # "signed the Shusha Declaration in Shusha on 15 June 2021, a pact of allied relations": a
        # comma alone before the last is an apposition (one document), not a list's end
        return []
    return [t for t in chain if t is not treaty]


def _plural(s: Sentence, treaty: tuple[int, int, str, str]) -> bool:
    """ "agreements", "memoranda", "anlaşmaları", "bildiriler": a treaty word in the plural."""
    word = _GENERIC[s.lang].search(s.folded, treaty[0], treaty[1])
    if word is None:
        return False
    if s.lang == "en":
        return word.group().endswith("s") or "memoranda" in word.group()
    return bool(re.match(r"(?:lar|ler)", s.folded[word.end("kind") : word.end()]))


_DATE_AND = re.compile(r"\s*(?:,|,?\s+(?:and|ve|ile))\s*")


def _each_of(
    s: Sentence, treaty: tuple[int, int, str, str], date: DateMention | None
) -> list[DateMention | None]:
    """ "the agreements reached ... on November 9, 2020 and January 11, 2021", "9 Kasım 2020,
    11 Ocak 2021 ve 26 Kasım 2021 tarihlerinde ... anlaşmaları imzalayan": a plural treaty
    word with a list of days is one treaty a day; else the one date."""
    if date is None or date.precision != "date" or not _plural(s, treaty):
        return [date]
    days = sorted((d for d in s.dates if d.precision == "date"), key=lambda d: d.start)
    if date not in days:
        return [date]
    at = days.index(date)
    lo = hi = at
    while lo > 0 and _DATE_AND.fullmatch(s.folded[days[lo - 1].end : days[lo].start]):
        lo -= 1
    while hi + 1 < len(days) and _DATE_AND.fullmatch(s.folded[days[hi].end : days[hi + 1].start]):
        hi += 1
    return list(days[lo : hi + 1])


def _signing(
    s: Sentence,
    treaty: tuple[int, int, str, str],
    sign: re.Match[str],
    date: DateMention | None,
    mood,
    initialled: bool,
    participants_of_meeting: list[M],
) -> None:
    """The facts of one signing of ``treaty`` told by ``sign``, on ``date``."""
    if (
        date is not None
        and s.lang == "en"
        and date.precision == "date"
        and date.end <= treaty[0]
        and _attributive(s, treaty, sign.span())
        and _ANOTHER_VERB.search(s.folded, date.end, treaty[0])
    ):
        # "On January 14, the Armenian Foreign Ministry published the agreement signed between
        # Armenia and the U.S.": the day is the publishing's; the signing was of that month or before
        date = DateMention(
            date.start, date.end, date.value[:7], False, "gYearMonth", "month of another verb's day"
        )
    if (
        date is not None
        and s.lang == "en"
        and date.precision == "date"
        and date.end <= treaty[0]
        and _REPORTED_BEFORE_EN.search(s.folded, max(0, date.start - 40), date.start)
        and re.match(r"[^.;]{0,12}?\bthat\b", s.folded[date.end : treaty[0]])
        and _HAD_BEEN_EN.search(s.folded, max(0, sign.start() - 30), sign.start())
    ):
        # "the minister announced on Thursday, March 31, that a declaration had been signed by ...":
        # the day is the announcement's; the pluperfect signing was before it, of that month
        date = DateMention(
            date.start, date.end, date.value[:7], False, "gYearMonth", "month of a report's day"
        )
    key = _identify(s, treaty, date.value if date else "") or _refer(s, treaty) or _just_signed(s, treaty)
    if date is None and treaty[2]:
        date = _its_own_year(s, treaty)
    told_before = date is None and not treaty[2] and _attributive(s, treaty, sign.span())
    # "a year after they signed a memorandum", "imzaladıktan iki hafta sonra": signed at another
    # time than the sentence's, with no day of its own: no day, meeting or signer the sentence's
    # other words give
    elsewhere = date is None and _another_times_clause(s, treaty, sign.span()) is not None
    # "Since then, Armenia and Azerbaijan have signed several documents", "daha önce imzaladı"
    since = date is None and _SINCE_THEN[s.lang].search(s.folded, 0, sign.start()) is not None
    # "The two leaders had signed a memorandum", "İki lider ... bir mutabakat zaptı imzalamıştı": a
    # pluperfect with no day of its own is before the time told, not the day before it
    since = since or (
        date is None
        and _PLUPERFECT[s.lang].search(s.folded, max(0, sign.start() - 20), sign.end() + 12) is not None
    )
    # "signed last year", "geçen yıl imzalandığını", "iki yıl önce imzalanan": a time before the
    # report's that no date word gives, so no report's own news either
    since = since or (
        date is None
        and _PAST_TIME[s.lang].search(
            s.folded, max(0, sign.start() - 40), min(len(s.folded), sign.end() + 60)
        )
        is not None
    )
    told_before = told_before or elsewhere or since
    if (
        not key
        and date is None
        and mood == "asserted"
        and not treaty[2]
        and _previous_day(s)
        and not told_before
        # a sentence that writes its own days, none the signing's ("27 Eylül'de başlattığı operasyonda
        # ... anlaşmaya imza atmıştı"), is not speaking of the day before
        and not any(d.precision == "date" for d in s.dates)
        # "The war ended on November 10, 2020. Since then, ... have signed several documents": a
        # time after that day, not that day
        and not _SINCE_THEN[s.lang].search(s.folded, 0, sign.start())
    ):
        # "... signed 14 deals during Erdogan's Baku visit, February 25, 2020. Aliyev and
        # Erdogan signed a Memorandum of Understanding ...": the day the text is speaking of
        date = DateMention(0, 0, _previous_day(s), False, "date", "date of the previous sentence")
        key = _identify(s, treaty, date.value)
    if not key and date is None and mood == "asserted" and not treaty[2] and not told_before:
        # a treaty signed on a day another sentence gives ("The agreement was signed on
        # November 12"): kept under a placeholder the document's end gives that day, or drops
        key = UNDATED_TREATY + (treaty[3] or "agreement") + (UNDATED_ONE if _one_named(s, treaty) else "")
    if key and treaty[2] and mood == "asserted" and not initialled:
        month = _month_of_signing(s, treaty, sign.span()) if date is None else None
        instead = _signed_instead(s, key, month.value if month else date.value if date else s.document.date)
        if month is not None and instead != key:
            # "İki ülke, geçen ağustos ayında ... bir barış anlaşması imzaladı": the month the
            # document they signed instead was signed in
            date = month
        key = instead
    if not key:
        return
    if (
        date is None
        and not treaty[2]
        and not elsewhere
        and _previous_day(s)
        and s.lexicon.attribute(key, "date") == _previous_day(s)
    ):
        # "After the meeting, X and Y signed a joint declaration": the
        # declaration of the day the previous sentence speaks of.
        date = DateMention(0, 0, _previous_day(s), False, "date", "date of the previous sentence")
    span = s.cover(treaty[:2], sign.span())
    signers = _signers(s, treaty, sign.span())
    if s.lang == "tr" and signers and _INFINITIVE_SIGN_TR.match(s.folded, sign.start()):
        signers = _not_the_thanker(s, signers, sign.start())
    if s.lang == "tr" and signers and _WE_SIGNED_TR.search(s.folded, sign.start(), sign.end()):
        signers = _the_teller_signed_too(s, signers, sign.end())
    at_meeting = False  # the signers are the people of the meeting the sentence reports, as read there
    if initialled:
        # Initialling agrees a text that is still to be signed: its
        # parties are bound only in intention.
        for m in signers:
            # "Pashinyan and Aliyev initialled the peace agreement": the states they lead
            led = [m.key] if m.type == "State" else represented(s, m.key, date.value if date else "")
            for state in led if m.type in ("State", "Person") else ():
                s.state(
                    state,
                    "partyTo",
                    key,
                    "entity",
                    s.cover(span, m),
                    "treaty.initialled",
                    modality="intended",
                )
        return
    _describe(s, key, treaty, date, span, mood)
    known = str(s.lexicon.attribute(key, "date", ""))
    if told_before:
        pass  # "the statements signed on this topic": signed before, by whom the words do not say
    elif (
        not signers
        and mood == "asserted"
        and (not known or known in {d.value for d in s.dates})
        # "Paşinyan, 8 Ağustos'ta imzalanan ortak deklarasyonun uygulanmasını görüşmek üzere Aliyev
        # ile bir araya geldi", "met to discuss the declaration signed on August 8": a participle
        # that names the document is no signing the meeting's people did
        and not _attributive(s, treaty, sign.span())
    ):
        # signed at the meeting the sentence reports (not a treaty of another day named there)
        signers = [m for m in participants_of_meeting if m.type in AGENT_TYPES and not m.consumed]
        at_meeting = True
        visitors = _visitors(s, [m for m in s.mentions if m.type == "Person"])
        if visitors:
            # "a memorandum was signed ... during President X's visit": others signed at the visit
            signers = [m for m in signers if m.key not in visitors]
        if _PASSIVE_SIGN[s.lang].match(s.folded, sign.start()) or (
            s.lang == "en" and re.search(r"\b(?:was|were|been|be)\s+(?:\w+\s+)?$", s.folded[: sign.start()])
        ):
            # a passive names no signer: "... borsaları arasında bir anlaşma imzalandı", "Azerbaycan
            # ile Ermenistan, ... protokol imzalandı": the states at the meeting are its sides
            passive_sides = [m for m in signers if m.type == "State"]
            signers = [m for m in signers if m.type != "State"]
            if (
                s.lang == "tr" and _SIGNED_BETWEEN["tr"].search(s.folded, max(0, treaty[0] - 90), treaty[0])
            ) or (s.lang == "en" and _SIGNED_BETWEEN["en"].match(s.folded, max(treaty[1], sign.end()))):
                # signed between bodies the sentence names ("X ve Y borsaları arasında"): not the
                # meeting's people, nor their states
                signers, passive_sides = [], []
            for m in passive_sides:
                s.state(
                    m.key, "partyTo", key, "entity", s.cover(span, m), "treaty.party.passive", modality=mood
                )
        if signers and (
            _OTHER_SIGNERS[s.lang].search(s.folded, max(0, sign.start() - 60), sign.start())
            or _WITNESSED[s.lang].search(s.folded)
        ):
            # "met in Baku, where ministers signed five agreements", "görüşmenin ardından bakanlar
            # beş anlaşma imzaladı", "in the presence of Erdogan and Aliyev", "huzurunda": others
            # signed, unnamed; the meeting's people witnessed it
            signers = []
        if signers and _named_between(s, treaty):
            # "görüşmelerde, iki ülke hükümetleri arasında 15 işbirliği anlaşması imzalandı": a passive
            # signing that names its sides names no signer (the sides are its parties)
            signers = []
        if _SIGNED_BEFORE[s.lang].search(
            s.folded, max(0, sign.start() - 30), min(len(s.text), sign.end() + 20)
        ):
            # "Ortak bildirinin imzalanmasından sonra ... heyetleri bir araya geldi", "Since the signing
            # of ..., the commissions met": a meeting after the signing, not where it was signed
            signers = []
        if signers and _TALKS_BETWEEN[s.lang].search(s.folded, *_between_span(signers, treaty, sign.span())):
            # "was signed on November 11 following talks between Shoigu and Akar": the talks are
            # theirs; who signed the passive does not say
            signers = []
    sides = _THE_SIDES[s.lang].match(s.folded)
    if not signers and not told_before and sides and s.previous is not None:
        # "Aliyev hosted Georgian Prime Minister Kobakhidze in Baku on May 3. The sides signed a
        # memorandum", "Taraflar ... imzaladı": the people of two states the sentence before named
        people: dict[str, M] = {}
        for m in s.previous.mentions:
            if m.type == "Person":
                people.setdefault(m.key, m)
        states = {st for key in people for st in represented(s, key, date.value if date else "")}
        if 2 <= len(people) <= 4 and len(states) >= 2:
            signers = [M(key, "Person", sides.start(), sides.end(), kind="coref") for key in people]
        elif not people:
            # "Delegations of Azerbaijan and Georgia met in Baku. The sides signed ...": the states
            named = list(dict.fromkeys(m.key for m in s.previous.mentions if m.type == "State"))
            if 2 <= len(named) <= 4:
                signers = [M(key, "State", sides.start(), sides.end(), kind="coref") for key in named]
    they = _THEY_SIGNED[s.lang].search(s.folded, 0, sign.end())
    if not signers and not told_before and they is not None and they.end() == sign.end():
        # "Pashinyan and Aliyev met in Washington on August 8, where they signed ...", "... met in
        # Washington. They signed ...", "Liderler ... imzaladı": the people of two states named
        # before in the sentence, else in the sentence before
        signers = _people_before(s, they.start(), date.value if date else "")
    if (
        not signers
        and mood == "asserted"
        and s.lang == "en"
        and not told_before
        and not _attributive(s, treaty, sign.span())
    ):
        # ("Pashinyan discussed the declaration signed on August 8": the subject's verb is another)
        signers = _sentence_subject(s, sign.span())
    if (
        signers
        and s.lang == "en"
        and _GROUP_SUBJECT_EN.search(s.folded, max(0, sign.start() - 60), sign.start())
    ):
        # "met Monday with his counterpart in Baku, which saw the two neighbours sign seven
        # documents", "During the April visit by Prime Minister X, the sides signed a package of
        # documents": the states the group word names signed, not the
        # people the sentence names elsewhere
        signers = [m for m in signers if m.type != "Person" or m.kind == "coref"]
    # "signed ... by the foreign ministers of Azerbaijan, Georgia and Turkey", "Türkiye, Azerbaycan
    # ve Gürcistan dışişleri bakanları ... imzaladı": the ministers at the date sign
    signers = ministers_by_title(s, sorted(signers, key=lambda m: m.start))
    # "President of the Republic of Azerbaijan, Ilham Aliyev, ... signed": the state in a
    # signer's title is the one he binds, not a signer beside him
    bound = {
        st for m in signers if m.type == "Person" for st in represented(s, m.key, date.value if date else "")
    }
    signers = [m for m in signers if not (m.type == "State" and m.key in bound)]
    # "signed by the leaders of Azerbaijan, Armenia and Russia", "the governments of Russia and Iran
    # signed", "Rusya ve İran hükümetleri imzaladı": an office (or government) no name holds in the
    # text signs for its state, which is party; the holder the lexicon gives is no signer the text
    # names (tests/devset/README.md: Offices, Parties)
    # (the people of the meeting a passive signing is told at are as the meeting reads them)
    signers = _heads_by_title(s, signers, date.value if date else "")
    offices = [m for m in signers if not at_meeting and _unnamed_office(s, m)]
    if s.folded.startswith("kabul edil", sign.start()) or (
        s.folded.startswith("adopted", sign.start())
        and re.search(
            r"(?:\b(?:was|were|been|be)|communiqu[eé]|statement|declaration)\s+$",
            s.folded[max(0, sign.start() - 20) : sign.start()],
        )
    ):
        # "toplantı sonrasında ortak bildiri kabul edildi", "a joint statement was adopted at the
        # meeting": a text adopted, no one named adopting it, binds the sides of the meeting,
        # whose people sign nothing (leaders who adopt it themselves sign it)
        offices = list(signers)
    if offices:
        signers = [m for m in signers if m not in offices]
        for m in offices:
            for state in [m.key] if m.type == "State" else represented(s, m.key, date.value if date else ""):
                s.state(
                    state, "partyTo", key, "entity", s.cover(span, m), "treaty.party.office", modality=mood
                )
    if mood == "asserted" and date is not None and not initialled:
        _signing_meeting(s, key, signers, date, span)
    elif mood == "asserted" and date is None and not initialled and not elsewhere:
        _undated_signing_meeting(s, signers, span)
    if s.lang == "tr" and mood is not None:
        for m in s.of_type("State"):
            if _ON_BEHALF_TR.match(s.folded, m.end) and abs(m.start - sign.start()) <= 80:
                s.state(
                    m.key, "partyTo", key, "entity", s.cover(span, m), "treaty.party.behalf", modality=mood
                )
    for m in signers:
        if s.lang == "tr" and m.type == "State" and len(signers) == 1 and s.folded.startswith(" ile ", m.end):
            # "Azerbaycan'ın ... Ermenistan ile imzaladığı ateşkes antlaşması": whom it was signed
            # with is a party, not the signer
            s.state(m.key, "partyTo", key, "entity", s.cover(span, m), "treaty.party.with", modality=mood)
            continue
        if s.folded.startswith("vari", sign.start()):
            # "Rusya, Azerbaycan ve Ermenistan tarafından varılan ateşkes anlaşması": the states that
            # reached it are its parties; who signed it the words do not say
            if m.type == "State":
                s.state(m.key, "partyTo", key, "entity", s.cover(span, m), "treaty.party", modality=mood)
            continue
        s.state(key, "signatory", m.key, "entity", s.cover(span, m), "treaty.signatory", modality=mood)
        if m.type == "State":
            s.state(m.key, "partyTo", key, "entity", s.cover(span, m), "treaty.party", modality=mood)
        elif m.kind == "title" and "-ministry-of-" in m.key:
            # "signed by the foreign ministers of Azerbaijan and Georgia": the ministry of an
            # office no name holds signs; its state is the party, as a named minister's is
            state = m.key.split("-ministry-of-")[0]
            s.state(state, "partyTo", key, "entity", s.cover(span, m), "treaty.party.signer", modality=mood)
        elif m.type == "Person":
            for state in represented(s, m.key, date.value if date else ""):
                s.state(
                    state,
                    "partyTo",
                    key,
                    "entity",
                    s.cover(span, m),
                    "treaty.party.signer",
                    modality=mood,
                )
    if not told_before:
        _signed_with(s, treaty, sign.span(), key, signers, date, mood)
    _parties_between(s, treaty, key, mood)
    _committed(s, treaty, key)


# "signed a memorandum with Kazakhstan", "signed with Erdogan a declaration": whom it was signed with
_SIGNED_WITH_EN = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:[A-Za-z]+\s+){0,2}(?:president|prime minister|leader|foreign minister|"
    r"counterpart|government|delegation)s?\s+(?:of\s+(?:the\s+)?)?)?"
)


def _signed_with(
    s: Sentence,
    treaty: tuple[int, int, str, str],
    sign: tuple[int, int],
    key: str,
    signers: list[M],
    date: DateMention | None,
    mood,
) -> None:
    """ "Azerbaijan signed a memorandum on energy with Kazakhstan", "Aliyev signed a declaration
    with Erdogan": the state it was signed with is a party, the person a signer too (of a
    treaty whose parties the lexicon knows, only those)."""
    if s.lang == "tr":
        if not signers:
            return
        lo = max(m.end for m in signers)
        partners = [
            m
            for m in s.agents()
            if lo <= m.start
            and m.end <= min(treaty[0], sign[0])
            and m.key not in {g.key for g in signers}
            and _partner_tr(s, m, min(treaty[0], sign[0]))
        ]
        # "Paşinyan, Putin ve Aliyev ile ... imzaladı": the "ile" closes the list of partners
        found = (
            []
            if len(partners) != 1
            else [
                m
                for m in s.coordination(partners[0], {"State", "Person"}, forward=False)
                if m.start >= lo and m.key not in {g.key for g in signers}
            ]
            or [partners[0]]
        )
    else:
        found = _with_en(s, treaty, sign)
    known = s.lexicon.attribute(key, "parties", ())
    parties = set(known) if isinstance(known, list | tuple) else set()
    signer_keys = {m.key for m in signers}
    for m in found:
        if m.key in signer_keys:
            continue
        states = [m.key] if m.type == "State" else represented(s, m.key, date.value if date else "")
        if m.type == "Person" and states:
            s.state(
                key, "signatory", m.key, "entity", s.cover(sign, m), "treaty.signatory.with", modality=mood
            )
        for state in states:
            if not parties or state in parties:
                s.state(state, "partyTo", key, "entity", s.cover(sign, m), "treaty.party.with", modality=mood)


# "Kazakistan ile", "Erdoğan'la", "Erdoğan ile birlikte": the partner of the signing, not a second
# subject ("Azerbaycan ile Kazakistan imzaladı": the next word is no agent)
_WITH_PARTNER_TR = re.compile(r"(?:['’]?(?:la|le|yla|yle)\b|\s+ile\b)(?:\s+birlikte)?")


def _partner_tr(s: Sentence, m: M, until: int) -> bool:
    """``m`` with "ile" after it or "'la" / "'yle" on it, before ``until`` (the signing): whom it
    was signed with; not whom the signer met before ("Aliyev ile görüşmenin ardından ...
    imzaladı", "Trump ile bir araya gelmelerinin ardından")."""
    if _ANOTHER_ACT_TR.search(s.folded, m.end, until):
        return False
    joined = _WITH_PARTNER_TR.match(s.folded, m.end)
    if joined is None and re.search(r"['’]y?l[ae]$", s.folded[m.start : m.end]) is None:
        return False
    after = joined.end() if joined else m.end
    # "Azerbaycan ile Kazakistan imzaladı", "Erdoğan'la Aliyev": a second subject, not a partner
    return not any(after <= o.start <= after + 2 for o in s.agents() if o.type in ("Person", "State"))


_ANOTHER_ACT_TR = re.compile(r"görüş|bir araya|ardindan|sonra|toplanti|zirve|ziyaret|telefon|konuş")


def _with_en(s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]) -> list[M]:
    if "with" not in s.folded:
        return []
    start = max(sign[1], treaty[1]) if sign[0] < treaty[0] else sign[1]
    stop = re.search(r"[;.:]|,\s+(?:and|but|while|which|who)\b|\bwhich\b|\bwho\b", s.folded[start:])
    end = start + (stop.start() if stop else len(s.folded) - start)
    for match in _SIGNED_WITH_EN.finditer(s.folded, start, min(end, start + 90)):
        first = s.at(match.end(), min(len(s.text), match.end() + 40), {"State", "Person"})
        if first is None or first.start != match.end() or s.folded.startswith(("'s", "’s"), first.end):
            continue
        return [
            m
            for m in s.coordination(first, {"State", "Person"})
            if not s.folded.startswith(("'s", "’s"), m.end)
        ]
    return []


def _signing_meeting(
    s: Sentence, key: str, signers: list[M], date: DateMention, span: tuple[int, int]
) -> None:
    """ "On August 8, in Washington, Aliyev, Trump and Pashinyan signed a joint declaration":
    people of two or more states signing together on a day at a place met there; a signer
    whose state is none of the treaty's parties the lexicon knows brought the others together."""
    people = [m for m in signers if m.type == "Person"]
    if date.precision != "date" or len({m.key for m in people}) < 2:
        return
    places = meeting_places(s)
    if not places:
        return
    place = places[0]
    parties = s.lexicon.attribute(key, "parties", ())
    known = set(parties) if isinstance(parties, list | tuple) else set()
    states = {m.key: represented(s, m.key, date.value) for m in people}
    if len({st for held in states.values() for st in held}) < 2:
        return
    meeting = f"meeting/{date.value}-{place.key}"
    s.state(meeting, "type", "Meeting", "class", span, "meeting.signing")
    label = meeting_label(s, people, place, date.value)
    s.state(meeting, "label", label, "literal", span, "meeting.label", datatype="string")
    s.state_date(meeting, date, "meeting.signing")
    s.state(meeting, "heldIn", place.key, "entity", (place.start, place.end), "meeting.signing")
    for m in people:
        s.state(meeting, "participant", m.key, "entity", s.cover(span, m), "meeting.signing")
        if known and states[m.key] and not set(states[m.key]) & known:
            s.state(meeting, "mediatedBy", m.key, "entity", s.cover(span, m), "meeting.signing")


def _undated_signing_meeting(s: Sentence, signers: list[M], span: tuple[int, int]) -> None:
    """ "Paşinyan ve Aliyev, ABD Başkanı'nın huzurunda Beyaz Saray'da ... bir barış anlaşması
    imzaladı": people of two states signing together at a place, with no day in the sentence, met
    there; the meeting is kept undated, for the document's end to date (the report's own news,
    or the dated meeting told at that place) or drop."""
    people = [m for m in signers if m.type == "Person"]
    if len({m.key for m in people}) < 2:
        return
    places = meeting_places(s)
    if not places:
        return
    states = {st for m in people for st in represented(s, m.key, s.document.date or "")}
    if len(states) < 2:
        return
    place = places[0]
    key = f"{UNDATED_MEETING}-{place.key}"
    s.state(key, "heldIn", place.key, "entity", (place.start, place.end), "meeting.undated.place")
    for m in people:
        s.state(key, "participant", m.key, "entity", s.cover(span, m), "meeting.undated.participant")


_SIGNING_TITLES = ("president", "prime-minister", "chancellor", "foreign-minister", "secretary-of-state")


def represented(s: Sentence, person: str, date: str) -> list[str]:
    """The state a signer binds: the one whose head or foreign minister the sentence says they
    are, else the one the lexicon says they served at the date (a mediating head of state who
    signs binds their state too: the statement of 10 November 2020 has three parties)."""
    states = [
        st.object
        for st in s.out
        if st.subject == person and st.relation == "leaderOf" and s.type_of(st.object) == "State"
    ]
    if states:
        return states[:1]
    # "Milli Savunma Bakanımız Hulusi Akar ile Rusya Savunma Bakanı Sergey Şoygu arasında ...
    # mutabakat zaptı imzalanmıştı": a minister signs for the state whose ministry he leads
    led = [st.object for st in s.out if st.subject == person and st.relation == "leaderOf"]
    when = date or s.document.date or s.doc_year
    roles = s.lexicon.roles_of(person, when)
    for role in roles:
        if role.title in _SIGNING_TITLES and s.type_of(role.of) == "State":
            return [role.of]
        led.append(role.of)
    for body in led:
        ministry = _MINISTRY_OF.match(body)
        if ministry and s.type_of(ministry.group(1)) == "State":
            return [ministry.group(1)]
    # "Armenian Deputy Prime Minister Mher Grigoryan", "Özbekistan Enerji Bakan Yardımcısı X": any
    # official who signs represents his state, the one his title names, else the one the lexicon
    # says he serves at the date
    titled = _state_in_title(s, person)
    if titled and (roles or not s.lexicon.roles.get(person)):
        # (not a person the lexicon knows to hold no office at the date: "Eski Ermenistan
        # Cumhurbaşkanı X ... imzaladığını hatırlattı")
        return [titled]
    served = [role.of for role in roles if s.type_of(role.of) == "State"]
    return served[:1]


# the words of a title between a state (its name or demonym) and the person who holds it
_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:[A-ZÇĞİÖŞÜ][\w-]*|of|and|for|ve|ile)\s+){1,6}")


def _state_in_title(s: Sentence, person: str) -> str:
    """The state named at the head of the title right before ``person`` ("Azerbaijani Deputy
    Prime Minister X", "Azerbaijan's Energy Minister X", "Gürcistan Ekonomi Bakanı X")."""
    for m in s.mentions:
        if m.key != person or m.type != "Person":
            continue
        states = [
            st
            for st in s.mentions
            if st.type == "State"
            and st.end < m.start <= st.end + 70
            and _TITLE_GAP.fullmatch(s.text[st.end : m.start])
            and not _CASE_ENDING.match(s.folded, st.end)
            and not any(o.type == "Person" and st.end <= o.start and o.end <= m.start for o in s.mentions)
        ]
        if states:
            return max(states, key=lambda st: st.end).key
    return ""


_MINISTRY_OF = re.compile(r"(.+?)-ministry-of-")


_DESCRIBED_OF = re.compile(r"\s+(?:by|between|on)\b[^.;:]{0,80}?\s+of\s+")
_MADE_ON = re.compile(
    r"\s+(?:reached|signed|concluded|adopted|agreed|issued|made)\b[^;.:]{0,90}?\s+on\s+(?:the\s+)?"
    # "the Joint Statement of the Administration of the President of the Republic of Azerbaijan and
    # the Office of the Prime Minister of the Republic of Armenia issued on December 7, 2023"
    r"|\s+of\s+[^;.:]{0,160}?\s+(?:signed|adopted|issued|made|reached)\s+on\s+(?:the\s+)?"
)
# "the November 9, 2020 statement", "the 9 November 2020 ceasefire", "the Nov. 9 ceasefire deal": a
# day written as the document's attribute, right after an article or a possessive (not "on November 9
# the statement ...": the treaty words follow the date with nothing but a comma between)
_DATE_BEFORE_EN = re.compile(r",?\s+")
_ARTICLE_BEFORE_EN = re.compile(r"(?:\b(?:the|a|its|their|this|that)|['’]s?)\s+$")


def _adjacent_date(s: Sentence, treaty: tuple[int, int, str, str]) -> DateMention | None:
    """A day-precise date that names the treaty: "the statement of 10 November
    2020", "10 Kasım 2020 tarihli üçlü bildiri"."""
    for d in s.dates:
        if d.precision != "date":
            continue
        after = s.folded[treaty[1] : d.start]
        before = s.folded[d.end : treaty[0]]
        if treaty[0] <= d.start and d.end <= treaty[1]:
            return d
        if d.start >= treaty[1] and re.fullmatch(
            r"\s+(?:on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:of|dated|from|signed on|of the)\s+", after
        ):
            return d
        if d.start >= treaty[1] and _DESCRIBED_OF.fullmatch(after):
            # "the Statement by the leaders of Azerbaijan, Armenia and Russia on Nagorno-Karabakh
            # of November 9, 2020"
            return d
        if d.start >= treaty[1] and _MADE_ON.fullmatch(after):
            # "the agreements reached between the leaders of Russia, Azerbaijan and Armenia on
            # November 9, 2020"
            return d
        if d.end <= treaty[0] and re.fullmatch(
            r"\s+(?:tarihli|tarihinde imzalanan)\s+(?:\w+\s+){0,2}|\s+", before
        ):
            return _past(s, d)
        if (
            s.lang == "en"
            and d.end <= treaty[0]
            and _DATE_BEFORE_EN.fullmatch(before)
            and _ARTICLE_BEFORE_EN.search(s.folded, max(0, d.start - 8), d.start)
        ):
            return _past(s, d)
    return None


_PERIOD_BEFORE_EN = re.compile(r"\s+(?:(?:[A-Z][\w-]*|armistice)\s+){0,2}")


_YEAR_BEFORE_EN = re.compile(
    r"\b(?i:the|a|its|their|this|that)\s+(?P<y>1[89]\d\d|20\d\d)\s+(?:(?:[A-Z][\w-]*|armistice)\s+){0,2}$"
)


def _year_before(s: Sentence, treaty: tuple[int, int, str, str]) -> DateMention | None:
    """A bare year after an article, before the treaty's words and a name or two ("the 2020
    Nagorno-Karabakh armistice agreement"), which the date reader leaves alone."""
    if s.lang != "en":
        return None
    match = _YEAR_BEFORE_EN.search(s.text, max(0, treaty[0] - 60), treaty[0])
    if match is None:
        return None
    start = match.start("y")
    return DateMention(start, start + 4, match.group("y"), True, "gYear", "year before the treaty")


def _known_of_period(s: Sentence, treaty: tuple[int, int, str, str]) -> tuple[str, DateMention | None]:
    """A year or month written before a treaty's words, right after an article ("the 2020
    ceasefire agreement", "the November 2020 trilateral statement", "the 2020 Nagorno-Karabakh
    armistice agreement"): the lexicon's one treaty of that time and kind; none minted."""
    year = _year_before(s, treaty)
    for d in [*s.dates, *([year] if year else [])]:
        if (
            d.precision not in ("gYear", "gYearMonth")
            or d.end > treaty[0]
            or not _PERIOD_BEFORE_EN.fullmatch(s.text, d.end, treaty[0])
            or not _ARTICLE_BEFORE_EN.search(s.folded, max(0, d.start - 8), d.start)
        ):
            continue
        kind = treaty[3]
        ceasefire = bool(re.search(r"cease-?fire|truce|armistice", s.folded[max(0, d.end) : treaty[1]]))
        found = [
            k
            for k in s.lexicon.entities
            if s.lexicon.entities[k].type == "Treaty"
            and str(s.lexicon.attribute(k, "date", "")).startswith(d.value)
            and (
                any("ceasefire" in label or "ateşkes" in label for label in _labels(s, k))
                if ceasefire
                else _same_kind(str(s.lexicon.attribute(k, "kind", "")), kind)
                or (kind == "agreement" and s.lexicon.attribute(k, "kind", "") not in _OWN_INSTRUMENTS)
            )
        ]
        if len(found) == 1 and d.value <= s.document.date[: len(d.value)]:
            return found[0], d
    return "", None


def _past(s: Sentence, d: DateMention) -> DateMention:
    """A document named by a day with no year ("the November 9 ceasefire deal" in a report of
    January 2021) was made before the report: the year before, when the report's year would put
    that day after the report."""
    if d.year_given or d.precision != "date" or len(s.document.date) != 10 or d.value <= s.document.date:
        return d
    year = int(d.value[:4]) - 1
    return DateMention(
        d.start, d.end, f"{year}{d.value[4:]}", False, d.precision, "the year before the report's"
    )


def _its_own_year(s: Sentence, treaty: tuple[int, int, str, str]) -> DateMention | None:
    """ "the 1991 Alma-Ata Declaration", "1991'de Almatı Deklarasyonu'nun imzalandığı": a year
    or month beside a treaty the lexicon knows, that its own date bears."""
    known = str(s.lexicon.attribute(treaty[2], "date", ""))
    if not known:
        return None
    # "the 1991 Alma-Ata Declaration": a year written before the treaty's name (not before a common
    # noun the lexicon also knows it by, "the 2020 cease-fire agreement", which analysts date as often
    # by the day the text gives elsewhere)
    year = _year_before(s, treaty) if s.text[treaty[0] : treaty[0] + 1].isupper() else None
    for d in [*s.dates, *([year] if year else [])]:
        if d.precision == "date" or not known.startswith(d.value):
            continue
        if 0 <= treaty[0] - d.end <= 12 or 0 <= d.start - treaty[1] <= 12:
            return d
    return _its_own_day(s, treaty, known)


def _another_years(s: Sentence, treaty: tuple[int, int, str, str]) -> DateMention | None:
    """A year written just before a known treaty's name that is not its year ("the 1994
    ceasefire agreement", "1994 ateşkes anlaşması")."""
    known = str(s.lexicon.attribute(treaty[2], "date", ""))
    also = s.lexicon.attribute(treaty[2], "also_dated", ())
    years = {known[:4]} | {str(a)[:4] for a in also} if isinstance(also, list | tuple) else {known[:4]}
    if not known:
        return None
    year = re.search(r"\b(1[89]\d\d|20\d\d)(?:['’]\w+)?\s+$", s.folded[max(0, treaty[0] - 16) : treaty[0]])
    if year is None or year.group(1) in years:
        return None
    start = max(0, treaty[0] - 16) + year.start(1)
    return DateMention(start, start + 4, year.group(1), True, "gYear", "year before the treaty's name")


def _its_own_day(s: Sentence, treaty: tuple[int, int, str, str], known: str) -> DateMention | None:
    """A date further off in the sentence that the treaty the lexicon knows bears: its year or
    month, or its day give or take one (a statement signed at midnight is dated either side),
    and no other treaty nearer to it ("2. Karabağ Savaşı, 10 Kasım 2020'de ... liderlerinin üçlü
    bildirisiyle sona ermişti", "the trilateral statement brokered ... in 2020")."""
    others = [m for m in s.mentions if m.type == "Treaty" and m.key != treaty[2]]
    for d in s.dates:
        if d.precision == "date":
            try:
                near = abs((date_type.fromisoformat(d.value) - date_type.fromisoformat(known)).days) <= 1
            except ValueError:
                near = False
        else:
            near = known.startswith(d.value)
        if not near or min(abs(treaty[0] - d.end), abs(d.start - treaty[1])) > 90:
            continue
        distance = min(abs(treaty[0] - d.end), abs(d.start - treaty[1]))
        if any(min(abs(o.start - d.end), abs(d.start - o.end)) < distance for o in others):
            continue
        return d
    return None


def _just_signed(s: Sentence, treaty: tuple[int, int, str, str]) -> str:
    """ "ortak deklarasyona imza attı" in an article of 9 August 2025: the lexicon's one
    declaration signed in the week before the article."""
    if treaty[2] or not treaty[3] or len(s.document.date) != 10:
        return ""
    try:
        day = date_type.fromisoformat(s.document.date)
    except ValueError:
        return ""
    found = []
    for back in range(8):
        when = (day - timedelta(days=back)).isoformat()
        found += [
            k
            for k in s.lexicon.treaties_dated(when)
            if _same_kind(str(s.lexicon.attribute(k, "kind")), treaty[3])
        ]
    if not found:
        # "Azerbaycan-Ermenistan barış deklarasyonunun imzalanmasından 11 gün sonra", "the
        # Armenia-Azerbaijan declaration signed last month": the one of that kind between the
        # states named, signed in the month before the article
        sides = {m.key for m, _ in _named_between(s, treaty)}
        for back in range(31) if len(sides) >= 2 else ():
            when = (day - timedelta(days=back)).isoformat()
            found += [
                k
                for k in s.lexicon.treaties_dated(when)
                if s.lexicon.attribute(k, "kind") == treaty[3] and sides <= _known_parties(s, k)
            ]
    return found[0] if len(set(found)) == 1 else ""


def _written_month(s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]):
    """A month or year written in the sentence (not counted back from the article: "last
    month", "geçen ay") within a few words of the signing, the only such date there."""
    lo, hi = min(treaty[0], sign[0]), max(treaty[1], sign[1])
    written = [
        d
        for d in s.dates
        if d.precision in ("gYearMonth", "gYear")
        and "document's date" not in (d.note or "")
        and not _page_date(s, d)
        and not _A_TERMS_DAY[s.lang].search(s.folded[max(0, d.start - 24) : d.start])
    ]
    near = [
        d for d in written if (d.end <= lo and lo - d.end <= 60) or (d.start >= hi and d.start - hi <= 40)
    ]
    return near[0] if len(written) == 1 and near else None


def _month_of_signing(s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]):
    """A month written with a signing ("geçen ağustos ayında ... imzaladı", "in August 2025
    signed"): the nearest month-precision date, in Turkish before the verb."""
    lo, hi = min(treaty[0], sign[0]), max(treaty[1], sign[1])
    months = [
        d
        for d in s.dates
        if d.precision == "gYearMonth"
        and ((d.end <= lo and lo - d.end <= 120) or (s.lang == "en" and d.start >= hi and d.start - hi <= 40))
    ]
    return min(months, key=lambda d: lo - d.end if d.end <= lo else d.start - hi) if months else None


def _signed_instead(s: Sentence, key: str, when: str) -> str:
    """ "Aliyev ve Paşinyan ... barış anlaşması imzaladı" on 8 August 2025: news names the
    document signed after the treaty it leads to. When the lexicon knows ``key`` was not
    signed by ``when`` (no date, or a later one) and exactly one treaty of the same parties
    was signed in the month before that day (or in the month ``when`` names: "geçen ağustos
    ayında ... bir barış anlaşması imzaladı"), that one was signed; else ``key``."""
    signed = str(s.lexicon.attribute(key, "date", ""))
    if (signed and signed[: len(when)] <= when) or len(when) not in (7, 10):
        return key
    given = s.lexicon.attribute(key, "parties", ())
    parties = set(given) if isinstance(given, list | tuple) else set()
    if len(when) == 7:
        days = [f"{when}-{d:02d}" for d in range(1, 32)]
    else:
        try:
            day = date_type.fromisoformat(when)
        except ValueError:
            return key
        days = [(day - timedelta(days=back)).isoformat() for back in range(31)]
    found: list[str] = []
    for one in days:
        for other in s.lexicon.treaties_dated(one):
            theirs = s.lexicon.attribute(other, "parties", ())
            if other != key and isinstance(theirs, list | tuple) and set(theirs) & parties:
                found.append(other)
    return found[0] if len(set(found)) == 1 else key


_INDEFINITE = {
    "en": re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$"),
    "tr": re.compile(r"\b(?:başka|yeni) bir\s+(?:[\w-]+\s+){0,2}$"),
}


def _refer(s: Sentence, treaty: tuple[int, int, str, str]) -> str:
    """A treaty named by a common noun ("Bildiriyi", "the declaration", "belgeyi"):
    one named just before, or the one of the date the text is speaking of."""
    if treaty[2]:
        return ""
    if _INDEFINITE[s.lang].search(s.folded, max(0, treaty[0] - 30), treaty[0]):
        return ""  # "signed a document in Prague": one not named yet, not the one just named
    kind = treaty[3]
    for key in reversed(s.recent_treaties):
        if not kind or s.lexicon.attribute(key, "kind") == kind or key.endswith("-" + kind):
            return key
        if (
            kind == "agreement"
            and s.lang == "en"
            and s.lexicon.attribute(key, "kind") in ("statement", "declaration")
            and re.search(r"\bthe\s+(?:[\w-]+\s+)?$", s.folded[max(0, treaty[0] - 20) : treaty[0]])
        ):
            # "the trilateral statement of November 10 ... the text of the agreement": news calls the
            # statement just named "the agreement" (not "an agreement", another one)
            return key
    if s.previous_date and kind:
        same = [
            k for k in s.lexicon.treaties_dated(s.previous_date) if s.lexicon.attribute(k, "kind") == kind
        ]
        if same:
            return same[0]
    return ""


def _nearest(
    s: Sentence, mentions: list[tuple[int, int, str, str]], start: int, end: int, used: set[int]
) -> tuple[int, int, str, str] | None:
    free = [t for t in mentions if t[0] not in used] or mentions
    if s.lang == "tr":
        if _OBJECT_PARTICIPLE_AHEAD_TR.fullmatch(s.folded, start, end):
            # "9 Şubat 1994'de imzalanan 'Türkiye Cumhuriyeti ve Azerbaycan Cumhuriyeti Arasında ...
            # Anlaşma'", "imzaladıkları beyannamede": a participle names the noun after it
            after = [
                t
                for t in free
                if t[0] >= end
                and t[0] - end <= 160
                and not re.search(r"[.;:!?]", s.folded[end : t[0]])
                and not _SIGN["tr"].search(s.folded, end, t[0])
            ]
            if after:
                return min(after, key=lambda t: t[0])
        before = [t for t in free if t[1] <= start and start - t[1] <= 60]
        if before:
            return max(before, key=lambda t: t[1])

    def distance(t: tuple[int, int, str, str]) -> int:
        return start - t[1] if t[1] <= start else t[0] - end

    best = min(free, key=distance)
    if distance(best) <= 80:
        return best
    if (
        s.lang == "en"
        and best[0] >= end
        and distance(best) <= 140
        and s.folded.startswith("signing", start)
        and re.match(r"\s+of\b[^.;:]*$", s.folded[end : best[0]])
    ):
        # "the signing of the Trump Route for International Peace and Prosperity (TRIPP)
        # Implementation Framework": the name before the document's word, however long
        return best
    if (
        s.lang == "en"
        and best[1] <= start
        and distance(best) <= 160
        and re.search(r"\b(?:was|were|been|is|are)\s+$", s.folded[max(0, start - 12) : start])
        and not re.search(r"[;.:]", s.folded[best[1] : start])
    ):
        # "A memorandum on setting up a joint Russian-Turkish center to monitor the ceasefire
        # in Nagorno-Karabakh was signed on November 11": the passive's subject, however long
        return best
    head = min(free, key=lambda t: t[0])
    if (
        s.lang == "tr"
        and head[1] <= start
        and start - head[1] <= 200
        and _HEAD_OF_SENTENCE_TR.fullmatch(s.folded, 0, head[0])
        and re.match(r"[\w ]*?(?:\s|,)", s.folded[head[1] : head[1] + 20])
        and not _CASE_ENDING.match(s.folded, head[1])
        and re.match(r"imzalan(?:d|m|ac|ir|iyor)", s.folded[start:end])
        and not re.search(r"[;.:]", s.folded[head[1] : start])
    ):
        # "Anlaşma, Azerbaycan Dışişleri Bakanı ... ve Gürcistan Dışişleri Bakanı ... tarafından 5 Mart
        # 2024'te imzalandı": the subject at the sentence's head of the finite passive at its end
        return head
    written = _GENERIC["tr"].match(s.folded, head[0]) if s.lang == "tr" else None
    if (
        written is not None
        and written.end() == head[1]
        and re.fullmatch(r"['’]?(?:y|n)?[ıiuü]", s.folded[written.end("kind") : written.end()])
        and head[1] <= start
        and start - head[1] <= 200
        and _HEAD_OF_SENTENCE_TR.fullmatch(s.folded, 0, head[0])
        and re.match(r"imzala(?:d|m|r|y)|imza at", s.folded[start:end])
        and not re.search(r"[;.:]", s.folded[head[1] : start])
    ):
        # "Mutabakat zaptını Azerbaycan adına X, Gürcistan adına Y 5 Mart 2024'te imzaladı": the
        # object at the sentence's head of the finite verb at its end
        return head
    if s.lang == "tr" and re.match(r"imzala(?:d|m)|imza at", s.folded[start:end]):
        listed = [
            t
            for t in free
            if t[1] <= start
            and start - t[1] <= 220
            and _LISTED_WITH_TR.match(s.folded, t[1])
            and not re.search(r"[;.:!?]", s.folded[t[1] : start])
            and not _SIGN["tr"].search(s.folded, t[1], start)
        ]
        if listed:
            # "... iadesine ilişkin anlaşmalar ile ... statüsünün verilmesine dair kararları imzaladı":
            # the documents first in a list of the verb's objects, however long the list
            return max(listed, key=lambda t: t[1])
    return None


# a treaty word followed by "ile"/"ve" and more objects of the same verb
_LISTED_WITH_TR = re.compile(r"\w{0,4}\s+(?:ile|ve)\s")


_OBJECT_PARTICIPLE_AHEAD_TR = re.compile(
    r"imza(?:lanan|lanmiş|ladi[gğ][ıi]|ladiklari|ladiğ[ıi]|ladıkları|ladikları|ladığı|ladıklar[ıi]|lanacak)"
)
_HEAD_OF_SENTENCE_TR = re.compile(
    r"\W*(?:(?:söz konusu|bu|ilgili|yeni|iki ülke arasindaki)\s+)?(?:[\wçğıöşü-]+\s+){0,3}"
)


# "they signed", "where they also signed", "Liderler ... imzaladı": the people named before
_THEY_SIGNED = {
    "en": re.compile(
        r"\b(?:they|the leaders|both leaders)\s+(?:(?:also|then|later|jointly|have|had|subsequently|"
        r"eventually|finally)\s+)*(?:signed|inked)\b"
    ),
    "tr": re.compile(
        r"(?:^|\s)liderler\s+(?:[^\s,;.]+\s+){0,8}?imza(?:lad|lamişlar|ladilar|ya(?=\s)|\w*\s+att)\w*"
    ),
}


# "Toplantı sonrasında bakanlar tarafından ... imzalandı", "bakanlar ... imzaladı", "the ministers
# signed": ministers this sentence does not name, before a signing verb
_THE_MINISTERS = {
    "en": re.compile(
        r"\bthe\s+(?:[a-z]+\s+)?ministers\s+(?:(?:also|then|later|jointly|have|had)\s+)*signed\b"
    ),
    "tr": re.compile(
        r"(?:^|\s)(?:[a-zçğıöşü]+\s+)?bakanlar(?:i)?\s+(?:tarafindan\s+(?:[^\s,;.]+\s+){0,6}?imzalan|"
        r"(?:[^\s,;.]+\s+){0,6}?imzala(?:di|dilar))"
    ),
}


def _the_ministers(s: Sentence, groups: list[tuple[list[str], str, int]]) -> None:
    """ "the ministers" / "bakanlar" before a signing this sentence names no one for: the last
    group of two to four people the document named together, each a minister at the date, of
    two states or more ("Güler, ... Hasanov'la, ardından ... Chikovani ile görüştü. ... Toplantı
    sonrasında bakanlar tarafından ... Protokolü imzalandı")."""
    if any(m.type == "Person" for m in s.mentions):
        return
    match = _THE_MINISTERS[s.lang].search(s.folded)
    if match is None:
        return
    word = re.search(r"ministers|bakanlar", s.folded[match.start() : match.end()])
    if word is None:
        return
    start, end = match.start() + word.start(), match.start() + word.end()
    date = s.document.date or ""
    for people, _text, _first in reversed(groups[-4:]):
        ministers = [
            p
            for p in people
            if any(
                r.title.endswith("-minister") and r.title != "prime-minister"
                for r in s.lexicon.roles_of(p, date)
            )
        ]
        if len(ministers) != len(people):
            continue
        states = {st for p in people for st in represented(s, p, date)}
        if 2 <= len(people) <= 4 and len(states) >= 2:
            s.mentions.extend(M(p, "Person", start, end, "coref") for p in people)
        return


# "Liderler, ... anlaşmalar ile kararları imzaladı", "the leaders signed", "signed by the heads of
# state": the leaders of a summit this sentence names no one for, before (or by) a signing verb
_LEADERS_GATE = {"en": ("leaders", "heads of state", "presidents"), "tr": ("liderler", "başkanlari")}
_THE_LEADERS = {
    "en": re.compile(
        r"\b(?:the|all(?:\s+the)?)\s+(?:[a-z]+\s+)?(?:leaders|heads of state|presidents)\s+"
        r"(?:(?:also|then|later|jointly|have|had|subsequently)\s+)*(?:signed|inked)\b|"
        r"\b(?:signed|inked)\s+by\s+(?:all\s+)?the\s+(?:[a-z]+\s+)?(?:leaders|heads of state|presidents)\b"
        r"(?!\s+of\b)"
    ),
    "tr": re.compile(
        r"(?:^|\s)(?:liderler|devlet başkanlari|cumhurbaşkanlari)\b(?:\s*,)?\s+(?:tarafindan\s+)?"
        r"(?:[^;.]{0,300}?\s)?imza(?:ladi|ladilar|lamişlar|landi|\w*\s+att[ii])\w*"
    ),
}
_LEADER_TITLES = ("president", "prime-minister")


def _the_leaders(s: Sentence, groups: list[tuple[list[str], str, int]]) -> None:
    """ "the leaders" / "liderler" signing in a sentence that names no one: the leaders (heads of
    state or government at the date, of two states or more) of the last group of people the
    document named together, as the summit's participants ("Toplantıya Putin, Aliyev, ...
    katıldı. ... Liderler, ... anlaşmaları imzaladı")."""
    if any(m.type in ("Person", "State") for m in s.mentions):
        return
    match = _THE_LEADERS[s.lang].search(s.folded)
    if match is None:
        return
    word = re.search(
        r"leaders|heads of state|presidents|liderler|devlet başkanlari|cumhurbaşkanlari",
        s.folded[match.start() : match.end()],
    )
    if word is None:
        return
    start, end = match.start() + word.start(), match.start() + word.end()
    date = s.document.date or ""
    for people, _text, _first in reversed(groups[-4:]):
        leaders = [p for p in people if any(r.title in _LEADER_TITLES for r in s.lexicon.roles_of(p, date))]
        states = {st for p in leaders for st in represented(s, p, date)}
        if len(leaders) >= 2 and len(states) >= 2:
            s.mentions.extend(M(p, "Person", start, end, "coref") for p in leaders)
            for m in s.mentions:
                if m.type == "Organization" and end <= m.start < match.end():
                    # "... 'BDT +' formatının oluşturulmasına dair kararları imzaladı": a body named
                    # in what they signed, no signer beside them
                    m.consumed = True
            return


def _people_before(s: Sentence, position: int, date: str) -> list[M]:
    """The people of two states or more a pronoun or group word at ``position`` stands for: those
    named before it in the sentence, else in the sentence before (two to four)."""
    for mentions in (
        [m for m in s.mentions if m.end <= position],
        list(s.previous.mentions) if s.previous is not None else [],
    ):
        people: dict[str, M] = {}
        for m in mentions:
            if m.type == "Person":
                people.setdefault(m.key, m)
        states = {st for key in people for st in represented(s, key, date)}
        if 2 <= len(people) <= 4 and len(states) >= 2:
            return [M(key, "Person", position, position, kind="coref") for key in people]
        if people:
            return []  # people of one state named just before: not whom the pronoun stands for
    return []


# "The sides signed ...", "Taraflar ... imzaladı", "Both parties signed"
_THE_SIDES = {
    "en": re.compile(
        r"\s*(?:after the (?:talks|meeting),\s*)?(?:the|both)\s+(?:sides|parties)\s+"
        r"(?:\w+\s+){0,2}?(?:signed|inked)\b"
    ),
    "tr": re.compile(r"\s*(?:görüşmenin ardindan\s+)?(?:iki\s+)?taraflar?\b"),
}
# a group of states as the signing's own subject, right before its verb
_GROUP_SUBJECT_EN = re.compile(
    r"\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:sides|parties|neighbou?rs|countries|states|nations|"
    r"governments|republics)\s+(?:(?:have|had|has|also|then|jointly|formally|officially)\s+)*$"
)
_NAMED_AS = re.compile(
    r"\s*(?:adi verilen|denilen|diye bilinen|olarak bilinen|,?\s*(?:also )?(?:called|known as|named))?\s*"
)
_TALKS_BETWEEN = {
    "en": re.compile(
        r"\b(?:following|after)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:talks|meeting|negotiations|consultations)\s+(?:between|with)\b"
    ),
    "tr": re.compile(r"(?!)"),
}


def _between_span(
    people: list[M], treaty: tuple[int, int, str, str], sign: tuple[int, int]
) -> tuple[int, int]:
    """The words between the signing (with its treaty) and the nearest of ``people``."""
    lo, hi = min(treaty[0], sign[0]), max(treaty[1], sign[1])
    before = [m.end for m in people if m.end <= lo]
    after = [m.start for m in people if m.start >= hi]
    if before and (not after or lo - max(before) <= min(after) - hi):
        return max(before), lo
    if after:
        return hi, min(after)
    return lo, lo


# a finite verb of the main clause ("published", "released", "presented"), not the signing's
# "announced on March 31 that", "said on Monday, May 5, that": a report's verb before its day
_REPORTED_BEFORE_EN = re.compile(
    r"\b(?:announced|said|reported|confirmed|stated|noted|revealed|told\s+\w+)\s+(?:on\s+)?"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$"
)
_HAD_BEEN_EN = re.compile(r"\bhad\s+(?:(?:already|also|previously|earlier|jointly)\s+)?(?:been\s+)?$")
_ANOTHER_VERB = re.compile(r"\b(?!signed\b)(?:\w+ed|made|sent|took|gave|won|saw)\b(?!\s+(?:by|in)\b)")


def _attributive(s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]) -> bool:
    """ "the statements signed on this topic", "the agreements that were signed", "imzalanan
    anlaşmalar", "imzalanan ... ortaklık belgesi": the signing describes the treaty (one signed
    before, a reference) rather than telling it."""
    if s.lang == "en":
        if (
            sign[1] <= treaty[0]
            and s.folded.startswith("signed", sign[0])
            and re.fullmatch(r"\s+(?:[\w-]+\s+)?", s.folded[sign[1] : treaty[0]])
            and _BEFORE_PRENOMINAL_EN.search(s.folded, max(0, sign[0] - 20), sign[0])
        ):
            # "the list of signed documents", "the newly signed agreement": an adjective before
            # the document's word names it, no signing the sentence tells
            return True
        return (
            sign[0] >= treaty[1]
            and bool(
                re.fullmatch(
                    r"\s*|\s+(?:that|which)\s+(?:was|were|had been|have been|has been)\s+",
                    s.folded[treaty[1] : sign[0]],
                )
            )
            and s.folded.startswith(("signed", "adopted"), sign[0])
        )
    return (
        sign[1] <= treaty[0]
        and bool(re.match(r"(?:imzalan|vari)(?:an|lan|miş|lmiş)\b", s.folded[sign[0] : sign[1] + 1]))
        and treaty[0] - sign[1] <= 60
    )


_BEFORE_PRENOMINAL_EN = re.compile(r"\b(?:the|of|these|those|its|their|our|newly)\s+$")
UNDATED_TREATY = "treaty/?-"
# the placeholder's mark of one document called by its name ("'Üçlü Görüşme Sonuç Bildirgesi'
# imzalandı", "The Declaration on Allied Interaction ... have just signed"), in a sentence that
# gives no date at all: signed at the meeting the report tells, whatever that meeting's precision
UNDATED_ONE = "-one"


def _one_named(s: Sentence, treaty: tuple[int, int, str, str]) -> bool:
    """The treaty word is written as a name (capitalised, not at the sentence's head, or in
    quotation marks), in the singular, with no number before it, in a sentence with no date."""
    if s.dates or _plural(s, treaty) or treaty[0] < 2:
        return False
    word = s.text[treaty[0] : treaty[1]]
    if re.search(r"\d\s+(?:\w+\s+){0,2}$", s.text[max(0, treaty[0] - 30) : treaty[0]]):
        return False  # "toplam 10 mutabakat zaptı"
    kind = _GENERIC[s.lang].search(s.folded, treaty[0], treaty[1])
    head = s.text[kind.start("kind")] if kind else word[:1]
    return head.isupper()


# the subject participle of signing: "imzalayan", "imza atan"
_SIGNER_PARTICIPLE = re.compile(r"imzalayan(?:lar)?|imza atan(?:lar)?|imza koyan(?:lar)?")
# Turkish verbal nouns of signing: "imzalanması", "imzalanmasını", "imzalamaya", "imzalamak"
_SIGNING_AS_NOUN = re.compile(r"imzala(?:n)?m(?:a(?:s[ıi](?:n[ıi]n?|na)?|ya|y[ıi])?\b|ak)")
# "Astana [Kazakhstan], November 14 : ...": the day of the report, not of what it reports
_DATELINE_END = re.compile(
    r"\s*(?:\d{4}\s*)?(?:[:(—–]|-\s|\.\s)"
)  # "BAKU, Azerbaijan, July 4. A contract ..."


# "a year after they signed ...", "since Aliyev and Erdogan signed ...", "Aliyev, who had signed
# ...,": a signing in a clause of its own, of another time than the main verb's day
_ANOTHER_TIME_EN = re.compile(r"\b(?:after|since|before|once)\s+")
_ANOTHER_TIME_GAP_EN = re.compile(
    r"(?:\s|,|\band\b|\bthey\b|\bhe\b|\bshe\b|\bboth\b|\bthe\b|\btwo\b|\bsides\b|\bleaders\b|"
    r"\bcountries\b|\bpresidents\b|\bministers\b|\bhad\b|\bhave\b|\bhas\b|\balso\b|\balready\b|"
    r"\bfirst\b|\bjointly\b)*"
)
_WHO_SIGNED_EN = re.compile(r",\s*who\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|already\s+|jointly\s+)?$")
# "imzaladıktan (iki hafta) sonra", "imzalamalarının ardından", "imzalamasından bu yana":
# a Turkish converb of signing, of another time than the main verb's day
_ANOTHER_TIME_TR = re.compile(
    r"imza(?:la|lan)\w*?(?:d[iı]kt[ae]n|mas[iı]n[iı]n|malar[iı]n[iı]n|mas[iı]ndan|malar[iı]ndan)"
    r"(?:\s+\w+){0,2}?\s+(?:sonra|ardindan|sonrasinda|beri|bu yana|once)\b"
)


# the paper signed is another one than the treaty named after (English) or before (Turkish) it
_SIGNED_ANOTHER_PAPER = {
    "en": re.compile(
        r"\b(?:laws?|decrees?|orders?|letters?|bills?|ordinances?|instruments? of ratification|"
        r"resolutions?|messages?|petitions?|appeals?)\b"
    ),
    "tr": re.compile(
        r"\b(?:yasa(?:y|s|n|d|l)?|kanun|kararname|mektu[pb]|genelge|tasari|onay belge|dilekçe)\w*"
    ),
}
# "signed a joint appeal", "signed a letter": the signing verb's own object, a paper that is no treaty
_OWN_OTHER_PAPER_EN = re.compile(
    r"\s+(?:(?:a|an|the|their|his|her|its|joint|two|three|official)\s+){0,3}"
    r"(?:laws?|decrees?|orders?|letters?|bills?|resolutions?|messages?|petitions?|appeals?)\b"
)
# "announced ... the signing of", "after the signing of", "welcomed the signing of": a signing done
_SIGNING_DONE_EN = re.compile(
    r"\b(?:announced|welcomed|hailed|praised|marked|celebrated|witnessed|attended|after|following|since|"
    r"at|during|with|upon|completed|finalised|finalized)\b(?:\s+[\w,]+){0,8}?\s+(?:the\s+)?$"
)
_SIGNING_BY_DONE_EN = re.compile(
    r"\s+of\b[^.;:]{0,120}?\s+by\s+[^.;:]{0,120}?\s+(?:marked|took place|came|followed|opened|paved|crowned|"
    r"capped|concluded|completed|ended|was (?!(?:\w+\s+)?(?:postponed|delayed|cancell?ed|expected|planned|"
    r"scheduled|set|due|called off|put off|not)\b))\b"
)
_PAST_TIME = {
    "en": re.compile(
        r"\b(?:last|previous|past)\s+(?:year|month|spring|summer|autumn|fall|winter)\b|"
        r"\b(?:\w+|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b|"
        r"\bearlier\s+this\s+(?:year|month)\b|\b(?:previously|formerly)\b"
    ),
    "tr": re.compile(
        r"\bge[çc](?:en|tiğimiz|tigimiz)\s+(?:yil|ay|sene|bahar|yaz|sonbahar|kiş|kis|yillarda)|"
        r"\b(?:\w+|\d+)\s+(?:yil|ay|sene)\s+[öo]nce|\bdaha\s+[öo]nce"
    ),
}
_PLUPERFECT = {
    "en": re.compile(
        r"\bhad\s+(?:(?:already|also|previously|earlier|jointly)\s+)?(?:signed|inked|concluded)\b"
    ),
    "tr": re.compile(r"imza\w*?m[iıuü][şs](?:t[iıuü]|ler(?:di)?|lar(?:d[iı])?)\b"),
}
# "Since then", "ever since", "o tarihten bu yana", "daha önce": a time after (or before) the day
# told before, not that day
_SINCE_THEN = {
    "en": re.compile(
        r"\b(?:since then|ever since|in the years since|since that (?:day|time|date))\b"
        r"|\byears (?:ago|earlier)\b"
    ),
    "tr": re.compile(
        r"\b(?:o (?:tarihten|günden|zamandan) (?:bu yana|beri)|bu tarihten (?:bu yana|beri)"
        r"|o dönemden bu yana|daha önce|önceden|yillar önce)\b"
    ),
}
# "daha önce imzaladıkları mutabakat zaptı", "Aliyev'in imzaladığı belge": a Turkish object
# participle describing the document just after it: who signed it, not a signing told now
_OBJECT_PARTICIPLE_TR = re.compile(r"imza(?:ladi[gğ]|ladik|ladiğ|ladık)\w*")


# the signing's own subject, unnamed people other than the meeting's: "ministers signed",
# "the delegations signed", "bakanlar ... imzaladı", "heyetlerin imzaladığı"
_OTHER_SIGNERS = {
    "en": re.compile(
        r"\b(?:ministers|delegations|officials|representatives|heads of [\w ]+|the sides' [\w ]+|"
        r"companies|agencies|deputy [\w ]+|"
        # "the state railway company and the Baku port signed": bodies the lexicon does not know
        r"company|corporation|firm|operator|port|railways?|bank|fund|agency|authority|"
        r"administration|holding)\s+(?:[\w-]+\s+){0,4}$"
    ),
    # nominative ("bakanlar", "iki ülkenin bakanları"), or a genitive just before a participle
    # ("heyetlerin imzaladığı"), not one inside the object ("bakanların hazırladığı mutabakat zaptını")
    "tr": re.compile(
        r"\b(?:bakan|heyet|yetkili|temsilci|kurum|şirket)(?:lar|ler)i?\b(?!['’])"
        r"|\b(?:bakan|heyet|yetkili|temsilci|kurum|şirket)(?:lar|ler)(?:in|inin)\s*$"
        # "Demir Yolları ile Bakü Limanı ... imzaladı": bodies the lexicon does not know, as subject
        r"|\b(?:[şs]irketi|limani|demir ?yollari|bankasi|fonu|ajansi|idaresi|holding)\b(?!['’])"
    ),
}
# "during President Tokayev's official visit to Baku", "the visit of Prime Minister X",
# "Tokayev'in Bakü ziyareti kapsamında": the visitor, at whose visit others signed
_VISIT = {
    "en": re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?visits?\b"),
    "tr": re.compile(r"(?:\s+[^\s,;.]+){0,3}?\s+ziyaret(?:i|inde|i sirasinda|i kapsaminda)\b"),
}
_VISIT_OF_EN = re.compile(r"\bvisits?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _visitors(s: Sentence, people: list[M]) -> set[str]:
    """The people a sentence names as paying a visit, at which a signing took place."""
    out = set()
    for m in people:
        after = _VISIT[s.lang].match(s.folded, m.end)
        if (
            s.lang == "tr"
            and after is not None
            and not re.search(r"['’]?n?[ıiuü]n$", s.folded[m.start : m.end])
        ):
            continue  # "X'in ... ziyareti": the visitor in the genitive
        if after is not None or (
            s.lang == "en" and _VISIT_OF_EN.search(s.folded, max(0, m.start - 60), m.start)
        ):
            out.add(m.key)
    return out


# the meeting's people as witnesses of a signing by others
_WITNESSED = {
    "en": re.compile(r"\b(?:in the presence of|witnessed|watched as|looked on)\b"),
    "tr": re.compile(r"(?:huzurunda|tanikli[gğ]inda|taniklik etti|eşli[gğ]inde imza)"),
}


def _another_times_clause(
    s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]
) -> tuple[int, int] | None:
    """The span of the clause a signing is told in where that clause is of another time than
    the sentence's main verb ("Aliyev and Erdogan met on August 19, a year after they signed a
    memorandum", "Aliyev, who signed the declaration with Pashinyan, met Erdogan on August 19",
    "ortak bildiriyi imzaladıktan iki hafta sonra, 19 Ağustos'ta ... görüştü", "mutabakat zaptını
    imzalayan Aliyev, 19 Ağustos'ta ... görüştü"): a day outside it is not the signing's."""
    lo, hi = min(treaty[0], sign[0]), max(treaty[1], sign[1])
    if s.lang == "en":
        if sign[0] < treaty[0]:
            start = None
            who = _WHO_SIGNED_EN.search(s.folded, max(0, sign[0] - 40), sign[0])
            if who is not None:
                start = who.start()
            else:
                for kw in _ANOTHER_TIME_EN.finditer(s.folded, max(0, sign[0] - 80), sign[0]):
                    gap = s.text[kw.end() : sign[0]]
                    for m in s.mentions:
                        if kw.end() <= m.start and m.end <= sign[0]:
                            gap = gap.replace(s.text[m.start : m.end], " ")
                    if _ANOTHER_TIME_GAP_EN.fullmatch(gap.lower()):
                        start = kw.start()
                        break
            if start is None:
                return None
            end = s.folded.find(",", hi)
            for d in s.dates:
                if d.start < end < d.end:  # "on August 20, 2024": the day's own comma
                    end = s.folded.find(",", d.end)
            return (start, end if end >= 0 else len(s.folded))
        return None
    after = _ANOTHER_TIME_TR.match(s.folded, sign[0])
    if after is not None:
        return (max(0, lo - 80), after.end())
    if (
        sign[1] <= treaty[0]
        and _OBJECT_PARTICIPLE_TR.fullmatch(s.folded[sign[0] : sign[1]])
        and re.fullmatch(r"\s+(?:[\wçğıöşü'’-]+\s+){0,3}", s.folded[sign[1] : treaty[0]])
    ):
        # "Liderler daha önce imzaladıkları mutabakat zaptının uygulanmasını değerlendirdi"
        return (max(0, lo - 80), hi)
    if (
        _SIGNER_PARTICIPLE.fullmatch(s.folded[sign[0] : sign[1]])
        and sign[0] > treaty[0]
        and re.match(r"\s+(?:\w+\s+){0,3}?\w+['’]?\w*,", s.folded[sign[1] :])
    ):
        # "imzalayan Aliyev, ... görüştü": the signer heads the main clause that follows
        return (max(0, lo - 80), hi)
    return None


_WEEKDAYS_AND_TIMES = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|pazartesi|sali|çarşamba|carsamba|"
    r"perşembe|persembe|cuma|cumartesi|pazar|updated|published|güncelleme|yayin(?:lanma)?|tarihi?|"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|tsi|gmt|utc|[ap]\.?m\.?|[\s,|/–—:-])*"
)


def _page_date(s: Sentence, d: DateMention) -> bool:
    """A date on a line of its own ("Friday, April 1, 2022", "12.03.2026 14:08", "22 February
    2022, 20:00"): the page's date line, not a day the prose tells of."""
    start = s.folded.rfind("\n", 0, d.start) + 1
    end = s.folded.find("\n", d.end)
    end = len(s.folded) if end < 0 else end
    # "Yayın tarihi: 1 Aralık 2020 Salı 11:19 - Güncelleme: 1 Aralık 2020 Salı 11:19": the other
    # dates of the line (published, updated) are the page's too
    line = list(s.folded[start:end])
    for other in s.dates:
        if start <= other.start and other.end <= end:
            line[other.start - start : other.end - start] = " " * (other.end - other.start)
    return _WEEKDAYS_AND_TIMES.fullmatch("".join(line)) is not None


def _previous_day(s: Sentence) -> str:
    """The last day of the previous sentence, not its page's date line."""
    if s.previous is None:
        return ""
    days = [
        d
        for d in s.previous.dates
        if d.precision == "date"
        and not _page_date(s.previous, d)
        # "BAKU, Azerbaijan, July 4." on its own: the dateline, the report's day, not a day told
        and not (s.previous.index <= 1 and _DATELINE_ALONE.fullmatch(s.previous.text[: d.start]))
    ]
    return days[-1].value if days else ""


_DATELINE_ALONE = re.compile(r"\s*[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ\s-]+,(?:\s*[\w\s-]+,)?\s*")


def _signing_date(s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]):
    days = [
        d
        for d in s.dates
        if d.precision == "date"
        and not _page_date(s, d)
        and not (s.index <= 1 and d.start < 50 and _DATELINE_END.match(s.folded, d.end))
        and not _A_TERMS_DAY[s.lang].search(s.folded[max(0, d.start - 24) : d.start])
        and not _A_TERMS_DAY_AFTER.get(s.lang, _NEVER).match(s.folded, d.end)
        and not _A_WARS_DAY_BEFORE[s.lang].search(s.folded[max(0, d.start - 30) : d.start])
        and not _A_WARS_DAY_AFTER[s.lang].match(s.folded, d.end)
    ]
    if not days:
        return None
    lo, hi = min(treaty[0], sign[0]), max(treaty[1], sign[1])
    clause = _another_times_clause(s, treaty, sign)
    if clause is not None:
        # "met on August 19, a year after they signed a memorandum": only a day in the signing's
        # own clause is its
        days = [d for d in days if clause[0] <= d.start and d.end <= clause[1]]
        if not days:
            return None
    following = _FOLLOWING_EN.search(s.folded, max(0, lo - 30), lo) if s.lang == "en" else None
    if following is not None:
        # "held a meeting on December 1 in Moscow following the signed statement by all three leaders on
        # November 26": the days before "following" are the main clause's
        days = [d for d in days if d.start >= following.end()]
        if not days:
            return None
    # "19 Nisan 2024 tarihli 8. toplantının protokolü ..., 4 köyün iadesi için protokol
    # imzalandığı": a day another treaty word stands between is that one's
    others = [
        t
        for t in _treaty_mentions(s)
        if t[0] != treaty[0]
        and not (lo <= t[0] < hi)
        and not _NAMED_AS.fullmatch(s.folded[t[1] : lo])  # "üçlü açıklamalar adı verilen anlaşmalar"
    ]
    days = [
        d
        for d in days
        if not any(
            (d.end <= t[0] and t[1] <= lo and t[0] - d.end <= 30)
            or (hi <= t[0] and t[1] <= d.start and d.start - t[1] <= 30)
            for t in others
        )
    ] or ([] if others else days)
    if not days:
        return None
    if s.lang == "tr" and any(d.end <= hi and lo - d.end <= 120 for d in days):
        # Turkish puts the day of a signing before its verb: "9 Kasım 2020 ... tarihlerinde ...
        # anlaşmaları imzalayan Putin ... bugünkü zirvede", not today's summit after it
        days = [d for d in days if d.end <= hi]
    if (
        s.lang == "tr"
        and sign[1] <= treaty[0]
        and re.match(r"imzalan(?:an|miş)\b", s.folded[sign[0] : sign[1] + 1])
    ):
        # "A ile B arasında imzalanan anlaşma 5 Mart'ta yürürlüğe girdi": a day after the treaty a
        # participle describes is the main verb's
        days = [d for d in days if d.end <= sign[0]]
        if not days:
            return None

    if s.lang == "en":
        # "... signed by the leaders of A, B and C, Armenia's embassy said in a statement on
        # Monday": the day of the telling after the signing is not the signing's
        told = _TOLD_AFTER_SIGNING_EN.search(s.folded, sign[1])
        if told is not None:
            days = [d for d in days if d.start < told.start()]
            if not days:
                return None
    if (
        s.lang == "en"
        and sign[0] >= treaty[1]
        and _RELATIVE_SIGNING_EN.fullmatch(s.folded, treaty[1], sign[0])
    ):
        # "Today we will talk about the trilateral statement, which was signed by the presidents
        # ...": a day before the treaty a relative clause describes is the main clause's
        days = [d for d in days if d.start >= treaty[1]]
        if not days:
            return None

    def distance(d) -> int:
        return 0 if lo <= d.start < hi else (lo - d.end if d.end <= lo else d.start - hi)

    best = min(days, key=distance)
    if distance(best) > 80 and len(days) > 1:
        return None
    if len(days) > 1 and not _is_meeting_date(s, best):
        s.claimed_dates.add(best.start)
    return best


_TOLD_AFTER_SIGNING_EN = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|stated|announced|reported|noted|added)\b"
    r"(?=[^,;]{0,50}[.!?\"”’]*\s*$)"
)
# "the statement, which was signed by ...", "the memorandum that had been signed": a relative
# clause of the signing after the treaty noun
_RELATIVE_SIGNING_EN = re.compile(
    r"[\"”’]?\s*,?\s*(?:which|that)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
)


# "signed a joint statement on a complete ceasefire starting from November 10", "10 Kasım'dan
# itibaren": the day a term runs from or to, not the day of the signing
_A_TERMS_DAY = {
    "en": re.compile(
        r"\b(?:from|since|until|till|through|starting|effective|as of|beginning|by)\s+(?:on\s+)?$"
    ),
    "tr": re.compile(r"(?!)"),
}
_A_TERMS_DAY_AFTER = {"tr": re.compile(r"['’]?\w*\s+(?:itibaren|kadar|beri)\b")}
# "the war that began on September 27", "27 Eylül'de başlattığı operasyonda": the day a war or
# operation began, not a signing's
_WAR_WORDS = r"(?:war|offensive|operation|hostilities|fighting|clashes|attack|counteroffensive)"
_A_WARS_DAY_BEFORE = {
    "en": re.compile(
        rf"\b{_WAR_WORDS}s?\s+(?:that\s+|which\s+)?(?:began|started|erupted|broke out|was launched|launched)"
        r"\s+(?:on\s+)?$|\b(?:began|started|erupted|broke out)\s+on\s+$"
    ),
    "tr": re.compile(r"(?!)"),
}
_A_WARS_DAY_AFTER = {
    "en": re.compile(
        rf",?\s+(?:\w+\s+){{0,2}}(?:launched|began|started)\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?{_WAR_WORDS}"
    ),
    "tr": re.compile(
        r"['’]?\w*\s+(?:[^\s,;.]+\s+){0,2}?(?:başla\w*|başlat\w*|patlak ver\w*|operasyon\w*|savaş\w*|"
        r"harekat\w*|çatişma\w*|saldiri\w*)"
    ),
}
_NEVER = re.compile(r"(?!)")


def _is_meeting_date(s: Sentence, date) -> bool:
    window = s.folded[max(0, date.start - 60) : date.end + 60]
    return bool(re.search(r"\b(?:met|meeting|talks|summit)\b|görüş|bir araya|zirve", window))


# News calls a declaration or statement "the agreement" and back; a memorandum or a protocol signed
# that day is an instrument of its own ("8 Ağustos'ta ... bir mutabakat zaptı imzalandı" is not the
# Washington declaration of that day)
_OWN_INSTRUMENTS = ("memorandum", "protocol")


def _identify(s: Sentence, treaty: tuple[int, int, str, str], date: str) -> str:
    """The treaty's key: the lexicon's (by name, or by date and kind), or a
    minted ``treaty/<date>-<kind>``; "" when it cannot be told apart."""
    _, _, key, kind = treaty
    if key:
        known = str(s.lexicon.attribute(key, "date", ""))
        also = s.lexicon.attribute(key, "also_dated", ())
        # "the tripartite declaration of November 9, 2020": a day the lexicon knows it by too
        if not date or not known or known == date or (isinstance(also, list | tuple) and date in also):
            return key
    if not date:
        return ""
    if key:
        # "10 Ekim'de imzalanan ateşkes anlaşması", the name of a treaty of another day: a
        # treaty of that day, of the kind the words name (an agreement, not the statement)
        written = _GENERIC[s.lang].search(s.folded, treaty[0], treaty[1])
        kind = _KINDS.get(written.group("kind"), kind) if written else kind
    dated = s.lexicon.treaties_dated(date)
    same_kind = [k for k in dated if s.lexicon.attribute(k, "kind") == kind]
    if same_kind or (dated and not key and kind not in _OWN_INSTRUMENTS):
        return (same_kind or dated)[0]
    if not key and len(date) == 7:
        # "The November 2020 ceasefire, signed by Armenia, Azerbaijan and Russia": the one treaty of
        # that month the lexicon knows, of the kind written (a ceasefire: one the lexicon calls so)
        ceasefire = _BARE_CEASEFIRE[s.lang].match(s.folded, treaty[0]) is not None
        month = [
            k
            for k in s.lexicon.entities
            if s.lexicon.entities[k].type == "Treaty"
            and str(s.lexicon.attribute(k, "date", "")).startswith(date)
            and (
                (
                    _same_kind(str(s.lexicon.attribute(k, "kind", "")), kind)
                    # news calls a declaration or statement "the agreement": not a memorandum
                    or (kind == "agreement" and s.lexicon.attribute(k, "kind", "") not in _OWN_INSTRUMENTS)
                )
                if not ceasefire
                else any("ceasefire" in label or "ateşkes" in label for label in _labels(s, k))
            )
        ]
        if len(month) == 1:
            return month[0]
    if not kind:
        # "The documents were signed in Yerevan on Tuesday": a bare "document" / "belge" names no
        # kind, so no treaty of its own (it is the memoranda or agreement told before, or none)
        return ""
    return f"treaty/{date}-{kind}"


def _labels(s: Sentence, key: str) -> list[str]:
    """The lexicon's names of an entity, in both languages, folded to lower case."""
    entity = s.lexicon.entities[key]
    return [label.lower() for names in entity.labels.values() for label in names]


def _describe(
    s: Sentence, key: str, treaty: tuple[int, int, str, str], date, span: tuple[int, int], mood
) -> None:
    if key.startswith("treaty/"):
        s.state(key, "type", "Treaty", "class", span, "treaty.type", modality="asserted")
        # The name it goes by: the capitalised words just before the common noun
        # ("Shusha Declaration", "Şuşa Beyannamesi").
        name = re.search(r"(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+){1,3}$", s.text[max(0, treaty[0] - 40) : treaty[0]])
        label = s.text[treaty[0] - (len(name.group()) if name else 0) : treaty[1]].strip()
        label = label[:1].upper() + label[1:]
        s.state(
            key,
            "label",
            f"{label} ({date.value})" if date else label,
            "literal",
            treaty[:2],
            "treaty.label",
            datatype="string",
        )
    if date is not None and mood == "asserted":
        s.state_date(key, date, "treaty.date")


# ", and (the) " before the last name of a list, and what may follow that list's end
_SERIAL_LAST_EN = re.compile(r",\s+and\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}")
_LIST_END_EN = re.compile(r"\s*(?:[.;,:)]|$|\s(?:on|in|at|during|last|this|after|before|under|with)\s)")


def _signers(s: Sentence, treaty: tuple[int, int, str, str], sign: tuple[int, int]) -> list[M]:
    agents = set(AGENT_TYPES)
    mediator_keys = {m.key for m in mediators(s)[0]}
    if s.lang == "en":
        # "signed on November 9, 2020 by Putin, ...": a date's comma is no clause's end
        by = re.match(r"(?:[^,;]|,\s*(?=\d{4}\b)){0,40}?\s+by\s+", s.folded[sign[1] :]) or (
            # "the signing of the TRIPP Implementation Framework by A and B": the treaty's name between
            re.match(r"\s+of\b[^,;.:]{0,110}?\s+by\s+", s.folded[sign[1] :])
            if s.folded.startswith("signing", sign[0])
            else None
        )
        if by:
            clause_end = re.search(
                r";|,\s+(?:and|but|while|which)\b|\s(?:following|after|during|before|ahead of)\s|"
                # "signed ... by the leaders of Armenia and Azerbaijan in the presence of Trump": a witness
                r"\s(?:in the presence of|hosted by|at the invitation of|under the auspices of|"
                r"mediated by|brokered by)\s|"
                # "signed by the leaders of A, B and C on November 9, 2020, a Russian contingent was
                # deployed": the day after the list ends it
                r"\s(?:on|in)\s+(?=(?:[a-z]+\s+)?\d)|$",
                s.folded[sign[1] + by.end() :],
            )
            stop = sign[1] + by.end() + (clause_end.start() if clause_end else 0)
            if clause_end is not None and clause_end.group().startswith(",") and "and" in clause_end.group():
                # "signed by Russia, Armenia, and Azerbaijan": the serial comma before the list's last
                # name, not a clause of its own
                last = next(
                    (
                        m
                        for m in s.agents()
                        if _SERIAL_LAST_EN.fullmatch(s.text, stop, m.start)
                        and _LIST_END_EN.match(s.folded, m.end)
                    ),
                    None,
                )
                if last is not None:
                    stop = last.end
            group_word = _GROUP_WORD_EN.match(s.folded, sign[1] + by.end())
            if group_word is not None:
                # "signed by both leaders, Armenia and Azerbaijan committed to ...": the group word
                # is the whole of the signers (the people it stands for), not the main clause's
                # subject after a comma
                stop = group_word.end()
            return [m for m in s.agents() if sign[1] <= m.start < stop]
        announced = next(
            (a for a in _ANNOUNCED_THE_SIGNING.finditer(s.folded, 0, sign[1] + 3) if a.end() == sign[0]), None
        )
        if announced is not None:
            # "Putin, Pashinyan and Aliyev announced in Moscow on Monday the signing of a joint
            # statement": leaders of two states or more who announce together a signing made it
            last = s.ending_near(announced.start(), {"Person"}, r"\s*(?:(?:have|has|jointly|also)\s+)*")
            group = s.coordination(last, {"Person"}, forward=False) if last is not None else []
            if len({m.key for m in group}) >= 2 and all(m.type == "Person" for m in group):
                return group
        sides = re.match(r"(?:\s+[^,.;\s]+){0,4}?\s+between\s+", s.folded[max(treaty[1], sign[1]) :])
        if sides and re.search(r"\b(?:was|were|been)\s+$", s.folded[max(0, sign[0] - 12) : sign[0]]):
            # "a memorandum was signed between Defence Minister Shoigu and Hulusi Akar"
            start = max(treaty[1], sign[1]) + sides.end()
            end = re.search(r"[,;.]|\s(?:in|on|at|during|after|following)\s|$", s.folded[start:])
            people = _people_in(s, start, start + (end.start() if end else 0))
            if people:
                return people
        verb = sign[0]
        earlier = _EARLIER_VERB_EN.search(s.folded, max(0, sign[0] - 120), sign[0])
        if earlier is not None and not re.search(r"[;:.]", earlier.group()):
            # "Pashinyan and Aliyev initialed an agreement and signed a joint declaration": the
            # subject of the verb the signing is joined to
            verb = earlier.start("verb")
        subject = s.ending_near(verb, agents, _SUBJECT_GAP_EN)
        if subject is not None and verb != sign[0] and subject.kind != "name":
            subject = None  # "Armenian and Azerbaijani leaders met ..., and signing": no one named
        if (
            subject is not None
            and subject.type == "Organization"
            and _TITLE_OF_BODY_EN.search(s.folded, max(0, subject.start - 80), subject.start)
        ):
            # "Edgar Unanyan, Commander of the Border of the National Security Service, signed": the
            # body in the title set off by commas is whose officer signed, not the signer
            subject = None
        if subject is not None and subject.key in mediator_keys:
            # "X and Y, with the mediation of US President Trump, initialed ...": the subject stands
            # before the mediation's parenthesis
            aside = _MEDIATION_ASIDE_EN.search(s.folded, max(0, subject.start - 80), subject.start)
            if aside is not None:
                subject = s.ending_near(aside.start(), agents, r"\s*")
        inside = subject is not None and treaty[1] <= subject.start and subject.end <= sign[0]
        if (
            subject is not None
            and inside
            and _BETWEEN_SIDES_EN.match(s.folded, treaty[1], subject.start)
            and not re.search(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?$", s.folded[subject.end : sign[0]])
        ):
            # "the memorandum of understanding (MoU) between the two countries signed in March 2022",
            # "an agreement between A and B signed last year": a participle after the treaty's own
            # "between", which names its sides: the states are its parties, not named as signing it
            group = s.coordination(subject, agents, forward=False)
            if all(m.type == "State" for m in group):
                return [M(m.key, m.type, m.start, m.end, kind="office") for m in group]
        if (
            subject is not None
            and inside
            and re.search(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?$", s.folded[subject.end : sign[0]])
        ):
            # "A memorandum between Azerbaijan and Kazakhstan was signed on Monday": the states
            # before a passive verb are inside the treaty's own words, its sides, not its signers
            subject = None
        elif subject is not None:
            group = s.coordination(subject, agents, forward=False)
            if subject.type == "Person":
                # "Azerbaijan's Energy Minister X and Georgia's Economy Minister Y signed"
                group = _titled_pair(s, group)
            return [m for m in group if m.key not in mediator_keys]
        opening = _SIGNING_CLAUSE_EN.match(s.folded)
        if opening is not None and opening.end("sign") == sign[1]:
            # "Signing a joint declaration -- the Tbilisi Statement --, Çavuşoğlu said ...", "After
            # signing the agreement in Baku, Aliyev and Erdogan held a press conference": the
            # participle's subject is the main clause's, named right after the clause's comma
            comma = s.folded.find(",", max(treaty[1], sign[1]))
            named_after = [
                m
                for m in s.mentions
                if m.type in agents
                and m.kind == "name"
                and comma > 0
                and _TITLE_WORDS_EN.fullmatch(s.text, comma + 1, m.start)
            ]
            first = min(named_after, key=lambda m: m.start) if named_after else None
            if first is not None:
                return [m for m in s.coordination(first, agents) if m.key not in mediator_keys]
        facilities = _companies_and_ports(s, sign[0])
        if facilities:
            return facilities
        return _capitals_for_states(s, sign[0], r"\s*(?:(?:have|has|had|jointly|also|on \w+day)\s+)*")
    # "... tarafından (5 Mart 2024'te Bakü'de) imzalandı": the day and place may stand between
    window = max(0, treaty[0] - 80)
    by = re.search(r"(\S+)\s+tarafindan(?:\s+[^\s,;.]+){0,4}\s*$", s.folded[window : sign[0]])
    if by:
        last = s.ending_near(window + by.end(1), agents, r"")
        if last is not None:
            return s.coordination(last, agents, forward=False)
    if s.folded.startswith("imzasi", sign[0]):
        # "bildiride Ermenistan Başbakanı Nikol Paşinyan'ın da imzasının bulunduğu": whose
        # signature the text bears signed it
        owner = s.ending_near(sign[0], agents, r"\s+(?:da|de)\s+|\s+")
        if owner is not None and re.search(r"['’]n?[iuü]n$", s.folded[owner.start : owner.end]):
            return [owner]
    if s.folded.startswith(("imzalan", "imza altina alin"), sign[0]):
        # "Hulusi Akar ile Sergey Şoygu arasında ... mutabakat zaptı imzalandı": the people
        # the passive signing is between signed it
        arasinda = re.search(r"\s+arasinda\s+[^,.;]{0,60}$", s.folded[: min(treaty[0], sign[0])])
        last_person = s.ending_near(arasinda.start(), {"Person"}, r"\s*") if arasinda else None
        if arasinda and last_person is not None:
            lead = max(s.folded.rfind(c, 0, arasinda.start()) for c in ",;:.")
            # "Aliyev, Putin ve Paşinyan arasında imzalanan": the list's commas are no bound
            listed = [m for m in s.coordination(last_person, agents, forward=False) if m.type == "Person"]
            listed_signers: dict[str, M] = {m.key: m for m in listed if m.start <= lead}
            if (
                listed_signers
                and _SUBJECT_BEFORE_COMMA.fullmatch(s.text[: min(m.start for m in listed_signers.values())])
                and _ACTIVE_END_TR.search(s.folded)
            ):
                # "Erdoğan, Aliyev ve Paşinyan arasında imzalanan bildiriyi övdü": the sentence's
                # subject, set off by its comma, praised; it did not sign
                listed_signers.clear()
            listed_signers.update({m.key: m for m in _people_in(s, lead + 1, arasinda.start())})
            return sorted(listed_signers.values(), key=lambda m: m.start)
    if _SIGNER_PARTICIPLE.fullmatch(s.folded[sign[0] : sign[1]]):
        # "anlaşmaları imzalayan Putin, Aliyev ve Paşinyan": the participle's head signed
        after = s.at(sign[1], min(len(s.text), sign[1] + 3), agents)
        if after is not None:
            # the head stands in the nominative: "imzalayan Aliyev ve Paşinyan, Trump'a teşekkür
            # etti" ends at the one with a case ending
            head: list[M] = []
            for m in s.coordination(after, agents):
                case = _CASED_TR.search(s.folded, m.start, m.end)
                if case is not None and not _GENITIVE_TR.fullmatch(case.group()):
                    break
                head.append(m)
                if case is not None:
                    break  # "imzalayan Putin, Aliyev ve Paşinyan'ın ...": the whole head, a genitive
            return [m for m in head if m.key not in mediator_keys]
    # Active Turkish: the subject stands before the verb, before or after the object.
    if re.match(
        # (not the passive "imza atıldı", "imza konuldu", "parafe edildi": who signed is not said)
        r"imzala(?:d|m|y|r)|imza at(?!il)|imza koy|imza alt[ıi]na ald|imza alt[ıi]na alm|paraf(?!e edil)",
        s.folded[sign[0] : sign[1]],
    ):
        between = [
            m
            for m in s.agents()
            if treaty[1] <= m.start
            and m.end <= sign[0]
            and m.key not in mediator_keys
            and not _ON_BEHALF_TR.match(s.folded, m.end)
            # "metnini Trump'ın huzurunda parafladı": a subject between the object and its verb is in
            # the nominative
            and not _CASED_TR.search(s.folded, m.start, m.end)
        ]
        if between:
            group = [
                m for m in s.coordination(between[0], agents) if not _ON_BEHALF_TR.match(s.folded, m.end)
            ]
            if between[0].type == "Person":
                # "Azerbaycan adına Enerji Bakanı X, Gürcistan adına Ekonomi Bakanı Y ... imzaladı"
                group = _titled_pair(s, group, forward=True)
            return group
        # a subject stands in the nominative: no case ending ("Trump'ın davetiyle", "Moskova'da")
        clause = s.folded.rfind(";", 0, min(treaty[0], sign[0])) + 1  # "...görüştü; ... imzaladı"
        # a finite verb after its object ("... bir mutabakat zaptı imzaladı"): its subject stands in
        # the nominative, not "Tokayev'in Bakü ziyareti kapsamında" (a name with its case ending)
        finite = sign[0] >= treaty[1] and _FINITE_TR.match(s.folded, sign[0]) is not None
        before = [
            m
            for m in s.agents()
            if clause <= m.start
            and m.end <= treaty[0]
            and m.key not in mediator_keys
            and not _CASE_ENDING.match(s.folded, m.end)
            and not (finite and _suffixed(s, m))
        ]
        named = max((m.end for m in s.agents() if m.end <= min(treaty[0], sign[0])), default=clause)
        other = _OTHER_SIGNERS["tr"].search(s.folded, max(named, clause), sign[0])
        if other is not None and not re.fullmatch(
            r"(?:\s+[^\s,;:.]+){0,2}\s*", s.folded[named : other.start()]
        ):
            # "Erdoğan ve Aliyev'in huzurunda, iki ülkenin bakanları ... beş anlaşma imzaladı",
            # "heyetlerin imzaladığı mutabakat zaptı": unnamed others, nearer the verb, signed (not
            # the named ones' own title: "Azerbaycan ve Gürcistan dışişleri bakanları ... imzaladı")
            return []
        heads = [m for m in before if m.type == "Person" and _SUBJECT_COMMA.match(s.folded, m.end)]
        if heads and not (before and before[0].type == "Person" and s.folded.startswith(",", before[0].end)):
            # "Ermenistan ve Azerbaycan liderleri Nikol Paşinyan ve İlham Aliyev, ...
            # imzaladı": the named people set off by a comma
            group = _titled_pair(s, s.coordination(heads[0], {"Person"}, forward=False))
            if all(m.type == "Person" for m in group):
                return group
        partner = any(_partner_tr(s, m, min(treaty[0], sign[0])) and m is not before[0] for m in before)
        if before and (before[0].type == "Person" or partner) and s.folded.startswith(",", before[0].end):
            # ("Azerbaycan, 3 Mart'ta Bakü'de Kazakistan ile ... imzaladı": the state at the head
            # signed, with the one "ile" names)
            # "Erdoğan, ... Aliyev ile görüşmenin ardından ... Beyannamesi'ni imzaladı": the
            # subject set off by a comma at the head of the sentence signed, not whom it met
            return s.coordination(before[0], agents)
        if before:
            group = s.coordination(before[-1], agents, forward=False)
            if before[-1].type == "Person":
                group = _titled_pair(s, group)
            return [m for m in _list_after_comma(s, group) if m.key not in mediator_keys]
    return []


def _list_after_comma(s: Sentence, group: list[M]) -> list[M]:
    """ "Gürcistan, Azerbaycan ile Kazakistan'ın imzaladığı ...": a comma with no "ve" after it
    sets off the main clause's subject, not one of the signers ("Türkiye, Azerbaycan ve
    Gürcistan'ın ..." is a list)."""
    ordered = sorted(group, key=lambda m: m.start)
    for i in range(len(ordered) - 1, 0, -1):
        join = s.folded[ordered[i - 1].end : ordered[i].start]
        later = [s.folded[a.end : b.start] for a, b in pairwise(ordered[i:])]
        if join.strip() == "," and not any(" ve " in j for j in later):
            return ordered[i:]
    return ordered


# "Ermenistan Başbakan Yardımcısı Mher Grigoryan ile Azerbaycan Başbakan Yardımcısı Şahin
# Mustafayev": the join and the next person's title, its words all capitalised
_TITLED_JOIN = {
    "tr": re.compile(
        r"\s*(?:,|\s+(?:ile|ve))\s+(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+ad[ıi]na\s+(?:ise\s+|de\s+|da\s+)?)?"
        r"(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+){1,6}"
    ),
    # "... and President of the Republic of Azerbaijan Ilham Aliyev": "of the" inside the title
    "en": re.compile(
        r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|his\s+|her\s+)?[A-Z][\w'’-]*\s+"
        r"(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,7}"
    ),
}


def _titled_pair(s: Sentence, group: list[M], forward: bool = False) -> list[M]:
    """``group`` (people, first to last) with the people before it (or after it) joined by "ile" /
    "ve" / a comma across the title of the next one ("Gürcistan adına Ekonomi Bakanı Y"), which
    the plain coordination does not read."""
    group = list(group)
    while True:
        keys = {g.key for g in group}
        if forward:
            last = max(group, key=lambda m: m.end)
            joined = [
                m
                for m in s.mentions
                if m.type == "Person"
                and m.start >= last.end
                and m.key not in keys
                and _TITLED_JOIN[s.lang].fullmatch(s.text, last.end, m.start)
            ]
            if not joined:
                return group
            group.append(min(joined, key=lambda m: m.start))
            continue
        first = min(group, key=lambda m: m.start)
        joined = [
            m
            for m in s.mentions
            if m.type == "Person"
            and m.end <= first.start
            and m.key not in keys
            and _TITLED_JOIN[s.lang].fullmatch(s.text, m.end, first.start)
        ]
        if not joined:
            return group
        group.insert(0, max(joined, key=lambda m: m.end))


# "Azerbaijan and Uzbekistan on Tuesday signed", "... yesterday signed", "... on March 5 signed": the
# day written between the subject and its signing
_WHEN_EN = (
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|"
    r"on\s+(?:[a-z]+\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[a-z]+(?:\s+\d{4})?)),?\s+"
)
# "Turkish Foreign Minister " before the name: capitalised title words only
_TITLE_WORDS_EN = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,5}")
_SIGNING_CLAUSE_EN = re.compile(r"\s*(?:(?:after|upon|while|by|when)\s+)?(?P<sign>signing)\s+(?!of\b)")
# ", Head of the Border Guard Department of the", ", Commander of the ... of": a title set off by its
# comma, up to the body it names
_TITLE_OF_BODY_EN = re.compile(
    r",\s*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:head|commander|chairman|chair|director|chief|president|"
    r"secretary|minister|ceo|governor|rector)\s+(?:[^,;.]*?\s)?of\s+(?:the\s+)?$"
)
_SUBJECT_GAP_EN = (
    r"\s*(?:,[^,]*,\s*|,\s*)?(?:(?:have|has|had|just|jointly|also|then|formally|both|are|is|were|was|will|would|"
    r"could|may|might|shall|should|to|expected|set|due|ready|going|plan|plans|planning|agreed|hope|hopes|"
    rf"intend|intends|finally|officially)\s+|{_WHEN_EN})*"
)
# "... initialed an agreement and signed", "met in Washington, and then signed": a finite verb of the
# same subject, joined to the signing by "and"
_EARLIER_VERB_EN = re.compile(
    r"(?P<verb>\b(?:initial(?:l)?ed|met|held|agreed|adopted|endorsed|approved|reached|discussed|"
    r"arrived|visited|hosted|received)\b)[^;:.]{0,100}?,?\s+and\s+(?:also\s+|then\s+|later\s+)?$"
)
# from a treaty's end to the first of its sides: "(MoU) between (the) ", "on transit between "
_BETWEEN_SIDES_EN = re.compile(
    r"\)?(?:\s*\([^()]{1,20}\))?(?:\s+(?:on|of|for)\s+[^,;.()]{1,50}?)?\s+between\s+"
)
_MEDIATION_ASIDE_EN = re.compile(
    r",\s*(?:with|through|under)\s+the\s+(?:mediation|participation|auspices|presence)\s+of\s+[^,]*$"
)


_ANNOUNCED_THE_SIGNING = re.compile(
    r"\s*\b(?:announced|hailed|celebrated)\b[^.;:]{0,60}?\bthe\s+(?=signing of)"
)
_GROUP_WORD_EN = re.compile(
    r"(?:both|the two|the|all)\s+(?:[a-z]+\s+)?(?:leaders|presidents|sides|parties|ministers|heads)\b"
    r"(?!\s+of\b)"
)


# "the governments of Russia and Iran", "the Azerbaijani government", "Rusya ve İran hükümetleri"
_GOVERNMENT_BEFORE_EN = re.compile(
    r"\b(?:(?:governments?|cabinets?|ministers|officials|representatives)\s+of\s+(?:the\s+)?"
    # "the heads of the railways of A, B and C", "the chiefs of the general staffs of A and B": the
    # heads of a body of each state, whom no name holds
    r"|(?:heads|chiefs|directors|chairmen|chairs)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?of\s+(?:the\s+)?)"
    r"(?:[\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$"
)
_GOVERNMENT_AFTER = {
    "en": re.compile(r"(?:['’]s)?(?:\s+(?:and|,)\s+[\w'’-]+){0,3}\s+governments?\b"),
    "tr": re.compile(
        r"(?:\s+(?:ve|ile|,)\s+[\w'’-]+){0,3}\s+hükümet(?:ler)?i\b|"
        # "iki ülkenin bakanları imzaladı": the ministers, yetkilileri, temsilcileri of the states
        r"(?:['’]?n[ıiuü]n)?\s+(?:bakanlar[ıi]|yetkilileri|temsilcileri)\b|"
        # "Azerbaycan, Gürcistan ve Türkiye demiryolu idareleri imzaladı", "... demiryollarının
        # başkanları": a body of each state, or its heads, whom no name holds
        r"(?:(?:\s*,\s*|\s+(?:ve|ile)\s+)[\w'’-]+){0,3}(?:['’]?n[ıiuü]n)?\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:idareleri|kurumlar[ıi]|yöneticileri|başkanlar[ıi])\b"
    ),
}


# "Azerbaycan, Rusya, Kazakistan, İran ve Türkmenistan cumhurbaşkanları ... imzaladı", "the Azerbaijani
# and Georgian presidents signed": a plural head's title after the states
_HEADS_AFTER = {
    "en": re.compile(r"(?:['’]s)?\s+(?:presidents|leaders|heads of state|prime ministers)\b"),
    "tr": re.compile(r"\s+(?:cumhurbaşkanlari|liderleri|devlet başkanlari|başbakanlari)\b"),
}


# "the presidents of Iran and Azerbaijan signed", "signed by the heads of state of A and B"
_HEADS_BEFORE_EN = re.compile(
    r"\b(?:presidents|heads of state|heads of government|prime ministers)\s+of\s+(?:the\s+)?$"
)


def _heads_by_title(s: Sentence, signers: list[M], date: str) -> list[M]:
    """``signers`` with the states under a plural head's title ("A, B ve C cumhurbaşkanları")
    replaced by the head the lexicon gives at the date where the document names him elsewhere;
    else the state, marked as an office no name holds (kind "office")."""
    states = [m for m in signers if m.type == "State" and m.kind in ("name", "demonym")]
    if len(states) < 2:
        return signers
    last = max(states, key=lambda m: m.end)
    first = min(states, key=lambda m: m.start)
    stem = len(s.folded[last.start : last.end].split("'")[0].split("’")[0])
    # "signed by the presidents of A and B", as "by the leaders of A and B": offices no name holds
    # in the sentence, whoever the document names elsewhere (tests/devset/README.md, Parties)
    before = s.lang == "en" and _HEADS_BEFORE_EN.search(s.folded, max(0, first.start - 40), first.start)
    if not before and not _HEADS_AFTER[s.lang].match(s.folded, last.start + stem):
        return signers
    when = date or s.document.date or s.doc_year
    out: list[M] = []
    for m in signers:
        if m not in states:
            out.append(m)
            continue
        title = str(s.lexicon.attribute(m.key, "leader_title", "president"))
        heads = s.lexicon.holders(m.key, title, when)
        if len(heads) == 1 and named_anywhere(s, heads[0]) and not before:
            out.append(M(heads[0], "Person", m.start, m.end, kind="coref"))
        else:
            out.append(M(m.key, "State", m.start, m.end, kind="office"))
    return out


def _unnamed_office(s: Sentence, m: M) -> bool:
    """Whether signer ``m`` stands for an office no name holds in the text: a head the title of
    the leaders of a state gave ("the leaders of Azerbaijan and Armenia") whom the document names
    nowhere, or a state named as its government ("the governments of Russia and Iran")."""
    if m.type == "Person":
        return m.kind == "title" and "-ministry-of-" not in m.key and not named_anywhere(s, m.key)
    if m.type != "State":
        return False
    if m.kind == "office":
        return True
    if s.lang == "en" and _GOVERNMENT_BEFORE_EN.search(s.folded, max(0, m.start - 60), m.start):
        return True
    return _GOVERNMENT_AFTER[s.lang].match(s.folded, m.end) is not None


# only capitalised words (a title, a state) before the first name: the sentence's subject slot
_SUBJECT_BEFORE_COMMA = re.compile(r"\s*(?:[A-ZÇĞİÖŞÜ][\w'’.-]*\s+)*")
# a sentence ending in an active finite verb ("övdü", "belirtti"; not "imzalandı", "konuşlandırıldı")
_ACTIVE_END_TR = re.compile(r"(?<![nl])[dt][ıiuü](?:lar|ler)?\W*$")


def _people_in(s: Sentence, start: int, end: int) -> list[M]:
    """The people named in ``[start, end)``, each once, in order."""
    seen: dict[str, M] = {}
    for m in sorted(s.agents(), key=lambda m: m.start):
        if m.type == "Person" and start <= m.start and m.end <= end:
            seen.setdefault(m.key, m)
    return list(seen.values())


def _companies_and_ports(s: Sentence, position: int) -> list[M]:
    """ "Kazakhstan Temir Zholy and Baku International Sea Trade Port, the largest port of the
    Caspian, signed a memorandum": a company and a port (a place the lexicon knows, not a state's
    capital) that sign together are the signers."""
    aside = re.search(
        r",\s*(?:the|a|an)\s[^,]*,\s*(?:(?:have|has|had|also|jointly)\s+)*$", s.folded[:position]
    )
    if aside is not None:
        position = aside.start()  # ", the largest port of the Caspian sea,": an apposition, not a signer
    last = s.ending_near(position, {"Place", "Organization"}, r"\s*(?:(?:have|has|had|also|jointly)\s+)*")
    if last is None:
        return []
    group = s.coordination(last, {"Place", "Organization"}, forward=False)
    if len(group) == 1:
        # "Kazakhstan Temir Zholy (KTZ) national railway company and Baku ... Port": a company's
        # description between it and the "and"
        first = [
            m
            for m in s.mentions
            if m.type in ("Place", "Organization")
            and m.end <= last.start
            and _DESCRIBED_AND.fullmatch(s.folded, m.end, last.start)
        ]
        group = [min(first, key=lambda m: m.start), last] if first else group
    capitals = s.lexicon.capitals()
    if (
        len(group) < 2
        or not any(m.type == "Organization" for m in group)
        or any(
            m.type == "Place" and (m.key in capitals or not _PORT_WORDS.search(s.folded, m.start, m.end + 40))
            for m in group
        )
    ):
        return []
    return group


_DESCRIBED_AND = re.compile(r"[\s)]*(?:[a-z][\w-]*\s+){0,4}and\s+(?:the\s+)?")
_PORT_WORDS = re.compile(r"\b(?:port|terminal|harbou?r|liman\w*)\b")


def _capitals_for_states(s: Sentence, position: int, gap: str) -> list[M]:
    """ "Moscow and Baku signed a declaration", "Ankara ile Bakü ... imzaladı": capitals, all of
    them, as the subject of a signing stand for their states."""
    capitals = s.lexicon.capitals()
    last = s.ending_near(position, {"Place"}, gap)
    if last is None or last.key not in capitals:
        return []
    group = s.coordination(last, {"Place"}, forward=False)
    if len(group) < 2 or any(m.key not in capitals or s.type_of(capitals[m.key]) != "State" for m in group):
        return []
    return [M(capitals[m.key], "State", m.start, m.end, kind="metonym") for m in group]


def _sentence_subject(s: Sentence, sign: tuple[int, int]) -> list[M]:
    """The sentence's subject, its first words, with the signing its main verb ("Armenian
    Prime Minister Nikol Pashinyan at a meeting with ... in Granada signed a declaration")."""
    if s.folded.startswith("signing", sign[0]):
        return []  # "Peskov announced ... the signing of a joint statement": a noun, not his act
    first = [m for m in s.agents() if m.type == "Person" and m.end <= sign[0]]
    clause = s.folded[: sign[0]]
    if (
        len({m.key for m in first}) == 1
        and first[0].start <= 60
        and not re.search(r"[;:]|\b(?:which|who|that|after|when)\b", clause)
    ):
        return [first[0]]
    return []


# "Türkiye adına Dışişleri Bakanı Hakan Fidan imzaladı": the state it is signed for, not the signer
# "imza atmak üzere", "imzalamak için": a signing in the infinitive, its doers another clause's
_INFINITIVE_SIGN_TR = re.compile(r"imza\s+atmak|imzalamak\b")
_DATIVE_TR = re.compile(r"['’]?y?[ae](?=[\s,])")
_DATIVE_END_TR = re.compile(r"\w['’]y?[ae]$")


# "imzaladıklarını", "imza attıklarını", "imzaladığımızı": a signing its teller did with others
_WE_SIGNED_TR = re.compile(r"(?:d|t)[iı](?:klar[iı]n[iı]|ğ[iı]m[iı]z[iı])$")
# "... imza attıklarını kaydeden Paşinyan", "... imzaladıklarını belirten Erdoğan": the participle of
# saying whose head tells it
_TELLING_HEAD_TR = re.compile(
    r"\s+(?:kaydeden|belirten|söyleyen|hat[ıi]rlatan|vurgulayan|aç[ıi]klayan|ifade eden|dile getiren|"
    r"anlatan|bildiren)\s+(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+){0,4}?(?=[A-ZÇĞİÖŞÜ])"
)


_GENITIVE_END_TR = re.compile(r"['’]?n?[ıiuü]n$")


def _the_teller_signed_too(s: Sentence, signers: list[M], end: int) -> list[M]:
    """ "Washington'da Aliyev ile bir deklarasyona imza attıklarını kaydeden Paşinyan": the head
    of the participle of saying after a signing told in the first person plural ("they signed",
    "we signed") is one of those who signed, with the one "ile" names."""
    said = _TELLING_HEAD_TR.match(s.text, end)
    if said is None:
        return signers
    if any(
        g.type in ("Person", "State")
        and _GENITIVE_END_TR.search(s.folded, g.start, g.end)
        and any(re.fullmatch(r"\s*(?:,|ile|ve)\s*", s.folded[m.end : g.start]) for m in signers)
        for g in s.mentions
    ):
        return signers  # "Aliyev ile Erdoğan'ın ... imzaladıklarını hatırlatan Paşinyan": they signed, not he
    head = s.at(said.end(), min(len(s.text), said.end() + 3), {"Person"})
    if head is None or any(m.key == head.key for m in signers):
        return signers
    return [*signers, head]


def _not_the_thanker(s: Sentence, signers: list[M], sign: int) -> list[M]:
    """ "Trump, Aliyev ile Paşinyan'a bu deklarasyona imza atmak üzere geldikleri için teşekkür
    etti": the people in the dative before an infinitive signing are those who came to sign; the
    sentence's subject before them, set off by its comma, thanks them and signs nothing."""
    dative = [
        m
        for m in s.mentions
        if m.type == "Person"
        and m.end <= sign
        and (_DATIVE_TR.match(s.folded, m.end) or _DATIVE_END_TR.search(s.folded, m.start, m.end))
    ]
    if not dative:
        return signers
    first = min(m.start for m in dative)
    return [m for m in signers if not (m.end <= first and s.folded.startswith(",", m.end))]


def _suffixed(s: Sentence, m: M) -> bool:
    """A Turkish name with a case ending, written with its apostrophe ("Tokayev'in") or without
    ("Tokayevin"): longer than every name the lexicon gives it that it begins with."""
    if _CASED_TR.search(s.folded, m.start, m.end):
        return True
    entity = s.lexicon.entities.get(m.key)
    if entity is None:
        return False
    written = s.folded[m.start : m.end]
    names = [fold(n).lower() for ns in entity.labels.values() for n in ns]
    return written not in names and any(written.startswith(n) for n in names)


_PASSIVE_SIGN = {
    "en": re.compile(r"(?!)"),
    "tr": re.compile(r"imza(?:lan|\s+alt[ıi]na\s+alin|\s+atil)"),
}
# the sides a signing is told between, just before the treaty's word ("iki ülkenin borsaları arasında
# bir anlaşma") or just after the verb ("was signed between the two exchanges")
_SIGNED_BETWEEN = {
    "en": re.compile(r"\s+(?:[\w-]+\s+){0,3}?between\b"),
    "tr": re.compile(r"\barasinda\s+(?:[^\s,;.]+\s+){0,3}$"),
}
_TOWARDS_SIGNING_EN = re.compile(
    r"\b(?:towards?|closer\s+to|close\s+to|nearer\s+to|on\s+the\s+way\s+to|path\s+to|road\s+to|"
    r"ready\s+for|prepared\s+for|preparations?\s+for|prepare\s+for|aim(?:ed|s)?\s+at|"
    r"committed\s+to|prospects?\s+(?:of|for)|possibility\s+of)\s+(?:the\s+)?$"
)
# a conflict the "between" belongs to, between it and the treaty's word
_CONFLICT_HEAD = {
    "en": re.compile(r"\b(?:war|wars|fighting|clashes|conflict|hostilities|dispute|tensions?)\b"),
    "tr": re.compile(r"(?:sava[şs]|[çc]ati[şs]ma|ihtilaf|anla[şs]mazli[kğ]|gerginli[kğ])"),
}
_FINITE_TR = re.compile(r"(?:imzala(?:di|mişti|mişlardi|miştir|mişlar|r)|imza (?:atti|koydu))")
_ON_BEHALF_TR = re.compile(r"(?:\s+cumhuriyeti)?(?:['’]n[iu]n)?\s+adina\b")
_CASE_ENDING = re.compile(r"['’][a-zçğıöşü]")
# a name's own case ending, inside the mention ("Trump'ın", "Trump'a")
_CASED_TR = re.compile(r"['’][a-zçğıöşü]+$")
_GENITIVE_TR = re.compile(r"['’]n?[ıiuü]n")


def _same_kind(known: str, written: str) -> bool:
    """News calls a joint declaration a joint statement and back ("ortak bildiri", "ortak
    deklarasyon", "joint statement" for the Washington declaration)."""
    both = {"statement", "declaration"}
    return known == written or (known in both and written in both)


_SUBJECT_COMMA = re.compile(r",")
_LEADERS_OF_TR = re.compile(
    r"\s+(?:liderleri|devlet başkanlari|cumhurbaşkanlari|dişişleri bakanlari|hükümetleri)(?:nin|nce)?\s+"
    # "... liderlerinin 31 Ekim 2022 tarihli ortak bildirisi": the document's day between
    r"(?:(?:[\w'’,]+\s+){1,16}?tarihli\s+)?$"
)


def _not_yet_signed(s: Sentence, key: str, mood):
    """The mood of "the peace agreement between Armenia and Azerbaijan" when the lexicon knows
    the treaty was not signed by the article's day (no signing date, or a later one): the
    states are its parties to be, not yet bound."""
    if mood != "asserted" or key not in s.lexicon.entities:
        return mood
    signed = str(s.lexicon.attribute(key, "date", ""))
    day = s.document.date or s.doc_year
    return "intended" if not signed or (day and signed[: len(day)] > day) else mood


# "arasında 8 Ağustos 2025'te Washington'da imzalanan ortak deklarasyon": the day and place of
# the signing between the parties and the treaty
_SIGNED_WHEN_WHERE_TR = re.compile(r"(?:imzalanan|varilan|kabul edilen|yapilan)\s+(?:\w+\s+){0,2}$")


def _known_parties(s: Sentence, key: str) -> frozenset[str]:
    """The parties the lexicon gives a treaty (empty when it gives none)."""
    parties = s.lexicon.attribute(key, "parties", ())
    return frozenset(parties) if isinstance(parties, list | tuple) else frozenset()


def _parties_between(s: Sentence, treaty: tuple[int, int, str, str], key: str, mood) -> None:
    """ "the peace agreement between Armenia and Azerbaijan", "Azerbaycan ve Ermenistan
    arasındaki barış anlaşması": the states named are its parties; of a treaty whose parties
    the lexicon knows, only those ("Türkiye, Ermenistan ve Azerbaycan arasında bir barış
    anlaşmasının ... umuyor": Türkiye hopes, it is no party)."""
    parties = s.lexicon.attribute(key, "parties", ())
    known = frozenset(parties) if isinstance(parties, list | tuple) else frozenset()
    mood = _not_yet_signed(s, key, mood)
    for state, rule in _named_between(s, treaty):
        if not known or state.key in known:
            s.state(state.key, "partyTo", key, "entity", s.cover(treaty[:2], state), rule, modality=mood)


def _named_between(s: Sentence, treaty: tuple[int, int, str, str]) -> list[tuple[M, str]]:
    """The states a treaty's words name as its sides, with the rule that read each."""
    states = {"State"}
    if s.lang == "en":
        for match in _BETWEEN["en"].finditer(s.folded, treaty[1], min(len(s.text), treaty[1] + 110)):
            if re.search(r"[;.]|\band\b|\bwhich\b", s.folded[treaty[1] : match.start()]):
                break  # "the Shusha Declaration ..., a pact of allied relations between X and Y", no further
            if _CONFLICT_HEAD["en"].search(s.folded, treaty[1], match.start()):
                break  # "the statement that ended the war between X and Y": the war's sides
            if _BARE_CEASEFIRE["en"].search(s.folded, treaty[1], match.start()):
                break  # "a memorandum on monitoring the ceasefire between X and Y": the ceasefire's sides
            first = s.at(match.end(), len(s.text), states)
            if first is not None:
                return [(m, "treaty.between") for m in s.coordination(first, states)]
        of = _OF_SIDES.match(s.folded, treaty[1])
        if of:
            # "the Joint Statement of the Administration of the President of the Republic of
            # Azerbaijan and the Office of the Prime Minister of the Republic of Armenia issued on"
            sides: dict[str, M] = {}
            for m in s.mentions:
                if m.type == "State" and of.start("sides") <= m.start and m.end <= of.end("sides"):
                    sides.setdefault(m.key, m)
            if len(sides) == 1:
                # "the trilateral statements of the leaders of Russia, Azerbaijan and Armenia made
                # on ...": a list of states with commas, the first in the words after "of"
                first = next(iter(sides.values()))
                for m in s.coordination(first, states):
                    sides.setdefault(m.key, m)
            if len(sides) >= 2:
                return [(m, "treaty.of") for m in sides.values()]
        return _joined_before(s, treaty)
    named: list[tuple[M, str]] = []
    # "Azerbaycan, Ermenistan ve Rusya liderlerinin üçlü bildirisi": the leaders' states
    leaders = _LEADERS_OF_TR.search(s.folded, max(0, treaty[0] - 120), treaty[0])
    last = s.ending_near(leaders.start(), states, r"\s*") if leaders else None
    if last is not None:
        named += [(m, "treaty.leaders") for m in s.coordination(last, states, forward=False)]
    window_start = max(0, treaty[0] - 230)
    for match in _BETWEEN["tr"].finditer(s.folded, window_start, treaty[0]):
        gap = s.folded[match.end() : treaty[0]]
        signed_after = _SIGNED_RIGHT_AFTER_TR.match(s.folded, treaty[1])
        # "A ile B arasında enerji, ulaştırma, ... ve kültür alanlarında 15 işbirliği anlaşması": the
        # fields listed between the sides and the treaties
        fields = (
            _IN_FIELDS_TR.search(gap) is not None
            and len(gap) <= 220
            and "arasinda" not in gap
            and "," in gap
            and not match.group().endswith("ki")
        )
        topic = _TOPIC_TR.search(gap) is not None and len(gap) <= 110 and not re.search(r"[,;.:]", gap)
        # "... Cumhuriyeti Arasında Stratejik Ortaklık ve Karşılıklı Yardım Anlaşması": a name in capitals
        topic = topic or (
            s.text[match.start() : match.end()].strip()[:1].isupper()
            and _NAME_WORDS_TR.fullmatch(s.text, match.end(), treaty[0]) is not None
        )
        # "A ile B arasındaki devlet sınırının bir bölümünün belirlenmesi sürecini başlatan protokol": a
        # relative clause ending in its participle (not one of a conflict: "savaşı sona erdiren")
        topic = topic or (
            _RELATIVE_END_TR.search(gap) is not None
            and len(gap) <= 110
            and not re.search(r"[,;.:]", gap)
            and not _CONFLICT_HEAD["tr"].search(gap)
            # ("arasında imzalanan ve ... öngören anlaşma": the signing's own participle, read there)
            and not _SIGN["tr"].search(gap)
        )
        if (fields and not _GENERIC["tr"].search(gap)) or (topic and not _GENERIC["tr"].search(gap)):
            # ("A ile B Arasında Dostluk ve Çok Yönlü İşbirliğinin Geliştirilmesine İlişkin Anlaşma":
            # the topic the document is on, between its sides and its word)
            pass
        elif (
            len(gap) > 80
            or match.start() < treaty[0] - 110
            or (len(gap) > 30 and not _SIGNED_WHEN_WHERE_TR.search(gap) and not signed_after)
            or _GENERIC["tr"].search(gap)
            or any(match.end() <= m.start < treaty[0] for m in s.mentions if m.type == "Treaty")
            # "A ile B arasındaki savaşa son veren üçlü bildiri": the war's sides, not the treaty's
            or _CONFLICT_HEAD["tr"].search(gap)
            # "A ile B arasında imzalanan ateşkesin denetlenmesi için ... mutabakatı": the ceasefire's
            or _BARE_CEASEFIRE["tr"].search(gap)
        ):
            continue
        last = s.ending_near(match.start(), states, r"\s*")
        if last is not None:
            named += [(m, "treaty.between") for m in s.coordination(last, states, forward=False)]
        elif _TWO_COUNTRIES_TR.search(s.folded, 0, match.start()):
            # "Erdoğan, Azerbaycan'ın Şuşa şehrinde Aliyev ile görüşmenin ardından iki ülke
            # arasında Şuşa Beyannamesi'ni imzaladı": the two states the sentence named
            before: dict[str, M] = {}
            for m in s.mentions:
                if m.type == "State" and m.end <= match.start():
                    before.setdefault(m.key, m)
            if len(before) == 2:
                named += [(m, "treaty.between") for m in before.values()]
    for match in _BETWEEN["tr"].finditer(s.folded, treaty[1], min(len(s.text), treaty[1] + 120)):
        # "Şuşa Beyannamesi 15 Haziran 2021'de Türkiye ile Azerbaycan arasında imzalandı": the sides
        # between the treaty and its passive signing
        last = s.ending_near(match.start(), states, r"\s*")
        if (
            last is None
            or not _SIGNED_RIGHT_AFTER_TR.match(s.folded, match.end())
            or re.search(r"[,;.:]", s.folded[treaty[1] : match.start()])
        ):
            continue
        after = [m for m in s.coordination(last, states, forward=False) if m.start >= treaty[1]]
        if len({m.key for m in after}) >= 2:
            named += [(m, "treaty.between") for m in after]
    return named + _joined_before(s, treaty)


# "A ile B arasında 3 Mayıs 2024'te enerji alanında bir mutabakat zaptı imzalandı": the passive
# signing right after the treaty, whose sides "arasında" named before it, words between or not
# (a day and place may stand between: "... anlaşma Salı günü Taşkent'te imzalandı")
_SIGNED_RIGHT_AFTER_TR = re.compile(r"\w*(?:\s+[^\s,;.]+){0,4}?\s+(?:imzalan|imza altina alin)")
_OF_SIDES = re.compile(
    r"\s+(?:of|by)\s+(?P<sides>[^;:.,]{0,160}?)(?=\s+(?:signed|adopted|issued|reached|on|regarding|which|that|about|"
    r"concerning|over|against|to|in)\b|[;:.,]|$)"
)
_RELATIVE_END_TR = re.compile(r"\b\w{2,}(?:[ae]n|y[ae]n)\s+$")
_NAME_WORDS_TR = re.compile(r"\s+(?:(?:[A-ZÇĞİÖŞÜ][\w'’-]*|ve|ile)\s+){1,10}")
_TOPIC_TR = re.compile(r"(?:ilişkin|ilişkin|iliskin|dair|hakkinda|yönelik|konusunda)\s+$")
_IN_FIELDS_TR = re.compile(r"alanlar(?:[ıi]n)?da\s+(?:[\w-]+\s+){0,3}$")
_TWO_COUNTRIES_TR = re.compile(
    r"(?:her\s+)?iki\s+(?:ülke|devlet|taraf)(?:\s+(?:hükümetleri|yönetimleri|heyetleri))?\s*$"
)


def _joined_before(s: Sentence, treaty: tuple[int, int, str, str]) -> list[tuple[M, str]]:
    """ "the 2020 Armenia-Azerbaijan cease-fire agreement", "Ermenistan-Azerbaycan barış
    anlaşması": the states joined by a hyphen just before the treaty's words."""
    states = sorted(s.of_type("State"), key=lambda m: m.start)
    for a, b in pairwise(states):
        if (
            s.folded[a.end : b.start] in ("-", "–")
            and b.end <= treaty[0]
            and re.fullmatch(r"(?:\s+[\w-]+){0,2}\s+", s.folded[b.end : treaty[0]])
        ):
            return [(a, "treaty.joined"), (b, "treaty.joined")]
    return []


def _committed(s: Sentence, treaty: tuple[int, int, str, str], key: str) -> None:
    """ "Armenia, which committed to ... in the tripartite declaration"."""
    commit = _COMMITTED[s.lang].search(s.folded)
    if commit is None or abs(commit.start() - treaty[0]) > 120:
        return
    # "the leaders of Azerbaijan and Armenia reaffirmed their commitment to ...": the states a
    # leader's title names commit too
    named = [m for m in s.mentions if m.type == "State"]
    states = [m for m in named if m.end <= commit.start() and m.start < treaty[0]]
    if not states:
        # "The document commits the two states to ..."
        states = [m for m in named if commit.end() <= m.start <= commit.end() + 12]
    if states and modality(s, commit.start(), commit.end()) == "asserted":
        # "agreed to continue the work towards the conclusion of a historic agreement on peace": a
        # treaty not yet signed binds them only in intention
        mood = _not_yet_signed(s, key, "asserted")
        for subject in s.coordination(states[0], {"State"}):
            s.state(
                subject.key,
                "partyTo",
                key,
                "entity",
                s.cover(subject, treaty[:2]),
                "treaty.commitment",
                modality=mood,
            )


# Turkish typed without its own letters ("imzaladilar", "Nahcivan'a baglayacak"): every Turkish
# word and pattern of this module reads as with them
loosen_turkish(globals())
