"""Canonical name lists: :class:`NameEntry` and :func:`load_names`.

A canonical list says how people, organisations and products are spelt. It comes as a
Python list of strings, a text file (one canonical name a line, ``#`` starts a comment) or
a TOML file in which each entry may carry ``aliases`` (other spellings that map straight
onto it), ``context`` (words whose presence in a document makes the entity likely) and
``never`` (look-alike spellings that must never be touched)::

    [[names]]
    canonical = "Arthur Mensch"
    aliases = ["A. Mensch"]
    context = ["Mistral"]
    never = ["Marsh"]

>>> from cleantext.namelist import NameEntry, entries
>>> entries(["Arthur Mensch", NameEntry("DeepSeek", aliases=("Deep-Seek",))])[1].aliases
('Deep-Seek',)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cleantext.errors import ConfigError
from cleantext.resources import parse_list

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

__all__ = ["NameEntry", "check_aliases", "dump_names", "entries", "load_names", "parse_names_toml"]

_FIELDS = ("canonical", "aliases", "context", "never")


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One canonical name with its optional aliases, context words and never-touch variants.

    ``aliases`` are replaced by the canonical name wherever they occur as whole words;
    ``context`` words anchor the entity in a document that contains one of them;
    ``never`` spellings are left alone even when they look like a variant.

    >>> e = NameEntry("Arthur Mensch", aliases=("A. Mensch",), never=("Marsh",))
    >>> e.canonical, e.tokens
    ('Arthur Mensch', ('Arthur', 'Mensch'))
    >>> NameEntry.of("OpenAI") == NameEntry("OpenAI")
    True
    """

    canonical: str
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    never: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.canonical, str) or not self.canonical.strip():
            raise ConfigError(
                f"a canonical name must be a non-empty string, not {self.canonical!r}"
            )
        object.__setattr__(self, "canonical", " ".join(self.canonical.split()))
        for key in ("aliases", "context", "never"):
            value = getattr(self, key)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{key} of {self.canonical!r} must be a list of strings")
            cleaned = tuple(" ".join(v.split()) for v in value if v.strip())
            object.__setattr__(self, key, cleaned)

    @property
    def tokens(self) -> tuple[str, ...]:
        """The words of the canonical name."""
        return tuple(self.canonical.split())

    @classmethod
    def of(cls, item: str | NameEntry) -> NameEntry:
        """``item`` as an entry: a string becomes an entry without aliases."""
        if isinstance(item, NameEntry):
            return item
        if isinstance(item, str):
            return cls(item)
        raise TypeError(f"a canonical name is a str or a NameEntry, not {type(item).__name__}")


def entries(items: Iterable[str | NameEntry]) -> tuple[NameEntry, ...]:
    """Entries from strings and entries, in order, with exact duplicates dropped.

    >>> [e.canonical for e in entries(["DeepSeek", "Arthur  Mensch", "DeepSeek"])]
    ['DeepSeek', 'Arthur Mensch']
    """
    if isinstance(items, str):
        raise TypeError("names must be a list of canonical names, not one string")
    seen: dict[NameEntry, None] = {}
    for item in items:
        seen.setdefault(NameEntry.of(item), None)
    return tuple(seen)


def check_aliases(items: tuple[NameEntry, ...], source: str = "names") -> None:
    """Refuse a list whose aliases contradict it: an alias that is another entry's
    canonical name (canonical names are never rewritten), one that two entries claim, one
    that its entry also lists as never to touch, or an entry that lists its own spelling
    as never to touch (its own spelling among its aliases is harmless: a spelling that
    only its whitespace told apart, as a list written by ``suggest-names`` may hold).
    Errors start with ``source`` (the file the list came from).

    >>> try:
    ...     check_aliases((NameEntry("OpenAI", aliases=("DeepSeek",)), NameEntry("DeepSeek")))
    ... except ConfigError as err:
    ...     print(str(err)[:59])
    names: 'DeepSeek' is an alias of 'OpenAI' and the canonical
    """
    canonical = {e.canonical: e for e in items}
    owner: dict[str, NameEntry] = {}
    for e in items:
        if e.canonical in e.never:
            raise ConfigError(
                f"{source}: {e.canonical!r} lists itself among its 'never' spellings (its "
                "own spelling is never rewritten anyway); remove it from 'never'"
            )
        for alias in e.aliases:
            other = canonical.get(alias)
            if other is not None and other is not e:
                raise ConfigError(
                    f"{source}: {alias!r} is an alias of {e.canonical!r} and the canonical name "
                    "of another entry; remove one of them"
                )
            first = owner.setdefault(alias, e)
            if first.canonical != e.canonical:
                raise ConfigError(
                    f"{source}: {alias!r} is an alias of both {first.canonical!r} and "
                    f"{e.canonical!r}; keep it under one entry (or in neither, to be told "
                    "of it as ambiguous)"
                )
            if alias in e.never:
                raise ConfigError(
                    f"{source}: {alias!r} is both an alias of {e.canonical!r} and one of its "
                    "'never' spellings; keep it in one list"
                )


# A line of the TOML form of a list: a table's header or one of its keys.
_TOML_LINE = re.compile(
    r"^[ \t]*(?:\[\[?names\]\]?|(?:canonical|aliases|context|never|names)[ \t]*=)", re.M
)


