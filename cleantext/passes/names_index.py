"""The canonical list of :mod:`cleantext.passes.names` as an index, built once per list.

The words, given names, surnames, squashed spellings, phonetic keys and masked spellings
of the listed names, their aliases, context words and never-touch spellings, in dicts that
the reading of a document looks up by word (:class:`_Index`, :func:`_build_index`).
Private to the names pass.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from cleantext.namelist import NameEntry, check_aliases
from cleantext.passes import names_match as nm
from cleantext.passes.names_connected import Connected, connected_entries, joined_by_small_words
from cleantext.passes.names_shapes import (
    _WORD,
    _masked,
)
from cleantext.passes.names_sounds import _spelling_key


@dataclass(frozen=True, slots=True)
class _Index:
    """Lookups built once per canonical list; every per-document step is a dict access."""

    entries: tuple[NameEntry, ...]
    protected: frozenset[str]  # casefold of every canonical token and alias word
    never: frozenset[str]  # casefold of never spellings
    squash: dict[str, tuple[int, ...]]  # fold of a whole name without spaces -> entries
    given: dict[str, tuple[int, ...]]  # "given-name first-letter-of-next-word" -> entries
    surnames: dict[str, tuple[int, ...]]  # casefold last token of multi-word names -> entries
    singles_by_skeleton: dict[str, tuple[int, ...]]  # one-word entries by phonetic key
    singles_short: dict[str, tuple[int, ...]]  # one-word entries by fold less one inner letter
    singles_masked: dict[str, tuple[int, ...]]  # one-word entries by fold, one letter masked
    singles_doubled: dict[str, tuple[int, ...]]  # one-word entries a letter shorter, by fold
    #: one-word entries of four letters up to ``single_min_length``, one letter masked:
    #: too short to change unanchored, their look-alikes are suggested
    singles_small_masked: dict[str, tuple[int, ...]]
    aliases: dict[str, tuple[tuple[str, int, str], ...]]  # first word -> (alias, entry, repl)
    context: regex.Pattern[str] | None
    context_entries: dict[str, tuple[int, ...]]
    given_folds: frozenset[str]  # folds of the given names of canonical people
    token_folds: frozenset[str]  # folds of every word of every entry ("minseok" of Min-seok)
    given_keys: frozenset[str]  # the first word of every multi-word entry, casefold and fold
    tokens: tuple[tuple[str, ...], ...]  # words of each entry
    squash_prefixes: frozenset[str]  # every prefix of every key of ``squash``
    titled: dict[str, tuple[int, ...]]  # entries written with a title, by surname initial
    particled: dict[tuple[str, ...], frozenset[str]]  # ("von", "der") -> {"Leyen"}
    particled_surnames: frozenset[str]  # every surname of particled: written after them
    #: the surname of each person's name of a capitalised word, particles and a capitalised
    #: word ("Ursula von der Leyen", "Virgil van Dijk" too, read as joined by small words)
    #: -> its particles; a surname listed with two sets of particles is left out
    particles_of: dict[str, tuple[str, ...]]
    #: the two last words of a person's name of three words or more that carry marks
    #: ("López Obrador"), by their folds ("lopez obrador") -> entries
    marked_tails: dict[str, tuple[int, ...]]
    #: names joined by small words ("Bank of America"), by the fold of each capitalised word
    connected: dict[str, tuple[Connected, ...]]
    #: people's names of two words that no word list knows ("Xi Jinping", "Shigeru
    #: Ishiba"; not "Martin Scott"), by their last word: written in the other order, the
    #: family name first, they are still that name
    reversible: dict[str, tuple[int, ...]]
    #: people's names of two words by the spelling key of their surname
    #: (:func:`names_sounds._spelling_key`): "Feldman" and "Diabate" read as Feldmann and
    #: Diabaté when the given name before them is respelt too (:mod:`names_respelt`)
    respelt: dict[str, tuple[int, ...]]
    #: one-word names in hyphenated parts ("Mercedes-Benz"), by the fold of each part
    hyphenated: dict[str, tuple[int, ...]]
    #: every word of three letters or more of every entry (and each part of a hyphenated
    #: one), by its casefold -> as the list writes it, for words a scanner misread
    spelt: dict[str, str]


def _marked_tails(multi: Iterable[tuple[int, tuple[str, ...]]]) -> Iterable[tuple[str, int]]:
    """The folds of the two last words of each name of three words or more, both
    capitalised words, of which one carries a mark ("lopez obrador" of Andrés Manuel López
    Obrador), with the entry.

    >>> list(_marked_tails([(0, ("Andrés", "Manuel", "López", "Obrador"))]))
    [('lopez obrador', 0)]
    >>> list(_marked_tails([(0, ("Samuel", "L.", "Jackson")), (1, ("Ana", "Li", "Chen"))]))
    []
    """
    for i, toks in multi:
        tail = toks[-2:]
        if (
            len(toks) >= 3
            and all(t[:1].isupper() and t.isalpha() for t in tail)
            and any(nm.fold(t) != t.casefold() for t in tail)
        ):
            yield f"{nm.fold(tail[0])} {nm.fold(tail[1])}", i


def _particled(names: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], frozenset[str]]:
    """The lower-case particles before the surname of each name, and the surnames written
    with them.

    >>> _particled([("Ursula", "von", "der", "Leyen"), ("Arthur", "Mensch")])
    {('von', 'der'): frozenset({'Leyen'})}
    """
    found: dict[tuple[str, ...], set[str]] = {}
    for toks in names:
        k = len(toks) - 1
        while k > 1 and toks[k - 1][:1].islower():
            k -= 1
        if k < len(toks) - 1:
            found.setdefault(tuple(toks[k : len(toks) - 1]), set()).add(toks[-1])
    return {k: frozenset(v) for k, v in found.items()}


# Two-letter English words common enough to stand for themselves in a name's place; the
# word list's others ("xi", "ma", "li") are far more often a Chinese or Korean name.
# The fewest letters of a surname read respelt with its given name (:attr:`_Index.respelt`).
_RESPELT_SURNAME_LETTERS = 4
_TWO_LETTER_WORDS = frozenset(
    (
        *("am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it"),
        *("me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we"),
    )
)


def _reversible(toks: tuple[str, ...]) -> bool:
    """Whether a person's name of two words may be read in the other order: both words a
    capital and small letters, neither a given name of the common list nor an English
    word (of two letters, only a common one), so that the two words the other way round
    name no one else ("Scott Martin" beside Martin Scott).

    >>> _reversible(("Xi", "Jinping")), _reversible(("Shigeru", "Ishiba"))
    (True, True)
    >>> _reversible(("Martin", "Scott")), _reversible(("Park", "Chan")), _reversible(("Yi", "Yi"))
    (False, False, False)
    """
    if len(toks) != 2 or toks[0] == toks[1]:
        return False
    for t in toks:
        f = nm.fold(t)
        if not (t.isalpha() and t[:1].isupper() and t[1:].islower()) or f in nm.given_names():
            return False
        if nm.is_word(f) and (len(f) > 2 or f in _TWO_LETTER_WORDS):
            return False
    return True


def _particles_of(names: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The particles of each name of a capitalised word, lower-case surname particles and
    a capitalised surname, by the surname; a surname listed with two sets of particles
    is left out.

    >>> _particles_of([("Ursula", "von", "der", "Leyen"), ("Bank", "of", "America")])
    {'Leyen': ('von', 'der')}
    >>> _particles_of([("Lula", "da", "Silva"), ("Ana", "de", "Silva")])
    {}
    """
    found: dict[str, set[tuple[str, ...]]] = {}
    for toks in names:
        middle = toks[1:-1]
        if (
            len(toks) >= 3
            and toks[0][:1].isupper()
            and toks[-1][:1].isupper()
            and all(t in nm.PERSON_PARTICLES for t in middle)
        ):
            found.setdefault(toks[-1], set()).add(middle)
    return {s: next(iter(p)) for s, p in found.items() if len(p) == 1}


