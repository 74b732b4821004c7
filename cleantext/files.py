"""Finding the files to clean: paths given, folders walked, excludes applied.

>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("a.txt", "b.md", ".git/x.txt", "data/c.jsonl", "img.png"):
...     p = root / name
...     p.parent.mkdir(parents=True, exist_ok=True)
...     _ = p.write_text("x")
>>> sorted(str(p.relative_to(root)) for p in discover([root], exclude=(".git",)))
['a.txt', 'b.md', 'data/c.jsonl']

Exclude patterns are matched against the path relative to the folder they belong to (a
:class:`Pattern` names it: the config file's folder for patterns from a config file, the
current folder for those from the command line), so that a pattern means the same files
wherever the command runs from:

>>> list(discover([root / "data"], exclude=[Pattern("data", root)]))  # root/data is excluded
[]
>>> [p.name for p in discover([root / "data"], exclude=[Pattern("data", root / "data")])]
['c.jsonl']

(the second pattern looks below ``root/data`` only, where nothing is named ``data``).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from cleantext.errors import InputError

# Extensions cleaned when a folder is walked (and those the pre-commit hooks run on); files
# named explicitly are always cleaned.
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


class Pattern(NamedTuple):
    """An exclude pattern and the folder it is relative to (``None``: the path as given).

    >>> Pattern("fixtures/raw", Path("/repo"))
    Pattern(glob='fixtures/raw', base=PosixPath('/repo'))
    """

    glob: str
    base: Path | None = None


def relative_to(path: Path, base: Path | None) -> Path:
    """``path`` relative to the folder ``base`` when it lies there (as written, else with
    symbolic links resolved), else ``path`` as given.

    >>> relative_to(Path("/repo/build/proj/a.txt"), Path("/repo/build/proj"))
    PosixPath('a.txt')
    >>> relative_to(Path("/elsewhere/a.txt"), Path("/repo")), relative_to(Path("a.txt"), None)
    (PosixPath('/elsewhere/a.txt'), PosixPath('a.txt'))
    """
    if base is None:
        return path
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(base))
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(base.resolve())
    except (OSError, ValueError):
        return path


def is_excluded(path: Path, exclude: Iterable[str | Pattern]) -> bool:
    """Whether an exclude pattern matches the file ``path``, each pattern matched against
    the path relative to its :class:`Pattern`'s folder (as :func:`discover` matches the
    files it finds); ``--force-exclude`` applies this to the files named on the command
    line.

    >>> is_excluded(Path("/repo/fixtures/raw/a.txt"), [Pattern("fixtures/raw", Path("/repo"))])
    True
    >>> is_excluded(Path("/repo/fixtures/a.txt"), [Pattern("fixtures/raw", Path("/repo"))])
    False
    """
    for base, globs in _by_folder(exclude).items():
        if excluded(relative_to(path, base), globs):
            return True
    return False


def _by_folder(exclude: Iterable[str | Pattern]) -> dict[Path | None, list[str]]:
    """The globs of ``exclude``, by the folder they are relative to."""
    groups: dict[Path | None, list[str]] = {}
    for item in exclude:
        pattern = item if isinstance(item, Pattern) else Pattern(item)
        groups.setdefault(pattern.base, []).append(pattern.glob)
    return groups


def discover(
    paths: Iterable[Path],
    *,
    exclude: Iterable[str | Pattern] = (),
    unreadable: Callable[[Path, str], None] | None = None,
) -> Iterator[Path]:
    """Files to clean: files as given, folders walked (sorted) for text files, excludes skipped.

    Each exclude pattern is matched (see :func:`excluded`) against the path relative to its
    :class:`Pattern`'s folder when the path lies there, else against the path as given (as
    a plain string pattern always is): ``fixtures/raw`` from a config file excludes that
    folder of the project from wherever the command runs, and a project that lies in a
    folder named ``build`` is not excluded by the default ``build`` pattern.

    A file named explicitly is yielded even if it matches an exclude (as ruff does without
    ``--force-exclude``; :func:`is_excluded` is the test that flag applies), so that
    ``cleantext check some/file.txt`` always checks it, and so is a path named explicitly
    that is neither a file nor a folder (a FIFO, a device), for the reader to refuse. A
    walk yields regular files only (a FIFO there would block its reader). A folder that
    cannot be read is given to ``unreadable`` (its path and the reason), and the walk
    goes on; without it, it is an :class:`~cleantext.errors.InputError`: a check that
    read nothing there must not pass as clean.

    >>> list(discover([Path("named-explicitly.txt")], exclude=["*.txt"]))
    [PosixPath('named-explicitly.txt')]
    """
    groups = _by_folder(exclude)

    def on_error(exc: OSError) -> None:
        reason = (
            f"cannot read folder: {exc.strerror or exc}; fix its permissions or exclude it "
            "(--exclude)"
        )
        if unreadable is None:
            raise InputError(f"{exc.filename}: {reason}")
        unreadable(Path(exc.filename), reason)

    for path in paths:
        if not path.is_dir():
            yield path
            continue
        # the folder walked, as each group of patterns sees it (worked out once per walk)
        roots = [(relative_to(path, base), tuple(globs)) for base, globs in groups.items()]
        for folder, dirs, files in os.walk(path, onerror=on_error):
            base = Path(folder)
            seen = [(root / base.relative_to(path), globs) for root, globs in roots]
            dirs[:] = sorted(d for d in dirs if not any(excluded(r / d, g) for r, g in seen))
            for name in sorted(files):
                if (
                    Path(name).suffix.lower() in TEXT_SUFFIXES
                    and not any(excluded(r / name, g) for r, g in seen)
                    and os.path.isfile(base / name)  # no FIFO, and no link to nothing
                ):
                    yield base / name


def record_kind(path: Path, *, jsonl: bool = False) -> str | None:
    """``"jsonl"``, ``"csv"``, ``"tsv"`` for record files, ``None`` for plain text.

    >>> record_kind(Path("a.JSONL")), record_kind(Path("a.txt")), record_kind(Path("a"), jsonl=True)
    ('jsonl', None, 'jsonl')
    """
    if jsonl:
        return "jsonl"
    return RECORD_SUFFIXES.get(path.suffix.lower())
