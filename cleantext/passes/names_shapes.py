"""The shapes of words, for :mod:`cleantext.passes.names`: pure helpers on strings.

The capitalised words of a text and the spans in them that may be a surname; the stems
and endings that make another word of a place or its people ("Korea", "Korean"); near
spellings (a letter typed twice or lost, a vowel typed as a consonant, an inner capital);
case and spacing; where a sentence starts; overlapping edits. Private to the names pass.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

import regex

from cleantext.edits import Edit
from cleantext.namelist import NameEntry
from cleantext.passes import names_match as nm

_W = r"\p{L}[\p{L}\p{M}]*+(?:['’]\p{L}[\p{L}\p{M}]*+)*+"
# A capitalised word, possibly hyphenated ("Larsen-Voss", "Marsh-led"), or an Arabic
# surname's article in lower case before one ("al-Suwaidi"), not glued to letters, digits
# or the inside of a handle, path or address on its left.
_UNIT = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_@/\\#'’-])(?:(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{Lu}))?+"
    r"\p{Lu}[\p{L}\p{M}]*+(?:['’]\p{L}[\p{L}\p{M}]*+)*+"
    rf"(?:-{_W})*+"
)
_WORD = regex.compile(_W)
_POSSESSIVE = ("'s", "’s", "'S", "’S")
# The longest capitalised word read as a name (the longest place names run to some 85
# letters): a longer one is no name, and the looks at a word's spellings, some of which
# grow with the square of its length, never see it.
_LONGEST_UNIT = 100
_PLAIN_AFTER = frozenset(" \n\t,;:!?)\"'”’")
_OPENERS = " \t\"'“‘«([*"
_CLOSERS = "\"'”’»)]"


class _Unit(NamedTuple):
    """A capitalised word (or hyphenated compound) of the document."""

    start: int
    end: int  # end of the name itself: a possessive 's is left out
    full_end: int
    text: str


def _second_spelling(fold: str, name: str) -> bool:
    """Whether the fold ``fold`` may be another spelling of the folded ``name``: four
    letters or more, the first letter kept, two edits or fewer ("mansh" for "mensch").

    >>> _second_spelling("mansh", "mensch"), _second_spelling("marsh", "mensch")
    (True, False)
    """
    return len(fold) >= 4 and fold[:1] == name[:1] and nm.distance(fold, name) <= 2


def _people_word(fold: str) -> bool:
    """The fold of a place's people or adjective: a listed place's stem and an ending.

    >>> _people_word("korean"), _people_word("korea"), _people_word("brian")
    (True, False, False)
    """
    places = nm.places()
    return any(
        stem + end in places and stem + end != fold
        for stem in _adjective_stems(fold)
        for end in _PLACE_ENDS
    )


def _own_word(surface: str, edit: Edit, counts: Counter[str], least: int) -> str | None:
    """The word of a variant edit's ``surface`` that it rewrites and that the document
    writes ``least`` times or more and more often than the listed spelling (``counts``,
    case-folded), if any; aliases, case and spacing, and diacritics are never the
    document's own.

    >>> e = Edit(0, 10, "Ravi Hynes", "names/variant", "score 0.60 vs 'Hynes'")
    >>> _own_word("Ravi Hymns", e, Counter({"ravi": 1, "hymns": 5}), 4)
    'Hymns'
    """
    if edit.rule != "names/variant" or edit.note.endswith("(diacritics)"):
        return None
    old, new = _WORD.findall(surface), _WORD.findall(edit.replacement)
    if len(old) != len(new) or sorted(map(str.casefold, old)) == sorted(map(str.casefold, new)):
        return None  # (the words of the name in the other order are no spelling of their own)
    for a, b in zip(old, new, strict=True):
        if marks_lost(a, b):
            continue  # a text that lost a name's marks lost them throughout ("Celik")
        times = counts[a.casefold()]
        if a.casefold() != b.casefold() and times >= least and times > counts[b.casefold()]:
            return str(a)
    return None


# German letters with umlauts as a keyboard without them writes them ("Schaefer").
_UMLAUTS_SPELT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def marks_lost(written: str, listed: str) -> bool:
    """Whether ``written`` is the ``listed`` spelling with its marks taken away: its
    diacritics dropped ("Celik" for Çelik, "Vo" for Võ) or its umlauts spelt out ("Schaefer"
    for Schäfer), as a text that lost them writes them everywhere.

    >>> marks_lost("Celik", "Çelik"), marks_lost("Schaefer", "Schäfer")
    (True, True)
    >>> marks_lost("Çelik", "Çelik"), marks_lost("Celek", "Çelik")
    (False, False)
    """
    if written == listed or listed.isascii():
        return False
    f = nm.fold(written)
    return f == nm.fold(listed) or f == nm.fold(listed.casefold().translate(_UMLAUTS_SPELT))


def _drops_marks(surface: str, replacement: str) -> bool:
    """Whether rewriting ``surface`` as ``replacement`` loses a letter with a diacritic
    that the replacement does not write ("Martínez" as Martinez, "Noël" as Noel): a
    spelling that careful is no garble, whatever the list writes.

    >>> _drops_marks("Martínez", "Martinez"), _drops_marks("Muller", "Müller")
    (True, False)

    A mark written for another on the same letter is a slip, not care ("Kovàcs" for
    Kovács, "Thánh" for Thành):

    >>> _drops_marks("Kovàcs", "Kovács"), _drops_marks("Kovács", "Kovacs")
    (False, True)

    So is the one mark of a name written on another of its letters ("Marquéz" for
    Márquez, "Sanchéz" for Sánchez):

    >>> _drops_marks("Marquéz", "Márquez"), _drops_marks("Sãnchéz", "Sánchez")
    (False, True)
    """
    if _mark_moved(surface, replacement):
        return False
    if len(surface) == len(replacement):
        marked = [not a.isascii() and a.isalpha() for a in surface]
        if all(
            not m or (not b.isascii() and nm.fold(a) == nm.fold(b))
            for m, a, b in zip(marked, surface, replacement, strict=True)
        ) and nm.fold(surface) == nm.fold(replacement):
            return False
    return any(not c.isascii() and c.isalpha() and c not in replacement for c in surface)


def _mark_moved(surface: str, replacement: str) -> bool:
    """``surface`` and ``replacement`` write the same letters with as many marked, all
    as one another but one mark, on another letter in each.

    >>> _mark_moved("García Marquéz", "García Márquez"), _mark_moved("Marquez", "Márquez")
    (True, False)
    """
    if len(surface) != len(replacement) or nm.fold(surface) != nm.fold(replacement):
        return False
    ms = {k for k, c in enumerate(surface) if not c.isascii() and c.isalpha()}
    mr = {k for k, c in enumerate(replacement) if not c.isascii() and c.isalpha()}
    return (
        len(ms - mr) == 1
        and len(mr - ms) == 1
        and all(surface[k] == replacement[k] for k in ms & mr)
    )


def _place_only(name: str) -> bool:
    """A listed place that is no common surname ("Berlin", not "Washington")."""
    f = nm.fold(name)
    return f in nm.places() and f not in nm.surnames()


def _masked(fold: str) -> list[str]:
    """The keys of ``fold`` with one letter, not the first, masked: a name and a spelling
    one letter other than the first away from it share one.

    >>> _masked("samoa")
    ['s?moa', 'sa?oa', 'sam?a', 'samo?']
    """
    return [f"{fold[:k]}?{fold[k + 1 :]}" for k in range(1, len(fold))]


def _masked_entries(table: Mapping[str, tuple[int, ...]], fold: str) -> list[int]:
    """The entries that ``table`` (a lookup by :func:`_masked` key) holds for ``fold``: the
    names one letter other than the first away from it, or the fold itself.

    >>> _masked_entries({"s?moa": (0,), "x?y": (1,)}, "somoa")
    [0]
    """
    return [e for key in _masked(fold) for e in table.get(key, ())]


# The shortest one-word name (and spelling of it) read as that name even right after another
# capitalised word ("The Garden Tollowt"); shorter ones there end another name ("River Talva").
_LONG_VARIANT = 7


def _anchor_surnames(entry: NameEntry) -> tuple[str, ...]:
    toks = entry.tokens
    return (toks[-1],) if len(toks) >= 2 else ()


def _vowel_lost(token: str, name: str) -> bool:
    """Fold ``token`` is fold ``name`` (as long) with one vowel typed as a consonant.

    >>> _vowel_lost("stlne", "stone"), _vowel_lost("hurt", "hart"), _vowel_lost("bell", "belt")
    (True, False, False)
    """
    if len(token) != len(name):
        return False
    diff = [(a, b) for a, b in zip(token, name, strict=True) if a != b]
    return len(diff) == 1 and diff[0][1] in "aeiou" and diff[0][0] not in "aeiouy"


def _vowel_slipped(token: str, name: str) -> bool:
    """``token`` is ``name`` with one vowel typed as the consonant on the key next to it.

    >>> _vowel_slipped("Ksnoda", "Kanoda"), _vowel_slipped("Kbnoda", "Kanoda")
    (True, False)
    """
    tf, nf = nm.fold(token), nm.fold(name)
    return _vowel_lost(tf, nf) and nm.key_slip(tf, nf)


# Party affiliations written before a person's name ("Republican Phil Bryant", "Tory
# Edward Turnour"); "Green" is left out, a surname too.
_AFFILIATIONS = frozenset(
    (
        *("republican", "republicans", "democrat", "democrats", "democratic", "tory"),
        *("tories", "labour", "conservative", "conservatives", "liberal", "unionist"),
        *("nationalist", "socialist", "communist"),
    )
)


@functools.lru_cache(maxsize=4096)
def _modifier(word: str) -> bool:
    """A capitalised word that describes the person after it rather than naming them: a
    nationality or place ("American", "Swiss"), a party ("Republican", "Tory") or a
    compound such as "Serbian-born".

    >>> _modifier("American"), _modifier("Serbian-born"), _modifier("Tory"), _modifier("Andy")
    (True, True, True, False)
    >>> _modifier("Americans"), _modifier("Swiss")  # a plural too: "Americans Andy Okafor"
    (True, True)

    The people of a place that the bundled list names, by its ending, are one too (no given
    name: "Brian" stays a name):

    >>> _modifier("Texan"), _modifier("Floridian"), _modifier("Parisians"), _modifier("Brian")
    (True, True, True, False)
    """
    head, _, tail = word.rpartition("-")
    if head and tail.islower():
        return True
    f = nm.fold(word)
    places = nm.places()
    if f in _AFFILIATIONS or f in places or (f.endswith("s") and f[:-1] in places):
        return True
    return f not in nm.given_names() and any(
        stem + end in places for stem in _adjective_stems(f) for end in _PLACE_ENDS
    )


# What a place's name may end in past the stem of its people's name: "Texa-n" (Texas),
# "Florid-ian" (Florida), "Mexic-an" (Mexico), "Chile-an".
_PLACE_ENDS = ("", "a", "s", "o", "e")


def _units(text: str) -> list[_Unit]:
    """Capitalised words of ``text`` (with hyphenated parts), possessives split off; none
    longer than :data:`_LONGEST_UNIT` characters.

    >>> [u.text for u in _units("Mansh's view: " + "Z" * 101 + " Mensch")]
    ['Mansh', 'Mensch']
    """
    out: list[_Unit] = []
    append = out.append
    n = len(text)
    for m in _UNIT.finditer(text):
        s, e = m.span()
        if e - s > _LONGEST_UNIT:
            continue
        word = m.group()
        if (
            e < n
            and text[e] not in _PLAIN_AFTER
            and _glued(text, e)
            and not _slashed_pair(text, s, e)
        ):
            continue
        if word[-2:] in _POSSESSIVE and len(word) > 2:
            append(_Unit(s, e - 2, e, word[:-2]))
        else:
            append(_Unit(s, e, e, word))
    return out


def _slashed_pair(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is the first of two names joined by a slash
    ("Pierson/WebTally", "Acme/Norvane"), not a part of a path ("/News/World").

    >>> _slashed_pair("by Pierson/WebTally.", 3, 10), _slashed_pair("/News/World", 1, 5)
    (True, False)
    """
    return (
        text[end] == "/"
        and text[end + 1 : end + 2].isupper()
        and (start == 0 or text[start - 1] not in "/\\.:@_-")
    )


