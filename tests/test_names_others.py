"""NormalizeNames beside other people and things that look like a listed name: a second
person of the same given name in the sentence that names the listed one, a place or a
building named before its noun, a person's surname near a listed body's one-word name, a
word of the bundled list of organisations near a listed body's last word.

Fixtures are written for these tests (invented sentences about real-world-style names).
Each family has its must-not-change cases (look-alikes stay byte-identical) and the fixes
that must still hold beside them.
"""

from __future__ import annotations

import pytest

from cleantext.passes import NormalizeNames


def _fixed(names: list[str], raw: str, expected: str) -> None:
    fix = NormalizeNames(names)
    assert fix(raw) == expected
    assert fix(expected) == expected  # a second run changes nothing


def _stays(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


# ------------------------------------------- 1. two people of one given name, one sentence

CASTELLANI = ["Lorenzo Castellani"]


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # the sentence writes the listed name: the near one is another person, and so is
        # his surname alone later
        (
            CASTELLANI,
            "Lorenzo Castellani beat his cousin Lorenzo Castelani in the final on Sunday. "
            "Castelani, 22, had won the junior title.",
        ),
        # the other person first
        (
            CASTELLANI,
            "Lorenzo Castelani, 22, beat his cousin Lorenzo Castellani in the final on Sunday.",
        ),
        # the period of a title ends no sentence
        (CASTELLANI, "Lorenzo Castellani met Dr. Lorenzo Castelani at the clinic."),
        # a letter more and a mark less: no diacritics restored either
        (
            ["Tomás Villarreal"],
            "Tomás Villarreal welcomed the signing of the midfielder Tomás Villareal on "
            "Friday. Villareal, 20, joins from Porto.",
        ),
    ],
)
def test_a_near_full_name_in_the_sentence_of_the_listed_one_is_another_person(
    names: list[str], text: str
) -> None:
    _stays(names, text)


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        # in another sentence, the same given name before a near surname is the listed
        # person garbled, as before
        (
            CASTELLANI,
            "Lorenzo Castellani won on Sunday. Later, Lorenzo Castelani said he was tired; "
            "Castelani thanked fans.",
            "Lorenzo Castellani won on Sunday. Later, Lorenzo Castellani said he was tired; "
            "Castellani thanked fans.",
        ),
        (
            CASTELLANI,
            "Lorenzo Castelani won. Castelani said he was tired.",
            "Lorenzo Castellani won. Castellani said he was tired.",
        ),
        (
            ["Tomás Villarreal"],
            "Tomás Villarreal welcomed the signing on Friday.\n"
            "Tomás Villareal said the club was ready.",
            "Tomás Villarreal welcomed the signing on Friday.\n"
            "Tomás Villarreal said the club was ready.",
        ),
        (
            ["Arthur Mensch"],
            "Arthur Mensch founded the firm. Arthur Mnesch said Mnesch would stay.",
            "Arthur Mensch founded the firm. Arthur Mensch said Mensch would stay.",
        ),
    ],
)
def test_a_near_full_name_in_another_sentence_is_still_fixed(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


def test_the_near_full_name_in_one_sentence_is_suggested_as_two_people() -> None:
    text = "Lorenzo Castellani beat his cousin Lorenzo Castelani on Sunday."
    (suggestion,) = NormalizeNames(CASTELLANI).suggest(text)
    assert text[suggestion.start : suggestion.end] == "Castelani"
    assert "the sentence also writes 'Lorenzo Castellani': two people" in suggestion.note


# ------------------------------------------- 2. a place named before its noun


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # the surname and one more letter, or one letter off, before the noun
        (["Kiran Rangaswamy"], "Kiran Rangaswamy prayed at the Rangaswamya temple on Friday."),
        (["Leila Haddadi"], "Leila Haddadi visited the Haddadia mosque in Tunis."),
        (["Kofi Asantewa"], "Kofi Asantewa opened the Asantewaa hall in Kumasi."),
        (["Ana Okonjo"], "Ana Okonjo walked down Okonja street on Friday."),
        (["Tomas Lindqvist"], "Tomas Lindqvist played at the Lindqvista school as a boy."),
        (["Marco Castellan"], "Marco Castellan crossed the Castellano bridge on foot."),
        (["Wanjiru Kamau"], "Wanjiru Kamau spoke at the Kamao stadium in Nyeri."),
    ],
)
def test_a_word_before_a_noun_of_buildings_names_the_place(names: list[str], text: str) -> None:
    _stays(names, text)


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Kiran Gopalakrishna"],
            "Kiran Gopalakrishna spoke on Friday. Gopalakrishan said the hospital would open.",
            "Kiran Gopalakrishna spoke on Friday. Gopalakrishna said the hospital would open.",
        ),
        (
            ["Wanjiru Kamau"],
            "Wanjiru Kamau spoke at the stadium. Kamua said she would serve.",
            "Wanjiru Kamau spoke at the stadium. Kamau said she would serve.",
        ),
    ],
)
def test_a_lone_surname_before_other_words_is_still_fixed(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


# ------------------------------------------- 3. a person's surname beside a listed body


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a title and a given name, then the body's name one letter off: a person
        (
            ["Novartis"],
            "Novartis shares rose on Monday. The trial was led by Prof Maria Novartes of "
            "the University of Basel. Novartes said the results were strong.",
        ),
        # an initial
        (["Novartis"], "Novartis shares rose on Monday. The trial was led by Dr M. Novartes."),
        # a given name alone
        (["Siemens"], "Siemens won the contract. Engineer Karl Siemans, 54, led the bid."),
    ],
)
def test_a_body_never_takes_a_persons_surname(names: list[str], text: str) -> None:
    _stays(names, text)


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Novartis"],
            "Novartis shares rose on Monday. Novratis said the results were strong.",
            "Novartis shares rose on Monday. Novartis said the results were strong.",
        ),
        (
            ["Novartis"],
            "Novartis shares rose on Monday. Analysts at Novartes said the drug worked.",
            "Novartis shares rose on Monday. Analysts at Novartis said the drug worked.",
        ),
        (
            ["Siemens"],
            "Siemens won the contract. Siemans said the bid was strong.",
            "Siemens won the contract. Siemens said the bid was strong.",
        ),
        # a one-word name that is a person's surname keeps its given names
        (
            ["Mallory"],
            "Striker Owen Mallry may move, Mallry said.",
            "Striker Owen Mallory may move, Mallory said.",
        ),
    ],
)
def test_a_bodys_name_misspelt_is_still_fixed(names: list[str], raw: str, expected: str) -> None:
    _fixed(names, raw, expected)


