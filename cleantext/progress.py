"""A progress line on standard error for long jobs: documents, MB/s, and an ETA.

It draws only when its stream is a terminal, so logs, pipes and CI output stay clean; it
redraws at most a few times a second and needs no dependency.

>>> import io
>>> with Progress(stream=io.StringIO()) as bar:  # not a terminal: silent
...     bar.update(docs=10, nbytes=2_000_000)
>>> bar.docs, bar.nbytes
(10, 2000000)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO


def _is_tty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def format_duration(seconds: float) -> str:
    """``H:MM:SS`` (or ``M:SS`` under an hour).

    >>> format_duration(75), format_duration(3725.2)
    ('1:15', '1:02:05')
    """
    total = max(0, int(seconds + 0.5))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts documents and bytes, and shows them on a terminal.

    ``total_bytes`` (e.g. the input file's size) or ``total_docs`` gives a percentage and
    an ETA. ``enabled`` forces drawing on or off; by default it draws only when ``stream``
    (standard error) is a terminal. ``clock`` is for tests.

    >>> import io
    >>> class Tty(io.StringIO):
    ...     def isatty(self): return True
    >>> ticks = iter([0.0, 2.0, 2.0, 2.0])
    >>> out = Tty()
    >>> bar = Progress(total_bytes=4_000_000, stream=out, clock=lambda: next(ticks))
    >>> bar.update(docs=500, nbytes=2_000_000)
    >>> out.getvalue()
    '\\rcleantext: 500 docs, 2.0 MB, 1.0 MB/s, 50% ETA 0:02\\x1b[K'
    """

    def __init__(
        self,
        *,
        total_bytes: int | None = None,
        total_docs: int | None = None,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        label: str = "cleantext",
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream: TextIO = stream if stream is not None else sys.stderr
        self.enabled = _is_tty(self.stream) if enabled is None else enabled
        self.total_bytes = total_bytes
        self.total_docs = total_docs
        self.label = label
        self.interval = interval
        self.clock = clock
        self.docs = 0
        self.nbytes = 0
        self.started = clock() if self.enabled else 0.0
        self._last_draw = float("-inf")
        self._closed = False

    def update(self, docs: int = 0, nbytes: int = 0) -> None:
        """Count ``docs`` more documents and ``nbytes`` more bytes; redraw if it is time."""
        self.docs += docs
        self.nbytes += nbytes
        if not self.enabled or self._closed:
            return
        now = self.clock()
        if now - self._last_draw >= self.interval:
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The text of the progress line."""
        now = self.clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = self.nbytes / elapsed / 1e6
        parts = [
            f"{self.label}: {self.docs:,} docs",
            f"{self.nbytes / 1e6:,.1f} MB",
            f"{rate:,.1f} MB/s",
        ]
        fraction = None
        if self.total_bytes:
            fraction = self.nbytes / self.total_bytes
        elif self.total_docs:
            fraction = self.docs / self.total_docs
        if fraction is not None:
            fraction = min(fraction, 1.0)
            eta = elapsed * (1 - fraction) / fraction if fraction > 0 else None
            tail = f"{fraction:.0%}"
            if eta is not None:
                tail += f" ETA {format_duration(eta)}"
            parts.append(tail)
        return ", ".join(parts)

    def _draw(self, now: float) -> None:
        self._last_draw = now
        try:
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()
        except (OSError, ValueError):
            self.enabled = False

    def note(self, message: str) -> None:
        r"""Write ``message`` on a line of its own (a warning, say): the bar's line is
        cleared first and drawn again below it at the next update, so the two never share
        a line. Without a bar, the message is written as it is.

        >>> import io
        >>> class Tty(io.StringIO):
        ...     def isatty(self): return True
        >>> out = Tty()
        >>> bar = Progress(stream=out, clock=lambda: 1.0)
        >>> bar.update(docs=1)
        >>> bar.note("warning: x.jsonl:3: not valid JSON")
        >>> out.getvalue().split("\r")[-1]
        '\x1b[Kwarning: x.jsonl:3: not valid JSON\n'
        """
        try:
            if self.enabled and not self._closed and self._last_draw != float("-inf"):
                self.stream.write("\r\x1b[K")
                self._last_draw = float("-inf")  # drawn again at the next update
            self.stream.write(message + "\n")
            self.stream.flush()
        except (OSError, ValueError):
            pass

    def close(self) -> None:
        """Draw the final figures and end the line (only if anything was drawn)."""
        if self._closed:
            return
        self._closed = True
        if not self.enabled:
            return
        self._draw(self.clock())
        try:
            self.stream.write("\n")
            self.stream.flush()
        except (OSError, ValueError):
            pass

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
