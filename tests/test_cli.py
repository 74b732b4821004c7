"""The cleantext command, run as a real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

DIRTY = "Title\n\nItâ€™s here.   \n\n\n\nEnd.\n"
CLEANED = "Title\n\nIt’s here.\n\nEnd.\n"


def run(
    *args: str, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cleantext", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_version_and_help() -> None:
    assert run("--version").stdout.decode().startswith("cleantext ")
    out = run("--help")
    assert out.returncode == 0
    for verb in ("clean", "check", "fix", "demo"):
        assert verb in out.stdout.decode()


def test_no_command_is_a_usage_error() -> None:
    assert run().returncode == 2


def test_unknown_flag_is_a_usage_error() -> None:
    out = run("check", "--frobnicate")
    assert out.returncode == 2
    assert b"unrecognized arguments" in out.stderr


def test_clean_stdin_to_stdout_with_names(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Arthur Mensch\n", encoding="utf-8")
    out = run("clean", "--names", str(names), "-", stdin=DIRTY.encode(), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode() == CLEANED
    assert out.stderr == b""


def test_clean_keeps_crlf(tmp_path: Path) -> None:
    out = run("clean", "-", stdin=b"One.  \r\nTwo.\r\n", cwd=tmp_path)
    assert out.stdout == b"One.\r\nTwo.\r\n"


def test_clean_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    out = run("clean", str(path))
    assert out.stdout.decode() == CLEANED
    assert path.read_text(encoding="utf-8") == DIRTY


def test_check_reports_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    out = run("check", "a.txt", cwd=tmp_path)
    assert out.returncode == 1
    lines = out.stdout.decode().splitlines()
    assert "a.txt:3:3: unicode/mojibake 'â€™' -> '’' (decoded text" in lines[0]
    assert any(line.startswith("a.txt:3:13: whitespace/trailing") for line in lines)
    assert "run 'cleantext fix'" in lines[-1] or "run 'cleantext fix'" in lines[-2]
    assert path.read_text(encoding="utf-8") == DIRTY


def test_check_clean_file_exits_0(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("All good.\n", encoding="utf-8")
    out = run("check", "ok.txt", cwd=tmp_path)
    assert out.returncode == 0
    assert b"All clean" in out.stdout


def test_markdown_files_keep_their_hard_line_breaks(tmp_path: Path) -> None:
    poem = "Roses are red,  \nviolets blue.  \n\nEnd.\n"
    for name in ("poem.md", "poem.txt"):
        (tmp_path / name).write_text(poem, encoding="utf-8")
    out = run("check", "poem.md", "poem.txt", cwd=tmp_path).stdout.decode().splitlines()
    # in Markdown, the break inside the paragraph is layout; the spaces ending it are not
    assert [line.split(" ")[0] for line in out[:-1]] == [
        "poem.md:2:14:",
        "poem.txt:1:15:",
        "poem.txt:2:14:",
    ]
    piped = run("clean", "--stdin-filename", "notes.md", "-", stdin=poem.encode())
    assert piped.stdout.decode() == "Roses are red,  \nviolets blue.\n\nEnd.\n"


def test_check_options(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    assert run("check", "--exit-zero", "a.txt", cwd=tmp_path).returncode == 0
    diff = run("check", "--diff", "a.txt", cwd=tmp_path)
    assert diff.returncode == 1 and b"+++ b/a.txt" in diff.stdout
    stats = run("check", "--statistics", "-q", "a.txt", cwd=tmp_path).stdout.decode()
    assert "unicode/mojibake" in stats
    data = json.loads(run("check", "--output-format", "json", "a.txt", cwd=tmp_path).stdout)
    assert {d["rule"] for d in data} >= {"unicode/mojibake", "whitespace/trailing"}
    assert all({"path", "line", "column", "before", "after"} <= set(d) for d in data)
    only = run("check", "--select", "unicode", "a.txt", cwd=tmp_path).stdout.decode()
    assert "whitespace/" not in only and "unicode/mojibake" in only


def test_a_json_report_of_a_record_with_a_lone_surrogate_is_valid_json(tmp_path: Path) -> None:
    # JSON allows "\ud800" in a record; UTF-8 cannot write it raw: the report escapes it
    (tmp_path / "s.jsonl").write_text('{"text": "lone \\ud800 said.The x"}\n', encoding="utf-8")
    checked = run("check", "--output-format", "json", "s.jsonl", cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr
    entries = json.loads(checked.stdout)
    assert [(e["rule"], e["before"]) for e in entries] == [
        ("unicode/surrogate", "\ud800"),
        ("sentences/missing-space", ""),
    ]
    fixed = run("fix", "--output-format", "json", "s.jsonl", cwd=tmp_path)
    assert fixed.returncode == 0 and json.loads(fixed.stdout) == entries  # all written
    written = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))
    assert written == {"text": "lone \ufffd said. The x"}


def test_github_annotations(tmp_path: Path) -> None:
    (tmp_path / "a, b.txt").write_text(DIRTY, encoding="utf-8")
    out = run("check", "--output-format", "github", "a, b.txt", cwd=tmp_path)
    assert out.returncode == 1
    lines = out.stdout.decode().splitlines()
    assert lines[0] == (
        "::error file=a%2C b.txt,line=3,col=3,title=cleantext unicode/mojibake::"
        "unicode/mojibake 'â€™' -> '’' (decoded text that was UTF-8 read as Windows-1252/Latin-1)"
    )
    assert all(line.startswith("::error file=a%2C b.txt,line=") for line in lines)
    assert len(lines) == len(
        json.loads(run("check", "--output-format", "json", "a, b.txt", cwd=tmp_path).stdout)
    )


def test_fix_rewrites_in_place_keeping_crlf_bom_and_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + DIRTY.replace("\n", "\r\n").encode())
    os.chmod(path, 0o604)
    out = run("fix", "a.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert path.read_bytes() == b"\xef\xbb\xbf" + CLEANED.replace("\n", "\r\n").encode()
    assert path.stat().st_mode & 0o777 == 0o604
    assert run("check", "a.txt", cwd=tmp_path).returncode == 0


def test_fix_keeps_the_set_user_and_set_group_bits_with_the_owner(tmp_path: Path) -> None:
    # a change of owner clears them: the mode was set before the owner was given back
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    os.chmod(path, 0o4755)
    assert run("fix", "a.txt", cwd=tmp_path).returncode == 0
    assert path.read_text(encoding="utf-8") == CLEANED
    assert stat.S_IMODE(path.stat().st_mode) == 0o4755
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root gives the file back to its owner
        path.write_text(DIRTY, encoding="utf-8")
        os.chown(path, 65534, 65534)
        os.chmod(path, 0o6775)
        assert run("fix", "a.txt", cwd=tmp_path).returncode == 0
        st = path.stat()
        assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o6775)


# One run of the passes leaves work here: the sentences pass repairs a glued line that
# the boilerplate pass, run before it, then takes (see UNSETTLED in test_pipeline.py).
UNSETTLED = "Markets fell.\n\nAll rights reservedRead:nIn\n\nShares slid.\n"


def test_fix_settles_so_that_check_then_passes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(UNSETTLED, encoding="utf-8")
    assert run("clean", "a.txt", cwd=tmp_path).stdout.decode() != "Markets fell.\n\nShares slid.\n"
    found = run("check", "a.txt", cwd=tmp_path).stdout.decode()
    # the two passes' edits are one change to the file: one diagnostic names both rules
    assert "a.txt:3:1: boilerplate/cookie-consent+sentences/run-together" in found
    assert run("fix", "a.txt", cwd=tmp_path).returncode == 0
    assert path.read_text(encoding="utf-8") == "Markets fell.\n\nShares slid.\n"
    assert run("check", "a.txt", cwd=tmp_path).returncode == 0
    # --no-settle runs the passes once, as clean does; --settle settles clean too
    path.write_text(UNSETTLED, encoding="utf-8")
    assert run("fix", "--no-settle", "a.txt", cwd=tmp_path).returncode == 0
    assert run("check", "a.txt", cwd=tmp_path).returncode == 1
    settled = run("clean", "--settle", "-", stdin=UNSETTLED.encode(), cwd=tmp_path)
    assert settled.stdout.decode() == "Markets fell.\n\nShares slid.\n"


def test_fix_stdin_writes_stdout(tmp_path: Path) -> None:
    out = run("fix", "-", stdin=DIRTY.encode(), cwd=tmp_path)
    assert out.stdout.decode() == CLEANED


def test_bad_files_are_reported_and_never_modified(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 au lait  \n")
    good = tmp_path / "good.txt"
    good.write_text(DIRTY, encoding="utf-8")
    out = run("fix", "bad.txt", "good.txt", "missing.txt", cwd=tmp_path)
    assert out.returncode == 2
    err = out.stderr.decode()
    assert "bad.txt: not valid utf-8 at line 1, column 4 (byte offset 3: 0xe9)" in err
    assert "missing.txt" in err
    assert bad.read_bytes() == b"caf\xe9 au lait  \n"
    assert good.read_text(encoding="utf-8") == CLEANED


def test_check_summary_counts_unreadable_files_apart(tmp_path: Path) -> None:
    out = run("check", "missing.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert "All clean" not in out.stdout.decode()
    assert "1 file(s) could not be checked" in out.stdout.decode()


def test_encoding_flag(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("café  \n".encode("cp1252"))
    assert run("fix", "--encoding", "cp1252", "latin.txt", cwd=tmp_path).returncode == 0
    assert path.read_bytes() == "café\n".encode("cp1252")


def test_utf16_file_with_a_bom_is_fixed_in_utf16(tmp_path: Path) -> None:
    # What Windows PowerShell 5's ">" writes: UTF-16 LE, a byte-order mark, CRLF.
    def powershell(text: str) -> bytes:
        return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-16-le")

    path = tmp_path / "ps.txt"
    path.write_bytes(powershell(DIRTY))
    check = run("check", "ps.txt", cwd=tmp_path)
    assert check.returncode == 1, check.stderr
    assert "ps.txt:3:3: unicode/mojibake" in check.stdout.decode()  # columns in characters
    assert run("clean", "ps.txt", cwd=tmp_path).stdout == powershell(CLEANED)
    assert run("fix", "ps.txt", cwd=tmp_path).returncode == 0
    assert path.read_bytes() == powershell(CLEANED)


def test_utf16_without_a_bom_says_which_encoding_to_pass(tmp_path: Path) -> None:
    (tmp_path / "raw.txt").write_bytes(DIRTY.encode("utf-16-be"))
    out = run("check", "raw.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert "pass --encoding utf-16-be" in out.stderr.decode()
    fixed = run("fix", "--encoding", "utf-16-be", "raw.txt", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    assert (tmp_path / "raw.txt").read_bytes() == CLEANED.encode("utf-16-be")


def test_directories_are_walked_with_excludes(tmp_path: Path) -> None:
    for rel in ("docs/a.txt", ".git/b.txt", ".venv/c.txt", "skip/d.txt", "img.bin"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(DIRTY, encoding="utf-8")
    out = run("check", "--extend-exclude", "skip", ".", cwd=tmp_path).stdout.decode()
    files = {line.split(":")[0] for line in out.splitlines() if ":" in line and "/" in line}
    assert files == {"docs/a.txt"}


def test_jsonl_check_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    lines = ['{"id": 1, "text": "fine"}', '{"id": 2, "text": "Itâ€™s   here"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("check", "--field", "text", "data.jsonl", cwd=tmp_path)
    assert out.returncode == 1
    assert "data.jsonl:2: field text: unicode/mojibake" in out.stdout.decode()
    assert run("fix", "--field", "text", "data.jsonl", cwd=tmp_path).returncode == 0
    assert path.read_text(encoding="utf-8").splitlines() == [
        lines[0],
        '{"id": 2, "text": "It’s here"}',
    ]


def test_jsonl_bad_records_and_rejects(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text('{"text": "a  "}\n{broken\n{"text": "b"}\n', encoding="utf-8")
    out = run("clean", "data.jsonl", cwd=tmp_path)
    assert out.returncode == 2 and b"data.jsonl:2: not valid JSON" in out.stderr
    # the error says what to do next, in every command that stops at a bad record
    for command in ("clean", "check", "fix"):
        out = run(command, "data.jsonl", cwd=tmp_path)
        assert b"--on-error keep (or reject) goes on past bad records" in out.stderr, command
    assert b"data.jsonl:2" in run("check", "data.jsonl", cwd=tmp_path).stderr
    (tmp_path / "bad.txt").write_bytes(b"x\xff\n")  # no record: no word of --on-error
    out = run("check", "bad.txt", cwd=tmp_path)
    assert out.returncode == 2 and b"not valid utf-8" in out.stderr
    assert b"on-error" not in out.stderr
    out = run("clean", "--on-error", "reject", "--rejects", "rej.jsonl", "data.jsonl", cwd=tmp_path)
    assert out.returncode == 0
    assert out.stdout.decode() == '{"text": "a"}\n{"text": "b"}\n'
    assert b"3 records, 1 changed, 1 failed (1 rejected)" in out.stderr
    (reject,) = [json.loads(line) for line in (tmp_path / "rej.jsonl").read_text().splitlines()]
    assert reject["line"] == 2 and reject["record"] == "{broken"


def test_config_file_is_used_and_errors_name_the_key(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "cleantext.toml").write_text('ignore = ["whitespace"]\n', encoding="utf-8")
    out = run("check", "a.txt", cwd=tmp_path).stdout.decode()
    assert "unicode/mojibake" in out and "whitespace/" not in out
    (tmp_path / "cleantext.toml").write_text("bogus = 1\n", encoding="utf-8")
    out = run("check", "a.txt", cwd=tmp_path)
    assert out.returncode == 2 and b"bogus: unknown key" in out.stderr
    assert run("check", "--isolated", "a.txt", cwd=tmp_path).returncode == 1


def test_stdin_filename_selects_record_mode(tmp_path: Path) -> None:
    out = run("check", "--stdin-filename", "x.jsonl", "-", stdin=b'{"text": "a  "}\n', cwd=tmp_path)
    assert out.returncode == 1
    assert "x.jsonl:1: field text: whitespace/trailing" in out.stdout.decode()


def test_demo_runs() -> None:
    out = run("demo")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "changes by rule" in text
    assert "Replays exactly: yes" in text
    assert "Matches the hand-made reference: yes" in text


@pytest.mark.parametrize("verb", ["clean", "check", "fix", "diff"])
def test_every_verb_has_help(verb: str) -> None:
    out = run(verb, "--help")
    assert out.returncode == 0
    assert b"--names" in out.stdout


def _corpus(tmp_path: Path) -> Path:
    records = [
        {"text": f"Story {i}: Arthur Mensch met DeepSeek staff.\n\nGet the Bugle app\n\nMore {i}."}
        for i in range(20)
    ]
    records.append({"text": "Arthur Mench spoke. Deepseek too. Arthur Mensch again."})
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_learn_boilerplate_then_use_it(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = run("learn-boilerplate", str(corpus), "-o", "site.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    learned = (tmp_path / "site.txt").read_text(encoding="utf-8")
    assert "Get the Bugle app" in learned
    (tmp_path / "cleantext.toml").write_text(
        '[boilerplate]\nextra-files = ["site.txt"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Intro.\n\nGet the Bugle app\n\nBody.\n", encoding="utf-8")
    check = run("check", "a.txt", cwd=tmp_path)
    assert check.returncode == 1
    assert "boilerplate/learned" in check.stdout.decode()


def test_suggest_names_writes_a_list_that_loads(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = run("suggest-names", str(corpus), "-o", "names.toml", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    toml = (tmp_path / "names.toml").read_text(encoding="utf-8")
    assert 'canonical = "Arthur Mensch"' in toml and "Arthur Mench" in toml
    fixed = run("clean", "--names", "names.toml", "-", stdin=b"Arthur Mench spoke.", cwd=tmp_path)
    assert fixed.stdout.decode() == "Arthur Mensch spoke."


def test_batch_evidence_across_files_and_jobs(tmp_path: Path) -> None:
    # "payFlex" glued alone looks like a lost period; used standalone in another file of
    # the batch, it is a word and stays whole, when the run is asked to share evidence
    # (--batch-evidence; without it each file is judged alone, see test_cli_gate.py).
    (tmp_path / "a.txt").write_text("The rise of payFlex continued.\n", encoding="utf-8")
    alone = run("check", "a.txt", cwd=tmp_path)
    assert "sentences/run-together" in alone.stdout.decode()
    (tmp_path / "b.txt").write_text(
        "Customers of payFlex said so. payFlex agreed.\n", encoding="utf-8"
    )
    for jobs in ("1", "2"):
        both = run("check", "--batch-evidence", "--jobs", jobs, "a.txt", "b.txt", cwd=tmp_path)
        assert both.returncode == 0, both.stdout.decode() + both.stderr.decode()


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    names = []
    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text(
            f"Doc {i}.  \n\n\n\nADVERTISEMENT\n\nEnd.\n", encoding="utf-8"
        )
        names.append(f"f{i}.txt")
    one = run("check", "--jobs", "1", *names, cwd=tmp_path).stdout
    two = run("check", "--jobs", "2", *names, cwd=tmp_path).stdout
    assert one == two and one.count(b"boilerplate/ad-marker") == 6


def test_jsonl_streaming_clean_with_edits_field_and_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": 1, "text": "Itâ€™s   here"}\n{"id": 2, "text": "fine"}\n', encoding="utf-8"
    )
    out = run("clean", "--edits-field", "edits", "-o", "out.jsonl", "in.jsonl", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert rows[0]["text"] == "It’s here" and rows[0]["id"] == 1
    assert [e["rule"] for e in rows[0]["edits"]] == ["unicode/mojibake", "whitespace/spaces"]
    assert rows[1] == {"id": 2, "text": "fine", "edits": []}
    piped = run("clean", "--jsonl", "-", stdin=src.read_bytes(), cwd=tmp_path)
    assert piped.stdout.decode().splitlines()[0] == '{"id": 1, "text": "It’s here"}'


def test_parquet_clean(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"id": [1, 2], "text": ["Itâ€™s   here", None]})
    pq.write_table(table, tmp_path / "in.parquet")
    assert run("clean", "in.parquet", cwd=tmp_path).returncode == 2  # needs -o
    out = run("clean", "in.parquet", "-o", "out.parquet", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert pq.read_table(tmp_path / "out.parquet").column("text").to_pylist() == ["It’s here", None]
    # check and fix read text files: on a Parquet file they say which command cleans it
    out = run("check", "in.parquet", cwd=tmp_path)
    assert out.returncode == 2
    assert b"a Parquet file is cleaned by 'cleantext clean FILE.parquet -o OUT" in out.stderr


def test_read_only_file_is_an_error_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ro.txt"
    path.write_text(DIRTY, encoding="utf-8")
    os.chmod(path, 0o444)
    other = tmp_path / "ok.txt"
    other.write_text(DIRTY, encoding="utf-8")
    out = run("fix", "ro.txt", "ok.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert b"ro.txt: file is read-only" in out.stderr
    assert path.read_text(encoding="utf-8") == DIRTY
    assert other.read_text(encoding="utf-8") == CLEANED


def test_final_newline_convention_is_kept(tmp_path: Path) -> None:
    for name, text, expected in (
        ("none.txt", "No newline  ", "No newline"),
        ("one.txt", "One newline  \n", "One newline\n"),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run("fix", name, cwd=tmp_path).returncode == 0
        assert (tmp_path / name).read_text(encoding="utf-8") == expected


def test_check_lists_diagnostics_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Title\n\nShares rose in EuropeHowever, it fell.\n\nAdvertisement\n\nEnd.  \n",
        encoding="utf-8",
    )
    out = run("check", "a.txt", cwd=tmp_path)
    lines = out.stdout.decode().splitlines()[:-1]
    assert [tuple(map(int, line.split(":")[1:3])) for line in lines] == [(3, 22), (5, 1), (7, 5)]


# Found by a black-box probe of the installed command (files, links, encodings, output).


def test_a_rejects_file_that_is_the_output_or_an_input_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text('{bad\n{"text": "x  "}\n', encoding="utf-8")
    out = run("clean", "--on-error", "reject", "--rejects", "o.jsonl", "-o", "o.jsonl",
              "in.jsonl", cwd=tmp_path)  # fmt: skip
    assert out.returncode == 2
    assert b"--rejects o.jsonl is also an input or the output" in out.stderr
    assert not (tmp_path / "o.jsonl").exists()
    out = run("fix", "--on-error", "reject", "--rejects", "in.jsonl", "in.jsonl", cwd=tmp_path)
    assert out.returncode == 2
    assert data.read_text(encoding="utf-8") == '{bad\n{"text": "x  "}\n'


def test_an_edits_field_that_is_the_cleaned_field_is_refused(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"text": "x  "}\n', encoding="utf-8")
    out = run("clean", "--edits-field", "text", "in.jsonl", cwd=tmp_path)
    assert out.returncode == 2
    assert b"--edits-field text is the field that is cleaned" in out.stderr


def test_fix_follows_a_symbolic_link_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("x  \n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    out = run("fix", "link.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "link.txt").is_symlink()
    assert real.read_text(encoding="utf-8") == "x\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_path_that_is_no_regular_file_is_an_input_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    out = run("check", "pipe.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert b"pipe.txt: not a regular file" in out.stderr
    # an error of its own: the other files are still checked, and the report says so
    (tmp_path / "a.txt").write_text("x  \n", encoding="utf-8")
    out = run("check", "--output-format", "json", "pipe.txt", "a.txt", cwd=tmp_path)
    assert out.returncode == 2, out.stderr
    entries = json.loads(out.stdout)
    assert {(e["path"], e["rule"]) for e in entries} == {
        ("pipe.txt", "error"),
        ("a.txt", "whitespace/trailing"),
    }
    # found by walking a folder, a FIFO is no text file: skipped, never opened
    (tmp_path / "walked").mkdir()
    os.mkfifo(tmp_path / "walked" / "p.md")
    (tmp_path / "walked" / "ok.txt").write_text("x  \n", encoding="utf-8")
    for verb in ("check", "fix"):
        out = run(verb, "walked", cwd=tmp_path)
        assert out.returncode == (1 if verb == "check" else 0), out.stderr
    assert (tmp_path / "walked" / "ok.txt").read_text(encoding="utf-8") == "x\n"


def _as_nobody() -> list[str] | None:
    """The command prefix that runs a command as an unprivileged user (a folder's
    permissions mean nothing to root), or None when none can be had here."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    # the interpreter must run for that user (one under root's home may not)
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import cleantext"],
        capture_output=True,
        cwd=tempfile.gettempdir(),
        timeout=120,
        check=False,
    )
    return prefix if probe.returncode == 0 else None


