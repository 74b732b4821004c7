"""Clean a text column of a Spark DataFrame, on the executors, with a pandas UDF.

pyspark is optional (``pip install 'cleantext-news[spark]'``) and imported only when a
function here runs. The pipeline travels to the executors once per task inside the
function Spark ships (never once per row); each Arrow batch of a partition is cleaned with
shared batch evidence (see :mod:`cleantext.batch`). Only the text column travels to
Python: every other column stays in Spark, exactly as it was.

- :func:`clean_column`: a DataFrame with the cleaned column, optionally the edits (a JSON
  list per row) and the error of rows that failed.
- :func:`clean_udf`: a pandas UDF, for ``df.withColumn("clean", udf("text"))``.

Null values stay null. ``on_error``: ``"raise"`` fails the Spark job on the first row a
pass fails on; ``"keep"`` keeps that row's text unchanged; ``"reject"`` sets it to null. With
keep or reject, ``error_column`` (default ``"cleantext_error"``) holds each failed row's
error, so ``df.filter(col("cleantext_error").isNotNull())`` are the rejects.

Example (needs a SparkSession)::

    from cleantext.spark import clean_column
    out = clean_column(spark.read.json("news.jsonl"), "text", edits_column="edits")
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from cleantext.batch import Cleaned, Failure, check_on_error, iter_results, make_pipeline
from cleantext.errors import InputError
from cleantext.frames import is_missing
from cleantext.pipeline import Pipeline
from cleantext.render import escape_surrogates

__all__ = ["DataFrame", "clean_column", "clean_texts", "clean_udf"]

#: A ``pyspark.sql.DataFrame`` (``Any`` to mypy).
DataFrame: TypeAlias = Any

#: The error column used when ``on_error`` is keep or reject and none is named.
ERROR_COLUMN = "cleantext_error"


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "cleantext.spark needs pyspark, pandas and pyarrow: pip install 'cleantext-news[spark]'"
        ) from None


def clean_texts(
    values: Sequence[object],
    pipeline: Pipeline,
    *,
    on_error: str = "raise",
    edits: bool = False,
    where: Callable[[int], str] | None = None,
) -> tuple[list[object], list[str | None], list[str | None]]:
    """Clean one batch of values (what a partition function sees).

    Returns three lists as long as ``values``: cleaned texts, edits as JSON (when
    ``edits``), and error messages. Missing values stay missing; a value that fails keeps
    its place: with ``"keep"`` it comes back exactly as it was (a number stays that
    number), with ``"reject"`` it is ``None``. With ``"raise"`` the first failure is raised,
    its message led by ``where(i)`` (default ``"item i"``, ``i`` its index in ``values``).
    In the edits JSON a lone surrogate is written as JSON's escape (``"\\ud800"``), so
    that it is valid UTF-8 and reads back as that surrogate. This is the engine-independent
    core of :mod:`cleantext.spark` and :mod:`cleantext.dask`.

    >>> from cleantext import Pipeline, passes
    >>> clean_texts(["a  b", None], Pipeline([passes.NormalizeWhitespace()]))
    (['a b', None], [None, None], [None, None])
    """
    check_on_error(on_error)
    present = [i for i, v in enumerate(values) if not is_missing(v)]
    texts: list[object] = [None] * len(values)
    edit_json: list[str | None] = [None] * len(values)
    errors: list[str | None] = [None] * len(values)
    items = iter_results(
        [values[i] for i in present],
        pipeline=pipeline,
        jobs=1,
        window=None,
        edits=edits,
        on_error="keep",
    )
    for position, item in zip(present, items, strict=True):
        if isinstance(item, Failure):
            if on_error == "raise":
                raise _located(item, where(position) if where else f"item {position}")
            errors[position] = f"{item.error_type}: {item.error}"
            if on_error == "keep":
                texts[position] = values[position]
            continue
        assert isinstance(item, Cleaned)
        texts[position] = item.text
        if edits:
            edit_json[position] = escape_surrogates(
                json.dumps(list(item.edits), ensure_ascii=False)
            )
    return texts, edit_json, errors


def _opening(values: Sequence[object]) -> Callable[[int], str]:
    """``where`` for a batch of Spark rows, which carry no row number: the row by the
    opening of its text ("the row whose text opens 'Breaking: ...'"), not by its place in
    a batch that Arrow cut.

    >>> _opening(["x" * 50])(0)
    "the row whose text opens 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"
    """
    return lambda i: f"the row whose text opens {str(values[i])[:40]!r}"


def _located(failure: Failure, where: str) -> Exception:
    """The exception of ``failure``, its message led by ``where`` (the row that failed).

    >>> str(_located(Failure(0, 5, "cleantext cleans str, not int", "TypeError"), "row 'b'"))
    "row 'b': cleantext cleans str, not int"
    """
    return dataclasses.replace(failure, error=f"{where}: {failure.error}").exception()


def clean_column(
    df: DataFrame,
    column: str,
    *,
    output_column: str | None = None,
    edits_column: str | None = None,
    error_column: str | None = None,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    names: Sequence[object] | None = None,
    **options: object,
) -> DataFrame:
    """Clean the string ``column`` of ``df`` on the executors; return the new DataFrame.

    The result has ``df``'s columns, with ``output_column`` (default: ``column`` itself,
    replaced) holding the cleaned text, plus ``edits_column`` (a JSON list of the changes
    per row) and ``error_column`` when asked for (with ``on_error`` keep or reject the error
    column is always added, named ``cleantext_error`` by default). The pipeline is
    ``pipeline``, or the default one built from ``names`` and ``options``.

    Only ``column`` travels to Python (a pandas UDF): the other columns stay in Spark and
    come back exactly as they were. ``column`` is a column's name as it is, dots and
    backticks included (``"a.b"`` is the column named ``a.b``). An output column that would
    overwrite a column of ``df`` (other than ``column`` itself, replaced in place) or
    another output raises :class:`~cleantext.InputError` before anything runs.

    Example (needs a running SparkSession ``spark``; ``tests/test_spark.py`` runs it on a
    real local cluster):

    >>> df = spark.createDataFrame([("Hi  there.",)], ["text"])  # doctest: +SKIP
    >>> clean_column(df, "text").first()["text"]  # doctest: +SKIP
    'Hi there.'
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, dict(options))
    types = _import("pyspark.sql.types")
    functions = _import("pyspark.sql.functions")
    schema = df.schema
    if column not in schema.names:
        hint = ""
        if column.startswith("`") and column.endswith("`") and column[1:-1] in schema.names:
            hint = f" (name the column as it is, without backticks: {column[1:-1]!r})"
        raise InputError(f"no column {column!r}; columns are {', '.join(schema.names)}{hint}")
    if not isinstance(schema[column].dataType, types.StringType):
        raise InputError(f"column {column!r} is {schema[column].dataType}, not a string column")
    if on_error != "raise" and error_column is None:
        error_column = ERROR_COLUMN
    output = output_column or column
    check_output_columns(
        schema.names, column, output, edits_column, error_column, fold=not _case_sensitive(df)
    )
    packed = types.StructType(
        [types.StructField(name, types.StringType(), True) for name in _PACKED]
    )
    func = _partition_function(pipe, on_error, edits_column is not None)
    udf = functions.pandas_udf(func, packed).asNondeterministic()  # evaluated once per row
    temp = _unused_name(schema.names)
    staged = df.withColumn(temp, udf(functions.col(quote(column))))
    result = functions.col(quote(temp))
    picked = [
        result["text"].alias(name) if name == output else functions.col(quote(name))
        for name in schema.names
    ]
    for name, part in ((output, "text"), (edits_column, "edits"), (error_column, "error")):
        if name is not None and name not in schema.names:
            picked.append(result[part].alias(name))
    return staged.select(*picked)


