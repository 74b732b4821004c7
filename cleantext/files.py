"""Finding the files to clean: paths given, folders walked, excludes applied.

>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("a.txt", "b.md", ".git/x.txt", "data/c.jsonl", "img.png"):
...     p = root / name
...     p.parent.mkdir(parents=True, exist_ok=True)
...     _ = p.write_text("x")
>>> sorted(str(p.relative_to(root)) for p in discover([root], exclude=(".git",)))
['a.txt', 'b.md', 'data/c.jsonl']
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from cleantext.errors import InputError

# Extensions cleaned when a folder is walked; files named explicitly are always cleaned.
TEXT_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".rst", ".jsonl", ".ndjson", ".csv", ".tsv"}
)
RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}


def excluded(path: Path, patterns: Iterable[str]) -> bool:
    """Whether any part of ``path`` (or the whole path) matches an exclude pattern.

    >>> excluded(Path("repo/.venv/lib/a.txt"), [".venv"]), excluded(Path("docs/a.txt"), [".venv"])
    (True, False)
    """
    text = path.as_posix()
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if "/" in pattern:
            if (
                fnmatch.fnmatch(text, pattern)
                or fnmatch.fnmatch(text, f"*/{pattern}")
                or (f"/{pattern}/" in f"/{text}/")
            ):
                return True
        elif any(fnmatch.fnmatch(part, pattern) for part in path.parts):
            return True
    return False


def discover(paths: Iterable[Path], *, exclude: Iterable[str] = ()) -> Iterator[Path]:
    """Files to clean: files as given, folders walked (sorted) for text files, excludes skipped.

    A file named explicitly is yielded even if it matches an exclude (as ruff does without
    ``--force-exclude``), so that ``cleantext check some/file.txt`` always checks it. A
    folder that cannot be read, or a path that is neither a file nor a folder (a FIFO, a
    device), is an :class:`~cleantext.errors.InputError`: a check that read nothing there
    must not pass as clean.

    >>> list(discover([Path("named-explicitly.txt")], exclude=["*.txt"]))
    [PosixPath('named-explicitly.txt')]
    """
    patterns = tuple(exclude)

    def unreadable(exc: OSError) -> None:
        raise InputError(
            f"{exc.filename}: cannot read folder: {exc.strerror or exc}; fix its permissions "
            "or exclude it (--exclude)"
        )

    for path in paths:
        if not path.is_dir():
            if path.exists() and not path.is_file():
                raise InputError(f"{path}: not a regular file; cleantext reads only files")
            yield path
            continue
        for folder, dirs, files in os.walk(path, onerror=unreadable):
            base = Path(folder)
            dirs[:] = sorted(d for d in dirs if not excluded(base / d, patterns))
            for name in sorted(files):
                candidate = base / name
                if candidate.suffix.lower() in TEXT_SUFFIXES and not excluded(candidate, patterns):
                    yield candidate


def record_kind(path: Path, *, jsonl: bool = False) -> str | None:
    """``"jsonl"``, ``"csv"``, ``"tsv"`` for record files, ``None`` for plain text.

    >>> record_kind(Path("a.JSONL")), record_kind(Path("a.txt")), record_kind(Path("a"), jsonl=True)
    ('jsonl', None, 'jsonl')
    """
    if jsonl:
        return "jsonl"
    return RECORD_SUFFIXES.get(path.suffix.lower())
