"""Who says what: facts read from reported speech keep their speaker (issue 15).

"Trump said the route will connect Azerbaijan with its exclave", "according
to the Azerbaijani defence ministry, Armenian forces shelled ...", "Tahran'a
göre ...", "X, ... olduğunu açıkladı": what the reported clause states is the
speaker's claim, not something the article vouches for.

The decision (``ontology/README.md``): a fact from reported speech is a
**claim** (modality ``reported``, with its ``speaker``) and stays out of the
asserted view, unless the speaker is a party to it, speaking of their own
act or their own side's ("Pashinyan said he signed", "Lavrov said Russia
would control the route", "the Turkish ministry said Türkiye's envoy met
Rubinyan in Vienna": the speaker, or the state or organization they lead or
speak for, is a side of the fact: its subject or object, a participant,
signatory, party or mediator of the meeting or treaty it is about, or the
state such a person leads). Then the fact is asserted and its record still
names the speaker. Stances are the speaker's own words about themselves and
are never claims; nor are what the article says of the speaker (their
office, the entities' names and types).

The frames that make a stretch of a sentence someone's words:

- a verb of saying with its subject: "X said (that) ...", "X, a senior adviser, later
  insisted that ...", "..., X said", "..., said X", "he recalled that ..."; "X, ...
  olduğunu / olduklarını / olacağını söyledi", "... belirterek", "... söyleyen X";
- a source formula: "according to X", "X'e göre", "X'in açıklamasında", "X'ten yapılan
  açıklamada", "Açıklamada ... belirtildi" (the statement told just before);
- a quote, with the speaker :mod:`.stances` reads for it, running on across sentences
  until it closes ("Bakanlığın açıklaması şöyle: \\"... . ... .\\"").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.records import FACT_RELATIONS, Statement
from loaders.rules import AGENT_TYPES, M, Sentence, has_any
from loaders.rules.discovery import slug
from loaders.rules.stance_reports import accusations
from loaders.rules.stances import (
    NOT_THE_SPEAKER_EN,
    SAID_AFTER_EN,
    SAID_BEFORE_EN,
    Voice,
    nominative,
    oblique,
    quoted_spans,
    speaker_ahead,
    speaker_key,
    speaking_agents,
    the_person,
)
from loaders.rules.stances import transcript_label as speaker_label
from loaders.text import fold

_SAY_EN = (
    r"(?:said|says|told|tells|stated|states|noted|added|announced|declared|claimed|warned|stressed|"
    r"emphasi[sz]ed|insisted|argued|alleged|reported|confirmed|recalled|asserted|explained|wrote|tweeted|"
    r"underlined|pointed out|reiterated|maintained|acknowledged|disclosed|revealed|elaborated|specified|"
    r"clarified|indicated)"
)
_SAY_VERB_EN = re.compile(rf"\b(?:{_SAY_EN}|reads(?= the (?:joint )?statement))\b")
# between the speaker and the verb: an apposition, auxiliaries, adverbs ("Erdogan later said")
_BEFORE_VERB_EN = re.compile(
    r"(?:'s?)?(?:\s+(?:side|government|authorities|leadership|administration|presidency|military|army|"
    r"press service|press office|press secretary|spokesperson|spokesman|spokeswoman)(?:'s)?){0,2}"
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;]{0,80},\s*)?"
    r"(?:(?:also|has|have|had|earlier|later|then|again|further|once again|repeatedly|publicly|"
    r"\w+ly|on \w+(?: \w+)?|in a (?:written )?statement|in a \w+ (?:post|interview))\s+){0,3}$"
)
_PRONOUN_EN = re.compile(r"\b(?:he|she)\s+(?:(?:also|later|then|further|again|has|had|\w+ly)\s+){0,2}$")
_ACCORDING_EN = re.compile(
    r"\baccording to\s+(?!which\b|whom\b|what\b)(?:the\s+|a\s+)?"
)  # not "according to which"
_ACCORDING_HIM_EN = re.compile(r"(?:him|her)\b")
_STATEMENT_EN = re.compile(r"(?:statement|communiqu\w*|press release|readout)\b")
_SAY_TR = (
    r"(?:söyledi|söylemişti|belirtti|belirtmişti|açikladi|ifade etti|vurguladi|kaydetti|dile getirdi|"
    r"bildirdi|"
    r"iddia etti|duyurdu|dedi|aktardi|hatirlatti|savundu|öne sürdü|yazdi|not etti|teyit etti|"
    r"belirterek|vurgulayarak|hatirlatarak|kaydederek|ifade ederek|söyleyerek|bildirerek|açiklayarak|"
    r"dile getirerek)"
)
# "X, ... olduğunu / olduklarını / olacağını / olmasını / -dığı belirtti"
# the words of _SAY_TR (a plain alternation of literals), for a test before its patterns run
_SAY_WORDS_TR = tuple(_SAY_TR[3:-1].split("|"))
assert all(re.fullmatch(r"[a-zçğıöşü ]+", word) for word in _SAY_WORDS_TR)
_THAT_TR = re.compile(
    r"(?:[dt][ıiuü]ğ[ıiuü]n[ıiuü]|[dt][ıiuü]k(?:l[ae]r)?[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıi]n[ıi]|"
    r"[ae]c[ae]kl[ae]r[ıi]n[ıi]|m[ae]s[ıi]n[ıi]|m[ae]l[ae]r[ıi]n[ıi])\w*"
    rf"\s+(?:da\s+|de\s+|ise\s+)?(?P<say>{_SAY_TR})"
)
# "... olduğunu söyleyen Putin": the participle's noun is the speaker
_THAT_PARTICIPLE_TR = re.compile(
    r"(?:[dt][ıiuü]ğ[ıiuü]n[ıiuü]|[dt][ıiuü]k(?:l[ae]r)?[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıi]n[ıi]|"
    r"[ae]c[ae]kl[ae]r[ıi]n[ıi])\w*\s+(?:(?:de|da)\s+)?"
    r"(?P<say>söyleyen|belirten|vurgulayan|hatirlatan|kaydeden|açiklayan|ifade eden|dile getiren|bildiren)\s+"
)
_SAYING_PARTICIPLES_TR = (
    "söyleyen", "belirten", "vurgulayan", "hatirlatan", "kaydeden", "açiklayan", "ifade eden", "dile getiren",
    "bildiren",
)  # fmt: skip
_GORE_TR = re.compile(r"(?:'?[ye]?[ae])\s+göre\b|açiklamasina göre|ifadesine göre|iddiasina göre")
# "X'in açıklamasında", "X'ten / X tarafından yapılan (yazılı) açıklamada", "Açıklamada"
_STATEMENT_TR = re.compile(
    r"(?:(?P<of>'?n?[ıiuü]n)\s+(?:yazili\s+)?açiklamas[ıi]nda|"
    r"(?P<from>'?[dt][ae]n|\s+tarafindan)\s+(?:bugün\s+|dün\s+)?yapilan\s+(?:yazili\s+)?"
    r"açiklama(?:da|\s+şöyle|sinda)|"
    r"(?:^|(?<=\s))açiklamada)\b,?"
)
_PASSIVE_SAY_TR = re.compile(
    r"(?:belirtil|vurgulan|kaydedil|ifade edil|hatirlatil|bildiril|açiklan|dile getiril|aktaril|"
    r"yer veril)(?:di|miştir|mişti)\b"
)
_SAY_WORDS = {
    "en": (
        "said",
        "says",
        "told",
        "tells",
        "stated",
        "states",
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
        "underlined",
        "pointed out",
        "reiterated",
        "maintained",
        "acknowledged",
        "disclosed",
        "revealed",
        "reads the",
        "elaborated",
        "specified",
        "clarified",
        "indicated",
    ),
    "tr": (
        "göre",
        "söyle",
        "belirt",
        "açikla",
        "ifade e",
        "vurgula",
        "kaydet",
        "kaydedil",
        "dile getir",
        "bildir",
        "iddia",
        "duyurdu",
        "dedi",
        "aktar",
        "hatirlat",
        "savundu",
        "öne sürdü",
        "yazdi",
        "not etti",
        "teyit etti",
        "yer veril",
    ),
}
# What a claim can be: the facts of the world the article reports, not its descriptions.
CLAIMABLE = frozenset(FACT_RELATIONS) - {"leaderOf", "chairOf", "governs"}  # offices are descriptions
# what is read off a name ("Bakü-Tiflis-Kars Demiryolu" joins Baku, Tbilisi and Kars) is no one's claim
_NAMES = ("corridor.name",)
# a place glossed for the reader in apposition ("Syunik, the only Armenian province bordering
# Iran", "Aktau (Kazakhstan)") is the journalist's, unless it stands inside a quote
_GLOSSES = ("location.apposition", "location.parenthesis", "location.comma")
ANONYMOUS = "anonymous"
_ANONYMOUS = {
    "en": re.compile(
        r"\b(?:sources?|officials?|diplomats?|observers|experts|analysts|reports?|media|press)\b"
    ),
    "tr": re.compile(
        r"(?:kaynak\w*|yetkili\w*|diplomat\w*|gözlemci\w*|uzman\w*|iddialar\w*|basin\w*|medya\w*|haberler\w*)"
    ),
}
_APPOSITION_GLOSS = re.compile(r"[^,;]{2,80},\s+(?:the|a|an|its)\s+[^,;]*$")
_SHORT_QUOTE = 30  # a quoted word or phrase ("more flexible approach") is no one's statement


@dataclass(frozen=True, slots=True)
class Frame:
    """A stretch ``[start, end)`` of a sentence (document offsets) that ``speaker`` says."""

    speaker: str
    start: int
    end: int
    quoted: bool
    sides: frozenset[str]  # the speaker and what they lead or speak for
    first_person: bool = False  # the words say "I", "we", "you": the speaker is at what they tell


@dataclass(slots=True)
class Speech:
    """What one sentence leaves for the next: a quote still open and who speaks it, a speaker
    announced before a colon; each sentence's frames, for the statements a later step makes
    about it (a route named sentences after it is told)."""

    open_quote: bool = False
    quote_speaker: str = ""
    transcript: str = ""  # who speaks the lines after a transcript's speaker label
    announced: str = ""  # "Bakanlığın açıklaması şöyle:", "Bayramov said:": the next quote's
    announced_at: int = -9
    frames: dict[int, list[Frame]] = field(default_factory=dict)


def read_frames(s: Sentence, voice: Voice, speech: Speech) -> None:
    """The sentence's speech frames, read before the stances tell on the :class:`Voice` what
    this sentence says (who it names last, whose quote it leaves open)."""
    continued = speech.open_quote
    quotes = _quotes(s, speech)
    first_person = _FIRST_PERSON[s.lang].search  # (looked for only in a sentence with a frame)
    frames = []
    label = speaker_label(s)
    if label is not None:
        # a transcript's speaker label: the lines after it are that speaker's, up to the next
        # label; a headline "X: ..." standing alone on its line is that line only
        rest = s.view.text[s.base + len(s.text) : s.base + len(s.text) + 3]
        goes_on = s.folded.rstrip().endswith((",", ":")) or (rest[:1] == " " and "\n" not in rest)
        speech.transcript = label[0] if goes_on else ""
        if label[0]:
            start, end = s.view.span(s.base + label[1], s.base + len(s.text))
            frames.append(
                Frame(
                    label[0], start, end, True, frozenset(_sides(s, label[0])), bool(first_person(s.folded))
                )
            )
    elif speech.transcript:
        start, end = s.view.span(s.base, s.base + len(s.text))
        frames.append(
            Frame(
                speech.transcript,
                start,
                end,
                True,
                frozenset(_sides(s, speech.transcript)),
                bool(first_person(s.folded)),
            )
        )
    if quotes or has_any(s.folded, _SAY_WORDS[s.lang]):
        for speaker, (lo, hi), quoted in _frames(s, voice, speech, quotes, continued):
            start, end = s.view.span(s.base + lo, s.base + hi)
            first = quoted and bool(first_person(s.folded))
            frames.append(Frame(speaker, start, end, quoted, frozenset(_sides(s, speaker)), first))
    else:
        speech.quote_speaker = ""
    if frames:
        speech.frames[s.index] = frames


# ("x(?<!x)" matches nothing, and is looked for at an "x" only: "(?!x)x" was tried everywhere)
_FIRST_PERSON = {"en": re.compile(r"\b(?:i|we|our|us|you)\b"), "tr": re.compile(r"x(?<!x)")}


def attribute(s: Sentence, speech: Speech) -> None:
    """Turn the statements a reported clause or a quote makes into the speaker's claims."""
    frames = speech.frames.get(s.index)
    if frames:  # "Azerbaijani forces opened fire, the Armenian ministry said": its accusation
        accusations(s, frames)
    if frames and s.out:
        s.out[:] = claims(s.out, frames, s)


