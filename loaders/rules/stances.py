"""Stances: what actors say they support, oppose, are concerned about, welcome or condemn
(issue 15).

A stance is a frame of three parts, found in this order in every sentence that holds one of
the trigger words:

- the **trigger** (:data:`TRIGGERS`), a word or phrase per kind and language ("welcomed",
  "memnuniyetle karşıladı", "a red line", "kabul etmiyoruz", "thanked", "tarihi bir gün");
  a negated trigger says nothing, except the ones whose negation is their meaning;
- the **target** the trigger governs: a corridor, treaty, event, meeting, or a process this
  module names (:func:`.stance_processes.processes`: "normalization between Türkiye and Armenia" is
  ``turkiye-armenia-normalization-process``), after an English trigger and before a Turkish
  one, in the same clause; a state or organization only where the frame makes it the target
  (accused, condemned, thanked, praised, its territorial integrity supported);
- the **holder**: whoever says it.  In order: the agent of an English passive ("welcomed by
  Turkey") or of a Turkish participle ("... önemini vurgulayan Şi"); the speaker of the quote
  the trigger stands in; the subject of a reported clause, else its speaker ("X said",
  "according to X", "X'e göre", "X'in açıklamasında"); else the subject of the clause (the
  nearest agent before an English trigger, the first agent in the nominative before a Turkish
  one), "he"/"she" and a dropped Turkish subject standing for the last person named.

What one sentence leaves for the next (the last person named, a quote still open and its
speaker) is a :class:`Voice`, one per document.

The parts live in their own modules: the words in :mod:`.stance_triggers`, the kind a trigger
states beyond its word (negation, a call for a thing's end, evaluations in someone's words) in
:mod:`.stance_kinds`, the processes the lexicon lacks in :mod:`.stance_processes`, an office's
holder in :mod:`.stance_holders`, the per-document :class:`Voice` in :mod:`.stance_voice`;
this module finds the frame (targets and holders) and states it.
"""

from __future__ import annotations

import re

from loaders.dates import MONTHS
from loaders.rules import AGENT_TYPES, M, Sentence, any_word, by_first_letter, has_any, modality, must_contain
from loaders.rules.stance_holders import ministers_of, named_people, office_holder
from loaders.rules.stance_kinds import (
    BENEFIT,
    EVALUATION,
    EVALUATION_WORDS,
    against_its_end,
    blockade_ended,
    concern_met,
    doubted,
    evaluated_meeting,
    negated_before,
    negated_tr,
    spoken,
)
from loaders.rules.stance_processes import MEMORY_WORDS, processes
from loaders.rules.stance_triggers import (
    ANAPHOR_WORDS,
    CONTINUATION_TR,
    STANCE_WORDS,
    TRIGGERS,
    plain_letters,
    plain_word,
)
from loaders.rules.stance_voice import KINDS, Voice
from loaders.text import fold

__all__ = ["ANAPHOR_WORDS", "KINDS", "TRIGGERS", "Voice", "processes", "stances"]

# -- the frame ----------------------------------------------------------------------

_THING_TYPES = frozenset({"Corridor", "Treaty", "Event"})
_AGENT_TARGET = {
    # frames whose target is an agent: accused, condemned, thanked, praised, supported (their
    # sovereignty), disagreed with
    "en": re.compile(
        r"accus|blam|condemn|denounc|thank|gratitude|prais|applaud|commend|appreciat|support|backing|"
        r"disagree|highlighted the role|aggress|provocation|critici|lash|hit out|castigat|rebuk|censur|"
        r"complain|solidarity|^h(?:old|eld)|^stands? |^stood |"
        r"slam|lambast|blast"
    ),
    "tr": re.compile(
        plain_letters(
            r"suçla|suçlu|kina|kini|lanet|yaninda|teşekkür|minnettar|takdir|destek|hemfikir|provokasyon|saldirgan|"
            r"baltal|itham|eleştir|şikayet|sorumlu tut|dayaniş"
        )
    ),
}
_SELF_NEGATED = re.compile(
    r"unacceptable|not acceptable|not accept|never accept|not discussed|not on the agenda|not envisaged|"
    r"kabul etm|"
    r"never been on the agenda|not been on the agenda|"
    r"gündem\w* (?:hiç |asla |kesinlikle )?(?:değil|olmadi|yok)|"
    r"kabul edilemez|hemfikir değil|redde[dt]|reject|(?:never|not) (?:allow|permit|tolerate)|izin verm|"
    r"rul\w+ out|turn\w* down|refus"
)
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"
_QUOTE_MARK = re.compile("[" + re.escape(_QUOTE_OPEN + _QUOTE_CLOSE + '"') + "]")
_SAY_EN = (
    r"(?:said|says|told|stated|added|noted|declared|stressed|emphasi[sz]ed|wrote|tweeted|underlined|"
    r"continued|remarked|insisted|warned|recalled|announced|claimed|explained|affirmed|reads)"
)
_SAID_AFTER_EN = re.compile(rf"[\s,.]*(?:[\w.'-]+(?:\s+|(?=,))){{0,12}}?(?:,[^,;]{{0,100}},\s*)?{_SAY_EN}\b")
_SAID_BEFORE_EN = re.compile(rf"{_SAY_EN}(?:\s+\w+){{0,3}}\s*[:,]?\s*$|:\s*$")
_SAY_TR = re.compile(
    r"(?:dedi|diye|ifade\w*|söyle\w*|belirt\w*|vurgula\w*|kaydet\w*|açikla\w*|konuştu|ekledi|yazdi|duyurdu|"
    r"dile getir\w*|altini çiz\w*|hatirlat\w*)"
)
# with the verbs that tell a speaker's point more than his words ("dikkat çekti", "aktardı", "savundu"):
# what an elided subject goes on saying ("Ayrıca, ... öncelik olduğuna dikkat çekti")
_SAY_ON_TR = re.compile(
    _SAY_TR.pattern[:-1]
    + r"|dikkat çek\w*|aktar\w*|savun\w*|öne sür\w*|ileri sür\w*|bildir\w*|yinele\w*|tekrarla\w*|"
    r"not et\w*)"
)
_PRONOUN_EN = re.compile(r"\b(?:he|she)\b")
# "... muhalefetin karşı olduğu belirtiliyor": a passive verb of saying names no speaker
_PASSIVE_SAY_TR = re.compile(
    r"(?:belirtil|ifade edil|açiklan|kaydedil|vurgulan|bildiril|söylen|dile getiril|duyurul|aktaril|"
    r"dikkat çekil|savunul|öne sürül|ileri sürül|yinelen|tekrarlan|not edil)\w*"
)


def _active_say_tr(s: Sentence, start: int) -> bool:
    """A Turkish verb of saying after ``start`` that is not a passive (whose speaker is unsaid)."""
    return any(not _PASSIVE_SAY_TR.match(s.folded, m.start()) for m in _SAY_ON_TR.finditer(s.folded, start))


_FROM_EN = re.compile(r"s?\s+from\s+(?:the\s+)?")
_NOUN_TRIGGER_EN = re.compile(
    r"concern|criticism|condemnation|opposition|support|praise|protest|objection|backing|endorsement|interest"
)
_BY_EN = re.compile(r"\s+(?:against\s+(?:the\s+)?[\w-]+\s+)?by\s+(?:the\s+)?")
_RELATIVE_EN = re.compile(r",\s*(?:who|which)\b[^,]*,")
_CLAUSE_EN = re.compile(r"[;:]|\s[-–—]\s|,\s*(?:while|but|whereas|although)\b|\baccording to [^,;]{1,60},")
_SOVEREIGNTY = {
    "en": re.compile(
        r"\s*(?:the\s+)?(?:sovereignty|territorial integrity|independence)\s*(?:and [\w ]+?\s*)?"
        r"of\s+(?:both\s+)?"
    ),
    "tr": re.compile(r"(?:\s*(?:ve|,)\s*\w+'?\w*)*\s+(?:sinir|toprak) bütünlüğü\w*"),
}
_FOR_STATE_EN = re.compile(r"\s+(?:for\s+)?(?:the\s+)?")
_ITS_SOVEREIGNTY_EN = re.compile(
    r"(?:'s?\s+(?:[\w-]+\s+){0,2}|\s+in\s+(?:safeguarding|defending|protecting|preserving|upholding|ensuring|"
    r"restoring)\s+(?:its|their)\s+(?:[\w,-]+\s+){0,4}?)(?:sovereignty|territorial integrity|independence)\b"
)
_FOR_ACT = {"en": re.compile(r"\s+for\s+(?:the\s+|its\s+|their\s+|this\s+)?"), "tr": re.compile(r"")}
_NOMINATIVE_TR = re.compile(r"'")
# "X'e göre", "X'in açıklamasında", "X'ten yapılan açıklamada"; not "X'in açıklamasını kınadı" (its object)
_STATEMENT_CASE_TR = r"açiklama(?:s[ıi]nda|da|s[ıi]na göre|ya göre|s[ıi]yla|yla)\b"
_GORE_TR = by_first_letter(  # (the same matches, found 5x faster)
    re.compile(
        rf"(?:'?[ye]?[ae])\s+göre\b|{_STATEMENT_CASE_TR}|"
        rf"(?:'?[dt][ae]n)\s+yapilan (?:yazili )?{_STATEMENT_CASE_TR}|"
        rf"(?:'?[ıiuü]n)\s+(?:yazili )?{_STATEMENT_CASE_TR}"
    )
)
_ACCORDING_EN = re.compile(r"\baccording to\s+(?!which\b|whom\b|what\b)(?:the\s+)?")
_FIRST_PERSON_TR = re.compile(r"(?:[iıuü]z|[iıuü]m)\b")


def quoted_spans(text: str, open_quote: bool) -> tuple[list[tuple[int, int]], bool]:
    """The quoted stretches of ``text`` (one left open by the text before starts at 0, one still
    open runs to its end), and whether a quote is still open at its end."""
    spans: list[tuple[int, int]] = []
    start = 0 if open_quote else -1
    for quote in _QUOTE_MARK.finditer(text):  # the quote marks only: a loop over every letter cost 5x
        i, ch = quote.start(), quote.group()
        if ch in _QUOTE_OPEN or (ch == '"' and start < 0):
            if start < 0:
                start = i
        elif (ch in _QUOTE_CLOSE or ch == '"') and start >= 0:
            spans.append((start, i + 1))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans, start >= 0


def _quotes(s: Sentence, voice: Voice) -> list[tuple[int, int]]:
    """The quoted stretches of the sentence (one still open runs to its end)."""
    voice.continued = voice.open_quote
    spans, voice.open_quote = quoted_spans(s.text, voice.open_quote)
    return spans


_SIDE = {
    "en": re.compile(
        r"\s+(?:side|(?:peace )?forces|peacekeepers|troops|government|leadership|authorities|"
        r"administration)\b"
    ),
    # "Ermeni tarafı ... memnuniyetle karşıladı": the side in the nominative (not "tarafından", "tarafının")
    "tr": re.compile(r"\s+tarafi(?![\wçğıöşü])"),
}


_THE_MINISTRY = {
    "en": re.compile(r"\bthe (?:foreign )?ministry\b(?! of)"),
    "tr": re.compile(r"(?<![\w'])bakanlik(?:[ıi]n)?\b"),
}


def _the_ministry(s: Sentence, voice: Voice) -> list[M]:
    """ "the ministry said", "Bakanlık, ... açıkladı": the ministry the document last named."""
    if not voice.ministry or ("ministry" not in s.folded and "bakanlik" not in s.folded):
        return []
    named = [(m.start, m.end) for m in s.mentions]
    return [
        M(voice.ministry, "Organization", x.start(), x.end(), "coref")
        for x in _THE_MINISTRY[s.lang].finditer(s.folded)
        if not any(a <= x.start() < b for a, b in named)
    ]


# one addressed at the head of a quote ("“Sayın Tokayev, sizinle yeniden görüşmekten memnunum”", "“Dear
# Mr. President, I am glad ...”"): the one spoken to, not the one who speaks
_VOCATIVE = re.compile(
    r"(?:^|[\"“«]|:\s)\s*(?:sayin|saygideğer|değerli|sevgili|dear|esteemed)\s+(?:[\w.]+\s+){0,2}$"
)


def _agents(s: Sentence, voice: Voice | None = None) -> list[M]:
    """The sentence's agents: names, titles standing alone, capitals standing for their state,
    "the ministry" for the ministry last named."""
    capitals = s.lexicon.capitals()
    found = [
        m
        for m in s.mentions
        if (m.type in AGENT_TYPES or m.key in capitals)
        and not m.consumed
        and (m.kind != "demonym" or _SIDE[s.lang].match(s.folded, m.end))  # "the Armenian side"
    ]
    for m in [m for m in found if m.kind == "discovered"]:
        inner = [
            n
            for n in s.mentions
            if n is not m
            and n.type in AGENT_TYPES
            and n.kind == "name"
            and m.start <= n.start
            and n.end <= m.end
        ]
        if len(inner) >= 2:  # "The European Union and the United States" read as one name: the two
            found = [n for n in found if n is not m] + inner
    ministry = _the_ministry(s, voice) if voice is not None else []
    if ministry:
        found = sorted(found + ministry, key=lambda m: m.start)
    names = [m for m in found if m.kind != "title"]
    return [
        m
        for m in found
        if not (
            s.folded[m.end : m.end + 1] == "," and _VOCATIVE.search(s.folded, max(0, m.start - 40), m.start)
        )
        and (m.kind != "title" or not any(n.start < m.end + 3 and m.start < n.end for n in names))
        and not any(n.start < m.start < n.end for n in found)  # inside a longer name
    ]


def _key(s: Sentence, m: M) -> str:
    """The holder a mention names: a capital's state, and an office's holder as
    :func:`.stance_holders.office_holder` reads it."""
    if m.type == "Place":
        return s.lexicon.capitals().get(m.key, m.key)
    if m.kind in ("title", "group") or (m.kind == "coref" and m.type == "Person"):
        # "the three leaders reaffirmed ...": each the person where the document names them, else the
        # state (or ministry) the office stands for
        return office_holder(s, m)
    if m.type == "State" and ("minist" in s.folded or "bakanlar" in s.folded):
        return ministers_of(s, m) or m.key
    if (
        m.key.startswith("turkiye-ministry-of-")
        and s.lang == "tr"
        and not _TURKISH_STATE_TR.match(s.folded, m.start)
    ):
        # "Kazakistan Dışişleri Bakanlığı": the bare "Dışişleri Bakanlığı" the lexicon gives Türkiye is the
        # ministry of the state named right before it
        state = s.ending_near(m.start, {"State"}, r"(?:'?n?[iuü]n)?\s*")
        if state is not None and state.key != "turkiye":
            return f"{state.key}-ministry-of-{m.key.split('-ministry-of-')[1]}"
    return m.key


_TURKISH_STATE_TR = re.compile(r"(?:türkiye|turkiye|t\.c\.)")


def _quote_speaker(s: Sentence, voice: Voice, span: tuple[int, int], agents: list[M]) -> str:
    """Who speaks a quote: named after it ("..., Bayramov said", "he said"), before it ("X
    said:", "X: '...'"), or the speaker of the quote the last sentence left open."""
    a, b = span
    outside = [m for m in agents if not (a <= m.start < b)]
    if s.lang == "en":
        after = _SAID_AFTER_EN.match(s.folded, b)
        if after is not None:
            # "..., X told journalists in Moscow": the name before the verb, else the one just after it
            named = sorted((m for m in outside if b <= m.start < after.end()), key=lambda m: m.start)
            named = named or sorted(
                (
                    m
                    for m in outside
                    if after.end() <= m.start < after.end() + 40
                    # "he said, as quoted by Russia's TASS news agency": a source, not the speaker
                    and not _NOT_THE_SPEAKER_EN.search(s.folded, after.end(), m.start)
                ),
                key=lambda m: m.start,
            )
            people = [m for m in named if m.type == "Person"]
            if people:  # "..., Russian Foreign Ministry spokesperson Maria Zakharova said": her
                return _key(s, people[0])
            if named:
                return _key(s, named[0])
            if _PRONOUN_EN.search(s.folded, b, after.end()):
                return _he(s, voice)
            if voice.statement and _THE_STATEMENT_EN.search(s.folded, b, after.end()):
                return voice.statement  # '"...," the statement said': the statement told before
        before = [m for m in outside if m.end <= a]
        said_before = _SAID_BEFORE_EN.search(s.folded, max(0, a - 60), a)
        if before and said_before:
            return _key(s, before[-1])
        if said_before and _PRONOUN_EN.search(s.folded, max(0, said_before.start() - 8), said_before.start()):
            return _he(s, voice)  # 'He said, "..."
    else:
        if outside:
            introduced = [m for m in outside if m.end <= a and re.fullmatch(r"[\s,:]*", s.folded[m.end : a])]
            if introduced:  # "... vurgu yapan Michel, \"...\"": the name that opens the quote
                return _key(s, introduced[-1])
            nominative = [m for m in outside if "'" not in s.folded[m.start : m.end]]
            return _key(s, (nominative or outside)[0])
        if b < len(s.text) and _SAY_TR.search(s.folded, b, b + 60):
            return voice.person
    if b == len(s.text) and s.lang == "en":
        ahead = _speaker_ahead(s, voice)
        if ahead:
            return ahead
    if a == 0:  # a quote going on from the last sentence, or opening this one: named before
        if voice.continued:
            return voice.speaker or voice.person
        if voice.statement and s.index - voice.statement_at <= 1:
            return voice.statement  # "Açıklamada, ...: \"...\"": the statement just told goes on
        if voice.said and s.index - voice.said_at == 1:
            return voice.said  # "Blinken said he and ... will ...¶ “Over the last year, ...": his words
        return voice.person or voice.speaker
    return ""


def _signed_after(s: Sentence) -> str:
    """Words in the first person signed in brackets at their end, in this sentence or the next:
    "... to live as neighbors again (Ilham Aliyev, Azerbaijani President)"."""
    rest = s.view.text[s.base : s.base + len(s.text) + 400]
    sign = _SIGNATURE.search(rest)
    if sign is None or sign.start() > len(s.text) + 300:
        return ""
    name = sign.group("name")
    for key, _, _ in s.lexicon.find(name, fold(name)):
        if s.lexicon.entities[key].type == "Person":
            return key
    return ""


def _speaker_ahead(s: Sentence, voice: Voice) -> str:
    """A quote that runs on past the sentence: the speaker named after it closes, a few
    sentences on ("“... We attach great importance to this process. ...,” Bayramov said")."""
    rest = s.view.text[s.base + len(s.text) : s.base + len(s.text) + 1200]
    close = min((i for i in (rest.find(c) for c in _QUOTE_CLOSE + '"') if i >= 0), default=-1)
    if close < 0:
        return ""
    after = rest[close + 1 : close + 160]
    folded = fold(after)
    said = _SAID_AFTER_EN.match(folded)
    if said is None:
        return ""
    stop = folded.find(".", said.end())
    limit = min(said.end() + 40, stop if stop >= 0 else len(folded))
    named = [
        (key, start)
        for key, start, _ in s.lexicon.find(after, folded)
        if start <= limit and s.lexicon.entities[key].type in AGENT_TYPES
    ]
    people = [key for key, _ in named if s.lexicon.entities[key].type == "Person"]
    if people:  # "..., EU High Representative ..., Kaja Kallas, said": the person, not the EU of her title
        return people[0]
    if named:
        return named[0][0]
    return _he(s, voice) if _PRONOUN_EN.search(folded, 0, said.end()) else ""


def _frame_speaker(s: Sentence, agents: list[M], trigger: int) -> str:
    """The speaker of a reported frame around the trigger: "according to X, ...", "X'e göre",
    "X'in açıklamasında", "Dışişleri Bakanlığı'ndan yapılan açıklamada"."""
    if s.lang == "en":
        for match in _ACCORDING_EN.finditer(s.folded):
            speaker = next(
                (
                    m
                    for m in agents
                    if match.end() <= m.start <= match.end() + 40
                    and "," not in s.folded[match.end() : m.start]
                ),
                None,
            )
            if speaker is not None and (
                (match.start() < 3 and trigger > match.end()) or trigger < match.start()
            ):
                return _key(s, speaker)
        return ""
    for match in _GORE_TR.finditer(s.folded):
        speaker = next((m for m in agents if m.start < match.start() <= m.end + 3), None)
        if speaker is not None and match.end() <= trigger + 40:
            return _key(s, speaker)
    return ""


# one step called important (not "taking further steps in the process": a call to act in it)
_STEP_TOWARDS = re.compile(r"\bstep\b|\badim(?!lar)|milestone|merhale|dönemeç|kilometre taşi")
# the acts whose subject an accusation names ("Azerbaijan violates the ceasefire", "Baku is attacking
# Armenia's border", "Yerevan is torpedoing the talks"), in someone's words
_ACCUSED_ACT = re.compile(r"violat|attack|shell|torpedo|sabotag|stall")
_TURN = re.compile(
    r"turning point|new (?:beginning|page|chapter)|step forward|right direction|\bachievement\b|\bsuccess\b|"
    r"yeni bir (?:başlangiç|sayfa)|doğru yönde|ileriye|bir başari\b"
)
_ISSUED_STATEMENT_EN = re.compile(r"\b(?:statement|communiqu\w+|press release)\b")
_DOCUMENT_SUBJECT_EN = re.compile(
    r"\b(?:the|this|that|these|those|its|their) (?:[\w-]+ ){0,2}"
    r"(?:accord|agreement|deal|declaration|statement|"
    r"document|treaty|text|communiqu\w+|resolution|report|article)\s+(?:also\s+|only\s+|clearly\s+)?$"
)
_THING_SUBJECT = re.compile(r"(?:'s)?\s+(?:also\s+|has\s+|have\s+|had\s+|which\s+|that\s+)?")
_PARTICIPLE_TR = re.compile(
    r"(?:[\w'çğıöşü]*\s+(?:[\w'çğıöşü]+\s+){0,3}?)?(?P<verb>[\w'çğıöşü]*(?:y[ae]n|[^aeıioöuü\s'][ae]n))\s+"
    r"(?P<title>(?:[\w'çğıöşü]+\s+){0,2})"  # a first name or a title: "... getiren Mesud Pezeşkiyan"
)
_MONTHS = frozenset(fold(name) for name in MONTHS)  # a participle's test: not a date's month


