"""RepairSentences: put back lost sentence boundaries, never split a real word."""

from __future__ import annotations

import pickle
from unittest import mock

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.passes import RepairSentences, sentences
from cleantext.passes import sentences_evidence as evidence
from cleantext.passes.base import Context
from cleantext.passes.sentences import batch_vocabulary
from cleantext.passes.sentences_lexicon import lexicon

RT = "sentences/run-together"
MS = "sentences/missing-space"

# (noisy, repaired, rule): one row per kind of junction.
FIXES = [
    # a surname after a title, then a name the text uses on its own
    ("Acme will try it, said Ms ThornAcme is set to test it. Acme said so.", "Thorn. Acme", RT),
    # a word that ends names of places, then a participle that opens a sentence about a
    # person it names
    ("The derby is at Ashgrove ParkSuspended Tom Whitner sits it out.", "Park. Suspended", RT),
    # a name that ends one sentence and opens the next (a module's class is lower-case
    # first: "grammar.Grammar" stays)
    ("The sequel is by director Ann Lovejoy.Lovejoy returns to direct it.", "Lovejoy. Lovejoy", MS),
    ("The phone copes with anything you ask of it.It has three cameras.", "it. It", MS),
    # a name of two Capitalised humps ends the sentence: a known name in camel case, a
    # word that opens clauses, or an English word that prose follows opens the next
    ("Reserves are held by ZorbGoPayPal executives testified.", "ZorbGo. PayPal", RT),
    ("The figure comes from ZorbGeckoThat is a small share.", "ZorbGecko. That is", RT),
    ("Prices rose, according to ZorbLogicInventory remained tight.", "Logic. Inventory", RT),
    # a name of several Capitalised words ends, then a subject and its verb, or a title
    # and the name it goes before
    ("Tickets sold out at the Harbour OvalTickets are on sale again.", "Oval. Tickets are", RT),
    # ... a plural of four letters and an adverb; after a town or a firm of the lists too
    ("Fans sang in the Premier LeagueFans later gathered outside.", "League. Fans later", RT),
    ("They told it on InstagramFans had long guessed.", "Instagram. Fans had", RT),
    ("It went to a meeting of Norvane CouncilCouncillors voted 41-9.", "Council. Councillors", RT),
    ("He spoke at Norvane ParkPrime Minister Ann Lee agreed.", "Park. Prime Minister Ann", RT),
    ("It told Harbour PressVice president Ann Lee has said so.", "Press. Vice president", RT),
    ("It belongs to the food group ZorvatAgriculture minister Ann Lee said.", "Zorvat. Agri", RT),
    # a bracket of prose closes a sentence, then a word that opens one or prose
    ("He missed the game (left ankle sprain)The team said so.", "sprain). The", RT),
    ("Prices rose (in the second half)Lab-grown stones fell.", "half). Lab-grown", RT),
    ("He lost time at his stop (in the pits)Norris complained later.", "pits). Norris", RT),
    ("Museums close on Mondays (check first)Several are free on Sundays.", "first). Sev", RT),
    # an acronym in brackets after a name, far into a long paragraph
    (
        "The country agreed a new loan programme this week after months of talks with the "
        "lenders, and officials spent the whole of Monday explaining its terms to reporters "
        "in the capital, where the deal is part of its nationally determined contribution "
        "(NDC)The plan also commits the country to ending coal power by 2035.",
        "(NDC). The plan",
        RT,
    ),
    # a closing quote, then a name with a digit or in camel case: no module's class
    ('"We played as a team."Harbour9 had lost twice before.', 'team." Harbour9', MS),
    ('"The buyers are bigger."ZorbShares manages $1bn.', 'bigger." ZorbShares', MS),
    # a well-known acronym after a preposition, then a word that opens the next sentence
    ("He spoke to the BBCSpeaking on Monday, the minister said no.", "BBC. Speaking", RT),
    # lower-case word, then a Capitalised word
    ("The race is set for FridayParalympic sprinter Ann Lee competes.", "Friday. Paralympic", RT),
    ("Demand grew across the industryDeepSeek said sales rose.", "industry. DeepSeek", RT),
    ("Prices fell sharply in the last quarterThe firm cut jobs.", "quarter. The", RT),
    ("He would not say what was plannedHowever, aides were upbeat.", "planned. However", RT),
    ("Box office takings slid on weak demandDreamWorks said.", "demand. DreamWorks", RT),
    ("The plan was approved by the boardShe later resigned.", "board. She", RT),
    # a well-known acronym after a word, written nowhere else in the text
    ("Rain fell across the whole regionBBC forecaster Ann Okeke said.", "region. BBC", RT),
    # and before a comma, where a brand in capitals after a prefix stays ("microLOAN,")
    ("It was published last yearNASA, the agency, said.", "year. NASA", RT),
    # an acronym that a verb in the past follows is the next sentence's subject
    ("The film was annealed for 2 hoursXRD confirmed the phase.", "hours. XRD", RT),
    ("It landed on the far sideCNSA called the landing a success.", "side. CNSA", RT),
    # a number glued to the pronoun I and its verb
    ("The phone costs £140I ordered it on Monday.", "£140. I ordered", RT),
    # a ticker whose shares moved opens a market report
    ("Diners complained about shrinking portionsCMG shares rose 3% on it.", "portions. CMG", RT),
    ("It will list in London and New YorkULVR shares rose 2% on Monday.", "York. ULVR", RT),
    # well-known acronyms of medicine, science, regulators and firms
    ("Swelling dropped within 72 hoursMRI scans showed less damage.", "hours. MRI", RT),
    ("The probe flew on from DarmstadtESA confirmed it was healthy.", "Darmstadt. ESA", RT),
    ("Officials signaled two cuts later in the yearFOMC minutes showed it.", "year. FOMC", RT),
    ("Complaints grew about shrinking portionsCMA officials asked why.", "portions. CMA", RT),
    # or after a Capitalised word: a non-word, or a word when the acronym has three
    # letters or more and prose follows
    ("He played with Tom WhitnerUKIP leaders met Ann Lee.", "Whitner. UKIP leaders", RT),
    ("It reports to the Harbour CouncilOPEC says that output fell.", "Council. OPEC says", RT),
    # a word that the list lacks but that is made of its words
    ("BT rose. It spent heavily on upgradesBT boss Ann Lee said.", "upgrades. BT boss", RT),
    ("Latimer won. He won the title deciderLatimer, the captain, said.", "decider. La", RT),
    ("Okoro agreed: Whitner will train at the harboursideOkoro said so.", "harbourside. Okoro", RT),
    ("Nobody predicted the outcomeI think it shocked everyone.", "outcome. I think", RT),
    ("It was a long and costly processA review is now under way.", "process. A review", RT),
    ("He said he hadn'tThe court disagreed.", "hadn't. The", RT),
    # Capitalised word, then a sentence starter
    ("Growth slowed across EuropeHowever, exports held up.", "Europe. However", RT),
    ("The chief executive flew to ParisThe talks lasted hours.", "Paris. The", RT),
    ("Fans queued outside WembleyMeanwhile, tickets sold out.", "Wembley. Meanwhile", RT),
    ("Sales fell at the Harbour StoresAmid rising costs, staff left.", "Stores. Amid", RT),
    ("Sales rose to OctoberEconomists, however, expect a fall.", "October. Economists", RT),
    ("The march ended at the town hallThousands of people joined it.", "hall. Thousands", RT),
    # a place or a surname, then an English word that prose or a given name follows
    ("The convoy crossed into BoliviaWeary drivers rested there.", "Bolivia. Weary", RT),
    ("A ferry sails daily to MaltaTimetables are posted online.", "Malta. Timetables", RT),
    # ... a hyphenated word, the word after it: "Twenty-six riders", "Play-makers Ann"
    ("The rally ends in OregonTwenty-six riders will finish.", "Oregon. Twenty-six", RT),
    ("It was refereed by Tom LatimerReferee Ann Okoro said so.", "Latimer. Referee", RT),
    # a word, then a given name that is no word and a surname: a full name opens a sentence
    (
        "at Norvane Marina HarbourGeorge Okoro Brannagh, its manager, agreed.",
        "Harbour. George",
        RT,
    ),
    ("the sensation Tom WhitnerJake Barker claimed the cup.", "Whitner. Jake Barker", RT),
    # a given name of the wider list of the names pass opens the full name
    ("He lost to Tom OkekeOlivier Whitner beat him.", "Okeke. Olivier Whitner", RT),
    # a name written elsewhere ("Acme Re,") glued to an English word and prose
    (
        "Acme Re, the insurer, lost money, said Acme ReCrowded coastal towns suffer most.",
        "Re. Crowded",
        RT,
    ),
    # a weak starter after an English word that opens a quantity: "More than 12"
    ("It sang Harbour Lights and Walk AloneMore than 12 labels passed.", "Alone. More than 12", RT),
    ("The Norvane StudyOne in 8 drivers said so.", "Study. One in 8", RT),
    ("The queue reached gate 12Up to 300 fans waited there.", "12. Up to 300", RT),
    # a word that ends a name of Capitalised words, glued to a name used on its own
    ("Acme fell. It hires vans from Harbour MotorsAcme gave no reply.", "Motors. Acme gave", RT),
    (
        "Chile grew, said the Harbour Research InstituteChile's economy grew.",
        "Institute. Chile's",
        RT,
    ),
    # a surname after its given name, glued to a word the text uses on its own
    ("Labour won. Chancellor Tom WhitnerLabour said it would not.", "Whitner. Labour said", RT),
    ("Acme grew. Its chief Tom WhitnerAcme Blue, which flies, won.", "Whitner. Acme", RT),
    # a surname written twice and glued after its given name, then prose
    ("It was directed by Jean-Pierre WhitnerWhitner was also praised.", "Whitner. Whitner was", RT),
    # or with a comma after it
    ("He lost to finalist Pablo OkoroOkoro, Chile's hero, won.", "Okoro. Okoro, Chile", RT),
    # the same after initials that stand for the given name
    ("It was directed by J.J. WhitnerWhitner was a producer.", "Whitner. Whitner was", RT),
    # a name of capitals and digits (a band, a group) ends the token: an acronym
    ("Q7 won. It toured Buenos AiresQ7 are booked again.", "Aires. Q7 are", RT),
    ("Q7 won. It sold well at the harbour fairQ7's new single sold.", "fair. Q7's new", RT),
    # a stray backtick does not make code of the next paragraph
    ("A stray ` tick.\n\nThe boats rocked in the harbourThe end came.", "harbour. The end", RT),
    # a question after a name: the word after the auxiliary confirms it
    ("They walked round Norvane ParkWas anyone watching them?", "Park. Was anyone", RT),
    ("The match was played on Boxing DayWould anyone have guessed it?", "Day. Would anyone", RT),
    # acronym, then a Capitalised word
    ("The company is regulated in the AIThe rules are new.", "AI. The", RT),
    ("The case was referred to the FTCThe regulator declined.", "FTC. The", RT),
    ("Output rose in the EUBut exports fell.", "EU. But", RT),
    # number, then a Capitalised word
    ("Profits doubled in 2004The firm hired staff.", "2004. The", RT),
    ("The bill passed by 312 votes to 188Ministers welcomed it.", "188. Ministers", RT),
    ("Inflation reached 4%The bank raised rates.", "4%. The", RT),
    # camel-case word on the left
    ("Sellers were owed refunds by PayPalThe delay angered them.", "PayPal. The", RT),
    ("Sony sold millions of the PlayStationMr Okoro said.", "PlayStation. Mr", RT),
    ("The goal was scored by McIlroyHe celebrated wildly.", "McIlroy. He", RT),
    ("The app only runs on the iPhoneTasmanian Tom Okeke said.", "iPhone. Tasmanian", RT),
    ("The plan was drawn up by the DfEEMs Okeke said so.", "DfEE. Ms Okeke", RT),
    ("He was on TV often. He still works in TVI love it, he said.", "TV. I love", RT),
    # camel-case word on the right
    ("The group hit a funding gapSoftBank stepped in to help.", "gap. SoftBank", RT),
    ("It was nominated for The LanternsSpongeBob won.", "Lanterns. SpongeBob", RT),
    # a word that often starts identifiers, then a sentence start the next word confirms
    ("Nobody trusts the webHow many posts are real?", "web. How many", RT),
    # a word that never ends a sentence, then a starter that the text after it reads on from
    ("She was not allowed toHowever, she went anyway.", "to. However, she", RT),
    ("Only 9% were in favour and 12% againstIn the end, it passed.", "against. In the", RT),
    # "in" and "on" end a sentence before a sentence start ("asked them to come in.")
    ("The host asked the guests to come inThe party began at nine.", "in. The party", RT),
    # after "is", "over" ends a sentence whatever starts the next one
    ("They waited until the hearing was overHarbour Court then rose.", "over. Harbour", RT),
    ("It has stood empty ever sinceThe owners left town.", "since. The owners", RT),
    ("We simply moved onI think it helped the team.", "on. I think", RT),
    ("We failed in thatThe fans know it.", "that. The fans", RT),
    # a possessive ends a sentence before a starter or a name that a verb of speech follows
    ("He was treated at St Aldric'sThe ward was full.", "Aldric's. The ward", RT),
    (
        "Okeke was hurt in the first half. He fell at St Aldric'sOkeke added that it hurt.",
        "Aldric's. Okeke",
        RT,
    ),
    # a comparative that "than" confirms
    ("The tour stops in Lisbon and OsloMore than 9 venues sold out.", "Oslo. More than", RT),
    # an adverb in -ly and a comma open a sentence
    ("It was nominated for The LanternsUnusually, the runners-up won.", "ns. Unusually,", RT),
    ("Reviews praise Harbour Quest 3Primarily, they like the music.", "3. Primarily,", RT),
    # a sentence adverb opens a sentence after a word that often starts an identifier
    ("Testers liked the new buildIncreasingly they find fewer bugs.", "build. Increasingly", RT),
    # an English word, then a starter that a subject pronoun confirms
    ("He sang on the album Paper TownNow he is on tour again.", "Town. Now he", RT),
    # a month or weekday that the word before makes a date
    ("The vote is now due in MayCouncillors gave no reason.", "May. Councillors", RT),
    ("The studio opened in MayKTV was its first client.", "May. KTV", RT),
    ("It premieres on ThursdayElena, the young nurse, is the lead.", "Thursday. Elena", RT),
    ("The fair opens on 9 OctoberDanish traders are coming.", "October. Danish", RT),
    # an acronym ending in I, used on its own, before a lower-case word ("TVI think" shape)
    ("QRI grew. It has many clientsQRI also sells routers.", "clients. QRI", RT),
    # an acronym glued to "As" before a phrase that no plural goes on with
    ("The race ran on the Isle of Man TTAs a result, roads shut.", "TT. As a result", RT),
    # a name used on its own, written twice and glued
    ("Google grew.\n\nShe searched on GoogleGoogle later fixed it.", "Google. Google", RT),
    # missing space after the period
    ("Demand was weak.Next year looks better.", "weak. Next", MS),
    ('"We lost," she said. "It hurts."Fans agreed.', 'hurts." Fans', MS),
    ("Takings fell 5% on weak demand.DreamWorks shares slipped.", "demand. DreamWorks", MS),
    ("The bank is based in the US.He joined in 1999.", "US. He", MS),
    ("Turnout was 61.4%.Officials were pleased.", "61.4%. Officials", MS),
    ("They chased the breakaway.Norway had led early.", "breakaway. Norway", MS),
    ("Is it over?Nobody knows.", "over? Nobody", MS),
    ("What a goal!Fans went wild.", "goal! Fans", MS),
    ("Prices rose to $4.50.However, demand held.", "$4.50. However", MS),
    ("She left the room.“We are done,” she said.", "room. “We", MS),
    # a straight quote that opens a quotation after a period, then a sure sentence start
    ('"It was close," Ann Lee said."We will appeal."', 'said. "We will', MS),
    ('It was built near Harbour Street."Another two years," she said.', 'Street. "Another', MS),
    # a bracket of one token, then a word that surely starts sentences
    ("Demand came from buyers (QIBs)The issue closed.", "(QIBs). The issue", RT),
    ("Add sodium chloride (NaCl)They found it helped.", "(NaCl). They", RT),
    # a number in brackets, then a word that surely starts sentences; an acronym in
    # brackets, then the subject of a sentence or "A" that prose follows
    ("The mark is held by Sir Gordon Richards (4,870)Both records stand.", "(4,870). Both", RT),
    ("It joined the Canadian Space Agency (CSA)Hansen will fly first.", "(CSA). Hansen will", RT),
    ("Figures came from the trade body (SMMT)BYD registered 11,271 cars.", "(SMMT). BYD", RT),
    ("It told the Information Commissioner (OAIC)A hacking group is suspected.", "(OAIC). A", RT),
    # ... while a glued sentence after such a look-alike is still one
    ("The pods are stable in the industryDeepSeek: a new star.", "industry. DeepSeek", RT),
    ("It grew fast in the market.AI firms led it, as Character.AI did.", "market. AI firms", MS),
    # a percentage, then a name that prose follows; a decimal, then an English word
    ("Harbour Tin added 1.8%Zorvane jumped 3.4%.", "1.8%. Zorvane jumped", RT),
    # a percentage glued to a full name, or to a well-known acronym
    ("Prices eased to 5.9%Richard Donnell, an analyst, said so.", "5.9%. Richard", RT),
    ("Imports fell 1.9%BYD, the carmaker, said sales rose.", "1.9%. BYD", RT),
    ("Porosity was below 0.1%NASA's lab funded the work.", "0.1%. NASA's", RT),
    ("He took 38 wickets at an average of 21.6Selectors also recalled him.", "21.6. Sel", RT),
    # a dateline's agency lost its space: the story goes on with no period
    ("Metro grows\n\nKOCHI, Jan 12 (PTI)The metro will add boats.", "(PTI) The metro", MS),
    # a percentage, then an acronym of four letters and a clause, or the article "A"
    ("Void rates hit 21.4%JLLW, which runs the index, said so.", "21.4%. JLLW, which", RT),
    ("Phishing rose by 250%A fix has been out since May.", "250%. A fix", RT),
    # an amount of money or a number, then a name that a verb follows
    ("Harbour agreed a fee of £42mOkonjo will fly in today.", "£42m. Okonjo will", RT),
    ("The tablet will cost €1,299Zorvane said it ships in June.", "€1,299. Zorvane said", RT),
    ("Its fleet grows to 140Veltair said the order was its biggest.", "140. Veltair said", RT),
    # an acronym, then a name that no word spells and a clause
    ("The chef trained at the CIAOkonkwo, who grew up in Enugu, cooks.", "CIA. Okonkwo,", RT),
    ("She leads the miners' union, the NUMTshabalala, the union's head, said so.", "NUM. Tsh", RT),
    # a code after a word in lower case ends a sentence
    ("The crash closed the A46Officers said the road reopened.", "A46. Officers", RT),
    # a bracket of prose, then an acronym that a verb follows, or a name and a clause
    ("It is sold in Peru (but not yet in the EU)ZORVEX said it would apply.", "EU). ZORVEX", RT),
    ("The gang (tracked as UNC4411)Veltrix, which is investigating, said so.", "4411). Velt", RT),
    ("It floats (known as Argo)NASA scientists said the data showed heat.", "Argo). NASA", RT),
    # a firm's legal form after its name, glued to a word
    ("The syrup is made by Veltrax LtdBatch numbers were checked.", "Ltd. Batch numbers", RT),
    # a word that often starts an identifier, then a name and a verb of speech
    ("She hurt her wrist in the second setOkonkwo said it was minor.", "set. Okonkwo said", RT),
]


