"""titlecase: a Title Case leak in body text goes to sentence case, from the document's evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import clean as newsclean_clean
from newsclean.document import Document
from newsclean.edits import apply_edits, resolve_overlaps
from newsclean.normalisers.titlecase import TitleCase

# the evidence rules alone (the dictionary of lower-case words decides what they leave:
# see the dictionary tests below; must-not-change text is checked with both)
STEP = TitleCase(dictionary=False)
DEFAULT = TitleCase()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CONTEXT = (
    "\n\nThe prime minister said the country no longer needs combat troops to fight. Officials said the talks were long "
    "and that the plan would be ready by March. Islamic State fighters attacked the capital.\n"
)


def run(text: str) -> str:
    return STEP.apply(text)


MUST_FIX = [
    (
        "Headline\n\nIraqi Prime Minister Says His Country No Longer Needs American Combat Troops To Fight Islamic State groups, but talks go on."
        + CONTEXT,
        "Headline\n\nIraqi prime minister says his country no longer needs American combat troops to fight Islamic State groups, but talks go on."
        + CONTEXT,
    ),
    (
        "Headline\n\nThe Talks Were Long And The Plan Would Be Ready By March, officials said on the first day of the talks."
        + CONTEXT,
        "Headline\n\nThe talks were long and the plan would be ready by March, officials said on the first day of the talks."
        + CONTEXT,
    ),
]

# a clause leaked after a comma and a subordinating conjunction or a clause opener (probe31)
MUST_FIX.append(
    (
        "Headline\n\nCoffee exports rose to a record, As Both The Volume Shipped And The Prices Increased Sharply, the "
        "authority said. The volume shipped grew as prices increased sharply." + CONTEXT,
        "Headline\n\nCoffee exports rose to a record, as both the volume shipped and the prices increased sharply, the "
        "authority said. The volume shipped grew as prices increased sharply." + CONTEXT,
    )
)
MUST_FIX.append(
    (
        "Headline\n\nFigures showed that Only About 40 Percent Of Foreign Tourists Have Paid It since January. Only 5 "
        "percent of foreign tourists who have paid it got a receipt." + CONTEXT,
        "Headline\n\nFigures showed that only about 40 percent of foreign tourists have paid it since January. Only 5 "
        "percent of foreign tourists who have paid it got a receipt." + CONTEXT,
    )
)
# a lower-case small word before days or months only ("... Troops on Monday") ends the clause,
# it does not join two titles
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says The Talks Were Long And The Plan Would Be Ready on Monday in March, officials said."
        + CONTEXT,
        "Headline\n\nThe prime minister says the talks were long and the plan would be ready on Monday in March, officials said."
        + CONTEXT,
    )
)

# a name in headline style after a comma ("Joint Chiefs of Staff") ends the run at the comma
# rather than making two titles of it; before a lower-case "and" (a list or a name joined by
# it: "Culture, Media and Sport") the run is left alone
MUST_FIX.append(
    (
        "Headline\n\nThe Talks Were Long And The Plan Would Be Ready By March, Joint Chiefs of Staff said." + CONTEXT,
        "Headline\n\nThe talks were long and the plan would be ready by March, Joint Chiefs of Staff said." + CONTEXT,
    )
)

# after a wire dateline the run still opens the sentence ("BERLIN, Jan. 25 (dpa) - ..."),
# and a whole line after one counts as one long sentence; a name particle ("da", "van")
# before a capital stays inside the run
for dateline in (
    "BERLIN, Jan. 25 (dpa) - ",
    "WASHINGTON (AP) — ",
    "Berlin, March 3 (dpa) - ",
    "PARIS — ",
    "COX’S BAZAR — ",  # an apostrophe in the place's name (probe30)
    # the Xinhua dateline with its reporter, as the calques step writes it
    "Beijing, July 26 (Xinhua, by Li Wei) -- ",
):
    MUST_FIX.append(
        (
            f"Headline\n\n{dateline}The Prime Minister Says His Country No Longer Needs Combat Troops To Fight, but talks go on."
            + CONTEXT,
            f"Headline\n\n{dateline}The prime minister says his country no longer needs combat troops to fight, but talks go on."
            + CONTEXT,
        )
    )
MUST_FIX.append(
    (
        "Headline\n\nLONDON (Reuters) - The Prime Minister Says The Talks Were Long And The Plan Would Be Ready By March."
        + CONTEXT,
        "Headline\n\nLONDON (Reuters) - The prime minister says the talks were long and the plan would be ready by March."
        + CONTEXT,
    )
)
MUST_FIX.append(
    (
        "Headline\n\nPresident Lula da Silva Says His Country No Longer Needs Combat Troops To Fight, but talks go on."
        + CONTEXT
        + "Lula da Silva spoke.\n",
        "Headline\n\nPresident Lula da Silva says his country no longer needs combat troops to fight, but talks go on."
        + CONTEXT
        + "Lula da Silva spoke.\n",
    )
)
# a name after a hyphenated particle ("al-Kadhimi") is a word of the run
MUST_FIX.append(
    (
        "Headline\n\nPrime Minister Mustafa al-Kadhimi Says His Country No Longer Needs Combat Troops To Fight, but talks go on."
        + CONTEXT,
        "Headline\n\nPrime Minister Mustafa al-Kadhimi says his country no longer needs combat troops to fight, but talks go on."
        + CONTEXT,
    )
)

# the leak goes on after a bracketed aside, an amount or a quotation mark in its sentence
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says His Country Will Ask The International Monetary Fund (IMF) To Fight "
        "The Troops, but talks go on." + CONTEXT,
        "Headline\n\nThe prime minister says his country will ask the International Monetary Fund (IMF) to fight "
        "the troops, but talks go on." + CONTEXT,
    )
)
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says His Country Needs $280bn (£149bn) To Fight The Troops, but talks go on."
        + CONTEXT,
        "Headline\n\nThe prime minister says his country needs $280bn (£149bn) to fight the troops, but talks go on."
        + CONTEXT,
    )
)

# a plural (or third person) after a lowered word whose stem the document writes in lower
# case goes with it ("Rice Exports": export); after an article it may start a name ("The
# Writers Guild")
MUST_FIX.append(
    (
        "India to raise rice export duty\n\nThe Trade Minister Says The Government Will Raise The Duty On Rice Exports "
        "To Curb Prices, as traders warned of shortages." + CONTEXT,
        "India to raise rice export duty\n\nThe trade minister says the Government will raise the duty on rice exports "
        "to Curb Prices, as traders warned of shortages." + CONTEXT,
    )
)
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says His Country Has Won The Writers Guild Award, but talks go on."
        + CONTEXT
        + "The writer said it was a surprise.\n",
        "Headline\n\nThe prime minister says his country has won the Writers Guild Award, but talks go on."
        + CONTEXT
        + "The writer said it was a surprise.\n",
    )
)

# "May" after a preposition is the month: the lower-case "in" before it ends the clause
# and does not make the run a title in two styles (probe45)
MUST_FIX.append(
    (
        "Headline\n\nThe Ministry Said On Thursday That The Plan Would Be Ready in May. Officials at the ministry said the talks "
        "were long." + CONTEXT,
        "Headline\n\nThe ministry said on Thursday that the plan would be ready in May. Officials at the ministry said the talks "
        "were long." + CONTEXT,
    )
)

# a style that capitalises only words of four letters or more: the short words ("had",
# "was", "up") stay inside the run
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says the Talks had Been Long and the Plan was Ready, officials said." + CONTEXT,
        "Headline\n\nThe prime minister says the talks had been long and the plan was ready, officials said." + CONTEXT,
    )
)

# closed classes and grammar decide words the document never writes in lower case
MUST_FIX_GRAMMAR = [
    # headline style: short prepositions stay lower case inside the run
    (
        "Headline\n\nIraqi Prime Minister Says His Country No Longer Needs American Combat Troops to Fight Islamic State groups, but talks go on."
        + CONTEXT,
        "Iraqi prime minister says his country no longer needs American combat troops to fight Islamic State groups, but talks go on.",
    ),
    # a title before a predicate, an -ly adverb, "more", a verb between "To" and "Its"
    (
        "Headline\n\nUkrainian Foreign Minister Says His Country Urgently Needs More Troops To Protect Its Cities, but talks go on."
        + CONTEXT,
        "Ukrainian foreign minister says his country urgently needs more troops to protect its Cities, but talks go on.",
    ),
    # a participle after an auxiliary
    (
        "Headline\n\nThe Firm Has Withdrawn Its Offer For The Plan After The Talks, officials said." + CONTEXT,
        "The Firm has withdrawn its Offer for the plan after the talks, officials said.",
    ),
    # a verb after an auxiliary and an adverb (probe47)
    (
        "Headline\n\nThe Firm Has Already Withdrawn Its Offer For The Plan After The Talks, officials said." + CONTEXT,
        "The Firm has already withdrawn its Offer for the plan after the talks, officials said.",
    ),
    # a title before a name keeps its capitals
    (
        "Headline\n\nHome Secretary David Blunkett Has Said The Country Needs The Plan, but talks go on." + CONTEXT,
        "Home Secretary David Blunkett has said the country needs the plan, but talks go on.",
    ),
    # "A" and "US" are not a SHOUTED heading; wider closed classes ("During") with evidence
    (
        "Headline\n\nA Judge Has Dismissed The Plan By The US Troops To Fight In Iraq, officials said." + CONTEXT,
        "A Judge has dismissed the plan by the US troops to fight in Iraq, officials said.",  # "Judge": no evidence
    ),
    (
        "Headline\n\nTroops Said The Talks Were Long During March, officials said." + CONTEXT,
        "Troops said the talks were long during March, officials said.",
    ),
    # a comma joins Title Case pieces of one clause (an apposition after a name)
    (
        "Headline\n\nIraq, Which Says The Talks Were Long, Needs The Troops To Fight, officials said." + CONTEXT,
        "Iraq, which says the talks were long, needs the troops to fight, officials said.",
    ),
    # a verb after a modal the run lowers ("will" is in the document in lower case)
    (
        "Headline\n\nThe Talks Were Long And The Plan Will Allow The Troops To Fight, but talks go on." + CONTEXT,
        "The talks were long and the plan will allow the troops to fight, but talks go on.",
    ),
    # "May" the month after a preposition; "Likely" after an auxiliary; "Call" between the
    # infinitive "to" and an article
    (
        "Headline\n\nTony Blair Is Likely To Call The Talks In May As The Plan Needs Troops, officials said." + CONTEXT,
        "Tony Blair is likely to call the talks in May as the plan needs troops, officials said.",
    ),
]

MUST_NOT_CHANGE = [
    # a title of a work opening a sentence: its verb follows a relative pronoun (the verb of
    # a Title Case clause follows its subject)
    "Headline\n\nThe Girl Who Kicked The Hornets' Nest earned more than its prequel, officials said." + CONTEXT,
    "Headline\n\nThe Man Who Sold The World topped the chart in Scotland, officials said." + CONTEXT,
    # ... after a work's kind, an auxiliary opens its title; "Will" before a name is one
    "Headline\n\nShe starred in the film Could Be Worse Than You Think in 2003, officials said." + CONTEXT,
    "Headline\n\nThe award went to the singer Will Young And His Band in London, officials said." + CONTEXT,
    # ... the subject of a verb a title takes (probe117)
    "Headline\n\nDid You Know That There's a Tunnel Under Ocean Blvd takes its name from a sealed passage. "
    "You know that there is a tunnel under the road, and did you know it was sealed?" + CONTEXT,
    # after a subordinating conjunction a title of a work opens like one, and a name in -ed
    # after a comma is no past tense
    "She read it while The Lord Of The Rings And The Hobbit played on the radio." + CONTEXT,
    "He said that The Beatles And The Stones were the best bands of the decade." + CONTEXT,
    "He met envoys from the region, United Arab Emirates Officials And The Saudi Delegation among them." + CONTEXT,
    # a work's title after its kind may open with a conjunction, and a title in headline
    # style holds small words before one (the extraction gold's "My Name as Though It Were")
    "Headline\n\nBruce Nauman's 1968 work My Name as Though It Were Written on the Surface of the Moon poked fun at the space race."
    + CONTEXT,
    "Headline\n\nShe starred in the film As Good As It Gets in 1997, officials said." + CONTEXT,
    "Headline\n\nHe reread the novel And Then There Were None on the train, officials said." + CONTEXT,
    # after a verb of saying, a title of a work has no verb of its own, or not the run's
    "Headline\n\nCritics said The Man Who Knew Too Much was a remake of his own film." + CONTEXT,
    "Headline\n\nShe said The Lord Of The Rings Trilogy was her favourite book as a child." + CONTEXT,
    "Headline\n\nHe told BBC World Service's The Music Biz Programme that the country's sales fell." + CONTEXT,
    # titles of works inside a sentence: after a noun, or opening like a title after "and"
    "Headline\n\nHe starred in the Oscar-nominated film In The Name Of The Father, officials said." + CONTEXT,
    "Headline\n\nShe made Romancing The Stone and The Jewel Of The Nile in the 1980s, officials said." + CONTEXT,
    "Headline\n\nHis entry, Everything In This Country Must, forces British soldiers to fight, officials said."
    + CONTEXT,
    "Headline\n\nCritics compared it to the show Keeping Up With The Kardashians, officials said." + CONTEXT,
    # a single sentence (a machine-translation segment): no evidence, no decision
    "Fujian Provincial Health And Wellness Commission On The Morning Of The 26th To Inform The Latest Outbreak Of New "
    "Coronary Pneumonia Said That July 25 0-24 Hours, Fujian Province Reported The Addition Of Out-Of-Province Imported "
    "Asymptomatic Infection 1 Case.",
    "Headline\n\nThe Talks Were Long And The Plan Would Be Ready By March, Media and Sport Secretary Tessa Jowell said."
    + CONTEXT,
    # a work's title opening a sentence, its verb after it
    "Headline\n\nThey Shall Not Grow Old is a documentary about the war, officials said." + CONTEXT,
    # two titles joined by a lower-case "or" (BBC)
    "Headline\n\nChorton And The Wheelies or Jamie And His Magic Torch; that would be mega!" + CONTEXT,
    # titles of works with two closed-class words and no evidence for the rest (BBC, web)
    "Headline\n\nCall Me By Your Name is available to digitally purchase from today." + CONTEXT,
    # a dash that is not a dateline's: the run does not open a sentence
    "Headline\n\nThe plan failed - The Prime Minister Says His Country Needs No Troops To Fight, but talks go on."
    + CONTEXT,
    # headlines and teasers in naive page text (extraction sets): a title glued to the text,
    # a whole line of Title Case with a kicker sentence, a teaser cut off, a quoted kicker
    "Headline\n\nMichigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail them."
    + CONTEXT,
    "Headline\n\nIs Violence In Sports On The Rise?Violence is part of the game in many sports." + CONTEXT,
    "Headline\n\nThe News Media Isn’t Biased Against Trump. It’s Biased in His Favor." + CONTEXT,
    "Headline\n\nThis Is Why Streaking During A Rugby Match Is Never..." + CONTEXT,
    "Headline\n\nWoman Shares Her Journey From Fitness Competitor to Cancer Fighter: 'I'm Learning to Love Myself Again'"
    + CONTEXT,
    # a book title and its subtitle in a reference list (web)
    "Headline\n\nIn Nauright, John (ed.). Sport, Power And Society In New Zealand: Historical And Contemporary Perspectives."
    + CONTEXT
    + "Sport and power in society were studied.\n",
    # titles of works after a sentence end (BBC): the wider closed classes ("Me", "Out",
    # "Such") count only with evidence from the document
    "Headline\n\nThey all left I'm A Celebrity... Get Me Out Of Here. Previous housemates were there too." + CONTEXT,
    "Headline\n\nIt went back to number one. A Fool Such As I would become the next number one." + CONTEXT,
    "Headline\n\nLily Tuck's The News From Paraguay is a fictionalised tale about the war." + CONTEXT,
    # the headline is Title Case by right
    "Iraqi Prime Minister Says His Country No Longer Needs Troops To Fight\n\nThe prime minister said the country needs troops to fight, officials said.\n",
    # a subhead line (no sentence ending)
    "Headline\n\nSome text here that is long enough to be a paragraph of text.\nUnderstand How Your Own Brain Works Against You\nIt may come as no surprise to learn that your brain works against you.\n",
    # quoted title
    'Headline\n\nShe starred in "The Return Of The King And The Rise Of The Queen", a film about the troops and the fight.'
    + CONTEXT,
    # a book title with only two closed-class words
    "Headline\n\nShake Hands With The Devil: The Journey of Romeo Dallaire is a book about the war and the troops."
    + CONTEXT,
    # SHOUTED subheads run into the text
    "Headline\n\nHOW IT ALL STARTED The first Academy Awards were handed out in 1929 to the film industry." + CONTEXT,
    # proper names only
    "Headline\n\nThe United Nations Security Council In New York met on Monday to discuss the troops." + CONTEXT,
    # an ordinary sentence
    "Headline\n\nThe prime minister said the country needs troops to fight." + CONTEXT,
    # short lower-case words between names join a run, but a run of names and places has
    # no capitalised closed-class words: not a leak
    "Headline\n\nBush and Blair met in New York on Friday to discuss the troops." + CONTEXT,
    "Headline\n\nPresident Bush and Prime Minister Tony Blair of the UK met at Camp David, officials said." + CONTEXT,
    "Headline\n\nPrime Minister Mustafa al-Kadhimi and President Barham Salih of Iraq met on Monday, officials said."
    + CONTEXT,
]

# a Title Case run after a leak's dash is a name or a title of its own, and after a sentence
# end a new sentence's Title Case needs its own evidence: the leak is repaired, they are not
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says His Country Needs The Troops - The Opera, but talks go on." + CONTEXT,
        "Headline\n\nThe prime minister says his country needs the troops - The Opera, but talks go on." + CONTEXT,
    )
)
MUST_FIX.append(
    (
        "Headline\n\nThe Prime Minister Says His Country Needs No Troops To Fight. The Talks Ended. But talks go on."
        + CONTEXT,
        "Headline\n\nThe prime minister says his country needs no troops to fight. The Talks Ended. But talks go on."
        + CONTEXT,
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Public Prosecutor'S Office said so.", "The Public Prosecutor's Office said so."),  # (probe54)
        ("Don'T worry, We'Re here.", "Don't worry, We're here."),
        ("O'Sullivan met D'Souza and Ba'ath officials.", "O'Sullivan met D'Souza and Ba'ath officials."),
    ],
)
def test_clitic_after_an_apostrophe(text: str, expected: str) -> None:
    assert run(text) == expected


_OF_STYLE = " The Ministry of Health said two people were hurt in the fire at the depot."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's or an office's "Of" (probe57)
        (
            "The Ministry Of Energy said the repairs were done on Monday." + _OF_STYLE,
            "The Ministry of Energy said the repairs were done on Monday." + _OF_STYLE,
        ),
        (
            "He met the President Of The Czech Ice Hockey Association on Monday." + _OF_STYLE,
            "He met the President of the Czech Ice Hockey Association on Monday." + _OF_STYLE,
        ),
        # no evidence of the style; a title of a work; a quotation
        ("The Ministry Of Energy said the repairs were done on Monday and that all was well.", None),
        ("He played Medal Of Honor for hours on Monday." + _OF_STYLE, None),
        ('He read "The Ministry Of Fear" on the train on Monday.' + _OF_STYLE, None),
    ],
)
def test_org_of(text: str, expected: str | None) -> None:
    assert run(text) == (text if expected is None else expected)


@pytest.mark.parametrize(("text", "expected"), MUST_FIX)
def test_must_fix(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), MUST_FIX_GRAMMAR)
def test_must_fix_closed_classes(text: str, expected: str) -> None:
    assert run(text).splitlines()[2] == expected


def test_modal_kept_as_a_name_keeps_the_next_word() -> None:
    # beside the "Will Allow" case above: where the document writes "Will" only capitalised
    # (a name), the word after it is not taken for a verb
    text = (
        "Headline\n\nThe Talks Were Long And The Plan Will Allow The Troops To Fight, but talks go on."
        + CONTEXT
        + "Officials met Will Jones on Friday.\n"
    )
    assert (
        run(text).splitlines()[2] == "The talks were long and the plan Will Allow the troops to fight, but talks go on."
    )


def test_name_after_to_before_an_article_keeps_its_capital() -> None:
    # beside the "To Call The" case above: a word the document writes capitalised
    # mid-sentence elsewhere (a name: Reading, the town) is not taken for a verb
    text = (
        "Headline\n\nTony Blair Is Likely To Reading The Talks In May As The Plan Needs Troops, officials said."
        + CONTEXT
        + "Officials met in Reading on Friday.\n"
    )
    assert run(text).splitlines()[2].startswith("Tony Blair is likely to Reading the talks")


# a Title Case clause inside a sentence, joined by a conjunction or opened by a participle
# after a comma: every word is decided, its first too (with the dictionary: "actions",
# "making" are common lower-case words)
MUST_FIX_INSIDE = [
    (
        "The union said it would block the port on Wednesday and Would Continue Its Actions Until The End Of The Week.",
        "The union said it would block the port on Wednesday and would continue its actions until the end of the week.",
    ),
    (
        "The new line is the longest of its kind, Making It The Longest In The Country By Far, officials said.",
        "The new line is the longest of its kind, making it the longest in the country by far, officials said.",
    ),
    # a Title Case clause opened by its conjunction, capitalised too, after a lower-case word
    # (probe79)
    (
        "The final sold out in under an hour, And The Talks Have Been Long Since, officials said.",
        "The final sold out in under an hour, and the talks have been long since, officials said.",
    ),
    (
        "Iranian officials said this month That The Deadline Had Now Passed for the talks.",
        "Iranian officials said this month that the deadline had now passed for the talks.",
    ),
    # a sentence opened by a clause in Title Case with an auxiliary of its own (probes 88-91)
    (
        "The Talks Were Long And Could Be Extended to next week, officials said.",
        "The talks were long and could be extended to next week, officials said.",
    ),
    # ... or with a verb of its own before its object: a past tense in -ed before an article
    # or a closed-class word, a present in -s before an article (probes 96, 97)
    (
        "The Two Leaders Signed A Joint Declaration committing themselves to stop the violence. The leaders "
        "had signed a joint declaration before.",
        "The two leaders signed a joint declaration committing themselves to stop the violence. The leaders "
        "had signed a joint declaration before.",
    ),
    (
        "Protesters Gathered Outside The Court Building on Monday morning, chanting slogans. Police "
        "watched as more protesters arrived at the court building.",
        "Protesters gathered outside the court building on Monday morning, chanting slogans. Police "
        "watched as more protesters arrived at the court building.",
    ),
    (
        "The Bank Rejects The Accusations and will challenge them, officials said. The bank rejects the accusations.",
        "The bank rejects the accusations and will challenge them, officials said. The bank rejects the accusations.",
    ),
    # a predicate in Title Case right after its subject, opened by an auxiliary (probes 112,
    # 116, 118)
    (
        "Voters were told the results Would Be Notified Within Seven Days of the ballot. Results are "
        "notified within days.",
        "Voters were told the results would be notified within seven days of the ballot. Results are "
        "notified within days.",
    ),
    # ... an organisation's name before its auxiliary keeps its capitals (probe26)
    (
        "The United Nations Has Said recognition is unlikely, officials said.",
        "The United Nations has said recognition is unlikely, officials said.",
    ),
    # the object clause of a verb of saying, with a verb of its own (probes 68, 70, 72)
    (
        "Analysts at a Dubai-based bank said The Market Had Expected A Longer Freeze on the voluntary cuts.",
        "Analysts at a Dubai-based bank said the market had expected a longer freeze on the voluntary cuts.",
    ),
    (
        "Forecasters had said The Worst Of The Weather Would Arrive Around Midday, and the gusts were strong.",
        "Forecasters had said the worst of the weather would arrive around midday, and the gusts were strong.",
    ),
    (
        "Analysts said The Country Needs A New Plan for the border region.",
        "Analysts said the country needs a new plan for the border region.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIX_INSIDE)
def test_must_fix_inside_a_sentence(text: str, expected: str) -> None:
    assert DEFAULT.apply("Headline\n\n" + text + CONTEXT) == "Headline\n\n" + expected + CONTEXT


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    assert run(text) == text
    assert DEFAULT.apply(text) == text


def test_evidence_keeps_unseen_words_capitalised() -> None:
    """A word never seen in lower case elsewhere may be a name: it keeps its capital."""
    text = "Headline\n\nThe Minister Says His Zorblat Has No Goals To Leave, but talks go on." + CONTEXT
    out = run(text)
    # "Goals" and "Leave" are not seen in lower case (nor "goal") in this text either: kept, on purpose
    assert "The minister says his Zorblat has no Goals to Leave" in out


def test_verb_after_a_negated_auxiliary() -> None:
    """After "would not", "has not" ... a verb follows (Would Not Stop); not after a "not"
    that follows no auxiliary."""
    out = run("Headline\n\nThe Minister Said His Zorblat Would Not Stop The Talks, but talks go on." + CONTEXT)
    assert "The minister said his Zorblat would not stop the talks, but" in out
    out = run("Headline\n\nThe Minister Said His Zorblat And Not Kerbal Won The Talks, but talks go on." + CONTEXT)
    assert "not Kerbal" in out


def test_title_cased_contractions() -> None:
    """str.title() writes "Union'S" and "Doesn'T": the letter after the apostrophe goes to
    lower case, and a negated auxiliary is a closed-class word with a verb after it; a name
    with an apostrophe (O'Neill) keeps its capitals."""
    out = run(
        "Headline\n\nThe Union'S Foreign Chief Said The Bloc Doesn'T Want To Send Aid, but talks go on." + CONTEXT
    )
    assert "The Union's Foreign Chief said the Bloc doesn't want to Send Aid, but" in out  # no evidence for the rest
    out = run("Headline\n\nThe Minister Said Mr O'Neill Would Not Meet The French, but talks go on." + CONTEXT)
    assert "The minister said Mr O'Neill would not meet the French, but" in out


def test_sentence_case_headline_is_evidence() -> None:
    """A word a sentence-case headline writes in lower case is a common word; an
    all-lower-case headline (a site's style) and a Title Case one give no evidence."""
    leak = "The Minister Says His Zorblat Has No Goals To Leave, but talks go on."
    text = "Minister has no goals to leave Zorblat\n\n" + leak + CONTEXT
    assert "The minister says his Zorblat has no goals to leave, but" in run(text)
    for headline in ("minister has no goals to leave zorblat", "Minister Has No Goals To Leave Zorblat"):
        assert "The minister says his Zorblat has no Goals to Leave, but" in run(f"{headline}\n\n{leak}{CONTEXT}")


def test_seed_leading_clause() -> None:
    text = (SEEDS / "iraq-troops.txt").read_text(encoding="utf-8")
    gold = (SEEDS / "iraq-troops.gold.txt").read_text(encoding="utf-8")
    out = run(text)
    line = next(ln for ln in out.splitlines() if ln.startswith("Iraqi "))
    assert line in gold.splitlines()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The ",
                "Prime ",
                "Minister ",
                "Says ",
                "His ",
                "To ",
                "No ",
                "the ",
                "troops ",
                "says ",
                ". ",
                "\n",
                "\n\n",
                "x ",
                "to ",
                "of ",
                ", ",
                "Has ",
                "Urgently ",
                "May ",
                "Foreign ",
                "Protect ",
                "Its ",
                "During ",
                "Will ",
                "A ",
                "US ",
                ": ",
                "5 ",
                "Troops ",
                "or ",
                "And ",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_idempotent(text: str) -> None:
    once = run(text)
    assert run(once) == once


def test_clean_articles_untouched(bbc_articles: list[str], extraction_gold_texts: list[str]) -> None:
    changed = [t for t in bbc_articles + extraction_gold_texts if run(t) != t]
    assert len(changed) <= 2


def test_names_with_inner_function_words_kept() -> None:
    """'Bank of England' seen elsewhere keeps 'Bank' and 'England' while 'Of' goes down."""
    text = (
        "Headline\n\nThe Bank Of England Has Raised Its Rates Again, and the bank said more may come."
        "\n\nA spokesman for the Bank of England said rates were raised again and has said so before.\n"
    )
    out = run(text).splitlines()[2]
    assert out.startswith("The Bank of England has raised its rates again, and")


def test_corpus_vocabulary_decides_unseen_words() -> None:
    text = "Headline\n\nThe Minister Says His Goals To Leave Are Firm, officials said on the first day." + CONTEXT
    assert "no Goals" not in run(text)  # no "no" here; unseen words keep their capital
    assert "his Goals to Leave" in run(text)
    step = TitleCase(common_words={"goals", "leave", "firm"})
    kept, _ = resolve_overlaps(step.find_edits(Document(text)), text)
    assert "The minister says his goals to leave are firm, officials" in apply_edits(text, kept)
    doc = Document(text, {"lowercase_words": frozenset({"goals", "leave", "firm"})})
    kept, _ = resolve_overlaps(STEP.find_edits(doc), text)
    assert "his goals to leave are firm" in apply_edits(text, kept)


# --- the speed pre-checks (issue #8): each is a necessary condition, so they hide no edit

_PIECES = [
    "The ",
    "Prime ",
    "Minister ",
    "Says ",
    "His ",
    "To ",
    "Of ",
    "of ",
    "the ",
    "to ",
    "da ",
    "Lula ",
    "and ",
    "US ",
    "É",
    "Éire ",
    "“",
    "”",
    "’",
    "(",
    ")",
    "$5 ",
    "40% ",
    "2005. ",
    "5AM ",
    ", ",
    ". ",
    "! ",
    "? ",
    ".” ",
    "\n",
    "\t",
    " ",
    "-",
    "x",
    "Will ",
    "May ",
    "BERLIN, Jan. 25 (dpa) - ",
    "LONDON — ",
    "said ",
    "troops ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_site_scan_is_a_superset_of_the_run5_sites(text: str) -> None:
    """Every sentence start where five run tokens begin (the old `regex` scan) is found by
    the standard-re scans; where the old test matched _RUN5, the superset matches too; and
    a promising site always starts a _RUN5 match."""
    import regex

    from newsclean.normalisers import titlecase as tc

    run5 = rf"{tc._CAPWORD}(?:\ {tc._TOKEN}|,\ {tc._CAPWORD}){{4}}"
    old = {m.end() for m in regex.compile(rf"(?:[.!?][\"”’')]?[ \t]+|\n)(?={run5})").finditer(text)}
    new = {m.end() for pattern in tc._SITES_AFTER for m in pattern.finditer(text)}
    assert old <= new
    at = regex.compile(run5)
    for pos in range(len(text) + 1):
        if at.match(text, pos):
            assert tc._RUN5_SUPERSET_AT.match(text, pos)
        if STEP._promising(text, pos):
            assert at.match(text, pos)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["BERLIN, Jan. 25 (dpa) - ", "LONDON -- ", "PARIS — ", "Rome – ", "A-B ", "x", "\n", " ", "- ", "(AP) "]
        ),
        max_size=20,
    ).map("".join)
)
def test_dateline_zone_holds_every_dateline(text: str) -> None:
    from newsclean.normalisers import titlecase as tc

    zone = tc._DATELINE_ZONE.match(text).group()
    pos = 0
    for _ in range(tc._DATELINE_LINES):
        if tc._dateline_end(text, pos) is not None:
            assert "- " in zone or "– " in zone or "— " in zone
        pos = text.find("\n", pos) + 1
        if not pos:
            break


