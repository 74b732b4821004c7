"""Boilerplate inside a paragraph's line, where its edges are sure.

The line rules of :mod:`cleantext.passes.boilerplate` take whole lines, and its inline
markers a list of fixed words between sentences. A scraper also leaves a promotion of any
wording in a line of prose, and where the promotion starts and ends can still be told:

- **glued to a word**, having eaten the sentence's period: the rest of the line from a
  capital right after a lower-case letter or a digit (and the period, if it kept one) is
  a line of boilerplate on its own (``...chips remained weakSubscribe to our
  newsletter``, ``...stranded in TunisRelated: Best history books of the year``), or a
  piece up to the sentence that opens after it is (``...in three countriesImage: Getty
  Images The blood test...``), an entry that ends with its own words (where a headline's
  slot stops inside a line is unclear), or, before a sentence of prose, one of a few words
  or a rest of the line (``...in England.Follow us on Instagram Thousands of commuters
  were...``: the sentence is the story's); two words or more after a letter (``iPhone``'s
  ``Phone`` is a word's own capital; glued ``Advertisement`` has its own rule), a weak
  entry too, and after a line of prose (a notice glued to its next sentence, ``©
  2019 Associated PressAll Rights ReservedThis material...``, is the line rules' to
  judge);
- **in brackets, or between two of the same pictograph**, inside a sentence (``...has
  bottomed out [Sign up for our Property newsletter] after a four-year slump``, ``...oral
  histories ★ Sign up for our books newsletter ★ to show...``);
- **a sentence inserted inside another**: its end, then the sentence it cut going on in
  lower case (``Her father, This article contains affiliate links. who farmed...``);
- **after a sentence's end**: a newsletter's call to action up to the next sentence
  (``...last year. Sign up for the Markets Daily newsletter. The currency has
  fallen...``): only the newsletter family, whose calls no paragraph of prose makes (an
  app's download may be a step of a how-to, ``Download the Acme app for your phone.``, and
  stays); and a photo's credit under its label up to the sentence that opens after it
  (``...was recorded. Photo: © Mine Action Network Most were injured...``), not in a line
  that quotes.

Each piece is read as a line of its own (:meth:`Library.classify
<cleantext.passes.boilerplate_library.Library.classify>`), strong unless said otherwise,
and only when its first word opens a phrase or a template of the library
(:meth:`Library.may_open <cleantext.passes.boilerplate_library.Library.may_open>`): a
glued name such as ``TimeWarner`` costs a lookup, not a reading. Each finder takes a
line's text (stripped) and the library, and returns the spans to remove, what replaces
each and the match that names its rule. A text without any of their signs
(:func:`signs`) costs one cheap look.

>>> from cleantext.passes.boilerplate_library import library
>>> line = "Orders remained weakSubscribe to our newsletter"
>>> [(line[a:b], new) for a, b, new, _ in glued(line, library())]
[('Subscribe to our newsletter', '.')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import regex

from cleantext.passes.boilerplate_library import FAMILIES, Library, LineMatch, library

#: A span of a line to remove (start, end), its replacement and the match that names it.
Found = tuple[int, int, str, LineMatch]

# How far from the line's end a glued tail may start, in characters.
_TAIL_CHARS = 160
# A capital glued to a lower-case letter or a digit in a line, and the sentence's end
# between them if the scraper kept it ("weakSubscribe", "tables.Share"); ASCII letters
# only, as in the first look at the text (see _KIND_TABLE).
# (The capital first: the standard engine looks for it fast, and behind it only then.)
_GLUED_AT = re.compile(r"[A-Z](?:(?<=[a-z0-9][A-Z])|(?<=[a-z0-9][.!?][A-Z]))")
# A promotion in brackets, or between two of the same pictograph, with a space outside
# each end or the line's edge ("out [Sign up for our newsletter] after"); a Markdown link
# or reference ("[Subscribe](https://...)", "[Docs][Rust]") is markup, no promotion.
_SYMBOLS = "\u2605\u2606\u25ba\u25b6\u25cf\u25a0\u25c6\u2726\u272a"  # ★☆►▶●■◆✦✪
# The first two bytes of those in UTF-8: a text's bytes without them hold none.
_SYMBOL_LEADS = frozenset(c.encode()[:2] for c in _SYMBOLS)
_ENCLOSED = regex.compile(
    r"(?:(?<=\s)|^)(?:\[(?P<b>\p{Lu}[^\[\]\n]{6,160}?)\](?![(\[:])"
    rf"|(?P<sym>[{_SYMBOLS}])\s(?P<s>\p{{Lu}}[^\n]{{6,160}}?)\s(?P=sym))(?=\s|$)"
)
# The end of a sentence that another goes on after in lower case ("institutions. as
# they"): two lower-case letters before its period ("a.m. local", "U.S. and" are no
# sentence's end; nor is the mark of a name, "EurekAlert! by").
_CUT_AFTER = regex.compile(r"(?<=\p{Ll}\p{Ll}\.) (?=\p{Ll}{2})")
# Where a sentence inserted in another may start: a capital after a word in lower case or
# a comma and a space ("father, This", "tags EurekAlert!").
_INSERT_START = regex.compile(r"(?<=[\p{Ll},] )\p{Lu}")
_INSERT_CHARS = 300  # the longest inserted sentence looked for
# A request to sign up that opens a sentence after another's end: the newsletter's call
# to action (its end is the next sentence's end, or the line's); or the label of a photo's
# credit, which no sentence of prose opens with ("...was recorded. Photo: (c) Mine Action
# Network Most were injured...": its end is a sentence that opens after it).
_ASKS = ("Sign up", "Subscribe", "SIGN UP", "SUBSCRIBE")
_LABELS = ("Photo:", "Photos:", "Photograph:", "Image:", "Picture:", "Credit:")
_ASK_ALTERNATIVES = "|".join(_ASKS)
_LABEL_ALTERNATIVES = "|".join(map(regex.escape, _LABELS))
_ASK_AFTER_END = regex.compile(
    rf"(?<=\.) (?=(?P<ask>(?:{_ASK_ALTERNATIVES})\b)|{_LABEL_ALTERNATIVES})"
)
_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]?(?= [\"'\u201c\u2018(]?\p{Lu}|$)")
# The first word of a piece of a line (the library's keys write it in lower case).
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]{1,40}+")

# The first look at a text, which must be cheap: its UTF-8 bytes with each ASCII letter in
# lower case, digit and sentence's end read as "a", each capital as "A" and anything else
# but a line break as "#", searched for a capital glued to a word ("weakSubscribe",
# "tables.Share"). A letter outside ASCII is "#" there: that look misses it.
_KINDS = bytearray(b"#" * 256)
for _c in range(128):
    if chr(_c).islower() or chr(_c).isdigit() or chr(_c) in ".!?":
        _KINDS[_c] = ord("a")
    elif chr(_c).isupper():
        _KINDS[_c] = ord("A")
_KINDS[ord("\n")] = ord("\n")
_KIND_TABLE = bytes(_KINDS)
# A capital glued to a word and opening a word of its own ("weakSubscribe": "aAa"; not
# "3D graphics", "BoE"), the capital first, as in _GLUED_AT.
_GLUED_KIND = re.compile(rb"Aa(?<=aAa)")
# A sentence's end before a word in lower case, a request to sign up or a credit's label,
# in a line or a text's bytes (the first looks of :func:`inserted` and :func:`after_end`),
# for the standard engine, which finds a pattern that opens with fixed text fast.
_CUT_GATE = re.compile(r"\. [a-z](?<=[a-z]{2}\. [a-z])")
_ASK_GATE = re.compile(r"\. (?:" + "|".join(map(re.escape, _ASKS + _LABELS)) + ")")
_AFTER_END_BYTES = re.compile(
    rb"\. (?:(?P<ask>" + "|".join(map(re.escape, _ASKS + _LABELS)).encode() + rb")"
    rb"|[a-z](?<=[a-z]{2}\. [a-z]))"
)
# A word, up to the longest that opens an entry (a longer run is no word of a page: "aAaA...").
_WORD_CHARS = 40
_ASCII_WORD_BYTES = re.compile(rb"[A-Za-z0-9]{1,%d}" % _WORD_CHARS)


def signs(text: str, lib: Library) -> dict[int, frozenset[str]]:
    """The lines of ``text`` (by number, counting ``"\\n"``) where a finder may find
    something, with the names of those finders (``"glued"``, ``"enclosed"``,
    ``"inserted"``, ``"asks"``): a capital glued to a word, which opens a phrase or a
    template of ``lib``; a bracket or a pictograph; a sentence's end before a word in lower
    case; a request to sign up. None in most texts. The look reads the text's UTF-8 bytes,
    where the standard engine searches fastest.

    >>> from cleantext.passes.boilerplate_library import library
    >>> signs("Rates rose in TimeWarner.\\n", library())
    {}
    >>> signs("Title\\n\\nRates rose in MayRead more\\n", library())
    {2: frozenset({'glued'})}
    """
    raw = text.encode("utf-8", "surrogatepass")
    kinds = raw.translate(_KIND_TABLE)
    marks = [b"["] if b"[" in raw else []
    if len(raw) > len(text) and any(lead in raw for lead in _SYMBOL_LEADS):
        marks += [c.encode() for c in _SYMBOLS if c in text]
    opened = _opened(raw, lib)
    if (
        not marks
        and not opened
        and _GLUED_KIND.search(kinds) is None
        and _AFTER_END_BYTES.search(raw) is None
    ):
        return {}  # the common case, told by a few searches
    hits = [(pos, "glued") for pos in _glued_capitals(raw, kinds, lib)]
    for mark in marks:
        pos = raw.find(mark)
        while pos >= 0:
            hits.append((pos, "enclosed"))
            pos = raw.find(mark, pos + 1)
    hits += [
        (m.start(), "inserted" if m.group("ask") is None else "asks")
        for m in _AFTER_END_BYTES.finditer(raw)
    ]
    hits += [(pos, "between") for pos in opened]
    found: dict[int, set[str]] = {}
    number = last = 0
    for pos, name in sorted(hits):
        number += raw.count(b"\n", last, pos)
        last = pos
        found.setdefault(number, set()).add(name)
    return {number: frozenset(names) for number, names in found.items()}


def _glued_capitals(raw: bytes, kinds: bytes, lib: Library) -> list[int]:
    """Where, in the UTF-8 bytes ``raw`` of a text (read as ``kinds``, see
    :data:`_KIND_TABLE`), a capital glued to a word opens a word that opens a phrase or a
    template of ``lib`` (most glued capitals are a name's: "TimeWarner", "McCall")."""
    out: list[int] = []
    for found in _GLUED_KIND.finditer(kinds):
        word = _ASCII_WORD_BYTES.match(raw, found.start())
        if word is not None and lib.may_open(word.group().decode("ascii").lower()):
            out.append(found.start())
            if len(out) == _MOST_SIGNS:
                break  # (a text of glued words: "endThe endThe ...")
    return out


# The most places of glued capitals that the first look at a text notes.
_MOST_SIGNS = 256


# The most pieces of one line that a finder reads with the library, and the most places
# where it looks for one: a line with more candidates is no scraped paragraph ("endThe
# endThe ...", "fooBarBazQux..."), and costs no more.
_READINGS = 24
_PLACES = 2 * _READINGS


class _Reader:
    """Reads pieces of one line as lines of their own, :data:`_READINGS` at most, each
    only if its first word opens a phrase or a template of the library."""

    __slots__ = ("left", "lib")

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.left = _READINGS

    @property
    def spent(self) -> bool:
        return self.left <= 0

    def match(self, piece: str, *, weak: bool = False) -> LineMatch | None:
        """The match of ``piece``: a strong one, or a weak one too if ``weak``."""
        if self.left <= 0:
            return None
        first = _FIRST_WORD.search(piece)
        if first is None or not self.lib.may_open(first.group().casefold()):
            return None
        self.left -= 1
        match = self.lib.classify(piece)
        return match if match is not None and (weak or not match.weak) else None


# A word that opens a sentence after a lower-case word inside a headline or a caption:
# the slot ran on into the story ("Image: Getty Images The blood test identified...").
_RUNS_ON = regex.compile(
    r"\p{Ll}[ \u00a0]++(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|These|Those"
    r"|There|Nobody|Neither|None|But|And|Both|All|Some|Many|Most|Each|Every)\b"
)
_FREE_SLOTS = ("{headline}", "{caption}", "{bracketed}")


def _runs_on(piece: str, match: LineMatch) -> bool:
    """Whether the headline or caption slot of ``match`` took the story after ``piece``'s
    furniture too: a sentence opens inside it, or it ends with a sentence's period (a
    headline has none)."""
    if match.kind != "template" or not any(slot in match.entry for slot in _FREE_SLOTS):
        return False
    return _RUNS_ON.search(piece) is not None or piece.rstrip().endswith(".")


# The space before a word that opens a sentence: where a piece of furniture glued into a
# line may end ("...in three countriesImage: Getty Images The blood test...").
_OPENS_AFTER = regex.compile(
    r"(?<=[\p{L}\p{N}.]) (?=(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|These"
    r"|Those|There|But|In|On|At|For|After|When|While|Most|Many|Some)\b)"
)
_PIECE_CHARS = 100  # the longest piece glued inside a line
# A line of prose before a glued piece: this many words in lower case at least, in the
# characters right before it.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{2,}+(?![\p{L}\p{N}])")
_PROSE_WORDS = 2
_PROSE_CHARS = 80
# The slots that end an entry where the line ends, not where its words do.
_OPEN_ENDS = (
    "{headline}",
    "{caption}",
    "{bracketed}",
    "{words}",
    "{tail}",
    "{webtail}",
    "{apptail}",
    "{site}",
)


def glued(line: str, lib: Library) -> list[Found]:
    """Furniture glued to a word of ``line`` (see the module docs): the tail of the line
    from a glued capital, or a piece from a glued capital to a sentence that opens after
    it, whose entry ends with its own words (``photo: {credit}``, not ``read more:
    {headline}``: where a headline stops inside a line is unclear). Each goes with
    ``"."`` in its place where it ate the sentence's period; a piece of one word only
    after that period (``tables.Share It went``), a capital inside a word being its own
    (``iPhone``, ``TimeWarner``). The line before the piece is prose, with
    :data:`_PROSE_WORDS` words in lower case at least: a notice glued to its own next
    sentence (``© 2019 Associated PressAll Rights ReservedThis material may not...``) is
    the line rules' to judge.

    >>> from cleantext.passes.boilerplate_library import library
    >>> line = "It is paid per wordRelated: Best history books of the year"
    >>> [(line[a:b], new) for a, b, new, _ in glued(line, library())]
    [('Related: Best history books of the year', '.')]
    >>> line = "It was tested in three countriesImage: Getty Images The test works."
    >>> [(line[a:b], new) for a, b, new, _ in glued(line, library())]
    [('Image: Getty Images', '.')]
    >>> glued("He bought a new iPhone", library()), glued("Shares in TimeWarner", library())
    ([], [])
    """
    found: list[Found] = []
    reader = _Reader(lib)
    taken = 0  # where the last piece found ends
    places = _PLACES
    for m in _GLUED_AT.finditer(line):
        start = m.start()
        if start < taken:
            continue
        if reader.spent or places == 0:
            break
        first = _FIRST_WORD.match(line, start)
        if first is None or not lib.may_open(first.group().casefold()):
            continue  # (most glued capitals are a name's: "TimeWarner", "McDonald")
        places -= 1
        if len(_LOWER_WORD.findall(line, max(0, start - _PROSE_CHARS), start)) < _PROSE_WORDS:
            continue  # (a notice glued to its next sentence, "Associated PressAll Rights...")
        stop = line[start - 1] in ".!?"
        new = "" if stop else "."
        piece = _piece(line, start, stop, reader)
        if len(line) - start <= _TAIL_CHARS:
            tail = line[start:]
            if stop or " " in tail:
                match = reader.match(tail, weak=" " in tail)
                if (
                    match is not None
                    and not _runs_on(tail, match)
                    # a sentence of prose after a piece of furniture is the story's
                    # ("...in England.Follow us on Facebook The ban comes into force..."),
                    # which the tail's free slot would take too
                    and (piece is None or reader.match(line[piece[0] :], weak=True) is not None)
                ):
                    found.append((start, len(line), new, match))
                    break
        if piece is not None and piece[1] is not None:
            found.append((start, piece[0], new, piece[1]))
            taken = piece[0]
    return found


def _piece(
    line: str, start: int, stop: bool, reader: _Reader
) -> tuple[int, LineMatch | None] | None:
    """Where the glued piece of furniture at ``start`` of ``line`` ends, before a sentence
    that opens after it, and its match; None if no such piece is furniture whose entry ends
    with its own words. ``stop``: the sentence before it kept its period (a piece of one
    word may go then). A sentence opens at a word that opens sentences ("The", "But"),
    where the entry may end in any slot but a headline's or a caption's: those are tried
    first; then at any capital that a sentence of prose follows from
    ("...newsletter Thousands of commuters were forced onto buses."), the nearest first.
    An entry may end there in an optional rest of the line ("follow us on
    {networks}{tail}"), which would take the sentence too, but not in a slot of a few words
    or a name, which may stop inside a name ("Also on Christmas" / "Day, John Nettles..."):
    such a piece comes with no match, and neither it nor the rest of the line goes."""
    for opener in _OPENS_AFTER.finditer(line, start, start + _PIECE_CHARS):
        piece = line[start : opener.start()]
        if not stop and " " not in piece:
            continue
        match = reader.match(piece, weak=stop or " " in piece)
        if match is not None and (
            _ends_with_its_words(match) or match.entry.endswith(_OPTIONAL_ENDS + _SHORT_ENDS)
        ):
            return opener.start(), match
    for cut in _CAPITAL_AFTER.finditer(line, start, start + _PIECE_CHARS):
        piece = line[start : cut.start()]
        # (a piece of one word before a capital is a name's: "necessary.Home Secretary"; a
        # piece that ends on "on" goes on: "Follow us on" / "Instagram Thousands of...")
        if " " not in piece or _GOES_ON.search(piece) is not None or not _prose_at(line, cut.end()):
            continue
        match = reader.match(piece, weak=True)
        if match is None:
            continue
        if not _ends_before_a_capital(match):
            return cut.start(), None  # where it ends is unclear: it stays, and the prose
        return cut.start(), match
    return None


def _ends_before_a_capital(match: LineMatch) -> bool:
    """Whether the entry of ``match`` ends where a piece before a capital ends: its own
    words, a request of its own ("Get our free newsletter"), a closed slot (a network, a
    count, a handle), then perhaps an optional rest of the line; a name's or a section's
    slot may go on into the capital ("also on {section}": "Also on Christmas" / "Day").

    >>> follow = LineMatch("share-follow", False, "follow us on {networks}{tail}", "template")
    >>> also = LineMatch("read-more", False, "also on {section}", "template")
    >>> _ends_before_a_capital(follow), _ends_before_a_capital(also)
    (True, False)
    """
    if match.kind in ("phrase", "pattern", "call-to-action"):
        return True
    entry = match.entry
    for end in _OPTIONAL_ENDS:
        entry = entry.removesuffix(end)
    return match.kind == "template" and (not entry.endswith("}") or entry.endswith(_CLOSED_SLOTS))


# Slots whose words are of a closed kind: a network, a count, a handle, an address, a
# domain, a duration, a time, a year.
_CLOSED_SLOTS = (
    "{networks}", "{netlist}", "{n}", "{handle}", "{email}", "{domain}", "{duration}",
    "{stamp}", "{year}",
)  # fmt: skip


# The last word of a piece that goes on past it ("Follow us on" / "Instagram ...").
_GOES_ON = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:on|to|for|at|with|from|by|of|in|the|a|an|our|your|and|or|via)\Z"
)


