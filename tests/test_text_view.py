"""Text views: a pass reads the text with some stretches replaced; its edits map back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleantext import Pipeline
from cleantext.edits import Edit, apply_edits
from cleantext.passes import NormalizeWhitespace, RepairSentences
from cleantext.passes.text_view import TextView

_INVISIBLE = "\u200b"


@st.composite
def _text_and_edit(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], Edit]:
    """A text with invisible characters here and there, their spans, and one edit of the
    view (the text without them)."""
    words = draw(st.lists(st.sampled_from(["ab", "C", ".", " ", _INVISIBLE]), max_size=12))
    text = "".join(words)
    spans = [(i, i + 1) for i, c in enumerate(text) if c == _INVISIBLE]
    size = len(text) - len(spans)
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, size))
    return text, spans, Edit(start, end, draw(st.sampled_from(["", ". ", "X"])), "r")


@given(_text_and_edit())
def test_an_edit_of_the_view_maps_back_to_the_same_edit_of_the_text(
    case: tuple[str, list[tuple[int, int]], Edit],
) -> None:
    text, spans, edit = case
    view = TextView.replacing(text, spans, "")
    assert view.text == text.replace(_INVISIBLE, "")
    (back,) = view.edits_back([edit])
    # once the invisible characters are gone, the edit made on the text reads as the edit
    # made on the view
    assert apply_edits(text, [back]).replace(_INVISIBLE, "") == apply_edits(view.text, [edit])


def test_a_run_of_spaces_read_as_one_maps_back_to_the_whole_run() -> None:
    view = TextView.replacing("Arthur \u00a0 Marsh left.", [(6, 9)], " ")
    assert view.text == "Arthur Marsh left."
    (back,) = view.edits_back([Edit(7, 12, "Mensch", "names/variant")])
    assert (back.start, back.end) == (9, 14)
    assert TextView.replacing("no change", [], " ").text == "no change"


def test_sentences_read_past_invisible_characters() -> None:
    # a zero-width space where the ". " was lost: the whitespace pass deletes it, and the
    # sentences pass has read the junction as it then stands, so one run settles the text
    pipe = Pipeline([RepairSentences(), NormalizeWhitespace()])
    for text, expected in [
        ("Shares rose in Europe\u200bHowever, banks fell.\n", "Europe. However"),
        ("in the industry\u200bDeepSeek, a rising star.\n", "industry. DeepSeek"),
        ("He left.\u200bThe firm agreed.\n", "left. The"),
        ("He left.\ufeffThe firm agreed.\n", "left. The"),
    ]:
        once = pipe(text)
        assert expected in once
        assert pipe(once) == once
    # a brand with an invisible character inside stays one word
    assert pipe("He backed Deep\u200bSeek and OpenAI.\n") == "He backed DeepSeek and OpenAI.\n"
