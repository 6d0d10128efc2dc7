"""Page mode (``chrome="page"``): general chrome families found missing on the held-out half.

Each rule has must-remove and must-keep cases beside it; the lines are invented (short, in the
shape of the families seen on extraction pages), never copied from the data sets.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.normalisers.chrome_lexicon import line_facts
from newsclean.normalisers.chrome_page import line_class

PARAS = [
    "The council voted on Tuesday to close the library, which has served the town since 1911 and its readers.",
    "Residents said they would appeal the decision, and a petition has already gathered more than 3,000 names.",
    "The mayor said the building would be sold, but that a mobile library would visit the villages each week.",
    "Opponents of the plan said the council had not consulted the people who use the library most often.",
    "A final vote on the sale is expected in the spring, after a report on the cost of repairs to the roof.",
    "The library's staff will be offered jobs elsewhere in the council, according to a statement on Tuesday.",
]
NAV = ["Home", "News", "Sport", "Local", "Weather", "Subscribe", "Sign In"]


def page(lines: list[str]) -> str:
    return newsclean.clean("\n".join(lines), chrome="page")


def cls(line: str) -> str:
    return line_class(line_facts(line), False, line)


# --- recurring ad labels are inline slots, not box headings ------------------------------------


def test_recurring_ad_labels_do_not_cut_the_article() -> None:
    lines = list(NAV)
    for para in PARAS:
        lines += [para, "Advertisement"]
    out = page(lines)
    assert all(p in out for p in PARAS)
    assert "Advertisement" not in out


def test_one_ad_label_still_heads_a_box() -> None:
    box = [
        "Advertisement",
        "Ten Tricks Doctors Hate",
        "You Will Not Believe These Photos",
        "Local Homes Sold This Week",
    ]
    out = page(NAV + PARAS + box)
    assert all(p in out for p in PARAS)
    assert all(line not in out for line in box)


# --- comment counts and comment headers with a time stamp ---------------------------------------

COMMENT_HEADS = [
    "[ 167 comments ]",
    "12 Responses",
    "(3) Comments",
    "Jane Roe on May 2, 2018 at 4:47 pm said:",
    "Bob (Staff) on June 13, 2019 at 11:05 am says:",
]
NOT_COMMENT_HEADS = [
    "In 2019 at 10:30 the prime minister, speaking in Parliament, said the plan had failed.",
    "Comments from the minister were published on Tuesday.",
    "The report drew 167 comments from the public before the deadline last month.",
]


@pytest.mark.parametrize("line", COMMENT_HEADS)
def test_comment_heads_are_barriers(line: str) -> None:
    assert cls(line) == "barrier"


@pytest.mark.parametrize("line", NOT_COMMENT_HEADS)
def test_not_comment_heads(line: str) -> None:
    assert cls(line) != "barrier"


def _comment(name: str, day: int) -> list[str]:
    return [
        f"{name} on May {day}, 2018 at 4:{day:02d} pm said:",
        "Thanks for the update, I have been wondering about this for a while and it is good to read the details.",
        "I would add that the figures from last year were even worse than the ones you quote in the post above.",
        "Could you say more about how the decision will be reviewed, and who will be asked to take part in it?",
    ]


def test_article_before_a_comment_section_is_found() -> None:
    lead = (
        "Our goal with these open threads is to let readers raise questions about our work in a public place, "
        "and to give them answers from the staff who did the research; we also welcome feedback on the blog."
    )
    lines = [*NAV, "Previous Post", "Next Post", lead, "Previous Post", "Next Post", "Comments"]
    for i, name in enumerate(["Ann", "Ben", "Cy", "Di", "Ed"]):
        lines += _comment(name, i + 1)
    out = page(lines)
    assert lead in out
    assert "Thanks for the update" not in out


def test_one_said_header_is_no_comment_section() -> None:
    # a single "... said:" line does not move the article before it
    lines = [*NAV, "Short note.", *_comment("Ann", 1), *PARAS]
    out = page(lines)
    assert all(p in out for p in PARAS)


# --- teaser cards: a headline glued to its blurb ------------------------------------------------

CARDS = [
    "Harbour Bridge Closes For Weekend RepairsDrivers will have to take the long way round from Friday night.",
    "Is Street Food The New Fine Dining?Chefs across the city are swapping their kitchens for vans and stalls.",
    "Five Best Walks Along The CoastIf you want fresh air this weekend, these paths are worth the drive there.",
    "Minister pledges more money for rural schools in budget LONDON: The government has promised to spend more.",
]
NOT_CARDS = [
    "The New York Times reported on Sunday that WeWork is preparing to cut thousands of jobs this year.",
    "New Price Drop: Wireless Earphones for $139 (Originally $159)",
    "That is especially true when we are watching TV: A handful of chips here, a chicken wing or two there.",
    "Philip Hammond was the NIGHTMARE: a story",
]


@pytest.mark.parametrize("line", CARDS)
def test_teaser_card_shape(line: str) -> None:
    from newsclean.normalisers.chrome_page import _teaser_card

    assert _teaser_card(line)


@pytest.mark.parametrize("line", NOT_CARDS)
def test_not_teaser_card_shape(line: str) -> None:
    from newsclean.normalisers.chrome_page import _teaser_card

    assert not _teaser_card(line)


def test_list_of_teaser_cards_is_dropped() -> None:
    out = page(NAV + CARDS + PARAS)
    assert all(p in out for p in PARAS)
    assert all(c not in out for c in CARDS)


def test_two_card_shaped_lines_in_an_article_are_kept() -> None:
    # one or two such lines may be brand names (FireWire, PowerPoint); a list of cards has three or more
    brands = [
        "USB, USB-C, Thunderbolt and FireWire devices connect with the computer in the same way as before.",
        "Allows Word, Excel, or PowerPoint documents in the browser to open in the desktop app of the suite.",
    ]
    body = [PARAS[0], brands[0], PARAS[1], PARAS[2], brands[1], PARAS[3], PARAS[4]]
    out = page(NAV + body)
    assert all(line in out for line in body)


# --- sign-up prompts, advertising disclosures, reCAPTCHA notes -----------------------------------

CHROME_LINES = [
    "Join the thousands of readers who get our best stories delivered to their inboxes every week.",
    "Missing out on the latest news from the team? Enter your email below to receive future announcements "
    "direct to your inbox. A confirmation will be sent first - please check your spam folder if it does not arrive.",
    "Do you want to know what we are doing next? Sign up here",
    "Follow The Valley Courier on Twitter and Instagram @valleycourier and on Facebook.",
    "Submit your letter to the editor via this form.",
    "Advertising disclosure: We may receive compensation for some of the links in our stories.",
    "NOTE: The advertising disclaimer below does not apply to this article.",
    "This post contains references to products from one or more of our advertisers.",
    "We recommend the best products through an independent review process, and advertisers do not influence our picks.",
    "Responses have not been reviewed, approved or endorsed by the bank advertiser.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
]
CONTENT_LINES = [
    "The company said it would follow the new rules on disclosure of advertising from next year, a spokesman said.",
    "Critics say influencers rarely disclose that they may receive payment from the brands they promote online.",
    "She decided to follow the story of the strike on Twitter, where workers posted photos from the picket line.",
    "Residents can submit their views to the council until the end of the month, when the consultation closes.",
    "The newsletter, which has 40,000 readers, was launched by two former journalists in a spare bedroom in 2015.",
    "Get support for the scary stuff. If you are truly committed to growth, consider joining a group where the "
    "other members are a few steps ahead of you, and ask them what worked for them when they were starting out.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_prompt_and_disclosure_lines_are_chrome(line: str) -> None:
    assert cls(line) == "bad"


@pytest.mark.parametrize("line", CONTENT_LINES)
def test_prompt_like_sentences_are_content(line: str) -> None:
    assert cls(line) in ("good", "near")


def test_disclosure_inside_the_article_is_dropped() -> None:
    body = [*PARAS[:3], CHROME_LINES[5], *PARAS[3:]]
    out = page(NAV + body)
    assert all(p in out for p in PARAS)
    assert CHROME_LINES[5] not in out


# --- a recipe's ingredients are content; shop buttons are not -----------------------------------

METHOD = [
    "Heat the oil in a large pan and fry the onion for five minutes, until it is soft and golden at the edges.",
    "Add the lamb and the spices and cook until the meat is brown, then stir in the stock and bring it to the boil.",
    "Add the rice, cover the pan and simmer for twenty minutes, until the water has gone and the rice is tender.",
    "Serve the rice with the chicken on a large plate, with a green salad and some yoghurt on the side.",
]
INGREDIENTS = [
    "1 large or 1200 g whole chicken",
    "2 tablespoons vegetable oil",
    "250 g minced lamb",
    "1½ cups or 300 g rice",
    "1 tsp ground cinnamon",
]
NOT_INGREDIENTS = ["5G iPhone 2020", "Al Jazeera World", "2 days ago", "10 things to do in Paris"]


def test_ingredient_list_before_the_method_is_kept() -> None:
    lines = [*NAV, "Roast Chicken with Rice", "0:15", "4.7 stars", "INGREDIENTS", *INGREDIENTS]
    lines += ["Like this recipe? Add the ingredients to your basket.", "NUTRITION", "Energy 782 (Kcal)"]
    lines += ["METHOD", *METHOD, *NAV]
    out = page(lines)
    assert all(line in out for line in INGREDIENTS + METHOD)
    assert "Add the ingredients to your basket" not in out


@pytest.mark.parametrize("line", INGREDIENTS)
def test_ingredient_shape(line: str) -> None:
    from newsclean.normalisers.chrome_page import _INGREDIENT

    assert _INGREDIENT.match(line)


@pytest.mark.parametrize("line", NOT_INGREDIENTS)
def test_not_ingredient_shape(line: str) -> None:
    from newsclean.normalisers.chrome_page import _INGREDIENT

    assert not _INGREDIENT.match(line)


def test_recipe_step_with_a_bag_is_content() -> None:
    line = "Add the chicken pieces to the bag with the flour and shake it until they are coated all over."
    assert cls(line) == "good"


def _stamped_comments() -> list[str]:
    lines = ["[ 42 comments ]", "Top Rated Comments"]
    for i, name in enumerate(["woyzeck", "Nick A", "fmcshan", "tjedora"]):
        lines += [name, f"2 days ago at 07:{i + 10} am"]
        lines += [
            "I think we will see similar updates to what the bigger model received, and the bezels are too large now.",
            "Even if it adds a little weight, this is a machine for professionals and I like the direction it takes.",
        ][: 1 + i % 2]
        lines.append(f"Rating: {30 - i} Votes")
    long = [
        "Different chassis with different engineering, and the extra thickness is part of what the keyboard needs. "
        * 3,
        "Best situation is to sell your old one and buy the new one, and stop pounding on the keys like concrete. " * 3,
        "I sure wish they would offer the chance to upgrade the keyboards from the older models to the new design. "
        * 3,
    ]
    guides = [
        "Guides",
        "Night Mode",
        "Night mode is an automatic setting which takes advantage of the new camera that is in the phone this year.",
        "Phone vs Phone Pro",
        "The company is separating the new phones into its usual low-cost versus high-cost categories, as before.",
    ]
    return [*lines, "ascender", "2 days ago at 08:58 am", *long, "Rating: 6 Votes", "[ Read All Comments ]", *guides]


def test_article_before_a_stamped_comment_section_is_found() -> None:
    out = page(NAV + PARAS + _stamped_comments())
    assert all(p in out for p in PARAS)
    assert "Different chassis" not in out


def test_comment_count_by_the_byline_does_not_cut_the_article() -> None:
    lines = [*NAV, "By Jane Roe", "3 Comments", *PARAS, "Leave a Reply"]
    out = page(lines)
    assert all(p in out for p in PARAS)


# --- a dated box of teasers under a box heading inside the article --------------------------------

BOX = [
    "Recommended",
    "Remembering the Town's Most Famous Sign",
    "Mark Byrnes",
    "Jul 17, 2014",
    "Ode To The Dead Mall",
    "Tanvi Misra",
    "Mar 9, 2018",
    "The Twists and Turns of Making a Sign",
    "Linda Poon",
    "Aug 23, 2017",
]
MORE = [
    "The new plan for the library was drawn up by a group of residents who met every week for most of last year.",
    "They say the building could house a cafe and a small museum as well as the books, and pay for itself in time.",
    "The council has promised to study the plan, though officials say the cost of the roof alone may rule it out.",
    "A decision on the future of the building is expected before the summer, when the library will have closed.",
    "Until then the library will stay open on weekdays, with shorter hours on Saturdays and no Sunday opening.",
]


def test_dated_box_under_a_heading_does_not_split_the_article() -> None:
    # long paragraphs on both sides (a feature article), a box of three dated teasers in between
    before = [f"{a} {b} {a}" for a, b in zip(PARAS, reversed(PARAS), strict=True)]
    after = [f"{a} {b} {a}" for a, b in zip(MORE, reversed(MORE), strict=True)]
    out = page(NAV + before + BOX + after + ["Leave a Reply"])
    assert all(p in out for p in before + after)
    assert "Jul 17, 2014" not in out and "Recommended" not in out


def test_dated_list_without_a_box_heading_still_ends_the_article() -> None:
    out = page(NAV + PARAS + BOX[1:] + MORE[:2] + ["Leave a Reply"])
    assert all(p in out for p in PARAS)
    assert MORE[0] not in out


# --- picture credits -----------------------------------------------------------------------------

CREDITS = ["Photo by Jane Roe on Unsplash", "Photograph by Ed Marsh, Island Restoration Programme", "Image: Getty"]
NOT_CREDITS = [
    "Photographs by the couple were shown at the gallery in 2012, and sold for more than their owners expected.",
    "Photo booths are back in fashion",
    "Images of the flood were shared thousands of times on Tuesday.",
]


@pytest.mark.parametrize("line", CREDITS)
def test_picture_credit_inside_the_article_is_dropped(line: str) -> None:
    body = [*PARAS[:2], line, *PARAS[2:]]
    out = page(NAV + body)
    assert all(p in out for p in PARAS)
    assert line not in out


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_not_picture_credit(line: str) -> None:
    assert cls(line) != "credit"


def test_author_heading_ends_the_article_in_page_mode() -> None:
    box = [
        "Author",
        "Jake Smith",
        "Jake is the co-founder of a small consultancy, and he has written two books on the language.",
    ]
    out = page(NAV + PARAS + box + ["Related Articles", "How to write a parser", "by Ben Roe on May 2, 2019"])
    assert all(p in out for p in PARAS)
    assert "Jake is the co-founder" not in out


def test_author_line_is_kept_in_article_mode() -> None:
    text = "\n\n".join([*PARAS[:3], "Author", *PARAS[3:]])
    assert newsclean.clean(text) == text


def test_comment_count_with_its_link_opens_the_comments() -> None:
    comments = ["{ 38 comments… read them below or add one }", "← Previous Comments"]
    for i, name in enumerate(["Armanox", "Flounder", "Leo", "Paco"]):
        comments += [f"{name} June {i + 2}, 2015 at 10:2{i} pm"]
        comments += [
            "This list is nonsense without the singer I like best, and everyone who knows the genre would agree. " * 3
        ]
    lead = (
        "I am not much of a fan these days, but I dabbled in high school; I heard about this list on the radio "
        "this morning and had to look it up, because some of the names on it are a surprise to me."
    )
    items = [f"{i:02d}. Singer Number {i}" for i in range(1, 9)]
    out = page([*NAV, "by oz on December 4, 2006", lead, "Here is the full list.", *items, "Tweet", *comments])
    assert lead in out
    assert "This list is nonsense" not in out


@pytest.mark.parametrize(
    "line",
    [
        "READ THE REST",
        "Continue reading",
        "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program "
        "designed to provide a means for us to earn fees by linking to Amazon.com and affiliated sites.",
    ],
)
def test_teaser_link_labels_and_affiliate_notes_are_chrome_in_page_mode(line: str) -> None:
    assert cls(line) == "bad"


def test_teaser_link_labels_are_kept_in_article_mode() -> None:
    text = "\n\n".join([*PARAS[:3], "Continue reading", *PARAS[3:]])
    assert newsclean.clean(text) == text


STEPS = [
    "Pat the tofu dry with paper towels.",
    "Fry the garlic in the oil until fragrant.",
    "Add the noodles and the sauces.",
    "Stir fry to mix well.",
    "Serve hot with chillies.",
]


def test_recipe_card_apart_from_the_introduction_is_kept() -> None:
    card = ["Ingredients", "1/2 block of tofu, diced", "120g yellow noodles", "1 tbsp minced garlic"]
    card += ["Some beansprouts", "1 1/2 tsp sugar", "Directions", *STEPS]
    lines = [*NAV, *PARAS[:3], "Pin", "Print", "Noodles with Tofu", "Servings", "1", "Prep time", "10"]
    lines += [
        "minutes",
        "Cooking time",
        "30",
        "minutes",
        *card,
        "Leave a Comment",
        "Your email address will not be published.",
    ]
    out = page(lines)
    assert all(line in out for line in PARAS[:3] + card)


def test_steps_without_an_ingredients_heading_are_no_recipe_card() -> None:
    lines = [*NAV, *PARAS[:3], "Pin", "Print", "Servings", "1", "Prep time", "10", "minutes", "Cooking time"]
    lines += ["30", "minutes", "Directions", *STEPS, "Leave a Comment"]
    out = page(lines)
    assert "Stir fry to mix well." not in out


CAPTIONS = [
    "The plant will cut its emissions by more than half by 2030, the company said. Mike Blake/Reuters files",
    "Protesters march past a parked armoured car on a street in the capital on Thursday. Jane Roe / AFP",
]
NOT_CAPTIONS = [
    "The committee voted 5/2 in favour of the plan, which will now go to the full council for approval.",
    "He worked for AP/Reuters",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_ending_in_a_photographer_and_agency_is_chrome(line: str) -> None:
    assert cls(line) == "bad"


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_not_caption_with_agency(line: str) -> None:
    assert cls(line) != "bad"


# --- the article's attribution is content; Disqus's noscript link is not ---------------------------

ATTRIBUTIONS = ["This post originally appeared on Grist.", "This article was first published in The Conversation."]
NOT_ATTRIBUTIONS = ["This post is about the council's plan for the library.", "The story first appeared to be true."]


@pytest.mark.parametrize("line", ATTRIBUTIONS)
def test_attribution_above_the_article_is_kept(line: str) -> None:
    out = page([*NAV, "Jane Roe", "January 10, 2020 9:00AM (UTC)", line, *PARAS, "Leave a Reply"])
    assert line in out
    assert all(p in out for p in PARAS)


@pytest.mark.parametrize("line", NOT_ATTRIBUTIONS)
def test_not_attribution(line: str) -> None:
    from newsclean.normalisers.chrome_page import _ATTRIBUTION

    assert not _ATTRIBUTION.match(line)


def test_disqus_link_is_chrome_in_page_mode_only() -> None:
    assert cls("View the discussion thread.") == "bad"
    text = "\n\n".join([*PARAS[:3], "View the discussion thread.", *PARAS[3:]])
    assert newsclean.clean(text) == text


# --- idempotence of page mode with the lines of these families -------------------------------------

_POOL = [
    *NAV,
    *PARAS,
    *MORE,
    *CARDS,
    *CHROME_LINES,
    *CONTENT_LINES,
    *INGREDIENTS,
    "Ingredients",
    "Directions",
    *STEPS,
    *BOX,
    *CREDITS,
    *CAPTIONS,
    *ATTRIBUTIONS,
    *COMMENT_HEADS,
    "Advertisement",
    "Author",
    "READ THE REST",
    "2 days ago at 07:52 am",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_POOL), max_size=40))
def test_page_mode_idempotent_with_family_lines(lines: list[str]) -> None:
    once = page(lines)
    assert newsclean.clean(once, chrome="page") == once


@pytest.mark.parametrize(
    "line",
    [
        "Image caption About 40 boats were moored in the harbour on Thursday",
        "Media captionDrone footage shows the site",
    ],
)
def test_labelled_caption_inside_the_article_is_dropped(line: str) -> None:
    body = [*PARAS[:2], "Image copyright Reuters", line, *PARAS[2:]]
    out = page(NAV + body)
    assert all(p in out for p in PARAS)
    assert line not in out and "Image copyright" not in out


def test_sentence_about_image_captions_is_content() -> None:
    line = "Image captions are hard to write well, the editor said, and most readers skip them entirely."
    assert cls(line) == "good"


# --- relative time stamps of comments and posts ----------------------------------------------------


@pytest.mark.parametrize("line", ["6 years ago", "39 points · 6 years ago", "Posted 3 months ago", "2 weeks ago"])
def test_relative_stamps_are_date_lines(line: str) -> None:
    from newsclean.normalisers.chrome_lexicon import label_of

    assert label_of(line) == "dateline"


@pytest.mark.parametrize(
    "line", ["Six years ago the council voted to close the library.", "Two years ago, we met in Paris for the talks."]
)
def test_sentences_with_years_ago_are_no_date_lines(line: str) -> None:
    from newsclean.normalisers.chrome_lexicon import label_of

    assert label_of(line) is None


def test_post_before_a_thread_of_stamped_comments_is_found() -> None:
    question = [
        "I am new to packaging and publishing, and I have been searching for the best way to lay out a package.",
        "There seem to be three different approaches, and I have seen all of them in various projects so far.",
    ]
    thread = ["50 comments", "share", "save", "Sort by", "best"]
    for i in range(5):
        thread += [f"level {1 + i % 2}", f"{39 - i} points · 6 years ago"]
        thread += [
            f"I tend toward option {i} for my own work, because it declares a public interface for the module, "
            "and that is what users of the package should see when they import it and read the documentation. "
            "Having to import things from various places to make basic uses of the interface work is against "
            "the spirit of the language, and flat is better than nested, as the saying goes among its users."
        ]
    out = page([*NAV, "Posted by6 years ago", *question, *thread])
    assert all(q in out for q in question)


def test_keep_reading_box_inside_the_article_is_dropped() -> None:
    blurb = "The latest on artificial intelligence, from machine learning to computer vision and more"
    body = [*PARAS[:3], "Keep Reading", blurb, *PARAS[3:]]
    out = page(NAV + body)
    assert all(p in out for p in PARAS)
    assert blurb not in out and "Keep Reading" not in out


def test_keep_reading_sentence_is_kept_in_article_mode() -> None:
    text = "\n\n".join([*PARAS[:3], "Keep reading to find out what the council decided on Tuesday night.", *PARAS[3:]])
    assert newsclean.clean(text) == text


def test_caption_glued_to_its_agency_credit_is_chrome_before_and_after_spacing() -> None:
    # another step puts a space after the full stop; the caption must be chrome both ways (idempotence)
    glued = "The road to retiring early is not easy for anyone.Kathrin Ziegler/Getty"
    spaced = "The road to retiring early is not easy for anyone. Kathrin Ziegler/Getty"
    assert cls(glued) == "bad" and cls(spaced) == "bad"
    once = page(NAV + PARAS[:3] + [glued] + PARAS[3:])
    assert newsclean.clean(once, chrome="page") == once
