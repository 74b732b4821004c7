"""The evidence a text gives about its own words, for :mod:`cleantext.passes.sentences`.

How often each word is used on its own, its bigrams and the chunks of the text that may
hide a lost period or space, gathered lazily by :class:`_Document`; whether the text talks
code. Private to the sentences pass.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Iterator

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_lexicon import (
    INNER_CAP,
    Lexicon,
)
from cleantext.passes.sentences_numbers import lower_digit_places

_MAX_CHUNK = 160
_LETTER = r"\p{L}\p{N}\p{M}"
# Where a junction may be; each is then widened to its whitespace-delimited chunk. A
# junction is a capital with one of these behind or after it (the text before the capital
# is looked at from after it).
_CANDIDATE_TAIL = (
    r"(?:"
    rf"(?<=[{_LETTER}]\p{{Lu}})(?=[\p{{Ll}}\p{{M}}])"
    rf"|(?<=[\p{{Ll}}\p{{N}}]\p{{Lu}})"
    rf"|(?<=[{_LETTER})\]\"”’'%][.!?]++[\"”’'“)\]]*+\p{{Lu}})"
    r"|(?<=\p{N}%\p{Lu})"
    # "(ankle sprain)The", "(IMF)Economy", "(a day)A can", "(in the EU)BASF said"
    r"|(?<=[\p{L}\p{N}%+.]\)\p{Lu})(?=\p{Ll}|(?<=[AI]) \p{Ll}|\p{Lu}{2})"
    r'|(?<=[\p{L}\p{N}%]["\u201c\u201d]\p{Lu})(?=\p{Ll}|(?<=I) \p{Ll})'  # '"profitable"The
    r"|(?<=\p{Lu}{3})(?=[ \t]\p{Ll}))"  # "TVI think": an acronym glued to the pronoun I
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
    rb"|(?<=AAA)(?= a)()"  # 3: "TVI think", if the blank is a space or a tab
    rb"|(?=X)"
    rb"|(?<=[AX]AA)(?= [aX]))"
    rb"|(?<=[X.]A)"
    rb"|(?<=[q.X]qA)"  # '."The': quotes after sentence punctuation
    rb"|(?<=[0X]%A)"  # "19%The"
    rb"|(?<=[aA0%.#X]qA)(?=[aX]| a|AA))"  # "(ankle sprain)The", "(IMF)Economy", "(EU)BASF"
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
_LEFT_TOKEN = regex.compile(rf"[{_LETTER}]++(?:['’][{_LETTER}]++)*+(?=%?+[)\]\"”’']?+\Z)")


def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """``phrase`` with no letter right before it."""
    return regex.compile(rf"(?<![{_LETTER}]){regex.escape(phrase)}")


# The rest of a label after its first word: up to two Capitalised words, then a colon.
_LABEL_AFTER = regex.compile(r"(?:[ \t]\p{Lu}\p{Ll}++){0,2}+:")
_LABEL_CHARS = 80  # the rest of a label is no longer
# A line that opens with an item number, a period, a blank and a capital ("6. Eat").
_ITEM_LINE = regex.compile(r"(?m)^[ \t]*+(\d{1,3})\.[ \t]++\p{Lu}")
_MAX_BIGRAMS = 400
_MAX_ALTERNATION = 300


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
        self._named: dict[str, int] = {}
        self._items: frozenset[int] | None = None
        self._classes: dict[str, set[str]] | None = None
        self._mixed: frozenset[str] | None = None
        self._search_work = 0  # characters read by the searches of ``writes``
        self._written: dict[str, list[int]] = {}
        self._units: dict[str, bool] = {}
        self._code: bool | None = None
        self._breaks: list[int] | None = None
        self._tabbed: dict[int, bool] = {}
        self._modules: frozenset[str] | None = None
        self._dotted: collections.Counter[str] | None = None
        self._caps: dict[int, bool] = {}
        self._heads: dict[str, set[str]] | None = None
        self._tails: dict[str, set[str]] | None = None

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

    @functools.cached_property
    def members(self) -> frozenset[tuple[str, str]]:
        """The names that the text writes as a Capitalised or camel-case owner, a period
        and a member in camel case or a call ("DateTime.UtcNow", "Console.WriteLine",
        "jQuery.ajax("): names of code (found in one scan, on the first question;
        "PayPal.com" is an address).

        >>> from cleantext.passes.sentences_lexicon import lexicon
        >>> text = "Use DateTime.UtcNow, DateTime.Now. PayPal.The end."
        >>> doc = _Document(text, lexicon((), ()), frozenset())
        >>> sorted(doc.members)
        [('DateTime', 'UtcNow')]
        """
        return frozenset(
            (m.group(1), m.group(2))
            for m in _MEMBER.finditer(self.text)
            if (m.group(1)[:1].isupper() or INNER_CAP.search(m.group(1)))
            and (m.group(3) or INNER_CAP.search(m.group(2)))
        )

    @functools.cached_property
    def owners(self) -> frozenset[str]:
        """The owners of :attr:`members` ("DateTime" of "DateTime.UtcNow")."""
        return frozenset(owner for owner, _ in self.members)

    def camel_owner(self, word: str) -> bool:
        """Whether the text writes the camel-case ``word`` as the owner of a member of
        :attr:`members` ("DateTime" of "DateTime.UtcNow")."""
        return INNER_CAP.search(word) is not None and word in self.owners

    @property
    def writes_members(self) -> bool:
        """Whether the text writes two members of :attr:`members` or more: it names code."""
        return len(self.members) >= 2

    def namespace(self, word: str) -> bool:
        """The text writes ``word`` before a period and two names or more (see
        :func:`_dotted_names`, found in one scan on the first question) that open no
        sentence and name no person: a module ("dask.DataFrame, dask.Series"), not a word
        that ends two sentences glued to the next ("the theatre.I remember", "the
        theatre.Anton Okeke"), nor a verb that reports speech ("said.Small firms ...
        said.Lack of ...")."""
        if self._modules is None:
            given = nm.person_given_names()
            self._modules = frozenset(
                module
                for module, names in _dotted_names(self.text).items()
                if module not in _NEVER_MODULES
                and sum(self.lex.starter(n) is None and nm.fold(n) not in given for n in names) >= 2
            )
        return word in self._modules

    def dotted(self, token: str) -> int:
        """How many times the text writes ``token``, a word, a period and a word
        ("Character.AI"), as a token of its own: all such tokens are counted in one
        scan, on the first question.

        >>> from cleantext.passes.sentences_lexicon import lexicon
        >>> text = "Lumen.NYC ships. Lumen.NYC, and Lumen.NYCs."
        >>> doc = _Document(text, lexicon((), ()), frozenset())
        >>> doc.dotted("Lumen.NYC")
        2
        """
        if self._dotted is None:
            self._dotted = collections.Counter(_DOTTED.findall(self.text))
        return self._dotted[token]

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
        """Whether the text talks code: two signs of it or more (``f()``, ``=>``, ``::``,
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
        return word in self._mixed_words()

    def _mixed_words(self) -> frozenset[str]:
        """The mixed-case tokens of the text ("SoftSurfer", "iPhone"), found once."""
        if self._mixed is None:
            self._mixed = frozenset(m.group() for m in _MIXED_CASE.finditer(self.text))
        return self._mixed

    def writes_other(self, token: str, kind: Callable[[str], bool]) -> bool:
        """Whether the text writes a mixed-case word other than ``token`` of the ``kind``
        ("GaN" and "InP", formulas, beside "GaAs")."""
        return any(word != token and kind(word) for word in self._mixed_words())

    def ends_others(self, tail: str, token: str) -> bool:
        """Whether the text writes another word than ``token`` that ends with the capitals
        ``tail`` after a small letter ("VaaniAI" beside "IndiaAI"): read from the
        mixed-case tokens, found once for all the questions."""
        if self._tails is None:
            tails: dict[str, set[str]] = {}
            for word in self._mixed_words():
                m = _CAPITALS_TAIL.search(word)
                if m is not None:
                    tails.setdefault(m.group(), set()).add(word)
            self._tails = tails
        return bool(self._tails.get(tail, set()) - {token})

    def opens_others(self, head: str, token: str, *, times: int = 1) -> bool:
        """Whether the text writes another word than ``token`` that opens with ``head`` and
        a capital ("ZentraLink" and "ZentraBox" beside "ZentraPodz"), ``times`` times or
        more: read from the mixed-case tokens, found once for all the questions."""
        if self._heads is None:
            heads: dict[str, set[str]] = {}
            for word in self._mixed_words():
                first = _SECOND_HUMP.search(word, 1)
                if first is not None:
                    heads.setdefault(word[: first.start()], set()).add(word)
            self._heads = heads
        others = self._heads.get(head, set()) - {token}
        return any(self.counts[w] >= times for w in others) if times > 1 else bool(others)

    def share_classes(self, ticker: str) -> frozenset[str]:
        """The letters the text writes after ``ticker`` and a period ("A" and "B" of
        "BF.A and BF.B"), found once for all the questions."""
        if self._classes is None:
            classes: dict[str, set[str]] = {}
            for m in _SHARE_CLASS.finditer(self.text):
                classes.setdefault(m.group(1), set()).add(m.group(2))
            self._classes = classes
        return frozenset(self._classes.get(ticker, ()))

    def item_numbers(self) -> frozenset[int]:
        """The numbers that open lines as list items ("6. Drink more water"), found once."""
        if self._items is None:
            self._items = frozenset(int(m.group(1)) for m in _ITEM_LINE.finditer(self.text))
        return self._items

    def named_inside(self, word: str) -> int:
        """How many times the text writes the Capitalised ``word`` alone right after a word
        in lower case ("said Nestle", "a star of Scrubs"): a name, which no sentence's
        start explains. After ``_MAX_NAMED`` words asked about, 0: no evidence."""
        named = self._named
        found = named.get(word)
        if found is None:
            if len(named) >= _MAX_NAMED:
                return 0
            found = named[word] = _count_named(self.text, word)
        return found

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


# The most words a text is asked about by ``named_inside`` (each costs a look through it).
_MAX_NAMED = 64
# A word in lower case and blanks, ending where a name after them starts.
_LOWER_WORD_BEFORE = regex.compile(rf"(?<![{_LETTER}])\p{{Ll}}[{_LETTER}'\u2019-]*+[ \t]++\Z")


def _count_named(text: str, word: str) -> int:
    """How many times ``text`` writes ``word`` as a whole word right after a word in
    lower case and blanks (see :meth:`_Document.named_inside`).

    >>> _count_named("rival Nestle rose; Nestle fell, said Nestle.", "Nestle")
    2
    """
    count = 0
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (end == len(text) or not text[end].isalnum()) and _LOWER_WORD_BEFORE.search(
            text, max(0, at - 40), at
        ):
            count += 1
        at = text.find(word, end)
    return count


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
# The capital that opens a word's second hump.
_SECOND_HUMP = regex.compile(r"\p{Lu}")
# A ticker in capitals, a period and one capital: a class of shares ("BF.A").
_SHARE_CLASS = re.compile(r"(?<![\w.])([A-Z]{1,6})\.([A-Z])\b")
# A word, a period and a word, standing on their own ("Character.AI").
_DOTTED = regex.compile(
    rf"(?<![{_LETTER}.])[{_LETTER}]++\.[{_LETTER}]++(?![{_LETTER}]|\.[{_LETTER}])"
)
# The capitals that end a word after a small letter ("AI" of "VaaniAI").
_CAPITALS_TAIL = regex.compile(r"(?<=\p{Ll})\p{Lu}++\Z")


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
    text: str,
    *,
    skip_acronyms: bool = False,
    runs: list[int] | None = None,
    numbers: list[int] | None = None,
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

    ``numbers``, if given, receives where a digit follows a lower-case ASCII letter
    (:func:`~cleantext.passes.sentences_numbers.lower_digit_places`).
    """
    classes = text.encode("latin-1", "replace").translate(_CLASSES)  # one byte a character
    if numbers is not None:
        numbers.extend(lower_digit_places(classes))
    if text.isascii():
        return _chunks_ascii(text, classes, skip_acronyms, runs)
    return _chunks_other(text, classes, skip_acronyms, runs)


def _chunks_other(
    text: str, classes: bytes, skip_acronyms: bool, runs: list[int] | None
) -> list[tuple[int, int]]:
    """``_chunks`` for text that is not pure ASCII: the candidates outside ASCII
    (:func:`_other_candidates`) are taken in their turn among the others."""
    n = len(text)
    found: list[tuple[int, int]] = []
    done = 0
    next_other = _other_candidates(text, classes)
    nxt_o = -1  # the next candidate outside ASCII at or after ``done``, once known
    for m in _CANDIDATE_CLASS.finditer(classes):
        p = m.start()
        if p < done:
            continue  # inside a chunk already seen
        sure = m.lastindex
        acronym = False
        if sure is not None and (sure < 3 or text[p + 1] in " \t"):
            acronym = sure == 3  # 3: no rule but "TVI think" holds there
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
            done = _take(text, classes, found, nxt_o, done)
        if p < done:
            continue
        if acronym and skip_acronyms and text[p] not in "IA" and _alone(classes, p, done):
            # "BBC said": the chunk ends at p (a blank follows) and has no candidate
            # before p. In ASCII none of its tokens then has a Capitalised hump after
            # the first, a tail "I", "A" or acronym after a word, or a "TVI"/"DfEEMs"
            # ending, and it has no sentence punctuation before a capital: nothing to
            # decide.
            done = p + 1
            continue
        done = _take(text, classes, found, p, done)
    while True:
        if nxt_o < done:
            nxt_o = next_other(done)
        if nxt_o >= n:
            return found
        done = _take(text, classes, found, nxt_o, done)


def _other_candidates(text: str, classes: bytes) -> Callable[[int], int]:
    """A function that gives the next candidate outside ASCII at or after a position (the
    text's length if there is none), asked for at rising positions."""
    n = len(text)
    # Capitals outside ASCII: each character outside ASCII after one that can start a
    # junction is checked, as long as there are few (news text: quotes, dashes, currency);
    # where there are many the text itself is searched.
    others: Iterator[re.Match[bytes]] | None = _OTHER_CLASS.finditer(classes)
    checked = 0

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

    return next_other


def _alone(classes: bytes, p: int, done: int) -> bool:
    """Whether the chunk that ends at ``p`` (the scan is at ``done``) has no character
    outside ASCII, where a candidate could be, before ``p``."""
    lo = p - _MAX_CHUNK
    if lo < done:
        lo = done
    return classes.find(b"X", max(lo, classes.rfind(b" ", lo, p) + 1), p) < 0


def _take(text: str, classes: bytes, found: list[tuple[int, int]], p: int, done: int) -> int:
    """Widen the candidate at p to its chunk (kept if short enough, in ``found``); the new
    done."""
    n = len(text)
    find, rfind = classes.find, classes.rfind
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
                done = p + 1  # "BBC said": nothing to decide (see _chunks_other)
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


# A name in camel case that opens with a verb of code ("useEffect", "getElementById").
# (the standard engine scans a long text for it about twice as fast as regex's)
_CODE_VERB_NAME = re.compile(
    r"(?<![\w@/.-])(?:get|set|use|add|remove|handle|create|update|fetch|load|init|parse"
    r"|render)(?:[A-Z][a-z0-9]+){1,4}(?![\w@/-])"
)
# The last parts of addresses: a dotted name that ends with one is no name in code.
_DOMAIN_ENDS = (
    "com|org|net|gov|edu|co|uk|io|de|fr|eu|us|info|news|tv|au|ca|nz|in|jp|cn|ru|it|es|nl"
    "|be|ch|se|no|dk|fi|pl|br|mx|za|ie|at|ly|me|ai|app|dev"
)
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
    # a dotted name of code, no address: "max.poll.records", "orderLoader.load"
    (
        ".",
        regex.compile(
            r"(?<![\w@/.-])(?:"
            # three parts or more in lower case
            r"[a-z][a-z0-9]++(?:\.[a-z][a-z0-9]++){2,4}+"
            # or two, one of them in camel case
            r"|[a-z][a-z0-9]++(?:[A-Z][a-z0-9]*+)++\.[a-z][a-zA-Z0-9]++"
            r"|[a-z][a-z0-9]++\.[a-z][a-z0-9]*+(?:[A-Z][a-z0-9]*+)++"
            # never an address: no domain's last part
            rf")(?<!\.(?:{_DOMAIN_ENDS}))(?![\w@/-]|\.\w)"
        ).finditer,
    ),
    # a path of a server after a space: "an endpoint, /healthz,"
    ("/", regex.compile(r"(?<=[\s(])/[a-z][a-z0-9_-]*+(?:/[a-z0-9_-]++)*+(?![\w/.])").finditer),
    # a function's name in camel case that opens with a verb of code: "useEffect",
    # "addEventListener", "setInterval" (a glued sentence after such a verb, "no useThe",
    # still splits: an opener follows)
    ("", _CODE_VERB_NAME.finditer),
)
_CODE_SIGNS = 2


