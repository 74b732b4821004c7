"""NormalizeNames on the written forms of listed names: surname particles in another case,
with a vowel swapped or run into the surname; a capital too many in a one-word name; one
letter off in a part of a hyphenated name; a two-word name in the other order; "and" for
the "&" of a firm of partners.

Fixtures are written for these tests (invented sentences about real-world-style names).
Each shape has its must-not-change cases: look-alikes stay byte-identical.
"""

from __future__ import annotations

import pytest

from cleantext.passes import NormalizeNames


def _fixed(names: list[str], raw: str, expected: str, **options: object) -> None:
    fix = NormalizeNames(names, **options)  # type: ignore[arg-type]
    assert fix(raw) == expected
    assert fix(expected) == expected  # a second run changes nothing


def _stays(names: list[str], text: str, **options: object) -> None:
    assert NormalizeNames(names, **options)(text) == text  # type: ignore[arg-type]


# ---------------------------------------------------------------- 1. surname particles

VDL = ["Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            VDL,
            "Commission chief Ursula Von Der Leyen opened the summit in Brussels.",
            "Commission chief Ursula von der Leyen opened the summit in Brussels.",
        ),
        (
            VDL,
            "Ursula Von der Leyen opened the summit, aides said.",
            "Ursula von der Leyen opened the summit, aides said.",
        ),
        (
            VDL,
            "On Tuesday Ursula von Der Leyen flew to Kyiv.",
            "On Tuesday Ursula von der Leyen flew to Kyiv.",
        ),
        # one vowel of a particle swapped, the given name and surname exact
        (
            VDL,
            "Ursula van der Leyen flew to Kyiv on Tuesday.",
            "Ursula von der Leyen flew to Kyiv on Tuesday.",
        ),
        # and with the surname misspelt too, when only the case slipped
        (
            VDL,
            "Ursula Von Der Leyn flew to Kyiv on Tuesday.",
            "Ursula von der Leyen flew to Kyiv on Tuesday.",
        ),
        # a person whose given name no list knows, read as joined by small words
        (
            ["Anouk van der Tol"],
            "Water minister Anouk Van Der Tol opened the new dyke.",
            "Water minister Anouk van der Tol opened the new dyke.",
        ),
    ],
)
def test_particles_in_another_case_inside_a_full_name_are_written_as_listed(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


def test_particles_in_another_case_are_noted_as_case() -> None:
    edits = NormalizeNames(VDL).propose("Ursula Von Der Leyen spoke.")
    assert [(e.replacement, e.rule) for e in edits] == [("von der", "names/spacing-case")]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence opens with the surname and its particles: the capital is the sentence's
        "Von der Leyen said the plan was ready. Ursula von der Leyen left at noon.",
        "Von der Leyen said the plan was ready.",
        # a headline in capitals
        "URSULA VON DER LEYEN UNVEILS PLAN. The plan was ready.",
        # another given name: another person
        "Hans Von Der Leyen, a farmer, spoke to reporters.",
        # a capital and a vowel both off: too far from the list to be sure
        "Ursula Van der Leyen spoke to reporters.",
    ],
)
def test_particles_that_are_no_slip_of_a_full_name_stay(text: str) -> None:
    _stays(VDL, text)


def test_a_dutch_surname_alone_opening_a_sentence_stays() -> None:
    _stays(["Virgil van Dijk"], "Van Dijk said the squad was ready. Virgil van Dijk agreed.")
    _stays(["Virgil van Dijk"], "Van Dijk said the squad was ready.")


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            VDL,
            "Ursula von der Leyen arrived in Rome. Later, van der Leyen said talks went well.",
            "Ursula von der Leyen arrived in Rome. Later, von der Leyen said talks went well.",
        ),
        (
            VDL,
            "Ursula von der Leyen arrived in Rome. Van der Leyen said talks went well.",
            "Ursula von der Leyen arrived in Rome. Von der Leyen said talks went well.",
        ),
        (
            VDL,
            "Ursula von der Leyen arrived. President van der Leyen said talks went well.",
            "Ursula von der Leyen arrived. President von der Leyen said talks went well.",
        ),
        (
            ["Lula da Silva"],
            "Lula da Silva toured the port. De Silva said exports would grow.",
            "Lula da Silva toured the port. Da Silva said exports would grow.",
        ),
        # the full name as this run corrects it names the person too
        (
            VDL,
            "Ursula Von Der Leyen arrived. Later, van der Leyen said talks went well.",
            "Ursula von der Leyen arrived. Later, von der Leyen said talks went well.",
        ),
    ],
)
def test_a_particle_with_a_vowel_swapped_before_the_surname_of_a_person_named_in_full(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # the text never names the person in full
        (VDL, "Later, van der Leyen said talks went well."),
        (VDL, "Van der Leyen said talks went well. Brussels agreed."),
        # another person bears the swapped particles
        (
            VDL,
            "Ursula von der Leyen arrived. Margit van der Leyen, a cousin, spoke. Later van "
            "der Leyen left.",
        ),
        (
            ["Lula da Silva"],
            "Lula da Silva met Aravinda de Silva in Delhi. De Silva said it was an honour.",
        ),
        # another listed person's particles
        (
            ["Ursula von der Leyen", "Rafael van der Vaart"],
            "Ursula von der Leyen met Rafael van der Vaart. Van der Vaart said so.",
        ),
    ],
)
def test_a_swapped_particle_that_may_be_another_persons_stays(names: list[str], text: str) -> None:
    _stays(names, text)


