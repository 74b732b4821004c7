"""StripBoilerplate: ad markers, share/follow widgets, newsletter nags, photo credits and more.

Whole lines of page boilerplate are removed, one edit per line, with the paragraph structure
around them kept (one break where there was one). When a removed block had split a
paragraph (the text before it ends mid-sentence), the two halves are joined again with
``". "`` or ``" "`` in a single edit. Markers between two sentences of one line
(``...said. Advertisement The company...``) are removed too.

The phrase library is in ``cleantext/data/boilerplate_*.txt`` (see
:mod:`cleantext.passes.boilerplate_library`); a line is boilerplate only when it matches an
entry *as a whole*, so prose that mentions an advertisement or a newsletter stays.

>>> from cleantext.passes import StripBoilerplate
>>> StripBoilerplate()("Markets fell.\\n\\nADVERTISEMENT\\n\\nShares slid.\\n")
'Markets fell.\\n\\nShares slid.\\n'
>>> split = "Title\\n\\nShares fell sharply as the bank cut its outlook\\n\\nAd\\n\\nIt said..."
>>> StripBoilerplate()(split)
'Title\\n\\nShares fell sharply as the bank cut its outlook. It said...'
>>> StripBoilerplate()("The advertisement was banned.\\n\\nShare this article\\n")
'The advertisement was banned.\\n'
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

import regex

from cleantext.edits import Edit, OffsetMap, apply_edits
from cleantext.errors import ConfigError
from cleantext.passes import boilerplate_inside
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass, check_options
from cleantext.passes.boilerplate_inside import trie as _trie
from cleantext.passes.boilerplate_library import (
    DEFAULT_FAMILIES,
    FAMILIES,
    LABELS,
    Library,
    LineMatch,
    current_library,
    expand_families,
    has_doc_markup,
    library,
)
from cleantext.passes.boilerplate_rejoin import (
    _LIST_PREFIX,
    _LOWER_START,
    is_title_like,
    rejoin,
)
from cleantext.passes.code_spans import code_regions, overlaps, rst_blocks
from cleantext.passes.spaces import ZERO_WIDTH
from cleantext.passes.text_view import TextView
from cleantext.resources import load_list

_BREAK = regex.compile(r"\r\n|\r|\n")
# How much of a paragraph that a removal joined to a line is kept to judge the next
# removal after that line: enough to tell prose from a heading
_JOINED_TAIL = 400
_HEADLINE_SLOTS = ("{headline}", "{bracketed}", "{section}")
# A template of a name and one word ("{name} newsletter"), which may title a text too.
_NAMED = regex.compile(r"\{name\} [a-z]+")
# The gap between a marker and its neighbours: spaces, no-break and invisible ones.
_GAP_CHARS = " \u00a0" + ZERO_WIDTH
_GAP = f"[{_GAP_CHARS}]"
_NOT_AFTER_AD = rf"(?!{_GAP}++(?:Standards|Authority|Bureau|Council|Association|Agency|Act|Code)\b)"
# Between two markers of a run: spaces, and a separator a page prints between them
# ("Advertisement \u00b7 Scroll to continue"); after a player's marker, its play time
# ("Listen to this article 2:41").
_BETWEEN = rf"{_GAP}++(?:[-|\u00b7\u2022]{_GAP}++)?+"
_PLAY_TIME = rf"(?:(?<=(?i:article|story)){_GAP}++\d{{1,2}}:\d\d(?::\d\d)?+(?!\d))?+"


def _inline_pattern() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The pattern of inline markers and the family of each marker (from the data file),
    the longest markers first."""
    families: dict[str, str] = {}
    for entry in load_list("boilerplate_inline.txt"):
        marker, _, family = entry.partition("|")
        marker, family = marker.strip(), family.strip() or "ad-marker"
        # in capitals too, but for a marker of two letters: "(AD)" in a listing is audio
        # description, not "(Ad)"
        short = sum(c.isalpha() for c in marker) <= 2
        for form in (marker,) if short else (marker, marker.upper()):
            families[form] = family
    families = {form: families[form] for form in sorted(families, key=len, reverse=True)}
    one = _alternation(families)
    source = (
        rf"(?:(?<=[.!?\u2026][\"'\u201d\u2019)\]]{{0,2}}){_GAP}*+|^{_GAP}*+)"
        rf"(?P<m>{one}(?:{_BETWEEN}{one})*+{_PLAY_TIME})"
        rf"(?:{_NOT_AFTER_AD}(?={_GAP}++[\"'\u201c\u2018(]?[\p{{Lu}}\p{{N}}])|{_GAP}*+$)"
    )
    return regex.compile(source, regex.V0), families


def _alternation(forms: Iterable[str]) -> str:
    """One group that matches any of the marker ``forms``, spaces as written."""
    return "(?:" + "|".join(regex.escape(f).replace(r"\ ", " ") for f in forms) + ")"


_INLINE, _INLINE_FAMILY = _inline_pattern()
# Any marker at all (case kept, as in _INLINE): a text without one has no inline marker.
_ANY_MARKER = re.compile(_trie(_INLINE_FAMILY))


def _unmistakable(form: str) -> bool:
    """A marker form that no sentence writes inside itself: in capitals or of three words
    or more ("the council will ADVERTISEMENT vote", "the club Story continues below
    advertisement in 2021"); not "Sponsored" or "Most Read", which may name something, nor
    "Advertisement" ("ran an Advertisement in capitals"), which goes only where a sentence
    lost its period before it (see :func:`_eaten_markers`).

    >>> _unmistakable("SKIP AD"), _unmistakable("Share this article"), _unmistakable("Sponsored")
    (True, True, False)
    """
    return (form.isupper() and sum(c.isalpha() for c in form) >= 2) or len(form.split()) >= 3


# Words that name the word after them ("Print the word ADVERTISEMENT in a tall typeface",
# "a sign reading SPONSORED"): the marker is the sentence's own. Searched in the few
# characters before a marker (the end of the search is the marker's gap).
_NAMES_A_WORD = regex.compile(
    r"\b(?i:the (?:words?|label|phrase|term|sign|heading|slogan)|marked|labell?ed|stamped"
    r"|reading|reads|read|saying|says|printed|spelling out|spelled out|spelt out|bore|bearing"
    r"|bears|displaying|displayed)\Z"
)
_NAMES_REACH = 16  # characters: "the heading" and "spelling out" fit


def _eaten_pattern() -> regex.Pattern[str]:
    """Markers that follow a word with no sentence end: unmistakable ones, or one opening
    with "Advertisement" ("...on Thursday afternoon ADVERTISEMENT A local ...", "...in a
    row Advertisement The ..."). The gap before the marker is group ``gap``."""
    one = _alternation(_INLINE_FAMILY)
    first = _alternation(
        f for f in _INLINE_FAMILY if f in _UNMISTAKABLE or f.startswith("Advertisement")
    )
    return regex.compile(
        rf"(?<=[\p{{Ll}}\p{{N}}])(?P<gap>{_GAP}++)(?P<m>{first}(?:{_BETWEEN}{one})*+{_PLAY_TIME})"
        rf"(?:{_NOT_AFTER_AD}(?P<space>{_GAP}++)(?=[\"'\u201c\u2018(]?[\p{{L}}\p{{N}}])|{_GAP}*+$)",
        regex.V0,
    )


# The unmistakable forms, longest first (as in _INLINE_FAMILY)
_UNMISTAKABLE = tuple(f for f in _INLINE_FAMILY if _unmistakable(f))
_EATEN_MARKER = _eaten_pattern()


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line
    body: int  # offset of its first non-space character
    stop: int  # end of its last non-space character
    end: int  # end of the line content (before the line break)
    match: LineMatch | None
    para: int = 0  # paragraph number (blank lines separate paragraphs)
    head: int = -1  # effective start after an inline edit at the line start
    tail: int = -1  # effective end after an inline edit at the line end
    shared: bool = False  # a content line comes before it in the same paragraph
    literal: bool = False  # quoted in code, a comment or an underlined heading: no marker
    # is removed from it
    why: str = ""  # why a weak line goes (see _resolve_weak)


