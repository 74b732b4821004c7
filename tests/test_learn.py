"""Learned boilerplate: streaming input, thresholds, the reviewable file, the round trip."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cleantext import Pipeline
from cleantext.cli import main
from cleantext.errors import InputError
from cleantext.learn import LearnedLine, iter_texts, learn_boilerplate, write_learned
from cleantext.passes import StripBoilerplate
from cleantext.passes.boilerplate_library import (
    line_key,
    normalize_line,
    parse_entry,
    read_entry_file,
)


def site_docs(n: int) -> list[str]:
    """Documents of one made-up site: unique stories around its own recurring chrome."""
    return [
        f"Story {i}: the harbour board met on day {i}\n\n"
        f"Members discussed item {i} and item {i + 1} at length.\n\n"
        "Bugle Plus members read ad-free\n\n"
        "The Bugle is published by Harbour Media.\n" + ("\n#BugleLive\n" if i % 2 else "")
        for i in range(n)
    ]


def test_learns_recurring_short_lines() -> None:
    learned = learn_boilerplate(site_docs(40))
    lines = {x.line: x for x in learned}
    assert "Bugle Plus members read ad-free" in lines
    assert "#BugleLive" in lines
    assert lines["Bugle Plus members read ad-free"].docs == 40
    assert lines["#BugleLive"].share == 0.5
    # a sentence-like line needs to recur in half the documents: it does here
    assert "The Bugle is published by Harbour Media." in lines
    # unique lines and numbers are never learned
    assert not any(x.line.startswith(("Story", "Members")) for x in learned)


def test_thresholds() -> None:
    docs = site_docs(40)
    assert learn_boilerplate(docs, min_docs=41) == []
    rare = docs + [f"Unrelated story {i}.\n" for i in range(400)]
    assert learn_boilerplate(rare, min_share=0.2) == []
    few = [f"Line {i}.\n\nOnly here three times\n" for i in range(3)]
    assert learn_boilerplate(few) == []
    assert [x.line for x in learn_boilerplate(few, min_docs=3)] == ["Only here three times"]
    long_line = "This line has far too many words to be learned as boilerplate by default, ok then"
    assert learn_boilerplate([long_line] * 20) == []
    with pytest.raises(ValueError):
        learn_boilerplate([], min_share=0)


def test_sentence_like_lines_need_wide_recurrence() -> None:
    common = "Our reporters verify every story before it runs."
    docs = [f"Story {i}.\n\n{common}\n" if i < 8 else f"Story {i}.\n" for i in range(20)]
    assert learn_boilerplate(docs) == []  # 40% < 50%
    assert [x.line for x in learn_boilerplate(docs, sentence_share=0.4)] == [common]


def test_streaming_prunes_but_keeps_frequent_lines() -> None:
    def stream() -> Iterator[str]:  # a generator: nothing is held in memory by the caller
        for i in range(3000):
            yield f"Unique line number {i}\n\nGet the Bugle app\n"

    learned = learn_boilerplate(stream())
    assert [(x.line, x.docs, x.documents) for x in learned] == [("Get the Bugle app", 3000, 3000)]


def test_iter_texts(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "one"}) + "\n\n" + json.dumps({"text": None}) + "\n", encoding="utf-8"
    )
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"article": {"body": "two"}}) + "\n")
    (tmp_path / "c.txt").write_text("three\n", encoding="utf-8")
    assert list(iter_texts([tmp_path / "a.jsonl"])) == ["one"]
    assert list(iter_texts([tmp_path / "b.jsonl.gz"], field="article.body")) == ["two"]
    assert list(iter_texts([str(tmp_path / "c.txt")])) == ["three\n"]


def test_iter_texts_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not a JSON record"):
        list(iter_texts([bad]))
    other = tmp_path / "other.jsonl"
    other.write_text('{"body": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"no field 'text' \(fields: body\); name the text's"):
        list(iter_texts([other]))
    array = tmp_path / "array.jsonl"
    array.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match="the record is a JSON array, not an object"):
        list(iter_texts([array]))
    latin = tmp_path / "latin.jsonl"  # a bad byte on line 2 is told on line 2
    latin.write_bytes(b'\xef\xbb\xbf{"text": "ok"}\n{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"latin\.jsonl:2: not UTF-8 text \(byte 14 of"):
        list(iter_texts([latin]))
    assert next(iter_texts([latin])) == "ok"  # the byte-order mark is no part of the JSON
    with pytest.raises(InputError, match="it is a folder; pass its files"):
        list(iter_texts([tmp_path]))
    number = tmp_path / "number.jsonl"
    number.write_text('{"text": 3}\n', encoding="utf-8")
    with pytest.raises(InputError, match="holds int"):
        list(iter_texts([number]))
    with pytest.raises(InputError, match="cannot read"):
        list(iter_texts([tmp_path / "missing.txt"]))


def test_round_trip(tmp_path: Path) -> None:
    corpus = tmp_path / "site.jsonl"
    corpus.write_text(
        "".join(json.dumps({"text": t}) + "\n" for t in site_docs(30)), encoding="utf-8"
    )
    learned = learn_boilerplate(iter_texts([corpus]))
    out = tmp_path / "site.txt"
    written = write_learned(out, learned, source="site.jsonl")
    assert written == len(learned) == 3
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# cleantext learned boilerplate from site.jsonl (30 documents)")
    assert "# 30 documents (100.0%), 30 times\nBugle Plus members read ad-free\n" in text
    assert "\n\\#BugleLive\n" in text  # escaped, so that it is not a comment

    strip = StripBoilerplate(extra_files=(str(out),))
    doc = (
        "A new story\n\nThe board met again on Friday.\n\nBUGLE PLUS MEMBERS READ AD-FREE\n\n"
        "#BugleLive\n\nThe vote was close.\n"
    )
    result = Pipeline([strip]).run(doc)
    assert result.text == "A new story\n\nThe board met again on Friday.\n\nThe vote was close.\n"
    assert {c.rule for c in result.edits} == {"boilerplate/learned"}


def test_written_entries_are_literal(tmp_path: Path) -> None:
    out = tmp_path / "odd.txt"
    lines = [
        LearnedLine("Deals {today}", 9, 9, 10),
        LearnedLine("?Quiz", 9, 9, 10),
        LearnedLine("re: the week", 9, 9, 10),
        LearnedLine("~ Puzzles ~", 9, 9, 10),
    ]
    assert write_learned(out, lines) == 4
    # "~" would make a cue of the line (a weak mark), "?" a weak entry
    assert not [e for e in out.read_text().splitlines() if e.startswith(("~", "?"))]
    strip = StripBoilerplate(extra_files=(str(out),))
    raw = "Lead.\n\nDeals today\n\nQuiz\n\nRe: the week\n\nPuzzles\n"
    assert strip(raw) == "Lead.\n"


# --------------------------------------------------------------------------- odd lines

# Lines that open with what the entry syntax reads as syntax: a weak mark, a cue, a
# pattern, a template's braces, a comment, an escape; decorated, in other scripts.
ODD_PREFIXES = [
    "", "~", "~ ", "~~ ", "?", "? ", "?? ", "? ~", "#", "## ", "\\", "\\#", "\\\\#", "?#",
    "~ #", "re:", "re: ", "RE: ", "Re:", "? re: ", "~ re:", "?re:", "{", "{ ", "}", "{n} ",
    "{words} ", "re:{x} ", "?{", "\u00ab ", "\u2014 ", "\u2764\ufe0f ", "\U0001f449 ",
    "\u2192 ", "* ", "- ", "| ", "\u00bb ", "\\ ", "\\?", "\\~",
]  # fmt: skip
ODD_SUFFIXES = [
    "", "!", "?", ".", "\u2026", " }", "}", "{", "{}", " {n}", " #", "#", " \u2764\ufe0f",
    " \u00bb", " ~~", ":", " \\", " |", "\u00a0", " re:", " ?",
]  # fmt: skip
ODD_BODIES = [
    "Bugle Weekly",
    "Get the Bugle app",
    "Caf\u00e9 Noir Club",
    "\u6771\u4eac \u30cb\u30e5\u30fc\u30b9",
    "\u0130stanbul Haber",
    "Stra\u00dfe Daily",
    "Ni\u00f1o  Deals",
    "O\u2019Brien\u2019s Picks",
    "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645",
    "Bugle\u00a0Plus",
    "Bugle{Plus}",
    "re Bugle",
    "Your letters to the Bugle",
    "\u0110i\u1ec7n Bi\u00ean",
]


_FILES = itertools.count()


def _learned_file(tmp_path: Path, line: str) -> tuple[Path, list[str]]:
    """Learn ``line`` from documents around it and write the list; the documents too."""
    docs = [
        f"The harbour board met again on day {i} and voted.\n\n{line}\n\n"
        f"Members said item {i} would wait until the spring.\n"
        for i in range(10)
    ]
    learned = learn_boilerplate(docs)
    assert [x.line for x in learned] == [line.strip()]
    # a file of its own: the compiled library is cached by the paths of its lists
    out = tmp_path / f"learned-{next(_FILES)}.txt"
    assert write_learned(out, learned) == 1
    return out, docs


def _entry_of(line: str) -> tuple[bool, str, str]:
    """How a plain phrase of ``line``'s words reads: what every learned entry must read as."""
    return False, "phrase", line_key(normalize_line(line))


