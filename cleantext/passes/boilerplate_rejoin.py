"""Rejoining a paragraph that a removed boilerplate block had split in two.

Scrapers put an ad slot wherever the page had one, sometimes in the middle of a paragraph,
and the sentence before it often loses its final period. After the block is removed the
two halves are joined again when the evidence says they were one paragraph:

- the first half ends without terminal punctuation and the second starts a new sentence
  (capital letter): join with ``". "``;
- the sentence simply continues (second half starts in lower case, or the first half ends
  with a comma or semicolon): join with ``" "``;
- otherwise (the first half ends a sentence, or is a title, heading, byline, list item,
  tweet attribution, URL...) the paragraph break stays.

A first half that ends with a period is left as its own paragraph: a paragraph that ends a
sentence cannot be told apart from one that an ad happened to split there, and keeping the
break changes nothing in the text.

>>> rejoin("Shares fell sharply on Monday after the bank cut its forecast", "Analysts said...")
'. '
>>> rejoin("Shares fell sharply on Monday after the bank cut its", "forecast for the year.")
' '
>>> rejoin("Bank cuts forecast", "Shares fell on Monday.", first=True) is None
True
"""

from __future__ import annotations

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_lexicon import lexicon

# Words a sentence never ends with (prepositions can: "help with", "used to"): when a
# paragraph ends with one, the text is broken in a way we do not understand (a dropped
# link, say), and we leave it alone.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "its",
        "their",
        "your",
        "our",
        "my",
        "his",
        "whose",
        "than",
        "versus",
        "vs",
        "via",
        "per",
    ]
)
# Prepositions that no sentence of news ends with (unlike "with", "to" or "for": "help
# with", "used to"; "24% against" ends one, but an opener follows it then: "In the
# survey"), and conjunctions: a name or a number after one goes on the sentence.
_GOES_ON = frozenset(
    [
        "by", "from", "against", "at", "of", "into", "onto", "toward", "towards", "between",
        "among", "amid", "during", "despite", "without", "within", "across", "beside",
        "including", "than", "near", "via", "per", "versus", "vs", "and", "or", "nor",
    ]
)  # fmt: skip
# Words that a number goes on after, though a sentence may end with them ("compared
# with" / "31% of millennials", "rose to" / "4.5%").
_BEFORE_NUMBERS = frozenset(
    ["with", "to", "for", "in", "on", "over", "under", "about", "before", "after", "until"]
)
# Words of quantity that a number goes on after ("when just" / "25 pups were born"), though
# a sentence may end with some of them ("...they said so too, just").
_QUANTITY = frozenset(
    ["just", "only", "nearly", "almost", "around", "approximately", "roughly", "exactly",
     "some", "least", "another", "barely", "fewer", "more"]
)  # fmt: skip
# Words that open a sentence rather than go on one ("...24% against" / "In the survey").
_OPENERS = frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we",
        "i", "you", "there", "however", "but", "and", "in", "on", "at", "for", "after",
        "when", "while", "as", "if", "meanwhile", "yet", "so", "his", "her", "their", "its",
        "our", "my", "some", "many", "most",
    ]
)  # fmt: skip
# Lower-case words that do not count against a Title Case heading.
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "via",
        "per",
        "vs",
        "v",
        "is",
        "are",
        "was",
        "be",
        "it",
        "its",
        "up",
        "out",
        "off",
        "than",
        "then",
        "so",
        "if",
        "not",
        "no",
        "about",
        "after",
        "before",
        "amid",
    ]
)

