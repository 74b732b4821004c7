"""Progress line: drawn only on a terminal, throttled, with MB/s and ETA (fake clock)."""

from __future__ import annotations

import io

import pytest

from cleantext.progress import Progress, format_duration


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def draws(out: io.StringIO) -> list[str]:
    return [d.removesuffix("\x1b[K") for d in out.getvalue().split("\r") if d]


def test_silent_when_not_a_terminal() -> None:
    out = io.StringIO()
    with Progress(stream=out, total_bytes=10) as bar:
        bar.update(docs=5, nbytes=5)
    assert out.getvalue() == ""
    assert (bar.docs, bar.nbytes) == (5, 5)


def test_silent_when_stream_has_no_isatty() -> None:
    class Plain:
        def write(self, s: str) -> int:
            raise AssertionError("must not draw")

    bar = Progress(stream=Plain())  # type: ignore[arg-type]
    bar.update(docs=1)
    bar.close()


def test_draws_rate_percentage_and_eta_on_a_terminal() -> None:
    out, clock = Tty(), Clock()
    bar = Progress(stream=out, total_bytes=10_000_000, clock=clock)
    clock.now += 4
    bar.update(docs=1234, nbytes=2_000_000)
    assert draws(out) == ["cleantext: 1,234 docs, 2.0 MB, 0.5 MB/s, 20% ETA 0:16"]


def test_eta_from_documents_when_bytes_unknown() -> None:
    out, clock = Tty(), Clock()
    bar = Progress(stream=out, total_docs=4, clock=clock, label="jsonl")
    clock.now += 10
    bar.update(docs=1, nbytes=1_000_000)
    assert draws(out) == ["jsonl: 1 docs, 1.0 MB, 0.1 MB/s, 25% ETA 0:30"]


def test_no_total_no_eta() -> None:
    out, clock = Tty(), Clock()
    bar = Progress(stream=out, clock=clock)
    clock.now += 1
    bar.update(docs=2, nbytes=3_000_000)
    assert draws(out) == ["cleantext: 2 docs, 3.0 MB, 3.0 MB/s"]


def test_redraws_are_throttled() -> None:
    out, clock = Tty(), Clock()
    bar = Progress(stream=out, clock=clock, interval=1.0)
    for _ in range(10):
        bar.update(docs=1)
        clock.now += 0.25
    assert len(draws(out)) == 3  # at 0, 1.0 and 2.0 seconds


def test_close_draws_the_final_figures_and_ends_the_line() -> None:
    out, clock = Tty(), Clock()
    with Progress(stream=out, clock=clock, interval=60) as bar:
        bar.update(docs=1)
        clock.now += 1
        bar.update(docs=1)
    assert out.getvalue().endswith("\n")
    assert draws(out)[-1].startswith("cleantext: 2 docs")
    bar.close()  # twice is fine
    bar.update(docs=1)
    assert out.getvalue().count("\n") == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_enabled_overrides_detection(enabled: bool) -> None:
    out = io.StringIO()
    bar = Progress(stream=out, enabled=enabled)
    bar.update(docs=1)
    assert bool(out.getvalue()) is enabled


def test_percentage_is_capped() -> None:
    out, clock = Tty(), Clock()
    bar = Progress(stream=out, total_bytes=10, clock=clock)
    clock.now += 1
    bar.update(nbytes=20)
    assert "100% ETA 0:00" in draws(out)[0]


def test_broken_stream_disables_drawing() -> None:
    class Broken(Tty):
        def write(self, s: str) -> int:
            raise OSError("gone")

    bar = Progress(stream=Broken())
    bar.update(docs=1)
    assert bar.enabled is False
    bar.close()


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (59.4, "0:59"), (61, "1:01"), (3600, "1:00:00")]
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_a_note_never_shares_the_bar_line() -> None:
    # a warning during a job: the bar's line is cleared, the warning has a line of its
    # own, and the bar is drawn again after it
    out, clock = Tty(), Clock()
    bar = Progress(total_docs=10, stream=out, clock=clock)
    bar.update(docs=3)
    bar.note("warning: a.jsonl:4: field 'text' is int, not a string")
    clock.now += 0.01  # within the redraw interval: drawn all the same, below the warning
    bar.update(docs=1)
    bar.close()
    # what a terminal shows: each line as its last carriage return left it
    lines = [line.split("\r")[-1].replace("\x1b[K", "") for line in out.getvalue().split("\n")]
    warning = [line for line in lines if "warning:" in line]
    assert len(warning) == 1 and "docs" not in warning[0]
    assert warning[0].endswith("not a string")
    assert "4 docs" in lines[lines.index(warning[0]) + 1]
    silent = io.StringIO()  # no bar: the message as it is
    Progress(stream=silent).note("warning: x")
    assert silent.getvalue() == "warning: x\n"
