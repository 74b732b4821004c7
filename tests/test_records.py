"""JSONL and CSV records: fields read and replaced, everything else kept byte for byte."""

from __future__ import annotations

import csv
import io
import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Pipeline, passes
from cleantext.errors import InputError
from cleantext.process import process_records
from cleantext.records import (
    Record,
    csv_header_end,
    get_field,
    set_field,
    split_csv,
    split_jsonl,
    value_position,
    value_positions,
)

WS = Pipeline([passes.NormalizeWhitespace()])


@pytest.mark.parametrize(
    ("line", "value", "expected"),
    [
        ('{"id": 1, "text": "old"}\n', "new", '{"id": 1, "text": "new"}\n'),
        ('{"text":"old","id":1}\r\n', "new", '{"text":"new","id":1}\r\n'),
        (
            '{ "a" : [1, {"text": "inner"}] , "text" : "x" }',
            "y",
            '{ "a" : [1, {"text": "inner"}] , "text" : "y" }',
        ),
        ('{"text": "caf\\u00e9"}', "thé", '{"text": "th\\u00e9"}'),
        ('{"text": "café"}', "thé", '{"text": "thé"}'),
        ('{"text": "a"}', 'say "hi"\n', '{"text": "say \\"hi\\"\\n"}'),
    ],
)
def test_set_field_keeps_the_rest(line: str, value: str, expected: str) -> None:
    (record,) = split_jsonl(line)
    assert set_field(record, "text", value) == expected


