"""Configuration files: discovery, parsing, errors that name the key."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import typing
from pathlib import Path

import pytest

from cleantext import config as config_module
from cleantext import passes
from cleantext.batch import resolve_jobs
from cleantext.cli import main
from cleantext.config import Config, find_config, load_config
from cleantext.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_found_walking_up(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.cleantext]\nignore = ["whitespace"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    found = find_config(deep)
    assert found == (tmp_path / "pyproject.toml").resolve()
    assert load_config(found).ignore == ("whitespace",)


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "cleantext.toml", 'select = ["unicode"]\n')
    write(tmp_path / "sub" / "pyproject.toml", "[tool.black]\nline-length = 88\n")
    assert find_config(tmp_path / "sub") == (tmp_path / "cleantext.toml").resolve()


def test_in_one_folder_the_dotted_file_wins_then_cleantext_toml(tmp_path: Path) -> None:
    # ruff's order: .ruff.toml, ruff.toml, pyproject.toml
    write(tmp_path / "pyproject.toml", '[tool.cleantext]\nignore = ["unicode"]\n')
    write(tmp_path / "cleantext.toml", 'ignore = ["names"]\n')
    assert find_config(tmp_path) == (tmp_path / "cleantext.toml").resolve()
    write(tmp_path / ".cleantext.toml", 'ignore = ["whitespace"]\n')
    assert find_config(tmp_path) == (tmp_path / ".cleantext.toml").resolve()


def test_the_pyproject_prefix_in_a_cleantext_toml_is_told(tmp_path: Path) -> None:
    cfg = write(tmp_path / "cleantext.toml", '[tool.cleantext]\nignore = ["whitespace"]\n')
    with pytest.raises(ConfigError, match=r"without the \[tool\.cleantext\] prefix"):
        load_config(cfg)


def test_paths_resolve_relative_to_the_config(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "cleantext.toml",
        'names = "lists/names.txt"\n[boilerplate]\nextra-files = ["site.txt"]\n',
    )
    config = load_config(cfg)
    assert config.names_file == (tmp_path / "lists" / "names.txt").resolve()
    assert config.pass_options["boilerplate"]["extra_files"] == [
        str((tmp_path / "site.txt").resolve())
    ]


def test_pass_options_reach_the_passes(tmp_path: Path) -> None:
    cfg = write(tmp_path / "cleantext.toml", "[whitespace]\nmax-blank-lines = 2\n")
    pipe = load_config(cfg).pipeline()
    assert pipe.passes[-1].max_blank_lines == 2  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("colour = 1\n", "colour: unknown key"),
        ('ignor = ["x"]\n', r"ignor: unknown key \(did you mean 'ignore'\?\); known keys"),
        ("[whitespace]\nmax-blank = 2\n", r"pass \(did you mean 'max-blank-lines'\?\); known"),
        ('select = "x"\nignore = [1]\n', "ignore: expected a list of strings"),
        ("[whitespace]\nmax-blanks = 2\n", "whitespace.max-blanks: unknown option"),
        ('on-error = "skip"\n', "on-error"),
        ("jobs = 1.5\n", "jobs"),
        ('settle = "yes"\n', "settle: expected true or false"),
        ('force-exclude = "yes"\n', "force-exclude: expected true or false"),
        ("names = 3\n", "names"),
        ("not toml at all [\n", "not valid TOML"),
    ],
)
def test_errors_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    cfg = write(tmp_path / "cleantext.toml", toml)
    with pytest.raises(ConfigError, match=message):
        load_config(cfg)


def test_pyproject_errors_use_the_full_key(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", "[tool.cleantext]\nbogus = 1\n")
    with pytest.raises(ConfigError, match=r"tool\.cleantext\.bogus"):
        load_config(cfg)


def test_flags_override_the_file() -> None:
    config = Config(ignore=("names",), field="body")
    merged = config.with_flags(ignore=["unicode"], field=None, select=None)
    assert merged.ignore == ("unicode",)
    assert merged.field == "body"


def test_per_glob_fields(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "cleantext.toml", 'field = "text"\nfields = { "news/*.jsonl" = "body" }\n'
    )
    config = load_config(cfg)
    assert config.field_for(Path("data/news/a.jsonl")) == "body"
    assert config.field_for(Path("data/other.jsonl")) == "text"


def test_names_table_with_file_and_options(tmp_path: Path) -> None:
    cfg = write(tmp_path / "cleantext.toml", '[names]\nfile = "n.txt"\nfuzzy = false\n')
    config = load_config(cfg)
    assert config.names_file == (tmp_path / "n.txt").resolve()
    assert config.pass_options["names"] == {"fuzzy": False}


def test_settle_from_the_file_wins_over_the_callers_default(tmp_path: Path) -> None:
    on = load_config(write(tmp_path / "on" / "cleantext.toml", "settle = true\n"))
    off = load_config(write(tmp_path / "off" / "cleantext.toml", "settle = false\n"))
    unset = load_config(write(tmp_path / "unset" / "cleantext.toml", ""))
    assert on.pipeline().settle and on.pipeline(settle=False).settle
    assert not off.pipeline(settle=True).settle
    assert unset.pipeline(settle=True).settle and not unset.pipeline().settle


# --------------------------------------------------------------------------- option types


def cli(*args: str, cwd: Path) -> tuple[int, str, str]:
    """Run the ``cleantext`` command in this process from ``cwd``: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(list(args))
    finally:
        os.chdir(here)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[whitespace]\nodd-spaces = "false"\n',
            r'whitespace\.odd-spaces: expected true or false, got the string "false" '
            r"\(write it without quotes: odd-spaces = false\)",
        ),
        (
            '[unicode]\nunescape-html = "true"\n',
            r'unicode\.unescape-html: expected true, false or "auto", got the string "true" '
            r"\(write it without quotes: unescape-html = true\)",
        ),
        ('[names]\nfuzzy = "false"\n', r"names\.fuzzy: expected true or false, got the string"),
        ("[boilerplate]\ninline = 1\n", r"boilerplate\.inline: expected true or false, got 1"),
        (
            '[whitespace]\nhard-breaks = "yes"\n',
            r'whitespace\.hard-breaks: expected true, false or "auto", got the string "yes"',
        ),
        ('settle = "yes"\n', r'settle: expected true or false, got the string "yes"'),
    ],
)
def test_switches_given_as_strings_are_errors(tmp_path: Path, toml: str, message: str) -> None:
    cfg = write(tmp_path / "cleantext.toml", toml)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(cfg)
    assert str(caught.value).startswith(f"{cfg}: ")