def _edits_with_every_precheck_passed(text: str) -> list:
    from newsclean.normalisers import titlecase as tc

    saved = tc.TitleCase._may_have_evidence
    try:
        tc.TitleCase._may_have_evidence = lambda self, text, candidates: True
        return list(STEP.find_edits(Document(text)))
    finally:
        tc.TitleCase._may_have_evidence = saved


_EVIDENCE = [
    "the falls ",
    "the hills ",
    "hill's ",
    "falls’s ",
    "rain ",
    "over ",
    "Rain ",
    "Hills ",
    "talks ",
    "the talks were long. ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_EVIDENCE), max_size=12).map("".join))
def test_evidence_precheck_hides_no_edit(evidence: str) -> None:
    """A run with two closed-class words needs two of its other words in lower case
    elsewhere; the pre-check that skips reading the evidence never hides an edit."""
    text = "Headline\n\nRain Falls Over The Hills, said the officials on the day.\n\n" + evidence + CONTEXT
    assert list(STEP.find_edits(Document(text))) == _edits_with_every_precheck_passed(text)


def test_evidence_precheck_lets_a_leak_with_evidence_through() -> None:
    text = (
        "Headline\n\nThe Storm Hit The Coast Of Devon, said officials on Monday.\n\nThe storm hit the coast at night."
        + CONTEXT
    )
    edits = list(STEP.find_edits(Document(text)))
    assert edits and edits == _edits_with_every_precheck_passed(text)
    assert "The storm hit the coast of Devon, said" in run(text)


@pytest.mark.parametrize(
    ("name", "ascii_members"),
    [
        ("_LOWER_OR_NON_ASCII", "abcdefghijklmnopqrstuvwxyz"),
        ("_UPPER_OR_NON_ASCII", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ("_TOKEN_LEAD_OR_NON_ASCII", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$("),
    ],
)
def test_negated_ascii_classes_are_the_classes_they_stand_for(name: str, ascii_members: str) -> None:
    # the site patterns' classes are written negated (fast to compile): each must match
    # exactly its ASCII members and every non-ASCII character
    import re

    from newsclean.normalisers import titlecase as tc

    cls = re.compile(getattr(tc, name))
    for cp in [*range(0x800), 0xFFFF, 0x1F600, 0x10FFFF]:
        c = chr(cp)
        assert bool(cls.fullmatch(c)) == (c in ascii_members or cp >= 0x80), (name, hex(cp))


# Evidence from a word's other forms: each row is a leak with the document's evidence for a
# form of one of its words (must fix: lowered), and the same leak without it (must not
# change: the word keeps its capital; a name has no such forms a text writes).
#   (headline, leak, evidence, fixed with the evidence, kept without it)
OTHER_FORMS = [
    # a past tense in -ed: its other forms (Defended: defend; Stopped: stops)
    (
        "Headline",
        "The Minister Defended His Zorblat Plan To Leave And Stopped The Talks, but talks go on.",
        "He will defend the plan, and he stops nothing.\n",
        "The minister defended his Zorblat plan to Leave and stopped the talks, but",
        "The minister Defended his Zorblat plan to Leave and Stopped the talks, but",
    ),
    # a past tense in -eed: agree + d (not "agre" + ed); the sentence-case headline writes "agree"
    (
        "Israel, Hamas agree to extend truce by two days",
        "Israel And Hamas Agreed On Monday To Extend Their Truce In Gaza By Two Days, mediator Qatar said.",
        "",
        "Israel and Hamas agreed on Monday to extend their truce in Gaza by two days, mediator",
        "Israel and Hamas Agreed on Monday",
    ),
    # an -ing word: its past tense (Enriching: enriched); Reading has none a text writes
    (
        "Headline",
        "The Minister Says His Zorblat Will Keep Enriching Uranium In Reading, but talks go on.",
        "The country enriched uranium and read the uranium report.\n",
        "The minister says his Zorblat will keep enriching uranium in Reading, but",
        "keep Enriching",
    ),
    # a singular after a lowered word: its plural (Female: females); Zorblat has none
    (
        "Headline",
        "The Taliban Have Banned Female Zorblat Students From All Of The Universities, a spokesman said.",
        "The order suspends the education of females until further notice.\n",
        "The Taliban have banned female Zorblat Students from all of the Universities, a spokesman said.",
        "have banned Female Zorblat",
    ),
]


@pytest.mark.parametrize(("headline", "leak", "evidence", "fixed", "kept"), OTHER_FORMS)
def test_other_forms_of_a_word_are_evidence(headline: str, leak: str, evidence: str, fixed: str, kept: str) -> None:
    assert fixed in run(f"{headline}\n\n{leak}{CONTEXT}{evidence}")
    plain = "Headline" if evidence == "" else headline  # the evidence is the headline's: drop it
    assert kept in run(f"{plain}\n\n{leak}{CONTEXT}")


def test_a_past_tense_written_capitalised_mid_sentence_keeps_its_capital() -> None:
    leak = "The Minister Defended His Zorblat Plan To Leave And Stopped The Talks, but talks go on."
    evidence = "He will defend the plan, and he stops nothing.\n"
    out = run("Headline\n\n" + leak + CONTEXT + evidence + "They met Stopped on Friday.\n")
    assert "and Stopped the talks" in out


# --- the dictionary of lower-case words (data/titlecase/lower_case_words.txt) ---------------

DICTIONARY_CASES = [
    # words the document has no evidence for, which dictionaries know only in lower case
    (
        "Headline\n\nThe Minister Says His Goals To Leave Are Firm, officials said on the first day." + CONTEXT,
        "Headline\n\nThe minister says his goals to leave are firm, officials said on the first day." + CONTEXT,
    ),
    # ... but not next to another capitalised word that stays or is decided the same way: a
    # multi-word name ("Six Nations", "Stock Exchange")
    (
        "Headline\n\nThe Minister Says The Six Nations Will Go Ahead, officials said on the first day." + CONTEXT,
        "Headline\n\nThe minister says the Six Nations will go ahead, officials said on the first day." + CONTEXT,
    ),
    # ... nor a word after a first word that is no common word (a name: "Alicia Keys")
    (
        "Headline\n\nAlicia Keys Has Nominations For The Prizes, officials said on the first day." + CONTEXT,
        "Headline\n\nAlicia Keys has nominations for the prizes, officials said on the first day." + CONTEXT,
    ),
    # a quotation's first word is no mid-sentence capital: "“There is ...”" is no evidence
    # that "There" is a name (which would keep its capital against the dictionary)
    (
        "Headline\n\nMeanwhile, There Are No Longer Troops To Fight In The Capital, officials said."
        + CONTEXT
        + "“There is no need for troops,” he said.\n",
        "Headline\n\nMeanwhile, there are no longer troops to fight in the capital, officials said."
        + CONTEXT
        + "“There is no need for troops,” he said.\n",
    ),
    # ... nor a word the document writes capitalised mid-sentence (a name there)
    (
        "Headline\n\nThe Minister Says Rangers Have Won The League, officials said on the first day."
        + CONTEXT
        + "He played for Rangers in May.\n",
        "Headline\n\nThe minister says Rangers have won the league, officials said on the first day."
        + CONTEXT
        + "He played for Rangers in May.\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DICTIONARY_CASES)
def test_dictionary_decides_words_without_evidence(text: str, expected: str) -> None:
    assert DEFAULT.apply(text) == expected


def test_dictionary_off_keeps_unseen_words() -> None:
    text = DICTIONARY_CASES[0][0]
    assert "his Goals to Leave" in TitleCase(dictionary=False).apply(text)
    assert "his Goals to Leave" in newsclean_clean(text, titlecase={"dictionary": False})


def test_dictionary_words_are_lower_case_and_not_names() -> None:
    from newsclean.normalisers.titlecase import _dictionary_lower_case

    words = _dictionary_lower_case()
    assert len(words) > 30_000
    assert all(w.islower() and w.isalpha() for w in words)
    assert {"received", "troops", "goals"} <= words
    assert not {"bush", "will", "mark", "rice", "may"} & words  # also names or months


def test_two_closed_class_words_one_document_word_and_dictionary_words_make_a_leak() -> None:
    """Two closed-class words, one word the document writes in lower case ("grain") and four
    the dictionary knows only in lower case: a leak (its words are then decided one by one);
    without the document's word it is left alone (a title of a work has no such evidence)."""
    leak = (
        "Headline\n\nFarmers Have Faced Growing Difficulties Selling Their Grain Abroad since the war, officials said."
    )
    fixed = DEFAULT.apply(leak + CONTEXT + "The grain was stored.\n")
    assert fixed.startswith("Headline\n\nFarmers have faced ")
    assert " their grain abroad since" in fixed
    # (without the document's word, the auxiliary of its own makes it a clause all the same:
    # its closed-class words go to lower case, the words no evidence decides keep their
    # capitals; probes 88-91)
    assert DEFAULT.apply(leak + CONTEXT).startswith("Headline\n\nFarmers have faced Growing Difficulties")
    # (no dictionary: the evidence words only; the auxiliary makes the run a clause)
    assert run(leak + CONTEXT + "The grain was stored.\n").startswith("Headline\n\nFarmers have faced Growing")


def test_participle_before_a_country_is_no_name_word() -> None:
    """A word in -ing before an always-capitalised word is no word of a multi-word name
    ("Neighboring Tajikistan"); a past form may be ("United Arab Emirates" keeps it)."""
    t = (
        "Headline\n\nThe President Says The Treaty Signed With Neighboring Tajikistan Has ended a conflict, officials said."
        + CONTEXT
    )
    assert "with neighboring Tajikistan has ended" in DEFAULT.apply(t)
    t = (
        "Headline\n\nThe Minister Says The Deal With The United Arab Emirates Has ended a row, officials said."
        + CONTEXT
    )
    assert "the United Arab Emirates has ended" in DEFAULT.apply(t)


def test_a_run_that_spells_an_acronym_of_the_document_keeps_its_capitals() -> None:
    """Initials that spell an acronym the document writes (three letters or more) make a
    name (probe11; "the Acquisition of International Steel Group" with ISG in a BBC
    article); a two-letter acronym does not ("Sources Used for Stories" and "the US")."""
    leak = "Headline\n\nThe Minister Says The Country Will Finish Its Talks On The World Trade Organization Soon, officials said."
    evidence = "The organization said world trade would grow.\n"
    without = run(leak + CONTEXT + evidence)
    assert "the world trade organization Soon" in without.splitlines()[2]  # each word seen in lower case
    out = run(leak + CONTEXT + evidence + "The WTO said the talks would go on.\n")
    assert "the World Trade Organization Soon" in out.splitlines()[2]
    leak = "Headline\n\nThe Court Wants The Reporters To Reveal The Sources Used For Stories, officials said."
    evidence = "The court said the sources used for stories must be named.\n"
    out = run(leak + CONTEXT + evidence + "The US said the talks would go on.\n")
    assert "the sources used for stories" in out.splitlines()[2]


def test_a_lower_case_the_after_a_fully_capitalised_run_ends_the_clause() -> None:
    """A run that capitalises every word ("In" too) and then writes "the" in lower case is a
    Title Case clause before a name (probe11: "... Stakes In 11 State-Owned Companies Before
    the International Monetary Fund carries out ..."); a run of mixed styles (a lower-case
    "of" or "has" among capitals) is still left alone."""
    leak = (
        "Headline\n\nThe Minister Says His Government Will Sell Stakes In 11 State Companies Before the "
        "International Monetary Fund meets again, officials said."
    )
    assert run(leak + CONTEXT).splitlines()[2] == (
        "The minister says his Government will sell Stakes in 11 State Companies before the "
        "International Monetary Fund meets again, officials said."
    )
    for mixed in (
        "The Minister Says Tips About Bull Elk Poached In Northern Michigan Reached Department of Natural Resources.",
        "The Minister Says Tips About Bull Elk Poached In Northern Michigan has Reached the Department of Natural Resources.",
    ):
        assert run("Headline\n\n" + mixed + CONTEXT).splitlines()[2] == mixed


def test_organisation_opening_the_leak_keeps_its_name() -> None:
    """An organisation's name opening a leak as its subject keeps its capitals, even where
    the document writes one of its words in lower case ("electoral"): probe20."""
    text = (
        "Headline\n\nThe National Electoral Commission Said It Would Review Postal Voting Procedures Before"
        " The Next Election. The electoral code was changed, and postal voting grew." + CONTEXT
    )
    out = run(text)
    assert "The National Electoral Commission said it would review postal voting" in out


def test_organisation_name_with_of_keeps_its_capitals() -> None:
    """... "Bank of Japan" too, its "of" in lower case (probe22: "The bank of Japan is ...")."""
    text = "Headline\n\nThe Bank Of Japan Is Expected To Raise Interest Rates, analysts said." + CONTEXT
    assert "The Bank of Japan is expected to" in run(text)


@pytest.mark.parametrize(
    ("leak", "expected"),
    [
        # a Title Case compound's common parts go to lower case, a demonym part stays (probe26)
        (
            "The Kurdish-Led Forces That Control Much Of Syria Said They Would Talk",
            "The Kurdish-led forces that control much of Syria said they would talk",
        ),
        (
            "Buyers Need To Sign Long-Term Contracts With The Firm",
            "Buyers need to sign long-term contracts with the firm",
        ),
    ],
)
def test_title_case_compounds(leak: str, expected: str) -> None:
    evidence = " The forces control much of the region, and buyers need to sign contracts with the firm.\n"
    text = "Headline\n\n" + leak + ", officials said." + CONTEXT.rstrip("\n") + evidence
    assert DEFAULT.apply(text).split("\n\n")[1] == expected + ", officials said."  # (the dictionary knows the parts)


def test_title_case_compound_of_names_stays() -> None:
    out = DEFAULT.apply("Headline\n\nThe Rolls-Royce Plant Will Close Its Doors Next Year, the firm said." + CONTEXT)
    assert "Rolls-Royce" in out


def test_organisation_after_an_article_and_common_words_after_a_or_an() -> None:
    # probe43: the first word of an organisation's name after "The" keeps its capital (not
    # "The disaster Management Centre"), and a run of common words after "a" is no name's
    # ("a Landslide Warning")
    text = (
        "Headline\n\nThe Disaster Management Centre Has Issued A Landslide Warning for several districts."
        + CONTEXT
        + "The disaster hit the district hard, and the warning was issued late. A landslide followed.\n"
    )
    assert run(text).splitlines()[2] == (
        "The Disaster Management Centre has issued a landslide warning for several districts."
    )


def test_a_name_after_a_or_an_keeps_its_capitals() -> None:
    # beside "a Landslide Warning": a pair after "a" that the document writes capitalised
    # mid-sentence elsewhere is a name ("a World Cup qualifier"), kept
    text = (
        "Headline\n\nThe Team Has Won A World Cup Qualifier In Madrid for the first time in years."
        + CONTEXT
        + "Fans hope the World Cup will come to Spain.\n"
    )
    assert "has won a World Cup" in run(text).splitlines()[2]


@given(
    st.lists(
        st.sampled_from(["Ministry", "Of", "Energy", "The", "Kind", "(", "-", "Anti", "\n", " ", "Of ", "Head"]),
        max_size=12,
    ).map("".join)
)
def test_org_of_look_is_a_superset_of_the_pattern(text: str) -> None:
    """_org_of_candidate, the pre-check, says yes wherever the org_of pattern matches."""
    from newsclean.normalisers.titlecase import _ORG_OF, _org_of_candidate

    if _ORG_OF.search(text):
        assert _org_of_candidate(text)


def test_a_party_named_by_its_plural_keeps_its_capital() -> None:
    # probe105: "The Liberals Say ..." where the document writes "Liberal" only capitalised
    # ("The National Liberal Party"): the plural is the party's name, not the dictionary's word
    text = (
        "Headline here\n\nThe National Liberal Party (PNL), the junior partner, had wanted a lower cap on the bills "
        "of households. The Liberals Say The Scheme Must Be Targeted At Poorer Families, and talks go on. The "
        "cabinet met for hours and agreed on a plan for the winter."
    )
    out = apply_edits(text, list(TitleCase().find_edits(Document(text))))
    assert "The Liberals say the scheme must be targeted at" in out


def test_an_organisation_ending_a_leak_keeps_its_name() -> None:
    """An organisation's name after "the" at the end of a leaked run keeps its capitals, the
    run's other words go to lower case (probe122)."""
    text = (
        "Headline\n\nAccording To The National Malaria Control Programme, cases fell by a third this year. "
        "A national programme of malaria control was set up in 2001, and the control of malaria is a priority."
        + CONTEXT
    )
    out = DEFAULT.apply(text)
    assert "According to the National Malaria Control Programme, cases fell" in out