def test_particles_run_into_the_surname_are_parted() -> None:
    _fixed(
        ["Ruud van Nistelrooy"],
        "Ruud van Nistelrooy was named coach. Vannistelrooy said he was proud.",
        "Ruud van Nistelrooy was named coach. Van Nistelrooy said he was proud.",
    )
    _fixed(
        ["Ruud van Nistelrooy"],
        "Ruud van Nistelrooy was named coach. VANNISTELROOY'S SIDE WON.",
        "Ruud van Nistelrooy was named coach. VAN NISTELROOY'S SIDE WON.",
    )


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # not named in full
        (["Ruud van Nistelrooy"], "Vannistelrooy said he was proud."),
        # in camel case: a spelling of its own
        (["Ron de Santis"], "Ron de Santis spoke in Miami. DeSantis said so."),
        # a known surname or name of its own
        (["Cornelius van der Bilt"], "Cornelius van der Bilt spoke. Vanderbilt said so."),
        (["Hendrik van den Berg"], "Hendrik van den Berg spoke. Vandenberg said so."),
        # part of another name
        (["Ruud van Nistelrooy"], "Ruud van Nistelrooy spoke. Jan Vannistelrooy said so."),
    ],
)
def test_a_fused_spelling_of_its_own_stays(names: list[str], text: str) -> None:
    _stays(names, text)


# ---------------------------------------------------------------- 2. a capital too many


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (["Llama"], "Meta released LLama on Monday.", "Meta released Llama on Monday."),
        (
            ["Copilot"],
            "Microsoft said CoPilot would get new tools.",
            "Microsoft said Copilot would get new tools.",
        ),
        (["Copilot"], "GitHub CoPilot writes code.", "GitHub Copilot writes code."),
        (["Tencent"], "Shares in TenCent rose.", "Shares in Tencent rose."),
    ],
)
def test_a_capital_too_many_in_a_plain_one_word_name_is_a_slip(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        (["Llama"], "Meta released LLaMA in 2023."),  # more capitals: a style
        (["Llama"], "META UNVEILS LLAMA 3"),  # a headline in capitals
        (["Copilot"], "Microsoft said COPILOT would get new tools."),
        (["Copilot"], "Microsoft said CoPiLot would get new tools."),
        # a brand's own camel case is no slip of a listed name of the same letters
        (["Blackrock"], "Shares in BlackRock rose on Monday."),
        (["Playstation"], "Sony said PlayStation sales rose."),
        # an English word in another case is no listed acronym
        (["US"], "Let Us go."),
    ],
)
def test_capitals_of_a_style_or_a_brand_stay(names: list[str], text: str) -> None:
    _stays(names, text)


# ---------------------------------------------------------------- 3. hyphenated names


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Mercedes-Benz"],
            "Sales of Mercedes-Bens cars rose.",
            "Sales of Mercedes-Benz cars rose.",
        ),
        (["Mercedes-Benz"], "A Mercedez-Benz van.", "A Mercedes-Benz van."),
        (["Rolls-Royce"], "ROLLS-ROYSE SHARES FELL", "ROLLS-ROYCE SHARES FELL"),
        (["Coca-Cola"], "A can of Coca-Colo.", "A can of Coca-Cola."),
    ],
)
def test_one_letter_off_in_a_part_of_a_hyphenated_name(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        (["Mercedes-Benz"], "The Mercedes-AMG team won."),  # another part
        (["Mercedes-Benz"], "A Mercedes-Bend road sign."),  # an English word
        (["Hewlett-Packard"], "Hewlett-Packer staff."),
        (["Rolls-Royce"], "A Rolls-Roy engine."),  # the part less letters
        (["Coca-Cola"], "Two Coca-Colas, please."),  # an ending
        (["Mercedes-Benz"], "A Merced-Bens van."),  # both parts off
        # an article or a word that opens many names vouches for no other part
        (["Al-Nassr"], "Al-Nasr won the Dubai derby."),
        (["Al-Ahly"], "Al-Ahli won in Jeddah."),
        (["Saint-Laurent"], "The Saint-Lauren shop closed."),
    ],
)
def test_another_hyphenated_word_stays(names: list[str], text: str) -> None:
    _stays(names, text)