def claims(statements: list[Statement], frames: list[Frame], s: Sentence | None = None) -> list[Statement]:
    """The statements, those inside a frame made its speaker's (``s``: the sentence they come
    from, whose other statements say who took part in a meeting or treaty they are about)."""
    out = list(statements)
    for i, st in enumerate(out):
        if st.relation not in CLAIMABLE or st.modality not in ("asserted", "intended") or st.speaker:
            continue
        stance = st.rule.startswith("stance.")
        if (stance and st.relation != "opposes") or st.rule.rsplit(".", 1)[0].startswith(_NAMES):
            continue  # a stance is the holder's own words about themselves, never a claim
        for frame in frames:
            if not (frame.start <= st.start and st.end <= frame.end):
                continue
            if stance:
                # "Lavrov: Armenia is against the corridor": an objection (a fact of the contract) that a
                # speaker reports of another is the speaker's claim; it stays the holder's stance
                if frame.speaker not in (st.subject, ANONYMOUS):
                    out[i] = replace(st, speaker=frame.speaker)
                break
            if (
                st.rule.rsplit(".", 1)[0] in _GLOSSES or _APPOSITION_GLOSS.match(st.surface)
            ) and not frame.quoted:
                # the journalist's gloss of a place or a name inside someone's reported clause ("the Lachin
                # Corridor, the only road connecting Armenia with Karabakh, Eurasianet reported")
                continue
            # a speaker who tells a meeting in the first person ("I am happy to welcome you to Moscow")
            # is at it
            told_as_present = frame.first_person and st.subject.startswith("meeting/")
            if st.modality == "intended" or (
                frame.speaker != ANONYMOUS and (told_as_present or _party(frame.sides, st, statements, s))
            ):
                # a party speaks of its own act: asserted with its speaker; what someone says is
                # planned stays intended, with its speaker
                out[i] = replace(st, speaker=frame.speaker)
            else:
                out[i] = replace(st, modality="reported", speaker=frame.speaker)
            break
    return out


