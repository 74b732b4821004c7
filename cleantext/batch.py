"""Cleaning many documents: ordered results, a chunked process pool, shared batch evidence.

:func:`clean_many` cleans a list and returns the cleaned texts in order; :func:`iter_clean`
does the same lazily for a stream of any length, holding only a bounded window in memory;
:func:`iter_results` also returns the edits. With ``jobs > 1`` the work is cut into chunks
and sent to a pool of processes; each worker receives the pipeline once, when it starts,
never once per document.

Batch evidence: when the pipeline repairs sentences and
``cleantext.passes.sentences.batch_vocabulary`` exists, the vocabulary of the batch (the
whole list for :func:`clean_many`, a window of documents for :func:`iter_clean`) is computed
once and handed to every document as :class:`~cleantext.Context` evidence. Results never
depend on ``jobs`` or ``chunk_size``.

Errors follow ``on_error``: ``"raise"`` (default) stops at the first document that fails;
``"keep"`` returns that document unchanged and reports the :class:`Failure` (to
``on_failure``, or as a :class:`BatchWarning`); ``"reject"`` returns the :class:`Failure` in
the document's place, so records in always equal records out.

>>> from cleantext.batch import clean_many
>>> clean_many(["Markets fell.  \\n", "Shares rose.\\n\\n\\n\\nBonds too."])
['Markets fell.\\n', 'Shares rose.\\n\\nBonds too.']
>>> out = clean_many(["fine", b"bytes"], on_error="reject")  # type: ignore[list-item]
>>> out[0], out[1].index, out[1].error_type
('fine', 1, 'TypeError')
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import itertools
import multiprocessing
import os
import pickle
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from cleantext.errors import CleantextError, InputError
from cleantext.passes.base import EMPTY_CONTEXT, Context
from cleantext.pipeline import Pipeline

if TYPE_CHECKING:
    from cleantext.process import Outcome

ON_ERROR = ("raise", "keep", "reject")
OnError = Literal["raise", "keep", "reject"]

#: Documents per chunk sent to a worker (a chunk also ends at :data:`CHUNK_CHARS`).
CHUNK_SIZE = 64
CHUNK_CHARS = 1 << 20
#: Evidence window of :func:`iter_clean`: documents, and characters, whichever comes first.
WINDOW_DOCS = 1000
WINDOW_CHARS = 8_000_000

T = TypeVar("T")
R = TypeVar("R")


class BatchWarning(CleantextError, UserWarning):
    """A document failed and was kept unchanged (``on_error="keep"``, no ``on_failure``).

    >>> issubclass(BatchWarning, UserWarning)
    True
    """


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be cleaned: where it was, what it was, and why.

    With ``on_error="reject"`` it takes the document's place in the results; with
    ``"keep"`` it is what ``on_failure`` receives.

    >>> f = Failure(3, "text", "pass 'x' failed: boom", "PassError", "x")
    >>> f.as_dict()["error"], str(f)
    ("pass 'x' failed: boom", "item 3: PassError: pass 'x' failed: boom")
    """

    index: int
    original: object
    error: str
    error_type: str
    pass_name: str | None = None
    position: int | None = None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (the original is included only when it is a string)."""
        d: dict[str, object] = {
            "index": self.index,
            "error": self.error,
            "error_type": self.error_type,
        }
        if self.pass_name is not None:
            d["pass"] = self.pass_name
        if self.position is not None:
            d["position"] = self.position
        if isinstance(self.original, str):
            d["original"] = self.original
        return d

    def exception(self) -> Exception:
        """An exception equivalent to the one the document raised."""
        if self.error_type == "TypeError":
            return TypeError(self.error)
        cls = _ERROR_TYPES.get(self.error_type, CleantextError)
        exc = cls(self.message, pass_name=self.pass_name, position=self.position)
        return exc

    @property
    def message(self) -> str:
        """The error message without the ``(pass ..., at offset ...)`` suffix."""
        suffix = CleantextError("", pass_name=self.pass_name, position=self.position)
        tail = str(suffix)
        if tail and self.error.endswith(tail.strip()):
            return self.error[: -len(tail.strip())].rstrip()
        return self.error

    def __str__(self) -> str:
        return f"item {self.index}: {self.error_type}: {self.error}"


def _error_types() -> dict[str, type[CleantextError]]:
    import cleantext.errors as errors

    found: dict[str, type[CleantextError]] = {}
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, CleantextError):
            found[value.__name__] = value
    return found


_ERROR_TYPES = _error_types()


@dataclass(frozen=True, slots=True)
class Cleaned:
    """One cleaned document: its index, the cleaned text, and (if asked) its edits.

    ``edits`` holds :meth:`cleantext.Change.as_dict` dicts, in the original's coordinates.

    >>> Cleaned(0, "text", changed=False).text
    'text'
    """

    index: int
    text: str
    changed: bool
    edits: tuple[dict[str, object], ...] = ()


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes for ``jobs``: ``None`` or ``<= 0`` means every core.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(0) >= 1
    True
    """
    if jobs is None or jobs <= 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not Linux
            return max(1, os.cpu_count() or 1)
    return int(jobs)