def test_a_quoted_false_stops_the_command_line(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "a\u00a0b\n")
    write(tmp_path / "cleantext.toml", '[whitespace]\nodd-spaces = "false"\n')
    status, out, err = cli("check", "a.txt", cwd=tmp_path)
    assert status == 2 and out == ""
    assert f"{tmp_path / 'cleantext.toml'}: whitespace.odd-spaces: expected true or false" in err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[whitespace]\nmax-blank-lines = "2"\n',
            r"whitespace\.max-blank-lines: expected a whole number \(0 or more\), got the string "
            r'"2" \(write it without quotes: max-blank-lines = 2\)',
        ),
        (
            "[whitespace]\nmax-blank-lines = -1\n",
            r"whitespace\.max-blank-lines: expected a whole number \(0 or more\), got -1",
        ),
        (
            "[whitespace]\nmax-blank-lines = 1.5\n",
            r"whitespace\.max-blank-lines: expected a whole number \(0 or more\), got 1\.5",
        ),
        (
            "[whitespace]\nmax-blank-lines = true\n",
            r"whitespace\.max-blank-lines: expected a whole number \(0 or more\), got true",
        ),
        (
            "[names]\nfull-name-cutoff = 1.5\n",
            r"names\.full-name-cutoff: expected a number from 0 to 1, got 1\.5",
        ),
        (
            '[names]\nsurname-max-distance = "3"\n',
            r"names\.surname-max-distance: expected a whole number",
        ),
        ("[names]\nown-spelling = -4\n", r"names\.own-spelling: expected a whole number"),
        ("[sentences]\nkeep = [1]\n", r"sentences\.keep: expected a list of strings, got a list"),
        ("[sentences]\nnames = 3\n", r"sentences\.names: expected a list of strings, got 3"),
        (
            "[boilerplate]\nextra-files = {a = 1}\n",
            r"boilerplate\.extra-files: expected a list of strings, got a table",
        ),
        (
            '[boilerplate]\nfamilies = ["ads"]\n',
            r"boilerplate\.families: unknown boilerplate family 'ads'; known: ad-marker",
        ),
    ],
)
def test_pass_options_are_checked_on_load(tmp_path: Path, toml: str, message: str) -> None:
    cfg = write(tmp_path / "cleantext.toml", toml)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(cfg)
    assert str(caught.value).startswith(f"{cfg}: ")