def _quotes(s: Sentence, speech: Speech) -> list[tuple[int, int]]:
    """The quoted stretches of the sentence (one still open runs to its end, one left open by
    the sentence before starts at 0)."""
    text = s.text
    if not speech.open_quote and '"' not in text and "“" not in text and "«" not in text:
        return []
    spans, speech.open_quote = quoted_spans(text, speech.open_quote)
    return spans


Found = list[tuple[str, tuple[int, int], bool]]


def _frames(
    s: Sentence, voice: Voice, speech: Speech, quotes: list[tuple[int, int]], continued: bool
) -> Found:
    """``(speaker, clause span, quoted)`` of each speech frame of the sentence."""
    agents = [m for m in speaking_agents(s, voice) if not _in_compound(s, m)]
    said = _said_en(s, voice, agents) if s.lang == "en" else _said_tr(s, voice, agents)
    frames: Found = []
    last = ""
    for a, b in quotes:
        speaker = _quote_speaker(s, voice, speech, (a, b), agents, said, continued)
        last = speaker
        if speaker and (b - a >= _SHORT_QUOTE or a == 0 or b == len(s.text)):
            frames.append((speaker, (a, b), True))
    speech.quote_speaker = last if speech.open_quote else ""
    frames += [(speaker, span, False) for speaker, span in said]
    if s.folded.rstrip().endswith(":"):  # "Bakanlığın açıklaması şöyle:", "Bayramov said:"
        named = [speaker for speaker, _ in said] or _topic_keys(s, agents, len(s.text))
        speech.announced, speech.announced_at = (named[0], s.index) if named else ("", -9)
    return frames


