"""cleantext.pandas: clean a Series, count edits per rule, list every edit for audits."""

from __future__ import annotations

import math
import subprocess
import sys

import pandas as pd
import pytest

import cleantext.pandas as ctpd
from cleantext import Context, Pipeline, clean, passes
from cleantext.frames import COLUMNS

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
