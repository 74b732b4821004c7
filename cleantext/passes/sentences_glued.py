"""Glued junctions for :mod:`cleantext.passes.sentences`: "industryDeepSeek", "AIThe".

A token that glues two words is cut in humps (:mod:`~cleantext.passes.sentences_lexicon`);
:class:`_Judge` weighs the evidence for a lost ". " at each junction and
:func:`_decide_glued` returns the repairs and suggestions. Private to the sentences pass.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_evidence import (
    _LETTER,
    _TOKEN,
    _Counts,
    _Document,
    _strip_possessive,
)
from cleantext.passes.sentences_lexicon import (
    INNER_CAP,
    MAX_HUMPS,
    Lexicon,
    bare,
    hump_kind,
    humps,
)
from cleantext.passes.spaces import ODD_SPACES, ZERO_WIDTH
from cleantext.passes.text_view import TextView

# A blank and a number after the word that follows a token ("More than| 40").
_NUMBER_AFTER = regex.compile(r"[ \t]++\p{N}")
# Sentence openers of a quantity: "More than 12 labels", "One in 8 drivers".
_QUANTITY_OPENERS = frozenset(
    [
        ("More", "than"),
        ("Less", "than"),
        ("Fewer", "than"),
        ("One", "in"),
        ("One", "of"),
        ("Up", "to"),
    ]
)
# The word after a token: across spaces, tabs and the odd or invisible spaces that the
# whitespace pass turns into spaces or drops later ("theER \u200bIt" reads "theER It").
_NEXT_WORD = regex.compile(
    rf"(?:['’]s?+|-\p{{Ll}}++)?+[ \t{ODD_SPACES}{ZERO_WIDTH}]++([{_LETTER}]++)"
)
_ROMAN = regex.compile(r"[IVXLC]++")
_SCORE = regex.compile(r"\p{N}-")
_YEAR = regex.compile(r"1[5-9]\d\d|20\d\d")
EDIT, SUGGEST, NONE = 2, 1, 0
# The rest of a double-barrelled name after its first part ("-Hill" of "Rose-Hill").
_BARRELLED = regex.compile(r"-\p{Lu}\p{Ll}")


class _Verdict(NamedTuple):
    level: int
    priority: int
    note: str


class _Occ(NamedTuple):
    """One token that holds glued-junction candidates."""

    start: int  # offset of the token in the text
    humps: tuple[str, ...]
    offsets: tuple[int, ...]  # offset of each hump in the text
    segs: dict[tuple[int, int], str]  # (a, b) -> the humps a..b joined
    next: str  # the word after the token, if only spaces separate them


# What follows a firm's name ("XenSource Ltd.", "PayPal Inc").
_FIRM_SUFFIXES = frozenset(
    ["Ltd", "Inc", "Corp", "LLC", "GmbH", "plc", "PLC", "AG", "Co", "Limited", "LLP"]
)
# What a token spelt this way holds: (humps that may hide a junction, their segments,
# all its humps, whether its last hump may hide "I" or "Ms" after an acronym).
_Split = tuple[list[str], dict[tuple[int, int], str], list[str], bool]
_TRAILING = ",.;:!?)"


def _plain_word(chunk: str) -> tuple[str, int]:
    """For a chunk that is one ASCII word of letters and digits, maybe with a possessive
    and trailing punctuation (",.;:!?)", never ".."), the word and where its token ends
    (after a possessive 's); else ("", 0).

    Such a chunk is what _glued_tokens and the missing-space search would see as that
    one token and nothing else: no URL or code mark, no capital after its punctuation.
    """
    if chunk.isascii() and chunk.isalnum():
        return chunk, len(chunk)
    core = chunk.rstrip(_TRAILING)
    if ".." in chunk[len(core) :]:
        return "", 0
    if core[-2:] in ("'s", "’s"):
        word, stop = core[:-2], len(core)  # the token goes on over 's
    elif core[-1:] in ("'", "’"):
        word, stop = core[:-1], len(core) - 1
    else:
        word, stop = core, len(core)
    if word and word.isascii() and word.isalnum():
        return word, stop
    return "", 0


def _glued_tokens(
    text: str,
    start: int,
    end: int,
    cache: dict[str, _Split],
    lex: Lexicon,
) -> Iterator[_Occ]:
    """Tokens of the chunk text[start:end] that hold a candidate junction inside."""
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        if m.end() < len(text) and text[m.end()] == "(":
            continue  # a function call: getElementById(...)
        if m.start() > 0 and text[m.start() - 1] == "." and tok[:1].islower():
            continue  # a method: obj.getName
        if _named_in_code(text, m.start(), m.end()) or _in_blob(text, m.start(), m.end()):
            continue
        occ = _glued_token(text, m.start(), m.end(), _strip_possessive(tok), cache, lex)
        if occ is not None:
            yield occ


def _in_blob(text: str, start: int, end: int) -> bool:
    """The token text[start:end] is glued by a "+" to more letters or digits: a piece of a
    base64 blob or a formula ("bfXv33i+Ybqypa4ET", "x+yZ"), no prose.

    >>> _in_blob("vEeKaq5xyh+xKrhfQgUL7", 11, 21), _in_blob("Disney+ The", 0, 6)
    (True, False)
    """
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (before[1:] == "+" and before[:1].isalnum()) or (
        after[:1] == "+" and after[1:].isalnum()
    )


# Invisible characters (zero-width spaces, word joiners, byte-order marks) that the
# whitespace pass deletes: the text reads as if they were not there.
_INVISIBLE = regex.compile(f"[{ZERO_WIDTH}]++")


def _visible(text: str) -> TextView | None:
    """``text`` without its invisible characters, or None if it has none: a sentence
    glued on behind one (``Europe\\u200bHowever``) reads glued once they are gone.

    >>> _visible("in Europe\\u200bHowever").text, _visible("in Europe. However")
    ('in EuropeHowever', None)
    """
    if text.isascii() or not any(c in text for c in ZERO_WIDTH):
        return None
    return TextView.replacing(text, [m.span() for m in _INVISIBLE.finditer(text)], "")


# Quotes around a token that then names a key, a value or a term, not a sentence.
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"


def _named_in_code(text: str, start: int, end: int) -> bool:
    """The token text[start:end] is one name by what stands around it: brackets or quotes
    right around it (``[IPStream]``, ``"createdAt":``), an ``=`` right after it
    (``timeoutMs=30``, ``isOn = true``), a dot and a lower-case letter (``globalThis.crypto``,
    ``UnixCrypt.java``), or a colon after a key that opens its line, lower-case or a header
    (``fileName: a.txt``, ``X-BeenThere: list@example.org``).

    >>> text = '{"createdAt": 1}'
    >>> _named_in_code(text, 2, 11), _named_in_code("the industryDeepSeek", 4, 20)
    (True, False)
    """
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 1]
    if before and after and before in "([{" and after in ")]}":
        return True
    if before and after and before in _QUOTES and after in _QUOTES:
        return True
    if after == "=" or text.startswith(" = ", end):
        return True  # assigned: "timeoutMs=30", "g:calledMyCommand = true"
    if after == "." and text[end + 1 : end + 2].islower():
        return True  # an attribute or an extension: "globalThis.crypto", "UnixCrypt.java"
    if text.startswith(" : ", end):
        return True  # a parameter of a docstring: "colName : str", "samplingRatio : float"
    if after == ":":
        # a key that opens its line: lower-case ("fileName: a.txt") or a header of
        # hyphenated words ("X-BeenThere: list@example.org"); the line's start is found by
        # walking back over the key and the spaces or tabs before it (a search for it
        # could cross the whole text for every token)
        i = start
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-"):
            i -= 1
        header = "-" in text[i:start]
        if not (header or text[start : start + 1].islower()):
            return False
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        return i == 0 or text[i - 1] == "\n"
    return False


def _glued_token(
    text: str, start: int, end: int, core: str, cache: dict[str, _Split], lex: Lexicon
) -> _Occ | None:
    """The token text[start:end] (``core`` without its possessive) if it holds a
    candidate junction inside, else None."""
    cached = cache.get(core)
    if cached is None:
        cached = cache[core] = _split_info(core)
    parts, segs, raw, title = cached
    if not (parts or title):
        return None  # nothing to split, whatever follows
    nxt = _NEXT_WORD.match(text, end)
    after = nxt.group(1) if nxt else ""
    if after and title:
        split = _split_title(raw, after, lex)
        if split is not None:
            parts, segs = split, _segments(split)
    if not parts:
        return None
    offsets = []
    pos = start
    for p in parts:
        offsets.append(pos)
        pos += len(p)
    return _Occ(start, tuple(parts), tuple(offsets), segs, after)


@functools.lru_cache(maxsize=1 << 14)
def _split_info(core: str) -> _Split:
    """What the token ``core`` holds (see ``_Split``); it depends on the spelling alone,
    so it is remembered across documents."""
    raw = humps(core)
    parts = raw
    if len(parts) < 2 or len(parts) > MAX_HUMPS:
        parts = []
    else:
        kinds = _kinds(tuple(parts))
        if "cap" not in kinds[1:] and not _tail_candidate(parts, kinds):
            parts = []
    title = bool(raw) and (
        _ACRONYM_I.fullmatch(raw[-1]) is not None or _ACRONYM_MS.fullmatch(raw[-1]) is not None
    )
    return (parts, _segments(parts), raw, title)


@functools.lru_cache(maxsize=1 << 14)
def _kinds(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The kind of each hump (``hump_kind``), remembered across documents; a last hump of
    capitals and digits after a word is an acronym ("AiresQ7", "monthsG20": the band,
    the group), not a number.

    >>> _kinds(("Aires", "Q7")), _kinds(("PB", "100"))
    (('cap', 'acr'), ('acr', 'num'))
    """
    kinds = [hump_kind(p) for p in parts]
    if (
        len(parts) > 1
        and kinds[-1] == "num"
        and kinds[-2] in ("lower", "cap")
        and _ALNUM_ACRONYM.fullmatch(parts[-1])
    ):
        kinds[-1] = "acr"
    return tuple(kinds)


# A given name written as initials right before a word: "J. ", "J.J. ", "J.R.R. ".
_INITIALS_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{N}.])(?:\p{Lu}\.){1,3} \Z")
# Capitals, then digits: a name such as U2, G20 or MP3 (possessive allowed).
_ALNUM_ACRONYM = regex.compile(r"\p{Lu}{1,4}\p{N}{1,4}(?:['\u2019]s)?")
_ACRONYM_I = regex.compile(r"\p{Lu}{2,8}I")
_ACRONYM_MS = regex.compile(r"\p{Lu}{2,8}Ms")


