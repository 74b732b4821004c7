"""The command line as a gate (a pre-commit hook, a CI step): which files it cleans, with
which settings, and what it reports, run as a real subprocess on real files.

Each test here reproduces a finding of the black-box pre-commit test: a gate must decide
on a file from that file and its own configuration, whatever else is named with it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BROKEN = "It\u00e2\u20ac\u2122s intentionally broken input.  \n"


def run(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """``cleantext ARGS`` in ``cwd``; text output."""
    return subprocess.run(
        [sys.executable, "-m", "cleantext", *args],
        input=stdin.decode(),
        capture_output=True,
        cwd=cwd,
        timeout=120,
        check=False,
        text=True,
    )


# --------------------------------------------------------------------------- 1: excludes


def _fixture_project(root: Path, config: str = "") -> Path:
    (root / "pyproject.toml").write_text(
        f'[tool.cleantext]\nextend-exclude = ["fixtures/raw"]\n{config}', encoding="utf-8"
    )
    raw = root / "fixtures" / "raw"
    raw.mkdir(parents=True)
    (raw / "broken.txt").write_text(BROKEN, encoding="utf-8")
    return raw / "broken.txt"


def test_force_exclude_skips_a_named_file_that_the_config_excludes(tmp_path: Path) -> None:
    broken = _fixture_project(tmp_path)
    named = run("check", "fixtures/raw/broken.txt", cwd=tmp_path)
    assert named.returncode == 1, named.stdout + named.stderr  # named: cleaned, as ruff does
    forced = run("fix", "--force-exclude", "fixtures/raw/broken.txt", cwd=tmp_path)
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert broken.read_text(encoding="utf-8") == BROKEN
    # from a subfolder too: the pattern is relative to the config file's folder
    sub = run("check", "--force-exclude", "raw/broken.txt", cwd=tmp_path / "fixtures")
    assert sub.returncode == 0, sub.stdout + sub.stderr


def test_force_exclude_applies_the_exclude_flags_to_named_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BROKEN, encoding="utf-8")
    out = run("check", "--force-exclude", "--extend-exclude", "a.txt", "a.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr


def test_force_exclude_set_in_the_config(tmp_path: Path) -> None:
    _fixture_project(tmp_path, "force-exclude = true\n")
    out = run("check", "fixtures/raw/broken.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr


# --------------------------------------------------------------------------- 3: per-file config


def _two_configs(root: Path) -> None:
    (root / "pyproject.toml").write_text("[tool.cleantext]\n", encoding="utf-8")
    (root / "archive").mkdir()
    (root / "articles").mkdir()
    (root / "archive" / "cleantext.toml").write_text('ignore = ["whitespace"]\n', encoding="utf-8")
    (root / "archive" / "old.txt").write_text("Archived text.  \n", encoding="utf-8")
    (root / "articles" / "y.txt").write_text("Arthur Mensch spoke.  \n", encoding="utf-8")


def test_each_file_is_cleaned_with_its_own_config(tmp_path: Path) -> None:
    _two_configs(tmp_path)
    alone = run("check", "articles/y.txt", cwd=tmp_path)
    assert alone.returncode == 1
    for order in (("archive/old.txt", "articles/y.txt"), ("articles/y.txt", "archive/old.txt")):
        both = run("check", *order, cwd=tmp_path)
        assert both.returncode == 1, both.stdout + both.stderr
        assert "articles/y.txt:1:21: whitespace/trailing" in both.stdout
        assert "archive/old.txt" not in both.stdout
    walked = run("check", ".", cwd=tmp_path)
    assert "articles/y.txt:1:21" in walked.stdout and "archive/old.txt" not in walked.stdout


# --------------------------------------------------------------------------- 4: batch evidence


def test_a_files_verdict_does_not_depend_on_the_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The rise of payFlex continued.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Customers of payFlex said so. payFlex agreed.\n", encoding="utf-8"
    )
    alone = run("check", "--output-format", "json", "a.txt", cwd=tmp_path)
    both = run("check", "--output-format", "json", "a.txt", "b.txt", cwd=tmp_path)
    mine = [d for d in json.loads(both.stdout) if d["path"] == "a.txt"]
    assert json.loads(alone.stdout) == mine
    assert alone.returncode == (1 if mine else 0)


# --------------------------------------------------------------------------- 2: markup


ENTITIES = (
    "# Escaping\n\nWrite &lt;script&gt; here. Use &#42;stars&#42;.\n\n"
    "| a &#124; b | x |\n| --- | --- |\n\n&#35; Not a heading. 5&nbsp;kg.\n"
)


def test_markdown_keeps_its_html_entities(tmp_path: Path) -> None:
    for name in ("ent.md", "ent.markdown", "ent.rst"):
        (tmp_path / name).write_text(ENTITIES, encoding="utf-8")
        out = run("check", name, cwd=tmp_path)
        assert out.returncode == 0, out.stdout + out.stderr
    (tmp_path / "ent.txt").write_text(ENTITIES, encoding="utf-8")
    assert "unicode/html-entity" in run("check", "ent.txt", cwd=tmp_path).stdout


def test_markdown_unescape_html_can_still_be_switched_on(tmp_path: Path) -> None:
    (tmp_path / "cleantext.toml").write_text("[unicode]\nunescape-html = true\n", encoding="utf-8")
    (tmp_path / "ent.md").write_text("Fish &amp; chips.\n", encoding="utf-8")
    assert "unicode/html-entity" in run("check", "ent.md", cwd=tmp_path).stdout


# --------------------------------------------------------------------------- 8, 9: positions


def test_a_removed_line_is_reported_on_that_line(tmp_path: Path) -> None:
    (tmp_path / "end.txt").write_text(
        "Body text of the article.\n\nFollow us on Twitter\n", encoding="utf-8"
    )
    (tmp_path / "end3.txt").write_text(
        "Body text of the article.\n\n\n\nAdvertisement\n", encoding="utf-8"
    )
    (tmp_path / "mid.txt").write_text("Body text.\n\n\n\n\nMore.\n", encoding="utf-8")
    out = run("check", "end.txt", "end3.txt", "mid.txt", cwd=tmp_path).stdout
    assert "end.txt:3:1: boilerplate/" in out, out
    assert "end3.txt:5:1: boilerplate/" in out, out
    assert "mid.txt:3:1: whitespace/blank-lines" in out, out
    gh = run("check", "--output-format", "github", "end.txt", cwd=tmp_path).stdout
    assert "file=end.txt,line=3,col=1," in gh


def _json(tmp_path: Path, *names: str) -> list[dict[str, object]]:
    out = run("check", "--output-format", "json", *names, cwd=tmp_path)
    data: list[dict[str, object]] = json.loads(out.stdout)
    return data


def test_before_is_the_text_of_the_file_and_one_change_one_diagnostic(tmp_path: Path) -> None:
    (tmp_path / "settle.txt").write_text(
        "Body of the article is here.\n\nShare thisSign up oDi\n", encoding="utf-8"
    )
    (tmp_path / "nb.md").write_text("Price&nbsp;5\nend\n", encoding="utf-8")
    (tmp_path / "nb.txt").write_text("Price&nbsp;5\n&nbsp;\nend\n", encoding="utf-8")
    for name in ("settle.txt", "nb.txt"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        diags = _json(tmp_path, name)
        for d in diags:
            assert text[d["start"] : d["end"]] == d["before"], d  # type: ignore[misc]
        starts = [d["start"] for d in diags]
        assert len(starts) == len(set(starts)), diags
    (settle,) = _json(tmp_path, "settle.txt")
    assert settle["before"] == "\n\nShare thisSign up oDi" and settle["after"] == ""
    assert settle["rules"] == ["boilerplate/share-follow", "sentences/run-together"]
    first = _json(tmp_path, "nb.txt")[0]
    assert (first["before"], first["after"]) == ("&nbsp;", " ")
    assert first["rules"] == ["unicode/html-entity", "whitespace/odd-space"]
    text = run("check", "nb.txt", cwd=tmp_path).stdout
    assert "nb.txt:1:6: unicode/html-entity+whitespace/odd-space '&nbsp;' -> ' '" in text
    assert "Found 2 change(s)" in text


# --------------------------------------------------------------------------- 11: diff and BOM


@pytest.mark.parametrize("tool", ["patch", "git"])
def test_diff_of_odd_file_names_applies_with_patch_and_git(tmp_path: Path, tool: str) -> None:
    # a space ends no name in a header (git writes a tab after it); a tab, a quote or a
    # backslash needs the name quoted with C escapes, as git writes it
    import shutil

    if not shutil.which(tool):
        pytest.skip(f"no {tool} here")
    names = ["sp ace.txt", "tab\tname.txt", 'quo"te.txt', "\u00fc name.txt", "plain.txt"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    for name in names:
        (tmp_path / name).write_bytes(b"It was here.  \n")
    patch = subprocess.run(
        [sys.executable, "-m", "cleantext", "diff", "--isolated", *names],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    ).stdout
    (tmp_path / "all.diff").write_bytes(patch)
    command = (
        ["patch", "-p1", "-i", "all.diff"] if tool == "patch" else ["git", "apply", "all.diff"]
    )
    applied = subprocess.run(command, cwd=tmp_path, capture_output=True, check=False)
    assert applied.returncode == 0, (patch, applied.stdout, applied.stderr)
    for name in names:
        assert (tmp_path / name).read_bytes() == b"It was here.\n", name


def test_diff_of_a_bom_file_applies_with_git_apply(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "g_bom.txt").write_bytes(
        b"\xef\xbb\xbfIt\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s fine.  \nSecond line.\n"
    )
    (tmp_path / "l1.txt").write_bytes(b"Caf\xe9 ok.  \nSecond.\n")
    for name, extra in (("g_bom.txt", ()), ("l1.txt", ("--encoding", "latin-1"))):
        fixed = tmp_path / f"{name}.fixed"
        patch = subprocess.run(
            [sys.executable, "-m", "cleantext", "diff", *extra, name],
            cwd=tmp_path,
            capture_output=True,
            check=True,
        ).stdout
        (tmp_path / "p.diff").write_bytes(patch)
        applied = subprocess.run(
            ["git", "apply", "--check", "p.diff"], cwd=tmp_path, capture_output=True, check=False
        )
        assert applied.returncode == 0, applied.stderr
        subprocess.run(["git", "apply", "p.diff"], cwd=tmp_path, check=True)
        fixed.write_bytes((tmp_path / name).read_bytes())
        assert run("check", *extra, name, cwd=tmp_path).returncode == 0


# --------------------------------------------------------------------------- 12, 13: messages


def test_check_says_when_fix_cannot_write_the_change(tmp_path: Path) -> None:
    (tmp_path / "l1.txt").write_bytes(b"Caf\xe9 don\x92t  \nok\n")
    out = run("check", "--encoding", "latin-1", "l1.txt", cwd=tmp_path)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "latin-1 cannot write" in out.stderr
    assert "run 'cleantext fix'" not in out.stdout


def test_undecodable_file_message_gives_line_and_column_once(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"ok\ncaf\xe9 x\n")
    out = run("check", "bad.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert "bad.txt: not valid utf-8 at line 2, column 4 (byte offset 6: 0xe9)" in out.stderr
    assert out.stderr.count("offset") == 1, out.stderr


def test_json_report_lists_failed_files(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 x\n")
    (tmp_path / "ok.txt").write_text("fine\n", encoding="utf-8")
    out = run("check", "--output-format", "json", "bad.txt", "ok.txt", cwd=tmp_path)
    assert out.returncode == 2
    (entry,) = json.loads(out.stdout)
    assert entry["path"] == "bad.txt" and entry["rule"] == "error"
    assert "not valid utf-8" in entry["error"]
    gh = run("check", "--output-format", "github", "bad.txt", cwd=tmp_path).stdout
    assert gh.startswith("::error file=bad.txt")


# --------------------------------------------------------------------------- 14: columns


def test_records_have_the_column_of_the_change_in_the_file(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text(
        '{"id": 1, "text": "caf\\u00e9 ok  "}\n{"id": 2, "text": "x \\"q\\"  "}\n',
        encoding="utf-8",
    )
    (tmp_path / "d.csv").write_text('id,text\n1,"a ""b""  "\n2,"two\nlines  "\n', encoding="utf-8")
    lines = (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = _json(tmp_path, "d.jsonl")
    assert (first["line"], second["line"]) == (1, 2)
    assert lines[0][first["column"] - 1 :].startswith("  ")  # type: ignore[operator]
    assert lines[1][second["column"] - 1 :].startswith("  ")  # type: ignore[operator]
    one, two = _json(tmp_path, "d.csv")
    assert (one["line"], one["column"]) == (2, 11)
    assert (two["line"], two["column"]) == (4, 6)
    text = run("check", "d.csv", cwd=tmp_path).stdout
    assert "d.csv:2: field text: whitespace/trailing" in text


# --------------------------------------------------------------------------- 5: hook file


def test_shipped_hooks_run_on_the_suffixes_that_folder_walking_picks() -> None:
    import re

    from cleantext.files import TEXT_SUFFIXES

    # PyYAML comes with pre-commit (the test extras); CI's runs on other Pythons lack it
    yaml = pytest.importorskip("yaml")

    root = Path(__file__).resolve().parents[1]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for hook in hooks:
        assert "--force-exclude" in hook["entry"].split()
        files = re.compile(hook["files"])
        for suffix in TEXT_SUFFIXES:
            assert files.search(f"a/b{suffix}") and files.search(f"B{suffix.upper()}")
        for name in ("app.py", "data.json", "Makefile", "fix.patch", "conf.yaml", "a.txt.py"):
            assert not files.search(name), name


def test_a_line_break_in_a_file_name_stays_on_the_diagnostics_line(tmp_path: Path) -> None:
    # one diagnostic, one line: the name's line break is written as \n
    (tmp_path / "two\nlines.txt").write_bytes(b"x  \n")
    out = run("check", "--isolated", "two\nlines.txt", cwd=tmp_path)
    assert out.returncode == 1
    first = out.stdout.splitlines()[0]
    assert first.startswith("two\\nlines.txt:1:2: whitespace/trailing"), out.stdout
