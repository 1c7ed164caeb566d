"""What the extractor reads from a text written for a test: the one reader the extraction
tests share (``tests/test_extraction_*.py``); the lexicon fixture is in ``conftest.py``."""

from __future__ import annotations

from loaders import Document, extract
from loaders.lexicon import Lexicon

Fact = tuple[str, str, str, str]
Claim = tuple[str, str, str, str, str]


def read_facts(lexicon: Lexicon, text: str, language: str, date: str) -> set[Fact]:
    """``(subject, relation, object, modality)`` of every statement read from ``text``, each
    statement's span checked to give back its surface."""
    document = Document(key="t", path="t.txt", text=text, language=language, date=date)
    extraction = extract(document, lexicon)
    for st in extraction.statements:
        assert document.text[st.start : st.end] == st.surface
    return {(st.subject, st.relation, st.object, st.modality) for st in extraction.statements}


def meeting_facts(facts: set[Fact]) -> set[Fact]:
    """The facts about meetings (``meeting/...`` subjects), without their type and label."""
    return {f for f in facts if f[0].startswith("meeting/") and f[1] not in ("label", "type")}


def read_meetings(lexicon: Lexicon, text: str, language: str, date: str) -> set[Fact]:
    """:func:`meeting_facts` of what the extractor reads from ``text``."""
    return meeting_facts(read_facts(lexicon, text, language, date))


def read_claims(lexicon: Lexicon, text: str, language: str, date: str = "2025-09-01") -> set[Claim]:
    """``(speaker, subject, relation, object, modality)`` of every statement read from ``text``
    with a speaker."""
    document = Document(key="t", path="t.txt", text=text, language=language, date=date)
    return {
        (st.speaker, st.subject, st.relation, st.object, st.modality)
        for st in extract(document, lexicon).statements
        if st.speaker
    }