def _check_round_trip(tmp_path: Path, line: str) -> None:
    out, docs = _learned_file(tmp_path, line)
    written = [e for e in out.read_text(encoding="utf-8").splitlines() if e and e[0] != "#"]
    assert len(written) == 1 and written[0] == written[0].strip(), written
    # read back as a user list: one plain phrase, the words of the very line learned
    assert [parse_entry(e) for e in read_entry_file(str(out))] == [_entry_of(line)], written
    cleaned = StripBoilerplate(families=(), extra_files=(str(out),))(docs[0])
    # the line goes whenever a hand-written phrase of its words takes it: the pass keeps
    # some lines whatever the list says (code, documentation, a Vim help heading)
    phrase = StripBoilerplate(families=(), extra=(line_key(normalize_line(line)),))
    if phrase(docs[0]) != docs[0]:
        assert line not in cleaned.splitlines(), written


@pytest.mark.parametrize("prefix", ODD_PREFIXES)
def test_learned_odd_lines_read_back_and_go(tmp_path: Path, prefix: str) -> None:
    for body in ("Bugle Weekly", "Caf\u00e9 Noir Club", "\u6771\u4eac \u30cb\u30e5\u30fc\u30b9"):
        for suffix in ("", "!", " }", " #", " \u2764\ufe0f", "{"):
            line = prefix + body + suffix
            _check_round_trip(tmp_path, line)
            # these lines are no code, no documentation: the learned list removes them
            out, docs = _learned_file(tmp_path, line)
            cleaned = StripBoilerplate(families=(), extra_files=(str(out),))(docs[0])
            assert line not in cleaned.splitlines(), (line, cleaned)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(ODD_PREFIXES),
    st.sampled_from(ODD_BODIES)
    | st.text(
        st.characters(categories=("L", "M", "N", "P", "S", "Zs"), exclude_characters="\n\r"),
        min_size=2,
        max_size=24,
    ),
    st.sampled_from(ODD_SUFFIXES),
)
def test_learned_lines_round_trip_property(
    tmp_path: Path, prefix: str, body: str, suffix: str
) -> None:
    line = (prefix + body + suffix).strip()
    s = normalize_line(line)
    words = line_key(s)
    # only what the learner learns: wordy, short, no number or date alone
    assume(s and len(words) >= 2 and s.count(" ") < 15 and not words.replace(" ", "").isdigit())
    assume(
        [x.line for x in learn_boilerplate([f"A {i}.\n\n{line}\n" for i in range(10)])] == [line]
    )
    _check_round_trip(tmp_path, line)


