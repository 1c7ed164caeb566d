"""What kind of stance a trigger states, beyond its word (issue 15, ``tests/devset/README.md``).

- **Negated by a determiner or a verb of stopping**: "signaled no breakthrough", "without
  support", "told Russia to back off from endorsing", "withdraw its support": an English
  trigger under "no", "without", "lack of", "refrain from", "stop", "withdraw its" says nothing.
- **For the end of a thing is against it**: "called for an end to the blockade", "urged a halt
  to the war", "ablukanın kaldırılması çağrısında bulundu", "demanding the dissolution of the
  Minsk Group" (the README: "sets its removal as a condition" opposes).
- **Evaluations that need a speaker**: a meeting called constructive, productive or fruitful
  ("görüşmenin yapıcı ve verimli geçtiğini belirtti") is welcomed; a route called reliable,
  strategic or important ("güvenilir bir güzergah olduğunu vurguladı") is supported. They are
  stances only in someone's words (a quote, or a sentence with a verb of saying), never in
  the article's own description.
- **A concern said to be met** ("Baku's main concerns are already addressed within the draft")
  is no concern about the draft.
"""

from __future__ import annotations

import re
from collections.abc import Container

from loaders.rules import M, Sentence

_NO_BEFORE_EN = re.compile(
    r"\b(?:no|without|lack of|absence of)\s+(?:[\w-]+\s+)?$|"
    r"\b(?:back(?:ed|ing|s)? off|refrain\w*|desist\w*|stop\w*|ceas\w*|abandon\w*|quit\w*)"
    r"[\"“”']?\s+(?:from\s+)?$|"
    r"\b(?:withdr[ae]w\w*|end\w*|drop\w*)\s+(?:its|their|his|her)\s+$"
)

_END_OF = {
    "en": re.compile(
        r"\b(?:end(?:ing)?|halt(?:ing)?|stop(?:ping)?|cessation|withdrawal|removal|lifting|dissolution|"
        r"abolition|closure|closing|disbanding|suspension|termination)\s+(?:to|of)\s+(?:the\s+|its\s+|this\s+)?$|"
        # "called on the sides to stop the fighting", "urged them to immediately end hostilities"
        r"\bto\s+(?:\w+ly\s+)?(?:end|stop|halt|cease|lift|(?:put|bring)\s+an\s+end\s+to)\s+"
        r"(?:the\s+|its\s+|their\s+|this\s+|all\s+)?$"
    ),
    "tr": re.compile(
        r"(?:'?n?[ıiuü]n)?\s+(?:derhal\s+|bir an önce\s+|tamamen\s+)?"
        r"(?:durdurul|sona erdiril|son veril|kaldiril|fesh|kapatil|dağitil|askiya alin|geri çekil|bitiril|"
        r"lağved)"
    ),
}
# the supports words that ask for something: only these turn a closure into an objection
_DEMAND = re.compile(r"call|appeal|urg|demand|insist|press|push|çağr|çağir|talep|israr|şart")

