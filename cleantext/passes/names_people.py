"""Whole names and people, for :mod:`cleantext.passes.names` (:class:`_People`): aliases;
whole names in another case, spacing or diacritics; the anchors of people; full-name variants
("Arthur Marsh" for Arthur Mensch); the names of other people ("Manish Kumar"); given-name
variants ("Artur Mensch", a lone "Tommas").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TypeAlias

import regex

from cleantext.edits import Edit
from cleantext.passes import names_match as nm
from cleantext.passes.names_others import (
    consonants_replaced,
    marks_kept,
    romanized_other,
    syllable_swapped,
)
from cleantext.passes.names_reading import _NAME_CONNECTORS, _Anchor, _Judged
from cleantext.passes.names_shapes import (
    _ARABIC_ARTICLE,
    _WORD,
    _after_articles,
    _anchor_surnames,
    _article_as_listed,
    _case_spacing_ok,
    _glued,
    _h_moved,
    _holds_whole,
    _inner_capital,
    _modifier,
    _particles_slipped,
    _ParticleSlip,
    _plain,
    _rn_readings,
    _same_title,
    _second_spelling,
    _typed_twice_or_dropped,
    _Unit,
)
from cleantext.passes.names_singles import _a_body, _Singles
from cleantext.passes.names_sounds import (
    _FIRST_LETTERS_ALIKE,
    _VOICED,
    _one_given_name,
    _respelt_opening,
    _revoiced_opening,
    _sounds_first,
)

# An apposition that introduces a person as one of many, right after the name ("Dmitri
# Olenkov, a reporter for Kommersant").
_INTRODUCED = regex.compile(r",[ \u00a0]an?[ \u00a0]\p{L}")
# A member's or an officer's title written before the name ("Green MP Jean Whitner", "Acme
# CEO Jo Okafor"); not among the titles of ``names_titles.txt``, which also end
# abbreviations ("MP." ends many sentences).
_MEMBER_OF = frozenset(
    ["MP", "MEP", "MSP", "MLA", "AM", "TD", "CEO", "CFO", "COO", "CTO", "CIO", "CMO"]
)

# Below this similarity, the word after the article that opens a name ("The Times",
# "The Sims") is only suggested: "The Tories" is a phrase of its own.
_NAMED_CUTOFF = 0.8
_ARTICLES = frozenset(("the", "a", "an"))
# Titles written before a given name alone ("Sir Tomas", "Dame Ada")
_GIVEN_NAME_TITLES = frozenset(("sir", "dame"))
# The shortest surname whose first letter may lose or gain its voice after the given name
# ("Kesel" for Gesel is too near to be sure of)
_REVOICED_MIN = 6

# The surnames that the words after a given name write, each with the entry, the unit of the
# variant, the surname as the full name's last word ('' when only a part of it) and the
# judgement; and the weak ones, for review.
_FullFound: TypeAlias = dict[str, tuple[int, int, str, _Judged, "_ParticleSlip | None"]]
_FullUnsure: TypeAlias = dict[str, tuple[int, int, _Judged]]
# A spelling of a given name of a person anchored here -> the given name and the full name
# ("tomas" -> ("Tomas", "Tomas Okoro")).
_GivenNames: TypeAlias = dict[str, tuple[str, str]]


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


def _without_marks(text: str, given: str) -> bool:
    """``text`` is the given name ``given`` written without its diacritics ("Jose" for
    José), in any case.

    >>> _without_marks("Jose", "José"), _without_marks("JOSE", "José")
    (True, True)
    >>> _without_marks("Jose", "Jose"), _without_marks("Josef", "José")
    (False, False)
    """
    return text.isascii() and not given.isascii() and nm.fold(text) == nm.fold(given)


def _swapped(tf: str, gf: str) -> bool:
    """The fold ``tf`` is the given name's fold ``gf`` of five letters or more with two
    letters but the first typed in the wrong order.

    >>> _swapped("menzeis", "menzies"), _swapped("emnzies", "menzies"), _swapped("jnoh", "john")
    (True, False, False)
    """
    # the same letters, one edit apart (transpositions count one): one pair swapped
    return (
        len(gf) >= 5 and tf[:1] == gf[:1] and sorted(tf) == sorted(gf) and nm.distance(tf, gf) == 1
    )


def _slipped(tf: str, gf: str) -> bool:
    """The fold ``tf`` is the given name's fold ``gf`` of four letters or more with one
    letter but the first typed with the key next to it.

    >>> _slipped("ivaj", "ivan"), _slipped("ovan", "ivan"), _slipped("ivam", "ivan")
    (True, False, True)
    >>> _slipped("jol", "jon")
    False
    """
    return len(gf) >= 4 and tf[:1] == gf[:1] and nm.key_slip(tf, gf)


def _given_score(gf: str, want: str, word: bool) -> float | None:
    """The score of ``gf`` as the given name ``want`` misspelt before the exact surname (both
    folded; ``word``: ``gf`` is an English word), or None when it is another name.

    >>> _given_score("gbain", "gavin", False)
    0.6
    >>> _given_score("williams", "william", False) is None
    True
    """
    n = max(len(gf), len(want))
    d = nm.distance(gf, want)
    if len(want) < 3 and (gf != want + want[-1:] or word):
        # a given name of two letters: only its last letter typed twice, a
        # spelling no word or other name makes ("Edd Okafor" for Ed Okafor)
        return None
    if gf[0] != want[0] and not _respelt_opening(gf, want):
        return None  # another first letter is another name, unless it sounds alike
    if syllable_swapped(gf, want):
        return None  # "Wenliang Li" beside Wenjing Li: a syllable of its own
    if nm.inflected(gf, want) and (len(gf) > len(want) or word):
        return None  # "Williams Bourne" is no William; "Charle Ponsonby" is Charles
    if nm.other_form(gf, want) and gf in nm.person_given_names():
        return None  # "his sister Martina Okafor" beside Martin Okafor ("Steva" is Steve)
    skd = nm.distance(nm.skeleton(gf), nm.skeleton(want))
    # one edit ("Jkm" for Jim, "Micael"), two in a name of five letters or
    # more when the sound nearly stays ("Gbain" for Gavin) or one is a key next
    # to the right one ("Gprdom" for Gordon)
    two = d == 2 and n >= 5 and not word
    if (
        d <= 1
        or (two and skd <= 1)
        or (two and nm.typing_slip(gf, want) and not nm.known_spelling(gf))
        or (two and n >= 6 and not nm.known_spelling(gf))
    ):
        return 1.0 - d / n
    return None


# A number after a word: the word names a product or a version ("Linux 6.6", "Fedora 40").
_NUMBER_AFTER = regex.compile(r" \d")


# Initials as a listed name writes them ("W.", "R.R.", "J.K.").
_INITIALS_TOKEN = regex.compile(r"(?:\p{Lu}\.)++|\p{Lu}")
# Initials as a text writes them, each a lone capital ("W.", "R.R.", "J. K.", "W"),
# before a space.
_INITIALS_AT = regex.compile(r"\p{Lu}(?!\p{L})(?:\. ?\p{Lu}(?!\p{L}))*+\.?(?= )")
# Initials right before a lone capital, which ends them ("J." of "J.K.", "J. " of "J. K.").
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.'\u2019])(?:\p{Lu}\. ?)++\Z")


def _letters(initials: str) -> str:
    """The capitals of ``initials`` ("J. K." -> "JK").

    >>> _letters("J. K."), _letters("R.R.")
    ('JK', 'RR')
    """
    return "".join(c for c in initials if c.isupper())


# A lower-case word right before or after a name: the name stands in prose.
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}'\u2019])\p{Ll}++[ \u00a0]\Z")
_LOWER_AFTER = regex.compile(r"[ \u00a0]\p{Ll}")


class _People(_Singles):
    """The stages that read whole names and people. Telling another person's name from a
    misspelt one-word name takes the judgement of one-word names (:class:`_Singles`)."""

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
                    # alias is the name in capitals ("PCS" listed for "PCs") or an acronym
                    # of it ("IBM" for International Business Machines): then as listed
                    cased = nm.casing(alias, target)
                    self._edit(
                        u.start,
                        end,
                        target if cased == alias or _acronym_of(alias, target) else cased,
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
        # the words read are letters: a name with a number ("Schalke 04", "Channel 4") is
        # written whole only with that number, which no window of words holds
        cands = {
            idx.entries[e].canonical: e
            for e in hits
            if _digits(idx.entries[e].canonical) == _digits(surface)
        }
        if not cands:
            return False
        start = self.units[i].start
        for canonical, e in cands.items():
            if surface == canonical or (surface.isupper() and surface == canonical.upper()):
                self._claim(*range(i, last + 1))
                for s in _anchor_surnames(idx.entries[e]):
                    self._anchor(s, start, surface)
                    self.named_in_full.setdefault(s, surface)
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
            if self._names_a_place(last, surface, canonical):
                return False
            if not self.p.fix_case_spacing or not (
                _case_spacing_ok(surface, canonical)
                or self._split_brand(surface, canonical, start, self.units[last].end)
            ):
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
            if any(u in self.disowning for u in self.units[i : last + 1]):
                # "should not be confused with Sean Murphy" beside the listed Seán Murphy:
                # the text says the plain spelling is someone else's
                return False
            rule, note = "names/variant", f"score 1.00 vs {canonical!r} (diacritics)"
        self._edit(start, self.units[last].end, nm.casing(surface, canonical), rule, note)
        self._claim(*range(i, last + 1))
        for s in _anchor_surnames(entry):
            self._anchor(s, start, surface)
            self.named_in_full.setdefault(s, surface)
        return True

    def _names_a_place(self, last: int, surface: str, canonical: str) -> bool:
        """``surface`` writes the one-word name ``canonical`` in words before a word that
        ends the name of a place ("Black Rock City", "the Black Rock Desert" beside a
        listed BlackRock): the name of that place, not the listed name spaced out."""
        if " " not in surface or " " in canonical or last + 1 >= len(self.units):
            return False
        after = self.units[last + 1].text
        return (
            self._adjacent(last, last + 1)
            and after[:1].isupper()
            and nm.fold(after) in nm.place_words()
        )

    def _split_brand(self, surface: str, canonical: str, start: int, end: int) -> bool:
        """``surface`` (``text[start:end]``) writes the one-word name ``canonical``, which
        the text writes whole too, in two words where its case does not change, in prose
        ("Cold Play will headline" beside Coldplay): a name split, unless the two words
        name a place ("New Castle" beside Newcastle), the surface is in capitals, or no
        lower-case word stands beside it (a headline's "Cuts Sales Force" may be words).
        Where one of the two words is no word or name of its own ("X Box", "Cyber
        Truck"), the text need not write the name whole."""
        return (
            " " in surface
            and (
                _LOWER_BEFORE.search(self.text, max(0, start - 30), start) is not None
                or _LOWER_AFTER.match(self.text, end) is not None
            )
            and " " not in canonical
            and surface.count(" ") == 1
            and not surface.isupper()
            and (self._writes_whole(canonical) or _a_half_no_word(surface))
            and nm.fold(surface.replace(" ", "")) not in nm.towns()
            and nm.fold(surface) not in nm.towns()
            and nm.fold(surface) not in nm.places()
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

    def _marked_surnames(self) -> None:
        """A surname of two words written without its marks ("Lopez Obrador" for the listed
        Andrés Manuel López Obrador), once the person is anchored, gets them back."""
        tails, units = self.idx.marked_tails, self.units
        if not tails or not self.p.restore_diacritics:
            return
        for i in range(len(units) - 1):
            key = f"{nm.fold(units[i].text)} {nm.fold(units[i + 1].text)}"
            hits = tails.get(key)
            if not hits or len(hits) > 1 or i in self.claimed or i + 1 in self.claimed:
                continue
            toks = self.idx.tokens[hits[0]]
            if toks[-1] not in self.anchors or not self._adjacent(i, i + 1):
                continue
            if units[i] in self.disowning or units[i + 1] in self.disowning:
                continue
            start, end = units[i].start, units[i + 1].end
            listed = " ".join(toks[-2:])
            surface = self.text[start:end]
            if surface != listed and _without_marks(surface, listed):
                note = f"score 1.00 vs {listed!r} (diacritics)"
                self._edit(start, end, nm.casing(surface, listed), "names/variant", note)
                self._claim(i, i + 1)

    def _full_names(self) -> None:
        """Given name + surname variant: "Arthur Marsh" anchors and becomes "Arthur Mensch".

        The given name must be exact (or the last part of a double given name such as
        "Eva-Marie"); for an entry written with a title ("Prof Venzioli") any title will do.
        Of the words after it, one may be a variant; the others must be exact.
        """
        units = self.units
        for i, u in enumerate(units):
            if i + 1 >= len(units):
                break
            hits = self._given_hits(i)
            if not hits:
                continue
            found, unsure = self._surnames_after(i, u, hits)
            if not found:
                self._unsure_full_name(u, unsure)
                continue
            closest = _closest({w: f[3] for w, f in found.items()})
            if closest is None:
                slot = next(iter(found.values()))[1]
                self._ambiguous(slot, iter(found), "after the given name")
                continue
            self._full_name_edit(u, closest, *found[closest])

    def _surnames_after(
        self, i: int, u: _Unit, hits: tuple[int, ...]
    ) -> tuple[_FullFound, _FullUnsure]:
        """The surnames that the words after the given name ``u`` (unit i) write, for each
        entry of ``hits``: an exact full name anchors its surname; a variant is found, or,
        when weak, unsure. Each surname with its entry, the unit of the variant, the surname
        as the full name's last word ('' when only a part of it) and the judgement."""
        units, idx = self.units, self.idx
        found: _FullFound = {}
        unsure: _FullUnsure = {}  # too far, nothing else says so
        for e in hits:
            toks = idx.tokens[e]
            match = self._rest(i, toks)
            if match is None:
                continue
            last, slot, want, slip = match
            if slip is not None and slip.kind == "caps" and not u.text.isupper():
                continue  # "Ursula VON DER Leyen": no headline's capitals, nor the list's
            if slot < 0:
                self._anchor(toks[-1], u.start, self.text[u.start : units[last].end])
                self.named_in_full.setdefault(toks[-1], self.text[u.start : units[last].end])
                if slip is not None and not any(k in self.claimed for k in range(i, last + 1)):
                    self._particles_edit(slip, idx.entries[e].canonical)
                continue
            if slot in self.claimed or not self.p.fuzzy:
                continue
            if slip is not None and slip.kind == "vowel":
                continue  # a particle and the surname both respelt: too far to be sure
            canonical = idx.entries[e].canonical
            written = self._writes_whole(canonical)
            judged = self._judge_full(slot, units[slot].text, want, written)
            if (
                judged is not None
                and not judged.another
                and nm.fold(canonical) not in nm.org_full_names()
                and (
                    self._beside_listed(canonical, u.start, units[slot].end)
                    or (written and _INTRODUCED.match(self.text, units[slot].full_end))
                )
            ):
                # the sentence writes the listed name too: "Matteo Bernardi lost to his
                # compatriot Matteo Berardi" names two people ("Berardi, 19," later too);
                # a well-known body has no namesake ("DEUTSCHE TELECOM RAISES GUIDANCE —
                # Deutsche Telekom lifted": a headline run into its story); a text that
                # writes the listed name introduces no one by it again as one of many
                # ("by Dmitri Olenkov, a reporter for Kommersant" beside Dmitri Olenko)
                judged = judged._replace(unsure=True, another=True)
            if judged is not None and judged.another:
                self.blocked.add(nm.fold(units[slot].text))  # "Councillor Quill" later too
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
                found.setdefault(
                    want, (e, slot, toks[-1] if want == toks[-1] else "", judged, slip)
                )
        return found, unsure

    def _particles_edit(self, slip: _ParticleSlip, canonical: str) -> None:
        """Write the particles of ``canonical`` as listed where the text wrote them with
        another case ("Ursula Von Der Leyen") or one vowel swapped ("Ursula van der
        Leyen"), and claim the words they were written as."""
        if not slip.listed:
            return  # in capitals, as the name around them
        if slip.kind == "case":
            rule, note = "names/spacing-case", f"case of the particles of {canonical!r}"
        else:
            written = self.text[slip.start : slip.end]
            rule = "names/variant"
            note = f"particles {written!r} for {slip.listed!r} of {canonical!r}"
        self._edit(slip.start, slip.end, slip.listed, rule, note)
        self._claim(*(k for k, v in enumerate(self.units) if slip.start <= v.start < slip.end))

    def _unsure_full_name(self, u: _Unit, unsure: _FullUnsure) -> None:
        """With no variant found after the given name ``u``, suggest the one weak one, if
        only one."""
        units, idx = self.units, self.idx
        if len(unsure) == 1:  # "Arthur Marsh" for Arthur Mensch: for review
            want, (e, slot, judged) = next(iter(unsure.items()))
            v = units[slot]
            canonical = idx.entries[e].canonical
            why = (
                f"the sentence also writes {canonical!r}: two people"
                if judged.another and self._beside_listed(canonical, u.start, v.end)
                else "another person may have that name and no other spelling in the text "
                "says otherwise"
            )
            note = (
                f"possibly {want!r} (score {judged.score:.2f} after given name "
                f"{u.text!r}); left alone: {why} (if it is the same person, list "
                f"{self.text[u.start : v.end]!r} as an alias of {canonical!r})"
            )
            self.suggestions.append(
                Edit(v.start, v.end, nm.casing(v.text, want), "names/variant", note)
            )

    def _full_name_edit(
        self,
        u: _Unit,
        want: str,
        e: int,
        j: int,
        surname: str,
        judged: _Judged,
        slip: _ParticleSlip | None = None,
    ) -> None:
        """Unless the full name is never to be touched: anchor its surname, keep the spelling
        of unit j as a variant of ``surname`` (when that is the full name's last word),
        correct unit j after the given name ``u`` to ``want`` (of entry e) and claim it."""
        idx = self.idx
        v = self.units[j]
        what = self.text[u.start : v.end]
        if what.casefold() in idx.never:
            return
        canonical_surname = idx.tokens[e][-1]
        self._anchor(canonical_surname, u.start, what)
        self.named_in_full.setdefault(canonical_surname, what)
        if slip is not None:
            self._particles_edit(slip, idx.entries[e].canonical)
        if surname:
            self.variants.setdefault(surname, {})[nm.fold(v.text)] = _Anchor(surname, u.start, what)
        given = idx.tokens[e][0]
        if u.text == given or (u.text.isupper() and u.text == given.upper()):
            self.after_given_name.add(nm.fold(v.text))
        if u.text != given and _without_marks(u.text, given):
            # "Jose Mourhino" for José Mourinho: the given name's marks come back too
            note = f"score 1.00 vs {given!r} (diacritics)"
            self._edit(u.start, u.end, nm.casing(u.text, given), "names/variant", note)
        elif given in _rn_readings(u.text):
            # "Bemard Amault" for Bernard Arnault: the scanner's m is the given name's rn
            note = f"score 1.00 vs {given!r} (rn read as m)"
            self._edit(u.start, u.end, given, "names/variant", note)
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
        initials = self._initials_ending(i)  # "JK" for the "K" of "J.K. Rowling"
        key = initials.casefold() or text.casefold()
        if not initials and key not in idx.given_keys:
            # "Bemard" for Bernard, as a scanner reads "rn"
            read = next((r for r in _rn_readings(text) if r.casefold() in idx.given_keys), "")
            text, key = (read, read.casefold()) if read else (text, key)
        if (
            key not in idx.given_keys
            and ("-" not in key or key.rsplit("-", 1)[1] not in idx.given_keys)
            and not (idx.titled and nm.fold(text) in nm.titles())
        ):
            return ()  # no entry starts with this word: the common case, decided at once
        letters = set()
        if self._next_word(i):
            letters.add(nm.fold(units[i + 1].text)[:1])
            if _ARABIC_ARTICLE.match(units[i + 1].text):
                letters.update("ae")  # "el-Sisi" for al-Sisi
        particles = self._particles_after(i)
        if particles:
            letters.add(particles[0][:1])
        if self._initial_between(i):
            letters.add(nm.fold(units[i + 2].text)[:1])
        opening = self._initials_opening(i)
        if opening:
            letters.add(opening.casefold())  # "George R.R. Martin": the first R
        if not letters:
            return ()
        # the letters that sound alike, and those that only change the voice of a letter
        # written there (see _judge_full)
        letters |= {
            b for a in letters for b in (*_FIRST_LETTERS_ALIKE.get(a, ()), *_VOICED.get(a, ()))
        }
        out: tuple[int, ...] = ()
        if initials:
            return tuple(
                e
                for letter in letters
                for e in idx.given.get(f"{key} {letter}", ())
                if _letters(idx.tokens[e][0]) == initials
            )
        keys = [text.casefold()]
        if "-" in text:
            keys.append(text.rsplit("-", 1)[1].casefold())
        for key in keys:
            for letter in letters:
                for e in idx.given.get(f"{key} {letter}", ()):
                    g = idx.tokens[e][0]
                    if (
                        text.endswith(g)
                        or (text.isupper() and text.endswith(g.upper()))
                        or (self.p.restore_diacritics and _without_marks(text, g))
                    ):
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

    def _weak_but_spelt(self, token: str, surname: str, d: int) -> bool:
        """A variant ``d`` edits from ``surname`` right after the exact given name that no
        list knows as a name or a word, in a text that spells the surname right too (two
        edits: or a near spelling, see :meth:`_corroborated`); else perhaps another
        person of that given name."""
        if nm.known_spelling(nm.fold(token)):
            return False
        if d >= 3:
            return nm.fold(surname) in self._text_folds()
        return self._corroborated(token, surname)

    def _text_folds(self) -> set[str]:
        """The folds of the text's words, read once."""
        if self._folds is None:
            self._folds = {nm.fold(u.text) for u in self.units}
        return self._folds

    def _corroborated(self, token: str, surname: str) -> bool:
        """A weak full-name match ("Arthur Marsh" for Mensch, score 0.5) needs a second
        spelling near the surname in the document: the surname itself, or another
        capitalised word two edits or less from it ("Mansh")."""
        tf, sf = nm.fold(token), nm.fold(surname)
        for f in self._text_folds():
            if f == sf:
                return True
            if f != tf and _second_spelling(f, sf):
                return True
        return False

    def _rest(
        self, i: int, toks: tuple[str, ...]
    ) -> tuple[int, int, str, _ParticleSlip | None] | None:
        """Match the words after the given name at unit i.

        Returns (last unit, unit of the one inexact word or -1, the word it should be, the
        particles written another way or None). One middle initial may stand before the
        surname ("George W. Bush"); the particles may be written capitalised ("Ursula Von
        Der Leyen") or with one vowel swapped ("Ursula van der Leyen").
        """
        units = self.units
        j = i
        slot, want = -1, ""
        slip: _ParticleSlip | None = None
        pending: list[str] = []  # lower-case particles of the entry ("von der") not yet seen
        for k, tok in enumerate(toks[1:], start=1):
            if tok[:1].islower() and not _ARABIC_ARTICLE.match(tok):
                pending.append(tok)
                continue
            if j + 1 >= len(units):
                return None
            if pending:
                if self._particles_after(j) == tuple(pending):
                    j += 1
                else:
                    written = self._particles_written(j, tuple(pending))
                    if written is None or slip is not None:
                        return None
                    j, slip = written
                pending = []
            elif _INITIALS_TOKEN.fullmatch(tok):
                after = self._initials_after(j, tok)
                if after is None:
                    return None
                j = after
                continue  # the same initials, however spaced: exact
            elif k == len(toks) - 1 and len(tok) > 1 and self._initial_between(j):
                j += 2
            elif self._next_word(j):
                j += 1
            else:
                return None
            t = units[j].text
            if t == tok or (t.isupper() and t == tok.upper()):
                continue
            if slot >= 0:
                return None
            slot, want = j, tok
        return j, slot, want, slip

    def _particles_written(
        self, j: int, listed: tuple[str, ...]
    ) -> tuple[int, _ParticleSlip] | None:
        """The unit of the word after the particles ``listed`` where the text writes them
        after unit j another way, as a slip of the case ("Von Der") or of one vowel ("van"
        for von), with the slip; None when other words stand there."""
        units, text = self.units, self.text
        u = units[j]
        if u.full_end != u.end:
            return None
        pos = u.end
        written: list[str] = []
        for p in listed:
            word = text[pos + 1 : pos + 1 + len(p)]
            if text[pos : pos + 1] != " " or len(word) != len(p) or not word.isalpha():
                return None
            written.append(word)
            pos += 1 + len(p)
        if text[pos : pos + 1] != " ":
            return None
        m = j + 1
        while m < len(units) and units[m].start <= pos:
            m += 1
        if m >= len(units) or units[m].start != pos + 1:
            return None
        kind = _particles_slipped(tuple(written), listed)
        if kind is None:
            return None
        if kind == "caps":  # "URSULA VON DER LEYEN": a headline, the name as listed
            return m, _ParticleSlip(u.end + 1, pos, "", kind)
        return m, _ParticleSlip(u.end + 1, pos, " ".join(listed), kind)

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

    def _next_word(self, j: int) -> bool:
        """Unit j+1 follows unit j as the next word of a name: after one space, or after
        the point and space of an initial ("J.K. Rowling", "George W. Bush")."""
        units = self.units
        if j + 1 >= len(units):
            return False
        if self._adjacent(j, j + 1):
            return True
        a, b = units[j], units[j + 1]
        return (
            len(a.text) == 1
            and a.text.isupper()
            and a.full_end == a.end
            and b.start == a.end + 2
            and self.text[a.end : b.start] == ". "
        )

    def _initials_ending(self, i: int) -> str:
        """The capitals of the initials that unit i, a lone capital, ends ("JK" for the
        "K" of "J.K." or "J. K."), or "" when unit i is no lone capital."""
        u = self.units[i]
        if len(u.text) != 1 or not u.text.isupper():
            return ""
        m = _INITIALS_BEFORE.search(self.text, max(0, u.start - 12), u.start)
        return (_letters(m.group()) if m else "") + u.text

    def _initials_opening(self, j: int) -> str:
        """The first capital of initials written after unit j and a space, or ""."""
        u = self.units[j]
        if u.full_end != u.end or self.text[u.end : u.end + 1] != " ":
            return ""
        m = _INITIALS_AT.match(self.text, u.end + 1)
        return m.group()[0] if m else ""

    def _initials_after(self, j: int, initials: str) -> int | None:
        """The unit of the last of the ``initials`` of a listed name ("R.R.") where the
        text writes them after unit j and a space ("R.R.", "R. R.", "R R"), else None."""
        units, text = self.units, self.text
        if not self._initials_opening(j):
            return None
        m = _INITIALS_AT.match(text, units[j].end + 1)
        if m is None or _letters(m.group()) != _letters(initials):
            return None
        end = m.end() - 1 if m.group().endswith(".") else m.end()
        k = j + 1
        while k < len(units) and units[k].end < end:
            k += 1
        if k < len(units) and units[k].end == end and len(units[k].text) == 1:
            return k
        return None

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

    def _judge_full(self, j: int, t: str, surname: str, written: bool = False) -> _Judged | None:
        """Is ``t``, right after the exact given name, a variant of ``surname``? Where the
        text writes the listed name exactly (``written``), a spelling three edits away, or
        a known surname two away, is another person's ("Robert Quill" beside "Robert
        Quayle"): unsure, only suggested, and marked ``another``."""
        if self._guarded_full(j, t):
            return None
        t = _article_as_listed(t, surname)  # "el-Sisi" for al-Sisi
        rests = _after_articles(t, surname)
        if rests is not None and rests[0] != rests[1]:
            # "al-Masri" is far from al-Mansouri: the names after the article decide
            return self._judge_full(j, *rests, written=written)
        tf, sf = nm.fold(t), nm.fold(surname)
        if tf == sf:
            return _Judged(1.0, "", 0) if self.p.restore_diacritics else None
        if (
            nm.inflected(tf, sf)
            and (tf[len(sf) :] or sf[len(tf) :]) in ("s", "es")
            and (len(tf) > len(sf) or not self._after_given_name(j))
        ):
            # "the Tony Blairs": a plural, "Lib Dem" for Lib Dems a singular; "Kevin Groga"
            # is no other word, nor is "Lottie Marchbank" (for Marchbanks): a person's
            # given name says who it is
            return None
        if nm.derived(tf, sf):
            return None  # "Saudi Arabian", "New Zealander": a word made from the name
        if nm.gendered(tf, sf):
            return None  # "Olena Zelenska" beside Volodymyr Zelenskyy: another person
        if _parts_apart(t, surname) or syllable_swapped(tf, sf):
            # "Park Ji-hoon" beside Park Ji-yeon, "Li Wenliang" beside Li Wenjing: a
            # syllable of its own makes another given name
            return None
        n = max(len(tf), len(sf))
        d = nm.distance(tf, sf)
        sim = 1.0 - d / n
        if _holds_whole(tf, sf) and not (
            sf.startswith(tf) and d == 2 and self._weak_but_spelt(t, surname, d)
        ):
            # "Li Keqiang" beside Li Qiang: another name built on the surname; a surname
            # whose end is cut after the given name ("Neil Lenn" for Lennon) is a slip
            # where the text spells the surname right and the cut spells nothing of its own
            return None
        if marks_kept(t, surname) or romanized_other(tf, sf):
            # "Nikola Jović" beside Nikola Jokić, written with its marks; "Hiroshi Takada"
            # beside Hiroshi Takeda, another kana: a surname of its own, another person's
            # (suggested only)
            return _Judged(sim, "", d, unsure=True, another=True)
        skd = nm.distance(nm.skeleton(tf), nm.skeleton(sf))
        if not _sounds_first(tf, sf):
            # a different first letter is another name, even after the given name, unless
            # only its voice changed in a long name that spells no name or word of its own
            ok = n >= _REVOICED_MIN and _revoiced_opening(tf, sf) and not nm.known_spelling(tf)
        elif n <= 4:
            ok = d <= 1
        else:
            ok = sim >= self.p.full_name_cutoff and (skd <= 1 or sim >= 0.7 or _h_moved(tf, sf))
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
            if not ok and d <= (2 if n <= 7 else 3) and sim >= self.p.full_name_cutoff:
                # two letters respelt ("Mark Oame" for Oaten, "Hugo Caez" for Chavez), or
                # three in a long name ("Ben Tihtcer" for Thatcher): a slip where the text
                # spells the surname right and the variant spells no name or word of its
                # own; alone, perhaps another person (as "Paul Kene" beside Paul Kendle)
                ok = self._weak_but_spelt(t, surname, d)
        if not ok or _inner_capital(t, surname):
            return None
        if d == 2 and consonants_replaced(tf, sf) and not self._corroborated(t, surname):
            # "Anna Nebrenko" beside Anna Netrebko: two consonants replaced, not both by
            # a slip of the finger, is another name unless the text spells the surname
            # (or a near spelling) elsewhere; suggested when no name or word of its own
            return None if nm.known_spelling(tf) else _Judged(sim, "", d, unsure=True)
        if written and (d >= 3 or (d == 2 and tf in nm.surnames())):
            return _Judged(sim, "", d, unsure=True, another=True)
        return _Judged(sim, "", d)

    def _after_given_name(self, j: int) -> bool:
        """Unit j follows, one space before it, a person's given name: one of the common
        lists, or a word no English word spells ("Lottie"; not the "Lib" of Lib Dems)."""
        if j == 0 or not self._adjacent(j - 1, j):
            return False
        f = nm.fold(self.units[j - 1].text)
        return f in nm.person_given_names() or not nm.is_word(f)

    def _guarded_full(self, j: int, t: str) -> bool:
        f = nm.fold(t)
        if len(f) < 2 or t.casefold() in self.idx.protected or t.casefold() in self.idx.never:
            return True
        if f in self.disowned:
            return True  # another person's, as the text says ("Li Qian, who is not related")
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
                if i not in self.claimed:
                    # a listed name, even one this run writes as listed ("Deepseek Muller"
                    # is DeepSeek's, as a second run reads "DeepSeek Muller"), is shaped
                    # as no one's given name
                    self._other_surname(i, fa)
                continue
            fb = nm.fold(b)
            if len(fb) < 2 or fb in nm.titles():
                continue
            person = fb in nm.surnames() and not nm.is_word(fa)
            if nm.is_word(fb) and fb not in given and not person:
                # "Will Power", "Mark Down" (but "Gareth Price" is a person: a given name
                # that is no word before a known surname)
                continue
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
                # a body's name is no one's surname: "Anna Merk" beside Merck is a person
                singles = [c for c in self._anchored_singles() if not _a_body(c)]
            if not (
                any(not _a_body(c) for c in self._sound_alikes(fb))
                or any(self._judge_single(b, c) is not None for c in singles)
                or self._misspelt_surname(b)
            ):
                self.blocked.add(fb)
                self._unanchored.setdefault(fb, b)

    def _other_surname(self, i: int, fa: str) -> None:
        """Block the surname after unit i, a given name (fold ``fa``) of the wider lists
        ("Tariq", "Meera") or a word shaped as one that is no word, place or title and
        near no listed given name ("Rohan"), when it is a known surname of its own and no
        listed person's: "Tariq Chaudhry, prosecuting" beside the listed Anjali Choudhury
        is another person, and so is the "Mr Chaudhry" after it. The given name itself
        stays readable as a misspelling (see
        :func:`~cleantext.passes.names_match.person_given_names`).
        """
        a, b = self.units[i].text, self.units[i + 1].text
        fb = nm.fold(b)
        if (
            fa in self.idx.given_folds
            or not _known_surname(b)
            or nm.is_word(fb)
            or b.casefold() in self.idx.protected
            or self._canonical_pair(i, i + 1)
        ):
            return
        if fa not in nm.person_given_names() and not (
            _given_shaped(a)
            and not (nm.is_word(fa) or fa in nm.titles() or fa in nm.places())
            and fa not in nm.calendar()
            and not _near_given(fa, self.idx.given_folds)
        ):
            return
        self.blocked.add(fb)
        if fa not in self.idx.token_folds:
            # the given name of that other person is no lone surname either: "Adeyemo
            # Okafor, a banker ... Adeyemo told the court" beside the listed Adeyemi
            self.blocked.add(fa)

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
            spellings = self._one_name_spellings(i, g, gf, units[j].text, hits)
            if spellings:
                # another spelling of the listed given name is the listed person, even
                # where the spelling is a name or a word of its own ("Mateo Bernardi"
                # for Matteo Bernardi, "Fin Rafferty" for Finn Rafferty)
                self._given_variant_edit(i, j, spellings)
                continue
            if self._guarded_given(i, g, gf):
                continue
            found = self._given_spellings(i, g, gf, word, units[j].text, hits)
            if word and self._is_start(i):
                # a word opening the sentence opens no name, unless it is the given name
                # with a key slipped to its neighbour and no word that opens sentences
                # ("Pail Myers, chief executive" for Paul Myers; "Will Smith" stays)
                found = {
                    k: v
                    for k, v in found.items()
                    if nm.key_slip(gf, nm.fold(k)) and gf not in nm.openers()
                }
            self._given_variant_edit(i, j, found)
        self._long_given_variants()

    def _long_given_variants(self) -> None:
        """ "Gurpeet Singh Dhillon" -> "Gurpreet Singh Dhillon", "Ernseto dela Paz" ->
        "Ernesto dela Paz": a near given name before the rest of a listed name of three
        words or more, written exactly (its small words too)."""
        units, idx, text = self.units, self.idx, self.text
        by_end = {u.end: i for i, u in enumerate(units)}
        for j, v in enumerate(units):
            hits = idx.surnames.get(v.text.casefold())
            if not hits:
                continue
            found: dict[str, float] = {}
            i = -1
            for e in hits:
                toks = idx.tokens[e]
                if len(toks) < 3 or v.text != toks[-1]:
                    continue
                rest = " ".join(toks[1:])
                start = v.end - len(rest)
                k = by_end.get(start - 1, -1)
                if k < 0 or text[start - 1] != " " or text[start : v.end] != rest:
                    continue
                g = units[k].text
                gf = nm.fold(g)
                if k in self.claimed or nm.is_word(gf) or self._guarded_given(k, g, gf):
                    continue
                if ("-" in g and "-" not in toks[0]) or _parts_apart(g, toks[0]):
                    continue
                score = _given_score(gf, nm.fold(toks[0]), False)
                if score is not None and (i < 0 or i == k):
                    i = k
                    found[toks[0]] = score
            if i >= 0:
                self._given_variant_edit(i, j, found)

    def _guarded_given(self, i: int, g: str, gf: str) -> bool:
        """Unit i (``g``, folded ``gf``) is never a misspelt given name before the surname:
        a guarded word, a given name or title of its own, or a word right after a
        capitalised word that does not introduce the name (an acronym does not, "the BBC
        Michale Howard")."""
        return (
            self._guarded_full(i, g)
            or gf in self.idx.token_folds  # "Minseok Choi" beside the listed Choi Min-seok
            or gf in nm.given_names()
            or gf in nm.titles()
            or self._after_other_word(i, g)
        )

    def _after_other_word(self, i: int, g: str) -> bool:
        """Unit i (``g``) comes right after a capitalised word that does not introduce the
        name: the two are another name or a phrase of their own."""
        units = self.units
        return (
            i > 0
            and self._adjacent(i - 1, i)
            and not self._introduces(i - 1)
            # the second of two given names ("Pedro Calos Velarrondo") may be the one
            and nm.fold(units[i - 1].text) not in nm.person_given_names()
            # an acronym is no part of a name written in lower case ("told the BBC
            # Michale Howard")
            and not (units[i - 1].text.isupper() and not g.isupper())
        )

    def _one_name_spellings(
        self, i: int, g: str, gf: str, surname: str, hits: tuple[int, ...]
    ) -> dict[str, float]:
        """The given names of the two-word entries of ``hits`` that end with ``surname`` as
        written and that ``g`` (unit i, folded ``gf``) spells another way
        (:func:`_one_given_name`), each with its score; none where unit i is guarded as a
        word of its own, another listed name's or a title, or follows a capitalised word
        that does not introduce the name."""
        if g[:1].islower() or gf in nm.titles() or gf in self.idx.token_folds:
            return {}
        found: dict[str, float] = {}
        known = gf in nm.person_given_names()
        for given, canonical in self._given_names_before(i, g, surname, hits):
            want = nm.fold(given)
            if not _one_given_name(gf, want) or ("-" in g) != ("-" in given):
                continue
            if known and self._writes_whole(canonical):
                # a text that writes the listed name and another spelling of its own
                # ("Viktor Makarov" and, quoted, "Victor Makarov") chose both
                continue
            found[given] = 1.0 - nm.distance(gf, want) / max(len(gf), len(want))
        if not found or self._guarded_full(i, g) or self._after_other_word(i, g):
            return {}
        return found

    def _given_spellings(
        self, i: int, g: str, gf: str, word: bool, surname: str, hits: tuple[int, ...]
    ) -> dict[str, float]:
        """The given names of the two-word entries of ``hits`` that end with ``surname`` as
        written and that ``g`` (unit i, folded ``gf``; ``word``: an English word) may
        misspell, each with its score ("Artur" before "Mensch": Arthur)."""
        found: dict[str, float] = {}
        for given, _canonical in self._given_names_before(i, g, surname, hits):
            score = _given_score(gf, nm.fold(given), word)
            if score is not None:
                found[given] = score
        return found

    def _given_names_before(
        self, i: int, g: str, surname: str, hits: tuple[int, ...]
    ) -> Iterator[tuple[str, str]]:
        """The given names of the two-word entries of ``hits`` that end with ``surname`` as
        written (unit i + 1), each with its entry's canonical name, that unit i (``g``) may
        write: not a single given name for a
        hyphenated one ("Jean-Pierre Lample" is no misspelt Jean Lample), and not where the
        sentence writes the listed name too ("Carla Bonetti met Karla Bonetti": two
        people)."""
        start, end = self.units[i].start, self.units[i + 1].end
        for e in hits:
            toks = self.idx.tokens[e]
            if surname not in (toks[-1], toks[-1].upper()) or len(toks) != 2:
                continue
            if "-" in g and "-" not in toks[0]:
                continue
            if _parts_apart(g, toks[0]):
                continue  # "Ji-ho Han" beside Ji-woo Han: another given name
            canonical = self.idx.entries[e].canonical
            if self._beside_listed(canonical, start, end):
                continue
            yield toks[0], canonical

    def _given_variant_edit(self, i: int, j: int, found: dict[str, float]) -> None:
        """Correct unit i, before the surname at unit j, to the one given name of ``found``
        and claim it; with more than one, suggest the first and name them all."""
        units = self.units
        if len(found) == 1:
            target, score = next(iter(found.items()))
            self._edit(
                units[i].start,
                units[i].end,
                nm.casing(units[i].text, target),
                "names/variant",
                f"score {score:.2f} vs {target!r} before surname {units[j].text!r}",
            )
            self._claim(i)
        elif len(found) > 1:
            self._ambiguous(i, found, "before the surname")

    def _introduces(self, i: int) -> bool:
        """Unit i introduces the name after it rather than being part of it: a title
        ("Sir", "Minister"), a nationality or compound (:func:`_modifier`), a weekday or
        month ("On Friday Harlod Brask"), or a common word opening a sentence ("Singer
        Ada Whitner", "Leader Michael Okafor")."""
        word = self.units[i].text
        f = nm.fold(word)
        return (
            f in nm.titles()
            or word in _MEMBER_OF
            or _modifier(word)
            or f in nm.calendar()
            or (nm.is_word(f) and f not in nm.given_names() and self._is_start(i))
        )

    def _lone_given_names(self) -> None:
        """ "Tommas" beside Tomas Okoro: the given name of an anchored person, written alone
        without its diacritics ("Siobhan" beside Siobhán Kinsella), with one letter typed
        twice, or one inner letter lost from a name of five letters or more ("Evnder" for
        Evander) or two letters but the first typed in the wrong order in one of five
        letters or more ("Menzeis"), where the document writes the given name right too,
        or with one letter but the first typed with the key next to it in a name of
        four letters or more, once, where it also calls the person by it ("Ivaj" beside
        "Ivan said"); or spelt as this run corrected it before the surname ("Sir Tomaz" beside
        "Tomaz Okoro"). The spelling is no word or name of its own, stands alone (no
        capitalised word next to it but "Sir" or "Dame") and is never written before
        another name."""
        if not self.anchors:
            return
        given, names = self._anchored_given_names()
        # the misspellings of a given name that this run corrected before the surname
        # ("Sir Tomaz Okoro"): the same spelling alone is that given name too ("Sir
        # Tomaz said")
        respelt = self._respelt_given_names(names)
        if not (given or respelt):
            return
        for i, u in enumerate(self.units):
            found = self._lone_given(i, u, given, respelt)
            if found is not None:
                name, full = found
                self._lone_given_edit(i, name, full, u.text in respelt)

    def _anchored_given_names(self) -> tuple[_GivenNames, _GivenNames]:
        """The given names (three letters or more) of the two-word people anchored here,
        each with the full name: by fold, those that the document writes ("tomas" for
        Tomas Okoro); and by spelling, all of them."""
        # as the text reads after this run: the given names it corrected count too, so a
        # second run finds nothing more ("Martno Johnson" then "Matin")
        written = {u.text for u in self.units}
        written.update(w for e in self.edits for w in e.replacement.split())
        given: _GivenNames = {}  # fold -> (given name, full name)
        names: _GivenNames = {}  # the same for every anchored person
        for surname in self.anchors:
            for e in self.idx.surnames.get(surname.casefold(), ()):
                toks = self.idx.tokens[e]
                if len(toks) == 2 and len(toks[0]) >= 3:
                    names.setdefault(toks[0], (toks[0], " ".join(toks)))
                    if toks[0] in written:
                        given.setdefault(nm.fold(toks[0]), (toks[0], " ".join(toks)))
        return given, names

    def _respelt_given_names(self, names: _GivenNames) -> _GivenNames:
        """Each one-word spelling that this run has corrected to a given name of ``names``,
        with that given name and its full name ("Tomaz" for Tomas Okoro)."""
        return {
            self.text[e.start : e.end]: names[e.replacement]
            for e in self.edits
            if e.replacement in names and " " not in self.text[e.start : e.end]
        }

    def _lone_given(
        self, i: int, u: _Unit, given: _GivenNames, respelt: _GivenNames
    ) -> tuple[str, str] | None:
        """The given name and full name that unit i (``u``), written alone, misspells: one
        of ``given`` with a letter typed twice or lost, or as this run corrected it before
        the surname (``respelt``); None when it is another name or word."""
        if i in self.claimed or "-" in u.text:
            return None
        tf = nm.fold(u.text)
        bare = given.get(tf)
        if (
            bare is not None
            and self.p.restore_diacritics
            and _without_marks(u.text, bare[0])
            and not u.text.isupper()
        ):
            # "Siobhan" beside Siobhán Kinsella: her given name without its marks, however
            # common the plain spelling ("Jose" is José where the text writes José Soto),
            # where no capitalised word follows it ("Zoe Baker" beside Zoë Ball)
            followed = i + 1 < len(self.units) and self._adjacent(i, i + 1)
            alone = not (
                followed or self._opens_other(u.text, bare[1]) or self._after_other_name(i)
            )
            return bare if alone and not self._guarded(i, u.text) else None
        found = [
            g for gf, g in given.items() if _typed_twice_or_dropped(tf, gf) or _swapped(tf, gf)
        ]
        if not found and u.text not in respelt:
            # a key slipped to its neighbour, once, in a text that calls the person by the
            # given name alone ("Ivan joined"): "Linux" beside Linus Torvalds stays
            found = [g for gf, g in given.items() if _slipped(tf, gf) and self._called_by(*g)]
            if found and sum(v.text == u.text for v in self.units) > 1:
                return None
        if u.text in respelt:
            found = [respelt[u.text]]
        if len(found) != 1 or self._opens_other(u.text, found[0][1]):
            return None
        if self._after_other_name(i):
            return None
        if self._guarded(i, u.text):
            return None
        if (
            nm.is_word(tf)
            or tf in nm.given_names()
            or tf in nm.surnames()
            or tf in nm.titles()
            or u.text.isupper()
            or _NUMBER_AFTER.match(self.text, u.full_end)
        ):
            return None  # a word, another name, or a product's with its number ("Linux 6.6")
        return found[0]

    def _called_by(self, given: str, full: str) -> bool:
        """The document writes the given name ``given`` of ``full`` alone, not before the
        surname ("Ivan joined" beside Ivan Okoro)."""
        surname = full.rsplit(" ", 1)[-1]
        units, n = self.units, len(self.units)
        return any(
            u.text == given
            and not (
                j + 1 < n
                and self._adjacent(j, j + 1)
                and units[j + 1].text in (surname, surname.upper())
            )
            for j, u in enumerate(units)
        )

    def _after_other_name(self, i: int) -> bool:
        """Unit i comes right after a capitalised word that makes it a part of another name:
        any but "Sir", "Dame" or a word opening a sentence, and any given name."""
        if not (i > 0 and self._adjacent(i - 1, i)):
            return False
        prev = nm.fold(self.units[i - 1].text)
        opens = self._is_start(i - 1) and nm.is_word(prev)
        # "Ann Tommas": another name ("Joining Tommas's" opens a sentence)
        return not (opens or prev in _GIVEN_NAME_TITLES) or prev in nm.given_names()

    def _lone_given_edit(self, i: int, name: str, full: str, respelt: bool) -> None:
        """Correct unit i, written alone, to the given name ``name`` of ``full`` and claim
        it; the note says how it was written (``respelt``: as this run corrected it before
        the surname)."""
        u = self.units[i]
        if respelt:
            how = "spelt as this run corrected it before the surname"
        elif nm.fold(u.text) == nm.fold(name):
            how = "without its diacritics"
        else:
            tf = nm.fold(u.text)
            if len(tf) == len(name) and sorted(tf) == sorted(nm.fold(name)):
                how = "with two letters typed in the wrong order"
            elif len(tf) == len(name):
                how = "with a key typed for its neighbour"
            else:
                how = "with " + ("a letter typed twice" if len(tf) > len(name) else "a letter lost")
        self._edit(
            u.start,
            u.end,
            nm.casing(u.text, name),
            "names/variant",
            f"the given name {name!r} of {full!r} (anchored), written alone {how}",
        )
        self._claim(i)

    def _opens_other(self, word: str, full: str) -> bool:
        """The document writes ``word`` before a word that is no English word and not the
        surname of ``full``: it opens another name ("Ann Tommas" beside Tomas Okoro)."""
        surname = nm.fold(full.rsplit(" ", 1)[-1])
        after = self._folds_after().get(word, ())
        return any(f != surname and not nm.is_word(f) for f in after)


def _a_half_no_word(surface: str) -> bool:
    """One of the two words of ``surface`` is no English word, known name or place ("X" of
    "X Box", "Cyber" of "Cyber Truck"): the two are no phrase of their own.

    >>> _a_half_no_word("X Box"), _a_half_no_word("Cyber Truck"), _a_half_no_word("Cold Play")
    (True, True, False)
    """
    return any(
        not nm.known_spelling(f) and f not in nm.places() and f not in nm.towns()
        for f in (nm.fold(half) for half in surface.split(" "))
    )


def _given_shaped(word: str) -> bool:
    """Whether ``word`` is shaped as a given name: a capital, then three letters or more
    in lower case ("Rohan", not "NHS", "McKay" or "Al")."""
    return len(word) >= 4 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _known_surname(word: str) -> bool:
    """Whether ``word`` is a known surname, or a hyphenated one whose last part is
    ("Al-Mansour")."""
    return nm.fold(word) in nm.surnames() or (
        "-" in word and nm.fold(word.rsplit("-", 1)[1]) in nm.surnames()
    )


def _digits(s: str) -> str:
    """The digits of ``s``, in order ("Schalke 04" -> "04")."""
    return "".join(c for c in s if c.isdigit())


@functools.lru_cache(maxsize=4096)
def _near_given(fold: str, given_folds: frozenset[str]) -> bool:
    """Whether the folded word is one edit or none from a listed given name (read once a
    word and a list): "Anjli" may be the listed Anjali misspelt; "Marisela" is another
    woman than the listed Marisol, and "Quintana" after it her surname."""
    n = len(fold)
    return any(abs(len(g) - n) <= 1 and nm.distance(fold, g) <= 1 for g in given_folds)


def _parts_apart(t: str, want: str) -> bool:
    """Whether ``t`` and ``want``, hyphenated names of as many parts, share a part exactly
    and open another with a sound of their own: two names ("Ji-hoon", "Ji-yeon"), not one
    misspelt ("Ji-yoen", "Lewis-Francis" as "Luwiss-Francis", "Jiyeon").

    >>> _parts_apart("Ji-hoon", "Ji-yeon"), _parts_apart("Ji-yoen", "Ji-yeon")
    (True, False)
    >>> _parts_apart("Luwiss-Francis", "Lewis-Francis"), _parts_apart("Jiyeon", "Ji-yeon")
    (False, False)
    """
    ours, theirs = t.split("-"), want.split("-")
    if len(ours) < 2 or len(ours) != len(theirs):
        return False
    pairs = [(nm.fold(a), nm.fold(b)) for a, b in zip(ours, theirs, strict=True)]
    if not any(a == b for a, b in pairs):
        return False
    return any(not _sounds_first(a, b) for a, b in pairs if a != b)


def _acronym_of(alias: str, target: str) -> bool:
    """Whether ``alias`` is an acronym of ``target`` rather than the name in capitals: one
    word in capitals for a name of several words or twice as long ("IBM", "OAI").

    >>> _acronym_of("IBM", "International Business Machines"), _acronym_of("OAI", "OpenAI")
    (True, True)
    >>> _acronym_of("ARTHUR MARSH", "Arthur Mensch"), _acronym_of("MENSH", "Mensch")
    (False, False)
    """
    return " " not in alias and alias.isupper() and (" " in target or len(target) >= 2 * len(alias))
