"""Missing spaces for :mod:`cleantext.passes.sentences`: "word.Next", 'said."The'.

The period is there but the space is not: :func:`_decide_missing` tells a lost space from
a name, an abbreviation, a file or a version. Private to the sentences pass.
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_evidence import (
    _LEFT_TOKEN,
    _TOKEN,
    _VOCAB_TOKEN,
    _Document,
    _strip_possessive,
)
from cleantext.passes.sentences_judge import _CLAUSE_AFTER, EDIT, SUGGEST
from cleantext.passes.sentences_lexicon import (
    _DATES,
    INNER_CAP,
    Lexicon,
    bare,
    hump_kind,
    humps,
)
from cleantext.passes.sentences_words import (
    _AT_DOMAIN,
    _DETERMINERS,
    _IDENTIFIER_ENDS,
    _WORD_AFTER,
    _Around,
    _plain_place,
    _word_before,
)

_MAX_PARAGRAPH_SCAN = 20_000
# A version of three numbers or more, ending where it is searched up to.
_VERSION = regex.compile(r"\d\.\d+\.\d+\Z")
# A surname of the Gaelic "Mc" or "Mac" and a Capitalised stem ("McCloskey", "MacLeod").
_MC_NAME = regex.compile(r"Ma?c\p{Lu}\p{Ll}{2,}+")
# A blank and a Capitalised word after a token ("Acme Rail").
_NEXT_UPPER = regex.compile(r"[ \t]++\p{Lu}")
# A decision on a junction: where the space goes, EDIT or SUGGEST, and the note.
_Found = tuple[int, int, str]


def _known_name_opens(
    doc: _Document, left: str, punct: str, quotes: str, right: str, end: int
) -> bool:
    """A lower-case English word and its period, then a camel-case name of the bundled
    list or the context ("BSkyB", "iPhone") or a "Mc" surname ("McCloskey") and a
    lower-case word: a lost space."""
    if punct != "." or quotes or not left.islower() or len(left) < 3:
        return False
    name = _strip_possessive(right)
    if not (doc.known(name) or _MC_NAME.fullmatch(name)) or not doc.lex.is_word(left):
        return False
    nxt = _WORD_AFTER.match(doc.text, end)
    return nxt is not None and nxt.group(1)[:1].islower()


def _decide_missing(
    doc: _Document, m: regex.Match[str], c_start: int, c_end: int, cuts: list[int]
) -> _Found | None:
    """Decide one "word.Next" junction: (insert position, level, note) or None; in a text
    that talks code only a word that starts sentences after it makes an edit
    ("pyshell.Pyshell" is a name; "setup.The" is two sentences).

    The first step that answers wins: the two words are read, the shapes of the junction
    and of the words may rule a lost space out, then the rules of :func:`_decide_gap`
    weigh the evidence, in this order.
    """
    if m.group(3) is not None:
        return _decide_percent(doc, m, c_end)
    if m.group(5) is not None:
        return _decide_bracket(doc, m, c_end)
    if m.group(7) is not None:
        quote = m.group(7)
        if quote == "\u201c" or (quote == '"' and _opens_quotation(doc.text, m.start())):
            return _decide_opening(doc, m, c_end)
        return _decide_bracket(doc, m, c_end, closer=quote)
    if ".." in m.group(1):
        return None  # an ellipsis
    s = _sides(doc.text, m, c_start, c_end, cuts)
    if s is None or _one_name(doc, s):
        return None
    r_humps = humps(_strip_possessive(s.right))
    if not r_humps:
        return None
    known = _known_name(doc, s, r_humps)
    if known is not None:
        return known
    initialism = _after_initialism(doc, s, r_humps)
    if initialism is not None:
        return initialism
    kinds = _kinds(doc, s, r_humps)
    if kinds is None:
        return None
    place = _place(doc.text, s, doc.lex)
    if not isinstance(place, _Place):
        return place  # a quote rules a lost space out, or opens a quotation
    return _decide_gap(_gap(doc, s, r_humps, *kinds, place))


class _Sides(NamedTuple):
    """The junction and the two words on either side of it (see :func:`_sides`)."""

    m: regex.Match[str]  # the junction: its punctuation and its quotes
    punct: str
    quotes: str
    left_m: regex.Match[str]  # the tokens before and after the junction
    right_m: regex.Match[str]
    left: str  # the words: the tokens, or their parts up to a glued repair
    right: str
    l_self: int  # 1 if the word is counted among the document's words, else 0
    r_self: int


def _sides(
    text: str, m: regex.Match[str], c_start: int, c_end: int, cuts: list[int]
) -> _Sides | None:
    """The words before and after the junction ``m`` in the chunk ``c_start:c_end``, cut
    where a glued repair (``cuts``) ends them, or None when either side has no word."""
    punct, quotes = m.group(1), m.group(2)
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
    return _Sides(m, punct, quotes, left_m, right_m, left, right, l_self, r_self)


def _one_name(doc: _Document, s: _Sides) -> bool:
    """Whether the junction and the characters around it make "word.Next" one name, not
    two sentences: a call or a dotted chain, a file's name, an address, an identifier, a
    module's class, or a name that brackets or quotes hold."""
    text = doc.text
    punct, quotes, left, right, right_m = s.punct, s.quotes, s.left, s.right, s.right_m
    after = text[right_m.end() : right_m.end() + 2]
    if after[:1] == "(" or (after[:1] == "." and after[1:].strip() != ""):
        return True  # Foo.Bar() or a dotted chain
    if after[:1] in ".!?" and right.isupper() and len(right) >= 2:
        return True  # "the file COPYING.LIB.": a sentence of one acronym is a file name
    if punct == "." and (bare(left) in _FILE_STEMS or bare(right) in _FILE_STEMS):
        return True  # "README.Debian", "COPYING.LIB", "Debian.TODO": a file's name
    if punct == "." and _AT_DOMAIN.match(text, right_m.end()) is not None:
        return True  # "Florian.Weimer at uni-stuttgart.de": an address spelt out
    if (
        punct == "."
        and not quotes
        and bare(right) in _IDENTIFIER_ENDS
        and not _NEXT_UPPER.match(text, right_m.end())
        and not (
            bare(right) in _PROSE_OPENERS
            and _prose_word_before(doc, left)
            and _prose_word(_WORD_AFTER.match(text, right_m.end()))
        )
    ):
        # "a binascii.Error is raised", "a pytree.Node instance": a name (not "the end of
        # their session.Handlers oversee", in a text that talks no code)
        return True
    if (
        punct == "."
        and not quotes
        and left[:1].islower()
        and left.casefold() == right.casefold()
        and doc.lex.starter(right) != "strong"
    ):
        # "a grammar.Grammar instance", "decimal.Decimal": a module's class ("of it.It
        # has" ends a sentence on a pronoun that starts the next)
        return True
    if (
        punct == "."
        and not quotes
        and INNER_CAP.search(left)
        and (doc.code or INNER_CAP.search(right) or doc.camel_owner(left))
    ):
        # "DateTime.UtcNow", "DateTime.Now" where the text writes "DateTime.UtcNow" too or
        # talks code: a member of an identifier ("PayPal.The" is two sentences)
        return True
    if punct == "." and not quotes and left[:1].isupper() and left[1:].islower():
        before = _word_before(text, s.left_m.start())
        if (
            before is not None
            and before.group(1)[:1].islower()
            and (doc.writes_members or doc.code)
        ):
            # in a text of code, "while String.Format builds": a class, not "while String."
            return True
    before_left = text[s.left_m.start() - 1] if s.left_m.start() > 0 else ""
    if before_left and before_left in "([{":
        return True  # "(re.Pattern instances)": no sentence ends on the bracket's first word
    # "use the string 'typing.Any'": one quoted name
    return (
        bool(before_left) and before_left in "'\"`\u2018\u201c" and after[:1] in "'\"`\u2019\u201d"
    )


