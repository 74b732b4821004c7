"""StripBoilerplate: blocks of related headlines under a read-more heading, and widgets of
several lines (bookmarks, video errors, ratings, share buttons). Examples written for these
tests."""

from __future__ import annotations

import pytest

from cleantext.passes import StripBoilerplate

STRIP = StripBoilerplate()
BEFORE = "The harbour authority said dredging of the main channel would start in May."
AFTER = "Ferries will keep running on a reduced timetable until the work is done."
ENDING = "The work is expected to cost about 12 million pounds."


def _between(block: str) -> str:
    return f"Harbour dredging to start\n\n{BEFORE}\n\n{block}\n\n{AFTER}\n\n{ENDING}\n"


CLEANED = f"Harbour dredging to start\n\n{BEFORE}\n\n{AFTER}\n\n{ENDING}\n"

# A read-more heading and headlines in one paragraph: the whole block goes.
HEADLINE_BLOCKS = [
    "Related Stories\nCouncil votes to close two libraries\nBus fares to rise in April",
    "Related Reading\nHow to claim a refund for a cancelled train\nThe best budget e-bikes",
    "Most Read\n1. Why mortgage rates are falling again\n2. Inside the race to build "
    "smaller reactors\n3. What the new parking rules mean for you",
    "Trending Now\nStorm warning: What you need to know\nCity weather: Frost expected tonight",
    "You may also like\nThe secret tunnels under the old town\nCan bees really recognise faces?",
    "Top Stories\nLocal team promoted after final-day win\nU.S. Open draw: key dates",
    "Read more\nHarbour fees frozen for a third year",
    "Related Stories:\nCouncil votes to close two libraries\nBus fares to rise in April",
    # a heading "More on ..." that the library knows only over headlines
    "More on sailing\nYoung crew wins coastal race in record time\nRegatta dates: full calendar",
]


@pytest.mark.parametrize("block", HEADLINE_BLOCKS)
def test_headline_block_between_paragraphs_goes(block: str) -> None:
    assert STRIP(_between(block)) == CLEANED


def test_headline_block_at_the_end_goes() -> None:
    text = f"Harbour dredging to start\n\n{BEFORE}\n\n{AFTER}\n\nRelated Stories\n"
    text += "Council votes to close two libraries\nBus fares to rise in April\n"
    assert STRIP(text) == f"Harbour dredging to start\n\n{BEFORE}\n\n{AFTER}\n"


def test_headline_block_edits_name_the_heading() -> None:
    edits = STRIP.propose(_between(HEADLINE_BLOCKS[0]))
    assert [e.rule for e in edits] == ["boilerplate/read-more"] * 3
    assert "headline" in edits[1].note


# A line after the heading that is prose keeps the block's lines: the heading may be the
# article's own, or the lines a wrapped paragraph.
KEPT_BLOCKS = [
    # sentences of the article's own list
    "Top Stories\n1. The council approved the budget on Monday.\n2. The mayor resigned.",
    # a wrapped paragraph of prose: its lines end in a word and a period
    "Related Stories\nThe council said the plan would cost more than it had expected and\n"
    "that the vote would be held again next year.",
    # one line of prose among headlines
    "Related Stories\nCouncil votes to close two libraries\nThe council voted on Monday.",
    # a sentence in sentence case with an article and a verb in the past
    "Related Stories\nCouncil votes to close two libraries\nThe mayor dismissed the concerns",
    # a line that opens in lower case goes on a sentence
    "Related Stories\nCouncil votes to close two libraries\nand the bus fares rise in April",
]


@pytest.mark.parametrize("block", KEPT_BLOCKS)
def test_block_with_prose_keeps_its_lines(block: str) -> None:
    out = STRIP(_between(block))
    for line in block.splitlines()[1:]:
        assert line in out


