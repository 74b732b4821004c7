"""The notebook view of a Result: an escaped, colour-coded inline diff that reads both ways."""

from __future__ import annotations

import html.parser
from dataclasses import dataclass
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Edit, Pipeline, passes
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass
from cleantext.render import PASS_COLOURS, pass_colour, result_html

ALLOWED_TAGS = {"div", "span", "pre", "del", "ins", "strong", "details", "summary", "ul", "li"}
ALLOWED_TAGS |= {"code"}


@dataclass(frozen=True, slots=True)
class Scripted(Pass):
    """A test pass that proposes fixed edits (and suggestions) in its own coordinates."""

    name: ClassVar[str] = "scripted"
    edits: tuple[Edit, ...] = ()
    maybe: tuple[Edit, ...] = ()

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return [e for e in self.edits if e.end <= len(text)]

    def suggest(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return [e for e in self.maybe if e.end <= len(text)]


@dataclass(frozen=True, slots=True)
class Second(Scripted):
    name: ClassVar[str] = "second"


class _Reader(html.parser.HTMLParser):
    """Reads the view back: the original (without ``<ins>``) and the output (without ``<del>``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.tags: set[str] = set()
        self.old: list[str] = []
        self.new: list[str] = []
        self.titles: list[str] = []
        self.in_pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        a = dict(attrs)
        self.stack.append((tag, a.get("class") or ""))
        if tag == "pre":
            self.in_pre = True
        if a.get("title") and "cleantext-change" in (a.get("class") or ""):
            self.titles.append(a["title"] or "")

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag == "pre":
            self.in_pre = False

    def handle_data(self, data: str) -> None:
        if not self.in_pre:
            return
        classes = {c for _, c in self.stack}
        if "cleantext-mark" in classes or "cleantext-gap" in classes:
            return
        tags = {t for t, _ in self.stack}
        if "ins" not in tags:
            self.old.append(data)
        if "del" not in tags:
            self.new.append(data)


def read(view: str) -> _Reader:
    reader = _Reader()
    reader.feed(view)
    reader.close()
    return reader


WS = Pipeline([passes.NormalizeWhitespace()])


# ------------------------------------------------------------------ what the view shows


def test_removed_struck_inserted_highlighted() -> None:
    pipe = Pipeline([Scripted((Edit(0, 6, "", "x/remove", "gone"), Edit(10, 10, "!", "x/add")))])
    view = pipe.run("Hello world")._repr_html_()
    assert "<del" in view and "line-through" in view
    assert "<ins" in view
    r = read(view)
    assert "".join(r.old) == "Hello world"
    assert "".join(r.new) == "worl!d"


def test_repr_html_is_result_html() -> None:
    result = WS.run("a  \nb")
    assert result._repr_html_() == result_html(result)


def test_rule_and_note_on_hover() -> None:
    pipe = Pipeline([Scripted((Edit(0, 1, "B", "x/swap", "a note"),))])
    r = read(pipe.run("A.")._repr_html_())
    assert r.titles == ["x/swap 'A' -> 'B' (a note)"]


def test_summary_counts_by_rule() -> None:
    view = WS.run("one  \ntwo \n\n\n\nthree\u00a0four\n")._repr_html_()
    assert "4 changes" in view
    assert "whitespace/trailing: 2" in view
    assert "whitespace/blank-lines: 1" in view
    assert "whitespace/odd-space: 1" in view


def test_no_changes_shows_text_and_says_so() -> None:
    text = "Clean text, nothing to do.\n" * 40
    view = result_html(WS.run(text), context=5)
    assert "no changes" in view
    assert "".join(read(view).new) == text  # not collapsed: there is nothing else to show


@pytest.mark.parametrize("name", sorted(PASS_COLOURS))
def test_colour_per_pass(name: str) -> None:
    assert pass_colour(name) == PASS_COLOURS[name]


def test_each_pass_its_own_colour_in_view() -> None:
    first = Scripted((Edit(0, 1, "X", "s/one"),))
    second = Second((Edit(2, 3, "Y", "t/two"),))
    view = Pipeline([first, second]).run("abc")._repr_html_()
    assert f"rgba({pass_colour('scripted')}" in view
    assert f"rgba({pass_colour('second')}" in view
    assert len(set(PASS_COLOURS.values())) == len(PASS_COLOURS)


def test_theme_neutral_styles() -> None:
    view = WS.run("a  \n")._repr_html_()
    assert "color: inherit" in view
    assert "background: transparent" in view
    # translucent highlights only, so the same view reads on white and on black
    assert "background: #" not in view and "background: white" not in view


# ------------------------------------------------------------------ escaping


HOSTILE = [
    '<script>alert("x")</script>',
    "<b>bold</b> & <i>it</i>",
    "&amp; &lt; &#60; &gt;",
    "\"quoted\" and 'single'",
    "</pre></div><div>",
    "<!-- comment -->",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_text_is_escaped(text: str) -> None:
    pipe = Pipeline([Scripted((Edit(0, 1, "<ins>", "x/r", '"><img src=x onerror=alert(1)>'),))])
    result = pipe.run(text + "  \n")
    view = result._repr_html_()
    r = read(view)
    assert r.tags <= ALLOWED_TAGS
    assert "".join(r.old) == result.original
    assert "".join(r.new) == result.text
    assert "<script" not in view and "<img" not in view and "<b>" not in view


def test_rule_and_note_escaped_in_summary_and_title() -> None:
    pipe = Pipeline([Scripted((Edit(0, 1, "", "x/<b>", "<i>note</i>"),))])
    view = pipe.run("abc")._repr_html_()
    assert "<b>" not in view and "<i>" not in view
    assert "x/&lt;b&gt;: 1" in view
    assert read(view).titles == ["x/<b> 'a' -> '' (<i>note</i>)"]


# ------------------------------------------------------------------ invisible characters


@pytest.mark.parametrize(
    ("raw", "mark"),
    [
        ("a\u200bb", "⟨ZWSP⟩"),
        ("a\u00a0b", "⍽"),
        ("a\tb", "⇥"),
        ("a\x07b", "⟨U+0007⟩"),
    ],
)
def test_invisible_changes_are_marked(raw: str, mark: str) -> None:
    pipe = Pipeline([Scripted((Edit(1, 2, "", "x/drop"),))])
    view = pipe.run(raw)._repr_html_()
    assert mark in view


def test_removed_line_break_is_marked_and_reads_back() -> None:
    result = WS.run("One.\n\n\n\nTwo.\n")
    view = result._repr_html_()
    assert "↵" in view
    r = read(view)
    assert "".join(r.old) == result.original
    assert "".join(r.new) == result.text


# ------------------------------------------------------------------ several passes, one span


def test_later_pass_rewrites_earlier_insertion() -> None:
    # pass 1 turns "ab" into "aXYb"; pass 2 turns that "Y" into "Z": one span of the original.
    first = Scripted((Edit(1, 1, "XY", "s/insert", "first"),))
    second = Second((Edit(2, 3, "Z", "t/rewrite", "second"),))
    result = Pipeline([first, second]).run("ab")
    assert result.text == "aXZb"
    r = read(result._repr_html_())
    assert "".join(r.old) == "ab"
    assert "".join(r.new) == "aXZb"
    assert r.titles == ["s/insert '' -> 'XY' (first)\nt/rewrite 'Y' -> 'Z' (second)"]


def test_insertions_at_one_point_from_two_passes() -> None:
    first = Scripted((Edit(1, 1, "1", "s/a"),))
    second = Second((Edit(1, 1, "2", "t/b"), Edit(3, 3, "3", "t/c")))
    result = Pipeline([first, second]).run("ab")
    assert result.text == "a21b3"
    r = read(result._repr_html_())
    assert "".join(r.old) == "ab"
    assert "".join(r.new) == "a21b3"


def test_whole_line_removed_after_unicode_fix() -> None:
    pipe = Pipeline([passes.FixUnicode(), Second((Edit(0, 6, "", "t/line"),))])
    result = pipe.run("caf\u00c3\u00a9!\nnext")
    assert result.text == "next"
    r = read(result._repr_html_())
    assert "".join(r.old) == result.original
    assert "".join(r.new) == "next"


# ------------------------------------------------------------------ suggestions and context


def test_suggestions_listed_not_applied() -> None:
    pipe = Pipeline([Scripted(maybe=(Edit(0, 5, "Mensch", "x/maybe", "score 0.71"),))])
    result = pipe.run("Marsh spoke.", suggestions=True)
    view = result._repr_html_()
    assert "1 suggestion for review (not applied)" in view
    assert "Suggestions (not applied): 1" in view
    assert "score 0.71" in view
    assert "".join(read(view).new) == "Marsh spoke."


def test_context_collapses_far_unchanged_text() -> None:
    text = "Intro line.\n" + "Filler sentence here. " * 50 + "\nEnd.  \n"
    result = WS.run(text)
    full = result_html(result)
    short = result_html(result, context=20)
    assert len(short) < len(full)
    assert "unchanged characters" in short and "unchanged characters" not in full
    assert "End." in short


# ------------------------------------------------------------------ property: the view reads back


_ALPHABET = st.sampled_from(list("ab <>&\"'\n\t.\u00a0\u200bé"))


@st.composite
def scripted_pipelines(draw: st.DrawFn) -> tuple[str, Pipeline]:
    text = draw(st.text(_ALPHABET, max_size=30))
    stages: list[Pass] = []
    length = len(text)
    for cls in (Scripted, Second):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=6)))
        edits = []
        for i in range(0, len(cuts) - 1, 2):
            start, end = cuts[i], cuts[i + 1]
            if edits and start <= edits[-1].end:
                continue
            edits.append(Edit(start, end, draw(st.text(_ALPHABET, max_size=4)), f"{cls.name}/r"))
        stages.append(cls(tuple(edits)))
        length += sum(len(e.replacement) - (e.end - e.start) for e in edits)
    return text, Pipeline(stages)


@settings(max_examples=300, deadline=None)
@given(scripted_pipelines())
def test_view_reads_back_both_texts(case: tuple[str, Pipeline]) -> None:
    text, pipe = case
    result = pipe.run(text)
    view = result._repr_html_()
    assert "cleantext-fallback" not in view  # every change placed, none lumped together
    r = read(view)
    assert r.tags <= ALLOWED_TAGS
    assert "".join(r.old) == result.original
    assert "".join(r.new) == result.text


def test_context_keeps_text_next_to_an_insertion_at_the_start() -> None:
    pipe = Pipeline([Scripted((Edit(0, 0, ">", "x/start"),))])
    text = "Opening words stay visible. " + "Filler sentence here. " * 20
    view = result_html(pipe.run(text), context=10)
    assert "Opening wo" in view  # the 10 characters after the change are kept
    assert "unchanged characters" in view


# ------------------------------------------------------------------ odd input and options


@pytest.mark.parametrize("context", [-1, -100])
def test_negative_context_is_refused(context: int) -> None:
    with pytest.raises(ValueError, match="context must be 0 or more"):
        result_html(WS.run("Alpha.  \n" + "Beta. " * 40), context=context)


def test_context_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="context must be a whole number"):
        result_html(WS.run("Alpha.  \n"), context="5")  # type: ignore[arg-type]


def test_a_removed_lone_surrogate_is_shown_as_a_mark() -> None:
    # the input the unicode/surrogate rule exists for: the view must encode as UTF-8
    result = Pipeline.default().run("A \ud800 lone surrogate.\n")
    view = result._repr_html_()
    view.encode("utf-8")
    assert "⟨U+D800⟩" in view


def test_unchanged_controls_and_surrogates_are_marks_not_raw() -> None:
    # a pipeline without FixUnicode leaves them in the text; HTML cannot carry a raw NUL
    result = WS.run("a\x00b\x1bc\ud83d d  \n")
    view = result._repr_html_()
    view.encode("utf-8")
    assert "\x00" not in view and "\x1b" not in view
    assert "⟨U+0000⟩" in view and "⟨U+001B⟩" in view and "⟨U+D83D⟩" in view
    assert "".join(read(view).new) == "abc d\n"  # the marks replace the characters


def test_surrogates_in_notes_and_rules_are_escaped() -> None:
    edit = Edit(0, 1, "", "scripted/odd", "note with \ud800 in it")
    view = result_html(Pipeline([Scripted((edit,))]).run("x y"))
    view.encode("utf-8")
    assert "⟨U+D800⟩" in view
