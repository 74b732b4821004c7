"""Word knowledge for :mod:`cleantext.passes.sentences`: humps, word lists, known terms.

A *hump* is one piece of a mixed-case token as it would be read aloud: ``"PayPalThe"``
has the humps ``Pay``, ``Pal`` and ``The``; ``"AIThe"`` has ``AI`` and ``The``.

>>> humps("salesTimeWarner")
['sales', 'Time', 'Warner']
>>> humps("DVDsRentals"), humps("2004The"), humps("O'NeillThe")
(['DVDs', 'Rentals'], ['2004', 'The'], ["O'Neill", 'The'])
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA

from cleantext.resources import english_words, load_list

_L = r"\p{Ll}\p{M}"
# One hump. Order matters: plural acronyms ("PCs") before acronym runs, acronym runs that
# end where a capitalised word starts ("AI" in "AIThe"), then words and numbers.
_HUMP = regex.compile(
    rf"""
    (?:\p{{Lu}}['’](?=\p{{Lu}}))?+                 # O' D' particles stay with the name
    (?:
        \p{{N}}++[{_L}]{{1,3}}+(?![{_L}])          # 1990s, 400m, 5bn, 21st
      | \p{{Lu}}++&(?:\p{{Lu}}(?![{_L}]))++          # S&P, R&B
      | \p{{N}}++(?=(?:[AI]|\p{{Lu}}{{2,5}}+)\Z)        # 2006 in 2006A, 1999 in 1999EU
      | \p{{Lu}}{{2,}}+s(?![{_L}])                # PCs, DVDs
      | [\p{{Lu}}\p{{N}}]+?(?=\p{{Lu}}[{_L}])     # AI in AIThe, 2004 in 2004The
      | \p{{Lu}}[{_L}]++                          # Capitalised word
      | [{_L}]++                                  # lower-case run
      | [\p{{Lu}}\p{{N}}]++                       # trailing acronym or number
    )
    (?:['’][{_L}\p{{N}}]++)*+                      # contractions: didn't, He's
    """,
    regex.VERBOSE,
)
_CAPWORD = regex.compile(rf"\p{{Lu}}[{_L}]")
_ACRONYM = regex.compile(r"(?:\p{Lu}{2,}+|\p{Lu}++&\p{Lu}++)s?+")
_LOWER = regex.compile(rf"[{_L}]++(?:['’][{_L}]++)*+")
_HAS_DIGIT = regex.compile(r"\p{N}")
_PARTICLE = regex.compile(r"\A\p{Lu}['’](?=\p{Lu})")
_APOSTROPHE = regex.compile(r"['’]")
_CONTRACTION_ENDS = frozenset({"t", "s", "ll", "re", "ve", "d", "m"})
_NT_STEMS = frozenset({"ca", "wo", "sha", "ai"})

MAX_HUMPS = 8


def humps(token: str) -> list[str]:
    """Split ``token`` into humps; an empty list when it does not split cleanly.

    >>> humps("McDonald"), humps("iPhone"), humps("didn't")
    (['Mc', 'Donald'], ['i', 'Phone'], ["didn't"])
    """
    out: list[str] = []
    pos = 0
    n = len(token)
    while pos < n:
        m = _HUMP.match(token, pos)
        if m is None or m.end() == pos:
            return []
        out.append(m.group())
        pos = m.end()
    return out


def hump_kind(hump: str) -> str:
    """``cap`` (Capitalised word), ``lower``, ``acr`` (2+ capitals), ``num`` or ``letter``.

    >>> [hump_kind(h) for h in ("The", "sales", "SEC", "PCs", "2004", "PB100", "I")]
    ['cap', 'lower', 'acr', 'acr', 'num', 'num', 'letter']
    """
    hump = _PARTICLE.sub("", hump)
    if _HAS_DIGIT.search(hump):
        return "num"
    if _CAPWORD.match(hump):
        return "cap"
    if _LOWER.fullmatch(hump):
        return "lower"
    if _ACRONYM.fullmatch(hump):
        return "acr"
    return "letter"


def bare(hump: str) -> str:
    """The hump without a contraction or possessive ending: ``"He's"`` -> ``"He"``.

    >>> bare("He's"), bare("Reuters")
    ('He', 'Reuters')
    """
    m = _APOSTROPHE.search(hump)
    return hump if m is None else hump[: m.start()]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the pass consults, built once per set of options (compared and
    hashed by identity, so that results derived from it can be remembered cheaply).

    >>> lex = lexicon(keep=("TikTok",), names=())
    >>> lex.is_known("TikTok"), lex.is_word("market"), lex.starter("However")
    (True, True, 'strong')
    """

    words: frozenset[str]
    known: frozenset[str]
    known_fold: frozenset[str]
    #: The case-folded known terms that open with a lower-case letter ("iphone", "ebay").
    known_fold_lower: frozenset[str]
    particles: frozenset[str]
    lower_prefixes: frozenset[str]
    suffixes: frozenset[str]
    strong: frozenset[str]
    weak: frozenset[str]
    confirmers: frozenset[str]
    never_last: frozenset[str]
    glue_words: frozenset[str]
    after_i: frozenset[str]
    #: The mixed-case words of the canonical names ("AirPods", "TimeWarner").
    named: frozenset[str] = frozenset()
    #: Well-known acronyms ("BBC", "UKIP"): words of their own wherever a text writes them.
    acronyms: frozenset[str] = frozenset()
    #: The first two words of each canonical name of two capitalised words or more
    #: ("Tarvo", "Brannagh"): a person or a name that the user lists.
    name_starts: frozenset[tuple[str, str]] = frozenset()
    #: The first two words of each well-known organisation of two capitalised words or
    #: more (names_orgs.txt: "Deutsche", "Bahn"), the first no English word.
    org_starts: frozenset[tuple[str, str]] = frozenset()

    def is_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is an English word, allowing -s and contractions.

        >>> lex = lexicon((), ())
        >>> lex.is_word("sales"), lex.is_word("didn't"), lex.is_word("Europe")
        (True, True, False)
        """
        w = word.lower().replace("’", "'")
        if "'" in w:
            stem, _, end = w.partition("'")
            if end not in _CONTRACTION_ENDS:
                return False
            if end == "t" and stem.endswith("n"):
                stem = stem[:-1]
                return stem in _NT_STEMS or self.is_word(stem)
            w = stem
        if len(w) < 2:
            return False
        if w in self.words or (w.endswith("s") and w[:-1] in self.words):
            return True
        return w.endswith("ies") and w[:-3] + "y" in self.words

    def is_made_of_words(self, word: str) -> bool:
        """Whether the lower-case ``word`` is made of English words of the list: two words
        of three letters or more ("midfield", "fightback"), or one with -r, -er or -ing
        ("decider", "sharers", "disorientating") or un- or non- ("unsustainable"); a plural
        -s is dropped first.

        >>> lex = lexicon((), ())
        >>> [lex.is_made_of_words(w) for w in ("midfield", "decider", "xqzwv", "getfoo")]
        [True, True, False, False]
        """
        w = word[:-1] if len(word) > 4 and word.endswith("s") else word
        if not 5 <= len(w) <= _MAX_MADE_OF or not w.isalpha() or not w.islower():
            return False  # a longer run of letters is no word: not tried (cost grows with it)
        if w.endswith("er") and any(self.is_word(s) for s in (w[:-1], w[:-2])):
            return True  # "decide" + r, "fight" + er
        if w.endswith("ing") and any(self.is_word(s) for s in (w[:-3], w[:-3] + "e")):
            return True
        if (
            w.startswith(("un", "non"))
            and len(w) >= 7
            and self.is_word(w[2 + w.startswith("non") :])
        ):
            return True  # "unsustainable", "nonbinding": a word and its negation
        return any(
            self.is_word(w[:i]) and self.is_word(w[i:]) and w[:i] not in self.lower_prefixes
            for i in range(3, len(w) - 2)
        )

    def is_known(self, term: str) -> bool:
        """Whether ``term`` is a protected mixed-case word (bundled list, keep, names).

        A word in mixed case that opens in lower case is no term that opens in capitals
        ("dealShares" is a lost period after "deal", not "DealShare"): case aside, it is
        known only as a term that opens in lower case.

        >>> lex = lexicon(("FooBar", "DealShare"), ("Arthur Mensch", "Time Warner"))
        >>> [lex.is_known(t) for t in ("iPhone", "IPHONE", "FooBar", "TimeWarner", "Mensch")]
        [True, True, True, True, True]
        >>> [lex.is_known(t) for t in ("DealShares", "Dealshare", "dealShares", "IPhone")]
        [True, True, False, True]
        """
        if term in self.known:
            return True
        folds = (
            self.known_fold_lower if term[:1].islower() and not term.islower() else self.known_fold
        )
        if term.casefold() in folds:
            return True
        if len(term) > 3 and term.endswith("s"):
            stem = term[:-1]
            return stem in self.known or stem.casefold() in folds
        return False

    @functools.cached_property
    def _long_camel(self) -> dict[int, tuple[str, ...]]:
        return _by_length(t for t in self.known if len(t) >= _NEAR_MIN and INNER_CAP.search(t))

    @functools.cached_property
    def _named_camel(self) -> dict[int, tuple[str, ...]]:
        return _by_length(
            t for t in self.named if len(t) >= _NEAR_NAMED_MIN and _NAMED_CAP.search(t)
        )

    def near_known(self, token: str) -> str | None:
        """The known camel-case term one letter (or two swapped) away from ``token``, if
        any: a misspelt name ("DaimerChrysler"), not two sentences. Only for tokens of eight
        letters or more, or of six for a term of the canonical names ("AirPdos").

        >>> lex = lexicon((), ("AirPods",))
        >>> lex.near_known("ThysenKrupp"), lex.near_known("PlanChange")
        ('ThyssenKrupp', None)
        >>> lex.near_known("AirPdos"), lexicon((), ()).near_known("AirPdos")
        ('AirPods', None)
        >>> lexicon((), ("Mike O'Brien",)).near_known("OBBrien")
        "O'Brien"
        """
        if len(token) < _NEAR_NAMED_MIN:
            return None
        table = self._long_camel if len(token) >= _NEAR_MIN else self._named_camel
        terms = table.get(len(token), ())  # one letter away: one letter longer at most
        found = process.extractOne(token, terms, scorer=OSA.distance, score_cutoff=1)
        return None if found is None else str(found[0])

    def confirms(self, word: str) -> bool:
        """Whether ``word``, right after a weak starter, says a sentence starts there.

        >>> lex = lexicon((), ())
        >>> [lex.confirms(w) for w in ("the", "Europe", "2004", "fact", "profile")]
        [True, True, True, True, False]
        """
        return word[:1].isupper() or word[:1].isdigit() or word in self.confirmers

    def starter(self, hump: str) -> str | None:
        """``"strong"``, ``"weak"`` or None: does ``hump`` often start a sentence?

        >>> lex = lexicon((), ())
        >>> lex.starter("The"), lex.starter("In"), lex.starter("Warner")
        ('strong', 'weak', None)
        """
        word = bare(hump)
        if word in self.strong:
            return "strong"
        if word in self.weak:
            return "weak"
        return None


_NEAR_MIN = 8


def _by_length(terms: Iterable[str]) -> dict[int, tuple[str, ...]]:
    """For each length n, the terms (sorted) of n - 1 to n + 1 characters: the only ones
    a token of n characters can be one edit away from.

    >>> _by_length(["AirPods", "iPad", "eBay"])[5]
    ('eBay', 'iPad')
    """
    lengths: dict[int, list[str]] = {}
    for term in terms:
        lengths.setdefault(len(term), []).append(term)
    return {
        n: tuple(sorted(t for m in (n - 1, n, n + 1) for t in lengths.get(m, ())))
        for n in range(min(lengths, default=1) - 1, max(lengths, default=0) + 2)
    }


_MAX_MADE_OF = 24  # letters: the longest lower-case word tried as made of two words
_NEAR_NAMED_MIN = 6  # the user named the term: a shorter token near it is it, misspelt
INNER_CAP = regex.compile(r"\p{Ll}\p{Lu}")
# A capital inside a name of the canonical list: "AirPods", and "O'Brien" after its
# apostrophe (a scraper that loses the apostrophe may write "OBBrien").
_NAMED_CAP = regex.compile(r"[\p{Ll}'\u2019]\p{Lu}")
_SPLIT_NAME = regex.compile(r"[^\p{L}\p{N}\p{M}'’]++")


@functools.lru_cache(maxsize=64)
def lexicon(keep: tuple[str, ...], names: tuple[str, ...]) -> Lexicon:
    """The :class:`Lexicon` for these ``keep`` words and canonical ``names`` (cached).

    Name tokens and the name written as one word ("Time Warner" -> "TimeWarner") are
    protected too.

    >>> lexicon((), ("Deep Seek",)).is_known("DeepSeek")
    True
    >>> lexicon((), ("Ann Okeke-Field",)).is_known("OkekeField")
    True
    """
    bundled, particles, lower_prefixes, suffixes = _camelcase_lists()
    named, name_starts = _name_terms(names)
    terms = _known_terms(bundled, keep, named)
    strong, weak, confirmers, never_last, glue_words, after_i = _starter_lists()
    return Lexicon(
        words=_words(),
        known=frozenset(terms),
        known_fold=frozenset(t.casefold() for t in terms),
        known_fold_lower=frozenset(t.casefold() for t in terms if t[:1].islower()),
        particles=particles,
        lower_prefixes=lower_prefixes,
        suffixes=suffixes,
        strong=strong,
        weak=weak,
        confirmers=confirmers,
        never_last=never_last,
        glue_words=glue_words,
        after_i=after_i,
        named=frozenset(named),
        acronyms=_acronyms(),
        name_starts=frozenset(name_starts),
        org_starts=_org_starts(),
    )


def _camelcase_lists() -> tuple[list[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The entries of the bundled camelcase.txt by kind: the mixed-case terms (in the
    order of the file), the capitalised particles ("Mc*"), the lower-case prefixes
    ("de*") and the suffixes ("*Bank"), the markers dropped.
    """
    terms: list[str] = []
    particles: set[str] = set()
    lower_prefixes: set[str] = set()
    suffixes: set[str] = set()
    for entry in load_list("camelcase.txt"):
        if entry.startswith("*"):
            suffixes.add(entry[1:])
        elif entry.endswith("*"):
            stem = entry[:-1]
            (lower_prefixes if stem[:1].islower() else particles).add(stem)
        else:
            terms.append(entry)
    return terms, frozenset(particles), frozenset(lower_prefixes), frozenset(suffixes)


def _name_terms(names: Iterable[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """The words the canonical ``names`` protect, and the first two words of each name
    whose first two words are capitalised.

    The words are each word of a name, the name and each run of its words written as one
    word, and each double-barrelled word written as one.

    >>> named, starts = _name_terms(["Ann Okeke-Field"])
    >>> sorted(named), starts
    (['Ann', 'AnnOkeke', 'AnnOkekeField', 'Field', 'Okeke', 'OkekeField'], {('Ann', 'Okeke')})
    >>> "delaPaz" in _name_terms(["Ernesto dela Paz"])[0]
    True
    """
    named: set[str] = set()
    name_starts: set[tuple[str, str]] = set()
    for name in names:
        parts = [p for p in _SPLIT_NAME.split(name) if p]
        named.update(parts)
        if len(parts) > 1:
            # the name written as one word, and each run of its words ("delaPaz" in
            # "Ernesto dela Paz"): a surname of several words loses its space too
            named.update(
                "".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)
            )
            if parts[0][:1].isupper() and parts[1][:1].isupper():
                name_starts.add((parts[0], parts[1]))
        named.update(_joined_words(name))
    return named, name_starts


def _joined_words(name: str) -> list[str]:
    """Each word of ``name`` made of two pieces or more, the pieces joined.

    >>> _joined_words("Ann Okeke-Field O'Brien")
    ['OkekeField']
    """
    joined: list[str] = []
    for word in name.split():
        pieces = [p for p in _SPLIT_NAME.split(word) if p]
        if len(pieces) > 1:
            joined.append("".join(pieces))
    return joined


def _known_terms(bundled: list[str], keep: Iterable[str], named: set[str]) -> set[str]:
    """The protected mixed-case terms: the ``bundled`` ones, the ``keep`` words (stripped)
    and the words of the canonical names, ``named``.

    >>> sorted(_known_terms(["iPhone"], [" TikTok ", " "], {"AirPods"}))
    ['AirPods', 'TikTok', 'iPhone']
    """
    terms = set(bundled)
    terms.update(k.strip() for k in keep if k.strip())
    terms.update(named)
    return terms


def _starter_lists() -> tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]:
    """The word lists of the bundled sentence_starters.txt: the strong and the weak
    starters, the confirmers (with every starter in lower case), the words that never end
    a sentence, the glue words and the words after "I".
    """
    strong: set[str] = set()
    weak: set[str] = set()
    confirmers: set[str] = set()
    never_last: set[str] = set()
    glue_words: set[str] = set()
    after_i: set[str] = set()
    for entry in load_list("sentence_starters.txt"):
        if entry.startswith(">"):
            after_i.add(entry[1:])
        elif entry.startswith("="):
            glue_words.add(entry[1:])
        elif entry.startswith("+"):
            confirmers.add(entry[1:])
        elif entry.startswith("^"):
            never_last.add(entry[1:])
            strong.add(entry[1:])
        else:
            (weak if entry.startswith("~") else strong).add(entry.lstrip("~"))
    confirmers.update(w.lower() for w in strong | weak)
    return (
        frozenset(strong),
        frozenset(weak),
        frozenset(confirmers),
        frozenset(never_last),
        frozenset(glue_words),
        frozenset(after_i),
    )


# Months and weekdays: no name starts with one glued to a Capitalised word or an acronym
# ("in MayCouncillors", "on ThursdayElena"); a date often ends a sentence.
_MONTHS = frozenset(
    [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
)  # fmt: skip
_DATES = _MONTHS | frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
# Words before a month or weekday that make it a date.
_DATE_BEFORE = frozenset(
    [
        "in",
        "on",
        "of",
        "into",
        "through",
        "throughout",
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


@functools.cache
def _org_starts() -> frozenset[tuple[str, str]]:
    """The first two words of each organisation of names_orgs.txt whose first two words
    are capitalised and whose first word is no English word ("Deutsche Bahn", not
    "Bank of America" or "General Motors").

    >>> ("Deutsche", "Bahn") in _org_starts(), ("General", "Motors") in _org_starts()
    (True, False)
    """
    words = _words()
    starts = set()
    for name in load_list("names_orgs.txt"):
        parts = name.split()
        if (
            len(parts) > 1
            and parts[0][:1].isupper()
            and parts[1][:1].isupper()
            and parts[0].isalpha()
            and parts[0].lower() not in words
        ):
            starts.add((parts[0], parts[1]))
    return frozenset(starts)


@functools.cache
def _acronyms() -> frozenset[str]:
    return frozenset(load_list("acronyms.txt"))


def _words() -> frozenset[str]:
    return english_words()
