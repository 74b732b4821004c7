"""Streaming JSONL and Parquet: bytes kept, edits attached, on_error, jobs, atomic files."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleantext import Context, Edit, Pipeline, passes
from cleantext.errors import InputError, PassError
from cleantext.passes.base import EMPTY_CONTEXT, Pass
from cleantext.stream import (
    StreamStats,
    attach_field,
    clean_jsonl_file,
    clean_jsonl_stream,
    clean_parquet_stream,
    reject_line,
)

WS = Pipeline([passes.NormalizeWhitespace()])


@dataclass(frozen=True, slots=True)
class Boom(Pass):
    """Fails on texts containing BOOM; trims trailing spaces otherwise (via whitespace)."""

    name: ClassVar[str] = "boom"

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if "BOOM" in text:
            raise ValueError("exploded")
        return []


BOOM_WS = Pipeline([Boom(), passes.NormalizeWhitespace()])


def run(data: bytes, pipeline: Pipeline = WS, **kwargs: object) -> tuple[bytes, StreamStats, bytes]:
    out, rejects = io.BytesIO(), io.BytesIO()
    kwargs.setdefault("rejects", rejects)
    stats = clean_jsonl_stream(io.BytesIO(data), out, pipeline=pipeline, **kwargs)  # type: ignore[arg-type]
    return out.getvalue(), stats, rejects.getvalue()


# --------------------------------------------------------------------------- bytes kept

UNTOUCHED = [
    b'{"id": 1, "text": "Clean prose."}\n',
    b'{"text":"compact","id":2}\n',
    b'{"id": 3, "text": "caf\\u00e9 escaped", "n": [1, 2.50, null]}\r\n',
    b'  {"text": "spaced object"}  \n',
    b'{"text": "no final newline"}',
]


@pytest.mark.parametrize("line", UNTOUCHED)
def test_untouched_records_are_byte_identical(line: bytes) -> None:
    out, stats, _ = run(line)
    assert out == line
    assert (stats.records, stats.changed, stats.written) == (1, 0, 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            b'{"id": 1, "text": "a  \\nb", "z": 1.50}\n',
            b'{"id": 1, "text": "a\\nb", "z": 1.50}\n',
        ),
        (b'{"text":"x  y","k":"v"}\r\n', b'{"text":"x y","k":"v"}\r\n'),
        (
            b'{"text": "caf\\u00e9  au lait"}\n',
            b'{"text": "caf\\u00e9 au lait"}\n',
        ),
        ('{"text": "Zoë  here"}\n'.encode(), '{"text": "Zoë here"}\n'.encode()),
    ],
)
def test_changed_records_rewrite_only_the_field(line: bytes, expected: bytes) -> None:
    out, stats, _ = run(line)
    assert out == expected
    assert stats.changed == 1 and stats.edits == 1


def test_blank_lines_and_bom_are_kept() -> None:
    data = b'\xef\xbb\xbf{"text": "a "}\n\n   \n{"text": "b"}\n'
    out, stats, _ = run(data)
    assert out == b'\xef\xbb\xbf{"text": "a"}\n\n   \n{"text": "b"}\n'
    assert (stats.records, stats.blank) == (2, 2)


def test_other_field_name() -> None:
    out, _, _ = run(b'{"text": "a  b", "body": "c  d"}\n', field="body")
    assert out == b'{"text": "a  b", "body": "c d"}\n'


def test_text_mode_files() -> None:
    src = io.StringIO('{"text": "Zoë  x"}\n')
    out = io.StringIO()
    clean_jsonl_stream(src, out, pipeline=WS)
    assert out.getvalue() == '{"text": "Zoë x"}\n'


# --------------------------------------------------------------------------- edits field


def test_edits_field_on_every_cleaned_record() -> None:
    data = b'{"id": 1, "text": "a  b"}\n{"id": 2, "text": "ok"}\n'
    out, _, _ = run(data, edits_field="edits")
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["text"] == "a b"
    assert [(e["rule"], e["start"], e["end"], e["before"], e["after"]) for e in first["edits"]] == [
        ("whitespace/spaces", 1, 3, "  ", " ")
    ]
    assert first["edits"][0]["pass"] == "whitespace"
    assert second == {"id": 2, "text": "ok", "edits": []}
    assert out.splitlines()[1] == b'{"id": 2, "text": "ok", "edits": []}'


@pytest.mark.parametrize(
    ("line", "value", "expected"),
    [
        ('{"a": 1}', [], '{"a": 1, "e": []}'),
        ('{"a":1}\r\n', [], '{"a":1,"e":[]}\r\n'),
        ('{"a": 1, "e": "old"}\n', [1], '{"a": 1, "e": [1]}\n'),
        ('{"a": 1 }', [], '{"a": 1, "e": [] }'),
        ('{"a": "\\u00e9"}', ["é"], '{"a": "\\u00e9", "e": ["\\u00e9"]}'),
    ],
)
def test_attach_field(line: str, value: object, expected: str) -> None:
    assert attach_field(line, "e", value) == expected


# --------------------------------------------------------------------------- on_error

BAD = (
    b'{"text": "ok  "}\n'  # 1: cleaned
    b"{not json\n"  # 2: bad JSON
    b'{"id": 3}\n'  # 3: missing field
    b'{"text": 4}\n'  # 4: not a string
    b'{"text": "caf\xe9"}\n'  # 5: invalid UTF-8
    b'{"text": "BOOM"}\n'  # 6: a pass fails
    b"[1, 2]\n"  # 7: not an object
    b'{"text": "end "}\n'  # 8: cleaned
)


def test_on_error_keep_writes_bad_records_unchanged() -> None:
    messages: list[str] = []
    out, stats, rejects = run(
        BAD, BOOM_WS, on_error="keep", name="in.jsonl", on_failure=messages.append
    )
    lines = out.splitlines(keepends=True)
    assert lines[0] == b'{"text": "ok"}\n' and lines[-1] == b'{"text": "end"}\n'
    assert lines[1:-1] == BAD.splitlines(keepends=True)[1:-1]
    assert (stats.records, stats.written, stats.failed, stats.kept, stats.rejected) == (
        8,
        8,
        6,
        6,
        0,
    )
    assert rejects == b""
    assert [m.split(":")[1] for m in messages] == ["2", "3", "4", "5", "6", "7"]
    assert "in.jsonl:3: no field 'text'" in messages[1]
    assert "is int, not a string" in messages[2]
    assert "not valid UTF-8" in messages[3]
    assert "exploded" in messages[4]
    assert stats.messages == messages


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_error_reject_moves_bad_records_to_rejects(jobs: int) -> None:
    out, stats, rejects = run(
        BAD, BOOM_WS, on_error="reject", name="in.jsonl", jobs=jobs, chunk_size=2
    )
    assert out == b'{"text": "ok"}\n{"text": "end"}\n'
    rows = [json.loads(line) for line in rejects.splitlines()]
    assert [r["line"] for r in rows] == [2, 3, 4, 5, 6, 7]
    assert all(r["source"] == "in.jsonl" for r in rows)
    assert rows[0]["record"] == "{not json"
    assert rows[3]["record"] == '{"text": "caf\\xe9"}'
    assert "exploded" in rows[4]["error"]
    assert stats.records == stats.written + stats.rejected == 8
    assert stats.summary() == "cleantext: 8 records, 2 changed, 6 failed (6 rejected)"


def test_on_error_reject_without_file_prints_rejects(capsys: pytest.CaptureFixture[str]) -> None:
    out, stats, _ = run(b"oops\n", on_error="reject", rejects=None)
    assert out == b"" and stats.rejected == 1
    assert capsys.readouterr().err.startswith("rejected: {")


@pytest.mark.parametrize(
    ("data", "error", "match"),
    [
        (b'{"text": "a "}\n{bad\n', InputError, r"in\.jsonl:2: not valid JSON"),
        (b'{"text": "BOOM"}\n', PassError, "exploded"),
        (b'{"text": "\xff"}\n', InputError, "in.jsonl:1: not valid UTF-8"),
    ],
)
def test_on_error_raise_names_the_line(data: bytes, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        run(data, BOOM_WS, name="in.jsonl")


def test_on_error_raise_output_is_written_up_to_the_failure() -> None:
    out = io.BytesIO()
    with pytest.raises(InputError):
        clean_jsonl_stream(io.BytesIO(b'{"text": "a "}\nbad\n'), out, pipeline=WS)
    assert out.getvalue() == b'{"text": "a"}\n'


def test_reject_line_format() -> None:
    assert json.loads(reject_line("f", 2, "boom", "raw\n")) == {
        "source": "f",
        "line": 2,
        "error": "boom",
        "record": "raw",
    }


# --------------------------------------------------------------------------- jobs, streaming


def corpus(n: int) -> bytes:
    lines = []
    for i in range(n):
        text = f"Record {i}.  Trailing   \n\n\n\nNext." if i % 3 else f"Clean record {i}."
        lines.append(json.dumps({"id": i, "text": text, "meta": {"k": i}}) + "\n")
    return "".join(lines).encode()


@pytest.mark.parametrize("chunk_size", [1, 7, 64])
def test_jobs_give_identical_output(chunk_size: int) -> None:
    data = corpus(300)
    one, stats_one, _ = run(data, jobs=1)
    two, stats_two, _ = run(data, jobs=2, chunk_size=chunk_size)
    assert one == two
    assert stats_one.changed == stats_two.changed == 200


class CountingReader(io.RawIOBase):
    """A file that serves a generated JSONL and counts what was read."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self.lines = lines
        self.served = 0

    def readable(self) -> bool:
        return True

    def __iter__(self) -> Iterator[bytes]:
        for line in self.lines:
            self.served += 1
            yield line


