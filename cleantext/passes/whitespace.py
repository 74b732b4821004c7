"""NormalizeWhitespace: trailing spaces, runs of blank lines, odd spaces, zero-width characters.

Paragraph structure stays: a blank line between paragraphs remains one blank line; line
endings (LF, CRLF) are kept as they are; indentation at the start of a line is kept.

>>> from cleantext.passes import NormalizeWhitespace
>>> NormalizeWhitespace()("One  \\n\\n\\n\\nTwo\\u00a0words\\u200b.\\n")
'One\\n\\nTwo words.\\n'
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Literal

import regex

from cleantext.edits import Edit
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass, check_options
from cleantext.passes.code_spans import outside_code
from cleantext.passes.spaces import (
    INVISIBLE,
    JOINERS,
    JOINERS_IN_LATIN,
    ODD_SPACES,
    TAB_FIELDS,
    ZERO_WIDTH,
)
from cleantext.passes.typeset import narrow_typeset, nbsp_typeset
from cleantext.passes.unicode_c1 import _HIGH

_SPACE = " \t"
# The character classes, the may-change screen and the strip set below are made of the
# odd spaces and zero-width characters of :mod:`cleantext.passes.spaces`.
_BREAK = regex.compile(r"\r\n|\r|\n")
# Three or more line breaks, possibly with whitespace-only lines among them.
_ODD_OR_ZW = ODD_SPACES + ZERO_WIDTH
_ODD_OR_ZW_OR_SHY = _ODD_OR_ZW + "\u00ad" + JOINERS  # and the joiners (JOINERS_IN_LATIN)
# Soft hyphens between two letters: hints for breaking a word that no reader sees
# ("Over\u00adnight"); one that opens a word stays (it breaks nothing there), and so does
# one beside a character that UTF-8 read as Windows-1252 or Latin-1 is made of: the two
# characters it would join may read as damage that the unicode pass then decodes on a
# second run ("a\u00ad\u00d2\u20ac").
_MOJIBAKE_CHARS = regex.escape("".join(sorted(c for c in _HIGH if not c.isascii())))
# Characters of no width around it do not count (spaces.INVISIBLE): the pass removes them
# too, and a second run would read the letters they kept apart ("ab\u200b\u00adO").
_SOFT_HYPHENS = regex.compile(
    rf"(?<=\p{{L}}[{INVISIBLE}]*)(?<![{_MOJIBAKE_CHARS}][{INVISIBLE}]*)\u00ad++"
    rf"(?=[{INVISIBLE}]*\p{{L}})(?![{INVISIBLE}]*[{_MOJIBAKE_CHARS}])"
)
_HWS = _SPACE + _ODD_OR_ZW
_BLANK_RUN = regex.compile(f"(\\r\\n|\\r|\\n)(?:[{_HWS}]*+(?:\\r\\n|\\r|\\n)){{2,}}+")
# The same from one blank line on, for ``max_blank_lines=0``.
_ANY_BLANK_RUN = regex.compile(f"(\\r\\n|\\r|\\n)(?:[{_HWS}]*+(?:\\r\\n|\\r|\\n))++")
# Leading blank lines of the text.
_LEADING = regex.compile(f"\\A(?:\\ufeff)?+((?:[{_HWS}]*+(?:\\r\\n|\\r|\\n))++)")
_THREE_BREAKS = regex.compile(r"(?:\r\n|\r|\n){3}")
_TWO_BREAKS = regex.compile(r"(?:\r\n|\r|\n)[ \t]*+(?:\r\n|\r|\n)")
_SPACE_FIRST = regex.compile(r"\s")


def _may_change(text: str) -> bool:
    """False only for text this pass leaves alone; cheap substring tests first.

    Equivalent to one search for trailing spaces, three line breaks, odd or invisible
    spaces, double spaces or leading whitespace, but each test here runs at memchr speed
    (one alternation regex over the whole text ran at 7 MB/s).
    """
    if (
        "  " in text
        or " \n" in text
        or ("\t" in text and "\t\n" in text)  # one character is found 20x faster than two
        or text.endswith((" ", "\t", "\n\n", "\r\n\r\n", "\r\r"))
        or "\x0c" in text
        or _SPACE_FIRST.match(text) is not None
    ):
        return True
    if "\r" in text:  # rare: its own tests only then
        if " \r" in text or "\t\r" in text or _THREE_BREAKS.search(text) is not None:
            return True
    elif "\n\n\n" in text:
        return True
    # one search per character: each runs at memchr speed, the character class did not
    return not text.isascii() and any(c in text for c in _ODD_OR_ZW_OR_SHY)


@functools.cache
def _run_pattern(odd_spaces: bool, zero_width: bool) -> regex.Pattern[str]:
    """Maximal runs of horizontal whitespace (and, as options say, odd and invisible spaces)
    that may need an edit: a lone space or tab in the middle of a line never does, so it is
    not matched (prose has one at every word; a Python call for each was most of the cost).
    """
    special = (ODD_SPACES if odd_spaces else "") + (ZERO_WIDTH if zero_width else "")
    chars = _SPACE + special
    lone = f"|[{special}]" if special else ""
    return regex.compile(rf"(?<![{chars}])(?:[{chars}]{{2,}}+{lone}|[{_SPACE}](?=[\r\n]|\Z))")


_HWS_BREAKS = _HWS + "\r\n"
# A line that opens or closes a fenced code block (up to three spaces before the fence).
_FENCE = regex.compile(r" {0,3}(?:```|~~~)")
# A list marker opening a line ("-   item", "*  item", "3)  item"), or a comment or
# quotation marker ("--   note", "#  - PST", ">    1. Set"): the spaces after it indent
# the line, like the spaces before it.
_LIST_MARKER = regex.compile(r"[ \t]*+(?:[^\w\s]{1,3}|\d{1,3}[.)]|[a-zA-Z][.)])\Z")
# A run of two spaces or more between two visible characters, and where it ends.
_INNER_RUN = regex.compile(r"(?<=\S) {2,}+(?=\S)")
# A row of numbers (three or more) that runs of spaces set in columns: data.
_NUMBER_ROW = regex.compile(
    r"[ \t]*+(?:[-+]?+\.?+\d[\w.,:+-]*+[ \t]++){2,}+[-+]?+\.?+\d[\w.,:+-]*+\s*+"
)
# A code that opens a line before a run of spaces: a time, a time code, a number or a
# date, no letter ("10:00    Doors open", "01:02:10:05  NARRATOR", "2.1  Scope").
_LEADING_CODE = regex.compile(r"[ \t]*+\d[\d:.,/-]*+(?=  )")
# A time of day beside a run of spaces: a field of a schedule, a chat log or a fixture
# list ("priya  10:43 AM", "KO 17:30  Sheffield Utd v Luton").
_TIME_FIELD = regex.compile(r"(?<![\w:.])\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?+(?![\w:])")
# A postal code after a two-letter state or province and the two spaces that the postal
# services' address standards ask for ("Ottawa ON  K1P 1J1", "Springfield, IL  62701").
_POSTAL = regex.compile(r"\b[A-Z]{2}  (?:[A-Z]\d[A-Z] \d[A-Z]\d|\d{5}(?:-\d{4})?+)\b")
# A date stamp of mail and changelogs after two spaces (" -- Jane <jane@x.org>  Sat, 03
# Feb 2024 18:22:10 +0000", as Debian's changelog writes its sign-off).
_STAMP_FIELD = regex.compile(r"  (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4}\b")
_ZW_SET = frozenset(ZERO_WIDTH)
_ZW_DELETE = str.maketrans("", "", ZERO_WIDTH)
_ODD_RE = regex.compile(f"[{ODD_SPACES}]")


@dataclass(frozen=True, slots=True)
class NormalizeWhitespace(Pass):
    """Tidy whitespace without changing paragraph structure or line endings.

    Options (keyword-only, same names in TOML): ``max_blank_lines`` (1: runs of blank
    lines shrink to one), ``odd_spaces`` (non-breaking and other odd spaces become a
    plain space), ``zero_width`` (drop U+200B, U+2060 and stray U+FEFF), ``collapse_spaces``
    (two spaces between words become one; two after ``. ! ? :`` are a style and stay),
    ``hard_breaks`` (``"auto"``: in a Markdown document, see :class:`Context`, two spaces
    or more that end a line inside a paragraph are a hard line break and stay; ``True``
    keeps them in any text, ``False`` in none).

    Rules: ``whitespace/trailing``, ``whitespace/blank-lines``, ``whitespace/odd-space``,
    ``whitespace/zero-width``, ``whitespace/spaces``, ``whitespace/leading``.

    >>> NormalizeWhitespace()("    indented code\\r\\n\\r\\n\\r\\nnext\\r\\n")
    '    indented code\\r\\n\\r\\nnext\\r\\n'
    """

    name: ClassVar[str] = "whitespace"
    rules: ClassVar[tuple[str, ...]] = (
        "whitespace/trailing",
        "whitespace/blank-lines",
        "whitespace/odd-space",
        "whitespace/zero-width",
        "whitespace/spaces",
        "whitespace/leading",
    )

    max_blank_lines: int = 1
    odd_spaces: bool = True
    zero_width: bool = True
    collapse_spaces: bool = True
    hard_breaks: bool | Literal["auto"] = "auto"

    def __post_init__(self) -> None:
        check_options(self)

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if not _may_change(text) and not (self.max_blank_lines == 0 and _TWO_BREAKS.search(text)):
            return []
        body_end = len(text.rstrip(_HWS_BREAKS))
        if body_end == 0:  # nothing but whitespace: nothing at all (a leading BOM stays)
            return _emptied(text)
        found: list[Edit] = []
        lead = _leading_edit(text)
        if lead is not None:
            found.append(lead)
        tail = _trailing_edit(text, body_end)
        if tail is not None:
            found.append(tail)
        found += _blank_run_edits(text, body_end, self.max_blank_lines + 1)
        found += self._space_run_edits(text, context)
        if self.collapse_spaces and "\t" in text:
            found += _stray_tab_edits(text)
        if self.zero_width and "\u00ad" in text:
            found += [
                Edit(m.start(), m.end(), "", "whitespace/zero-width", _codes(m.group()))
                for m in _SOFT_HYPHENS.finditer(text)
            ]
        if self.zero_width and ("\u200c" in text or "\u200d" in text):
            found += [
                Edit(m.start(), m.end(), "", "whitespace/zero-width", _codes(m.group()))
                for m in JOINERS_IN_LATIN.finditer(text)
            ]
        # what code quotes is literal: its spaces and blank lines stay
        return _resolve(outside_code(text, found, junk=_JUNK))

    def _space_run_edits(self, text: str, context: Context) -> list[Edit]:
        """The edits for the runs of spaces of ``text`` that need one, in text order; the
        Markdown hard line breaks stay (``hard_breaks``, or ``context`` when ``"auto"``).
        """
        laid_out = _lazy_layout(text, zero_width=self.zero_width)
        breaks = self.hard_breaks is True or (self.hard_breaks == "auto" and context.markdown)
        in_code = (
            _lazy_indented_code(text) if context.markdown or self.hard_breaks is True else None
        )
        found: list[Edit] = []
        for m in _run_pattern(self.odd_spaces, self.zero_width).finditer(text):
            if breaks and _hard_break(text, m.start(), m.end()):
                continue
            if (
                in_code is not None
                and _trailing_spaces(text, m.start(), m.end())
                and in_code(m.start())
            ):
                continue  # Markdown code is literal: as in a fenced block, they stay
            edit = self._space_run(text, m.start(), m.end(), laid_out)
            if edit is not None:
                found.append(edit)
        return found

    def _space_run(
        self, text: str, start: int, end: int, laid_out: Callable[[int], bool]
    ) -> Edit | None:
        """The edit for one run of spaces, judged by where it stands in its line
        (``laid_out``: whether the run at an offset lays the text out, see :class:`_Layout`).
        """
        if start == 0 and text[0] == "\ufeff":
            start = 1  # a byte-order mark at the very start belongs to the file layer
            if start == end:
                return None
        run = text[start:end]
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        if before == "`" and after == "`" and all(c in _ZW_SET for c in run):
            return None  # "`\u200b`" keeps two backtick runs apart: dropped, they would
            # make one longer run and change where a code span ends
        if run == "\u2009" and before.isdigit() and after.isdigit():
            return None  # SI typesetting groups digits with thin spaces: "116\u2009592\u2009070"
        if run == "\u202f" and narrow_typeset(before, after):
            return None  # French and SI typesetting: "«\u202fOui\u202f!\u202f»", "2\u202f735"
        if run == "\u00a0" and nbsp_typeset(text, start):
            return None  # "match\u00a0:", "50\u00a0000", "w\u00a0środę", "5\u00a0km"
        if before == "\r" and text[end : end + 1] == "\n":
            # a line of blanks between a lone CR and a LF: emptied, the two breaks would
            # become one CRLF, and a blank line (a paragraph's end) would be lost (at the
            # text's end no LF follows: "a\r\t" loses its tab as "a\n\t" does)
            return None
        has_zw = any(c in _ZW_SET for c in run)
        has_odd = _ODD_RE.search(run) is not None
        if after in "\r\n":
            rule = (
                "whitespace/zero-width"
                if run.strip("".join(_ZW_SET)) == ""
                else "whitespace/trailing"
            )
            note = _codes(run) if rule == "whitespace/zero-width" else "trailing whitespace"
            return Edit(start, end, "", rule, note)
        fixed = "".join(c for c in run if c not in _ZW_SET)
        if before in "\r\n" and "\x0c" in fixed:
            fixed = fixed.replace("\x0c", "")  # a page break opening a line indents nothing
        fixed = _ODD_RE.sub(" ", fixed)
        if (
            self.collapse_spaces
            and before not in "\r\n"
            and len(fixed) >= 2
            and fixed.strip(" ") == ""
            # two spaces after a sentence are a typing style; a page break beside a
            # space is no one's style ("refund.\x0c Ticket")
            and (before not in ".!?:" or "\x0c" in run)
            and not laid_out(start)
        ):
            fixed = " "
        if fixed == run:
            return None
        if has_zw:
            return Edit(start, end, fixed, "whitespace/zero-width", _codes(run))
        if has_odd:
            return Edit(start, end, fixed, "whitespace/odd-space", _codes(run))
        return Edit(start, end, fixed, "whitespace/spaces", "repeated spaces")


def _emptied(text: str) -> list[Edit]:
    """The edit that empties ``text``, nothing but whitespace, keeping a leading byte-order
    mark (none when that mark is all there is).

    >>> [(e.start, e.end, e.rule) for e in _emptied("\\ufeff \\n\\n")]
    [(1, 4, 'whitespace/blank-lines')]
    """
    start = 1 if text.startswith("\ufeff") else 0
    if start == len(text):
        return []
    return [Edit(start, len(text), "", "whitespace/blank-lines", "text is only whitespace")]


def _leading_edit(text: str) -> Edit | None:
    """The edit that drops the blank lines before the text (after a byte-order mark), if any.

    >>> lead = _leading_edit(" \\n\\nText\\n")
    >>> (lead.start, lead.end), _leading_edit("  Text\\n")
    ((0, 3), None)
    """
    lead = _LEADING.match(text)
    if not lead:
        return None
    return Edit(lead.start(1), lead.end(1), "", "whitespace/leading", "blank lines before the text")


def _trailing_edit(text: str, body_end: int) -> Edit | None:
    """The edit that leaves one line break after the last visible character (at
    ``body_end``) when two or more follow it, else None.

    >>> tail = _trailing_edit("Text\\r\\n\\r\\n", 4)
    >>> (tail.start, tail.end, tail.replacement), _trailing_edit("Text\\n", 4)
    ((4, 8, '\\r\\n'), None)
    """
    tail_breaks = _BREAK.findall(text, body_end)
    if len(tail_breaks) < 2:
        return None
    return Edit(
        body_end,
        len(text),
        tail_breaks[0],
        "whitespace/blank-lines",
        "blank lines at the end of the text",
    )


def _blank_run_edits(text: str, body_end: int, keep: int) -> list[Edit]:
    """The edits that shrink each run of more than ``keep`` line breaks (blank lines among
    them) before ``body_end`` to ``keep`` line breaks, in text order.

    >>> [(e.start, e.end, e.replacement) for e in _blank_run_edits("A\\n\\n\\n\\nB", 6, 2)]
    [(1, 5, '\\n\\n')]
    """
    found: list[Edit] = []
    for m in (_BLANK_RUN if keep > 1 else _ANY_BLANK_RUN).finditer(text, 0, body_end):
        ends = _BREAK.findall(m.group())
        if len(ends) > keep:
            # the line before keeps its ending, and each blank line kept the ending of a
            # blank line of the run (in mixed text, "A\n\r\n\r\n\r\nB" -> "A\n\r\nB")
            kept = ends[0] + "".join(ends[len(ends) - keep + 1 :])
            if len(_BREAK.findall(kept)) != keep:
                # a lone CR before a LF would read as one CRLF ("A\r \n \nB"): the line
                # before's ending, repeated, keeps the count ("A\r\rB")
                kept = ends[0] * keep
            found.append(
                Edit(
                    m.start(),
                    m.end(),
                    kept,
                    "whitespace/blank-lines",
                    f"{len(ends) - 1} blank lines -> {keep - 1}",
                )
            )
    return found


def _lazy_layout(text: str, *, zero_width: bool) -> Callable[[int], bool]:
    """Whether the run of spaces at an offset of ``text`` lays it out (:meth:`_Layout.keeps`),
    as a function that lays the text out on its first call only (most texts never ask).
    """
    layout: list[_Layout] = []

    def laid_out(offset: int) -> bool:
        if not layout:
            layout.append(_Layout(text, zero_width=zero_width))
        return layout[0].keeps(offset)

    return laid_out


def _trailing_spaces(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of spaces and tabs only and ends its line."""
    return (
        text[end : end + 1] in ("", "\r", "\n")
        and text.count(" ", start, end) + text.count("\t", start, end) == end - start
    )


