"""Clean text in Dask DataFrames, Series and bags, partition by partition.

Dask is optional (``pip install 'cleantext-news[dask]'``) and imported only when a function
here runs. (This module is ``cleantext.dask``; inside it, ``dask`` is the real library.)
The pipeline enters the task graph once, as a delayed object that every partition task
depends on, so a distributed worker receives and unpickles it once, not once per partition
or per row. Each partition is cleaned with shared batch evidence (see
:mod:`cleantext.batch`); missing values stay missing.

``on_error`` works as in :mod:`cleantext.spark`: ``"raise"`` fails the computation,
``"keep"`` keeps a failed text, ``"reject"`` makes it missing; :func:`clean_frame` can add
an ``error_column`` with the error of each failed row (always, for keep and reject).

The cleaned text keeps the dtype of its column (``object``, ``string``, ``str``), except a
``category`` column: its cleaned text has the dtype of its categories (``str``, say), since
cleaning renames categories differently in each partition (a partition renames only the
categories its rows use), which no categorical dtype known in advance can hold. Call
``.astype("category")`` on the result to get a categorical with unknown categories back.

>>> import dask.dataframe as dd, pandas as pd
>>> from cleantext import Pipeline, passes
>>> ddf = dd.from_pandas(pd.DataFrame({"text": ["a  b", "ok"]}), npartitions=1)
>>> pipe = Pipeline([passes.NormalizeWhitespace()])
>>> clean_frame(ddf, "text", pipeline=pipe).compute(scheduler="sync")["text"].tolist()
['a b', 'ok']
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

from cleantext.batch import check_on_error, make_pipeline
from cleantext.errors import InputError
from cleantext.frames import is_missing
from cleantext.pipeline import Pipeline
from cleantext.spark import ERROR_COLUMN, check_output_columns, clean_texts

__all__ = ["Bag", "DaskDataFrame", "DaskSeries", "clean_bag", "clean_frame", "clean_series"]

#: ``dask.dataframe.DataFrame``, ``dask.dataframe.Series`` and ``dask.bag.Bag`` (``Any``).
DaskDataFrame: TypeAlias = Any
DaskSeries: TypeAlias = Any
Bag: TypeAlias = Any


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "cleantext.dask needs dask and pandas: pip install 'cleantext-news[dask]'"
        ) from None


def _shared(pipeline: Pipeline) -> Any:
    """The pipeline as one delayed object: one key in the graph, shipped once per worker."""
    delayed = _import("dask").delayed
    return delayed(pipeline, pure=True, traverse=False)


def _text_dtype(dtype: Any) -> Any:
    """The dtype of the cleaned text of a column of ``dtype``, the same in every partition.

    The column's own dtype, except for a categorical: that of its categories (``object``
    if they are not strings). Cast to the input's categories, every text that cleaning
    changed would become NaN; and the partitions of a categorical rename its categories
    differently (each only those its rows use), so no categorical dtype fits them all.
    """
    pd = _import("pandas")
    if not isinstance(dtype, pd.CategoricalDtype):
        return dtype
    categories = dtype.categories.dtype
    if pd.api.types.is_string_dtype(categories):
        return categories
    return pd.api.types.pandas_dtype(object)


def _check_text_dtype(dtype: Any, what: str) -> None:
    """Refuse, before anything runs, a column whose dtype cannot hold text (numbers, dates).

    Object columns pass: their values are checked as they are cleaned.
    """
    pd = _import("pandas")
    inner = dtype.categories.dtype if isinstance(dtype, pd.CategoricalDtype) else dtype
    if pd.api.types.is_object_dtype(inner) or pd.api.types.is_string_dtype(inner):
        return
    raise InputError(
        f"{what} is {dtype}, not text: cleantext cleans strings (an object, string or str "
        "column); convert it with .astype(str) if its values are text, or pick the text column"
    )


def _as_they_came(values: list[object], texts: list[object]) -> list[object]:
    """``texts`` with the missing values of ``values`` as they came (NaN, ``pd.NA``, NaT
    stay themselves, not ``None``), as :mod:`cleantext.pandas` keeps them.

    >>> _as_they_came([float("nan"), "a "], [None, "a"])
    [nan, 'a']
    """
    return [v if is_missing(v) else t for v, t in zip(values, texts, strict=True)]


def _row(labels: Any, prefix: str) -> Any:
    """``where`` for :func:`~cleantext.spark.clean_texts`: the row label of position i."""
    return lambda i: f"{prefix}row {labels[i]!r}"


def _clean_series_partition(series: Any, pipeline: Pipeline, on_error: str, dtype: Any) -> Any:
    pd = _import("pandas")
    prefix = "" if series.name is None else f"series {series.name!r}, "
    values = series.tolist()
    texts, _, _ = clean_texts(values, pipeline, on_error=on_error, where=_row(series.index, prefix))
    return pd.Series(
        _as_they_came(values, texts), index=series.index, name=series.name, dtype=dtype
    )


def clean_series(
    series: DaskSeries,
    *,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    names: Sequence[object] | None = None,
    **options: object,
) -> DaskSeries:
    """A lazy Dask Series of the cleaned texts of ``series`` (same index, name and dtype;
    for a ``category`` Series, the dtype of its categories, see :mod:`cleantext.dask`).

    >>> import dask.dataframe as dd, pandas as pd
    >>> from cleantext import Pipeline, passes
    >>> s = dd.from_pandas(pd.Series(["x \\n", None]), npartitions=1)
    >>> out = clean_series(s, pipeline=Pipeline([passes.NormalizeWhitespace()]))
    >>> out.compute(scheduler="sync").fillna("-").tolist()
    ['x\\n', '-']
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, dict(options))
    _check_text_dtype(series.dtype, f"series {series.name!r}")
    dtype = _text_dtype(series.dtype)
    meta = _clean_series_partition(series._meta, pipe, "keep", dtype)
    return series.map_partitions(_clean_series_partition, _shared(pipe), on_error, dtype, meta=meta)