EVALUATION = {
    "en": re.compile(
        r"\b(?:constructive|productive|fruitful|successful|useful|reliable|(?:very |really )?good|excellent|"
        r"positive|frank|candid|cordial|meaningful|"
        # "described the meeting as a new beginning", "called the talks a step in the right direction"
        r"(?:a )?new (?:beginning|page|chapter)|(?:a )?turning point|"
        # "the declaration was a significant achievement", "a great success"
        r"(?:an? )?(?:great|significant|major|important|historic|huge|remarkable) (?:achievement|success)|"
        r"(?:a |an important |a major |a significant )?step (?:forward|in the right direction)|"
        # "a very historical meeting has been held", "it was a historic summit"
        r"historic(?:al)?(?= (?:meeting|summit|talks|visit|negotiations)\b)|"
        r"(?:an? )?important (?:route|link|artery|project)|"
        r"(?:a )?(?:key|vital|strategic|crucial) (?:route|link|artery|transit route|project)|"
        r"(?:is|are|remains?) (?:extremely |very |highly |particularly |vitally |so )?important|"
        # a route's benefits in someone's words: "the corridor will also benefit Iran", "has great
        # prospects", "could open broad opportunities for the region"
        r"will (?:also |greatly |certainly )?benefit|(?:great|huge|broad|enormous|vast|big) "
        r"(?:prospects|potential|opportunities)|will (?:also )?(?:facilitate|boost|revitali[sz]e)|"
        r"(?:could|would|will|can) (?:also )?open (?:up )?(?:broad |new |great |wide )?opportunities|"
        # "the corridor's opening will increase the railway's capacity", "will strengthen trade"
        r"will (?:also |further |significantly |greatly )?(?:increase|enhance|strengthen|expand) "
        r"(?:the |its |their |our |regional |mutual )?(?:[\w-]+(?:'s)? )?(?:capacity|trade|connectivity|"
        r"transit|cargo|turnover))\b"
    ),
    "tr": re.compile(
        r"(?:verimli|yapici|faydali|başarili|güvenilir bir (?:güzergah|rota|hat)|"
        # "görüşmeyi yeni bir başlangıç olarak nitelendirdi", "doğru yönde atılmış bir adım"
        r"yeni bir (?:başlangiç|sayfa)|doğru yönde (?:atilmiş |atilan )?bir adim|"
        r"(?:önemli|büyük|tarihi) bir başari|"
        r"ileriye (?:doğru )?(?:atilmiş |atilan )?bir adim|"
        r"(?:çok )?(?:iyi|olumlu|samimi|dostane|sicak) (?:bir )?(?:atmosferde |havada |ortamda )?geç\w*|"
        r"(?:önemli|stratejik|kilit|hayati) (?:bir )?(?:güzergah|rota|proje|ulaşim hatti)|"
        # "tarihi bir görüşme gerçekleştirdik", "tarihi zirve"
        r"tarihi (?:bir )?(?=(?:görüşme|zirve|toplanti|ziyaret|buluşma)\w*)|"
        # "bu koridor İran'ın da yararına olacaktır", "koridordan İran'ın da faydalanacağını", "ticareti
        # canlandıracağını"
        r"yararina ol|faydali ol[ae]c[ae]k|fayda sağla[ay]?[ae]c[ae]k|faydalan[ae]c[ae]ğ|faydalan[ae]c[ae]k|"
        r"canlandir[ae]c[ae]ğ|canlandir[ae]c[ae]k|"
        # "Zengezur Koridoru'nun sağlayacağı stratejik kazanımlara dikkati çekerek": its gains
        r"(?:stratejik|büyük|önemli|ekonomik|ciddi) kazanim\w*|"
        # "koridorun açılmasının demiryolunun kapasitesini artıracağını", "ticareti güçlendirecek"
        r"(?:kapasite|ticaret|hacm|bağlanti|transit|yük)\w* (?:artir|güçlendir|geliştir)[ae]c[ae][ğk])\w*"
    ),
}
# the evaluations that look ahead by their nature: a benefit to come is said of a route now
BENEFIT = re.compile(
    r"benefit|prospects|potential|opportunit|facilitat|boost|revitali|yararina|fayda|canlandir|"
    r"increase|enhance|strengthen|expand|artir|güçlendir|geliştir|kazanim"
)
EVALUATION_WORDS = {
    "en": ("constructive", "productive", "fruitful", "successful", "useful", "reliable", "important", "key",
           "vital", "strategic", "crucial", "good", "excellent", "positive", "frank", "candid", "historic",
           "cordial", "meaningful", "benefit", "prospects", "potential", "opportunities", "facilitate",
           "boost", "revitali", "will increase", "will enhance", "will strengthen", "will expand",
           "also increase", "also enhance", "also strengthen", "also expand", "new beginning", "new page",
           "new chapter", "turning point", "step forward", "right direction", "achievement", "success"),
    "tr": ("verimli", "yapici", "faydali", "başarili", "güvenilir", "önemli", "stratejik", "kilit", "hayati",
           " geç", "yararina", "fayda", "canlandir", "tarihi", "artira", "artire", "güçlendire", "kazanim",
           "yeni bir başlangiç", "yeni bir sayfa", "bir adim", "geliştire", "bir başari"),
}  # fmt: skip
_MEETING_BEFORE = {
    "en": re.compile(r"\b(?:meeting|talks|summit|negotiations|visit|discussions?|forum)\b"),
    "tr": re.compile(r"(?:görüşme|toplanti|zirve|müzakere|ziyaret|forum)\w*"),
}
# "... meeting with <names> was very ": the gap once the names of those met are taken out
_WITH_THEM_WAS_EN = re.compile(
    r"\s+with\s+[^.;]*?\b(?:was|were|is|are|been)\s+\W*(?:(?:very|really|extremely|quite|most)\s+)?\W*$"
)
_MEETING_AFTER_EN = re.compile(
    r"\s+(?:and \w+\s+)?(?:meeting|talks|summit|negotiations|visit|discussions?)\b"
)
_MEETING_AFTER_TR = re.compile(r"\s*(?:bir\s+)?(?:görüşme|zirve|toplanti|ziyaret|buluşma)")
_ADDRESSED = re.compile(
    r"^\w*\s+(?:\w+\s+){0,3}?(?:are|were|is|was|have been|has been|had been)\s+"
    r"(?:already\s+|fully\s+|now\s+)?(?:addressed|resolved|met|taken into account|allayed|dispelled)\b"
)


