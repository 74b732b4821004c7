"""Word tables and the words around a glued token, for :mod:`cleantext.passes.sentences_judge`.

The tables hold the words that tell a lost ". " from a name ("in MayCouncillors" but "the
HTTPConnection is"); :class:`_Around` reads the words before and after one token in its
text. Private to the sentences pass.
"""

from __future__ import annotations

import functools
import re

import regex

from cleantext.passes import names_match as nm
from cleantext.passes.sentences_evidence import _Document, _strip_possessive
from cleantext.passes.sentences_glued import _Occ
from cleantext.passes.sentences_lexicon import _DATE_BEFORE, _DATES, Lexicon

# A blank and a number after the word that follows a token ("More than| 40").
_NUMBER_AFTER = regex.compile(r"[ \t]++\p{N}")
# The rest of a double-barrelled name after its first part ("-Hill" of "Rose-Hill").
_BARRELLED = regex.compile(r"-\p{Lu}\p{Ll}")
# A given name written as initials right before a word: "J. ", "J.J. ", "J.R.R. ".
_INITIALS_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{N}.])(?:\p{Lu}\.){1,3} \Z")
# A quotation closed with a comma, "!" or "?", then a space: a verb of speech there
# introduces the speaker ('...," said Tomas', '"smart", says Ms Brannagh'); it ends no
# sentence.
_QUOTE_CLOSED = regex.compile(r"(?:[,!?][\"\u201d\u2019']|[\"\u201d\u2019'],) \Z")
_ALPHA = regex.compile(r"[^\W\d_]")
# Titles written shortened with a period before a name ("Mr. Macron", "Sen. Rand Paul",
# "St. Louis").
_DOTTED_TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Gov", "Rep", "Sgt", "Cllr", "Rev", "St"]
)  # not "Gen" nor "Lt", which end names of products ("NextGen. Smith said")
# Words shortened with a period that a name follows, which end no sentence there: those
# titles, others, and "v." ("Miranda v. ArizonaIn a", "Gen. HaleThe").
_SHORT_BEFORE_NAME = (
    *sorted(_DOTTED_TITLES), "v", "vs", "cf", "No", "Gen", "Lt", "Col", "Capt", "Hon", "Mt", "Ft",
)  # fmt: skip
# What stands before a token that opens a sentence: the start of the text or of a line, or
# the end of a sentence and a space ("was empty. computeTax, the", '"Yes." registerCommand'),
# and maybe a short opener and a comma ("Separately, airBaltic, the Latvian carrier").
# (not after a dotted abbreviation, an initial or a title, "in U.S. historyHis wife", "James
# T. KirkObviously", "v. ArizonaIn": "U.S.", "T." and "v." end no sentence there); or the
# end of a sentence and a double quote that lost its space ('bigger."ZorbShares manages')
_SENTENCE_STOP = (
    r"(?:[!?]|(?<!\.\p{L}|(?<![\p{L}\p{N}.])(?:\p{Lu}|" + "|".join(_SHORT_BEFORE_NAME) + r"))\.)"
)
_SENTENCE_BEFORE = regex.compile(
    rf"(?:\A|\n|{_SENTENCE_STOP}[\"\u201d\u2019')\]]*+ |{_SENTENCE_STOP}[\"\u201d]++)"
    r"(?:\p{Lu}[\p{L}\p{N}]*+(?: [\p{L}\p{N}]++){0,2}, )?\Z"
)
# Nouns of code that name the token next to them: "the function reportUsage", "setting
# clusterRadius", "the cancelAll method", "a field named saveIntervalMs".
_CODE_NOUNS = frozenset(
    [
        "function", "method", "variable", "field", "flag", "parameter", "property",
        "attribute", "callback", "handler", "routine", "constant", "helper", "endpoint",
        "hook", "setting", "argument", "macro", "identifier", "subroutine", "getter",
        "setter",
    ]
)  # fmt: skip
# Nouns of code that name the token before them only: "the dropNa option".
_CODE_NOUNS_AFTER = _CODE_NOUNS | frozenset(
    ["option", "value", "column", "object", "array", "enum", "struct"]
)
# Another name in camel case, lower-case first, in a list with the token: "stopDuration,
# idleMinutes and routeDeviation", "when dueDate and returnedAt fall" (not "iPod": a
# lower-case head of one letter is a brand's).
_LISTED_AFTER = regex.compile(r"(?:,|,? and|,? or) \p{Ll}{2,12}\p{Lu}")
# The farthest the rules here read after a token (the longest match of _LISTED_AFTER, and
# a period with its closing quotes): tokens spelt alike are decided together only with the
# same text that far after them.
_LOOK_AFTER = 20
_LISTED_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Ll}{2,}\p{Lu}[\p{L}\p{N}]*(?:,|,? and|,? or) \Z"
)
_CODE_NOUNS_BEFORE = (
    _CODE_NOUNS
    | frozenset(n + "s" for n in _CODE_NOUNS)
    | frozenset(["properties", "calling", "invoking", "invokes"])
)
# How far before the token a name listed with it is looked for (the farthest any rule here
# reads before a token: tokens spelt alike are decided together only with the same text
# that far before them).
_LISTED_REACH = 40
# A word, a comma and a space before a token: a noun that the token may stand beside.
_APPOSED = regex.compile(r"(?:^|[^\p{L}\p{N}])(\p{L}+), \Z")
# A period that ends a sentence right after a token: a space, a closing quote or bracket,
# or the end of the text follows it (not "...", nor ".5", nor ".com").
_PERIOD_ENDS = regex.compile(r"\.(?=[\"\u201d\u2019')\]]*+(?:\s|\Z))")
# One lower-case word and a period that ends a sentence (" tool." of "FedWatch tool.").
_WORD_THEN_PERIOD = regex.compile(r" \p{Ll}++\.(?=[\"\u201d\u2019')\]]*+(?:\s|\Z)|\p{Lu})")
_PERIOD_NAME = regex.compile(r"\. (\p{Lu}\p{Ll}++)")
_NAME_ALONE_CHARS = 40  # a given name and the spaces before a surname, at most
# A value given to the token as to a setting: "sets experimentalDecorators to true",
# "strictMode = false" (within the 20 characters after a token that its decision reads).
_SET_TO = regex.compile(r" ?(?:to|=|==) (?:true|false|null|none)\b", regex.IGNORECASE)


