"""Streaming JSONL and Parquet in and out, in constant memory, on every core.

Records are read, cleaned and written in order, a bounded window at a time, so a file of
any size is cleaned with flat memory. In JSONL, only the cleaned field of a changed record
is rewritten; every other byte (other fields, key order, escapes, line ends, blank lines)
is kept, and untouched records come out byte for byte. ``edits_field`` attaches the edits of
each cleaned record as a JSON list.

Bad records (invalid UTF-8 or JSON, a missing or non-string field, a document a pass fails
on) follow ``on_error``: ``"raise"`` stops with an error naming the line, ``"keep"`` writes
the record unchanged, ``"reject"`` leaves it out of the output and writes it, with its error,
to ``rejects``. Records in always equal records out plus rejects.

>>> import io
>>> from cleantext import Pipeline, passes
>>> src = io.BytesIO(b'{"id": 1, "text": "a  \\\\nb"}\\n{"id": 2, "text": "ok"}\\n')
>>> out = io.BytesIO()
>>> stats = clean_jsonl_stream(src, out, pipeline=Pipeline([passes.NormalizeWhitespace()]),
...                            field="text")
>>> print(out.getvalue().decode(), end="")
{"id": 1, "text": "a\\nb"}
{"id": 2, "text": "ok"}
>>> stats.records, stats.changed, stats.failed
(2, 1, 0)
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from cleantext.batch import (
    CHUNK_CHARS,
    CHUNK_SIZE,
    WINDOW_CHARS,
    WINDOW_DOCS,
    Cleaned,
    Failure,
    Task,
    batch_context,
    check_on_error,
    iter_results,
    resolve_jobs,
    run_tasks,
    uses_vocabulary,
    vocabulary_function,
    windows,
    with_evidence,
)
from cleantext.errors import CleantextError, InputError
from cleantext.io import atomic_output, resolve_encoding
from cleantext.passes.base import EMPTY_CONTEXT, Context
from cleantext.pipeline import Pipeline
from cleantext.progress import Progress
from cleantext.records import Record, get_field, set_field, top_level_fields

#: How many failure messages :class:`StreamStats` keeps (the counts are always complete).
MAX_MESSAGES = 100


@dataclass
class StreamStats:
    """What a streaming run did. ``records`` = ``written`` + ``rejected`` (blank lines are
    copied and counted apart).

    >>> import io
    >>> from cleantext import Pipeline
    >>> out = io.BytesIO()
    >>> stats = clean_jsonl_stream(io.BytesIO(b'{"text": "a  b"}\\n'), out,
    ...                            pipeline=Pipeline.default(), field="text")
    >>> stats.records, stats.changed, out.getvalue()
    (1, 1, b'{"text": "a b"}\\n')
    """

    records: int = 0
    written: int = 0
    changed: int = 0
    edits: int = 0
    failed: int = 0
    kept: int = 0
    rejected: int = 0
    blank: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for standard error.

        >>> StreamStats(records=3, written=2, changed=1, failed=1, rejected=1).summary()
        'cleantext: 3 records, 1 changed, 1 failed (1 rejected)'
        """
        text = f"cleantext: {self.records:,} records, {self.changed:,} changed"
        if self.failed:
            how = []
            if self.kept:
                how.append(f"{self.kept:,} kept")
            if self.rejected:
                how.append(f"{self.rejected:,} rejected")
            text += f", {self.failed:,} failed ({', '.join(how)})"
        return text


def _writer(f: IO[Any]) -> Callable[[bytes], None]:
    """A function writing bytes to a binary or text file."""
    if hasattr(f, "encoding"):
        buffer = getattr(f, "buffer", None)
        if buffer is not None:
            f.flush()

            def write_buffer(data: bytes) -> None:
                buffer.write(data)

            return write_buffer

        def write_text(data: bytes) -> None:
            f.write(data.decode("utf-8", "surrogateescape"))

        return write_text

    def write_raw(data: bytes) -> None:
        f.write(data)

    return write_raw


def _lines(f: IO[Any]) -> Iterator[bytes]:
    """Lines of a binary (or text) file as bytes, split at ``\\n`` only."""
    source = getattr(f, "buffer", f) if hasattr(f, "encoding") else f
    for line in source:
        yield line if isinstance(line, bytes) else line.encode("utf-8", "surrogateescape")


