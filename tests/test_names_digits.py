"""NormalizeNames reads the digits a scanner took for letters in a listed name's words
("Sch0lz", "0laf", "Macr0n"), and no other word with digits.

Fixtures are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext.passes import NormalizeNames


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Olaf Scholz"],
            "Chancellor 0laf Scholz travelled to Paris. Sch0lz said Berlin agreed.",
            "Chancellor Olaf Scholz travelled to Paris. Scholz said Berlin agreed.",
        ),
        (
            ["Emmanuel Macron"],
            "Emmanuel Macron spoke first. Macr0n's aides said the talks went well.",
            "Emmanuel Macron spoke first. Macron's aides said the talks went well.",
        ),
        # an l read as 1 and an s read as 5, in capitals too
        (
            ["Angela Merkel"],
            "MERKE1 WINS AGAIN\nAngela Merke1 thanked voters. Merkel said little.",
            "MERKEL WINS AGAIN\nAngela Merkel thanked voters. Merkel said little.",
        ),
        (
            ["Boris Johnson"],
            "Boris John5on arrived late. Johnson apologised.",
            "Boris Johnson arrived late. Johnson apologised.",
        ),
    ],
)
def test_digits_a_scanner_read_for_letters_are_read_back(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_the_change_says_which_digits_were_read() -> None:
    (edit,) = NormalizeNames(["Olaf Scholz"]).propose("Olaf Sch0lz spoke.")
    assert (edit.start, edit.end, edit.replacement, edit.rule) == (5, 11, "Scholz", "names/variant")
    assert edit.note == "digits read as letters: 'Sch0lz' is 'Scholz'"


@pytest.mark.parametrize(
    "text",
    [
        # words with digits that spell no listed word
        "The B52 flew over 10km of 5G masts in 2024.",
        "Sch0lzberg is a village; Sch0lz1 is a code.",
        # a handle, an address, a path, an identifier
        "Write to sch0lz@example.com or follow @Sch0lz and /users/Sch0lz today.",
        "Set user_Sch0lz and Sch0lz_id in the config.",
        # the right letters in the wrong case are not the name's
        "The file SCh0LZ was renamed.",
    ],
)
def test_other_words_with_digits_are_left_alone(text: str) -> None:
    assert NormalizeNames(["Olaf Scholz"])(text) == text


def test_fuzzy_off_reads_no_digits() -> None:
    # fuzzy=False keeps aliases, case, spacing and diacritics only
    text = "Chancellor 0laf Scholz spoke."
    assert NormalizeNames(["Olaf Scholz"], fuzzy=False)(text) == text
