"""The changes of a :class:`~cleantext.Result` as a pandas DataFrame, for audits.

pandas is optional (``pip install 'cleantext-news[pandas]'``) and imported only when a
frame is built, so ``import cleantext`` never pays for it.

>>> from cleantext import Pipeline, passes
>>> result = Pipeline([passes.NormalizeWhitespace()]).run("One.  \\nTwo.\\u00a0Three.\\n")
>>> edits_frame(result)[["rule", "line", "column"]].values.tolist()
[['whitespace/trailing', 1, 5], ['whitespace/odd-space', 2, 5]]
"""

from __future__ import annotations

import importlib
import numbers
from typing import TYPE_CHECKING, Any, TypeAlias

from cleantext.io import LineIndex
from cleantext.render import escape_surrogates

if TYPE_CHECKING:
    from cleantext.edits import Change, Result

__all__ = ["COLUMNS", "DataFrame", "edits_frame", "is_missing", "require_pandas"]

#: A ``pandas.DataFrame`` (pandas ships no type information, so this is ``Any`` to mypy).
DataFrame: TypeAlias = Any

#: The columns of :func:`edits_frame`, in order.
COLUMNS: tuple[str, ...] = (
    "pass",
    "rule",
    "start",
    "end",
    "line",
    "column",
    "before",
    "after",
    "note",
    "applied",
)

_DTYPES = {
    "pass": "object",
    "rule": "object",
    "start": "int64",
    "end": "int64",
    "line": "int64",
    "column": "int64",
    "before": "object",
    "after": "object",
    "note": "object",
    "applied": "bool",
}


def require_pandas() -> Any:
    """Import and return the ``pandas`` module, or explain how to install it.

    >>> require_pandas().__name__
    'pandas'
    """
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:  # pragma: no cover - pandas is installed in the test env
        raise ImportError(
            "this needs pandas: pip install 'cleantext-news[pandas]' (or pip install pandas)"
        ) from exc


def edits_frame(result: Result, *, suggestions: bool = False) -> DataFrame:
    """One row per change of ``result``, in the order of the original text.

    Columns (:data:`COLUMNS`): ``pass``, ``rule``, ``start``/``end`` (character offsets
    in the original text; an insertion has ``start == end``), ``line``/``column`` (1-based,
    of ``start`` in the original, as in ``cleantext check``), ``before`` (the text the pass
    replaced, as that pass saw it), ``after`` (what it wrote), ``note`` and ``applied``.
    A lone surrogate in ``before``, ``after`` or ``note`` (what ``unicode/surrogate``
    removes) is written as its escape, ``\\ud800``, so that the frame displays in a
    notebook and converts to Arrow and Parquet, which take UTF-8 only.
    With ``suggestions=True`` the edits that passes were unsure of (``result.suggestions``,
    from ``run(text, suggestions=True)``) are added as rows with ``applied`` False.

    A result without changes gives an empty frame with the same columns.

    >>> from cleantext import Pipeline, passes
    >>> pipe = Pipeline([passes.FixUnicode(), passes.NormalizeWhitespace()])
    >>> frame = edits_frame(pipe.run("caf\\u00c3\\u00a9  \\n"))
    >>> frame[["pass", "rule", "before", "after"]].values.tolist()
    [['unicode', 'unicode/mojibake', 'Ã©', 'é'], ['whitespace', 'whitespace/trailing', '  ', '']]
    >>> frame.groupby("rule").size().to_dict()
    {'unicode/mojibake': 1, 'whitespace/trailing': 1}
    >>> edits_frame(pipe.run("clean text\\n")).empty
    True
    """
    pd = require_pandas()
    rows: list[tuple[Change, bool]] = [(c, True) for c in result.edits]
    if suggestions:
        rows.extend((c, False) for c in result.suggestions)
    rows.sort(key=lambda row: (row[0].start, row[0].end, row[0].stage, not row[1]))
    index = LineIndex(result.original) if rows else None
    data: dict[str, list[object]] = {name: [] for name in COLUMNS}
    for change, applied in rows:
        assert index is not None
        line, column = index.line_col(change.start)
        data["pass"].append(change.pass_name)
        data["rule"].append(change.rule)
        data["start"].append(change.start)
        data["end"].append(change.end)
        data["line"].append(line)
        data["column"].append(column)
        data["before"].append(escape_surrogates(change.before))
        data["after"].append(escape_surrogates(change.after))
        data["note"].append(escape_surrogates(change.note))
        data["applied"].append(applied)
    return pd.DataFrame({name: pd.Series(data[name], dtype=_DTYPES[name]) for name in COLUMNS})


def is_missing(value: object) -> bool:
    """None, NaN, ``pd.NA`` or ``NaT``: a missing cell of a frame, which stays missing.

    NaN of any number type (``float``, ``numpy.float32``, ``Decimal``) and numpy's
    ``datetime64``/``timedelta64`` NaT count too, as in ``pandas.isna``: an object column
    holds them as they came.

    >>> [is_missing(v) for v in (None, float("nan"), "", 0.0)]
    [True, True, False, False]
    """
    if value is None:
        return True
    if isinstance(value, (str, bytes)):
        return False
    kind = type(value).__name__
    if kind in ("NAType", "NaTType"):
        return True
    if isinstance(value, numbers.Number) or kind in ("datetime64", "timedelta64"):
        try:
            return bool(value != value)  # only NaN and NaT differ from themselves
        except ArithmeticError:  # a signalling Decimal NaN refuses to compare
            return True
        except (TypeError, ValueError):
            return False
    return False