def check_on_error(on_error: str) -> None:
    """Raise :class:`~cleantext.InputError` unless ``on_error`` is raise, keep or reject.

    >>> check_on_error("skip")
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: on_error must be one of raise, keep, reject, not 'skip'
    """
    if on_error not in ON_ERROR:
        raise InputError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")


# --------------------------------------------------------------------------- evidence


def uses_vocabulary(pipeline: Pipeline) -> bool:
    """Whether a pass of ``pipeline`` reads the batch vocabulary (the sentences pass).

    >>> uses_vocabulary(Pipeline.default()), uses_vocabulary(Pipeline([]))
    (True, False)
    """
    return any(p.name == "sentences" for p in pipeline.passes)


def vocabulary_function() -> Callable[[Sequence[str]], frozenset[str]] | None:
    """``cleantext.passes.sentences.batch_vocabulary`` when that pass provides it.

    >>> vocabulary_function() is not None
    True
    """
    from cleantext.passes import sentences

    func = getattr(sentences, "batch_vocabulary", None)
    return func if callable(func) else None


def batch_context(pipeline: Pipeline, texts: Iterable[object]) -> Context:
    """The :class:`~cleantext.Context` shared by a batch of documents.

    Non-string items are ignored; the context is empty when no pass uses the evidence.

    >>> from cleantext import Pipeline, passes
    >>> batch_context(Pipeline([passes.NormalizeWhitespace()]), ["a", "b"]).vocabulary
    frozenset()
    """
    func = vocabulary_function()
    if func is None or not uses_vocabulary(pipeline):
        return EMPTY_CONTEXT
    strings = [t for t in texts if isinstance(t, str)]
    if not strings:
        return EMPTY_CONTEXT
    vocabulary = func(strings)
    return Context(vocabulary=frozenset(vocabulary)) if vocabulary else EMPTY_CONTEXT


# --------------------------------------------------------------------------- one document


def failure_of(index: int, original: object, exc: BaseException) -> Failure:
    """The :class:`Failure` record of ``exc`` raised while cleaning item ``index``.

    >>> failure_of(2, "doc", InputError("bad")).error_type
    'InputError'
    """
    if isinstance(exc, CleantextError):
        return Failure(index, original, str(exc), type(exc).__name__, exc.pass_name, exc.position)
    return Failure(index, original, str(exc), type(exc).__name__)


def clean_one(
    pipeline: Pipeline, index: int, text: object, context: Context, *, edits: bool
) -> Cleaned | Failure:
    """Clean one document; a :class:`~cleantext.CleantextError` or a non-``str`` input
    becomes a :class:`Failure` instead of an exception.

    >>> from cleantext import Pipeline, passes
    >>> from cleantext.passes.base import EMPTY_CONTEXT
    >>> pipe = Pipeline([passes.NormalizeWhitespace()])
    >>> clean_one(pipe, 0, "a \\n", EMPTY_CONTEXT, edits=False)
    Cleaned(index=0, text='a\\n', changed=True, edits=())
    """
    try:
        result = pipeline.run(text, context=context)  # type: ignore[arg-type]
    except (CleantextError, TypeError) as exc:
        if isinstance(exc, TypeError) and isinstance(text, str):
            raise  # a bug, not a bad document
        return failure_of(index, text, exc)
    changes = tuple(c.as_dict() for c in result.edits) if edits else ()
    return Cleaned(index, result.text, result.changed, changes)


