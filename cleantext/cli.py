"""The ``cleantext`` command (also ``python -m cleantext``).

Verbs work like ruff's: ``check`` reports and exits 1 when a file would change, ``fix``
rewrites files in place (atomically), ``clean`` writes cleaned text to stdout, ``diff``
prints a unified diff, ``demo`` cleans the bundled sample article. Exit status: 0 clean,
1 changes needed (``check``), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from cleantext import __version__
from cleantext.config import Config, Configs, load_config
from cleantext.edits import unified_diff
from cleantext.errors import CleantextError, NothingSelected
from cleantext.files import TEXT_SUFFIXES, Pattern, discover, is_excluded, record_kind
from cleantext.io import atomic_write
from cleantext.passes.base import EMPTY_CONTEXT, Context
from cleantext.pipeline import Pipeline
from cleantext.process import ON_ERROR, Diagnostic, Outcome, process_bytes, unread

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A mistake in the command line or configuration: exit status 2.

    >>> str(UsageError("no such option"))
    'no such option'
    """


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def _split(values: Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``cleantext`` command.

    >>> build_parser().parse_args(["check", "--select", "unicode", "a.txt"]).select
    ['unicode']
    """
    parser = _Parser(
        prog="cleantext",
        description="Repair scraped news text: boilerplate, run-together sentences, "
        "misspelled names, mojibake and whitespace. Every change is explained.",
        epilog="Run 'cleantext demo' to see it work on a sample article.",
    )
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    common = _common_parent()
    report = _report_parent()
    _add_clean_command(sub, common)
    _add_check_command(sub, common, report)
    _add_fix_command(sub, common, report)
    _add_diff_command(sub, common)
    _add_demo_command(sub)
    _add_rules_command(sub)
    _add_learn_boilerplate_command(sub)
    _add_suggest_names_command(sub)
    return parser


def _common_parent() -> _Parser:
    """A parent parser with the paths, cleaning and input options of the cleaning verbs."""
    common = _Parser(add_help=False)
    common.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders ('-' reads standard input)",
    )
    _add_cleaning_options(common)
    _add_input_options(common)
    return common


def _add_cleaning_options(parser: argparse.ArgumentParser) -> None:
    """Add the "cleaning options" group: names, rule selection, settling and config."""
    opts = parser.add_argument_group("cleaning options")
    opts.add_argument("--names", metavar="FILE", help="canonical names: one a line, or TOML")
    opts.add_argument(
        "--select", action="append", metavar="RULES", help="only these rules or passes (comma list)"
    )
    opts.add_argument(
        "--ignore", action="append", metavar="RULES", help="skip these rules or passes (comma list)"
    )
    opts.add_argument(
        "--settle",
        action=argparse.BooleanOptionalAction,
        help="run the passes again until the text stops changing (default: on for check, "
        "fix and diff, off for clean)",
    )
    opts.add_argument(
        "--batch-evidence",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="let the files of the run vouch for each other's camel-case words (default: "
        "off, each file is judged on its own text, as a pre-commit gate must be)",
    )
    opts.add_argument(
        "--config", metavar="FILE", help="config file (default: the nearest up from each file)"
    )
    opts.add_argument("--isolated", action="store_true", help="ignore all config files")


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """Add the "input options" group: data fields, encoding, excludes, bad records, jobs."""
    files = parser.add_argument_group("input options")
    files.add_argument("--field", help="field (JSONL) or column (CSV) to clean in data files")
    files.add_argument("--jsonl", action="store_true", help="treat input as JSONL records")
    files.add_argument("--encoding", default="utf-8", help="text encoding (default utf-8)")
    files.add_argument(
        "--stdin-filename", metavar="NAME", help="name to use for standard input in messages"
    )
    files.add_argument(
        "--exclude", action="append", metavar="PATTERNS", help="replace the default excludes"
    )
    files.add_argument(
        "--extend-exclude", action="append", metavar="PATTERNS", help="exclude more paths"
    )
    files.add_argument(
        "--force-exclude",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="apply the excludes to files named on the command line too, as a pre-commit "
        "hook needs (config: force-exclude = true)",
    )
    files.add_argument(
        "--on-error",
        choices=ON_ERROR,
        help="bad records: stop (raise, default), keep them unchanged, or reject them",
    )
    files.add_argument("--rejects", metavar="FILE", help="write rejected records here (JSONL)")
    files.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="worker processes (default: all cores)"
    )


def _at_least_one(value: str) -> int:
    """An option's whole number of 1 or more (argparse turns the error into a usage one)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {value!r}")
    return number


def _report_parent() -> _Parser:
    """A parent parser with the report options of ``check`` and ``fix``."""
    report = _Parser(add_help=False)
    report.add_argument("--diff", action="store_true", help="print a unified diff")
    report.add_argument("--statistics", action="store_true", help="count changes by rule")
    report.add_argument(
        "--output-format",
        choices=("text", "json", "github"),
        default="text",
        help="diagnostics format (github: annotations for GitHub Actions)",
    )
    report.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    return report


def _add_clean_command(sub: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """Add the ``clean`` command and its output options."""
    p = sub.add_parser("clean", parents=[common], help="write cleaned text to standard output")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead")
    p.add_argument(
        "--edits-field", metavar="NAME", help="JSONL/Parquet: add each record's edits as NAME"
    )
    p.add_argument("--parquet", action="store_true", help="treat input as Parquet (extra parquet)")
    p.set_defaults(func=_cmd_clean)


def _add_check_command(
    sub: argparse._SubParsersAction[_Parser], common: _Parser, report: _Parser
) -> None:
    """Add the ``check`` command, its report options and its exit and suggestion flags."""
    p = sub.add_parser(
        "check", parents=[common, report], help="report what would change; exit 1 if anything"
    )
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when changes are found")
    p.add_argument(
        "--no-suggestions", action="store_true", help="do not show uncertain edits for review"
    )
    p.set_defaults(func=_cmd_check)


def _add_fix_command(
    sub: argparse._SubParsersAction[_Parser], common: _Parser, report: _Parser
) -> None:
    """Add the ``fix`` command with the common and report options."""
    p = sub.add_parser("fix", parents=[common, report], help="rewrite files in place, atomically")
    p.set_defaults(func=_cmd_fix)


def _add_diff_command(sub: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """Add the ``diff`` command with the common options."""
    p = sub.add_parser("diff", parents=[common], help="print a unified diff of what would change")
    p.set_defaults(func=_cmd_diff)


def _add_demo_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Add the ``demo`` command and its ``--diff`` flag."""
    p = sub.add_parser("demo", help="clean the bundled sample article and explain the changes")
    p.add_argument("--diff", action="store_true", help="also print a unified diff")
    p.set_defaults(func=_cmd_demo)


def _add_rules_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Add the ``rules`` command (no options)."""
    p = sub.add_parser("rules", help="list the rule ids of every pass")
    p.set_defaults(func=_cmd_rules)


def _add_corpus_arguments(
    parser: argparse.ArgumentParser, *, output_help: str, output_required: bool
) -> None:
    """Add the corpus paths, ``-o/--output`` and ``--field`` of the corpus commands."""
    parser.add_argument(
        "paths", nargs="+", metavar="FILE", help="text files or JSONL ('-' for stdin)"
    )
    parser.add_argument("-o", "--output", required=output_required, help=output_help)
    parser.add_argument(
        "--field", default="text", help="JSONL field holding the text (default text)"
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="read every input (stdin too) as JSONL records"
    )


def _add_learn_boilerplate_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Add the ``learn-boilerplate`` command and its thresholds."""
    p = sub.add_parser(
        "learn-boilerplate",
        help="find lines that recur across many documents of one source; write them for review",
    )
    _add_corpus_arguments(
        p, output_help="file to write (review it, then use it)", output_required=True
    )
    p.add_argument("--min-docs", type=int, default=5, help="in at least this many documents")
    p.add_argument("--min-share", type=float, default=0.05, help="and this share of them")
    p.add_argument("--max-words", type=int, default=15, help="lines of at most this many words")
    p.add_argument(
        "--sentence-share",
        type=float,
        default=0.5,
        help="a line that reads like a sentence must be in this share of documents",
    )
    p.set_defaults(func=_cmd_learn_boilerplate)


def _add_suggest_names_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Add the ``suggest-names`` command and its clustering options."""
    p = sub.add_parser(
        "suggest-names", help="cluster the names of a corpus into a canonical list to review"
    )
    _add_corpus_arguments(
        p,
        output_help="TOML file to write (default: standard output)",
        output_required=False,
    )
    p.add_argument(
        "--min-count", type=_at_least_one, default=2, help="names seen at least this often"
    )
    p.add_argument("--max-tokens", type=_at_least_one, default=3, help="longest name, in words")
    p.add_argument("--no-aliases", action="store_true", help="do not list variant spellings")
    p.add_argument(
        "--raw", action="store_true", help="do not clean the texts first (faster, noisier)"
    )
    p.set_defaults(func=_cmd_suggest_names)


# --------------------------------------------------------------------------- settings


class Settings:
    """The settings of a run: each file's configuration (the nearest config file up from
    it, as ruff finds it; or ``--config``, or none with ``--isolated``) with the flags
    applied, and the pipeline of each configuration. Files of one run may have different
    configurations (a subfolder with its own ``cleantext.toml``); a file is always cleaned
    with its own, whatever else is named with it.

    ``settle`` applies unless the flags or the config file say otherwise (``check``,
    ``fix`` and ``diff`` settle: a pre-commit hook's second run must find nothing).

    >>> args = build_parser().parse_args(["check", "--isolated", "--ignore", "whitespace"])
    >>> Settings(args, settle=True).config_for("a.txt").ignore
    ('whitespace',)
    """

    def __init__(self, args: argparse.Namespace, *, settle: bool) -> None:
        self.args = args
        self.settle = settle
        fixed = Config() if args.isolated else load_config(args.config) if args.config else None
        self.configs = Configs(fixed=fixed, flags=self._with_flags)
        self._pipes: dict[int, Pipeline] = {}
        first = next((Path(p) for p in args.paths if p != "-"), None)
        #: The configuration of the run as a whole (``jobs``): that of the first path.
        self.root = self.config_for(first)
        self.pipeline_for(self.root)  # a bad selection is an error before any file is read

    def _with_flags(self, config: Config) -> Config:
        """``config`` with the flags that were given overriding it (the exclude flags are
        merged with the config's in :meth:`excludes`: each pattern keeps its folder)."""
        args = self.args
        config = config.with_flags(
            select=_split(args.select),
            ignore=_split(args.ignore),
            field=args.field,
            on_error=args.on_error,
            settle=args.settle,
            force_exclude=getattr(args, "force_exclude", None),
        )
        if args.names:
            config = config.with_flags(names_file=Path(args.names))
        return config

    def config_for(self, path: str | Path | None) -> Config:
        """The configuration of ``path`` (``None`` or ``-``: standard input, found from
        ``--stdin-filename`` or the current folder)."""
        if path is None or path == "-":
            name = self.args.stdin_filename
            return self.configs.for_path(Path(name) if name else None)
        return self.configs.for_path(Path(path))

    def pipeline_for(self, config: Config) -> Pipeline:
        """The pipeline of ``config`` (built once; its selection checked)."""
        pipe = self._pipes.get(id(config))
        if pipe is None:
            try:
                pipe = config.pipeline(settle=self.settle)
            except NothingSelected:
                raise _nothing_selected(self.args, config) from None
            self._pipes[id(config)] = pipe
        return pipe

    def excludes(self, config: Config) -> list[Pattern]:
        """The exclude patterns of ``config`` and the flags (see :func:`_excludes`)."""
        return _excludes(self.args, config)

    def excluded(self, path: Path) -> bool:
        """Whether the excludes of the configuration of ``path`` match it."""
        return is_excluded(path, self.excludes(self.config_for(path)))

    def forced(self, path: Path) -> bool:
        """Whether ``path``, named on the command line, is skipped: ``--force-exclude``
        (or ``force-exclude = true``) is on and an exclude matches it."""
        return self.config_for(path).force_exclude and self.excluded(path)


def _nothing_selected(args: argparse.Namespace, config: Config) -> UsageError:
    """The error for a ``select``/``ignore`` that leaves no rule of the pipeline to run
    (:class:`~cleantext.errors.NothingSelected`): such a check could never fail. The
    message names the options, and where each was given."""
    given = []
    for key, flag in (("select", args.select), ("ignore", args.ignore)):
        values = getattr(config, key)
        if flag is not None:
            given.append(f"--{key} {','.join(values)}")
        elif values:
            given.append(f"{key} = {json.dumps(list(values))} in {config.source}")
    hint = ""
    if config.names_file is None and any(
        s.strip().rstrip("/").partition("/")[0] == "names" for s in config.select
    ):
        hint = (
            "; the names pass runs only with canonical names (--names FILE, or names in the config)"
        )
    return UsageError(
        f"no rule is selected ({'; '.join(given)}), so nothing can change{hint}; "
        "`cleantext rules` lists the rules"
    )


def _excludes(args: argparse.Namespace, config: Config) -> list[Pattern]:
    """The exclude patterns of a run, each with the folder it is relative to: the config
    file's folder for the config's ``exclude`` and ``extend-exclude``, the current folder
    for ``--exclude`` and ``--extend-exclude`` (as ruff does). ``--exclude`` replaces the
    config's ``exclude`` (the defaults without one); ``--extend-exclude`` adds to the
    config's ``extend-exclude``.
    """
    here = Path.cwd()
    home = config.source.parent if config.source is not None else here
    flags = _split(args.exclude)
    patterns = (
        [Pattern(glob, here) for glob in flags]
        if flags is not None
        else [Pattern(glob, home) for glob in config.exclude]
    )
    patterns += [Pattern(glob, home) for glob in config.extend_exclude]
    patterns += [Pattern(glob, here) for glob in _split(args.extend_exclude) or ()]
    return patterns


class _Unreadable(NamedTuple):
    """A folder of the inputs that could not be read: an error of the run, in its place."""

    path: Path
    reason: str


Input = str | Path | _Unreadable


def _inputs(args: argparse.Namespace, settings: Settings, *, default: str) -> list[Input]:
    """The files to clean: files as named (less those ``--force-exclude`` skips), folders
    walked with the excludes of their configuration (and of each file's own, where a
    subfolder has one), ``-`` as it is; each file once. A folder that cannot be read is
    an error in its place, and the others are still cleaned."""
    paths: list[Input] = []
    for p in args.paths or [default]:
        if p == "-":
            paths.append("-")
        elif Path(p).is_dir():
            exclude = settings.excludes(settings.config_for(p))
            unread: list[_Unreadable] = []

            def note(path: Path, why: str, unread: list[_Unreadable] = unread) -> None:
                unread.append(_Unreadable(path, why))

            found = [
                f
                for f in discover([Path(p)], exclude=exclude, unreadable=note)
                if not settings.excluded(f)
            ]
            if not found and not unread:
                suffixes = " ".join(sorted(TEXT_SUFFIXES))
                print(f"warning: {p}: no text files found ({suffixes})", file=sys.stderr)
            paths.extend(found)
            paths.extend(unread)
        elif not settings.forced(Path(p)):
            paths.extend(discover([Path(p)]))
    # a file named twice (or found under two folders given) is cleaned once
    seen: set[str] = set()
    unique: list[Input] = []
    for item in paths:
        if isinstance(item, _Unreadable):
            unique.append(item)
            continue
        key = "-" if item == "-" else os.path.realpath(item)
        if key == "-" or key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _check_targets(args: argparse.Namespace, inputs: Iterable[str | Path]) -> None:
    """Refuse a ``--rejects`` file that is an input or the output: the rejected records
    written there would be overwritten (or would overwrite the input)."""
    rejects = getattr(args, "rejects", None)
    if rejects:
        others = [p for p in inputs if p != "-"]
        if getattr(args, "output", None):
            others.append(args.output)
        if _one_of(rejects, others) is not None:
            raise UsageError(
                f"--rejects {rejects} is also an input or the output: the rejected records "
                "would be overwritten; pass another file"
            )


def _run(
    args: argparse.Namespace, settings: Settings, *, suggestions: bool, default: str
) -> list[tuple[Outcome, bool]]:
    """Clean every input; each outcome comes with whether it was read from standard input.

    Files are cleaned in ``--jobs`` processes, in order, each with its own configuration.
    Each file is judged on its own text; with ``--batch-evidence`` the camel-case words
    that the files use standalone count as words in all of them.
    """
    from cleantext.batch import process_paths

    inputs = _inputs(args, settings, default=default)
    files = [p for p in inputs if isinstance(p, Path)]
    _check_targets(args, [p for p in inputs if not isinstance(p, _Unreadable)])
    configs = {path: settings.config_for(path) for path in files}
    pipes: dict[int, int] = {}  # id of a config -> index of its pipeline
    shared: list[Pipeline] = []
    for config in configs.values():
        if id(config) not in pipes:
            pipes[id(config)] = len(shared)
            shared.append(settings.pipeline_for(config))
    context = None
    if args.batch_evidence and len(files) > 1:
        context = _batch_context(shared[0], files, args, settings)
    jobs = _jobs(args, settings.root, len(files))
    if jobs > 1:
        for pipe in shared:
            pipe("Warm up the caches. Before the workers fork.")

    def per_file(path: Path) -> dict[str, object]:
        config = configs[path]
        kind = record_kind(path, jsonl=args.jsonl)
        return {
            "kind": kind,
            "field_name": config.field_for(path) or ("text" if kind else None),
            "on_error": config.on_error or "raise",
            "pipeline": pipes[id(config)],
        }

    by_file = iter(
        process_paths(
            tuple(shared),
            files,
            jobs=jobs,
            options=per_file,
            context=context or EMPTY_CONTEXT,
            encoding=args.encoding,
            suggestions=suggestions,
        )
    )
    outcomes: list[tuple[Outcome, bool]] = []
    for item in inputs:
        if isinstance(item, _Unreadable):
            outcomes.append((unread(str(item.path), item.reason), False))
        elif item != "-":
            outcomes.append((next(by_file), False))
        else:
            outcomes.append((_run_stdin(args, settings, suggestions, context), True))
    _write_rejects(args, [o for o, _ in outcomes])
    return outcomes


def _run_stdin(
    args: argparse.Namespace, settings: Settings, suggestions: bool, context: Context | None
) -> Outcome:
    """Clean standard input, named ``--stdin-filename`` (its kind, field and configuration
    read from that name)."""
    name = args.stdin_filename or "-"
    path = Path(name)
    config = settings.config_for("-")
    kind = record_kind(path, jsonl=args.jsonl) if name != "-" or args.jsonl else None
    return process_bytes(
        settings.pipeline_for(config),
        sys.stdin.buffer.read(),
        name,
        kind=kind,
        field_name=config.field_for(path) or ("text" if kind else None),
        encoding=args.encoding,
        suggestions=suggestions,
        on_error=config.on_error or "raise",
        context=context,
    )


def _jobs(args: argparse.Namespace, config: Config, tasks: int) -> int:
    """Worker processes: ``--jobs``, else the config's ``jobs``, else every core (0)."""
    from cleantext.batch import resolve_jobs

    wanted = args.jobs if args.jobs is not None else config.jobs
    return min(resolve_jobs(wanted if wanted is not None else 0), max(1, tasks))


def _batch_context(
    pipe: Pipeline, files: Sequence[Path], args: argparse.Namespace, settings: Settings
) -> Context:
    """The batch vocabulary of the text of ``files`` (unreadable files are skipped here;
    the cleaning run reports them)."""
    from cleantext.batch import batch_context, uses_vocabulary
    from cleantext.learn import iter_texts

    if not uses_vocabulary(pipe):
        return EMPTY_CONTEXT

    def texts() -> Iterator[str]:
        for path in files:
            kind = record_kind(path, jsonl=args.jsonl)
            if kind in ("csv", "tsv", "parquet") or not path.is_file():
                continue  # (a FIFO would block: the cleaning run refuses it)
            field = settings.config_for(path).field_for(path) or "text"
            try:
                yield from iter_texts([path], field=field)
            except (CleantextError, OSError, ValueError):
                continue

    return batch_context(pipe, texts())


def _write_rejects(args: argparse.Namespace, outcomes: Iterable[Outcome]) -> None:
    rejects = [line for o in outcomes for line in o.rejects]
    if args.rejects:
        atomic_write(args.rejects, "".join(f"{r}\n" for r in rejects).encode("utf-8"))
    elif rejects:
        for r in rejects:
            print(f"rejected: {r}", file=sys.stderr)


def _report_errors(outcomes: Iterable[Outcome]) -> int:
    """Print errors and handled record failures to stderr; return the number of errors."""
    count = 0
    records = failed = 0
    stopped = False  # a record file stopped at its first bad record
    for o in outcomes:
        for e in o.errors:
            print(f"error: {e}", file=sys.stderr)
            count += 1
        stopped = stopped or bool(o.errors and o.records)
        for w in o.handled:
            print(f"warning: {w}", file=sys.stderr)
        records += o.records
        failed += len(o.handled)
    if failed:
        print(f"cleantext: {failed} of {records} records failed", file=sys.stderr)
    if stopped:
        print(_STOPPED, file=sys.stderr)
    return count


# what to do next when a record file stopped at its first bad record (--on-error raise)
_STOPPED = (
    "cleantext: a file with a bad record is left as it is and its other records are not "
    "reported; --on-error keep (or reject) goes on past bad records"
)


# A surrogate code point alone: no UTF-8 writes it, a JSON escape does.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_report(entries: list[dict[str, object]]) -> str:
    r"""``entries`` as a JSON array, readable text kept as it is and a lone surrogate (a
    JSONL record may hold one) written as its escape: the report stays valid JSON that any
    UTF-8 stream can carry.

    >>> report = _json_report([{"before": "caf\u00e9 \ud800"}])
    >>> "café" in report, "\\ud800" in report, json.loads(report)[0]["before"][-1] == "\ud800"
    (True, True, True)
    """
    text = json.dumps(entries, ensure_ascii=False, indent=2)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _print_diagnostics(
    args: argparse.Namespace,
    outcomes: list[Outcome],
    out: TextIO,
    failures: Sequence[tuple[str, str]] = (),
) -> None:
    """Write the diagnostics of ``outcomes`` in the ``--output-format``; in JSON and GitHub
    form, ``failures`` (a file and its error: not read, not written) are entries too, so
    that a report of a failed run does not read as clean."""
    diags: list[Diagnostic] = [d for o in outcomes for d in o.diagnostics]
    if args.output_format == "json":
        entries = [d.as_dict() for d in diags] + [_error_entry(p, e) for p, e in failures]
        out.write(_json_report(entries) + "\n")
        return
    if args.output_format == "github":
        for d in diags:
            out.write(d.format_github() + "\n")
        for path, error in failures:
            out.write(_github_error(path, error) + "\n")
        return
    if not args.quiet:
        for d in diags:
            out.write(d.format() + "\n")
    if args.diff:
        for o in outcomes:
            if o.changed:
                _write_bytes(out, _unified(o))
    if args.statistics:
        counts = collections.Counter(rule for d in diags if not d.suggestion for rule in d.rules)
        for rule, n in counts.most_common():
            out.write(f"{n:6d}  {rule}\n")


def _failures(
    outcomes: Iterable[Outcome], *more: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The files that failed, each with its error: those of ``outcomes``, then ``more``."""
    found = [(o.path, e) for o in outcomes for e in o.errors]
    for extra in more:
        found.extend(extra)
    return found


def _error_entry(path: str, error: str) -> dict[str, object]:
    """The JSON entry of a file that failed: the keys of a diagnostic (``rule`` is
    ``"error"``, the places are null) and ``error``, the message.

    >>> _error_entry("a.txt", "a.txt: cannot read")["rule"]
    'error'
    """
    return {
        "path": path,
        "line": None,
        "column": None,
        "suggestion": False,
        "rule": "error",
        "pass": None,
        "start": None,
        "end": None,
        "before": None,
        "after": None,
        "note": error,
        "rules": ["error"],
        "passes": [],
        "error": error,
    }


def _github_error(path: str, error: str) -> str:
    """The GitHub workflow command that annotates the file ``path`` with ``error``.

    >>> _github_error("a.txt", "a.txt: bad")
    '::error file=a.txt,title=cleantext error::a.txt: bad'
    """
    from cleantext.process import _github_data, _github_property

    return f"::error file={_github_property(path)},title=cleantext error::{_github_data(error)}"


def _write_bytes(out: TextIO, data: bytes) -> None:
    """Write ``data`` as it is to ``out`` after the text written to it so far."""
    out.flush()
    out.buffer.write(data)
    out.buffer.flush()


def _diff_name(side: str, path: str) -> str:
    r"""The name of a diff's header as ``git diff`` writes it, so that ``patch -p1`` and
    ``git apply`` both read it: quoted with C escapes when it holds a quote, a backslash
    or a control character; followed by a tab when it holds a space (where the name ends).

    >>> _diff_name("a", "notes.txt"), _diff_name("a", "sp ace.txt")
    ('a/notes.txt', 'a/sp ace.txt\t')
    >>> print(_diff_name("b", "tab\tname.txt"))
    "b/tab\tname.txt"
    """
    name = f"{side}/{path}"
    if any(c in '"\\' or ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        escaped = "".join(
            _C_ESCAPES.get(c) or (f"\\{ord(c):03o}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
            for c in name
        )
        return f'"{escaped}"'
    return name + "\t" if " " in name else name


# The C escapes of a quoted name in a diff's header (others as three octal digits).
_C_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _unified(outcome: Outcome) -> bytes:
    """The unified diff of one file, in the form that ``patch`` and ``git apply`` apply
    (see :func:`cleantext.edits.unified_diff`) to the file's own bytes: its lines in its
    encoding, a UTF-8 byte order mark on the first line as ``git diff`` shows it. (A
    UTF-16 or UTF-32 file is shown as UTF-8: a patch of such bytes cannot apply.)"""
    doc = outcome.document
    wide = doc is not None and doc.wide
    mark = "\ufeff" if doc is not None and doc.bom and not wide else ""
    diff = unified_diff(
        mark + outcome.original,
        mark + outcome.text,
        _diff_name("a", str(outcome.path)),
        _diff_name("b", str(outcome.path)),
    )
    lines = diff.split("\n", 2)
    head, body = "\n".join(lines[:2]) + "\n", lines[2] if len(lines) > 2 else ""
    encoding = doc.encoding if doc is not None and not wide else "utf-8"
    try:
        head_bytes = os.fsencode(head)
    except UnicodeError:
        head_bytes = head.encode("utf-8", "backslashreplace")
    return head_bytes + body.encode(encoding, "backslashreplace")


# --------------------------------------------------------------------------- commands


def _stops(settings: Settings, outcome: Outcome, from_stdin: bool) -> bool:
    """Whether ``outcome`` is not written: nothing was read, or an error stopped it under
    its configuration's ``on-error = "raise"`` (the default)."""
    if outcome.document is None:
        return True
    config = settings.config_for("-" if from_stdin else outcome.path)
    return bool(outcome.errors) and (config.on_error or "raise") == "raise"


def _streamed(item: str | Path, args: argparse.Namespace) -> str | None:
    """``"jsonl"`` or ``"parquet"`` when ``clean`` streams this input record by record."""
    name = Path(args.stdin_filename or "-") if item == "-" else Path(item)
    if args.parquet or name.suffix.lower() == ".parquet":
        return "parquet"
    if item == "-" and not (args.jsonl or args.stdin_filename):
        return None
    return "jsonl" if record_kind(name, jsonl=args.jsonl) == "jsonl" else None


def _cmd_clean(args: argparse.Namespace) -> int:
    settings = Settings(args, settle=False)  # the same text as cleantext.clean()
    inputs = _inputs(args, settings, default="-")
    readable = [item for item in inputs if not isinstance(item, _Unreadable)]
    kinds = [_streamed(item, args) for item in readable]
    if args.output and len(inputs) != 1:
        raise UsageError("--output takes exactly one input")
    _check_targets(args, readable)
    if not any(kinds):
        if args.edits_field:
            raise UsageError("--edits-field needs JSONL or Parquet input (--jsonl, --parquet)")
        return _clean_files(args, settings)
    failed = False
    for item, kind in zip(readable, kinds, strict=True):
        if kind is None:
            raise UsageError("clean cannot mix JSONL/Parquet inputs with plain text inputs")
        failed |= not _clean_stream(args, settings, item, kind)
    for other in inputs:
        if isinstance(other, _Unreadable):
            print(f"error: {other.path}: {other.reason}", file=sys.stderr)
            failed = True
    return EXIT_ERROR if failed else EXIT_OK


def _clean_files(args: argparse.Namespace, settings: Settings) -> int:
    """``clean`` of plain text (and CSV) inputs: the cleaned files to standard output, one
    after the other, or to ``-o FILE``."""
    runs = _run(args, settings, suggestions=False, default="-")
    chunks = []
    unwritable = []
    # one input comes out as its file would be written, BOM and all; several joined on
    # standard output leave a UTF-8 BOM out (it would land inside the output)
    whole = bool(args.output) or len(runs) == 1
    for o, from_stdin in runs:
        if _stops(settings, o, from_stdin):
            continue  # nothing trustworthy to write; the error is reported below
        assert o.document is not None
        try:
            chunks.append(o.document.encode(o.text) if whole else o.document.encode_stream(o.text))
        except CleantextError as exc:
            unwritable.append(str(exc))
    if args.output:
        if chunks and not unwritable:
            atomic_write(args.output, b"".join(chunks))
    else:
        sys.stdout.buffer.write(b"".join(chunks))  # main reports a failure to write
        sys.stdout.buffer.flush()
    for message in unwritable:
        print(f"error: {message}", file=sys.stderr)
    errors = _report_errors(o for o, _ in runs)
    return EXIT_ERROR if errors or unwritable else EXIT_OK


def _clean_stream(
    args: argparse.Namespace, settings: Settings, item: str | Path, kind: str
) -> bool:
    """Stream one JSONL or Parquet input; False when it failed (reported on stderr)."""
    from cleantext.progress import Progress
    from cleantext.stream import clean_jsonl_file, clean_jsonl_stream, clean_parquet_file

    name = args.stdin_filename or "-" if item == "-" else str(item)
    config = settings.config_for(item)
    pipe = settings.pipeline_for(config)
    field = config.field_for(Path(name)) or "text"
    if args.edits_field == field:
        raise UsageError(
            f"--edits-field {field} is the field that is cleaned: the edits would replace "
            "the text; pass another name"
        )
    rejects = open(args.rejects, "ab") if args.rejects else None  # noqa: SIM115
    options: dict[str, Any] = {
        "pipeline": pipe,
        "field": field,
        "edits_field": args.edits_field,
        "jobs": _jobs(args, config, 1_000_000),
        "on_error": config.on_error or "raise",
        "rejects": rejects,
    }
    try:
        size = Path(item).stat().st_size if item != "-" else None
        with Progress(total_bytes=size) as progress:
            options["progress"] = progress
            # a warning clears the bar's line first: the two never share a line
            options["on_failure"] = lambda message: progress.note(f"warning: {message}")
            if kind == "parquet":
                if item == "-" or not args.output:
                    raise UsageError("Parquet output needs a file: pass -o OUT.parquet")
                if Path(args.output).suffix.lower() != ".parquet":
                    raise UsageError(
                        f"-o {args.output}: Parquet input is written as Parquet; name the "
                        "output OUT.parquet"
                    )
                stats = clean_parquet_file(item, args.output, **options)
            elif args.output:
                stats = clean_jsonl_file(item, args.output, encoding=args.encoding, **options)
            elif item == "-":
                stats = clean_jsonl_stream(
                    sys.stdin.buffer,
                    sys.stdout.buffer,
                    name=name,
                    encoding=args.encoding,
                    **options,
                )
            else:
                with open(item, "rb") as source:
                    stats = clean_jsonl_stream(
                        source, sys.stdout.buffer, name=name, encoding=args.encoding, **options
                    )
    except CleantextError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if re.match(rf"{re.escape(name)}:\d+: ", str(exc)):  # a bad record's place
            print(
                "cleantext: stopped at the bad record; --on-error keep (or reject) goes on "
                "past bad records",
                file=sys.stderr,
            )
        return False
    except OSError as exc:
        print(f"error: {name}: {exc.strerror or exc}", file=sys.stderr)
        return False
    finally:
        if rejects is not None:
            rejects.close()
    sys.stdout.buffer.flush()
    if stats.failed:
        print(f"cleantext: {name}: {stats.summary().removeprefix('cleantext: ')}", file=sys.stderr)
    return True


def _cmd_check(args: argparse.Namespace) -> int:
    settings = Settings(args, settle=True)
    runs = _run(args, settings, suggestions=not args.no_suggestions, default=".")
    outcomes = [o for o, _ in runs]
    unwritable = _unwritable(outcomes)
    _print_diagnostics(args, outcomes, sys.stdout, _failures(outcomes, unwritable))
    errors = _report_errors(outcomes)
    for _, message in unwritable:
        print(f"error: {message}", file=sys.stderr)
    unread = sum(1 for o in outcomes if o.errors)
    if args.output_format == "text" and not args.quiet:
        _check_summary(outcomes, unread, len(unwritable))
    if errors or unwritable:
        return EXIT_ERROR
    changed = any(o.changed for o in outcomes)
    return EXIT_CHANGES if changed and not args.exit_zero else EXIT_OK


def _check_summary(outcomes: list[Outcome], unread: int, unwritable: int) -> None:
    """The closing lines of ``check``: what was found, and what to do about it."""
    checked = len(outcomes) - unread
    changed = [o for o in outcomes if o.changed]
    n_changes = sum(1 for o in changed for d in o.diagnostics if not d.suggestion)
    n_suggest = sum(1 for o in outcomes for d in o.diagnostics if d.suggestion)
    if changed:
        advice = "; run 'cleantext fix' to apply them" if len(changed) > unwritable else ""
        print(f"Found {n_changes} change(s) in {len(changed)} of {checked} file(s){advice}.")
    elif checked:
        print(f"All clean: {checked} file(s) checked.")
    if n_suggest:
        print(f"{n_suggest} suggestion(s) to review (not applied by fix).")
    if unwritable:
        print(f"{unwritable} file(s) cannot be fixed in their encoding (errors on stderr).")
    if unread:
        print(f"{unread} file(s) could not be checked (errors on stderr).")


def _unwritable(outcomes: Iterable[Outcome]) -> list[tuple[str, str]]:
    """The changed files whose cleaned text their encoding cannot write (``fix`` would
    refuse them), each with the reason."""
    found = []
    for o in outcomes:
        if o.document is None or o.errors or not o.changed:
            continue
        char = o.document.unwritable(o.text)
        if char is not None:
            found.append(
                (
                    o.path,
                    f"{o.path}: 'cleantext fix' cannot apply these changes: the cleaned text has "
                    f"{char!r} (U+{ord(char):04X}), which {o.document.encoding} cannot write. "
                    "Pass --select or --ignore to leave out the rule that writes it (the "
                    "unicode rules), or convert the file to UTF-8",
                )
            )
    return found


def _cmd_fix(args: argparse.Namespace) -> int:
    settings = Settings(args, settle=True)
    runs = _run(args, settings, suggestions=False, default=".")
    write_errors: list[tuple[str, str]] = []
    fixed = []
    for o, from_stdin in runs:
        if _stops(settings, o, from_stdin):
            continue
        assert o.document is not None
        if from_stdin:  # like ruff: fixed standard input goes to standard output
            sys.stdout.buffer.write(o.document.encode(o.text))
            sys.stdout.buffer.flush()
            continue
        if not o.changed:
            continue
        try:
            atomic_write(o.path, o.document.encode(o.text))
            fixed.append(o)
        except CleantextError as exc:
            write_errors.append((o.path, str(exc)))
    if not any(from_stdin for _, from_stdin in runs) and not args.quiet:
        failures = _failures((o for o, _ in runs), write_errors)
        _print_diagnostics(args, fixed, sys.stdout, failures)
        n = sum(1 for o in fixed for d in o.diagnostics if not d.suggestion)
        if args.output_format == "text":
            print(f"Fixed {n} change(s) in {len(fixed)} file(s).")
    errors = _report_errors(o for o, _ in runs)
    for _, e in write_errors:
        print(f"error: {e}", file=sys.stderr)
    return EXIT_ERROR if errors or write_errors else EXIT_OK


def _cmd_diff(args: argparse.Namespace) -> int:
    settings = Settings(args, settle=True)
    runs = _run(args, settings, suggestions=False, default=".")
    for o, _ in runs:
        if o.changed:
            _write_bytes(sys.stdout, _unified(o))
    return EXIT_ERROR if _report_errors(o for o, _ in runs) else EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from cleantext.demo import run_demo

    run_demo(sys.stdout, show_diff=args.diff)
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from cleantext import passes

    for cls in (
        passes.FixUnicode,
        passes.StripBoilerplate,
        passes.RepairSentences,
        passes.NormalizeNames,
        passes.NormalizeWhitespace,
    ):
        for rule in cls.rules:
            print(f"{rule:32s} {cls.__name__}")
    return EXIT_OK


def _corpus(paths: Sequence[str], field: str, jsonl: bool) -> Iterator[str]:
    """Texts of files and JSONL (streamed); ``-`` reads standard input (JSONL with ``jsonl``)."""
    import io

    from cleantext.learn import iter_records, iter_texts

    for path in paths:
        if path == "-" and jsonl:
            stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
            try:
                yield from iter_records(stream, field=field)
            finally:
                stream.detach()  # leave standard input open
        elif path == "-":
            data = sys.stdin.buffer.read().decode("utf-8")
            yield data
        else:
            yield from iter_texts([path], field=field, jsonl=jsonl)


def _check_corpus_output(args: argparse.Namespace) -> None:
    """Refuse an ``-o`` file that is one of the inputs: the list would overwrite it."""
    if not args.output:
        return
    path = _one_of(args.output, [p for p in args.paths if p != "-"])
    if path is not None:
        raise UsageError(
            f"-o {args.output} is also an input ({path}): it would be overwritten; "
            "pass another file"
        )


def _one_of(target: str | Path, paths: Iterable[str | Path]) -> str | Path | None:
    """The first of ``paths`` that is the file ``target`` (the same real path, or the same
    file through another link), or None."""
    real = os.path.realpath(target)
    for path in paths:
        if os.path.realpath(path) == real or (
            os.path.exists(path) and os.path.exists(target) and os.path.samefile(path, target)
        ):
            return path
    return None


def _cmd_learn_boilerplate(args: argparse.Namespace) -> int:
    from cleantext.learn import learn_boilerplate, write_learned

    _check_corpus_output(args)
    learned = learn_boilerplate(
        _corpus(args.paths, args.field, args.jsonl),
        min_docs=args.min_docs,
        min_share=args.min_share,
        max_words=args.max_words,
        sentence_share=args.sentence_share,
    )
    n = write_learned(args.output, learned, source=", ".join(args.paths))
    print(
        f"Wrote {n} recurring line(s) to {args.output}: review them, delete real content, then "
        f"use them with [tool.cleantext.boilerplate] extra-files = [{json.dumps(args.output)}].",
        file=sys.stderr,
    )
    return EXIT_OK


def _cmd_suggest_names(args: argparse.Namespace) -> int:
    from cleantext.suggest import suggest_names, suggestions_toml

    _check_corpus_output(args)
    texts: Iterable[str] = _corpus(args.paths, args.field, args.jsonl)
    if not args.raw:  # mojibake and glued sentences would otherwise become "names"
        pipe = Pipeline.default(ignore=["whitespace"])
        texts = (pipe(t) for t in texts)
    clusters = suggest_names(texts, min_count=args.min_count, max_tokens=args.max_tokens)
    toml = suggestions_toml(clusters, aliases=not args.no_aliases)
    if args.output:
        atomic_write(args.output, toml.encode("utf-8"))
        print(f"Wrote {len(clusters)} name(s) to {args.output}: review it.", file=sys.stderr)
    else:
        sys.stdout.write(toml)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cleantext`` command; returns the exit status.

    >>> main(["rules"]) == 0  # doctest: +ELLIPSIS
    unicode/mojibake ...
    True
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        status: int = args.func(args)
        sys.stdout.flush()  # here, where a failure to write is reported, not at exit
    except (CleantextError, UsageError, ValueError) as exc:
        print(f"cleantext: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl-C: files are written atomically, none half-written
        print("cleantext: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # standard output on a full disk, say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit
        where = f" {exc.filename}" if exc.filename else ""  # the -o file, when it is one
        print(
            f"cleantext: error: cannot write the output{where}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
