"""Builds never damage what is served: the lock, the switch, pruning, and a
running server picking up new builds without a failed request."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from kg import store
from kg.resources import documents_dir

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def ckg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def count(oxi: Any) -> int:
    return int(next(iter(oxi.query(COUNT)))["n"].value)


def fake_build(root: Path, name: str, *, finished: bool = True, age: float = 0.0) -> Path:
    path = root / "builds" / name
    (path / "oxigraph").mkdir(parents=True)
    if finished:
        (path / "build.json").write_text("{}")
        stamp = time.time() - age
        os.utime(path / "build.json", (stamp, stamp))
    return path


def point(root: Path, name: str) -> None:
    (root / "CURRENT").write_text(name + "\n")


def test_a_second_writer_is_refused_naming_the_holder(tmp_path: Path) -> None:
    root = tmp_path / "store"
    with store.writing(root) as partial:
        with pytest.raises(store.StoreLocked, match=f"pid {os.getpid()}"), store.writing(root):
            pass
        result = ckg("build", "--store", str(root))
        assert result.returncode == 1
        assert "another build or load is writing to" in result.stderr
        assert f"pid {os.getpid()}" in result.stderr
        assert "Traceback" not in result.stderr
        assert partial.is_dir()  # the refused build touched nothing of ours
    assert not partial.exists()  # ours never committed: removed on the way out
    assert not (root / "CURRENT").exists()


def test_a_failed_build_changes_nothing_and_leaves_nothing(tmp_path: Path) -> None:
    root = tmp_path / "store"
    assert ckg("build", "--store", str(root)).returncode == 0
    before = store.current(root)
    before_builds = sorted(p.name for p in (root / "builds").iterdir())
    with pytest.raises(RuntimeError), store.writing(root) as partial:
        (partial / "oxigraph").mkdir()
        raise RuntimeError("the build died half way")
    assert store.current(root) == before
    assert sorted(p.name for p in (root / "builds").iterdir()) == before_builds


def test_leftovers_of_dead_writers_go_when_the_lock_is_taken(tmp_path: Path) -> None:
    root = tmp_path / "store"
    served = fake_build(root, "20250101T000000.000000Z-1")
    point(root, served.name)
    dead = fake_build(root, "20250101T000001.000000Z-2", finished=False)
    trash = root / "builds" / ".trash-20240101T000000.000000Z-3"
    trash.mkdir()
    (root / "CURRENT.tmp").write_text("20250101T000001.000000Z-2\n")
    with store.writing(root) as fresh:
        assert not dead.exists() and not trash.exists() and not (root / "CURRENT.tmp").exists()
        assert served.is_dir() and fresh.is_dir()
    assert store.current(root).id == served.name


def test_prune_keeps_the_served_the_newest_and_the_recently_retired(tmp_path: Path) -> None:
    root = tmp_path / "store"
    old = fake_build(root, "20250101T000000.000000Z-1", age=3600)
    retired_long_ago = fake_build(root, "20250101T000001.000000Z-1", age=3000)
    retired_just_now = fake_build(root, "20250101T000002.000000Z-1", age=10)
    newest = fake_build(root, "20250101T000003.000000Z-1", age=5)
    point(root, newest.name)
    removed = store.prune(root, keep=1, grace=60)
    # `old` was retired when `retired_long_ago` was committed, an hour ago; that
    # one was retired 10 s ago, inside the grace period; `retired_just_now` 5 s ago.
    assert removed == [old.name]
    assert retired_long_ago.is_dir() and retired_just_now.is_dir() and newest.is_dir()
    assert store.prune(root, keep=1, grace=0) == [retired_long_ago.name, retired_just_now.name]
    assert [p.name for p in (root / "builds").iterdir()] == [newest.name]


def test_the_served_build_is_never_pruned_even_when_old(tmp_path: Path) -> None:
    root = tmp_path / "store"
    served = fake_build(root, "20250101T000000.000000Z-1", age=9000)
    fake_build(root, "20250101T000001.000000Z-1", age=8000)
    fake_build(root, "20250101T000002.000000Z-1", age=7000)
    point(root, served.name)  # rolled back by hand to the oldest build
    store.prune(root, keep=1, grace=0)
    assert served.is_dir()
    assert store.current(root).id == served.name


@pytest.mark.parametrize(
    ("pointer", "message"),
    [("../../etc", "not a build name"), ("", "not a build name"), ("20990101T000000Z-1", "missing")],
)
def test_a_bad_pointer_is_named(tmp_path: Path, pointer: str, message: str) -> None:
    root = tmp_path / "store"
    (root / "builds").mkdir(parents=True)
    point(root, pointer)
    with pytest.raises(store.StoreError, match=message):
        store.current(root)


def test_pruning_a_build_a_reader_has_open_is_safe(tmp_path: Path) -> None:
    """The claim kg/store.py rests on: a read-only RocksDB keeps answering
    after its directory is deleted (Linux keeps unlinked open files)."""
    root = tmp_path / "store"
    assert ckg("build", "--store", str(root)).returncode == 0
    first = store.current(root)
    reader = first.open()
    expected = count(reader)
    rows = sorted(str(r["s"]) for r in reader.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert ckg("build", "--store", str(root)).returncode == 0
    assert first.path.is_dir()  # still inside the grace period
    assert first.id in store.prune(root, keep=1, grace=0)
    assert not first.path.exists()
    assert count(reader) == expected
    assert rows == sorted(
        str(r["s"]) for r in reader.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
    )


@pytest.mark.slow
def test_a_running_server_switches_builds_without_a_failed_request(
    tmp_path: Path,
    server_factory: Any,
) -> None:
    root = tmp_path / "store"
    docs = sorted(documents_dir().glob("*.txt"))
    assert len(docs) >= 2
    one = tmp_path / "one"
    one.mkdir()
    for suffix in (".txt", ".meta.toml"):
        source = docs[0].with_name(docs[0].name.removesuffix(".txt") + suffix)
        if source.exists():
            shutil.copy(source, one / source.name)
    assert ckg("build", str(one), "--store", str(root)).returncode == 0
    process, url = server_factory(root)
    seen: list[tuple[str, int]] = []
    failures: list[str] = []
    stop = threading.Event()

    def query_forever() -> None:
        with requests.Session() as http:
            while not stop.is_set():
                try:
                    r = http.get(url + "/sparql", params={"query": COUNT}, timeout=10)
                    health = http.get(url + "/health", timeout=10)
                except requests.RequestException as exc:
                    failures.append(repr(exc))
                    continue
                if r.status_code != 200 or health.status_code != 200:
                    failures.append(f"{r.status_code} {health.status_code}: {r.text[:200]}")
                    continue
                n = int(r.json()["results"]["bindings"][0]["n"]["value"])
                seen.append((health.json()["build"], n))

    threads = [threading.Thread(target=query_forever) for _ in range(3)]
    try:
        for t in threads:
            t.start()
        complete: dict[str, int] = {store.current(root).id: count(store.current(root).open())}
        for corpus in [documents_dir(), one, documents_dir(), one]:
            result = ckg("build", str(corpus), "--store", str(root))
            assert result.returncode == 0, result.stderr
            build = store.current(root)
            complete[build.id] = json.loads((build.path / "build.json").read_text())["report"]["quads"]
            time.sleep(0.5)
        time.sleep(1.0)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
        process.terminate()
        process.wait(timeout=15)
    assert not failures, failures[:5]
    assert len(seen) > 20
    # Every answer came from a complete build: its count is that build's count.
    assert {n for _, n in seen} <= set(complete.values())
    assert len({n for _, n in seen}) == 2  # both corpora were served in turn
    assert seen[-1][0] == store.current(root).id  # and the last build is the one served now
