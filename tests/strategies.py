"""Hypothesis strategies for real-looking news prose, written for these tests.

Prose built here has no defect: sentences start with a capital and end with . ? or !,
one space follows sentence punctuation, paragraphs are separated by one blank line, and
camel-case brand names stand alone as words.
"""

from __future__ import annotations

import random

from hypothesis import strategies as st

LOWER = [
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "from",
    "at",
    "as",
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "market",
    "shares",
    "company",
    "government",
    "minister",
    "said",
    "says",
    "told",
    "reporters",
    "on",
    "tuesday",
    "last",
    "year",
    "this",
    "week",
    "profits",
    "rose",
    "fell",
    "sharply",
    "slightly",
    "percent",
    "analysts",
    "expect",
    "growth",
    "sales",
    "quarter",
    "record",
    "players",
    "match",
    "season",
    "coach",
    "film",
    "music",
    "album",
    "award",
    "festival",
    "election",
    "voters",
    "party",
    "plans",
    "new",
    "old",
    "large",
    "small",
    "first",
    "second",
    "would",
    "could",
    "will",
    "may",
    "not",
    "also",
    "more",
    "than",
    "about",
    "after",
    "before",
    "during",
    "while",
    "because",
    "however",
    "despite",
    "its",
    "their",
    "his",
    "her",
]
CAPITALISED = [
    "London",
    "Paris",
    "Berlin",
    "Washington",
    "Europe",
    "Britain",
    "France",
    "Germany",
    "China",
    "Japan",
    "India",
    "Monday",
    "Friday",
    "January",
    "March",
    "June",
    "October",
    "Labour",
    "Reuters",
    "Microsoft",
    "Google",
    "Apple",
    "Sony",
    "Smith",
    "Jones",
    "Brown",
    "Garcia",
    "Mensch",
    "Nakamura",
    "Okafor",
]
CAMEL = [
    "iPhone",
    "iPod",
    "eBay",
    "YouTube",
    "PlayStation",
    "DeepSeek",
    "OpenAI",
    "LinkedIn",
    "McDonald's",
    "MacBook",
    "PayPal",
    "FedEx",
    "WhatsApp",
    "JavaScript",
    "GitHub",
    "SpaceX",
    "BlackBerry",
    "DreamWorks",
    "HarperCollins",
]
NUMBERS = ["2004", "3.5%", "£12m", "$4.2bn", "1,200", "15", "0.25", "10am"]

_word = st.one_of(
    st.sampled_from(LOWER).filter(bool),
    st.sampled_from(CAPITALISED),
    st.sampled_from(CAMEL),
    st.sampled_from(NUMBERS),
)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(LOWER + CAPITALISED))
    first = first[0].upper() + first[1:]
    rest = draw(st.lists(_word, min_size=3, max_size=18))
    words = [first, *rest]
    if draw(st.booleans()) and len(words) > 5:
        words[2] = words[2] + ","
    end = draw(st.sampled_from([".", ".", ".", "?", "!"]))
    text = " ".join(words) + end
    if draw(st.integers(0, 5)) == 0:
        text = f"“{text}” {draw(st.sampled_from(['he said.', 'she said.', 'they said.']))}"
    return text


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=5)))


def _no_furniture(words: list[str]) -> bool:
    """A title is no line that the boilerplate library takes ("More on this", "The more
    on": a page's furniture at its top, where a scraper leaves it before the headline, not
    a headline); the paragraphs of prose are drawn freely."""
    from cleantext.passes.boilerplate_library import library

    title = " ".join(words)
    # the regex module draws from the global random generator when it trims its cache of
    # patterns (the library compiles some on first use): Hypothesis forbids that in a draw
    state = random.getstate()
    try:
        return library().classify(title[0].upper() + title[1:]) is None
    finally:
        random.setstate(state)


@st.composite
def article(draw: st.DrawFn) -> str:
    title_words = draw(
        st.lists(st.sampled_from(LOWER + CAPITALISED), min_size=3, max_size=9).filter(_no_furniture)
    )
    title = " ".join(title_words)
    title = title[0].upper() + title[1:]
    paras = draw(st.lists(paragraph(), min_size=1, max_size=6))
    return "\n\n".join([title, *paras]) + "\n"