def _split_title(raw: list[str], after: str, lex: Lexicon) -> list[str] | None:
    """Re-read a last hump that hides a sentence start, from the word after the token.

    "TVI think": an acronym and the pronoun I (a verb such as "miss" follows); "DfEEMs
    Okeke": an acronym and the title Ms (a name follows). Otherwise None.
    """
    last = raw[-1]
    if _ACRONYM_I.fullmatch(last) and after in lex.after_i:
        cut = 1
    elif _ACRONYM_MS.fullmatch(last) and after[:1].isupper():
        cut = 2
    else:
        return None
    new = [*raw[:-1], last[:-cut], last[-cut:]]
    return new if len(new) <= MAX_HUMPS else None


def _segments(parts: list[str]) -> dict[tuple[int, int], str]:
    """Every run of consecutive humps, joined: (a, b) -> parts[a:b]."""
    return {
        (a, b): "".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1)
    }


def _tail_candidate(parts: Sequence[str], kinds: Sequence[str]) -> bool:
    """A last hump that may start a sentence without being a Capitalised word."""
    last, kind = bare(parts[-1]), kinds[-1]
    return (kind == "letter" and last in ("I", "A")) or (
        kind == "acr" and kinds[-2] in ("lower", "cap", "num")
    )


def _decide_glued(doc: _Document, occs: list[_Occ]) -> list[tuple[int, int, str]]:
    """Decide every glued token; iterate until the evidence stops changing.

    Splitting one token makes its parts standalone words, which is evidence for other
    tokens; iterating to a fixed point makes a second run find nothing new (idempotence).
    """
    prev: dict[int, frozenset[int]] = {}
    result: list[tuple[int, int, str]] = []
    for _ in range(4):
        delta: dict[str, int] = {}
        for i, splits in prev.items():
            occ = occs[i]
            whole = occ.segs[(0, len(occ.humps))]
            delta[whole] = delta.get(whole, 0) - 1
            for seg in _parts(occ, splits):
                part = _strip_possessive(seg)
                delta[part] = delta.get(part, 0) + 1
        doc.counts = _Counts(doc, delta)
        current: dict[int, frozenset[int]] = {}
        result = []
        seen: dict[tuple[tuple[str, ...], str, frozenset[int]], list[tuple[int, int, str]]] = {}
        for i, occ in enumerate(occs):
            key = (occ.humps, occ.next, prev.get(i, _NO_SPLITS))
            found = seen.get(key)
            if found is None:
                found = _Judge(doc, occ, key[2]).split(0, len(occ.humps))
                seen[key] = found
            if not found:
                continue
            splits = frozenset(k for k, level, _ in found if level == EDIT)
            if splits:
                current[i] = splits
            result.extend((occ.offsets[k], level, note) for k, level, note in found)
        if current == prev:
            break
        prev = current
    # doc.counts now counts the words of the repaired text: the missing-space decisions
    # that follow see the same evidence a second run would.
    return result


_ALPHA = regex.compile(r"[^\W\d_]")
_NAME_ALONE_CHARS = 40  # a given name and the spaces before a surname, at most


@functools.cache
def _named_alone() -> frozenset[str]:
    """Given names that, alone before a token on its line, make the line a person's name:
    the names pass's lists, without the English words among them ("Will", "Grace")."""
    return frozenset(n for n in nm.person_given_names() if not nm.is_word(n))


@functools.lru_cache(maxsize=1 << 14)
def _never_split(h: tuple[str, ...], nxt: str, lex: Lexicon) -> bool:
    """Whether _Judge.split says no at every junction of the whole token (humps ``h``,
    then the word ``nxt``) by the word lists alone ("McLetchie", "512GB"), so that the
    token needs no deciding. Remembered across documents."""
    kinds = _kinds(h)
    n = len(h)
    return all(_surely_no(h, kinds, lex, nxt, 0, k, n) for k in range(1, n))


def _surely_no(
    h: tuple[str, ...], kinds: tuple[str, ...], lex: Lexicon, nxt: str, a: int, k: int, b: int
) -> bool:
    """Whether _Judge.judge says no at ``k`` (humps a..k and k..b of ``h``; ``nxt`` the
    word after the token) by the word lists alone: not a candidate, a letter or a short
    word on the left, a particle (Mc, Di) before a word that is not a strong sentence
    starter, or an acronym the acronym rules turn down. Asks nothing of the document."""
    rkind = kinds[k]
    first = _junction_word(h, kinds, a, k, b)
    if first is None:
        return True
    last = h[k - 1]
    lkind = kinds[k - 1] if k - a == 1 else "camel"
    if lkind == "letter" or (lkind == "lower" and len(bare(last)) < 2):
        return True
    # judge: strong needs a Capitalised word that is a strong starter
    if last in lex.particles and (rkind != "cap" or lex.starter(first) != "strong"):
        return True
    if rkind == "acr":  # judge's acronym rules
        if lkind == "camel":  # only before a heading in capitals
            return not _in_capitals(nxt)
        if lkind == "num":  # (a year that a date makes may have a comma after it)
            return _YEAR.fullmatch(last) is None  # "512GB", "3GSM": not a year
        if not (nxt if b == len(h) else "") and "&" not in first:
            return True  # "fatFIRE.": a sentence would go on after it
        if lkind == "lower":
            return not (last not in lex.lower_prefixes and len(last) >= 3 and _plain(last, lex))
    return False


def _in_capitals(word: str) -> bool:
    """``word`` is a word of two letters or more in capitals ("WARS"), as a heading writes.

    >>> _in_capitals("WARS"), _in_capitals("DS"), _in_capitals("A"), _in_capitals("Wars")
    (True, True, False, False)
    """
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _plain(word: str, lex: Lexicon) -> bool:
    """``word`` (lower-case) is an English word, or made of them ("buybacks")."""
    return lex.is_word(word) or lex.is_made_of_words(word)


_NO_SPLITS: frozenset[int] = frozenset()
# A glued token written this many times in a text is a name of it, whatever it ends in.
_NAMED_TIMES = 3
_BEFORE_ACRONYM = ("lower", "cap", "num")