# ---------------------------------------------------------------- 4. the other order


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Shigeru Ishiba"],
            "Prime Minister Ishiba Shigeru met reporters on Friday.",
            "Prime Minister Shigeru Ishiba met reporters on Friday.",
        ),
        (
            ["Xi Jinping"],
            "President Jinping Xi landed in Moscow. Xi said little.",
            "President Xi Jinping landed in Moscow. Xi said little.",
        ),
        (
            ["Yao Ming"],
            "Basketball star Ming Yao retired.",
            "Basketball star Yao Ming retired.",
        ),
    ],
)
def test_a_two_word_name_in_the_other_order(names: list[str], raw: str, expected: str) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # known given names or words: two other people
        (["Martin Scott"], "Scott Martin won the race."),
        (["Park Chan"], "Chan Park opened on Monday."),
        # the text says it writes family names first
        (
            ["Shigeru Ishiba"],
            "Former prime minister Ishiba Shigeru, as the family name comes first in "
            "Japan, spoke on Thursday.",
        ),
        # inside a longer name
        (["Xi Jinping"], "Jinping Xi Road was closed."),
        # the text says it is someone else
        (["Yao Ming"], "The rookie Ming Yao, who is no relation to Yao Ming, scored ten."),
    ],
)
def test_two_words_in_the_other_order_that_may_be_another_name_stay(
    names: list[str], text: str
) -> None:
    _stays(names, text)


def test_the_other_order_written_throughout_is_a_house_style_when_asked() -> None:
    fix = NormalizeNames(["Xi Jinping"], house_style=True)
    text = "President Jinping Xi landed. Jinping Xi spoke."
    edits, notes = fix.review(text)
    assert edits == [] and [n.replacement for n in notes] == ["Xi Jinping", "Xi Jinping"]


# ---------------------------------------------------------------- 5. "and" for "&"


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Procter & Gamble"],
            "Shares in Procter and Gamble rose.",
            "Shares in Procter & Gamble rose.",
        ),
        (
            ["Procter & Gamble"],
            "Shares in Proctor and Gamble rose.",
            "Shares in Procter & Gamble rose.",
        ),
        (
            ["Johnson & Johnson"],
            "Johnson and Johnson said sales rose.",
            "Johnson & Johnson said sales rose.",
        ),
        (
            ["Marks & Spencer"],
            "Sales at Marks And Spencer fell.",
            "Sales at Marks & Spencer fell.",
        ),
    ],
)
def test_and_for_the_ampersand_of_a_firm_of_partners(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # the partners themselves
        (["Procter & Gamble"], "The firm was founded by William Procter and James Gamble."),
        (["Procter & Gamble"], "Candlemaker William Procter and Gamble met in 1837."),
        (["Marks & Spencer"], "Both Marks and Spencer were traders."),
        (["Marks & Spencer"], "Mr Marks and Spencer met in Leeds."),
        # a possessive may be the second person's
        (["Johnson & Johnson"], "Boris Johnson and Johnson's allies met."),
        # the text names people of the partners' surnames
        (
            ["Johnson & Johnson"],
            "Jo Johnson and his sister Rachel Johnson spoke. The event was billed as "
            "Johnson and Johnson.",
        ),
        # capitals of a headline
        (["Marks & Spencer"], "MARKS AND SPENCER SALES FALL"),
    ],
)
def test_and_that_may_join_two_people_stays(names: list[str], text: str) -> None:
    _stays(names, text)


def test_and_for_the_ampersand_is_a_house_style_when_asked() -> None:
    fix = NormalizeNames(["Marks & Spencer"], house_style=True)
    text = "Sales at Marks and Spencer fell."
    edits, notes = fix.review(text)
    assert edits == [] and [n.replacement for n in notes] == ["&"]
    # the document writes the listed form too: the style gives way
    assert fix("Marks & Spencer said sales at Marks and Spencer fell.") == (
        "Marks & Spencer said sales at Marks & Spencer fell."
    )