def _glued(text: str, end: int) -> bool:
    """The word ending at ``end`` continues into a number, handle, path or address."""
    if end >= len(text):
        return False
    ch = text[end]
    if ch.isalnum() or ch in "_@/\\":
        return True
    return ch == "." and end + 1 < len(text) and text[end + 1].isalnum()


def _typed_twice_or_dropped(tf: str, gf: str) -> bool:
    """The fold ``tf`` is the fold ``gf`` with one letter typed twice, or with one inner
    letter lost from five or more.

    >>> [_typed_twice_or_dropped(t, "mike") for t in ("mikke", "miike", "mke", "mikes")]
    [True, True, False, False]
    >>> _typed_twice_or_dropped("tolnam", "tolnoam"), _typed_twice_or_dropped("tolnoa", "tolnoam")
    (True, False)
    """
    if len(tf) == len(gf) + 1:
        return any(tf[k] == tf[k + 1] and tf[:k] + tf[k + 1 :] == gf for k in range(len(gf)))
    if len(tf) == len(gf) - 1 and len(gf) >= 5:
        return any(gf[:k] + gf[k + 1 :] == tf for k in range(1, len(gf) - 1))
    return False


def _letter_doubled(token: str, name: str) -> bool:
    """``token`` is ``name`` with one letter typed twice, and spells no name or word.

    >>> _letter_doubled("Kanodda", "Kanoda"), _letter_doubled("Phillips", "Philips")
    (True, False)
    """
    tf, nf = nm.fold(token), nm.fold(name)
    return len(tf) == len(nf) + 1 and _typed_twice_or_dropped(tf, nf) and not nm.known_spelling(tf)