# The space before a capital that may open a sentence after a piece of furniture.
_CAPITAL_AFTER = regex.compile(r"(?<=[\p{L}\p{N}.!?]) (?=[\"\u201c]?\p{Lu})")
# A sentence from a capital to its end, 300 characters at most: prose when three words in
# lower case or more are in it ("Thousands of commuters were forced onto buses.").
_SENTENCE_AHEAD = regex.compile(r"[\"\u201c]?\p{Lu}[^.!?\n]{0,300}?[.!?]")
_PROSE_LOWER_WORDS = 3


def _prose_at(line: str, pos: int) -> bool:
    """Whether a sentence of prose opens at ``pos`` of ``line``.

    >>> _prose_at("Thousands of commuters were forced onto buses.", 0)
    True
    >>> _prose_at("Twitter Instagram", 0), _prose_at("The Morning Brief. Sign up", 0)
    (False, False)
    """
    m = _SENTENCE_AHEAD.match(line, pos)
    return m is not None and len(_LOWER_WORD.findall(m.group())) >= _PROSE_LOWER_WORDS


# The slots of a few words or of a name that end an entry: before a word that opens
# sentences ("Sign up to our free newsletter" / "The first spirit..."), the piece is whole.
_SHORT_ENDS = ("{words}", "{site}")
# The slots that end an entry with an optional rest of the line: a piece that the entry
# takes without it is whole ("Follow us on Facebook" of "follow us on {networks}{tail}").
_OPTIONAL_ENDS = ("{tail}", "{webtail}", "{apptail}")