# ------------------------------------------- 4. the last word of a body, a body of its own


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a well-known body of the bundled list is no lone surname of a listed one
        (
            ["Société Générale"],
            "Société Générale and the Italian insurer Generali signed the deal in Paris.",
        ),
        (["Kwame Mensah"], "Kwame Mensah spoke on Monday. He joined Mensa last year."),
        # a listed body's last word makes no lone-surname match: a person of that name
        (
            ["Société Générale"],
            "Société Générale cut its forecast on Monday. Mr Generali, a trader, disagreed.",
        ),
        (["Goldman Sachs"], "Goldman Sachs advised the buyer. Sachse said the deal was fair."),
    ],
)
def test_a_body_of_its_own_is_no_lone_surname(names: list[str], text: str) -> None:
    _stays(names, text)


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        # a spelling that the full name wrote is the person's, even a body's name
        (
            ["Rod Liddle"],
            "Rod Lidl wrote the column. Lidl said he stood by it.",
            "Rod Liddle wrote the column. Liddle said he stood by it.",
        ),
        # the first word of a listed body, alone, as before
        (
            ["Tottenham Hotspur"],
            "Tottenham Hotspur won again. Tottenam fans sang.",
            "Tottenham Hotspur won again. Tottenham fans sang.",
        ),
    ],
)
def test_names_beside_bodies_are_still_fixed(names: list[str], raw: str, expected: str) -> None:
    _fixed(names, raw, expected)


def test_a_lone_surname_vouches_for_none_of_its_own_words() -> None:
    # "Lampel" at the end becomes Lample; that does not make "Lample Guillaume" written:
    # the "Lampel" before "Guillaume" was the only one, and stays (a second run agrees)
    names = ["Guillaume Lample"]
    raw = "Lample said so. Lampel Guillaume spoke. Lampel "
    _fixed(names, raw, "Lample said so. Lampel Guillaume spoke. Lample ")