def test_probe_lines_are_written_as_plain_phrases(tmp_path: Path) -> None:
    lines = [
        LearnedLine("~ Bugle Weekly ~", 9, 9, 10),
        LearnedLine("re: your letters to the Bugle", 9, 9, 10),
        LearnedLine("? re: Bugle Weekly", 9, 9, 10),
        LearnedLine("~ re:Bugle Weekly \\", 9, 9, 10),
        LearnedLine("~ #BugleLive", 9, 9, 10),
        LearnedLine("\u2764\ufe0f Bugle Weekly", 9, 9, 10),
    ]
    out = tmp_path / "odd.txt"
    assert write_learned(out, lines) == len(lines)
    entries = read_entry_file(str(out))  # no bad pattern, no entry lost to a comment
    assert [parse_entry(e) for e in entries] == [_entry_of(x.line) for x in lines]
    text = out.read_text(encoding="utf-8")
    assert "\nBugle Weekly ~\n" in text  # no space left in front, no cue
    assert "\nRe: your letters to the Bugle\n" in text  # "re:" would open a pattern
    assert "\n\\#BugleLive\n" in text
    strip = StripBoilerplate(extra_files=(str(out),))
    doc = "Lead story here.\n\n{}\n\nThe vote was close, members said on Friday.\n"
    for line in ("? re: Bugle Weekly", "~ #BugleLive", "\u2764\ufe0f Bugle Weekly"):
        assert strip(doc.format(line)) == doc.format("").replace("\n\n\n\n", "\n\n")