def test_an_option_written_both_ways_is_an_error(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "cleantext.toml", "[whitespace]\nmax_blank_lines = 1\nmax-blank-lines = 2\n"
    )
    with pytest.raises(
        ConfigError,
        match=r"whitespace\.max-blank-lines: given twice, as max_blank_lines and "
        r"max-blank-lines; keep one",
    ):
        load_config(cfg)


def test_a_mistyped_number_fails_the_run_not_one_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "One.\n\n\n\nTwo.\n")
    write(tmp_path / "b.txt", "Clean.\n")
    write(tmp_path / "cleantext.toml", '[whitespace]\nmax-blank-lines = "2"\n')
    status, out, err = cli("check", "a.txt", "b.txt", cwd=tmp_path)
    assert status == 2
    assert "All clean" not in out + err and "TypeError" not in err
    assert "whitespace.max-blank-lines: expected a whole number" in err


def test_good_pass_options_are_kept(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "cleantext.toml",
        '[unicode]\nunescape-html = "auto"\nremove-control-chars = false\n'
        "[whitespace]\nhard-breaks = true\nmax-blank-lines = 0\n"
        '[sentences]\nkeep = "TikTok"\n'
        '[boilerplate]\nfamilies = ["default", "syndication"]\n'
        "[names]\nfull-name-cutoff = 1\nown-spelling = 0\n",
    )
    options = load_config(cfg).pass_options
    assert options["unicode"] == {"unescape_html": "auto", "remove_control_chars": False}
    assert options["whitespace"] == {"hard_breaks": True, "max_blank_lines": 0}
    assert options["sentences"] == {"keep": ["TikTok"]}
    assert options["names"] == {"full_name_cutoff": 1, "own_spelling": 0}
    pipe = load_config(cfg).pipeline(["Arthur Mensch"])
    assert pipe.passes[-1].max_blank_lines == 0  # type: ignore[attr-defined]


def test_every_pass_option_has_a_checked_type() -> None:
    """The table of option types in config.py names exactly the options of each pass, with
    a type that agrees with the pass's own annotation."""
    classes = {
        c.name: c
        for c in (
            passes.FixUnicode,
            passes.StripBoilerplate,
            passes.RepairSentences,
            passes.NormalizeNames,
            passes.NormalizeWhitespace,
        )
    }
    agrees = {
        "true or false": {bool},
        'true, false or "auto"': {bool | str, bool | typing.Literal["auto"]},
        "a whole number (0 or more)": {int},
        "a number from 0 to 1": {float},
        "a list of strings": {tuple[str, ...]},
    }
    assert set(config_module.PASS_OPTIONS) == set(classes)
    for name, cls in classes.items():
        hints = typing.get_type_hints(cls)
        fields = {
            f.name
            for f in dataclasses.fields(cls)
            if f.init and not f.name.startswith("_") and not (name == "names" == f.name)
        }
        assert set(config_module.PASS_OPTIONS[name]) == fields, name
        for option, kind in config_module.PASS_OPTIONS[name].items():
            assert hints[option] in agrees[kind.expected], (name, option)


