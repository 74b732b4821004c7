"""RepairSentences: put back the ". " or " " that scraping lost between two sentences.

Two kinds of junction are repaired:

- ``sentences/run-together``: the period and the space are gone and two words are glued,
  ``"industryDeepSeek"``, ``"EuropeHowever"``, ``"AIThe"``, ``"2004The"``,
  ``"PayPalThe"``. A ``". "`` is inserted.
- ``sentences/missing-space``: the period is there but the space is not, ``"word.Next"``,
  ``'said."The'``. A space is inserted.

Each candidate junction is decided from evidence, never from its shape alone: whether the
part on the left is an English word, a number, an acronym or a term used on its own
elsewhere in the text; whether the part on the right often starts a sentence or is used on
its own; whether the glued token (or a known term crossing the junction, "DeepSeek",
"TimeWarner", "McDonald") is a real word, from the bundled list, the ``keep`` option, the
canonical ``names`` and the batch vocabulary of :class:`~cleantext.passes.base.Context`.
URLs, e-mails, paths, hashtags, handles, code spans, abbreviations, decimals, versions and
ellipses are never touched. When the evidence is thin the pass leaves the text alone and
reports the junction from :meth:`RepairSentences.suggest`.

>>> from cleantext.passes import RepairSentences
>>> RepairSentences()("Shares rose in EuropeHowever, the euro fell.")
'Shares rose in Europe. However, the euro fell.'
>>> RepairSentences()("He bought an iPhone at McDonald's and posted on LinkedIn.")
"He bought an iPhone at McDonald's and posted on LinkedIn."
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

import regex

from cleantext.edits import Edit, apply_edits
from cleantext.passes import names_match as nm
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass
from cleantext.passes.code_spans import code_regions, overlaps
from cleantext.passes.sentences_lexicon import (
    INNER_CAP,
    MAX_HUMPS,
    Lexicon,
    bare,
    hump_kind,
    humps,
    lexicon,
)
from cleantext.passes.spaces import ODD_SPACES, ZERO_WIDTH
from cleantext.passes.text_view import TextView

__all__ = ["RepairSentences", "batch_vocabulary"]

RUN_TOGETHER = "sentences/run-together"
MISSING_SPACE = "sentences/missing-space"

_MAX_CHUNK = 160
_LETTER = r"\p{L}\p{N}\p{M}"
# A glued junction: a letter or digit, then a capitalised word ("yT" in "industryThe").
_GLUE = rf"[{_LETTER}]\p{{Lu}}[\p{{Ll}}\p{{M}}]|[\p{{Ll}}\p{{N}}]\p{{Lu}}"
# A missing space: sentence punctuation, maybe closing quotes, then a capital.
_PUNCT = rf"[{_LETTER})\]\"”’'%][.!?]++[\"”’'“)\]]*+\p{{Lu}}|\p{{N}}%\p{{Lu}}"
# Where a junction may be; each is then widened to its whitespace-delimited chunk. A
# junction is a capital with one of these behind or after it (the text before the capital
# is looked at from after it).
_CANDIDATE_TAIL = (
    r"(?:"
    rf"(?<=[{_LETTER}]\p{{Lu}})(?=[\p{{Ll}}\p{{M}}])"
    rf"|(?<=[\p{{Ll}}\p{{N}}]\p{{Lu}})"
    rf"|(?<=[{_LETTER})\]\"”’'%][.!?]++[\"”’'“)\]]*+\p{{Lu}})"
    r"|(?<=\p{N}%\p{Lu})"
    r"|(?<=\p{Lu}{3})(?=[ \t]\p{Ll}))"  # "TVI miss": an acronym glued to the pronoun I
)
_CANDIDATE_AT = regex.compile(r"\p{Lu}" + _CANDIDATE_TAIL)
# The scan runs in two parts. Capitals A-Z are found on a copy of the text in which every
# character is replaced by its class, one byte each: A capital, a lower-case, 0 digit,
# . period or exclamation mark, q straight quote or closing bracket, % percent, blank
# (an ASCII space, tab or line break: ``\s`` within ASCII), X anything outside ASCII or a
# question mark, # the rest. The class pattern finds a superset of the candidates at the
# speed of a byte scan; the alternatives with a group are candidates for sure, the others
# are checked with _CANDIDATE_AT. Capitals outside ASCII (only in text that is not pure
# ASCII) are checked with _CANDIDATE_AT where an X follows a character that can start a
# junction (_OTHER_CLASS), or searched for in the text itself where there are many.
_CLASS_OF = (
    (b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"A"),
    (b"abcdefghijklmnopqrstuvwxyz", b"a"),
    (b"0123456789", b"0"),
    (b".!", b"."),
    (b"?", b"X"),  # a question mark, or a character that is not Latin-1 (encoded as ?)
    (b"\"')]", b"q"),
    (b"%", b"%"),
    (b" \t\n\v\f\r", b" "),
    (bytes(range(0x80, 0x100)), b"X"),
)
_OTHER_BYTES = bytes(c for c in range(0x80) if not any(c in chars for chars, _ in _CLASS_OF))
_CLASSES = bytes.maketrans(
    b"".join(chars for chars, _ in _CLASS_OF) + _OTHER_BYTES,
    b"".join(cls * len(chars) for chars, cls in _CLASS_OF) + b"#" * len(_OTHER_BYTES),
)
_CANDIDATE_CLASS = re.compile(
    rb"A(?<=[a0X.q%A]A)"  # never after a blank, "(", "-", ","...: most capitals stop here
    rb"(?:(?<=[a0]A)()"  # 1: after a lower-case letter or a digit
    rb"|(?<=AA)(?=[aX ])"  # after a capital:
    rb"(?:(?=a)()"  # 2: "MPs", "DfES": before a lower-case letter
    rb"|(?<=AAA)(?= a)()"  # 3: "TVI miss", if the blank is a space or a tab
    rb"|(?=X)"
    rb"|(?<=[AX]AA)(?= [aX]))"
    rb"|(?<=[X.]A)"
    rb"|(?<=[q.X]qA)"  # '."The': quotes after sentence punctuation
    rb"|(?<=[0X]%A))"  # "19%The"
)
_OTHER_CLASS = re.compile(rb"X(?<=[Aa0X.q%]X)")
_MAX_OTHER_CHECKS = 64
_CANDIDATE_OTHER = regex.compile(r"[^\x00-\x7F](?<=\p{Lu})" + _CANDIDATE_TAIL)
_SPACE = regex.compile(r"\s")
_LAST_SPACE = regex.compile(r"\s", flags=regex.REVERSE)
_TOKEN = regex.compile(rf"[{_LETTER}]++(?:(?:['’]|&(?=\p{{Lu}}))[{_LETTER}]++)*+")
_POSSESSIVE = regex.compile(r"(?:['’]s?+)++\Z")
# Tokens for the document's vocabulary: a possessive 's is not part of the word.
_VOCAB_TOKEN = regex.compile(
    rf"(?<![{_LETTER}.])[{_LETTER}]++(?:(?:['’](?!s(?![{_LETTER}]))|&(?=\p{{Lu}}))[{_LETTER}]++)*+"
    rf"(?!\.[{_LETTER}])"
)
_MISSING = regex.compile(
    rf"(?<=[{_LETTER})\]\"”’'%])([.!?]++)([\"”’'“)\]]*+)(?=\p{{Lu}})"
    rf"|(?<=\p{{N}})(%)()(?=\p{{Lu}}[\p{{Ll}}\p{{M}}])"
)
# A character every ``_MISSING`` match holds: chunks without one are not searched.
_MAY_MISS = regex.compile(r"[.!?%]")
_LEFT_TOKEN = regex.compile(rf"[{_LETTER}]++(?:['’][{_LETTER}]++)*+(?=%?+[)\]\"”’']?+\Z)")
# Chunks that are not prose: URLs, e-mails, paths, handles, hashtags, markup, code.
_NOT_PROSE = regex.compile(
    r"://|\bwww\.|@|[/\\_`=<>{}|~^*]|(?<!\S)#|\.\.|…"
    r"|\.(?:com|org|net|gov|edu|io|co|uk|de|fr|info|biz|ly|me|tv|us|ai|app|dev|js|ts|py|rb"
    r"|php|html?|txt|pdf|docx?|xlsx?|csv|json|xml|ya?ml|toml|md|exe|zip|png|jpe?g|gif|svg"
    r"|Com|Net|Org|COM|NET|ORG)"
    rf"(?![{_LETTER}])"
)
_PREV_WORD = regex.compile(rf"([{_LETTER}]++)[^{_LETTER}]*+\Z")


def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """``phrase`` with no letter right before it."""
    return regex.compile(rf"(?<![{_LETTER}]){regex.escape(phrase)}")


# The rest of a label after its first word: up to two Capitalised words, then a colon.
_LABEL_AFTER = regex.compile(r"(?:[ \t]\p{Lu}\p{Ll}++){0,2}+:")
_LABEL_CHARS = 80  # the rest of a label is no longer
# A line that opens with an item number, a period, a blank and a capital ("6. Eat").
_ITEM_LINE = regex.compile(r"(?m)^[ \t]*+(\d{1,3})\.[ \t]++\p{Lu}")
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
# A dot between letters (not a decimal point): "U.S", "System.IO", "said.The".
_DOTTED = regex.compile(rf"\p{{L}}\.[{_LETTER}]|[{_LETTER}]\.\p{{L}}")
_MAX_BIGRAMS = 400
_MAX_ROUNDS = 3
_MAX_ALTERNATION = 300
_MAX_PARAGRAPH_SCAN = 20_000

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


@dataclass(frozen=True, slots=True)
class RepairSentences(Pass):
    """Insert the ". " (or " ") lost between two sentences, when the evidence says so.

    Options (keyword-only, same names in TOML under ``[tool.cleantext.sentences]``):
    ``keep`` (extra words never split, e.g. ``["TikTok"]``), ``names`` (canonical names:
    their words and their one-word forms are protected), ``run_together`` and
    ``missing_space`` (switch either repair off).

    Rules: ``sentences/run-together`` (``"AIThe"`` -> ``"AI. The"``) and
    ``sentences/missing-space`` (``"word.Next"`` -> ``"word. Next"``).

    >>> fix = RepairSentences(names=("DeepSeek",))
    >>> fix("Chips sold well in the industryDeepSeek said demand was high.")
    'Chips sold well in the industry. DeepSeek said demand was high.'
    >>> fix("Profits fell.The firm said.")
    'Profits fell. The firm said.'
    >>> fix("Shares of TimeWarner rose 2.5% in the U.S. on Monday.")
    'Shares of TimeWarner rose 2.5% in the U.S. on Monday.'
    """

    name: ClassVar[str] = "sentences"
    rules: ClassVar[tuple[str, ...]] = (RUN_TOGETHER, MISSING_SPACE)

    keep: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    run_together: bool = True
    missing_space: bool = True
    _lex: Lexicon = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keep", tuple(self.keep))
        object.__setattr__(self, "names", tuple(self.names))
        object.__setattr__(self, "_lex", lexicon(self.keep, self.names))

    def __getstate__(self) -> dict[str, object]:
        return {
            "keep": self.keep,
            "names": self.names,
            "run_together": self.run_together,
            "missing_space": self.missing_space,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
        object.__setattr__(self, "_lex", lexicon(self.keep, self.names))

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        """The repairs the evidence supports, sorted (insertions; they never overlap).

        A repair can make new evidence (a word that was glued is now on its own), so the
        repaired text is looked at again, at most a few times, and anything found there is
        folded into the same edits: running the pass twice changes nothing more.
        """
        return self.review(text, context)[0]

    def review(self, text: str, context: Context = EMPTY_CONTEXT) -> tuple[list[Edit], list[Edit]]:
        """:meth:`propose` and :meth:`suggest` from one first look at the text."""
        view = _visible(text)
        if view is not None:  # read past the invisible characters the whitespace pass drops
            edits, notes = self.review(view.text, context)
            return view.edits_back(edits), view.edits_back(notes)
        first, notes = self._analyse(text, context)
        edits = self._settle(text, context, first)
        made = {e.start for e in edits}
        return edits, [n for n in notes if n.start not in made]

    def _settle(self, text: str, context: Context, edits: list[Edit]) -> list[Edit]:
        """``edits`` (of a first look at ``text``) and what another look at the repaired
        text finds, at most a few times, folded into them."""
        current = text
        found = edits
        for _ in range(_MAX_ROUNDS):
            if not found:
                break
            current = apply_edits(current, found)
            found = self._analyse(current, context)[0]
            if found:
                edits = _fold(edits, found)
        return edits

    def suggest(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        """Junctions that look lost but lack the evidence to repair (for ``check``).

        >>> RepairSentences().suggest("He paid with PayPal and then CheckPoint fell.")
        []
        >>> notes = [e.note for e in RepairSentences().suggest("Call the getUser helper.")]
        >>> notes  # doctest: +ELLIPSIS
        ['possibly a lost ". " in "getUser" (get|User): "get" often starts an identifier...']
        """
        return self.review(text, context)[1]

    def _analyse(self, text: str, context: Context) -> tuple[list[Edit], list[Edit]]:
        if not (self.run_together or self.missing_space):
            return [], []
        runs: list[int] = []
        chunks = _chunks(text, skip_acronyms=True, runs=runs)
        pairs = (
            _acronym_pairs(text, runs, self._lex, context.vocabulary)
            if runs and self.run_together
            else []
        )
        if not (chunks or pairs):
            return [], []
        code: list[tuple[int, int]] | None = None  # found when a chunk needs it
        lex, vocabulary = self._lex, context.vocabulary
        run_together, missing_space = self.run_together, self.missing_space
        occs: list[_Occ] = []  # tokens to decide
        kept: list[dict[tuple[int, int], str]] = []  # segments of known tokens
        missing: list[tuple[regex.Match[str], int, int]] = []
        split_cache: dict[str, _Split] = {}
        known: dict[str, bool] = {}
        for start, end in chunks:
            chunk = text[start:end]
            if chunk.isalnum() and chunk.isascii():
                word, stop = chunk, end - start
            else:
                word, stop = _plain_word(chunk)
            if word:
                # One token of letters and digits ("MacBook", "BBC", "iPod's,"): not code
                # or a URL, no sentence punctuation before a capital, so no missing space.
                if not run_together:
                    continue
                info = split_cache.get(word)
                if info is None:
                    info = split_cache[word] = _split_info(word)
                if not (info[0] or info[3]):
                    continue  # nothing to split
                if not info[3]:  # no "TVI"/"DfEEMs" ending: the humps are final
                    if word not in known:
                        known[word] = lex.is_known(word) or word in vocabulary
                    if known[word]:
                        # A known word ("MacBook") is never split; its parts are still
                        # counted (``want``) as the decisions expect.
                        if code is None:
                            code = code_regions(text)
                        if not (code and overlaps(code, start, end)):
                            kept.append(info[1])
                        continue
                if _named_in_code(text, start, start + stop):
                    continue
                occ = _glued_token(text, start, start + stop, word, split_cache, lex)
                if occ is None:
                    continue
                tokens = [occ]
                gaps: list[tuple[regex.Match[str], int, int]] = []
            else:
                if _NOT_PROSE.search(text, start, end):
                    continue
                tokens = (
                    list(_glued_tokens(text, start, end, split_cache, lex)) if run_together else []
                )
                gaps = []
                if (
                    missing_space
                    and _MAY_MISS.search(text, start, end) is not None
                    and len(_DOTTED.findall(text, start, end)) <= 1
                ):
                    gaps = [(m, start, end) for m in _MISSING.finditer(text, start, end)]
                if not (tokens or gaps):
                    continue
            if code is None:
                code = code_regions(text)
            if code and overlaps(code, start, end):
                continue
            occs.extend(tokens)
            missing.extend(gaps)
        # A known word is never split (the first thing _Judge.split says): only the
        # other tokens are decided, but every token's parts are counted.
        live: list[_Occ] = []
        for occ in occs:
            whole = occ.segs[(0, len(occ.humps))]
            if whole not in known:
                core = _strip_possessive(whole)
                known[whole] = lex.is_known(core) or core in vocabulary
            if known[whole]:
                kept.append(occ.segs)
                continue
            if _never_split(occ.humps, occ.next, lex):
                kept.append(occ.segs)  # never split either ("McLetchie")
            else:
                live.append(occ)
        if not (live or missing or pairs):
            return [], []
        doc = _Document(text, lex, vocabulary)
        doc.want([occ.segs for occ in live] + kept, missing)
        edits: dict[int, Edit] = {}
        notes: dict[int, Edit] = {}
        for pos, level, note in _decide_glued(doc, live):
            (edits if level == EDIT else notes)[pos] = Edit(pos, pos, ". ", RUN_TOGETHER, note)
        for pos, level, note in pairs:
            if pos not in edits:
                (edits if level == EDIT else notes)[pos] = Edit(pos, pos, ". ", RUN_TOGETHER, note)
        decided: dict[tuple[str, int], tuple[int, int, str] | None] = {}
        cuts = sorted(edits)  # glued repairs: the words on either side end there
        for m, c_start, c_end in missing:
            key = (text[c_start:c_end], m.start() - c_start)
            cut = bisect.bisect_left(cuts, c_start) < bisect.bisect_left(cuts, c_end)
            if cut or '"' in m.group(0) or key not in decided:
                found = _decide_missing(doc, m, c_start, c_end, cuts)
                if not cut and '"' not in m.group(0):
                    decided[key] = None if found is None else (found[0] - c_start, *found[1:])
            else:
                rel = decided[key]
                found = None if rel is None else (rel[0] + c_start, *rel[1:])
            if found is not None:
                pos, level, note = found
                target = edits if level == EDIT else notes
                glued = m.group(3) is not None
                if pos not in edits and pos not in notes:
                    target[pos] = Edit(
                        pos,
                        pos,
                        ". " if glued else " ",
                        RUN_TOGETHER if glued else MISSING_SPACE,
                        note,
                    )
        return [edits[p] for p in sorted(edits)], [notes[p] for p in sorted(notes)]


# What may not stand right before a run of capitals that glues two acronyms: a letter or
# a digit (_is_letter), or a dot, an ampersand, an apostrophe or a hyphen ("S.T.A.L.K.E.R.",
# "AT&T", "BBC-owned", "McDONALD").
_NOT_BEFORE_RUN = frozenset(".&'\u2019-")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]* ")
# The letters that are a word of one capital: the first word of a sentence may be one.
_ONE_LETTER_WORDS = frozenset("AI")


# How many different runs of capitals a text may have read (each costs a count of it and
# of its parts in the whole text).
_MAX_RUN_CHECKS = 32


def _acronym_pairs(
    text: str, ends: Iterable[int], lex: Lexicon, vocabulary: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The lost ". " inside runs of capitals that glue two acronyms ("the UKQXR declined",
    "into the TVBT has", "with the RIAAA short statement"): a run that has no hump to split
    on, written nowhere else and known nowhere, where exactly one cut leaves two parts the
    text writes on their own (or a last part "A" or "I"), inside a line of prose, with a
    word before it and a lower-case word after it; in a text that talks code it is only
    suggested ("set the HTTPURL variable" names an identifier). ``ends``: where runs of
    capitals that a space and a lower-case letter follow end, as :func:`_chunks` finds them.

    >>> lex = lexicon((), ())
    >>> text = "The UK market grew. QXR said so. Shops in the UKQXR declined to comment."
    >>> _acronym_pairs(text, [text.index(" declined")], lex, frozenset())[0][2]
    'lost ". " in "UKQXR" -> "UK. QXR": "UK" and "QXR" are written on their own here'
    >>> text = "NATO said so. NATO has grown."
    >>> _acronym_pairs(text, [4, 18], lex, frozenset())
    []
    """
    out: list[tuple[int, int, str]] = []
    code: list[tuple[int, int]] | None = None
    talks_code: bool | None = None
    counted: dict[str, int] = {}  # how often the text writes each run read so far
    for end in ends:
        start = end - 3
        while start > 0 and "A" <= text[start - 1] <= "Z":
            start -= 1
        if end - start < 4:
            continue
        if start and (text[start - 1] in _NOT_BEFORE_RUN or _is_letter(text, start - 1)):
            continue
        run = text[start:end]
        if run in lex.acronyms or lex.is_known(run) or run in vocabulary or lex.is_word(run):
            continue
        written = counted.get(run)
        if written is None:
            if len(counted) >= _MAX_RUN_CHECKS:
                break  # a text of that many different runs is a list or a dump, not prose
            written = counted[run] = text.count(run)  # (inside longer runs too: "RIAAA")
        if written > 1:
            continue
        cuts = [
            k
            for k in range(2, len(run))
            if (run[k:] in _ONE_LETTER_WORDS if k == len(run) - 1 else _count_word(text, run[k:]))
            and _count_word(text, run[:k])
        ]
        if len(cuts) != 1 or _outside_prose(text, start, end):
            continue  # none, or two readings ("QRAAA": "QRA. AA" as well as "QRAA. A")
        if code is None:
            code = code_regions(text)
        if code and overlaps(code, start, end):
            continue
        left, right = run[: cuts[0]], run[cuts[0] :]
        if _names_a_setting(text, start, run, left):
            continue  # "variable LESSSECURE", "HOMEDRIVE and HOMEPATH": identifiers
        why = f'"{left}" and "{right}" are written on their own here'
        if len(right) == 1:
            why = f'"{left}" is written on its own here and "{right}" opens a sentence'
        if talks_code is None:
            talks_code = _talks_code(text)
        if talks_code:  # "set the HTTPURL variable": in a text about code, an identifier
            note = _note(run, left, right, [why, "the text talks code"], sure=False)
            out.append((start + cuts[0], SUGGEST, note))
        else:
            out.append((start + cuts[0], EDIT, _note(run, left, right, [why])))
    return out


