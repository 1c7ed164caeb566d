"""The query time limit and the cap on long-running queries, for gunicorn's
sync workers.

pyoxigraph cannot be interrupted from Python while it evaluates, but it
releases the GIL, so a watchdog thread in each worker keeps time.  When a
query overruns, the watchdog answers ``503`` on the client's socket itself
and ends the worker process (``os._exit``): the work really stops, the
memory is freed, and gunicorn's master starts a fresh worker while the
others keep serving.  The fast path costs a lock and a condition notify.

A query that runs longer than ``HEAVY_AFTER`` seconds becomes *heavy* and
must hold one of ``slots`` heavy slots (``flock``-ed files shared by the
workers; the kernel releases them when a worker dies).  With no slot free
it is stopped at once with ``503``, so long queries can never hold every
worker and quick ones always find one free.

Without gunicorn (Flask's test client, ``flask run``) there is no socket to
answer on and no master to replace the worker: the watchdog stays off.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_log = logging.getLogger(__name__)

HEAVY_AFTER = 2.0  # seconds: past this a query is heavy (quick ones wait at most this long)


def slot_directory(store: Path, port: int) -> Path:
    """Where the workers of one server share their heavy-query slots."""
    key = hashlib.sha256(f"{Path(store).resolve()}:{port}".encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"ckg-slots-{os.getuid()}-{key}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


class HeavySlots:
    def __init__(self, directory: Path, slots: int) -> None:
        self.directory = directory
        self.slots = max(1, slots)
        self._held: int | None = None

    def acquire(self) -> bool:
        for n in range(self.slots):
            fd = os.open(self.directory / f"slot-{n}", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self._held = fd
            return True
        return False

    def release(self) -> None:
        if self._held is not None:
            os.close(self._held)  # closing drops the flock
            self._held = None


def _answer(sock: Any, status: str, message: str, kind: str) -> None:
    body = json.dumps({"error": message, "status": int(status.split()[0]), "kind": kind}).encode()
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Retry-After: 5\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n"
    ).encode()
    try:
        sock.settimeout(2.0)
        sock.sendall(head + body)
    except OSError:
        pass


class Watchdog:
    """One per worker process: ``arm`` at the start of a query, ``disarm`` at
    its end.  Both are a few attribute writes and an uncontended lock: the
    watchdog thread polls every ``TICK`` seconds (a 0.25 s precision on the limits) instead of being woken per
    request (waking it would make the request thread wait for the GIL)."""

    TICK = 0.25  # wake-ups take the GIL from the request thread: few of them

    def __init__(self, timeout: float, slots: HeavySlots, exit: Callable[[int], Any] = os._exit) -> None:
        self.timeout = timeout
        self.slots = slots
        self._exit = exit
        self._lock = threading.Lock()
        self._sock: Any = None
        self._started = 0.0
        self._generation = 0
        self._streaming = 0  # the generation whose answer has begun to go out
        self._pid = 0

    def arm(self, sock: Any) -> int:
        if self._pid != os.getpid():  # first request of this (forked) worker
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="ckg-watchdog", daemon=True).start()
        self._started = time.monotonic()
        self._generation += 1
        self._sock = sock
        return self._generation

    def streaming(self, generation: int) -> None:
        """The answer's status and first bytes are on their way: stopping it
        now can only cut the connection (the client sees the body end early)."""
        self._streaming = generation

    def disarm(self, generation: int) -> None:
        with self._lock:  # waits only while the watchdog is answering 503 (and then never returns)
            self._sock = None
            if self.slots._held is not None:
                self.slots.release()

    def _run(self) -> None:
        heavy_after = min(HEAVY_AFTER, self.timeout)
        while True:
            time.sleep(self.TICK)
            if self._sock is None:
                continue
            generation, elapsed = self._generation, time.monotonic() - self._started
            if elapsed < heavy_after:
                continue
            with self._lock:
                if self._sock is None or generation != self._generation:
                    continue
                if self.slots._held is None and not self.slots.acquire():
                    self._stop(
                        "the server is busy with other long-running queries and stopped this one "
                        f"after {heavy_after:g} s; retry later or simplify the query",
                        "busy",
                    )
                if elapsed >= self.timeout:
                    self._stop(
                        f"the query ran past the time limit of {self.timeout:g} s and was stopped; "
                        "add a LIMIT, narrow the patterns, or run it on a copy of the data (see /dumps/)",
                        "timeout",
                    )

    def _stop(self, message: str, kind: str) -> None:
        if self._streaming != self._generation:
            _answer(self._sock, "503 Service Unavailable", message, kind)
        else:  # mid-stream: no final chunk, so clients see an incomplete answer, never a short one
            _log.warning("stopped a streamed answer: %s", message)
        self._exit(1)  # not 3 or 4: gunicorn halts on those (boot and load errors)