def _group(pairs: Iterable[tuple[str, int]]) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for key, i in pairs:
        bucket = out.setdefault(key, [])
        if i not in bucket:
            bucket.append(i)
    return {k: tuple(v) for k, v in out.items()}


def _squash(s: str) -> str:
    return nm.fold(s)


@functools.lru_cache(maxsize=16)
def _build_index(items: tuple[NameEntry, ...], min_single_length: int) -> _Index:
    """The :class:`_Index` of the canonical list ``items`` (cached per list);
    ``min_single_length`` is the shortest one-word name whose look-alikes are changed.
    """
    check_aliases(items)
    protected, never = _protected_and_never(items)
    skeletons, short, masked, doubled, small_masked = _single_lookups(items, min_single_length)
    connected = connected_entries(items)
    # a name joined by small words is no person's: no given name, no surname ("Bank of
    # America" makes no "America" a surname to anchor)
    joined = {i for i, e in enumerate(items) if joined_by_small_words(e.tokens)}
    particled = _particled(e.tokens for i, e in enumerate(items) if i not in joined)
    multi = [(i, e.tokens) for i, e in enumerate(items) if len(e.tokens) >= 2 and i not in joined]
    given_folds = frozenset(nm.fold(toks[0]) for _, toks in multi)
    context = _context_pairs(items)
    return _Index(
        entries=items,
        protected=protected,
        never=never,
        squash=_group((_squash(e.canonical), i) for i, e in enumerate(items)),
        given=_group(
            (f"{key} {nm.fold(toks[1])[:1]}", i)
            for i, toks in multi
            for key in {toks[0].casefold(), nm.fold(toks[0])}  # "Jose" for José too
        ),
        surnames=_group((toks[-1].casefold(), i) for i, toks in multi),
        singles_by_skeleton=skeletons,
        singles_short=short,
        singles_masked=masked,
        singles_doubled=doubled,
        singles_small_masked=small_masked,
        aliases=_alias_lookup(items),
        context=_context_pattern(context),
        context_entries=_group(context),
        given_folds=given_folds,
        token_folds=frozenset(nm.fold(t) for e in items for t in e.tokens),
        # as written and without diacritics ("Jose" for José)
        given_keys=given_folds | frozenset(toks[0].casefold() for _, toks in multi),
        tokens=tuple(e.tokens for e in items),
        squash_prefixes=_prefixes(_squash(e.canonical) for e in items),
        titled=_titled(items),
        particled=particled,
        marked_tails=_group(_marked_tails(multi)),
        particled_surnames=frozenset().union(*particled.values()),
        particles_of=_particles_of(e.tokens for e in items),
        connected=connected,
        spelt=_spelt(items),
        reversible=_group((toks[-1], i) for i, toks in multi if _reversible(toks)),
        respelt=_group(
            (_spelling_key(nm.fold(toks[-1])), i)
            for i, toks in multi
            if len(toks) == 2 and len(nm.fold(toks[-1])) >= _RESPELT_SURNAME_LETTERS
        ),
        hyphenated=_group(
            (nm.fold(part), i)
            for i, e in enumerate(items)
            if len(e.tokens) == 1 and "-" in e.tokens[0]
            for part in e.tokens[0].split("-")
            if nm.fold(part)
        ),
    )


