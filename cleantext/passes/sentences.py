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

The pass is written in several modules: this one finds the candidate junctions and
applies the decisions; :mod:`~cleantext.passes.sentences_evidence` gathers what the text
says about its own words; :mod:`~cleantext.passes.sentences_glued` finds glued tokens and
cuts them in humps, :mod:`~cleantext.passes.sentences_judge` judges their junctions (with
the word tables and the words around a token of :mod:`~cleantext.passes.sentences_words`),
and :mod:`~cleantext.passes.sentences_missing` judges missing spaces; the word lists they
read are in :mod:`~cleantext.passes.sentences_lexicon`.
"""

from __future__ import annotations

import bisect
import collections
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from cleantext.edits import Edit, apply_edits
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass, check_options
from cleantext.passes.code_spans import code_regions, overlaps
from cleantext.passes.sentences_evidence import (
    _LETTER,
    _TOKEN,
    _caps_line,
    _chunks,
    _count_word,
    _Document,
    _is_letter,
    _strip_possessive,
    _talks_code,
)
from cleantext.passes.sentences_glued import (
    _NEXT_WORD,
    _glued_token,
    _glued_tokens,
    _named_in_code,
    _never_split,
    _Occ,
    _plain_word,
    _Split,
    _split_info,
    _visible,
)
from cleantext.passes.sentences_judge import EDIT, SUGGEST, _decide_glued, _note
from cleantext.passes.sentences_lexicon import (
    MAX_HUMPS,
    Lexicon,
    lexicon,
)
from cleantext.passes.sentences_missing import (
    _CODE_NOUNS,
    _decide_missing,
    dateline_bracket,
)
from cleantext.passes.sentences_numbers import number_junctions
from cleantext.passes.sentences_words import _word_before

__all__ = ["RepairSentences", "batch_vocabulary"]
RUN_TOGETHER = "sentences/run-together"
MISSING_SPACE = "sentences/missing-space"
# A glued junction: a letter or digit, then a capitalised word ("yT" in "industryThe").
_GLUE = rf"[{_LETTER}]\p{{Lu}}[\p{{Ll}}\p{{M}}]|[\p{{Ll}}\p{{N}}]\p{{Lu}}"
# A missing space: sentence punctuation, maybe closing quotes, then a capital.
_PUNCT = rf"[{_LETTER})\]\"”’'%][.!?]++[\"”’'“)\]]*+\p{{Lu}}|\p{{N}}%\p{{Lu}}"
_MISSING = regex.compile(
    rf"(?<=[{_LETTER})\]\"”’'%])([.!?]++)([\"”’'“)\]]*+)(?=\p{{Lu}})"
    rf"|(?<=\p{{N}})(%)()(?=\p{{Lu}}[\p{{Ll}}\p{{M}}]|\p{{Lu}}{{3,}}+(?!\p{{Ll}})|A(?![\p{{L}}\p{{N}}]))"
    rf"|(?<=[\p{{L}}\p{{N}}%+.])(\))()(?=\p{{Lu}}\p{{Ll}}|[AI](?![\p{{L}}\p{{N}}])|\p{{Lu}}{{3,}}+(?![\p{{L}}\p{{N}}]))"
    rf"|(?<=[\p{{L}}\p{{N}}%])([\"\u201c\u201d])()(?=\p{{Lu}}\p{{Ll}}|I(?![\p{{L}}\p{{N}}]))"
)
# The lost space after a dotted initialism in capitals or a time's "a.m."/"p.m." before a
# word ("U.S.The", "3 a.m.She"), in the
# groups of ``_MISSING`` (the percent and bracket groups never match).
_INITIALISM_GAP = regex.compile(
    r"(?:(?=\.\p{Lu}\p{Ll})(?<=(?<![\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu}){1,5})"
    r"|(?=\.\p{Lu})(?<=\d[ \u00a0]?[ap]\.m))(\.)()|(%)()(?!)|(\))()(?!)"
    r"|(\")()(?!)"
)
# A character every ``_MISSING`` match holds: chunks without one are not searched.
_MAY_MISS = regex.compile(r"[.!?%)\"\u201c\u201d]")
# Chunks that are not prose: URLs, e-mails, paths, handles, hashtags, markup, code.
_NOT_PROSE = regex.compile(
    r"://|\bwww\.|@|[/\\_`=<>{}|~^*]|(?<!\S)#|\.\.|…"
    r"|\.(?:com|org|net|gov|edu|io|co|uk|de|fr|info|biz|ly|me|tv|us|ai|app|dev|js|ts|py|rb"
    r"|php|html?|txt|pdf|docx?|xlsx?|csv|json|xml|ya?ml|toml|md|exe|zip|png|jpe?g|gif|svg"
    r"|Com|Net|Org|COM|NET|ORG)"
    rf"(?![{_LETTER}])"
    # an address of the British government's kind in capitals: "GOV.UK", "NHS.UK"
    r"|(?<![\p{L}\p{N}.])\p{Lu}{3,}+\.UK(?![\p{L}\p{N}])"
)
_PREV_WORD = regex.compile(rf"([{_LETTER}]++)[^{_LETTER}]*+\Z")
# A dot between letters (not a decimal point): "U.S", "System.IO", "said.The".
_DOTTED = regex.compile(rf"\p{{L}}\.[{_LETTER}]|[{_LETTER}]\.\p{{L}}")
_MAX_ROUNDS = 3


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
        check_options(self)
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
        """The repairs and the suggestions of one look at ``text``: the candidate junctions
        of its chunks are gathered, then decided."""
        if not (self.run_together or self.missing_space):
            return [], []
        runs: list[int] = []
        numbers: list[int] = []
        chunks = _chunks(
            text, skip_acronyms=True, runs=runs, numbers=numbers if self.run_together else None
        )
        pairs = (
            _acronym_pairs(text, runs, self._lex, context.vocabulary)
            if runs and self.run_together
            else []
        )
        if not (chunks or pairs or numbers):
            return [], []
        lex, vocabulary = self._lex, context.vocabulary
        occs, kept, missing, known = _gather(
            text, chunks, lex, vocabulary, self.run_together, self.missing_space
        )
        live = _live(occs, kept, known, lex, vocabulary)
        if not (live or missing or pairs or numbers):
            return [], []
        doc = _Document(text, lex, vocabulary)
        doc.want([occ.segs for occ in live] + kept, missing)
        edits: dict[int, Edit] = {}
        notes: dict[int, Edit] = {}
        _add_glued(doc, live, pairs, edits, notes)
        _add_missing(doc, missing, edits, notes)
        if numbers:
            _add_numbers(doc, numbers, edits, notes)
        return [edits[p] for p in sorted(edits)], [notes[p] for p in sorted(notes)]


_Segments = dict[tuple[int, int], str]  # the text of each run of humps of a token
_Missing = tuple[regex.Match[str], int, int]  # a missing space and its chunk


def _gather(
    text: str,
    chunks: list[tuple[int, int]],
    lex: Lexicon,
    vocabulary: frozenset[str],
    run_together: bool,
    missing_space: bool,
) -> tuple[list[_Occ], list[_Segments], list[_Missing], dict[str, bool]]:
    """What the chunks hold to decide: the glued tokens, the segments of known tokens, the
    missing spaces, and whether each one-token word looked up is known."""
    code: list[tuple[int, int]] | None = None  # found when a chunk needs it
    occs: list[_Occ] = []  # tokens to decide
    kept: list[_Segments] = []  # segments of known tokens
    missing: list[_Missing] = []
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
            gaps: list[_Missing] = []
        else:
            tokens, gaps = _prose(text, start, end, split_cache, lex, run_together, missing_space)
            if not (tokens or gaps):
                continue
        if code is None:
            code = code_regions(text)
        if code and overlaps(code, start, end):
            continue
        occs.extend(tokens)
        missing.extend(gaps)
    return occs, kept, missing, known


def _prose(
    text: str,
    start: int,
    end: int,
    split_cache: dict[str, _Split],
    lex: Lexicon,
    run_together: bool,
    missing_space: bool,
) -> tuple[list[_Occ], list[_Missing]]:
    """The glued tokens and the missing spaces of the chunk ``start:end`` of several
    tokens; none when it is no prose (a URL, a path, markup...)."""
    if _NOT_PROSE.search(text, start, end):
        return [], []
    tokens = list(_glued_tokens(text, start, end, split_cache, lex)) if run_together else []
    gaps: list[_Missing] = []
    if missing_space and _MAY_MISS.search(text, start, end) is not None:
        # a chunk of several dots between letters is a dotted name ("System.IO.File")
        # unless an initialism in capitals closes it before a word ("U.S.The")
        many = len(_DOTTED.findall(text, start, end)) > 1
        found = (_INITIALISM_GAP if many else _MISSING).finditer(text, start, end)
        gaps = [(m, start, end) for m in found]
    return tokens, gaps


def _live(
    occs: list[_Occ],
    kept: list[_Segments],
    known: dict[str, bool],
    lex: Lexicon,
    vocabulary: frozenset[str],
) -> list[_Occ]:
    """The tokens to decide; the segments of the others are added to ``kept``."""
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
    return live


def _add_glued(
    doc: _Document,
    live: list[_Occ],
    pairs: list[tuple[int, int, str]],
    edits: dict[int, Edit],
    notes: dict[int, Edit],
) -> None:
    """Add the decisions on the glued tokens ``live`` and the glued acronyms ``pairs`` to
    ``edits`` and ``notes`` (by position): a lost ". " each."""
    for pos, level, note in _decide_glued(doc, live):
        (edits if level == EDIT else notes)[pos] = Edit(pos, pos, ". ", RUN_TOGETHER, note)
    for pos, level, note in pairs:
        if pos not in edits:
            (edits if level == EDIT else notes)[pos] = Edit(pos, pos, ". ", RUN_TOGETHER, note)


def _add_numbers(
    doc: _Document, places: list[int], edits: dict[int, Edit], notes: dict[int, Edit]
) -> None:
    """Add the decisions on the words glued to a number (``places``: the digits after a
    lower-case letter, :mod:`~cleantext.passes.sentences_numbers`) to ``edits`` and
    ``notes``, where no decision is yet and no code region holds them."""
    text, lex, vocabulary = doc.text, doc.lex, doc.vocabulary
    found = number_junctions(
        text,
        places,
        lex,
        lambda token: lex.is_known(token) or token in vocabulary,
        lambda: doc.code,
        EDIT,
        SUGGEST,
    )
    if not found:
        return
    code = code_regions(text)
    for pos, level, note in found:
        if pos in edits or pos in notes or (code and overlaps(code, pos, pos + 1)):
            continue
        (edits if level == EDIT else notes)[pos] = Edit(pos, pos, ". ", RUN_TOGETHER, note)


def _add_missing(
    doc: _Document,
    missing: list[_Missing],
    edits: dict[int, Edit],
    notes: dict[int, Edit],
) -> None:
    """Add the decisions on the ``missing`` spaces to ``edits`` and ``notes``, where no
    decision is yet; the same chunk at another place is decided the same way, unless a
    glued repair cuts it or it holds a straight double quote."""
    text = doc.text
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
            glued = (
                m.group(3) is not None
                or m.group(7) is not None
                or (m.group(5) is not None and not dateline_bracket(text, m.start()))
            )
            if pos not in edits and pos not in notes:
                target[pos] = Edit(
                    pos,
                    pos,
                    ". " if glued else " ",
                    RUN_TOGETHER if glued else MISSING_SPACE,
                    note,
                )


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
# The longest run of capitals read as two acronyms glued ("UKQXR", "USPTI"): a longer one
# is no pair of acronyms, and each of its cuts would count its parts in the whole text.
_LONGEST_RUN = 24


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
    for start, end, run in _lone_runs(text, ends, lex, vocabulary):
        cut = _one_cut(text, run)
        if cut is None or _outside_prose(text, start, end):
            continue  # none, or two readings ("QRAAA": "QRA. AA" as well as "QRAA. A")
        if code is None:
            code = code_regions(text)
        if code and overlaps(code, start, end):
            continue
        left, right = run[:cut], run[cut:]
        if _names_a_setting(text, start, run, left):
            continue  # "variable LESSSECURE", "HOMEDRIVE and HOMEPATH": identifiers
        if talks_code is None:
            talks_code = _talks_code(text)
        out.append((start + cut, *_pair_verdict(run, left, right, talks_code)))
    return out


def _lone_runs(
    text: str, ends: Iterable[int], lex: Lexicon, vocabulary: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """The start, the end and the text of each run of capitals ending at ``ends`` that may
    glue two acronyms: four capitals or more, after no letter, digit or ``_NOT_BEFORE_RUN``
    ("AT&T"), known nowhere and written only once in the text ("NATO said so. NATO has
    grown." has none). After ``_MAX_RUN_CHECKS`` different runs no more are given.

    >>> text = "Shops in the UKQXR declined. NATO has grown. NATO said so."
    >>> list(_lone_runs(text, [18, 33], lexicon((), ()), frozenset()))
    [(13, 18, 'UKQXR')]
    >>> list(_lone_runs("Z" * 25 + " and", [25], lexicon((), ()), frozenset()))
    []
    """
    counted: dict[str, int] = {}  # how often the text writes each run read so far
    for end in ends:
        start = end - 3
        while start > 0 and "A" <= text[start - 1] <= "Z":
            start -= 1
        if not 4 <= end - start <= _LONGEST_RUN:
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
        yield start, end, run


def _one_cut(text: str, run: str) -> int | None:
    """Where to cut ``run`` in two parts the text writes on their own (or a last part "A"
    or "I"), if exactly one place does; None if none or two do ("QRAAA": "QRA. AA" as
    well as "QRAA. A").

    >>> _one_cut("The UK market grew. QXR said so. Shops in the UKQXR declined.", "UKQXR")
    2
    >>> _one_cut("Shops in the UKQXR declined.", "UKQXR") is None
    True
    """
    cuts = [
        k
        for k in range(2, len(run))
        if (run[k:] in _ONE_LETTER_WORDS if k == len(run) - 1 else _count_word(text, run[k:]))
        and _count_word(text, run[:k])
    ]
    return cuts[0] if len(cuts) == 1 else None


def _pair_verdict(run: str, left: str, right: str, talks_code: bool) -> tuple[int, str]:
    """The level and the note of a lost ". " between ``left`` and ``right`` in ``run``: a
    repair, or only a suggestion in a text that talks code.

    >>> _pair_verdict("UKQXR", "UK", "QXR", False)[1]
    'lost ". " in "UKQXR" -> "UK. QXR": "UK" and "QXR" are written on their own here'
    """
    why = f'"{left}" and "{right}" are written on their own here'
    if len(right) == 1:
        why = f'"{left}" is written on its own here and "{right}" opens a sentence'
    if talks_code:  # "set the HTTPURL variable": in a text about code, an identifier
        return SUGGEST, _note(run, left, right, [why, "the text talks code"], sure=False)
    return EDIT, _note(run, left, right, [why])


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


# Words before the name of a setting or a variable ("Environment variable LESSSECURE"): a
# word of code, or one of these.
_SETTING_NOUNS = _CODE_NOUNS | frozenset(
    [
        "variable", "variables", "option", "options", "flag", "flags", "setting",
        "settings", "key", "keys", "field", "fields", "macro", "macros", "constant",
        "constants", "parameter", "parameters", "env", "token", "tag",
    ]
)  # fmt: skip