@functools.cache
def _named_alone() -> frozenset[str]:
    """Given names that, alone before a token on its line, make the line a person's name:
    the names pass's lists, without the English words among them ("Will", "Grace")."""
    return frozenset(n for n in nm.person_given_names() if not nm.is_word(n))


class _Around:
    """The text around one glued token: what the junction rules ask of the words before
    and after it (the same for every junction of the token)."""

    def __init__(self, doc: _Document, occ: _Occ) -> None:
        self.doc = doc
        self.lex = doc.lex
        self.occ = occ
        self.end = occ.offsets[-1] + len(occ.humps[-1])  # where the token ends in the text

    def prose_after(self) -> bool:
        """A lower-case word, or a comma and a space, follows the token."""
        return self.occ.next[:1].islower() or self.doc.text.startswith(", ", self.end)

    def period_after(self) -> bool:
        """A period that ends a sentence follows the token at once: "was now orderConfirm."
        (not "orderConfirm..." nor "orderConfirm.js")."""
        return _PERIOD_ENDS.match(self.doc.text, self.end) is not None

    def word_then_period(self) -> bool:
        """One lower-case word and a period that ends a sentence follow the token: "CME's
        FedWatch tool." (a lost ". " would leave "Watch tool.", a sentence of two words)."""
        return _WORD_THEN_PERIOD.match(self.doc.text, self.end) is not None

    def title_period(self, first: str) -> str:
        """The name after ``first``, the token's last word, when that is a title shortened
        with a period and a Capitalised word follows ("contributionsMr. Macron",
        "idealSen. Rand Paul": the period is the title's, no one-word sentence's); else ""."""
        if first not in _DOTTED_TITLES:
            return ""
        m = _PERIOD_NAME.match(self.doc.text, self.end)
        return m.group(1) if m else ""

    def opens_sentence(self) -> bool:
        """The token stands where a sentence starts: at the start of the text or of a line,
        or after the end of a sentence and a space; or after a short opener of up to three
        words and a comma there ("Separately, airBaltic")."""
        return self._sentence_opens_at(self.occ.start)

    def opened_by_determiner(self) -> bool:
        """A determiner that opens a sentence stands right before the token ("The
        livenessProbe only", "A retryPolicy that"): a lost ". " would leave a sentence of
        two words, "The liveness."."""
        before = self.word_before
        if before.lower() not in _DETERMINERS or not before[:1].isupper():
            return False
        return self._sentence_opens_at(self.occ.start - len(before) - 1)

    def _sentence_opens_at(self, pos: int) -> bool:
        """A sentence (or its first clause, after a short opener) starts at ``pos``, read no
        farther back than :data:`_LISTED_REACH` before the token: its decision is shared
        with tokens spelt alike only as far as that."""
        window = max(0, self.occ.start - _LISTED_REACH)
        return _SENTENCE_BEFORE.search(self.doc.text, window, pos) is not None

    def named_as_code(self) -> bool:
        """A noun of code names the token: right before it ("the function reportUsage",
        "setting clusterRadius"), or before a comma ("the routine, decodeChunkHeader"),
        before "called" or "named" before it ("a function called reportUsage"), or right
        after it ("the cancelAll method"); or another name in camel case stands in a list
        with it ("dueDate and returnedAt"); or it is given a value ("sets
        experimentalDecorators to true")."""
        if self.occ.next.lower() in _CODE_NOUNS_AFTER:
            return True
        start, text = self.occ.start, self.doc.text
        if _SET_TO.match(text, self.end):
            return True  # "sets experimentalDecorators to true": a setting
        if _LISTED_AFTER.match(text, self.end) or _LISTED_BEFORE.search(
            text, max(0, start - _LISTED_REACH), start
        ):
            return True
        apposed = _APPOSED.search(text, max(0, start - 24), start)
        if apposed is not None and apposed.group(1).lower() in _CODE_NOUNS_BEFORE:
            return True  # "the vulnerable routine, decodeChunkHeader, trusted"
        before = self.word_before.lower()
        if before in _CODE_NOUNS_BEFORE:
            return True
        if before not in ("called", "named"):
            return False
        at = self.occ.start - len(before) - 1
        m = _word_before(text, at)
        return m is not None and m.group(1).lower() in _CODE_NOUNS

    def display_name(self) -> bool:
        """The token is a name shown before its handle, as a tweet is attributed: "—
        HansBrannaghLatimer (@HansBrannagh)"."""
        return self.doc.text.startswith(" (@", self.end)

    def adverb_and_comma(self, word: str) -> bool:
        """``word`` (the last hump of the token) is a Capitalised adverb made of a word and
        -ly, and a comma follows the token: "Unusually," "Really," (not "Kelly," "Italy,")."""
        if len(word) < 6 or not word.endswith("ly") or not word[1:].islower():
            return False
        stems = (word[:-2], word[:-3] + "e", word[:-3] + "y")
        if not any(self.lex.is_word(stem) for stem in stems):
            return False  # "Unusually" from "unusual", "Simply" from "simple", "Primarily"
        return self.doc.text.startswith(",", self.end)

    def data_line(self) -> bool:
        """The token is the only word of its line ("JoshuaPerdue", "0 191 255  DeepSkyBlue"),
        or a surname after only a given name on it ("Benjamin VanEvery" in a list of
        authors), or its line holds fields between tabs: an item of a list or a table, no
        sentences."""
        text, start = self.doc.text, self.occ.start
        head, stop = self.doc.line_of(start, self.end)
        if _AT_DOMAIN.match(text, self.end) is not None:
            return True  # "JPClizbe at comcast.net": the user of an address spelt out
        # searches that stop at the first letter, not slices: on one long line of glued
        # tokens a slice of the rest of the line for each token took quadratic time
        if _ALPHA.search(text, self.end, stop) is not None:
            if (
                _ALPHA.search(text, head, start) is None
                and stop - self.end <= _NAME_TAIL_CHARS
                and _NAME_TAIL.fullmatch(text, self.end, stop) is not None
            ):
                return True  # a line of a list of people: "HyeSoo Park", "NeilBrown <n@x.org>"
            return self.doc.tabbed(head, stop)
        if _ALPHA.search(text, head, start) is None:
            return True
        if start - head > _NAME_ALONE_CHARS:
            return self.doc.tabbed(head, stop)
        before = text[head:start].strip()
        if before.isalpha() and before[:1].isupper() and nm.fold(before) in _named_alone():
            return True
        return self.doc.tabbed(head, stop)

    def opens_clause(self) -> bool:
        """The token is followed by a comma or by a lower-case word ("However, it",
        "In the"), not by a capitalised one ("The Times")."""
        nxt = self.occ.next
        if nxt:
            return nxt[:1].islower()
        return self.doc.text.startswith(", ", self.end)

    def dated(self, a: int, left: str) -> bool:
        """``left`` (humps from ``a``) is a month or weekday that the word before the token
        makes a date: "in May", "on Saturday", "5 January" (not "The MayDay parade")."""
        if left not in _DATES or a > 0:
            return False
        before = self.word_before
        return before.lower() in _DATE_BEFORE or before.isdigit()

    def year_dated(self) -> bool:
        """The word before the token makes the year that the token opens a date: "in",
        "since", a month ("February 2001")."""
        before = self.word_before
        return before.lower() in _DATE_BEFORE or before in _DATES

    def prose_after_next(self) -> bool:
        """A lower-case word that joins no list follows the word after the token."""
        at = self.after_next
        m = _WORD_AFTER.match(self.doc.text, at) if at >= 0 else None
        return m is not None and m.group(1)[:1].islower() and m.group(1) not in _LIST_JOINS

    def opens_pair(self, first: str) -> bool:
        """``first`` and the Capitalised word after the token (less a possessive) stand
        together elsewhere in the text: ``first`` opens that name."""
        nxt = _strip_possessive(self.occ.next)
        return nxt[:1].isupper() and nxt[1:2].islower() and self.doc.pair(first, nxt)

    def name_ends(self, left: str, seen: bool = False) -> bool:
        """``left`` is a place or a common surname, no English word, and the word after the
        token is lower-case or a given name: a name glued to the sentence after it (brands
        of that shape end in a company word, "NebraskaCare", and stop earlier)."""
        nxt = self.occ.next
        f = nm.fold(left)
        if not (
            len(left) >= 4
            and (nxt[:1].islower() or (nxt[1:2].islower() and nm.fold(nxt) in nm.given_names()))
            and (f in nm.places() or f in nm.surnames())
            and not self.lex.is_word(left.lower())
        ):
            return False
        # "the LucasArts deal"; "to the KenyanField will" when the text writes "Field"
        return seen or not self.after_determiner()

    def place_owns(self, left: str, first: str) -> bool:
        """``first`` is a place's possessive ("Kenya's") after the Capitalised word
        ``left``, which opens no place with it ("New York's") and no determiner names
        ("the TheatreKenya's troupe"), and a given name or a lower-case word follows."""
        place = _strip_possessive(first)
        nxt = self.occ.next
        return (
            self.doc.text[self.end : self.end + 2] in ("'s", "’s")
            and first == self.occ.humps[-1]
            and len(left) >= 4
            and _plain_place(place, self.lex)
            and left.lower() not in _PLACE_OPENERS
            and nm.fold(f"{left} {place}") not in nm.places()
            and (nxt[:1].islower() or (nxt[1:2].islower() and nm.fold(nxt) in nm.given_names()))
            and not self.after_determiner()  # "the TheatreKenya's troupe" names a thing
        )

    def full_name_opens(self, left: str, first: str) -> bool:
        """``first`` is a given name that a Capitalised word follows, glued to a name
        ``left`` that is neither a given name ("JoAnn Smith") nor an English word; a
        canonical name that the two open counts as a given name and a surname ("Tarvo
        Brannagh" listed: "beat CalgaryTarvo Brannagh made")."""
        nxt = self.occ.next
        given = nm.person_given_names()  # the wider list: it only tells that a person is named
        given_name = (first, nxt) in self.lex.name_starts or nm.fold(first) in given
        # a word before the given name, or an English word after it, is left alone unless
        # the given name is no word of its own and the word after is a common surname
        # ("Norvane Marina HarbourGeorge Okoro", "sensation Tom WhitnerJake Barker")
        plain = not self.lex.is_word(first.lower())
        at = self.after_next
        # a double-barrelled surname ("Helen Rose-Hill") whatever its first part is
        barrelled = at >= 0 and _BARRELLED.match(self.doc.text, at) is not None
        surname = barrelled or nm.fold(nxt) in nm.surnames()
        if not (
            len(first) >= 3
            and nxt[:1].isupper()
            and nxt[1:2].islower()
            and given_name
            and nm.fold(left) not in given
            # two letters open a given name ("LiAngelo", "JaVale", "KeShawn") unless a
            # title makes them a surname ("Premier LiXi Jinping")
            and (len(left) > 2 or left.isupper() or self.word_before[:1].isupper())
            # another given name only when it is a common surname too ("Dean Thomas")
            and (nm.fold(nxt) not in given or surname)
            and (not self.lex.is_word(nxt.lower()) or barrelled or (plain and surname))
        ):
            return False
        if not self.lex.is_word(left.lower()):
            return True
        # "the SmartCharles Schwab account" is one name after the article; "a rout of the
        # HeatJayson Tatum led all scorers": the person did something, a sentence
        return plain and (not self.after_determiner() or self.person_acted())

    def person_acted(self) -> bool:
        """A verb in the past that a name of two words does follows the word after the
        token ("Jayson Tatum led", "Ann Okeke scored"): the name is a sentence's subject.
        """
        at = self.after_next
        m = _WORD_AFTER.match(self.doc.text, at) if at >= 0 else None
        if m is None:
            return False
        return self.acted(m.group(1))

    def acted(self, word: str) -> bool:
        """``word`` is an English verb in the past (:meth:`acted_word`)."""
        return self.acted_word(self.lex, word)

    @staticmethod
    def acted_word(lex: Lexicon, word: str) -> bool:
        """``word`` is an English verb in the past: it ends in -ed ("confirmed", "called")
        or is one that a subject often opens a sentence with ("led", "won")."""
        return word in _PAST_DEEDS or (
            len(word) >= 5 and word.endswith("ed") and word.islower() and lex.is_word(word)
        )

    def numbered_item(self, number: str) -> bool:
        """The token opens its line with ``number`` and the text numbers the lines around
        it the same way: "5. Walk daily", then "6Drink more water", then "7. Sleep more"."""
        if not (number.isdecimal() and len(number) <= 3):  # "¹" is a digit, no number
            return False
        text, start = self.doc.text, self.occ.start
        head, _ = self.doc.line_of(start, self.end)
        if text[head:start].strip(" \t"):
            return False
        n = int(number)
        numbers = self.doc.item_numbers()
        return n - 1 in numbers or n + 1 in numbers

    def opens_quantity(self, first: str) -> bool:
        """The last part of the token and the word after it open a quantity, a number
        after them: "More than 12", "One in 8" ("HarbourNow in 2004" is no quantity)."""
        nxt = self.occ.next
        if (first, nxt) not in _QUANTITY_OPENERS:
            return False
        at = self.after_next
        return at >= 0 and _NUMBER_AFTER.match(self.doc.text, at) is not None

    def person_then_prose(self, left: str) -> bool:
        """``left`` is a person's surname after the given name and no English word, and
        lower-case prose follows the token ("Hans BrannaghTraders reacted", "Helen
        BrannaghQXT boss"; "John SmithWorks" is a firm)."""
        return (
            self.occ.next[:1].islower()
            and not self.lex.is_word(left.lower())
            and self.surname_after_given(left)
        )

    def surname_after_given(
        self, left: str, *, titles: frozenset[str] | None = None, given: bool = True
    ) -> bool:
        """``left`` follows a given name (the word before the token, Capitalised; only if
        ``given``) or one of ``titles`` (default the forms of address, "Ms"; a wider list
        adds "President"): it is the person's surname, no part of a longer name of its own
        (a Mc, De or Van name stops earlier), so the capitalised word glued after it opens
        something else."""
        before = self.word_before
        return (
            len(left) >= 3
            and before[:1].isupper()
            and before[1:].islower()
            # a given name, or a title that only a surname follows ("said Ms ThornAcme")
            and (
                (given and nm.fold(before) in nm.person_given_names())
                or before.rstrip(".") in (_TITLES if titles is None else titles)
            )
            and nm.fold(left) not in nm.given_names()  # "Mary AnnSmith": two given names
        )

    @functools.cached_property
    def after_next(self) -> int:
        """Where the word after the token ends in the text, or -1 if no word follows it
        (read once)."""
        nxt = self.occ.next
        at = self.doc.text.find(nxt, self.end) if nxt else -1
        return at + len(nxt) if at >= 0 else -1

    @functools.cached_property
    def word_before(self) -> str:
        """The word right before the token (one space between), or "" (read once)."""
        m = _word_before(self.doc.text, self.occ.start)
        return m.group(1) if m is not None else ""

    def be_before(self) -> bool:
        """The word right before the token is a form of "be" ("is overHarbour")."""
        return self.word_before.lower() in _BE_FORMS

    def after_quotation(self) -> bool:
        """The token comes right after a quotation closed with a comma, "!" or "?"."""
        start = self.occ.start
        return _QUOTE_CLOSED.search(self.doc.text, max(0, start - 3), start) is not None

    def after_initials(self) -> bool:
        """The token comes right after initials that stand for a given name ("J.J. ")."""
        start = self.occ.start
        return _INITIALS_BEFORE.search(self.doc.text, max(0, start - 12), start) is not None

    def name_goes_on(self) -> bool:
        """A Capitalised word that neither opens the sentence nor is an article stands
        before the token, and lower-case prose follows it: the token's first part may end
        that word's name ("the Norvane Harbour PlanChange was")."""
        prev = self.word_before
        nxt = self.occ.next
        # prose, or a person it names ("Ashgrove ParkSuspended Tom Whitner")
        named = len(nxt) >= 3 and nxt[1:].islower() and nm.fold(nxt) in nm.person_given_names()
        if not (prev[:1].isupper() and (nxt[:1].islower() or named)):
            return False
        # "The PlanChange": the word before opens the sentence
        return prev.lower() not in _DETERMINERS and self.lex.starter(prev) != "strong"

    def name_closes(self, left: str) -> bool:
        """The word before the token and ``left`` end a name elsewhere in the text
        ("Harbour Plan" then a non-letter), see :meth:`name_goes_on`."""
        return self.name_goes_on() and self.doc.pair(self.word_before, left)

    def closes_here(self, left: str) -> bool:
        """``left`` ends the name of Capitalised words that the word before the token
        opens or goes on: a word that ends names of places and bodies ("Research
        Institute", "Norvane Bank"), or a pair the text writes elsewhere ("General Motors")."""
        if len(left) < 3:
            return False
        if left in _CLOSING_WORDS:
            return self.name_goes_on()
        return self.name_closes(left)

    def after_determiner(self) -> bool:
        """The word before the token is an article or a possessive ("the", "its"): the
        token is then one name, not the end of a sentence."""
        return self.word_before.lower() in _DETERMINERS


