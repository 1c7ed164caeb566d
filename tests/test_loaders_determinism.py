"""Extraction is a function of the document and the lexicon alone.

Python randomises the hash of every string per process (``PYTHONHASHSEED``),
so a rule that iterates a ``set`` of keys gives its statements in a different
order in each worker of a parallel build.  Two fresh interpreters with
different seeds must give the very same records, in the same order, for the
bundled documents, the held-out articles and a generated corpus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[1]

# Run in a fresh interpreter: every record of every document, as JSON lines.
DUMP = """
import dataclasses, json, sys
from pathlib import Path
from loaders import DocumentError, extract, load_lexicon, read_documents

lexicon = load_lexicon()
for item in read_documents([Path(p) for p in sys.argv[1:]]):
    if isinstance(item, DocumentError):
        print(json.dumps({"error": item.path}))
        continue
    x = extract(item, lexicon)
    print(json.dumps({
        "path": item.path,
        "sentences": [dataclasses.astuple(s) for s in x.sentences],
        "mentions": [dataclasses.astuple(m) for m in x.mentions],
        "statements": [dataclasses.astuple(s) for s in x.statements],
        "warnings": x.warnings,
    }, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def documents(
    tmp_path_factory: pytest.TempPathFactory, bench_script: Callable[[str], ModuleType]
) -> list[Path]:
    module = bench_script("generate_corpus")
    folder = tmp_path_factory.mktemp("generated")
    module.generate(40, 7, folder)
    found = sorted(folder.glob("*.txt"))
    for root in (
        ROOT / "documents",
        ROOT / "tests" / "data" / "documents",
        ROOT / "tests" / "data" / "heldout",
    ):
        found += sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md", ".html", ".pdf"))
    return found


def _records(files: list[Path], seed: str) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", DUMP, *map(str, files)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_two_hash_seeds_give_the_same_records(documents: list[Path]) -> None:
    first = _records(documents, "1")
    second = _records(documents, "2024")
    assert len(first) == len(documents)
    assert sum(len(r.get("statements", ())) for r in first) > 100  # the comparison is not vacuous
    for a, b in zip(first, second, strict=True):
        assert a == b, f"extraction of {a.get('path') or a.get('error')} depends on the hash seed"


def test_the_seed_does_change_set_order() -> None:
    """The check above can fail: two seeds do order a set of keys differently."""
    code = "print(list({'armenia', 'azerbaijan', 'georgia', 'iran', 'russia', 'turkiye', 'kars', 'igdir'}))"
    orders = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2024", "7")
    }
    assert len(orders) > 1


def test_records_survive_pickling_equal_hashable_and_frozen() -> None:
    """Records pickle as their class and a tuple of values (fast for the
    process pool and the extraction cache): they must come back equal, with
    the same hash, still frozen."""
    import dataclasses
    import pickle

    from loaders.records import Mention, Sentence, Statement

    records = [
        Sentence(0, 0, 5, "Hello"),
        Mention("armenia", 0, 0, 7, "Armenia", "name"),
        Statement("armenia", "partyTo", "treaty/x", "entity", "doc", 0, 0, 7, "Armenia", "r.en", "en"),
    ]
    for record in records:
        back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(record)
        assert back == record
        assert hash(back) == hash(record)
        with pytest.raises(dataclasses.FrozenInstanceError):
            back.start = 3  # type: ignore[misc]


def test_rules_make_the_same_statement_as_the_constructor() -> None:
    """Rules build statements from their values in field order (fast path);
    a field added to Statement must not shift them."""
    from loaders import Document, load_lexicon
    from loaders.records import Statement
    from loaders.rules import Sentence as RuleSentence
    from loaders.text import TextView

    text = "Armenia signed it."
    document = Document(key="doc", path="doc.txt", text=text, language="en")
    s = RuleSentence(
        document=document,
        lexicon=load_lexicon(),
        view=TextView.identity(text),
        index=0,
        base=0,
        text=text,
        folded=text.lower(),
        lang="en",
        doc_year="",
    )
    s.state("armenia", "partyTo", "treaty/x", "entity", (0, 7), "treaty.party", modality="intended", note="n")
    expected = Statement(
        subject="armenia",
        relation="partyTo",
        object="treaty/x",
        kind="entity",
        document="doc",
        sentence=0,
        start=0,
        end=7,
        surface="Armenia",
        rule="treaty.party.en",
        language="en",
        datatype="",
        modality="intended",
        note="n",
    )
    assert s.out == [expected]