def _names_a_setting(text: str, start: int, run: str, left: str) -> bool:
    """The run of capitals at ``start`` names a setting: a word such as "variable" stands
    before it, or the text glues ``left`` to other capitals elsewhere too ("HOMEDRIVE"
    beside "HOMEPATH": a family of names, not a lost period).

    >>> _names_a_setting("Set variable LESSSECURE now.", 13, "LESSSECURE", "LESS")
    True
    >>> text = "It uses HOMEDRIVE and HOMEPATH if HOME is unset."
    >>> _names_a_setting(text, 22, "HOMEPATH", "HOME")
    True
    >>> _names_a_setting("Shops in the UKQXR declined.", 13, "UKQXR", "UK")
    False
    """
    before = _word_before(text, start)
    if before is not None and before.group(1).lower() in _SETTING_NOUNS:
        return True
    family = regex.compile(rf"(?<![A-Za-z]){regex.escape(left)}[A-Z]{{3,}}+(?![a-z])")
    return any(m.group() != run for m in family.finditer(text))


# What follows a firm's name ("XenSource Ltd.", "PayPal Inc").
_FIRM_SUFFIXES = frozenset(
    ["Ltd", "Inc", "Corp", "LLC", "GmbH", "plc", "PLC", "AG", "Co", "Limited", "LLP"]
)


