"""The screen in front of the boilerplate library: it turns prose away and never a line
that the library's rules would take (checked against the same library without it)."""

from __future__ import annotations

import dataclasses
import itertools
import random

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.passes.boilerplate_library import (
    OPTIONAL_WORDS,
    Library,
    library,
    normalize_line,
)
from cleantext.passes.boilerplate_screen import build_screen

LIB = library(("all",))  # the opt-in families too
# The same library with no screen: every line goes through every rule.
BARE = dataclasses.replace(LIB, screen=None, merged={})

# A value for every placeholder, to write each template out as a line.
_FILL = {
    "n": "12", "year": "2019", "headline": "Markets rally as rates fall",
    "bracketed": "Chicago weather: how this winter compares", "words": "our best stories",
    "tail": "", "webtail": "", "apptail": "", "duration": "4:31", "site": "The Daily Planet",
    "section": "World News", "name": "Jane Doe", "credit": "John Smith", "agency": "AFP",
    "paper": "The Guardian", "photoagency": "Getty Images",
    "networks": "Facebook, Twitter and Instagram", "netlist": "Facebook | Twitter",
    "handle": "@dailyplanet", "email": "news@example.com", "domain": "example.com",
    "caption": "The scene on Monday", "stamp": "10:45 PM EDT, Tue March 5, 2024",
}  # fmt: skip
_PROSE = [
    "He said the markets fell sharply on Monday",
    "Shares rose by a third after the results",
    "The council will meet again in May",
    # a common opening of prose opens no phrase ("It's", "Commenting on")
    "It's a handsome car, certainly, and more akin to a coupe than the original",
    "Commenting on the plan, the minister said it would cost more than expected",
]


def _entries(lib: Library) -> list[str]:
    """Every phrase and every template of ``lib``, written out as a line."""
    lines = list(lib.phrases)
    for match, _ in lib.templates:
        lines.append(regex.sub(r"\{(\w+)\}", lambda m: _FILL[m.group(1)], match.entry))
    return lines


def _same(line: str, lib: Library = LIB, bare: Library = BARE) -> None:
    assert lib.classify(line) == bare.classify(line), line


def test_the_screen_turns_prose_away() -> None:
    screen = LIB.screen
    assert screen is not None
    for line in [*_PROSE, 'Mr Smith, who joined in 2004, said: "We are pleased."']:
        assert not screen.may_match(normalize_line(line)), line


def test_prose_with_symbols_that_no_rule_names_is_turned_away() -> None:
    # prices in pounds and euros, temperatures, trademarks: read as one ASCII symbol
    screen = LIB.screen
    assert screen is not None
    for line in [
        "The deal, worth \u00a35m, was agreed by the board on Monday",
        "Prices rose to \u20ac12 as temperatures hit 30\u00b0C in the south",
        "Shares of Acme\u00ae fell by a third after the results",
    ]:
        assert not screen.may_match(normalize_line(line)), line
        _same(line)
    # a letter outside ASCII still leaves the line to the rules
    assert screen.may_match("The caf\u00e9 raised its prices to \u00a35")


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Share this article:",
        "Comments (12)",
        "Advertisement Advertisement",
        "Read more: Markets rally as rates fall",
        "Jane Doe/Getty Images",
        "Story continues below advertisement",
        "Hi, I'm Ann! Sign up for our newsletter.",
        "Sign up for our newsletter. We won't share your email address.",
        "Get recipes, tips and more - straight to your inbox",
        "Photo: Ann Lee. Advertisement",
        # a companion whose own "and" the first cut of the line fell on (Hypothesis)
        "this and our - Share",
    ],
)
def test_the_screen_lets_boilerplate_through(line: str) -> None:
    screen = LIB.screen
    assert screen is not None
    assert screen.may_match(normalize_line(line))
    assert LIB.classify(line) is not None


def test_every_entry_is_classified_as_without_the_screen() -> None:
    decorations = ["{}", "- {} -", "{}:", "\u2022 {} \u00bb", "{} 12", "{} {}", "({})"]
    decorations += ["{} \u00a35", "\u20ac {}", "{} \u00ae", "\u00a9 {}", "{}: \u00a31m"]
    for entry in _entries(LIB):
        for line in (entry, entry.upper(), entry.title()):
            for decoration in decorations:
                _same(decoration.format(line, line))


def test_phrases_with_other_optional_words_are_classified_as_without_the_screen() -> None:
    # "Share the story", "Share story", "The share this story": what the bare keys take
    for key in LIB.phrases:
        words = key.split(" ")
        bare = [w for w in words if w not in OPTIONAL_WORDS]
        lines = {" ".join(bare), f"the {key}", f"our {' '.join(bare)}"}
        for k in range(1, len(bare)):
            lines.add(" ".join([*bare[:k], "the", *bare[k:]]))
            lines.add(" ".join([*bare[:k], "this", "a", *bare[k:]]))
        for line in lines:
            for variant in (line, line.title(), f"- {line.upper()} -", f"{line} 12"):
                _same(variant)