# "... yol açtığını dile getiren Kapucu, ...", "... güçlendireceğini bilen İran, ...", "... ev sahipliği yapan
# Almanya Dışişleri Bakanı Baerbock, ...": the name a subject participle heads, set off by a comma, is the
# main clause's subject; the names inside the relative clause before it are not
_RELATIVE_HEAD_TR = re.compile(
    r"(?P<verb>[a-zçğıöşü]{2,}(?:y[ae]n|[^aeıioöuü\s'dt][ae]n))\s+(?P<title>(?:[\w'çğıöşü]+\s+){0,3})$"
)
_NOT_PARTICIPLE_TR = frozenset({"zaman", "hemen", "tamamen", "yeniden", "birden", "neden", "iken", "olan"})


def _relative_head_tr(s: Sentence, agents: list[M], start: int) -> M | None:
    """The last name before ``start`` that a subject participle heads ("bilen İran,")."""
    for m in sorted(agents, key=lambda m: m.start, reverse=True):
        if m.end > start or not s.folded.startswith(",", m.end):
            continue
        head = _RELATIVE_HEAD_TR.search(s.folded, max(0, m.start - 60), m.start)
        if head is None or head.group("verb") in _NOT_PARTICIPLE_TR:
            continue
        verb_at = head.start("verb")
        if not s.text[verb_at].islower() or any(x.start <= verb_at < x.end for x in s.mentions):
            continue
        title = s.text[head.start("title") : head.end("title")]
        if all(w[:1].isupper() for w in title.split()):
            return m
    return None


def _participle_agent(s: Sentence, agents: list[M], start: int, end: int) -> list[M]:
    """ "... önemini vurgulayan Şi", "endişelerini dile getiren Pezeşkiyan": the agent the
    participle describes."""
    word = s.folded.rfind(" ", start, end) + 1 or start
    for m in agents:
        if end <= m.start <= end + 50:
            gap = s.folded[word : m.start]
            participle = _PARTICIPLE_TR.fullmatch(gap) if "," not in gap and "." not in gap else None
            if participle is None or participle.group("verb") in _MONTHS:
                return []
            title = s.text[word + participle.start("title") : word + participle.end("title")]
            if all(w[:1].isupper() for w in title.split()):  # "Mesud", "Bakan", not "2024 tarihinde"
                return [m]
            return []
    return []


_PREPOSITION_EN = re.compile(
    r"\b(?:between|with|among|to|from|against|on|of|for|in|by|at|towards?|including|like|than|into|"
    r"over|across|through|via|about|visit(?:ed|ing)?|met|meet|'s)\s+(?:the\s+)?$"
)


_PARTICIPLE_EN = re.compile(r",\s*(?:\w+ly\s+)?$")
_WITH_BEFORE_EN = re.compile(r"\bwith\s+(?:the\s+)?$")
_MET_WITH_EN = re.compile(
    r"\b(?:meeting|talks|negotiations|conversation|call|visit|summit)\s+with\s+(?:the\s+)?"
    r"(?:[\w.'-]+\s+(?:and\s+)?){0,10}$"
)
_WITH_AFTER_EN = re.compile(
    r"(?:\s+and\s+(?:his|her|its|their)\s+\w+)?\s+(?:(?:\w+ly|often|also|again|still|now)\s+)?"
)
_WITH_SAYING_EN = re.compile(
    r"\s+(?:\w+ly\s+|also\s+)?(?:stressing|emphasi[sz]ing|underlining|noting|highlighting|saying|adding|"
    r"reiterating|expressing|voicing)\s+(?:that\s+)?(?:the\s+|his\s+|her\s+|its\s+)?"
)
_THEY_EN = re.compile(r"\bthey\b")
_EXPRESSED_EN = re.compile(
    r"(?!'s)[^;:]*\b(?:express|reaffirm|reiterat|stress|voic|confirm|underlin|emphasi|said|stated|declar|announc|"
    r"restat|reasser|underscor|highlight|repeat|conve[yi]|doubl\w* down|made clear|spel\w* out)"
)
_PARTIES_EN = re.compile(r"\bthe (?:two |both )?(?:parties|sides)\b")
_POSSESSIVE_EN = re.compile(r"\b(?:its|their)\s+(?:\w+\s+){0,2}$")
_ANONYMOUS_EN = re.compile(r"\b(?:officials|sources|diplomats)\b")
# unnamed people governed by a preposition are no source: "the behaviour of Russian officials",
# "told to officials"
_OBJECT_OF_EN = re.compile(
    r"\b(?<!according )(?:of|by|to|with|from|against|for|among|between|on|about)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_APPOSITION_EN = re.compile(r",[^,;]{3,120},")
# every apposition, overlapping ("On Monday, X, a senior adviser to Y, criticised": the second)
_TOLD_EN = re.compile(
    r"\b(?:told|tells|telling|informed|informs|assured|assures|reminded|briefed)\s+(?:the\s+)?"
    r"(?:[\w.'-]+\s+){0,4}$"
)
_AND_BEFORE_EN = re.compile(r"\band\s+(?:the\s+)?$")
_PREPOSITION_OBJECT_EN = re.compile(r"\b(?:on|in|at|from|to|by|of|with|against|into|over|for)\s+(?:the\s+)?$")
_CLAUSE_NOT_APPOSITION_EN = re.compile(r",\s*(?:and|but|or)\s|,[^,]*\bthat\s")
_APPOSITIONS_EN = re.compile(r"(?=(,[^,;]{3,120},))")
_NOT_THE_SPEAKER_EN = re.compile(r",|\b(?:by|to|as|in|on|at|citing|quoting)\b")
_WHO_EN = re.compile(r",\s*(?:who|which)\b[^,;]*$")
_PREPOSITION_TITLED_EN = re.compile(
    r"\b(?:between|with|among|to|from|against|on|for|by|at|towards?|including|than|met|meet|visited)\s+"
    r"(?:the\s+)?(?:(?:[a-z]+(?:an|ani|ese|ish|ic|i)|president|prime|minister|foreign|deputy|secretary|"
    r"counterpart|leader|spokes\w+|chairman|head|chief)\s+){1,4}$"
)
# genitive, dative, ablative, locative ("ülkenin", "tarafa"); not "-ı", which is as often the
# possessive of a compound title ("Ermenistan Başbakanı") as an accusative
# a passive verb ("desteklenmektedir", "memnuniyetle karşılandı"), whose agent "X tarafından" names
_PASSIVE_TR = re.compile(r"(?:len|lan|[iu]l(?:d|m|i)|n(?:ir|di|miş|mekte|makta))")
_BY_TR = re.compile(r"\s+tarafindan\b")
_PROJECT_DATIVE_TR = re.compile(r"\s+(?:proje|plan|girişim|fikr|inşa)\w*?(?:[ysn][ae])\b")
_ADVERB_VERB_TR = re.compile(r"\s+(karşila\w*|bakil\w*|değerlendiril\w*|selamlan\w*|(?<=talep )edil\w*)")
_SUBJECT_PAIR_TR = re.compile(r"\s+ile\s+[\w'çğıöşü]+(?:\s+[\w'çğıöşü]+)?,")
# a name before a capitalized noun modifies it: "İran Yüksek Lideri", "Azerbaycan Cumhurbaşkanı"
_MODIFIER_TR = re.compile(r" [A-ZÇĞİÖŞÜ]")
_POSTPOSITION_TR = re.compile(r"\s+(?:ile|için|gibi|kadar|göre|karşi|dişinda|tarafindan)\b")
_CASE_TR = re.compile(r"(?:n[iuü]n|[iuü]n|n[ae]|y[ae]|d[ae]n|t[ae]n|d[ae]|t[ae])$")


def _nominative(s: Sentence, m: M) -> bool:
    """A Turkish mention in the nominative: a name with no suffix after an apostrophe, a common
    noun ("iki ülke", "taraflar") with no case ending."""
    surface = s.folded[m.start : m.end]
    if "'" in surface:
        return False
    if _SIDE_CASE_TR.match(s.folded, m.end):
        return False  # "Gürcistan tarafının", "Ermenistan yönetimine": the side in a case
    return m.kind == "name" or not _CASE_TR.search(surface)


# a name with its side or government after it, in a case ("Gürcistan tarafının", "Bakü yönetimine")
_SIDE_CASE_TR = re.compile(r"\s+(?:taraf|yönetim|hükümet|liderliğ)[ıi](?:n[ıi]n|n[ae]|n[ıi]|nda|ndan|yla)\b")


# "Türkiye ve Azerbaycan'ın desteklediği koridora ... karşı": a genitive (with what is joined to it)
# before a relative participle is the subject of that relative clause, not of the main one
_RELATIVE_PARTICIPLE_TR = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?\w+(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü](?!n[ıiuü])\b"
)


_SAID_BY_PARTICIPLE_TR = re.compile(
    r"\w(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|[dt][ıiuü]kl[ae]r)[ıiuü]n[ıiuü]\s+(?:\w+\s+)?(\w+y?[ae]n)\s+[\w'çğıöşü]"
)


# "X olumlu yaklaşsa da, muhalefet karşı çıkıyor": a concessive clause ends before the main one
_CONCESSIVE_TR = re.compile(r"\w{2,}s[ae]\s+(?:da|de|bile)\b")


def _in_relative_tr(s: Sentence, m: M, start: int) -> bool:
    """``m`` is (or is joined to) a genitive whose relative participle comes before the trigger,
    or the subject of a concessive clause ("yaklaşsa da") that ends before the trigger."""
    if _CONCESSIVE_TR.search(s.folded, m.end, start):
        return True
    said = _SAID_BY_PARTICIPLE_TR.search(s.folded, m.end, start)
    if said is not None and said.group(1) not in _NOT_PARTICIPLE_TR:
        # "Barışın Bakü ve Erivan'ın ortak çabası olduğunu anlatan Başbakan, ...": the clause a participle
        # of saying closes is what its head said; its names are not the main verb's subject
        return True
    group = s.coordination(m, AGENT_TYPES)
    # "İran, Azerbaycan'ın önerdiği ...": a subject set off by a comma is not in the list; a list
    # ends with "ve" / "ile" ("Rusya, İran ve Türkiye'nin desteklediği")
    if len(group) > 1 and not re.search(r"\s(?:ve|ile)\s", s.folded[group[-2].end : group[-1].start]):
        group = [m]
    last = group[-1]
    if not re.search(r"'n?[ıiuü]n$", s.folded[last.start : last.end]):
        return False
    verb = _RELATIVE_PARTICIPLE_TR.match(s.folded, last.end)
    return verb is not None and verb.end() <= start


def _oblique(s: Sentence, m: M) -> bool:
    """The agent is no subject: the object of a preposition ("between Armenia and Azerbaijan",
    "with Baku"), or one of two named as "X ile Y arasında"."""
    if s.lang == "en":
        first = s.coordination(m, AGENT_TYPES, forward=False)[0] if m.start > 0 else m
        before = s.folded[max(0, first.start - 60) : first.start]
        return bool(_PREPOSITION_EN.search(before) or _PREPOSITION_TITLED_EN.search(before))
    after = s.folded[m.end : m.end + 50]
    at = after.find("arasinda")
    if at >= 0 and "," not in after[:at] and _PAIR_MEMBER_TR.match(after):
        # "Ermenistan ile Azerbaycan arasında": one of the pair (not "Türkiye de Ermenistan ile
        # Azerbaycan arasındaki süreci destekliyor", whose subject comes before the pair)
        return True
    if _SUBJECT_PAIR_TR.match(s.folded, m.end):
        return False  # "ABD ile Ermenistan, ... açıkladı": the two are the subject
    if _POSTPOSITION_TR.match(after) or after.startswith(("-", "–")):
        return True  # "X ile", "tüm taraflar için": governed by a postposition
    return s.folded[max(0, m.start - 1) : m.start] in ("-", "–")


_PAIR_MEMBER_TR = re.compile(r"(?:'\w+)?\s+(?:(?:ile|ve)\b|arasinda)")
_CAPITAL_AGENTS = AGENT_TYPES | {"Place"}
_PLACE_BEFORE_EN = re.compile(r"\b(?:in|at|from|to|into|near)\s+(?:the\s+)?$")