def _lazy_indented_code(text: str) -> Callable[[int], bool]:
    """Whether the offset of ``text`` stands in a line of a Markdown indented code block
    (:func:`_indented_code`), as a function that finds the blocks on its first call only
    (most texts never ask).

    >>> in_code = _lazy_indented_code("Text\\n\\n    code  \\nText  \\n")
    >>> in_code(12), in_code(20)
    (True, False)
    """
    found: list[tuple[list[int], set[int]]] = []

    def in_code(offset: int) -> bool:
        if not found:
            starts, lines = _split_lines(text)
            found.append((starts, _indented_code(lines)))
        starts, code = found[0]
        return bisect.bisect_right(starts, offset) - 1 in code

    return in_code


def _indented(line: str) -> bool:
    """Whether ``line`` is indented by four columns or more (a tab counts to the next stop
    of four)."""
    spaces = len(line) - len(line.lstrip(" "))
    return spaces >= 4 or line[spaces : spaces + 1] == "\t"


def _indented_code(lines: list[str]) -> set[int]:
    """The indices of the lines that make Markdown indented code blocks: lines indented by
    four columns or more after a blank line or such a line (an indented line cannot
    interrupt a paragraph: it goes on with it), and the indented blank lines between them.

    >>> sorted(_indented_code(["Text", "", "    a", "     ", "    b", "", "x", "    y"]))
    [2, 3, 4]
    """
    code: set[int] = set()
    open_block = False
    after_blank = True
    for i, line in enumerate(lines):
        indented = _indented(line)
        if line.strip(_HWS) == "":
            if open_block and indented:
                code.add(i)
            after_blank = True
            continue
        open_block = indented and (after_blank or open_block)
        if open_block:
            code.add(i)
        after_blank = False
    return code


