"""Title Case leak: a body sentence, or its leading clause, written in Title Case.

Machine translation and careless copy-editing sometimes put a headline's Title
Case into the body: ``Iraqi Prime Minister Says His Country No Longer Needs
American Combat Troops To Fight Islamic State groups, but ...``.  This step
puts such a run into sentence case, deciding each word from the document's
own evidence; no trained model, no dictionary.

A run is a candidate (rule ``titlecase.sentence_case``) when:

* it starts a sentence (or follows a wire dateline at the start of one of
  the article's first lines: ``BERLIN, Jan. 25 (dpa) - ``, ``LONDON — ``)
  on a line of running text (never the headline; the
  line ends like a sentence, so subheads are out), outside quotation marks,
  and is a run of at least 5 capitalised words separated by single spaces,
  none of them a SHOUTED closed-class word (``OF``, ``THE``), and not a
  SHOUTED subhead run into the text (``HOW IT ALL STARTED The ...``);
  headline style is a run too: short articles, conjunctions and
  prepositions in lower case inside it (``Combat Troops to Fight Islamic
  State``; any lower-case word of up to three letters, for the style that
  capitalises words of four letters or more: ``Prosecutors had Drawn up a
  List``), and name particles before a capital (``Lula da Silva``),
  unless the run also capitalises one of them (``Chorton And The
  Wheelies or Jamie And His Magic Torch`` is two titles joined); a comma
  may join Title Case pieces of one clause (``India, Which Attends The G7
  Meeting``), but a piece in headline style after a comma (``..., Joint Chiefs
  of Staff said``) ends the run at the comma (unless its lower-case small word
  is ``and``, ``or``, ``nor``: ``Culture, Media and Sport``); a run glued
  to the next text (``To 250,000The state``) or
  followed by a subtitle (``...In New Zealand: Historical``) is a title;
  the leak goes on in its sentence after a bracketed aside, an amount or a
  quotation mark (``... Fund (IMF) Said It Will Look At Ways ...``), and those
  continuations are decided word by word too (their first word included);
  after a dash, an acronym or ``&`` a Title Case run is a name or a title of
  its own (``Jerry Springer - The Opera``, ``RBS Six Nations``);
* or it stands inside a sentence as a clause of its own: after a conjunction
  (``... on Wednesday and Would Continue Its Actions Until The End Of The Week``),
  not opening like a title (``The``, ``A``, a possessive: ``Romancing The Stone and
  The Jewel Of The Nile``), or after a comma opened by a participle or an
  auxiliary (``..., Making It The Largest In The World``); it then needs 3
  capitalised function words of its own, and all its words are decided, the
  first too (after a noun a run inside a sentence is as likely a title of a work:
  ``the film In The Name Of The Father``, and is left alone);
* at least 3 of its words after the first are capitalised closed-class words
  (``His``, ``To``, ``No``, ``Of``, ``Says`` ...; data/titlecase/function_words.txt):
  a proper name (``Bank of England``, ``New York Police Department``) does
  not capitalise those; or 2 of them and at least 2 other words of the run
  the document writes in lower case elsewhere (a title of a work, ``Call Me
  By Your Name``, has no such evidence), or one such word and 4 others the
  dictionary knows only in lower case (``Farmers Have Faced Growing
  Difficulties Selling Their Grain Abroad``, with "grain" in the text);
* the line holds a lower-case word outside the run (the run is a leading
  clause), or the whole line is one long sentence (8+ words) in Title Case
  ending in a full stop; so a title line or a line of names is left alone;
* the document has evidence at all: 10 or more lower-case words outside the
  headline and the leak's own sentence.  A single sentence (a
  machine-translation segment) is left alone rather than half-repaired.

Rule ``titlecase.clitic``, apart from runs: an English clitic capitalised after an
apostrophe that follows a lower-case letter (``Public Prosecutor'S Office``, ``Don'T``:
what a title-casing function does) is put in lower case, in any text.

Rule ``titlecase.org_of``, apart from runs: "Of" (and a "The" after it) capitalised
after the head noun of an organisation or an office in running text (``the Ministry Of
Energy``) goes to lower case where the document writes "of" so elsewhere.

Each word after the first then keeps or loses its capital:

* kept: the pronoun ``I``, acronyms (``US``, ``IS``), words with a capital
  inside (``McDonald``), the always-capitalised classes of
  data/titlecase/always_capitalised.txt (days, months, countries, demonyms,
  languages, religions), ``May`` after a preposition or next to a number;
* kept: a word of a pair seen capitalised together mid-sentence elsewhere
  in the document and never in lower case (``Islamic State``), and a title
  of data/titles/titles.tsv directly before a name (``Home Secretary David
  Blunkett``);
* lowered: closed-class words (the data file and the ``_CLOSED`` table:
  prepositions, particles, conjunctions, auxiliaries, pronouns,
  determiners), unless the document writes the word only capitalised
  (``Will`` as a name); words the document writes in lower case
  mid-sentence elsewhere (``prime minister``, ``troops``), or in a headline
  written in sentence case (``... will take time``); a past tense in ``-ed``
  whose other forms the document writes in lower case (``Defended``: ``defend``),
  and an ``-ing`` form whose past tense it does (``Enriching``: ``enriched``);
  a plural or third person in ``-s`` after a lowered word (not an article)
  whose stem the document writes in lower case (``Rice Exports``: ``export``;
  ``The Writers Guild`` keeps its capitals);
* lowered by grammar (unless the document writes the word capitalised
  mid-sentence): a word after an auxiliary, negated or not (``Has Withdrawn``,
  ``Would Not Stop``), a long
  ``-ly`` adverb (``Urgently``), a verb between ``To`` and a possessive or
  object pronoun (``To Protect Its``), a multi-word title before a
  predicate (``Foreign Minister Says``);
* lowered, when the document itself has no evidence: a word English
  dictionaries know only in lower case (``data/titlecase/lower_case_words.txt``,
  from SCOWL: ``Received``, ``Troops``; not ``Bush``, ``Will``, ``Mark``) or the
  caller's corpus vocabulary knows in lower case (``TitleCase(common_words=...)``
  or ``context["lowercase_words"]``, a set built over a batch), unless it stands
  next to another capitalised word that stays or is decided the same way (a
  multi-word name: ``Six Nations``, ``Stock Exchange``) or the document writes it
  capitalised mid-sentence (``Rangers``); ``TitleCase(dictionary=False)`` leaves
  the dictionary out;
* kept: every other word (seen only capitalised, or not known at all): a
  proper noun is never lowered on a guess.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> t = ("Headline\\n\\nThe Prime Minister Says His Country Needs No Troops To Fight, but talks go on."
...      "\\n\\nThe prime minister said the country needs troops to fight. Talks were long.")
>>> apply_edits(t, list(TitleCase().find_edits(Document(t)))).splitlines()[2]
'The prime minister says his country needs no troops to fight, but talks go on.'
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator

import regex

from ..datafiles import load_tsv, load_words
from ..document import Document
from ..edits import Edit
from . import Step

#: the head nouns of organisations and offices (titlecase.org_of)
_ORG_HEADS = (
    "Ministry|Department|Board|Institute|Association|Bank|University|Council|Commission|Agency|Office|Authority"
    "|Chamber|Federation|Union|Court|Bureau|Directorate|Committee|Corporation|Organisation|Organization|Society"
    "|Academy|College|League|Assembly|Parliament|Foundation|Centre|Center|Service|Administration|Secretary"
    "|Minister|President|Governor|Mayor|Chairman|Chairwoman|Director|Head|Prosecutor|Ombudsman"
)
_ORG_OF = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_ORG_HEADS})\ (?P<of>Of)\ (?:(?P<the>The)\ )?(?=\p{{Lu}}\p{{Ll}})")
_ORG_HEAD_END = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_ORG_HEADS})\Z")
_LONGEST_HEAD = max(map(len, _ORG_HEADS.split("|")))


def _in_quotation(before: str) -> bool:
    """Whether a quotation opened in ``before`` (a line up to a point) is still open there."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _org_of_candidate(text: str) -> bool:
    """Whether some " Of " of ``text`` follows an organisation's or office's head noun (the
    pre-check of titlecase.org_of: a C scan for " Of " and a set look-up per find, where the
    pattern's alternation of heads was tried at every position).

    >>> _org_of_candidate("the Ministry Of Energy"), _org_of_candidate("Some Kind Of Monster")
    (True, False)
    """
    pos = text.find(" Of ")
    while pos >= 0:
        if _ORG_HEAD_END.search(text, max(0, pos - _LONGEST_HEAD - 1), pos):
            return True
        pos = text.find(" Of ", pos + 1)
    return False


