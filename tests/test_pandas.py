"""cleantext.pandas: clean a Series, count edits per rule, list every edit for audits."""

from __future__ import annotations

import math
import subprocess
import sys
from dataclasses import dataclass
from typing import ClassVar

import pandas as pd
import pytest

import cleantext.pandas as ctpd
from cleantext import Context, Edit, Pipeline, clean, passes
from cleantext.frames import COLUMNS
from cleantext.passes.base import EMPTY_CONTEXT, Pass

WS = Pipeline([passes.NormalizeWhitespace()])
UW = Pipeline([passes.FixUnicode(), passes.NormalizeWhitespace()])


def test_text_and_counts_per_rule() -> None:
    s = pd.Series(["caf\u00c3\u00a9  \n", "tidy\n", "a \nb \n"], index=[10, 20, 30])
    out = ctpd.clean_series(s, pipeline=UW)
    assert list(out.index) == [10, 20, 30]
    assert list(out.columns) == ["text", "changes", "unicode/mojibake", "whitespace/trailing"]
    assert out["text"].tolist() == ["café\n", "tidy\n", "a\nb\n"]
    assert out["changes"].tolist() == [2, 0, 2]
    assert out["unicode/mojibake"].tolist() == [1, 0, 0]
    assert out["whitespace/trailing"].tolist() == [1, 0, 2]
    assert all(str(out[c].dtype) == "int64" for c in out.columns[1:])


def test_default_pipeline_and_options() -> None:
    s = pd.Series(["a \n\n\n\nb"])
    assert ctpd.clean_series(s)["text"].tolist() == ["a\n\nb"]
    out = ctpd.clean_series(s, ignore=["whitespace/blank-lines"])
    assert out["text"].tolist() == ["a\n\n\n\nb"]
    assert "whitespace/blank-lines" not in out.columns


def test_clean_text_unchanged_and_no_rule_columns() -> None:
    s = pd.Series(["Plain prose.\n", "More prose.\n"])
    out = ctpd.clean_series(s, pipeline=UW)
    assert out["text"].tolist() == s.tolist()
    assert list(out.columns) == ["text", "changes"]


def test_rules_give_stable_columns() -> None:
    out = ctpd.clean_series(["ok\n"], pipeline=WS, rules=["names/variant", "whitespace/trailing"])
    assert list(out.columns) == ["text", "changes", "names/variant", "whitespace/trailing"]
    assert out.iloc[0].tolist() == ["ok\n", 0, 0, 0]


def test_custom_column_names_and_clash() -> None:
    out = ctpd.clean_series(["a \n"], pipeline=WS, text_column="clean", total_column="n")
    assert list(out.columns) == ["clean", "n", "whitespace/trailing"]
    with pytest.raises(ValueError, match="clashes"):
        ctpd.clean_series(["a \n"], pipeline=WS, rules=["text"])


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA])
def test_missing_values_stay_missing(missing: object) -> None:
    s = pd.Series(["a \n", missing], dtype="object")
    out = ctpd.clean_series(s, pipeline=WS)
    assert out["text"].iloc[0] == "a\n"
    assert pd.isna(out["text"].iloc[1])
    assert out["changes"].tolist() == [1, 0]


def test_string_dtype_kept() -> None:
    s = pd.Series(["a \n", None], dtype="string")
    out = ctpd.clean_series(s, pipeline=WS)
    assert out["text"].dtype == s.dtype
    assert out["text"].iloc[0] == "a\n"


@pytest.mark.parametrize("bad", [3, b"bytes", 2.5])
def test_non_text_values_name_the_row(bad: object) -> None:
    s = pd.Series(["fine", bad], index=["first", "second"], dtype="object")
    with pytest.raises(TypeError, match="row 'second'"):
        ctpd.clean_series(s, pipeline=WS)


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="single string"):
        ctpd.clean_series("just one text")
    with pytest.raises(TypeError, match="one column"):
        ctpd.clean_series(pd.DataFrame({"text": ["a"]}))
    with pytest.raises(TypeError, match="either pipeline"):
        ctpd.clean_series(["a"], ["Arthur Mensch"], pipeline=WS)
    with pytest.raises(TypeError, match="unknown option"):
        ctpd.clean_series(["a"], colour="red")


def test_works_with_dataframe_assign() -> None:
    df = pd.DataFrame({"id": [1, 2], "body": ["x  \n", "y\n"]})
    audited = df.join(ctpd.clean_series(df["body"], pipeline=WS))
    assert audited.loc[audited["changes"] > 0, "id"].tolist() == [1]


def test_edits_table_rows_and_labels() -> None:
    s = pd.Series(["tidy\n", "a  \nb \n", None], index=["x", "y", "z"], dtype="object")
    table = ctpd.edits_table(s, pipeline=WS)
    assert list(table.columns) == ["row", *COLUMNS]
    assert table[["row", "rule", "line", "column", "before"]].values.tolist() == [
        ["y", "whitespace/trailing", 1, 2, "  "],
        ["y", "whitespace/trailing", 2, 2, " "],
    ]


