"""The plain records that loaders hand to the knowledge-graph stage.

Entities are named by *keys* (``azerbaijan``, ``ilham-aliyev``,
``meeting/2022-05-22-brussels``); ``kg.iri`` is the one place that turns a key
into an IRI.  Every character offset points into :attr:`Document.text`, the
decoded original text, so that ``document.text[start:end] == surface`` holds
for every mention and statement.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, TypeVar

# The contract's relations (CONTRACT.md): what a statement may assert beyond
# typing ("type") and naming ("label").
CONTRACT_RELATIONS = (
    "leaderOf",
    "participant",
    "mediatedBy",
    "signatory",
    "partyTo",
    "connects",
    "controlledBy",
    "locatedIn",
    "heldIn",
    "opposes",
    "date",
)
# Beyond the contract, the relations a gold fact (tests/devset) and an extracted
# fact may use where the contract's would give a thing the wrong type (issue
# 12, ontology 0.4.0): a state chairing a body (not leading it: leaderOf is a
# person's), a person governing a town or province (a place is no agent), an
# organization based in a place and a corridor running through one (locatedIn
# is a place's).
FACT_RELATIONS = (*CONTRACT_RELATIONS, "chairOf", "governs", "basedIn", "runsThrough")

_SETTERS: dict[type, tuple[Callable[[Any, Any], None], ...]] = {}
R = TypeVar("R")


def _fast_pickle(cls: type[R]) -> type[R]:
    """Pickle a frozen, slotted record as its class and a tuple of its values.

    Extractions cross process boundaries and go into the extraction cache by
    the hundred thousand records; the dataclass default (a list of values
    built field by field, restored through ``object.__setattr__``) costs about
    three times as much both ways.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    values = operator.attrgetter(*names)
    _SETTERS[cls] = tuple(getattr(cls, name).__set__ for name in names)

    def __reduce__(self: R) -> tuple[Callable[..., R], tuple[type[R], tuple[Any, ...]]]:
        return from_values, (cls, values(self))

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


def from_values(cls: type[R], values: tuple[Any, ...]) -> R:
    """A record of ``cls`` from the values of its fields, in order, with no
    check: what unpickling uses, and rules that make statements by the
    thousand (half the cost of the frozen dataclass's ``__init__``)."""
    record = object.__new__(cls)
    for set_value, value in zip(_SETTERS[cls], values):  # noqa: B905 -- one value a field, by construction
        set_value(record, value)
    return record


ObjectKind = Literal["entity", "class", "literal"]
Modality = Literal["asserted", "intended", "reported", "retracted"]  # retracted: by a curator


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source document and its metadata."""

    key: str
    path: str
    text: str
    language: str
    title: str = ""
    date: str = ""  # ISO 8601, as precise as known: "2025-08-08", "2025-08", "2025"
    publisher: str = ""
    source: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    format: str = "text"  # "text" (maybe PDF-extracted), "markdown" or "html"


@dataclass(frozen=True, slots=True)
class Entity:
    """A lexicon entry: what the graph says of an entity whatever the document."""

    key: str
    type: str  # an ontology class local name: State, Person, Corridor, ...
    labels: dict[str, tuple[str, ...]]  # language -> preferred label first, then aliases
    qid: str = ""  # Wikidata item, "Q227"
    description: dict[str, str] = field(default_factory=dict)
    facts: tuple[tuple[str, str], ...] = ()  # (relation, entity key) known beyond documents


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    sentence: int
    start: int
    end: int
    surface: str
    kind: str = "name"  # name, demonym, metonym ("Bakü yönetimi"), title ("ABD Başkanı"), coref ("iki ülke")


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Statement:
    """One fact read from one sentence.

    ``object`` is an entity key when ``kind`` is ``entity``, an ontology class
    local name when ``kind`` is ``class`` (the statement is then a typing), or
    a lexical value when ``kind`` is ``literal`` (``datatype`` says which:
    ``date``, ``gYearMonth``, ``gYear``, ``string``).
    """

    subject: str
    relation: str
    object: str
    kind: ObjectKind
    document: str
    sentence: int
    start: int
    end: int
    surface: str
    rule: str
    language: str
    datatype: str = ""
    modality: Modality = "asserted"
    note: str = ""
    speaker: str = ""  # who says it, when it was read from reported speech (issue 15)


def date_from(st: Statement, subject: str, value: str, rule: str, note: str) -> Statement:
    """``subject``'s date ``value`` (an ISO day or month) given after reading, from the words of
    ``st`` (its sentence, span, modality and speaker): a treaty or meeting dated by the meeting or
    the report it belongs to."""
    datatype = "date" if len(value) == 10 else "gYearMonth"
    return replace(
        st,
        subject=subject,
        relation="date",
        object=value,
        kind="literal",
        datatype=datatype,
        rule=rule,
        note=note,
    )


def fact_from(st: Statement, subject: str, relation: str, obj: str, rule: str) -> Statement:
    """The entity fact ``subject relation obj`` given after reading, from the words of ``st`` (its
    sentence, span, modality and speaker), but neither its datatype nor its note (which the
    record would keep as its comment): a treaty's party or signer, a meeting's dateline town."""
    return replace(
        st,
        subject=subject,
        relation=relation,
        object=obj,
        kind="entity",
        datatype="",
        note="",
        rule=rule,
    )


@dataclass(slots=True)
class Extraction:
    """Everything read from one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
