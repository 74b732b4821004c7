"""Missing spaces for :mod:`cleantext.passes.sentences`: "word.Next", 'said."The'.

The period is there but the space is not: :func:`_decide_missing` tells a lost space from
a name, an abbreviation, a file or a version. Private to the sentences pass.
"""

from __future__ import annotations

import bisect
import functools

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_evidence import (
    _LEFT_TOKEN,
    _TOKEN,
    _VOCAB_TOKEN,
    _Document,
    _strip_possessive,
)
from cleantext.passes.sentences_judge import EDIT, SUGGEST
from cleantext.passes.sentences_lexicon import (
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
    _plain_place,
    _word_before,
)

_MAX_PARAGRAPH_SCAN = 20_000
# A version of three numbers or more, ending where it is searched up to.
_VERSION = regex.compile(r"\d\.\d+\.\d+\Z")
# A blank and a Capitalised word after a token ("Acme Rail").
_NEXT_UPPER = regex.compile(r"[ \t]++\p{Lu}")


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
            # "Acmeair.Wine magnate", "Zambezi.Chilean cyclist": a word or a name, then prose
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
    if doc.lex.starter(first) == "strong" or doc.lex.is_word(first) or seen:
        return m.end(), EDIT, f'lost ". " in "{glued}": a percentage, then "{first}"'
    return m.end(), SUGGEST, f'possibly a lost ". " in "{glued}": not enough evidence'