def test_edits_table_empty() -> None:
    table = ctpd.edits_table(["tidy\n"], pipeline=WS, row_column="doc")
    assert table.empty
    assert list(table.columns) == ["doc", *COLUMNS]


def test_edits_table_matches_counts() -> None:
    s = pd.Series(["caf\u00c3\u00a9  \n", "a \n\n\n\nb\u00a0c"])
    counts = ctpd.clean_series(s, pipeline=UW)
    table = ctpd.edits_table(s, pipeline=UW)
    by_rule = table.groupby("rule").size().to_dict()
    assert by_rule == {c: int(counts[c].sum()) for c in counts.columns[2:]}
    assert math.isclose(len(table), counts["changes"].sum())


def test_import_cleantext_does_not_import_pandas() -> None:
    code = (
        "import sys, cleantext, cleantext.frames, cleantext.pandas; print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_module_name_does_not_shadow_pandas() -> None:
    import cleantext.pandas

    assert cleantext.pandas.__name__ == "cleantext.pandas"
    assert ctpd.clean_series.__module__ == "cleantext.pandas"
    assert pd.__name__ == "pandas" and hasattr(pd, "DataFrame")


def test_series_is_one_batch_of_evidence() -> None:
    # "cityMarket" used on its own in several rows is a word (a shop), not two sentences.
    s = pd.Series(["We shop at cityMarket daily.", "Prices at cityMarket fell."])
    assert ctpd.clean_series(s)["text"].tolist() == s.tolist()
    assert ctpd.edits_table(s).empty
    alone = ctpd.clean_series(s, batch_evidence=False)["text"].tolist()
    assert alone == [clean(t) for t in s]  # each text cleaned on its own, as clean() does


def test_explicit_context_wins() -> None:
    s = pd.Series(["We shop at cityMarket daily."])
    ctx = Context(vocabulary=frozenset({"cityMarket"}))
    assert ctpd.clean_series(s, context=ctx)["text"].tolist() == s.tolist()


# ------------------------------------------------------------------ dtypes, index, columns


def _string_dtypes() -> list[object]:
    """The text dtypes a pandas user may hand in; the pyarrow ones only if it is installed."""
    dtypes: list[object] = ["object", "string[python]"]
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - pyarrow is in the test extra
        return dtypes
    dtypes += [
        "string[pyarrow]",
        pd.ArrowDtype(pa.string()),
        pd.ArrowDtype(pa.large_string()),
        pd.ArrowDtype(pa.dictionary(pa.int32(), pa.string())),
    ]
    if int(pd.__version__.split(".")[0]) >= 3:  # pragma: no cover - pandas 3's default
        dtypes.append("str")
    return dtypes


@pytest.mark.parametrize("dtype", [*_string_dtypes(), "category"], ids=str)
def test_cleaned_values_never_lost(dtype: object) -> None:
    s = pd.Series(["Shares rose.  ", "Clean.", None, "Shares rose.  "], index=[7, 5, 9, 1])
    s = s.astype(dtype)
    out = ctpd.clean_series(s, pipeline=WS)
    assert list(out.index) == [7, 5, 9, 1]
    text = out["text"]
    assert [text[7], text[5], text[1]] == ["Shares rose.", "Clean.", "Shares rose."]
    assert pd.isna(text[9])
    assert out["changes"].tolist() == [1, 0, 0, 1]


@pytest.mark.parametrize("dtype", _string_dtypes(), ids=str)
def test_text_dtype_round_trips(dtype: object) -> None:
    s = pd.Series(["a  \n", None]).astype(dtype)
    assert ctpd.clean_series(s, pipeline=WS)["text"].dtype == s.dtype


def test_categorical_stays_categorical_with_cleaned_categories() -> None:
    s = pd.Series(["Shares rose.  ", "Clean.", "Shares rose.  ", None], dtype="category")
    text = ctpd.clean_series(s, pipeline=WS)["text"]
    assert isinstance(text.dtype, pd.CategoricalDtype)
    assert text.tolist()[:3] == ["Shares rose.", "Clean.", "Shares rose."]
    assert pd.isna(text.iloc[3])
    assert set(text.cat.categories) == {"Clean.", "Shares rose."}


def test_categorical_keeps_order_merges_and_unused_categories() -> None:
    cats = ["z  ", "a", "m ", "m", "unused  "]
    s = pd.Series(pd.Categorical(["a", "z  ", "m ", "m"], categories=cats, ordered=True))
    text = ctpd.clean_series(s, pipeline=WS)["text"]
    # each category a row uses becomes its cleaned text, in place; "m " and "m" merge;
    # a category no row uses is kept as it is (nothing of the data is in it)
    assert text.cat.categories.tolist() == ["z", "a", "m", "unused  "]
    assert text.cat.ordered
    assert text.tolist() == ["a", "z", "m", "m"]
    assert (text.min(), text.max()) == ("z", "m")


def test_categorical_without_changes_round_trips() -> None:
    s = pd.Series(pd.Categorical(["b", "a", None], categories=["b", "a", "c"], ordered=True))
    text = ctpd.clean_series(s, pipeline=WS)["text"]
    assert text.dtype == s.dtype
    assert text.tolist()[:2] == ["b", "a"]


def test_all_missing_column_keeps_its_dtype() -> None:
    s = pd.Series([float("nan"), float("nan")])
    assert str(ctpd.clean_series(s, pipeline=WS)["text"].dtype) == "float64"


def test_index_name_and_duplicates_preserved() -> None:
    index = pd.MultiIndex.from_tuples([("b", 2), ("a", 1), ("b", 2)], names=["src", "n"])
    s = pd.Series(["x  ", "y", "z "], index=index, name="body")
    out = ctpd.clean_series(s, pipeline=WS)
    assert out.index.equals(index) and out.index.names == ["src", "n"]
    assert out["text"].tolist() == ["x", "y", "z"]
    assert out["changes"].tolist() == [1, 0, 1]
    assert s.name == "body"  # the input is not modified


def test_numpy_float_nan_in_object_column_is_missing() -> None:
    np = pytest.importorskip("numpy")
    s = pd.Series(["a \n", np.float32("nan"), np.datetime64("NaT")], dtype="object")
    out = ctpd.clean_series(s, pipeline=WS)
    assert out["text"].iloc[0] == "a\n"
    assert out["text"].iloc[1:].isna().all()
    assert out["changes"].tolist() == [1, 0, 0]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"text_column": "x", "total_column": "x"},
        {"text_column": "whitespace/trailing"},  # a rule's column, even if it never fires
        {"total_column": "names/variant"},
        {"rules": ["changes"]},
        {"total_column": "n", "rules": ["n"]},
    ],
)
def test_output_column_clash_raises(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="clash"):
        ctpd.clean_series(["clean\n"], pipeline=WS, **kwargs)  # type: ignore[arg-type]