def _candidates(u: _Unit) -> list[tuple[int, int, str]]:
    """Spans of a unit that may be a surname: the word; for "Saint-Okeke" the whole
    compound, then its only capitalised part ("Marsh" in "Marsh-led")."""
    if "-" not in u.text:
        return [(u.start, u.end, u.text)]
    parts = []
    pos = u.start
    for part in u.text.split("-"):
        parts.append((pos, pos + len(part), part))
        pos += len(part) + 1
    caps = [p for p in parts if p[2][:1].isupper()]
    return [(u.start, u.end, u.text)] + (caps if len(caps) == 1 else [])


@functools.lru_cache(maxsize=4096)
def _whole_word(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])")


def _same_title(a: str, b: str) -> bool:
    """Folds of one title, in full or abbreviated ("prof" and "professor", "dr" and
    "doctor"; not "mr" and "mrs")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True  # "prof", "professor"
    if (
        len(short) > 4
        or short[0] != long[0]
        or short[-1] != long[-1]
        or len(long) == len(short) + 1
    ):
        return False
    rest = iter(long)
    return all(c in rest for c in short)  # "dr", "doctor"; "sgt", "sergeant"


# Endings that make another word of the same stem: "Turks" and "Turkish", "Argentines"
# and "Argentina", "Korean" and "Korea" are words of their own, not misspellings.
_DERIVED_ENDINGS: tuple[str, ...] = tuple(
    [
        "",
        "s",
        "es",
        "a",
        "e",
        "i",
        "o",
        "n",
        "an",
        "ans",
        "ian",
        "ians",
        "ish",
        "ese",
        "ine",
        "ines",
        "ic",
        "ics",
        "ern",
        "ers",
        "er",
        "ey",
    ]
)


# Endings that make an adjective or a people of a place's name as it is written
# ("Egyptian", "Korean", "Lebanese", "Danish", "Iraqi", "Israelis").
_ADJECTIVE_ENDINGS = ("ians", "ian", "ans", "an", "ns", "n", "ese", "ish", "is", "i")


def _adjective_stems(word: str) -> tuple[str, ...]:
    """``word`` less each adjective ending it has, where four letters or more stay (a
    bare "-n" only after a vowel: "Faginn" is no adjective of Fagin; "-i" only after a
    consonant and of a listed place: "Iraqi", "Israelis", not "Rossi").

    >>> _adjective_stems("Egyptian"), _adjective_stems("KOREANS"), _adjective_stems("Faginn")
    (('Egypt', 'Egypti', 'Egyptia'), ('KORE', 'KOREA'), ())
    >>> _adjective_stems("Iraqis"), _adjective_stems("Israeli"), _adjective_stems("Rossi")
    (('Iraq',), ('Israel',), ())
    """
    low = word.casefold()
    return tuple(
        word[: len(word) - len(end)]
        for end in _ADJECTIVE_ENDINGS
        if low.endswith(end)
        and len(word) - len(end) >= 4
        and (end[0] != "n" or low[-len(end) - 1] in "aeio")
        and (
            end not in ("i", "is")
            or (low[-len(end) - 1] not in "aeiouy" and low[: -len(end)] in nm.places())
        )
    )


def _same_stem(a: str, b: str) -> bool:
    """Two folds that are one stem of four letters or more with different endings.

    >>> _same_stem("turks", "turkish"), _same_stem("argentines", "argentina")
    (True, True)
    >>> _same_stem("turks", "turkey"), _same_stem("kelsey", "kelso")  # "-ey" of a place
    (True, False)
    >>> _same_stem("gogule", "google")
    False

    A vowel for a vowel at the end makes another word of a place ("Argentina",
    "Argentine"), but only misspells a surname ("Tolevski", "Tolevske"):

    >>> _same_stem("argentine", "argentina"), _same_stem("tolevske", "tolevski")
    (True, False)

    Nor is a doubled last letter an ending (``carsonn`` is no word of ``carson``).
    """
    if nm.doubled_end(a, b):
        return False
    for ea in _DERIVED_ENDINGS:
        if ea and not a.endswith(ea):
            continue
        stem = a[: len(a) - len(ea)]
        if len(stem) < 4 or not b.startswith(stem):
            continue
        eb = b[len(stem) :]
        if eb not in _DERIVED_ENDINGS or _unpaired(ea, eb):
            continue
        if (ea in _VOWEL_ENDINGS and eb in _VOWEL_ENDINGS) or "ey" in (ea, eb):
            places = nm.places()
            if a not in places and b not in places:
                continue
        return True
    return False


_VOWEL_ENDINGS = frozenset(["", "a", "e", "i", "o"])
# "-er" makes a word of a stem that ends in a consonant or "e" ("Londoner", "Highlander"),
# never of one that ends in another vowel: "Lanker" and "Barceloner" misspell Lanka and
# Barcelona the way they sound.
_ER_ENDINGS = frozenset(["er", "ers"])
_ER_PARTNERS = frozenset(["", "e", "s", "es", "er", "ers", "ern"])


def _unpaired(ea: str, eb: str) -> bool:
    """Two endings of one stem that no word pair has: "-er" against "-a" or "-ian".

    >>> _unpaired("er", "a"), _unpaired("er", ""), _unpaired("ian", "a")
    (True, False, False)
    """
    return (ea in _ER_ENDINGS and eb not in _ER_PARTNERS) or (
        eb in _ER_ENDINGS and ea not in _ER_PARTNERS
    )


def _prefix_word(a: str, b: str) -> bool:
    """One fold is the other plus two or more letters ("Tollmarsh" and "Tollmar")."""
    if len(a) < len(b):
        a, b = b, a
    return len(a) - len(b) >= 2 and a.startswith(b)


def _holds_whole(a: str, b: str) -> bool:
    """One fold holds the other, of three letters or more, whole and two or more letters
    besides ("keqiang" and "qiang", "bergman" and "berg"): another name built on it, not a
    slip, which adds or drops one letter at a place, or changes letters inside the name.

    >>> _holds_whole("keqiang", "qiang"), _holds_whole("berg", "bergman")
    (True, True)
    >>> _holds_whole("menschh", "mensch"), _holds_whole("mennsch", "mensch")
    (False, False)
    """
    if len(a) < len(b):
        a, b = b, a
    return len(b) >= 3 and len(a) - len(b) >= 2 and b in a


def _nearest(tf: str, found: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
    """The one-word name of ``found`` fewer edits from the fold ``tf`` than every other,
    alone ("Isrraeli" is one edit from Israeli, two from Israel), or all of ``found`` when
    no name is nearest.

    >>> list(_nearest("isrraeli", {"Israeli": (0.9, ""), "Israel": (0.8, "")}))
    ['Israeli']
    >>> list(_nearest("vendramiu", {"Vendramia": (0.9, ""), "Vendramio": (0.9, "")}))
    ['Vendramia', 'Vendramio']
    """
    near = _unique_nearest({c: nm.distance(tf, nm.fold(c)) for c in found})
    return found if near is None else {near: found[near]}


def _unique_nearest(distances: dict[str, int]) -> str | None:
    """The name of ``distances`` fewer edits away than every other, or None.

    >>> _unique_nearest({"Berger": 1, "Burger": 2}), _unique_nearest({"A": 1, "B": 1})
    ('Berger', None)
    """
    best = min(distances.values())
    nearest = [c for c, d in distances.items() if d == best]
    return nearest[0] if len(nearest) == 1 else None


def _long_variant(token: str, canonical: str) -> bool:
    """Whether ``token``, one of the near spellings of the one-word name ``canonical``, is
    long enough to be that name even inside a longer one (seven letters or more each), and
    is no other ending of it ("Vendramini" for Vendramin) nor a camel-case word of its own.

    >>> _long_variant("Tollowt", "Tollout"), _long_variant("Vendramini", "Vendramin")
    (True, False)
    >>> _long_variant("Talva", "Tolva"), _long_variant("TollBoys", "Tollboyzz")
    (False, False)
    """
    tf, cf = nm.fold(token), nm.fold(canonical)
    return (
        min(len(tf), len(cf)) >= _LONG_VARIANT
        and not tf.startswith(cf[:-1])
        and not _inner_capital(token, canonical)
    )


# The Arabic article before a name, as "al-" or "el-" transliterate it.
_ARABIC_ARTICLE = regex.compile(r"(?i:al|el)-(?=\p{Lu})")


def _article_as_listed(token: str, surname: str) -> str:
    """``token`` with its Arabic article written as ``surname`` writes it, keeping its
    case: "el-Sisi" and "al-Sisi" transliterate one name.

    >>> _article_as_listed("El-Sisi", "al-Sisi"), _article_as_listed("al-Tayeb", "el-Tayeb")
    ('Al-Sisi', 'el-Tayeb')
    >>> _article_as_listed("El-Sisi", "Sisi")
    'El-Sisi'
    """
    mt, ms = _ARABIC_ARTICLE.match(token), _ARABIC_ARTICLE.match(surname)
    if mt is None or ms is None or mt.group().casefold() == ms.group().casefold():
        return token
    article: str = ms.group().lower()
    if token[:1].isupper():
        article = article.capitalize()
    return article + token[mt.end() :]


def _after_articles(token: str, surname: str) -> tuple[str, str] | None:
    """What follows the Arabic article of ``token`` and of ``surname``, when both open
    with the same one ("al-Masri", "al-Mansouri" -> "Masri", "Mansouri"): the names to
    compare, which the article's letters would make look nearer than they are."""
    mt, ms = _ARABIC_ARTICLE.match(token), _ARABIC_ARTICLE.match(surname)
    if mt is None or ms is None or mt.group().casefold() != ms.group().casefold():
        return None
    return token[mt.end() :], surname[ms.end() :]