# The words that end names in code but open sentences of prose too ("Handlers oversee
# each dog", "Manager Arsene Wenger said"); not "Error" nor "Node".
_PROSE_OPENERS = frozenset(
    [
        "Handler", "Handlers", "Manager", "Connection", "Request", "Response", "Message",
        "Event", "Events", "Index", "Reader", "Writer", "Builder", "Finder", "Provider",
        "Controller", "Processor", "Instance", "Address", "Server", "Stream", "Element",
    ]
)  # fmt: skip


def _prose_word(nxt: regex.Match[str] | None) -> bool:
    """The word after a token (a match of ``_WORD_AFTER``) is one of prose: in lower case,
    and no noun that talk of code uses ("Handlers oversee", not "Handler method")."""
    return nxt is not None and nxt.group(1)[:1].islower() and nxt.group(1) not in _CODE_NOUNS


def _prose_word_before(doc: _Document, left: str) -> bool:
    """``left`` is an English word in lower case of four letters or more, in a text that
    talks no code and writes no module's names: a sentence of prose ends with it."""
    return (
        len(left) >= 4
        and left.isalpha()
        and left.islower()
        and doc.lex.is_word(left)
        and not doc.code
        and not doc.writes_members
        and not doc.namespace(left)
    )


def _known_name(doc: _Document, s: _Sides, r_humps: list[str]) -> _Found | None:
    """A lost space (suggested only in a text that talks code) where a known camel-case
    name opens the sentence after the period (:func:`_known_name_opens`), else None."""
    left, punct, right, m = s.left, s.punct, s.right, s.m
    if len(r_humps) > 1 and _known_name_opens(doc, left, punct, s.quotes, right, s.right_m.end()):
        # "broadcast revenues.BSkyB bought", "the new phone.iPhone sales rose": a known
        # camel-case name opens the sentence, whatever its first letter
        note = f'lost space in "{left}{punct}{right}": "{right}" is a known name'
        if doc.code:
            return m.end(), SUGGEST, f"possibly a {note}; not enough evidence: the text talks code"
        return m.end(), EDIT, note
    return None


# The last letter of a dotted initialism in capitals ("U.S", "U.K", "E.U"): two letters
# or more, each with its period, the last one's period at the end of the match.
_INITIALISM_BEFORE = regex.compile(
    r"(?:(?<![\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu}){1,5}|(?<=\d[ \u00a0]?)[ap]\.m)\Z"
)


def _after_initialism(doc: _Document, s: _Sides, r_humps: list[str]) -> _Found | None:
    """A lost space after a dotted initialism in capitals before a Capitalised word
    ("the U.S.The roster", "the U.K.Analysts said") or after the "a.m." or "p.m." of a
    time ("at 3 a.m.She died", "at 2 a.m.I thought"): "U.S. The" whether or not the
    sentence ends there, so the space is sure (in a text that talks code, suggested)."""
    if s.punct != "." or s.quotes:
        return None
    start = _INITIALISM_BEFORE.search(doc.text, max(0, s.left_m.start() - 12), s.left_m.end())
    if start is None:
        return None
    time = start.group()[:1].islower()
    if len(r_humps) != 1 and not time:
        return None
    # after a time, any Capitalised word ("9 p.m.EasyJet cancelled", "2 a.m.I woke")
    if not (hump_kind(r_humps[0]) == "cap" or (time and s.right[:1].isupper())):
        return None
    what = "a time" if time else "an initialism"
    note = f'lost space in "{start.group()}.{s.right}": a space follows {what}'
    if doc.code:
        return s.m.end(), SUGGEST, f"possibly a {note}; the text talks code"
    return s.m.end(), EDIT, note