def _ends_with_its_words(match: LineMatch) -> bool:
    """Whether the entry of ``match`` ends with its own words (a phrase, a pattern, a
    template whose last slot is no free text), so that a line's piece ends where it does."""
    if match.kind in ("phrase", "pattern"):
        return True
    return match.kind == "template" and not match.entry.rstrip(".!?)").endswith(_OPEN_ENDS)


def enclosed(line: str, lib: Library) -> list[Found]:
    """Promotions in brackets, or between two of the same pictograph, inside ``line``
    (see the module docs), each with one space beside it.

    >>> from cleantext.passes.boilerplate_library import library
    >>> line = "Prices have bottomed out [Sign up for our Property newsletter] after a slump."
    >>> [line[a:b] for a, b, _, _ in enclosed(line, library())]
    [' [Sign up for our Property newsletter]']
    >>> enclosed("See the table [Share of votes by region] below.", library())
    []
    """
    found: list[Found] = []
    if "[" not in line and (line.isascii() or not any(c in line for c in _SYMBOLS)):
        return found
    reader = _Reader(lib)
    for places, m in enumerate(_ENCLOSED.finditer(line)):
        if reader.spent or places == _PLACES:
            break
        if m.start() == 0 and m.end() == len(line):
            continue  # a line of its own: the line rules read it
        match = reader.match(m.group("b") or m.group("s"))
        if match is None:
            continue
        start, end = m.span()
        if start > 0:
            start -= 1  # the space before it
        elif end < len(line):
            end += 1  # at the line's start: the space after it
        found.append((start, end, "", match))
    return found


