"""cleantext.dask on a real distributed LocalCluster (2 worker processes)."""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest

from cleantext import Context, Edit, Pipeline, passes
from cleantext.dask import clean_bag, clean_frame, clean_series
from cleantext.errors import InputError
from cleantext.passes.base import EMPTY_CONTEXT, Pass

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]

WS = Pipeline([passes.NormalizeWhitespace()])


@dataclass(frozen=True, slots=True)
class Boom(Pass):
    name: ClassVar[str] = "boom"

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if "BOOM" in text:
            raise ValueError("exploded")
        return []


@dataclass(frozen=True, slots=True)
class CountUnpickling(Pass):
    """Appends its process id to a file each time it is unpickled."""

    path: str = ""
    name: ClassVar[str] = "count"

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return []

    def __reduce__(self) -> tuple[object, ...]:
        return (_unpickled, (self.path,))


def _unpickled(path: str) -> CountUnpickling:
    with open(path, "a") as f:
        f.write(f"{os.getpid()}\n")
    return CountUnpickling(path)


BOOM_WS = Pipeline([Boom(), passes.NormalizeWhitespace()])


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    here = os.path.dirname(os.path.abspath(__file__))
    old = os.environ.get("PYTHONPATH")
    # Worker processes must import this test module (for the test passes).
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (here, old) if p)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        c = Client(cluster)
    yield c
    c.close()
    cluster.close()
    if old is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = old


TEXTS = [f"Row {i}.  \n\n\n\nEnd." if i % 2 else f"Clean row {i}." for i in range(40)]


def test_clean_series_keeps_index_and_order(client: Any) -> None:
    s = pd.Series([*TEXTS, None], index=[f"k{i:02d}" for i in range(41)], name="text")
    out = clean_series(dd.from_pandas(s, npartitions=4), pipeline=WS).compute()
    assert list(out.index) == list(s.index)
    assert out.name == "text"
    assert out.tolist()[:40] == [WS(t) for t in TEXTS]
    assert out.isna().tolist()[40]


def test_missing_values_of_an_object_column_stay_as_they_came(client: Any) -> None:
    # as cleantext.pandas keeps them: NaN, pd.NA and None are three missing values
    import dask

    values = ["x  ", None, float("nan"), pd.NA]
    with dask.config.set({"dataframe.convert-string": False}):
        s = dd.from_pandas(pd.Series(values, dtype=object), npartitions=2)
        out = clean_series(s, pipeline=WS).compute().tolist()
        frame = dd.from_pandas(pd.DataFrame({"text": pd.Series(values, dtype=object)}), 2)
        column = clean_frame(frame, "text", pipeline=WS).compute()["text"].tolist()
    for got in (out, column):
        assert got[0] == "x" and got[1] is None and got[2] != got[2] and got[3] is pd.NA


def test_clean_frame_output_edits_and_errors(client: Any) -> None:
    pdf = pd.DataFrame({"id": range(4), "text": ["a  b", None, "BOOM", "ok"]})
    out = clean_frame(
        dd.from_pandas(pdf, npartitions=2),
        "text",
        output_column="clean",
        edits_column="edits",
        on_error="reject",
        pipeline=Pipeline([Boom(), passes.NormalizeWhitespace()]),
    ).compute()
    assert list(out.columns) == ["id", "text", "clean", "edits", "cleantext_error"]
    assert out["text"].tolist()[0] == "a  b"
    clean = out["clean"].tolist()
    assert clean[0] == "a b" and clean[3] == "ok"
    assert out["clean"].isna().tolist() == [False, True, True, False]
    assert json.loads(out["edits"].tolist()[0])[0]["rule"] == "whitespace/spaces"
    errors = out["cleantext_error"]
    assert errors.isna().tolist() == [True, True, False, True]
    assert "exploded" in errors.tolist()[2]


