"""One-word names (organisations, places, products), for :mod:`cleantext.passes.names`
(:class:`_Singles`): variants by small edits that keep the sound ("DeepSeak" for DeepSeek),
read more freely where the document writes the name itself.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable

import regex

from cleantext.edits import Edit
from cleantext.passes import names_match as nm
from cleantext.passes.names_index import _SMALL_SINGLE
from cleantext.passes.names_reading import _UNANCHORED_TWO_EDITS, _Judged, _Reading
from cleantext.passes.names_shapes import (
    _adjective_stems,
    _inner_capital,
    _letter_doubled,
    _long_variant,
    _masked_entries,
    _modifier,
    _nearest,
    _people_word,
    _place_only,
    _same_stem,
    _second_spelling,
    _vowel_slipped,
    _whole_word,
)
from cleantext.passes.names_sounds import _opening, _respelt_opening, _sounds_first

# Capitalised words that qualify the name after them rather than make another name with
# it ("South Koreen" is "South Korean" misspelt, "the Upper Danbue" the Danube, unlike
# "the River Fresk").
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
        "upper",
        "lower",
        "inner",
        "outer",
        "middle",
        "far",
    ]
)
# Words of grammar, capitalised in a headline or a title ("Why Does", "And", "With", "Meet
# The Korvada"): no part of a name, so the word after them ends none
_CLOSED_WORDS = frozenset(
    (
        *("does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "can"),
        *("could", "would", "should", "might", "must", "shall", "and", "or", "but", "nor"),
        *("for", "with", "from", "to", "of", "at", "in", "on", "by", "as", "if", "so"),
        *("than", "then", "how", "why", "what", "when", "where", "who", "which", "whose"),
        *("that", "this", "these", "those", "it", "its", "we", "you", "he", "she", "they"),
        *("his", "her", "their", "our", "my", "your", "vs", "versus", "via", "into"),
        *("onto", "upon", "about", "the", "a", "an"),
    )
)
# The shortest one-word name read by edits when it is anchored in the document, and the
# shortest spelling of it read so ("Fod" for Ford, one letter short).
_ANCHORED_SINGLE_MIN = 4
_ANCHORED_VARIANT_MIN = 3
# The shortest one-word name that anchors at all: one of three letters only lets a key
# slipped to its neighbour or a letter typed twice through (see ``_judge_single``).
_ANCHORED_SHORT_MIN = 3
# The shortest one-word name read by two edits that lose a letter when it is anchored in
# the document (its spelling is shorter, one letter shorter at least).
_ANCHORED_TWO_EDITS = 8
# The shortest one-word name read with any one letter (not the first) typed for another and
# no anchor ("Liverrool" for Liverpool); shorter ones need the key next to it ("Korvws").
_ANY_LETTER = 8


class _Singles(_Reading):
    """The stage that reads one-word names."""

    # ------------------------------------------------------------------ 7. one-word names
    def _singles(self) -> None:
        """One-word names, in rounds: a name this run writes (a spelling it corrected)
        anchors it like one the document wrote, as it will on a second run."""
        if self.idx.hyphenated:
            self._hyphen_part_slips()
        anchored = self._anchored_singles()
        if self.idx.singles_doubled or anchored:
            self._singles_rounds(anchored)
        made = self._small_singles()
        if made:
            # the short names the look-alikes vouched for are written now: "Crel" beside
            # "Cerel" and "Carul" is read as a second run would read it
            anchored.update((c, offset) for c, offset in made.items() if c not in anchored)
            self._singles_rounds(anchored)

    def _hyphen_part_slips(self) -> None:
        """A hyphenated one-word name ("Mercedes-Benz") written with one part exact and
        the other one letter off ("Mercedes-Bens", "Mercedez-Benz"): the part, of four
        letters or more, keeps its first letter and spells no word, name or place of its
        own, nor the listed part and more or less ("Hewlett-Packer", "Rolls-Roy" stay);
        the exact part vouches for it as a given name vouches for a surname."""
        table = self.idx.hyphenated
        for i, u in enumerate(self.units):
            if "-" not in u.text or i in self.claimed:
                continue
            parts = u.text.split("-")
            entries = {e for part in parts for e in table.get(nm.fold(part), ())}
            found = {
                c: k
                for c, k in (
                    (self.idx.entries[e].canonical, _part_slipped(parts, self.idx.tokens[e][0]))
                    for e in entries
                )
                if k >= 0
            }
            if len(found) != 1 or self._guarded(i, u.text):
                continue
            (canonical, k), f = next(iter(found.items())), nm.fold(u.text)
            if f in nm.places() or f in nm.towns() or f in nm.orgs():
                continue
            start = u.start + sum(len(p) + 1 for p in parts[:k])
            written, listed = parts[k], canonical.split("-")[k]
            score = 1.0 - nm.distance(nm.fold(written), nm.fold(listed)) / max(
                len(written), len(listed)
            )
            note = f"score {score:.2f} vs {listed!r} in {canonical!r}"
            self._edit(
                start, start + len(written), nm.casing(written, listed), "names/variant", note
            )
            self._claim(i)

    def _singles_rounds(self, anchored: dict[str, int]) -> None:
        """Rounds of :meth:`_singles_round` until one writes nothing new; each name a
        round writes joins ``anchored``."""
        for _round in range(3):
            made = self._singles_round(anchored)
            if not made:
                break
            anchored.update((c, offset) for c, offset in made.items() if c not in anchored)
            self._unblock(made)

    def _unblock(self, made: Iterable[str]) -> None:
        """A one-word name this run wrote (``made``) claims the words that were read as
        another person's name only because the text never wrote it: "Morgan Franics" is
        Ruth Morgan Francis once "Farncis" became Francis, as a second run would read it."""
        for fb, token in list(self._unanchored.items()):
            # a body's name never claims a person's ("Anna Merk" beside Merck)
            if any(self._judge_single(token, c) is not None for c in made if not _a_body(c)):
                self.blocked.discard(fb)
                del self._unanchored[fb]

    def _small_singles(self) -> dict[str, int]:
        """Suggest, not change, a look-alike of a short one-word name (four or five
        letters) that nothing else decided: one letter other than the first changed
        ("Somoa" for Samoa). Unanchored, a name that short is too easily another one to
        change; where the text never writes it right, the reader is told. Two such
        spellings of the same name ("Somoa" and "Samga" for Samoa), each no word or name
        of its own, vouch for each other: both are changed. Returns the names so written,
        each with the offset of its first spelling."""
        table = self.idx.singles_small_masked
        made: dict[str, int] = {}
        if not table:
            return made
        looks: dict[str, list[tuple[int, str]]] = {}  # a name, and its look-alikes here
        for i, u in enumerate(self.units):
            if i in self.claimed or "-" in u.text:
                continue
            tf = nm.fold(u.text)
            if not _SMALL_SINGLE <= len(tf) < self.p.single_min_length:
                continue
            found = {self.idx.entries[e].canonical for e in _masked_entries(table, tf)}
            found.discard(u.text)
            if len(found) != 1 or any(nm.fold(c) == tf for c in found):
                continue
            if nm.is_word(tf) or tf in nm.given_names() or tf in nm.surnames():
                continue
            if self._guarded(i, u.text):
                continue
            c = found.pop()
            if _a_body(c) and self._person_before(i):
                continue  # "Dr Anna Merk" is no Merck
            looks.setdefault(c, []).append((i, tf))
        for c, items in looks.items():
            spellings = {tf: self.units[i].text for i, tf in reversed(items)}  # the first
            for i, tf in items:
                u = self.units[i]
                if len(spellings) >= 2:
                    others = ", ".join(repr(t) for f, t in sorted(spellings.items()) if f != tf)
                    note = (
                        f"score {1.0 - 1 / len(tf):.2f} vs {c!r}; the text also writes "
                        f"{others}, one letter from it too"
                    )
                    self._edit(u.start, u.end, nm.casing(u.text, c), "names/variant", note)
                    self._claim(i)
                    made.setdefault(c, u.start)
                    continue
                note = (
                    f"possibly {c!r} (one letter away); left alone: a name of {len(tf)} "
                    "letters is changed only where the text also writes it right"
                )
                self.suggestions.append(
                    Edit(u.start, u.end, nm.casing(u.text, c), "names/variant", note)
                )
        return made

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
            found = self._single_candidates(t, tf, anchored)
            found = {c: v for c, v in found.items() if not _word_swapped(t, c)}
            if found and _ACRONYM.fullmatch(t) and self._in_prose(i):
                # an acronym in prose is spelt letter by letter, never misheard: "WIPO"
                # is another body than the listed Wipro (a headline in capitals may
                # misspell it)
                found = {c: v for c, v in found.items() if c.isupper()}
            if not found:
                continue
            if self._no_single(i, t, tf):
                continue
            found = self._singles_in_context(i, t, tf, found, anchored)
            if not found:
                continue
            if len(found) > 1:
                found = _nearest(tf, found)
            if len(found) == 1:
                found = {**self._nearer_rivals(tf, found), **found}
            if len(found) > 1:
                self._ambiguous(i, found, "")
                continue
            self._single_edit(i, found, made)
        return made

    def _single_candidates(
        self, t: str, tf: str, anchored: dict[str, int]
    ) -> dict[str, tuple[float, str]]:
        """The one-word names that the word ``t`` (fold ``tf``) may misspell, before any
        guard: those it misspells with no anchor, those ``anchored`` in the document that
        it is a variant of, else a slip of the finger; each with its score and anchor."""
        found = self._sound_alikes(tf)
        for c in anchored:
            if c in found or not _sounds_first(nm.fold(c), tf):  # a first sound stays
                continue
            judged = self._judge_single(t, c)
            if judged is not None:
                found[c] = (judged.score, f"; anchored by {c!r}")
        self._slips(tf, found)
        return found

    def _nearer_rivals(
        self, tf: str, found: dict[str, tuple[float, str]]
    ) -> dict[str, tuple[float, str]]:
        """The one-word names one edit (not of the first letter) from the fold ``tf`` when
        the one name ``found`` is two or more away: "Velaw" is one key from Velaq and two
        edits from an anchored Velaqi, so neither is sure."""
        (c,) = found
        if nm.distance(tf, nm.fold(c)) < 2:
            return {}
        entries = {
            *_masked_entries(self.idx.singles_masked, tf),
            *_masked_entries(self.idx.singles_small_masked, tf),
            *self.idx.singles_short.get(tf, ()),
            *(
                e
                for k in range(1, len(tf))
                for e in self.idx.singles_doubled.get(tf[:k] + tf[k + 1 :], ())
            ),
        }
        rivals = {self.idx.entries[e].canonical for e in entries} - {c}
        return {r: (0.0, "") for r in rivals if nm.distance(tf, nm.fold(r)) == 1}

    def _in_prose(self, i: int) -> bool:
        """The line of unit i holds a letter in lower case: prose, not a headline in
        capitals."""
        u, text = self.units[i], self.text
        lo = max(0, u.start - _LINE_REACH)  # a bounded look: a line may be a whole text
        start = text.rfind("\n", lo, u.start) + 1 or lo
        end = text.find("\n", u.end, u.end + _LINE_REACH)
        return _LOWER.search(text, start, end if end >= 0 else u.end + _LINE_REACH) is not None

    def _no_single(self, i: int, t: str, tf: str) -> bool:
        """Unit i (the word ``t``, fold ``tf``) is guarded, a word or a given name, or opens
        a person's name: no one-word name misspelt."""
        if self._guarded(i, t) or nm.is_word(tf) or tf in nm.given_names() or tf in nm.orgs():
            return True  # (a well-known firm's own name is no misspelt other: "Petronas")
        # a place's own name where the text says so ("the city of Ferrara" beside the listed
        # Ferrari), or a name of its own ("Rosso di Montalcino")
        return self._opens_name(i) or self._opens_own_name(t)

    def _singles_in_context(
        self,
        i: int,
        t: str,
        tf: str,
        found: dict[str, tuple[float, str]],
        anchored: Collection[str],
    ) -> dict[str, tuple[float, str]]:
        """Of ``found``, the names that the words around unit i allow: no place where it is
        a surname, none where it ends another name (then none at all), none listed with it,
        and in a list only those close enough. ``anchored``: the names the text writes."""
        if self._a_surname(i):
            # a place is no one's surname: "Jana Cech" (and "Cech" after it) is no
            # Czech
            found = {c: v for c, v in found.items() if not _place_only(c)}
            if not found:
                return found
        if self._person_before(i) or self._surname_after(i):
            # a body has no given name, initial or title: "Dr Anna Merk" is no Merck; nor
            # is it a given name before a surname: "Yael Cohen" is no Yale
            found = {c: v for c, v in found.items() if not _a_body(c)}
            if not found:
                return found
        if self._ends_other_name(i, t, found, anchored):
            return {}
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
        return found

    def _ends_other_name(
        self, i: int, t: str, found: dict[str, tuple[float, str]], anchored: Collection[str]
    ) -> bool:
        """Unit i (the word ``t``) ends another name (see :meth:`_named_after`) and nothing
        says it is one of ``found``: the document does not write that word before one of
        them, it is no misspelt surname after a given name, no long variant of them all
        nor a vowel of theirs typed as the key next to it ("Health Ksnoda", which no
        name spells) or, where the text writes them, a letter typed twice that spells no
        name or word ("Health Kanodda" beside Kanoda; "Bob Phillips" is no listed Philips),
        and no other misspelling of them follows that word."""
        return (
            self._named_after(i)
            and not self._written_after(i, found)
            and not self._surname_of(i)
            and not all(
                _long_variant(t, c)
                or _vowel_slipped(t, c)
                or (c in anchored and _letter_doubled(t, c))
                for c in found
            )
            and not self._respelt_after(i, found)
        )

    def _single_edit(
        self, i: int, found: dict[str, tuple[float, str]], made: dict[str, int]
    ) -> None:
        """Correct unit i to the one name of ``found``, claim it, keep the name in ``made``
        (by offset) and the pairs it now writes with the words beside it."""
        u = self.units[i]
        t = u.text
        # a spelling one edit away is a misspelling even when the document repeats it
        # (house style covers case and spacing only: "Time Warner", not "Veridionla")
        c, (score, anchor) = next(iter(found.items()))
        note = f"score {score:.2f} vs {c!r}{anchor}"
        self._edit(u.start, u.end, nm.casing(t, c), "names/variant", note)
        self._claim(i)
        made.setdefault(c, u.start)
        if i > 0 and self._adjacent(i - 1, i):  # "San Andreas" is written from now on
            self._pairs_written.add(f"{self.units[i - 1].text} {c}")
        if i + 1 < len(self.units) and self._adjacent(i, i + 1):  # so is "Kestrom Orvane"
            self._pairs_written.add(f"{c} {self.units[i + 1].text}")

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
        for e in _masked_entries(self.idx.singles_masked, tf):
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
        else changed ("Karvell" for Carvell, "Filips" for Philips), and from eight with one
        more edit that keeps the sound ("Korvantinne" for Corvantine)."""
        tf, cf = nm.fold(token), nm.fold(canonical)
        respelt = self._respelt_single(token, canonical, tf, cf)
        if respelt is not None:
            return respelt
        if self._other_single(token, canonical, tf, cf):
            return None
        n = max(len(tf), len(cf))
        if min(len(tf), len(cf)) < 0.6 * n:
            return None
        if len(cf) < _ANCHORED_SINGLE_MIN:
            return self._short_single(token, canonical, tf, cf, n)
        return self._single_edits(tf, cf, n)

    @staticmethod
    def _respelt_single(token: str, canonical: str, tf: str, cf: str) -> _Judged | None:
        """``token`` (fold ``tf``) writes the first sound of ``canonical`` (fold ``cf``)
        with a letter that sounds alike, alone or with one more edit that keeps the sound:
        its judgement, else None."""
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
            _respelt_and_one_more(tf, cf)
            and not _inner_capital(token, canonical)
            and not nm.known_spelling(tf)
        ):
            # the first sound respelt and one more edit that keeps the sound, in a long
            # name ("Korvantinne" for Corvantine); two edits from it, a common surname is
            # another name
            return _Judged(1.0 - 2 / max(len(tf), len(cf)), "", 2)
        return None

    @staticmethod
    def _other_single(token: str, canonical: str, tf: str, cf: str) -> bool:
        """``token`` (fold ``tf``) is ``canonical`` (fold ``cf``) itself, starts with
        another letter, or is another word of it: the name and more or less, another ending
        of the stem, a capital inside one and not the other."""
        return (
            tf == cf
            or tf[0] != cf[0]
            # the name and more, or less, is another word ("Openair" for OpenAI), as are
            # inflections ("Williams") and other endings of the stem
            or ((tf.startswith(cf) or cf.startswith(tf)) and not nm.doubled_end(tf, cf))
            or _same_stem(tf, cf)
            or _inner_capital(token, canonical)
            or _acronym_lost(tf, canonical)
        )

    @staticmethod
    def _short_single(token: str, canonical: str, tf: str, cf: str, n: int) -> _Judged | None:
        """The judgement of ``token`` (fold ``tf``) against a name of three letters
        (``canonical``, fold ``cf``; ``n`` the longer length): a slip of the finger only."""
        # a name of three letters ("Ubo", "MPs"): only a key typed for its neighbour or
        # a letter typed twice, making no word or name ("Ubp", "MPss"; not "Uba"); an
        # acronym's letter is no slip ("MPa" is a unit, "BBV" a bank)
        slipped = len(tf) == len(cf) and nm.key_slip(tf, cf) and not canonical[:2].isupper()
        doubled = any(tf == cf[:k] + cf[k - 1 :] for k in range(1, len(cf) + 1))
        if not (slipped or doubled) or token.isupper() or nm.known_spelling(tf):
            return None
        return _Judged(1.0 - 1 / n, "", 1)

    @staticmethod
    def _single_edits(tf: str, cf: str, n: int) -> _Judged | None:
        """The judgement of the fold ``tf`` against the fold ``cf`` of a name of four
        letters or more (``n`` the longer length) by its edits: one, or two of a slip of the
        finger, of a long name losing a letter or two, or keeping the sound; never two to a
        common surname, given name or word."""
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

    def _opens_name(self, i: int) -> bool:
        """Unit i is a person's given name before a capitalised word ("Tomas Okeke Larsen",
        "Frances Whitner Brannagh"): it opens that name, no one-word name misspelt."""
        return (
            i + 1 < len(self.units)
            and self._adjacent(i, i + 1)
            and nm.fold(self.units[i].text) in nm.person_given_names()
            and self.units[i + 1].text[:1].isupper()
        )

    def _surname_after(self, i: int) -> bool:
        """A known surname that is no English word follows unit i, one space after it: unit
        i is a person's given name ("Yael Cohen")."""
        if i + 1 >= len(self.units) or not self._adjacent(i, i + 1):
            return False
        nxt = nm.fold(self.units[i + 1].text)
        return nxt in nm.surnames() and not nm.is_word(nxt)

    def _person_before(self, i: int) -> bool:
        """A person's name opens before unit i: a given name right before it (not an English
        word opening the sentence: "Will Pfzer recover?"), an initial ("A. Merk"), or a
        title that is no English word ("Dr Merk"); unit i is that person's surname."""
        if i == 0:
            return False
        if self._initial_before(i):
            return True
        prev = nm.fold(self.units[i - 1].text)
        if self._titled(i):
            return not nm.is_word(prev)
        return (
            self._adjacent(i - 1, i)
            and prev in nm.person_given_names()
            and not (nm.is_word(prev) and self._is_start(i - 1))
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
            or f in _CLOSED_WORDS  # "What Does Korvada Offer?": a headline's verb
        )