def stream_encoding(infile: IO[Any], encoding: str = "utf-8") -> str:
    """The encoding a JSONL stream is read and written in: ``encoding``, or the UTF-16 or
    UTF-32 one that a byte-order mark opening a binary ``infile`` names when ``encoding``
    is UTF-8 (as :func:`~cleantext.io.decode_bytes` reads a file), with its byte order
    (a stream is written a piece at a time: "utf-16" would put a mark before each).
    ``infile`` is only peeked at.

    >>> import io
    >>> stream_encoding(io.BufferedReader(io.BytesIO(b"\\xff\\xfe{\\x00")))
    'utf-16-le'
    >>> stream_encoding(io.BufferedReader(io.BytesIO(b"\\xfe\\xff\\x00{")), "UTF-16")
    'utf-16-be'
    """
    if hasattr(infile, "encoding"):
        return "utf-8"  # a text file: its own layer decodes it
    peek = getattr(infile, "peek", None)
    found = resolve_encoding(peek(4)[:4] if peek is not None else b"", encoding)
    try:
        codecs.lookup(found)
    except LookupError:
        raise InputError(
            f"unknown encoding {found!r}; use a name such as utf-8 or cp1252"
        ) from None
    return found


def _utf8(encoding: str) -> bool:
    return codecs.lookup(encoding).name == "utf-8"