@dataclass(frozen=True, slots=True, kw_only=True)
class StripBoilerplate(Pass):
    """Remove whole-line page boilerplate and inline ad markers; rejoin split paragraphs.

    Options (keyword-only; the same names in the ``[tool.cleantext.boilerplate]`` table):

    - ``extra``: more phrases, templates (``"Tap for today's {words}"``), ``re:`` patterns,
      weak ``?`` entries or ``~`` cues (``"~deal of the day"``), rule ``boilerplate/extra``;
    - ``extra_files``: paths of lists in the same format (for instance written by
      :func:`cleantext.learn.write_learned`), rule ``boilerplate/learned``;
    - ``families``: the curated families to use: names of families, ``"default"`` (all but
      ``syndication``) or ``"all"``; default ``("default",)``. ``syndication`` notices
      (``This article originally appeared on Grist.``) credit the source and stay unless
      asked for: ``families=("default", "syndication")``;
    - ``inline``: also remove markers between sentences inside a line (default true);
    - ``rejoin``: join the halves of a paragraph that a removed block had split (default true).

    Rules: ``boilerplate/<family>`` for each family (``ad-marker``, ``continue-reading``,
    ``newsletter``, ``share-follow``, ``comments``, ``photo-credit``, ``read-more``,
    ``cookie-consent``, ``media-widget``, ``app-promo``, ``syndication``),
    ``boilerplate/learned``,
    ``boilerplate/extra``. Every edit stands alone: ignoring one family leaves well-formed
    text.

    >>> strip = StripBoilerplate(extra=("Tap for today's {words}",))
    >>> strip("Lead.\\r\\n\\r\\nTap for today's top deals\\r\\nPhoto: Jane Doe/AFP\\r\\n\\r\\nEnd.")
    'Lead.\\r\\n\\r\\nEnd.'
    >>> [e.rule for e in strip.propose("Lead.\\n\\nTweet\\nShare on Facebook\\n")]
    ['boilerplate/share-follow', 'boilerplate/share-follow']
    """

    name: ClassVar[str] = "boilerplate"
    rules: ClassVar[tuple[str, ...]] = (
        *(f"boilerplate/{f}" for f in FAMILIES),
        "boilerplate/learned",
        "boilerplate/extra",
    )

    extra: tuple[str, ...] = ()
    extra_files: tuple[str, ...] = ()
    families: tuple[str, ...] = DEFAULT_FAMILIES
    inline: bool = True
    rejoin: bool = True

    def __post_init__(self) -> None:
        check_options(self)
        for option in ("extra", "extra_files", "families"):
            value = getattr(self, option)
            if isinstance(value, str):
                value = (value,)
            value = tuple(str(v) if hasattr(v, "__fspath__") else v for v in value)
            if not all(isinstance(v, str) for v in value):
                raise ConfigError(f"boilerplate option {option} must be a list of strings")
            object.__setattr__(self, option, value)
        object.__setattr__(self, "families", expand_families(self.families))
        library(self.families, self.extra, self.extra_files)  # compile (and validate) now

    def _library(self) -> Library:
        return current_library(self.families, self.extra, self.extra_files)

    def classify(self, line: str) -> LineMatch | None:
        """Why ``line`` (one line of text) is boilerplate, or ``None`` if it is not.

        >>> StripBoilerplate().classify("Follow us on Twitter and Instagram").rule
        'boilerplate/share-follow'
        >>> StripBoilerplate().classify("Follow the money, the report says.") is None
        True
        """
        return self._library().classify(line)

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        edits, kept = self._propose(text)
        if kept and any(e.replacement for e in edits):
            return _settled(text, edits, self._propose)
        return edits

    def _propose(self, text: str) -> tuple[list[Edit], int]:
        """The edits, and how many weak lines stay."""
        lib = self._library()
        signs = boilerplate_inside.signs(text, lib) if self.inline else {}
        # a marker between sentences, or one glued to a word (a capital that the first
        # look at the text notes: "...for retirement payoutsAd")
        markers = self.inline and (
            _ANY_MARKER.search(text) is not None
            or (
                # (in capitals too: "...was workingADVERT", which the look does not note)
                (
                    any("glued" in names for names in signs.values())
                    or "ADVERT" in text
                    or "SPONSORED" in text
                )
                and _GLUED_END_ANYWHERE.search(text) is not None
            )
        )
        teasers = (
            list(_TEASER_COLON.finditer(text))
            if self.inline and "read-more" in self.families
            else []
        )
        inside = boilerplate_inside.find_all(text, lib, signs)
        lines = _scan(text, lib, every=markers or bool(teasers) or bool(inside))
        if not lines:
            return [], 0
        edits: list[Edit] = []
        if markers:
            edits.extend(_inline_edits(text, lines, self.families, lib.classify))
        if teasers:
            edits.extend(_teaser_tails(text, lines, teasers, edits, lib.classify))
        if inside:
            edits.extend(_inside_edits(text, lines, edits, inside))
        _protect_title(lines)
        _keep_legal_text(text, lines)
        _keep_headings(text, lines)
        _headline_blocks(text, lines)
        _player_blocks(text, lines)
        _rating_lines(text, lines)
        if self.rejoin:  # a weak line inside a sentence is no heading: it goes
            # (weak lines count as content here: the title, list items and captions they
            # may make keep their breaks)
            _mark_shared(lines, _may_be_content)
            top = _first_para(lines, _may_be_content)
            kept = _resolve_weak(lines, lambda i, j: _weak_placed(text, lines, i, j, top))
        else:
            kept = _resolve_weak(lines)
        _mark_shared(lines)
        first_para = _first_para(lines)
        joined: dict[int, str] = {}  # a content line, and the text a removal joined it to
        wrapped = _wrapped_lines(text, lines)
        for i, j in _runs(lines):
            edits.extend(self._block(text, lines, i, j, first_para, joined, wrapped))
        edits.sort(key=lambda e: (e.start, e.end))
        return edits, kept

    def _block(
        self,
        text: str,
        lines: Sequence[_Line],
        a: int,
        b: int,
        first_para: int,
        joined: dict[int, str],
        wrapped: Sequence[int] = (),
    ) -> list[Edit]:
        """Edits that remove the boilerplate lines ``lines[a..b]``; a rejoin is noted in
        ``joined`` (the line after the block and the text before it); ``wrapped`` are the
        lines of text that go on a paragraph's line of text (see :func:`_wrapped_lines`)."""
        prev = lines[a - 1] if a > 0 else None
        nxt = lines[b + 1] if b + 1 < len(lines) else None
        block = lines[a : b + 1]
        matches = [ln.match for ln in block if ln.match is not None]
        lead = next((m for m in matches if not m.weak), matches[0])
        if prev is not None and nxt is not None and self.rejoin:
            glue = _glue(text, lines, a, b, first_para, joined, wrapped)
            before = _text_before(text, lines, a, joined)
            if glue is not None and self.classify(before + glue + text[nxt.head : nxt.stop]):
                # the halves would make one line of boilerplate ("Subscribe to our" / ad /
                # "newsletter here."), which the next run would remove: they stay apart
                glue = None
            if glue is not None:
                joined[b + 1] = before[-_JOINED_TAIL:] + glue
                families = ", ".join(dict.fromkeys(LABELS[m.family] for m in matches))
                count = f"{len(block)} lines" if len(block) > 1 else "line"
                note = f"{families} {count} removed; paragraph rejoined with {glue!r}"
                # up to the start of the next line: an inline marker there has its own edit
                return [Edit(prev.stop, nxt.body, glue, lead.rule, note)]
        # Keep the widest gap (the first of equals) and let each line take a neighbouring
        # gap with it, so that every edit on its own leaves well-formed text.
        gaps = [text[prev.end : block[0].start] if prev else text[: block[0].start]]
        gaps += [text[x.end : y.start] for x, y in itertools.pairwise(block)]
        gaps.append(text[block[-1].end : nxt.start] if nxt else text[block[-1].end :])
        if prev is None:
            keep = 0
        elif nxt is None:
            keep = len(block)
        else:
            breaks = [len(_BREAK.findall(g)) for g in gaps]
            keep = breaks.index(max(breaks))
        out = []
        for k, ln in enumerate(block):
            assert ln.match is not None
            if k < keep:  # take the gap before the line
                start = block[k - 1].end if k > 0 else (prev.end if prev else 0)
                out.append(Edit(start, ln.end, "", ln.match.rule, _note(ln.match, ln.why)))
            else:  # take the gap after the line
                stop = (
                    block[k + 1].start if k + 1 < len(block) else (nxt.start if nxt else len(text))
                )
                out.append(Edit(ln.start, stop, "", ln.match.rule, _note(ln.match, ln.why)))
        return out


def _settled(
    text: str, edits: list[Edit], again: Callable[[str], tuple[list[Edit], int]]
) -> list[Edit]:
    """``edits`` and those of a second look at the text they leave: a weak line that stayed
    beside a paragraph that a removal joined to the next ("Saturday" / ``More for you`` /
    "Continue reading ...": one paragraph once the block goes) is decided as the next run
    would decide it, so that cleaning twice changes nothing more. An edit of the second
    look that touches a change of the first is left out.

    >>> from cleantext.passes import StripBoilerplate
    >>> raw = ("Title\\n\\nHe broke his arm at home on Saturday\\n\\nMore for you\\n\\n"
    ...        "Read the story here\\n\\nPhoto illustration\\n\\nHe has an operation on Monday.\\n")
    >>> print(StripBoilerplate()(raw))
    Title
    <BLANKLINE>
    He broke his arm at home on Saturday. Read the story here. He has an operation on Monday.
    <BLANKLINE>
    """
    more, _ = again(apply_edits(text, edits))
    if not more:
        return edits
    back = OffsetMap.from_edits(edits)
    changed = [(ns, ne) for ns, ne, _, _ in back.pieces]  # in the new text, in order
    out = list(edits)
    for e in more:
        if overlaps(changed, e.start, e.end):
            continue  # it would rewrite what the first look changed
        start, end = back.to_old(e.start, "left"), back.to_old(e.end, "right")
        out.append(Edit(start, end, e.replacement, e.rule, e.note))
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _glue(
    text: str,
    lines: Sequence[_Line],
    a: int,
    b: int,
    first_para: int,
    joined: Mapping[int, str],
    wrapped: Sequence[int] | None = None,
) -> str | None:
    """How the content lines around the block ``lines[a..b]`` join once it is removed
    (see :func:`~cleantext.passes.boilerplate_rejoin.rejoin`), or None: they do not. A
    line between two blocks that the block before it joined to a paragraph (``joined``)
    is that paragraph's end, no line of its own ("...in a row" / ad / "The show used the
    photos last week" / ad / "They will ...")."""
    if a == 0 or b + 1 >= len(lines):
        return None
    prev, nxt = lines[a - 1], lines[b + 1]
    if prev.tail != prev.stop:  # an inline marker ended the line: it ends a sentence
        return None
    if _left_of_a_run(text, lines, a, b):
        return None
    after = text[nxt.head : nxt.stop]
    if a - 1 in joined:  # no line of its own: the end of a paragraph
        list_like = isolated = False
    else:
        # a short last line of a several-line paragraph is a list item, not prose
        list_like = prev.shared and len(text[prev.body : prev.tail].split()) < 15
        isolated = a >= 2 and lines[a - 2].match is not None
    before = _text_before(text, lines, a, joined)
    first = prev.para == first_para
    glue = rejoin(before, after, first=first, list_like=list_like, isolated=isolated)
    if glue is None and _quotation_goes_on(before, after):
        return " "
    if glue is None and wrapped is not None and _line_break_inside(text, lines, a, b, wrapped):
        return " "
    if glue is None and _space_kept(text, lines, a, b):
        return " "
    return glue


# The fewest words of a line alone before a run of boilerplate in its paragraph that may
# be the first half of a sentence the run cut.
_RUN_HALF_WORDS = 10


def _left_of_a_run(text: str, lines: Sequence[_Line], a: int, b: int) -> bool:
    """Whether the line before the block ``lines[a..b]`` is a short line alone with
    boilerplate in its paragraph, which the block ends: a line of the same run that no
    entry knew ("Upgrade your reading experience with the app" / "Read this story in the
    app"), not the first half of a sentence that goes on in the next paragraph.

    >>> text = ("Title\\n\\nIt rose.\\n\\nUpgrade your reading with the app\\n"
    ...         "Read it in the app\\n\\nIt fell.\\n")
    >>> lines = _scan(text, library())
    >>> _left_of_a_run(text, lines, 3, 3)
    True
    """
    prev, last, nxt = lines[a - 1], lines[b], lines[b + 1]
    if prev.para != lines[a].para or nxt.para == last.para:
        return False
    if len(text[prev.body : prev.tail].split()) >= _RUN_HALF_WORDS:
        return False
    i = a - 2  # the lines before it in its paragraph: boilerplate too, or none
    while i >= 0 and lines[i].para == prev.para:
        if lines[i].match is None:
            return False
        i -= 1
    return True


def _space_kept(text: str, lines: Sequence[_Line], a: int, b: int) -> bool:
    """Whether the block ``lines[a..b]`` stood between two sentences of one line, as the
    space between them tells: the line before it ends a sentence and keeps the space
    after its end ("...since 2010. " / block / "Central bank purchases..."), or the line
    after it opens a sentence with that space before it (block / " Nearly 54 million"),
    where no other line of the text has a space at its edges (a text whose lines all
    carry one says nothing by it).

    >>> text = "Title\\n\\nSales rose in 2010. \\nSubscribe now\\nPrices fell.\\n"
    >>> lines = _scan(text, library())
    >>> _space_kept(text, lines, 2, 2)
    True
    """
    prev, nxt = lines[a - 1], lines[b + 1]
    if text[prev.stop : prev.end] != " " and text[nxt.start : nxt.body] != " ":
        return False
    if _SENTENCE_CLOSED.search(text, prev.body, prev.tail) is None:
        return False
    if not _SENTENCE_STARTS.match(text, nxt.head, nxt.stop):
        return False
    return not any(
        ln.start < ln.body or ln.stop < ln.end
        for ln in itertools.chain(lines[: a - 1], lines[a : b + 1], lines[b + 2 :])
        if ln.match is None
    )


_FIRST_QUOTE = regex.compile(r'["\u201c\u201d]')


