"""Extraction on several processes gives what one process gives, in
document order, with unreadable documents reported, not fatal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg import extraction as parallel
from kg import store as kgstore
from kg.build import build
from kg.settings import Settings


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, bench_script: Callable[[str], ModuleType]) -> Path:
    module = bench_script("generate_corpus")
    folder = tmp_path_factory.mktemp("corpus")
    module.generate(8, 21, folder)
    (folder / "zz-broken.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    return folder


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send even this small corpus to worker processes, three documents a batch."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel, "BATCH", 3)


@pytest.mark.usefixtures("small_batches")
def test_workers_give_what_one_process_gives_in_document_order(corpus: Path) -> None:
    files = sorted(p for p in corpus.iterdir() if p.name.endswith(".txt"))
    one = parallel.extract_all(files, None, jobs=1)
    two = parallel.extract_all(files, None, jobs=2)
    assert two.workers == 2 and one.workers == 1
    assert [x.document.path for x in two.extractions] == [str(f) for f in files if "broken" not in f.name]
    assert [x.statements for x in two.extractions] == [x.statements for x in one.extractions]
    assert [x.mentions for x in two.extractions] == [x.mentions for x in one.extractions]
    assert len(two.problems) == 1 and "zz-broken.txt" in two.problems[0] and "skipped" in two.problems[0]
    assert two.problems == one.problems


@pytest.mark.usefixtures("small_batches")
def test_a_parallel_build_makes_the_same_store(corpus: Path, tmp_path: Path) -> None:
    def quads(root: Path) -> set[str]:
        return {str(q) for q in kgstore.current(root).open() if "_:" not in str(q)}

    serial = build(
        [corpus], Settings.load(environ={}, store=tmp_path / "a"), jobs=1, cache=False, dumps=False
    )
    spread = build(
        [corpus], Settings.load(environ={}, store=tmp_path / "b"), jobs=2, cache=False, dumps=False
    )
    assert spread.workers == 2 and spread.extracted == serial.extracted == 8
    assert quads(tmp_path / "a") == quads(tmp_path / "b")
    assert any("zz-broken.txt" in p for p in spread.problems)


def test_progress_is_told_of_every_document(corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    seen: list[int] = []
    parallel.extract_all(files, None, jobs=1, advance=seen.append)
    assert sum(seen) == len(files)


def test_progress_bars_only_on_a_terminal() -> None:
    import io

    from kg.progress import Bars, Quiet, for_terminal

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert type(for_terminal(io.StringIO())) is Quiet
    bars = for_terminal(Terminal())
    assert isinstance(bars, Bars)
    with bars:
        bars.step("extract", 3)
        bars.advance(3)
        bars.step("reason")