def _h_moved(a: str, b: str) -> bool:
    """The folds ``a`` and ``b``, of five letters or more, are one name with an ``h``
    written after another letter ("ghandi" for Gandhi): the aspirate of a transliterated
    name, heard and put in the wrong place.

    >>> _h_moved("ghandi", "gandhi"), _h_moved("gandi", "gandhi"), _h_moved("handi", "andhi")
    (True, False, False)
    """
    return (
        a != b
        and min(len(a), len(b)) >= 5
        and a[:1] == b[:1]
        and a.count("h") == b.count("h") > 0
        and a.replace("h", "") == b.replace("h", "")
    )


def _rn_readings(word: str) -> list[str]:
    """``word`` with one small m read as the "rn" that a scanner took for it ("Bemard"
    -> "Bernard", "Bemrad" -> "Bernrad"), once for each m.

    >>> _rn_readings("Bemard"), _rn_readings("Mensch")
    (['Bernard'], [])
    """
    return [word[:k] + "rn" + word[k + 1 :] for k, c in enumerate(word) if c == "m" and k]


# A capital I between small letters, where a scanner or a font reads a small l.
_SMALL_L_READ = regex.compile(r"(?<=[\p{Ll}I])I(?=[\p{Ll}I])")


def _inner_capital(token: str, target: str) -> bool:
    """``token`` turns from lower to upper case where ``target`` does not.

    "BraskIn" is two words run together, not a variant of "Brask"; "McBBrinn" (for
    "McBrinn") and "Larsin-Voss" are variants, and so is a capital I read for a small l
    that spells the target ("NadeIla" for Nadella, as a scanner reads it).

    >>> _inner_capital("BraskIn", "Brask"), _inner_capital("NadeIla", "Nadella")
    (True, False)
    """
    if token.isupper():
        return False
    if "I" in token and _SMALL_L_READ.sub("l", token) == target:
        return False
    return any(
        token[k].isupper()
        and token[k - 1].islower()
        and not any(target[m : m + 1].isupper() for m in (k - 1, k, k + 1))
        for k in range(1, len(token))
    )