def test_clean_frame_default_pipeline(client: Any) -> None:
    pdf = pd.DataFrame({"text": ["x \n\n\n\n\ny"]})
    out = clean_frame(dd.from_pandas(pdf, npartitions=1), "text", whitespace={"max_blank_lines": 2})
    assert out.compute()["text"].tolist() == ["x\n\n\ny"]


def test_on_error_raise_fails_the_computation(client: Any) -> None:
    s = dd.from_pandas(pd.Series(["ok", "BOOM"]), npartitions=2)
    with pytest.raises(Exception, match="exploded"):
        clean_series(s, pipeline=BOOM_WS).compute()


def test_on_error_keep_in_series(client: Any) -> None:
    s = dd.from_pandas(pd.Series(["a  b", "BOOM  x"]), npartitions=2)
    assert clean_series(s, pipeline=BOOM_WS, on_error="keep").compute().tolist() == [
        "a b",
        "BOOM  x",
    ]


def test_bad_column(client: Any) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"body": ["a"]}), npartitions=1)
    with pytest.raises(InputError, match="no column 'text'"):
        clean_frame(ddf, "text", pipeline=WS)


def test_clean_bag_of_strings_and_records(client: Any) -> None:
    strings = db.from_sequence(TEXTS, npartitions=5)
    assert clean_bag(strings, pipeline=WS).compute() == [WS(t) for t in TEXTS]
    records = db.from_sequence(
        [{"id": 1, "text": "a  b"}, {"id": 2, "text": "BOOM"}, {"id": 3}], npartitions=2
    )
    out = clean_bag(records, field="text", pipeline=BOOM_WS, on_error="keep").compute()
    assert out[0] == {"id": 1, "text": "a b"}
    assert out[1]["text"] == "BOOM" and "exploded" in out[1]["cleantext_error"]
    assert out[2] == {"id": 3, "cleantext_error": "InputError: no field 'text' (fields: id)"}


def test_pipeline_reaches_each_worker_once(client: Any, tmp_path: Path) -> None:
    log = tmp_path / "unpickled.txt"
    log.touch()
    pipe = Pipeline([CountUnpickling(str(log)), passes.NormalizeWhitespace()])
    s = dd.from_pandas(pd.Series([f"t{i}  " for i in range(200)]), npartitions=20)
    out = clean_series(s, pipeline=pipe).compute()
    assert out.tolist() == [f"t{i}" for i in range(200)]
    unpickled_in = log.read_text().split()
    assert len(unpickled_in) <= 2 * 2  # at most a couple per worker, never one per partition
    assert len(unpickled_in) < 20


# Categorical text columns. Cleaning can rename a category differently in each partition
# (a category one partition uses, another may not), so the output is the categories' own
# string dtype, the same for every partition and for the lazy meta; never NaN.
CATEGORICAL = ["a  ", "b", "a  ", None, "b", "b", "c\t ", "b"]
CLEANED = ["a", "b", "a", None, "b", "b", "c", "b"]


def _categorical(ordered: bool = False) -> pd.Series:
    categories = ["a  ", "b", "c\t ", "unused  "]
    return pd.Series(pd.Categorical(CATEGORICAL, categories=categories, ordered=ordered))


def _values(series: pd.Series) -> list[object]:
    return [None if pd.isna(v) else v for v in series.tolist()]


@pytest.mark.parametrize("ordered", [False, True])
@pytest.mark.parametrize("known", [True, False])
def test_clean_series_categorical_keeps_cleaned_values(
    client: Any, ordered: bool, known: bool
) -> None:
    s = dd.from_pandas(_categorical(ordered).rename("text"), npartitions=2)
    if not known:
        s = s.cat.as_unknown()
    lazy = clean_series(s, pipeline=WS)
    out = lazy.compute()
    assert _values(out) == CLEANED
    assert out.dtype == pd.Series(["x"]).dtype  # the categories' dtype, str
    assert lazy.dtype == out.dtype  # the meta matches every partition
    assert out.name == "text" and list(out.index) == list(range(8))


