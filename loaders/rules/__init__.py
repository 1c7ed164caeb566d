"""What every rule reads: one sentence, its mentions and dates, and how to
make a statement with exact provenance.

Rule families live in their own modules (:mod:`.mentions` for titles,
metonymy and coreference, :mod:`.meetings`, :mod:`.treaties`,
:mod:`.relations` for corridors, control, stances and wars).  Each rule has a
name (``meeting.mediation.tr``...) that travels with every statement it
makes.  Rules match the cleaned, folded sentence (same length as the cleaned
sentence); every span is mapped back to the original document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

from loaders.dates import DateMention, find_dates, last_month_dates, relative_dates, span_dates
from loaders.lexicon import Lexicon
from loaders.patterns import by_first_letter
from loaders.records import Document, Modality, Statement, from_values
from loaders.text import TextView

AGENT_TYPES = frozenset({"State", "Person", "Organization"})
# a minister's portfolio, before 'minister' or after 'minister of' ("Defence Minister", "Minister of
# Foreign Affairs"); in Turkish before 'Bakanı' ("Savunma Bakanı", "İçişleri Bakanı"), with or without
# Turkish letters.  Only portfolios: a free word before the title would eat the 'and' of the join.
_PORTFOLIO_EN = (
    r"(?:foreign|defen[cs]e|interior|home|internal|economy|economic|energy|finance|justice|transport|"
    r"trade|agriculture|health|education|culture|emergency|emergencies|digital development|"
    r"infrastructure|territorial administration|labou?r|environment|ecology|industry|"
    r"(?:foreign|internal|home) affairs|emergency situations|economic development|foreign trade)"
)
_PORTFOLIO_TR = (
    r"(?:d[iı][şs][iı][şs]ler[iı]|[iı][çc][iı][şs]ler[iı]|(?:mill[iî] )?savunma|ekonomi|"
    r"enerji(?: ve tabii kaynaklar)?|ula[şs]t[iı]rma(?: ve altyap[iı])?|ticaret|adalet|"
    r"(?:hazine ve )?maliye|tar[iı]m(?: ve orman)?|sa[ğg]l[iı]k|k[üu]lt[üu]r(?: ve turizm)?|"
    r"sanayi(?: ve teknoloji)?|[çc]evre(?: ve [şs]ehircilik)?|e[ğg]itim|milli e[ğg]itim|"
    r"aile ve sosyal hizmetler|[çc]al[iı][şs]ma ve sosyal g[üu]venlik)"
)
_TITLE_WORDS = re.compile(
    r"\s*\b(?:(?:deputy |vice[- ]|first deputy |acting )?(?:prime minister|president|chancellor|"
    rf"{_PORTFOLIO_EN} minister|minister(?: of (?:the )?{_PORTFOLIO_EN})?|"
    rf"(?:{_PORTFOLIO_EN} |state )secretary|secretary of state)|"
    r"cumhurba[şs]kan[iı]|devlet ba[şs]kan[iı]|ba[şs]bakan(?:[iı]|\b)|"
    rf"{_PORTFOLIO_TR} bakan[iı](?: yard[iı]mc[iı]s[iı])?|ba[şs]kan[iı])\b\s*"
)
HEAD_TITLES = frozenset({"president", "prime-minister", "chancellor", "supreme-leader", "secretary-general"})


# what joins two mentions in a coordination (Sentence.coordination)
_JOIN = re.compile(
    r"(?:\s+(?:ülkeleri|countries|states|nations|regions?|bölges[i]|bölgeleri|provinces?|districts?|"
    r"şehirleri|kentleri|cities|towns|villages|köyleri|ilçeleri)\w*)?"
    r"(?:(?:'?n?[ıiuü]n)?\s+yani\s+sira)?"
    r"\s*(?:,\s*(?:and\s+|ve\s+)?|\s+(?:and|ve|ile|as well as|along with|&)\s+|\s*[-–]\s*|"
    r"(?<=sira)\s+)"
    r"(?:the\s+|both\s+|(?:his|her)\s+(?:[a-z]+\s+)?(?:counterpart|colleague),?\s+|"
    r"(?:[a-zçğıöşü]+\s+)?mevkidaş[ıi]\s+)?"
)
# Sentence.ending_near's gaps, compiled once (re's own cache is looked up at each call)
_GAPS: dict[str, re.Pattern[str]] = {}


@dataclass(slots=True)
class M:
    """A mention inside one sentence (offsets local to the cleaned sentence)."""

    key: str
    type: str
    start: int
    end: int
    kind: str = "name"  # name, demonym, metonym, title, coref
    consumed: bool = False  # part of a larger phrase (the "Azerbaijani" of "Azerbaijani President")


# "on the same day", "later that day", "the next day", "aynı gün", "ertesi gün": a day told by
# the sentence before (its one day, or the day after it)
_SAME_DAY_WORDS = ("same day", "that day", "next day", "following day", "day later", "ayni g", "ertesi g")
_SAME_DAY = {
    "en": re.compile(
        r"\b(?:(?:on\s+)?(?:the|that)\s+same\s+day|(?:later|earlier)\s+that\s+day|"
        r"(?P<next>(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later))\b"
    ),
    # (typed without Turkish letters too: "ayni gun", "ertesi gun")
    "tr": re.compile(r"(?<!\w)(?:ayni g[üu]n(?:[üu]n)?|(?P<next>ertesi g[üu]n(?:[üu])?))(?!\w)"),
}


@dataclass(slots=True)
class Sentence:
    document: Document
    lexicon: Lexicon
    view: TextView
    index: int
    base: int  # offset of the sentence in the cleaned text
    text: str
    folded: str
    lang: str
    doc_year: str
    mentions: list[M] = field(default_factory=list)
    claimed_dates: set[int] = field(default_factory=set)
    # What earlier sentences leave in view: treaties named (most recent last),
    # the last day-precise date, the last meeting.
    recent_treaties: list[str] = field(default_factory=list)
    previous: Sentence | None = None  # the sentence before, for what it leaves in view
    earlier: tuple[Sentence, ...] = ()  # the two before that, nearest first (their dates only)
    recent_meeting: str = ""
    _dates: list[DateMention] | None = None
    mediation: tuple[list[M], set[str]] | None = None  # computed once by meetings.mediators
    found: Any = None  # the document's discovered entities (discovery.Found)
    provision: bool = False  # the sentence gives a treaty's provisions: "shall" is what it provides
    # the lexicon's demonyms in the sentence, read with the whole text's names (None: not read)
    demonyms: list[tuple[str, int, int]] | None = None
    # what the rules found once in the sentence and ask for again (see scan)
    memo: dict[object, Any] = field(default_factory=dict)

    @property
    def previous_date(self) -> str:
        """The last day-precise date of the previous sentence."""
        if self.previous is None:
            return ""
        days = [d for d in self.previous.dates if d.precision == "date"]
        return days[-1].value if days else ""

    @property
    def dates(self) -> list[DateMention]:
        """The sentence's dates, read the first time a rule asks."""
        if self._dates is None:
            found = find_dates(self.text, self.doc_year)
            if self.doc_year != self.document.date[:4]:  # the year the sentence before wrote
                found = [
                    replace(d, note="year from the sentence before")
                    if d.note == "year from document date"
                    else d
                    for d in found
                ]
            if any(_may_be_before(d, self.document.date) for d in found) and not _INTENDED[self.lang].search(
                self.folded
            ):  # "will meet in November": ahead, not back
                found = [_before_the_article(d, self.document.date) for d in found]
            self._dates = found
            relative = relative_dates(self.folded, self.lang, self.document.date)
            relative += span_dates(self.folded, self.lang, self.document.date)
            relative += last_month_dates(self.folded, self.lang, self.document.date)
            if self.previous is not None and has_any(self.folded, _SAME_DAY_WORDS):
                relative += self._day_of_the_sentence_before()
            if relative:
                taken = [(d.start, d.end) for d in self._dates]
                self._dates += [d for d in relative if not any(a < d.end and d.start < b for a, b in taken)]
        return self._dates

    def _day_of_the_sentence_before(self) -> list[DateMention]:
        """ "On the same day", "the next day", "aynı gün", "ertesi gün": the day the sentence
        before names (one day only; a line between with no date is passed), or the day after."""
        days: set[str] = set()
        for before in (self.previous, *self.earlier):  # (a line with no date between is passed)
            if before is not None:
                days = {d.value for d in before.dates if d.precision == "date"}
                if days:
                    break
        if len(days) != 1:
            return []
        (day,) = days
        out = []
        for match in _SAME_DAY[self.lang].finditer(self.folded):
            value, note = day, "the day of the sentence before"
            if match.group("next"):
                try:
                    value = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
                except ValueError:
                    continue
                note = "the day after the sentence before's"
            out.append(DateMention(match.start(), match.end(), value, True, "date", note))
        return out

    out: list[Statement] = field(default_factory=list)

    def scan(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of ``pattern`` in the folded sentence, as ``pattern.finditer(self.folded)``
        finds them, found once a sentence: several rules walk the same trigger words (the
        meetings' up to six times a sentence)."""
        found = self.memo.get(pattern)
        if found is None:
            found = self.memo[pattern] = list(pattern.finditer(self.folded))
        return found

    # -- mentions ---------------------------------------------------------
    def label_of(self, key: str) -> str:
        """The entity's label in the sentence's language: the lexicon's, or what discovery found."""
        entity = self.lexicon.entities.get(key)
        if entity is not None:
            labels = entity.labels.get(self.lang) or next(iter(entity.labels.values()))
            return labels[0]
        if self.found is not None and key in self.found.entities:
            return str(self.found.entities[key][1])
        return key

    def type_of(self, key: str) -> str:
        entity = self.lexicon.entities.get(key)
        if entity is not None:
            return entity.type
        if self.found is not None and key in self.found.entities:
            return str(self.found.entities[key][0])
        return ""

    def agents(self, include_consumed: bool = False) -> list[M]:
        return [
            m
            for m in self.mentions
            if m.type in AGENT_TYPES and (include_consumed or not m.consumed) and m.kind != "demonym"
        ]

    def of_type(self, *types: str) -> list[M]:
        return [m for m in self.mentions if m.type in types and not m.consumed]

    def at(self, start: int, end: int, types: set[str] | frozenset[str] | None = None) -> M | None:
        """The mention starting exactly at ``start`` (skipping spaces), if any."""
        while start < len(self.text) and self.text[start] in " \t\n,":
            start += 1
        best = [m for m in self.mentions if m.start == start and (types is None or m.type in types)]
        return max(best, key=lambda m: m.end) if best else None

    def ending_near(self, position: int, types: set[str] | frozenset[str], gap: str = r"[\s,]*") -> M | None:
        """The mention that ends just before ``position`` (only ``gap`` between)."""
        between = _GAPS.get(gap) or _GAPS.setdefault(gap, re.compile(gap))  # not re's cache, at each call
        candidates = [m for m in self.mentions if m.end <= position and m.type in types]
        # the nearest first (the first of equals as max() takes it): the gap is matched only until
        # one fits, not for every mention before the position
        candidates.sort(key=_nearest_end, reverse=True)
        folded = self.folded
        for m in candidates:
            if between.fullmatch(folded[m.end : position]):
                return m
        return None

    def coordination(self, first: M, types: set[str] | frozenset[str], forward: bool = True) -> list[M]:
        """``first`` and the mentions joined to it by and / ve / ile / commas (a demonym before a
        title, "and Turkish Defence Minister X", is the title's, not one of the joined)."""
        joined = [
            m for m in self.mentions if m.start == first.start and m.end == first.end and m.type in types
        ]
        joined = joined or [first]
        current = first
        while True:
            # the candidates nearest first (the first of equals, as min() and max() take them): the
            # gap to each is read only until one joins, not for every mention on that side
            if forward:
                after = [
                    m
                    for m in self.mentions
                    if m.start >= current.end and m.type in types and m is not current
                ]
                after.sort(key=_start)
                nearest = next(
                    (
                        m
                        for m in after
                        if not (m.kind == "demonym" and _TITLE_WORDS.match(self.folded, m.end))
                        and _JOIN.fullmatch(self._gap(current.end, m.start))
                    ),
                    None,
                )
            else:
                before = [
                    m
                    for m in self.mentions
                    if m.end <= current.start and m.type in types and m is not current
                ]
                before.sort(key=_end, reverse=True)
                nearest = next(
                    (
                        m
                        for m in before
                        if not (m.kind == "demonym" and _TITLE_WORDS.match(self.folded, m.end))
                        and _JOIN.fullmatch(self._gap(m.end, current.start))
                    ),
                    None,
                )
            if nearest is None:
                return joined
            current = nearest
            joined.extend(
                m
                for m in self.mentions
                if (m.start, m.end) == (current.start, current.end) and m.type in types
            )

    def _gap(self, start: int, end: int) -> str:
        """The text between two mentions, without the titles that introduce the
        second ("Erdoğan and Azerbaijani President Ilham Aliyev")."""
        gap = self.folded[start:end]
        if end - start > 60:
            return gap
        for m in self.mentions:
            if m.consumed and start <= m.start and m.end <= end:
                gap = gap[: m.start - start] + " " * (m.end - m.start) + gap[m.end - start :]
        if not has_any(gap, _TITLE_GATE) or not _TITLE_WORDS.search(gap):
            return gap
        for m in self.mentions:  # "and Turkish Defence Minister X": the title's demonym goes with it
            if (
                m.kind == "demonym"
                and start <= m.start
                and m.end <= end
                and _TITLE_WORDS.match(gap, m.end - start)
            ):
                gap = gap[: m.start - start] + " " * (m.end - m.start) + gap[m.end - start :]
        return _TITLE_WORDS.sub(" ", gap).replace("  ", " ")

    def day_dates(self) -> list[DateMention]:
        return [d for d in self.dates if d.precision == "date" and d.start not in self.claimed_dates]

    # -- statements -------------------------------------------------------
    def state(
        self,
        subject: str,
        relation: str,
        obj: str,
        kind: str,
        span: tuple[int, int],
        rule: str,
        *,
        datatype: str = "",
        modality: Modality = "asserted",
        note: str = "",
    ) -> None:
        start, end = self.view.span(self.base + span[0], self.base + span[1])
        document = self.document
        self.out.append(
            from_values(
                Statement,
                (
                    subject,
                    relation,
                    obj,
                    kind,
                    document.key,
                    self.index,
                    start,
                    end,
                    document.text[start:end],
                    f"{rule}.{self.lang}",
                    self.lang,
                    datatype,
                    modality,
                    note,
                    "",
                ),
            )
        )

    def state_date(self, key: str, date: DateMention, rule: str, modality: Modality = "asserted") -> None:
        """``key``'s date: the date's own span, its precision as the datatype (``date``,
        ``gYearMonth``, ``gYear``) and where an inferred year came from as the note."""
        self.state(
            key,
            "date",
            date.value,
            "literal",
            (date.start, date.end),
            rule,
            datatype=date.precision,
            modality=modality,
            note=date.note,
        )

    def whole(self) -> tuple[int, int]:
        return 0, len(self.text)

    def cover(self, *spans: tuple[int, int] | M | DateMention | None) -> tuple[int, int]:
        first, last = -1, -1  # a plain loop: this runs for nearly every statement
        for span in spans:
            if span is None:
                continue
            start, end = span[:2] if isinstance(span, tuple) else (span.start, span.end)
            if first < 0 or start < first:
                first = start
            if end > last:
                last = end
        if first < 0:
            raise ValueError("cover() of no span")
        return first, last


def _start(m: M) -> int:
    return m.start


def _end(m: M) -> int:
    return m.end


def _nearest_end(m: M) -> tuple[int, int]:
    return m.end, m.end - m.start


def _may_be_before(date: DateMention, document_date: str) -> bool:
    """Whether :func:`_before_the_article` would change ``date``: the regex deciding whether
    it is applied runs only then."""
    return (
        date.note == "year from document date"
        and len(document_date) >= 7
        and date.value[:7] > document_date[:7]
    )


def _before_the_article(date: DateMention, document_date: str) -> DateMention:
    """A day or month given without its year, after the article's own date, is of the year
    before: "on December 28" in an article of 25 May 2005 is 28 December 2004."""
    if (
        date.note != "year from document date"
        or len(document_date) < 7
        or date.value[:7] <= document_date[:7]
    ):
        return date
    year = str(int(date.value[:4]) - 1)
    return DateMention(
        date.start, date.end, year + date.value[4:], False, date.precision, "year before the document's date"
    )


# continents and wide regions: a line named only after these and states ("the China-Europe railway",
# "the Europe-South Caucasus-Asia railway", "the Azerbaijan-Armenia-Turkey corridor") names a direction,
# not the stations it joins
WIDE_REGIONS = frozenset(
    {
        "caucasus",
        "south-caucasus",
        "central-asia",
        "europe",
        "asia",
        "middle-east",
        "eurasia",
        "southeast-asia",
    }
)


def names_no_town(s: Sentence, keys: list[str] | frozenset[str]) -> bool:
    """Whether the stations a route's name gives are all states, continents or wide regions."""
    entities = s.lexicon.entities
    return all(key in WIDE_REGIONS or (key in entities and entities[key].type == "State") for key in keys)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """A cheap literal test that lets a rule skip a sentence before any regex runs."""
    for word in words:  # noqa: SIM110 -- a plain loop: any() over a generator costs twice as much here
        if word in text:
            return True
    return False


def any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """``has_any`` for a long list of words, as one pattern: ``any_word(words).search(text)``
    finds a match exactly where ``has_any(text, words)`` is true.  The words make a trie (each
    branch one letter, a branch ending at the first word that ends there), so the engine tries
    a letter or two at each position instead of every word: three times faster for the 200
    stance words, slower than the plain loop for a list of a few dozen whose first words are
    common."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        if "" in node:  # a word ends here: the longer ones through it add nothing to the test
            return ""
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(pattern(trie))


_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_MAX = 64  # strings in one set


def _exact(items: Any) -> set[str] | None:
    """The strings ``items`` (a parsed pattern's sequence) can match, when a few and nothing else."""
    out = {""}
    more: set[str] | None
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            more = {chr(av)}
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av) and len(av) <= 8:
            more = {chr(c) for _, c in av}
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:
            more = _exact(av[3])
        elif op is _C.BRANCH:
            more = set()
            for alternative in av[1]:
                got = _exact(alternative)
                if got is None:
                    return None
                more |= got
        else:
            return None
        if more is None or len(out) * len(more) > _MAX:
            return None
        out = {a + b for a in out for b in more}
    return out


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None or "" in a:
        return None if b is None or "" in b else b
    if b is None or "" in b:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _required(items: Any) -> set[str] | None:
    """Strings one of which every match of ``items`` contains; ``None``: none known."""
    best: set[str] | None = None
    run: set[str] = {""}
    for op, av in [*items, (None, None)]:
        if op in _ZERO_WIDTH:
            continue
        element = _exact([(op, av)]) if op is not None else None
        if element is not None and len(run) * len(element) <= _MAX:
            run = {a + b for a in run for b in element}
            continue
        best = _better(best, run)
        run = {""} if element is None else element
        if op is _C.SUBPATTERN and not av[1] and not av[2]:
            best = _better(best, _required(av[3]))
        elif op is _C.BRANCH:
            union: set[str] | None = set()
            for alternative in av[1]:
                got = _required(alternative)
                if got is None or "" in got:
                    union = None
                    break
                union |= got  # type: ignore[operator]
            best = _better(best, union)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            best = _better(best, _required(av[2]))
    return best


def must_contain(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` contains (read from its parse:
    literals, small classes, groups and alternatives; a look-around or ``\\b`` consumes
    nothing); ``("",)`` when none is known.  ``any_word(must_contain(p)).search(text)`` is then
    a gate before ``p``: false only where ``p`` cannot match."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return ("",)
    got = _required(_P.parse(pattern.pattern, pattern.flags))
    if not got or "" in got:
        return ("",)
    return tuple(sorted(t for t in got if not any(o != t and o in t for o in got)))


# (one of these is in every match of _TITLE_WORDS, which opens with \s* and is tried everywhere)
_TITLE_GATE = must_contain(_TITLE_WORDS)

# Future and conditional forms: the event is intended, not (yet) a fact.
_INTENDED = {
    "en": re.compile(
        r"\b(?:will|would|shall|is to|are to|to be|expected to|plans? to|planned|planning|intends? to|"
        r"aims? to|set to|should|could|might|must|agreed to|decided to|ready to|upcoming|next|future|"
        # "may" the verb, not the month: "In May Aliyev and Pashinyan met", "on May 16", "mid-May"
        r"(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\bearly )(?<!\blate )(?<!\bmid-)(?<!\bthis )"
        r"(?<!\blast )(?<!\d )may(?!\s+\d)|"
        r"proposed|envisag\w*|foresee\w*|once|when|if|"
        # "continue preparations for the signing of a peace treaty", "paving the way for signing"
        r"preparations? for|preparing for|prepare for|(?:pave|paves|paving|paved) the way for|"
        # "views of both sides about potential signing of a peace treaty"
        r"potential|possible|eventual|prospective)\b"
    ),
    "tr": re.compile(
        r"(?:\w*(?:[ae]c[ae]k|[ae]c[ae]ğ)\w*|öngörül\w*|ön görül\w*|planlan\w*|kararlaştiril\w*|"
        r"karar veril\w*|beklen\w*|hedeflen\w*|gerek\w*|\w*m[ae]s[ii] halinde|\w*d[ii]ğ[ii]nda|"
        r"gelecek|önümüzdeki|bir sonraki|"
        # "ortak zirve ihtimaline sıcak baktıklarını", "görüşme olasılığı": a possibility
        r"ihtimal\w*|olasilig\w*|olasiliğ\w*|"
        # "üst düzey görüşmeler gerçekleştirmeye hazır olduğunu": ready to, not done
        r"\w+m[ae]y[ae] hazir\w*|hazir ol(?:duğ|duklar|du)\w*)"
    ),
}
_INTENDED["en"] = by_first_letter(_INTENDED["en"])  # the same matches, found faster
_NEGATED = {
    "en": re.compile(
        # "not only connects X but also Y" affirms
        r"\b(?:not(?!\s+only\b)|n't|never|no longer|failed to|refused to|did not|was not|were not|has not|"
        r"have not|cancel+ed|postponed|called off|rejected)\b"
    ),
    "tr": re.compile(
        # ("-mıyor" after two letters at least: "umuyor", hopes, is no negation)
        r"(?:\w{2,}m[iuü]yor\w*|\w+(?:m[ae]d[ii]|m[ae]m[ii]ş|m[ae]yacak|m[ae]yecek|m[ae]z|m[ae]mekte|m[ae]makta|"
        r"m[ae]m[ae]s[ii]|m[ae]y[ae]n|"
        r"m[ae]d[ii]ğ[ii])\w*|değil\w*|iptal edil\w*|"
        r"ertelen\w*|reddet\w*|gerçekleşmedi\w*)"
    ),
}


_NOT_ONLY_TR = re.compile(r"\b(?:sadece|yalnizca|yalniz|salt|sirf)\b")
_TO_COME_BEFORE_TR = re.compile(r"\w+[ae]c[ae](?:ğ[ıi]|k)\w{0,4}\s+(?:\w+\s+){0,1}$")
_DONE_BEFORE = re.compile(
    r"(?:yapilan|yapilmiş|gerçekleştirilen|gerçekleştirilmiş|gerçekleşen|gerçekleşmiş|düzenlenen|düzenlenmiş|"
    r"imzalanan|imzalanmiş)\s+(?:\w+\s+){0,1}$"
)
_NOT_HELD_TR = re.compile(
    r"(?:katil|gel|git|görüş|yapil|gerçekleş|gerçekleştiril|düzenlen|toplan|buluş|bir araya gel)"
    r"m[ae](?:m[ae]s|y[ae]n|d[ii]|z\b|y[ae]c[ae]k|m[ii]ş)"
)
_CONDITION = re.compile(r"\b(?:when|once|if)\b")
_PRESENT_TRIGGER_EN = re.compile(r"(?:sign|signs|meet|meets|hold|holds|visit|visits|open|opens)")
_TIME_CLAUSE_EN = re.compile(
    r"\b(?:as soon as|(?:right |soon |immediately |only )?after|until|unless|before)\s+[^,;.]{1,50}$"
)
# "The third meeting of the special representatives ... will take place in Vienna on May 3": a
# noun trigger takes the mood of the verb it is the subject of, written after it.
_TO_COME_EN = re.compile(
    r"[^.;]{0,160}?\b(?:(?:will|would|shall|is to|are to|"
    r"(?:is|are) (?:expected|scheduled|set|due|planned) to)"
    r"\s+(?:be held|take place|happen|occur|convene|start|begin|be organi[sz]ed)|"
    r"(?:is|are) (?:scheduled|planned|set|slated) for)\b"
)
_FINITE = re.compile(r"(?:(?<!n)[dt][iuü]|m[iuü]ş|yor|m[ae]ktedir|m[ae]kta|[ae]c[ae]k)\w{0,6}$")


_PAST_EN = re.compile(r"\b(?:\w+ed|met|held|was|were|took|came|went|made|began|had|signed|sat)\b")


def _ahead(pattern: re.Pattern[str], text: str, lang: str) -> bool:
    """Whether ``text`` looks ahead by ``pattern``; an English "when" or "once" followed by a
    past verb tells a time, not a condition ("reached on October 6 when Pashinyan met ...")."""
    for match in pattern.finditer(text):
        if lang == "en" and match.group(0) in ("when", "once") and _PAST_EN.search(text, match.end()):
            continue
        return True
    return False


def _dated_before(sentence: Sentence, start: int) -> bool:
    """A date just before ``start`` ("1991'de imzalanan") earlier than the article's own."""
    today = sentence.document.date or ""
    return bool(today) and any(0 <= start - d.end <= 8 and d.value[:4] < today[:4] for d in sentence.dates)


_NOUN_TO_HOLD_EN = re.compile(
    r"\b(?:agreement|decision|proposal|plans?|offer|readiness|intention|invitation|initiative|idea|"
    r"willingness|consent)\s+(?:[^\s.;:]+\s+){0,7}?to\s+(?:hold|have|host|organi[sz]e|convene|resume|"
    r"start|begin|launch|arrange)\s+(?:[\w-]+\s+){0,2}$"
)


# the trigger, then the verbal noun of holding it ("yapma", "yapılması", "bir araya gelme"; or the
# trigger itself: "görüşme kararı") before a noun of deciding or proposing
_NOUN_TO_HOLD_TR = re.compile(
    r"\w*?(?:m[ae]|\w*(?:\s+[^\s.,;]+){0,2}?\s+"
    r"(?:yap(?:il)?|düzenle(?:n)?|gerçekleştir(?:il)?|gel|toplan|buluş|imzala(?:n)?|otur)m[ae](?:si)?)\s+"
    r"(?:karar|öneri|teklif|anlaşma|mutabakat|plan|talep|davet|niyet)"
)


def modality(sentence: Sentence, start: int, end: int) -> Modality | None:
    """The modality of a trigger word at ``[start, end)``: ``intended`` for
    future and conditional forms, ``None`` for negated ones (dropped),
    ``asserted`` otherwise.  English looks at the few words before the
    trigger; Turkish at the trigger's own suffixes and the words after it."""
    lang = sentence.lang
    folded = sentence.folded
    if lang == "en":
        rfind = folded.rfind
        clause_start = max(rfind(",", 0, start), rfind(";", 0, start), rfind(":", 0, start))
        window = folded[max(0, start - 40, clause_start + 1) : end]
        window = window[window.find(" ") + 1 :] if start - 40 > clause_start + 1 else window
        clause_start = max(clause_start, 0)
        clause = folded[clause_start:end]
    else:
        after = folded[end : end + 60]
        words = after.split()[:3]
        window = folded[start:end] + " " + " ".join(words)
        clause = window
    if _NEGATED[lang].search(window) and not (
        # "sadece 3 ülkeyi birbirine bağlamıyor" (does not only connect): "not only" affirms
        lang == "tr" and _NOT_ONLY_TR.search(folded[max(0, start - 50) : start])
    ):
        return None
    if lang == "tr" and not _FINITE.search(folded[start:end]) and _NOT_HELD_TR.search(folded, end):
        # "toplantıya ... Aliyev'in katılmaması eleştirildi": a nominal trigger whose taking part
        # or taking place the sentence negates
        return None
    if lang == "tr" and _DONE_BEFORE.search(folded[max(0, start - 40) : start]):
        # "... tarihlerinde yapılan görüşmelerde": a past participle says the event took place,
        # whatever the sentence's last verb ("... imzalaması bekleniyor") looks ahead to.
        return "asserted"
    if lang == "tr" and not _FINITE.search(folded[start:end]) and _dated_before(sentence, start):
        # "1991'de imzalanan Almatı Bildirgesi": a participle dated before the article happened,
        # whatever the sentence's last verb ("... esas alınarak belirlenecek") looks ahead to
        return "asserted"
    if lang == "tr" and _TO_COME_BEFORE_TR.search(folded[max(0, start - 40) : start]):
        # "İstanbul'a yapacağı ziyaret", "düzenlenecek zirve": a future participle before it
        return "asserted" if sentence.provision else "intended"
    if lang == "tr" and not _FINITE.search(folded[start:end]):
        # A nominal trigger ("bağlantı", "görüşmede") takes the mood of the
        # sentence's main verb, which Turkish puts last.
        window += " " + " ".join(folded.split()[-3:])
    if (
        lang == "en"
        and re.search(r"\bto\s+$", folded[max(0, start - 4) : start])
        and re.match(r"(?:meet|visit|hold|sign|attend)\b", folded[start:end])
    ):
        # "will travel to Armenia ... to meet with Rubinyan": an infinitive of purpose says
        # what is meant to happen, not what did
        return "asserted" if sentence.provision else "intended"
    if (
        lang == "en"
        and " to " in folded[max(0, start - 40) : start]
        and _NOUN_TO_HOLD_EN.search(folded, max(0, start - 110), start)
    ) or (lang == "tr" and _NOUN_TO_HOLD_TR.match(folded, start)):
        # "welcomed the agreement between A and B to hold talks in Almaty", "the decision to
        # convene a summit", "Almatı'da görüşme yapma kararını", "görüşmelerin Almatı'da
        # yapılması önerisi": what an agreement, decision or proposal is for, not yet held
        return "asserted" if sentence.provision else "intended"
    if (
        _ahead(_INTENDED[lang], window, lang)
        or (lang == "en" and _ahead(_CONDITION, clause, lang))
        # "right after Baku and Yerevan sign a peace agreement", "as soon as the sides meet": a
        # time clause whose verb is the trigger in the present looks ahead
        or (
            lang == "en"
            and _PRESENT_TRIGGER_EN.fullmatch(folded, start, end)
            and _TIME_CLAUSE_EN.search(folded, max(0, start - 70), start)
        )
        or (lang == "en" and _TO_COME_EN.match(folded, end))
    ):
        # What an official text says shall happen, or a treaty provides, is its provision.
        return "asserted" if sentence.provision else "intended"
    return "asserted"