@pytest.mark.parametrize(("noisy", "fixed", "rule"), FIXES)
def test_repairs(noisy: str, fixed: str, rule: str) -> None:
    result = RepairSentences().run(noisy)
    assert fixed in result.text
    assert [c.rule for c in result.edits] == [rule]
    assert result.edits[0].note  # every repair says why


@pytest.mark.parametrize(
    "text",
    [
        # a token that ends in a word that ends identifiers names a type or an event,
        # even in a short text that gives no other sign of code (found in docstrings)
        "If the HTTPConnection is in the correct state, it returns an HTTPResponse object.",
        "A startElement event will occur before the corresponding endElement event.",
        "ZipImportError is raised if the archive is broken.",
        "It uses SharedMemoryServer instead of Server.",
        # a module's name, a period and a name of it
        "A binascii.Error is raised if s is incorrectly padded.",
        "If the connection drops, a socket.Error is raised and the call fails.",
        "Call the widget.Handler method to reset it.",
        "The grammar argument is a grammar.Grammar instance; see the docs.",
        "Patterns are compiled (re.Pattern instances) or not.",
        "If omitted, use the string 'typing.Any'. Field objects are created.",
        # a module's names: written twice or more, or a module that is no word
        "If out is a dask.DataFrame, dask.Series or dask.Scalar then it is used.",
        "Use pd.DataFrame here and pd.array there.",
        "See csv.Dialect documentation for more.",
        # a parameter of a docstring; a dotted name the text quotes as code elsewhere
        "colName : str\n    The name of the column.",
        "s : pandas.Series\n    A `pandas.Series` that holds the values.",
        "List of operationIds of interrupted operations.",
        "The mean of each value in the DatetimeIndex. Values range from 0 to 6.",
        # a firm's name before its suffix; a line in capitals, mistyped
        "Copyright 2005-2006 XenSource Ltd. and others. Xen grew; Source code is open.",
        "NETWORK COMPUTING DEVICES DISCLAIMs ALL WARRANTIES WITH REGARD TO IT.",
        "It fixed a decode fail with invalid eXIf chunks.",  # a two-letter camel name
        # a part cut to its consonants names something in code, whatever follows
        "The variable was still called submitOrderBtn, but the button was renamed.",
        "Then parseCfgFile reads the settings and loadMsgQueue starts.",
    ],
)
def test_names_of_code_in_prose_stay_whole(text: str) -> None:
    assert RepairSentences()(text) == text


def test_a_text_that_talks_code_keeps_its_identifiers() -> None:
    text = (
        "Call resetCache() first, then run() again.\n"
        "The handler => done; use multiprocessing.Manager here.\n"
        "The deepEqual check fails in the browserThe next step is a patch.\n"
    )
    fixed = RepairSentences()(text)
    # identifiers stay whole: the text talks code (calls, arrows, dotted calls)
    assert "resetCache" in fixed and "deepEqual" in fixed
    assert "multiprocessing.Manager" in fixed
    # a word that only starts sentences still ends one
    assert "browser. The next step" in fixed
    # and the same words in prose are repaired as ever
    prose = "The deepEqual check fails. Growth slowed in the industryDeepSeek said so."
    assert "industry. DeepSeek" in RepairSentences()(prose)


def test_in_a_text_that_talks_code_only_a_clause_opener_ends_a_sentence() -> None:
    text = (
        "Call reset() first, then run() again; use pkg.open( here.\n"
        "The test runner ran afterEach twice and skipped the notBefore check.\n"
        "Growth slowed in the marketHowever, the patch landed.\n"
    )
    fixed = RepairSentences()(text)
    # content words open identifiers as often as sentences ("afterEach", "notBefore")
    assert "afterEach" in fixed and "notBefore" in fixed
    # an adverb or an article that opens a clause still ends one
    assert "market. However, the patch" in fixed
    prose = "He ate the pie and afterEach of them left, he said."
    assert "after. Each" in RepairSentences()(prose)


@pytest.mark.parametrize(
    "text",
    [
        "The variable was still called submitOrder.",
        '"The button itself was now orderConfirm."',
        "The team renamed the field accountTotal. Nothing else changed.",
        "It read the value of validateCart.\n\nThen it stopped.",
    ],
)
def test_an_identifier_that_ends_a_sentence_stays_whole(text: str) -> None:
    # a lost ". " would leave a sentence of one word ("Btn.", "Confirm."): only suggested
    fix = RepairSentences()
    assert fix(text) == text
    assert "would be a sentence of one word" in fix.suggest(text)[0].note


@pytest.mark.parametrize(
    "text",
    [
        # a noun of code before the token, before "called"/"named", beside it, or after it
        "Every hour, a function called reportUsage sent the list to a server.",
        "The bug sat in a field named saveIntervalMs, which was reset at start.",
        "The vulnerable routine, decodeChunkHeader, trusted a length it read.",
        "The release adds a cancelAll method to the queue.",
        "Users can group points by setting clusterRadius, and the map redraws.",
        "Researchers point to the dropNa option, which removes whole patients.",
        # other names in camel case listed with it
        "The report lists deviceModel, lastActiveAt and schoolName among the details.",
        "The problem occurs when dueDate and returnedAt fall on the same day.",
        # a name in code opens the sentence: a lost ". " would leave "register."
        "The editor gained plugins. registerCommand is the main entry point.",
        # or its first clause, after a short opener: "Separately, air."
        "Fares rose. Separately, airBaltic, the Latvian carrier, cut routes.",
        # a value given to it as to a setting
        "If the file sets strictDecorators to true, old plugins fail.",
        "We left batchMode = false in the config.",
    ],
)
def test_a_name_in_code_that_prose_names_stays_whole(text: str) -> None:
    assert RepairSentences()(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a text that talks code (two signs: dotted names of settings, a file, a path)
        "We set enable.auto.commit to false and max.poll.records to 200, so the "
        "processInvoice loop stays under the timeout.",
        "The probe hits /healthz and reads settings.yaml. The readinessProbe checks more.",
        # a determiner that opens the sentence: "The liveness." is no sentence
        "We split the checks. The livenessProbe only confirms that the process runs.",
        # an isotope's mass: "³He" (a footnote's mark comes after the period)
        "They mixed two helium isotopes, ³He and ⁴He. At that point it froze.",
        # terms of software and science written in mixed case
        "ESLint would have caught it, and so would VSCode.",
        "Levels of IgA fell, while mmHg readings rose.",
        # the plural of a model's variant: "F-35As" is no "F-35. As"
        "Dutch F-35As, Polish F-16s and a tanker took part.",
        "The order covers 12 KC-46As and two spares.",
    ],
)
def test_names_of_code_and_science_stay_whole(text: str) -> None:
    assert RepairSentences()(text) == text


def test_no_sentence_opens_with_two_letters_that_are_no_word() -> None:
    # "PC" is used on its own, but "Xe" is neither a word nor written anywhere else
    text = "Most PC builders need two 8-pin PCXe cables for this card."
    fix = RepairSentences()
    assert fix(text) == text
    assert '"Xe" is no word' in fix.suggest(text)[0].note


def test_beside_a_noun_of_code_a_clause_opener_still_ends_a_sentence() -> None:
    fix = RepairSentences()
    assert fix("They changed the settingThe new default is off.") == (
        "They changed the setting. The new default is off."
    )
    # without a noun of code around it, the same token is a lost period
    assert fix("The team cut the price of the reportUsage rose.") == (
        "The team cut the price of the report. Usage rose."
    )


def test_a_lost_period_before_a_sentence_of_more_words_is_still_repaired() -> None:
    fix = RepairSentences()
    assert fix("The team checked the accountTotal revenue fell.") == (
        "The team checked the account. Total revenue fell."
    )
    assert (
        fix("Profits rose in the industryThey fell.") == "Profits rose in the industry. They fell."
    )
    # a question may be one word long
    assert fix("He asked what went wrongWhy? Nobody knew.") == (
        "He asked what went wrong. Why? Nobody knew."
    )


def test_a_part_of_several_humps_must_be_a_word_of_its_own() -> None:
    # a lost period joins a word to a word: "readableDid" or "asymmetricKey" is none
    for token in ("readableDidRead", "asymmetricKeyDetails", "QuietStreamRead"):
        text = f"Version 4 added {token} to the library last year.\n"
        fix = RepairSentences()
        assert fix.propose(text) == []
        assert "is no word of its own" in fix.suggest(text)[0].note
    # a known or a used one is ("DeepSeek"), and so is a name with a particle
    used = "Sales fell in the industryDeepSeek said. DeepSeek grew."
    assert "industry. DeepSeek said" in RepairSentences()(used)
    assert "McWhitner. The crew" in RepairSentences()("said Colin McWhitnerThe crew met.")
    # before a word that never ends a sentence, the part before it may be anything
    assert "ZorbCorp. The merger" in RepairSentences()("an analyst at ZorbCorpThe merger was")
    # and a name that prose follows may open a sentence ("bigFileThreshold)" stays)
    opens = "Sales fell at the storesZorbKW said on Monday."
    assert "stores. ZorbKW said" in RepairSentences()(opens)
    assert RepairSentences().propose("Use a size (say bigFileThreshold) here.") == []


