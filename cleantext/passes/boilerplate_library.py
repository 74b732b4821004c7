"""The boilerplate phrase library: phrases and templates by family, compiled once.

The library lives in ``cleantext/data/boilerplate_<family>.txt``, one entry a line:

- a plain phrase matches a whole line, ignoring case, spacing and punctuation
  (``advertisement`` matches ``- ADVERTISEMENT -``), and one of two words or more also
  ignoring "the", "this", "a", "an", "our" and "your" (``share this story`` matches
  ``Share the story`` and ``Share story``); keep phrases short (the longest one
  sets how much of every long line is read to rule it out): write a long fixed sentence
  as a template ending in ``{tail}``;
- an entry with ``{placeholders}`` is a template, matched against the whole line with
  tolerant spacing and case (``read more: {headline}``, ``{credit}/{agency}``);
- ``?entry`` is weak: such a line is removed only inside a run with another boilerplate line
  (``Email``, ``Print``, ``1 / 9``);
- ``re:PATTERN`` is a regular expression matched against the whole (normalised) line,
  case-insensitively: for wordings too varied to list (``story continues below the ad``);
  it may call the pieces of :data:`PATTERN_PIECES` (``(?&speech)``, ``(?&wire)``);
- ``~words`` is a cue: a short line (``CUE_WORDS`` words at most, no digit, no
  punctuation of a sentence or a label) that holds the words, all its other words being
  words of page furniture (``FURNITURE_WORDS``) or a name after "in", "from"..., is a weak
  match of the family (``~trending`` takes ``Trending in Sports``, not ``Trending up``
  nor ``Trending topics dominate the debate``): for the wordings no list can hold.

Placeholders: ``{n}`` a number or a count (``7,412``, ``1.2K``), ``{year}``, ``{headline}``
any short text that reads as a headline, not prose (no pronoun in lower case opens it,
no ", the minister told MPs" closes it), ``{bracketed}`` a headline in brackets (3+
words that are not just a site name), ``{words}`` up to 12 words,
``{tail}`` an optional rest of the line (no reported speech), ``{webtail}`` the same
about a website, cookies or terms, ``{apptail}`` the same about what an app brings or where
to get it (news, alerts, a store, a phone), ``{duration}`` a play time (``4:31``, ``5 min``),
``{site}`` a short name,
``{section}`` a capitalised section name, ``{name}`` a capitalised name, ``{credit}`` a photo
credit chain (``Jane Doe/AFP``), ``{agency}`` a news or photo agency, ``{photoagency}`` a
photo agency, ``{paper}`` a newspaper or a newsroom (``The New York Times``, ``NPR``),
``{networks}`` social networks (``Facebook, Twitter and Instagram``), ``{netlist}`` a bare
list of two or more share buttons, ``{handle}`` an ``@handle``, ``{email}``, ``{domain}``
(``example.com``), ``{caption}`` a short caption, ``{stamp}`` a date or time of day (``10:45
PM SGT, 2 Feb 2024``).

A line that matches no entry as a whole can still be boilerplate when every sentence in it
is (``Sign up for our newsletter. We won't share your email address.``) or when it is a
short call to action around a newsletter or inbox (``Let our news meet your inbox.``).

>>> lib = library()
>>> lib.classify("- ADVERTISEMENT -").family
'ad-marker'
>>> lib.classify("Read more: Markets rally as rates fall").family
'read-more'
>>> lib.classify("The advertisement was banned by regulators.") is None
True
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import string
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from cleantext.errors import ConfigError
from cleantext.passes.spaces import TAB_FIELDS
from cleantext.resources import load_list

if TYPE_CHECKING:
    from cleantext.passes.boilerplate_screen import Screen

#: The curated families, in the order they are tried; each has its data file and rule id.
FAMILIES: tuple[str, ...] = (
    "ad-marker",
    "continue-reading",
    "newsletter",
    "share-follow",
    "comments",
    "photo-credit",
    "read-more",
    "cookie-consent",
    "media-widget",
    "app-promo",
    "syndication",
)
#: Families used only when asked for: notices that credit where an article first ran
#: ("This article originally appeared on Grist."), which an article's own text keeps.
OPT_IN: tuple[str, ...] = ("syndication",)
#: The families used by default: all but the opt-in ones.
DEFAULT_FAMILIES: tuple[str, ...] = tuple(f for f in FAMILIES if f not in OPT_IN)


def expand_families(names: Sequence[str]) -> tuple[str, ...]:
    """The families that ``names`` asks for, in library order: family names, ``"default"``
    (:data:`DEFAULT_FAMILIES`) and ``"all"`` (:data:`FAMILIES`); an unknown name is a
    :class:`~cleantext.errors.ConfigError` that lists the known ones.

    >>> expand_families(["default", "syndication"]) == FAMILIES
    True
    >>> expand_families(["photo-credit", "ad-marker"])
    ('ad-marker', 'photo-credit')
    """
    wanted: set[str] = set()
    for name in names:
        if name == "all":
            wanted.update(FAMILIES)
        elif name == "default":
            wanted.update(DEFAULT_FAMILIES)
        elif name in FAMILIES:
            wanted.add(name)
        else:
            known = ", ".join((*FAMILIES, "default", "all"))
            raise ConfigError(f"unknown boilerplate family {name!r}; known: {known}")
    return tuple(f for f in FAMILIES if f in wanted)


#: Human labels used in edit notes.
LABELS: dict[str, str] = {
    "ad-marker": "ad marker",
    "continue-reading": "continue-reading",
    "newsletter": "newsletter",
    "share-follow": "share/follow",
    "comments": "comments widget",
    "photo-credit": "photo credit",
    "read-more": "read-more/related",
    "cookie-consent": "cookie/legal notice",
    "media-widget": "media widget",
    "app-promo": "app promotion",
    "syndication": "syndication notice",
    "learned": "learned boilerplate",
    "extra": "extra boilerplate",
}

# The labels of a broadcaster's player and pictures, which stand alone on a line with their
# comma ("Image caption," above the caption's own line): no list item goes on after them.
_COMMA_LABELS = frozenset({"image caption,", "video caption,", "media caption,"})

# Longest line (in characters, after normalisation) that can be boilerplate at all.
MAX_LINE_CHARS = 600
# Longest line checked against templates and sentence rules.
MAX_TEMPLATE_WORDS = 80
# The longest line a cue marks (``~words`` entries), in words and characters.
CUE_WORDS = 7
CUE_CHARS = 60
# The words a line of page furniture is made of, beside its cue: "Read the latest
# comments", "Don't miss these stories", "What others are reading".
FURNITURE_WORDS = frozenset((
    "a", "about", "accept", "add", "all", "allow", "already", "also", "an", "and", "any",
    "are", "around", "at", "be", "below", "best", "by", "click", "close", "closed",
    "content", "continue", "daily", "day", "don", "down", "email", "enjoy", "every", "for",
    "free", "from", "full", "get", "have", "here", "hide", "hot", "in", "is", "join", "just",
    "later", "latest", "leave", "like", "liked", "listen", "live", "load", "manage", "may",
    "might", "more", "most", "my", "new", "next", "now", "of", "off", "on", "only", "open",
    "or", "other", "others", "our", "play", "please", "popular", "post", "previous", "read",
    "readers", "reading", "reject", "right", "s", "save", "see", "shared", "show", "t",
    "tap", "the", "these", "this", "to", "today", "top", "try", "up", "us", "view", "viewed",
    "watch", "watched", "we", "week", "weekly", "what", "with", "you", "your",
    # sections of a news site
    "business", "culture", "entertainment", "health", "lifestyle", "local", "money",
    "national", "news", "opinion", "politics", "science", "sport", "sports", "style", "tech",
    "technology", "travel", "world",
    # what the widgets list
    "article", "articles", "headlines", "photos", "posts", "stories", "story", "videos",
    # a slot for an ad ("Sponsored Ad", "Advertising space")
    "ad", "ads", "space",
))  # fmt: skip
# Words before a name in a line of furniture: "Latest in Tech", "More from The Herald".
_NAME_AFTER = frozenset(("in", "on", "from", "by", "at"))
# What no line that a cue marks holds: digits, and the punctuation of sentences, labels,
# quotes, prices, addresses and code.
_CUE_VETO = re.compile(r"[0-9.,:;\"$%@/\\()\[\]{}<>=_#|*+&\u00a3\u20ac\u201c\u201d]")


# A speaker's label that opens a line of a transcript or of questions and answers, in
# capitals ("HOST: ", "A: "; "WATCH: " and "READ MORE: " are a page's labels).
_SPEAKER = regex.compile(
    r"\s*+(?:[QA]|HOST|CO-HOST|PRESENTER|ANCHOR|NARRATOR|INTERVIEWER|INTERVIEWEE|REPORTER"
    r"|CORRESPONDENT|CALLER|GUEST|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|MODERATOR|JUDGE|WITNESS"
    r"|COUNSEL|PROSECUTOR|CHAIR|CHAIRMAN|CHAIRWOMAN|SPEAKER|MINISTER|MP|SENATOR)[.:] "
)


# A short label before the line's words ("Stay ahead: ", "Listen on the go: "), or a short
# question ("Love food? "): four words at most, no digit.
_LABEL = regex.compile(
    r"[\p{L}][\p{L}'\u2019-]*+(?: [\p{L}][\p{L}'\u2019-]*+){0,3}(?::|\?) (\p{L}.+)"
)
# A label that names a part of a work or an item of a list ("Best chapter:", "Track 3:",
# "Step 2:"): what follows is its title or its text, not furniture.
_PART_LABEL = regex.compile(
    r"(?i:\b(?:track|song|single|album|chapter|episode|scene|act|verse|poem|essay|story"
    r"|step|round|stage|course|dish|starter|main|dessert|lesson|exercise|level|question"
    r"|answer|clue|title|motto|slogan|sign|banner|placard)s?\b)(?: \w+)?+[:?] \Z"
)
# The families whose lines a page may put after such a label.
_LABELLED_FAMILIES = frozenset(
    ["app-promo", "newsletter", "share-follow", "comments", "continue-reading"]
)


@dataclass(frozen=True, slots=True)
class LineMatch:
    """Why a line is boilerplate: its family, whether the match is weak, the entry matched.

    >>> library().classify("Share this article:")
    LineMatch(family='share-follow', weak=False, entry='share this article', kind='phrase')
    """

    family: str
    weak: bool
    entry: str
    # "phrase", "template", "pattern", "sentences", "call-to-action", "menu" or "cue"
    kind: str

    @property
    def rule(self) -> str:
        """The rule id of edits that remove this line."""
        return f"boilerplate/{self.family}"


# --------------------------------------------------------------------------- normalisation

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
_SPACES = regex.compile(r"\s++")
# The decoration around a line: left, and right (where "\s" meets only " " by then).
_LEFT_DECOR_CHARS = " -*\u2022\u00b7|~=#_+\u00bb\u203a\u00ab\u2039>\u2192"
_RIGHT_DECOR_CHARS = " .:;,!?|~=#_+*\u00bb\u203a\u00ab\u2039>\u2026\u2192-"
# Whitespace to str.split() that the regex "\s" does not match: with one of them in the
# line, str.split() would split where _SPACES does not.
_SPLIT_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
_KEY_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]++")
# The letters and digits of an ASCII key word, once: the key's words (of a lower-cased
# line), a line's first word in any case, and the set that strips a last word.
_ASCII_WORD_CHARS = string.ascii_lowercase + string.digits
_ASCII_KEY_WORD = re.compile(f"[{_ASCII_WORD_CHARS}]+")
_ASCII_FIRST_WORD = re.compile(f"[{_ASCII_WORD_CHARS}]+", re.IGNORECASE | re.ASCII)


_TRANSLATE_PAIRS = tuple((chr(k), str(v or "")) for k, v in _TRANSLATE.items())


def _translate(line: str) -> str:
    """``line.translate(_TRANSLATE)``; replacing the few characters present is faster than
    translating every character of a non-ASCII line (no target is itself a key)."""
    for old, new in _TRANSLATE_PAIRS:
        if old in line:
            line = line.replace(old, new)
    return line


def normalize_line(line: str) -> str:
    """The line as templates see it: straight quotes, plain dashes and spaces, no decoration.

    >>> normalize_line("  \\u2014 Read more \\u00bb  ")
    'Read more'

    The same as collapsing ``\\s++`` to one space, stripping, then removing the leading and
    trailing decoration, written with ``str`` methods because every line of every document
    goes through it (``tests/test_boilerplate_library.py`` checks the two agree).
    """
    if not line.isascii() or "`" in line:
        line = _translate(line)
    if line.isprintable():  # then " " is its only whitespace: every other kind is not
        s = line.strip(" ") if "  " not in line else " ".join(line.split())
    elif any(c in line for c in _SPLIT_ONLY_SPACES):
        s = str(_SPACES.sub(" ", line)).strip()
    else:
        s = " ".join(line.split())
    return strip_decoration(s)


def strip_decoration(s: str) -> str:
    """``s`` without the decoration at its ends (the last step of :func:`normalize_line`,
    all that a part of a normalised line still needs).

    >>> strip_decoration("\u2022 Read more \u00bb")
    'Read more'

    A pictograph or an arrow at an end is decoration too (``"\U0001f449 Join our
    channel"``, ``"Follow us on YouTube \u25b6"``); a copyright or trade mark sign is not.

    >>> strip_decoration("\U0001f3a7 Listen live \u27f6"), strip_decoration("\u00a9 RT\u00c9 2024")
    ('Listen live', '\u00a9 RT\u00c9 2024')
    """
    s = s.lstrip(_LEFT_DECOR_CHARS).rstrip(_RIGHT_DECOR_CHARS)
    if s and not (s[0].isascii() and s[-1].isascii()):
        start, end = 0, len(s)
        while start < end and (s[start] in _LEFT_DECOR_CHARS or _edge_symbol(s[start])):
            start += 1
        while end > start and (s[end - 1] in _RIGHT_DECOR_CHARS or _edge_symbol(s[end - 1])):
            end -= 1
        s = s[start:end]
    return s


# A symbol outside ASCII by the regex module's Unicode tables, as every pattern here reads
# them (the unicodedata module of an older Python may know fewer characters); not a sign
# that says something about a line ("\u00a9 2024 Example Ltd").
_EDGE_SYMBOL = regex.compile(
    r"(?![\x00-\x7f\u00a9\u00ae\u2117\u2122])[\p{So}\p{Sm}\p{Sk}\ufe0e\ufe0f\u200d]"
)


@functools.lru_cache(maxsize=1024)
def _edge_symbol(c: str) -> bool:
    """Whether the character ``c`` decorates the end of a line: a non-ASCII pictograph,
    arrow or other symbol (emoji with their variation selector and joiner included).

    >>> _edge_symbol("\u2192"), _edge_symbol("\u00a9"), _edge_symbol("\u00e9"), _edge_symbol("|")
    (True, False, False, False)
    """
    return _EDGE_SYMBOL.match(c) is not None


# Every byte but an ASCII letter or digit (deleting them leaves a text's letters and digits).
_NOT_ASCII_ALNUM = bytes(b for b in range(256) if not (b < 128 and chr(b).isalnum()))


def _ascii_alnum_count(s: str) -> int:
    """How many ASCII letters and digits ``s`` holds: each is one character of its key
    (:func:`line_key`), so the key is at least that long.

    >>> _ascii_alnum_count("Café, 2 ans!")
    7
    """
    return len(s.encode("ascii", "ignore").translate(None, _NOT_ASCII_ALNUM))


def line_key(line: str) -> str:
    """Lower-case words of a line, punctuation and spacing dropped: how phrases are compared.

    >>> line_key("Share  this: ARTICLE!")
    'share this article'
    """
    if line.isascii():  # the same words, found faster ("`" and tabs are no word characters)
        return " ".join(_ASCII_KEY_WORD.findall(line.lower()))
    return " ".join(_KEY_WORD.findall(_translate(line).casefold()))


#: Words that a phrase may have or lack: "Share the story" and "Share story" are the
#: phrase "share this story", "Opens in new window" is "opens in a new window".
OPTIONAL_WORDS = frozenset(["the", "this", "a", "an", "our", "your"])


# The OPTIONAL_WORDS that want a noun after them ("this" may stand alone), and one of them
# before a word of grammar ("more the on"), which no phrase writes.
_DETERMINERS = OPTIONAL_WORDS - {"this"}
_DETERMINER_BEFORE_GRAMMAR = regex.compile(
    rf"(?<![^ ])(?:{'|'.join(sorted(_DETERMINERS))}) "
    r"(?:on|in|at|of|to|for|with|by|from|about|into|and|or|but|is|are|was|were)(?![^ ])"
)
# Two of the OPTIONAL_WORDS in a row ("the the", "a the"): no wording of a phrase.
_OPTIONAL = "|".join(sorted(OPTIONAL_WORDS))
_OPTIONAL_TWICE = regex.compile(rf"(?<![^ ])(?:{_OPTIONAL}) (?:{_OPTIONAL})(?![^ ])")


def bare_key(key: str) -> str:
    """A phrase key without its :data:`OPTIONAL_WORDS`.

    >>> bare_key("read the full story"), bare_key("share this on our page")
    ('read full story', 'share on page')
    """
    return " ".join([w for w in key.split(" ") if w not in OPTIONAL_WORDS])


# --------------------------------------------------------------------------- placeholders

_W = r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'.&]*+(?:-[\p{L}\p{N}\p{M}'.&]++)*+"
_CAPW = r"[\p{Lu}\p{N}][\p{L}\p{N}\p{M}'.&]*+(?:-[\p{L}\p{N}\p{M}'.&]++)*+"
_CAMEL = r"\p{Ll}++\p{Lu}[\p{L}\p{N}]*+"
_FUNCTION = r"(?i:the|a|an|this|that|these|those|our|your|my|his|her|their|its|we|you|it)"
_CONNECT = r"(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el|y|of|the|for)"

# The networks that share and follow lines name, each once: its pattern (case-free), where
# it is read (``"both"``; ``"named"``: only in a line that names networks, ``{networks}``;
# ``"listed"``: only as an item of a bare list of them, ``{netlist}``), and the words that
# open it and dispatch a line's templates as a network's (none for a word of its own such
# as "line", "save" or "more").
_NETWORKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("facebook(?: messenger)?", "both", ("facebook",)),
    ("twitter", "both", ("twitter",)),
    ("instagram", "both", ("instagram",)),
    ("linkedin", "both", ("linkedin",)),
    ("youtube", "both", ("youtube",)),
    ("tiktok", "both", ("tiktok",)),
    ("pinterest", "both", ("pinterest",)),
    ("reddit", "both", ("reddit",)),
    ("whatsapp(?: channel)?", "both", ("whatsapp",)),
    ("telegram", "both", ("telegram",)),
    ("snapchat", "both", ("snapchat",)),
    ("threads", "both", ("threads",)),
    ("mastodon", "both", ("mastodon",)),
    ("bluesky", "both", ("bluesky",)),
    ("flipboard", "both", ("flipboard",)),
    ("google ?news", "both", ("google",)),
    (r"google ?\+", "both", ("google",)),
    ("google plus", "named", ("google",)),
    ("apple news", "named", ("apple",)),
    ("tumblr", "both", ("tumblr",)),
    ("messenger", "both", ("messenger",)),
    ("wechat", "both", ("wechat",)),
    ("weibo", "both", ("weibo",)),
    ("vkontakte", "named", ()),
    ("vk", "both", ("vk",)),
    ("viber", "both", ("viber",)),
    ("discord", "named", ()),
    ("twitch", "named", ()),
    ("substack", "named", ()),
    ("rss", "both", ("rss",)),
    ("e-?mail", "both", ("e", "email")),
    ("sms", "both", ("sms",)),
    ("print", "both", ("print",)),
    ("copy link", "both", ("copy",)),
    ("copy url", "listed", ("copy",)),
    ("pocket", "both", ("pocket",)),
    ("flickr", "both", ("flickr",)),
    ("vimeo", "named", ()),
    ("spotify", "both", ("spotify",)),
    ("apple podcasts", "both", ("apple",)),
    ("google podcasts", "both", ("google",)),
    ("soundcloud", "named", ("soundcloud",)),
    ("amazon music", "both", ("amazon",)),
    ("pocket ?casts", "both", ("pocket", "pocketcasts")),
    ("overcast", "both", ("overcast",)),
    ("castbox", "both", ("castbox",)),
    ("iheartradio", "both", ("iheartradio",)),
    ("stitcher", "both", ("stitcher",)),
    ("youtube music", "both", ("youtube",)),
    ("deezer", "named", ()),
    ("tunein", "named", ()),
    ("audible", "named", ()),
    (r"player\.fm", "named", ()),
    ("xing", "named", ()),
    ("line", "both", ()),
    ("signal", "named", ()),
    ("kakaotalk", "both", ("kakaotalk",)),
    ("kakao story", "both", ()),
    ("naver", "both", ("naver",)),
    (r"x(?: \((?:formerly(?: known as)? )?twitter\))?", "both", ()),
    ("tweet", "both", ("tweet",)),
    ("share", "both", ("share",)),
    ("pin(?: it)?", "both", ("pin",)),
    ("save", "both", ()),
    ("comments?", "both", ("comments", "comment")),
    ("more", "named", ()),
    ("link", "named", ()),
    (r"\U0001d54f", "both", ()),
)
_NETWORK = "(?i:" + "|".join(p for p, where, _ in _NETWORKS if where != "listed") + ")"
_NETLIST_ITEM = "(?i:" + "|".join(p for p, where, _ in _NETWORKS if where != "named") + ")"
_NETWORK_WORDS = frozenset(word for _, _, words in _NETWORKS for word in words)
_NET_SEP = r"(?:, (?i:and|or) |, | (?i:and|or) | & | ?\| ?| ?/ ?| \u00b7 | \u2022 | - | )"
_LIST_SEP = r"(?:, | ?\| ?| ?/ ?| \u00b7 | \u2022 | - | )"

NEWS_AGENCIES: tuple[str, ...] = (
    "AP", "A.P.", "AFP", "Associated Press", "The Associated Press", "Reuters", "EPA",
    "EPA-EFE", "EFE", "Agencia EFE", "PA", "PA Wire", "PA Images", "PA Media",
    "Press Association", "Bloomberg", "Bloomberg News", "Xinhua", "Kyodo", "Kyodo News",
    "Yonhap", "AAP", "ANP", "ANSA", "dpa", "TASS", "Sputnik", "CP", "The Canadian Press",
    "Canadian Press", "Anadolu", "Anadolu Agency", "Sipa", "Sipa USA", "STF", "Stringer",
    "Pool", "Handout", "Courtesy", "UPI", "IANS", "PTI", "ZUMA", "ZUMA Press", "ZUMA Wire",
    "ZUMAPRESS", "ZUMAPRESS.com", "Imagn", "USA Today Sports", "Icon Sportswire",
    "Action Images", "Sportsfile", "Inpho", "Offside", "Backgrid", "Splash News", "ANI",
    "Bernama", "KUNA", "WAM", "QNA", "IRNA", "Antara",
)  # fmt: skip
# Newspapers and newsrooms credit their own photographers: "Todd Heisler/The New York Times".
# A credit takes one only after a slash or a bar ({paper}): "Jane Doe, The Guardian" may be
# a byline, which stays; names that are words ("Time", "Mirror") are left out.
NEWSPAPERS: tuple[str, ...] = (
    "The New York Times", "New York Times", "The Washington Post", "Washington Post",
    "The Wall Street Journal", "The Guardian", "The Observer", "The Boston Globe",
    "Los Angeles Times", "Chicago Tribune", "The Times", "The Sunday Times", "The Telegraph",
    "The Globe and Mail", "Toronto Star", "The Star Tribune", "The Independent",
    "The Seattle Times", "The Dallas Morning News", "The Philadelphia Inquirer",
    "San Francisco Chronicle", "Houston Chronicle", "Miami Herald", "The Atlantic",
    "The New Yorker", "The Hindu", "The Straits Times", "South China Morning Post",
    "USA Today", "USA Today Network", "Financial Times", "The Economist", "Daily Mail",
    "Daily Mirror", "The Sun", "Evening Standard", "The Scotsman", "The Irish Times",
    "Irish Independent", "The Sydney Morning Herald", "The Age", "The Australian",
    "NZ Herald", "The New Zealand Herald", "National Post", "Times of India",
    "Hindustan Times", "The Indian Express", "Gulf News", "Khaleej Times", "Newsday",
    "The Arizona Republic", "Detroit Free Press", "The Denver Post", "Tampa Bay Times",
    "Chicago Sun-Times", "The Baltimore Sun", "Orlando Sentinel", "The Sacramento Bee",
    "The Kansas City Star", "The Oregonian", "Atlanta Journal-Constitution",
    # papers of chains and cities, and broadcasters and digital newsrooms, which credit
    # their own photographers the same way ("Ellen Paik/NPR", "Jordan Pike/Globe Staff")
    "Boston Globe", "Globe Staff", "Sun-Times", "Star Tribune", "The Minnesota Star Tribune",
    "Seattle Times", "New York Post", "NY Post", "New York Daily News",
    "Pittsburgh Post-Gazette", "St. Louis Post-Dispatch", "The Plain Dealer", "The Star-Ledger",
    "NJ Advance Media", "Hartford Courant", "Sun Sentinel", "South Florida Sun Sentinel",
    "The Salt Lake Tribune", "Deseret News", "The Providence Journal",
    "Milwaukee Journal Sentinel", "The Columbus Dispatch", "The Tennessean", "IndyStar",
    "The Indianapolis Star", "The Courier-Journal", "The Des Moines Register",
    "The Cincinnati Enquirer", "Asbury Park Press", "Austin American-Statesman",
    "The Palm Beach Post", "Fort Worth Star-Telegram", "The Charlotte Observer",
    "The News & Observer", "Lexington Herald-Leader", "The Fresno Bee", "Idaho Statesman",
    "Las Vegas Review-Journal", "The Oklahoman", "Postmedia", "Postmedia News",
    "The Daily Telegraph", "The Mirror", "Daily Express", "The Japan Times", "The Korea Herald",
    "Arab News", "Haaretz", "The Times of Israel", "Kyiv Independent", "The Kyiv Independent",
    "NPR", "CNN", "BBC", "BBC News", "CBS News", "NBC News", "ABC News", "Fox News", "Sky News",
    "CNBC", "Politico", "Axios", "HuffPost", "The Verge", "Newsweek", "Forbes",
    "Business Insider", "ProPublica", "The Texas Tribune", "CalMatters", "KFF Health News",
    "Chalkbeat", "The 19th", "CBC", "CBC News", "CTV News", "Global News", "RNZ", "SBS",
    "SBS News", "Al Jazeera", "DW", "Euronews", "France 24", "The Conversation", "MLive",
    "MLive.com", "AL.com", "PennLive", "OregonLive", "The Oregonian/OregonLive", "NJ.com",
    "Syracuse.com", "cleveland.com", "Bay Area News Group", "RollingNews.ie", "ZDNet", "CNET",
    "TechCrunch", "Engadget", "Ars Technica", "Mashable", "Gizmodo", "VentureBeat",
    "Car and Driver", "MotorTrend", "Simple Flying", "The Points Guy", "Wired",
    "The Spectator", "New Statesman", "Maclean's", "Irish Examiner", "The Irish Examiner",
    "Dawn", "The Express Tribune", "NDTV", "Premium Times", "Daily Nation", "News24",
    "Daily Maverick", "Mail & Guardian", "Philippine Daily Inquirer", "Rappler",
    "The National", "Dawn News", "The Daily Star", "Bangkok Post", "The Korea Times",
    # a New Zealand site by a word (only after a slash or a bar: "Kate Green/Stuff"), and
    # public radio stations, which credit their photographers so ("Lena Brooks/WBEZ")
    "Stuff", "WBEZ", "WNYC", "KQED", "WAMU", "WBUR", "KUOW", "OPB", "WHYY", "KCUR", "GBH",
    "WGBH", "LAist", "WUNC", "WFAE", "KERA", "KUT", "WLRN", "WABE", "WPLN", "KPBS", "KPCC",
    "CapRadio", "WESA", "WYPR", "WXXI", "KUNC", "KJZZ", "NHPR", "VPR", "WPR", "MPR News",
    "Minnesota Public Radio", "Michigan Radio", "Colorado Public Radio", "Houston Public Media",
    "Wisconsin Public Radio", "Alaska Public Media", "Hawaii Public Radio", "Maine Public",
)  # fmt: skip
PHOTO_AGENCIES: tuple[str, ...] = (
    "Getty Images", "Getty", "Getty Images News", "Getty Images Sport",
    "Getty Images Entertainment", "AFP via Getty Images", "AFP/Getty Images", "AFP/Getty",
    "Getty Images/iStockphoto", "Shutterstock", "REX/Shutterstock", "Rex Features", "REX",
    "iStock", "iStockphoto", "iStock/Getty Images", "Alamy", "Alamy Stock Photo",
    "Alamy Live News", "WireImage", "FilmMagic", "Unsplash", "Pixabay", "Pexels",
    "Wikimedia Commons", "Wikimedia", "Corbis", "Bettmann", "Bettmann Archive",
    "Hulton Archive", "NurPhoto", "SOPA Images", "LightRocket", "Photodisc", "Digital Vision",
    "Westend61", "Image Source", "Universal Images Group", "Archive Photos", "Moment",
    "Cultura", "AP Photo", "AP Images", "Reuters Pictures", "Picture Alliance",
    "picture-alliance", "Depositphotos", "Dreamstime", "Adobe Stock", "123RF", "Flickr",
    "Action Images", "Flash90", "Cuartoscuro",
)  # fmt: skip


# Named lists (``\L<name>``) keep the compiled templates small and quick to build.
_NAMED_LISTS: dict[str, list[str]] = {
    "photo_agencies": list(PHOTO_AGENCIES),
    "agencies": list(PHOTO_AGENCIES + NEWS_AGENCIES),
    "papers": list(NEWSPAPERS),
}
_PHOTO_AGENCY = r"(?i:\L<photo_agencies>)"
_AGENCY = r"(?i:\L<agencies>)"
_AGENCY_NAMES = tuple(sorted({n.casefold() for n in PHOTO_AGENCIES + NEWS_AGENCIES}))
_PAPER_NAMES = tuple(sorted({n.casefold() for n in NEWSPAPERS}))


def _by_edge(names: tuple[str, ...], i: int) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in names:
        out.setdefault(name[i], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


# The agency names by first and by last character: a line is compared only with the
# names that could start (or end) it, not with all of them.
_AGENCY_BY_FIRST = _by_edge(_AGENCY_NAMES, 0)
_AGENCY_BY_LAST = _by_edge(_AGENCY_NAMES, -1)
_PAPER_BY_LAST = _by_edge(_PAPER_NAMES, -1)
_CREDIT_BY_LAST = _by_edge(_AGENCY_NAMES + _PAPER_NAMES, -1)  # either, in one test
_CREDIT_WORD = r"(?i:staff(?: photographer)?|file|files|handout|contributed|courtesy|pool)"
_CRED = (
    rf"(?:{_AGENCY}(?![\p{{L}}\p{{N}}])|{_CREDIT_WORD}(?![\p{{L}}\p{{N}}])|{_CAPW}|{_CAMEL}"
    rf"|[\p{{Ll}}\p{{N}}_.]{{2,30}}+(?= ?/)"
    # an agency's initials in brackets after its name ("African News Agency (ANA)"), or a
    # scientist's institutions ("K. Misselt (University of Arizona)", "(IAS/CNRS)")
    r"|\((?-i:\p{Lu}{2,6})\)"
    rf"|\((?-i:{_CAPW})(?:(?: ?[/,] ?| (?:{_CONNECT} )?)(?-i:{_CAPW})){{0,7}}\))"
)
# Reported speech or a third person in the rest of a line means prose, not a banner.
# Words that report what someone said: in the vetoes of prose below (:data:`_VETO`,
# :data:`_PROMO_VETO` too) and the ``(?&speech)`` piece of ``re:`` entries.
_REPORTING_WORDS = (
    r"said|says|told|alleg\w*|claim\w*|announced|reported|urged|warned|advised|insisted"
    r"|joked|quipped|recalled|admitted|conceded|remarked|laughed|recounted|complained"
    r"|boasted|lamented"
)
_TAIL_VETO = (
    rf"(?!.*\b(?i:{_REPORTING_WORDS}|according|testified"
    r"|he|she|they|his|her|their|him|them)\b)"
)
# The rest of one sentence, and at most a short one after it: a page's call to action is
# one ("... share articles on social media. Call 896 6000."), and a sentence of prose after
# it ("Download the app before you leave home. Most airlines let you add...") is advice,
# not furniture (a line whose every sentence is furniture is read sentence by sentence).
_ONE_SENTENCE = r"(?!.*[.!?][\"\u201d\u2019)]* (?:\S+ ){4}\S)"
# An app's promotion after its name says what the app brings or where to get it (news,
# alerts, stories, a store, a phone); the steps of an article's advice say what to do with
# it ("Download the festival app before you travel, as signal on site is poor.").
_APP_CUE = (
    r"(?=.*\b(?i:news|alerts?|updates?|headlines?|stories|story|e-?paper|editions?|latest"
    r"|breaking|coverage|videos?|podcasts?|scores?|live|highlights|journalism|reading|read"
    r"|notifications?|exclusive|free|today|now|here|on the go|anywhere|offline|ios|android"
    r"|iphone|ipad|apple|google|play store|app store|store|smart ?tv|weather|radar|markets?"
    r"|tickets|access|experience|updated|informed|on (?:your|any) (?:phone|mobile|device"
    r"|tablet)s?)\b)"
)
# A cookie or consent banner talks about the site, the reader's data or the legal terms.
_WEB_CUE = (
    r"(?=.*\b(?i:cookies?|privacy|terms|polic(?:y|ies)|consent|websites?|site|browser|browsing"
    r"|experience|personali[sz]\w*|analytics|advertis\w*|partners|settings|preferences|agree"
    r"|accept\w*|newsletters?|e-?mail|recaptcha|google|subscri\w*|conditions|data)\b)"
)

# A date or a time of day as a page prints it beside "Updated" or "Published": months,
# weekdays, numbers and clocks, "am"/"pm", a time zone in capitals ("10:45 PM SGT, 2 Feb
# 2024"), with a digit in its first words and a month's name, "am"/"pm" or a time zone
# after a clock in it ("10:32 GMT"; a file's "Last updated: 2007-10-14" is no story's
# stamp); every word ends where no letter follows.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
_STAMP_WORD = (
    r"(?:\d{1,4}(?:[:./-]\d{1,4}){0,2}+(?:(?i:st|nd|rd|th|h)(?!\p{L}))?+(?!\d)"
    rf"|(?i:{_MONTH}|{_WEEKDAY}|[ap]\.?m|at|on)\.?(?![\p{{L}}\p{{N}}])"
    r"|[A-Z]{2,4}(?![\p{L}\p{N}]))"
)
_STAMP_SAYS = (
    rf"(?=.{{0,80}}?(?<!\p{{L}})(?:(?i:{_MONTH}(?!\p{{L}})|(?<=\d ?)[ap]\.?m(?!\p{{L}}))"
    r"|(?<=\d[:.]\d\d ?)(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T)(?!\p{L})))"
)
_STAMP = (
    rf"(?=\D{{0,30}}\d){_STAMP_SAYS}"
    rf"{_STAMP_WORD}(?:,?+ ?+(?:[|/\u00b7\u2022-] )?+{_STAMP_WORD}){{0,11}}"
)

# A date in a stamp: a month or a weekday, a year, or a date in numbers ("14/03/2024").
_STAMP_DATE = regex.compile(
    rf"(?<!\p{{L}})(?i:{_MONTH}|{_WEEKDAY})(?!\p{{L}})|(?<!\d)(?:19|20)\d\d(?!\d)"
    r"|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}"
)
# The period of a sentence at the end of a line, after a word or a number (not the dots of
# "Loading..." nor the period of "p.m.": "Updated 3:15 p.m." may be a page's stamp).
_SENTENCE_PERIOD = regex.compile(r"(?<![.\s]\p{L}|\.)(?<=[\p{L}\p{N}])\.[\s]*\Z")


# Templates that take a line only as a link's label: written as a sentence, with its
# period, the line may be the text's own ("Follow Harbour News on Facebook, Twitter and
# Instagram." in an about section or a list of tips; the widget prints "Follow Doha News
# on Twitter, Instagram, Facebook and Youtube").
_LABEL_TEMPLATES = frozenset(
    (
        "follow {name} on {networks}",
        "follow the {name} on {networks} for {words}",
        "follow {handle} for {words}",
    )
)


# The first letter after a label's colon (or its dash: "Advertisement \u2014 or ...").
_LABELLED_HEAD = regex.compile(
    r"^[^:\u2013\u2014]*+(?:: ?+|(?<= )[\u2013\u2014] )[^\p{L}]*+(\p{L})"
)
# A short label, then a sentence that opens in lower case ("Subscribers only: the paper
# will charge for every article from April.").
_LABEL_THEN_LOWER = regex.compile(r"\s*+\p{Lu}[\p{L}'\u2019 -]{0,30}+: (?=\p{Ll})")


def _labelled_prose(line: str) -> bool:
    """Whether ``line`` is a label and a sentence of prose after it: in lower case, with a
    sentence's period, and no request ("Newsletter: sign up for our briefing." asks).

    >>> _labelled_prose("Subscribers only: the paper will charge for every article.")
    True
    >>> _labelled_prose("Newsletter: sign up for our briefing.")
    False
    """
    label = _LABEL_THEN_LOWER.match(line)
    if label is None or _SENTENCE_PERIOD.search(line) is None:
        return False
    return _IMPERATIVE.match(line, label.end()) is None


# A relative clause, which a headline drops and a sentence keeps ("Libby, which lets...").
_RELATIVE = regex.compile(r", (?:which|who|whose|where) ")
# Where a caption places the people in its photo ("Ana Pereira, left, and ...").
_PLACED = regex.compile(r", (?:left|right|centre|center|pictured|second left|second right),")


def sentence_not_label(line: str, match: LineMatch) -> bool:
    """Whether ``line``, which the template of ``match`` takes, is a sentence of the text
    rather than a page's label: it ends with a sentence's period and the template is one
    of :data:`_LABEL_TEMPLATES`, or a label and its headline (``promoted: {headline}``)
    whose headline opens in lower case (a caption: "Advertisement: a 1930s poster for
    Bovril, part of the museum's collection."), holds a relative clause (an item of a
    list: "Watch: Slow Horses, which returns for a fifth series.") or, after a link's
    label, places people as a caption does ("Related: Ana Silva, left, and her
    sister..."), or a stamp
    (``updated {stamp}``) that gives a time of day and no date ("Updated at 4.52pm." in
    a live report). A page prints its stamp as a label, without a period ("Updated at
    16.52 GMT", "Updated 3m ago"), or with the date ("Published: 14 March 2024, 9:12 am").

    >>> m = LineMatch("media-widget", False, "updated {stamp}", "template")
    >>> sentence_not_label("Updated at 4.52pm.", m), sentence_not_label("Updated at 4.52pm", m)
    (True, False)
    >>> sentence_not_label("Updated: 12 March 2025, 2pm.", m)
    False
    >>> w = LineMatch("media-widget", False, "watch: {headline}", "template")
    >>> sentence_not_label("Watch: Slow Horses, which returns for a fifth series.", w)
    True
    >>> sentence_not_label("Watch: Slow Horses returns for a fifth series", w)
    False
    """
    if match.kind != "template" or _SENTENCE_PERIOD.search(line) is None:
        return False
    if match.entry in _LABEL_TEMPLATES:
        return True
    if match.entry.endswith(": {headline}"):
        if match.family == "read-more" and _PLACED.search(line) is not None:
            return True  # a photo's caption, not a link's headline
        if _RELATIVE.search(line) is not None:
            return True  # an item of a list ("Watch: Slow Horses, which returns for...")
        head = _LABELLED_HEAD.search(line)
        return head is not None and head.group(1).islower()
    return "{stamp}" in match.entry and _STAMP_DATE.search(line) is None


PLACEHOLDERS: dict[str, str] = {
    # a count as counters print it: "7,412", "1.2K", "3M"
    "n": r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d)?[kKmM](?![\p{L}\p{N}])|\d{1,5}",
    "year": r"(?:1[89]|20)\d\d",
    # a headline opens with no pronoun in lower case and ends with no reporting clause of
    # prose ("Read more about the plan, the minister told MPs."; "Rates rise, Fed says"
    # is a headline's)
    "headline": (
        r"(?-i:(?!(?:he|she|they|we|i|it|you)\b))"
        r"(?!.*, (?i:the|an?|he|she|they|his|her|their)\b[^,]{0,40}\b"
        r"(?i:said|says|told|added|explained)\b)"
        r"(?=[^ ]*[\p{L}\p{N}])\S+(?: \S+){0,39}"
    ),
    # words with no bracket or underscore inside: "[Docs][Rust]" links and "#[attr(x_y)]"
    # code are no headline
    "bracketed": (
        # spaced inside its brackets, as the link lists that write them do ("[ Rates rise
        # again ]"); "[DOC "string"]" and "[HOST <name>]" are signatures in docs
        r"(?<= )(?=[^\]]*(?<= )\])"
        r"(?=(?:\S+ ){4}|[^\]]*(?:(?<= )\p{Ll}|\d|:))"
        # code in brackets is no headline: a quoted token of no letters (a headline quotes
        # words: "CSA 'could close', says minister"), an assignment, an empty call or a
        # spaced parenthesis ("Italy (Sat)" is a headline's), "--", "||", an address, a
        # list of quoted strings
        r"(?![^\]]*(?:['\"][^\p{L}\s'\"]*['\"]|['\"], ?['\"]|=|\(\)|\( | \)| -- |\|\||://))"
        # words: a printed list of numbers ("[ 1, 2, 3 ]") is no headline
        r"(?=[^\]]*\p{L}\p{L})"
        r"(?=[^ ]*[\p{L}\p{N}])[^\s\[\]_]+(?: [^\s\[\]_]+){2,39}"
    ),
    "words": _TAIL_VETO + r"\S+(?: \S+){0,11}?",
    "tail": rf"(?:{_TAIL_VETO}{_ONE_SENTENCE} ?[,;:-]?(?: \S+){{1,60}})?",
    "webtail": rf"(?:{_TAIL_VETO}{_WEB_CUE} ?[,;:-]?(?: \S+){{1,60}})?",
    "apptail": rf"(?:{_TAIL_VETO}{_APP_CUE}{_ONE_SENTENCE} ?[,;:-]?(?: \S+){{1,60}})?",
    "duration": r"\d{1,2}(?::\d\d){1,2}(?: ?(?i:min|mins|minutes))?|\d{1,3} ?(?i:min|mins|minutes)",
    # (no question's word nor a person's pronoun: "Sponsored by whom?"; no possessive in
    # lower case, which names no brand: "Install the hospital's wayfinding app"; no day:
    # "Watch the council live on Thursdays, from 7pm.")
    "site": (
        r"(?!(?i:who|whom|whose|what|which|him|her|them|me|weekdays|weekends|weeknights"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)"
        r"(?!(?:\S+ ){0,2}(?-i:\p{Ll}[\p{L}&-]*+['\u2019]s)(?!\S))\S+(?: \S+){0,5}?"
    ),
    "section": rf"{_CAPW}(?: (?:(?:&|and|of|the|in) )?{_CAPW}){{0,4}}",
    "name": rf"(?!{_FUNCTION}\b){_CAPW}(?: (?:{_CONNECT} )?{_CAPW}){{0,5}}",
    "credit": (
        r"(?!(?i:by|from|with|and|or|reporting|editing|writing) )"
        # (not "the", but for a paper's name before its photographer: "The Star/Azhar")
        r"(?!(?i:the) (?![\p{Lu}][\p{L}'.&-]*+(?: [\p{Lu}][\p{L}'.&-]*+){0,3} ?/))"
        # a copyright sign may stand before the name ("Image: © Shutterstock")
        rf"(?:\u00a9 ?)?{_CRED}"
        rf"(?:(?: ?[/|,;] ?| - | via | and | & | (?:{_CONNECT}) | ){_CRED}){{0,11}}"
    ),
    "agency": _AGENCY,
    "paper": r"(?i:\L<papers>)",
    "photoagency": _PHOTO_AGENCY,
    "networks": rf"{_NETWORK}(?:{_NET_SEP}{_NETWORK}){{0,11}}",
    "netlist": rf"{_NETLIST_ITEM}(?:{_LIST_SEP}{_NETLIST_ITEM}){{1,11}}",
    "handle": r"@[\w.]{1,30}+",
    "email": r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,5}+",
    "domain": (
        r"[\p{L}\p{N}-]{1,63}+(?:\.[\p{L}\p{N}-]{1,63}+){0,3}?"
        r"\.(?i:com|org|net|co\.uk|co|uk|de|fr|es|it|nl|ca|au|in|io|news|tv|info|us|eu|ie"
        r"|nz|za|ch|at|be|se|no|dk|fi|pl|br|mx|jp|cn)"
    ),
    "caption": r"\S+(?: \S+){0,14}",
    "stamp": _STAMP,
}

# Punctuation that an entry requires (with optional spaces around); other punctuation in
# an entry is optional.
_REQUIRED_PUNCT = {
    # a dash stands for the colon with a space beside it: "Read - Title", not "Read-only"
    ":": r" ?(?:[:|>\u00bb\u203a\u2192\u25b6\u25ba\u25b8\u27a4\u2794]|(?<= )-|-(?= )) ?",
    "/": r" ?/ ?",
    "|": r" ?\| ?",
    ",": r" ?, ?",
    "(": r"\( ?",
    ")": r" ?\)",
    "[": r"\[ ?",
    "]": r" ?\]",
    "$": r"\$",
    "+": r"\+",
    "@": "@",
    "\u00a9": r"(?:\u00a9|\((?i:c)\))",
}
_ENTRY_TOKEN = regex.compile(r"\{(\w+)\}|[\p{L}\p{N}\p{M}]+|\s+|.", regex.DOTALL)


def compile_template(entry: str) -> str:
    """Regex source for a template entry; placeholders are calls such as ``(?&p_n)``.

    Use :func:`compile_templates` to get a pattern that defines the placeholders.

    >>> compile_template("{n} comments").startswith("(?&p_n)")
    True
    """
    parts: list[str] = []
    tokens = list(_ENTRY_TOKEN.finditer(entry.translate(_TRANSLATE).strip()))
    for k, m in enumerate(tokens):
        tok = m.group()
        spaced = 0 < k < len(tokens) - 1 and tokens[k - 1].group().isspace()
        if tok == "-" and spaced and tokens[k + 1].group().isspace():
            parts.append("-")  # " - " between two slots separates them: "{credit} - {agency}"
        elif m.group(1) is not None:
            if m.group(1) not in PLACEHOLDERS:
                known = ", ".join(sorted(PLACEHOLDERS))
                raise ConfigError(
                    f"unknown placeholder {tok} in boilerplate entry {entry!r}; known: {known}"
                )
            parts.append(f"(?&p_{m.group(1)})")
        elif tok.isspace():
            # a space may be lost, but not between two letters or digits: "PressAll Rights
            # Reserved" glues a sentence's end to the next ("© 2019 Associated Press. All
            # Rights Reserved."), as the sentences pass will read it
            parts.append(r"(?!(?<=\w)\w) ?(?:[-:|,\u00b7\u2022] )?")
        elif _KEY_WORD.fullmatch(tok):
            parts.append(f"(?i:{regex.escape(tok)})")
        elif tok in _REQUIRED_PUNCT:
            parts.append(_REQUIRED_PUNCT[tok])
        else:
            parts.append(f"{regex.escape(tok)}?")
    return "".join(parts)


def _expand(source: str) -> str:
    """Inline the placeholder calls of a compiled template (no group calls: they are slow)."""
    return str(regex.sub(r"\(\?&p_(\w+)\)", lambda m: f"(?:{PLACEHOLDERS[m.group(1)]})", source))


@functools.lru_cache(maxsize=4096)
def required_words(entry: str) -> tuple[str, ...]:
    """The ASCII words of a template entry, case-folded: every line it matches holds each
    of them (its regex matches words case-insensitively and whole), so a line that lacks one
    is not tried.

    >>> required_words("{words}, please subscribe{tail}")
    ('please', 'subscribe')
    """
    out: list[str] = []
    for m in _ENTRY_TOKEN.finditer(entry.translate(_TRANSLATE).strip()):
        tok = m.group()
        if m.group(1) is None and tok.isascii() and _KEY_WORD.fullmatch(tok):
            out.append(tok.casefold())
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _runs_on_free_text(entry: str) -> bool:
    """The entry runs on from a word into free text ("read more about {headline}")."""
    return _FREE_TEXT.search(entry) is not None


def compile_templates(entries: Sequence[str]) -> tuple[regex.Pattern[str], ...]:
    """One compiled pattern per template entry (matched with ``fullmatch``).

    >>> [bool(p.fullmatch("Read more: Rates rise")) for p in compile_templates(
    ...     ["image {n} of {n}", "read more: {headline}"])]
    [False, True]
    """
    return tuple(_compile(_expand(compile_template(e))) for e in entries)


@functools.lru_cache(maxsize=4096)
def _compile(source: str) -> regex.Pattern[str]:
    """Compile a template's regex; templates are compiled on first use, then cached."""
    return regex.compile(source, regex.V0, ignore_unused=True, **_NAMED_LISTS)


_FIRST_TOKEN = regex.compile(r"\{(\w+)\}|[\p{L}\p{N}\p{M}]+|\S")
_LAST_TOKEN = regex.compile(r"(?r)\{(\w+)\}|[\p{L}\p{N}\p{M}]+|\S")
# The kind of line edge a placeholder makes, when it starts (or ends) an entry: an agency
# name, a digit ("4:31" and "5 min" start with one, not end), a network word, an address.
_BOTH_EDGES = {"agency": "agency", "photoagency": "agency", "n": "digit", "year": "digit"}
_EDGE_KIND = {
    "first": {**_BOTH_EDGES, "netlist": "network", "networks": "network", "duration": "digit"},
    "last": {**_BOTH_EDGES, "email": "email", "paper": "paper"},
}


def dispatch_key(entry: str) -> tuple[str, str]:
    """Which lines an entry can match, by their first token (or, failing that, last token).

    A line is tried only against entries whose key it fits, so that a document costs a few
    regex attempts a line rather than hundreds.

    >>> dispatch_key("read more: {headline}"), dispatch_key("{credit}/{agency}")
    (('first', 'read'), ('last-kind', 'agency'))
    """
    text = entry.translate(_TRANSLATE).strip()
    first = _FIRST_TOKEN.search(text)
    last = _LAST_TOKEN.search(text)
    for where, m in (("first", first), ("last", last)):
        if m is None:
            continue
        if m.group(1) is None:
            return (where, m.group().casefold())
        kind = _EDGE_KIND[where].get(m.group(1))
        if kind is not None:
            return (f"{where}-kind", kind)
    return ("any", "")


_LINE_FIRST = regex.compile(r"[\p{L}\p{N}\p{M}]+|\S")
_LINE_LAST = regex.compile(r"(?r)[\p{L}\p{N}\p{M}]+|\S")


def line_dispatch(s: str, folded: str | None = None) -> list[tuple[str, str]]:
    """The dispatch keys a normalised line fits (see :func:`dispatch_key`).

    ``folded`` is ``s.casefold()``, when the caller has it already.

    >>> line_dispatch("Jane Doe/Getty Images")[-1]
    ('last-kind', 'agency')
    """
    if folded is None:
        folded = s.casefold()
    if s.isascii() and s[:1] > " " and s[-1:] > " ":
        # the same tokens without two regex searches: an ASCII line that starts and ends
        # with a visible character starts with its first word (or that character)
        m = _ASCII_KEY_WORD.match(folded)
        fw = m.group() if m is not None else folded[0]
        cut = len(folded.rstrip(_ASCII_WORD_CHARS))
        lw = folded[cut:] if cut < len(folded) else folded[-1]
    else:
        first = _LINE_FIRST.search(s)
        last = _LINE_LAST.search(s)
        if first is None or last is None:
            return [("any", "")]
        fw, lw = first.group().casefold(), last.group().casefold()
    keys = [("any", ""), ("first", fw), ("last", lw)]
    if folded.startswith(_AGENCY_BY_FIRST.get(folded[:1], ())):
        keys.append(("first-kind", "agency"))
    if fw[0].isdigit():
        keys.append(("first-kind", "digit"))
    if fw in _NETWORK_WORDS:
        keys.append(("first-kind", "network"))
    if lw[0].isdigit():
        keys.append(("last-kind", "digit"))
    if folded.endswith(_CREDIT_BY_LAST.get(folded[-1:], ())):  # most lines end otherwise
        if folded.endswith(_AGENCY_BY_LAST.get(folded[-1:], ())):
            keys.append(("last-kind", "agency"))
        if folded.endswith(_PAPER_BY_LAST.get(folded[-1:], ())):
            keys.append(("last-kind", "paper"))
    # an address has no space: it is the last word (most lines have no "@" at all)
    if "@" in folded and "@" in folded[folded.rfind(" ") + 1 :]:
        keys.append(("last-kind", "email"))
    return keys


# --------------------------------------------------------------------------- sentence rules

# Sentences, and segments of a line joined by a spaced dash, bar or dot ("Ad - Read on").
# Sentences and the separators of a line of widgets (without "and": for the lines whose
# "and" belongs to a phrase, "terms of use and privacy policy").
_SENTENCE_ONLY = r"(?<=[.!?][\"')\]]?) +(?=[\"'(\[]?[\p{Lu}\p{N}])| [-|\u00b7\u2022] (?=\S)"
_SENTENCE_ONLY_SPLIT = regex.compile(_SENTENCE_ONLY)
_SENTENCE_SPLIT = regex.compile(_SENTENCE_ONLY + r"| (?i:and) (?=\S)")
# The same on an ASCII line, where it is the same pattern (capitals are A-Z, digits 0-9),
# for the faster standard engine. Its \S would not match \x1c-\x1f, which regex's does:
# "not a space" is spelled out.
_ASCII_SENTENCE_ONLY = (
    r" (?:(?<=[.!?][\"')\]] )|(?<=[.!?] )) *(?=[\"'(\[]?[A-Z0-9])| [-|] (?=[^\t-\r ])"
)
_ASCII_SENTENCE_SPLIT = re.compile(_ASCII_SENTENCE_ONLY + r"| (?i:and) (?=[^\t-\r ])")
_ASCII_SENTENCE_ONLY_SPLIT = re.compile(_ASCII_SENTENCE_ONLY)
_AND = re.compile(r" (?i:and) ")
# Free text run on from a word ("read more about {headline}", unlike "read more: {headline}"),
# and speech reported the way prose (not a headline) does.
_FREE_TEXT = regex.compile(r"[\p{L}\p{N}] \{(?:headline|words)\}")
_REPORTED = regex.compile(r"\b(?i:said|according to)\b")
_COUNTER = regex.compile(r"^(\D.*?) \d{1,6}$")
_COUNTER_CHARS = 7  # " " and up to six digits
_NEWS_CUE = regex.compile(
    r"\b(?i:newsletters?|inbox(?:es)?|mailing list|e-?mail (?:updates|alerts|briefings?|digest)"
    r"|(?:our|your) (?:[\w-]+ ){0,3}(?:digest|briefing|roundup)"
    # an email by its rhythm ("get the Sky Watch email every morning")
    r"|e-?mail (?:every|each) (?:morning|day|weekday|week|evening|afternoon|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday))\b"
)
# A newsletter tagline's verbs ("Treat your inbox to...", "Upgrade your inbox").
_TAGLINE_VERBS = r"treat|upgrade|nurture|brighten"
# ("subscribers" is a noun: "Newsletter subscribers asked; we answered" is a heading)
_CTA_VERB = regex.compile(
    r"\b(?i:sign(?:ing|ed)? up|subscrib(?!ers?\b)\w*|join|get|receive|enjoy|love|deliver\w*"
    r"|sent|straight|right to|meet|land\w*|arrive\w*|bring\w*|register|enter|stay|keep up|catch up"
    rf"|never miss|don't miss|want|{_TAGLINE_VERBS})\b"
)
# Verbs that open a request to sign up, subscribe or get something.
_ASK = r"sign up|subscribe|join|get|receive|register|never miss|don't miss"
# ... and a newsletter tagline ("Treat your inbox to...", "Filter out the noise and nurture
# your inbox"), which a newsletter's cue must still come with; not words that speak to the
# reader on their own ("Advertisement. Treat the wound with ice." is a sentence of prose).
_TAGLINE = rf"{_TAGLINE_VERBS}|filter out"
_READER = regex.compile(
    # ("us" in lower case: "a US publisher" speaks to no reader)
    r"\b(?i:you|your|you're|you'll|yours|our|we|we'll|we're|my|i'm|i've)\b|\bus\b"
    # (after a label too: "Email newsletter: Get the Evening Update at 6pm")
    rf"|^(?:[\w' -]{{2,30}}: )?(?i:{_ASK}|stay|enter|want|click|tap)\b"
)
# A line that opens with such a request.
_IMPERATIVE = regex.compile(rf"(?i:{_ASK}|{_TAGLINE})\b")
# Phrases that only a subscription or newsletter nag uses.
_NAG = regex.compile(
    r"\b(?i:please subscribe|subscribe (?:now|today|here)|become a (?:subscriber|member)"
    # ("Already a subscriber? Log in", not a reader's "What if I'm already a subscriber?")
    r"|(?:(?<![^.!?:] )|(?<=\byou (?:are )?|\byou're |\bare you ))already a (?:subscriber|member)"
    r"|log in for (?:immediate|full|unlimited) access"
    r"|(?:get|unlock) (?:unlimited |full |digital ){1,2}access|keep reading with"
    # "Log in to continue reading.", not "the offset to continue reading from"
    r"|to continue reading(?= ?[.,!:]| ?$| (?:this|the|our) (?:story|article|post))"
    r"|continue reading (?:your|with|for)|(?:log|sign) in or subscribe|subscribe or (?:log|sign) in"
    r"|(?:available|reserved|exclusive) (?:to|for) (?:our )?subscribers|subscribers only"
    r"|(?:new|first-time|first time) subscribers (?:also )?(?:get|receive|enjoy))\b"
)


# A request to sign up for or subscribe to a named publication that opens the line or
# follows a label ("Sign up for The Atlantic Daily, a guide to...", "Subscribe to Axios
# Denver for free", "Playbook: Sign up for POLITICO's morning newsletter"), or follows a
# longer pitch when the publication is named as a newsletter ("Never miss a patch:
# subscribe to Pixel Weekly"); prose says "subscribe to the idea", and the steps of a
# how-to "Sign up for the Disney+ bundle" ("Step three: sign up for Netflix").
_NAMED_ASK = regex.compile(
    r"(?:^|^[\p{Lu}][\p{L}']*+: )(?:Sign up (?:for|to)|Subscribe to|SIGN UP (?:FOR|TO)"
    r"|SUBSCRIBE TO) (?:The |our )?+\p{Lu}"
    r"|^[\p{Lu}][^:]{0,80}+: (?:[Ss]ign up (?:for|to)|[Ss]ubscribe to) (?:The |our )?+"
    r"(?:\p{Lu}[\p{L}'&-]*+ ){1,4}(?:Daily|Weekly|Briefing|Digest|Newsletter|Bulletin"
    r"|Dispatch|Roundup|Wrap)\b"
)


class _WordScreen:
    """A pattern of lower-case words matched in any case (``(?i:...)`` groups), searched
    with ``regex``; on an ASCII text the same pattern without the flag searches the
    lower-cased text with ``re``, which finds the same and is about twice as fast.

    >>> _VETO.found("HE SAID so"), _VETO.found("Sign up today"), _VETO.found("Über, sagte er")
    (True, False, False)
    """

    __slots__ = ("ascii", "full")

    def __init__(self, source: str) -> None:
        self.full = regex.compile(source)
        self.ascii = re.compile(source.replace("(?i:", "(?:"))

    def found(self, s: str) -> bool:
        """Whether the pattern matches anywhere in ``s``."""
        if s.isascii():
            return self.ascii.search(s.lower()) is not None
        return self.full.search(s) is not None


_SOFT_CUE = _WordScreen(
    r"\b(?i:deliver\w*|every (?:morning|weekday|day|week|afternoon|evening)|weekday"
    r"|mornings?|afternoons?|free|exclusive|stories|news|updates|privacy|terms|spam"
    r"|unsubscribe|subscri\w*|inbox|email|e-mail|newsletters?|sign up|briefing|digest"
    r"|up to date|keep up with|informed|in the know|latest|don't miss|never miss)\b"
)
# (and the pointer after a disclosure: "...we may earn a commission. Here's how it works.")
# (and a question to the reader about the story or an account: "Love this story?",
# "Enjoyed this article?", "Don't have an account?")
_GREETING = regex.compile(
    r"!|\b(?i:hi|hello|hey|welcome|thanks|thank you|here's how it works)\b"
    r"|^(?i:(?:love|loved|enjoy|enjoyed|enjoying|like|liked|found|finding) (?:this|these|what"
    r"|reading|our)\b[^.!]{0,40}|(?:don't|do not) have an account|not (?:yet )?a (?:member"
    r"|subscriber)|new here|already (?:a )?(?:member|subscriber|registered))\??$"
)
# ("they" of a newsletter's "stories as they happen" speaks of no one)
_VETO = _WordScreen(
    rf"[\"\u201c\u201d\u00ab\u00bb]|\b(?i:{_REPORTING_WORDS}|according to"
    r"|he|she|they(?! happen)|his|her|their|him|them|percent)\b|%"
)


# Words joined by an underscore: an identifier in code or data.
_SNAKE_CASE = re.compile(r"[A-Za-z0-9]_[A-Za-z0-9]")
# A JSON key opening a line, and the start of its value.
_JSON_KEY = re.compile(r'"[^"\n]*"\s*:\s*(?:[\[{"0-9-]|(?:true|false|null)\b)')
# A shell option opening a line ("--image-id ami-1"): its dashes are no decoration.
_OPTION = re.compile(r"\s*--[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:[ =]|$)")


# A parameter of a docstring ("categories : list-like, optional", "read: dict, default
# None"): a name in lower case, then a colon with a blank before it, or a type in lower
# case ("category: Concepts" is a tag line).
_PARAMETER = re.compile(r"[a-z_][a-z0-9_]*(?: : \S| ?: [a-z])")


def _command_line(line: str) -> bool:
    """A line of a shell command (an option first, or a backslash after a space at the
    end), of JSON (a quoted key and a colon first) or a parameter of a docstring (a name in
    lower case, a colon, a type: ``categories : list-like, optional``).

    >>> _command_line("--image-id ami-1"), _command_line("ls \\\\"), _command_line("-- Ad --")
    (True, True, False)
    >>> _command_line('"comments": ['), _command_line('"Share this," he said.')
    (True, False)
    >>> _command_line('"read": true,'), _command_line('"Read more": the plan')
    (True, False)
    >>> _command_line("categories : list-like, optional"), _command_line("Categories: News")
    (True, False)
    """
    if line[:1] == '"' and _JSON_KEY.match(line) is not None:
        return True
    if _PARAMETER.match(line) is not None:
        return True
    end = line.rstrip()
    if end.endswith("\\") and end[-2:-1].isspace():
        return True
    return line.lstrip().startswith("--") and _OPTION.match(line) is not None


# A numbered clause or section of a document opening the line ("8. Newsletters", "8.1 By
# subscribing to a newsletter you consent..."): an item of the text, whatever it is about.
# (a count is no number of a clause: "1 Comment", "12 Photos" are widgets)
_CLAUSE = re.compile(r"\s*\d{1,3}(?:(?:\.\d{1,3})+\.?|\.) [A-Z][a-z]")


def read_as_data(line: str) -> bool:
    """Whether ``line`` is never furniture, whatever the lists say: a line of a command,
    JSON or a docstring's parameters (:func:`_command_line`), a table's row, a numbered
    clause, or a line that goes on in the next (a comma or a semicolon at its end; only a
    player's label ends on its comma). :func:`cleantext.learn.learn_boilerplate` learns no
    such line: its entry would match nothing.

    >>> read_as_data("make all \\\\"), read_as_data("Name\\tScore"), read_as_data("Share this")
    (True, True, False)
    >>> read_as_data("* comments,"), read_as_data("Image caption,")
    (True, False)
    """
    return (
        _command_line(line)
        or _table_row(line)
        or _CLAUSE.match(line) is not None
        or (line.rstrip().endswith((",", ";")) and line.strip().casefold() not in _COMMA_LABELS)
    )


def _table_row(line: str) -> bool:
    """A row of a Markdown table: a pipe first and last, and one between (``| Category |
    Description |``), or a row of tab-separated fields (``share\\t1``); its cells are data,
    whatever words they hold.

    >>> _table_row("| Category | Description |"), _table_row("| Advertisement |")
    (True, False)
    >>> _table_row("Share | Tweet | Email"), _table_row("share\\t1")
    (False, True)
    """
    return (line[:1] == "|" and line.rstrip()[-1:] == "|" and line.count("|") >= 3) or (
        "\t" in line and TAB_FIELDS.search(line.strip()) is not None
    )


# Markup of documentation: a code span (`x()`), a Vim help tag (|tag|), a reStructuredText
# role (:func:`x`), a Markdown reference link ([ES.48][]).
_DOC_MARKUP = re.compile(
    r"`[^`\n]+`|(?<![^\s(])\|[^|\s]+\|(?![^\s.,;:)])|:[a-z]+:`|\]\[[^\]\n]*\]"
    # a manual page, "rename(2)", "ls(1)", "printf(3p)"; Vim's ":help runtime"
    r"|(?<![\w.-])[a-z_][\w.-]*\([1-9][a-z]{0,2}\)(?!\w)|(?<!\S):h(?:elp)? [\w'<>-]"
)


def has_doc_markup(line: str) -> bool:
    """Whether ``line`` holds documentation markup (:data:`_DOC_MARKUP`).

    >>> has_doc_markup("See also |font-sizes|."), has_doc_markup("* [ES.48][]: Avoid casts")
    (True, True)
    >>> has_doc_markup("Read more (2)")
    False
    """
    markup = "`" in line or "|" in line or "(" in line or ":h" in line or "][" in line
    return markup and _DOC_MARKUP.search(line) is not None


# A Markdown heading.
_HEADING = re.compile(r"\s{0,3}#{1,6}\s")
# Families whose lines head a section of a document as well ("See also", "Comments").
_SECTION_FAMILIES = frozenset(("read-more", "comments"))


def _documentation(line: str, family: str) -> bool:
    """A line of documentation rather than page furniture: it holds documentation markup
    (``See also: [`cork()`][]``, ``See also |font-sizes|.``, a manual page ``rename(2)``,
    Vim's ``:help runtime``), it is a heading of a Vim help file (``Comments ~``), or it
    is a Markdown heading of a section (``### See Also``, ``## Comments``: a family that
    heads sections).

    >>> _documentation("See also: [`cork()`][].", "read-more")
    True
    >>> _documentation("See also: rename(2).", "read-more")
    True
    >>> _documentation("See also", "read-more"), _documentation("Share|Tweet|Email", "share-follow")
    (False, False)
    >>> _documentation("### See Also", "read-more"), _documentation("## Advertisement", "ad-marker")
    (True, False)
    """
    if has_doc_markup(line):
        return True
    if line.endswith(" ~"):
        return True  # a heading of a Vim help file ("Comments ~")
    return family in _SECTION_FAMILIES and _HEADING.match(line) is not None


# --------------------------------------------------------------------------- the library


@dataclass(frozen=True)
class Library:
    """Compiled phrases and templates; :meth:`classify` says whether a line is boilerplate.

    Build one with :func:`library` (cached); a library is immutable and thread-safe.

    >>> library().classify("Photo: Jane Doe/AFP via Getty Images").family
    'photo-credit'
    """

    phrases: Mapping[str, LineMatch]
    templates: tuple[tuple[LineMatch, str], ...]  # the entry and its regex source
    buckets: Mapping[tuple[str, str], tuple[int, ...]]
    patterns: tuple[tuple[regex.Pattern[str], LineMatch], ...]
    #: The longest phrase key, in characters: a line whose key is longer is no phrase.
    longest_key: int = 0
    #: The :func:`required_words` of each template (longest first), in template order.
    required: tuple[tuple[str, ...], ...] = ()
    #: The first word of every phrase key: a line whose key starts otherwise is no phrase.
    phrase_firsts: frozenset[str] = frozenset()
    #: The patterns, tried in one call among those that can open a line as it opens (see
    #: :class:`PatternUnion`), or None when a pattern can't join an alternation (a
    #: back-reference, a global inline flag).
    pattern_union: PatternUnion | None = None
    #: The candidates of each combination of non-empty buckets, merged once (a cache).
    merged: dict[tuple[tuple[str, str], ...], Sequence[int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: The first look at a line that turns most prose away (see
    #: :mod:`~cleantext.passes.boilerplate_screen`); None tries every line.
    screen: Screen | None = field(default=None, compare=False, repr=False)
    #: The cues (``~words`` entries) by key, and one search for all of them.
    cues: Mapping[str, LineMatch] = field(default_factory=dict, compare=False, repr=False)
    cue_pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    #: The phrases of two words or more by :func:`bare_key` (the first phrase of each).
    bare_phrases: Mapping[str, LineMatch] = field(default_factory=dict, compare=False, repr=False)
    #: Whether a caption with a photo's credit in brackets is furniture (see
    #: :func:`captioned`): the photo credits are among the families.
    captions: bool = False

    def may_open(self, word: str) -> bool:
        """Whether a phrase or a template of the library opens with ``word`` (in lower
        case): a cheap first look at a piece of a line before :meth:`classify` reads it
        (the patterns and the sentence rules are not asked).

        >>> library().may_open("subscribe"), library().may_open("warner")
        (True, False)
        """
        return word in self.phrase_firsts or ("first", word) in self.buckets

    def classify(self, line: str) -> LineMatch | None:
        """The :class:`LineMatch` if the whole ``line`` is boilerplate, else ``None``.

        >>> lib = library()
        >>> lib.classify("Join today. We won't share your email address.").kind
        'sentences'
        >>> lib.classify("Subscribe to our newsletter to follow the story.") is None
        False
        >>> lib.classify("Subscribers to the newsletter rose by a third last year.") is None
        True

        A line that ends on a comma or a semicolon goes on in the next: an item of a list
        ("* comments,"), never a widget; only a player's label ends on its comma.

        >>> lib.classify("* comments,") is None, lib.classify("Comments") is None
        (True, False)
        >>> lib.classify("Image caption,").family
        'media-widget'
        """
        if len(line) > 2 * MAX_LINE_CHARS or read_as_data(line):
            return None
        s = normalize_line(line)
        if not s or len(s) > MAX_LINE_CHARS:
            return None
        found = None
        if self.screen is None or self.screen.may_match(s):
            found = self._whole(s)
            if found is None and s.count(" ") + 1 <= MAX_TEMPLATE_WORDS:
                found = self._sentences(s)
        if found is None and (": " in s or "? " in s) and (label := _LABEL.match(s)) is not None:
            found = self._after_label(s[: label.start(1)], label.group(1))
        if (
            found is None
            and self.cue_pattern is not None
            and len(s) <= CUE_CHARS
            and not _CUE_VETO.search(line)
            and not line.rstrip().endswith("?")  # a heading's ("Advertisement or article?")
        ):
            found = self._cue(s)
        if found is not None and (
            _documentation(line, found.family)
            or sentence_not_label(line, found)
            or (found.kind == "sentences" and self._asks_of_a_button(line, s))
            or (found.kind == "call-to-action" and _labelled_prose(line))
            # a line of a transcript or an interview ("HOST: Download the app?")
            or _SPEAKER.match(line) is not None
        ):
            return None
        return found

    def _asks_of_a_button(self, line: str, s: str) -> bool:
        """Whether ``line`` (normalised: ``s``) asks a question whose last part is only a
        button's weak label: a heading's question ("Subscribe and save?"), as no button
        asks.

        >>> lib = library()
        >>> lib._asks_of_a_button("Subscribe and save?", "Subscribe and save")
        True
        >>> lib._asks_of_a_button("Subscribe and save", "Subscribe and save")
        False
        """
        if not line.rstrip().endswith("?"):
            return False
        parts = list(_parts(s))
        hit = self._whole(parts[-1]) if parts else None
        return hit is not None and hit.weak

    def _after_label(self, label: str, rest: str) -> LineMatch | None:
        """The strong match of the line after its short label ("Stay ahead: get the CBC
        News app, free on iOS and Android"), in a family whose lines a page labels: a
        promotion, a sign-up, a share or comment panel, a paywall.

        >>> library().classify("Stay ahead: get the Echo app, free on iOS and Android").family
        'app-promo'
        >>> library().classify("Stay ahead: the company expects profits to rise") is None
        True
        >>> library().classify("Standout track: Sign Up, Sign Out") is None
        True
        """
        if self.screen is not None and not self.screen.may_match(rest):
            return None
        if _PART_LABEL.search(label) is not None:
            return None  # a work's part or a list's item: "Best chapter: Get the App"
        found = self._whole(rest)
        if found is None or found.weak or found.family not in _LABELLED_FAMILIES:
            return None
        return found

    def _cue(self, s: str) -> LineMatch | None:
        """The weak match of a short line of page furniture that holds a cue ("Trending
        in Sports", "Read the latest comments"): :data:`CUE_WORDS` words at most, and
        every word but the cue's a word of page furniture (:data:`FURNITURE_WORDS`) or a
        name after "in", "on", "from", "by" or "at" (a section or a site). The caller
        checks the line has no digit and no punctuation of a sentence or a label.

        >>> lib = library()
        >>> lib._cue("Trending in Sports").entry, lib._cue("Gallery unveils floating lantern maze")
        ('trending', None)
        """
        if len(s) > CUE_CHARS or s.count(" ") >= CUE_WORDS or self.cue_pattern is None:
            return None
        words = _KEY_WORD.findall(_translate(s))
        keys = [w.casefold() for w in words]
        joined = " ".join(keys)
        found = list(self.cue_pattern.finditer(joined))
        if not found:
            return None
        cued: set[int] = set()  # the words of the cues ("Already subscribed? Sign in")
        for m in found:
            first = joined.count(" ", 0, m.start(1))
            cued.update(range(first, first + m.group(1).count(" ") + 1))
        named = False  # in a name after a preposition ("More from The Herald")
        for i, (word, key) in enumerate(zip(words, keys, strict=True)):
            if i in cued:
                named = False
                continue
            if word[:1].isupper() and (named or (i > 0 and keys[i - 1] in _NAME_AFTER)):
                named = True
                continue
            named = False
            if key not in FURNITURE_WORDS:
                return None
        return self.cues[found[0].group(1)]

    def _phrase(self, s: str) -> LineMatch | None:
        """The phrase whose key is the key of ``s`` (or is, once a counter is dropped)."""
        if "_" in s and _SNAKE_CASE.search(s):
            return None  # an identifier: "SIGN_UP" is no "Sign up" button
        ascii = s.isascii()
        if ascii:
            first = _ASCII_FIRST_WORD.search(s)
            if first is None or first.group().lower() not in self.phrase_firsts:
                return None  # no phrase's key starts with this line's first word
        # The key of a prefix is no longer than the key of the line (the same words, the
        # last one perhaps cut): a prefix whose key is already too long for any phrase with
        # a counter rules the line out without reading the rest of a long line.
        bound = self.longest_key + _COUNTER_CHARS
        if len(s) > 2 * bound:
            if _ascii_alnum_count(s) > bound:  # a C-speed count: the key is longer still
                return None
            if not ascii and len(line_key(s[: 2 * bound])) > bound:
                return None
        key = line_key(s)
        # "Comments (12)", "Share 3": a phrase with a counter
        counted = _COUNTER.match(key) if key[-1:].isdigit() else None
        hit = self.phrases.get(key)
        if hit is None and counted is not None:
            hit = self.phrases.get(counted.group(1))
        if hit is None and " " in key and len(key) <= bound:
            # "Advertisement Advertisement": one phrase repeated; or another wording
            hit = self._repeated(key) or self._bare(key, counted) or self._row(key)
        return hit

    def _bare(self, key: str, counted: regex.Match[str] | None = None) -> LineMatch | None:
        """The phrase of two words or more that ``key`` writes with other
        :data:`OPTIONAL_WORDS` (or none), or that ``counted`` (``key`` less its counter)
        does.

        >>> library()._bare("read our full story").entry
        'read the full story'
        """
        hit = self._bare_of(key)
        if hit is None and counted is not None:
            hit = self._bare_of(counted.group(1))
        return hit

    def _bare_of(self, key: str) -> LineMatch | None:
        """The phrase that ``key`` writes with other :data:`OPTIONAL_WORDS`, if any
        ("Read our full story" for "read the full story", "This story continues below"
        for "story continues below"): no two such words in a row ("more the the about"),
        and a word that wants a noun after it neither ends it nor comes before a word of
        grammar ("More on the" and "More the on" are no wordings of "more on this").

        >>> lib = library()
        >>> [lib._bare_of(k) for k in ("more the on", "more on the")]
        [None, None]
        >>> lib._bare_of("more on").entry, lib._bare_of("this story continues below").entry
        ('more on this', 'story continues below')
        """
        hit = self.bare_phrases.get(bare_key(key))
        if hit is None or _OPTIONAL_TWICE.search(key):
            return None
        if key.rpartition(" ")[2] in _DETERMINERS or _DETERMINER_BEFORE_GRAMMAR.search(key):
            return None
        return hit

    def _row(self, key: str) -> LineMatch | None:
        """The first phrase of a row of buttons: ``key`` written as two phrases or more of
        two words or more each, one of them strong ("Jump to Recipe Print Recipe", "Sign
        up Log in"); a phrase of one word is too often a word of a heading ("Print
        Advertising" is a subhead).

        >>> library()._row("jump to recipe print recipe").entry
        'jump to recipe'
        >>> library()._row("print advertising") is None
        True
        """
        words = key.split(" ")
        n = len(words)
        if n < 4 or n > _ROW_WORDS:
            return None
        phrases = self.phrases
        # ends[i]: the phrases of a row that covers words[:i], or None when none does
        ends: list[list[LineMatch] | None] = [[], *([None] * n)]
        for i in range(2, n + 1):
            for j in range(i - 2, -1, -1):
                row = ends[j]
                hit = phrases.get(" ".join(words[j:i])) if row is not None else None
                if row is not None and hit is not None:
                    ends[i] = [*row, hit]
                    break
        row = ends[n]
        if not row or len(row) < 2:
            return None
        return next((hit for hit in row if not hit.weak), None)

    def _repeated(self, key: str) -> LineMatch | None:
        """The phrase that ``key`` writes twice or more in a row, if any, and not a weak one:
        a word that is as often a heading's ("Shares shares shares") is no row of buttons.

        >>> library()._repeated("advertisement advertisement advertisement").entry
        'advertisement'
        >>> library()._repeated("ad free ad") is None, library()._repeated("shares shares") is None
        (True, True)
        """
        words = key.split(" ")
        if key.count(words[0]) < 2:
            return None
        n = len(words)
        for size in range(1, n // 2 + 1):
            if n % size == 0 and words == words[:size] * (n // size):
                hit = self.phrases.get(" ".join(words[:size]))
                return None if hit is None or hit.weak else hit
        return None

    def _whole(self, s: str) -> LineMatch | None:
        hit = self._phrase(s)
        if hit is not None:
            return hit
        if (hit := self._caption(s)) is not None:
            return hit
        if self.pattern_union is not None:
            found = self.pattern_union.first(s)
            if found is not None:
                return self.patterns[found][1]
        else:
            for pattern, match in self.patterns:
                if pattern.fullmatch(s):
                    return match
        if not self.templates or s.count(" ") + 1 > MAX_TEMPLATE_WORDS:
            return None
        folded = s.casefold()
        reported: bool | None = None  # whether the line reports speech, found when needed
        for i in self._candidates(s, folded):
            missing = False
            for word in self.required[i]:  # a plain loop: cheaper than all() over a generator
                if word not in folded:
                    missing = True
                    break
            if missing:
                continue
            match, source = self.templates[i]
            if not _compile(source).fullmatch(s):
                continue
            if _runs_on_free_text(match.entry):
                # "Read more about {headline}" must not take a sentence that reports what
                # someone said: headlines say "says", prose says "said".
                if reported is None:
                    reported = _REPORTED.search(s) is not None
                if reported:
                    continue
            return match
        return None

    def _caption(self, s: str) -> LineMatch | None:
        """A caption with a photo's credit in brackets at its end (see :func:`captioned`),
        if the families hold the photo credits."""
        if self.captions and captioned(s):
            return _CAPTION_MATCH
        return None

    def _candidates(self, s: str, folded: str) -> Sequence[int]:
        """The templates to try on ``s``, in order: those of every bucket of
        :func:`line_dispatch`, merged once for each combination of buckets.
        """
        buckets = self.buckets
        slots = tuple(slot for slot in line_dispatch(s, folded) if slot in buckets)
        found = self.merged.get(slots)
        if found is None:
            merged = [i for slot in slots for i in buckets[slot]]
            found = self.merged[slots] = tuple(sorted(set(merged)) if len(slots) > 1 else merged)
        return found

    def _sentences(self, s: str) -> LineMatch | None:
        """Lines whose every sentence is boilerplate, or a newsletter call to action (or a
        breadcrumb: see :func:`_breadcrumb`)."""
        if ("\u203a" in s or "\u00bb" in s) and (crumbs := _breadcrumb(s)) is not None:
            return crumbs
        parts = _parts(s)  # lazily: most lines fail on their first sentence
        first = next(parts, None)
        second = next(parts, None)
        if first is None:
            return None
        if second is None:
            return _call_to_action(s)
        found = self._every_part(itertools.chain((first, second), parts))
        if found is None and (_IMPERATIVE.match(s) or may_promote(s)):
            # "Get recipes, tips and more - straight to your inbox": one call to action,
            # cut into parts by its own "and" and dash.
            found = _call_to_action(s)
        if found is None and _AND.search(s):
            # "Download our app. Available on iOS and Android.": the "and" is a phrase's own
            # (each part whole: a call to action would take a sentence and its own "and
            # register to continue reading")
            found = self._every_part(_parts(s, _SENTENCE_ONLY_SPLIT), actions=False)
        if found is None and "|" in s and s.count(" | ") >= _MENU_ITEMS - 1:
            found = self._menu(s)
        return found

    def _menu(self, s: str) -> LineMatch | None:
        """A menu of links between bars: :data:`_MENU_ITEMS` items or more, each a short
        label (four words at most, no sentence's end but a question mark), a third of them
        or more boilerplate and one strong (``Support HKFP | Policies & Ethics | Contact Us
        | Newsletter | Apps``): a site's own pages that no list of phrases can hold. A row
        of a table has a bar at its ends (and is data: see ``_table_row``), a byline's
        parts are no boilerplate.

        >>> library()._menu("About | Ethics policy | Contact Us | Newsletter | Jobs").kind
        'menu'
        >>> library()._menu("Team | Played | Won | Points") is None
        True
        """
        items = [strip_decoration(p) for p in s.split(" | ")]
        if len(items) < _MENU_ITEMS or any(
            not p or p.count(" ") >= 4 or p[-1] in ".,;:!" for p in items
        ):
            return None
        found = [hit for p in items if (hit := self._whole(p)) is not None]
        strong = next((hit for hit in found if not hit.weak), None)
        if strong is None or 3 * len(found) < len(items):
            return None
        return LineMatch(strong.family, False, strong.entry, "menu")

    def _every_part(self, parts: Iterable[str], *, actions: bool = True) -> LineMatch | None:
        """A match if every part is boilerplate or a companion and one is strong (a call to
        action counts as boilerplate, unless ``actions`` is false)."""
        strong: LineMatch | None = None
        offer = False  # whether a part other than an ad marker is boilerplate
        aside = False  # whether a part is only a companion
        for part in parts:
            p = strip_decoration(part)  # a part of a normalised line needs no more
            if not p:
                continue
            hit = self._whole(p)
            if hit is None:
                if _VETO.found(p):  # neither a call to action nor a companion
                    return None
                hit = _call_to_action(p, vetted=True) if actions else None
            if hit is not None:
                offer = offer or hit.family != "ad-marker"
            if hit is not None and not hit.weak:
                strong = strong or hit
                continue
            if hit is not None:
                continue
            if _companion(p, vetted=True):
                aside = True
                continue
            return None
        if strong is None or (aside and not offer and strong.family == "ad-marker"):
            # a marker beside a short sentence ("Advertisement. Get the wound checked."):
            # the sentence is no aside about an offer; the marker goes inline
            return None
        return LineMatch(strong.family, False, strong.entry, "sentences")


#: The most words a row of buttons (:meth:`Library._row`) is read in.
_ROW_WORDS = 12
#: The fewest items of a menu of links between bars (:meth:`Library._menu`).
_MENU_ITEMS = 4


def _parts(s: str, split: regex.Pattern[str] | None = None) -> Iterator[str]:
    """The non-empty sentences of ``s``: ``_SENTENCE_SPLIT.split(s)`` (or ``split``'s),
    stripped, one at a time.

    >>> list(_parts("Share this. Advertisement - Follow us and comment"))
    ['Share this.', 'Advertisement', 'Follow us', 'comment']
    >>> list(_parts("Get the app. Available on iOS and Android", _SENTENCE_ONLY_SPLIT))
    ['Get the app.', 'Available on iOS and Android']
    """
    if split is None:
        split = _ASCII_SENTENCE_SPLIT if s.isascii() else _SENTENCE_SPLIT
    pos = 0
    for m in split.finditer(s):
        part = s[pos : m.start()].strip()
        pos = m.end()
        if part:
            yield part
    part = s[pos:].strip()
    if part:
        yield part


# A word stem of every phrase _NEWS_CUE or _NAG matches ("mail" for e-mail and mailing list).
_CUE_STEMS = (
    "newsletter",
    "inbox",
    "mail",
    "digest",
    "briefing",
    "roundup",
    "subscri",
    "sign up",
    "member",
    "access",
    "reading",
)


def may_call_to_action(s: str) -> bool:
    """False only if neither ``_NEWS_CUE`` nor ``_NAG`` can match ``s``: a cheap screen.

    On an ASCII text lower-casing is what the patterns' ``(?i:...)`` does, so a text
    without any stem of theirs has no match; other texts are always searched.

    >>> may_call_to_action("Get our briefing"), may_call_to_action("Prices rose in May")
    (True, False)
    """
    if not s.isascii():
        return True
    low = s.lower()
    return any(stem in low for stem in _CUE_STEMS)


_BRACKETED_PART = re.compile(r" ?\[[^\[\]]*\]")


def _call_to_action(s: str, *, vetted: bool = False) -> LineMatch | None:
    """A short sentence that asks the reader to get a newsletter or fill their inbox.

    ``vetted``: the caller found no veto word in ``s`` already.

    >>> _call_to_action("Sign up for our free newsletter").family
    'newsletter'
    >>> _call_to_action("He signed up for a newsletter") is None
    True

    A call in brackets inside a sentence is a piece of the line, which the line's other
    words are read without (see :mod:`~cleantext.passes.boilerplate_inside`):

    >>> _call_to_action("Prices bottomed out [Sign up for our newsletter] after a slump.") is None
    True
    """
    if "[" in s and (outside := _BRACKETED_PART.sub("", s).strip()) and outside != s:
        s = outside
    words = s.count(" ") + 1
    if words > 30:
        return None
    cue = may_call_to_action(s)
    if not cue and not may_promote(s):
        return None
    if not vetted and _VETO.found(s):
        return None
    if _GLUED_END.search(s) is not None:
        return None  # a sentence of prose glued before it ("...for 40 years.Sign up to...")
    if cue and (
        (_NEWS_CUE.search(s) and _CTA_VERB.search(s) and _speaks_to_reader(s))
        or _NAG.search(s)
        or _NAMED_ASK.search(s)
    ):
        return LineMatch(
            "newsletter", False, "call to action with newsletter/inbox", "call-to-action"
        )
    return _promotion(s)


# A sentence's end glued to the next sentence's capital ("40 years.Sign up"): two sentences.
_GLUED_END = regex.compile(r"\p{Ll}{2}[.!?][\"'\u201d\u2019]?\p{Lu}")
# Words of a newsroom that speaks of itself ("our", "we"): a call to action's when they
# own what it offers ("our free newsletter", "we'll send you"), not in a sentence about
# others' ("Our volunteers deliver the parish newsletter to 300 homes").
_WE_ONLY = regex.compile(r"\b(?i:our|we|we'll|we're|us)\b")
_OUR_OFFER = regex.compile(
    r"\b(?i:our (?:[\w'-]+ ){0,3}(?:newsletters?|e-?mails?|briefings?|digest|roundup|bulletins?"
    r"|alerts|updates|mailing list|inbox)|we(?:'ll| will) (?:send|deliver|email|bring|keep)"
    r"|(?:send|deliver|email|bring)s? (?:it|them|the \w+) to (?:you|us))\b"
)


def _speaks_to_reader(s: str) -> bool:
    """Whether the sentence ``s`` speaks to its reader: a word of the reader's ("you",
    "my") or a request, or the newsroom's own words about its offer.

    >>> _speaks_to_reader("Get our free newsletter"), _speaks_to_reader("Never miss a story")
    (True, True)
    >>> _speaks_to_reader("Our volunteers deliver the parish newsletter to 300 homes")
    False
    """
    found = [m.group() for m in _READER.finditer(s)]
    if not found:
        return False
    if all(_WE_ONLY.fullmatch(w) for w in found):
        return _OUR_OFFER.search(s) is not None
    return True


# A promotion of the site itself: a short sentence that opens with a request to the reader
# (get, download, follow, subscribe, become, shop, trade, try, check, watch, listen,
# stream, never miss...) and speaks for the site, its show, its app or its offer (see
# :func:`_promotion`). A request for money or a subscription may say only when ("Make a
# gift to The Lantern today."), one to play a show only that it is free ("Stream KIDO 2
# News for free on Roku").
_PROMO_ASK = (
    r"make an? (?:gift|donation|contribution|pledge)|chip in|subscribe|upgrade"
    # (to the site: "Donate today to support local journalism", not "Donate blood today")
    r"|donate(?= (?:today|now)[.!]?$| (?:today |now )?to (?:support|help|keep|fund|sustain) "
    r"(?:our|local|independent|this|the|us)\b| ?[.!]?$)"
    r"|become an? (?:[\w'-]+ ){0,3}(?:member|subscriber|supporter|patron|insider|friend)s?"
)
_PROMO_PLAY = r"stream|watch|listen|tune in"
# (not "read", "see", "visit" or "find": "Read our review here." points to the site's own
# story, which an article links as its text does)
_PROMO_VERB = regex.compile(
    # (after a purpose: "For the latest news, download the Echo app")
    r"(?i:for (?:the latest|all the latest|more|breaking|live) [\w' -]{0,40}, )?+"
    r"(?i:please |(?:click|tap) here (?:to|and) |(?:click|tap) to )?+"
    rf"(?i:(?P<ask>{_PROMO_ASK})|(?P<play>{_PROMO_PLAY})|get|download|install"
    r"|try|follow|shop|trade|check|never miss|don't miss|log in|sign in|unlock|claim|grab"
    r"|start|catch|support|donate|join)\b"
)
# What the site says of itself: its own (our), its show or podcast, its app, alerts or
# newsletter, a price by the month, a code, the fees or deals it offers, "the latest" it
# brings, a free spell of its service.
_SITE_SELF = regex.compile(
    r"\b(?i:our|the show|this show|this podcast|the podcast|(?:every|an|each|new|the latest)"
    r" episodes?|wherever you (?:listen|get your podcasts)|podcast apps?"
    r"|(?:free|news|weather|sports) apps?|(?:news|breaking news|weather|push) alerts"
    r"|promo code|discount code|coupon code|(?:zero|no) (?:fees|commissions?)"
    r"|commission-free|(?:deals?|offers?|dealers?) near you"
    r"|the latest (?:news|forecast|headlines|updates|scores|stories|episodes?|deals)"
    r"|free trial|(?:\d+|one|two|three|six) (?:days?|months?|weeks?) free"
    r"|free for (?:\d+|one|two|three|six) (?:days?|months?|weeks?))\b"
)
# ... and what a request to give or subscribe says of its time or its price by the month
# ("from R50 a month": with "get", a price by the month is a product's, in a list of deals),
# or one to play of its price.
_PROMO_NOW = regex.compile(
    r"\b(?i:today|now|for free|free(?= ?[.!]?$))\b"
    r"|(?:[$\u00a3\u20ac\u20b9]|\bR) ?\d[\d,.]*+ ?(?:a|per|/) ?(?i:month|week|year|mo)\b"
)
_PROMO_FREE = regex.compile(r"\b(?i:for free)\b")
# A sentence of prose that tells who asks or what the reader should do: a reporting verb,
# a pronoun of a third person, a quotation; or a question.
_PROMO_VETO = _WordScreen(
    rf"[\"\u201c\u201d\u00ab\u00bb?]|\b(?i:{_REPORTING_WORDS}|according to"
    r"|urges?|advises?|warns?|recommends?|recommended|asked"
    r"|he|she|they|his|her|their|him|them|police|officials?)\b"
)
#: The most words of a promotion (:func:`_promotion`).
PROMO_WORDS = 20


def may_promote(s: str) -> bool:
    """Whether ``s`` opens with a request that :func:`_promotion` looks for: a cheap
    screen.

    >>> may_promote("Get our app"), may_promote("Prices rose in May")
    (True, False)
    """
    first = s[: s.find(" ")].lower() if " " in s else s.lower()
    return first in _PROMO_FIRSTS and _PROMO_VERB.match(s) is not None


# The first words of the requests of :data:`_PROMO_VERB`: most lines open otherwise.
_PROMO_FIRSTS = frozenset((
    "please", "make", "chip", "subscribe", "upgrade", "become", "stream", "watch", "listen",
    "download", "install", "try", "tune", "get", "follow", "shop", "trade", "check", "never",
    "don't", "don’t", "log", "sign", "unlock", "claim", "grab", "start", "catch",
    "support", "donate", "join", "click", "tap", "for",
))  # fmt: skip


def _promotion(s: str) -> LineMatch | None:
    """A promotion of the site: a sentence of :data:`PROMO_WORDS` words or fewer that
    opens with a request to the reader and speaks for the site (``our``, the show, the
    podcast, its app or alerts, a price by the month, a code, its fees, "the latest
    forecast"); a request for money or a subscription may say "today", "now" or "free"
    instead. A sentence of service advice asks the reader too, but names none of these
    ("Check your tyre pressure before driving."), and one that reports who asks is prose
    ("Get tested today, officials urged."). The family is the newsletter's for a request
    to give or subscribe, the app promotion's for the others.

    >>> _promotion("Follow the show on your podcast app.").family
    'app-promo'
    >>> _promotion("Never miss an episode. Follow the show.") is None  # read one by one
    True
    >>> _promotion("Make a gift to The Campus Bugle today.").family
    'newsletter'
    >>> _promotion("Check your tyre pressure before driving.") is None
    True
    """
    m = _PROMO_VERB.match(s)
    if m is None or s.count(" ") >= PROMO_WORDS or _PROMO_VETO.found(s):
        return None
    split = _ASCII_SENTENCE_ONLY_SPLIT if s.isascii() else _SENTENCE_ONLY_SPLIT
    if split.search(s) is not None:
        return None  # one sentence: a line of several is read sentence by sentence
    asks = m.group("ask") is not None
    if _SITE_SELF.search(s) is None and not (
        (asks and _PROMO_NOW.search(s) is not None)
        or (m.group("play") is not None and _PROMO_FREE.search(s) is not None)
    ):
        return None
    family = "newsletter" if asks else "app-promo"
    return LineMatch(family, False, "promotion of the site", "call-to-action")


def _companion(s: str, *, vetted: bool = False) -> bool:
    """A sentence that may stand beside a strong boilerplate sentence in the same line:
    a short greeting or aside to the reader ("Hi, I'm Ann!"), or one about the offer.

    ``vetted``: the caller found no veto word in ``s`` already.

    >>> _companion("Hi, I'm Ann!"), _companion("She said hi.")
    (True, False)
    >>> _companion("change all versions of a program to make sure it remains free software")
    False
    """
    if not vetted and _VETO.found(s):
        return False
    words = s.count(" ") + 1
    if words <= 5 and (_GREETING.search(s) or _READER.search(s)):
        return True
    # a longer one speaks to the reader ("Every weekday, you'll get fresh stories"): "change
    # all versions of a program to make sure it remains free software" is prose
    return words <= 20 and _SOFT_CUE.found(s) and (words <= 10 or _READER.search(s) is not None)


# The steps of a breadcrumb, between its arrows; the words that name a site's sections.
_CRUMB_SPLIT = regex.compile(r" ?[\u203a\u00bb] ?")
_CRUMB_WORD = r"[\p{Lu}\p{N}][\p{L}\p{N}&'\u2019.-]*+"
_CRUMB_STEP = regex.compile(rf"{_CRUMB_WORD}(?: (?:&|and|of|the|{_CRUMB_WORD})){{0,3}}")
_SECTIONS = frozenset((
    "news", "sport", "sports", "business", "politics", "world", "local", "opinion",
    "lifestyle", "entertainment", "home", "regional", "national", "culture", "health",
    "tech", "technology", "science", "education", "travel", "weather", "crime", "courts",
    "money", "finance", "markets", "features", "arts", "life", "nation", "metro", "city",
))  # fmt: skip


def _breadcrumb(s: str) -> LineMatch | None:
    """A site's path to the article, its steps between arrows: three steps or more, each
    of up to four Capitalised words, one of them a section ("Pembrokeshire Coast Courier
    › News › Local", "Breaking News » Bahamas » Nassau"); a career or
    a route written with arrows names no section.

    >>> _breadcrumb("Breaking News \u203a Bahamas \u203a Nassau").kind
    'menu'
    >>> _breadcrumb("Barcelona \u00bb PSG \u00bb Inter Miami") is None
    True
    """
    steps = _CRUMB_SPLIT.split(s.strip())
    if not 3 <= len(steps) <= 7 or not all(_CRUMB_STEP.fullmatch(p) for p in steps):
        return None
    if not any(w.casefold() in _SECTIONS for p in steps for w in p.split()):
        return None
    return LineMatch("read-more", False, "breadcrumb", "menu")


# --------------------------------------------------------------------------- building


def parse_entries(lines: Iterable[str]) -> list[str]:
    """Entries of a user list: one a line, ``#`` comment lines, ``\\#`` escapes a hash.

    Unlike the bundled lists, a ``#`` inside an entry is kept (``#ad`` lines exist).

    >>> parse_entries(["# learned from 40 docs", "Sponsored by Acme", "\\\\#ad", "", "  x  "])
    ['Sponsored by Acme', '#ad', 'x']
    """
    out = []
    for raw in lines:
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("\\#"):
            s = s[1:]
        out.append(s)
    return out


def read_entry_file(path: str) -> list[str]:
    """Entries of the boilerplate list at ``path`` (UTF-8 text, see :func:`parse_entries`).

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = os.path.join(folder, "site.txt")
    ...     _ = open(path, "w", encoding="utf-8").write("# 12 docs\\nRead the full story\\n")
    ...     read_entry_file(path)
    ['Read the full story']

    A missing file is a :class:`~cleantext.errors.ConfigError` that names it.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"cannot read boilerplate list {path!r}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"boilerplate list {path!r} is not UTF-8 text: {exc}") from exc
    return parse_entries(text.splitlines())


def _add(
    family: str,
    entries: Sequence[str],
    phrases: dict[str, LineMatch],
    templates: list[LineMatch],
    patterns: list[tuple[regex.Pattern[str], LineMatch]],
    source: str,
    cues: dict[str, LineMatch],
) -> None:
    for raw in entries:
        weak, kind, key = parse_entry(raw)
        if not key:
            continue
        if kind == "cue":  # words that mark a short line
            if key not in cues:
                cues[key] = LineMatch(family, True, key, "cue")
        elif kind == "pattern":
            entry = f"re:{key}"
            try:
                pat = regex.compile(expand_pieces(key), regex.IGNORECASE | regex.V0)
            except regex.error as exc:
                raise ConfigError(f"bad pattern {entry!r} in {source}: {exc}") from exc
            patterns.append((pat, LineMatch(family, weak, entry, "pattern")))
        elif kind == "template":
            compile_template(key)  # validates placeholders
            templates.append(LineMatch(family, weak, key, "template"))
        elif key not in phrases:
            phrases[key] = LineMatch(family, weak, key, "phrase")


# Pieces that ``re:`` entries call by name, written once here: ``(?&wire)`` a news
# agency's name (a wire story's copyright line goes with its story), ``(?&speech)`` a word
# of reported speech (a sentence that reports what someone said is prose).
PATTERN_PIECES: dict[str, str] = {
    "wire": (
        r"(?:the )?(?:associated press|reuters|agence france|bloomberg|press association"
        r"|canadian press|xinhua|(?:ap|afp|pa|dpa|aap|upi)\b)"
    ),
    "speech": rf"\b(?:{_REPORTING_WORDS}|according|asked|added|ruled)\b",
}
_PIECE_CALL = regex.compile(r"\(\?&(\w+)\)")


def expand_pieces(pattern: str) -> str:
    """The ``re:`` entry ``pattern`` with each call of a piece of :data:`PATTERN_PIECES`
    (``(?&wire)``) written out; a call of another name stays (compiling then says what
    is wrong).

    >>> "reuters" in expand_pieces("(?!(?&wire))"), expand_pieces("(?&nothing)")
    (True, '(?&nothing)')
    """
    pieces = PATTERN_PIECES
    return str(_PIECE_CALL.sub(lambda m: pieces.get(str(m[1]), str(m[0])), pattern))


def parse_entry(raw: str) -> tuple[bool, str, str]:
    """An entry of a list as the library reads it: whether it is weak, its kind (``cue``,
    ``pattern``, ``template`` or ``phrase``) and its key (a cue's or a phrase's words, a
    pattern's source, a template as written); the key is empty for a blank entry.

    >>> parse_entry("?Share  this!"), parse_entry("~trending"), parse_entry("re:ad(s)?")
    ((True, 'phrase', 'share this'), (False, 'cue', 'trending'), (False, 'pattern', 'ad(s)?'))
    """
    entry = raw.strip()
    weak = entry.startswith("?")
    if weak:
        entry = entry[1:].strip()
    if entry.startswith("~"):
        return weak, "cue", line_key(entry[1:])
    if entry.startswith("re:"):
        return weak, "pattern", entry[3:].strip()
    if "{" in entry:
        return weak, "template", entry
    return weak, "phrase", line_key(entry) if entry else ""


def library(
    families: tuple[str, ...] = DEFAULT_FAMILIES,
    extra: tuple[str, ...] = (),
    extra_files: tuple[str, ...] = (),
) -> Library:
    """The compiled library for the given families plus extra entries and files (cached,
    while the files stay as they are: a file rewritten since is read again).

    ``extra`` entries get the family ``extra``; entries of ``extra_files`` (learned or
    hand-written lists) get ``learned``. Both take precedence over the curated lists.

    >>> library(extra=("Tap to see today's deals",)).classify("tap to see TODAY'S deals").rule
    'boilerplate/extra'
    """
    built = _library(families, extra, extra_files, tuple(_stamp(p) for p in extra_files))
    _LATEST[(families, extra, extra_files)] = built
    return built


# The library last built for each set of arguments of :func:`library`.
_LATEST: dict[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], Library] = {}


def current_library(
    families: tuple[str, ...], extra: tuple[str, ...], extra_files: tuple[str, ...]
) -> Library:
    """The library that :func:`library` last built for these arguments (built now if none
    was): what a pass uses on every text, without looking at its files again.

    >>> current_library(DEFAULT_FAMILIES, (), ()) is library()
    True
    """
    found = _LATEST.get((families, extra, extra_files))
    return found if found is not None else library(families, extra, extra_files)


def _stamp(path: str) -> tuple[int, int] | None:
    """When the file at ``path`` last changed, and its size (None if it cannot be read
    now: reading it then says why)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


@functools.lru_cache(maxsize=32)
def _library(
    families: tuple[str, ...],
    extra: tuple[str, ...],
    extra_files: tuple[str, ...],
    _stamps: tuple[tuple[int, int] | None, ...],
) -> Library:
    """:func:`library`, cached by the files' stamps too."""
    families = expand_families(families)
    phrases: dict[str, LineMatch] = {}
    templates: list[LineMatch] = []
    patterns: list[tuple[regex.Pattern[str], LineMatch]] = []
    cues: dict[str, LineMatch] = {}
    _add("extra", extra, phrases, templates, patterns, "extra", cues)
    for path in extra_files:
        _add("learned", read_entry_file(path), phrases, templates, patterns, path, cues)
    for family in FAMILIES:
        if family in families:
            name = f"boilerplate_{family.replace('-', '_')}.txt"
            _add(family, load_list(name), phrases, templates, patterns, name, cues)
    compiled = [_expand(compile_template(t.entry)) for t in templates]
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, t in enumerate(templates):
        buckets.setdefault(dispatch_key(t.entry), []).append(i)
    from cleantext.passes.boilerplate_screen import build_screen  # it reads this module

    frozen_buckets = {k: tuple(v) for k, v in buckets.items()}
    # longest first: a long word is the rarest, so a line without it fails at once
    required = tuple(
        tuple(sorted(required_words(t.entry), key=len, reverse=True)) for t in templates
    )
    union = _union(patterns)
    bare: dict[str, LineMatch] = {}
    for key, match in phrases.items():
        short = bare_key(key)
        kept = bare.get(short)
        # a weak phrase keeps its other wordings weak ("Copy this link" beside "Copy link")
        if " " in short and (kept is None or (match.weak and not kept.weak)):
            bare[short] = match
    firsts = {k.split(" ", 1)[0] for k in (*phrases, *bare)}
    return Library(
        types.MappingProxyType(phrases),
        tuple(zip(templates, compiled, strict=True)),
        types.MappingProxyType(frozen_buckets),
        tuple(patterns),
        max((len(k) for k in phrases), default=0),
        required,
        frozenset(firsts | OPTIONAL_WORDS if bare else firsts),
        union,
        screen=build_screen(
            tuple(phrases),
            required,
            frozen_buckets,
            tuple(p for p, _ in patterns),
            union,
            bare=tuple(bare),
        ),
        cues=types.MappingProxyType(cues),
        cue_pattern=_cue_pattern(cues),
        bare_phrases=types.MappingProxyType(bare),
        captions="photo-credit" in families,
    )


def _cue_pattern(cues: Mapping[str, LineMatch]) -> re.Pattern[str] | None:
    """One search for every cue in a line's key (whole words), or None without cues.

    >>> _cue_pattern({"most read": None}).search("the most read stories").group(1)
    'most read'
    """
    if not cues:
        return None
    words = sorted(cues, key=len, reverse=True)
    return re.compile(r"(?:^| )(" + "|".join(re.escape(w) for w in words) + r")(?= |$)")


# A back-reference or a global inline flag would mean something else inside an alternation.
_NOT_JOINABLE = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?[a-zA-Z]+\)")


def _union(patterns: Sequence[tuple[regex.Pattern[str], LineMatch]]) -> PatternUnion | None:
    """The ``patterns`` tried in order among those that can open a line (see
    :attr:`Library.pattern_union`), or None if one of them can't join an alternation.

    >>> _union([(regex.compile("ad"), None), (regex.compile("(?s)deal.*"), None)]) is None
    True
    """
    if len(patterns) < 2 or any(_NOT_JOINABLE.search(p.pattern) for p, _ in patterns):
        return None
    return PatternUnion(tuple(p for p, _ in patterns))


# A photo's credit in brackets at the end of its caption: under the label of a photo or
# a picture ("(Photo: Gallo Images / Lucky Nxumalo)", "(Supplied: Southern Cross
# University)", "(Pic: ...)"), or a photo agency's name alone ("(Getty Images)").
_BRACKETED_CREDIT = regex.compile(
    r"(?<=[^()]{4} )(?:\("
    r"(?:(?i:(?:photo|picture|pic|photograph|supplied|foto)s?(?: credit)?: [^()]{2,80}"
    r"|getty images|getty|shutterstock|alamy(?: stock photo)?|istock(?:photo)?|supplied"
    r"|aap image(?:/[^()]{2,40})?|afp via getty images|flash90|cuartoscuro"
    r"|(?:ap|afp|epa|aap|ani|pti|reuters|bloomberg|xinhua) photo ?/ ?[^()]{2,60}"
    # a photographer and a photo agency ("(Tomer Neuberg/Flash90)")
    r"|[^()/]{2,40} ?/ ?(?:flash90|cuartoscuro|getty images|shutterstock|sopa images"
    r"|anadolu(?: agency)?|sipa usa|zuma press|zuma wire|nurphoto|picture alliance)))\)"
    # or in square brackets under its label ("[File: Simon Maina/AFP]")
    r"|\[(?i:file|photo|picture|pic|image)s?(?: credit)?: [^\[\]()]{2,80}\])\Z"
)
# The one-word news agencies in capitals, as a caption's credit writes them after a bar
# ("| REUTERS"), and three agencies that are words in lower case ("app", "spa", "mena"),
# kept out of NEWS_AGENCIES, which templates read in any case.
_WIRES_IN_CAPITALS = "|".join(
    sorted({a.upper() for a in NEWS_AGENCIES if a.isalpha()} | {"APP", "SPA", "MENA"})
)
# ... or after the caption's last sentence, without brackets: "Walkers on the path.
# Photo: Gareth Pryce / Eryri News", "A stall in Raub. \u2014 Picture by Lee Chin Hock",
# "Tea pickers in Kericho. Photo | File".
_TRAILING_CREDIT = regex.compile(
    r"(?<=[^()]{4}[.!?][\"'\u201d\u2019]?+ (?:[-\u2013\u2014] )?+)"
    r"(?:(?i:photo|picture|pic|photograph|image)s?(?: credit)?(?:: | \| | by )"
    r"(?=[^()]{2,60}\Z)\p{Lu}[\p{L}\p{N}'.-]*+"
    r"(?:(?: ?[/|,&] ?| (?:and|for|via|of|de|da|van|von|le|la) | )\p{Lu}[\p{L}\p{N}'.-]*+){0,8}"
    r"|(?i:file photo|file picture|photo: file))\Z"
    # an agency in capitals and its file photo after a dash or a bar ("Karachi. \u2014
    # APP/File"), or the agency alone after a bar ("| REUTERS"; after a dash it signs off
    # a wire story: "...next Friday night. \u2014 AAP")
    r"|(?<=[^()]{4}[.!?][\"'\u201d\u2019]?+ [-\u2013\u2014|] )\p{Lu}{2,10}/(?i:files?)\Z"
    rf"|(?<=[^()]{{4}}[.!?][\"'\u201d\u2019]?+ \| )(?:{_WIRES_IN_CAPITALS})\Z"
)
# Where such a credit may open: a label after a sentence's end (a cheap first look, with
# the standard engine, which finds the end's punctuation fast).
_TRAILING_GATE = re.compile(
    "[.!?][\"'\u201d\u2019]? (?:[-\u2013\u2014] )?"
    "(?:[Pp]ho|PHO|[Pp]ic|PIC|[Ii]mage|IMAGE|[Ff]ile|FILE)"
    "|[.!?][\"'\u201d\u2019]? [-\u2013\u2014|] [A-Z]{2,10}(?:/(?:[Ff]iles?|FILES?))?$"
)
_FILE_CREDITS = tuple(
    case(credit)
    for credit in ("file photo", "file picture", "photo: file")
    for case in (str.lower, str.capitalize, str.title, str.upper)
)
#: How far from a caption's end the credit after its last sentence may open.
_TRAILING_REACH = 90
#: The most characters of a caption before its credit (:func:`captioned`).
CAPTION_CHARS = 200
_CAPTION_MATCH = LineMatch("photo-credit", False, "caption with its photo credit", "pattern")


def captioned(s: str) -> bool:
    """Whether the normalised line ``s`` is a photo's caption with its credit in brackets
    at its end: a text of :data:`CAPTION_CHARS` characters at most, no bracket in it, then
    the credit under a photo's label or a photo agency's name. An image credit alone in
    brackets, ``(Image credit: NASA)``, is a science story's own and stays, and so does a
    sentence with a source in brackets (``(Source: EIA)``).

    >>> captioned("Komati Power Station. (Photo: Gallo Images / Lucky Nxumalo)")
    True
    >>> captioned("Photo: Condos in Miami. (Getty Images)"), captioned("(Image credit: NASA)")
    (True, False)
    >>> captioned("Prices rose 5% this week. (Source: EIA)")
    False
    """
    if s.endswith((")", "]")):
        m = _BRACKETED_CREDIT.search(s, max(0, len(s) - 130))
    elif (s[s.rfind(" ") + 1 :][:1].isupper() or s.endswith(_FILE_CREDITS)) and (
        (gate := _TRAILING_GATE.search(s, max(0, len(s) - _TRAILING_REACH))) is not None
    ):  # (a credit ends on a name; most sentences of prose on a word in lower case)
        m = _TRAILING_CREDIT.search(s, gate.start())
    else:
        return False
    if m is None:
        return False
    caption = s[: m.start()]
    return len(caption) <= CAPTION_CHARS + 1 and "(" not in caption and ")" not in caption


# The characters of a line that choose the patterns tried on it (see PatternUnion).
_PREFIX_CHARS = 3
# The most prefixes (and sets of patterns) whose members a PatternUnion keeps: a corpus of
# news opens its lines in a few thousand ways (2,324 articles: 1,585), a large job of many
# languages in more; each kept costs a few hundred bytes.
_PREFIXES_KEPT = 1 << 15


class PatternUnion:
    """Patterns tried in order as one alternation (group ``_p<i>`` for pattern i),
    only those that can open a line with its first :data:`_PREFIX_CHARS` characters: a
    pattern that fully matches a line matches its opening partially, so a line is tried
    against a few patterns, not all. The alternation of each opening is compiled when a
    line first opens so (none is compiled before: a short job pays for the openings it
    meets); a set of patterns that can't join one alternation is tried one by one. A
    pattern that matches an opening partially matches its first character partially: the
    patterns of a new opening are looked for among those of its first character, a few
    partial matches rather than one for each pattern of the library.

    >>> u = PatternUnion((regex.compile("ad(?:vert)?", regex.I), regex.compile("deal.*", regex.I)))
    >>> u.first("Advert"), u.first("Deal of the day"), u.first("Adverts")
    (0, 1, None)
    """

    __slots__ = ("by_first", "by_members", "by_prefix", "patterns")

    def __init__(self, patterns: tuple[regex.Pattern[str], ...]) -> None:
        self.patterns = patterns
        self.by_prefix: dict[str, tuple[regex.Pattern[str] | None, tuple[int, ...]]] = {}
        # the patterns that may open a line's first character
        self.by_first: dict[str, tuple[int, ...]] = {}
        # the alternation of each set of members, built once (None if they can't join one)
        self.by_members: dict[tuple[int, ...], regex.Pattern[str] | None] = {}

    def alternation(self, members: tuple[int, ...]) -> regex.Pattern[str] | None:
        """One pattern that tries the patterns ``members`` (indices) in order, or None
        when they can't join one (a group's name used twice).

        >>> u = PatternUnion((regex.compile("ad"), regex.compile("deal.*")))
        >>> u.alternation((0, 1)).fullmatch("deal of the day").lastgroup
        '_p1'
        """
        if not members:
            return None
        if members in self.by_members:
            return self.by_members[members]
        source = "|".join(f"(?P<_p{i}>{self.patterns[i].pattern})" for i in members)
        try:
            found: regex.Pattern[str] | None = regex.compile(source, regex.IGNORECASE | regex.V0)
        except regex.error:
            found = None
        if len(self.by_members) < _PREFIXES_KEPT:
            self.by_members[members] = found
        return found

    def _kept(self, s: str) -> tuple[regex.Pattern[str] | None, tuple[int, ...]]:
        """The alternation of the patterns that can open ``s`` as it opens (None if
        they can't join one), and their indices."""
        prefix = s[:_PREFIX_CHARS]
        kept = self.by_prefix.get(prefix)
        if kept is None:
            members = tuple(
                i
                for i in self._opening(prefix[:1])
                if self.patterns[i].fullmatch(prefix, partial=True)
            )
            kept = (self.alternation(members), members)
            if len(self.by_prefix) < _PREFIXES_KEPT:
                self.by_prefix[prefix] = kept
        return kept

    def _opening(self, c: str) -> tuple[int, ...]:
        """The indices of the patterns that may match a text that opens with the
        character ``c`` (all of them for no character)."""
        members = self.by_first.get(c)
        if members is None:
            members = tuple(
                i for i, p in enumerate(self.patterns) if not c or p.fullmatch(c, partial=True)
            )
            if len(self.by_first) < _PREFIXES_KEPT:
                self.by_first[c] = members
        return members

    def first(self, s: str) -> int | None:
        """The index of the first pattern that fully matches ``s``, or None."""
        union, members = self._kept(s)
        if union is None:
            return next((i for i in members if self.patterns[i].fullmatch(s)), None)
        m = union.fullmatch(s)
        if m is None:
            return None
        return next(i for i in members if m.group(f"_p{i}") is not None)

    def fullmatch(self, s: str) -> bool:
        """Whether a pattern fully matches ``s``."""
        return self.first(s) is not None

    def may_open(self, s: str) -> bool:
        """Whether a pattern may match a text that opens with ``s``."""
        union, members = self._kept(s)
        if union is None:
            return any(self.patterns[i].fullmatch(s, partial=True) for i in members)
        return union.fullmatch(s, partial=True) is not None
