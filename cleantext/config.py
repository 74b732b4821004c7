"""Configuration: ``[tool.cleantext]`` in ``pyproject.toml``, or a ``cleantext.toml``.

The file is found by walking up from the files being cleaned; command-line flags override
it. Unknown keys are an error that names the key. Pass options live in a table named after
the pass, with the same names as the pass's constructor options (``-`` or ``_`` alike)::

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
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleantext.errors import ConfigError
from cleantext.pipeline import PASS_NAMES, Pipeline

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("cleantext.toml", ".cleantext.toml", "pyproject.toml")

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
        """The record field to clean in ``path`` (per-glob ``fields``, else ``field``)."""
        for pattern, name in self.fields:
            if path.match(pattern):
                return name
        return self.field


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or folder), or ``None``.

    A ``pyproject.toml`` counts only when it has a ``[tool.cleantext]`` table.

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
            if not path.is_file():
                continue
            if name == "pyproject.toml" and "cleantext" not in _read_toml(path).get("tool", {}):
                continue
            return path
    return None


def load_config(path: str | Path) -> Config:
    """Read a config file: ``pyproject.toml`` (its ``[tool.cleantext]``) or a ``cleantext.toml``.

    Raises :class:`~cleantext.ConfigError` naming the file and key when something is wrong.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pyproject.toml"
    >>> _ = path.write_text('[tool.cleantext]\\nselect = ["boilerplate"]\\n')
    >>> load_config(path).select
    ('boilerplate',)
    """
    path = Path(path)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("cleantext", {})
        prefix = "tool.cleantext."
    else:
        prefix = ""
    return _parse(data, path, prefix)


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
    if unknown:
        raise fail(
            unknown[0],
            f"unknown key; known keys are {', '.join(sorted(_TOP_KEYS))}",
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
    for key in ("field", "on-error"):
        if key in data and not isinstance(data[key], str):
            raise fail(key, "expected a string")
    if "on-error" in data and data["on-error"] not in ("raise", "keep", "reject"):
        raise fail("on-error", 'expected "raise", "keep" or "reject"')
    if "settle" in data and not isinstance(data["settle"], bool):
        raise fail("settle", "expected true or false")
    if "jobs" in data and (not isinstance(data["jobs"], int) or data["jobs"] < 0):
        raise fail("jobs", "expected a whole number (0 = all cores)")


def _strings(data: Mapping[str, Any], key: str, fail: _Fail) -> tuple[str, ...]:
    """The strings of the list at ``key`` (one string counts as a list of one; empty when
    the key is missing).
    """
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(key, "expected a list of strings")
    return tuple(value)


def _pass_options(value: object, name: str, base: Path, fail: Any) -> dict[str, object]:
    from cleantext import passes

    if not isinstance(value, dict):
        raise fail(name, f"expected a table of {name} pass options")
    cls = {p.name: p for p in _pass_classes(passes)}[name]
    known = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_") and f.init}
    if name == "names":
        known.discard("names")
    out: dict[str, object] = {}
    for key, option in value.items():
        attr = key.replace("-", "_")
        if attr not in known:
            listed = ", ".join(sorted(k.replace("_", "-") for k in known)) or "none"
            raise fail(f"{name}.{key}", f"unknown option of the {name} pass; known: {listed}")
        if attr.endswith(("_file", "_files")):
            option = _resolve_paths(option, base)
        out[attr] = option
    return out


def _resolve_paths(value: object, base: Path) -> object:
    if isinstance(value, str):
        return str((base / value).resolve())
    if isinstance(value, list):
        return [str((base / v).resolve()) if isinstance(v, str) else v for v in value]
    return value


def _pass_classes(module: Any) -> list[Any]:
    return [
        getattr(module, n)
        for n in (
            "FixUnicode",
            "StripBoilerplate",
            "RepairSentences",
            "NormalizeNames",
            "NormalizeWhitespace",
        )
    ]
