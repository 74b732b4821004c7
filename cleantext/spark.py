"""Clean a text column of a Spark DataFrame, on the executors, with ``mapInPandas``.

pyspark is optional (``pip install 'cleantext-news[spark]'``) and imported only when a
function here runs. The pipeline travels to the executors once per task inside the
function Spark ships (never once per row); each Arrow batch of a partition is cleaned with
shared batch evidence (see :mod:`cleantext.batch`).

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

import importlib
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeAlias

from cleantext.batch import Cleaned, Failure, check_on_error, iter_results, make_pipeline
from cleantext.errors import InputError
from cleantext.frames import is_missing
from cleantext.pipeline import Pipeline

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
) -> tuple[list[str | None], list[str | None], list[str | None]]:
    """Clean one batch of values (what a partition function sees).

    Returns three lists as long as ``values``: cleaned texts, edits as JSON (when
    ``edits``), and error messages. Missing values stay missing; with ``"reject"`` a failed
    row's text is ``None``. This is the engine-independent core of :mod:`cleantext.spark`
    and :mod:`cleantext.dask`.

    >>> from cleantext import Pipeline, passes
    >>> clean_texts(["a  b", None], Pipeline([passes.NormalizeWhitespace()]))
    (['a b', None], [None, None], [None, None])
    """
    check_on_error(on_error)
    present = [i for i, v in enumerate(values) if not is_missing(v)]
    texts: list[str | None] = [None] * len(values)
    edit_json: list[str | None] = [None] * len(values)
    errors: list[str | None] = [None] * len(values)
    items = iter_results(
        [values[i] for i in present],
        pipeline=pipeline,
        jobs=1,
        window=None,
        edits=edits,
        on_error=on_error if on_error == "raise" else "keep",
    )
    for position, item in zip(present, items, strict=True):
        if isinstance(item, Failure):
            errors[position] = f"{item.error_type}: {item.error}"
            if on_error == "keep":
                original = values[position]
                texts[position] = original if isinstance(original, str) else None
            continue
        assert isinstance(item, Cleaned)
        texts[position] = item.text
        if edits:
            edit_json[position] = json.dumps(list(item.edits), ensure_ascii=False)
    return texts, edit_json, errors


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
    """Clean the string ``column`` of ``df`` with ``mapInPandas``; return the new DataFrame.

    The result has ``df``'s columns, with ``output_column`` (default: ``column`` itself,
    replaced) holding the cleaned text, plus ``edits_column`` (a JSON list of the changes
    per row) and ``error_column`` when asked for (with ``on_error`` keep or reject the error
    column is always added, named ``cleantext_error`` by default). The pipeline is
    ``pipeline``, or the default one built from ``names`` and ``options``.

    Example (needs a running SparkSession ``spark``; ``tests/test_spark.py`` runs it on a
    real local cluster):

    >>> df = spark.createDataFrame([("Hi  there.",)], ["text"])  # doctest: +SKIP
    >>> clean_column(df, "text").first()["text"]  # doctest: +SKIP
    'Hi there.'
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, dict(options))
    types = _import("pyspark.sql.types")
    schema = df.schema
    if column not in schema.names:
        raise InputError(f"no column {column!r}; columns are {', '.join(schema.names)}")
    if not isinstance(schema[column].dataType, types.StringType):
        raise InputError(f"column {column!r} is {schema[column].dataType}, not a string column")
    if on_error != "raise" and error_column is None:
        error_column = ERROR_COLUMN
    output = output_column or column
    fields = [f for f in schema.fields]
    for name in (output, edits_column, error_column):
        if name is not None and name not in schema.names:
            fields.append(types.StructField(name, types.StringType(), True))
    out_schema = types.StructType(fields)
    func = _partition_function(pipe, column, output, edits_column, error_column, on_error)
    return df.mapInPandas(func, schema=out_schema)


def _partition_function(
    pipeline: Pipeline,
    column: str,
    output: str,
    edits_column: str | None,
    error_column: str | None,
    on_error: str,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    def clean_partition(frames: Iterator[Any]) -> Iterator[Any]:
        for frame in frames:
            texts, edits, errors = clean_texts(
                frame[column].tolist(),
                pipeline,
                on_error=on_error,
                edits=edits_column is not None,
            )
            frame = frame.copy()
            frame[output] = texts
            if edits_column is not None:
                frame[edits_column] = edits
            if error_column is not None:
                frame[error_column] = errors
            yield frame

    return clean_partition


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
        texts, _, _ = clean_texts(series.tolist(), pipe, on_error=on_error)
        return pd.Series(texts, index=series.index, dtype=object)

    # pyspark infers the UDF kind from type hints: Series -> Series is a scalar UDF.
    clean.__annotations__ = {"series": pd.Series, "return": pd.Series}
    return functions.pandas_udf(clean, "string")