def _subject(s: Sentence, voice: Voice, agents: list[M], start: int, exclude: set[str],
             quotes: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[M] | list[str]:  # fmt: skip
    """The clause's subject before the trigger."""
    candidates = [
        m
        for m in agents
        if m.end <= start
        and m.key not in exclude
        and not any(a <= m.start < b for a, b in quotes)
        and not any(a <= m.start < b for a, b in spans)
        and not _oblique(s, m)
        and not (s.lang == "tr" and _in_relative_tr(s, m, start))
    ]
    if s.lang == "en":
        cochairs = _COCHAIRS_EN.search(s.folded, max(0, start - 40), start)
        if cochairs is not None and "minsk" in fold(s.view.text) and "osce-minsk-group" not in exclude:
            # "The Co-Chairs welcome ...", "OSCE MG Co-Chairs welcome ...": their joint statement is the
            # Minsk Group's (the persons the co-chairs are, if the text names them, speak as the group)
            return ["osce-minsk-group"]
        absolute = [
            m
            for m in agents
            if m.end <= start
            and m.key not in exclude
            and _WITH_BEFORE_EN.search(s.folded, max(0, m.start - 12), m.start)
            and (
                _WITH_AFTER_EN.fullmatch(s.folded, m.end, start)
                # "with the Turkish president stressing the importance of": the -ing verb before the trigger
                or _WITH_SAYING_EN.fullmatch(s.folded, m.end, start)
            )
        ]
        if absolute and (
            re.match(r"\w+ing\b", s.folded[start:])
            or _WITH_SAYING_EN.fullmatch(s.folded, absolute[-1].end, start)
        ):
            return absolute[-1:]  # "..., with Pashinyan and his allies often accusing Russia": theirs
        relative = _WHO_EN.search(s.folded, 0, start)
        if relative is not None:  # "Erdoğan, who said he would support ...": the one described
            antecedent = s.ending_near(relative.start(), AGENT_TYPES, r"(?:'s)?\s*")
            if antecedent is not None and antecedent.key not in exclude:
                return [antecedent]
        if _PARTICIPLE_EN.search(s.folded, max(0, start - 30), start) and re.match(
            r"\w+ing\b", s.folded[start:]
        ):
            # "The foreign ministers of ... held a meeting ..., subsequently hailing the railway": the
            # main clause's subject
            main = [m for m in candidates if m.kind == "group"] or candidates[:1]
            if main:
                return list(main)
        owner = s.ending_near(start, AGENT_TYPES, r"'s?\s+(?:[\w-]+\s+){0,2}")
        if owner is None:
            # "Moscow's tacit support for the corridor": a capital owning the stance is its state
            capital = s.ending_near(start, {"Place"}, r"'s?\s+(?:[\w-]+\s+){0,2}")
            if capital is not None and capital.key in s.lexicon.capitals():
                owner = capital
        if owner is not None and owner.key not in exclude and owner.kind != "demonym":
            people = [
                m for m in agents if m.type == "Person" and m.end <= owner.start and m.key not in exclude
            ]
            if (
                people
                and _key(s, owner) in _sides(s, people[-1].key)
                and people[-1].key != owner.key
                and _EXPRESSED_EN.match(s.folded, people[-1].end, owner.start)
            ):
                return [
                    people[-1],
                    owner,
                ]  # "Raisi reiterated Iran's opposition": he and the state he speaks for
            # "both Aliyev's and Pashinyan's stated desire": each owner joined to the last
            owners = [owner]
            while True:
                joined = s.ending_near(
                    owners[0].start, AGENT_TYPES, r"['’]s?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                )
                if (
                    joined is None
                    or joined.key in exclude
                    or joined.kind == "demonym"
                    or (
                        joined.type == "Place"
                        and _PLACE_BEFORE_EN.search(s.folded, max(0, joined.start - 8), joined.start)
                    )
                ):
                    break  # "the talks in Baku and Yerevan's readiness": a place, not an owner
                owners.insert(0, joined)
            return owners  # "Russia's latest push for", "Azerbaijan's Turkish-backed demands for"
        clause = 0
        for c in _CLAUSE_EN.finditer(s.folded, 0, start):
            clause = c.end()
        heads = [
            m
            for m in sorted(s.mentions, key=lambda m: m.start)  # a treaty rule may have consumed them
            if clause <= m.start
            and m.end <= start
            and m.type == "State"
            and m.key not in exclude
            and _HEADS_OF_EN.search(s.folded, max(clause, m.start - 40), m.start)
        ]
        if heads and not any(m.type == "Person" and clause <= m.start < heads[0].start for m in candidates):
            # "the leaders of Azerbaijan and Armenia reaffirmed ...": unnamed heads stand for their states
            return _join([m for m in s.mentions if m.type == "State" and m.end <= start], heads[0], s.folded)
        relatives = [r.span() for r in _RELATIVE_EN.finditer(s.folded, clause, start)]
        # "Serdar Kilic, Türkiye's special envoy to ..., thanked": an apposition just before the verb
        relatives += [
            a.span(1)
            for a in _APPOSITIONS_EN.finditer(s.folded, clause, start)
            if a.end(1) <= start
            and start - a.end(1) <= 20
            and any(m.end <= a.start(1) for m in candidates)
            # ", and noted that Türkiye,": a clause of its own, not an apposition
            and not _CLAUSE_NOT_APPOSITION_EN.match(a.group(1))
        ]
        before = [
            m
            for m in candidates
            if clause <= m.start
            and not any(a <= m.start < b for a, b in relatives)
            and not re.match(r"\s*(?:'s\s+)?(?:to|for|of)\b", s.folded[m.end : m.end + 12])
            # "Pashinyan told Michel that ...": the one told is not the one who says it
            and not _TOLD_EN.search(s.folded, max(0, m.start - 50), m.start)
            # "the meeting with Pashinyan and Aliyev was very useful": those met are not who says it
            and not _MET_WITH_EN.search(s.folded, max(0, m.start - 120), m.start)
            # "call on the sides to continue the dialogue between the foreign ministers of Armenia and
            # Azerbaijan, to promote peace": those a dialogue is between are not who promotes it
            and not (
                _BETWEEN_EN.search(s.folded, max(0, m.start - 60), m.start)
                and not _WHOSE_EN.search(s.folded, m.end, start)  # "links between A and B, whose leaders"
            )
            # "Iran supports Armenia and opposes the corridor": the first verb's object is not the
            # second's subject, when that verb has its own subject before it
            and not (
                _VERB_OBJECT_EN.search(s.folded, max(clause, m.start - 40), m.start)
                and any(c.end <= m.start - 5 and clause <= c.start for c in candidates)
            )
            # "The statement signed by Russia, Armenia and Azerbaijan is important, Peskov said": the
            # agents of a participle describing the thing are not who judges it
            and not _PARTICIPLE_BY_EN.search(s.folded, max(0, m.start - 70), m.start)
            # "Azerbaijani protesters set up a protest camp": a crowd, a press or the opposition of a
            # country is not its state
            and not _CROWD_EN.match(s.folded, m.end)
            # "call on the sides to continue the dialogue": those called on are asked, they do not say
            and not _CALL_ON_EN.search(s.folded, max(0, m.start - 40), m.start)
        ]
        if _POSSESSIVE_EN.search(s.folded, max(0, start - 30), start):
            # "Iran reasserted its opposition", "thanked Iran for reaffirming its strong opposition"
            owners = [m for m in agents if clause <= m.start and m.end <= start and m.key not in exclude]
            if owners:
                # "The two parties have expressed their gratitude": every side the one mention stands for
                last = owners[-1]
                same = [m for m in owners if (m.start, m.end) == (last.start, last.end)]
                possessive = _POSSESSIVE_EN.search(s.folded, max(0, start - 30), start)
                if possessive is not None and possessive.group(0).startswith("their") and len(same) == 1:
                    # "Moscow and Baku have stepped up their opposition": each of the subjects joined
                    their = s.coordination(last, _CAPITAL_AGENTS, forward=False)
                    return [m for m in their if clause <= m.start and m.key not in exclude] or same
                return same
        if not before and any(
            not _OBJECT_OF_EN.search(s.folded, max(0, a.start() - 40), a.start())
            for a in _ANONYMOUS_EN.finditer(s.folded, clause, start)
        ):  # "officials said", not "the behaviour of Russian officials is unacceptable"
            return ["anonymous"]
        parties = _PARTIES_EN.search(s.folded, clause, start) if not before else None
        if parties is not None and _CALL_ON_EN.search(
            s.folded, max(0, parties.start() - 30), parties.start()
        ):
            parties = None  # "call on the sides to continue the dialogue": asked, not saying
        if parties is not None and not any(parties.start() <= m.start < parties.end() for m in agents):
            named = [m.key for m in agents if m.type == "State" and m.end <= parties.start()]
            # after a meeting, "the parties" are those who met, by the side they speak for; of a
            # meeting of many, which of them the text does not say
            sides = _sides_of_meeting(s, voice)
            if len(sides) > 2:
                return []
            if sides:
                return sides
            pair = list(dict.fromkeys(reversed(voice.states + named)))[:2]
            if len(pair) == 2:  # else the two states named last (the README: "the states named before")
                return pair
        if not before and voice.group and _THEY_EN.search(s.folded, clause, start):
            return list(voice.group)  # "The Ministers: ... they emphasized ..."
        pronoun = None
        for p in _PRONOUN_EN.finditer(s.folded, max(clause, before[-1].end if before else clause), start):
            pronoun = p
        if pronoun is not None and (not before or start - before[-1].end > 25):
            people = [
                m for m in agents if m.type == "Person" and m.end <= pronoun.start() and m.key not in exclude
            ]
            if people:
                return [people[-1]]
            he = _he(s, voice)
            return [he] if he else []
        if not before:
            return []
        # "Yerevan and Baku were ready": capitals joined as their states are
        capitals = s.lexicon.capitals()
        joinable = _CAPITAL_AGENTS if any(m.key in capitals for m in candidates) else AGENT_TYPES
        group = s.coordination(before[-1], joinable, forward=False)
        # "... sparked by Israel's attacks on Iran, Erdoğan highlighted": an object of a preposition set
        # off by a comma ends a fronted phrase; it is not joined to the subject after the comma
        # ("the meeting of the ministers of Azerbaijan and Armenia, US Secretary of State Blinken had":
        # the preposition's objects joined by 'and' end there too)
        cut = []
        object_of = False
        for m in sorted(group, key=lambda m: m.start):
            if m.start >= before[-1].start:
                break
            object_of = bool(_PREPOSITION_OBJECT_EN.search(s.folded, max(0, m.start - 12), m.start)) or (
                object_of and bool(_AND_BEFORE_EN.search(s.folded, max(0, m.start - 10), m.start))
            )
            if (
                object_of
                and s.folded[m.end : m.end + 2].startswith(",")
                and not re.match(r",\s*(?:and|or)\b", s.folded[m.end : m.end + 8])
            ):
                cut.append(m)
        if cut:
            last_cut = max(m.start for m in cut)
            group = [m for m in group if m.start > last_cut]
        if len(group) == 1:
            group = s.coordination(group[0], joinable)
        else:  # the last subject may be a name the discovery rules found, listed after the lexicon's
            group += [m for m in s.coordination(before[-1], joinable) if m not in group]
        group = [
            m
            for m in group
            if m.type in AGENT_TYPES
            or (m.key in capitals and not _PLACE_BEFORE_EN.search(s.folded, max(0, m.start - 8), m.start))
        ]
        # a group word stands for several ("the Special Representatives": both envoys)
        group += [m for m in candidates if m.kind == "group" and m not in group and (m.start, m.end) in
                  {(g.start, g.end) for g in group}]  # fmt: skip
        grouped = {(m.start, m.end) for m in group if m.kind == "group"}
        return [
            m
            for m in group
            if clause <= m.start
            and m.end <= start
            and not any(a <= m.start < b for a, b in relatives)
            and not (
                m.kind == "coref" and (m.start, m.end) in grouped
            )  # the group's members, not all who met
        ]
    reporter = _reported_subject_tr(s, candidates, start, spans)
    if reporter:
        return reporter
    nominative = [
        m
        for m in candidates
        if _nominative(s, m)
        and s.folded[m.end : m.end + 1] not in "-–"
        and (
            not _MODIFIER_TR.match(s.text, m.end)
            or any(x.start == m.end + 1 and x.type in _THING_TYPES for x in s.mentions)
        )
    ]
    if nominative:
        group = [nominative[0]]
        for m in candidates:
            # "Erdoğan ve Savunma Bakanı Hulusi Akar": the title before the second is no word between
            if m.start >= group[-1].end and re.fullmatch(
                r"\s+(?:ve|ile|hem de)\s+", s._gap(group[-1].end, m.start)
            ):
                group.append(m)
        return list(group) + [
            m for m in candidates if (m.start, m.end) == (group[0].start, group[0].end) and m is not group[0]
        ]
    genitive = [m for m in candidates if re.search(r"'n?[iuü]n$", s.folded[m.start : m.end])]
    if genitive and s.folded.startswith(",", genitive[0].end):
        return [genitive[0]]  # "Azerbaycan'ın, ... şartını öne sürdüğü": the subject of a clause
    if genitive and re.match(r"\w*(?<![dt])[iuü]\b", s.folded[start:]) and start - genitive[-1].end <= 40:
        return [genitive[-1]]  # "Rusya'nın TRIPP'e itirazı": a noun's owner says it
    if not candidates and _UNNAMED_TR.match(s.folded):
        return ["anonymous"]  # "Avrupalı liderler, ... çağrı yaptı": unnamed people, not the last one named
    if (
        not candidates
        and voice.person
        and not any(m.type in AGENT_TYPES and m.end <= start and m.kind == "name" for m in s.mentions)
        and _active_say_tr(s, start)
    ):  # "Ayrıca, ... öncelik olduğuna dikkat çekti": the one who spoke last goes on
        return [voice.person]
    word = _WORD_REST.match(s.folded, start)
    trigger_word = s.folded[start : word.end()] if word is not None else ""
    ablative = [
        m
        for m in candidates
        if m.start <= 40 and start - m.end <= 80 and _ABLATIVE_TR.search(s.folded[m.start : m.end])
    ]
    if ablative and not _VERB_END_TR.search(trigger_word) and not _MOTION_TR.match(s.folded, ablative[0].end):
        return ablative[:1]  # "Dışişleri Bakanlığı'ndan Ermenistan'a kınama": a headline's "from X"
    return []


# a sentence opening with unnamed people as its subject: "Avrupalı liderler,", "Yetkililer", "Diplomatik
# kaynaklar" (the README: ``anonymous``)
_UNNAMED_TR = re.compile(
    r"^(?:[\w']+\s+){0,2}?(?:liderler|yetkililer|kaynaklar|diplomatlar|gözlemciler|uzmanlar|analistler)"
    r"(?:\s|,)"
)
# a participle trigger describing someone's words: "... destekleyen açıklamaları", "karşı çıkan sözleri"
_WORDS_OF_TR = re.compile(r"(?<=[ae]n)\s+(?:açiklama|söz|ifade|beyan|mesaj)\w*(?:ler|lar)?[ıi]")


def word_end(s: Sentence, end: int) -> int:
    """Where the word that runs on from ``end`` ends."""
    rest = _WORD_REST.match(s.folded, end)
    return rest.end() if rest is not None else end


# a noun trigger with its owner's possessive ("endişesini", "desteğinin", "tepkisi", "itirazlarını")
_POSSESSED_NOUN_TR = re.compile(
    r"(?:endişe(?:ler)?|kaygi(?:lar)?|desteğ|tepki(?:ler)?|itiraz(?:lar)?|memnuniyet|taahhüd|çağri(?:lar)?)"
    r"(?:s[iıu]|[iıuü])(?:n[iıuü]n|n[iıuü]|n[ae]|nd[ae]n|nd[ae]|yl[ae])?"
)


def _owner_of_noun_tr(s: Sentence, agents: list[M], match: re.Match[str], exclude: set[str]) -> M | None:
    """The genitive right before a possessed noun trigger ("İran'ın endişesini", "Rusya'nın
    desteğiyle"): whose concern, support or reaction it is."""
    word = _WORD_REST.match(s.folded, match.start())
    if word is None or not _POSSESSED_NOUN_TR.fullmatch(word.group(0)):
        return None
    # the last agent before it, in the same stretch of the clause ("İran'ın Zengezur koridoruna ilişkin
    # endişesini")
    before = [m for m in agents if m.end <= match.start() and match.start() - m.end <= 80]
    if not before or before[-1].key in exclude or "," in s.folded[before[-1].end : match.start()]:
        return None
    if re.search(r"'n?[ıiuü]n$", s.folded[before[-1].start : before[-1].end]):
        return before[-1]
    return None


# "Zengezur güzergahıyla ilgili talepleri", "koridora ilişkin çağrı": a demand about a thing, not for it
_ABOUT_TR = re.compile(r"[\w']*(?:\s+[\w']+)?\s+(?:ile\s+)?(?:ilgili|ilişkin|hakkinda|konusunda|dair)\b")
_DATIVE_TR = re.compile(r"'?(?:y|n)?[ae]$")
_ABLATIVE_TR = re.compile(r"'n?[dt][ae]n$")
_VERB_END_TR = re.compile(r"(?:[dt][iıuü]|yor|m[iıuü]ş|[ae]c[ae]k|[dt][iıuü]r)\w{0,5}$")
_MOTION_TR = re.compile(r"\s+(?:gelen|giden|dönen|ayrilan|gelecek|dönecek)\b")


# a reported clause's verb: "baktığını", "desteklediğini", "destekleyeceğini"
# "hazır olduğunu", "destekleyeceğini", and the plural "hazır olduklarını", "destekleyeceklerini"
_REPORTED_VERB_TR = re.compile(
    r"(?:\w+\s+){0,2}?\w*(?:(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)|(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r)[ıiuü]n[ıiuü]\b"
)
_GENITIVE_TR = re.compile(r"'?n?[ıiuü]n$")
_PLURAL_VERB_TR = re.compile(r"l[ae]r[ıiuü]n[ıiuü]$")


def _reported_subject_tr(
    s: Sentence, candidates: list[M], start: int, spans: list[tuple[int, int]]
) -> list[M]:
    """ "Erdoğan, İran'ın Zengezur Koridoru'na olumlu baktığını söyledi": a genitive after the
    speaker is the subject of the reported clause whose verb the trigger is (the stance is the
    one it is reported of, ``tests/devset/README.md``); the speaker's own side, named as the
    clause's subject ("Zarif, İran'ın ... hazır olduğunu yineledi", "Tahran yönetiminin ... karşı
    olduğunu belirten Azizi"), holds it with the speaker who speaks for it."""
    verb = _REPORTED_VERB_TR.match(s.folded, start, start + 40)
    if verb is None:
        return []
    plural = _PLURAL_VERB_TR.search(verb.group(0)) is not None
    word = _WORD_REST.match(s.folded, start)
    if word is not None and _PASSIVE_TR.search(word.group(0), 3):
        return []  # "anlaşmanın imzalanabileceğini söyledi": a passive's genitive is what it is done to
    # the speaker: the last name in the nominative set off by a comma ("Erdoğan, ..."), else the one a
    # participle of saying after the clause describes ("... olduğunu belirten Azizi")
    speakers = [c for c in candidates if _nominative(s, c) and s.folded.startswith(",", c.end)]
    after = _SAYING_PARTICIPLE_TR.match(s.folded, word.end() if word is not None else start)
    if after is not None:
        described = [m for m in _agents(s) if after.end() <= m.start <= after.end() + 40]
        speakers = described[:1]
    if not speakers:
        return []
    speaker = speakers[-1]
    genitives = [
        m
        for m in candidates
        if _GENITIVE_TR.search(s.folded[m.start : m.end])
        and (after is not None or m.start > speaker.end)
        # "ABD'nin arabuluculuğunda imzalanan anlaşma": the owner of a noun in a participle's phrase
        and not _OWNER_IN_PARTICIPLE_TR.match(s.folded, m.end)
    ]
    if not genitives:
        return []
    if _CLAUSE_DONE_TR.search(s.folded, genitives[0].end, start):
        # "Paşinyan ile Aliyev'in ... devamı olacağını ve ... ümit ettiğini": the genitive's clause ended
        # before the trigger, whose subject is the speaker's
        return []
    if _key(s, genitives[0]) in _sides(s, _key(s, speaker)):
        # "Zarif, İran'ın ... hazır olduğunu yineledi": Iran's, and its minister's who speaks for it
        return (
            [speaker, genitives[0]]
            if genitives[0].type == "State" or genitives[0].key in s.lexicon.capitals()
            else []
        )
    # "Blinken, Azerbaycan ve Ermenistan'ın ... hazır olduğunu söyledi": the case ending on the last of
    # names joined is the whole subject's
    joined = s.coordination(genitives[0], AGENT_TYPES, forward=False)
    joined = [m for m in joined if m is genitives[0] or after is not None or m.start > speaker.end]
    if plural and len(joined) < 2 and genitives[0].kind != "group":
        # "hazır olduklarını": a plural verb wants names joined or a group ("iki liderin de"), not the
        # one name a noun in the clause belongs to ("Minsk Grubu'nun kapatılmasına ... karşıladıklarını")
        return []
    return joined


_OWNER_IN_PARTICIPLE_TR = re.compile(
    r"\s+\w+(?:[ıiuü]n[dt][ae]|[ıiuü]yl[ae]|s[ıiuü]n[dt][ae])\s+(?:\w+\s+)?\w+(?:[ıiuü]l|[ıiuü]n)?[ae]n\b"
)
_CLAUSE_DONE_TR = re.compile(r"\w(?:[ae]c[ae]ğ|[dt][ıiuü]ğ|[dt][ıiuü]kl[ae]r)[ıiuü]n[ıiuü]\s")
_SAYING_PARTICIPLE_TR = re.compile(
    r"\s+(?:\w+\s+){0,1}?(?:belirten|söyleyen|kaydeden|vurgulayan|ifade eden|dile getiren|açiklayan|"
    r"yineleyen|hatirlatan|bildiren)\s+"
)


def _sides_of_meeting(s: Sentence, voice: Voice) -> list[str]:
    """The sides of the last meeting told: its states and organizations, and the state or body
    of each person who took part (by the lexicon's roles at the date)."""
    date = s.document.date or s.doc_year
    sides: list[str] = []
    for key in voice.participants.get(voice.met, []):
        if s.type_of(key) == "Person":
            roles = [
                r.of for r in s.lexicon.roles_of(key, date) if s.type_of(r.of) in ("State", "Organization")
            ]
            sides += roles[:1]
        elif s.type_of(key) in ("State", "Organization"):
            sides.append(key)
    sides = list(dict.fromkeys(sides))
    people = [key for key in voice.participants.get(voice.met, []) if s.type_of(key) == "Person"]
    if len(sides) >= 2 and len(people) == len(voice.participants.get(voice.met, [])) == 2:
        return people
    return sides if len(sides) >= 2 else []


def _join(things: list[M], first: M, folded: str, forward: bool = True) -> list[M]:
    """``first`` and the things joined to it by "and", "ve", "ile" or commas."""
    out = [first]
    gap = re.compile(r"\s*(?:,\s*(?:and\s+|ve\s+|as well as\s+)?|\s+(?:and|ve|ile|as well as)\s+)(?:the\s+)?")
    while True:
        last = out[-1] if forward else out[0]
        if forward:
            nxt = [m for m in things if m.start >= last.end and gap.fullmatch(folded[last.end : m.start])]
        else:
            nxt = [m for m in things if m.end <= last.start and gap.fullmatch(folded[m.end : last.start])]
        if not nxt:
            return out
        if forward:
            out.append(min(nxt, key=lambda m: m.start))
        else:
            out.insert(0, max(nxt, key=lambda m: m.end))


_PARTICIPATION_OF = re.compile(
    r"\s*(?:to\s+)?(?:the\s+)?(?:participation|presence|involvement|role|inclusion)\s+of\s+(?:the\s+)?"
)
# "the corridor", "the route", "söz konusu güzergah": a corridor the coreference rules resolved
_CORRIDOR_WORD = re.compile(r"corridor|koridor|railway|demir ?yolu|route|güzergah|rota")
_HOSTING = re.compile(
    r"\bfor\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:\w+\s+){0,2}(?:host|initiat|organi[sz])"
)
_FOR_ACT_TR = re.compile(r"\s(?:i[çc]in|dolayi|ötürü)\s")
_HOSTING_TR = re.compile(r"ev sahipliğ|ev sahipligi|düzenlediği için|organize ettiği için")
# thanks for a visit, for coming, for the invitation accepted, for the reception or the hospitality:
# a welcome of the meeting the visit was ("thanked Tokayev for the visit", "Moskova'ya geldikleri için
# teşekkür etti", "expressing gratitude for the warm reception")
_VISIT = re.compile(
    r"\s*for\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|this\s+|your\s+)?(?:\w+\s+){0,3}?"
    r"(?:visit\w*|coming|reception|hospitality|welcome|accepting\s+(?:the\s+|our\s+|my\s+)?invitation)\b"
)
_VISIT_AFTER = re.compile(
    r"(?:\s+(?:you|him|her|them|(?:his|her|their|the)\s+(?:guests?|counterparts?)))?" + _VISIT.pattern
)
_VISIT_TR = re.compile(
    r"(?:ziyaret\w*|geldi(?:ği|gi|kleri|ğiniz|giniz)\w*|davet\w*\s+kabul\s+etti\w*|misafirperverli[kğg]\w*|"
    r"kabul\w*|a[ğg]irla\w*)\s+(?:i[çc]in|dolayi)\s+(?:[\w']+\s+){0,3}$"
)
_DAY = re.compile(r"historic day|tarihi bir gün")
_FRAMEWORK = re.compile(r".*within the framework of")
_REMOVAL = re.compile(r"abolish|dissolv|disband|removed|fesh|kapatilma|lağv")
_SUBJECT_TARGET_EN = re.compile(
    r"envisaged|not discussed|on the agenda|unacceptable|not acceptable|red line|be (?:resolved|settled)$"
)
_RELATIONS_WITH_TR = re.compile(
    r" ile (?:olan |ikili )?ilişki\w* (?:geliştiril|güçlendiril|derinleştiril)\w*"
)
_NOMINAL = re.compile(
    r"importance|milestone|momentous|historic|breakthrough|kilometre|dönüm|tarihi|merhale|dönemeç|önem|"
    r"plot|conspiracy|scheme|komplo|sahte|threat|"
    r"concern|red line|kirmizi|unacceptable|endişe|kayg|tehdit"
)
_ACCUSE_EN = re.compile(r"accus|blam")
_AGENT_OBJECT_EN = re.compile(r"\s+(?:the\s+)?(?:[A-Za-z-]+\s+){1,3}of\b")
_OBJECT_BEFORE_EN = re.compile(r"\s*[,–—-]?\s*(?:(?:one|the one)\s+)?(?:that|which)\s+[^;.:]{0,60}")
_RELATIONS_EN = re.compile(r"\b(?:relations|ties|cooperation|friendship|dialogue|contacts)\b")
_OBLIQUE_TR = re.compile(r"'(?:y?[ıiuü]|n[ıiuü]|y?[ae]|n[ae])$")


def _meeting_in_view(s: Sentence, voice: Voice) -> str:
    """The meeting the sentence tells, else the last one the document told (with a date)."""
    told = [
        st.subject
        for st in s.out
        if st.subject.startswith("meeting/") and st.modality == "asserted" and "?" not in st.subject
    ]
    recent = s.recent_meeting if "?" not in s.recent_meeting else ""
    key = told[0] if told else recent or voice.meeting
    return key if "?" not in key else ""


def _visit_met(s: Sentence, voice: Voice) -> str:
    """The meeting a visit thanked for was: the one in view, else the one the document told so far
    without its day ("meeting/?-moscow", dated at the end of the document as its facts are)."""
    key = _meeting_in_view(s, voice)
    if key:
        return key
    if s.recent_meeting.startswith("meeting/?"):
        return s.recent_meeting
    return voice.undated if voice.undated.startswith("meeting/?") else ""


def _hosted_by(s: Sentence, voice: Voice, host: M) -> str:
    """The meeting the document told that was held in the host's capital ("thanked the United
    States for hosting the talks": the one in Washington, not the one told last in passing)."""
    state = s.lexicon.capitals().get(host.key, host.key)
    capitals = {slug for slug, of in s.lexicon.capitals().items() if of == state}
    told = [*voice.participants, voice.meeting, s.recent_meeting]
    held = [key for key in told if key and "?" not in key and any(key.endswith("-" + c) for c in capitals)]
    return held[0] if held else ""


_PEOPLE_OF_EN = re.compile(
    r"\s+(?:to\s+|for\s+)?(?:our|the|their|its|his)\s+(?:brotherly\s+|fraternal\s+)?([a-z]+)\s+"
    r"(?:brothers|brethren|people|nation|allies|ally)\b"
)
_OWN_THING_EN = re.compile(r"\s+(?:its|their|his|her|our|my)\b")
_STAND_BY_EN = re.compile(
    r"stands? (?:firmly |fully |always )?(?:by|behind|with)\b|stood (?:firmly |fully )?(?:by|behind|with)\b"
)


def _agent_targets(
    s: Sentence, voice: Voice, match: re.Match[str], agents: list[M], things: list[M]
) -> list[M]:
    start, end = match.span()
    if s.lang == "en":
        word = match.group(0)
        if word.startswith(("support", "backing")):
            sovereignty = _SOVEREIGNTY["en"].match(s.folded, end)
            if sovereignty is None:
                # "support for Georgia's territorial integrity", "supports Azerbaijan in safeguarding its
                # sovereignty": the state whose integrity it is
                lead = _FOR_STATE_EN.match(s.folded, end)
                owner = s.at(lead.end(), len(s.text), AGENT_TYPES) if lead is not None else None
                if owner is not None and _ITS_SOVEREIGNTY_EN.match(s.folded, owner.end):
                    return s.coordination(owner, AGENT_TYPES)
                # "support our Azerbaijani brothers", "backing the Armenian people": the state of the people
                people = _PEOPLE_OF_EN.match(s.folded, end)
                if people is not None:
                    of = next(
                        (m for m in s.mentions if m.start == people.start(1) and m.type == "State"), None
                    )
                    return [of] if of is not None else []
                return []
            end = sovereignty.end()
        elif _STAND_BY_EN.match(word):
            # "Türkiye, as always, stands by Azerbaijan", "stood firmly behind Armenia": the state stood by
            first = s.at(end, len(s.text), {"State"})
            if first is not None and first.kind != "demonym" and not _OWNER_OF_ACT.match(s.folded, first.end):
                return s.coordination(first, {"State"})
            return []
        elif word.startswith(("aggress", "provocation")):
            owner = s.ending_near(start, AGENT_TYPES, r"(?:'s)?\s+(?:\w+\s+){0,1}")
            return [owner] if owner is not None else []
        lead = re.match(r"\s*(?:to\s+|against\s+|with\s+|at\s+)?(?:the\s+)?", s.folded[end:])
        at = end + (lead.end() if lead else 0)
        # criticism's object is right after it ("criticized Moscow", "criticism of Tehran"), not a
        # name further on ("the criticism came after the official Yerevan ...")
        gap = r"(?:of\s+)?(?:the\s+)?" if _CRITICISM.match(word) or _LASH_EN.match(word) else r"[\w ]*"
        first = next(
            (
                m
                for m in agents
                if at <= m.start <= at + 25
                and re.fullmatch(gap, s.folded[at : m.start])
                and not _RELATIONS_EN.search(s.folded, at, m.start)  # "praised relations with Armenia"
            ),
            None,
        )  # "thanked on Twitter to Armenia for the aid"
        if first is None:
            if _STAND_BY_EN.match(word):
                return []
            if _begins(word, _THANKS_WORDS) and (
                _HOSTING.search(s.folded, end, end + 100) or _VISIT_AFTER.match(s.folded, end)
            ):
                # "expressed their gratitude to the Secretary of State for hosting the meeting": the meeting
                key = _meeting_in_view(s, voice)
                return [M(key, "Meeting", start, end, "coref")] if key else []
            return []
        act = _FOR_ACT["en"].match(s.folded, first.end)
        if _begins(word, _THANKS_WORDS) and _VISIT.match(s.folded, first.end):
            # "thanked Tokayev for the visit", "for accepting the invitation": the meeting the visit was
            key = _visit_met(s, voice)
            return [M(key, "Meeting", start, end, "coref")] if key else []
        if _HOSTING.search(s.folded, first.end, first.end + 100):
            # thanks "for the initiative to host the negotiations", "for initiating this meeting": the
            # meeting held in the thanked state's capital when the document told one, else the one in view
            key = _hosted_by(s, voice, first) or _meeting_in_view(s, voice)
            return [M(key, "Meeting", start, end, "coref")] if key else []
        if act is not None:
            acts = [
                m
                for m in things
                if act.end() <= m.start <= act.end() + 40 and m.type in ("Meeting", "Treaty")
            ]
            if acts:
                return acts[:1]
        if word.startswith(("support", "backing")):  # "the sovereignty of both Armenia and Azerbaijan"
            return s.coordination(first, AGENT_TYPES)
        return [first]
    if _begins(
        match.group(0), ("kina", "kini", "suçla", "suçlu", "lanet", "itham", "eleştir", "şikayet", "sorumlu")
    ):
        accused = _accused_tr(s, agents, start)
        if accused is not None:
            return [accused]
    if _begins(match.group(0), ("teşekkür", "tesekkur", "minnettar", "şükran")) and _HOSTING_TR.search(
        s.folded, max(0, start - 120), start
    ):
        # "görüşmeye ev sahipliği yaptığı için Kazakistan'a teşekkür etti", "müzakerelere ev sahipliği yapan
        # Kazakistan tarafına teşekkür etti": thanks for hosting welcome the meeting hosted
        hosts = [m for m in agents if m.end <= start and start - m.end <= 40]
        key = (_hosted_by(s, voice, hosts[-1]) if hosts else "") or _meeting_in_view(s, voice)
        return [M(key, "Meeting", start, end, "coref")] if key else []
    if _begins(match.group(0), ("teşekkür", "tesekkur", "minnettar", "şükran")) and _VISIT_TR.search(
        s.folded, max(0, start - 80), start
    ):
        # "Tokayev'e ziyareti için teşekkür etti", "Moskova'ya geldikleri için teşekkür etti": the meeting
        key = _visit_met(s, voice)
        return [M(key, "Meeting", start, end, "coref")] if key else []
    if match.group(0).startswith("dayaniş"):
        # "Azerbaycan ile dayanışma içinde", "Azerbaycan'ın kahraman halkıyla dayanışması": the one stood with
        with_whom = [
            m
            for m in agents
            if m.end <= start and start - m.end <= 50 and _WITH_TR.match(s.folded, m.end, start)
        ]
        return with_whom[-1:]
    window = [
        m for m in agents if m.end <= start and start - m.end <= 40 and not _TOWARDS_TR.match(s.folded, m.end)
    ]
    if _begins(match.group(0), ("teşekkür", "tesekkur", "minnettar", "şükran")):
        # "Aliyev ve Paşinyan'a Moskova'ya geldikleri için teşekkür etti": Moscow is in what they are thanked
        # for, not the one thanked
        window = [m for m in window if not _FOR_ACT_TR.search(s.folded, m.end, start)]
    if _begins(match.group(0), ("takdir", "teşekkür", "tebrik")) and not (
        window and _OBLIQUE_TR.search(s.folded, window[-1].start, window[-1].end)
    ):
        # "ABD Yönetimi'nin sürece sağladığı katkıları takdir ediyoruz": praise of an act is of its author
        owners = [
            m
            for m in agents
            if m.end <= start and start - m.end <= 70 and _OWNER_TR.match(s.folded, m.start, start)
        ]
        if owners:
            return owners[-1:]
    if not window:
        return []
    if match.group(0).startswith(
        ("provokasyon", "saldirgan")
    ):  # "Ermenistan ... provokasyonlarını sürdürüyor"
        return window[-1:]
    last = window[-1]
    surface = s.folded[last.start : last.end]
    genitive = _begins(match.group(0), ("hemfikir", "yaninda")) and re.search(r"'n?[ıiuü]n$", surface)
    if _SOVEREIGNTY["tr"].match(s.folded, last.end):  # "Gürcistan'ın ve Azerbaycan'ın toprak bütünlüğünü"
        # the owners in the genitive, not the subject before a comma ("Türkiye, Azerbaycan'ın ...")
        joined = s.coordination(last, AGENT_TYPES, forward=False)
        return [m for m in joined if m is last or not s.folded.startswith(",", m.end)]
    if (
        _begins(match.group(0), ("destek",))
        and _CALLED_TO_TR.match(s.folded, match.start())
        and any(m.type in _THING_TYPES and last.end <= m.start and m.end <= start for m in things)
    ):
        # "Ermenistan ve Azerbaycan'a barış sürecini desteklemeye çağırdı": those called on, not the
        # ones supported (the thing between is what they are asked to support)
        return []
    if _OBLIQUE_TR.search(surface) or genitive:
        return [last]
    return []


# a call to do it: "desteklemeye çağırdı", "destek vermeye davet etti", "destek verme çağrısında bulundu"
_CALLED_TO_TR = re.compile(r"\w*(?:\s+\w+)?m[ae](?:y[ae])?\s+(?:çağir|çağri|davet|teşvik)")
_WITH_TR = re.compile(r"(?:'?\w{0,4})?(?:\s+\w+)?(?:\s+ile|\s*\w*l[ae])\s+$")
# "Azerbaycan'a yönelik saldırı": the one an act is aimed at, not its author
_TOWARDS_TR = re.compile(r"\s+(?:yönelik|karşi|doğru)\b")
# a genitive owner, with the word for its government between ("ABD Yönetimi'nin", "Rusya'nın")
_OWNER_TR = re.compile(r"[^\s]*?(?:\s+(?:yönetimi|hükümeti|tarafi|liderliği))?'n?[ıiuü]n\b")
_TO_OR_AT_TR = re.compile(r"'(?:y?[ae]|[dt][ae])$")
_ACCUSATIVE_TR = re.compile(r"'(?:y?[ıiuü]|n[ıiuü])$")


_ACT_BEFORE_TR = re.compile(r"\w(?:m[ae]kl[ae]|m[ae]si(?:nd[ae]n|yl[ae]))\s+(?:\w+\s+)?$")


def _accused_tr(s: Sentence, agents: list[M], start: int) -> M | None:
    """Whom a Turkish condemnation is of: "Ermenistan'ı kınadı" (the accusative just before),
    "Ermenistan'ın ... saldırılarını kınadı" (the owner of the act condemned), "Ermenistan
    tarafından ... gerçekleştirilen saldırıları kınıyoruz" (its agent), not the one the act was
    aimed at ("Azerbaycan'a yönelik")."""
    clause = max(s.folded.rfind(",", 0, max(0, start - 1)), s.folded.rfind('"', 0, start), 0)
    # in the text's order (a name the discovery rules found comes after the lexicon's in the list)
    before = sorted((m for m in agents if m.end <= start and start - m.end <= 200), key=lambda m: m.start)
    if _ACT_BEFORE_TR.search(s.folded, max(0, start - 40), start):
        # "Azerbaycan'ı Laçın koridorunu kapatarak krize yol açmakla suçluyor": the first accusative is the
        # accused, the later ones the objects of the act it is accused of
        accused = [
            m for m in before if m.start >= clause and _ACCUSATIVE_TR.search(s.folded[m.start : m.end])
        ]
        if accused:
            return accused[0]
    # "Azerbaycan'ı BM'ye şikayet etti": the accusative before a dative or locative right before the verb
    near, verb = list(before), start
    while (
        len(near) > 1
        and verb - near[-1].end <= 3
        and _TO_OR_AT_TR.search(s.folded, near[-1].start, near[-1].end)
    ):
        verb = near[-1].start
        near.pop()
    if near and verb - near[-1].end <= 3 and _ACCUSATIVE_TR.search(s.folded[near[-1].start : near[-1].end]):
        return near[-1]
    for m in before:
        surface = s.folded[m.start : m.end]
        genitive = re.search(r"'n?[ıiuü]n$", surface) and start - m.end <= 120 and m.start >= clause - 60
        if (_BY_TR.match(s.folded, m.end) or genitive) and not _TOWARDS_TR.match(s.folded, m.end):
            return m
    return None


_AMONG_EN = re.compile(r"\s+(?:between|among|amongst|within)\b")
# what a state is backed in, with no key of its own: its efforts, its sovereignty, its cause ("supports
# Azerbaijan's efforts", "the efforts of Armenia", "Azerbaycan'ın ... çabalarının desteklenmesi",
# "Azerbaycan'ın ... gayretleri destekleyeceğiz"): the gold's convention, the state is the target
_CAUSE_NOUNS_EN = (
    r"(?:efforts?|endeavou?rs?|sovereignty|territorial integrity|independence|cause|position|stance|"
    r"legitimate (?:interests|concerns|rights))"
)
_OWNED_AFTER_EN = re.compile(rf"\s*(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}{_CAUSE_NOUNS_EN}\s+of\s+(?:both\s+)?)?")
_OWNS_EN = re.compile(rf"'s?\s+(?:[\w-]+\s+){{0,2}}{_CAUSE_NOUNS_EN}\b")
_OWNED_BEFORE_TR = re.compile(
    plain_letters(
        r"(?:'n?[ıiuü]n)?\s+[^.;]{0,70}?(?:çaba|gayret|bütünlüğ|egemenliğ|davas|tutumu|haklari|meşru)\w*\s+$"
    )
)


def _owner_of_cause(s: Sentence, match: re.Match[str], agents: list[M], kind: str) -> list[M]:
    """The state whose efforts, sovereignty or cause a supporter backs, when nothing keyed is."""
    if kind != "supports" or not has_any(match.group(0), ("support", "back", "destek")):
        return []
    start, end = match.span()
    states = [m for m in agents if m.type == "State"]
    if s.lang == "en":
        lead = _OWNED_AFTER_EN.match(s.folded, end)
        at = lead.end() if lead is not None else end
        first = next((m for m in states if m.start == at), None)
        if first is None:
            return []
        group = s.coordination(first, AGENT_TYPES)
        if lead is not None and lead.group(0).strip():  # "the efforts of Armenia"
            return [m for m in group if m.type == "State"]
        if _OWNS_EN.match(s.folded, group[-1].end):  # "Azerbaijan's efforts"
            return [m for m in group if m.type == "State"]
        return []
    owners = [m for m in states if m.end <= start and start - m.end <= 90]
    last = owners[-1] if owners else None
    if (
        last is not None
        and re.search(r"'n?[ıiuü]n$", s.folded[last.start : last.end + 4].split(" ")[0])
        and _OWNED_BEFORE_TR.match(s.folded, last.end, start)
    ):
        return [last]
    return []


def _targets(
    s: Sentence, voice: Voice, kind: str, match: re.Match[str], agents: list[M], things: list[M]
) -> list[M]:
    start, end = match.span()
    folded = s.folded
    if s.lang == "en" and match.group(0).startswith("disagree") and _AMONG_EN.match(folded, end):
        return []  # "the disagreements between the Minsk Group co-chairs": theirs among themselves
    participation = _PARTICIPATION_OF.match(folded, end) if kind == "opposes" else None
    if participation:  # "objected to the participation of France and Germany"
        first = s.at(participation.end(), len(s.text), AGENT_TYPES)
        if first is not None:
            return s.coordination(first, AGENT_TYPES)
    if s.lang == "en" and _FRAMEWORK.match(match.group(0)):  # "within the framework of the OSCE Minsk Group"
        body = s.at(end, len(s.text), {"Organization"}) or next(
            (m for m in agents if m.type == "Organization" and end < m.start <= end + 12), None
        )
        if body is not None and not re.match(r"\s+[A-Z]", s.text[body.end :]):  # not "the UN Charter"
            return [body]
    if _ACCUSED_ACT.match(match.group(0)):  # "the blockade violates the declaration": against the blockade
        subject = [m for m in things if m.end <= start and _THING_SUBJECT.fullmatch(folded[m.end : start])]
        violator = s.ending_near(
            start,
            AGENT_TYPES,
            r"\s+(?:\w+ly\s+|has\s+|have\s+|had\s+|is\s+|are\s+|now\s+|still\s+|(?:could|may|might|would)\s+be\s+)*",
        )
        if not subject and violator is not None and violator.kind != "demonym":
            return [
                violator
            ]  # "Azerbaijan grossly violates its commitment", in someone's words: an accusation
        return subject[-1:]
    if _DAY.search(match.group(0)):  # "tarihi bir gün", "a historic day": the day's meeting
        key = _meeting_in_view(s, voice)
        return [M(key, "Meeting", start, end, "coref")] if key else []
    if _REMOVAL.search(match.group(0)):  # "the Minsk Group must be abolished", "Minsk Grubu'nun feshi şartı"
        removed = [m for m in agents if m.type == "Organization" and m.end <= start and start - m.end <= 40]
        return removed[-1:]
    if s.lang == "en" and _SUBJECT_TARGET_EN.search(match.group(0)):
        # "the creation of checkpoints there is not envisaged", "the corridor is a red line for Iran"
        clause = max(folded.rfind(c, 0, start) for c in ',;:"“')
        clause = max(clause, folded.rfind(" that ", 0, start))
        subject = [m for m in things if clause < m.start and m.end <= start]
        if subject:
            return subject[:1]
    if _AGENT_TARGET[s.lang].search(match.group(0)):
        found = _agent_targets(s, voice, match, agents, things)
        if found:
            return found
        if s.lang == "en" and _ACCUSE_EN.match(match.group(0)) and _AGENT_OBJECT_EN.match(folded, end):
            return []  # "accused the Armenian government of ...": an actor, not what it is accused of
        if s.lang == "en" and _STAND_BY_EN.match(match.group(0)) and _OWN_THING_EN.match(folded, end):
            return []  # "Iran stands by its position on the corridor": its own position, not the corridor
    if s.lang == "en":
        after = [
            m
            for m in things
            if start <= m.start <= end + 90
            # "criticize Russia, which also supports the idea": a relative clause's object is its verb's
            and not re.search(r"[;.]|\bbut\b|, and\b|, (?:which|who)\b", folded[end : max(end, m.start)])
            # "appealed to the parties that signed the declaration": the addressee's description
            and not _SIGNERS_EN.search(folded, max(end, m.start - 40), m.start)
        ]
        if _BY_EN.match(folded, end) and kind != "concernedAbout":
            after = []  # "the agreements welcomed by Turkey": what is welcomed comes before
        if kind in ("supports", "opposes", "welcomes"):
            # "Armenia received Iran's strong support on the issue of the Zangezur Corridor": a stance
            # on an issue, taken with or against someone, is not one for or against the thing
            after = [m for m in after if not _ON_THE_ISSUE_EN.search(folded, max(end, m.start - 40), m.start)]
        if after and kind in ("supports", "opposes", "welcomes"):
            # "Only Iran supports Armenia, opposing the corridor": the verb's object is the state right
            # after it, and the clause closes there; a thing further on is another verb's
            obj = next((m for m in agents if end <= m.start <= end + 5 and m.start < after[0].start), None)
            if obj is not None and _AGENT_OBJECT_CLOSED_EN.match(folded, end, obj.start) is None:
                obj = None
            closed = obj is not None and _CLAUSE_CLOSED_EN.match(folded, obj.end) is not None
            verb = _AND_VERB_EN.match(folded, obj.end) if obj is not None and not closed else None
            if verb is not None and not any(m.start == verb.end(1) for m in s.mentions):
                closed = True  # "supports Armenia and opposes the corridor", not "Armenia and Belarus"
            if closed:
                after = []
        if after:
            return _join(things, after[0], folded)
        relative = [
            m
            for m in things
            if m.end <= start and start - m.end <= 80 and _OBJECT_BEFORE_EN.fullmatch(folded, m.end, start)
        ]
        if relative:  # "a final agreement, one that the United States would strongly support"
            return relative[-1:]
        owned = _owner_of_cause(s, match, agents, kind)
        if owned:
            return owned
        from_agent = _NOUN_TRIGGER_EN.search(match.group(0)) and _FROM_EN.match(folded, end)
        if not (_NOMINAL.search(match.group(0)) or _BY_EN.match(folded, end) or from_agent):
            return []
        # "The peace agreement, welcomed by Turkey, ...": a passive participle set off by a comma right
        # after its noun describes that noun
        appositive = _BY_EN.match(folded, end) is not None
        before = [
            m
            for m in things
            if m.end <= start
            and start - m.end <= 50
            and (
                not re.search(r"[,;.]", folded[m.end : start])
                or (appositive and _APPOSITIVE_EN.fullmatch(folded, m.end, start) is not None)
            )
        ]
        return _join(things, before[-1], folded, forward=False) if before else []
    before = [
        m
        for m in things
        if m.end <= start
        and start - m.end <= 180
        and not re.search(r"[;.]", folded[m.end : start])
        # "Laçın Yolu konusunda ... tartışmaları takip ettiği ve ... anladığına vurgu yaptı": a topic
        # set far before the trigger, with its own clauses between, is not what the trigger is about
        # (a concern is about its topic: "X konusunda ... endişelerini")
        and not (start - m.end > 60 and kind != "concernedAbout" and _TOPIC_TR.match(folded, m.end))
        # "Minsk Grubu'nun feshini memnuniyetle karşılayan Aliyev, ... mutabık kaldı": a thing inside a
        # participle clause describing the subject is that participle's, not the main verb's
        and not any(m.end <= a.start < start and _described_subject(s, a) for a in agents)
    ]
    if before:
        return _join(things, before[-1], folded, forward=False)
    owned = _owner_of_cause(s, match, agents, kind)
    if owned:
        return owned
    if _NOMINAL.search(match.group(0)):  # "önemli bir kilometre taşı da ... protokolün imzalanmasıdır"
        after = [
            m for m in things if end <= m.start <= end + 200 and not re.search(r"[;.]", folded[end : m.start])
        ]
        return after[-1:]
    relations = _RELATIONS_WITH_TR.search(folded, max(0, start - 100), start)
    if (
        relations is not None
    ):  # "Çin ile ilişkilerin geliştirilmesi ... öncelikli": for the relation with China
        partner = s.ending_near(relations.start(), AGENT_TYPES, r"")
        return [partner] if partner is not None and partner.type == "State" else []
    return []


_SPEAKS_EN = re.compile(
    r"(?:\b(?P<pronoun>he|she)\s+)?\b(?:said|says|announced|affirmed|stated|declared|told [\w ]{0,30}?|"
    r"noted|stressed|added)\b(?:[^.;]{0,60}?\bthat)?\s+(?:(?:despite|amid|given)\s+)?(?:the\s+)?$|"
    # verbs that take a thing as well as a clause: a speaker's clause only after "that"
    r"\b(?:assured|emphasi[sz]ed|underlined|reiterated|pointed out|recalled|explained|argued|"
    # "..., underscoring that Armenia remains committed to ...": the participle's subject speaks
    r"underscoring|underlining|stressing|emphasi[sz]ing|noting|saying|adding|reiterating|insisting|"
    r"pointing out|recalling|asserting|stating|declaring|assuring)\b"
    r"(?:[^.;]{0,60}?)?\bthat\s+(?:(?:despite|amid|given)\s+)?(?:the\s+)?$"
)
# a title standing for the one named before: "The Foreign Minister stressed that ...", "The President ..."
_BARE_TITLE_EN = re.compile(
    r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:minister|president|premier|chancellor|spokes\w+|secretary|"
    r"ambassador|envoy|co-chair)\b"
)


_SAYS_AFTER_EN = re.compile(rf",\s*(?:[\w.'-]+\s+){{0,8}}?{_SAY_EN}\b|,\s*(?:[\w.'-]+\s+){{0,8}}?says\b")


_TITLE_RUN = re.compile(r"(?:'s)?\s+(?:[A-Z][\w.-]*\s+){1,4}$")


def _titled(s: Sentence, agents: list[M], speaker: str) -> set[str]:
    """What the speaker's title in the sentence names ("US State Department Deputy Spokesman
    Vedant Patel": the ministry and its state), for a person the lexicon has no role of."""
    person = next((m for m in agents if m.key == speaker), None)
    if person is None:
        return set()
    sides: set[str] = set()
    for m in agents:
        if m.end <= person.start and _TITLE_RUN.fullmatch(s.text, m.end, person.start):
            key = _key(s, m)
            sides |= {key, key.split("-ministry-of-")[0]}
    return sides


def _speaker_after(s: Sentence, agents: list[M], end: int, voice: Voice | None = None) -> str:
    """ "Russia backs the corridor, Lavrov says": the person named in the frame after the clause
    ("..., he warned": the one "he" is)."""
    frame = _SAYS_AFTER_EN.search(s.folded, end)
    if frame is None:
        return ""
    named = [m for m in agents if frame.start() <= m.start < frame.end() and m.type == "Person"]
    if not named and voice is not None and _PRONOUN_EN.search(s.folded, frame.start(), frame.end()):
        return _he(s, voice)
    return named[0].key if named else ""


def _he(s: Sentence, voice: Voice) -> str:
    """ "he" / "she" in a sentence that names no one before it: the subject of the sentence
    before if it had one ("Antonio Costa ... congratulated Pashinyan and Aliyev ... '...,' he
    wrote": Costa), else the last person named."""
    if voice.subject and voice.subject_at == s.index - 1:
        return voice.subject
    if voice.said and voice.said_at == s.index - 1:
        return voice.said  # "Asked about ..., Velayati said ... . It is a plot, he warned": the one who spoke
    return voice.person


def _speaker_before(s: Sentence, voice: Voice, agents: list[M], position: int) -> str:
    """Who says the clause that begins at ``position``: "X announced (...) that", "he said that"."""
    frame = _SPEAKS_EN.search(s.folded, max(0, position - 80), position)
    if frame is None:
        return ""
    if frame.group("pronoun"):
        return _he(s, voice)
    named = [m for m in agents if m.end <= frame.start() and m.type == "Person"]
    # "Ali Akbar Velayati, an adviser to Iran's Supreme Leader, said ...": the one the apposition
    # describes, not the person in its title
    named = [
        m for m in named if m is named[0] or not _TITLE_OF_ANOTHER_EN.search(s.folded, 0, m.start)
    ] or named
    if named and _PARTICIPLE_SAYS_EN.search(frame.group(0)):
        return named[0].key  # "Lavrov met Bayramov, stressing that ...": the clause's subject speaks
    if named and re.search(r"\band\s+$", s.folded[max(0, frame.start() - 8) : frame.start()]):
        # "Guler called his counterpart Hasanov and noted that ...": the verbs' shared subject speaks
        return named[0].key
    if named:
        return named[-1].key
    if _BARE_TITLE_EN.search(s.folded, 0, frame.start()):
        return _he(s, voice)  # "The Foreign Minister reiterated ..., underscoring that": the one named before
    return ""


_PARTICIPLE_SAYS_EN = re.compile(r"^\W*\w+ing\b|,\s*\w+ing\b")
_TITLE_OF_ANOTHER_EN = re.compile(
    r",\s*(?:an?|the|a senior|a top|a close)\s+(?:[\w-]+\s+){0,2}(?:to|of|for)\s+(?:the\s+)?"
    r"(?:[\w-]+(?:'s)?\s+){0,3}$"
)


def _named_in_brackets(s: Sentence, m: M) -> M:
    """ "the foreign ministers of Azerbaijan (Elmar Mammadyarov)": the person, not the state."""
    inner = s.at(m.end + 2, len(s.text), {"Person"}) if s.folded.startswith(" (", m.end) else None
    return inner if inner is not None else m


def _sides(s: Sentence, speaker: str) -> set[str]:
    """The speaker and what they speak for (their state, by the lexicon's roles at the date)."""
    if not speaker:
        return set()
    sides = {speaker} | {role.of for role in s.lexicon.roles_of(speaker, s.document.date or s.doc_year)}
    sides |= {
        _UNION_OF[side] for side in sides if side in _UNION_OF
    }  # the Council's president speaks for the EU
    return sides | {side.split("-ministry-of-")[0] for side in sides if "-ministry-of-" in side}


# the EU's institutions, whose heads speak for the Union ("Charles Michel assured that the European
# Union would continue its efforts": his words for it, as a minister's for his state)
_UNION_OF = {
    "european-council": "european-union",
    "european-commission": "european-union",
    "european-external-action-service": "european-union",
}


_PASSIVE_EN = re.compile(r"\w+ed$")
_COCHAIRS_EN = re.compile(
    r"(?:^|[.;:]\s*)(?:the\s+)?(?:osce\s+)?(?:minsk\s+group\s+|mg\s+)?co-?chairs?\s+(?:\w+ly\s+|also\s+|have\s+|had\s+)?$"
)
_BUILD = re.compile(
    r"construction|building|implementation|completion|launch|opening|announc|inşasi|yapimi|inşa süre"
)
_AGAINST_BEFORE = {
    "en": re.compile(
        r"\b(?:oppos\w*|against|reject\w*|object\w*|block\w*|prevent\w*|halt\w*|stop\w*|concern\w*|"
        r"fear\w*|warn\w*|criticis\w*|criticiz\w*|condemn\w*|suspend\w*)\b[^.;]*$"
    ),
    "tr": re.compile(r"(?!x)x"),
}


def _next_to(s: Sentence, match: re.Match[str], t: M) -> bool:
    """The route right after an English noun of building ("construction of the Trump Route") or right
    before a Turkish one ("Zengezur koridorunun inşası")."""
    if s.lang == "en":
        return 0 <= t.start - match.end() <= 6
    return 0 <= match.start() - t.end <= 3


# "the leaders of A and B", "the presidents of ...": heads the text does not name
_HEADS_OF_EN = re.compile(
    r"(?:^|\s)(?:the|both)\s+(?:two\s+)?(?:leaders|heads(?: of state)?|presidents|governments|"
    r"heads of government)\s+of\s+(?:the\s+|both\s+)?$"
)
_NOT_BUT_EN = re.compile(r"\bnot\b[^;.]*,?\s+but\s+(?:(?:a|an|the|rather|also)\s+)*(?:[\w-]+\s+){0,2}$")
_CALLED_BEFORE_EN = re.compile(
    r"\b(?:call(?:s|ed)?|describ(?:es|ed)|brand(?:s|ed)|term(?:s|ed)|label(?:s|l?ed)|consider(?:s|ed)?|"
    r"sees|saw|views?|viewed|regard(?:s|ed)?)\s+(?:the\s+)?$"
)
_UNDONE_EN = re.compile(r"reject|rul\w+ out|turn\w* down|refus")
_NOT_BEFORE_EN = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?$")
_CAUSE_EN = re.compile(r"alarm|concern|worri|troubl|disturb|uneas|anxious|apprehensi")


def _state_of(s: Sentence, key: str) -> str:
    """A person's state by the lexicon's roles at the date (its ministry's state), else the key."""
    if s.type_of(key) != "Person":
        return key
    for role in s.lexicon.roles_of(key, s.document.date or s.doc_year):
        state = role.of.split("-ministry-of-")[0]
        if s.type_of(state) == "State":
            return state
    return ""


def _begins(word: str, prefixes: tuple[str, ...]) -> bool:
    """A Turkish trigger word begins with one of ``prefixes``, its letters or their plain spelling
    ("suçladı" or "sucladi")."""
    plain = plain_word(word)
    return any(plain.startswith(plain_word(prefix)) for prefix in prefixes)


def _statelike(m: M, capitals: dict[str, str]) -> bool:
    """A state, or a capital standing for it ("Moscow", "Tahran")."""
    return m.type == "State" or m.key in capitals


_ON_THE_ISSUE_EN = re.compile(
    r"\b(?:on|over|in|regarding|concerning)\s+(?:the\s+)?(?:issue|question|matter|subject|topic|problem)s?\s+"
    r"of\s+(?:the\s+)?(?:so-called\s+)?[\"“']?$"
)
_VERB_OBJECT_EN = re.compile(
    r"\b(?:supports?|supported|backs|backed|opposes|opposed|welcomes|welcomed|condemns|condemned|"
    r"critici[sz]e[sd]|accuse[sd]|thank(?:s|ed)|urge[sd]|praise[sd]|reject(?:s|ed)|blame[sd]|"
    r"denounce[sd])\s+(?:\w+ly\s+)?(?:the\s+)?$"
)
_CALL_ON_EN = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|"
    r"appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing)?|exhort(?:s|ed|ing)?)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,2}$"
)
_CROWD_EN = re.compile(
    r"\s+(?:protesters|demonstrators|activists|media|press|experts|analysts|bloggers|journalists|"
    r"opposition|commentators|scholars|users|residents|civilians|citizens|nationalists|crowds?)\b"
)
_OUR_CONCERN_EN = re.compile(r"\b(?:our|my)\s+(?:\w+\s+)?$")
_OUR_CONCERN_TR = re.compile(r"(?:[ıiuü]m[ıiuü]z|[ıiuü]m)(?:[ıiuü]|[ae]|d[ae]n|l[ae])?$")
_APPOSITIVE_EN = re.compile(r"\s*,\s*(?:\w+ly\s+)?")
_PARTICIPLE_BY_EN = re.compile(
    r"\b(?:statement|declaration|agreement|treaty|document|deal|memorandum|accord|protocol)\s+"
    r"(?:signed|brokered|mediated|concluded|adopted|reached|agreed)\b[^,;.]{0,40}?\bby\s+(?:the\s+)?"
    r"(?:[\w-]+(?:\s*,\s*|\s+)(?:and\s+)?){0,5}$"
)
_WHOSE_EN = re.compile(r",\s*(?:whose|who)\b")
_BETWEEN_EN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$")
_AGENT_OBJECT_CLOSED_EN = re.compile(r"\s+(?:the\s+)?$")
_CLAUSE_CLOSED_EN = re.compile(r"\s*(?:[,;.]|$)")
_AND_VERB_EN = re.compile(r"\s+and\s+(?:also\s+|strongly\s+|firmly\s+)?()[a-z]+(?:s|ed)\b")
_SIGNERS_EN = re.compile(
    r"\b(?:parties|countries|states|sides|signatories|leaders)\s+(?:that|which|who)\s+(?:had\s+|have\s+)?"
    r"(?:signed|brokered|mediated|guaranteed|concluded)\s+(?:the\s+)?$"
)
_TOPIC_TR = re.compile(r"['’]?\w{0,4}\s+(?:konusunda|hakkinda|ile ilgili)\b")
_AS_WE_TR = re.compile(r"\s+olarak\b")
_WE_VERB_TR = re.compile(r"\w*(?:[iıuü]z|yoruz|[ae]c[ae]ğiz|[ae]c[ae]ğiz)\b")


def _as_we_tr(s: Sentence, agents: list[M], match: re.Match[str], holders: list[str]) -> list[str]:
    """ "Türkiye olarak, ... destekleyeceğiz": the state the speakers speak as holds with them."""
    start = match.start()
    verb = _WE_VERB_TR.match(s.folded, start)
    if verb is None:
        return []
    return [
        m.key
        for m in agents
        if m.type == "State"
        and m.end <= start
        and m.key not in holders
        and _AS_WE_TR.match(s.folded, m.end)
        and not re.search(r"[.;:]", s.folded[m.end : start])
    ][-1:]


# "Aliyev ile bu süreci devam ettirmeye kararlı olduklarını söyledi": a partner with "ile" and a verb in
# the plural hold the stance with the subject (the README: a stance reported of someone is theirs)
_PARTNER_TR = re.compile(r"(?:'?\w{0,4})?\s+ile\s+|'?[ıiuü]?[yn]?l[ae]\s+")
_WITH_NOUN_TR = re.compile(
    r"(?:'?\w{0,4})?\s+ile\s+(?:\w+\s+)?(?:ilişki|sinir|diyalo|müzakere|görüşme|temas|işbirliğ|iş birliğ|"
    r"yapt|gerçekleştir|bir araya)"
)
_PLURAL_PARTNER_VERB_TR = re.compile(
    r"[\w ]{0,30}?(?:[dt][ıiuü]kl[ae]r|[dt][ıiuü]l[ae]r\b|yorlar|m[ae]kt[ae]l[ae]r|[ae]c[ae]kl[ae]r|"
    r"m[ıiuü]şl[ae]r)"
)


def _with_partner_tr(
    s: Sentence, agents: list[M], match: re.Match[str], word_end: int, holders: list[str]
) -> list[str]:
    """The one joined to the subject by "ile" when the verb is in the plural ("X, Aliyev ile ...
    kararlı olduklarını söyledi": Aliyev too), else ``[]``."""
    plural = _PLURAL_PARTNER_VERB_TR
    if not plural.match(s.folded, word_end) and not plural.match(s.folded, match.start()):
        return []
    start = match.start()
    partners = [
        m
        for m in agents
        if m.type == "Person"
        and m.end <= start
        and start - m.end <= 60
        # "Türkiye ile ilişkileri", "Aliyev ile görüşmesinde": "ile" governed by a noun after it
        and not _WITH_NOUN_TR.match(s.folded, m.end)
        and (_PARTNER_TR.match(s.folded, m.end) or re.search(r"[yn]?l[ae]$", s.folded[m.start : m.end]))
        and not re.search(r"[.;:,]", s.folded[m.end : start])
        # "Azerbaycan ile Ermenistan arasındaki süreç": a pair named, no partner
        and "arasi" not in s.folded[m.end : m.end + 40]
        and not any(t.start <= m.start < t.end for t in s.mentions if t.type not in ("Person", "State"))
    ]
    return [k for k in (_key(s, m) for m in partners[-1:]) if k and k not in holders]


_SUPPORT_NOUN = re.compile(r"\b(?:destek|katki|support|backing|contribution)")
_THANKS_WORDS = ("thank", "grateful", "gratitude", "appreciation", "teşekkür", "minnettar", "şükran")
# a stance told as what someone is thanked for is the one thanked's: "thanked Aliyev for supporting
# Georgia's territorial integrity", "grateful to Russia for its support for the peace process",
# "Erdoğan'a Azerbaycan'a verdiği destek için teşekkür etti", "desteğinizden dolayı minnettarım"
_THANKED_FOR_EN = re.compile(
    r"\b(?:thank(?:ed|s|ing)?|(?:grateful|gratitude|appreciation|indebted)\s+to)\s+"
    r"(?P<who>[^.;:]{0,80}?)\s+for\s+(?:(?!and\b|but\b|while\b|as\b)[\w'-]+\s+){0,4}$"
)
_THANKS_AFTER_TR = re.compile(
    r"[\w']*\s+(?:i[çc]in|dolayi|ötürü|oturu)\s+(?:[\w']+\s+){0,3}?"
    r"(?:teşekkür|tesekkur|minnettar|şükran|sukran|müteşekkir|mutesekkir)"
)
_GENITIVE_OWNER_TR = re.compile(r"'n?[ıiuü]n$")
_DATIVE_OWNER_TR = re.compile(r"'y?[ae]$")
_COME_TO_TR = re.compile(r"\s+(?:gel|git|gid|ulaş|dön)\w*")


def _thanked(s: Sentence, agents: list[M], match: re.Match[str]) -> str:
    """The one a thanks word is addressed to: "thanked X", "gratitude to X", "X'e teşekkür"."""
    if s.lang == "en":
        lead = re.match(r"\s*(?:to\s+)?(?:the\s+)?", s.folded[match.end() :])
        at = match.end() + (lead.end() if lead else 0)
        first = next((m for m in agents if at <= m.start <= at + 3), None)
        return _key(s, first) if first is not None else ""
    dative = [
        m
        for m in agents
        if m.end <= match.start()
        and match.start() - m.end <= 40
        and _DATIVE_OWNER_TR.search(s.folded[m.start : m.end])
        # "Aliyev ve Paşinyan'a Moskova'ya geldikleri için": where they came is no one thanked
        and not _COME_TO_TR.match(s.folded, m.end)
    ]
    return _key(s, dative[-1]) if dative else ""


def _thanked_for(s: Sentence, agents: list[M], match: re.Match[str], exclude: set[str]) -> list[str] | None:
    """Who holds a stance told as the act someone is thanked for: the act's owner ("for Turkey's
    support"), else the one thanked; ``[]`` when the text keys no one ("thank you for your support");
    ``None`` when the trigger is not inside thanks."""
    start = match.start()
    if s.lang == "en":
        if not any(w in s.folded for w in ("thank", "grateful", "gratitude", "appreciation", "indebted")):
            return None
        thanks = _THANKED_FOR_EN.search(s.folded, max(0, start - 160), start)
        if thanks is None or thanks.end() != start:
            return None
        owner = [m for m in agents if thanks.end("who") < m.start and m.end <= start and m.key not in exclude]
        if owner and re.match(r"'s?\b", s.folded[owner[-1].end : owner[-1].end + 2]):
            return [_key(s, owner[-1])]  # "for Turkey's support": Türkiye's
        who = [m for m in agents if thanks.start("who") <= m.start and m.end <= thanks.end("who")]
        return list(dict.fromkeys(_key(s, m) for m in who if m.key not in exclude))
    word = _WORD_REST.match(s.folded, match.end())
    after = match.end() + (len(word.group(0)) if word is not None else 0)
    if not _THANKS_AFTER_TR.match(s.folded, after):
        return None
    before = [m for m in agents if m.end <= start and m.key not in exclude]
    owner = [
        m for m in before if start - m.end <= 40 and _GENITIVE_OWNER_TR.search(s.folded[m.start : m.end])
    ]
    if owner:
        return [_key(s, owner[-1])]  # "Türkiye'nin desteği için": Türkiye's
    thanked = [m for m in before if _DATIVE_OWNER_TR.search(s.folded[m.start : m.end])]
    return [_key(s, thanked[0])] if thanked else []


# "the commitment of Armenia and Azerbaijan to the peace process", "the readiness of the two leaders to
# sign": a stance told as a noun of its holders, whoever reports it (the README: a stance the text reports
# of someone through a third party is the stance of the one it is reported of)
STANCE_NOUN_OF_EN = re.compile(
    r"\b(?:commitment|readiness|willingness|determination|dedication|resolve|intention) of\s+"
    r"(?:the\s+|both\s+)?(?:two\s+)?"
)


_SIDES_AFTER_OF_EN = re.compile(r"(?:sides|parties)\b")


def _stance_noun_owners(
    s: Sentence, voice: Voice, match: re.Match[str], agents: list[M], targets: list[M]
) -> list[str] | None:
    """The holders of a stance told as "the commitment of X (and Y) to ...": those X names, for
    the noun itself and for a verb whose target it stands before ("welcomed the commitment of
    the sides to the process": the sides', not the one who welcomed it); ``None`` when the
    trigger governs no such noun."""
    if s.lang != "en" or " of" not in s.folded:
        return None
    start, end = match.span()
    own = STANCE_NOUN_OF_EN.match(s.folded, start)
    if own is None:
        later = [t.start for t in targets if t.start >= end]
        if not later:
            return None
        own = STANCE_NOUN_OF_EN.search(s.folded, end, min(later))
        if own is None:
            return None
    if own.start() != start:
        return []  # the verb before the noun ("welcomed", "praised"): the noun's own trigger tells it
    first = next((m for m in agents if m.start == own.end()), None)
    if first is None:
        if _SIDES_AFTER_OF_EN.match(s.folded, own.end()):
            # "the commitment of the sides": the sides of the meeting told, else the two states named last
            sides = _sides_of_meeting(s, voice)
            if not sides:
                named = [m.key for m in agents if m.type == "State" and m.end <= start]
                sides = list(dict.fromkeys(reversed(voice.states + named)))[:2]
            return sides if len(sides) == 2 else []
        return []
    return [_key(s, m) for m in s.coordination(first, AGENT_TYPES) if m.start >= first.start]


def _holders(s: Sentence, voice: Voice, match: re.Match[str], agents: list[M], targets: list[M],
             quotes: list[tuple[int, int]]) -> list[str]:  # fmt: skip
    start, end = match.span()
    exclude = {t.key for t in targets}
    noun_owners = _stance_noun_owners(s, voice, match, agents, targets)
    if noun_owners is not None:
        return noun_owners
    if s.lang == "tr" and " ise " in s.folded:
        # "Azerbaycan koridoru istiyor, Ermenistan ise ... gündemde olmadığını söylüyor": "ise" sets off the
        # subject of the clause the trigger is in, against the one before
        topic = [
            m
            for m in agents
            if m.end <= start and s.folded.startswith(" ise ", m.end) and m.key not in exclude
        ]
        if topic:
            return [_key(s, topic[-1])]
    if s.lang == "en" and match.group(0).endswith(("resolved", "settled")):
        # "the dispute between Azerbaijan and Armenia must be resolved": the sides named in the subject
        # are what is to be settled, not who asks for it
        first = min((t.start for t in targets if t.end <= start), default=start)
        agents = [m for m in agents if not first <= m.start < start]
    thanked = _thanked_for(s, agents, match, exclude)
    if thanked is not None:  # "thanked Aliyev for supporting ...": the one thanked supports it
        return thanked
    if match.group(0) == "-backed":  # "Azerbaijan's Turkish-backed demands": Türkiye backs them
        backer = next((m for m in s.mentions if m.end == start and m.type == "State"), None)
        return [backer.key] if backer is not None else []
    if s.lang == "en":
        # "alarmed by the project", "concerned by the reports": a concern's cause, not its holder
        caused = _CAUSE_EN.match(match.group(0)) is not None
        by = (None if caused else _BY_EN.match(s.folded, end)) or (
            _FROM_EN.match(s.folded, end) if _NOUN_TRIGGER_EN.search(match.group(0)) else None
        )
        if by is not None:  # "welcomed by Turkey"; "prompted serious concern from Iran"
            named = [m for m in agents if by.end() <= m.start <= by.end() + 50 and m.key not in exclude]
            if named:
                return [_key(s, m) for m in s.coordination(named[0], AGENT_TYPES)]
            if _PASSIVE_EN.match(match.group(0)) and not _FROM_EN.match(s.folded, end):
                return []  # "fiercely opposed by the Armenian people": an agent no key names, not "he"
        subject_thing = [  # a thing, not an actor: "Armenia's aggressive policy" is Armenia's policy
            m
            for m in targets
            if m.type not in AGENT_TYPES
            and m.end <= start
            and _THING_SUBJECT.fullmatch(s.folded[m.end : start])
            # "called the corridor a threat": the object of a verb of naming, not the clause's subject
            and not _CALLED_BEFORE_EN.search(s.folded, max(0, m.start - 30), m.start)
        ]
        said_of_subject = (
            _SUBJECT_TARGET_EN.search(match.group(0))
            or _REMOVAL.search(match.group(0))
            # "the corridor will also benefit Iran": what a route does, in the words of who says it
            or BENEFIT.search(match.group(0))
            # "Putin said the statement is extremely important": an evaluation of the subject, in the words
            # of who says it (the loop keeps evaluations only in someone's words)
            or EVALUATION["en"].fullmatch(match.group(0))
        )
        document = _DOCUMENT_SUBJECT_EN.search(s.folded, max(0, start - 50), start)
        if (
            (subject_thing or document)
            and not _ACCUSED_ACT.match(match.group(0))
            and not said_of_subject  # "... is not discussed", "a red line": the subject is the target
        ):
            if (
                document is not None
                and not subject_thing
                and voice.statement
                and s.index - voice.statement_at <= 2
                and _ISSUED_STATEMENT_EN.search(document.group(0))
            ):
                # "The EU issued a statement. The statement welcomed ...": the statement just told is its
                # author's words
                return [voice.statement]
            return []  # "the declaration also calls for ...": a document's words, not an actor's
    else:
        head = _relative_head_tr(s, agents, start)
        if head is not None:  # "... bilen İran, bunu tehdit olarak görüp": the relative clause is not it
            agents = [m for m in agents if m.start >= head.start or m.end > start]
        # "Afganistan ve Tacikistan tarafından ... desteklenmektedir": the passive's agents
        word = s.folded[start : end + len(_WORD_REST.match(s.folded, end).group(0))]  # type: ignore[union-attr]
        # "memnuniyetle / takdirle / olumlu karşılandı": the passive is the verb after the adverb
        verb = _ADVERB_VERB_TR.match(s.folded, start + len(word))
        passive = _PASSIVE_TR.search(word, 3) or (
            verb is not None and (_PASSIVE_TR.search(verb.group(1), 3) or verb.group(1).startswith("edil"))
        )
        by = _BY_TR.search(s.folded, max(0, start - 60), start) if passive else None
        agent = s.ending_near(by.start(), AGENT_TYPES, r"\s*") if by is not None else None
        if agent is not None and agent.key not in exclude:
            return [_key(s, m) for m in s.coordination(agent, AGENT_TYPES, forward=False)]
        if _begins(match.group(0), ("bağliliğ", "bağliliklari", "taahhüd")):
            # "Her iki liderin barış sürecine olan bağlılığına vurgu yapan Michel": the leaders' commitment
            first = min((x.start for x in targets), default=start)
            owners = [
                m
                for m in agents
                if m.end <= first
                and first - m.end <= 40
                and re.search(r"n?[iuü]n$", s.folded[m.start : m.end])
            ]
            if owners:
                return [_key(s, m) for m in agents if (m.start, m.end) == (owners[-1].start, owners[-1].end)]
        if match.group(0).startswith("tehdit gel"):  # "İran'dan tehdit geldi": from whom
            source = s.ending_near(start, AGENT_TYPES, r"\s*")
            ablative = source is not None and re.search(r"[dt][ae]n$", s.folded[source.start : source.end])
            return [_key(s, source)] if source is not None and ablative else []
        words = _WORDS_OF_TR.match(s.folded, word_end(s, match.end()))
        if words is not None:  # "Zaharova'nın ... koridorunu destekleyen açıklamaları": her words'
            owners = [
                m
                for m in agents
                if m.end <= start
                and start - m.end <= 150
                and m.key not in exclude
                and re.search(r"'n?[ıiuü]n$", s.folded[m.start : m.end])
            ]
            if owners:
                return [_key(s, owners[0])]
        owner = _owner_of_noun_tr(s, agents, match, exclude)
        if owner is not None:  # "İran'ın endişesini anladıklarını söyledi": Iran's concern, not the speaker's
            return [_key(s, owner)]
        # "Tahran yönetiminin ... karşı olduğunu belirten Azizi": the reported clause's subject first
        said_of = _reported_subject_tr(
            s, [m for m in agents if m.end <= start and m.key not in exclude], start, []
        )
        if said_of:
            return list(dict.fromkeys(_key(s, m) for m in said_of))
        named = _participle_agent(s, [m for m in agents if m.key not in exclude], start, end)
        if named:
            return [_key(s, m) for m in named]
    for a, b in quotes:
        if a <= start < b:
            inside = [m for m in agents if a <= m.start and m.end <= start]
            reported = _subject(s, voice, inside, start, exclude, [], [(x.start, x.end) for x in targets])
            speaker = _quote_speaker(s, voice, (a, b), agents)
            keys = [x if isinstance(x, str) else _key(s, x) for x in reported]
            bare = all(isinstance(x, M) and x.kind == "name" for x in reported)
            if keys and not (bare and set(keys) <= _sides(s, speaker)):
                return keys  # "Mirzoyan: '... both leaders have reaffirmed ...'": theirs
            if speaker:
                return [speaker]
            break
    if s.lang == "tr":
        speaker = _frame_speaker(s, agents, start)
        if speaker:
            voice.statement = speaker
            return [speaker]
    subject = _subject(s, voice, agents, start, exclude, quotes, [(x.start, x.end) for x in targets])
    if voice.transcript and not quotes:
        # a transcript's lines are their speaker's: "we are very pleased to support that", "The United
        # States is committed to ..." (the Secretary speaking for his state)
        own = [x for x in subject if isinstance(x, M) and _key(s, x) in _sides(s, voice.transcript)]
        first_person = (_FIRST_PERSON_EN if s.lang == "en" else _FIRST_PERSON_TR).search(
            s.folded, 0, end + 20
        )
        if (not subject and first_person) or (subject and len(own) == len(subject)):
            return [voice.transcript]
    if s.lang == "en" and subject and all(isinstance(x, M) for x in subject):
        subject = [_named_in_brackets(s, x) for x in subject if isinstance(x, M)]
    capitals = s.lexicon.capitals()
    if (
        s.lang == "en"
        and subject
        and all(isinstance(x, M) and (_statelike(x, capitals) or x.type == "Organization") for x in subject)
    ):
        # "Zakharova ... said Moscow welcomed ...": a capital stands for its state here too
        speaker = _speaker_before(s, voice, agents, min(x.start for x in subject if isinstance(x, M)))
        speaker = speaker or _speaker_after(s, agents, end)
        states = {
            _key(s, x)
            for x in subject
            if isinstance(x, M) and (_statelike(x, capitals) or x.type == "Organization")
        }
        if (
            speaker
            and len(states) == len(subject)
            and states <= _sides(s, speaker) | _titled(s, agents, speaker)
        ):
            return [speaker]  # "Putin announced that Russia is ready to support ...": he speaks for it
    if not subject and s.lang == "en":
        authors = [
            m
            for m in agents
            if m.end <= start and _STATEMENTS_BY_EN.search(s.folded, max(0, m.start - 50), m.start)
        ]
        if authors:  # "statements made by Pashinyan and Aliyev suggested that ...": theirs
            return [_key(s, x) for x in s.coordination(authors[0], AGENT_TYPES)]
        speaker = _frame_speaker(s, agents, start)
        if speaker:
            voice.statement = speaker
            return [speaker]
        speaker = _speaker_after(s, agents, end, voice)
        if speaker and not any(
            m.end <= start for m in agents if m.type in ("State", "Organization", "Person")
        ):
            return [speaker]  # "Construction of the route will begin in 2026, Pashinyan announced": his words
    if not subject and s.lang == "en" and _FIRST_PERSON_EN.search(s.folded, 0, start):
        signed = _signed_after(s)  # "We are ready to ... (Ilham Aliyev, Azerbaijani President)"
        if signed:
            return [signed]
    if not subject and _AT_THE_MEETING[s.lang].search(s.folded, 0, start):
        # "Görüşmede, ... mutabakat teyit edildi", "At the meeting, the sides reaffirmed ...": who met
        present = list(dict.fromkeys(voice.participants.get(voice.met, []))) if voice.met else []
        people = [key for key in present if s.type_of(key) == "Person"]
        if people:
            return people  # the people who met (states "meeting" say nothing of who spoke)
        if voice.group:
            return list(voice.group)  # "... özel temsilciler bir araya geldi. Görüşmede, ... teyit edildi"
    if not subject and voice.statement and _STATEMENT[s.lang].search(s.folded):
        # "Açıklamada ... vurgulandı", "the statement said": the author of the statement told before
        return [voice.statement]
    keys = [x if isinstance(x, str) else _key(s, x) for x in subject]
    if len(keys) == 1 and s.type_of(keys[0]) == "Organization" and _SAY_ANY[s.lang].search(s.folded):
        voice.statement = keys[0]  # "Dışişleri Bakanlığı, ... duyurdu": its statement, told on
    return keys


def speaker_label(s: Sentence) -> tuple[str, int] | None:
    """A transcript's speaker label at the sentence's start ("SECRETARY BLINKEN: ...", "President
    of Russia Vladimir Putin: ..."): who speaks the lines after it ("" for a label that names no
    one: "QUESTION:"), and where the words begin; ``None`` with no label."""
    label = s.memo.get(_LABEL, False)  # (the speech frames ask first, the stances again)
    if label is False:
        label = s.memo[_LABEL] = _LABEL.match(s.text)
    if label is None:
        return None
    named = [m for m in s.mentions if m.type == "Person" and label.end() - 3 <= m.end <= label.end()]
    return (named[-1].key if named else ""), label.end()


def stances(s: Sentence, voice: Voice) -> None:
    """What actors say they support, welcome, oppose, condemn or are concerned about."""
    label = speaker_label(s)
    if label is not None:  # "SECRETARY BLINKEN: ...", "President of Russia Vladimir Putin: ..."
        voice.transcript = label[0]
    _remember_event(s, voice)
    text = s.text
    quoted = voice.open_quote or '"' in text or "“" in text or "«" in text
    quotes = _quotes(s, voice) if quoted else []
    # "Japonya Dışişleri Bakanlığı'nın açıklamasında ...": whose statement the next passives are
    speaker = (
        _frame_speaker(s, _agents(s, voice), len(s.text)) if has_any(s.folded, _FRAME_WORDS[s.lang]) else ""
    )
    if not speaker and s.lang == "en" and has_any(s.folded, ("statement", "press ", "communiqu", "readout")):
        # "The Russian Foreign Ministry issued a statement": whose statement "the statement said" is next
        issued = _ISSUED_EN.search(s.folded)
        authors = [m for m in _agents(s, voice) if issued is not None and m.end <= issued.start()]
        speaker = _key(s, authors[0]) if authors else ""
        by = _STATEMENT_BY_EN.search(s.folded) if not speaker else None
        if by is None and not speaker and "press " in s.folded:
            owner = next((m for m in _agents(s, voice) if _SERVICE_EN.match(s.folded, m.end)), None)
            speaker = _key(s, owner) if owner is not None else ""
        if by is not None:
            # "with reference to the statement by the OSCE Minsk Group Co-Chairs", "a joint statement of
            # the two ministries": whose statement "according to the statement" is next
            author = next((m for m in _agents(s, voice) if by.end() <= m.start <= by.end() + 4), None)
            speaker = _key(s, author) if author is not None else ""
    if not speaker and s.lang == "tr" and "açiklama" in s.folded:
        # "AB Konseyi Başkanı Costa ve ... ortak yazılı açıklama yaptı": whose statement "Açıklamada, ..."
        # is next (the first of joint authors)
        issued = _ISSUED_TR.search(s.folded)
        authors = [m for m in _agents(s, voice) if issued is not None and m.end <= issued.start()]
        speaker = _key(s, authors[0]) if authors else ""
    if speaker:
        voice.statement, voice.statement_at = speaker, s.index
    elif voice.statement and _STATEMENT[s.lang].search(s.folded):
        voice.statement_at = s.index  # "Açıklamada, ...": the same statement, told on
    if has_any(s.folded, _GROUP_WORDS):
        members = list(dict.fromkeys(m.key for m in _envoys(s, voice)))
        if members:
            voice.group = members
    if _STANCE_GATE[s.lang].search(s.folded):  # has_any(s.folded, STANCE_WORDS[s.lang]), 3x faster
        _stances(s, voice, quotes)
    elif has_any(s.folded, MEMORY_WORDS):
        _remember_process(s, voice)
    _support_by_work(s)
    if quotes:  # who spoke the last quote: its continuation in the next sentence is theirs
        speaker = _quote_speaker(s, voice, quotes[-1], _agents(s, voice))
        if speaker:
            voice.speaker = speaker
    meetings = [st.subject for st in s.out if st.subject.startswith("meeting/") and st.modality == "asserted"]
    dated = [key for key in meetings if "?" not in key]
    if dated:  # the last meeting told ("this meeting", "the forum")
        voice.meeting, voice.meeting_at = dated[-1], s.index
    elif meetings:  # told without its day: the document's end dates it, or drops what is said of it
        voice.undated, voice.undated_at = meetings[-1], s.index
    for st in s.out:  # undated meetings too ("meeting/?"): who met is known before the day is
        if st.relation == "participant" and st.subject.startswith("meeting/") and st.modality == "asserted":
            voice.participants.setdefault(st.subject, []).append(st.object)
            voice.met = st.subject
    named = [m for m in s.mentions if m.type == "Corridor" and m.kind == "name"]
    if named:
        voice.corridor = named[-1].key
    voice.states += [
        m.key for m in sorted(s.mentions, key=lambda m: m.start) if m.type == "State" and m.kind == "name"
    ]
    ministries = [m for m in s.mentions if "-ministry-of-" in m.key]
    if ministries:
        voice.ministry = ministries[-1].key
    people = [m for m in s.mentions if m.type == "Person" and m.kind != "demonym"]
    if people and s.lang == "en" and _SAY_ANY["en"].search(s.folded):
        sayer = next((m for m in people if _SAYS_EN.match(s.folded, m.end)), None)
        if sayer is not None:
            voice.said, voice.said_at = sayer.key, s.index
    if people and s.lang == "en":
        first = min(people, key=lambda m: m.start)
        subject = first.start <= 80 and not _PREPOSITION_EN.search(
            s.folded, max(0, first.start - 60), first.start
        )
        voice.subject, voice.subject_at = (first.key, s.index) if subject else ("", -9)
    if people:
        voice.person = max(people, key=lambda m: m.start).key
        voice.people += [m.key for m in sorted(people, key=lambda m: m.start) if m.key not in voice.people]


_STATEMENT = {
    "en": re.compile(
        r"\b(?:the|its|their) (?:statement|communiqu\w+|declaration) (?:said|says|added|noted|stressed)\b|"
        # "The statement welcomed the declaration", "In the statement, they called for ...": the statement
        # told before speaks
        r"\b(?:the|its|their|this) (?:joint )?(?:statement|communiqu\w+) (?:also )?(?:welcom|hail|prais|"
        r"condemn|express|call|urg|underlin|emphasi|reaffirm|reiterat|voic|highlight)\w*|"
        r"\bin (?:the|its|their|this) (?:joint )?(?:statement|communiqu\w+)\b"
    ),
    "tr": re.compile(
        r"\baçiklama(?:da|sinda)\b|(?:belirtil|vurgulan|kaydedil|ifade edil|hatirlatil)(?:di|miştir)\b"
    ),
}
_SAY_ANY = {"en": re.compile(rf"\b{_SAY_EN}\b"), "tr": _SAY_TR}
_THE_STATEMENT_EN = re.compile(
    r"\bthe (?:statement|communiqu\w*|press release|readout|press service|press office)\b"
)
_ISSUED_EN = re.compile(
    r"\b(?:issued|released|published|put out|made|adopted) (?:a |an |its )?(?:[\w-]+ ){0,2}"
    r"(?:statement|communiqu)"
)
_ISSUED_TR = re.compile(
    r"\b(?:(?:ortak|yazili|resmi|bir) )*açiklama (?:yap|yayimla|yayinla|paylaş|düzenle)(?:ti|di|miş|mişti)\w*"
)
_STATEMENT_BY_EN = re.compile(
    r"\b(?:(?:statement|communiqu\w*|press release|readout)s? "
    r"(?:issued |released |made |published |adopted )?(?:by|of|from)|press (?:service|office) of|"
    r"(?:announced|reported|released) by) (?:the )?"
)
# "the Kazakh government's press service", "the ministry's press office": whose service it is
_SERVICE_EN = re.compile(
    r"(?:'s?)?(?:\s+(?:government|ministry|presidency|company|administration)(?:'s)?)?\s+"
    r"press (?:service|office)\b"
)
_STATEMENTS_BY_EN = re.compile(
    r"\b(?:statements?|remarks|comments|words|messages?|posts?) (?:made |issued |posted |published )?"
    r"by\s+(?:the\s+)?$"
)
# someone's words: a verb of saying, or "statements made by X"
_SPOKEN = {
    "en": re.compile(
        rf"\b{_SAY_EN}\b|\b(?:statements?|remarks|comments) (?:made |issued )?by\b|"
        # "described the talks as productive"
        r"\b(?:described|called|termed|characteri[sz]ed|assessed|praised)\b"
    ),
    # an agreement or decision is a word-act too ("... sürdürülmesi konusunda uzlaştı", "kararlaştırdı")
    # "... kazanımlara dikkati çekerek": drawing attention is saying
    "tr": re.compile(
        _SAY_TR.pattern + r"|uzlaş\w*|mutabik\w*|kararlaştir\w*|karar ver\w*|dikkat\w* çek\w*|nitelendir\w*"
    ),
}
_SAYS_EN = re.compile(rf"\s+(?:also\s+|has\s+|had\s+|on \w+\s+)?{_SAY_EN}\b")
_FRAME_WORDS = {"en": ("according to",), "tr": ("açikla", "göre")}
_STANCE_GATE = {lang: any_word(words) for lang, words in STANCE_WORDS.items()}
_LABEL = re.compile(r"(?:[^\s:.,;]+ ){0,5}[^\s:.,;]+:\s")
_SIGNATURE = re.compile(r"\((?P<name>[A-Z][^,()\n]{3,40}),[^()\n]{0,60}\)")
_FIRST_PERSON_EN = re.compile(r"\b(?:we|i|our|us|my)\b")
_DONE_BEFORE = re.compile(r"(?:imzalanan|signed|adopted|kabul edilen)\s+(?:\w+\s+){0,3}$")
_IMPORTANCE = re.compile(r"önem|importan|significance")
_MILESTONE = re.compile(r"milestone|merhale|dönemeç|dönüm noktasi|kilometre taşi|historic|tarihi")
_GROUP_WORDS = ("representatives", "envoys", "temsilci", "ministers", "bakanlar", "leaders", "lider")
_ENVOY_TITLES = ("special-envoy", "special-representative")
_MINISTER_TITLES = ("foreign-minister", "secretary-of-state")
_LEADER_TITLES = ("president", "prime-minister", "chancellor")
_GROUPS = {
    "en": (
        (_ENVOY_TITLES, re.compile(r"\b(?:the|both|two) (?:special )?(?:representatives|envoys)\b")),
        (_MINISTER_TITLES, re.compile(r"\b(?:the|both|all) (?:foreign |five |three |two )?ministers\b")),
        (_LEADER_TITLES, re.compile(r"\b(?:the (?:two )?|both )leaders\b(?!'| of\b)")),
    ),
    "tr": (
        (_ENVOY_TITLES, re.compile(r"\bözel temsilci(?:ler|leri)\w*")),
        (_MINISTER_TITLES, re.compile(r"\b(?:dişişleri )?bakanlar(?!i\w)\w*")),
        # "Liderler" opening the sentence; not "Avrupalı liderler", others than those who met
        # "Michel, liderlerin ... bağlılıklarını teyit ettiğini söyledi": the reported clause's subject
        (
            _LEADER_TITLES,
            re.compile(
                r"(?:(?<![\w'])(?:her )?iki lider(?:ler)?|^liderler|(?<=, )liderler(?=in\b))(?:i|in|e)?\b"
            ),
        ),
    ),
}
_AT_THE_MEETING = {
    "en": re.compile(r"\b(?:at|during|in the course of) the (?:meeting|talks|negotiations)\b"),
    "tr": re.compile(r"(?:^|\s)(?:görüşmede|toplantida|görüşmelerde|müzakerelerde)\b"),
}
_EACH_OTHER = {
    "en": re.compile(r"\s+(?:each other|one another)\b"),
    "tr": re.compile(r"\bbirbir(?:ini|lerini|lerine|ine)\b"),
}
# a nominalized trigger is the object of another verb ("destek sağlamasını eleştiren"); a passive
# participle describes a noun ("zirvede mutabık kalınan ... Rota"): neither says whose stance it is
_NOT_THEIRS_TR = re.compile(r"m[ae]s[iı]n[iı]$|(?:[iıuü]l|[iıuü]n|[aeıioöuü]n)[ae]n$")
_WORD_REST = re.compile(r"\w*")
_AGAINST_AFTER_TR = re.compile(
    r"\s+(?:(?:ise|de|da|kesinlikle|açikça|şiddetle)\s+)?(?:karşi|itiraz|engel|endişe|kayg|eleştir|tepki|"
    r"redde[dt]|kabul etm|izin verm|olumsuz)"
)


def _treaties_told(s: Sentence, named: list[M]) -> list[M]:
    """The treaties the treaty rules found in this sentence under a common noun ("19 Nisan 2024
    tarihinde ... protokolün imzalanması"), where the stance rules look for them."""
    keys = {m.key for m in named}
    base = s.view.span(s.base, s.base)[0] if s.text else 0
    out = []
    for st in s.out:
        if st.relation == "type" and st.object == "Treaty" and st.subject not in keys:
            keys.add(st.subject)
            out.append(M(st.subject, "Treaty", max(0, st.start - base), max(0, st.end - base), "coref"))
    return out


def _envoys(s: Sentence, voice: Voice) -> list[M]:
    """ "the special representatives", "Özel Temsilciler", "The Ministers", "iki ülkenin dışişleri
    bakanları": the envoys or ministers the document has named (by the lexicon's roles at its
    date), where it names at least two."""
    found = []
    date = s.document.date or s.doc_year
    named = voice.people + [m.key for m in s.mentions if m.type == "Person" and m.key not in voice.people]
    # the envoys the lead names only further on ("... özel temsilciler ... bir araya geldi" before
    # "Özel Temsilcileri Büyükelçi Serdar Kılıç ve ... Ruben Rubinyan")
    named += sorted(named_people(s) - set(named))
    for titles, pattern in _GROUPS[s.lang]:
        members = [key for key in named if any(r.title in titles for r in s.lexicon.roles_of(key, date))]
        if titles is _LEADER_TITLES:
            # "the two leaders", "both leaders", "iki lider": the two heads of state or government who
            # met (the host of a summit, a head of an organization, is not one of "the leaders")
            met = set(voice.participants.get(voice.met, [])) if voice.met else set()
            members = [
                key
                for key in members
                if key in met
                and any(
                    r.title in titles and s.type_of(r.of) == "State" for r in s.lexicon.roles_of(key, date)
                )
            ]
            if len(members) != 2:
                continue
        if len(members) < 2:
            continue
        for match in pattern.finditer(s.folded):
            # "both ministers", "the two envoys": two of them, the two the document named first (its
            # subjects), not the host named after them
            two = re.search(r"\b(?:both|two|iki|her iki)\b", match.group(0))
            chosen = members[:2] if two else members
            found += [M(key, "Person", match.start(), match.end(), "group") for key in chosen]
    return found


# a mission or force a state or body sent to the region ("the EU mission in Armenia", "the Russian
# peacekeepers"): what others oppose, welcome or fear, as they do a corridor or a treaty
_DEPLOYED = re.compile(r"-mission-|peacekeeping")


def _named_things(s: Sentence, voice: Voice) -> list[M]:
    """What the sentence names that a stance can be about: the lexicon's corridors, treaties and
    events (a normalization told by its states), treaties under a common noun, processes."""
    things = [
        m
        for m in s.mentions
        if (m.type in _THING_TYPES or m.key.endswith("checkpoint") or _DEPLOYED.search(m.key))
        and not (
            m.kind == "coref" and m.type == "Corridor" and not _CORRIDOR_WORD.search(s.folded, m.start, m.end)
        )
    ]
    things += _generic_treaties(s, things)
    things += _treaties_told(s, things)
    if voice.event and not any(m.type == "Event" and not m.key.endswith("-process") for m in things):
        # "condemned the attack", "concerned about the reports of shelling", "çatışmaların durdurulması":
        # the war, clash or operation the text told before
        things += [
            M(voice.event, "Event", x.start(), x.end(), "coref")
            for x in _EVENT_ANAPHOR[s.lang].finditer(s.folded)
        ]
    made = processes(s, voice)
    for m in things:
        if m.key == "armenia-azerbaijan-peace-process" and (
            "normali" in s.folded[m.start : m.end] or "normalleş" in s.folded[m.start : m.end]
        ):
            m = M(voice.normalization or m.key, m.type, m.start, m.end, m.kind)
        made.append(m)
    named = [m.key for m in sorted(made, key=lambda m: m.start) if m.key.endswith("-process")]
    if named:
        voice.process = named[-1]
    names = [(m.start, m.end) for m in made if m.kind == "name"]
    made = [  # "a durable peace agreement": the treaty named, not the "durable peace" inside it
        m for m in made if m.kind != "process" or not any(a < m.end and m.start < b for a, b in names)
    ]
    # "Brüksel barış süreci": the process named by its place, not the peace process inside its name
    placed = [(m.start, m.end) for m in made if m.key.endswith("-peace-process") and m.key != _PEACE_PROCESS]
    made = [
        m for m in made if m.key != _PEACE_PROCESS or not any(a <= m.start and m.end <= b for a, b in placed)
    ]
    if has_any(s.folded, _INVOLVED_WORDS):
        # "the importance of involving the authorities of X in the negotiation process": what is said is
        # about X's place in the process, not for or against the process
        made = [
            m
            for m in made
            if not m.key.endswith("-process")
            or not (
                _INVOLVED_IN_EN.search(s.folded, max(0, m.start - 90), m.start)
                if s.lang == "en"
                else _INVOLVED_IN_TR.match(s.folded, m.end)
            )
        ]
    return sorted({(m.start, m.end, m.key): m for m in made}.values(), key=lambda m: (m.start, -m.end))


_INVOLVED_WORDS = ("involv", "participation", "inclusion", "includ", "dahil", "katilim")
_INVOLVED_IN_EN = re.compile(
    r"\b(?:involv\w*|participation|inclusion|includ\w*)\b(?:\s+[\w’'-]+){0,6}?\s+in\s+(?:the\s+)?$"
)
_INVOLVED_IN_TR = re.compile(r"\w*\s+(?:dahil\s+(?:edil|ol)\w*|katilim\w*)")
_PEACE_PROCESS = "armenia-azerbaijan-peace-process"
_EVENT_ANAPHOR = {
    "en": re.compile(
        r"\b(?:(?:the|this|these|such|that) (?:recent |latest |new |renewed |ongoing |deadly |armed |"
        r"military )?(?:attacks?|shelling|fighting|clash(?:es)?|hostilities|escalation|offensive|incidents?|"
        r"operation|war|"
        r"conflict)|reports? of (?:the )?(?:shelling|fighting|clashes|attacks?))\b"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:çatişma(?:lar)?\w*|saldiri(?:lar)?\w*|bombardiman\w*|operasyon\w*|savaş\w*)"
    ),
}


