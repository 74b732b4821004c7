"""Configuration: ``[tool.cleantext]`` in ``pyproject.toml``, or a ``cleantext.toml``.

The file is found by walking up from the files being cleaned; command-line flags override
it. Unknown keys, and values of the wrong type, are an error that names the key. Pass options
live in a table named after the pass, with the same names as the pass's constructor options
(``-`` or ``_`` alike; see :data:`PASS_OPTIONS`)::

    [tool.cleantext]
    names = "names.toml"            # relative to this file (or `file` in [tool.cleantext.names])
    ignore = ["whitespace/spaces"]
    extend-exclude = ["fixtures/raw"]

    [tool.cleantext.sentences]
    keep = ["TikTok", "WeWork"]

    [tool.cleantext.boilerplate]
    extra-files = ["site-boilerplate.txt"]

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "cleantext.toml").write_text('ignore = ["whitespace"]\\n')
>>> load_config(folder / "cleantext.toml").ignore
('whitespace',)
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleantext.errors import ConfigError, did_you_mean
from cleantext.pipeline import PASS_NAMES, Pipeline

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = (".cleantext.toml", "cleantext.toml", "pyproject.toml")

DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".env",
    "env",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".tox",
    ".nox",
    "node_modules",
    "build",
    "dist",
    "site-packages",
    "*.egg-info",
)

_TOP_KEYS = {
    "names",
    "select",
    "ignore",
    "exclude",
    "extend-exclude",
    "force-exclude",
    "field",
    "fields",
    "jobs",
    "on-error",
    "settle",
    *PASS_NAMES,
}


@dataclass(frozen=True)
class Config:
    """Settings for a run, from a config file and flags.

    >>> Config().pipeline().names()
    ['unicode', 'boilerplate', 'sentences', 'whitespace']
    """

    source: Path | None = None
    names_file: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    #: Apply the excludes to files named on the command line too (``--force-exclude``),
    #: as a pre-commit hook, which names every file, needs.
    force_exclude: bool = False
    field: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    jobs: int | None = None
    on_error: str | None = None
    #: Run the passes until the text settles (see :class:`~cleantext.Pipeline`); None
    #: leaves it to the caller (the command line settles for ``check``, ``fix``, ``diff``).
    settle: bool | None = None
    pass_options: Mapping[str, Mapping[str, object]] = dataclasses.field(default_factory=dict)

    def with_flags(self, **flags: Any) -> Config:
        """A copy with the flags that were given (not ``None``) overriding the file.

        >>> Config(ignore=("names",)).with_flags(ignore=None, select=["unicode"]).select
        ('unicode',)
        """
        changes: dict[str, Any] = {}
        for key, value in flags.items():
            if value is None:
                continue
            if isinstance(value, list):
                value = tuple(value)
            changes[key] = value
        return dataclasses.replace(self, **changes)

    def load_names(self) -> tuple[object, ...]:
        """The canonical names from :attr:`names_file` (empty without one)."""
        if self.names_file is None:
            return ()
        from cleantext.namelist import load_names

        return tuple(load_names(self.names_file))

    def pipeline(self, names: Sequence[object] | None = None, *, settle: bool = False) -> Pipeline:
        """The default pipeline with these settings (``names`` overrides the names file;
        ``settle`` applies when the settings do not say).

        >>> Config(settle=True).pipeline().settle, Config().pipeline(settle=True).settle
        (True, True)
        """
        entries = tuple(names) if names is not None else self.load_names()
        options: dict[str, Any] = {name: dict(opts) for name, opts in self.pass_options.items()}
        if self.settle is not None:
            settle = self.settle
        try:
            return Pipeline.default(
                entries, select=self.select, ignore=self.ignore, settle=settle, **options
            )
        except TypeError as exc:
            where = f" in {self.source}" if self.source else ""
            raise ConfigError(f"invalid pass option{where}: {exc}") from exc

    def field_for(self, path: Path) -> str | None:
        """The record field to clean in ``path`` (per-glob ``fields``, else ``field``).

        The globs are matched against the path relative to the config file's folder (as
        :meth:`pathlib.PurePath.match` does: from the right), wherever the command runs from;
        a path outside that folder is matched as given.

        >>> config = Config(source=Path("/repo/cleantext.toml"), fields=(("data/*.jsonl", "body"),))
        >>> config.field_for(Path("/repo/data/x.jsonl")), config.field_for(Path("/repo/x.jsonl"))
        ('body', None)
        """
        where = self._from_config_folder(path)
        for pattern, name in self.fields:
            if where.match(pattern):
                return name
        return self.field

    def _from_config_folder(self, path: Path) -> Path:
        """``path`` relative to the folder of :attr:`source` when it lies there, else as given."""
        if self.source is None or not self.fields:
            return path
        try:
            return path.resolve().relative_to(self.source.parent.resolve())
        except (OSError, ValueError):
            return path


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or folder), or ``None``.

    A ``pyproject.toml`` counts only when it has a ``[tool.cleantext]`` table; a folder
    that cannot be searched is passed over (the walk of its files reports it).

    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "pyproject.toml").write_text("[tool.cleantext]\\n")
    >>> (root / "data").mkdir()
    >>> find_config(root / "data") == (root / "pyproject.toml").resolve()
    True
    """
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_FILES:
            path = candidate / name
            try:
                if not path.is_file():
                    continue
            except OSError:
                continue  # a folder that cannot be searched holds no config we can read
            if name == "pyproject.toml" and not _has_cleantext_table(_read_toml(path)):
                continue
            return path
    return None