def load_names(path: str | Path) -> tuple[NameEntry, ...]:
    """Read a canonical list from a text file (one name a line) or a TOML file (``.toml``).

    Errors are :class:`~cleantext.errors.ConfigError` naming the file and the key.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "names.txt").write_text("# people\\nArthur Mensch\\nDeepSeek\\n")
    >>> [e.canonical for e in load_names(d / "names.txt")]
    ['Arthur Mensch', 'DeepSeek']
    >>> toml = '[[names]]\\ncanonical = "OpenAI"\\naliases = ["Open AI"]\\n'
    >>> _ = (d / "names.toml").write_text(toml)
    >>> load_names(d / "names.toml")
    (NameEntry(canonical='OpenAI', aliases=('Open AI',), context=(), never=()),)
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the names file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: the names file is not UTF-8 (byte {exc.start})") from exc
    if p.suffix.lower() == ".toml":
        return parse_names_toml(text, source=str(p))
    if _TOML_LINE.search(text):
        # read as one name a line, "[[names]]" and 'canonical = "..."' would be names
        raise ConfigError(
            f"{p}: this reads as a TOML names file ([[names]] tables), but only a file "
            "named *.toml is read as TOML; rename it, or write one canonical name a line"
        )
    try:
        return entries(parse_list(text))
    except ConfigError as exc:
        raise ConfigError(f"{p}: {exc.message}") from exc


def parse_names_toml(text: str, *, source: str = "<string>") -> tuple[NameEntry, ...]:
    """Parse the TOML form of a canonical list (``[[names]]`` tables).

    A bare ``names = ["Arthur Mensch", ...]`` array of strings is accepted too.

    >>> parse_names_toml('names = ["DeepSeek"]')
    (NameEntry(canonical='DeepSeek', aliases=(), context=(), never=()),)
    >>> parse_names_toml('[[names]]\\ncanonical = 3', source="n.toml")
    Traceback (most recent call last):
    ...
    cleantext.errors.ConfigError: n.toml: names[0].canonical must be a string, not 3
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"names"})
    if unknown:
        raise ConfigError(
            f"{source}: unknown key {unknown[0]!r}; a names file holds [[names]] tables"
        )
    items = data.get("names", [])
    if not isinstance(items, list):
        raise ConfigError(f"{source}: names must be an array of [[names]] tables")
    out: list[NameEntry] = []
    for i, item in enumerate(items):
        where = f"{source}: names[{i}]"
        if isinstance(item, str):
            out.append(_entry(item, {}, where))
            continue
        if not isinstance(item, Mapping):
            raise ConfigError(f"{where} must be a table or a string, not {item!r}")
        extra = sorted(set(item) - set(_FIELDS))
        if extra:
            raise ConfigError(f"{where}: unknown key {extra[0]!r} (keys: {', '.join(_FIELDS)})")
        if "canonical" not in item:
            raise ConfigError(f"{where}.canonical is missing")
        canonical = item["canonical"]
        if not isinstance(canonical, str):
            raise ConfigError(f"{where}.canonical must be a string, not {canonical!r}")
        lists: dict[str, tuple[str, ...]] = {}
        for key in ("aliases", "context", "never"):
            value = item.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}.{key} must be a list of strings, not {value!r}")
            if not all(v.strip() for v in value):
                # as an empty canonical name is: a blank spelling is a slip of the file's
                raise ConfigError(f"{where}.{key} holds an empty string: remove it")
            lists[key] = tuple(value)
        out.append(_entry(canonical, lists, where))
    found = entries(out)
    check_aliases(found, source)
    return found


def _entry(canonical: str, lists: dict[str, tuple[str, ...]], where: str) -> NameEntry:
    try:
        return NameEntry(canonical, **lists)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc.message}") from exc


def _toml_string(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_comment(s: str) -> str:
    """``s`` as the text of a TOML comment: each control character TOML forbids there (all
    but the tab) written as its escape, so the file always parses.

    >>> _toml_comment("seen\\x07 3\\ttimes")
    'seen\\\\u0007 3\\ttimes'
    """
    return "".join(
        f"\\u{ord(ch):04x}" if (ord(ch) < 0x20 and ch != "\t") or ch == "\x7f" else ch for ch in s
    )


def _toml_array(items: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_string(s) for s in items) + "]"


def dump_names(items: Iterable[str | NameEntry], comments: Mapping[str, str] | None = None) -> str:
    """The TOML text of a canonical list, readable by :func:`load_names`.

    ``comments`` maps a canonical name to a comment written above its table (a line of
    comment for each line of it; a control character TOML forbids in a comment is written
    as its ``\\uXXXX`` escape, so the text always parses).

    >>> print(dump_names([NameEntry("OpenAI", aliases=("Open AI",))], {"OpenAI": "seen 3 times"}))
    # seen 3 times
    [[names]]
    canonical = "OpenAI"
    aliases = ["Open AI"]
    <BLANKLINE>
    >>> parse_names_toml(dump_names(["Arthur Mensch"]))[0].canonical
    'Arthur Mensch'
    """
    notes = comments or {}
    blocks: list[str] = []
    for entry in entries(items):
        lines: list[str] = []
        note = notes.get(entry.canonical)
        if note:
            lines.extend("# " + _toml_comment(line) for line in note.splitlines())
        lines.append("[[names]]")
        lines.append(f"canonical = {_toml_string(entry.canonical)}")
        for key in ("aliases", "context", "never"):
            value = getattr(entry, key)
            if value:
                lines.append(f"{key} = {_toml_array(value)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
