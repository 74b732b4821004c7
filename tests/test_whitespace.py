"""NormalizeWhitespace: tidy spaces and blank lines, keep structure and line endings."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleantext
from cleantext import Context, Pipeline
from cleantext.errors import ConfigError
from cleantext.passes import NormalizeWhitespace

FIXES = [
    ("end.  \nnext", "end.\nnext", {"whitespace/trailing"}),
    ("end.\t\r\nnext", "end.\r\nnext", {"whitespace/trailing"}),
    ("a\n\n\n\nb", "a\n\nb", {"whitespace/blank-lines"}),
    ("a\r\n\r\n\r\n\r\nb", "a\r\n\r\nb", {"whitespace/blank-lines"}),
    ("a\n  \n \n\nb", "a\n\nb", {"whitespace/blank-lines"}),
    ("a\n\n\n", "a\n", {"whitespace/blank-lines"}),
    ("\n\n\nTitle\n", "Title\n", {"whitespace/leading"}),
    ("non\u00a0breaking", "non breaking", {"whitespace/odd-space"}),
    ("narrow\u202fspace", "narrow space", {"whitespace/odd-space"}),
    ("zero\u200bwidth", "zerowidth", {"whitespace/zero-width"}),
    ("word\u2060joiner", "wordjoiner", {"whitespace/zero-width"}),
    ("two  spaces", "two spaces", {"whitespace/spaces"}),
]


@pytest.mark.parametrize(("raw", "expected", "rules"), FIXES)
def test_fixes(raw: str, expected: str, rules: set[str]) -> None:
    result = NormalizeWhitespace().run(raw)
    assert result.text == expected
    assert {c.rule for c in result.edits} == rules


KEEP = [
    "One paragraph.\n\nAnother paragraph.\n",
    "Line one\nline two\n",
    "    indented code block\n        more\n",
    "CRLF\r\nendings\r\n\r\nkept\r\n",
    "Typewriter style.  Two spaces after a period stay.",
    "Column\tseparated\tvalues",
    "Ideographic\u3000space stays.",
    "Emoji with ZWJ 👩\u200d💻 and ZWNJ in می\u200cخواهم stay.",
    "No final newline",
    "",
    "\ufeffA byte-order mark at the start stays (the file layer owns it).",
    # spaces that lay the text out: tables, aligned columns, code, list markers
    "| Name   | Age |\n| ------ | --- |\n| Ann    | 31  |\n",
    "Name     Age\nAnn      31\nBenedict 47\n",
    "```\nx    = 1\nlong = 2\n```\n",
    "Example:\n\n    total  = price  * 2\n",
    "-   First item\n-   Second item\n",
    "1)  One\n2)  Two\n",
    # a comment or quotation marker then indentation, and fields that tabs separate too
    "--\n--   ignore-sign : a flag\n",
    "# Other timezones:\n#  - PST: Philippine Standard Time\n",
    "> Otherwise:\n>    1. Set the result.\n",
    "'omnifunc'\t  'ofu'     function for filetype-specific completion\n",
    "139  71\t 38\t\tsienna4\n",
]


@pytest.mark.parametrize("text", KEEP)
def test_structure_is_kept(text: str) -> None:
    assert NormalizeWhitespace().propose(text) == []


def test_prose_spaces_collapse_beside_a_laid_out_table() -> None:
    text = "Name   Age\nAnn    31\n\nHe said  that it  rained.\n"
    expected = "Name   Age\nAnn    31\n\nHe said that it rained.\n"
    assert NormalizeWhitespace()(text) == expected
    # a double space in one line of prose is no column of its neighbour's
    assert NormalizeWhitespace()("Some  text\nmore  of it\n") == "Some text\nmore of it\n"


@given(st.lists(st.text(alphabet=" |-`ab\u200b\u00a0", max_size=12), max_size=6))
def test_idempotent_on_laid_out_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    once = NormalizeWhitespace()(text)
    assert NormalizeWhitespace()(once) == once


def test_an_invisible_character_between_backticks_stays() -> None:
    # dropped, it would join two runs of backticks and end a code span elsewhere, so a
    # second run would find more to do (found by Hypothesis on Python 3.10)
    text = "`\n- \n`\u200b`"
    once = NormalizeWhitespace()(text)
    assert NormalizeWhitespace()(once) == once
    assert NormalizeWhitespace()("a\u200bb") == "ab"


def test_options() -> None:
    assert NormalizeWhitespace(max_blank_lines=2)("a\n\n\n\n\nb") == "a\n\n\nb"
    assert NormalizeWhitespace(odd_spaces=False)("a\u00a0b") == "a\u00a0b"
    assert NormalizeWhitespace(zero_width=False)("a\u200bb") == "a\u200bb"
    assert NormalizeWhitespace(collapse_spaces=False)("a  b") == "a  b"


@example("a  a\t\u200b")  # a tab before a zero-width space makes no field
@given(st.text(alphabet=" \t\n\r\u00a0\u200bab."))
def test_idempotent(text: str) -> None:
    once = NormalizeWhitespace()(text)
    assert NormalizeWhitespace()(once) == once


def test_linear_on_long_runs() -> None:
    # Would take minutes with a backtracking pattern; these finish at once.
    for raw in (" " * 200_000 + "x", "\n" * 200_000 + "x", "a  " * 100_000):
        NormalizeWhitespace()(raw)


def test_rows_of_numbers_and_marked_lines_keep_their_columns() -> None:
    # a row of numbers set in columns is data, on a line of its own too
    row = "   5.0042326e-01   4.1210927e-01   -5.2133179e-01\n"
    assert NormalizeWhitespace().propose(row) == []
    # lines that open with a code or a marker and a run of spaces in the same column
    table = "0046  ; LATIN CAPITAL LETTER F\n0047  ; LATIN CAPITAL LETTER G\n"
    assert NormalizeWhitespace().propose(table) == []
    comments = " #  the first line\n #  the second line\n"
    assert NormalizeWhitespace().propose(comments) == []
    # prose keeps no double space, after a dash or with a tab at its end either
    assert NormalizeWhitespace()("It rose  5 percent.\n") == "It rose 5 percent.\n"
    assert NormalizeWhitespace()("It rose  5 percent --  a record.\t\n") == (
        "It rose 5 percent -- a record.\n"
    )


def test_code_spans_and_blocks_keep_their_spaces() -> None:
    doc = "A list marker (`-   item`) and a fence:\n\n```\nx  =  1   \n```\nToo  many.\n"
    assert NormalizeWhitespace()(doc) == (
        "A list marker (`-   item`) and a fence:\n\n```\nx  =  1   \n```\nToo many.\n"
    )


POEM = "Roses are red,  \nviolets blue.  \n\nEnd.\u00a0\u00a0\nNext\r\nA  \r\nB\n"


def test_markdown_hard_line_breaks_stay_in_a_markdown_document() -> None:
    # two spaces or more ending a line inside a paragraph are a Markdown hard line break;
    # at a paragraph's end, and runs of other spaces, they are only trailing whitespace
    kept = "Roses are red,  \nviolets blue.\n\nEnd.\nNext\r\nA  \r\nB\n"
    assert NormalizeWhitespace().run(POEM, context=Context(markdown=True)).text == kept
    assert NormalizeWhitespace(hard_breaks=True)(POEM) == kept
    # in plain text, or with the option off, they go like any trailing spaces
    plain = "Roses are red,\nviolets blue.\n\nEnd.\nNext\r\nA\r\nB\n"
    assert NormalizeWhitespace()(POEM) == plain
    off = NormalizeWhitespace(hard_breaks=False)
    assert off.run(POEM, context=Context(markdown=True)).text == plain
    # the last line of the text breaks nothing
    assert NormalizeWhitespace(hard_breaks=True)("Last line.  ") == "Last line."


def test_an_indented_code_block_keeps_its_trailing_spaces_like_a_fence() -> None:
    # Markdown has no hard line break in code: every line of the block keeps them, as in
    # a fenced block (a patch's blank context line is a space)
    doc = "Intro.\n\n    code line one   \n    code line two   \n     \n    x\t\n\nAfter.  \n"
    kept = "Intro.\n\n    code line one   \n    code line two   \n     \n    x\t\n\nAfter.\n"
    assert NormalizeWhitespace().run(doc, context=Context(markdown=True)).text == kept
    assert NormalizeWhitespace(hard_breaks=True)(doc) == kept
    # a line indented inside a paragraph goes on with the paragraph: it is no code
    para = "Some text  \n    indented goes on   \nend\n"
    assert (
        NormalizeWhitespace(hard_breaks=True)(para) == "Some text  \n    indented goes on   \nend\n"
    )
    assert NormalizeWhitespace(hard_breaks=True)("Some text\n    goes on   \n\nend\n") == (
        "Some text\n    goes on\n\nend\n"
    )
    # in plain text both lines lose them
    assert NormalizeWhitespace()(doc) == (
        "Intro.\n\n    code line one\n    code line two\n\n    x\n\nAfter.\n"
    )


def test_hard_breaks_option_is_checked() -> None:
    with pytest.raises(ConfigError, match="hard_breaks='yes'\\): expected true, false or \"auto\""):
        NormalizeWhitespace(hard_breaks="yes")  # type: ignore[arg-type]


def test_a_table_whose_numbers_align_on_the_right_keeps_its_columns() -> None:
    table = (
        "Shares closed higher.\n\n"
        "Index              Close      Chg   %Chg\n"
        "FTSE 100        8,142.15   +38.62  +0.48\n"
        "DAX            18,487.46  +151.20  +0.82\n"
        "CAC 40          8,041.37   +22.91  +0.29\n"
    )
    assert NormalizeWhitespace()(table) == table


def test_one_column_of_numbers_aligned_on_the_right_keeps_its_spaces() -> None:
    # the names before the numbers differ in width: only the line ends line up
    table = (
        "Seats won:\n\n"
        "Harbour             411\n"
        "Independent         121\n"
        "Liberal Harbour      72\n"
        "Green                 9\n"
        "Rates per dollar:\n"
        "Swiss franc      0.8694\n"
        "Indian rupee      84.07\n"
        "Korean won     1,378.50\n"
    )
    assert NormalizeWhitespace()(table) == table
    # two lines of prose that end with a number after two spaces are no column
    prose = "The fare rose to  12\nand the toll went up to  9\n"
    assert NormalizeWhitespace()(prose) == "The fare rose to 12\nand the toll went up to 9\n"


def test_a_table_ruled_with_dashes_keeps_its_header_and_total() -> None:
    table = (
        "Results were as follows.\n\n"
        "Candidate           Party              Votes   Share (%)\n"
        "------------------------------------------------------\n"
        "Ann Lee             Harbour            3,812        50.0\n"
        "Tom Kay             Independent        3,812        50.0\n"
        "------------------------------------------------------\n"
        "Total valid votes                      7,624       100.0\n\n"
        "The count took  four hours.\n"
    )
    assert NormalizeWhitespace()(table) == table.replace("took  four", "took four")


def test_a_stray_tab_inside_a_line_of_prose_becomes_a_space() -> None:
    text = "Fares\t will\tbe free until May, the council said.\n\nIt was  good news.\n"
    result = Pipeline([NormalizeWhitespace()]).run(text)
    assert result.text == "Fares will be free until May, the council said.\n\nIt was good news.\n"
    assert {c.rule for c in result.edits} == {"whitespace/spaces"}


@pytest.mark.parametrize(
    "text",
    [
        # fields: tabs on the lines beside it, or more tabs than prose holds
        "Name\tAge\tTown\nAnn Lee\t31\tLeeds, the county town of West Yorkshire.\n",
        "id\ttext\tlabel\tsource\n",
        "1\tThe fares will be free until May, the council said on Monday.\n",
        # a short line, or one that ends no sentence
        "Fares\tfree\n",
        "Fares will be free until May\tcouncil\n",
    ],
)
def test_tabs_that_lay_out_fields_stay(text: str) -> None:
    assert NormalizeWhitespace()(text) == text


def test_a_narrow_no_break_space_typeset_on_purpose_stays() -> None:
    text = (
        "\u00ab\u202fIl n\u2019y a pas d\u2019alternative\u202f; agissons\u202f!\u202f\u00bb "
        "Le salaire atteint 2\u202f735\u202f\u20ac, en hausse de 4,2\u202f%.\n"
    )
    assert NormalizeWhitespace()(text) == text
    # between two words it is an odd space like the others
    assert NormalizeWhitespace()("two\u202fwords\n") == "two words\n"


def test_a_form_feed_is_a_stray_page_break() -> None:
    # inside a line it reads as a space; on a line of its own the line is blank
    text = "A tax of \x0c5% was set.\n\x0c\x0c\nThe cap\x0cstays.\n"
    assert NormalizeWhitespace()(text) == "A tax of 5% was set.\n\nThe cap stays.\n"
    # the option that keeps odd spaces keeps it too
    assert NormalizeWhitespace(odd_spaces=False)("The cap\x0cstays.\n") == "The cap\x0cstays.\n"
    # beside a space after a sentence it makes no second space (two typed spaces stay)
    assert NormalizeWhitespace()("It ended.\x0c Fans left.") == "It ended. Fans left."
    assert NormalizeWhitespace()("It ended.  Fans left.") == "It ended.  Fans left."


def test_a_form_feed_that_opens_a_line_indents_nothing() -> None:
    # pdftotext opens each page with a form feed: a space there would indent the line
    text = "end of page one.\n\x0cPage two opens.\n\x0c    code\n"
    assert NormalizeWhitespace()(text) == "end of page one.\nPage two opens.\n    code\n"


def test_a_run_of_blank_lines_keeps_the_ending_of_its_blank_lines() -> None:
    # found by a black-box probe: in mixed text the kept blank line took the ending of
    # the line before it
    assert NormalizeWhitespace()("A\n\r\n\r\n\r\nB\n") == "A\n\r\nB\n"
    assert NormalizeWhitespace()("A\r\n\r\n\r\n\r\nB\r\n") == "A\r\n\r\nB\r\n"


def test_a_soft_hyphen_inside_a_word_goes() -> None:
    assert NormalizeWhitespace()("Over\u00adnight visitors\n") == "Overnight visitors\n"
    # one that opens a word breaks nothing and stays
    assert NormalizeWhitespace()("handed to US \u00adforces\n") == "handed to US \u00adforces\n"


@pytest.mark.parametrize("text", ["a\u00ad\u00d2\x80a", "\x88\u00ad\u00cf\x80a"])
def test_a_soft_hyphen_beside_what_mojibake_is_made_of_stays(text: str) -> None:
    # found by Hypothesis: dropped, it joined two characters that the unicode pass then
    # decoded on a second run; kept, one run is the last
    once = cleantext.clean(text)
    assert "\u00ad" in once
    assert cleantext.clean(once) == once


def test_a_narrow_no_break_space_after_a_number_stays() -> None:
    text = "Il faisait 34\u202f\u00b0C \u00e0 10\u202fh, au bureau \u00e0 10:30\u202fAM.\n"
    assert NormalizeWhitespace()(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a short run in the same column of three lines in a row: a column
        "FT  Brentford 3-1 Fulham\nFT  Everton 0-0 Burnley\nFT  Wolves 2-2 Bournemouth\n",
        # a time code, a time or a number opening a line before its run
        "01:02:10:05  NARRATOR (V.O.)\nThe river has carved this canyon.\n\n"
        "01:02:16:12  [MUSIC UP - strings]\n",
        "Saturday programme\n\n10:00    Doors open\n         Workshop B\n16:00    Close\n",
        # a time of day beside a run: a chat log, a fixture
        "#general\nsam_k  10:42 AM\nanyone else getting 502s?\npriya  10:43 AM\nyep\n",
        "Kick-offs\nKO 17:30  Sheffield Utd v Luton\n",
        # a changelog's sign-off: two spaces before its date stamp
        "nginx (1.24.0-2) unstable\n\n  * Fix FTBFS\n\n"
        " -- Jane Maintainer <jane@debian.example>  Sat, 03 Feb 2024 18:22:10 +0000\n",
        # a postal code after a state or province, as the address standards ask
        "City Hall\n110 Laurier Avenue West\nOttawa ON  K1P 1J1\n",
        # accounts align a negative amount in brackets on its digits
        "Total liabilities          (6,114)     (6,398)\n"
        "Net assets                  5,759       4,912\n",
    ],
)
def test_runs_that_lay_out_fields_stay(text: str) -> None:
    assert NormalizeWhitespace()(text) == text


def test_runs_in_prose_still_collapse() -> None:
    # two lines that share a column by chance, and a time inside a sentence
    prose = "It was  late.\nThey  left.\n\nAt 10:30 they  left.\n"
    assert NormalizeWhitespace()(prose) == "It was late.\nThey left.\n\nAt 10:30 they left.\n"


def test_a_no_break_space_typeset_on_purpose_stays() -> None:
    french = (
        "Ligue 1\u00a0: le PSG s'impose\n\n\u00ab\u00a0On n'a jamais dout\u00e9\u00a0\u00bb, "
        "a-t-il dit. Prochain match samedi 16\u00a0mars \u00e0 21\u00a0h, \u00e0 "
        "1,89\u00a0\u20ac, 12\u00a0% de plus.\n"
    )
    assert NormalizeWhitespace()(french) == french
    assert NormalizeWhitespace()("A crowd of 50\u00a0000.\n") == "A crowd of 50\u00a0000.\n"
    # elsewhere it is a web page's &nbsp;: a plain space (a number and its unit too)
    english = "The\u00a0council met.\u00a0It spent 5\u00a0million.\n"
    assert NormalizeWhitespace()(english) == "The council met. It spent 5 million.\n"


@pytest.mark.parametrize(
    "text",
    [
        # Polish and Czech typography binds a word of one letter to the next
        "Sejm zbierze się w\u00a0środę o\u00a0godz.\u00a010.\n",
        "Vláda v\u00a0pondělí schválila schodek 230\u00a0mld.\u00a0Kč.\n",
        # a text that binds numbers to their units, again and again
        "Guidance rose to between $11\u00a0billion and $13\u00a0billion.\n",
        "It reached 100\u00a0million\u00a0°C for 48\u00a0s at 10\u00a0MW.\n",
        # a number and the sign of its unit, even alone
        "Coffee now costs 2,50\u00a0€ in the square.\n",
    ],
)
def test_no_break_spaces_of_a_typeset_text_stay(text: str) -> None:
    assert NormalizeWhitespace()(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one alone after a number is a page's &nbsp;
        ("They rode 21\u00a0stages and 3,151 km.\n", "They rode 21 stages and 3,151 km.\n"),
        # English typography binds no article: the text is no typeset one
        (
            "It invests 12\u00a0billion kroner a\u00a0year.\n",
            "It invests 12 billion kroner a year.\n",
        ),
        # one between two words makes every one of the text a page's
        (
            "The\u00a0council met in\u00a0March and spent 5\u00a0million.\n",
            "The council met in March and spent 5 million.\n",
        ),
    ],
)
def test_no_break_spaces_of_a_web_page_become_spaces(text: str, expected: str) -> None:
    assert NormalizeWhitespace()(text) == expected


def test_no_blank_lines_at_all_removes_a_single_blank_line_too() -> None:
    no_blank = NormalizeWhitespace(max_blank_lines=0)
    assert no_blank("a\n\nb\n") == "a\nb\n"
    assert no_blank("a\r\n\r\n\r\nb\r\n") == "a\r\nb\r\n"
    assert no_blank("a\nb\n") == "a\nb\n"


def test_a_soft_hyphen_beside_a_zero_width_space_between_letters_goes_at_once() -> None:
    # found by fuzzing: the zero-width space kept the soft hyphen from the letters on the
    # first run, and the second run removed it
    ws = NormalizeWhitespace()
    assert ws("Over\u200b\u00adnight and over\u00ad\u200bnight.\n") == "Overnight and overnight.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no Latin word needs a joiner or a non-joiner
        ("a preci\u200csion of one in a billion\n", "a precision of one in a billion\n"),
        ("for sanc\u200dtion\n", "for sanction\n"),
        # emoji sequences, Persian and the scripts of India do
        ("\U0001f469\u200d\U0001f4bb coder\n", "\U0001f469\u200d\U0001f4bb coder\n"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645\n",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645\n",
        ),
        # SI typesetting groups digits with thin spaces
        ("a\u03bc = 116\u2009592\u2009070.5\n", "a\u03bc = 116\u2009592\u2009070.5\n"),
        ("a thin\u2009space\n", "a thin space\n"),
    ],
)
def test_joiners_in_latin_words_go_and_thin_spaces_group_digits(text: str, expected: str) -> None:
    assert NormalizeWhitespace()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One.\r \nTwo.\n",  # a blank line between a lone CR and a LF
        "One.\r \n\r \n\r \nTwo.\n",  # several, then collapsed
        "One.\r \n \n \nTwo.\n",
        "One.\r\u200b\nTwo.\n",
    ],
)
def test_a_lone_cr_before_a_lf_keeps_its_blank_line(text: str) -> None:
    # emptied, "\r \n" would become one CRLF: the blank line, a paragraph's end, lost
    out = NormalizeWhitespace()(text)
    lines = out.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert lines[0] == "One." and lines[1].strip(" \u200b") == "" and lines[2] == "Two.", out
    assert NormalizeWhitespace()(out) == out


_LINE = st.text(alphabet=st.sampled_from(list("ab. \t\x0c\u00a0\u200b")), max_size=6)


@given(st.lists(_LINE, min_size=1, max_size=6))
@example(["a", "\t"])  # the last line, blank, after a lone CR: it kept its tab
def test_lf_crlf_and_cr_texts_clean_to_the_same_lines(lines: list[str]) -> None:
    # the line endings are kept as they are; the lines come out the same under each
    outs = {}
    for end in ("\n", "\r\n", "\r"):
        out = NormalizeWhitespace()(end.join(lines))
        outs[end] = out.split(end)
        rest = out.replace(end, "")
        assert "\r" not in rest and "\n" not in rest, (end, out)  # no other ending made
    assert outs["\n"] == outs["\r\n"] == outs["\r"], outs
