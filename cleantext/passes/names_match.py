"""String keys and scores behind :class:`~cleantext.passes.NormalizeNames`.

Names are compared on a *fold* (lower case, diacritics and punctuation dropped) with the
optimal-string-alignment distance of rapidfuzz, and on a phonetic *skeleton* that forgets the
spellings news misspellings play with: vowels, doubled letters, ``sch``/``sh``, ``ck``/``k``,
``ph``/``f``, soft and hard ``c``.

>>> fold("Müller"), fold("O'Connell")
('muller', 'oconnell')
>>> skeleton("mensch"), skeleton("manish"), skeleton("munich")
('mnsh', 'mnsh', 'mnch')
>>> distance("marsh", "mensch")
3
"""

from __future__ import annotations

import functools
import unicodedata

import regex
from rapidfuzz.distance import OSA

from cleantext.resources import load_list

__all__ = [
    "casing",
    "common_words",
    "distance",
    "doubled_end",
    "fold",
    "given_names",
    "inflected",
    "is_word",
    "known_spelling",
    "openers",
    "similarity",
    "skeleton",
    "surnames",
    "typed_distance",
    "typing_slip",
]

_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
    }
)

# Spelling families that sound alike (applied in order to a fold). The "c" of an opening
# "Mc" is hard whatever follows ("McEvoy", "Mcevoy").
_PHONETIC = tuple(
    (regex.compile(p), r)
    for p, r in (
        (r"^mc", "mk"),
        (r"sch", "sh"),
        (r"ck", "k"),
        (r"ph", "f"),
        (r"c(?=[eiy])", "s"),
        (r"c(?!h)", "k"),
        (r"q", "k"),
        (r"z", "s"),
        (r"x", "ks"),
        (r"dt", "t"),
    )
)
_VOWELS = regex.compile(r"[aeiouy]++")
_DOUBLES = regex.compile(r"(.)\1++")


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case letters only, diacritics removed (``Müller`` -> ``muller``).

    >>> fold("ŁUKASZ-Żak")
    'lukaszzak'
    """
    if s.isascii():  # the common case, in C: no diacritic to take off
        return s.translate(_ASCII_NON_LETTERS).lower()
    decomposed = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    return "".join(c for c in decomposed if c.isalpha()).casefold()


_ASCII_NON_LETTERS = {i: None for i in range(128) if not chr(i).isalpha()}


@functools.lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    """A phonetic key of a fold: first letter, then consonants, doubles collapsed.

    >>> skeleton("kennedie"), skeleton("kennedy"), skeleton("robirsen")
    ('knd', 'knd', 'rbrsn')
    >>> skeleton("mcevoy"), skeleton("mcfarrell"), skeleton("mcerrell")
    ('mkv', 'mkfrl', 'mkrl')
    """
    if not folded:
        return folded
    s = folded
    for pattern, repl in _PHONETIC:
        s = pattern.sub(repl, s)
    s = s[0] + _VOWELS.sub("", s[1:])
    out: str = _DOUBLES.sub(r"\1", s)
    return out


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (transpositions count one).

    >>> distance("Mensch", "Mnesch"), distance("Mensch", "Mansh")
    (1, 2)
    """
    return int(OSA.distance(a, b))


def similarity(a: str, b: str) -> float:
    """Normalised OSA similarity in [0, 1].

    >>> round(similarity("mansh", "mensch"), 2)
    0.67
    """
    return float(OSA.normalized_similarity(a, b))