# a Turkish verb's negative suffix ("desteklemiyor", "sıcak bakmıyor", "memnuniyetle karşılamadı",
# "kınamadığını"), in the trigger's word or the light verb after it
_NEGATIVE_TR = re.compile(
    r"m[ae]z\b|m[ae]z[ld]|m[iıuü]yor|m[ae]d[iı]|m[ae]y[ae]c[ae]|m[ae]m[iı]ş|m[ae]m[ae]kt[ae]|m[ae]y[iı]z\b"
)
_LIGHT_VERB_TR = re.compile(r"\s+(?:et|ol|ver|karşila|duy|bak|göster|yaklaş|bul|değerlendir|çik)\w*")


def negated_tr(s: Sentence, start: int, end: int) -> bool:
    """A Turkish trigger whose verb is negated: "İran ... sıcak bakmıyor", "desteklemediğini",
    "memnuniyetle karşılamadı" (the trigger's own word from its third letter on, or the light verb
    right after it)."""
    if s.lang != "tr":
        return False
    word = re.match(r"\w*", s.folded[end:])
    stop = end + (word.end() if word else 0)
    if _NEGATIVE_TR.search(s.folded, start + 3, stop):
        return True
    light = _LIGHT_VERB_TR.match(s.folded, stop)
    return light is not None and _NEGATIVE_TR.search(s.folded, light.start() + 3, light.end()) is not None


def negated_before(s: Sentence, start: int) -> bool:
    """An English noun trigger under "no", "without", "lack of"."""
    return s.lang == "en" and _NO_BEFORE_EN.search(s.folded, max(0, start - 30), start) is not None


# a commitment or support put in doubt is no one's stance: "puts under serious doubt its commitment to
# the peace process", "questioned Baku's commitment to", "cast doubt on Armenia's readiness for",
# "barış sürecine bağlılığını sorguladı", "desteğinden şüphe ediyor"
_DOUBTED_BEFORE_EN = re.compile(
    r"\b(?:doubts?|doubted|doubting|question(?:s|ed|ing)?|undermin\w*|cast(?:s|ing)? doubt on|"
    r"calls? into question|called into question)\s+(?:on\s+|about\s+|over\s+)?(?:the\s+)?"
    r"(?:its|their|his|her|[\w-]+'s?)\s+(?:[\w-]+\s+){0,2}$"
)
_NO_DOUBT_EN = re.compile(r"\b(?:no|without|beyond|little)\s+$")
_DOUBTED_AFTER_TR = re.compile(r"\w*\s+(?:[\w']+\s+)?(?:sorgul|şüphe|kuşku|gölge düşür|soru işareti)")


def doubted(s: Sentence, start: int, end: int) -> bool:
    """A trigger whose commitment or support the sentence puts in doubt."""
    if s.lang == "en":
        doubt = _DOUBTED_BEFORE_EN.search(s.folded, max(0, start - 70), start)
        # "there is no doubt about Azerbaijan's commitment": affirmed, not doubted
        return doubt is not None and not _NO_DOUBT_EN.search(
            s.folded, max(0, doubt.start() - 12), doubt.start()
        )
    return _DOUBTED_AFTER_TR.match(s.folded, end) is not None and not negated_tr(s, end, end + 40)