def _in_compound(s: Sentence, m: M) -> bool:
    """A name inside a hyphenated compound ("Bakü-Tiflis-Kars Demiryolu") is no speaker."""
    return s.folded[m.end : m.end + 1] in ("-", "–") or (m.start > 0 and s.folded[m.start - 1] in "-–")


_SAY_AFTER_QUOTE_TR = re.compile(
    r"[\s,]*(?:diye|dedi|ifade\w*|şeklinde|sözlerin\w*|cümlelerin\w*|açikla\w*|belirt\w*|kaydet\w*|"
    r"vurgula\w*|söyle\w*|yer verdi|ekledi|konuştu|değerlendir\w*)"
)


def _quote_speaker(s: Sentence, voice: Voice, speech: Speech, span: tuple[int, int], agents: list[M],
                   said: list[tuple[str, tuple[int, int]]], continued: bool) -> str:  # fmt: skip
    """Who speaks a quote: the speaker of the quote the sentence before left open, of the
    colon before it ("açıklama şöyle:"), or named around it ("..., Bayramov said", "X said:
    '...'", "X, “...” dedi", "Mirzoyan ise, “...")."""
    a, b = span
    folded = s.folded
    if a == 0 and continued:
        if speech.quote_speaker:
            return speech.quote_speaker
    elif a <= 3 and speech.announced and speech.announced_at == s.index - 1:
        return speech.announced
    outside = [m for m in agents if not (a <= m.start < b)]
    if s.lang == "en":
        after = SAID_AFTER_EN.match(folded, b)
        if after is not None:
            named = sorted((m for m in outside if b <= m.start < after.end()), key=lambda m: m.start)
            named = named or sorted(
                (
                    m
                    for m in outside
                    if after.end() <= m.start < after.end() + 40
                    and not NOT_THE_SPEAKER_EN.search(folded, after.end(), m.start)
                ),
                key=lambda m: m.start,
            )
            people = [m for m in named if m.type == "Person"]
            if people or named:
                return speaker_key(s, (people or named)[0])
            if _PRONOUN_AFTER_EN.search(folded, b, after.end()):
                return the_person(s, voice)
            if _THE_STATEMENT_AFTER_EN.search(folded, b, after.end()) and voice.statement:
                return voice.statement
        said_before = SAID_BEFORE_EN.search(folded, max(0, a - 60), a)
        if said_before is not None:
            before = [m for m in outside if m.end <= said_before.start()]
            if before and said_before.start() - before[-1].end <= 40:
                return speaker_key(s, before[-1])
            if _PRONOUN_AFTER_EN.search(folded, max(0, said_before.start() - 8), said_before.start()):
                return the_person(s, voice)
        if b == len(s.text):
            return speaker_ahead(s, voice)
        return ""
    introduced = [
        m for m in outside if m.end <= a and re.fullmatch(r"[\s,:]*(?:ise[\s,]*)?", folded[m.end : a])
    ]
    if introduced:  # "Mirzoyan ise, “...", "Bakan Çavuşoğlu: “..."
        return speaker_key(s, introduced[-1])
    if _SAY_AFTER_QUOTE_TR.match(folded, b) or (
        b == len(s.text) and a > 0 and _SAY_BEFORE_QUOTE_TR.search(folded, 0, a)
    ):
        # "X, ... belirterek, “...” ifadelerini kullandı": the sentence's subject, else the speaker
        # of a frame around it, else the statement just told, else the last person named
        topic = _topic_keys(s, [m for m in outside if m.end <= a], a)
        if topic:
            return topic[0]
        if said:
            return said[0][0]
        if voice.statement and s.index - voice.statement_at <= 2:
            return voice.statement
        return voice.person
    return ""


_SAY_BEFORE_QUOTE_TR = re.compile(
    r"(?:(?:belirt|vurgula|hatirlat|kayded|ifade ed|söyley|diy|altini çiz|dile getir|bildir|açiklay|ekley|"
    r"not ed|değerlendir|seslen|hitap ed)[ae]r[ae]k|dedi|şunlari söyledi|"
    r"şöyle konuştu|şu ifadelere yer verdi|şu ifadeleri kullandi|açiklamasinda|konuşmasinda|konuşmada)\W*$"
)
_PRONOUN_AFTER_EN = re.compile(r"\b(?:he|she)\b")
_THE_STATEMENT_AFTER_EN = re.compile(
    r"\bthe (?:statement|communiqu\w*|ministry|press service|press office)\b"
)
_THE_STATEMENT_BEFORE_EN = re.compile(
    r"\b(?:the|that|this) (?:joint |written |official )?(?:statement|communiqu\w*|press release|readout|"
    r"press service|press office)(?:\s+(?:also|further|then|later))?\s+$"
)
_THE_STATEMENT_NEXT_EN = re.compile(
    r"\s+(?:the|that|this) (?:joint |written |official )?(?:statement|communiqu\w*|press release|readout|"
    r"press service|press office)\b"
)