def _caps_line(text: str, start: int, end: int) -> bool:
    """The line of the token at ``start:end`` has as many capitals as lower-case letters
    or more: a headline or a notice in capitals, where a word is written like an acronym.

    >>> _caps_line("A\\nDEVICES DISCLAIMs ALL WARRANTIES\\n", 10, 19)
    True
    """
    head = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    line = text[head : len(text) if stop < 0 else stop]
    return sum(c.isupper() for c in line) >= sum(c.islower() for c in line)


def _outside_prose(text: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` opens its sentence or follows one word of it
    ("The UKEU deal": "The UK." is no sentence), or its line is mostly capitals (a
    headline in capitals writes every word as an acronym is written)."""
    head = text.rfind("\n", 0, start) + 1
    before = _SENTENCE_END.split(text[head:start])[-1].split()
    if len(before) < 2:
        return True
    return _caps_line(text, start, end)


def _fold(edits: list[Edit], later: list[Edit]) -> list[Edit]:
    """Merge insertions made on the edited text (``later``) into ``edits``, in the
    coordinates of the text ``edits`` apply to. Insertions that meet are joined."""
    starts: list[int] = []  # where each earlier insertion begins in the edited text
    shift = 0
    for e in edits:
        starts.append(e.start + shift)
        shift += len(e.replacement)
    merged = {e.start: e for e in edits}
    for e in later:
        i = bisect.bisect_right(starts, e.start) - 1
        if i >= 0 and e.start <= starts[i] + len(edits[i].replacement):
            old = merged[edits[i].start]
            cut = e.start - starts[i]
            merged[old.start] = Edit(
                old.start,
                old.end,
                old.replacement[:cut] + e.replacement + old.replacement[cut:],
                old.rule,
                f"{old.note}; then {e.note}",
            )
        else:
            before = starts[i] + len(edits[i].replacement) - edits[i].start if i >= 0 else 0
            pos = e.start - before
            merged[pos] = Edit(pos, pos, e.replacement, e.rule, e.note)
    return [merged[p] for p in sorted(merged)]


def batch_vocabulary(texts: Iterable[str], *, min_docs: int = 2) -> frozenset[str]:
    """Mixed-case words used on their own in at least ``min_docs`` of ``texts``.

    Pass the result as ``Context(vocabulary=...)``: a camel-case token that several
    documents use standalone ("PlasticBag said ...") is a word, not two sentences. A token
    ending in a sentence starter ("saidThe", "USIn") is never collected, and a token must
    appear between different words in different documents: copies of one article share
    its glued sentences, not its vocabulary.

    >>> docs = ["PlasticBag said sales rose.", "Shares in PlasticBag fell.", "rose.The end"]
    >>> sorted(batch_vocabulary(docs))
    ['PlasticBag']
    >>> sorted(batch_vocabulary(["A claimHP ink.", "A claimHP ink."]))
    []
    """
    lex = lexicon((), ())
    docs: collections.Counter[str] = collections.Counter()
    contexts: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    wanted: dict[str, bool] = {}  # token -> whether it is a word to collect

    def collect(core: str, start: int, end: int) -> None:
        if core not in wanted:
            parts = _split_info(core)[2]
            # "saidThe", "USIn": a token ending in a sentence starter is the same lost
            # period, copied
            wanted[core] = 2 <= len(parts) <= MAX_HUMPS and not any(
                lex.starter(p) is not None for p in parts[1:]
            )
        if not wanted[core]:
            return
        found.add(core)
        if len(contexts[core]) < 2:
            prev = _PREV_WORD.search(text, max(0, start - 40), start)
            nxt = _NEXT_WORD.match(text, end)
            contexts[core].add((prev.group(1) if prev else "", nxt.group(1) if nxt else ""))

    for text in texts:
        found: set[str] = set()
        for start, end in _chunks(text):
            chunk = text[start:end]
            if chunk.isalnum() and chunk.isascii():
                collect(chunk, start, end)  # one token, whitespace on either side
                continue
            if _NOT_PROSE.search(text, start, end):
                continue
            for m in _TOKEN.finditer(text, start, end):
                after = text[m.end() : m.end() + 1]
                before = text[m.start() - 1 : m.start()] if m.start() else " "
                if (after and not (after.isspace() or after in ",;:!?.\"”’')]")) or not (
                    before.isspace() or before in "\"“‘'(["
                ):
                    continue
                collect(_strip_possessive(m.group()), m.start(), m.end())
        docs.update(found)
    return frozenset(
        t for t, n in docs.items() if n >= min_docs and len(contexts[t]) >= min(2, min_docs)
    )


# ---------------------------------------------------------------------------- evidence


class _Document:
    """What the text itself says: how often each word is used on its own, and bigrams.

    The evidence is gathered lazily: the words the decisions may ask about are collected
    first (:meth:`want`), but the text is only scanned for them when a decision actually
    reads a count, so a document whose candidates are all settled by the word lists costs
    no scan at all.
    """

    def __init__(self, text: str, lex: Lexicon, vocabulary: frozenset[str]) -> None:
        self.text = text
        self.lex = lex
        self.vocabulary = vocabulary
        self.wanted: set[str] = set()
        self._base: collections.Counter[str] | None = None
        self._lazy = False
        self.counts = _Counts(self, {})
        self._bigrams: dict[tuple[str, str], bool] = {}
        self._pairs: dict[tuple[str, str], bool] = {}
        self._items: frozenset[int] | None = None
        self._mixed: frozenset[str] | None = None
        self._search_work = 0  # characters read by the searches of ``writes``
        self._written: dict[str, list[int]] = {}
        self._units: dict[str, bool] = {}
        self._code: bool | None = None
        self._breaks: list[int] | None = None
        self._tabbed: dict[int, bool] = {}
        self._modules: frozenset[str] | None = None
        self._caps: dict[int, bool] = {}

    def caps_line(self, start: int, end: int) -> bool:
        """:func:`_caps_line` for the token at ``start:end``, counted once per line."""
        head = self.text.rfind("\n", 0, start) + 1
        found = self._caps.get(head)
        if found is None:
            found = self._caps[head] = _caps_line(self.text, start, end)
        return found

    @functools.cached_property
    def backticks(self) -> bool:
        """Whether the text holds a backtick (read once)."""
        return "`" in self.text

    def namespace(self, word: str) -> bool:
        """The text writes ``word`` before a period and two names or more (see
        :func:`_dotted_names`, found in one scan on the first question) that open no
        sentence and name no person: a module ("dask.DataFrame, dask.Series"), not a word
        that ends two sentences glued to the next ("the theatre.I remember", "the
        theatre.Anton Okeke")."""
        if self._modules is None:
            given = nm.person_given_names()
            self._modules = frozenset(
                module
                for module, names in _dotted_names(self.text).items()
                if sum(self.lex.starter(n) is None and nm.fold(n) not in given for n in names) >= 2
            )
        return word in self._modules

    def tabbed(self, head: int, stop: int) -> bool:
        """Whether the line text[head:stop] holds a tab between two visible characters
        (fields of a table); read once a line, however many tokens ask."""
        found = self._tabbed.get(head)
        if found is None:
            found = self._tabbed[head] = _TAB_INSIDE.search(self.text, head, stop) is not None
        return found

    def line_of(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the line that holds ``text[start:end]``: found nearby when the
        line breaks are near (most lines), else from the line breaks indexed once, so that
        a lookup per token stays logarithmic on a long text."""
        text = self.text
        lo, hi = max(0, start - _NEAR), min(len(text), end + _NEAR)
        before = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start))
        after = _LINE_END.search(text, end, hi)
        if (before >= 0 or lo == 0) and (after is not None or hi == len(text)):
            return before + 1, after.start() if after is not None else len(text)
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_END.finditer(self.text)]
        breaks = self._breaks
        i = bisect.bisect_left(breaks, start)
        head = breaks[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(breaks, end)
        stop = breaks[j] if j < len(breaks) else len(self.text)
        return head, stop

    @property
    def code(self) -> bool:
        """Whether the text talks code: three signs of it or more (``f()``, ``=>``, ``::``,
        a line ending in ``{``, ``}`` or ``;``, ``obj.method(``, a line opening with
        ``def``, ``class``, ``import``...). Read only when a decision asks, once."""
        if self._code is None:
            self._code = _talks_code(self.text)
        return self._code

    def want(
        self,
        segments: list[dict[tuple[int, int], str]],
        missing: list[tuple[regex.Match[str], int, int]],
    ) -> None:
        """Collect every string the decisions may ask the count of (counted on demand):
        the segments of the glued tokens and the words around the missing spaces."""
        done: set[int] = set()
        for segs in segments:
            if id(segs) in done:
                continue  # tokens spelt alike share one table of segments
            done.add(id(segs))
            for seg in segs.values():
                self.wanted.add(_strip_possessive(seg))
        for m, c_start, c_end in missing:
            left = _LEFT_TOKEN.search(self.text, c_start, m.start())
            if left is not None:
                self.wanted.add(_strip_possessive(left.group()))
            right = _TOKEN.match(self.text, m.end(), c_end)
            if right is not None:
                self.wanted.add(_strip_possessive(right.group()))

    def base_count(self, word: str) -> int:
        """Occurrences of ``word`` (a wanted word) as a standalone token of the text.

        Words made of letters only are counted one by one, when first asked about: a
        standalone token is then a whole run of letters, so no other word can compete
        for the same place. Otherwise every wanted word is counted at once.
        """
        base = self._base
        if base is None:
            if len(self.text) <= _MAX_FIND_TEXT and all(
                _LETTER_RUN.fullmatch(w) is not None for w in self.wanted
            ):
                base = self._base = collections.Counter()
                self._lazy = True
            else:
                base = self._base = _count_tokens(self.text, self.wanted)
        if self._lazy and word not in base:
            base[word] = _count_word(self.text, word) if word in self.wanted else 0
        return base[word]

    def known(self, term: str) -> bool:
        return self.lex.is_known(term) or term in self.vocabulary

    def unit(self, word: str) -> bool:
        """Whether ``word`` follows a number more than once ("14Mbps", "2 Mbps"): a unit."""
        if word not in self._units:
            self._units[word] = _count_after_number(self.text, word, 2) > 1
        return self._units[word]

    def bigram(self, left: str, right: str) -> bool:
        """Whether ``left`` and ``right`` stand next to each other, space-separated."""
        key = (left, right)
        if key not in self._bigrams:
            if len(self._bigrams) >= _MAX_BIGRAMS:
                return True  # too many questions: assume the worst, do not split
            self._bigrams[key] = _has_bigram(self.text, left, right)
        return self._bigrams[key]

    def label_after_item(self, item: int, word: int, end: int) -> bool:
        """The list item at ``item`` follows a list separator, and the word from ``word``
        to ``end`` opens a label that the text writes elsewhere too: one to three
        Capitalised words, then a colon ("Subs Not Used:", "Booked:", as line-ups write
        them for each side). The looks at the text are cached; after ``_MAX_BIGRAMS``
        labels, False."""
        text = self.text
        if text[max(0, item - 2) : item] not in (", ", "; "):
            return False
        # (bounded: without an end the regex module looks for the colon to the text's end)
        rest = _LABEL_AFTER.match(text, end, end + _LABEL_CHARS)
        if rest is None:
            return False
        label = text[word:end] + rest.group()
        if label not in self._written:
            if len(self._written) >= _MAX_BIGRAMS:
                return False
            found = [m.start() for m in _phrase_pattern(label).finditer(text)]
            self._written[label] = found
        return any(at != word for at in self._written[label])

    def writes(self, word: str) -> bool:
        """Whether the text writes ``word``, letters with a capital after the first one
        ("SoftSurfer"), on its own: searched for while the searches have read fewer than
        ``_MAX_FIND_WORK`` characters, then looked up among its mixed-case tokens, found
        once in one scan (a search per token would make a long text of many tokens
        quadratic; the scan costs more than a few searches of a short text)."""
        if self._mixed is None and self._search_work + len(self.text) <= _MAX_FIND_WORK:
            self._search_work += len(self.text)
            return _count_word(self.text, word) > 0
        if self._mixed is None:
            self._mixed = frozenset(m.group() for m in _MIXED_CASE.finditer(self.text))
        return word in self._mixed

    def item_numbers(self) -> frozenset[int]:
        """The numbers that open lines as list items ("6. Drink more water"), found once."""
        if self._items is None:
            self._items = frozenset(int(m.group(1)) for m in _ITEM_LINE.finditer(self.text))
        return self._items

    def pair(self, left: str, right: str) -> bool:
        """Whether ``left``, blanks and ``right`` stand in the text as two whole words
        ("Harbour Plan" then a non-letter); after ``_MAX_BIGRAMS`` questions, False:
        a text that asks that many is no evidence for a name."""
        key = (left, right)
        if key not in self._pairs:
            if len(self._pairs) >= _MAX_BIGRAMS:
                return False
            phrase = rf"{regex.escape(left)}[ \t]++{regex.escape(right)}"
            found = regex.search(rf"(?<![{_LETTER}]){phrase}(?![{_LETTER}])", self.text)
            self._pairs[key] = found is not None
        return self._pairs[key]


class _Counts:
    """Counts of words: the document's own (scanned on first use) plus changes."""

    __slots__ = ("delta", "doc")

    def __init__(self, doc: _Document, delta: dict[str, int]) -> None:
        self.doc = doc
        self.delta = delta

    def __getitem__(self, word: str) -> int:
        return self.doc.base_count(word) + self.delta.get(word, 0)


def _strip_possessive(token: str) -> str:
    """``token`` without a possessive or apostrophe ending (``_POSSESSIVE``), quickly."""
    last = token[-1:]
    if last in ("'", "’") or (last == "s" and token[-2:-1] in ("'", "’")):
        stripped: str = _POSSESSIVE.sub("", token)
        return stripped
    return token


_LETTER_CHAR = regex.compile(rf"[{_LETTER}]")
_UPPER_CHAR = regex.compile(r"\p{Lu}")
_LOWER_CHAR = regex.compile(r"\p{Ll}")
_NUMBER_CHAR = regex.compile(r"\p{N}")
_BLANKS = regex.compile(r"[ \t]++")
# The shape of every word the decisions count: letters, joined by ' ’ or &.
_WORD_SHAPE = regex.compile(rf"[{_LETTER}]++(?:['’&][{_LETTER}]++)*+")
# Above this many characters scanned (text length x words), one compiled alternation
# is cheaper than a search per word.
_MAX_FIND_WORK = 4_000_000
_MAX_FIND_TEXT = 200_000


_LETTER_RUN = regex.compile(rf"[{_LETTER}]++")
# A token of letters with a capital after its first letter, standing on its own (no
# letter, digit or period before it, no letter or digit after it).
_MIXED_CASE = regex.compile(
    rf"(?<![{_LETTER}.])\p{{L}}\p{{Ll}}*+\p{{Lu}}[\p{{L}}\p{{M}}]*+(?![{_LETTER}])"
)


def _is_letter(text: str, i: int) -> bool:
    """Whether ``text[i]`` exists and is a letter, digit or mark (``_LETTER``)."""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    if c < "\x80":
        return c.isalnum()  # in ASCII, exactly the letters and digits
    return _LETTER_CHAR.match(c) is not None


def _count_word(text: str, word: str) -> int:
    """Occurrences of ``word`` (letters only) as a standalone token of ``text``: the rule
    of ``_count_tokens`` for one word, which then no other word can shadow."""
    found = 0
    size = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or (text[i - 1] != "." and not _is_letter(text, i - 1))) and _free_after(
            text, i + size
        ):
            found += 1
        i = text.find(word, i + 1)
    return found


def _count_tokens(text: str, wanted: set[str]) -> collections.Counter[str]:
    """Occurrences of the ``wanted`` words as standalone tokens of ``text``.

    A word counts where it is not preceded by a letter or a period and not followed by a
    letter, a dotted continuation, an apostrophe that goes on with letters (a possessive
    ``'s`` is fine) or ``&`` and a capital; at each place the longest such word is taken
    and counting resumes after it. The same rule, as one regular expression, is used for
    long texts (see ``_count_tokens_compiled``); short ones are searched word by word,
    which costs no compilation.
    """
    counts: collections.Counter[str] = collections.Counter()
    if not wanted:
        return counts
    if len(wanted) > _MAX_ALTERNATION:
        return _count_tokens_all(text, wanted)
    if (
        len(text) > _MAX_FIND_TEXT
        or len(text) * len(wanted) > _MAX_FIND_WORK
        or any(_WORD_SHAPE.fullmatch(w) is None for w in wanted)
    ):
        return _count_tokens_compiled(text, wanted)
    longest: dict[int, int] = {}  # where a word may be counted -> the end of the longest
    for w in wanted:
        size = len(w)
        i = text.find(w)
        while i >= 0:
            e = i + size
            if (
                e > longest.get(i, -1)
                and (i == 0 or (text[i - 1] != "." and not _is_letter(text, i - 1)))
                and _free_after(text, e)
            ):
                longest[i] = e
            i = text.find(w, i + 1)
    last = 0
    for i in sorted(longest):
        if i >= last:
            last = longest[i]
            counts[text[i:last]] += 1
    return counts


def _free_after(text: str, e: int) -> bool:
    """Whether a word ending at ``e`` ends there (the lookahead of ``_count_tokens``)."""
    if e >= len(text):
        return True
    c = text[e]
    if c == " " or c == "\n":
        return True
    if _is_letter(text, e):
        return False
    if c == ".":
        return not _is_letter(text, e + 1)
    if c in ("'", "’"):
        if not _is_letter(text, e + 1):
            return True
        return text[e + 1] == "s" and not _is_letter(text, e + 2)  # a possessive 's
    if c == "&":
        return e + 1 >= len(text) or _UPPER_CHAR.match(text, e + 1) is None
    return True


def _count_tokens_compiled(text: str, wanted: set[str]) -> collections.Counter[str]:
    """``_count_tokens`` as one scan for an alternation of the words (long texts)."""
    counts: collections.Counter[str] = collections.Counter()
    alt = "|".join(regex.escape(w) for w in sorted(wanted, key=len, reverse=True))
    pattern = regex.compile(
        rf"(?<![{_LETTER}.])(?:{alt})"
        rf"(?![{_LETTER}]|\.[{_LETTER}]|['’](?!s(?![{_LETTER}]))[{_LETTER}]|&\p{{Lu}})"
    )
    counts.update(pattern.findall(text))
    return counts


def _count_tokens_all(text: str, wanted: set[str]) -> collections.Counter[str]:
    """Occurrences of many ``wanted`` words: every token of the text is looked up."""
    counts: collections.Counter[str] = collections.Counter()
    step = 1 << 20
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + step)
        if end < n:
            cut = text.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        piece = collections.Counter(_VOCAB_TOKEN.findall(text, pos, end))
        if len(wanted) < len(piece):
            for w in wanted:
                c = piece.get(w)
                if c:
                    counts[w] += c
        else:
            for w, c in piece.items():
                if w in wanted:
                    counts[w] += c
        pos = end
    return counts


def _count_after_number(text: str, word: str, limit: int) -> int:
    """Occurrences (up to ``limit``) of ``word`` right after a number, maybe one blank
    between, and not followed by a letter: ``\\p{N}[ \\t]?+word(?![...])``, without
    compiling a pattern per word."""
    if not word or word[0] in " \t":
        pattern = regex.compile(rf"\p{{N}}[ \t]?+{regex.escape(word)}(?![{_LETTER}])")
        return sum(1 for _ in itertools.islice(pattern.finditer(text), limit))
    found = 0
    last = 0  # end of the last occurrence counted: they never overlap
    size = len(word)
    i = text.find(word)
    while i >= 0:
        if i >= 1 and _NUMBER_CHAR.match(text, i - 1) is not None:
            q = i - 1
        elif i >= 2 and text[i - 1] in " \t" and _NUMBER_CHAR.match(text, i - 2) is not None:
            q = i - 2
        else:
            q = -1
        if q >= last and not _is_letter(text, i + size):
            found += 1
            last = i + size
            if found >= limit:
                break
        i = text.find(word, i + 1)
    return found


def _has_bigram(text: str, left: str, right: str) -> bool:
    """Whether ``left``, blanks and ``right`` stand in ``text``: not preceded by a letter,
    not followed by a lower-case letter (``left[ \\t]++right``)."""
    if not left or not right or right[0] in " \t":
        pattern = regex.compile(
            rf"(?<![{_LETTER}]){regex.escape(left)}[ \t]++{regex.escape(right)}(?![\p{{Ll}}])"
        )
        return pattern.search(text) is not None
    size = len(left)
    i = text.find(left)
    while i >= 0:
        if i == 0 or not _is_letter(text, i - 1):
            blanks = _BLANKS.match(text, i + size)
            if blanks is not None and text.startswith(right, blanks.end()):
                e = blanks.end() + len(right)
                if e >= len(text) or _LOWER_CHAR.match(text, e) is None:
                    return True
        i = text.find(left, i + 1)
    return False


def _chunks(
    text: str, *, skip_acronyms: bool = False, runs: list[int] | None = None
) -> list[tuple[int, int]]:
    """Whitespace-delimited chunks (at most _MAX_CHUNK long) that hold a candidate junction.

    Each candidate is widened to its chunk with bounded searches, and the scan resumes
    after the chunk (candidates inside a chunk already seen are not even looked for), so
    the whole scan stays linear in the length of the text.

    With ``skip_acronyms``, chunks whose only possible junction is an ASCII acronym before
    a lower-case word ("BBC said") are left out unless the acronym ends in I or A: such a
    chunk holds no glued token and no missing space (the sentence decisions find nothing
    in it; batch_vocabulary still wants it).

    ``runs``, if given, receives the end of each run of four capitals or more (in ASCII)
    that a space and a lower-case letter follow, as the scan passes it (``_acronym_pairs``).
    """
    n = len(text)
    classes = text.encode("latin-1", "replace").translate(_CLASSES)  # one byte a character
    if text.isascii():
        return _chunks_ascii(text, classes, skip_acronyms, runs)
    find, rfind = classes.find, classes.rfind
    found: list[tuple[int, int]] = []
    done = 0
    # Capitals outside ASCII: each character outside ASCII after one that can start a
    # junction is checked, as long as there are few (news text: quotes, dashes, currency);
    # where there are many the text itself is searched.
    others: Iterator[re.Match[bytes]] | None = _OTHER_CLASS.finditer(classes)
    checked = 0
    nxt_o = -1  # the next candidate outside ASCII at or after ``done``, once known

    def next_other(pos: int) -> int:
        nonlocal others, checked
        for m in others or ():
            i = m.start()
            if i < pos:
                continue
            checked += 1
            if checked > _MAX_OTHER_CHECKS:
                others = None
                break
            if _CANDIDATE_AT.match(text, i) is not None:
                return i
        if others is None:
            m = _CANDIDATE_OTHER.search(text, pos)
            return m.start() if m is not None else n
        return n

    def take(p: int, done: int) -> int:
        """Widen the candidate at p to its chunk (kept if short enough); the new done."""
        lo = p - _MAX_CHUNK
        if lo < done:
            lo = done
        hi = p + _MAX_CHUNK + 1
        # The blank class is the ASCII whitespace; an X may be other whitespace.
        before = rfind(b" ", lo, p)
        if rfind(b"X", lo, p) > before:
            space = _LAST_SPACE.search(text, lo, p)
            before = space.start() if space is not None else -1
        after = find(b" ", p, hi)
        if find(b"X", p, hi if after < 0 else after) >= 0:
            space = _SPACE.search(text, p, hi)
            after = space.start() if space is not None else -1
        span = _chunk_span(before, after, lo, hi, done, n)
        if span is None:
            space = _SPACE.search(text, p)
            return space.start() if space is not None else n
        found.append(span)
        return span[1]

    for m in _CANDIDATE_CLASS.finditer(classes):
        p = m.start()
        if p < done:
            continue  # inside a chunk already seen
        sure = m.lastindex
        acronym = False
        if sure is not None and (sure < 3 or text[p + 1] in " \t"):
            acronym = sure == 3  # 3: no rule but "TVI miss" holds there
            if (
                acronym
                and runs is not None
                and text[p + 1] == " "
                and p > 2
                and "A" <= text[p - 3] <= "Z"
            ):
                runs.append(p + 1)
        elif _CANDIDATE_AT.match(text, p) is None:
            continue
        while True:  # candidates outside ASCII before p come first
            if nxt_o < done:
                nxt_o = next_other(done)
            if nxt_o >= p:
                break
            done = take(nxt_o, done)
        if p < done:
            continue
        if acronym and skip_acronyms and text[p] not in "IA":
            lo = p - _MAX_CHUNK
            if lo < done:
                lo = done
            if find(b"X", max(lo, rfind(b" ", lo, p) + 1), p) < 0:
                # "BBC said": the chunk ends at p (a blank follows) and has no candidate
                # before p. In ASCII none of its tokens then has a Capitalised hump after
                # the first, a tail "I", "A" or acronym after a word, or a "TVI"/"DfEEMs"
                # ending, and it has no sentence punctuation before a capital: nothing to
                # decide.
                done = p + 1
                continue
        done = take(p, done)
    while True:
        if nxt_o < done:
            nxt_o = next_other(done)
        if nxt_o >= n:
            return found
        done = take(nxt_o, done)


def _chunks_ascii(
    text: str, classes: bytes, skip_acronyms: bool, runs: list[int] | None
) -> list[tuple[int, int]]:
    """``_chunks`` for pure ASCII text: the blank class is exactly the whitespace, every
    capital is A-Z, and every token is ASCII."""
    n = len(text)
    find, rfind = classes.find, classes.rfind
    found: list[tuple[int, int]] = []
    done = 0
    for m in _CANDIDATE_CLASS.finditer(classes):
        p = m.start()
        if p < done:
            continue  # inside a chunk already seen
        sure = m.lastindex
        if sure is not None and (sure < 3 or text[p + 1] in " \t"):
            if (
                sure == 3
                and runs is not None
                and text[p + 1] == " "
                and p > 2
                and "A" <= text[p - 3] <= "Z"
            ):
                runs.append(p + 1)
            if sure == 3 and skip_acronyms and text[p] not in "IA":
                done = p + 1  # "BBC said": nothing to decide (see _chunks)
                continue
        elif _CANDIDATE_AT.match(text, p) is None:
            continue
        lo = p - _MAX_CHUNK
        if lo < done:
            lo = done
        hi = p + _MAX_CHUNK + 1
        span = _chunk_span(rfind(b" ", lo, p), find(b" ", p, hi), lo, hi, done, n)
        if span is None:
            far = find(b" ", p)
            done = far if far >= 0 else n
            continue
        done = span[1]
        found.append(span)
    return found


def _chunk_span(
    before: int, after: int, lo: int, hi: int, done: int, n: int
) -> tuple[int, int] | None:
    """The chunk around a candidate from the blanks found before it (``before``, searched
    from ``lo``) and after it (``after``, searched up to ``hi``), or None when it is longer
    than _MAX_CHUNK. A missing blank is fine at ``done`` (before) or at the text's end.

    >>> _chunk_span(3, 12, 0, 30, 0, 40), _chunk_span(-1, -1, 0, 40, 0, 40)
    ((4, 12), (0, 40))
    """
    if before >= 0:
        start = before + 1
    elif lo == done:
        start = done
    else:
        return None  # longer than _MAX_CHUNK
    end = n if after < 0 and hi >= n else after
    if end < 0 or end - start > _MAX_CHUNK:
        return None
    return start, end


# ---------------------------------------------------------------------- glued junctions


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


# A line that opens with a keyword of code: after a line break (a scan that jumps from
# one break to the next, many times faster than a search for ``^`` at every character),
# or at the text's start.
_KEYWORDS = "def|class|import|function|var|const|let"
_KEYWORD_LINE = re.compile(rf"\n[ \t]*(?:{_KEYWORDS})(?=\s)")
_KEYWORD_FIRST = re.compile(rf"[ \t]*(?:{_KEYWORDS})\s")


def _keyword_lines(text: str) -> Iterator[object]:
    """The lines of ``text`` that open with a keyword of code (``def``, ``class``...).

    >>> len(list(_keyword_lines("import os\\nx = 1\\n  def f():\\nclassy")))
    2
    """
    first = _KEYWORD_FIRST.match(text)
    if first is not None:
        yield first
    yield from _KEYWORD_LINE.finditer(text)


# Signs that a text talks code (see ``_Document.code``), each found alone: one alternation
# of them all tries every branch at every character, several times slower than these
# scans, which each jump to their first character; a search runs only when the text holds
# that character. (character the text must hold, the sign's matches)
_CODE_SIGN_SCANS: tuple[tuple[str, Callable[[str], Iterator[object]]], ...] = (
    ("()", regex.compile(r"\w\(\)").finditer),  # f()
    ("=>", regex.compile(r"=>").finditer),
    ("::", regex.compile(r"::").finditer),
    ("", re.compile(r"[{};][ \t]*(?=\n|\Z)").finditer),  # a line ending in {, } or ;
    ("(", regex.compile(r"(?<=\w)\.\w+\(").finditer),  # obj.method(
    ("", _keyword_lines),
    # a snake_case name (not in a handle, an address or a path)
    ("_", regex.compile(r"(?<![\w@/.-])[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9](?![\w@/-])").finditer),
    # a source or data file
    (
        ".",
        regex.compile(
            r"(?<=\w)\.(?:py|js|ts|json|ya?ml|toml|sh|cpp|java|rb|go|rs|md|rst|txt|html|css)\b"
        ).finditer,
    ),
)
_CODE_SIGNS = 3


def _talks_code(text: str) -> bool:
    """Whether ``text`` holds three signs of code or more (``f()``, ``=>``, ``::``, a line
    ending in ``{``, ``}`` or ``;``, ``obj.method(``, a line opening with ``def``,
    ``class``, ``import``..., a snake_case name, a source file's name).

    >>> _talks_code("Call init() then run_all() from main.py."), _talks_code("He ran; she won.")
    (True, False)
    """
    found = 0
    for need, signs in _CODE_SIGN_SCANS:
        if need in text:
            for _ in signs(text):
                found += 1
                if found >= _CODE_SIGNS:
                    return True
    return False


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


# A version of three numbers or more, ending where it is searched up to.
_VERSION = regex.compile(r"\d\.\d+\.\d+\Z")
# A given name written as initials right before a word: "J. ", "J.J. ", "J.R.R. ".
_INITIALS_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{N}.])(?:\p{Lu}\.){1,3} \Z")
# Capitals, then digits: a name such as U2, G20 or MP3 (possessive allowed).
_ALNUM_ACRONYM = regex.compile(r"\p{Lu}{1,4}\p{N}{1,4}(?:['\u2019]s)?")