def test_output_is_streamed_while_input_is_read() -> None:
    """Output appears long before the input ends: nothing waits for the whole file."""
    seen_at_first_write: list[int] = []

    class Out(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            if not seen_at_first_write:
                seen_at_first_write.append(reader.served)
            return super().write(data)

    n = 20_000
    reader = CountingReader(json.dumps({"text": f"r{i}  "}).encode() + b"\n" for i in range(n))
    out = Out()
    stats = clean_jsonl_stream(reader, out, pipeline=WS)
    assert stats.records == stats.changed == n
    assert seen_at_first_write[0] < n / 4


def test_progress_is_updated() -> None:
    from cleantext.progress import Progress

    bar = Progress(stream=io.StringIO())
    data = corpus(10)
    run(data, progress=bar)
    assert bar.docs == 10 and bar.nbytes == len(data)


def test_clean_jsonl_file_in_place_is_atomic(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes(b'{"text": "a "}\n{"text": "BOOM"}\n')
    with pytest.raises(PassError):
        clean_jsonl_file(p, p, pipeline=BOOM_WS)
    assert p.read_bytes() == b'{"text": "a "}\n{"text": "BOOM"}\n'
    assert [q.name for q in tmp_path.iterdir()] == ["a.jsonl"]
    stats = clean_jsonl_file(p, p, pipeline=BOOM_WS, on_error="keep")
    assert p.read_bytes() == b'{"text": "a"}\n{"text": "BOOM"}\n'
    assert stats.kept == 1


def test_a_new_output_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    import os

    from cleantext.io import new_file_mode

    src, dest = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b'{"text": "a "}\n')
    old = os.umask(0o022)
    new_file_mode.cache_clear()
    try:
        clean_jsonl_file(src, dest, pipeline=Pipeline([passes.NormalizeWhitespace()]))
    finally:
        os.umask(old)
        new_file_mode.cache_clear()
    assert dest.stat().st_mode & 0o777 == 0o644  # not the temporary file's 0o600


# --------------------------------------------------------------------------- Parquet


def parquet_bytes(table: pa.Table, **kwargs: object) -> io.BytesIO:
    buf = io.BytesIO()
    pq.write_table(table, buf, **kwargs)  # type: ignore[arg-type]
    buf.seek(0)
    return buf


def read(buf: io.BytesIO) -> pa.Table:
    return pq.read_table(io.BytesIO(buf.getvalue()))


@pytest.mark.parametrize("jobs", [1, 2])
def test_parquet_round_trip_streams_by_batches(jobs: int) -> None:
    n = 1000
    texts = [None if i % 10 == 0 else f"row {i}  \n\n\n\nend" for i in range(n)]
    table = pa.table({"id": list(range(n)), "text": texts})
    src = parquet_bytes(table, row_group_size=128)
    out = io.BytesIO()
    stats = clean_parquet_stream(src, out, pipeline=WS, batch_size=100, jobs=jobs)
    result = read(out)
    assert result.schema == table.schema
    assert result.column("id").to_pylist() == list(range(n))
    assert result.column("text").to_pylist() == [None if t is None else WS(t) for t in texts]
    assert (stats.records, stats.written, stats.changed) == (n, n, 900)
    assert pq.ParquetFile(io.BytesIO(out.getvalue())).num_row_groups == 10


def test_parquet_edits_column() -> None:
    src = parquet_bytes(pa.table({"text": ["a  b", "ok", None]}))
    out = io.BytesIO()
    clean_parquet_stream(src, out, pipeline=WS, edits_field="edits")
    result = read(out).to_pydict()
    assert result["text"] == ["a b", "ok", None]
    assert json.loads(result["edits"][0])[0]["rule"] == "whitespace/spaces"
    assert result["edits"][1:] == ["[]", None]


def test_parquet_on_error_reject_and_keep() -> None:
    table = pa.table({"id": [1, 2, 3], "text": ["a ", "BOOM", "c "]})
    out, rejects = io.BytesIO(), io.BytesIO()
    stats = clean_parquet_stream(
        parquet_bytes(table), out, pipeline=BOOM_WS, on_error="reject", rejects=rejects
    )
    assert read(out).to_pydict() == {"id": [1, 3], "text": ["a", "c"]}
    (reject,) = [json.loads(line) for line in rejects.getvalue().splitlines()]
    assert reject["row"] == 1 and reject["record"] == {"id": 2, "text": "BOOM"}
    assert stats.records == stats.written + stats.rejected == 3
    out = io.BytesIO()
    clean_parquet_stream(parquet_bytes(table), out, pipeline=BOOM_WS, on_error="keep")
    assert read(out).to_pydict() == {"id": [1, 2, 3], "text": ["a", "BOOM", "c"]}
    with pytest.raises(PassError, match="exploded"):
        clean_parquet_stream(parquet_bytes(table), io.BytesIO(), pipeline=BOOM_WS)


@pytest.mark.parametrize(
    ("table", "field", "match"),
    [
        (pa.table({"text": [1, 2]}), "text", "not a string column"),
        (pa.table({"body": ["a"]}), "text", "no column 'text'"),
        (
            pa.Table.from_arrays([pa.array(["a"]), pa.array(["b"])], names=["text", "text"]),
            "text",
            "2 columns named 'text'",
        ),
    ],
)
def test_parquet_bad_column(table: pa.Table, field: str, match: str) -> None:
    with pytest.raises(InputError, match=match):
        clean_parquet_stream(parquet_bytes(table), io.BytesIO(), pipeline=WS, field=field)


def test_a_file_that_is_no_parquet_is_named_in_the_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match=r"bad\.parquet: cannot read it as Parquet"):
        clean_parquet_stream(bad, io.BytesIO(), pipeline=WS)