def _transcoded_lines(infile: IO[Any], encoding: str, name: str) -> Iterator[bytes]:
    """The lines of the binary ``infile`` in ``encoding`` (split at ``\\n`` only, as JSON
    Lines are), as UTF-8 bytes (a byte-order mark as a UTF-8 one), decoded strictly; a
    byte that is no text of the encoding is an error that names its line."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pieces: list[str] = []  # the line read so far (a long one comes in many chunks)
    number = 0
    final = False
    while not final:
        chunk = infile.read(1 << 16)
        final = not chunk
        try:
            lines = decoder.decode(chunk, final=final).split("\n")
        except UnicodeDecodeError as exc:
            before = exc.object[: exc.start].decode(encoding, "replace")
            at = number + before.count("\n") + 1
            raise InputError(
                f"{name}: not valid {encoding} at line {at} (byte 0x{exc.object[exc.start]:02x}); "
                "pass --encoding if the file uses another encoding, or fix the file"
            ) from None
        for line in lines[:-1]:
            pieces.append(line)
            number += 1
            yield ("".join(pieces) + "\n").encode("utf-8", "surrogatepass")
            pieces = []
        pieces.append(lines[-1])
    rest = "".join(pieces)
    if rest:
        yield rest.encode("utf-8", "surrogatepass")


def _transcoding(
    write: Callable[[bytes], None], encoding: str, name: str
) -> Callable[[bytes], None]:
    """``write`` of UTF-8 bytes (whole records) as ``encoding``; a character that the
    encoding cannot write is an error."""

    def write_as(data: bytes) -> None:
        text = data.decode("utf-8", "surrogatepass")
        try:
            write(text.encode(encoding))
        except UnicodeEncodeError as exc:
            raise InputError(
                f"{name}: the cleaned text has {exc.object[exc.start]!r}, which {encoding} "
                "cannot write (the records before it are written). Pass --select or --ignore "
                "to leave out the rule that writes it (the unicode rules), or convert the "
                "file to UTF-8"
            ) from None

    return write_as


def reject_line(name: str, number: int, error: str, record: str) -> str:
    """A line of the rejects file (JSON): source, line, error and the record as it was.

    >>> reject_line("in.jsonl", 3, "not valid JSON", "{oops")
    '{"source": "in.jsonl", "line": 3, "error": "not valid JSON", "record": "{oops"}'
    """
    return json.dumps(
        {"source": name, "line": number, "error": error, "record": record.rstrip("\r\n")},
        ensure_ascii=False,
    )


class _Policy:
    """Applies ``on_error`` to failed records: counts, reports, writes rejects."""

    def __init__(
        self,
        stats: StreamStats,
        on_error: str,
        rejects: IO[Any] | None,
        on_failure: Callable[[str], object] | None,
    ) -> None:
        check_on_error(on_error)
        self.stats = stats
        self.on_error = on_error
        self.reject_write = _writer(rejects) if rejects is not None else None
        self.on_failure = on_failure

    def fail(self, message: str, error_type: str, reject: str) -> bool:
        """Handle one failure; return True when the record is kept (written unchanged)."""
        stats = self.stats
        stats.failed += 1
        if self.on_error == "raise":
            cls = _ERRORS.get(error_type, InputError)
            raise cls(message)
        if len(stats.messages) < MAX_MESSAGES:
            stats.messages.append(message)
        if self.on_failure is not None:
            self.on_failure(message)
        if self.on_error == "keep":
            stats.kept += 1
            return True
        stats.rejected += 1
        if self.reject_write is not None:
            self.reject_write((reject + "\n").encode("utf-8", "surrogateescape"))
        else:
            print(f"rejected: {reject}", file=sys.stderr)
        return False


def _error_classes() -> dict[str, type[CleantextError]]:
    import cleantext.errors as errors

    return {
        name: value
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, CleantextError)
    }


_ERRORS = _error_classes()


# --------------------------------------------------------------------------- JSONL


def attach_field(line: str, key: str, value: object) -> str:
    """``line`` (one JSON object) with ``key`` set to ``value``; all else kept as it was.

    An existing key is replaced in place; a new one is added at the end.

    >>> attach_field('{"id": 1, "text": "a"}\\n', "edits", [])
    '{"id": 1, "text": "a", "edits": []}\\n'
    >>> attach_field('{"id":1,"edits":null}', "edits", [{"rule": "x"}])
    '{"id":1,"edits":[{"rule":"x"}]}'
    """
    body = line.rstrip("\r\n")
    end = line[len(body) :]
    compact = '": ' not in body and ', "' not in body
    separators = (",", ":") if compact else (", ", ": ")
    encoded = json.dumps(value, ensure_ascii="\\u" in body, separators=separators)
    spans = top_level_fields(body)
    if key in spans:
        start, stop = spans[key]
        return body[:start] + encoded + body[stop:] + end
    close = body.rstrip().rfind("}")
    head = body[:close]
    stripped = head.rstrip()
    comma = "" if stripped.endswith("{") else separators[0]
    pair = json.dumps(key, ensure_ascii=False) + separators[1] + encoded
    return stripped + comma + pair + head[len(stripped) :] + body[close:] + end


# A line's outcome, computed in a worker: ("same" | "blank", None, 0) keeps the raw line,
# ("out", bytes, n_edits) writes new bytes, ("fail", (message, error_type), 0) is a failure.
LineResult = tuple[str, Any, int]


def _clean_jsonl_lines(
    pipeline: Pipeline,
    context: Context,
    payload: tuple[int, list[bytes], str, str | None, str],
) -> list[LineResult]:
    first, lines, field_name, edits_field, name = payload
    out: list[LineResult] = []
    for i, raw in enumerate(lines):
        out.append(_clean_line(pipeline, context, first + i, raw, field_name, edits_field, name))
    return out


def _clean_line(
    pipeline: Pipeline,
    context: Context,
    number: int,
    raw: bytes,
    field_name: str,
    edits_field: str | None,
    name: str,
) -> LineResult:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = f"{name}:{number}: not valid UTF-8 at byte {exc.start} of the line"
        return ("fail", (message, "InputError"), 0)
    record = Record(number, line, "jsonl")
    try:
        value = get_field(record, field_name)
        if value is None:
            return ("blank", None, 0)
        result = pipeline.run(value, context=context)
    except CleantextError as exc:
        text = str(exc)
        prefix = f"line {number}: "
        text = text[len(prefix) :] if text.startswith(prefix) else text
        return ("fail", (f"{name}:{number}: {text}", type(exc).__name__), 0)
    if not result.changed and edits_field is None:
        return ("same", None, 0)
    new = set_field(record, field_name, result.text) if result.changed else line
    if edits_field is not None:
        new = attach_field(new, edits_field, [c.as_dict() for c in result.edits])
    return ("out", new.encode("utf-8"), len(result.edits) if result.changed else 0)


def _jsonl_vocabulary_texts(lines: Iterable[bytes], field_name: str) -> Iterator[str]:
    for raw in lines:
        try:
            obj = json.loads(raw)
        except ValueError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get(field_name), str):
            yield obj[field_name]


def clean_jsonl_stream(
    infile: IO[Any],
    outfile: IO[Any],
    *,
    pipeline: Pipeline,
    field: str = "text",
    edits_field: str | None = None,
    jobs: int | None = 1,
    on_error: str = "raise",
    rejects: IO[Any] | None = None,
    progress: Progress | None = None,
    name: str = "-",
    on_failure: Callable[[str], object] | None = None,
    chunk_size: int | None = None,
    encoding: str = "utf-8",
) -> StreamStats:
    """Clean ``field`` of every JSONL record of ``infile`` into ``outfile``, streaming.

    Files may be binary (preferred: bytes are kept exactly) or text. Records go to ``jobs``
    worker processes in chunks (``None``/``0``: every core; the pipeline is sent to each
    worker once) and come back in order. A byte-order mark on the first line is kept.
    A binary ``infile`` is read in ``encoding`` (a UTF-16 or UTF-32 byte-order mark names
    its own, as for text files), and the output is written in the same encoding.

    ``on_failure(message)`` is called for every record kept or rejected, and
    :attr:`StreamStats.messages` holds the first :data:`MAX_MESSAGES` of them. Without a
    ``rejects`` file, rejected records are printed to standard error as ``rejected: {...}``.
    With ``on_error="raise"`` the first bad record raises an error naming its line (what
    was written before it stays written).

    >>> import io
    >>> from cleantext import Pipeline, passes
    >>> src = io.BytesIO(b'{"text": "x  y"}\\nnot json\\n')
    >>> out, rej = io.BytesIO(), io.BytesIO()
    >>> s = clean_jsonl_stream(src, out, pipeline=Pipeline([passes.NormalizeWhitespace()]),
    ...                        edits_field="edits", on_error="reject", rejects=rej, name="in")
    >>> print(out.getvalue().decode(), end="")  # doctest: +ELLIPSIS
    {"text": "x y", "edits": [{"rule": "whitespace/spaces", "pass": "whitespace", ...}]}
    >>> json.loads(rej.getvalue())["error"]
    'not valid JSON: Expecting value at column 1'
    """
    if edits_field is not None and edits_field == field:
        raise ValueError(
            f"edits_field {edits_field!r} is the field that is cleaned: the edits would "
            "replace the text; pass another name"
        )
    stats = StreamStats()
    policy = _Policy(stats, on_error, rejects, on_failure)
    write = _writer(outfile)
    encoding = stream_encoding(infile, encoding)
    if not _utf8(encoding):  # read and written in its own encoding, cleaned as UTF-8
        write = _transcoding(write, encoding, name)
    jobs = resolve_jobs(jobs)
    size = chunk_size or CHUNK_SIZE
    need_vocabulary = uses_vocabulary(pipeline) and vocabulary_function() is not None
    held: collections.deque[tuple[int, list[bytes]]] = collections.deque()
    source = _lines(infile) if _utf8(encoding) else _transcoded_lines(infile, encoding, name)

    def numbered() -> Iterator[bytes]:
        for number, raw in enumerate(source, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                write(b"\xef\xbb\xbf")
                stats.bytes_out += 3
                stats.bytes_in += 3
                raw = raw[3:]
            yield raw

    def tasks() -> Iterator[Task]:
        number = 1
        groups = windows(numbered(), len, max_items=WINDOW_DOCS, max_size=WINDOW_CHARS)

        def evidence_of(group: list[bytes]) -> Context:
            if not need_vocabulary:
                return EMPTY_CONTEXT
            return batch_context(pipeline, _jsonl_vocabulary_texts(group, field))

        ahead = need_vocabulary and jobs > 1
        for _, group, evidence in with_evidence(groups, evidence_of, ahead=ahead):
            for chunk in windows(group, len, max_items=size, max_size=CHUNK_CHARS):
                held.append((number, chunk))
                yield (
                    _clean_jsonl_lines,
                    (number, chunk, field, edits_field, name),
                    evidence,
                )
                number += len(chunk)

    with contextlib.closing(run_tasks(pipeline, tasks(), jobs=jobs)) as running:
        for results in running:
            first, chunk = held.popleft()
            _write_jsonl_chunk(results, first, chunk, write, policy, stats, name)
            if progress is not None:
                progress.update(docs=len(results), nbytes=sum(map(len, chunk)))
    if hasattr(outfile, "flush"):
        outfile.flush()
    return stats


def _write_jsonl_chunk(
    results: list[LineResult],
    first: int,
    chunk: list[bytes],
    write: Callable[[bytes], None],
    policy: _Policy,
    stats: StreamStats,
    name: str,
) -> None:
    pieces: list[bytes] = []
    for i, (kind, data, n_edits) in enumerate(results):
        raw = chunk[i]
        stats.bytes_in += len(raw)
        if kind == "blank":
            stats.blank += 1
            pieces.append(raw)
            continue
        stats.records += 1
        if kind == "fail":
            message, error_type = data
            number = first + i
            record = raw.decode("utf-8", "backslashreplace")
            reject = reject_line(name, number, _detail(message, name, number), record)
            _emit(write, pieces, stats)  # the output stays in order up to the failure
            pieces = []
            if not policy.fail(message, error_type, reject):
                continue
            pieces.append(raw)
        elif kind == "out":
            pieces.append(data)
            if n_edits:
                stats.changed += 1
                stats.edits += n_edits
        else:
            pieces.append(raw)
        stats.written += 1
    _emit(write, pieces, stats)


def _detail(message: str, name: str, number: int) -> str:
    prefix = f"{name}:{number}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _emit(write: Callable[[bytes], None], pieces: list[bytes], stats: StreamStats) -> None:
    if pieces:
        data = b"".join(pieces)
        write(data)
        stats.bytes_out += len(data)


def clean_jsonl_file(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    **kwargs: Any,
) -> StreamStats:
    """Stream ``source`` into ``dest`` (see :func:`clean_jsonl_stream`) atomically.

    The output is written to a temporary file beside ``dest`` and moved into place only
    when the whole file was cleaned, so ``dest`` may be ``source`` itself (``fix``). A
    progress bar with an ETA is drawn when standard error is a terminal, unless
    ``progress`` is given.

    >>> import pathlib, tempfile
    >>> from cleantext import Pipeline, passes
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"text": "x  "}\\n')
    >>> clean_jsonl_file(p, p, pipeline=Pipeline([passes.NormalizeWhitespace()])).changed
    1
    >>> p.read_text()
    '{"text": "x"}\\n'
    """
    src, dst = Path(source), Path(dest)
    kwargs.setdefault("name", str(src))
    with atomic_output(dst) as out, open(src, "rb") as f:
        progress = kwargs.pop("progress", None) or Progress(total_bytes=_size_of(src))
        try:
            stats = clean_jsonl_stream(f, out, progress=progress, **kwargs)
        finally:
            progress.close()
    return stats


def clean_parquet_file(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    **kwargs: Any,
) -> StreamStats:
    """Stream ``source`` into ``dest`` (see :func:`clean_parquet_stream`) atomically.

    As :func:`clean_jsonl_file`: ``dest`` is replaced only when the whole file was cleaned
    (it may be ``source``), and a progress bar is drawn on a terminal.

    >>> import pathlib, tempfile, pyarrow as pa, pyarrow.parquet as pq
    >>> from cleantext import Pipeline, passes
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.parquet"
    >>> pq.write_table(pa.table({"text": ["x  y"]}), p)
    >>> clean_parquet_file(p, p, pipeline=Pipeline([passes.NormalizeWhitespace()])).changed
    1
    >>> pq.read_table(p).column("text").to_pylist()
    ['x y']
    """
    src, dst = Path(source), Path(dest)
    kwargs.setdefault("name", str(src))
    with atomic_output(dst) as out, open(src, "rb") as f:
        progress = kwargs.pop("progress", None) or Progress()
        try:
            stats = clean_parquet_stream(f, out, progress=progress, **kwargs)
        finally:
            progress.close()
    return stats


def _size_of(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


# --------------------------------------------------------------------------- Parquet


def _pyarrow() -> tuple[Any, Any]:
    try:
        pyarrow = importlib.import_module("pyarrow")
        parquet = importlib.import_module("pyarrow.parquet")
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError("Parquet needs pyarrow: pip install 'cleantext-news[parquet]'") from None
    return pyarrow, parquet


def clean_parquet_stream(
    source: Any,
    dest: Any,
    *,
    pipeline: Pipeline,
    field: str = "text",
    edits_field: str | None = None,
    jobs: int | None = 1,
    on_error: str = "raise",
    rejects: IO[Any] | None = None,
    progress: Progress | None = None,
    name: str | None = None,
    on_failure: Callable[[str], object] | None = None,
    batch_size: int = 2048,
) -> StreamStats:
    """Clean the string column ``field`` of a Parquet file, streamed in record batches.

    ``source`` and ``dest`` are paths or binary files; a ``dest`` path is written whole or
    not at all (as :func:`clean_parquet_file` does), so it may be ``source``. Only
    ``batch_size`` rows (and the worker chunks) are in memory at a time; each batch
    becomes a row group of ``dest``,
    whose schema is ``source``'s, plus ``edits_field`` (a JSON list per row, as a string)
    when asked. Null values stay null. A rejected row is left out of ``dest`` and written
    to ``rejects`` as JSON with its row number and error. Needs the ``parquet`` extra.

    >>> import io, pyarrow as pa, pyarrow.parquet as pq
    >>> from cleantext import Pipeline, passes
    >>> buf = io.BytesIO()
    >>> pq.write_table(pa.table({"id": [1, 2], "text": ["a  b", None]}), buf)
    >>> out = io.BytesIO()
    >>> _ = clean_parquet_stream(io.BytesIO(buf.getvalue()), out,
    ...                          pipeline=Pipeline([passes.NormalizeWhitespace()]))
    >>> pq.read_table(io.BytesIO(out.getvalue())).to_pydict()
    {'id': [1, 2], 'text': ['a b', None]}
    """
    if isinstance(dest, (str, os.PathLike)):
        # a path is replaced only when the whole file was cleaned: a failure leaves it as
        # it was, and it may be ``source`` itself
        with atomic_output(Path(dest)) as out:
            return clean_parquet_stream(
                source, out, pipeline=pipeline, field=field, edits_field=edits_field,
                jobs=jobs, on_error=on_error, rejects=rejects, progress=progress,
                name=name, on_failure=on_failure, batch_size=batch_size,
            )  # fmt: skip
    pa, pq = _pyarrow()
    stats = StreamStats()
    policy = _Policy(stats, on_error, rejects, on_failure)
    label = name or (str(source) if isinstance(source, (str, os.PathLike)) else "parquet")
    try:
        reader = pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:  # pyarrow's errors do not name the file
        raise InputError(f"{label}: cannot read it as Parquet: {exc}") from exc
    if progress is not None and progress.total_docs is None and progress.total_bytes is None:
        progress.total_docs = reader.metadata.num_rows
    out_schema = _output_schema(pa, reader.schema_arrow, field, edits_field, label)
    column = _Column(field, edits_field, policy, label)
    batches: collections.deque[Any] = collections.deque()
    writer = pq.ParquetWriter(dest, out_schema)
    try:
        results = iter_results(
            _column_texts(reader, field, batch_size, batches),
            pipeline=pipeline,
            jobs=jobs,
            edits=edits_field is not None,
            on_error="keep",
        )
        for batch, items, first_row in _results_by_batch(results, batches):
            _write_parquet_batch(pa, writer, batch, items, first_row, column)
            if progress is not None:
                progress.update(docs=batch.num_rows, nbytes=batch.nbytes)
    finally:
        writer.close()
    return stats


def _output_schema(
    pa: Any, schema: Any, field_name: str, edits_field: str | None, label: str
) -> Any:
    """The schema of the output: ``schema``, checked, plus ``edits_field`` when asked."""
    if field_name not in schema.names:
        raise InputError(
            f"{label}: no column {field_name!r}; columns are {', '.join(schema.names)}"
        )
    count = len(schema.get_all_field_indices(field_name))
    if count > 1:
        raise InputError(f"{label}: {count} columns named {field_name!r}; rename all but one")
    column_type = schema.field(field_name).type
    if not (pa.types.is_string(column_type) or pa.types.is_large_string(column_type)):
        raise InputError(f"{label}: column {field_name!r} is {column_type}, not a string column")
    if edits_field is None:
        return schema
    if edits_field in schema.names:
        raise InputError(f"{label}: column {edits_field!r} already exists")
    return schema.append(pa.field(edits_field, pa.string()))


def _column_texts(
    reader: Any, field_name: str, batch_size: int, batches: collections.deque[Any]
) -> Iterator[str]:
    """The texts of column ``field_name``, a batch at a time (null as ``""``); each batch
    read is appended to ``batches`` before its texts."""
    for batch in reader.iter_batches(batch_size=batch_size):
        batches.append(batch)
        for value in batch.column(field_name).to_pylist():
            yield "" if value is None else value


def _results_by_batch(
    results: Iterable[Cleaned | Failure], batches: collections.deque[Any]
) -> Iterator[tuple[Any, list[Cleaned | Failure], int]]:
    """Each batch of ``batches`` (oldest first) once all its results are in, with those
    results and the number of its first row."""
    row = 0
    pending: list[Cleaned | Failure] = []
    for item in results:
        pending.append(item)
        if len(pending) < batches[0].num_rows:
            continue
        batch = batches.popleft()
        yield batch, pending, row
        row += batch.num_rows
        pending = []
    while batches and batches[0].num_rows == 0:
        batches.popleft()


class _Column(NamedTuple):
    """What a Parquet stream cleans: the column, the edits column asked for (or None), the
    ``on_error`` policy (which holds the stats) and the source's label for messages."""

    field: str
    edits_field: str | None
    policy: _Policy
    label: str


