"""No-break spaces typeset on purpose, for :mod:`cleantext.passes.whitespace`: which narrow
(``U+202F``) and plain (``U+00A0``) no-break spaces a text's typography put where they are,
and which are a web page's ``&nbsp;`` standing for a space.

A no-break space between two groups of digits (``50\u00a0000``), between a number and the
sign of its unit (``2,50\u00a0€``) or where French typography puts one is typeset wherever
it stands. Others are typeset in a typeset text (:func:`typeset_text`): one with two or
more no-break spaces, each standing where typography puts one: after a number
(``5\u00a0km``, ``16\u00a0mars``), before a unit or a currency sign
(``100\u00a0million\u00a0°C``), after a Polish or Czech word of one letter
(``w\u00a0środę``, ``v\u00a0pondělí``), before a number after a sign or an abbreviation
(``€\u00a05``, ``godz.\u00a010``), after an abbreviation that a number opens
(``230\u00a0mld.\u00a0Kč``). One between two words (``The\u00a0council``, ``a\u00a0year``),
or beside a plain space (``met.\u00a0 It``), is a web page's: then none of the text's is
typeset, and each becomes a space; so does a lone one (``21\u00a0etapas``).

>>> from cleantext.passes.typeset import nbsp_typeset
>>> polish = "Sejm zbierze się w\u00a0środę o\u00a0godz.\u00a010."
>>> [nbsp_typeset(polish, i) for i, c in enumerate(polish) if c == "\u00a0"]
[True, True, True]
>>> page = "The\u00a0council met in\u00a0March."
>>> [nbsp_typeset(page, i) for i, c in enumerate(page) if c == "\u00a0"]
[False, False]
"""

from __future__ import annotations

import functools

import regex

from cleantext.passes.spaces import ZERO_WIDTH

# What a no-break space stands before or after where French typography puts it, and where
# a narrow one is typeset before a percent or euro sign.
_FRENCH_BEFORE = frozenset(";:!?\u00bb\u203a")
_FRENCH_AFTER = frozenset("\u00ab\u2039")
_NARROW_BEFORE = _FRENCH_BEFORE | frozenset("%\u2030\u20ac")
# A no-break space that French typography puts inside guillemets and before ";:!?".
# (alone: one beside another space is part of a run that becomes a space)
_FRENCH_NBSP = regex.compile(
    "(?<![\\s\u200b\u2060\ufeff])[\u00a0\u202f][;:!?\u00bb\u203a]"
    "|[\u00ab\u2039][\u00a0\u202f](?![\\s\u200b\u2060\ufeff])"
)
# Signs that a number's unit or currency opens with ("°C", "µm", "€", "±0.2").
_UNIT_SIGNS = frozenset(
    "%\u2030°\u00b5\u03bc\u00b1\u20ac\u00a3$\u00a5\u20b9\u20ba\u20bd\u20a9\u20bf\u2103\u2109"
)
# The words of one letter that Polish, Czech and Slovak typography keeps on the line of the
# word after them ("w\u00a0środę", "v\u00a0pondělí"): prepositions and conjunctions, not the
# English "a" and "I", which no typography binds.
_ONE_LETTER_WORDS = frozenset("wzouvskiWZOUVSKI")
# The longest abbreviation with a period that a no-break space follows ("godz.", "mld.").
_ABBREVIATION_LETTERS = 5
# Characters of no width that the whitespace pass removes (:data:`spaces.ZERO_WIDTH`).
_ZERO_WIDTH = frozenset(ZERO_WIDTH)
# The fewest no-break spaces that make a text's typography: one alone may be a page's.
_TYPESET_AT_LEAST = 2
# The widest look at the words on either side of a no-break space.
_REACH = 24


def narrow_typeset(before: str, after: str) -> bool:
    """Whether a narrow no-break space (U+202F) between ``before`` and ``after`` is typeset
    on purpose: inside French guillemets and before ``;:!?``, before a percent or euro
    sign, or after a number, before its next digit group or its unit (``2\u202f735``,
    ``34\u202f°C``, ``10\u202fh``, ``10:30\u202fAM``).

    >>> narrow_typeset("e", ";"), narrow_typeset("\u00ab", "I"), narrow_typeset("2", "7")
    (True, True, True)
    >>> narrow_typeset("a", "b")
    False
    """
    return after in _NARROW_BEFORE or before in _FRENCH_AFTER or before.isdigit()


