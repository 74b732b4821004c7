"""FixUnicode: mojibake, stray control characters and HTML entities, with ftfy.

ftfy runs with conservative settings: curly quotes stay curly, no NFC/NFKC normalisation,
no width or ligature folding, line breaks untouched. It runs only on lines that can hold a
defect (non-ASCII, control characters or ``&...;`` entities), so clean ASCII text costs one
scan. The edits are the minimal character spans that ftfy changed, one per damaged run.

>>> from cleantext.passes import FixUnicode
>>> FixUnicode()("It\\u00e2\\u20ac\\u2122s \\u00c2\\u00a35")
'It’s £5'
"""

from __future__ import annotations

import bisect
import difflib
import html
import html.entities
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

import ftfy
import ftfy.bad_codecs  # registers "sloppy-windows-1252"
import regex

from cleantext.edits import Edit, apply_edits
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass, check_options
from cleantext.passes.code_spans import outside_code, overlaps, rst_blocks
from cleantext.passes.spaces import JOINERS_IN_LATIN
from cleantext.passes.unicode_c1 import _HIGH, C1, settle_lone_c1
from cleantext.passes.whitespace import NormalizeWhitespace
from cleantext.resources import english_words

# A line can only need ftfy if it has a non-ASCII character, a control character other
# than tab/newline/CR/form feed, or something that looks like an HTML entity.
_SUSPECT = regex.compile(
    r"[^\x09\x0a\x0c\x0d\x20-\x7e]|&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_CONTROL = regex.compile(r"^[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff\ufff9-\ufffb]+$")
# A terminal escape (colour codes and the like) or a run of control characters that have
# no place in text (tab, line breaks and form feed stay).
_CONTROL_RUN = regex.compile(
    r"\x1b\[[0-9;?]{0,32}+[A-Za-z]|[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff\ufff9-\ufffb]++"
)
# Characters of no width that the whitespace pass removes: a zero-width space or word
# joiner, and a joiner or non-joiner between two letters of the Latin script (a byte-order
# mark opening the text stays, for the file layer).
_INVISIBLE = regex.compile(rf"[\u200b\u2060]++|{JOINERS_IN_LATIN.pattern}")
# An HTML entity, perhaps escaped again and again ("&amp;amp;", "&amp;quot;"): decoded in
# full, in one run, so that a second run finds nothing left to decode.
_ENTITY_CHAIN = regex.compile(
    r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|(?P<name>[A-Za-z][A-Za-z0-9]{1,31}));"
)


