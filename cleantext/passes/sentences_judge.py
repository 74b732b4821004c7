"""Judging glued junctions for :mod:`cleantext.passes.sentences`: "industryDeepSeek", "AIThe".

:class:`_Judge` weighs the evidence for a lost ". " at each junction of a token that
:mod:`~cleantext.passes.sentences_glued` found and cut in humps, and :func:`_decide_glued`
returns the repairs and suggestions. Private to the sentences pass.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_evidence import (
    _REPORTING_VERBS,
    _Counts,
    _Document,
    _strip_possessive,
)
from cleantext.passes.sentences_glued import (
    _ALNUM_ACRONYM,
    _YEAR,
    UNITS,
    _in_capitals,
    _junction_word,
    _kinds,
    _known_acronym_after_word,
    _Occ,
    _plain,
    _surely_no,
)
from cleantext.passes.sentences_lexicon import INNER_CAP, bare, humps
from cleantext.passes.sentences_words import (
    _ABBREVIATED_PART,
    _CLAUSE_OPENERS,
    _CLAUSE_WORDS,
    _CLOSING_WORDS,
    _DETERMINERS,
    _FIRM_SUFFIXES,
    _FUNCTION_WORDS,
    _IDENTIFIER_ENDS,
    _LAST_AFTER_BE,
    _LISTED_REACH,
    _LOOK_AFTER,
    _NAME_ENDS,
    _NO_SUBJECT_AFTER,
    _OBJECT_BEFORE,
    _PERSON_TITLES,
    _PLACE_OPENERS,
    _SELDOM_LAST,
    _SPEECH_VERBS,
    _SUBJECTS,
    _TITLES,
    _Around,
    _people_of,
    _plain_place,
)

_ROMAN = regex.compile(r"[IVXLC]++")
_SCORE = regex.compile(r"\p{N}-")
# A market report's subject after a ticker: its shares and how they moved ("ULVR shares
# rose 2%"): the ticker opens a sentence.
_SHARES_MOVED = regex.compile(
    r" (?:shares|stock) (?:rose|fell|jumped|climbed|gained|slid|dropped|tumbled|surged|sank"
    r"|closed|ended|opened|edged|slipped|soared|plunged|rallied|rebounded|advanced|declined"
    r"|were|have|had|traded|lost|added)\b"
)
# A model's designation ends before a number: "F-", "KC-", "MiG-" in "F-35As", "KC-46As"
# ("G-" names a group of nations: "the G-20As leaders met" lost its period)
_DESIGNATION = regex.compile(r"(?<![\p{L}\p{N}-])(?!G-)\p{L}{1,3}-\Z")
EDIT, SUGGEST, NONE = 2, 1, 0


# A digit and a decimal point (or comma) right before a token: it is a decimal's fraction.
_DECIMAL_BEFORE = regex.compile(r"\d[.,]")


# One or two Capitalised words, then a sentence's end: the rest of a name.
_NAME_TO_THE_END = regex.compile(r"(?: \p{Lu}[\p{L}'\u2019-]*+){1,2}[.!?](?:\s|\Z)")
# What follows a key of code and not a sentence's last word: a value after a colon, an
# equals sign or a call's bracket ("restartPolicy: Always", "maxRetries=3", "useState()").
_KEYED = (": ", ":\n", "=", "(")


class _Verdict(NamedTuple):
    level: int
    priority: int
    note: str


_NO = _Verdict(NONE, 0, "")
_NO_SPLITS: frozenset[int] = frozenset()
# A chemical element's symbol with a count or a variable ("Na", "Cl2", "Nax"): a token
# made of them is a formula.
_ELEMENT = regex.compile(
    r"(?:H|He|Li|Be|B|C|N|O|F|Ne|Na|Mg|Al|Si|P|S|Cl|Ar|K|Ca|Sc|Ti|V|Cr|Mn|Fe|Co|Ni|Cu|Zn"
    r"|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Y|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Te|I|Xe|Cs|Ba|La|Ce|Nd"
    r"|Sm|Eu|Gd|Dy|Er|Yb|Lu|Hf|Ta|W|Re|Os|Ir|Pt|Au|Hg|Tl|Pb|Bi|Po|Rn|Ra|U|Pu)"
    r"(?:\d{1,3}|[xyzn])?"
)
# An amount of money as a glued token's first part writes it ("12bn", "3.5m", "40k").
_AMOUNT = regex.compile(r"\d[\d.,]*+(?:bn|m|k|tn|trn)")

# A clause or a verb after a name: a comma and a relative pronoun or an article ("CBRE,
# which", "Mokoena, the union's"), or a verb of speech or a modal.
_CLAUSE_AFTER = regex.compile(
    r"(?:,[ \t]++(?:who|which|whose|the|a|an)|[ \t]++(?:said|says|told|added|will|would|has|had|"
    r"is|was|reported|announced|estimated|expects|expected))\b"
)
# The legal forms that end a firm's name ("Acme Ltd", "Zorb LLC").
_FIRM_ENDS = frozenset(["Ltd", "Inc", "Plc", "PLC", "LLC", "LLP", "Corp", "Pty"])
# A period of the calendar written as a code ("Q3", "H1", "FY24", "FY2025").
_PERIOD_CODE = regex.compile(r"[QH][1-4]|FY\d{2}(?:\d{2})?+")
# A currency sign and the digits of its amount right before a glued token's number ("£" of
# "£55mOkafor", "€1," of "€1,999Samsung"), within a short reach.
_MONEY_BEFORE = regex.compile(r"[£$€¥₹][\d.,]*+\Z")
_MONEY_REACH = 16
# Words an amount of money may be written with, glued ("$5Million", "£20Pounds").
_MONEY_WORDS = frozenset(
    ["million", "millions", "billion", "billions", "trillion", "thousand", "crore", "crores",
     "lakh", "lakhs", "pounds", "pound", "dollars", "dollar", "euros", "euro", "rupees",
     "rupee", "pence", "cents", "yen", "yuan", "naira", "rand", "shillings", "mill", "mln",
     "mio", "mrd"]
)  # fmt: skip

# A name that opens with a lower-case prefix ("uMkhonto", "eThekwini", "iPhone").
_LOWER_PREFIXED = regex.compile(r"\p{Ll}{1,3}\p{Lu}\p{Ll}+")
# Verbs that open a predicate after a plural subject ("Tickets are", "Police say").
_PREDICATES = frozenset(
    [
        "are", "were", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "should", "said", "say", "voted", "made", "start", "started", "began",
        "remain", "remained", "rose", "fell", "went", "came", "told", "warned", "urged",
        "called", "expect", "expected", "include", "included", "cost", "need", "needed",
        # an adverb that opens a predicate, and verbs of crowds and of reports
        "later", "also", "then", "often", "still", "now", "lined", "gathered", "queued",
        "cheered", "packed", "flocked", "turned", "took", "found", "spent", "waited",
        "arrived", "reported", "welcomed", "praised", "criticised", "criticized",
    ]
)  # fmt: skip
# The second words of titles that a name follows ("Prime Minister", "Home Secretary").
_TITLE_HEADS = frozenset(
    ["Minister", "Secretary", "Chancellor", "Commissioner", "Governor", "Ambassador", "President"]
)
# The word after the token's next word: the name a title goes before.
_WORD_AFTER_NEXT = regex.compile(r"[ \u00a0]++[^\s]++[ \u00a0]++([\p{L}][\p{L}'\u2019-]*+)")
# Words that join two like things: right after a weak starter they confirm no sentence.
# Nouns that a name in camel case goes before ("the MyFloridaLicense website"): a name's
# last hump before one of them ends no sentence.
_NAMED_THINGS = frozenset(
    [
        "website", "site", "app", "apps", "portal", "platform", "program", "programme",
        "programs", "service", "services", "account", "accounts", "scheme", "card", "tool",
        "tools", "system", "page", "database", "network", "initiative", "campaign", "store",
        "hotline", "helpline", "fund", "project", "team", "software", "device",
    ]
)  # fmt: skip
# Pronouns whose 's is no "is" or "has" ("You's", not "It's"): a name's last part owns.
_OWNED_PRONOUNS = frozenset(["You", "We", "They", "Us", "Them", "Me"])
_OWNS = regex.compile(r"['\u2019]s(?![\p{L}\p{N}])")
# A number right before a unit: digits, maybe a space or a degree sign ("31°", "300 ").
_NUMBER_BEFORE = regex.compile(r"\d[ \u00a0\u00b0]?\Z")
# A number and its unit in one hump ("20kg", "141.2p"; the hump holds the digits after a
# decimal point).
_DIGITS_UNIT = regex.compile(r"\d++([\p{L}]{1,3})")
_JOINERS = frozenset(["and", "or", "nor"])
# Capitalised words that can be a sentence of their own ("Yes.", "Thanks."), a reply or a
# cry.
_ONE_WORD_SENTENCES = frozenset(
    [
        "yes", "no", "indeed", "thanks", "absolutely", "exactly", "right", "okay", "sure",
        "really", "wow", "hello", "goodbye", "agreed", "done", "correct", "true", "false",
        "never", "always", "maybe", "perhaps", "sorry", "enough", "why", "what", "how",
        "where", "when", "who",
    ]
)  # fmt: skip

# A glued token written this many times in a text is a name of it, whatever it ends in.
_NAMED_TIMES = 3


# What decides a token, beside its humps: the word after it, the splits of the previous
# round, and the characters that the rules read right before and after it.
_Key = tuple[tuple[str, ...], str, frozenset[int], str, str]
_CONTEXT_BEFORE = _LISTED_REACH
_CONTEXT_AFTER = _LOOK_AFTER
_SUPERSCRIPT_DIGITS = frozenset("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


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
        seen: dict[_Key, list[tuple[int, int, str]]] = {}
        for i, occ in enumerate(occs):
            # tokens spelt alike, with the same words around them, are decided once
            end = occ.offsets[-1] + len(occ.humps[-1])
            key = (
                occ.humps,
                occ.next,
                prev.get(i, _NO_SPLITS),
                doc.text[max(0, occ.start - _CONTEXT_BEFORE) : occ.start],
                doc.text[end : end + _CONTEXT_AFTER],
            )
            found = seen.get(key)
            if found is None:
                found = _doubtful_as_suggestions(
                    doc, occ, _Judge(doc, occ, key[2]).split(0, len(occ.humps))
                )
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


# Words no sentence ends on: an article, a possessive or a conjunction that wants words
# after it. A preposition may ("the one he wants to.", "sort of."), and a subject ("said
# he."), but not at the end of a camel-case name ("TheyWorkFor", "FixMy").
_NEVER_LAST_ALONE = frozenset(
    ["the", "a", "an", "my", "your", "our", "their", "whose", "every", "and"]
)
_NEVER_LAST = _NEVER_LAST_ALONE | frozenset([
    "its", "for", "of", "to", "with", "from", "by", "at", "into", "onto", "or", "but",
    "if", "he", "she", "they", "we", "i",
])  # fmt: skip


def _doubtful_as_suggestions(
    doc: _Document, occ: _Occ, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``found`` with the repairs that would end a sentence where none ends made
    suggestions: two lost ". " in one token make a sentence of the words between them
    ("He. For. She" in "HeForShe"); a sentence would end on an article, a possessive or
    "and" ("and. Then" in "andThen"), or on a camel-case word that no lexicon or the text
    knows and that ends on a word no sentence ends on ("FixMy. Street", "TheyWorkFor.
    You"). "OpenAIThe", "WorldComThe" and "PiggyVestBoth" still split.
    """
    repairs = sorted(k for k, level, _ in found if level == EDIT)
    if not repairs:
        return found
    doubt: set[int] = set(repairs) if len(repairs) >= 2 else set()
    start = 0
    for k in repairs:
        # the last word of the sentence the repair ends, humps start..k
        word = occ.humps[k - 1].casefold()
        if k - start == 1 and word in _NEVER_LAST_ALONE:
            doubt.add(k)
        elif k - start >= 2 and word in _NEVER_LAST:
            last = _strip_possessive(occ.segs[(start, k)])
            if not (doc.lex.is_known(last) or last in doc.vocabulary):
                doubt.add(k)
        start = k
    out = []
    for k, level, note in found:
        if k in doubt and level == EDIT:
            level, note = SUGGEST, note + " (no sentence ends there?)"
        out.append((k, level, note))
    return out