def _write_parquet_batch(
    pa: Any,
    writer: Any,
    batch: Any,
    items: list[Cleaned | Failure],
    first_row: int,
    column: _Column,
) -> None:
    """Write ``batch`` with its cleaned column (and edits) as a row group, rejects left out."""
    stats = column.policy.stats
    cleaned, edits, keep_mask = _clean_column(batch, items, first_row, column)
    table = _cleaned_table(pa, batch, column.field, cleaned, column.edits_field, edits, keep_mask)
    stats.bytes_out += table.nbytes
    stats.bytes_in += batch.nbytes
    writer.write_table(table)


def _clean_column(
    batch: Any, items: list[Cleaned | Failure], first_row: int, column: _Column
) -> tuple[list[str | None], list[str | None], list[bool]]:
    """The cleaned values of a batch's column, their edits as JSON, and which rows are kept."""
    field_name, edits_field, policy, label = column
    stats = policy.stats
    originals = batch.column(field_name).to_pylist()
    cleaned: list[str | None] = []
    edits: list[str | None] = []
    keep_mask: list[bool] = []
    for i, item in enumerate(items):
        original = originals[i]
        stats.records += 1
        if isinstance(item, Failure):
            kept = _fail_row(batch, i, first_row + i, item, policy, label)
            keep_mask.append(kept)
            cleaned.append(original)
            edits.append(None)
            if kept:
                stats.written += 1
            continue
        keep_mask.append(True)
        stats.written += 1
        value, edit = _cleaned_value(item, original, edits_field, stats)
        cleaned.append(value)
        edits.append(edit)
    return cleaned, edits, keep_mask


