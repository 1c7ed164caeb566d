"""A person's corrections to what the rules read: ``curation.toml``.

A curation file sits in a documents folder (the bundled one is
``documents/curation.toml``) and holds three kinds of entries::

    [[add]]        # a fact the texts state in a way no rule reads, or that a curator knows
    subject = "meeting/2025-08-08"
    relation = "heldIn"
    object = "washington"
    note = "The AVİM text does not say where; the joint declaration does."
    source = "https://www.whitehouse.gov/..."    # optional

    [[retract]]    # a fact a rule read wrongly: every document's statement of it
    subject = "iran"
    relation = "opposes"
    object = "middle-corridor"
    document = "some-article"                    # optional: only in that document
    note = "The article quotes Iran's critics, not Iran."

    [[correct]]    # retract one fact and add another in its place
    subject = "meeting/2022-08-31"
    relation = "heldIn"
    object = "moscow"
    to = { object = "brussels" }
    note = "The fourth Brussels meeting."

Added facts become statements of the document ``curated`` (the build puts
them in the named graph ``graph/curated``, with the rule ``curated``);
retracted ones stay in their documents as provenance with the modality
``retracted``, so the graph still shows what a rule read and who overruled
it.  A broken file fails with its name, the entry and the reason.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from loaders.lexicon import Lexicon
from loaders.records import FACT_RELATIONS, Extraction, Statement

FILE_NAME = "curation.toml"
DOCUMENT = "curated"
RELATIONS = frozenset({*FACT_RELATIONS, "label", "type"})
_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_KINDS = {10: "date", 7: "gYearMonth", 4: "gYear"}


class CurationError(ValueError):
    """A curation file that cannot be used: ``file, [[kind]] entry N: reason``."""


@dataclass(frozen=True, slots=True)
class Retraction:
    subject: str
    relation: str
    object: str
    document: str = ""  # "" retracts the fact wherever it was read
    note: str = ""

    def matches(self, st: Statement) -> bool:
        return (st.subject, st.relation, st.object) == (self.subject, self.relation, self.object) and (
            not self.document or st.document == self.document
        )


@dataclass(slots=True)
class Curation:
    added: list[Statement] = field(default_factory=list)
    retracted: list[Retraction] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def find_curation_files(paths: Iterable[Path]) -> list[Path]:
    """The ``curation.toml`` of each folder given (and any given by name)."""
    found = []
    for path in paths:
        candidate = path / FILE_NAME if path.is_dir() else path
        if candidate.name == FILE_NAME and candidate.is_file():
            found.append(candidate)
    return found


def load_curation(files: Iterable[Path], lexicon: Lexicon) -> Curation:
    curation = Curation()
    for file in files:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise CurationError(f"curation file {file}: cannot be read ({exc})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise CurationError(f"curation file {file}: not valid TOML: {exc}") from exc
        unknown = set(data) - {"add", "retract", "correct"}
        if unknown:
            raise CurationError(
                f"curation file {file}: unknown table(s) {sorted(unknown)}; use add, retract, correct"
            )
        for kind in ("add", "retract", "correct"):
            for number, entry in enumerate(data.get(kind, []), start=1):
                where = f"curation file {file}, [[{kind}]] entry {number}"
                subject, relation, obj = _triple(entry, where, lexicon)
                note = str(entry.get("note", ""))
                if kind in ("retract", "correct"):
                    curation.retracted.append(
                        Retraction(subject, relation, obj, str(entry.get("document", "")), note)
                    )
                if kind == "add":
                    curation.added.append(_statement(subject, relation, obj, note, entry))
                if kind == "correct":
                    to = entry.get("to")
                    if not isinstance(to, dict) or not to:
                        raise CurationError(
                            f"{where}: a correction needs to = {{ subject/relation/object = ... }}"
                        )
                    new = {"subject": subject, "relation": relation, "object": obj, **to}
                    s2, r2, o2 = _triple(new, where + " (to)", lexicon)
                    curation.added.append(_statement(s2, r2, o2, note, entry))
        curation.files.append(str(file))
    return curation


def _triple(entry: object, where: str, lexicon: Lexicon) -> tuple[str, str, str]:
    if not isinstance(entry, dict):
        raise CurationError(f"{where}: must be a table")
    missing = [
        k for k in ("subject", "relation", "object") if not isinstance(entry.get(k), str) or not entry[k]
    ]
    if missing:
        raise CurationError(f"{where}: needs {', '.join(missing)}")
    subject, relation, obj = entry["subject"], entry["relation"], entry["object"]
    if relation not in RELATIONS:
        raise CurationError(f"{where}: relation {relation!r} is not one of {', '.join(sorted(RELATIONS))}")
    for role, key in (
        ("subject", subject),
        ("object", obj if relation not in ("date", "label", "type") else ""),
    ):
        if key and key not in lexicon.entities and "/" not in key:
            raise CurationError(
                f"{where}: {role} {key!r} is neither a lexicon key "
                "nor an event key like 'meeting/2022-05-22-brussels'"
            )
    if relation == "date" and not _DATE.fullmatch(obj):
        raise CurationError(f"{where}: a date must be YYYY, YYYY-MM or YYYY-MM-DD, got {obj!r}")
    return subject, relation, obj


def _statement(subject: str, relation: str, obj: str, note: str, entry: dict[str, object]) -> Statement:
    kind = "literal" if relation in ("date", "label") else ("class" if relation == "type" else "entity")
    datatype = _KINDS.get(len(obj), "") if relation == "date" else ("string" if relation == "label" else "")
    source = str(entry.get("source", ""))
    return Statement(
        subject=subject,
        relation=relation,
        object=obj,
        kind=kind,  # type: ignore[arg-type]
        document=DOCUMENT,
        sentence=-1,
        start=0,
        end=0,
        surface="",
        rule="curated",
        language=str(entry.get("language", "")),
        datatype=datatype,
        note="; ".join(p for p in (note, f"source: {source}" if source else "") if p),
    )


def apply_curation(extractions: list[Extraction], curation: Curation) -> list[str]:
    """Mark retracted statements in place; returns what was done, for the report."""
    done: list[str] = []
    for retraction in curation.retracted:
        hits = 0
        for extraction in extractions:
            for i, st in enumerate(extraction.statements):
                if retraction.matches(st) and st.modality != "retracted":
                    extraction.statements[i] = replace(
                        st, modality="retracted", note="; ".join(p for p in (st.note, retraction.note) if p)
                    )
                    hits += 1
        fact = f"{retraction.subject} {retraction.relation} {retraction.object}"
        done.append(f"retracted {fact} ({hits} statement{'s' if hits != 1 else ''})")
    done.extend(f"added {st.subject} {st.relation} {st.object}" for st in curation.added)
    return done