def inserted(line: str, lib: Library) -> list[Found]:
    """Sentences of boilerplate inserted inside a sentence of ``line``, which goes on in
    lower case after them (see the module docs), each with the space after it.

    >>> from cleantext.passes.boilerplate_library import library
    >>> line = "Her father, This article contains affiliate links. who farmed, is central."
    >>> [line[a:b] for a, b, _, _ in inserted(line, library())]
    ['This article contains affiliate links. ']
    """
    found: list[Found] = []
    if _CUT_GATE.search(line) is None:
        return found
    reader = _Reader(lib)
    taken = len(line)  # where the last sentence found starts (the cuts go from the end)
    for cut in reversed(list(_CUT_AFTER.finditer(line))[-_PLACES:]):
        end = cut.start()  # after the inserted sentence's period
        if end >= taken:
            continue  # a period inside a sentence found already ("EurekAlert! by")
        if reader.spent:
            break
        window = _INSERT_START.finditer(line, max(0, end - _INSERT_CHARS), end)
        for start in reversed([m.start() for m in window]):  # the shortest sentence first
            match = reader.match(line[start:end])
            if match is not None:
                found.append((start, end + 1, "", match))
                taken = start
                break
    return found[::-1]


def after_end(line: str, lib: Library) -> list[Found]:
    """Newsletter calls to action after a sentence's end inside ``line``, up to the next
    sentence's end or the line's, and photo credits under their label, up to the
    sentence that opens after them (see the module docs; not in a line that quotes), each
    with the space before it.

    >>> from cleantext.passes.boilerplate_library import library
    >>> line = "The yen fell. Sign up for the Markets Daily newsletter. The bank said..."
    >>> [line[a:b] for a, b, _, _ in after_end(line, library())]
    [' Sign up for the Markets Daily newsletter.']
    >>> line = "Most were children. Photo: Jane Doe/AFP Many were hurt at play."
    >>> [line[a:b] for a, b, _, _ in after_end(line, library())]
    [' Photo: Jane Doe/AFP']
    >>> after_end("It fell. Subscribe, the firm urged. It rose.", library())
    []
    """
    found: list[Found] = []
    if _ASK_GATE.search(line) is None:
        return found
    reader = _Reader(lib)
    for places, gap in enumerate(_ASK_AFTER_END.finditer(line)):
        if reader.spent or places == _PLACES:
            break
        start = gap.end()
        if gap.group("ask") is not None:
            stop = _SENTENCE_END.search(line, start)
            end = stop.end() if stop is not None else len(line)
            match = reader.match(line[start:end])
            if match is not None and match.family == "newsletter":
                found.append((gap.start(), end, "", match))
            continue
        if _QUOTES.search(line, 0, start) is not None:
            continue  # a credit that a quotation quotes ('... 1952. Photo: N. Reay."')
        for opener in _OPENS_AFTER.finditer(line, start, start + _PIECE_CHARS):
            piece = line[start : opener.start()]
            match = reader.match(piece)
            if match is not None and match.family == "photo-credit":
                if _ends_with_its_words(match) and _QUOTES.search(piece) is None:
                    found.append((gap.start(), opener.start(), "", match))
                break
    return found


