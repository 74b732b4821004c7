"""edits_frame: one row per change, original coordinates, stable columns and dtypes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

import pandas as pd
import pytest

from cleantext import Edit, Pipeline, passes
from cleantext.frames import COLUMNS, edits_frame
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass


@dataclass(frozen=True, slots=True)
class Scripted(Pass):
    name: ClassVar[str] = "scripted"
    edits: tuple[Edit, ...] = ()
    maybe: tuple[Edit, ...] = ()

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return list(self.edits)

    def suggest(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return list(self.maybe)


WS = Pipeline([passes.NormalizeWhitespace()])


def test_columns_and_dtypes() -> None:
    frame = edits_frame(WS.run("a  \nb\n"))
    assert tuple(frame.columns) == COLUMNS
    assert {c: str(frame[c].dtype) for c in ("start", "end", "line", "column")} == dict.fromkeys(
        ("start", "end", "line", "column"), "int64"
    )
    assert frame["applied"].dtype == bool


def test_empty_result_gives_empty_frame_with_columns() -> None:
    frame = edits_frame(WS.run("clean\n"))
    assert frame.empty
    assert tuple(frame.columns) == COLUMNS
    assert str(frame["start"].dtype) == "int64"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one  \ntwo \n", [(1, 4, "  "), (2, 4, " ")]),
        ("one  \r\ntwo \r\n", [(1, 4, "  "), (2, 4, " ")]),  # CRLF is one line break
        ("x\ry \n", [(2, 2, " ")]),  # a lone CR ends a line too
    ],
)
def test_line_and_column_of_original(text: str, expected: list[tuple[int, int, str]]) -> None:
    frame = edits_frame(WS.run(text))
    assert list(zip(frame["line"], frame["column"], frame["before"], strict=True)) == expected


def test_offsets_index_the_original() -> None:
    raw = "caf\u00c3\u00a9 \u00e2\u20ac\u0153hi\u00e2\u20ac\u009d  \n"
    result = Pipeline([passes.FixUnicode(), passes.NormalizeWhitespace()]).run(raw)
    frame = edits_frame(result)
    assert list(frame["pass"]) == ["unicode", "unicode", "unicode", "whitespace"]
    for start, end, before, stage_pass in zip(
        frame["start"], frame["end"], frame["before"], frame["pass"], strict=True
    ):
        if stage_pass == "unicode":  # first pass: its "before" is the original text
            assert raw[start:end] == before
    assert list(frame["start"]) == sorted(frame["start"])


def test_insertion_has_empty_span_and_note() -> None:
    pipe = Pipeline([Scripted((Edit(6, 6, ". ", "x/insert", "lost period"),))])
    frame = edits_frame(pipe.run("EuropeHowever"))
    row = frame.iloc[0]
    assert (row["start"], row["end"], row["before"], row["after"]) == (6, 6, "", ". ")
    assert (row["rule"], row["note"], row["pass"]) == ("x/insert", "lost period", "scripted")
    assert bool(row["applied"]) is True


def test_suggestions_only_when_asked() -> None:
    pipe = Pipeline(
        [Scripted((Edit(0, 1, "A", "x/sure"),), maybe=(Edit(4, 9, "Mensch", "x/maybe"),))]
    )
    result = pipe.run("a b Marsh", suggestions=True)
    assert list(edits_frame(result)["rule"]) == ["x/sure"]
    frame = edits_frame(result, suggestions=True)
    assert list(zip(frame["rule"], frame["applied"], strict=True)) == [
        ("x/sure", True),
        ("x/maybe", False),
    ]


def test_frame_supports_audit_idioms() -> None:
    frame = edits_frame(WS.run("a  \nb \n\n\n\nc\u200b\n"))
    counts = frame.groupby("rule").size().to_dict()
    assert counts == {
        "whitespace/blank-lines": 1,
        "whitespace/trailing": 2,
        "whitespace/zero-width": 1,
    }
    assert isinstance(frame, pd.DataFrame)


def test_is_missing_knows_numpy_and_pandas_missing_values() -> None:
    import numpy as np

    from cleantext.frames import is_missing

    missing = [None, float("nan"), np.float32("nan"), np.float64("nan"), pd.NA, pd.NaT]
    missing += [np.datetime64("NaT"), np.timedelta64("NaT"), Decimal("NaN"), Decimal("sNaN")]
    assert all(is_missing(v) for v in missing)
    present = ["", "nan", 0, 0.0, np.float32(1.5), Decimal(1), np.array([np.nan]), [], b""]
    assert not any(is_missing(v) for v in present)


def test_a_lone_surrogate_is_escaped_so_the_frame_displays_and_exports() -> None:
    # the text that unicode/surrogate removes: the frame's HTML must encode as UTF-8
    frame = Pipeline.default().run("A \ud800 lone surrogate.\n").edits_frame()
    assert frame["before"].tolist() == ["\\ud800"]
    frame.to_html().encode("utf-8")
    edit = Edit(0, 1, "\udfff", "scripted/odd", "note \ud83d")
    frame = edits_frame(Pipeline([Scripted((edit,))]).run("x"))
    assert frame[["after", "note"]].values.tolist() == [["\\udfff", "note \\ud83d"]]