def test_a_folder_that_cannot_be_read_is_an_error_and_the_others_are_checked() -> None:
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip(
            "running as root, with no unprivileged user that can run this interpreter "
            "(setpriv): permissions cannot be tested"
        )
    root = Path(tempfile.mkdtemp())  # (pytest's own folders are root's alone)
    try:
        root.chmod(0o755)
        (root / "a.txt").write_text("x  \n", encoding="utf-8")
        (root / "a.txt").chmod(0o666)
        for folder in ("shut", "tree/shut"):
            (root / folder).mkdir(parents=True)
            (root / folder / "b.txt").write_text("y  \n", encoding="utf-8")
        (root / "tree").chmod(0o755)
        (root / "shut").chmod(0)
        (root / "tree" / "shut").chmod(0)
        for named in ("shut", "tree"):
            out = subprocess.run(
                [*prefix, sys.executable, "-m", "cleantext", "check", named, "a.txt"],
                capture_output=True,
                cwd=root,
                timeout=120,
                check=False,
            )
            assert out.returncode == 2, out.stderr
            assert b"a.txt:1:2: whitespace/trailing" in out.stdout, out.stdout
            assert b"shut: cannot read folder: Permission denied" in out.stderr, out.stderr
            assert b"cannot write" not in out.stderr
    finally:
        for folder in ("shut", "tree/shut"):
            (root / folder).chmod(0o755)
        shutil.rmtree(root)