def test_jsonl_lines_split_at_newline_only() -> None:
    text = '{"text": "a\u2028b\u0085c"}\n{"text": "d"}'
    records = list(split_jsonl(text))
    assert len(records) == 2
    assert get_field(records[0], "text") == "a\u2028b\u0085c"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json}", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"body": "x"}', "no field 'text'"),
        ('{"text": 5}', "field 'text' is int"),
        ('{"text": null}', "field 'text' is NoneType"),
    ],
)
def test_bad_records_are_explained(line: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        get_field(Record(7, line, "jsonl"), "text")


def test_untouched_records_are_byte_identical() -> None:
    text = '{"id":1,  "text": "clean"}\n\n{"id": 2, "text": "dirty  "}\r\n{"text": "x"}'
    out = process_records(WS, text, "d.jsonl", kind="jsonl", field_name="text")
    assert out.text == '{"id":1,  "text": "clean"}\n\n{"id": 2, "text": "dirty"}\r\n{"text": "x"}'
    assert out.records == 3
    (diag,) = out.diagnostics
    assert (
        diag.format()
        == "d.jsonl:3: field text: whitespace/trailing '  ' -> '' (trailing whitespace)"
    )


@pytest.mark.parametrize(
    ("policy", "text_out", "errors", "rejects"),
    [
        ("raise", None, 1, 0),
        ("keep", '{"text": "a"}\nnot json\n{"text": "b"}\n', 1, 0),
        ("reject", '{"text": "a"}\n{"text": "b"}\n', 1, 1),
    ],
)
def test_error_policies(policy: str, text_out: str | None, errors: int, rejects: int) -> None:
    text = '{"text": "a  "}\nnot json\n{"text": "b"}\n'
    out = process_records(WS, text, "d.jsonl", kind="jsonl", field_name="text", on_error=policy)
    assert out.text == (text if text_out is None else text_out)
    problems = out.errors + out.handled
    assert len(problems) == errors
    assert len(out.errors) == (1 if policy == "raise" else 0)
    assert "d.jsonl:2:" in problems[0]
    assert len(out.rejects) == rejects
    assert out.failed == 1


def test_records_in_equal_records_out_plus_rejects() -> None:
    lines = [f'{{"text": "doc {i}  "}}' if i % 3 else "oops" for i in range(30)]
    text = "\n".join(lines) + "\n"
    out = process_records(WS, text, "d.jsonl", kind="jsonl", field_name="text", on_error="reject")
    assert len(out.text.splitlines()) + len(out.rejects) == 30
    assert out.records == 30 and out.failed == 10


def test_csv_rows_with_quotes_and_newlines() -> None:
    text = 'id,text,extra\r\n1,"line one  \nline two",x\r\n2,plain,"q ""quoted"""\r\n'
    rows = list(split_csv(text))
    assert [r.number for r in rows] == [2, 4]
    assert get_field(rows[0], "text") == "line one  \nline two"
    assert get_field(rows[1], "extra") == 'q "quoted"'
    out = process_records(WS, text, "d.csv", kind="csv", field_name="text")
    assert out.text == 'id,text,extra\r\n1,"line one\nline two",x\r\n2,plain,"q ""quoted"""\r\n'


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"])
def test_csv_rows_end_at_a_lone_cr_too(end: str) -> None:
    # a file with old Mac line endings was read as one header line: `fix` kept the header
    # and dropped every row
    text = end.join(["id,text", "1,first row  ", '2,"two\rlines  "', "3,third"]) + end
    rows = list(split_csv(text))
    assert [r.raw for r in rows] == [
        "1,first row  " + end,
        '2,"two\rlines  "' + end,
        "3,third" + end,
    ]
    assert [r.number for r in rows] == [2, 3, 5]
    out = process_records(WS, text, "d.csv", kind="csv", field_name="text")
    assert out.text == text.replace("  ", "")
    expected = [row[1] for row in csv.reader(io.StringIO(out.text, newline=""))]
    assert expected == ["text", "first row", "two\rlines", "third"]


def test_a_quote_inside_a_header_cell_is_a_character_of_it() -> None:
    # the header was cut where its quotes balanced, which this one never does: the rows
    # were written twice (once inside the "header")
    text = 'id,he said "hi,text\n1,x,a  \n'
    out = process_records(WS, text, "d.csv", kind="csv", field_name="text")
    assert out.text == 'id,he said "hi,text\n1,x,a\n' and not out.errors


def test_csv_with_mixed_line_endings_keeps_each_row() -> None:
    text = "id,text\r\n1,a  \r2,b\r\n3,c\n"
    out = process_records(WS, text, "d.csv", kind="csv", field_name="text")
    assert out.text == "id,text\r\n1,a\r2,b\r\n3,c\n" and out.records == 3
    assert list(csv.reader(io.StringIO(out.text, newline=""))) == [
        ["id", "text"],
        ["1", "a"],
        ["2", "b"],
        ["3", "c"],
    ]


_CELL = st.text(alphabet=st.sampled_from(list('ab ,"\r\n\u2028')), max_size=8)


@settings(max_examples=200)
@given(
    st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=6),
    st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=7, max_size=7),
)
def test_csv_rows_are_the_rows_python_csv_reads(
    rows: list[tuple[str, str]], ends: list[str]
) -> None:
    # each row written by csv.writer, with its own line ending; the header's first cell
    # drawn as any other but for line breaks, which csv.writer leaves unquoted under
    # another ending (a blank line would open the file); "text" is its second
    first = rows[0][0].replace("\r", "").replace("\n", "") + "id"
    text = ""
    for row, end in zip([(first, "text"), *rows], ends, strict=False):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator=end).writerow(row)
        text += buffer.getvalue()
    # (csv.writer leaves a lone CR unquoted under another line ending: the reader then
    # ends a row there, and so must we; a short row's missing cell reads as "", and a
    # line of nothing but white space is no record to clean: None)
    read = list(csv.reader(io.StringIO(text, newline="")))
    records = list(split_csv(text))
    rest = "".join(r.raw for r in records)  # every byte of the rows, kept as written
    assert text.endswith(rest)
    assert csv_header_end(text) == len(text) - len(rest)
    out = process_records(WS, text, "d.csv", kind="csv", field_name="id", on_error="keep")
    assert out.text.count("\n") + out.text.count("\r") <= text.count("\n") + text.count("\r")
    assert len(records) == len(read) - 1
    for record, row in zip(records, read[1:], strict=True):
        cells = [get_field(record, read[0][0]), get_field(record, "text")]
        if cells[0] is None:
            assert not "".join(row).strip(), (record, row)
        else:
            assert cells == [*row, "", ""][:2], (record, row)