class Configs:
    """The configuration that governs each file of a run, as ruff finds it: the nearest
    config file at or above the file (see :func:`find_config`), or ``fixed`` for every
    file (``--config FILE``, ``--isolated``); ``flags`` (the command line's) applied to
    each. Files, folders and config files are looked up once.

    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "old").mkdir()
    >>> _ = (root / "old" / "cleantext.toml").write_text('ignore = ["whitespace"]\\n')
    >>> configs = Configs()
    >>> configs.for_path(root / "old" / "a.txt").ignore, configs.for_path(root / "b.txt").ignore
    (('whitespace',), ())
    """

    def __init__(
        self, *, fixed: Config | None = None, flags: Callable[[Config], Config] | None = None
    ) -> None:
        self._fixed = fixed
        self._flags = flags or (lambda config: config)
        self._found: dict[Path, Path | None] = {}
        self._loaded: dict[Path | None, Config] = {}

    def for_path(self, path: Path | None) -> Config:
        """The configuration of the file or folder ``path`` (``None``: the current folder,
        for standard input); a path that does not exist is looked up from its folder."""
        if self._fixed is not None:
            return self._loaded.setdefault(None, self._flags(self._fixed))
        where = Path.cwd() if path is None else Path(os.path.abspath(path))
        folder = where if where.is_dir() else where.parent
        if folder not in self._found:
            self._found[folder] = find_config(folder)
        source = self._found[folder]
        if source not in self._loaded:
            self._loaded[source] = self._flags(load_config(source) if source else Config())
        return self._loaded[source]


def load_config(path: str | Path) -> Config:
    """Read a config file: ``pyproject.toml`` (its ``[tool.cleantext]``) or a ``cleantext.toml``.

    Raises :class:`~cleantext.ConfigError` naming the file and key when something is wrong:
    an unknown key, or a value of the wrong type (``odd-spaces = "false"`` is a string, not
    false) or out of range.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pyproject.toml"
    >>> _ = path.write_text('[tool.cleantext]\\nselect = ["boilerplate"]\\n')
    >>> load_config(path).select
    ('boilerplate',)
    """
    path = Path(path)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = _tool_cleantext(data, path)
        prefix = "tool.cleantext."
    else:
        prefix = ""
    return _parse(data, path, prefix)


def _has_cleantext_table(data: Mapping[str, Any]) -> bool:
    """Whether a ``pyproject.toml`` (read into ``data``) sets ``tool.cleantext`` at all."""
    tool = data.get("tool")
    return isinstance(tool, dict) and "cleantext" in tool