# A word in capitals as short as an acronym ("WIPO", "NHS"), a lower-case letter, and how
# far a line is read either side of a word for one.
_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_LOWER = regex.compile(r"\p{Ll}")
_LINE_REACH = 200
# An acronym inside a name ("GPT" in ChatGPT, "AI" in OpenAI).
_INNER_ACRONYM = regex.compile(r"(?<=\p{Ll})\p{Lu}{2,}+")


# The fewest letters of a part of a hyphenated name that may be written one letter off, or
# that vouches for the other part.
_HYPHEN_PART_MIN = 4
# Parts that open many names of places and bodies ("Saint-Denis", "Port-Gentil"): written
# right, they vouch for no other part.
_GENERIC_PARTS = frozenset(
    (
        *("saint", "sainte", "santa", "santo", "port", "fort", "mont", "mount", "north"),
        *("south", "east", "west", "upper", "lower", "great", "little", "new", "old"),
    )
)


def _word_swapped(token: str, canonical: str) -> bool:
    """``token`` and ``canonical`` are names in camel case of as many humps, one hump apart,
    and both of those humps are English words: another brand built the same way ("PayNet"
    beside PayNest, "LedgerLeap" beside LedgerLoop), not a slip ("DeepSeak" for DeepSeek).

    >>> _word_swapped("PayNet", "PayNest"), _word_swapped("DeepSeak", "DeepSeek")
    (True, False)
    """
    a, b = _HUMPS.findall(token), _HUMPS.findall(canonical)
    if len(a) < 2 or len(a) != len(b):
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and all(len(w) >= 3 and nm.is_word(w.casefold()) for w in apart[0])