_ACRONYM_I = regex.compile(r"\p{Lu}{2,8}I")
_ACRONYM_MS = regex.compile(r"\p{Lu}{2,8}Ms")


def _split_title(raw: list[str], after: str, lex: Lexicon) -> list[str] | None:
    """Re-read a last hump that hides a sentence start, from the word after the token.

    "TVI miss": an acronym and the pronoun I (a verb such as "miss" follows); "DfEEMs
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
# A tab between two visible characters of a line: fields of a table.
_TAB_INSIDE = regex.compile(r"\S[^\S\n\r]*\t[^\S\n\r]*\S")
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
    if rkind == "acr":  # judge's acronym rules (k - a == 1 for a candidate acronym)
        if lkind == "num":  # (a year that a date makes may have a comma after it)
            return _YEAR.fullmatch(last) is None  # "512GB", "3GSM": not a year
        if not (nxt if b == len(h) else "") and "&" not in first:
            return True  # "fatFIRE.": a sentence would go on after it
        if lkind == "lower":
            return not (last not in lex.lower_prefixes and len(last) >= 3 and _plain(last, lex))
    return False


def _plain(word: str, lex: Lexicon) -> bool:
    """``word`` (lower-case) is an English word, or made of them ("buybacks")."""
    return lex.is_word(word) or lex.is_made_of_words(word)


_NO_SPLITS: frozenset[int] = frozenset()
# A glued token written this many times in a text is a name of it, whatever it ends in.
_NAMED_TIMES = 3
_BEFORE_ACRONYM = ("lower", "cap", "num")


def _junction_word(h: Sequence[str], kinds: Sequence[str], a: int, k: int, b: int) -> str | None:
    """The word a lost ". " before hump k (humps a..k and k..b) would start, or None when k
    is no candidate: a Capitalised word, "I" or "A" ending the token, or an acronym ending
    it after one hump ("QRI" also when "QRI also" was cut as in "TVI miss")."""
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
    return None


def _acronym_end(h: Sequence[str], kinds: Sequence[str], k: int, b: int) -> bool:
    """Humps k..b end the token and make one acronym: one hump ("BBC"), or an acronym
    cut before a final I as in "TVI miss" ("QR", "I" of "clientsQRI also")."""
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


# A blank and a Capitalised word after a token ("Acme Rail").
_NEXT_UPPER = regex.compile(r"[ \t]++\p{Lu}")


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
            name = (
                rkind == "cap"
                and b - k == 1
                and len(first) >= 4
                and nxt[:1].isupper()
                and any(v in first for v in "aeiouy")  # no unit ("2-4Mbps Link")
            )
            if score and len(left) == 1 and (rword or rseen or name) and not self.doc.unit(first):
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
                # '," said McAteerNew coach Ann Lee': the speaker's name ends the
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
                # "TVI miss" but not "The GUI was": the acronym must be used on its own.
                return edit(2) if lseen else maybe()
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
            and self.surname_after_title(left)
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

    def surname_after_title(self, left: str) -> bool:
        """``left`` is a surname after a title of a person (the word before the token:
        "Mr", "President"), one word of three letters or more that is no given name."""
        before = self.word_before
        return (
            len(left) >= 3
            and before[:1].isupper()
            and before[1:].rstrip(".").islower()
            and before.rstrip(".") in _PERSON_TITLES
            and nm.fold(left) not in nm.given_names()
        )

    def surname_after_given(self, left: str) -> bool:
        """``left`` follows a given name (the word before the token, Capitalised): it is
        the person's surname, no part of a longer name of its own (a Mc, De or Van name
        stops earlier), so the capitalised word glued after it opens something else."""
        before = self.word_before
        return (
            len(left) >= 3
            and before[:1].isupper()
            and before[1:].islower()
            # a given name, or a title that only a surname follows ("said Ms ThornAcme")
            and (nm.fold(before) in nm.person_given_names() or before.rstrip(".") in _TITLES)
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


# A line break (LF, or the CR of CRLF or of an old Mac text).
_LINE_END = regex.compile(r"[\r\n]")
# How far from a token a line break is looked for before the index of all of them is built.
_NEAR = 2000
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


# ------------------------------------------------------------------ missing spaces


def _known_name_opens(
    doc: _Document, left: str, punct: str, quotes: str, right: str, end: int
) -> bool:
    """A lower-case English word and its period, then a camel-case name of the bundled
    list or the context ("BSkyB", "iPhone") and a lower-case word: a lost space."""
    if punct != "." or quotes or not left.islower() or len(left) < 3:
        return False
    if not doc.known(_strip_possessive(right)) or not doc.lex.is_word(left):
        return False
    nxt = _WORD_AFTER.match(doc.text, end)
    return nxt is not None and nxt.group(1)[:1].islower()


# A lower-case word, a period and a name ("pd.DataFrame", "dask.array").
_DOTTED_NAME = regex.compile(r"(?<![\w.])(\p{Ll}\w*+)\.(\p{L}\w*+)")


def _dotted_names(text: str) -> dict[str, set[str]]:
    """The names that the text writes after each lower-case word and a period: a word with
    two names or more is a module ("pd.DataFrame or pd.array"), not the end of sentences.

    >>> found = _dotted_names("Use pd.DataFrame or pd.array; it hit the industry.The market.")
    >>> sorted(found["pd"]), sorted(found["industry"])
    (['DataFrame', 'array'], ['The'])
    """
    found: dict[str, set[str]] = {}
    for m in _DOTTED_NAME.finditer(text):
        found.setdefault(m.group(1), set()).add(m.group(2))
    return found


def _decide_missing(
    doc: _Document, m: regex.Match[str], c_start: int, c_end: int, cuts: list[int]
) -> tuple[int, int, str] | None:
    """Decide one "word.Next" junction: (insert position, level, note) or None; in a text
    that talks code only a word that starts sentences after it makes an edit
    ("pyshell.Pyshell" is a name; "setup.The" is two sentences)."""
    text = doc.text
    lex = doc.lex
    if m.group(3) is not None:
        return _decide_percent(doc, m, c_end)
    punct, quotes = m.group(1), m.group(2)
    if ".." in punct:
        return None  # an ellipsis
    left_m = _LEFT_TOKEN.search(text, c_start, m.start())
    right_m = _TOKEN.match(text, m.end(), c_end)
    if left_m is None or right_m is None:
        return None
    left, right = left_m.group(), right_m.group()
    l_self = _counted(text, left_m.start(), left_m.end())
    r_self = _counted(text, right_m.start(), right_m.end())
    # A glued repair inside either word ("sales.AIWorldCom") ends that word there; the
    # part is then counted as a word of its own.
    i = bisect.bisect_right(cuts, right_m.start())
    if i < len(cuts) and cuts[i] < right_m.end():
        right = text[right_m.start() : cuts[i]]
        r_self = 1
    j = bisect.bisect_left(cuts, left_m.end()) - 1
    if j >= 0 and cuts[j] > left_m.start():
        left = text[cuts[j] : left_m.end()]
        l_self = 1
    after = text[right_m.end() : right_m.end() + 2]
    if after[:1] == "(" or (after[:1] == "." and after[1:].strip() != ""):
        return None  # Foo.Bar() or a dotted chain
    if after[:1] in ".!?" and right.isupper() and len(right) >= 2:
        return None  # "the file COPYING.LIB.": a sentence of one acronym is a file name
    if punct == "." and (bare(left) in _FILE_STEMS or bare(right) in _FILE_STEMS):
        return None  # "README.Debian", "COPYING.LIB", "Debian.TODO": a file's name
    if punct == "." and _AT_DOMAIN.match(text, right_m.end()) is not None:
        return None  # "Florian.Weimer at uni-stuttgart.de": an address spelt out
    if (
        punct == "."
        and not quotes
        and bare(right) in _IDENTIFIER_ENDS
        and not _NEXT_UPPER.match(text, right_m.end())
    ):
        return None  # "a binascii.Error is raised", "a pytree.Node instance": a name
    if (
        punct == "."
        and not quotes
        and left[:1].islower()
        and left.casefold() == right.casefold()
        and lex.starter(right) != "strong"
    ):
        # "a grammar.Grammar instance", "decimal.Decimal": a module's class ("of it.It
        # has" ends a sentence on a pronoun that starts the next)
        return None
    before_left = text[left_m.start() - 1] if left_m.start() > 0 else ""
    if before_left and before_left in "([{":
        return None  # "(re.Pattern instances)": no sentence ends on the bracket's first word
    if before_left and before_left in "'\"`\u2018\u201c" and after[:1] in "'\"`\u2019\u201d":
        return None  # "use the string 'typing.Any'": one quoted name
    r_humps = humps(_strip_possessive(right))
    if not r_humps:
        return None
    first = r_humps[0]
    rkind = hump_kind(first)
    if len(r_humps) > 1 and _known_name_opens(doc, left, punct, quotes, right, right_m.end()):
        # "broadcast revenues.BSkyB bought", "the new phone.iPhone sales rose": a known
        # camel-case name opens the sentence, whatever its first letter
        note = f'lost space in "{left}{punct}{right}": "{right}" is a known name'
        if doc.code:
            return m.end(), SUGGEST, f"possibly a {note}; not enough evidence: the text talks code"
        return m.end(), EDIT, note
    if rkind == "letter" and bare(first) not in ("I", "A"):
        return None
    if rkind == "acr" and (len(r_humps) > 1 or len(bare(first)) < 2):
        return None
    if rkind not in ("cap", "letter", "acr"):
        return None
    l_humps = humps(_strip_possessive(left))
    if not l_humps:
        return None
    lkind = hump_kind(l_humps[-1]) if len(l_humps) == 1 else "camel"
    if len(bare(left)) < 2 and lkind != "num":
        return None  # initials and abbreviations: J.K.Rowling, e.g.The, U.S.Army
    if lkind == "num" and _VERSION.search(text, max(0, left_m.start() - 16), left_m.end()):
        return None  # the last part of a version: "4.1.138.Final" (not "61.4%.Officials")
    if (
        len(r_humps) > 1
        and r_humps[0] not in lex.particles
        and not doc.known(_strip_possessive(right))
    ):
        return None  # a class after its module: "editor.EditorWindow", "fs.ReadStream"
    pos = m.end()
    quote_note = ""
    if "“" in quotes:
        pos = m.start(2) + quotes.index("“")
        quote_note = "; the quote opens the next sentence"
    elif quotes[:1] == "'":
        return None  # a single straight quote: apostrophe or quotation, can't tell
    elif quotes[:1] == '"':
        line = text.rfind("\n", max(0, m.start() - _MAX_PARAGRAPH_SCAN), m.start()) + 1
        if line == 0 and m.start() > _MAX_PARAGRAPH_SCAN:
            return None
        if text.count('"', line, m.start()) % 2 == 0:
            # The quote opens a quotation, so the space belongs before it: less certain.
            glued = f"{left}{punct}{quotes}{right}"
            note = f'possibly a lost space before the quote in "{glued}": not enough evidence'
            return m.start(2), SUGGEST, note
    start = lex.starter(first) if rkind == "cap" else None
    r_core = _strip_possessive(right)
    single = len(r_humps) == 1 or doc.known(r_core)
    glued = f"{left}{punct}{quotes}{right}"
    sure = f'lost space in "{glued}"'
    maybe = f'possibly a lost space in "{glued}": not enough evidence'

    def edit(note: str) -> tuple[int, int, str]:
        if lex.starter(first) != "strong" and doc.code:
            return pos, SUGGEST, f"possibly a {note}; not enough evidence: the text talks code"
        return pos, EDIT, note

    l_core = _strip_possessive(left)
    lword = lex.is_word(l_core)
    lseen = doc.counts[l_core] - l_self > 0 or doc.known(l_core)
    rseen = doc.counts[r_core] - r_self > 0 or doc.known(r_core)
    if len(l_humps) == 2 and l_humps[0] in lex.particles:
        lseen = True  # McWhitner, DiCaprio: a name of its own
    if l_core == r_core and lkind != "lower" and len(l_humps) == 1:
        return edit(f'{sure}: "{left}" ends one sentence and starts the next{quote_note}')
    if rkind == "acr":
        long_acr = len(bare(first)) >= 3
        if (lkind == "lower" and lword) or rseen or ((lseen or lkind == "cap") and long_acr):
            return edit(f'{sure}: "{left}{punct}" ends a sentence{quote_note}')
        return pos, SUGGEST, maybe
    nxt_m = _WORD_AFTER.match(text, right_m.end())
    # prose goes on after the right word: a lower-case word that no code talk uses
    prose_after = (
        nxt_m is not None and nxt_m.group(1)[:1].islower() and nxt_m.group(1) not in _CODE_NOUNS
    )
    if doc.backticks and f"`{left}{punct}{right}" in text:
        return None  # "s : pandas.Series" where the text quotes `pandas.Series` as code
    if lkind == "lower" and start != "strong" and doc.namespace(l_core):
        return None  # "dask.DataFrame, dask.Series or dask.Scalar": a module's names
    if (
        lkind == "lower"
        and rkind == "cap"
        and start is None
        and not lword
        and not lex.is_made_of_words(l_core)
    ):
        return None  # "a csv.Dialect", "item : pytest.Item": a module's name, no word
    if lkind == "lower":
        short = rkind == "cap" and start is None and len(bare(first)) < 3 and not rseen  # a.Py
        if short and lword and len(l_core) >= 4 and prose_after:
            # "his bench spot.Up front": a word, a period, then a short word and more prose
            short = not lex.is_word(r_core.casefold())
        if (lword or lseen or start is not None) and not short:
            return edit(f'{sure}: "{left}{punct}" ends a sentence{quote_note}')
        if (
            len(l_core) >= 4
            and rkind == "cap"
            and len(r_humps) == 1
            and len(bare(first)) >= 3
            and lex.is_made_of_words(l_core)  # no module: "pathlib.Path", "pytest.Item"
        ):
            # "the breakaway.Norway had": a plain lower-case word, then a Capitalised one
            return edit(f'{sure}: a word, a period, then "{right}"{quote_note}')
        return pos, SUGGEST, maybe
    if lkind == "num" or rkind == "letter":
        return edit(f'{sure}: "{left}{punct}" ends a sentence{quote_note}')
    if start == "strong" or (start == "weak" and single):
        return edit(f'{sure}: "{bare(first)}" starts sentences{quote_note}')
    if rseen or (single and lseen):
        # "Bolivia.Tarvo": the period is there; only a capitalised word follows it.
        return edit(f'{sure}: a period, then the Capitalised word "{right}"{quote_note}')
    if (
        len(r_humps) == 1
        and (
            (lkind == "cap" and nm.fold(l_core) in _ends_sentences())
            or (lkind == "acr" and l_core in _PLACE_ACRONYMS)
        )
        and (
            lex.is_word(r_core.casefold())
            or (prose_after and not quotes and nm.fold(l_core) in nm.calendar())
        )
    ):
        # "in March.Economists", "in Madrid.Police", "in the UK.Tracks like": a date or a
        # place ends many sentences and is no code namespace; a plain word follows, or,
        # after a date, a Capitalised one and more prose ("on Friday.Paralympic sprinter").
        return edit(f'{sure}: "{left}" (a date or place) ends a sentence{quote_note}')
    if (
        len(r_humps) == 1
        and not quotes
        and ((lkind == "acr" and len(l_core) >= 3) or (lkind == "cap" and len(l_core) >= 4))
        and nm.fold(l_core) not in _TAKES_A_PERIOD
        and nm.fold(l_core) not in nm.titles()
        and nxt_m is not None
        and len(bare(first)) >= 3
        and not lword
    ):
        # The period is there and prose goes on after the Capitalised word: a word after
        # a name, then a lower-case word ("GDP.Lenders which", "Acmeair.Wine magnate";
        # "System.Collections namespace" has a word on the left), or a given name that
        # opens a full name ("Whitner.Helen Rose-Hill"); after a word of four letters,
        # only the full name ("Hill.Lindsay Okoro").
        short = lkind == "cap" and len(l_core) == 4
        if prose_after and not short and (lex.is_word(r_core) or _plain_name(r_core, rseen)):
            # "Acmeair.Wine magnate", "Zambezi.Chilean pianist": a word or a name, then prose
            # ("Paris.Xyzzyq for details" names something else)
            kind = "word" if lex.is_word(r_core) else "name"
            return edit(f'{sure}: a period, then the {kind} "{right}" and prose{quote_note}')
        after = nxt_m.group(1)
        rf = nm.fold(r_core)
        if after[:1].isupper() and (rf in nm.person_given_names() or rf in nm.titles()):
            # "Whitner.Helen Rose-Hill", "Smith.Coach Ann Okoro", "Okeke.Olivier Whitner"
            return edit(f'{sure}: a period, then the name "{right} {after}"')
        if (
            after[:1].isupper()
            and lex.is_word(r_core)
            and nm.fold(after) in nm.given_names()
            and not short
        ):
            # "Whitner.Referee Ann Okoro", "Okeke.Producers Ann Lee"
            return edit(f'{sure}: a period, then "{right}" and the name "{after}"')
    if (
        len(r_humps) == 1
        and not quotes
        and lkind == "cap"
        and lword
        and len(bare(first)) >= 3
        and nxt_m is not None
        and _closes_name(doc, left_m.start(), lex)
        and (
            prose_after
            or (nxt_m.group(1)[:1].isupper() and nm.fold(nxt_m.group(1)) in nm.given_names())
            or (nxt_m.group(1)[:1].isupper() and nm.fold(r_core) in nm.person_given_names())
        )
    ):
        # "around Aberdeen Square.Inspired by the", "Norvane Savings Bank.Deposit rates":
        # a word that ends a name of Capitalised words, a period, then prose or a person
        # ("Harbour Film Awards.Harriet Okoro and")
        return edit(f'{sure}: "{left}" ends a name, then a sentence{quote_note}')
    if (
        lkind == "cap"
        and rkind == "cap"
        and not quotes
        and len(r_humps) == 1
        and len(l_core) >= 4
        and _plain_place(r_core, lex)
        and nxt_m is not None
    ):
        # "at both Opens.Kenya's Ann Okeke": a period, then a place
        # that is no English word and more words (a namespace has no place names)
        return edit(f'{sure}: a period, then the place "{right}"{quote_note}')
    if (
        lkind == "cap"
        and rkind == "cap"
        and not quotes
        and len(r_humps) == 1
        and doc.label_after_item(left_m.start(), right_m.start(), right_m.end())
    ):
        # "Tom Latimer, Okeke.Subs Not Used: Whitner": the last item of a list, then a
        # label that the text writes elsewhere
        return edit(f'{sure}: "{left}" ends a list, "{right}" labels the next one')
    return pos, SUGGEST, maybe


def _plain_place(word: str, lex: Lexicon) -> bool:
    """``word`` is a place of four letters or more that is no English word ("Kenya";
    not "Turkey", "Chad").

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