def _talks_code(text: str) -> bool:
    """Whether ``text`` holds two signs of code or more (``f()``, ``=>``, ``::``, a line
    ending in ``{``, ``}`` or ``;``, ``obj.method(``, a line opening with ``def``,
    ``class``, ``import``..., a snake_case name, a source file's name, a dotted name such
    as ``max.poll.records`` or ``orderLoader.load``, a server's path such as
    ``/healthz``).

    >>> _talks_code("Call init() then run_all() from main.py."), _talks_code("He ran; she won.")
    (True, False)
    >>> _talks_code("Wrap it in useCallback and replace setInterval."), _talks_code("no useThe")
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


# A tab between two visible characters of a line: fields of a table.
_TAB_INSIDE = regex.compile(r"\S[^\S\n\r]*\t[^\S\n\r]*\S")
# A line break (LF, or the CR of CRLF or of an old Mac text).
_LINE_END = regex.compile(r"[\r\n]")
# How far from a token a line break is looked for before the index of all of them is built.
_NEAR = 2000
# Verbs that report speech: news ends many sentences with them ("a spokesman said.Small
# firms ... the statement said.Lack of ..."), and no module of code is named so.
_REPORTING_VERBS = frozenset(
    {
        "said", "says", "added", "told", "stated", "noted", "explained", "wrote",
        "warned", "insisted", "argued", "replied", "recalled", "admitted",
    }
)  # fmt: skip
# Pronouns that end sentences as objects ("it excites me.Working with them ... done for
# me.Good luck"): no module of code is named so either.
_NEVER_MODULES = _REPORTING_VERBS | frozenset({"me", "him", "her", "us", "them"})
# A lower-case word, a period and a name ("pd.DataFrame", "dask.array"); not the unit of a
# number, which ends sentences ("$31.4 billion.Harbour Street ... $2.9 billion.Comparable").
_DOTTED_NAME = regex.compile(r"(?<![\w.])(?<!\d[ \u00a0])(\p{Ll}\w*+)\.(\p{L}\w*+)")


# A word, a period and a name, maybe called ("DateTime.UtcNow", "jQuery.ajax(").
_MEMBER = regex.compile(r"(?<![\w.])(\w++)\.(\p{L}\w*+)(\()?+")


def _dotted_names(text: str) -> dict[str, set[str]]:
    """The names that the text writes after each lower-case word and a period: a word with
    two names or more is a module ("pd.DataFrame or pd.array"), not the end of sentences.

    >>> found = _dotted_names("Use pd.DataFrame or pd.array; it hit the industry.The market.")
    >>> sorted(found["pd"]), sorted(found["industry"])
    (['DataFrame', 'array'], ['The'])
    >>> _dotted_names("It rose to 5 billion.Harbour Street")
    {}
    """
    found: dict[str, set[str]] = {}
    for m in _DOTTED_NAME.finditer(text):
        found.setdefault(m.group(1), set()).add(m.group(2))
    return found
