"""``ckg build`` killed with SIGKILL at random moments, many times, while a
real server serves the store: what is served stays intact and queryable, and
the next build succeeds and clears what the dead ones left.

``CKG_KILLS`` sets the number of kills (15 by default, for CI) and
``CKG_KILL_SEED`` the random seed (printed, so a failure can be replayed).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from kg import store

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
KILLS = int(os.environ.get("CKG_KILLS", "15"))


def start_build(root: Path, *, errors: bool = True) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", "--store", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if errors else subprocess.DEVNULL,
    )


def served_quads(url: str) -> int:
    r = requests.get(url + "/sparql", params={"query": COUNT}, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def expected_quads(build: store.Build) -> int:
    return int(json.loads((build.path / "build.json").read_text())["report"]["quads"])


def timeline(root: Path) -> tuple[float, float, float]:
    """Seconds from start until a build's directory appears, until it is
    switched in, and until the process ends (one build, watched closely)."""
    names = {p.name for p in (root / "builds").iterdir()}
    pointer = (root / "CURRENT").read_text()
    started = time.monotonic()
    build = start_build(root)
    appeared = switched = 0.0
    while build.poll() is None:
        now = time.monotonic() - started
        if not appeared and {p.name for p in (root / "builds").iterdir()} - names:
            appeared = now
        if not switched and (root / "CURRENT").read_text() != pointer:
            switched = now
        time.sleep(0.002)
    ended = time.monotonic() - started
    _, err = build.communicate()
    assert build.returncode == 0, err.decode()
    return appeared or ended, switched or ended, ended


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_builds_killed_at_random_moments_never_damage_the_served_store(
    tmp_path: Path, server_factory: Any
) -> None:
    seed = int(os.environ.get("CKG_KILL_SEED", str(random.randrange(1 << 30))))
    print(f"kill test: {KILLS} kills, seed {seed} (CKG_KILL_SEED={seed} replays it)")
    rng = random.Random(seed)
    root = tmp_path / "store"

    first = start_build(root)
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err.decode()
    writing, switching, duration = timeline(root)

    process, url = server_factory(root)
    try:
        killed_at: list[float] = []
        partial = switched = 0
        # Stratified over the whole run, so that every phase (start-up, reading,
        # reasoning, writing, switching, pruning) gets its kills, and a third of
        # them over the window where the new build is on disk but not switched.
        spread = KILLS - KILLS // 3
        slots = [(i + rng.random()) * duration * 1.1 / spread for i in range(spread)]
        slots += [rng.uniform(writing, switching) for _ in range(KILLS // 3)]
        rng.shuffle(slots)

        def check(before: store.Build, names_before: set[str]) -> None:
            nonlocal partial, switched
            names = {p.name for p in (root / "builds").iterdir()} - names_before
            partial += any(not (root / "builds" / n / "build.json").is_file() for n in names)

            # What is served is a complete build: the one before, or the new one
            # if the kill came after its switch.
            now = store.current(root)
            assert now.id == before.id or now.id > before.id
            switched += now.id != before.id
            reader = now.open()
            assert int(next(iter(reader.query(COUNT)))["n"].value) == expected_quads(now)
            del reader
            assert served_quads(url) == expected_quads(now)
            assert requests.get(url + "/health", timeout=10).status_code == 200

        for delay in slots:
            before = store.current(root)
            names_before = {p.name for p in (root / "builds").iterdir()}
            build = start_build(root, errors=False)
            time.sleep(delay)
            build.send_signal(signal.SIGKILL)
            build.wait(timeout=60)
            killed_at.append(round(delay, 3))
            check(before, names_before)

        # Timed kills can all miss a short write window on a busy machine, so two
        # more are aimed: each build is killed the moment its directory appears.
        for _ in range(2):
            before = store.current(root)
            names_before = {p.name for p in (root / "builds").iterdir()}
            build = start_build(root, errors=False)
            while build.poll() is None and not ({p.name for p in (root / "builds").iterdir()} - names_before):
                time.sleep(0.001)
            build.send_signal(signal.SIGKILL)
            build.wait(timeout=60)
            check(before, names_before)

        print(
            f"kill test: killed at {sorted(killed_at)} s of a {duration:.2f} s build "
            f"(on disk from {writing:.2f} s, switched at {switching:.2f} s); "
            f"{partial} times a partial build lay on disk, {switched} times the build had switched"
        )
        # Kills landed while a build was being written, not only before or after.
        assert partial >= 1
        final = start_build(root)
        _, err = final.communicate(timeout=300)
        assert final.returncode == 0, f"after kills at {killed_at}: {err.decode()}"
        built = store.current(root)
        assert served_quads(url) == expected_quads(built)
    finally:
        process.terminate()
        process.wait(timeout=15)

    leftovers = [
        p.name
        for p in (root / "builds").iterdir()
        if p.name.startswith(".") or not (p / "build.json").is_file()
    ]
    assert leftovers == [], f"after kills at {killed_at}"
    assert not (root / "CURRENT.tmp").exists()
    # No build holds the lock any more: a writer gets it at once.
    with store.writing(root):
        pass