#: The fields of the struct the UDF of :func:`clean_column` returns per row.
_PACKED = ("text", "edits", "error")


def quote(name: str) -> str:
    """``name`` quoted for ``pyspark.sql.functions.col``: backticks, inner ones doubled, so
    that a dot or a backtick is part of the name.

    >>> quote("a.b"), quote("we`ird")
    ('`a.b`', '`we``ird`')
    """
    return "`" + name.replace("`", "``") + "`"


def check_output_columns(
    existing: Sequence[object],
    column: object,
    output: object,
    edits_column: object | None,
    error_column: object | None,
    *,
    fold: bool = False,
) -> None:
    """Raise :class:`~cleantext.InputError` when an output column would overwrite data.

    ``output`` may be ``column`` itself (cleaned in place) or a new name; ``edits_column``
    and ``error_column`` must be new names, different from each other and from ``output``.
    ``fold``: compare names without case (Spark does, unless ``spark.sql.caseSensitive``).

    >>> check_output_columns(["id", "text"], "text", "text", "edits", None)
    >>> check_output_columns(["id", "text"], "text", "text", "text", None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: edits_column 'text' is the column that holds the cleaned text: ...
    """

    def key(name: object) -> object:
        return name.lower() if fold and isinstance(name, str) else name

    taken = {key(name) for name in existing}
    if key(output) in taken and output != column:
        raise InputError(
            f"output_column {output!r} is already a column of the frame: pick a new name, "
            f"or leave output_column out to replace {column!r} in place"
        )
    given = [("edits_column", edits_column, "edits"), ("error_column", error_column, "errors")]
    claimed = {key(output): "the column that holds the cleaned text"}
    for what, name, example in given:
        if name is None:
            continue
        if key(name) in claimed:
            raise InputError(
                f"{what} {name!r} is {claimed[key(name)]}: give it a column of its own, "
                f"e.g. {what}={example!r}"
            )
        if key(name) in taken:
            raise InputError(
                f"{what} {name!r} is already a column of the frame: pick a new name with "
                f"{what}=..., or drop that column first"
            )
        claimed[key(name)] = f"the {what} too"