def _kinds(doc: _Document, s: _Sides, r_humps: list[str]) -> tuple[list[str], str, str] | None:
    """The humps of the left word, its kind (of its hump, or "camel" for several) and the
    kind of the right word's first hump; or None when the shapes of the two words rule a
    lost space out: on the right a letter but "I" or "A", an acronym of one letter or of
    several humps, or no Capitalised word; on the left initials, a version's last part, or
    a module before its class."""
    first = r_humps[0]
    rkind = hump_kind(first)
    if rkind == "letter" and bare(first) not in ("I", "A"):
        return None
    after = doc.text[s.right_m.end() : s.right_m.end() + 1]
    if rkind == "letter" and after and not after.isspace():
        return None  # "BRK.A, BRK.B": a class of shares; a word "A" or "I" has a blank after
    if (
        rkind == "letter"
        and s.punct == "."
        and s.left.isupper()
        and doc.share_classes(s.left) - {s.right}
    ):
        return None  # "RDS.A and RDS.B": the text writes another class of the same shares
    if rkind == "acr" and (len(r_humps) > 1 or len(bare(first)) < 2):
        return None
    if rkind not in ("cap", "letter", "acr"):
        return None
    left, left_m = s.left, s.left_m
    l_humps = humps(_strip_possessive(left))
    if not l_humps:
        return None
    lkind = hump_kind(l_humps[-1]) if len(l_humps) == 1 else "camel"
    if len(bare(left)) < 2 and lkind != "num":
        return None  # initials and abbreviations: J.K.Rowling, e.g.The, U.S.Army
    if lkind == "num" and _VERSION.search(doc.text, max(0, left_m.start() - 16), left_m.end()):
        return None  # the last part of a version: "4.1.138.Final" (not "61.4%.Officials")
    if (
        len(r_humps) > 1
        and not s.quotes
        and r_humps[0] not in doc.lex.particles
        and not doc.known(_strip_possessive(s.right))
    ):
        # a class after its module: "editor.EditorWindow", "fs.ReadStream" (no quote
        # closes a module's name: 'a team."Cloud9 had lost' opens a sentence with a name)
        return None
    return l_humps, lkind, rkind


class _Place(NamedTuple):
    """Where a lost space goes (see :func:`_place`)."""

    pos: int
    quote_note: str  # what the notes add about the quotes after the period, or ""


def _sure_start(lex: Lexicon, word: str) -> bool:
    """``word`` surely starts sentences ("The", "We", "I'm")."""
    first = humps(word)
    return bool(first) and (lex.starter(first[0]) == "strong" or bare(first[0]) == "I")


def _place(text: str, s: _Sides, lex: Lexicon) -> _Place | _Found | None:
    """Where the space goes: after the quotes that close a sentence, or before a curly
    one that opens the next; None when a straight quote leaves it unclear, or only a
    suggestion when a straight quote opens a quotation, unless a word that surely starts
    sentences opens the quotation after a period ('Iyer said."We underwrite'): then the
    space goes before the quote, and the junction is read like any other."""
    m, punct, quotes = s.m, s.punct, s.quotes
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
            # The quote opens a quotation, so the space belongs before it: less certain,
            # unless prose ends on a period and a sure sentence start follows the quote
            if punct == "." and quotes == '"' and _sure_start(lex, s.right):
                return _Place(m.start(2), "; the quote opens the next sentence")
            glued = f"{s.left}{punct}{quotes}{s.right}"
            note = f'possibly a lost space before the quote in "{glued}": not enough evidence'
            return m.start(2), SUGGEST, note
    return _Place(pos, quote_note)


class _Gap(NamedTuple):
    """What the rules weigh at one "word.Next" junction (see :func:`_gap`)."""

    doc: _Document
    lex: Lexicon
    punct: str  # the punctuation and the quotes of the junction
    quotes: str
    left: str  # the words on either side (see :class:`_Sides`)
    right: str
    l_start: int  # where the left token starts, where the right one starts and ends
    r_start: int
    r_end: int
    l_humps: list[str]
    r_humps: list[str]
    first: str  # the right word's first hump
    lkind: str  # the kind of the left word: its hump's kind, or "camel" for several humps
    rkind: str  # the kind of ``first``
    pos: int  # where the space goes
    quote_note: str  # what the notes add about the quotes, or ""
    start: str | None  # "strong", "weak" or None: a Capitalised ``first`` starts sentences
    l_core: str  # the words without a possessive
    r_core: str
    single: bool  # the right word is one hump or a known word
    lword: bool  # the left word is an English word
    lseen: bool  # the left word is used on its own or known (or a name with a particle)
    rseen: bool  # the right word is used on its own or known
    sure: str  # how the notes of an edit and of a suggestion begin
    maybe_note: str

    def edit(self, note: str) -> _Found:
        """A lost space, for ``note``; in a text that talks code only a suggestion, unless
        the right word surely starts sentences."""
        if self.lex.starter(self.first) != "strong" and self.doc.code:
            return self.pos, SUGGEST, f"possibly a {note}; not enough evidence: the text talks code"
        return self.pos, EDIT, note

    def capitalised_pair(self) -> bool:
        """A Capitalised word on each side, one word on the right, no quotes between."""
        return (
            self.lkind == "cap"
            and self.rkind == "cap"
            and not self.quotes
            and len(self.r_humps) == 1
        )

    def maybe(self) -> _Found:
        """A suggestion only: maybe a lost space, not enough evidence."""
        return self.pos, SUGGEST, self.maybe_note


def _gap(
    doc: _Document,
    s: _Sides,
    r_humps: list[str],
    l_humps: list[str],
    lkind: str,
    rkind: str,
    place: _Place,
) -> _Gap:
    """What the rules weigh at the junction of ``s``: the facts of :class:`_Gap`."""
    lex = doc.lex
    left, right = s.left, s.right
    first = r_humps[0]
    start = lex.starter(first) if rkind == "cap" else None
    r_core = _strip_possessive(right)
    single = len(r_humps) == 1 or doc.known(r_core)
    glued = f"{left}{s.punct}{s.quotes}{right}"
    sure = f'lost space in "{glued}"'
    maybe = f'possibly a lost space in "{glued}": not enough evidence'
    l_core = _strip_possessive(left)
    lword = lex.is_word(l_core)
    lseen = doc.counts[l_core] - s.l_self > 0 or doc.known(l_core)
    rseen = doc.counts[r_core] - s.r_self > 0 or doc.known(r_core)
    if len(l_humps) == 2 and l_humps[0] in lex.particles:
        lseen = True  # McWhitner, DiCaprio: a name of its own
    return _Gap(
        doc, lex, s.punct, s.quotes, left, right, s.left_m.start(), s.right_m.start(),
        s.right_m.end(), l_humps, r_humps, first, lkind, rkind, place.pos, place.quote_note,
        start, l_core, r_core, single, lword, lseen, rseen, sure, maybe,
    )  # fmt: skip


