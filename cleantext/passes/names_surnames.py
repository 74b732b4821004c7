"""Surname-only mentions, for :mod:`cleantext.passes.names` (:class:`_Surnames`): a lone
surname of a person anchored in the document ("Mansh", "Marsh's" for Mensch), judged against
the surname and its anchored variants, in two rounds.
"""

from __future__ import annotations

import functools
from typing import TypeAlias

import regex

from cleantext.edits import Edit
from cleantext.passes import names_match as nm
from cleantext.passes.names_others import syllable_swapped
from cleantext.passes.names_reading import (
    _NAME_CONNECTORS,
    _SURNAME_PARTICLES,
    _Anchor,
    _Judged,
    _Reading,
)
from cleantext.passes.names_shapes import (
    _ARABIC_ARTICLE,
    _UNIT,
    _after_articles,
    _article_as_listed,
    _candidates,
    _h_moved,
    _holds_whole,
    _inner_capital,
    _long_variant,
    _modifier,
    _prefix_word,
    _unique_nearest,
    _whole_word,
)
from cleantext.passes.names_sounds import _FIRST_LETTERS_ALIKE, _respelt_opening, _sounds_first

# A particle right before a word.
_PARTICLE = regex.compile(rf"(?<![\p{{L}}])(?:{_SURNAME_PARTICLES}) \Z")
_ANY_PARTICLE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{_SURNAME_PARTICLES})[ \u00a0]\Z")
# The particles and connectors right before a word ("von der " before "Leyen"; the first
# capitalised where it opens a sentence, "Von der ").
_CONNECTORS = sorted(_NAME_CONNECTORS)
_PARTICLES_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])((?:{'|'.join(_CONNECTORS + [c.capitalize() for c in _CONNECTORS])}) "
    rf"(?:(?:{'|'.join(_CONNECTORS)}) )*)\Z"
)


# A person whose surname (or a near spelling) the text writes this often is one it is
# about: a lone spelling two edits away is theirs even where the sound changed.
_OFTEN_NAMED = 3
# The word before a token's particles ("Johan" in "Johan de Witt").
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'\u2019-]*+)[ \u00a0]++\Z")


# The anchored surnames a lone surname may be a variant of, each with its judgement, in the
# order of the anchors.
_Near: TypeAlias = list[tuple[str, _Judged]]
# Those found for each spelling (case folded), in one round.
_Cache: TypeAlias = dict[str, _Near]


# A Capitalised word after a token, after its period or not ("Dr. Dre").
_TITLED_NEXT = regex.compile(r"\.?[ \u00a0]\p{Lu}")


# Titles that say a person's sex.
_MALE_TITLES = frozenset(
    ["mr", "sir", "lord", "king", "prince", "duke", "baron", "count", "monsieur", "senor",
     "herr", "father", "brother", "signor"]
)  # fmt: skip
_FEMALE_TITLES = frozenset(
    ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "baroness",
     "countess", "madame", "mme", "senora", "frau", "sister", "signora"]
)  # fmt: skip


def _title_sex(title: str) -> str:
    """ "m" or "f" for a title that says a sex ("Mr", "Ms."), else "".

    >>> _title_sex("Mr"), _title_sex("Ms."), _title_sex("Dr")
    ('m', 'f', '')
    """
    f = nm.fold(title)
    return "m" if f in _MALE_TITLES else "f" if f in _FEMALE_TITLES else ""