def test_a_glued_token_written_twice_is_a_name() -> None:
    text = "The notBefore field is set. Check that notBefore is earlier than now.\n"
    assert RepairSentences().propose(text) == []
    # unless it ends in a word that only opens sentences: the same lost period twice
    twice = "Prices rose, he saidThe firm agreed. Then he saidThe board agreed.\n"
    assert RepairSentences()(twice).count("said. The") == 2


def test_note_gives_the_evidence() -> None:
    (edit,) = RepairSentences().propose("Growth slowed in EuropeHowever, exports rose.")
    assert edit.replacement == ". "
    assert '"However" starts sentences' in edit.note


# A camel-case word used elsewhere in the same text is a word, not two sentences.
DOCUMENT_EVIDENCE = [
    (
        "KoraLinx said profits rose. Analysts at KoraLinx agreed.",
        "Analysts at KoraLinx agreed.",
    ),
    (
        "GlimWorks makes drones. Shares of GlimWorks rose.",
        "Shares of GlimWorks rose.",
    ),
]


@pytest.mark.parametrize(("text", "kept"), DOCUMENT_EVIDENCE)
def test_document_vocabulary_protects(text: str, kept: str) -> None:
    assert kept in RepairSentences()(text)


def test_parts_used_alone_are_evidence() -> None:
    text = (
        "Brannagh wrote the report. The reporter Andrew BrannaghLabour has drawn "
        "criticism, and Labour said so."
    )
    assert "Brannagh. Labour has" in RepairSentences()(text)


def test_name_written_apart_elsewhere_is_not_split() -> None:
    text = "Time Warner rose. The firm behind TimeWarner said Warner Bros and Time did well."
    assert RepairSentences().propose(text) == []


# Real mixed-case words in ordinary sentences: none may be split.
CAMEL_TERMS = [
    "iPhone", "iPad", "iPod", "iTunes", "iCloud", "MacBook", "AirPods", "FaceTime",
    "PowerPoint", "OneDrive", "SharePoint", "LinkedIn", "YouTube", "PayPal", "eBay",
    "WhatsApp", "TikTok", "WeChat", "WeWork", "SoftBank", "PlayStation", "GameCube",
    "DualShock", "SpaceX", "OpenAI", "DeepSeek", "DeepMind", "GitHub", "JavaScript",
    "TypeScript", "PostgreSQL", "MySQL", "MongoDB", "TensorFlow", "PyTorch", "NumPy",
    "WordPress", "BlackBerry", "MasterCard", "FedEx", "JPMorgan", "BlackRock",
    "ExxonMobil", "GlaxoSmithKline", "AstraZeneca", "PricewaterhouseCoopers",
    "DaimlerChrysler", "ThyssenKrupp", "HarperCollins", "DreamWorks", "TimeWarner",
    "WorldCom", "EastEnders", "SpongeBob", "OutKast", "McDonald's", "McDonald",
    "McKinsey", "McCain", "McIlroy", "MacArthur", "MacLeod", "DiCaprio", "DiMaggio",
    "DeVito", "DeSantis", "LeBron", "LaGuardia", "DuPont", "O'Neill", "useState",
    "useEffect", "setTimeout", "getElementById", "addEventListener", "onClick",
    "forEach", "toString", "innerHTML", "XMLHttpRequest", "JSONDecoder", "easyJet",
    "AirAsia", "JetBlue", "BitTorrent", "KaZaA", "eDonkey", "RealPlayer", "QuickTime",
    "TiVo", "GoPro", "FitBit", "ChatGPT", "PhD", "BSc", "MSc", "LaTeX", "BaFin",
    "VMware", "DoorDash", "GrubHub", "TaskRabbit", "AliExpress", "ByteDance",
]  # fmt: skip
TEMPLATES = [
    "Analysts said {t} would report results on Monday.",
    "Shares in {t} rose 3% after the announcement.",
    "She said that {t} is popular with younger users.",
    "A spokesman for {t} declined to comment.",
    "It was reported by {t}. The company denied it.",
    "{t} said it expected sales to grow.",
]


@pytest.mark.parametrize("term", CAMEL_TERMS)
def test_camel_case_terms_stay_whole(term: str) -> None:
    fix = RepairSentences()
    for template in TEMPLATES:
        text = template.format(t=term)
        assert fix.propose(text) == [], text


KEEP = [
    # a number and a letter that no verb of "I" follows: a code
    "The 29I model and the 12A rating were both on sale.",
    # a rate's name in capitals after a percentage
    "Buy now with 0%APR finance and no deposit.",
    # capitals in a name of code or a brand, before a verb in the past
    "The innerHTML changed event fired, and the leanFIRE crowd ended up rich.",
    # capitals after a word that no moving shares follow: no ticker
    "Fans of leanFIRE shares tips online, and phpBB shares rose in popularity.",
    # a number and a capital make the first part of a name
    "It scored well in 3DMark benchmarks, and the 4KTV range sold out.",
    # capitals after a lower-case word before a comma: a brand, unless a well-known acronym
    "The charity runs a microLOAN, a scheme for farmers.",
    "Apple ships macOS, iOS and watchOS updates.",
    # an English word glued to a content word that only may start a sentence: a brand
    "Analysts expect TheatreNow to report results.",
    "He works at GiveWell in London.",
    "She bought a OrbitBeyond last week.",
    # a place or a surname glued to a word that ends a name: a brand, a club, an event
    "The state runs NebraskaCare for families.",
    "He spoke at the AberdeenInternational launch on Monday.",
    "The WarnerMedia deal closed.",
    "The LucasArts deal was signed on Monday.",
    "Shares in TexasInstruments rose sharply.",
    "He joined DallasNews last year.",
    "The SmartCharles Schwab account.",
    "They love BluRay Disc players.",
    "Acme Power shares rose. Acme PowerTool sold well.",
    "Visit Tahiti BoraBora is lovely.",
    # an English word and a weak starter: a brand, unless a quantity follows
    "He joined TheatreNow in 2004 and sells GameMore than ever.",
    # a Capitalised word and a short or unknown acronym: a name ("PowerPC")
    "The PowerPC chip and the SmartTV set and the WorldGB team sold.",
    "Follow AmazonUK on Twitter; the Bagle.AU worm spread.",
    # an acronym of code after a word is no well-known acronym
    "Set the innerHTML property, then call readCSV on it.",
    # a lower-case prefix of code is no word that ends a sentence
    "Call the getvalueString helper and the mymoduleHelper class.",
    # after a Capitalised word: a product name, unless the first part ends names
    "Store sales rose. The Google PlayStore has apps.",
    "Arcade games sold. The Xbox LiveArcade is big.",
    # after a given name: a name of two parts, unless the second is used on its own
    "Shares in Glaxo rose, said Jane SmithKline, who runs it.",
    "Mary AnnSmith said so, and Smith agreed.",
    # names in code and data: a quoted key, an assignment, a key opening its line
    '{"createdAt": 1571678775, "eyeLeft": 2, "ResourceId": "r-1"}',
    "Set timeoutMs=30 and retry.",
    "  fileName: report.txt\n  pageSize: 20",
    # inline code that a Markdown paragraph wraps once is still code
    "The docs show `open-source AIThe\nmodel` as a defect.",
    "Sony Play is an app. Sony PlayStation sold well.",
    "Norvane beat it.\n\nQRKPower 45W USB-C Travel Charger\n",
    # an auxiliary glued to a word with no question after it: a name, or code
    "The ParkIs plan was approved.",
    "He said the ProjectHas been cancelled.",
    "Call item.valueIs() to check it.",
    # code-like dotted names outside backticks
    "To build a widget, subclass React.Component and render it.",
    "The script reads setup.Py before anything else.",
    # abbreviations, initials, titles
    "The U.S. economy grew, the U.K. economy did not.",
    "He moved to the U.S.A. in 1990 and took U.S. citizenship.",
    "J.K. Rowling and J.R.R. Tolkien sold millions of books.",
    "Results are due, e.g. sales and profits, i.e. the usual.",
    "She holds a Ph.D. in physics from M.I.T. and an MBA.",
    "Dr. Smith met Mr. Jones and Mrs. Brown at 10 a.m. on Monday.",
    # decimals, versions, money, ranges
    "Pi is 3.14159 and e is 2.71828, roughly.",
    "Upgrade to v2.0.1 or 10.15.7, not 3.x.",
    "The app runs on Node.js, Vue.js and ASP.NET servers.",
    "Shares rose 2.5% to $13.40, or £7.20, in 2004-05.",
    "They won 3-1 at home and 6-4 6-3 in the tennis.",
    "Data speeds of 14Mbps, 3.6Mbps and 512Kbps were quoted.",
    "Both 3G and 4G phones, a 60GB iPod and a 4K TV.",
    # URLs, e-mails, paths, handles, hashtags, files
    "See https://example.com/NewsRoom/PressRelease for details.",
    "Visit www.ExampleShop.co.uk or Amazon.com today.",
    "Write to Press.Office@Example.org or info@example.com.",
    "The file lives in /usr/local/BinTools/ReadMe.txt on Linux.",
    "Open C:\\Users\\JohnSmith\\MyDocuments\\Report.docx to check.",
    "Follow @JaneDoeNews and use #ClimateActionNow online.",
    "Download SetupWizard.exe or ReleaseNotes.PDF first.",
    # code
    "Call `useState` and then `setCount(count + 1)` in React.",
    "Use `fooBar.BazQux` in the `MyClass.DoThing()` method.",
    "In Python, call obj.getName() or os.path.join().",
    "```\nconst fooBar = getValueOf(itemList);\nlet NextItem = 1;\n```\n",
    # ellipses and quotes
    "He paused... Then he left.",
    "Wait…Then it began.",
    'She said "no" and left. "Really?" he asked.',
    # words glued inside a sentence: a lost space, not a lost period
    "They met at the University ofTexas campus last year.",
    "The team won asI expected and fans cheered.",
    # unknown compound brands made of two English words
    "The startup PlasticBag raised money from investors.",
    "Fans of ArtGarden can visit the gallery.",
    # numbers and codes
    "The 12A rating and the 29A group were discussed.",
    "A MkII Acme Roadster and a Series II Norvane Tourer.",
    "It rained in the 1990s, 400m and 5bn figures aside.",
    # acronyms that end in I or A, product names after a known word
    "The GUI was developed by Xerox and the FBI agents agreed.",
    "NASA said the USA team and the CIA officials met.",
    "He bought a MacBookAir and an iPodNano last year.",
    # a word that never ends a sentence before a name ("with The Times") or "I"
    "He spoke withThe Times on Monday and the team won asI expected.",
    # "in" and "on" before a name that lost its space (a link's text), not a sentence
    "The talks were held inParis the week before, and the vote is onMonday next week.",
    "He denied reports thatOkeke had left, as fans came includingLisbon ones despiteAcme.",
    "A win overScotland came sinceFebruary, pastLatimer and afterOkeke left the nearbyHarbour.",
    "Leeds play duringMay, whileAcme waits for anotherKorvada match.",
    # a given name alone glued to a surname is a person's name that lost its space
    "It was Ann Okafor and GordonBlack who led, with SimonGreen second.",
    # a verb of speech after a quotation names the speaker; a possessive owns the name
    '"It works," saidTomas Okeke, the owner. It is "smart", saysMs Brannagh of Acme.',
    "The last minute of last week'sHarbour Derby and St Aldric'sHigh School both lost.",
    # a name shown before its handle, as a tweet is attributed
    "Great news. — HansBrannaghLatimer (@HansBrannagh) March 1. HansBrannagh said so.",
    # a name in -ly before a comma is no adverb
    "They met GraceKelly, the actress, and toured ItalyItaly, the show.",
    # a date word that nothing makes a date, a doubled name never used on its own
    "The MayDay parade and the SundayTimes readers met for a MondayNight show.",
    "He joined TalkTalk and left BoraBora in May.",
    # a name that ends in a number ("SkyBlue2" used alone), "I" or "A" before a word that
    # no subject or article opens a sentence with
    "Colours: SkyBlue1, SkyBlue2, then LightSkyBlue1 and LightSkyBlue2.",
    "It installs CursorMoved, CursorMovedI and WinEnter handlers.",
    "Blood of type A or typeA or type B.",
    # capitals and digits after an English word or in one product name
    "The BMW ModelX5 is fast and he bought a PlayStation2 and a galaxyS4 phone.",
    # a token alone on its line, or in a line of tab-separated fields: a list, a table
    "Contributors:\nJason Curtis\nJasonMo\nJay Graves\n",
    "Authors:\nBenjamin VanEvery\nBenoit Pierre\n",  # a given name, then the surname alone
    # a glued name written three times or more, whatever it ends in
    "au BufRead *.txt set et\nau BufRead *.c set ts=4\nThe BufRead event fires first.",
    "Sort on updatedAt and then on updatedAt again; updatedAt is a date.",
    # a class after its module, one after a module of the same name, a version's last part
    "Windows: eEW = editor.EditorWindow and browser.ClassBrowser open here.",
    'Import "UserDict.UserDict", not the module. It was netty 4.1.138.Final then.',
    # a header key, an attribute or an extension, an assignment
    "X-BeenThere: list@example.org\nX-Mailman-Version: 2.1\n",
    "Use globalThis.crypto over require, as UnixCrypt.java does.",
    "let g:calledMyCommand = true",
    # identifiers in a text that names source files and snake_case functions
    "Values are tested in testAtanSign in test_cmath.py, and in check_values of run_all.py.",
    # a line of base64
    "vEeKaq5xyh+xKrhfQgUL7EYw0XILyulW\nbfXv33i+Ybqypa4ETLyorGkVl73v67SM\n",
    "0 191 255\tDeepSkyBlue\n135 206 235\tSkyBlue\n",
    "pip\tpyOpenSSL\t23.0.0\npip\tmarketData\t1.2\n",
    # headline style and all caps
    "BREAKING NEWS: MARKETS FALL AS OIL RISES",
    "",
    "plain text without any capitals at all",
    "COPYING holds the licence; see the file COPYING.LIB.\n\nThe tool reads it.",  # a file
    # a project's files by their conventional names, before or after the period
    "Please see the README.Debian in the docs. Remove Debian.TODO and keep COPYING.LIB too.",
    # an address spelt out with "at", after the user's name or glued name
    "Florian Weimer      Florian.Weimer at rus.uni-stuttgart.de\n",
    "John Clizbe      JPClizbe at comcast.net\n",
    # a line of a list of people: a glued given name, then the surname (and an address)
    "Hye Lee\nDan Parisien\nHyeSoo Park\nWilliam Park\n",  # ("Hye" is used on its own)
    "Neil Marsh <nm@x.org>\n      NeilBrown <neilb@suse.com>\n",
    # a library's name after "lib", and a system's known name
    "Build it against libX11 and libXfixes; Xfixes and X11 are needed.",
    "Relabel for SELinux the newly created directory; Linux needs it.",
    # a token that opens brackets: the sentence it would end would be one word long
    "Rewritten the Android build system (BuShe Pie) [#44207]. She did it.",
    # the plural of an acronym in "A" before words that go on with a plural
    "The NDAs expected to be signed were late, as were the NDAs of the firm.",
    # formulas beside formulas, a protein's name, classes of shares, instruments
    "Chargers use GaN. InP and GaAs remain the workhorses of optical links.",
    "It uses CRISPR-Cas9 editing: the guide directs the SpCas9 nuclease to a target.",
    "Berkshire Hathaway (NYSE: BRK.A, BRK.B) reported earnings.",
    "The (s)He pronoun and the (Re)Search brand stayed.",  # a bracket inside a word
    # a point of the compass opens names; an acronym that ends other names of the text
    "Spending on WestConnex maintenance and the Metro West project will rise.",
    "The HarbourAI Mission helped. Startups such as VaaniAI use AI daily.",
    # a left part that opens another name the text writes twice, then a word that starts
    # no sentence
    "Harmon opened HarmonBurger. Harmon said HarmonBurger and HarmonHouse Media will grow.",
    # a product's name, no town's or firm's, then a plural and a verb
    "Revenues rose. Delta's new SimpliFares were trialled from August.",
    "Shell traded in New York under RDS.A and RDS.B until 2022.",  # two classes of shares
    "T-cell responses were measured with an IFN-\u03b3 ELISpot assay.",
    # a text that names functions of code: the camel-case names are identifiers
    "Wrap the handler in useCallback, move it into useEffect and replace setInterval with "
    "requestAnimationFrame for the tracker.",
    "Using NIRCam and NIRSpec on the telescope, the team confirmed it.",
    # a name of two humps and a short word, or a word that prose does not follow
    "The ZorbStreamRead call and the ZorbLogicInventory Manager stay.",
    # a name of three humps in a list ("Dotcom" then a comma, no prose)
    "Nominees in the best blog category: HarbourFairyDotcom, Londonist and Hicksdesign.",
    # a product after a brand, then no verb; a name of one word before the verb
    "The Harbour PowerTools range and the New York TimesSelect subscribers grew.",
    "Shares in HarbourTickets are up.",
    # the second word of a name whose words open with a lower-case prefix
    "Councillors of the uMkhonto weSizwe (MK) party marched to the city hall.",
    # a class and its member in code, after a Capitalised word and a period
    "For developers, the familiar Console.WriteLine still works in the new templates.",
    # a bracket of no words, or a call in code, before a capital
    "Each (s)He and (Re)Search stays as written.",
    "Call f(a, b)Then it runs.",
    # a list's number or letter in brackets; an acronym in brackets before a title
    "(1)Both parties must sign.\n(2)Either party may end it.",
    "The terms are set out in (a)Both and (b)Either.",
    "It joined the Canadian Space Agency (CSA)Director Lisa Campbell was there.",
    # a name with a period before an acronym, written twice; a namespace's categories
    "Buyers like Lumen.NYC and rivals. Lumen.NYC now ships to Boston.",
    "Submissions in cs.AI and cs.LG have doubled in two years.",
    "Its US affiliate, Binance.US, has a small share of trading.",
    # a one-word sentence would open after the period: a thing of code
    "The release also adds a weak package with weak.Pointer.\n\nDevelopers like it.",
    # a key of code that a value follows
    "The containers are declared with restartPolicy: Always in the spec.",
    "Set maxRetries=3 before the first run.",
    # a name's rest of Capitalised words to the sentence's end; two letters that open a
    # given name; a name after an article that a Capitalised word goes on
    "Film fans queued for hours. The film was distributed by FilmOne Entertainment.",
    "His brother LiAngelo Ball has become a rapper.",
    "AI is booming. That project is part of the IndiaAI Mission, which has a budget.",
    # a brand of the bundled list whose first word is a word on its own
    "The Marlins play at loanDepot park this season.",
    # two capitalised words before a period: a name ("Shares." is no sentence)
    "Outflows hit a record, according to data from CoinShares. Ether fell 5% on Monday.",
    "Patients book visits through its telehealth portal, VeraLumeNow. It opened in May.",
    # the number of a clause, glued to its heading by the text's style
    "Section 3.Definitions\nContent means any text.\n\n4.1.Members may share articles.",
    "The Parties agree as follows:\n\nArt. 1.Confidential Information. It is secret.",
    # a model's letters and number after the name of its line, then the rest of its name
    "The Galaxy S24Ultra will ship in May.",
    "The Airbus A321Neo has flown.",
    # a rate's name after a percentage, and a grade
    "Offers are at 0%APR, which is rare.",
    "She scored 100%A grade marks in the test.",
    # an acronym and an English word make a brand
    "The charger from RAVPower, which sells well, is cheap.",
    "He read CNNMoney, the site, each day.",
    # a legal form that a name opens, or no firm's name before it
    "The IncRedible show opens on Friday.",
    # a bracket before a name in capitals that no verb follows
    "The list (see below)BBC News is here.",
    # a call in code before a verb of speech
    "Call getUser said nothing.",
    # a product after a number ("20Mary Kay products") and a unit
    "He bought 20Zorvane products last year.",
    "The link runs at 400Mbps said the firm.",
]


