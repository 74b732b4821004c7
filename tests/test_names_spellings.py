"""NormalizeNames on the other spellings of one name that translation and transcription
write: a given name spelt another way before the exact surname ("Mateo" for Matteo), both
words of a full name respelt ("Markus Feldman" for Marcus Feldmann), a surname one letter
short after the exact given name ("Marchbank" for Marchbanks), and a surname of one word
written as two ("Gebre Medhin" for Gebremedhin).

Fixtures are written for these tests (invented sentences about invented people). Each
shape has its must-not-change cases: other people and look-alikes stay byte-identical.
"""

from __future__ import annotations

import pytest

from cleantext.passes import NormalizeNames


def _fixed(names: list[str], raw: str, expected: str) -> None:
    fix = NormalizeNames(names)
    assert fix(raw) == expected
    assert fix(expected) == expected  # a second run changes nothing


def _stays(names: list[str], text: str, **options: object) -> None:
    assert NormalizeNames(names, **options)(text) == text  # type: ignore[arg-type]


# ------------------------------------------------ 1. a given name spelt another way


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        # a letter doubled or not, even where the spelling is a name of its own
        (
            ["Matteo Corradini"],
            "Italy's Mateo Corradini reached the final in Rome.",
            "Italy's Matteo Corradini reached the final in Rome.",
        ),
        (
            ["Finn Halloran"],
            "Fin Halloran has cancelled the rest of his tour.",
            "Finn Halloran has cancelled the rest of his tour.",
        ),
        (
            ["Phillip Ambrose"],
            "The minister, Philip Ambrose, resigned on Friday.",
            "The minister, Phillip Ambrose, resigned on Friday.",
        ),
        # C for K, F for Ph, T for Th, J for an opening X
        (
            ["Markus Ellwanger"],
            "Chief executive Marcus Ellwanger said sales rose.",
            "Chief executive Markus Ellwanger said sales rose.",
        ),
        (
            ["Stephan Kolbeck"],
            "Stefan Kolbeck will lead the new unit.",
            "Stephan Kolbeck will lead the new unit.",
        ),
        (
            ["Ximena Arellano"],
            "Jimena Arellano held her first meeting with the unions.",
            "Ximena Arellano held her first meeting with the unions.",
        ),
        # X for Ks, as transliteration writes it
        (
            ["Aleksandra Volkhova"],
            "Centre Alexandra Volkhova scored 20 points.",
            "Centre Aleksandra Volkhova scored 20 points.",
        ),
    ],
)
def test_a_given_name_spelt_another_way_before_the_exact_surname(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # two spellings in one sentence are two people
        (["Carla Bonetti"], "Carla Bonetti met Karla Bonetti in Turin."),
        # another form of the name is another person's ("his sister Martina")
        (["Martin Okonjo"], "His sister Martina Okonjo runs the farm."),
        (["Jean Lavoisier"], "His wife Jeanne Lavoisier spoke first."),
        # after another capitalised word that does not introduce it
        (["Mateo Grassi"], "The Banca Matteo Grassi building was sold."),
        # a word in lower case is no name
        (["Finn Halloran"], "The fin Halloran saw was a shark's."),
        # a text that writes the listed name and a spelling of its own chose both
        (
            ["Viktor Lasarev"],
            'Viktor Lasarev defected in 1985. "Victor Lasarev was wrung dry," he said.',
        ),
    ],
)
def test_another_persons_given_name_stays(names: list[str], text: str) -> None:
    _stays(names, text)


def test_a_given_name_spelt_another_way_is_not_read_without_fuzzy_matching() -> None:
    _stays(["Matteo Corradini"], "Mateo Corradini reached the final.", fuzzy=False)