def test_entries_in_a_line_of_sentences_are_classified_as_without_the_screen() -> None:
    entries = _entries(LIB)
    rng = random.Random(7)
    separators = [". ", " - ", " | ", " and ", ". Hi! ", ": ", " "]
    for _ in range(4000):
        a, b = rng.choice(entries), rng.choice(entries)
        sep = rng.choice(separators)
        _same(a + sep + b)
        _same(a + sep + rng.choice(_PROSE))
        _same(rng.choice(_PROSE) + sep + a)


_BITS = [
    *["Share", "this", "article", "Read", "more", "Advertisement", "Photo", "Getty", "Images"],
    *["Sign", "up", "for", "our", "newsletter", "Comments", "12", "(3)", "Follow", "us", "on"],
    *["Twitter", "The", "said", "he", "Click", "here", "to", "subscribe", ":", "-", "|", "\u00a9"],
    *["2019", "All", "rights", "reserved", "caf\u00e9", "\u2026", "@handle", "x@y.com", "Hi,"],
    *["I'm", "Ann!", "Get", "latest", "news", "free", "inbox", "by", "Smith/AP", "staff", "."],
    *["Related:", "Story", "continues", "below", "Image", "of", "Home", ">", "special", "and"],
    *["\u00a35m", "\u20ac", "$1", "\u00b0C", "\u00ae", "^", "\u2122", "\u00a3", "\u2192"],
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_BITS), min_size=1, max_size=12).map(" ".join))
def test_lines_of_library_words_are_classified_as_without_the_screen(line: str) -> None:
    _same(line)


def test_a_library_of_user_entries_screens_by_its_own_entries() -> None:
    lib = library(extra=("Tap for today's {words}", "re:zzz[0-9]+ deals", "Quack quack"))
    bare = dataclasses.replace(lib, screen=None, merged={})
    for line in ["Tap for today's top deals", "ZZZ42 deals", "Quack quack", "Quack", *_PROSE]:
        _same(line, lib, bare)
    assert lib.classify("ZZZ42 deals") is not None
    assert lib.classify("Quack quack") is not None


def test_a_long_line_is_only_a_phrase_or_a_pattern() -> None:
    lib = library(extra=("re:(?:zzz ){90}end", "Tap for today's {words}"))
    bare = dataclasses.replace(lib, screen=None, merged={})
    long_pattern = "zzz " * 90 + "end"
    long_template = "Tap for today's " + " ".join(["deal"] * 90)
    assert lib.screen is not None
    assert lib.screen.may_match(long_pattern)
    assert not lib.screen.may_match(long_template)
    for line in [long_pattern, long_template, " ".join(_PROSE * 10)]:
        _same(line, lib, bare)
    assert lib.classify(long_pattern) is not None
    assert lib.classify(long_template) is None  # more words than any template reads


def test_a_bucket_whose_template_needs_no_word_lets_every_line_of_it_through() -> None:
    phrases = ("share this",)
    required = (("photo",), ())
    buckets = {("first", "photo"): (0,), ("last-kind", "agency"): (1,)}
    screen = build_screen(phrases, required, buckets, (), None)
    assert screen.needs == {("first", "photo"): (("photo", ((),)),), ("last-kind", "agency"): None}
    assert screen.may_match("Jane Doe/AFP")
    assert screen.may_match("Photo by Jane")
    assert not screen.may_match("Shares fell")


def test_the_needed_words_skip_a_word_that_holds_another() -> None:
    required = (("photos",), ("photo",))
    screen = build_screen((), required, {("first", "x"): (0, 1)}, (), None)
    assert screen.needs[("first", "x")] == (("photo", ((),)),)


def test_a_template_is_tried_only_on_a_line_with_all_its_required_words() -> None:
    # two templates share their longest word: a line that holds it but none of the other
    # words of either is no template's
    required = (("zebrafish", "sign", "our"), ("zebrafish", "archive"), ("photos",))
    screen = build_screen((), required, {("first", "the"): (0, 1, 2)}, (), None)
    assert screen.needs[("first", "the")] == (
        ("zebrafish", (("archive",), ("our", "sign"))),
        ("photos", ((),)),
    )
    assert not screen.may_match("The zebrafish went out to sea on Monday.")
    assert not screen.may_match("The zebrafish of our lake")
    assert screen.may_match("The zebrafish archive")
    assert screen.may_match("The zebrafish: sign up for our list")
    assert screen.may_match("The photos")
    # the library's own: the longest word of the "any" bucket's templates is in this line,
    # their other words are not
    line = "The special envoy said she would receive the delegation in March."
    assert not library().screen.may_match(normalize_line(line))


def test_each_pair_of_bits_is_classified_as_without_the_screen() -> None:
    for a, b in itertools.product(_BITS, repeat=2):
        _same(f"{a} {b}")


# Words that most lines of prose hold: a template with no dispatch token that needs only
# one of them would send nearly every line past the screen to the templates.
_COMMON_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "this",
        "to",
        "was",
        "we",
        "were",
        "with",
        "you",
        "your",
    }
)


def test_templates_that_no_token_dispatches_need_a_word_rarer_than_a_function_word() -> None:
    needs = library().screen.needs.get(("any", ""))
    assert needs, "the library has templates that no first or last token dispatches"
    words = {word for word, _ in needs}
    assert not _COMMON_WORDS.intersection(words)
    assert all(len(word) >= 4 for word in words)
