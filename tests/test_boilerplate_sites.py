"""StripBoilerplate on the furniture of more kinds of site: Irish, Hong Kong, Singapore and
Gulf news sites, newsletters, finance desks, the Guardian, trade press, press releases,
government and charity pages, live blogs, local TV weather, obituaries and reviews; the
promotions a scraper leaves inside a paragraph's line; and the lines of prose that look
like them. Examples written for these tests."""

from __future__ import annotations

import dataclasses

import pytest
from furniture import STRIP, Story, assert_unchanged

from cleantext.passes.boilerplate_library import library

STORY = Story(
    title="Harbour dredging to start",
    before="The harbour authority said dredging of the main channel would start in May.",
    after="Ferries will keep running on a reduced timetable until the work is done.",
    ending="The work is expected to cost about 12 million pounds.",
)
TITLE, BEFORE, AFTER, ENDING = STORY.title, STORY.before, STORY.after, STORY.ending
CLEANED = STORY.cleaned
_between = STORY.between
_unchanged = assert_unchanged


# --------------------------------------------------------------------------- precision

# A closing line of prose and a live report's time written as a sentence: the text's own.
PROSE_LINES = [
    "More on that next week.",
    "More on this tomorrow.",
    "More on that later",
    "Updated at 4.52pm.",
    "Updated at 3pm.",
    "Posted at 9.15am.",
    "Follow Harbour Radio on Facebook and Instagram.",
]


