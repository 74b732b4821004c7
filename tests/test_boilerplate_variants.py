"""StripBoilerplate on other wordings of the families it knows: ad words glued to the
paragraph that lost its period ("...payoutsAd", "...workingADVERT", "...limit- Advertisement
-"), captions whose credit follows the last sentence or is an agency's photo credit in
brackets, an ad slot and an offer to buy one, a meter's count in the singular, a ban on
copying after a copyright line, comment policies, requests to donate or to get the app,
newsletters' taglines, share panels and page buttons as pages print them; and the
sentences of news that use the same words. Examples written for these tests."""

from __future__ import annotations

import pytest
from furniture import STRIP, Story, assert_unchanged

from cleantext.passes.boilerplate_library import captioned, library

STORY = Story(
    title="Harbour board approves new ferry terminal",
    before="The harbour board voted on Monday to build a ferry terminal at the old pier.",
    after="Work is due to start in the spring and take about eighteen months.",
    ending="The terminal will serve up to 4,000 passengers a day.",
)
CLEANED = STORY.cleaned


FURNITURE = [
    ("Sponsored Ad", "ad-marker"),
    ("Advertising space", "ad-marker"),
    ("Advertise here \u2014 call (592) 555-0184", "ad-marker"),
    ("Advertise with us: sales@example.com | 030 255 4471", "ad-marker"),
    ("Continues below advertisement", "ad-marker"),
    ("Hysbyseb", "ad-marker"),
    ("You have 1 free article remaining this month.", "continue-reading"),
    ("You've reached your monthly limit of free articles.", "continue-reading"),
    ("\u00a9 2025 The Ledger. All rights reserved. Reproduction without permission is "
     "prohibited.", "cookie-consent"),
    ("Copyright \u00a9 2025 Lantern Media. Permission required for reproduction.",
     "cookie-consent"),
    ("Report a typo or error", "cookie-consent"),
    ("Comments are moderated. Comments that are abusive, defamatory or off-topic will be "
     "removed.", "comments"),
    ("Comments are open for this article. Please keep it civil \u2013 read our community "
     "guidelines before posting.", "comments"),
    ("We welcome comments that are civil and on topic.", "comments"),
    ("Conversation (41)", "comments"),
    ("Donate today to support local journalism.", "newsletter"),
    ("Get the Ledger Business Daily brief on email. Subscribe free.", "newsletter"),
    ("Your weekly guide to what's on in Cork. Subscribe for free.", "newsletter"),
    ("Click here to get the Island Gazette app for breaking news alerts.", "app-promo"),
    ("For the latest news, download the Evening Echo app", "app-promo"),
    ("Install the Daily Courier app for faster access", "app-promo"),
    # an app named by "the" with what it brings or where to get it
    ("Download the Valley Voice app for the latest headlines", "app-promo"),
    ("Get the Northern Star app, free on iOS and Android", "app-promo"),
    ("Download the Harbour Post app on your phone.", "app-promo"),
    ("Are you already a subscriber? Log in", "newsletter"),
    # regional pages: labels in Tagalog, Malay and Swahili, and what their widgets print
    ("PATALASTAS", "ad-marker"),
    ("Tangazo", "ad-marker"),
    ("Sponsored webinar: Cold chains after the pandemic", "ad-marker"),
    ("PANOORIN: Baha sa Marikina, umabot sa tuhod", "media-widget"),
    ("TONTON: Jambatan baharu dibuka minggu depan", "media-widget"),
    ("Watch more Harbour Post videos", "media-widget"),
    ("Listen to the Riverside Echo sport podcast on Spotify and Apple Podcasts", "media-widget"),
    ("Soma pia: Bei ya mahindi yapanda sokoni", "read-more"),
    ("Ibahagi ang artikulong ito", "share-follow"),
    ("Follow the Hilltop Herald on Facebook for breaking news", "share-follow"),
    ("Langgan buletin harian kami", "newsletter"),
    ("Get the Lakeside Ledger weekly roundup in your inbox, free", "newsletter"),
    ("Your Friday fix of local football: subscribe to Terrace Talk Weekly", "newsletter"),
    ("(Photo courtesy of the county fire department)", "photo-credit"),
    ("Credit: University press office handout", "photo-credit"),
    ("Larawan mula sa pahina ng barangay", "photo-credit"),
    ("© 2024 جميع الحقوق محفوظة", "cookie-consent"),
    (
        "Valley Community Radio is not responsible for the content of external sites.",
        "cookie-consent",
    ),
    ("Add a comment below", "comments"),
    ("Leave your comments below or email the newsdesk.", "comments"),
    ("Pakua programu ya Pwani Leo", "app-promo"),
    ("Continue in browser", "app-promo"),
    ("Upgrade your Harbour Post account", "continue-reading"),
    # US, UK and South African sites (bp76)
    ("Follow @HarbourSportsDesk for the latest team news", "share-follow"),
    ("Share this item on WhatsApp", "share-follow"),
    ("Photo by KVTR 7 viewer", "photo-credit"),
    ("Photos sent in by our readers", "photo-credit"),
    ("Get the Harbour Post app: the quickest way to stay informed", "app-promo"),
    ("We'd like to send you notifications for breaking news. Allow / Not now", "app-promo"),
    ("Commenting is currently unavailable", "comments"),
    ("Comments are now closed for this story.", "comments"),
    ("Your comment has been submitted and is awaiting moderation.", "comments"),
    ("(Continued on page 6)", "continue-reading"),
    ("Read more on this story: Ferry fares to rise in April", "read-more"),
    # CMS widgets of regional and trade sites (bp78)
    ("Sign in or register to join the conversation", "comments"),
    ("Posting as Guest", "comments"),
    ("Look out for your first newsletter in your inbox soon.", "newsletter"),
    ("Advertisement (2 of 4)", "ad-marker"),
    ("Content by our partners", "ad-marker"),
    ("Get instant alerts for stories like this. Tap the bell icon.", "app-promo"),
    ("Stay in browser", "app-promo"),
    ("You can change this any time in your device settings.", "app-promo"),
    ("This video is private", "media-widget"),
    ("Click to view (12 images)", "media-widget"),
    ("Refresh to see the latest updates", "media-widget"),
    ("[READ MORE] Council approves new cycle lanes", "read-more"),
    (
        "This website and its associated newspaper adhere to the Editors' Code of Practice.",
        "cookie-consent",
    ),
    (
        "Content is for information only and is not a substitute for professional medical "
        "advice.",
        "cookie-consent",
    ),
    ("Switch to the app for a better reading experience", "app-promo"),
    ("Autoplay next video", "media-widget"),
    ("Never miss breaking news \u2013 turn on notifications in the app", "app-promo"),
    ("Read the digital edition in our e-paper app", "app-promo"),
    ("For the best experience, open this article in the app.", "app-promo"),
    ("Our app is now available on Huawei AppGallery", "app-promo"),
    ("App exclusive: puzzles, podcasts and the print edition", "app-promo"),
    ("You've used 4 of your 5 free stories this month.", "continue-reading"),
    ("Keep reading for free \u2014 just register with your email.", "continue-reading"),
    ("Register for free to keep reading", "continue-reading"),
    ("Continued on page 2", "continue-reading"),
    ("Receive our top stories every afternoon. Opt out at any time.", "newsletter"),
    ("Love this story? Get more like it with our Sunday newsletter.", "newsletter"),
    ("We've switched off comments on this article for legal reasons.", "comments"),
    ("To join the conversation, please log in. Don't have an account? Register", "comments"),
    ("All Rights Reserved \u00a9 2024 Gulf Daily Times", "cookie-consent"),
    ("Material from this site may not be reproduced without attribution.", "cookie-consent"),
    ("Reject non-essential", "cookie-consent"),
    ("This is a sponsored article produced for our commercial partner.", "ad-marker"),
    ("Watch the full interview above.", "media-widget"),
    ("Remaining Time -2:47", "media-widget"),
    ("All content copyright \u00a9 The Daily Star. Unauthorised use is prohibited.",
     "cookie-consent"),
    ("Like our Facebook page for more local news", "share-follow"),
    ("Follow the Nation on Telegram", "share-follow"),
    ("Send us your stories on WhatsApp", "share-follow"),
    ("Get alerts on Economy when a new story is published", "share-follow"),
    ("Enable push notifications to receive breaking news alerts.", "app-promo"),
    ("Read The Star on the go with our app", "app-promo"),
    ("Comment policy: Abusive or off-topic posts will be removed.", "comments"),
    ("We welcome thoughtful discussion. Please keep comments civil and on topic.", "comments"),
    ("Found this useful? Pass it on to a friend.", "share-follow"),
    ("Share this story on social media using #BallotBox2025", "share-follow"),
    ("Sign up for Breaking News alerts and get the biggest stories in your inbox as they "
     "happen.", "newsletter"),
    ("Never miss a forecast: get the Sky Watch email every morning.", "newsletter"),
    ("Our free email brings the best of Kiwi sport to your inbox every Monday.", "newsletter"),
    ("Enjoy ad-free reading on the Daily Sentinel app.", "app-promo"),
    ("Add to Home Screen for quick access", "app-promo"),
    ("Adverts help fund our journalism. Please consider disabling your ad blocker.",
     "ad-marker"),
    ("Traffic and weather brought to you by Dalton Family Dentistry", "ad-marker"),
    ("Cover image: author's own", "photo-credit"),
    ("\u00a9 Copyright 2025 Coastal FM Ltd. Registered in England and Wales.",
     "cookie-consent"),
    ("Content on this site is for informational purposes only and is not financial advice.",
     "cookie-consent"),
    ("Public Inspection File", "cookie-consent"),
    ("EEO Public File Report", "cookie-consent"),
    ("Popular on Campus: Tuition hike sparks protests at board meeting", "read-more"),
    ("Previous coverage", "read-more"),
    ("Launch photo gallery", "media-widget"),
    ("Closed captions are available for this video.", "media-widget"),
    ("Read transcript", "media-widget"),
    ("LIVE: Watch the budget speech as it happens", "media-widget"),
    ("Sort by: Newest | Oldest | Most liked", "comments"),
    ("Reply \u00b7 Report \u00b7 3h", "comments"),
    ("Commenting is now closed on this article", "comments"),
    ("Conversation 27", "comments"),
    ("Morning Headlines \u00b7 Delivered weekdays at 6am", "newsletter"),
    ("Sign up for free: Morning Report", "newsletter"),
    ("Reject all \u00b7 Accept all", "cookie-consent"),
    ("IPSO Regulated", "cookie-consent"),
    ("We've updated our Privacy Policy. Learn more \u203a", "cookie-consent"),
    ("Tap to play GIF", "media-widget"),
    ("Audio Player \u00b7 00:00", "media-widget"),
    ("App users tap here to see the graphic", "media-widget"),
    ("Related Topics \u00b7 Economy \u00b7 Agriculture", "read-more"),
    ("Share this with Facebook Messenger WhatsApp Email Copy this link", "share-follow"),
    ("\u2605\u2605\u2605\u2605\u2605 Rated 4.8 on the App Store", "app-promo"),
    ("Better in the app \u2192", "app-promo"),
    ("Listen on the go with the ABC listen app", "app-promo"),
    ("Email newsletter: Get the Evening Update at 6pm every weekday", "newsletter"),
    ("Commenting is not available on this article", "comments"),
    ("Use the app for the best experience \u2192", "app-promo"),
    ("The best way to read the news: get the app", "app-promo"),
    ("Already have the app? Open this story there", "app-promo"),
    ("Stay updated on the go with our mobile app", "app-promo"),
    ("New: Read the paper as it appears in print in our e-edition app", "app-promo"),
    ("Audio version: 5 minutes", "media-widget"),
    ("Top stories: Opposition leader calls for snap election", "read-more"),
    ("This story is free to read \u2014 for now.", "continue-reading"),
    ("To read the rest of this story, subscribe from just \u00a31 a week.", "continue-reading"),
    ("The rest of this article is for paying readers only", "continue-reading"),
    ("This website and its associated newspaper adhere to the Independent Press Standards "
     "Organisation's Editors' Code of Practice", "cookie-consent"),
    ("Connect with us: Facebook \u00b7 Instagram \u00b7 YouTube", "share-follow"),
    ("Try the app", "app-promo"),
    ("Experience the new app \u203a", "app-promo"),
    ("Sign up for the Daily Brief \u203a", "newsletter"),
    ("Your email address will only be used to send you newsletters.", "newsletter"),
    ("Invalid email address. Please try again.", "newsletter"),
    ("\u00a9 Associated Newspapers Ltd", "cookie-consent"),
    ("Copyright \u00a9 Nation Media Group", "cookie-consent"),
    ("This content is only available to paying subscribers", "continue-reading"),
    ("Swipe for next photo", "media-widget"),
    ("Commenting is not available in this section.", "comments"),
    # captions with their credit
    ("Walkers on the path on Saturday. Photo: Gareth Pryce / Eryri News", "photo-credit"),
    ("A trader at a stall in Raub. \u2014 Picture by Lee Chin Hock", "photo-credit"),
    ("Tea pickers at a farm in Kericho County. Photo | File", "photo-credit"),
    ("The president speaks in the Rose Garden. (AP Photo/Evan Vucci)", "photo-credit"),
    # players that cannot play or are loading, notes to the app's readers, a welcome to the
    # comments, the promise about the address, suggestions, and
    # an ask after a short label
    ("Sorry, this clip is not available in your country", "media-widget"),
    ("Podcast player loading\u2026", "media-widget"),
    ("Loading interactive...", "media-widget"),
    ("Full story loading", "continue-reading"),
    ("Mobile users, click here to watch the video.", "app-promo"),
    ("Welcome to the discussion section.", "comments"),
    ("We will not sell or share your personal information with third parties.", "newsletter"),
    ("Suggested reading: The quiet return of the high-street cinema", "read-more"),
    ("Don't miss out: Sign up for our newsletter", "newsletter"),
    ("Stay ahead: get the Echo app, free on iOS and Android", "app-promo"),
    # a player getting ready, the form's own words, a box to tick, a newsletter's name
    # before what it brings, alerts by text, a licence to republish, a report as a file,
    # counts of comments, a credit after a paper's name, a label's arrow
    ("Getting your audio player ready...", "media-widget"),
    ("Already signed up?", "newsletter"),
    ("Your subscription is on its way!", "newsletter"),
    ("I agree to receive marketing emails from the publisher and its partners", "newsletter"),
    ("Evening Wrap: the day's top stories, in your inbox by 5pm", "newsletter"),
    ("Text ALERTS to 51555 for breaking news", "newsletter"),
    ("Republish this story under a Creative Commons licence", "cookie-consent"),
    ("Download the full judgment (PDF)", "read-more"),
    ("View 12 reader comments", "comments"),
    ("Discussion (14)", "comments"),
    ("Reading is better in the app", "app-promo"),
    ("Photo: The Nation/Jane Wambui", "photo-credit"),
    ("Also read \u25ba Matatu operators call off strike", "read-more"),
    # a picture supplied, a banner with its button, what the address is used for, a login
    # to comment, a comment's likes, the home screen, alerts to turn on, a playlist's skip,
    # audio for the story, an autoplay switch
    ("Supplied photo", "photo-credit"),
    ("Our site uses cookies to give you the best experience. Got it", "cookie-consent"),
    ("We'll only use your email to send you our newsletter.", "newsletter"),
    ("Newsletters you may also like:", "newsletter"),
    ("You must be signed in to leave a comment.", "comments"),
    ("Reply | Report | 12 likes", "comments"),
    ("Add The Herald to your home screen", "app-promo"),
    ("Enable browser notifications", "app-promo"),
    ("Enjoy the news anywhere with our free app", "app-promo"),
    ("Skip to the next clip", "media-widget"),
    ("An audio version is available for this story", "media-widget"),
    ("Autoplay: Off", "media-widget"),
    # a breadcrumb with its arrows and a section
    ("Pembrokeshire Coast Courier \u203a News \u203a Local", "read-more"),
    ("Breaking News \u00bb Bahamas \u00bb Nassau", "read-more"),
    # a comment's buttons and rules, a file picture, a bracketed agency image, a consent
    # panel's opening and a prompt's buttons, players that cannot play, the full programme
    # elsewhere, the app's better reading, a story for subscribers
    ("Reply / Share", "comments"),
    ("All comments are subject to our house rules.", "comments"),
    ("FILE PHOTO: A man walks past the central bank", "photo-credit"),
    ("(EPA Images/Jane Doe)", "photo-credit"),
    ("File picture", "photo-credit"),
    ("We and our 842 partners store and access personal data", "cookie-consent"),
    ("No thanks | Subscribe", "cookie-consent"),
    ("Video playback is not supported on this device", "media-widget"),
    ("Embedded content is unavailable", "media-widget"),
    ("Watch the full report on ABC iview", "media-widget"),
    ("Upgrade your news experience with our app", "app-promo"),
    ("For the latest headlines, get the Herald app", "app-promo"),
    ("This is a subscriber-only story.", "continue-reading"),
    ("To read the full article, please log in", "continue-reading"),
    ("Play | Pause | Captions | Full screen", "media-widget"),
    ("Tap to play the audio", "media-widget"),
    ("Video is not supported on your browser. Try another one.", "media-widget"),
    ("Brand Connect Initiative", "ad-marker"),
    ("Featured advertiser: Ocean Tyres, Harbour Road", "ad-marker"),
    ("Hide ads by taking out a digital subscription", "ad-marker"),
    ("Advertising helps keep our reporting free. Please consider switching off your "
     "ad-blocker.", "ad-marker"),
    ("Advert \u2022 Swipe down to continue reading", "ad-marker"),
    ("Opt out of targeted advertising", "cookie-consent"),
    ("Accept cookies to watch this video", "cookie-consent"),
    ("Copyright \u00a9 The Harbour Gazette", "cookie-consent"),
    ("\u00a9 2024 Valley Times, a subsidiary of Riverside Media Group", "cookie-consent"),
    ("Our reporting is protected by copyright. Reproduction is allowed only with written "
     "permission.", "cookie-consent"),
    ("Tap here to read the remainder of this report", "continue-reading"),
    ("Continue reading the story free of charge", "continue-reading"),
    ("You've hit your article limit for this month.", "continue-reading"),
    ("Tap here to get the Coastline app", "app-promo"),
    ("Scan this QR code to download our news app", "app-promo"),
    ("Read on the go: download the Valley Times app", "app-promo"),
    ("Hungry for more? Sign up for our food newsletter", "newsletter"),
    ("Join the discussion: 58 readers have commented", "comments"),
    ("Readers' comments are moderated and may take a day to appear.", "comments"),
    ("Follow the Harbour Gazette on Bluesky", "share-follow"),
    ("Follow reporter Amina Yusuf", "share-follow"),
    ("SHARE: f \U0001d54f in \u2709 \U0001f517", "share-follow"),
    ("Also in Sport \u2014 Why the derby moved to a Sunday", "read-more"),
    ("Bernama photo", "photo-credit"),
    ("Privacy | Terms of use | Accessibility | Contact us", "cookie-consent"),
    ("Accept all \u00b7 Reject all \u00b7 Manage preferences", "cookie-consent"),
    ("Manage your cookie preferences", "cookie-consent"),
    ("T&Cs apply", "cookie-consent"),
    ("\u00a9 Harbour Media Group 2024", "cookie-consent"),
    ("For reprints and licensing requests, contact rights@example.co.nz", "cookie-consent"),
    ("Tell your friends: share this article", "share-follow"),
    ("Click to share this story", "share-follow"),
    ("Invalid email address. Please try again.", "newsletter"),
    ("Tap here to sign up for the Coast Weekly newsletter", "newsletter"),
    ("Now available on Google Play", "app-promo"),
    ("Best experienced in the Valley Times app", "app-promo"),
    ("Scan the QR code using your smartphone", "app-promo"),
    ("Enjoy an ad-free experience for just $2 a week", "ad-marker"),
    ("Disable your ad blocker to continue reading without limits.", "ad-marker"),
    ("Get 15% off your first box using code HARBOUR15", "ad-marker"),
    ("An error occurred while loading the video.", "media-widget"),
    ("02:31 | Source: Coast TV", "media-widget"),
    ("This content is exclusive to premium subscribers", "continue-reading"),
    ("This article is for Gazette+ subscribers", "continue-reading"),
    ("Quality journalism costs money. If you value our reporting, please consider "
     "subscribing.", "newsletter"),
    ("We want to hear from you. Comments on this article are closed, but you can email the "
     "editor.", "comments"),
    ("Baca juga: Ferry fares rise again", "read-more"),
    ("Advert (article continues below)", "ad-marker"),
    ("Our newsroom relies on advertising. Please switch off your ad blocker.", "ad-marker"),
    ("Adverts help us stay independent. Please whitelist us.", "ad-marker"),
    ("Go ad-free with Harbour Plus for $3.99/month", "ad-marker"),
    ("Sponsored stories by PromoWeave", "ad-marker"),
    ("Tap to read full article", "continue-reading"),
    ("All material on this website is copyright of Harbour Gazette. Unauthorised "
     "reproduction is prohibited.", "cookie-consent"),
    ("\u00a9Valley Weekly", "cookie-consent"),
    ("This review contains affiliate links; we may earn a commission.", "cookie-consent"),
    ("Sorry, this clip is no longer available.", "media-widget"),
    ("Handout picture released by the Ministry of Defence", "photo-credit"),
    ("Comments represent the views of their authors, not of the Valley Times.", "comments"),
    ("Comments are moderated and may take up to a day to appear online.", "comments"),
    ("Enter your email address for the Harbour Gazette's evening briefing", "newsletter"),
    ("Start your morning with the day's top stories \u2192 Subscribe", "newsletter"),
    ("The best way to follow the Games is on our app. Try it free", "app-promo"),
    ("New: track every fixture in real time with the ScoreLine app", "app-promo"),
    ("Like us on Facebook for more stories like this", "share-follow"),
    ("RELATED \u25b8 Council approves new ferry timetable", "read-more"),
    # a platform's sign-up box and footer, a comment panel's teaser and reactions, share
    # buttons several to a line, a station's or a site's credit, a blocked embed
    ("sam.jones@example.org Subscribe", "newsletter"),
    ("Sign up now to get access to the library of members-only posts.", "newsletter"),
    ("Every morning, Harbour Gazette's editors send out a round-up of the stories that "
     "matter. You can sign up to receive it directly here.", "newsletter"),
    ("Join the conversation (12 comments)", "comments"),
    ("Like Love Haha Wow Sad Angry", "comments"),
    ("Click to email a link to a friend (Opens in new window) Click to print (Opens in new "
     "window)", "share-follow"),
    ("Instagram | Threads | X (Twitter)", "share-follow"),
    ("Harbour News is now on WhatsApp! \U0001f4f2", "share-follow"),
    ("Tom Reyes/KQED", "photo-credit"),
    ("ANA SILVA/STUFF", "photo-credit"),
    ("Posts from Instagram are not shown because of your privacy settings.", "cookie-consent"),
    ("Can't see the video player? Watch it on our website.", "media-widget"),
    ("Full coverage: Ferry strike \u2192", "read-more"),
    ("Read more on the Harbour Gazette app \u2013 free on Android and iOS", "app-promo"),
    # players, counters and plugins; regional captions with their credits; disclaimers
    ("Video Duration 01 minutes 12 seconds 01:12", "media-widget"),
    ("Audio generated by AI. Learn more", "media-widget"),
    ("(Kyodo)", "photo-credit"),
    ("Get emails about this page", "newsletter"),
    ("Click here to share on social media", "share-follow"),
    ("BlogThis!", "share-follow"),
    ("3.4k SHARES \u00b7 10k VIEWS", "share-follow"),
    ("Share \u00b7 Facebook \u00b7 KakaoTalk \u00b7 Naver", "share-follow"),
    ("12 Comments Sort by Newest", "comments"),
    ("Read the full story in Apple News", "continue-reading"),
    ("View original page on harbourtimes.co.uk", "read-more"),
    ("Get Harbour News free \u2014 the news app for every tide", "app-promo"),
    ("Harbour workers at the quay on Friday. \u2014 APP/File", "photo-credit"),
    ("Fishermen unload the catch in Busan on Tuesday. | YONHAP", "photo-credit"),
    ("Dancers at the festival in Oaxaca. (Cuartoscuro)", "photo-credit"),
    ("Voters queue in Jerusalem, March 1, 2024. (Yonatan Sindel/Flash90)", "photo-credit"),
    ("Traders at the port in Mombasa [File: Jane Doe/Reuters]", "photo-credit"),
    ("Acme Invest does not provide tax, investment, or financial services and advice.",
     "cookie-consent"),
    ("Analyst's Disclosure: I/we have no stock, option or similar derivative position in "
     "any of the companies mentioned.", "cookie-consent"),
    ("You're a dedicated reader", "ad-marker"),
    # a site's chrome in its own language on a story in English; US and UK widgets
    ("Weiterlesen mit FAZ+", "continue-reading"),
    ("Il vous reste 40 % de cet article \u00e0 lire.", "continue-reading"),
    ("Ayr\u0131ca okuyun: Ankara'da yeni k\u00f6pr\u00fc a\u00e7\u0131ld\u0131", "read-more"),
    ("Link kopieren", "share-follow"),
    ("Commenti (3) | Scrivi un commento", "comments"),
    ("Thank (3) \u00b7 Reply (1)", "comments"),
    ("View 5 replies on Nextdoor", "comments"),
    ("Let us know you agree to cookies", "cookie-consent"),
    ("Empfohlener externer Inhalt", "cookie-consent"),
    ("\u00c9couter cet article", "media-widget"),
    ("\u25b6 Watch KXTV 10 News live", "media-widget"),
    ("Video editor \u2022 Ana Silva", "media-widget"),
    ("Jetzt die Tagesspiegel-App herunterladen", "app-promo"),
    ("Baixe o app do Harbour para ler not\u00edcias", "app-promo"),
    ("Assine a newsletter do Harbour", "newsletter"),
    ("Yes, I'll give $10/month | Yes, I'll give $10 one time", "ad-marker"),
    ("Artikeln forts\u00e4tter under annonsen", "ad-marker"),
    ("Buy Photo", "media-widget"),
    # trade, sports, gaming and review sites' widgets
    ("Harbour Sport app: download now for free on iOS and Android", "app-promo"),
    ("Show 12 more comments", "comments"),
    ("Read the full story with a subscription to The Harbour", "continue-reading"),
    ("Already have an Harbour+ account? Sign in", "continue-reading"),
    ("This article is exclusive to Harbour+ subscribers", "continue-reading"),
    ("We noticed you're using an ad blocker. Harbour Radio relies on advertising to keep "
     "our content free.", "ad-marker"),
    ("Harbour Deals may get a commission from retail offers.", "ad-marker"),
    ("If playback doesn't begin shortly, try restarting your device.", "media-widget"),
    ("00:00 00:00 Use Up/Down Arrow keys to increase or decrease volume.", "media-widget"),
    ("Photo of a printing press by Ana Ruiz used under a Creative Commons license.",
     "cookie-consent"),
    ("18+. New customers only. T&Cs apply.", "cookie-consent"),
    ("Follow Harbour Radio on X: @harbourradio", "share-follow"),
    ("Read more football stories on Harbour Radio", "read-more"),
    ("(Harbour Weather Photo/Jess Ortega)", "photo-credit"),
    # aggregators, African and Caribbean sites, a radio's audio links
    ("Get The Harbour Gazette's weekly digest every Sunday morning", "newsletter"),
    ("Start your day with the top headlines from Harbour Live. Sign up", "newsletter"),
    ("Ana Ruiz/Photographer", "photo-credit"),
    ("Like \u00b7 Comment \u00b7 Repost \u00b7 Send", "share-follow"),
    ("Story by Harbour Express \u2022 3h \u2022 4 min read", "read-more"),
    ("Compare coverage \u00b7 12 sources", "read-more"),
    ("Download as Ogg MP3", "media-widget"),
    ("Listen duration 4\u2032 :12\u2033", "media-widget"),
    ("Play video (1:45)", "media-widget"),
    ("Distributed by APO Group on behalf of the Harbour Development Bank.", "cookie-consent"),
    # local chains, nonprofit newsrooms, press offices, platforms, weather, obituaries
    ("We depend on readers like you.", "newsletter"),
    ("Your support makes our journalism possible. Donate to Harbour Report today.", "newsletter"),
    ("Subscribe to the Harbour Post for unlimited access", "newsletter"),
    ("Join Medium for free to get updates from this writer.", "newsletter"),
    ("Don't forget to follow us on Facebook for more local news.", "share-follow"),
    ("Keep up with the latest news by following us on social media.", "share-follow"),
    ("Bookmark harbourpost.com/east for more local news.", "share-follow"),
    ("Share to Twitter Share to Facebook Share to Pinterest", "share-follow"),
    ("Be respectful. Keep it civil and stay on topic.", "comments"),
    ("Do you want to respond to this article? If so, click here to write to us.", "comments"),
    ("Loading your audio article", "media-widget"),
    ("Track the storm with our live radar.", "media-widget"),
    ("Hourly | 10-Day", "media-widget"),
    ("To plant trees in memory, please visit our Sympathy Store.", "comments"),
    ("Published by The Harbour Herald from Mar. 2 to Mar. 4, 2024.", "comments"),
    ("Catch the latest in Politics", "read-more"),
    ("Picture: Stock image", "photo-credit"),
    ("Ana Ruiz/Staff photographer", "photo-credit"),
    ("This content is blocked. Accept cookies to view it.", "cookie-consent"),
    ("Page last reviewed: April 2, 2024", "cookie-consent"),
    ("Last updated by Office of Communications on 04/12/2024", "cookie-consent"),
    ("News Release 12-Mar-2024", "cookie-consent"),
    ("Harbour Report is a nonprofit newsroom that covers the coast.", "cookie-consent"),
    ("Our stories may be republished under Creative Commons license.", "cookie-consent"),
    ("Got a story to tell? Contact us.", "cookie-consent"),
    # magazines, tech, finance and fact-checking sites, trade and student papers
    ("When you buy a book using a link on this page, we receive a commission.", "cookie-consent"),
    ("Harbour Weekly participates in affiliate link advertising programs.", "cookie-consent"),
    ("Disclosure: I/we have no stock, option or similar position in the companies named.",
     "cookie-consent"),
    ("Quote data is delayed by at least 15 minutes.", "cookie-consent"),
    ("Market data provided by FactSet. Powered by FactSet Digital Solutions.", "cookie-consent"),
    ("See our corrections policy.", "cookie-consent"),
    ("Send us a claim to check", "cookie-consent"),
    ("Ana Ruiz is a staff writer at The Atlantic.", "cookie-consent"),
    ("Interested in writing for news? Email news@harbour.example to get involved.",
     "cookie-consent"),
    ("Our Journalism Is Free for All. Please Support It.", "newsletter"),
    ("Please support our local journalism. Donate here.", "newsletter"),
    ("Should you invest $1,000 in Harbour Foods right now?", "newsletter"),
    ("Log in or register for free to unlock more Harbour Health content", "newsletter"),
    ("Continue reading this article by registering for free.", "continue-reading"),
    ("Also: How to clear your browser cache on any device", "read-more"),
    ("Today's best Harbour X200 laptop deals", "read-more"),
    ("Harbour Daily is now on WhatsApp. Click here to follow.", "share-follow"),
    ("Add Harbour Tech to your Google News feed.", "share-follow"),
    ("Follow us on Facebook, X (formerly known as Twitter) and YouTube.", "share-follow"),
    ("Swipe to scroll horizontally", "media-widget"),
    ("Published in the print edition of the March 4 & 11, 2024, issue.", "media-widget"),
    # national sites of the US, the UK and elsewhere
    ("Loading Twitter content", "media-widget"),
    ("list 1 of 4", "media-widget"),
    ("Listen to the Harbour Take podcast on iPhone, Android, Spotify and YouTube.",
     "media-widget"),
    ("Download the HARBOUR mobile app to stay up to date", "app-promo"),
    ("More Must-Reads From Harbour", "read-more"),
    ("Appeared in the print edition as 'Rates On Hold As Prices Cool'.", "read-more"),
    ("By posting your comment you agree to our house rules.", "comments"),
    ("Support Harbour Maverick's independent journalism. Become an Insider.", "newsletter"),
    ("Independent journalism is under threat. We need your support.", "newsletter"),
    ("Please refresh your browser to be logged in", "cookie-consent"),
    ("This article is more than a year old", "cookie-consent"),
    ("Acquire Licensing Rights, opens new tab", "cookie-consent"),
    ("Keep up with all the latest news from the UK by following Harbour News", "share-follow"),
    ("Subscribe to read the full story and unlock all of Harbour Insider", "continue-reading"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "family"), FURNITURE)