@pytest.mark.parametrize("text", KEEP)
def test_must_not_change(text: str) -> None:
    assert RepairSentences().propose(text) == []


def test_a_space_lost_after_an_initialism_comes_back() -> None:
    text = "The firm grew across the U.S.The roster was named. In the U.K.Analysts said so."
    assert RepairSentences()(text) == (
        "The firm grew across the U.S. The roster was named. In the U.K. Analysts said so."
    )
    # a dotted name of code, a dotted initialism and a class of shares stay
    for keep in ("Use System.IO.File now.", "The U.S.A. is big.", "Buy BRK.B today."):
        assert RepairSentences()(keep) == keep


def test_a_quotation_that_ends_a_sentence_glued_to_the_next() -> None:
    text = (
        'He called it "leverage on leverage"Shares of MSTR fell. '
        "The \u201cbest ever\u201dThe team won."
    )
    assert RepairSentences()(text) == (
        'He called it "leverage on leverage". Shares of MSTR fell. '
        "The \u201cbest ever\u201d. The team won."
    )
    # a quote that opens, a name after a quoted word, a quote glued in code: no edit
    for keep in ('A "Hi"There" case.', 'Use "foo"Bar here.', 'x = f("a")Then'):
        assert RepairSentences().propose(keep) == []


def test_a_word_glued_to_a_quotation_that_opens_the_next_sentence() -> None:
    text = (
        'Profit doubled and the firm raised its forecast"This was a record year," he said. '
        "Sales grew steadily\u201cLess is more\u201d remains the motto. "
        'Cook the sauce over low heat"Low and slow" is the rule.'
    )
    assert RepairSentences()(text) == (
        'Profit doubled and the firm raised its forecast. "This was a record year," he said. '
        "Sales grew steadily. \u201cLess is more\u201d remains the motto. "
        'Cook the sauce over low heat. "Low and slow" is the rule.'
    )


def test_a_name_or_a_percentage_glued_to_a_quotation_that_opens_a_sentence() -> None:
    text = (
        'The brand ended the deal on Tuesday"We expect creators to disclose ads," it said. '
        'He scored 30 for the Grizzlies"I don\'t think we moved the ball," he said. '
        'The bank raised its rate to 50%"I expect one more hike," an analyst said.'
    )
    assert RepairSentences()(text) == (
        'The brand ended the deal on Tuesday. "We expect creators to disclose ads," it said. '
        'He scored 30 for the Grizzlies. "I don\'t think we moved the ball," he said. '
        'The bank raised its rate to 50%. "I expect one more hike," an analyst said.'
    )


@pytest.mark.parametrize(
    "text",
    [
        # after a Capitalised word, a quotation that reads as no sentence is a title
        'He quoted Hamlet"To be or not to be" to the class.',
        'The film Tuesday"We Are Family" was a hit.',
        # a word that introduces a quotation inside a sentence, a short quoted name
        'He is one of the so-called"Big Three" of the league.',
        'A campaign dubbed"Operation Sandstorm" began.',
        'The band played"Hey Jude" twice.',
        # a text that talks code
        'Call f(x) => g(y); print(x)"Hello there world" is logged.',
    ],
)
def test_a_quotation_inside_a_sentence_is_no_sentence_start(text: str) -> None:
    assert RepairSentences().propose(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a member of an identifier in camel case, and the identifier's other members
        "Use DateTime.UtcNow for logs; DateTime.Now returns local time.",
        "Console.WriteLine prints a line, while String.Format builds one from DateTime.UtcNow.",
        "Call jQuery.ajax() first. Then jQuery.Deferred waits for it.",
    ],
)
def test_members_of_identifiers_in_camel_case_stay_whole(text: str) -> None:
    assert RepairSentences().propose(text) == []


def test_a_camel_case_name_that_ends_a_sentence_still_gets_its_space() -> None:
    # an address is no member: "PayPal.com" makes no identifier of PayPal
    text = "Visit PayPal.com today. Shares of PayPal.The company said so."
    assert RepairSentences()(text) == (
        "Visit PayPal.com today. Shares of PayPal. The company said so."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Check the licence on the state's MyFloridaLicense website first.",
        "Book on the MyHealthPortal app before you go.",
    ],
)
def test_a_name_in_camel_case_before_the_thing_it_names_stays_whole(text: str) -> None:
    assert RepairSentences().propose(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # two lost ". " in one token would make a sentence of the word between them
        "The UN campaign HeForShe asks men to commit to equality.",
        # a sentence ends on no "For" or "My": a piece of a name
        "Volunteers built TheyWorkForYou in 2004.",
        "Less famous services matter too. FixMyStreet lets residents report potholes.",
    ],
)
def test_a_name_of_capitalised_words_is_not_cut_into_sentences(text: str) -> None:
    assert RepairSentences().propose(text) == []
    # a name glued to the next sentence still splits after it, however little known
    assert RepairSentences()("Both are backed by PiggyVestCompetition is intense.") == (
        "Both are backed by PiggyVest. Competition is intense."
    )


@pytest.mark.parametrize(
    "name", ["anyMatch", "noneMatch", "collectList", "ensureActive", "andThen", "dispatchEvent"]
)
def test_methods_of_streams_futures_and_tests_named_in_prose_stay_whole(name: str) -> None:
    # found by a precision audit: one mention in prose was enough to split them
    text = f"Call {name} on the result to merge the lists."
    assert RepairSentences().propose(text) == []


def test_a_sentence_that_ends_on_a_word_that_also_opens_methods_still_splits() -> None:
    # "run", "map", "then" and "group" end sentences: no prefix of code for them
    text = "It could have accrued since thenArbitration of the lawsuit could take place."
    assert RepairSentences()(text) == (
        "It could have accrued since then. Arbitration of the lawsuit could take place."
    )


def test_a_well_known_acronym_of_news_opens_a_glued_sentence() -> None:
    text = (
        "Margins widened from a year earlierEPS came in at $1.47. "
        "It breaches the First AmendmentDOJ lawyers said. "
        "The gown had 40,000 crystalsLVMH chief Bernard Arnault watched."
    )
    assert RepairSentences()(text) == (
        "Margins widened from a year earlier. EPS came in at $1.47. "
        "It breaches the First Amendment. DOJ lawyers said. "
        "The gown had 40,000 crystals. LVMH chief Bernard Arnault watched."
    )
    # an acronym of biology after a short prefix stays one word
    for keep in ("Tests of cfDNA and mtDNA levels rose.", "The mRNA vaccine works."):
        assert RepairSentences().propose(keep) == []


def test_a_word_glued_to_the_number_that_opens_the_next_sentence() -> None:
    text = (
        "Nobody believed their forecasts2024 proved them right. "
        "This is our coverage of results day310,000 pupils get grades. "
        "It was sold online14 million people may claim. "
        "The rocket flew on Tuesday2024 was its busiest year. "
        "It helped 14 of 20 patients12 of those 14 stayed well."
    )
    assert RepairSentences()(text) == (
        "Nobody believed their forecasts. 2024 proved them right. "
        "This is our coverage of results day. 310,000 pupils get grades. "
        "It was sold online. 14 million people may claim. "
        "The rocket flew on Tuesday. 2024 was its busiest year. "
        "It helped 14 of 20 patients. 12 of those 14 stayed well."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The covid19 wave, the mp3 player, the area51 base and the top10 list.",
        "Between the years2020 and 2021 sales fell; see page12 of the report.",
        "Visit example.com/news2024 today or mail ann@example2024.org now.",
        "Set the timeout2000 value in ms.",  # an identifier, not a year
        "He wrote the Monday5 blog and the May2024 update.",  # names
    ],
)
def test_a_number_glued_to_a_name_or_a_word_it_goes_on_stays(text: str) -> None:
    assert RepairSentences().propose(text) == []


