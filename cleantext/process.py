"""Cleaning one file: plain text or records, with diagnostics in file coordinates.

This is what ``cleantext check``, ``fix`` and ``clean`` do per file; it is a thin shell over
:meth:`cleantext.Pipeline.run`.

>>> from cleantext import Pipeline
>>> out = process_text(Pipeline.default(), "One.\\nADVERTISEMENT\\nTwo.  \\n", "a.txt")
>>> out.text
'One.\\nTwo.\\n'
>>> for d in out.diagnostics:
...     print(d.format())
a.txt:2:1: boilerplate/ad-marker 'ADVERTISEMENT\\n' -> '' (ad marker line removed)
a.txt:3:5: whitespace/trailing '  ' -> '' (trailing whitespace)
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cleantext.edits import Change, Result, chains, describe
from cleantext.errors import CleantextError, InputError
from cleantext.io import Document, LineIndex, decode_bytes, printable
from cleantext.passes.base import EMPTY_CONTEXT, Context
from cleantext.pipeline import Pipeline
from cleantext.records import (
    Record,
    csv_header_end,
    get_field,
    set_field,
    split_csv,
    split_jsonl,
    value_positions,
)

#: File name endings of Markdown documents: their text is cleaned with
#: ``Context(markdown=True)`` (two trailing spaces inside a paragraph are a hard break).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")

#: File name endings of markup in which an HTML entity is syntax the author wrote on
#: purpose (``&lt;``, ``&#124;`` in a table, ``&nbsp;``): Markdown, reStructuredText and
#: HTML. The unicode pass leaves entities alone there (``unescape_html=False``) unless the
#: configuration switches decoding on (``unescape-html = true``).
MARKUP_SUFFIXES = (*MARKDOWN_SUFFIXES, ".rst", ".rest", ".html", ".htm", ".xhtml", ".xml")

ON_ERROR = ("raise", "keep", "reject")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One change (or suggestion) at a place in a file.

    >>> from cleantext import Pipeline
    >>> (change,) = Pipeline.default().run("x  ").edits
    >>> Diagnostic("a.txt", 1, 2, change).format()
    "a.txt:1:2: whitespace/trailing '  ' -> '' (trailing whitespace)"
    """

    path: str
    line: int
    col: int
    change: Change
    field: str | None = None
    suggestion: bool = False
    #: The changes of the passes that made this one change to the original text, when
    #: there were several (see :func:`report`): the one that spans the most first, then in
    #: the order they were made.
    steps: tuple[Change, ...] = ()

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule involved in the change (the one that spans the most first).

        >>> from cleantext import Pipeline
        >>> (change,) = Pipeline.default().run("x  ").edits
        >>> Diagnostic("a.txt", 1, 2, change).rules
        ('whitespace/trailing',)
        """
        if not self.steps:
            return (self.change.rule,)
        return tuple(dict.fromkeys(c.rule for c in self.steps))

    def format(self) -> str:
        """``path:line:col: rule before -> after (note)``.

        Records read ``path:line: field F: rule before -> after (note)`` (the column is in
        :meth:`as_dict`). A change that several passes made together names each rule,
        joined by ``+``.
        """
        path = printable(self.path)  # a line break in a name must not split the line
        if self.field is not None:
            return f"{path}:{self.line}: {self._message()}"
        return f"{path}:{self.line}:{self.col}: {self._message()}"

    def format_github(self) -> str:
        """A GitHub Actions workflow command (``--output-format github``): an error
        annotation for a change, a notice for a suggestion, at the file, line and column.

        >>> from cleantext import Pipeline
        >>> (change,) = Pipeline.default().run("x  ").edits
        >>> print(Diagnostic("a, b.txt", 1, 2, change).format_github())  # doctest: +ELLIPSIS
        ::error file=a%2C b.txt,line=1,col=2,title=cleantext whitespace/trailing::whitespace/...
        """
        level = "notice" if self.suggestion else "error"
        props = f"file={_github_property(self.path)},line={self.line}"
        if self.field is None:
            props += f",col={self.col}"
        title = _github_property(f"cleantext {self.change.rule}")
        return f"::{level} {props},title={title}::{_github_data(self._message())}"

    def _message(self) -> str:
        """What :meth:`format` writes after the place: ``[field F: ][suggestion: ]change``."""
        text = describe(self.change)
        if self.suggestion:
            text = f"suggestion: {text}"
        if self.field is not None:
            text = f"field {self.field}: {text}"
        return text

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (for ``--output-format json``)."""
        d: dict[str, object] = {
            "path": self.path,
            "line": self.line,
            "column": self.col,
            "suggestion": self.suggestion,
        }
        if self.field is not None:
            d["field"] = self.field
        d.update(self.change.as_dict())
        d["rules"] = list(self.rules)
        d["passes"] = list(dict.fromkeys(c.pass_name for c in self.steps or (self.change,)))
        return d