def _said_en(s: Sentence, voice: Voice, agents: list[M]) -> list[tuple[str, tuple[int, int]]]:
    frames: list[tuple[str, tuple[int, int]]] = []
    folded, n = s.folded, len(s.text)
    for match in _ACCORDING_EN.finditer(folded):
        end = match.end()
        speaker = next(
            (
                speaker_key(s, m)
                for m in agents
                if end <= m.start <= end + 40 and "," not in folded[end : m.start]
            ),
            "",
        )
        if not speaker and _ACCORDING_HIM_EN.match(folded, end):
            speaker = the_person(s, voice)  # "According to him, ..."
        if not speaker and _STATEMENT_EN.search(folded, end, end + 40) and voice.statement:
            speaker = voice.statement  # "according to the statement"
        speaker = speaker or _anonymous(s, end, end + 40) or _outlet_after(s, end)
        if not speaker:
            continue
        comma = folded.find(",", end)
        if match.start() < 3 and comma > 0:  # "According to X, CLAUSE"
            frames.append((speaker, (comma, n)))
        else:  # "CLAUSE, according to X"
            frames.append((speaker, (0, match.start())))
    for verb in _SAY_VERB_EN.finditer(folded):
        before = folded[max(0, verb.start() - 120) : verb.start()]
        gap = _BEFORE_VERB_EN.search(before)
        speaker, at = "", -1
        if gap is not None:
            edge = verb.start() - (len(before) - gap.start())
            subject = [m for m in agents if m.end <= edge and edge - m.end <= 3 and m.start < verb.start()]
            if subject:
                m = max(subject, key=lambda m: m.end)
                speaker, at = speaker_key(s, m), m.start
        if not speaker and voice.statement and s.index - voice.statement_at <= 6:
            # "the statement said", "the joint statement also noted": the statement told before
            told = _THE_STATEMENT_BEFORE_EN.search(before)
            if told is not None:
                speaker, at = voice.statement, verb.start() - len(before) + told.start()
        pronoun = _PRONOUN_EN.search(before) if not speaker else None
        if pronoun is not None:
            speaker, at = the_person(s, voice), verb.start() - len(before) + pronoun.start()
        if not speaker and _REPORTS_EN.match(verb.group(0)):
            # "..., Astana News reported", "local media reported": an outlet no lexicon lists, or
            # unnamed media
            outlet = _OUTLET_BEFORE_EN.search(s.text, max(0, verb.start() - 80), verb.start())
            if outlet is not None:
                speaker, at = _outlet_key(s, outlet.group("name")), outlet.start()
            elif _MEDIA_BEFORE_EN.search(folded, max(0, verb.start() - 40), verb.start()):
                media = _MEDIA_BEFORE_EN.search(folded, max(0, verb.start() - 40), verb.start())
                assert media is not None
                speaker, at = (
                    ANONYMOUS,
                    media.start() + len(media.group(0)) - len(media.group(0).lstrip(", ")),
                )
        if speaker and at >= 0:
            # "..., the press service of the Azerbaijani Foreign Ministry reported": the ministry's service
            lead = _DETERMINER_EN.sub("", _SERVICE_OF_EN.sub("", folded[:at].rstrip()))
            rest = folded[verb.end() :].strip(" .")
            trailing = not rest or rest.startswith(",") or _TRAILING_EN.match(rest) is not None
            if (
                lead.endswith((",", "”", '"')) and at > 20 and trailing
            ):  # "CLAUSE, X said.", "CLAUSE, the ministry said."
                frames.append((speaker, (0, at)))
            else:  # "X said (that) CLAUSE"
                lo = verb.end()
                setting = _SETTING_EN.match(folded, lo)
                if setting is not None:
                    # "X said during a ceremony where the leaders signed ...", "X said at a meeting in Baku on
                    # Monday": the scene of the words is the text's; the words start at a later "that", if any
                    that = _THAT_EN.search(folded, setting.end(), _relative_end(folded, lo, n))
                    if that is None:
                        continue
                    lo = that.end()
                frames.append((speaker, (lo, _relative_end(folded, verb.end(), n))))
            continue
        # "CLAUSE, said X": the verb after the clause, its speaker after it
        if folded[: verb.start()].rstrip().endswith((",", "”", '"')) and verb.start() > 20:
            outlet_key = _outlet_after(s, verb.end()) if _REPORTS_EN.match(verb.group(0)) else ""
            if outlet_key and not any(verb.end() <= m.start <= verb.end() + 50 for m in agents):
                frames.append((outlet_key, (0, verb.start())))  # "..., reported Kazinform news agency"
                continue
            if (
                voice.statement
                and s.index - voice.statement_at <= 6
                and _THE_STATEMENT_NEXT_EN.match(folded, verb.end())
            ):
                frames.append((voice.statement, (0, verb.start())))  # "..., says the statement"
                continue
            after = [m for m in agents if verb.end() <= m.start <= verb.end() + 50]
            people = [m for m in after if m.type == "Person"]
            first = (people or after)[:1]
            if first and not re.search(
                r"[,.;]|\b(?:by|to|as|citing|quoting)\b", folded[verb.end() : first[0].start]
            ):
                frames.append((speaker_key(s, first[0]), (0, verb.start())))
    return frames


