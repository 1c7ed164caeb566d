"""The query time limit and the cap on long-running queries: :class:`ThreadGuard`
under granian (what ``ckg serve`` runs), :class:`Watchdog` under gunicorn's
sync workers (kept for comparison).  What follows is the watchdog's way; the
guard's is in its docstring.

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

import contextvars
import fcntl
import hashlib
import json
import logging
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from server import listeners

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


MAX_URL = 8190  # bytes of path and query string (gunicorn's request line allows 4,094): 414 past it


class ThreadGuard:
    """The same limits for a server whose workers run requests on threads and
    own the sockets themselves (granian): no socket to answer on, so the query
    runs on a thread of its own (one per request thread, reused) while the
    request thread keeps time, and answers the ``503`` itself.

    A query that overruns cannot be stopped inside pyoxigraph: its thread is
    left behind and the worker *retires*, losing no request: new connections
    are steered to the other workers' listening sockets, every answer from
    then on says ``Connection: close`` (keep-alive clients go to the others
    too), and once its requests in flight are answered (or after
    :attr:`GRACE` seconds) it stops taking connections, leaving its socket,
    held by granian's main process, to the worker that replaces it
    (server/listeners.py); the connections it took last have their requests
    read (:attr:`SETTLE`) and answered, and it stops the way granian stops a
    worker it replaces (``SIGTERM``), freeing the memory and the core.  Heavy
    slots are those of :class:`HeavySlots`, one set per request thread.

    A streamed answer stays under the limits piece by piece: past them the
    stream breaks (the connection is closed before the final chunk)."""

    GRACE = 5.0  # seconds a retiring worker waits for its requests in flight
    SETTLE = 0.5  # seconds for the connections a retiring worker took last to send their request
    YOUNG = 6.0  # seconds: a worker exits no younger than this (granian's crash-loop rule)
    STOP_WAIT = 10.0  # seconds the graceful stop may take before the worker exits all the same
    FLUSH = 0.3  # seconds left for the last answers to leave before the exit

    def __init__(
        self,
        timeout: float,
        directory: Path,
        slots: int,
        port: int | None = None,
        exit: Callable[[int], Any] = os._exit,
        stop: Callable[[], Any] | None = None,
        listener: listeners.Own | None = None,
    ) -> None:
        self._stop = stop or (lambda: os.kill(os.getpid(), signal.SIGTERM))
        self.timeout = timeout
        self.port = port  # the port listened on: the socket to stop when retiring
        self.listener = listener  # this worker's own socket (server/listeners.py), when it has one
        self.born = time.monotonic()
        self.quick: set[Any] = set()  # readings answered within QUICK (see inline)
        self._monitor_pid = 0
        self.heavy_after = min(HEAVY_AFTER, timeout)
        self.directory = directory
        self.slots = max(1, slots)
        self._exit = exit
        self._local = threading.local()
        self._lock = threading.Lock()
        self.active = 0  # requests in flight in this worker
        self.retiring = False

    def _state(self) -> tuple[_QueryThread, HeavySlots]:
        local = self._local
        thread = getattr(local, "thread", None)
        if thread is None:
            thread = local.thread = _QueryThread()
            local.slots = HeavySlots(self.directory, self.slots)
        return thread, local.slots

    def call(self, work: Callable[[], Any], started: float) -> Any:
        """``work()`` on the query thread, within the limits counted from ``started``;
        :class:`Overrun` when past them."""
        thread, slots = self._state()
        thread.start(contextvars.copy_context().run, work)  # with Flask's request context
        if slots._held is None:
            if thread.wait(started + self.heavy_after - time.monotonic()):
                return thread.result()
            if not slots.acquire():
                self._abandon()
                raise Overrun(
                    "busy",
                    "the server is busy with other long-running queries and stopped this one "
                    f"after {self.heavy_after:g} s; retry later or simplify the query",
                )
        if thread.wait(started + self.timeout - time.monotonic()):
            return thread.result()
        self._abandon()
        raise Overrun(
            "timeout",
            f"the query ran past the time limit of {self.timeout:g} s and was stopped; "
            "add a LIMIT, narrow the patterns, or run it on a copy of the data (see /dumps/)",
        )

    QUICK = 0.1  # seconds: an answer made faster than this is run in place the next time
    QUICK_KEPT = 4096  # readings remembered as quick (cleared past it)

    def inline(self, key: Any, work: Callable[[], Any]) -> Any | None:
        """``work()`` run in place, without the hand-over to the query thread, when the
        same reading (``key``: the build, the query and its parameters) was answered
        within :attr:`QUICK` before: the same work on the same data, so it ends far
        inside the limits (the 503 cannot be sent from here, the hand-over is what
        makes it possible).  Should it overrun all the same, the worker's monitor
        retires the worker, which stops it.  ``None``: not known to be quick."""
        if key not in self.quick:
            return None
        self._ensure_monitor()
        local = self._local
        local.inline_since = time.monotonic()
        try:
            result = work()
        finally:
            took = time.monotonic() - local.inline_since
            local.inline_since = 0.0
        if took > self.QUICK:
            self.quick.discard(key)
        return result

    def learn(self, key: Any, seconds: float) -> None:
        """An answer made in ``seconds`` on the query thread: quick ones are run in place next time."""
        if seconds <= self.QUICK:
            if len(self.quick) >= self.QUICK_KEPT:
                self.quick.clear()
            self.quick.add(key)

    def _ensure_monitor(self) -> None:
        if self._monitor_pid != os.getpid():
            self._monitor_pid = os.getpid()
            self._inline_threads: list[threading.local] = []
            threading.Thread(target=self._monitor, name="ckg-inline-monitor", daemon=True).start()
        if not getattr(self._local, "watched", False):
            self._local.watched = True
            with self._lock:
                self._inline_threads.append(self._local.__dict__)  # type: ignore[arg-type]

    def _monitor(self) -> None:
        """Past the time limit an answer run in place is stopped with its worker."""
        while True:
            time.sleep(0.25)
            now = time.monotonic()
            with self._lock:
                states = list(self._inline_threads)
            for state in states:
                since = state.get("inline_since", 0.0)
                if since and now - since > self.timeout:
                    _log.warning("an answer run in place overran the time limit: the worker retires")
                    with self._lock:
                        if self.retiring:
                            break
                        self.retiring = True
                    threading.Thread(target=self._retire, name="ckg-retire", daemon=True).start()
                    break

    def done(self) -> None:
        """The query (and its answer) is over: its heavy slot, if any, is free again."""
        slots = getattr(self._local, "slots", None)
        if slots is not None:
            slots.release()

    def pieces(self, chunks: Iterable[Any], started: float) -> Iterator[Any]:
        """``chunks``, each one fetched within the limits."""
        iterator = iter(chunks)
        end = object()
        try:
            while True:
                try:
                    piece = self.call(lambda: next(iterator, end), started)
                except Overrun as overrun:
                    _log.warning("stopped a streamed answer: %s", overrun.message)
                    raise
                if piece is end:
                    return
                yield piece
        finally:
            if not self.retiring:
                close = getattr(iterator, "close", None)
                if close is not None:
                    close()
            self.done()

    def _abandon(self) -> None:
        """Leave the query's thread to its query, and retire this worker."""
        self._local.thread = None  # the next request gets a fresh thread (and slots)
        slots = getattr(self._local, "slots", None)
        if slots is not None:  # the worker stops within seconds: its heavy slot is free for the others
            slots.release()
        self._local.slots = None
        with self._lock:
            if self.retiring:
                return
            self.retiring = True
        _log.warning("a query overran: this worker retires and is replaced")
        threading.Thread(target=self._retire, name="ckg-retire", daemon=True).start()

    def _retire(self) -> None:
        # new connections go to the other workers' sockets; this one keeps taking what
        # still comes (answered with Connection: close) until it stops
        steered = self.listener is not None and self.listener.steer_away()
        deadline = time.monotonic() + self.GRACE
        while self.active > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        # granian takes a worker that fails within 5.5 s of being started for a crash
        # loop and stops the whole server: a young worker waits out that age first
        time.sleep(max(self.FLUSH, self.born + self.YOUNG - time.monotonic()))
        if self.port is not None:
            # no more connections taken here: what comes now waits in this worker's socket,
            # held by the main process, for the worker that replaces it
            listeners.stop_accepting(self.port)
        # a connection taken just before has its request read within SETTLE (granian's graceful
        # stop closes a connection whose request has not begun: the client would see it reset)
        time.sleep(self.SETTLE if steered else self.SETTLE * 2)
        deadline = time.monotonic() + self.GRACE
        while self.active > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        # granian's own graceful stop (what its main process sends when it replaces a
        # worker): idle keep-alive connections closed, requests in flight finished
        self._stop()
        time.sleep(self.STOP_WAIT)
        self._exit(1)  # the stop did not end the process in time

    def middleware(self, app: Any) -> Any:
        """WSGI middleware counting the requests in flight, and saying
        ``Connection: close`` once the worker retires."""
        guard = self

        def counted(environ: dict[str, Any], start_response: Any) -> Any:
            if len(environ.get("QUERY_STRING", "")) + len(environ.get("PATH_INFO", "")) > MAX_URL:
                body = json.dumps(
                    {"error": f"the URL is over {MAX_URL} bytes: send the query by POST", "status": 414,
                     "kind": "uri-too-long"}
                ).encode()  # fmt: skip
                start_response(
                    "414 URI Too Long",
                    [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
                )
                return [body]
            with guard._lock:
                guard.active += 1
            try:
                if guard.retiring:
                    start_response = _closing(start_response)
                body = app(environ, start_response)
            except BaseException:
                with guard._lock:
                    guard.active -= 1
                raise
            if isinstance(body, list):  # whole: granian sends a list in one piece (and never closes it)
                with guard._lock:
                    guard.active -= 1
                return body
            return _Counted(body, guard)

        return counted


class _QueryThread:
    """A thread that runs one piece of work at a time for one request thread,
    handed over with two locks (a third of the CPU of a ThreadPoolExecutor's
    future, measured: 19 against 29 µs a call)."""

    def __init__(self) -> None:
        self._go = threading.Lock()
        self._go.acquire()
        self._back = threading.Lock()
        self._back.acquire()
        self._work: Callable[[], Any] | None = None
        self._outcome: tuple[bool, Any] = (True, None)
        threading.Thread(target=self._run, name="ckg-query", daemon=True).start()

    def _run(self) -> None:
        while True:
            self._go.acquire()
            work, self._work = self._work, None
            try:
                self._outcome = (True, work() if work is not None else None)
            except BaseException as exc:  # handed to the request thread, raised there
                self._outcome = (False, exc)
            self._back.release()

    def start(self, run: Callable[..., Any], *args: Any) -> None:
        self._work = lambda: run(*args)
        self._go.release()

    def wait(self, seconds: float) -> bool:
        """Whether the work is done within ``seconds``."""
        return self._back.acquire(timeout=max(0.0, seconds))

    def result(self) -> Any:
        ok, value = self._outcome
        self._outcome = (True, None)
        if ok:
            return value
        raise value


class Overrun(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def _closing(start_response: Any) -> Any:
    def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        headers.append(("Connection", "close"))
        return start_response(status, headers, exc_info)

    return start


class _Counted:
    """A response body that tells the guard when it is done (WSGI calls ``close``)."""

    __slots__ = ("_body", "_closed", "_guard")

    def __init__(self, body: Any, guard: ThreadGuard) -> None:
        self._body = body
        self._guard = guard
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._body)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            close = getattr(self._body, "close", None)
            if close is not None:
                close()
        finally:
            with self._guard._lock:
                self._guard.active -= 1
