"""Files and streams: strict decoding, atomic writes, line/column lookup.

Text is decoded strictly (UTF-8 by default) and kept exactly as it is: CRLF line endings, a
byte-order mark and the final-newline convention all survive a round trip. Writes go to a
temporary file in the same folder, which then replaces the original, so a failure never
leaves a half-written file.

>>> doc = decode_bytes(b"\\xef\\xbb\\xbfHello\\r\\n", name="hello.txt")
>>> doc.text, doc.bom
('Hello\\r\\n', True)
>>> doc.encode("Hi\\r\\n")
b'\\xef\\xbb\\xbfHi\\r\\n'
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cleantext.errors import InputError

BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded text file: ``text`` without its BOM, plus what is needed to write it back.

    >>> Document("a.txt", "hi\\n", bom=True).encode("hey\\n")
    b'\\xef\\xbb\\xbfhey\\n'
    """

    name: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False

    def encode(self, text: str) -> bytes:
        """Encode ``text`` the way this document was stored (same encoding, same BOM)."""
        return ((BOM if self.bom else "") + text).encode(self.encoding)


def decode_bytes(data: bytes, *, name: str, encoding: str = "utf-8") -> Document:
    """Decode file contents strictly; raise :class:`InputError` naming the byte offset.

    >>> decode_bytes(b"caf\\xe9", name="menu.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: menu.txt: not valid utf-8 at byte offset 3 (byte 0xe9); ...
    """
    if b"\x00" in data[:8192] and not encoding.lower().startswith("utf-16"):
        offset = data.index(b"\x00")
        raise InputError(
            f"{name}: looks like a binary file (NUL byte at offset {offset}); "
            "cleantext only cleans text files"
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            f"{name}: not valid {encoding} at byte offset {exc.start} (byte 0x{bad}); "
            "pass --encoding if the file uses another encoding, or fix the file",
            position=exc.start,
        ) from None
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; use a name such as utf-8 or cp1252"
        ) from None
    bom = text.startswith(BOM)
    return Document(name=name, text=text[1:] if bom else text, encoding=encoding, bom=bom)


def read_document(path: str | Path, *, encoding: str = "utf-8") -> Document:
    """Read and decode a text file; errors name the file and say what to do.

    >>> read_document("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: /no/such/file.txt: no such file
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied (cannot read the file)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode_bytes(data, name=str(path), encoding=encoding)


@functools.cache
def new_file_mode() -> int:
    """The permissions a new file gets here (0o666 less the umask), as ``open`` would give.

    Temporary files are created private (0o600); a file cleantext creates through one gets
    these instead. Read once: the umask can only be read by setting it.

    >>> new_file_mode() & 0o600
    384
    """
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then replace.

    Permissions of an existing file are kept (a new file gets :func:`new_file_mode`). If
    anything fails, the original file is untouched and the temporary file is removed.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> atomic_write(p, b"one\\n"); p.read_bytes()
    b'one\\n'
    """
    with atomic_output(path) as f:
        try:
            f.write(data)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file beside ``path`` that replaces ``path`` when the block ends, or vanishes
    if it raises (the original untouched). A read-only ``path`` is refused; permissions of
    an existing file are kept, a new file gets :func:`new_file_mode`. Errors of the block
    itself pass through as they are; failing to write the file is an :class:`InputError`.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
    >>> with atomic_output(p) as f:
    ...     _ = f.write(b"two\\n")
    >>> p.read_bytes()
    b'two\\n'
    """
    path = Path(path)
    folder = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    if mode is not None and (not os.access(path, os.W_OK) or not mode & 0o222):
        raise InputError(f"{path}: file is read-only; cleantext will not change it")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".cleantext-tmp")
    except OSError as exc:
        raise InputError(f"{path}: cannot write in {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            try:
                f.flush()
                os.fsync(f.fileno())
            except OSError as exc:
                raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
        try:
            os.chmod(tmp, new_file_mode() if mode is None else mode)
            os.replace(tmp, path)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class LineIndex:
    """Maps character offsets of a text to 1-based (line, column).

    ``\\r\\n``, ``\\n`` and a lone ``\\r`` each end a line.

    >>> idx = LineIndex("ab\\r\\ncd\\nef")
    >>> idx.line_col(0), idx.line_col(4), idx.line_col(8)
    ((1, 1), (2, 1), (3, 2))
    """

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        i = 0
        n = len(text)
        while True:
            j = _next_break(text, i)
            if j < 0:
                break
            i = j + (2 if text.startswith("\r\n", j) else 1)
            if i > n:
                break
            starts.append(i)
        self.starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _next_break(text: str, start: int) -> int:
    n = text.find("\n", start)
    r = text.find("\r", start)
    if r < 0:
        return n
    if n < 0:
        return r
    return min(n, r)