def _clean_texts(
    pipeline: Pipeline, context: Context, payload: tuple[int, Sequence[object], bool]
) -> list[Cleaned | Failure]:
    start, texts, edits = payload
    out = []
    for i, text in enumerate(texts):
        item = clean_one(pipeline, start + i, text, context, edits=edits)
        if isinstance(item, Cleaned) and not item.changed and not item.edits:
            item = Cleaned(item.index, "", False)  # the caller has the original: send less
        out.append(item)
    return out


# --------------------------------------------------------------------------- the engine

# A task: a top-level function (pickled by reference), its payload, and the evidence
# window it belongs to. Workers cache the context of the last window they saw.


@dataclass(frozen=True, slots=True)
class Evidence:
    """The context of one evidence window, pickled once in the parent process.

    >>> Evidence.of(0, EMPTY_CONTEXT).blob is None
    True
    """

    window: int
    context: Context
    blob: bytes | None = None

    @classmethod
    def of(cls, window: int, context: Context) -> Evidence:
        blob = None if context == EMPTY_CONTEXT else pickle.dumps(context, protocol=5)
        return cls(window, context, blob)


#: What every worker receives once: a pipeline, or the pipelines of the files of a run.
Shared = Pipeline | tuple[Pipeline, ...]
Task = tuple[Callable[[Any, Context, Any], list[Any]], Any, Evidence]

_WORKER: dict[str, Any] = {}


def _init_worker(pipeline: Shared) -> None:
    _WORKER["pipeline"] = pipeline
    _WORKER["window"] = None
    _WORKER["context"] = EMPTY_CONTEXT


def _run_in_worker(
    func: Callable[[Pipeline, Context, Any], list[Any]],
    payload: Any,
    window: int,
    blob: bytes | None,
) -> list[Any]:
    if _WORKER.get("window") != window:
        _WORKER["context"] = EMPTY_CONTEXT if blob is None else pickle.loads(blob)
        _WORKER["window"] = window
    result: list[Any] = func(_WORKER["pipeline"], _WORKER["context"], payload)
    return result


def run_tasks(
    pipeline: Shared,
    tasks: Iterable[Task],
    *,
    jobs: int = 1,
    in_flight: int | None = None,
    start_method: str | None = None,
) -> Generator[list[Any], None, None]:
    """Run ``tasks`` and yield their results in order, lazily.

    With ``jobs > 1`` (and more than one task) a process pool runs them; at most
    ``in_flight`` tasks (default ``3 * jobs``) are queued at a time, so memory stays
    bounded however long ``tasks`` is. The pipeline is sent to each worker once.
    ``start_method`` ("fork", "spawn", "forkserver") overrides the platform's default.

    >>> from cleantext import passes
    >>> pipe = Pipeline([passes.NormalizeWhitespace()])
    >>> task = (_clean_texts, (0, ["a  b"], False), Evidence.of(0, EMPTY_CONTEXT))
    >>> [item.text for batch in run_tasks(pipe, [task]) for item in batch]
    ['a b']
    """
    jobs = resolve_jobs(jobs)
    iterator = iter(tasks)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None) if jobs > 1 else None
    if second is None:  # one task, or one job: no pool needed
        for func, payload, evidence in _chain(first, None, iterator):
            yield func(pipeline, evidence.context, payload)
        return
    limit = in_flight or 3 * jobs
    context = multiprocessing.get_context(start_method) if start_method else None
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(pipeline,)
    )
    pending: collections.deque[concurrent.futures.Future[list[Any]]] = collections.deque()
    try:
        for func, payload, evidence in _chain(first, second, iterator):
            pending.append(
                executor.submit(_run_in_worker, func, payload, evidence.window, evidence.blob)
            )
            while len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _chain(first: Task, second: Task | None, rest: Iterator[Task]) -> Iterator[Task]:
    yield first
    if second is not None:
        yield second
    yield from rest


def windows(
    items: Iterable[T],
    size: Callable[[T], int],
    *,
    max_items: int,
    max_size: int,
) -> Iterator[list[T]]:
    """Cut ``items`` into consecutive lists of at most ``max_items`` items, each ending
    once its total ``size`` reaches ``max_size``. Depends only on the items.

    >>> list(windows("abcdefg", lambda c: 1, max_items=3, max_size=10))
    [['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]
    """
    current: list[T] = []
    total = 0
    for item in items:
        current.append(item)
        total += size(item)
        if len(current) >= max_items or total >= max_size:
            yield current
            current, total = [], 0
    if current:
        yield current