_SETTING_EN = re.compile(
    r"\s*,?\s*(?:during|at|on the sidelines of|after|before|following|ahead of|while|when|in an? |in his |"
    r"in her |in the |on (?:the )?(?:phone|sidelines|occasion|eve)|upon)\b"
)
_THAT_EN = re.compile(r"\bthat\b")
_SERVICE_TR = re.compile(
    r"(?:'?n?[ıiuü]n)?\s+(?:basin (?:servisi|bürosu|ofisi|merkezi)|sözcülüğü|sözcüsü)\w*\s+(?:tarafindan\s+)?"
    r"(?:yapilan\s+)?(?:yazili\s+)?"
)
_DETERMINER_EN = re.compile(r"\s*\b(?:the|its|their|his|her)$")
_SERVICE_OF_EN = re.compile(
    r"\s*\b(?:the\s+)?"
    r"(?:press service|press office|press secretary|spokesperson|spokesman|spokeswoman|office)"
    r"\s+of(?:\s+the)?$"
)
# what may follow the verb of "CLAUSE, X said" ("... on Monday", "in a statement", "late April 28"); more
# than that ("In an interview with X, Aliyev said he had met ...") is the reported clause itself
_TRAILING_EN = re.compile(
    r"(?:(?:on|in|at|during|after|late|early|earlier|later|yesterday|today|this|last|in a|citing|quoting|"
    r"according)\b[^;]{0,80}|\w+ly|the next day|the same day)$"
)

# -- sources no lexicon lists: a news outlet, a presidency's office -----------------------------
# "..., Astana News reported", "..., reported Kazinform news agency", "according to Eurasianet",
# "'Ermenihaber.am'e göre", "Azerbaycan Cumhurbaşkanlığından yapılan açıklamaya göre": the source keyed
# by its name as written (``tests/devset/README.md``: "reported Kazinform news agency" is ``kazinform``);
# the publisher naming itself ("Trend reports") is the text's own voice
_OUTLET_KIND = (
    r"(?:[Nn]ews [Aa]gency|[Nn]ews [Ss]ervice|[Aa]gency|[Nn]ewspaper|[Dd]aily|[Ww]ebsite|[Nn]ews [Pp]ortal|"
    r"[Pp]ortal|[Oo]utlet|TV|[Tt]elevision|[Bb]roadcaster)"
)
_OUTLET_NAME = r"(?P<name>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*)"
_REPORTS_EN = re.compile(r"reported|reports|wrote")
_OUTLET_BEFORE_EN = re.compile(
    rf"(?:^|(?<=[,;]\s)|(?<=[,;]))\s*(?:the\s+)?(?:[a-z]+\s+)?{_OUTLET_NAME}(?:\s+{_OUTLET_KIND})?\s+$"
)
_OUTLET_AFTER_EN = re.compile(
    rf"\s*(?:the\s+)?(?:[a-z]+\s+)?{_OUTLET_NAME}(?:\s+{_OUTLET_KIND})?\s*(?:[.,;]|$)"
)
_MEDIA_BEFORE_EN = re.compile(
    r"(?:^|,\s*)(?:the\s+)?(?:[\w-]+\s+){0,2}(?:media|press|news outlets|outlets|newspapers)\s+$"
)
_NOT_A_SOURCE = frozenset(
    {"he", "she", "it", "they", "we", "i", "the", "this", "that", "there", "reuters it"}
)


def _outlet_key(s: Sentence, name: str) -> str:
    """The key of a source named as written, unless it is the publisher itself, a pronoun, or a
    name the lexicon knows as something that cannot speak (a place)."""
    key = slug(re.sub(r"\s+" + _OUTLET_KIND + "$", "", name))
    publisher = slug(s.document.publisher or "")
    # the publisher by its initials too ("BMG'nin haberine göre" in Business Media Georgia's page)
    initials = "".join(
        w[0] for w in re.findall(r"[A-Z][\w-]*", re.split(r"[,(]", s.document.publisher or "")[0])
    )
    if (
        not key
        or key in _NOT_A_SOURCE
        or (publisher and (key in publisher or publisher in key))
        or (len(initials) >= 2 and key == initials.lower())
    ):
        return ""
    for found, start, end in s.lexicon.find(name, fold(name)):
        if start == 0 and end >= len(name.rstrip(".,;")):  # the whole name is the lexicon's
            # "TASS": the lexicon's key; "Baku" alone: a place, not a source
            return found if s.lexicon.entities[found].type in AGENT_TYPES else ""
    return key


# a report's words (an official statement's "açıklamaya göre" is read by the meeting rules as its news)
_SOURCE_WORD_TR = re.compile(r"(?:haber|aktardiğ|bildirdiğ|yayin)\w*$")
_UPPER_TR = "A-ZÇĞİÖŞÜ"
_SOURCE_NAMED_TR = re.compile(
    rf"(?P<name>(?:[{_UPPER_TR}][\w.&-]*\s+){{0,3}}[{_UPPER_TR}][\w.&-]*?)"
    r"(?:['’][a-zçğıöşü]+|(?<=[ıiuü])n[dt][ae]n|(?<=[a-zçğıöşü])[dt][ae]n)\s+"
    r"(?:(?:bugün|dün)\s+)?(?:yap[ıi]lan\s+(?:yaz[ıi]l[ıi]\s+)?)?$"
)
_SOURCE_BEFORE_GORE_TR = re.compile(
    rf"(?P<name>(?:[{_UPPER_TR}][\w.&-]*\s+){{0,3}}[{_UPPER_TR}][\w.&-]*)['’](?:[ye]?[ae]|n[ae])$"
)


