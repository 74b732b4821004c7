"""Surname particles of a person the text names in full, for :mod:`cleantext.passes.names`
(:class:`_Particles`): the surname alone after a particle with one vowel swapped ("van der
Leyen said" beside Ursula von der Leyen), and the particles run into the surname
("Vannistelrooy" beside Ruud van Nistelrooy).

A particle written another way inside the full name ("Ursula Von Der Leyen") is read with
the full name (:meth:`~cleantext.passes.names_people._People._rest`).
"""

from __future__ import annotations

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.names_reading import _NAME_CONNECTORS, _Reading
from cleantext.passes.names_shapes import _modifier, _particles_slipped, _sentence_start

# The particles and connectors right before a word ("van der " before "Leyen"; the first
# capitalised, as a sentence or a Dutch surname alone opens it: "Van der ").
_CONNECTORS = sorted(_NAME_CONNECTORS, key=lambda c: (-len(c), c))
_PARTICLES_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'\u2019-])((?i:{'|'.join(_CONNECTORS)})"
    rf"(?: (?:{'|'.join(_CONNECTORS)}))*) \Z"
)
# A capitalised word and one space right before particles ("Aravinda " in "Aravinda de
# Silva").
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'\u2019-]*+) \Z")


class _Particles(_Reading):
    """The stage that reads the particles of surnames alone."""

    def _particle_mentions(self) -> None:
        """For each person named in full whose surname the list writes after particles:
        the surname alone after the particles with one vowel swapped, and the particles
        run into it."""
        of = self.idx.particles_of
        named = {s: of[s] for s in self.named_in_full if s in of}
        if not named:
            return
        if self.p.fuzzy:
            self._swapped_particles(named)
        if self.p.fix_case_spacing:
            self._fused_particles(named)

    def _swapped_particles(self, named: dict[str, tuple[str, ...]]) -> None:
        """ "van der Leyen said" (or "Van der Leyen said") beside the listed Ursula von der
        Leyen, whom the text names in full: the particle with its vowel swapped is hers,
        unless the swapped particles are listed with that surname, or the text writes them
        after another capitalised word that is no title ("Aravinda de Silva" beside the
        listed Lula da Silva: another person, in all the text)."""
        found: list[tuple[int, int, str, str]] = []  # start, end, written, surname
        others: set[tuple[str, str]] = set()  # (particles, surname) another person bears
        text = self.text
        for k, u in enumerate(self.units):
            listed = named.get(u.text)
            if listed is None or k in self.claimed:
                continue
            m = _PARTICLES_BEFORE.search(text, max(0, u.start - 24), u.start)
            if m is None:
                continue
            written = tuple(m.group(1).split(" "))
            # a capital that opens a sentence, or a Dutch surname alone, is no slip here
            lower = (written[0].lower(), *written[1:])
            if _particles_slipped(lower, listed) != "vowel":
                continue
            before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is not None and not self._introduces_alone(before.group(1), before.start(1)):
                others.add((" ".join(lower), u.text))
                continue
            found.append((m.start(), m.start() + len(m.group(1)), m.group(1), u.text))
        for start, end, said, surname in found:
            if (said[:1].lower() + said[1:], surname) in others or self._overlaps_edit(start, end):
                continue
            as_listed = " ".join(named[surname])
            replacement = as_listed[:1].upper() + as_listed[1:] if said[:1].isupper() else as_listed
            note = (
                f"particles {said!r} for {as_listed!r} of {self._particled_canonical(surname)!r}"
                f"; named in full as {self.named_in_full[surname]!r}"
            )
            self._edit(start, end, replacement, "names/variant", note)
            self._claim(*(k for k, v in enumerate(self.units) if start <= v.start < end))

    def _introduces_alone(self, word: str, start: int) -> bool:
        """The capitalised ``word`` at ``start``, right before particles, introduces a
        surname alone rather than opening another person's name: a title ("President"), a
        nationality or party, a month or day, or a word that opens the sentence."""
        f = nm.fold(word)
        if f in nm.titles() or f in nm.calendar() or _modifier(word):
            return True
        return nm.is_word(f) and f not in nm.given_names() and _sentence_start(self.text, start)

    def _fused_particles(self, named: dict[str, tuple[str, ...]]) -> None:
        """ "Vannistelrooy" beside the listed Ruud van Nistelrooy, whom the text names in
        full: the particles run into the surname, which a space parts again (the capital
        as written: "Van Nistelrooy"). Not a spelling in camel case ("DeSantis" is a
        style of its own) nor one that is a word, a known name or a place of its own
        ("Vanderbilt")."""
        fused = {nm.fold("".join(p) + s): (s, p) for s, p in named.items() if len(nm.fold(s)) >= 4}
        idx = self.idx
        for k, u in enumerate(self.units):
            if k in self.claimed or "-" in u.text:
                continue
            hit = fused.get(nm.fold(u.text))
            if hit is None:
                continue
            surname, particles = hit
            word = u.text
            if self._in_other_name(k):
                continue  # "Vanhalen Records", "Jan Vannistelrooy": another name's word
            if not (word.isupper() or word[1:].islower()):
                continue  # "VanNistelrooy", "DeSantis": a style of its own
            f = nm.fold(word)
            if (
                nm.known_spelling(f)
                or f in nm.places()
                or f in nm.towns()
                or f in nm.orgs()
                or word.casefold() in idx.protected
                or word.casefold() in idx.never
            ):
                continue
            listed = " ".join((*particles, surname))
            replacement = listed.upper() if word.isupper() else listed[:1].upper() + listed[1:]
            note = (
                f"particles of {self._particled_canonical(surname)!r} run into the surname"
                f"; named in full as {self.named_in_full[surname]!r}"
            )
            self._edit(u.start, u.end, replacement, "names/spacing-case", note)
            self._claim(k)

    def _in_other_name(self, k: int) -> bool:
        """Unit k stands in a name of more words: a capitalised word right after it, or
        one right before it that is no title and does not open the sentence as a word."""
        units = self.units
        if k + 1 < len(units) and self._adjacent(k, k + 1):
            return True
        if k == 0 or not self._adjacent(k - 1, k) or self._titled(k):
            return False
        prev = nm.fold(units[k - 1].text)
        return not (self._is_start(k - 1) and nm.is_word(prev) and prev not in nm.given_names())

    def _particled_canonical(self, surname: str) -> str:
        """The listed name of the person whose surname, written after particles, is
        ``surname`` (read for a note: the list is read through)."""
        particles = self.idx.particles_of[surname]
        for toks, entry in zip(self.idx.tokens, self.idx.entries, strict=True):
            if toks[-1] == surname and toks[1:-1] == particles:
                return entry.canonical
        return surname

    def _overlaps_edit(self, start: int, end: int) -> bool:
        return any(e.start < end and start < e.end for e in self.edits)
