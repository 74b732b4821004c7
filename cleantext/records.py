"""Records of data files: JSONL lines and CSV rows, with one text field each to clean.

Untouched records are kept byte for byte; in a changed record only the field's value is
rewritten, so key order, spacing, escapes and the other fields stay as they were.

>>> recs = list(split_jsonl('{"id": 1, "text": "a"}\\n{"id": 2, "text": "b"}\\n'))
>>> [(r.number, r.raw) for r in recs]
[(1, '{"id": 1, "text": "a"}\\n'), (2, '{"id": 2, "text": "b"}\\n')]
>>> get_field(recs[0], "text")
'a'
>>> set_field(recs[0], "text", "A")
'{"id": 1, "text": "A"}\\n'
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cleantext.errors import InputError


@dataclass(frozen=True, slots=True)
class Record:
    """One record: its 1-based ``number`` (line of its start), raw text (with its line end).

    >>> Record(3, '{"text": "x"}\\n', "jsonl").number
    3
    """

    number: int
    raw: str
    kind: str  # "jsonl" or "csv"
    delimiter: str = ","
    header: tuple[str, ...] = ()


def lines_of(text: str) -> Iterator[str]:
    r"""Lines of ``text`` with their endings, split at ``\n`` only.

    Unlike ``str.splitlines`` this keeps U+2028, U+0085 and friends inside a line, as JSON
    and CSV allow.

    >>> list(lines_of("a\u2028b\r\nc"))
    ['a\u2028b\r\n', 'c']
    """
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            if start < len(text):
                yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


# A CSV line with its ending: as Python's csv module reads rows, a lone CR ends one too.
_CSV_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def csv_lines_of(text: str) -> Iterator[str]:
    r"""Lines of a CSV ``text`` with their endings, split at ``\r\n``, ``\n`` and a lone
    ``\r``, as Python's :mod:`csv` module ends rows (a file written with old Mac line
    endings, or with mixed ones, is rows, not one header line).

    >>> list(csv_lines_of("id,text\r1,a\r\n2,b\n3,c"))
    ['id,text\r', '1,a\r\n', '2,b\n', '3,c']
    """
    for m in _CSV_LINE.finditer(text):
        yield m.group()


def split_jsonl(text: str) -> Iterator[Record]:
    """Yield the JSONL records of ``text``: one a line, blank lines included as-is.

    >>> [r.raw for r in split_jsonl('{"a": 1}\\n\\n{"a": 2}')]
    ['{"a": 1}\\n', '\\n', '{"a": 2}']
    """
    for number, line in enumerate(lines_of(text), 1):
        yield Record(number, line, "jsonl")


def iter_jsonl(stream: Iterator[str]) -> Iterator[Record]:
    """Stream JSONL records from an iterator of lines (e.g. a text file opened with newline="").

    >>> [r.number for r in iter_jsonl(iter(['{"a": 1}\\n', '{"a": 2}\\n']))]
    [1, 2]
    """
    for number, line in enumerate(stream, 1):
        yield Record(number, line, "jsonl")


def _body(raw: str) -> tuple[str, str]:
    body = raw[:-1] if raw.endswith("\n") else raw
    body = body[:-1] if body.endswith("\r") else body
    return body, raw[len(body) :]


def get_field(record: Record, field: str) -> str | None:
    """The text of ``field`` in ``record``; ``None`` for a blank line.

    Raises :class:`~cleantext.InputError` (with the record number) for bad JSON, a missing
    field or a field that is not a string.

    >>> get_field(Record(1, '{"text": "hi", "n": 1}\\n', "jsonl"), "text")
    'hi'
    """
    body, _ = _body(record.raw)
    if not body.strip():
        return None
    if record.kind == "csv":
        cells = csv_cells(body, record.delimiter)
        try:
            col = record.header.index(field)
        except ValueError:
            raise InputError(
                f"line {record.number}: no column {field!r}; columns are {', '.join(record.header)}"
            ) from None
        if col >= len(cells):
            return ""
        start, end = cells[col]
        return unquote_cell(body[start:end])
    try:
        obj = json.loads(body)
    except json.JSONDecodeError as exc:
        # (json's own message may end in "at": "Invalid control character at")
        msg = exc.msg.removesuffix(" at")
        raise InputError(
            f"line {record.number}: not valid JSON: {msg} at column {exc.colno}"
        ) from None
    if not isinstance(obj, dict):
        raise InputError(f"line {record.number}: expected a JSON object, got {type(obj).__name__}")
    if field not in obj:
        keys = ", ".join(map(str, list(obj)[:10]))
        raise InputError(f"line {record.number}: no field {field!r} (fields: {keys}); use --field")
    value = obj[field]
    if not isinstance(value, str):
        raise InputError(
            f"line {record.number}: field {field!r} is {type(value).__name__}, not a string"
        )
    return value


def set_field(record: Record, field: str, value: str) -> str:
    """The raw record with ``field`` replaced by ``value``; everything else kept.

    >>> set_field(Record(1, '{"n": 1,"text":"a"}\\r\\n', "jsonl"), "text", "b")
    '{"n": 1,"text":"b"}\\r\\n'
    """
    body, end = _body(record.raw)
    if record.kind == "csv":
        cells = csv_cells(body, record.delimiter)
        start, stop = cells[record.header.index(field)]
        quoted = body[start:stop].startswith('"')
        return body[:start] + quote_cell(value, record.delimiter, force=quoted) + body[stop:] + end
    start, stop = top_level_fields(body)[field]
    escaped = "\\u" in body[start:stop]
    return body[:start] + json.dumps(value, ensure_ascii=escaped) + body[stop:] + end


def value_position(record: Record, field: str, offset: int) -> tuple[int, int]:
    r"""The 1-based line and column in the file of the character at ``offset`` of the value
    of ``field`` in ``record`` (columns count code points, as for plain text): where a
    JSON string writes it (escapes such as ``\u00e9`` and ``\"`` counted as written) or a
    CSV cell does (a doubled quote counted as two). A record whose field cannot be found
    is placed at its start.

    >>> value_position(Record(3, '{"id": 1, "text": "caf\\u00e9 ok"}\n', "jsonl"), "text", 5)
    (3, 30)
    >>> value_position(Record(2, '1,"a\nb  "\n', "csv", ",", ("id", "text")), "text", 3)
    (3, 2)
    """
    return value_positions(record, field, (offset,))[0]


def value_positions(record: Record, field: str, offsets: Sequence[int]) -> list[tuple[int, int]]:
    r""":func:`value_position` of each of ``offsets``, the record read once: its fields
    parsed once and its value walked once, from the first offset to the last, whatever
    their order (a record of a few megabytes with thousands of changes costs one reading,
    not one for each).

    >>> rec = Record(1, '{"text": "a\\"b\\nc d"}\n', "jsonl")
    >>> value_positions(rec, "text", [4, 0, 2])
    [(1, 17), (1, 11), (1, 14)]
    """
    body, _ = _body(record.raw)
    try:
        if record.kind == "csv":
            start, stop = csv_cells(body, record.delimiter)[record.header.index(field)]
            advance = _csv_advance
        else:
            start, stop = top_level_fields(body)[field]
            advance = _json_advance
    except (ValueError, KeyError, IndexError):
        return [(record.number, 1)] * len(offsets)
    breaks = _line_ends(body, csv=record.kind == "csv")
    out: list[tuple[int, int]] = [(record.number, 1)] * len(offsets)
    i, seen = start, 0
    for k in sorted(range(len(offsets)), key=offsets.__getitem__):
        i, seen = advance(body, start, stop, i, seen, offsets[k])
        line = bisect.bisect_left(breaks, i)  # the breaks before index i
        line_start = breaks[line - 1] + 1 if line else 0
        out[k] = (record.number + line, i - line_start + 1)
    return out


def _line_ends(body: str, *, csv: bool) -> list[int]:
    r"""The index of the last character of each line end in ``body``: ``\n``, and in a CSV
    record a lone ``\r`` too (a quoted cell's line break, as :func:`csv_lines_of` reads
    one).

    >>> _line_ends('1,"a\rb\r\nc\nd"', csv=True), _line_ends('1,"a\rb\nc"', csv=False)
    ([4, 7, 9], [6])
    """
    if not csv:
        return [k for k, c in enumerate(body) if c == "\n"] if "\n" in body else []
    if "\r" not in body and "\n" not in body:
        return []
    return [m.end() - 1 for m in _CSV_LINE.finditer(body) if m.group()[-1] in "\r\n"]


def _json_advance(
    body: str, start: int, stop: int, i: int, seen: int, offset: int
) -> tuple[int, int]:
    """The index in ``body`` of character ``offset`` of the JSON string at ``[start,
    stop)``, walked on from index ``i`` of character ``seen`` (``start``, 0: its start),
    and that character's number; a pair of escapes of a high and a low surrogate is one
    character, a lone one is one of its own."""
    if i == start:
        i += 1  # the opening quote
    end = stop - 1
    while seen < offset and i < end:
        if body[i] != "\\":
            i += 1
        elif body[i + 1] != "u":
            i += 2
        else:
            pair = (
                0xD800 <= _hex(body[i + 2 : i + 6]) < 0xDC00
                and body[i + 6 : i + 8] == "\\u"
                and 0xDC00 <= _hex(body[i + 8 : i + 12]) < 0xE000
            )
            i += 12 if pair else 6
        seen += 1
    return i, seen


def _hex(digits: str) -> int:
    """The value of four hexadecimal ``digits`` of an escape, -1 if they are none."""
    try:
        return int(digits, 16)
    except ValueError:
        return -1


def _csv_advance(
    body: str, start: int, stop: int, i: int, seen: int, offset: int
) -> tuple[int, int]:
    """The index in ``body`` of character ``offset`` of the CSV cell at ``[start, stop)``,
    walked on from index ``i`` of character ``seen``, and that character's number."""
    if not body.startswith('"', start):
        return start + offset, offset
    if i == start:
        i += 1  # the opening quote
    while seen < offset and i < stop - 1:
        i += 2 if body.startswith('""', i) else 1
        seen += 1
    return i, seen


def top_level_fields(line: str) -> dict[str, tuple[int, int]]:
    """Spans of the values of a JSON object's top-level keys in ``line``.

    >>> line = '{"id": 1, "text": "a\\\\u00e9", "n": [1, 2]}'
    >>> start, end = top_level_fields(line)["text"]
    >>> line[start:end]
    '"a\\\\u00e9"'
    """
    decoder = json.JSONDecoder()
    i = _skip_ws(line, 0)
    if i >= len(line) or line[i] != "{":
        raise ValueError("not a JSON object")
    i = _skip_ws(line, i + 1)
    spans: dict[str, tuple[int, int]] = {}
    if i < len(line) and line[i] == "}":
        return spans
    while True:
        if i >= len(line) or line[i] != '"':
            raise ValueError(f"expected a key at column {i + 1}")
        key, i = decoder.raw_decode(line, i)
        i = _skip_ws(line, i)
        if i >= len(line) or line[i] != ":":
            raise ValueError(f"expected ':' at column {i + 1}")
        start = _skip_ws(line, i + 1)
        _, end = decoder.raw_decode(line, start)
        spans[key] = (start, end)
        i = _skip_ws(line, end)
        if i < len(line) and line[i] == ",":
            i = _skip_ws(line, i + 1)
            continue
        if i < len(line) and line[i] == "}":
            return spans
        raise ValueError(f"expected ',' or '}}' at column {i + 1}")


def _skip_ws(s: str, i: int) -> int:
    n = len(s)
    while i < n and s[i] in " \t\r\n":
        i += 1
    return i


# --------------------------------------------------------------------------- CSV


def split_csv(text: str, *, delimiter: str = ",") -> Iterator[Record]:
    """Yield the data rows of a CSV text (the first row is the header), raw text kept.

    A quoted cell may hold line breaks: a row ends at a line break outside quotes (``\r\n``,
    ``\n`` or a lone ``\r``, as Python's :mod:`csv` module reads it).

    >>> rows = list(split_csv('id,text\\n1,"a\\nb"\\n2,c\\n'))
    >>> [(r.number, r.raw) for r in rows]
    [(2, '1,"a\\nb"\\n'), (4, '2,c\\n')]
    >>> get_field(rows[0], "text")
    'a\\nb'
    """
    header: tuple[str, ...] | None = None
    for number, raw in _csv_rows(text, delimiter):
        if header is None:
            body = raw.rstrip("\r\n")
            header = tuple(unquote_cell(body[s:e]) for s, e in csv_cells(body, delimiter))
            continue
        yield Record(number, raw, "csv", delimiter, header)


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, str]]:
    """Each row of a CSV text, header first: the line it starts on and its raw text (the
    lines a quoted cell runs over, with their endings)."""
    pending: list[str] = []
    start_line = 1
    quoted = False  # whether a quoted cell runs on past the last line read
    for line_no, line in enumerate(csv_lines_of(text), 1):
        if not pending:
            start_line = line_no
        pending.append(line)
        quoted = _scan_cells(line, delimiter, quoted, None)
        if not quoted:
            yield start_line, "".join(pending)
            pending = []
    if pending:
        raise InputError(f"line {start_line}: unterminated quoted CSV cell")


