"""MkDocs hook: fills the docs with facts read from the code, so they cannot drift.

Markers in the Markdown pages are replaced at build time:

- ``<!-- cli-help: check -->``: the output of ``cleantext check --help`` (empty name: the
  top-level help);
- ``<!-- pass-options: whitespace -->``: a table of the pass's options (TOML key, Python
  name, default), read from its dataclass fields;
- ``<!-- pass-rules: whitespace -->``: the rule ids the pass declares;
- ``<!-- all-rules -->``: every rule id of every built-in pass (what ``cleantext rules`` prints).

An unknown marker fails the build.
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
from contextlib import redirect_stdout
from typing import Any

_MARKER = re.compile(r"<!--\s*(cli-help|pass-options|pass-rules|all-rules)\s*:?\s*([\w-]*)\s*-->")


def _passes() -> dict[str, Any]:
    from cleantext import passes

    classes = (
        passes.FixUnicode,
        passes.StripBoilerplate,
        passes.RepairSentences,
        passes.NormalizeNames,
        passes.NormalizeWhitespace,
    )
    return {cls.name: cls for cls in classes}


def _cli_help(command: str) -> str:
    from cleantext.cli import build_parser

    os.environ["COLUMNS"] = "96"  # argparse wraps to the terminal; keep the docs stable
    parser = build_parser()
    argv = [command, "--help"] if command else ["--help"]
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            parser.parse_args(argv)
    except SystemExit:
        pass
    text = out.getvalue().rstrip()
    if not text:
        raise ValueError(f"cleantext {command} --help printed nothing: is {command!r} a command?")
    return f"```text\n$ cleantext {command + ' ' if command else ''}--help\n{text}\n```"


def _default(field: dataclasses.Field[Any]) -> str:
    if field.default is not dataclasses.MISSING:
        value = field.default
    elif field.default_factory is not dataclasses.MISSING:
        value = field.default_factory()
    else:
        return "(required)"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, (tuple, list, frozenset, set)):
        return "`[]`" if not value else f"`{list(value)!r}`"
    if isinstance(value, str):
        return f'`"{value}"`'
    return f"`{value!r}`"


def _pass_options(name: str) -> str:
    cls = _passes()[name]
    rows = [
        f
        for f in dataclasses.fields(cls)
        if f.init and not f.name.startswith("_") and not (name == "names" and f.name == "names")
    ]
    if not rows:
        return "_This pass has no options._"
    lines = [
        f"| TOML key (`[tool.cleantext.{name}]`) | Python keyword | type | default |",
        "| --- | --- | --- | --- |",
    ]
    for f in rows:
        kind = str(f.type).replace("|", "\\|")
        lines.append(f"| `{f.name.replace('_', '-')}` | `{f.name}` | `{kind}` | {_default(f)} |")
    return "\n".join(lines)


def _pass_rules(name: str) -> str:
    rules = _passes()[name].rules
    if not rules:
        return "_The pass declares no rule ids yet._"
    return "\n".join(f"- `{rule}`" for rule in rules)


def _all_rules(prefix: str) -> str:
    lines = ["| rule id | pass |", "| --- | --- |"]
    for name, cls in _passes().items():
        for rule in cls.rules:
            link = f"{prefix}passes/{name}.md"
            lines.append(f"| `{rule}` | [{cls.__name__}]({link}) (`{name}`) |")
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    """Replace the markers of one page (an MkDocs event hook)."""
    if "<!--" not in markdown:
        return markdown
    prefix = "../" * page.file.src_uri.count("/")

    def replace(match: re.Match[str]) -> str:
        kind, arg = match.group(1), match.group(2)
        if kind == "cli-help":
            return _cli_help(arg)
        if kind == "pass-options":
            return _pass_options(arg)
        if kind == "pass-rules":
            return _pass_rules(arg)
        return _all_rules(prefix)

    return _MARKER.sub(replace, markdown)