_ARTICLES = frozenset(("a", "an", "the"))
_INNER_SENTENCE = regex.compile(r"\p{Ll}[.!?][\"'\u201d\u2019]? \p{Lu}")
_COLON_OR_LINK = regex.compile(r":|https?://|www\.")
_TERMINAL = regex.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*+$")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019.&-]*+")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{2,}+(?![\p{L}\p{N}])")
_LIST_PREFIX = regex.compile(
    r"^(?:[-\u2013\u2014*\u2022\u00b7>\u25aa\u25cf]|\d{1,3}[.)]\s|[A-Za-z][.)]\s|[QA]:\s"
    # and a time code ("[02:15] Why hens..."), not a time of day that opens a live blog's
    # entry ("9:40 p.m.: The count goes on")
    r"|[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s(?!(?i:[ap]\.?m)\b))"
)
_LINKISH_END = regex.compile(r"(?:https?://\S+|www\.\S+|pic\.twitter\.com/\S+|[@#]\w+|\S+@\S+)$")
# A quotation's source after its closing punctuation: "...Martin.” — Neil Gaiman".
_ATTRIBUTION = regex.compile(
    r"[.!?\u2026][\"'\u201d\u2019]?+ ++[-\u2013\u2014\u2015]{1,2}+ ?+\p{Lu}[^.!?]{0,60}+$"
)
_BRACKETED = regex.compile(r"\([^()]*+\)|\[[^\[\]]*+\]")
_OPEN_SENTENCE = regex.compile(r"^[\"'\u201c\u2018(]?\p{Lu}")
_LOWER_START = regex.compile(r"^\p{Ll}[\p{Ll}'\u2019-]*+(?=[\s,;:.!?]|$)")
# An ordinal and a lower-case word go on a sentence ("It was Mensah's / 11th goal of the
# season"); so does any number after a possessive ("the club's / 150 members"). A count may
# open a sentence on some sites ("12 people were hurt"), an ordinal hardly ever.
_ORDINAL_GOES_ON = regex.compile(r"^\d{1,4}(?:st|nd|rd|th) \p{Ll}")
_NUMBER_GOES_ON = regex.compile(r"^\d{1,3}(?:,\d{3})*+ \p{Ll}")
_POSSESSIVE_END = regex.compile(r"\p{L}['\u2019]s?$")
# A word that a sentence going on after a comma writes in lower case, capitalised and
# followed by a lower-case word: a sentence of its own opens there ("The alleged
# violations", not "The Times reported").
_OWN_SENTENCE = regex.compile(
    r"^(?:The|A|An|This|That|These|Those|It|He|She|They|We|There|However|But|And) \p{Ll}"
)


def _cut_off(text: str) -> bool:
    """Whether ``text`` stops where no title does: on a comma, or on a word that a
    sentence goes on after (the first half of a sentence that an ad cut, at the top of a
    text: "Exports rose 12 percent from" / "the same period last year").

    >>> _cut_off("Exports rose 12 percent from"), _cut_off("Ryanair to cut flights")
    (True, False)
    """
    end = text.rsplit(None, 1)[-1].casefold()
    return text.endswith(",") or end in _GOES_ON or end in _FUNCTION_WORDS


def is_title_like(text: str) -> bool:
    """Whether ``text`` reads like a title or heading (Title Case or capitals).

    >>> is_title_like("Apple Unveils New iPad Pro With Faster Chip")
    True
    >>> is_title_like("Pam Smith and Kelly Jones are nominated for best actress")
    False
    """
    words = _WORD.findall(text)
    significant = [w for w in words if w.casefold() not in _MINOR_WORDS]
    if not significant:
        return True
    upper = sum(1 for w in significant if not w[0].islower())
    return upper >= 0.8 * len(significant)


