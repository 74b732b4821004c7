"""Lone C1 control characters: a Windows-1252 character read as Latin-1, or a stray byte.

Text written in Windows-1252 and read as Latin-1 holds C1 controls (U+0080 to U+009F) where
the writer put curly quotes, dashes, "…", "€" or "š": ``don\\x92t`` is "don’t". ftfy maps
every C1 control so, wherever it stands; but a stray byte inside a word is no character of
the text (``the\\x9f distance`` is not "theŸ distance"). A C1 control that stands alone
(no other character of the bytes 0x80 to 0xFF beside it, so no UTF-8 sequence holds it) is
read as its Windows-1252 character only where that character fits (a closing quote after a
word, a dash between words, "š" inside a word that is no English word without it), and is
dropped otherwise, like the five codes that Windows-1252 leaves undefined.

>>> settle_lone_c1("He said \\x93hello\\x94 and don\\x92t go.")
'He said “hello” and don’t go.'
>>> settle_lone_c1("the heat or the\\x9f distance, a lectu\\x85re, Ko\\x9aice")
'the heat or the distance, a lecture, Košice'
"""

from __future__ import annotations

import regex

from cleantext.passes.sentences_lexicon import _words

# The characters that the bytes 0x80 to 0xFF read as in Windows-1252 or Latin-1: a C1
# control beside one of them may be part of a damaged UTF-8 sequence, which ftfy reads.
_HIGH = frozenset(
    bytes(range(0x80, 0x100)).decode("latin-1")
    + "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0x100))
)
#: A C1 control character (one; ``C1.sub`` drops every one).
C1 = regex.compile(r"[\x80-\x9f]")
_LETTERS_BEFORE = regex.compile(r"\p{L}++\Z")
_LETTERS_AFTER = regex.compile(r"\p{L}++")
_WORD_REACH = 40  # letters read either side for the word test
_MODIFIERS = frozenset("\u02c6\u02dc")  # "ˆ" and "˜": letters to Python, signs in text


def settle_lone_c1(line: str) -> str:
    """``line`` with each lone C1 control read as its Windows-1252 character where that
    fits the characters around it, and dropped where it does not (see the module).

    >>> settle_lone_c1("cost \\x80100 \\x96 a 5\\x89 rise"), settle_lone_c1("x\\x90y")
    ('cost €100 – a 5‰ rise', 'xy')
    """
    if C1.search(line) is None:
        return line
    out: list[str] = []
    last = 0
    for m in C1.finditer(line):
        i = m.start()
        before = line[i - 1] if i > 0 else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if before in _HIGH or after in _HIGH:
            continue  # part of a sequence: ftfy reads it
        char = bytes([ord(m.group())]).decode("cp1252", errors="ignore")
        out.append(line[last:i])
        if char and _fits(char, line, i):
            out.append(char)
        last = i + 1
    out.append(line[last:])
    return "".join(out)


def _fits(char: str, line: str, i: int) -> bool:
    """Whether the Windows-1252 character ``char`` fits where the C1 control at ``i``
    stands.

    >>> _fits("\\u201d", "t\\x94o", 1), _fits("\\u201d", "hello\\x94 and", 5)
    (False, True)
    """
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    left = _LETTERS_BEFORE.search(line, max(0, i - _WORD_REACH), i)
    right = _LETTERS_AFTER.match(line, i + 1, i + 1 + _WORD_REACH)
    if char.isalpha() and char not in _MODIFIERS:
        # a letter ("š", "Ž", "ƒ"): never one that leaves an English word in lower case
        # when dropped ("op\x9eeration"; "L’HA\x9f-LES-ROSES" is in capitals)
        letters = (left.group() if left else "") + (right.group() if right else "")
        if letters.islower() and _word(letters):
            return False
        return _letter_fits(char, before, after)
    if left and right and char != "\u2019" and _word(left.group() + right.group()):
        return False  # "lectu…re", "op—eration": a stray byte inside a word
    return _sign_fits(char, before, after)


def _letter_fits(char: str, before: str, after: str) -> bool:
    """A letter of Windows-1252's upper half: "ƒ" before no letter ("ƒ/2.8"), a capital
    opening a word or inside capitals ("Škoda", "BENEŠ"; "Ÿ" only there), a small letter
    beside a letter."""
    if char == "\u0192":
        return not after.isalpha()
    if char.isupper():
        capitals = before.isupper() or after.isupper()
        return capitals or (char != "\u0178" and not before.isalpha() and after.isalpha())
    return before.isalpha() or after.isalpha()


def _sign_fits(char: str, before: str, after: str) -> bool:
    """A sign of Windows-1252's upper half, by what stands either side of it."""
    blank_before = before == "" or before.isspace()
    blank_after = after == "" or after.isspace()
    word_before = before.isalnum()
    word_after = after.isalnum()
    if char == "\u2019":  # an apostrophe or a closing quote: beside a word or a sign
        return not (blank_before and blank_after)
    if char in "\u2018\u201c\u201d":
        # quotes open or close ("\u201cso\u201d"; German closes with "\u201c",
        # "\u201eja\u201c,"): beside text, never inside a word
        inside = before.isalpha() and after.isalpha()
        return not inside and not (blank_before and blank_after)
    if char in "\u201a\u201e\u2039":  # low and angle marks open: before text, not after a word
        return not word_before and not blank_after
    if char == "\u203a":  # closes: after text, not before a word
        return not blank_before and not word_after
    if char == "\u20ac":  # "€100", "100 €"
        return not before.isalpha() and not after.isalpha()
    if char == "\u2122":  # "Windows™ 10"
        return not blank_before and not word_after
    if char == "\u2030":  # "5‰"
        return before.isdigit()
    if char in "\u02c6\u02dc":  # a lone circumflex or tilde
        return not before.isalpha() and not after.isalpha()
    if char == "\u2022":  # a bullet opens an item or stands between blanks
        return blank_before or blank_after
    if char in "\u2013\u2014" and before:
        # a dash stands between blanks or between words, not half-spaced ("to \u2014read")
        return not ((blank_before and after.isalpha()) or (before.isalpha() and blank_after))
    return True  # dashes, "…", daggers: between words or signs alike


def _word(letters: str) -> bool:
    return len(letters) > 1 and letters.lower() in _words()
