"""A cheap first look at a line: can any entry of the library match it at all?

Almost every line of an article is prose. :meth:`Library.classify
<cleantext.passes.boilerplate_library.Library.classify>` would try each of them against
the phrases, the patterns, the templates of its dispatch buckets and the sentence rules;
the screen turns most of them away first with a few lookups that each rule's own first
step implies, so it never turns away a line that a rule would take:

- a phrase matches a line (or its first sentence) only if the line's first two key words
  open a phrase of two words or more, or its first key word is a phrase of one word
  (alone, repeated, or with a counter: ``Comments 12``), or the first two that are no
  optional word ("the", "this"...) open a phrase of two words or more without its own;
- a line of more than ``MAX_TEMPLATE_WORDS`` words is no template's and no line of
  sentences: only a phrase or a pattern may take it;
- a template is tried only on a line of its dispatch bucket (the line's first or last
  token, or the kind of either), and only if each of its required words is in the line: a
  line whose buckets hold no template with all its required words present is no
  template's (the longest word of each is looked for first, and the others only then);
- a pattern is tried as it is (one call for the whole line, one for its first sentence);
- a call to action has 30 words at most, one of the stems that :func:`may_call_to_action
  <cleantext.passes.boilerplate_library.may_call_to_action>` looks for, and a match of one
  of its cue patterns, or opens with a request of a promotion (:func:`may_promote
  <cleantext.passes.boilerplate_library.may_promote>`);
- a line of several sentences is boilerplate only if its first one is (a phrase, a
  pattern, a template or a call to action) or is a companion of one (``Hi, I'm Ann!``),
  which :func:`_companion <cleantext.passes.boilerplate_library._companion>` decides; a
  request that its own "and" cuts in parts is tried whole, as the rules do.

Lines that are not plain ASCII once normalised always pass, but for symbols that no rule
names (currency signs such as "£" and "€", "°", "®"): those are read as one ASCII symbol
that every rule treats alike ("£5m" as "^5m"), so a paragraph that quotes prices in pounds
is turned away like one in dollars.
``tests/test_boilerplate_screen.py`` checks that the screen passes every line the library
classifies, on invented lines and on every entry of the library written out.

>>> from cleantext.passes.boilerplate_library import library
>>> screen = library().screen
>>> screen.may_match("Share this article"), screen.may_match("Shares fell by a third.")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import regex

from cleantext.passes import boilerplate_library as bl

# The first two key words of a lower-cased ASCII line.
_ASCII_TWO = re.compile(r"[^a-z0-9]*([a-z0-9]+)(?:[^a-z0-9]+([a-z0-9]+))?")
_WORD_CHARS = frozenset(bl._ASCII_WORD_CHARS)
_ASCII_WORD = bl._ASCII_KEY_WORD  # a key word of a lower-cased ASCII line
# The first sentence split of an ASCII line (the one ``_parts`` finds first).
_ASCII_SPLIT = bl._ASCII_SENTENCE_SPLIT
_ASCII_SENTENCE_ONLY_SPLIT = bl._ASCII_SENTENCE_ONLY_SPLIT  # without the cut at "and"
_IMPERATIVE = bl._IMPERATIVE
_NEWS_CUE = bl._NEWS_CUE
_NAG = bl._NAG
_VETO = bl._VETO.ascii  # the veto words, searched in a lower-cased ASCII text
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# What a symbol that no rule names is read as: an ASCII symbol that no rule names either
# (no word character, space, decoration, sentence break, quote or dispatch token).
STAND_IN = "^"
#: What a line must hold for one of the templates of a bucket (see :attr:`Screen.needs`).
Needs = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]


@dataclass(frozen=True, slots=True)
class Screen:
    """What lines the library can match, reduced to lookups (see the module docs).

    >>> from cleantext.passes.boilerplate_library import library
    >>> screen = library().screen
    >>> screen.may_match("Read more: Rates rise"), screen.may_match("Rates rose, he said.")
    (True, False)
    """

    #: The first two key words of each phrase of two words or more.
    pairs: frozenset[tuple[str, str]]
    #: The phrases of one key word.
    singles: frozenset[str]
    #: For each dispatch bucket, what a line must hold for one of its templates, or None
    #: if one template requires no word: the longest required word of some of them, each
    #: with the other words that each of those requires (``((),)`` if one needs no other).
    needs: Mapping[tuple[str, str], Needs | None]
    #: The patterns of the library, in one alternation (or each alone).
    union: bl.PatternUnion | None
    patterns: tuple[regex.Pattern[str], ...]
    #: The first and last tokens that dispatch a template: a symbol among them is named.
    tokens: frozenset[str] = frozenset()
    #: The first two words of each phrase of two words or more without its optional words
    #: (:func:`~cleantext.passes.boilerplate_library.bare_key`).
    bare_pairs: frozenset[tuple[str, str]] = frozenset()
    #: Whether each non-ASCII character seen may be read as :data:`STAND_IN` (a cache).
    symbols: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def may_match(self, s: str) -> bool:
        """False only if :meth:`Library.classify` finds nothing in the normalised line ``s``
        (a line of :func:`~cleantext.passes.boilerplate_library.normalize_line`: no
        decoration, single spaces).
        """
        if not (s[:1] > " " and s[-1:] > " "):
            return True  # the rules decide
        if "|" in s and s.count(" | ") >= bl._MENU_ITEMS - 1:
            return True  # a menu of links between bars, which the rules read item by item
        if bl.captioned(s):
            return True  # a caption with its photo's credit (in brackets, or after it)
        if s.isascii():
            return self._may_match(s, s)
        read = self._stand_in(s)
        return True if read is None else self._may_match(read, s)

    def _stand_in(self, s: str) -> str | None:
        """``s`` with each symbol that no rule names read as :data:`STAND_IN`, or None if
        ``s`` holds another non-ASCII character (a letter, a quote, a dash)."""
        read = s
        for c in set(_NON_ASCII.findall(s)):
            free = self.symbols.get(c)
            if free is None:
                free = self.symbols[c] = (
                    unicodedata.category(c)[0] == "S"
                    and c not in self.tokens
                    and STAND_IN not in self.tokens
                    and c not in bl._LEFT_DECOR_CHARS
                    and c not in bl._RIGHT_DECOR_CHARS
                )
            if not free:
                return None
            read = read.replace(c, STAND_IN)  # a few replaces beat str.translate on a str
        return read

    def _may_match(self, s: str, original: str) -> bool:
        """:meth:`may_match` of the ASCII line ``s``: ``original`` itself, or the line it
        reads with symbols as :data:`STAND_IN` (the patterns and cues search the original,
        which is as long)."""
        if self._pattern(original):
            return True
        folded = s.lower()
        m = _ASCII_TWO.match(folded)
        if m is None:
            return True  # no key word at all: the rules decide
        first = m.group(1)
        if self._phrase(first, m.group(2)) or self._bare(first, m.group(2), folded):
            return True
        words = s.count(" ") + 1
        if words > bl.MAX_TEMPLATE_WORDS:
            return False  # then only a phrase or a pattern takes the line
        # The templates of the line's first token (the same for its first sentence: the
        # required words are looked for in the whole line, which holds the sentence's).
        fw = first if folded[0] in _WORD_CHARS else folded[0]
        if self._first_side(folded, fw) or self._last_side(folded, folded):
            return True
        split = _ASCII_SPLIT.search(s)
        if split is None:  # one sentence: then only a call to action of 30 words or fewer
            return words <= 30 and _call_to_action(original, folded)
        if (
            words <= 30
            and (_IMPERATIVE.match(original) or bl.may_promote(original))
            and _call_to_action(original, folded)
        ):
            return True  # a request cut in parts by its own "and" or dash
        # The first sentence: the first of the parts (every part of a line of several
        # sentences must be boilerplate or go with boilerplate), its decoration stripped.
        p = bl.strip_decoration(s[: split.start()].rstrip())
        if not p or not s.startswith(p):
            return True  # the first sentence is not where the line starts: the rules decide
        second = _ASCII_TWO.match(folded[: len(p)])
        if second is not None and self._phrase(first, second.group(2)):
            return True
        if self._sentence_may_match(p, original, folded):
            return True
        return self._whole_first_sentence(s, original, folded, len(p))

    def _sentence_may_match(self, p: str, original: str, folded: str) -> bool:
        """Whether ``p``, the first sentence of the ASCII line ``original`` (lower-cased:
        ``folded``), may be boilerplate or go with it: a pattern, a template of its last
        token, a call to action or a companion."""
        p_original, p_folded = original[: len(p)], folded[: len(p)]
        if self._pattern(p_original) or self._last_side(p_folded, folded):
            return True
        # Neither a call to action nor a companion has a word of reported speech in it.
        words = p.count(" ") + 1
        if words > 30 or _VETO.search(p_folded) is not None:
            return False
        return _call_to_action(p_original, p_folded) or (
            words <= 20 and bl._companion(p_original, vetted=True)
        )

    def _whole_first_sentence(self, s: str, original: str, folded: str, cut: int) -> bool:
        """Whether the first sentence of the ASCII line ``s``, read with the "and" that cut
        it at ``cut`` (``"this and our - Share"``), may be boilerplate or a companion: the
        rules read the sentences of a line so when its parts cut at "and" fail."""
        if " and " not in folded[: cut + 5]:
            return False  # the first cut is no "and"
        split = _ASCII_SENTENCE_ONLY_SPLIT.search(s)
        if split is None:
            return False  # one sentence: the checks of the whole line covered it
        p = bl.strip_decoration(s[: split.start()].rstrip())
        if not p or not s.startswith(p):
            return True  # the rules decide
        return self._sentence_may_match(p, original, folded)

    def may_open(self, window: str) -> bool:
        """False only if no piece of two words or more of the ASCII text ``window`` that
        opens where it opens (whatever its end) is a phrase's, a template's of its first
        word or of none, or a pattern's: the first look at furniture that may open inside
        a line, before each of its possible ends is read (see
        :func:`~cleantext.passes.boilerplate_inside.between`).

        >>> from cleantext.passes.boilerplate_library import library
        >>> screen = library().screen
        >>> screen.may_open("Share Copy link The party"), screen.may_open("Shares fell sharply.")
        (True, False)
        """
        folded = window.lower()
        two = _ASCII_TWO.match(folded)
        if two is None or two.group(1) is None:
            return True  # the rules decide
        first, second = two.group(1), two.group(2)
        if second is not None and self._phrase(first, second):
            return True  # (a piece of one word is no piece this look is for)
        if self._bare(first, second, folded) or self._first_side(folded, first):
            return True
        return self.union is not None and self.union.may_open(window[: two.end()])

    def _pattern(self, s: str) -> bool:
        if self.union is not None:
            return self.union.fullmatch(s)
        return any(p.fullmatch(s) for p in self.patterns)

    def _phrase(self, first: str, second: str | None) -> bool:
        if (first, second) in self.pairs:
            return True
        return first in self.singles and (second is None or second == first or second.isdigit())

    def _bare(self, first: str, second: str | None, folded: str) -> bool:
        """Whether the first two words of the lower-cased ASCII line ``folded`` that are
        not optional (``first`` and ``second`` when neither is) open a phrase's bare key."""
        if second is None or not self.bare_pairs:
            return False
        optional = bl.OPTIONAL_WORDS
        if first not in optional and second not in optional:
            return (first, second) in self.bare_pairs
        words: list[str] = []
        for m in _ASCII_WORD.finditer(folded):
            if m.group() not in optional:
                words.append(m.group())
                if len(words) == 2:
                    return (words[0], words[1]) in self.bare_pairs
        return False

    def _first_side(self, folded: str, fw: str) -> bool:
        """Whether a template dispatched by the first token ``fw`` (or its kind) of an
        ASCII line, or by no token, may match it (the buckets of :func:`line_dispatch
        <cleantext.passes.boilerplate_library.line_dispatch>`)."""
        needs = self.needs
        if _needed(needs.get(("first", fw), ()), folded):
            return True
        if _needed(needs.get(("any", ""), ()), folded):
            return True
        if fw[0].isdigit() and _needed(needs.get(("first-kind", "digit"), ()), folded):
            return True
        if fw in bl._NETWORK_WORDS and _needed(needs.get(("first-kind", "network"), ()), folded):
            return True
        return folded.startswith(bl._AGENCY_BY_FIRST.get(folded[:1], ())) and _needed(
            needs.get(("first-kind", "agency"), ()), folded
        )

    def _last_side(self, folded: str, words_in: str) -> bool:
        """Whether a template dispatched by the last token (or its kind) of the lower-cased
        ASCII line ``folded`` may match it, its required words looked for in
        ``words_in``."""
        needs = self.needs
        cut = len(folded.rstrip(bl._ASCII_WORD_CHARS))
        lw = folded[cut:] if cut < len(folded) else folded[-1]
        if _needed(needs.get(("last", lw), ()), words_in):
            return True
        if lw[0].isdigit() and _needed(needs.get(("last-kind", "digit"), ()), words_in):
            return True
        last = folded[-1:]
        if folded.endswith(bl._CREDIT_BY_LAST.get(last, ())):
            if folded.endswith(bl._AGENCY_BY_LAST.get(last, ())) and _needed(
                needs.get(("last-kind", "agency"), ()), words_in
            ):
                return True
            if folded.endswith(bl._PAPER_BY_LAST.get(last, ())) and _needed(
                needs.get(("last-kind", "paper"), ()), words_in
            ):
                return True
        return (
            "@" in folded
            and "@" in folded[folded.rfind(" ") + 1 :]
            and _needed(needs.get(("last-kind", "email"), ()), words_in)
        )


