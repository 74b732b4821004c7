"""Pipeline: composition, filters, errors, pickling, threads."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Context, Edit, Pipeline, passes
from cleantext.errors import CleantextError, ConfigError, InputError, PassError
from cleantext.passes.base import EMPTY_CONTEXT as EMPTY


def test_or_composes_passes_and_pipelines() -> None:
    a, b, c = passes.FixUnicode(), passes.StripBoilerplate(), passes.NormalizeWhitespace()
    assert (a | b).names() == ["unicode", "boilerplate"]
    assert (a | b | c).names() == ["unicode", "boilerplate", "whitespace"]
    assert (Pipeline([a]) | Pipeline([c])).names() == ["unicode", "whitespace"]
    assert ([a, b] | c).names() == ["unicode", "boilerplate", "whitespace"]


def test_pipeline_rejects_non_passes() -> None:
    with pytest.raises(TypeError, match="Pipeline takes passes"):
        Pipeline([str.strip])  # type: ignore[list-item]


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), 3, None, ["a"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        cleantext.clean(bad)  # type: ignore[arg-type]


def test_bytes_get_advice_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        Pipeline.default().run(b"x")  # type: ignore[arg-type]


def test_names_must_be_a_list() -> None:
    with pytest.raises(InputError, match="list of canonical names"):
        cleantext.clean("text", "Arthur Mensch")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "a\n\nb"),
        ({"ignore": ["whitespace"]}, "a  \n\n\n\nb"),
        ({"ignore": ["whitespace/trailing"]}, "a  \n\nb"),
        ({"select": ["whitespace/blank-lines"]}, "a  \n\nb"),
        ({"select": ["unicode"]}, "a  \n\n\n\nb"),
        ({"whitespace": {"max_blank_lines": 3}}, "a\n\n\n\nb"),
    ],
)
def test_select_ignore_and_pass_options(options: dict[str, object], expected: str) -> None:
    assert cleantext.clean("a  \n\n\n\nb", **options) == expected  # type: ignore[arg-type]


def test_unknown_options_are_named() -> None:
    with pytest.raises(TypeError, match="colour"):
        Pipeline.default(colour="red")
    with pytest.raises(TypeError, match="NormalizeWhitespace"):
        Pipeline.default(whitespace={"max_blanks": 2})


@dataclass(frozen=True, slots=True)
class _Broken(passes.Pass):
    name: ClassVar[str] = "broken"

    def propose(self, text: str, context: Context = EMPTY) -> list[Edit]:
        return [Edit(0, 2, "", "broken/x"), Edit(1, 3, "", "broken/x")]


@dataclass(frozen=True, slots=True)
class _Crashing(passes.Pass):
    name: ClassVar[str] = "crashing"

    def propose(self, text: str, context: Context = EMPTY) -> list[Edit]:
        raise ZeroDivisionError("boom")


def test_overlapping_edits_are_a_pass_error() -> None:
    with pytest.raises(PassError) as info:
        Pipeline([_Broken()]).run("abcdef")
    assert info.value.pass_name == "broken"
    assert info.value.position == 1


def test_pass_exceptions_are_wrapped_with_the_pass_name() -> None:
    with pytest.raises(PassError, match="crashing") as info:
        Pipeline([_Crashing()]).run("text")
    assert isinstance(info.value.__cause__, ZeroDivisionError)
    assert isinstance(info.value, CleantextError)


def test_pipeline_pickles_and_behaves_the_same() -> None:
    pipe = Pipeline.default(["Arthur Mensch"], ignore=["whitespace/spaces"])
    clone = pickle.loads(pickle.dumps(pipe))
    assert clone == pipe
    raw = "Itâ€™s  here.  \n\n\n\nEnd."
    assert clone(raw) == pipe(raw)


def test_same_output_from_many_threads() -> None:
    pipe = Pipeline.default(["Arthur Mensch"])
    docs = [f"Doc {i}: itâ€™s   fine.  \n\n\n\nAdvertisement\n\nEnd {i}." for i in range(40)]
    expected = [pipe(d) for d in docs]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(pipe, docs)) == expected


def test_suggestions_are_not_applied() -> None:
    result = Pipeline.default().run("Plain text.", suggestions=True)
    assert result.text == "Plain text."
    assert all(s.rule for s in result.suggestions)


REVIEWED = [
    "Plain text.",
    "Call the getUser helper. He paid with PayPal and then CheckPoint fell.",
    "Arthur Marsh spoke. Mansh  smiled in Europe\u200bHowever, Ann Lee left.",
    "Advertisement\n\nShares rose in EuropeHowever, the bank fell.\n",
]


@pytest.mark.parametrize("text", REVIEWED)
def test_review_is_propose_and_suggest_at_once(text: str) -> None:
    # the pipeline asks each pass for both at once when it collects suggestions; a pass
    # that works both out in one reading must give what the two calls give
    names = ["Arthur Mensch", "Ann Lee", "Anne Lee"]
    for step in Pipeline.default(names).passes:
        assert step.review(text) == (step.propose(text), step.suggest(text)), step.name
    notes = Pipeline.default(names).run(text, suggestions=True).suggestions
    if text.startswith("Call"):
        assert [n.rule for n in notes] == ["sentences/run-together"]


@dataclass(frozen=True, slots=True)
class _SlowPattern(passes.Pass):
    """A deliberately catastrophic pattern with a tiny budget: must become PatternTimeout."""

    name: ClassVar[str] = "slow"

    def propose(self, text: str, context: Context = EMPTY) -> list[Edit]:
        import regex

        regex.search(r"(a|aa)+$", text, timeout=0.05)
        return []


def test_pattern_timeout_becomes_a_clear_error() -> None:
    from cleantext.errors import PatternTimeout

    with pytest.raises(PatternTimeout, match="slow") as info:
        Pipeline([_SlowPattern()]).run("a" * 40 + "!")
    assert info.value.pass_name == "slow"


# ---------------------------------------------------------------------------- settling


@dataclass(frozen=True, slots=True)
class _DropPair(passes.Pass):
    """Deletes every "xy"; a pass whose work can appear after it has run."""

    name: ClassVar[str] = "pair"

    def propose(self, text: str, context: Context = EMPTY) -> list[Edit]:
        out, i = [], text.find("xy")
        while i >= 0:
            out.append(Edit(i, i + 2, "", "pair/drop", "an x and a y"))
            i = text.find("xy", i + 2)
        return out

    def suggest(self, text: str, context: Context = EMPTY) -> list[Edit]:
        i = text.find("z")
        return [Edit(i, i + 1, "Z", "pair/capital", "a lone z")] if i >= 0 else []


@dataclass(frozen=True, slots=True)
class _DropDash(passes.Pass):
    """Deletes every "-", which can make an "xy" for the pass before it."""

    name: ClassVar[str] = "dash"

    def propose(self, text: str, context: Context = EMPTY) -> list[Edit]:
        return [Edit(i, i + 1, "", "dash/drop") for i, ch in enumerate(text) if ch == "-"]


@dataclass(frozen=True, slots=True)
class _Grow(passes.Pass):
    """Appends a character on every run: a pipeline that never settles."""

    name: ClassVar[str] = "grow"

    def propose(self, text: str, context: Context = EMPTY) -> list[Edit]:
        return [Edit(len(text), len(text), "+", "grow/more")]


def test_one_round_leaves_work_that_a_settling_pipeline_does() -> None:
    raw = "a x-y b x--y z"
    once = Pipeline([_DropPair(), _DropDash()])
    assert once(raw) == "a xy b xy z"
    assert once(once(raw)) == "a  b  z"
    settled = Pipeline([_DropPair(), _DropDash()], settle=True)
    result = settled.run(raw, suggestions=True)
    assert result.text == "a  b  z"
    assert settled(result.text) == result.text
    # every change is explained against the original text and replays in order: the
    # second round's deletions are stages 2 and 3 (the first pass's second run)
    assert [(c.rule, c.stage, c.start, c.end) for c in result.edits] == [
        ("dash/drop", 1, 3, 4),
        ("dash/drop", 1, 9, 10),
        ("dash/drop", 1, 10, 11),
        ("pair/drop", 2, 2, 5),
        ("pair/drop", 2, 8, 12),
    ]
    assert result.replay() == result.text
    # suggestions are those of the last round, on the text as it ends, mapped back
    assert [(s.rule, s.start) for s in result.suggestions] == [("pair/capital", 13)]


def test_clean_text_takes_one_round_and_a_runaway_pass_stops() -> None:
    assert Pipeline([_DropPair(), _DropDash()], settle=True).run("plain").edits == ()
    result = Pipeline([_Grow()], settle=True).run("a")
    assert result.text == "a" + "+" * cleantext.pipeline.SETTLE_ROUNDS
    assert result.replay() == result.text


def test_settle_is_kept_by_pickling_composition_and_the_default_pipeline() -> None:
    pipe = Pipeline.default(settle=True)
    assert pipe.settle and pickle.loads(pickle.dumps(pipe)).settle
    assert (pipe | passes.NormalizeWhitespace()).settle
    assert (Pipeline([passes.FixUnicode()]) | pipe).settle
    assert not Pipeline.default().settle
    with pytest.raises(TypeError, match="settle"):
        Pipeline.default(settle="yes")


# Texts on which one run of the default passes leaves work for a second (each found by
# running the pipeline twice on random strings of article pieces): one pass's repair
# makes a line that another pass, run before it, takes.
UNSETTLED = [
    "Markets fell.\n\nAll rights reservedRead:nIn\n\nShares slid.\n",
    "Share thisSign up oDi\n",
]


@pytest.mark.parametrize("raw", UNSETTLED)
def test_the_default_pipeline_settles_odd_text(raw: str) -> None:
    once = Pipeline.default()(raw)
    # (if the passes come to settle this text in one run, pick another one from the fuzz)
    assert Pipeline.default()(once) != once, "no longer an example of unsettled text"
    settled = Pipeline.default(settle=True).run(raw)
    assert Pipeline.default()(settled.text) == settled.text
    assert settled.replay() == settled.text


def test_a_rule_selector_that_names_no_rule_is_refused() -> None:
    from cleantext.errors import ConfigError

    with pytest.raises(ConfigError, match=r"unknown rule selector 'unicod' \(did you mean"):
        Pipeline.default(select=["unicod"])
    with pytest.raises(ConfigError, match="unknown rule selector"):
        cleantext.clean("x", ignore=["whitespace/trialing"])
    # a rule of a pass that this pipeline lacks is still a rule
    assert Pipeline.default(ignore=["names/variant"]).ignore == ("names/variant",)


@pytest.mark.parametrize(
    ("make", "told"),
    [
        (lambda: Pipeline.default(select=["names"]), ["select=['names']", "canonical names"]),
        (lambda: cleantext.clean("a  \n", select=["names/variant"]), ["canonical names"]),
        (lambda: Pipeline.default(ignore=["ALL"]), ["ignore=['ALL']"]),
        (
            lambda: Pipeline([passes.NormalizeWhitespace()], select=["unicode"]),
            ["select=['unicode']", "passes whitespace"],
        ),
        (
            lambda: Pipeline.default(select=["whitespace"], ignore=["whitespace"]),
            ["select=['whitespace'] and ignore=['whitespace'] leave"],
        ),
    ],
)
def test_a_selection_that_leaves_no_rule_to_run_is_refused(
    make: Callable[[], object], told: list[str]
) -> None:
    from cleantext.errors import NothingSelected

    with pytest.raises(NothingSelected, match="so the pipeline could change nothing") as info:
        make()
    assert isinstance(info.value, ConfigError)
    assert all(t in str(info.value) for t in told), str(info.value)
    if "canonical names" not in told:
        assert "canonical names" not in str(info.value)


def test_a_selection_that_keeps_some_rule_still_builds() -> None:
    assert Pipeline.default(["Arthur Mensch"], select=["names"]).select == ("names",)
    assert Pipeline.default(ignore=["names"]).ignore == ("names",)  # the other passes run
    assert Pipeline([], select=["whitespace"]).select == ("whitespace",)  # nothing to filter
    assert cleantext.clean("a  \n", select=["whitespace"]) == "a\n"


def test_an_option_error_lists_only_the_options_of_the_pass() -> None:
    with pytest.raises(TypeError) as info:
        Pipeline.default(sentences={"names": 3})
    assert str(info.value).endswith("its options are keep, missing_space, names, run_together")
    with pytest.raises(TypeError) as info:
        Pipeline.default(["Arthur Mensch"], names={"fuzzy": True, "colour": "red"})
    listed = str(info.value).partition("its options are ")[2].split(", ")
    assert "fuzzy" in listed and "names" not in listed  # the names come as the list
    assert not [name for name in listed if name.startswith("_") or name in ("name", "rules")]


def test_a_mistyped_option_is_told_the_option_it_is_close_to() -> None:
    with pytest.raises(
        TypeError, match=r"RepairSentences has no option 'kep' \(did you mean 'keep'"
    ):
        Pipeline.default(sentences={"kep": ["DeepSeek"]})
    with pytest.raises(
        TypeError, match=r"option 'max_blank_line' \(did you mean 'max_blank_lines'"
    ):
        cleantext.clean("x", whitespace={"max-blank-line": 2})
    with pytest.raises(TypeError, match=r"unknown option\(s\) setle \(did you mean 'settle'"):
        cleantext.clean("x", setle=True)
    with pytest.raises(TypeError, match=r"no option 'colour'; its options"):  # nothing close
        Pipeline.default(["Arthur Mensch"], names={"colour": "red"})


@pytest.mark.parametrize(
    "make",
    [
        lambda: passes.FixUnicode(unescape_html="yes"),
        lambda: passes.NormalizeWhitespace(max_blank_lines=-1),
        lambda: passes.NormalizeWhitespace(max_blank_lines="2"),
        lambda: passes.NormalizeWhitespace(odd_spaces="false"),
        lambda: passes.StripBoilerplate(rejoin="no"),
        lambda: passes.RepairSentences(run_together="false"),
        # the names pass too: a string "false" would switch fuzzy matching on
        lambda: passes.NormalizeNames(["Arthur Mensch"], fuzzy="false"),
        lambda: passes.NormalizeNames(["Arthur Mensch"], house_style=1),
        lambda: passes.NormalizeNames(["Arthur Mensch"], own_spelling=-3),
        lambda: passes.NormalizeNames(["Arthur Mensch"], full_name_cutoff=2),
        lambda: passes.NormalizeNames(["Arthur Mensch"], single_min_length="5"),
    ],
)
def test_a_pass_option_of_another_type_is_refused(make: Callable[[], object]) -> None:
    # a string "false" is a true value, "2" no number: refused when the pass is made
    with pytest.raises(ConfigError, match="expected"):
        make()


# ------------------------------------------------------------------ each side keeps its filters


def test_a_pass_appended_to_a_filtered_pipeline_runs() -> None:
    raw = "caf\u00c3\u00a9 rose.  \n"
    base = Pipeline.default(select=["unicode", "boilerplate"])
    composed = base | passes.NormalizeWhitespace()
    assert composed(raw) == "café rose.\n"  # the appended pass runs, unfiltered
    assert base(raw) == "café rose.  \n"  # the default whitespace pass stays filtered out
    ignoring = Pipeline.default(ignore=["whitespace"]) | passes.NormalizeWhitespace()
    assert ignoring("a  \n") == "a\n"


def test_composed_pipelines_keep_their_own_filters() -> None:
    raw = "caf\u00c3\u00a9  \n\n\n\nb"
    uni = Pipeline([passes.FixUnicode()], select=["unicode"])
    ws = Pipeline([passes.NormalizeWhitespace()], ignore=["whitespace/blank-lines"])
    both = uni | ws
    assert both(raw) == "café\n\n\n\nb"
    assert (ws | uni)(raw) == "café\n\n\n\nb"
    assert both.names() == ["unicode", "whitespace"]
    # filters that agree stay the pipeline's own; composition is associative
    same = Pipeline([passes.FixUnicode()], select=["unicode"]) | uni
    assert same.select == ("unicode",)
    three = (uni | ws) | passes.StripBoilerplate()
    assert three(raw + "\n\nADVERTISEMENT\n") == (uni | (ws | passes.StripBoilerplate()))(
        raw + "\n\nADVERTISEMENT\n"
    )


def test_a_composed_pipeline_pickles_and_compares_equal() -> None:
    composed = Pipeline.default(select=["unicode"]) | passes.NormalizeWhitespace()
    copy = pickle.loads(pickle.dumps(composed))
    assert copy == composed and hash(copy) == hash(composed)
    assert copy("caf\u00c3\u00a9  \n") == "café\n"
    assert composed != Pipeline.default(select=["unicode"])


# ------------------------------------------------------------------ names= options


def test_names_options_are_checked_without_a_list() -> None:
    with pytest.raises(TypeError, match="fuzy"):
        Pipeline.default(names={"fuzy": False})
    with pytest.raises(TypeError, match="fuzy"):
        cleantext.clean("Deep Seek rose.", names={"fuzy": False})
    assert "names" not in Pipeline.default(names={"fuzzy": False}).names()


def test_names_file_key_is_refused_in_python_with_what_to_do() -> None:
    with pytest.raises(TypeError, match=r"names=\{'file': \.\.\.\}.*load_names"):
        cleantext.clean("Deep Seek rose.", names={"file": "names.txt"})
    with pytest.raises(TypeError, match="load_names"):
        Pipeline.default(["DeepSeek"], names={"file": "names.txt"})


def test_names_given_twice_to_clean_is_refused() -> None:
    with pytest.raises(TypeError, match="names given twice"):
        cleantext.clean("Deep Seek rose. Open AI fell.", ["DeepSeek"], names=["OpenAI"])
    with pytest.raises(TypeError, match="names given twice"):
        Pipeline.default(["DeepSeek"], names=["OpenAI"])


def test_a_suggestion_reads_the_original_where_an_earlier_pass_rewrote_it() -> None:
    # a lost period suggested inside what the mojibake fix decoded ("éé“Mansh")
    text = "Arthur Mensch spoke. \u00c3\u00a9\u00c3\u00a9\u00e2\u20ac\u0153Mansh said.\n"
    result = Pipeline.default(["Arthur Mensch"]).run(text, suggestions=True)
    (suggestion,) = result.suggestions
    assert (suggestion.start, suggestion.end) == (21, 28)
    assert suggestion.before == text[21:28] and suggestion.after == "\u00e9\u00e9. \u201c"


_PIECES = [
    "\u00c3\u00a9\u00c3\u00a9\u00e2\u20ac\u0153Mansh",
    "it\u00e2\u20ac\u2122s",
    "said.The",
    "UKQXR",
    "QXR",
    "Arthur Mensch",
    "Mansh",
    "set the HTTPURL value",
    "AIThe",
    "\n\nAdvertisement\n\n",
    "caf\u00c3\u00a9",
    "x\u00a0 y",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_every_change_and_suggestion_reads_the_original(pieces: list[str]) -> None:
    from cleantext.process import report

    text = " ".join(pieces) + " end.\n"
    result = Pipeline.default(["Arthur Mensch"]).run(text, suggestions=True)
    for change, _ in report(result):
        assert text[change.start : change.end] == change.before
    for suggestion in result.suggestions:
        assert text[suggestion.start : suggestion.end] == suggestion.before