def test_a_typo_in_a_rule_selector_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x  \n", encoding="utf-8")
    out = run("check", "--select", "whitepsace", "a.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert b"unknown rule selector 'whitepsace' (did you mean 'whitespace'?)" in out.stderr
    assert run("check", "--select", "whitespace", "a.txt", cwd=tmp_path).returncode == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_failure_to_write_the_output_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Clean.\n", encoding="utf-8")
    for verb in ("clean", "check"):
        with open("/dev/full", "wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "cleantext", verb, "a.txt"],
                stdout=full,
                stderr=subprocess.PIPE,
                cwd=tmp_path,
                timeout=120,
                check=False,
            )
        assert done.returncode == 2
        assert b"cannot write the output" in done.stderr
        assert b"Traceback" not in done.stderr


def test_one_file_with_a_bom_comes_out_byte_for_byte(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfClean.\n")
    assert run("clean", "a.txt", cwd=tmp_path).stdout == b"\xef\xbb\xbfClean.\n"


def test_text_the_encoding_cannot_write_fails_that_file_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x\x93quoted\x94 y  \n")
    (tmp_path / "b.txt").write_bytes(b"b  \n")
    out = run("fix", "--encoding", "latin-1", "a.txt", "b.txt", cwd=tmp_path)
    assert out.returncode == 2
    assert b"a.txt: the cleaned text has" in out.stderr
    assert (tmp_path / "a.txt").read_bytes() == b"x\x93quoted\x94 y  \n"
    assert (tmp_path / "b.txt").read_bytes() == b"b\n"


def test_a_folder_with_no_text_files_is_warned_about(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = run("check", "empty", cwd=tmp_path)
    assert out.returncode == 0
    assert b"warning: empty: no text files found" in out.stderr


def test_a_file_named_twice_is_cleaned_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x  \n", encoding="utf-8")
    out = run("check", "a.txt", "a.txt", "./a.txt", cwd=tmp_path)
    assert out.returncode == 1
    assert b"in 1 of 1 file(s)" in out.stdout
    assert out.stdout.count(b"a.txt:1:2") == 1


def test_parquet_input_needs_a_parquet_output(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["x  "]}), tmp_path / "in.parquet")
    out = run("clean", "in.parquet", "-o", "out.jsonl", cwd=tmp_path)
    assert out.returncode == 2
    assert b"name the output OUT.parquet" in out.stderr
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_an_interrupt_ends_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    import signal
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "cleantext", "clean", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        # a job started in the background of a shell ignores SIGINT, and so would its
        # child: restore the default, as a terminal's foreground process has it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(4)  # by then it reads standard input, which stays open
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"cleantext: interrupted" in err
    assert b"Traceback" not in err


def _tree(root: Path, *names: str, text: str = DIRTY) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("where", [".", "fixtures"])
def test_config_excludes_are_relative_to_the_config_folder(tmp_path: Path, where: str) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleantext]\nextend-exclude = ["fixtures/raw"]\n', encoding="utf-8"
    )
    _tree(tmp_path, "fixtures/raw/r.txt", "fixtures/ok.txt")
    out = run("fix", ".", cwd=tmp_path / where)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "fixtures/raw/r.txt").read_text(encoding="utf-8") == DIRTY
    assert (tmp_path / "fixtures/ok.txt").read_text(encoding="utf-8") == CLEANED


