"""Throughput of cleantext, pass by pass, side by side with its peers, on a corpus you give.

Prints MB/s (UTF-8 bytes of the documents per second, one core) for the contenders below,
timed in ``--repeat`` rounds: each round times every contender once, in turn, so a slow
spell of a shared machine slows them all alike, and the best round of each is kept:

- the floor: one ``regex`` scan for ``[a-z][A-Z]`` over each document (what any pass that
  looks for run-together sentences must pay at least),
- the default pipeline (``Pipeline.default``, with ``--names`` if given) and each of its
  passes alone, after one untimed run over the same documents,
- the default pipeline on documents it has not seen (a fresh interpreter per round runs
  it over every other document, then times it on the rest): what a job that never sees a
  document twice gets, as the warm rounds also find what they learnt of those very
  documents in their caches,
- ``ftfy.fix_text()`` with its defaults,
- clean-text's ``clean()`` with its defaults (PyPI ``clean-text``: it installs a module also
  called ``cleantext``, so it runs in a subprocess of another Python environment, given
  with ``--clean-text-python`` or ``$CLEANTEXT_BENCH_PYTHON``),

then the ratios the project targets (each the median over the rounds of the ratio within
a round), and the speed-up of ``clean_many(jobs=N)``.

Usage::

    python benchmarks/throughput.py ../shared/corpus/news_clean.jsonl \\
        --clean-text-python /work/bench-venv/bin/python

Corpus paths are JSONL files (``--field``, default ``text``), text files, or folders of
them. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import regex

import cleantext
from cleantext import Pipeline
from cleantext.batch import clean_many, resolve_jobs

FLOOR = regex.compile(r"[a-z][A-Z]")
UNSEEN = "default pipeline, unseen documents"
UNSEEN_NOTE = "on unseen documents"
TARGETS = {  # name: (numerator, denominator, minimum ratio)
    "default / clean-text clean()": ("default pipeline", "clean-text clean()", 10.0),
    "default / ftfy.fix_text()": ("default pipeline", "ftfy.fix_text()", 5.0),
    "default / regex floor": ("default pipeline", "regex floor [a-z][A-Z]", 0.25),
}


def load_corpus(paths: Sequence[str], field: str, limit: int | None) -> list[str]:
    """Documents of the given JSONL files, text files and folders (sorted), in order."""
    texts: list[str] = []
    for name in paths:
        path = Path(name)
        files = (
            sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".txt") and p.is_file())
            if path.is_dir()
            else [path]
        )
        for file in files:
            if file.suffix in (".jsonl", ".ndjson"):
                with file.open(encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            value = json.loads(line).get(field)
                            if isinstance(value, str):
                                texts.append(value)
            else:
                texts.append(file.read_text(encoding="utf-8"))
            if limit is not None and len(texts) >= limit:
                return texts[:limit]
    return texts


def run_time(func: Callable[[str], object], texts: Sequence[str]) -> float:
    """The wall time of one run of ``func`` over every text."""
    gc.collect()
    start = time.perf_counter()
    for text in texts:
        func(text)
    return time.perf_counter() - start


def time_rounds(timers: dict[str, Callable[[], float]], repeat: int) -> dict[str, list[float]]:
    """The times of each timer in ``repeat`` rounds, each round calling every timer once,
    in order: contenders measured side by side share the machine's slow spells.

    >>> time_rounds({"a": iter([3.0, 1.0]).__next__, "b": iter([2.0, 4.0]).__next__}, 2)
    {'a': [3.0, 1.0], 'b': [2.0, 4.0]}
    """
    times: dict[str, list[float]] = {name: [] for name in timers}
    for _ in range(repeat):
        for name, timer in timers.items():
            times[name].append(timer())
    return times


def round_ratio(fast: Sequence[float], slow: Sequence[float]) -> float:
    """How many times faster ``fast`` ran than ``slow``: the median over the rounds of the
    ratio within a round (two runs next to each other in time), robust to one odd round.

    >>> round_ratio([1.0, 1.0, 3.0], [10.0, 12.0, 9.0])
    10.0
    """
    return statistics.median(b / a for a, b in zip(fast, slow, strict=True))


CLEAN_TEXT_SCRIPT = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
import cleantext
from cleantext import clean
if not hasattr(cleantext, "clean") or hasattr(cleantext, "Pipeline"):
    raise SystemExit("this environment's cleantext module is not clean-text")
texts = json.load(open(sys.argv[1], encoding="utf-8"))
print("ready", flush=True)
for _ in sys.stdin:  # one timed run over the corpus per line read
    start = time.perf_counter()
    for t in texts:
        clean(t)
    print(json.dumps({"seconds": time.perf_counter() - start}), flush=True)
"""