def rejoin(
    before: str,
    after: str,
    *,
    first: bool = False,
    list_like: bool = False,
    isolated: bool = False,
) -> str | None:
    """How to join ``before`` (end of the first half) and ``after`` (start of the second).

    Returns ``". "`` or ``" "`` (or ``""`` before the comma that goes on the sentence),
    or ``None`` to keep the paragraph break. ``first`` says
    that ``before`` is the document's first paragraph (usually its title); ``list_like``
    that it is the last line of a multi-line block such as a list; ``isolated`` that it
    stands alone between two boilerplate blocks (a short line there is a caption or a
    headline). ``after`` should be the whole line that follows: a short line without a
    final period there is a heading, and a heading starts its own paragraph. A first half
    wholly in brackets is a note, not a sentence.

    >>> rejoin("Prices rose, the ministry said on Tuesday in its report", "It added...")
    '. '
    >>> rejoin("The company said it would appeal the ruling.", "It added...") is None
    True
    >>> rejoin("He was speaking to the", "Financial Times on Monday.") is None
    True
    >>> rejoin("It sold guns in its stores in California in 2003,", "The Times said so.")
    ' '
    >>> rejoin("It sold guns in its stores in California in 2003,", "The sales fell.") is None
    True
    >>> rejoin("She is paid about eleven pence per word", ", and gets no royalties.")
    ''
    """
    last = before.rstrip()
    nxt = after.lstrip()
    if not last or not nxt:
        return None
    if _TERMINAL.search(last) or last.endswith(":"):
        return None
    final = last[-1]
    if nxt[:1] in ",;" and (final.isalnum() or final in "\"'\u201d\u2019)"):
        # no paragraph opens with a comma: the clause goes on ("per word" / ", and
        # receives no royalties"), with no space before its comma
        return None if first or list_like else ""
    lower_start = (
        _LOWER_START.match(nxt) is not None
        or _ORDINAL_GOES_ON.match(nxt) is not None
        or (_NUMBER_GOES_ON.match(nxt) is not None and _POSSESSIVE_END.search(last) is not None)
    )
    if lower_start:
        # the sentence goes on: "... in the\n\n[ad]\n\nmiddle of the sentence."
        if list_like or (first and len(last.split()) < 20 and not _cut_off(last)):
            return None
        return " " if final.isalnum() or final in ",;-\u2013\u2014\"'\u201d\u2019)" else None
    if final in ",;":
        if _OWN_SENTENCE.match(nxt):
            return None  # the paragraph ends there, however oddly ("...in 2003," / "The ...")
        return " " if len(last) >= 40 and not first and not list_like else None
    end_word = last.rsplit(None, 1)[-1]
    if (
        (end_word in _GOES_ON or (end_word in _BEFORE_NUMBERS | _QUANTITY and nxt[:1].isdigit()))
        and not first
        and not list_like
        and len(last.split()) >= 4
        and (nxt[:1].isdigit() or _OPEN_SENTENCE.match(nxt))
        and nxt.split(None, 1)[0].strip("\"'\u201c\u2018(").casefold() not in _OPENERS
    ):
        # "trapped leg before by" / "Kuldeep Yadav, the innings...", "now more than" /
        # "15 billion miles": no sentence ends on such a word; the name or the number
        # after it goes on the sentence
        return " "
    if not _OPEN_SENTENCE.match(nxt):
        return None
    goes_on = None if first or list_like or isolated else _goes_on_to(last, nxt)
    if goes_on is not None:
        return goes_on
    if _BRACKETED.fullmatch(last):
        return None  # a note in brackets: "(after extra time - score at 90 mins 1-1)"
    core = last.rstrip("\"'\u201d\u2019)]")
    if not core or not (core[-1].isalnum() or core.endswith("%")):
        return None  # ("gained 2.1%" may end a sentence)
    if isolated and _headlinese(core):
        return None
    if not _TERMINAL.search(nxt) and _headlinese(nxt):
        return None
    opens = _OWN_SENTENCE.match(nxt) is not None
    return ". " if _lost_period(core, first=first, list_like=list_like, opens=opens) else None


# An age before the person it describes ("the death of 31-year-old" / "Andre Tillman").
_AGE = regex.compile(r"\d+-(?:year|month|week)-old\Z")
# Words that put a month or a day after them ("in late" / "September").
_BEFORE_DATES = frozenset(["late", "early", "mid", "mid-", "next", "last", "this"])


