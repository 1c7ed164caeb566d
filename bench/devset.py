"""Score the extraction on the real-passage development set (issue 12).

    python bench/devset.py --texts DIR [--batch N ...] [--details] [--json OUT]

Each gold file of ``tests/devset/batch-N/`` names its passage (``document``);
the passage's text is ``tests/devset/batch-N/<key>.txt`` when its licence let
it into the repository, else ``DIR/<key>.txt`` (with ``DIR/<key>.meta.toml``),
kept outside it (``tests/devset/README.md`` says how to get them again).

The headline is what the issue asks for: precision and recall of the
**asserted** facts (an intended fact is neither predicted nor expected
there), per batch and per language; ``--strict`` also scores intended facts,
modality included.  A fact read from reported speech is the text's fact
here, as the gold's convention has it, whether the extractor keeps it as a
speaker's claim or asserts it; ``--stances`` scores the stances and who says
each claim.  Extraction runs straight from the loaders (the same
statements ``ckg build`` stores), so a score takes a second, not a build.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from pathlib import Path

from kg.evaluate import Gold, evaluate, facts_of, load_gold, report
from loaders.documents import DocumentError, read_documents
from loaders.extract import extract
from loaders.lexicon import Lexicon, load_lexicon
from loaders.records import Extraction

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "devset"


STANCE_KINDS = ("opposes", "condemns", "concernedAbout", "supports", "welcomes")


def _score_stances(folder: Path, extractions: list[Extraction], details: bool) -> dict[str, float]:
    """Stances ``[holder, kind, target]`` of the gold files' ``stances`` arrays against what the
    extraction states (asserted, any rule), per language; a stance of the right holder and
    target with another kind of the same polarity (welcomes/supports, condemns/opposes) is
    counted apart, as ``near``."""
    by_doc = {e.document.key: e for e in extractions}
    polarity = {"supports": 1, "welcomes": 1, "opposes": -1, "condemns": -1, "concernedAbout": -1}
    totals: dict[str, list[int]] = {}
    lines = []
    for file in sorted(folder.glob("*.toml")):
        if file.name.endswith(".meta.toml"):
            continue
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        extraction = by_doc.get(data["document"])
        if extraction is None:
            continue
        gold = {tuple(x[:3]) for x in data.get("stances", [])}
        got = {
            (st.subject, st.relation, st.object)
            for st in extraction.statements
            if st.relation in STANCE_KINDS and st.modality == "asserted"
        }
        near = {
            g
            for g in gold - got
            if any(p[0] == g[0] and p[2] == g[2] and polarity[p[1]] == polarity.get(g[1]) for p in got)
        }
        claims_gold = {tuple(x[:4]) for x in data.get("claims", [])}
        claims_got = {
            (st.speaker, st.subject, st.relation, st.object) for st in extraction.statements if st.speaker
        }
        c = totals.setdefault("claims", [0, 0, 0, 0])
        c[0] += len(claims_gold & claims_got)
        c[1] += len(claims_got - claims_gold)
        c[2] += len(claims_gold - claims_got)
        lines += [
            f"missed   claim {data['document']}: {' '.join(g)}" for g in sorted(claims_gold - claims_got)
        ]
        lines += [
            f"spurious claim {data['document']}: {' '.join(g)}" for g in sorted(claims_got - claims_gold)
        ]
        for key in (data["language"], "all"):
            t = totals.setdefault(key, [0, 0, 0, 0])
            t[0] += len(gold & got)
            t[1] += len(got - gold)
            t[2] += len(gold - got)
            t[3] += len(near)
        lines += [f"missed   {data['document']}: {' '.join(g)}" for g in sorted(gold - got)]
        lines += [f"spurious {data['document']}: {' '.join(g)}" for g in sorted(got - gold)]
    print(f"== {folder.name}: stances")
    out: dict[str, float] = {}
    for key, (tp, fp, fn, close) in sorted(totals.items()):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        same = f"(same polarity, other kind: {close})"
        print(f"  {key:4} gold {tp + fn:3d} found {tp + fp:3d}  P {p:.3f}  R {r:.3f}  {same}")
        out[f"{key}_precision"], out[f"{key}_recall"] = round(p, 3), round(r, 3)
    if details:
        print("\n".join(lines))
    return out


def lexicon_facts(extraction: Extraction, lexicon: Lexicon) -> set[tuple[str, str, str, str]]:
    """The facts the built graph holds from the lexicon for the entities a document mentions
    (its graph ``lexicon``: ``locatedIn`` of places, ``partyTo`` of a treaty's parties), as
    ``ckg build`` writes them (:meth:`kg.assemble.Assembler.lexicon_quads`)."""
    used = {m.entity for m in extraction.mentions}
    used |= {st.subject for st in extraction.statements} | {st.object for st in extraction.statements}
    out = set()
    for key in used:
        if key in lexicon.located_in:
            out.add((key, "locatedIn", lexicon.located_in[key], "asserted"))
        for party in lexicon.attribute(key, "parties", ()):  # type: ignore[attr-defined]
            out.add((str(party), "partyTo", key, "asserted"))
    return out


def _asserted(gold: Gold) -> Gold:
    return Gold(
        gold.document, gold.language, frozenset(f for f in gold.facts if f[3] == "asserted"), gold.path
    )


def batches(names: list[str]) -> list[Path]:
    folders = sorted(p for p in DEVSET.glob("batch-*") if p.is_dir())
    if names:
        folders = [p for p in folders if p.name.removeprefix("batch-") in names]
    return folders


def texts_for(golds: list[Gold], folder: Path, texts: Path | None) -> tuple[list[Path], list[str]]:
    paths, missing = [], []
    for gold in golds:
        here = folder / f"{gold.document}.txt"
        there = texts / f"{gold.document}.txt" if texts else None
        if here.exists():
            paths.append(here)
        elif there is not None and there.exists():
            paths.append(there)
        else:
            source = tomllib.loads(Path(gold.path).read_text(encoding="utf-8")).get("source", {})
            missing.append(f"{gold.document}: no text ({source.get('url', 'no url')})")
    return paths, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=os.environ.get("CKG_DEVSET_TEXTS"))
    parser.add_argument("--batch", action="append", default=[], help="batch number (repeat; default all)")
    parser.add_argument("--details", action="store_true", help="list every missed and spurious fact")
    parser.add_argument("--strict", action="store_true", help="also score intended facts, modality included")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument(
        "--stances", action="store_true", help="score the stances (issue 15) instead of the facts"
    )
    args = parser.parse_args(argv)
    texts = Path(args.texts) if args.texts else None
    lexicon = load_lexicon()
    figures: dict[str, dict[str, float]] = {}
    all_golds: list[Gold] = []
    all_facts: dict[str, set[tuple[str, str, str, str]]] = {}
    for folder in batches(args.batch):
        golds = [
            g
            for f in sorted(folder.glob("*.toml"))
            if not f.name.endswith(".meta.toml")
            for g in load_gold(f)
        ]
        paths, missing = texts_for(golds, folder, texts)
        for line in missing:
            print(f"{folder.name}: {line}", file=sys.stderr)
        extractions = []
        for document in read_documents(paths):
            if isinstance(document, DocumentError):
                print(f"{folder.name}: {document}", file=sys.stderr)
                continue
            extractions.append(extract(document, lexicon))
        if args.stances:
            figures[folder.name] = _score_stances(folder, extractions, args.details)
            continue
        # Reported speech counts as a fact of the text (tests/devset/README.md: the fact gold
        # keeps what a speaker says): a claim the extractor keeps with its speaker (modality
        # reported, out of the graph's asserted view) is scored here as the text's fact, and
        # who says it is scored apart (--stances, claims).
        facts = {
            key: {(s, r, o, "asserted" if m == "reported" else m) for s, r, o, m in found}
            for key, found in facts_of(extractions).items()
        }
        # What the lexicon graph adds for the entities a passage mentions is in the built graph:
        # it counts where the gold lists it (recall), and is not the passage's assertion where
        # the gold does not (an analyst lists "Moscow is in Russia" only where the text says so).
        expected = {g.document: g.facts for g in golds}
        for extraction in extractions:
            key = extraction.document.key
            held = lexicon_facts(extraction, lexicon) & expected.get(key, frozenset())
            facts.setdefault(key, set()).update(held)
        present = [g for g in golds if g.document in facts or any(p.stem == g.document for p in paths)]
        scored = present if args.strict else [_asserted(g) for g in present]
        if not args.strict:
            facts = {k: {f for f in v if f[3] == "asserted"} for k, v in facts.items()}
        result = evaluate(scored, facts)
        print(
            f"== {folder.name}: {len(present)} passages"
            + (" (strict)" if args.strict else " (asserted facts)")
        )
        print(report(result, details=args.details))
        figures[folder.name] = {
            "precision": round(result.total.precision, 3),
            "recall": round(result.total.recall, 3),
            **{
                f"{lang}_{what}": round(getattr(score, what), 3)
                for lang, score in result.by_language.items()
                for what in ("precision", "recall")
            },
        }
        all_golds.extend(scored)
        all_facts.update(facts)
    if len(figures) > 1 and not args.stances:
        result = evaluate(all_golds, all_facts)
        print(f"== all: {len(all_golds)} passages")
        print(report(result))
        figures["all"] = {
            "precision": round(result.total.precision, 3),
            "recall": round(result.total.recall, 3),
        }
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
