"""Learned boilerplate: streaming input, thresholds, the reviewable file, the round trip."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleantext import Pipeline
from cleantext.errors import InputError
from cleantext.learn import LearnedLine, iter_texts, learn_boilerplate, write_learned
from cleantext.passes import StripBoilerplate


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
    with pytest.raises(InputError, match="no field 'text'"):
        list(iter_texts([other]))
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
