"""Files and streams: strict decoding, atomic writes, line/column lookup.

Text is decoded strictly (UTF-8 by default) and kept exactly as it is: CRLF line endings, a
byte-order mark and the final-newline convention all survive a round trip. A file that
opens with a UTF-16 or UTF-32 byte-order mark (what Windows PowerShell's ``>`` and a
spreadsheet's "Unicode text" export write) is read in that encoding, and written back in
it. Writes go to a temporary file in the same folder, which then replaces the original, so
a failure never leaves a half-written file.

>>> doc = decode_bytes(b"\\xef\\xbb\\xbfHello\\r\\n", name="hello.txt")
>>> doc.text, doc.bom
('Hello\\r\\n', True)
>>> doc.encode("Hi\\r\\n")
b'\\xef\\xbb\\xbfHi\\r\\n'
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import functools
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cleantext.errors import InputError

BOM = "\ufeff"
#: The byte-order marks that name their encoding, each with it; UTF-32 LE first, as it
#: opens like UTF-16 LE.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MARKS = tuple(mark for mark, _ in BOMS)


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
        """Encode ``text`` the way this document was stored (same encoding, same BOM); a
        character the encoding cannot write is an :class:`InputError` that names the file.

        >>> Document("a.txt", "", "latin-1").encode("\u201chi\u201d")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        cleantext.errors.InputError: a.txt: the cleaned text has '“' (U+201C), which latin-1 ...
        """
        return self._encoded((BOM if self.bom else "") + text)

    @property
    def wide(self) -> bool:
        """Whether the document is stored as UTF-16 or UTF-32.

        >>> Document("a.txt", "", "utf-16-le").wide, Document("a.txt", "").wide
        (True, False)
        """
        return _wide(self.encoding)

    def unwritable(self, text: str) -> str | None:
        """The first character of ``text`` that this document's encoding cannot write, or
        None when it can write them all.

        >>> Document("a.txt", "", "latin-1").unwritable("caf\u00e9 \u2019")
        '’'
        >>> Document("a.txt", "").unwritable("\u2019") is None
        True
        """
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            return str(exc.object[exc.start])
        return None

    def _encoded(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            raise InputError(
                f"{self.name}: the cleaned text has {char!r} (U+{ord(char):04X}), which "
                f"{self.encoding} cannot write; the file is left as it was. Pass --select or "
                "--ignore to leave out the rule that writes it (the unicode rules), or convert "
                "the file to UTF-8"
            ) from None

    def encode_stream(self, text: str) -> bytes:
        """Encode ``text`` for a stream such as standard output: as :meth:`encode`, but a
        UTF-8 BOM is left out (it would land inside output that joins several files); a
        UTF-16 or UTF-32 one stays, as the bytes cannot be read without their order.

        >>> Document("a.txt", "", bom=True).encode_stream("hi")
        b'hi'
        >>> Document("a.txt", "", "utf-16-le", bom=True).encode_stream("hi")
        b'\\xff\\xfeh\\x00i\\x00'
        """
        if _wide(self.encoding):
            return self.encode(text)
        return self._encoded(text)


def decode_bytes(data: bytes, *, name: str, encoding: str = "utf-8") -> Document:
    """Decode file contents strictly; raise :class:`InputError` naming the byte offset.

    >>> decode_bytes(b"caf\\xe9", name="menu.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: menu.txt: not valid utf-8 at line 1, column 4 (byte offset 3: ...

    With UTF-8 asked for (the default), a UTF-16 or UTF-32 byte-order mark names the
    encoding instead, as no UTF-8 text can open with one:

    >>> doc = decode_bytes(b"\\xff\\xfeH\\x00i\\x00", name="ps.txt")
    >>> doc.text, doc.encoding, doc.bom
    ('Hi', 'utf-16-le', True)
    """
    encoding = resolve_encoding(data[:4], encoding)
    if b"\x00" in data[:8192] and not _wide(encoding):
        offset = data.index(b"\x00")
        parquet = data[:4] == b"PAR1" and data[-4:] == b"PAR1"
        raise InputError(
            f"{name}: looks like a binary file (NUL byte at offset {offset}); "
            + (
                "a Parquet file is cleaned by 'cleantext clean FILE.parquet -o OUT.parquet'"
                if parquet
                else _utf16_hint(data[:8192]) or "cleantext only cleans text files"
            )
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        line, col = _byte_place(data, exc.start, encoding)
        raise InputError(
            f"{name}: not valid {encoding} at line {line}, column {col} (byte offset "
            f"{exc.start}: 0x{bad}); pass --encoding if the file uses another encoding, or fix "
            "the file"
        ) from None
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; use a name such as utf-8 or cp1252"
        ) from None
    bom = text.startswith(BOM)
    return Document(name=name, text=text[1:] if bom else text, encoding=encoding, bom=bom)


def _byte_place(data: bytes, offset: int, encoding: str) -> tuple[int, int]:
    r"""The 1-based line and column (in characters, as :class:`LineIndex` counts them) of
    the byte at ``offset`` of ``data``, which holds ``encoding`` text up to there.

    >>> _byte_place(b"ok\r\ncaf\xc3\xa9 \xff", 10, "utf-8")
    (2, 6)
    >>> _byte_place(b"\xef\xbb\xbfab\xff", 5, "utf-8")
    (1, 3)
    """
    head = data[:offset].decode(encoding, errors="replace")
    head = head[1:] if head.startswith(BOM) else head  # a byte-order mark is no column
    return LineIndex(head).line_col(len(head))


def _wide(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-16 or UTF-32 under any of its names ("UTF-16LE"), in
    which NUL bytes are text and the byte order needs its mark on a stream."""
    try:
        return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False  # the decoder names the unknown encoding


def resolve_encoding(head: bytes, encoding: str) -> str:
    """The codec that reads ``head`` (a file's first bytes) as ``encoding`` says and writes
    it back byte for byte: the one a byte-order mark names when UTF-8 is asked for (see
    :func:`_by_bom`), and one that adds no mark of its own: "utf-8-sig" as UTF-8 (a mark is
    kept if the file has one, never added), "utf-16" and "utf-32" with the byte order of
    the file's mark (little-endian without one). An unknown name is returned as it is.

    >>> resolve_encoding(b"abc", "utf-8-sig"), resolve_encoding(b"\\xfe\\xff\\x00a", "UTF-16")
    ('utf-8', 'utf-16-be')
    """
    found = _by_bom(head, encoding)
    try:
        name = codecs.lookup(found).name
    except LookupError:
        return found
    if name == "utf-8-sig":
        return "utf-8"
    if name in ("utf-16", "utf-32"):
        marked = [variant for bom, variant in BOMS if variant[:6] == name and head.startswith(bom)]
        return marked[0] if marked else f"{name}-le"
    return found


def _by_bom(data: bytes, encoding: str) -> str:
    """``encoding``, or the UTF-16 or UTF-32 encoding that the byte-order mark opening
    ``data`` names when ``encoding`` is UTF-8 (which such a file cannot be)."""
    if not data.startswith(_MARKS):
        return encoding
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return encoding
    except LookupError:
        return encoding  # the decoder names the unknown encoding
    return next(name for bom, name in BOMS if data.startswith(bom))


def _utf16_hint(head: bytes) -> str:
    """What to pass when ``head`` reads as UTF-16 text without its byte-order mark (a NUL
    in every other byte, on one side), or opens with a UTF-16 or UTF-32 one, else an empty
    string.

    >>> _utf16_hint("Hello, world".encode("utf-16-le"))
    'it reads as UTF-16 without a byte-order mark: pass --encoding utf-16-le'
    >>> _utf16_hint(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    ''
    """
    marked = [variant for bom, variant in BOMS if head.startswith(bom)]
    if marked:  # (read as another encoding than the UTF-8 its mark stands in for)
        return (
            f"it opens with a {marked[0]} byte-order mark: leave out --encoding (the default "
            f"follows the mark) or pass --encoding {marked[0]}"
        )
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if half >= 4 and odd >= 0.9 * half and even == 0:
        return "it reads as UTF-16 without a byte-order mark: pass --encoding utf-16-le"
    if half >= 4 and even >= 0.9 * half and odd == 0:
        return "it reads as UTF-16 without a byte-order mark: pass --encoding utf-16-be"
    return ""


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
    if it raises (the original untouched). A read-only ``path`` is refused, and so is one
    that is no regular file (a FIFO, a device); a symbolic link is followed (the file it
    names is rewritten, the link stays); the permissions and, where this user may keep it,
    the owner of an existing file are kept, a new file gets :func:`new_file_mode`. A hard
    link is not kept: the path gets a new file, as with any write through a temporary file.
    Errors of the block itself pass through as they are; failing to write the file is an
    :class:`InputError`.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
    >>> with atomic_output(p) as f:
    ...     _ = f.write(b"two\\n")
    >>> p.read_bytes()
    b'two\\n'
    """
    shown = path
    # a symbolic link is followed: the file it names is rewritten, and the link stays
    path = Path(os.path.realpath(path))
    folder = path.parent
    try:
        st: os.stat_result | None = path.stat()
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown}: not a regular file; cleantext writes only regular files")
    mode = None if st is None else stat.S_IMODE(st.st_mode)
    if mode is not None and (not os.access(path, os.W_OK) or not mode & 0o222):
        raise InputError(f"{shown}: file is read-only; cleantext will not change it")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".cleantext-tmp")
    except OSError as exc:
        where = os.path.dirname(shown) or "."
        raise InputError(f"{shown}: cannot write in {where}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            try:
                f.flush()
                os.fsync(f.fileno())
            except OSError as exc:
                raise InputError(f"{shown}: cannot write: {exc.strerror or exc}") from None
        try:
            new_mode = new_file_mode() if mode is None else mode
            if (
                st is not None
                and hasattr(os, "getuid")  # (POSIX only)
                and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid())
            ):
                # the owner stays too, where this user may give the file to it (root may);
                # first, for a change of owner clears the set-user and set-group bits
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    new_mode &= ~(stat.S_ISUID | stat.S_ISGID)  # none for a new owner
            os.chmod(tmp, new_mode)
            os.replace(tmp, path)
        except OSError as exc:
            raise InputError(f"{shown}: cannot write: {exc.strerror or exc}") from None
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
        # one scan: a search for "\r" from each line's start would read a text without
        # one to its end a line
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


# A line break: CRLF, LF or a lone CR.
_LINE_BREAK = re.compile(r"\r\n?|\n")


def printable(s: str) -> str:
    r"""``s`` (a file name) with what is not printable escaped, so that it stays on one
    line of a message or a comment (``"a\nb.txt"`` as ``a\nb.txt``).

    >>> print(printable("two\nlines.txt"))
    two\nlines.txt
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in s)
