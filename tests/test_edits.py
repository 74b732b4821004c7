"""Edits, offset mapping, replay and diffs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext import Pipeline, passes
from cleantext.edits import Edit, OffsetMap, apply_edits, check_edits, describe, replay
from cleantext.errors import PassError


@pytest.mark.parametrize(
    ("text", "edits", "expected"),
    [
        ("abc", [], "abc"),
        ("abc", [Edit(1, 1, "X", "r")], "aXbc"),
        ("abc", [Edit(0, 3, "", "r")], ""),
        ("abcdef", [Edit(4, 5, "E", "r"), Edit(0, 1, "A", "r")], "AbcdEf"),
        ("said.The", [Edit(5, 5, " ", "r")], "said. The"),
        ("ab", [Edit(0, 1, "", "r"), Edit(1, 1, "-", "r")], "-b"),
    ],
)
def test_apply_edits(text: str, edits: list[Edit], expected: str) -> None:
    assert apply_edits(text, edits) == expected


@pytest.mark.parametrize(
    "edits",
    [
        [Edit(0, 2, "", "r"), Edit(1, 3, "", "r")],
        [Edit(1, 1, "a", "r"), Edit(1, 1, "b", "r")],
        [Edit(0, 9, "", "r")],
        [Edit(2, 1, "", "r")],
    ],
)
def test_bad_edits_are_rejected(edits: list[Edit]) -> None:
    with pytest.raises(PassError):
        check_edits("abcd", edits, "test")


def test_an_edit_that_changes_nothing_is_dropped() -> None:
    edits = [Edit(0, 3, "PCS", "names/alias"), Edit(4, 4, " ", "r")]
    assert check_edits("PCS rose", edits) == [Edit(4, 4, " ", "r")]


def test_offset_map_shifts_and_clamps() -> None:
    m = OffsetMap.from_edits([Edit(2, 4, "XYZ", "r"), Edit(6, 6, "!!", "r")])
    # new text: ab XYZ ef !! gh  (old: ab cd ef gh)
    assert m.to_old(0) == 0
    assert m.to_old(3, "left") == 2
    assert m.to_old(3, "right") == 4
    assert m.to_old(5) == 4
    assert m.to_old(7) == 6
    assert m.to_old(9) == 6
    assert m.to_old(10) == 7


def test_changes_map_to_original_coordinates_across_passes() -> None:
    raw = "caf\u00c3\u00a9  \u00a0 x   \n\n\n\nend"
    result = Pipeline([passes.FixUnicode(), passes.NormalizeWhitespace()]).run(raw)
    assert result.text == "café x\n\nend"
    for c in result.edits:
        assert raw[c.start : c.end] == c.before, c
    assert result.replay() == result.text


def test_describe_and_as_dict() -> None:
    result = Pipeline([passes.NormalizeWhitespace()]).run("a \n")
    (change,) = result.edits
    assert describe(change) == "whitespace/trailing ' ' -> '' (trailing whitespace)"
    assert change.as_dict() == {
        "rule": "whitespace/trailing",
        "pass": "whitespace",
        "start": 1,
        "end": 2,
        "before": " ",
        "after": "",
        "note": "trailing whitespace",
    }


def test_diff_is_empty_without_changes() -> None:
    result = Pipeline.default().run("Nothing to do here.\n")
    assert result.diff() == ""
    assert not result.changed
    assert result.counts() == {}


def test_diff_marks_missing_final_newline() -> None:
    result = Pipeline([passes.NormalizeWhitespace()]).run("a  ")
    assert "\\ No newline at end of file" in result.diff()


def test_html_view_escapes_text_and_shows_rules() -> None:
    result = Pipeline([passes.NormalizeWhitespace()]).run("<script>x</script>  \n")
    html = result._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'data-rule="whitespace/trailing"' in html
    assert "1 change</strong>" in html and "whitespace/trailing: 1" in html


_pieces = st.lists(
    st.sampled_from(["word", " ", "  ", "\n", "\n\n\n", "\u00a0", "\u200b", "\r\n", "\t", "x."]),
    max_size=30,
)


@given(_pieces.map("".join))
def test_replay_reproduces_output(raw: str) -> None:
    result = Pipeline([passes.FixUnicode(), passes.NormalizeWhitespace()]).run(raw)
    assert replay(raw, result.edits) == result.text
    for c in result.edits:
        assert 0 <= c.start <= c.end <= len(raw)


def test_result_diff_keeps_old_mac_line_endings_inside_lines() -> None:
    # a CR-only text is one line for patch and git: the marker closes the hunk's lines
    result = Pipeline.default().run("One.  \rTwo.\r")
    assert result.diff() == (
        "--- original\n+++ cleaned\n@@ -1 +1 @@\n"
        "-One.  \rTwo.\r\n\\ No newline at end of file\n"
        "+One.\rTwo.\r\n\\ No newline at end of file\n"
    )


@pytest.mark.parametrize(
    "text", ["Advertisement\n\u00a0Text here.\n", "It said.\x07The end.\n", "a\x07\u200bb\n"]
)
def test_a_change_beside_deleted_text_does_not_claim_it(text: str) -> None:
    # each change's span in the original holds what it changed: the line or control
    # character an earlier pass removed next to it is not part of it
    result = Pipeline.default().run(text)
    assert len(result.edits) == 2
    for c in result.edits:
        assert text[c.start : c.end] == c.before
    assert result.replay() == result.text


def test_a_result_counts_one_change_in_the_singular() -> None:
    import cleantext

    one = cleantext.Pipeline.default().run("One.\nADVERTISEMENT\nTwo.\n")
    assert repr(one).startswith("Result(1 change;")
    assert repr(cleantext.Pipeline.default().run("Clean text.")) == "Result(0 changes)"


def test_the_diff_of_a_lone_surrogate_prints_and_encodes() -> None:
    import cleantext

    diff = cleantext.Pipeline.default().run("a\ud800b and more.\n").diff()
    assert "\\ud800" in diff
    diff.encode("utf-8")  # would raise UnicodeEncodeError with the raw surrogate