def test_other_wordings_go(line: str, family: str) -> None:
    match = library().classify(line)
    assert match is not None and match.family == family, match
    assert STRIP(STORY.between(line)) == CLEANED
    assert STRIP(STORY.at_end(line)) == CLEANED


# Sentences of news that use the same words: they stay byte for byte.
LOOKALIKES = [
    "Donate blood today.",
    "Donate now to the flood appeal.",
    "Subscribe to the free tier.",
    "Copyright lawyers in 2024",
    "Copyright Agence France-Presse 2024",  # a wire's notice: the story keeps it
    "For the first time, download speeds doubled.",
    "The two sides met (Labour / Conservative)",
    # a caption whose credit has no photo's label keeps its words (real pages' annotations
    # count "... (John J. Kim / Chicago Tribune)" captions as the story's own)
    "Exposed lakebed near Antelope Island in March. (Tom Reyes / KSLW)",
    "Most of the boats were small. Photo albums show many were fishing boats.",
    "The conversation (2019)",
    "The app was downloaded two million times.",
    "Users can read the news in the app, he said.",
    "Read more in the app store listing.",
    "Our app is now available in 12 countries, the company said.",
    "Continued on page 2 of the report, the figures show a rise.",
    "This is a sponsored trip, she said.",
    "Love this story?",
    "The firm was registered in England and Wales in 1998, he said.",
    "Enjoy the view on the app, she said.",
    "The council said it would pass it on to a friend of the family.",
    "Please keep it civil, the judge told the court.",
    "We welcome the decision, the minister said.",
    "The Super Bowl was brought to you by Fox",
    "Ads help fund our newsroom, the publisher said.",
    "Sign up and they will send you a newsletter.",
    "Our team sends an email every morning to staff.",
    "Sort by date, the clerk said.",
    "Commenting is closed to the public, the council said.",
    "The report was delivered daily to ministers.",
    "We have updated our privacy policy, the firm said.",
    "Conversation 2019",
    "Police: Get out of the area now, officers said.",
    "Top stories: he said it was fine.",
    "The rest of this article is about him.",
    "Connect with us, the pastor said.",
    "\u00a9 Reuters",  # a wire's notice: the story keeps it
    "Copyright \u00a9 AFP",
    "Sign up for the daily walk, he said.",
    "The storm will bring snow to the hills every morning this week.",
    "All content is copyright of the authors, he said.",
    "Brexit: the stories you need to know about the deal",
    "Reporters send us your stories on WhatsApp, she said.",
    "Ad space on buses will be sold to local firms, the council said.",
    "The video is not available, the minister said.",
    "The map is loading slowly because of the traffic.",
    "Mobile users will see the price rise next month.",
    "We will never share your data with the government, the company said.",
    "Welcome to the community centre, the mayor said.",
    "Stay ahead: the company expects profits to rise",
    "Warning: Follow the advice of the fire service, officials said.",
    "He said: the money was already in your inbox by then.",
    "Text messages to 999 for help were ignored, police said.",
    "The discussion (2019) was published.",
    "Photo: The crowd at the stadium",
    "I would like to thank the voters of this constituency.",
    "Read the full report, the minister urged.",
    "Allow notifications from the council app, officials said.",
    "We will use your email to contact you, the council said.",
    "Enable alerts on your phone to hear about floods, police urged.",
    "The photo supplied by the family shows her in 1998.",
    "Barcelona \u00bb PSG \u00bb Inter Miami",  # a career's route names no section
    "Watch the full interview, she said.",
    "This is a premium brand for young buyers.",
    "For more news on the floods, see page 4.",
    "Reader comments are subject to review, the minister told MPs.",
    "We and our partners use data to improve the service, the chief executive said.",
    "Play, pause and rewind are the only buttons on the new remote.",
    "Audio is not supported on many older hearing aids, the charity said.",
    "Brand Connect is a new marketing agency in Lagos.",
    "Copyright is a matter for the courts, the minister said.",
    "More than 400 readers have commented on the proposal since Monday.",
    "Follow reporter guidance on safety at all times.",
    "Scan the QR code to get into the stadium.",
    "Also in Parliament: MPs voted to extend the sitting.",
    "Love food? Then this festival is for you.",
    "Share prices: up in London, down in Paris.",
    "Click here to read the report, the email told staff.",
    "Opt out of the pension scheme, the union urged.",
    "Privacy, terms and contact details are listed on the council website.",
    "Accept the offer, the union told its members.",
    "Get 20% off the asking price, the agent told buyers.",
    "The error occurred while loading the ship, the inquiry heard.",
    "This story is for everyone who lost a home in the floods.",
    "Spread the word about the blood drive, the organisers urged.",
    "Scan the QR code at the entrance to register your visit.",
    "Please try again next year, the judges told the finalists.",
    "Journalism costs money, the editor told the inquiry.",
    "If you value your privacy, please consider using a VPN.",
    "We want to hear from you about the ferry timetable, the council said.",
    "The advertisement continues below the headline on page three.",
    "Our economy runs on small businesses, the minister said.",
    "Comments are moderated by volunteers, the site's founder said.",
    "Enter your email address when the form asks, officials advised.",
    "Check your balance with the bank's app.",
    "Start your day with a glass of water, doctors say.",
    "Like us on Facebook, the campaign urged voters.",
    "Handout photos provided by the family show her in 1998.",
    "All content is copyright of the authors, the journal said.",
    "Comments represent the views of the readers, the editor said.",
    "Review your privacy settings",  # a step of an article's own advice
    "The best way to get around is with the Grab app.",
    "Get around with the Citymapper app.",
    "Try booking with the Trainline app.",
    "Enter your email address and a password to create an account.",
    "Ads help us pay the bills, the founder said.",
    "Copying is allowed only with the author's consent, the court ruled.",
    "Unauthorised use of drones near airports is prohibited, police said.",
    "This work is protected by copyright, the judge said.",
    # headings of a feature, captions and advice in a story about ads, apps and paywalls
    "Advertisement or news story?",
    "Sponsored by whom?",
    "Brought to you by whom?",
    "Advertisement: a 1950s tin sign for Ovaltine, from the archive.",
    "Promoted: striker Dan Cole in the club's new away kit, on sale from Friday.",
    "Sign up for the school's weekly bulletin for parents.",
    "Download the museum app before your visit, as the galleries have no wifi.",
    "Get the app, or pay a fine at the gate.",
    "Download the NHS app and verify your identity once, with a passport or a driving licence.",
    "What if I'm already a member?",
    "Follow the Ministry of Health on Twitter for updates, the minister urged.",
    "Follow the Met Office on X for the latest warnings.",
    "Get the Kilkenny Hurling Club weekly bulletin from the club shop.",
    "Get the council's weekly bin bulletin by email, residents were told.",
    "The council's advice to residents: sign up for Flood Alerts on its website.",
    "Step three: sign up for Netflix with the new email address.",
    "Sponsored report: the firm paid for the study.",
    "Upgrade your Spotify account to Premium for offline listening.",
    "Follow @NWSBoston for updates, the mayor urged.",
    "Follow @MetOffice for the latest warnings.",  # advice in a weather story: a sentence
    # a tutorial's steps, a list of recommendations, a label before a sentence of news
    "Enable notifications for your banking app, so you see every payment at once.",
    "Watch: Slow Horses, which returns for a fifth series sharper than ever.",
    "Subscribers only: the paper will charge for every article from April.",
    "Expect your first issue of the new magazine on Friday, the publisher said.",
    "Photo submitted by the family shows the damage to the roof.",
    "Photo by a passing motorist, who sent it to police.",
    # a transcript's speaker, a caption that places its people, a label's dash before prose
    "HOST: Download the app \u2014 is that the answer to everything now?",
    "A: Comments are moderated by a team of nine, working in shifts.",
    "Related: Ana Silva, left, and her sister Rosa, who met for the first time in 1990.",
    'Advertisement \u2014 or "Anzeige" \u2014 must appear before the caption, the rules say.',
    'Advertisement \u2014 or the word "Anzeige" \u2014 must appear before the caption.',
    # a performer's news, reactions as a story's words, a channel a person joined
    "Taylor Swift is now on Threads.",
    "Love, anger, sadness and surprise: the letters ran the whole range.",
    "Posts from the mayor are not shown on the council's page any more, residents said.",
    "Can't see the stage from the back row? Ask for a seat on the balcony.",
    # a review's labels over a title, a generic institution's app, a wire's sign-off, a
    # press release's own header
    "Best song: Get the App",
    "Last chapter: Continue Reading",
    "Install the library's new catalogue app",
    "The Magpies face Carlton next Friday night. \u2014 AAP",
    "FOR IMMEDIATE RELEASE",
    # a council's plan to stream its meetings
    "Watch the council live on Thursdays, from 7pm.",
    # a bookmaker's rules in a gambling story, a photographer's licence in a court report
    "18 is the legal age for betting, and new customers must prove it.",
    "Photos used under a licence must credit the photographer, the judge ruled.",
    # a newsroom's words quoted, a storm story's advice, a story about a newsroom's
    # licence, an obituary's own words
    '"We depend on readers like you," the editor said.',
    "Your support makes our work possible, she told the volunteers.",
    "Track the storm's path on the county's website, officials said.",
    "Our stories may be republished, the court ruled, only with credit.",
    "Share a memory of your own at the service on Saturday, the family asked.",
    "Got a story to tell? The festival's open mic starts at 7pm.",
    # a label before prose, a question of advice, a writer named in a story, a newsroom
    # quoted
    "Also: the council will review the plan in May.",
    "Should you invest in bonds right now? Most advisers say no.",
    "Ms Doe is a staff writer at The Atlantic, her lawyer said.",
    "Our journalism is free for all, the editor told readers.",
    # a market story's own sentence (no data provider named)
    "Market data provided by the exchange showed a sharp fall.",
    # a subheading that opens with the word; a list a story counts through
    "Tags Reveal Secret Migration Routes",
    "This article is more than a summary of the report.",
]