def _cleaned_value(
    item: Cleaned, original: str | None, edits_field: str | None, stats: StreamStats
) -> tuple[str | None, str | None]:
    """The cleaned value of a row and its edits as JSON (when asked); null stays null."""
    if original is None:
        return None, None
    if item.changed:
        stats.changed += 1
        stats.edits += len(item.edits)
    return item.text, (json.dumps(list(item.edits), ensure_ascii=False) if edits_field else None)


def _fail_row(batch: Any, i: int, row: int, item: Failure, policy: _Policy, label: str) -> bool:
    """Apply ``on_error`` to row ``i`` of ``batch`` (row ``row`` of the file); return True
    when it is kept."""
    message = f"{label}: row {row}: {item.error}"
    record = {k: v for k, v in zip(batch.schema.names, _row(batch, i), strict=True)}
    reject = json.dumps(
        {"source": label, "row": row, "error": item.error, "record": record},
        ensure_ascii=False,
        default=str,
    )
    return policy.fail(message, item.error_type, reject)


def _cleaned_table(
    pa: Any,
    batch: Any,
    field_name: str,
    cleaned: list[str | None],
    edits_field: str | None,
    edits: list[str | None],
    keep_mask: list[bool],
) -> Any:
    """``batch`` as a table with ``cleaned`` in place of its column, ``edits`` appended when
    asked, and only the rows of ``keep_mask``."""
    index = batch.schema.get_field_index(field_name)
    table = pa.Table.from_batches([batch])
    table = table.set_column(
        index, batch.schema.field(index), pa.array(cleaned, type=batch.schema.field(index).type)
    )
    if edits_field is not None:
        table = table.append_column(
            pa.field(edits_field, pa.string()), pa.array(edits, pa.string())
        )
    if not all(keep_mask):
        table = table.filter(pa.array(keep_mask, pa.bool_()))
    return table


def _row(batch: Any, i: int) -> list[object]:
    return [batch.column(j)[i].as_py() for j in range(batch.num_columns)]