def _github_data(text: str) -> str:
    """``text`` escaped as the message of a GitHub workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """``text`` escaped as a property (``file=``, ``title=``) of a GitHub workflow command."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What cleaning one file found: new text (if changed), diagnostics, errors.

    ``errors`` stop the file (it is not rewritten); ``handled`` are bad records that the
    ``on_error`` policy kept or rejected, reported as warnings.

    >>> Outcome("a.txt", "old", "new").changed
    True
    """

    path: str
    original: str
    text: str
    diagnostics: tuple[Diagnostic, ...] = ()
    errors: tuple[str, ...] = ()
    handled: tuple[str, ...] = ()
    records: int = 0
    failed: int = 0
    rejects: tuple[str, ...] = ()
    document: Document | None = field(default=None, repr=False)

    @property
    def changed(self) -> bool:
        return self.text != self.original


def unread(name: str, reason: str) -> Outcome:
    """The outcome of a file that could not be read: an error, and one record failed.

    >>> unread("a.txt", "cannot read: Permission denied").errors
    ('a.txt: cannot read: Permission denied',)
    """
    return Outcome(name, "", "", (), (f"{name}: {reason}",), (), 0, 1)


def _diagnostics(
    result: Result, name: str, index: LineIndex | None, record: Record | None, fld: str | None
) -> list[Diagnostic]:
    """The diagnostics of ``result``: one per change to the original text (see
    :func:`report`), then the suggestions, located at the :func:`focus` of each change."""
    found = [(change, False, steps) for change, steps in report(result)]
    found += [(change, True, ()) for change in result.suggestions]
    if record is not None:  # the record read once for all its changes
        assert fld is not None
        places = value_positions(record, fld, [focus(change) for change, _, _ in found])
    else:
        assert index is not None
        places = [index.line_col(focus(change)) for change, _, _ in found]
    out = [
        Diagnostic(name, line, col, change, fld, suggestion, steps)
        for (change, suggestion, steps), (line, col) in zip(found, places, strict=True)
    ]
    out.sort(key=lambda d: (d.line, d.col, d.change.start, d.suggestion))  # as in the file
    return out


def report(result: Result) -> list[tuple[Change, tuple[Change, ...]]]:
    """The changes of ``result`` as the original text sees them: one per place, each with
    the steps that made it (empty for a change one pass made alone).

    Where a later pass, or a later round of a settling pipeline, rewrote what an earlier
    one wrote (``&nbsp;`` decoded to a no-break space, which the whitespace pass then makes
    a space), the steps are merged into one change whose ``before`` is the text of the
    original (``original[start:end]``) and ``after`` the text that replaced it; its rule
    names every rule involved, joined by ``+`` (the rule whose edit spans the most of the
    place first, then in the order the passes ran). :attr:`Result.edits` itself is unchanged
    (it replays step by step).

    >>> from cleantext import Pipeline
    >>> [(c.rule, c.before, c.after) for c, _ in report(Pipeline.default().run("a&nbsp;b"))]
    [('unicode/html-entity+whitespace/odd-space', '&nbsp;', ' ')]
    """
    groups = chains(result.edits)
    merged: list[tuple[Change, tuple[Change, ...]]] = []
    pos = out = 0  # the end of the last group, in the original and in the output
    for start, end, members in groups:
        out += start - pos
        size = (end - start) + sum(len(c.after) - len(c.before) for c in members)
        # the change that spans the most of the place first: it names the change
        members = sorted(members, key=lambda c: (c.start - c.end, c.stage))
        if len(members) == 1:
            merged.append((members[0], ()))
        else:
            merged.append(
                (
                    _merged(result, start, end, result.text[out : out + size], members),
                    tuple(members),
                )
            )
        pos, out = end, out + size
    if out + len(result.original) - pos != len(result.text):  # pragma: no cover - defensive
        return [(c, ()) for c in result.edits]
    return merged


def _merged(result: Result, start: int, end: int, after: str, members: list[Change]) -> Change:
    """One change for the chained ``members``: the original's ``[start, end)`` became
    ``after``."""
    first = members[0]
    return Change(
        "+".join(dict.fromkeys(c.rule for c in members)),
        start,
        end,
        result.original[start:end],
        after,
        "; ".join(dict.fromkeys(c.note for c in members if c.note)),
        "+".join(dict.fromkeys(c.pass_name for c in members)),
        first.stage,
        first.edit,
    )


def focus(change: Change) -> int:
    r"""The offset a diagnostic of ``change`` points at: the first character that changes.

    The line breaks that ``before`` and ``after`` start with are kept, so they are
    skipped; so are the line breaks that a removed line's edit starts with (the edit takes
    the line break before the line with it): the diagnostic lands on the first line that
    changes, not at the end of the line above it.

    >>> from cleantext.edits import Edit
    >>> def change(start, before, after):
    ...     return Change("r", start, start + len(before), before, after, "", "p", 0,
    ...                   Edit(0, 0, "", "r"))
    >>> focus(change(25, "\n\nFollow us on Twitter", "")), focus(change(4, "\n\n\n\n", "\n\n"))
    (27, 6)
    >>> focus(change(3, "", ". ")), focus(change(3, "  ", "")), focus(change(5, "&amp;", "&"))
    (3, 3, 5)
    """
    before, after = change.before, change.after
    same = 0
    limit = min(len(before), len(after))
    while same < limit and before[same] == after[same] and before[same] in "\r\n":
        same += 1
    rest = before[same:]
    skip = len(rest) - len(rest.lstrip("\r\n"))
    if skip == len(rest):  # only line breaks: the first one stays where it is
        skip = 0
    return change.start + same + skip


def process_text(
    pipe: Pipeline,
    text: str,
    name: str,
    *,
    suggestions: bool = False,
    context: Context | None = None,
) -> Outcome:
    """Clean one plain-text document and locate every change in it.

    >>> from cleantext import Pipeline
    >>> process_text(Pipeline.default(), "a\\nb  \\n", "f.txt").diagnostics[0].line
    2
    """
    if name.lower().endswith(MARKDOWN_SUFFIXES):  # its hard line breaks are layout
        context = dataclasses.replace(context or EMPTY_CONTEXT, markdown=True)
    pipe = for_file(pipe, name)
    result = pipe.run(text, suggestions=suggestions, context=context)
    diags = _diagnostics(result, name, LineIndex(text), None, None)
    return Outcome(name, text, result.text, tuple(diags))


def for_file(pipe: Pipeline, name: str) -> Pipeline:
    """``pipe`` as it cleans the file ``name``: in markup (:data:`MARKUP_SUFFIXES`) the
    unicode pass leaves HTML entities alone, unless its ``unescape_html`` was switched on
    (``True``) rather than left to ``"auto"``.

    >>> from cleantext import Pipeline
    >>> for_file(Pipeline.default(), "a.md")("Fish &amp; chips")
    'Fish &amp; chips'
    >>> for_file(Pipeline.default(), "a.txt")("Fish &amp; chips")
    'Fish & chips'
    """
    if not name.lower().endswith(MARKUP_SUFFIXES):
        return pipe
    steps = tuple(
        dataclasses.replace(p, unescape_html=False)  # type: ignore[type-var]
        if getattr(p, "unescape_html", None) == "auto"
        else p
        for p in pipe.passes
    )
    if all(new is old for new, old in zip(steps, pipe.passes, strict=True)):
        return pipe
    return Pipeline(steps, select=pipe.select, ignore=pipe.ignore, settle=pipe.settle)


def process_records(
    pipe: Pipeline,
    text: str,
    name: str,
    *,
    kind: str,
    field_name: str,
    suggestions: bool = False,
    on_error: str = "raise",
    context: Context | None = None,
) -> Outcome:
    """Clean one field of every record of a JSONL or CSV text.

    ``on_error``: ``"raise"`` reports the first bad record and leaves the file as it is;
    ``"keep"`` keeps a bad record unchanged and reports it; ``"reject"`` drops it from the
    output and returns it in :attr:`Outcome.rejects` with its error.

    >>> from cleantext import Pipeline
    >>> text = '{"text": "a  "}\\nnot json\\n'
    >>> out = process_records(Pipeline.default(), text, "d.jsonl", kind="jsonl",
    ...                       field_name="text", on_error="keep")
    >>> out.text, out.handled
    ('{"text": "a"}\\nnot json\\n', ('d.jsonl:2: not valid JSON: Expecting value at column 1',))
    """
    if on_error not in ON_ERROR:
        raise InputError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
    delimiter = "\t" if kind == "tsv" else ","
    if kind == "jsonl":
        records: Iterable[Record] = split_jsonl(text)
    else:
        records = split_csv(text, delimiter=delimiter)
    parts: list[str] = []
    diags: list[Diagnostic] = []
    handled: list[str] = []
    rejects: list[str] = []
    count = failed = 0
    covered = 0  # characters of the text that the header and the records hold
    if kind != "jsonl":
        header_end = csv_header_end(text, delimiter=delimiter)
        parts.append(text[:header_end])
        covered = header_end
    try:
        for record in records:
            covered += len(record.raw)
            value = None
            try:
                value = get_field(record, field_name)
                if value is None:  # blank line
                    parts.append(record.raw)
                    continue
                count += 1
                result = pipe.run(value, suggestions=suggestions, context=context)
            except CleantextError as exc:
                if value is None:  # the record itself was bad: count it here
                    count += 1
                failed += 1
                message = f"{name}:{record.number}: {_strip_prefix(str(exc), record.number)}"
                if on_error == "raise":
                    return Outcome(name, text, text, (), (message,), (), count, failed)
                handled.append(message)
                if on_error == "reject":
                    rejects.append(_reject_line(name, record, str(exc)))
                else:
                    parts.append(record.raw)
                continue
            diags.extend(_diagnostics(result, name, None, record, field_name))
            parts.append(
                set_field(record, field_name, result.text) if result.changed else record.raw
            )
    except InputError as exc:  # a CSV file that cannot be split into rows
        return Outcome(name, text, text, (), (f"{name}: {exc}",), (), count, failed + 1)
    if covered != len(text):  # never write a file that lost part of its text
        message = (
            f"{name}: its records hold {covered:,} of its {len(text):,} characters, a bug in "
            "cleantext (please report it); the file is left as it is"
        )
        return Outcome(name, text, text, (), (message,), (), count, failed + 1)
    return Outcome(
        name, text, "".join(parts), tuple(diags), (), tuple(handled), count, failed, tuple(rejects)
    )


def _strip_prefix(message: str, number: int) -> str:
    prefix = f"line {number}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _reject_line(name: str, record: Record, error: str) -> str:
    return json.dumps(
        {
            "source": name,
            "line": record.number,
            "error": error,
            "record": record.raw.rstrip("\r\n"),
        },
        ensure_ascii=False,
    )


def process_bytes(
    pipe: Pipeline,
    data: bytes,
    name: str,
    *,
    kind: str | None = None,
    field_name: str | None = None,
    encoding: str = "utf-8",
    suggestions: bool = False,
    on_error: str = "raise",
    context: Context | None = None,
) -> Outcome:
    """Decode file contents and clean them as text (``kind=None``) or as records.

    >>> from cleantext import Pipeline
    >>> process_bytes(Pipeline.default(), b"\\xff", "bad.txt").errors  # doctest: +ELLIPSIS
    ('bad.txt: not valid utf-8 at line 1, column 1 (byte offset 0: 0xff); ...',)
    """
    try:
        doc = decode_bytes(data, name=name, encoding=encoding)
    except InputError as exc:
        return Outcome(name, "", "", (), (str(exc),), (), 0, 1)
    try:
        if kind is None:
            out = process_text(pipe, doc.text, name, suggestions=suggestions, context=context)
        else:
            if not field_name:
                raise InputError(
                    f"{name}: a {kind.upper()} file needs the field to clean: "
                    "pass --field NAME (or set field/fields in the config)"
                )
            out = process_records(
                pipe,
                doc.text,
                name,
                kind=kind,
                field_name=field_name,
                suggestions=suggestions,
                on_error=on_error,
                context=context,
            )
    except CleantextError as exc:
        return Outcome(name, doc.text, doc.text, (), (str(exc),), (), 0, 1, (), doc)
    return dataclasses.replace(out, document=doc)


def process_path(
    pipe: Pipeline,
    path: Path,
    *,
    kind: str | None = None,
    field_name: str | None = None,
    encoding: str = "utf-8",
    suggestions: bool = False,
    on_error: str = "raise",
    display: str | None = None,
    context: Context | None = None,
) -> Outcome:
    """Read ``path`` and clean it (see :func:`process_bytes`); read errors become errors.

    >>> from pathlib import Path
    >>> from cleantext import Pipeline
    >>> process_path(Pipeline.default(), Path("/no/such.txt")).errors
    ('/no/such.txt: cannot read: No such file or directory',)
    """
    name = display or str(path)
    try:
        if path.is_dir():
            return unread(name, "cannot read: is a directory")
        if path.exists() and not path.is_file():
            # a FIFO, a socket or a device: reading it could wait for ever
            return unread(name, "not a regular file; cleantext reads only files")
        data = path.read_bytes()
    except OSError as exc:
        return unread(name, f"cannot read: {exc.strerror or exc}")
    return process_bytes(
        pipe,
        data,
        name,
        kind=kind,
        field_name=field_name,
        encoding=encoding,
        suggestions=suggestions,
        on_error=on_error,
        context=context,
    )
