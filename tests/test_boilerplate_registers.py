"""StripBoilerplate on the furniture of more registers: messaging-app channels of Indian,
African and Asian dailies, comment and opinion disclaimers, advice disclaimers of finance,
crypto and health pages, newsletters (forwarding, sponsors, upgrades), video embeds and
audio players, live pages that have ended, corrections and contact desks, tickets,
streaming and booking widgets, a science page's citation; and the sentences of news that
use the same words. Examples written for these tests."""

from __future__ import annotations

import pytest
from furniture import STRIP, Story, assert_unchanged

from cleantext.passes.boilerplate_library import PatternUnion, library

STORY = Story(
    title="Council approves new bus depot",
    before="The city council voted on Tuesday to build a bus depot on the old gasworks site.",
    after="Construction is due to start next spring and take about two years.",
    ending="The depot will house up to 120 electric buses.",
)
TITLE, BEFORE, AFTER, ENDING = STORY.title, STORY.before, STORY.after, STORY.ending
CLEANED = STORY.cleaned
_between = STORY.between
_at_end = STORY.at_end
_unchanged = assert_unchanged


FURNITURE = [
    # messaging-app channels and aggregators
    ("Follow our Telegram channel for breaking business news.", "share-follow"),
    ("Get the latest match updates on our WhatsApp channel", "share-follow"),
    ("Stay informed, follow us on Google News", "share-follow"),
    ("For the latest headlines, follow us on WhatsApp", "share-follow"),
    ("Subscribe to our WhatsApp channel for daily market updates", "newsletter"),
    # disclaimers of comments and opinion columns
    ("Comments posted on this site are the sole responsibility of their writers.", "comments"),
    ("Disclaimer: Readers' comments do not necessarily reflect the views of the Tribune.",
     "comments"),
    ("The views expressed in this column are those of the author and do not necessarily "
     "reflect those of the Herald.", "cookie-consent"),
    ("Opinions expressed are the writer's own and not necessarily those of the site.",
     "cookie-consent"),
    # advice disclaimers of money, crypto and health pages
    ("This article is provided for informational purposes only and does not constitute "
     "financial advice.", "cookie-consent"),
    ("Nothing in this newsletter is intended as investment advice.", "cookie-consent"),
    ("Not investment advice. Do your own research.", "cookie-consent"),
    ("The information on this site is for educational purposes only.", "cookie-consent"),
    ("Cryptocurrencies are highly volatile and you could lose all of your investment.",
     "cookie-consent"),
    # contact desks and corrections
    ("For comments, queries or story tips, please email us.", "cookie-consent"),
    ("For advertising and syndication, contact our team.", "cookie-consent"),
    ("Viewer Relations, PO Box 2200, Johannesburg 2000", "cookie-consent"),
    # newsletters
    ("Did someone forward you this email? Subscribe here.", "newsletter"),
    ("Got this from a colleague? Get your own copy.", "newsletter"),
    ("Enjoying today's briefing? Tell a friend.", "newsletter"),
    ("Upgrade to a paid subscription to read every issue.", "newsletter"),
    ("Forward this newsletter to someone who would enjoy it.", "newsletter"),
    # players and live pages
    ("Click to play video: 'Floodwaters rise in Brisbane suburbs'", "media-widget"),
    ("Estimated reading time 4 min", "media-widget"),
    ("Listening time 6:30", "media-widget"),
    ("This live blog has now closed.", "media-widget"),
    ("We have ended our live coverage for today. Follow the latest updates here.",
     "media-widget"),
    ("Read the latest updates here.", "media-widget"),
    # tickets, streaming and booking widgets
    ("Buy tickets for the Melbourne Cup Carnival", "app-promo"),
    ("Stream every match of the Pro Kabaddi League live and on demand.", "app-promo"),
    ("Watch highlights on SuperSport", "app-promo"),
    ("Find hotels in Cape Town", "app-promo"),
    ("Compare hotel prices in Kyoto from our partners", "app-promo"),
    # affiliate notes and their pointers
    ("Motor Digest may earn a portion of sales from products bought through this page.",
     "cookie-consent"),
    ("We may receive a fee through links to retailers on this page.", "cookie-consent"),
    ("Please read our disclosure policy for more information.", "cookie-consent"),
    # sponsors, pictures, science pages
    ("Today's issue is brought to you by Harbour Bank", "ad-marker"),
    ("Cover photo: Commuters at Shibuya crossing in Tokyo. - AFP", "photo-credit"),
    ("Citation: Bees learn faster in groups (2024, May 2) retrieved 3 May 2024 from "
     "https://science.example/news/bees.html", "cookie-consent"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "family"), FURNITURE)
