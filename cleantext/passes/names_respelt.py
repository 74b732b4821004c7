"""Full names respelt in both words, for :mod:`cleantext.passes.names` (:class:`_Respelt`): a
listed person's name of two words whose surname is written another way that spells the same
sounds (diacritics off, a letter doubled or not, C for K, F for Ph, T for Th) and whose
given name is written either so too or one letter off ("Markus Feldman" for Marcus
Feldmann, "Fatumata Diabate" for Fatoumata Diabaté), as translation and transcription
write a name twice over.
"""

from __future__ import annotations

from cleantext.passes import names_match as nm
from cleantext.passes.names_people import _People
from cleantext.passes.names_reading import _Judged
from cleantext.passes.names_sounds import _one_given_name, _spelling_key

# The fewest letters of a given name that may be one letter off when its surname is respelt
# too: shorter ones are other names ("Ana", "Ian").
_GIVEN_OFF_LETTERS = 5


def _given_respelt(written: str, given: str) -> float | None:
    """The score of ``written`` as the listed ``given`` name written another way (both
    folded): the same spelling (:func:`_one_given_name`), or one letter off in a name of five
    letters or more that no list knows as a name or word of its own; None otherwise.

    >>> _given_respelt("markus", "marcus"), _given_respelt("fatumata", "fatoumata")
    (0.83, 0.89)
    >>> _given_respelt("maria", "mario") is None, _given_respelt("marcus", "marcus") is None
    (True, True)
    """
    if written == given:
        return None
    d = nm.distance(written, given)
    off = (
        d == 1
        and len(given) >= _GIVEN_OFF_LETTERS
        and written[:1] == given[:1]
        and written not in nm.person_given_names()
        and not nm.is_word(written)
    )
    if not (off or _one_given_name(written, given)):
        return None
    return round(1.0 - d / max(len(written), len(given)), 2)


class _Respelt(_People):
    """The stage that reads full names respelt in both words."""

    def _respelt_full_names(self) -> None:
        """Two capitalised words one space apart, unclaimed, that write a listed person's
        name of two words (:attr:`_Index.respelt`) with its surname respelt
        (:func:`names_sounds._spelling_key`) and its given name respelt or one letter off
        (:func:`_given_respelt`): both are corrected and the surname anchored. Not where the
        given name follows another capitalised word that does not introduce it, where the
        text also writes the listed name (then two people), or for a spelling never to be
        touched."""
        table = self.idx.respelt
        if not table or not self.p.fuzzy:
            return
        units = self.units
        for j in range(1, len(units)):
            v = units[j]
            if not v.text[:1].isupper():
                continue
            hits = table.get(_spelling_key(nm.fold(v.text)))
            i = j - 1
            if not hits or i in self.claimed or j in self.claimed or not self._adjacent(i, j):
                continue
            u = units[i]
            if not u.text[:1].isupper() or u.text.casefold() in self.idx.given_keys:
                continue  # an exact given name is read by the full names stage
            found: dict[int, float] = {}
            for e in hits:
                given, surname = self.idx.tokens[e]
                if v.text in (surname, surname.upper()):
                    continue  # the exact surname is read by the given variants stage
                score = _given_respelt(nm.fold(u.text), nm.fold(given))
                canonical = self.idx.entries[e].canonical
                if (
                    score is not None
                    and self.text[u.start : v.end].casefold() not in self.idx.never
                    # a text that writes the listed name exactly means another person
                    # by a name that differs in both words ("Marcus Feldmann told
                    # investors ... Markus Feldman, an analyst, said")
                    and not self._writes_whole(canonical)
                ):
                    found[e] = score
            if len(found) != 1 or self._guarded_full(i, u.text):
                continue
            if self._after_other_word(i, u.text):
                continue
            e, score = next(iter(found.items()))
            given, surname = self.idx.tokens[e]
            note = f"score {score:.2f} vs {given!r} before the respelt surname {v.text!r}"
            self._edit(u.start, u.end, nm.casing(u.text, given), "names/variant", note)
            sound = nm.similarity(nm.fold(v.text), nm.fold(surname))
            judged = _Judged(sound, "", nm.distance(nm.fold(v.text), nm.fold(surname)))
            self._full_name_edit(u, surname, e, j, surname, judged)
            self._claim(i)
