"""clean_many / iter_clean / iter_results: order, process pool, batch evidence, on_error."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import sys
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Context, Edit, Pipeline, passes
from cleantext.batch import (
    BatchWarning,
    Cleaned,
    Evidence,
    Failure,
    _clean_texts,
    batch_context,
    clean_many,
    iter_clean,
    iter_results,
    process_paths,
    resolve_jobs,
    run_tasks,
    windows,
)
from cleantext.errors import CleantextError, InputError, PassError
from cleantext.passes.base import EMPTY_CONTEXT, Pass

WS = Pipeline([passes.NormalizeWhitespace()])


@dataclass(frozen=True, slots=True)
class Boom(Pass):
    """Fails on any text containing BOOM; otherwise upper-cases 'x'."""

    name: ClassVar[str] = "boom"
    rules: ClassVar[tuple[str, ...]] = ("boom/x",)

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if "BOOM" in text:
            raise ValueError("exploded")
        return [Edit(i, i + 1, "X", "boom/x") for i, c in enumerate(text) if c == "x"]


@dataclass(frozen=True, slots=True)
class ShowVocabulary(Pass):
    """Named like the sentences pass; appends the batch vocabulary it was given."""

    name: ClassVar[str] = "sentences"
    rules: ClassVar[tuple[str, ...]] = ("sentences/test",)

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        words = ",".join(sorted(context.vocabulary))
        return [Edit(len(text), len(text), f" [{words}]", "sentences/test")]


@dataclass(frozen=True, slots=True)
class CountUnpickling(Pass):
    """Appends a line to a file each time it is unpickled (in any process)."""

    path: str = ""
    name: ClassVar[str] = "count"

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return []

    def __reduce__(self) -> tuple[object, ...]:
        return (_unpickle_counter, (self.path,))


def _unpickle_counter(path: str) -> CountUnpickling:
    with open(path, "a") as f:
        f.write(f"{os.getpid()}\n")
    return CountUnpickling(path)


BOOM = Pipeline([Boom()])
TEXTS = [
    "Prices rose.  \n",
    "No change here.",
    "One.\n\n\n\nTwo.",
    "",
    "Tabs\t \nand spaces  between  words.",
] * 7


# --------------------------------------------------------------------------- order, jobs


def test_clean_many_keeps_order_and_matches_the_pipeline() -> None:
    assert clean_many(TEXTS, pipeline=WS) == [WS(t) for t in TEXTS]


def test_one_string_is_refused_where_texts_are_due() -> None:
    # a string is an iterable of characters: each would come back as a document
    with pytest.raises(TypeError, match="not one string: pass \\[text\\]"):
        cleantext.clean_many("Hello  world.", jobs=2)
    with pytest.raises(TypeError, match="not one string"):
        list(cleantext.iter_clean("Hello"))
    assert cleantext.clean_many(["Hello  world."]) == ["Hello world."]


def test_clean_many_default_pipeline_matches_clean_on_whitespace_cases() -> None:
    texts = ["a  \n", "b\n\n\n\nc"]
    assert clean_many(texts) == [cleantext.clean(t) for t in texts]


@pytest.mark.parametrize("chunk_size", [1, 3, 64])
def test_jobs_and_chunk_size_never_change_results(chunk_size: int) -> None:
    expected = [WS(t) for t in TEXTS]
    assert clean_many(TEXTS, pipeline=WS, jobs=2, chunk_size=chunk_size) == expected


def test_default_pipeline_in_a_pool_equals_in_process() -> None:
    texts = [
        f"Doc {i}: prices rose in EuropeHowever, ADVERTISEMENT  \n\n\n\nend." for i in range(40)
    ]
    assert clean_many(texts, jobs=2, chunk_size=5) == clean_many(texts, jobs=1)


def test_unchanged_texts_come_back_as_the_same_objects() -> None:
    text = "Nothing to do."
    assert clean_many([text], pipeline=WS)[0] is text


def test_empty_input() -> None:
    assert clean_many([], jobs=2) == []
    assert list(iter_clean(iter([]), jobs=2)) == []


def test_accepts_any_iterable() -> None:
    assert clean_many((t for t in ["a ", "b"]), pipeline=WS) == ["a", "b"]


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (3, 3)])
def test_resolve_jobs(jobs: int, expected: int) -> None:
    assert resolve_jobs(jobs) == expected


@pytest.mark.parametrize("jobs", [None, 0, -1])
def test_resolve_jobs_all_cores(jobs: int | None) -> None:
    assert resolve_jobs(jobs) == len(os.sched_getaffinity(0))


def test_names_and_options_build_the_default_pipeline() -> None:
    out = clean_many(["a \n\n\n\n\nb"], whitespace={"max_blank_lines": 2})
    assert out == ["a\n\n\nb"]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"pipeline": WS, "names": ["A B"]}, TypeError),
        ({"pipeline": WS, "select": ["x"]}, TypeError),
        ({"pipeline": "nope"}, TypeError),
        ({"names": "Arthur Mensch"}, InputError),
        ({"on_error": "ignore"}, InputError),
        ({"chunk_size": -1}, InputError),
        ({"bogus": 1}, TypeError),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        clean_many(["x"], **kwargs)  # type: ignore[call-overload]


# --------------------------------------------------------------------------- streaming


@pytest.mark.parametrize("jobs", [1, 2])
def test_iter_clean_is_lazy_on_an_endless_stream(jobs: int) -> None:
    endless = (f"doc {i}  \n" for i in itertools.count())
    first = list(itertools.islice(iter_clean(endless, pipeline=WS, jobs=jobs), 300))
    assert first == [f"doc {i}\n" for i in range(300)]


def test_iter_clean_window_does_not_change_results_without_evidence() -> None:
    expected = [WS(t) for t in TEXTS]
    assert list(iter_clean(TEXTS, pipeline=WS, window=2)) == expected


def test_iter_results_reports_edits_and_changed() -> None:
    items = list(iter_results(["a  b", "ok"], pipeline=WS, edits=True))
    assert all(isinstance(i, Cleaned) for i in items)
    first, second = items
    assert isinstance(first, Cleaned) and isinstance(second, Cleaned)
    assert (first.text, first.changed, second.text, second.changed) == ("a b", True, "ok", False)
    assert first.edits[0]["rule"] == "whitespace/spaces"
    assert (first.edits[0]["start"], first.edits[0]["end"]) == (1, 3)
    assert second.edits == ()


def test_windows_cut_by_count_and_size() -> None:
    assert list(windows(["aa", "b", "cccc", "d"], len, max_items=10, max_size=3)) == [
        ["aa", "b"],
        ["cccc"],
        ["d"],
    ]
    assert list(windows([], len, max_items=2, max_size=2)) == []


# --------------------------------------------------------------------------- evidence


def fake_vocabulary(texts: list[str]) -> frozenset[str]:
    return frozenset(w for t in texts for w in t.split() if w[:1].isupper() and w[1:2].islower())


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_vocabulary_is_shared_across_the_batch(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(
        cleantext.passes.sentences, "batch_vocabulary", fake_vocabulary, raising=False
    )
    pipe = Pipeline([ShowVocabulary()])
    out = clean_many(["Alpha one", "beta", "Gamma two"], pipeline=pipe, jobs=jobs, chunk_size=1)
    assert out == ["Alpha one [Alpha,Gamma]", "beta [Alpha,Gamma]", "Gamma two [Alpha,Gamma]"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_iter_clean_evidence_per_window(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setattr(
        cleantext.passes.sentences, "batch_vocabulary", fake_vocabulary, raising=False
    )
    pipe = Pipeline([ShowVocabulary()])
    words = ["Alpha", "Beta", "Gamma", "Delta", "Omega"]
    out = list(iter_clean(words, pipeline=pipe, window=2, jobs=jobs, chunk_size=1))
    assert out == [
        "Alpha [Alpha,Beta]",
        "Beta [Alpha,Beta]",
        "Gamma [Delta,Gamma]",
        "Delta [Delta,Gamma]",
        "Omega [Omega]",
    ]


def test_no_vocabulary_without_the_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(cleantext.passes.sentences, "batch_vocabulary", raising=False)
    pipe = Pipeline([ShowVocabulary()])
    assert clean_many(["Alpha"], pipeline=pipe) == ["Alpha []"]


def test_no_vocabulary_for_pipelines_without_the_sentences_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(texts: list[str]) -> frozenset[str]:
        raise AssertionError("must not be called")

    monkeypatch.setattr(cleantext.passes.sentences, "batch_vocabulary", fail, raising=False)
    assert batch_context(WS, ["Alpha"]) == EMPTY_CONTEXT
    assert clean_many(["Alpha  x"], pipeline=WS) == ["Alpha x"]


# --------------------------------------------------------------------------- pickling


def test_pipeline_is_unpickled_at_most_once_per_worker(tmp_path: Path) -> None:
    log = tmp_path / "unpickled.txt"
    log.touch()
    pipe = Pipeline([CountUnpickling(str(log)), passes.NormalizeWhitespace()])
    texts = [f"t{i}  " for i in range(200)]
    assert clean_many(texts, pipeline=pipe, jobs=2, chunk_size=3) == [f"t{i}" for i in range(200)]
    assert len(log.read_text().split()) <= 2  # 67 chunks, at most one copy per worker


def test_failure_and_cleaned_pickle() -> None:
    f = Failure(2, "x", "boom", "PassError", "boom", 4)
    assert pickle.loads(pickle.dumps(f)) == f
    c = Cleaned(0, "a", True, ({"rule": "r"},))
    assert pickle.loads(pickle.dumps(c)) == c


# --------------------------------------------------------------------------- on_error

MIXED = ["fine x", "BOOM here", "also x", 17, "last"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_error_raise_stops_with_the_pass_error(jobs: int) -> None:
    with pytest.raises(PassError, match="exploded") as info:
        clean_many(MIXED, pipeline=BOOM, jobs=jobs, chunk_size=1)  # type: ignore[arg-type]
    assert info.value.pass_name == "boom"
    assert isinstance(info.value, CleantextError)


def test_on_error_raise_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="not bytes: decode it first"):
        clean_many(["ok", b"raw"], pipeline=WS)  # type: ignore[list-item]


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_error_keep_passes_originals_through_and_reports(jobs: int) -> None:
    seen: list[Failure] = []
    out = clean_many(
        MIXED,  # type: ignore[arg-type]
        pipeline=BOOM,
        jobs=jobs,
        chunk_size=2,
        on_error="keep",
        on_failure=seen.append,
    )
    assert out == ["fine X", "BOOM here", "also X", 17, "last"]
    assert [(f.index, f.error_type, f.pass_name) for f in seen] == [
        (1, "PassError", "boom"),
        (3, "TypeError", None),
    ]
    assert "exploded" in seen[0].error


def test_on_error_keep_without_callback_warns() -> None:
    with pytest.warns(BatchWarning, match="item 1: PassError"):
        out = clean_many(["x", "BOOM"], pipeline=BOOM, on_error="keep")
    assert out == ["X", "BOOM"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_error_reject_returns_failures_in_place(jobs: int) -> None:
    out = clean_many(MIXED, pipeline=BOOM, jobs=jobs, chunk_size=1, on_error="reject")  # type: ignore[arg-type]
    assert len(out) == len(MIXED)  # records in = records out (+ rejects, in place)
    assert [o for o in out if isinstance(o, str)] == ["fine X", "also X", "last"]
    failures = [o for o in out if isinstance(o, Failure)]
    assert [(f.index, f.original) for f in failures] == [(1, "BOOM here"), (3, 17)]
    assert failures[0].as_dict()["pass"] == "boom"
    assert "original" not in failures[1].as_dict()


def test_failure_exception_round_trip() -> None:
    out = clean_many(["BOOM"], pipeline=BOOM, on_error="reject")
    failure = out[0]
    assert isinstance(failure, Failure)
    exc = failure.exception()
    assert isinstance(exc, PassError)
    assert exc.pass_name == "boom"
    assert str(exc) == failure.error


def test_reject_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        clean_many(["BOOM"], pipeline=BOOM, on_error="reject")


# --------------------------------------------------------------------------- many files


@pytest.mark.parametrize("jobs", [1, 2])
def test_process_paths_in_order(tmp_path: Path, jobs: int) -> None:
    paths = []
    for i in range(6):
        p = tmp_path / f"f{i}.txt"
        p.write_text(f"file {i}  \n")
        paths.append(p)
    missing = tmp_path / "missing.txt"
    outcomes = list(process_paths(WS, [*paths, missing], jobs=jobs))
    assert [o.text for o in outcomes[:-1]] == [f"file {i}\n" for i in range(6)]
    assert outcomes[-1].errors and "cannot read" in outcomes[-1].errors[0]


def test_process_paths_records(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "a  "}\n{"text": 1}\n')
    (outcome,) = process_paths(WS, [p], kind="jsonl", field_name="text", on_error="keep")
    assert outcome.text == '{"text": "a"}\n{"text": 1}\n'
    assert outcome.failed == 1


# --------------------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet=" \t\n\u00a0ab.", max_size=30), max_size=30),
    st.integers(min_value=1, max_value=8),
)
def test_property_chunking_never_changes_results(texts: list[str], chunk_size: int) -> None:
    assert clean_many(texts, pipeline=WS, chunk_size=chunk_size) == [WS(t) for t in texts]
    assert list(iter_clean(texts, pipeline=WS, chunk_size=chunk_size, window=3)) == [
        WS(t) for t in texts
    ]


def test_process_paths_per_file_options(tmp_path: Path) -> None:
    text, records = tmp_path / "a.txt", tmp_path / "b.jsonl"
    text.write_text("x  \n")
    records.write_text('{"body": "y  "}\n')

    def options(path: Path) -> dict[str, object]:
        return {"kind": "jsonl", "field_name": "body"} if path.suffix == ".jsonl" else {}

    outcomes = list(process_paths(WS, [text, records], jobs=2, options=options))
    assert [o.text for o in outcomes] == ["x\n", '{"body": "y"}\n']


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_spawned_workers_unpickle_the_pipeline_once_each(tmp_path: Path, start_method: str) -> None:
    log = tmp_path / "unpickled.txt"
    log.touch()
    pipe = Pipeline([CountUnpickling(str(log)), passes.NormalizeWhitespace()])
    evidence = Evidence.of(0, EMPTY_CONTEXT)
    tasks = [(_clean_texts, (i * 3, [f"t{i}  "] * 3, False), evidence) for i in range(30)]
    results = list(run_tasks(pipe, tasks, jobs=2, start_method=start_method))
    assert [item.text for chunk in results for item in chunk][:3] == ["t0", "t0", "t0"]
    pids = log.read_text().split()
    assert 1 <= len(pids) <= 2  # once per worker process, never once per task (30 tasks)
    assert len(set(pids)) == len(pids)


_FORKS: list[int] = []  # threads alive at each fork of this process (see the test below)
os.register_at_fork(before=lambda: _FORKS.append(threading.active_count()))


def test_workers_are_forked_while_no_thread_of_ours_runs() -> None:
    # The evidence of the next window is worked out in a background thread; a worker forked
    # while it runs may inherit a lock it holds, and hang (Python 3.12 warns of it).
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the platform's workers are not forked from this process")
    if sys.version_info < (3, 11):
        pytest.skip("before Python 3.11 a forking pool starts its workers as tasks come")
    texts = [f"Report {i} came in EuropeHowever, the euro held." for i in range(60)]
    before, threads = len(_FORKS), threading.active_count()
    out = list(iter_clean(texts, jobs=2, window=5, chunk_size=2))
    assert out == [cleantext.clean(t) for t in texts]
    forks = _FORKS[before:]
    assert forks, "no worker was forked"
    assert max(forks) == threads, forks
