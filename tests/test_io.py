"""Decoding, atomic writes and line/column lookup."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cleantext import io
from cleantext.errors import InputError
from cleantext.io import LineIndex, atomic_write, decode_bytes, read_document


@pytest.mark.parametrize(
    ("data", "text", "bom"),
    [
        (b"plain\n", "plain\n", False),
        (b"\xef\xbb\xbfbom\r\n", "bom\r\n", True),
        ("café".encode(), "café", False),
        (b"", "", False),
    ],
)
def test_decode_keeps_text_and_bom(data: bytes, text: str, bom: bool) -> None:
    doc = decode_bytes(data, name="f")
    assert (doc.text, doc.bom) == (text, bom)
    assert doc.encode(doc.text) == data


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_utf16_or_utf32_bom_names_the_encoding(encoding: str) -> None:
    data = "\ufeffcaf\u00e9 \u2014 \U0001f600\r\n".encode(encoding)
    doc = decode_bytes(data, name="f")
    assert (doc.text, doc.encoding, doc.bom) == ("caf\u00e9 \u2014 \U0001f600\r\n", encoding, True)
    assert doc.encode(doc.text) == data
    assert decode_bytes(data, name="f", encoding="UTF8").encoding == encoding


@pytest.mark.parametrize("name", ["utf-16-le", "UTF-16LE", "utf_16_le"])
def test_utf16_under_any_of_its_names_reads_its_nul_bytes_as_text(name: str) -> None:
    data = "\ufeffHi\n".encode("utf-16-le")
    doc = decode_bytes(data, name="f", encoding=name)
    assert (doc.text, doc.bom) == ("Hi\n", True)
    assert doc.encode_stream(doc.text) == data


def test_a_bom_does_not_override_another_encoding_asked_for() -> None:
    doc = decode_bytes(b"\xff\xfeab", name="f", encoding="latin-1")
    assert (doc.text, doc.encoding) == ("\u00ff\u00feab", "latin-1")


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_refused_with_the_flag_to_pass(order: str) -> None:
    with pytest.raises(InputError, match=f"binary.*pass --encoding {order}"):
        decode_bytes("Caf\u00e9 prices rose.\n".encode(order), name="f.txt")


def test_invalid_utf8_names_file_and_offset() -> None:
    with pytest.raises(
        InputError, match=r"f\.txt: not valid utf-8 at line 1, column 6 \(byte offset 5"
    ):
        decode_bytes(b"hello\xff world", name="f.txt")


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match=r"binary file .*; cleantext only cleans text files$"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", name="img.png")


def test_other_encodings() -> None:
    doc = decode_bytes("café".encode("cp1252"), name="f", encoding="cp1252")
    assert doc.text == "café"
    assert doc.encode("thé") == "thé".encode("cp1252")


def test_read_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_atomic_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_atomic_write_refuses_read_only(tmp_path: Path) -> None:
    # Even root, who may write anything, is refused: the file's mode says read-only.
    path = tmp_path / "ro.txt"
    path.write_bytes(b"old")
    os.chmod(path, 0o444)
    with pytest.raises(InputError, match="read-only"):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old"


def test_failure_during_write_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"original")
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        real_fsync(fd)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(InputError, match="No space left"):
        atomic_write(path, b"new contents")
    assert path.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_line_index() -> None:
    text = "one\r\ntwo\nthree\rfour"
    idx = LineIndex(text)
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(text.index("two")) == (2, 1)
    assert idx.line_col(text.index("three") + 2) == (3, 3)
    assert idx.line_col(text.index("four")) == (4, 1)


def test_line_index_of_many_lines_without_a_carriage_return() -> None:
    # each line's start was found by searching the rest of the text for "\r" (found by a
    # black-box probe: the CLI took 66 s on 40 MB); one scan now
    text = "a line of text\n" * 20_000 + "end\r\nlast"
    idx = LineIndex(text)
    assert len(idx.starts) == 20_002
    assert idx.line_col(len(text) - 1) == (20_002, 4)
    assert idx.line_col(15 * 19_999 + 2) == (20_000, 3)


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        io.new_file_mode.cache_clear()
        path = tmp_path / "new.txt"
        io.atomic_write(path, b"x\n")
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    finally:
        os.umask(old)
        io.new_file_mode.cache_clear()


def test_write_errors_name_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as caught:
        atomic_write(Path("missing") / "a.txt", b"new")
    assert str(caught.value).startswith("missing/a.txt: cannot write in missing: ")
    assert str(tmp_path) not in str(caught.value)


def test_invalid_utf8_gives_line_and_column_and_the_offset_once() -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(b"ok\r\ncaf\xc3\xa9 \xff x\n", name="f.txt")
    message = str(caught.value)
    assert message.startswith("f.txt: not valid utf-8 at line 2, column 6 (byte offset 10: 0xff)")
    assert message.count("offset") == 1


@pytest.mark.parametrize(
    ("data", "asked", "encoding", "bom"),
    [
        (b"caf\xc3\xa9", "utf-8-sig", "utf-8", False),  # no mark added where none was
        (b"\xef\xbb\xbfcaf\xc3\xa9", "utf-8-sig", "utf-8", True),
        (b"\xfe\xff\x00c\x00a\x00f\x00\xe9", "utf-16", "utf-16-be", True),
        (b"c\x00a\x00f\x00\xe9\x00", "utf-16", "utf-16-le", False),
        (b"\xff\xfe\x00\x00c\x00\x00\x00", "UTF-32", "utf-32-le", True),
    ],
)
def test_a_file_is_written_back_byte_for_byte_in_the_encoding_asked(
    data: bytes, asked: str, encoding: str, bom: bool
) -> None:
    # "utf-8-sig", "utf-16" and "utf-32" add a byte-order mark when they write: a file
    # without one got one
    doc = decode_bytes(data, name="a.txt", encoding=asked)
    assert (doc.encoding, doc.bom) == (encoding, bom)
    assert doc.encode(doc.text) == data


def test_a_byte_order_mark_is_no_column_of_an_encoding_error() -> None:
    for data in (b"ab\xffc\n", b"\xef\xbb\xbfab\xffc\n"):
        with pytest.raises(InputError, match="at line 1, column 3 "):
            decode_bytes(data, name="a.txt")
    wide = "\ufeffab".encode("utf-16-le") + b"\x00\xd8" + "c\n".encode("utf-16-le")
    with pytest.raises(InputError, match="at line 1, column 3 "):
        decode_bytes(wide, name="a.txt")


def test_a_wide_file_read_as_another_encoding_is_told_its_mark() -> None:
    data = "x  \nyes\n".encode("utf-16")
    with pytest.raises(InputError, match="opens with a utf-16-le byte-order mark: leave out"):
        decode_bytes(data, name="a.txt", encoding="latin-1")