@dataclass(frozen=True, slots=True)
class FixUnicode(Pass):
    """Repair encoding damage with ftfy, conservatively.

    Parameters (keyword-only; the TOML keys under ``[tool.cleantext.unicode]`` have the
    same names): ``unescape_html`` ("auto": only where the text holds no ``<``, as ftfy
    does), ``remove_control_chars``.

    Rules: ``unicode/mojibake``, ``unicode/control-char``, ``unicode/html-entity``.

    >>> FixUnicode()("caf\\u00c3\\u00a9 \\u201cnice\\u201d")
    'café “nice”'
    >>> FixUnicode()("Zoë’s café, “quoted”")  # correct text is never touched
    'Zoë’s café, “quoted”'
    """

    name: ClassVar[str] = "unicode"
    rules: ClassVar[tuple[str, ...]] = (
        "unicode/mojibake",
        "unicode/control-char",
        "unicode/html-entity",
        "unicode/terminal-escape",
        "unicode/surrogate",
    )

    unescape_html: str | bool = "auto"
    remove_control_chars: bool = True

    def __post_init__(self) -> None:
        check_options(self)

    def _config(self) -> ftfy.TextFixerConfig:
        return ftfy.TextFixerConfig(
            unescape_html=False,  # entities are decoded by this pass, with exact spans
            remove_terminal_escapes=False,  # removed by this pass, with exact spans
            fix_encoding=True,
            restore_byte_a0=True,
            replace_lossy_sequences=True,
            decode_inconsistent_utf8=True,
            fix_c1_controls=True,
            fix_latin_ligatures=False,
            fix_character_width=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            fix_surrogates=True,
            remove_control_chars=False,  # removed by this pass, with exact spans
            normalization=None,
            explain=False,
        )

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if text.isascii() and "&" not in text and text.isprintable():
            return []
        if not _ftfy_offsets(text) and ("&" not in text or _ENTITY_CHAIN.search(text) is None):
            return []  # ftfy changes nothing, no entity, no control char (all in _ALWAYS)
        config = self._config()
        edits: list[Edit] = []
        for m in _LINE.finditer(text):
            line = m.group()
            if not line or _SUSPECT.search(line) is None:
                continue
            body = line.rstrip("\r\n")
            separators = []
            if self.remove_control_chars and _SEPARATOR.search(body) is not None:
                newline = line[len(body) :] or _newline(text)
                separators = _separator_edits(body, m.start(), newline)
            # the words either side of a separator are read apart, as the lines they become
            line_edits = list(separators)
            last = 0
            for e in (*separators, None):
                end = len(body) if e is None else e.start - m.start()
                line_edits += self._piece_edits(body[last:end], m.start() + last, config)
                last = 0 if e is None else e.end - m.start()
            line_edits.sort(key=lambda e: e.start)
            if self.unescape_html is True or (self.unescape_html == "auto" and "<" not in body):
                line_edits = _merge(line_edits, _entity_edits(body, m.start()))
            edits.extend(line_edits)
        # what a code span or block quotes is literal: only junk goes there
        edits = outside_code(text, edits, junk=_JUNK)
        literal = rst_blocks(text) if edits else []
        if literal:  # and so is a literal block of reStructuredText
            edits = [e for e in edits if e.rule in _JUNK or not overlaps(literal, e.start, e.end)]
        return outside_quoted_examples(text, edits)

    def _piece_edits(self, body: str, offset: int, config: ftfy.TextFixerConfig) -> list[Edit]:
        """The control-character and mojibake edits of ``body``, a line or the piece of one
        between two separators, which stands at ``offset`` of the text."""
        controls = _control_edits(body, offset) if self.remove_control_chars else []
        if controls:
            # Decode as if the control characters were gone, so that a control
            # character inside a damaged sequence does not hide it until a second run.
            stripped = _CONTROL_RUN.sub("", body)
            fixed = self._decode(stripped, config)
            edits = controls if fixed == stripped else _diff_edits(body, fixed, offset)
        else:
            fixed = self._decode(body, config)
            edits = _diff_edits(body, fixed, offset) if fixed != body else []
        if not body.isascii() and _INVISIBLE.search(body) is not None:
            edits = self._decoded_past_invisibles(body, fixed, offset, config) or edits
        if edits and "\u00c2 " in body:
            edits = _keep_lone_circumflex(body, fixed, offset, edits)
        return edits

    def _decode(self, text: str, config: ftfy.TextFixerConfig) -> str:
        """``text`` decoded: ftfy and the repairs of this pass, and, with
        ``remove_control_chars``, without the control characters that decoding bares."""
        if self.remove_control_chars:
            return _fix_clean(settle_lone_c1(text), config)
        return _fix(text, config)

    def _decoded_past_invisibles(
        self, body: str, fixed: str, offset: int, config: ftfy.TextFixerConfig
    ) -> list[Edit]:
        """The edits of ``body`` decoded as if its invisible characters (:data:`_INVISIBLE`,
        which the whitespace pass removes) were gone, when that decodes more than ``fixed``
        did: ftfy reads no line as Windows-1252 where a zero-width space stands, which
        no code page holds ("p\u00c3\u00a5 Stockh\u200bolm"), and a second run, after the
        whitespace pass, would. None when it decodes no more."""
        bare = _INVISIBLE.sub("", _CONTROL_RUN.sub("", body) if self.remove_control_chars else body)
        decoded = self._decode(bare, config)
        if decoded == bare or decoded == _INVISIBLE.sub("", fixed):
            return []
        return _diff_edits(body, decoded, offset)


def _keep_lone_circumflex(body: str, fixed: str, offset: int, edits: list[Edit]) -> list[Edit]:
    """``edits`` less those that read a capital A with a circumflex standing alone between
    blanks ("the letter \u00c2 appears") as a no-break space read as Windows-1252, on a
    line that also writes a letter no such reading makes ("ș", "ł"): the line was read
    right, and the letter is one.

    >>> FixUnicode()("Romanian writes ș and ț, and the letter \u00c2 stands alone.")
    'Romanian writes ș and ț, and the letter Â stands alone.'
    >>> FixUnicode()("The letter \u00c2 stands alone.")  # a no-break space, read as Windows-1252
    'The letter \xa0stands alone.'
    """
    if not any(c >= "\u0100" and c not in _HIGH and c.isalpha() for c in fixed):
        return edits  # no letter that no text of UTF-8 read so holds ("ș", "ł", "я")
    return [
        e
        for e in edits
        if not (
            body[e.start - offset : e.end - offset] == "\u00c2 "
            and (e.start == offset or body[e.start - offset - 1] in " \t")
            and body[e.end - offset : e.end - offset + 1].isalnum()
        )
    ]


# Rules that remove junk, which is junk in code too; the others decode what code may quote.
_JUNK = frozenset(("unicode/control-char", "unicode/terminal-escape", "unicode/surrogate"))