def test_excludes_match_below_the_config_folder_not_above_it(tmp_path: Path) -> None:
    # the project lies in a folder named like a default exclude (build): its files are
    # still checked, whatever the path given and wherever the command runs from
    project = tmp_path / "build" / "proj"
    _tree(project, "a.txt", "dist/b.txt")
    (project / "cleantext.toml").write_text("", encoding="utf-8")
    out = run("check", str(project), cwd=tmp_path)
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert b"in 1 of 1 file(s)" in out.stdout  # dist/ below the project is excluded


def test_exclude_flags_are_relative_to_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "cleantext.toml").write_text("", encoding="utf-8")
    _tree(tmp_path, "data/raw/r.txt", "data/ok.txt")
    out = run("check", "--extend-exclude", "raw/r.txt", str(tmp_path), cwd=tmp_path / "data")
    assert out.returncode == 1, out.stderr
    assert b"in 1 of 1 file(s)" in out.stdout and b"ok.txt" in out.stdout


def test_extend_exclude_flags_add_to_the_config_and_exclude_flags_replace(
    tmp_path: Path,
) -> None:
    _tree(tmp_path, "keep/a.txt", "skipcfg/b.txt", "skipflag/c.txt", ".git/d.txt")
    (tmp_path / "cleantext.toml").write_text('extend-exclude = ["skipcfg"]\n', encoding="utf-8")

    def checked(*flags: str) -> set[str]:
        out = run("check", *flags, ".", cwd=tmp_path).stdout.decode()
        return {line.split("/")[0] for line in out.splitlines() if ":" in line and "/" in line}

    assert checked("--extend-exclude", "skipflag") == {"keep"}
    (tmp_path / "cleantext.toml").write_text('exclude = ["skipcfg"]\n', encoding="utf-8")
    assert checked() == {"keep", "skipflag", ".git"}
    assert checked("--exclude", "skipflag") == {"keep", "skipcfg", ".git"}