def test_csv_missing_column() -> None:
    out = process_records(WS, "a,b\n1,2\n", "d.csv", kind="csv", field_name="text")
    assert out.errors and "no column 'text'" in out.errors[0]


def test_tsv() -> None:
    out = process_records(WS, "id\ttext\n1\tsome  words\n", "d.tsv", kind="tsv", field_name="text")
    assert out.text == "id\ttext\n1\tsome words\n"


def test_a_quote_inside_an_unquoted_csv_cell_is_a_character_of_it() -> None:
    # as Python's csv module reads it: only a quote that opens a cell opens a quoted cell
    text = 'id,text,n\n1,He is 6 ft 1" tall  ,x\n2,"ok, then  ",y\n'
    rows = list(split_csv(text))
    assert [r.raw for r in rows] == ['1,He is 6 ft 1" tall  ,x\n', '2,"ok, then  ",y\n']
    assert [get_field(r, "text") for r in rows] == ['He is 6 ft 1" tall  ', "ok, then  "]
    assert [get_field(r, "n") for r in rows] == ["x", "y"]


def test_a_control_character_in_a_json_string_is_named_once() -> None:
    record = next(split_jsonl('{"text": "a\tb"}\n'))
    with pytest.raises(InputError, match=r"Invalid control character at column 12$"):
        get_field(record, "text")


def _no_pair(value: str) -> bool:
    """No high surrogate right before a low one: JSON reads such escapes as one character."""
    return not any("\ud800" <= a < "\udc00" <= b < "\ue000" for a, b in itertools.pairwise(value))


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(codec=None), max_size=40).filter(_no_pair))
def test_every_character_of_a_json_value_is_placed_where_it_is_written(value: str) -> None:
    head = '{"id": 1, "text": '
    for ascii_only in (True, False):
        if not ascii_only and any("\ud800" <= c < "\ue000" for c in value):
            continue  # a lone surrogate is written as an escape only
        written = json.dumps(value, ensure_ascii=ascii_only)
        record = Record(7, head + written + "}\n", "jsonl")
        places = value_positions(record, "text", list(range(len(value)))[::-1])[::-1]
        # the character k opens where the value's first k characters, written, stop
        expected = [
            (7, len(head) + len(json.dumps(value[:k], ensure_ascii=ascii_only)))
            for k in range(len(value))
        ]
        assert places == expected
        assert [value_position(record, "text", k) for k in range(len(value))] == expected


def test_a_lone_high_surrogate_escape_is_one_character_before_the_next_escape() -> None:
    # "\ud800\u0041" is two characters (no low surrogate follows the high one)
    record = Record(1, '{"text":"\\ud800\\u0041b"}\n', "jsonl")
    assert value_position(record, "text", 2) == (1, 22)


def test_a_record_is_read_once_for_all_its_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleantext.records as records

    reads = []
    real = records.top_level_fields
    monkeypatch.setattr(records, "top_level_fields", lambda line: reads.append(1) or real(line))
    text = "Some words said.The next one.  \n" * 300
    line = json.dumps({"text": text}) + "\n"
    outcome = process_records(
        Pipeline.default(), line, "big.jsonl", kind="jsonl", field_name="text"
    )
    assert len(outcome.diagnostics) >= 600  # a missing space and trailing spaces a line
    assert len(reads) <= 3  # the value read, replaced and its changes placed: not one a change


def test_records_that_lose_part_of_the_file_write_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # a safety net under the splitters: a file whose records do not hold all its text (a
    # splitter's bug, as the CR-only CSV was) is left as it is, with an error
    import cleantext.process as process

    text = "id,text\n1,a  \n2,b  \n"
    whole = list(split_csv(text))
    monkeypatch.setattr(process, "split_csv", lambda text, delimiter: iter(whole[:1]))
    out = process_records(WS, text, "d.csv", kind="csv", field_name="text")
    assert out.text == text and out.errors
    assert "records hold 14 of its 20 characters" in out.errors[0]