def _hard_break(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is a Markdown hard line break: two plain spaces
    or more after a character of the line, before a line break and a line that goes on
    with the paragraph (not a blank line, not the end of the text).

    >>> text = "Roses are red,  \\nviolets blue.  \\n\\nEnd.  \\n"
    >>> [_hard_break(text, a, b) for a, b in ((14, 16), (29, 31), (37, 39))]
    [True, False, False]
    """
    if end - start < 2 or text.count(" ", start, end) != end - start:
        return False
    if start == 0 or text[start - 1] in "\r\n" or text[end : end + 1] not in ("\r", "\n"):
        return False
    after = _BREAK.match(text, end).end()  # (a line break stands at end)
    stop = _BREAK.search(text, after)
    following = text[after : stop.start() if stop is not None else len(text)]
    return following.translate(_ZW_DELETE).strip() != ""  # the paragraph goes on


class _Layout:
    """Where runs of spaces lay a text out rather than err: every line of a fenced or
    indented code block, a table row (``|`` or ``+-`` first), a line whose runs make
    columns with the line above or below (:func:`_aligned`), a line over or under a rule of
    a table (:func:`_ruled`), a line of fields that tabs separate too, and the spaces after
    a list, comment or quotation marker opening a line.

    Columns are counted without zero-width characters when the pass drops them, so that
    dropping them changes no column.

    >>> lay = _Layout("Name   Age\\nAnn    31\\n\\nToo  many.\\n", zero_width=True)
    >>> lay.keeps(4), lay.keeps(14), lay.keeps(25)
    (True, True, False)

    Cells aligned on the right end in the same columns, where their runs start:

    >>> lay = _Layout("Ann      1.5    +2\\nBo      11.5   +12\\n", zero_width=True)
    >>> lay.keeps(3), lay.keeps(22)
    (True, True)
    """

    __slots__ = ("_kept", "_starts", "_text")

    def __init__(self, text: str, *, zero_width: bool) -> None:
        self._text = text
        starts, lines = _split_lines(text)
        self._starts = starts
        seen = [line.translate(_ZW_DELETE) for line in lines] if zero_width else lines
        runs = [list(_INNER_RUN.finditer(line)) for line in seen]
        columns = [{m.end(): len(m.group()) for m in line_runs} for line_runs in runs]
        # cells aligned on the right ("  8,142.15" over " 18,487.46") end where runs start
        cell_ends = [{m.start(): len(m.group()) for m in line_runs} for line_runs in runs]
        kept: set[int] = set()
        fenced = False
        for i, line in enumerate(lines):
            fence = _FENCE.match(line) is not None
            if fence:
                fenced = not fenced
            stripped = line.lstrip(" \t")
            if (
                fence
                or fenced
                or line.startswith(("    ", "\t"))
                or stripped.startswith(("|", "+-", "+="))
                or (i > 0 and _aligned(columns[i], columns[i - 1]))
                or (i + 1 < len(lines) and _aligned(columns[i], columns[i + 1]))
                or (i > 0 and _aligned(cell_ends[i], cell_ends[i - 1]))
                or (i + 1 < len(lines) and _aligned(cell_ends[i], cell_ends[i + 1]))
                or (i > 0 and _marked(seen[i], columns[i], seen[i - 1], columns[i - 1]))
                or (
                    i + 1 < len(lines) and _marked(seen[i], columns[i], seen[i + 1], columns[i + 1])
                )
                or (columns[i] and _NUMBER_ROW.fullmatch(line) is not None)
                or (
                    columns[i]
                    and TAB_FIELDS.search(seen[i]) is not None
                    and not _stray_tabs(lines, i)
                )
                or (columns[i] and _ruled(seen, i))
                or (columns[i] and _numbers_right(seen, i))
                or (columns[i] and _fielded(seen[i]))
            ):
                kept.add(i)
        kept.update(_column_runs(columns))
        self._kept = kept

    def keeps(self, offset: int) -> bool:
        """Whether the run of spaces at ``offset`` lays the text out (see the class)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i in self._kept:
            return True
        return _LIST_MARKER.match(self._text, self._starts[i], offset) is not None


# A tab and the spaces around it inside a line; a line of prose ends with a sentence's end.
_TAB_RUN = regex.compile(r" *+\t[ \t]*+")
_PROSE_LINE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]*+[ \t]*+\Z")
_PROSE_LINE_WORDS = 8
_STRAY_TABS = 2  # tabs in a line of prose that a scraper may leave; more lay out fields


