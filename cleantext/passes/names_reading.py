"""The reading of one document by :mod:`cleantext.passes.names`: what it holds (the text, its
words, the edits, suggestions and anchors found so far) and the helpers that more than one
stage uses (:class:`_Reading`). Each stage is a mixin of it:
:mod:`~cleantext.passes.names_people`, :mod:`~cleantext.passes.names_surnames` and
:mod:`~cleantext.passes.names_singles`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex

from cleantext.edits import Edit
from cleantext.passes import names_match as nm
from cleantext.passes.names_shapes import (
    _LAST_LETTERS,
    _drops_marks,
    _one_sentence,
    _own_word,
    _sentence_start,
    _Unit,
    _units,
    _vowel_lost,
    _whole_word,
)

if TYPE_CHECKING:
    from cleantext.passes.names import NormalizeNames

# Lower-case surname particles ("dal Bosco", "van der Tol"), and with them the connectors
# that only stand inside a canonical name ("Ortega y Gasset").
# A word spelt out letter by letter ("T-H-O-M-S-O-N").
_SPELT_OUT = regex.compile(r"\p{L}(?:[-.]\p{L}){2,}+")
_SURNAME_PARTICLES = nm.SURNAME_PARTICLES
_NAME_CONNECTORS = frozenset(f"{_SURNAME_PARTICLES}|y|e|zu|den|het".split("|"))
_SORTED_CONNECTORS = sorted(_NAME_CONNECTORS)


# What may stand between two items of a list of names: separators, capitalised words and
# initials, numbers ("Okeke, Doran, Dorgan"; "A Okeke (Tolworth), O Larsen"; "Doran 19,
# Dorgan 29"), no prose.
_LIST_GAP = regex.compile(
    r"(?:[\s,;/&]++|and\b|or\b|\p{Lu}[\p{L}\p{M}'\u2019.\-]*+|\p{N}++['\u2019]?|\([^()\n]{0,40}\))*+"
)
_LIST_GAP_MAX = 160  # characters
# Nouns of places that a place's name goes before ("Kiambu county") or after with "of"
# ("the town of Bezerros"); each reading adds its own.
PLACE_NOUNS = (
    "county|district|province|region|city|town|village|island|prefecture|municipality"
    "|borough|parish|governorate|canton"
)
# Nouns of buildings, streets and institutions that a place's name goes before ("the
# Venkataramana temple", "the Marsh road").
BUILDING_NOUNS = (
    "temple|church|chapel|mosque|shrine|cathedral|basilica|monastery|synagogue|pagoda"
    "|gurdwara|hall|street|road|avenue|lane|bridge|hospital|clinic|school|college"
    "|university|academy|stadium|arena|park|gardens|square|station|airport|museum"
    "|library|theatre|theater|palace|castle|fort|market|dam|canal|tunnel|highway"
)
# A lower-case noun of places right after a capitalised word makes it a place's name
# ("Kenya's Kiambu county", "the Tana river", "the Venkataramana temple"), never a
# person's.
_PLACE_NOUN_AFTER = regex.compile(
    rf"\s(?:{PLACE_NOUNS}|counties|state|river|valley|lake|islands|mountains|oblast"
    rf"|department|constituency|peninsula|basin|delta|{BUILDING_NOUNS})\b(?!-)"
)

# Every word that a connector and a Capitalised word follow, found in one scan.
_OPENS_NAME = regex.compile(
    rf"(?<![\p{{L}}'\u2019-])(\p{{Lu}}[\p{{L}}'\u2019-]*+)"
    rf"(?=[ \u00a0](?:{'|'.join(_SORTED_CONNECTORS)})[ \u00a0]\p{{Lu}})"
)
# Every word that a noun of places and "of" come before ("the town of Bezerros", "the
# province of Kalinga"): a place's name.
_PLACE_OF = regex.compile(
    rf"\b(?i:{PLACE_NOUNS}|port|suburb|hamlet|township|commune)"
    r"[ \u00a0]of[ \u00a0](\p{Lu}[\p{L}\p{M}'\u2019-]*+)"
)


def _separator(after: str) -> bool:
    """The two characters after a word are a list separator: ", " or "; ", or a comma or
    semicolon before a line break or the end (where trailing spaces may or may not be)."""
    return after[:1] in (",", ";") and (len(after) == 1 or after[1].isspace())


# The shortest one-word name (and spelling) read by two edits with no anchor, when the
# sound stays ("Tolwill" for Tollwall).
_UNANCHORED_TWO_EDITS = 7
# The most characters between two names of one sentence: a text with no stops (a
# transcript) is no sentence
_SENTENCE_REACH = 300
# The shortest name whose slip of the finger in a line-up needs no initial before it
_LONG_SLIP = 7


@dataclass(frozen=True, slots=True)
class _Anchor:
    """Why a surname counts as present in a document."""

    surname: str
    offset: int
    what: str  # the text that anchored it

    def describe(self) -> str:
        return f"anchored by {self.what!r}"


class _Judged(NamedTuple):
    score: float  # similarity to the canonical surname
    via: str  # the anchored spelling it matched ('' when the canonical surname itself)
    distance: int
    unsure: bool = False  # made only if another spelling in the text says so
    another: bool = False  # another person's name: blocked for the rest of the text


class _Reading:
    """The state of one document's reading, and the helpers that more than one stage uses."""

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
        # folds of surnames rewritten right after the exact listed given name ("Arthur Mansh")
        self.after_given_name: set[str] = set()
        # surnames whose person the text names in full (given name and surname, as listed
        # or as this run corrects them), each with the words that first name them
        self.named_in_full: dict[str, str] = {}
        # the words that open a name of their own before a connector ("Rosso di"), once read
        self._name_openers: frozenset[str] | None = None
        # the words the text says name someone else, listed ones too ("Adebayo Cole, who
        # is no relation" beside the listed Adebayo-Cole)
        self.disowning: tuple[_Unit, ...] = ()
        self.disowned: frozenset[str] = frozenset()  # of them, those the text says are
        # blocked folds that a one-word name written by this run may yet claim, and their token
        self._unanchored: dict[str, str] = {}
        self.secondary: dict[str, dict[str, _Anchor]] = {}  # lone surnames already matched
        self._bigrams: dict[str, dict[str, set[int]]] = {}  # spelling -> word -> starts
        self._mention_counts: dict[str, int] = {}  # surname -> words near it
        # the first word each edit writes, by where it starts, and the edits read so far
        self._edit_words: dict[int, str] = {}
        self._edits_indexed: tuple[list[Edit], int] = (self.edits, 0)
        self._pairs_written: set[str] = set()  # "San Andreas" that a one-word fix wrote
        self._folds: set[str] | None = None
        self._sentence: dict[int, bool] = {}
        self._after_word: dict[str, set[str]] | None = None  # word -> folds right after it
        self._after_given: frozenset[str] | None = None  # folds right after a given name
        self._misspellings: dict[tuple[str, str], frozenset[str]] = {}
        self._whole: dict[str, bool] = {}  # canonical name -> the text writes it exactly
        self._spans: dict[str, list[tuple[int, int]]] = {}  # and where (read once a name)
        self._unit_counts: Counter[str] | None = None
        self._sexes_said: dict[str, str] = {}  # surname -> the sex its titles say, once read
        self._lone: list[str] = []  # the anchored surnames a lone word may stand for

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
            if word is None or self._garbled_person(word):
                kept.append(e)
                continue
            times = counts[word.casefold()]
            note = f"{e.note}; left alone: the document writes {word!r} {times} times"
            self.suggestions.append(Edit(e.start, e.end, e.replacement, e.rule, note))
        self.edits = kept

    def _garbled_person(self, word: str) -> bool:
        """``word``, written throughout, is still a garbled listed person: this run reads
        it right after the exact listed given name ("Arthur Mansh"), and it is no English
        word, known surname or given name, nor place ("Ravi Hines", "Ravi Hymns" stay)."""
        f = nm.fold(word)
        return (
            f in self.after_given_name
            and not nm.known_spelling(f)
            and f not in nm.places()
            and f not in nm.towns()
        )

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

    def _opens_own_name(self, token: str) -> bool:
        """The text writes ``token`` before a connector and a Capitalised word somewhere
        ("Rosso di Montalcino", "Castilla y León"), or after a noun of places and "of"
        ("the town of Bezerros"): that spelling is a name of its own, a wine's or a
        place's, and no misspelt surname anywhere in the text (the words so written are
        found once a text)."""
        if self._name_openers is None:
            self._name_openers = frozenset(
                m.group(1)
                for pattern in (_OPENS_NAME, _PLACE_OF)
                for m in pattern.finditer(self.text)
            )
        return token in self._name_openers

    def _guarded(self, i: int, token: str) -> bool:
        """Tokens that are never a misspelt name here (a name spelt out letter by letter,
        "T-H-O-M-S-O-N", is the name as its bearer spells it)."""
        f = nm.fold(token)
        if (
            len(f) < 2
            or _SPELT_OUT.fullmatch(token) is not None
            or token.casefold() in self.idx.protected
            or token.casefold() in self.idx.never
        ):
            return True
        if f in nm.calendar() or f in nm.places() or f in self.blocked:
            return True
        return self._is_start(i) and nm.is_word(f) and not self._exact_variant(f)

    def _names_place(self, i: int) -> bool:
        """Unit i is a place's name: a lower-case noun of places or buildings follows it
        ("Kenya's Kiambu county", "the Venkataramana temple"), so it is no person's
        surname."""
        u = self.units[i]
        return u.end == u.full_end and _PLACE_NOUN_AFTER.match(self.text, u.end) is not None

    def _exact_variant(self, f: str) -> bool:
        return any(f in v for v in self.variants.values())

    def _edit(self, start: int, end: int, replacement: str, rule: str, note: str) -> None:
        if rule != "names/alias" and _drops_marks(self.text[start:end], replacement):
            return  # "Martínez" is spelt with care: never a garbled "Martinez"
        if replacement.endswith(".") and self.text.startswith(".", end):
            # a name listed with its period ("Acme Corp.") keeps the one the text has
            replacement = replacement[:-1]
            if replacement == self.text[start:end]:
                return
        if _written_around(self.text, start, end, replacement):
            return  # "A$AP" over the "AP" of "A$AP": the text writes the name already
        self.edits.append(Edit(start, end, replacement, rule, note))

    def _claim(self, *units: int) -> None:
        self.claimed.update(units)

    def _anchor(self, surname: str, offset: int, what: str) -> None:
        self.anchors.setdefault(surname, _Anchor(surname, offset, what))

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

    def _ambiguous(self, i: int, targets: Iterable[str], why: str) -> None:
        names = list(targets)
        u = self.units[i]
        note = "ambiguous: " + ", ".join(repr(s) for s in names) + (f" {why}" if why else "")
        self.suggestions.append(
            Edit(u.start, u.end, nm.casing(u.text, names[0]), "names/variant", note)
        )

    def _own_name(self, token: str, surname: str) -> bool:
        """The text writes ``token`` twice or more and, exactly, the listed name of a person
        whose surname is ``surname``: a spelling of its own, another person's. Two letters
        of the surname swapped ("Okafro") are a typo, which spells no one's name."""
        if sorted(nm.fold(token)) == sorted(nm.fold(surname)):
            return False
        if self._unit_counts is None:  # how often each word is written (counted once)
            self._unit_counts = Counter(u.text for u in self.units)
        return self._unit_counts[token] >= 2 and any(
            self._writes_whole(self.idx.entries[e].canonical)
            for e in self.idx.surnames.get(surname.casefold(), ())
        )

    def _writes_whole(self, canonical: str) -> bool:
        """The text writes ``canonical`` exactly, as a whole name (read once)."""
        found = self._whole.get(canonical)
        if found is None:
            found = self._whole[canonical] = _whole_word(canonical).search(self.text) is not None
        return found

    def _beside_listed(self, canonical: str, start: int, end: int) -> bool:
        """The sentence of ``text[start:end]`` (a person's name) also writes ``canonical``
        exactly, elsewhere: "Matteo Bernardi lost to his compatriot Matteo Berardi" names
        two people, however near their names are."""
        if not self._writes_whole(canonical):
            return False
        spans = self._spans.get(canonical)
        if spans is None:
            pattern = _whole_word(canonical)
            spans = self._spans[canonical] = [m.span() for m in pattern.finditer(self.text)]
        # only the writings within reach are read (sorted by where they start, and none
        # longer than the reach): a text that writes the name everywhere costs no more
        lo = bisect.bisect_left(spans, (start - 2 * _SENTENCE_REACH, 0))
        hi = bisect.bisect_right(spans, (end + _SENTENCE_REACH, len(self.text)))
        return any(
            _one_sentence(self.text, b, start) if b <= start else _one_sentence(self.text, end, a)
            for a, b in spans[lo:hi]
            if 0 <= start - b <= _SENTENCE_REACH or 0 <= a - end <= _SENTENCE_REACH
        )

    def _listed_written_with(self, surname: str) -> bool:
        """The text writes exactly a listed name that ends with ``surname``."""
        return any(
            self._writes_whole(self.idx.entries[e].canonical)
            for e in self.idx.surnames.get(surname.casefold(), ())
        )

    def _misspelt_surname(self, token: str) -> bool:
        """``token`` is one edit from the surname of a person anchored here (two that keep
        the sound from seven letters) and is no surname, given name or word of its own:
        "Ravi Okafro" beside "Stephen Okafor" is another Okafor, misspelt ("Andy Marsh" is
        another person). Not where the text writes that person's listed name exactly and
        this spelling twice or more: "Owen Pellhan" and "Mr Pellhan" beside "Greta Pellham"
        are another person, spelt as the text spells him."""
        f = nm.fold(token)
        if len(f) < 4 or nm.known_spelling(f):
            return False
        for surname in self.anchors:
            sf = nm.fold(surname)
            if sf == f or sf[:1] != f[:1]:
                continue
            d = nm.distance(f, sf)
            if (
                d <= 1
                or (
                    d == 2
                    and min(len(f), len(sf)) >= _UNANCHORED_TWO_EDITS
                    and nm.distance(nm.skeleton(f), nm.skeleton(sf)) <= 1
                )
            ) and not self._own_name(token, surname):
                return True
        return False

    # ------------------------------------------------------------------ line-ups of names
    def _initial_before(self, i: int) -> str:
        """The initial written right before unit i ("B Kay", "B. Kay"), or ''. An "A" with
        no period that opens a sentence before a name of two words is the article ("A
        Mittall Steel spokesman"; "A Mittall (Leeds)" in a line-up keeps its initial)."""
        if i == 0:
            return ""
        prev, cur = self.units[i - 1], self.units[i]
        if len(prev.text) != 1 or prev.full_end != prev.end:
            return ""
        gap = self.text[prev.end : cur.start]
        if (
            gap == " "
            and prev.text == "A"
            and i + 1 < len(self.units)
            and self._adjacent(i, i + 1)
            and self._is_start(i - 1)
        ):
            return ""
        return prev.text if gap in (" ", ". ") else ""

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
        other person's name, nor will a slip of a name of seven letters or more that makes
        no name or word ("Bramnigan" for Brannigan)."""
        if not self._same_sound(token, name):
            tf, nf = nm.fold(token), nm.fold(name)
            return (
                distance <= 1
                and len(name) >= 5
                and nm.key_slip(tf, nf)
                and (
                    bool(initial)
                    or _vowel_lost(tf, nf)
                    or (len(nf) >= _LONG_SLIP and not nm.known_spelling(tf))
                )
            )
        if distance <= 1:
            # a short name with one of its letters typed twice ("Shhaw" for Shaw), which
            # spells no name or word of its own, is a slip too
            return len(name) >= 5 or (
                len(name) >= 4
                and _letter_doubled(nm.fold(token), nm.fold(name))
                and not nm.known_spelling(nm.fold(token))
            )
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


def _written_around(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether ``replacement`` for text[start:end] would write again what stands right
    around it: the word is a piece of the name written whole ("AP" of "A$AP", "Schalke"
    of "Schalke 04"), no misspelling of it.

    >>> _written_around("with A$AP Rocky", 7, 9, "A$AP")
    True
    >>> _written_around("with Schalke 04 now", 5, 12, "Schalke 04")
    True
    >>> _written_around("with Shalke now", 5, 11, "Schalke")
    False
    """
    word = text[start:end]
    if word and replacement.endswith(word) and replacement != word:
        head = replacement[: len(replacement) - len(word)]
        if text[max(0, start - len(head)) : start] == head:
            return True
    if word and replacement.startswith(word) and replacement != word:
        tail = replacement[len(word) :]
        if text[end : end + len(tail)] == tail:
            return True
    return False


def _letter_doubled(tf: str, nf: str) -> bool:
    """The fold ``tf`` is the fold ``nf`` with one of its letters written twice.

    >>> _letter_doubled("shhaw", "shaw"), _letter_doubled("shawn", "shaw")
    (True, False)
    """
    return len(tf) == len(nf) + 1 and any(
        tf[i] == tf[i + 1] and tf[:i] + tf[i + 1 :] == nf for i in range(len(tf) - 1)
    )