# Words that end the names of bodies, events and works ("the Federal Aviation" /
# "Administration at"); the words that end places' names are in ``names_place_words.txt``.
_NAME_HEADS = frozenset((
    "administration", "authority", "agency", "association", "bank", "board", "bureau",
    "centre", "center", "club", "college", "commission", "committee", "company",
    "corporation", "council", "court", "department", "foundation", "fund", "group",
    "hospital", "institute", "institution", "league", "ministry", "museum", "office",
    "organisation", "organization", "party", "police", "service", "services", "society",
    "trust", "union", "united", "university", "school", "airport", "station", "stadium",
    "theatre", "theater", "times", "post", "journal", "news", "review", "magazine",
    "records", "studios", "pictures", "cup", "championship", "championships", "festival",
    "awards", "prize", "act", "treaty", "agreement", "convention", "conference", "forum",
    "network", "assembly", "parliament", "senate", "congress", "guard", "army", "force",
    "forces", "navy", "reserve", "system", "partners", "holdings", "industries",
    "airlines", "airways", "motors", "media", "capital", "exchange", "express", "herald",
    "telegraph", "tribune", "gazette", "standard", "observer", "republic", "kingdom",
    "states", "region", "province", "state", "district", "street", "road", "avenue",
    "square", "hall", "house", "library", "gallery", "orchestra", "band", "project",
))  # fmt: skip
# Verbs that follow the subject that opens a sentence ("Apple has", "Winners were").
_SUBJECT_VERBS = frozenset((
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
    "may", "might", "must", "should", "shall", "did", "does", "said", "says",
))  # fmt: skip


def _goes_on_to(last: str, nxt: str) -> str | None:
    """``" "`` where the first half's last word goes on into the Capitalised second half
    ("of 31-year-old" / "Andre Tillman, who", "in late" / "September", "the Federal
    Aviation" / "Administration at 38"), or ``None``: no such reason, the other rules
    decide.

    >>> _goes_on_to("the death of 31-year-old", "Andre Tillman, who was shot")
    ' '
    >>> _goes_on_to("captured in late", "September.")
    ' '
    >>> _goes_on_to("output is capped by the Federal Aviation", "Administration at 38 a month.")
    ' '
    >>> _goes_on_to("output is capped by the Federal Aviation", "The planes wait.") is None
    True
    >>> _goes_on_to("has not been ruled out, said Mr Fogg", "Apple has sold more.") is None
    True
    >>> _goes_on_to("eight new stops along Main Street", "City officials said so.") is None
    True
    """
    words = last.split()
    end = words[-1].strip("\"'\u201d\u2019)]")
    first = nxt.split(None, 1)[0].strip("\"'\u201c\u2018(,.;:")
    if _AGE.search(end):
        return " "  # an age describes who comes next
    if end.casefold() in _BEFORE_DATES and nm.fold(first) in nm.calendar():
        return " "
    if (
        len(words) >= 6
        and words[-1][-1:].isalpha()  # no bracket or quote closes there
        and end[:1].isupper()
        and end[1:].islower()
        and words[-2][:1].isupper()
        and first[:1].isupper()
        and first[1:].islower()
        and first.casefold() not in _OPENERS
        and lexicon((), ()).starter(first) is None  # "Then, two summers ago" opens one
        and len(nxt.split()) > 1
        and nxt.split()[1][:1].islower()
        and (nm.fold(first) in _NAME_HEADS or nm.fold(first) in nm.place_words())
        and nxt.split()[1].casefold() not in _SUBJECT_VERBS
        and not _plural_subject(nxt.split())
    ):
        # two Capitalised words end the first half and a Capitalised word that opens no
        # sentence goes on into lower-case words: one name ("Federal Aviation
        # Administration at"), when the word is one that ends names of bodies or places.
        # Any other word opens a sentence of its own ("the Hyderabad Open" / "Mirza,
        # playing in...", "BBC Two's Newsnight" / "Leaked documents have..."), and so does
        # such a word with a verb after it ("said Mr Fogg" / "Police have...") or with a
        # plural and a verb ("along Main Street" / "City officials said...")
        return " "
    return None


