"""NormalizeNames on shapes of names: other people inside a listed name, places named
after a one-word name, initials in a full name, a spelling written throughout.

Fixtures are written for these tests (invented sentences about real-world-style names).
"""

from __future__ import annotations

import pytest

from cleantext.passes import NormalizeNames


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # the listed surname wholly inside a longer one, after the same short given name
        (["Li Qiang"], "The former vice-premier Li Keqiang toured Anhui. Li spoke there."),
        (["Wang Yi"], "Trade talks were led by Wang Yiming, and Wang said little."),
        (["Ma Kai"], "The economist Ma Kaiwen wrote it. Ma Kai did not reply."),
        (["Anna Berg"], "The singer Anna Bergman performed. Anna Berg watched."),
        # and the other way round: the listed surname holds the one written
        (["Li Keqiang"], "Premier Li Qiang toured Anhui. Li spoke there."),
        # a lone surname that holds the anchored one is another person's too
        (["Li Qiang"], "Li Qiang arrived first. Keqiang, his predecessor, had left."),
    ],
)
def test_a_listed_surname_inside_a_longer_one_is_another_person(
    names: list[str], text: str
) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands camped at Black Rock City this week.",
        "Rain turned the Black Rock Desert into mud on Sunday.",
        "The Black Rock County sheriff said the road was closed.",
        "Hikers crossed Black Rock Canyon before dawn.",
    ],
)
def test_a_one_word_name_spaced_before_a_place_word_is_a_place(text: str) -> None:
    assert NormalizeNames(["BlackRock"])(text) == text


