"""FixUnicode: mojibake, control characters, entities; correct text untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.passes import FixUnicode


def moji(s: str) -> str:
    """UTF-8 bytes read as Windows-1252: the common scraper damage.

    Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through as
    the Latin-1 control character of the same value, as sloppy decoders do.
    """
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in s.encode("utf-8")
    )


FIXES = [
    (f"It{moji('’')}s fine", "It’s fine", "unicode/mojibake"),
    (f"Price {moji('£')}5m", "Price £5m", "unicode/mojibake"),
    (f"caf{moji('é')} and café", "café and café", "unicode/mojibake"),
    (f"{moji('—')} a dash", "— a dash", "unicode/mojibake"),
    (f"{moji('…')} and more", "… and more", "unicode/mojibake"),
    (f"Zo{moji('ë')} said", "Zoë said", "unicode/mojibake"),
    ("bell\x07 here", "bell here", "unicode/control-char"),
    ("AT&amp;T earnings", "AT&T earnings", "unicode/html-entity"),
    ("caf&#233; society", "café society", "unicode/html-entity"),
    ("He said &quot;no&quot; &amp; left", 'He said "no" & left', "unicode/html-entity"),
    # French sets guillemets apart with spaces: they are used, not named
    (
        "Il a dit &laquo; oui &raquo; hier.",
        "Il a dit \u00ab oui \u00bb hier.",
        "unicode/html-entity",
    ),
    # symbols whose damage ftfy's badness test passes over ("\u00e2" and two signs)
    (f"Apple{moji('™')} Watch", "Apple™ Watch", "unicode/mojibake"),
    (f"CO{moji('₂')} output rose", "CO₂ output rose", "unicode/mojibake"),
    (f"a {moji('★')} rating", "a ★ rating", "unicode/mojibake"),
    (f"The {moji(moji('™'))} sign", "The ™ sign", "unicode/mojibake"),
    # and a Latin letter of two bytes inside a word
    (f"President Erdo{moji('ğ')}an said", "President Erdoğan said", "unicode/mojibake"),
    # a capital of Latin-1 that opens a word, read as "Ã" and a sign or "Œ" ftfy passes over
    (f"The ferry to {moji('Å')}lesund left", "The ferry to Ålesund left", "unicode/mojibake"),
    (f"THE {moji('Å')}LESUND FERRY", "THE ÅLESUND FERRY", "unicode/mojibake"),
    (f"On {moji('Ì')}sola Bella", "On Ìsola Bella", "unicode/mojibake"),
    (f"Sales at {moji('Š')}koda rose", "Sales at Škoda rose", "unicode/mojibake"),
    (f"in N{moji('Î')}MES today", "in NÎMES today", "unicode/mojibake"),
    # or a letter inside a word whose second byte reads as a sign
    (f"The caf{moji('Å')}s opened", "The cafÅs opened", "unicode/mojibake"),
]


@pytest.mark.parametrize(("raw", "expected", "rule"), FIXES)
def test_fixes(raw: str, expected: str, rule: str) -> None:
    result = FixUnicode().run(raw)
    assert result.text == expected
    assert {c.rule for c in result.edits} == {rule}


def test_whole_document_of_mojibake() -> None:
    clean = "“Hello,” she said. It’s £5 — or €6… café."
    assert FixUnicode()(moji(clean)) == clean


def test_each_damaged_sequence_is_one_edit() -> None:
    raw = f"a{moji('’')}b {moji('£')}5"
    result = FixUnicode().run(raw)
    assert [(c.before, c.after) for c in result.edits] == [(moji("’"), "’"), (moji("£"), "£")]


KEEP = [
    "Plain ASCII text.",
    "Curly “quotes” and ‘single’ ones stay curly.",
    "Zoë, Müller, Ærø, São Paulo, Kraków, İstanbul.",
    "Full-width ＡＢＣ and ligature ﬁ stay as they are.",
    "Decomposed e\u0301 stays decomposed.",
    "Chinese 广告 and Japanese 広告 and emoji 😉 and ZWJ 👩\u200d💻.",
    "Tabs\tand\r\nCRLF line endings\r\n",
    "Code: if a < b && c > d: return x &y;",
    "Maths: 5 × 3 ≥ 14, π ≈ 3.14, 20°C, ½ cup, ™ ® ©.",
    "Soft\u00adhyphen and non\u00a0breaking space are whitespace business.",
    "Price: £5, €6, ¥7, ₹8.",
    "Ellipsis… and en dash – and em dash — .",
    "Crème brûlée at the château, à la carte; Ângela and Âmbar.",
    "NÔŽE A VIDLIČKY",  # Slovak capitals: "ÔŽ" would decode to no Latin letter
    "IRMÃ’S HOUSE",  # a quote after a capital "Ã" may be an apostrophe: it stays
    "SÃO PAULO, Ã… and Ã.",  # "Ã" alone or ending a word is a letter of its own
    "Words from Ä–Ö, Å…vad, Å’s banks.",  # "Ä" and "Å" are letters that punctuation follows
    # entities named, not used: alone in quotes, or a lone quotation mark between blanks
    'Entities such as "&lt;", "&amp;" and \u201c&quot;\u201d are decoded.',
    "Correct the invalid use of &quot; within the script.",
]


@pytest.mark.parametrize("text", KEEP)
def test_correct_text_is_untouched(text: str) -> None:
    assert FixUnicode().propose(text) == []


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co"))))
def test_idempotent(text: str) -> None:
    once = FixUnicode()(text)
    assert FixUnicode()(once) == once


_words = st.sampled_from(
    ["word", "it’s", "“quoted”", "‘single’", "£5", "café", "—", "–", "…", "naïve", "Zoë", "x."]
)


@given(st.lists(_words, max_size=20).map(" ".join))
def test_damage_is_repaired(text: str) -> None:
    assert FixUnicode()(moji(text)) == text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(_words, st.text(max_size=4), _words.map(moji)),
        max_size=12,
    ).map(" ".join)
)
def test_fast_path_agrees_with_ftfy(text: str) -> None:
    """Skipping ftfy where the guard says it cannot change anything changes nothing."""
    import ftfy

    from cleantext.passes.unicode import _ftfy

    config = FixUnicode()._config()
    for line in text.splitlines():
        assert _ftfy(line, config) == ftfy.fix_text(line, config=config)


@pytest.mark.parametrize("raw", ["\u00c0\x80", "x \u00c0\x80 y", "\u00c3\u00a9\x00t"])
def test_a_control_character_that_decoding_makes_is_removed_in_the_same_run(raw: str) -> None:
    # "\u00c0\x80" is Java's overlong NUL (C0 80) read as Latin-1; ftfy decodes it to "\x00".
    fixed = FixUnicode()(raw)
    assert "\x00" not in fixed
    assert FixUnicode()(fixed) == fixed


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("caf\u00a0\u00c3\u00a9", "caf\u00a0\u00e9"),  # ftfy alone leaves it after a no-break space
        ("\u00a0\u00c3\u00a9t\u00e9", "\u00a0\u00e9t\u00e9"),
        ("prix\u00a0\u20ac", "prix\u00a0\u20ac"),  # a real no-break space before a real euro
        ("\u00c3\u00a0 la carte", "\u00e0 la carte"),  # "\u00c3\u00a0" is mojibake for "\u00e0"
    ],
)
def test_mojibake_beside_a_no_break_space_is_fixed_in_one_run(raw: str, expected: str) -> None:
    assert FixUnicode()(raw) == expected
    assert cleantext.clean(raw) == cleantext.clean(cleantext.clean(raw))


_LATIN = [chr(c) for c in range(0x80, 0x100)] + list(
    "a .\t\n\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_LATIN), max_size=30))
def test_default_pipeline_is_idempotent_on_windows_1252_soup(text: str) -> None:
    # Characters that mojibake is made of, no-break spaces among them: the unicode fix and
    # the whitespace pass must agree after one run.
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


def test_mojibake_that_ftfy_sees_only_without_the_trailing_space_is_fixed_in_one_run() -> None:
    # found by Hypothesis: ftfy decodes "\u00e1\u20ac \u00c4" but not "\u00e1\u20ac \u00c4 ",
    # and the whitespace pass removes the trailing space
    text = "\u00e1\x80 \u00c4 "
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


def test_code_spans_and_blocks_quote_their_text_as_it_is() -> None:
    # a document that shows mojibake or an entity as an example keeps the example
    doc = (
        "The scraper wrote `it\u00e2\u20ac\u2122s`, and it\u00e2\u20ac\u2122s fixed.\n\n"
        "```\nFish &amp; chips\n```\nFish &amp; chips\n"
    )
    assert FixUnicode()(doc) == (
        "The scraper wrote `it\u00e2\u20ac\u2122s`, and it\u2019s fixed.\n\n"
        "```\nFish &amp; chips\n```\nFish & chips\n"
    )
    # junk is junk in code too
    assert FixUnicode()("Run `ls\x00 -l` now.") == "Run `ls -l` now."
    # a blank line ends a code span, whatever its line breaks (CRLF, CR) and whatever
    # invisible characters stand on it: a stray backtick quotes nothing past it
    for blank in ("\r\n\r\n", "\r\r", "\n\u200b\n", "\n\u00a0 \n"):
        stray = f"A stray ` here.{blank}it\u00e2\u20ac\u2122s back ` there."
        once = cleantext.clean(stray)
        assert "it\u2019s back" in once
        assert cleantext.clean(once) == once
    wrapped = "Type `it\u00e2\u20ac\u2122s\r\nas is` here."
    assert FixUnicode()(wrapped) == wrapped  # a span wraps once over a CRLF
    for brk in ("\n", "\r\n", "\r"):  # a fenced block, whatever the line breaks
        lines = ["Example:", "```", "one", "", "it\u00e2\u20ac\u2122s", "```", "Done."]
        fenced = brk.join(lines)  # (a blank line inside: no code span, a block)
        assert FixUnicode()(fenced) == fenced


def test_a_python_session_quotes_its_text_as_it_is() -> None:
    # a doctest shows mojibake as an example: its prompt line and output stay as they are
    text = "Example:\n\n    >>> fix_text('it\u00e2\u20ac\u2122s')\n    'it\u2019s'\n\nMore text\n"
    assert FixUnicode()(text) == text
    assert cleantext.clean(">>> Color.RED\n<Color.RED: 1>\n") == ">>> Color.RED\n<Color.RED: 1>\n"
    # after the blank line that ends the session, prose is repaired again
    after = text + "\nIt\u00e2\u20ac\u2122s fixed.\n"
    assert FixUnicode()(after) == text + "\nIt\u2019s fixed.\n"


def test_an_entity_escaped_twice_is_decoded_in_one_run() -> None:
    fix = FixUnicode()
    assert fix("Fish &amp;amp; chips, &amp;quot;fresh&amp;quot;") == 'Fish & chips, "fresh"'
    # a name that only starts like an entity is none ("&not" is one without ";")
    assert fix("a &notanentity; b") == "a &notanentity; b"
    text = "x &amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;lt; y"
    assert fix(text) == "x < y" == fix(fix(text))


@pytest.mark.parametrize(
    "damaged",
    [
        # the closing quote's last byte (9D), which Windows-1252 has no character for, lost
        "\u00e2\u20ac\u0153We heard it, then nothing,\u00e2\u20ac said Ann.",
        "He said \u00e2\u20ac\u0153no\u00e2\u20ac; then he left.",
        # decoded twice
        "\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201cWe heard it, then nothing,"
        "\u00c3\u00a2\u00e2\u201a\u00ac said Ann.",
    ],
)
def test_a_closing_quote_that_lost_its_last_byte_is_no_dagger(damaged: str) -> None:
    fixed = FixUnicode()(damaged)
    assert "\u2020" not in fixed
    assert "\u201d" in fixed and "\u00e2" not in fixed
    assert FixUnicode()(fixed) == fixed


def test_a_dagger_read_with_its_no_break_space_stays_a_dagger() -> None:
    # E2 80 A0 is the dagger, and A0 reads as a no-break space: that is no lost quote byte
    assert FixUnicode()("Died 1901 \u00e2\u20ac\u00a0 see notes.") == "Died 1901 \u2020 see notes."


def test_a_text_about_encoding_keeps_the_damage_it_quotes() -> None:
    fix = FixUnicode()
    text = "Read as Windows-1252, \u201ccaf\u00e9\u201d turns into \u201ccaf\u00c3\u00a9\u201d."
    assert fix(text) == text
    # what it does not quote is repaired; a text about something else is repaired throughout
    assert fix(text + " The caf\u00c3\u00a9 agreed.") == text + " The caf\u00e9 agreed."
    other = "Read aloud, the menu says \u201ccaf\u00c3\u00a9\u201d."
    assert fix(other) == other.replace("\u00c3\u00a9", "\u00e9")


def test_a_text_that_quotes_damage_beside_its_repair_keeps_it() -> None:
    fix = FixUnicode()
    text = "Translators see \u201cA\u00c3\u00b1o\u201d for \u201cA\u00f1o\u201d again."
    assert fix(text) == text
    # a quotation whose repair the text does not quote is repaired
    alone = "The sign read \u201cA\u00c3\u00b1o nuevo\u201d all week."
    assert fix(alone) == "The sign read \u201cA\u00f1o nuevo\u201d all week."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Windows-1252 read as Latin-1: each C1 control is the character it stands for
        ("He said \x93hello\x94 and don\x92t go.", "He said “hello” and don’t go."),
        (
            "Prices rose \x80100 \x96 a 5\x89 rise, in Ko\x9aice.",
            "Prices rose €100 – a 5‰ rise, in Košice.",
        ),
        # German quotes close with the opening mark; a quote closes after a period too
        (
            "\x84Gut\x93, sagte er. \x91Not there.\x92 Right.",
            "„Gut“, sagte er. ‘Not there.’ Right.",
        ),
        # in capitals, a capital letter; a lone circumflex between brackets
        ("L\x92HA\x9f-LES-ROSES and a circumflex (\x88)", "L’HAŸ-LES-ROSES and a circumflex (ˆ)"),
        # a stray byte where its character fits nothing: dropped, like a C0 control
        ("the heat or the\x9f distance", "the heat or the distance"),
        ("a lectu\x85re on the op\x9eeration", "a lecture on the operation"),
        ("the daughter\x82 wrote", "the daughter wrote"),
        (
            "they read for 20 minutes, asked to \x97read more",
            "they read for 20 minutes, asked to read more",
        ),
        ("at the t\x94o of the hill", "at the to of the hill"),
        # the five codes that Windows-1252 leaves undefined are no character at all
        ("I wan\x90ted a room in \x8fDundee", "I wanted a room in Dundee"),
    ],
)
def test_a_lone_c1_control_is_its_windows_1252_character_only_where_that_fits(
    raw: str, expected: str
) -> None:
    assert FixUnicode()(raw) == expected


def test_a_stray_c1_control_is_removed_as_a_control_character() -> None:
    result = cleantext.Pipeline([FixUnicode()]).run("the heat\x9f and \x93quotes\x94")
    rules = [(c.rule, c.before, c.after) for c in result.edits]
    assert rules == [
        ("unicode/control-char", "\x9f", ""),
        ("unicode/mojibake", "\x93", "“"),
        ("unicode/mojibake", "\x94", "”"),
    ]
    assert "Windows-1252" in result.edits[1].note


def test_a_control_character_that_hid_mojibake_goes_in_the_same_run() -> None:
    once = FixUnicode()("\x8d\u00ce\x80 caf\u00c3\u00a9\x90")
    assert FixUnicode()(once) == once
    assert "\x8d" not in once and "\x90" not in once


def test_c1_controls_stay_when_control_characters_are_kept() -> None:
    assert "\x90" in FixUnicode(remove_control_chars=False)("I wan\x90ted")


def test_a_lone_circumflex_stays_on_a_line_read_right() -> None:
    # "ș" is no letter of UTF-8 read as Windows-1252: the line was read right, and the
    # capital A with a circumflex standing alone is the letter, not a no-break space
    text = "Romanian writes ș and ț, and the letter \u00c2 opens \u00c2ngela."
    assert FixUnicode()(text) == text
    # on a line without such a letter, it is a no-break space read as Windows-1252
    assert FixUnicode()("The letter \u00c2 stands alone.") == "The letter \u00a0stands alone."


def test_a_sign_after_a_stray_circumflex_a_is_read_beside_correct_text() -> None:
    # ftfy leaves the sign when correct text stands on the same line
    line = (
        "\u201cWe began,\u201d said Or\u00e9al. \u00e2\u20ac\u0153Now it could be worth "
        "\u00c2\u00a5500bn.\u00e2\u20ac\x9d"
    )
    assert FixUnicode()(line) == (
        "\u201cWe began,\u201d said Or\u00e9al. \u201cNow it could be worth \u00a5500bn.\u201d"
    )


def test_an_entity_named_as_an_entity_stays() -> None:
    text = "The style guide says the entity &nbsp; goes between a number and its unit."
    assert FixUnicode()(text) == text
    assert FixUnicode()("Fish &amp; chips") == "Fish & chips"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a vertical tab is Word's manual line break (Shift+Enter): a line break
        (
            "The minister said\x0bthe plan would go ahead.",
            "The minister said\nthe plan would go ahead.",
        ),
        ("Jane Doe\x0bReuters\r\nLondon\r\n", "Jane Doe\r\nReuters\r\nLondon\r\n"),
        ("Jane Doe \x0b Reuters", "Jane Doe\nReuters"),  # the spaces around it go with it
        ("Verse one\x0b\x0bVerse two", "Verse one\n\nVerse two"),
        # the file, group and record separators separate paragraphs (Unicode's bidi class B)
        ("Rec one\x1eRec two\x1dGroup\x1cFile", "Rec one\nRec two\nGroup\nFile"),
        # the unit separator separates fields, like a tab (bidi class S): a space
        ("Col A\x1fCol B", "Col A Col B"),
        ("Col A \x1fCol B", "Col A Col B"),
        # at the edge of a line, or beside a blank, it separates nothing: it goes
        ("\x0bSaid the minister.\x0b\nNext\x1f", "Said the minister.\nNext"),
        ("a \x0b\x07 b", "a\nb"),
        # with mojibake on the same line
        ("caf\u00c3\u00a9\x0bbar\x1fcaf\u00c3\u00a9", "café\nbar café"),
    ],
)
def test_a_separator_between_words_is_a_line_break_or_a_space(raw: str, expected: str) -> None:
    result = FixUnicode().run(raw)
    assert result.text == expected
    assert FixUnicode()(result.text) == result.text
    assert {c.rule for c in result.edits} <= {"unicode/control-char", "unicode/mojibake"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a separator between the letters of an English word is junk inside it
        ("The fund's st\x1eake fell to zero.", "The fund's stake fell to zero."),
        ("It won a medal on the appar\x0batus in May.", "It won a medal on the apparatus in May."),
        ("Congress passed a tax re\x1fform bill.", "Congress passed a tax reform bill."),
        # a file, group or record separator between two lower-case letters of any word
        ("La prima coll\x1cezione sarà presentata.", "La prima collezione sarà presentata."),
        # and one beside a blank, which separates the words already
        (
            "The bond was oversubscribed, the lender\x1d said.",
            "The bond was oversubscribed, the lender said.",
        ),
    ],
)
def test_a_separator_inside_a_word_goes(raw: str, expected: str) -> None:
    result = FixUnicode().run(raw)
    assert result.text == expected
    assert FixUnicode()(result.text) == result.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # ftfy reads no line as Windows-1252 where a zero-width space stands
        (
            "Aktien steg \u00c3\u00a4nd\u00c3\u00a5 p\u00c3\u00a5 "
            "Stockh\u200bolmsb\u00c3\u00b6rsen.",
            "Aktien steg ändå på Stockholmsbörsen.",
        ),
        # a letter of Latin Extended that ends a word, after a lower-case letter
        ("It builds cars in Arge\u00c8\u2122 county.", "It builds cars in Argeș county."),
        ("Powiedzia\u00c5\u201a si\u00c4\u2122 dzi\u00c5\u203a.", "Powiedział się dziś."),
    ],
)
def test_mojibake_that_ftfy_leaves_is_decoded(raw: str, expected: str) -> None:
    once = cleantext.clean(raw)
    assert once == expected
    assert cleantext.clean(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "Windows\u2122 and CAF\u00c9\u2122 are trademarks.",
        "The brand Acme\u00c9\u2122 sells well.",  # no letter of Latin Extended
    ],
)
def test_a_sign_after_a_word_stays(text: str) -> None:
    assert FixUnicode()(text) == text


def test_a_record_separator_between_paragraphs_still_breaks_the_line() -> None:
    assert FixUnicode()("Rec one\x1eRec two") == "Rec one\nRec two"


def test_a_separator_never_glues_words_in_the_pipeline() -> None:
    assert cleantext.clean("The minister said\x0bthe plan would go ahead.\n") == (
        "The minister said\nthe plan would go ahead.\n"
    )
    assert cleantext.clean("Col A\x1fCol B\n") == "Col A Col B\n"


def test_a_restructuredtext_literal_block_is_literal() -> None:
    # a literal block after "::", and the body of a code directive, quote the damage
    doc = (
        "Mojibake looks like this::\n\n    It\u00e2\u20ac\u2122s broken\n\n"
        ".. code-block:: text\n\n   caf\u00c3\u00a9\n\n"
        "But caf\u00c3\u00a9 here is the text's own.\n"
    )
    assert FixUnicode()(doc) == doc.replace("But caf\u00c3\u00a9", "But caf\u00e9")
    # the block ends where a line is indented no further than the line of "::"
    after = "Example::\n\n    ok\n\ncaf\u00c3\u00a9 again\n"
    assert FixUnicode()(after) == "Example::\n\n    ok\n\ncaf\u00e9 again\n"
    # a note's body is prose: it is repaired
    note = ".. note::\n\n   caf\u00c3\u00a9\n"
    assert FixUnicode()(note) == ".. note::\n\n   caf\u00e9\n"