def test_a_name_in_camel_case_before_one_word_and_a_period_stays_whole() -> None:
    # "Watch tool." would be a sentence of two words; "Fed" used alone changes nothing
    text = "The Fed may cut twice, according to CME's FedWatch tool. Yields rose."
    assert RepairSentences().propose(text) == []
    # a word that surely starts sentences still opens one
    assert RepairSentences()("He praised open-source AIThe model.") == (
        "He praised open-source AI. The model."
    )


def test_a_space_lost_after_the_am_or_pm_of_a_time_comes_back() -> None:
    text = "He fixed outages at 3 a.m.She never slept. We left at 2 p.m.I drove."
    assert RepairSentences()(text) == (
        "He fixed outages at 3 a.m. She never slept. We left at 2 p.m. I drove."
    )
    assert RepairSentences().propose("Set the a.m.Foo flag.") == []  # no time: no time's


def test_a_name_after_a_shortened_title_or_versus_is_no_sentence_of_one_word() -> None:
    text = "The court relied on Miranda v. ArizonaIn a concurrence, the judge agreed."
    assert RepairSentences()(text) == (
        "The court relied on Miranda v. Arizona. In a concurrence, the judge agreed."
    )


def test_a_compound_word_before_an_article_that_prose_follows_ends_a_sentence() -> None:
    text = "It showed 90 seconds of gameplayA release date was set."
    assert RepairSentences()(text) == "It showed 90 seconds of gameplay. A release date was set."


def test_a_pronoun_that_owns_ends_a_name_not_a_sentence() -> None:
    text = "Boots tablets and BetterYou's spray both work."
    assert RepairSentences().propose(text) == []
    assert RepairSentences()("We met the teamWe're ready, they said.") == (
        "We met the team. We're ready, they said."
    )


def test_a_camel_case_name_or_a_percentage_after_a_lost_boundary() -> None:
    text = (
        "It was fixed by 9 p.m.EasyJet cancelled 32 flights. "
        "Exports stop until further notice40% of the supply comes from there."
    )
    assert RepairSentences()(text) == (
        "It was fixed by 9 p.m. EasyJet cancelled 32 flights. "
        "Exports stop until further notice. 40% of the supply comes from there."
    )


def test_a_unit_after_a_number_glued_to_the_next_sentence() -> None:
    text = (
        "It will peak at 31\u00b0CThat would be a record. Snow may settle above 300 mDrivers "
        "should take care. Diesel was 141.2pSimon Williams of the RAC said so."
    )
    assert RepairSentences()(text) == (
        "It will peak at 31\u00b0C. That would be a record. Snow may settle above 300 m. "
        "Drivers should take care. Diesel was 141.2p. Simon Williams of the RAC said so."
    )
    # a unit before a name that no prose follows, and a letter after no number, stay
    for keep in ("The 4 mNorth Sea rig and the mTV show.", "It has a 300 mBox Pro inside."):
        assert RepairSentences().propose(keep) == []


def test_an_acronym_a_negated_word_or_an_article_opens_a_glued_sentence() -> None:
    text = (
        "Flights were held by air traffic controlNATS said the fault was fixed. "
        "Many parishes are unsustainableMembership has fallen. "
        "Eat less sugar (about seven cubes)A single can holds more."
    )
    assert RepairSentences()(text) == (
        "Flights were held by air traffic control. NATS said the fault was fixed. "
        "Many parishes are unsustainable. Membership has fallen. "
        "Eat less sugar (about seven cubes). A single can holds more."
    )
    for keep in ("Vitamin (A)A dose is fine.", "Buy an ecoFUND plan now."):
        assert RepairSentences().propose(keep) == []


def test_a_full_name_after_an_acronym_or_a_word_after_a_month_opens_a_sentence() -> None:
    text = (
        "It went to No. 1 in the UKAbigail Morris sings on it. "
        "The mill will run into MarchGrowers have been paid."
    )
    assert RepairSentences()(text) == (
        "It went to No. 1 in the UK. Abigail Morris sings on it. "
        "The mill will run into March. Growers have been paid."
    )


def test_a_score_glued_to_a_quotation_and_a_government_address() -> None:
    text = 'She won 6-0, 6-1"I felt really good today," she said. It is on GOV.UK, they said.'
    assert RepairSentences()(text) == (
        'She won 6-0, 6-1. "I felt really good today," she said. It is on GOV.UK, they said.'
    )
    # "UK" written alone elsewhere makes no sentence of "GOV.UK"
    keep = "The UK-France pilot data, published on GOV.UK, is updated daily."
    assert RepairSentences().propose(keep) == []


def test_a_year_that_ends_a_sentence_still_gets_its_space() -> None:
    text = "Sales doubled in 2004.The firm hired staff. Section 2 covers it.In May it grew."
    assert RepairSentences()(text) == (
        "Sales doubled in 2004. The firm hired staff. Section 2 covers it. In May it grew."
    )


SUGGESTED = [
    # an opening straight quote: the space belongs before it, which is less certain
    # unless a word that surely starts sentences opens the quotation
    ('It was a disaster, he said."Harbour must improve."', 'said."Harbour'),
    ("The getUser helper returns a user.", "getUser"),
    ("They met at the University ofTexas campus.", "ofTexas"),
    ("Zorb said so. Analysts at ZorbCapital agreed.", "ZorbCapital"),
    # after a preposition, an acronym that is neither well known nor used alone, glued to
    # an English word, is likelier one name than two sentences
    ("The figures come from a survey by QRSPoll last week.", "QRSPoll"),
]


@pytest.mark.parametrize(("text", "token"), SUGGESTED)
def test_thin_evidence_is_suggested_not_edited(text: str, token: str) -> None:
    fix = RepairSentences()
    assert fix.propose(text) == []
    notes = [e.note for e in fix.suggest(text)]
    assert len(notes) == 1
    assert token in notes[0]
    assert "not enough evidence" in notes[0]


def test_suggestions_reach_check() -> None:
    result = cleantext.Pipeline([RepairSentences()]).run(
        "The getUser helper returns a user.", suggestions=True
    )
    assert result.text == "The getUser helper returns a user."
    assert [s.rule for s in result.suggestions] == [RT]


def test_keep_option_protects_words() -> None:
    text = "The report was written by ZorbCapitalHowever staff disagreed."
    assert "ZorbCapital. However" in RepairSentences()(text)
    assert RepairSentences(keep=("ZorbCapitalHowever",)).propose(text) == []


def test_names_protect_their_words_and_one_word_forms() -> None:
    text = "Interest in Kestrel Labs grew and KestrelLabs said so."
    assert RepairSentences(names=("Kestrel Labs",)).propose(text) == []
    text = "Chips sold well in the industryKestrelLabs said so."
    fixed = RepairSentences(names=("Kestrel Labs",))(text)
    assert "industry. KestrelLabs said" in fixed


def test_a_term_in_capitals_protects_no_word_that_opens_in_lower_case() -> None:
    # "DealShare" is a firm of the bundled list; "dealShares" is "deal. Shares"
    text = "It came close to a takeover dealShares in the firm were up 5p."
    assert (
        RepairSentences()(text)
        == "It came close to a takeover deal. Shares in the firm were up 5p."
    )
    kept = "The app DealShare said DealShares rose."
    assert RepairSentences().propose(kept) == []
    text = "Sales of the iPhone rose. IPhone sales fell."
    assert RepairSentences().propose(text) == []


def test_context_vocabulary_protects() -> None:
    text = "Shares in FlintTorch rose."
    context = Context(vocabulary=frozenset({"FlintTorch"}))
    assert RepairSentences().propose(text, context) == []


def test_options_switch_repairs_off() -> None:
    text = "Growth slowed in EuropeHowever, exports rose.Next year is better."
    assert RepairSentences(run_together=False)(text) == (
        "Growth slowed in EuropeHowever, exports rose. Next year is better."
    )
    assert RepairSentences(missing_space=False)(text) == (
        "Growth slowed in Europe. However, exports rose.Next year is better."
    )
    assert RepairSentences(run_together=False, missing_space=False).propose(text) == []


def test_pass_is_frozen_picklable_and_hashable() -> None:
    fix = RepairSentences(keep=("FooBar",), names=("Arthur Mensch",))
    clone = pickle.loads(pickle.dumps(fix))
    assert clone == fix
    assert hash(clone) == hash(fix)
    assert clone("Profits rose in EuropeHowever, costs fell.") == (
        "Profits rose in Europe. However, costs fell."
    )
    with pytest.raises(AttributeError):
        fix.keep = ()  # type: ignore[misc]


def test_default_pipeline_uses_the_pass() -> None:
    text = "Demand grew in the industryDeepSeek said sales rose."
    assert cleantext.clean(text, ["DeepSeek"]) == (
        "Demand grew in the industry. DeepSeek said sales rose."
    )
    assert cleantext.clean("A phone by McDonald's? No, an iPhone.") == (
        "A phone by McDonald's? No, an iPhone."
    )


# Batch vocabulary: camel-case tokens used standalone in several documents.
def test_batch_vocabulary_collects_standalone_camel_case() -> None:
    docs = [
        "Shares in FlintTorch rose on Monday.",
        "FlintTorch, the lamp maker, said so.",
        "Analysts like FlintTorch.",
        "Only one text has QuillBase in it.",
        "Sales fell sharplyThe firm said so.",
        "Output fell sharplyThe firm said so.",
    ]
    vocabulary = batch_vocabulary(docs)
    assert "FlintTorch" in vocabulary
    assert "QuillBase" not in vocabulary  # seen in one document only
    assert "sharplyThe" not in vocabulary  # ends in a sentence starter: a lost period
    assert "QuillBase" in batch_vocabulary(docs, min_docs=1)


def test_batch_vocabulary_skips_urls_and_glued_tokens() -> None:
    docs = ["See www.FooBar.com now.", "Go to www.FooBar.com today.", "x FooBar-like y"] * 2
    assert batch_vocabulary(docs) == frozenset()


def test_batch_vocabulary_feeds_the_pass() -> None:
    docs = [
        "Shares in QuillBase rose on Monday.",
        "A QuillBase spokesman declined to comment.",
        "Reporters asked QuillBase about it.",
    ]
    vocabulary = batch_vocabulary(docs)
    text = "Analysts at QuillBase said so."
    assert RepairSentences().propose(text, Context(vocabulary=vocabulary)) == []


# Hostile input: everything stays linear and nothing is split.
HOSTILE = [
    "aA" * 50_000,
    "Aa " * 50_000,
    "AaBb" * 25_000,
    "A" * 100_000 + "a",
    "." * 100_000 + "A",
    '"' * 100_000 + ".A",
    "`a" * 50_000,
    "```\n" * 10_000,
    "1A" * 50_000,
    "x.Y" * 30_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:6]))
def test_hostile_input(text: str) -> None:
    fix = RepairSentences()
    assert fix.propose(text) == []
    assert fix.suggest(text) == []


def test_many_repairs_in_one_long_line() -> None:
    text = "Prices rose in EuropeHowever, costs fell. " * 2_000
    edits = RepairSentences().propose(text)
    assert len(edits) == 2_000
    assert {e.replacement for e in edits} == {". "}


# ------------------------------------------------------------------ properties

WORDS = [
    "the", "market", "rose", "sharply", "after", "investors", "bought", "shares", "in",
    "banks", "and", "energy", "firms", "while", "analysts", "said", "demand", "was",
    "strong", "across", "Europe", "London", "Monday", "BBC", "US", "2004", "3.5%",
    "iPhone", "McDonald's", "PlayStation", "eBay", "Mr", "Smith", "U.S.", "e.g.",
]  # fmt: skip
STARTERS = ["The", "But", "Analysts", "He", "Prices", "In", "It", "Mr", "Shares"]