def _quotation_goes_on(before: str, after: str) -> bool:
    """Whether a quotation that ``before`` opened and left open at a sentence's end goes
    on in ``after`` and closes there (its first quotation mark closes one: a right
    quote, or a straight one right after a word): the halves were one paragraph. A
    quotation of several paragraphs opens each of them again ("We are optimistic. / ad /
    \u201cBut we ask..."), so an ``after`` that opens with a quotation mark is a
    paragraph of its own; a straight quote that opens a new quotation (' said: "The')
    closes nothing.

    >>> _quotation_goes_on("\u201cWe are optimistic.", "But we ask you,\u201d she said.")
    True
    >>> _quotation_goes_on("\u201cWe are optimistic.", "\u201cBut we ask you,\u201d she said.")
    False
    >>> _quotation_goes_on('He said "no."', "But they went on.")
    False
    >>> _quotation_goes_on('He said: "We won. "It is big.', 'Then Ann said: "Yes."')
    False
    """
    if not _SENTENCE_CLOSED.search(before.rstrip()):
        return False
    opened = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
    rest = after.lstrip()
    if not opened or rest[:1] in "\"\u201c\u2018'":
        return False
    m = _FIRST_QUOTE.search(rest)
    return m is not None and (m.group() == "\u201d" or not rest[m.start() - 1].isspace())


_SENTENCE_CLOSED = regex.compile(r"[.!?][\"'\u201d\u2019)]*+\Z")
# The shortest line that a text wrapped by hand wraps (a byline or a date is shorter).
_WRAPPED_CHARS = 50
_SENTENCE_OPENS = regex.compile(r"[\"'\u201c\u2018(]?+\p{Lu}[\p{Ll}\p{Lu}]")  # "The", "IAG"
_SENTENCE_STARTS = regex.compile(r"[\"'\u201c\u2018(]?+\p{Lu}[\p{Ll}\p{Lu} ]")  # and "A fine"


def _wrapped_lines(text: str, lines: Sequence[_Line]) -> tuple[int, ...]:
    """The lines of text that go on the line of text before them in one paragraph (a text
    wrapped into lines has many; one that writes a paragraph a line has none), read once
    for all the blocks of a text. A line in capitals after a short one (a date after a
    byline) or opening with a list or answer marker (``- item``, ``A: ...``) goes on no
    wrapped line, nor does a lone word in lower case after a short line (an address in a
    contact block: "Priya Raman" / "press@acme.com")."""
    return tuple(
        i
        for i in range(1, len(lines))
        if lines[i].match is None
        and lines[i].shared
        and lines[i - 1].match is None
        and (
            lines[i - 1].stop - lines[i - 1].body >= _WRAPPED_CHARS
            or (
                text[lines[i].body : lines[i].body + 1].islower()
                and " " in text[lines[i].body : lines[i].stop]
            )
        )
        and _LIST_PREFIX.match(text[lines[i].body : lines[i].stop]) is None
    )


def _line_break_inside(
    text: str, lines: Sequence[_Line], a: int, b: int, wrapped: Sequence[int]
) -> bool:
    """Whether the block ``lines[a..b]`` stood between two sentences of one paragraph, or
    inside one, in a text that writes each paragraph on one line: single line breaks
    around it, a sentence closed before it and one opening after it (or one that goes on
    in lower case after it), and no other paragraph of two lines of text. The halves were
    one line ("...alternative markets." / ``- Advertisement -`` / "Several people were
    arrested"), which a space joins again; in a text wrapped into lines the break stays.
    """
    prev, nxt = lines[a - 1], lines[b + 1]
    if prev.para != nxt.para:
        return False  # a blank line stands there (or the text has none): a paragraph break
    closed = _SENTENCE_CLOSED.search(text, prev.body, prev.tail) is not None
    if closed and not _SENTENCE_OPENS.match(text, nxt.head, nxt.stop):
        return False
    if not closed and not _LOWER_START.match(text[nxt.head : nxt.stop]):
        return False  # ("A: We had to cut" / ad / "our budget for..." goes on)
    return not wrapped  # a paragraph of two lines of text elsewhere: the text is wrapped


def _text_before(text: str, lines: Sequence[_Line], a: int, joined: Mapping[int, str]) -> str:
    """The text before the block from ``lines[a]``: the line before it, after the paragraph
    that an earlier removal joined it to (``joined``)."""
    prev = lines[a - 1]
    return joined.get(a - 1, "") + text[prev.body : prev.tail]


def _is_content(match: LineMatch | None) -> bool:
    return match is None


def _may_be_content(match: LineMatch | None) -> bool:
    return match is None or match.weak


def _weak_placed(text: str, lines: Sequence[_Line], a: int, b: int, top: int) -> str | None:
    """Why the weak block ``lines[a..b]`` is no text of the document where it stands, or
    None (see :func:`_inside_sentence` and :func:`_between_prose`)."""
    if _inside_sentence(text, lines, a, b, top):
        return "inside a sentence"
    if _between_prose(text, lines, a, b, top):
        return "alone between paragraphs of prose"
    return None


def _inside_sentence(text: str, lines: Sequence[_Line], a: int, b: int, top: int) -> bool:
    """Whether the block ``lines[a..b]`` stands in paragraphs of its own inside a sentence
    of prose: blank lines around it, a line of six words or more before it that the text
    after it goes on (a glue of :func:`_glue`). In text wrapped by hand
    or a list of words, a line alone is only a piece of a paragraph."""
    if a == 0 or b + 1 >= len(lines):
        return False
    prev, nxt = lines[a - 1], lines[b + 1]
    if not (
        _blank_between(text, prev.end, lines[a].start)
        and _blank_between(text, lines[b].end, nxt.start)
    ):
        return _cut_line(text, lines, a, b, top) or _space_kept(text, lines, a, b)
    if len(text[prev.body : prev.stop].split()) < 6:
        return False
    return _glue(text, lines, a, b, top, {}) is not None


# A line that goes on a sentence: it opens with a word in lower case.
_GOES_ON_LOWER = regex.compile(r"\p{Ll}")
_CUT_WORDS = 4  # the most words of a weak line that cuts a sentence's line in two
_CUT_LINE_WORDS = 8  # the fewest words of the line it cuts


def _cut_line(text: str, lines: Sequence[_Line], a: int, b: int, top: int) -> bool:
    """Whether the weak block ``lines[a..b]``, with no blank line around it, cuts a
    sentence's line in two: a long line that ends no sentence before it, a line that goes
    on in lower case after it (or any line after an article, a conjunction or a preposition
    that ends the line before), and block lines of a few words, far shorter than the line
    before (a text wrapped by hand fills its lines; "...check on elderly" / "Trending" /
    "neighbours and carry..." is a page's widget inside a paragraph)."""
    prev, nxt = lines[a - 1], lines[b + 1]
    before = text[prev.body : prev.stop]
    if len(before.split()) < _CUT_LINE_WORDS or _SENTENCE_CLOSED.search(before):
        return False
    if not _GOES_ON_LOWER.match(text, nxt.body) and before.split()[-1] not in _OPEN_ENDS:
        return False  # (a sentence goes on after "at" or "the" too: "...especially at" /
        # "Loading" / "Harbour Park station")
    for ln in lines[a : b + 1]:
        line = text[ln.body : ln.stop]
        if len(line.split()) > _CUT_WORDS or 3 * len(line) > len(before):
            return False
        if not line[:1].isupper():
            return False  # a widget's label is capitalised; "trending" goes on a sentence
    return _glue(text, lines, a, b, top, {}) == " "


# A paragraph of prose: this many words at least, and a sentence's end at its end or
# inside it (a paragraph that another block cut lost its last period), or this many
# words: no title, heading or list item runs so long.
_PROSE_WORDS = 6
_PROSE_LONG = 15
_PROSE_END = regex.compile(r"[.!?][\"'\u201d\u2019)\]]*+(?:$| [\"'\u201c\u2018(]?\p{Lu})")
# A paragraph that opens with a label of capitalised words ("Thunder: Host the Lakers on
# Friday."): an item of a section that a heading such as "UP NEXT" introduces ("He said:"
# opens a quote).
_CAP_WORD = r"[\p{Lu}\p{N}][\p{L}\p{N}.&'-]*+"
_LABEL_OPENS = regex.compile(rf"{_CAP_WORD}(?: {_CAP_WORD}){{0,4}}: ")
# The words of a heading that its section repeats ("Tags" over "Tags are used to..."), in
# its first words.
_HEADING_REACH = 12
_HEADING_WORD = regex.compile(r"[\p{L}\p{N}]{3,}+")
# Words that name nothing: a section does not repeat its heading's "the" or "for".
_EMPTY_WORDS = frozenset((
    "the", "and", "for", "you", "your", "our", "are", "with", "this", "that", "from", "all",
    "now", "out", "its", "not", "but", "about", "into", "more", "here", "what", "who", "how",
    "why", "can", "will", "get", "via", "off", "any", "one",
))  # fmt: skip


def _between_prose(text: str, lines: Sequence[_Line], a: int, b: int, top: int) -> bool:
    """Whether the weak block ``lines[a..b]`` stands alone between paragraphs of prose and
    heads none of them: a paragraph of its own, with a paragraph of prose (or the title)
    or nothing before it, and after it a paragraph of prose with none of its words in the
    first :data:`_HEADING_REACH`, or the text's end after prose. A heading comes over the
    section it names (``Tags`` over ``Tags are used to``, ``UP NEXT`` over ``Thunder: Host
    the Lakers on Friday.``); a button left between two paragraphs of an article
    (``Print``, ``Up next``) names nothing there. In a text without blank lines, every
    line is a paragraph.
    """
    prev = lines[a - 1] if a > 0 else None
    block = lines[a : b + 1]
    nxt = lines[b + 1] if b + 1 < len(lines) else None
    if any(text[ln.body : ln.stop][:1] in _MARKUP_OPENERS for ln in block):
        return False  # a heading or an item in markup ("## Download", "* Print")
    if any(_ANSWER.match(text, ln.body, ln.stop) for ln in block):
        return False  # an answer in a transcript ("A. Yes, please.")
    if all(ln.stop - ln.body == 1 for ln in block):
        return False  # one letter alone names a number or an item ("X": a chapter's ten)
    if (prev is not None and prev.para == block[0].para) or (
        nxt is not None and nxt.para == block[-1].para
    ):
        return False  # a line of a paragraph: a piece of it
    if nxt is None:
        return prev is not None and _prose(_paragraph_text(text, lines, a - 1))
    if prev is not None:
        before = _paragraph_text(text, lines, a - 1)
        title = prev.para == top and len(before.split()) <= 20 and "\n" not in before
        if not (title or _prose(before)):
            return False
    after = _paragraph_text(text, lines, b + 1)
    if not _prose(after) or _LABEL_OPENS.match(after) is not None or _a_list(after):
        return False  # (a heading over a list: "In this episode" over "[02:15] Why...")
    folded = " ".join(after.split()[:_HEADING_REACH]).casefold()
    for ln in block:
        for word in _HEADING_WORD.findall(text[ln.body : ln.stop].casefold()):
            if word in _EMPTY_WORDS:
                continue
            if _names_word(word, folded):
                return False  # a heading over the section it names
    return True