# ------------------------------------------- 5. a name of its own, written as such
# A syllable of a Korean or Chinese given name replaced by another, a surname written with
# the listed one's marks that is a surname of its own, a Japanese surname written as
# another, two consonants replaced by no slip of the finger: another person's name.


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a hyphenated Korean given name whose second part opens with another sound,
        # before the exact surname
        (["Ha-eun Ryu"], "Ha-jin Ryu, a Korean designer, opened the show in Milan."),
        # a pinyin given name with a whole syllable replaced (initial and final both)
        (["Gao Xiaoming"], "Gao Xiaolong, the pianist, played Chopin. Gao bowed twice."),
        (["Xiaoming Gao"], "Xiaolong Gao, the pianist, played Chopin on Sunday."),
        # and so alone, where the listed person is anchored
        (["Gao Xiaoming"], "Gao Xiaoming met the press. Later, Xiaolong said no."),
        # a surname of its own, written with the listed one's marks
        (
            ["Jens Nørgaard"],
            "The striker Jens Nørregaard scored twice. Nørregaard, 27, joined in May.",
        ),
        # a Japanese surname written as another one (another kana)
        (["Daisuke Hamada"], "Daisuke Harada, an analyst at the bank, said sales would rise."),
        # two consonants replaced, one by no slip of the finger
        (
            ["Irina Kalestova"],
            "Soprano Irina Kabesnova won the prize. Kabesnova sang Tosca.",
        ),
    ],
)
def test_a_name_of_its_own_stays(names: list[str], text: str) -> None:
    _stays(names, text)


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        # a letter of one part slipped to the key next to it: the same opening, a slip
        (["Ha-eun Ryu"], "Ha-eum Ryu opened the show.", "Ha-eun Ryu opened the show."),
        # a letter dropped inside a syllable, or one part of a syllable respelt
        (["Gao Xiaoming"], "Gao Xiaomng played.", "Gao Xiaoming played."),
        (["Gao Xiaoming"], "Gao Xiaomin played.", "Gao Xiaoming played."),
        (["Xi Jinping"], "Xi Jingping spoke.", "Xi Jinping spoke."),
        (
            ["Gao Xiaoming"],
            "Gao Xiaoming met the press. Later, Xiaomng said no.",
            "Gao Xiaoming met the press. Later, Xiaoming said no.",
        ),
        # the marks as listed but no surname of its own: a letter typed twice
        (
            ["Jens Nørgaard"],
            "The striker Jens Nørgaaard scored twice.",
            "The striker Jens Nørgaard scored twice.",
        ),
        # another mark on the same letter is a slip, as before
        (["Dragan Petković"], "Dragan Petkovič scored.", "Dragan Petković scored."),
        # a Japanese surname's letter typed with the key next to it makes no other name
        (["Daisuke Hamada"], "Daisuke Hanada said so.", "Daisuke Hamada said so."),
        # two consonants, each typed with the key next to it: a slip
        (
            ["Irina Kalestova"],
            "Soprano Irina Kakedtova won the prize.",
            "Soprano Irina Kalestova won the prize.",
        ),
        # two consonants replaced where the text spells the surname too
        (
            ["Irina Kalestova"],
            "Soprano Irina Kabesnova won the prize. Kalestova sang Tosca.",
            "Soprano Irina Kalestova won the prize. Kalestova sang Tosca.",
        ),
    ],
)
def test_a_misspelling_of_the_same_shape_is_still_fixed(
    names: list[str], raw: str, expected: str
) -> None:
    _fixed(names, raw, expected)


def test_a_name_of_its_own_is_suggested() -> None:
    text = "Daisuke Harada, an analyst at the bank, said sales would rise."
    fix = NormalizeNames(["Daisuke Hamada"])
    assert fix(text) == text
    (suggestion,) = fix.suggest(text)
    assert (text[suggestion.start : suggestion.end], suggestion.replacement) == ("Harada", "Hamada")


# ------------------------------------------------ held-out decoys: other people and brands


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a brand built the same way, one word of it another English word
        (["PayNest"], "Users confuse PayNest with PayNet, the national payments network."),
        (["LedgerLoop"], "LedgerLoop faces a rival in LedgerLeap, which raised money too."),
        # a listed body is no given name before a surname
        (["Yale"], "Yale replaced its locks. Yael Cohen, a student, said it was overdue."),
        # another woman, whose given name is two edits from the listed one: her surname
        # alone later is hers
        (
            ["Marisol Quintanilla"],
            "Mayor Marisol Quintanilla appointed Marisela Quintana as budget director. "
            "Quintana previously worked at the state comptroller's office.",
        ),
        # a given name of another person, alone later, is his
        (
            ["Oluwaseun Adeyemi"],
            "Justice Oluwaseun Adeyemi heard Adeyemo Okafor, a banker, as a witness. "
            "Adeyemo told the court he had never met the accused.",
        ),
    ],
)
def test_other_people_and_brands_of_held_out_text_stay(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a text that writes the listed name introduces no one by it again as one of many
        (
            ["Dmitri Olenko"],
            "Co-founder Dmitri Olenko began his career writing code. He was interviewed on "
            "Tuesday by Dmitri Olenkov, a reporter for Kommersant.",
        ),
        # found by a precision audit: introduced by a nationality, capitalised
        (["Tim Cook"], "Tim Cook spoke. Tim Cooke, an Irish diplomat, spoke next. Cooke agreed."),
        (
            ["Sam Altman"],
            "OpenAI's Sam Altman spoke. Sam Altmann, a German data scientist, told Der Spiegel "
            "he gets his email. Altmann works in Stuttgart.",
        ),
    ],
)
def test_a_namesake_introduced_as_one_of_many_stays(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        # a slip in a brand's word is still a slip
        (["DeepSeek"], "Analysts rated DeepSeak highly.", "Analysts rated DeepSeek highly."),
        (["LedgerLoop"], "LedgerLopo raised money.", "LedgerLoop raised money."),
        # the listed person garbled, named again with the role he has
        (
            ["Dmitri Olenko"],
            "Dmitri Olenko founded it. Later, said Dmitri Olenkov, the chief executive, it grew.",
            "Dmitri Olenko founded it. Later, said Dmitri Olenko, the chief executive, it grew.",
        ),
    ],
)
def test_slips_beside_those_rules(names: list[str], raw: str, expected: str) -> None:
    assert NormalizeNames(names)(raw) == expected