def test_unknown_rule_raises() -> None:
    from cleantext.errors import ConfigError

    with pytest.raises(ConfigError, match=r"rules=.*'whitespace/trailng'"):
        ctpd.clean_series(["a \n"], pipeline=WS, rules=["whitespace/trailng"])
    with pytest.raises(ConfigError, match="whitepsace"):
        ctpd.clean_series(["a \n"], pipeline=WS, rules=["whitepsace"])
    with pytest.raises(TypeError, match="list of rule"):
        ctpd.clean_series(["a \n"], pipeline=WS, rules="whitespace/trailing")  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Capitalize(Pass):
    name: ClassVar[str] = "capitalize"
    rules: ClassVar[tuple[str, ...]] = ("x/sure",)

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return [Edit(0, 1, text[0].upper(), "x/sure")]


def test_rules_take_pass_names_and_custom_rules() -> None:
    out = ctpd.clean_series(["a \n"], pipeline=WS, rules=["whitespace"])
    rules = sorted(passes.NormalizeWhitespace.rules)
    assert list(out.columns) == ["text", "changes", *rules]
    assert out["whitespace/trailing"].tolist() == [1]
    pipe = Pipeline([Capitalize()])
    out = ctpd.clean_series(["abc"], pipeline=pipe, rules=["x/sure", "names/variant"])
    assert list(out.columns) == ["text", "changes", "x/sure", "names/variant"]
    assert out.iloc[0].tolist() == ["Abc", 1, 1, 0]


def test_edits_table_row_column_keeps_index_dtype() -> None:
    s = pd.Series(["a \n", "b\n", "c \n"], index=pd.Index([30, 10, 20], dtype="int64"))
    table = ctpd.edits_table(s, pipeline=WS)
    assert str(table["row"].dtype) == "int64"
    assert table["row"].tolist() == [30, 20]
    assert s.loc[table["row"]].tolist() == ["a \n", "c \n"]
    dates = pd.Series(["a \n"], index=pd.DatetimeIndex(["2024-05-01"]))
    assert ctpd.edits_table(dates, pipeline=WS)["row"].dtype == dates.index.dtype
    assert ctpd.edits_table(dates.iloc[:0], pipeline=WS)["row"].dtype == dates.index.dtype
    multi = pd.Series(["a \n"], index=pd.MultiIndex.from_tuples([("x", 1)]))
    assert ctpd.edits_table(multi, pipeline=WS)["row"].tolist() == [("x", 1)]


@pytest.mark.parametrize("name", ["rule", "applied"])
def test_edits_table_row_column_clash_raises(name: str) -> None:
    with pytest.raises(ValueError, match="clash"):
        ctpd.edits_table(["a \n"], pipeline=WS, row_column=name)