class _ParticleSlip(NamedTuple):
    """Surname particles written another way than listed, at ``start:end`` of the text."""

    start: int
    end: int
    listed: str  # the particles as listed ('' when the text's capitals stay)
    kind: str  # "case", "vowel" or "caps" (see :func:`_particles_slipped`)


def _vowel_swapped(a: str, b: str) -> bool:
    """Two particles (lower case) one vowel apart: "van" and "von", "de" and "da".

    >>> _vowel_swapped("van", "von"), _vowel_swapped("di", "da"), _vowel_swapped("der", "den")
    (True, True, False)
    """
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) and len(diff) == 1 and all(c in "aeiou" for c in diff[0])


def _particles_slipped(written: tuple[str, ...], listed: tuple[str, ...]) -> str | None:
    """How the surname particles ``written`` slip from the ``listed`` ones (lower case,
    as many): "case" when some are capitalised ("Von Der" for von der), "vowel" when one
    is another particle a vowel away ("van" for von), its case as listed or capitalised,
    "caps" when all are in capitals (a headline's "VON DER"); None when they are other
    words or as listed.

    >>> _particles_slipped(("Von", "Der"), ("von", "der")), _particles_slipped(("van",), ("von",))
    ('case', 'vowel')
    >>> _particles_slipped(("VON", "DER"), ("von", "der")), _particles_slipped(("vOn",), ("von",))
    ('caps', None)
    >>> _particles_slipped(("Van", "Der"), ("von", "der")), _particles_slipped(("vin",), ("van",))
    (None, None)
    """
    if written == listed or len(written) != len(listed):
        return None
    if all(w.isupper() for w in written):
        same = all(w.casefold() == p for w, p in zip(written, listed, strict=True))
        return "caps" if same else None
    if any(w not in (w.lower(), w.capitalize()) for w in written):
        return None
    lower = tuple(w.lower() for w in written)
    if lower == listed:
        return "case"
    swapped = [(w, p) for w, p in zip(lower, listed, strict=True) if w != p]
    if (
        written[0][:1].islower()
        and len(swapped) == 1
        and _vowel_swapped(*swapped[0])
        and swapped[0][0] in nm.SURNAME_PARTICLES.split("|")
        and all(w == p for w, p in zip(written, listed, strict=True) if w.lower() == p)
    ):
        return "vowel"
    return None