@pytest.mark.parametrize(
    ("config", "flags", "named"),
    [
        ("", ["--ignore", "ALL"], ["--ignore ALL"]),
        (
            'ignore = ["whitespace"]\n',
            ["--select", "whitespace"],
            ["--select whitespace", "ignore"],
        ),
        ('select = ["whitespace/trailing"]\n', ["--ignore", "whitespace"], ["select", "--ignore"]),
        ("", ["--select", "names"], ["--select names", "--names"]),
    ],
)
def test_a_selection_that_holds_no_rule_is_a_usage_error(
    tmp_path: Path, config: str, flags: list[str], named: list[str]
) -> None:
    (tmp_path / "a.txt").write_text("x  \n", encoding="utf-8")
    (tmp_path / "cleantext.toml").write_text(config, encoding="utf-8")
    for verb in ("check", "fix", "diff", "clean"):
        out = run(verb, *flags, "a.txt", cwd=tmp_path)
        assert out.returncode == 2, (verb, out.stdout, out.stderr)
        err = out.stderr.decode()
        assert "no rule is selected" in err and all(n in err for n in named), err
        assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "x  \n"
    # a selection that keeps some rule still runs
    out = run(
        "check",
        "--select",
        "whitespace",
        "--ignore",
        "whitespace/blank-lines",
        "a.txt",
        "--isolated",
        cwd=tmp_path,
    )
    assert out.returncode == 1, out.stderr