def test_a_players_block_goes_with_its_title() -> None:
    """A player's label, the clip's title and its length make a block; a sentence between
    them is the text's."""
    assert STRIP(STORY.between("Audio\nMorning Show: Council debates ferry fares\n6:05")) == CLEANED
    kept = STORY.between("Video\nHighlights of the final were watched by two million people.\n3:12")
    assert STRIP(kept) == kept


def test_a_players_label_takes_the_title_of_its_video() -> None:
    """ "WATCH:" over a headline is a video's title; over a sentence it is the text's."""
    assert STRIP(STORY.between("WATCH:\nFirefighters battle blaze in harbour warehouse")) == CLEANED
    kept = STORY.between("Watch:\nThe mayor dismissed the concerns.")
    assert STRIP(kept) == kept


@pytest.mark.parametrize("line", LOOKALIKES)
def test_news_sentences_with_the_same_words_stay(line: str) -> None:
    assert_unchanged(STORY.between(line))
    assert_unchanged(STORY.at_end(line))


P1 = "Savings can be withdrawn each year for retirement payouts"
P2 = "Financial planners welcomed the move."


@pytest.mark.parametrize(
    "marker",
    ["Ad", "Ads", "Advert", "ADVERT", "Advertising", "ADVERTISING", "Sponsored", "SPONSORED"],
)
def test_an_ad_word_glued_to_a_paragraph_that_lost_its_period_goes(marker: str) -> None:
    raw = f"{STORY.title}\n\n{P1}{marker}\n\n{P2}\n"
    assert STRIP(raw) == f"{STORY.title}\n\n{P1}.\n\n{P2}\n"