@st.composite
def prose(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
        sentences.append(draw(st.sampled_from(STARTERS)) + " " + " ".join(words) + ".")
    sep = draw(st.sampled_from([" ", "\n\n", "  "]))
    return sep.join(sentences)


@given(prose())
@settings(max_examples=200, deadline=None)
def test_plain_prose_is_unchanged(text: str) -> None:
    assert RepairSentences().propose(text) == []


GLUED = st.builds(
    lambda parts: "".join(parts),
    st.lists(
        st.sampled_from(
            [
                "sales", "Europe", "AI", "2004", "WorldCom", "The", "However", "TimeWarner",
                "said", ".", '."', " ", "McDonald", "iPhone", "In", "US", "A", "I", "%", "x",
                "PlayStation", "DeepSeek", "'s", "-", "\n", "?", "Mr", "eBay", "Net",
            ]
        ),
        max_size=20,
    ),
)  # fmt: skip


@given(GLUED)
@settings(max_examples=400, deadline=None)
def test_idempotent(text: str) -> None:
    fix = RepairSentences()
    once = fix(text)
    assert fix(once) == once


@given(GLUED)
@settings(max_examples=200, deadline=None)
def test_default_pipeline_idempotent(text: str) -> None:
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


@given(GLUED)
@settings(max_examples=200, deadline=None)
def test_edits_and_suggestions_never_overlap(text: str) -> None:
    fix = RepairSentences()
    edits = fix.propose(text)
    notes = fix.suggest(text)
    starts = [e.start for e in edits]
    assert starts == sorted(set(starts))
    assert not {e.start for e in notes} & set(starts)
    for e in edits:
        assert e.start == e.end
        assert e.replacement in (". ", " ")


# ------------------------------------------------------ fast paths = plain definitions
# The scan and the evidence take shortcuts (a byte-class scan, searches instead of
# compiled patterns, chunks known to hold nothing left out); each must give exactly what
# the plain definition gives.

CHARS = st.sampled_from(
    [
        "a", "b", "s", "A", "B", "I", "M", "Z", "0", "7", ".", "!", "?", "%", "'", "’",
        '"', "“", "”", ")", "(", "]", "&", "-", ",", " ", "\t", "\n", "\r", "\x1c",
        "\xa0", "\u2003", "é", "É", "ǅ", "\u0301", "Δ", "δ", "中", "²",
    ]
)  # fmt: skip
PIECES = st.sampled_from(
    [
        "BBC said", "TVI think", "DfEEMs Okeke", "MPs", "iPod", "McLetchie", "O'Neill",
        "S&P", "3abcd,", "512GB", "2Mbps", "said.The", 'hurts."Fans', "19%The", "U.S.",
        "e\u0301O'NeillABC said", "ÉcoleNormale", "αβγΔέλτα", "AIThe", "x", " ", ". ",
        "y" * 155, "aB" * 81, "“Quoted.”The", 'no."\'Then', "x!)]Y", "9%Z", "a)Aδ",
        "(OPEC+)Brent", "(IMF)Economy",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.lists(CHARS, max_size=60).map("".join),
    st.lists(st.one_of(PIECES, CHARS), max_size=25).map("".join),
)


def _reference_chunks(text: str) -> list[tuple[int, int]]:
    """The chunks by their definition: each whitespace-delimited token of at most
    _MAX_CHUNK characters that holds a capital starting a candidate junction."""
    found: list[tuple[int, int]] = []
    for m in evidence._CANDIDATE_AT.finditer(text):
        p = m.start()
        if found and p < found[-1][1]:
            continue
        start = p
        while start > 0 and not evidence._SPACE.match(text, start - 1):
            start -= 1
        end = p
        while end < len(text) and not evidence._SPACE.match(text, end):
            end += 1
        if end - start <= evidence._MAX_CHUNK and (start, end) not in found:
            found.append((start, end))
    return found


@given(TEXTS)
@settings(max_examples=600, deadline=None)
def test_chunk_scan_matches_its_definition(text: str) -> None:
    assert evidence._chunks(text) == _reference_chunks(text)
    chunks = evidence._chunks
    assert set(chunks(text, skip_acronyms=True)) <= set(chunks(text))


@given(st.lists(st.one_of(PIECES, CHARS), max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_chunks_left_out_change_nothing(text: str) -> None:
    fix = RepairSentences(names=("Okeke",))
    fast = (fix.propose(text), fix.suggest(text))
    every = sentences._chunks
    with mock.patch.object(
        sentences,
        "_chunks",
        lambda t, skip_acronyms=False, runs=None, numbers=None: every(
            t, runs=runs, numbers=numbers
        ),
    ):
        assert (fix.propose(text), fix.suggest(text)) == fast


WORDS_OF = st.sampled_from(["a", "s", "A", "Neill", "O'Neill", "S&P", "P", "he", "he's", "B"])


@given(
    st.lists(st.sampled_from(["a", "s", "A", "B", "P", "N", "'", "’", "&", ".", " ", "1"]))
    .map("".join)
    .filter(bool),
    st.sets(WORDS_OF, min_size=1, max_size=5),
)
@settings(max_examples=600, deadline=None)
def test_word_counts_match_the_pattern(text: str, wanted: set[str]) -> None:
    counts = evidence._count_tokens(text, wanted)
    assert +counts == +evidence._count_tokens_compiled(text, wanted)
    if all(evidence._LETTER_RUN.fullmatch(w) for w in wanted):
        assert {w: evidence._count_word(text, w) for w in wanted} == {w: counts[w] for w in wanted}


@given(
    st.lists(st.sampled_from(["1", "2", " ", "\t", "M", "bps", "Time", "Warner", "x", "."])).map(
        "".join
    ),
    st.sampled_from(["Mbps", "M", "Warner", "Time"]),
    st.sampled_from(["Time", "x", "Mbps"]),
)
@settings(max_examples=600, deadline=None)
def test_unit_and_bigram_searches_match_the_patterns(text: str, word: str, left: str) -> None:
    letter = evidence._LETTER
    unit = regex.compile(rf"\p{{N}}[ \t]?+{regex.escape(word)}(?![{letter}])")
    assert min(2, len(unit.findall(text))) == evidence._count_after_number(text, word, 2)
    bigram = regex.compile(
        rf"(?<![{letter}]){regex.escape(left)}[ \t]++{regex.escape(word)}(?![\p{{Ll}}])"
    )
    assert (bigram.search(text) is not None) == evidence._has_bigram(text, left, word)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Prices rose in March.Economists blamed energy.",
            "Prices rose in March. Economists blamed energy.",
        ),
        (
            "He was held in Madrid.Police said he fled.",
            "He was held in Madrid. Police said he fled.",
        ),
        (
            "The film opens on Friday.Reviews are mixed.",
            "The film opens on Friday. Reviews are mixed.",
        ),
        ("Polls close in May.Turnout is low.", "Polls close in May. Turnout is low."),
        # a Capitalised word that is no English word, when prose goes on after it
        (
            "The race is on Friday.Paralympic sprinter Ann Lee competes.",
            "The race is on Friday. Paralympic sprinter Ann Lee competes.",
        ),
        # the acronym of a place
        (
            "It charted in the UK.Tracks like it sold.",
            "It charted in the UK. Tracks like it sold.",
        ),
    ],
)
def test_a_date_or_place_before_a_lost_space_ends_the_sentence(raw: str, expected: str) -> None:
    assert RepairSentences()(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call Math.Round on the value.",  # a code namespace, not a date or a place
        "Filed on Jan.Smith said so.",  # an abbreviation that takes a period
        "Visit Paris.Xyzzyq for details.",  # not a plain word after it
        "Visit Paris.Xyzzyq Labs for details.",  # nor prose after it
        "Use the UI.Button class.",  # an acronym of no place: a code namespace
        "Call OS.Path to join them.",
        # the Capitalised word before a dotted name opens the sentence: no name
        "Call System.Console to print it.",
        "The Square.Inspired by the book.",
        # no period and nothing that makes "March" a date: a glued name stays as it is
        "It happened at the MarchPlanners forum.",
    ],
)
def test_other_capitalised_words_before_a_period_stay(text: str) -> None:
    assert RepairSentences()(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a name or an acronym, the period, then a plain word and prose
        ("Debt rose to 90% of GDP.Lenders which hold it worry.", "of GDP. Lenders which"),
        ("Shares in Acmeair.Wine magnate Ann Okeke rose.", "Acmeair. Wine magnate"),
        # a given name that opens a full name
        ("It stars Tom Whitner.Helen Rose-Hill joins.", "Whitner. Helen Rose-Hill"),
        # a given name of the wider list, and after a surname of four letters
        ("He lost to Tom Okeke.Olivier Whitner beat him.", "Okeke. Olivier Whitner"),
        ("He plays Ann Hill.Lindsay Okoro, the top seed, won.", "Hill. Lindsay"),
        # common short forms are given names too
        ("It stars Tom Whitner.Vince Okoro stars in it.", "Whitner. Vince Okoro"),
        # a place or nationality after a name, then prose
        ("It lies north of the Zambezi.Chilean cyclist Ann Okoro won.", "Zambezi. Chilean cyclist"),
        ("It starred Tom Okeke Field.British skier Ann won.", "Field. British skier"),
        # after a word that ends a name there, any Capitalised word before prose
        ("They met at the Harbour Theatre.Acmeband won the award.", "Theatre. Acmeband won"),
        # a word that ends a name of Capitalised words, then a full name
        ("At the Harbour Film Awards.Harriet Okoro and others came.", "Awards. Harriet"),
        # or a title that a name follows
        ("He beat Tom Whitner.Coach Ann Okoro said so.", "Whitner. Coach Ann"),
        # or a word that a given name follows
        ("He beat Tom Whitner.Referee Ann Okoro said so.", "Whitner. Referee Ann"),
        # a word that ends a name of Capitalised words, then prose
        ("It opened near Aberdeen Square.Inspired by the novel, it ran.", "Square. Inspired by"),
        ("He sulked despite the draw.My players tired.", "draw. My players"),
        # a short English word after a plain word, then more prose
        ("He kept his bench spot.Up front, Ann Lee starts.", "spot. Up front"),
    ],
)
def test_a_period_then_a_word_or_a_full_name_ends_the_sentence(raw: str, expected: str) -> None:
    assert expected in RepairSentences()(raw)


@pytest.mark.parametrize(
    "text",
    [
        "Call System.Collections from code.",  # an English word on the left: a namespace
        "Use the Amazon.Lambda package to deploy.",  # a word that code talk puts after one
        "He met Gen.Jones there.",  # a title that takes a period
        "Run setup.Py to install it.",  # a file name: no English word after the period
        "Use System.Manager Pro for that.",  # an English word on the left
        "Call Math.Max Value there.",  # a given name after an English word opening a line
        "Get Xbox.Live Gold today.",  # four letters, then no given name
    ],
)
def test_dotted_names_and_abbreviations_before_a_word_stay(text: str) -> None:
    assert RepairSentences()(text) == text


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # one letter from a known term: that term misspelt
        (
            "Krupp sold more steel. Looking forward, ThysenKrupp's profits should rise.",
            "'ThyssenKrupp' is one letter away",
        ),
        # written elsewhere with its first letter in the other case: a name
        (
            "This code is by softSurfer (www.softsurfer.com)\n\nSoftSurfer makes no warranty.",
            "'SoftSurfer' is written elsewhere",
        ),
    ],
)
def test_a_token_that_spells_a_name_otherwise_is_only_suggested(text: str, why: str) -> None:
    fix = RepairSentences()
    assert fix.propose(text) == []
    notes = [e.note for e in fix.suggest(text)]
    assert len(notes) == 1
    assert "possibly a lost" in notes[0]
    assert why in notes[0]


def test_without_the_other_spelling_the_words_decide() -> None:
    assert RepairSentences().propose("This code is by softSurfer (www.softsurfer.com)") != []
    # after a short opener and a comma, "soft." would be a sentence of its own clause
    assert RepairSentences().propose("Copyright 2001, softSurfer (www.softsurfer.com)") == []


def test_a_shorter_token_near_a_canonical_name_is_that_name_misspelt() -> None:
    text = "It sells the Apple Watch, and AirPdos for kids. The MacBook Air is thin."
    # without the name, "Air" used on its own makes it two sentences
    assert "Air. Pdos" in RepairSentences()(text)
    named = RepairSentences(names=("AirPods",))
    assert named.propose(text) == []
    assert "'AirPods' is one letter away" in named.suggest(text)[0].note
    # and the names pass then writes the name as the list does
    assert "and AirPods for" in cleantext.clean(text, names=["AirPods"])
    # before a period, "Pdos." would be a sentence of one word: no split even without it
    assert RepairSentences()("It sells AirPdos. The MacBook Air is thin.") == (
        "It sells AirPdos. The MacBook Air is thin."
    )


def test_the_last_item_of_a_line_up_glued_to_the_next_label() -> None:
    text = (
        "Harbour: Okeke, Whitner. Subs Not Used: Brannagh. Booked: Okoro.\n\n"
        "Norvane: Latimer, Corbett, HollisSubs Not Used: Dunmore. Booked: Ann, Pryce.Booked: Bo.\n"
    )
    fixed = RepairSentences()(text)
    assert "Corbett, Hollis. Subs Not Used: Dunmore." in fixed
    assert "Ann, Pryce. Booked: Bo." in fixed
    # a label written nowhere else: a name with a colon after it
    keep = "Firms: Apple, Google, MicroSoft: all big."
    assert RepairSentences()(keep) == keep


def test_an_item_of_a_numbered_list_that_lost_its_period() -> None:
    text = "Tips\n\n5. Walk daily\n\nIt helps.\n\n6Drink more water\n\nWater matters.\n"
    assert "\n6. Drink more water\n" in RepairSentences()(text)
    crlf = text.replace("\n", "\r\n")
    assert "\r\n6. Drink more water\r\n" in RepairSentences()(crlf)
    # no neighbouring item: a name with a number ("7Up") stays
    keep = "1. Skip the snacks\n\n7Up sales rose.\n\nIn 2004Apple sold more."
    assert "7Up sales" in RepairSentences()(keep)


def test_a_long_run_of_letters_is_not_read_as_made_of_words() -> None:
    lex = lexicon((), ())
    assert lex.is_made_of_words("breakaway")
    assert not lex.is_made_of_words("breakaway" * 4)  # 36 letters: not tried
    text = "Norway led. They never caught the " + "breakaway" * 4 + "Norway had led."
    assert RepairSentences()(text) == text


def test_a_name_whose_apostrophe_was_lost_is_that_name_misspelt() -> None:
    text = "Mr O'Brien spoke. Brien is a word here. Later Mr OBBrien said it."
    assert "OB. Brien" in RepairSentences()(text)
    named = RepairSentences(names=("Mike O'Brien",))
    assert named.propose(text) == []
    assert "Later Mr O'Brien said" in cleantext.clean(text, names=["Mike O'Brien"])


def test_an_acronym_glued_to_a_place_ends_the_sentence() -> None:
    fix = RepairSentences()
    assert fix("The envoy who speaks for the UKLisbon is sending its minister.") == (
        "The envoy who speaks for the UK. Lisbon is sending its minister."
    )
    # a place that is part of a longer camel-case token is not enough
    assert fix("The USParisTours deal closed.") == "The USParisTours deal closed."


def test_a_name_glued_to_a_full_name_ends_the_sentence() -> None:
    fix = RepairSentences()
    assert fix("He lost to Rafael BrannaghRoger Whitner plays next.") == (
        "He lost to Rafael Brannagh. Roger Whitner plays next."
    )
    # a surname that is a given name too, a double-barrelled one that opens with a word
    assert fix("It stars Ann OkekeDean Thomas as the judge.") == (
        "It stars Ann Okeke. Dean Thomas as the judge."
    )
    assert fix("with Tom WhitnerHelen Rose-Hill and others.") == (
        "with Tom Whitner. Helen Rose-Hill and others."
    )
    # a name glued to a well-known organisation's name, then prose
    assert fix("Parts came from MunichDeutsche Bahn, meanwhile, cut trains.") == (
        "Parts came from Munich. Deutsche Bahn, meanwhile, cut trains."
    )
    # after an article, an English word and a full name that did something
    assert fix("It was a rout of the HeatMichael Jordan scored 30.") == (
        "It was a rout of the Heat. Michael Jordan scored 30."
    )
    # given names of today's news, from the wider list
    assert fix("It was a rout of the HeatJayson Tatum led all scorers.") == (
        "It was a rout of the Heat. Jayson Tatum led all scorers."
    )
    # double given names, brands, particles and a name after an article stay
    for text in (
        "The ChinaEastern Airlines flight left.",
        "They opened the SmartCharles Schwab account in May.",
        "She met MaryKate Olsen.",
        "The HarperCollins Publishers deal.",
        "Fans of JoAnn Smith came.",
        "He joined McKinsey Partners.",
        "She met MaryKate Thomas.",
        "The AcmeMary-Kate line sold out.",
    ):
        assert fix(text) == text