# Verbs in the past that do not end in -ed and that a person's name often opens a
# sentence with ("Jayson Tatum led all scorers", "Ann Okeke won the race").
_PAST_DEEDS = frozenset(
    [
        "led", "said", "won", "told", "took", "made", "gave", "scored", "hit", "ran", "beat",
        "got", "came", "went", "left", "kept", "felt", "set", "put", "wrote", "spoke", "held",
        "met", "lost", "threw", "caught", "drove", "became", "began", "saw", "knew", "sent",
        "brought", "bought", "sold", "paid", "built", "fell", "rose", "stood", "found",
    ]
)  # fmt: skip
# The last words of identifiers in code and in prose about it ("HTTPConnection",
# "startElement", "ZipImportError", "IPv4Address"): a token that ends in one names a type,
# an event or a value. No sentence opens on such a bare noun, so no junction of the token
# is a lost period (unless a Capitalised word follows: "Acme Rail" is a name).
_IDENTIFIER_ENDS = frozenset(
    [
        "Error", "Errors", "Exception", "Exceptions", "Warning", "Warnings", "Handler",
        "Handlers", "Factory", "Manager", "Connection", "Request", "Response", "Message",
        "Implementation", "Interface", "Element", "Entity", "Event", "Events", "Node",
        "Nodes", "Index", "Array", "Arrays", "Dtype", "Accessor", "Id", "Ids", "Object",
        "Objects", "Buffer", "Stream", "Reader", "Writer", "Parser",
        "Builder", "Encoder", "Decoder", "Compressor", "Decompressor", "Finder", "Loader",
        "Mapping", "Iterator", "Generator", "Callback", "Listener", "Adapter", "Wrapper",
        "Provider", "Controller", "Processor", "Config", "Context", "Equal", "Tuple",
        "Tuples", "Proxy", "Socket", "Descriptor", "Instance", "Inst", "Regex", "Dict",
        "Impl", "Util", "Utils", "Enum", "Struct", "Ptr", "Attr", "Attrs", "Param",
        "Params", "Args", "Kwargs", "Spec", "Schema", "Serializer", "Validator",
        "Address", "Server",
    ]
)  # fmt: skip
# A part of a camel-case token that shortens a word to its consonants ("Btn", "Cfg", "Msg"),
# as names in code do; no word of prose is spelt so (titles are two letters: "Mr", "Dr").
_ABBREVIATED_PART = regex.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{2,}")
# Sentence openers of a quantity: "More than 12 labels", "One in 8 drivers".
_QUANTITY_OPENERS = frozenset(
    [
        ("More", "than"),
        ("Less", "than"),
        ("Fewer", "than"),
        ("One", "in"),
        ("One", "of"),
        ("Up", "to"),
    ]
)
# What follows a firm's name ("XenSource Ltd.", "PayPal Inc").
_FIRM_SUFFIXES = frozenset(
    ["Ltd", "Inc", "Corp", "LLC", "GmbH", "plc", "PLC", "AG", "Co", "Limited", "LLP"]
)
# Words that no subject "I" or article "A" stands before at a sentence start.
_NO_SUBJECT_AFTER = frozenset(
    [
        "and",
        "or",
        "nor",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "than",
        "the",
        "a",
        "an",
        "is",
        "are",
    ]
)
_WORD_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{N}])([\p{L}\p{N}]+) \Z")


