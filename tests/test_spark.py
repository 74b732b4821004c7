"""cleantext.spark on a real local[2] SparkSession (Java 17)."""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest

from cleantext import Context, Edit, Pipeline, passes
from cleantext.errors import InputError
from cleantext.passes.base import EMPTY_CONTEXT, Pass
from cleantext.spark import clean_column, clean_texts, clean_udf

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::FutureWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]

WS = Pipeline([passes.NormalizeWhitespace()])


@dataclass(frozen=True, slots=True)
class Boom(Pass):
    name: ClassVar[str] = "boom"

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if "BOOM" in text:
            raise ValueError("exploded")
        return []


BOOM_WS = Pipeline([Boom(), passes.NormalizeWhitespace()])


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    # Executors' Python workers must import this test module (for the Boom pass).
    here = os.path.dirname(os.path.abspath(__file__))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (here, os.environ.get("PYTHONPATH", "")) if p
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyspark.sql import SparkSession

        session = (
            SparkSession.builder.master("local[2]")
            .appName("cleantext-tests")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"])
            .getOrCreate()
        )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


ROWS = [(1, "Prices rose.  \n\n\n\nMore."), (2, None), (3, "clean"), (4, "a  b")]


def frame(spark: Any, rows: list[tuple[int, str | None]] = ROWS) -> Any:
    return spark.createDataFrame(rows, "id int, text string").repartition(2)


def by_id(rows: list[Any]) -> dict[int, Any]:
    return {r["id"]: r for r in rows}


def test_clean_column_replaces_the_column(spark: Any) -> None:
    out = clean_column(frame(spark), "text", pipeline=WS)
    assert out.columns == ["id", "text"]
    rows = by_id(out.collect())
    assert {i: r["text"] for i, r in rows.items()} == {
        1: "Prices rose.\n\nMore.",
        2: None,
        3: "clean",
        4: "a b",
    }


def test_clean_column_output_and_edits_columns(spark: Any) -> None:
    out = clean_column(
        frame(spark), "text", output_column="clean", edits_column="edits", pipeline=WS
    )
    assert out.columns == ["id", "text", "clean", "edits"]
    rows = by_id(out.collect())
    assert rows[4]["text"] == "a  b" and rows[4]["clean"] == "a b"
    edits = json.loads(rows[4]["edits"])
    assert [(e["rule"], e["start"], e["end"]) for e in edits] == [("whitespace/spaces", 1, 3)]
    assert rows[3]["edits"] == "[]" and rows[2]["edits"] is None


def test_default_pipeline_from_names_and_options(spark: Any) -> None:
    out = clean_column(frame(spark), "text", whitespace={"max_blank_lines": 3})
    assert by_id(out.collect())[1]["text"] == "Prices rose.\n\n\n\nMore."


@pytest.mark.parametrize(("on_error", "expected"), [("keep", "BOOM  x"), ("reject", None)])
def test_on_error_keep_and_reject_fill_the_error_column(
    spark: Any, on_error: str, expected: str | None
) -> None:
    df = frame(spark, [(1, "ok  x"), (2, "BOOM  x")])
    out = clean_column(df, "text", pipeline=BOOM_WS, on_error=on_error)
    assert out.columns == ["id", "text", "cleantext_error"]
    rows = by_id(out.collect())
    assert rows[1]["text"] == "ok x" and rows[1]["cleantext_error"] is None
    assert rows[2]["text"] == expected
    assert "PassError" in rows[2]["cleantext_error"] and "exploded" in rows[2]["cleantext_error"]
    assert out.filter(out["cleantext_error"].isNotNull()).count() == 1


def test_on_error_raise_fails_the_job(spark: Any) -> None:
    df = frame(spark, [(1, "BOOM")])
    with pytest.raises(Exception, match="exploded"):
        clean_column(df, "text", pipeline=BOOM_WS).collect()


def test_bad_columns(spark: Any) -> None:
    with pytest.raises(InputError, match="no column 'body'"):
        clean_column(frame(spark), "body", pipeline=WS)
    with pytest.raises(InputError, match="not a string column"):
        clean_column(frame(spark), "id", pipeline=WS)


@pytest.mark.parametrize(("on_error", "expected"), [("keep", "BOOM  x"), ("reject", None)])
def test_pandas_udf(spark: Any, on_error: str, expected: str | None) -> None:
    udf = clean_udf(pipeline=BOOM_WS, on_error=on_error)
    df = frame(spark, [(1, "a  b"), (2, None), (3, "BOOM  x")])
    rows = by_id(df.withColumn("clean", udf("text")).collect())
    assert {i: r["clean"] for i, r in rows.items()} == {1: "a b", 2: None, 3: expected}


def test_clean_texts_core() -> None:
    texts, edits, errors = clean_texts(
        ["a  b", None, float("nan"), "BOOM"], BOOM_WS, on_error="keep", edits=True
    )
    assert texts == ["a b", None, None, "BOOM"]
    assert edits[1:] == [None, None, None] and edits[0] is not None
    assert errors[:3] == [None, None, None] and errors[3] is not None


