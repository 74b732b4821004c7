"""Learn a source's own boilerplate: short lines that recur across many of its documents.

Every site has lines no curated list knows ("Get the Daily Bugle app", "More from Metro").
Given a corpus from one source, :func:`learn_boilerplate` finds the short lines that recur in
a large share of its documents, :func:`write_learned` writes them to a reviewable text file
(counts as comments), and ``StripBoilerplate(extra_files=(path,))`` (or
``extra-files = [...]`` under ``[tool.cleantext.boilerplate]``) removes them with the rule
``boilerplate/learned``. Everything streams: documents are read one at a time and the
table of candidate lines stays bounded (lossy counting), so a corpus of any size fits.

>>> docs = [f"Story {i} about the harbour.\\n\\nGet the Bugle app\\n" for i in range(20)]
>>> [(x.line, x.docs) for x in learn_boilerplate(docs)]
[('Get the Bugle app', 20)]

Defaults a user can trust: a line must be short (``max_words``), appear in at least
``min_docs`` distinct documents *and* in at least ``min_share`` of them; a line that reads
like an ordinary sentence (ends with a period, or is long) must recur in at least
``sentence_share`` of the documents; numbers, dates and one-character lines are never learned.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import regex

from cleantext.errors import InputError
from cleantext.io import printable
from cleantext.passes.boilerplate_library import (
    line_key,
    normalize_line,
    parse_entries,
    parse_entry,
    read_as_data,
)

_BREAK = regex.compile(r"\r\n|\r|\n")
_NOT_WORDY = regex.compile(r"^[\p{N}\p{P}\p{S}\s]*$")
_DATE_OR_TIME = regex.compile(
    r"^(?i:(?:updated|published|posted|last updated)?:? ?(?:mon|tue|wed|thu|fri|sat|sun)\w*"
    r"|\d{1,2}:\d\d|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})"
)
_TERMINAL = regex.compile(r"[.!?][\"'\u201d\u2019)]*$")


@dataclass(frozen=True, slots=True)
class LearnedLine:
    """A recurring line: its text (as first seen), occurrences, distinct documents, share.

    ``documents`` is the number of documents the corpus held, so ``share`` is
    ``docs / documents``. After pruning (very large corpora) ``count`` and ``docs`` are lower
    bounds.

    >>> LearnedLine("Get the Bugle app", 30, 25, 100).share
    0.25
    """

    line: str
    count: int
    docs: int
    documents: int

    @property
    def share(self) -> float:
        """The share of documents in which the line occurs."""
        return self.docs / self.documents if self.documents else 0.0


def iter_texts(
    paths: Iterable[str | os.PathLike[str]], *, field: str = "text", jsonl: bool = False
) -> Iterator[str]:
    """Stream documents from files: ``.jsonl``/``.ndjson`` (optionally ``.gz``) yield the
    string ``field`` of each record (a dotted path such as ``"article.body"`` reaches into
    nested objects; ``null`` values are skipped); any other file is one plain-text document,
    unless ``jsonl`` is true: then every file is read as JSONL, whatever its name.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text('{"text": "one"}\\n\\n{"text": "two"}\\n')
    >>> _ = (folder / "b.txt").write_text("three\\n")
    >>> list(iter_texts([folder / "a.jsonl", folder / "b.txt"]))
    ['one', 'two', 'three\\n']
    """
    if isinstance(paths, (str, bytes)):
        raise TypeError("iter_texts takes a list of paths, not one path: pass [path]")
    for path in paths:
        p = Path(path)
        name = p.name.lower()
        base = name[:-3] if name.endswith(".gz") else name
        try:
            if jsonl or base.endswith((".jsonl", ".ndjson", ".jsonlines")):
                with _open_bytes(p) as binary:
                    yield from _records(binary, str(p), field)
            else:
                with _open(p) as handle:
                    yield handle.read()
        except IsADirectoryError as exc:
            raise InputError(
                f"cannot read {p}: it is a folder; pass its files ({p}/*.jsonl, say)"
            ) from exc
        except OSError as exc:
            raise InputError(f"cannot read {p}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{p} is not UTF-8 text: {exc}") from exc


def iter_records(stream: IO[str], *, field: str = "text", name: str = "<stdin>") -> Iterator[str]:
    """The string ``field`` of each JSONL record of an open text ``stream`` (standard input,
    say), read as :func:`iter_texts` reads a JSONL file; errors name ``name`` and the line.

    >>> import io
    >>> list(iter_records(io.StringIO('{"text": "one"}\\n{"text": null}\\n{"text": "two"}\\n')))
    ['one', 'two']
    """
    try:
        yield from _records(stream, name, field)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text: {exc}") from exc


def _open(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig")
    return open(path, encoding="utf-8-sig")


def _open_bytes(path: Path) -> IO[bytes] | gzip.GzipFile:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _records(handle: Iterable[str | bytes], where: str, field: str) -> Iterator[str]:
    keys = field.split(".")
    for number, line in enumerate(handle, 1):
        try:
            # a file is read in bytes, each line decoded: an error names its line
            raw: str = (
                line.decode("utf-8-sig" if number == 1 else "utf-8")
                if isinstance(line, bytes)
                else line
            )
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{where}:{number}: not UTF-8 text (byte {exc.start + 1} of the line: "
                f"{exc.reason}); cleantext reads JSONL in UTF-8"
            ) from exc
        if not raw.strip():
            continue
        try:
            value: object = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}:{number}: not a JSON record: {exc.msg}") from exc
        for key in keys:
            if not isinstance(value, dict):
                raise InputError(
                    f"{where}:{number}: the record is a JSON {_json_kind(value)}, not an "
                    f"object with a field {field!r}"
                )
            if key not in value:
                fields = ", ".join(map(str, value)) or "none"
                raise InputError(
                    f"{where}:{number}: record has no field {field!r} (fields: {fields}); "
                    "name the text's field with --field"
                )
            value = value[key]
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(
                f"{where}:{number}: field {field!r} holds {type(value).__name__}, not text"
            )
        yield value


def _json_kind(value: object) -> str:
    """The JSON name of the kind of a decoded value (``array`` for a list)."""
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def learn_boilerplate(
    docs: Iterable[str],
    *,
    min_docs: int = 5,
    min_share: float = 0.05,
    max_words: int = 15,
    sentence_share: float = 0.5,
) -> list[LearnedLine]:
    """Lines that recur across ``docs`` (one source), most widespread first.

    Lines are compared as :class:`~cleantext.passes.StripBoilerplate` compares them
    (case, spacing and punctuation ignored). A line is learned when it has at most
    ``max_words`` words, occurs in at least ``min_docs`` documents and in at least
    ``min_share`` of all documents; a sentence-like line (ends with ``.``/``!``/``?`` and has
    five words or more, or has ten words or more) also needs ``sentence_share``. Lines of
    numbers, dates or times, and single characters, are never learned.

    Memory stays bounded: candidates are pruned by lossy counting with an error of a tenth
    of ``min_share``, which cannot drop a line that clears the thresholds.

    >>> docs = [f"Title {i}\\n\\nStory {i}.\\n\\nSubscribe to the Bugle.\\n" for i in range(9)]
    >>> docs.append("Title X\\n\\nSubscribe to the Bugle.\\n")
    >>> [(x.line, x.docs, x.count) for x in learn_boilerplate(docs)]
    [('Subscribe to the Bugle.', 10, 10)]
    """
    if isinstance(docs, (str, bytes)):
        raise TypeError("learn_boilerplate takes a list of texts, not one string: pass [text]")
    if min_docs < 1 or not 0 < min_share <= 1 or max_words < 1 or not 0 < sentence_share <= 1:
        raise ValueError(
            "learn_boilerplate needs min_docs >= 1, 0 < min_share <= 1, max_words >= 1 and "
            "0 < sentence_share <= 1"
        )
    epsilon = min_share / 10
    width = math.ceil(1 / epsilon)
    table: dict[str, _Count] = {}
    total = 0
    for text in docs:
        total += 1
        bucket = math.ceil(total / width)
        here: dict[str, _Count] = {}
        for raw in _BREAK.split(text):
            if len(raw) > 600:
                continue
            s = normalize_line(raw)
            if (
                not s
                or s.count(" ") + 1 > max_words
                or not _learnable(s)
                or read_as_data(raw.strip())
            ):
                continue
            key = line_key(s)
            if len(key) < 2:
                continue
            seen = here.get(key)
            if seen is None:
                here[key] = _Count(raw.strip(), 1, 1, 0)
            else:
                seen.count += 1
        for key, found in here.items():
            entry = table.get(key)
            if entry is None:
                found.delta = bucket - 1  # it may have been pruned before: lossy counting
                table[key] = found
            else:
                entry.docs += 1
                entry.count += found.count
        if total % width == 0:
            for key in [k for k, e in table.items() if e.docs + e.delta <= bucket]:
                del table[key]
    out = []
    for entry in table.values():
        share = entry.docs / total
        if entry.docs < min_docs or share < min_share:
            continue
        if _sentence_like(entry.form) and share < sentence_share:
            continue
        out.append(LearnedLine(entry.form, entry.count, entry.docs, total))
    out.sort(key=lambda x: (-x.docs, -x.count, x.line))
    return out


@dataclass(slots=True)
class _Count:
    form: str  # the line as first seen
    count: int  # occurrences
    docs: int  # distinct documents
    delta: int  # how many documents it may have been undercounted by (pruning)


def _learnable(s: str) -> bool:
    return not (_NOT_WORDY.match(s) or _DATE_OR_TIME.match(s) or len(s) < 2)


def _sentence_like(line: str) -> bool:
    words = len(line.split())
    return words >= 10 or (words >= 5 and _TERMINAL.search(line) is not None)


def write_learned(
    path: str | os.PathLike[str],
    lines: Iterable[LearnedLine],
    *,
    source: str = "",
) -> int:
    """Write learned lines to ``path`` for review; returns how many were written.

    Each entry is preceded by a comment with its counts; delete the entries that are real
    content before use. The file loads with ``StripBoilerplate(extra_files=(path,))``, and
    each entry reads back as a plain phrase of the words of the line it was learned from,
    so it matches that line: what the entry syntax would read as syntax is left out (braces,
    a leading ``?``, ``~`` or ``\\``; ``re:`` is written ``Re:``) or escaped (a leading
    ``#`` as ``\\#``), which changes nothing since phrases are compared without
    punctuation.

    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "site.txt"
    >>> write_learned(out, [LearnedLine("Get the Bugle app", 40, 38, 50)], source="bugle.jsonl")
    1
    >>> print(out.read_text(encoding="utf-8"))  # doctest: +ELLIPSIS
    # cleantext learned boilerplate from bugle.jsonl (50 documents)
    ...
    # 38 documents (76.0%), 40 times
    Get the Bugle app
    <BLANKLINE>
    >>> from cleantext.passes import StripBoilerplate
    >>> StripBoilerplate(extra_files=(str(out),))("News.\\n\\nGET THE BUGLE APP\\n")
    'News.\\n'
    """
    items = list(lines)
    documents = max((x.documents for x in items), default=0)
    header = [
        "# cleantext learned boilerplate"
        + (f" from {printable(source)}" if source else "")
        + (f" ({documents} documents)" if documents else ""),
        "# Review before use: delete every entry that is real content. One entry a line,",
        "# matched against whole lines ignoring case, spacing and punctuation; lines starting",
        "# with '#' are comments ('\\#' starts an entry with '#'). Use:",
        "# StripBoilerplate(extra_files=('this-file.txt',)) or",
        "# extra-files = ['this-file.txt'] under [tool.cleantext.boilerplate].",
        "",
    ]
    body = []
    for x in items:
        entry = _literal(x.line)
        if not entry:
            continue
        body.append(f"# {x.docs} documents ({100 * x.share:.1f}%), {x.count} times")
        body.append(entry)
    Path(path).write_text("\n".join(header + body) + "\n", encoding="utf-8")
    return len(body) // 2


def _literal(line: str) -> str:
    """The line as an entry of a user list that reads back as a plain phrase of the line's
    words (:func:`~cleantext.passes.boilerplate_library.parse_entries`), so that it
    matches the very line it was learned from; empty for a line without words.

    What the entry syntax would read as syntax goes: braces (a template), a leading ``?``
    (weak), ``~`` (a cue) or ``\\``, and ``re:`` (a pattern) is written ``Re:``; a leading
    ``#`` is escaped as ``\\#``. Phrases are compared without punctuation, so none of this
    changes what the entry matches. A line whose edges hold more than decoration to the
    comparison (an emoji's variation selector) is written without its decoration, and a line
    no cleaning makes safe as just its words.

    >>> _literal("~ Bugle Weekly ~"), _literal("re: your letters"), _literal("? #BugleLive")
    ('Bugle Weekly ~', 'Re: your letters', '\\\\#BugleLive')
    """
    words = line_key(normalize_line(line))
    if not words:
        return ""
    for form in (line, normalize_line(line)):
        entry = _unsyntax(form)
        if _reads_as(entry) == words:
            return entry
    return words  # letters and digits in lower case, one space between: a plain phrase


def _unsyntax(form: str) -> str:
    s = " ".join(form.replace("{", " ").replace("}", " ").split())  # every line break too
    while True:
        t = s.lstrip("?~\\ ")
        if t.startswith("re:"):
            t = "Re:" + t[3:]
        if t == s:
            break
        s = t
    return "\\" + s if s.startswith("#") else s


def _reads_as(entry: str) -> str | None:
    """The words of the plain phrase that ``entry`` reads back as from a file, or None when
    it reads as anything else (several entries, a comment, a weak entry, a cue, a pattern,
    a template) or cannot be written as UTF-8."""
    try:
        entry.encode("utf-8")
    except UnicodeEncodeError:
        return None
    found = parse_entries(entry.splitlines())
    if len(found) != 1:
        return None
    weak, kind, key = parse_entry(found[0])
    return key if not weak and kind == "phrase" else None