def _remember_event(s: Sentence, voice: Voice) -> None:
    """The war, clash or operation the sentence before named (the events rules run after the
    stances, so what they found there is read here)."""
    before = s.previous
    if before is None:
        return
    events = [m for m in before.mentions if m.type == "Event" and not m.key.endswith("-process")]
    if events:
        voice.event = max(events, key=lambda m: m.start).key


def _remember_process(s: Sentence, voice: Voice) -> None:
    """A sentence with no stance still tells which process "the process" will be."""
    made = processes(s, voice)
    for m in s.mentions:
        if m.key.endswith("-process"):
            normalization = "normali" in s.folded[m.start : m.end] or "normalleş" in s.folded[m.start : m.end]
            made.append(M(voice.normalization or m.key, m.type, m.start, m.end) if normalization else m)
    named = [m.key for m in sorted(made, key=lambda m: m.start) if m.key.endswith("-process")]
    if named:
        voice.process = named[-1]


# The literals every match of a kind's triggers holds (its words and EVALUATION's): a sentence
# without any of them is not searched for that kind.
_WELCOME_WORDS_EN = (
    "welcom", "hail", "prais", "applaud", "commend", "thank", "gratitude", "appreciat", "milestone",
    "momentous", "breakthrough", "laud", "congratulat", "historic", "pleased", "satisfied", "delighted",
    "glad with", "glad about", "happy with", "happy about",
    "highlighted the role of", "succeeded in making peace", "satisfaction", "valu",
)  # fmt: skip
_WELCOME_WORDS_TR = (
    "memnun", "olumlu", "selam", "takdir", "teşekkür", "minnettar", "tebrik", "mutluluğ", "sevindiri",
    "tarihi", "dönüm noktasi", "kilometre taşi", "merhale", "dönemeç", "mutluluk", "sevinç", "mutlu e",
    "alkişla",
)  # fmt: skip
_TRIGGER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "welcomes": {
        "en": _WELCOME_WORDS_EN + EVALUATION_WORDS["en"],
        # with each word in plain letters too ("tesekkur etti", typed without Turkish letters), as
        # the triggers themselves are (``plain_letters``)
        "tr": tuple(
            dict.fromkeys(
                _WELCOME_WORDS_TR
                + EVALUATION_WORDS["tr"]
                + tuple(plain_word(w) for w in _WELCOME_WORDS_TR + EVALUATION_WORDS["tr"])
            )
        ),
    },
}