def _decide_gap(x: _Gap) -> _Found | None:
    """The verdict on the junction ``x``: the first rule that answers wins, the families
    of rules below are asked in this order, by the kinds of the two words."""
    sure, quote_note = x.sure, x.quote_note
    if x.l_core == x.r_core and x.lkind != "lower" and len(x.l_humps) == 1:
        return x.edit(f'{sure}: "{x.left}" ends one sentence and starts the next{quote_note}')
    if x.rkind == "acr":
        return _word_then_acronym(x)
    nxt_m = _WORD_AFTER.match(x.doc.text, x.r_end)
    # prose goes on after the right word: a lower-case word that no code talk uses
    prose_after = _prose_word(nxt_m)
    if _names_code(x):
        return None
    if x.lkind == "lower":
        return _lower_then_word(x, prose_after)
    if x.lkind == "num" and x.punct == "." and _numbered_heading(x.doc.text, x.l_start):
        # "Section 3.Definitions", "4.1.Members may share", "Art. 2.Exclusions": a number
        # of a clause, which some styles glue to its heading
        return x.maybe()
    if x.lkind == "num" or x.rkind == "letter":
        return x.edit(f'{sure}: "{x.left}{x.punct}" ends a sentence{quote_note}')
    if x.start == "strong" or (x.start == "weak" and x.single):
        return x.edit(f'{sure}: "{bare(x.first)}" starts sentences{quote_note}')
    if (
        x.lkind == "cap"
        and len(x.r_humps) > 1
        and x.r_humps[0] not in x.lex.particles  # "World.McCaughrean, who" is a name
        and not x.quotes
        and x.punct == "."
    ):
        # "the familiar Console.WriteLine still works", "Math.RoundUp": a member of a
        # class in code as much as two sentences ("Bolivia.PayPal said")
        return x.maybe()
    if x.rseen or (x.single and x.lseen):
        # "Bolivia.Tarvo": the period is there; only a capitalised word follows it.
        return x.edit(f'{sure}: a period, then the Capitalised word "{x.right}"{quote_note}')
    if (
        x.capitalised_pair()
        and x.punct == "."
        and x.lword
        and prose_after
        and not x.doc.code
        and len(x.r_core) >= 4
        and x.lex.is_word(x.r_core.casefold())
        and nxt_m is not None
        and nxt_m.group(1) not in _LINKING_WORDS
        and _words_before(x.doc.text, x.l_start) >= _SENTENCE_WORDS
    ):
        # "the Office for Product Safety and Standards.Sunscreen sales usually peak": a
        # long sentence ends on an English word, the next opens with one that a word of
        # its own follows ("Call Math.Round on the value", "subclass React.Component and"
        # name a thing of code, which a small word follows)
        return x.edit(f'{sure}: "{x.left}." and "{x.r_core}" are words, prose follows{quote_note}')
    return (
        _date_or_place_ends(x, prose_after)
        or _date_starts(x, prose_after)
        or _name_then_word(x, nxt_m, prose_after)
        or _name_ends(x, nxt_m, prose_after)
        or _place_starts(x, nxt_m)
        or _list_then_label(x)
        or x.maybe()
    )


# What stands before the number of a clause in its line: nothing but other numbers of
# it ("4.1."), or a word that names a part of a text ("Section", "Art.", "§").
_CLAUSE_BEFORE = regex.compile(
    r"(?:^|\n)[ \t]*+(?:\d{1,3}\.)*+\Z"
    r"|(?<![\p{L}])(?i:section|sec\.|article|art\.|clause|chapter|part|rule|schedule|annex"
    r"|appendix|paragraph|para\.|item)[ \u00a0]++(?:\d{1,3}\.)*+\Z"
    r"|\u00a7[ \u00a0]*+(?:\d{1,3}\.)*+\Z"
)
_CLAUSE_REACH = 40  # characters looked back for the words before a clause's number


def _numbered_heading(text: str, start: int) -> bool:
    """Whether the number at ``start`` numbers a clause or a section: a line opens with it
    and its parents, or a word such as "Section" stands before it.

    >>> t = "Section 3.Definitions\\n4.1.Members may share. In 2004.The"
    >>> [_numbered_heading(t, t.index(s)) for s in ("3.D", "1.M", "2004")]
    [True, True, False]
    """
    if start > 0 and text[start - 1] not in " \u00a0\n.\u00a7":
        return False
    return _CLAUSE_BEFORE.search(text, max(0, start - _CLAUSE_REACH), start) is not None


# Small words that follow a name of code in prose ("Math.Round on", "React.Component
# and", "System.Console to"), never the word after a sentence's first noun alone.
_LINKING_WORDS = frozenset(
    ["and", "or", "on", "to", "from", "by", "of", "in", "for", "with", "at", "as", "into", "is"]
)
_SENTENCE_WORDS = 5  # words before the period: a sentence, not "Call Math." nor "The Square."
_SENTENCE_START = regex.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")


def _words_before(text: str, pos: int) -> int:
    """The words of the sentence before ``pos`` (up to the last sentence end or line break
    within 300 characters), with the word at ``pos``."""
    start = max(0, pos - 300)
    for m in _SENTENCE_START.finditer(text, start, pos):
        start = m.end()
    return len(text[start:pos].split()) + 1