@pytest.mark.parametrize("marker", ["- Advertisement -", "\u2014 Advertisement \u2014"])
def test_a_marker_between_dashes_after_such_a_paragraph_goes(marker: str) -> None:
    raw = f"{STORY.title}\n\n{P1}{marker}\n\n{P2}\n"
    assert STRIP(raw) == f"{STORY.title}\n\n{P1}.\n\n{P2}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Marketers moved their budgets to GoogleAds",  # a product's name
        "Apple once sold mobile ads through iAd",  # "iAd" is Apple's
        "The agency said the campaign was sponsored",  # a word of the sentence
    ],
)
def test_names_and_words_that_end_so_stay(line: str) -> None:
    assert_unchanged(f"{STORY.title}\n\n{line}\n\n{P2}\n")


def test_an_agency_picture_credit_is_weak() -> None:
    # "Bernama pic" goes beside other furniture; alone it may be a short heading
    match = library().classify("Bernama pic")
    assert match is not None and match.family == "photo-credit" and match.weak


def test_a_caption_credit_must_be_a_credit() -> None:
    # a new sentence after the label is prose, not a photographer's name
    assert not captioned("Most of the boats were small. Photo: Ann Lee/Harbour Trust Many were.")
    assert captioned("Boats in the bay. Photo: J. Smith/AP")