def test_a_one_word_name_spaced_before_a_common_word_is_still_fixed() -> None:
    fix = NormalizeNames(["BlackRock"])
    assert fix("Shares of Black Rock fell on Monday.") == "Shares of BlackRock fell on Monday."


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["George W. Bush"],
            "George W. Bsuh toured a ranch in Texas. Bsuh said he would return.",
            "George W. Bush toured a ranch in Texas. Bush said he would return.",
        ),
        (
            ["Samuel L. Jackson"],
            "Samuel L. Jakson will host the gala. Jakson's films were shown.",
            "Samuel L. Jackson will host the gala. Jackson's films were shown.",
        ),
        (
            ["George R.R. Martin"],
            "George R.R. Matrin signed books. Fans said Matrin was late.",
            "George R.R. Martin signed books. Fans said Martin was late.",
        ),
        (
            ["J.R.R. Tolkien"],
            "A letter by J.R.R. Tolkein was sold. Tolkein wrote it in 1950.",
            "A letter by J.R.R. Tolkien was sold. Tolkien wrote it in 1950.",
        ),
        (
            ["J.K. Rowling"],
            "The author J. K. Rowlng spoke. Rowlng said the book was done.",
            "The author J. K. Rowling spoke. Rowling said the book was done.",
        ),
    ],
)
def test_initials_in_a_listed_full_name_anchor_the_person(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # other initials: another person (the father, not the son)
        (["George W. Bush"], "George H.W. Bosh was president. Bosh said so."),
        (["Samuel L. Jackson"], "Samuel J. Jakson wrote in. Jakson said so."),
        (["J.K. Rowling"], "A report by J.P. Rowlng was filed. Rowlng said so."),
    ],
)
def test_other_initials_are_another_person(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


def test_a_garbled_surname_after_the_listed_given_name_is_no_spelling_of_its_own() -> None:
    # written four times (once in a headline in capitals) and never the listed way, but
    # after the exact given name and no word, surname or place: the person, garbled
    names = ["Helga Tormund", "Nordvik Energy"]
    raw = (
        "HELGA TORMAND BACKS NEW WIND FARMS. Nordvik Energy chair Helga Tormand said on "
        'Monday the plan was on track. "We are ready," Tormand said. Tormand\'s board agreed.'
    )
    assert NormalizeNames(names)(raw) == raw.replace("TORMAND", "TORMUND").replace(
        "Tormand", "Tormund"
    )


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a known surname written throughout after the given name: another person
        (["Ravi Hynes"], "Ravi Hines spoke. Hines said so. Hines smiled, and Hines left."),
        # an English word: the document's own
        (["Ravi Hynes"], "Ravi Hymns spoke. Hymns said so. Hymns smiled, and Hymns left."),
    ],
)
def test_a_spelling_of_its_own_after_the_given_name_stays(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Moon Jae-in"],
            "Former president Moon Jae In met the delegation in Seoul.",
            "Former president Moon Jae-in met the delegation in Seoul.",
        ),
        (
            ["Park Ji-yeon"],
            "The striker Park Ji Yeon scored twice.",
            "The striker Park Ji-yeon scored twice.",
        ),
    ],
)
def test_a_hyphen_lost_to_a_space_before_a_capital_is_the_name(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # a lower-case word after the given name is a word of the sentence
        (["Moon Jae-in"], "The summit with Moon Jae in Seoul was brief."),
        # another capitalised part: another person
        (["Park Ji-yeon"], "The striker Park Ji Hoon scored twice."),
    ],
)
def test_a_spaced_hyphenated_name_that_reads_otherwise_stays(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Satya Nadella"],
            "Satya Nadella will visit Lyon. NadeIla is expected to speak.",
            "Satya Nadella will visit Lyon. Nadella is expected to speak.",
        ),
        (
            ["Priya Kellman"],
            "The chief executive, Priya KeIlman, said sales rose.",
            "The chief executive, Priya Kellman, said sales rose.",
        ),
    ],
)
def test_a_capital_i_read_for_a_small_l_is_the_name(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_a_capital_i_inside_another_spelling_stays_two_words() -> None:
    text = "Satya Nadella spoke. NadeIna and NadaIla were there."
    assert NormalizeNames(["Satya Nadella"])(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Gabriel García Márquez"],
            "Gabriel García Márquez wrote it in 1967. Garcia Marquez said so.",
            "Gabriel García Márquez wrote it in 1967. García Márquez said so.",
        ),
        (
            ["Andrés Manuel López Obrador"],
            "Andrés Manuel López Obrador spoke. Later Lopez Obrador's aides left.",
            "Andrés Manuel López Obrador spoke. Later López Obrador's aides left.",
        ),
    ],
)
def test_a_two_word_surname_gets_its_marks_back(names: list[str], raw: str, expected: str) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_a_two_word_surname_with_marks_of_its_own_keeps_them() -> None:
    # no mark is taken away, and another word before the surname is another name
    text = "Gabriel García Márquez wrote it. Garcìa Marquez and Lopez Marquez met."
    out = NormalizeNames(["Gabriel García Márquez"])(text)
    assert "Garcìa" in out and "Lopez Marquez" in out


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Khalid al-Mansouri"],
            "Minister Khalid el-Mansouri arrived. El-Mansouri said talks went well.",
            "Minister Khalid al-Mansouri arrived. Al-Mansouri said talks went well.",
        ),
        (
            ["Amr el-Tayeb"],
            "Amr el-Tayeb spoke first. Later al-Tayeb left.",
            "Amr el-Tayeb spoke first. Later el-Tayeb left.",
        ),
    ],
)
def test_the_arabic_article_is_written_as_listed(names: list[str], raw: str, expected: str) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_the_arabic_article_before_another_name_stays() -> None:
    text = "Khalid al-Mansouri arrived. El-Masri and al-Masri were there."
    assert NormalizeNames(["Khalid al-Mansouri"])(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Rahul Gandhi"],
            "Opposition leader Rahul Ghandi spoke in Delhi. Ghandi said the vote was unfair.",
            "Opposition leader Rahul Gandhi spoke in Delhi. Gandhi said the vote was unfair.",
        ),
        (
            ["Rahul Gandhi"],
            "Rahul Gandhi spoke in Delhi. Ghandi said the vote was unfair.",
            "Rahul Gandhi spoke in Delhi. Gandhi said the vote was unfair.",
        ),
        (
            ["Sidharth Malhotra"],
            "The actor Sidharth Mahlotra arrived late.",
            "The actor Sidharth Malhotra arrived late.",
        ),
    ],
)
def test_an_h_written_in_the_wrong_place_is_the_name(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_an_h_moved_in_a_short_or_another_name_stays() -> None:
    text = "Rahul Gandhi spoke. Rahul Handi and Rahul Gandi were there too."
    out = NormalizeNames(["Rahul Gandhi"])(text)
    assert "Rahul Handi" in out


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Xbox"],
            "Microsoft raised the price of its X Box consoles this year.",
            "Microsoft raised the price of its Xbox consoles this year.",
        ),
        (
            ["Cybertruck"],
            "Musk said the Cyber Truck would get a cheaper version.",
            "Musk said the Cybertruck would get a cheaper version.",
        ),
    ],
)
def test_a_one_word_name_split_where_a_half_is_no_word_is_the_name(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # two words of their own: a headline or a phrase, unless the text writes the name
        (["Coldplay"], "Fans queued to see Cold Play perform at the festival."),
        (["Newcastle"], "The New Castle opened to visitors on Sunday."),
        # in a headline with no lower-case word beside it
        (["Cybertruck"], "Cyber Truck Recall"),
    ],
)
def test_a_one_word_name_split_in_two_words_stays(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Procter & Gamble"],
            "Proctor & Gamble said on Friday that it would raise prices.",
            "Procter & Gamble said on Friday that it would raise prices.",
        ),
        (
            ["Holland & Barrett"],
            "Shares in Hollund & Barrett rose after the sale.",
            "Shares in Holland & Barrett rose after the sale.",
        ),
    ],
)
def test_a_surname_with_a_vowel_respelt_in_a_firm_of_surnames_is_the_firm(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # another consonant: another surname, another firm
        (["Johnson & Johnson"], "Johnston & Johnson is a law firm in Leeds."),
        # an English word of its own
        (["Procter & Gamble"], "The Doctor & Gamble sketch was cut."),
    ],
)
def test_another_surname_in_a_firm_of_surnames_stays(names: list[str], text: str) -> None:
    assert NormalizeNames(names)(text) == text


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Gabriel García Márquez"],
            "A first edition by Gabriel García Marquéz was sold.",
            "A first edition by Gabriel García Márquez was sold.",
        ),
        (
            ["Pedro Sánchez"],
            "Pedro Sánchez spoke first. Later Pedro Sanchéz left.",
            "Pedro Sánchez spoke first. Later Pedro Sánchez left.",
        ),
    ],
)
def test_a_mark_written_on_another_letter_is_a_slip(
    names: list[str], raw: str, expected: str
) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_a_mark_of_its_own_is_still_never_taken_away() -> None:
    text = "Pedro Sánchez spoke. Pedro Sãnchéz left."
    out = NormalizeNames(["Pedro Sánchez"])(text)
    assert "Sãnchéz" in out


@pytest.mark.parametrize(
    ("names", "raw", "expected"),
    [
        (
            ["Bernard Arnault"],
            "LVMH chairman Bemard Amault spoke in Paris. Amault said taxes would rise.",
            "LVMH chairman Bernard Arnault spoke in Paris. Arnault said taxes would rise.",
        ),
        (
            ["Bernard Arnault"],
            "Bernard Arnault spoke in Paris. Later Amault said taxes would rise.",
            "Bernard Arnault spoke in Paris. Later Arnault said taxes would rise.",
        ),
    ],
)
def test_rn_read_as_m_by_a_scanner_is_the_name(names: list[str], raw: str, expected: str) -> None:
    assert NormalizeNames(names)(raw) == expected


def test_an_m_that_reads_as_no_listed_name_stays() -> None:
    text = "Bernard Arnault spoke. Bemard Smith and Amaul were there."
    assert NormalizeNames(["Bernard Arnault"])(text) == text
