"""Clean a pandas Series and audit what changed: text plus edit counts per rule.

pandas is optional (``pip install 'cleantext-news[pandas]'``) and imported only when one
of these functions runs. (This module is ``cleantext.pandas``; inside it, ``pandas`` is the
real library: the package uses absolute imports only.)

- :func:`clean_series`: a DataFrame with the cleaned text, the number of changes and
  one column per rule counting its changes, indexed like the input.
- :func:`edits_table`: every change of every row, one row per change, for audits.

Missing values (``None``, ``NaN``, ``pd.NA``, ``NaT``) stay missing and count no changes;
any other value that is not a ``str`` is an error naming its index label. The output keeps
the index of the input (MultiIndex, duplicate labels and order included) and its text
dtype: ``object``, ``string`` (python or pyarrow), pyarrow-backed strings, and
``category``, whose categories become the cleaned texts (see :func:`clean_series`).

>>> import pandas as pd
>>> from cleantext.pandas import clean_series
>>> s = pd.Series(["Shares rose.  ", "caf\\u00c3\\u00a9 owner", None], index=["a", "b", "c"])
>>> out = clean_series(s)
>>> out["text"].tolist()[:2], out["text"].isna().tolist()
(['Shares rose.', 'café owner'], [False, False, True])
>>> out[["changes", "unicode/mojibake", "whitespace/trailing"]].values.tolist()
[[1, 0, 1], [1, 1, 0], [0, 0, 0]]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from typing import Any, TypeAlias

from cleantext.edits import Result
from cleantext.errors import ConfigError
from cleantext.frames import COLUMNS, edits_frame, is_missing, require_pandas
from cleantext.passes.base import Context, Pass
from cleantext.pipeline import Pipeline, _check_selectors, _selector_matches

__all__ = ["DataFrame", "Series", "clean_series", "edits_table"]

#: A ``pandas.DataFrame`` (``Any`` to mypy: pandas ships no type information).
DataFrame: TypeAlias = Any
#: A ``pandas.Series`` (``Any`` to mypy).
Series: TypeAlias = Any


def clean_series(
    series: Series | Iterable[str | None],
    names: Sequence[object] | None = None,
    *,
    pipeline: Pipeline | None = None,
    rules: Iterable[str] = (),
    context: Context | None = None,
    batch_evidence: bool = True,
    text_column: str = "text",
    total_column: str = "changes",
    **options: object,
) -> DataFrame:
    """Clean every text of ``series``; return the texts and edit counts per rule.

    The result is a DataFrame with the index of ``series`` and the columns
    ``text_column`` (the cleaned text, same dtype as ``series``), ``total_column`` (the
    number of changes in that row) and one integer column per rule that made a change
    anywhere in the series, ordered by pass, then rule. Name ``rules`` to always have
    those columns (zeros included), so that frames from several chunks line up: a rule
    (``"whitespace/trailing"``), or a pass name or ``"ALL"`` for all of its rules. A name
    that is no rule raises :class:`~cleantext.errors.ConfigError`; two output columns of
    the same name (``text_column``, ``total_column`` or a rule) raise ``ValueError``.

    A ``category`` Series gives a ``category`` column: each category that a row uses is
    replaced, in place, by its cleaned text (categories that clean to the same text merge
    at the first one's position), categories no row uses are kept as they are, and
    ``ordered`` is kept. So a Series that needs no change gets its dtype back unchanged;
    chunks whose categories differ concatenate to ``object`` (``str`` for string
    categories in pandas 3), as any categoricals do: ``.astype("category")`` the result.

    The pipeline is ``pipeline`` if given, else :meth:`Pipeline.default(names, **options)
    <cleantext.Pipeline.default>`. The Series is one batch, as in
    :func:`cleantext.batch.clean_many`: camel-case words that several of its texts use on
    their own count as words in all of them (``batch_evidence=False`` cleans each text
    alone; ``context`` gives the evidence yourself).

    >>> import pandas as pd
    >>> from cleantext import Pipeline, passes
    >>> s = pd.Series(["a  \\nb\\n\\n\\n\\nc", "clean\\n"])
    >>> out = clean_series(s, pipeline=Pipeline([passes.NormalizeWhitespace()]))
    >>> list(out.columns)
    ['text', 'changes', 'whitespace/blank-lines', 'whitespace/trailing']
    >>> out["changes"].tolist()
    [2, 0]
    >>> list(clean_series(["ok"], rules=["names/variant"]).columns)
    ['text', 'changes', 'names/variant']
    >>> cat = clean_series(pd.Series(["Up.  ", "Up.", None], dtype="category"))["text"]
    >>> cat.tolist()[:2], list(cat.cat.categories)
    (['Up.', 'Up.'], ['Up.'])
    """
    pd = require_pandas()
    data = _as_series(pd, series)
    pipe = _pipeline(pipeline, names, options)
    fixed = _rule_columns(pipe, rules, text_column, total_column)
    context = _context(pipe, data, context, batch_evidence)
    texts: list[object] = []
    counts: list[Counter[str]] = []
    order: dict[str, tuple[int, str]] = {}
    for label, value in data.items():
        result = _run(pipe, label, value, context)
        if result is None:
            texts.append(value)
            counts.append(Counter())
            continue
        texts.append(result.text)
        counts.append(Counter(c.rule for c in result.edits))
        for c in result.edits:
            order.setdefault(c.rule, (c.stage, c.rule))
    seen = sorted((r for r in order if r not in fixed), key=lambda r: order[r])
    columns: dict[str, object] = {
        text_column: _text_column(pd, data, texts),
        total_column: pd.Series([sum(c.values()) for c in counts], index=data.index, dtype="int64"),
    }
    for rule in (*fixed, *seen):
        if rule in columns:
            raise ValueError(f"the column of rule {rule!r} clashes with a column of that name")
        columns[rule] = pd.Series([c[rule] for c in counts], index=data.index, dtype="int64")
    return pd.DataFrame(columns, index=data.index)


def edits_table(
    series: Series | Iterable[str | None],
    names: Sequence[object] | None = None,
    *,
    pipeline: Pipeline | None = None,
    suggestions: bool = False,
    context: Context | None = None,
    batch_evidence: bool = True,
    row_column: str = "row",
    **options: object,
) -> DataFrame:
    """Every change made to the texts of ``series``: one row per change.

    Columns: ``row_column`` (the index label of the text in ``series``, with the dtype
    of its index, so ``series.loc[table[row_column]]`` finds the texts again; a tuple per
    label for a MultiIndex), then those of :func:`cleantext.frames.edits_frame` (``pass``,
    ``rule``, ``start``, ``end``, ``line``, ``column``, ``before``, ``after``, ``note``,
    ``applied``); a ``row_column`` named like one of those raises ``ValueError``.
    With ``suggestions=True``,
    edits the passes were unsure of are included with ``applied`` False. The pipeline and
    the batch evidence are chosen as in :func:`clean_series`, so both see the same edits.

    >>> import pandas as pd
    >>> s = pd.Series(["Tidy.", "Trailing  \\n"], index=["x", "y"])
    >>> table = edits_table(s)
    >>> table[["row", "rule", "line", "column"]].values.tolist()
    [['y', 'whitespace/trailing', 1, 9]]
    >>> table.groupby("rule").size().to_dict()
    {'whitespace/trailing': 1}
    """
    pd = require_pandas()
    if row_column in COLUMNS:
        raise ValueError(f"row_column {row_column!r} clashes with the edits column {row_column!r}")
    data = _as_series(pd, series)
    pipe = _pipeline(pipeline, names, options)
    context = _context(pipe, data, context, batch_evidence)
    frames = []
    positions: list[int] = []
    for position, (label, value) in enumerate(data.items()):
        result = _run(pipe, label, value, context, suggestions=suggestions)
        if result is None or not (result.edits or (suggestions and result.suggestions)):
            continue
        frame = edits_frame(result, suggestions=suggestions)
        positions += [position] * len(frame)
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True) if frames else edits_frame(Result("", "", ()))
    labels = data.index.take(positions)  # the labels with the dtype of the index
    if isinstance(labels, pd.MultiIndex):
        labels = labels.to_flat_index()
    table.insert(0, row_column, labels)
    return table[[row_column, *COLUMNS]]


def _as_series(pd: Any, series: object) -> Any:
    if isinstance(series, pd.Series):
        return series
    if isinstance(series, (str, bytes)):
        raise TypeError("pass a Series or a list of texts, not a single string")
    if isinstance(series, pd.DataFrame):
        raise TypeError("pass one column (a Series), e.g. clean_series(df['text'])")
    if not isinstance(series, Iterable):
        raise TypeError(f"expected a pandas Series or a list of texts, not {type(series).__name__}")
    return pd.Series(list(series), dtype="object")


def _text_column(pd: Any, data: Any, texts: list[object]) -> Any:
    """The cleaned ``texts`` as a Series with the index and the dtype of ``data``."""
    if not isinstance(data.dtype, pd.CategoricalDtype):
        return pd.Series(texts, index=data.index, dtype=data.dtype)
    # Casting to the input's categories would turn every changed text into NaN: rename
    # each category a row uses to its cleaned text instead, keeping the order.
    old = data.cat.categories
    cleaned: dict[int, object] = {}
    for code, text in zip(data.cat.codes.tolist(), texts, strict=True):
        if code >= 0:
            cleaned.setdefault(code, text)
    categories = list(dict.fromkeys(cleaned.get(i, c) for i, c in enumerate(old)))
    known = set(categories)
    categories += [t for t in dict.fromkeys(texts) if isinstance(t, str) and t not in known]
    dtype = pd.CategoricalDtype(pd.Index(categories, dtype=old.dtype), ordered=data.cat.ordered)
    return pd.Series(pd.Categorical(texts, dtype=dtype), index=data.index)


def _bundled() -> tuple[type[Pass], ...]:
    """The bundled passes, in the order of the default pipeline (for ``rules=``)."""
    from cleantext import passes

    return (
        passes.FixUnicode,
        passes.StripBoilerplate,
        passes.RepairSentences,
        passes.NormalizeNames,
        passes.NormalizeWhitespace,
    )


def _rule_columns(
    pipe: Pipeline, rules: Iterable[str], text_column: str, total_column: str
) -> list[str]:
    """The rule columns that ``rules=`` asks for, in order; refuse typos and name clashes."""
    if isinstance(rules, (str, bytes)):
        raise TypeError(f"rules= takes a list of rule names, e.g. rules=[{rules!r}]")
    selectors = list(rules)
    if text_column == total_column:
        raise ValueError(f"text_column and total_column clash: both are {text_column!r}")
    for name, column in (("text_column", text_column), ("total_column", total_column)):
        if column in selectors:
            raise ValueError(f"rules= entry {column!r} clashes with the {name} {column!r}")
    try:
        _check_selectors(selectors, pipe.passes)
    except ConfigError as exc:  # the same check as select=, but say which argument
        raise ConfigError(f"rules=: {exc.message}") from None
    # every rule the pipeline or the bundled passes can emit, with its pass's position
    known: dict[str, tuple[int, str, str]] = {}
    steps: list[Pass | type[Pass]] = [*pipe.passes, *_bundled()]
    for stage, step in enumerate(steps):
        for rule in step.rules:
            known.setdefault(rule, (stage, rule, step.name))
    for name, column in (("text_column", text_column), ("total_column", total_column)):
        if column in known:
            raise ValueError(f"{name} {column!r} clashes with the column of rule {column!r}")
    columns: list[str] = []
    for selector in selectors:
        exact = selector.strip()
        if exact in known:
            columns.append(exact)
            continue
        matches = [k for k in known.values() if _selector_matches(selector, k[1], k[2])]
        columns += [rule for _, rule, _ in sorted(matches)]
    return list(dict.fromkeys(columns))


def _pipeline(
    pipeline: Pipeline | None, names: Sequence[object] | None, options: dict[str, object]
) -> Pipeline:
    if pipeline is None:
        return Pipeline.default(names, **options)
    if names is not None or options:
        raise TypeError("give either pipeline= or names and options for the default pipeline")
    return pipeline


def _context(pipe: Pipeline, data: Any, context: Context | None, batch: bool) -> Context | None:
    """``context``, else the evidence of the whole Series, as ``clean_many`` shares it."""
    if context is not None or not batch:
        return context
    from cleantext.batch import batch_context

    return batch_context(pipe, data)


def _run(
    pipe: Pipeline,
    label: Hashable,
    value: object,
    context: Context | None,
    *,
    suggestions: bool = False,
) -> Result | None:
    """The result for one value, or ``None`` for a missing value."""
    if is_missing(value):
        return None
    if not isinstance(value, str):
        raise TypeError(
            f"row {label!r}: cleantext cleans str, not {type(value).__name__} "
            "(convert the column with .astype(str) or drop such rows)"
        )
    return pipe.run(value, context=context, suggestions=suggestions)
