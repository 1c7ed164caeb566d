"""The plain records that loaders hand to the knowledge-graph stage.

Entities are named by *keys* (``azerbaijan``, ``ilham-aliyev``,
``meeting/2022-05-22-brussels``); ``kg.iri`` is the one place that turns a key
into an IRI.  Every character offset points into :attr:`Document.text`, the
decoded original text, so that ``document.text[start:end] == surface`` holds
for every mention and statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    sentence: int
    start: int
    end: int
    surface: str
    kind: str = "name"  # name, demonym, metonym ("Bakü yönetimi"), title ("ABD Başkanı"), coref ("iki ülke")


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


@dataclass(slots=True)
class Extraction:
    """Everything read from one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
