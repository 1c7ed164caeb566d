"""The access log of ``ckg serve``: one line a request on standard output,
in granian's format (``[time] address - "METHOD path protocol" status ms``),
written in batches.

granian writes its own access log through Python's ``logging``: a record, a
date formatted and a ``write`` a request, under a lock the request threads
queue on.  That measured 85 µs of server CPU a request on the small SELECT
(369 against 284 µs, the same server with and without it, in turns), a
quarter of the whole.  Here a request costs a string format and a queue
append, and a thread of each worker writes what has gathered every
:data:`FLUSH` seconds in one ``write``: a line shows at most that late.
What is still queued when the worker ends is written on its way out.

>>> import io
>>> out = io.StringIO()
>>> log = AccessLog(lambda environ, start: start("200 OK", []) or [b"x"], out)
>>> environ = {"REMOTE_ADDR": "127.0.0.1", "REQUEST_METHOD": "GET", "PATH_INFO": "/sparql",
...            "SERVER_PROTOCOL": "HTTP/1.1"}
>>> log(environ, lambda status, headers, exc_info=None: None)
[b'x']
>>> log.flush(); out.getvalue().split("] ", 1)[1].rsplit(" ", 1)[0]
'127.0.0.1 - "GET /sparql HTTP/1.1" 200'
"""

from __future__ import annotations

import atexit
import collections
import os
import sys
import threading
import time
from collections.abc import Iterable
from multiprocessing import util
from typing import Any, TextIO

FLUSH = 0.2  # seconds a line may wait before it is written
KEPT = 65536  # lines queued at most (should the output block): the oldest are dropped past it


class AccessLog:
    """WSGI middleware writing the access log (granian's ``log_access`` is off)."""

    def __init__(self, app: Any, out: TextIO | None = None) -> None:
        self.app = app
        self.out = out
        self._lines: collections.deque[str] = collections.deque(maxlen=KEPT)
        self._second = -1
        self._stamp = ""
        self._pid = 0
        self._writing = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        if self._pid != os.getpid():
            self._start()
        started = time.perf_counter()
        status = ["500"]  # what is logged when the app raises before it answers (granian's way)

        def start(code: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            status[0] = code[:3]
            return start_response(code, headers, exc_info)

        try:
            return self.app(environ, start)
        finally:
            now = time.time()
            second = int(now)
            if second != self._second:  # the date is formatted once a second
                self._stamp = time.strftime("%Y-%m-%d %H:%M:%S %z", time.localtime(now))
                self._second = second
            self._lines.append(
                f'[{self._stamp}] {environ.get("REMOTE_ADDR", "-")} - "{environ.get("REQUEST_METHOD")} '
                f'{environ.get("PATH_INFO")} {environ.get("SERVER_PROTOCOL")}" {status[0]} '
                f"{(time.perf_counter() - started) * 1000:.3f}\n"
            )

    def _start(self) -> None:
        """The writer thread of this process (a worker forked from the main process starts its own)."""
        self._pid = os.getpid()
        threading.Thread(target=self._run, name="ckg-access-log", daemon=True).start()
        atexit.register(self.flush)
        util.Finalize(self, self.flush, exitpriority=1)  # a multiprocessing worker skips atexit

    def _run(self) -> None:
        while True:
            time.sleep(FLUSH)
            self.flush()

    def flush(self) -> None:
        """Write the lines queued so far, in one piece."""
        lines = self._lines
        if not lines:
            return
        with self._writing:  # the writer thread, and the exit
            text = "".join([lines.popleft() for _ in range(len(lines))])
            out = self.out or sys.stdout
            try:
                out.write(text)
                out.flush()
            except (OSError, ValueError):  # the output is gone (closed): nothing to write to
                pass