# Each kind's trigger pattern only where it can match: the words one of which each of its matches
# holds, read from the pattern itself (``must_contain``), so the gate follows its edits.  The
# patterns are tried at every position of the sentence ("\\b(?:...)" has no first letter to skip
# to); most sentences with a stance word hold no word of most kinds.  Not for "supports": most
# sentences the stance words let through hold one of its words, and the test costs more there.
_TRIGGER_GATES = {
    kind: {lang: any_word(must_contain(pattern)) for lang, pattern in patterns.items()}
    for kind, patterns in TRIGGERS.items()
    if kind != "supports"
}

# (the same patterns, their alternatives grouped by first letter: the same matches, 2-4x faster)
_TRIGGER_SCANS = {
    kind: {lang: by_first_letter(p) for lang, p in patterns.items()} for kind, patterns in TRIGGERS.items()
}


def _stances(s: Sentence, voice: Voice, quotes: list[tuple[int, int]]) -> None:
    triggers = [
        (kind, match)
        for kind, patterns in TRIGGERS.items()
        if kind not in _TRIGGER_WORDS or has_any(s.folded, _TRIGGER_WORDS[kind][s.lang])
        if kind not in _TRIGGER_GATES or _TRIGGER_GATES[kind][s.lang].search(s.folded)
        for match in _TRIGGER_SCANS[kind][s.lang].finditer(s.folded)
    ]
    if not triggers:  # the cheap word test let through a sentence with no trigger ("tarihinde")
        _remember_process(s, voice)
        return
    agents = _agents(s, voice)
    if has_any(s.folded, _GROUP_WORDS):
        group = _envoys(s, voice)
        spans = {(m.start, m.end) for m in group}
        # "the leaders" read as all who met (a summit's host too): the group's members instead
        agents = [m for m in agents if not (m.kind == "coref" and (m.start, m.end) in spans)]
        agents = sorted(agents + group, key=lambda m: m.start)
    things = _named_things(s, voice)
    capitals = s.lexicon.capitals()
    said: set[tuple[str, str, str]] = set()
    for kind, match in triggers:
        if True:
            stated = kind
            word_end = match.end() + len(_WORD_REST.match(s.folded, match.end()).group(0))  # type: ignore[union-attr]
            framed = (
                _by_participle_tr(s, match, word_end, agents, things)
                or _genitive_participle_tr(s, match, word_end, agents, things)
                if s.lang == "tr"
                else None
            )
            if framed is not None:
                # "Azerbaycan ve Türkiye tarafından talep edilen Zengezur Koridoru": the agents' stance on
                # the thing the participle describes
                by_agents, described = framed
                for agent in by_agents:
                    holder = _key(s, agent)
                    for at in described:
                        said_kind = _kind_for(s, kind, match, at.key, at, described)
                        if holder == at.key or (holder, said_kind, at.key) in said:
                            continue
                        said.add((holder, said_kind, at.key))
                        s.state(
                            holder,
                            said_kind,
                            at.key,
                            "entity",
                            s.cover(match.span(), at),
                            f"stance.{said_kind}",
                        )
                continue
            if (
                s.lang == "tr"
                and _NOT_THEIRS_TR.search(s.folded, max(0, word_end - 12), word_end)
                and not re.match(CONTINUATION_TR, match.group(0))
            ):
                continue  # "Azerbaycan'a destek sağlamasını eleştiren": the object of another verb
            if kind == "supports" and s.lang == "tr" and _AGAINST_AFTER_TR.match(s.folded, word_end):
                continue  # "koridorun hayata geçirilmesine karşı çıkıyor": what the objection is to
            if (
                _ACCUSED_OF[s.lang].search(s.folded, max(0, match.start() - 80), match.start())
                if s.lang == "en"
                else (_ACCUSED_OF["tr"].match(s.folded, match.start()))
            ):
                continue  # "accused Armenia of undermining the talks", "engellemekle suçladı"
            if s.lang == "en" and _TOPIC_ING_EN.search(s.folded, max(0, match.start() - 30), match.start()):
                continue  # "the Special Representative on the issues of supporting ...": a title
            if "?" in s.folded and _yes_no_question(s, match.start(), word_end):
                continue  # "Does Russia support the corridor?", "destekliyor mu?": asked, not said
            mood: str | None = "asserted"
            if match.group(0).startswith("redde") and negated_tr(s, match.start(), match.end()):
                continue  # "reddetmedi": did not reject
            if _UNDONE_EN.match(match.group(0)) and _NOT_BEFORE_EN.search(
                s.folded, max(0, match.start() - 30), match.start()
            ):
                continue  # "did not reject", "has not ruled out": a refusal negated
            if not _SELF_NEGATED.search(match.group(0)):
                mood = modality(s, match.start(), match.end())
                if mood is None and _NOT_BUT_EN.search(s.folded, max(0, match.start() - 80), match.start()):
                    mood = "asserted"  # "not a mere trade route, but a political plot against Iran"
                if (
                    mood is None
                    or negated_before(s, match.start())
                    or negated_tr(s, match.start(), match.end())
                    or doubted(s, match.start(), match.end())
                ):
                    continue
                if kind == "welcomes" and mood == "intended":
                    stated = "supports"  # welcoming what is still to come is support
            if kind == "concernedAbout" and concern_met(s, match.end()):
                continue  # "Baku's main concerns are already addressed within the draft"
            evaluation = kind == "welcomes" and EVALUATION[s.lang].fullmatch(match.group(0)) is not None
            if (
                s.lang == "tr"
                and (re.match(CONTINUATION_TR, match.group(0)) or match.group(0).startswith("gerek"))
                and not spoken(s, match.start(), quotes, _SPOKEN[s.lang])
            ):
                continue  # "projenin sürdürülmesi" described, not asked for by anyone
            ahead = mood == "intended" and BENEFIT.search(match.group(0)) is not None
            if evaluation and (
                (mood != "asserted" and not ahead) or not spoken(s, match.start(), quotes, _SPOKEN[s.lang])
            ):
                continue  # "a strategic route" in the article's own words is no one's stance, nor a forecast
            # "agreed to speed up the talks": the negotiations going on, not the meeting the sentence tells
            processes_here = [(t.start, t.end) for t in things if t.key.endswith("-process")]
            here = things + [
                m
                for m in _meetings_named(s, voice, match.start(), match.end())
                if not any(a < m.end and m.start < b for a, b in processes_here)
                # "toplantıların kesintiye uğramaması gerektiğini", "continue the meetings": the series
                # of meetings, not the one told
                and not (kind == "supports" and _MEETINGS_PLURAL[s.lang].match(s.folded, m.start))
            ]
            each_other = (
                _EACH_OTHER["en"].match(s.folded, match.end())
                if s.lang == "en"
                # "birbirini ateşkesi ihlal etmekle suçluyor": the pronoun before the verb and its object
                else _EACH_OTHER["tr"].search(s.folded, max(0, match.start() - 60), match.start())
                if _begins(match.group(0), ("suçla", "suçlu", "itham", "eleştir", "kina", "kini"))
                else None
            )
            if each_other:  # "the two sides accused each other": each the other
                targets = [M("", "State", match.start(), match.end(), "coref")]
            elif evaluation:
                targets = _evaluated(s, voice, kind, match, agents, here)
            else:
                targets = [
                    t
                    for t in _targets(s, voice, kind, match, agents, here)
                    if ("?" not in t.key or t.key.startswith("meeting/?")) and t.type != "Person"
                ]
            if kind == "welcomes" and _begins(match.group(0), _THANKS_WORDS):
                # "thanked Putin for his support for the peace process": the support is welcomed, not the
                # process it is for (no key: the one thanked, a person here, is no target)
                inner = [m.start() for k, m in triggers if k in ("supports", "opposes") and m is not match]
                inner += [m.start() for m in _SUPPORT_NOUN.finditer(s.folded)]
                targets = [
                    t
                    for t in targets
                    if not any(
                        (match.end() <= x < t.start) if s.lang == "en" else (t.end <= x < match.start())
                        for x in inner
                    )
                ]
            if s.lang == "tr" and _begins(match.group(0), ("talep", "çağri", "israr")):
                # "İran'ın Zengezur güzergahıyla ilgili talepleri": demands about a route, not for it
                targets = [t for t in targets if not _ABOUT_TR.match(s.folded, t.end, match.start())]
            if s.lang == "tr" and match.group(0).startswith("tepki"):
                # "Zengezur koridoruna tepki": against it; "Laçın Koridoru tepkisi": a reaction about it
                targets = [
                    t
                    for t in targets
                    if t.type in AGENT_TYPES
                    or _DATIVE_TR.search(s.folded, t.start, t.end)
                    or _PROJECT_DATIVE_TR.match(s.folded, t.end)  # "Zengezur koridoru projesine tepki"
                ]
            if _BUILD.match(match.group(0)):
                # "Construction of the Trump Route will begin, Pashinyan announced", "Rubio announced TRIPP
                # framework", "koridorun inşasının tamamlanacağını açıkladı": announcing a route's building
                # supports it (the README), in someone's words and where no objection governs it
                targets = [t for t in targets if t.type == "Corridor" and _next_to(s, match, t)]
                if not spoken(s, match.start(), quotes, _SPOKEN[s.lang]) or _AGAINST_BEFORE[s.lang].search(
                    s.folded, max(0, match.start() - 40), match.start()
                ):
                    targets = []
            if not targets:
                continue
            if (
                _ACCUSED_ACT.match(match.group(0))
                and targets[0].type in AGENT_TYPES
                and not spoken(s, match.start(), quotes, _SPOKEN[s.lang])
            ):
                continue  # "Azerbaijan violated the ceasefire" in the article's own words is no one's stance
            holders = _holders(s, voice, match, agents, targets, quotes)
            if s.lang == "tr" and " olarak" in s.folded:
                holders = holders + _as_we_tr(s, agents, match, holders)
            if (
                s.lang == "tr"
                and holders
                and (" ile " in s.folded or "yla " in s.folded or "yle " in s.folded)
            ):
                holders = holders + _with_partner_tr(s, agents, match, word_end, holders)
            quote = next(((a, b) for a, b in quotes if a <= match.start() < b), None)
            if kind == "concernedAbout" and (
                _OUR_CONCERN_EN.search(s.folded, max(0, match.start() - 12), match.start())
                if s.lang == "en"
                else _OUR_CONCERN_TR.search(s.folded, match.start(), word_end)
            ):
                # "Washington understood our concerns, Aliyev said", "Trump yönetimi kaygımızı anlayışla
                # karşıladı": the concern is the speaker's, not the subject's who met it
                if quote is not None:
                    speaker = _quote_speaker(s, voice, quote, agents)
                else:
                    speaker = _speaker_after(s, agents, word_end, voice) if s.lang == "en" else ""
                holders = [speaker] if speaker else []
            if evaluation and quote is not None and quote[1] - quote[0] >= 30:
                # a judgement in a quote is the speaker's (a word quoted, "described the talks as
                # 'productive'", is the subject's)
                holders = [h for h in [_quote_speaker(s, voice, quote, agents)] if h]
            if kind == "welcomes" and _begins(match.group(0), _THANKS_WORDS):
                # "The ministers expressed their appreciation to the US for hosting": not the thanked side's
                thanked = _thanked(s, agents, match)
                if thanked:
                    holders = [h for h in holders if h != thanked and thanked not in _sides(s, h)]
            for holder in dict.fromkeys(holders):
                # "accused Baku", "Washington'ı eleştirdi": a capital as the target is its state
                aims = [(capitals.get(t.key, t.key) if t.type == "Place" else t.key, t) for t in targets]
                if each_other:
                    # "Aliyev and Pashinyan blamed each other": each the other's state (a person is no target)
                    aims = [(_state_of(s, h), targets[0]) for h in holders if h != holder]
                for target, at in aims:
                    if target == holder or not holder:
                        continue
                    said_kind = _kind_for(s, stated, match, target, at, targets)
                    if said_kind == "supports" and not each_other:
                        ended = against_its_end(s, match.group(0), at, s.lexicon.entities)
                        if ended:  # "called for an end to the blockade": against the blockade
                            said_kind, target = "opposes", ended
                    blockade = blockade_ended(s, at) if said_kind == "supports" and not each_other else ""
                    if blockade and (holder, "opposes", blockade) not in said:
                        said.add((holder, "opposes", blockade))
                        span = s.cover(match.span(), at)
                        s.state(holder, "opposes", blockade, "entity", span, "stance.opposes")
                    if (holder, said_kind, target) in said or target == holder:
                        continue
                    if (
                        said_kind == "supports"
                        and target == _PEACE_PROCESS
                        and _STEP_TOWARDS.search(match.group(0))
                        # (not "barış sürecinin önemli bir merhalesi": a milestone of the process named)
                        and not re.search(r"process|süre[cç]|negotiat|müzakere", s.folded[at.start : at.end])
                    ):
                        # "an important step towards lasting peace", "kalıcı barışın tesisi için önemli bir
                        # adım": praise of the act called a step, not a stance on the process
                        continue
                    if said_kind == "condemns" and target.endswith("-process"):
                        continue  # "undermines the efforts for peace": the one undermining is condemned
                    if (
                        said_kind == "opposes"
                        and target.endswith("-process")
                        and _HARMS.match(match.group(0))
                    ):
                        continue  # "the risk of a crisis undermined prospects for peace": no one against it
                    said.add((holder, said_kind, target))
                    span = s.cover(match.span(), *(t for t in targets if t.key == at.key))
                    s.state(holder, said_kind, target, "entity", span, f"stance.{said_kind}")
                    if (
                        said_kind == "welcomes"
                        and stated == "welcomes"
                        and target.endswith("-process")
                        and (holder, "supports", target) not in said
                    ):
                        # pleased with the progress of a process going on: a reaction to what it has
                        # achieved, and being for it going on (the README's two kinds)
                        said.add((holder, "supports", target))
                        s.state(holder, "supports", target, "entity", span, "stance.supports")