def _source_tr(s: Sentence, at: int) -> str:
    """A source no lexicon lists before "göre": "'Ermenihaber.am'e göre", "TDH'ye göre", "X'in
    haberine göre", "X Ajansı'ndan aktardığına göre" (the name as written, its case ending taken
    off)."""
    start = s.text.rfind(" ", 0, at) + 1
    end = at + len(_WORD_AT.match(s.folded, at).group(0))  # type: ignore[union-attr]
    word = s.text[start:end].strip("'‘’\"“”")
    named = _SOURCE_BEFORE_GORE_TR.search(s.text[:end].rstrip("'‘’\"“”"))
    if named is not None and named.start() >= start - 60:
        return _outlet_key(s, named.group("name").strip("'‘’\"“”"))
    if _SOURCE_WORD_TR.search(fold(word)):
        before = _SOURCE_NAMED_TR.search(s.text, max(0, start - 80), start)
        if before is not None:
            return _outlet_key(s, before.group("name"))
    return ""


_WORD_AT = re.compile(r"[\w'’]*")


def _outlet_after(s: Sentence, start: int) -> str:
    """The outlet named right after ``start`` ("according to Eurasianet", "reported Kazinform news
    agency"), else ``""``."""
    named = _OUTLET_AFTER_EN.match(s.text, start)
    return _outlet_key(s, named.group("name")) if named is not None else ""


_RELATIVE_EN = re.compile(r",\s*(?:which|who|whose|where)\b")


def _relative_end(folded: str, start: int, end: int) -> int:
    """A reported clause ends where a relative clause set off by a comma begins: "..., which
    connects Armenia to Karabakh" glosses a name for the reader, as an apposition does."""
    relative = _RELATIVE_EN.search(folded, start, end)
    return relative.start() if relative is not None else end


def _said_tr(s: Sentence, voice: Voice, agents: list[M]) -> list[tuple[str, tuple[int, int]]]:
    frames: list[tuple[str, tuple[int, int]]] = []
    folded, n = s.folded, len(s.text)
    nominal = [m for m in agents if m.kind != "demonym"]
    for match in _GORE_TR.finditer(folded) if "göre" in folded else ():  # every match holds "göre"
        speaker_m = (
            s.ending_near(match.start() + 1, set(AGENT_TYPES), r"'?\w{0,4}")
            or next((m for m in nominal if m.end <= match.start() and match.start() - m.end <= 25), None)
            # "Bakanlığının basın servisinden yapılan açıklamaya göre": the service is the ministry's
            or next(
                (
                    m
                    for m in nominal
                    if m.end <= match.start()
                    and _SERVICE_TR.fullmatch(folded, m.end, s.folded.rfind(" ", 0, match.start()) + 1)
                ),
                None,
            )
        )
        speaker = speaker_key(s, speaker_m) if speaker_m is not None else ""
        speaker = (
            speaker
            or _anonymous(s, max(0, match.start() - 30), match.start())
            or _source_tr(s, match.start())
        )
        if speaker:
            frames.append((speaker, (match.end(), n)))
    for match in _STATEMENT_TR.finditer(folded) if "açiklama" in folded else ():  # every match holds it
        speakers: list[str] = []
        if match.group("of") is not None or match.group("from") is not None:
            # the name with its case ending ("Bakanlığından") or before it ("Bakanlığı'ndan")
            case = match.end("of") if match.group("of") is not None else match.end("from")
            named = [
                m for m in nominal if m.start < match.start() and match.start() <= m.end + 4 and m.end <= case
            ]
            if named:
                last = max(named, key=lambda m: m.end)
                speakers = [speaker_key(s, m) for m in s.coordination(last, AGENT_TYPES, forward=False)]
        elif voice.statement and s.index - voice.statement_at <= 2:
            speakers = [voice.statement]  # "Açıklamada, ...": the statement just told goes on
        frames += [(speaker, (match.end(), n)) for speaker in speakers]
    if (
        voice.statement
        and s.index - voice.statement_at <= 2
        and _PASSIVE_SAY_TR.search(folded)
        and not _topic_keys(s, nominal, n)
    ):
        frames.append((voice.statement, (0, n)))  # "... öne sürdüğü hatırlatıldı": the statement just told
    participle: list[str] = []
    for match in _THAT_PARTICIPLE_TR.finditer(folded) if has_any(folded, _SAYING_PARTICIPLES_TR) else ():
        after = s.at(match.end(), n, set(AGENT_TYPES))
        after = after or next((m for m in nominal if match.end() <= m.start <= match.end() + 40), None)
        if after is not None:
            participle = [speaker_key(s, after)]
            frames.append((participle[0], (0, match.start("say"))))
    saying = has_any(folded, _SAY_WORDS_TR)  # every match of _THAT_TR and _LAST_SAY_TR holds one
    said = [(match.start(), match.start("say")) for match in _THAT_TR.finditer(folded)] if saying else []
    final = _LAST_SAY_TR.search(folded) if saying else None
    end_say = final.start("say") if final is not None else -1
    if final is not None and not any(say == end_say for _, say in said):
        said.append((end_say, end_say))  # "X, ... kazanacağını, ancak “...” söyledi"
    for clause, say in said:
        topic = _topic(s, [m for m in nominal if m.end <= clause], clause)
        speakers = [speaker_key(s, m) for m in topic] or participle
        if not speakers and voice.person and not (say == end_say and not topic):
            speakers = [voice.person]  # a dropped subject: the last person named ("Ayrıca, ... ifade etti")
        lo = max((m.end for m in topic), default=0)
        # "X, Y ile yaptığı görüşmede, ... söyledi", "X, ziyareti sırasında, ...": the meeting or visit that
        # sets the scene of the words is the text's, not what the speaker says
        setting = _SETTING_TR.search(folded, lo, say) if topic else None
        if setting is not None:
            lo = setting.end()
        frames += [(speaker, (lo, say)) for speaker in speakers]
    return frames