class _Surnames(_Reading):
    """The stage that reads lone surnames."""

    # ------------------------------------------------------------------ 6. surnames
    def _surname_mentions(self) -> None:
        """Lone surnames of anchored people, in two rounds.

        The first round compares with the canonical surname and the variants anchored by a
        full name; spellings it accepted then count as variants for a second round
        ("Mansh" lets "Manish" through, one edit away).
        """
        self._lone = [s for s in self.anchors if not self._a_body_only(s)]
        if not self._lone:
            return
        self._spaced_surnames()
        for _round in range(2):
            cache: _Cache = {}
            # the words after each spelling, as this run writes them: read again each round,
            # since the last one corrected some ("Lampel Lample Lampel": the third became
            # Lample, so the first is written before a Lample too, as a second run reads it)
            self._bigrams.clear()
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

    def _spaced_surnames(self) -> None:
        """A hyphenated surname of an anchored person written with a space for its hyphen,
        on its own or after a title: "Ms Adebayo Cole" beside Funmilayo Adebayo-Cole; or a
        surname of one word written as two capitalised words ("Gebre Medhin" beside Yohannes
        Gebremedhin, :func:`_split_spellings`). Not after another capitalised word ("Kemi
        Adebayo Cole" may be a Kemi Cole) nor before one ("the Brennan Ward Theatre"), nor
        where the text disowns the likeness ("Adebayo Cole, who is no relation")."""
        spaced: dict[tuple[str, ...], str] = {}
        for surname in self.anchors:
            parts = tuple(surname.split("-"))
            if len(parts) > 1 and all(p[:1].isupper() for p in parts):
                spaced[parts] = surname
                spaced[tuple(p.upper() for p in parts)] = surname
            elif len(parts) == 1:
                spaced.update((split, surname) for split in _split_spellings(surname))
        if not spaced:
            return
        units, n = self.units, len(self.units)
        width = max(len(k) for k in spaced)
        for i in range(n):
            if i in self.claimed or (i > 0 and self._adjacent(i - 1, i) and not self._titled(i)):
                continue
            for k in range(2, min(width, n - i) + 1):
                last = i + k - 1
                if last in self.claimed or not self._adjacent(last - 1, last):
                    break
                hyphenated = spaced.get(tuple(u.text for u in units[i : last + 1]))
                if hyphenated is None:
                    continue
                if last + 1 < n and self._adjacent(last, last + 1):
                    break  # part of another name
                if all(u in self.disowning for u in units[i : last + 1]):
                    break  # the listed words too: "Adebayo Cole, who is no relation"
                surface = self.text[units[i].start : units[last].end]
                what = "hyphen" if "-" in hyphenated else "one word"
                note = f"{what} of {hyphenated!r}; {self.anchors[hyphenated].describe()}"
                replacement = nm.casing(surface, hyphenated)
                self._edit(units[i].start, units[last].end, replacement, "names/spacing-case", note)
                self._claim(*range(i, last + 1))
                break

    def _a_body_only(self, surname: str) -> bool:
        """Every listed name that ends with ``surname`` is a well-known body's
        (``names_orgs.txt``: "Société Générale"): its last word alone is no mention of
        it, and no one's surname ("the insurer Generali", "Mr Generali")."""
        entries = self.idx.surnames.get(surname.casefold(), ())
        bodies = nm.org_full_names()
        return bool(entries) and all(
            nm.fold(self.idx.entries[e].canonical) in bodies for e in entries
        )

    def _first_letters(self) -> set[str]:
        """The first letters a variant of an anchored surname can have: the surname's, one
        that sounds alike (C/K...), or an anchored variant's."""
        letters: set[str] = set()
        for surname in self._lone:
            first = nm.fold(surname)[:1]
            letters.add(first)
            if _ARABIC_ARTICLE.match(surname):
                letters.update("ae")  # "el-Sisi" for al-Sisi
            letters.update(_FIRST_LETTERS_ALIKE.get(first, ()))
        for table in (self.variants, self.secondary):
            for spellings in table.values():
                letters.update(v[:1] for v in spellings)
        letters.discard("")
        return letters

    def _surnames_cf(self) -> set[str]:
        return {s.casefold() for s in self.anchors}

    def _surname_mention(self, i: int, start: int, end: int, token: str, cache: _Cache) -> bool:
        """Correct ``token`` (in unit i) if it is a lone surname of an anchored person: the
        guards, the surnames it is near, the filters of its spelling and of the words around
        it, the choice among several, the edit. Whether it was corrected."""
        if self._guarded(i, token) or self._names_place(i):
            return False  # guarded, or a place: "Kiambu county" beside the listed Kamau
        initial = self._initial_before(i)
        titled = self._titled(i) or bool(initial)
        f = nm.fold(token)
        if f in nm.towns() and not titled:
            return False  # "grew up in Kendal": a town ("Mr Kendal" is a person's name)
        exact_variant = self._exact_variant(f)
        if f in nm.orgs() and not titled and not exact_variant:
            # "the insurer Generali" beside Société Générale: a body of its own (a spelling
            # the full name wrote, "Satya Nutella", is the person's, alone too)
            return False
        if f in nm.titles() and not exact_variant and (nm.is_word(f) or self._titles_next(end)):
            # "the Attorney General's office", "Dr. Dre": a title, not Generali or Dre
            # misspelt
            return False
        inside = self._inside_name(i, start, token, titled, exact_variant)
        if inside is None:
            return False
        followed = self._followed_by(i, end, inside, exact_variant)
        if not exact_variant and self._opens_own_name(token):
            return False  # "Rosso di Montalcino" (and "more Rosso" then) beside Rossi
        particled = self._particled_surnames(i, start)
        if particled is not None and not particled:
            return False  # "dal Bosco", "van Persie": a compound surname (not one of ours)
        if particled and self._other_given_before(start, particled):
            return False  # "Johan de Witt" beside the listed Jan de Wit: another person
        found = self._near_surnames(i, start, token, titled, cache)
        if (
            found
            and particled is None
            and self.idx.particled
            and not _ANY_PARTICLE_BEFORE.search(self.text, max(0, start - 12), start)
        ):
            # a surname that the list writes after its particles ("von der Leyen") is
            # written with them: "Leyden" alone, with none before it, is no misspelt Leyen
            # (a particle capitalised at a sentence's start still counts: "Van Persei")
            found = [(s, j) for s, j in found if s not in self.idx.particled_surnames]
        if "-" in token:
            # a hyphenated word that holds the surname whole is a compound of it, not the
            # surname misspelt ("Lewis-Francis" beside Francis; "Al-Ahly" is the listed
            # Al Ahly hyphenated, never "Ahly")
            parts = {nm.fold(part) for part in token.split("-")}
            found = [(s, j) for s, j in found if "-" in s or nm.fold(s) not in parts]
        if not found:
            return False
        found = self._strict_surnames(token, f, titled, found)
        found = self._same_sex(i, found)
        found = self._surnames_in_context(
            i, start, token, found, particled, followed, initial, exact_variant
        )
        if not found:
            return False
        chosen = self._one_surname(start, end, token, f, found)
        if chosen is None:
            return False
        self._surname_edit(i, start, end, token, *chosen)
        return True

    def _same_sex(self, i: int, found: _Near) -> _Near:
        """Of ``found``, the surnames whose person the title before unit i may name: "Mr
        Reed" beside the listed "Ms Reid" (or her "Ms Reid" in the text) is a man, another
        person. A surname with no title of a sex, in the list or the text, stays."""
        sex = _title_sex(self.units[i - 1].text) if i > 0 and self._titled(i) else ""
        if not sex or not found:
            return found
        return [(s, j) for s, j in found if self._sexes(s) in ("", sex)]

    def _sexes(self, surname: str) -> str:
        """The sex that the titles before the exact surname say, in the list and the text:
        "m", "f", or "" when none says one (or both are said); read once a surname."""
        known = self._sexes_said.get(surname)
        if known is not None:
            return known
        said = {
            _title_sex(self.idx.tokens[e][0]) for e in self.idx.surnames.get(surname.casefold(), ())
        }
        said |= {
            _title_sex(self.units[k - 1].text)
            for k, u in enumerate(self.units)
            if k > 0 and u.text == surname and self._titled(k)
        }
        said.discard("")
        sex = next(iter(said)) if len(said) == 1 else ""
        self._sexes_said[surname] = sex
        return sex

    def _titles_next(self, end: int) -> bool:
        """A Capitalised word follows the token ending at ``end`` (after its period): the
        token, a title, titles that name ("Dr. Dre", "Dr Dre")."""
        return _TITLED_NEXT.match(self.text, end) is not None

    def _inside_name(
        self, i: int, start: int, token: str, titled: bool, exact_variant: bool
    ) -> bool | None:
        """What the capitalised word right before ``token`` says: None when it makes the
        token no lone surname (another person's given name, or part of the name of a thing);
        else whether the token is a slip of a long surname inside such a name (see
        :meth:`_long_slip`)."""
        units = self.units
        if (
            i > 0
            and self._adjacent(i - 1, i)
            and not titled
            and start == units[i].start
            and not (_modifier(units[i - 1].text) and not nm.is_word(nm.fold(token)))
        ):
            prev = nm.fold(units[i - 1].text)
            known = (exact_variant and prev not in nm.given_names()) or self._misspelt_surname(
                token
            )
            if not known and (not nm.is_word(prev) or prev in nm.given_names()):
                return None  # "Andy Marsh", "Dem Marsh": another person, not a lone surname
            inside = self._long_slip(token)
            if not known and not self._is_start(i - 1) and not inside:
                return None  # "the River Fresk", "The Great Brannaghi": part of another name
        else:
            inside = False
        return inside

    def _followed_by(self, i: int, end: int, inside: bool, exact_variant: bool) -> str:
        """The capitalised word right after the token that may make it part of another name
        (no acronym, and not when the token is an anchored spelling or a slip inside a
        name), or ''."""
        units = self.units
        followed = ""
        if i + 1 < len(units) and self._adjacent(i, i + 1) and end == units[i].end and not inside:
            nxt = self._as_corrected(units[i + 1].start, units[i + 1].text)
            if not (nxt.isupper() and len(nxt) > 1) and not exact_variant:
                followed = nxt  # "Manish Kumar", "Acme Park": part of another name, unless
                # the canonical surname is written with that word too ("Brannagh Vane")
        return followed

    def _particled_surnames(self, i: int, start: int) -> frozenset[str] | None:
        """The surnames written with the particles right before the token ("von der"
        before "Leyen"): None when no particle stands there, empty when they make no
        surname of ours."""
        particled: frozenset[str] | None = None  # surnames written with these particles
        if start == self.units[i].start and _PARTICLE.search(self.text, max(0, start - 12), start):
            before = _PARTICLES_BEFORE.search(self.text, max(0, start - 24), start)
            if before is not None:
                words = before.group(1).split()
                particled = self.idx.particled.get((words[0].lower(), *words[1:]))
            return particled or frozenset()
        return particled

    def _other_given_before(self, start: int, particled: frozenset[str]) -> bool:
        """A given name before the particles before the token at ``start`` that no listed
        name of the surnames ``particled`` opens with: "Johan de Witt" is another person
        than the listed Jan de Wit."""
        before = _PARTICLES_BEFORE.search(self.text, max(0, start - 24), start)
        if before is None:
            return False
        word = _WORD_BEFORE.search(self.text, max(0, before.start() - 30), before.start())
        if word is None:
            return False
        given = nm.fold(word.group(1))
        if given not in nm.person_given_names():
            return False
        return not any(
            nm.fold(self.idx.tokens[e][0]) == given
            for surname in particled
            for e in self.idx.surnames.get(surname.casefold(), ())
        )

    def _near_surnames(self, i: int, start: int, token: str, titled: bool, cache: _Cache) -> _Near:
        """The anchored surnames that ``token`` may be a variant of (found once for each
        spelling), or, with none, those it is near after a title."""
        key = token.casefold()
        found = cache.get(key)
        if found is None:
            found = []
            for surname in self._lone:
                judged = self._judge_surname(token, surname, strict=False)
                if judged is not None:
                    found.append((surname, judged))
            cache[key] = found
        if not found and start == self.units[i].start:
            # after a title, two edits even where the sound changed (the budget's own case);
            # so too for the surname of a person the text names often ("Camee" where it
            # writes Campese seven times)
            found = [
                (s, j)
                for s in self._lone
                if (titled or self._mentions(s) >= _OFTEN_NAMED)
                and (j := self._judge_surname(token, s, strict=False, titled=True)) is not None
            ]
        return found

    def _mentions(self, surname: str) -> int:
        """How many words of the text write ``surname`` or a spelling of it two edits or
        fewer away with its first letter (a count that correcting them leaves as it is,
        so that a second run decides as the first)."""
        n = self._mention_counts.get(surname)
        if n is None:
            sf = nm.fold(surname)
            n = self._mention_counts[surname] = sum(
                1
                for u in self.units
                if (f := nm.fold(u.text))[:1] == sf[:1]
                and abs(len(f) - len(sf)) <= 2
                and nm.distance(f, sf) <= 2
            )
        return n

    def _strict_surnames(self, token: str, f: str, titled: bool, found: _Near) -> _Near:
        """Of ``found``, those that a word or a given name (``f``, not after a title) is
        still near by the strict test of :meth:`_judge_surname`."""
        strict = (nm.is_word(f) or f in nm.given_names()) and not titled
        if strict:
            found = [
                (s, j) for s, j in found if self._judge_surname(token, s, strict=True) is not None
            ]
        return found

    def _surnames_in_context(
        self,
        i: int,
        start: int,
        token: str,
        found: _Near,
        particled: frozenset[str] | None,
        followed: str,
        initial: str,
        exact_variant: bool,
    ) -> _Near:
        """Of ``found``, those that the words around the token (at ``start``) allow:
        written with its particles, with the word after it, with a given name of its
        initial; not listed with it; close enough in a line-up of names."""
        if particled is not None:  # "von der Layen" is only a variant of a "von der" surname
            found = [(s, j) for s, j in found if s in particled]
        if followed:
            found = [(s, j) for s, j in found if self._written_with(s, followed, start)]
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
        return found

    def _one_surname(
        self, start: int, end: int, token: str, f: str, found: _Near
    ) -> tuple[str, _Judged, str] | None:
        """The one surname of ``found`` that the token is, with its judgement and the other
        surnames it was near too (for the note); None, with a suggestion, when it stays
        near several."""
        targets = dict.fromkeys(s for s, _ in found)  # in order: the same note every run
        if len(targets) > 1:
            found, targets = self._by_anchored_spelling(f, found, targets)
        if len(targets) > 1:
            found, targets = self._by_surname_itself(found, targets)
        others = ""
        if len(targets) > 1:
            found, targets, others = self._by_one_edit(found, targets)
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
            return None
        surname, judged = found[0]
        return surname, judged, others

    def _by_anchored_spelling(
        self, f: str, found: _Near, targets: dict[str, None]
    ) -> tuple[_Near, dict[str, None]]:
        """Of several ``targets``, the one surname whose full name anchored the very
        spelling ``f``, if one did (else ``found`` and ``targets`` as they are)."""
        # the very spelling that a full name anchored ("Ruth Pannick" then "Pannick")
        # tells which surname it is, whatever else it is near ("Parnick")
        spelt = [s for s in targets if f in self.variants.get(s, {})]
        if len(spelt) == 1:
            found = [(s, j) for s, j in found if s == spelt[0]]
            targets = {spelt[0]: None}
        return found, targets

    def _by_surname_itself(
        self, found: _Near, targets: dict[str, None]
    ) -> tuple[_Near, dict[str, None]]:
        """Of several ``targets``, the one surname that the token is near itself rather
        than through an anchored spelling, if one is (else ``found`` and ``targets`` as
        they are)."""
        # near one surname itself and only near another's misspelling ("Woltner" beside
        # Karl Whitner and "Ada Woltne"): the misspelling is gone once fixed, and the
        # text a second run reads holds only the surname it is near
        direct = [s for s in targets if any(t == s and not j.via for t, j in found)]
        if len(direct) == 1:
            found = [(s, j) for s, j in found if s == direct[0] and not j.via]
            targets = {direct[0]: None}
        return found, targets

    def _by_one_edit(
        self, found: _Near, targets: dict[str, None]
    ) -> tuple[_Near, dict[str, None], str]:
        """Of several ``targets``, the one surname the token is one edit from when it is
        two or more from every other, with those others (quoted, for the note); else
        ``found``, ``targets`` and ''."""
        others = ""
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
        return found, targets, others

    def _surname_edit(
        self, i: int, start: int, end: int, token: str, surname: str, judged: _Judged, others: str
    ) -> None:
        """Correct the token to ``surname``, noting the score, the anchored spelling it was
        near (if any), the surnames it was one edit farther from, and the anchor; unit i is
        claimed."""
        anchor = self.anchors[surname]
        via = ""
        if judged.via:
            near = self.variants.get(surname, {}).get(judged.via)
            if near is None:
                near = self.secondary[surname][judged.via]
                via = f" (near {near.what!r})"
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

    def _long_slip(self, token: str) -> bool:
        """``token`` is one edit from a long anchored surname (seven letters or more) and
        is no name or word of its own: that surname even inside the name of a thing ("the
        Green Tollowt Prize" beside Ann Tollout)."""
        f = nm.fold(token)
        if nm.known_spelling(f) or nm.is_word(f):
            return False
        return any(
            _long_variant(token, s) and nm.distance(f, nm.fold(s)) == 1 for s in self.anchors
        )

    def _written_with(self, surname: str, word: str, start: int) -> bool:
        """The document writes ``surname`` followed by ``word`` ("Brannagh Vane"), or a
        spelling of it that this pass corrects to ``surname`` (so that a second run, which
        reads the corrected text, decides the same), elsewhere than at ``start`` (the
        token judged vouches for none of its own words: "Lampel Guillaume" is no "Lample
        Guillaume" because another "Lampel" became Lample)."""
        spellings = {surname}
        spellings.update(a.what.split()[-1] for a in self.variants.get(surname, {}).values())
        spellings.update(a.what for a in self.secondary.get(surname, {}).values())
        return any(_elsewhere(self._words_after(s).get(word), start) for s in spellings)

    def _words_after(self, spelling: str) -> dict[str, set[int]]:
        """The capitalised words written right after ``spelling``, each with where that
        spelling starts before them (one scan each)."""
        after = self._bigrams.get(spelling)
        if after is None:
            pattern = _whole_word(spelling)
            after = {}
            for m in pattern.finditer(self.text):
                nxt = _UNIT.match(self.text, m.end() + 1)
                if self.text[m.end() : m.end() + 1] == " " and nxt:
                    word = self._as_corrected(nxt.start(), nxt.group())
                    after.setdefault(word, set()).add(m.start())
            self._bigrams[spelling] = after
        return after

    def _as_corrected(self, start: int, word: str) -> str:
        """``word``, at ``start``, as this run writes it: the first word of the edit that
        starts there ("Deep Seek" -> "DeepSeek"), so that a second run, which reads the
        corrected text, decides the same. The edits are read once each, as they come: a
        text of many mentions costs no scan of all of them a mention."""
        edits = self.edits
        if self._edits_indexed[0] is not edits:
            self._edits_indexed = (edits, 0)
            self._edit_words.clear()
        for e in edits[self._edits_indexed[1] :]:
            if e.replacement:
                self._edit_words.setdefault(e.start, e.replacement.split()[0])
        self._edits_indexed = (edits, len(edits))
        return self._edit_words.get(start, word)

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
        token = _article_as_listed(token, surname)  # "el-Sisi" for al-Sisi
        rests = _after_articles(token, surname)
        if rests is not None:
            # "al-Masri" is far from al-Mansouri: the names after the article decide
            return self._judge_surname(*rests, strict=strict, titled=titled)
        tf, sf = nm.fold(token), nm.fold(surname)
        if tf == sf:
            return _Judged(1.0, "", 0) if self.p.restore_diacritics else None
        if nm.inflected(tf, sf) or not tf or not sf or _inner_capital(token, surname):
            return None
        if nm.gendered(tf, sf):
            return None  # "Zelenska" beside Zelenskyy: his wife, not a misspelling
        n = max(len(tf), len(sf))
        d = nm.distance(tf, sf)
        score = 1.0 - d / n
        skd = nm.distance(nm.skeleton(tf), nm.skeleton(sf))
        same_first = tf[0] == sf[0]
        if _prefix_word(tf, sf) or _holds_whole(tf, sf):
            return None  # "Keqiang" beside Qiang: another name built on the surname
        if syllable_swapped(tf, sf):
            return None  # "Wenliang" beside Wenjing: a syllable of its own
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
            return (
                d <= min(1, limit)
                or (d <= min(2, limit) and skd <= 1)
                or (d <= limit and _h_moved(tf, sf))  # "Ghandi" for Gandhi
            )
        return d <= min(2, limit) or (d <= limit and skd <= 1)