def with_evidence(
    groups: Iterable[list[T]],
    evidence: Callable[[list[T]], Context],
    *,
    ahead: bool,
) -> Iterator[tuple[int, list[T], Evidence]]:
    """Number each window and pair it with its evidence.

    With ``ahead`` (a process pool is cleaning), the evidence of the next window is
    computed in a background thread while the current window's chunks are handed out, so
    the workers do not wait for it. The thread starts only when the third window is asked
    for: by then :func:`run_tasks` has read two tasks and (from Python 3.11, at its first
    task) forked every worker; a worker forked while another thread runs may inherit a
    lock that thread held, and hang.

    >>> from cleantext.passes.base import EMPTY_CONTEXT
    >>> [(n, g) for n, g, _ in with_evidence([[1], [2]], lambda g: EMPTY_CONTEXT, ahead=True)]
    [(0, [1]), (1, [2])]
    """
    numbered = enumerate(groups)
    for number, group in itertools.islice(numbered, None if not ahead else _BEFORE_THREAD):
        yield number, group, Evidence.of(number, evidence(group))
    if not ahead:
        return

    def compute(number: int, group: list[T]) -> Evidence:
        return Evidence.of(number, evidence(group))

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as thread:
        current = next(numbered, None)
        future = thread.submit(compute, *current) if current is not None else None
        while current is not None and future is not None:
            ready = future.result()
            following = next(numbered, None)
            future = thread.submit(compute, *following) if following is not None else None
            yield current[0], current[1], ready
            current = following


# Windows whose evidence is computed in the caller's thread before the background thread of
# :func:`with_evidence` starts (see there).
_BEFORE_THREAD = 2


def _size(item: object) -> int:
    return len(item) if isinstance(item, (str, bytes)) else 1


# --------------------------------------------------------------------------- public API


def make_pipeline(
    pipeline: Pipeline | None, names: Sequence[object] | None, options: dict[str, object]
) -> Pipeline:
    """``pipeline`` as given, or the default pipeline built from ``names`` and options.

    >>> make_pipeline(None, ["Arthur Mensch"], {}).names()[-2]
    'names'
    """
    if pipeline is not None:
        if names is not None or options:
            raise TypeError("pass either pipeline= or names/options for the default pipeline")
        if not isinstance(pipeline, Pipeline):
            raise TypeError(f"pipeline must be a cleantext.Pipeline, not {type(pipeline).__name__}")
        return pipeline
    if isinstance(names, str):
        raise InputError("names must be a list of canonical names, not one string")
    return Pipeline.default(names, **options)