# Neighbouring keys of a QWERTY keyboard (same row, and the rows above and below).
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, frozenset[str]]:
    """Each letter's neighbours: each row sits half a key right of the one above it."""
    where = {c: (r, i + r / 2) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    return {
        c: frozenset(
            d for d, (r2, x2) in where.items() if d != c and abs(r2 - r) <= 1 and abs(x2 - x) <= 1
        )
        for c, (r, x) in where.items()
    }


_KEYS_NEAR = _neighbours()


@functools.lru_cache(maxsize=65536)
def typed_distance(a: str, b: str) -> float:
    """Optimal string alignment distance where a letter typed for its neighbour on the
    keyboard costs a half (a typo, not another spelling): ``tzvoe`` is 1.0 from ``tavor``.

    >>> typed_distance("tzvoe", "tavor"), typed_distance("moran", "morgan")
    (1.0, 1.0)
    >>> typed_distance("kufe", "kruce"), typed_distance("mensch", "marsh")
    (1.5, 3.0)
    """
    n, m = len(a), len(b)
    prev2: list[float] = []
    prev = [float(j) for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [float(i)] + [0.0] * m
        for j in range(1, m + 1):
            x, y = a[i - 1], b[j - 1]
            sub = 0.0 if x == y else (0.5 if y in _KEYS_NEAR.get(x, ()) else 1.0)
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub)
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y and x != y:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


def key_slip(a: str, b: str) -> bool:
    """Whether fold ``a`` is fold ``b`` with one letter typed with the key next to it, and
    nothing else (a :func:`typed_distance` of one half).

    >>> key_slip("lwe", "lee"), key_slip("lqe", "lee"), key_slip("lee", "lee")
    (True, False, False)
    """
    return typed_distance(a, b) == 0.5


def typing_slip(a: str, b: str) -> bool:
    """Whether fold ``a`` is fold ``b`` typed with a slip: the first letter kept and at most
    one edit and a neighbouring key (a :func:`typed_distance` of 1.5 or less).

    >>> typing_slip("tzvoe", "tavor"), typing_slip("mensch", "marsh")
    (True, False)
    """
    return a[:1] == b[:1] and typed_distance(a, b) <= 1.5


_INFLECTIONS = ("s", "es", "'s", "n", "an", "ian", "ans", "ians", "ese", "ish")


def inflected(a: str, b: str) -> bool:
    """True when one fold is the other plus an English ending (``William``/``Williams``).

    A doubled last letter is not an ending: ``Franciss`` is a misspelling of ``Francis``.

    >>> inflected("williams", "william"), inflected("roman", "roma")
    (True, True)
    >>> inflected("franciss", "francis")
    False
    """
    if len(a) < len(b):
        a, b = b, a
    if not a.startswith(b) or a == b or doubled_end(a, b):
        return False
    return a[len(b) :] in _INFLECTIONS


# Endings that turn a given name into its other form: "Martin-a", "Louis-e", "Paul-ine",
# "Gabriel-la", "Henri-ette", "Anton-io"/"Anton-ia", "Giovann-i"/"Giovann-a". One of
# the two forms takes a feminine ending (all but "", "i", "o", "io"): "Koji" and "Kojo"
# are two names, not two forms of one.
_FORM_ENDINGS = ("", "i", "o", "io")
_FEMININE_ENDINGS = ("a", "e", "ia", "ie", "na", "ne", "la", "le", "ina", "ine", "ette", "elle")


def _form_stems(f: str) -> dict[str, bool]:
    """The stems of the fold ``f`` of three letters or more left by one ending of
    :data:`_FORM_ENDINGS` or :data:`_FEMININE_ENDINGS` (``f`` itself among them), each
    with whether the ending is feminine."""
    stems: dict[str, bool] = {}
    for feminine, endings in ((False, _FORM_ENDINGS), (True, _FEMININE_ENDINGS)):
        for end in endings:
            if f.endswith(end) and len(f) - len(end) >= 3:
                stem = f[: len(f) - len(end)]
                stems[stem] = stems.get(stem, False) or feminine
    return stems


def other_form(a: str, b: str) -> bool:
    """The folds ``a`` and ``b`` are two forms of one given name ("Martina" and Martin,
    "Antonia" and Antonio, "Eugenia" and Eugene), which may be two people.

    >>> other_form("martina", "martin"), other_form("antonia", "antonio")
    (True, True)
    >>> other_form("eugenia", "eugene"), other_form("pauline", "paul")
    (True, True)
    >>> other_form("artur", "arthur"), other_form("koji", "kojo")
    (False, False)
    """
    if a == b:
        return False
    sa, sb = _form_stems(a), _form_stems(b)
    return any(stem in sb and (sa[stem] or sb[stem]) for stem in sa)


# A surname's feminine form in Slavic languages: "Ivanov-a", "Zelensk-a" for Zelenskyy,
# "Novak-ova", "Kowalsk-a" for Kowalski (masculine endings, and what replaces them).
_FEMININE_SURNAMES = (
    ("ov", ("ova",)),
    ("ev", ("eva",)),
    ("in", ("ina",)),
    ("yn", ("yna",)),
    ("skyy", ("ska", "skaya")),
    ("skyi", ("ska", "skaya")),
    ("skiy", ("skaya", "ska")),
    ("skii", ("skaya", "ska")),
    ("sky", ("ska", "skaya")),
    ("ski", ("ska", "skaya")),  # Belarusian "Tsikhanouski" / "Tsikhanouskaya"
    ("cki", ("cka",)),
    ("dzki", ("dzka",)),
    ("ny", ("na",)),
    ("ky", ("ka",)),
)


def gendered(a: str, b: str) -> bool:
    """True when one fold is the other's feminine form, as Slavic surnames make it
    (``kuznetsova``/``kuznetsov``, ``zelenska``/``zelenskyy``, ``navratilova``/``navratil``):
    a wife's, sister's or daughter's name, not a misspelling.

    >>> gendered("kuznetsova", "kuznetsov"), gendered("zelenska", "zelenskyy")
    (True, True)
    >>> gendered("navratilova", "navratil"), gendered("kowalska", "kowalski")
    (True, True)
    >>> gendered("smitha", "smith"), gendered("ivanoff", "ivanov")
    (False, False)
    """
    for x, y in ((a, b), (b, a)):
        if len(y) < 4:
            continue
        if x == y + "ova":  # Czech: "Navratil-ova"
            return True
        for end, feminine in _FEMININE_SURNAMES:
            if y.endswith(end) and any(x == y[: -len(end)] + f for f in feminine):
                return True
    return False


# Endings that make a demonym or an adjective of a name ("Arabian", "New Zealander").
_DERIVED = frozenset(("n", "an", "ian", "ese", "ish", "er", "ers", "i", "is"))


def derived(word: str, name: str) -> bool:
    """True when the fold ``word`` is the fold ``name`` plus a demonym or adjective ending
    (``arabian``/``arabia``, ``zealander``/``zealand``): a word made from the name, not a
    misspelling of it (a doubled last letter is one: ``grogann``).

    >>> derived("arabian", "arabia"), derived("zealander", "zealand"), derived("groga", "grogan")
    (True, True, False)
    """
    return word.startswith(name) and word[len(name) :] in _DERIVED and not doubled_end(word, name)


def doubled_end(a: str, b: str) -> bool:
    """One fold is the other with its last letter doubled ("Colsonn", "Calnes"): a typo,
    not another word.

    >>> doubled_end("colsonn", "colson"), doubled_end("calness", "calnes")
    (True, True)
    >>> doubled_end("openair", "openai")
    False
    """
    if len(a) < len(b):
        a, b = b, a
    return len(a) == len(b) + 1 and bool(b) and a.startswith(b) and a[-1] == b[-1]


# The particles of surnames in lower case ("da Silva", "van der Berg", "al-Mansouri").
SURNAME_PARTICLES = "da|dal|de|del|della|der|di|do|dos|du|la|le|van|von|ten|ter|bin|ibn|al|el"
# The particles of a person's surname, in lower case ("von der Leyen", "da Silva").
PERSON_PARTICLES = frozenset((*SURNAME_PARTICLES.split("|"), "den", "zu", "het"))
# A particle that opens a name, which a capital may open where the text writes one (a
# brand's own lower case stays: "iPhone").
_PARTICLE_OPENS = regex.compile(rf"(?:{SURNAME_PARTICLES})[- ]\p{{L}}")


def casing(variant: str, target: str) -> str:
    """``target`` written in the casing style of ``variant`` (ALL CAPS stays ALL CAPS; a
    capital that opens the variant opens a name with a particle in lower case too).

    >>> casing("MARSH", "Mensch"), casing("Marsh", "Mensch"), casing("Al-Mansoori", "al-Mansouri")
    ('MENSCH', 'Mensch', 'Al-Mansouri')
    >>> casing("Iphone", "iPhone")
    'iPhone'

    """
    letters = [c for c in variant if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return target.upper()
    if variant[:1].isupper() and _PARTICLE_OPENS.match(target):
        return target[:1].upper() + target[1:]
    return target


def _optional_list(name: str) -> tuple[str, ...]:
    try:
        return load_list(name)
    except (FileNotFoundError, ModuleNotFoundError):
        return ()


@functools.cache
def common_words() -> frozenset[str]:
    """Lower-case common English words (``words.txt`` and ``names_words.txt``)."""
    words = set(_optional_list("words.txt"))
    words.update(_optional_list("names_words.txt"))
    return frozenset(w.casefold() for w in words if w.islower())


def is_word(folded: str) -> bool:
    """Whether a fold is a common English word (``words.txt`` omits plurals of listed stems).

    >>> is_word("march"), is_word("marches"), is_word("mensch"), is_word("cates")
    (True, True, False, False)
    >>> is_word("cities"), is_word("boies")
    (True, False)
    """
    words = common_words()
    if folded in words:
        return True
    if folded.endswith("s") and folded[:-1] in words:
        return True
    # "cities" for city, not "boies" for boy: "-ies" follows a consonant
    if folded.endswith("ies") and folded[-4:-3] not in "aeiou" and folded[:-3] + "y" in words:
        return True
    # "-es" only where English writes it (boxes, churches, heroes): "cates" is no "cat"
    return folded.endswith(_ES_STEMS, 0, -2) and folded.endswith("es") and folded[:-2] in words


_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


def known_spelling(folded: str) -> bool:
    """A common surname, given name or English word: a spelling that stands for itself,
    not a misspelling of a listed name.

    >>> known_spelling("walker"), known_spelling("tzvoe")
    (True, False)
    """
    return folded in surnames() or folded in given_names() or is_word(folded)


@functools.cache
def openers() -> frozenset[str]:
    """Frequent words that open sentences and look like names (``names_words.txt``)."""
    return frozenset(w.casefold() for w in _optional_list("names_words.txt"))


@functools.cache
def given_names() -> frozenset[str]:
    """Folded common given names (``names_given.txt``)."""
    return frozenset(fold(n) for n in _optional_list("names_given.txt"))


@functools.cache
def person_given_names() -> frozenset[str]:
    """Folded given names that tell a person's name: :func:`given_names` and the wider
    ``names_given_more.txt`` ("Kostas", "Yelena").

    >>> "kostas" in person_given_names(), "kostas" in given_names()
    (True, False)
    """
    return given_names() | frozenset(fold(n) for n in _optional_list("names_given_more.txt"))


# The fewest letters of a surname of the world's list that counts as a surname of its own.
_WORLD_SURNAME_LETTERS = 4


@functools.cache
def surnames() -> frozenset[str]:
    """Folded common surnames: the US census's (``names_surnames.txt``) and the world's
    (``names_surnames_world.txt``: "Mehra", "Adeyemo", "Hussain").

    >>> "anderson" in surnames(), "adeyemo" in surnames(), "mallry" in surnames()
    (True, True, False)
    """
    census = frozenset(fold(n) for n in _optional_list("names_surnames.txt"))
    # the world's of four letters or more: a short one is as often a slip of another
    # short name ("Mak" for Mark, "Gao" for Gap) as a person's own
    world = (fold(n) for n in _optional_list("names_surnames_world.txt"))
    return census | frozenset(f for f in world if len(f) >= _WORLD_SURNAME_LETTERS)


@functools.cache
def titles() -> frozenset[str]:
    """Folded titles and roles written before a surname (``names_titles.txt``)."""
    return frozenset(fold(n) for n in _optional_list("names_titles.txt"))


@functools.cache
def places() -> frozenset[str]:
    """Folded place names (``names_places.txt``)."""
    return frozenset(fold(n) for n in _optional_list("names_places.txt"))


@functools.cache
def towns() -> frozenset[str]:
    """Folded towns, cities, regions and rivers of the world (``names_towns.txt``) that are
    no English word, given name or known surname: a word of the text that is one is never
    a misspelt name ("Kendal", "Conwy"), where "Preston" or "Davis" may be a person.

    >>> "kendal" in towns(), "preston" in towns(), "reading" in towns()
    (True, False, False)
    """
    return _guard_words("names_towns.txt")


@functools.cache
def orgs() -> frozenset[str]:
    """Folded one-word names of well-known organisations and brands (``names_orgs.txt``)
    that are no English word, given name or known surname: a word of the text that is one
    is never a misspelt other name ("Petronas" beside the listed Petrobras).

    >>> "petronas" in orgs(), "mensa" in orgs(), "shell" in orgs()
    (True, True, False)
    """
    return _guard_words("names_orgs.txt", one_word=True)


@functools.cache
def org_names() -> frozenset[str]:
    """Folded one-word names of ``names_orgs.txt``, all of them (those that are words or
    surnames too): a listed one-word name among them names a body, not a person.

    >>> "merck" in org_names(), "shell" in org_names(), "mallory" in org_names()
    (True, True, False)
    """
    return frozenset(fold(n) for n in _optional_list("names_orgs.txt") if " " not in n)


@functools.cache
def org_full_names() -> frozenset[str]:
    """Folded names of several words of ``names_orgs.txt`` ("societegenerale"): a listed
    name among them is a body's, whose last word is no one's surname.

    >>> "societegenerale" in org_full_names(), "merck" in org_full_names()
    (True, False)
    """
    return frozenset(fold(n) for n in _optional_list("names_orgs.txt") if " " in n)


@functools.cache
def org_spellings() -> frozenset[str]:
    """One-word names of well-known organisations and brands (``names_orgs.txt``) as they
    write themselves with capitals inside ("BlackRock", "PlayStation"): such a word is the
    brand, not a slip of the shift key in a listed name of the same letters.

    >>> "BlackRock" in org_spellings(), "Blackrock" in org_spellings()
    (True, False)
    """
    return frozenset(
        n
        for n in _optional_list("names_orgs.txt")
        if " " not in n and any(c.isupper() for c in n[1:])
    )


def _guard_words(filename: str, *, one_word: bool = False) -> frozenset[str]:
    """The folds of a bundled list of names (of one word only, if ``one_word``) that are
    no English word, given name or known surname, and have four letters or more: words
    that a text may use as themselves only."""
    other = person_given_names() | surnames()  # the given names of both lists
    return frozenset(
        f
        for f in (fold(n) for n in _optional_list(filename) if not (one_word and " " in n))
        if len(f) >= 4 and f not in other and not is_word(f)
    )


@functools.cache
def place_words() -> frozenset[str]:
    """Folded words that end the name of a place (``names_place_words.txt``: "City",
    "Desert", "River").

    >>> "desert" in place_words(), "group" in place_words()
    (True, False)
    """
    return frozenset(fold(n) for n in _optional_list("names_place_words.txt"))


@functools.cache
def calendar() -> frozenset[str]:
    """Folded months, days and holidays (``names_calendar.txt``)."""
    return frozenset(fold(n) for n in _optional_list("names_calendar.txt"))
