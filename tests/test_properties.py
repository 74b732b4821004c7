"""Properties of the whole default pipeline, over generated prose and damaged prose."""

from __future__ import annotations

import pickle
import re
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import article

import cleantext
from cleantext import Context, Pipeline, replay

NAMES = ["Arthur Mensch", "DeepSeek", "Maria Garcia", "Kenji Nakamura"]
PIPE = Pipeline.default(NAMES)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(article())
@example("The the the\n\nMore the the about.\n")  # no wording of "more about"
def test_clean_prose_is_unchanged(text: str) -> None:
    result = PIPE.run(text)
    assert result.text == text, [c for c in result.edits]


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """An article with defects of every kind injected at random places."""
    text = draw(article())
    paras = text.split("\n\n")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(paras)))
        paras.insert(
            at, draw(st.sampled_from(["Advertisement", "ADVERTISEMENT", "Share this article"]))
        )
    text = "\n\n".join(paras)
    if draw(st.booleans()):
        text = text.replace(". ", ".", 1)
    if draw(st.booleans()):
        text = text.replace("’", "â€™")
    if draw(st.booleans()):
        text = text.replace("\n\n", "\n\n\n\n", 1).replace(".", ".  ", 1)
    if draw(st.booleans()):
        text = text.replace("Mensch", "Mansch")
    return text


@SETTINGS
@given(damaged())
def test_idempotent_and_replayable(text: str) -> None:
    result = PIPE.run(text)
    assert PIPE(result.text) == result.text
    assert replay(text, result.edits) == result.text
    assert result.replay() == result.text
    for c in result.edits:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.rule.count("/") == 1


@SETTINGS
@given(damaged())
def test_words_survive(text: str) -> None:
    """Every word of the input survives, except boilerplate lines and repaired tokens."""
    result = PIPE.run(text)
    removed = {w for c in result.edits for w in re.findall(r"\w+", c.before)}
    out_words = set(re.findall(r"\w+", result.text))
    for word in re.findall(r"\w+", text):
        assert word in removed or word in out_words, word


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_is_handled(text: str) -> None:
    result = PIPE.run(text)
    assert PIPE(result.text) == result.text
    assert result.replay() == result.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \t\n\r\u00a0\u200bab.", max_size=60))
@example("a\r \n\ta ")  # a blank line between a lone CR and a LF, then Markdown code
def test_markdown_documents_settle_in_one_run(text: str) -> None:
    # what a Markdown document keeps (its hard line breaks) it keeps on the next run too
    markdown = Context(markdown=True)
    once = PIPE.run(text, context=markdown)
    assert PIPE.run(once.text, context=markdown).text == once.text
    assert once.replay() == once.text


def test_pickled_pipeline_and_threads_agree() -> None:
    docs = [
        f"Title {i}\n\nAdvertisement\n\nShares rose in EuropeHowever, itâ€™s early. Mansch said."
        for i in range(50)
    ]
    clone = pickle.loads(pickle.dumps(PIPE))
    expected = [PIPE(d) for d in docs]
    assert [clone(d) for d in docs] == expected
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(PIPE, docs)) == expected
    assert [cleantext.clean(d, NAMES) for d in docs] == expected


# Pieces of articles, page furniture, code and damage, glued at random: the strings on
# which one pass's repair can make work for a pass that ran before it.
PIECES = [
    "The",
    "said",
    "Mr",
    "DeepSeek",
    "iPhone",
    "useState",
    "Mensch",
    "Marsh",
    "Arthur",
    "`",
    "\n",
    "\n\n",
    " ",
    "  ",
    ".",
    ",",
    ":",
    "&amp;",
    "&#8217;",
    "â€™",
    "\u00a0",
    "\u200b",
    "Advertisement",
    "ADVERTISEMENT",
    "Share this",
    "See also",
    "Related topics:",
    "Copyright 2024",
    "All rights reserved.",
    "Read more: Rates rise",
    "Photo: Jane Doe/AFP",
    "Sign up for our newsletter",
    "AIThe",
    "EuropeHowever",
    "\r\n",
    "However,",
    "In",
    "word",
]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "\n"])), max_size=40))
def test_a_settling_pipeline_ends_where_one_more_run_changes_nothing(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    result = Pipeline.default(NAMES, settle=True).run(text)
    assert PIPE(result.text) == result.text
    assert result.replay() == result.text