def _junction_word(h: Sequence[str], kinds: Sequence[str], a: int, k: int, b: int) -> str | None:
    """The word a lost ". " before hump k (humps a..k and k..b) would start, or None when k
    is no candidate: a Capitalised word, "I" or "A" ending the token, an acronym ending
    it after one hump ("QRI" also when "QRI also" was cut as in "TVI think"), or a word in
    capitals of four letters or more ending it after a camel-case name."""
    rkind = kinds[k]
    if rkind == "cap":
        return bare(h[k])
    if rkind == "letter":
        first = bare(h[k])
        return first if first in ("I", "A") and b == len(h) and k == b - 1 else None
    if (
        rkind == "acr"
        and k - a == 1
        and kinds[a] in _BEFORE_ACRONYM
        and _acronym_end(h, kinds, k, b)
    ):
        return "".join(h[k:b])
    if rkind == "acr" and k - a >= 2 and b == len(h) == k + 1 and len(h[k]) >= 4:
        return h[k]  # "GameCubeFROZEN WARS": a camel-case name, then a word in capitals
    return None


def _acronym_end(h: Sequence[str], kinds: Sequence[str], k: int, b: int) -> bool:
    """Humps k..b end the token and make one acronym: one hump ("BBC"), or an acronym
    cut before a final I as in "TVI think" ("QR", "I" of "clientsQRI also")."""
    if b != len(h):
        return False
    return b - k == 1 or (b - k == 2 and kinds[k + 1] == "letter" and h[k + 1] == "I")


def _parts(occ: _Occ, splits: frozenset[int]) -> list[str]:
    bounds = [0, *sorted(splits), len(occ.humps)]
    return [occ.segs[(a, b)] for a, b in itertools.pairwise(bounds)]


_NO = _Verdict(NONE, 0, "")
# The last words of identifiers in code and in prose about it ("HTTPConnection",
# "startElement", "ZipImportError", "IPv4Address"): a token that ends in one names a type,
# an event or a value. No sentence opens on such a bare noun, so no junction of the token
# is a lost period (unless a Capitalised word follows: "Acme Rail" is a name).
_IDENTIFIER_ENDS = frozenset(
    [
        "Error", "Errors", "Exception", "Exceptions", "Warning", "Warnings", "Handler",
        "Handlers", "Factory", "Manager", "Connection", "Request", "Response", "Message",
        "Implementation", "Interface", "Element", "Entity", "Event", "Events", "Node",
        "Nodes", "Index", "Array", "Arrays", "Dtype", "Accessor", "Id", "Ids", "Object",
        "Objects", "Buffer", "Stream", "Reader", "Writer", "Parser",
        "Builder", "Encoder", "Decoder", "Compressor", "Decompressor", "Finder", "Loader",
        "Mapping", "Iterator", "Generator", "Callback", "Listener", "Adapter", "Wrapper",
        "Provider", "Controller", "Processor", "Config", "Context", "Equal", "Tuple",
        "Tuples", "Proxy", "Socket", "Descriptor", "Instance", "Inst", "Regex", "Dict",
        "Impl", "Util", "Utils", "Enum", "Struct", "Ptr", "Attr", "Attrs", "Param",
        "Params", "Args", "Kwargs", "Spec", "Schema", "Serializer", "Validator",
        "Address", "Server",
    ]
)  # fmt: skip


