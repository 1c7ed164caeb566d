"""Progress of a long build: bars on a terminal, nothing otherwise.

The build announces its steps (read, extract, assemble, reason, validate,
write, dumps) and, for the long ones, how many items they have done; a
:class:`Quiet` progress ignores all of it, :class:`Bars` draws them with
rich on standard error.  :func:`for_terminal` picks one.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


class Quiet:
    """Progress that shows nothing: for pipes, logs, tests and libraries."""

    def __enter__(self) -> Quiet:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def step(self, name: str, total: int | None = None) -> None:
        """A new step begins; ``total`` items if it counts them."""

    def advance(self, n: int = 1) -> None:
        """``n`` more items of the current step are done."""


class Bars(Quiet):
    """One rich progress line per step, on standard error."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task: Any = None

    def __enter__(self) -> Bars:
        self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._finish()
        self._progress.stop()

    def _finish(self) -> None:
        if self._task is not None:
            task = self._progress.tasks[-1]
            total = task.total if task.total is not None else 1
            self._progress.update(self._task, total=total, completed=total)

    def step(self, name: str, total: int | None = None) -> None:
        self._finish()
        self._task = self._progress.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)


def for_terminal(stream: Any = None) -> Quiet:
    """Bars when ``stream`` (default: standard error) is a terminal, else quiet."""
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return Bars() if callable(isatty) and isatty() else Quiet()
