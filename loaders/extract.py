"""Rules that read events and relations out of sentences.

Each rule has a name (``meeting.mediation``...) that travels with every
statement it makes, so a triple can be traced to the rule and the sentence.
"""

from __future__ import annotations

import re

from loaders.dates import find_dates
from loaders.lexicon import Lexicon
from loaders.records import Document, Extraction, Mention, Statement
from loaders.text import fold, split_sentences

AGENT_TYPES = {"State", "Person", "Organization"}

_MEETING = {
    "en": re.compile(r"\b(?:met|meet|meeting|meetings|talks|summit|negotiations)\b"),
    "tr": re.compile(r"(?:görüşme|görüştü|bir araya gel|zirve|müzakere)"),
}
# A mediation phrase: the group "who" is where the mediator's mention must end
# (English) or begin (Turkish).
_MEDIATION = {
    "en": re.compile(
        r"(?:under the mediation of|mediated by|with the mediation of|brokered by|hosted by)"
        r"\s+(?:the\s+)?(?P<tail>.{0,80})"
    ),
    "tr": re.compile(
        r"(?P<head>.{0,80}?)\s*(?:arabuluculuğunda|arabuluculuğu ile|aracılığıyla|ev sahipliğinde)"
    ),
}
_TITLES = {
    "en": r"(?:president|prime minister|chancellor|foreign minister|deputy prime minister)",
    "tr": r"(?:cumhurbaşkanı|devlet başkanı|başkanı|başbakanı|dışişleri bakanı|başbakan yardımcısı)",
}


def extract(document: Document, lexicon: Lexicon) -> Extraction:
    """Read ``document``: its sentences, entity mentions and statements."""
    result = Extraction(document=document, sentences=split_sentences(document.text))
    year = document.date[:4]
    for sentence in result.sentences:
        mentions = [
            Mention(key, sentence.index, sentence.start + s, sentence.start + e, sentence.text[s:e])
            for key, s, e in lexicon.find(sentence.text)
        ]
        result.mentions.extend(mentions)
        rules = _SentenceRules(
            document, lexicon, sentence.index, sentence.start, sentence.text, mentions, year
        )
        result.statements.extend(rules.leadership())
        result.statements.extend(rules.meetings())
    return result


class _SentenceRules:
    def __init__(
        self,
        document: Document,
        lexicon: Lexicon,
        index: int,
        offset: int,
        text: str,
        mentions: list[Mention],
        year: str,
    ) -> None:
        self.doc = document
        self.lang = document.language if document.language in _MEETING else "en"
        self.lexicon = lexicon
        self.index = index
        self.offset = offset
        self.text = text
        self.folded = fold(text)
        self.mentions = mentions
        self.year = year

    def _type(self, key: str) -> str:
        return self.lexicon.entities[key].type

    def _statement(
        self, s: str, rel: str, o: str, kind: str, start: int, end: int, rule: str, datatype: str = ""
    ) -> Statement:
        return Statement(
            subject=s,
            relation=rel,
            object=o,
            kind=kind,  # type: ignore[arg-type]
            document=self.doc.key,
            sentence=self.index,
            start=start,
            end=end,
            surface=self.doc.text[start:end],
            rule=rule,
            language=self.lang,
            datatype=datatype,
        )

    def leadership(self) -> list[Statement]:
        """``<State> President <Person>`` / ``President of the <Org> <Person>``."""
        out = []
        title = _TITLES[self.lang]
        for person in (m for m in self.mentions if self._type(m.entity) == "Person"):
            local = person.start - self.offset
            before = self.folded[max(0, local - 60) : local]
            match = re.search(rf"{title}\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){{0,3}}$", before)
            if not match:
                continue
            window = (self.offset + local - 60, person.start)
            heads = [
                m
                for m in self.mentions
                if window[0] <= m.start < m.end <= person.start
                and self._type(m.entity) in {"State", "Organization"}
            ]
            if heads:
                head = heads[-1]
                out.append(
                    self._statement(
                        person.entity,
                        "leaderOf",
                        head.entity,
                        "entity",
                        head.start,
                        person.end,
                        f"leadership.title.{self.lang}",
                    )
                )
        return out

    def meetings(self) -> list[Statement]:
        if not _MEETING[self.lang].search(self.folded):
            return []
        agents = [m for m in self.mentions if self._type(m.entity) in AGENT_TYPES]
        mediators = self._mediators(agents)
        participants = sorted({m.entity for m in agents} - {m.entity for m in mediators})
        if len(participants) < 2 and not mediators:
            return []
        dates = find_dates(self.text, self.year)
        places = [m for m in self.mentions if self._type(m.entity) == "Place"]
        out: list[Statement] = []
        start, end = self.offset, self.offset + len(self.text)
        rule = f"meeting.{self.lang}"
        for date in dates or [None]:  # type: ignore[list-item]
            place = places[0].entity if places else ""
            key = "meeting/" + "-".join(
                p for p in [date.value if date else self.doc.key, place, *participants[:3]] if p
            )
            out.append(self._statement(key, "type", "Meeting", "class", start, end, rule))
            for p in participants:
                out.append(self._statement(key, "participant", p, "entity", start, end, rule))
            for m in mediators:
                out.append(
                    self._statement(
                        key,
                        "mediatedBy",
                        m.entity,
                        "entity",
                        m.start,
                        m.end,
                        f"meeting.mediation.{self.lang}",
                    )
                )
            if place:
                out.append(
                    self._statement(key, "heldIn", place, "entity", places[0].start, places[0].end, rule)
                )
            if date:
                out.append(
                    self._statement(
                        key,
                        "date",
                        date.value,
                        "literal",
                        self.offset + date.start,
                        self.offset + date.end,
                        rule,
                        "date",
                    )
                )
        return out

    def _mediators(self, agents: list[Mention]) -> list[Mention]:
        found = []
        for match in _MEDIATION[self.lang].finditer(self.folded):
            group = "tail" if self.lang == "en" else "head"
            lo, hi = (self.offset + match.start(group), self.offset + match.end(group))
            inside = [m for m in agents if lo <= m.start and m.end <= hi]
            if inside:
                found.append(inside[0] if self.lang == "en" else inside[-1])
        return found
