"""A text as a pass reads it, and the way back to the text.

Some passes judge a text as it will read once cleaned: the names pass reads a run of
spaces between two words as one space (``Arthur  Marsh`` is a full name), the sentences
pass reads past the invisible characters that the whitespace pass deletes
(``Europe\\u200bHowever`` is a lost ". "). A :class:`TextView` is the text with those
stretches replaced; the pass runs on it, and :meth:`TextView.edits_back` maps its edits to
offsets of the text itself.

>>> view = TextView.replacing("in Europe\\u200bHowever", [(9, 10)], "")
>>> view.text
'in EuropeHowever'
>>> [(e.start, e.end) for e in view.edits_back([Edit(9, 9, ". ", "r")])]
[(10, 10)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cleantext.edits import Edit


@dataclass(frozen=True, slots=True)
class TextView:
    """``text`` with stretches of the original replaced, and where each piece came from.

    Build one with :meth:`replacing`.

    >>> view = TextView.replacing("Arthur  Marsh left.", [(6, 8)], " ")
    >>> view.text, view.back(7), view.back(12, end=True)
    ('Arthur Marsh left.', 8, 13)
    """

    #: The text as the pass reads it.
    text: str
    #: Where each piece starts in the view, and where it came from in the original.
    starts: tuple[int, ...]
    origins: tuple[int, ...]

    @classmethod
    def replacing(cls, original: str, spans: Iterable[tuple[int, int]], by: str) -> TextView:
        """The view of ``original`` with each of the sorted, disjoint ``spans`` replaced by
        ``by`` (``""`` deletes them).

        >>> TextView.replacing("a\\u00a0\\u00a0b c", [(1, 3)], " ").text
        'a b c'
        """
        pieces: list[str] = []
        starts: list[int] = []
        origins: list[int] = []
        pos = size = 0
        for a, b in spans:
            for piece, origin in ((original[pos:a], pos), (by, a)):
                starts.append(size)
                origins.append(origin)
                pieces.append(piece)
                size += len(piece)
            pos = b
        starts.append(size)
        origins.append(pos)
        pieces.append(original[pos:])
        return cls("".join(pieces), tuple(starts), tuple(origins))

    def back(self, offset: int, end: bool = False) -> int:
        """The offset in the original of ``offset`` in the view: a start (or an insertion)
        goes after a deleted stretch there, an ``end`` after the character before it."""
        if end and offset > 0:
            return self.back(offset - 1) + 1
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.origins[k] + (offset - self.starts[k])

    def edits_back(self, edits: Sequence[Edit]) -> list[Edit]:
        """``edits`` of the view, as edits of the original (an edit that spans a replaced
        stretch replaces it too)."""
        out = []
        for e in edits:
            start = self.back(e.start)
            stop = self.back(e.end, end=True) if e.end > e.start else start
            out.append(Edit(start, stop, e.replacement, e.rule, e.note))
        return out
