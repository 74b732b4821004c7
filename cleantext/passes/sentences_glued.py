"""Glued tokens for :mod:`cleantext.passes.sentences`: "industryDeepSeek", "AIThe".

A token that glues two words is found here and cut in humps
(:mod:`~cleantext.passes.sentences_lexicon`); :func:`_never_split` drops the tokens whose
junctions the word lists alone rule out, and :mod:`~cleantext.passes.sentences_judge`
weighs the evidence at the others. Private to the sentences pass.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from cleantext.passes.sentences_evidence import _LETTER, _TOKEN, _strip_possessive
from cleantext.passes.sentences_lexicon import (
    MAX_HUMPS,
    Lexicon,
    bare,
    hump_kind,
    humps,
)
from cleantext.passes.spaces import ODD_SPACES, ZERO_WIDTH
from cleantext.passes.text_view import TextView

# The word after a token: across spaces, tabs and the odd or invisible spaces that the
# whitespace pass turns into spaces or drops later ("theER \u200bIt" reads "theER It").
_NEXT_WORD = regex.compile(
    rf"(?:['’]s?+|-\p{{Ll}}++)?+[ \t{ODD_SPACES}{ZERO_WIDTH}]++([{_LETTER}]++)"
)
_YEAR = regex.compile(r"1[5-9]\d\d|20\d\d")


class _Occ(NamedTuple):
    """One token that holds glued-junction candidates."""

    start: int  # offset of the token in the text
    humps: tuple[str, ...]
    offsets: tuple[int, ...]  # offset of each hump in the text
    segs: dict[tuple[int, int], str]  # (a, b) -> the humps a..b joined
    next: str  # the word after the token, if only spaces separate them


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
# An identifier in camel case right before where the search stops ("DateTime" of
# "DateTime.UtcNow").
_CAMEL_BEFORE = regex.compile(r"\p{Ll}\p{Lu}[\p{L}\p{N}]*+\Z")


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
    if before == "." and _CAMEL_BEFORE.search(text, max(0, start - 41), start - 1):
        return True  # a member of an identifier in camel case: "DateTime.UtcNow"
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
        split = _split_title(raw, after, lex, _AS_PHRASE.match(text, end) is not None)
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
    title = bool(raw) and any(
        p.fullmatch(raw[-1]) is not None for p in (_ACRONYM_I, _ACRONYM_MS, _ACRONYM_AS)
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


# Capitals, then digits: a name such as U2, G20 or MP3 (possessive allowed).
_ALNUM_ACRONYM = regex.compile(r"\p{Lu}{1,4}\p{N}{1,4}(?:['\u2019]s)?")
_ACRONYM_I = regex.compile(r"\p{Lu}{2,8}I")
_ACRONYM_MS = regex.compile(r"\p{Lu}{2,8}Ms")
_ACRONYM_AS = regex.compile(r"\p{Lu}{2,8}As")
# What a sentence opens with after "As" and no plural of an acronym goes on with: "TTAs a
# result, the" is "TT. As a result" ("NDAs expected to be signed", "NDAs such as" and
# "NDAs of the firm" are plurals).
_AS_PHRASE = regex.compile(r" (?:a result|a consequence|well as)\b")


def _split_title(raw: list[str], after: str, lex: Lexicon, as_phrase: bool) -> list[str] | None:
    """Re-read a last hump that hides a sentence start, from the word after the token.

    "TVI think": an acronym and the pronoun I (a verb such as "miss" follows); "DfEEMs
    Okeke": an acronym and the title Ms (a name follows); "TTAs a result": an acronym and
    "As" before a phrase that opens sentences (``as_phrase``). Otherwise None.
    """
    last = raw[-1]
    if _ACRONYM_I.fullmatch(last) and after in lex.after_i:
        cut = 1
    elif (_ACRONYM_MS.fullmatch(last) and after[:1].isupper()) or (
        as_phrase and _ACRONYM_AS.fullmatch(last)
    ):
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
    if (lkind == "letter" or (lkind == "lower" and len(bare(last)) < 2)) and not (
        last in UNITS and rkind == "cap"
    ):
        return True  # ("31°CThat", "300 mDrivers": a unit, which the judge reads in place)
    # judge: strong needs a Capitalised word that is a strong starter
    if last in lex.particles and (rkind != "cap" or lex.starter(first) != "strong"):
        return True
    if rkind == "acr":  # judge's acronym rules
        if lkind == "camel":  # only before a heading in capitals
            return not _in_capitals(nxt)
        if lkind == "num":  # (a year that a date makes may have a comma after it)
            return _YEAR.fullmatch(last) is None  # "512GB", "3GSM": not a year
        if not (nxt if b == len(h) else "") and "&" not in first:
            # "fatFIRE.": a sentence would go on after it; a well-known acronym after a
            # word may open one before a comma, which the judge sees ("yearNASA, the")
            return not _known_acronym_after_word(lkind, first, lex)
        if lkind == "lower":
            return not (last not in lex.lower_prefixes and len(last) >= 3 and _plain(last, lex))
    return False


def _known_acronym_after_word(lkind: str, first: str, lex: Lexicon) -> bool:
    """A well-known acronym of three letters or more (``first``) after a lower-case word
    (``lkind``): it may open a sentence even where punctuation follows the token.

    >>> from cleantext.passes.sentences_lexicon import lexicon
    >>> lex = lexicon((), ())
    >>> [_known_acronym_after_word("lower", word, lex) for word in ("NASA", "LOAN")]
    [True, False]
    """
    return lkind == "lower" and len(first) >= 3 and first in lex.acronyms


def _in_capitals(word: str) -> bool:
    """``word`` is a word of two letters or more in capitals ("WARS"), as a heading writes.

    >>> _in_capitals("WARS"), _in_capitals("DS"), _in_capitals("A"), _in_capitals("Wars")
    (True, True, False, False)
    """
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _plain(word: str, lex: Lexicon) -> bool:
    """``word`` (lower-case) is an English word, or made of them ("buybacks")."""
    return lex.is_word(word) or lex.is_made_of_words(word)


#: Units of measure written right after a number ("31°C", "300 m", "20kg", "2p"): a
#: Capitalised word glued to one may open a sentence.
UNITS = frozenset(
    ["g", "kg", "mg", "m", "cm", "mm", "km", "ml", "l", "p", "C", "F", "K", "mph", "kph",
     "MW", "GW", "kW", "kWh", "GB", "TB", "MB", "ft", "lb", "lbs", "oz", "mi", "ha", "t"]
)  # fmt: skip
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