def test_a_caption_signed_by_a_news_agency_after_a_bar() -> None:
    # every one-word agency of NEWS_AGENCIES, in the capitals a caption writes it in
    for agency in ("REUTERS", "XINHUA", "BLOOMBERG", "POOL", "APP", "MENA"):
        assert captioned(f"Tea pickers at work in Kericho. | {agency}"), agency
    assert not captioned("Tea pickers at work in Kericho. | NAIROBI")  # a dateline's
    assert not captioned("Tea pickers at work in Kericho | REUTERS")  # after no sentence


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Paid partnership", "That label, in small grey type above a post, is the app's own."),
        ("Comments are closed", "That is the message readers see when a thread turns nasty."),
        ("Sponsored", "Those words now sit above one in five posts, the study found."),
    ],
)
def test_a_line_the_next_paragraph_names_as_words_is_the_storys(line: str, after: str) -> None:
    """A story about a page's furniture quotes it, then names it: "That label..."."""
    text = f"Influencers earn more from brand deals than ever.\n\n{line}\n\n{after}\n"
    assert_unchanged(text)


def test_a_line_before_a_paragraph_that_names_no_words_goes() -> None:
    text = (
        "Influencers earn more from brand deals than ever.\n\nComments are closed\n\n"
        "That is what the regulator found in its review of 500 accounts.\n"
    )
    assert STRIP(text) == text.replace("Comments are closed\n\n", "")