# A question or an answer of a transcript: "Q." or "A." and a space open the line.
_ANSWER = regex.compile(r"[QA][.:] ")
# What opens a heading or an item of markup rather than a button's label.
_MARKUP_OPENERS = frozenset("#*-+>|=_~[<")


def _prose(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as prose: :data:`_PROSE_WORDS` words or more and the
    end of a sentence, or :data:`_PROSE_LONG` words or more."""
    words = len(paragraph.split())
    if words >= _PROSE_LONG:
        return True
    return words >= _PROSE_WORDS and _PROSE_END.search(paragraph) is not None


def _a_list(paragraph: str) -> bool:
    """Whether ``paragraph`` is a list: two lines or more, each opening with a list marker
    or a time code ("- item", "2. item", "[02:15] Why hens...")."""
    rows = paragraph.splitlines()
    return len(rows) >= 2 and all(_LIST_PREFIX.match(row.lstrip()) for row in rows)


def _paragraph_text(text: str, lines: Sequence[_Line], i: int) -> str:
    """The text of the paragraph of ``lines[i]``, from its first line to its last."""
    first = last = i
    while first > 0 and lines[first - 1].para == lines[i].para:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].para == lines[i].para:
        last += 1
    return text[lines[first].body : lines[last].stop]


def _blank_between(text: str, end: int, start: int) -> bool:
    """Whether a blank line stands between a line that ends at ``end`` and the next one
    at ``start``."""
    return len(_BREAK.findall(text, end, start)) >= 2


def _first_para(
    lines: Sequence[_Line], content: Callable[[LineMatch | None], bool] = _is_content
) -> int:
    """The paragraph of the first content line (the title, usually), or -1."""
    return next((ln.para for ln in lines if content(ln.match)), -1)


def _mark_shared(
    lines: Sequence[_Line], content: Callable[[LineMatch | None], bool] = _is_content
) -> None:
    """Set ``shared`` on each content line: whether a content line comes before it in its
    paragraph (``content`` tells a content line by its match)."""
    last_para = -1
    for ln in lines:
        if content(ln.match):
            ln.shared = ln.para == last_para
            last_para = ln.para


def _note(match: LineMatch, why: str = "") -> str:
    note = f"{LABELS[match.family]} line removed"
    if match.kind == "template":
        note += f" (template {match.entry!r})"
    elif match.kind == "pattern":  # a long pattern is cut: the note names it, not spells it
        entry = match.entry if len(match.entry) <= 60 else match.entry[:59] + "\u2026"
        note += f" (pattern {entry!r})"
    elif match.kind in ("sentences", "call-to-action"):
        note += " (every sentence is boilerplate)" if match.kind == "sentences" else ""
    elif match.kind == "menu":
        note += " (a menu of links)"
    elif match.kind == "cue":
        note += f" (a short line with {match.entry!r})"
    elif match.kind == "headline":
        note += f" (a headline under {match.entry!r})"
    if match.weak:
        note += f" ({why or 'next to other boilerplate'})"
    return note


def _scan(text: str, lib: Library, *, every: bool = False) -> list[_Line]:
    """The non-blank lines of ``text``, classified, with paragraph numbers; none at all
    when no line is boilerplate, unless ``every`` (the caller looks for inline markers).
    """
    if text.isspace():  # no line to classify (and no need to list a million blank ones)
        return []
    contents = _BREAK.split(text) if "\r" in text else text.split("\n")
    keys = [c.strip() for c in contents]  # a line's text without its surrounding spaces
    seen: dict[str, LineMatch | None] = {}  # repeated lines are classified once
    classify = lib.classify
    for key in keys:
        if key and key not in seen:
            seen[key] = _boilerplate(key, classify)
    if not every and not any(seen.values()):
        return []  # the common case: a clean text, no line to describe
    spans = _line_spans(text, contents)
    meta = _front_matter_end(text)
    code = _with_comments(text, code_regions(text) + rst_blocks(text, bodies=True))
    # Without any blank line between two lines of text, every line is a paragraph.
    seen_text = pending = False
    blank_between = False
    for key in keys:
        if key:
            if seen_text and pending:
                blank_between = True
                break
            seen_text, pending = True, False
        else:
            pending = seen_text
    out: list[_Line] = []
    para = 0
    after_blank = True
    for i, ((start, end), content, key) in enumerate(zip(spans, contents, keys, strict=True)):
        if not key:
            after_blank = True
            continue
        if after_blank or not blank_between:
            para += 1
        after_blank = False
        body = start + len(content) - len(content.lstrip())
        stop = body + len(key)
        match = seen[key]
        literal = bool(code) and overlaps(code, body, stop)  # quoted in code, a comment
        if i + 1 < len(keys) and _underlines(keys[i + 1], key):
            # a heading of a document ("See Also" over "--------"): with its underline
            # (which alone would be a rule), and no inline marker goes from it either
            match, literal = None, True
        if match is not None and _in_word_list(keys, i, seen):
            match = None  # a term of a list ("SHARE" among a database's reserved words)
        if (
            match is not None
            and key[-1] == ":"
            and _introduces_list(contents, keys, i)
            and not (match.family == "read-more" and _headline_items(contents, keys, i))
        ):
            match = None  # the label of a list of references ("Related topics:" over items)
        if match is not None and _in_item_list(contents, keys, i, seen):
            match = None  # an item of the text's own list ("* watch: Fix regexp.")
        if match is not None and _in_indented_block(contents, keys, i, seen):
            match = None  # a line of an indented block: a commit message, a ChangeLog
        if match is not None and _quoted_after(keys, i, seen):
            match = None  # the story's subject: "Paid partnership" / "That label, ..."
        if match is not None and (
            literal
            or start < meta  # a field of the document's front matter ("category: Concepts")
            # a wrapped sentence's end, after a line of content (a line of boilerplate
            # before it goes too: the next run would see the line before that one)
            or (i > 0 and not seen.get(keys[i - 1]) and _goes_on(contents[i - 1], key))
        ):
            match = None
        out.append(_Line(start, body, stop, end, match, para, body, stop, literal=literal))
    return out


# A paragraph that opens on the words of the line before it as its subject: "That phrase,
# shown in small grey type...", "That is the message that appears when...".
_WORDS_NOUN = (
    r"(?:\w+ )?(?:phrase|message|label|slogan|caption|banner|button|notice|prompt|words"
    r"|tagline|pop-up)s?\b"
)
_REFERS_BACK = regex.compile(
    rf"(?:That|This|Those|These) {_WORDS_NOUN}"
    rf"|(?:That|This|It)(?:'s|\u2019s| is| was) (?:the|a|an) {_WORDS_NOUN}"
)
#: The most words of a line that the next paragraph can quote so.
_QUOTED_WORDS = 8


def _quoted_after(keys: Sequence[str], i: int, seen: Mapping[str, object] | None = None) -> bool:
    """Whether the short line ``keys[i]`` is the subject of the paragraph after it, which
    opens by naming it as words (``Paid partnership`` / ``That label, shown above a
    post, is Instagram's own.``): a story about a page's furniture quotes it. A line
    after another line of furniture (``seen`` holds the lines the rules took) is a run's,
    not a subject (``Advertisement`` / ``Getty Images`` / ``That was a message
    repeated by...``).

    >>> _quoted_after(["Comments are closed", "", "That is the message that appears."], 0)
    True
    >>> _quoted_after(["Comments are closed", "", "That is what the council said."], 0)
    False
    >>> keys = ["Advertisement", "", "Getty Images", "", "That was a message he repeated."]
    >>> _quoted_after(keys, 2, {"Advertisement": True})
    False
    """
    if keys[i].count(" ") >= _QUOTED_WORDS:
        return False
    if seen is not None:
        k = i - 1
        while k >= 0 and not keys[k]:
            k -= 1
        if k >= 0 and seen.get(keys[k]):
            return False
    j = i + 1
    while j < len(keys) and not keys[j]:  # (only the blank lines between: no copy)
        j += 1
    return j < len(keys) and _REFERS_BACK.match(keys[j]) is not None


_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?:.*\r?\n){0,100}?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")


def _front_matter_end(text: str) -> int:
    """Where the YAML front matter that opens ``text`` ends (0 if there is none): the
    fields between a first line ``---`` and the next ``---`` (or ``...``), at most 100.

    >>> _front_matter_end("---\\ntitle: Notes\\n---\\nText"), _front_matter_end("Text")
    (21, 0)
    """
    if not text.startswith("---"):
        return 0
    m = _FRONT_MATTER.match(text)
    return m.end() if m is not None else 0


def _goes_on(previous: str, line: str) -> bool:
    """Whether ``line`` (stripped) goes on with the sentence of the line right before it,
    in text wrapped by hand: the previous line, as long as such lines are (40 to 100
    characters), ends with a word or a comma, and this one opens in lower case
    (``...improving those`` / ``comments.``). A paragraph that a scraper wrote on one
    line is longer; a title or a list item is shorter.

    >>> _goes_on("Keep the code tidy when you change those", "comments.")
    True
    >>> _goes_on("It ended.", "comments"), _goes_on("Markets rally", "sponsored links")
    (False, False)

    A previous line that ends on an ad marker ended its sentence before it: the marker
    goes, inline or glued, and the next run sees the period.

    >>> _goes_on("The council met on Monday and it ended. Advertisement", "comments")
    False
    >>> _goes_on("The council met on Monday and it endedAdvertisement", "comments")
    False
    """
    end = previous.strip()
    if not _WRAPPED_MIN <= len(end) <= _WRAPPED_WIDTH or not line[:1].islower():
        return False
    return (end[-1].isalnum() or end[-1] == ",") and not _ends_on_marker(end)


def _ends_on_marker(line: str) -> bool:
    """Whether ``line`` ends on a marker that :func:`_inline_edits` or
    :func:`_glued_markers` take out of it (``...it ended. Advertisement``, ``...it
    endedAdvertisement``; not ``...showed the advertisement``).

    >>> _ends_on_marker("It ended. Advertisement"), _ends_on_marker("It showed the advertisement")
    (True, False)
    """
    if not _ANY_MARKER.search(line):
        return False
    for pattern in (_INLINE, _GLUED_MARKER, _GLUED_END):
        found = list(pattern.finditer(line))
        if found and not line[found[-1].end("m") :].strip(_GAP_CHARS):
            return True
    return False


# The longest line of text wrapped by hand (most wrap at 72 to 80 characters), and the
# shortest that is more than a title or a list item before a line of boilerplate
# ("Markets rally" then "sponsored links").
_WRAPPED_WIDTH = 100
_WRAPPED_MIN = 40


# A list of terms, one a line: a line of one word is one of its items when this many
# lines of one word that are no boilerplate stand next to it, at most _LIST_REACH lines
# away on either side, with no blank line between.
_LIST_ITEMS = 4
_LIST_REACH = 3


def _neighbours(keys: Sequence[str], i: int) -> Iterator[int]:
    """The lines next to line ``i``, up to ``_LIST_REACH`` on each side, that no blank
    line separates from it (``keys`` are the stripped lines)."""
    for step in (-1, 1):
        j = i + step
        for _ in range(_LIST_REACH):
            if not 0 <= j < len(keys) or not keys[j]:
                break
            yield j
            j += step


def _in_word_list(keys: Sequence[str], i: int, seen: Mapping[str, LineMatch | None]) -> bool:
    """Whether the line ``keys[i]`` (stripped) is one word among lines of one word that
    are no boilerplate: an item of a list of terms ("SHARE" among "SHARD", "SHARED",
    "SHORT"...), not a widget that a page dropped between paragraphs. Widgets come
    together ("Share", "Facebook", "Email": boilerplate each) or alone.

    >>> keys = ["SESSION", "SET", "SHARD", "SHARE", "SHARED", "SHORT"]
    >>> seen = {k: None for k in keys} | {"SHARE": library().classify("SHARE")}
    >>> _in_word_list(keys, 3, seen), _in_word_list(["Profits rose.", "", "SHARE"], 2, seen)
    (True, False)
    """
    if _ONE_WORD.fullmatch(keys[i]) is None:
        return False
    items = sum(
        1
        for j in _neighbours(keys, i)
        if seen.get(keys[j]) is None and _ONE_WORD.fullmatch(keys[j]) is not None
    )
    return items >= _LIST_ITEMS


_ONE_WORD = re.compile(r"\S+")


def _in_item_list(
    contents: Sequence[str], keys: Sequence[str], i: int, seen: Mapping[str, LineMatch | None]
) -> bool:
    """Whether the line ``i`` is an item of a list (a marker opens it: ``*``, ``-``, ``+``,
    a bullet, a number) among at least two items of the same indentation and marker that
    are no boilerplate, with no blank line between: "* watch: Fix regexp." in a changelog
    is the text's own, like the items around it. A list of links that a page drops is
    boilerplate all through.

    >>> lines = ["* New upstream release.", "* watch: Fix regexp.", "* Bump standards."]
    >>> seen = {k: None for k in lines} | {lines[1]: library().classify(lines[1])}
    >>> _in_item_list(lines, lines, 1, seen), _in_item_list(lines[1:], lines[1:], 0, seen)
    (True, False)
    """
    mark = _ITEM_MARK.match(contents[i])
    if mark is None:
        return False
    shape = _item_shape(mark)
    items = 0
    for j in _neighbours(keys, i):
        other = _ITEM_MARK.match(contents[j])
        if other is not None and _item_shape(other) == shape and seen.get(keys[j]) is None:
            items += 1
    return items >= 2


def _item_shape(mark: re.Match[str]) -> tuple[str, str]:
    """The indentation and the kind of marker of a list item (any number is one kind)."""
    marker = mark.group(2)
    return mark.group(1), "1" if marker[0].isdigit() else marker


# The marker of an item of a list opening a line, after its indentation.
_ITEM_MARK = re.compile(r"([ \t]*)([*+\-\u2022]|\d{1,3}[.)])[ \t]")


def _in_indented_block(
    contents: Sequence[str], keys: Sequence[str], i: int, seen: Mapping[str, LineMatch | None]
) -> bool:
    """Whether the indented line ``i`` stands in a block of indented text: the nearest
    line of text before or after it (across one blank line at most) is indented at least
    as much and is no boilerplate. Documents indent (a commit message in a log, an entry
    of a ChangeLog, a section of a manual page: "    image: Fix include"); a scraped page
    does not, and a line of boilerplate that a scraper indents among lines that are not
    still goes.

    >>> lines = ["    Fix the build", "    Credit: Ann Lee", "", "Share this"]
    >>> keys = [line.strip() for line in lines]
    >>> _in_indented_block(lines, keys, 1, dict.fromkeys(keys))
    True
    >>> lines = ["Prices rose.", "  Advertisement", "Prices fell."]
    >>> _in_indented_block(lines, [line.strip() for line in lines], 1, {})
    False
    """
    line = contents[i]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    if not indent:
        return False
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(keys) and not keys[j]:
            j += step  # one blank line between
        if (
            0 <= j < len(keys)
            and keys[j]
            and contents[j].startswith(indent)
            and seen.get(keys[j]) is None
        ):
            return True
    return False


def _headline_items(contents: Sequence[str], keys: Sequence[str], i: int) -> bool:
    """Whether the lines right after the label ``i`` are items of a list, each a headline
    with no markup ("READ MORE:" over "• Wellington water bills to rise 9 per cent"):
    the links a page lists under its label, not the items of a document's own list.

    >>> lines = ["READ MORE:", "• Water bills to rise 9 per cent", "", "Rates rose."]
    >>> _headline_items(lines, [line.strip() for line in lines], 0)
    True
    >>> lines = ["See also:", "- the manual, chapter 2", "", "Rates rose."]
    >>> _headline_items(lines, [line.strip() for line in lines], 0)
    False
    """
    j = i + 1
    while j < len(contents) and keys[j]:
        line = contents[j]
        if _ITEM_MARK.match(line) is None or has_doc_markup(line) or not _headline(keys[j]):
            return False
        j += 1
    return j > i + 1


def _introduces_list(contents: Sequence[str], keys: Sequence[str], i: int) -> bool:
    """Whether the line ``i``, a label that ends with a colon, heads a list in a document:
    the next line of text is indented or holds documentation markup (right after the
    label or after one blank line), or opens with the marker of an item of a list right
    after it ("Related topics:" over ``\t|netrw-o|``, "Further reading:" over
    ``* [ES.48][]: Avoid casts``, "See also:" over ``- the manual``). A label that a page
    drops between paragraphs has prose after it, or a blank line and then an item of the
    article's own list.

    >>> lines = ["Further reading:", "", "* [ES.48][]: Avoid casts"]
    >>> _introduces_list(lines, [line.strip() for line in lines], 0)
    True
    >>> [_introduces_list(lines, lines, 0) for lines in (["Read more:", "Rates rose."],
    ...                                                  ["Read more:", "", "- Rates rose."])]
    [False, False]
    """
    for j in (i + 1, i + 2):
        if j >= len(contents):
            return False
        if keys[j]:
            line = contents[j]
            return (
                line[:1] in (" ", "\t")
                or (j == i + 1 and _ITEM_MARK.match(line) is not None)
                or has_doc_markup(line)
            )
    return False


def _with_comments(text: str, code: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``code`` (spans) and the HTML comments of ``text`` (``<!--`` to ``-->``: markup,
    which a page shows nothing of and tools use as markers), sorted and merged.

    >>> text = "a <!-- Advertisement --> b `c`<!-- x"
    >>> [text[a:b] for a, b in _with_comments(text, [(27, 30)])]
    ['<!-- Advertisement -->', '`c`']
    """
    comments: list[tuple[int, int]] = []
    start = text.find("<!--")  # (-1 at once in a text without comments)
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break  # no comment closes: the rest is text (one search, not one an opener)
        comments.append((start, end + 3))
        start = text.find("<!--", end + 3)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(code + comments):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_UNDERLINE = re.compile(r"([=\-~^\"'`#*+:_])\1{2,}")


def _underlines(line: str, title: str) -> bool:
    """Whether ``line`` underlines ``title`` as a reStructuredText or Markdown heading:
    one punctuation character repeated, about as long as the title.

    >>> _underlines("--------", "See Also"), _underlines("---", "See Also")
    (True, False)
    """
    return len(line) >= max(3, len(title) - 2) and _UNDERLINE.fullmatch(line) is not None


# Where a scraper glued two lines of boilerplate: a lower-case letter, a digit or the end
# of a sentence right before a capital ("Share thisSee also", "reserved.Related topics:"),
# or a word in capitals right before a capitalised one ("ADVERTISEMENTRelated topics"),
# not inside a handle or a hashtag ("Follow @NWSBoston"; the caller's lines are short).
_GLUED_LINE = regex.compile(
    r"(?<![@#][\w.]*)(?:(?<=[\p{Ll}\p{N}][.!?:]?+)|(?<=\p{Lu}{2}))(?=\p{Lu}\p{Ll})"
)
_GLUED_MAX = 120  # characters: longer lines are no pair of widgets
_GLUED_WORDS = 16  # nor are lines of more words


def _boilerplate(line: str, classify: Callable[[str], LineMatch | None]) -> LineMatch | None:
    """The match of ``line`` (stripped): a line of boilerplate, or lines of it glued."""
    match = classify(line)
    if (match is None or match.weak) and len(line) <= _GLUED_MAX and line.count(" ") < _GLUED_WORDS:
        glued = _glued_lines(line, classify)  # (a pair of widgets is short)
        if glued is not None and (match is None or not glued.weak):
            match = glued
    return match


def _glued_lines(line: str, classify: Callable[[str], LineMatch | None]) -> LineMatch | None:
    """The match of a line that glues lines of boilerplate together, each a match of its
    own ("Share thisSee also"), else None; a line with a part that is no boilerplate
    ("iPhone", "ArthurAdvertisement") is not one.

    >>> lib = library()
    >>> _glued_lines("Share thisSee also", lib.classify).family
    'share-follow'
    >>> _glued_lines("Read the iPhone review", lib.classify) is None
    True
    >>> _glued_lines("Copyright 2024All rights reserved.", lib.classify).family
    'cookie-consent'
    """
    if _GLUED_LINE.search(line) is None:
        return None
    parts = [p.strip() for p in _GLUED_LINE.split(line)]
    if len(parts) < 2 or not all(parts):
        return None
    matches = []
    for part in parts:
        match = classify(part)
        if match is None:
            # read as the sentences the line holds once the junctions are repaired, as the
            # next run reads it ("Copyright 2024All rights reserved.")
            return classify(" ".join(p if p[-1] in ".!?:" else p + "." for p in parts))
        matches.append(match)
    return next((m for m in matches if not m.weak), matches[0])


def _line_spans(text: str, lines: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """The (start, end) of every line of ``text``, line breaks (LF, CRLF, CR) excluded;
    ``lines``, if given, is ``text.split("\\n")`` already (a text without CR).

    >>> _line_spans("a\\r\\nbc\\n\\nd")
    [(0, 1), (3, 5), (6, 6), (7, 8)]
    """
    if "\r" in text:
        breaks = list(_BREAK.finditer(text))
        starts = [0, *(m.end() for m in breaks)]
        ends = [*(m.start() for m in breaks), len(text)]
        return list(zip(starts, ends, strict=True))
    spans = []
    pos = 0
    for line in text.split("\n") if lines is None else lines:  # no regex match per line
        end = pos + len(line)
        spans.append((pos, end))
        pos = end + 1
    return spans


def _inline_edits(
    text: str,
    lines: Sequence[_Line],
    families: Sequence[str],
    classify: Callable[[str], LineMatch | None],
) -> list[Edit]:
    """Markers between sentences inside content lines; a line of markers becomes a block,
    and so does a line whose text without its markers is boilerplate ("Advertisement
    Related topics"). Called only for a text that ``_ANY_MARKER`` finds a marker in."""
    edits: list[Edit] = []
    for ln in lines:
        if ln.match is not None or ln.literal:
            continue
        end = _glued_end(text, ln)
        if end is None and not _ANY_MARKER.search(text, ln.body, ln.stop):
            continue  # (most lines of the text hold no marker: one C scan tells)
        content = text[ln.body : ln.stop]
        found = [
            (m, family)
            for m in _INLINE.finditer(content)
            if (family := _marker_family(m.group("m"))) in families
        ]
        glued = (
            _glued_markers(content, ln, end)
            if "ad-marker" in families
            and (end is not None or "dvertisement" in content or "DVERTISEMENT" in content)
            else []
        )
        # a marker right after a sentence's period is found by both: the first keeps it
        taken = [m.span("m") for m, _ in found]
        glued = [e for e in glued if not _touches(e, ln, taken)]
        taken += [(e.start - ln.body, e.end - ln.body) for e in glued]
        glued += [e for e in _eaten_markers(content, ln, families) if not _touches(e, ln, taken)]
        glued.sort(key=lambda e: e.start)
        if len(found) == 1 and found[0][0].span() == (0, len(content)) and not glued:
            m, family = found[0]
            ln.match = LineMatch(family, False, m.group("m"), "phrase")
            continue
        if found or glued:
            spans = sorted(
                [m.span("m") for m, _ in found]
                + [(e.start - ln.body, e.end - ln.body) for e in glued]
            )
            rest = TextView.replacing(content, spans, "").text.strip(" \u00a0.")
            if rest and (whole := _boilerplate(rest, classify)) is not None:
                ln.match = whole  # the markers and the rest are all boilerplate
                continue
        if glued:
            edits.extend(glued)
            if glued[-1].end == ln.stop:
                ln.tail = glued[-1].start  # the line ends with the sentence's period
        for m, family in found:
            note = f"inline {LABELS[family]} {m.group('m')!r} removed between sentences"
            rule = f"boilerplate/{family}"
            if m.start() == 0:  # at the line start: take the spaces after it
                stop = m.end("m")
                while stop < len(content) and content[stop] in _GAP_CHARS:
                    stop += 1
                if _heading_rest(content[stop:]):
                    continue  # "Advertisement Bans Proposed For Junk Food": its first word
                edits.append(Edit(ln.body, ln.body + stop, "", rule, note))
                ln.head = ln.body + stop
            else:  # after a sentence: take the space before it
                edits.append(Edit(ln.body + m.start(), ln.body + m.end("m"), "", rule, note))
                if m.end("m") >= len(content):
                    ln.tail = ln.body + m.start()
    return edits


# The colon of a teaser's label ("Read more:", "RELATED:"), found fast: a text without
# one has no teaser at a paragraph's end.
_TEASER_LABEL = r"(?i:read more|related|also read|read also|see also|read next)"
_TEASER_COLON = regex.compile(rf":(?<={_TEASER_LABEL}[ \u00a0]?:)")
# A teaser's label after the end of a sentence, up to the label's colon ("...none were
# hurt. RELATED:"), matched in a short window that ends at the colon.
_TEASER_HEAD = regex.compile(
    rf"(?<=[.!?][\"'\u201d\u2019)\]]{{0,2}})[ \u00a0]++{_TEASER_LABEL}[ \u00a0]?:\Z"
)
_TEASER_REACH = 32  # the window: the label, its spaces and the gap before it
# A word that opens a sentence after a lower-case word, inside a teaser's headline: the
# headline may have run on into the story ("Ferry firm fined Nobody was hurt").
_RUNS_ON = regex.compile(
    r"\p{Ll}[ \u00a0]++(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|These|Those"
    r"|There|Nobody|Neither|None|But|And|Both|All|Some|Many|Most|Each|Every)\b"
)


def _teaser_tails(
    text: str,
    lines: Sequence[_Line],
    colons: Sequence[regex.Match[str]],
    edits: Sequence[Edit],
    classify: Callable[[str], LineMatch | None],
) -> list[Edit]:
    """Teasers that a scraper left after the last sentence of a paragraph's line, which
    would be a line of boilerplate on their own ("...shortly before dark. RELATED: Ferry
    firm fined over cancelled sailings"); ``colons`` are the labels' colons in the text
    (:data:`_TEASER_COLON`). None in a line that ``edits`` already cut at its end. Where
    the headline stops inside a line is unclear: only at its end is it sure.

    >>> ln = _Line(0, 0, 49, 49, None)
    >>> text = "None were hurt. Read more: Ferry firm fined again"
    >>> colons = list(_TEASER_COLON.finditer(text))
    >>> found = _teaser_tails(text, [ln], colons, [], library().classify)
    >>> [text[e.start : e.end] for e in found]
    [' Read more: Ferry firm fined again']
    """
    found = []
    cut = {e.end for e in edits}
    starts = [ln.start for ln in lines]
    last: dict[int, regex.Match[str]] = {}  # the last label of each line that holds one
    for colon in colons:
        last[bisect.bisect_right(starts, colon.start()) - 1] = colon
    for i, colon in last.items():
        ln = lines[i]
        if ln.match is not None or ln.literal or ln.stop in cut or colon.end() > ln.stop:
            continue
        if not text[ln.stop - 1].isalnum():
            continue  # a headline ends the line with no sentence end (see _RUNS_ON)
        head = _TEASER_HEAD.search(text, max(ln.body, colon.start() - _TEASER_REACH), colon.end())
        if head is None:
            continue
        start = head.start()
        teaser = text[start : ln.stop].strip(_GAP_CHARS)
        if _RUNS_ON.search(teaser) is not None:
            continue
        match = classify(teaser)
        if match is None or match.weak or match.family != "read-more":
            continue
        note = f"inline {LABELS[match.family]} {teaser!r} removed after the last sentence"
        found.append(Edit(start, ln.stop, "", match.rule, note))
        ln.tail = start
    return found


def _inside_edits(
    text: str,
    lines: Sequence[_Line],
    edits: Sequence[Edit],
    found: Mapping[str, Sequence[boilerplate_inside.Found]],
) -> list[Edit]:
    """Edits for the boilerplate inside lines of content that :func:`find_all
    <cleantext.passes.boilerplate_inside.find_all>` found (``found``, by the line's text):
    a tail glued to a line's last word, a promotion in brackets or between two
    pictographs, a sentence inserted inside another, a newsletter's call to action
    between two sentences. None in a line of boilerplate or of code, nor one that touches
    an edit of ``edits`` (an inline marker) or another of them.

    >>> from cleantext.passes.boilerplate_inside import find_all, signs
    >>> text = "The orders for chips remained weakSubscribe to our newsletter"
    >>> ln = _Line(0, 0, len(text), len(text), None)
    >>> found = find_all(text, library(), signs(text, library()))
    >>> [(text[e.start : e.end], e.replacement) for e in _inside_edits(text, [ln], [], found)]
    [('Subscribe to our newsletter', '.')]
    """
    out: list[Edit] = []
    taken = sorted((e.start, e.end) for e in edits)
    for ln in lines:
        if ln.match is not None or ln.literal:
            continue
        content = text[ln.body : ln.stop]
        for a, b, new, match in found.get(content, ()):
            start, end = ln.body + a, ln.body + b
            if overlaps(taken, start, end):
                continue
            bisect.insort(taken, (start, end))
            note = f"{LABELS[match.family]} {content[a:b].strip()!r} removed inside a line"
            out.append(Edit(start, end, new, match.rule, note))
            if end == ln.stop:
                ln.tail = start  # the line's text ends before it
    return out


def _heading_rest(rest: str) -> bool:
    """Whether ``rest``, the line after a marker at its start, is a heading in Title Case
    with no sentence end: the marker is then the heading's first word ("Most Read Books
    of the Year"), where "Advertisement The council said." is a marker and a sentence.

    >>> _heading_rest("Bans Proposed For Junk Food"), _heading_rest("The council met.")
    (True, False)
    """
    rest = rest.rstrip()
    return bool(rest) and not rest.endswith((".", "!", "?")) and is_title_like(rest)


# "Advertisement" glued to the end of a sentence, as text pulled out of a page without
# separators writes it ("the deal.Advertisement The firm", "saidAdvertisement", "he
# said.\u201dAdvertisement", "in 2024Advertisement"), once or a few times in a row: a
# capital, a number or the end of the line after it (as after a marker between sentences).
# After a capital ("in the USAdvertisement The"), only the marker that is not in capitals
# itself tells where it starts.
_AD = "(?:Advertisements?|ADVERTISEMENTS?)"
_END = r"(?:(?P<stop>[.!?])[\"'\u201d\u2019)\]]{0,2})?"
# The rest of such a marker at the end of its line: its counter, its colon, or its
# prompt to scroll ("Advertisement 4", "Advertisement:", "Advertisement (Scroll to
# continue)", "ADVERTISEMENT · SCROLL TO CONTINUE"), which would be left behind.
_AD_TAIL = (
    rf"(?:{_GAP}++\d{{1,2}}|:|{_GAP}*+\((?i:scroll|continue|story continues|article "
    rf"continues)[^()\n]{{0,30}}\)|{_GAP}*+[:\u00b7\u2022|\-\u2013\u2014]{_GAP}*+"
    rf"(?i:scroll|continue)[^\n]{{0,30}})(?={_GAP}*+$)"
)
_GLUED_MARKER = regex.compile(
    rf"(?:(?<=[\p{{Ll}}\p{{N}}]{_END})(?P<m>{_AD}(?:{_GAP}*+{_AD})*+(?:{_AD_TAIL})?)"
    rf"|(?<=\p{{Lu}}{_END})(?P<m>Advertisements?(?:{_GAP}*+{_AD})*+(?:{_AD_TAIL})?))"
    rf"(?=(?P<space>{_GAP}++)[\"'\u201c\u2018(]?[\p{{Lu}}\p{{N}}]|\p{{Lu}}\p{{Ll}}|{_GAP}*+$)"
)
# The other words of an ad marker, glued to the last word of a paragraph that lost its
# period ("...for retirement payoutsAd", "...was workingADVERT", "...in 2024Sponsored"),
# or a marker between dashes after it ("...the safe limit- Advertisement -"): only at the
# end of the line, where no word of a name goes on ("GoogleAds Manager", "AdSense"), and
# after two lower-case letters or a digit ("iAd" is Apple's); "Ad" only after a word in
# lower case ("GoogleAds" is a product).
_AD_WORDS = "Adverts?|ADVERTS?|Advertising|ADVERTISING|Sponsored|SPONSORED"
_AD_WORD = rf"(?:{_AD_WORDS}|(?<=(?:^|[^\p{{L}}])\p{{Ll}}\p{{L}}*)Ads?)"
_DASHED_AD = (
    r"[-\u2013\u2014]{1,2}[ \u00a0]?"
    r"(?:Advertisements?|ADVERTISEMENTS?|advertisement|Adverts?|ADVERTS?|advert|Ads?|ADS?)"
    r"[ \u00a0]?[-\u2013\u2014]{1,2}"
)
_GLUED_END = regex.compile(
    rf"(?:(?<=(?:\p{{Ll}}{{2}}|\p{{N}}){_END})(?P<m>{_AD_WORD})"
    rf"|(?<=[\p{{Ll}}\p{{N}}]{_END})(?P<m>{_GAP}*+{_DASHED_AD}))"
    rf"(?P<space>){_GAP}*+$"
)
# Such a marker at the end of any line of a text, found with the standard engine (looked
# for only in a text with a capital glued to a word).
_GLUED_END_ANYWHERE = re.compile(rf"(?:{_AD_WORDS}|Ads?)[ \t\u00a0]*$", re.MULTILINE)
# How far from the end of a line such a marker and the word it is glued to reach.
_GLUED_END_REACH = 40
# What such a line ends with (a cheap first look before the pattern is searched).
_GLUED_END_LAST = frozenset("dDsSTtgG-\u2013\u2014 \u00a0")


def _glued_markers(content: str, ln: _Line, last: regex.Match[str] | None = None) -> list[Edit]:
    """Edits that take out the ad markers glued to the end of a sentence in the line
    ``content`` (of ``ln``, for its offset), leaving the sentence its period and the next
    its space; ``last`` is the marker the line ends on (:func:`_glued_end`), if any.

    >>> ln = _Line(0, 0, 33, 33, None)
    >>> [e.replacement for e in _glued_markers("the deal endsAdvertisementThe firm", ln)]
    ['. ']
    """
    edits = []
    found = list(_GLUED_MARKER.finditer(content))
    if last is not None and (not found or found[-1].end("m") <= last.start("m")):
        found.append(last)
    for m in found:
        end = m.end("m")
        glued_after = end < len(content) and m.group("space") is None and content[end] != " "
        repl = ("" if m.group("stop") else ".") + (" " if glued_after else "")
        note = f"inline ad marker {m.group('m')!r} glued to a sentence removed"
        edits.append(
            Edit(ln.body + m.start("m"), ln.body + end, repl, "boilerplate/ad-marker", note)
        )
    return edits


def _glued_end(text: str, ln: _Line) -> regex.Match[str] | None:
    """The marker of :data:`_GLUED_END` that the line ``ln`` of ``text`` ends on, if any
    (offsets in the line, as :func:`_glued_markers` reads them).

    >>> text = "Savings rose for retirement payoutsAd"
    >>> _glued_end(text, _Line(0, 0, len(text), len(text), None)).group("m")
    'Ad'
    """
    if text[ln.stop - 1 : ln.stop] not in _GLUED_END_LAST:
        return None
    content = text[ln.body : ln.stop]
    return _GLUED_END.search(content, max(0, len(content) - _GLUED_END_REACH))


def _touches(edit: Edit, ln: _Line, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``edit`` touches one of ``spans`` (offsets in the line ``ln``)."""
    return any(a <= edit.end - ln.body and edit.start - ln.body <= b for a, b in spans)


def _eaten_markers(content: str, ln: _Line, families: Sequence[str]) -> list[Edit]:
    """Edits that take out the markers of :func:`_eaten_pattern` in the line ``content``
    (of ``ln``). Before a capital the halves join as a paragraph split by an ad line would
    (:func:`rejoin`: ". " where the first lost its period, nothing where that is unclear);
    elsewhere only an unmistakable marker goes, with the space before it (inside a
    sentence, or at the line end).

    >>> ln = _Line(0, 0, 60, 60, None)
    >>> text = "The fair drew crowds on Thursday afternoon ADVERTISEMENT A local band played."
    >>> [(e.replacement, text[e.start : e.end]) for e in _eaten_markers(text, ln, ["ad-marker"])]
    [('. ', ' ADVERTISEMENT ')]
    """
    edits = []
    for m in _EATEN_MARKER.finditer(content):
        markers = m.group("m")
        family = _marker_family(markers)
        if family not in families:
            continue
        if _NAMES_A_WORD.search(content, max(0, m.start() - _NAMES_REACH), m.start()):
            continue  # "the word ADVERTISEMENT": the sentence names it
        start, end = m.start("gap"), m.end("m")
        rest = content[m.end() :]
        repl = ""
        if rest[:1].isupper() or rest[:1] in ('"', "'", "\u201c", "\u2018", "("):
            glue = rejoin(content[: m.start()], rest)
            if glue is None:
                continue  # "the chief executive ADVERTISEMENT John Smith": unclear
            if glue == ". ":
                repl, end = ". ", m.end()
        elif not markers.startswith(_UNMISTAKABLE):
            continue  # "ran an Advertisement in capitals"
        note = f"inline {LABELS[family]} {markers!r} removed inside a paragraph"
        edits.append(Edit(ln.body + start, ln.body + end, repl, f"boilerplate/{family}", note))
    return edits


def _marker_family(markers: str) -> str:
    """The family of the first marker of a run of markers.

    >>> _marker_family("Advertisement Continue reading the main story")
    'ad-marker'
    """
    for form in _INLINE_FAMILY:  # longest first: the first that opens the run names it
        if markers.startswith(form):
            return _INLINE_FAMILY[form]
    return "ad-marker"


def _protect_title(lines: Sequence[_Line]) -> None:
    """The first line is the title: a template with a slot for a headline or a section name
    ("Related: {headline}", "Also on {section}"), or a name and one word ("{name}
    newsletter": "KEHILLAT SHALOM NEWSLETTER" heads a newsletter's own text), never removes
    it, nor does a cue ("Trending in Sports" may name a page)."""
    first = lines[0]
    match = first.match
    if match is not None and match.kind == "template":
        titled = any(s in match.entry for s in _HEADLINE_SLOTS) or _NAMED.fullmatch(match.entry)
        first.match = None if titled else match
    elif match is not None and match.kind == "cue":
        first.match = None  # "Trending in Sports" may be a title too


# Words that only a licence or a legal notice uses: in such a text, "Copyright 2009 The
# Authors. All rights reserved." and "TERMS AND CONDITIONS" are part of it, not a footer.
_LEGAL = regex.compile(
    r"(?i:is hereby granted|redistribution and use in source and binary forms"
    r"|the software is provided .{0,2}as is|licensed under the apache license"
    r"|gnu (?:lesser |affero )?general public license|mozilla public license"
    r"|this (?:program|library|file) is free software|without warrant(?:y|ies)|merchantability"
    r"|spdx-license-identifier|this product includes software"
    r"|use of this source code is governed by"
    r"|intellectual property rights policy|business source license"
    r"|software (?:and document (?:notice and )?|notice and )license"
    # a machine-readable copyright file: "Files: *", "Copyright: ...", "License: MIT"
    r"|\nfiles: [^\n]*+\ncopyright: )"
)


def _keep_legal_text(text: str, lines: Sequence[_Line]) -> None:
    """In a licence or legal notice, copyright and terms lines (the cookie and legal
    family) are its text: they stay."""
    legal = [ln for ln in lines if ln.match is not None and ln.match.family == "cookie-consent"]
    if legal and _LEGAL.search(text) is not None:
        for ln in legal:
            ln.match = None


def _keep_headings(text: str, lines: Sequence[_Line]) -> None:
    """A line of one word right over a line of its paragraph that repeats the word in its
    first :data:`_HEADING_REACH` words heads its section: it stays ("Related" over "The
    Ashworths and the Greenwoods were related by marriage"). A widget's label heads no
    text that names it."""
    for ln, nxt in itertools.pairwise(lines):
        if ln.match is None or nxt.match is not None or nxt.para != ln.para:
            continue
        word = text[ln.body : ln.stop].strip(_HEADING_DECOR).casefold()
        if not word.isalpha() or word in _EMPTY_WORDS:
            continue
        opening = " ".join(text[nxt.body : nxt.stop].split()[:_HEADING_REACH]).casefold()
        if _names_word(word, opening):
            ln.match = None


# What may stand around a heading's word ("Related:", "**Terms**").
_HEADING_DECOR = ":*_#|- "


def _names_word(word: str, folded: str) -> bool:
    """Whether the lower-cased text ``folded`` writes ``word``, alone or with a short
    ending ("Tags" over "tag", "Related" over "related"), not as the start of another word
    ("Harbour Bank" heads no "bankruptcy")."""
    return (
        regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?!\p{{L}}{{4}})", folded)
        is not None
    )


# A block of related headlines: a heading of the read-more family (``Related Stories``,
# ``Most Read``, ``More on tennis``) of this many words at most, over at most
# _BLOCK_LINES lines of its paragraph that are all headlines.
_BLOCK_HEADING_WORDS = 6
# Headings of a document's references, which head its own lists of titles too.
_REFERENCE_HEADINGS = frozenset(("see also", "further reading"))
_BLOCK_LINES = 12
# A headline: two words at least and fewer than a sentence of prose (see rejoin's
# _LONGEST_HEADING), it ends in a word, a number, a question or an exclamation mark, a
# closing quote or bracket (no period, no comma: a sentence, or one that goes on), and
# it holds no sentence's end followed by another sentence ("Rates rise. Banks pay").
_HEADLINE_WORDS = 15
_HEADLINE_END = regex.compile(r"[\p{L}\p{N}?!%)\"'\u201d\u2019]\Z")
_INNER_END = regex.compile(r"\p{Ll}{2}[.!?][\"'\u201d\u2019)]* [\"'\u201c\u2018(]?\p{Lu}")
_HEADING_END = regex.compile(r"[.!?,;]\Z")
# Words a headline does not end with and a line of wrapped prose may ("...than it had
# expected and" / "that the vote..."). Subject pronouns open sentences, not headlines.
_OPEN_ENDS = frozenset((
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
    "with", "from", "by", "that", "which", "who", "whose", "as", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "its", "their", "his", "her", "our", "your", "my",
    "than", "if", "when", "while", "into", "onto", "said",
))  # fmt: skip
_SUBJECT_WORDS = frozenset(("I", "We", "You", "He", "She", "They", "It"))
# A verb in the past before its object, which headlines drop ("dismissed the concerns";
# "a cancelled train" is a headline's).
_PAST_OBJECT = regex.compile(r"(?<= )\p{Ll}{3,}ed (?:the|an?|his|her|their|its|this) ")


def _headline_blocks(text: str, lines: Sequence[_Line]) -> None:
    """Mark the lines of a block of related headlines as boilerplate of the read-more
    family: a line that the library takes for a heading of that family (a short one,
    with no sentence's end: ``Related Stories``, ``Most Read``, ``Trending Now``, ``More
    on tennis``), first in its paragraph or after boilerplate lines of it, and the lines
    that follow it in its paragraph (no blank line between) when every one of them is a
    headline (see :func:`_headline`) or boilerplate; in the text's last paragraph, a tag
    of a list of topics too (see :func:`_tag`: ``Topics`` / ``Contract manufacturing`` /
    ``Injectables``). One line of prose keeps them all: the heading may then be the
    article's own, over its own list or a paragraph wrapped by hand. The title's
    paragraph is never such a block. The lines are weak when the
    heading is (``Recommended``, ``More on tennis``): they go as a weak line does.

    >>> from cleantext.passes import StripBoilerplate
    >>> raw = ("Title\\n\\nThe vote was held on Monday.\\n\\nMost Read\\n1. Rates rise again\\n"
    ...        "2. Why bees dance\\n\\nThe count took all night.\\n")
    >>> StripBoilerplate()(raw)
    'Title\\n\\nThe vote was held on Monday.\\n\\nThe count took all night.\\n'
    """
    top = lines[0].para
    first_para = _first_para(lines)
    run = 0  # where the run of boilerplate lines of lines[i] starts
    for i, ln in enumerate(lines):
        if i > 0 and lines[i - 1].match is None:
            run = i
        if ln.match is None or ln.para == top or not _heads_headlines(text, ln):
            continue
        if i > 0 and lines[i - 1].para == ln.para and lines[i - 1].match is None:
            continue  # a line of content before it in its paragraph: no heading
        j = i + 1
        while j < len(lines) and lines[j].para == ln.para and j - i <= _BLOCK_LINES:
            j += 1  # lines[i + 1 : j]: the rest of the paragraph, up to one line too many
        if j == i + 1 and not ln.match.weak and _block_heading(text, ln):
            _headline_paragraphs(text, lines, run, i, first_para)
        if j == i + 1 or j - i > _BLOCK_LINES or not _block_heading(text, ln):
            continue
        rest = lines[i + 1 : j]
        headline = _tag if j == len(lines) else _headline  # the text's last paragraph: tags
        if all(r.match is not None or headline(text[r.body : r.stop]) for r in rest):
            match = LineMatch("read-more", ln.match.weak, text[ln.body : ln.stop], "headline")
            for r in rest:
                if r.match is None:
                    r.match = match


def _heads_headlines(text: str, ln: _Line) -> bool:
    """Whether the boilerplate line ``ln`` may head headlines: a line of the read-more
    family, or a player's label with its colon ("WATCH:" over the title of its video).

    >>> from cleantext.passes import StripBoilerplate
    >>> StripBoilerplate()("The board met on Monday to vote on the plan.\\n\\nWATCH:\\n"
    ...                    "Firefighters battle tower blaze\\n\\nThe plan passed by six votes.")
    'The board met on Monday to vote on the plan.\\n\\nThe plan passed by six votes.'
    """
    match = ln.match
    assert match is not None
    if match.family == "read-more":
        return True
    return match.family == "media-widget" and text[ln.body : ln.stop].endswith(":")


# The most paragraphs of one headline each under a heading inside a sentence.
_HEADLINE_PARAGRAPHS = 3


def _headline_paragraphs(
    text: str, lines: Sequence[_Line], a: int, i: int, first_para: int
) -> None:
    """Mark the headlines under the heading ``lines[i]``, a strong line of the read-more
    family in a paragraph of its own, when each stands in a paragraph of its own (up to
    :data:`_HEADLINE_PARAGRAPHS`) and the block they make with the boilerplate before the
    heading (from ``lines[a]``) stands inside a sentence: the line before it goes on with
    the line after it (``...north of`` / ``Trending Now`` / ``City weather: Frost warning
    issued`` / ``Harrogate and York.``). After a sentence's end, such a paragraph may be
    the article's own subheading: it stays. ``first_para`` is the paragraph of the first
    content line (see :func:`_first_para`)."""
    if a == 0:
        return
    b = i
    while (
        b + 2 < len(lines)
        and b - i < _HEADLINE_PARAGRAPHS
        and lines[b + 1].match is None
        and lines[b + 1].para != lines[b].para
        and lines[b + 2].para != lines[b + 1].para
        and _headline(text[lines[b + 1].body : lines[b + 1].stop])
    ):
        b += 1
    if b == i or lines[b + 1].match is not None:
        return
    prev = lines[a - 1]  # (its mark, which _mark_shared sets later, tells a list's item)
    prev.shared = a >= 2 and lines[a - 2].para == prev.para and lines[a - 2].match is None
    if _glue(text, lines, a, b, first_para, {}) != " ":
        return
    match = LineMatch("read-more", False, text[lines[i].body : lines[i].stop], "headline")
    for ln in lines[i + 1 : b + 1]:
        ln.match = match


# A line of rating stars ("★★★★☆"): nothing a reader reads, and so no text to classify.
_STARS = regex.compile(r"[\u2605\u2606\u272a-\u2730\u2b50\u2bea\u2beb ]{3,}+")
# The buttons that answer a widget's question ("Is this page useful?" / "Yes" / "No").
_ANSWERS = frozenset(("yes", "no", "maybe", "not sure"))


# The labels a player prints over the title of its clip, and its clip's length.
_PLAYER_LABELS = frozenset(("video", "audio", "watch", "listen", "podcast", "play video"))
_CLIP_LENGTH = regex.compile(r"(?:\d{1,2}:)?\d{1,2}:\d\d")


def _player_blocks(text: str, lines: Sequence[_Line]) -> None:
    """Mark a player's block as boilerplate: a paragraph of three or four lines, the first
    a player's label (``Video``, ``Audio``), the last the clip's length (``1:47``), and
    one or two headlines between them (the clip's title, its show). A paragraph of prose
    never reads so; the label and the length alone are weak, and stay.

    >>> from cleantext.passes import StripBoilerplate
    >>> StripBoilerplate()("Rates rose.\\n\\nVideo\\nUnion reacts\\n1:47\\n\\nBanks fell.\\n")
    'Rates rose.\\n\\nBanks fell.\\n'
    """
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1].para == lines[i].para:
            j += 1
        block = lines[i : j + 1]
        i = j + 1
        if not 3 <= len(block) <= 4:
            continue
        first, last = block[0], block[-1]
        label = text[first.body : first.stop].casefold()
        if (
            first.match is None
            or first.match.family != "media-widget"
            or label.rstrip(":") not in _PLAYER_LABELS
            or _CLIP_LENGTH.fullmatch(text[last.body : last.stop]) is None
        ):
            continue
        middle = block[1:-1]
        if all(ln.match is None and _headline(text[ln.body : ln.stop]) for ln in middle):
            match = LineMatch("media-widget", False, label, "player")
            for ln in block:
                ln.match = match


def _rating_lines(text: str, lines: Sequence[_Line]) -> None:
    """Mark the rows of a widget as its own: a line of rating stars right after a strong
    line of boilerplate in its paragraph (``Rate this recipe`` / ``★★★★★``), and the
    answer buttons after a strong line that asks a question (``Is this page useful?`` /
    ``Yes`` / ``No``). A review's own rating comes after its title, and a transcript's
    answer after a question of its own: they stay.

    >>> from cleantext.passes import StripBoilerplate
    >>> raw = "Eggs.\\n\\nRate this recipe\\n\u2605\u2605\u2605\u2605\u2605\\n\\nMilk.\\n"
    >>> StripBoilerplate()(raw)
    'Eggs.\\n\\nMilk.\\n'
    >>> StripBoilerplate()("Eggs.\\n\\nIs this page useful?\\nYes\\nNo\\n\\nMilk.\\n")
    'Eggs.\\n\\nMilk.\\n'
    """
    asked = False  # the widget's question came before, and answers only since
    for prev, ln in itertools.pairwise(lines):
        if prev.match is None or prev.match.weak or prev.para != ln.para:
            asked = False
            continue
        if ln.match is not None:
            asked = text[prev.body : prev.stop].endswith("?")
            continue
        row = text[ln.body : ln.stop]
        asked = asked or text[prev.body : prev.stop].endswith("?")
        if _STARS.fullmatch(row) is not None or (asked and row.rstrip(".!").casefold() in _ANSWERS):
            ln.match = prev.match
        else:
            asked = False


def _block_heading(text: str, ln: _Line) -> bool:
    """Whether the read-more line ``ln`` can head a block of headlines: a short heading
    with no sentence's end, not itself a teaser with its headline (``Read more: ...``)."""
    match = ln.match
    if match is None or match.kind in ("sentences", "call-to-action", "menu"):
        return False
    if match.entry in _REFERENCE_HEADINGS:
        return False  # a document's own list of references ("See also" / "PEP 8 style")
    if any(slot in match.entry for slot in ("{headline}", "{words}", "{tail}", "{bracketed}")):
        return False
    heading = text[ln.body : ln.stop]
    return len(heading.split()) <= _BLOCK_HEADING_WORDS and not _HEADING_END.search(heading)


def _headline(line: str) -> bool:
    """Whether ``line`` (stripped) reads as a headline in a list of links, not a line of
    prose: after a list marker (``1.``, ``-``), two to :data:`_HEADLINE_WORDS` words, an
    opening that is no lower-case word, an end that no sentence and no wrapped line has
    (no period, comma or colon; no article, conjunction or preposition), no second
    sentence, no subject pronoun and verb over six words or more (``They also have to
    want it``), and no verb in the past before an article in sentence case, which
    headlines drop (``The mayor dismissed the concerns``).

    >>> [_headline(x) for x in ("1. Why mortgage rates are falling again",
    ...  "How old is the oldest ice on Earth?", "U.S. Open draw: key dates")]
    [True, True, True]
    >>> [_headline(x) for x in ("The council voted on Monday.", "and the fares rise",
    ...  "The council said the plan would cost more than expected and",
    ...  "The mayor dismissed the concerns", "Rates rise. Banks pay the price", "Windows")]
    [False, False, False, False, False, False]
    """
    prefix = _LIST_PREFIX.match(line)
    if prefix is not None:
        line = line[prefix.end() :].lstrip()
    words = line.split()
    if not 2 <= len(words) <= _HEADLINE_WORDS:
        return False
    if _LOWER_START.match(line) or not _HEADLINE_END.search(line):
        return False
    if words[-1].casefold() in _OPEN_ENDS or _INNER_END.search(line):
        return False
    if len(words) >= 6 and words[0] in _SUBJECT_WORDS and words[1][:1].islower():
        return False
    return len(words) < 4 or _PAST_OBJECT.search(line) is None or is_title_like(line)


def _tag(line: str) -> bool:
    """Whether ``line`` (stripped) reads as a headline (see :func:`_headline`) or as a tag
    of a list of topics under a heading at a text's end: one to :data:`_TAG_WORDS` words
    that open no sentence in lower case and end in a word or a number (``Injectables``,
    ``Contract manufacturing``).

    >>> _tag("Injectables"), _tag("Contract manufacturing"), _tag("and more."), _tag("It rose.")
    (True, True, False, False)
    """
    if _headline(line):
        return True
    words = line.split()
    return (
        0 < len(words) <= _TAG_WORDS
        and _LOWER_START.match(line) is None
        and _TAG_END.search(line) is not None
    )


_TAG_WORDS = 4
_TAG_END = regex.compile(r"[\p{L}\p{N}]\Z")


def _runs(lines: Sequence[_Line]) -> Iterator[tuple[int, int]]:
    """The (first, last) index of each run of boilerplate lines, in order."""
    i = 0
    while i < len(lines):
        if lines[i].match is None:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].match is not None:
            j += 1
        yield i, j
        i = j + 1


# Weak lines of this many different entries in a row, of two families or more, are a
# menu or a row of buttons ("Print", "Email", "Facebook"), not text; a list of networks
# alone ("Facebook", "Twitter", "WhatsApp") may be an article's list.
_WEAK_RUN = 3


def _resolve_weak(
    lines: Sequence[_Line], placed: Callable[[int, int], str | None] | None = None
) -> int:
    """Weak lines stay unless their run of boilerplate lines holds a strong one, or
    :data:`_WEAK_RUN` different weak entries of two families or more, or ``placed`` gives
    a reason why the run can be no text of the document where it stands (inside a
    sentence, or alone between paragraphs of prose). Each weak line that goes keeps its
    reason in ``why``. Returns how many weak lines stay."""
    kept = 0
    for i, j in list(_runs(lines)):
        run = lines[i : j + 1]
        matches = [ln.match for ln in run if ln.match is not None]
        if not all(m.weak for m in matches):
            reason: str | None = "next to other boilerplate"
        elif len({m.entry for m in matches}) >= _WEAK_RUN and len({m.family for m in matches}) >= 2:
            reason = "in a row of buttons"
        else:
            reason = placed(i, j) if placed is not None else None
        for ln in run:
            if reason is None:
                ln.match = None
                kept += 1
            else:
                ln.why = reason
    return kept