# "X tarafından desteklenen / talep edilen / karşı çıkılan <thing>": a passive participle with its agent
_PARTICIPLE_END_TR = re.compile(r"[aeıioöuü][ln][ae]n$")
_PARTICIPLE_AFTER_TR = re.compile(
    r"\s+(?:edilen|edilmiş olan|edilmekte olan|olunan|"
    r"(?:karşi|bak|selam|değerlendir)\w*[aeıioöuü][ln][ae]n)\b"
)
_AGENT_BEFORE_BY_TR = re.compile(
    r"\s+tarafindan\s+(?:da\s+|de\s+|hep\s+|uzun süredir\s+|şiddetle\s+|\w+ça\s+|\w+çe\s+)?$"
)


def _by_participle_tr(
    s: Sentence, match: re.Match[str], word_end: int, agents: list[M], things: list[M]
) -> tuple[list[M], list[M]] | None:
    """ "Azerbaycan ve Türkiye tarafından talep edilen koridor", "Rusya tarafından desteklenen plan": the
    agents before "tarafından" and the thing the participle describes right after it, else ``None``."""
    if "tarafindan" not in s.folded:
        return None
    end = word_end
    if not _PARTICIPLE_END_TR.search(s.folded, max(0, word_end - 6), word_end):
        after = _PARTICIPLE_AFTER_TR.match(s.folded, word_end)
        if after is None:
            return None
        end = after.end()
    by = s.folded.rfind(" tarafindan", max(0, match.start() - 40), match.start())
    if by < 0 or not _AGENT_BEFORE_BY_TR.match(s.folded[by : match.start()]):
        return None
    agent = next(
        (m for m in agents if m.end == by or (m.end < by and not s.folded[m.end : by].strip(" '"))), None
    )
    if agent is None:
        return None
    described = [
        t for t in things if 0 <= t.start - end <= 30 and not re.search(r"[,;.]", s.folded[end : t.start])
    ]
    if not described:
        return None
    return s.coordination(agent, AGENT_TYPES, forward=False), described[:1]