class _Judge:
    """Weighs the evidence for each junction of one token."""

    def __init__(self, doc: _Document, occ: _Occ, prev: frozenset[int]) -> None:
        self.doc = doc
        self.lex = doc.lex
        self.occ = occ
        self.h = occ.humps
        self.n = len(occ.humps)
        self.kinds = _kinds(occ.humps)
        self.bounds = sorted({0, self.n, *prev})
        self.span = (0, self.n)
        self.end = occ.offsets[-1] + len(occ.humps[-1])  # where the token ends in the text

    def own(self, seg: str) -> int:
        """How many of the parts (under the previous round's splits) of the segment
        being judged are ``seg``.

        They are this token's own occurrences, not evidence from elsewhere; parts outside
        the segment will be separate words after the repair, so they do count.
        """
        a, b = self.span
        segs = self.occ.segs
        inside = [x for x in self.bounds if a <= x <= b]
        return sum(1 for x, y in itertools.pairwise(inside) if segs[(x, y)] == seg)

    def seen(self, a: int, b: int) -> bool:
        """Whether humps a..b are used as a word on their own elsewhere in the text."""
        seg = self.occ.segs[(a, b)]
        count = self.doc.counts[_strip_possessive(seg)]
        return count > 0 and count - self.own(seg) > 0

    def known(self, a: int, b: int) -> bool:
        return self.doc.known(_strip_possessive(self.occ.segs[(a, b)]))

    def word_seen(self, a: int, b: int) -> bool:
        return self.known(a, b) or self.seen(a, b)  # known first: seen may scan the text

    def split(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Junctions to repair (or suggest) inside humps a..b, recursively."""
        if b - a < 2:
            return []
        self.span = (a, b)
        # A token used elsewhere is a word ("OptInRealBig", "notBefore" twice), unless it
        # ends in a word that never ends a sentence: "saidThe" twice is the same lost
        # period twice.
        ends_opener = self.kinds[b - 1] == "cap" and bare(self.h[b - 1]) in self.lex.never_last
        if self.known(a, b) or (
            (a, b) == (0, self.n) and (self.display_name() or self.data_line())
        ):
            return []
        if all(self.surely_no(a, k, b) for k in range(a + 1, b)):
            return []  # whatever the evidence says ("McLetchie"): no need to count
        if not ends_opener and self.seen(a, b):
            return []
        if (
            bare(self.h[b - 1]) not in self.lex.never_last
            and self.doc.counts[_strip_possessive(self.occ.segs[(a, b)])] >= _NAMED_TIMES
        ):
            # "BufRead", "updatedAt" three times: a name, not one lost period thrice (but
            # "EuropeHowever" ends in a word that only opens sentences, however often)
            return []
        best: tuple[int, _Verdict] | None = None
        for k in range(a + 1, b):
            v = self.judge(a, k, b)
            if v.level == NONE:
                continue
            if best is None or (v.level, v.priority, k) > (
                best[1].level,
                best[1].priority,
                best[0],
            ):
                best = (k, v)
        if best is None:
            return []
        k, verdict = best
        if verdict.level == EDIT and (a, b) == (0, self.n):
            whole = _strip_possessive(self.occ.segs[(a, b)])
            near = self.lex.near_known(whole)
            if near is not None:  # "DaimerChrysler": a misspelt name, not two sentences
                note = verdict.note.replace("lost", "possibly a lost", 1)
                return [(k, SUGGEST, f"{note}; but {near!r} is one letter away")]
            other = whole[:1].swapcase() + whole[1:]
            if whole.isalpha() and self.doc.writes(other):
                # "softSurfer" and "SoftSurfer makes no warranty": one name, its first
                # letter's case aside
                note = verdict.note.replace("lost", "possibly a lost", 1)
                return [(k, SUGGEST, f"{note}; but {other!r} is written elsewhere")]
        if verdict.level != EDIT:
            return [(k, SUGGEST, verdict.note)]
        # (a word that never ends a sentence, "The", opens one whatever comes before it:
        # "at ZorbCorpThe merger"; a name that prose follows may open one too:
        # "storesZorbKW said", but not "bigFileThreshold)")
        opener = b - k == 1 and bare(self.h[k]) in self.lex.never_last
        sides = [] if opener else [(a, k)]
        if not (b == self.n and self.prose_after()):
            sides.append((k, b))
        lone = [self.occ.segs[(x, y)] for x, y in sides if not self.whole(x, y)]
        if lone:
            # a sentence ends with a word and the next opens with one: a part of several
            # humps that is no word of its own makes the token a name ("readableDidRead",
            # "asymmetricKeyDetails", "OnStreamRead")
            note = verdict.note.replace("lost", "possibly a lost", 1)
            return [(k, SUGGEST, f"{note}; but {lone[0]!r} is no word of its own")]
        left = self.split(a, k)
        right = self.split(k, b)
        return [*left, (k, EDIT, verdict.note), *right]

    def prose_after(self) -> bool:
        """A lower-case word, or a comma and a space, follows the token."""
        return self.occ.next[:1].islower() or self.doc.text.startswith(", ", self.end)

    def whole(self, a: int, b: int) -> bool:
        """Humps a..b may make one word: a single hump, no capital after a lower-case letter
        ("MP3s"), a name with a particle ("McWhitner", "DeBris"), a word known or used on
        its own, or one letter away from a known one ("AstraZenaca")."""
        if b - a == 1:
            return True
        seg = _strip_possessive(self.occ.segs[(a, b)])
        if INNER_CAP.search(seg) is None:
            return True
        if b - a == 2 and self.h[a] in self.lex.particles and self.kinds[a + 1] == "cap":
            return True
        return self.word_seen(a, b) or self.lex.near_known(seg) is not None

    def display_name(self) -> bool:
        """The token is a name shown before its handle, as a tweet is attributed: "—
        HansBrannaghLatimer (@HansBrannagh)"."""
        return self.doc.text.startswith(" (@", self.end)

    def adverb_and_comma(self, word: str) -> bool:
        """``word`` (the last hump of the token) is a Capitalised adverb made of a word and
        -ly, and a comma follows the token: "Unusually," "Really," (not "Kelly," "Italy,")."""
        if len(word) < 6 or not word.endswith("ly") or not word[1:].islower():
            return False
        stems = (word[:-2], word[:-3] + "e", word[:-3] + "y")
        if not any(self.lex.is_word(stem) for stem in stems):
            return False  # "Unusually" from "unusual", "Simply" from "simple", "Primarily"
        return self.doc.text.startswith(",", self.end)

    def data_line(self) -> bool:
        """The token is the only word of its line ("JoshuaPerdue", "0 191 255  DeepSkyBlue"),
        or a surname after only a given name on it ("Benjamin VanEvery" in a list of
        authors), or its line holds fields between tabs: an item of a list or a table, no
        sentences."""
        text, start = self.doc.text, self.occ.start
        head, stop = self.doc.line_of(start, self.end)
        if _AT_DOMAIN.match(text, self.end) is not None:
            return True  # "JPClizbe at comcast.net": the user of an address spelt out
        # searches that stop at the first letter, not slices: on one long line of glued
        # tokens a slice of the rest of the line for each token took quadratic time
        if _ALPHA.search(text, self.end, stop) is not None:
            if (
                _ALPHA.search(text, head, start) is None
                and stop - self.end <= _NAME_TAIL_CHARS
                and _NAME_TAIL.fullmatch(text, self.end, stop) is not None
            ):
                return True  # a line of a list of people: "HyeSoo Park", "NeilBrown <n@x.org>"
            return self.doc.tabbed(head, stop)
        if _ALPHA.search(text, head, start) is None:
            return True
        if start - head > _NAME_ALONE_CHARS:
            return self.doc.tabbed(head, stop)
        before = text[head:start].strip()
        if before.isalpha() and before[:1].isupper() and nm.fold(before) in _named_alone():
            return True
        return self.doc.tabbed(head, stop)

    def opens_clause(self) -> bool:
        """The token is followed by a comma or by a lower-case word ("However, it",
        "In the"), not by a capitalised one ("The Times")."""
        nxt = self.occ.next
        if nxt:
            return nxt[:1].islower()
        return self.doc.text.startswith(", ", self.end)

    def dated(self, a: int, left: str) -> bool:
        """``left`` (humps from ``a``) is a month or weekday that the word before the token
        makes a date: "in May", "on Saturday", "5 January" (not "The MayDay parade")."""
        if left not in _DATES or a > 0:
            return False
        before = self.word_before
        return before.lower() in _DATE_BEFORE or before.isdigit()

    def year_dated(self) -> bool:
        """The word before the token makes the year that the token opens a date: "in",
        "since", a month ("February 2001")."""
        before = self.word_before
        return before.lower() in _DATE_BEFORE or before in _DATES

    def surely_no(self, a: int, k: int, b: int) -> bool:
        """Whether :meth:`judge` says no at ``k`` by the word lists alone."""
        return _surely_no(self.h, self.kinds, self.lex, self.occ.next, a, k, b)

    def judge(self, a: int, k: int, b: int) -> _Verdict:
        """The verdict on a lost ". " between humps a..k and k..b."""
        if a == 0 and self.occ.start > 0 and self.doc.text[self.occ.start - 1] in "([{":
            # "(BuShe Pie)": the sentence that would end there opens the brackets, one
            # word long; a name that the brackets hold is likelier
            return _NO
        h, lex, kinds = self.h, self.lex, self.kinds
        if bare(h[-1]) in _IDENTIFIER_ENDS and not self.occ.next[:1].isupper():
            return _NO  # "the HTTPConnection is", "a startElement event": an identifier
        if self.occ.next.rstrip(".,;") in _FIRM_SUFFIXES:
            return _NO  # "2005-2006 XenSource Ltd.": a firm's name
        rkind = kinds[k]
        word = _junction_word(h, kinds, a, k, b)
        if word is None:
            return _NO
        first = word
        # A known word that crosses the junction ("DeepSeek" in "industryDeepSeekThe").
        for x in range(a, k):
            for y in range(k + 1, b + 1):
                if (x, y) != (a, b) and y - x >= 2 and self.word_seen(x, y):
                    return _NO
        last = h[k - 1]
        lkind = kinds[k - 1] if k - a == 1 else "camel"
        if lkind == "acr" and self.doc.caps_line(self.occ.start, self.end):
            return _NO  # "DEVICES DISCLAIMs ALL WARRANTIES": a line in capitals, mistyped
        if lkind == "letter" or (lkind == "lower" and len(bare(last)) < 2):
            return _NO
        left, right = self.occ.segs[(a, k)], self.occ.segs[(k, b)]
        token = self.occ.segs[(a, b)]
        if (
            right[-1].isdigit()
            and any(c.isupper() for c in right[1:])
            and not (rkind == "acr" and _ALNUM_ACRONYM.fullmatch(right))
        ):
            return _NO  # "LightSkyBlue2", "testPlayStation2": a name with a number, no sentence
        single = b - k == 1 or self.word_seen(k, b)
        start = lex.starter(first) if rkind == "cap" and single else None
        if rkind == "letter":
            start = "weak"
        elif start is None and b == self.n and b - k == 1 and self.adverb_and_comma(first):
            start = "strong"  # "The LanternsUnusually, the": an adverb opening a sentence
        strong = start == "strong"
        nxt = self.occ.next if b == self.n else ""
        confirmed = start == "weak" and bool(nxt) and lex.confirms(nxt)
        if rkind == "letter":
            if len(h[k]) == 1 and nxt.lower() in _NO_SUBJECT_AFTER:
                return _NO  # "CursorMovedI and", "typeA or": no sentence starts so
            # "againI just", "houseA lot": a pronoun or article before a lower-case word.
            confirmed = bool(nxt) and (nxt[:1].islower() or (first == "I" and h[k] != "I"))
        if last in lex.particles and not strong:
            return _NO  # Mc|Donald, Di|Caprio, Le|Bron
        rword = b - k == 1 and rkind == "cap" and len(first) >= 3 and lex.is_word(first)
        # Whether each side is used on its own: counted only if a rule below asks.
        rseen = _Lazy(lambda: self.word_seen(k, b))
        lseen = _Lazy(lambda: self.word_seen(a, k))
        why: list[str] = []
        if strong:
            why.append(f'"{first}" starts sentences')
        elif start == "weak":
            why.append(f'"{first}" may start a sentence')
            if confirmed:
                why.append(f'"{first} {self.occ.next}" reads as a sentence start')
        if not strong and rseen:
            why.append(f'"{right}" is used on its own')

        def edit(priority: int, *more: str) -> _Verdict:
            if self.doc.code and not (strong and first in _CLAUSE_OPENERS):
                # in a text about code a glued word is an identifier ("resetCache",
                # "notBefore", "afterEach") unless an article, a pronoun or an adverb that
                # opens a clause follows ("stateThe", "valueHowever")
                return maybe(*more, "the text talks code")
            return _Verdict(EDIT, priority, _note(token, left, right, [*more, *why]))

        def maybe(*more: str) -> _Verdict:
            return _Verdict(SUGGEST, 0, _note(token, left, right, [*more, *why], sure=False))

        if rkind == "acr":
            # "claimHP ink", "FridayNBC 4": the acronym is used on its own in the text,
            # or a capitalised word or a number follows it.
            after = bool(nxt) and (nxt[:1].isupper() or nxt[:1].isdigit())
            firm = "&" in first  # S&P, R&B, M&S: a name of its own
            # after a Capitalised word, a well-known acronym counts from three letters
            # ("CouncilOPEC"): two-letter ones glue to names and handles ("AmazonUK")
            known_acronym = len(first) >= 3 and first in lex.acronyms
            if (
                lkind == "num"
                and a == 0
                and _YEAR.fullmatch(left)
                and (nxt[:1].islower() or self.doc.text.startswith(", ", self.end))
                and self.year_dated()
            ):
                # "signed in 1998KLM, whose", "after March 1999IBM, the": a year that the
                # word before makes a date (a model number takes no "in": "a 2000GT")
                return edit(1, f'"{self.word_before} {left}" is a date')
            if not nxt and not firm:
                return _NO  # "ecoFUND." or "microLOAN,": a sentence would go on after it
            if lkind == "lower":
                plain = (
                    last not in lex.lower_prefixes
                    and len(last) >= 3
                    and bare(last) not in lex.glue_words  # "ofBBC", "libX11": a lost space
                    and _plain(last, lex)
                )
                if plain and (rseen or after or firm):
                    return edit(1, f'"{last}" is a word')
                if plain and first in lex.acronyms:
                    # "the whole regionBBC forecaster": a well-known acronym
                    return edit(1, f'"{last}" is a word', f'"{first}" is a well-known acronym')
            elif lkind == "cap" and self.dated(a, left):
                return edit(1, f'"{left}" is a date')  # "opened in MayKTV was its"
            elif lkind == "cap" and (rseen or nxt[:1].isdigit() or known_acronym) and len(left) > 2:
                if lex.is_word(left):
                    if known_acronym and nxt[:1].islower():
                        # "the Harbour StadiumRFU chief executive": a well-known
                        # acronym of three letters or more, then prose ("AmazonUK on",
                        # a handle, keeps a short one)
                        return edit(1, f'"{first}" is a well-known acronym')
                    return _NO
                if left not in lex.never_last and not _ROMAN.fullmatch(first):
                    return edit(1, f'"{left}" is not an English word')
            elif lkind == "num" and _YEAR.fullmatch(left) and (rseen or after):
                return edit(1, f'"{left}" is a year')
            elif lkind == "cap" and a == 0 and len(first) >= 2 and self.person_then_prose(left):
                # "Justice Helen BrannaghQXT boss": a person's surname after the given name,
                # then an acronym that prose follows
                return edit(1, f'"{self.word_before} {left}" is a person\'s name')
            elif (
                lkind == "camel"
                and b - k == 1
                and len(first) >= 4
                and self.known(a, k)
                and _in_capitals(nxt)
            ):
                # "due out on AcmeCubeFROZEN WARS DS": a known camel-case name, then a
                # heading in capitals of several words
                return edit(1, f'"{left}" is a known word', f'"{first} {nxt}" is in capitals')
            return _NO
        if lkind == "lower":
            if bare(last) in lex.glue_words:
                if (strong or confirmed) and rkind == "cap" and b - k == 1 and self.opens_clause():
                    # "againstIn the", "toHowever, it": a sentence starter that the text
                    # after it reads on from; a lost space would give "against In the"
                    return edit(1, f'"{first} {self.occ.next}" reads as a sentence start')
                return maybe(f'"{last}" never ends a sentence: a lost space?')
            if last in lex.lower_prefixes:
                if strong or confirmed or (rseen and b - k == 1):
                    return edit(2, f'"{last}" ends a sentence')
                return maybe(f'"{last}" often starts an identifier')
            if lex.is_word(last) or lseen:
                return edit(3 if strong else 2, f'"{last}" is a word')
            if strong:
                return edit(3)
            if (rseen or rword or _people_of(first)) and lex.is_made_of_words(bare(last)):
                # "the title deciderLatimer", "at the harboursideOkoro said",
                # "agreed a groundshareKenyans cheered"
                return edit(2, f'"{last}" is made of English words')
            return maybe() if (rseen or rword) else _NO
        if lkind == "num":
            year = _YEAR.fullmatch(left) is not None
            if rkind == "letter" and not year:
                return _NO  # "12A rating", "29A": a code, not a year and a sentence
            if a == 0 and b - k == 1 and rkind == "cap" and self.numbered_item(left):
                # "5. Walk daily" / "6Drink more water" / "7. Sleep more"
                return edit(2, f'"{left}." numbers the items of a list around it')
            if strong or start == "weak":
                return edit(3 if strong else 2, f'"{left}" is a number')
            if b - k == 1 and self.opens_quantity(first):  # "reached gate 12Up to 300"
                return edit(2, f'"{left}" is a number', f'"{first} {nxt}" opens a quantity')
            if year and (b - k == 1 or rseen):
                return edit(1, f'"{left}" is a year')
            score = self.occ.start > 1 and _SCORE.match(self.doc.text, self.occ.start - 2)
            # "6-2Reigning", and a name after a score: "7-5Latvian Ilse"
            voiced = any(v in first for v in "aeiouy")  # a unit has no vowel ("Mbps")
            name = (
                rkind == "cap" and b - k == 1 and len(first) >= 4 and nxt[:1].isupper() and voiced
            )
            if score and len(left) == 1 and (rword or rseen or name):
                # a name the text writes on its own is no unit, however often a score
                # comes before it ("9-7Okafor then", "6-2Okafor was")
                own_name = voiced and len(first) >= 4 and rseen
                if own_name or not self.doc.unit(first):
                    return edit(1, f'"{left}" ends a score')
            if len(left) == 1 and rseen and not rword and len(first) >= 4:
                if not self.doc.unit(first):
                    return edit(1, f'"{left}" is a number')  # "6-3Okeke"
                return _NO
            # a word, or a person's given name that prose follows ("Lanterns at 20Imogen came")
            person = (
                b - k == 1
                and len(first) >= 4
                and nxt[:1].islower()
                and nm.fold(first) in nm.person_given_names()
            )
            if len(left) >= 2 and (rseen or (rword and b - k == 1 and len(first) >= 4) or person):
                if self.doc.unit(first):
                    return _NO  # "14Mbps" and "2 Mbps": a unit after a number
                return edit(1, f'"{left}" is a number')
            return maybe() if rseen else _NO
        if lkind == "cap" and left in lex.never_last:
            return _NO  # "TheStreet", "WeWork": the left word never ends a sentence
        if lkind == "camel" and len(left) <= 2:
            return _NO  # "invalid eXIf chunks": no sentence ends on a two-letter name
        if strong:
            return edit(3)
        if (
            lkind == "cap"
            and a == 0
            and b == self.n == k + 1
            and self.doc.label_after_item(self.occ.start, self.end - len(first), self.end)
        ):
            # "Latimer, Corbett, HollisSubs Not Used: Dunmore", "Okoro, PryceBooked: Ashby"
            return edit(1, f'"{left}" ends a list, "{first}" labels the next one')
        if first in lex.suffixes and b - k == 1:
            if (lseen or rseen) and self.opens_pair(first):
                # "Zorbus and AcmejetAir Norvane's": "Air Norvane" is written elsewhere
                return edit(1, f'"{first} {_strip_possessive(self.occ.next)}" is written elsewhere')
            if lseen or rseen:
                return maybe(f'"{first}" often ends a company name')
            return _NO
        bigram = self.doc.bigram(left, first) if b - k == 1 else False
        if bigram:
            return _NO  # "Time Warner" elsewhere: a name, not two sentences
        if lkind == "cap" and b - k == 1 and self.dated(a, left):
            return edit(1, f'"{left}" is a date')  # "due in MayCouncillors gave"
        if lkind == "cap" and b - k == 1 and left == first and len(left) >= 4 and lseen:
            # "by Jean-Pierre WhitnerWhitner was": a name used on its own, written twice and
            # glued (a name of that shape, "TalkTalk", is on the bundled list or used whole
            # elsewhere; "BoraBora" has no "Bora" on its own)
            return edit(1, f'"{left}" twice')
        if lkind == "cap" and b - k == 1 and left == first and len(left) >= 4 and a == 0:
            # the same without the name used alone: a surname after its given name, then
            # prose ("by Jean-Pierre WhitnerWhitner was"; "Tahiti BoraBora is" stays)
            before = self.word_before
            given = nm.given_names()
            if (
                (self.occ.next[:1].islower() or self.doc.text.startswith(", ", self.end))
                and (
                    (
                        before[:1].isupper()
                        and all(nm.fold(part) in given for part in before.split("-"))
                    )
                    or self.after_initials()  # "J.J. WhitnerWhitner was"
                )
                and not lex.is_word(left)
            ):
                return edit(1, f'"{left}" twice, after the given name "{before}"')
            if self.occ.next[:1].islower() and before[:1].islower() and lex.is_word(left.lower()):
                # "the fruit grower PlumPlum will": an English word written twice after
                # lower-case prose, then prose ("to BoraBora in" is no English word)
                return edit(1, f'"{left}" twice')
        if lkind == "camel":
            unit = lseen or (k - a == 2 and h[a] in lex.particles and kinds[a + 1] == "cap")
            if not unit:
                return _NO
            why.append(f'"{left}" is a known word')
            if start == "weak" or rseen or (rword and len(first) >= 6):
                return edit(1, *([f'"{first.lower()}" is a word'] if rword else []))
            if rword and self.word_before in _SPEECH_VERBS and self.occ.next[:1].islower():
                # '," says McAteerNew rules start': the speaker's name ends the
                # sentence; a short English word then prose opens the next (a product
                # name, "MacBookAir", is no speaker)
                return edit(
                    1,
                    f'"{first.lower()}" is a word',
                    f'"{self.word_before} {left}" names a speaker',
                )
            if b - k == 1 and rkind == "cap" and not rword and len(first) >= 5:
                # "iPhoneTasmanian": a known word, then a name; short English words
                # may be part of a product name ("MacBookAir") and are only suggested.
                return edit(1, f'"{first}" is not part of "{left}"')
            return maybe()
        if lseen:
            why.append(f'"{left}" is used on its own')
        if start == "weak":
            if (
                lkind == "cap"
                and a == 0
                and b - k == 1
                and _plain_place(left, lex)
                and self.occ.next[:1].islower()
            ):
                # "Chile and PeruMore traditional games": a place (no English word),
                # then a word that may start a sentence and prose
                return edit(2, f'"{left}" is a place')
            if rkind == "letter" and lkind == "acr":
                # "TVI think" but not "The GUI was": the acronym must be used on its own.
                return edit(2) if lseen else maybe()
            if (
                lkind == "acr"
                and b - k == 1
                and left in lex.acronyms
                and first.lower() in _CLAUSE_WORDS
                and self.occ.next[:1].islower()
                and not self.doc.code
            ):
                # "waits grew again at the NHSOn average, patients": a well-known acronym
                # glued to a preposition or a pronoun that prose follows (not "As", "Is",
                # "A": the plural of an acronym may end so, "NDAs are")
                return edit(2, f'"{left}" is an acronym', f'"{first}" opens a clause')
            if (
                lkind == "cap"
                and rkind == "cap"
                and first.lower() not in _FUNCTION_WORDS
                and not lseen
                and lex.is_word(left)
                and self.occ.next.lower() not in _SUBJECTS
                and not self.opens_quantity(first)
            ):
                # "TheatreNow", "GiveWell": an English word glued to a word that only may
                # start a sentence reads as a brand as much as a lost period (not with a
                # subject after it, "Paper TownNow he is", nor with a quantity that the
                # two words open, "Walk AloneMore than 12 labels").
                return maybe(f'"{left}{first}" could be a name')
            return edit(2) if (lseen or confirmed) else maybe()
        if lkind == "acr":
            # "FTCThe" is handled above; "GMTFaster", "UKAcme": any evidence will do,
            # real acronym + word tokens are rare and mostly known ("JPMorgan").
            place = b - k == 1 and len(first) >= 4 and nm.fold(first) in nm.places()
            # an English word that no word follows on its line names a thing: "IcedTea
            # NPPlugin" (a heading), "the former GCJPlugin.", "* GDBus, part of GLib"
            named = rword and not start and not self.occ.next
            if (
                rword
                and not (lseen or rseen or place)
                and left not in lex.acronyms
                and self.word_before.lower() in _OBJECT_BEFORE
            ):
                # "a survey by QRSPoll last week": after a preposition or a determiner, an
                # acronym that is neither well known ("told the BBCSpeaking on") nor used
                # alone, glued to an English word that nothing else backs, names a thing
                return maybe(f'"{self.word_before} {left}{first}" may be one name')
            if (b - k == 1 or rseen) and (lseen or rseen or rword or place) and not named:
                more = [f'"{first.lower()}" is a word'] if rword else []
                if place and not (lseen or rseen or rword):
                    more = [f'"{first}" is a place']  # "speaks for the UKLisbon is"
                return edit(1, *more)
            return maybe()
        # lkind == "cap": Capitalised word + Capitalised word, e.g. "BrannaghLabour". Two
        # English words make a brand ("PlayStation", "HarbourTalk"): never edited.
        if (
            a == 0
            and k == 1
            and b == 2
            and not rword
            and not rseen
            and self.doc.opens_others(left, self.occ.segs[(0, 2)])
        ):
            # "ZentraPodz" beside "ZentraLink" and "ZentraBox": the text names things
            # that open with "Zentra", and this is one more (or one misspelt), not
            # "Zentra. Podz"
            return _NO
        if b - k > 1 and rseen:
            return edit(1)  # "LanternsSpongeBob": a known word glued to a Capitalised one
        brand_like = lex.is_word(left) and rword
        # an English word right before a comma names a thing rather than opening a
        # sentence ("Pango includes PangoLayout, a driver"; "LabourHowever," has a starter)
        appositive = rword and not start and self.doc.text.startswith(",", self.end)
        if (
            a == 0
            and b - k == 1
            and lseen
            and len(left) >= 3
            and nm.fold(first) in nm.titles()
            and len(first) >= 4
            and self.occ.next[:1].isupper()
        ):
            # "to sell the PavilionMayor Ann Okeke": a word the text uses on its own,
            # then a title that a name follows
            return edit(1, f'"{first}" is a title before a name')
        if b - k == 1 and not brand_like and not appositive and (lseen or (rseen and not rword)):
            return edit(1)
        if (
            a == 0
            and b - k == 1
            and len(left) >= 3
            and len(first) >= 3
            and lseen
            and rseen
            and (self.occ.next[:1].islower() or self.doc.text.startswith(",", self.end))
        ):
            # "the drama RoverTides was praised" beside "Rover" and "Tides": two words
            # the text uses on their own (and never glued elsewhere), then prose
            return edit(1)
        if a == 0 and b - k == 1 and rword and len(first) >= 5 and self.name_closes(left):
            # "the Norvane Harbour PlanChange was": "Harbour Plan" ends a
            # name elsewhere in the text, and prose follows (a short word after it may
            # name a product of that name: "Acme PowerTool")
            return edit(1, f'"{self.word_before} {left}" ends a name elsewhere')
        if (
            a == 0
            and b - k == 1
            and first.lower() in _PLACE_OPENERS
            and _plain_place(left, lex)
            and nm.fold(_strip_possessive(self.occ.next)) in nm.places()
            and self.prose_after_next()
        ):
            # "the win over KenyaNew Zealand travelled": a place glued to the first word of
            # a place of two words, then prose ("from KenyaSouth Korea and" is a list)
            return edit(1, f'"{left}" and "{first} {self.occ.next}" are places')
        if b - k == 1 and self.full_name_opens(left, first):
            # "to Rafael BrannaghRoger Whitner plays": a given name and a surname after a name
            return edit(1, f'"{first} {self.occ.next}" is a full name')
        if (
            a == 0
            and b - k == 1
            and (rword or _people_of(first))
            and first not in _NAME_ENDS
            and self.name_ends(left, seen=bool(rseen) and self.occ.next[:1].islower())
        ):
            # "into BoliviaWeary drivers", "Tom LatimerReferee Ann Okoro": a place or a
            # surname, then an English word or the people of a place ("in KenyaIrish
            # runners, among") that prose or a given name follows
            said = f'"{first.lower()}" is a word' if rword else f'"{first}" names a people'
            return edit(1, f'"{left}" is a name', said)
        if (
            a == 0
            and b - k == 1
            and rword
            and len(first) >= 5
            and left in _CLOSING_WORDS
            and (start == "weak" or first.endswith(("ed", "ing", "ly")))
            and self.name_goes_on()
        ):
            # "around Aberdeen SquareInspired by the": a word that ends names of places and
            # bodies, then an English word that opens clauses (a participle, an adverb or a
            # weak starter; "New York TimesSelect subscribers" is a product) and prose
            return edit(
                1, f'"{self.word_before} {left}" ends a name', f'"{first.lower()}" is a word'
            )
        if a == 0 and b - k == 1 and rseen and len(first) >= 3 and self.closes_here(left):
            # "Harbour Research InstituteChile's economy", "Harbour MotorsAcme gave": the
            # last word of a name of Capitalised words, then a name the text uses on its
            # own, then prose
            return edit(1, f'"{self.word_before} {left}" ends a name')
        if (
            a == 0
            and b - k == 1
            and (rseen or (len(first) >= 4 and nm.fold(first) in nm.places()))
            and self.surname_after_given(left)
        ):
            # "Chancellor Tom WhitnerLabour said", "Tom WhitnerAcme Blue": a person's
            # surname after the given name, then a word the text uses on its own or a
            # place ("and Simon MarshLeeds Harriers flanker")
            return edit(1, f'"{self.word_before} {left}" is a person\'s name')
        nxt = self.occ.next
        if (
            a == 0
            and b - k == 1
            and rword
            and len(first) >= 5
            and nxt[:1].islower()
            and self.surname_after_given(left, titles=_PERSON_TITLES, given=False)
        ):
            # "by President WhiteForeign envoys": a title, the surname it names
            # (an English word too), then an English word of five letters or more that
            # prose follows ("Dr BeatRoot played" may be a stage name)
            return edit(1, f'"{self.word_before} {left}" is a person\'s name')
        if a == 0 and b - k == 1 and rword and len(first) >= 4 and self.person_then_prose(left):
            # "rival Hans BrannaghTraders reacted": a person's surname after the
            # given name, then an English word that prose follows
            return edit(1, f'"{self.word_before} {left}" is a person\'s name')
        if a == 0 and b - k == 1 and lseen and self.opens_pair(first):
            # "a revolt in the LordsFrank Latimer has pressed", "Tavia LanternGrey Tide": a
            # name the text uses on its own, glued to the first word of a name that the
            # text writes whole elsewhere
            return edit(1, f'"{first} {_strip_possessive(nxt)}" is written elsewhere')
        return maybe() if (lseen or rseen) else _NO

    def prose_after_next(self) -> bool:
        """A lower-case word that joins no list follows the word after the token."""
        at = self.after_next
        m = _WORD_AFTER.match(self.doc.text, at) if at >= 0 else None
        return m is not None and m.group(1)[:1].islower() and m.group(1) not in _LIST_JOINS

    def opens_pair(self, first: str) -> bool:
        """``first`` and the Capitalised word after the token (less a possessive) stand
        together elsewhere in the text: ``first`` opens that name."""
        nxt = _strip_possessive(self.occ.next)
        return nxt[:1].isupper() and nxt[1:2].islower() and self.doc.pair(first, nxt)

    def name_ends(self, left: str, seen: bool = False) -> bool:
        """``left`` is a place or a common surname, no English word, and the word after the
        token is lower-case or a given name: a name glued to the sentence after it (brands
        of that shape end in a company word, "NebraskaCare", and stop earlier)."""
        nxt = self.occ.next
        f = nm.fold(left)
        if not (
            len(left) >= 4
            and (nxt[:1].islower() or (nxt[1:2].islower() and nm.fold(nxt) in nm.given_names()))
            and (f in nm.places() or f in nm.surnames())
            and not self.lex.is_word(left.lower())
        ):
            return False
        # "the LucasArts deal"; "to the KenyanField will" when the text writes "Field"
        return seen or not self.after_determiner()

    def full_name_opens(self, left: str, first: str) -> bool:
        """``first`` is a given name that a Capitalised word follows, glued to a name
        ``left`` that is neither a given name ("JoAnn Smith") nor an English word; a
        canonical name that the two open counts as a given name and a surname ("Tarvo
        Brannagh" listed: "beat CalgaryTarvo Brannagh made")."""
        nxt = self.occ.next
        given = nm.person_given_names()  # the wider list: it only tells that a person is named
        given_name = (first, nxt) in self.lex.name_starts or nm.fold(first) in given
        # a word before the given name, or an English word after it, is left alone unless
        # the given name is no word of its own and the word after is a common surname
        # ("Norvane Marina HarbourGeorge Okoro", "sensation Tom WhitnerJake Barker")
        plain = not self.lex.is_word(first.lower())
        at = self.after_next
        # a double-barrelled surname ("Helen Rose-Hill") whatever its first part is
        barrelled = at >= 0 and _BARRELLED.match(self.doc.text, at) is not None
        surname = barrelled or nm.fold(nxt) in nm.surnames()
        if not (
            len(first) >= 3
            and nxt[:1].isupper()
            and nxt[1:2].islower()
            and given_name
            and nm.fold(left) not in given
            # another given name only when it is a common surname too ("Dean Thomas")
            and (nm.fold(nxt) not in given or surname)
            and (not self.lex.is_word(nxt.lower()) or barrelled or (plain and surname))
        ):
            return False
        if not self.lex.is_word(left.lower()):
            return True
        return plain and not self.after_determiner()  # "the SmartCharles Schwab account"

    def numbered_item(self, number: str) -> bool:
        """The token opens its line with ``number`` and the text numbers the lines around
        it the same way: "5. Walk daily", then "6Drink more water", then "7. Sleep more"."""
        if not (number.isdecimal() and len(number) <= 3):  # "¹" is a digit, no number
            return False
        text, start = self.doc.text, self.occ.start
        head, _ = self.doc.line_of(start, self.end)
        if text[head:start].strip(" \t"):
            return False
        n = int(number)
        numbers = self.doc.item_numbers()
        return n - 1 in numbers or n + 1 in numbers

    def opens_quantity(self, first: str) -> bool:
        """The last part of the token and the word after it open a quantity, a number
        after them: "More than 12", "One in 8" ("HarbourNow in 2004" is no quantity)."""
        nxt = self.occ.next
        if (first, nxt) not in _QUANTITY_OPENERS:
            return False
        at = self.after_next
        return at >= 0 and _NUMBER_AFTER.match(self.doc.text, at) is not None

    def person_then_prose(self, left: str) -> bool:
        """``left`` is a person's surname after the given name and no English word, and
        lower-case prose follows the token ("Hans BrannaghTraders reacted", "Helen
        BrannaghQXT boss"; "John SmithWorks" is a firm)."""
        return (
            self.occ.next[:1].islower()
            and not self.lex.is_word(left.lower())
            and self.surname_after_given(left)
        )

    def surname_after_given(
        self, left: str, *, titles: frozenset[str] | None = None, given: bool = True
    ) -> bool:
        """``left`` follows a given name (the word before the token, Capitalised; only if
        ``given``) or one of ``titles`` (default the forms of address, "Ms"; a wider list
        adds "President"): it is the person's surname, no part of a longer name of its own
        (a Mc, De or Van name stops earlier), so the capitalised word glued after it opens
        something else."""
        before = self.word_before
        return (
            len(left) >= 3
            and before[:1].isupper()
            and before[1:].islower()
            # a given name, or a title that only a surname follows ("said Ms ThornAcme")
            and (
                (given and nm.fold(before) in nm.person_given_names())
                or before.rstrip(".") in (_TITLES if titles is None else titles)
            )
            and nm.fold(left) not in nm.given_names()  # "Mary AnnSmith": two given names
        )

    @functools.cached_property
    def after_next(self) -> int:
        """Where the word after the token ends in the text, or -1 if no word follows it
        (read once)."""
        nxt = self.occ.next
        at = self.doc.text.find(nxt, self.end) if nxt else -1
        return at + len(nxt) if at >= 0 else -1

    @functools.cached_property
    def word_before(self) -> str:
        """The word right before the token (one space between), or "" (read once)."""
        m = _word_before(self.doc.text, self.occ.start)
        return m.group(1) if m is not None else ""

    def after_initials(self) -> bool:
        """The token comes right after initials that stand for a given name ("J.J. ")."""
        start = self.occ.start
        return _INITIALS_BEFORE.search(self.doc.text, max(0, start - 12), start) is not None

    def name_goes_on(self) -> bool:
        """A Capitalised word that neither opens the sentence nor is an article stands
        before the token, and lower-case prose follows it: the token's first part may end
        that word's name ("the Norvane Harbour PlanChange was")."""
        prev = self.word_before
        nxt = self.occ.next
        # prose, or a person it names ("Ashgrove ParkSuspended Tom Whitner")
        named = len(nxt) >= 3 and nxt[1:].islower() and nm.fold(nxt) in nm.person_given_names()
        if not (prev[:1].isupper() and (nxt[:1].islower() or named)):
            return False
        # "The PlanChange": the word before opens the sentence
        return prev.lower() not in _DETERMINERS and self.lex.starter(prev) != "strong"

    def name_closes(self, left: str) -> bool:
        """The word before the token and ``left`` end a name elsewhere in the text
        ("Harbour Plan" then a non-letter), see :meth:`name_goes_on`."""
        return self.name_goes_on() and self.doc.pair(self.word_before, left)

    def closes_here(self, left: str) -> bool:
        """``left`` ends the name of Capitalised words that the word before the token
        opens or goes on: a word that ends names of places and bodies ("Research
        Institute", "Norvane Bank"), or a pair the text writes elsewhere ("General Motors")."""
        if len(left) < 3:
            return False
        if left in _CLOSING_WORDS:
            return self.name_goes_on()
        return self.name_closes(left)

    def after_determiner(self) -> bool:
        """The word before the token is an article or a possessive ("the", "its"): the
        token is then one name, not the end of a sentence."""
        return self.word_before.lower() in _DETERMINERS


# Words that no subject "I" or article "A" stands before at a sentence start.
_NO_SUBJECT_AFTER = frozenset(
    [
        "and",
        "or",
        "nor",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "than",
        "the",
        "a",
        "an",
        "is",
        "are",
    ]
)
# Months and weekdays: no name starts with one glued to a Capitalised word or an acronym
# ("in MayCouncillors", "on ThursdayElena"); a date often ends a sentence.
_DATES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
# Words before a month or weekday that make it a date.
_DATE_BEFORE = frozenset(
    [
        "in",
        "on",
        "of",
        "since",
        "until",
        "till",
        "by",
        "from",
        "before",
        "after",
        "during",
        "next",
        "last",
        "this",
        "early",
        "late",
        "mid",
        "and",
        "or",
        "every",
        "each",
        "for",
        "through",
    ]
)
_WORD_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{N}])([\p{L}\p{N}]+) \Z")