def _word_then_acronym(x: _Gap) -> _Found:
    """A word, a period, then an acronym: an edit when the left word is an English word,
    the acronym is used on its own, or a long acronym follows a name; else a suggestion."""
    long_acr = len(bare(x.first)) >= 3
    if not x.quotes and (
        (x.punct == "." and x.doc.dotted(f"{x.left}.{x.right}") >= 2)
        or (x.lkind == "lower" and x.doc.namespace(x.l_core))
    ):
        # "Character.AI" written twice, "cs.AI and cs.LG": names, not a sentence's end
        return x.maybe()
    if x.lkind == "lower" and not x.lword and not x.lseen:
        return x.maybe()  # "in cs.AI": a lower-case word that is no word ends no sentence
    if x.lkind == "cap" and len(bare(x.first)) == 2 and x.punct == ".":
        # "Character.AI", "Binance.US": a name and its two capitals, as a web address
        # writes a country's or a field's
        return x.maybe()
    if (x.lkind == "lower" and x.lword) or x.rseen or ((x.lseen or x.lkind == "cap") and long_acr):
        return x.edit(f'{x.sure}: "{x.left}{x.punct}" ends a sentence{x.quote_note}')
    return x.maybe()


def _names_code(x: _Gap) -> bool:
    """Whether "word.Next" names a thing of code: the text quotes it as code, or the left
    word is a namespace of the text or a module's name that is no word."""
    doc, lkind, l_core = x.doc, x.lkind, x.l_core
    if doc.backticks and f"`{x.left}{x.punct}{x.right}" in doc.text:
        return True  # "s : pandas.Series" where the text quotes `pandas.Series` as code
    if lkind == "lower" and x.start != "strong" and doc.namespace(l_core):
        return True  # "dask.DataFrame, dask.Series or dask.Scalar": a module's names
    # "a csv.Dialect", "item : pytest.Item": a module's name, no word
    return (
        lkind == "lower"
        and x.rkind == "cap"
        and x.start is None
        and not x.lword
        and not x.lex.is_made_of_words(l_core)
    )


# A sentence's end right after a word: its punctuation, then a blank or the text's end.
_ENDS_HERE = regex.compile(r"[.!?][\"'\u201d\u2019)]*+(?:\s|\Z)")


def _lower_then_word(x: _Gap, prose_after: bool) -> _Found:
    """A lower-case word, a period, then a Capitalised word, "I" or "A": an edit when the
    left word is a word and the right one no short name, else a suggestion."""
    lex, left, right, first, l_core, r_core = x.lex, x.left, x.right, x.first, x.l_core, x.r_core
    rkind, start, lword, sure, quote_note = x.rkind, x.start, x.lword, x.sure, x.quote_note
    short = rkind == "cap" and start is None and len(bare(first)) < 3 and not x.rseen  # a.Py
    if rkind == "cap" and start != "strong" and _ENDS_HERE.match(x.doc.text, x.r_end):
        # "a weak package with weak.Pointer.": the sentence that would open there is the
        # one word, a thing of code more likely
        return x.maybe()
    if short and lword and len(l_core) >= 4 and prose_after:
        # "his bench spot.Up front": a word, a period, then a short word and more prose
        short = not lex.is_word(r_core.casefold())
    if (lword or x.lseen or start is not None) and not short:
        return x.edit(f'{sure}: "{left}{x.punct}" ends a sentence{quote_note}')
    if (
        len(l_core) >= 4
        and rkind == "cap"
        and len(x.r_humps) == 1
        and len(bare(first)) >= 3
        and lex.is_made_of_words(l_core)  # no module: "pathlib.Path", "pytest.Item"
    ):
        # "the breakaway.Norway had": a plain lower-case word, then a Capitalised one
        return x.edit(f'{sure}: a word, a period, then "{right}"{quote_note}')
    return x.maybe()


def _date_or_place_ends(x: _Gap, prose_after: bool) -> _Found | None:
    """A lost space after a date or a place that ends many sentences, when a plain word
    follows it (or, after a date, a Capitalised one and prose); else None."""
    lkind, l_core, r_core = x.lkind, x.l_core, x.r_core
    if (
        len(x.r_humps) == 1
        and (
            (lkind == "cap" and nm.fold(l_core) in _ends_sentences())
            or (lkind == "acr" and l_core in _PLACE_ACRONYMS)
        )
        and (
            x.lex.is_word(r_core.casefold())
            or (prose_after and not x.quotes and nm.fold(l_core) in nm.calendar())
        )
    ):
        # "in March.Economists", "in Madrid.Police", "in the UK.Tracks like": a date or a
        # place ends many sentences and is no code namespace; a plain word follows, or,
        # after a date, a Capitalised one and more prose ("on Friday.Paralympic sprinter").
        return x.edit(f'{x.sure}: "{x.left}" (a date or place) ends a sentence{x.quote_note}')
    return None


def _date_starts(x: _Gap, prose_after: bool) -> _Found | None:
    """A lost space before a day or a month spelt out with its possessive, when prose
    follows; else None."""
    if (
        x.capitalised_pair()
        and len(x.l_core) >= 4
        and x.right != x.r_core
        and x.r_core in _DATES
        and x.r_core != "May"  # a verb too
        and prose_after
    ):
        # "Edwards & Sons.Friday's growth estimate": a day's or a month's possessive
        # opens the sentence; no namespace's name takes one ("Month.January in the enum")
        return x.edit(f'{x.sure}: a period, then the date "{x.right}"{x.quote_note}')
    return None