# the relative participle of a verb with its subject in the genitive ("desteklediği", "talep ettiği",
# "karşı çıktığı", "memnuniyetle karşıladığı"), no case after it: it describes the noun that follows
_GENITIVE_PARTICIPLE_TR = re.compile(r"\w*[dt](?:[ıiuü][ğg][ıiuü]|[ıiuü]kl[ae]r[ıiuü])$")
_AND_TR = re.compile(r"(?:'\w*)?\s+(?:ve|ile)\s+")
_LIGHT_PARTICIPLE_TR = re.compile(r"\s+(?:et|ed|çik|karşila|bak|duy)\w*")
_GENITIVE_AGENT_TR = re.compile(
    r"(?:'?n?[ıiuü]n)?\s+"
    r"(?:(?:da|de|uzun süredir|şiddetle|açikça|her zaman|öteden beri|en başindan beri)\s+)?"
)
_GENITIVE_END_OF_TR = re.compile(r"(?:'n?[ıiuü]n|n[ıiuü]n)$")


def _genitive_name(s: Sentence, m: M, start: int) -> bool:
    """``m`` in the genitive, its ending in the mention ("Azerbaycan'ın", "Bakanlığının") or right after
    it, with nothing but an adverb before ``start``."""
    gap = s.folded[m.end : start]
    if not _GENITIVE_AGENT_TR.fullmatch(gap):
        return False
    word = s.folded[m.start : m.end] + (gap.split()[0] if gap[:1].strip() else "")
    return _GENITIVE_END_OF_TR.search(word) is not None


