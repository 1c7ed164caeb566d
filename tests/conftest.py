"""Shared fixtures: one session-scoped built store, the app, a client, a CLI
runner, a live gunicorn server on a free port, the bench/ scripts as
modules (the corpus and reasoning-data generators), and the lexicon the
extraction tests read with."""

from __future__ import annotations

import functools
import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import requests
from click.testing import CliRunner

from kg.build import Report, build
from kg.settings import Settings
from loaders import load_lexicon
from loaders.lexicon import Lexicon

DATA = Path(__file__).parent / "data"
BENCH = Path(__file__).resolve().parents[1] / "bench"


@functools.cache
def _bench_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """The bundled lexicon, loaded once a test module (the rules keep caches in it)."""
    return load_lexicon()


@pytest.fixture(scope="session")
def bench_script() -> Callable[[str], ModuleType]:
    """``bench_script("generate_corpus")``: a script of bench/ (not a package)
    as a module, loaded once a session."""
    return _bench_script


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    """The bundled corpus built once into a temporary store."""
    root = tmp_path_factory.mktemp("store") / "store"
    report = build(None, Settings.load(environ={}, store=root))
    return root, report


@pytest.fixture(scope="session")
def store_path(built_store: tuple[Path, Report]) -> Path:
    return built_store[0]


@pytest.fixture
def app(store_path: Path):  # type: ignore[no-untyped-def]
    from server import create_app

    app = create_app(Settings.load(environ={}, store=store_path))
    app.config["TESTING"] = True
    return app


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    return app.test_client()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    store: Path, *extra: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """``ckg serve`` as a real process; returns it and its base URL once it
    answers.  Its log goes to ``<store>.<port>.log``."""
    port = free_port()
    log = Path(f"{store}.{port}.log")
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg",
                "serve",
                "--store",
                str(store),
                "--port",
                str(port),
                "--workers",
                "2",
                *extra,
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"ckg serve exited: {log.read_text(errors='replace')[-3000:]}")
        try:
            if requests.get(url + "/health", timeout=1).status_code == 200:
                return process, url
        except (requests.ConnectionError, requests.Timeout):  # a loaded machine answers late
            time.sleep(0.1)
    process.kill()
    process.wait(timeout=15)  # reaped: no ResourceWarning (an error under filterwarnings)
    raise RuntimeError("ckg serve did not answer within 30 s")


@pytest.fixture(scope="session")
def live_server(store_path: Path) -> Iterator[str]:
    """The real server (gunicorn, 2 workers) over the session store."""
    process, url = start_server(store_path)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture(scope="session")
def server_factory():  # type: ignore[no-untyped-def]
    """:func:`start_server` for tests (conftest is not importable under ``--import-mode=importlib``)."""
    return start_server