def _name_then_word(x: _Gap, nxt_m: regex.Match[str] | None, prose_after: bool) -> _Found | None:
    """A lost space after a name that is no word, when a word or a name and prose follow,
    or a person's name; else None."""
    lex, right, first, lkind, l_core, r_core = x.lex, x.right, x.first, x.lkind, x.l_core, x.r_core
    sure = x.sure
    if (
        len(x.r_humps) == 1
        and not x.quotes
        and ((lkind == "acr" and len(l_core) >= 3) or (lkind == "cap" and len(l_core) >= 4))
        and nm.fold(l_core) not in _TAKES_A_PERIOD
        and nm.fold(l_core) not in nm.titles()
        and nxt_m is not None
        and len(bare(first)) >= 3
        and not x.lword
    ):
        # The period is there and prose goes on after the Capitalised word: a word after
        # a name, then a lower-case word ("GDP.Lenders which", "Acmeair.Wine magnate";
        # "System.Collections namespace" has a word on the left), or a given name that
        # opens a full name ("Whitner.Helen Rose-Hill"); after a word of four letters,
        # only the full name ("Hill.Lindsay Okoro").
        short = lkind == "cap" and len(l_core) == 4
        if prose_after and not short and (lex.is_word(r_core) or _plain_name(r_core, x.rseen)):
            # "Acmeair.Wine magnate", "Zambezi.Chilean cyclist": a word or a name, then prose
            # ("Paris.Xyzzyq for details" names something else)
            kind = "word" if lex.is_word(r_core) else "name"
            return x.edit(f'{sure}: a period, then the {kind} "{right}" and prose{x.quote_note}')
        after = nxt_m.group(1)
        rf = nm.fold(r_core)
        if after[:1].isupper() and (rf in nm.person_given_names() or rf in nm.titles()):
            # "Whitner.Helen Rose-Hill", "Smith.Coach Ann Okoro", "Okeke.Olivier Whitner"
            return x.edit(f'{sure}: a period, then the name "{right} {after}"')
        if (
            after[:1].isupper()
            and lex.is_word(r_core)
            and nm.fold(after) in nm.given_names()
            and not short
        ):
            # "Whitner.Referee Ann Okoro", "Okeke.Producers Ann Lee"
            return x.edit(f'{sure}: a period, then "{right}" and the name "{after}"')
    return None


def _name_ends(x: _Gap, nxt_m: regex.Match[str] | None, prose_after: bool) -> _Found | None:
    """A lost space after a word that ends a name of Capitalised words, when prose or a
    person follows; else None."""
    if (
        len(x.r_humps) == 1
        and not x.quotes
        and x.lkind == "cap"
        and x.lword
        and len(bare(x.first)) >= 3
        and nxt_m is not None
        and _closes_name(x.doc, x.l_start, x.lex)
        and (
            prose_after
            or (nxt_m.group(1)[:1].isupper() and nm.fold(nxt_m.group(1)) in nm.given_names())
            or (nxt_m.group(1)[:1].isupper() and nm.fold(x.r_core) in nm.person_given_names())
        )
    ):
        # "around Aberdeen Square.Inspired by the", "Norvane Savings Bank.Deposit rates":
        # a word that ends a name of Capitalised words, a period, then prose or a person
        # ("Harbour Film Awards.Harriet Okoro and")
        return x.edit(f'{x.sure}: "{x.left}" ends a name, then a sentence{x.quote_note}')
    return None


def _place_starts(x: _Gap, nxt_m: regex.Match[str] | None) -> _Found | None:
    """A lost space before a place that is no English word and more words; else None."""
    if (
        x.capitalised_pair()
        and len(x.l_core) >= 4
        and _plain_place(x.r_core, x.lex)
        and nxt_m is not None
    ):
        # "at both Opens.Kenya's Ann Okeke": a period, then a place
        # that is no English word and more words (a namespace has no place names)
        return x.edit(f'{x.sure}: a period, then the place "{x.right}"{x.quote_note}')
    return None


def _list_then_label(x: _Gap) -> _Found | None:
    """A lost space between the last item of a list and a label the text writes
    elsewhere; else None."""
    if x.capitalised_pair() and x.doc.label_after_item(x.l_start, x.r_start, x.r_end):
        # "Tom Latimer, Okeke.Subs Not Used: Whitner": the last item of a list, then a
        # label that the text writes elsewhere
        return x.edit(f'{x.sure}: "{x.left}" ends a list, "{x.right}" labels the next one')
    return None


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
    nxt = None if right_m is None else _WORD_AFTER.match(doc.text, right_m.end())
    if (
        right == "A"
        and nxt is not None
        and len(nxt.group(1)) >= 3
        and nxt.group(1).islower()
        and nxt.group(1) not in _RATED
    ):
        # "rose by 300%A patch has been": the article opens a sentence ("100%A grade" rates)
        return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then "A {nxt.group(1)}"'
    if right == "A":
        return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
    if right.isupper():
        # "fell 1.9%BYD, the carmaker", "below 0.1%NASA's centre": a well-known acronym
        # or one the text writes on its own ("0%APR" is a rate's name)
        if first in doc.lex.acronyms or seen:
            return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then "{first}"'
        if len(first) >= 4 and not doc.lex.is_word(first.lower()) and _subject_after(doc, right_m):
            # "hit 35.6%CBRE, which compiled the figures": an acronym of four letters or
            # more, no word, that a clause or a verb follows opens a sentence
            return (
                m.end(),
                EDIT,
                f'lost ". " in "{glued}": a percentage, then "{first}" and a clause',
            )
        return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
    if doc.lex.starter(first) == "strong" or doc.lex.is_word(first) or seen:
        return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then "{first}"'
    if len(parts) == 1 and len(first) >= 3 and nxt is not None and nxt.group(1)[:1].islower():
        # "added 1.8%Fortescue jumped": a name that prose follows opens the next sentence
        return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then "{first}" and prose'
    if (
        len(parts) == 1
        and nxt is not None
        and nxt.group(1)[:1].isupper()
        and nm.fold(first) in nm.person_given_names()
    ):
        # "easing to 5.9%Richard Donnell, research director": a person's full name
        return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then a full name'
    return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'


# Words that a grade of "A" rates, after a percentage ("100%A grade").
_RATED = frozenset(["grade", "grades", "rating", "ratings", "level", "levels", "class", "list"])


