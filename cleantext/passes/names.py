"""NormalizeNames: map misspelt people, organisations and products onto a canonical list.

Matching follows how the errors happen in scraped news:

1. *Aliases* from the list map straight onto their canonical name (``names/alias``).
2. *Case and spacing* of a whole name: ``Deepseek``, ``Deep Seek``, ``Open AI`` ->
   ``DeepSeek``, ``OpenAI`` (``names/spacing-case``); a spelling that lacks only the
   diacritics (``Muller`` -> ``Müller``) is a ``names/variant`` with score 1. No edit takes
   marks away: ``Martínez`` stays beside a list that types Martinez.
3. *Full-name variants* anchor a person in the document: the exact given name followed by a
   token close to the surname (``Arthur Marsh`` -> ``Arthur Mensch``); a weak match (score
   under 0.6) also needs a second spelling near the surname in the document. A person whose
   full name or surname appears correctly, or one of whose ``context`` words appears, is
   anchored too.
4. *Surname-only mentions* (``Mansh``, ``Marsh's``) of anchored people are normalised when
   close to the surname or to a variant anchored in the same document (``names/variant``);
   a second round accepts spellings one edit from those already matched (``Manish`` next
   to ``Mansh``). Short names, given names and common words need stronger evidence; a title
   ("Mr", "Professor") or the right initial ("A. Mansh") counts as evidence.
5. Single-word organisations and products also match by small edits that keep their sound
   (``DeepSeak`` -> ``DeepSeek``).

Guards: canonical names and their tokens, ``never`` spellings, lower-case words, common words
at the start of a sentence, months, days, places and nationalities are never rewritten; a
token used as another person's name in the document ("Manish Kumar", "Andy Marsh", "dal
Maso", another initial) is left alone, and so is a token in a line-up of surnames unless it
sounds the same; a token two canonical entries claim is reported by
:meth:`NormalizeNames.suggest`, not changed. Scores are normalised optimal-string-alignment
similarities (rapidfuzz) on folded text, judged with the token length, the first letter (it
must agree) and a phonetic skeleton; each distinct token is judged once per document.
The per-document cost does not grow with the list: every step looks names up by word,
prefix or phonetic key in an index built once per list.

>>> from cleantext.passes import NormalizeNames
>>> fix = NormalizeNames(["Arthur Mensch", "DeepSeek"])
>>> fix("Arthur Marsh leads the firm. Mansh said Deep Seek and MARSH'S rivals grow.")
"Arthur Mensch leads the firm. Mensch said DeepSeek and MENSCH'S rivals grow."
>>> fix("In March, Manish Kumar met Mark.")
'In March, Manish Kumar met Mark.'

The pass is written in three modules: this one reads a document and decides the edits;
:mod:`~cleantext.passes.names_index` makes the canonical list an index, once per list;
:mod:`~cleantext.passes.names_shapes` holds the pure helpers on the shapes of words; the
string keys and scores they compare names with are in :mod:`~cleantext.passes.names_match`.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

import regex

from cleantext.edits import Edit
from cleantext.namelist import NameEntry, entries
from cleantext.passes import names_match as nm
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass
from cleantext.passes.code_spans import overlaps
from cleantext.passes.names_index import (
    _SMALL_SINGLE,
    _build_index,
    _Index,
)
from cleantext.passes.names_shapes import (
    _LAST_LETTERS,
    _UNIT,
    _WORD,
    _adjective_stems,
    _anchor_surnames,
    _candidates,
    _case_spacing_ok,
    _drop_overlaps,
    _drops_marks,
    _glued,
    _inner_capital,
    _long_variant,
    _masked,
    _modifier,
    _nearest,
    _own_word,
    _people_word,
    _place_only,
    _plain,
    _prefix_word,
    _same_stem,
    _same_title,
    _second_spelling,
    _sentence_start,
    _typed_twice_or_dropped,
    _unique_nearest,
    _units,
    _vowel_lost,
    _whole_word,
)
from cleantext.passes.spaces import ODD_SPACES
from cleantext.passes.text_view import TextView

__all__ = ["NormalizeNames"]
# Lower-case surname particles ("dal Bosco", "van der Tol"), and with them the connectors
# that only stand inside a canonical name ("Ortega y Gasset").
_SURNAME_PARTICLES = "da|dal|de|del|della|der|di|do|dos|du|la|le|van|von|ten|ter|bin|ibn|al|el"
_NAME_CONNECTORS = frozenset(f"{_SURNAME_PARTICLES}|y|e|zu|den|het".split("|"))
# A particle right before a word.
_PARTICLE = regex.compile(rf"(?<![\p{{L}}])(?:{_SURNAME_PARTICLES}) \Z")
# The particles and connectors right before a word ("von der " before "Leyen").
_PARTICLES_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])((?:(?:{'|'.join(sorted(_NAME_CONNECTORS))}) )+)\Z"
)


# What may stand between two items of a list of names: separators, capitalised words and
# initials, numbers ("Okeke, Doran, Dorgan"; "A Okeke (Tolworth), O Larsen"; "Doran 19,
# Dorgan 29"), no prose.
_LIST_GAP = regex.compile(
    r"(?:[\s,;/&]++|and\b|or\b|\p{Lu}[\p{L}\p{M}'\u2019.\-]*+|\p{N}++['\u2019]?|\([^()\n]{0,40}\))*+"
)
_LIST_GAP_MAX = 160  # characters


def _separator(after: str) -> bool:
    """The two characters after a word are a list separator: ", " or "; ", or a comma or
    semicolon before a line break or the end (where trailing spaces may or may not be)."""
    return after[:1] in (",", ";") and (len(after) == 1 or after[1].isspace())


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


@dataclass(frozen=True, slots=True)
class _Anchor:
    """Why a surname counts as present in a document."""

    surname: str
    offset: int
    what: str  # the text that anchored it

    def describe(self) -> str:
        return f"anchored by {self.what!r} at offset {self.offset}"


@dataclass(frozen=True, slots=True)
class NormalizeNames(Pass):
    """Map misspelt variants of canonical names onto the list, and touch nothing else.

    ``names`` (positional) holds canonical names as strings or
    :class:`~cleantext.namelist.NameEntry` (with aliases, context words and never-touch
    spellings; see :func:`cleantext.namelist.load_names`).

    Options (keyword-only, same names as the TOML keys under ``[tool.cleantext.names]``):

    ``full_name_cutoff`` (0.5)
        similarity a surname needs right after the exact given name ("Arthur Marsh").
    ``surname_max_distance`` (3)
        most edits a surname-only mention may be from the anchored surname; the limit also
        shrinks with the length of the name (one edit up to 4 letters, two up to 9).
    ``variant_max_distance`` (1)
        most edits a surname-only mention may be from a variant anchored in the document.
    ``single_min_length`` (6)
        one-word names (organisations, products) shorter than this match only by case and
        spacing, never by edits, unless the document writes the name exactly elsewhere
        (then from four letters: "Dorun" for Dorin) or a letter typed twice brings a name
        one letter shorter up to it ("Faginn" for Fagin).
    ``fuzzy`` (True)
        False keeps aliases, case, spacing and diacritics only.
    ``fix_case_spacing`` (True), ``restore_diacritics`` (True)
        switch those fixes off.
    ``house_style`` (True)
        a document that never writes a one-word name the canonical way but writes it its own
        way at least twice ("Time Warner" throughout, for "TimeWarner") follows a house
        style rather than garbling it: such case and spacing variants are suggested, not
        applied (a spelling one edit away is a misspelling even when repeated). False
        applies them anyway.
    ``own_spelling`` (4)
        a spelling the document writes this many times or more, and more often than the
        listed one, is its own ("Leinster" in a report on Irish rugby, beside a listed
        Leicester; "Ravi Hymns" and "Hymns" beside a listed Ravi Hynes): a variant of it is
        suggested, not applied. A scraper or a transcriber garbles a name a few times, not
        throughout. 0 applies them anyway.

    Rules: ``names/variant``, ``names/alias``, ``names/spacing-case``. Notes carry the score
    and the anchor, e.g. ``score 0.67 vs 'Mensch'; anchored by 'Arthur Mensch' at offset 0``.

    >>> NormalizeNames(["Arthur Mensch"]).propose("Arthur Mensch spoke. Mansh's plan.")[0].note
    "score 0.67 vs 'Mensch'; anchored by 'Arthur Mensch' at offset 0"
    >>> NormalizeNames(["Thomas Müller"])("Thomas Muller scored; Muller's goal.")
    "Thomas Müller scored; Müller's goal."
    """

    name: ClassVar[str] = "names"
    rules: ClassVar[tuple[str, ...]] = ("names/variant", "names/alias", "names/spacing-case")

    names: tuple[NameEntry, ...] = ()
    full_name_cutoff: float = 0.5
    surname_max_distance: int = 3
    variant_max_distance: int = 1
    single_min_length: int = 6
    fuzzy: bool = True
    fix_case_spacing: bool = True
    restore_diacritics: bool = True
    house_style: bool = True
    own_spelling: int = 4
    _index: _Index = field(init=False, compare=False, repr=False, hash=False)

    def __init__(
        self,
        names: Iterable[str | NameEntry] = (),
        *,
        full_name_cutoff: float = 0.5,
        surname_max_distance: int = 3,
        variant_max_distance: int = 1,
        single_min_length: int = 6,
        fuzzy: bool = True,
        fix_case_spacing: bool = True,
        restore_diacritics: bool = True,
        house_style: bool = True,
        own_spelling: int = 4,
    ) -> None:
        items = entries(names)
        if not 0.0 <= float(full_name_cutoff) <= 1.0:
            raise ValueError(f"full_name_cutoff must lie in [0, 1], not {full_name_cutoff!r}")
        for key, value in (
            ("surname_max_distance", surname_max_distance),
            ("variant_max_distance", variant_max_distance),
            ("single_min_length", single_min_length),
            ("own_spelling", own_spelling),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{key} must be a non-negative integer, not {value!r}")
        object.__setattr__(self, "names", items)
        object.__setattr__(self, "full_name_cutoff", float(full_name_cutoff))
        object.__setattr__(self, "surname_max_distance", surname_max_distance)
        object.__setattr__(self, "variant_max_distance", variant_max_distance)
        object.__setattr__(self, "single_min_length", single_min_length)
        object.__setattr__(self, "fuzzy", bool(fuzzy))
        object.__setattr__(self, "fix_case_spacing", bool(fix_case_spacing))
        object.__setattr__(self, "restore_diacritics", bool(restore_diacritics))
        object.__setattr__(self, "house_style", bool(house_style))
        object.__setattr__(self, "own_spelling", own_spelling)
        object.__setattr__(self, "_index", _build_index(items, single_min_length))

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (
                self.names,
                {
                    "full_name_cutoff": self.full_name_cutoff,
                    "surname_max_distance": self.surname_max_distance,
                    "variant_max_distance": self.variant_max_distance,
                    "single_min_length": self.single_min_length,
                    "fuzzy": self.fuzzy,
                    "fix_case_spacing": self.fix_case_spacing,
                    "restore_diacritics": self.restore_diacritics,
                    "house_style": self.house_style,
                    "own_spelling": self.own_spelling,
                },
            ),
        )

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        """Edits that map variants in ``text`` onto the canonical names."""
        return self.review(text, context)[0]

    def suggest(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        """Matches left for review: a token two canonical entries claim, a full name too
        far from the listed one to change alone, a short name misspelt in every mention."""
        return self.review(text, context)[1]

    def review(self, text: str, context: Context = EMPTY_CONTEXT) -> tuple[list[Edit], list[Edit]]:
        """The edits and the suggestions, from one reading of the document."""
        if not self.names:
            return [], []
        return _run_spaced(self, text)


# Spaces between two words that a scraper leaves (no-break, doubled, thin...): the names of
# a text read the same through them ("Arthur\u00a0Marsh", "Arthur  Marsh").
_WIDE_SPACE = regex.compile(rf"(?<=\S)(?: [ {ODD_SPACES}]++|[{ODD_SPACES}][ {ODD_SPACES}]*+)(?=\S)")


def _run_spaced(owner: NormalizeNames, text: str) -> tuple[list[Edit], list[Edit]]:
    """The edits and the suggestions of the names pass on ``text`` read with each run of
    spaces between two words as one space, mapped back to ``text``.

    >>> fix = NormalizeNames(["Arthur Mensch"])
    >>> [(e.start, e.end, e.replacement) for e in _run_spaced(fix, "Arthur  Mensh leads.")[0]]
    [(8, 13, 'Mensch')]
    """
    runs = [m.span() for m in _WIDE_SPACE.finditer(text)] if _may_be_wide(text) else []
    if not runs:
        return _Document(owner, text).run()
    view = TextView.replacing(text, runs, " ")
    edits, notes = _Document(owner, view.text).run()
    return view.edits_back(edits), view.edits_back(notes)


def _may_be_wide(text: str) -> bool:
    """Whether ``text`` may hold a run that :data:`_WIDE_SPACE` finds (cheap tests)."""
    # one substring test per character: each runs at memchr speed, a class did not
    return "  " in text or (not text.isascii() and any(c in text for c in ODD_SPACES))


def _rebuild(names: tuple[NameEntry, ...], options: dict[str, object]) -> NormalizeNames:
    return NormalizeNames(names, **options)  # type: ignore[arg-type]


class _Judged(NamedTuple):
    score: float  # similarity to the canonical surname
    via: str  # the anchored spelling it matched ('' when the canonical surname itself)
    distance: int
    unsure: bool = False  # made only if another spelling in the text says so


class _Document:
    """The analysis of one text: built per call, so a pass stays immutable and thread-safe."""

    def __init__(self, owner: NormalizeNames, text: str) -> None:
        self.p = owner
        self.idx = owner._index
        self.text = text
        self.units = _units(text)
        self.claimed: set[int] = set()
        self.edits: list[Edit] = []
        self.suggestions: list[Edit] = []
        # house-style suggestions, each with the edit it would be and the canonical name it writes
        self.styled: list[tuple[Edit, Edit, str]] = []
        self.anchors: dict[str, _Anchor] = {}  # surname -> first anchor
        self.variants: dict[str, dict[str, _Anchor]] = {}  # surname -> fold of variant -> anchor
        self.blocked: set[str] = set()  # folds used as another person's name here
        # blocked folds that a one-word name written by this run may yet claim, and their token
        self._unanchored: dict[str, str] = {}
        self.secondary: dict[str, dict[str, _Anchor]] = {}  # lone surnames already matched
        self._bigrams: dict[str, set[str]] = {}
        self._pairs_written: set[str] = set()  # "San Andreas" that a one-word fix wrote
        self._folds: set[str] | None = None
        self._sentence: dict[int, bool] = {}
        self._after_word: dict[str, set[str]] | None = None  # word -> folds right after it
        self._after_given: frozenset[str] | None = None  # folds right after a given name
        self._misspellings: dict[tuple[str, str], frozenset[str]] = {}

    # ------------------------------------------------------------------ driver
    def run(self) -> tuple[list[Edit], list[Edit]]:
        if not self.units:
            return [], []
        self._aliases()
        self._whole_names()
        self._context_anchors()
        self._full_names()
        self._surname_anchors()
        self._other_people()
        if self.p.fuzzy:
            self._given_variants()
            self._surname_mentions()
            self._lone_given_names()
            self._singles()
        self._unstyle()
        self._own_spellings()
        self.edits.sort(key=lambda e: e.start)
        made = [(e.start, e.end) for e in self.edits]
        suggestions = sorted(
            (s for s in self.suggestions if not overlaps(made, s.start, s.end)),
            key=lambda e: e.start,
        )
        return self.edits, _drop_overlaps(suggestions)

    def _unstyle(self) -> None:
        """A house style holds only while the document never writes the canonical name: when
        this run writes it ("Deep Seek" -> "DeepSeek" beside "Deepseek" twice), the style's
        spellings are fixed too, as a second run would fix them."""
        if not self.styled:
            return
        written = {e.replacement for e in self.edits}
        for suggestion, edit, canonical in self.styled:
            if canonical in written:
                self.suggestions.remove(suggestion)
                self.edits.append(edit)

    def _own_spellings(self) -> None:
        """Suggest, not apply, each variant edit that rewrites a word the document writes
        ``own_spelling`` times or more, and more often than the listed spelling: the
        document's own spelling of another name."""
        least = self.p.own_spelling
        if not least or not self.edits:
            return
        counts = Counter(u.text.casefold() for u in self.units)
        kept: list[Edit] = []
        for e in self.edits:
            word = _own_word(self.text[e.start : e.end], e, counts, least)
            if word is None:
                kept.append(e)
                continue
            times = counts[word.casefold()]
            note = f"{e.note}; left alone: the document writes {word!r} {times} times"
            self.suggestions.append(Edit(e.start, e.end, e.replacement, e.rule, note))
        self.edits = kept

    # ------------------------------------------------------------------ helpers
    def _adjacent(self, i: int, j: int) -> bool:
        """Units i < j follow each other separated by exactly one space."""
        a, b = self.units[i], self.units[j]
        return a.full_end == a.end and b.start == a.end + 1 and self.text[a.end] == " "

    def _is_start(self, i: int) -> bool:
        cached = self._sentence.get(i)
        if cached is None:
            cached = _sentence_start(self.text, self.units[i].start)
            self._sentence[i] = cached
        return cached

    def _titled(self, i: int) -> bool:
        """A title ("Mr", "Professor") stands right before unit i."""
        if i == 0:
            return False
        prev, cur = self.units[i - 1], self.units[i]
        gap = self.text[prev.full_end : cur.start]
        return gap in (" ", ". ") and nm.fold(prev.text) in nm.titles()

    def _guarded(self, i: int, token: str) -> bool:
        """Tokens that are never a misspelt name here."""
        f = nm.fold(token)
        if (
            len(f) < 2
            or token.casefold() in self.idx.protected
            or token.casefold() in self.idx.never
        ):
            return True
        if f in nm.calendar() or f in nm.places() or f in self.blocked:
            return True
        return self._is_start(i) and nm.is_word(f) and not self._exact_variant(f)

    def _exact_variant(self, f: str) -> bool:
        return any(f in v for v in self.variants.values())

    def _edit(self, start: int, end: int, replacement: str, rule: str, note: str) -> None:
        if rule != "names/alias" and _drops_marks(self.text[start:end], replacement):
            return  # "Martínez" is spelt with care: never a garbled "Martinez"
        self.edits.append(Edit(start, end, replacement, rule, note))

    def _claim(self, *units: int) -> None:
        self.claimed.update(units)

    def _anchor(self, surname: str, offset: int, what: str) -> None:
        self.anchors.setdefault(surname, _Anchor(surname, offset, what))

    # ------------------------------------------------------------------ 1. aliases
    def _aliases(self) -> None:
        if not self.idx.aliases:
            return
        text = self.text
        i = 0
        while i < len(self.units):
            u = self.units[i]
            first = _WORD.match(u.text)
            hits = self.idx.aliases.get(first.group()) if first else None
            done = False
            for alias, e, target in hits or ():
                end = u.start + len(alias)
                if not text.startswith(alias, u.start) or _glued(text, end):
                    continue
                last = i
                while last + 1 < len(self.units) and self.units[last + 1].start < end:
                    last += 1
                entry = self.idx.entries[e]
                if alias != target:
                    # in the alias's casing ("ARTHUR MARSH" -> "ARTHUR MENSCH"), unless the
                    # alias is the name in capitals ("PCS" listed for "PCs"): then as listed
                    cased = nm.casing(alias, target)
                    self._edit(
                        u.start,
                        end,
                        target if cased == alias else cased,
                        "names/alias",
                        f"alias of {entry.canonical!r}",
                    )
                for k in range(i, last + 1):
                    self._claim(k)
                for s in _anchor_surnames(entry):
                    self._anchor(s, u.start, alias)
                said, meant = alias.split(), target.split()
                if len(said) == len(meant) > 1 and said[0] == meant[0] and said[-1] != meant[-1]:
                    # "Arthur Marsh" listed for Arthur Mensch: "Marsh" alone is him too
                    self.variants.setdefault(meant[-1], {})[nm.fold(said[-1])] = _Anchor(
                        meant[-1], u.start, alias
                    )
                i = last + 1
                done = True
                break
            if not done:
                i += 1

    # ------------------------------------------------------------------ 2. case, spacing
    def _whole_names(self) -> None:
        """Whole canonical names written exactly, or with other case, spacing or diacritics.

        A window of up to three adjacent words is looked up only while its fold is a
        prefix of some canonical name, so most words cost one set lookup.
        """
        units, text, idx = self.units, self.text, self.idx
        prefixes = idx.squash_prefixes
        n = len(units)
        i = 0
        while i < n:
            if i in self.claimed:
                i += 1
                continue
            key = nm.fold(units[i].text)
            if key not in prefixes:
                i += 1
                continue
            windows = [(i, key)]
            last = i
            while len(windows) < 3 and last + 1 < n and self._adjacent(last, last + 1):
                if last + 1 in self.claimed:
                    break
                key += nm.fold(units[last + 1].text)
                if key not in prefixes:
                    break
                last += 1
                windows.append((last, key))
            matched = 0
            for last, key in reversed(windows):
                hits = idx.squash.get(key)
                surface = text[units[i].start : units[last].end]
                if hits and self._whole_name(i, last, surface, hits):
                    matched = last - i + 1
                    break
            i += matched or 1

    def _whole_name(self, i: int, last: int, surface: str, hits: tuple[int, ...]) -> bool:
        idx = self.idx
        cands = {idx.entries[e].canonical: e for e in hits}
        start = self.units[i].start
        for canonical, e in cands.items():
            if surface == canonical or (surface.isupper() and surface == canonical.upper()):
                self._claim(*range(i, last + 1))
                for s in _anchor_surnames(idx.entries[e]):
                    self._anchor(s, start, surface)
                return True
        if surface.casefold() in idx.never:
            self._claim(*range(i, last + 1))
            return True
        if len(cands) > 1:
            names = ", ".join(repr(c) for c in cands)
            first = next(iter(cands))
            self.suggestions.append(
                Edit(start, self.units[last].end, first, "names/variant", f"ambiguous: {names}")
            )
            self._claim(*range(i, last + 1))
            return True
        canonical, e = next(iter(cands.items()))
        entry = idx.entries[e]
        plain_s, plain_c = _plain(surface), _plain(canonical)
        if plain_s.casefold() == plain_c.casefold():
            if not self.p.fix_case_spacing or not _case_spacing_ok(surface, canonical):
                return False
            rule, note = "names/spacing-case", f"case or spacing of {canonical!r}"
            if self._house_style(canonical, surface):
                replacement = nm.casing(surface, canonical)
                end = self.units[last].end
                own = f"{note}; the document never writes {canonical!r}: its own style?"
                suggestion = Edit(start, end, replacement, rule, own)
                self.suggestions.append(suggestion)
                self.styled.append(
                    (suggestion, Edit(start, end, replacement, rule, note), canonical)
                )
                self._claim(*range(i, last + 1))
                return True
        else:
            if not self.p.restore_diacritics:
                return False
            rule, note = "names/variant", f"score 1.00 vs {canonical!r} (diacritics)"
        self._edit(start, self.units[last].end, nm.casing(surface, canonical), rule, note)
        self._claim(*range(i, last + 1))
        for s in _anchor_surnames(entry):
            self._anchor(s, start, surface)
        return True

    # ------------------------------------------------------------------ 3. anchors
    def _context_anchors(self) -> None:
        pattern = self.idx.context
        if pattern is None:
            return
        for m in pattern.finditer(self.text):
            for e in self.idx.context_entries.get(m.group().casefold(), ()):
                for s in _anchor_surnames(self.idx.entries[e]):
                    self._anchor(s, m.start(), m.group())

    def _surname_anchors(self) -> None:
        idx = self.idx
        for i, u in enumerate(self.units):
            hits = idx.surnames.get(u.text.casefold())
            if not hits:
                continue
            for e in hits:
                s = idx.tokens[e][-1]
                if u.text != s and not (u.text.isupper() and u.text == s.upper()):
                    continue
                if self._is_start(i) and nm.is_word(nm.fold(s)):
                    continue
                self._anchor(s, u.start, u.text)

    def _full_names(self) -> None:
        """Given name + surname variant: "Arthur Marsh" anchors and becomes "Arthur Mensch".

        The given name must be exact (or the last part of a double given name such as
        "Eva-Marie"); for an entry written with a title ("Prof Venzioli") any title will do.
        Of the words after it, one may be a variant; the others must be exact.
        """
        units, idx = self.units, self.idx
        for i, u in enumerate(units):
            if i + 1 >= len(units):
                break
            hits = self._given_hits(i)
            if not hits:
                continue
            found: dict[str, tuple[int, int, str, _Judged]] = {}
            unsure: dict[str, tuple[int, int, _Judged]] = {}  # too far, nothing else says so
            for e in hits:
                toks = idx.tokens[e]
                match = self._rest(i, toks)
                if match is None:
                    continue
                last, slot, want = match
                if slot < 0:
                    self._anchor(toks[-1], u.start, self.text[u.start : units[last].end])
                    continue
                if slot in self.claimed or not self.p.fuzzy:
                    continue
                judged = self._judge_full(slot, units[slot].text, want)
                if judged is not None and (
                    judged.unsure
                    or (judged.score < 0.6 and not self._corroborated(units[slot].text, want))
                    or (judged.score < _NAMED_CUTOFF and nm.fold(toks[0]) in _ARTICLES)
                ):
                    # a weak match, or a name that opens with an article: "The Tories" is
                    # not "The Times" misspelt
                    unsure.setdefault(want, (e, slot, judged))
                    judged = None
                if judged is not None:
                    found.setdefault(want, (e, slot, toks[-1] if want == toks[-1] else "", judged))
            if not found:
                if len(unsure) == 1:  # "Arthur Marsh" for Arthur Mensch: for review
                    want, (e, slot, judged) = next(iter(unsure.items()))
                    v = units[slot]
                    note = (
                        f"possibly {want!r} (score {judged.score:.2f} after given name "
                        f"{u.text!r}); left alone: another person may have that name and no "
                        "other spelling in the text says otherwise (if it is the same person, "
                        f"list {self.text[u.start : v.end]!r} as an alias of "
                        f"{idx.entries[e].canonical!r})"
                    )
                    self.suggestions.append(
                        Edit(v.start, v.end, nm.casing(v.text, want), "names/variant", note)
                    )
                continue
            closest = _closest({w: f[3] for w, f in found.items()})
            if closest is None:
                slot = next(iter(found.values()))[1]
                self._ambiguous(slot, iter(found), "after the given name")
                continue
            want = closest
            e, j, surname, judged = found[want]
            v = units[j]
            what = self.text[u.start : v.end]
            if what.casefold() in idx.never:
                continue
            canonical_surname = idx.tokens[e][-1]
            self._anchor(canonical_surname, u.start, what)
            if surname:
                self.variants.setdefault(surname, {})[nm.fold(v.text)] = _Anchor(
                    surname, u.start, what
                )
            self._edit(
                v.start,
                v.end,
                nm.casing(v.text, want),
                "names/variant",
                f"score {judged.score:.2f} vs {want!r} after given name {u.text!r}",
            )
            self._claim(j)

    def _given_hits(self, i: int) -> tuple[int, ...]:
        """Entries whose given name (or title) is unit i and whose next word starts like
        the word after it (entries are indexed by given name and that first letter)."""
        idx, units = self.idx, self.units
        text = units[i].text
        key = text.casefold()
        if (
            key not in idx.given_keys
            and ("-" not in key or key.rsplit("-", 1)[1] not in idx.given_keys)
            and not (idx.titled and nm.fold(text) in nm.titles())
        ):
            return ()  # no entry starts with this word: the common case, decided at once
        letters = set()
        if self._adjacent(i, i + 1):
            letters.add(nm.fold(units[i + 1].text)[:1])
        particles = self._particles_after(i)
        if particles:
            letters.add(particles[0][:1])
        if self._initial_between(i):
            letters.add(nm.fold(units[i + 2].text)[:1])
        if not letters:
            return ()
        letters |= {b for a in letters for b in _FIRST_LETTERS_ALIKE.get(a, ())}
        out: tuple[int, ...] = ()
        keys = [text.casefold()]
        if "-" in text:
            keys.append(text.rsplit("-", 1)[1].casefold())
        for key in keys:
            for letter in letters:
                for e in idx.given.get(f"{key} {letter}", ()):
                    g = idx.tokens[e][0]
                    if text.endswith(g) or (text.isupper() and text.endswith(g.upper())):
                        out += (e,)
        title = nm.fold(text)
        if idx.titled and title in nm.titles():
            for letter in letters:
                out += tuple(
                    e
                    for e in idx.titled.get(letter, ())
                    if _same_title(title, nm.fold(idx.tokens[e][0]))
                )
        return out

    def _corroborated(self, token: str, surname: str) -> bool:
        """A weak full-name match ("Arthur Marsh" for Mensch, score 0.5) needs a second
        spelling near the surname in the document: the surname itself, or another
        capitalised word two edits or less from it ("Mansh")."""
        tf, sf = nm.fold(token), nm.fold(surname)
        if self._folds is None:
            self._folds = {nm.fold(u.text) for u in self.units}
        for f in self._folds:
            if f == sf:
                return True
            if f != tf and _second_spelling(f, sf):
                return True
        return False

    def _rest(self, i: int, toks: tuple[str, ...]) -> tuple[int, int, str] | None:
        """Match the words after the given name at unit i.

        Returns (last unit, unit of the one inexact word or -1, the word it should be).
        One middle initial may stand before the surname ("George W. Bush").
        """
        units = self.units
        j = i
        slot, want = -1, ""
        pending: list[str] = []  # lower-case particles of the entry ("von der") not yet seen
        for k, tok in enumerate(toks[1:], start=1):
            if tok[:1].islower():
                pending.append(tok)
                continue
            if j + 1 >= len(units):
                return None
            if pending:
                if self._particles_after(j) != tuple(pending):
                    return None
                pending = []
                j += 1
            elif k == len(toks) - 1 and len(tok) > 1 and self._initial_between(j):
                j += 2
            elif self._adjacent(j, j + 1):
                j += 1
            else:
                return None
            t = units[j].text
            if t == tok or (t.isupper() and t == tok.upper()):
                continue
            if slot >= 0:
                return None
            slot, want = j, tok
        return j, slot, want

    def _particles_after(self, j: int) -> tuple[str, ...]:
        """The lower-case surname particles between units j and j+1 ("von der" in "Ursula
        von der Leyen"), each followed by one space; empty if anything else stands there."""
        units = self.units
        if j + 1 >= len(units) or units[j].full_end != units[j].end:
            return ()
        gap = self.text[units[j].end : units[j + 1].start]
        if not gap.startswith(" ") or not gap.endswith(" ") or len(gap) > 24:
            return ()
        words = tuple(gap[1:-1].split(" "))
        if all(w in _NAME_CONNECTORS for w in words):
            return words
        return ()

    def _initial_between(self, j: int) -> bool:
        """Unit j+1 is a middle initial between units j and j+2 ("W." or "W")."""
        units = self.units
        if j + 2 >= len(units):
            return False
        a, b, c = units[j], units[j + 1], units[j + 2]
        return (
            len(b.text) == 1
            and self.text[a.end : b.start] == " "
            and self.text[b.end : c.start] in (". ", " ")
        )

    def _judge_full(self, j: int, t: str, surname: str) -> _Judged | None:
        """Is ``t``, right after the exact given name, a variant of ``surname``?"""
        if self._guarded_full(j, t):
            return None
        tf, sf = nm.fold(t), nm.fold(surname)
        if tf == sf:
            return _Judged(1.0, "", 0) if self.p.restore_diacritics else None
        if nm.inflected(tf, sf) and (tf[len(sf) :] or sf[len(tf) :]) in ("s", "es"):
            return None  # "the Tony Blairs": a plural; "Kevin Groga" is no other word
        if nm.derived(tf, sf):
            return None  # "Saudi Arabian", "New Zealander": a word made from the name
        n = max(len(tf), len(sf))
        d = nm.distance(tf, sf)
        sim = 1.0 - d / n
        skd = nm.distance(nm.skeleton(tf), nm.skeleton(sf))
        if not _sounds_first(tf, sf):
            ok = False  # a different first letter is another name, even after the given name
        elif n <= 4:
            ok = d <= 1
        else:
            ok = sim >= self.p.full_name_cutoff and (skd <= 1 or sim >= 0.7)
            if not ok and d == 2 and nm.typing_slip(tf, sf):
                # a key next to the right one ("Mitchell Tzvoe" for Tavor, "Steve Kufe"
                # for Kruce): a typo, unless the spelling is a name or a word of its own
                ok = not nm.known_spelling(tf)
            if not ok and d == 2 and skd == 2 and n >= 6:
                # two consonants dropped or added ("Owen Siceyy", "Paul Rane" for
                # Randle): only with the surname, or a near spelling, elsewhere (else
                # suggested, when no word or name of its own)
                if self._corroborated(t, surname):
                    ok = True
                elif not nm.known_spelling(tf) and not _inner_capital(t, surname):
                    return _Judged(sim, "", d, unsure=True)
        if not ok or _inner_capital(t, surname):
            return None
        return _Judged(sim, "", d)

    def _guarded_full(self, j: int, t: str) -> bool:
        f = nm.fold(t)
        if len(f) < 2 or t.casefold() in self.idx.protected or t.casefold() in self.idx.never:
            return True
        if f in nm.calendar() and len(f) <= 4:
            # right after the exact given name, a short month or day with no date after
            # it is a surname ("Anton Jul" for Jal), not "Jul 5"
            u = self.units[j]
            return self.text[u.full_end : u.full_end + 2].strip()[:1].isdigit()
        return f in nm.calendar() or f in nm.places()

    # ------------------------------------------------------------------ 4. other people
    def _other_people(self) -> None:
        """Tokens that are another person's given name or surname in this document.

        A known given name followed by a capitalised non-word ("Manish Kumar", "Andy
        Marsh") is a person; unless it is a canonical person (or one with a variant surname
        already matched), neither token is read as a misspelt canonical name anywhere here.
        """
        units = self.units
        given = nm.given_names()
        singles: list[str] | None = None  # the one-word names written here, when needed
        for i in range(len(units) - 1):
            if not self._adjacent(i, i + 1):
                continue
            a, b = units[i].text, units[i + 1].text
            fa = nm.fold(a)
            if fa not in given:
                continue
            fb = nm.fold(b)
            if len(fb) < 2 or fb in nm.titles():
                continue
            if nm.is_word(fb) and fb not in given:
                continue  # "Will Power", "Mark Down"
            if self._canonical_pair(i, i + 1):
                continue
            if a.casefold() not in self.idx.protected:
                self.blocked.add(fa)
            if b.casefold() in self.idx.protected or fa in self.idx.given_folds:
                continue
            # "Owen Mallry" where the document writes the listed "Mallory" too: the one-word
            # name is this person's surname, misspelt, not another person's (unless it is a
            # common surname: "Martin Anderson" beside "Andersen")
            if fb in nm.surnames() or fb in given:
                self.blocked.add(fb)
                continue
            if singles is None:
                singles = list(self._anchored_singles())
            if not (
                self._sound_alikes(fb)
                or any(self._judge_single(b, c) is not None for c in singles)
                or self._misspelt_surname(b)
            ):
                self.blocked.add(fb)
                self._unanchored.setdefault(fb, b)

    def _misspelt_surname(self, token: str) -> bool:
        """``token`` is one edit from the surname of a person anchored here (two that keep
        the sound from seven letters) and is no surname, given name or word of its own:
        "Ravi Okafro" beside "Stephen Okafor" is another Okafor, misspelt ("Andy Marsh" is
        another person)."""
        f = nm.fold(token)
        if len(f) < 4 or nm.known_spelling(f):
            return False
        for surname in self.anchors:
            sf = nm.fold(surname)
            if sf == f or sf[:1] != f[:1]:
                continue
            d = nm.distance(f, sf)
            if d <= 1 or (
                d == 2
                and min(len(f), len(sf)) >= _UNANCHORED_TWO_EDITS
                and nm.distance(nm.skeleton(f), nm.skeleton(sf)) <= 1
            ):
                return True
        return False

    def _canonical_pair(self, i: int, j: int) -> bool:
        """Units i, j are the given name and surname (exact or claimed variant) of an entry."""
        if j in self.claimed:
            return True
        a, b = self.units[i].text, self.units[j].text
        for e in self.idx.surnames.get(b.casefold(), ()):
            if self.idx.tokens[e][0].casefold() == a.casefold():
                return True
        return False

    # ------------------------------------------------------------------ 5. given names
    def _given_variants(self) -> None:
        """ "Artur Mensch" -> "Arthur Mensch": a near given name before the exact surname."""
        units, idx = self.units, self.idx
        for j in range(1, len(units)):
            i = j - 1
            if i in self.claimed or not self._adjacent(i, j):
                continue
            hits = idx.surnames.get(units[j].text.casefold())
            if not hits:
                continue
            g = units[i].text
            gf = nm.fold(g)
            # an English word mid-sentence may be the given name misspelt by one edit
            # ("Boll Gates", "Bran O'Driscoll"); at a sentence start it opens the sentence
            word = nm.is_word(gf)
            if (
                self._guarded_full(i, g)
                or (word and self._is_start(i))
                or gf in nm.given_names()
                or gf in nm.titles()
                or (
                    i > 0
                    and self._adjacent(i - 1, i)
                    and not self._introduces(i - 1)
                    # the second of two given names ("Pedro Calos Velarrondo") may be the one
                    and nm.fold(units[i - 1].text) not in nm.person_given_names()
                )
            ):
                continue
            found: dict[str, float] = {}
            for e in hits:
                toks = idx.tokens[e]
                if units[j].text not in (toks[-1], toks[-1].upper()) or len(toks) != 2:
                    continue
                want = nm.fold(toks[0])
                n = max(len(gf), len(want))
                d = nm.distance(gf, want)
                if len(want) < 3 and (gf != want + want[-1:] or word):
                    # a given name of two letters: only its last letter typed twice, a
                    # spelling no word or other name makes ("Edd Okafor" for Ed Okafor)
                    continue
                if gf[0] != want[0] and not _respelt_opening(gf, want):
                    continue  # another first letter is another name, unless it sounds alike
                if nm.inflected(gf, want) and (len(gf) > len(want) or word):
                    continue  # "Williams Bourne" is no William; "Charle Ponsonby" is Charles
                skd = nm.distance(nm.skeleton(gf), nm.skeleton(want))
                # one edit ("Jkm" for Jim, "Micael"), two in a name of five letters or
                # more when the sound nearly stays ("Gbain" for Gavin) or one is a key next
                # to the right one ("Gprdom" for Gordon)
                two = d == 2 and n >= 5 and not word
                if (
                    d <= 1
                    or (two and skd <= 1)
                    or (two and nm.typing_slip(gf, want) and not nm.known_spelling(gf))
                ):
                    found[toks[0]] = 1.0 - d / n
            if len(found) == 1:
                target, score = next(iter(found.items()))
                self._edit(
                    units[i].start,
                    units[i].end,
                    nm.casing(g, target),
                    "names/variant",
                    f"score {score:.2f} vs {target!r} before surname {units[j].text!r}",
                )
                self._claim(i)
            elif len(found) > 1:
                self._ambiguous(i, found, "before the surname")

    def _lone_given_names(self) -> None:
        """ "Tommas" beside Tomas Okoro: the given name of an anchored person, written alone
        with one letter typed twice, or one inner letter lost from a name of five letters
        or more ("Evnder" for Evander). The document writes the given name right too; the
        spelling is no word or name of its own, stands alone (no capitalised word next to
        it) and is never written before another name."""
        if not self.anchors:
            return
        written = {u.text for u in self.units}
        given: dict[str, tuple[str, str]] = {}  # fold -> (given name, full name)
        for surname in self.anchors:
            for e in self.idx.surnames.get(surname.casefold(), ()):
                toks = self.idx.tokens[e]
                if len(toks) == 2 and toks[0] in written and len(toks[0]) >= 3:
                    given.setdefault(nm.fold(toks[0]), (toks[0], " ".join(toks)))
        if not given:
            return
        for i, u in enumerate(self.units):
            if i in self.claimed or "-" in u.text:
                continue
            tf = nm.fold(u.text)
            found = [g for gf, g in given.items() if _typed_twice_or_dropped(tf, gf)]
            if len(found) != 1 or u.text in self._folds_after():  # it opens another name
                continue
            if i > 0 and self._adjacent(i - 1, i):
                prev = nm.fold(self.units[i - 1].text)
                if not (self._is_start(i - 1) and nm.is_word(prev)) or prev in nm.given_names():
                    continue  # "Ann Tommas": another name ("Joining Tommas's" opens a sentence)
            if self._guarded(i, u.text):
                continue
            if (
                nm.is_word(tf)
                or tf in nm.given_names()
                or tf in nm.surnames()
                or tf in nm.titles()
                or u.text.isupper()
            ):
                continue
            name, full = found[0]
            self._edit(
                u.start,
                u.end,
                nm.casing(u.text, name),
                "names/variant",
                f"the given name {name!r} of {full!r} (anchored), written alone with "
                + ("a letter typed twice" if len(tf) > len(name) else "a letter lost"),
            )
            self._claim(i)

    # ------------------------------------------------------------------ 6. surnames
    def _surname_mentions(self) -> None:
        """Lone surnames of anchored people, in two rounds.

        The first round compares with the canonical surname and the variants anchored by a
        full name; spellings it accepted then count as variants for a second round
        ("Mansh" lets "Manish" through, one edit away).
        """
        if not self.anchors:
            return
        for _round in range(2):
            cache: dict[str, list[tuple[str, _Judged]]] = {}
            before = len(self.edits)
            letters = self._first_letters()
            for i, u in enumerate(self.units):
                if i in self.claimed:
                    continue
                for start, end, token in _candidates(u):
                    if nm.fold(token)[:1] not in letters:
                        continue  # no anchored surname or variant starts so
                    if self._surname_mention(i, start, end, token, cache):
                        break
            if len(self.edits) == before or self.secondary:
                break
            for e in self.edits[before:]:
                if e.rule == "names/variant" and e.replacement.casefold() in self._surnames_cf():
                    surname = next(
                        s for s in self.anchors if s.casefold() == e.replacement.casefold()
                    )
                    what = self.text[e.start : e.end]
                    self.secondary.setdefault(surname, {})[nm.fold(what)] = _Anchor(
                        surname, e.start, what
                    )

    def _first_letters(self) -> set[str]:
        """The first letters a variant of an anchored surname can have: the surname's, one
        that sounds alike (C/K...), or an anchored variant's."""
        letters: set[str] = set()
        for surname in self.anchors:
            first = nm.fold(surname)[:1]
            letters.add(first)
            letters.update(_FIRST_LETTERS_ALIKE.get(first, ()))
        for table in (self.variants, self.secondary):
            for spellings in table.values():
                letters.update(v[:1] for v in spellings)
        letters.discard("")
        return letters

    def _surnames_cf(self) -> set[str]:
        return {s.casefold() for s in self.anchors}

    def _initial_before(self, i: int) -> str:
        """The initial written right before unit i ("B Kay", "B. Kay"), or ''."""
        if i == 0:
            return ""
        prev, cur = self.units[i - 1], self.units[i]
        if len(prev.text) != 1 or prev.full_end != prev.end:
            return ""
        return prev.text if self.text[prev.end : cur.start] in (" ", ". ") else ""

    def _surname_mention(
        self, i: int, start: int, end: int, token: str, cache: dict[str, list[tuple[str, _Judged]]]
    ) -> bool:
        if self._guarded(i, token):
            return False
        units = self.units
        initial = self._initial_before(i)
        titled = self._titled(i) or bool(initial)
        if (
            i > 0
            and self._adjacent(i - 1, i)
            and not titled
            and start == units[i].start
            and not (_modifier(units[i - 1].text) and not nm.is_word(nm.fold(token)))
        ):
            prev = nm.fold(units[i - 1].text)
            known = (
                self._exact_variant(nm.fold(token)) and prev not in nm.given_names()
            ) or self._misspelt_surname(token)
            if not known and (not nm.is_word(prev) or prev in nm.given_names()):
                return False  # "Andy Marsh", "Dem Marsh": another person, not a lone surname
            if not known and not self._is_start(i - 1):
                return False  # "the River Fresk", "The Great Brannaghi": part of another name
        exact_variant = self._exact_variant(nm.fold(token))
        followed = ""
        if i + 1 < len(units) and self._adjacent(i, i + 1) and end == units[i].end:
            nxt = units[i + 1].text
            if not (nxt.isupper() and len(nxt) > 1) and not exact_variant:
                followed = nxt  # "Manish Kumar", "Acme Park": part of another name, unless
                # the canonical surname is written with that word too ("Brannagh Vane")
        particled: frozenset[str] | None = None  # surnames written with these particles
        if start == units[i].start and _PARTICLE.search(self.text, max(0, start - 12), start):
            before = _PARTICLES_BEFORE.search(self.text, max(0, start - 24), start)
            if before is not None:
                particled = self.idx.particled.get(tuple(before.group(1).split()))
            if not particled:
                return False  # "dal Bosco", "van Persie": a compound surname (not one of ours)
        key = token.casefold()
        found = cache.get(key)
        if found is None:
            found = []
            for surname in self.anchors:
                judged = self._judge_surname(token, surname, strict=False)
                if judged is not None:
                    found.append((surname, judged))
            cache[key] = found
        if not found and titled and start == units[i].start:
            # after a title, two edits even where the sound changed (the budget's own case)
            found = [
                (s, j)
                for s in self.anchors
                if (j := self._judge_surname(token, s, strict=False, titled=True)) is not None
            ]
        if not found:
            return False
        f = nm.fold(token)
        strict = (nm.is_word(f) or f in nm.given_names()) and not titled
        if strict:
            found = [
                (s, j) for s, j in found if self._judge_surname(token, s, strict=True) is not None
            ]
        if particled is not None:  # "von der Layen" is only a variant of a "von der" surname
            found = [(s, j) for s, j in found if s in particled]
        if followed:
            found = [(s, j) for s, j in found if self._written_with(s, followed)]
        if initial:
            found = [(s, j) for s, j in found if initial in self._initials(s)]
        found = [(s, j) for s, j in found if not self._listed_with(i, s)]
        if not exact_variant and self._in_list(i):
            # two edits in a long name ("Tottersfiald" for Tattersfield) or in one of six
            # after the right initial ("S Tollivarr"); "D Vessins" is not Dan Vellins
            two_from = 6 if initial else 8
            found = [
                (s, j)
                for s, j in found
                if self._line_up_close(token, s, j.distance, two_from, initial)
            ]
        if not found:
            return False
        targets = dict.fromkeys(s for s, _ in found)  # in order: the same note every run
        if len(targets) > 1:
            # the very spelling that a full name anchored ("Ruth Pannick" then "Pannick")
            # tells which surname it is, whatever else it is near ("Parnick")
            spelt = [s for s in targets if f in self.variants.get(s, {})]
            if len(spelt) == 1:
                found = [(s, j) for s, j in found if s == spelt[0]]
                targets = {spelt[0]: None}
        if len(targets) > 1:
            # near one surname itself and only near another's misspelling ("Woltner" beside
            # Karl Whitner and "Ada Woltne"): the misspelling is gone once fixed, and the
            # text a second run reads holds only the surname it is near
            direct = [s for s in targets if any(t == s and not j.via for t, j in found)]
            if len(direct) == 1:
                found = [(s, j) for s, j in found if s == direct[0] and not j.via]
                targets = {direct[0]: None}
        others = ""
        if len(targets) > 1:
            # one edit from one surname and two or more from every other ("Bergur" beside
            # Berger and Burger): a slip of one letter is far likelier than one of two
            by: dict[str, int] = {}
            for s, j in found:
                by[s] = min(j.distance, by.get(s, j.distance))
            nearest = _unique_nearest(by)
            if nearest is not None and by[nearest] == 1:
                others = ", ".join(repr(s) for s in targets if s != nearest)
                found = [(s, j) for s, j in found if s == nearest and j.distance == 1]
                targets = {nearest: None}
        if len(targets) > 1:
            self.suggestions.append(
                Edit(
                    start,
                    end,
                    nm.casing(token, found[0][0]),
                    "names/variant",
                    "ambiguous: " + ", ".join(repr(s) for s in targets),
                )
            )
            return False
        surname, judged = found[0]
        anchor = self.anchors[surname]
        via = ""
        if judged.via:
            near = self.variants.get(surname, {}).get(judged.via)
            if near is None:
                near = self.secondary[surname][judged.via]
                via = f" (near {near.what!r} at offset {near.offset})"
            else:
                anchor = near
                via = f" (near anchored variant {near.what.split()[-1]!r})"
        self._edit(
            start,
            end,
            nm.casing(token, surname),
            "names/variant",
            f"score {judged.score:.2f} vs {surname!r}{via}"
            + (f" (one edit; more from {others})" if others else "")
            + f"; {anchor.describe()}",
        )
        self._claim(i)
        return True

    def _written_with(self, surname: str, word: str) -> bool:
        """The document writes ``surname`` followed by ``word`` ("Brannagh Vane"), or a
        spelling of it that this pass corrects to ``surname`` (so that a second run, which
        reads the corrected text, decides the same)."""
        spellings = {surname}
        spellings.update(a.what.split()[-1] for a in self.variants.get(surname, {}).values())
        spellings.update(a.what for a in self.secondary.get(surname, {}).values())
        return any(word in self._words_after(s) for s in spellings)

    def _words_after(self, spelling: str) -> set[str]:
        """The capitalised words written right after ``spelling`` (one scan each)."""
        after = self._bigrams.get(spelling)
        if after is None:
            pattern = _whole_word(spelling)
            after = set()
            for m in pattern.finditer(self.text):
                nxt = _UNIT.match(self.text, m.end() + 1)
                if self.text[m.end() : m.end() + 1] == " " and nxt:
                    after.add(nxt.group())
            self._bigrams[spelling] = after
        return after

    def _in_list(self, i: int) -> bool:
        """Unit i stands between list separators, as in a line-up. A word in lower case
        before the comma makes an apposition, no list ("her second band, Nugtwake.")."""
        text, u = self.text, self.units[i]
        head = u.start
        before = text[max(0, head - 2) : head]
        if self._initial_before(i):  # "D Vessins (Acme Harriers), R Okeke (Tolworth AC)"
            head = self.units[i - 1].start
            before = text[max(0, head - 2) : head]
            if head == 0 or text[head - 1] in "\r\n":
                before = ", "  # an item that opens its line
        if before in (", ", "; "):
            word = _LAST_LETTERS.search(text[max(0, head - 22) : head - 2])
            if word is not None and word.group(1)[0].islower():
                return False
        after = text[u.full_end : u.full_end + 2]
        if (
            text[u.full_end : u.full_end + 3].startswith(" (")
            and text[u.full_end + 2 : u.full_end + 3].isdigit()
        ):
            return True  # "Okeke for Larsen (71)": a substitution in a line-up
        return before in (", ", "; ") and (_separator(after) or after == " (" or after[:1] in ".;")

    @staticmethod
    def _same_sound(token: str, surname: str) -> bool:
        return nm.skeleton(nm.fold(token)) == nm.skeleton(nm.fold(surname))

    def _line_up_close(
        self, token: str, name: str, distance: int, two_from: int | None, initial: str = ""
    ) -> bool:
        """Whether a line-up item ("Okeke, Doran, O'Brannagh": many similar people) may
        be a spelling of ``name``: the sound kept, and one edit of a name of five letters or
        more, or two of a name of ``two_from`` letters or more (None: never two). After the
        right ``initial``, one key typed for its neighbour in a name of five letters or more
        will do too ("S Tolkiver" for Sara Tolliver, "K Okagor" for Kofi Okafor): a slip
        of the finger, where another person would need another initial as well; so will
        a vowel typed as the consonant next to it ("Drzke", "Tzmberton"), which spells no
        other person's name."""
        if not self._same_sound(token, name):
            tf, nf = nm.fold(token), nm.fold(name)
            return (
                distance <= 1
                and len(name) >= 5
                and nm.key_slip(tf, nf)
                and (bool(initial) or _vowel_lost(tf, nf))
            )
        if distance <= 1:
            return len(name) >= 5
        return two_from is not None and distance <= 2 and len(name) >= two_from

    def _listed_with(self, i: int, surname: str) -> bool:
        """Unit i is an item of a list of names ("Okeke, Doran, Dorgan") in which the
        canonical surname is another item: two people, not a misspelling. A unit that
        opens a longer item is not one ("stations, Vendramon Radio Classic and Vendramin
        Radio Jazz"), nor is a name that the sentence writes after the list ("last
        year, Motorula and Nokia built a phone for Motorola users")."""
        text, u = self.text, self.units[i]
        before = text[max(0, u.start - 2) : u.start]
        after = text[u.full_end : u.full_end + 2]
        if before not in (", ", "; ") and not _separator(after):
            return False
        if i + 1 < len(self.units) and self._adjacent(i, i + 1):
            return False  # the first word of a longer item ("Vendramon Radio Classic")
        lo, hi = max(0, u.start - 300), min(len(text), u.full_end + 300)
        line_start = max(text.rfind("\n", lo, u.start), text.rfind(".", lo, u.start), lo - 1) + 1
        line_end = hi
        for stop in ("\n", "."):
            k = text.find(stop, u.full_end, hi)
            if k >= 0:
                line_end = min(line_end, k)
        for m in _whole_word(surname).finditer(text, line_start, line_end):
            later = m.start() >= u.full_end  # the canonical name after the unit, or before
            gap = text[u.full_end : m.start()] if later else text[m.end() : u.start]
            if len(gap) <= _LIST_GAP_MAX and _LIST_GAP.fullmatch(gap) is not None:
                return True
        return False

    def _initials(self, surname: str) -> set[str]:
        """First letters of the given names of the canonical people called ``surname``."""
        out = set()
        for e in self.idx.surnames.get(surname.casefold(), ()):
            first = self.idx.tokens[e][0]
            out.add(first[0].upper())
            out.update(part[:1].upper() for part in first.split("-"))
        return out

    def _judge_surname(
        self, token: str, surname: str, *, strict: bool, titled: bool = False
    ) -> _Judged | None:
        """Is a surname-only ``token`` (after a title, with ``titled``) a variant of the
        anchored ``surname``?"""
        tf, sf = nm.fold(token), nm.fold(surname)
        if tf == sf:
            return _Judged(1.0, "", 0) if self.p.restore_diacritics else None
        if nm.inflected(tf, sf) or not tf or not sf or _inner_capital(token, surname):
            return None
        n = max(len(tf), len(sf))
        d = nm.distance(tf, sf)
        score = 1.0 - d / n
        skd = nm.distance(nm.skeleton(tf), nm.skeleton(sf))
        same_first = tf[0] == sf[0]
        if _prefix_word(tf, sf):
            return None
        if strict:
            # given names and common words: one edit of a name of five letters or more
            if same_first and d <= 1 and n >= 5:
                return _Judged(score, "", d)
            for vf in self.variants.get(surname, {}):
                if tf == vf:
                    return _Judged(score, vf, d)
            for vf in (*self.variants.get(surname, {}), *self.secondary.get(surname, {})):
                if nm.distance(tf, vf) <= 1 and min(len(tf), len(vf)) >= 5 and tf[0] == vf[0]:
                    return _Judged(score, vf, d)
            return None
        sounds_first = _sounds_first(tf, sf)  # Selensky
        close = self._surname_close(tf, sf, d, n, skd, sounds_first, titled=titled)
        if min(len(tf), len(sf)) >= 0.6 * n and close:
            return _Judged(score, "", d)
        for vf in (*self.variants.get(surname, {}), *self.secondary.get(surname, {})):
            if vf == tf:
                return _Judged(score, vf, d)
            dv = nm.distance(tf, vf)
            if (
                dv <= self.p.variant_max_distance
                and min(len(tf), len(vf)) >= 4
                and tf[0] == vf[0]
                and score >= 0.4
                and not nm.inflected(tf, vf)
            ):
                return _Judged(score, vf, d)
        return None

    def _surname_close(
        self, tf: str, sf: str, d: int, n: int, skd: int, same_first: bool, *, titled: bool = False
    ) -> bool:
        """Length-aware edit budget for a lone surname against the canonical one.

        Up to three letters, one edit that keeps the sound, slips to the neighbouring key
        or swaps the first letter for one that sounds alike (and makes no word or name); one
        edit up to 6 letters (two when the sound stays), one or two (two only when the sound
        nearly stays) up to 9, more only for long names; from five letters, two edits when
        a letter was typed with the key next to it and the first letter is kept; after a
        title (``titled``), two edits from six letters even where the sound changes ("Mr
        Okeke" for Okereke), with the same first letter and no name or word of its own. The
        first letter must agree (or sound alike: see :func:`_sounds_first`).
        """
        limit = self.p.surname_max_distance
        if not same_first:
            return False
        if n <= 3:
            # a vowel for another ("Lea" for Lee), or a key typed for its neighbour or a
            # first letter that sounds alike, making no word or name of its own ("Lwe"
            # for Lee, "Flx" for Fox, "Kox" for Cox; not "Fix", "Kay")
            slip = nm.key_slip(tf, sf) or _respelt_opening(tf, sf)
            return d <= min(1, limit) and (skd == 0 or (slip and not nm.known_spelling(tf)))
        if n <= 4:
            return d <= min(1, limit)
        if d == 2 and limit >= 2 and n >= 5 and nm.typing_slip(tf, sf):
            # a key next to the right one ("Mr Hqllosan" for Hallowan): a typo, unless
            # the spelling is a name or a word of its own
            return not nm.known_spelling(tf)
        if (
            titled
            and d == 2
            and limit >= 2
            and n >= 6
            and tf[0] == sf[0]
            and tf.isalpha()
            and not nm.known_spelling(tf)
        ):
            return True
        if n <= 9:
            return d <= min(1, limit) or (d <= min(2, limit) and skd <= 1)
        return d <= min(2, limit) or (d <= limit and skd <= 1)

    # ------------------------------------------------------------------ 7. one-word names
    def _singles(self) -> None:
        """One-word names, in rounds: a name this run writes (a spelling it corrected)
        anchors it like one the document wrote, as it will on a second run."""
        anchored = self._anchored_singles()
        if self.idx.singles_doubled or anchored:
            for _round in range(3):
                made = self._singles_round(anchored)
                if not made:
                    break
                anchored.update((c, offset) for c, offset in made.items() if c not in anchored)
                self._unblock(made)
        self._small_singles()

    def _unblock(self, made: Iterable[str]) -> None:
        """A one-word name this run wrote (``made``) claims the words that were read as
        another person's name only because the text never wrote it: "Morgan Franics" is
        Ruth Morgan Francis once "Farncis" became Francis, as a second run would read it."""
        for fb, token in list(self._unanchored.items()):
            if any(self._judge_single(token, c) is not None for c in made):
                self.blocked.discard(fb)
                del self._unanchored[fb]

    def _small_singles(self) -> None:
        """Suggest, not change, a look-alike of a short one-word name (four or five
        letters) that nothing else decided: one letter other than the first changed
        ("Somoa" for Samoa). Unanchored, a name that short is too easily another one to
        change; where the text never writes it right, the reader is told."""
        table = self.idx.singles_small_masked
        if not table:
            return
        for i, u in enumerate(self.units):
            if i in self.claimed or "-" in u.text:
                continue
            tf = nm.fold(u.text)
            if not _SMALL_SINGLE <= len(tf) < self.p.single_min_length:
                continue
            found = {
                self.idx.entries[e].canonical for key in _masked(tf) for e in table.get(key, ())
            }
            found.discard(u.text)
            if len(found) != 1 or any(nm.fold(c) == tf for c in found):
                continue
            if nm.is_word(tf) or tf in nm.given_names() or tf in nm.surnames():
                continue
            if self._guarded(i, u.text):
                continue
            c = found.pop()
            note = (
                f"possibly {c!r} (one letter away); left alone: a name of {len(tf)} letters "
                "is changed only where the text also writes it right"
            )
            self.suggestions.append(
                Edit(u.start, u.end, nm.casing(u.text, c), "names/variant", note)
            )

    def _singles_round(self, anchored: dict[str, int]) -> dict[str, int]:
        """Correct the one-word names not claimed yet; the names written, by offset."""
        made: dict[str, int] = {}
        for i, u in enumerate(self.units):
            if i in self.claimed or "-" in u.text:
                continue
            t = u.text
            tf = nm.fold(t)
            if len(tf) < _ANCHORED_VARIANT_MIN:
                continue
            # the names it may be first (most words are near none), then the guards
            found = self._sound_alikes(tf)
            for c, offset in anchored.items():
                if c in found or not _sounds_first(nm.fold(c), tf):  # a first sound stays
                    continue
                judged = self._judge_single(t, c)
                if judged is not None:
                    found[c] = (judged.score, f"; anchored by {c!r} at offset {offset}")
            self._slips(tf, found)
            if not found:
                continue
            if self._guarded(i, t) or nm.is_word(tf) or tf in nm.given_names():
                continue
            if self._opens_name(i):
                continue
            if self._a_surname(i):
                # a place is no one's surname: "Jana Cech" (and "Cech" after it) is no
                # Czech
                found = {c: v for c, v in found.items() if not _place_only(c)}
                if not found:
                    continue
            if (
                self._named_after(i)
                and not self._written_after(i, found)
                and not self._surname_of(i)
                and not all(_long_variant(t, c) for c in found)
                and not self._respelt_after(i, found)
            ):
                continue
            found = {c: v for c, v in found.items() if not self._listed_with(i, c)}
            if self._in_list(i):
                # a list of places is no line-up of people: "Thailand, Innadonesia, the
                # Maldives" may have two edits that keep the sound in a long place name
                found = {
                    c: v
                    for c, v in found.items()
                    if self._line_up_close(
                        t,
                        c,
                        nm.distance(tf, nm.fold(c)),
                        _ANY_LETTER if nm.fold(c) in nm.places() else None,
                    )
                }
            if not found:
                continue
            if len(found) > 1:
                found = _nearest(tf, found)
            if len(found) > 1:
                self._ambiguous(i, found, "")
                continue
            # a spelling one edit away is a misspelling even when the document repeats it
            # (house style covers case and spacing only: "Time Warner", not "Veridionla")
            c, (score, anchor) = next(iter(found.items()))
            note = f"score {score:.2f} vs {c!r}{anchor}"
            self._edit(u.start, u.end, nm.casing(t, c), "names/variant", note)
            self._claim(i)
            made.setdefault(c, u.start)
            if i > 0 and self._adjacent(i - 1, i):  # "San Andreas" is written from now on
                self._pairs_written.add(f"{self.units[i - 1].text} {c}")
            if i + 1 < len(self.units) and self._adjacent(i, i + 1):  # so is "Google Stadia"
                self._pairs_written.add(f"{c} {self.units[i + 1].text}")
        return made

    def _sound_alikes(self, tf: str) -> dict[str, tuple[float, str]]:
        """The one-word names that the fold ``tf`` misspells with no anchor needed: one
        edit that keeps the sound, six letters or more (two from seven: "Tolwill" for
        "Tollwall"), or one inner letter dropped from a name of six letters or more
        ("Boton" for "Bolton"); a common surname is never one ("Moran" is no "Morgan").
        Each with its score (and no anchor)."""
        found: dict[str, tuple[float, str]] = {}
        if len(tf) >= _ANCHORED_SINGLE_MIN and tf not in nm.surnames():
            for e in self.idx.singles_short.get(tf, ()):
                c = self.idx.entries[e].canonical
                if nm.fold(c)[0] == tf[0]:
                    found[c] = (1.0 - 1 / (len(tf) + 1), "")
        if len(tf) < self.p.single_min_length or tf in nm.surnames():
            return found
        for e in self.idx.singles_by_skeleton.get(nm.skeleton(tf), ()):
            c = self.idx.entries[e].canonical
            cf = nm.fold(c)
            if cf == tf or cf[0] != tf[0] or nm.inflected(cf, tf):
                continue
            if tf.startswith(cf) and not nm.doubled_end(tf, cf):
                continue  # the name and more is another word ("Bangladeshi")
            d = nm.distance(tf, cf)
            # two edits with no anchor: never two letters more ("Johansson" for Johnson)
            long = min(len(tf), len(cf)) >= _UNANCHORED_TWO_EDITS and len(tf) - len(cf) < 2
            if d <= 1 or (d == 2 and long):
                found[c] = (1.0 - d / max(len(tf), len(cf)), "")
        return found

    def _slips(self, tf: str, found: dict[str, tuple[float, str]]) -> None:
        """When nothing closer was found, add to ``found`` the one-word names that the fold
        ``tf`` (no common surname) misspells by a slip of the finger: one letter typed twice
        (a name one letter shorter than ``single_min_length`` or longer: "Faginn" for
        Fagin), two letters typed in the wrong order ("Golfdern" for Goldfern), or one
        key typed for its neighbour ("Korvws" for Korves), or any one letter for another
        in a name of :data:`_ANY_LETTER` letters or more ("Liverrool")."""
        if found or tf in nm.surnames():
            return
        for k in range(1, len(tf) - 1):
            if tf[k] == tf[k + 1]:
                for e in self.idx.singles_doubled.get(tf[:k] + tf[k + 1 :], ()):
                    found[self.idx.entries[e].canonical] = (1.0 - 1 / len(tf), "")
        if found or len(tf) < self.p.single_min_length:
            return
        for k in range(1, len(tf) - 1):  # two letters typed in the wrong order
            swapped = f"{tf[:k]}{tf[k + 1]}{tf[k]}{tf[k + 2 :]}"
            for e in self.idx.singles_doubled.get(swapped, ()) if swapped != tf else ():
                found[self.idx.entries[e].canonical] = (1.0 - 1 / len(tf), "")
        if found:
            return
        for key in _masked(tf):
            for e in self.idx.singles_masked.get(key, ()):
                c = self.idx.entries[e].canonical
                if len(tf) >= _ANY_LETTER or nm.key_slip(tf, nm.fold(c)):
                    found[c] = (1.0 - 1 / len(tf), "")

    def _anchored_singles(self) -> dict[str, int]:
        """One-word canonical names written exactly in the document (or by an edit of this
        run), alone or with an adjective's ending ("Egyptian" writes Egypt), and where
        first: like a person anchored by the full name, they let their variants be read
        more freely."""
        out: dict[str, int] = {}
        # the units are in text order already: only this run's edits need sorting
        fixes = sorted(((e.replacement, e.start) for e in self.edits), key=lambda w: w[1])
        units = ((u.text, u.start) for u in self.units)
        for text, start in heapq.merge(units, fixes, key=lambda w: w[1]):
            for word in (text, *_adjective_stems(text)):
                for e in self.idx.squash.get(nm.fold(word), ()):
                    c = self.idx.entries[e].canonical
                    if (
                        len(self.idx.tokens[e]) == 1
                        and word in (c, c.upper())
                        and len(nm.fold(c)) >= _ANCHORED_SHORT_MIN
                    ):
                        out.setdefault(c, start)
        return out

    def _judge_single(self, token: str, canonical: str) -> _Judged | None:
        """Is ``token`` a variant of the one-word name ``canonical``, written exactly
        elsewhere in the document? One edit up to five letters (of three letters, only a
        slip of the finger), two from six when the sound stays or from seven when it nearly
        does, or from eight when they lose a letter (a place or a firm has no given name to
        vouch for it, unlike a person's surname), but never two to a common surname, given
        name or word; another word of the same stem ("Turks", "Turkish") is no variant.
        From four letters, the first letter may be one that sounds alike, when nothing
        else changed ("Karvell" for Carvell, "Filips" for Philips)."""
        tf, cf = nm.fold(token), nm.fold(canonical)
        if (
            _respelt_opening(tf, cf)
            and len(cf) >= _ANCHORED_SINGLE_MIN
            and not canonical[:2].isupper()
            and not _inner_capital(token, canonical)
        ):
            # only the first sound, written with a letter that sounds alike ("Karvell");
            # not in an acronym, whose letters are no sounds ("KIA" is no CIA)
            return _Judged(1.0 - 1 / max(len(tf), len(cf)), "", 1)
        if (
            tf == cf
            or tf[0] != cf[0]
            # the name and more, or less, is another word ("Openair" for OpenAI), as are
            # inflections ("Williams") and other endings of the stem
            or ((tf.startswith(cf) or cf.startswith(tf)) and not nm.doubled_end(tf, cf))
            or _same_stem(tf, cf)
            or _inner_capital(token, canonical)
        ):
            return None
        n = max(len(tf), len(cf))
        if min(len(tf), len(cf)) < 0.6 * n:
            return None
        if len(cf) < _ANCHORED_SINGLE_MIN:
            # a name of three letters ("Ubo", "MPs"): only a key typed for its neighbour or
            # a letter typed twice, making no word or name ("Ubp", "MPss"; not "Uba"); an
            # acronym's letter is no slip ("MPa" is a unit, "BBV" a bank)
            slipped = len(tf) == len(cf) and nm.key_slip(tf, cf) and not canonical[:2].isupper()
            doubled = any(tf == cf[:k] + cf[k - 1 :] for k in range(1, len(cf) + 1))
            if not (slipped or doubled) or token.isupper() or nm.known_spelling(tf):
                return None
            return _Judged(1.0 - 1 / n, "", 1)
        d = nm.distance(tf, cf)
        skd = nm.distance(nm.skeleton(tf), nm.skeleton(cf))
        # two edits of the same length, one a slip of the finger ("Tollbrigdw" for
        # Tollbridge, "Sgfelby" for Strelby, "Laxuz" for Lexus) when the name is five
        # letters or more
        slip = d == 2 and len(cf) >= 5 and nm.typing_slip(tf, cf)
        if slip and len(tf) != len(cf):
            # a letter lost or added beside the slip ("Msron" for Marion, "Nkssaqn" for
            # Nissan); not in a people's name, whose look-alikes are other words ("Korab"
            # is no Korean)
            slip = len(tf) >= 4 and not _people_word(cf)
        # two edits that lose a letter or two of a long name, spelling nothing else
        # ("Darligon" for Darlington, "Hireord" for Hereford; "Warrington" is a town)
        long = (
            d == 2
            and len(cf) > len(tf) >= _ANCHORED_TWO_EDITS - 1
            and len(cf) >= _ANCHORED_TWO_EDITS
        )
        if not (
            d <= 1 or slip or long or (d == 2 and ((n >= 7 and skd <= 1) or (n >= 6 and skd == 0)))
        ):
            return None
        if d == 2 and nm.known_spelling(tf):
            return None  # two edits away, a common surname is another name ("Johnson")
        return _Judged(1.0 - d / n, "", d)

    def _written_after(self, i: int, found: Iterable[str]) -> bool:
        """The document writes the word before unit i before one of the ``found`` names
        too, or an earlier fix of this run did ("Inner Mongolia" elsewhere lets "Inner
        Monvlia" through)."""
        prev = self.units[i - 1].text
        return any(
            f"{prev} {c}" in self._pairs_written or _whole_word(f"{prev} {c}").search(self.text)
            for c in found
        )

    def _respelt_after(self, i: int, found: Iterable[str]) -> bool:
        """The document writes the word before unit i before another misspelling of one of
        the ``found`` names too ("Real Madrrid" and "Real Madred" for Real Madrid): a name
        of its own is spelt one way, a garbled one several."""
        prev, tf = self.units[i - 1].text, nm.fold(self.units[i].text)
        return any(self._misspelt_after(prev, c) - {tf} for c in found)

    def _misspelt_after(self, prev: str, canonical: str) -> frozenset[str]:
        """The folds of the words that the document writes right after ``prev`` and that
        misspell ``canonical`` (two edits or fewer, the first letter kept, no English word),
        found once for each pair."""
        key = (prev, canonical)
        cached = self._misspellings.get(key)
        if cached is not None:
            return cached
        cf = nm.fold(canonical)
        cached = self._misspellings[key] = frozenset(
            of
            for of in self._folds_after().get(prev, ())
            if of != cf and _second_spelling(of, cf) and not nm.is_word(of)
        )
        return cached

    def _folds_after(self) -> dict[str, set[str]]:
        """Each word of the document -> the folds of the words written right after it
        (built once)."""
        if self._after_word is None:
            self._after_word = {}
            for j in range(1, len(self.units)):
                if self._adjacent(j - 1, j):
                    self._after_word.setdefault(self.units[j - 1].text, set()).add(
                        nm.fold(self.units[j].text)
                    )
        return self._after_word

    def _opens_name(self, i: int) -> bool:
        """Unit i is a person's given name before a capitalised word ("Tomas Okeke Larsen",
        "Frances Whitner Brannagh"): it opens that name, no one-word name misspelt."""
        return (
            i + 1 < len(self.units)
            and self._adjacent(i, i + 1)
            and nm.fold(self.units[i].text) in nm.person_given_names()
            and self.units[i + 1].text[:1].isupper()
        )

    def _a_surname(self, i: int) -> bool:
        """Unit i follows a person's given name, or its spelling does elsewhere in the
        document ("Jana Cech", then "Cech")."""
        given = nm.person_given_names()
        if i > 0 and self._adjacent(i - 1, i) and nm.fold(self.units[i - 1].text) in given:
            return True
        if self._after_given is None:  # the folds written right after a given name
            self._after_given = frozenset(
                f
                for word, after in self._folds_after().items()
                if nm.fold(word) in given
                for f in after
            )
        return nm.fold(self.units[i].text) in self._after_given

    def _surname_of(self, i: int) -> bool:
        """Unit i, a one-word name misspelt, follows a known given name and is no common
        surname or given name: "Owen Mallry" for "Mallory" is that person's surname,
        misspelt ("Martin Anderson" for "Andersen" is another person)."""
        prev = nm.fold(self.units[i - 1].text)
        f = nm.fold(self.units[i].text)
        given = nm.given_names()
        return prev in nm.person_given_names() and f not in nm.surnames() and f not in given

    def _introduces(self, i: int) -> bool:
        """Unit i introduces the name after it rather than being part of it: a title
        ("Sir", "Minister"), a nationality or compound (:func:`_modifier`), or a common
        word opening a sentence ("Singer Ada Whitner", "Leader Michael Okafor")."""
        word = self.units[i].text
        f = nm.fold(word)
        return (
            f in nm.titles()
            or word in _MEMBER_OF
            or _modifier(word)
            or (nm.is_word(f) and f not in nm.given_names() and self._is_start(i))
        )

    def _named_after(self, i: int) -> bool:
        """A capitalised word stands right before unit i, not opening a sentence and not a
        title, a nationality, a date or a compass qualifier ("West Midlinds"): unit i ends
        another name ("the River Fresk", "The Great Brannaghi")."""
        if not (i > 0 and self._adjacent(i - 1, i)):
            return False
        prev = self.units[i - 1].text
        f = nm.fold(prev)
        return not (
            self._titled(i)
            or self._is_start(i - 1)
            or _modifier(prev)
            or f in nm.calendar()  # "In September Spaars"
            or f in _QUALIFIERS
        )

    def _house_style(self, canonical: str, surface: str) -> bool:
        """Whether a one-word name's variant should only be suggested (see ``house_style``):
        the document writes it the same way at least twice and never the canonical way."""
        return (
            self.p.house_style
            and " " not in canonical
            and canonical not in self.text
            and self.text.count(surface) >= 2
        )

    def _ambiguous(self, i: int, targets: Iterable[str], why: str) -> None:
        names = list(targets)
        u = self.units[i]
        note = "ambiguous: " + ", ".join(repr(s) for s in names) + (f" {why}" if why else "")
        self.suggestions.append(
            Edit(u.start, u.end, nm.casing(u.text, names[0]), "names/variant", note)
        )