# --------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    ("toml", "listed"),
    [
        ("[sentences]\nbogus = 1\n", "known: keep, missing-space, names, run-together"),
        ("[unicode]\nbogus = 1\n", "known: remove-control-chars, unescape-html"),
        (
            "[names]\nnames = []\n",
            "known: file, fix-case-spacing, full-name-cutoff, fuzzy, house-style, own-spelling, "
            "restore-diacritics, single-min-length, surname-max-distance, variant-max-distance",
        ),
    ],
)
def test_unknown_options_list_only_user_options(tmp_path: Path, toml: str, listed: str) -> None:
    cfg = write(tmp_path / "cleantext.toml", toml)
    with pytest.raises(ConfigError) as caught:
        load_config(cfg)
    message = str(caught.value)
    assert message.endswith(listed)
    for internal in ("_lex", "_index", "rules", " name,"):
        assert internal not in message


def test_a_wrong_option_value_never_lists_internal_fields(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Text.\n")
    write(tmp_path / "cleantext.toml", "[sentences]\nnames = 3\n")
    status, _, err = cli("check", "a.txt", cwd=tmp_path)
    assert status == 2 and "sentences.names: expected a list of strings" in err
    for internal in ("_lex", "_index", "rules", " name,"):
        assert internal not in err


# --------------------------------------------------------------------------- pyproject


@pytest.mark.parametrize(
    ("value", "got"),
    [("3", "got 3"), ("true", "got true"), ('"x"', 'got the string "x"'), ("[1]", "got a list")],
)
def test_tool_cleantext_must_be_a_table(tmp_path: Path, value: str, got: str) -> None:
    cfg = write(tmp_path / "pyproject.toml", f"[tool]\ncleantext = {value}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(cfg)
    assert str(caught.value).startswith(f"[tool.cleantext] in {cfg} must be a table, {got}")
    assert "unknown key" not in str(caught.value)
    write(tmp_path / "a.txt", "Text.\n")
    status, _, err = cli("check", "a.txt", cwd=tmp_path)
    assert status == 2 and f"[tool.cleantext] in {cfg} must be a table" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("value", ["3", '"cleantext"', "[1]"])
def test_tool_must_be_a_table(tmp_path: Path, value: str) -> None:
    cfg = write(tmp_path / "pyproject.toml", f"tool = {value}\n")
    assert find_config(tmp_path) is None  # no [tool.cleantext] table here
    with pytest.raises(ConfigError, match=r"\[tool\] in .*pyproject\.toml must be a table"):
        load_config(cfg)


# --------------------------------------------------------------------------- jobs


@pytest.mark.parametrize("jobs", [0, -1, -3])
def test_jobs_zero_or_negative_means_every_core_as_on_the_command_line(
    tmp_path: Path, jobs: int
) -> None:
    config = load_config(write(tmp_path / "cleantext.toml", f"jobs = {jobs}\n"))
    assert config.jobs == jobs
    assert resolve_jobs(config.jobs) == resolve_jobs(0)


@pytest.mark.parametrize("value", ["true", '"2"', "1.5"])
def test_jobs_must_be_a_whole_number(tmp_path: Path, value: str) -> None:
    cfg = write(tmp_path / "cleantext.toml", f"jobs = {value}\n")
    with pytest.raises(
        ConfigError, match=r"jobs: expected a whole number \(0 or less: all cores\)"
    ):
        load_config(cfg)


# --------------------------------------------------------------------------- fields


def test_field_globs_are_relative_to_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = write(tmp_path / "cleantext.toml", 'fields = { "data/*.jsonl" = "body" }\n')
    config = load_config(cfg)
    monkeypatch.chdir(tmp_path)
    assert config.field_for(Path("data/x.jsonl")) == "body"
    monkeypatch.chdir(write(tmp_path / "data" / "x.jsonl", "").parent)
    assert config.field_for(Path("x.jsonl")) == "body"
    assert config.field_for(Path("../data/x.jsonl")) == "body"
    assert config.field_for(Path("../x.jsonl")) is None


def test_fix_from_a_subfolder_uses_the_glob_field(tmp_path: Path) -> None:
    write(tmp_path / "cleantext.toml", 'fields = { "data/*.jsonl" = "body" }\n')
    data = write(tmp_path / "data" / "x.jsonl", '{"text": "a  b", "body": "c  d"}\n')
    status, _, err = cli("fix", "x.jsonl", cwd=data.parent)
    assert status == 0, err
    assert data.read_text(encoding="utf-8") == '{"text": "a  b", "body": "c d"}\n'