# The fewest letters of a surname of one word read when written as two words, and of each
# of its two parts.
_SPLIT_SURNAME_LETTERS = 7
_SPLIT_PART_LETTERS = 2


@functools.lru_cache(maxsize=4096)
def _split_spellings(surname: str) -> tuple[tuple[str, str], ...]:
    """The ways a surname of one word is written as two capitalised words, as
    transcription hears a name of two parts ("Gebre Medhin" for Gebremedhin, "Mc Donald"
    for McDonald), also in capitals; none of two English words ("New Man" is no Newman),
    nor of a surname shorter than seven letters. Read once a surname, not once a document.

    >>> ("Gebre", "Medhin") in _split_spellings("Gebremedhin")
    True
    >>> mc = _split_spellings("McDonald")
    >>> ("Mc", "Donald") in mc, ("MC", "DONALD") in mc
    (True, True)
    >>> ("New", "Man") in _split_spellings("Newmanly"), _split_spellings("Okafor")
    (False, ())
    """
    if len(surname) < _SPLIT_SURNAME_LETTERS or not surname.isalpha() or not surname[0].isupper():
        return ()
    out: list[tuple[str, str]] = []
    for k in range(_SPLIT_PART_LETTERS, len(surname) - _SPLIT_PART_LETTERS + 1):
        first, rest = surname[:k], surname[k:]
        if nm.is_word(nm.fold(first)) and nm.is_word(nm.fold(rest)):
            continue
        second = rest[:1].upper() + rest[1:]
        out.append((first, second))
        out.append((first.upper(), second.upper()))
    return tuple(out)


def _elsewhere(starts: set[int] | None, start: int) -> bool:
    """``starts`` holds a place other than ``start`` (read without copying the set: a
    text may write the pair everywhere).

    >>> _elsewhere({3, 9}, 3), _elsewhere({3}, 3), _elsewhere(None, 3)
    (True, False, False)
    """
    return starts is not None and (len(starts) > 1 or (len(starts) == 1 and start not in starts))
