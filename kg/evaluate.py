"""Precision, recall and F1 of the extraction against gold annotations.

A gold file (``tests/gold/<document key>.toml``) lists what an analyst reads
in one document: every fact of the contract's vocabulary it states, and
nothing it does not::

    document = "avim-yorum-2025-77"
    language = "tr"
    facts = [
      ["meeting/2025-08-08", "mediatedBy", "donald-trump"],
      ["zangezur-corridor", "controlledBy", "russia", "intended"],
    ]

A fact is ``[subject, relation, object]`` with an optional modality
(``asserted`` by default, or ``intended``).  Subjects and objects are loader
keys; a date is its ISO value.  Predictions are read from the store's
provenance records (one per statement, in the document's named graph), so
the score is of what was actually built; :func:`facts_of` gives the same
facts straight from extractions, for tests.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import provenance
from kg.iri import ONTOLOGY, RDF, RDFS, Minter
from loaders.records import FACT_RELATIONS, Extraction

RELATIONS = FACT_RELATIONS
Fact = tuple[str, str, str, str]  # subject, relation, object, modality


class GoldError(ValueError):
    """A gold file that cannot be read: names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Gold:
    document: str
    language: str
    facts: frozenset[Fact]
    path: str = ""


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Evaluation:
    by_relation: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language_relation: dict[tuple[str, str], Score] = field(default_factory=lambda: defaultdict(Score))
    total: Score = field(default_factory=Score)
    missed: list[tuple[str, Fact]] = field(default_factory=list)  # (document, fact) false negatives
    spurious: list[tuple[str, Fact]] = field(default_factory=list)  # false positives
    absent: list[str] = field(default_factory=list)  # gold documents with no predictions at all


def load_gold(path: Path) -> list[Gold]:
    """Every gold file at ``path`` (a ``.toml`` file or a folder of them)."""
    files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
    if not files:
        raise GoldError(f"{path}: no gold files (*.toml) here")
    return [_gold(file) for file in files]


def _gold(file: Path) -> Gold:
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{file}: cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GoldError(f"{file}: not valid TOML: {exc}") from exc
    if not isinstance(data.get("document"), str) or data.get("language") not in ("tr", "en"):
        raise GoldError(f'{file}: needs document = "<key>" and language = "tr" or "en"')
    facts: set[Fact] = set()
    for number, raw in enumerate(data.get("facts", []), start=1):
        if not (isinstance(raw, list) and 3 <= len(raw) <= 4 and all(isinstance(x, str) for x in raw)):
            raise GoldError(
                f"{file}: fact {number} must be [subject, relation, object(, modality)], got {raw!r}"
            )
        modality = raw[3] if len(raw) == 4 else "asserted"
        if raw[1] not in RELATIONS:
            raise GoldError(
                f"{file}: fact {number} has relation {raw[1]!r}, not one of {', '.join(RELATIONS)}"
            )
        if modality not in ("asserted", "intended"):
            raise GoldError(f"{file}: fact {number} has modality {modality!r}: asserted or intended")
        facts.add((raw[0], raw[1], raw[2], modality))
    return Gold(data["document"], data["language"], frozenset(facts), str(file))


def facts_of(extractions: Iterable[Extraction]) -> dict[str, set[Fact]]:
    """The facts each extraction states, keyed by document."""
    out: dict[str, set[Fact]] = defaultdict(set)
    for extraction in extractions:
        for st in extraction.statements:
            if st.relation in RELATIONS:
                out[extraction.document.key].add((st.subject, st.relation, st.object, st.modality))
    return out


def facts_in_store(store: ox.Store, minter: Minter) -> dict[str, set[Fact]]:
    """The facts the store's provenance records hold, keyed by document."""
    entity_base = minter.entity("x")[:-1]
    graph_base = minter.document_graph("x")[:-1]
    out: dict[str, set[Fact]] = defaultdict(set)
    for graph, subject, predicate, term, mood in provenance.reported_facts(store.query, minter):
        obj = term.value
        if not graph.startswith(graph_base) or predicate in (RDF + "type", RDFS + "label"):
            continue
        relation = predicate.removeprefix(ONTOLOGY)
        if relation not in RELATIONS:
            continue
        out[graph[len(graph_base) :]].add(
            (
                subject.removeprefix(entity_base),
                relation,
                obj.removeprefix(entity_base),
                mood.removeprefix(ONTOLOGY).lower(),
            )
        )
    return out


def evaluate(golds: Iterable[Gold], predicted: dict[str, set[Fact]]) -> Evaluation:
    result = Evaluation()
    for gold in golds:
        found = predicted.get(gold.document)
        if found is None:
            result.absent.append(gold.document)
            found = set()
        for relation in RELATIONS:
            expected = {f for f in gold.facts if f[1] == relation}
            got = {f for f in found if f[1] == relation}
            score = Score(len(expected & got), len(got - expected), len(expected - got))
            for target in (
                result.by_relation[relation],
                result.by_language[gold.language],
                result.by_language_relation[(gold.language, relation)],
                result.total,
            ):
                target.add(score)
            result.missed.extend((gold.document, f) for f in sorted(expected - got))
            result.spurious.extend((gold.document, f) for f in sorted(got - expected))
    return result


def report(result: Evaluation, details: bool = False) -> str:
    """The evaluation as a plain-text table."""
    lines = [f"{'':22} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}"]

    def row(name: str, score: Score) -> str:
        return (
            f"{name:22} {score.tp + score.fn:5d} {score.tp + score.fp:5d} "
            f"{score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
        )

    lines.append("by relation")
    for relation in RELATIONS:
        score = result.by_relation[relation]
        if score.tp + score.fp + score.fn:
            lines.append(row("  " + relation, score))
    lines.append("by language")
    for language in sorted(result.by_language):
        lines.append(row("  " + language, result.by_language[language]))
        for relation in RELATIONS:
            score = result.by_language_relation[(language, relation)]
            if score.tp + score.fp + score.fn:
                lines.append(row("    " + relation, score))
    lines.append(row("all", result.total))
    for document in result.absent:
        lines.append(f"note: {document} has no statements in the predictions (not built into this store?)")
    if details:
        lines.extend(f"missed   {doc}: {' '.join(fact)}" for doc, fact in result.missed)
        lines.extend(f"spurious {doc}: {' '.join(fact)}" for doc, fact in result.spurious)
    return "\n".join(lines)