def _genitive_participle_tr(
    s: Sentence, match: re.Match[str], word_end: int, agents: list[M], things: list[M]
) -> tuple[list[M], list[M]] | None:
    """ "Azerbaycan'ın desteklediği Zengezur koridoru", "İran'ın karşı çıktığı proje", "Türkiye'nin uzun
    süredir talep ettiği koridor": the agent in the genitive right before the verb and the thing its
    relative participle describes right after it, else ``None``."""
    end = word_end
    if not _GENITIVE_PARTICIPLE_TR.search(s.folded, max(0, end - 8), end):
        light = _LIGHT_PARTICIPLE_TR.match(s.folded, end)
        if light is None or not _GENITIVE_PARTICIPLE_TR.search(
            s.folded, max(0, light.end() - 8), light.end()
        ):
            return None
        end = light.end()
    agent = next(
        (
            m
            for m in agents
            if m.end <= match.start()
            and match.start() - m.end <= 40
            and _GENITIVE_AGENT_TR.fullmatch(s.folded, m.end, match.start())
            and _genitive_name(s, m, match.start())
        ),
        None,
    )
    if agent is None:
        return None
    described = [t for t in things if 0 <= t.start - end <= 3]
    if not described:
        return None
    # "Türkiye ve Azerbaycan'ın": the members joined by "ve"/"ile" (not "Putin, İran'ın ...": the
    # sentence's subject set off by its comma)
    joined = [agent]
    for m in reversed(s.coordination(agent, AGENT_TYPES, forward=False)):
        if m.end <= joined[0].start and _AND_TR.fullmatch(s.folded, m.end, joined[0].start):
            joined.insert(0, m)
    return joined, described[:1]


# a yes/no question: an English clause opening with its auxiliary ("Does Russia support ...?", "Will
# Iran accept ...?", "Why should Armenia support ...?"), a Turkish verb with its question particle
# ("destekliyor mu?"); a question asking why ("Why does Iran oppose the corridor?") takes the stance as
# given and stays
_YES_NO_EN = re.compile(
    r"(?:^|[.!?:;\"“]\s*)(?:(?:and|but|so)\s+)?(?:why\s+(?:should|would|must)\s+|"
    r"(?:do|does|did|will|would|can|could|should|shall|is|are|was|were|has|have|had)\s+)[^.!?;:]*$"
)
_QUESTION_PARTICLE_TR = re.compile(r"\s+m[ıiuü](?:\w{0,6})?\s*\?")


def _yes_no_question(s: Sentence, start: int, word_end: int) -> bool:
    """The trigger is the verb of a yes/no question (or of one asking why one should)."""
    close = s.folded.find("?", start)
    if close < 0 or any(ch in s.folded[start:close] for ch in ".!;"):
        return False
    if s.lang == "en":
        return _YES_NO_EN.search(s.folded, 0, start) is not None
    return _QUESTION_PARTICLE_TR.match(s.folded, word_end) is not None


# a stance word as the topic a title or a brief names, not a verb: "Special Representative on issues
# supporting the normalization", "the envoy for matters of opposing ..."
_TOPIC_ING_EN = re.compile(r"\b(?:issues?|matters?|questions?)\s+(?:of\s+|related to\s+)?$")
# a stance word that tells what someone is accused of is the accused's act, not the accuser's stance
_ACCUSED_OF = {
    "en": re.compile(r"\b(?:accus\w*|blam\w*|charg\w*)\b[^.;]{0,60}?\b(?:of|for|with)\s+(?:\w+\s+){0,2}$"),
    "tr": re.compile(r"\w*m[ae]kl[ae]\s+(?:\w+\s+)?(?:suçla|suçlu|itham)"),
}
_CRITICISM = re.compile(r"critici|eleştir|slam|lambast|blast|dismiss")
_LASH_EN = re.compile(r"lash|hit out|castigat|rebuk|censur|complain")
_OWNER_OF_ACT = re.compile(r"'s?\b")
_GENITIVE_END_TR = re.compile(r"'n?[ıiuü]n$")


# the act of signing or initialling a document: supporting it once done is a welcome
_HARMS = re.compile(r"undermin|jeopardi|endanger|harm|damag|threaten|baltal|zarar|tehlikeye")
_ACT_OF_SIGNING = {
    "en": re.compile(
        r"\b(?:initial(?:l)?ing|signing|signature|adoption|ratification) of (?:the )?(?:[\w'-]+ ){0,8}$"
    ),
    "tr": re.compile(r"[\w']*\s+(?:parafe edilmesi|imzalanmasi|onaylanmasi|kabul edilmesi)"),
}


def _kind_for(s: Sentence, stated: str, match: re.Match[str], target: str, at: M, targets: list[M]) -> str:
    """The kind a trigger states of one target: a welcome of what is going on or still to come,
    or of a route, is support; praise of a signed act ("imzalanan ... belgenin önemli
    olduğunu") is a welcome."""
    if stated == "opposes" and _ACCUSED_ACT.match(match.group(0)) and at.type in AGENT_TYPES:
        return "condemns"  # "X violates the agreement": an accusation of X (the README's 'accused')
    if (
        stated == "opposes"
        and (at.type in AGENT_TYPES or target in s.lexicon.capitals().values())
        and _CRITICISM.match(match.group(0))
        and not _OWNER_OF_ACT.match(s.folded, at.end)
        and not _GENITIVE_END_TR.search(s.folded, at.start, at.end)
    ):
        # "Tehran criticised Moscow", "Rusya'yı eleştirdi": a denunciation of the actor; criticism of
        # its act or position ("Moscow's position", "Türkiye'nin ... sağlamasını") opposes it
        return "condemns"
    if stated == "welcomes" and target.endswith("-process") and _MILESTONE.search(match.group(0)):
        return "supports"  # "a milestone of the peace process": for the process going on
    first = min(t.start for t in targets)
    if (
        stated == "supports"
        and _DONE_BEFORE.search(s.folded, max(0, first - 30), first)
        and _IMPORTANCE.search(match.group(0))
    ):
        return "welcomes"  # "imzalanan ... belgenin önemli olduğunu": a signed act praised
    act = (
        (
            _ACT_OF_SIGNING["en"].search(s.folded, max(0, at.start - 70), at.start)
            if s.lang == "en"
            else _ACT_OF_SIGNING["tr"].match(s.folded, at.end)
        )
        if stated == "supports" and s.type_of(target) == "Treaty" and target in s.lexicon.entities
        else None
    )
    if act is not None:
        # "I strongly support the initialing of the agreement" once it is initialled: a reaction to it
        initialled = "initial" in act.group(0) or "parafe" in act.group(0)
        done = str(
            s.lexicon.attribute(target, "date")
            or (s.lexicon.attribute(target, "initialled") if initialled else "")
            or ""
        )
        if initialled:
            done = str(s.lexicon.attribute(target, "initialled") or done)
        date = s.document.date or s.doc_year
        if done and date and done[: len(date)] <= date[: len(done)]:
            return "welcomes"
    if (
        stated == "welcomes"
        and target.endswith("-process")
        and _PROGRESS.search(s.folded, max(0, at.start - 50), min(len(s.folded), at.end + 40))
    ):
        # "barış sürecinin ilerlemesinden memnuniyet duyduklarını", "welcomed the progress in the peace
        # process", "atılan adımlardan memnun": a reaction to what has been achieved in it
        return "welcomes"
    if stated == "welcomes" and _still_to_come(s, target, targets):
        return "supports"  # welcoming what is going on or still to come is support
    if stated == "welcomes" and s.type_of(target) == "Corridor":
        return "supports"  # "hailing the railway project as historic": a route is to be used
    return stated


_PROGRESS = re.compile(
    r"\bprogress|\badvances?\b|achievements?|steps? (?:taken|made)|headway|"
    r"ilerleme|kaydedilen|atilan adim|sağlanan ilerleme|elde edilen"
)
_INCREASE = re.compile(r"increase|enhance|strengthen|expand|artir|güçlendir|geliştir")
_OWNER_OF_OBJECT = {
    "en": re.compile(r"(?!x)x"),  # (the English object comes after the verb)
    "tr": re.compile(r"\w*'?n?[ıiuü]n\s+"),
}


def _evaluated(
    s: Sentence, voice: Voice, kind: str, match: re.Match[str], agents: list[M], things: list[M]
) -> list[M]:
    """What an evaluation in someone's words is about: the meeting it calls constructive or
    productive, else the route it calls reliable or strategic."""
    start, end = match.span()
    if evaluated_meeting(s, start, end):
        key = _meeting_in_view(s, voice)
        return [M(key, "Meeting", start, end, "coref")] if key else []
    # "is important", and a turn or a new page said of a document ("described the declaration as a turning
    # point", "yeni bir sayfa"): a treaty or an event too, not only a route
    turn = "important" in match.group(0) or _TURN.search(match.group(0)) is not None
    kinds = ("Corridor", "Treaty", "Event") if turn else ("Corridor",)
    routes = [t for t in things if t.type in kinds]
    if _INCREASE.search(match.group(0)):
        # "the corridor's opening will increase the railway's capacity", "koridorun açılmasının demiryolunun
        # kapasitesini artıracağını": the route that does it, not the one whose capacity grows
        routes = [
            t
            for t in routes
            if t.end <= start
            and not _OWNER_OF_OBJECT[s.lang].fullmatch(s.folded, max(t.start, t.end - 3), start)
        ]
    if s.lang == "tr":
        before = [t for t in routes if t.end <= start and not re.search(r"[;.]", s.folded[t.end : start])]
        return before[-1:]
    after = [t for t in routes if 0 <= t.start - end <= 60]
    if after:
        return after[:1]
    before = [
        t for t in routes if 0 <= start - t.end <= 120 and not re.search(r"[;.]", s.folded[t.end : start])
    ]
    return before[-1:]


# "progress towards the conclusion of a peace agreement", "steps toward signing": the thing is
# still to come
_TOWARDS = re.compile(
    r"\b(?:towards?|conclu\w+(?: of)?|signing(?: of)?|to (?:sign|conclude|reach)|reach(?:ing)?|on the way to|"
    r"imzalanmasi\w*|yönelik|doğru)\s+(?:(?:the|a|an|final|historic|lasting|durable|bir|nihai|kalici)\s+)*$"
)


def _still_to_come(s: Sentence, target: str, targets: list[M]) -> bool:
    """A welcome whose target is a process (going on: it is supported, ``tests/devset/README.md``),
    a treaty the lexicon knows as not yet signed or initialled at the article's date, or a
    thing written as the goal ("progress towards the conclusion of ..."), unless the lexicon
    knows it signed by the article's date ("welcomed the signing of the declaration")."""
    if target.endswith("-process"):
        return True
    known = s.type_of(target) == "Treaty" and target in s.lexicon.entities
    date = s.document.date or s.doc_year
    signed = str(s.lexicon.attribute(target, "date") or "") if known else ""
    if signed and date and signed[: len(date)] <= date[: len(signed)]:
        return False
    at = next((t for t in targets if t.key == target), None)
    if at is not None and _TOWARDS.search(s.folded, max(0, at.start - 40), at.start):
        return True
    if not known:
        return False
    done = str(s.lexicon.attribute(target, "date") or s.lexicon.attribute(target, "initialled") or "")
    return not done or (bool(date) and date[: len(done)] < done[: len(date)])


_WORK_FOR = {
    "en": re.compile(
        r"\b(?:began|begun|started|launched|is building|are building|began building|invest(?:s|ed|ing)?|"
        r"(?:has|have) (?:begun|started)) (?:work|construction|building|to build)\b"
    ),
    "tr": re.compile(r"(?:çalişma(?:lar)?[ıi]? başlat\w*|inşa\w* başla\w*|inşasina başla\w*|yatirim yap\w*)"),
}
_FOR = {"en": re.compile(r"\bfor (?:the )?$"), "tr": re.compile(r"^\s+için\b")}


# The literals every match of _WORK_FOR holds: a sentence without them is skipped before the regex.
_WORK_FOR_WORDS = {"en": ("work", "construction", "build"), "tr": ("başla", "yatirim yap")}


def _support_by_work(s: Sentence) -> None:
    if not has_any(s.folded, _WORK_FOR_WORDS[s.lang]):
        return
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


_EARLIER = re.compile(
    r"(?:önceki|geçmiş|geçen|previous|earlier|past|last)\s+(?:\w+\s+)?$|"
    # "daha önce düzenlediği resmi ziyareti", "geçen yıl yaptığı ziyareti": a participle's earlier one
    r"(?:daha önce|önceki|geçen (?:yil|ay|hafta)\w*)\s+(?:[\w']+\s+)?"
    r"\w+(?:diği|digi|duğu|dugu|tiği|tuğu)\s+(?:\w+\s+)?$"
)
_FURTHER = re.compile(
    r"\b(?:next|further|another|more|new|future|upcoming|subsequent|follow-up|sonraki|daha fazla|"
    r"yeni|başka|gelecek|ileriki|müteakip|yeni bir|"
    # "the mutual visits of journalists", "karşılıklı ziyaretinin": exchanges, not the meeting told
    r"mutual|reciprocal|karşilikli)\s+(?:\w+\s+)?$"
)
_PARTICIPLE_BEFORE_TR = re.compile(
    # "karşılayan", "çıkan", "eden", "veren"; not an ablative ("bölgeden"), nor "olan" (a description),
    # nor the adverbs that end alike ("itibaren", "tamamen", "hemen", "zaman")
    r"(?:\beden|\wy[ae]n|\w(?<![dt])[ae]n)(?<!\bolan)(?<!\bbulunan)(?<!itibaren)(?<!tamamen)(?<!\bhemen)"
    r"(?<!zaman)\s+$"
)


def _described_subject(s: Sentence, a: M) -> bool:
    """``a`` is the subject a Turkish participle right before it describes ("karşılayan Aliyev"),
    the participle not being a name itself ("Paşinyan Aliyev ile")."""
    if not _PARTICIPLE_BEFORE_TR.search(s.folded, max(0, a.start - 20), a.start):
        return False
    word_start = s.folded.rfind(" ", 0, a.start - 1) + 1
    return not any(m.start <= word_start < m.end for m in s.mentions)


_HELD_TR = re.compile(r"(?:yapilmas|gerçekleştirilmes|düzenlenmes)\w*\s+$")
_MEETING_WORD = {
    "en": re.compile(
        r"\b(?:the |this |that )?(?:meeting|summit|talks|negotiations|forum|conference|visit)\b"
    ),
    "tr": re.compile(r"(?:görüşme|zirve|toplanti|müzakere|forum|konferans|buluşma|ziyaret)\w*"),
}


_MEETINGS_PLURAL = {
    "en": re.compile(r"(?:the |these |those )?(?:meetings|summits)\b"),
    "tr": re.compile(r"(?:görüşme|gorusme|toplanti|zirve|buluşma|bulusma)l[ae]r"),
}


def _meetings_named(s: Sentence, voice: Voice, start: int, end: int) -> list[M]:
    """ "welcomed the talks", "zirveyi memnuniyetle karşıladı": the meeting this sentence or the
    one before reports, else the one the document told in the last ten sentences, named right
    after the English verb or right before the Turkish one."""
    # a meeting to come counts too: "... gerçekleştireceği üçlü görüşmeyi memnuniyetle karşıladı"
    # an undated meeting too: the document's end dates it or drops the stance with it
    told = [st.subject for st in s.out if st.subject.startswith("meeting/") and st.modality == "asserted"]
    dated = [k for k in told if "?" not in k]
    recent = voice.meeting if s.index - voice.meeting_at <= 10 else ""
    undated = voice.undated if s.index - voice.undated_at <= 10 else ""
    key = (dated or [s.recent_meeting or recent])[0] or (told or [undated])[0]
    if not key:
        return []
    near = [
        m
        for m in _MEETING_WORD[s.lang].finditer(s.folded)
        if (s.lang == "en" and 0 <= m.start() - end <= 12)
        or (s.lang == "tr" and 0 <= start - m.end() <= 30)
        # "buluşmasının ... Gabala kentinde yapılmasının memnuniyet verici olduğu": its being held
        or (s.lang == "tr" and 0 <= start - m.end() <= 110 and _HELD_TR.search(s.folded, m.end(), start))
    ]
    # "önceki toplantılarında", "at their previous meeting": another meeting than this one
    near = [m for m in near if not _EARLIER.search(s.folded, max(0, m.start() - 60), m.start())]
    # "pave the way for a next meeting", "daha fazla görüşmeyi kolaylaştırmaya hazır", "bir sonraki
    # görüşmeyi": meetings still to come, not the one told
    near = [m for m in near if not _FURTHER.search(s.folded, max(0, m.start() - 25), m.start())]
    return [M(key, "Meeting", m.start(), m.end(), "coref") for m in near][:1]


_PLURAL_TREATY = {
    "en": re.compile(r"(?:agreements|treaties|accords|deals)\b"),
    "tr": re.compile(r"(?:anlaşma|antlaşma|anlasma|antlasma)l[ae]r"),
}


def _generic_treaties(s: Sentence, named: list[M]) -> list[M]:
    """ "the declaration", "imzalanan deklarasyonu": the treaty a common noun refers to."""
    from loaders.rules.treaties import _just_signed, _refer, _treaty_mentions

    found = []
    for start, end, key, kind in _treaty_mentions(s):
        if key or any(m.start <= start < m.end for m in named):
            continue
        if _PLURAL_TREATY[s.lang].search(s.folded, start, end):
            continue  # "the agreements reached", "anlaşmaları": several documents, not the one in view
        treaty = (start, end, key, kind)
        resolved = _refer(s, treaty) or _just_signed(s, treaty)
        if resolved:
            found.append(M(resolved, "Treaty", start, end, "coref"))
    return found


# what the reading of claims (:mod:`.speech`) shares with the stances: who speaks a quote, the
# agents that can speak, the key a mention of a speaker stands for, "he" / "she"
speaking_agents = _agents
transcript_label = speaker_label
speaker_key = _key
the_person = _he
speaker_ahead = _speaker_ahead
nominative = _nominative
oblique = _oblique
SAID_AFTER_EN = _SAID_AFTER_EN
SAID_BEFORE_EN = _SAID_BEFORE_EN
NOT_THE_SPEAKER_EN = _NOT_THE_SPEAKER_EN
