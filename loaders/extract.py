"""Reading events and relations out of a document, sentence by sentence.

The document's text is first cleaned (PDF page furniture, hyphenation,
Markdown markup: :mod:`loaders.cleanup`) into a view with an offset map; the
rules (:mod:`loaders.rules`) read the view, and every sentence, mention and
statement they produce is mapped back, so ``document.text[start:end]`` is
exactly its surface text.  Each statement carries the rule that made it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from loaders.cleanup import clean_markdown, clean_text, front_matter
from loaders.dates import MONTHS
from loaders.lexicon import Lexicon
from loaders.records import (
    Document,
    Extraction,
    Mention,
    Sentence,
    Statement,
    date_from,
    fact_from,
    from_values,
)
from loaders.rules import M
from loaders.rules import Sentence as RuleSentence
from loaders.rules.discovery import Found, ministry
from loaders.rules.meetings import (
    AT_THE_BORDER,
    EARLIER,
    OFFICE,
    UNDATED,
    lead_meeting,
    lead_sentences,
    nearest_told,
    report_day,
    the_days_meeting,
    the_travellers_venue,
    told_before,
    travelled_to,
)
from loaders.rules.mentions import states_named_together
from loaders.rules.relations import named_ends_yield, sections_of_lines
from loaders.rules.speech import late as late_claims
from loaders.rules.speech import settle as settle_claims
from loaders.rules.table import Context, run_families, unnamed_routes
from loaders.rules.treaties import UNDATED_ONE, UNDATED_TREATY
from loaders.rules.wars import sides_mediate_nothing
from loaders.text import TextView, fold, split_sentences

LANGUAGES = ("en", "tr")
_ISO = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def view_of(document: Document) -> TextView:
    """The cleaned text the rules read, with its map to ``document.text``."""
    if document.format == "markdown":
        _, body = front_matter(document.text)
        return clean_markdown(document.text, body)
    if document.format == "html":
        return TextView.identity(document.text)
    return clean_text(document.text)


def extract(document: Document, lexicon: Lexicon) -> Extraction:
    """Read ``document``: its sentences, entity mentions and statements."""
    view = view_of(document)
    result = Extraction(document=document)
    lang = document.language if document.language in LANGUAGES else "en"
    if document.language not in LANGUAGES:
        result.warnings.append(f"language {document.language!r} is not read by the rules; read as English")
    doc_year = document.date[:4]
    ctx = Context()
    previous: RuleSentence | None = None
    earlier: list[RuleSentence] = []  # the two sentences before ``previous``
    recent_meeting = ""
    meeting_age = 0
    entities = lexicon.entities
    folded_text = fold(view.text)
    names = lexicon.find_all(view.text, folded_text)  # the whole text's, read once
    demonyms = list(lexicon.find_demonyms(view.text, folded_text))  # and its demonyms
    at = at_demonym = 0  # the first of them not before the sentence
    for clean in split_sentences(view.text):
        start, end = view.span(clean.start, clean.end)
        index = len(result.sentences)
        result.sentences.append(from_values(Sentence, (index, start, end, document.text[start:end])))
        s = RuleSentence(
            document=document,
            lexicon=lexicon,
            view=view,
            index=index,
            base=clean.start,
            text=clean.text,
            folded=fold(clean.text),
            lang=lang,
            doc_year=_year_in_view(previous, doc_year),
            recent_treaties=ctx.recent_treaties[-6:],
            previous=previous,
            earlier=tuple(earlier),
            recent_meeting=recent_meeting,
            found=ctx.found,
        )
        s.provision = ctx.operative
        own, at = _names_in(names, at, clean.start, clean.end, view.text, folded_text, s.folded)
        if own is None:  # (a name read across the sentence's edge, or an edge with no space)
            own = list(lexicon.find(s.text, s.folded))
        s.mentions = [M(k, entities[k].type, a, b) for k, a, b in own]
        # (the demonyms family reads the sentence alone where the whole text's cannot be taken)
        s.demonyms, at_demonym = _names_in(
            demonyms, at_demonym, clean.start, clean.end, view.text, folded_text, s.folded
        )
        run_families(s, ctx)  # each family of loaders.rules.table.FAMILIES where what it needs is there
        result.statements.extend(late_claims(ctx.late, ctx.speech))
        ctx.late.clear()
        for m in s.mentions:
            a, b = view.span(clean.start + m.start, clean.start + m.end)
            result.mentions.append(from_values(Mention, (m.key, index, a, b, document.text[a:b], m.kind)))
        ordered = sorted(s.mentions, key=_start)
        persons = [m for m in ordered if m.type == "Person" and m.kind != "coref"]
        for m in persons:
            # a lexicon person named in full ("Ambassador Serdar Kılıç") is the later bare surname
            # ("Kılıç and Rubinyan held their first meeting ...")
            words = s.folded[m.start : m.end].split("'")[0].split()
            if m.kind == "name" and len(words) >= 2 and len(words[-1]) >= 4:
                ctx.found.surnames.setdefault(words[-1], m.key)
        people = list(dict.fromkeys([m.key for m in persons])) if len(persons) >= 2 else []
        if len(people) >= 2:
            # the words from just before the first of them to the last: their titles ("the
            # Co-Chairs of the OSCE Minsk Group (Igor Popov ...", "President Ilham Aliyev and
            # Prime Minister Nikol Pashinyan"), and where the first one starts in them
            lead = max(0, persons[0].start - 90)
            ctx.groups.append((people, s.folded[lead : persons[-1].end], persons[0].start - lead))
        group = states_named_together(s)
        if group:
            ctx.state_group = group
        for m in ordered:
            if m.type == "State":
                ctx.recent_states.append(m.key)
            elif m.type == "Corridor":
                if m.kind == "name":
                    ctx.recent_corridors.append(m.key)
            elif m.type == "Treaty":
                ctx.recent_treaties.append(m.key)
        s.previous = None  # keep one sentence of context, not a chain through the document
        s.earlier = ()
        if previous is not None:
            earlier = [previous, *earlier][:2]
        previous = s
        told = ""
        for st in s.out:
            if st.relation == "signatory" or (
                # "since the truce was signed on November 10": the lexicon's treaty a day named
                st.relation == "date" and st.rule.startswith("treaty.") and st.subject in entities
            ):
                ctx.recent_treaties.append(st.subject)
            if st.subject.startswith("meeting/") and st.modality == "asserted":
                told = st.subject
        # the meeting the text is telling of, for the two sentences after it that add to it
        # ("The meeting was hosted by ...", "The talks were also attended by ...")
        if told:
            recent_meeting, meeting_age = told, 0
        else:
            meeting_age += 1
            recent_meeting = recent_meeting if meeting_age <= 2 else ""
        result.statements.extend(_dedupe(s.out))
    named = {
        m.entity
        for m in result.mentions
        if m.kind == "name"
        and lexicon.entities.get(m.entity) is not None
        and lexicon.entities[m.entity].type == "Corridor"
    }
    result.statements.extend(late_claims(unnamed_routes(ctx, named), ctx.speech))
    result.statements = named_ends_yield(sections_of_lines(result.statements, document.text), lexicon)
    lead_day = report_day([st.text for st in result.sentences], lang, document.date)
    lead_set = lead_sentences([st.text for st in result.sentences])
    result.statements = _dedupe(
        the_days_meeting(
            _one_meeting_a_day(
                result.statements,
                ctx.found,
                document.date,
                lead_day,
                lexicon.located_in,
                lead_set,
                lambda key: _type_of(key, lexicon, ctx.found) == "Person",
            )
        )
    )
    result.statements = _calls_are_no_meetings(result.statements, ctx.calls, lead_set)
    result.statements = _dedupe(_the_lead_meeting_dated_later(result.statements))
    travels = travelled_to(
        [(st.index, st.start, st.text) for st in result.sentences],
        [
            (m.entity, _type_of(m.entity, lexicon, ctx.found), m.sentence, m.start, m.end)
            for m in result.mentions
        ],
        lang,
    )
    result.statements = _dedupe(the_travellers_venue(result.statements, travels))
    result.statements = _people_not_their_states(result.statements, lexicon, ctx.found)
    offices = _offices(result.statements, lexicon, ctx.found)
    result.statements = sides_mediate_nothing(
        result.statements,
        lexicon,
        lambda key, day: _state_of(key, lexicon, ctx.found, offices, day or document.date),
    )
    result.statements = _the_cochairs_mediate(result.statements)
    result.statements = settle_claims(result.statements)  # a fact the text also says itself is no claim
    result.statements = _no_placeless_meeting_of_states(result.statements, lexicon, ctx.found)
    result.statements = _date_the_undated_treaties(
        result.statements, document.date, lexicon, _opening([st.text for st in result.sentences])
    )
    result.statements = _ministers_sign(result.statements)
    result.statements = _people_sign_for_their_states(result.statements, lexicon, ctx.found)
    result.statements = _signers_bind_their_states(result.statements, lexicon, ctx.found)
    result.statements = _the_leaders_of_the_days_meeting_signed(
        result.statements, lexicon, ctx.found, [st.text for st in result.sentences]
    )
    result.statements = _the_sides_of_the_days_meeting_signed(
        result.statements, lexicon, ctx.found, [st.text for st in result.sentences]
    )
    result.statements = _signed_at_the_meeting_of_its_day(result.statements, lexicon)
    result.statements = _dedupe(_as_what_they_are(result.statements, lexicon, ctx.found))
    result.statements = _typed_as_told(result.statements)
    result.statements = _ministries_named(result.statements, lexicon, ctx.found, lang)
    return result


def _ministries_named(
    statements: list[Statement], lexicon: Lexicon, found: Found, lang: str
) -> list[Statement]:
    """A state's ministry a rule names by its key only ("the trade ministers of A and B" at a
    meeting, a ministry holding a stance) is typed and labelled like the ministries discovery
    mints (``Ministry of Trade of Azerbaijan``, ``Azerbaycan Ticaret Bakanlığı``): every
    agent of the graph has a label (the shapes)."""
    named = {st.subject for st in statements if st.relation == "label"}
    out = list(statements)
    for st in statements:
        if st.modality != "asserted" or st.relation in ("type", "label"):
            continue
        for key in (st.subject, st.object if st.kind == "entity" else ""):
            state, of, portfolio = key.partition("-ministry-of-")
            if not of or key in named or key in lexicon.entities or state not in lexicon.entities:
                continue
            named.add(key)
            key_, en, tr = ministry(state, portfolio)
            labels = lexicon.entities[state].labels
            where = labels.get(lang) or labels.get("en") or (state,)
            if key_ == "united-states-ministry-of-foreign-affairs":
                label = tr if lang == "tr" else en
            else:
                label = f"{where[0]} {tr}" if lang == "tr" else f"{en} of {where[0]}"
            if key not in found.entities:
                found.entities[key] = ("Organization", label)
            out.append(
                replace(
                    st, subject=key, relation="type", object="Organization", kind="class", datatype="",
                    rule="entity.discovered", speaker="", note="",
                )
            )  # fmt: skip
            out.append(
                replace(
                    st, subject=key, relation="label", object=label, kind="literal", datatype="string",
                    rule="entity.label", speaker="", note="",
                )
            )  # fmt: skip
    return out


def _typed_as_told(statements: list[Statement]) -> list[Statement]:
    """A meeting or treaty the document tells only in someone's words ("the co-chairs met
    Pashinyan in Yerevan on 20 February, the ministry said") or only as planned is typed in
    the same voice: its type is the speaker's claim (or the plan), not a fact of the graph
    ``asserted`` beside no fact of it (a Meeting with no participant, date or place there
    breaks the shapes, and says nothing a reader can use)."""
    told: dict[str, Statement] = {}
    asserted: set[str] = set()
    for st in statements:
        if st.relation in ("type", "label"):
            continue
        for key in (st.subject, st.object):
            if key.startswith(("meeting/", "treaty/")):
                if st.modality == "asserted":
                    asserted.add(key)
                else:
                    told.setdefault(key, st)
    out = []
    for st in statements:
        voice = told.get(st.subject) if st.relation == "type" and st.subject not in asserted else None
        if voice is not None and st.modality == "asserted":
            # in the voice of its facts, not a claim of its own: what a speaker says is the
            # facts (their records name the speaker), not that a meeting is a meeting
            st = replace(st, modality=voice.modality)
        out.append(st)
    return out


# locatedIn is a place's (its domain is Place): "X in Y" read of another kind of thing takes the
# relation of that kind (ontology 0.4.0), or none
_LOCATED_BY_KIND = {"Place": "locatedIn", "Organization": "basedIn", "Corridor": "runsThrough"}


def _as_what_they_are(statements: list[Statement], lexicon: Lexicon, found: Found) -> list[Statement]:
    """Each "in" and each office under the relation of what its subject is, so that no rule
    types a thing as what it is not (issue 12: the graph of real news must be consistent): an
    organization read "in" a place ("the EU Mission in Armenia", "Russian peacekeepers in
    Karabakh", "the Yerevan-based Regional Studies Center") is ``basedIn`` it, a corridor
    ("the route will remain part of Armenia") ``runsThrough`` it, and a person, a state, an
    event or a treaty is located nowhere (locatedIn would type it a place); a state or a body
    that chairs a group ("the co-chairs (Russia, France, the US)") is ``chairOf`` it, not its
    leader (leaderOf is a person's), and a person at the head of a town or province
    ("Kapan Mayor X") ``governs`` it (a place is no agent to lead)."""
    out = []
    for st in statements:
        if st.relation == "locatedIn":
            kind = _type_of(st.subject, lexicon, found)
            relation = _LOCATED_BY_KIND.get(kind, "locatedIn" if not kind else "")
            if not relation:
                continue
            if relation != st.relation:
                st = replace(st, relation=relation)
        elif st.relation == "leaderOf":
            if _type_of(st.subject, lexicon, found) in ("State", "Organization"):
                st = replace(st, relation="chairOf")
            elif _type_of(st.object, lexicon, found) == "Place":
                st = replace(st, relation="governs")
        out.append(st)
    return out


def _names_in(
    names: list[tuple[str, int, int]], at: int, start: int, end: int, text: str, folded_text: str, folded: str
) -> tuple[list[tuple[str, int, int]] | None, int]:
    """The lexicon's names that the sentence ``text[start:end]`` (folded: ``folded``) holds,
    offsets in the sentence, taken from ``names``, those of the whole text (from ``at`` on):
    what ``Lexicon.find`` reads in the sentence alone, where a space or the text's edge stands
    on either side of it (the name pattern looks one character beyond a name, and two before
    it, at what is a space there either way), no name of the whole text runs across either
    edge, and the sentence folds as the whole text does there.  ``None`` otherwise: the
    sentence is read alone.  Also the index to start from for the next sentence."""
    while at < len(names) and names[at][2] <= start:
        at += 1
    if (
        (start > 0 and not text[start - 1].isspace())
        or (end < len(text) and not text[end].isspace())
        or (at < len(names) and names[at][1] < start)
    ):
        return None, at
    first = at
    while at < len(names) and names[at][2] <= end:
        at += 1
    if at < len(names) and names[at][1] < end:
        return None, at
    if folded != folded_text[start:end]:
        return None, at
    return [(key, a - start, b - start) for key, a, b in names[first:at]], at


def _signed_at_the_meeting_of_its_day(statements: list[Statement], lexicon: Lexicon) -> list[Statement]:
    """A treaty the lexicon knows, told signed with no date ("... zirvenin ardından ortak
    deklarasyona imza attı"), where the document tells a meeting on the day the treaty bears
    ("Trump dün Aliyev ve Paşinyan'ı Washington'da ağırladı"): it was signed that day."""
    dated = {st.subject for st in statements if st.relation == "date" and st.modality == "asserted"}
    signed = [
        st
        for st in statements
        if st.relation == "signatory"
        and st.modality == "asserted"
        and st.subject in lexicon.entities
        and st.subject not in dated
    ]
    if not signed:
        return statements
    days = {
        st.object
        for st in statements
        if st.subject.startswith("meeting/") and st.relation == "date" and st.modality == "asserted"
    }
    extra: list[Statement] = []
    for st in signed:
        known = str(lexicon.attribute(st.subject, "date", ""))
        if len(known) == 10 and known in days and st.subject not in dated:
            dated.add(st.subject)
            extra.append(
                date_from(
                    st,
                    st.subject,
                    known,
                    "treaty.date.meeting." + st.language,
                    "the day of the meeting the document tells",
                )
            )
    return statements + extra


def _people_sign_for_their_states(
    statements: list[Statement], lexicon: Lexicon, found: Found
) -> list[Statement]:
    """A treaty whose signers the document names ("The joint declaration Aliyev and Pashinyan
    signed") was signed by them, not also by their states where another sentence says the
    states signed it ("The declaration Armenia and Azerbaijan signed in Washington"): the
    states are its parties (``partyTo`` stays), the people its signatories (the README:
    "the signers are signatory"; a state signs only when no person is named)."""
    people = {
        st.subject
        for st in statements
        if st.relation == "signatory"
        and st.modality in ("asserted", "reported")
        and _type_of(st.object, lexicon, found) == "Person"
    }
    if not people:
        return statements
    return [
        st
        for st in statements
        if not (
            st.relation == "signatory"
            and st.subject in people
            and st.modality in ("asserted", "reported")
            and _type_of(st.object, lexicon, found) == "State"
        )
    ]


def _signers_bind_their_states(
    statements: list[Statement], lexicon: Lexicon, found: Found
) -> list[Statement]:
    """A person who signs binds the state whose office another sentence gives them ("Türkiye
    Genelkurmay Başkanı Yaşar Güler ... katıldı. Toplantının ardından ... Güler ile Chachibaia
    ortak protokole imza attı"): the state they lead, or whose ministry or body they head, is
    party to what they signed (tests/devset/README.md: every state whose representative signed
    is party), when the document gives them exactly one."""
    signed = [
        st
        for st in statements
        if st.relation == "signatory"
        and st.modality in ("asserted", "reported")
        and _type_of(st.object, lexicon, found) == "Person"
    ]
    if not signed:
        return statements
    offices = _offices(statements, lexicon, found)
    parties = {(st.subject, st.object) for st in statements if st.relation == "partyTo"}
    extra = []
    for st in signed:
        states = offices.get(st.object, set())
        if len(states) != 1:
            continue
        (state,) = states
        if (state, st.subject) in parties:
            continue
        parties.add((state, st.subject))
        extra.append(fact_from(st, state, "partyTo", st.subject, "treaty.party.office.told." + st.language))
    return statements + extra


# "the signed statement by all three leaders", "the two presidents signed", "üç lider ... imzaladı":
# the leaders named elsewhere, as a group
_LEADERS_SIGNED = {
    "en": re.compile(
        r"\b(?:all|both|the)\s+(?:(?:two|three|four)\s+)?(?:leaders|presidents|heads of state)\b"
    ),
    "tr": re.compile(r"\b(?:(?:iki|üç|uc|dört|dort)\s+lider\w*|liderler\w*)"),
}
_SIGN_WORD = {"en": re.compile(r"\bsign(?:ed|ing)?\b|\binked\b"), "tr": re.compile(r"imza")}


def _the_leaders_of_the_days_meeting_signed(
    statements: list[Statement], lexicon: Lexicon, found: Found, texts: list[str]
) -> list[Statement]:
    """A document "the leaders" (both, all three) signed, in a sentence that names none of them
    ("The working group met following the signed statement by all three leaders on November 26 in
    Sochi"), dated by the day of the one meeting of leaders the document tells: that meeting's
    people signed it, and bound their states."""
    dated = {
        st.subject: st
        for st in statements
        if st.relation == "date"
        and st.modality == "asserted"
        and len(st.object) == 10
        and (st.subject.startswith("treaty/") or _type_of(st.subject, lexicon, found) == "Treaty")
    }
    if not dated:
        return statements
    signed = {st.subject for st in statements if st.relation == "signatory"}
    extra: list[Statement] = []
    offices: dict[str, set[str]] | None = None
    for treaty, when in dated.items():
        if treaty in signed:
            continue
        told = {st.sentence for st in statements if treaty in (st.subject, st.object)}
        lang = when.language
        group = [
            i
            for i in told
            if i < len(texts)
            and _LEADERS_SIGNED.get(lang, _LEADERS_SIGNED["en"]).search(fold(texts[i]).lower())
            and _SIGN_WORD.get(lang, _SIGN_WORD["en"]).search(fold(texts[i]).lower())
        ]
        if not group:
            continue
        meeting = _the_meeting_of_day(statements, when.object)
        if not meeting:
            continue
        people = list(
            dict.fromkeys(
                st.object
                for st in statements
                if st.subject == meeting
                and st.relation == "participant"
                and st.modality == "asserted"
                and _type_of(st.object, lexicon, found) == "Person"
            )
        )
        # the people named in the sentence itself sign by the rules of the sentence
        if not 2 <= len(people) <= 4 or any(
            st.sentence in group and st.object in people for st in statements
        ):
            continue
        if offices is None:
            offices = _offices(statements, lexicon, found)
        parties = {(st.subject, st.object) for st in statements if st.relation == "partyTo"}
        for person in people:
            extra.append(
                fact_from(when, when.subject, "signatory", person, "treaty.signatory.leaders." + lang)
            )
            state = _state_of(person, lexicon, found, offices, when.object)
            if state and (state, treaty) not in parties:
                parties.add((state, treaty))
                extra.append(fact_from(when, state, "partyTo", treaty, "treaty.party.leaders." + lang))
    return statements + extra


# "the parties signed", "both sides adopted", "taraflar ... imzaladı"
_THE_SIDES_SIGNED = re.compile(
    r"\b(?:the|both|two)\s+(?:sides|parties)\s+(?:\w+\s+){0,2}(?:signed|inked|adopted)\b"
    r"|\b(?:iki\s+)?taraflar?\b[^.;:]{0,80}?(?:imzala|imza at)"
)


def _the_sides_of_the_days_meeting_signed(
    statements: list[Statement], lexicon: Lexicon, found: Found, texts: list[str]
) -> list[Statement]:
    """A document "the parties" (sides, taraflar) signed, with no signer or side read ("At the end
    of the ministerial meeting, the parties signed the Baku Declaration"), dated by the day of the
    one meeting the document tells that day, in a sentence that names no one else: the states of
    that meeting's sides are its parties (tests/devset/README.md: "the Parties" are the states named
    before)."""
    minted = {
        st.subject: st
        for st in statements
        if st.subject.startswith("treaty/") and st.relation == "date" and st.modality == "asserted"
    }
    if not minted:
        return statements
    sided = {st.object for st in statements if st.relation == "partyTo"} | {
        st.subject for st in statements if st.relation == "signatory"
    }
    extra: list[Statement] = []
    offices: dict[str, set[str]] | None = None
    for treaty, when in minted.items():
        if treaty in sided:
            continue
        told = {st.sentence for st in statements if treaty in (st.subject, st.object)}
        if not any(i < len(texts) and _THE_SIDES_SIGNED.search(fold(texts[i]).lower()) for i in told):
            continue
        meeting = _the_meeting_of_day(statements, when.object)
        if not meeting:
            continue
        sides = [st.object for st in statements if st.subject == meeting and st.relation == "participant"]
        named = {
            st.object
            for st in statements
            if st.sentence in told and _type_of(st.object, lexicon, found) == "Person"
        }
        if named - set(sides) or any(_another_month(texts[i], when.object) for i in told if i < len(texts)):
            continue  # "During the April visit by Pashinyan, the sides signed": another meeting's sides
        if offices is None:
            offices = _offices(statements, lexicon, found)
        states = {_state_of(k, lexicon, found, offices, when.object) for k in sides} - {""}
        if len(states) < 2:
            continue
        for state in sorted(states):
            extra.append(fact_from(when, state, "partyTo", treaty, "treaty.party.sides." + when.language))
    return statements + extra


def _the_meeting_of_day(statements: list[Statement], day: str) -> str:
    """The one meeting the document asserts held on ``day``; "" when none, or more than one."""
    meetings = {
        st.subject
        for st in statements
        if st.subject.startswith("meeting/")
        and st.relation == "date"
        and st.object == day
        and st.modality == "asserted"
    }
    return next(iter(meetings)) if len(meetings) == 1 else ""


_CAPITALISED = re.compile(r"\b[A-ZÇĞİÖŞÜ][a-zçğıöşü]+")


def _another_month(text: str, day: str) -> bool:
    """Whether ``text`` names a month (capitalised: not "may" the verb) other than ``day``'s."""
    return any(
        word.lower() in MONTHS and MONTHS[word.lower()] != int(day[5:7])
        for word in _CAPITALISED.findall(text)
    )


def _state_of(key: str, lexicon: Lexicon, found: Found, offices: dict[str, set[str]], day: str) -> str:
    """The one state ``key`` is, or (a person) holds an office of, by the document's titles or
    else the lexicon's roles at ``day``; "" when none, or more than one."""
    if _type_of(key, lexicon, found) == "State":
        return key
    if _type_of(key, lexicon, found) != "Person":
        # a state's ministry or body: "azerbaijan-ministry-of-foreign-affairs"
        heads = [k for k in _state_prefixes(key) if _type_of(k, lexicon, found) == "State"]
        return heads[-1] if heads else ""
    states = offices.get(key) or {
        r.of for r in lexicon.roles_of(key, day) if _type_of(r.of, lexicon, found) == "State"
    }
    return next(iter(states)) if len(states) == 1 else ""


def _offices(statements: list[Statement], lexicon: Lexicon, found: Found) -> dict[str, set[str]]:
    """person -> the states whose office (head, ministry, body) the document gives them."""
    part_of = {
        st.subject: st.object
        for st in statements
        if st.relation == "partOf" and _type_of(st.object, lexicon, found) == "State"
    }
    offices: dict[str, set[str]] = {}
    for st in statements:
        if st.relation != "leaderOf" or st.modality != "asserted":
            continue
        body = st.object
        if _type_of(body, lexicon, found) == "State":
            state = body
        else:
            state = part_of.get(body, "")
            if not state:
                # "turkiye-general-staff", "georgia-ministry-of-defence": a body keyed by its state
                heads = [k for k in _state_prefixes(body) if _type_of(k, lexicon, found) == "State"]
                state = heads[-1] if heads else ""
        if state:
            offices.setdefault(st.subject, set()).add(state)
    return offices


def _state_prefixes(key: str) -> list[str]:
    """``a``, ``a-b``, ... of ``a-b-c``: the keys a body's key may begin with, shortest first."""
    words = key.split("-")
    return ["-".join(words[:n]) for n in range(1, len(words))]


_LEAD = 6  # headline, byline and first paragraph


def _the_lead_meeting_dated_later(statements: list[Statement]) -> list[Statement]:
    """A meeting the lead tells with no date word (keyed by the report's month) whose people
    a later sentence tells meeting on a day of that month ("... Dostluk Evi'nde gerçekleştirdiği
    görüşmeler sona erdi. ... 10-11 Mayıs 2024 tarihlerinde ... Almatı kentinde ... görüşmeler
    gerçekleştirildi") is that dated meeting, when exactly one fits: its venue too is that one's."""
    by_meeting: dict[str, list[Statement]] = {}
    for st in statements:
        if st.subject.startswith("meeting/"):
            by_meeting.setdefault(st.subject, []).append(st)

    def people(told: list[Statement]) -> set[str]:
        return {st.object for st in told if st.relation == "participant" and st.modality == "asserted"}

    def day(told: list[Statement]) -> str:
        days = {st.object for st in told if st.relation == "date" and st.modality == "asserted"}
        return next(iter(days)) if len(days) == 1 else ""

    rename: dict[str, str] = {}
    for key, told in by_meeting.items():
        month = day(told)
        if len(month) != 7 or not any(st.rule.startswith("meeting.lead.") for st in told):
            continue
        own = people(told)
        if len(own) < 2:
            continue
        fits = [
            other
            for other, theirs in by_meeting.items()
            if other != key
            and len(day(theirs)) == 10
            and day(theirs).startswith(month)
            and own <= people(theirs)
        ]
        if len(fits) == 1:
            rename[key] = fits[0]
    if not rename:
        return statements
    return [
        replace(st, subject=rename[st.subject]) if st.subject in rename else st
        for st in statements
        if not (st.subject in rename and st.relation in ("heldIn", "date", "type", "label"))
    ]


def _calls_are_no_meetings(
    statements: list[Statement], calls: list[tuple[int, set[str]]], lead: frozenset[int]
) -> list[Statement]:
    """A headline's "Erdoğan, Paşinyan ile görüştü" whose lead then says the two spoke by phone
    ("telefonda görüştü", "held a phone call") tells the call, and a call is no meeting
    (tests/devset/README.md): in a placeless meeting, the participants a lead sentence gives that
    are all people of a call the lead tells are dropped, and the meeting with them when none is
    left. The lead is the report's first sentences, and on a page that puts rates, menus and a
    repeated headline before its story, every sentence up to the story's second of prose
    (:func:`lead_sentences`)."""
    lead_calls = [people for index, people in calls if (index < _LEAD or index in lead) and len(people) >= 2]
    if not lead_calls:
        return statements
    by_meeting: dict[str, list[Statement]] = {}
    for st in statements:
        if st.subject.startswith("meeting/"):
            by_meeting.setdefault(st.subject, []).append(st)
    dropped_keys: set[str] = set()
    dropped: set[int] = set()
    for key, told in by_meeting.items():
        if any(st.relation in ("heldIn", "mediatedBy") for st in told):
            continue
        by_sentence: dict[int, set[str]] = {}
        for st in told:
            if st.relation == "participant" and st.modality != "intended":
                by_sentence.setdefault(st.sentence, set()).add(st.object)
        calls_told = {
            index
            for index, people in by_sentence.items()
            if (index < _LEAD or index in lead)
            and len(people) >= 2
            and any(people <= call for call in lead_calls)
        }
        if not calls_told:
            continue
        lead_dated = {
            st.sentence for st in told if st.relation == "date" and st.rule.startswith("meeting.lead.")
        }
        if set(by_sentence) <= calls_told or (lead_dated and lead_dated <= calls_told):
            # the meeting's date is the call's (the report's day or month, given to what its
            # lead tells): who later sentences add to it met at no dated meeting
            dropped_keys.add(key)
        else:
            dropped |= {id(st) for st in told if st.relation == "participant" and st.sentence in calls_told}
    return [
        st
        for st in statements
        if id(st) not in dropped and st.subject not in dropped_keys and st.object not in dropped_keys
    ]


def _this_week(day: str, today: str) -> bool:
    """Whether ``day`` is in the week up to the report's date (any day when that is unknown):
    a meeting of a year before, recalled, is not the one whose signings the report tells."""
    if len(today) != 10 or len(day) != 10:
        return True
    try:
        return 0 <= (date.fromisoformat(today) - date.fromisoformat(day)).days <= 7
    except ValueError:
        return True


def _date_the_undated_treaties(
    statements: list[Statement],
    today: str = "",
    lexicon: Lexicon | None = None,
    opening: frozenset[int] = frozenset({0, 1}),
) -> list[Statement]:
    """A treaty a sentence tells signed without its day (``treaty/?-agreement``: "Kazakhstan,
    Azerbaijan and China have signed an agreement ...") is the document's one dated treaty of
    that kind ("The agreement was signed on November 12"), or was signed at the one meeting the
    report tells as its news (of the week before the report); with none, or several, it is
    dropped."""
    undated = {st.subject for st in statements if st.subject.startswith(UNDATED_TREATY)} | {
        st.object for st in statements if st.object.startswith(UNDATED_TREATY)
    }
    if not undated:
        return statements
    dated = {
        st.subject
        for st in statements
        if st.subject.startswith("treaty/")
        and not st.subject.startswith(UNDATED_TREATY)
        and st.relation == "date"
    }
    # the day of the one meeting the document reports, where treaties are signed ("The presidents
    # signed five agreements" in a report of the 14 December summit)
    days = {
        st.object
        for st in statements
        if st.subject.startswith("meeting/")
        and st.relation == "date"
        and st.modality == "asserted"
        and _ISO.fullmatch(st.object)
        and len(st.object) == 10  # a meeting dated only by the report's month gives no signing day
        and _this_week(st.object, today)
        # a meeting the report's lead tells, dated by the report's own day ("bugünkü görüşmeler"
        # in a speaker's words, a "today"): what the report gives for sure is its month
        and not st.rule.startswith("meeting.lead.")
    }
    report_days = {
        st.object
        for st in statements
        if st.subject.startswith("meeting/")
        and st.relation == "date"
        and st.modality == "asserted"
        and st.rule.startswith("meeting.lead.")
        and len(st.object) == 10
    }
    # the report's own month, where the one meeting it tells as its news is dated by it alone
    months = {
        st.object
        for st in statements
        if st.subject.startswith("meeting/")
        and st.relation == "date"
        and st.modality == "asserted"
        and len(st.object) == 7
        and st.object == today[:7]
    }
    rename: dict[str, str] = {}
    extra: list[Statement] = []
    for key in sorted(undated):  # sorted: the statements come out in one order whatever the hash seed
        kind = key.removeprefix(UNDATED_TREATY)
        kind = kind.removesuffix(UNDATED_ONE)
        same = [k for k in dated if k.endswith("-" + kind)]
        told = [st for st in statements if st.subject == key or st.object == key]
        # "Azerbaijan and Uzbekistan signed a memorandum on energy in Tashkent" in a report's lead,
        # with no day anywhere: the report's own news, of its month (as a meeting so told is)
        lead = (
            not days
            and not months
            and len(today) >= 7
            and all(st.sentence in opening for st in told)
            and any(st.relation in ("signatory", "partyTo") and st.modality == "asserted" for st in told)
        )
        if not same:
            # "Armenia, Azerbaijan sign US-brokered peace roadmap" (a headline) and "Armenia and
            # Azerbaijan signed a ... roadmap on Friday": the one dated document of the week the same
            # sides signed, whatever kind each names it
            same = _signed_by_the_same(statements, key, today)
        if len(same) == 1:
            rename[key] = same[0]
        elif not same and not days and len(report_days) == 1:
            # "... görüşmelerde 15 işbirliği anlaşması imzalandı" at the meeting the report tells as
            # its own news, of no day written: the documents of the report's month
            (month,) = {d[:7] for d in report_days}
            rename[key] = f"treaty/{month}-{kind}"
            first = next(st for st in statements if st.subject == key or st.object == key)
            extra.append(
                date_from(
                    first,
                    key,
                    month,
                    "treaty.date.meeting." + first.language,
                    "the month of the meeting the report dates by its own day",
                )
            )
        elif not same and (
            len(days) == 1
            or (not days and len(months) == 1)
            or lead
            or len(_days_of_its_signers(statements, key, days)) == 1
        ):
            # "... toplantının sonunda 'Üçlü Görüşme Sonuç Bildirgesi' imzalandı" in a report
            # whose meeting only the report dates: of the report's month, and so are several of a
            # kind, as one key ("toplam 10 mutabakat zaptı imzalandı": README, seventh session);
            # of meetings of several days, the one whose people are all its signers
            (day,) = (
                (days if len(days) == 1 else _days_of_its_signers(statements, key, days))
                or months
                or {today[:7]}
            )
            known = [
                k
                for k in (lexicon.treaties_dated(day) if lexicon else [])
                if lexicon and lexicon.attribute(k, "kind") == kind
            ]
            if known:  # the lexicon's treaty of that day and kind: "the joint statement" of Prague
                rename[key] = known[0]
                continue
            month = _known_of_month(lexicon, day, kind, today) if len(day) == 7 else ""
            # (whom the document was signed "with" may be a witness the lexicon lists as no party)
            sides = {st.subject for st in told if st.relation == "partyTo" and ".with." not in st.rule + "."}
            parties = lexicon.attribute(month, "parties", ()) if month and lexicon else ()
            if sides - set(parties if isinstance(parties, list | tuple) else ()):
                month = ""  # "the Georgia-Azerbaijan joint declaration": not the one of other sides
            if month:
                # "Armenia and Azerbaijan have signed a joint declaration" in a report of August 2025
                # with no day: the lexicon's one declaration of that month, signed by the report's
                # day, dated by the report's month as a document so told is
                rename[key] = month
                first = next(st for st in statements if st.subject == key or st.object == key)
                extra.append(
                    date_from(
                        first,
                        month,
                        day,
                        "treaty.date.meeting." + first.language,
                        "the month of the report that tells the lexicon's document signed",
                    )
                )
                continue
            rename[key] = f"treaty/{day}-{kind}"
            first = next(st for st in statements if st.subject == key or st.object == key)
            extra.append(
                date_from(
                    first,
                    key,
                    day,
                    "treaty.date.meeting." + first.language,
                    "the day of the meeting the document reports"
                    if len(day) == 10
                    else "the month of the meeting the report dates",
                )
            )
    statements = statements + extra
    out = []
    for st in statements:
        if st.subject in undated or st.object in undated:
            if st.subject in rename or st.object in rename:
                out.append(
                    replace(
                        st,
                        subject=rename.get(st.subject, st.subject),
                        object=rename.get(st.object, st.object),
                    )
                )
            continue
        out.append(st)
    return out


def _the_cochairs_mediate(statements: list[Statement]) -> list[Statement]:
    """ "under the auspices of the Minsk Group co-chairs", "hosted by the Co-Chairs of the OSCE
    Minsk Group": the body whose co-chairs the document names (two or more people, "Minsk Group
    co-chairs Igor Popov of Russia and Stéphane Visconti of France") mediates through them: its
    co-chairs are the mediators, not the body, nor the organization above it ("OSCE")."""
    cochairs: dict[str, list[str]] = {}
    for st in statements:
        named = cochairs.setdefault(st.object, []) if st.relation == "leaderOf" else []
        if st.modality == "asserted" and ".cochair." in st.rule + "." and st.subject not in named:
            named.append(st.subject)
    bodies = {body: people for body, people in cochairs.items() if len(people) >= 2}
    if not bodies:
        return statements

    def body_of(key: str) -> str:
        return next((b for b in bodies if key == b or b.startswith(key + "-")), "")

    told = {(st.subject, st.object) for st in statements if st.relation == "mediatedBy"}
    out: list[Statement] = []
    for st in statements:
        body = body_of(st.object) if st.relation == "mediatedBy" and st.modality == "asserted" else ""
        if not body:
            out.append(st)
            continue
        for person in bodies[body]:
            if (st.subject, person) not in told:
                told.add((st.subject, person))
                out.append(fact_from(st, st.subject, "mediatedBy", person, "meeting.mediation.cochairs"))
    return out


def _ministers(statements: list[Statement]) -> dict[str, str]:
    """ministry -> the one person the document names as its minister."""
    held: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "leaderOf" and st.modality == "asserted" and "-ministry-of-" in st.object:
            held.setdefault(st.object, set()).add(st.subject)
    return {ministry: next(iter(people)) for ministry, people in held.items() if len(people) == 1}


def _days_of_its_signers(statements: list[Statement], key: str, days: set[str]) -> set[str]:
    """Of the meetings of ``days``, the days of those whose people include every signer of
    ``key`` (a ministry standing for the minister the document names): "The Azerbaijani,
    Turkish and Georgian defence ministers signed the meeting's final statement" is of the
    trilateral meeting of the 21st, not of the two ministers' visit on the 20th."""
    if len(days) < 2:
        return set()
    ministers = _ministers(statements)
    signers = {
        ministers.get(st.object, st.object)
        for st in statements
        if st.relation == "signatory" and st.subject == key and st.modality == "asserted"
    }
    if len(signers) < 2:
        return set()
    people: dict[str, set[str]] = {}
    dated: dict[str, str] = {}
    for st in statements:
        if not st.subject.startswith("meeting/") or st.modality != "asserted":
            continue
        if st.relation == "participant":
            people.setdefault(st.subject, set()).add(st.object)
        elif st.relation == "date" and st.object in days:
            dated[st.subject] = st.object
    return {day for meeting, day in dated.items() if signers <= people.get(meeting, set())}


def _ministers_sign(statements: list[Statement]) -> list[Statement]:
    """ "The Azerbaijani, Turkish and Georgian defence ministers signed", "signed by the foreign
    ministers of A and B": an office no name holds in the sentence is the minister the document
    names holding it (Hasanov, Akar, Burchuladze named before), who signs; with none named it
    signs nothing, its state being party (tests/devset/README.md, Parties)."""
    if not any(st.relation == "signatory" and "-ministry-of-" in st.object for st in statements):
        return statements
    ministers = _ministers(statements)
    out: list[Statement] = []
    seen = {(st.subject, st.object) for st in statements if st.relation == "signatory"}
    for st in statements:
        if st.relation != "signatory" or "-ministry-of-" not in st.object:
            out.append(st)
            continue
        person = ministers.get(st.object)
        if person and (st.subject, person) not in seen:
            seen.add((st.subject, person))
            out.append(replace(st, object=person))
    return out


def _signed_by_the_same(statements: list[Statement], key: str, today: str) -> list[str]:
    """The one document dated in the week before ``today`` (a treaty of the text's own or of
    the lexicon) whose signers and parties are those of the undated ``key``, none other."""

    def sides(of: str) -> frozenset[str]:
        return frozenset(
            st.object if st.relation == "signatory" else st.subject
            for st in statements
            if st.modality == "asserted"
            and (
                (st.relation == "signatory" and st.subject == of)
                or (st.relation == "partyTo" and st.object == of)
            )
        )

    own = sides(key)
    if not own:
        return []
    dated = {
        st.subject
        for st in statements
        if st.relation == "date"
        and st.rule.startswith("treaty.")
        and st.modality == "asserted"
        and not st.subject.startswith(UNDATED_TREATY)
        and len(st.object) == 10
        and _this_week(st.object, today)
    }
    return sorted(k for k in dated if sides(k) == own)


# a sentence of the story (not a headline, byline, dateline or time stamp): ended as prose
_PROSE_ENDS = (".", "!", "?", "…", '"', "”", "’")
_OPENING_PROSE = 2


def _opening(texts: list[str]) -> frozenset[int]:
    """The indices of the report's opening: its first two sentences, and every line up to its
    second sentence of prose (a headline, time stamp and dateline before the story are lines of
    their own): where a report tells the signing that is its news ("Trilateral protocol ...
    signed / 07.10.2021 / Baku, October 7 / ... / Following the meeting, A, B and C signed a
    protocol ...")."""
    opening = {0, 1}
    prose = 0
    for index, text in enumerate(texts):
        opening.add(index)
        if text.rstrip().endswith(_PROSE_ENDS):
            prose += 1
            if prose >= _OPENING_PROSE:
                break
    return frozenset(opening)


def _known_of_month(lexicon: Lexicon | None, month: str, kind: str, today: str) -> str:
    """The lexicon's one treaty of ``kind`` signed in ``month``, not after ``today``."""
    if lexicon is None:
        return ""
    found = [
        k
        for k, e in lexicon.entities.items()
        if e.type == "Treaty"
        and str(lexicon.attribute(k, "date", "")).startswith(month + "-")
        and str(lexicon.attribute(k, "date", "")) <= (today if len(today) == 10 else today + "-31")
        and lexicon.attribute(k, "kind") == kind
    ]
    return found[0] if len(found) == 1 else ""


def _no_placeless_meeting_of_states(
    statements: list[Statement], lexicon: Lexicon, found: Found
) -> list[Statement]:
    """A meeting told with neither its place nor its people, only the states on its sides
    ("on 16 January Armenia and Azerbaijan ..."), is too thin to be one: a date and two
    countries in a sentence with a meeting word are most often something else (a statement,
    a round of a process, a date the meeting is measured from)."""
    sides: dict[str, set[str]] = {}
    for st in statements:
        if (
            st.relation == "participant"
            and st.modality == "asserted"
            and _ISO.fullmatch(st.subject.removeprefix("meeting/"))
        ):
            sides.setdefault(st.subject, set()).add(_type_of(st.object, lexicon, found))
    thin = {key for key, types in sides.items() if types == {"State"}}
    if not thin:
        return statements
    return [st for st in statements if not (st.subject in thin and st.modality == "asserted")]


_BESIDE_PEOPLE = frozenset({"State", "Organization"})


def _people_not_their_states(statements: list[Statement], lexicon: Lexicon, found: Found) -> list[Statement]:
    """A meeting one sentence reports by its states ("Armenia ... talks with Azerbaijan") and
    another by its people ("Aliyev and Pashinyan met") was attended by the people: a state
    whose leader (by the document's leaderOf, or the lexicon's role at the date) is among the
    participants is not a participant beside them, and where two people or more took part, no
    state or organization did beside them (the README's "participants are what the text
    names": the people, or the states when only they are named)."""
    led: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "leaderOf" and st.modality == "asserted":
            led.setdefault(st.subject, set()).add(st.object)
    people: dict[str, set[str]] = {}
    for st in statements:
        is_meeting = st.relation == "participant" and st.subject.startswith("meeting/")
        if is_meeting and _type_of(st.object, lexicon, found) == "Person":
            people.setdefault(st.subject, set()).add(st.object)
    hosts: dict[str, set[str]] = {}
    capitals = lexicon.capitals()
    for st in statements:
        if st.relation in ("heldIn", "locatedIn"):
            hosts.setdefault(st.subject, set()).add(st.object)
    for meeting, places in list(hosts.items()):
        if meeting.startswith("meeting/"):
            hosts[meeting] = {lexicon.located_in.get(p, "") for p in places} | {
                capitals.get(p, "") for p in places
            }
            hosts[meeting] |= {
                outer for p in places for outer in hosts.get(p, ()) if not p.startswith("meeting/")
            }
    if not people and not any(k.startswith("meeting/") for k in hosts):
        return statements
    # "the foreign ministers of Armenia and Azerbaijan" with no name: the ministries, whose
    # states named around them in other sentences are not sides of their own
    ministries: dict[str, set[str]] = {}
    for st in statements:
        if (
            st.relation == "participant"
            and st.subject.startswith("meeting/")
            and "-ministry-of-" in st.object
        ):
            ministries.setdefault(st.subject, set()).add(st.object.split("-ministry-of-")[0])
    out = []
    for st in statements:
        if st.relation == "participant" and st.object in ministries.get(st.subject, ()):
            continue
        if st.relation == "participant" and st.object in hosts.get(st.subject, ()) and st.subject in people:
            # "in Moscow, Russia": the venue's country, not a side beside the people who met; with
            # no one named, the delegations' states are the sides ("Türkiye ve Ermenistan'dan
            # iki heyet ... Gümrü'de")
            continue
        if st.relation == "participant" and st.subject in people:
            date = st.subject.removeprefix("meeting/")[:10]
            states = set()
            for person in people[st.subject]:
                states |= led.get(person, set())
                states |= {role.of for role in lexicon.roles_of(person, date)}
            if st.object in states:
                continue
            unnamed = st.note == OFFICE and st.object.split("-ministry-of-")[0] not in states
            if (
                len(people[st.subject]) >= 2
                and _type_of(st.object, lexicon, found) in _BESIDE_PEOPLE
                # a ministry standing for its minister the text does not name is a side beside them
                and not unnamed
            ):
                # "Aliyev and Pashinyan met": the people met, not the countries or bodies
                # named around them in other sentences about the meeting
                continue
        out.append(st)
    return out


def _near(meeting: str, day: str) -> bool:
    """Whether a meeting's month is within a month of the document's (true when either is not
    known to the month)."""
    when = meeting.removeprefix("meeting/")[:7]
    if len(day) < 7 or not re.fullmatch(r"\d{4}-\d{2}", when):
        return True
    months = (int(day[:4]) - int(when[:4])) * 12 + int(day[5:7]) - int(when[5:7])
    return abs(months) <= 1


def _goes_on_telling(statements: list[Statement], key: str, dated: str, people: dict[str, set[str]]) -> bool:
    """Whether the undated meeting ``key`` can be the dated one told without a place: told after
    it ("held a meeting in the UAE on Thursday ... The meeting in Abu Dhabi ..."), with one
    of the same people, or with none of its own. A meeting told first without its day and a
    dated one told later with other people ("Baerbock hosted Bayramov and Mirzoyan in Berlin.
    The talks follow the meeting of Scholz, Aliyev and Pashinyan on 17 February") are two
    meetings."""
    if not people.get(dated) or people.get(key, set()) & people.get(dated, set()):
        return True  # "... met in Munich. Saturday's meeting was mediated by Scholz": its day told
    first_undated = min((st.sentence for st in statements if st.subject == key), default=-1)
    first_dated = min((st.sentence for st in statements if st.subject == dated), default=-1)
    return first_dated <= first_undated


_KEY_PLACE = re.compile(r"^meeting/\d{4}(?:-\d{2}){0,2}-?")


def _placed_later(
    statements: list[Statement], undated: list[str], located_in: dict[str, str]
) -> list[Statement]:
    """A meeting told with neither day nor place ("X received Y.", "X, Y'yi kabul etti.") and the
    one meeting a sentence right after places, still with neither day ("The meeting took place in
    Baku.", "Görüşme Bakü'de gerçekleşti.", "The talks were held in Tbilisi"): one meeting, held
    there, when the placed one names none of its people or one of the same. Two placed ones, one
    told more than two sentences later, or one placed in a state (a visit's state, whose town
    other sentences may tell) leave both as they are."""
    if UNDATED not in undated:
        return statements
    placed = [k for k in undated if k != UNDATED]
    if len(placed) != 1:
        return statements
    key = placed[0]
    if not located_in.get(key.removeprefix(UNDATED + "-")):
        return statements
    bare = [st.sentence for st in statements if st.subject == UNDATED]
    there = [st.sentence for st in statements if st.subject == key]
    if not bare or not there or not 0 < min(there) - max(bare) <= 2:
        return statements
    people = {st.object for st in statements if st.subject == UNDATED and st.relation == "participant"}
    others = {st.object for st in statements if st.subject == key and st.relation == "participant"}
    if len(people) < 2 or (others and not others & people):
        return statements
    return [
        replace(st, subject=key)
        if st.subject == UNDATED
        else replace(st, object=key)
        if st.object == UNDATED
        else st
        for st in statements
    ]


def _date_the_undated(
    statements: list[Statement],
    day: str = "",
    lead_day: str = "",
    located_in: dict[str, str] | None = None,
    lead: frozenset[int] = frozenset(),
) -> list[Statement]:
    """The parts of a meeting a sentence told without its date (``meeting/?``, or
    ``meeting/?-<place>``) go to the document's one dated meeting held there, or, with no
    place, to its one dated meeting with two of the same people; otherwise they are dropped."""
    # in the order the document tells them (a set's order changes from run to run)
    undated = list(dict.fromkeys(st.subject for st in statements if st.subject.startswith(UNDATED)))
    if not undated:
        return statements
    statements = _placed_later(statements, undated, located_in or {})
    undated = list(dict.fromkeys(st.subject for st in statements if st.subject.startswith(UNDATED)))
    dated = list(
        dict.fromkeys(
            st.subject
            for st in statements
            if st.subject.startswith("meeting/")
            and not st.subject.startswith(UNDATED)
            and st.modality == "asserted"
        )
    )
    people: dict[str, set[str]] = {}
    for st in statements:
        if st.relation == "participant" and st.subject.startswith("meeting/"):
            people.setdefault(st.subject, set()).add(st.object)
    # a meeting told as an earlier one ("his previous talks with Aliyev") is not what the
    # sentences around it go on telling
    told = [k for k in dated if k not in {st.subject for st in statements if st.note == EARLIER}]
    rename: dict[str, str] = {}
    for key in sorted(undated):  # sorted: the statements come out in one order whatever the hash seed
        place = key.removeprefix(UNDATED).removeprefix("-")
        if place:
            # a meeting told without its day is the news, or close to it: not one months before
            same = [k for k in dated if k.endswith("-" + place) and _near(k, day)]
        else:
            same = nearest_told(
                statements, key, [k for k in told if len(people.get(k, set()) & people.get(key, set())) >= 2]
            )
        if not same and not place:
            same = told_before(statements, key, told)
        in_state = (located_in or {}).get(place, "")
        if place and not same and in_state:
            # "held a bilateral meeting in the UAE on Thursday ... The meeting in Abu Dhabi ...":
            # the day's meeting placed in a state is the one told in its town
            placed = [k for k in dated if k.endswith("-" + in_state) and _near(k, day)]
            if len(placed) == 1 and placed[0] not in rename:
                rename[key] = rename[placed[0]] = placed[0].removesuffix(in_state) + place
                continue
        if place and not same and located_in:
            # "Aliyev is paying a state visit to China ..." and "Xi held talks with Aliyev in Beijing
            # on Wednesday": the visit's state holds the day's town, and the same people met there
            towns = [
                k
                for k in dated
                if located_in.get(_KEY_PLACE.sub("", k)) == place
                and _near(k, day)
                and people.get(k, set()) & people.get(key, set())
            ]
            if len(set(towns)) == 1:
                rename[key] = towns[0]
                continue
        if len(same) == 1:
            rename[key] = same[0]
        elif place and not same:
            # "The meeting in Abu Dhabi was ..." and the day's meeting whose place its own
            # sentence did not say: one meeting, dated by the one and placed by the other
            placeless = [k for k in dated if _ISO.fullmatch(k.removeprefix("meeting/"))]
            if (
                len(placeless) == 1
                and placeless[0] not in rename  # the first place told wins
                and _goes_on_telling(statements, key, placeless[0], people)
            ):
                rename[key] = rename[placeless[0]] = f"{placeless[0]}-{place}"
    placed_undated = [k for k in undated if k != UNDATED and k not in rename]
    if UNDATED in undated and UNDATED not in rename and not told and len(placed_undated) == 1:
        # "Tiflis İpekyolu Forumu 2025 ... başladı. ... Asadov foruma katılmaktan memnuniyet
        # duyduğunu belirterek": who a later sentence says attended the meeting, in a report that
        # tells one meeting (placed, not dated), attended that one
        rules = {st.rule for st in statements if st.subject == UNDATED and st.relation == "participant"}
        if rules and all(rule.startswith("meeting.undated.attended") for rule in rules):
            rename[UNDATED] = placed_undated[0]
    extra = lead_meeting(statements, undated, rename, lead_day, lead)
    rename = {k: rename.get(v, v) for k, v in rename.items()}
    return [
        replace(st, subject=rename[st.subject], object=rename.get(st.object, st.object))
        if st.subject in rename
        else replace(st, object=rename[st.object])
        if st.object in rename
        else st
        for st in statements
        # a stance on an undated meeting ("foruma katılmaktan memnuniyet duyduğunu") follows it
        if (not st.subject.startswith(UNDATED) or st.subject in rename)
        and (not st.object.startswith(UNDATED) or st.object in rename)
    ] + extra


def _one_meeting_a_day(
    statements: list[Statement],
    found: Found,
    day: str = "",
    lead_day: str = "",
    located_in: dict[str, str] | None = None,
    lead_indices: frozenset[int] = frozenset(),
    is_person: Callable[[str], bool] = lambda key: True,
) -> list[Statement]:
    """One document, one meeting a day: a meeting whose place one sentence did not say
    (``meeting/2025-08-08``) is the meeting of that day whose place another sentence said
    (``meeting/2025-08-08-washington``), when there is exactly one; failing that, a meeting
    the lead sentences report took place where the dateline says."""
    statements = _date_the_undated(statements, day, lead_day, located_in, lead_indices)
    keys = list(dict.fromkeys(st.subject for st in statements if st.subject.startswith("meeting/")))
    unnamed = {st.subject for st in statements if st.relation == "type" and st.note == AT_THE_BORDER}
    rename: dict[str, str] = {}
    extra: list[Statement] = []
    for key in keys:
        date = key.removeprefix("meeting/")
        if not _ISO.fullmatch(date):
            continue
        placed = [
            k
            for k in keys
            if k.startswith(key + "-")
            and not _ISO.fullmatch(k.removeprefix("meeting/"))
            # a month's meeting is a day's of that month only when someone is in both
            # ("meeting/2021-10" of Pashinyan is not "meeting/2021-10-05-moscow" of Simonyan)
            and (not k.removeprefix(key + "-")[:1].isdigit() or _shared_people(statements, key, k))
        ]
        # "the summit held in Tianjin ... today Erdoğan met Aliyev": a day's meeting with no place
        # of its own, whose people met at the one placed meeting of its month, is held there too
        month_placed = (
            [
                k
                for k in keys
                if len(date) == 10
                and k.startswith(f"meeting/{date[:7]}-")
                and not k.removeprefix(f"meeting/{date[:7]}-")[:1].isdigit()
                # its people met there too, or it is a summit told by its states and bodies only
                # (a recap of others, "after Scholz met Erdogan on 17 February", is not in Berlin)
                and (
                    _shared_people(statements, key, k)
                    or not any(
                        st.subject == k and st.relation == "participant" and is_person(st.object)
                        for st in statements
                    )
                )
            ]
            if not placed
            else []
        )
        if not placed and not month_placed and len(date) == 10:
            # "On December 21, the ministers met in Kayseri ... On December 20, Hasanov and Akar
            # met with ...": the same people the day before or after, with no place of their own,
            # are in the town of that day's meeting (a visit told day by day)
            month_placed = _next_days_town(statements, keys, key, date)
        if len(placed) == 1:
            rename[key] = placed[0]
        elif len(month_placed) == 1 and key not in unnamed:
            day_key = _DAY_KEY.fullmatch(month_placed[0])
            town = day_key.group(2) if day_key else month_placed[0].removeprefix(f"meeting/{date[:7]}-")
            held = [
                st
                for st in statements
                if st.subject == month_placed[0] and st.relation == "heldIn" and st.object == town
            ] or [st for st in statements if st.subject == month_placed[0] and st.relation == "heldIn"]
            if held:
                rename[key] = f"{key}-{town}"
                extra.append(replace(held[0], subject=key))
        elif not placed and found.dateline and key not in unnamed:
            lead = [st for st in statements if st.subject == key and st.sentence <= 2]
            # a meeting the report dates by its own day or month is its news: told on in the
            # sentences after the lead ("... düzenlenen basın toplantısında Çavuşoğlu ..."), it
            # is still where the dateline says
            news = any(st.subject == key and st.rule.startswith("meeting.lead.") for st in statements)
            # a dated lead meeting that later sentences only go on telling ("During the meeting,
            # Toumanian briefed Araghchi ...", no day of their own) is still the lead's
            if lead and (
                news
                or all(st.subject != key or st.sentence <= 2 or st.relation != "date" for st in statements)
            ):
                rename[key] = f"{key}-{found.dateline}"
                extra.append(_held_in_dateline(lead[0], found.dateline))
    if found.dateline:
        # "TEHRAN – X met on Monday with Y ... Earlier on Saturday, Y met with Z": a meeting of the
        # report's days with one of the people of the lead's meeting, which the dateline placed,
        # and no place of its own, is in the dateline's town too
        datelined = [k for k, v in rename.items() if v == f"{k}-{found.dateline}"]
        for key in keys:
            date = key.removeprefix("meeting/")
            if key in rename or key in unnamed or len(date) != 10 or not _ISO.fullmatch(date):
                continue
            if _days_apart(date, day) > 3 or any(k.startswith(key + "-") for k in keys):
                continue
            if not any(_shared_people(statements, key, k) for k in datelined):
                continue
            first = next(st for st in statements if st.subject == key)
            rename[key] = f"{key}-{found.dateline}"
            extra.append(_held_in_dateline(first, found.dateline))
    if not rename:
        return statements
    out = [
        replace(st, subject=rename.get(st.subject, st.subject), object=rename.get(st.object, st.object))
        for st in statements
    ]
    out += [replace(st, subject=rename[st.subject]) for st in extra]
    return out


def _held_in_dateline(first: Statement, town: str) -> Statement:
    """``heldIn`` the dateline's ``town`` of the meeting ``first`` (a statement of it) is about,
    from the words of ``first``: its sentence, span, modality and speaker, but neither its
    datatype (a date's ``date``) nor its note (which the record would keep as its comment)."""
    return fact_from(
        first, first.subject, "heldIn", town, first.rule.split(".")[0] + ".dateline." + first.language
    )


def _days_apart(one: str, other: str) -> int:
    try:
        return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)
    except ValueError:
        return 999


_DAY_KEY = re.compile(r"meeting/(\d{4}-\d{2}-\d{2})-([a-z].*)")


def _next_days_town(statements: list[Statement], keys: list[str], key: str, day: str) -> list[str]:
    """The one placed meeting of the day before or after ``day`` that all of ``key``'s people
    (two or more) took part in."""
    people = {st.object for st in statements if st.subject == key and st.relation == "participant"}
    if len(people) < 2:
        return []
    try:
        this = date.fromisoformat(day)
    except ValueError:
        return []
    found = []
    for k in keys:
        m = _DAY_KEY.fullmatch(k)
        if m is None:
            continue
        try:
            other = date.fromisoformat(m.group(1))
        except ValueError:
            continue
        if abs((other - this).days) != 1:
            continue
        there = {st.object for st in statements if st.subject == k and st.relation == "participant"}
        if people <= there:
            found.append(k)
    return found


def _shared_people(statements: list[Statement], one: str, other: str) -> bool:
    """Whether two meetings have a participant in common."""
    people: dict[str, set[str]] = {one: set(), other: set()}
    for st in statements:
        if st.relation == "participant" and st.subject in people:
            people[st.subject].add(st.object)
    return bool(people[one] & people[other])


def _type_of(key: str, lexicon: Lexicon, found: Found) -> str:
    entity = lexicon.entities.get(key)
    return entity.type if entity else found.entities.get(key, ("",))[0]


# (r"\b(?:19[5-9]\d|20[0-4]\d)\b" with the first \b after the first digit, as a look-behind: a
# pattern that opens with a digit is searched for by it, one that opens with \b at every position)
_A_YEAR = re.compile(r"(?:1(?<!\w1)9[5-9]\d|2(?<!\w2)0[0-4]\d)\b")


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:[A-Za-z]+\s+)?(?:\d{1,2}\s+)?$")
_SINCE_AFTER = re.compile(r"['’]?(?:[dt][ae]n|[dt][ae]n\s+bu)\s+(?:beri|bu yana|yana|itibaren)\b")
# "In 1992-1994, ...", "1988–1994 yılları arasında", "the 1990s": a span of history, not the
# time the text has come to
_IN_A_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–—/]\s*$")
_SPAN_AFTER = re.compile(r"\s*[-–—/]\s*(?:19|20)?\d\d\b|'?s\b")


def _year_in_view(previous: RuleSentence | None, doc_year: str) -> str:
    """The year a yearless date takes: the last year the previous sentence writes ("In March
    2022, Mirzoyan attended the Antalya Diplomacy Forum. On March 12, Mirzoyan and Çavuşoğlu
    met in Antalya"), when it is not after the document's; else the document's year."""
    if previous is None:
        return doc_year
    # "the 1991 Almaty Declaration", "the Alma-Ata Declaration of 1991": a treaty's own year
    # names it, and puts no later date of the text in that year
    treaties = [(m.start, m.end) for m in previous.mentions if m.type == "Treaty"]
    years = [
        y.group(0)
        for y in _A_YEAR.finditer(previous.text)
        if not any(a - 6 <= y.start() <= b + 4 for a, b in treaties)
        # "who had held the post since January 2022", "2022'den bu yana": where a state of
        # things began, not the time the text has come to
        and not _SINCE_BEFORE.search(previous.text, max(0, y.start() - 20), y.start())
        and not _SINCE_AFTER.match(previous.text, y.end())
        and not _IN_A_SPAN.search(previous.text, max(0, y.start() - 8), y.start())
        and not _SPAN_AFTER.match(previous.text, y.end())
    ]
    if years and doc_year and years[-1] < doc_year and _with_month(previous, years[-1]):
        return years[-1]
    return doc_year


def _with_month(previous: RuleSentence, year: str) -> bool:
    """Whether the sentence before writes ``year`` with a month or a day ("In March 2022, ...",
    "12 Mart 2022'de"): the time a narrative has come to. A bare year ("An informal CIS summit
    was held in Moscow in 2017.") recalls an earlier event; a day after it with no year ("...
    met in St. Petersburg on December 6") is of the report's year."""
    return any(d.precision != "gYear" and d.value.startswith(year) for d in previous.dates)


def _start(m: M) -> int:
    return m.start


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for st in statements:
        key = (st.subject, st.relation, st.object, st.modality)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out
