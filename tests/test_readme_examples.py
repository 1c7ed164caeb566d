"""The README, run as a new user runs it: its first command (``make serve``,
from a folder of its own, so the store ``data/store`` is a relative path),
then every ``curl`` and ``ckg`` command of its ``sh`` blocks, as written, from
that folder.  The blocks are parsed, so a new example is tested the day it
is written.

Only the address changes (the README's port 5000 may be taken on a shared
machine).  curl reads ``$HOME/.curlrc``, where the test asks it for the HTTP
status after each answer; the commands themselves are not touched.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
VENV = Path(sys.prefix)
STATUS = "\n@@status %{http_code}@@\n"


def shell_blocks(text: str) -> list[list[str]]:
    """The commands of each ```sh block: comments dropped, continued lines joined."""
    blocks = []
    for body in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
        commands = []
        for line in body.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if words:
                commands.append(shlex.join(words))
        blocks.append(commands)
    return blocks


def examples() -> list[str]:
    """Every curl and ckg command of the README, after the set-up block."""
    return [
        command
        for block in shell_blocks(README.read_text())[1:]
        for command in block
        if command.split()[0] in ("curl", "ckg", ".venv/bin/ckg")
    ]


def test_the_readme_has_examples_to_run() -> None:
    first = shell_blocks(README.read_text())[0]
    assert first[0] == "make serve"
    found = examples()
    assert sum(c.startswith("curl") for c in found) >= 8
    assert any("/dumps/" in c and " -O " in c for c in found)
    assert any("ckg explain" in c for c in found)
    # `ckg` alone is not on a new user's PATH after `make serve`
    assert not [c for c in found if c.startswith("ckg ")]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """``make serve`` run from an empty folder (its .venv the tests' own, not remade)."""
    home = tmp_path_factory.mktemp("newuser")
    (home / ".venv").symlink_to(VENV)
    (home / ".curlrc").write_text(
        f'silent\nshow-error\nwrite-out = "{STATUS.encode("unicode_escape").decode()}"\n'
    )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    log = home / "make-serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            ["make", "-f", str(REPO / "Makefile"), "-o", ".venv/bin/ckg", "serve", "VENV=.venv"],
            cwd=home,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "CKG_PORT": str(port), "CKG_WORKERS": "2", "HOME": str(home)},
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "make serve did not answer within 180 s"
            try:
                if requests.get(url + "/health", timeout=1).status_code == 200:
                    break
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.2)
        assert (home / "data" / "store" / "CURRENT").is_file()  # the relative store, built where asked
        yield home, url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.mark.parametrize("command", examples())
def test_readme_command_runs_as_written(served: tuple[Path, str], command: str) -> None:
    home, url = served
    run = command.replace("http://127.0.0.1:5000", url)
    done = subprocess.run(
        ["bash", "-c", run],
        cwd=home,
        env={**os.environ, "HOME": str(home)},
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    out = done.stdout.decode(errors="replace")
    if not command.startswith("curl"):
        assert out.strip(), f"{command} printed nothing"
        return
    statuses = re.findall(r"@@status (\d+)@@", out)
    assert statuses and all(int(s) < 400 for s in statuses), out[-2000:]
    body = out.split("\n@@status")[0]
    if " -O " in f"{command} ":
        name = command.rstrip().rsplit("/", 1)[1]
        data = (home / name).read_bytes()
        assert gzip.decompress(data).strip(), f"{name} holds no data"
        listing = requests.get(url + "/dumps/?format=json", timeout=30).json()
        entry = next(f for f in listing["files"] if f["file"] == name)
        assert len(data) == entry["bytes"]
    else:
        assert body.strip(), f"{command} answered an empty body"
        if "format=json" in command or ".jsonld" in command:
            json.loads(body)
