"""Spacing around punctuation, doubled punctuation, ellipses and dashes.

Number and date formatting (``30 %``, ``2 500``, ``October. 10``) belongs to
the ``numbers`` step: this step never removes or inserts a space that has a
digit on both sides, and leaves punctuation followed by a digit alone.

Rules:

* ``punctuation.space_before``: no space before ``, . ; : ! ? ) ]``
  (``word , word`` becomes ``word, word``; ``a ,b`` becomes ``a, b``).  A
  space before an ellipsis, a leading-dot name (``.NET``), a decimal
  (``.5``), an emoticon (``:)``) or between digits (``3 : 1``) stays.
* ``punctuation.space_after``: no space after ``(`` and ``[``.  Brackets
  spaced on both inner sides (``[ CNET ]``) are a deliberate style and stay;
  so does the spacing of lines that look like code.
* ``punctuation.missing_space``: a sentence glued to the next one
  (``said.The``, ``said,the``, ``said:The``) gets its space; never inside URLs, e-mail
  addresses, domains, file names, code (``System.String``), decimals, times,
  version numbers or abbreviations (``U.S.``, ``e.g.``): the word before must
  end in two lower-case letters and the word after must be a plain word.
* ``punctuation.doubled``: ``,,`` ``;;`` ``::`` become one mark (``, ,`` with a
  space between is a gap where something was removed, and stays); ``..`` after
  an abbreviation (``etc..``, ``U.S..``) becomes one full stop.  Any other
  ``word..`` before a new sentence only under ``preset="aggressive"`` (two
  dots may be a short ellipsis).
* ``punctuation.spaced_compound``: the spaced hyphens of a compound that a
  tokenising translation system split close up: ``a 34 - year - old man``,
  ``year - on - year``, ``side - by - side`` (an age, or a word repeated around a
  preposition); they are never taken for dashes.
* ``punctuation.ellipsis``: ``. . .`` becomes the document's ellipsis
  (``…`` when the document uses it more than ``...``, else ``...``); a document
  whose only ellipsis is ``. . .`` keeps it (a house style: NYT, Chicago).
* ``punctuation.dash``: ``--`` and a spaced hyphen between words become the
  document's dash (option ``dash="auto"|"em"|"spaced_em"|"en"|"keep"``).
  With ``auto``, the document's majority among ``word—word``,
  ``word — word`` and ``word – word`` decides; a document with no real dash
  keeps its hyphens (a spaced hyphen is then its dash style), and ``--``
  becomes an em dash only under ``preset="aggressive"``.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = Punctuation()
>>> text = "He said ( in Paris) that ,, well , it was over.Then he left . . ."
>>> apply_edits(text, list(step.find_edits(Document(text))))
'He said (in Paris) that, well, it was over. Then he left ...'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import regex

from ..document import Document
from ..edits import Edit
from . import Step
from .numbers import MONTH_ABBREVIATIONS, MONTHS
from .quotes import _ENGLISH_ONLY, _FOREIGN_MARKERS, _REPORTING_VERB

__all__ = ["Punctuation"]

DASH_STYLES = {"em": "\u2014", "spaced_em": " \u2014 ", "en": " \u2013 "}

# Every alternative starts with the character it is about, so the scan is
# fast; what must stand before a match is checked in Python (``_PREV_OK``).
_ALTERNATIVES = (
    ("ellipsis", r"(?P<ellipsis>\.(?:[ ]\.){2}(?![ ]?\.))"),  # . . .
    ("doubled", r"(?P<doubled>[ \t]*+(?P<mark>[,;:])(?:[ \t]*+(?P=mark))++(?![:;)(]))"),
    ("dots", r"(?P<dots>\.\.(?![./\\\p{L}\p{N}]))"),  # word.. (not ... or ../)
    ("before", r"(?P<before>[ \t]++(?=[,.;:!?)\]]))"),
    ("after", r"(?P<after>[(\[][ \t]++(?=\S))"),
    ("glued", r"(?P<glued>[.!?,;:](?<=\p{Ll}\p{Ll}[.!?,;:])(?=\p{L}))"),
    ("dash", r"(?P<dash>(?:[ ]--[ ]|--|[ ]-[ ])(?=(?:[\"“‘(\[][ \t]*+)?\p{L}))"),
    ("quoted", r"(?P<quoted>[,;:](?<=[\p{Ll}.!?,][”\"][,;:])(?=\p{Ll}))"),  # ”,said
)
_PATTERN = regex.compile("\n| ".join(src for _, src in _ALTERNATIVES), regex.VERBOSE)
_PATTERNS: dict[tuple[bool, bool, bool], regex.Pattern[str]] = {}  # see _pattern
_ALWAYS = ("ellipsis", "dots", "after", "glued", "quoted")  # each tried only at its own character


def _pattern(doubled: bool, before: bool, dash: bool) -> regex.Pattern[str]:
    """_PATTERN with or without its alternatives ``doubled``, ``before`` and ``dash``
    (compiled once)."""
    key = (doubled, before, dash)
    found = _PATTERNS.get(key)
    if found is None:
        keep = {**dict.fromkeys(_ALWAYS, True), "doubled": doubled, "before": before, "dash": dash}
        srcs = [src for name, src in _ALTERNATIVES if keep[name]]
        found = _PATTERNS[key] = regex.compile("\n| ".join(srcs), regex.VERBOSE)
    return found


_PREV_OK = {
    "ellipsis": regex.compile(r"\s"),
    "doubled": regex.compile(r"[\p{L}\p{N})\]\"”’]"),
    "dots": regex.compile(r"[\p{L})\]\"”’]"),
    "before": regex.compile(r"\S"),
}
# (spaces around the marks are allowed: this step may close them up, and the
# decision must be the same before and after)
_WORD_DASH = regex.compile(r"(?<=[\p{L}.,;:!?\"”’)\]]) - (?=[\"“‘(\[]?\p{L})")
_DASH_BEFORE = regex.compile(r"\p{L}(?:[ \t]*+[,.;:!?\"”’)\]]){0,3}\Z")
# Where a rule can fire: every match of _PATTERN lies on a line holding one of
# these.  Each is scanned on its own, led by the character it is about: one
# alternation of them all is several times slower than the separate scans.
_TRIGGERS = (
    re.compile(r" [,.;:!?)\]]"),
    re.compile(r"[,;:.](?=[,;:.])"),  # (a look-ahead scans faster than {2} here)
    re.compile(r"--"),
)
_QUOTE_TRIGGER = re.compile(r"[”\"][,;:][a-z]")  # a closing quote, a mark and a word glued: ”,said
# the same where the text holds no ”: led by a literal, which the engine skips to ten times faster
_STRAIGHT_QUOTE_TRIGGER = re.compile(r"\"[,;:][a-z]")
_TAB_TRIGGER = re.compile(r"\t[,.;:!?)\]]")
_BRACKET_TRIGGER = re.compile(r"[(\[][ \t]")
_GLUED_ASCII = re.compile(r"[.!?,;:](?<=[a-z].)(?=[A-Za-z])")
_GLUED_ANY = regex.compile(r"[.!?,;:](?<=\p{Ll}.)(?=\p{L})")
_SPACED_HYPHEN = re.compile(r" - ")
# a compound whose hyphens a tokenising translation system spaced ("a 34 - year - old man",
# "year - on - year", "side - by - side"): never a pair of dashes
_AGE_UNITS = "year|month|week|day"
_COMPOUND_PREPOSITIONS = "on|to|by|in|for|after|upon"
_SPACED_COMPOUND = regex.compile(
    rf"(?<![\w.,\-])(?:\d{{1,3}}\ --?\ (?:{_AGE_UNITS})s?\ --?\ olds?"
    rf"|(?P<x>\p{{Ll}}++)\ --?\ (?:{_COMPOUND_PREPOSITIONS})\ --?\ (?P=x))(?![\w\-])"
)
_COMPOUND_HYPHEN = re.compile(r" --? ")
# where a _SPACED_COMPOUND may be: its first spaced hyphen and what follows it, led by a
# literal (the standard engine skips to it fast); the compound is then matched from the
# start of the word before
_COMPOUND_SITE = re.compile(rf" --? (?:(?:{_AGE_UNITS})s? --? old|(?:{_COMPOUND_PREPOSITIONS}) --? )")


#: prefixes that are no words of their own: spaced off their word they are still its
#: hyphen ("in mid - December", "an anti - war march", probe97), never a dash
_HYPHEN_PREFIXES = frozenset("mid pro anti non pre co semi multi neo quasi ultra".split())
#: ... unless a function word follows ("sine qua non - a condition")
_PREFIXED_WORD = regex.compile(r"\ -\ (?!(?:a|an|the|and|or|but|to|of|in|it|is|he|she|they|we|this|that)\b)\p{L}")


def _spaced_compound_hyphens(text: str) -> list[tuple[int, int]]:
    """The spans of the spaced hyphens of every _SPACED_COMPOUND in ``text``, and of a
    prefix's spaced hyphen (:data:`_HYPHEN_PREFIXES`), found from the literal " -" (a
    whole-text scan of the pattern, led by its look-behind, costs forty times more).

    >>> _spaced_compound_hyphens("a 34 - year - old man, side -- by -- side, 3 - 5")
    [(4, 7), (11, 14), (27, 31), (33, 37)]
    >>> _spaced_compound_hyphens("in mid - December, an anti - war march; sine qua non - a test; Co - Ltd")
    [(6, 9), (26, 29)]
    """
    spans: list[tuple[int, int]] = []
    end = -1
    site = text.find(" -")
    while site >= 0:
        if 1 < site < len(text) - 3 and text[site - 1].islower() and _PREFIXED_WORD.match(text, site):
            start = site - 1
            while start and text[start - 1].islower():
                start -= 1
            if text[start:site] in _HYPHEN_PREFIXES and (
                start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-'’")
            ):
                spans.append((site, site + 3))
                site = text.find(" -", site + 2)
                continue
        if _COMPOUND_SITE.match(text, site):
            start = site
            while start and (text[start - 1].isdigit() or text[start - 1].islower()):
                start -= 1
            c = _SPACED_COMPOUND.match(text, start) if start >= end else None
            if c is not None:
                end = c.end()
                spans.extend(h.span() for h in _COMPOUND_HYPHEN.finditer(text, c.start(), c.end()))
        site = text.find(" -", site + 2)
    return spans


# Which trigger patterns can match at all is read from the text's UTF-8 bytes (ASCII
# characters only: a multi-byte character's bytes are all >= 0x80, so neighbours stay
# neighbours).  Each trigger needs a pair of neighbouring characters (a space then a mark,
# two marks ...).  Pair kind k (0-3) sets bit k in the byte map of its first characters and
# bit k + 4 in that of its second ones; read as one big integer X, X & (X >> 12) has bit k
# of a byte set if and only if a first character of kind k stands right before a second
# one of kind k (the bits 4-7 it also sets are masked off): one AND over the whole text
# answers "no pair at all" (most clean texts), and only then is each kind's bit looked at.
# A kind may serve two triggers (a superset of each one's pairs): both are scanned.
_PAIRS = (
    (",;:.-", ",;:.-"),  # 0: _TRIGGERS[1] "[,;:.](?=[,;:.])" and _TRIGGERS[2] "--"
    (" ([", ",.;:!?)] "),  # 1: _TRIGGERS[0] " [,.;:!?)\]]" and _BRACKET_TRIGGER "[(\[][ \t]" (tab: "\t" in text)
    ('"\x9d', ",;:"),  # 2: the quote triggers '[”"][,;:]' (0x9d: the last byte of ”, and of a few others)
    (",;:.!?)]", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),  # 3: _GLUED_* (")]" too: a superset)
)
_PAIR_MAP_BUILD = bytearray(256)
for _k, (_firsts, _seconds) in enumerate(_PAIRS):
    for _c in _firsts:
        _PAIR_MAP_BUILD[ord(_c)] |= 1 << _k
    for _c in _seconds:
        _PAIR_MAP_BUILD[ord(_c)] |= 1 << (_k + 4)
_PAIR_MAP = bytes(_PAIR_MAP_BUILD)
del _PAIR_MAP_BUILD
# (an AND with these is as long as the shorter integer: a text over 64 KB gets its own)
_ONES = int.from_bytes(b"\x01" * (1 << 16), "little")  # bit 0 of every byte
_LOW = _ONES * 0x0F  # bits 0-3 of every byte


def _trigger_lines(doc: Document, spaced_hyphens: bool = True) -> tuple[list[tuple[int, int]], regex.Pattern[str]]:
    """The spans of the lines holding a trigger, in order (a line once), and _PATTERN
    without the alternatives that cannot match in the text (see _lines_and_pattern).

    ``spaced_hyphens=False`` leaves out `` - `` (the dash rule cannot fire on it).
    """
    text = doc.text
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) <= 1 << 16:
        ones, low = _ONES, _LOW
    else:
        ones = int.from_bytes(b"\x01" * len(raw), "little")
        low = ones * 0x0F
    x = int.from_bytes(raw.translate(_PAIR_MAP), "little")
    pairs = x & (x >> 12) & low
    patterns = []
    if pairs:
        if pairs & ones:  # two marks, or "--"
            patterns.append(_TRIGGERS[1])
            patterns.append(_TRIGGERS[2])
        if (pairs >> 1) & ones:  # a space then a mark, or "( ", "[ "
            patterns.append(_TRIGGERS[0])
            patterns.append(_BRACKET_TRIGGER)
        if (pairs >> 2) & ones:  # a quote (or a byte 0x9d) then a mark
            patterns.append(_QUOTE_TRIGGER if "”" in text else _STRAIGHT_QUOTE_TRIGGER)
    if any(c.isalpha() or unicodedata.category(c) == "Cn" for c in doc.non_ascii):
        patterns.append(_GLUED_ANY)  # \p{Ll} and \p{L} hold more than a-z and A-Z here
    elif pairs and (pairs >> 3) & ones:  # a mark before a letter
        patterns.append(_GLUED_ASCII if text.isascii() else _GLUED_ANY)
    if "\t" in text:
        patterns.append(_TAB_TRIGGER)
        if _BRACKET_TRIGGER not in patterns:
            patterns.append(_BRACKET_TRIGGER)
    if spaced_hyphens:
        patterns.append(_SPACED_HYPHEN)
    if not patterns:
        return [], _PATTERN
    return _lines_and_pattern(doc, patterns)


def _lines_and_pattern(
    doc: Document, patterns: list[re.Pattern[str] | regex.Pattern[str]]
) -> tuple[list[tuple[int, int]], regex.Pattern[str]]:
    """The lines holding a match of any of ``patterns`` (as Document.lines_matching finds
    them), and _PATTERN without those of its alternatives ``doubled``, ``before`` and
    ``dash`` (the ones tried at every space) that cannot match anywhere in the text.

    Those left out cannot match in any window, so at every position the alternation
    without them finds what the whole one finds.  What their matches hold: ``doubled`` a
    space or a tab before a mark (_TRIGGERS[0], _TAB_TRIGGER) or two like marks side by
    side (",,", ";;", "::"); ``before`` a space or a tab before a mark (_TRIGGERS[0],
    _TAB_TRIGGER); ``dash`` "--" or " - ".  A trigger pattern not in ``patterns`` has no
    match (its pair of characters is not in the text).
    """
    text = doc.text
    starts: set[int] = set()
    hit = set()
    for pattern in patterns:  # (Document.lines_matching, noting which patterns match)
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            hit.add(pattern)
            line = doc.line_at(m.start())
            starts.add(line.start)
            pos = line.end + 1
    if not starts:
        return [], _PATTERN
    spaced_mark = _TRIGGERS[0] in hit or _TAB_TRIGGER in hit
    doubled = spaced_mark or (_TRIGGERS[1] in hit and (",," in text or ";;" in text or "::" in text))
    dash = _TRIGGERS[2] in hit or " - " in text
    lines = [doc.line_at(start) for start in sorted(starts)]
    return [(line.start, line.end) for line in lines], _pattern(doubled, spaced_mark, dash)


# The rest of a glued word, and what makes a token not prose.
_NEXT_WORD = regex.compile(r"\p{L}[\p{Ll}'’-]*+(?=[\s,.;:!?\"”’)\]]|\Z)")
_LOWER_WORD_AFTER = regex.compile(r"\p{Ll}{2,}+(?=[\s,.;:!?]|\Z)")
#: short words that open sentences (after "word .", the full stop's misplaced space)
_SENTENCE_OPENERS = frozenset("He She It We They The In On At But And As If His Her Its Our For This".split())
_CAP_WORD_AFTER = regex.compile(
    r"(?:\p{Lu}\p{Ll}{3,}+|(?:" + "|".join(sorted(_SENTENCE_OPENERS, key=len, reverse=True)) + r"))"
    r"(?=[\s,.;:!?\"”’)\]]|\Z)"
)
_NEXT_WORD_UPPER = regex.compile(r"\p{Lu}[\p{Ll}'’-]*+(?=[\s,.;:!?\"”’)\]]|\Z)")
_TOKEN_START = regex.compile(r"\S*+\Z")
_TOKEN_REST = regex.compile(r"\S*+")
_SCHEMES = frozenset({"mailto", "tel", "urn", "news", "file", "sip", "data", "javascript", "about", "fwd", "fw"})
_PLAIN_WORD = regex.compile(r"[\p{L}'’-]+")
_CODEY = regex.compile(r"[{}<>]|\w\(|\w_\w|==|=>|\$[A-Za-z_]|\)\)")
# _CODEY for a line of ASCII characters (where \w is [A-Za-z0-9_] in both engines), each
# alternative read from the character it is about, so the standard engine skips to those
# characters (a line starts after "\n" or at 0: a look-behind at its start sees no \w);
# whether it matches, not where
_CODEY_ASCII = re.compile(
    r"[{}<>(_=$)](?:(?<=[{}<>])|(?<=\w\()|(?<=\w_)(?=\w)|(?<==)(?=[=>])|(?<=\$)(?=[A-Za-z_])|(?<=\))(?=\)))",
    re.ASCII,
)
# Words that often start a sentence: a short word glued after a full stop is
# taken for a sentence start only when it is one of these ("One.Tel" is a name).
_STARTERS = frozenset(
    "A An And As At But By For He Her His How I If In It Its My No Not Now Of On Or Our So The Then "
    "They This To Up We Who Why Yes You".split()
)
_NOT_PROSE = regex.compile(r"[@/\\_#=<>|~^*+]|://|www\.|\.\p{L}+\.", regex.IGNORECASE)
_ABBREVIATION_END = regex.compile(
    r"(?:(?<![\p{L}.])(?:\p{L}\.)+\p{L}|\b(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|Bros|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\Z"
)
_NEW_SENTENCE = regex.compile(r"\Z|\s*\n|[ ]+[\p{Lu}\"“‘]")
_SPACED_GROUP = regex.compile(r" \d{3}(?![\d.,])")
_NEW_LINE_OR_END = regex.compile(r"[^\S\n]*(?:\n|\Z)")
# Words that do not end a clause: a mark spaced after one marks a gap where
# something (a formula, a date, a link) was removed, not a stray space.
_GAP_WORD = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:a|an|the|of|by|to|as|and|or|if|is|are|was|were|be|that|with|from|for|in|on|at|than"
    r"|then|denoted|called|whose|where|when|into|between|via|per)\Z"
)
_SPACED_MARKS = regex.compile(r"[,;:][ \t]+[,;:]")
_ANY_MARK = regex.compile(r"[.,;:!?]")
_GLUED_MARK = regex.compile(r"[.!?,;:]\p{L}")
_MONTHS = frozenset(MONTHS)
_MONTH_DOT_DAY = regex.compile(r"\.(?:[1-9]|[12]\d|3[01])\Z")
_EMOTICON_AFTER = frozenset(")(-DPp/|3O*")


#: a short ellipsis is informal: a paragraph that speaks to or of its writer, asks or
#: exclaims, is no news sentence ending in a doubled full stop ("Thanks in advance..",
#: "the perfect match to my dads birthday cake..": readers' comments of the extraction pages)
_PERSONAL = regex.compile(r"\b(?i:i|me|my|we|us|our|you|your|lol|thanks?)\b|[!?]|[^\p{L}\p{N}\p{P}\p{Z}\s$£€¥%°]")


def _doubled_stop_at_end(doc: Document, s: int, e: int) -> bool:
    """Whether the two dots from ``s`` to ``e`` end a paragraph of impersonal prose of 12
    words or more, in a document that writes no other two dots (probe37).

    >>> t = "Vietnam recorded more than 73,000 cases of the disease in 2024, according to the ministry..\\n"
    >>> _doubled_stop_at_end(Document(t), t.index(".."), t.index("..") + 2)
    True
    >>> t = "This was the perfect match to my dads birthday chocolate cake and the kids loved it..\\n"
    >>> _doubled_stop_at_end(Document(t), t.index(".."), t.index("..") + 2)
    False
    """
    text = doc.text
    if not _NEW_LINE_OR_END.match(text, e) or text.count("..") != 1:
        return False
    line = doc.line_at(s)
    body = text[line.start : s]
    return len(body.split()) >= 12 and body[:1].isupper() and _PERSONAL.search(body) is None


#: two dots after a word and before a new sentence or the end of a line
_DOUBLED_STOP = regex.compile(r"(?<=[\p{Ll}\p{N}])\.\.(?=[ ]\p{Lu}|[^\S\n]*(?:\n|\Z))")


def _doubled_stops_in_prose(doc: Document) -> frozenset[int]:
    """The offsets of a document's doubled full stops where every two dots it writes are
    one: each after a word, before a new sentence or the end of its line, in a paragraph of
    impersonal prose of 12 words or more, and no three dots anywhere (a writer of short
    ellipses writes them in a personal voice or beside long ones; probe47 "the crop.. Grain
    prices rose"); empty otherwise.

    >>> t = "Farmers in the delta said the salt water had ruined most of the rice crop.. Grain prices rose.\\n"
    >>> t.index("..") in _doubled_stops_in_prose(Document(t))
    True
    >>> t = "Well we waited for the bus in the rain for an hour and then we went home.. Never again.\\n"
    >>> _doubled_stops_in_prose(Document(t))
    frozenset()
    """
    text = doc.text
    if "..." in text:
        return frozenset()
    dots = [m.start() for m in _DOUBLED_STOP.finditer(text)]
    if len(dots) != text.count(".."):
        return frozenset()
    for d in dots:
        line = doc.line_at(d)
        body = text[line.start : line.end]
        if len(body.split()) < 12 or not body[:1].isupper() or _PERSONAL.search(body) is not None:
            return frozenset()
    return frozenset(dots)


def _foreign_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is in another language: a letter, a mark or a function
    word of German, French, Spanish, Italian or Portuguese, and no English word.

    >>> t = "Frère Jacques, frère Jacques,\\nDormez-vous ? Dormez-vous ?\\nWhy ? Nobody knows."
    >>> _foreign_line(t, t.index(" ?")), _foreign_line(t, t.index("Why") + 3)
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    return _FOREIGN_MARKERS.search(line) is not None and _ENGLISH_ONLY.search(line) is None


def _in_guillemets(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a «…» quotation of its paragraph.

    >>> _in_guillemets("He shouted « Non ! » twice.", 15), _in_guillemets("Why ? « Non »", 3)
    (True, False)
    """
    start = text.rfind("\n\n", 0, pos) + 1
    return text.rfind("«", start, pos) > text.rfind("»", start, pos)


#: a dash between a closing quote and its reporting clause (the Russian, Ukrainian, Polish
#: and Serbian punctuation of direct speech, «...», — сказал он, kept by a translation:
#: "... residents”, – Ryabtsev wrote", "up ” – she said"; probes 20, 41, 82): English writes
#: the comma inside the quote and no dash.  The quote closes the text before it (a letter,
#: a digit or punctuation, maybe a space); the reporting clause is a pronoun or one to four
#: capitalised words (or "the" and up to three words) and a verb of saying (the quotes
#: step's list), or the verb first
_REPORTING_DASH = regex.compile(
    r"(?<=[\p{L}\p{N}.,!?…)])(?P<space>\ )?(?P<q>[”\"])(?P<comma>,)?\ (?:[–—]|--?)\ "
    r"(?=(?:he|she|they|we|I|(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*(?:\ (?-i:\p{Lu})[\p{L}\p{M}'’.\-]*){0,3}"
    r"|the\ [\p{L}\-]+(?:\ [\p{L}\-]+){0,3})\ "
    + _REPORTING_VERB
    # (or the verb first, before its speaker: "– said Turchin", not "– said to be")
    + r"|"
    + _REPORTING_VERB
    + r"\ (?:he|she|they|the\ |(?-i:\p{Lu})))"
)


_QUOTE_DASH = re.compile(r'[”"],?\ (?:[–—]|--?)\ ')


def _reporting_dashes(text: str) -> Iterator[tuple[int, int, str]]:
    """The spans of the dashes between a closing quote and its reporting clause, and what
    replaces each (the quote, with a comma inside it where the quotation ends without its
    own punctuation).

    >>> t = 'The roads are closed", – Ryabtsev wrote.'
    >>> [(t[s:e], r) for s, e, r in _reporting_dashes(t)]
    [('", – ', ',\" ')]
    >>> t = '“We will win!” — he said, and “closed,” – the mayor added.'
    >>> [(t[s:e], r) for s, e, r in _reporting_dashes(t)]
    [('” — ', '” '), ('” – ', '” ')]
    """
    for c in _QUOTE_DASH.finditer(text):
        # (a quote, maybe a comma, a spaced dash: the standard engine skips to the literal
        # fast, the full pattern is tried where it stands, a space before the quote too)
        at = c.start() - 1 if c.start() and text[c.start() - 1] == " " else c.start()
        m = _REPORTING_DASH.match(text, at)
        if m is None:
            continue
        start = m.start("space") if m.group("space") else m.start("q")
        before = text[start - 1]
        q = m.group("q")
        yield start, m.end(), (q + " " if before in ",.!?…" else "," + q + " ")


#: a month's abbreviation right before a space ("Dec .12"; June and July are written out
#: in the styles that abbreviate months), and the day after the full stop
_MONTH_ABBR_BEFORE = regex.compile(
    r"(?<![\p{L}.])(?:" + "|".join(m for m in MONTH_ABBREVIATIONS if m not in ("Jun", "Jul")) + r")\Z"
)
_DAY_AFTER = regex.compile(r"(?:[1-9]|[12]\d|3[01])(?![\d.,:])")


class Punctuation(Step):
    name = "punctuation"

    def __init__(self, *, preset: str = "safe", dash: str = "auto") -> None:
        super().__init__(preset=preset)
        if dash not in ("auto", "keep", *DASH_STYLES):
            raise ValueError(f"dash must be auto, keep or one of {tuple(DASH_STYLES)}, not {dash!r}")
        self.dash = dash

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        # a spaced hyphen only changes when the document has real dashes to follow
        # (with none, it is the document's dash, or one is too little evidence)
        spaced = self.dash != "keep" and (
            self.dash != "auto" or self.aggressive or "\u2014" in text or "\u2013" in text
        )
        if "\u201d" in text or '"' in text:
            for start, end, replacement in _reporting_dashes(text):
                yield self.edit(
                    start, end, replacement, "reporting_dash", "a dash between a quotation and its reporting clause"
                )
        # spaced hyphens inside a compound close up (and are no dashes)
        compound_hyphens = set()
        for start, end in _spaced_compound_hyphens(text):
            compound_hyphens.add(start)
            yield self.edit(start, end, "-", "spaced_compound", "spaced hyphens of a compound")
        windows, pattern = _trigger_lines(doc, spaced)
        if not windows:
            return
        dash: str | None = None
        dash_decided = False
        standalone: dict[tuple[str, str], bool] = {}  # memo of _standalone_elsewhere for this text
        in_prose: frozenset[int] | None = None  # _doubled_stops_in_prose, once asked
        # (a document whose only ellipsis is ". . ." writes it in its house style: NYT,
        # Chicago, legal quotation; it is left alone)
        ellipsis = "\u2026" if text.count("\u2026") > text.count("...") else "..." if "..." in text else None
        n = len(text)
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            kind = m.lastgroup if m.lastgroup != "mark" else "doubled"
            s, e = m.span()
            prev = text[s - 1] if s else ""
            nxt = text[e] if e < n else ""
            check = _PREV_OK.get(kind)
            if check is not None and not (check.match(prev) or (kind == "ellipsis" and not prev)):
                continue
            if kind == "ellipsis":
                if ellipsis is not None:
                    yield self.edit(s, e, ellipsis, "ellipsis", "spaced dots to the document's ellipsis")
            elif kind == "doubled":
                if m.group("mark") == ":" and nxt and not nxt.isspace():
                    continue  # std::vector, fe80::1
                if _SPACED_MARKS.search(m.group()):
                    continue  # "that is, , then": a gap where something was removed
                mark = m.group("mark")
                if nxt.isalpha():
                    # "said,,the": the single mark would be glued; space it in the same edit
                    lo = max(0, s - 100)
                    virtual = text[lo:s] + mark + text[e : e + 100]
                    if self._glued(virtual, s - lo, s - lo + 1, standalone) is not None:
                        mark += " "
                yield self.edit(s, e, mark, "doubled", f"doubled {m.group('mark')!r}")
            elif kind == "dots":
                token = _TOKEN_START.search(text, max(0, s - 60), s).group()
                if _NOT_PROSE.search(token):
                    continue
                if not _ABBREVIATION_END.search(token):
                    # "Wait.. what": two dots may be a short ellipsis; only aggressive
                    # takes them for a doubled full stop, and only before a new sentence
                    # (but for the end of a long, impersonal paragraph in a document that
                    # writes no other two dots: "..., according to the Ministry of Health..")
                    if (
                        not (self.aggressive and _NEW_SENTENCE.match(text, e))
                        and not _doubled_stop_at_end(doc, s, e)
                        # (the document's doubled stops in prose, read at its first two dots)
                        and s not in (in_prose := _doubled_stops_in_prose(doc) if in_prose is None else in_prose)
                    ):
                        continue
                yield self.edit(s, e, ".", "doubled", "doubled '.'")
            elif kind == "before":
                if self._codey(doc, s):
                    continue
                if text[e] in ")]" and _symmetric(text, e):
                    continue
                edit = self._space_before(text, s, e, prev, nxt)
                if edit is not None:
                    yield edit
            elif kind == "after":
                inner = text[e] if e < n else ""
                if inner in ")]-\u2013\u2014" or (prev.isdigit() and inner.isdigit()):
                    continue
                if _symmetric(text, s) or self._codey(doc, s):
                    continue
                yield self.edit(s + 1, e, "", "space_after", f"space after {text[s]!r}")
            elif kind == "glued":
                edit = self._glued(text, s, e, standalone)
                if edit is not None:
                    yield edit
            elif kind == "quoted":
                word = _LOWER_WORD_AFTER.match(text, e)
                if word is None or _NOT_PROSE.search(word.group()) or self._codey(doc, s):
                    continue
                yield self.edit(e, e, " ", "missing_space", f"no space after {text[s]!r} after a quotation")
            elif kind == "dash":
                if not _DASH_BEFORE.search(text, max(0, s - 12), s):
                    continue
                if not dash_decided:
                    dash, dash_decided = self._dash_style(text), True
                if dash is None:
                    continue
                found = m.group()
                if s in compound_hyphens or (found == " - " and dash == " - "):
                    continue
                if (text[s - 1] == ")" and _wire_dateline_before(text, s)) or _caps_dateline_before(text, s):
                    # "BEIJING, July 26 (Xinhua) -- ...", "Oct 2 (Reuters) - Gold ...": the
                    # wire's own dateline dash, whatever the body's dashes (probe28)
                    continue
                if found == " - " and _capitalised_both_sides(text, s, e):
                    continue  # "AFP - Getty Images", "Arsenal - Chelsea": a name pair, not a dash
                yield self.edit(s, e, dash, "dash", f"{found.strip()!r} between words to the document's dash")

    def _codey(self, doc: Document, pos: int) -> bool:
        """Whether the line holding ``pos`` looks like code (its spacing is not prose)."""
        line = doc.line_at(pos)
        cache: dict[int, bool] = doc.__dict__.setdefault("_codey_lines", {})  # once per line: linear
        found = cache.get(line.start)
        if found is None:
            text = doc.text
            ascii_line = not doc.non_ascii or text[line.start : line.end].isascii()
            found = cache[line.start] = bool(
                (_CODEY_ASCII if ascii_line else _CODEY).search(text, line.start, line.end)
            )
        return found

    # -- rules --------------------------------------------------------------------------
    def _space_before(self, text: str, s: int, e: int, prev: str, nxt: str) -> Edit | None:
        mark = text[e]
        after = text[e + 1] if e + 1 < len(text) else ""
        if (
            mark == "."
            and after.isdigit()
            and _MONTH_ABBR_BEFORE.search(text, max(0, s - 6), s)
            and _DAY_AFTER.match(text, e + 1)
        ):
            # "Dec .12": the space stands before the abbreviation's full stop instead of after
            # it (probe120)
            return self.edit(s, e + 1, ". ", "space_before", "space before a month's full stop instead of after it")
        if after.isdigit():
            return None  # .5  ,000  :30  belong to numbers
        if mark == "," and prev.isdigit() and _SPACED_GROUP.match(text, e + 1):
            return None  # "3 , 412": a thousands comma spaced off, the numbers step's (probe45)
        if (
            prev.isdigit()
            and mark in ".:"
            and not (mark == "." and (after in ("", "\n") or (after == " " and text[e + 2 : e + 3].isupper())))
        ):
            return None  # "3 : 1", "10 . 5": numbers (not a sentence's end: "on February 16 2024 .")
        if mark == "." and prev in "”\"’'" and s >= 2 and text[s - 2] in ".!?" and after in ("", "\n"):
            # 'to “square cabin hospitals.” .' at the end of a paragraph: the quotation already
            # ends the sentence (mid-line, '"Title?" . TV Guide' is a citation's separator)
            return self.edit(s, e + 1, "", "doubled", "a full stop after a quotation that already ends with one")
        if mark == "." and after.isupper() and prev.islower():
            # "officials said .Most of the fires": the space stands before the full stop
            # instead of after it.  Only between a lower-case word and a capitalised
            # plain word of four letters or more, or a pronoun, article or conjunction that
            # opens sentences ("Monday .He said"; ".NET", ".Net", ".com" stay)
            return self._swapped_space(text, s, e)
        if mark == ".":
            if text.startswith(" .", e + 1) or not (after == "" or after.isspace() or after in "\"”’')]"):
                return None  # an ellipsis, ". . .", a name like .NET, a path like ./run
        if mark in ":;" and (after in _EMOTICON_AFTER or text.startswith((" )", " ("), e + 1)):
            return None  # ";)" ":-(" ": )" emoticons
        if prev in ".\u2026" and mark in ".,;:":
            return None  # "said. ." or "Rome ... .": closing it up would make a new run of dots
        if mark in ")]" and (prev in ":;(" or prev == "["):
            return None  # ": )" an emoticon; "( )" empty
        if mark in ";:" and after.isalpha():
            return None  # "x :y" is not a clear case
        if mark == ":":
            word = _TOKEN_START.search(text, max(0, s - 40), s).group()
            if len(word) < 2 or (word.isupper() and not _caps_dateline_colon(text, s - len(word), e)):
                return None  # "VIP : 60,000", "R : 50" in a table, "EUROPE : NEW ZEALAND"
        if mark in "?!" and (after == "\n" or after == ""):
            line_start = text.rfind("\n", 0, s) + 1
            line = text[line_start:s]
            if len(line.split()) <= 6 and not _ANY_MARK.search(line):
                return None  # "New game ?" in a list: a status mark, not a question
        if mark == "," and after.isalpha():
            if not (prev.isalpha() or prev in ')"”’'):
                return None
            return self.edit(s, e + 1, ", ", "space_before", "space before a comma instead of after it")
        if mark in "!?" and prev in "!?":
            return None
        if mark in "!?":
            j = e
            while text.startswith(mark, j):
                j += 1
            if j - e >= 2 and (text.startswith(",", j) or (text.startswith(" ", j) and text[j + 1 : j + 2].islower())):
                return None  # "is officially called !!!, which": a name made of marks (the band !!!, probe117)
        if mark in "!?;:" and (_in_guillemets(text, s) or _foreign_line(text, s)):
            # « Non ! », "Dormez-vous ? Dormez-vous ?": French typography inside a French
            # quotation or line (probe42)
            return None
        if prev in ",;:-\u2013\u2014":
            return None  # ", ,": closing it up would make a doubled mark of a gap
        if mark in ",.;:" and _GAP_WORD.search(text, max(0, s - 12), s):
            return None  # "denoted by ,", "in print on ,": something (a formula, a date) is missing here
        return self.edit(s, e, "", "space_before", f"space before {mark!r}")

    def _swapped_space(self, text: str, s: int, e: int) -> Edit | None:
        """``word .Next`` -> ``word. Next`` (``s:e`` is the space before the full stop)."""
        word = _CAP_WORD_AFTER.match(text, e + 1)
        if word is None:
            return None
        head = _TOKEN_START.search(text, max(0, s - 80), s).group()
        # (a plain word in lower case; a capitalised one only before a sentence opener:
        # "ended on Monday .He said", probe97, but "Web .Tools Group" is a name)
        if len(head) < 2 or not _PLAIN_WORD.fullmatch(head) or not head[1:].islower():
            return None
        if not head.islower() and word.group() not in _SENTENCE_OPENERS:
            return None
        rest = _TOKEN_REST.match(text, word.end(), min(len(text), word.end() + 80)).group()
        if _NOT_PROSE.search(head + "." + word.group() + rest) or _GLUED_MARK.search(rest):
            return None
        return self.edit(s, e + 1, ". ", "space_before", "space before a full stop instead of after it")

    def _glued(self, text: str, s: int, e: int, standalone: dict[tuple[str, str], bool]) -> Edit | None:
        """``standalone`` memoises :func:`_standalone_elsewhere` for one call of find_edits
        (a text with many glued "said.Lyu" stays linear)."""
        mark = text[s]
        word = (_NEXT_WORD_UPPER if mark in ".!?:" else _NEXT_WORD).match(text, e)
        if word is None:
            return None
        if mark == "," and not word.group().islower():
            return None  # "Smith,John" may be a list or a name index; leave it
        if len(word.group()) < 2 and not (word.group() in "AI" and text[s - 2 : s].islower()):
            return None  # "Zafi.D": a name, not a sentence ("privatised.A spokesman" is one)
        if mark in ".!?:" and len(word.group()) <= 3 and word.group() not in _STARTERS:
            # "One.Tel", "Yahoo!Mail": a name more likely than two sentences, unless a
            # lower-case word ends the sentence and the document writes the short word on
            # its own elsewhere ("Lyu said.Lyu added", with "Lyu said" before)
            head_word = text[max(0, s - 20) : s].rsplit(None, 1)[-1] if s else ""
            if not (len(head_word) >= 3 and head_word.isalpha() and head_word.islower()):
                return None
            key = (text, word.group())
            found = standalone.get(key)
            if found is None:
                found = standalone[key] = _standalone_elsewhere(text, word.group())
            if not found:
                return None
        rest = _TOKEN_REST.match(text, word.end(), min(len(text), word.end() + 80)).group()
        if _MONTH_DOT_DAY.match(rest) and word.group() in _MONTHS:
            rest = ""  # "said.October.2": a month and its day with a dot (numbers.month_dot), not a name
        head = _TOKEN_START.search(text, max(0, s - 80), s).group()
        if not _PLAIN_WORD.fullmatch(head):
            return None  # "(said.The", "x1.Foo": the glued word must be a plain word
        if mark == ":" and head.lower() in _SCHEMES:
            return None  # mailto:John
        if mark in "!?" and head[:1].isupper():
            return None  # "Yahoo!Mail", "Jeopardy!Champions": a brand with its "!", not two sentences
        token = head + text[s : word.end()] + rest
        if _NOT_PROSE.search(token) or _GLUED_MARK.search(rest):
            return None  # Halo.Bungie.Org, a.b.c
        if mark in ";" and len(word.group()) < 2:
            return None
        return self.edit(e, e, " ", "missing_space", f"no space after {mark!r}")

    def _dash_style(self, text: str) -> str | None:
        """The dash a ``--`` or a spaced hyphen should become, or None to leave it."""
        if self.dash == "keep":
            return None
        if self.dash in DASH_STYLES:
            return DASH_STYLES[self.dash]
        spaced_em = text.count(" \u2014 ")
        counts = {
            "em": text.count("\u2014") - spaced_em,
            "spaced_em": spaced_em,
            "en": text.count(" \u2013 "),
        }
        best = max(counts, key=lambda k: counts[k])
        # spaced hyphens between words only: " - " between digits is a range, which the
        # numbers step (later) may close up; counting it would flip the style next run
        hyphens = len(_WORD_DASH.findall(text)) if " - " in text else 0
        if counts[best] == 0 or counts[best] < hyphens:
            if hyphens >= 2:
                return " - "  # the document's own dash is a spaced hyphen
            if hyphens:
                return None  # one spaced hyphen: too little evidence either way
            return "\u2014" if self.aggressive else None
        return DASH_STYLES[best]


#: A wire dateline before its dash: a capitalised place and date, then the agency in brackets
#: ("BEIJING, July 26 (Xinhua)", "Guangzhou, July 26 (Xinhua, by Mao Xin)"), or the
#: agency's bracket alone ("(Reuters)").
_WIRE_DATELINE = regex.compile(r"(?:\p{Lu}[^\n()]{0,60})?\(\p{Lu}[^()\n]{1,59}\)")


def _wire_dateline_before(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a wire dateline up to ``pos``.

    >>> _wire_dateline_before("BEIJING, July 26 (Xinhua) -- Text", 25)
    True
    >>> _wire_dateline_before("He left (again) -- so it goes", 15)
    False
    >>> _wire_dateline_before("(Reuters) - Gold rose", 9), _wire_dateline_before("(again) - so", 7)
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    return (
        pos - start <= 130
        and _WIRE_DATELINE.fullmatch(text, start, pos) is not None
        and not _PROSE_BEFORE.search(text, start, pos)
    )


#: a dateline without a bracket: a city in capitals, then its country or state ("NAHA,
#: Japan -- Powerful Typhoon ...", probe101; "WASHINGTON -- ")
_CAPS_DATELINE = regex.compile(
    r"\p{Lu}{2,}+(?:[\ \-]\p{Lu}{2,}+)*+(?:,\ \p{Lu}[\p{L}.\-]*+(?:\ \p{Lu}[\p{L}.\-]*+){0,2})?"
)


#: the lower-case words of prose after a dateline's colon
_LOWER_WORDS = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}++(?![\p{L}\p{N}])")


def _caps_dateline_colon(text: str, start: int, colon: int) -> bool:
    """Whether the word in capitals at ``start`` opens its line as a dateline, its colon at
    ``colon`` spaced off, and prose follows ("ISLAMABAD : The government said ...",
    probe106; not "VIP : 60,000" or "EUROPE : NEW ZEALAND").

    >>> t = "ISLAMABAD : The government said on Monday"
    >>> _caps_dateline_colon(t, 0, 10), _caps_dateline_colon("EUROPE : NEW ZEALAND", 0, 7)
    (True, False)
    >>> _caps_dateline_colon("ISLAMABAD : The Islamabad High Court (IHC) on Tuesday ruled that it was", 0, 10)
    True
    """
    after = text[colon + 1 : colon + 4].lstrip()
    if not (start == 0 or text[start - 1] == "\n") or not (after[:1].isupper() and after[1:2].islower()):
        return False  # (a word in capitals after it: "EUROPE : NEW ZEALAND", a table's row)
    end = text.find("\n", colon)
    rest = text[colon + 1 : (end if end >= 0 else len(text))][:100]
    return len(_LOWER_WORDS.findall(rest)) >= 3  # ("The Islamabad High Court (IHC) on Tuesday ...")


def _caps_dateline_before(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a dateline in capitals up to ``pos``: the wire's
    own dash after it stays as the wire wrote it.

    >>> _caps_dateline_before("NAHA, Japan -- Powerful Typhoon Gaemi", 11), _caps_dateline_before("WASHINGTON -- x", 10)
    (True, True)
    >>> _caps_dateline_before("He left -- so it goes", 7), _caps_dateline_before("The US -- and others", 6)
    (False, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    return pos - start <= 60 and _CAPS_DATELINE.fullmatch(text, start, pos) is not None


#: a lower-case word before the bracket is prose, not a dateline ("He left (again)")
_PROSE_BEFORE = regex.compile(r"\b\p{Ll}{3,}\b(?![^(]*\))")


def _standalone_elsewhere(text: str, word: str) -> bool:
    """Whether ``word`` stands on its own somewhere in ``text`` (not glued after a full stop).

    >>> _standalone_elsewhere("Lyu said. Lyu said.Lyu added", "Lyu")
    True
    >>> _standalone_elsewhere("It was One.Tel", "Tel")
    False
    """
    pattern = r"(?<![\p{L}\p{N}.!?:])" + regex.escape(word) + r"(?![\p{L}\p{N}])"
    return regex.search(pattern, text) is not None


def _symmetric(text: str, pos: int) -> bool:
    """Whether the bracket at ``pos`` and its partner both have inner spaces (``[ CNET ]``, a
    page's link label, kept as written), but for a short parenthesis in a sentence (``The
    broadcaster ( RÚV ) reported``, a tokenised translation's: probes 35, 45; its spaces go).

    >>> t = "The broadcaster ( RÚV ) reported the news on Monday, officials said."
    >>> _symmetric(t, t.index("(")), _symmetric("[ CNET ]", 0)
    (False, True)
    """
    ch = text[pos]
    if ch in "([":
        start, end = pos, text.find(")" if ch == "(" else "]", pos, pos + 300)
        inner = end - 1
    else:
        start, end = text.rfind("(" if ch == ")" else "[", max(0, pos - 300), pos), pos
        inner = start + 1
    if start < 0 or end < 0 or "\n" in text[start:end] or text[inner] != " ":
        return False
    return not (text[start] == "(" and len(text[start + 1 : end].split()) <= 3 and _in_prose_sentence(text, start, end))


def _in_prose_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` stands in a line of prose: 8 words or more, ending like a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.split()) >= 8 and line.rstrip()[-1:] in '.!?"”'


def _capitalised_both_sides(text: str, s: int, e: int) -> bool:
    before = _TOKEN_START.search(text, max(0, s - 40), s).group()
    after = _TOKEN_REST.match(text, e, min(len(text), e + 40)).group()
    return bool(before[:1].isupper() and after[:1].isupper())