def test_a_line_of_a_run_of_furniture_is_no_subject_of_the_next_paragraph() -> None:
    lead = "Prince apologises for costume\n\n"
    text = (
        f"{lead}Ministers said the matter should be left to the palace\n\nAdvertisement\n\n"
        "Getty Images\n\nThat was a message repeated by the Home Secretary on Sunday.\n"
    )
    assert STRIP(text) == (
        f"{lead}Ministers said the matter should be left to the palace. "
        "That was a message repeated by the Home Secretary on Sunday.\n"
    )


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        # furniture glued after a sentence, then a sentence of prose in the same line: only
        # the furniture goes (its entry's rest of the line took the sentence too)
        (
            "Water use rose in the south east of England.Follow us on Instagram Thousands "
            "of commuters were forced onto crowded buses.",
            "Water use rose in the south east of England. Thousands of commuters were forced "
            "onto crowded buses.",
        ),
        (
            "The distillery on Islay has reopened after 40 yearsSign up to our free newsletter "
            "The first spirit has been distilled.",
            "The distillery on Islay has reopened after 40 years. The first spirit has been "
            "distilled.",
        ),
        (
            "Most of the roles will be permanent and full time.Get our free daily newsletter "
            "Recruitment will begin in the new year.",
            "Most of the roles will be permanent and full time. Recruitment will begin in the "
            "new year.",
        ),
    ],
)
def test_glued_furniture_goes_and_the_sentence_after_it_stays(glued: str, fixed: str) -> None:
    assert STRIP(STORY.between(glued)) == STORY.between(fixed)