def test_one_string_is_no_corpus() -> None:
    with pytest.raises(TypeError, match="list of texts"):
        learn_boilerplate("Get the Bugle app\n")
    with pytest.raises(TypeError, match="list of paths"):
        list(iter_texts("site.jsonl"))


# --------------------------------------------------------------------------- the command


def _site(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "site"
    folder.mkdir()
    paths = []
    for i, doc in enumerate(site_docs(12)):
        paths.append(folder / f"d{i}.txt")
        paths[-1].write_text(doc, encoding="utf-8")
    return paths


def test_command_refuses_to_overwrite_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _site(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link.txt").symlink_to(paths[1])
    before = [p.read_bytes() for p in paths]
    for output in ("site/d1.txt", "./site/../site/d1.txt", str(paths[1]), "link.txt"):
        assert main(["learn-boilerplate", *map(str, paths), "-o", output]) == 2
        err = capsys.readouterr().err
        assert "cleantext: error:" in err and output in err and "input" in err
        assert [p.read_bytes() for p in paths] == before  # nothing written
    assert main(["learn-boilerplate", *map(str, paths), "-o", "site/learned.txt"]) == 0
    assert "Bugle Plus members read ad-free" in (tmp_path / "site/learned.txt").read_text()


def test_command_reads_jsonl_on_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = "".join(json.dumps({"body": t}) + "\n" for t in site_docs(30)).encode()
    (tmp_path / "site.jsonl").write_bytes(records)
    (tmp_path / "site.dump").write_bytes(records)  # JSONL by --jsonl, not by its name
    monkeypatch.chdir(tmp_path)
    assert main(["learn-boilerplate", "site.jsonl", "--field", "body", "-o", "a.txt"]) == 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + records)))
    assert main(["learn-boilerplate", "-", "--jsonl", "--field", "body", "-o", "b.txt"]) == 0
    args = ["learn-boilerplate", "site.dump", "--jsonl", "--field", "body", "-o", "c.txt"]
    assert main(args) == 0
    a, b, c = ((tmp_path / n).read_text() for n in ("a.txt", "b.txt", "c.txt"))
    assert "\nBugle Plus members read ad-free\n" in a
    assert a.replace("site.jsonl", "-") == b and a.replace("site.jsonl", "site.dump") == c
    # a bad record on standard input is an input error that names it
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"body": "x"}\nnot json\n')))
    capsys.readouterr()
    assert main(["learn-boilerplate", "-", "--jsonl", "--field", "body", "-o", "d.txt"]) == 2
    assert "<stdin>:2: not a JSON record" in capsys.readouterr().err
    assert not (tmp_path / "d.txt").exists()


def test_lines_the_pass_keeps_as_they_are_are_not_learned() -> None:
    # a row of a table and a command line continued by a backslash are kept whatever the
    # lists say: an entry learned from them would match nothing
    docs = [f"Story {i}.\n\nName\tScore\n\nmake all \\\n\nShare this story\n" for i in range(20)]
    learned = [x.line for x in learn_boilerplate(docs)]
    assert learned == ["Share this story"]


def test_the_header_and_the_advice_are_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a file name with a line break would end the header's comment: its rest an entry
    out = tmp_path / "learned.txt"
    write_learned(out, [LearnedLine("Share this story", 20, 20, 20)], source="evil\nReal line")
    assert "Real line" not in [line.strip() for line in out.read_text().splitlines()]
    assert "evil\\nReal line" in out.read_text()
    paths = _site(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["learn-boilerplate", *map(str, paths), "-o", 'we"ird.txt']) == 0
    advice = capsys.readouterr().err
    assert 'extra-files = ["we\\"ird.txt"]' in advice  # a TOML string, quote escaped