_LOWER_OF_BETWEEN = regex.compile(r"\p{Lu}\p{Ll}[\p{L}'’\-]*\ of\ (?:the\ )?\p{Lu}\p{Ll}")
#: lower-case words a line of running text holds at least (titlecase.org_of)
_ORG_LINE_MIN_LOWER = 5
#: an English clitic capitalised after an apostrophe that follows a lower-case letter
#: ("Prosecutor'S", "Don'T", "We'Re"; not "O'Sullivan", "D'Souza": a capital before)
#: (led by the apostrophe, in the standard engine: it skips to the apostrophes fast; the
#: letter before is read apart)
_CLITIC_AFTER_APOSTROPHE = re.compile(r"['’](S|T|Re|Ll|Ve|D|M)(?![^\W\d_])")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+")
# a sentence starts at the start of a paragraph/line or after . ! ? (and a closing quote)
_SENT_START = regex.compile(r"(?:^|(?<=[.!?][\"”’')]?[ \t]+))(?=\p{Lu})", regex.MULTILINE)
# an opening quotation mark at a line start, after a sentence end or after a space or a colon,
# before a capital: the quotation's first word follows it
_QUOTED_START = regex.compile(r"(?:^|(?<=[.!?:,;][\"”’')]?[ \t]+)|(?<=\s))[\"“‘'](?=\p{Lu})", regex.MULTILINE)
# a run: capitalised words separated by single spaces
_CAPWORD = r"\p{Lu}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+"
_NUMBER = r"[\p{Sc}(]?\d[\d.,]*+(?:%|\p{L}{1,3})?\)?"  # 40%, $900m, (£479m) inside a run
# headline style (AP, Chicago) keeps short articles, conjunctions and prepositions in lower
# case inside a Title Case run: "Needs American Combat Troops to Fight Islamic State"
_SMALL_WORDS = "a|an|the|and|but|or|nor|for|of|to|in|on|at|by|as|via"
_SMALL = rf"(?:{_SMALL_WORDS})"
# a name particle before a capitalised word stays inside the run: "Lula da Silva Visited", and
# a name after a hyphenated particle is one of its words: "Abdel Fattah el-Sissi Received"
_PARTICLE_WORDS = "da|de|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el"
_PARTICLE = rf"(?:{_PARTICLE_WORDS})"
# ... and a style that capitalises only words of four letters or more keeps every short word
# in lower case: "Prosecutors had Drawn up a List of More Than": a lower-case word of up to
# three letters (the small words among them) stays inside the run before a capital
_SHORT = r"(?:\p{Ll}{1,3}+)"
_TOKEN = (
    rf"(?:{_CAPWORD}|{_NUMBER}(?=\ \p{{Lu}})|{_SHORT}(?=\ (?:\p{{Lu}}|{_SHORT}\ \p{{Lu}}))"
    rf"|{_PARTICLE}(?=\ \p{{Lu}})|{_PARTICLE}-{_CAPWORD})"
)
# a comma may join Title Case pieces of one clause: "India, Which Attends The G7 Meeting"
_RUN = regex.compile(rf"{_CAPWORD}(?:\ {_TOKEN}|,\ {_CAPWORD})*+")
_SMALL_WORD = regex.compile(_SMALL)
_SUBTITLE = regex.compile(r":\ \p{Lu}")
_GLUED = regex.compile(r"\ ?[^\s\p{Lu}]*?[\p{N}.!?]\p{Lu}")
# What may stand between a Title Case run and its continuation in the same sentence: a
# bracketed aside (an acronym, an amount), an amount or a quotation mark, never a lower-case
# word, a sentence end or a dash ("... International Monetary Fund (IMF) Said It Will Look At
# ...", "... A Total Of $515m (£277m) To Settle An ..."); after a dash, an acronym or "&" a
# Title Case run is a name or a title of its own ("Jerry Springer - The Opera", "RBS Six
# Nations", "USA Track & Field")
_GAP_TOKEN = (
    r"\([^()\n]{1,40}+\)"
    r"|[\"“”‘’]"
    r"|\p{Sc}?\d[\d.,]*+(?:%|bn|tn|m|k)?(?![\p{L}\d])"
)
_CONTINUATION = regex.compile(rf"\ ?(?:(?:{_GAP_TOKEN})\ ?)++(?=\p{{Lu}}\p{{Ll}})")
# Pre-check: a candidate run holds five capitalised words, so five tokens (a token holds at
# most one word: _WORD finds one word in a _CAPWORD and only the letter suffix of a _NUMBER),
# so the first five tokens of its _RUN match are a match of
#     _RUN5 = _CAPWORD (?:\ _TOKEN | ,\ _CAPWORD){4}
# at a sentence start: the start of the text, after a wire dateline, after a newline or
# after what _SENT_START's lookbehind asks for ("." "!" "?", a closing quote, spaces).
# Those boundaries are found by the standard-library engine, one pattern per boundary
# character (a pattern led by a plain character is scanned for with a fast loop, about four
# times faster than one pattern led by the class [.!?\n] or the `regex` engine), and the
# look-ahead is a superset of _RUN5 in ASCII classes:
# * \p{Lu} is [A-Z] or a non-ASCII character; \d and \p{Sc}, which lead a
#   _NUMBER with "(", are [0-9], "$" or a non-ASCII character (no other ASCII character is
#   a decimal digit or a currency symbol);
# * a token is [^ \n]*+ after its first character: no _TOKEN holds a space or a newline,
#   and the ", " separator's comma joins the token before it; the next token follows the
#   next space, where the possessive run stops as _RUN5's token does;
# * _SHORT words (one to three lower-case letters: [a-z] or non-ASCII) are followed by a
#   space and a capital or another short word and a capital, _PARTICLE words by a space
#   (their look-aheads ask for these) or by a hyphen and a capitalised word ("el-Sissi").
# So every position where _RUN5 matches after a boundary is found; a found one where it does
# not match fails _promising (which matches _RUN and needs five capitalised words).
# The classes are written negated ([^...] of the ASCII characters they leave out): the
# standard library compiles a class holding the range \x80-\U0010ffff by walking the whole
# range (about 30 ms a class, most of the step's start-up), a negated class of a few ASCII
# ranges at once.
_LOWER_OR_NON_ASCII = r"[^\x00-\x60\x7b-\x7f]"  # [a-z] or a non-ASCII character
_UPPER_OR_NON_ASCII = r"[^\x00-\x40\x5b-\x7f]"  # [A-Z] or a non-ASCII character
# [A-Z0-9$(] or a non-ASCII character ($ is \x24, ( is \x28)
_TOKEN_LEAD_OR_NON_ASCII = r"[^\x00-\x23\x25-\x27\x29-\x2f\x3a-\x40\x5b-\x7f]"
# a _SHORT token: one to three lower-case letters, then a space and a capital, or another
# short word and a capital (its look-ahead), in ASCII classes
_SHORT_SUPERSET = (
    rf"{_LOWER_OR_NON_ASCII}{{1,3}}"
    rf"(?=\ (?:{_UPPER_OR_NON_ASCII}|{_LOWER_OR_NON_ASCII}{{1,3}}\ {_UPPER_OR_NON_ASCII}))"
)
_RUN5_SUPERSET = (
    rf"{_UPPER_OR_NON_ASCII}[^ \n]*+"
    rf"(?:\ (?:{_TOKEN_LEAD_OR_NON_ASCII}[^ \n]*+|{_SHORT_SUPERSET}|(?:{_PARTICLE_WORDS})(?:(?=\ )|-{_UPPER_OR_NON_ASCII}[^ \n]*+))){{4}}"
)
_SITES_AFTER = (
    *(re.compile(rf"{re.escape(c)}[\"”’')]?[ \t]+(?={_RUN5_SUPERSET})") for c in ".!?"),
    re.compile(rf"\n(?={_RUN5_SUPERSET})"),
)
_RUN5_SUPERSET_AT = re.compile(_RUN5_SUPERSET)
#: a Title Case clause joined to a sentence by a conjunction ("... on Wednesday and Would
#: Continue Its Actions Until The End Of The Week"); after any other word a Title Case run
#: inside a sentence is as likely the title of a work ("the film In The Name Of The Father",
#: "costume classic A Room With A View") and is left alone
_CLAUSE_CONJUNCTIONS = frozenset("and but".split())
#: subordinating conjunctions open a clause too ("... after a summer of drought, while Cheap
#: Ground Paprika From China And Peru Keeps Pushing Down Prices in supermarkets", probe31):
#: the same test after them, and after a comma
_SUBORDINATORS = frozenset("while as because although though whereas when after that".split())
#: ... and the clause starts with a verb, an auxiliary or a quantifier, not with an article
#: or a possessive as a title does ("Romancing The Stone and The Jewel Of The Nile")
_TITLE_OPENERS = frozenset("the a an my your his her its our their this that these those".split())
_CLAUSE_OPENERS = frozenset(
    """would will could should can may might must shall has have had is are was were did does do
    said says added noted stressed stated told announced urged warned called many most several some
    all both each more""".split()
)


def _run_capitals(text: str, pos: int) -> list[str]:
    """The capitalised words of the Title Case run at ``pos`` (none when no run starts there).

    >>> _run_capitals("The Deal Reflects A Shift in policy", 0)
    ['The', 'Deal', 'Reflects', 'A', 'Shift']
    """
    m = _RUN.match(text, pos)
    return [] if m is None else [w for w in _WORD.findall(m.group()) if not _is_lower(w)]


