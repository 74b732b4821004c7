"""Names joined by small words, for :mod:`cleantext.passes.names` (:class:`_Connected`):
"Bank of America", "McKinsey & Company", "Comisión Federal de Electricidad", and the names
of bodies of three words or more ("Kingsmoor Borough Council"). Their words are read in the
text one by one around a word of the name written right; the small words must be there as
listed, and the others may differ by case, by diacritics or, in one word, by a slip ("Bank
of Amercia", "Mckinsey & Company", "Comision Federal de Electricidad").
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

import regex

from cleantext.edits import Edit
from cleantext.namelist import NameEntry
from cleantext.passes import names_match as nm
from cleantext.passes.names_reading import _NAME_CONNECTORS, _Reading
from cleantext.passes.names_shapes import _case_spacing_ok, _sentence_start, _vowel_swapped

# The small words that join the names of organisations ("Bank of America", "Marks &
# Spencer", "Banco de España"), and the particles that join a person's ("von der"): a
# person's name goes its own way (see names_surnames), an organisation's this one.
CONNECTORS = frozenset(
    {"of", "and", "&", "for", "the", "on", "upon", "in", "at", "to", "und", "et", "och", "og"}
    | _NAME_CONNECTORS
)
# The last words of a body's name ("Kingsmoor Borough Council"), from three words.
_BODIES = frozenset((
    "council", "trust", "school", "hospital", "college", "university", "association",
    "society", "club", "bank", "group", "company", "foundation", "institute", "agency",
    "authority", "commission", "committee", "party", "union", "church", "cathedral",
    "theatre", "museum", "airlines", "airways", "holdings", "partners", "corporation",
    "academy", "library", "centre", "center", "federation", "board", "ministry", "department",
    "support", "enterprise", "services", "networks", "systems", "industries", "technologies",
    "international", "motors", "insurance", "pharmaceuticals", "communications", "laboratories",
    "studios", "records", "orchestra", "league", "festival", "alliance", "fund", "charity",
))  # fmt: skip
_BODY_WORDS = 3
# More names than this sharing one word make it too common a word to read them around.
_CROWDED = 32
# "and" and "&" are one connector written two ways ("McKinsey and Company")
_SAME_CONNECTOR = {"and": "&", "&": "&", "und": "&", "et": "&"}
# The longest word of a name read in the text.
_LONGEST = 40
# The possessive or the punctuation that may close the last word ("America's,"), and the
# punctuation that may open the first ("(Bank").
_CLOSING = regex.compile(r"(?:['’]s)?[,.;:!?)\]”\"’']*+\Z")
_OPENING = regex.compile(r"\A[(\[“\"‘']*+")
# Another capitalised word right after a name, after its possessive or not: the name goes on.
_GOES_ON = regex.compile(r"(?:['’]s)? \p{Lu}")
# The word right before a name, after one space.
_WORD_BEFORE_NAME = regex.compile(r"(?<![\p{L}\p{M}'’])(\p{L}[\p{L}\p{M}'’.-]*+) \Z")
# Words that pair the two names after them: the names of two people or things.
_PAIRING = frozenset(("both", "between", "neither", "either"))
# A slip in one word: one edit from five letters, two (the first letter kept) from eight.
_ONE_EDIT_FROM, _TWO_EDITS_FROM = 5, 8
# The fewest letters of a word of its own that a slip inside a long listed name may make.
_WORDY_LETTERS = 6


class Connected(NamedTuple):
    """An entry joined by small words, and the place of one of its capitalised words.

    >>> Connected(entry=0, position=2)  # "America" in the first entry, "Bank of America"
    Connected(entry=0, position=2)
    """

    entry: int
    position: int


def joined_by_small_words(toks: tuple[str, ...]) -> bool:
    """Whether the words ``toks`` of a name are capitalised words (two or more) joined by
    small words, and no person's ("Ursula von der Leyen": a given name opens it).

    >>> joined_by_small_words(("Bank", "of", "America"))
    True
    >>> joined_by_small_words(("Ursula", "von", "der", "Leyen"))
    False
    >>> joined_by_small_words(("Ernst", "&", "Young"))
    True
    """
    small = sum(t in CONNECTORS for t in toks)
    caps = sum(t[:1].isupper() for t in toks)
    return (
        small > 0
        and caps >= 2
        and small + caps == len(toks)
        # a given name opens a person's name, not a firm's of partners ("Ernst & Young")
        and ("&" in toks or nm.fold(toks[0]) not in nm.person_given_names())
    )


def _body(toks: tuple[str, ...]) -> bool:
    """Whether ``toks`` name a body of three capitalised words or more that its last word
    says is one ("Kingsmoor Borough Council", "Eastmere General Hospital"), no person's.

    >>> _body(("Kingsmoor", "Borough", "Council")), _body(("Anna", "Maria", "Council"))
    (True, False)
    """
    return (
        len(toks) >= _BODY_WORDS
        and all(t[:1].isupper() for t in toks)
        and toks[-1].casefold() in _BODIES
        and nm.fold(toks[0]) not in nm.person_given_names()
    )


def connected_entries(items: Iterable[NameEntry]) -> dict[str, tuple[Connected, ...]]:
    """The entries joined by small words, or bodies of three words or more, by the fold
    of each of their capitalised words.

    >>> from cleantext.namelist import entries
    >>> sorted(connected_entries(entries(["Bank of America", "Ursula von der Leyen"])))
    ['america', 'bank']
    """
    found: dict[str, list[Connected]] = {}
    for i, e in enumerate(items):
        toks = e.tokens
        if not (joined_by_small_words(toks) or _body(toks)):
            continue
        for k, t in enumerate(toks):
            if t[:1].isupper():
                found.setdefault(nm.fold(t), []).append(Connected(i, k))
    # a word that opens many names ("Bank" of a thousand "Bank of ..."): the names are read
    # around their other words, so that a "Bank" of the text reads no thousand names (each
    # name keeps a word to be read around, a crowded one if it has no other)
    crowded = {key for key, found_at in found.items() if len(found_at) > _CROWDED}
    keyed = {c.entry for key, found_at in found.items() if key not in crowded for c in found_at}
    table = {
        key: tuple(c for c in found_at if key not in crowded or c.entry not in keyed)
        for key, found_at in found.items()
    }
    return {key: found_at for key, found_at in table.items() if found_at}


class _Connected(_Reading):
    """The stage that reads names joined by small words."""

    def _connected_names(self) -> None:
        """Each name joined by small words, read around a capitalised word of it that the
        text writes: exact, it claims its words; with case or diacritics lost, or a slip
        in one word, it is corrected word by word."""
        table = self.idx.connected
        if not table:
            return
        done: set[tuple[int, int]] = set()  # the entries read, by where they start
        for i, u in enumerate(self.units):
            if i in self.claimed:
                continue
            for cand in table.get(nm.fold(u.text), ()):
                span = self._read_connected(u.start, u.end, u.full_end, cand)
                if span is None or (cand.entry, span[0]) in done:
                    continue
                done.add((cand.entry, span[0]))
                if self._correct_connected(cand.entry, span[2]):
                    self._claim(*self._units_within(span[0], span[1]))
                    break

    def _read_connected(
        self, start: int, end: int, full_end: int, cand: Connected
    ) -> tuple[int, int, list[tuple[int, int, str]]] | None:
        """The words of the text that stand for the words of ``cand``'s entry around the
        unit at ``start``-``end``, each with its offsets, and the name's span; None when
        the text has not as many words there, one word apart each, or another capitalised
        word goes on with the name ("Bank of American Fork")."""
        toks = self.idx.tokens[cand.entry]
        text = self.text
        words: list[tuple[int, int, str]] = [(start, end, text[start:end])]
        pos = start
        for k in range(cand.position):
            span = _word_before(text, pos)
            if span is None:
                return None
            begin, stop = span
            word = text[begin:stop]
            if k == cand.position - 1:
                opening = len(_OPENING.match(word).group())
                begin, word = begin + opening, word[opening:]
            if not word:
                return None
            words.insert(0, (begin, stop, word))
            pos = begin
        if cand.position < len(toks) - 1 and full_end != end:
            return None  # a possessive inside the name
        pos = end
        for k in range(cand.position + 1, len(toks)):
            span = _word_after(text, pos)
            if span is None:
                return None
            begin, stop = span
            word = text[begin:stop]
            if k == len(toks) - 1:
                word = word[: len(word) - len(_CLOSING.search(word).group())]
            if not word:
                return None
            words.append((begin, begin + len(word), word))
            pos = begin + len(word)
        if cand.position == len(toks) - 1:
            pos = full_end
        capitals = all(w.isupper() for _, _, w in words if w[:1].isalpha())
        if not capitals and _GOES_ON.match(text, pos, pos + 4) is not None:
            return None  # "Bank of American Fork": another name goes on (a line in
            # capitals goes on in capitals)
        return words[0][0], words[-1][1], words

    def _correct_connected(self, entry: int, words: list[tuple[int, int, str]]) -> bool:
        """Correct ``words``, read for the entry, word by word; whether they are the name
        (then nothing else reads them)."""
        toks = self.idx.tokens[entry]
        canonical = self.idx.entries[entry].canonical
        if self.text[words[0][0] : words[-1][1]].casefold() in self.idx.never:
            return True  # a spelling the list says is never this name: it stays, read
        plan: list[tuple[int, int, str, str, str]] = []
        slips = 0
        capitals = sum(t[:1].isupper() for t in toks)
        # a person's name read as joined by small words ("Virgil van Dijk"): its particles
        # are written as listed, a capital or a vowel being a slip ("Van", "von")
        person = self.idx.particles_of.get(toks[-1]) == toks[1:-1]
        for (start, end, word), tok in zip(words, toks, strict=True):
            if tok == "&" and word in ("and", "And"):
                # "Procter and Gamble" for the listed Procter & Gamble: the firm, in words
                plan.append((start, end, "&", "names/spacing-case", "and"))
                continue
            if tok in CONNECTORS:
                particle = _particle_change(word, tok) if person else ""
                if particle == "case" and self.p.fix_case_spacing:
                    note = f"case of the particle {tok!r} in {canonical!r}"
                    plan.append((start, end, tok, "names/spacing-case", note))
                    continue
                if particle == "vowel" and self.p.fuzzy:
                    slips += 1
                    note = f"particle {word!r} for {tok!r} in {canonical!r}"
                    plan.append((start, end, tok, "names/variant", note))
                    continue
                same = word.casefold() == tok or _SAME_CONNECTOR.get(word.casefold(), word) == (
                    _SAME_CONNECTOR.get(tok, tok)
                )
                if not same:
                    return False
                continue
            change = _word_change(word, tok, wordy=capitals >= _BODY_WORDS, partners="&" in toks)
            if change is None:
                return False
            if change == "":
                continue
            rule = change
            if rule == "slip":
                if not self.p.fuzzy:
                    return False  # exact matching only: case and diacritics
                slips += 1
                score = 1.0 - nm.distance(nm.fold(word), nm.fold(tok)) / max(len(word), len(tok))
                note = f"score {score:.2f} vs {tok!r} in {canonical!r}"
                plan.append((start, end, nm.casing(word, tok), "names/variant", note))
            elif rule == "marks":
                if not self.p.restore_diacritics:
                    continue
                note = f"score 1.00 vs {tok!r} in {canonical!r} (diacritics)"
                plan.append((start, end, nm.casing(word, tok), "names/variant", note))
            elif self.p.fix_case_spacing:
                note = f"case or spacing of {tok!r} in {canonical!r}"
                plan.append((start, end, tok, "names/spacing-case", note))
        if slips > 1:
            return False
        written_and = [p for p in plan if p[4] == "and"]
        if written_and:
            if self._two_people(words):
                return False  # "William Procter and James Gamble": the partners
            plan = [p for p in plan if p[4] != "and"]
            start, end = written_and[0][:2]
            note = f"'&' of {canonical!r} written as 'and'"
            if not self.p.fix_case_spacing:
                pass  # read as the name, left as written
            elif self.p.house_style and not self._writes_whole(canonical):
                own = f"{note}; the document never writes {canonical!r}: its own style?"
                self.suggestions.append(Edit(start, end, "&", "names/spacing-case", own))
            else:
                plan.append((start, end, "&", "names/spacing-case", note))
        for start, end, replacement, rule, note in plan:
            self._edit(start, end, replacement, rule, note)
        if person:
            self.named_in_full.setdefault(toks[-1], self.text[words[0][0] : words[-1][1]])
        return True

    def _two_people(self, words: list[tuple[int, int, str]]) -> bool:
        """The words of a firm of partners, read with "and" for its "&", may name the two
        people: a possessive after them ("Johnson and Johnson's"), a capitalised word right
        before them (a given name, a title: "Boris Johnson and Johnson", "Mr Marks and
        Spencer") but a word opening the sentence, or a word that pairs two before them
        ("both", "between")."""
        text = self.text
        start, end = words[0][0], words[-1][1]
        if text.startswith(("'s", "’s", "'", "’"), end):
            return True
        if any(self._a_persons_surname(w) for _, _, w in words if w[:1].isupper()):
            return True  # "Boris Johnson ... Jo Johnson ... Johnson and Johnson"
        before = _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group(1)
        if word.casefold() in _PAIRING:
            return True
        if not word[:1].isupper():
            return False
        f = nm.fold(word)
        return not (_sentence_start(text, before.start(1)) and nm.is_word(f)) or (
            f in nm.person_given_names() or f in nm.titles()
        )

    def _a_persons_surname(self, word: str) -> bool:
        """The text writes ``word`` right after a person's given name or a title ("Boris
        Johnson", "Mr Marks"): a surname of someone it names."""
        units = self.units
        return any(
            u.text == word
            and k > 0
            and self._adjacent(k - 1, k)
            and (
                nm.fold(units[k - 1].text) in nm.person_given_names()
                or nm.fold(units[k - 1].text) in nm.titles()
            )
            for k, u in enumerate(units)
        )

    def _units_within(self, start: int, end: int) -> range:
        """The indexes of the units that start between ``start`` and ``end``."""
        first = bisect.bisect_left(self.units, start, key=lambda u: u.start)
        last = bisect.bisect_left(self.units, end, key=lambda u: u.start)
        return range(first, last)


def _word_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word that ends one space before ``pos`` (40 characters at most),
    or None when no space stands there.

    >>> _word_before("Bank of America", 8)
    (5, 7)
    """
    if not text.startswith(" ", pos - 1):
        return None
    stop = begin = pos - 1
    while begin > 0 and not text[begin - 1].isspace() and stop - begin < _LONGEST:
        begin -= 1
    return begin, stop


def _word_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word that starts one space after ``pos`` (40 characters at most),
    or None when no space stands there.

    >>> _word_after("Bank of America", 4)
    (5, 7)
    """
    if not text.startswith(" ", pos):
        return None
    begin = stop = pos + 1
    while stop < len(text) and not text[stop].isspace() and stop - begin < _LONGEST:
        stop += 1
    return begin, stop


def _word_change(word: str, tok: str, *, wordy: bool = False, partners: bool = False) -> str | None:
    """How ``word`` of the text writes the capitalised word ``tok`` of a listed name: ""
    as listed or in capitals, "marks" without its diacritics, "case" with the case of a
    name of inner capitals lost, "slip" with a slip of the finger in a word that is no
    word, name or place of its own (with ``wordy``, in a name of three capitalised words
    or more, a word of six letters or more may be one: "Royal Collage of Nursing"; with
    ``partners``, in a firm joined by "&", a surname with one letter respelt and its
    consonants kept: "Proctor & Gamble"); None when it is another word.

    >>> _word_change("Amercia", "America"), _word_change("AMERICA", "America")
    ('slip', '')
    >>> _word_change("Comision", "Comisión"), _word_change("Mckinsey", "McKinsey")
    ('marks', 'case')
    >>> _word_change("Africa", "America"), _word_change("American", "America")
    (None, None)
    """
    if word == tok or word == tok.upper():
        return ""
    wf, tf = nm.fold(word), nm.fold(tok)
    if wf == tf:
        plain = _plain_marks(tok)
        if word in (plain, plain.upper()) and plain != tok:
            return "marks"
        if word.casefold() == tok.casefold() and _case_spacing_ok(word, tok):
            return "case"
        return None
    if not word[:1].isupper() or wf[:1] != tf[:1] or nm.inflected(wf, tf):
        return None
    if wf in nm.places() or (
        nm.known_spelling(wf)
        and not (wordy and min(len(wf), len(tf)) >= _WORDY_LETTERS)
        and not (partners and _surname_respelt(wf, tf))
    ):
        return None
    d = nm.distance(wf, tf)
    n = min(len(wf), len(tf))
    if (d == 1 and n >= _ONE_EDIT_FROM) or (d == 2 and n >= _TWO_EDITS_FROM):
        return "slip"
    return None


def _particle_change(word: str, tok: str) -> str:
    """How ``word`` of the text writes the surname particle ``tok`` of a person's name:
    "case" capitalised ("Van" for van), "vowel" as another particle one vowel away
    ("von" for van), "" otherwise (as listed, in capitals, or another word).

    >>> _particle_change("Van", "van"), _particle_change("von", "van")
    ('case', 'vowel')
    >>> _particle_change("VAN", "van"), _particle_change("vin", "van")
    ('', '')
    """
    if word != tok and word == tok.capitalize():
        return "case"
    if word.islower() and word in nm.PERSON_PARTICLES and _vowel_swapped(word, tok):
        return "vowel"
    return ""


def _surname_respelt(wf: str, tf: str) -> bool:
    """The fold ``wf``, a known surname, is the fold ``tf`` of six letters or more with
    one letter respelt and its consonants kept ("proctor" for Procter): in a firm of
    partners ("Procter & Gamble") that the text writes otherwise as listed, the firm's
    name misspelt, not another partner.

    >>> _surname_respelt("proctor", "procter"), _surname_respelt("johnston", "johnson")
    (True, False)
    """
    return (
        min(len(wf), len(tf)) >= _WORDY_LETTERS
        and wf in nm.surnames()
        and nm.distance(wf, tf) == 1
        and nm.skeleton(wf) == nm.skeleton(tf)
    )


def _plain_marks(s: str) -> str:
    """``s`` without its diacritics, case kept.

    >>> _plain_marks("Comisión")
    'Comision'
    """
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