def _tool_cleantext(data: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """The ``[tool.cleantext]`` table of the ``pyproject.toml`` ``path`` (read into ``data``);
    empty without one.

    >>> _tool_cleantext({"tool": {"cleantext": 3}}, Path("pyproject.toml"))
    Traceback (most recent call last):
    cleantext.errors.ConfigError: [tool.cleantext] in pyproject.toml must be a table, got 3; \
write [tool.cleantext] on a line of its own, with the settings (key = value) below it
    """
    tool = data.get("tool", {})
    table = tool.get("cleantext", {}) if isinstance(tool, dict) else tool
    if not isinstance(table, dict):
        where = "[tool.cleantext]" if isinstance(tool, dict) else "[tool]"
        raise ConfigError(
            f"{where} in {path} must be a table, got {_describe(table)}; write "
            "[tool.cleantext] on a line of its own, with the settings (key = value) below it"
        )
    return table


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            data: dict[str, Any] = tomllib.load(f)
            return data
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc


@dataclass(frozen=True, slots=True)
class _Fail:
    """The error for a wrong key of one config file: ``fail(key, message)`` is a
    :class:`~cleantext.ConfigError` naming the file, the key (after ``prefix``) and what is wrong.

    >>> str(_Fail(Path("cleantext.toml"), "")("jobs", "expected a whole number"))
    'cleantext.toml: jobs: expected a whole number'
    """

    path: Path
    prefix: str

    def __call__(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.prefix}{key}: {message}")


def _parse(data: Mapping[str, Any], path: Path, prefix: str) -> Config:
    """The settings that the table ``data`` of the config file ``path`` holds (``prefix``:
    where the table stands in the file, for messages); raises :class:`~cleantext.ConfigError`
    at the first wrong key, checking the keys in a fixed order.
    """
    base = path.parent
    fail = _Fail(path, prefix)
    _check_known_keys(data, fail)
    names_file, data = _without_names_file(data, base, fail)
    fields = _fields(data, fail)
    _check_settings(data, fail)
    pass_options = {
        name: _pass_options(data[name], name, base, fail) for name in PASS_NAMES if name in data
    }
    return Config(
        source=path,
        names_file=names_file,
        select=_strings(data, "select", fail),
        ignore=_strings(data, "ignore", fail),
        exclude=_strings(data, "exclude", fail) if "exclude" in data else DEFAULT_EXCLUDE,
        extend_exclude=_strings(data, "extend-exclude", fail),
        force_exclude=data.get("force-exclude", False),
        field=data.get("field"),
        fields=fields,
        jobs=data.get("jobs"),
        on_error=data.get("on-error"),
        settle=data.get("settle"),
        pass_options=pass_options,
    )


def _check_known_keys(data: Mapping[str, Any], fail: _Fail) -> None:
    """Returns nothing; raises for the first unknown key of ``data`` (in sorted order)."""
    unknown = sorted(set(data) - _TOP_KEYS)
    tool = data.get("tool")
    if "tool" in unknown and isinstance(tool, Mapping) and "cleantext" in tool:
        raise fail(
            "tool.cleantext",
            "a cleantext.toml holds the settings without the [tool.cleantext] prefix (that "
            "table is for pyproject.toml): write them at the top of the file",
        )
    if unknown:
        raise fail(
            unknown[0],
            f"unknown key{did_you_mean(unknown[0], _TOP_KEYS)}; known keys are "
            f"{', '.join(sorted(_TOP_KEYS))}",
        )


def _without_names_file(
    data: Mapping[str, Any], base: Path, fail: _Fail
) -> tuple[Path | None, dict[str, Any]]:
    """The names file that ``names`` gives (a path, or ``file`` in a table of names pass
    options), resolved from ``base``, or None; and a copy of ``data`` without it.
    """
    data = dict(data)
    names = data.get("names")
    if isinstance(names, str):
        return (base / data.pop("names")).resolve(), data
    if isinstance(names, dict) and "file" in names:
        table = dict(names)
        if not isinstance(table["file"], str):
            raise fail("names.file", "expected the path of a names file (text or TOML)")
        names_file = (base / table.pop("file")).resolve()
        data["names"] = table
        return names_file, data
    if "names" in data and not isinstance(names, dict):
        raise fail("names", "expected the path of a names file, or a table of names pass options")
    return None, data


def _fields(data: Mapping[str, Any], fail: _Fail) -> tuple[tuple[str, str], ...]:
    """The ``(glob, field)`` pairs of the ``fields`` table, in file order (empty without one)."""
    if "fields" not in data:
        return ()
    if not isinstance(data["fields"], dict) or not all(
        isinstance(v, str) for v in data["fields"].values()
    ):
        raise fail("fields", 'expected a table of glob = "field", e.g. {"*.jsonl" = "body"}')
    return tuple(data["fields"].items())


def _check_settings(data: Mapping[str, Any], fail: _Fail) -> None:
    """Returns nothing; raises for the first of ``field``, ``on-error``, ``settle`` and
    ``jobs`` whose value has the wrong type or is out of range.
    """
    for key, kind in _SETTINGS.items():
        if key in data:
            _check(data[key], kind, key, fail)


def _strings(data: Mapping[str, Any], key: str, fail: _Fail) -> tuple[str, ...]:
    """The strings of the list at ``key`` (one string counts as a list of one; empty when
    the key is missing).
    """
    value = data.get(key, [])
    _check(value, STRINGS, key, fail)
    return (value,) if isinstance(value, str) else tuple(value)


def _pass_options(value: object, name: str, base: Path, fail: _Fail) -> dict[str, object]:
    """The options of the pass ``name`` that the table ``value`` holds, keyed by their Python
    names (``-`` written ``_``), each checked against :data:`PASS_OPTIONS`; lists of strings
    stay lists (one string is a list of one), paths of ``*-file(s)`` resolve from ``base``.
    """
    if not isinstance(value, dict):
        raise fail(name, f"expected a table of {name} pass options, got {_describe(value)}")
    kinds = PASS_OPTIONS[name]
    written: dict[str, str] = {}  # Python name -> the key as written
    out: dict[str, object] = {}
    for key, option in value.items():
        attr = key.replace("-", "_")
        where = f"{name}.{key}"
        if attr not in kinds:
            # the names file of [names] is read before its options ("file")
            extra = ["file"] if name == "names" else []
            options = sorted([*(k.replace("_", "-") for k in kinds), *extra])
            hint = did_you_mean(key.replace("_", "-"), options)
            listed = ", ".join(options) or "none"
            raise fail(where, f"unknown option of the {name} pass{hint}; known: {listed}")
        if attr in written:
            raise fail(where, f"given twice, as {written[attr]} and {key}; keep one")
        written[attr] = key
        _check(option, kinds[attr], where, fail)
        if kinds[attr] is STRINGS and isinstance(option, str):
            option = [option]
        if (name, attr) == ("boilerplate", "families"):
            _check_families(option, where, fail)
        if attr.endswith(("_file", "_files")):
            option = _resolve_paths(option, base)
        out[attr] = option
    return out


def _check_families(value: object, where: str, fail: _Fail) -> None:
    """Returns nothing; raises when ``value`` names a boilerplate family that does not exist."""
    from cleantext.passes.boilerplate_library import expand_families

    try:
        expand_families(value)  # type: ignore[arg-type]  # checked: a list of strings
    except ConfigError as exc:
        raise fail(where, exc.message) from exc


def _resolve_paths(value: object, base: Path) -> object:
    if isinstance(value, str):
        return str((base / value).resolve())
    if isinstance(value, list):
        return [str((base / v).resolve()) if isinstance(v, str) else v for v in value]
    return value


# --------------------------------------------------------------------------- value types


@dataclass(frozen=True, slots=True)
class OptionType:
    """What a config value must be: ``expected`` says it in words, for messages;
    ``accepts`` tells whether a value read from TOML is one.

    >>> COUNT.accepts(2), COUNT.accepts("2"), COUNT.accepts(-1), COUNT.accepts(True)
    (True, False, False, False)
    """

    expected: str
    accepts: Callable[[object], bool]


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_count(value: object) -> bool:
    return _is_whole(value) and value >= 0  # type: ignore[operator]


def _is_fraction(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1


def _is_strings(value: object) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


BOOLEAN = OptionType("true or false", lambda v: isinstance(v, bool))
#: ``true``, ``false`` or the string ``"auto"`` (``unescape-html``, ``hard-breaks``).
SWITCH = OptionType('true, false or "auto"', lambda v: isinstance(v, bool) or v == "auto")
COUNT = OptionType("a whole number (0 or more)", _is_count)
FRACTION = OptionType("a number from 0 to 1", _is_fraction)
#: A list of strings; one string counts as a list of one.
STRINGS = OptionType("a list of strings", _is_strings)

#: The options of each pass that a config file may set (Python names) and their types: the
#: constructor options of the pass classes under :mod:`cleantext.passes` (the names pass's
#: ``names`` come from the names file). A value of another type is an error on load, never a
#: surprise in the middle of a run: ``odd-spaces = "false"`` would otherwise be a true value.
PASS_OPTIONS: Mapping[str, Mapping[str, OptionType]] = {
    "unicode": {"unescape_html": SWITCH, "remove_control_chars": BOOLEAN},
    "boilerplate": {
        "extra": STRINGS,
        "extra_files": STRINGS,
        "families": STRINGS,
        "inline": BOOLEAN,
        "rejoin": BOOLEAN,
    },
    "sentences": {
        "keep": STRINGS,
        "names": STRINGS,
        "run_together": BOOLEAN,
        "missing_space": BOOLEAN,
    },
    "names": {
        "full_name_cutoff": FRACTION,
        "surname_max_distance": COUNT,
        "variant_max_distance": COUNT,
        "single_min_length": COUNT,
        "fuzzy": BOOLEAN,
        "fix_case_spacing": BOOLEAN,
        "restore_diacritics": BOOLEAN,
        "house_style": BOOLEAN,
        "own_spelling": COUNT,
    },
    "whitespace": {
        "max_blank_lines": COUNT,
        "odd_spaces": BOOLEAN,
        "zero_width": BOOLEAN,
        "collapse_spaces": BOOLEAN,
        "hard_breaks": SWITCH,
    },
}

_SETTINGS: Mapping[str, OptionType] = {
    "field": OptionType("a string", lambda v: isinstance(v, str)),
    "on-error": OptionType(
        '"raise", "keep" or "reject"', lambda v: v in ("raise", "keep", "reject")
    ),
    "settle": BOOLEAN,
    "force-exclude": BOOLEAN,
    # as --jobs on the command line: 0 or less is every core
    "jobs": OptionType("a whole number (0 or less: all cores)", _is_whole),
}


def _check(value: object, kind: OptionType, key: str, fail: _Fail) -> None:
    """Returns nothing; raises when ``value`` (at ``key``) is not of type ``kind``, saying
    what it is instead, and how to write it when only the quotes were wrong.

    >>> _check("false", BOOLEAN, "whitespace.odd-spaces", _Fail(Path("cleantext.toml"), ""))
    Traceback (most recent call last):
    cleantext.errors.ConfigError: cleantext.toml: whitespace.odd-spaces: expected true or false, \
got the string "false" (write it without quotes: odd-spaces = false)
    """
    if kind.accepts(value):
        return
    message = f"expected {kind.expected}, got {_describe(value)}"
    unquoted = _unquoted(value)
    if unquoted is not None and kind.accepts(unquoted[0]):
        message += f" (write it without quotes: {key.rpartition('.')[2]} = {unquoted[1]})"
    raise fail(key, message)


_BARE = re.compile(r"[\w.+-]+")


def _unquoted(value: object) -> tuple[object, str] | None:
    """What the string ``value`` would be written without quotes (``"2"``: 2), with its
    TOML spelling; None when it is not a string or not a bare TOML value.

    >>> _unquoted(" False"), _unquoted("2"), _unquoted("two words")
    ((False, 'false'), (2, '2'), None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.lower() in ("true", "false"):
        text = text.lower()
    if not _BARE.fullmatch(text):
        return None
    try:
        return tomllib.loads(f"v = {text}")["v"], text
    except tomllib.TOMLDecodeError:
        return None


def _describe(value: object) -> str:
    """``value``, as read from TOML, in a message.

    >>> _describe("x"), _describe(True), _describe(-1), _describe([1]), _describe({})
    ('the string "x"', 'true', '-1', 'a list with 1', 'a table')
    """
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the string {json.dumps(shown, ensure_ascii=False)}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        odd = next((v for v in value if not isinstance(v, str)), None)
        return "a list" if odd is None else f"a list with {_describe(odd)}"
    if isinstance(value, dict):
        return "a table"
    return f"a date or time ({value})"