def _word_before(text: str, start: int) -> regex.Match[str] | None:
    """The word that one space separates from ``text[start:]`` (group 1), if any."""
    return _WORD_BEFORE.search(text, max(0, start - 24), start)


# Words that end the name of a paper, a venue or a body ("Dallas News", "Carter Center"):
# a place or a surname glued to one is that name, not the end of a sentence.
_NAME_ENDS = frozenset(
    [
        "News", "Times", "Post", "Herald", "Journal", "Press", "Daily", "Review", "Magazine",
        "Radio", "Center", "Centre", "Theatre", "Theater", "Museum", "Gallery", "Hotel",
        "Hospital", "Institute", "Foundation", "Trust", "Fund", "Society", "Club", "Stadium",
        "Arena", "Airport", "Exchange", "Arts", "Instruments", "Dynamics", "Services", "Brand",
        "Football",
    ]
)  # fmt: skip
# Words that end names of bodies and places ("Norvane Bank", "Harbour Court"): one glued
# to a name the text uses on its own, then prose, ends a sentence ("Norvane BankChile's growth").
_CLOSING_WORDS = _NAME_ENDS | frozenset(
    [
        "Bank", "Group", "Court", "Motors", "Council", "Commission", "Committee", "Party",
        "Association", "Union", "University", "College", "School", "League", "Cup",
        "Championship", "Championships", "Awards", "Prize", "Festival", "Parliament",
        "Assembly", "Ministry", "Department", "Agency", "Authority", "Board", "Office",
        "Corporation", "Company", "Airlines", "Airways", "Studios", "Records", "Pictures",
        "Square", "Street", "Road", "Bridge", "Palace", "Hall", "Tower", "Cathedral",
        "Abbey", "Castle", "Park", "Gardens", "Zoo", "Prison", "Station",
    ]
)  # fmt: skip
# Words after which a Capitalised token is one name, not the end of a sentence.
_DETERMINERS = frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
        "our", "your", "my", "whose", "every", "each", "no", "any",
    ]
)  # fmt: skip
# Titles that a person's surname follows ("Ms Thorn").
_TITLES = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"])
# Titles that only a person's name follows (not "General", "Chief" or "Premier", which
# open names of firms and leagues too).
_PERSON_TITLES = _TITLES | frozenset(
    [
        "President",
        "Chancellor",
        "Senator",
        "Governor",
        "Mayor",
        "Judge",
        "Sir",
        "Dame",
        "Professor",
        "Lord",
        "Lady",
        "Rev",
    ]
)
# First words of places of two words ("New Zealand", "South Korea", "Sri Lanka").
_PLACE_OPENERS = frozenset(
    [
        "new",
        "south",
        "north",
        "east",
        "west",
        "saudi",
        "sri",
        "hong",
        "san",
        "santa",
        "los",
        "las",
        "costa",
        "puerto",
        "el",
        "sierra",
    ]
)
# Words that end a sentence only now and then ("the cameras came in.", "play on.", "we
# failed in that.", "ever since.") and far more often lose the space before a linked
# name ("talks inParis", "onMonday", "reports thatOkeke had", "a win overScotland",
# "sinceFebruary", "the nearbyHarbour Mill"): glued to a Capitalised word, they need a
# strong sentence start after them.
_SELDOM_LAST = frozenset(
    ["in", "on", "that", "since", "over", "past", "after", "while", "during", "nearby", "another"]
)
# Of those, the words that end a sentence after a form of "be" ("the trial is over.",
# "the worst was past."): there, no strong start is needed.
_LAST_AFTER_BE = frozenset(["over", "past"])
_BE_FORMS = frozenset(["is", "was", "are", "were", "be", "been", "being", "it's", "it’s"])
# Words that join the items of a list.
_LIST_JOINS = frozenset(["and", "or", "nor", "to", "vs", "v"])
# Words whose object a glued acronym and word may be, as one name ("by QRSPoll").
_OBJECT_BEFORE = _DETERMINERS | frozenset(["by", "from", "at", "of", "for", "with", "via"])
# Subject pronouns: after "Now", "Then", "Here"... they start a clause, not a brand.
_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there"])
# The verbs that name a speaker after a quote ('," said Ann'): the name ends the clause.
_SPEECH_VERBS = frozenset(["said", "says"])
# Words that open a clause and name nothing: in a text about code, only these after a
# glued word tell a lost period from an identifier's next part ("stateThe" but
# "afterEach", "includeIf", "doIt", "assertThat", "thankYou").
_CLAUSE_OPENERS = frozenset(
    [
        "The", "An", "This", "These", "Those", "He", "She", "We", "They", "His", "Her",
        "My", "Our", "Their", "Its", "There", "However", "Meanwhile", "Moreover",
        "Furthermore", "Nevertheless", "Nonetheless", "Therefore", "Thus", "Hence",
        "Instead", "Mr", "Mrs", "Ms", "Dr",
    ]
)  # fmt: skip
# Function words: glued after a Capitalised English word they read as a lost period
# ("LanternIn a statement"); content words there read as a brand ("TheatreNow", "GiveWell").
_FUNCTION_WORDS = frozenset(
    [
        "i",
        "a",
        "an",
        "in",
        "it",
        "its",
        "as",
        "at",
        "on",
        "by",
        "if",
        "so",
        "we",
        "he",
        "she",
        "they",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "or",
        "for",
        "to",
        "of",
        "with",
        "from",
        "his",
        "her",
        "their",
        "our",
        "my",
        "you",
        "yet",
        "when",
        "while",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "did",
        "does",
        "would",
        "should",
        "could",
        "after",
        "before",
        "during",
        "since",
        "although",
        "though",
        "instead",
        "meanwhile",
    ]
)
# The function words that open a clause after an acronym, less those an acronym's plural
# may end with once split in humps ("NDAs", "IPIs", "PCIs").
_CLAUSE_WORDS = _FUNCTION_WORDS - {"a", "an", "as", "i", "is", "its", "it"}