_QUOTES = regex.compile(r"[\"\u201c\u201d]")


# Words that open sentences of prose as often as furniture: a piece of a line that opens
# with one is looked at only when its first two words open an entry ("This post may
# contain affiliate links.", "Was this email forwarded to you?").
_COMMON_OPENERS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they",
    "we", "i", "you", "our", "your", "his", "her", "their", "my", "in", "on", "at", "for",
    "with", "from", "by", "and", "but", "or", "as", "if", "when", "while", "after",
    "before", "more", "most", "some", "many", "all", "no", "not", "there", "here", "what",
    "who", "how", "why", "where", "one", "new", "last", "first", "next", "so", "then",
    "also", "only", "even", "just", "still", "now", "today", "under", "over", "about",
    "since", "during", "both", "each", "every", "other", "such", "was", "is", "are", "be",
    "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
    "should", "must", "to", "of", "up", "out", "back", "down", "off", "however", "meanwhile",
    "earlier", "later", "last", "local", "police", "officials", "people",
))  # fmt: skip
_Tree = dict[str, "_Tree"]


def trie(words: Iterable[str]) -> str:
    """A pattern that finds any of ``words``, their common prefixes factored out (the
    standard engine then tries a few branches at each position, not one per word).

    >>> trie(["Ad", "Advert", "Anzeige"])
    'A(?:d(?:vert)?|nzeige)'
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Tree) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return emit(tree)


# The openings of each library (see :func:`_openings`), by its id, with the library itself.
_OPENINGS: dict[int, tuple[Library, frozenset[str]]] = {}
_KEY_TOKEN = regex.compile(r"\{\w+\}|[\p{L}\p{N}]+|\S")
# A sentence's end (after a word in lower case, a number of two digits or more, a per cent
# sign or a closing quote: not a clause's number, "8. Newsletters") and a capitalised
# word after it, with the word after that, in a text's UTF-8 bytes.
_LOWER_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz%\"')")
_ALNUM_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")


def _openings(lib: Library) -> frozenset[str]:
    """The words (in lower case) that open a phrase or a template of ``lib``, and the
    first two words where the first is a common opener of prose (:data:`_COMMON_OPENERS`:
    ``this post``, ``was this``): where a piece of furniture may open after a sentence's
    end. Found once for each library."""
    kept = _OPENINGS.get(id(lib))
    if kept is not None and kept[0] is lib:
        return kept[1]
    keys = [k for k in lib.phrases if k.isascii()]
    keys += [t.entry.casefold() for t, _ in lib.templates if t.entry.isascii()]
    openings: set[str] = set()
    for key in keys:
        tokens = key.split(" ", 2)
        words = [w for w in _KEY_TOKEN.findall(key) if w.isalnum()][:2]
        if not words or tokens[0].startswith("{"):
            continue
        if words[0] not in _COMMON_OPENERS:
            openings.add(words[0])
        elif (
            len(words) == 2
            and len(tokens) > 1
            and not tokens[1].startswith("{")
            and words[1] not in _COMMON_OPENERS
        ):
            openings.add(f"{words[0]} {words[1]}")
    found = frozenset(openings)
    _OPENINGS[id(lib)] = (lib, found)
    return found


def _opened(raw: bytes, lib: Library) -> list[int]:
    """Where, in the UTF-8 bytes ``raw`` of a text or an ASCII line, a piece of furniture
    may open after a sentence's end (the offset of the space before it): a word of
    :func:`_openings` (or its first two words), capitalised or in capitals, after the end
    of a word in lower case, a number of two digits or more, a per cent sign or a closing
    quote (not a clause's number, "8. Newsletters"). At most :data:`_MOST_SIGNS`."""
    out: list[int] = []
    for m in _opening_pattern(lib).finditer(raw):
        at = m.start()
        if not (
            (at > 0 and raw[at - 1] in _LOWER_BYTES)
            or (at > 1 and raw[at - 1] in _ALNUM_BYTES and raw[at - 2] in _ALNUM_BYTES)
            or raw[at + 1] in b"\"')"
        ):
            continue
        out.append(m.start(1))
        if len(out) == _MOST_SIGNS:
            break
    return out


def _opening_pattern(lib: Library) -> re.Pattern[bytes]:
    """A sentence's end and a word of :func:`_openings` after it (in one trie)."""
    kept = _OPENING_PATTERNS.get(id(lib))
    if kept is not None and kept[0] is lib:
        return kept[1]
    forms = {f(w) for w in _openings(lib) for f in (str.capitalize, str.upper)}
    pattern = re.compile(rb"[.!?][\"')]?( )(?:" + trie(forms).encode() + rb")(?![A-Za-z0-9])")
    _OPENING_PATTERNS[id(lib)] = (lib, pattern)
    return pattern


_OPENING_PATTERNS: dict[int, tuple[Library, re.Pattern[bytes]]] = {}


# A word that opens a sentence for certain after a piece of furniture: an article or a
# pronoun ("...alerts The Celtics led"), or a capitalised word before a verb of a
# sentence ("...count losses Motorists have been warned").
_SURE_OPENER = regex.compile(
    r"(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|These|Those|There|But|In|On"
    r"|At|After|When|While)\b"
    r"|\p{Lu}[\p{L}\p{N}'-]*+ (?:has|have|had|was|were|is|are|will|would|could|can|must"
    r"|should|said|says|did|do|does)\b"
)
# A capitalised word before a word in lower case: a sentence may open there.
_OPENER = regex.compile(r"\p{Lu}[\p{L}\p{N}'-]*+ [\p{Ll}\d]|\p{Lu}\b")
_GAP_END = regex.compile(r"[.!?][\"'\u201d\u2019)]?(?= [\"'\u201c\u2018(]?\p{Lu})|[.!?]?$")
_BETWEEN_CHARS = 200  # the longest piece looked for
_BETWEEN_ENDS = 8  # the most ends of one piece tried
_BETWEEN_SENTENCES = 2  # the most sentences of one piece
_LOOSE_WORDS = 5  # the most words of a piece before a word that may open a sentence


# The families that :func:`between` leaves to other finders: ad markers to the inline
# rules, photo credits to :func:`after_end`, which takes only one that ends with its own
# words ("... pp. 112-13. Photograph by Jane McIntyre." credits a recipe's picture).
_NOT_BETWEEN = frozenset(("ad-marker", "photo-credit"))
# The entries of a release's contacts, which stay inside a line of its prose.
_CONTACTS = ("media contact", "press contact", "media enquiries", "media inquiries")


def between(line: str, lib: Library) -> list[Found]:
    """Furniture between two sentences of ``line``, or after its last: a piece that opens
    after a sentence's end with a word of :func:`_openings` and ends with its own sentence's
    end, or before a sentence that opens for certain (an article or a pronoun, or a
    capitalised word before a verb: ``...higher ground. ALSO READ: Floods: Families count
    losses Motorists have been warned...``) or where any capitalised word opens one after
    an entry that ends with its own words, the longest such piece (``...the win. Watch
    highlights on Sky Sports Ireland had come back...``), or at the line's end; read as a
    line of its own, strong
    (a weak entry in capitals: ``SHOP NOW``), and a headline's slot that ran on into a
    sentence takes nothing: where a headline ends inside a line is unclear, it goes only at
    the line's end. An ad marker is the inline rules' to judge. Not inside a quotation.
    Each goes with the space before it.

    >>> from cleantext.passes.boilerplate_library import library
    >>> line = "It rose 3%. Share Copy link The far-right party is second."
    >>> [line[a:b] for a, b, _, _ in between(line, library())]
    [' Share Copy link']
    >>> between("Shares rose. Share prices fell. They rose again.", library())
    []
    """
    found: list[Found] = []
    raw = line.encode("utf-8", "surrogatepass")
    if not line.isascii():
        return found  # (the gate reads bytes: offsets are a str's only in ASCII)
    reader = _Reader(lib)
    taken = 0
    for places, gap in enumerate(_opened(raw, lib)):
        if reader.spent or places == _PLACES:
            break
        start = gap + 1
        if start < taken or line.count('"', 0, start) % 2:
            continue  # inside a piece found, or a quotation
        screen = lib.screen
        if screen is not None and not screen.may_open(line[start : start + _BETWEEN_CHARS]):
            continue  # no entry opens so (most sentences of prose)
        hit = _piece_between(line, start, reader)
        if hit is not None:
            found.append((start - 1, hit[0], "", hit[1]))
            taken = hit[0]
    if found and library(FAMILIES).classify(line) is not None:
        return []  # a notice of an opt-in family, whose own last sentence is its ("This
        # article is republished from ... Read the original article."): kept whole
    return found


def _piece_between(line: str, start: int, reader: _Reader) -> tuple[int, LineMatch] | None:
    """The end and the match of the furniture that opens at ``start`` (see :func:`between`)."""
    limit = min(len(line), start + _BETWEEN_CHARS)
    ends: list[tuple[int, bool]] = []  # where a piece may end, and whether it opens for sure
    for m in _GAP_END.finditer(line, start, limit):
        if m.end() > start + 1:
            ends.append((m.end(), True))
            if len(ends) == _BETWEEN_SENTENCES:
                break
    # inside its first sentence, before a sentence that opens for sure, or any capitalised
    # word after a short piece
    first = ends[0][0] if ends else limit
    pos = line.find(" ", start)
    words = 1
    while 0 <= pos < first:
        sure = _SURE_OPENER.match(line, pos + 1) is not None
        if sure or (words <= _LOOSE_WORDS and _OPENER.match(line, pos + 1) is not None):
            ends.append((pos, sure))
        pos = line.find(" ", pos + 1)
        words += 1
    loose: tuple[int, LineMatch] | None = None  # the longest piece before a loose opener
    for end, sure in sorted(set(ends))[:_BETWEEN_ENDS]:
        if reader.spent:
            break
        piece = line[start:end]
        if _QUOTES.search(piece) is not None:
            break
        if piece.endswith(":") or " " not in piece:
            continue  # a label of what follows it ("RELATED: Ferry firm fined"), or a word
            # alone (the inline markers' to judge)
        match = reader.match(piece, weak=piece.isupper() and " " in piece)
        if match is None or match.family in _NOT_BETWEEN or _runs_on(piece, match):
            continue  # (an ad marker is the inline rules', a photo credit after_end's; a
            # headline's slot took a sentence)
        if match.entry.startswith(_CONTACTS):
            continue  # a release's own contacts, inside its prose ("... diseases. Media
            # contact: Jane O'Connor, VP Communications, ...")
        if match.family == "app-promo" and piece.endswith("."):
            continue  # a step of a how-to ("Download the Acme app for your phone."), as
            # a widget's label has no period
        own = _ends_with_its_words(match)
        if end == len(line) or line[end - 1] in ".!?\"')" or (own and sure):
            return end, match
        if sure and not any(slot in match.entry for slot in _FREE_SLOTS):
            return end, match  # an open rest ("Download the app for live scores")
        if own:
            loose = (end, match)
    return loose


#: The finders, by the name of their sign (see :func:`signs`), in the order they are tried.
FINDERS: dict[str, Callable[[str, Library], list[Found]]] = {
    "glued": glued,
    "enclosed": enclosed,
    "inserted": inserted,
    "asks": after_end,
    "between": between,
}


def find_all(text: str, lib: Library, where: dict[int, frozenset[str]]) -> dict[str, list[Found]]:
    """What the finders find in the lines of ``text`` that :func:`signs` names (``where``),
    by the line's text (stripped), for the lines where they find something: none in most
    texts, which then need no closer look.

    >>> from cleantext.passes.boilerplate_library import library
    >>> text = "Title\\n\\nOrders remained weakSubscribe to our newsletter\\n"
    >>> found = find_all(text, library(), signs(text, library()))
    >>> [(line, [(a, new) for a, _, new, _ in hits]) for line, hits in found.items()]
    [('Orders remained weakSubscribe to our newsletter', [(20, '.')])]
    """
    out: dict[str, list[Found]] = {}
    if not where:
        return out
    lines = text.split("\n")
    for number, names in where.items():
        line = lines[number].strip()
        if line in out:
            continue
        found = [hit for name, find in FINDERS.items() if name in names for hit in find(line, lib)]
        if found:
            out[line] = found
    return out