def _subject_after(doc: _Document, right_m: regex.Match[str] | None) -> bool:
    """A clause or a verb follows the token of ``right_m`` (:data:`_CLAUSE_AFTER`)."""
    return right_m is not None and _CLAUSE_AFTER.match(doc.text, right_m.end()) is not None


# A dateline before its agency's bracket: a place in capitals at the start of a line, and
# maybe a date ("KOCHI, Jan 12 (", "NEW DELHI (").
_DATELINE = regex.compile(r"\p{Lu}{2}[\p{Lu} .'\u2019-]{1,40}+(?:,[^\n(),]{1,40}+){0,2}+")
_AGENCY = regex.compile(r"\p{Lu}[\p{L}]{1,15}+")


def dateline_bracket(text: str, pos: int) -> bool:
    """The bracket closing at ``pos`` names the agency of a dateline ("KOCHI, Jan 12
    (PTI)The Kochi..."): the story goes on after it with no period, so a glued word
    there lost only its space.

    >>> dateline_bracket("KOCHI, Jan 12 (PTI)The metro", 18), dateline_bracket("a (PTI)The", 6)
    (True, False)
    """
    line = text.rfind("\n", max(0, pos - _BRACKET_REACH), pos) + 1
    opened = text.rfind("(", line, pos)
    return (
        opened > line
        and text[opened - 1] == " "
        and _AGENCY.fullmatch(text, opened + 1, pos) is not None
        and _DATELINE.fullmatch(text, line, opened) is not None
    )


# An acronym or a ticker in brackets after a name ("(IMF)", "(OPEC+)", "(1913.HK)").
_BRACKETED_CODE = regex.compile(r"[\p{Lu}\p{N}][\p{Lu}\p{N}.+&-]{1,11}+")
_BRACKETED_NUMBER = regex.compile(r"\p{Sc}?\d[\d,.]*\d(?:%|[kmb]n?)?")
# How far back on its line a closing bracket's opening one is looked for.
_BRACKET_REACH = 200


# The character that opens what each closer closes.
_OPENERS = {")": "(", '"': '"', "\u201d": "\u201c"}
# How far back on its line the straight quotes before one are counted (to tell whether
# it opens a quotation); a line that starts further back leaves the quote undecided.
_QUOTE_REACH = 2_000
# Words that a quotation follows inside a sentence ('the so-called"Big Three"', 'a
# campaign dubbed"Operation Sandstorm"'): a word glued to the quotation is no sentence's end.
_QUOTE_INTRODUCERS = frozenset(
    [
        "called", "dubbed", "named", "nicknamed", "titled", "entitled", "labelled", "labeled",
        "branded", "termed", "marked", "stamped", "headlined", "captioned", "reads", "read",
        "reading", "says", "said", "saying", "word", "words", "phrase", "term", "slogan",
        "motto", "as", "of", "the", "a", "an", "and", "or", "to", "from", "with", "like", "by",
        "in", "on", "at", "for", "about", "than", "then",
    ]
)  # fmt: skip
# The words of a quotation up to where it closes on its line ("Low and slow").
_QUOTED = regex.compile(r'[^"\u201d\n]{1,400}+(?=["\u201d])')


class _After(NamedTuple):
    """The word after a junction of a bracket or a quotation: the word (without its
    possessive), its humps, the first hump as a sentence would start with it, and whether
    a lower-case word (prose) follows it."""

    right: str
    parts: list[str]
    first: str
    prose_after: bool


def _word_after_junction(text: str, at: int, c_end: int) -> _After | None:
    """:class:`_After` for the word at ``at`` in the chunk ending at ``c_end``, or None
    when no word stands there."""
    right_m = _TOKEN.match(text, at, c_end)
    if right_m is None:
        return None
    right = _strip_possessive(right_m.group())
    parts = humps(right) or [right]
    nxt = _WORD_AFTER.match(text, right_m.end())
    return _After(right, parts, bare(parts[0]), nxt is not None and nxt.group(1)[:1].islower())


def _opens_quotation(text: str, pos: int) -> bool:
    """Whether the straight double quote at ``pos`` opens a quotation: an even number of
    straight double quotes stands before it on its line (counted up to ``_QUOTE_REACH``
    characters back; a longer line leaves it undecided: False)."""
    lo = max(0, pos - _QUOTE_REACH)
    line = text.rfind("\n", lo, pos)
    if line < 0 and lo > 0:
        return False
    return text.count('"', line + 1, pos) % 2 == 0


def _decide_opening(doc: _Document, m: regex.Match[str], c_end: int) -> _Found | None:
    """Decide 'looks like"It looks like one of us', 'climb steadily\u201cLess is more\u201d
    remains': a lower-case English word glued to a quotation that opens with a
    Capitalised word, the lost ". " before the quotation. An edit when the word may end a
    sentence (no word that introduces a quotation inside one: "so-called", "dubbed",
    "the"), the quotation holds three words or more and its first word surely starts
    sentences or is an English word that prose follows; a suggestion otherwise; never in
    a text that talks code.
    """
    text = doc.text
    pos = m.start()
    left_m = _LEFT_TOKEN.search(text, max(0, pos - 40), pos)
    after = _word_after_junction(text, m.end(), c_end)
    if left_m is None or after is None:
        return None
    left, (right, parts, first, prose_after) = left_m.group(), after
    # "won 6-0, 6-1"I felt", "raised it to 50%"I expect": a score, a number or a
    # percentage ends a sentence
    score = left.isdigit()
    percent = score and text.startswith("%", left_m.end())
    if left_m.end() + percent != pos:
        return None
    # "on Tuesday"We expect", "for the Grizzlies"I don't": a Capitalised word
    titled = left[:1].isupper() and left[1:].islower() and left.isalpha() and len(left) >= 3
    if not ((left.isalpha() and left.islower()) or score or titled) or len(left) < 2 - score:
        return None
    glued = f"{text[left_m.start() : pos]}{m.group(7)}{right}"
    quoted = _QUOTED.match(text, m.end())
    words = len(quoted.group().split()) if quoted is not None else 0
    if titled and (quoted is None or quoted.group()[-1:] not in ",.!?"):
        # after a Capitalised word, only a quotation that reads as a sentence (it closes
        # on its punctuation): 'Hamlet"To be or not to be"' is a title, not a sentence
        return pos, SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
    opens = (
        doc.lex.starter(first) == "strong"
        or (first == "I" and prose_after)  # a quotation opens with "I felt"
        or (not score and doc.lex.is_word(first.lower()) and len(first) >= 3 and prose_after)
    )
    sure = (
        not doc.code
        and len(parts) == 1
        and (score or titled or (len(left) >= 3 and left not in _QUOTE_INTRODUCERS))
        and (score or titled or doc.lex.is_word(left))
        and words >= 3
        and opens
    )
    if sure:
        ending = text[left_m.start() : pos]
        return pos, EDIT, f'lost ". " in "{glued}": "{ending}" ends a sentence, a quotation opens'
    return pos, SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'


