"""Random bytes and random unicode through the API and the CLI: only documented errors."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Pipeline
from cleantext.errors import InputError
from cleantext.io import decode_bytes
from cleantext.process import process_bytes

PIPE = Pipeline.default(["Arthur Mensch", "DeepSeek"])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_through_the_file_layer(data: bytes) -> None:
    try:
        doc = decode_bytes(data, name="fuzz.bin")
    except InputError:
        return
    result = PIPE.run(doc.text)
    assert PIPE(result.text) == result.text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([None, "jsonl", "csv"]))
def test_random_bytes_as_records(data: bytes, kind: str | None) -> None:
    out = process_bytes(PIPE, data, "fuzz", kind=kind, field_name="text", on_error="keep")
    if out.document is not None and not out.errors:
        assert len(out.handled) <= max(1, data.count(b"\n") + 1)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "S", "Cc")),
        max_size=500,
    )
)
def test_random_unicode_through_the_api(text: str) -> None:
    result = PIPE.run(text)
    assert result.replay() == result.text
    assert PIPE(result.text) == result.text


@settings(max_examples=12, deadline=None)
@given(st.binary(min_size=1, max_size=300))
def test_random_bytes_through_the_cli(data: bytes) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "cleantext", "clean", "-"],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert out.returncode in (0, 2), out.stderr
    assert b"Traceback" not in out.stderr
    if out.returncode == 2:
        assert out.stderr.startswith(b"error: -: ")