def against_its_end(s: Sentence, trigger: str, target: M, lexicon_keys: Container[str]) -> str:
    """The thing a call for the end of ``target`` opposes ("an end to the blockade": the
    blockade; a demand for the Minsk Group's closure: the group), else ``""``."""
    if target.key.endswith("-closure"):
        base = target.key.removesuffix("-closure")
        return base if _DEMAND.search(trigger) and base in lexicon_keys else ""
    if s.lang == "en":
        return target.key if _END_OF["en"].search(s.folded, max(0, target.start - 40), target.start) else ""
    return target.key if _END_OF["tr"].match(s.folded, target.end) else ""


def spoken(s: Sentence, start: int, quotes: list[tuple[int, int]], say: re.Pattern[str]) -> bool:
    """Someone's words: inside a quote, or a sentence with a verb of saying."""
    return any(a <= start < b for a, b in quotes) or say.search(s.folded) is not None


def evaluated_meeting(s: Sentence, start: int, end: int) -> bool:
    """A meeting word the evaluation is about: before it in the clause ("the meeting ... was
    constructive", "görüşmenin verimli geçtiğini") or right after it ("a productive meeting")."""
    if s.lang == "en" and _MEETING_AFTER_EN.match(s.folded, end):
        return True
    if s.lang == "tr" and (
        _MEETING_AFTER_TR.match(s.folded, end) or _MEETING_AFTER_TR.search(s.folded, start, end)
    ):
        return True  # "tarihi bir görüşme"
    window = s.folded[max(0, start - 80) : start]
    cut = max(window.rfind(";"), window.rfind("."))
    if _MEETING_BEFORE[s.lang].search(window, cut + 1) is not None:
        return True
    # "his meeting with Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev was
    # very useful": the names of those met do not count in the distance
    far = max(0, start - 240)
    window = s.folded[far:start]
    cut = max(window.rfind(";"), window.rfind("."))
    meetings = list(_MEETING_BEFORE[s.lang].finditer(window, cut + 1))
    if not meetings:
        return False
    gap_start = far + meetings[-1].end()
    named = sorted(
        (max(m.start, gap_start), min(m.end, start))
        for m in s.mentions
        if m.start < start and m.end > gap_start and m.type in ("Person", "State", "Organization")
    )
    gap, at = "", gap_start
    for a, b in named:
        if a >= at:
            gap += s.folded[at:a] + " "
            at = b
    gap += s.folded[at:start]
    return len(gap) <= 80 and _WITH_THEM_WAS_EN.match(gap) is not None


def concern_met(s: Sentence, end: int) -> bool:
    """ "concerns are already addressed": a concern said to be met is no concern."""
    return _ADDRESSED.match(s.folded[end : end + 80]) is not None


# "called on Russia to unblock the Lachin corridor", "urged the corridor to be reopened", "Laçın koridorunun
# yeniden açılması çağrısı": in a document that tells the corridor's blockade, a call to reopen the
# route is also against the blockade (the README: a call for a thing's end opposes it)
_BLOCKADES = {"lachin-corridor": "lachin-corridor-blockade"}
_REOPEN_BEFORE_EN = re.compile(r"\b(?:unblock\w*|re-?open\w*)\s+(?:of\s+)?(?:the\s+)?$")
_REOPEN_AFTER = {
    "en": re.compile(r"\s+(?:to\s+be\s+|be\s+|is\s+|was\s+)?(?:re-?opened|unblocked)\b"),
    "tr": re.compile(r"\w*\s+(?:yeniden\s+|tekrar\s+|derhal\s+|bir an önce\s+)?(?:aç[ıi]l|engelsiz)"),
}
_BLOCKED = re.compile(r"blockade|blocked|closure|closed|blokaj|abluka|kapal|kapat|engellen", re.IGNORECASE)


def blockade_ended(s: Sentence, target: M) -> str:
    """The blockade a call to reopen ``target`` opposes, else ``""``."""
    blockade = _BLOCKADES.get(target.key, "")
    if not blockade:
        return ""
    reopened = _REOPEN_AFTER[s.lang].match(s.folded, target.end) or (
        s.lang == "en" and _REOPEN_BEFORE_EN.search(s.folded, max(0, target.start - 40), target.start)
    )
    if not reopened or not _BLOCKED.search(s.document.text):
        return ""
    return blockade