# ---------------------------------------------------------------------- module helpers


def _closest(found: dict[str, _Judged]) -> str | None:
    """The one spelling that ``found`` matches clearly best, if any: one edit from it,
    and every other two edits or more and further by score ("Beala": Beale, not Beard).

    >>> _closest({"Beale": _Judged(0.8, "", 1), "Beard": _Judged(0.6, "", 2)})
    'Beale'
    >>> _closest({"Beale": _Judged(0.8, "", 1), "Bealo": _Judged(0.8, "", 1)}) is None
    True
    """
    if len(found) == 1:
        return next(iter(found))
    ranked = sorted(found.items(), key=lambda item: (item[1].distance, -item[1].score))
    (want, best), (_, runner_up) = ranked[0], ranked[1]
    if best.distance == 1 and runner_up.distance >= 2 and best.score - runner_up.score >= 0.15:
        return want
    return None


# A member's or an officer's title written before the name ("Green MP Jean Whitner", "Acme
# CEO Jo Okafor"); not among the titles of ``names_titles.txt``, which also end
# abbreviations ("MP." ends many sentences).
_MEMBER_OF = frozenset(
    ["MP", "MEP", "MSP", "MLA", "AM", "TD", "CEO", "CFO", "COO", "CTO", "CIO", "CMO"]
)
# Capitalised words that qualify the name after them rather than make another name with
# it ("South Koreen" is "South Korean" misspelt, unlike "the River Fresk").
_QUALIFIERS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "new",
        "greater",
    ]
)
# The shortest one-word name read by edits when it is anchored in the document, and the
# shortest spelling of it read so ("Fod" for Ford, one letter short).
_ANCHORED_SINGLE_MIN = 4
_ANCHORED_VARIANT_MIN = 3
# The shortest one-word name that anchors at all: one of three letters only lets a key
# slipped to its neighbour or a letter typed twice through (see ``_judge_single``).
_ANCHORED_SHORT_MIN = 3
# The shortest one-word name (and spelling) read by two edits with no anchor, when the
# sound stays ("Tolwill" for Tollwall).
_UNANCHORED_TWO_EDITS = 7
# The shortest one-word name read by two edits that lose a letter when it is anchored in
# the document (its spelling is shorter, one letter shorter at least).
_ANCHORED_TWO_EDITS = 8
# The shortest one-word name read with any one letter (not the first) typed for another and
# no anchor ("Liverrool" for Liverpool); shorter ones need the key next to it ("Korvws").
_ANY_LETTER = 8


# Below this similarity, the word after the article that opens a name ("The Times",
# "The Sims") is only suggested: "The Tories" is a phrase of its own.
_NAMED_CUTOFF = 0.8
_ARTICLES = frozenset(("the", "a", "an"))
