"""Hostile input: the pipeline finishes and behaves; sizes here are moderate.

The full-size inputs (50 MB line, a million capitalised tokens, ...) and their timings
(n vs 8n) live in ``benchmarks/hostile.py``: tests assert behaviour, never time.
"""

from __future__ import annotations

import pytest

from cleantext import Pipeline

PIPE = Pipeline.default(["Arthur Mensch", "DeepSeek", "Marie Curie"])

HOSTILE = {
    "long single line": "word " * 60_000,
    "capitalised tokens": "Alpha Beta Gamma Delta " * 25_000,
    "aA repeated": "aA" * 150_000,
    "no whitespace": "x" * 300_000,
    "camel chain": "fooBarBazQux" * 20_000,
    "glued sentences": "endThe " * 40_000,
    "repeated ad lines": "Advertisement\n" * 30_000 + "Text.\n",
    "repeated ad paragraphs": "Advertisement\n\nText one\n\n" * 10_000,
    "NUL bytes": "a\x00b\x00" * 50_000,
    "lone surrogates": "x\ud800y\udfffz " * 20_000,
    "mixed newlines": "one\r\ntwo\rthree\nfour\n\r\n" * 20_000,
    "periods": "." * 200_000,
    "dots and capitals": "a.B" * 100_000,
    "mojibake everywhere": "itâ€™s " * 40_000,
    "name-like tokens": "Mansch Mensch Mench Marsh " * 20_000,
    "misspelt mentions all fixed": "Arthur Marsh said Mansh " * 10_000,
    "an entity escaped again and again": "&" + "amp;" * 50_000,
    "a long run of spaces inside a line": "a" + " " * 100_000 + "b",
    "no-break spaces after digits": "5\u00a0m " * 40_000,
    "words glued to numbers": "forecasts2024 proved abc1" * 10_000,
    # one word of letters and digits a scanner may have misread, read once, not once a digit
    "digits among letters": "0a" * 50_000 + " " + "Sch0lz Macr0n 5G B52 " * 5_000,
    "separators between words": "said\x0bthe A\x1fB \x1c" * 20_000,
    "literal blocks of reStructuredText": "Example::\n\n    it\u00e2\u20ac\u2122s\n\n" * 10_000,
    "HTML comments": "<!-- Advertisement -->\nText <!-- x\n" * 10_000,
    "blocks of related headlines": "Most Read\n1. Rates rise again\nWhy bees dance\n\n" * 10_000,
    "quotations glued to words": 'heat"Low and slow" steadily\u201cLess is\u201d ' * 10_000,
    "blank lines": "\n" * 200_000 + "x",
    "spaces": " " * 200_000 + "x",
    "quotes": '"."' * 100_000,
    "invisible characters between glued words": "end\u200bThe \u2060a\ufeffB " * 25_000,
    "ad markers glued in a row": "the dealAdvertisement" * 20_000 + " The end.",
    "glued acronyms on one line": "in the UKQXR refused " * 10_000,
    "distinct glued acronyms": " ".join(
        f"in the {a}{b}{c}{d}XY refused"
        for a in "ABCDEFGHIJ"
        for b in "ABCDEFGHIJ"
        for c in "ABCDEFGHIJ"
        for d in "ABCDE"
    ),
    "dotted names on one line": "a pd.DataFrame or dd.Series " * 10_000,
    "ad lines inside one-line paragraphs": "Title\n\n" + "It rose.\nAdvertisement\n" * 15_000,
    "C1 controls everywhere": "the\x9f cost \x93so\x94 don\x92t \x90x " * 20_000,
    "tabs in prose": "It was\tfree, the council said.\n" * 20_000,
    "interactive prompt lines": ">>> x.Y\nout\n" * 20_000,
    "brackets glued to capitals": "the (ankle sprain)The " * 20_000,
    "closing quotes before camel case": '"It is."ZorbShares ' * 15_000,
    "numbers aligned on the right": "".join(
        f"Name{' ' * (i % 7 + 2)}{i:,}\n" for i in range(20_000)
    ),
    "spellings before connectors": "Arthur Mensch and Mansh di Montalcino, Johan de Mensh " * 8_000,
    "soft hyphens, form feeds, narrow spaces": "over\u00adnight \x0cthe 34\u202f\u00b0C " * 20_000,
    "rows of buttons": "Jump to Recipe Print Recipe\n" * 20_000,
    # runs that the library's price, counter and credit patterns read from a line's start
    "a price run before a shop": "1,234" * 40_000
    + " at Amazon\n"
    + "$9.99 " * 20_000
    + "at Amazon",
    # one capitalised word as long as a page: no name, and no look at its spellings
    "one long capitalised word": "Z" * 30_000 + " and " + "\u00c3" * 30_000,
    # a run of capitals before a word in lower case: no two acronyms glued, however long
    "a long run of capitals before a word": "Z" * 30_000 + " and more.",
    # mojibake and entities packed on one line: each fix of one kind is checked against
    # those of the other, in one sweep, not each against all
    "mojibake and entities on one line": "caf\u00c3\u00a9 &amp; " * 10_000,
    "a counter run before followers": "1.2" * 40_000 + "k followers\n" + "12" * 50_000 + " shares",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_finishes_and_is_stable(name: str) -> None:
    text = HOSTILE[name]
    result = PIPE.run(text)
    assert result.replay() == result.text
    assert PIPE(result.text) == result.text


def test_mixed_newlines_are_kept() -> None:
    text = "One.\r\nTwo.\rThree.\nFour.\n"
    assert PIPE(text) == text