def _plain_place(word: str, lex: Lexicon) -> bool:
    """``word`` is a place of four letters or more that is no English word ("Kenya";
    not "Turkey", "Chad").

    >>> from cleantext.passes.sentences_lexicon import lexicon
    >>> lex = lexicon((), ())
    >>> _plain_place("Kenya", lex), _plain_place("Turkey", lex), _plain_place("Lima", lex)
    (True, False, True)
    """
    return len(word) >= 4 and nm.fold(word) in nm.places() and not lex.is_word(word.lower())


def _people_of(word: str) -> bool:
    """``word`` names the people of a place ("Kenyans"; "Kenyan" too).

    >>> _people_of("Kenyans"), _people_of("Kenyan"), _people_of("Bananas")
    (True, True, False)
    """
    f = nm.fold(word)
    return f in nm.places() or (f.endswith("s") and f[:-1] in nm.places())


# The rest of a line after a name glued at its start, in a list of people: up to two
# Capitalised words (the surname), perhaps an address in angle brackets, nothing else.
_NAME_TAIL = regex.compile(
    r"(?:[ \t]++\p{Lu}[\p{L}\p{M}'’-]*+){0,2}+(?:[ \t]++<[^<>\s]++>)?+[ \t]*+"
)
_NAME_TAIL_CHARS = 120
# An e-mail address spelt out after its user's name: " at uni-stuttgart.de", " [at] x.org".
# (``re``: the ``regex`` module reads far past the position first, for every token.)
_AT_DOMAIN = re.compile(r"[ \t]*(?:at|\[at\]|\(at\))[ \t]+[\w-]+(?:\.[\w-]+)*?\.[a-z]{2,}\b")
# The word after a token, past one space (or a comma and a space).
_WORD_AFTER = regex.compile(r",? (\p{L}[\p{L}\p{M}'’-]*)")
