"""NormalizeNames: map misspelt people, organisations and products onto a canonical list.

Matching follows how the errors happen in scraped news:

1. *Aliases* from the list map straight onto their canonical name (``names/alias``).
2. *Case and spacing* of a whole name: ``Deepseek``, ``Deep Seek``, ``Open AI``, ``LLama``
   -> ``DeepSeek``, ``OpenAI``, ``Llama`` (``names/spacing-case``); particles in another
   case (``Ursula Von Der Leyen``) or run into the surname (``Vannistelrooy``), ``and``
   for the ``&`` of a firm of partners; a spelling that lacks only the
   diacritics (``Muller`` -> ``Müller``) is a ``names/variant`` with score 1. No edit takes
   marks away: ``Martínez`` stays beside a list that types Martinez.
3. *Full-name variants* anchor a person in the document: the exact given name followed by a
   token close to the surname (``Arthur Marsh`` -> ``Arthur Mensch``); a weak match (score
   under 0.6) also needs a second spelling near the surname in the document. A person whose
   full name or surname appears correctly, or one of whose ``context`` words appears, is
   anchored too. A name of two words in the other order (``Ishiba Shigeru``) is the
   listed one where no word list knows its words
   (:mod:`~cleantext.passes.names_order`).
4. *Surname-only mentions* (``Mansh``, ``Marsh's``) of anchored people are normalised when
   close to the surname or to a variant anchored in the same document (``names/variant``);
   a second round accepts spellings one edit from those already matched (``Manish`` next
   to ``Mansh``). Short names, given names and common words need stronger evidence; a title
   ("Mr", "Professor") or the right initial ("A. Mansh") counts as evidence. A particle
   with a vowel swapped before the surname of a person named in full (``van der Leyen``)
   is the listed one (:mod:`~cleantext.passes.names_particles`).
5. Single-word organisations and products also match by small edits that keep their sound
   (``DeepSeak`` -> ``DeepSeek``), and a hyphenated one by one letter in one part
   (``Mercedes-Bens`` -> ``Mercedes-Benz``).
6. A word whose digits a scanner read for letters (``Sch0lz``, ``0laf``) and that spells a
   word of a listed name with the letters is that word (:mod:`~cleantext.passes.names_digits`).

Guards: canonical names and their tokens, ``never`` spellings, lower-case words, common words
at the start of a sentence, months, days, places and nationalities are never rewritten; a
token used as another person's name in the document ("Manish Kumar", "Andy Marsh", "dal
Maso", another initial) is left alone, and so is a near full name in the sentence that
writes the listed one ("Matteo Berardi" beside Matteo Bernardi: two people), a word before
a noun of places or buildings ("the Venkataramana temple"), and a token in a line-up of
surnames unless it sounds the same; a token two canonical entries claim is reported by
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

The pass is written in several modules: this one holds the pass and runs the stages of the
reading of a document (:class:`_Document`); :mod:`~cleantext.passes.names_reading` holds what
a reading keeps and the helpers its stages share; each stage has a module of its own:
:mod:`~cleantext.passes.names_people` (whole names, people by full name, other people),
:mod:`~cleantext.passes.names_surnames` (surname-only mentions),
:mod:`~cleantext.passes.names_particles` (the particles of surnames alone),
:mod:`~cleantext.passes.names_order` (names in the other order) and
:mod:`~cleantext.passes.names_singles` (one-word names). :mod:`~cleantext.passes.names_sounds`
tells which opening letters sound alike; :mod:`~cleantext.passes.names_index` makes the
canonical list an index, once per list; :mod:`~cleantext.passes.names_shapes` holds the pure
helpers on the shapes of words; the string keys and scores they compare names with are in
:mod:`~cleantext.passes.names_match`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from cleantext.edits import Edit
from cleantext.namelist import NameEntry, entries
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass, check_options
from cleantext.passes.code_spans import overlaps
from cleantext.passes.names_connected import _Connected
from cleantext.passes.names_digits import readings
from cleantext.passes.names_disowned import disowned, disowning
from cleantext.passes.names_index import _build_index, _Index
from cleantext.passes.names_order import _Order
from cleantext.passes.names_particles import _Particles
from cleantext.passes.names_respelt import _Respelt
from cleantext.passes.names_shapes import _drop_overlaps
from cleantext.passes.names_singles import _Singles
from cleantext.passes.names_surnames import _Surnames
from cleantext.passes.spaces import ODD_SPACES
from cleantext.passes.text_view import TextView

__all__ = ["NormalizeNames"]


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
    ``house_style`` (False)
        True reads a document that never writes a one-word name the canonical way but
        writes it its own way at least twice ("Time Warner" throughout, for "TimeWarner")
        as following a house style: such case and spacing variants are then suggested, not
        applied (a spelling one edit away is a misspelling even when repeated). By default
        the list's spelling wins: "Youtube" and "Pay Pal" written throughout become
        YouTube and PayPal.
    ``own_spelling`` (4)
        a spelling the document writes this many times or more, and more often than the
        listed one, is its own ("Leinster" in a report on Irish rugby, beside a listed
        Leicester; "Ravi Hymns" and "Hymns" beside a listed Ravi Hynes): a variant of it is
        suggested, not applied. A scraper or a transcriber garbles a name a few times, not
        throughout. A spelling read right after the exact listed given name that is no
        English word, known name or place is the person garbled, however often it is
        written ("Arthur Mansh" throughout). 0 applies them anyway.

    Rules: ``names/variant``, ``names/alias``, ``names/spacing-case``. Notes carry the score
    and the anchor, e.g. ``score 0.67 vs 'Mensch'; anchored by 'Arthur Mensch'``.

    >>> NormalizeNames(["Arthur Mensch"]).propose("Arthur Mensch spoke. Mansh's plan.")[0].note
    "score 0.67 vs 'Mensch'; anchored by 'Arthur Mensch'"
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
    house_style: bool = False
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
        house_style: bool = False,
        own_spelling: int = 4,
    ) -> None:
        items = entries(names)
        object.__setattr__(self, "names", items)
        object.__setattr__(self, "full_name_cutoff", full_name_cutoff)
        object.__setattr__(self, "surname_max_distance", surname_max_distance)
        object.__setattr__(self, "variant_max_distance", variant_max_distance)
        object.__setattr__(self, "single_min_length", single_min_length)
        object.__setattr__(self, "fuzzy", fuzzy)
        object.__setattr__(self, "fix_case_spacing", fix_case_spacing)
        object.__setattr__(self, "restore_diacritics", restore_diacritics)
        object.__setattr__(self, "house_style", house_style)
        object.__setattr__(self, "own_spelling", own_spelling)
        # a switch given as a string ("false" is a true value) or a count out of range is a
        # ConfigError, as in the other passes and in a configuration file
        check_options(self)
        object.__setattr__(self, "full_name_cutoff", float(full_name_cutoff))
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
        misread = readings(text, self._index.spelt) if self.fuzzy else []
        if not misread:
            return _run_spaced(self, text)
        # the words read with their letters are the name's: the text is read that way
        # (same length, same offsets), and they are changed as read
        read = list(text)
        for start, end, word in misread:
            read[start:end] = word
        edits, notes = _run_spaced(self, "".join(read))
        spans = [(a, b) for a, b, _ in misread]
        edits = [e for e in edits if not overlaps(spans, e.start, e.end)]
        edits += (
            Edit(a, b, word, "names/variant", f"digits read as letters: {text[a:b]!r} is {word!r}")
            for a, b, word in misread
        )
        return sorted(edits, key=lambda e: e.start), notes


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


class _Document(_Respelt, _Particles, _Order, _Surnames, _Singles, _Connected):
    """The analysis of one text: built per call, so a pass stays immutable and thread-safe."""

    # ------------------------------------------------------------------ driver
    def run(self) -> tuple[list[Edit], list[Edit]]:
        if not self.units:
            return [], []
        self.disowning = disowning(
            self.text, self.units, self._listed_written_with, self.idx.protected
        )
        self._aliases()
        self._whole_names()
        self._connected_names()
        self._reversed_names()
        self._context_anchors()
        self.disowned = disowned(self.disowning, self.idx.protected)
        self.blocked |= self.disowned
        self._full_names()
        self._respelt_full_names()
        self._surname_anchors()
        self._marked_surnames()
        self._particle_mentions()
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