def _parts(occ: _Occ, splits: frozenset[int]) -> list[str]:
    bounds = [0, *sorted(splits), len(occ.humps)]
    return [occ.segs[(a, b)] for a, b in itertools.pairwise(bounds)]


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


def _doubted(note: str, but: str) -> str:
    """The note of an edit made a suggestion, for the reason ``but`` against it."""
    doubt = note.replace("lost", "possibly a lost", 1)
    return f"{doubt}; but {but}"


class _Junction(NamedTuple):
    """What the rules weigh at one junction of a token (see :meth:`_Judge.junction`)."""

    a: int  # the humps a..k and k..b on either side of the junction
    k: int
    b: int
    lkind: str  # the kind of the left side: the hump's kind, or "camel" for several humps
    rkind: str  # the kind of hump k
    last: str  # hump k - 1
    first: str  # the word a lost ". " would start
    left: str  # humps a..k and k..b joined
    right: str
    token: str  # humps a..b joined
    start: str | None  # "strong", "weak" or None: ``first`` starts sentences
    strong: bool
    confirmed: bool  # the word after the token says a weak starter starts a sentence
    nxt: str  # the word after the token if the right side ends it, else ""
    rword: bool  # the right side is one Capitalised English word of three letters or more
    rseen: _Lazy  # the right side is a word used on its own
    lseen: _Lazy  # the left side is a word used on its own
    why: tuple[str, ...]  # the reasons every verdict on the junction gives

    def because(self, *more: str) -> _Junction:
        """The same junction with reasons ``more`` after its own."""
        return self._replace(why=(*self.why, *more))