def test_categorical_pandas_input_keeps_cleaned_values(spark: Any) -> None:
    # Unlike cleantext.dask, nothing here casts the output to the input's dtype: a pandas
    # category column reaches Spark as a string column, and the cleaned texts stay.
    import pandas as pd

    texts = pd.Categorical(["a  ", "b", None, "a  "], categories=["a  ", "b", "unused  "])
    df = spark.createDataFrame(pd.DataFrame({"id": [1, 2, 3, 4], "text": texts}))
    cleaned = clean_column(df, "text", pipeline=WS, edits_column="edits")
    rows = by_id(cleaned.collect())
    assert {i: r["text"] for i, r in rows.items()} == {1: "a", 2: "b", 3: None, 4: "a"}
    assert rows[1]["edits"] is not None and rows[2]["edits"] == "[]"
    udf_rows = by_id(df.withColumn("clean", clean_udf(pipeline=WS)("text")).collect())
    assert {i: r["clean"] for i, r in udf_rows.items()} == {1: "a", 2: "b", 3: None, 4: "a"}


def test_other_columns_come_back_as_they_were(spark: Any) -> None:
    # Only the text column goes through pandas: NaN stays NaN (not null), and a timestamp
    # outside pandas' nanosecond range (the 9999-12-31 sentinel) does not fail the job.
    import datetime
    import math

    far = datetime.datetime(9999, 12, 31)
    df = spark.createDataFrame(
        [(1, "a  b", float("nan"), far)], "id long, text string, score double, expires timestamp"
    )
    out = clean_column(df, "text", pipeline=WS, edits_column="edits", on_error="keep")
    assert out.columns == ["id", "text", "score", "expires", "edits", "cleantext_error"]
    row = out.collect()[0]
    assert row["text"] == "a b" and row["cleantext_error"] is None
    assert math.isnan(row["score"]) and row["expires"] == df.collect()[0]["expires"]
    assert json.loads(row["edits"])[0]["rule"] == "whitespace/spaces"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"edits_column": "text"}, "edits_column 'text' is the column that holds the cleaned"),
        ({"edits_column": "id"}, "edits_column 'id' is already a column"),
        ({"output_column": "id"}, "output_column 'id' is already a column"),
        ({"output_column": "x", "edits_column": "x"}, "edits_column 'x' is the column that"),
        ({"output_column": "x", "edits_column": "text"}, "edits_column 'text' is already a"),
        ({"on_error": "keep"}, "error_column 'cleantext_error' is already a column"),
        ({"on_error": "reject", "error_column": "text"}, "error_column 'text' is the column"),
        ({"edits_column": "e", "error_column": "e"}, "error_column 'e' is the edits_column"),
        ({"edits_column": "ID"}, "edits_column 'ID' is already a column"),  # Spark ignores case
    ],
)
def test_output_columns_that_collide_are_refused(
    spark: Any, options: dict[str, str], message: str
) -> None:
    df = spark.createDataFrame([(1, "a", "wire")], "id long, text string, cleantext_error string")
    with pytest.raises(InputError, match=message):
        clean_column(df, "text", pipeline=WS, **options)


def test_column_names_with_dots_and_backticks(spark: Any) -> None:
    df = spark.createDataFrame([(1, "a  b", "c  d")], ["id", "a.b", "we`ird"])
    out = clean_column(clean_column(df, "a.b", pipeline=WS), "we`ird", pipeline=WS)
    out = clean_column(out, "a.b", output_column="x.y", pipeline=WS)
    assert out.columns == ["id", "a.b", "we`ird", "x.y"]
    assert tuple(out.collect()[0]) == (1, "a b", "c d", "a b")
    with pytest.raises(InputError, match=r"without backticks"):
        clean_column(df, "`a.b`", pipeline=WS)


def test_clean_texts_keep_keeps_values_that_are_not_text() -> None:
    texts, _, errors = clean_texts(["a  b", 5, None], WS, on_error="keep")
    assert texts == ["a b", 5, None]
    assert errors[1] is not None and "not int" in errors[1]
    assert clean_texts([5], WS, on_error="reject")[0] == [None]


def test_a_failed_row_is_told_by_its_text_not_its_place_in_a_batch(spark: Any) -> None:
    # a Spark row carries no number; its place in an Arrow batch finds nothing
    df = frame(spark, [(1, "fine"), (2, "BOOM went the market today")])
    with pytest.raises(Exception, match="the row whose text opens 'BOOM went the market"):
        clean_column(df, "text", pipeline=BOOM_WS).collect()


def test_clean_texts_raise_names_the_item() -> None:
    with pytest.raises(TypeError, match=r"^item 2: cleantext cleans str, not int"):
        clean_texts([None, "a", 5], WS)
    with pytest.raises(TypeError, match=r"^row 'k': cleantext cleans str"):
        clean_texts(["a", 5], WS, where=lambda i: f"row {'jk'[i]!r}")


def test_edits_json_escapes_a_lone_surrogate() -> None:
    # JSON's own escape: valid UTF-8 for Arrow and Parquet, and json.loads gives it back
    _, edits, _ = clean_texts(["A \ud800 lone surrogate.\n"], Pipeline.default(), edits=True)
    assert edits[0] is not None
    edits[0].encode("utf-8")
    assert json.loads(edits[0])[0]["before"] == "\ud800"