# Headings that are content: they and their lines stay.
UNCHANGED = [
    # a heading the library does not know, over the article's own list of sentences
    f"{BEFORE}\n\nTop stories of the year\n1. The council closed two libraries.\n"
    f"2. Bus fares rose in April.\n\n{AFTER}\n",
    # the same heading over short items: no read-more heading
    f"{BEFORE}\n\nTop stories of the year\nLibrary closures\nBus fares\n\n{AFTER}\n",
    # "More on this later" as a sentence, with prose after it
    f"{BEFORE}\n\nMore on this later.\nThe council meets again on Tuesday.\n\n{AFTER}\n",
    f"{BEFORE}\n\nMore on this later\nThe council will meet again on Tuesday to vote.\n\n{AFTER}\n",
    # "More on" a topic over an article's own paragraph
    f"{BEFORE}\n\nMore on sailing\nThe club runs courses for beginners every weekend.\n\n{AFTER}\n",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_content_headings_stay(text: str) -> None:
    assert STRIP(text) == text


def test_headline_block_first_in_the_text_keeps_its_lines() -> None:
    # the first lines are the title: a page of headlines is no furniture of an article
    text = f"Most Read\nWhy mortgage rates are falling again\n\n{BEFORE}\n"
    assert "Why mortgage rates are falling again" in STRIP(text)


def test_headline_block_is_idempotent() -> None:
    for block in HEADLINE_BLOCKS + KEPT_BLOCKS:
        once = STRIP(_between(block))
        assert STRIP(once) == once


# Headings and lines about newsletters that are no call to action: "subscribers" is a
# noun, no request to subscribe.
NEWSLETTER_CONTENT = [
    "Newsletter subscribers asked; we answered",
    "Our newsletter subscribers had questions",
    "Your newsletter subscribers deserve better",
]


@pytest.mark.parametrize("line", NEWSLETTER_CONTENT)
def test_newsletter_subscribers_heading_stays(line: str) -> None:
    text = f"{line}\n\n{BEFORE}\n\n{AFTER}\n\n{line}\n\n{ENDING}\n"
    assert STRIP(text) == text


def test_newsletter_calls_to_action_still_go() -> None:
    for line in ("Subscribe to our newsletter", "Join 40,000 newsletter subscribers today"):
        assert STRIP.classify(line) is not None, line


# Widgets that recur across sites, written as general entries: (line, family).
WIDGET_LINES = [
    # paywall prompts with a price
    ("Subscribe for $2 a week to keep reading", "continue-reading"),
    (
        "Subscribe for just 99p a month to continue reading award-winning journalism.",
        "continue-reading",
    ),
    # bookmark widgets
    ("Story Saved", "share-follow"),
    ("Article saved", "share-follow"),
    ("You can find this article in My Bookmarks.", "share-follow"),
    ("You can find this story in your saved articles", "share-follow"),
    ("Or by navigating to the user icon in the top right corner.", "share-follow"),
    # tip lines with an address and a phone number
    ("Got a story? Email us at news@harbourpost.co.uk or call 01632 960123", "newsletter"),
    ("Have a tip? Contact us at tips@example.org.", "newsletter"),
    # live coverage in the app
    ("Follow our live coverage of the election on the app.", "app-promo"),
    ("Follow live coverage of every match in our app", "app-promo"),
    ("Get live updates on the Harbour Post app", "app-promo"),
    # alert sign-ups
    ("Sign up for breaking news and weather alerts", "newsletter"),
    ("Sign up for breaking news, weather and traffic alerts", "newsletter"),
    ("Sign up to get severe weather alerts", "newsletter"),
    # a video player's error
    ("We apologize, but this video has failed to load.", "media-widget"),
    ("Sorry, this video failed to load", "media-widget"),
    ("Try refreshing your browser, or tap here to see other videos from our team.", "media-widget"),
    ("Try refreshing the page, or click here to watch other videos from our team", "media-widget"),
    # image credits with institutions in brackets
    (
        "Credit: ESO, NASA, K. Adams (University of Leeds) and R. Okafor (IAC/University of "
        "La Laguna, CSIC)",
        "photo-credit",
    ),
    ("Image credit: NASA/JPL-Caltech/M. Brown (Caltech)", "photo-credit"),
]


@pytest.mark.parametrize(("line", "family"), WIDGET_LINES)
def test_widget_line_is_boilerplate(line: str, family: str) -> None:
    match = STRIP.classify(line)
    assert match is not None and match.family == family, match


@pytest.mark.parametrize(("line", "family"), WIDGET_LINES)
def test_widget_line_between_paragraphs_goes(line: str, family: str) -> None:
    assert STRIP(_between(line)) == CLEANED


# Prose that reads like the widgets above stays.
WIDGET_PROSE = [
    "Subscribers pay $2 a week to keep reading, the company said in its annual report.",
    "She said the video had failed to load on most phones during the launch.",
    "You can find this story in the archive of the county library, which opens at nine.",
    "Credit: the bank said (on Tuesday) that lending would be cut.",
    "Follow the money, investigators were told during the hearing on Monday.",
    "Residents were told to sign up for flood alerts, the council said.",
]


@pytest.mark.parametrize("line", WIDGET_PROSE)
def test_widget_prose_stays(line: str) -> None:
    assert STRIP.classify(line) is None
    assert STRIP(_between(line)) == _between(line)


# Widgets of several lines in one paragraph, or each line its own paragraph.
WIDGET_BLOCKS = [
    "Story Saved\nYou can find this story in My Bookmarks.\n"
    "Or by navigating to the user icon in the top right.",
    "We apologize, but this video has failed to load.\n"
    "Try refreshing your browser, or tap here to see other videos from our team.",
    "Rate this recipe\n\u2605\u2605\u2605\u2605\u2605",
    "Rate this article\n\u2605\u2605\u2605\u2606\u2606",
    "Share this:\n\nFacebook\n\nX\n\nEmail",
    "Share this article\n\nX\n\nWhatsApp",
]


@pytest.mark.parametrize("block", WIDGET_BLOCKS)
def test_widget_block_goes(block: str) -> None:
    assert STRIP(_between(block)) == CLEANED


# A review's rating in stars and a chapter's number "X" are the text's own.
KEPT_MARKS = [
    f"Dune: Part Two\n\u2605\u2605\u2605\u2605\u2606\n\n{BEFORE}\n\n{AFTER}\n",
    f"{BEFORE}\n\n\u2605\u2605\u2605\u2605\u2606\n\n{AFTER}\n",
    f"{BEFORE}\n\nX\n\n{AFTER}\n",
    f"{BEFORE}\n\nIX\n\n{AFTER}\n\nX\n\n{ENDING}\n",
]


@pytest.mark.parametrize("text", KEPT_MARKS)
def test_ratings_and_numerals_stay(text: str) -> None:
    assert STRIP(text) == text


def test_loading_inside_a_sentence_goes() -> None:
    text = (
        "Rail line beats forecasts\n\n"
        "The operator said demand had exceeded expectations, especially at\nLoading\n"
        "Harbour Park station on Sundays.\n\nThe line opened in May.\n"
    )
    assert STRIP(text) == (
        "Rail line beats forecasts\n\n"
        "The operator said demand had exceeded expectations, especially at "
        "Harbour Park station on Sundays.\n\nThe line opened in May.\n"
    )


def test_loading_alone_between_paragraphs_goes() -> None:
    assert STRIP(_between("Loading")) == CLEANED


def test_headline_paragraphs_inside_a_sentence_go() -> None:
    # a heading and headlines each in a paragraph of their own, between two halves of
    # one sentence: furniture, all of it
    text = (
        "Rail strike called off\n\n"
        "The union said the new timetable would apply on every line north of\n\n"
        "Story continues below advertisement\n\nTrending Now\n\n"
        "City weather: Frost warning issued\n\n"
        "Harrogate and York.\n\nPassengers welcomed the news.\n"
    )
    assert STRIP(text) == (
        "Rail strike called off\n\n"
        "The union said the new timetable would apply on every line north of "
        "Harrogate and York.\n\nPassengers welcomed the news.\n"
    )


def test_heading_paragraph_over_a_subheading_keeps_it() -> None:
    # after a sentence's end the paragraph under a heading may be the article's own
    text = (
        "Rail strike called off\n\n"
        "The union said the new timetable would apply on every line.\n\n"
        "Trending Now\n\nTimetable changes from May\n\nPassengers welcomed the news.\n"
    )
    assert "Timetable changes from May" in STRIP(text)


def test_newsletter_box_with_its_heading_goes() -> None:
    block = (
        "Get daily Harbour news\n"
        "Get the day's top stories and analysis, delivered to your inbox every morning.\n"
        "Sign up for the Harbour Newsletter"
    )
    assert STRIP(_between(block)) == CLEANED


def test_streaming_promo_goes() -> None:
    assert STRIP(_between("Stream more rugby on Kayo and Stan Sport")) == CLEANED
    assert STRIP.classify("Stream more rugby on Kayo") is not None


def test_reference_headings_keep_their_titles() -> None:
    # "See also" and "Further reading" head a document's own references
    for heading in ("See also", "Further reading"):
        text = f"{BEFORE}\n\n{heading}\nA History of the Harbour\nTides of the North Sea\n"
        assert "A History of the Harbour\nTides of the North Sea" in STRIP(text)