# The humps of a name in camel case: a capital and the lower-case letters after it.
_HUMPS = regex.compile(r"\p{Lu}\p{Ll}*+|\p{Ll}++")


def _a_body(canonical: str) -> bool:
    """The one-word name ``canonical`` names an organisation or a product, never a person:
    a well-known one (``names_orgs.txt``), an acronym, or a name with a digit in it.

    >>> _a_body("Merck"), _a_body("IBM"), _a_body("Mallory")
    (True, True, False)
    """
    return (
        nm.fold(canonical) in nm.org_names()
        or (len(canonical) > 1 and canonical.isupper())
        or any(c.isdigit() for c in canonical)
    )


def _part_slipped(parts: list[str], canonical: str) -> int:
    """The index of the one part of ``parts`` (a hyphenated word of the text) written one
    letter off the part of the hyphenated name ``canonical``, the others as listed (or in
    capitals, as the whole word); -1 when there is none.

    >>> _part_slipped(["Mercedes", "Bens"], "Mercedes-Benz")
    1
    >>> _part_slipped(["Mercedes", "Bend"], "Mercedes-Benz")  # a word of its own
    -1
    >>> _part_slipped(["Rolls", "Roy"], "Rolls-Royce")  # the part less letters
    -1
    >>> _part_slipped(["Mercedes", "AMG"], "Mercedes-Benz")  # another part
    -1
    >>> _part_slipped(["Coca", "Cola"], "Coca-Cola")  # as listed
    -1
    >>> _part_slipped(["Al", "Nasr"], "Al-Nassr")  # an article vouches for nothing
    -1
    """
    listed = canonical.split("-")
    if len(listed) != len(parts):
        return -1
    caps = all(p.isupper() for p in parts)
    off = [
        k
        for k, (p, c) in enumerate(zip(parts, listed, strict=True))
        if p != (c.upper() if caps else c)
    ]
    if len(off) != 1 or not any(
        len(nm.fold(c)) >= _HYPHEN_PART_MIN and nm.fold(c) not in _GENERIC_PARTS
        for k, c in enumerate(listed)
        if k != off[0]
    ):
        return -1  # the exact part vouches for nothing ("Al-Nasr" beside Al-Nassr)
    k = off[0]
    p, c = parts[k], listed[k]
    pf, cf = nm.fold(p), nm.fold(c)
    if (
        len(cf) < _HYPHEN_PART_MIN
        or not pf
        or pf[0] != cf[0]
        or (p[:1].isupper() != c[:1].isupper() and not caps)
        or nm.distance(pf, cf) != 1
        or pf.startswith(cf)
        or cf.startswith(pf)
        or nm.inflected(pf, cf)
        or _same_stem(pf, cf)
        or nm.known_spelling(pf)
        or pf in nm.places()
        or pf in nm.towns()
        or pf in nm.orgs()
        or _inner_capital(p, c)
    ):
        return -1
    return k