def _needed(need: Needs | None, folded: str) -> bool:
    """Whether a bucket's templates may match: ``need`` is None (a template needs no word)
    or ``folded`` holds every required word of one of them; an empty bucket (``()``)
    never does.

    >>> need = (("newsletter", (("sign",), ("our", "free"))),)
    >>> [_needed(need, s) for s in ("sign up to the newsletter", "the newsletter", "sign")]
    [True, False, False]
    """
    if need is None:
        return True
    # a few words: plain searches beat one alternation, and loops beat any() and all() here
    for word, others in need:
        if word in folded:
            for rest in others:
                for other in rest:
                    if other not in folded:
                        break
                else:
                    return True
    return False


def _call_to_action(s: str, folded: str) -> bool:
    """Whether :func:`~cleantext.passes.boilerplate_library._call_to_action` may take the
    ASCII ``s`` (lower-cased: ``folded``): a request that a promotion opens with, or one of
    its stems, then one of its cue patterns."""
    cut = folded.find(" ")
    if (folded[:cut] if cut > 0 else folded) in bl._PROMO_FIRSTS and bl.may_promote(s):
        return True
    for stem in bl._CUE_STEMS:
        if stem in folded:
            return (
                _NEWS_CUE.search(s) is not None
                or _NAG.search(s) is not None
                or bl._NAMED_ASK.search(s) is not None
            )
    return False