def _not_one_string(texts: object) -> None:
    """Refuse one string where texts are due: it is an iterable of characters, each of
    which would be cleaned as a document."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts is a list (or an iterable) of texts, not one string: pass [text]")


def iter_results(
    texts: Iterable[object],
    *,
    pipeline: Pipeline,
    jobs: int | None = 1,
    chunk_size: int | None = None,
    window: int | None = WINDOW_DOCS,
    window_chars: int = WINDOW_CHARS,
    edits: bool = False,
    on_error: str = "raise",
) -> Generator[Cleaned | Failure, None, None]:
    """Clean ``texts`` and yield a :class:`Cleaned` (or :class:`Failure`) per item, in order.

    Evidence is shared within windows of ``window`` documents (or ``window_chars``
    characters); ``window=None`` makes the whole input one window (it is then read into
    memory first). With ``on_error="raise"`` the first failure is raised; otherwise
    failures are yielded for the caller to keep or reject. Unchanged documents come back
    with ``changed=False`` and their original text.

    >>> from cleantext import Pipeline, passes
    >>> pipe = Pipeline([passes.NormalizeWhitespace()])
    >>> [(r.text, r.changed) for r in iter_results(["a ", "b"], pipeline=pipe)]
    [('a', True), ('b', False)]
    """
    _not_one_string(texts)
    check_on_error(on_error)
    size = chunk_size or CHUNK_SIZE
    if size < 1:
        raise InputError(f"chunk_size must be at least 1, not {size}")
    if window is None:
        groups: Iterable[list[object]] = [list(texts)]
    else:
        groups = windows(texts, _size, max_items=max(1, window), max_size=window_chars)
    # The originals of each window are held until its results are out: they are the output
    # of documents that did not change (workers do not send those back).
    held: collections.deque[list[object]] = collections.deque()

    jobs = resolve_jobs(jobs)
    ahead = jobs > 1 and uses_vocabulary(pipeline) and vocabulary_function() is not None

    def tasks() -> Iterator[Task]:
        start = 0
        for _, group, evidence in with_evidence(
            groups, lambda g: batch_context(pipeline, g), ahead=ahead
        ):
            held.append(group)
            for chunk in windows(group, _size, max_items=size, max_size=CHUNK_CHARS):
                yield (_clean_texts, (start, chunk, edits), evidence)
                start += len(chunk)

    with contextlib.closing(run_tasks(pipeline, tasks(), jobs=jobs)) as running:
        yield from _ordered(running, held, on_error)


def _ordered(
    running: Iterator[list[Cleaned | Failure]],
    held: collections.deque[list[object]],
    on_error: str,
) -> Iterator[Cleaned | Failure]:
    offset = 0  # index of held[0][0]
    for results in running:
        for item in results:
            while item.index - offset >= len(held[0]):
                offset += len(held.popleft())
            original = held[0][item.index - offset]
            if isinstance(item, Failure):
                if on_error == "raise":
                    raise _with_note(item.exception(), f"while cleaning item {item.index}")
                yield item
            elif item.changed or item.edits:
                yield item
            else:
                yield Cleaned(item.index, original, False)  # type: ignore[arg-type]


def _with_note(exc: Exception, note: str) -> Exception:
    if hasattr(exc, "add_note"):
        exc.add_note(note)
    return exc


def _report(failure: Failure, on_failure: Callable[[Failure], object] | None) -> None:
    if on_failure is not None:
        on_failure(failure)
    else:
        warnings.warn(BatchWarning(f"kept unchanged: {failure}"), stacklevel=3)


@overload
def iter_clean(
    texts: Iterable[str],
    *,
    jobs: int | None = ...,
    names: Sequence[object] | None = ...,
    chunk_size: int | None = ...,
    on_error: Literal["raise", "keep"] = ...,
    pipeline: Pipeline | None = ...,
    window: int | None = ...,
    on_failure: Callable[[Failure], object] | None = ...,
    **options: object,
) -> Iterator[str]: ...
@overload
def iter_clean(
    texts: Iterable[str],
    *,
    jobs: int | None = ...,
    names: Sequence[object] | None = ...,
    chunk_size: int | None = ...,
    on_error: str = ...,
    pipeline: Pipeline | None = ...,
    window: int | None = ...,
    on_failure: Callable[[Failure], object] | None = ...,
    **options: object,
) -> Iterator[str | Failure]: ...
def iter_clean(
    texts: Iterable[str],
    *,
    jobs: int | None = 1,
    names: Sequence[object] | None = None,
    chunk_size: int | None = None,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    window: int | None = WINDOW_DOCS,
    on_failure: Callable[[Failure], object] | None = None,
    **options: object,
) -> Iterator[str | Failure]:
    """Clean a stream of texts lazily; yield the cleaned texts in order.

    Memory stays bounded: at most one evidence window (``window`` documents, default
    1,000, or 8 million characters) and a few chunks per worker are held at a time.
    Options are those of :func:`clean_many`.

    >>> list(iter_clean(iter(["x  \\n", "y"]), jobs=1))
    ['x\\n', 'y']
    """
    check_on_error(on_error)
    pipe = make_pipeline(pipeline, names, options)
    for item in iter_results(
        texts, pipeline=pipe, jobs=jobs, chunk_size=chunk_size, window=window, on_error=on_error
    ):
        if isinstance(item, Cleaned):
            yield item.text
        elif on_error == "keep":
            _report(item, on_failure)
            yield item.original  # type: ignore[misc]
        else:
            if on_failure is not None:
                on_failure(item)
            yield item


@overload
def clean_many(
    texts: Iterable[str],
    *,
    jobs: int | None = ...,
    names: Sequence[object] | None = ...,
    chunk_size: int | None = ...,
    on_error: Literal["raise", "keep"] = ...,
    pipeline: Pipeline | None = ...,
    on_failure: Callable[[Failure], object] | None = ...,
    **options: object,
) -> list[str]: ...
@overload
def clean_many(
    texts: Iterable[str],
    *,
    jobs: int | None = ...,
    names: Sequence[object] | None = ...,
    chunk_size: int | None = ...,
    on_error: str = ...,
    pipeline: Pipeline | None = ...,
    on_failure: Callable[[Failure], object] | None = ...,
    **options: object,
) -> list[str | Failure]: ...
def clean_many(
    texts: Iterable[str],
    *,
    jobs: int | None = 1,
    names: Sequence[object] | None = None,
    chunk_size: int | None = None,
    on_error: str = "raise",
    pipeline: Pipeline | None = None,
    on_failure: Callable[[Failure], object] | None = None,
    **options: object,
) -> list[str] | list[str | Failure]:
    """Clean many texts with the default pipeline (or ``pipeline``); results in input order.

    ``jobs`` worker processes share the work in chunks of ``chunk_size`` documents
    (``None`` or ``0``: every core); the pipeline is sent to each worker once. The whole
    batch is the evidence window: a camel-case word seen standalone in one document is a
    word in all of them. ``names`` and ``options`` are those of
    :meth:`cleantext.Pipeline.default`.

    ``on_error``: ``"raise"`` stops at the first failure; ``"keep"`` returns the failed
    document unchanged and reports it (``on_failure(failure)``, or a :class:`BatchWarning`);
    ``"reject"`` returns a :class:`Failure` in its place.

    >>> clean_many(["Prices rose.  \\n\\n\\n\\nMore.", "ok"], jobs=1)
    ['Prices rose.\\n\\nMore.', 'ok']
    >>> seen = []
    >>> clean_many(["ok", None], on_error="keep", on_failure=seen.append)  # type: ignore[list-item]
    ['ok', None]
    >>> seen[0].error
    'cleantext cleans str, not NoneType'
    """
    _not_one_string(texts)
    items = list(texts)
    return list(
        iter_clean(
            items,
            jobs=jobs,
            names=names,
            chunk_size=chunk_size,
            on_error=on_error,
            pipeline=pipeline,
            window=None,
            on_failure=on_failure,
            **options,
        )
    )


# --------------------------------------------------------------------------- many files


def _process_paths(
    pipelines: Pipeline | tuple[Pipeline, ...],
    context: Context,
    payload: tuple[list[Path], dict[str, Any]],
) -> list[Outcome]:
    from cleantext.process import process_path

    paths, kwargs = payload
    kwargs = dict(kwargs)
    index = kwargs.pop("pipeline", 0)
    pipeline = pipelines[index] if isinstance(pipelines, tuple) else pipelines
    return [process_path(pipeline, path, context=context, **kwargs) for path in paths]


def process_paths(
    pipeline: Pipeline | tuple[Pipeline, ...],
    paths: Iterable[Path],
    *,
    jobs: int | None = 1,
    options: Callable[[Path], Mapping[str, Any]] | None = None,
    context: Context = EMPTY_CONTEXT,
    **kwargs: Any,
) -> Iterator[Outcome]:
    """:func:`cleantext.process.process_path` for many files, in order, in ``jobs`` processes.

    Keyword arguments go to ``process_path`` (``kind``, ``field_name``, ``encoding``,
    ``suggestions``, ``on_error``, ``display``); ``options(path)``, called in this process,
    adds per-file ones (such as ``kind`` and ``field_name``). ``pipeline`` may be a tuple of
    pipelines (files of one run governed by different configurations): ``options(path)``
    then gives the index of a file's pipeline as ``"pipeline"``; every worker receives all
    of them once, when it starts. Files are sent one at a time,
    so a large file does not hold up a chunk of others. ``context`` (e.g. the batch
    vocabulary of :func:`batch_context`) is sent to each worker once.

    >>> import pathlib, tempfile
    >>> from cleantext import Pipeline
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("One.  \\n")
    >>> [o.text for o in process_paths(Pipeline.default(), [p])]
    ['One.\\n']
    """
    evidence = Evidence.of(0, context)

    def tasks() -> Iterator[Task]:
        for path in paths:
            extra = dict(options(Path(path))) if options is not None else {}
            yield (_process_paths, ([Path(path)], {**kwargs, **extra}), evidence)

    with contextlib.closing(run_tasks(pipeline, tasks(), jobs=resolve_jobs(jobs))) as running:
        for outcomes in running:
            yield from outcomes