def test_parquet_large_string_and_paths(tmp_path: Path) -> None:
    table = pa.table({"text": pa.array(["x  y"], pa.large_string())})
    src, dst = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(table, src)
    clean_parquet_stream(str(src), str(dst), pipeline=WS)
    result = pq.read_table(dst)
    assert result.schema.field("text").type == pa.large_string()
    assert result.column("text").to_pylist() == ["x y"]


def test_clean_parquet_file_in_place_is_atomic(tmp_path: Path) -> None:
    from cleantext.stream import clean_parquet_file

    p = tmp_path / "a.parquet"
    pq.write_table(pa.table({"text": ["a ", "BOOM"]}), p)
    with pytest.raises(PassError):
        clean_parquet_file(p, p, pipeline=BOOM_WS)
    assert pq.read_table(p).column("text").to_pylist() == ["a ", "BOOM"]
    assert [q.name for q in tmp_path.iterdir()] == ["a.parquet"]
    stats = clean_parquet_file(p, p, pipeline=BOOM_WS, on_error="keep")
    assert pq.read_table(p).column("text").to_pylist() == ["a", "BOOM"]
    assert (stats.changed, stats.kept) == (1, 1)


def test_parquet_stream_to_a_path_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    # the path API, as the file one: in place, and a failure keeps what was there
    p = tmp_path / "a.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": ["a  ", "b", None]}), p)
    clean_parquet_stream(p, p, pipeline=WS)
    assert pq.read_table(p).to_pydict() == {"id": [1, 2, 3], "text": ["a", "b", None]}
    dest = tmp_path / "out.parquet"
    pq.write_table(pa.table({"old": [7]}), dest)
    rows = pa.table({"text": ["x "] * 4000 + ["BOOM"] + ["y "] * 1000})
    pq.write_table(rows, tmp_path / "big.parquet")
    with pytest.raises(PassError):
        clean_parquet_stream(tmp_path / "big.parquet", str(dest), pipeline=BOOM_WS, batch_size=500)
    assert pq.read_table(dest).to_pydict() == {"old": [7]}
    assert sorted(q.name for q in tmp_path.iterdir()) == ["a.parquet", "big.parquet", "out.parquet"]