def _stray_tabs(lines: list[str], i: int) -> bool:
    """Whether the tabs of line i are stray ones inside prose: a line of eight words or
    more that ends a sentence, one or two tabs between its words, none opening it, and no
    tab in the lines beside it (a table of fields has them on every line).

    >>> _stray_tabs(["The fares will be\\tfree until May, the council said."], 0)
    True
    >>> _stray_tabs(["Name\\tAge\\tTown", "Ann\\t31\\tLeeds"], 0)
    False
    """
    line = lines[i]
    if "\t" not in line or line[:1] in " \t":
        return False
    runs = list(_TAB_RUN.finditer(line.rstrip(" \t")))
    if not runs or len(runs) > _STRAY_TABS or any(m.start() == 0 for m in runs):
        return False
    plain = _TAB_RUN.sub(" ", line)
    if len(plain.split()) < _PROSE_LINE_WORDS or _PROSE_LINE_END.search(plain) is None:
        return False
    return not any(0 <= j < len(lines) and "\t" in lines[j] for j in (i - 1, i + 1))


def _split_lines(text: str) -> tuple[list[int], list[str]]:
    """Where each line of ``text`` starts, and the lines without their line breaks.

    >>> _split_lines("a\\r\\nbc\\nd")
    ([0, 3, 6], ['a', 'bc', 'd'])
    """
    breaks = list(_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    return starts, [text[a:b] for a, b in zip(starts, ends, strict=True)]


def _stray_tab_edits(text: str) -> list[Edit]:
    """A space for each stray tab (and the spaces around it) inside a line of prose (see
    :func:`_stray_tabs`).

    >>> text = "It was\\t free until May, the council said."
    >>> [(e.start, e.end, e.replacement) for e in _stray_tab_edits(text)]
    [(6, 8, ' ')]
    """
    starts, lines = _split_lines(text)
    edits = []
    for i, line in enumerate(lines):
        if "\t" not in line or not _stray_tabs(lines, i):
            continue
        body = line.rstrip(" \t")
        for m in _TAB_RUN.finditer(body):
            start = starts[i] + m.start()
            edits.append(
                Edit(start, start + len(m.group()), " ", "whitespace/spaces", "a tab in prose")
            )
    return edits


# A rule of a table drawn in text: dashes, equals signs or underscores (with "+" or "|"
# where the columns cross), nothing else.
_RULE = regex.compile(r"[ \t]*+[-=_+|:]{3,}+[-=_+| \t:]*+")


def _ruled(lines: list[str], i: int) -> bool:
    """Whether a rule of a table stands right above or below line i (a header over its
    rule, a total under it): its runs of spaces are the table's columns.

    >>> _ruled(["Crop      2023", "--------------", "Wheat      7.1"], 0)
    True
    >>> _ruled(["Some  text", "more text"], 0)
    False
    """
    return any(
        0 <= j < len(lines) and _RULE.fullmatch(lines[j]) is not None for j in (i - 1, i + 1)
    )


# A last cell of a number after a run of spaces ("   1,378.50", "  -4.2%", "  (12)").
_NUMBER_CELL = regex.compile(r"[-+\u2212(]?+\d(?:[\d.,]*\d)?+[%)]?+")


def _last_number(line: str) -> bool:
    """Whether ``line`` ends in a cell of a number after a run of spaces or a tab
    ("   1,378.50", "  -4.2%", "  (12)"), read from the line's end (a search from its
    start would try every blank of a long run).

    >>> _last_number("Euro       0.92"), _last_number("It rose to 12"), _last_number("Yen  (3)")
    (True, False, True)
    """
    core = line.rstrip(" \t")
    k = max(core.rfind(" "), core.rfind("\t"))
    if k < 1 or not (core[k] == "\t" or core[k - 1] in " \t"):
        return False
    return _NUMBER_CELL.fullmatch(core, k + 1) is not None


def _numbers_right(lines: list[str], i: int) -> bool:
    """Whether line i ends in a cell of a number after a run of spaces that ends in the
    same column as such a cell of the line above or below: a column of numbers aligned on
    the right, whatever the width of the names before them.

    >>> _numbers_right(["Euro       0.92", "Korean won   1,378.50", "Indian rupee   84.07"], 2)
    False
    >>> _numbers_right(["Swiss franc      0.8694", "Indian rupee      84.07"], 1)
    True
    """
    if not _last_number(lines[i]):
        return False
    end = _digits_end(lines[i])
    return any(
        0 <= j < len(lines) and _digits_end(lines[j]) == end and _last_number(lines[j])
        for j in (i - 1, i + 1)
    )


def _digits_end(line: str) -> int:
    """The column where the last number of ``line`` ends, without the bracket of a
    negative amount or a percent sign: accounts align "(6,398)" over "4,912" on digits."""
    line = line.rstrip(" \t")
    return len(line) - 1 if line.endswith((")", "%")) else len(line)


def _fielded(line: str) -> bool:
    """Whether the runs of spaces of ``line`` separate fields: a code or time opens it
    before a run, a time of day stands beside a run, or a postal code follows a state.

    >>> [_fielded(s) for s in ("16:00    Close", "sam_k  10:42 AM", "Ottawa ON  K1P 1J1")]
    [True, True, True]
    >>> _fielded("It was  late at 10:30 when they left.")
    False
    """
    if (
        _LEADING_CODE.match(line) is not None
        or _POSTAL.search(line) is not None
        or _STAMP_FIELD.search(line) is not None
    ):
        return True
    for m in _TIME_FIELD.finditer(line):
        if line.startswith("  ", m.end()) or line.endswith("  ", 0, m.start()):
            return True
    return False


# Lines in a row that a run ending in the same column makes a column of, however short
# the runs ("FT  Brentford 3-1 Fulham" over "FT  Everton 0-0 Burnley" over "FT  Wolves").
_COLUMN_LINES = 3


def _column_runs(columns: list[dict[int, int]]) -> set[int]:
    """The lines that :data:`_COLUMN_LINES` lines in a row or more, each with a run of
    spaces ending in the same column, make: two lines may share a column by chance, three
    lay out a table.

    >>> sorted(_column_runs([{4: 2}, {4: 2}, {4: 2}, {}, {4: 2}, {4: 2}]))
    [0, 1, 2]
    """
    found: set[int] = set()
    for i in range(len(columns) - _COLUMN_LINES + 1):
        shared = set(columns[i])
        for j in range(i + 1, i + _COLUMN_LINES):
            shared = shared & columns[j].keys()
        if shared:
            found.update(range(i, i + _COLUMN_LINES))
    return found


def _aligned(a: dict[int, int], b: dict[int, int]) -> bool:
    """Whether two lines' runs of spaces (end column: length) make columns: two runs that
    end in the same columns, or one of three spaces or more (two spaces in the same column
    of two lines of prose are a coincidence).

    >>> _aligned({6: 2}, {6: 2}), _aligned({6: 3}, {6: 2}), _aligned({6: 2, 12: 2}, {6: 2, 12: 4})
    (False, True, True)
    """
    common = a.keys() & b.keys()
    return len(common) >= 2 or any(max(a[c], b[c]) >= 3 for c in common)


def _marked(a: str, ca: dict[int, int], b: str, cb: dict[int, int]) -> bool:
    """Whether two lines open with a marker or a code, no word, and a run of spaces that
    ends in the same column in both (``#  the``, ``0046  ;``, ``N  um``; ``Some  text``
    over ``more  of it`` is a coincidence).

    >>> _marked("0046  ; A", {6: 2}, "0047  ; B", {6: 2})
    True
    >>> _marked("Some  a", {6: 2}, "more  b", {6: 2})
    False
    """
    if not ca or not cb or min(ca) != min(cb):
        return False
    column = min(ca)
    for line, runs in ((a, ca), (b, cb)):
        head = line[: column - runs[column]].strip()
        if len(head) > 1 and head.isalpha():
            return False  # a word opens the line: prose
    return True


# Rules that remove junk, which is junk in code too (invisible and odd spaces).
_JUNK = frozenset(("whitespace/zero-width", "whitespace/odd-space"))


def _codes(s: str) -> str:
    return " ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in s))


def _resolve(edits: list[Edit]) -> list[Edit]:
    """Drop edits that overlap an earlier, wider one (a trailing odd space, say)."""
    edits.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Edit] = []
    for e in edits:
        if out and (e.start < out[-1].end or (e.start == out[-1].start)):
            continue
        out.append(e)
    return out