def _fewest(rests: set[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The sets of words in ``rests`` that hold no other one of them, fewest words first:
    a line that holds a larger set holds the smaller one too.

    >>> _fewest({("our",), ("our", "free"), ("weekly",)})
    (('our',), ('weekly',))
    """
    ordered = sorted(rests, key=lambda r: (len(r), r))
    kept: list[tuple[str, ...]] = []
    for rest in ordered:
        if not any(set(k) <= set(rest) for k in kept):
            kept.append(rest)
    return tuple(kept)


def build_screen(
    phrases: Sequence[str],
    required: Sequence[tuple[str, ...]],
    buckets: Mapping[tuple[str, str], Sequence[int]],
    patterns: Sequence[regex.Pattern[str]],
    union: bl.PatternUnion | None,
    *,
    bare: Sequence[str] = (),
) -> Screen:
    """The screen of a library: its phrase keys, the required words of its templates, its
    dispatch buckets and its patterns.

    >>> screen = build_screen(["share this"], [("photo",)], {("first", "photo"): (0,)}, [], None)
    >>> [screen.may_match(s) for s in ("Share this", "Photo: Ann Lee", "Shares fell")]
    [True, True, False]
    """
    pairs: set[tuple[str, str]] = set()
    singles: set[str] = set()
    for key in phrases:
        words = key.split(" ")
        if len(words) == 1:
            singles.add(words[0])
        else:
            pairs.add((words[0], words[1]))
    needs: dict[tuple[str, str], Needs | None] = {}
    for slot, members in buckets.items():
        if any(not required[i] for i in members):
            needs[slot] = None
            continue
        by_longest: dict[str, set[tuple[str, ...]]] = {}
        for i in members:
            longest = max(required[i], key=len)
            rest = list(required[i])
            rest.remove(longest)
            by_longest.setdefault(longest, set()).add(tuple(sorted(set(rest) - {longest})))
        # the longest (rarest) words first; of the other words, no set that holds another;
        # no word that holds a word enough alone ("photos" beside "photo")
        alone = {w for w, rests in by_longest.items() if () in rests}
        needs[slot] = tuple(
            (word, _fewest(by_longest[word]))
            for word in sorted(by_longest, key=lambda w: (-len(w), w))
            if not any(o != word and o in word for o in alone)
        )
    tokens = frozenset(token for _, token in buckets)
    bare_pairs = frozenset((w[0], w[1]) for w in (key.split(" ") for key in bare) if len(w) > 1)
    return Screen(
        frozenset(pairs),
        frozenset(singles),
        needs,
        union,
        tuple(patterns),
        tokens,
        bare_pairs=bare_pairs,
    )