def test_register_furniture_goes(line: str, family: str) -> None:
    match = library().classify(line)
    assert match is not None and match.family == family, match
    assert STRIP(_between(line)) == CLEANED
    assert STRIP(_at_end(line)) == CLEANED


# Sentences of news that use the same words: they stay byte for byte.
LOOKALIKES = [
    "Comments made by the minister do not reflect government policy, his office said.",
    "The views of residents were not taken into account, campaigners claim.",
    "The regulator said the app gave investment advice without a licence.",
    "The course is for educational purposes, the university told students.",
    "Cryptocurrencies are volatile, the central bank warned on Monday.",
    "For feedback on the plans, residents can attend a meeting at the town hall.",
    "Get tickets early, the club urged supporters.",
    "Agents may earn a commission of up to 5% on each sale.",
    "The broker may receive a fee from both sides of the deal.",
    "Enjoying the sunshine, families packed the beaches on Sunday.",
    "The live coverage of the trial has been criticised by the judge.",
    "Stay calm on the roads, police urged drivers.",
    "Together with its partners, the club will open a new academy.",
    "Main image credit: Getty",
    "Book your stay early, the tourism board advised visitors to the festival.",
    "Watch every second of it, the coach told his players.",
    "Upgrade to the new line was completed in March, the operator said.",
    "Forward planning is essential, the report concluded.",
    # an author's note closes an opinion piece: it disowns nothing for the site
    "The views expressed here are her own.",
    "The views expressed in this article are the author's own.",
    "Sofia Brandt is a privacy researcher based in Berlin. The views expressed here are her own.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_news_sentences_with_the_same_words_stay(line: str) -> None:
    _unchanged(_between(line))
    _unchanged(_at_end(line))


def test_a_sponsor_label_goes_beside_other_furniture_only() -> None:
    # weak, as the other sponsor labels: alone between paragraphs it may be a subhead
    assert library().classify("Together with Harbour Bank").weak
    raw = _between("Together with Harbour Bank\n\nADVERTISEMENT")
    assert STRIP(raw) == CLEANED


def test_the_pattern_union_tries_only_the_patterns_a_line_can_open() -> None:
    import regex

    patterns = (
        regex.compile("ad(?:vert)?", regex.I),
        regex.compile("(?-i:X)y", regex.I),
        regex.compile("(?:the )?live (?:blog|page) has ended", regex.I),
    )
    union = PatternUnion(patterns)
    assert [union.first(s) for s in ("AD", "Xy", "xy", "The live blog has ended", "Liver")] == [
        0,
        1,
        None,
        2,
        None,
    ]
    lib = library()
    for line in ("Not financial advice", "This live blog has now closed", "Advertisement"):
        expected = next((i for i, (p, _) in enumerate(lib.patterns) if p.fullmatch(line)), None)
        assert lib.pattern_union is not None and lib.pattern_union.first(line) == expected


def test_the_pattern_union_compiles_an_alternation_only_for_the_openings_it_meets() -> None:
    lib = library(extra=("re:deal of the week.*",))  # a library of its own, built now
    union = lib.pattern_union
    assert union is not None and union.by_members == {}  # none compiled before a line needs it
    hit = lib.classify("Deal of the week: kettles")
    assert hit is not None and hit.entry == "re:deal of the week.*"
    assert len(union.by_members) == 1  # the alternation of the patterns that open "Dea"
    assert union.by_members.keys() == {members for _, members in union.by_prefix.values()}


def test_the_patterns_of_an_opening_are_those_of_its_first_character_that_open_it() -> None:
    # the patterns of a new opening are looked for among those of its first character:
    # the same as trying every pattern of the library on it
    union = library().pattern_union
    assert union is not None
    lines = (
        "Advertisement \u00b7 Scroll to continue",
        "Not financial advice",
        "This live blog has now closed",
        "(Reporting by Jan Lee; Editing by Ann Wu)",
        "\u00a9 2024 Reuters",
        "\u201cWe will appeal,\u201d she said.",
        "12 comments",
        "Shares fell 3% on Monday.",
        "\u00c9tienne Dupont/AFP via Getty Images",
    )
    openings = {""} | {
        line[i : i + n] for line in lines for i in range(len(line)) for n in (1, 2, 3)
    }
    for opening in sorted(openings):
        every = tuple(i for i, p in enumerate(union.patterns) if p.fullmatch(opening, partial=True))
        assert union._kept(opening)[1] == every, opening
    assert len(union.by_first) < len(openings)  # one look a first character, not an opening


def test_a_set_of_patterns_that_cannot_join_one_alternation_is_tried_one_by_one() -> None:
    import regex

    # alone (verbose) the bracket is a comment; in an alternation it opens a group
    commented = regex.compile("ad(?:vert)? # an ad (", regex.I | regex.X)
    union = PatternUnion((commented, regex.compile("a.* deal", regex.I)))
    assert union.alternation((0, 1)) is None
    assert [union.first(s) for s in ("Advert", "A good deal", "Adverts")] == [0, 1, None]
    assert union.may_open("Adv") and not union.may_open("Zz")


# ------------------------------------------------------------ furniture between sentences

P1 = "Fares will rise by 4% in April."
P2 = "The operator blamed higher energy costs."


@pytest.mark.parametrize(
    "piece",
    [
        "Share Copy link",  # before an article
        "Download our app for live traffic alerts",  # an open rest, before "The"
        "This article contains affiliate links.",  # a sentence of its own
        "Enjoying this newsletter? Upgrade to Pro for full access.",  # two of their own
        "Watch highlights on SuperSport",  # the longest name before a sentence
        "LIVE SCORES",  # a weak label in capitals
        "Credit: Unsplash/CC0 Public Domain",
    ],
)
def test_furniture_between_two_sentences_goes(piece: str) -> None:
    line = f"{P1} {piece} {P2}"
    assert STRIP(f"{TITLE}\n\n{line}\n\n{AFTER}\n") == f"{TITLE}\n\n{P1} {P2}\n\n{AFTER}\n"


def test_furniture_after_the_last_sentence_goes() -> None:
    line = f"{P1} {P2} Follow our WhatsApp channel for the latest news"
    assert STRIP(f"{TITLE}\n\n{line}\n\n{AFTER}\n") == f"{TITLE}\n\n{P1} {P2}\n\n{AFTER}\n"


@pytest.mark.parametrize(
    "line",
    [
        # a word of furniture opening a sentence of prose
        f"{P1} Share prices fell on the news. {P2}",
        f"{P1} Download speeds doubled last year. {P2}",
        f"{P1} Watch parties were held across the city. {P2}",
        f"{P1} Book sales rose by a third, publishers said. {P2}",
        # a teaser's headline may run into the story: kept, as the line rules keep it
        f"{P1} Read more: Fares rise again The operator blamed costs. {P2}",
        # a label alone, an ad marker (the inline rules' to judge), a quotation
        f"{P1} RELATED: Ferry firm fined over fares None were hurt. {P2}",
        f"{P1} Sponsored Products ads appear in search results, the firm said.",
        f'{P1} "Share this article. Tell your friends," the mayor joked. {P2}',
        # a numbered clause of a document
        "8. Newsletters. Newsletters are sent weekly.",
        # a step of a how-to, an invitation of prose: sentences with their period
        f"{P1} Download the Harbour Transit app for your phone. {P2}",
        f"{P1} Watch every goal here. {P2}",
        # a release's own contacts inside its prose, and a picture's credit by a person at
        # the end of a recipe (found on held-out clean text)
        f"{P1} Media contact: Jo Okonkwo, VP Communications, jo@veltrix.com, 555-0142. {P2}",
        "Serves four. From 'Plain Cooking' (Harbour Press, 2019), pp. 40-41. Photograph by "
        "Ann Lovejoy.",
    ],
)
def test_prose_between_sentences_stays(line: str) -> None:
    _unchanged(f"{TITLE}\n\n{line}\n\n{AFTER}\n")