class _Judge(_Around):
    """Weighs the evidence for each junction of one token."""

    def __init__(self, doc: _Document, occ: _Occ, prev: frozenset[int]) -> None:
        super().__init__(doc, occ)
        self.h = occ.humps
        self.n = len(occ.humps)
        self.kinds = _kinds(occ.humps)
        self.lower_first = occ.humps[0][:1].islower()  # as names in code ("reportUsage")
        self.bounds = sorted({0, self.n, *prev})
        self.span = (0, self.n)

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
        if self.one_word(a, b):
            return []
        best = self.best_junction(a, b)
        if best is None:
            return []
        k, verdict = best
        if verdict.level == EDIT and (a, b) == (0, self.n):
            doubt = self.one_name(a, b, k, verdict)
            if doubt is not None:
                return [doubt]
        if verdict.level != EDIT:
            return [(k, SUGGEST, verdict.note)]
        if self.one_word_sentence(a, k):
            # "trees. ScotRail said", "Separately, LondonMetric": a lost ". " would leave
            # a sentence of one Capitalised word, "Scot."; a name in camel case is likelier
            # (a reply may be one word: "Yes.The")
            alone = f'"{self.h[0]}." would be a sentence of one word'
            return [(k, SUGGEST, _doubted(verdict.note, alone))]
        lone = self.lone_part(a, k, b)
        if lone is not None:
            # a sentence ends with a word and the next opens with one: a part of several
            # humps that is no word of its own makes the token a name ("readableDidRead",
            # "asymmetricKeyDetails", "OnStreamRead")
            return [(k, SUGGEST, _doubted(verdict.note, f"{lone!r} is no word of its own"))]
        left = self.split(a, k)
        right = self.split(k, b)
        return [*left, (k, EDIT, verdict.note), *right]

    def one_word_sentence(self, a: int, k: int) -> bool:
        """A lost period before hump k would leave the token's first hump, a Capitalised
        word that no reply is ("Yes", "Thanks"), as a sentence of its own."""
        return (
            a == 0
            and k == 1
            and self.kinds[0] == "cap"
            and self.h[0].lower() not in _ONE_WORD_SENTENCES
            and self.opens_sentence()
        )

    def one_word(self, a: int, b: int) -> bool:
        """Whether humps a..b make one word that no lost period splits: a known word, a
        whole token that is a display name or on a line of data, a token whose junctions
        the word lists rule out, or one used elsewhere or written often."""
        # A token used elsewhere is a word ("OptInRealBig", "notBefore" twice), unless it
        # ends in a word that never ends a sentence: "saidThe" twice is the same lost
        # period twice.
        ends_opener = self.kinds[b - 1] == "cap" and bare(self.h[b - 1]) in self.lex.never_last
        if self.known(a, b) or (
            (a, b) == (0, self.n) and (self.display_name() or self.data_line())
        ):
            return True
        if all(self.surely_no(a, k, b) for k in range(a + 1, b)):
            return True  # whatever the evidence says ("McLetchie"): no need to count
        if not ends_opener and self.seen(a, b):
            return True
        # "BufRead", "updatedAt" three times: a name, not one lost period thrice (but
        # "EuropeHowever" ends in a word that only opens sentences, however often)
        return (
            bare(self.h[b - 1]) not in self.lex.never_last
            and self.doc.counts[_strip_possessive(self.occ.segs[(a, b)])] >= _NAMED_TIMES
        )

    def best_junction(self, a: int, b: int) -> tuple[int, _Verdict] | None:
        """The junction inside humps a..b with the strongest verdict, and that verdict: the
        highest level, then priority, then the rightmost; None when every one says no."""
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
        return best

    def one_name(self, a: int, b: int, k: int, verdict: _Verdict) -> tuple[int, int, str] | None:
        """A suggestion in place of the edit ``verdict`` at ``k`` of humps a..b, the whole
        token, when the token reads as one name; None when it does not."""
        whole = _strip_possessive(self.occ.segs[(a, b)])
        near = self.lex.near_known(whole)
        if near is not None:  # "DaimerChrysler": a misspelt name, not two sentences
            return (k, SUGGEST, _doubted(verdict.note, f"{near!r} is one letter away"))
        other = whole[:1].swapcase() + whole[1:]
        if whole.isalpha() and self.doc.writes(other):
            # "softSurfer" and "SoftSurfer makes no warranty": one name, its first
            # letter's case aside
            return (k, SUGGEST, _doubted(verdict.note, f"{other!r} is written elsewhere"))
        return None

    def lone_part(self, a: int, k: int, b: int) -> str | None:
        """The first side of an edit at ``k`` of humps a..b that would stand alone and is
        no word of its own (:meth:`whole` says no); None when there is none."""
        # (a word that never ends a sentence, "The", opens one whatever comes before it:
        # "at ZorbCorpThe merger"; a name that prose follows may open one too:
        # "storesZorbKW said", but not "bigFileThreshold)")
        opener = b - k == 1 and (
            bare(self.h[k]) in self.lex.never_last
            # "according to CoinGeckoThat is a small fraction": a word that opens clauses,
            # then prose
            or (
                b == self.n
                and (bare(self.h[k]) in _CLAUSE_OPENERS or bare(self.h[k]) in ("That", "It"))
                and self.prose_after()
            )
        )
        sides = [] if opener or self.name_then_sentence(a, k, b) else [(a, k)]
        if not (b == self.n and self.prose_after()):
            sides.append((k, b))
        lone = [self.occ.segs[(x, y)] for x, y in sides if not self.whole(x, y)]
        return lone[0] if lone else None

    def name_then_sentence(self, a: int, k: int, b: int) -> bool:
        """Humps a..k are a name of two Capitalised humps ("CoinDesk", "BitGo") and humps
        k..b end the token with a known name in camel case ("PayPal") or an English word of
        six letters or more that a lower-case word follows ("Inventory remained"; not
        "GreenFairyDotcom, Londonist"): the name ends one sentence and the rest opens the
        next, whether or not the name is known."""
        if k - a != 2 or b != self.n or not all(kind == "cap" for kind in self.kinds[a:k]):
            return False
        if b - k >= 2:
            return self.known(k, b)
        word = bare(self.h[k])
        return (
            len(word) >= 6
            and self.lex.is_word(word.lower())
            and self.occ.next[:1].islower()
            and self.occ.next not in _NAMED_THINGS
        )

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

    def surely_no(self, a: int, k: int, b: int) -> bool:
        """Whether :meth:`judge` says no at ``k`` by the word lists alone."""
        return _surely_no(self.h, self.kinds, self.lex, self.occ.next, a, k, b)

    def judge(self, a: int, k: int, b: int) -> _Verdict:
        """The verdict on a lost ". " between humps a..k and k..b.

        The first rule that answers wins: the families of rules below are asked in this
        order, by the kinds of the two sides, and each asks its own rules in order.
        """
        if self.token_says_no(a):
            return _NO
        first = _junction_word(self.h, self.kinds, a, k, b)
        if first is None or self.crossed(a, k, b):
            return _NO
        x = self.junction(a, k, b, first)
        if x is None:
            return _NO
        if a == 0 and k == 1 and b - k == 1 and self.unit_of_number():
            verdict = self.unit_then_word(x)
            if verdict is not None:
                return verdict
        if (
            x.left.endswith(("'s", "\u2019s"))
            and not (x.strong or x.confirmed or x.rkind == "acr")
            and x.nxt.rstrip(":,") not in _REPORTING_VERBS
        ):
            # "last week'sHarbour Derby", "St Aldric'sHigh School": a possessive owns the
            # name after it, which lost its space; "St Aldric'sThe ward" and "St
            # Aldric'sOkeke added" end a sentence
            return self.maybe(x, f'"{x.left}" owns what follows: a lost space?')
        if x.rkind == "acr":
            return self.word_then_acronym(x)
        if self.lower_first:
            # "the button was now orderConfirm.", "registerCommand is the entry point": a
            # lost ". " would leave a sentence of one word, "Confirm." or "register."; an
            # identifier in camel case is likelier (a question or a cry may be one word:
            # "haven'tWhy?")
            if b == self.n and b - k == 1 and self.period_after() and not self.titles_name(first):
                return self.maybe(x, f'"{first}." would be a sentence of one word')
            if a == 0 and k == 1 and self.opens_sentence():
                return self.maybe(x, f'"{x.left}." would be a sentence of one word')
            if a == 0 and k == 1 and self.opened_by_determiner():
                # "The livenessProbe only confirms": "The liveness." is no sentence
                return self.maybe(x, f'"{self.word_before} {x.left}." would be no sentence')
        if (
            x.lkind in ("cap", "camel")
            and b == self.n
            and b - k == 1
            and self.period_after()
            and not self.titles_name(first)
        ):
            # "data from CoinShares.", "a portal, VeraLumeNow.": two capitalised words
            # before a period are a name; "Shares." would be a sentence of one word
            return self.maybe(x, f'"{first}." would be a sentence of one word')
        if x.lkind == "lower":
            return self.lower_then_word(x)
        if x.lkind == "num":
            return self.number_then_word(x)
        verdict = self.name_then_word(x)
        if verdict is None:
            verdict = self.name_then_name(x)
        if (
            verdict.level == EDIT
            and x.lkind in ("cap", "camel")
            and b == self.n
            and b - k == 1
            and not x.strong
            and self.word_then_period()
        ):
            # "according to CME's FedWatch tool.": "Watch tool." would be a sentence of two
            # words, likelier a name's end ("AIThe model." opens with a word that surely
            # starts sentences)
            return self.maybe(x, f'"{first} {x.nxt}." would be a sentence of two words')
        return verdict

    def name_then_name(self, x: _Junction) -> _Verdict:
        """Junctions of a Capitalised, camel-case or acronym hump and a Capitalised word
        that :meth:`name_then_word` leaves: by the left hump's kind and the right word."""
        if x.lkind == "camel":
            return self.camel_then_word(x)
        if x.lseen:
            x = x.because(f'"{x.left}" is used on its own')
        if x.start == "weak":
            return self.weak_starter(x)
        if x.lkind == "acr":
            return self.acronym_then_word(x)
        return self.cap_then_cap(x)

    def titles_name(self, first: str) -> bool:
        """``first`` is a title shortened with a period before a name, no sentence's word
        ("contributionsMr. Macron"; "saysMr. The" is no title)."""
        name = self.title_period(first)
        return bool(name) and self.lex.starter(name) is None

    def after_number(self) -> bool:
        """A number stands right before the token, maybe with a space or a degree sign
        ("31°CThat", "300 mDrivers")."""
        start = self.occ.start
        return _NUMBER_BEFORE.search(self.doc.text, max(0, start - 3), start) is not None

    def unit_of_number(self) -> bool:
        """The token's first hump is a unit of measure after a number: alone after one
        ("300 mDrivers") or with its digits ("20kgThe", "141.2pSimon")."""
        first = self.h[0]
        if first in UNITS:
            return self.after_number()
        m = _DIGITS_UNIT.fullmatch(first)
        return m is not None and m.group(1) in UNITS

    def unit_then_word(self, x: _Junction) -> _Verdict | None:
        """Junctions of a unit after a number and a Capitalised word: "peak at 31°CThat
        would", "above 300 mDrivers on", "was 141.2pSimon Williams, the": a word that
        surely starts sentences, an English word that prose follows, or a given name
        before a surname opens the next sentence; else a unit alone says no, and one with
        its digits leaves the junction to the rules of numbers (None)."""
        nxt = x.nxt
        if x.strong:
            return self.edit(x, 2, f'"{x.left}" is a unit after a number')
        if x.rword and nxt[:1].islower():
            return self.edit(
                x, 2, f'"{x.left}" is a unit after a number', f'"{x.first.lower()}" is a word'
            )
        if nxt[:1].isupper() and nm.fold(x.first) in nm.person_given_names():
            return self.edit(
                x, 2, f'"{x.left}" is a unit after a number', f'"{x.first} {nxt}" names a person'
            )
        return None if x.lkind == "num" else _NO  # "400mSotherton has": the numbers' rules

    def token_says_no(self, a: int) -> bool:
        """Whether the token as a whole rules out a lost period at its junctions (from hump
        ``a``): it opens brackets, ends in a word that ends identifiers, shortens a part to
        its consonants as names in code do, writes a chemical formula, or names a firm."""
        if a == 0 and self.occ.start > 0 and self.doc.text[self.occ.start - 1] in "([{":
            # "(BuShe Pie)": the sentence that would end there opens the brackets, one
            # word long; a name that the brackets hold is likelier
            return True
        if bare(self.h[-1]) in _IDENTIFIER_ENDS and not self.occ.next[:1].isupper():
            return True  # "the HTTPConnection is", "a startElement event": an identifier
        if self.h[-1] in _OWNED_PRONOUNS and _OWNS.match(self.doc.text, self.end):
            return True  # "BetterYou's spray": no sentence opens on "You's"; a brand owns
        if self.lower_first and any(
            _ABBREVIATED_PART.fullmatch(h) and h not in _TITLES for h in self.h[1:]
        ):
            # "submitOrderBtn, but", "parseCfgFile": a name in code ("familyMrs Maguire"
            # writes a title)
            return True
        if self.lower_first and _LOWER_PREFIXED.fullmatch(self.word_before):
            return True  # "uMkhonto weSizwe": the second word of a name whose words so open
        if all(_ELEMENT.fullmatch(h) for h in self.h) and (
            self.lex.starter(self.h[-1]) is None
            or self.doc.writes_other(self.occ.segs[(0, self.n)], self.formula)
        ):
            # "NaCl", "NaxFe[Fe(CN)6]": a chemical formula ("NoIn the end" is not); "GaAs"
            # beside "GaN" and "InP": the text writes formulas, "As" opens no sentence
            return True
        # "2005-2006 XenSource Ltd.": a firm's name
        return self.occ.next.rstrip(".,;") in _FIRM_SUFFIXES

    def formula(self, word: str) -> bool:
        """``word`` is a chemical formula of two humps or more whose last opens no
        sentence ("GaN", "InP"; not "GaAs" nor "NoIn")."""
        parts = humps(word)
        return (
            len(parts) > 1
            and all(_ELEMENT.fullmatch(h) for h in parts)
            and self.lex.starter(parts[-1]) is None
        )

    def crossed(self, a: int, k: int, b: int) -> bool:
        """A known word crosses the junction ("DeepSeek" in "industryDeepSeekThe")."""
        for x in range(a, k):
            for y in range(k + 1, b + 1):
                if (x, y) != (a, b) and y - x >= 2 and self.word_seen(x, y):
                    return True
        return False

    def junction(self, a: int, k: int, b: int, first: str) -> _Junction | None:
        """What the rules weigh at the junction before hump ``k`` (``first`` the word a lost
        ". " would start), or None when the two sides rule a lost period out at once."""
        h, lex, kinds = self.h, self.lex, self.kinds
        rkind = kinds[k]
        last = h[k - 1]
        lkind = kinds[k - 1] if k - a == 1 else "camel"
        if lkind == "acr" and self.doc.caps_line(self.occ.start, self.end):
            return None  # "DEVICES DISCLAIMs ALL WARRANTIES": a line in capitals, mistyped
        if (lkind == "letter" or (lkind == "lower" and len(bare(last)) < 2)) and not (
            last in UNITS and rkind == "cap" and a == 0 and self.after_number()
        ):
            return None
        left, right = self.occ.segs[(a, k)], self.occ.segs[(k, b)]
        token = self.occ.segs[(a, b)]
        if (
            right[-1].isdigit()
            and any(c.isupper() for c in right[1:])
            and not (rkind == "acr" and _ALNUM_ACRONYM.fullmatch(right))
        ):
            return None  # "LightSkyBlue2", "testPlayStation2": a name with a number, no sentence
        if lkind == "cap" and len(left) == 2 and any(c.isdigit() for c in right):
            return None  # "SpCas9", "LbCas12a": a protein's name, no sentence of two letters
        single = b - k == 1 or self.word_seen(k, b)
        start = lex.starter(first) if rkind == "cap" and single else None
        if rkind == "letter":
            start = "weak"
        elif start is None and b == self.n and b - k == 1 and self.adverb_and_comma(first):
            start = "strong"  # "The LanternsUnusually, the": an adverb opening a sentence
        strong = start == "strong"
        nxt = self.occ.next if b == self.n else ""
        # "gained TypeIs and ReadOnly": a word that joins two like things does not follow
        # the first word of a sentence ("Is and" opens none), it joins two names
        confirmed = start == "weak" and bool(nxt) and lex.confirms(nxt) and nxt not in _JOINERS
        if rkind == "letter":
            if len(h[k]) == 1 and nxt.lower() in _NO_SUBJECT_AFTER:
                return None  # "CursorMovedI and", "typeA or": no sentence starts so
            if b == self.n and self.doc.text.startswith(("'s", "\u2019s"), self.end):
                return None  # "hurt DotA's popularity": a name's last letter owns, no "A"
            # "againI just", "houseA lot": a pronoun or article before a lower-case word.
            confirmed = bool(nxt) and (nxt[:1].islower() or (first == "I" and h[k] != "I"))
        if last in lex.particles and not strong:
            return None  # Mc|Donald, Di|Caprio, Le|Bron
        if (
            b == self.n
            and b - k == 1
            and first in _TITLES
            and not nxt[:1].isupper()
            and not self.titles_name(first)
        ):
            return None  # "retryDelayMs, a setting": a title opens no sentence without a name
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
        return _Junction(
            a, k, b, lkind, rkind, last, first, left, right, token, start, strong, confirmed,
            nxt, rword, rseen, lseen, tuple(why),
        )  # fmt: skip

    def edit(self, x: _Junction, priority: int, *more: str) -> _Verdict:
        """A lost period at the junction, for the reasons ``more`` and the junction's own."""
        # an article, a pronoun, an adverb that opens a clause or a title before a name:
        # "stateThe", "valueHowever", "saidMr Okafor"
        opener = (
            x.strong
            and x.first in _CLAUSE_OPENERS
            and not (x.first in _TITLES and not x.nxt[:1].isupper())
        )
        if not opener and self.doc.code:
            # in a text about code a glued word is an identifier ("resetCache",
            # "notBefore", "afterEach")
            return self.maybe(x, *more, "the text talks code")
        if not opener and self.lower_first and self.named_as_code():
            # "a function called reportUsage", "the cancelAll method": a name in code
            return self.maybe(x, *more, "a noun of code names it")
        if (
            not opener
            and x.lkind == "cap"
            and x.b == self.n
            and _NAME_TO_THE_END.match(self.doc.text, self.end) is not None
        ):
            # "distributed by FilmOne Entertainment.": after a Capitalised word, the
            # sentence that would open would hold nothing but Capitalised words, a name's
            # rest rather than a sentence ("the IDSpace Vizzion Concept." is a model's,
            # "ID. Space Vizzion", which an acronym does not rule out)
            return self.maybe(x, *more, f'"{x.right}" and the words after it make no sentence')
        return _Verdict(EDIT, priority, _note(x.token, x.left, x.right, [*more, *x.why]))

    def maybe(self, x: _Junction, *more: str) -> _Verdict:
        """A suggestion only: maybe a lost period at the junction, not enough evidence."""
        return _Verdict(SUGGEST, 0, _note(x.token, x.left, x.right, [*more, *x.why], sure=False))

    def word_then_acronym(self, x: _Junction) -> _Verdict:
        """Junctions before an acronym that ends the token: "claimHP ink", "FridayNBC 4",
        "signed in 1998KLM, whose"."""
        a, k, b, lkind, first, left, nxt = x.a, x.k, x.b, x.lkind, x.first, x.left, x.nxt
        # "claimHP ink", "FridayNBC 4": the acronym is used on its own in the text,
        # or a capitalised word or a number follows it.
        after = bool(nxt) and (nxt[:1].isupper() or nxt[:1].isdigit())
        firm = "&" in first  # S&P, R&B, M&S: a name of its own
        if (
            lkind == "num"
            and a == 0
            and _YEAR.fullmatch(left)
            and (nxt[:1].islower() or self.doc.text.startswith(", ", self.end))
            and self.year_dated()
        ):
            # "signed in 1998KLM, whose", "after March 1999IBM, the": a year that the
            # word before makes a date (a model number takes no "in": "a 2000GT")
            return self.edit(x, 1, f'"{self.word_before} {left}" is a date')
        if not nxt and not firm and not self.known_acronym_opens(x):
            return _NO  # "ecoFUND." or "microLOAN,": a sentence would go on after it
        if lkind == "lower":
            return self.lower_then_acronym(x, after or firm)
        if lkind == "cap":
            return self.cap_then_acronym(x)
        if lkind == "num" and _YEAR.fullmatch(left) and (x.rseen or after):
            return self.edit(x, 1, f'"{left}" is a year')
        if (
            lkind == "camel"
            and b - k == 1
            and len(first) >= 4
            and self.known(a, k)
            and _in_capitals(nxt)
        ):
            # "due out on AcmeCubeFROZEN WARS DS": a known camel-case name, then a
            # heading in capitals of several words
            return self.edit(x, 1, f'"{left}" is a known word', f'"{first} {nxt}" is in capitals')
        return _NO

    def known_acronym_opens(self, x: _Junction) -> bool:
        """A well-known acronym of three letters or more, after a lower-case word, ends the
        token before a comma: it opens a sentence ("last yearNASA, the agency"), where a
        brand in capitals after a prefix ("microLOAN,") is no well-known acronym."""
        return _known_acronym_after_word(x.lkind, x.first, self.lex) and self.doc.text.startswith(
            ", ", self.end
        )

    def lower_then_acronym(self, x: _Junction, backed: bool) -> _Verdict:
        """Junctions of a lower-case word and an acronym ("claimHP ink"); ``backed``: a
        capitalised word or a number follows the token, or the acronym is a firm's (S&P)."""
        lex, last, first = self.lex, x.last, x.first
        plain = (
            last not in lex.lower_prefixes
            and len(last) >= 3
            and bare(last) not in lex.glue_words  # "ofBBC", "libX11": a lost space
            and _plain(last, lex)
        )
        if plain and (x.rseen or backed):
            return self.edit(x, 1, f'"{last}" is a word')
        if plain and len(first) >= 3 and (x.nxt in _REPORTING_VERBS or self.acted(x.nxt)):
            # "air traffic controlNATS said", "for 2 hoursXRD confirmed the phase": an
            # acronym that a verb of speech or a verb in the past follows is the subject
            # of the next sentence
            return self.edit(x, 1, f'"{last}" is a word', f'"{first} {x.nxt}" opens a sentence')
        if plain and first in lex.acronyms:
            # "the whole regionBBC forecaster": a well-known acronym
            return self.edit(x, 1, f'"{last}" is a word', f'"{first}" is a well-known acronym')
        if plain and self.shares_moved(x):
            # "shrinking portionsCMG shares rose 3%": a ticker that opens a market report
            return self.edit(x, 1, f'"{last}" is a word', f'"{first} {x.nxt}" moved: a ticker')
        return _NO

    def shares_moved(self, x: _Junction) -> bool:
        """An acronym of three capitals or more ends the token, and its shares moved
        after it ("CMG shares rose"): a ticker that opens a sentence."""
        return (
            len(x.first) >= 3
            and x.b == self.n
            and _SHARES_MOVED.match(self.doc.text, self.end) is not None
        )

    def cap_then_acronym(self, x: _Junction) -> _Verdict:
        """Junctions of a Capitalised word and an acronym: "opened in MayKTV was its",
        "CouncilOPEC", "Justice Helen BrannaghQXT boss"."""
        verdict = self._cap_then_acronym(x)
        if verdict.level == EDIT and x.b == self.n and self.doc.ends_others(x.first, x.token):
            return _NO  # "IndiaAI" beside "VaaniAI": names of one family
        return verdict

    def _cap_then_acronym(self, x: _Junction) -> _Verdict:
        """The verdict of :meth:`cap_then_acronym` before the names of one family."""
        lex, a, first, left, nxt = self.lex, x.a, x.first, x.left, x.nxt
        # after a Capitalised word, a well-known acronym counts from three letters
        # ("CouncilOPEC"): two-letter ones glue to names and handles ("AmazonUK")
        known_acronym = len(first) >= 3 and first in lex.acronyms
        if self.dated(a, left):
            return self.edit(x, 1, f'"{left}" is a date')  # "opened in MayKTV was its"
        if len(left) > 2 and left not in lex.never_last and self.shares_moved(x):
            # "listed in New YorkULVR shares rose": a ticker that opens a market report
            return self.edit(x, 1, f'"{first} {nxt}" moved: a ticker')
        if (x.rseen or nxt[:1].isdigit() or known_acronym) and len(left) > 2:
            if lex.is_word(left):
                if known_acronym and nxt[:1].islower():
                    # "the Harbour StadiumRFU chief executive": a well-known
                    # acronym of three letters or more, then prose ("AmazonUK on",
                    # a handle, keeps a short one)
                    return self.edit(x, 1, f'"{first}" is a well-known acronym')
                return _NO
            if (
                left not in lex.never_last
                and not _ROMAN.fullmatch(first)
                and not (self.after_determiner() and nxt[:1].isupper())
            ):
                return self.edit(x, 1, f'"{left}" is not an English word')
            # "the IndiaAI Mission": after an article, a name of Capitalised words
            return _NO
        if a == 0 and len(first) >= 2 and self.person_then_prose(left):
            # "Justice Helen BrannaghQXT boss": a person's surname after the given name,
            # then an acronym that prose follows
            return self.edit(x, 1, f'"{self.word_before} {left}" is a person\'s name')
        return _NO

    def lower_then_word(self, x: _Junction) -> _Verdict:
        """Junctions of a lower-case word and a Capitalised word, "I" or "A": "againstIn
        the", "the title deciderLatimer", "againI just"."""
        lex, k, b, last, first = self.lex, x.k, x.b, x.last, x.first
        strong, confirmed, rseen, rword = x.strong, x.confirmed, x.rseen, x.rword
        if x.a == 0 and k == 1 and last in _REPORTING_VERBS and self.after_quotation():
            # '..., " saidTomas Okeke': the verb after a quotation names its speaker
            return self.maybe(x, f'"{last}" after a quotation introduces its speaker')
        if (
            k == 1
            and b == self.n == 2
            and not strong
            and self.doc.text.startswith(_KEYED, self.end)
        ):
            # "declared with restartPolicy: Always", "set maxRetries=3": a name of code
            # that a value follows, not a sentence that ends on "restart"
            return self.maybe(x, f'"{x.token}" is followed by a value, as a key of code is')
        if bare(last) in lex.glue_words:
            if (strong or confirmed) and x.rkind == "cap" and b - k == 1 and self.opens_clause():
                # "againstIn the", "toHowever, it": a sentence starter that the text
                # after it reads on from; a lost space would give "against In the"
                return self.edit(x, 1, f'"{first} {self.occ.next}" reads as a sentence start')
            return self.maybe(x, f'"{last}" never ends a sentence: a lost space?')
        if (
            last in _SELDOM_LAST
            and not strong
            and not (x.rkind == "letter" and confirmed)
            and not (last in _LAST_AFTER_BE and x.k == 1 and self.be_before())
        ):
            # "talks inParis", "the vote onMonday": a linked name that lost its space,
            # where "asked them to come inThe party" and "moved onI think" end sentences
            # ("the trial is overHarbour Court" ends one after "is")
            return self.maybe(x, f'"{last}" seldom ends a sentence: a lost space?')
        if last in lex.lower_prefixes:
            if strong or confirmed or (rseen and b - k == 1):
                return self.edit(x, 2, f'"{last}" ends a sentence')
            if (
                b - k == 1
                and x.rkind == "cap"
                and len(first) >= 4
                and not x.rword
                and x.nxt in _REPORTING_VERBS
                and not self.doc.code
            ):
                # "during the second setKovalenko said": a name and a verb of speech open a
                # sentence in prose ("setTimeout" is code's, and code has no speakers)
                return self.edit(x, 2, f'"{last}" ends a sentence', f'"{first} {x.nxt}" speaks')
            return self.maybe(x, f'"{last}" often starts an identifier')
        if lex.is_word(last) or x.lseen:
            return self.edit(x, 3 if strong else 2, f'"{last}" is a word')
        if strong:
            return self.edit(x, 3)
        if (rseen or rword or x.confirmed or _people_of(first)) and lex.is_made_of_words(
            bare(last)
        ):
            # "the title deciderLatimer", "at the harboursideOkoro said",
            # "agreed a groundshareKenyans cheered", "of gameplayA release date"
            return self.edit(x, 2, f'"{last}" is made of English words')
        return self.maybe(x) if (rseen or rword) else _NO

    def number_then_word(self, x: _Junction) -> _Verdict:
        """Junctions of a number and a word: "6Drink more water", "reached gate 12Up to
        300", "6-2Reigning", "Lanterns at 20Imogen came"."""
        a, k, b, first, left, nxt = x.a, x.k, x.b, x.first, x.left, x.nxt
        strong, rseen, rword = x.strong, x.rseen, x.rword
        if not left.isascii() and all(c in _SUPERSCRIPT_DIGITS for c in left):
            return _NO  # "³He", "¹⁴C": an isotope's mass; a footnote's mark follows a period
        if (
            len(first) == 2
            and first[1] == "s"
            and _DESIGNATION.search(self.doc.text[max(0, self.occ.start - 5) : self.occ.start])
        ):
            return _NO  # "F-35As", "KC-46As": the plural of a model's variant
        if left[-1:].isupper() and not x.strong:
            # "3DMark", "4KTV": a number and a capital make the first part of a name (a
            # word that opens sentences still opens one: "faster than 3GThis means")
            return _NO
        if (
            left[:1].isalpha()
            and not x.strong
            and self.word_before[:1].isupper()
            and not _PERIOD_CODE.fullmatch(left)
        ):
            # "Galaxy S24Ultra", "Airbus A320Neo": after the name of a line, a model's
            # letters and number, then the rest of its name (a code after a word in lower
            # case may end a sentence: "on the A46Officers said", "of H5N1Health officials")
            return _NO
        year = _YEAR.fullmatch(left) is not None
        if first == "I" and b == self.n and (nxt in self.lex.after_i or self.acted(nxt)):
            # "it costs £140I ordered it": the pronoun and its verb open a sentence
            return self.edit(x, 1, f'"{left}" is a number', f'"I {nxt}" opens a sentence')
        if x.rkind == "letter" and not year:
            return _NO  # "12A rating", "29A": a code, not a year and a sentence
        if a == 0 and b - k == 1 and x.rkind == "cap" and self.numbered_item(left):
            # "5. Walk daily" / "6Drink more water" / "7. Sleep more"
            return self.edit(x, 2, f'"{left}." numbers the items of a list around it')
        if strong or x.start == "weak":
            return self.edit(x, 3 if strong else 2, f'"{left}" is a number')
        if b - k == 1 and self.opens_quantity(first):  # "reached gate 12Up to 300"
            return self.edit(x, 2, f'"{left}" is a number', f'"{first} {nxt}" opens a quantity')
        if year and (b - k == 1 or rseen):
            return self.edit(x, 1, f'"{left}" is a year')
        score = self.occ.start > 1 and _SCORE.match(self.doc.text, self.occ.start - 2)
        # "6-2Reigning", and a name after a score: "7-5Latvian Ilse"
        voiced = any(v in first for v in "aeiouy")  # a unit has no vowel ("Mbps")
        name = x.rkind == "cap" and b - k == 1 and len(first) >= 4 and nxt[:1].isupper() and voiced
        if score and len(left) == 1 and (rword or rseen or name):
            # a name the text writes on its own is no unit, however often a score
            # comes before it ("9-7Okafor then", "6-2Okafor was")
            own_name = voiced and len(first) >= 4 and rseen
            if own_name or not self.doc.unit(first):
                return self.edit(x, 1, f'"{left}" ends a score')
        if len(left) == 1 and rseen and not rword and len(first) >= 4:
            if not self.doc.unit(first):
                return self.edit(x, 1, f'"{left}" is a number')  # "6-3Okeke"
            return _NO
        # a word, or a person's given name that prose follows ("Lanterns at 20Imogen
        # came"), or a known surname after an amount of money ("a buyback of up to
        # $12bnAdam Neumann, the"; "He bought 20Mary Kay products" names a brand)
        person = (
            b - k == 1
            and len(first) >= 4
            and (
                nxt[:1].islower()
                or (_AMOUNT.fullmatch(left) and nm.fold(_strip_possessive(nxt)) in nm.surnames())
            )
            and nm.fold(first) in nm.person_given_names()
        )
        # the last digit of a decimal is the end of a longer number ("an average of
        # 21.6Selectors also")
        decimal = self.occ.start >= 2 and _DECIMAL_BEFORE.match(
            self.doc.text, self.occ.start - 2, self.occ.start
        )
        if (len(left) >= 2 or decimal) and (
            rseen or (rword and b - k == 1 and len(first) >= 4) or person
        ):
            if self.doc.unit(first):
                return _NO  # "14Mbps" and "2 Mbps": a unit after a number
            return self.edit(x, 1, f'"{left}" is a number')
        start = self.occ.start
        money = _MONEY_BEFORE.search(self.doc.text, max(0, start - _MONEY_REACH), start)
        if self.money_then_name(x, voiced, money):
            # "sold for €1.8mShadwell Estates was", "sells for £9.50Spanish growers": an
            # amount of money never runs on into a name
            return self.edit(x, 1, f'"{left}" ends an amount of money')
        if self.amount_then_subject(x, voiced, money is not None):
            # "a fee of £55mOkafor will travel", "cost €1,999Samsung said", "orders to
            # 120Boeing said": an amount, then a name that a verb follows
            return self.edit(x, 1, f'"{left}" ends an amount', f'"{first} {nxt}" opens a sentence')
        return self.maybe(x) if rseen else _NO

    def amount_then_subject(self, x: _Junction, voiced: bool, money: bool) -> bool:
        """The token opens with an amount of money ("£55m", "€1,999") or a number of two
        digits or more after a blank, and one Capitalised word of four letters or more, no
        unit, ends it before a verb that opens a predicate ("Okafor will", "Boeing said"):
        the subject of the next sentence. A model's name opens with letters ("S24Ultra
        will" is no amount) and a product's is followed by a noun ("20Mary Kay products")."""
        start = self.occ.start
        text = self.doc.text
        number = (
            x.left.isdigit() and len(x.left) >= 2 and (start == 0 or text[start - 1] in " \t\n(")
        )
        return (
            x.a == 0
            and x.b - x.k == 1
            and x.rkind == "cap"
            and len(x.first) >= 4
            and voiced
            and (money or number)
            and (x.nxt in _PREDICATES or x.nxt in _REPORTING_VERBS or self.acted(x.nxt))
            and not self.doc.unit(x.first)
        )

    def money_then_name(self, x: _Junction, voiced: bool, money: regex.Match[str] | None) -> bool:
        """The token opens with an amount of money after its currency's sign ("£9.50",
        "€1.8m") and one Capitalised word of four letters or more ends it, neither a unit
        nor a word of money ("$5Million", "£20Pounds" are amounts written whole), and no
        determiner before the amount ("the €99Nano" may name a model by its price).
        ``money``: the currency's sign and digits right before the token, if any."""
        if not (
            x.a == 0
            and x.b - x.k == 1
            and x.rkind == "cap"
            and len(x.first) >= 4
            and voiced
            and x.first.casefold() not in _MONEY_WORDS
        ):
            return False
        if money is None or self.doc.unit(x.first):
            return False
        before = self.doc.text[max(0, money.start() - _MONEY_REACH) : money.start()].split()
        return not (before and before[-1].lower() in _DETERMINERS)

    def firm_then_word(self, x: _Junction) -> bool:
        """The token opens with a legal form (:data:`_FIRM_ENDS`) after a Capitalised name
        ("Pharmavex LtdBatch"; not "The IncRedible") and ends with one Capitalised word."""
        before = self.word_before
        return (
            x.a == 0
            and x.k == 1
            and x.b - x.k == 1
            and x.rkind == "cap"
            and len(x.first) >= 3
            and before[:1].isupper()
            and before.lower() not in _FUNCTION_WORDS
            and before.lower() not in _DETERMINERS
        )

    def name_then_word(self, x: _Junction) -> _Verdict | None:
        """The rules that junctions after a Capitalised word, a camel-case name or an
        acronym share, before each kind's own ("TheStreet", "HollisSubs Not Used:", "in
        MayCouncillors"); None when none of them answers."""
        lex, a, k, b, lkind, first, left = self.lex, x.a, x.k, x.b, x.lkind, x.first, x.left
        lseen, rseen = x.lseen, x.rseen
        if left in _FIRM_ENDS and self.firm_then_word(x):
            # "made by Pharmavex LtdBatch numbers": the legal form ends a firm's name, and
            # nothing of the name comes after it
            return self.edit(x, 2, f'"{self.word_before} {left}" ends a firm\'s name')
        if lkind == "cap" and left in lex.never_last:
            return _NO  # "TheStreet", "WeWork": the left word never ends a sentence
        if lkind == "camel" and len(left) <= 2:
            return _NO  # "invalid eXIf chunks": no sentence ends on a two-letter name
        if (
            x.strong
            and lkind == "cap"
            and a == 0
            and b - k == 1
            and first.lower() not in _FUNCTION_WORDS
            and first not in _CLAUSE_OPENERS
            and self.doc.opens_others(left, self.occ.segs[(a, b)])
        ):
            # "analysts at CoinShares warned" beside "CoinDesk" and "CoinTelegraph": the
            # text names things that open with "Coin", and this is one more; a noun that
            # opens sentences ("Shares fell") is the second word of its name
            return self.maybe(x, f'the text names other things that open with "{left}"')
        if x.strong:
            return self.edit(x, 3)
        if self.given_name_alone(x):
            # "Ann Okafor and GordonBlack who led": a person's name that lost its space;
            # a sentence seldom ends on a given name alone
            return self.maybe(x, f'"{left}" is a given name: a lost space?')
        if (
            lkind == "cap"
            and a == 0
            and b == self.n == k + 1
            and self.doc.label_after_item(self.occ.start, self.end - len(first), self.end)
        ):
            # "Latimer, Corbett, HollisSubs Not Used: Dunmore", "Okoro, PryceBooked: Ashby"
            return self.edit(x, 1, f'"{left}" ends a list, "{first}" labels the next one')
        if first in lex.suffixes and b - k == 1:
            if (lseen or rseen) and self.opens_pair(first):
                # "Zorbus and AcmejetAir Norvane's": "Air Norvane" is written elsewhere
                pair = f"{first} {_strip_possessive(self.occ.next)}"
                return self.edit(x, 1, f'"{pair}" is written elsewhere')
            if lseen or rseen:
                return self.maybe(x, f'"{first}" often ends a company name')
            return _NO
        bigram = self.doc.bigram(left, first) if b - k == 1 else False
        if bigram:
            return _NO  # "Time Warner" elsewhere: a name, not two sentences
        if lkind == "cap" and b - k == 1 and self.dated(a, left):
            return self.edit(x, 1, f'"{left}" is a date')  # "due in MayCouncillors gave"
        return self.written_twice(x)

    def given_name_alone(self, x: _Junction) -> bool:
        """The token opens with a person's given name, one hump, that no capitalised word
        stands before (it ends no full name, as in "said Ann SimonHarbour"), glued to a
        Capitalised word that opens no sentence for sure."""
        return (
            x.lkind == "cap"
            and x.a == 0
            and x.k == 1
            and x.rkind == "cap"
            and not x.confirmed
            and nm.fold(x.left) in nm.person_given_names()
            and not self.word_before[:1].isupper()
        )

    def written_twice(self, x: _Junction) -> _Verdict | None:
        """Junctions of a Capitalised word of four letters or more glued to itself:
        "by Jean-Pierre WhitnerWhitner was"; None when the rules do not answer."""
        a, k, b, left = x.a, x.k, x.b, x.left
        if not (x.lkind == "cap" and b - k == 1 and left == x.first and len(left) >= 4):
            return None
        if x.lseen:
            # "by Jean-Pierre WhitnerWhitner was": a name used on its own, written twice and
            # glued (a name of that shape, "TalkTalk", is on the bundled list or used whole
            # elsewhere; "BoraBora" has no "Bora" on its own)
            return self.edit(x, 1, f'"{left}" twice')
        if a == 0:
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
                and not self.lex.is_word(left)
            ):
                return self.edit(x, 1, f'"{left}" twice, after the given name "{before}"')
            if (
                self.occ.next[:1].islower()
                and before[:1].islower()
                and self.lex.is_word(left.lower())
            ):
                # "the fruit grower PlumPlum will": an English word written twice after
                # lower-case prose, then prose ("to BoraBora in" is no English word)
                return self.edit(x, 1, f'"{left}" twice')
        return None

    def camel_then_word(self, x: _Junction) -> _Verdict:
        """Junctions of a camel-case name and a word: "iPhoneTasmanian", '," says
        McAteerNew rules start'."""
        lex, a, k, b, first, left = self.lex, x.a, x.k, x.b, x.first, x.left
        rword = x.rword
        unit = x.lseen or (k - a == 2 and self.h[a] in lex.particles and self.kinds[a + 1] == "cap")
        if not unit and self.name_then_sentence(a, k, b):
            # "handled by BitGoPayPal executives", "according to CoreLogicInventory
            # remained tight": a name of two Capitalised humps ends the sentence, a known
            # name in camel case or an English word that prose follows opens the next
            return self.edit(x, 1, f'"{x.left}" is a name, "{x.right}" opens a sentence')
        if not unit:
            return _NO
        x = x.because(f'"{left}" is a known word')
        if x.start == "weak" or x.rseen or (rword and len(first) >= 6):
            return self.edit(x, 1, *([f'"{first.lower()}" is a word'] if rword else []))
        if rword and self.word_before in _SPEECH_VERBS and self.occ.next[:1].islower():
            # '," says McAteerNew rules start': the speaker's name ends the
            # sentence; a short English word then prose opens the next (a product
            # name, "MacBookAir", is no speaker)
            return self.edit(
                x,
                1,
                f'"{first.lower()}" is a word',
                f'"{self.word_before} {left}" names a speaker',
            )
        if (
            rword
            and b - k == 1
            and k - a == 2
            and self.h[a] in lex.particles
            and nm.fold(self.word_before) in nm.person_given_names()
            and self.occ.next[:1].islower()
        ):
            # "with Tim McGrawFans will": a given name and a Mc name make a person, whose
            # name takes no product's word after it; a short English word then prose
            return self.edit(
                x,
                1,
                f'"{first.lower()}" is a word',
                f'"{self.word_before} {left}" is a person\'s name',
            )
        if b - k == 1 and x.rkind == "cap" and not rword and len(first) >= 5:
            # "iPhoneTasmanian": a known word, then a name; short English words
            # may be part of a product name ("MacBookAir") and are only suggested.
            return self.edit(x, 1, f'"{first}" is not part of "{left}"')
        return self.maybe(x)

    def weak_starter(self, x: _Junction) -> _Verdict:
        """Junctions before a word that may start a sentence, after a Capitalised word or
        an acronym: "Chile and PeruMore traditional games", "TVI think", "the NHSOn
        average", "TheatreNow"."""
        lex, a, k, b, lkind, first, left = self.lex, x.a, x.k, x.b, x.lkind, x.first, x.left
        lseen = x.lseen
        if (
            lkind == "cap"
            and a == 0
            and b - k == 1
            and _plain_place(left, lex)
            and self.occ.next[:1].islower()
        ):
            # "Chile and PeruMore traditional games": a place (no English word),
            # then a word that may start a sentence and prose
            return self.edit(x, 2, f'"{left}" is a place')
        if x.rkind == "letter" and lkind == "acr":
            # "TVI think" but not "The GUI was": the acronym must be used on its own.
            return self.edit(x, 2) if lseen else self.maybe(x)
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
            return self.edit(x, 2, f'"{left}" is an acronym', f'"{first}" opens a clause')
        title = (
            self.title_then_name(x)
            if lkind == "cap" and a == 0 and k == 1 and b - k == 1
            and self.word_before[:1].isupper()
            else ""
        )  # fmt: skip
        if title:
            # "at Queen's ParkPrime Minister Mark Carney said": a title of two words and
            # the name it goes before open the next sentence
            return self.edit(x, 2, f'"{self.word_before} {left}" ends a name', title)
        if (
            lkind == "cap"
            and x.rkind == "cap"
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
            return self.maybe(x, f'"{left}{first}" could be a name')
        return self.edit(x, 2) if (lseen or x.confirmed) else self.maybe(x)

    def acronym_then_word(self, x: _Junction) -> _Verdict:
        """Junctions of an acronym and a Capitalised word: "GMTFaster", "UKAcme", "told the
        BBCSpeaking on", "speaks for the UKLisbon is"."""
        lex, k, b, first, left = self.lex, x.k, x.b, x.first, x.left
        lseen, rseen, rword = x.lseen, x.rseen, x.rword
        # "FTCThe" is handled above; "GMTFaster", "UKAcme": any evidence will do,
        # real acronym + word tokens are rare and mostly known ("JPMorgan").
        place = b - k == 1 and len(first) >= 4 and nm.fold(first) in nm.places()
        # an English word that no word follows on its line names a thing: "IcedTea
        # NPPlugin" (a heading), "the former GCJPlugin.", "* GDBus, part of GLib"
        named = rword and not x.start and not self.occ.next
        if (
            rword
            and not (lseen or rseen or place)
            and left not in lex.acronyms
            and (
                self.word_before.lower() in _OBJECT_BEFORE
                or self.doc.text[max(0, self.occ.start - 3) : self.occ.start] in ("'s ", "\u2019s ")
            )
        ):
            # "a survey by QRSPoll last week", "JWST's NIRCam": after a preposition, a
            # determiner or a possessive, an acronym that is neither well known ("told
            # the BBCSpeaking on") nor used alone, glued to an English word that nothing
            # else backs, names a thing
            return self.maybe(x, f'"{self.word_before} {left}{first}" may be one name')
        if b - k == 1 and len(first) <= 2 and not (rword or rseen):
            # "8-pin PCIe cables": a sentence opens with no word of two letters that is
            # no English word and nowhere else in the text
            return self.maybe(x, f'"{first}" is no word')
        if (b - k == 1 or rseen) and (lseen or rseen or rword or place) and not named:
            more = [f'"{first.lower()}" is a word'] if rword else []
            if place and not (lseen or rseen or rword):
                more = [f'"{first}" is a place']  # "speaks for the UKLisbon is"
            return self.edit(x, 1, *more)
        if (
            b - k == 1
            and b == self.n
            and len(left) >= 3
            and len(first) >= 4
            and not rword
            and not self.doc.unit(first)
            and _CLAUSE_AFTER.match(self.doc.text, self.end) is not None
        ):
            # "trained at the CIARamírez, who grew up", "the union, the NUMMokoena, the
            # general secretary": an acronym, then a name that no word spells and a clause
            # or a verb ("RAVPower, which" and "CNNMoney, the" end in words: brands)
            return self.edit(
                x, 1, f'"{left}" is an acronym', f'"{first}" and a clause open a sentence'
            )
        if b - k == 1 and left in lex.acronyms and self.full_name_opens(left, first):
            # "No. 1 in the UKAbigail Morris's vocals": a well-known acronym, then a given
            # name and a surname
            return self.edit(
                x, 1, f'"{left}" is a well-known acronym', f'"{first} {x.nxt}" is a full name'
            )
        return self.maybe(x)

    def cap_then_cap(self, x: _Junction) -> _Verdict:
        """Junctions of a Capitalised word and a Capitalised word, e.g. "BrannaghLabour"
        (the rules before those of names that end at the junction, :meth:`name_ends_here`).
        Two English words make a brand ("PlayStation", "HarbourTalk"): never edited."""
        a, k, b, first, left = x.a, x.k, x.b, x.first, x.left
        lseen, rseen, rword = x.lseen, x.rseen, x.rword
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
            return self.edit(x, 1)  # "LanternsSpongeBob": a known word glued to a Capitalised one
        brand_like = self.lex.is_word(left) and rword
        # an English word right before a comma names a thing rather than opening a
        # sentence ("Pango includes PangoLayout, a driver"; "LabourHowever," has a starter)
        appositive = rword and not x.start and self.doc.text.startswith(",", self.end)
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
            return self.edit(x, 1, f'"{first}" is a title before a name')
        if b - k == 1 and not brand_like and not appositive and (lseen or (rseen and not rword)):
            if (
                a == 0
                and b == 2
                and not x.start
                and self.doc.opens_others(left, self.occ.segs[(0, 2)], times=2)
            ):
                # "HarmonHouse Media" beside "HarmonBurger" written twice: the text names
                # things that open with "Harmon", and a word that starts no sentence makes
                # one more of them (glued lines write each of their tokens once:
                # "NoemKristi", "NoemSouth")
                return self.maybe(x, f'"{left}" opens other names of the text')
            return self.edit(x, 1)
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
            return self.edit(x, 1)
        if (
            a == 0
            and b == self.n == 2
            and len(left) >= 3
            and len(first) >= 3
            and (self.occ.next[:1].islower() or self.doc.text.startswith(",", self.end))
            and self.doc.named_inside(first) >= 2
        ):
            # "Americas and ChinaNestle is to cut" where the text writes "rival Nestle" and
            # "said Nestle": a name of its own opens the next sentence, then prose
            return self.edit(x, 1, f'"{first}" names something on its own elsewhere')
        return self.name_ends_here(x)

    def name_ends_here(self, x: _Junction) -> _Verdict:
        """Junctions of two Capitalised words where a name of places, people or bodies
        ends and prose or another name follows: "the Norvane Harbour PlanChange was", "the
        win over KenyaNew Zealand travelled", "to Rafael BrannaghRoger Whitner plays"
        (then :meth:`place_or_surname_ends_here`)."""
        a, k, b, first, left = x.a, x.k, x.b, x.first, x.left
        rword = x.rword
        if a == 0 and b - k == 1 and rword and len(first) >= 5 and self.name_closes(left):
            # "the Norvane Harbour PlanChange was": "Harbour Plan" ends a
            # name elsewhere in the text, and prose follows (a short word after it may
            # name a product of that name: "Acme PowerTool")
            return self.edit(x, 1, f'"{self.word_before} {left}" ends a name elsewhere')
        if (
            a == 0
            and b - k == 1
            and first.lower() in _PLACE_OPENERS
            and _plain_place(left, self.lex)
            and nm.fold(_strip_possessive(self.occ.next)) in nm.places()
            and self.prose_after_next()
        ):
            # "the win over KenyaNew Zealand travelled": a place glued to the first word of
            # a place of two words, then prose ("from KenyaSouth Korea and" is a list)
            return self.edit(x, 1, f'"{left}" and "{first} {self.occ.next}" are places')
        if b - k == 1 and self.full_name_opens(left, first):
            # "to Rafael BrannaghRoger Whitner plays": a given name and a surname after a name
            return self.edit(x, 1, f'"{first} {self.occ.next}" is a full name')
        if (
            a == 0
            and b - k == 1
            and len(left) >= 4
            and len(first) >= 4
            and (first, _strip_possessive(self.occ.next)) in self.lex.org_starts
            and not {nm.fold(left), nm.fold(first)} & nm.person_given_names()
            and not self.after_determiner()
            and (self.prose_after_next() or self.doc.text.startswith(",", self.after_next))
        ):
            # "flown in from MunichDeutsche Bahn, meanwhile, cancelled": a name glued to a
            # well-known organisation's name, then prose ("the SmartCharles Schwab
            # account" names a product after the article)
            return self.edit(x, 1, f'"{first} {self.occ.next}" names an organisation')
        return self.place_or_surname_ends_here(x)

    def place_or_surname_ends_here(self, x: _Junction) -> _Verdict:
        """Junctions of two Capitalised words after a place or a surname, or before a
        place's possessive: "into BoliviaWeary drivers", "Tom LatimerReferee Ann Okoro",
        "at both OpensKenya's Ann Okeke took" (then :meth:`body_ends_here`)."""
        a, k, b, first, left = x.a, x.k, x.b, x.first, x.left
        rseen, rword = x.rseen, x.rword
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
            return self.edit(x, 1, f'"{left}" is a name', said)
        if a == 0 and b - k == 1 and self.place_owns(left, first):
            # "at both OpensKenya's Ann Okeke took": a place's possessive after a
            # Capitalised word, then a person or prose ("NewYork's mayor" is one place)
            return self.edit(x, 1, f'"{first}" is a place')
        return self.body_ends_here(x)

    def body_ends_here(self, x: _Junction) -> _Verdict:
        """Junctions of two Capitalised words after the last word of a name of places or
        bodies: "around Aberdeen SquareInspired by the", "Harbour Research InstituteChile's
        economy" (then :meth:`person_ends_here`)."""
        a, k, b, first, left = x.a, x.k, x.b, x.first, x.left
        rseen, rword = x.rseen, x.rword
        if (
            a == 0
            and b - k == 1
            and rword
            and len(first) >= 5
            and left in _CLOSING_WORDS
            and (x.start == "weak" or first.endswith(("ed", "ing", "ly")))
            and self.name_goes_on()
        ):
            # "around Aberdeen SquareInspired by the": a word that ends names of places and
            # bodies, then an English word that opens clauses (a participle, an adverb or a
            # weak starter; "New York TimesSelect subscribers" is a product) and prose
            return self.edit(
                x, 1, f'"{self.word_before} {left}" ends a name', f'"{first.lower()}" is a word'
            )
        if a == 0 and b - k == 1 and rseen and len(first) >= 3 and self.closes_here(left):
            # "Harbour Research InstituteChile's economy", "Harbour MotorsAcme gave": the
            # last word of a name of Capitalised words, then a name the text uses on its
            # own, then prose
            return self.edit(x, 1, f'"{self.word_before} {left}" ends a name')
        return self.person_ends_here(x)

    def person_ends_here(self, x: _Junction) -> _Verdict:
        """Junctions of two Capitalised words after a person's name or a name the text
        uses on its own: "Chancellor Tom WhitnerLabour said", "by President WhiteForeign
        envoys", "a revolt in the LordsFrank Latimer"; the last rules of all."""
        a, k, b, first, left = x.a, x.k, x.b, x.first, x.left
        lseen, rseen, rword = x.lseen, x.rseen, x.rword
        if (
            a == 0
            and b - k == 1
            and (rseen or (len(first) >= 4 and nm.fold(first) in nm.places()))
            and self.surname_after_given(left)
        ):
            # "Chancellor Tom WhitnerLabour said", "Tom WhitnerAcme Blue": a person's
            # surname after the given name, then a word the text uses on its own or a
            # place ("and Simon MarshLeeds Harriers flanker")
            return self.edit(x, 1, f'"{self.word_before} {left}" is a person\'s name')
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
            return self.edit(x, 1, f'"{self.word_before} {left}" is a person\'s name')
        if a == 0 and b - k == 1 and rword and len(first) >= 4 and self.person_then_prose(left):
            # "rival Hans BrannaghTraders reacted": a person's surname after the
            # given name, then an English word that prose follows
            return self.edit(x, 1, f'"{self.word_before} {left}" is a person\'s name')
        if a == 0 and b - k == 1 and lseen and self.opens_pair(first):
            # "a revolt in the LordsFrank Latimer has pressed", "Tavia LanternGrey Tide": a
            # name the text uses on its own, glued to the first word of a name that the
            # text writes whole elsewhere
            return self.edit(x, 1, f'"{first} {_strip_possessive(nxt)}" is written elsewhere')
        if a == 0 and b - k == 1 and k == 1:
            # "at the Adelaide OvalTickets are available", "Somerset CouncilCouncillors
            # voted", "at Queen's ParkPrime Minister Mark Carney": a name of several
            # Capitalised words ends, and a subject and its verb, or a title and the
            # name it goes before, open the next sentence; after a name that is no
            # English word, a title does so wherever the name stands ("the food group
            # VesteyAgriculture minister Arnoldo")
            ends_name = self.word_before[:1].isupper()
            # a firm the names list knows ends a sentence as a name of several words
            # does ("on InstagramFans had"; a product's name, "new SimpliFares were", is
            # none, and a place may open a firm's: "TexasInstruments rose")
            known = nm.fold(left) in nm.orgs()
            said = (self.subject_then_verb(x) if ends_name or known else "") or (
                self.title_then_name(x) if ends_name or not self.lex.is_word(left.lower()) else ""
            )
            if said:
                why = (
                    f'"{self.word_before} {left}" ends a name'
                    if ends_name
                    else f'"{left}" is a name'
                )
                return self.edit(x, 1, why, said)
        return self.maybe(x) if (lseen or rseen) else _NO

    def subject_then_verb(self, x: _Junction) -> str:
        """The note when the token's last hump is an English word of four letters or more
        in the plural that a verb or an adverb opening a predicate follows ("Tickets are",
        "Councillors voted", "Fans later"), else ""."""
        first, nxt = x.first, self.occ.next
        if not (x.rword and len(first) >= 4 and first.endswith("s") and nxt in _PREDICATES):
            return ""
        return f'"{first} {nxt}" opens a sentence'

    def title_then_name(self, x: _Junction) -> str:
        """The note when the token's last hump and the word after it make a title that a
        Capitalised name follows ("Prime Minister Mark", "Defence Secretary John"), else
        ""."""
        if self.occ.next not in _TITLE_HEADS and self.occ.next.capitalize() not in _TITLE_HEADS:
            return ""  # ("Vice president Jose", "Agriculture minister Arnoldo" too)
        after = _WORD_AFTER_NEXT.match(self.doc.text, self.end)
        if after is None or not after.group(1)[:1].isupper() or not x.first[:1].isupper():
            return ""
        return f'"{x.first} {self.occ.next}" is a title before a name'
