"""Canonical name lists: NameEntry, text and TOML files, errors that name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext.errors import ConfigError
from cleantext.namelist import NameEntry, dump_names, entries, load_names, parse_names_toml


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text(
        "# people we cover\nArthur Mensch\n\n  Guillaume   Lample  \nC# Foundation  # a comment\n"
        "DeepSeek\nDeepSeek\n",
        encoding="utf-8",
    )
    assert [e.canonical for e in load_names(path)] == [
        "Arthur Mensch",
        "Guillaume Lample",
        "C# Foundation",
        "DeepSeek",
    ]


def test_text_file_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_bytes("\ufeffThomas Müller\r\nOpenAI\r\n".encode())
    assert [e.canonical for e in load_names(str(path))] == ["Thomas Müller", "OpenAI"]


def test_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "names.toml"
    path.write_text(
        """
[[names]]
canonical = "Arthur Mensch"
aliases = ["A. Mensch"]
context = ["Mistral", "Mistral AI"]
never = ["Marsh"]

[[names]]
canonical = "DeepSeek"
aliases = "Deep-Seek"

[[names]]
canonical = "OpenAI"
""",
        encoding="utf-8",
    )
    got = load_names(path)
    assert got == (
        NameEntry("Arthur Mensch", ("A. Mensch",), ("Mistral", "Mistral AI"), ("Marsh",)),
        NameEntry("DeepSeek", aliases=("Deep-Seek",)),
        NameEntry("OpenAI"),
    )


def test_toml_array_of_strings() -> None:
    assert parse_names_toml('names = ["OpenAI", "Arthur Mensch"]') == (
        NameEntry("OpenAI"),
        NameEntry("Arthur Mensch"),
    )


BAD_TOML = [
    ("[[names]]\naliases = ['x']", "names[0].canonical is missing"),
    ("[[names]]\ncanonical = 3", "names[0].canonical must be a string"),
    ("[[names]]\ncanonical = 'A'\naliases = [1]", "names[0].aliases must be a list of strings"),
    ("[[names]]\ncanonical = 'A'\nnicknames = ['x']", "names[0]: unknown key 'nicknames'"),
    ("[[names]]\ncanonical = '  '", "names[0]: a canonical name must be a non-empty string"),
    ("[[names]]\ncanonical = 'A'\naliases = ['B', '']", "names[0].aliases holds an empty string"),
    ("[[names]]\ncanonical = 'A'\nnever = [' ']", "names[0].never holds an empty string"),
    ("people = []", "unknown key 'people'"),
    ("names = 3", "names must be an array"),
    ("names = [3]", "names[0] must be a table or a string"),
    ("[[names]\ncanonical = 'A'", "invalid TOML"),
    # aliases that contradict the list: told when the file is read, naming the file
    (
        "[[names]]\ncanonical = 'A B'\naliases = ['C']\n[[names]]\ncanonical = 'C'",
        "'C' is an alias of 'A B' and the canonical name of another entry",
    ),
    (
        "[[names]]\ncanonical = 'A'\naliases = ['X']\n[[names]]\ncanonical = 'B'\naliases = ['X']",
        "'X' is an alias of both 'A' and 'B'",
    ),
    ("[[names]]\ncanonical = 'A'\naliases = ['X']\nnever = ['X']", "'X' is both an alias of 'A'"),
    ("[[names]]\ncanonical = 'Deepseek'\nnever = ['Deepseek']", "'Deepseek' lists itself among"),
]


@pytest.mark.parametrize(("text", "message"), BAD_TOML)
def test_toml_errors_name_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_names(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize("suffix", [".txt", "", ".names"])
def test_a_toml_list_under_another_suffix_is_refused(tmp_path: Path, suffix: str) -> None:
    # read as one name a line, "[[names]]" and 'canonical = "DeepSeek"' would be names
    path = tmp_path / f"names{suffix}"
    path.write_text('[[names]]\ncanonical = "DeepSeek"\naliases = ["Deep Seek"]\n', "utf-8")
    with pytest.raises(ConfigError, match=r"only a file named \*\.toml is read as TOML"):
        load_names(path)
    path.write_text("# people\nArthur Mensch\nNames Of Note\n", "utf-8")  # names, not TOML
    assert [e.canonical for e in load_names(path)] == ["Arthur Mensch", "Names Of Note"]


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_names(tmp_path / "nope.txt")
    path = tmp_path / "latin1.txt"
    path.write_bytes("M\xfcller\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_names(path)


def test_entries_and_name_entry() -> None:
    assert entries(["A B", NameEntry("A B"), "C"]) == (NameEntry("A B"), NameEntry("C"))
    assert NameEntry(" Arthur  Mensch ").canonical == "Arthur Mensch"
    assert NameEntry("Arthur Mensch").tokens == ("Arthur", "Mensch")
    with pytest.raises(ConfigError):
        NameEntry("")
    with pytest.raises(ConfigError):
        NameEntry("A", aliases="B")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        entries("Arthur Mensch")
    with pytest.raises(TypeError):
        NameEntry.of(3)  # type: ignore[arg-type]


def test_dump_round_trips(tmp_path: Path) -> None:
    items = (
        NameEntry("Arthur Mensch", ('A. "Art" Mensch',), ("Mistral",), ("Marsh",)),
        NameEntry("Zoë\\Back", aliases=("Zoe Back",)),
        NameEntry("OpenAI"),
    )
    path = tmp_path / "out.toml"
    path.write_text(dump_names(items, {"OpenAI": "seen twice\nin 2 files"}), encoding="utf-8")
    assert load_names(path) == items
    assert "# seen twice\n# in 2 files\n[[names]]" in path.read_text(encoding="utf-8")


def test_dump_escapes_control_characters_in_comments() -> None:
    notes = {
        "OpenAI": "seen\x00 3\x07 times\x1b[0m\x7f; tab\tkept\nsecond line\rthird"
        "\x0cfourth\u2028fifth",
        "DeepSeek": "\x01",
    }
    text = dump_names([NameEntry("OpenAI", aliases=("Open\x08AI",)), "DeepSeek"], notes)
    assert parse_names_toml(text) == (
        NameEntry("OpenAI", aliases=("Open\x08AI",)),
        NameEntry("DeepSeek"),
    )
    # every character TOML refuses in a comment is written as its escape, visibly
    assert "# seen\\u0000 3\\u0007 times\\u001b[0m\\u007f; tab\tkept\n# second line\n" in text
    assert "# \\u0001\n" in text
