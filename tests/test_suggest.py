"""suggest_names: cluster the spellings of capitalised names and write a list to review."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from cleantext.cli import main
from cleantext.namelist import NameEntry, load_names, parse_names_toml
from cleantext.suggest import NameCluster, suggest_names, suggestions_toml, write_suggestions

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

CORPUS = [
    "Arthur Mensch founded Mistral AI in Paris. Mensch said the company would grow.",
    "Mistral AI, led by Arthur Mensch, raised money. Later Mensch met investors.",
    "Arthur Mensh spoke at the summit. Mr Mensch said open models matter.",
    "DeepSeek released a model. Deepseek's rival OpenAI answered; Open AI said little.",
    "OpenAI and DeepSeek compete. Sam Altman of OpenAI spoke; Altman smiled.",
    "Sam Altman met Arthur Mensch in March. In March, prices rose.",
]


def clusters() -> dict[str, NameCluster]:
    return {c.canonical: c for c in suggest_names(CORPUS)}


def test_most_frequent_spelling_is_canonical() -> None:
    got = clusters()
    mensch = got["Arthur Mensch"]
    assert dict(mensch.variants)["Arthur Mensch"] == 3
    assert "Arthur Mensh" in dict(mensch.variants)
    # lone surnames fold into the one full name they end
    assert "Mensch" in dict(mensch.variants)
    assert "Mensch" not in got


def test_case_and_spacing_share_a_fingerprint() -> None:
    got = clusters()
    assert dict(got["OpenAI"].variants) == {"OpenAI": 3, "Open AI": 1}
    assert dict(got["DeepSeek"].variants) == {"DeepSeek": 2, "Deepseek": 1}


def test_words_months_and_openers_are_not_names() -> None:
    got = clusters()
    assert "March" not in got
    assert "In March" not in got
    assert "Later Mensch" not in got
    assert all(not c.canonical.startswith("Mr ") for c in got.values())


def test_short_names_find_their_neighbours() -> None:
    texts = ["Zhou spoke.", "Mr Zhou spoke.", "Mr Zohu spoke.", "Ms Zhao left."]
    got = {c.canonical: c for c in suggest_names(texts, min_count=1)}
    assert dict(got["Zhou"].variants) == {"Zhou": 2, "Zohu": 1}
    assert "Zhao" in got  # a consonant or vowel apart is not enough for four letters
    # a surname of its own ("Zhuo") is another name, not a slip of Zhou
    texts = ["Zhou spoke.", "Mr Zhou spoke.", "Mr Zhuo spoke."]
    assert "Zhuo" in {c.canonical for c in suggest_names(texts, min_count=1)}


def test_different_people_are_not_merged() -> None:
    texts = ["Sean Brannagh and Shaun Brannagh.", "Sean met Shaun.", "Sean and Shaun."]
    names = [c.canonical for c in suggest_names(texts, min_count=1)]
    assert "Sean" in names and "Shaun" in names
    texts = ["Robson and Robinson.", "Robson, Robinson."]
    names = [c.canonical for c in suggest_names(texts, min_count=1)]
    assert "Robson" in names and "Robinson" in names


def test_two_known_surnames_or_two_frequent_spellings_are_two_names() -> None:
    # two surnames of the bundled list: "Johnston" is no misspelling of "Johnson"
    texts = ["Johnson spoke.", "Mr Johnson left.", "Johnson won.", "Mr Johnston said so."]
    names = [c.canonical for c in suggest_names(texts, min_count=1)]
    assert "Johnson" in names and "Johnston" in names
    # spellings written three times or more each: two names, not a misspelling
    texts = ["MPs voted.", "MEPs voted."] * 3 + ["MPs met."] * 20
    names = [c.canonical for c in suggest_names(texts, min_count=1)]
    assert "MPs" in names and "MEPs" in names
    # a rare spelling still joins its name, and a long name keeps its transliteration
    texts = ["Zorbaxa said.", "Zorbaxa won."] * 5 + ["Zorbexa left."]
    assert dict(suggest_names(texts)[0].variants) == {"Zorbaxa": 10, "Zorbexa": 1}
    texts = ["Tolvarskenergas sold."] * 12 + ["Tolvarskenergaz sold."] * 4
    assert dict(suggest_names(texts)[0].variants) == {"Tolvarskenergas": 12, "Tolvarskenergaz": 4}


def test_a_word_of_longer_names_weighs_as_often_as_the_corpus_writes_it() -> None:
    # "Jonathan" alone once, but in "Jonathan Whitner" often: the canonical, not an alias
    texts = ["Jonathan Whitner won.", "Jonathan Whitner ran."] * 3 + [
        "Jonathan ran.",
        "Jonatan ran.",
    ]
    got = {c.canonical: c for c in suggest_names(texts, min_count=1)}
    assert got["Jonathan"].variants[0] == ("Jonathan", 1) and "Jonatan" not in got
    # two spellings each written often in longer names are two names
    texts = ["Oliver Brask spoke.", "Ines Olivier spoke."] * 3 + [
        "Oliver left.",
        "Olivier left.",
    ]
    for cluster in suggest_names(texts, min_count=1):
        spellings = {s for s, _ in cluster.variants}
        assert not {"Oliver", "Olivier"} <= spellings


def test_the_pronoun_ends_no_name() -> None:
    texts = ['Rates rose. "Overall I think so," he said.', 'Sales fell. "Overall I see a risk."']
    assert suggest_names(texts, min_count=1) == []


def test_a_compound_with_a_lower_case_tail_is_no_name() -> None:
    texts = [
        "The Port Tolvane-based Norvane grew.",
        "Nadia Okeke-style shows sold. Nadia Okeke sang.",
        "An Oscar-winning film. No-one came. X-ray tests. Spider-Man won.",
    ]
    got = {c.canonical: c.count for c in suggest_names(texts, min_count=1)}
    assert got == {"Nadia Okeke": 2, "Norvane": 1, "Spider-Man": 1}


def test_min_count() -> None:
    assert "Mistral AI" in [c.canonical for c in suggest_names(CORPUS)]
    assert "Mistral AI" not in [c.canonical for c in suggest_names(CORPUS, min_count=3)]
    assert all(c.count >= 3 for c in suggest_names(CORPUS, min_count=3))


def test_toml_reads_back(tmp_path: Path) -> None:
    found = suggest_names(CORPUS)
    path = tmp_path / "names.toml"
    write_suggestions(found, path)
    loaded = {e.canonical: e for e in load_names(path)}
    assert loaded["Arthur Mensch"] == NameEntry("Arthur Mensch", aliases=("Arthur Mensh",))
    assert loaded["OpenAI"].aliases == ("Open AI",)
    text = path.read_text(encoding="utf-8")
    assert "review before use" in text
    assert "# 3 mentions: DeepSeek (2), Deepseek (1)" in text
    assert "aliases =" not in suggestions_toml(found, aliases=False)
    assert "become aliases" not in suggestions_toml(found, aliases=False)  # its header says so


def test_a_list_that_cannot_be_written_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "names.toml"
    path.write_text("# reviewed by hand\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_suggestions([NameCluster((("Ann \ud800 Lee", 3),))], path)  # a lone surrogate
    assert path.read_text(encoding="utf-8") == "# reviewed by hand\n"
    assert [p.name for p in tmp_path.iterdir()] == ["names.toml"]


@pytest.mark.parametrize(
    ("key", "value"), [("min_count", 0), ("max_tokens", 0), ("min_count", "2")]
)
def test_counts_below_one_are_refused(key: str, value: object) -> None:
    from cleantext.errors import InputError

    with pytest.raises(InputError, match=f"{key} must be a whole number of 1 or more"):
        suggest_names(CORPUS, **{key: value})  # type: ignore[arg-type]


def test_the_command_refuses_counts_below_one(capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("--max-tokens", "--min-count"):
        with pytest.raises(SystemExit) as info:
            main(["suggest-names", option, "0", "corpus.txt"])
        assert info.value.code == 2
        assert "a whole number of 1 or more" in capsys.readouterr().err


def test_empty_corpus() -> None:
    assert suggest_names([]) == []
    assert suggest_names(["", "no capitals here"]) == []


def test_a_tie_goes_to_the_fuller_spelling() -> None:
    # a plain spelling is what a scraper makes of the accented one, never the other way
    for texts in (["Erdogan spoke.", "Erdoğan spoke."], ["Erdoğan spoke.", "Erdogan spoke."]):
        assert [c.variants for c in suggest_names(texts, min_count=1)] == [
            (("Erdoğan", 1), ("Erdogan", 1))
        ]
    texts = ["Anne Laure Dupont spoke.", "Anne-Laure Dupont spoke."]
    assert suggest_names(texts, min_count=1)[0].canonical == "Anne-Laure Dupont"
    texts = ["Mr LEFEVRE spoke.", "Mr Lefevre spoke.", "Mr Lefèvre spoke."]
    assert suggest_names(texts, min_count=1)[0].canonical == "Lefèvre"
    # a hyphen and an accent together beat either alone
    texts = ["Mr Jean-Loïc Ruiz spoke.", "Mr Jean Loïc Ruiz spoke.", "Mr Jean-Loic Ruiz spoke."]
    assert suggest_names(texts, min_count=1)[0].canonical == "Jean-Loïc Ruiz"
    # the count still comes first
    texts = ["Erdogan spoke.", "Erdogan left.", "Erdoğan spoke."]
    assert suggest_names(texts, min_count=1)[0].variants == (("Erdogan", 2), ("Erdoğan", 1))


def test_a_plain_spelling_that_wins_over_a_fuller_one_is_flagged() -> None:
    # as an alias, "Thomas Müller" would lose its marks across the corpus
    texts = ["Thomas Muller scored."] * 3 + ["Thomas Müller scored."] * 2
    text = suggestions_toml(suggest_names(texts))
    assert "NOTE 'Thomas Müller' writes marks that 'Thomas Muller' lacks" in text
    assert "NOTE" not in suggestions_toml(suggest_names(texts[:3] + texts[3:] * 2))


def test_one_string_is_no_corpus() -> None:
    with pytest.raises(TypeError, match="list of texts"):
        suggest_names("Arthur Mensch spoke. Arthur Mensch left.")
    with pytest.raises(TypeError, match="list of texts"):
        suggest_names(b"Arthur Mensch spoke.")  # type: ignore[arg-type]


def test_comments_with_control_characters_stay_valid_toml() -> None:
    clusters = [
        NameCluster((("Deep\x07Seek", 5), ("Deep\x00Seek", 2), ("Deep\x1bSeek\x7f", 1))),
        NameCluster((("Open\tAI", 3), ("Open\x0cAI\u2028x", 2), ("Open\rAI\x85", 1))),
    ]
    text = suggestions_toml(clusters)
    data = tomllib.loads(text)
    assert [t["canonical"] for t in data["names"]] == ["Deep\x07Seek", "Open AI"]
    assert parse_names_toml(text)[0].aliases == ("Deep\x00Seek", "Deep\x1bSeek\x7f")


def test_command_refuses_to_overwrite_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("\n".join(CORPUS), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for output in ("keep.txt", "./keep.txt", str(keep)):
        assert main(["suggest-names", "--raw", "keep.txt", "-o", output]) == 2
        err = capsys.readouterr().err
        assert "cleantext: error:" in err and output in err and "input" in err
        assert keep.read_text(encoding="utf-8") == "\n".join(CORPUS)
    assert main(["suggest-names", "--raw", "keep.txt", "-o", "names.toml"]) == 0
    assert 'canonical = "Arthur Mensch"' in (tmp_path / "names.toml").read_text(encoding="utf-8")


def test_command_reads_jsonl_on_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = "".join(json.dumps({"text": t}) + "\n" for t in CORPUS).encode()
    (tmp_path / "corpus.jsonl").write_bytes(records)
    monkeypatch.chdir(tmp_path)
    assert main(["suggest-names", "--raw", "corpus.jsonl"]) == 0
    from_file = capsys.readouterr().out
    assert 'canonical = "Arthur Mensch"' in from_file
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records)))
    assert main(["suggest-names", "--raw", "--jsonl", "-"]) == 0
    assert capsys.readouterr().out == from_file
