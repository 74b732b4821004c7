"""Names that a text says belong to someone else, for :mod:`cleantext.passes.names`.

Writers say so exactly where two names look alike: "Ahmed Al Mansoori, who is not related
to the minister", "Alistair McLeod, its planning officer, who is no relation", "her
brother, Tahmid Chowdhury", "is often confused with the pianist Jonas Lindquist", "her
namesake, Irina Volkov". Such a name is another person's (or firm's), never a
misspelling of a listed one, anywhere in the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.names_shapes import _Unit

# The phrases that disown a likeness; each is a few fixed words, so a search stays linear.
# ("not connected to the case" says nothing about a name.)
_DISOWNING = regex.compile(
    r"\b(?:"
    r"(?:is|are|was|were|being)\s+(?:not\s+(?:related|a\s+relative|a\s+relation)"
    r"|unrelated|no\s+relation|no\s+relative)"
    r"|no\s+relation"
    r"|not\s+to\s+be\s+(?:confused|mistaken)\s+(?:with|for)"
    r"|(?:often|easily|frequently|sometimes|occasionally|commonly|regularly|routinely)\s+"
    r"(?:confused|mistaken|mixed\s+up)\s+(?:with|for)"
    r"|(?:confuse[ds]?|mistake[ns]?)\s+(?:her|him|them|it|the\s+two)\s+(?:with|for)"
    r"|(?:not|never)\s+(?:be\s+)?(?:confuse[ds]?|mistake[ns]?)\s+(?:with|for)"
    r"|confused\s+by\s+the\s+(?:arrival|name|names|launch)\s+of"
    r"|(?:formerly|previously|originally|once)\s+(?:called|known\s+as|named)"
    r"|(?:was|were)\s+called\s+(?=\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}\s+(?:when|until|before))"
    r"|namesakes?"
    r"|despite\s+the\s+similar(?:ity\s+of\s+their)?\s+names?"
    r"|a\s+different\s+(?:person|man|woman)"
    r"|shares?\s+(?:\S+\s+){0,3}?name\s+but\s+not"
    r")\b",
    regex.IGNORECASE,
)
# The phrases that disown a likeness named in the sentence before ("...from the substitute
# Lukasz Nowacki. The two players, who share a first name and almost a surname, ...").
_DISOWNING_BACK = regex.compile(
    r"\b(?:"
    r"(?:whose|their)\s+names\s+are\s+(?:(?:often|easily|frequently|sometimes|commonly"
    r"|regularly|routinely)\s+)?(?:confused|mixed\s+up|mistaken)"
    r"|shares?\s+(?:a|the\s+same|(?:his|her|their)\s+\S+(?:'s|\u2019s))\s+"
    r"(?:first|given|family)\s+name"
    r"|(?:despite\s+(?:the|their)|(?:the\s+)?(?:two|pair)\b[^.!?\n]{0,20}?(?:'s|\u2019s|')"
    r"|their)\s+(?:similar|almost\s+identical|near-identical|identical)\s+names?"
    r"|(?:the|both)\s+(?:two|pair)\b[^.!?\n]{0,40}?\b(?:are|were)\s+(?:not\s+related|unrelated"
    r"|no\s+relation)"
    r")\b",
    regex.IGNORECASE,
)
# The words of kinship.
_KIN_WORDS = (
    r"(?:brother|sister|wife|husband|son|daughter|father|mother|cousin|uncle|aunt|nephew"
    r"|niece|twin|widow|widower|grandson|granddaughter|grandfather|grandmother|stepson"
    r"|stepdaughter|sibling|brother-in-law|sister-in-law|son-in-law|daughter-in-law)"
)
# A relative introduced by a possessive ("her brother, Tahmid Chowdhury", "his twin
# sister Wanjiku Kamau", "her younger sister, first officer Yuko Tanaka"): a second person
# of the family's surname.
_KIN = regex.compile(
    r"\b(?:his|her|their|whose)\s+(?:(?:twin|older|younger|elder|late|eldest|youngest)\s+)?"
    rf"{_KIN_WORDS},?\s+(?:(?-i:\p{{Ll}})[\p{{L}}-]*+\s+){{0,3}}(?=\p{{Lu}})",
    regex.IGNORECASE,
)
# A relative named before the kinship ("Mika Koski, a distant cousin,"): the name ends
# where this starts.
_KIN_AFTER = regex.compile(
    r",\s+(?:a|an|his|her|their)\s+(?:(?:distant|second|first|twin|older|younger|elder"
    rf"|half|step)[\s-]+)?{_KIN_WORDS}\b",
    regex.IGNORECASE,
)
# "and" before a capitalised word: a second person may follow ("Chen Jianguo, a chemist,
# and Cheng Jianguo, a professor").
_AND_NAME = regex.compile(r"\band\s+(?=\p{Lu})")
# The end of a sentence: its mark (and a closing quote or bracket) before a space, or a
# line break.
_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")
# The end of the clause that holds a disowning phrase ("not to be confused with Li Qian,").
_CLAUSE_END = regex.compile(r"[,;:.!?()]|\n")
# Quotation marks: the words of a quote before the phrase are not the ones it speaks of.
_QUOTE = regex.compile(r"[\"\u201c\u201d]")
# The farthest a sentence is read from a disowning phrase, either way: a text of one
# endless line costs no more than a bounded look per phrase.
_REACH = 400


def disowning(
    text: str,
    units: Sequence[_Unit],
    written_with: Callable[[str], bool],
    protected: frozenset[str] = frozenset(),
) -> tuple[_Unit, ...]:
    """The capitalised words that ``text`` says name someone else, in one scan; see
    :func:`disowned` for the folds of those no listed name holds.

    ``units`` are the text's capitalised words in order; ``written_with(surname)`` tells
    whether the text writes a listed name that ends with ``surname`` exactly.

    - The capitalised words of the sentence that holds a disowning phrase, from the last
      quotation mark before it to the end of its clause:

    >>> from cleantext.passes.names_shapes import _units
    >>> def no(surname): return False
    >>> text = "Li Qiang spoke. Li Qian, who is not related to him, spoke too. Qian left."
    >>> [u.text for u in disowning(text, _units(text), no)]
    ['Li', 'Qian']

    - The last name written before a phrase that speaks of two similar names ("whose
      names are often confused", "who share a first name", "despite their similar names",
      "the two writers are not related"): the look-alike the phrase comes after, with its
      given name (a name of the list, ``protected``, and a word opening a sentence are no
      such name;
      ``Ms Chaudry`` before ``Neil Chaudhary. The two are not related.`` stays readable):

    >>> text = "Ms Brannigh spoke. Ann Brannagh too. The two, whose names are confused, left."
    >>> [u.text for u in disowning(text, _units(text), no, frozenset({"brannigh"}))]
    ['Ann', 'Brannagh']

    - A relative's given name after a possessive, before a surname that a listed name
      written exactly here ends with (the relative is then a second person of that name):

    >>> text = "Tahmina Chowdhury was joined by her brother, Tahmid Chowdhury."
    >>> [u.text for u in disowning(text, _units(text), lambda s: s == "Chowdhury")]
    ['Tahmid']
    >>> disowning(text, _units(text), no)
    ()

    - ... also after the relative's role or title, or named before the kinship:

    >>> text = "Yuki Tanaka flew. Her sister, first officer Yuko Tanaka, and Mika Tanaka, a cousin."
    >>> [u.text for u in disowning(text, _units(text), lambda s: s == "Tanaka")]
    ['Yuko', 'Mika', 'Mika']

    - The given name of a second person after "and", whose surname a listed name written
      exactly here ends with and the sentence wrote before "and" after another given
      name (nobody is named twice in one breath):

    >>> text = "Chen Jianguo, a chemist, and Cheng Jianguo, a professor, met."
    >>> [u.text for u in disowning(text, _units(text), lambda s: s == "Jianguo")]
    ['Cheng']
    """
    found: list[_Unit] = []
    for m in _KIN.finditer(text):
        i = bisect.bisect_left(units, m.end(), key=lambda u: u.start)
        if i < len(units) and units[i].start == m.end() and nm.fold(units[i].text) in nm.titles():
            i += 1  # "her sister, Captain Yuko Tanaka"
        if (
            i + 1 < len(units)
            and units[i].start >= m.end()
            and _listed_surname_after(text, units[i], units[i + 1], written_with)
        ):
            found.append(units[i])
    for m in _KIN_AFTER.finditer(text):
        i = bisect.bisect_left(units, m.start(), key=lambda u: u.start) - 1
        if (
            i > 0
            and units[i].full_end == m.start()
            and _listed_surname_after(text, units[i - 1], units[i], written_with)
        ):
            found.append(units[i - 1])
    for m in _AND_NAME.finditer(text):
        found.extend(_second_of_pair(text, units, m.start(), m.end(), written_with))
    for m in _DISOWNING_BACK.finditer(text):
        found.extend(_last_name_before(text, units, m.start(), protected))
    for m in _DISOWNING.finditer(text):
        start = _sentence_start(text, m.start())
        for q in _QUOTE.finditer(text, start, m.start()):
            start = q.end()
        reach = min(len(text), m.end() + _REACH)
        clause_end = _CLAUSE_END.search(text, m.end(), reach)
        end = clause_end.start() if clause_end else reach
        first = bisect.bisect_left(units, start, key=lambda u: u.start)
        for u in units[first:]:
            if u.start >= end:
                break
            found.append(u)
    return tuple(found)


def disowned(words: Iterable[_Unit], protected: frozenset[str]) -> frozenset[str]:
    """The folds of the disowned ``words`` (see :func:`disowning`) but those of a listed
    name: ``protected`` is the casefold of every canonical token, never disowned.

    >>> from cleantext.passes.names_shapes import _units
    >>> text = "Li Qiang spoke. Li Qian, who is not related to him, spoke too. Qian left."
    >>> sorted(disowned(disowning(text, _units(text), lambda s: False), frozenset({"li"})))
    ['qian']
    """
    return frozenset(nm.fold(u.text) for u in words if u.text.casefold() not in protected)


def _listed_surname_after(
    text: str, given: _Unit, surname: _Unit, written_with: Callable[[str], bool]
) -> bool:
    """``surname`` follows ``given`` after blanks only, and a listed name written exactly
    in the text ends with it: ``given`` names a second person of a listed surname."""
    return text[given.full_end : surname.start].isspace() and written_with(surname.text)


def _second_of_pair(
    text: str, units: Sequence[_Unit], at: int, end: int, written_with: Callable[[str], bool]
) -> list[_Unit]:
    """The given name of the name right after the "and" at ``at``..``end`` when its
    surname is a listed name's written exactly in the text and the same sentence wrote
    that surname before ``at`` after another given name (see :func:`disowning`)."""
    i = bisect.bisect_left(units, end, key=lambda u: u.start)
    if i + 1 >= len(units) or units[i].start != end:
        return []
    given, surname = units[i], units[i + 1]
    if not _listed_surname_after(text, given, surname, written_with):
        return []
    first = bisect.bisect_left(units, _sentence_start(text, at), key=lambda u: u.start)
    for k in range(max(first, 1), i):
        before = units[k - 1]
        if (
            units[k].text == surname.text
            and before.text != given.text
            and text[before.full_end : units[k].start].isspace()
        ):
            return [given]
    return []


# What stands before a word that opens a sentence.
_OPENS_SENTENCE = regex.compile(r"(?:\A|[.!?][\"'\u201d\u2019)]*\s++|\n\s*+|[\"\u201c]\s*+)\Z")


def _last_name_before(
    text: str, units: Sequence[_Unit], pos: int, protected: frozenset[str]
) -> list[_Unit]:
    """The last capitalised word before ``pos`` (within :data:`_REACH` characters twice)
    that is no listed name's word (``protected``), title or English word opening a
    sentence, with the given
    name right before it: the name a phrase about two similar names comes after ("...under
    Li Wen, a biologist. Despite their similar names, the two are not related")."""
    i = bisect.bisect_left(units, pos, key=lambda u: u.start) - 1
    lo = pos - 2 * _REACH
    while i >= 0 and units[i].start >= lo:
        u = units[i]
        f = nm.fold(u.text)
        opens = _OPENS_SENTENCE.search(text, max(0, u.start - 4), u.start) is not None
        if u.text.casefold() in protected or f in nm.titles() or (opens and nm.is_word(f)):
            i -= 1  # (a word that opens a sentence, "Despite", is no name; "Li Wen" is)
            continue
        name = [u]
        if i > 0 and text[units[i - 1].full_end : u.start].isspace():
            given = units[i - 1]
            if nm.fold(given.text) in nm.given_names():
                name.insert(0, given)
        return name
    return []


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last sentence end before it
    (at most :data:`_REACH` characters back)."""
    start = max(0, pos - _REACH)
    start = text.rfind("\n", start, pos) + 1 or start
    for m in _SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start