def _plural_subject(words: list[str]) -> bool:
    """Whether ``words`` open with a subject of a Capitalised word and a plural, then its
    verb ("City officials said", "State lawmakers have").

    >>> _plural_subject("City officials said ridership rose.".split())
    True
    >>> _plural_subject("Administration at 38 a month.".split())
    False
    """
    return (
        len(words) >= 3
        and len(words[1]) >= 4
        and words[1].endswith("s")
        and words[1].isalpha()
        and words[1].islower()
        and words[2].casefold() in _SUBJECT_VERBS
    )


def _headlinese(text: str) -> bool:
    """A short line written like a headline: Title Case, or without articles.

    >>> _headlinese("Lakers hold off Thunder 112-107 as James stars")
    True
    >>> _headlinese("The plight of the women was overlooked for a long time")
    False
    """
    words = text.split()
    if len(words) >= 15 or _COLON_OR_LINK.search(text):
        return False
    if is_title_like(text):
        return True
    if _opens_with_subject(words):
        return False  # "They also have to want it": a sentence, cut by a second ad
    return len(words) <= 10 and not any(w.casefold() in _ARTICLES for w in words)


# Pronouns that open sentences, not headlines.
_SUBJECTS = frozenset(["I", "We", "You", "He", "She", "They"])


def _opens_with_subject(words: list[str]) -> bool:
    """A subject pronoun and a lower-case word open a text of six words or more: a sentence
    ("They also have to want it"); shorter, it may be a heading ("He said, she said")."""
    return len(words) >= 6 and words[0] in _SUBJECTS and words[1][:1].islower()


def _lost_period(text: str, *, first: bool, list_like: bool, opens: bool = False) -> bool:
    """Whether ``text`` is a sentence that lost its final period (not a heading).
    ``opens`` says that the text after the break opens a sentence of its own ("And as
    we...": a word that goes on a sentence is written in lower case).

    >>> t = "It can be used in ways that people are not supposed to"
    >>> _lost_period(t, first=False, list_like=False)
    False
    >>> _lost_period(t, first=False, list_like=False, opens=True)
    True
    """
    words = text.split()
    if list_like:
        return False
    # short: a caption or a heading, unless a subject pronoun and a verb open it ("They
    # also have to want it")
    sentence = (_opens_with_subject(words) or _short_sentence(words)) and not first
    if (len(text) < 40 or len(words) < 6) and not sentence:
        return False
    if first and not (_two_sentences(text, words) or _long_sentence(text, words)):
        return False  # a title; two sentences, or one long one in sentence case, are prose
    if _LINKISH_END.search(text) or _ATTRIBUTION.search(text):
        return False
    if _LIST_PREFIX.match(text) and not _INNER_SENTENCE.search(text):
        return False  # a list item; a bulleted paragraph of sentences can still be split
    last_word = words[-1].strip("\"'\u201d\u2019)]").casefold()
    if last_word in _FUNCTION_WORDS or (last_word in _BEFORE_NUMBERS and not opens):
        # ("a house in" / "Rotterdam during...": a name may go on the sentence there, and
        # a sentence seldom ends with such a word; the break stays). A sentence may end
        # with "to" or "in" ("not supposed to" / "And as we..."): the capitalised opener
        # after it says so.
        return False
    if len(_LOWER_WORD.findall(text)) < 3:
        return False
    # A heading is short; a long sentence full of names is still a sentence ("The
    # Northern Rail Authority (NRA) is to end its Coastal-Freight Agreement (CFA) on
    # midnight of 31 December").
    return len(words) >= _LONGEST_HEADING or not is_title_like(text)


