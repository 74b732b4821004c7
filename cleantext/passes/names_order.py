"""Names written in the other order, for :mod:`cleantext.passes.names` (:class:`_Order`): a
person's name of two words written with its words the other way round ("Ishiba Shigeru"
for the listed Shigeru Ishiba, "Jinping Xi" for Xi Jinping), as East Asian names are
written family name first or last.
"""

from __future__ import annotations

import regex

from cleantext.edits import Edit
from cleantext.passes import names_match as nm
from cleantext.passes.names_reading import _Reading
from cleantext.passes.names_shapes import _modifier

# A text that says how it orders a name's words ("as he is known in Japan, where the family
# name comes first", "surname first", "in the Japanese order"): its order is deliberate.
_ORDER_SAID = regex.compile(
    r"\b(?:(?:family|sur|last|given|first)\s*-?\s*names?\s+(?:\w+\s+){0,2}?"
    r"(?:first|last|before|after)"
    r"|(?:name|word)\s+order"
    r"|order\s+of\s+(?:\w+\s+){0,2}?names?"
    r"|(?:japanese|chinese|korean|hungarian|vietnamese|east\s+asian|western|eastern)"
    r"\s+(?:name\s+)?order"
    r"|as\s+(?:he|she|they)\s+(?:is|are)\s+known\s+in)\b",
    regex.IGNORECASE,
)


class _Order(_Reading):
    """The stage that reads names written in the other order."""

    def _reversed_names(self) -> None:
        """The two words of a listed person's name (:attr:`_Index.reversible`: no word of
        the common lists of given names and English words) written exactly, one space
        apart, in the other order: the listed name. Not inside a longer name (another
        capitalised word right before, other than a title, a nationality or a word opening
        the sentence, or right after). With ``house_style``, a document that never writes
        the listed order is following its own: the change is suggested."""
        table = self.idx.reversible
        if not table or not self.p.fuzzy:
            return
        units = self.units
        said: bool | None = None  # whether the text says how it orders names (read once)
        for i in range(len(units) - 1):
            word = units[i].text
            hits = table.get(word) or (table.get(word.title()) if word.isupper() else None)
            if not hits or i in self.claimed or i + 1 in self.claimed:
                continue
            if said is None:
                said = _ORDER_SAID.search(self.text) is not None
            if said:
                return  # a text that says its names go family name first means them so
            if not self._adjacent(i, i + 1) or self._in_longer_name(i):
                continue
            if units[i] in self.disowning or units[i + 1] in self.disowning:
                continue  # "Ming Yao, who is no relation to the listed Yao Ming"
            first, second = units[i].text, units[i + 1].text
            caps = first.isupper() and second.isupper()
            for e in hits:
                opening, last = self.idx.tokens[e]
                if (first, second) != (
                    (last.upper(), opening.upper()) if caps else (last, opening)
                ):
                    continue
                canonical = self.idx.entries[e].canonical
                start, end = units[i].start, units[i + 1].end
                if self.text[start:end].casefold() in self.idx.never:
                    break
                replacement = canonical.upper() if caps else canonical
                note = f"the words of {canonical!r} in the other order"
                if self.p.house_style and not self._writes_whole(canonical):
                    own = f"{note}; the document never writes {canonical!r}: its own style?"
                    self.suggestions.append(Edit(start, end, replacement, "names/variant", own))
                else:
                    self._edit(start, end, replacement, "names/variant", note)
                    self._anchor(last, start, self.text[start:end])
                    self.named_in_full.setdefault(last, self.text[start:end])
                self._claim(i, i + 1)
                break

    def _in_longer_name(self, i: int) -> bool:
        """Units i and i+1 stand inside a longer name: a capitalised word right after them,
        or one right before them that is no title, nationality, party or word opening the
        sentence ("Japanese Prime Minister Ishiba Shigeru" is the name alone)."""
        units = self.units
        if i + 2 < len(units) and self._adjacent(i + 1, i + 2):
            return True
        if i == 0 or not self._adjacent(i - 1, i) or self._titled(i):
            return False
        prev = units[i - 1].text
        f = nm.fold(prev)
        opens = self._is_start(i - 1) and nm.is_word(f) and f not in nm.given_names()
        return not (opens or _modifier(prev) or f in nm.calendar())