def _word_before(text: str, start: int) -> regex.Match[str] | None:
    """The word that one space separates from ``text[start:]`` (group 1), if any."""
    return _WORD_BEFORE.search(text, max(0, start - 24), start)


# Words that end the name of a paper, a venue or a body ("Dallas News", "Carter Center"):
# a place or a surname glued to one is that name, not the end of a sentence.
_NAME_ENDS = frozenset(
    [
        "News", "Times", "Post", "Herald", "Journal", "Press", "Daily", "Review", "Magazine",
        "Radio", "Center", "Centre", "Theatre", "Theater", "Museum", "Gallery", "Hotel",
        "Hospital", "Institute", "Foundation", "Trust", "Fund", "Society", "Club", "Stadium",
        "Arena", "Airport", "Exchange", "Arts", "Instruments", "Dynamics", "Services", "Brand",
        "Football",
    ]
)  # fmt: skip
# Words that end names of bodies and places ("Norvane Bank", "Harbour Court"): one glued
# to a name the text uses on its own, then prose, ends a sentence ("Norvane BankChile's growth").
_CLOSING_WORDS = _NAME_ENDS | frozenset(
    [
        "Bank", "Group", "Court", "Motors", "Council", "Commission", "Committee", "Party",
        "Association", "Union", "University", "College", "School", "League", "Cup",
        "Championship", "Championships", "Awards", "Prize", "Festival", "Parliament",
        "Assembly", "Ministry", "Department", "Agency", "Authority", "Board", "Office",
        "Corporation", "Company", "Airlines", "Airways", "Studios", "Records", "Pictures",
        "Square", "Street", "Road", "Bridge", "Palace", "Hall", "Tower", "Cathedral",
        "Abbey", "Castle", "Park", "Gardens", "Zoo", "Prison", "Station",
    ]
)  # fmt: skip
# Words after which a Capitalised token is one name, not the end of a sentence.
_DETERMINERS = frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
        "our", "your", "my", "whose", "every", "each", "no", "any",
    ]
)  # fmt: skip
# Titles that a person's surname follows ("Ms Thorn").
_TITLES = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"])
# Titles that only a person's name follows (not "General", "Chief" or "Premier", which
# open names of firms and leagues too).
_PERSON_TITLES = _TITLES | frozenset(
    [
        "President",
        "Chancellor",
        "Senator",
        "Governor",
        "Mayor",
        "Judge",
        "Sir",
        "Dame",
        "Professor",
        "Lord",
        "Lady",
        "Rev",
    ]
)
# First words of places of two words ("New Zealand", "South Korea", "Sri Lanka").
_PLACE_OPENERS = frozenset(
    [
        "new",
        "south",
        "north",
        "east",
        "west",
        "saudi",
        "sri",
        "hong",
        "san",
        "santa",
        "los",
        "las",
        "costa",
        "puerto",
        "el",
        "sierra",
    ]
)
# Words that join the items of a list.
_LIST_JOINS = frozenset(["and", "or", "nor", "to", "vs", "v"])
# Words whose object a glued acronym and word may be, as one name ("by QRSPoll").
_OBJECT_BEFORE = _DETERMINERS | frozenset(["by", "from", "at", "of", "for", "with", "via"])
# Subject pronouns: after "Now", "Then", "Here"... they start a clause, not a brand.
_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there"])
# The verbs that name a speaker after a quote ('," said Ann'): the name ends the clause.
_SPEECH_VERBS = frozenset(["said", "says"])
# Words that open a clause and name nothing: in a text about code, only these after a
# glued word tell a lost period from an identifier's next part ("stateThe" but
# "afterEach", "includeIf", "doIt", "assertThat", "thankYou").
_CLAUSE_OPENERS = frozenset(
    [
        "The", "An", "This", "These", "Those", "He", "She", "We", "They", "His", "Her",
        "My", "Our", "Their", "Its", "There", "However", "Meanwhile", "Moreover",
        "Furthermore", "Nevertheless", "Nonetheless", "Therefore", "Thus", "Hence",
        "Instead", "Mr", "Mrs", "Ms", "Dr",
    ]
)  # fmt: skip
# Function words: glued after a Capitalised English word they read as a lost period
# ("LanternIn a statement"); content words there read as a brand ("TheatreNow", "GiveWell").
_FUNCTION_WORDS = frozenset(
    [
        "i",
        "a",
        "an",
        "in",
        "it",
        "its",
        "as",
        "at",
        "on",
        "by",
        "if",
        "so",
        "we",
        "he",
        "she",
        "they",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "or",
        "for",
        "to",
        "of",
        "with",
        "from",
        "his",
        "her",
        "their",
        "our",
        "my",
        "you",
        "yet",
        "when",
        "while",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "did",
        "does",
        "would",
        "should",
        "could",
        "after",
        "before",
        "during",
        "since",
        "although",
        "though",
        "instead",
        "meanwhile",
    ]
)
# The function words that open a clause after an acronym, less those an acronym's plural
# may end with once split in humps ("NDAs", "IPIs", "PCIs").
_CLAUSE_WORDS = _FUNCTION_WORDS - {"a", "an", "as", "i", "is", "its", "it"}