@pytest.mark.parametrize(
    "raw",
    [
        "One.  \rIt\u2019s here.\r\r\r\rTwo.\r",  # old Mac line endings
        "One.  \rTwo.",  # ... without one at the end
        "One.  \r\nTwo.\r\n",
        "Page one.  \x0cPage two.\n\u2028Sep  \x85nel\n",  # breaks that are no line end
    ],
)
def test_diff_applies_with_patch_whatever_the_line_breaks(tmp_path: Path, raw: str) -> None:
    import shutil

    tool = shutil.which("patch")
    git = shutil.which("git")
    if not tool and not git:
        pytest.skip("neither patch nor git here")
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    out = run("diff", "a.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout, "no diff: the example no longer needs a change"
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    (fixed / "a.txt").write_bytes(raw.encode("utf-8"))
    assert run("fix", "a.txt", cwd=fixed).returncode == 0
    (tmp_path / "a.diff").write_bytes(out.stdout)
    command = [tool, "-p1", "-i", "a.diff"] if tool else [git, "apply", "a.diff"]
    applied = subprocess.run(command, cwd=tmp_path, capture_output=True, check=False)
    assert applied.returncode == 0, (out.stdout, applied.stdout, applied.stderr)
    assert (tmp_path / "a.txt").read_bytes() == (fixed / "a.txt").read_bytes()


def test_clean_streams_a_jsonl_file_in_its_encoding(tmp_path: Path) -> None:
    # check and fix read it so: clean ignored a UTF-16 byte-order mark and --encoding
    text = '{"text": "caf\u00e9  "}\r\n'
    (tmp_path / "u16.jsonl").write_bytes(text.encode("utf-16"))
    (tmp_path / "l1.jsonl").write_bytes(text.encode("latin-1"))
    out = run("clean", "u16.jsonl", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout == '{"text": "caf\u00e9"}\r\n'.encode("utf-16")
    out = run("clean", "--encoding", "latin-1", "l1.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "out.jsonl").read_bytes() == '{"text": "caf\u00e9"}\r\n'.encode("latin-1")