# A Capitalised word and lower-case words joined by hyphens ("Lab-grown", "Year-on-year").
_HYPHENATED_WORD = regex.compile(r"\p{Lu}\p{Ll}++(?:-\p{Ll}++)++(?![\p{L}\p{N}-])")


def _did_after(doc: _Document, at: int, right: str) -> bool:
    """A verb in the past follows the name ``right`` written at ``at`` ("(in the
    pits)Norris complained"): the name is the subject of a new sentence."""
    nxt = _WORD_AFTER.match(doc.text, at + len(right))
    return nxt is not None and _Around.acted_word(doc.lex, nxt.group(1))


def _decide_bracket(
    doc: _Document, m: regex.Match[str], c_end: int, closer: str = ")"
) -> _Found | None:
    """Decide "(left ankle sprain)The team", "Fund (IMF)Economy": a bracket of prose
    (words and a blank inside) or of an acronym, opened on the same line, that closes a
    sentence glued to a Capitalised word
    that starts sentences, or to an English word that prose follows; a suggestion when
    the word is another, or in a text that talks code; None when the bracket holds no
    words ("(s)He", "(Re)Search"), opens nowhere before or right after a word ("f(a,
    b)Then"). A bracket of one other token of three characters or more ("(QIBs)The",
    "(NaCl)Scientists") needs a word that surely starts sentences after it.

    A quotation that closes ('as "robustly profitable"A tender offer') is read the same
    way (``closer``: the double quote that closes it, straight or curly).
    """
    text = doc.text
    pos = m.start()
    lo = max(0, pos - _BRACKET_REACH)
    line = text.rfind("\n", lo, pos) + 1 or lo  # the line's start, or as far as is read
    opener = _OPENERS[closer]
    opened = text.rfind(opener, line, pos)
    if opened < 0 or closer in text[opened + 1 : pos]:
        return None
    if closer == '"' and text.count('"', line, pos) % 2 == 0:
        return None  # the straight quote opens a quotation: '"Hi"There"' is unclear
    if opened > line and not (text[opened - 1].isspace() or text[opened - 1] in "([{"):
        return None  # a call in code, "f(a, b)Then", or a word's own bracket
    inside = text[opened + 1 : pos]
    words = " " in inside.strip() and any(c.isalpha() for c in inside)
    # an acronym or a ticker ("(IMF)"), or a number of two digits or more ("(4,870)",
    # "(2019)", "($4.5m)"; "(1)" and "(a)" number a list's items)
    coded = (
        _BRACKETED_CODE.fullmatch(inside) is not None
        or _BRACKETED_NUMBER.fullmatch(inside) is not None
    )
    # one other token of three characters or more ("(QIBs)", "(NaCl)", "(bps)"): only a
    # word that surely starts sentences may follow it ("(s)He", "(Re)Search" are words)
    token = len(inside) >= 3 and " " not in inside and any(c.isalpha() for c in inside)
    if not (words or coded or token):
        return None
    after = _word_after_junction(text, m.end(), c_end)
    if after is None:
        return None
    right, parts, first, prose_after = after
    glued = f"{inside.split()[-1]}{closer}{right}"
    if dateline_bracket(text, pos):
        return m.end(), EDIT, f'lost space in "{glued}": a dateline\'s agency, then "{first}"'
    hyphenated = _HYPHENATED_WORD.match(text, m.end())
    if hyphenated is not None and "-" in hyphenated.group():
        # "(of the year)Lab-grown stones fell": a compound whose first word opens it
        nxt = _WORD_AFTER.match(text, hyphenated.end())
        prose_after = nxt is not None and nxt.group(1)[:1].islower()
    if len(parts) > 1 and not doc.known(right):
        return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
    # the word after the bracket is the subject of a sentence: a verb in the past, a verb
    # of speech, a modal or a clause follows it
    subject = _did_after(doc, m.end(), right) or _subject_after(doc, _TOKEN.match(text, m.end()))
    if right.isupper() and len(right) >= 3:
        # "(but not yet in the EU)BASF said", "(known as Argo)NASA scientists": after a
        # bracket of prose, an acronym that is a subject, or a well-known one that prose
        # follows, opens a sentence ("(see below)BBC News is" is only suggested)
        known = right in doc.lex.acronyms and prose_after
        if (words or (coded and subject)) and closer == ")" and not doc.code and (subject or known):
            return (
                m.end(),
                EDIT,
                f'lost ". " in "{glued}": a bracket ends a sentence, then "{right}"',
            )
        return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
    starts = doc.lex.starter(first)
    if not doc.code and (
        starts == "strong"
        or ((words or coded) and doc.lex.is_word(first.lower()) and len(first) >= 3 and prose_after)
        or ((words or coded) and closer == ")" and first in ("A", "I") and prose_after)
        or ((words or coded) and closer == ")" and len(first) >= 3 and subject)
    ):
        what = "a bracket" if closer == ")" else "a quotation"
        return m.end(), EDIT, f'lost ". " in "{glued}": {what} ends a sentence, then "{first}"'
    return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
