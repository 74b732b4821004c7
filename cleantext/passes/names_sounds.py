"""The opening sounds of names, for :mod:`cleantext.passes.names`: the first letters (and
the openings of two letters) that write the same sound, so that a variant may open with
another of them ("Karvell" for Carvell, "Filips" for Philips), and the spellings of one
given name ("Mateo" for Matteo, "Markus" for Marcus).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

# First letters that transliteration and dictation swap while the name sounds the same
# ("Selenskyj" for Zelensky, "Qaddafi" for Gaddafi, "Kristina" for Cristina, "Jorgen" for
# Georgen).
_PAIRS = (
    ("c", "k"),
    ("k", "q"),
    ("g", "q"),
    ("g", "j"),
    ("s", "z"),
    ("j", "y"),
    ("i", "y"),
    ("v", "w"),
)


def _alike(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each letter of ``pairs`` and the letters paired with it, both ways.

    >>> sorted(_alike([("c", "k"), ("k", "q")])["k"])
    ['c', 'q']
    """
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        if a != b:
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {x: frozenset(v) for x, v in out.items()}


_SOUND_ALIKE = _alike(_PAIRS)
# Openings of two letters that sound as one ("Filips" for Philips, "Nox" for Knox, "Right"
# for Wright, "Kristof" for Christof): the letter they sound as, and the letters it stands
# for ("chr" is "k" and "r").
_TWO_LETTER_OPENINGS = {"ph": "f", "kn": "n", "wr": "r", "chr": "k", "chl": "k"}
# The first letters a variant may have, for the lookups by first letter: those that sound
# alike and those of the openings of two letters ("f" for a name opening with "ph").
_FIRST_LETTERS_ALIKE = _alike([*_PAIRS, *((two[0], b) for two, b in _TWO_LETTER_OPENINGS.items())])


def _opening(fold: str) -> tuple[str, str]:
    """The opening sound of a fold, as one letter, and the rest of it.

    >>> _opening("philips"), _opening("knox"), _opening("karvell"), _opening("christof")
    (('f', 'ilips'), ('n', 'ox'), ('k', 'arvell'), ('k', 'ristof'))
    """
    for opening in (fold[:3], fold[:2]):
        sound = _TWO_LETTER_OPENINGS.get(opening)
        if sound is not None:
            return sound, fold[2:]
    return fold[:1], fold[1:]


def _sounds_first(a: str, b: str) -> bool:
    """The folds ``a`` and ``b`` open with the same sound: the same first letter, two
    that sound alike (C/K, K/Q, G/Q, G/J, S/Z, J/Y, I/Y, V/W), or an opening of two
    letters that sounds as one (F for Ph, N for Kn, R for Wr, K for the Ch of Chr, Chl).

    >>> _sounds_first("karvell", "carvell"), _sounds_first("filips", "philips")
    (True, True)
    >>> _sounds_first("nox", "knox"), _sounds_first("kox", "nox")
    (True, False)
    >>> _sounds_first("pilips", "filips"), _sounds_first("gones", "bones")
    (False, False)
    """
    x, y = a[:1], b[:1]
    if x == y:
        return bool(x)
    p, q = _opening(a)[0], _opening(b)[0]
    return p == q or q in _SOUND_ALIKE.get(p, ())


def _respelt_opening(a: str, b: str) -> bool:
    """Only the opening sound of ``b`` is written another way in ``a``: one first letter
    for one that sounds alike ("Karvell" for Carvell, "Gessamy" for Jessamy) or a letter for an
    opening of two ("Filips" for Philips, "Nox" for Knox).

    >>> _respelt_opening("karvell", "carvell"), _respelt_opening("filips", "philips")
    (True, True)
    >>> _respelt_opening("karvill", "carvell"), _respelt_opening("carvell", "carvell")
    (False, False)
    """
    if a[:1] == b[:1] or not _sounds_first(a, b):
        return False
    return _opening(a)[1] == _opening(b)[1]


# First letters that differ only in voice, which dictation and transcription confuse ("Pordwell"
# for Bordwell, "Dalvenney" for Talvenney, "Kesselin" for Gesselin): read so only after the
# person's given name, with nothing else changed.
_VOICED = _alike((("b", "p"), ("d", "t"), ("g", "k")))


def _revoiced_opening(a: str, b: str) -> bool:
    """Only the first letter of ``b`` is written in ``a`` as its voiced or voiceless twin
    (B/P, D/T, G/K).

    >>> _revoiced_opening("pordwell", "bordwell"), _revoiced_opening("dalvenney", "talvenney")
    (True, True)
    >>> _revoiced_opening("perdwell", "bordwell"), _revoiced_opening("mordwell", "bordwell")
    (False, False)
    """
    return a[1:] == b[1:] and a[:1] in _VOICED.get(b[:1], ())


# Spellings that write one sound inside a given name, as languages and habits spell it
# ("Markus" for Marcus, "Stefan" for Stephan, "Tomas" for Thomas, "Ximena" for Jimena,
# "Alexandra" for Aleksandra):
# read as one letter when two given names are compared.
_ONE_SOUND = (("ph", "f"), ("th", "t"), ("ck", "k"), ("c", "k"), ("ks", "x"))
_DOUBLED = regex.compile(r"(\p{L})\1++")


def _spelling_key(fold: str) -> str:
    """The spelling key of a given name's fold: one letter for each sound of
    :data:`_ONE_SOUND`, doubled letters written once, an opening X as J.

    >>> _spelling_key("matteo"), _spelling_key("stephan"), _spelling_key("ximena")
    ('mateo', 'stefan', 'jimena')
    """
    key = fold
    for spelt, sound in _ONE_SOUND:
        key = key.replace(spelt, sound)
    key = str(_DOUBLED.sub(r"\1", key))
    return "j" + key[1:] if key.startswith("x") else key


def _one_given_name(a: str, b: str) -> bool:
    """The folds ``a`` and ``b`` are two spellings of one given name, as translation and
    habit write it: a letter doubled or not ("Mateo" for Matteo, "Fin" for Finn), C for K
    ("Markus" for Marcus), F for Ph, T for Th, X for Ks ("Alexandra" for Aleksandra), J
    for an opening X. A name of another form
    ("Martina" for Martin, "Jeanne" for Jean) is another person's.

    >>> _one_given_name("mateo", "matteo"), _one_given_name("markus", "marcus")
    (True, True)
    >>> _one_given_name("martina", "martin"), _one_given_name("jeanne", "jean")
    (False, False)
    >>> _one_given_name("matteo", "matteo"), _one_given_name("jo", "joo")
    (False, False)
    """
    if a == b or min(len(a), len(b)) < 3:
        return False
    return _spelling_key(a) == _spelling_key(b)