def _spelt(items: tuple[NameEntry, ...]) -> dict[str, str]:
    """Each word of three letters or more of ``items`` (and each part of a hyphenated
    one), by its casefold; a casefold two entries write in different cases is left out.

    >>> spelt = _spelt((NameEntry("Olaf Scholz"), NameEntry("Jean-Luc Ng")))
    >>> sorted(spelt), spelt["jean-luc"]
    (['jean', 'jean-luc', 'luc', 'olaf', 'scholz'], 'Jean-Luc')
    """
    out: dict[str, str] = {}
    clashes: set[str] = set()
    for e in items:
        for token in e.tokens:
            for word in (token, *token.split("-")) if "-" in token else (token,):
                key = word.casefold()
                if sum(c.isalpha() for c in word) < 3:
                    continue
                if out.setdefault(key, word) != word:
                    clashes.add(key)
    return {k: v for k, v in out.items() if k not in clashes}


def _protected_and_never(items: tuple[NameEntry, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The casefolded words no other pass may change, and the casefolded never spellings.

    The protected words are every word of a canonical name, each part of a hyphenated one,
    and each word of an alias that is a never spelling of its entry or of an earlier one.

    >>> protected, never = _protected_and_never((NameEntry("Ann Okeke-Field"),))
    >>> sorted(protected), sorted(never)
    (['ann', 'field', 'okeke', 'okeke-field'], [])
    """
    protected: set[str] = set()
    never: set[str] = set()
    for e in items:
        toks = e.tokens
        protected.update(t.casefold() for t in toks)
        protected.update(p.casefold() for t in toks for p in t.split("-"))
        never.update(v.casefold() for v in e.never)
        for alias in e.aliases:
            if _WORD.match(alias) is None:
                continue
            protected.update(w.casefold() for w in alias.split() if w.casefold() in never)
    return frozenset(protected), frozenset(never)


def _single_lookups(
    items: tuple[NameEntry, ...], min_single_length: int
) -> tuple[
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
]:
    """The lookups of the one-word entries, in the order of :class:`_Index`: by phonetic
    key, by fold less one inner letter, by fold with one letter masked, by fold for a name
    a letter shorter than the minimum or more, and the masked folds of the small names.
    """
    skeletons: list[tuple[str, int]] = []
    short: list[tuple[str, int]] = []  # a one-word name less one inner letter
    masked: list[tuple[str, int]] = []  # a one-word name with one letter (not the first) as "?"
    doubled: list[tuple[str, int]] = []  # a one-word name one letter below the minimum or more
    small_masked: list[tuple[str, int]] = []  # a one-word name below the minimum, masked
    for i, e in enumerate(items):
        if len(e.tokens) >= 2:
            continue
        f = nm.fold(e.tokens[0])
        if len(f) >= min_single_length - 1:
            # a letter typed twice makes such a name as long as the minimum ("Faginn")
            doubled.append((f, i))
        if len(f) >= min_single_length:
            skeletons.append((nm.skeleton(f), i))
            short.extend((f[:k] + f[k + 1 :], i) for k in range(1, len(f) - 1))
            masked.extend((key, i) for key in _masked(f))
        elif len(f) >= _SMALL_SINGLE:
            small_masked.extend((key, i) for key in _masked(f))
    return _group(skeletons), _group(short), _group(masked), _group(doubled), _group(small_masked)


def _alias_lookup(
    items: tuple[NameEntry, ...],
) -> dict[str, tuple[tuple[str, int, str], ...]]:
    """The aliases of ``items`` by their first word: each alias with its entry and what it
    becomes, the longest alias first.

    >>> entry = NameEntry("Arthur Mensch", aliases=("Mensh", "A Mensch", "A. Mensch"))
    >>> found = _alias_lookup((entry,))
    >>> found["Mensh"]
    (('Mensh', 0, 'Mensch'),)
    >>> found["A"]
    (('A. Mensch', 0, 'Arthur Mensch'), ('A Mensch', 0, 'Arthur Mensch'))
    """
    found: dict[str, list[tuple[str, int, str]]] = {}
    for i, e in enumerate(items):
        for alias in e.aliases:
            first = _WORD.match(alias)
            if first is None:
                continue
            found.setdefault(first.group(), []).append((alias, i, _alias_target(alias, e)))
    return {k: tuple(sorted(v, key=lambda a: len(a[0]), reverse=True)) for k, v in found.items()}


def _context_pairs(items: tuple[NameEntry, ...]) -> list[tuple[str, int]]:
    """Each casefolded context word of ``items`` with the index of its entry.

    >>> _context_pairs((NameEntry("Ann Lee", context=("Senator",)),))
    [('senator', 0)]
    """
    return [(w.casefold(), i) for i, e in enumerate(items) for w in e.context]


def _context_pattern(context: list[tuple[str, int]]) -> regex.Pattern[str] | None:
    """The pattern that finds any of the context words of ``context`` as a whole word, in
    any case, the longest word tried first; None when there is no context word.

    >>> _context_pattern([("mp", 0)]).search("an MP said").group()
    'MP'
    """
    if not context:
        return None
    words = sorted({w for w, _ in context}, key=len, reverse=True)
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\p{N}])",
        regex.IGNORECASE,
    )


def _prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every non-empty prefix of every key.

    >>> sorted(_prefixes(["abc"]))
    ['a', 'ab', 'abc']
    """
    return frozenset(key[:k] for key in keys for k in range(1, len(key) + 1))


def _titled(items: tuple[NameEntry, ...]) -> dict[str, tuple[int, ...]]:
    """The entries written with a title ("Dr Ann Lee"), by the first letter of the fold of
    their last word.
    """
    return _group(
        (nm.fold(e.tokens[-1])[:1], i)
        for i, e in enumerate(items)
        if len(e.tokens) >= 2 and nm.fold(e.tokens[0]) in nm.titles()
    )


def _alias_target(alias: str, entry: NameEntry) -> str:
    """What an alias becomes: the canonical name, or the one word of it a one-word alias
    spells ("Mensh" for "Mensch"); an alias that writes the whole name another way
    ("Q-Mobile", "AcmeRailways" for "Acme Railways") becomes the whole name.

    >>> entry = NameEntry("Acme Railways", aliases=("AcmeRailways", "Railwais"))
    >>> _alias_target("AcmeRailways", entry), _alias_target("Railwais", entry)
    ('Acme Railways', 'Railways')
    """
    toks = entry.tokens
    fa = nm.fold(alias)
    if len(alias.split()) == 1 and len(toks) > 1 and fa != nm.fold(entry.canonical):
        best = max(toks, key=lambda t: nm.similarity(fa, nm.fold(t)))
        if nm.similarity(fa, nm.fold(best)) >= 0.5:
            return best
    return entry.canonical


# The shortest one-word name whose look-alikes are suggested (see the names pass,
# ``_Document._small_singles``).
_SMALL_SINGLE = 4