def _clean_frame_partition(
    frame: Any,
    pipeline: Pipeline,
    column: str,
    output: str,
    edits_column: str | None,
    error_column: str | None,
    on_error: str,
    dtype: Any,
) -> Any:
    pd = _import("pandas")
    values = frame[column].tolist()
    texts, edits, errors = clean_texts(
        values,
        pipeline,
        on_error=on_error,
        edits=edits_column is not None,
        where=_row(frame.index, f"column {column!r}, "),
    )
    frame = frame.copy()
    frame[output] = pd.Series(_as_they_came(values, texts), index=frame.index, dtype=dtype)
    if edits_column is not None:
        frame[edits_column] = pd.Series(edits, index=frame.index, dtype=dtype)
    if error_column is not None:
        frame[error_column] = pd.Series(errors, index=frame.index, dtype=dtype)
    return frame


def clean_frame(
    ddf: DaskDataFrame,
    column: str,
    *,
    output_column: str | None = None,
    edits_column: str | None = None,
    error_column: str | None = None,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    names: Sequence[object] | None = None,
    **options: object,
) -> DaskDataFrame:
    """A lazy Dask DataFrame with ``column`` cleaned (into ``output_column`` if given).

    ``edits_column`` adds the changes of each row as a JSON list; ``error_column`` the
    error of rows that failed (added as ``cleantext_error`` for keep and reject). The three
    have the dtype of ``column``, or of its categories if it is a ``category`` column.
    An output column that would overwrite a column of ``ddf`` (other than ``column``
    itself, replaced in place) or another output, and a ``column`` whose dtype holds no
    text (numbers, dates), raise :class:`~cleantext.InputError` before anything runs; a
    value that is not text fails (with ``"raise"``) naming the column and the row label.

    >>> import pandas as pd, dask.dataframe as dd
    >>> rows = pd.DataFrame({"text": ["Hi  there.", "ADVERTISEMENT"]})
    >>> frame = dd.from_pandas(rows, npartitions=1)
    >>> clean_frame(frame, "text").compute(scheduler="sync")["text"].tolist()
    ['Hi there.', '']
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, dict(options))
    if column not in ddf.columns:
        raise InputError(f"no column {column!r}; columns are {', '.join(map(str, ddf.columns))}")
    _check_text_dtype(ddf.dtypes[column], f"column {column!r}")
    if on_error != "raise" and error_column is None:
        error_column = ERROR_COLUMN
    output = output_column or column
    check_output_columns(list(ddf.columns), column, output, edits_column, error_column)
    dtype = _text_dtype(ddf.dtypes[column])
    meta = _clean_frame_partition(
        ddf._meta, pipe, column, output, edits_column, error_column, "keep", dtype
    )
    return ddf.map_partitions(
        _clean_frame_partition,
        _shared(pipe),
        column,
        output,
        edits_column,
        error_column,
        on_error,
        dtype,
        meta=meta,
    )


def _clean_bag_partition(
    items: Any, pipeline: Pipeline, field: str | None, on_error: str
) -> list[Any]:
    records = list(items)
    if field is None:
        if on_error == "raise":
            _refuse_records(records)
        texts, _, _ = clean_texts(
            records, pipeline, on_error=on_error, where=lambda i: f"item {i} of its partition"
        )
        return list(texts)
    missing = _check_records(records, field, on_error)
    values = [None if i in missing else r[field] for i, r in enumerate(records)]
    texts, _, errors = clean_texts(
        values,
        pipeline,
        on_error=on_error,
        where=lambda i: f"item {i} of its partition, field {field!r}",
    )
    out = []
    for i, (record, text, error) in enumerate(zip(records, texts, errors, strict=True)):
        new = dict(record)
        if i in missing:
            new[ERROR_COLUMN] = f"InputError: {missing[i]}"
        elif error is not None:
            new[field] = text
            new[ERROR_COLUMN] = error
        else:
            new[field] = text
        out.append(new)
    return out


def _refuse_records(records: list[Any]) -> None:
    """Raise for a dict item in a bag cleaned without ``field``: say to pass ``field``."""
    for i, record in enumerate(records):
        if isinstance(record, Mapping):
            keys = ", ".join(map(str, list(record)[:10]))
            raise TypeError(
                f"item {i} of its partition: cleantext cleans str, not {type(record).__name__} "
                f"(fields: {keys}): pass field= to clean one field of each record, e.g. "
                "clean_bag(bag, field='text')"
            )


def _check_records(records: list[Any], field: str, on_error: str) -> dict[int, str]:
    """The records (by position) that lack ``field``, with the reason; raise for an item
    that is not a dict at all, and (with ``on_error="raise"``) for a missing field."""
    missing: dict[int, str] = {}
    for i, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise InputError(
                f"clean_bag(field={field!r}) cleans dicts: item {i} of its partition is a "
                f"{type(record).__name__}; leave field out to clean a bag of strings, or drop "
                "such items first: bag.filter(lambda r: isinstance(r, dict))"
            )
        if field not in record:
            keys = ", ".join(map(str, list(record)[:10])) or "none"
            reason = f"no field {field!r} (fields: {keys})"
            if on_error == "raise":
                raise InputError(
                    f"clean_bag(field={field!r}): item {i} of its partition has {reason}; "
                    "check field=, or pass on_error='keep' to let such records through "
                    "with an error"
                )
            missing[i] = reason
    return missing


def clean_bag(
    bag: Bag,
    *,
    field: str | None = None,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    names: Sequence[object] | None = None,
    **options: object,
) -> Bag:
    """A lazy bag with every text cleaned; with ``field``, items are dicts (e.g. parsed
    JSONL) whose ``field`` is cleaned, other keys kept (a failed record, with keep or
    reject, gains a ``cleantext_error`` key).

    With ``field``, a record that lacks it fails like a text that cannot be cleaned (with
    keep or reject it comes back as it was, with a ``cleantext_error`` key), and an item
    that is not a dict raises :class:`~cleantext.InputError` whatever ``on_error`` says:
    such a bag holds no records (filter them out first). A ``None`` field stays ``None``.
    With ``"keep"`` a value that fails comes back exactly as it was (a number stays that
    number).

    >>> import dask.bag as db
    >>> from cleantext import Pipeline, passes
    >>> b = db.from_sequence([{"id": 1, "text": "a  b"}], npartitions=1)
    >>> pipe = Pipeline([passes.NormalizeWhitespace()])
    >>> clean_bag(b, field="text", pipeline=pipe).compute(scheduler="sync")
    [{'id': 1, 'text': 'a b'}]
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, dict(options))
    return bag.map_partitions(_clean_bag_partition, _shared(pipe), field, on_error)
