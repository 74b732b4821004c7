"""Digits a scanner read for letters in a name, for :mod:`cleantext.passes.names`.

Optical character recognition reads a letter o as the digit 0, an l or an I as 1 and an
s as 5 ("Sch0lz", "0laf", "Macr0n"). A word that mixes letters with those digits and,
read with letters in their place, spells a word of a canonical name exactly is that
name's word; nothing else is read this way, so "10km", "B52" and "5G" stay as they are.

>>> readings("Chancellor 0laf Scholz met Macr0n.", {"olaf": "Olaf", "macron": "Macron"})
[(11, 15, 'Olaf'), (27, 33, 'Macron')]
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

import regex

# A digit a scanner may misread for a letter, beside a letter: where to look for a word.
_MISREAD = regex.compile(r"[015](?=\p{L})|(?<=\p{L})[015]")
# What may stand before and after such a word: not a handle, a path, an address or an
# identifier ("user_b00k", "@sch0lz", "sch0lz.com").
_BEFORE = frozenset("_@/#\\.-")
_AFTER = frozenset("_@/\\-")

# The letters each digit may stand for, most likely first.
_LETTERS = {"0": "o", "1": "li", "5": "s"}
# A word with more misread digits than this is a code, not a scanned name.
_MOST_DIGITS = 3
# A word longer than this is no word of a name.
_LONGEST = 40


def readings(text: str, words: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Each word of ``text`` that spells one of ``words`` (casefold -> the name's word)
    once its misread digits are read as letters: ``(start, end, the word as the name
    writes it)``, in capitals where the word is ("SCH0LZ" -> "SCHOLZ").

    >>> readings("SCH0LZ and Sch0lz, not 5G or B52", {"scholz": "Scholz"})
    [(0, 6, 'SCHOLZ'), (11, 17, 'Scholz')]
    """
    if not words:
        return []
    found: list[tuple[int, int, str]] = []
    done = 0  # the end of the last word read: each word is read once, whatever it holds
    for m in _MISREAD.finditer(text):
        if m.start() < done:
            continue
        start, end = _word_around(text, m.start())
        done = end
        if (
            end - start > _LONGEST
            or (start and text[start - 1] in _BEFORE)
            or (
                end < len(text)
                and (
                    text[end] in _AFTER or (text[end] == "." and text[end + 1 : end + 2].isalpha())
                )
            )
        ):
            continue
        name = _read(text[start:end], words)
        if name is not None:
            found.append((start, end, name))
    return found


def _word_around(text: str, k: int) -> tuple[int, int]:
    """The span of the word of letters and digits around ``text[k]``.

    >>> _word_around("said Sch0lz, who", 8)
    (5, 11)
    """
    start = k
    while start and text[start - 1].isalnum():
        start -= 1
    end = k + 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _read(word: str, words: Mapping[str, str]) -> str | None:
    """The name's word that ``word`` spells with its digits read as letters, if any.

    >>> _read("Macr0n", {"macron": "Macron"}), _read("0lympic", {"macron": "Macron"})
    ('Macron', None)
    """
    digits = [k for k, c in enumerate(word) if c in _LETTERS]
    if len(digits) > _MOST_DIGITS or any(c.isdigit() for c in word if c not in _LETTERS):
        return None
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return None
    capitals = all(c.isupper() for c in letters)
    for choice in itertools.product(*(_LETTERS[word[k]] for k in digits)):
        chars = list(word)
        for k, letter in zip(digits, choice, strict=True):
            chars[k] = letter
        name = words.get("".join(chars).casefold())
        if name is None:
            continue
        spelt = name.upper() if capitals else name
        if len(spelt) != len(word):
            continue
        # every letter the word has is the name's own, in the name's case
        if all(a == b for a, b in zip(word, spelt, strict=True) if a.isalpha()):
            return spelt
    return None