# ------------------------------------------------ 2. both words of a full name respelt


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Marcus Feldmann"],
            "Markus Feldman, the founder of the start-up, said so. Feldman added more.",
            "Marcus Feldmann, the founder of the start-up, said so. Feldmann added more.",
        ),
        # the given name one letter off, the surname without its diacritics
        (
            ["Fatoumata Diabaté"],
            "President Fatumata Diabate received the minister.",
            "President Fatoumata Diabaté received the minister.",
        ),
    ],
)
def test_a_full_name_respelt_in_both_words(names: list[str], raw: str, expected: str) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # the text writes the listed name: the other spelling is another person
        (
            ["Marcus Feldmann"],
            "Marcus Feldmann spoke first. Markus Feldman, an analyst, said the target was bold.",
        ),
        # another given name of its own, however near
        (["Mario Feldmann"], "Maria Feldman, an analyst, said the target was bold."),
        # a given name too short to be one letter off
        (["Omar Diabaté"], "Omer Diabate received the minister."),
        # the surname further off than a respelling
        (["Marcus Feldmann"], "Markus Feldberg, an analyst, said the target was bold."),
    ],
)
def test_a_name_respelt_in_both_words_that_may_be_another_persons_stays(
    names: list[str], text: str
) -> None:
    _stays(names, text)


# ------------------------------------------------ 3. a surname one letter short


def test_a_surname_without_its_final_s_after_the_exact_given_name() -> None:
    _fixed(
        ["Lottie Marchbanks"],
        "Lottie Marchbank has announced a tour. Marchbakns said the shows would be loud.",
        "Lottie Marchbanks has announced a tour. Marchbanks said the shows would be loud.",
    )


def test_a_plural_of_a_listed_name_stays() -> None:
    _stays(["Tony Blair"], "It was the age of the Tony Blairs of this world.")


def test_the_singular_of_a_listed_body_stays() -> None:
    # "Lib" is a word, no given name: "Lib Dem leader" is the adjective of Lib Dems
    _stays(["Lib Dems"], "The Lib Dem leader spoke on Monday.")


# ------------------------------------------------ 4. a surname of one word written as two


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Yohannes Gebremedhin"],
            "Yohannes Gebremedhin opened a plant. Gebre Medhin said more would come.",
            "Yohannes Gebremedhin opened a plant. Gebremedhin said more would come.",
        ),
        (
            ["Tom McDonald"],
            "Tom McDonald spoke first. Mc Donald said the deal was done.",
            "Tom McDonald spoke first. McDonald said the deal was done.",
        ),
        (
            ["Yohannes Gebremedhin"],
            "Yohannes Gebremedhin spoke. The crowd chanted GEBRE MEDHIN.",
            "Yohannes Gebremedhin spoke. The crowd chanted GEBREMEDHIN.",
        ),
    ],
)
def test_a_surname_written_as_two_words(names: list[str], raw: str, expected: str) -> None:
    _fixed(names, raw, expected)


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # never anchored: no one to name
        (["Yohannes Gebremedhin"], "Gebre Medhin said more would come."),
        # two English words are no surname ("New Man" beside Newmanly)
        (["Tom Newmanly"], "Tom Newmanly spoke. New Man is the name of the band."),
        # inside a longer name
        (["Yohannes Gebremedhin"], "Yohannes Gebremedhin spoke. Gebre Medhin Street is closed."),
        # a short surname is read whole only
        (["Tom DeLuca"], "Tom DeLuca spoke. De Luca is another family."),
    ],
)
def test_two_words_that_may_be_no_surname_stay(names: list[str], text: str) -> None:
    _stays(names, text)


def test_a_body_written_twice_in_one_sentence_is_one_body() -> None:
    # a headline in capitals run into its story: a well-known body has no namesake
    _fixed(
        ["Deutsche Telekom"],
        "DEUTSCHE TELECOM RAISES GUIDANCE — Deutsche Telekom lifted its forecast.",
        "DEUTSCHE TELEKOM RAISES GUIDANCE — Deutsche Telekom lifted its forecast.",
    )