def test_a_listed_double_barrelled_name_misspelt_as_one_word_stays_whole() -> None:
    # "OkkeField" is "Okeke-Field" misspelt with its hyphen lost: the names pass's to fix,
    # not two sentences
    text = "Ann Okeke-Field won the race. Later Ann OkkeField says her form is good."
    assert RepairSentences(names=("Ann Okeke-Field",))(text) == text
    assert RepairSentences()(text) == text.replace("OkkeField", "Okke. Field")


def test_a_name_glued_to_a_listed_full_name_ends_the_sentence() -> None:
    # "Tarvo" is on no list of given names; the user's list names the person
    text = "Harbourside beat CalgaryTarvo Brannagh made 30 saves."
    assert RepairSentences()(text) == text
    listed = RepairSentences(names=("Tarvo Brannagh",))
    assert listed(text) == "Harbourside beat Calgary. Tarvo Brannagh made 30 saves."
    # the listed name's own words glued stay ("Tarvo Brannagh" written as one word)
    assert listed("TarvoBrannagh Fan Club") == "TarvoBrannagh Fan Club"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a score, then a name (a Capitalised word and another after it)
        ("She won 6-2 2-6 7-5Latvian Ilse Okeke lost.", "7-5. Latvian Ilse"),
        ("Harbourside moved to 9-5-2Owen Latimer scored.", "9-5-2. Owen Latimer"),
    ],
)
def test_a_score_before_a_name_ends_the_sentence(raw: str, expected: str) -> None:
    assert expected in RepairSentences()(raw)


@pytest.mark.parametrize(
    "text",
    [
        "A 2-4Mbps Link.",  # a unit: no vowel
        "It was a 3-2Panasonic deal.",  # a lower-case word after it
    ],
)
def test_a_score_before_a_unit_or_a_word_stays(text: str) -> None:
    assert RepairSentences()(text) == text


def test_a_superscript_digit_opening_a_line_is_no_item_number() -> None:
    # "¹" is a digit to str.isdigit() but no number: it must not stop the pass
    text = "Tips\n\n¹Eat more fiber\n\n2. Sleep well.\n"
    assert RepairSentences().propose(text) == []


def test_the_word_after_a_token_is_read_across_odd_and_invisible_spaces() -> None:
    # a no-break space before the next word: the same repair as with a plain space, in
    # one run (the whitespace pass turns it into a space afterwards)
    text = "Members of the Harbour CouncilOPEC\u00a0says that the plan fails."
    pipe = cleantext.Pipeline.default()
    once = pipe(text)
    assert once == "Members of the Harbour Council. OPEC says that the plan fails."
    assert pipe(once) == once


def test_a_name_glued_to_a_full_name_the_text_writes_whole_ends_the_sentence() -> None:
    text = (
        "Frank Latimer spoke first. The Lords voted. The plan was shelved after a revolt in "
        "the LordsFrank Latimer has pressed for it since."
    )
    assert "the Lords. Frank Latimer has pressed" in RepairSentences()(text)
    # a given name and surname the text never writes whole stay glued
    alone = "The Lords voted. The plan was shelved in the LordsFrank Latimer has pressed."
    assert RepairSentences().propose(alone) == []


def test_a_name_glued_to_the_first_word_of_a_name_the_text_writes_whole() -> None:
    # "Grey Tide" and "Air Norvane" stand whole elsewhere: their first word opens them
    text = "Lantern spoke. Grey Tide aired, said Tavia LanternGrey Tide is on PBS."
    assert "Tavia Lantern. Grey Tide is" in RepairSentences()(text)
    text = "Air Norvane ordered jets. Acmejet won. It beat Zorbus and AcmejetAir Norvane's order."
    assert "Zorbus and Acmejet. Air Norvane's order" in RepairSentences()(text)
    # "Air" ending a company name, with no "Air Norvane" elsewhere, is only suggested
    text = "Acmejet won. It beat Zorbus and AcmejetAir Norvane's order."
    assert RepairSentences().propose(text) == []


def test_a_known_camel_case_name_after_a_word_and_its_period_opens_a_sentence() -> None:
    text = "Sky grew its advertising income.BSkyB signed the deal in 2004."
    assert "income. BSkyB signed" in RepairSentences()(text)
    # not before a capitalised word (a name of two words may go on)
    assert RepairSentences().propose("Sky grew its advertising income.BSkyB Sports.") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Sales fell in the US. SNCF said so.\n\nIt sold 40 shops in the USSNCF refused to say.",
            "It sold 40 shops in the US. SNCF refused to say.",
        ),
        (
            "The RIAA sued. Talks with the RIAAA short statement followed.",
            "Talks with the RIAA. A short statement followed.",
        ),
        (
            "Buy a TV. TalkCo said BT would wait.\n\nPlug it into the TVBT has a plan.",
            "Plug it into the TV. BT has a plan.",
        ),
    ],
)
def test_two_acronyms_the_text_writes_alone_lost_the_period_between_them(
    text: str, fixed: str
) -> None:
    out = RepairSentences()(text)
    assert out.endswith(fixed)
    (edit,) = RepairSentences().propose(text)
    assert "written on its own here" in edit.note or "written on their own here" in edit.note


@pytest.mark.parametrize(
    "text",
    [
        # the run is written twice: a name of its own
        "The US and SNCF met. The USSNCF board met. USSNCF said no.",
        # a well-known acronym, or an English word in capitals
        "UK and IP teams met. Members of UKIP voted. IN and TO are short. Go INTO the hall.",
        # the first word of its sentence, or the second: "The US." is no sentence
        "In the UK and the EU. The UKEU deal is off.",
        # a headline in capitals, and a run that opens its line
        "The US and SNCF met.\n\nTHE USSNCF DEAL is here\n\nUSSNCF rules apply.",
        # two readings of the cut: "QRA. AA" or "QRAA. A"
        "QRA and QRAA and AA. Then came the QRAAA terse reply.",
        # no part written alone, or no prose after the run
        "The USSNCF deal is off. The US and SNCF met in the USSNCF.",
        # quoted in code
        "The US and SNCF met.\n\n```\nx = USSNCF and y\n```\n",
        # in a text that talks code: an identifier (only suggested)
        "Use the HTTP client from http_utils.py. The URL is parsed by parse_url() first.\n\n"
        "Then set the HTTPURL variable in config.py and call fetch().\n",
        # names of settings: after "variable", or one of a family ("HOMEDRIVE")
        "The LESS value is read. Environment variable LESSSECURE will force it. SECURE.",
        "It uses HOMEDRIVE and HOMEPATH if HOME is not defined. PATH is read too.",
    ],
)
def test_runs_of_capitals_that_are_no_two_sentences_stay(text: str) -> None:
    assert RepairSentences()(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # a surname after its given name, glued to a place
        (
            "The try came from Simon MarshLeeds Harriers flanker Ian Okoro then scored.",
            "The try came from Simon Marsh. Leeds Harriers flanker Ian Okoro then scored.",
        ),
        # a number glued to a person's given name that prose follows
        (
            "The Lanterns came in at 20Imogen came in at 21.",
            "The Lanterns came in at 20. Imogen came in at 21.",
        ),
        # a sentence adverb before a comma opens a sentence
        (
            "They had a party at the Blue Lantern in LisbonAfterwards, he left.",
            "They had a party at the Blue Lantern in Lisbon. Afterwards, he left.",
        ),
        # a word that ends names of places, glued to a participle that prose follows
        (
            "They met around Aberdeen SquareInspired by the view, they stayed.",
            "They met around Aberdeen Square. Inspired by the view, they stayed.",
        ),
        # a year that the word before makes a date, glued to an acronym
        (
            "The pact was signed in 1998KLM, whose own fleet shrank, agreed.",
            "The pact was signed in 1998. KLM, whose own fleet shrank, agreed.",
        ),
        (
            "Orders slipped after March 1999IBM, the largest buyer, said.",
            "Orders slipped after March 1999. IBM, the largest buyer, said.",
        ),
        # a surname after its given name, glued to an acronym that prose follows
        (
            "It was questioned by Justice Helen BrannaghQXT boss Ann Okoro said.",
            "It was questioned by Justice Helen Brannagh. QXT boss Ann Okoro said.",
        ),
        # a surname after its given name, glued to an English word that prose follows
        (
            "She phoned her rival Hans BrannaghTraders reacted by buying.",
            "She phoned her rival Hans Brannagh. Traders reacted by buying.",
        ),
    ],
)
def test_a_place_or_a_given_name_glued_after_a_name_or_a_number(text: str, fixed: str) -> None:
    assert RepairSentences()(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "We met Mary AnnLondon later.",  # two given names: no surname before the place
        "He bought 20Mary Kay products.",  # a name goes on after it
        "A 2Pac album is out.",  # no given name
        "I met John SmithWorks yesterday.",  # "Smith" is a word: a name of a firm
        "He met Hans BrannaghTraders Ltd today.",  # a name goes on after it
        "Only New York TimesSelect subscribers read it.",  # a product: no clause opens
        "He drove a Toyota 2000GT, which was rare.",  # a model: no date before the year
        "The disk ran in 2004XP.",  # nothing after the acronym
        "He met John SmithCEO of the firm.",  # "Smith" is a word
        # an English word glued before a comma or with nothing after it names a thing
        "Besides the routines, Pango includes\nPangoLayout, a high level driver.",
        "Other ways include:\n\n* GDBus, part of the GIO module of GLib.",
        "IcedTea NPPlugin\n----------------\n\nIcedTea provides a plugin.",
    ],
)
def test_a_place_or_a_given_name_glued_where_a_name_goes_on_stays(text: str) -> None:
    assert RepairSentences()(text) == text


def test_a_word_that_ends_two_glued_sentences_is_no_module() -> None:
    # two names after "theatre." open sentences ("I") or name people ("Anton"): two lost
    # spaces, not a module's names as in "dask.DataFrame, dask.Series"
    text = (
        "He loved the little theatre.I remember it. The offer was refused by the "
        "theatre.Anton Okeke then withdrew."
    )
    want = text.replace("theatre.I", "theatre. I").replace("theatre.Anton", "theatre. Anton")
    assert RepairSentences()(text) == want


def test_a_verb_of_reported_speech_that_ends_two_glued_sentences_is_no_module() -> None:
    # "Rising" and "Lack" open no sentence and name no person, yet "said" is no module
    text = (
        "Costs will climb, a spokesman said.Rising rents hurt shops most. The trade body "
        "said.Lack of staff is the other worry."
    )
    want = text.replace("said.Rising", "said. Rising").replace("said.Lack", "said. Lack")
    assert RepairSentences()(text) == want


def test_an_object_pronoun_that_ends_two_glued_sentences_is_no_module() -> None:
    text = (
        "The harbour project excites me.Working with this crew is a joy. You did so much "
        "for me.Good luck with the next one."
    )
    want = text.replace("me.Working", "me. Working").replace("me.Good", "me. Good")
    assert RepairSentences()(text) == want


def test_the_unit_of_a_number_that_ends_two_glued_sentences_is_no_module() -> None:
    text = (
        "Sales rose to $31.4 billion.Harbour Street traders had hoped for more. Costs hit "
        "$2.9 billion.Comparable stores did better. Use pd.DataFrame or pd.Series for it."
    )
    want = text.replace("billion.Harbour", "billion. Harbour").replace(
        "billion.Comparable", "billion. Comparable"
    )
    assert RepairSentences()(text) == want


@pytest.mark.parametrize(
    ("text", "glued", "split"),
    [
        # two English words glued read as a brand, unless the text uses each on its own
        (
            "Rover won best film. Tides lost out. Critics loved the drama RoverTides was praised.",
            "RoverTides",
            "Rover. Tides",
        ),
        # a place that is no English word, then a word that may start a sentence and prose
        (
            "Teams came from Norway, Chile and PeruMore traditional games were also played.",
            "PeruMore",
            "Peru. More",
        ),
        # a word the text uses on its own, then a title that a name follows
        (
            "The council sold the Pavilion. Later, to sell the PavilionMayor Ann Okeke said no.",
            "PavilionMayor",
            "Pavilion. Mayor",
        ),
        # an English word written twice between lower-case words
        (
            "The unit was sold to the fruit grower PlumPlum will keep the staff.",
            "PlumPlum",
            "Plum. Plum",
        ),
        # a place, then the first word of a place of two words and prose
        ("After the win over KenyaNew Zealand travelled to Wales.", "KenyaNew", "Kenya. New"),
        # a place after "the", then a word the text uses on its own as a name, and prose
        (
            "Tom Field won his match. She lost to the KenyanField will meet Okeke next.",
            "KenyanField",
            "Kenyan. Field",
        ),
        # a lower-case word made of words, then the people of a place
        (
            "The club in Kenya agreed a groundshareKenyans cheered the deal.",
            "groundshareKenyans",
            "groundshare. Kenyans",
        ),
        # a place, then the people of a place and prose
        (
            "Many fled to Chile and PeruKenyans are now hoping to return.",
            "PeruKenyans",
            "Peru. Kenyans",
        ),
        # with the period: a place that is no English word after a Capitalised word
        ("She won silver at both Opens.Kenya's Ann Okeke took gold.", "Opens.", "Opens. "),
        # with the period: a day's possessive after a Capitalised word, then prose
        (
            "An analyst at Orvane & Sons.Tuesday's figures beat forecasts.",
            "Sons.",
            "Sons. ",
        ),
        # a place, then the people of a place as an adjective and prose
        (
            "The camp was in KenyaIrish runners, among them Ann Okeke, trained there.",
            "KenyaIrish",
            "Kenya. Irish",
        ),
        # a title and the surname it names (an English word too), then an English word
        # and prose
        (
            "The treaty was signed by President WhiteForeign envoys stayed away.",
            "WhiteForeign",
            "White. Foreign",
        ),
        # after "said", a speaker's Mc name that the text uses alone, then a short English
        # word and prose
        (
            'Tom McAteer won. "It was close," says McAteerNew rules start in May.',
            "McAteerNew",
            "McAteer. New",
        ),
        # a Capitalised word, then a place's possessive and a person
        (
            "She won silver at both OpensKenya's Ann Okeke took gold.",
            "OpensKenya's",
            "Opens. Kenya's",
        ),
        # a given name and a Mc name make a person, then a short English word and prose
        (
            "The songs of Ann McAteerFans will hear them first.",
            "McAteerFans",
            "McAteer. Fans",
        ),
        # a known camel-case name, then a heading in capitals
        (
            "The game is due out on GameCubeFROZEN WARS DS The sequel follows.",
            "GameCubeFROZEN",
            "GameCube. FROZEN",
        ),
    ],
)
def test_a_glued_name_and_the_sentence_after_it_are_split(
    text: str, glued: str, split: str
) -> None:
    assert RepairSentences()(text) == text.replace(glued, split)