# A text about the encoding of text, which may quote the damage it describes.
_TALKS_ENCODING = regex.compile(
    r"(?i)mojibake|\bencod(?:ing|ings|ed)\b|\butf-?8\b|\bwindows-1252\b|\bcp1252\b"
    r"|\blatin-1\b|\biso-8859|\bchar(?:acter )?sets?\b|\bunicode\b|\bgarbled\b"
)
# A short quotation: six words at most between a pair of quotation marks.
_SHORT_QUOTE = regex.compile(
    r'(?:“[^“”\n]{1,60}+”|"[^"\n]{1,60}+"|‘[^‘’\n]{1,60}+’|«[^«»\n]{1,60}+»)'
)
_QUOTE_WORDS = 6


def outside_quoted_examples(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` without the decoding of what a text quotes as an example of the damage: a
    short quotation (six words at most) in a text that names encodings, mojibake or
    Unicode, or one whose repair the text quotes too (“é” becomes “Ã©”). Junk goes there
    too.

    >>> fix = FixUnicode()
    >>> fix("Read as Latin-1, “cafÃ©” is a mess. Then cafÃ© again.")
    'Read as Latin-1, “cafÃ©” is a mess. Then café again.'
    >>> fix("Readers saw “AÃ±o” for “Año”.")
    'Readers saw “AÃ±o” for “Año”.'
    >>> fix("The “cafÃ©” opened.")
    'The “café” opened.'
    """
    if not edits:
        return edits
    quoted = [
        (m.start(), m.end())
        for m in _SHORT_QUOTE.finditer(text)
        if m.group().count(" ") < _QUOTE_WORDS
    ]
    if not quoted:
        return edits
    if _TALKS_ENCODING.search(text) is None:
        quoted = [q for q in quoted if _repair_quoted(text, q, edits)]
    return [e for e in edits if e.rule in _JUNK or not overlaps(quoted, e.start, e.end)]


def _repair_quoted(text: str, span: tuple[int, int], edits: list[Edit]) -> bool:
    """Whether the text quotes elsewhere, in the same marks, what ``edits`` make of the
    quotation at ``span``: "“AÃ±o” for “Año”" shows the damage and its repair."""
    start, end = span
    inside = [e for e in edits if start <= e.start and e.end <= end]
    if not inside:
        return False
    shifted = [Edit(e.start - start, e.end - start, e.replacement, e.rule, e.note) for e in inside]
    repaired = apply_edits(text[start:end], shifted)
    return repaired != text[start:end] and repaired in text


def _fix_clean(line: str, config: ftfy.TextFixerConfig) -> str:
    """``_fix(line)`` without control characters, again while that changes it: a control
    character gone may bare a damaged sequence ("\\x8d\u00ce\u20ac"), which is read in
    this run, not the next one (three rounds at most).

    >>> _fix_clean("caf\u00c3\u00a9\x90", FixUnicode()._config())
    'café'
    """
    fixed = _no_controls(_fix(line, config))
    for _ in range(2):
        again = _no_controls(_fix(fixed, config))
        if again == fixed:
            break
        fixed = again
    return fixed


def _no_controls(fixed: str) -> str:
    """``fixed`` without the control characters that decoding made ("\\u00c0\\x80" is Java's
    overlong NUL) or left (a C1 control that no Windows-1252 character stands for): gone in
    this run, not the next one.

    >>> _no_controls("a\\x00 b\\x07 c\\x90")
    'a b c'
    """
    return str(C1.sub("", _CONTROL_RUN.sub("", fixed)))


# A no-break space next to a non-ASCII character: ftfy may have left mojibake beside it (it
# reads the space as the byte A0, which may not stand there in UTF-8).
_NBSP_BESIDE_ODD = regex.compile(r"\u00a0[^\x00-\x7f]|[^\x00-\x7f\u00a0]\u00a0")


def _fix(line: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text(line)``, skipped where ftfy provably changes nothing.

    ftfy leaves "\\u00a0\\u00c3\\u00a9" as it is but fixes " \\u00c3\\u00a9", and the
    whitespace pass turns the one into the other. So while a no-break space stands beside a
    non-ASCII character, the fix is tried again with spaces for no-break spaces and what that
    changes is carried over (the no-break spaces stay, for the whitespace pass): one run is
    enough.

    >>> _fix("caf\\u00a0\\u00c3\\u00a9", FixUnicode()._config())
    'caf\\xa0é'
    """
    fixed = _ftfy(_LOST_QUOTE_BYTE.sub(_restore_quote_byte, line), config)
    for _ in range(3):
        if "\u00a0" not in fixed or _NBSP_BESIDE_ODD.search(fixed) is None:
            break
        spaced = fixed.replace("\u00a0", " ")
        again = _ftfy(spaced, config)
        if again == spaced:
            break
        fixed = _carry(fixed, spaced, again)
    # ftfy's repairs and these can each leave work for the other: alternate until neither
    # changes the line (three rounds at most)
    for _ in range(3):
        symbols = _symbols(fixed)
        if symbols == fixed:
            break
        fixed = _ftfy(symbols, config)
    spacing = _WHITESPACE.propose(fixed) if not fixed.isascii() else []
    if spacing:
        # ftfy reads "\u00e1\u20ac \u00c4" as damage but not "\u00e1\u20ac \u00c4 " (a
        # trailing space): if the line as the whitespace pass leaves it fixes further, take
        # that, so that the next run has nothing left to do.
        settled = apply_edits(fixed, spacing)
        again = _ftfy(settled, config)
        if again != settled:
            fixed = again
    return fixed


_WHITESPACE = NormalizeWhitespace()

# The closing quote "\u201d" is the bytes E2 80 9D; Windows-1252 has no character for 9D, so
# a scraper that decodes with it drops the byte and leaves "\u00e2\u20ac" before a space, a
# punctuation mark or the line's end (twice decoded: "\u00c3\u00a2\u00e2\u201a\u00ac").
# ftfy reads the space as a lost byte A0 and writes a dagger ("nothing,\u2020said"); put the
# byte back, and the quote is read whole. No character of a third byte stands after it
# there (those are the characters of the bytes 80 to BF: a no-break space is A0, and
# "\u00e2\u20ac\u00a0" is the dagger), so nothing else is read so.
_LOST_QUOTE_BYTE = regex.compile(
    "(\u00e2\u20ac|\u00c3\u00a2\u00e2\u201a\u00ac)(?=[ \t,.;:!?)\\]]|$)"
)


def _restore_quote_byte(m: regex.Match[str]) -> str:
    """The damaged quote of ``m`` with its last byte back, once or twice decoded.

    >>> _LOST_QUOTE_BYTE.sub(_restore_quote_byte, "nothing,\u00e2\u20ac said") == (
    ...     "nothing,\u00e2\u20ac\x9d said")
    True
    """
    damaged = str(m.group(1))
    return damaged + ("\x9d" if len(damaged) == 2 else "\u00c2\x9d")


# The UTF-8 bytes of a symbol from U+2000 to U+2FFF read as Windows-1252: "\u00e2" and two
# characters that stand for the bytes 0x80 to 0xBF ("\u00e2\u201e\u00a2" for "\u2122",
# "\u00e2\u201a\u201a" for a subscript two). ftfy's badness test passes over many of them
# (a letter, then a quote and a sign, reads as text to it); no language writes them.
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("sloppy-windows-1252")
_SYMBOL_MOJIBAKE = regex.compile("\u00e2[" + regex.escape(_CONTINUATION) + "]{2}")
# A sign of Latin-1 after the "\u00c2" that its first byte reads as, outside a word
# ("worth \u00c2\u00a5500bn", "34\u00c2\u00b0C"), which ftfy leaves on a line where correct
# text stands beside the damage; no word writes a capital A with a circumflex there.
_SIGN_MOJIBAKE = regex.compile("(?<![\\p{L}\\p{M}])\u00c2(?=[\u00a1-\u00bf](?![\u00a0-\u00bf]))")
# And a letter of two bytes inside a word ("Erdo\u00c4\u0178an" for "Erdo\u011fan")
_LETTER_MOJIBAKE = regex.compile(
    "(?<=\\p{L})[\u00c2-\u00df][" + regex.escape(_CONTINUATION) + "](?=\\p{L})"
)

# And one that ends a word after a lower-case letter ("Arge\u00c8\u2122" for "Argeș",
# "si\u00c4\u2122" for "się"), read only as a letter of Latin Extended: a sign after a
# word ("Windows\u2122") stays.
_LAST_LETTER_MOJIBAKE = regex.compile(
    "(?<=\\p{Ll})[\u00c4-\u00c9][" + regex.escape(_CONTINUATION) + "](?![\\p{L}\\p{N}])"
)


def _decoded_extended(seq: str) -> str:
    """The letter of Latin Extended that ``seq``, two characters, stands for, or ``seq``.

    >>> _decoded_extended("\u00c8\u2122"), _decoded_extended("\u00c3\u00a9")
    ('ș', 'Ã©')
    """
    ch = _decoded_pair(seq)
    return ch if ch.isalpha() and "\u0100" <= ch <= "\u024f" else seq


# "Ã", "Ä" or "Å" opening a word, then a character for a byte from 0x80 to 0xBF and a
# letter: a capital of two bytes read as Windows-1252 ("Ã…land" for "Åland", "ÃŒsola"
# for "Ìsola", "Å\u00a0koda" for "Škoda"), which ftfy takes for text; no word opens so.
_CAPITAL_MOJIBAKE = regex.compile(
    "(?<![\\p{L}\\p{M}\\p{N}])[\u00c3-\u00c5][" + regex.escape(_CONTINUATION) + "](?=\\p{L})"
)
# The signs a damaged letter's second byte may read as inside a word: any punctuation or
# symbol but quotes, which may be an apostrophe after a word in capitals.
_SIGNS = frozenset(["Pc", "Pd", "Ps", "Pe", "Po", "Sm", "Sc", "Sk", "So"])


def _capital(seq: str) -> str:
    """The capital letter that a damaged word opening ``seq`` stands for, or ``seq``.

    >>> _capital("\u00c3\u2026"), _capital("\u00c5\u00a0"), _capital("\u00c3\u00a9")
    ('Å', 'Š', 'Ã©')

    No word opens with "Ã" and such a character; "Ä" and "Å" are letters of their own,
    which punctuation may follow ("Å…", "Ä–Ö"): there only a letter, a sign or a no-break
    space counts.

    >>> _capital("\u00c5\u2026"), _capital("\u00c4\u2013")
    ('Å…', 'Ä–')
    """
    ch = _decoded_pair(seq)
    if not ch.isupper():
        return seq
    if seq[0] == "\u00c3":
        return ch
    return seq if unicodedata.category(seq[1])[0] == "P" else ch


def _quote(ch: str) -> bool:
    return unicodedata.category(ch) in ("Pi", "Pf")


def _decoded_pair(seq: str) -> str:
    """``seq`` read back as the UTF-8 bytes that Windows-1252 showed, or ``seq``."""
    try:
        return seq.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return seq


def _symbols(line: str) -> str:
    """``line`` with such damaged sequences repaired, in linear time.

    A repaired symbol can complete another sequence on its left ("\u00e2" twice, then the
    signs): the three-character sequences are reduced as they complete, left to right, so
    that none is left and no line is scanned twice.

    >>> _symbols("Emissions of CO\u00e2\u201a\u201a rose") == "Emissions of CO\u2082 rose"
    True
    >>> _symbols("\u00e2\u00e2\u201e\u00a2\u00a2") == "\u2662"
    True
    """
    if line.isascii():
        return line
    if _SYMBOL_MOJIBAKE.search(line) is not None:  # French "\u00e2ge" needs no loop
        out: list[str] = []
        for ch in line:
            out.append(ch)
            while (
                len(out) >= 3
                and out[-3] == "\u00e2"
                and out[-2] in _CONTINUATION
                and out[-1] in _CONTINUATION
            ):
                seq = "".join(out[-3:])
                fixed = _decoded(seq)
                if fixed == seq:
                    break
                del out[-3:]
                out.append(fixed)
        line = "".join(out)
    line = _LETTER_MOJIBAKE.sub(lambda m: _decoded(m.group()), line)
    line = _LAST_LETTER_MOJIBAKE.sub(lambda m: _decoded_extended(m.group()), line)
    line = _SIGN_MOJIBAKE.sub("", line)
    return str(_CAPITAL_MOJIBAKE.sub(lambda m: _capital(m.group()), line))


def _decoded(seq: str) -> str:
    """The character that a damaged sequence stands for, or the sequence itself.

    >>> _decoded("\u00e2\u201e\u00a2"), _decoded("\u00c4\u0178"), _decoded("\u00c3\u2026")
    ('™', 'ğ', 'Å')
    """
    ch = _decoded_pair(seq)
    if ch == seq:
        return seq
    if len(seq) == 2:
        # inside a word: a letter of Latin Extended ("NÔŽE" stays), or a letter whose
        # second byte reads as a sign ("Ã…" for "Å": no word holds an ellipsis), or any
        # letter after "Ã", which no language writes before such a character ("NÃŽMES");
        # never with a quote there, which may be an apostrophe ("IRMÃ’S")
        extended = "\u0100" <= ch <= "\u024f"
        signed = unicodedata.category(seq[1]) in _SIGNS
        tilde = seq[0] == "\u00c3"
        return ch if ch.isalpha() and not _quote(seq[1]) and (extended or signed or tilde) else seq
    return ch if unicodedata.category(ch)[0] in "LMNPS" else seq


def _ftfy(line: str, config: ftfy.TextFixerConfig) -> str:
    return str(ftfy.fix_text(line, config=config)) if _ftfy_offsets(line) else line


def _carry(fixed: str, spaced: str, again: str) -> str:
    """``fixed`` with the change from ``spaced`` (``fixed`` with spaces for no-break spaces)
    to ``again``: the changed middle comes from ``again``, the rest from ``fixed``.

    >>> _carry("a\\u00a0b\\u00a0X", "a b X", "a b Y")
    'a\\xa0b\\xa0Y'
    """
    n = min(len(spaced), len(again))
    head = 0
    while head < n and spaced[head] == again[head]:
        head += 1
    tail = 0
    while tail < n - head and spaced[-1 - tail] == again[-1 - tail]:
        tail += 1
    return fixed[:head] + again[head : len(again) - tail] + fixed[len(fixed) - tail :]


# Anything but printable ASCII and ordinary line breaks: where a defect can start.
_ODD = re.compile(r"[^\t\n\x0c\r -~]")
# Characters ftfy removes or replaces wherever they stand (controls, C1, bidi, specials).
_ALWAYS = frozenset(
    chr(c)
    for c in (*range(0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0), *range(0x206A, 0x2070))
) | frozenset("\ufeff\ufff9\ufffa\ufffb\ufffc\ufffe\uffff")


def _ftfy_offsets(text: str) -> list[int]:
    """Offsets where ftfy could change something; none means ftfy returns ``text`` as is.

    ftfy's encoding fixes run only where ``ftfy.badness.is_bad`` holds, and every pattern
    of that test needs a C1 control, two adjacent non-ASCII characters, "Â"/"Ã" before a
    space, or "Œ"/"œ" not before a letter; its other fixes touch control characters and
    surrogates. News text has a few isolated curly quotes, dashes and accents per line,
    which need no ftfy call (one stdlib ``re`` scan of a single class runs at ~300 MB/s).
    """
    out = []
    n = len(text)
    for m in _ODD.finditer(text):
        i = m.start()
        c = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if (
            c in _ALWAYS
            or "\ud800" <= c <= "\udfff"
            or (nxt != "" and not nxt.isascii())
            or (c in "\u00c2\u00c3" and nxt == " ")
            or (c in "\u0152\u0153" and not (nxt.isascii() and nxt.isalpha()))
        ):
            out.append(i)
    return out


def _control_edits(line: str, offset: int) -> list[Edit]:
    """Terminal escape sequences and control characters, one edit per run."""
    edits = []
    for m in _CONTROL_RUN.finditer(line):
        run = m.group()
        rule = "unicode/terminal-escape" if run.startswith("\x1b[") else "unicode/control-char"
        edits.append(Edit(offset + m.start(), offset + m.end(), "", rule, _note(run, "")))
    return edits


# Control characters that separate what stands either side of them: the vertical tab
# (Word's manual line break) and the file, group and record separators, which Unicode
# reads as paragraph separators (bidi class B; ``str.splitlines`` breaks there too), and
# the unit separator, which it reads as a segment separator, like a tab (bidi class S).
_SEPARATOR = regex.compile(r"[\x0b\x1c-\x1f]")
_LINE_SEPARATORS = frozenset("\x0b\x1c\x1d\x1e")
_CONTROL_CHARS = frozenset(chr(c) for c in (*range(0x20), 0x7F))
_BLANKS = " \t"
_NEWLINE = regex.compile(r"\r\n|\r|\n")


def _newline(text: str) -> str:
    """The first line break of ``text``, or a line feed."""
    m = _NEWLINE.search(text)
    return m.group() if m is not None else "\n"


def _separator_edits(line: str, offset: int, newline: str) -> list[Edit]:
    """One edit for each run of control characters holding a separator between two
    visible characters of ``line`` (the spaces and tabs around it with it): a line break
    (``newline``) for a vertical tab or a file, group or record separator (two for two or
    more: a blank line, as two manual line breaks show one), a space for a unit separator.
    A separator beside a blank or at an edge of the line separates nothing more and goes
    with the other control characters.

    >>> edits = _separator_edits("said \\x0bthe A\\x1fB", 0, "\\n")
    >>> [(e.start, e.end, e.replacement) for e in edits]
    [(4, 6, '\\n'), (11, 12, ' ')]
    """
    edits: list[Edit] = []
    n = len(line)
    for m in _CONTROL_RUN.finditer(line):
        run = m.group()
        if _SEPARATOR.search(run) is None or run.startswith("\x1b["):
            continue
        a, b = m.start(), m.end()
        while a > 0 and line[a - 1] in _BLANKS:
            a -= 1
        while b < n and line[b] in _BLANKS:
            b += 1
        if a == 0 or b == n or _blank(line[a - 1]) or _blank(line[b]):
            continue  # nothing visible on one side: no words to keep apart
        inside = _inside_word(line, a, b)
        if (
            not inside
            and _PARAGRAPHS_ONLY.fullmatch(run)
            and _between_lower(line, a, b, m.start(), m.end())
        ):
            inside = line[a - 1] + line[b]  # "coll\x1cezione": a word's letters either side
        if inside:
            codes = " ".join(f"U+{ord(c):04X}" for c in run)
            note = f"{codes} inside the word {inside!r}"
            edits.append(Edit(offset + a, offset + b, "", "unicode/control-char", note))
            continue
        breaks = sum(c in _LINE_SEPARATORS for c in run)
        if breaks and _PARAGRAPHS_ONLY.fullmatch(run) and (a < m.start() or b > m.end()):
            # a file, group or record separator beside a blank separates nothing more than
            # the blank ("lender\x1d said"): no paragraph breaks there
            breaks = 0
        if breaks:
            replacement = newline * min(breaks, 2)
            what = "a line break" if breaks == 1 else "a blank line"
        elif a < m.start() or b > m.end():
            continue  # a space or a tab beside it keeps the words apart already
        else:
            replacement = " "
            what = "a space"
        codes = " ".join(f"U+{ord(c):04X}" for c in run)
        edits.append(
            Edit(offset + a, offset + b, replacement, "unicode/control-char", f"{what} for {codes}")
        )
    return edits


# The longest word read around a separator.
_WORD_REACH = 32


def _inside_word(line: str, a: int, b: int) -> str:
    """The English word that a separator at ``a:b`` of ``line`` splits between two
    lower-case letters ("st\x1eake": stake, "re\x1fform": reform), or '' when its two sides
    make no word ("said\x0bthe": a manual line break between two words)."""
    if not (line[a - 1].islower() and line[b].islower()):
        return ""
    start, end = a, b
    while start > max(0, a - _WORD_REACH) and line[start - 1].isalpha():
        start -= 1
    while end < min(len(line), b + _WORD_REACH) and line[end].isalpha():
        end += 1
    word = line[start:a] + line[b:end]
    return word if word.islower() and word in english_words() else ""


# A run of file, group and record separators alone: no vertical tab (Word's manual line
# break) nor unit separator (a field's end, like a tab).
_PARAGRAPHS_ONLY = regex.compile(r"[\x1c-\x1e]++")


def _between_lower(line: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether a separator at ``start:end`` stands right between two lower-case letters
    (no blank beside it: ``a:b`` is the separator alone), as junk inside a word does: no
    paragraph ends in the middle of one."""
    return a == start and b == end and line[a - 1].islower() and line[b].islower()


def _blank(c: str) -> bool:
    return c.isspace() or c in _CONTROL_CHARS or c in "\ufeff\ufff9\ufffa\ufffb\ufffe\uffff"


def _entity_edits(line: str, offset: int) -> list[Edit]:
    """One edit per HTML entity that decodes to a printable character; an entity escaped
    more than once is decoded in full ("&amp;amp;" is "&").

    >>> [e.replacement for e in _entity_edits("Fish &amp;amp; chips, &amp;quot;ok&quot;", 0)]
    ['&', '"', '"']
    """
    edits = []
    for m in _ENTITY_CHAIN.finditer(line):
        name = m.group("name")
        if name is not None and name + ";" not in html.entities.html5:
            continue  # "&notanentity;" is no entity, though it starts like "&not"
        decoded = _decode_chain(m.group())
        if decoded == m.group() or any(unicodedata.category(c) in ("Cc", "Cs") for c in decoded):
            continue
        if _named(line, m.start(), m.end(), decoded):
            continue
        edits.append(
            Edit(
                offset + m.start(),
                offset + m.end(),
                decoded,
                "unicode/html-entity",
                f"decoded HTML entity {m.group()}",
            )
        )
    return edits


def _decode_chain(chain: str) -> str:
    """Decode an entity escaped again and again, all layers at once: each layer of
    "&amp;amp;...;" only escapes the "&" of the next, so the layers are dropped and the
    innermost entity decoded (decoding one layer a time would read the chain once a layer:
    quadratic time on a long one).

    >>> _decode_chain("&amp;amp;"), _decode_chain("&amp;quot;"), _decode_chain("&amp;#38;")
    ('&', '"', '&')
    """
    k = 1
    while chain.startswith("amp;", k) and k + 4 < len(chain):
        k += 4
    return html.unescape("&" + chain[k:])


def _named(line: str, start: int, end: int, decoded: str) -> bool:
    """Whether the entity ``line[start:end]`` is named rather than used: alone in quotes
    (``codes such as "&lt;" and "&amp;"``), beside the word "entity" (``the entity &nbsp;
    goes between``), or a quotation mark standing alone between blanks (``invalid use of
    &quot; within``: a quotation mark opens or closes a word). Guillemets are no such mark:
    French sets them apart with spaces (``&laquo; Oui &raquo;``).

    >>> _named('codes such as "&lt;", "&gt;"', 15, 19, "<")
    True
    >>> _named("use of &quot; within", 7, 13, '"'), _named("said &quot;Hi&quot;", 5, 11, '"')
    (True, False)
    >>> _named("dit &laquo; oui", 4, 11, "\u00ab")
    False
    """
    before, after = line[start - 1 : start], line[end : end + 1]
    if before and after and _CLOSING.get(before) == after:
        return True
    if _ENTITY_WORD_BEFORE.search(line, max(0, start - 12), start) or _ENTITY_WORD_AFTER.match(
        line, end
    ):
        return True  # "the entity &nbsp; should be used", "the &amp; entity": named
    return decoded in _QUOTE_MARKS and before in ("", " ", "\t") and after in ("", " ", "\t")


# The word "entity" right before or after an entity, which then names it.
_ENTITY_WORD_BEFORE = regex.compile(r"(?i)\bentit(?:y|ies) \Z")
_ENTITY_WORD_AFTER = regex.compile(r"(?i) entit(?:y|ies)\b")
# Quotation marks and the mark that closes each; the entities of quotation marks.
_CLOSING = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb"}
# (not guillemets, which French sets apart with spaces)
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")


def _merge(first: list[Edit], second: list[Edit]) -> list[Edit]:
    """Edits of both lists, dropping those of ``second`` that overlap one of ``first``
    (an edit of ``first`` that starts before it ends and ends after it starts), in time
    linear in the edits but for sorting: a line packed with mojibake and entities has
    thousands of each.

    >>> a, b = Edit(2, 5, "x", "r"), Edit(4, 6, "y", "r")
    >>> [(e.start, e.end) for e in _merge([a], [b, Edit(5, 5, "z", "r"), Edit(0, 2, "", "r")])]
    [(0, 2), (2, 5), (5, 5)]
    """
    taken = sorted((e.start, e.end) for e in first)
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((t for _, t in taken), max))  # furthest end so far
    kept = []
    for e in second:
        i = bisect.bisect_left(starts, e.end)  # the edits of first that start before e ends
        if i == 0 or reach[i - 1] <= e.start:
            kept.append(e)
    return sorted(first + kept, key=lambda e: e.start)


_MAX_DIFF = 2000  # longer differing stretches become one edit (the diff is quadratic)
_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]++")


def _diff_edits(old: str, new: str, offset: int) -> list[Edit]:
    """Edits that turn ``old`` into ``new``, shifted by ``offset``.

    Mojibake is made of non-ASCII characters only (UTF-8 lead and continuation bytes are
    all >= 0x80), so when the ASCII skeleton of the line is unchanged each non-ASCII run
    that changed is one edit ("Â£" -> "£"). Otherwise, the minimal character diff is used;
    touching differences form one edit, so each damaged sequence is explained once.
    """
    old_runs = list(_NON_ASCII_RUN.finditer(old))
    new_runs = list(_NON_ASCII_RUN.finditer(new))
    if len(old_runs) == len(new_runs) and _NON_ASCII_RUN.sub("", old) == _NON_ASCII_RUN.sub(
        "", new
    ):
        return [
            Edit(
                offset + a.start(),
                offset + a.end(),
                b.group(),
                _rule(a.group(), b.group()),
                _note(a.group(), b.group()),
            )
            for a, b in zip(old_runs, new_runs, strict=True)
            if a.group() != b.group()
        ]
    # Trim the common prefix and suffix; a character diff of what is left, when small.
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if len(old) - head - tail > _MAX_DIFF or len(new) - head - tail > _MAX_DIFF:
        before, after = old[head : len(old) - tail], new[head : len(new) - tail]
        return [
            Edit(
                offset + head,
                offset + head + len(before),
                after,
                _rule(before, after),
                _note(before, after),
            )
        ]
    old, new, offset = old[head : len(old) - tail], new[head : len(new) - tail], offset + head
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    spans: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if spans and spans[-1][1] == i1 and spans[-1][3] == j1:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    edits = []
    for i1, i2, j1, j2 in spans:
        before, after = old[i1:i2], new[j1:j2]
        edits.append(
            Edit(offset + i1, offset + i2, after, _rule(before, after), _note(before, after))
        )
    return edits


def _rule(before: str, after: str) -> str:
    if "\x1b" in before:
        return "unicode/terminal-escape"
    if any("\ud800" <= c <= "\udfff" for c in before):
        return "unicode/surrogate"
    if not after and _CONTROL.match(before):
        return "unicode/control-char"
    return "unicode/mojibake"


_NOTES = {
    "unicode/terminal-escape": "removed terminal escape sequence",
    "unicode/surrogate": "joined or replaced UTF-16 surrogates",
    "unicode/mojibake": "decoded text that was UTF-8 read as Windows-1252/Latin-1",
}


def _note(before: str, after: str) -> str:
    rule = _rule(before, after)
    if rule == "unicode/control-char":
        codes = " ".join(f"U+{ord(c):04X}" for c in before)
        return f"removed control character {codes}"
    if rule == "unicode/mojibake" and C1.fullmatch(before):
        return "read a C1 control as the Windows-1252 character that Latin-1 reading left as it"
    return _NOTES[rule]