def _plain_name(word: str, seen: bool) -> bool:
    """``word`` is a name of a kind that prose uses: a place or nationality, a given name
    or a common surname on the bundled lists, or a word the text uses on its own."""
    f = nm.fold(word)
    return seen or f in nm.places() or f in nm.person_given_names() or f in nm.surnames()


def _closes_name(doc: _Document, start: int, lex: Lexicon) -> bool:
    """A Capitalised word, not one that opens sentences ("The") nor the first of its
    sentence ("Call System.Console"), stands right before the word at ``start``: the two
    are one name ("Aberdeen Square", "Norvane Bank")."""
    m = _word_before(doc.text, start)
    if m is None:
        return False
    prev = m.group(1)
    if not (prev[:1].isupper() and prev[1:2].islower()) or lex.starter(prev) is not None:
        return False
    # mid-sentence: a word or a comma stands before it, not a period or the line start
    before = doc.text[max(0, m.start(1) - 3) : m.start(1)].rstrip(" ")
    return (before[-1:].isalnum() or before[-1:] in (",", ";")) and (
        prev.lower() not in _DETERMINERS
    )


# The rest of a line after a name glued at its start, in a list of people: up to two
# Capitalised words (the surname), perhaps an address in angle brackets, nothing else.
_NAME_TAIL = regex.compile(
    r"(?:[ \t]++\p{Lu}[\p{L}\p{M}'’-]*+){0,2}+(?:[ \t]++<[^<>\s]++>)?+[ \t]*+"
)
_NAME_TAIL_CHARS = 120
# The names that files of a software project conventionally have, in capitals: one of
# them, a period and a word is that file's name ("README.Debian", "COPYING.LIB").
_FILE_STEMS = frozenset(
    (
        "README",
        "COPYING",
        "LICENSE",
        "LICENCE",
        "NEWS",
        "TODO",
        "INSTALL",
        "CHANGES",
        "CHANGELOG",
        "AUTHORS",
        "NOTICE",
        "THANKS",
        "BUGS",
        "HACKING",
        "MAINTAINERS",
        "CONTRIBUTING",
    )
)
# An e-mail address spelt out after its user's name: " at uni-stuttgart.de", " [at] x.org".
# (``re``: the ``regex`` module reads far past the position first, for every token.)
_AT_DOMAIN = re.compile(r"[ \t]*(?:at|\[at\]|\(at\))[ \t]+[\w-]+(?:\.[\w-]+)*?\.[a-z]{2,}\b")
# The word after a token, past one space (or a comma and a space).
_WORD_AFTER = regex.compile(r",? (\p{L}[\p{L}\p{M}'’-]*)")
# Acronyms of places that end many sentences and name no code namespace.
_PLACE_ACRONYMS = frozenset(["US", "USA", "UK", "EU", "UN", "UAE"])
# Abbreviations of five letters that take a period ("Calif.", "Messrs."); shorter
# Capitalised words before a period are not read as a sentence end here ("Jan.", "Gen.").
_TAKES_A_PERIOD = frozenset(["calif", "messrs", "sergt", "lieut", "comdr", "admin"])
# Words that follow a dotted name in code talk ("the Amazon.Lambda package").
_CODE_NOUNS = frozenset(
    [
        "namespace",
        "namespaces",
        "class",
        "classes",
        "package",
        "packages",
        "module",
        "modules",
        "library",
        "libraries",
        "method",
        "methods",
        "function",
        "functions",
        "assembly",
        "assemblies",
        "object",
        "objects",
        "type",
        "types",
        "property",
        "properties",
        "interface",
        "interfaces",
        "plugin",
        "plugins",
        "extension",
        "extensions",
        "api",
        "apis",
        "sdk",
        "component",
        "components",
        "file",
        "files",
        "call",
        "calls",
    ]
)
# Words before the name of a setting or a variable ("Environment variable LESSSECURE"): a
# word of code, or one of these.
_SETTING_NOUNS = _CODE_NOUNS | frozenset(
    [
        "variable", "variables", "option", "options", "flag", "flags", "setting",
        "settings", "key", "keys", "field", "fields", "macro", "macros", "constant",
        "constants", "parameter", "parameters", "env", "token", "tag",
    ]
)  # fmt: skip


