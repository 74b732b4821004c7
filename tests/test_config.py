"""Configuration files: discovery, parsing, errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

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
        ('select = "x"\nignore = [1]\n', "ignore: expected a list of strings"),
        ("[whitespace]\nmax-blanks = 2\n", "whitespace.max-blanks: unknown option"),
        ('on-error = "skip"\n', "on-error"),
        ("jobs = -1\n", "jobs"),
        ('settle = "yes"\n', "settle: expected true or false"),
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