def test_clean_frame_categorical_keeps_edits_and_errors(client: Any) -> None:
    pdf = pd.DataFrame({"id": range(8), "text": _categorical()})
    pdf.loc[1, "text"] = pd.NA
    pdf["text"] = pdf["text"].cat.add_categories(["BOOM  x"])
    pdf.loc[5, "text"] = "BOOM  x"
    lazy = clean_frame(
        dd.from_pandas(pdf, npartitions=2),
        "text",
        output_column="clean",
        edits_column="edits",
        on_error="keep",
        pipeline=BOOM_WS,
    )
    out = lazy.compute()
    assert dict(lazy.dtypes) == dict(out.dtypes)
    assert isinstance(out["text"].dtype, pd.CategoricalDtype)  # the input column is untouched
    assert _values(out["text"]) == _values(pdf["text"])
    expected = [*CLEANED[:5], "BOOM  x", *CLEANED[6:]]
    expected[1] = None
    assert _values(out["clean"]) == expected
    text_dtype = pd.Series(["x"]).dtype
    assert out["clean"].dtype == out["edits"].dtype == out["cleantext_error"].dtype == text_dtype
    edits = _values(out["edits"])
    assert [e is None for e in edits] == [False, True, False, True, False, True, False, False]
    assert json.loads(edits[0])[0]["rule"] == "whitespace/trailing"
    assert json.loads(edits[2])[0]["rule"] == "whitespace/trailing"
    assert edits[4] == "[]"
    errors = _values(out["cleantext_error"])
    assert [e is not None for e in errors] == [
        False,
        False,
        False,
        False,
        False,
        True,
        False,
        False,
    ]
    assert "exploded" in str(errors[5])


def test_clean_frame_categorical_replaced_in_place(client: Any) -> None:
    pdf = pd.DataFrame({"text": _categorical(ordered=True)})
    out = clean_frame(dd.from_pandas(pdf, npartitions=3), "text", pipeline=WS).compute()
    assert _values(out["text"]) == CLEANED


@pytest.mark.parametrize("dtype", ["str", "string[python]", "string[pyarrow]", "object"])
def test_text_dtypes_are_kept(client: Any, dtype: str) -> None:
    pdf = pd.DataFrame({"text": pd.Series(["a  ", None, "b"], dtype=dtype)})
    ddf = dd.from_pandas(pdf, npartitions=2)
    series = clean_series(ddf["text"], pipeline=WS)
    frame = clean_frame(ddf, "text", edits_column="edits", pipeline=WS)
    out, table = series.compute(), frame.compute()
    assert _values(out) == _values(table["text"]) == ["a", None, "b"]
    assert out.dtype == series.dtype == ddf["text"].dtype
    assert dict(table.dtypes) == dict(frame.dtypes)
    assert table["text"].dtype == table["edits"].dtype == ddf["text"].dtype


# ------------------------------------------------------------------ outputs that overwrite data


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"edits_column": "text"}, "edits_column 'text' is the column that holds the cleaned"),
        ({"edits_column": "id"}, "edits_column 'id' is already a column"),
        ({"output_column": "id"}, "output_column 'id' is already a column"),
        ({"output_column": "x", "edits_column": "x"}, "edits_column 'x' is the column that"),
        ({"on_error": "keep"}, "error_column 'cleantext_error' is already a column"),
        ({"on_error": "reject", "error_column": "text"}, "error_column 'text' is the column"),
    ],
)
def test_output_columns_that_collide_are_refused(options: dict[str, str], message: str) -> None:
    pdf = pd.DataFrame({"id": [1], "text": ["a  b"], "cleantext_error": ["wire"]})
    with pytest.raises(InputError, match=message):
        clean_frame(dd.from_pandas(pdf, npartitions=1), "text", pipeline=WS, **options)


# ------------------------------------------------------------------ values that are not text