@pytest.mark.parametrize(
    "text",
    [
        "Rover won best film. Critics loved the drama RoverTides was praised.",  # no "Tides"
        "Rover won. Tides lost. The RoverTides Trophy was lifted.",  # a name goes on
        "Rover won. Tides lost. RoverTides sells kits. RoverTides was sold.",  # glued twice
        "The TeamMore traditional games were also played.",  # an English word: "TheatreNow"
        "Later, to sell the PavilionMayor Ann Okeke said no.",  # "Pavilion" never alone
        "Pavilion staff met. The PavilionMayor scheme was popular.",  # no name after
        "We flew to BoraBora in May.",  # no English word
        "The Tahiti PlumPlum is a resort.",  # a capitalised word before it
        "Teams from KenyaSouth Korea and Japan came.",  # a list lost a comma, not a period
        "She won at the Harbour Games.Spooks Ltd took gold.",  # no place
        "See Harbour.Turkey Ltd.",  # a place that is an English word too
        "She lost to the KenyanField will meet Okeke next.",  # "Field" never alone
        "The SaharaBritish team was there.",  # no place on the list before it
        "The treaty was signed by President WhiteForeign.",  # no prose after it
        "It was Dr BeatRoot playing.",  # a short word after a title's name: a stage name
        "Tom McAteer won. The MacBookAir is thin.",  # no speaker
        'Tom McAteer won. "Yes," said McAteerNew.',  # no prose after it
        "It runs on GameCubeFROZEN hardware.",  # no heading in capitals after it
        "The AcmeCubeFROZEN WARS game.",  # no known name before the capitals
    ],
)
def test_a_glued_name_that_may_be_one_name_stays(text: str) -> None:
    assert RepairSentences()(text) == text


def test_a_head_that_opens_other_camel_case_words_opens_one_more() -> None:
    fix = RepairSentences()
    # the text names things that open with "Zentra": "ZentraPodz" is one more of them
    # (or one misspelt), not "Zentra. Podz"
    family = (
        "The ZentraLink hub and the ZentraBox speaker sell well, and the small Zentra is "
        "cheap. Shops have no stand for ZentraPodz, and buyers wait."
    )
    assert fix(family) == family
    # without the family, "Zentra" used on its own ends a sentence there
    alone = (
        "The firm sells the small Zentra, which is cheap. Shops have no stand for "
        "ZentraPodz, and buyers wait."
    )
    assert fix(alone) == alone.replace("ZentraPodz", "Zentra. Podz")


def test_a_noun_that_opens_sentences_ends_one_more_name_of_the_family() -> None:
    fix = RepairSentences()
    # "Shares" opens sentences ("Shares fell"), but beside "CoinDesk" and "CoinTelegraph"
    # "CoinShares" is one more name that opens with "Coin"
    family = (
        "Data compiled by CoinDesk and cited by CoinTelegraph show inflows. Analysts at "
        "CoinShares warned of a drop. Shares of Acme fell."
    )
    assert fix(family) == family
    # an article or a pronoun still opens a sentence there ("Coin. The")
    article = family.replace("CoinShares warned", "the mint's Coin.The warning")
    glued = article.replace("Coin.The", "CoinThe")
    assert fix(glued) == article.replace("Coin.The", "Coin. The")


def test_opens_others_reads_the_heads_of_mixed_case_words() -> None:
    lex = lexicon((), ())
    doc = evidence._Document("AirLink and AirBox, then AirPodz and BoxTop.", lex, frozenset())
    assert doc.opens_others("Air", "AirPodz")  # AirLink, AirBox
    assert not doc.opens_others("Box", "BoxTop")  # the token itself is no other word
    assert not doc.opens_others("Link", "LinkUp")  # "AirLink" opens with "Air", not "Link"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Waiting lists grew again at the NHSOn average, patients waited longer.",
            "Waiting lists grew again at the NHS. On average, patients waited longer.",
        ),
        # the plural of an acronym may end in a hump that reads "As" or "Is": it stays
        ("Staff sign NDAs on day one and keep them.", None),
        ("Data from the NHSIs not complete yet.", None),
    ],
)
def test_a_known_acronym_glued_to_a_function_word_that_prose_follows(
    raw: str, expected: str | None
) -> None:
    assert RepairSentences()(raw) == (raw if expected is None else expected)


def test_a_name_after_scores_twice_is_no_unit() -> None:
    # "Whitner" follows a number twice, glued after two scores, but the text writes it on
    # its own too: a name, not a unit such as "Mbps"
    text = (
        "Whitner beat Okeke in the final. He took the tiebreak 9-7Whitner then served "
        "well. Earlier he had beaten Tollett 7-5 6-2Whitner was calm. Whitner said he "
        "felt fine."
    )
    fixed = RepairSentences()(text)
    assert "9-7. Whitner then" in fixed
    assert "6-2. Whitner was" in fixed
    # a unit after numbers stays whole ("2-4Mbps")
    speeds = "Speeds of 2-4Mbps are common and 8-6Mbps were seen."
    assert RepairSentences()(speeds) == speeds


@pytest.mark.parametrize(
    "text",
    [
        "Call Month.January in the enum.",  # no possessive: a namespace's member
        "The NewYork's mayor spoke.",  # one place
        "The TheatreKenya's troupe played.",  # a determiner names a thing
        "Use DayOfWeek.Friday here.",
        "Set DayOfWeek.Friday's value in the enum.",  # a camel-case namespace before it
    ],
)
def test_a_namespace_or_a_name_before_a_date_or_place_stays(text: str) -> None:
    assert RepairSentences()(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The launch slipped to 2035As the agency said.", "The launch slipped to 2035. As the"),
        ("Cases of COVID-19As the virus spread rose.", "Cases of COVID-19. As the virus"),
        ("He met the G-20As leaders met.", "He met the G-20. As leaders met."),
    ],
)
def test_a_number_that_is_no_model_designation_ends_its_sentence(text: str, expected: str) -> None:
    assert RepairSentences()(text).startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The typing module gained TypeIs and ReadOnly.",
        "It ships TypeIs or TypeGuard, never both.",
    ],
)
def test_a_weak_starter_before_and_or_opens_no_sentence(text: str) -> None:
    # "Is and" opens no sentence: the word joins two names
    assert RepairSentences()(text) == text


def test_a_weak_starter_before_prose_still_opens_a_sentence() -> None:
    fixed = RepairSentences()("Prices rose in EuropeIn the spring, rents fell.")
    assert fixed == "Prices rose in Europe. In the spring, rents fell."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He thanked France for its contributionsMr. Macron pledged more.",
            "He thanked France for its contributions. Mr. Macron pledged more.",
        ),
        (
            "The vote was far from idealSen. Rand Paul voted against it.",
            "The vote was far from ideal. Sen. Rand Paul voted against it.",
        ),
    ],
)
def test_a_title_shortened_with_a_period_before_a_name_opens_a_sentence(
    text: str, expected: str
) -> None:
    assert RepairSentences()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We use nextGen. Smith disagreed.",  # no title: a product's name
        "The model was called imageGen. The team said it was fast.",
        "He met the teamMr. The end.",  # no name after the title's period
    ],
)
def test_a_period_after_a_glued_word_that_names_no_one_stays(text: str) -> None:
    assert RepairSentences()(text) == text


def test_a_given_name_and_a_known_surname_after_an_amount_open_a_sentence() -> None:
    text = "It will buy back up to $12bnAdam Neumann, the co-founder, said."
    assert (
        RepairSentences()(text)
        == "It will buy back up to $12bn. Adam Neumann, the co-founder, said."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The colt was sold for €2.4mHarlow Stud was the under-bidder.",
            "The colt was sold for €2.4m. Harlow Stud was the under-bidder.",
        ),
        (
            "Saffron sells for £8.75Iranian growers blame the drought.",
            "Saffron sells for £8.75. Iranian growers blame the drought.",
        ),
        (
            "The fire could cost $300mKestrel, which owns the ship, declined to comment.",
            "The fire could cost $300m. Kestrel, which owns the ship, declined to comment.",
        ),
    ],
)
def test_a_name_after_an_amount_of_money_opens_a_sentence(text: str, expected: str) -> None:
    assert RepairSentences()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fund raised $5Million in its first week.",  # an amount written whole
        "Tickets cost $25USD each.",
        "The model is sold as the €99Nano in Europe.",  # a model named by its price
    ],
)
def test_an_amount_glued_to_its_own_word_stays(text: str) -> None:
    assert RepairSentences()(text) == text


def test_a_mc_surname_after_a_word_and_its_period_lost_its_space() -> None:
    text = "He left to a standing ovation.McCloskey scored the decisive try."
    assert RepairSentences()(text) == text.replace(".McC", ". McC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "U.S." ends no sentence before a word in lower case: "history" is no one-word
        # sentence opening there
        (
            "He was the longest-lived president in U.S. historyHis wife died in November.",
            "He was the longest-lived president in U.S. history. His wife died in November.",
        ),
        (
            "More snow could fall overnightSt. Louis airport was closed.",
            "More snow could fall overnight. St. Louis airport was closed.",
        ),
    ],
)
def test_a_glued_sentence_after_a_dotted_abbreviation_or_before_a_saint(
    text: str, expected: str
) -> None:
    assert RepairSentences()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Transactions were never retried. retryDelayMs, a related setting, was also wrong.",
        "Set pollIntervalMs (the wait) to 200.",
    ],
)
def test_a_title_with_no_name_after_it_opens_no_sentence(text: str) -> None:
    assert RepairSentences()(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # "Na" is written on its own ("Na+ ions"): the formula stays whole all the same
        "Seawater is mostly NaCl, with some MgCl2. The membrane rejected 99.7% of Na+ ions.",
        "The cathode is NaxFe[Fe(CN)6], while the anode is hard carbon.",
    ],
)
def test_a_chemical_formula_is_no_glued_sentence(text: str) -> None:
    assert RepairSentences()(text) == text


def test_element_symbols_that_open_a_sentence_still_split() -> None:
    assert RepairSentences()("He said NoIn the end it worked.") == (
        "He said No. In the end it worked."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a lost ". " would leave a sentence of one Capitalised word ("Scot.")
        "Engineers cleared fallen trees. ScotRail said buses could not run.",
        "Separately, LondonMetric said rents rose.",
        # a name's last letter owns what follows: no article "A"
        "Fans asked whether the patch hurt DotA's popularity. Viewership fell.",
        # a possessive owns the acronym and the word glued to it
        "Astronomers using JWST's NIRCam have identified a galaxy.",
        # the Arabic article of a place or family name, used on its own too
        "The Al Jazeera crew filmed in AlUla and in ElBaradei's home town.",
    ],
)
def test_a_camel_case_name_that_opens_a_sentence_or_follows_a_possessive_stays(
    text: str,
) -> None:
    assert RepairSentences()(text) == text


def test_a_reply_of_one_word_and_an_initial_before_a_glued_sentence() -> None:
    fix = RepairSentences()
    assert fix("The panel met. Thanks.Meanwhile the staff left.") == (
        "The panel met. Thanks. Meanwhile the staff left."
    )
    # "T." is an initial, which ends no sentence: the token does not open one
    assert fix("He played Captain James T. KirkObviously, it was long.") == (
        "He played Captain James T. Kirk. Obviously, it was long."
    )


def test_a_period_between_two_english_words_before_prose_lost_its_space() -> None:
    assert RepairSentences()(
        "Complaints go to the Office for Product Safety and Standards.Sunscreen sales peak in June."
    ) == (
        "Complaints go to the Office for Product Safety and Standards. Sunscreen sales peak "
        "in June."
    )


def test_words_of_a_listed_name_written_as_one_are_never_split() -> None:
    text = "The case against Mr delaPaz rests on bank records."
    assert RepairSentences(names=("Ernesto dela Paz",))(text) == text


def test_a_word_that_ends_names_in_code_may_open_a_sentence_of_prose() -> None:
    # after an English word, in a text that talks no code, before prose
    text = "The dogs rest at the end of their session.Handlers oversee each dog closely."
    result = RepairSentences().run(text)
    assert result.text == text.replace("session.Handlers", "session. Handlers")


def test_a_title_glued_to_a_word_is_no_part_cut_to_its_consonants() -> None:
    # "Mrs" is spelt with consonants only, as "Btn" and "Cfg" in code, but it is a title
    text = "She thanked the members of her familyMrs Maguire was not in court."
    assert RepairSentences()(text) == text.replace("familyMrs", "family. Mrs")
    code = "Call submitOrderBtn, but not parseCfgFile."
    assert RepairSentences()(code) == code


def test_a_name_the_text_writes_alone_after_lower_case_words_opens_a_sentence() -> None:
    text = (
        "Shares in rival Nestle rose, said Nestle staff.\n\n"
        "Sales were strong in the Americas and ChinaNestle is to cut jobs."
    )
    assert RepairSentences()(text) == text.replace("ChinaNestle", "China. Nestle")
    # written so only once, the glued token may be a name of two words
    once = "Fans of Scrubs cheered.\n\nHe starred in Miami ViceScrubs, which is a comedy."
    assert RepairSentences()(once) == once
