"""Page mode: find the article in a whole-page dump (one block per line) and drop the rest.

1. Each line gets a context-free class, as in jusText (Pomikalek 2011):
   ``good`` (70+ characters, stop-word density >= 0.30, sentence end),
   ``near`` (long with some function words), ``short``, ``bad`` (lexicon
   phrase, link list, copyright line, sign-up prompt, picture caption, a
   teaser link printed twice, a line repeated across the batch), ``heading`` (a high-confidence
   "Related stories" / "Most popular" / "More in World" box heading) or
   ``barrier`` (a comment-section or post-navigation line: "Leave a Reply",
   "42 responses to ...", "jsmith says:", "Previous Post").  A long line that
   does not end like a sentence is prose only beside sentences (a list
   item); otherwise it is a headline or teaser.  A line of several sentences
   is prose-like even without English function words (a score sheet).
   ``code`` lines (a call, an assignment, brackets, a shell prompt, an
   upper-case SQL clause, a row of a box-drawn table, snake_case names; a
   line of figures or a lone identifier beside code) are neither.
   Hard-wrapped lines (one ends mid-sentence, the next starts lower case;
   not code) are classified as one block.
   Date lines recurring every few lines (a teaser list's stamps) become
   barriers.
2. Weights: prose lines count for their words (a prose line with no prose
   neighbour - a teaser blurb, a one-line comment - for 0.6 of them); the
   n-th consecutive non-prose line costs ``min(n, 4)`` times its base cost,
   so a lone subheading is cheap and a menu is a wall; headings cost 30;
   a code line costs 0.5 and does not add to the wall.
3. The article is the run of lines with the largest total weight that
   crosses no barrier (Kadane's maximum subarray, linear, as in Finn et al.'s
   Body Text Extraction); comments follow the article, so a run before the
   first barrier that weighs nearly as much (nine tenths) is preferred.  Further blocks in the same zone (not past a
   barrier or a box heading) join it when they weigh enough, absolutely and
   relative to the main block (or 150, however heavy the main block), or less
   when they sit within a few lines of it (the last paragraph after an inline
   "Related" box).  A block that ends announcing a list ("Tour dates:") goes
   on with the list, and distances count from the list's end.
4. A table of contents before the article (three or more lines recurring
   as its subheadings) joins it, with the introduction before it.  Gaps
   between blocks of the article join it unless they read as a menu,
   cross a barrier or hold a story box; the lines right after the article up
   to the first chrome line (its tail), and right before it back to the last
   chrome line (its head), join it when they read as a list (sentences,
   code, items that start alike) and not as a menu or teasers.
5. Inside the article, bad, heading and barrier lines are still dropped, and
   so is an author's bio as its last line (``chrome.author_bio``) and the
   headlines under a related-stories heading up to the next sentence
   (``chrome.box_teaser``);
   everything outside is dropped (``chrome.boilerplate_page``).
6. Families found on the held-out half (each a switch, see ``benchmarks/chrome.py --ablate``):
   with a comment section ("... said:" headers, or a comment count over the
   time stamps of a list) the article is sought before it (``COMMENTS_RULE``);
   recurring ad labels are inline slots, not box headings (``AD_SLOTS_RULE``);
   three or more teaser cards (a headline glued to its blurb) are chrome
   (``TEASER_CARDS``); a short dated list under a box heading is a box inside
   the article (``INLINE_BOX_RULE``); a recipe's ingredients weigh as prose and
   its card is content (``INGREDIENTS_RULE``); picture credits are dropped
   (``PICTURE_CREDITS``); the article's attribution is kept (``ATTRIBUTION``);
   disclosures, reCAPTCHA notes and more sign-up prompts are chrome-like.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable

import regex

from .chrome_lexicon import LineFacts, cookie_evidence, line_facts, normalise_line

__all__ = ["classify_page"]

Verdict = tuple[str, bool, "str | None", "str | None"]

GOOD_CHARS = 70
GOOD_STOP = 0.30
NEAR_STOP = 0.20
UNFINISHED_CHARS = 120
SHORT_COST = 2.5
BAD_COST = 4.0
GAP_CAP = 4  # the n-th consecutive non-prose line costs min(n, GAP_CAP) times its base cost
ISOLATED = 0.6  # a prose line with no prose neighbour (teaser blurb, comment) counts this much

#: families whose lines end the article: comment sections, post navigation and author boxes (an author-box
#: heading is page-mode evidence only: the article mode keeps it, as extraction gold often does)
BARRIER_FAMILIES = frozenset({"comments", "postnav", "author"})
#: families whose lines head a box of other stories: a heavy cost, as such boxes sit mid-article too
HEADING_FAMILIES = frozenset({"related", "ads"})
HEADING_COST = 30.0
ATTRIBUTION = True  # "This post originally appeared on ..." is the article's
PICTURE_CREDITS = True  # picture credit lines ("Photo by ...") are chrome in page mode
CAPTIONS = True  # drop picture captions (lines ending in a credit)
TOC_RULE = True  # a table of contents before the article, and the introduction before it, join it
COMMENTS_RULE = True  # with a comment section ("... said:" headers), the article is sought before it
INGREDIENTS_RULE = True  # a recipe's ingredients (quantity and unit) weigh as prose
TEASER_CARDS = True  # a headline glued to its blurb is a teaser card
AD_SLOTS_RULE = True  # recurring ad labels are inline slots, not box headings
BOX_TEASER_RULE = True  # drop the headlines under a related-stories heading inside the article

_COMMENT_HEAD = regex.compile(
    r"""(?ix)^(?:\d[\d,]*+\s(?:responses?|comments?|replies|thoughts)\s(?:to|on)\b
        | \S++(?:\s\S++){0,3}\s(?:says|said|wrote|commented|replied)\s?:?$
        | (?:sign|log)\sin\sto\s(?:post\s)?(?:a\s)?(?:comment|reply)
        | comments?\s(?:for|on)\sthis\s(?:entry|post|article|story)
        # a comment count on its own: "[ 167 comments ]", "12 Responses", "(3) Comments" (_COMMENT_COUNT)
        | [\[(]?\s?\d[\d,]*+\)?\s(?:comments?|responses|replies)\s?[\])]?$
    )"""
)


#: a comment's header naming its author: "jsmith says:", "Jane Roe on May 2, 2018 at 4:47 pm said:"
_COMMENT_AUTHOR = regex.compile(r"(?i)^.{1,100}?\s(?:says|said|wrote|commented|replied)\s?:?$")
COMMENT_HEADERS = 2  # this many comment headers make a comment section: the article lies before the first


#: a comment count on its own line: "[ 167 comments ]", "12 Responses", "(3) Comments"
#: or with its link: "{ 38 comments… read them below or add one }"
_COMMENT_COUNT = regex.compile(r"(?i)^[\[({]?\s?\d[\d,]*+\)?\s(?:comments?|responses|replies)\b.{0,40}$")
COUNT_STAMP_LINES = 8  # a comment count opens the comments when a time stamp of a comment follows this near


def _comments_start(classes: list[str], texts: list[str], stamps: set[int]) -> int | None:
    """Where a page's comment section starts, else None.

    It starts at the first of two or more "... said:" headers, or at a comment count ("[ 167 comments ]")
    followed within a few lines by the time stamps of a list (``_teaser_dates``): a count by the byline
    at the top of a post has no stamps under it.
    """
    heads = [k for k, c in enumerate(classes) if c == "barrier" and _COMMENT_AUTHOR.match(texts[k])]
    starts = [heads[0]] if len(heads) >= COMMENT_HEADERS else []
    if stamps:
        for k, text in enumerate(texts):
            if _COMMENT_COUNT.match(text) and any(k < i <= k + COUNT_STAMP_LINES for i in stamps):
                starts.append(k)
                break
    return min(starts, default=None)


#: sign-up and app prompts ("Subscribe now to our e-edition for the full story.")
_PROMPT = regex.compile(
    r"""(?ix)^(?:
        (?:sign\sup|subscribe|download|follow\sus|get|join|register|click\shere|never\smiss|for\sthe\slatest
          |receive\sour|don'?t\smiss|want\sto\ssee|become\sa\smember|support\sus|stay\s(?:up\sto\sdate|informed|in\stouch)
          |keep\sup)\b
        .{0,160}?\b(?:newsletters?|apps?|subscri\w*|e-?mails?|inbox(?:es)?|updates|e-?edition|edition|twitter|facebook|members?)\b
      | .{0,80}\b(?:subscribe|sign\sup|log\sin|register)\s(?:now\s|today\s)?to\s(?:read|view|continue|access|get|receive)\b
      | (?:sign\sup|subscribe)\sto\s(?:get|receive)\b
      | [\w\s&'’.-]{0,30}\bnewsletters?$
      | .{0,40}\bplease\s(?:subscribe|log\sin|sign\sin|register)\b
      | to\s(?:view|read|continue\sreading)\s(?:the\s)?(?:full|this|rest)
      | .{0,60}\b(?:already\sa\s(?:subscriber|member)|(?:first-time|new)\ssubscribers\s(?:also\s)?(?:receive|get))\b
      | .{0,60}\bsend\syou\s(?:push\s)?notifications\b | (?:allow|enable)\s(?:push\s)?notifications$
      | unsubscribe\sfrom\supdates$
      | (?:instant|immediate|unlimited)\s(?:online\s|digital\s)?access\sto\b
      | .{0,80}\bsubscriptions?\s(?:will\s)?(?:auto(?:matically)?[\s-]?)renews?\b
      | we(?:'d|’d|\swould)?\s(?:want|love|like)\sto\shear\s(?:from\syou|what\syou\sthink|your\sthoughts)
      # "Submit your letter to the editor via this form.", "Send us your news tips"
      | (?:submit|send\sus)\s(?:your|a)\s(?:letter|news\stip|tip|story|photo|question)s?\b
    )"""
)
#: disclosures of advertising and affiliate links ("Advertising disclosure: We may receive compensation
#: for some of the links in our stories.", "This post contains references to products from our advertisers.",
#: "... advertisers do not influence our picks"), FTC-style notes of review and deal sites; and the
#: reCAPTCHA notice under sign-up forms
_DISCLOSURE = regex.compile(
    r"""(?ix)^(?:[\w*]++:\s|\*\s?)?.{0,60}?\b(?:advertising|affiliate|advertiser|editorial)\s(?:disclosure|disclaimer)s?\b
      | \bwe\s(?:may|might|could|will)?\s?(?:receive|earn|get|make)\s(?:a\s)?(?:small\s)?(?:compensation|commissions?
          |(?:share|portion|percentage)\sof\s(?:the\s)?(?:sales|revenue|profits?))\b
      | \b(?:this|the)\s(?:post|page|article|story|site|website)\s(?:contains|may\scontain|includes)\s
          (?:affiliate\slinks|references\sto\sproducts|sponsored\slinks)
      | \badvertisers\sdo(?:es)?\s?n[o']t\sinfluence\b
      | \bnot\s(?:been\s)?(?:provided|commissioned|reviewed|approved|endorsed)(?:(?:,\s|,?\s(?:or|and)\s)(?:provided
          |commissioned|reviewed|approved|endorsed))*+\sby\s(?:the\s)?(?:\w++\s)?advertiser\b
      | \baffiliate\sadvertising\sprogram\b    # the wording Amazon Associates requires of its affiliates
      | \bprotected\sby\srecaptcha\b"""
)
DISCLOSURE_WORDS = 80
#: words one of which every disclosure holds: a cheap test before _DISCLOSURE
_DISCLOSURE_KEYS = ("disclos", "disclaim", "compensat", "commission", "advertis", "recaptcha", "share of", "portion of")


def _disclosure(text: str) -> bool:
    low = text.casefold()
    return any(k in low for k in _DISCLOSURE_KEYS) and _DISCLOSURE.search(text) is not None


PROMPT_WORDS = 30
#: prompts found by a cheap test first: "Do you want to be informed of our actions? Sign up here";
#: shop buttons: "Like recipe? Add the ingredients to your basket", "Add to your cart"
_PROMPT_END = regex.compile(r"(?i)\b(?:sign\sup|subscribe|register)\s(?:here|now|today)[.!]?$")
_SHOP_BUTTON = regex.compile(
    r"(?i)^.{0,60}?\badd\s(?:\S++\s){0,3}?to\syour\s(?:basket|cart|bag|shopping\s(?:list|cart|basket|bag)|wish\s?list)\b"
)
_PROMPT_END_WORDS = ("here", "now", "today", "here.", "now.", "today.", "here!", "now!", "today!")


def _prompt(text: str) -> bool:
    """A sign-up, subscription or shop prompt of up to PROMPT_WORDS words."""
    if _PROMPT.match(text):
        return True
    low = text.casefold()
    if low.endswith(_PROMPT_END_WORDS) and _PROMPT_END.search(text):
        return True
    return "your " in low and _SHOP_BUTTON.match(text) is not None


def _long_prompt(text: str) -> bool:
    low = text.casefold()
    return ("mail" in low or "follow" in low) and _LONG_PROMPT.match(text) is not None


LONG_PROMPT_WORDS = 45  # prompts with their small print, handles and addresses
#: "Missing out on the latest news? Enter your email below to receive future announcements ...";
#: "Follow The Gazette on Twitter and Instagram @gazette. Send us a message on WhatsApp ..."
_LONG_PROMPT = regex.compile(
    r"""(?ix)^(?:.{0,160}?\benter\syour\se-?mail(?:\saddress)?\s(?:below|here|to\s(?:receive|get|subscribe|sign))
        | follow\s(?:\S++\s){1,4}?on\s(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon)\b)"""
)


#: cookie-consent text, however long ("This website uses cookies to improve your experience while ...",
#: "Necessary cookies are absolutely essential ..."): consent managers (GDPR banners, CookieYes)
_COOKIES = regex.compile(
    r"""(?ix)^(?P<uses>(?:this|our)\s(?:web)?site|we(?:\sand\sour\spartners)?)\s(?:also\s)?uses?\scookies\b
        | ^(?:\w++\s){0,2}cookies\s(?:are|that|which|help)\b.{0,80}?\b(?:website|site|browser|consent)"""
)


def _cookie_notice(text: str) -> bool:
    """A consent banner: "We use cookies" and what they are for on the site, not cookies from a bakery."""
    m = _COOKIES.match(text)
    return m is not None and (m.group("uses") is None or cookie_evidence(text[m.end() :]))


#: a site footer crediting its software: "seelenradio is powered by WordPress with theme Greenery"
_POWERED = regex.compile(r"(?:^|^\S++\sis\s|\s[|·•-]\s)(?i:proudly\s)?(?i:powered\sby)\s\p{Lu}")
#: comment-policy notes ("Please understand that comments are moderated ...")
_COMMENT_POLICY = regex.compile(
    r"(?i)^.{0,40}\bcomments?\s(?:are|is|will\sbe|(?:may|might|can|will)(?:\salso)?\sbe)\s"
    r"(?:moderated|reviewed|closed|republished|published|edited|removed|deleted)\b"
    r"|^we\s(?:welcome|encourage|invite|value|appreciate)\s(?:\w++\s){0,2}comments\b"
    r"|^.{0,60}\b(?:is|are)\snot\sresponsible\sfor\s(?:the\s)?(?:opinions|views|content|comments)\b"
)
#: a bar of share buttons glued into one line ("Share to TwitterShare to FacebookShare to Pinterest")
_SHARE_BAR = regex.compile(
    r"(?i)share\s(?:to|on|via)\s(?:twitter|facebook|pinterest|linkedin|whatsapp|reddit|e-?mail|tumblr|x)"
)


#: social networks named in share bars ("Share FacebookTwitterGoogle+ReddItWhatsAppPinterest")
_NETWORKS = regex.compile(r"facebook|twitter|pinterest|linkedin|whatsapp|reddit|tumblr|telegram|google\+|e-?mail")


def _doubled(text: str) -> bool:
    """A link whose text is printed twice ("Title here Title here"): a teaser card."""
    n = len(text)
    if n < 20 or not any(c.isalpha() for c in text):
        return False  # a rule of box characters ("────") is no link
    half = n // 2
    for cut in (half, half + 1, half - 1):
        if text[:cut].strip() == text[cut:].strip():
            return True
    return False


def _doubled_phrase(text: str) -> bool:
    """A chrome phrase printed twice ("email email", "share share"); once the repeated-words step
    has merged it, the single phrase is chrome too, so the doubled one must be (idempotence)."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 or not half or words[:half] != words[half:]:
        return False
    return line_facts(" ".join(words[:half])).phrase is not None


#: where a teaser card glues a headline to its blurb: a lower-case letter then a capital with no space
#: ("... In NASCAR FinaleFord v Toyota flopped ...") or an upper-case dateline ("... deportees return
#: home from US NEW DELHI: Their American dream ...")
_GLUE = regex.compile(
    r"(?P<camel>(?<=\p{Ll}{2}[?!]?)(?=\p{Lu}(?:\p{Ll}|\s\p{Ll})))"
    r"|(?<=\S)\s(?=(?:\p{Lu}{4,}+|\p{Lu}{2,}+(?:\s\p{Lu}{2,}+){1,2}),?(?:\s\([^)]{1,20}\))?:\s\p{Lu})"
)
_SENTENCE_IN = regex.compile(r"[.!?]\s")
#: a cheap test before _GLUE: a lower-case letter glued to a capital, or a capital before a colon
_GLUE_HINT = regex.compile(r"\p{Ll}[?!]?\p{Lu}|\p{Lu}:\s")
TEASER_CARD_CHARS = 400
TEASER_CARD_WORDS = 10  # a headline of four words and a blurb of six at least
TEASER_CARDS_MIN = 3  # so many teaser cards on the page are a list of them
BLURB_STOP = 0.25  # the blurb after it reads as prose


def _capitalised_share(words: list[str]) -> float:
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def _teaser_card(text: str) -> bool:
    """A teaser card: a headline glued to the start of its blurb, with no space or before a dateline.

    >>> _teaser_card("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's title run was foiled by the tale of the tape.")
    True
    """
    if len(text) > TEASER_CARD_CHARS or _GLUE_HINT.search(text) is None:
        return False
    for m in _GLUE.finditer(text):
        head, tail = text[: m.start()].split(), text[m.end() :]
        if not 4 <= len(head) <= 20:
            continue
        if m.group("camel") is not None:
            # a headline in title case: every word of four letters or more capitalised, three at least
            long = [w for w in head if sum(1 for c in w if c.isalpha()) >= 4]
            if len(long) < 3 or any(not w[:1].isupper() for w in long):
                continue
        elif _SENTENCE_IN.search(text, 0, m.start()):
            continue
        words = tail.split()
        if len(words) >= 6 and _capitalised_share(words) < 0.5 and line_facts(tail).stop_density >= BLURB_STOP:
            return True
    return False


#: an ingredient of a recipe: a quantity and a unit of measure ("2 tbsp oil", "1½ cups or 300 g rice",
#: "250 g minced lamb", "3 cloves garlic, crushed"); units in lower case, so "5G" or "Al Jazeera" are none
_INGREDIENT = regex.compile(
    r"""(?x)^(?:[-•*▢]\s?)?(?&qty)(?:\s?(?:-|–|to)\s?(?&qty))?\s?
        (?:cups?|tablespoons?|Tbsps?|tbsps?|tbs|T|teaspoons?|tsps?|grams?|g|kg|kilos?|ml|millilit(?:er|re)s?|lit(?:er|re)s?|l
          |oz|ounces?|lbs?|pounds?|pinch(?:es)?|dash(?:es)?|cloves?|cubes?|cans?|tins?|slices?|sticks?|sprigs?|stalks?
          |bunch(?:es)?|handfuls?|heads?|packets?|packages?|pieces?|knobs?|blocks?|large|medium|small)\b
        (?:\s?\([^)]{1,30}\))?\s(?:of\s)?\p{L}
        (?(DEFINE)(?P<qty>\d++(?:[.,/]\d++)?(?:\s\d/\d)?\s?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛]))"""
)
INGREDIENT_WORDS = 25
_INGREDIENT_FIRST = frozenset("0123456789-•*▢¼½¾⅓⅔⅛")
INGREDIENTS_MIN = 3  # a recipe lists at least this many
#: the headings of a recipe card: "Ingredients", then "Directions" / "Method" / "Instructions"
_INGREDIENTS_HEAD = regex.compile(r"(?i)^(?:ingredients?|what\syou(?:'ll|\swill)?\sneed)\s?:?$")
_METHOD_HEAD = regex.compile(
    r"(?i)^(?:directions|instructions|method|preparation|steps|how\sto\s(?:make|prepare|cook)(?:\sit)?)\s?:?$"
)
CARD_LINES = 60  # how far the parts of a recipe card reach
_STEP_NUMBER = regex.compile(r"(?i)^(?:step\s)?\d{1,2}[.:)]?$")
_SENTENCE_END_LINE = regex.compile(r"[.!?…][\"'”’)\]]*+[\p{Cf}\s]*+$")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")


def _recipe_card(classes: list[str], texts: list[str]) -> list[int]:
    """The lines of a recipe card: an "Ingredients" heading over three or more ingredients (a quantity and
    a unit), then a "Directions" / "Method" heading and its steps, up to the next chrome line.

    Recipes print their steps as short sentences and their ingredients as fragments, and the card sits apart
    from the introduction (servings, times, "Print" buttons): it is the content all the same.
    """
    n = len(texts)
    for k, text in enumerate(texts):
        if len(text) > 40 or not _INGREDIENTS_HEAD.match(text):
            continue
        end = min(n, k + 1 + CARD_LINES)
        method = next((i for i in range(k + 1, end) if _METHOD_HEAD.match(texts[i])), None)
        if method is None:
            continue
        items = sum(1 for i in range(k + 1, method) if _INGREDIENT.match(texts[i]))
        if items < INGREDIENTS_MIN:
            continue
        # the steps: sentences and step numbers ("2", "Step 3"), up to the first other line ("Reviews")
        stop = method + 1
        while stop < min(n, method + 1 + CARD_LINES):
            text = texts[stop]
            if not _HAS_WORD.search(text):
                stop += 1  # an empty or invisible line between steps
                continue
            if classes[stop] in _STOP_CLASSES or not (_STEP_NUMBER.match(text) or _SENTENCE_END_LINE.search(text)):
                break
            stop += 1
        return [i for i in range(k, stop) if classes[i] not in _STOP_CLASSES and _HAS_WORD.search(texts[i])]
    return []


#: "More World", "More in Politics", "More from The Examiner", "Latest from Sport": story-box headings
_BOX_HEADING = regex.compile(
    r"""^(?:
        (?i:more|latest|most\sread|most\spopular|top\sstories|trending)\s(?i:in\s|from\s|on\s|about\s)?
        (?i:the\s)?\p{Lu}[\p{L}.&]*+(?:\s\p{Lu}[\p{L}.&]*+){0,2}
      | (?i:most\sread|most\spopular|most\sshared|most\sviewed|more\sfrom|latest\sfrom|more\sin)\s[\p{L}\s&]{1,30}
      | (?i:latest|more)\s(?i:on|in|from|about):
      | (?i:more\s(?:about|on)\s)(?:\p{L}++\s?){1,4}
      | (?i:see|view|show|load)\s(?i:more|all)(?:\s\p{L}++)?\s?[►▶›»>]?
      | (?:\p{Lu}[\p{L}.&]*+\s){1,4}More
    )$""",
    regex.VERBOSE,
)
#: a caption: ends with a picture credit ("...a rabbitCredit: Getty", "... (Image: GETTY )")
_CAPTION = regex.compile(
    r"(?:Credit\s?:\s?+[^.]{0,60}|\((?:Image|Photo|Picture|Pic)s?\s?:\s?+[^)]{0,60}\)|(?:Photo|Photograph|Image)\s?:\s[^.]{0,60})$"
)
#: or a photographer and an agency: "... across its supply chain. Mike Blake/Reuters files", "Jane Roe / AFP"
_AGENCY_CAPTION = regex.compile(
    r"(?:(?:\s|(?<=[.!?\x22”’]))\p{Lu}[\p{L}.'’\-]++(?:\s\p{Lu}[\p{L}.'’\-]++){1,3}\s?/\s?(?:Reuters|REUTERS|AP|AFP|Getty\sImages|Getty"
    r"|EPA|Bloomberg|Shutterstock|AAP|PA|Postmedia|The\sCanadian\sPress|Unsplash)(?:\s[Ff]iles?)?)$"
)


def _caption(text: str) -> bool:
    """A line ending in a picture credit."""
    return _CAPTION.search(text) is not None or ("/" in text and _AGENCY_CAPTION.search(text) is not None)


#: a picture credit on its own line: "Photo by Jane Roe on Unsplash", "Photograph by Ed Marshall, Agency",
#: "Image: Getty", "(Photo: AP)", "Illustration by ..." (the extraction golds leave captions and credits out)
_PICTURE_CREDIT = regex.compile(
    r"(?i)^\(?(?:photo(?:graph)?s?|image|picture|illustration|video|graphic)\s?(?:by\s|courtesy\s(?:of\s)?|credit\s?:|:\s?)\S"
)
CREDIT_WORDS = 12
#: a caption or credit behind its screen-reader label: "Image caption About 40 bodies were buried on Thursday",
#: "Media captionDrone footage shows ...", "Image copyright Reuters", "Image source: Getty" (BBC and others)
_CAPTION_LABEL = regex.compile(r"^(?i:image|media|video|photo)\s?(?i:caption|copyright|source)(?:\b|(?=\p{Lu}))")
CAPTION_LABEL_WORDS = 40
FOOTER_WORDS = 40  # as for copyright lines (chrome_lexicon)
#: what a long site footer says: "Registered office", "registered trademarks", "Terms and Conditions"
_LEGAL = regex.compile(
    r"(?i)\b(?:registered|trademarks?|terms\s(?:and|&)\sconditions|terms\sof\s(?:use|service)|rights\sreserved"
    r"|privacy|licen[cs]e[ds]?|reproduc\w*|redistribut\w*|company\sn(?:o|umber))\b"
)
_FOOTER = regex.compile(r"^(?:©|\(c\)\s|Copyright\s©)")


#: a line of program code or a shell session: a call, an assignment, brackets, a prompt
_CODE = regex.compile(r"\w\(|\w\[|\w\s?=|[{}]|</?[a-z][\w-]*+[\s>/]|;$|^(?:>|\$|#|//|>>>)\s")
#: a line of a text table drawn with box characters ("n │ is_anomaly", "2 │ f"), or a line of code that
#: opens a bracket ("WITH series AS (") or is an identifier in a list ("series,", "bounds;")
_BOX_TABLE = regex.compile(r"\S\s?[│┃┆┊║]\s?\S")
_TABLE_OR_OPEN = regex.compile(r"[(\[{]$|^[a-z_][\w.]*+[,;]$|(?<![@#\w./])\p{Ll}++_\w")
#: a lone lower-case identifier ("avg", "series", "stddev"): code beside code, else a label
_IDENTIFIER = regex.compile(r"^[a-z_][a-z0-9_]*+$")
#: a statement of Python (or a language like it) led by a lower-case keyword: "import foo", "try:",
#: "except KeyError as e:", "def f(x):", "class Bar(object):", "return b.x", "for n in numbers:"
_STATEMENT = regex.compile(
    r"""^(?:import\s[\w.]++(?:\sas\s\w++)?$|from\s[\w.]++\simport\s|def\s\w++\(|class\s\w++[(:]
        |return\s\S*?[.(\[]\S*+$|(?:try|finally|else):$|except(?:\s\(?\p{Lu}\w*?(?:Error|Exception|Interrupt)\b.*)?:$
        |for\s\w++\sin\s[^\s:]++:$|(?:if|elif|while|with)\s[^:]*?[=<>()\[][^:]*+:$)""",
    regex.VERBOSE,
)
#: an SQL clause in upper case: "SELECT", "FROM series", "GROUP BY day" (a closed set of keywords)
_SQL = regex.compile(
    r"^(?:SELECT|FROM|WHERE|GROUP\sBY|ORDER\sBY|WITH|(?:LEFT\s|RIGHT\s|INNER\s|OUTER\s)?JOIN|UNION(?:\sALL)?"
    r"|HAVING|LIMIT|INSERT\sINTO|VALUES|UPDATE|DELETE\sFROM|CREATE\s(?:TABLE|INDEX|VIEW))(?:$|\s(?=.*[\p{Ll}*(\d]))"
)
#: a line of brackets or table rules closing a code block or drawing a table: ")", "},", "───┼───"
_CODE_PUNCT = regex.compile(r"^[(){}\[\];,.*─┼│+=\-]++$")
#: an unrendered CMS shortcode: "[button link="..." type="big"]", "[caption id="attachment_12"]"
_SHORTCODE = regex.compile(r"^\[(?:[a-z_]++\s[a-z_]++=|/[a-z_]++\])")
#: a line of figures only: the output of a program, a table cell ("4.3333", "12 │ 7.41")
_FIGURES = regex.compile(r"^[\d\s.,:;%+\-−–/│|()$€£]++$")
CODE_COST = 0.5  # a code line between paragraphs costs little and does not make a wall


#: a comment's header with its time stamp: "Jane Roe on May 2, 2018 at 4:47 pm said:"
_STAMPED_COMMENT_HEAD = regex.compile(
    r"(?i)^(?=.{0,120}$)[^:\n]{0,80}?\d{1,2}:\d\d\s?(?:[ap]\.?m\.?)?\s(?:says|said|wrote|commented|replied)\s?:$"
)


#: the article's own attribution: "This post originally appeared on Grist.", "This article was first
#: published in The Conversation." (republished stories; the golds keep it with the article)
_ATTRIBUTION = regex.compile(
    r"(?i)^(?:this|the|a\sversion\sof\sthis)\s(?:post|article|story|piece|essay|column|interview|report)\s"
    r"(?:was\s|has\sbeen\s)?(?:originally|first)\s(?:appeared|published|posted|ran)\s(?:on|in|at|by)\s.{1,80}$"
)


def line_class(f: LineFacts, repeated: bool, text: str) -> str:
    if _COMMENT_HEAD.match(text) or (text.endswith(":") and _STAMPED_COMMENT_HEAD.match(text)):
        return "barrier"
    if f.words <= 6 and _BOX_HEADING.match(text) and text[:1].isupper():
        return "heading"
    if _doubled(text) or (f.words <= 6 and _doubled_phrase(text)):
        return "bad"
    if (f.words <= PROMPT_WORDS and _prompt(text)) or (f.words <= LONG_PROMPT_WORDS and _long_prompt(text)):
        return "bad"
    if f.words <= DISCLOSURE_WORDS and _disclosure(text):
        return "bad"
    if f.words <= 120 and _cookie_notice(text):
        return "bad"
    if f.words <= 16 and not f.terminal and _POWERED.search(text):
        return "bad"
    if f.words <= 60 and _COMMENT_POLICY.match(text):
        return "barrier"
    if len(_SHARE_BAR.findall(text)) >= 2 or (
        f.words <= 20 and not f.prose and len(set(_NETWORKS.findall(text.casefold()))) >= 3
    ):
        return "bad"
    if f.words > 4 and _FOOTER.match(text) and (f.words <= FOOTER_WORDS or _LEGAL.search(text)):
        return "bad"  # a longer line without legal terms is a paragraph with a picture credit glued to its start
    if CAPTIONS and f.words >= 4 and _caption(text):
        return "bad"
    if PICTURE_CREDITS and (
        (f.words <= CREDIT_WORDS and _PICTURE_CREDIT.match(text))
        or (f.words <= CAPTION_LABEL_WORDS and _CAPTION_LABEL.match(text))
    ):
        return "credit"  # weighs as a short line, but never stays
    if ATTRIBUTION and f.words <= 25 and _ATTRIBUTION.match(text):
        return "good"  # content, weighed as prose
    if f.phrase is not None:
        family, confidence, match = f.phrase
        if match == "line" and (confidence == "high" or family == "author"):
            if family in BARRIER_FAMILIES:
                return "barrier"
            if family in HEADING_FAMILIES:
                return "heading"
        return "bad"
    if f.link_list or f.copyright or repeated:
        return "bad"
    if f.words == 0:
        return "code" if _CODE_PUNCT.match(text) else "bad"
    if _SHORTCODE.match(text):
        return "bad"
    if f.words <= 12 and ((not f.terminal and _SQL.match(text)) or _STATEMENT.match(text)):
        return "code"
    if f.words <= 30 and (_BOX_TABLE.search(text) or (not f.prose and _TABLE_OR_OPEN.search(text))):
        return "code"
    if f.words <= 30 and f.capitalised < 0.5 and not f.prose:
        if _CODE.search(text):
            return "code"
        if _FIGURES.match(text) or _IDENTIFIER.match(text):
            return "figures"  # code output beside code, else a counter ("1 / 13"): see _resolve_open
    if not f.terminal:  # headlines and teaser links do not end like sentences
        if f.chars >= UNFINISHED_CHARS and f.stop_density >= NEAR_STOP:
            return "near"
        return "open" if f.chars >= GOOD_CHARS and f.stop_density >= NEAR_STOP else "short"
    if f.chars >= GOOD_CHARS and f.stop_density >= GOOD_STOP:
        return "good"
    if f.chars >= GOOD_CHARS and f.stop_density >= NEAR_STOP:
        return "near"
    if f.prose:
        return "near"
    if f.words >= SENTENCES_WORDS and len(_SENTENCE_END.findall(text)) >= 2:
        return "near"  # several sentences without English function words (a score sheet, another language)
    return "short"


SENTENCES_WORDS = 8
_SENTENCE_END = regex.compile(r"\p{L}[.!?]\s\p{Lu}")


def _weights(classes: list[str], facts: list[LineFacts]) -> list[float | None]:
    """Per-line weights; ``None`` marks a barrier the article cannot cross."""
    n = len(classes)
    prose = [c in ("good", "near") for c in classes]
    out: list[float | None] = []
    gap = 0
    for k, (cls, f) in enumerate(zip(classes, facts, strict=False)):
        if cls == "barrier":
            out.append(None)
            gap = 0
            continue
        if prose[k]:
            gap = 0
            w = float(f.words) if cls == "good" else 0.5 * f.words
            if not ((k > 0 and prose[k - 1]) or (k + 1 < n and prose[k + 1])):
                w *= ISOLATED
            out.append(w)
            continue
        if cls == "code":
            out.append(-CODE_COST)
            continue
        gap += 1
        if cls == "heading":
            out.append(-HEADING_COST)
            continue
        base = SHORT_COST if cls in ("short", "credit") else BAD_COST
        out.append(-base * min(gap, GAP_CAP))
    return out


def _best_run(weights: list[float | None], lo: int = 0, hi: int | None = None) -> tuple[int, int, float]:
    best, best_span = float("-inf"), (lo, lo)
    total, start = 0.0, lo
    hi = len(weights) if hi is None else hi
    for i in range(lo, hi):
        w = weights[i]
        if w is None:
            total, start = 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span[0], best_span[1], best


SECONDARY_MIN = 25.0  # a further block of the article must weigh this much ...
SECONDARY_SHARE = 0.2  # ... and this share of the main block (or SECONDARY_ENOUGH) ...
SECONDARY_ENOUGH = 150.0  # a block of several paragraphs joins a long article however long it is
NEAR_LINES = 4  # ... unless it is within this many lines of a block of the article ...
SECONDARY_FLOOR = 15.0  # ... when this weight is enough
MAX_SEARCHES = 64
EARLIER_SHARE = 0.9


_HEAD_SKIP = 2  # chrome lines ("Share", "Listen") allowed between the byline block and the article


def _keep_bylines(inside: list[bool], facts: list[LineFacts]) -> None:
    """Keep the byline and date lines right above the article.

    Bylines, datelines and credit lines are content (kept unless ``drop_bylines``):
    a page's "By Jane Smith / 14 March 2024 / Share / article" keeps all but "Share".
    At most two chrome-phrase lines may stand between them and the article.  The
    headline above them is not taken: the extraction golds hold the article body only.
    """
    first = next((k for k, v in enumerate(inside) if v), None)
    if first is None:
        return
    k = first - 1
    skipped = 0
    found = False
    while k >= 0:
        f = facts[k]
        if f.label in ("byline", "dateline"):
            inside[k] = found = True
        elif f.phrase is not None and skipped < _HEAD_SKIP and not found:
            skipped += 1
        else:
            break
        k -= 1


def _article_blocks(
    weights: list[float | None],
    soft: list[bool],
    extend: Callable[[int, int, int], int] | None = None,
    comments: int | None = None,
) -> list[tuple[int, int]]:
    """The main block and further blocks of the article in the same zone.

    No block crosses a barrier.  A further block past a heading of a box of
    other stories joins only when it sits within a few lines of the article.
    ``extend(lo, hi, limit)`` may carry a block on past ``hi`` (a list it
    announces), to at most ``limit``; distances count from the extended block.
    """
    lo, hi, best = _best_run(weights)
    if hi <= lo:
        return []
    # the comments follow the article: with a comment section, the article is the best run before it
    if comments is not None and comments < lo:
        s, e, score = _best_run(weights, 0, comments)
        if e > s and score >= SECONDARY_FLOOR:
            lo, hi, best = s, e, score
    # comment sections, post navigation and author boxes follow the article: a run before such a barrier
    # that weighs at least EARLIER_SHARE of the best run is the article, the heavier run after it the comments
    first_barrier = next((i for i, w in enumerate(weights) if w is None), len(weights))
    if first_barrier < lo:
        s, e, score = _best_run(weights, 0, first_barrier)
        if e > s and score >= EARLIER_SHARE * best:
            lo, hi, best = s, e, score
    zone_lo = lo
    while zone_lo > 0 and weights[zone_lo - 1] is not None:
        zone_lo -= 1
    zone_hi = hi
    while zone_hi < len(weights) and weights[zone_hi] is not None:
        zone_hi += 1
    if extend is not None:
        hi = extend(lo, hi, zone_hi)
    blocks = [(lo, hi)]
    todo = [(zone_lo, lo), (hi, zone_hi)]
    need = max(SECONDARY_MIN, min(SECONDARY_SHARE * best, SECONDARY_ENOUGH))
    searches = 0
    while todo and searches < MAX_SEARCHES:  # bounded: linear in the page
        a, b = todo.pop()
        if b - a <= 0:
            continue
        searches += 1
        s, e, score = _best_run(weights, a, b)
        if e <= s:
            continue
        # the nearest block of the article, and whether a box heading lies in between
        bl, bh = min(blocks, key=lambda blk: min(abs(s - blk[1]), abs(blk[0] - e)))
        gap = min(abs(s - bh), abs(bl - e))
        between = range(bh, s) if s >= bh else range(e, bl)
        near = gap <= NEAR_LINES and score >= SECONDARY_FLOOR
        if near or (score >= need and not any(soft[i] for i in between)):
            if extend is not None:
                e = extend(s, e, b)
            blocks.append((s, e))
            todo.extend(((a, s), (e, b)))
        else:
            # the best run here failed; smaller runs nearer the article may still qualify
            todo.extend(((a, s), (e, b)) if gap <= NEAR_LINES else ())
    return sorted(blocks)


def _bad_rule(f: LineFacts, text: str, cls: str, repeated: bool) -> str:
    """The rule name for a bad, barrier or heading line inside the article."""
    if f.phrase:
        return "phrase"
    if f.link_list:
        return "link_list"
    if f.copyright or _FOOTER.match(text):
        return "copyright"
    if repeated:
        return "repeated"
    if cls in ("barrier", "heading"):
        return "comments" if cls == "barrier" else "box_heading"
    if _doubled(text) or _doubled_phrase(text):
        return "duplicate"
    if _caption(text):
        return "caption"
    if _teaser_card(text):
        return "teaser_card"
    if _SHARE_BAR.search(text) or len(set(_NETWORKS.findall(text.casefold()))) >= 3:
        return "share_bar"
    if _cookie_notice(text):
        return "cookies"
    if _disclosure(text):
        return "disclosure"
    if _POWERED.search(text):
        return "footer"
    if _SHORTCODE.match(text):
        return "shortcode"
    if f.words == 0:
        return "symbols"
    return "prompt"


def _resolve_open(classes: list[str]) -> None:
    """A long line without end punctuation is prose next to sentences (a list item), else a teaser.

    A line of figures is code output next to code, else a counter or a score.
    """
    n = len(classes)
    for k, c in enumerate(classes):
        if c == "figures":
            code = (k > 0 and classes[k - 1] == "code") or (k + 1 < n and classes[k + 1] == "code")
            classes[k] = "code" if code else "short"
    for k, c in enumerate(classes):
        if c == "open":
            near = any(classes[i] in ("good", "near") for i in range(max(0, k - 2), min(n, k + 3)))
            classes[k] = "near" if near else "short"


_STOP_CLASSES = ("bad", "barrier", "heading")
_CLASS_NAMES = {
    "good": "prose",
    "near": "prose-like",
    "short": "short",
    "bad": "chrome-like",
    "code": "code-like",
    "barrier": "comment-section",
    "heading": "story-box heading",
    "credit": "picture-credit",
}
MAX_LIST = 80

_OPEN_END = regex.compile(r"[\p{Ll},;\-]$")


def _wrapped_groups(classes: list[str], texts: list[str]) -> list[tuple[int, int]]:
    """Runs of hard-wrapped lines (each ends mid-sentence, the next starts lower case)."""
    groups = []
    k, n = 0, len(texts)
    while k < n:
        j = k + 1
        while (
            j < n
            and classes[j - 1] not in ("bad", "barrier", "heading", "code")
            and classes[j] not in ("bad", "barrier", "heading", "code")
            and texts[j][:1].islower()
            and _OPEN_END.search(texts[j - 1])
        ):
            j += 1
        groups.append((k, j))
        k = j
    return groups


def _menu_like(f: LineFacts, cls: str, text: str | None = None) -> bool:
    """A line that reads as a link or label: chrome-like, or a short Title Case line, a byline or a date.

    Given ``text``, a line led by a typed list marker ("+ Added Slime Block", "* Bug fixes") is a
    list item: menus do not type their bullets (tag lists may: this holds only for the article's tail).
    """
    if cls in _STOP_CLASSES or f.label is not None:
        return True
    if text is not None and _ITEM_MARK.match(text):
        return False
    if cls == "short" and f.words <= 1 and not f.terminal:
        return True  # a chart axis or a button row: "$263", "’17", "billion", "Share"
    return cls == "short" and not f.terminal and f.words <= 8 and f.capitalised >= 0.6


_ITEM_MARK = regex.compile(r"^(?:[+*•◦▪–-]|\d{1,3}[.)])\s")
GAP_FREE = 3  # a gap of this many lines between blocks of the article is filled whatever it holds
GAP_MENU_SHARE = 0.5  # a longer gap is filled unless this share of its lines reads as links or labels
GAP_CHROME_SHARE = 0.25  # ... or this share of its lines is chrome-like (widgets, prompts)


TEASER_DATES = 3  # this many date lines ...
TEASER_GAP = (2, 8)  # ... each this many lines after the previous one: a list of teasers
INLINE_BOX_RULE = True  # a short stamped list under a story-box heading is a box inside the article
INLINE_BOX_LINES = 12  # from its first stamp to its last
INLINE_BOX_HEAD = 4  # its heading stands this near above the first stamp


def _teaser_dates(classes: list[str], facts: list[LineFacts]) -> set[int]:
    """Date lines recurring every few lines are the stamps of a teaser list; the article ends at each.

    An article carries one date line (two with an update time); a list of
    other stories repeats headline, author, date, blurb.  Such date lines
    become barriers, so no block of the article runs across the list.
    """
    dates = [k for k, f in enumerate(facts) if f.label == "dateline" and classes[k] not in _STOP_CLASSES]
    stamps: set[int] = set()
    run: list[int] = []
    for k in [*dates, None]:
        if k is not None and run and TEASER_GAP[0] <= k - run[-1] <= TEASER_GAP[1]:
            run.append(k)
            continue
        if len(run) >= TEASER_DATES:
            # a short list right under a story-box heading ("Recommended") is a box set inside the article:
            # its stamps are chrome lines, so the article runs on past it (the heading still costs its 30)
            inline = (
                INLINE_BOX_RULE
                and run[-1] - run[0] <= INLINE_BOX_LINES
                and any(classes[i] == "heading" for i in range(max(0, run[0] - INLINE_BOX_HEAD), run[0]))
            )
            for i in run:
                classes[i] = "bad" if inline else "barrier"
            stamps.update(run)
        run = [] if k is None else [k]
    return stamps


#: "Jane Doe is a professor of law at ...", "John Smith writes about ...": the author's bio after the article
_AUTHOR_BIO = regex.compile(
    r"""^(?:Dr\.\s|Prof\.\s)?\p{Lu}[\p{L}'’\-]++(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]++|de|van|von|al)){1,3}(?:,?\s(?:Jr|Sr)\.)?,?\s
        (?:(?:is|was)\s(?:(?:an?|the)\s)?(?:[\p{L}\-]++\s){0,3}?
           (?i:professor|author|writer|journalist|reporter|editor|correspondent|columnist|contributor|founder
             |co-founder|director|fellow|lecturer|researcher|freelancer?|consultant|analyst|blogger|student
             |teacher|lawyer|attorney|economist|historian|scientist|photographer|producer|host|partner|ceo)s?\b
         | (?:writes|reports|blogs)\s(?:about|on|for)\b | covers\s)
    # an author box sets the author's name in capitals: "TIM ANDERSON has done many amazing things ..."
    # (a person: "he", "she", "his", "her" follows, not "its" of a place)
    | ^\p{Lu}{2,}+(?:\s\p{Lu}{2,}+){1,2}\s(?:is|was|has|lives|writes|teaches|works)\s\p{Ll}
      (?=.*?\b(?:he|she|his|her|hers|him)\b)""",
    regex.VERBOSE,
)
BIO_MAX_WORDS = 80
BIO_MAX_AFTER_CHROME = 160


def _drop_author_bio(inside: list[bool], classes: list[str], facts: list[LineFacts], texts: list[str]) -> set[int]:
    """The last lines of the article, when they are short bios of its authors, go (``chrome.author_bio``).

    The bio is short (80 words), or up to 160 words when chrome (a tag line, share buttons) sets it
    apart from the article."""
    kept = [k for k, v in enumerate(inside) if v and classes[k] not in _STOP_CLASSES]
    dropped: set[int] = set()
    # the bios of several authors, one per line, go together (one after the other, later
    # rounds would find each next one: the step must reach its fixed point in one go)
    while len(kept) >= 4:
        k = kept[-1]
        # set apart from the article by chrome (a tag line, share buttons), a bio may run longer
        limit = BIO_MAX_AFTER_CHROME if k > 0 and classes[k - 1] in _STOP_CLASSES else BIO_MAX_WORDS
        if not (facts[k].words <= limit and _AUTHOR_BIO.match(texts[k])):
            break
        inside[k] = False
        dropped.add(k)
        kept.pop()
    return dropped


BOX_TEASERS = 6  # at most this many teaser links follow a related-stories heading inside the article
TEASER_WORDS = 25


def _drop_box_teasers(inside: list[bool], classes: list[str], facts: list[LineFacts], texts: list[str]) -> set[int]:
    """Under a related-stories heading inside the article ("Related Coverage", "More in World"), the
    headlines that follow (lines that do not end like sentences) up to the next sentence are the box's
    teaser links, not the article's (``chrome.box_teaser``)."""
    out: set[int] = set()
    n = len(classes)
    for k in range(n):
        if not inside[k] or classes[k] != "heading":
            continue
        f = facts[k]
        if not ((f.phrase is not None and f.phrase[0] == "related") or _BOX_HEADING.match(texts[k])):
            continue
        j = k + 1
        while (
            j < n
            and j - k <= BOX_TEASERS
            and inside[j]
            and classes[j] not in ("code", *_STOP_CLASSES)
            and not facts[j].terminal
            and 3 <= facts[j].words <= TEASER_WORDS
            and facts[j].label is None
            and not _ITEM_MARK.match(texts[j])
        ):
            j += 1
        # the teasers end where the article goes on: a sentence, or an item of its numbered list ("19) Title")
        resumes = (
            j < n
            and inside[j]
            and ((facts[j].terminal and classes[j] in ("good", "near")) or _ITEM_MARK.match(texts[j]) is not None)
        )
        if j > k + 1 and resumes:
            for i in range(k + 1, j):
                inside[i] = False
                out.add(i)
    return out


TAIL_MAX = 40


def _extend_tail(inside: list[bool], classes: list[str], facts: list[LineFacts], texts: list[str]) -> None:
    """The lines right after the article up to the first chrome line (a table, a Q&A, tour dates) are its tail;
    the lines right before it back to the last chrome line are its head (a list that opens it).

    The run must read as a list and not as a menu or a list of teaser links.
    """
    kept = [k for k, v in enumerate(inside) if v]
    if not kept:
        return
    n = len(classes)
    for edge, step in ((kept[-1], 1), (kept[0], -1)):
        k = edge + step
        while 0 <= k < n and abs(k - edge) <= TAIL_MAX and classes[k] not in _STOP_CLASSES:
            k += step
        run = range(edge + 1, k) if step > 0 else range(k + 1, edge)
        if not run or (0 <= k < n and classes[k] not in _STOP_CLASSES):
            continue  # the run must end at a chrome line or the edge of the page
        if _listy(run, classes, facts, texts):
            # the run's outer end is no label: a list's title or a "Share" button stays out
            outer = list(run) if step < 0 else list(reversed(run))
            while outer and _menu_like(facts[outer[0]], classes[outer[0]], texts[outer[0]]):
                outer.pop(0)
            for i in outer:
                inside[i] = True


def _listy(run: range, classes: list[str], facts: list[LineFacts], texts: list[str]) -> bool:
    menu = sum(1 for i in run if _menu_like(facts[i], classes[i], texts[i]))
    if menu >= GAP_MENU_SHARE * len(run):
        return False
    # a table, Q&A or list has sentences, code or items that start alike ("Q:", "June 9 –", "+ Added");
    # a box of teaser links has headlines that start each their own way
    first = Counter(_first_word(texts[i]) for i in run)
    listy = sum(1 for i in run if facts[i].terminal or classes[i] == "code" or first[_first_word(texts[i])] > 1)
    return listy >= TAIL_LISTY * len(run)


TAIL_LISTY = 0.5
_LEAD = regex.compile(r"[\p{L}\p{N}]++|[^\s\p{L}\p{N}]")


def _first_word(text: str) -> str:
    """The first word of a line (or its leading symbol, a bullet), case-folded; numbers count as one."""
    m = _LEAD.search(text)
    if m is None:
        return ""
    w = m.group().casefold()
    return "#" if w.isdigit() else w


TOC_MIN = 3  # a table of contents names at least this many of the article's subheadings ...
TOC_SHARE = 0.6  # ... and this share of its lines do
TOC_MAX = 80
_EDIT_LINK = regex.compile(r"\[edit\]$")  # MediaWiki section edit links: "History[edit]"
_SECTION_NUMBER = regex.compile(r"^(?:\d++(?:\.\d++)*+\.?|[ivx]++\.)\s")


def _toc_key(text: str) -> str:
    """A line as a table of contents and a subheading both print it: "1.1 Eich CEO controversy" -> "eich ceo controversy"."""
    return normalise_line(_EDIT_LINK.sub("", _SECTION_NUMBER.sub("", text.strip())))


def _join_toc(inside: list[bool], classes: list[str], weights: list[float | None], texts: list[str]) -> None:
    """A table of contents right before the article, and the introduction before it, are the article's.

    The evidence is in the page: most lines of a table of contents recur as
    subheadings inside the article ("Detecting Anomalies" ... "Detecting
    Anomalies").  The contents join the article, and so does the heaviest run
    of lines ending right before them (the introduction, which the contents cut
    off from the body), when it weighs like a paragraph.
    """
    kept = [k for k, v in enumerate(inside) if v]
    if not kept:
        return
    first = kept[0]
    heads = {_toc_key(texts[k]) for k in kept if len(texts[k]) <= 100}
    heads.discard("")
    k = first - 1
    while k >= 0 and first - k <= TOC_MAX and not inside[k] and weights[k] is not None:
        k -= 1
    region = range(k + 1, first)
    toc = [i for i in region if classes[i] not in ("good", "near") and _toc_key(texts[i]) in heads]
    if len(toc) < TOC_MIN:
        return
    lo, hi = toc[0], toc[-1] + 1
    if (hi - lo) * TOC_SHARE > len(toc):
        return
    if lo > 0 and "contents" in texts[lo - 1].casefold() and len(texts[lo - 1].split()) <= 4:
        lo -= 1  # its heading: "Contents", "Table of Contents"
    for i in range(lo, hi):
        inside[i] = True  # the lines between the contents and the article are a gap (_fill_gaps)
    # the introduction: the heaviest run ending right before the contents
    total, best, start = 0.0, 0.0, lo
    for i in range(lo - 1, k, -1):
        w = weights[i]
        if w is None:
            break
        total += w
        if total > best:
            best, start = total, i
    if best >= SECONDARY_FLOOR:
        for i in range(start, lo):
            inside[i] = True


def _fill_gaps(inside: list[bool], classes: list[str], facts: list[LineFacts]) -> None:
    """Lines between two blocks of the article belong to it (code, tables, lists, subheadings).

    A gap that crosses a barrier stays out, and so does a long gap that reads
    as a menu or a list of teasers, or a quarter of whose lines are chrome-like; from a story-box heading in the gap to the
    next prose line, the lines are the box's and stay out too.
    """
    kept = [k for k, v in enumerate(inside) if v]
    if len(kept) < 2:
        return
    for a, b in itertools.pairwise(kept):
        if b - a <= 1 or any(classes[k] == "barrier" for k in range(a + 1, b)):
            continue
        size = b - a - 1
        menu = sum(1 for k in range(a + 1, b) if _menu_like(facts[k], classes[k]))
        chrome = sum(1 for k in range(a + 1, b) if classes[k] == "bad")
        if size > GAP_FREE and (menu >= GAP_MENU_SHARE * size or chrome >= GAP_CHROME_SHARE * size):
            continue
        box = False
        for k in range(a + 1, b):
            cls = classes[k]
            if cls == "heading":
                box = True
            elif cls in ("good", "near"):
                box = False
            if not box:
                inside[k] = True


AD_SLOTS = 3  # an ad label printed this many times marks ad slots between paragraphs, not a box heading


def _ad_slots(classes: list[str], facts: list[LineFacts]) -> None:
    """An ad label ("Advertisement") that recurs down the page marks the ad slots a CMS sets between
    paragraphs: each costs what another chrome line costs, not what a box heading costs.

    One "Advertisement" may head a box of sponsored stories; three or more are inline slots (lazy-loaded
    ads every few paragraphs), and as headings they would cut the article into pieces.
    """
    ads = [k for k, f in enumerate(facts) if classes[k] == "heading" and f.phrase is not None and f.phrase[0] == "ads"]
    if len(ads) >= AD_SLOTS:
        for k in ads:
            classes[k] = "bad"


def classify_page(facts: list[LineFacts], repeated: list[bool], texts: list[str]) -> list[Verdict]:
    classes = [line_class(f, r, t) for f, r, t in zip(facts, repeated, texts, strict=False)]
    if AD_SLOTS_RULE:
        _ad_slots(classes, facts)
    if INGREDIENTS_RULE:
        items = [
            k
            for k, c in enumerate(classes)
            if c not in _STOP_CLASSES
            and facts[k].words <= INGREDIENT_WORDS
            and texts[k][:1] in _INGREDIENT_FIRST
            and _INGREDIENT.match(texts[k])
        ]
        if len(items) >= INGREDIENTS_MIN:  # a recipe's list of ingredients is content, weighed as prose
            for k in items:
                classes[k] = "good"
    if TEASER_CARDS:
        cards = [
            k
            for k, c in enumerate(classes)
            if c not in _STOP_CLASSES and facts[k].words >= TEASER_CARD_WORDS and _teaser_card(texts[k])
        ]
        if len(cards) >= TEASER_CARDS_MIN:  # teaser cards come in lists; one such line may be a brand name
            for k in cards:
                classes[k] = "bad"
    _resolve_open(classes)
    stamps = _teaser_dates(classes, facts)
    # hard-wrapped paragraphs (pre-formatted text) are classified as one block
    groups = [g for g in _wrapped_groups(classes, texts) if g[1] - g[0] > 1]
    for lo, hi in groups:
        joined = " ".join(texts[lo:hi])
        gf = line_facts(joined)
        gcls = line_class(gf, False, joined)
        if gcls == "open":
            gcls = "near"
        elif gcls == "figures":
            gcls = "short"
        for k in range(lo, hi):
            classes[k] = gcls
    weights = _weights(classes, facts)
    for lo, hi in groups:  # the block weighs what its words weigh, spread over its lines
        total = sum(w for w in weights[lo:hi] if w is not None and w > 0)
        words = sum(facts[k].words for k in range(lo, hi))
        if classes[lo] in ("good", "near"):
            share = (1.0 if classes[lo] == "good" else 0.5) * words / (hi - lo)
            for k in range(lo, hi):
                weights[k] = max(total / (hi - lo), share)
    inside = [False] * len(facts)

    def announced_list(lo: int, hi: int, limit: int) -> int:
        """A block that ends announcing a list ("Tour dates:") goes on with the list."""
        start = hi if texts[hi - 1].endswith(":") else hi + 1
        if start > limit or not texts[start - 1].endswith(":") or classes[start - 1] in _STOP_CLASSES:
            return hi
        k = start
        while k < limit and k - start < MAX_LIST and classes[k] not in _STOP_CLASSES and facts[k].words <= 30:
            k += 1
        return k

    comments = _comments_start(classes, texts, stamps) if COMMENTS_RULE else None
    for lo, hi in _article_blocks(weights, [c == "heading" for c in classes], announced_list, comments):
        for k in range(lo, hi):
            inside[k] = True
    if TOC_RULE:
        _join_toc(inside, classes, weights, texts)
    _fill_gaps(inside, classes, facts)
    _extend_tail(inside, classes, facts, texts)
    if INGREDIENTS_RULE and any(inside):
        for k in _recipe_card(classes, texts):
            inside[k] = True
    _keep_bylines(inside, facts)
    bios = _drop_author_bio(inside, classes, facts, texts)
    teasers = _drop_box_teasers(inside, classes, facts, texts) if BOX_TEASER_RULE else set()
    out: list[Verdict] = []
    for k, (f, cls) in enumerate(zip(facts, classes, strict=False)):
        label = f.label or "content"
        if not inside[k]:
            what = f"{f.phrase[0]} phrase" if f.phrase else f"{_CLASS_NAMES.get(cls, cls)} line"
            if k in stamps:
                what = "date line of a teaser list"
            if k in bios:
                out.append(("chrome", True, "author_bio", "the author's bio after the article"))
                continue
            if k in teasers:
                out.append(("chrome", True, "box_teaser", "a teaser link under a related-stories heading"))
                continue
            out.append(("chrome", True, "boilerplate_page", f"outside the article ({what})"))
        elif cls == "credit":
            out.append(("chrome", True, "picture_credit", "a picture credit inside the article"))
        elif cls in ("bad", "barrier", "heading"):
            rule = _bad_rule(f, texts[k], cls, repeated[k])
            why = f"{f.phrase[0]} phrase" if f.phrase else rule.replace("_", " ")
            out.append(("chrome", True, rule, f"{why} inside the article"))
        else:
            out.append((label, False, None, None))
    return out