def _objects(values: list[object], index: list[str] | None = None) -> Any:
    """A one-partition frame whose object column ``text`` holds ``values`` as they are
    (dask would otherwise convert an object column to strings, 5 to "5")."""
    import dask

    frame = pd.DataFrame({"text": pd.Series(values, dtype=object, index=index)})
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_pandas(frame, npartitions=1)


def test_keep_keeps_a_value_that_is_not_text() -> None:
    out = clean_frame(_objects(["ok  ", 5]), "text", pipeline=WS, on_error="keep")
    rows = out.compute(scheduler="sync").to_dict("records")
    assert [r["text"] for r in rows] == ["ok", 5]
    assert "not int" in rows[1]["cleantext_error"]
    series = clean_series(_objects(["ok  ", 5])["text"], pipeline=WS, on_error="keep")
    assert series.compute(scheduler="sync").tolist() == ["ok", 5]
    records = db.from_sequence([{"id": 1, "text": "ok  "}, {"id": 2, "text": 5}], npartitions=1)
    out_records = clean_bag(records, field="text", pipeline=WS, on_error="keep")
    kept = out_records.compute(scheduler="sync")
    assert kept[1]["text"] == 5 and "not int" in kept[1]["cleantext_error"]
    plain = clean_bag(db.from_sequence(["ok  ", 5], npartitions=1), pipeline=WS, on_error="keep")
    assert plain.compute(scheduler="sync") == ["ok", 5]


def test_a_column_that_is_not_text_is_refused_up_front() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"n": [1, 2], "text": ["a", "b"]}), npartitions=1)
    with pytest.raises(InputError, match=r"column 'n' is int64, not text: .*\.astype\(str\)"):
        clean_frame(ddf, "n", pipeline=WS)
    with pytest.raises(InputError, match=r"series 'n' is int64, not text"):
        clean_series(ddf["n"], pipeline=WS)


def test_a_value_that_is_not_text_is_named_by_column_and_row() -> None:
    ddf = _objects(["a", 5], index=["r1", "r2"])
    with pytest.raises(TypeError, match=r"column 'text', row 'r2': cleantext cleans str, not int"):
        clean_frame(ddf, "text", pipeline=WS).compute(scheduler="sync")
    with pytest.raises(TypeError, match=r"row 'r2': cleantext cleans str, not int"):
        clean_series(ddf["text"], pipeline=WS).compute(scheduler="sync")


# ------------------------------------------------------------------ bags of records


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("Shares rose.  ", r"clean_bag\(field='text'\) cleans dicts: item 0 .* is a str"),
        (["Shares rose.  "], r"item 0 .* is a list"),
        ({"body": "Shares rose.  "}, r"item 0 .* has no field 'text' \(fields: body\)"),
    ],
)
def test_clean_bag_field_refuses_items_it_cannot_clean(item: object, message: str) -> None:
    bag = db.from_sequence([item], npartitions=1)
    with pytest.raises(InputError, match=message):
        clean_bag(bag, field="text", pipeline=WS).compute(scheduler="sync")


def test_clean_bag_field_keep_reports_a_record_without_the_field() -> None:
    bag = db.from_sequence([{"body": "x  "}, {"text": "y  "}], npartitions=1)
    for on_error in ("keep", "reject"):
        out = clean_bag(bag, field="text", pipeline=WS, on_error=on_error).compute(scheduler="sync")
        assert out[0]["body"] == "x  " and "no field 'text'" in out[0]["cleantext_error"]
        assert out[1] == {"text": "y"}
    with pytest.raises(InputError, match="is a str"):  # not a record, whatever on_error says
        clean_bag(db.from_sequence(["x"]), field="text", on_error="keep").compute(scheduler="sync")


def test_clean_bag_of_dicts_without_field_says_to_pass_field() -> None:
    bag = db.from_sequence([{"text": "a"}], npartitions=1)
    with pytest.raises(TypeError, match=r"not dict .*pass field="):
        clean_bag(bag, pipeline=WS).compute(scheduler="sync")