def _case_sensitive(df: DataFrame) -> bool:
    """Whether the session of ``df`` tells column names apart by case."""
    try:
        value = df.sparkSession.conf.get("spark.sql.caseSensitive", "false")
    except Exception:  # pragma: no cover - an older or remote session: assume the default
        return False
    return str(value).lower() == "true"


def _unused_name(names: Sequence[str]) -> str:
    """A column name that none of ``names`` is (for the UDF's result, selected away)."""
    taken = {n.lower() for n in names}
    name, n = "__cleantext__", 0
    while name in taken:
        n += 1
        name = f"__cleantext_{n}__"
    return name


def _partition_function(pipeline: Pipeline, on_error: str, edits: bool) -> Callable[[Any], Any]:
    """The pandas UDF body: a Series of texts in, a frame of text, edits and error out."""

    def clean_batch(series: Any) -> Any:
        pd = _import("pandas")
        values = series.tolist()
        texts, edit_json, errors = clean_texts(
            values, pipeline, on_error=on_error, edits=edits, where=_opening(values)
        )
        columns = dict(zip(_PACKED, (texts, edit_json, errors), strict=True))
        return pd.DataFrame(columns, index=series.index, dtype=object)

    pd = _import("pandas")
    # pyspark infers the UDF kind from type hints: Series -> DataFrame is a scalar UDF
    # that returns a struct.
    clean_batch.__annotations__ = {"series": pd.Series, "return": pd.DataFrame}
    return clean_batch


def clean_udf(
    *,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    names: Sequence[object] | None = None,
    **options: object,
) -> Any:
    """A pandas UDF (string -> string) that cleans a column, for ``select``/``withColumn``.

    With ``on_error="keep"`` a failed row keeps its text; with ``"reject"`` it becomes
    null (use :func:`clean_column` to also get the error).

    Example (needs a running SparkSession ``spark``; see ``tests/test_spark.py``):

    >>> df = spark.createDataFrame([("Hi  there.",)], ["text"])  # doctest: +SKIP
    >>> df.select(clean_udf()("text").alias("text")).first()["text"]  # doctest: +SKIP
    'Hi there.'
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, dict(options))
    functions = _import("pyspark.sql.functions")
    pd = _import("pandas")

    def clean(series: Any) -> Any:
        values = series.tolist()
        texts, _, _ = clean_texts(values, pipe, on_error=on_error, where=_opening(values))
        return pd.Series(texts, index=series.index, dtype=object)

    # pyspark infers the UDF kind from type hints: Series -> Series is a scalar UDF.
    clean.__annotations__ = {"series": pd.Series, "return": pd.Series}
    return functions.pandas_udf(clean, "string")