_SETTING_TR = re.compile(
    r"(?:görüşme|ziyaret|toplanti|zirve|konuşma|forum|tören|temas|mülakat|röportaj)\w*"
    r"(?:[dt][ae]|sirasinda|kapsaminda|esnasinda|ardindan|sonrasinda)\s*,\s*"
)


# a sentence whose last verb is one of saying: "X, ... söyledi."
_LAST_SAY_TR = re.compile(rf"(?P<say>{_SAY_TR})\W*$")


def _topic_keys(s: Sentence, agents: list[M], before: int) -> list[str]:
    return [speaker_key(s, m) for m in _topic(s, agents, before)]


def _topic(s: Sentence, agents: list[M], before: int) -> list[M]:
    """The subject of a Turkish sentence before ``before``: the name in the nominative set off
    by a comma ("Asadov, ...", "ABD ile Ermenistan, ...", "Mirzoyan ise, ..."), not one of a
    list ("Ermenistan, Azerbaycan ve ABD arasında"); else the name the sentence opens with."""
    if s.lang != "tr":
        return []
    folded = s.folded
    candidates = [m for m in agents if m.end <= before and nominative(s, m) and not oblique(s, m)]
    for m in candidates:
        comma = re.match(r"\s*(?:ise\s*)?,\s*", folded[m.end :])
        if comma is None:
            continue
        nxt = m.end + comma.end()
        if any(o.start == nxt for o in agents):
            continue  # a list: "Ermenistan, Azerbaycan ve ABD"
        return s.coordination(m, AGENT_TYPES, forward=False)
    if candidates and candidates[0].start <= 2:
        return candidates[:1]
    return []


def _anonymous(s: Sentence, start: int, end: int) -> str:
    return ANONYMOUS if _ANONYMOUS[s.lang].search(s.folded, start, end) else ""


def _sides(s: Sentence, speaker: str) -> set[str]:
    """The speaker and what they lead or speak for: the offices the sentence gives them, their
    roles at the date in the lexicon, a ministry's state."""
    sides = {speaker}
    for st in s.out:
        if st.subject == speaker and st.relation in ("leaderOf", "partOf"):
            sides.add(st.object)
    sides |= _roles(s, speaker)
    return sides | {side.split("-ministry-of-")[0] for side in sides if "-ministry-of-" in side}


def _roles(s: Sentence, key: str) -> set[str]:
    date = s.document.date or s.doc_year
    return {role.of for role in s.lexicon.roles_of(key, date)}


_TAKING_PART = ("participant", "signatory", "partyTo", "mediatedBy")


def _party(sides: frozenset[str], st: Statement, statements: list[Statement], s: Sentence | None) -> bool:
    """The speaker, or what they lead or speak for, is a side of the fact: its subject or
    object, or one who takes part in the meeting or treaty it is about (participant,
    signatory, party, mediator), or the state or body such a person leads."""
    involved = {st.subject, st.object}
    events = {st.subject, st.object}
    for other in statements:
        if other.relation in _TAKING_PART:
            if other.subject in events:
                involved.add(other.object)
            if other.relation == "partyTo" and other.object in events:
                involved.add(other.subject)
    if sides & involved:
        return True
    if s is None:
        return False
    for key in list(involved):
        for led in _roles(s, key):
            involved.add(led)
            if "-ministry-of-" in led:
                involved.add(led.split("-ministry-of-")[0])
    return bool(sides & involved)


_DOCUMENTS_OWN = ("meeting.lead.",)


def settle(statements: list[Statement]) -> list[Statement]:
    """A fact the document also states in its own voice, anywhere, is not a claim
    (``tests/devset/README.md``): its reported copies become the text's again, asserted and
    without a speaker, so one sentence's "X said" does not take from the article what
    another sentence says outright."""
    # what the document derives itself has no speaker: a meeting's type and label, the report's own
    # day given to a meeting its lead tells (copied from the statement that told it)
    statements = [
        replace(st, speaker="")
        if st.speaker
        and st.modality != "reported"
        and (st.relation not in CLAIMABLE or st.rule.startswith(_DOCUMENTS_OWN))
        else st
        for st in statements
    ]
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


def late(statements: list[Statement], speech: Speech) -> list[Statement]:
    """Statements a later step makes about an earlier sentence (a route described there and
    named after it) are its speaker's as the sentence's own are."""
    out = []
    for st in statements:
        frames = speech.frames.get(st.sentence)
        out += claims([st], frames) if frames else [st]
    return out