def _acronym_lost(tf: str, canonical: str) -> bool:
    """The fold ``tf`` lacks the letters of an acronym inside ``canonical``: letters
    spelt one by one are not misheard, so "Chatbot" is another word than ChatGPT
    ("Chatgpt" and "Chat GPT" keep them).

    >>> _acronym_lost("chatbot", "ChatGPT"), _acronym_lost("chatgpt", "ChatGPT")
    (True, False)
    """
    return any(nm.fold(m.group()) not in tf for m in _INNER_ACRONYM.finditer(canonical))


def _respelt_and_one_more(a: str, b: str) -> bool:
    """The opening sound of ``b`` is written another way in ``a`` (as in
    :func:`_respelt_opening`) and one more edit keeps the sound, in a name of
    :data:`_ANCHORED_TWO_EDITS` letters or more.

    >>> _respelt_and_one_more("korvantinne", "corvantine")
    True
    >>> _respelt_and_one_more("korvantor", "corvantine"), _respelt_and_one_more("korvan", "corvan")
    (False, False)
    """
    if a[:1] == b[:1] or min(len(a), len(b)) < _ANCHORED_TWO_EDITS or not _sounds_first(a, b):
        return False
    return nm.distance(_opening(a)[1], _opening(b)[1]) == 1 and nm.skeleton(a) == nm.skeleton(b)