def _short_sentence(words: list[str]) -> bool:
    """Four words or more in sentence case with an article and a verb in the past, which
    headlines drop: a sentence ("Lefèvre dismissed the concerns"), no heading.

    >>> _short_sentence("Lefèvre dismissed the concerns".split())
    True
    >>> _short_sentence("Minister dismisses concerns".split())
    False
    >>> _short_sentence("The Lost Weekend".split())
    False
    """
    if len(words) < 4 or is_title_like(" ".join(words)):
        return False
    lower = [w.strip(",;:\"'\u201d\u2019").casefold() for w in words[1:]]
    if any(w in _ARTICLES for w in lower) and any(len(w) >= 5 and w.endswith("ed") for w in lower):
        return True
    return _determiner_and_verb(words, lower)


# Verbs in the past or with an auxiliary that a headline drops ("The swim took him", not
# "Swim takes"), and the relative pronouns that make a heading of a noun ("The man who took
# on Goliath").
_FINITE = frozenset((
    "was", "were", "had", "took", "made", "went", "came", "gave", "got", "won", "lost", "saw",
    "left", "told", "found", "began", "became", "felt", "kept", "held", "brought", "bought",
    "paid", "met", "ran", "sat", "stood", "fell", "rose", "grew", "drew", "threw", "wrote",
    "spoke", "broke", "chose", "drove", "flew", "led", "sent", "spent", "built", "caught",
    "taught", "thought",
))  # fmt: skip
_RELATIVE = frozenset(("who", "which", "that", "whose", "whom", "where", "when"))
_DETERMINERS = frozenset(("The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "Our"))


def _determiner_and_verb(words: list[str], lower: list[str]) -> bool:
    """Six words or more that open with a determiner and hold a verb of :data:`_FINITE`
    with no relative pronoun before it: a sentence ("The swim took him just over 11 hours"),
    no heading ("The man who took on Goliath").

    >>> w = "The swim took him just over 11 hours".split()
    >>> _determiner_and_verb(w, [x.casefold() for x in w[1:]])
    True
    >>> w = "The man who took on the giants".split()
    >>> _determiner_and_verb(w, [x.casefold() for x in w[1:]])
    False
    """
    if len(words) < 6 or words[0] not in _DETERMINERS:
        return False
    for w in lower:
        if w in _RELATIVE:
            return False
        if w in _FINITE:
            return True
    return False


def _two_sentences(text: str, words: list[str]) -> bool:
    """A first paragraph of twelve words or more with a sentence ending inside it is prose,
    no title ("Hong Kong is burning. The authorities continue to pour fuel on the fire").

    >>> t = "Rates rise. Banks pass the cost of the rise on to savers at once"
    >>> _two_sentences(t, t.split()), _two_sentences("Rates rise. Banks pay", ["Rates"] * 4)
    (True, False)
    """
    return len(words) >= 12 and _INNER_SENTENCE.search(text) is not None


def _long_sentence(text: str, words: list[str]) -> bool:
    """A first paragraph of twenty words or more, or of :data:`_LONGEST_HEADING` words or
    more written in sentence case with the articles and past tense that headlines drop, is
    prose, no title ("The harbour index closed at a record high of 4,816.38 in the morning
    trade on Monday", a text scraped without its title; not "Mayor says harbour fees will
    not rise this year as talks with owners stall in Leeds").

    >>> t = "The harbour index closed at a record high of 4,816.38 in the morning trade on Monday"
    >>> h = "Mayor says harbour fees will not rise this year as talks with owners stall in Leeds"
    >>> [_long_sentence(x, x.split()) for x in (t, t.title(), h)]
    [True, False, False]
    """
    if len(words) >= 20:
        return True
    if len(words) < _LONGEST_HEADING or is_title_like(text):
        return False
    return sum(w.casefold() in _PROSE_MARKERS for w in words) >= 2


# Words that headlines drop and prose keeps: articles, "it", the past of "be" and "have".
_PROSE_MARKERS = _ARTICLES | frozenset(["it", "was", "were", "had", "been", "then"])


# Headings and titles of this many words or more are rare: such a line is prose.
_LONGEST_HEADING = 16