_LOWER_AFTER = regex.compile(r"\ (\p{Ll}+)")
#: verbs whose subject a work's title often is
_TITLE_VERBS = frozenset(
    "became won remains stars tells follows features opens opened premiered sold topped takes took draws drew "
    "borrows borrowed debuted".split()
)
#: what follows a verb in -s, not a plural noun ("Reflects A Shift", "Needs Its Own")
_DETERMINERS_AFTER_VERB = frozenset("a an the its his her their our no".split())
#: verbs of saying and thinking whose object clause may leak in Title Case ("Analysts said
#: The Deal Reflects A Shift in ...", "He said Residents Should Take Immediate Action To Save
#: Their Lives and ...": probes 41, 45, 68, 70, 72); after them a clause may open with "The"
#: (a title of a work seldom stands there: in the clean news of the regression texts none
#: with a closed-class word and a verb of its own does), and the run needs a verb of its own
#: (_reported_clause)
_REPORTING_LEADS = frozenset(
    "said says that expects expected warned believes believed argued added noted insisted stressed".split()
)
# a leak inside a sentence starts after a lower-case word (and maybe a comma): "..., and
# Said The Project Would Reduce Losses On The Grid and allow ...", "... making it the
# largest, Making It The Largest In The World By A Wide Margin."
# (only where _clause_leak may accept a run: after a conjunction, or after a lower-case
# letter and a comma; one scan for each, led by a literal, as _SITES_AFTER)
# (each pattern led by its literal, which the engine skips to fast; the character before a
# conjunction is checked after, as a look-behind first would be tried at every position)
#: a space before a five-token run (a superset): where a run inside a sentence may start,
#: after a conjunction, a subordinator or a verb of saying (the word before it, read in
#: Python: one scan for all of them, :func:`_mid_site_leads`)
_SPACE_RUN5 = re.compile(rf"\ (?={_RUN5_SUPERSET})")
_WORD_LEADS = frozenset({*_CLAUSE_CONJUNCTIONS, *_SUBORDINATORS, *_REPORTING_LEADS})
_MID_SITES = (
    # after a comma only a participle or a clause opener (_clause_leak) starts a leak: looked
    # for first, as most capitalised words after a comma are names
    re.compile(
        rf",\ (?=[A-Z][a-z]{{2,}}(?:ing|ed)\ |(?:{'|'.join(sorted((w.capitalize() for w in _CLAUSE_OPENERS | _SUBORDINATORS), key=len, reverse=True))})\ )"
        rf"(?={_RUN5_SUPERSET})"
    ),
)
#: a Title Case clause opened by its conjunction, capitalised too, right after a lower-case
#: word inside a sentence ("... sold out in under an hour, And Resale Prices Have Climbed
#: Sharply Since, ...", "officials said this month That The Deadline Had Now Passed",
#: probe79): no English sentence capitalises a conjunction there, and a title of a work that
#: holds one follows a capitalised word ("Guys And Dolls"); the run starts at the
#: conjunction (_joiner_clause)
_CAPITAL_JOINERS = "And|But|While|That|Which|Because|Although|Though|Whereas|Than|Who|Whose|Where|When|Until|Since|As"
_JOINER_WORDS = frozenset(_CAPITAL_JOINERS.split("|"))
#: the word before it: a whole lower-case word, maybe with a comma or semicolon, but not a
#: work's kind, after which the run is its title ("the novel And Then There Were None", "the
#: film As Good As It Gets")
_LOWER_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’\-])([a-z][a-z'’\-]*)[,;]?\ \Z")
_WORK_NOUNS = frozenset(
    """film films movie movies show shows series book books novel novels song songs album albums play plays
    musical single track programme program documentary poem opera game title titled called named entitled hit
    comedy drama thriller sitcom memoir biography exhibition painting episode story stories collection""".split()
)


def _in_headline_style(text: str, before: re.Match[str]) -> bool:
    """Whether the lower-case word before a capitalised conjunction may be a small word of a
    title in headline style ("the 1968 work My Name as Though It Were Written on the
    Surface of the Moon"): a word of up to three letters with no comma after it, or any word
    after a capitalised one.

    >>> t = "work My Name as Though It"
    >>> _in_headline_style(t, _LOWER_WORD_BEFORE.search(t, 0, 16))
    True
    >>> t = "sold out in under an hour, And Resale"
    >>> _in_headline_style(t, _LOWER_WORD_BEFORE.search(t, 0, 27))
    False
    """
    word = before.group(1)
    if before.group().rstrip().endswith((",", ";")):
        return False
    if _SMALL_WORD.fullmatch(word):
        return True
    prev = text[max(0, before.start() - 30) : before.start()].rstrip().rsplit(" ", 1)[-1]
    return prev[:1].isupper()


def _after_running_word(text: str, pos: int) -> bool:
    """Whether a lower-case word of running text stands right before a run at ``pos``
    (maybe with a comma): not a work's kind, after which the run is its title ("the film
    Could Be Worse ..."), nor a small word of a title in headline style."""
    before = _LOWER_WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return before is not None and before.group(1) not in _WORK_NOUNS and not _in_headline_style(text, before)


def _mid_site_leads(text: str, spaces: list[int]) -> list[tuple[str, int]]:
    """The sites of runs inside a sentence and the word or comma that leads each: a lead
    word of :data:`_WORD_LEADS` (a whole word) before a space and a five-token run, or a
    comma of :data:`_MID_SITES` after a lower-case letter.

    ``spaces``: the spaces of :data:`_SPACE_RUN5`'s matches.

    >>> t = "It rained and Would Continue Its Actions Until The End, officials said."
    >>> _mid_site_leads(t, [m.start() for m in _SPACE_RUN5.finditer(t)])
    [('and', 14)]
    """
    out = []
    for k in spaces:
        j = k
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if k - j <= 9 and text[j:k] in _WORD_LEADS:
            out.append((text[j:k], k + 1))
        elif k - j >= 2 and text[j:k].islower() and text[j - 1 : j] not in ("-", "'", "’") and _aux_opens(text, k + 1):
            # a Title Case predicate right after its subject: "the buildings Would Be Inspected
            # Again By Engineers", "the former minister Is Currently Serving A Six-Year
            # Sentence" (probes 112, 116, 118)
            out.append(("aux", k + 1))
    for pattern in _MID_SITES:
        for m in pattern.finditer(text):
            if _mid_site(text, m.start()):
                out.append((m.group().rstrip(), m.end()))
    return out


#: capitalised auxiliaries and modals that open a predicate (no name is written so); "Will",
#: "May", "Can" are names too ("Will Young", "Can Dündar"): they open one before a word that
#: follows an auxiliary only
_AUX_OPENERS = frozenset("Is Are Was Were Has Have Had Would Could Should Must Might Shall Does Did".split())
_NAME_MODALS = frozenset(("Will", "May", "Can"))
_AFTER_NAME_MODAL = frozenset(
    "Be Been Have Not Also Already Still Never Just Only Now Soon Further Even Ever Always Remain Continue".split()
)


def _aux_opens(text: str, pos: int) -> bool:
    """Whether the run at ``pos`` opens with a capitalised auxiliary or modal of a predicate.

    >>> _aux_opens("Would Be Notified Within Seven Days", 0), _aux_opens("Will Be Inspected", 0)
    (True, True)
    >>> _aux_opens("Will Young Sang", 0), _aux_opens("Has", 0)
    (False, False)
    """
    space = text.find(" ", pos)
    if space < 0:
        return False
    first = text[pos:space]
    if first in _AUX_OPENERS:
        return True
    if first in _NAME_MODALS:
        nxt = text.find(" ", space + 1)
        return text[space + 1 : nxt if nxt > 0 else len(text)] in _AFTER_NAME_MODAL
    return False


def _capital_joiner_sites(text: str, spaces: list[int]) -> list[int]:
    """The starts of the capitalised conjunctions after a space with a five-token run after
    them (read from the same scan as the leads').

    >>> t = "sold out, And Resale Prices Have Climbed Sharply Since, officials said"
    >>> _capital_joiner_sites(t, [m.start() for m in _SPACE_RUN5.finditer(t)])
    [10]
    """
    out = []
    for k in spaces:
        pos = k + 1
        space = text.find(" ", pos)
        first = text[pos:space] if space > 0 else ""
        if first in _JOINER_WORDS and _RUN5_SUPERSET_AT.match(text, pos + len(first) + 1):
            out.append(pos)
    return out


#: a word in -ing, a present participle mostly (a word of a name seldom is: "Neighboring
#: Tajikistan"; a past form may be: "United Arab Emirates")
_ING_FORM = regex.compile(r"\w{3}ing\Z")
#: words in -ing that are no participle ("..., Everything In This Country Must")
#: words in -ed that open names, not clauses ("United Arab Emirates", "Red Cross")
_ED_NAMES = frozenset("united limited gifted sacred naked wicked beloved".split())
_ING_NOUNS = frozenset("morning evening building meeting wedding ceiling sibling darling spring during".split())


_ARTICLES = frozenset({"the", "a", "an"})
_RELATIVES = frozenset("who that which where when whom whose".split())


def _verb_of_its_own(keys: list[str], *, objects: Container[str] | None = None) -> bool:
    """Whether a run's words (``keys``, in lower case) hold a verb after the first: an
    auxiliary or a modal, a past tense in -ed, or a present in -s before an article or a
    possessive ("The Deal Reflects A Shift").  With ``objects``, the past tense needs one of
    them after it, and no relative pronoun before either verb (a title's clause: "The Girl
    Who Kicked The Hornets' Nest").

    >>> _verb_of_its_own(["the", "market", "had", "expected"]), _verb_of_its_own(["the", "lord", "of", "the", "rings"])
    (True, False)
    >>> _verb_of_its_own(["the", "girl", "who", "kicked", "the", "nest"], objects={"the"})
    False
    """
    for i in range(1, len(keys)):
        key = keys[i]
        after = keys[i + 1] if i + 1 < len(keys) else ""
        if key in _AUX_OR_MODAL:
            return True
        if objects is not None and (keys[i - 1] in _RELATIVES or not after):
            continue
        if len(key) > 4 and key.endswith("ed") and key not in _ED_NAMES:
            if objects is None or after in objects:
                return True
        elif key.endswith("s") and after in _DETERMINERS_AFTER_VERB:
            return True
    return False


#: the last word of an organisation's name ("Disaster Management Centre", "Water Development Board")
_BODY_NOUNS = frozenset(
    """centre center ministry department agency office council commission committee authority bureau board
    institute service corporation company bank court university association union party fund organisation
    organization administration directorate federation foundation""".split()
)


def _first_word(text: str, pos: int) -> str:
    """The token at ``pos`` up to the next space (the first word of a run: a _RUN5_SUPERSET
    match holds a space after it).

    >>> _first_word("and Would Continue", 4)
    'Would'
    """
    return text[pos : text.find(" ", pos)]


def _mid_site(text: str, start: int) -> bool:
    """Whether a _MID_SITES match at ``start`` follows what it needs: a comma a lower-case
    letter, a conjunction no letter (a whole word).

    >>> _mid_site("it, Making", 2), _mid_site("USA, Making", 3), _mid_site("land Would", 1), _mid_site("x and Y", 2)
    (True, False, False, True)
    """
    before = text[start - 1 : start]
    if text.startswith(",", start):
        return "a" <= before <= "z"
    return not before.isalpha()


def _clause_leak(lead: str, first: str) -> bool:
    """Whether a Title Case run inside a sentence, after ``lead`` (a conjunction, or ","
    after a lower-case word), starting with ``first``, reads as a leaked clause: after a
    conjunction, a run that does not open like a title; after a comma, a participle or a
    verb that opens a clause (", Making It The Largest In The World").

    >>> _clause_leak("and", "Would"), _clause_leak("and", "The"), _clause_leak("plus", "Would")
    (True, False, False)
    >>> _clause_leak(",", "Making"), _clause_leak(",", "About"), _clause_leak("kind", "Making")
    (True, False, False)
    >>> _clause_leak(",", "Everything"), _clause_leak(",", "Morning")
    (False, False)
    """
    low = first.lower()
    if lead == ",":
        participle = low.endswith("ing") and len(low) > 5 and not low.endswith("thing") and low not in _ING_NOUNS
        # a past tense opens a clause as a participle does (", Started Digging On Tuesday
        # Beneath ...", probe31; "United" opens names)
        past = low.endswith("ed") and len(low) > 5 and low not in _ED_NAMES
        return participle or past or low in _CLAUSE_OPENERS or low in _SUBORDINATORS
    return (lead.lower() in _CLAUSE_CONJUNCTIONS or lead.lower() in _SUBORDINATORS) and low not in _TITLE_OPENERS


# a wire dateline opens a line's first sentence: "BERLIN, Jan. 25 (dpa) - German ...",
# "PORTO ALEGRE, Brazil (AP) — President ...", "LONDON -- The ...", "Beijing, July 26
# (Xinhua, by Li Wei) -- Chinese ..." (a place in capitals, or any place with the agency, and
# maybe its reporter, in brackets, then a dash)
_DATELINE = regex.compile(
    r"(?:\p{Lu}{3,}+(?:['’]\p{Lu}++)?(?:[ \-]\p{Lu}++(?:['’]\p{Lu}++)?)*+|\p{Lu}[\p{L}\p{M}'’\-]++(?:\ \p{Lu}[\p{L}\p{M}'’\-]++)*+(?=[^\n(]{0,60}\())"
    r"(?:,\ [\p{L}\p{M}\d.'’\-]++(?:\ [\p{L}\p{M}\d.'’\-]++){0,3}){0,2}"
    r"(?:\ \([\p{L}\p{M}.'’\-]++(?:,?[ /][\p{L}\p{M}.'’\-]++){0,4}\))?\ ?(?:--|[\-–—])\ (?=\p{Lu})"
)
_DATELINE_LINES = 8  # the lines (blank ones too) whose start may hold a dateline
_DATELINE_MAX = 100  # characters: a dateline and the dash after it are shorter
# Pre-check of the dateline loop: a _DATELINE match ends in a dash and a space inside the
# _DATELINE_MAX characters it reads, and holds no newline, so one of the first
# _DATELINE_LINES lines holds a dash and a space in its first _DATELINE_MAX characters:
# this zone (the first lines whole, the last one's first characters) holds one of them.
_DATELINE_ZONE = re.compile(rf"(?:[^\n]*+\n){{0,{_DATELINE_LINES - 1}}}[^\n]{{0,{_DATELINE_MAX}}}")
_OPEN_QUOTES = "\"“‘'«"
_MIN_FUNCTION = 3  # capitalised closed-class words that make a run a candidate on their own
_MIN_FUNCTION_WITH_EVIDENCE = 2  # ... or this many, and _MIN_EVIDENCE_WORDS words the document lowers
_MIN_EVIDENCE_WORDS = 2
#: the head nouns of organisations' names ("National Electoral Commission", "Health Ministry")
_ORGANISATION_HEADS = frozenset(
    """commission committee council bank fund board union organization organisation agency authority
    ministry department office service party court assembly parliament congress senate federation
    association corporation company institute university police army navy government coalition
    alliance movement front forum tribunal directorate inspectorate secretariat nations states emirates kingdom
    republic forces guard programme program""".split()
)
#: the parts of compounds that the dictionary's lower-case list leaves out (prefixes, and
#: participles that are also names or acronyms: "Led", "Based")
_COMPOUND_PARTS = frozenset(
    """semi anti pro non ex co pre post multi mid self well long short full part high low cross
    led based backed run owned born made term time level scale range year old free wide like
    wing speed party state""".split()
)
#: the small words inside an organisation's name ("Bank of Japan", "Ministry for Europe")
_ORGANISATION_JOINERS = frozenset({"of", "for", "and"})
#: what follows an organisation opening a sentence as its subject
_SUBJECT_VERBS = frozenset(
    """said says has have had will would is was were are announced told warned added plans urged
    called reported confirmed denied rejected approved""".split()
)
#: ... or one such word and this many others the dictionary knows only in lower case
_MIN_DICTIONARY_WORDS = 4
# the document's evidence: lower-case words outside the headline and the candidate sentences;
# below this (a single sentence, a machine-translation segment) the step does nothing
_MIN_DOC_LOWER = 10
_SENT_END = regex.compile(r"[.!?…][\"”’')]*+(?=\s|$)")
_TERMINAL = frozenset(".!?…\"”’')")
_MIN_CONTEXT_LOWER = 1
_MIN_WHOLE_SENTENCE = 8


def _dateline_end(text: str, pos: int) -> int | None:
    """Where a wire dateline opening the line at ``pos`` ends (its first
    ``_DATELINE_MAX`` characters are read, and only when they open with a capital and
    hold a dash and a space), or None.

    >>> t = "x\\nBERLIN, Jan. 25 (dpa) - German Chancellor Olaf Scholz"
    >>> t[_dateline_end(t, 2):], _dateline_end(t, 0)
    ('German Chancellor Olaf Scholz', None)
    >>> t = "COX’S BAZAR — The World Food Programme"  # an apostrophe in the place (probe30)
    >>> t[_dateline_end(t, 0):]
    'The World Food Programme'

    """
    head = text[pos : pos + _DATELINE_MAX]
    # (the match ends in a dash and a space)
    if not (head[:1].isupper() and ("- " in head or "— " in head or "– " in head)):
        return None
    m = _DATELINE.match(head)
    return None if m is None else pos + m.end()


def _verb_forms(past: str) -> tuple[str, ...]:
    """The other forms of a regular past tense ending in ``-ed``, by the spelling rules
    (a stem of four letters or more: "Ahmed", "Reed" have none).

    >>> {"visit", "visits", "visiting"} <= set(_verb_forms("visited"))
    True
    >>> {"announce", "announces", "announcing"} <= set(_verb_forms("announced"))
    True
    >>> _verb_forms("carried"), _verb_forms("stopped"), _verb_forms("ahmed")
    (('carry', 'carries', 'carrying'), ('stop', 'stops', 'stopping'), ())
    >>> _verb_forms("agreed")
    ('agree', 'agrees', 'agreeing')
    """
    stem = past[:-2]
    if len(stem) < 4:
        return ()
    if past.endswith("eed"):  # agreed: agree (a verb in -ee takes only -d)
        base = past[:-1]
        return (base, base + "s", base + "ing")
    if stem.endswith("i"):  # carried: carry
        base = stem[:-1] + "y"
        return (base, stem + "es", base + "ing")
    if len(stem) >= 5 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":  # stopped: stop
        return (stem[:-1], stem[:-1] + "s", stem + "ing")
    forms = [stem, stem + "s", stem + "ing"]
    if not stem.endswith("e"):  # announced: announce (the e dropped before -ed)
        forms += [stem + "e", stem + "es"]
    return tuple(dict.fromkeys(forms))


def _is_lower(w: str) -> bool:
    return w[:1].islower()


#: a letter capitalised after the apostrophe of an English contraction or possessive, after a
#: lower-case letter ("Union'S", "Doesn'T", "They'Re"; not "O'Neill", "d'Estaing")
_TITLED_CONTRACTION = regex.compile(r"\p{Ll}['’](S|T|Re|Ve|Ll|D|M)\Z")


def _past_of_ing(word: str) -> str:
    """The regular past tense of a present participle (a stem of four letters or more), the
    evidence that a capitalised ``-ing`` word is a verb: ``Reading``, ``Fleming`` and
    ``Browning`` have none a text writes.

    >>> _past_of_ing("enriching"), _past_of_ing("announcing"), _past_of_ing("stopping"), _past_of_ing("carrying"), _past_of_ing("king")
    ('enriched', 'announced', 'stopped', 'carried', '')
    """
    stem = word[:-3]
    if len(stem) < 4:
        return ""
    if stem.endswith("y"):
        return stem[:-1] + "ied"
    return stem + "d" if stem.endswith("e") else stem + "ed"


def _number_twin_lower(key: str, lower: Counter[str]) -> bool:
    """Whether the document writes the word's other number in lower case: the stem of a
    plural or third person in ``-s`` (``exports``: ``export``), or the plural of a singular
    (``female``: ``females``).

    >>> from collections import Counter
    >>> _number_twin_lower("exports", Counter(["export"])), _number_twin_lower("female", Counter(["females"]))
    (True, True)
    >>> _number_twin_lower("bus", Counter(["bu"])), _number_twin_lower("female", Counter(["female"]))
    (False, False)
    """
    if key.endswith("s"):
        return not key.endswith(("ss", "us", "is")) and (
            lower[key[:-1]] > 0 or (key.endswith("es") and lower[key[:-2]] > 0)
        )
    return lower[key + "s"] > 0 or lower[key + "es"] > 0


def _key(word: str) -> str:
    """The evidence key of a word: lower case, without a possessive ``'s``.

    >>> _key("Britain's")
    'britain'
    """
    key = word.lower()
    return key[:-2] if len(key) > 3 and key[-2] in "'’" and key[-1] == "s" else key


# closed class: the words that start a predicate; a title followed by one is not
# before a name, and news style writes it in lower case ("Foreign Minister Says" ->
# "foreign minister says")
_PREDICATE = frozenset(
    "is are was were has have had will would can could may might must should shall says said tells told".split()
)


# closed classes decided by grammar, not by the document: adverbs in -ly (long ones with
# a derivational suffix: "Urgently"; "Sicily", "Emily", "Kelly" do not qualify) and a verb
# between the infinitive "to" and a possessive or object pronoun or an article ("To Protect
# Its Cities", "To Join The Talks")
_ADVERB_SUFFIXES = (
    "ally",
    "ently",
    "antly",
    "ously",
    "ively",
    "fully",
    "lessly",
    "ably",
    "ibly",
    "edly",
    "ingly",
    "ately",
)
_MIN_ADVERB = 7
#: what may stand between an auxiliary and its verb ("Would Not Stop", "Will Also Send")
_BETWEEN_AUXILIARY_AND_VERB = frozenset(
    "not also already still never just only now soon further even ever always".split()
)
# after an auxiliary comes a verb, a participle or an adjective: "Has Withdrawn", "Have
# Totaled", "Been Thrown", "Is Likely" (a name there is rare, and one the document writes
# capitalised elsewhere keeps its capital)
_NEGATED = (
    "doesn't don't didn't isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't"
)
# the negated auxiliaries with either apostrophe: closed-class words too ("Doesn't Want To")
_NEGATED_AUXILIARIES = frozenset(_NEGATED.split() + _NEGATED.replace("'", "’").split())
_AUXILIARIES = (
    frozenset("is are was were be been being has have had do does did would could should must".split())
    | _NEGATED_AUXILIARIES
)
# modal verbs are also names ("Will", "May", "Can" as a nickname): after one the document
# lowered in this run (so not a name here), a verb follows just the same ("Will Allow")
_MODALS = frozenset("will can may might shall cannot".split())
_AUX_OR_MODAL = _AUXILIARIES | _MODALS
_OBJECT_PRONOUNS = frozenset("its his her their our my your them him us me".split())
# ... or an article: "To Return The", "To Join A" (a noun after the preposition "to" is
# not followed by an article)
_AFTER_TO_VERB = _OBJECT_PRONOUNS | {"the", "a", "an"}
# closed classes lowered inside a Title Case run the document has confirmed, beside
# data/titlecase/function_words.txt (which also decides what a run is): prepositions,
# particles, conjunctions, auxiliaries, pronouns, determiners and a few adverbs that are
# never names mid-sentence.  They do not make a run a candidate.  Words that are also
# names ("Will", "Mark", "Down", "Next") are not here; one the document writes only
# capitalised elsewhere keeps its capital all the same.
_CLOSED = frozenset(
    """
    above across against along amid amidst among around behind below beneath beside besides between beyond
    despite during except inside like near off out outside past per since through throughout till toward
    towards underneath unlike until up upon via within without
    if when whenever while whilst because although though unless whether where whereas
    am being having do does did doing
    me you i mine yours hers ours theirs whose
    all any some each every both either neither many much more most few several such another other own
    also just very still even only already ever never now then too
    """.split()
)
# "May" is the month (kept), not the modal, after these words or next to a number
_BEFORE_MONTH = frozenset(
    "since until till in on by from before after during of last next early late mid through throughout between".split()
)


def _titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The titles of data/titles/titles.tsv as word tuples, by first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for row in load_tsv("titles/titles.tsv", required=("title",)):
        words = tuple(row["title"].lower().split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _dictionary_lower_case() -> frozenset[str]:
    """The words English dictionaries know only in lower case (SCOWL, see the data file;
    read the first time a leak needs it, cached by load_words)."""
    return load_words("titlecase/lower_case_words.txt")


#: a possessive or plural after an acronym ("WTO's", "NGOs")
_ACRONYM_END = regex.compile(r"(?:['’]s|s)\Z")
#: words an acronym skips ("International Organization for Migration": IOM)
_ACRONYM_JOINERS = frozenset(("of", "for", "and", "the", "on", "in", "to", "de", "&"))
_ACRONYM_MAX = 8  # words


def _initials(word: str) -> str:
    """The capitals an acronym takes from a word: its first letter, and the first letter of
    each capitalised part after a hyphen ("Non-Proliferation": NP).

    >>> _initials("Non-Proliferation"), _initials("trade"), _initials("Al-Qaeda")
    ('NP', 'T', 'AQ')
    """
    out = word[0].upper()
    if "-" in word:
        out += "".join(part[0] for part in word.split("-")[1:] if part[:1].isupper())
    return out


def _acronym_words(words: list, keys: list[str], acronyms: set[str] | frozenset[str]) -> set[int]:
    """The indexes of a run's words that spell, by their initials, an acronym the document
    writes outside the run (two words or more; the words an acronym skips, "of", "for",
    between them): "... Joining The World Trade Organization" with "the WTO" elsewhere keeps
    "World Trade Organization" a name.  The acronyms have three letters or more: two-letter
    ones spell too many word pairs ("Used for Stories" with "the US", "Former Assistant"
    with "the FA").

    >>> ws = list(_WORD.finditer("Joins The World Trade Organization Of Nations"))
    >>> sorted(_acronym_words(ws, [w.group().lower() for w in ws], {"WTO"}))
    [2, 3, 4]
    >>> sorted(_acronym_words(ws, [w.group().lower() for w in ws], {"TWTO", "JT"}))
    []
    """
    out: set[int] = set()
    n = len(words)
    for i in range(n):
        first = words[i]
        if first is None or keys[i] in _ACRONYM_JOINERS or not first.group()[:1].isupper():
            continue
        initials = ""
        content: list[int] = []
        for j in range(i, min(n, i + _ACRONYM_MAX)):
            word = words[j].group()
            if keys[j] in _ACRONYM_JOINERS:
                continue
            if not word[:1].isupper():
                break
            initials += _initials(word)
            content.append(j)
            if len(content) >= 2 and initials in acronyms:
                out.update(content)
    return out


class _AnyOf:
    """Membership in any of a few word sets (no union of a big set per document)."""

    __slots__ = ("sets",)

    def __init__(self, *sets: frozenset[str] | _AnyOf) -> None:
        self.sets = tuple(s for s in sets if s)

    def __contains__(self, key: object) -> bool:
        return any(key in s for s in self.sets)


class TitleCase(Step):
    """Sentence-case a Title Case leak in body text.

    >>> TitleCase().name
    'titlecase'
    """

    name = "titlecase"

    def __init__(
        self, *, preset: str = "safe", common_words: Iterable[str] | None = None, dictionary: bool = True
    ) -> None:
        super().__init__(preset=preset)
        #: words known (from a corpus) to be written in lower case; a batch run may also
        #: pass them per run as ``context["lowercase_words"]``
        self._common = frozenset(w.lower() for w in common_words) if common_words is not None else frozenset()
        #: whether the words English dictionaries know only in lower case count too
        #: (data/titlecase/lower_case_words.txt, read the first time a leak needs it)
        self.dictionary = dictionary
        self._function = load_words("titlecase/function_words.txt") | _NEGATED_AUXILIARIES
        self._always = load_words("titlecase/always_capitalised.txt")
        self._titles = _titles()
        self._closed = self._function | _CLOSED
        #: what follows a verb of a clause's own as its object (_aux_clause)
        self._objects = self._closed | _DETERMINERS_AFTER_VERB

    def _candidates(
        self, doc: Document, sites: list[int], mid: frozenset[int] = frozenset(), vouched: frozenset[int] = frozenset()
    ) -> list[tuple[int, int, int, list[regex.Match[str] | None], int, list[tuple[int, int, list[regex.Match[str]]]]]]:
        """The candidate runs: ``(start, end, sentence end, words, closed-class words,
        continuations)``; ``mid``: the starts of runs inside a sentence (after a lower-case
        word), whose words are all decided (``words`` starts with a placeholder); ``vouched``:
        those of them whose site and clause test stand for the closed-class words
        (:meth:`_reported_clause`, :meth:`_joiner_clause`)."""
        text = doc.text
        headline = doc.headline
        out = []
        k = 0
        for line in doc.lines:
            # only lines holding a start of a five-token run (``sites``, in order) can hold a candidate
            while k < len(sites) and sites[k] < line.start:
                k += 1
            if k == len(sites):
                break
            if sites[k] >= line.end:
                continue
            if headline is not None and headline.start <= line.start < headline.end:
                continue
            ltext = line.of(text).rstrip()
            # running text ends like a sentence; a subhead or a title line does not
            if len(ltext) < 40 or ltext[-1] not in _TERMINAL:
                continue
            starts = [s.start() for s in _SENT_START.finditer(ltext)]
            dated = _dateline_end(ltext, 0)
            if dated is not None:
                bisect.insort(starts, dated)
            inside = sorted(p - line.start for p in mid if line.start <= p < line.end)
            if inside:
                starts = sorted({*starts, *inside})
            covered = -1  # where the last candidate on the line ends
            for start in starts:
                in_sentence = start in inside
                if start < covered:
                    continue  # inside a run found before ("Troops to Fight Islamic State")
                m = _RUN.match(ltext, start)
                if not m:
                    continue
                words = list(_WORD.finditer(m.group()))
                caps = [w.group() for w in words if not _is_lower(w.group())]
                if len(caps) < 5:
                    continue
                small = self._lower_small(words)
                if small is not None and any(_SMALL_WORD.fullmatch(w.lower()) for w in caps[1:]):
                    # a name in headline style after a comma ("... On Sunday, Joint Chiefs of
                    # Staff (JCS) said"): the run ends at the comma, a Title Case clause
                    # (not before a lower-case "and": a list or a name joined by it, "Culture,
                    # Media and Sport", "Work and Pensions Secretary", may belong to the run)
                    comma = m.group().rfind(", ", 0, small)
                    if comma > 0 and not m.group().startswith(("and ", "or ", "nor "), small):
                        cut = comma
                    elif m.group().startswith(("and ", "or ", "nor "), small):
                        # "or" in lower case but "And" capitalised: not one headline-style run
                        # but two titles joined ("Chorton And The Wheelies or Jamie And His
                        # Magic Torch")
                        continue
                    elif m.group().startswith("the ", small) and not any(
                        _is_lower(w.group()) for w in words if w.start() < small
                    ):
                        # a lower-case "the" after a run with every word capitalised ("In",
                        # "Of" too): the Title Case clause ends before it, and a name follows
                        # ("... Stakes In 11 State-Owned Companies Before the International
                        # Monetary Fund carries out ...")
                        cut = small - 1
                    else:
                        continue  # a lower-case small word in a run of mixed styles
                    # the run up to the cut, in one style, still needs its five capitalised words
                    m = _RUN.match(ltext, start, start + cut)
                    if m is None:
                        continue
                    words = list(_WORD.finditer(m.group()))
                    caps = [w.group() for w in words if not _is_lower(w.group())]
                    if len(caps) < 5 or self._lower_small(words) is not None:
                        continue
                # ("A" and "I" are one letter, "US" is the country)
                shouted = [w for w in caps if w.isupper() and len(w) > 1 and w != "US" and w.lower() in self._function]
                if len(shouted) > 1 or any(len(w) > 2 for w in shouted):
                    continue  # SHOUTED headings: "KNIGHTS OF THE OLD REPUBLIC" (but "US" is a country)
                if caps[0].isupper() and caps[1].isupper() and len(caps[0]) > 1:
                    continue  # a SHOUTED subhead run into the text: "HOW IT ALL STARTED The first ..."
                n_function = sum(1 for w in caps[1:] if w.lower() in self._function)
                # the wider closed classes count too when the document's evidence backs the run
                n_closed = sum(1 for w in caps[1:] if w.lower() in self._function or w.lower() in _CLOSED)
                # a clause with a verb of its own after a verb of saying, or opened by a
                # capitalised conjunction: its site and its own test (find_edits read them) are
                # the run's evidence, as closed-class words are (the words are decided one by
                # one all the same)
                said_clause = in_sentence and line.start + start in vouched
                # ... and a sentence opened by a clause in Title Case with an auxiliary or a
                # modal of its own, the sentence going on in lower case ("The Ruling Can Be
                # Appealed to the Superior Tribunal", "Residents Were Urged To Stay Indoors
                # and to secure ...": probes 88-91; in the clean news of the regression texts
                # no sentence opens so)
                if not in_sentence:
                    verb = _LOWER_AFTER.match(ltext, m.end())
                    if verb is not None and verb.group(1) in _TITLE_VERBS:
                        # the run is the subject of a verb a title takes ("Did You Know That
                        # There's a Tunnel Under Ocean Blvd takes its name from ...", probe117)
                        continue
                aux_clause = not in_sentence and self._aux_clause(ltext, m)
                if n_closed < _MIN_FUNCTION_WITH_EVIDENCE and not said_clause and not aux_clause:
                    continue
                if aux_clause:
                    n_function = max(n_function, _MIN_FUNCTION)
                if in_sentence:
                    # inside a sentence every word is decided, the first too; the run (maybe
                    # cut at a comma above) needs _MIN_FUNCTION closed-class words of its own
                    # (no weaker evidence path: a title of a work stands inside sentences more
                    # often than at their start); what stands before it was read with its
                    # site (_MID_SITES, _clause_leak)
                    n_function = sum(1 for w in caps if w.lower() in self._function)
                    if n_function < _MIN_FUNCTION:
                        if not said_clause:
                            continue
                        n_function = _MIN_FUNCTION  # (evidence enough: said_clause)
                # inside quotation marks: a quoted title
                before = ltext[: m.start()]
                if (before and before[-1] in _OPEN_QUOTES) or _in_quotation(before):
                    continue
                if _GLUED.match(ltext, m.end()):
                    continue  # a title glued to the text after it: "... To 250,000The state of"
                if _SUBTITLE.match(ltext, m.end()):
                    continue  # a title and its subtitle: "Sport, Power And Society In New Zealand: Historical ..."
                rest = before + " " + ltext[m.end() :]
                end = _SENT_END.search(ltext, m.end())
                # running text around the run: lower-case words a headline does not write in
                # lower case too ("to", "of" are lower case in headline style)
                if (
                    sum(
                        1 for w in _WORD.finditer(rest) if _is_lower(w.group()) and not _SMALL_WORD.fullmatch(w.group())
                    )
                    < _MIN_CONTEXT_LOWER
                ):
                    # a whole line in Title Case: only one long sentence ending in a full stop
                    # (not a teaser cut off with "...", not a headline with a kicker sentence)
                    if not (
                        ltext.endswith(".")
                        and not ltext.endswith("..")
                        and len(caps) >= _MIN_WHOLE_SENTENCE
                        and end is not None
                        and end.end() == len(ltext)
                        and not before[dated or 0 :].strip()
                    ):
                        continue
                sentence_end = line.start + (end.end() if end else len(ltext))
                covered = m.end()
                out.append(
                    (
                        line.start + m.start(),
                        line.start + m.end(),
                        sentence_end,
                        [None, *words] if in_sentence else words,
                        n_function,
                        self._continuations(ltext, m.end(), end.start() if end else len(ltext), line.start),
                    )
                )
        return out

    def _continuations(
        self, ltext: str, pos: int, stop: int, offset: int
    ) -> list[tuple[int, int, list[regex.Match[str]]]]:
        """The Title Case runs that continue a leak in its sentence after a bracket, an
        amount, an acronym or a quotation mark (``... Fund (IMF) Said It Will Look At Ways
        ...``): ``(start, end, words)`` each, in text coordinates."""
        out = []
        while pos < stop:
            gap = _CONTINUATION.match(ltext, pos, stop)
            if gap is None:
                break
            m = _RUN.match(ltext, gap.end(), stop)
            if m is None:
                break
            out.append((offset + m.start(), offset + m.end(), list(_WORD.finditer(m.group()))))
            pos = m.end()
        return out

    def _org_of(self, doc: Document) -> Iterator[Edit]:
        """Rule ``titlecase.org_of``: "Of" (and a "The" after it) capitalised after the head
        noun of an organisation or an office and before a capitalised word ("the Ministry Of
        Energy", "Tea Board Of Kenya", "the President Of The Czech Ice Hockey Association",
        probe57), in a line of running text, where the document writes "of" in lower case
        between capitalised words elsewhere; not in the headline or a quotation (a title of a
        work may capitalise it: "Medal Of Honor")."""
        text = doc.text
        if not _LOWER_OF_BETWEEN.search(text):
            return
        headline = doc.headline
        for m in _ORG_OF.finditer(text):
            if headline is not None and headline.start <= m.start() < headline.end:
                continue
            line = doc.line_at(m.start())
            if sum(1 for w in _WORD.findall(text[line.start : line.end]) if w[0].islower()) < _ORG_LINE_MIN_LOWER:
                continue  # a title line, a list of names
            if _in_quotation(text[line.start : m.start()]):
                continue  # inside a quotation
            for g in ("of", "the"):
                if m.group(g):
                    yield self.edit(
                        m.start(g),
                        m.start(g) + 1,
                        m.group(g)[0].lower(),
                        "org_of",
                        f"{m.group(g)!r} inside an organisation's or office's name, in lower case as the document writes 'of'",
                    )

    def _lower_small(self, words: list[regex.Match[str]]) -> int | None:
        """The offset in the run of its first lower-case small word that does not end the
        clause, or None: a lower-case small word before a tail of always-capitalised words
        only ("... Systems on Tuesday", "... Take Effect in May") ends the clause and does not count."""
        for i, w in enumerate(words):
            if (
                _is_lower(w.group())
                and _SMALL_WORD.fullmatch(w.group())
                and not all(
                    v.group() in self._always
                    # the month after a preposition: "... Would Take Effect in May"
                    or (v.group() == "May" and k == i + 1 and w.group() in _BEFORE_MONTH)
                    for k, v in enumerate(words[i + 1 :], i + 1)
                    if not _is_lower(v.group())
                )
            ):
                return w.start()
        return None

    def _promising(self, text: str, pos: int, *, inside: bool = False) -> bool:
        """Whether a run at ``pos`` holds 5 capitalised words, 2 of them after the first
        closed-class ones (a candidate needs both); ``inside`` a sentence, 3 closed-class
        words of the function-word list, the first word counted too."""
        m = _RUN.match(text, pos)
        if m is None:
            return False
        caps = [w for w in _WORD.findall(m.group()) if not _is_lower(w)]
        if inside:
            return len(caps) >= 5 and len([w for w in caps if w.lower() in self._function]) >= _MIN_FUNCTION
        if len(caps) < 5:
            return False
        # (or a clause with a verb of its own that the sentence goes on from: _aux_clause)
        return len(
            [w for w in caps[1:] if w.lower() in self._closed]
        ) >= _MIN_FUNCTION_WITH_EVIDENCE or self._aux_clause(text, m)

    def _reported_clause(self, text: str, pos: int) -> bool:
        """Whether a run at ``pos``, after a verb of saying, reads as a clause of its own in
        Title Case: 5 capitalised words, a closed-class one after the first, and a verb (an
        auxiliary or a modal, a past tense in -ed, or a present in -s before an article or a
        possessive: "The Deal Reflects A Shift").

        >>> t = TitleCase()
        >>> t._reported_clause("The Market Had Expected A Longer Freeze on cuts", 0)
        True
        >>> t._reported_clause("The Lord Of The Rings was his favourite", 0)
        False
        """
        caps = _run_capitals(text, pos)
        if len(caps) < 5 or not any(w.lower() in self._function for w in caps[1:]):
            return False
        return _verb_of_its_own([w.lower() for w in caps])

    def _aux_clause(self, text: str, m: regex.Match[str]) -> bool:
        """Whether a run at a sentence's start is a clause in Title Case that the sentence
        goes on from in lower case: 5 capitalised words, an auxiliary or a modal after the
        first (or a verb before its object, see below), and a lower-case word right after the
        run.

        >>> t = TitleCase()
        >>> t._aux_clause("The Ruling Can Be Appealed to the court.", _RUN.match("The Ruling Can Be Appealed to the court."))
        True
        >>> t._aux_clause("The Revolution Will Not Be Televised.", _RUN.match("The Revolution Will Not Be Televised."))
        False
        >>> t._aux_clause("They Shall Not Grow Old is a film.", _RUN.match("They Shall Not Grow Old is a film."))
        False
        >>> s = "Protesters Gathered Outside The Court Building on Monday morning."
        >>> t._aux_clause(s, _RUN.match(s))
        True
        >>> s = "The Man Who Sold The World topped the chart."
        >>> t._aux_clause(s, _RUN.match(s))
        False
        """
        after = _LOWER_AFTER.match(text, m.end())
        if not after or after.group(1) in _AUX_OR_MODAL or after.group(1) in _TITLE_VERBS:
            # (a verb after the run: the run is its subject, a title's "They Shall Not Grow
            # Old is a documentary")
            return False
        found = list(_WORD.finditer(m.group()))
        words = [w.group() for w in found]
        if any(_is_lower(w) for w in words) and self._lower_small(found) is None:
            # a lower-case small word before a tail of always-capitalised words ends the
            # clause ("Protesters Gathered Outside The Court Building on Monday morning")
            words = words[: next(i for i, w in enumerate(words) if _is_lower(w))]
        if any(_is_lower(w) for w in words) or any(w.endswith(("'s", "’s", "'t", "’t")) for w in words):
            # a title in headline style ("Out of My Head"), after a possessive or with a
            # contraction ("Kylie Minogue's Can't Get You Out of My Head has ...", probe32)
            return False
        # an auxiliary or a modal, or a verb of its own before its object: a past tense in -ed
        # before an article, a possessive or a closed-class word ("The Two Leaders Signed A
        # Joint Declaration committing ...", "Protesters Gathered Outside The Court Building
        # on ..."), a present in -s before an article or a possessive ("The Bank Rejects The
        # Accusations of ...")
        return len(words) >= 5 and _verb_of_its_own([w.lower() for w in words], objects=self._objects)

    def _aux_predicate(self, text: str, pos: int) -> bool:
        """Whether a run at ``pos`` that opens with a capitalised auxiliary right after a
        lower-case word (its subject) reads as a predicate in Title Case: 5 capitalised words,
        the lower-case word before it no kind of work ("the film Could Be Worse ..." is a
        title) nor a small word of a title in headline style, and the sentence going on in
        lower case after it.

        >>> t = TitleCase()
        >>> s = "the results Would Be Notified Within Seven Days of the ballot"
        >>> t._aux_predicate(s, 12)
        True
        >>> s = "the film Could Be Worse Than You Think opened"
        >>> t._aux_predicate(s, 9)
        False
        """
        if not _after_running_word(text, pos):
            return False
        m = _RUN.match(text, pos)
        if m is None or len([w for w in _WORD.findall(m.group()) if not _is_lower(w)]) < 5:
            return False
        return _LOWER_AFTER.match(text, m.end()) is not None or text.startswith(",", m.end())

    def _joiner_clause(self, text: str, pos: int) -> bool:
        """Whether a run at ``pos`` opened by a capitalised conjunction (_capital_joiner_sites)
        reads as a clause in Title Case: 5 capitalised words, 3 of them closed-class, the
        conjunction counted, or a verb of its own (as :meth:`_reported_clause` reads one).

        >>> t = TitleCase()
        >>> t._joiner_clause("And Resale Prices Have Climbed Sharply Since, officials said", 0)
        True
        >>> t._joiner_clause("And Sons Building Supplies Limited", 0)
        False
        """
        caps = _run_capitals(text, pos)
        if len(caps) < 5:
            return False
        closed = sum(1 for w in caps if w.lower() in self._function or w.lower() in _CLOSED)
        return closed >= _MIN_FUNCTION or (closed >= 2 and self._reported_clause(text, pos))

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if "'S" in text or "’S" in text or "'T" in text or "’T" in text:
            # "Public Prosecutor'S Office", "Don'T": a title-casing function's capital after
            # an apostrophe (Python's str.title, spreadsheet PROPER) (rule titlecase.clitic);
            # a text title-cased so writes a possessive or a negation somewhere ('S, 'T: four
            # C scans instead of the pattern's, which every text's apostrophes slow down)
            for m in _CLITIC_AFTER_APOSTROPHE.finditer(text):
                if m.start() and text[m.start() - 1].islower():
                    word = m.group(1)
                    yield self.edit(
                        m.start(1), m.end(1), word.lower(), "clitic", f"{word!r} after an apostrophe in lower case"
                    )
        if " Of " in text and _org_of_candidate(text):
            yield from self._org_of(doc)
        if len(text) < 40:
            return
        # where a run may start (a superset: see _SITES_AFTER): after a sentence boundary,
        # at the start of the text ...
        sites = [m.end() for pattern in _SITES_AFTER for m in pattern.finditer(text)]
        if _RUN5_SUPERSET_AT.match(text):
            sites.append(0)
        # ... and after a wire dateline: datelines open an article's first lines only
        zone = _DATELINE_ZONE.match(text).group()  # type: ignore[union-attr]  # every part is optional: it always matches
        if "- " in zone or "– " in zone or "— " in zone:
            pos = 0
            for _ in range(_DATELINE_LINES):
                end = _dateline_end(text, pos)
                if end is not None and _RUN5_SUPERSET_AT.match(text, end):
                    sites.append(end)
                pos = text.find("\n", pos) + 1
                if not pos:
                    break
        # ... and inside a sentence, after a lower-case word
        mid_sites: set[int] = set()
        vouched: set[int] = set()  # sites whose clause test stands for the evidence (_candidates)
        spaces = [m.start() for m in _SPACE_RUN5.finditer(text)]  # (one scan for both kinds of site)
        for lead, pos in _mid_site_leads(text, spaces):
            if _clause_leak(lead, _first_word(text, pos)) and self._promising(text, pos, inside=True):
                mid_sites.add(pos)
            elif lead in _REPORTING_LEADS and self._reported_clause(text, pos):
                mid_sites.add(pos)
                vouched.add(pos)
            elif lead == "aux" and self._aux_predicate(text, pos):
                mid_sites.add(pos)
                vouched.add(pos)  # (the auxiliary is the clause's verb: _aux_predicate)
        for start in _capital_joiner_sites(text, spaces):
            if _after_running_word(text, start) and self._joiner_clause(text, start):
                mid_sites.add(start)
                vouched.add(start)
        mid = frozenset(mid_sites)
        if not sites and not mid:
            return
        # a candidate run holds 5 capitalised words, 2 of them closed-class ones (checked
        # here, before the document's lines are computed)
        sites = sorted({*(p for p in set(sites) if self._promising(text, p)), *mid})
        if not sites:
            return
        candidates = self._candidates(doc, sites, mid, frozenset(vouched))
        if not candidates or not self._may_have_evidence(text, candidates):
            return
        # the document's evidence, outside the candidate runs and the headline
        skip = [(s, e) for s, e, _, _, _, _ in candidates]
        skip += [(s, e) for *_, conts in candidates for s, e, _ in conts]
        if doc.headline is not None:
            skip.append((doc.headline.start, doc.headline.end))
        # the union of the skipped spans, merged and sorted, looked up by bisection
        merged: list[list[int]] = []
        for s, e in sorted(skip):
            if s >= e:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        skip_starts = [s for s, _ in merged]
        lower: Counter[str] = Counter()
        capital: Counter[str] = Counter()  # capitalised mid-sentence
        cap_pairs: set[tuple[str, str]] = set()
        low_pairs: set[tuple[str, str]] = set()
        cap_triples: set[tuple[str, str, str]] = set()  # "Bank of England"
        acronyms: set[str] = set()  # "WTO": a run whose initials spell one is a name
        starts = {m.start() for m in _SENT_START.finditer(text)}
        # a quotation's first word starts its sentence too ("“There is no need ...”"): its
        # capital is no evidence of a name
        starts.update(m.end() for m in _QUOTED_START.finditer(text))
        # (key, capitalised mid-sentence, lower case, end) of the previous two words, when adjacent
        p1: tuple[str, bool, bool, int] | None = None
        p2: tuple[str, bool, bool, int] | None = None
        for w in _WORD.finditer(text):
            k = bisect.bisect_right(skip_starts, w.start()) - 1
            if k >= 0 and w.start() < merged[k][1]:
                p1 = p2 = None
                continue
            word = w.group()
            key = _key(word)
            cap = word[:1].isupper() and w.start() not in starts
            low = _is_lower(word)
            if low:
                lower[key] += 1
            elif cap:
                capital[key] += 1
            if not low and len(word) <= 8 and word[1:2].isupper():
                acronym = _ACRONYM_END.sub("", word)
                if 3 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha():
                    acronyms.add(acronym)
            if p1 is not None and text[p1[3] : w.start()] == " ":
                if p1[1] and cap:
                    cap_pairs.add((p1[0], key))
                elif p1[2] and low:
                    low_pairs.add((p1[0], key))
                if p2 is not None and p2[1] and p1[2] and cap and text[p2[3] : w.start()].count(" ") == 2:
                    cap_triples.add((p2[0], p1[0], key))
            else:
                p1 = None
            p2, p1 = p1, (key, cap, low, w.end())
        corpus = doc.context.get("lowercase_words")
        common: _AnyOf | frozenset[str] = (
            self._common | frozenset(corpus) if isinstance(corpus, (set, frozenset)) else self._common
        )
        if self.dictionary:
            common = _AnyOf(common, _dictionary_lower_case())
        # no evidence, no decision: a single sentence (a machine-translation segment) is left alone
        in_sentences = 0
        for s, _e, sentence_end, _, _, _ in candidates:
            in_sentences += sum(1 for w in _WORD.finditer(text, s, sentence_end) if _is_lower(w.group()))
        if sum(lower.values()) - in_sentences < _MIN_DOC_LOWER:
            return
        # a sentence-case headline is evidence too: a word it writes in lower case is a common
        # word ("... says counteroffensive will take time"); its capitals are headline style,
        # not evidence of a name (and an all-lower-case headline is a style, not evidence)
        headline = doc.headline
        if headline is not None and text[headline.start : headline.start + 1].isupper():
            for w in _WORD.finditer(text, headline.start, headline.end):
                if _is_lower(w.group()) and not _SMALL_WORD.fullmatch(w.group()):
                    lower[_key(w.group())] += 1
        for base, _end, _sentence_end, words, n_function, conts in candidates:
            keys = [_key(w.group()) if w is not None else "" for w in words]
            if n_function < _MIN_FUNCTION:
                # two closed-class words: a title ("Call Me By Your Name") unless the document
                # writes some of the other words in lower case
                seen_lower = sum(
                    1
                    for k in keys[1:]
                    if k not in self._function
                    and k not in _CLOSED
                    and lower[k] > 0
                    and k.capitalize() not in self._always
                )
                if seen_lower < _MIN_EVIDENCE_WORDS and not (seen_lower and self._dictionary_backed(keys)):
                    continue
            yield from self._run_edits(
                base, words, keys, lower, capital, cap_pairs, low_pairs, cap_triples, common, acronyms
            )
            for c_start, _c_end, c_words in conts:
                # a continuation's first word is decided too: it does not start the sentence
                # (a placeholder stands before it, as the sentence's first word does in a run)
                c_keys = ["", *(_key(w.group()) for w in c_words)]
                yield from self._run_edits(
                    c_start,
                    [None, *c_words],
                    c_keys,
                    lower,
                    capital,
                    cap_pairs,
                    low_pairs,
                    cap_triples,
                    common,
                    acronyms,
                )

    def _may_have_evidence(self, text: str, candidates: list) -> bool:
        """False when no candidate can pass the evidence test below: every one holds fewer
        than _MIN_FUNCTION closed-class words, and fewer than _MIN_EVIDENCE_WORDS of its
        other words are written in lower case anywhere in the text (``lower`` counts such
        words outside the candidates, whose key is the word's lower case, or that without
        a possessive ``'s``), so the document's evidence need not be read.

        >>> step = TitleCase()
        >>> cand = lambda t: [(0, 0, 0, list(_WORD.finditer(t)), 2, [])]
        >>> run = "Rain Falls Over The Hills"
        >>> step._may_have_evidence(run, cand(run)), step._may_have_evidence("the falls", cand(run))
        (False, False)
        >>> step._may_have_evidence("the falls and the hills", cand(run))
        True
        """
        if any(n_function >= _MIN_FUNCTION for _s, _e, _end, _words, n_function, _conts in candidates):
            return True
        lows = {w.lower() for w in _WORD.findall(text) if _is_lower(w)}
        for _s, _e, _end, words, _n_function, _conts in candidates:
            seen = 0
            for w in words[1:]:
                k = _key(w.group())
                if (
                    k not in self._closed
                    and (k in lows or k + "'s" in lows or k + "’s" in lows)
                    and k.capitalize() not in self._always
                ):
                    seen += 1
            if seen >= _MIN_EVIDENCE_WORDS or (seen and self._dictionary_backed([_key(w.group()) for w in words])):
                return True
        return False

    def _dictionary_backed(self, keys: list[str]) -> bool:
        """Whether _MIN_DICTIONARY_WORDS words of a run after its first are words the
        dictionary knows only in lower case (with one word of document evidence, a run
        with two closed-class words is then a leak: "Ukrainian Farmers Have Faced Growing
        Difficulties Selling Their Grain Abroad since ...")."""
        if not self.dictionary:
            return False
        words = _dictionary_lower_case()
        n = sum(1 for k in keys[1:] if k and k not in self._function and k not in _CLOSED and k in words)
        return n >= _MIN_DICTIONARY_WORDS

    def _run_edits(
        self, base, words, keys, lower, capital, cap_pairs, low_pairs, cap_triples, common, acronyms
    ) -> Iterator[Edit]:
        """The edits of one run: each word after the first keeps or loses its capital; a
        contraction or possessive that title-casing capitalised after the apostrophe
        (``Union'S``, ``Doesn'T``: what ``str.title()`` writes) is written in lower case."""
        for w in words:
            if w is not None and (c := _TITLED_CONTRACTION.search(w.group())) is not None:
                start = base + w.start() + c.start(1)
                yield self.edit(
                    start, start + 1, c.group(1)[0].lower(), "contraction", "capital after an apostrophe (str.title)"
                )
        kept = [True] * len(words)
        protected = _acronym_words(words, keys, acronyms) if acronyms else set()
        for i in range(len(words) - 2):
            if (keys[i], keys[i + 1], keys[i + 2]) in cap_triples:
                protected.update((i, i + 2))
        protected.update(self._organisation_subject(words, keys))
        protected.update(self._organisation_object(words, keys))
        lowered_titles = self._title_words(words, keys, lower, common, protected)
        out: list[tuple[int, Edit]] = []
        vocabulary_only: set[int] = set()
        for i, w in enumerate(words[1:], 1):
            word = w.group()
            key = keys[i]
            if _is_lower(word):  # a headline-style "of", "to"
                kept[i] = False
                continue
            if i in lowered_titles:
                pass
            elif i in protected:
                continue
            else:
                compound = self._compound_parts(word, key, capital) if "-" in word else None
                if compound is not None:
                    # a Title Case compound ("Semi-Autonomous", "Kurdish-Led", "Long-Term"): each
                    # part the dictionary knows only in lower case goes to lower case (probe26)
                    for offset, part in compound:
                        start = base + w.start() + offset
                        out.append(
                            (
                                i,
                                self.edit(
                                    start,
                                    start + 1,
                                    part[0].lower(),
                                    "sentence_case",
                                    f"Title Case in a body sentence; {part.lower()!r} of a compound is a common lower-case word",
                                ),
                            )
                        )
                    kept[i] = compound[0][0] != 0  # (its first part kept: "Kurdish-led")
                    continue
                decision = self._keep(w, key, keys, i, kept, lower, capital, cap_pairs, low_pairs, common)
                if decision:
                    continue
                if decision is None:
                    vocabulary_only.add(i)
            kept[i] = False
            start = base + w.start()
            if i in lowered_titles:
                why = "a title not before a name"
            elif key in self._function:
                why = "a closed-class word"
            elif i in vocabulary_only:
                why = f"{key!r} is a common lower-case word (no evidence in the document)"
            else:
                why = f"{key!r} is written in lower case elsewhere"
            edit = self.edit(
                start, start + 1, word[0].lower(), "sentence_case", "Title Case in a body sentence; " + why
            )
            out.append((i, edit))

        # a word lowered on the vocabulary alone keeps its capital next to another capitalised
        # word (kept, or lowered on the vocabulary alone): it may be a word of a multi-word
        # name ("Six Nations", "World Cup", "Downing Street", "Jack Straw"); the run's first
        # word counts when it is no common word ("Alicia Keys Has ...", not "The Six ...")
        def name_next_to(i: int) -> bool:
            for j in (i - 1, i + 1):
                if not 0 <= j < len(words) or words[j] is None or _is_lower(words[j].group()):
                    continue
                if j == 0:
                    if keys[0] not in self._closed and keys[0] not in common and lower[keys[0]] == 0:
                        return True
                elif kept[j] or j in vocabulary_only:
                    if kept[j] and _ING_FORM.search(keys[i]) and words[j].group() in self._always:
                        continue  # "Neighboring Tajikistan": a participle before a country is no name's word
                    return True
            return False

        def stays(j: int) -> bool:
            if not 0 < j < len(words) or words[j] is None or _is_lower(words[j].group()):
                return False
            return kept[j] or (j in vocabulary_only and name_next_to(j))

        def after_indefinite(i: int) -> bool:
            # a run of common words after "a" or "an" names no one thing ("a Landslide
            # Warning", "an Independent Audit", probe43)
            k = i
            while k - 1 > 0 and k - 1 in vocabulary_only:
                k -= 1
            return keys[k - 1] in ("a", "an")

        for i, edit in out:
            if i in vocabulary_only and name_next_to(i) and not after_indefinite(i):
                continue
            if (
                keys[i - 1] in _ARTICLES
                and keys[i] not in self._function
                and stays(i + 1)
                and stays(i + 2)
                and ((keys[i + 1], keys[i + 2]) in cap_pairs or keys[i + 2] in _BODY_NOUNS)
            ):
                # "The Disaster Management Centre Has Issued ...": after an article, before a
                # pair the document writes capitalised elsewhere or that ends in a body's noun,
                # a word is the name's first (probe43: not "The disaster Management Centre")
                continue
            yield edit

    def _compound_parts(self, word: str, key: str, capital) -> list[tuple[int, str]] | None:
        """The parts of a hyphenated Title Case word to lower, with their offsets: every part
        Title Case letters, each either always capitalised (a demonym: "Kurdish-Led") or a
        word the dictionary knows only in lower case, at least one of the latter, and the
        document never writes the compound capitalised mid-sentence ("Coca-Cola"); else None
        ("Rolls-Royce", "Jean-Claude": a part the dictionary does not know)."""
        parts = word.split("-")
        if len(parts) < 2 or capital[key] > 0 or not self.dictionary:
            return None
        words = _dictionary_lower_case()
        out = []
        offset = 0
        for part in parts:
            if not (part[:1].isupper() and part[1:].islower() and part.isalpha()):
                return None
            if (part.lower() in words or part.lower() in _COMPOUND_PARTS) and part not in self._always:
                out.append((offset, part))
            elif part not in self._always:
                return None
            offset += len(part) + 1
        return out or None

    def _organisation_subject(self, words, keys) -> set[int]:
        """The words of an organisation's name that opens the run as its subject: "The"
        first, then two to four capitalised content words ending in an organisation's head
        noun, then a verb of reporting or an auxiliary ("The National Electoral Commission
        Said It Would ...", probe20: the name keeps its capitals even where the document
        writes "electoral" in lower case)."""
        if not words or keys[0] != "the":
            return set()
        j = 1
        content = 0
        while j < len(words) and j <= 6 and words[j] is not None and words[j].group()[:1].isupper():
            if keys[j] in _ORGANISATION_JOINERS and content and j + 1 < len(words) and words[j + 1] is not None:
                j += 1  # "Bank Of Japan": the joiner, then the name goes on
                continue
            if keys[j] in self._function or keys[j] in _CLOSED:
                break
            content += 1
            j += 1
        if (
            content >= 2
            and any(keys[k] in _ORGANISATION_HEADS for k in range(1, j))
            and keys[j - 1] not in _ORGANISATION_JOINERS
            and j < len(keys)
            and keys[j] in _SUBJECT_VERBS
        ):
            return {k for k in range(1, j) if keys[k] not in _ORGANISATION_JOINERS}
        return set()

    def _organisation_object(self, words, keys) -> set[int]:
        """The words of an organisation's name that ends the run after "the": two to five
        capitalised content words ending in an organisation's head noun ("According To The
        National Malaria Control Programme, ...", probe122: the name keeps its capitals)."""
        n = len(keys)
        the = next((i for i in range(1, n - 2) if keys[i] == "the"), None)
        if the is None or n - the - 1 > 5 or keys[n - 1] not in _ORGANISATION_HEADS:
            return set()
        rest = range(the + 1, n)
        if any(
            words[k] is None
            or not words[k].group()[:1].isupper()
            or (keys[k] in self._closed and keys[k] not in _ORGANISATION_JOINERS)
            for k in rest
        ):
            return set()
        return {k for k in rest if keys[k] not in _ORGANISATION_JOINERS}

    def _title_words(self, words, keys, lower, common, protected: set[int]) -> set[int]:
        """Titles (data/titles/titles.tsv) in a run: before a name they keep their capitals
        (``Prime Minister Tony Blair``, added to ``protected``); before a predicate
        (``Foreign Minister Says``) they go to lower case (the returned word indexes)."""
        lowered: set[int] = set()
        i = 0
        while i < len(words):
            for title in self._titles.get(keys[i], ()):
                j = i + len(title)
                if tuple(keys[i:j]) != title or j >= len(words):
                    continue
                nxt, key = words[j].group(), keys[j]
                if key in _PREDICATE and len(title) > 1:  # "Half-Blood Prince Has", "Band Queen Are"
                    lowered.update(k for k in range(max(i, 1), j) if words[k].group() not in self._always)
                elif key not in self._function and lower[key] == 0 and key not in common and nxt not in self._always:
                    protected.update(range(i, j))  # a name follows
                i = j - 1
                break
            i += 1
        return lowered

    def _keep(self, w, key, keys, i, kept, lower, capital, cap_pairs, low_pairs, common) -> bool | None:
        """Whether word ``i`` of a run keeps its capital: True, False, or None when only the
        vocabulary (the dictionary or the caller's words) lowers it (see :meth:`_run_edits`)."""
        word = w.group()
        if (c := _TITLED_CONTRACTION.search(word)) is not None:
            word = word[: c.start(1)] + c.group(1).lower()  # "Doesn'T" is no camel-case name
        if word == "I" or (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]):
            return True
        if word in self._always or word.split("-")[0] in self._always:
            return True
        left = (keys[i - 1], key)
        # after a word kept as a name, a pair seen capitalised elsewhere stays ("London Stock Exchange")
        if left in cap_pairs and (left not in low_pairs or (kept[i - 1] and keys[i - 1] not in self._function)):
            return True
        if i + 1 < len(keys) and (key, keys[i + 1]) in cap_pairs and (key, keys[i + 1]) not in low_pairs:
            return True
        if key == "may" and (
            keys[i - 1] in _BEFORE_MONTH
            or w.string[: w.start()].rstrip()[-1:].isdigit()
            or w.string[w.end() :].lstrip()[:1].isdigit()
        ):
            return True  # the month: "Since May Last Year", "On 5 May", "Until May 2008"
        if key in self._function or key in _CLOSED:
            # "May", "Will": a closed-class word the document writes only capitalised is a name
            return capital[key] > 0 and lower[key] == 0

        def verb_follows(j: int) -> bool:  # an auxiliary, or a modal lowered in this run
            return keys[j] in _AUXILIARIES or (keys[j] in _MODALS and not kept[j])

        if capital[key] == 0 and (
            (len(key) >= _MIN_ADVERB and key.endswith(_ADVERB_SUFFIXES))
            or (keys[i - 1] == "to" and i + 1 < len(keys) and keys[i + 1] in _AFTER_TO_VERB)
            or verb_follows(i - 1)
            # "Would Not Stop", "Will Also Send", "Has Already Approved": a verb after an
            # auxiliary or modal and "not" or an adverb of this short list (probe47)
            or (keys[i - 1] in _BETWEEN_AUXILIARY_AND_VERB and i >= 2 and verb_follows(i - 2))
        ):
            return False  # grammar: an adverb, a verb after the infinitive "to" or an auxiliary
        if lower[key] > 0:
            return False
        if capital[key] == 0 and key.endswith("ed") and any(lower[f] > 0 for f in _verb_forms(key)):
            return False  # a past tense whose other forms the document writes in lower case (Visited: visit)
        if capital[key] == 0 and key.endswith("ing") and lower[_past_of_ing(key)] > 0:
            return (
                False  # a present participle whose past tense the document writes in lower case (Enriching: enriched)
            )
        if (
            capital[key] == 0
            and not kept[i - 1]
            and keys[i - 1] not in ("the", "a", "an")  # "The Writers Guild": a name after an article
            and len(key) > 4
            and _number_twin_lower(key, lower)
        ):
            return False  # after a lowered word, its other number in lower case (Exports: export; Female: females)
        if capital[key] == 0 and key.endswith("s") and capital[key[:-1]] > 0 and lower[key[:-1]] == 0:
            return True  # a plural whose singular the document writes only capitalised ("the Liberals": "National Liberal Party", probe105)
        # no evidence in the document: the corpus vocabulary, when given, decides (None:
        # lowered on the vocabulary alone); a word it does not know keeps its capital
        # (a word the document writes capitalised mid-sentence, and never in lower case, is
        # a name there: "Rangers", "the Conservatives")
        return True if key not in common or capital[key] > 0 else None