UNSEEN_SCRIPT = """
import json, sys, time
from cleantext import Pipeline
texts = json.load(open(sys.argv[1], encoding="utf-8"))
names = json.loads(sys.argv[2])
pipeline = Pipeline.default(names)
for t in texts[0::2]:  # patterns compiled, word caches filled, on other documents
    pipeline(t)
print("ready", flush=True)
sys.stdin.readline()
start = time.perf_counter()
for t in texts[1::2]:
    pipeline(t)
print(json.dumps({"seconds": time.perf_counter() - start}), flush=True)
"""


def unseen_time(texts: Sequence[str], names: Sequence[str] | None) -> Callable[[], float]:
    """A timer of the default pipeline on documents it has not seen: each call starts a
    fresh interpreter that runs the pipeline over every other document (patterns
    compiled, caches filled as a long job would have them), then times it on the rest,
    once. The seconds are scaled to the whole corpus (as if every document were new).

    A warm round over the same documents (``default pipeline``) also finds in its caches
    what it learnt of those very documents; this figure is what a job that never sees a
    document twice gets.
    """
    corpus = json.dumps(list(texts))
    whole = sum(len(t.encode("utf-8")) for t in texts)
    part = sum(len(t.encode("utf-8")) for t in texts[1::2]) or 1
    package = str(Path(cleantext.__file__ or ".").resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([package, os.environ.get("PYTHONPATH", "")]))

    def timer() -> float:
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
            f.write(corpus)
            f.flush()
            proc = subprocess.Popen(
                [sys.executable, "-c", UNSEEN_SCRIPT, f.name, json.dumps(names)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                cwd=tempfile.gettempdir(),
            )
            out, err = proc.communicate("run\n")
        if proc.returncode != 0 or not out.strip():
            raise RuntimeError(f"the unseen-documents run failed: {err.strip() or 'no output'}")
        seconds: float = json.loads(out.splitlines()[-1])["seconds"]
        return seconds * whole / part

    return timer


class CleanTextWorker:
    """clean-text's ``clean()`` in another interpreter that keeps the corpus loaded and
    times one run over it each time :meth:`run_time` asks (startup is never timed)."""

    def __init__(self, python: str, texts: Sequence[str]) -> None:
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
            json.dump(list(texts), f)
            self.corpus = f.name
        try:
            self.proc = subprocess.Popen(
                [python, "-I", "-c", CLEAN_TEXT_SCRIPT, self.corpus],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=tempfile.gettempdir(),
            )
        except OSError as exc:
            os.unlink(self.corpus)
            raise SystemExit(
                f"cannot run {python!r} for clean-text ({exc.strerror}): pass the path of a "
                "Python that has clean-text installed to --clean-text-python, or --no-peers"
            ) from exc
        self._read()  # "ready", once the corpus is loaded

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            assert self.proc.stderr is not None
            error = self.proc.stderr.read().strip()
            self.close()
            raise RuntimeError(f"clean-text run failed: {error or 'no output'}")
        return line

    def run_time(self) -> float:
        """Seconds for one run of ``clean()`` over the corpus."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        seconds: float = json.loads(self._read())["seconds"]
        return seconds

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        self.proc.wait()
        if os.path.exists(self.corpus):
            os.unlink(self.corpus)


def read_names(path: str | None) -> list[str] | None:
    if path is None:
        return None
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [n.strip() for n in lines if n.strip() and not n.startswith("#")]


def measure(args: argparse.Namespace) -> dict[str, object]:
    texts = load_corpus(args.corpus, args.field, args.limit)
    if not texts:
        raise SystemExit("no documents found in the corpus paths")
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    names = read_names(args.names)
    pipeline = Pipeline.default(names)
    rows: dict[str, float | None] = {}

    def rate(seconds: float) -> float:
        return megabytes / seconds

    def timer(func: Callable[[str], object]) -> Callable[[], float]:
        return lambda: run_time(func, texts)

    timers = {
        "regex floor [a-z][A-Z]": timer(FLOOR.findall),
        "default pipeline": timer(pipeline),
    }
    if len(texts) > 1:
        timers[UNSEEN] = unseen_time(texts, names)
    for step in pipeline.passes:
        timers[f"  pass {step.name}"] = timer(Pipeline([step]))
    worker: CleanTextWorker | None = None
    python = args.clean_text_python or os.environ.get("CLEANTEXT_BENCH_PYTHON")
    if not args.no_peers:
        import ftfy

        timers["ftfy.fix_text()"] = timer(ftfy.fix_text)
        if python:
            worker = CleanTextWorker(python, texts)
            timers["clean-text clean()"] = worker.run_time
    for name, warm in timers.items():  # one untimed run: caches filled, modules loaded
        if name not in ("clean-text clean()", UNSEEN):  # these warm up on their own
            warm()
    try:
        times = time_rounds(timers, args.repeat)
    finally:
        if worker is not None:
            worker.close()
    rows.update((name, rate(min(seconds))) for name, seconds in times.items())
    if not args.no_peers and not python:
        rows["clean-text clean()"] = None
    ratios: dict[str, float | None] = {}
    for label, (top, bottom, _) in TARGETS.items():
        for first, key in ((top, label), (UNSEEN, f"{label}, {UNSEEN_NOTE}")):
            ratios[key] = (
                round_ratio(times[first], times[bottom])
                if first in times and bottom in times
                else None
            )
    scaling: dict[str, float] = {}
    jobs = resolve_jobs(args.jobs)
    if jobs > 1 and not args.no_jobs:
        one, _ = _many_time(texts, 1, args.repeat)
        many, cpu = _many_time(texts, jobs, args.repeat)
        scaling = {"jobs": jobs, "jobs=1 MB/s": rate(one), f"jobs={jobs} MB/s": rate(many)}
        scaling["speed-up"] = one / many
        scaling["cores used"] = cpu / many
    return {
        "corpus": list(args.corpus),
        "documents": len(texts),
        "megabytes": megabytes,
        "repeat": args.repeat,
        "load_average": os.getloadavg()[0],
        "mb_per_s": rows,
        "ratios": ratios,
        "jobs": scaling,
    }


def _many_time(texts: Sequence[str], jobs: int, repeat: int) -> tuple[float, float]:
    """Best wall time of ``clean_many(jobs=jobs)``, and the CPU seconds it used then
    (this process and its workers): CPU / wall is the number of cores actually used."""
    best, cpu = float("inf"), 0.0
    for _ in range(repeat):
        before = _cpu()
        start = time.perf_counter()
        clean_many(texts, jobs=jobs)
        wall = time.perf_counter() - start
        if wall < best:
            best, cpu = wall, _cpu() - before
    return best, cpu


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def render(report: dict[str, object]) -> Iterable[str]:
    rows = report["mb_per_s"]
    assert isinstance(rows, dict)
    default = rows["default pipeline"]
    yield (
        f"corpus: {', '.join(report['corpus'])}  "  # type: ignore[arg-type]
        f"({report['documents']:,} docs, {report['megabytes']:.2f} MB; best of "
        f"{report['repeat']} rounds, one core; load average {report['load_average']:.2f})"
    )
    yield ""
    yield "| what | MB/s | default pipeline is |"
    yield "| --- | ---: | ---: |"
    for name, value in rows.items():
        if value is None:
            yield f"| {name} | not measured (no --clean-text-python) | |"
            continue
        yield f"| {name} | {value:,.1f} | {default / value:,.2f}x |"
    yield ""
    ratios = report["ratios"]
    assert isinstance(ratios, dict)
    for label, value in ratios.items():
        target = TARGETS[label.split(", ")[0]][2]
        if value is None:
            yield f"{label}: not measured (target >= {target:g}x)"
        else:
            verdict = "ok" if value >= target else "BELOW TARGET"
            yield (
                f"{label}: {value:.2f}x (median of the {report['repeat']} rounds' ratios; "
                f"target >= {target:g}x) {verdict}"
            )
    scaling = report["jobs"]
    assert isinstance(scaling, dict)
    if scaling:
        jobs = scaling["jobs"]
        yield (
            f"clean_many: jobs=1 {scaling['jobs=1 MB/s']:.1f} MB/s, jobs={jobs} "
            f"{scaling[f'jobs={jobs} MB/s']:.1f} MB/s, speed-up {scaling['speed-up']:.2f}x; "
            f"the run used {scaling['cores used']:.2f} of {jobs} cores (CPU time / wall time: "
            "below the job count, other processes held the rest)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help="JSONL files, text files or folders")
    parser.add_argument("--field", default="text", help="JSONL field holding the text")
    parser.add_argument("--limit", type=int, help="use only the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (best of each kept)")
    parser.add_argument("--names", help="canonical names file: adds the names pass")
    parser.add_argument(
        "--clean-text-python",
        help="a Python with clean-text installed (default: $CLEANTEXT_BENCH_PYTHON)",
    )
    parser.add_argument("--no-peers", action="store_true", help="skip ftfy and clean-text")
    parser.add_argument("--jobs", type=int, default=0, help="workers for the speed-up (0: all)")
    parser.add_argument("--no-jobs", action="store_true", help="skip the --jobs speed-up")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    report = measure(args)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for line in render(report):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