@pytest.mark.parametrize("line", PROSE_LINES)
def test_sentences_that_look_like_stamps_and_links_stay(line: str) -> None:
    _unchanged(f"{TITLE}\n\n{BEFORE}\n\n{line}\n\n{AFTER}\n")
    _unchanged(f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n\n{line}\n")
    _unchanged(f"{line}\n\n{BEFORE}\n\n{AFTER}\n")


# The page's own stamps and related links still go.
FURNITURE_LINES = [
    "More on tennis",
    "More on climate change",
    "Updated at 16.52 GMT",
    "Updated at 4.52pm",
    "Updated 3m ago",
    "Updated 2h ago",
    "Updated: 12 March 2025 14:05 GMT",
    "Published: 3 June 2025, 9:12 am.",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_stamps_and_related_links_go(line: str) -> None:
    assert STRIP(_between(line)) == CLEANED


def test_a_stamp_sentence_is_told_by_its_period_and_its_date() -> None:
    lib = library()
    assert lib.classify("Updated at 4.52pm.") is None
    assert lib.classify("Updated at 4.52pm") is not None
    assert lib.classify("Updated 3:15 p.m.") is not None  # the period of "p.m."
    assert lib.classify("Updated 10:32 AM EDT, Tue March 5, 2024.") is not None


# --------------------------------------------------------------------------- new furniture

# Lines of the furniture of sites the library had not seen, one family each; each goes
# between paragraphs of prose.
SITE_LINES = [
    # Irish and Hong Kong sites: push alerts, channels and reader appeals
    "Sign up to push alerts and get the top stories sent straight to your phone",
    "Join The Harbour Times on WhatsApp and stay up to date",
    "Harbour Free Press relies on readers like you. Make a monthly contribution to keep us "
    "independent.",
    "Get HPN's WhatsApp channel updates",
    # Gulf sites' follow lines and a Substack share button
    "Follow Harbour News on Twitter, Instagram, Facebook and Youtube",
    # finance desks
    "Have a confidential tip for our reporters? Get in touch",
    "More stories like this are available on harbourpost.com",
    "Before it's here, it's on the Harbour Terminal LEARN MORE",
    # the Guardian's series line
    "Follow the Harbour Diaries on X at @harbourdiaries, listen to our podcasts here and "
    "sign up to the weekly email here.",
    # GOV.UK
    "The following links open in a new tab",
    "Share on Facebook (opens in new tab)",
    "Report a problem with this page",
    "We use some essential cookies to make this website work. We'd like to set additional "
    "cookies to understand how you use the site. Accept additional cookies Reject "
    "additional cookies",
    # press offices, universities and EurekAlert
    "Media contact: Press Office, press@harbour.example.org",
    "Media enquiries: press office, 0300 555 0100",
    "EurekAlert! is not responsible for the accuracy of news releases posted to EurekAlert! "
    "by contributing institutions.",
    # charities
    "Your donation can buy a week of clean water for a family.",
    # live blogs
    "Please turn on JavaScript. Our live blogs work best with it.",
    # local TV weather
    "Send us your weather photos and videos",
    # obituaries
    "Sign the guest book",
    "To plant a tree in memory of Ann Lee, please visit our Tree Store.",
    "Published by Harbour Gazette on Apr. 2, 2025.",
    "View the obituary and guest book",
    "Read more obituaries",
    # reviews
    "To support our journalism, order your copy at the bookshop. Delivery charges may apply.",
    # an agency's photo credit after its caption
    "Fishing boats wait at the harbour mouth in Whitby, England, Monday. (AP Photo/Ann Lee)",
    # a menu of a site's pages between bars
    "Support HPN | Ethics Policy | Contact Us | Newsletter | Annual Report | Apps",
]


@pytest.mark.parametrize("line", SITE_LINES)
def test_site_furniture_goes(line: str) -> None:
    assert STRIP(_between(line)) == CLEANED


# Weak lines: they go beside other furniture, or alone between paragraphs of prose.
WEAK_BLOCKS = [
    "Sign the guest book\nSend flowers",
    "Interactive Radar\n\nWeather Alerts\n\nSend us your weather photos and videos",
    "Is this page useful?\nYes\nNo\nReport a problem with this page",
    "Media contacts\npress@harbour.example.org",
    "Legacy.com\n\nView the obituary and guest book",
    "Sign up for our film newsletter\n\nGet the latest reviews and interviews every Friday.",
    "Buy the book",
    "Watch the trailer",
    "Take action",
    "Share Harbour Notes",
    "Dive Insight:\n\nStory continues below",
]


@pytest.mark.parametrize("block", WEAK_BLOCKS)
def test_widget_blocks_go(block: str) -> None:
    assert STRIP(_between(block)) == CLEANED


def test_a_call_to_keep_up_goes_with_its_sign_up() -> None:
    line = "Keep up with the story. Subscribe to the Harbour Weekly newsletter."
    assert STRIP(_between(line)) == CLEANED


def test_a_live_blog_label_goes_with_its_script_notice() -> None:
    notice = "Please turn on JavaScript. Our live blogs work best with it."
    text = f"Live Updates\n\n{notice}\n\n{BEFORE}\n"
    assert STRIP(text) == f"{BEFORE}\n"


def test_a_departments_label_goes_with_its_stamp() -> None:
    text = f"From: Department for Harbours\nPublished 14 March 2025\n\n{BEFORE}\n\n{AFTER}\n"
    assert STRIP(text) == f"{BEFORE}\n\n{AFTER}\n"


def test_a_list_of_topics_at_the_end_goes() -> None:
    text = f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n\nTopics\nDredging\nPort authorities\n"
    assert STRIP(text) == f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n"


# Prose and headings that mention what the furniture mentions: byte-identical.
LOOKALIKES = [
    "Readers who donate can choose which project their money goes to, the charity said.",
    "Your donation pays for itself, he argued, because clean water prevents illness.",
    "Share prices at the port operator fell 4% on Monday.",
    "She shared the photographs with the harbour master, who sent them to the council.",
    "Photographs of the flooded quay were shared widely on social media.",
    "Follow the Leader on Facebook and Instagram",
    "The newsletter, which goes to 4,000 members, published the plan first.",
    "Sign up numbers for the sailing course doubled this year.",
    "The update was published at 9am and revised at noon.",
    "Send flowers to the harbour master's office, the council suggested.",
    "The trailer was shown at the festival on Friday.",
    "Media contacts at the port said the work would start in May.",
    "From: the harbour master's report of 1923",
    "By Ann Lee | Staff Writer | March 5, 2025 | 3 min read",
    "Team | Played | Won | Points",
    "Contact: Tom Reed, (555) 010-0178, treed@harbour.example.org",
    "Weather alerts were issued for the coast on Sunday, the forecaster said.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalikes_stay(line: str) -> None:
    _unchanged(f"{TITLE}\n\n{BEFORE}\n\n{line}\n\n{AFTER}\n\n{ENDING}\n")


def test_a_heading_over_its_section_stays() -> None:
    _unchanged(
        f"{TITLE}\n\n{BEFORE}\n\nShare Prices\n\nShare prices at the port operator fell 4% "
        "on Monday, to their lowest level this year.\n\n{AFTER}\n"
    )


def test_topics_over_prose_stay() -> None:
    _unchanged(f"{TITLE}\n\n{BEFORE}\n\nTopics\nThe council will discuss dredging on Monday.\n")


def test_answers_of_a_question_of_prose_stay() -> None:
    _unchanged(f"{TITLE}\n\nWas the harbour ready?\nYes\nNo\n\n{AFTER}\n")


def test_a_menu_needs_furniture_in_it() -> None:
    lib = library()
    assert lib.classify("Harbour | Ferries | Dredging | Tides | Fishing") is None
    assert lib.classify("About | Ethics Policy | Contact Us | Newsletter | Jobs").kind == "menu"


# --------------------------------------------------------------------------- inside a line

INSIDE = [
    # a tail glued to the last word, which ate the paragraph's final period
    (
        "The dredgers will work through the night and remained on scheduleSubscribe to our "
        "newsletter\n\nThe work ends in May.",
        "The dredgers will work through the night and remained on schedule.\n\n"
        "The work ends in May.",
    ),
    (
        "The first ferry sails at six in the morning from the north quayRelated: Ferry "
        "fares to rise in April\n\nThe work ends in May.",
        "The first ferry sails at six in the morning from the north quay.\n\nThe work ends in May.",
    ),
    (
        "He asked that mourners give to the lifeboat fund insteadSend Flowers\n\n"
        "The work ends in May.",
        "He asked that mourners give to the lifeboat fund instead.\n\nThe work ends in May.",
    ),
    (
        "The channel was last dredged in 2019.Share this:\n\nThe work ends in May.",
        "The channel was last dredged in 2019.\n\nThe work ends in May.",
    ),
    # a piece glued between two sentences, up to the sentence that opens after it
    (
        "The survey covered three harboursImage: Getty Images The results were mixed.",
        "The survey covered three harbours. The results were mixed.",
    ),
    (
        "The crew worked in shifts.Share It took four months.",
        "The crew worked in shifts. It took four months.",
    ),
    # promotions in brackets and between stars inside a sentence
    (
        "Prices at the port have bottomed out [Sign up for our Harbour Business newsletter] "
        "after a long slump.",
        "Prices at the port have bottomed out after a long slump.",
    ),
    (
        "The book draws on logbooks and letters \u2605 Sign up for our books newsletter "
        "\u2605 to show how the port grew.",
        "The book draws on logbooks and letters to show how the port grew.",
    ),
    # a sentence inserted inside another
    (
        "Her father, This article contains affiliate links. who ran the ferry, is the book's hero.",
        "Her father, who ran the ferry, is the book's hero.",
    ),
    # a newsletter's call to action and a photo credit between two sentences
    (
        "The port spent heavily last year. Sign up for the Harbour Daily newsletter. The "
        "fees rose by a third.",
        "The port spent heavily last year. The fees rose by a third.",
    ),
    (
        "Most of the boats were small. Photo: Ann Lee/Harbour Trust Many were fishing boats.",
        "Most of the boats were small. Many were fishing boats.",
    ),
    # markers between sentences with a separator or a play time
    (
        "The fees rose in July. Advertisement \u00b7 Scroll to continue Ferries ran late.",
        "The fees rose in July. Ferries ran late.",
    ),
    (
        "The port said so on Monday. Listen to this article 2:41 The fees rose.",
        "The port said so on Monday. The fees rose.",
    ),
]


@pytest.mark.parametrize(("raw", "cleaned"), INSIDE)
def test_furniture_inside_a_line_goes(raw: str, cleaned: str) -> None:
    assert STRIP(raw) == cleaned
    assert STRIP(cleaned) == cleaned


INSIDE_LOOKALIKES = [
    "Shares in TimeWarner rose after the harbour deal with McCall Shipping",
    "He bought a new iPhone and a MacBook Pro with the prize money.",
    "The harbour master praised the ferry crews.Most of them had worked through the night.",
    'She wrote in the log: "Low tide at 1952. Photo: N. Reay." The log is now lost.',
    "The fees rose. Subscribe, the port urged its customers. Most did.",
    "The U.S. and Canada sent ships. The ships arrived on Monday.",
    "The plan [Share of costs by port] is in the appendix.",
    "See the [Subscribe](https://example.org/subscribe) page for the ferry times.",
    "The survey covered three harboursImage: The results were mixed, the port said.",
    "Download the Harbour app for your phone. Then sign in with your ferry card.",
    "\u00a9 2019 Associated PressAll Rights ReservedThis material may not be published, "
    "broadcast, rewritten, or redistributed.",
    "The fair opened at 12:30 The band played until dark.",
]


@pytest.mark.parametrize("line", INSIDE_LOOKALIKES)
def test_lookalikes_inside_a_line_stay(line: str) -> None:
    _unchanged(f"{line}\n\n{AFTER}\n")


# --------------------------------------------------------------------------- rejoining


def test_a_clause_after_a_block_joins_at_its_comma() -> None:
    raw = (
        f"{TITLE}\n\nShe is paid, on average, about eleven pence per word\n\n"
        "This article is more than 2 years old\n\n, and receives no royalties.\n"
    )
    assert STRIP(raw) == (
        f"{TITLE}\n\nShe is paid, on average, about eleven pence per word, and receives no "
        "royalties.\n"
    )


def test_the_space_kept_between_two_sentences_joins_them() -> None:
    raw = f"{TITLE}\n\n{BEFORE} \nSubscribe now\n{AFTER}\n\n{ENDING}\n"
    assert STRIP(raw) == f"{TITLE}\n\n{BEFORE} {AFTER}\n\n{ENDING}\n"
    raw = f"{TITLE}\n\n{BEFORE}\n\nSign up to our newsletter\n\n {AFTER}\n"
    assert STRIP(raw) == f"{TITLE}\n\n{BEFORE} {AFTER}\n"
    raw = f"{TITLE}\n\n{BEFORE} \nLoading...\n{AFTER}\n"
    assert STRIP(raw) == f"{TITLE}\n\n{BEFORE} {AFTER}\n"


def test_a_text_whose_lines_all_end_in_a_space_keeps_its_breaks() -> None:
    raw = f"{TITLE} \n\n{BEFORE} \n\nSubscribe now\n\n{AFTER} \n\n{ENDING} \n"
    assert STRIP(raw) == f"{TITLE} \n\n{BEFORE} \n\n{AFTER} \n\n{ENDING} \n"


# --------------------------------------------------------------------------- cost


def test_a_text_without_signs_is_not_read_closer() -> None:
    from cleantext.passes import boilerplate_inside

    text = f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n\nShares in TimeWarner rose.\n"
    assert boilerplate_inside.signs(text, library()) == {}


def test_the_inside_rules_follow_the_inline_option() -> None:
    raw = (
        "The dredgers worked through the night and remained on scheduleSubscribe to our newsletter"
    )
    assert dataclasses.replace(STRIP, inline=False)(raw) == raw
    assert dataclasses.replace(STRIP, inline=True)(raw).endswith("schedule.")