def nbsp_typeset(text: str, at: int) -> bool:
    """Whether the lone no-break space (U+00A0) at ``at`` in ``text`` is typeset on purpose:
    where French typography puts one, between two groups of digits (``50\u00a0000``) or
    between a number and its unit's sign (``2,50\u00a0€``), always; where typography puts
    one beside a number, a unit or a word of one letter
    (:func:`_typographic`), when the text is typeset (:func:`typeset_text`). Elsewhere it
    is a web page's ``&nbsp;``, a plain space.

    >>> nbsp_typeset("Prochain match\u00a0:", 14), nbsp_typeset("50\u00a0000", 2)
    (True, True)
    >>> nbsp_typeset("It spent 5\u00a0million and 6\u00a0billion.", 10)
    True
    >>> nbsp_typeset("It spent 5\u00a0million.", 10)
    False
    >>> nbsp_typeset("The\u00a0council spent 5\u00a0million.", 19)
    False
    """
    if _french_or_grouped(text, at) or _before_unit_sign(text, at):
        return True
    return _typographic(text, at) and (typeset_text(text) or _typeset_in_french(text))


def _before_unit_sign(text: str, at: int) -> bool:
    """Whether the no-break space at ``at`` stands between a number and the sign of its
    unit or currency (``2,50\u00a0€``, ``12\u00a0%``, ``34\u00a0°C``): typeset wherever
    it stands."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1] in _UNIT_SIGNS


def _typographic(text: str, at: int) -> bool:
    """Whether the lone no-break space at ``at`` stands where typography puts one: after a
    number, before a unit or currency sign, after a word of one letter, before a number
    after a sign or an abbreviation, or after an abbreviation that a number opens."""
    if at == 0 or at + 1 >= len(text) or _spacing(text[at - 1]) or _spacing(text[at + 1]):
        return False  # beside another space, or a zero-width one that the pass removes
    prev = _word_before(text, at)
    after = text[at + 1]
    if prev[-1:].isdigit() or after in _UNIT_SIGNS or prev in _UNIT_SIGNS:
        return True  # "5\u00a0km", "million\u00a0°C", "€\u00a05"
    bare = prev.lstrip("\"'(\u201e\u201c\u2018\u00ab")
    if bare in _ONE_LETTER_WORDS:
        return True  # "w\u00a0środę", "v\u00a0pondělí" (not the English "a year")
    if bare.endswith(".") and 1 < len(bare) <= _ABBREVIATION_LETTERS + 1 and bare[:-1].isalpha():
        # "godz.\u00a010", "230\u00a0mld.\u00a0Kč": an abbreviation before a number, or one
        # that a number opens
        return after.isdigit() or _word_before(text, at - len(prev) - 1)[-1:].isdigit()
    return False


def _spacing(c: str) -> bool:
    """Whether ``c`` is a space of any width, zero-width ones included."""
    return c.isspace() or c in _ZERO_WIDTH


def _word_before(text: str, at: int) -> str:
    """The run of text with no space in it that ends right before ``at`` (at most a short
    reach)."""
    start = at
    lo = max(0, at - _REACH)
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return text[start:at]


@functools.lru_cache(maxsize=1)
def typeset_text(text: str) -> bool:
    """Whether every no-break space of ``text`` stands alone where typography puts one
    (:func:`_typographic`), or French typography sets it: read once a text.

    >>> typeset_text("Vláda v\u00a0pondělí schválila 230\u00a0mld.\u00a0Kč.")
    True
    >>> typeset_text("It spent 5\u00a0million.\u00a0 The\u00a0council met.")
    False
    """
    at = text.find("\u00a0")
    typeset = 0
    while at >= 0:
        beside = (at > 0 and _spacing(text[at - 1])) or (
            at + 1 < len(text) and _spacing(text[at + 1])
        )
        if beside or not (_typographic(text, at) or _french_or_grouped(text, at)):
            return False  # between two words, or beside another space: "met.\u00a0 It"
        typeset += 1
        at = text.find("\u00a0", at + 1)
    # one alone is no typography: "21\u00a0etapas" where "3.151 kilómetros" has a space
    return typeset >= _TYPESET_AT_LEAST


def _french_or_grouped(text: str, at: int) -> bool:
    """Whether the no-break space at ``at`` stands where French typography puts one
    (inside guillemets, before ``;:!?``) or between two groups of digits (``50\u00a0000``)."""
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    return (
        before in _FRENCH_AFTER or after in _FRENCH_BEFORE or (before.isdigit() and after.isdigit())
    )


@functools.lru_cache(maxsize=1)
def _typeset_in_french(text: str) -> bool:
    """Whether ``text`` sets French no-break spaces anywhere: searched once a text, not
    once for each no-break space after a digit."""
    return _FRENCH_NBSP.search(text) is not None
