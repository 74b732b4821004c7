"""Edits, results, applying edits and mapping them back to the original text.

A pass proposes :class:`Edit` objects in the coordinates of the text it saw. The pipeline
applies them and records each as a :class:`Change`, which also carries the span in the
*original* input, the text before and after, and the pass that made it. A :class:`Result`
holds the cleaned text and its changes, and can replay them.

>>> from cleantext.edits import Edit, apply_edits
>>> apply_edits("in EuropeHowever, the", [Edit(9, 9, ". ", "sentences/run-together")])
'in Europe. However, the'
"""

from __future__ import annotations

import bisect
import collections
import difflib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cleantext.errors import PassError


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``; ``rule`` says why.

    Edits are data: a pass returns them, it never changes text itself.

    >>> e = Edit(3, 5, "", "whitespace/trailing", "trailing spaces")
    >>> e.start, e.end, e.replacement, e.rule
    (3, 5, '', 'whitespace/trailing')
    """

    start: int
    end: int
    replacement: str
    rule: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    """One applied edit, explained against the original input.

    ``start``/``end`` index the original text (an insertion has ``start == end``);
    ``before`` is the text the pass replaced and ``after`` what it wrote. ``stage`` is the
    index of the pass in its pipeline (counted on through a settling pipeline's later
    rounds: the fifth pass of four is the first pass's second run) and ``edit`` the edit as
    proposed, in that pass's coordinates, so that :func:`replay` can reproduce the output
    exactly.

    >>> import cleantext
    >>> result = cleantext.Pipeline([cleantext.passes.NormalizeWhitespace()]).run("a  \\nb")
    >>> c = result.edits[0]
    >>> (c.rule, c.start, c.end, c.before, c.after)
    ('whitespace/trailing', 1, 3, '  ', '')
    """

    rule: str
    start: int
    end: int
    before: str
    after: str
    note: str
    pass_name: str
    stage: int
    edit: Edit

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict of the change.

        >>> import cleantext
        >>> pipe = cleantext.Pipeline([cleantext.passes.NormalizeWhitespace()])
        >>> d = pipe.run("a \\n").edits[0].as_dict()
        >>> d["rule"], d["start"], d["end"], d["before"], d["after"]
        ('whitespace/trailing', 1, 2, ' ', '')
        """
        return {
            "rule": self.rule,
            "pass": self.pass_name,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "note": self.note,
        }


def check_edits(text: str, edits: Sequence[Edit], pass_name: str = "?") -> list[Edit]:
    """Return ``edits`` sorted by position, without those that change nothing (a change
    that is none would fail ``check`` on a file that ``fix`` cannot change), or raise
    :class:`PassError` if they overlap.

    Two insertions at the same offset count as overlapping: a pass merges them itself.

    >>> check_edits("abc", [Edit(2, 3, "", "r"), Edit(0, 1, "", "r")])[0].start
    0
    >>> check_edits("abc", [Edit(0, 1, "a", "r")])
    []
    >>> check_edits("abc", [Edit(0, 2, "", "r"), Edit(1, 3, "", "r")])
    Traceback (most recent call last):
    ...
    cleantext.errors.PassError: edits overlap: [0, 2) and [1, 3) (pass ?, at offset 1)
    """
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    prev_end = -1
    prev: Edit | None = None
    n = len(text)
    for e in ordered:
        if not (0 <= e.start <= e.end <= n):
            raise PassError(
                f"edit [{e.start}, {e.end}) lies outside the text of length {n}",
                pass_name=pass_name,
                position=e.start,
            )
        if prev is not None and (
            e.start < prev_end or (e.start == prev.start and e.start == e.end == prev.end)
        ):
            raise PassError(
                f"edits overlap: [{prev.start}, {prev.end}) and [{e.start}, {e.end})",
                pass_name=pass_name,
                position=e.start,
            )
        prev, prev_end = e, e.end
    return [e for e in ordered if text[e.start : e.end] != e.replacement]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to ``text`` and return the new text.

    >>> apply_edits("said.The", [Edit(5, 5, " ", "sentences/missing-space")])
    'said. The'
    """
    out: list[str] = []
    pos = 0
    for e in check_edits(text, list(edits)):
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps positions in an edited text back to the text before the edits.

    ``pieces`` holds ``(new_start, new_end, old_start, old_end)`` for every replaced span,
    in order. Positions in unchanged text shift by the edits before them; a position
    inside a replacement maps to the start (``side="left"``) or end of the replaced span.

    >>> m = OffsetMap.from_edits([Edit(2, 4, "XYZ", "r")])
    >>> [m.to_old(p) for p in (0, 2, 5, 6)]
    [0, 2, 4, 5]
    """

    pieces: tuple[tuple[int, int, int, int], ...]
    starts: tuple[int, ...] = field(default=(), repr=False)
    old_starts: tuple[int, ...] = field(default=(), repr=False)

    @classmethod
    def from_edits(cls, ordered: Sequence[Edit]) -> OffsetMap:
        """Build the map for sorted, non-overlapping edits."""
        pieces = []
        shift = 0
        for e in ordered:
            new_start = e.start + shift
            new_end = new_start + len(e.replacement)
            pieces.append((new_start, new_end, e.start, e.end))
            shift += len(e.replacement) - (e.end - e.start)
        return cls(tuple(pieces), tuple(p[0] for p in pieces), tuple(p[2] for p in pieces))

    def to_old(self, pos: int, side: str = "left") -> int:
        """Position in the old text that corresponds to ``pos`` in the new text.

        ``side`` says which end of a replaced span a position inside it maps to:
        ``"left"`` its start, ``"right"`` its end. ``"start"`` and ``"end"`` read a span's
        start and end as narrowly as the text allows: inside a replacement they widen to
        all of it (``"left"``, ``"right"``), but where text was only deleted, a span's
        start goes after the deleted text and its end before it, so that a later edit
        next to a removed line does not claim that line.

        >>> m = OffsetMap.from_edits([Edit(0, 14, "", "r")])  # a line of 14 deleted
        >>> m.to_old(0, "left"), m.to_old(0, "start"), m.to_old(0, "end")
        (0, 14, 0)
        """
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos
        new_start, new_end, old_start, old_end = self.pieces[i]
        if pos == new_end == new_start:  # text was only deleted here
            return old_start if side in ("left", "end") else old_end
        if pos >= new_end:
            return old_end + (pos - new_end)
        if pos == new_start:
            return old_start
        return old_start if side in ("left", "start") else old_end

    def to_new(self, pos: int, side: str = "left") -> int:
        """Position in the new text that corresponds to ``pos`` in the old text: inside a
        replaced span (or at an insertion), the start (``"left"``) or the end
        (``"right"``) of its replacement.

        >>> m = OffsetMap.from_edits([Edit(2, 4, "XYZ", "r"), Edit(6, 6, "!", "r")])
        >>> [m.to_new(p) for p in (0, 2, 3, 4, 5, 6)]
        [0, 2, 2, 5, 6, 7]
        >>> [m.to_new(p, "right") for p in (2, 3, 6)]  # a replacement that opens there is after
        [2, 5, 8]
        """
        if side == "left":
            i = bisect.bisect_left(self.old_starts, pos)
            if i < len(self.pieces) and self.pieces[i][2] == pos:
                return self.pieces[i][0]  # the first replacement that opens there
            i -= 1
        else:
            i = bisect.bisect_right(self.old_starts, pos) - 1
        if i < 0:
            return pos
        new_start, new_end, old_start, old_end = self.pieces[i]
        if pos >= old_end:
            return new_end + (pos - old_end)
        return new_start if side == "left" or pos == old_start else new_end


def replay(text: str, changes: Sequence[Change]) -> str:
    """Re-apply a result's changes to its input, pass by pass, and return the output.

    >>> import cleantext
    >>> raw = "Advertisement\\n\\nThe end .  \\n"
    >>> result = cleantext.Pipeline.default().run(raw)
    >>> replay(raw, result.edits) == result.text
    True
    """
    by_stage: dict[int, list[Edit]] = collections.defaultdict(list)
    for c in changes:
        by_stage[c.stage].append(c.edit)
    for stage in sorted(by_stage):
        text = apply_edits(text, by_stage[stage])
    return text


@dataclass(frozen=True, slots=True)
class Result:
    """The output of :meth:`cleantext.Pipeline.run`: cleaned text plus every change.

    ``suggestions`` holds edits the passes were unsure of (only when asked for with
    ``run(text, suggestions=True)``); they are not part of :attr:`text`.

    >>> import cleantext
    >>> r = cleantext.Pipeline.default().run("Prices rose in EuropeHowever, the euro fell.")
    >>> r.text
    'Prices rose in Europe. However, the euro fell.'
    >>> [c.rule for c in r.edits]
    ['sentences/run-together']
    >>> r.changed
    True
    """

    original: str
    text: str
    edits: tuple[Change, ...]
    suggestions: tuple[Change, ...] = ()

    @property
    def changed(self) -> bool:
        """True when the cleaned text differs from the input."""
        return self.text != self.original

    def counts(self) -> dict[str, int]:
        """Number of changes per rule, most frequent first.

        >>> import cleantext
        >>> cleantext.Pipeline.default().run("a  \\nb \\n").counts()
        {'whitespace/trailing': 2}
        """
        return dict(collections.Counter(c.rule for c in self.edits).most_common())

    def replay(self) -> str:
        """Re-apply the changes to :attr:`original`; equals :attr:`text`.

        >>> import cleantext
        >>> r = cleantext.Pipeline.default().run("ADVERTISEMENT\\n\\nText.")
        >>> r.replay() == r.text
        True
        """
        return replay(self.original, self.edits)

    def edits_frame(self, *, suggestions: bool = False) -> Any:
        """The changes as a pandas DataFrame (see :func:`cleantext.frames.edits_frame`).

        >>> import cleantext
        >>> cleantext.Pipeline.default().run("a  \\n").edits_frame()["rule"].tolist()
        ['whitespace/trailing']
        """
        from cleantext.frames import edits_frame

        return edits_frame(self, suggestions=suggestions)

    def diff(self, *, context: int = 3, fromfile: str = "original", tofile: str = "cleaned") -> str:
        """A unified diff of original against cleaned text (empty when nothing changed).

        >>> import cleantext
        >>> print(cleantext.Pipeline.default().run("One.\\nADVERTISEMENT\\nTwo.\\n").diff(), end="")
        --- original
        +++ cleaned
        @@ -1,3 +1,2 @@
         One.
        -ADVERTISEMENT
         Two.
        """
        from cleantext.render import escape_surrogates

        # a lone surrogate (the input of unicode/surrogate) is written as its escape, so
        # that the diff prints and encodes
        diff = unified_diff(self.original, self.text, fromfile, tofile, context=context)
        return escape_surrogates(diff)

    def __repr__(self) -> str:
        counts = ", ".join(f"{rule}: {n}" for rule, n in self.counts().items())
        n = len(self.edits)
        return f"Result({n} change{'' if n == 1 else 's'}{'; ' + counts if counts else ''})"

    def _repr_html_(self) -> str:
        from cleantext.render import result_html

        html_text: str = result_html(self)
        return html_text


def chains(changes: Sequence[Change]) -> list[tuple[int, int, list[Change]]]:
    """Changes grouped by overlapping spans of the original, in order: ``(start, end,
    members)``, members in the order they were made.

    A later pass (or a later round of a settling pipeline) can rewrite or remove text that
    an earlier one wrote; its change then maps onto the same span of the original, or
    touches the insertion point from either side. Such changes are one change to the
    original text, shown (in a notebook) and reported (by the command line) as one: spans
    that overlap merge, and so do spans that meet at a point where some change inserted
    text.

    >>> import cleantext
    >>> result = cleantext.Pipeline.default().run("Price&nbsp;5")
    >>> [(start, end, [c.rule for c in members]) for start, end, members in chains(result.edits)]
    [(5, 11, ['unicode/html-entity', 'whitespace/odd-space'])]
    """
    groups: list[tuple[int, int, list[Change]]] = []
    open_end = False  # the last group has an insertion at its end point
    for c in sorted(changes, key=lambda c: (c.start, c.end, c.stage)):
        empty = c.start == c.end
        if groups:
            g_start, g_end, members = groups[-1]
            if c.start < g_end or (c.start == g_end and (empty or open_end)):
                new_end = max(g_end, c.end)
                open_end = (open_end and new_end == g_end) or (empty and c.start == new_end)
                members.append(c)
                groups[-1] = (g_start, new_end, members)
                continue
        groups.append((c.start, c.end, [c]))
        open_end = empty
    for _, _, members in groups:
        members.sort(key=lambda c: c.stage)
    return groups


def describe(change: Change) -> str:
    """One line that explains a change: rule, before -> after, note.

    >>> c = Change("names/variant", 0, 5, "Marsh", "Mensch", "score 0.82", "names", 0,
    ...            Edit(0, 5, "Mensch", "names/variant"))
    >>> describe(c)
    "names/variant 'Marsh' -> 'Mensch' (score 0.82)"
    """
    text = f"{change.rule} {_show(change.before)} -> {_show(change.after)}"
    return f"{text} ({change.note})" if change.note else text


def _show(s: str, limit: int = 60) -> str:
    if len(s) > limit:
        s = s[: limit // 2] + "…" + s[-limit // 2 :]
    return repr(s)


def escape(s: str) -> str:
    """HTML-escape text, quotes included.

    >>> escape('<a href="x">')
    '&lt;a href=&quot;x&quot;&gt;'
    """
    return html.escape(s, quote=True)


def unified_diff(original: str, text: str, fromfile: str, tofile: str, *, context: int = 3) -> str:
    r"""The unified diff of ``original`` against ``text``, in the form that ``patch`` and
    ``git apply`` apply.

    Lines end at ``\n`` only, as those tools (and ``git diff``) read them: a ``\r`` of old
    Mac line endings, a form feed or a U+2028 stays inside its line, so a file with CR line
    endings is one line. (``str.splitlines`` splits at those too, and the "No newline"
    marker then lands inside a hunk, which ``patch`` rejects.)

    >>> print(unified_diff("One.\n", "One.", "x", "y"), end="")
    --- x
    +++ y
    @@ -1 +1 @@
    -One.
    +One.
    \ No newline at end of file
    """
    lines = difflib.unified_diff(
        _lines(original), _lines(text), fromfile=fromfile, tofile=tofile, n=context
    )
    marker = "\n\\ No newline at end of file\n"
    return "".join(line if line.endswith("\n") else line + marker for line in lines)


def _lines(text: str) -> list[str]:
    r"""``text`` split after each ``\n`` (and nowhere else), ends kept.

    >>> _lines("a\rb\n\x0cc\n"), _lines("a\nb"), _lines("")
    (['a\rb\n', '\x0cc\n'], ['a\n', 'b'], [])
    """
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