class _Lazy:
    """A truth value worked out when first asked for (the document's counts are only
    scanned for the words a rule actually needs)."""

    __slots__ = ("_get", "_value")

    def __init__(self, get: Callable[[], bool]) -> None:
        self._get = get
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = self._get()
        return self._value


def _note(token: str, left: str, right: str, why: list[str], *, sure: bool = True) -> str:
    reasons = "; ".join(why) if why else "no evidence"
    if sure:
        return f'lost ". " in "{token}" -> "{left}. {right}": {reasons}'
    return f'possibly a lost ". " in "{token}" ({left}|{right}): {reasons}; not enough evidence'


def _plain_place(word: str, lex: Lexicon) -> bool:
    """``word`` is a place of four letters or more that is no English word ("Kenya";
    not "Turkey", "Chad").

    >>> from cleantext.passes.sentences_lexicon import lexicon
    >>> lex = lexicon((), ())
    >>> _plain_place("Kenya", lex), _plain_place("Turkey", lex), _plain_place("Lima", lex)
    (True, False, True)
    """
    return len(word) >= 4 and nm.fold(word) in nm.places() and not lex.is_word(word.lower())


def _people_of(word: str) -> bool:
    """``word`` names the people of a place ("Kenyans"; "Kenyan" too).

    >>> _people_of("Kenyans"), _people_of("Kenyan"), _people_of("Bananas")
    (True, True, False)
    """
    f = nm.fold(word)
    return f in nm.places() or (f.endswith("s") and f[:-1] in nm.places())


# The rest of a line after a name glued at its start, in a list of people: up to two
# Capitalised words (the surname), perhaps an address in angle brackets, nothing else.
_NAME_TAIL = regex.compile(
    r"(?:[ \t]++\p{Lu}[\p{L}\p{M}'’-]*+){0,2}+(?:[ \t]++<[^<>\s]++>)?+[ \t]*+"
)
_NAME_TAIL_CHARS = 120
# An e-mail address spelt out after its user's name: " at uni-stuttgart.de", " [at] x.org".
# (``re``: the ``regex`` module reads far past the position first, for every token.)
_AT_DOMAIN = re.compile(r"[ \t]*(?:at|\[at\]|\(at\))[ \t]+[\w-]+(?:\.[\w-]+)*?\.[a-z]{2,}\b")
# The word after a token, past one space (or a comma and a space).
_WORD_AFTER = regex.compile(r",? (\p{L}[\p{L}\p{M}'’-]*)")
