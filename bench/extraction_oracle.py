"""Freeze what extraction reads, to hold optimisations to identical output.

    python bench/extraction_oracle.py --out /tmp/oracle.txt          # write
    python bench/extraction_oracle.py --check /tmp/oracle.txt        # compare

Extracts a generated corpus (``--docs``, ``--seed``), the bundled
``documents/`` and the test articles in ``tests/data/``, and writes every
Extraction (sentences, mentions, statements, warnings) one record per line in
a canonical form.  ``--check`` re-extracts and reports the first lines that
differ (exit status 1 when any does).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def serialise(extraction) -> list[str]:  # type: ignore[no-untyped-def]
    """One canonical line per sentence, mention, statement and warning."""
    key = extraction.document.key
    lines = [f"D {json.dumps(key)}"]
    for kind, records in (
        ("S", extraction.sentences),
        ("M", extraction.mentions),
        ("T", extraction.statements),
    ):
        for record in records:
            fields = [getattr(record, f.name) for f in dataclasses.fields(record)]
            lines.append(f"{kind} {json.dumps(fields, ensure_ascii=False)}")
    lines.extend(f"W {json.dumps(w, ensure_ascii=False)}" for w in extraction.warnings)
    return lines


def corpus_lines(docs: int, seed: int) -> list[str]:
    from loaders import extract, load_lexicon, read_documents
    from loaders.documents import DocumentError

    lexicon = load_lexicon()
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate = [sys.executable, str(HERE / "generate_corpus.py"), "--docs", str(docs)]
        generate += ["--seed", str(seed), "--out", str(corpus)]
        subprocess.run(generate, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sources = [
            corpus,
            ROOT / "documents",
            ROOT / "tests" / "data" / "documents",
            ROOT / "tests" / "data" / "heldout",
        ]
        for source in sources:
            for document in read_documents([source]):
                if isinstance(document, DocumentError):
                    lines.append(f"E {json.dumps(str(document), ensure_ascii=False)}")
                    continue
                lines.extend(serialise(extract(document, lexicon)))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    lines = corpus_lines(args.docs, args.seed)
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(lines):,} lines written to {args.out}")
        return
    expected = args.check.read_text(encoding="utf-8")
    if expected == text:
        print(f"identical: {len(lines):,} lines")
        return
    diff = difflib.unified_diff(expected.splitlines(), lines, "oracle", "now", n=1, lineterm="")
    for i, line in enumerate(diff):
        if i >= 60:
            print("...")
            break
        print(line)
    sys.exit(1)


if __name__ == "__main__":
    main()
