"""A word glued to the number that opens the next sentence, for
:mod:`cleantext.passes.sentences`: "their forecasts2024 proved the point", "the results
day310,000 students". Private to the sentences pass.

The scan of :func:`~cleantext.passes.sentences_evidence._chunks` hands over where a
lower-case ASCII letter stands right before a digit; :func:`number_junctions` reads each
place and decides it. A lost ". " is repaired only between an English word of four
letters or more (three before thousands) and a year, a number with thousands separators,
a percentage, a number of millions or one that a part of a whole follows ("patients12 of
those") that prose follows, and between a dated day of the week and any number ("on
Tuesday2024 was"); other numbers ("minutes12 cookies") are suggested, and tokens that
are names ("covid19", "mp3", "area51"), words that a number goes on ("years 2020", "page
12") and anything in a text that talks code are left alone or only suggested.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from cleantext.passes.sentences_lexicon import _DATE_BEFORE, _DATES, _MONTHS, Lexicon

# The word before the digit: lower-case letters that no letter, digit or joining
# character ("half-time2", "file_2", "user@host2", "v1.2") stands before.
_LEFT = regex.compile(r"(?<![\p{L}\p{N}\p{M}@#/\\._&'\u2019+-])\p{Lu}?+\p{Ll}{3,}+\Z")
# The days of the week: a number glued to one opens the next sentence ("on Tuesday2024
# was its busiest year"); no number goes on a weekday's name.
_WEEKDAYS = _DATES - _MONTHS
# The word right before a token ("on" in "on Tuesday2024").
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}++) \Z")
# A part of a whole after a number ("12 of those 14 patients"): a sentence opens so.
_PART_OF = regex.compile(r"[ \u00a0]of (?:the|those|these|them|its|their)\b")
# The number (maybe a percentage) and what follows it: a space and a lower-case word.
_NUMBER = regex.compile(r"(\d{1,3}(?:,\d{3})++|\d++)(%)?+(?=[ \u00a0]\p{Ll})")
_YEAR = regex.compile(r"1[5-9]\d\d|20\d\d")
_GROUPED = regex.compile(r"\d{1,3}(?:,\d{3})++")
_QUANTITY = regex.compile(r"[ \u00a0](?:million|billion|trillion|thousand|hundred)\b")
# Words that a number goes on inside a sentence: "years 2020 and 2021", "page 12", "top
# 10 list": glued to one, the number lost its space, not a period.
_TAKES_A_NUMBER = frozenset(
    [
        "page", "pages", "chapter", "verse", "route", "room", "number",
        "version", "season", "episode", "level", "area", "class", "grade", "group", "section",
        "article", "paragraph", "clause", "flight", "gate", "platform", "line", "highway",
        "interstate", "model", "series", "generation", "around", "about", "over", "under",
        "nearly", "almost", "some", "than", "between", "since", "until", "till", "from",
        "after", "before", "during", "within", "through", "circa", "aged", "age", "ages",
        "hours", "minutes", "seconds",
        "july", "june", "march", "april", "may", "august", "september", "october",
        "november", "december", "january", "february", "only", "just", "least", "most",
        "exactly", "roughly", "approximately", "another", "team", "ward", "district",
        "zone", "block", "floor", "stage", "round", "match", "game", "race", "lane",
        "track", "figure", "table", "appendix", "schedule", "exhibit", "part", "volume",
        "issue", "item", "step", "phase", "wave", "batch", "term", "size", "code", "unit",
    ]
)  # fmt: skip
# Words of time that a number goes on ("day 3", "week 12", "year 2025"), but no number
# with thousands separators ("results day310,000 students").
_TAKES_A_TIME = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years"])
#: A decision: where the ". " goes, EDIT or SUGGEST, and the note.
Found = tuple[int, int, str]


def lower_digit_places(classes: bytes) -> list[int]:
    """Where a digit follows three lower-case ASCII letters in the class bytes of
    :func:`~cleantext.passes.sentences_evidence._chunks` (``aaa`` then ``0``): the digits'
    positions, found with byte searches.

    >>> lower_digit_places(b"aaaa0000 aA a0 aaa0")
    [4, 18]
    """
    found: list[int] = []
    i = classes.find(b"aaa0")
    while i >= 0:
        found.append(i + 3)
        i = classes.find(b"aaa0", i + 4)
    return found


def number_junctions(
    text: str,
    places: list[int],
    lex: Lexicon,
    known: Callable[[str], bool],
    code: Callable[[], bool],
    edit: int,
    suggest: int,
) -> list[Found]:
    """The decisions on the junctions at ``places`` (digits after a lower-case letter):
    ``known`` says whether a token is a word of its own (the bundled lists, the batch
    vocabulary), ``code`` whether the text talks code (asked once, when needed).

    >>> from cleantext.passes.sentences_lexicon import lexicon
    >>> lex = lexicon((), ())
    >>> text = "It beat their forecasts2024 proved them wrong."
    >>> number_junctions(text, [23], lex, lambda w: False, lambda: False, 1, 2)
    [(23, 1, 'lost ". " in "forecasts2024": "forecasts" ends a sentence, a year opens the next')]
    """
    found: list[Found] = []
    talks_code: bool | None = None
    for pos in places:
        decided = _decide(text, pos, lex, known)
        if decided is None:
            continue
        level, note = decided
        if level == "edit":
            if talks_code is None:
                talks_code = code()
            if talks_code:
                level, note = "suggest", f"possibly a {note}; the text talks code"
        found.append((pos, edit if level == "edit" else suggest, note))
    return found


def _decide(
    text: str, pos: int, lex: Lexicon, known: Callable[[str], bool]
) -> tuple[str, str] | None:
    """("edit" or "suggest", note) for the junction before the digit at ``pos``, or None."""
    left_m = _LEFT.search(text, max(0, pos - 40), pos)
    num_m = _NUMBER.match(text, pos)
    if left_m is None or num_m is None:
        return None
    left, number = left_m.group(), num_m.group(1)
    token = f"{left}{number}"
    if left[0].isupper():
        before = _WORD_BEFORE.search(text, max(0, left_m.start() - 12), left_m.start())
        dated = before is not None and before.group(1).lower() in _DATE_BEFORE
        if left not in _WEEKDAYS or known(token) or not dated:
            return None  # "the Monday5 blog": a name
        return "edit", f'lost ". " in "{token}": "{left}" ends a sentence, a number opens the next'
    if not lex.is_word(left) or known(token):
        return None
    year = _YEAR.fullmatch(number) is not None
    grouped = _GROUPED.fullmatch(number) is not None
    if len(left) < 4 and not grouped:
        return None  # "mp3", "top10", "gen2": names as often as not
    if left in lex.glue_words or left in _TAKES_A_NUMBER or (left in _TAKES_A_TIME and not grouped):
        return None  # "from2024 to", "page12 of", "years2020 and": a lost space, if anything
    quantity = num_m.group(2) is not None or _QUANTITY.match(text, num_m.end()) is not None
    part = _PART_OF.match(text, num_m.end()) is not None  # "patients12 of those 14"
    if year or grouped or quantity or part:
        what = "a year" if year else "a number"
        return "edit", f'lost ". " in "{token}": "{left}" ends a sentence, {what} opens the next'
    if len(number) >= 2:
        return "suggest", f'possibly a lost ". " in "{token}": not enough evidence'
    return None
