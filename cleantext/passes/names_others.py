"""Spellings that write another person's name rather than a listed one misspelt, for
:mod:`cleantext.passes.names`: a Chinese given name with a whole syllable replaced by another
("Wenliang" beside Wenjing), a surname written with the listed one's marks that is a surname
of its own ("Jović" beside Jokić), a Japanese surname written as another one ("Takada"
beside Takeda), and a surname with two consonants replaced where no slip of the finger
explains both ("Nebrenko" beside Netrebko).

Each is a judgement on two folds (or two spellings as written), read once a pair.
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

from cleantext.passes import names_match as nm
from cleantext.resources import load_list

# The initials of pinyin, longest first: a syllable is its initial and its final.
_PINYIN_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
# Readings of a fold kept at most (a fold of pinyin has few).
_MAX_READINGS = 16
# The longest fold read as pinyin syllables (a given name of four syllables and more).
_MAX_PINYIN_LETTERS = 24


@functools.cache
def _pinyin() -> frozenset[str]:
    """The syllables of pinyin (``names_pinyin.txt``)."""
    return frozenset(load_list("names_pinyin.txt"))


@functools.lru_cache(maxsize=4096)
def _readings(fold: str) -> tuple[tuple[str, ...], ...]:
    """Every way (up to a few) to read ``fold`` as pinyin syllables, none where it is no
    pinyin ("wenliang": wen-liang, wen-li-ang; "mensch": none).

    >>> _readings("wenjing")
    (('wen', 'jing'),)
    >>> _readings("mensch")
    ()
    """
    if not fold or len(fold) > _MAX_PINYIN_LETTERS or not fold.isascii():
        return ()
    syllables = _pinyin()
    # ends[i]: the readings of fold[i:]
    ends: list[list[tuple[str, ...]]] = [[] for _ in range(len(fold) + 1)]
    ends[len(fold)] = [()]
    for i in range(len(fold) - 1, -1, -1):
        out: list[tuple[str, ...]] = []
        for k in range(i + 1, min(len(fold), i + 6) + 1):
            if fold[i:k] in syllables:
                out.extend((fold[i:k], *rest) for rest in ends[k])
        ends[i] = out[:_MAX_READINGS]
    return tuple(ends[0])


def _initial_final(syllable: str) -> tuple[str, str]:
    """A pinyin syllable as its initial and its final ("liang": l, iang; "an": '', an)."""
    for initial in _PINYIN_INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


# A Chinese name has three syllables at most ("Wenliang", "Ouyang"): a word read as more
# is another language's ("Milanesi", "mi-la-ne-si").
_MAX_NAME_SYLLABLES = 3


def syllable_swapped(a: str, b: str) -> bool:
    """Whether the folds ``a`` and ``b``, each read as two pinyin syllables or more, are
    one reading apart by a whole syllable, its initial and its final both other (a given
    name of its own: "wenliang" beside "wenjing"), and no reading of the two is apart by
    a part of one syllable only, as a slip makes it ("jingping" beside "jinping").

    >>> syllable_swapped("wenliang", "wenjing"), syllable_swapped("jingping", "jinping")
    (True, False)
    >>> syllable_swapped("wenjng", "wenjing"), syllable_swapped("hansen", "hanson")
    (False, False)
    >>> syllable_swapped("milanea", "milanesi")  # no Chinese name has four syllables
    False
    """
    if a == b:
        return False
    swapped = False
    for ra in _readings(a):
        for rb in _readings(b):
            if len(ra) != len(rb) or not 2 <= len(ra) <= _MAX_NAME_SYLLABLES:
                continue
            apart = [(x, y) for x, y in zip(ra, rb, strict=True) if x != y]
            if len(apart) != 1:
                continue
            (ia, fa), (ib, fb) = (_initial_final(s) for s in apart[0])
            if ia != ib and fa != fb:
                swapped = True
            else:
                return False  # one part of a syllable: as a slip writes it
    return swapped


def _non_ascii(word: str) -> str:
    return "".join(c for c in word.casefold() if not c.isascii())


def marks_kept(t: str, listed: str) -> bool:
    """Whether ``t`` writes every letter with a mark of the ``listed`` surname, as listed
    and no other (at least one), and is a known surname of its own: a name written with
    care in its own alphabet, another person's ("Jović" beside Jokić), not the listed one
    garbled.

    >>> marks_kept("Jović", "Jokić"), marks_kept("Jovic", "Jokić")
    (True, False)
    >>> marks_kept("Jokič", "Jokić"), marks_kept("Jokkić", "Jokić")
    (False, False)
    """
    marks = _non_ascii(listed)
    tf = nm.fold(t)
    return bool(marks) and _non_ascii(t) == marks and tf != nm.fold(listed) and tf in nm.surnames()


# The world list's region whose surnames are romanized one way only (Hepburn): a letter
# changed writes another kana and another name.
_ONE_ROMANIZATION = "# Japanese"
# Long vowels, which the romanizations of Japanese write several ways (Ōno, Ohno, Oono;
# Satō, Satoh, Satou): spellings that differ only so are one name.
_LONG_VOWEL = regex.compile(r"(?<=o)[hou]|(?<=u)u|(?<=a)a|(?<=e)e|(?<=i)i")


@functools.cache
def _one_romanization_surnames() -> frozenset[str]:
    """Folded surnames of the world list's Japanese section."""
    text = resources.files("cleantext.data").joinpath("names_surnames_world.txt")
    out: set[str] = set()
    inside = False
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.startswith(_ONE_ROMANIZATION)
        elif inside and line.strip():
            out.add(nm.fold(line.strip()))
    return frozenset(out)


def romanized_other(a: str, b: str) -> bool:
    """Whether the folds ``a`` and ``b`` are two Japanese surnames of the world list one
    letter apart, not two writings of a long vowel: Hepburn spells each kana one way, so
    the letter writes another name ("takada" beside "takeda"), while Korean or Chinese
    names have several romanizations ("jung", "jong").

    >>> romanized_other("takada", "takeda"), romanized_other("ohno", "ono")
    (True, False)
    >>> romanized_other("takeda", "takeda")
    False
    """
    surnames = _one_romanization_surnames()
    return (
        a != b
        and a in surnames
        and b in surnames
        and nm.distance(a, b) == 1
        and _LONG_VOWEL.sub("", a) != _LONG_VOWEL.sub("", b)
    )


_VOWELS = frozenset("aeiouy")


def _consonant(c: str) -> bool:
    return c.isalpha() and c not in _VOWELS


def consonants_replaced(a: str, b: str) -> bool:
    """Whether the folds ``a`` and ``b``, as long, differ in two letters, each a consonant
    written for another, that change the sound of both and are not both typed with the
    key next to the right one: another name ("nebrenko" beside "netrebko"), unless the
    text spells the name elsewhere ("tzvoe" for "tavor" is two keys slipped).

    >>> consonants_replaced("nebrenko", "netrebko"), consonants_replaced("tzvoe", "tavor")
    (True, False)
    >>> consonants_replaced("ginsberg", "ginsburg")
    False
    """
    if len(a) != len(b):
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (
        len(apart) == 2
        and all(_consonant(x) and _consonant(y) for x, y in apart)
        and nm.distance(nm.skeleton(a), nm.skeleton(b)) == 2
        and nm.typed_distance(a, b) > 1.0
    )