@dataclass(frozen=True, slots=True)
class ShowVocabulary(Pass):
    """Named like the sentences pass; appends the batch vocabulary it was given."""

    name: ClassVar[str] = "sentences"

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return [Edit(len(text), len(text), " " + ",".join(sorted(context.vocabulary)), "s/t")]


def first_words(texts: list[str]) -> frozenset[str]:
    return frozenset(t.split()[0] for t in texts if t.split())


@pytest.mark.parametrize("jobs", [1, 2])
def test_jsonl_batch_vocabulary_per_window(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    import cleantext.batch
    import cleantext.passes.sentences
    import cleantext.stream

    monkeypatch.setattr(cleantext.passes.sentences, "batch_vocabulary", first_words, raising=False)
    monkeypatch.setattr(cleantext.stream, "WINDOW_DOCS", 2)
    lines = [json.dumps({"text": w}) for w in ["A", "B", "C"]] + ["bad"]
    data = ("\n".join(lines) + "\n").encode()
    out, stats, _ = run(
        data, Pipeline([ShowVocabulary()]), jobs=jobs, chunk_size=1, on_error="keep"
    )
    assert [json.loads(line)["text"] for line in out.splitlines()[:3]] == ["A A,B", "B A,B", "C C"]
    assert stats.kept == 1


def test_an_edits_field_that_is_the_cleaned_field_is_refused() -> None:
    out = io.BytesIO()
    with pytest.raises(ValueError, match="is the field that is cleaned"):
        clean_jsonl_stream(
            io.BytesIO(b'{"id": 1, "text": "y  "}\n'),
            out,
            pipeline=Pipeline.default(),
            field="text",
            edits_field="text",
        )
    assert out.getvalue() == b""


@pytest.mark.parametrize(
    ("encoding", "asked"),
    [
        ("utf-16", "utf-8"),  # named by its byte-order mark, as for text files
        ("utf-16-be", "utf-8"),
        ("utf-32", "utf-8"),
        ("utf-16", "UTF-16"),
        ("cp1252", "cp1252"),
        ("latin-1", "latin-1"),
    ],
)
def test_a_jsonl_stream_is_read_and_written_in_its_encoding(encoding: str, asked: str) -> None:
    text = '{"id": 1, "text": "caf\u00e9  "}\r\n{"text": "na\u00efve \u00a3 5  "}\n'
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = "\ufeff".encode(encoding) + data
    out = io.BytesIO()
    source = io.BufferedReader(io.BytesIO(data))
    stats = clean_jsonl_stream(source, out, pipeline=WS, encoding=asked, jobs=1)
    assert stats.changed == 2
    expected = text.replace("  ", "").encode(encoding)
    if encoding == "utf-16-be":
        expected = "\ufeff".encode(encoding) + expected
    assert out.getvalue() == expected  # its byte-order mark, once, and its line endings


def test_a_jsonl_stream_with_no_text_of_its_encoding_names_the_line() -> None:
    source = io.BufferedReader(io.BytesIO(b'{"text": "ok"}\n{"text": "a\x81"}\n'))
    with pytest.raises(InputError, match=r"^in: not valid cp1252 at line 2 \(byte 0x81\)"):
        clean_jsonl_stream(source, io.BytesIO(), pipeline=WS, encoding="cp1252", name="in")
    # "itâ\x80\x99s" read as Latin-1 is repaired to a curly quote, which Latin-1 lacks
    source = io.BufferedReader(io.BytesIO(b'{"text": "it\xe2\x80\x99s here"}\n'))
    fix = Pipeline([passes.FixUnicode()])
    with pytest.raises(InputError, match="which latin-1 cannot write"):
        clean_jsonl_stream(source, io.BytesIO(), pipeline=fix, encoding="latin-1", name="in")


def test_a_long_line_in_another_encoding_is_read_whole_and_lines_are_counted() -> None:
    long = '{"text": "' + "word " * 40_000 + ' "}\n'  # 200 kB: many chunks of reading
    data = ("\ufeff" + long + '{"text": "a  "}\n').encode("utf-16-le")
    out = io.BytesIO()
    clean_jsonl_stream(io.BufferedReader(io.BytesIO(data)), out, pipeline=WS, encoding="utf-8")
    expected = "\ufeff" + long.replace("word  ", "word ").replace(' "}', '"}') + '{"text": "a"}\n'
    assert out.getvalue().decode("utf-16-le") == expected
    bad = b'{"text": "ok"}\n' * 5000 + b'{"text": "a\x81"}\n'
    with pytest.raises(InputError, match="at line 5001 "):
        clean_jsonl_stream(
            io.BufferedReader(io.BytesIO(bad)), io.BytesIO(), pipeline=WS, encoding="cp1252"
        )