def _plain(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


_SEPARATORS = regex.compile(r"(?<=[\p{L}\p{N}])[^\p{L}\p{N}]+(?=[\p{L}\p{N}])")


def _capitalised(s: str) -> bool:
    """Each word of ``s`` is a capital and small letters ("Zhang Xiao Ming")."""
    return all(w[:1].isupper() and w[1:].islower() for w in s.split(" "))


def _breaks(s: str) -> set[int]:
    """Positions (in letters and digits) where ``s`` has a space, hyphen or apostrophe."""
    out = set()
    k = 0
    gap = False
    for c in s:
        if c.isalnum():
            if gap and k:
                out.add(k)
            gap = False
            k += 1
        else:
            gap = True
    return out


def _case_spacing_ok(surface: str, canonical: str) -> bool:
    """Whether a case/spacing difference is an error rather than a style or another word.

    A break the surface adds must fall where the canonical name changes case ("Deep Seek"
    for "DeepSeek", not "New Castle" for "Newcastle"); a case change needs a name with
    inner capitals ("Deepseek", "Mcilroy") and a surface that is not an ordinary word
    ("Us" is not "US"), nor two letters ("Un" in a French title is not "UN").

    >>> _case_spacing_ok("Deepseek", "DeepSeek"), _case_spacing_ok("Un", "UN")
    (True, False)

    A word of a person's name split in two capitalised halves is a slip:

    >>> _case_spacing_ok("Zhang Xiao Ming", "Zhang Xiaoming")
    True

    Two letters spaced out are a layout (a table, a diagram), not a name of two letters:

    >>> _case_spacing_ok("C D", "CD"), _case_spacing_ok("Deep Seek", "DeepSeek")
    (False, True)

    A hyphen lost to a space is the name; a space turned into a hyphen is another's:

    >>> _case_spacing_ok("Marie Claire", "Marie-Claire")
    True
    >>> _case_spacing_ok("Lewis-Francis", "Lewis Francis")
    False

    and so is one lost to a space before a capital, in a name that writes the part after
    the hyphen in lower case:

    >>> _case_spacing_ok("Moon Jae In", "Moon Jae-in")
    True

    More capitals, with none of the name's lost, are a style (a headline's) when they make
    a word or a run of capitals; a capital inside a word alone is a slip ("TenCent",
    "XBox"):

    >>> _case_spacing_ok("KIERAN MacAULAY", "Kieran MacAulay")
    False
    >>> _case_spacing_ok("TenCent", "Tencent"), _case_spacing_ok("XBox", "Xbox")
    (True, True)
    """
    plain_c, plain_s = _plain(canonical), _plain(surface)
    if len(plain_c) <= 2 and " " in surface:
        return False  # letters spaced out ("C D", "A  C") are a layout, not "CD" typed apart
    if _HYPHEN_LOWER.search(canonical) and surface == _HYPHEN_LOWER.sub(_spaced_up, canonical):
        return True  # "Moon Jae In" for Moon Jae-in: the hyphen lost, its part capitalised
    if plain_s == plain_c and _breaks(surface) == _breaks(canonical):
        # only the kind of break differs: a hyphen lost to a space is the name
        # ("Marie Claire" for Marie-Claire); one that a space became is another name's
        # ("Mark Lewis-Francis" beside Lewis Francis)
        seps_s, seps_c = _SEPARATORS.findall(surface), _SEPARATORS.findall(canonical)
        return seps_s != seps_c and all(
            a == b or (a == " " and b == "-") for a, b in zip(seps_s, seps_c, strict=True)
        )
    added = _breaks(surface) - _breaks(canonical)
    if len(added) == 1 and " " in canonical and _capitalised(surface) and _capitalised(canonical):
        # a person's name with one of its words split in two capitalised halves, the
        # rest as listed ("Zhang Xiao Ming" for Zhang Xiaoming): a spacing slip, where a
        # one-word name split so may be two words ("New Castle" beside Newcastle)
        (k,) = added
        word_start = max((b for b in _breaks(canonical) if b < k), default=0)
        word_end = min((b for b in _breaks(canonical) if b > k), default=len(plain_c))
        if k - word_start >= 2 and word_end - k >= 2:  # two letters a half at least
            return True
    for k in added:
        if k >= len(plain_c) or not (plain_c[k].isupper() or plain_c[k].isdigit()):
            return False
    if plain_s == plain_c or all(c.isupper() for c in plain_s if c.isalpha()):
        return True  # spacing only, or ALL CAPS written with other spacing
    letters_s = [c for c in plain_s if c.isalpha()]
    letters_c = [c for c in plain_c if c.isalpha()]
    if (
        len(letters_s) == len(letters_c)
        and sum(c.isupper() for c in letters_s) > sum(c.isupper() for c in letters_c)
        and all(s.isupper() for s, c in zip(letters_s, letters_c, strict=True) if c.isupper())
        and _HEADLINE_CAPITALS.search(surface)
    ):
        return False  # more capitals, none lost: a headline's style ("KIERAN MacAULAY")
    inner = any(
        t[0].islower() or any(c.isupper() for c in t[1:])
        for t in (*canonical.split(), *surface.split())
    )
    if not inner:
        return False
    if len(plain_c) <= 2 and plain_c.isupper():
        return False  # "Un", "Il", "Ok": a word of two letters as often as "UN", "IL", "OK"
    if " " in surface:
        return True
    if _plain_cased(canonical) and surface in nm.org_spellings():
        return False  # "BlackRock" beside a listed Blackrock: the brand, as it writes itself
    return _capital_slip(surface, canonical) or not nm.is_word(nm.fold(plain_s))


def _plain_cased(word: str) -> bool:
    """``word`` is one word of a capital and small letters ("Llama", not "DeepSeek")."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def _capital_slip(surface: str, canonical: str) -> bool:
    """``surface`` writes the one word ``canonical`` of four letters or more, a capital
    and small letters, with one capital more as a slip of the shift key: its first two
    letters ("LLama" for Llama), or one letter inside it after a small one ("CoPilot" for
    Copilot). Such a word is no word of its own, even where the name is an English word;
    more capitals than that are a style ("LLaMA", "LLAMA").

    >>> _capital_slip("LLama", "Llama"), _capital_slip("CoPilot", "Copilot")
    (True, True)
    >>> _capital_slip("LLaMA", "Llama"), _capital_slip("CoPiLot", "Copilot")
    (False, False)
    >>> _capital_slip("Ok", "OK"), _capital_slip("LLAMA", "Llama")
    (False, False)
    """
    if (
        len(canonical) < 4
        or not _plain_cased(canonical)
        or not surface.isalpha()
        or surface.casefold() != canonical.casefold()
    ):
        return False
    inner = [k for k in range(1, len(surface)) if surface[k].isupper()]
    if len(inner) != 1 or not surface[0].isupper():
        return False
    k = inner[0]
    return k == 1 or surface[k - 1].islower()


# A hyphen before a part of a name in lower case ("Jae-in").
_HYPHEN_LOWER = regex.compile(r"(?<=\p{L})-(\p{Ll})")


def _spaced_up(m: regex.Match[str]) -> str:
    """A space and the capital of the hyphen's part (for :data:`_HYPHEN_LOWER`)."""
    part: str = m.group(1)
    return " " + part.upper()


# A run of three capitals, or a word in capitals: the style of a headline, not a slip.
_HEADLINE_CAPITALS = regex.compile(r"\p{Lu}{3}|(?<!\p{L})\p{Lu}{2,}(?!\p{L})")


def _sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, a line or the text."""
    i = pos - 1
    steps = 0
    while i >= 0 and text[i] in _OPENERS and steps < 8:
        i -= 1
        steps += 1
    if i < 0:
        return True
    ch = text[i]
    if ch in "\n\r!?…:;•–—|":
        return True
    if ch in _CLOSERS and i > 0 and text[i - 1] in ".!?":
        return True
    if ch == ".":
        m = _LAST_LETTERS.search(text[max(0, i - 20) : i])
        return not (m and (len(m.group(1)) == 1 or nm.fold(m.group(1)) in nm.titles()))
    return False


_LAST_LETTERS = regex.compile(r"(\p{L}+)$")

# The end of a sentence: its stop, any closing quotes or brackets, and the space before a
# capital (or a number) that opens the next; or a line break.
_SENTENCE_END = regex.compile(
    r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*+\s++(?=[\"'\u201c\u2018\u00ab(\[]*+[\p{Lu}\p{N}])|[\r\n]"
)


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends no sentence: a period after an initial or a title
    ("J. K.", "Dr.") ends none.

    >>> text = "Matteo Bernardi lost to Dr. Matteo Berardi, 6-4. Berardi won."
    >>> _one_sentence(text, 0, 31), _one_sentence(text, 0, 50)
    (True, False)
    """
    for m in _SENTENCE_END.finditer(text, start, min(len(text), end + 1)):
        if m.start() >= end:
            break
        if text[m.start()] == ".":
            word = _LAST_LETTERS.search(text[max(0, m.start() - 20) : m.start()])
            if word and (len(word.group(1)) == 1 or nm.fold(word.group(1)) in nm.titles()):
                continue
        return False
    return True


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out