@functools.cache
def _ends_sentences() -> frozenset[str]:
    """Months, days, holidays and places (folded, from the names pass's lists) that often
    end a sentence, without abbreviations that take a period ("Jan.", "Calif.").

    >>> "march" in _ends_sentences(), "jan" in _ends_sentences()
    (True, False)
    """
    words = nm.calendar() | nm.places()
    return frozenset(w for w in words if len(w) >= 4 or w == "may") - {
        "sept",
        "tues",
        "thur",
        "thurs",
    }


def _counted(text: str, start: int, end: int) -> int:
    """1 if the token text[start:end] is counted among the document's words, else 0."""
    m = _VOCAB_TOKEN.match(text, start)
    return 1 if m is not None and _strip_possessive(text[start:end]) == m.group() else 0


def _decide_percent(doc: _Document, m: regex.Match[str], c_end: int) -> tuple[int, int, str]:
    """Decide "19%The": a percentage glued to a Capitalised word."""
    right_m = _TOKEN.match(doc.text, m.end(), c_end)
    right = "" if right_m is None else _strip_possessive(right_m.group())
    parts = humps(right) or [right]
    first = bare(parts[0])
    glued = doc.text[max(m.start() - 4, 0) : m.end()].split()[-1] + right
    own = 0 if right_m is None else _counted(doc.text, right_m.start(), right_m.end())
    seen = doc.counts[right] - own > 0
    if doc.lex.starter(first) == "strong" or doc.lex.is_word(first) or seen:
        return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then "{first}"'
    return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
