"""StripBoilerplate on furniture written in the words of each site, which no list of
phrases can hold: a site's promotion of itself (a request to the reader that speaks for
the site, its show, its app or its offer), sponsors and their codes, paywall meters and
members' notes, a company's copyright notice, comment rules, disclosures of advertisers
and owners, stamps in numbers and review stamps, an episode's facts, price tickers,
weather banners, captions with a photo's credit in brackets; and the sentences of news
and of service advice that use the same words. Examples written for these tests."""

from __future__ import annotations

import pytest
from furniture import STRIP, Story, assert_unchanged

from cleantext.passes.boilerplate_library import captioned, library

STORY = Story(
    title="Harbour ferry timetable changes next month",
    before="The ferry operator said on Monday that it would cut two evening sailings from May.",
    after="Commuters have until the end of April to comment on the proposal.",
    ending="The new timetable will be published online next week.",
)
TITLE, BEFORE, AFTER, ENDING = STORY.title, STORY.before, STORY.after, STORY.ending
CLEANED = STORY.cleaned
_between = STORY.between
_unchanged = assert_unchanged


FURNITURE = [
    # a promotion of the site: a request that speaks for the site, its show, app or offer
    ("Get our morning headlines, free app and weekly quiz", "app-promo"),
    ("Get the latest tide times anytime with the Quayside Weather app", "app-promo"),
    ("Never miss an episode. Follow the show on your podcast app.", "app-promo"),
    ("Listen to every episode of Harbour Hour on our app", "app-promo"),
    ("Shop new 2026 Orla hatchback deals near you", "app-promo"),
    ("Check whether your boiler is covered with our free warranty lookup", "app-promo"),
    ("Trade ether with zero fees on Coinquay.", "app-promo"),
    ("Stream Channel 9 Quayside for free on your smart TV", "app-promo"),
    ("Try our daily crossword.", "app-promo"),
    ("Make a donation to The Quayside Courier today.", "newsletter"),
    ("Become a Courier Insider from R45 a month.", "newsletter"),
    ("Upgrade now and hear every bonus episode first.", "newsletter"),
    # sponsors, their codes and offers
    ("This episode is brought to you by Northwind mattresses.", "ad-marker"),
    ("This show is sponsored by Quayside Bank. Use code FERRY for 20% off.", "ad-marker"),
    ("Support for this podcast comes from listeners like you.", "ad-marker"),
    ("Support for KQWY comes from the Harbour Foundation.", "ad-marker"),
    ("Sponsored by Tidewire VPN. Get two months free at tidewire.com/ferry.", "ad-marker"),
    ("Deal: Harbour Racer 2 is 30% off on Steam until Friday", "ad-marker"),
    # paywall meters and members' notes
    ("You have 3 free articles remaining this month. Log in or register for more.",
     "continue-reading"),
    ("Full transcript available for members.", "continue-reading"),
    ("The full interview is available to Courier members only.", "continue-reading"),
    # a company's copyright notice with its terms, comment rules, disclosures
    ("\u00a9 2025 Quayside Media Ltd. All rights reserved. This material may not be "
     "copied or redistributed without written permission.", "cookie-consent"),
    ("Comments are moderated. Please read our house rules before commenting.", "comments"),
    ("Advertiser Disclosure: Some offers on this page come from partners who pay us.",
     "cookie-consent"),
    ("Disclosure: Coinquay News is owned by a group that holds digital assets.",
     "cookie-consent"),
    ("Disclosure: Quayside Reviews is a subsidiary of Northwind Holdings.", "cookie-consent"),
    # tip lines and newsletter taglines
    ("Got a tip? Email the newsroom at tips@quayside.example", "newsletter"),
    ("Daily harbour news, delivered at 7am.", "newsletter"),
    # stamps in numbers, review stamps, an episode's facts, tickers, weather banners
    ("Published 03/02/2025 \u2014 last updated 04/02/2025", "media-widget"),
    ("Updated: 2025/02/04 09:15 JST", "media-widget"),
    ("Last medically reviewed on March 4, 2025", "media-widget"),
    ("Episode 88 \u00b7 41 min \u00b7 March 2, 2025", "media-widget"),
    ("ETH $3,180 \u25b22.1% | BTC $64,002 \u25bc0.4%", "media-widget"),
    ("Weather Alert: Gale Warning in effect until 6 PM", "media-widget"),
    # captions with a photo's credit in brackets
    ("The new ferry terminal at dusk. (Photo: Quay Images / Ann Lee)", "photo-credit"),
    ("A seal on the harbour wall. (Supplied: Harbour Trust)", "photo-credit"),
    ("Photo: Fishing boats in the outer harbour. (Getty Images)", "photo-credit"),
    # skip links over related content
    ("Skip next section Related content", "read-more"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "family"), FURNITURE)
def test_site_furniture_goes(line: str, family: str) -> None:
    match = library().classify(line)
    assert match is not None and match.family == family, line
    assert STRIP(_between(line)) == CLEANED


LOOKALIKES = [
    # service advice and news that open with the same requests
    "Check your tyre pressure before driving.",
    "Get your flu jab for free at any pharmacy.",
    "Try walking for 30 minutes a week.",
    "Find a vaccination centre near you at the council's website.",
    "Donate blood today at the Red Cross centre on Quay Street.",
    "Register to vote now.",
    "Join us at the library on Saturday for a free workshop.",
    "Get tested today, health officials urged.",
    "Download the free form from the council's website.",
    "Become a foster parent today.",
    "Subscribe to the idea of a four-day week.",
    "Follow the money.",
    "Try the free museum on Sundays.",
    "Watch our reporter's video, she said.",
    # the same words in news
    "Support for the bill comes from rural voters.",
    "This episode was brought to you by listeners, she said.",
    "Use code words carefully when writing to the council.",
    "Deal: what the agreement means for farmers",
    "The full report is available to members of the public.",
    "\u00a9 2019 Wire Service. All Rights Reserved. This material may not be redistributed.",
    "Disclosure: Harbour Tech may earn a commission from products featured on this page.",
    "Disclosure: The author owns shares in Northwind.",
    "Read the community guidelines, the moderator said.",
    "Newspapers delivered at 6am were soaked by the rain.",
    "Last updated: 2007-10-14",
    "Episode 88 of the series aired on Sunday.",
    "Weather Alert: what the new warning system means",
    # a bracketed credit or source that is the story's own
    "(Image credit: Harbour Observatory)",
    "The telescope captured the nebula in 2022. (Image credit: NASA)",
    "Prices rose 5% this week. (Source: EIA)",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_news_and_advice_with_the_same_words_stay(line: str) -> None:
    assert library().classify(line) is None, line
    _unchanged(_between(line))


def test_a_caption_is_no_paragraph_of_brackets() -> None:
    assert captioned("A seal on the wall. (Photo: Ann Lee)")
    assert not captioned("A seal (left) on the wall. (Photo: Ann Lee)")
    assert not captioned("x" * 300 + " (Photo: Ann Lee)")


def test_the_screen_passes_every_promotion() -> None:
    screen = library().screen
    assert screen is not None
    for line, _ in FURNITURE:
        assert screen.may_match(line.rstrip(".")), line