def csv_header_end(text: str, *, delimiter: str = ",") -> int:
    """The offset just after the header row of a CSV text, as :func:`split_csv` reads it
    (a quote inside an unquoted cell is a character of it; a quoted cell may hold line
    breaks); the text's end when the header never ends.

    >>> csv_header_end('a"b,text\\n1,x\\n'), csv_header_end('"a\\nb",text\\r1,x\\r')
    (9, 11)
    """
    try:
        _, header = next(_csv_rows(text, delimiter), (1, text))
    except InputError:
        return len(text)
    return len(header)


def csv_cells(row: str, delimiter: str) -> list[tuple[int, int]]:
    """Raw spans of the cells of one CSV row (quotes included).

    >>> csv_cells('1,"a,b",c', ",")
    [(0, 1), (2, 7), (8, 9)]
    """
    cells: list[tuple[int, int]] = []
    _scan_cells(row, delimiter, False, cells)
    return cells


def _scan_cells(
    row: str, delimiter: str, quoted: bool, cells: list[tuple[int, int]] | None
) -> bool:
    """Read ``row`` as CSV does: a quote opens a quoted cell only at a cell's start, a
    doubled quote inside one is a quote, and a quote inside an unquoted cell is a
    character of it (``5'11" tall``). ``quoted``: whether the row starts inside a quoted
    cell (a line that one runs on to). Appends each cell's span to ``cells`` if given;
    returns whether a quoted cell is still open at the row's end.

    >>> _scan_cells('1,He is 6 ft 1" tall,x', ",", False, None)
    False
    >>> _scan_cells('1,"a', ",", False, None)
    True
    """
    start = 0
    at_start = not quoted  # at a cell's first character
    i, n = 0, len(row)
    while i < n:
        ch = row[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and row[i + 1] == '"':
                    i += 2
                    continue
                quoted = False
        elif ch == delimiter:
            if cells is not None:
                cells.append((start, i))
            start = i + 1
            at_start = True
            i += 1
            continue
        elif ch == '"' and at_start:
            quoted = True
        at_start = False
        i += 1
    if cells is not None:
        cells.append((start, n))
    return quoted


def unquote_cell(raw: str) -> str:
    """The value of a raw CSV cell.

    >>> unquote_cell('"a ""b"" c"')
    'a "b" c'
    """
    if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
        return raw[1:-1].replace('""', '"')
    return raw


def quote_cell(value: str, delimiter: str, *, force: bool = False) -> str:
    """A CSV cell for ``value``, quoted when needed (or when ``force``).

    >>> quote_cell("a,b", ","), quote_cell("ab", ","), quote_cell("ab", ",", force=True)
    ('"a,b"', 'ab', '"ab"')
    """
    if force or any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value