@pytest.mark.parametrize(
    "line",
    [
        # a name's slot may stop inside a name: "Also on Christmas" / "Day, John..."
        "The quiz show airs on Christmas DayAlso on Christmas Day, John Nettles returns in "
        "a one-off edition of the drama.",
        # a slot of a few words may stop anywhere: neither it nor the sentence goes
        "Strikes by controllers in France continue.Sign up for our daily newsletter "
        "Passengers travelling to Spain have also been affected.",
    ],
)
def test_glued_furniture_whose_end_is_unclear_leaves_the_sentence_whole(line: str) -> None:
    assert_unchanged(STORY.between(line))


@pytest.mark.parametrize(
    "line",
    [
        "The sign read ADVERTISEMENT in red letters along its top.",
        "Volunteers deliver it. Subscribe to our newsletter was not a phrase anyone used "
        "then, the editor joked.",
        "Our volunteers deliver the parish newsletter to 300 homes, and anyone can sign up "
        "at the library.",
    ],
)
def test_prose_about_furniture_inside_a_paragraph_stays(line: str) -> None:
    assert_unchanged(STORY.between(f"{line} The council paid for the printing."))


def test_a_marker_the_sentence_names_as_a_word_stays() -> None:
    """ "the word ADVERTISEMENT" names the word; the same capitals glued between two
    sentences are a page's marker."""
    named = "Print the word ADVERTISEMENT in tall letters across the top of the poster.\n"
    assert_unchanged(named)
    assert_unchanged("A sign reading SPONSORED hung over the door of the shop.\n")
    glued = "The council met on Thursday afternoon ADVERTISEMENT A local group said no.\n"
    assert STRIP(glued) == "The council met on Thursday afternoon. A local group said no.\n"
