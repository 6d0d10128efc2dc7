"""Numbers and dates: repair formatting damaged by machine translation or a
locale mix-up, never changing a value.

Rules (each an edit rule ``numbers.<rule>``):

* ``thousands_space``: a digit group separator that is a space, no-break
  space (U+00A0), narrow no-break space (U+202F), thin or figure space, or
  an apostrophe becomes a comma: ``2 500`` -> ``2,500``.  No-break, thin
  and figure spaces and apostrophes are strong evidence.  A plain space
  needs more, because ``in 2004 500 people`` is two numbers: groups of
  exactly three digits after a first group of one to three digits not
  starting with 0, and either several groups (``1 000 000``), or the
  document grouping digits that way elsewhere, or a currency sign before
  (``£131 961``), or a plain word before and a lower-case word after
  (``about 2 600 isolation rooms``) or a quantity word before and
  punctuation after (``rose to 2 500.``).  Never after ``page``, ``No.``,
  a month..., never at the start of a line (numbered lists), never before
  ``-digit`` (``10 737-800 planes``) or a capitalised word (``400 737 Max``).
* ``thousands_european``: ``2.500`` -> ``2,500`` and ``2,5`` -> ``2.5``,
  only when the document's convention is unambiguously European (it has
  European-only forms such as ``1.234.567``, ``1.234,5``, ``30.000``,
  ``£1,30`` or ``2,5 million`` and no English-only forms such as ``2,500``
  or ``2.75``); see :func:`number_convention`.  Whatever the convention, a
  full stop before three digits and a count noun groups thousands (``about
  1.200 people`` -> ``about 1,200 people``: a count is whole), not before
  ``per`` (a density may be a fraction).
* ``decimal_comma``: ``2,5 million``, ``2,5%``, ``3,75 per cent``,
  ``5,99 €``, ``£1,30`` -> ``2.5 million`` ...; only with one, two or
  four-plus digits after the comma (``2,500 million`` is English), never
  in lists (``1,2,3``) and never ``£135,00`` (a typo for thousands).
* ``percent_space``: ``30 %`` -> ``30%``.
* ``currency_space``: ``$ 5``, ``€ 5``, ``£ 5``, ``US$ 5`` -> ``$5``...;
  ``currency_after``: ``5 $``, ``5 €``, ``3 million £`` -> ``$5``,
  ``€5``, ``£3 million``.  ``5 euros`` and ISO codes (``USD 5``) are kept.
* ``plural_magnitude``: ``5 millions``, ``2.5 billions``, ``18 percents`` -> ``5 million``, ``2.5 billion``, ``18 percent``
  (not before "of": "2 millions of them" is left);
* ``unit_word``: ``5 mln``, ``3 bln``, ``1 trln`` -> ``5 million``...;
  ``thousand``: ``20 thous.`` -> ``20,000`` and ``2.5 thousand`` ->
  ``2,500`` (only when the product is a whole number; ``5 thousand`` is
  good English and kept).  The abbreviation's full stop is dropped inside
  a sentence, kept at its end, and the edit is skipped when that cannot be
  told (``5 mln. American viewers``).
* ``month_dot``: ``October. 10`` -> ``October 10`` (when what follows the
  day reads as a date, or a date preposition comes before and no count
  noun after: ``in October. 10 people died`` is kept); ``day_dot_month``:
  ``10. October`` -> ``10 October`` (after ``on``, ``from``, ``since``...);
  ``ordinal_dot``: ``the 3. of December`` -> ``the 3rd of December``;
  ``day_of_month``: ``on the 15 of March`` -> ``on March 15`` (``15 March`` in a
  document that writes the day first; ``March 15, 2024`` before a year);
  ``abbr_month_space``: ``Oct.10`` -> ``Oct. 10``; ``ordinal_space``:
  ``10 th`` -> ``10th`` (only the right suffix for the number);
  ``time_colon``: ``10 :30`` -> ``10:30``, ``5: 47 p.m.`` -> ``5:47 p.m.``,
  ``05: 03: 17`` -> ``05:03:17``.
* ``range_space``: ``2014 - 2017`` -> the document's year-range style
  (``2014-2017`` unless the document writes ``2014–2017`` or ``2014 –
  2017``); only years, only increasing, never in arithmetic.

Never touched: URLs, e-mail addresses, IP addresses, version numbers,
ISBNs, phone numbers (leading zero or ``+``), scores (``2-1``), verse
references and times (``3:16``), numbers inside identifiers, code and
shell lines.  Documents that are not English (few English function words)
are left alone: ``100 %`` and ``17.000`` are right in French or Indonesian.

The step makes two passes (the numbers, then what surrounds them) and
repeats them until nothing changes, so ``2,5 €`` becomes ``€2.5`` in one
run; the rounds are merged into edits over the step's input.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = Numbers()
>>> text = "About 2\\u00a0500 troops, 30 % of them, arrive on October. 10, at 10 :30."
>>> apply_edits(text, list(step.find_edits(Document(text))))
'About 2,500 troops, 30% of them, arrive on October 10, at 10:30.'
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, repeat

import regex

from ..datafiles import load_words
from ..document import Document
from ..edits import Cleaned, Edit, Trace, apply_edits, resolve_overlaps
from . import Step

__all__ = ["Numbers", "number_convention"]

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: MT renderings of Russian/European abbreviations, with their English word.
UNIT_WORDS = {"mln": "million", "bln": "billion", "mlrd": "billion", "trln": "trillion"}
#: Words before a day number that make ``10. October`` a date.
_DATE_PREPOSITIONS = frozenset(
    (
        "on",
        "from",
        "until",
        "till",
        "since",
        "by",
        "before",
        "after",
        "between",
        "of",
        "On",
        "From",
        "Until",
        "Since",
        "By",
        *WEEKDAYS,
    )
)
#: A single plain-space group is not a thousands separator after these words.
_NOT_QUANTITY_BEFORE = frozenset(
    (
        "no",
        "number",
        "page",
        "pages",
        "article",
        "chapter",
        "section",
        "room",
        "flight",
        "route",
        "highway",
        "line",
        "bus",
        "platform",
        "gate",
        "model",
        "version",
        "season",
        "series",
        "episode",
        "verse",
        "psalm",
        "rule",
        "code",
        "tel",
        "phone",
        "fax",
        "box",
        "suite",
        "unit",
        "ext",
        "vol",
        "issue",
        "isbn",
        "grade",
        "class",
        "level",
        "stage",
        "step",
        "lesson",
        # a number to call ("call 116 123", "dial 112 000"; probe56)
        "call",
        "dial",
        "ring",
        "text",
        "telephone",
        "helpline",
        "hotline",
        *(m.lower() for m in MONTHS),
        *(m.lower() for m in MONTH_ABBREVIATIONS),
    )
)

#: "... on <number>" after a verb of contacting: a phone number ("can be contacted on", "call
#: us free on", "ring Childline on")
_PHONE_ON = regex.compile(
    r"\b(?i:contact(?:ed)?|call(?:ed)?|ring|phone(?:d)?|telephone|text|reach(?:ed)?|helpline|hotline|available|support)\b"
    r"[^.\n]{0,40}\bon\ \Z"
)

_MONTH_ALT = "|".join(MONTHS)
_ABBR_ALT = "|".join(MONTH_ABBREVIATIONS)
_SP = "[ \u00a0\u202f\u2009\u2007]"

# --- things never touched -------------------------------------------------------------
_PROTECTED = regex.compile(
    r"""
    (?:https?://|ftp://|www\.)[^\s<>"]+                          # URLs
  | (?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++                # e-mail
  | (?<![\w.-])[\w-]++(?:\.[\w-]++)++(?<=\.(?:com|org|net|gov|edu|int|mil|co|uk|io|de|fr|ru|cn|info|biz|eu|us|ca|au))
    (?![\w-])(?:/[^\s<>"]*+)?                                      # domains
  | (?<![\d.])(?!\d{1,3}\.\d{1,3}\.000\.000(?![\d.]))(?:25[0-5]|2[0-4]\d|[01]?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|[01]?\d?\d)){3}(?![\d.])  # IPv4 (octets of at most 255, not two zero groups last: not 1.200.000.000, 3.400.000.000)
  | (?i:\bv(?:er(?:sion|\.)?)?\s?)\d+(?:\.\d+)+                   # explicit versions
  | (?i:\bISBN(?:-1[03])?:?\s*)[\dX][\dX\s-]{8,}[\dX]            # ISBNs
  | (?i:\b(?:tel|phone|telephone|fax|call|mobile|ph)\.?:?\s*)\+?[\d(][\d\s().\-/]{5,}\d
  | \+\d[\d\s().\-/]{5,}\d                                        # international phone numbers
  | (?<![\w.]|\d[\s'’])0\d{2,4}(?:[\s\-./]\d{2,4}){1,4}(?![\w.]\d)         # national phone numbers
  | (?<![\w.])\d{3}[\-.]\d{3}[\-.]\d{4}(?!\d)                     # 555-123-4567
  | (?<!\w)\d*+[^\W\d]++\d[\w.\-/]*+                               # identifiers A320, B2B, x_2018
  | (?m:^[ \t]*(?:\$|>>>|\#|//|%)[ \t](?!\d).*$)                         # shell / REPL / comment lines
  | (?m:^.*(?:==|!=|&&|\|\||=>|[{}]|;[ \t]*$).*$)                 # code lines
    """,
    regex.VERBOSE,
)

# --- the document's convention ----------------------------------------------------------
# (a point after a zero is a decimal point in any convention: "0.750" writes three decimals)
_EN_EVIDENCE = regex.compile(
    r"(?<![\w.,'’])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2}|\d+\.\d{4,}|0\.\d{3})(?![\w,]|\.\d)"
)
#: units a measure is given to three decimals in ("exactly 2.000 carats", "9.000 seconds"):
#: three zeros before them are no thousands group (probe29)
_PRECISE = r"(?:carats?|ct|seconds?|secs?|grams?|g|milligrams?|mg|micrograms?)\b"
_EU_EVIDENCE = regex.compile(
    r"""(?<![\w.,'’\-])(?:
        \d{1,3}(?:\.\d{3}){2,}(?:,\d+)?          # 1.234.567
      | \d{1,3}(?:\.\d{3})+,\d+                  # 1.234,5
      | \d+,(?:\d{1,2}|\d{4,})(?=\s?(?:%|per\s?cent\b|percent\b|million|billion|trillion|mln\b|bln\b|bn\b))
      | (?<!exactly\ )[1-9]\d{0,2}\.000(?!\s?(?:%|per\s?cent\b|percent\b|"""
    + _PRECISE
    + r"""))  # 30.000: English never writes those decimals
      | (?<=[$€£¥])\d{1,2},\d{2}                # £1,30
    )(?![\w,]|\.\d)""",
    regex.VERBOSE,
)


# Every match of _EN_EVIDENCE and _EU_EVIDENCE starts a run of digits (the character
# before is not a word character) that a separator and a digit follow: those run starts
# are the only places the two patterns are tried (their lookbehinds still see the text).
_SEPARATED_RUN = regex.compile(r"(?<!\d)\d++(?=[.,]\d)")


def number_convention(text: str) -> str:
    """``"eu"`` when ``text`` writes numbers only the European way, ``"en"`` when
    it has English-only forms, ``"unknown"`` otherwise.

    >>> number_convention("2.500 troops and 2,5 million euros"), number_convention("2,500 and 2.5")
    ('eu', 'en')
    """
    return _convention(text, [m.start() for m in _SEPARATED_RUN.finditer(text)])


def _convention(text: str, starts: list[int]) -> str:
    """:func:`number_convention` given the starts of the digit runs that a separator
    and a digit follow."""
    if not starts:
        return "unknown"
    en_match = _EN_EVIDENCE.match
    if any(en_match(text, s) for s in starts):
        return "en"
    eu_match = _EU_EVIDENCE.match
    hits = [(s, m.group()) for s in starts if (m := eu_match(text, s)) is not None]
    found = [f for _, f in hits]
    if found and all(f == "1.000" for f in found) and any(_THREE_DECIMALS.match(text, s) for s in starts):
        # "from 1.000 to 1.125": a ratio or a rate written to three decimals, as the text
        # writes other numbers (a lone "1.000 lights" is still a thousand)
        return "unknown"
    if (
        found
        and all(_ZEROS_ONLY.fullmatch(f) for f in found)
        and not any(_count_thousands().match(text, s) for s, _ in hits)
    ):
        # only "14.000"s that count nothing: a score, a rating, a reading to three decimals
        # ("posting 14.000 on an apparatus", "a 1.000 OPS"; probe34): no evidence
        return "unknown"
    return "eu" if found else "unknown"


_ZEROS_ONLY = regex.compile(r"[1-9]\d{0,2}\.000")


_THREE_DECIMALS = regex.compile(r"\d\.(?!000)\d{3}(?![\d,]|\.\d)")


# --- pass A: the numbers themselves --------------------------------------------------------
_L = r"(?<![\w.,'’:/#@&+\-\u00a0\u202f\u2009\u2007])"  # left edge of a free-standing number
_GROUPED = regex.compile(
    _L
    + r"(?<!\d[ \u00a0\u202f\u2009\u2007])(?P<head>[1-9]\d{0,2})(?P<groups>(?:[ \u00a0\u202f\u2009\u2007'’]\d{3})++)(?P<frac>\.\d+)?"
    + r"(?P<suffix>(?:st|nd|rd|th|bn|m|km|k|kg)\b)?(?![\w'’]|[.,:/]\d|[ \u00a0\u202f\u2009\u2007'’]\d)"
)
_EUROPEAN = regex.compile(
    r"(?<![\w.,'’:/#@&+\u00a0\u202f\u2009\u2007])"  # a hyphen may join a range: "0,7-0,8%"
    + r"(?:(?P<int>\d{1,3}(?:\.\d{3})+)(?:,(?P<frac>\d+))?|(?P<int2>\d+),(?P<frac2>\d{1,2}|\d{4,}))(?![\w'’]|[.,:/]\d)"
)
# Two or more full stops grouping thousands ("16.384.403") are no decimal in any convention:
# grouped whatever the document's (not an IP address: four parts of at most 255)
_MULTI_GROUP = regex.compile(
    r"(?<![\w.,'’:/#@&+\u00a0\u202f\u2009\u2007-])(?P<int>[1-9]\d{0,2}(?:\.\d{3}){2,})(?![\w'’]|[.,]\d)"
)


def _multi_group(text: str, start: int) -> regex.Match[str] | None:
    """:data:`_MULTI_GROUP` at ``start``, but for an IP address.

    >>> _multi_group("16.384.403 voters", 0).group(), _multi_group("192.168.100.200", 0)
    ('16.384.403', None)
    >>> _multi_group("1.000.000.000 dollars", 0).group(), _multi_group("1.200.000.000 dollars", 0).group()
    ('1.000.000.000', '1.200.000.000')
    """
    m = _MULTI_GROUP.match(text, start)
    if m is not None:
        parts = m["int"].split(".")
        # (but "1.000.000.000" and "1.200.000.000" are amounts: two groups of zeros last)
        if len(parts) == 4 and all(int(p) <= 255 for p in parts) and parts[2:] != ["000", "000"]:
            return None
    return m


#: ... but an average of a count may be a fraction ("the average household has 1.125
#: children"): such a word in the clause before the number leaves it alone
_AVERAGE_BEFORE = regex.compile(
    r"\b(?:average|averaged|averages|mean|median|ratio|rate)\b[^.;:!?\n]{0,60}\Z", regex.IGNORECASE
)


#: ... and an amount of a currency after the name of another currency, or a rate, in its
#: clause is an exchange rate, quoted to three or four decimals ("the euro was worth 1.125
#: dollars", "against the dollar at 1.250 lira")
_RATE_BEFORE = regex.compile(
    r"\b(?:(?:the|one|a|per|each)\ (?:\p{Lu}\p{L}+\ )?(?:euro|dollar|pound|yen|yuan|rouble|ruble|rupee|lira|won|franc"
    r"|dinar|rial|riyal|dirham|shekel|real|rand|peso|krona|krone|zloty|forint|hryvnia|tenge|baht|ringgit|rupiah|naira"
    r"|shilling|currency|greenback)"
    r"|exchange\ rate|against\ the|rates?\ of)\b[^.;:!?\n]{0,60}\Z",
    regex.IGNORECASE,
)


# A full stop before three digits and a count noun (data/numbers/count_nouns.txt) groups
# thousands whatever the document's convention: a count of people or things is whole ("about
# 1.200 people were killed" is 1,200 people; 1.2 people cannot be); not before "per" (a density
# may be a fraction).  So does ".000" before a unit of measure: a decimal is not written with
# three zeros but to show a precision news never gives ("930.000 barrels", "15.000 per dollar")
#: one lower-case word may stand between the number and its count noun ("4.100 civil
#: servants"), but no multiplier, rate or comparison ("1.125 million people", "1.125 times
#: more people" are fractions)
_MODIFIER = (
    r"(?:(?!(?i:million|billion|trillion|thousand|hundred|mln|bln|times|fold|percent|per|cent|of|and|or|to)\b)"
    r"\p{L}\p{Ll}{2,}[ \u00a0]+)?"
)
#: ... (a capitalised one too: "1.500 Indigenous people", probe27)
#: after three zeros, a plural noun or "of whom" counts too: "8.000 kitchens", "about 2.000 of
#: whom" (probe27: English writes no decimal with three zeros; not a factor, a rate or a share)
_AFTER_THREE_ZEROS = (
    r"(?!(?:times|percent|cents?|points|scores|marks|years|seconds|minutes|hours|days|odds|carats|grams|milligrams|micrograms"
    r"|has|was|this|thus|its|across|always"
    r"|perhaps|unless|whereas|besides)\b)(?:(?!(?:on|in|at|of|to|for|by|and|or|the|an|as|with|from|into|over|per|than)\b)\p{Ll}{2,}\ (?=\p{Ll}{2,}(?<![su])s\b))?"
    r"\p{Ll}{2,}(?<![su])s\b"
    r"|of\ (?:whom|them|which)\b"
)


@lru_cache(maxsize=1)
def _count_thousands() -> regex.Pattern[str]:
    # the plurals of the always-capitalised words count people or days too ("411.000 Syrians",
    # "1.500 Iraqis"), and demonyms in -ese are their own plural ("2.500 Chinese")
    capitalised = load_words("titlecase/always_capitalised.txt")
    plurals = {w + "s" for w in capitalised if not w.endswith("s")} | {
        w for w in capitalised if w.endswith(("ns", "is", "ese"))
    }
    currencies = load_words("numbers/currency_nouns.txt")
    words = load_words("numbers/count_nouns.txt") | plurals
    nouns = "|".join(sorted(map(regex.escape, words - currencies), key=len, reverse=True))
    money = "|".join(sorted(map(regex.escape, currencies), key=len, reverse=True))
    # a count before "per" may be a density, a fraction ("1.500 people per square km"); an
    # amount of a currency counted in whole units before "per" is a price ("6.500 dong per
    # kilogram", probe47), but for an exchange rate ("1.125 dinars per dollar")
    return regex.compile(
        r"(?<![\w.,'’:/#@&+$€£¥\u00a0\u202f\u2009\u2007-])(?<!exactly\ )(?P<int>[1-9]\d{0,2})\.(?P<group>\d{3})"
        rf"(?=[ \u00a0]+{_MODIFIER}(?:(?P<noun>{nouns})\b(?![ \u00a0]+per\b)"
        rf"|(?P<money>{money})\b(?![ \u00a0]+per[ \u00a0]+(?:(?:us|u\.s\.)[ \u00a0]+)?(?:{money}|dollars?|euros?|pounds?|yuan|yen)\b))"
        rf"|(?<=\.000)[ \u00a0]+(?:(?:{_UNITS}|bpd)\b|{_AFTER_THREE_ZEROS})"
        # ... and after a word of approximation a plural noun but a unit: no one writes three
        # decimals of an estimate ("about 3.500 balloons", probe120)
        rf"|(?<=\b(?:about|some|nearly|around|approximately|almost|roughly|more\ than|at\ least)[ \u00a0]+[1-9]\d{{0,2}}\.\d{{3}})"
        rf"(?P<approx>)[ \u00a0]+(?!(?:{_UNITS})\b){_AFTER_THREE_ZEROS})"
    )


_MULTIPLIER_AFTER = r"(?:%|[€£¥](?!\d)|\$(?![\d\w])|per\s?cent\b|percent\b|pc\b|millions?\b|billions?\b|trillions?\b|mln\b|bln\b|mlrd\b|trln\b|bn\b|mn\b|m\b|tn\b)"
# Units of measure: "121,5 kilograms" has one digit after its comma, so it is a decimal
# (a thousands group has three).  Whole words only; symbols that are also words stay out.
_UNITS = (
    "kilograms?|kilos|kg|grams?|tonnes?|tons?|metres?|meters?|kilometres?|kilometers?|km|miles?|"
    "centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|litres?|liters?|hectares?|acres?|"
    "degrees?|hours?|barrels|dollars|euros|pounds|yuan|roubles|rubles|rupees|yen|francs|"
    "liras?|hryvnias?|pesos|reais|rupiah|dirhams|riyals|shekels|zlotys|"
    "megawatts?|gigawatts?|MW|GW|kWh|"
    # an index or a rate moves in points: "up 1,6 percentage points", "fell 12,5 points"
    "percentage\\spoints?|points?|"
    # a rate: "90,5 per dollar", "1,25 per share"
    "per\\s(?:dollar|euro|pound|barrel|share|ounce|tonne|ton|kilogram|kilo|litre|liter|gallon|capita)"
)
#: a factor in a comparison: "3,5 times above the limit", "a 2,5-fold rise" ("played 5,6
#: times" may be a list written without spaces, as "Teams 1,2 and 3")
_FACTOR = (
    r"times\ (?:above|below|higher|lower|more|less|fewer|greater|larger|bigger|smaller|faster|slower|as|over|the)\b"
    r"|fold\b"
)
#: an earthquake's magnitude: "a 6,0-magnitude quake", "magnitude 6,0" (probe18; one digit
#: each side: no count of three digits)
_MAGNITUDE = r"magnitude\b|(?<=\b[Mm]agnitude[\ \-]\d,\d)"
#: a span of time: "jailed for 1,5 years" (probe39; not in _UNITS, which also reads ".000"
#: before a unit as thousands: "9.000 seconds" is a timing)
_DURATION = r"(?:years?|months?|weeks?|days?)\b"
_DURATION_AFTER = regex.compile(r"[\s\-]?(?:years?|months?|weeks?|days?|hours?)\b")
#: currencies after an amount with a decimal comma ("1,60 leva", "4,50 lei", probe57): with
#: one or two digits after the comma no thousands group is read (_UNITS has the commonest)
_CURRENCY_WORDS = (
    r"(?:leva|lei|forints?|korun[ay]?|kroner|kronor|tenge|naira|cedis?|shillings?|rand|kwacha|birr|taka|dong"
    r"|baht|ringgit|soles|bolivianos|guaranies|lempiras|quetzales|colones|dinars?|manats?|somoni|lari|drams?"
    r"|tugriks?|kyats?|riels?|hryvnias?|denars?|marks|kuna|euro\ cents|cents)\b"
)
_DECIMAL_UNIT_AFTER = rf"(?:{_MULTIPLIER_AFTER}|(?:{_UNITS})\b|{_FACTOR}|{_MAGNITUDE}|{_DURATION}|{_CURRENCY_WORDS})"
#: what ends a range of percentages ("6,5-7%", "0,5-1,5 percent")
_PERCENT_UNIT = r"(?:%|percent\b|per\ cent\b)"
_DECIMAL_COMMA = regex.compile(
    # (a hyphen joins a unit used as an adjective: "a 37,5-kilometer road")
    # (and a range's first number: "6,5-7%", "0,5-1,5 percent")
    _L
    + r"(?<!\d,\s?)(?P<int>\d+),(?P<frac>\d{1,2}|\d{4,})"
    + r"(?=[\s\-]?"
    + _DECIMAL_UNIT_AFTER
    + r"|[\-–]\d{1,3}(?:,\d{1,2})?[\s\-]?"
    + _PERCENT_UNIT
    # a range in words, its second number with its unit: "between 1,20 and 1,60 leva"
    + r"|\ (?:and|to)\ \d+,(?:\d{1,2}|\d{4,})[\s\-]?"
    + _DECIMAL_UNIT_AFTER
    + r")(?!,\d)"
)
# the second number of such a range ("0,5-1,5 percent"), after the first
_RANGE_DECIMAL_COMMA = regex.compile(
    r"(?<="
    + _L
    + r"\d{1,3}(?:,\d{1,2})?[\-–])(?P<int>\d{1,3}),(?P<frac>\d{1,2})(?=[\s\-]?"
    + _PERCENT_UNIT
    + r")(?![,.]\d)"
)
_CURRENCY_DECIMAL_COMMA = regex.compile(
    r"(?<=(?<![\w$€£¥])(?:[A-Z]{1,2})?[$€£¥])(?P<int>\d{1,2}),(?P<frac>\d{2})(?![\w,]|[.,]\d)"
)
#: ... and after a currency written with letters, glued or spaced: "RM2,60", "Sh10,4 trillion",
#: "RM2,5 billion" (probe30): two decimals, or one before a multiplier (a thousands group
#: has three digits; "Rs 1,50,000" is Indian grouping, left alone)
_PREFIX_CURRENCY = ("RM", "Rs", "Rp", "Sh", "Tk", "₹", "₦", "₱", "₩", "R$", "S$", "A$", "C$")
_PREFIX_CURRENCY_DECIMAL = regex.compile(
    r"(?<![\p{L}\p{N}])(?:RM|Rs\.?|Rp|K?Sh|TSh|Tk|₹|₦|₱|₩|R\$|S\$|HK\$|A\$|C\$|NZ\$|US\$)[ \u00a0]?"
    r"(?P<int>\d{1,3}),(?P<frac>\d{2}(?![\d,]|\.\d)|\d(?=[ \u00a0]?(?:million|billion|trillion|bn|mn|tn)\b))"
)
#: a thousands comma with a space on one side only: "1 ,200" (a list is "1, 2"), or before
#: three zeros: "15, 000", "12. 000" (no list item or sentence starts "000")
_SPACED_GROUP_COMMA = regex.compile(
    r"(?<![\w.,'’:/#@&+\-])\d{1,3}(?P<sp>\ ,\ ?(?=\d{3}(?![\d.,]))|[,.]\ (?=000(?![\d.,])))"
)
_UNIT_WORD = regex.compile(r"(?<=\d)(?P<sp>[ \u00a0]?)(?P<word>mln|bln|mlrd|trln)\b(?P<dot>\.(?!\.))?")
_CURRENCY_THOUSANDS = regex.compile(r"(?<=[$€£])(?P<int>[1-9]\d{0,2})\.000(?![\d.,])")
_PLURAL_MAGNITUDE = regex.compile(
    r"(?<=\d[ \u00a0])(?P<word>million|billion|trillion|percent)(?P<s>s)\b(?![ \u00a0]+of\b)"
)
_THOUSAND = regex.compile(
    _L
    + r"(?P<num>\d+(?:[.,]\d{1,2})?)[ \u00a0]?(?:(?P<thous>thous\.|thous\b|ths\.)|(?P<thousand>thousand\b)(?![ \u00a0]*(?:million|billion)))(?![\w\u00a0]|[.,]\d)"
)
_MAX_ROUNDS = 3

# --- pass B: what surrounds them -----------------------------------------------------------
_PERCENT = regex.compile(r"(?<=\d)[ \u00a0\u202f\u2009\u2007]+%(?![\w(]|[ \u00a0]*\d)")
# the per-cent sign written before the number, as Turkish writes it ("rose % 71,6", "%98"):
# after a word of two letters or more and a space (or at a line's start), before a word or
# the end of a clause ("x % 2)" is a modulo in code)
#: what may follow a number these patterns rewrite: a word or the end of a clause
_WORD_OR_CLAUSE_END = r"(?=[ \u00a0]\p{L}|[.,;:!?](?:\s|\Z)|\s*\Z)"
_PERCENT_BEFORE = regex.compile(
    r"(?:(?<=\p{L}{2}\ |[,;:]\ )|(?<=^)|(?<=\n))%[ \u00a0]?(?P<int>\d{1,3})(?:[.,](?P<frac>\d{1,2}))?"
    # (not before a multiplier: "%2 thous." is no "2%", found by Hypothesis)
    + r"(?![ \u00a0]?(?:thous|thousand|million|billion|trillion|mln|bln|bn|mn|tn)\b)"
    + _WORD_OR_CLAUSE_END
)
# a fraction below one written with a decimal comma ("the rate stood at 0,75 in 2024"): no
# thousands group starts with a zero, so the comma is a decimal one; between a word and a
# word or a clause's end (not a list "0,1,2", not code)
_ZERO_DECIMAL = regex.compile(r"(?<=\p{L}[ \u00a0])(?P<int>0),(?P<frac>\d{1,3})" + _WORD_OR_CLAUSE_END)
#: conditions of rules found by their own pattern, not at a digit run (_Sites)
_OTHER_SITES = ("percent_before", "zero_decimal")
_CURRENCY_BEFORE = regex.compile(r"[$€£¥](?P<sp>[ \u00a0\u202f\u2009\u2007]+)(?=\d)")
_CURRENCY_PREFIX = regex.compile(r"(?:\A|[^\w$€£¥])(?:[A-Z]{1,2})?\Z")  # "", "US", "A" before the sign
_CURRENCY_AFTER = regex.compile(
    _L
    + r"(?<![$€£¥][ \u00a0\u202f\u2009\u2007]?|\d[ \u00a0\u202f\u2009\u2007'’])(?P<num>\d[\d,.]*\d|\d)(?P<mult>[ \u00a0](?:million|billion|trillion)|bn|m)?(?P<sp>[ \u00a0\u202f\u2009\u2007]?)(?P<cur>[€£¥]|(?<=[ \u00a0\u202f\u2009\u2007])\$)(?![\w$€£¥/]|[ \u00a0\u202f\u2009\u2007'’]?\d|[.,:;\-]\d)"
    + r"(?![ \u00a0]?(?:million|billion|trillion|thousand|mln|bln|trln|mlrd|thous|ths|bn)\b)"
)
_CONTINENTAL_AMOUNT = regex.compile(r"(?P<int>\d{1,3}(?:\.\d{3})+|\d{1,3})(?:,(?P<cents>\d\d))?")


def _continental_amount(num: str) -> str:
    """An amount written before its currency sign, the continental way, in English digits:
    dots between thousands, a comma before the cents ("2.000 €", probe39: "€2.000" would
    read as two euros).

    >>> _continental_amount("2.000"), _continental_amount("1.250.000,50"), _continental_amount("2,50")
    ('2,000', '1,250,000.50', '2.50')
    >>> _continental_amount("2,000"), _continental_amount("2.5"), _continental_amount("12")
    ('2,000', '2.5', '12')
    """
    m = _CONTINENTAL_AMOUNT.fullmatch(num)
    if m is None or not ("." in m["int"] or m["cents"]):
        return num
    return m["int"].replace(".", ",") + (f".{m['cents']}" if m["cents"] else "")


_MONTH_DOT = regex.compile(
    r"\b(?P<month>"
    + _MONTH_ALT
    + r")(?P<dot>\.[ \u00a0]?)(?P<day>[1-9]|[12]\d|3[01])(?=(?:st|nd|rd|th)?(?!\w|[.,:]\d))"
)
#: a full stop between a month and a year: "in March. 2024." (probe30); only where the year
#: ends the clause (punctuation, a line's end, a conjunction or preposition after it), so a
#: sentence that starts with a year ("It rained in March. 2024 was wetter.") stays
_MONTH_DOT_YEAR = regex.compile(
    r"\b(?P<month>"
    + _MONTH_ALT
    + r")(?P<dot>\.[ \u00a0])(?=(?:19|20)\d\d(?:[,;)]|\.(?!\d)|[ \t]*(?:\n|\Z)|[ \u00a0]+(?:and|or|to|until|after|before|when|while|but)\b))"
)
# after the day: what makes "October. 10" a date even when the sentence could end at "October."
_DATE_AFTER_DAY = regex.compile(
    r"(?:st|nd|rd|th)?(?:[,;)]|\.(?!\d)|[ \u00a0]+(?:\d{4}\b|and\b|to\b|or\b|through\b|until\b|till\b|[–—-][ \u00a0]))"
    r"|(?:st|nd|rd|th)?[ \t]*(?:\n|\Z)"
    # where the day happens: "for December. 5 in Brussels", "on May. 2 at Wembley" (a count
    # is followed by what it counts, not by a place: "10 people in Gaza")
    r"|(?:st|nd|rd|th)?[ \u00a0]+(?:in|at)[ \u00a0]+\p{Lu}"
)
# after the day: what makes it a count starting a sentence ("in October. 10 people died"); a
# word that cannot follow a count does not ("decide by May. 1 whether to ...", "a deadline
# of July. 6 for the talks": a count is followed by what it counts)
_COUNT_AFTER_DAY = regex.compile(
    r"(?:st|nd|rd|th)?[ \u00a0]+(?:(?:(?!(?:on|in|at|of|to|for|by|and|or|the|an|as|with|from|into|over|per|than|this|its|his|her|their)\b)"
    r"\p{Ll}{2,}[ \u00a0]+)?\p{Ll}{2,}(?<![su])s\b|(?:people|men|women|children|police|of|more|\d|%)\b"
    r"|(?:for|in)[ \u00a0]+every\b|out[ \u00a0]+of\b)"
)
#: what stands before "March. 2024" when the month and the year are one date ("in March.
#: 2024"): a preposition of time
_MONTH_YEAR_PREPOSITIONS = frozenset(
    ("in", "since", "from", "until", "till", "by", "before", "after", "of", "during", "late", "early", "mid")
)
_MONTH_PREPOSITIONS = frozenset(("on", "for", "by", "until", "till", "since", "from", "before", "after", "of"))
_DAY_DOT_MONTH = regex.compile(
    r"(?<![\w.,:/\-])(?P<day>[1-9]|[12]\d|3[01])(?P<dot>\.)(?=[ \u00a0](?:" + _MONTH_ALT + r")\b)"
)
# German/Russian ordinal dot: "the 3. of December" -> "the 3rd of December"
_ORDINAL_DOT_OF = regex.compile(
    r"(?<=\b[Tt]he[ \u00a0])(?P<day>[1-9]|[12]\d|3[01])(?P<dot>\.)(?=[ \u00a0]of[ \u00a0](?:" + _MONTH_ALT + r")\b)"
)
# ... and before a noun that takes an ordinal: "in the 78. minute" -> "in the 78th minute"
# (German, Polish, Czech and Hungarian write ordinals with a full stop; probe105)
_ORDINAL_NOUNS = (
    r"minute|place|round|lap|stage|anniversary|birthday|century|congress|session|edition|floor|position|seed"
)
_ORDINAL_DOT_NOUN = regex.compile(
    r"(?<=\b[Tt]he[ \u00a0])(?P<num>[1-9]\d{0,2})(?P<dot>\.)(?=[ \u00a0](?:" + _ORDINAL_NOUNS + r")\b)"
)
# "the 15 of March" (Spanish "el 15 de marzo", Russian "15 марта"): a translation's date,
# written as the document writes its other dates ("March 15", or "15 March" in a document
# that writes the day first), with AP's comma before a year ("March 15, 2024")
_DAY_OF_MONTH = regex.compile(
    r"\b(?P<the>[Tt]he)[ \u00a0](?P<day>[1-9]|[12]\d|3[01])[ \u00a0]of[ \u00a0](?P<month>" + _MONTH_ALT + r")\b"
    r"(?P<year>,?[ \u00a0](?:19|20)\d\d\b)?"
)
_MONTH_DAY = regex.compile(r"\b(?:" + _MONTH_ALT + r")[ \u00a0](?:[1-9]|[12]\d|3[01])\b")
_MONTH_AFTER = regex.compile(r"[ \u00a0](" + _MONTH_ALT + r")\b")
_DAY_MONTH = regex.compile(r"(?<![\d.,])\b(?:[1-9]|[12]\d|3[01])[ \u00a0](?:" + _MONTH_ALT + r")\b")
_ABBR_DOT_DAY = regex.compile(r"(?<![\w./@\-])(?:" + _ABBR_ALT + r")\.(?=(?:[1-9]|[12]\d|3[01])(?![\w/\-]|[.,:]\d))")
_ORDINAL = regex.compile(r"(?<![\w.,:/\-])(?P<num>\d+)(?P<sp>[ \u00a0]+|-)(?P<suf>st|nd|rd|th)\b")
_TIME_COLON = regex.compile(
    r"(?<![\w.:,/\-])\d{1,2}(?P<sp>[ \u00a0]+):(?=[0-5]\d(?:\.\d+)?(?![\d.,:]\d|\w))"
    r"|(?<![\w.:,/\-])(?:[01]?\d|2[0-4])(?P<sp2>[ \u00a0]*):(?P<sp3>[ \u00a0]+)(?=[0-5]\d(?:[ \u00a0]?(?:[ap]\.?m\b\.?|GMT\b|UTC\b|BST\b|CET\b|EST\b|hrs\b|local\b)))"
)
_CLOCK = regex.compile(
    r"(?<![\w.:,/\-])(?P<h>[01]\d|2[0-3])[ \u00a0]*:[ \u00a0]*(?P<m>[0-5]\d)[ \u00a0]*:[ \u00a0]*(?P<s>[0-5]\d)(?![\w.:,]\d|\w)"
)
# "at 12: 00", "from 0: 00 to 24: 00": a spaced clock time after a word that announces a time
_SPACED_TIME = regex.compile(
    r"(?<![\w.:,/\-])(?:[01]?\d|2[0-4])(?P<sp>[ \u00a0]*):(?P<sp2>[ \u00a0]+)(?=[0-5]\d(?![\d.,:]\d|\w))"
)
_TIME_WORDS = frozenset(("at", "from", "to", "until", "till", "since", "before", "after", "around", "by"))
_YEAR = r"(?:1[5-9]|20)\d\d"
_RANGE = regex.compile(
    r"(?<![\w.,:/+*=^×÷–—\-]|[+*=^×÷][ \u00a0])(?P<a>"
    + _YEAR
    + r")(?P<dash>[ \u00a0]+-[ \u00a0]*|[ \u00a0]*-[ \u00a0]+)(?P<b>"
    + _YEAR
    + r"|\d\d)(?![\w%]|[.,:/\-–]\d)"
)
_RANGE_STYLE = regex.compile(
    r"(?<![\w.,:/\-])" + _YEAR + r"(?P<dash>-|–| – )(?:" + _YEAR + r"|\d\d)(?![\w.,:/\-–]|\.\d)"
)
# --- pre-checks: where each rule's pattern can match ------------------------------------
# Every rule of the two passes needs a run of digits with something particular right
# before it (``$ 5``, ``October. 10``) or right after it (``5 %``, ``2 500``, ``10 :30``).
# One scan finds the runs that have any of these; a rule whose condition no run meets
# skips its own scan of the text.  Each condition is a necessary condition of its
# rule's pattern, so skipping never changes a result.
_SP_CHARS = "[ \u00a0\u202f\u2009\u2007]"
_START_SITES = {  # lookbehinds, tried at the first digit of a run (after a space or ".")
    "currency_before": r"[$€£¥]" + _SP_CHARS + "+",
    "month_dot": r"(?:" + _MONTH_ALT + r")\.[ \u00a0]?",
    "abbr_month": r"(?:" + _ABBR_ALT + r")\.",
}
_END_SITES = {  # tried right after the last digit of a run, by the character there
    "grouped": r"[ \u00a0\u202f\u2009\u2007'’]\d\d\d",
    "separated": r"[.,]\d",  # number_convention's evidence; decimal commas
    "currency_decimal_comma": r"(?<=[$€£¥]\d\d?),\d\d",
    # a multiplier or a unit (_DECIMAL_UNIT_AFTER), or a range's second number
    "decimal_comma": r",(?:\d{1,2}|\d{4,})(?:[\s\-]?[%€£¥$A-Za-z]|[\-–]\d)",
    "percent": _SP_CHARS + "+%",
    "currency_after": r"(?:[ \u00a0](?:million|billion|trillion)|bn|m)?" + _SP_CHARS + r"?[€£¥$]",
    "day_dot_month": r"\.[ \u00a0](?:(?:of|of\ the)[ \u00a0])?(?:" + _MONTH_ALT + ")",
    "ordinal_dot_noun": r"\.[ \u00a0](?:" + _ORDINAL_NOUNS + r")\b",
    "ordinal": r"(?:[ \u00a0]+|-)(?:st|nd|rd|th)\b",
    "day_of_month": r"[ \u00a0]of[ \u00a0](?:" + _MONTH_ALT + r")\b",  # _DAY_OF_MONTH: "the 15 of March"
    "time": r"[ \u00a0]+:[ \u00a0]*\d|:[ \u00a0]+\d",
    "range": r"[ \u00a0]+-[ \u00a0]*\d|-[ \u00a0]+\d",
    "unit_word": r"[ \u00a0]?(?:mln|bln|mlrd|trln)",  # _UNIT_WORD: after a digit
    "spaced_comma": r" , ?\d{3}|, 000",  # _SPACED_GROUP_COMMA
    "thousand": r"[ \u00a0]?(?:thous|ths\.)",  # _THOUSAND: after the last digit of its number
    "plural_magnitude": r"[ \u00a0](?:millions|billions|trillions|percents)\b",  # _PLURAL_MAGNITUDE
}
#: the characters each condition of _END_SITES can start with
_END_FIRST = {
    "grouped": " \u00a0\u202f\u2009\u2007'’",
    "separated": ".,",
    "currency_decimal_comma": ",",
    "decimal_comma": ",",
    "percent": " \u00a0\u202f\u2009\u2007",
    "currency_after": " \u00a0\u202f\u2009\u2007bm€£¥$",
    "day_dot_month": ".",
    "ordinal_dot_noun": ".",
    "ordinal": " \u00a0-",
    "day_of_month": " \u00a0",
    "time": " \u00a0:",
    "range": " \u00a0-",
    "unit_word": " \u00a0mbt",
    "spaced_comma": " ,",
    "thousand": " \u00a0t",
    "plural_magnitude": " \u00a0",
}
_START_LAST = " \u00a0\u202f\u2009\u2007."  # what every condition of _START_SITES ends with
#: what follows a digit run that meets a condition of _END_SITES: their alternation
#: factored on the first character, and a superset of it (the separated condition for the
#: decimal commas, one run of spaces of any kind where a condition allows only some):
#: the engine tests a few branches at each run.  (A run it finds that meets no condition
#: adds no name: _Sites checks each condition.)
_END_SCAN = (
    r"[.,]\d|['’]\d\d\d"
    + rf"|{_SP_CHARS}(?:\d\d\d|of[ \u00a0](?:{_MONTH_ALT})\b|{_SP_CHARS}*+(?:%|[€£¥$]|-[ \u00a0]*\d|:[ \u00a0]*\d|(?:st|nd|rd|th)\b)"
    + rf"|(?:million|billion|trillion){_SP_CHARS}?[€£¥$]|mln|bln|mlrd|trln|thous|ths\.)"
    + rf"|(?:bn|m){_SP_CHARS}?[€£¥$]|[€£¥$]|\.[ \u00a0](?:(?:of|of\ the)[ \u00a0])?(?:{_MONTH_ALT})"
    + rf"|\.[ \u00a0](?:{_ORDINAL_NOUNS})\b"
    + r"|:[ \u00a0]+\d|-[ \u00a0]+\d|-(?:st|nd|rd|th)\b|mln|bln|mlrd|trln|thous|ths\."
    + r"|[ \u00a0](?:millions|billions|trillions|percents)\b"
    # a thousands comma spaced off ("1 ,200", "15, 000")
    + r"|\ ,\ ?\d\d\d|[,.]\ 000"
)
# whole runs of digits (tried at a run's first digit only: linear in long runs) that
# meet a condition
_SITES_AFTER_FIRST_DIGIT = r"(?:(?<=(?:" + "|".join(_START_SITES.values()) + r")\d)\d*+|\d*+(?=(?:" + _END_SCAN + r")))"
_SITES = regex.compile(r"(?<!\d)\d" + _SITES_AFTER_FIRST_DIGIT)
_SITES_ASCII = regex.compile(r"(?<![0-9])[0-9]" + _SITES_AFTER_FIRST_DIGIT)  # the same in ASCII text, faster
_CURRENCY = frozenset("$€£¥")
_CURRENCY_OR_SPACE = frozenset("$€£¥ \u00a0\u202f\u2009\u2007")
_SPACE_OR_NBSP = frozenset(" \u00a0")
_ASCII_DIGITS = frozenset("0123456789")
_START_CHECK = {name: regex.compile(f"(?<={p})") for name, p in _START_SITES.items()}
_END_CHECK = {name: regex.compile(f"(?:{p})") for name, p in _END_SITES.items()}
_SEPARATED = _END_CHECK["separated"]
#: the conditions of _END_SITES that a full stop and a space start (checked with the separated runs)
_DOT_SPACE_SITES = ("day_dot_month", "ordinal_dot_noun")
#: the conditions of _END_SITES by the character after the run, but for "." and "," (the
#: separated runs, checked apart)
_END_CHECKS: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] = {
    c: tuple((name, _END_CHECK[name]) for name in _END_SITES if c in _END_FIRST[name])
    for c in set("".join(_END_FIRST.values())) - {".", ","}
}


# How far an end condition may reach after a digit run.  The bound matters: a pattern
# that needs a literal ("%") makes the engine look for it in the whole rest of the text
# first, so an unbounded match at every digit run was quadratic (benchmarks/adversarial.py,
# "mixed soup").  The whitespace step has already collapsed longer blank runs.
_SITE_WINDOW = 200


class _Sites:
    """The pre-check conditions met in a text (``names``), and the starts of the digit
    runs followed by a separator and a digit (``separated``)."""

    __slots__ = ("names", "separated")

    def __init__(self, text: str, non_ascii: frozenset[str] | None = None, *, plain: bool | None = None) -> None:
        """``non_ascii``: the text's non-ASCII characters, when known (``Document.non_ascii``);
        ``plain``: :func:`_ascii_digits`, when known."""
        names: set[str] = set()
        separated: list[int] = []
        if "%" in text and _PERCENT_BEFORE.search(text):
            names.add("percent_before")
        if "0," in text and _ZERO_DECIMAL.search(text):
            names.add("zero_decimal")
        if plain is None:
            plain = _ascii_digits(text, non_ascii)
        for m in (_SITES_ASCII if plain else _SITES).finditer(text):
            start, end = m.span()
            before = text[start - 1 : start]
            if before in _START_LAST:
                # a look at the characters before a check: each check's pattern needs them
                # (the full stop of the month or abbreviation, the sign before the spaces)
                if before == ".":
                    if "abbr_month" not in names and _START_CHECK["abbr_month"].match(text, start):
                        names.add("abbr_month")
                    if "month_dot" not in names and _START_CHECK["month_dot"].match(text, start):
                        names.add("month_dot")
                else:
                    before2 = text[start - 2 : start - 1]
                    if (
                        before2 == "."
                        and before in _SPACE_OR_NBSP
                        and "month_dot" not in names
                        and _START_CHECK["month_dot"].match(text, start)
                    ):
                        names.add("month_dot")
                    if (
                        before2 in _CURRENCY_OR_SPACE
                        and "currency_before" not in names
                        and _START_CHECK["currency_before"].match(text, start)
                    ):
                        names.add("currency_before")
            after = text[end : end + 1]
            if after == "." or after == ",":
                # every separated run counts; the other conditions once met are not checked
                # again; a look at a character before each check, as above
                following = text[end + 1 : end + 2]
                if (following in _ASCII_DIGITS) if plain else _SEPARATED.match(text, end, end + _SITE_WINDOW):
                    # [.,]\d: a digit after the separator (in this text an ASCII one)
                    names.add("separated")
                    separated.append(start)
                    if after == ",":
                        # a decimal comma has a digit after it; in an amount of money, it
                        # follows the sign and one or two digits (this whole run)
                        if "decimal_comma" not in names and _END_CHECK["decimal_comma"].match(
                            text, end, end + _SITE_WINDOW
                        ):
                            names.add("decimal_comma")
                        if (
                            "currency_decimal_comma" not in names
                            and before in _CURRENCY
                            and end - start <= 2
                            and _END_CHECK["currency_decimal_comma"].match(text, end, end + _SITE_WINDOW)
                        ):
                            names.add("currency_decimal_comma")
                if (
                    after in ",."
                    and following == " "
                    and "spaced_comma" not in names
                    and text.startswith("000", end + 2)
                ):
                    names.add("spaced_comma")  # "15, 000 troops", "12. 000 people"
                if after == "." and following in _SPACE_OR_NBSP:
                    # the day of "10. October", the ordinal of "the 78. minute"
                    for name in _DOT_SPACE_SITES:
                        if name not in names and _END_CHECK[name].match(text, end, end + _SITE_WINDOW):
                            names.add(name)
                continue
            for name, check in _END_CHECKS.get(after, ()):
                if name not in names and check.match(text, end, end + _SITE_WINDOW):
                    names.add(name)
        self.names = names
        self.separated = separated

    def may_edit(self, text: str) -> bool:
        """Whether a rule of the two passes may find an edit in ``text`` (the text of these
        sites): every rule needs a condition of ``names`` but for thousands_european,
        which needs the European convention, found at the separated runs, or a separated
        run that groups thousands before a count noun.

        >>> _Sites("In 2004, 1,500 troops").may_edit("In 2004, 1,500 troops")
        False
        >>> _Sites("about 1.200 people").may_edit("about 1.200 people")
        True
        """
        if len(self.names) > 1 or (self.names and "separated" not in self.names):
            return True
        if not self.separated:
            return False
        return (
            _convention(text, self.separated) == "eu"
            or any(map(_count_thousands().match, repeat(text), self.separated))
            or any(map(_multi_group, repeat(text), self.separated))
            or any(map(_CURRENCY_THOUSANDS.match, repeat(text), self.separated))
        )


def _ascii_digits(text: str, non_ascii: frozenset[str] | None) -> bool:
    r"""True when every decimal digit of ``text`` (``\d``) is an ASCII one: then ``[0-9]``
    finds what ``\d`` finds, several times faster.  (An unassigned character might be
    a digit to the ``regex`` module's newer Unicode tables: it makes the answer False.)

    >>> _ascii_digits("£5", frozenset("£")), _ascii_digits("٣", frozenset("٣")), _ascii_digits("é", None), _ascii_digits("€", None)
    (True, False, True, False)
    """
    if text.isascii() or _latin1(text):
        return True
    return non_ascii is not None and _ascii_digits_of(non_ascii)


def _ascii_digits_of(non_ascii: frozenset[str]) -> bool:
    """:func:`_ascii_digits` given the text's non-ASCII characters."""
    return not any(c.isdecimal() or unicodedata.category(c) == "Cn" for c in non_ascii)


def _latin1(text: str) -> bool:
    """Whether every character of ``text`` is Latin-1 (U+0000 to U+00FF), none of them a
    decimal digit but the ASCII ones (``²`` is not one: No, not Nd), none unassigned.

    >>> _latin1("£5"), _latin1("€5")
    (True, False)
    """
    try:
        text.encode("latin-1")  # a copy, for a text of one byte per character
    except UnicodeEncodeError:
        return False
    return True


_NEWLINE = regex.compile(r"\n")
_LETTERS = regex.compile(r"\p{L}+")
_WORD_BEFORE = regex.compile(r"([\p{L}]+)\.?[ \u00a0]*\Z")
_HYPHEN_DIGIT = regex.compile(r"-\d")
_COMMA_DIGIT = regex.compile(r",\s?\d")
_DIGIT_COMMA_END = regex.compile(r"\d,\s?\Z")
_DOT_OR_COMMA = regex.compile(r"[.,]")
_DIGIT_BEFORE_END = regex.compile(r"\d[.,]?[ \u00a0]?\Z")
_AMOUNT_GOES_ON = regex.compile(r"[ \u00a0]*[\d\p{L}]")
_SPACE_LOWER = regex.compile(r"[ \u00a0]\p{Ll}")
_SPACE_LOWER_OR_SIGN = regex.compile(r"[ \u00a0](?:\p{Ll}|[$€£¥](?!\w))")
_PUNCT_NOT_DIGIT = regex.compile(r"[.,;)](?!\d)")
_LINE_OR_PAREN_START = regex.compile(r"(?:^|[(])[ \u00a0]?\Z", regex.MULTILINE)

#: a rand amount grouped with a space ("R480 000", "R4 500", "R 20 000"): South African copy,
#: whose house style (SI, the government's style guide) groups every number so
_RAND_GROUPED = regex.compile(
    r"(?<![\p{L}\p{N}])R[ \u00a0\u202f\u2009]?[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\p{N}]|[.,]\d)"
)

_SPACE_GROUP_EVIDENCE = regex.compile(
    r"(?<![\w.,])[1-9]\d{0,2}(?:[\u00a0\u202f\u2009\u2007'’]\d{3})+(?![\w'’]|[.,]\d)|(?<![\w.,\d] ?)[1-9]\d{0,2}(?: \d{3}){2,}(?![\w]| \d|[.,]\d)"
)


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _group(int_digits: str) -> str:
    """``2500`` -> ``2,500`` (on the string: no size limit, no rounding)."""
    int_digits = int_digits.lstrip("0") or "0"
    head = len(int_digits) % 3 or 3
    return int_digits[:head] + "".join("," + int_digits[i : i + 3] for i in range(head, len(int_digits), 3))


class _Guard:
    """Whether an edit touches something never changed (URL, IP, phone, code line...).

    The protected spans are found one line at a time, only for lines that have a
    candidate edit, so a clean document costs nothing here.
    """

    __slots__ = ("lines", "newlines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[tuple[int, int], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        self.newlines: list[int] | None = None

    def covers(self, start: int, end: int) -> bool:
        text = self.text
        end = max(end, start + 1)
        # the line(s) around the edit, from the newline positions (found once: searching
        # the text for each edit would be quadratic in a long single-line text)
        newlines = self.newlines
        if newlines is None:
            newlines = self.newlines = [m.start() for m in _NEWLINE.finditer(text)]
        k = bisect.bisect_left(newlines, start) - 1
        ls = newlines[k] + 1 if k >= 0 else 0  # text.rfind("\n", 0, start) + 1
        k = bisect.bisect_left(newlines, end - 1)
        le = newlines[k] if k < len(newlines) else len(text)  # text.find("\n", end - 1), or the end
        key = (ls, le)
        found = self.lines.get(key)
        if found is None:
            # the protected spans, and the quotations not in English (two lists: each is
            # made of spans that do not overlap, sorted)
            found = self.lines[key] = (
                [m.span() for m in _PROTECTED.finditer(text, ls, le)],
                [
                    m.span()
                    for m in _QUOTATION.finditer(text, ls, le)
                    if _foreign(m.group()) or _quoted_figure(m.group())
                ],
            )
        for spans in found:
            k = bisect.bisect_left(spans, (end,)) - 1
            if k >= 0 and spans[k][1] > start:
                return True
        return False


#: a quotation on one line ("“Nous avons reçu plus de 10 000 demandes”", "the "BTP Valore
#: 3,35% 2031""): its numbers are written in its own language's style when it is not English
_QUOTATION = regex.compile(r"“[^”\n]{1,400}”|\"[^\"\n]{1,400}\"|«[^»\n]{1,400}»|„[^“”\n]{1,400}[“”]")
_QUOTE_WORD = regex.compile(r"\p{L}{2,}")


#: function words of the languages whose number style an English text quotes most (French,
#: Spanish, Italian, Portuguese, German, Dutch); none is an English word
_FOREIGN_WORDS = frozenset(
    "le la les des du et est une pour par dans qui que avec sur au aux nous vous ils elle pas "
    "el los las del y con para una es por lo como pero "
    "il gli della di che per non sono "
    "os da dos das em com uma não "
    "der das und ist mit von zu den dem ein eine nicht auf für wir sie "
    "het een van op zijn".split()
)


def _foreign(quotation: str) -> bool:
    """Whether a quotation is not in English: two or more words and none an English function
    word, or more function words of another language than of English (the machine
    translation of a quotation is English: "The growth was 3,5 percent").

    >>> _foreign("“Nous avons reçu plus de 10 000 demandes”"), _foreign('"BTP Valore 3,35% 2031"')
    (True, True)
    >>> _foreign("“Le déficit pourrait atteindre 2,5 millions d’euros par an”")  # "an" is English too
    True
    >>> _foreign("“Growth was 3,5 percent”"), _foreign('"3,5%"')
    (False, False)
    """
    words = [w.lower() for w in _QUOTE_WORD.findall(quotation)]
    english = sum(w in _ENGLISH_WORDS for w in words)
    return (len(words) >= 2 and not english) or sum(w in _FOREIGN_WORDS for w in words) > english


def _quoted_figure(quotation: str) -> bool:
    """Whether a quotation is a figure and its unit only, in another language's writing: a
    token with a digit, one or two tokens beside it, one of them no English unit word
    ("“312.450.000 TL”", "“R$ 70 bilhões”", "“2'031,4 Mio. CHF”"; probes 72, 77): the
    quotation marks say the form is the source's.

    >>> _quoted_figure("“312.450.000 TL”"), _quoted_figure("“R$ 70 bilhões”"), _quoted_figure("“2'031,4 Mio. CHF”")
    (True, True, True)
    >>> _quoted_figure("“3,5 percent”"), _quoted_figure("“1 200 tonnes”"), _quoted_figure("“Growth was 3,5%”")
    (False, False, False)
    >>> _quoted_figure("“1.234.567.890 Euro”")  # (German's capitalised unit, probe77)
    True
    """
    tokens = quotation[1:-1].split()
    if not 2 <= len(tokens) <= 3:
        return False
    figures = [t for t in tokens if any(c.isdigit() for c in t)]
    others = [t for t in tokens if t not in figures]
    if len(figures) != 1 or any(t.lower() in _ENGLISH_WORDS for t in others):
        return False
    # (case matters: English writes its unit words in lower case, German "Euro" is capitalised)
    return any(t.strip(".") not in _UNIT_WORDS for t in others)


#: English words for units and currencies after a figure: a quoted "3,5 percent" is a
#: translation's number, fixed as any
_UNIT_WORDS = frozenset(
    """percent per cent pct tonnes tons tonne ton kilometres kilometers km kg metres meters euros euro
    dollars dollar pounds pound yen yuan rubles roubles lira liras million billion trillion thousand
    people units barrels points""".split()
)


_ENGLISH_WORDS = frozenset(
    "the of and to is that for with was as by at it from he she said be are has have were his her an this "
    "which not or but will its their they who been had would could after about".split()
)


def _looks_english(text: str) -> bool:
    """Whether ``text`` is English enough for English number style (function-word share)."""
    words = _LETTERS.findall(text[:6000])
    if len(words) < 40:
        return True
    return sum(w.lower() in _ENGLISH_WORDS for w in words) >= 0.06 * len(words)


# a capitalised word and a lower-case one after a number: "3 500 American troops"
_DEMONYM_AFTER = regex.compile(r" (\p{Lu}\p{Ll}++) \p{Ll}")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Countries, their demonyms, continents (titlecase's always-capitalised words without
    the days and months: "5 000 Monday" is no count)."""
    return frozenset(load_words("titlecase/always_capitalised.txt")).difference(MONTHS, WEEKDAYS)


_QUANTITY_CUES = frozenset(
    "about some nearly almost around roughly approximately over under than total least most to by of reached from between".split()
)
_PLAIN_BEFORE = regex.compile(r"(?:(?:\A|\n|[ (])\p{L}+(?:['’]s?)?[,;:]?[ \u00a0]|(?:\A|\n)|[ (][$€£¥][ \u00a0]?|\()\Z")


#: Capitalised words that start a sentence rather than continue a noun phrase, so the
#: full stop before them ends the sentence: "5 mln. The ..." keeps it, "5 mln. American
#: viewers" is left alone.
_SENTENCE_STARTERS = frozenset(
    "The A An It He She They We I You This That These Those There Here But And Or So Yet "
    "In On At For By From With After Before During Since Until When While If As Although "
    "However Meanwhile Also Now Then Its His Her Their Our My Some Many Most All Both Each "
    "No Not Other Another Such What Which Who Mr Mrs Ms Dr Officials Analysts".split()
)
_DOT_DROP = regex.compile(r"[ \u00a0]+\p{Ll}|[ \u00a0]*[,;:)(]")
_DOT_KEEP = regex.compile(r"[ \t\u00a0]*(?:\n|\Z)|[\"'”’»]")
_DOT_NEXT_WORD = regex.compile(r"[ \u00a0]+[\"'“‘«]?(\p{Lu}\p{L}*)")


def _abbreviation_dot(text: str, pos: int) -> str | None:
    """What to do with the full stop at ``pos`` after an abbreviation that is expanded.

    ``"drop"`` when the sentence goes on, ``"keep"`` when it ends there, ``None``
    when that cannot be told (then the abbreviation is left alone).
    """
    if _DOT_DROP.match(text, pos + 1):
        return "drop"
    if _DOT_KEEP.match(text, pos + 1):
        return "keep"
    m = _DOT_NEXT_WORD.match(text, pos + 1)
    if m and m.group(1) in _SENTENCE_STARTERS:
        return "keep"
    return None


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _word_before_number(text: str, pos: int) -> str:
    """The word (lower case) before the number that ends with the space before ``pos``.

    >>> _word_before_number("In grade 6 percents", 11)
    'grade'
    """
    i = pos - 1
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    return _word_before(text, i).lower()


class Numbers(Step):
    """Number and date formatting repairs that keep every value.

    >>> from newsclean.document import Document
    >>> [e.rule for e in Numbers().find_edits(Document("rose 2,5 % in 2014 - 2017"))]
    ['numbers.decimal_comma', 'numbers.percent_space', 'numbers.range_space']
    """

    name = "numbers"

    def find_edits(self, doc: Document) -> Iterable[Edit]:
        text = doc.text
        # (doc.non_ascii only when the cheap tests cannot tell: it costs a scan of the text)
        sites = _Sites(text, plain=_ascii_digits(text, None) or _ascii_digits_of(doc.non_ascii))
        if not sites.may_edit(text):
            return []
        # Pass A rewrites the numbers, pass B what surrounds them.  A fix can reveal
        # another ("Oct.2€": the space after "Oct." frees the amount), so the passes
        # repeat on their own output until nothing changes (two rounds at most in
        # practice), and the rounds are merged into edits over the step's input.
        rounds: list[list[Edit]] = []
        current = text
        for _ in range(_MAX_ROUNDS):
            changed = False
            for finder in (self._pass_a, self._pass_b):
                guard = _Guard(current)
                edits = [e for e in finder(current, guard, sites) if not guard.covers(e.start, e.end)]
                if edits and not rounds and not _looks_english(text):
                    return []  # French "100 %" and Indonesian "17.000" are right in their language
                kept, _ = resolve_overlaps(edits, current)
                if kept:
                    rounds.append(kept)
                    current = apply_edits(current, kept)
                    sites = _Sites(current)
                    changed = True
            if not changed:
                break
        if len(rounds) <= 1:
            return rounds[0] if rounds else []
        trace = Trace(text)
        for edits in rounds:
            trace.apply(edits)
        return Cleaned(text, trace, {}, {}).edits

    # -- pass A ---------------------------------------------------------------------------
    def _pass_a(self, text: str, guard: _Guard, sites: _Sites) -> Iterator[Edit]:
        convention = _convention(text, sites.separated)
        on = sites.names
        space_grouping = None
        si_style = None
        for m in _GROUPED.finditer(text) if "grouped" in on else ():
            groups = m.group("groups")
            seps = set(groups[0::4])
            if len(seps) != 1:
                continue
            sep = seps.pop()
            digits = m.group("head") + groups.replace(sep, "")
            suffix = m.group("suffix") or ""
            if suffix in ("st", "nd", "rd", "th") and (m.group("frac") or _ordinal_suffix(int(digits[-3:])) != suffix):
                continue
            if _HYPHEN_DIGIT.match(text[m.end() : m.end() + 2]) and (sep == " " or suffix):
                continue  # "10 737-800 planes"; a strong separator may start a range: "1\u202f050-1,125"
            if sep not in "'’":
                if si_style is None:
                    si_style = _RAND_GROUPED.search(text) is not None
                if si_style:
                    continue  # South African copy groups digits with a space, rand amounts too (probe119)
            if sep == " ":
                if space_grouping is None:
                    space_grouping = any(
                        not guard.covers(g.start(), g.end()) for g in _SPACE_GROUP_EVIDENCE.finditer(text)
                    )
                if not self._plain_space_group_ok(text, m, space_grouping):
                    continue
            elif m.group("frac") and convention == "eu":
                continue
            replacement = _group(digits) + (m.group("frac") or "") + suffix
            yield self.edit(m.start(), m.end(), replacement, "thousands_space", f"digit groups separated by {sep!r}")
        if convention == "eu":
            for m in _EUROPEAN.finditer(text):
                if text[m.start() - 2 : m.start()].endswith("-") and text.startswith("-", m.end()):
                    continue  # "1-6,4-6": tennis sets
                if m.group("int"):
                    new = m.group("int").replace(".", ",") + ("." + m.group("frac") if m.group("frac") else "")
                else:
                    if _COMMA_DIGIT.match(text[m.end() : m.end() + 3]) or _DIGIT_COMMA_END.search(
                        text[max(0, m.start() - 3) : m.start()]
                    ):
                        continue  # a list: 1,2, 3
                    new = m.group("int2") + "." + m.group("frac2")
                yield self.edit(
                    m.start(),
                    m.end(),
                    new,
                    "thousands_european",
                    "European digit grouping in a European-convention document",
                )
        else:
            for m in filter(None, map(_multi_group, repeat(text), sites.separated)):
                yield self.edit(
                    m.start(),
                    m.end(),
                    m["int"].replace(".", ","),
                    "thousands_european",
                    "full stops grouping thousands twice or more (no decimal in any convention)",
                )
            for m in filter(None, map(_CURRENCY_THOUSANDS.match, repeat(text), sites.separated)):
                if _RATE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                    continue
                # "$85.000", "€1.000": an amount of money is not written to three zeros of a
                # decimal (probe43); "$3.499 a gallon" has no three zeros
                yield self.edit(
                    m.start(),
                    m.end(),
                    f"{m['int']},000",
                    "thousands_european",
                    "a full stop before three zeros of an amount of money",
                )
            for m in filter(None, map(_count_thousands().match, repeat(text), sites.separated)):
                if _AVERAGE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                    continue
                if m["money"] and _RATE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                    continue  # "The euro was worth 1.125 dollars": an exchange rate, to three decimals
                yield self.edit(
                    m.start(),
                    m.end(),
                    f"{m['int']},{m['group']}",
                    "thousands_european",
                    "a full stop grouping thousands before a count noun (a count is whole)"
                    if m["noun"] or m["money"]
                    else "a full stop grouping thousands in an estimate before a plural noun (no estimate has three decimals)"
                    if m["approx"] is not None
                    else "a full stop before three zeros and a unit or a plural noun groups thousands (no decimal is written so)",
                )
        if any(c in text for c in _PREFIX_CURRENCY):
            for m in _PREFIX_CURRENCY_DECIMAL.finditer(text):
                yield self.edit(
                    m.end("int"), m.start("frac"), ".", "decimal_comma", "decimal comma in an amount of money"
                )
        for m in _CURRENCY_DECIMAL_COMMA.finditer(text) if "currency_decimal_comma" in on else ():
            yield self.edit(
                m.start(), m.end(), f"{m['int']}.{m['frac']}", "decimal_comma", "decimal comma in an amount of money"
            )
        for m in (
            chain(_DECIMAL_COMMA.finditer(text), _RANGE_DECIMAL_COMMA.finditer(text)) if "decimal_comma" in on else ()
        ):
            i, f = m.group("int"), m.group("frac")
            if len(f) == 1 and len(i) == 1 and int(f) == int(i) + 1 and _DURATION_AFTER.match(text, m.end()):
                continue  # "for 2,3 days": two or three days, written as a list
            yield self.edit(m.start(), m.end(), f"{i}.{f}", "decimal_comma", "decimal comma before a unit")
        for m in _ZERO_DECIMAL.finditer(text) if "zero_decimal" in on else ():
            yield self.edit(m.start(), m.end(), f"0.{m['frac']}", "decimal_comma", "decimal comma after a zero")
        for m in _SPACED_GROUP_COMMA.finditer(text) if "spaced_comma" in on else ():
            # "1 ,200 people", "15, 000 troops": a thousands comma spaced off (probe35)
            yield self.edit(m.start("sp"), m.end("sp"), ",", "thousands_space", "a thousands comma spaced off")
        for m in _PLURAL_MAGNITUDE.finditer(text) if "plural_magnitude" in on else ():
            if _word_before_number(text, m.start()) in _NOT_QUANTITY_BEFORE:
                continue  # "In grade 6 percents are introduced": the number is no quantity (probe66)
            # "5 millions", "US$ 38,6 millions": after a number English writes the word in
            # the singular ("millions of people" is a count of its own; probe43)
            yield self.edit(
                m.start("s"), m.end("s"), "", "plural_magnitude", f"{m.group('word')}s after a number is singular"
            )
        for m in _UNIT_WORD.finditer(text) if "unit_word" in on else ():
            word = UNIT_WORDS[m.group("word")]
            end = m.end()
            if m.group("dot"):
                dot = _abbreviation_dot(text, m.end() - 1)
                if dot is None:
                    continue
                if dot == "keep":
                    end -= 1
            yield self.edit(m.start(), end, " " + word, "unit_word", f"MT abbreviation {m.group('word')!r}")
        for m in _THOUSAND.finditer(text) if "thousand" in on else ():
            num = m.group("num")
            if m.group("thousand") and not _DOT_OR_COMMA.search(num):
                continue  # "5 thousand" is good English
            if "." in num and convention == "eu":
                continue
            whole, _, frac = num.replace(",", ".").partition(".")
            value = _group(whole + frac.ljust(3, "0"))  # at most two decimals: always whole
            end = m.end()
            if m.group("thous") and m.group("thous").endswith("."):
                dot = _abbreviation_dot(text, end - 1)
                if dot is None:
                    continue
                if dot == "keep":
                    end -= 1
            yield self.edit(m.start(), end, value, "thousand", "number of thousands written out")

    @staticmethod
    def _plain_space_group_ok(text: str, m: regex.Match[str], space_grouping: bool) -> bool:
        groups = m.group("groups")
        multi = len(groups) > 4
        before = _word_before(text, m.start()).lower()
        if before in _NOT_QUANTITY_BEFORE:
            return False
        if before == "on" and _PHONE_ON.search(text, max(0, m.start() - 50), m.start()):
            return False  # "contact Samaritans free on 116 123": a number to call (probe56)
        prev = text[max(0, m.start() - 2) : m.start()]
        if _DIGIT_BEFORE_END.search(prev):
            return False
        if multi or space_grouping:
            return True
        after = text[m.end() : m.end() + 4]
        if prev.endswith(("$", "€", "£", "¥")):
            # "£131 961)", "$1 000bn": an amount of money is one number
            return not _AMOUNT_GOES_ON.match(after) or _SPACE_LOWER.match(after) is not None
        if m.group("suffix") and m.group("suffix") not in ("st", "nd", "rd", "th"):
            return False  # "5 000m": a plain space before a unit is too weak
        # one plain-space group: "2 500 troops" but not "in 2004 500 people" (first group
        # of four digits never matches) nor "400 737 Max jets" nor "74 100%"; the word
        # before must be a plain word ("x.jpg 540 960 admin" are image sizes)
        if not _PLAIN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return False
        if m.start() == 0 or text[m.start() - 1] == "\n":
            return False  # "1 120-year-old photo": a numbered list item
        if _SPACE_LOWER_OR_SIGN.match(after):
            return True
        if _word_before(text, m.start()).lower() not in _QUANTITY_CUES:
            return False
        # "rose to 2 500." / "about 2 500," after a word that announces a quantity, or "about
        # 3 500 American troops": a demonym or a country and a lower-case word after it
        if _PUNCT_NOT_DIGIT.match(after) is not None:
            return True
        nxt = _DEMONYM_AFTER.match(text, m.end())
        return nxt is not None and nxt.group(1) in _demonyms()

    # -- pass B ---------------------------------------------------------------------------
    def _pass_b(self, text: str, guard: _Guard, sites: _Sites) -> Iterator[Edit]:
        on = sites.names
        if "percent" in on:
            for m in _PERCENT.finditer(text):
                yield self.edit(m.start(), m.end() - 1, "", "percent_space", "space before %")
        if "percent_before" in on:
            for m in _PERCENT_BEFORE.finditer(text):
                num = m["int"] + (f".{m['frac']}" if m["frac"] else "")
                yield self.edit(
                    m.start(), m.end(), f"{num}%", "percent_before", "per-cent sign before the number (Turkish style)"
                )
        if "$" in text or "€" in text or "£" in text or "¥" in text:
            for m in _CURRENCY_BEFORE.finditer(text) if "currency_before" in on else ():
                if not _CURRENCY_PREFIX.search(text, max(0, m.start() - 4), m.start()):
                    continue
                yield self.edit(m.start("sp"), m.end("sp"), "", "currency_space", "space after a currency sign")
            for m in _CURRENCY_AFTER.finditer(text) if "currency_after" in on else ():
                cur = m.group("cur")
                if cur == "$" and text.count("$", max(0, m.start() - 200), m.end() + 200) > 1:
                    continue  # several dollar signs: maths or code, or "$5 and 5 $" prose
                mult = m.group("mult") or ""
                yield self.edit(
                    m.start(),
                    m.end(),
                    f"{cur}{_continental_amount(m.group('num'))}{mult}",
                    "currency_after",
                    "currency sign after the amount",
                )
        for m in _MONTH_DOT.finditer(text) if "month_dot" in on else ():
            if not text.startswith(("st", "nd", "rd", "th"), m.end()) and not _DATE_AFTER_DAY.match(text, m.end()):
                before = _word_before(text, m.start()).lower()
                # "on October." is no English: after "on" the number is the day whatever
                # follows ("on October. 25 in Kyiv"); after "by", "since" ... it may start
                # a sentence ("since October. 10 people have died")
                if (before not in _MONTH_PREPOSITIONS and before != "the") or (
                    before not in ("on", "the") and _COUNT_AFTER_DAY.match(text, m.end())
                ):
                    # (no sentence ends "the December.": "the December. 7 vote", probe39; after
                    # "since" a count may start one, "since October. 10 people have died", a
                    # date's clause goes on otherwise: "since October. 20 for wagons")
                    continue
            yield self.edit(m.start("dot"), m.end("dot"), " ", "month_dot", "full stop between month and day")
        for m in _MONTH_DOT_YEAR.finditer(text) if "month_dot" in on else ():
            if _word_before(text, m.start()).lower() in _MONTH_YEAR_PREPOSITIONS:
                yield self.edit(m.start("dot"), m.end("dot"), " ", "month_dot", "full stop between month and year")
        month_first = None
        for m in _DAY_DOT_MONTH.finditer(text) if "day_dot_month" in on else ():
            word = _word_before(text, m.start())
            prev = text[max(0, m.start() - 2) : m.start()]
            if word in _DATE_PREPOSITIONS or _LINE_OR_PAREN_START.search(prev):
                if month_first is None:
                    # the document's own order of its other dates, when it has one
                    month_first = len(_MONTH_DAY.findall(text)) > len(_DAY_MONTH.findall(text))
                month = _MONTH_AFTER.match(text, m.end("dot")) if month_first else None
                if month is not None:
                    # "on 1. January" in a text that writes "January 20": "on January 1" (probes 41, 43)
                    yield self.edit(
                        m.start(),
                        month.end(),
                        f"{month.group(1)} {m.group('day')}",
                        "day_dot_month",
                        "full stop after the day; the date in the document's month-first order",
                    )
                else:
                    yield self.edit(m.start("dot"), m.end("dot"), "", "day_dot_month", "full stop after the day")
        for m in _ORDINAL_DOT_OF.finditer(text) if "day_dot_month" in on else ():
            suffix = _ordinal_suffix(int(m.group("day")))
            yield self.edit(m.start("dot"), m.end("dot"), suffix, "ordinal_dot", "ordinal written with a full stop")
        for m in _ORDINAL_DOT_NOUN.finditer(text) if "ordinal_dot_noun" in on else ():
            suffix = _ordinal_suffix(int(m.group("num")))
            yield self.edit(m.start("dot"), m.end("dot"), suffix, "ordinal_dot", "ordinal written with a full stop")
        day_first = None
        for m in _DAY_OF_MONTH.finditer(text) if "day_of_month" in on else ():
            if day_first is None:
                day_first = len(_DAY_MONTH.findall(text)) > len(_MONTH_DAY.findall(text))
            day, month, year = m.group("day"), m.group("month"), m.group("year")
            date = f"{day} {month}" if day_first else f"{month} {day}"
            if year:
                date += (" " if day_first else ", ") + year.lstrip(", \u00a0")
            yield self.edit(
                m.start(), m.end(), date, "day_of_month", "a translation's 'the <day> of <month>': the document's date"
            )
        for m in _ABBR_DOT_DAY.finditer(text) if "abbr_month" in on else ():
            yield self.edit(m.end(), m.end(), " ", "abbr_month_space", "no space after an abbreviated month")
        for m in _ORDINAL.finditer(text) if "ordinal" in on else ():
            if _ordinal_suffix(int(m.group("num")[-3:])) == m.group("suf"):
                what = "hyphen" if m.group("sp") == "-" else "space"  # ("46-th", probe95)
                yield self.edit(m.start("sp"), m.end("sp"), "", "ordinal_space", f"{what} before an ordinal suffix")
        if "time" in on:
            for m in _TIME_COLON.finditer(text):
                for g in ("sp", "sp2", "sp3"):
                    if m.group(g):
                        yield self.edit(m.start(g), m.end(g), "", "time_colon", "space around the colon of a time")
            for m in _SPACED_TIME.finditer(text):
                word = _word_before(text, m.start())
                as_of = word == "of" and text[max(0, m.start() - 8) : m.start()].lower().rstrip().endswith("as of")
                if word.lower() in _TIME_WORDS or as_of:
                    for g in ("sp", "sp2"):
                        if m.group(g):
                            yield self.edit(m.start(g), m.end(g), "", "time_colon", "space around the colon of a time")
            for m in _CLOCK.finditer(text):
                yield self.edit(
                    m.start(), m.end(), f"{m['h']}:{m['m']}:{m['s']}", "time_colon", "spaces in a clock time"
                )
        ranges = list(_RANGE.finditer(text)) if "range" in on else []
        if ranges:
            dash = self._range_style(text)
            for m in ranges:
                a, b = m.group("a"), m.group("b")
                if len(b) == 2:
                    if int(b) <= int(a[2:]):
                        continue
                elif not int(a) < int(b) <= int(a) + 100:
                    continue
                yield self.edit(m.start("dash"), m.end("dash"), dash, "range_space", "spaced hyphen in a year range")

    @staticmethod
    def _range_style(text: str) -> str:
        counts = {"-": 0, "–": 0, " – ": 0}
        for m in _RANGE_STYLE.finditer(text):
            counts[m.group("dash")] += 1
        best = max(counts.values())
        if best == 0 or counts["-"] == best:
            return "-"
        return "–" if counts["–"] == best else " – "
