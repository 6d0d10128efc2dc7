"""The evidence the chrome step reads off one line: phrases, shape, stop words, labels.

Everything here is per line and context-free; :mod:`.chrome` combines it with
position (edges of the document), the headline and batch repetition.

>>> phrase_match("Leave a Reply")
('comments', 'high', 'line')
>>> phrase_match("Read more: Iraq votes in October")
('related', 'high', 'prefix')
>>> phrase_match("Read more about the vote in our explainer.") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from types import MappingProxyType

import regex

from ..datafiles import DataError, load_tsv, load_words
from ..regex_trie import trie_alternation

__all__ = [
    "DATELINE_PREFIX",
    "LineFacts",
    "cookie_evidence",
    "could_hold_chrome",
    "label_of",
    "line_facts",
    "may_be_byline_or_dateline",
    "normalise_line",
    "phrase_match",
    "stopwords",
    "timestamp_line",
    "widget_match",
]

_MATCH = ("line", "prefix")
_CONFIDENCE = ("high", "edge", "end", "page")


def _check_phrase(row: Mapping[str, str]) -> str | None:
    if row["match"] not in _MATCH:
        return f"match must be one of {_MATCH}, not {row['match']!r}"
    if row["confidence"] not in _CONFIDENCE:
        return f"confidence must be one of {_CONFIDENCE}, not {row['confidence']!r}"
    if row["phrase"] != normalise_line(row["phrase"]) and not row["phrase"].endswith("."):
        return f"phrase {row['phrase']!r} is not normalised (lower case, single spaces, no end punctuation)"
    return None


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, tuple[str, str]], dict[str, list[tuple[str, str, str]]]]:
    rows = load_tsv("chrome/phrases.tsv", required=("phrase", "match", "confidence", "family"), check=_check_phrase)
    whole: dict[str, tuple[str, str]] = {}
    prefix: dict[str, list[tuple[str, str, str]]] = {}
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        phrase = normalise_line(row["phrase"])
        # a phrase on two rows of one match kind: the later row would silently win
        first_line = seen.setdefault((phrase, row["match"]), row["_line"])
        if first_line != row["_line"]:
            raise DataError(
                f"chrome/phrases.tsv:{row['_line']}: {phrase!r} ({row['match']}) is already on line {first_line}"
            )
        if row["match"] == "line":
            whole[phrase] = (row["family"], row["confidence"])
        else:
            first = phrase.split(" ", 1)[0]
            prefix.setdefault(first, []).append((phrase, row["family"], row["confidence"]))
    for entries in prefix.values():
        entries.sort(key=lambda e: -len(e[0]))
    return whole, prefix


@lru_cache(maxsize=1)
def _nav_words() -> frozenset[str]:
    """The one-word navigation phrases of the lexicon ("home", "news", "politics", "sport")."""
    return frozenset(p for p, (family, _) in _phrases()[0].items() if family == "nav" and " " not in p)


_NAV_TOKEN = regex.compile(r"\p{L}++")


def nav_row(norm: str) -> bool:
    """Whether a normalised line is a site's menu flattened to one line: four words or more,
    the first two and three in four of them (four at least) one-word navigation phrases of
    the lexicon, with only symbols between them ("home news politics business sports
    opinion", "menu ☰ news politics business education sport"; probe47).

    >>> nav_row("home news politics business sports entertainment opinion")
    True
    >>> nav_row("news politics business"), nav_row("politics and business news for the world")
    (False, False)
    """
    words = _NAV_TOKEN.findall(norm)
    if len(words) < 4 or any(not c.isalpha() and not c.isspace() and c not in "☰≡|·•/" for c in norm):
        return False
    nav = _nav_words()
    if words[0] not in nav or words[1] not in nav:
        return False
    hits = sum(1 for w in words if w in nav)
    return hits >= 4 and 4 * hits >= 3 * len(words)


def stopwords() -> frozenset[str]:
    """English function words (``data/chrome/stopwords.txt``)."""
    return load_words("chrome/stopwords.txt")


def _check_object_word(row: Mapping[str, str]) -> str | None:
    if row["kind"] not in ("verb", "role"):
        return f"kind must be verb or role, not {row['kind']!r}"
    if not row["word"].isalpha() or not row["word"].islower():
        return "word must be one lower-case word"
    return None


@lru_cache(maxsize=1)
def headline_object_words() -> Mapping[str, str]:
    """Verbs and role nouns after which a headline's name is its own: word -> kind
    (``data/chrome/headline_object_words.tsv``)."""
    rows = load_tsv("chrome/headline_object_words.tsv", required=("word", "kind"), check=_check_object_word)
    return MappingProxyType({row["word"]: row["kind"] for row in rows})


_QUOTE_PAIRS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("\u00a0", " "))
_QUOTES = str.maketrans(dict(_QUOTE_PAIRS))
# bullets, separators, arrows and end punctuation trimmed off both ends before a lookup
_LEAD_JUNK = regex.compile(r"^[\s•·|*>»«›‹◦▪■►▶→←↓↑\-–—:.!…,;/\\+#]++")
_TRAIL_JUNK = regex.compile(r"(?r)[\s•·|*>»«›‹◦▪■►▶→←↓↑\-–—:.!…,;/\\+]++$")
_SPACES = regex.compile(r"\s++")


def normalise_line(line: str) -> str:
    """Lower case, straight apostrophes, single spaces, no bullets or end punctuation.

    >>> normalise_line("  » Read  More… ")
    'read more'
    """
    text = line.translate(_QUOTES).casefold()
    m = _LEAD_JUNK.match(text)
    if m is not None:
        text = text[m.end() :]
    m = _TRAIL_JUNK.search(text)  # searched backwards from the end: no scan of the whole line
    if m is not None:
        text = text[: m.start()]
    return _SPACES.sub(" ", text).strip()


_FIRST_WORD = regex.compile(r"[^\s:|»›–—]++")
_PREFIX_SEP = regex.compile(r"\s?+[:|»›–—]\s*+\S")
# counts and widgets that vary by number: "3 Comments", "Comments (12)", "1 / 23", "Image 1 of 23"
_COUNTED = regex.compile(
    r"""^(?:
        \d[\d,]*+\s(?:comments?|replies|shares?|responses?|views?)
      | (?:comments?|replies|shares?|responses?)\s?\(\d[\d,]*+\)
      | comments\s\d[\d,]*+                                   # "Comments 12" (probe35)
      | discussion\s?\(\d[\d,]*+(?:\s(?:posts?|comments?))?\)   # "Discussion (27 posts)" (probe41)
      | (?:image|photo|picture|slide)\s\d++\s(?:of|/)\s?\d*+(?:\s/\s\d++)?
      | \d{1,3}\s?(?:min|mins|minutes?)\s(?:read|listen)            # reading-time label: "5 min read"
    )$""",
    regex.VERBOSE,
)
_NETWORK = (
    r"(?:twitter|x|facebook|instagram|pinterest|linkedin|whatsapp|reddit|tumblr|telegram|youtube|tiktok|e-?mail"
    r"|flipboard|wechat|sina\sweibo|weibo|qq\szone|qzone|qq|vkontakte|vk|odnoklassniki|viber|line|kakaotalk|naver"
    r"|snapchat|mastodon|messenger|threads|bluesky|copy\slink|google\snews|print)"
)
#: a line made only of share or follow buttons: "Share on Facebook Share on Twitter Share via
#: Email", "Follow us on Twitter and Instagram" (AddThis/ShareThis bars and social boxes
#: flattened to one line); never a sentence of an article
_FOLLOWED = rf"{_NETWORK}(?:\s\(formerly\stwitter\)|\s?:?\s@[\w.]++)?"
#: what a follow prompt promises after its networks: "... for the latest news updates"
_FOLLOW_TAIL = r"(?:\s(?:for|to\sget)\s(?:the\s)?(?:latest|more|all|breaking|regular|daily|live)\b[^.!?]{0,60})?"
_BUTTONS = regex.compile(
    rf"^(?:(?:share\s(?:on|to|via|by)\s{_NETWORK}\s?)++"
    rf"|share(?:\sthis(?:\sarticle|\sstory)?)?\s?:\s?{_NETWORK}(?:(?:\s?[,|/·•]\s?|\sand\s|\s&\s|\s){_NETWORK})*+"
    rf"|follow\sus(?:\son)?\s{_FOLLOWED}(?:(?:,\s?|\sand\s|\s&\s|\s){_FOLLOWED})*+{_FOLLOW_TAIL})$"
)
#: "Follow Press TV on Telegram", "Follow BBC Sport on X (formerly Twitter)": a name, then
#: "on" and networks only, a link's label (a prompt; "Follow the signs on the road ..." names
#: no network); with a full stop it is a sentence the story's writer put there ("Follow NBC
#: Latino on Facebook, Twitter and Instagram." ends an article of the extraction gold)
_FOLLOW_NAMED = regex.compile(
    rf"^(?:follow|subscribe\sto)\s[^\s,.!?]++(?:\s[^\s,.!?]++){{0,3}}\s(?:on|via)\s(?:our\s(?:official\s)?)?{_FOLLOWED}"
    # ("Follow us on our official WhatsApp channel for breaking news alerts", probe50)
    rf"(?:\s(?:channel|page|account))?(?:(?:,\s?|\sand\s|\s&\s){_FOLLOWED})*+{_FOLLOW_TAIL}$"
)

#: a row of social network names only: "Facebook Twitter WhatsApp", "Facebook | X | Email"
#: (the icons' labels of a share bar); chrome only in the edge zone
_NETWORK_RUN = rf"{_NETWORK}(?:(?:\s?[,|/·•]\s?|\sand\s|\s&\s|\s){_NETWORK})++"
_NETWORK_NAME = regex.compile(_NETWORK)
_NETWORK_ROW = regex.compile(rf"^{_NETWORK_RUN}$")
#: a comment section's heading (chrome's article mode): "3 thoughts on “Title”", "42
#: responses to ...", "12 Comments"
COMMENTS_HEAD = r"\d[\d,]*+\s(?:responses?|comments?|replies|thoughts)"


#: a media player's position and length alone on a line: "00:00 / 03:41" (probe98)
_PLAYER_TIME = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s?/\s?\d{1,2}:\d\d(?::\d\d)?$")
#: the words a row of share buttons starts with ("Share on Facebook  Share on X  Copy link")
_BUTTON_ROW_STARTS = ("share", "copy link", "email", "print", "tweet")


def _button_row(norm: str, whole: dict[str, tuple[str, str]]) -> bool:
    """Whether the line is two or more share buttons side by side, each a whole phrase of
    the lexicon's family ``share`` with high confidence or a "share on <network>" button
    ("share on facebook share on x copy link", probe95).

    >>> _button_row("share on facebook share on x copy link", _phrases()[0])
    True
    >>> _button_row("share on facebook and win a prize", _phrases()[0])
    False
    """
    words = norm.split(" ")
    if len(words) > 16:
        return False
    # reach[i]: the number of buttons that cover words[:i] exactly (0: none does)
    reach = [0] * (len(words) + 1)
    reach[0] = 1
    for i in range(len(words)):
        if not reach[i]:
            continue
        for j in range(i + 1, min(len(words), i + 6) + 1):
            piece = " ".join(words[i:j])
            hit = whole.get(piece)
            if (hit is not None and hit[0] == "share" and hit[1] == "high") or (
                piece.startswith("share") and _BUTTONS.match(piece)
            ):
                reach[j] = max(reach[j], reach[i] + 1)
    return reach[-1] > 2  # (reach counts from 1: two buttons or more)


def phrase_match(line: str, norm: str | None = None) -> tuple[str, str, str] | None:
    """``(family, confidence, match)`` when the line is a lexicon phrase, else ``None``."""
    if norm is None:
        norm = normalise_line(line)
    if not norm:
        return None
    whole, prefix = _phrases()
    hit = whole.get(norm)
    if hit is not None:
        if " " not in norm and line.rstrip().endswith(".") and not line.rstrip().endswith(".."):
            return None  # one word with its full stop is a sentence ("Subscribe.", "Advertisement.": probe121)
        return hit[0], hit[1], "line"
    if _COUNTED.match(norm):
        return "comments" if "comment" in norm or "repl" in norm or "respon" in norm else "media", "high", "line"
    if norm.startswith(("share", "follow")) and _BUTTONS.match(norm):
        return "share", "high", "line"
    if _NETWORK_ROW.match(norm) and len(set(_NETWORK_NAME.findall(norm))) > 1:  # two networks or more
        return "share", "edge", "line"
    if norm.startswith(_BUTTON_ROW_STARTS) and _button_row(norm, whole):
        return "share", "high", "line"
    if _PLAYER_TIME.match(norm):
        return "media", "high", "line"
    first = _FIRST_WORD.match(norm)
    first = first.group() if first else norm
    for phrase, family, confidence in prefix.get(first, ()):
        if norm.startswith(phrase) and _PREFIX_SEP.match(norm, len(phrase)):
            if not _prefix_fits(family, norm[len(phrase) :], line):
                continue
            return family, confidence, "prefix"
        if norm == phrase:  # a lead-in used as a whole line ("See also") may be a section heading
            return family, "edge" if confidence == "high" else confidence, "line"
        if (
            family == "cookies"
            and norm.startswith((phrase + " ", phrase + ". ", phrase + ", "))
            and _prefix_fits(family, norm[len(phrase) :], line)
        ):
            # ("This website uses cookies. Accept all cookies | Manage preferences", probe103)
            return family, confidence, "prefix"
    return None


# --- time stamps, prompts and agency marks: open-ended line shapes ---------------------

#: a month, a weekday, a day or a year, a clock time, a time zone, a connector: what a CMS's
#: date line is made of
#: a month's or a weekday's name, full or abbreviated, case-folded
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY_WORD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?"
_STAMP_DATE = (
    rf"{_MONTH_WORD}\.?"
    rf"|{_WEEKDAY_WORD}\.?"
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?|\d{4}|today|yesterday"
)
_CLOCK = r"(?<![\d.:])\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?![.:]?\d)(?:\s?[ap]\.?m\b\.?)?|\d{1,2}\s?[ap]\.?m\b\.?"
_ZONE = (
    r"(?:gmt|utc)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|[ecmp][sd]?t|akst|hst|bst|ist|cest|cet|eest|eet|wet|msk|ksa|ast"
    r"|myt|sgt|hkt|pht|wib|jst|kst|aest|aedt|acst|awst|nzst|nzdt|sast|eat|cat|wat|pkt|ict|trt|irst|gst"
)
#: a relative time: "2 hours ago", "16m ago", "an hour ago" (the word numbers only after a
#: stamp word: "A year ago" alone may be a feature's sub-heading)
_RELATIVE_UNITS = (
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)"
)
_RELATIVE = rf"(?:(?:about|around|over|nearly|almost|under)\s)?(?:\d{{1,3}}|an?|one)\s?{_RELATIVE_UNITS}\sago"
#: untranslated stamp words of Spanish, Portuguese, French, Italian and German sites (the
#: stamp token, the hint and the pre-check's starts all read this one list)
_FOREIGN_STAMP_WORDS = (
    r"publicad[oa]|actualizad[oa]|atualizad[oa]|publié|mis\sà\sjour|pubblicato|aggiornato|veröffentlicht|aktualisiert"
)
_STAMP_WORD = (
    r"(?:(?:last|first|date)\s)?(?:updated|published|posted|modified)|last\supdate"
    # DW's "Status: 29.10.2025 12:47 p.m."; a view counter beside a stamp ("· Views: 1 254")
    r"|status|publication\sdate|time(?=\s?:\s?\d)"
    rf"|(?:{_FOREIGN_STAMP_WORDS})(?:\sle)?"  # ("Publié le 06/10/2025 à 19:12")
)
#: a reading-time widget: "Reading time: 3 min", "Read Time: 3 mins", "5 min read"
_READ_TIME = (
    r"(?:estimated\s)?read(?:ing)?\s?time\s?:?\s?(?:(?:about|approx\.?|approximately|ca\.)\s)?\d{1,3}\s?(?:-\s?)?(?:minutes?|mins?)\b(?:\sread)?"
    r"|\d{1,3}\s?(?:-\s?)?(?:minutes?|mins?)\s(?:read|listen)\b"
    # a view counter, a widget of its own too: "Views: 1 254", "312 views"
    r"|views?\s?:?\s?(?:\d{1,3}(?:[\s,.]\d{3})++|\d++)(?!\d)|\d{1,3}(?:[,.]\d{3})*+\s?(?:views?|reads)\b"
    # an audio player's button beside a stamp: "Listen to this article ▶ 4:12" (probe39)
    r"|listen\sto\s(?:this\s|the\s)?(?:article|story)(?:\s?[▶►]?\s?(?:\d{1,2}:\d{2}|\d{1,2}\s?min(?:ute)?s?\b))?"
)
_READ_TIME_ITEM = regex.compile(_READ_TIME)
_STAMP_TOKEN = regex.compile(
    rf"(?P<word>{_STAMP_WORD})(?:\s(?:on|at))?|(?P<read>{_READ_TIME})|(?P<rel>{_RELATIVE})|(?P<clock>{_CLOCK})"
    rf"|(?P<date>{_STAMP_DATE})(?:\b|(?<=\.))|(?:{_ZONE}|on|at|à|am|um)\b|[\s,|•·:;/()\[\]\-–—.]++"
)
#: what every line timestamp_line accepts holds (the pre-check's hint: a C scan of the text)
_STAMP_HINT = re.compile(
    r"updated|published|posted|modified|last\s+update|ago\b|read(?:ing)?\s*time|min(?:ute)?s?\s+read|status|views?\b|reads\b"
    r"|listen\s+to|publication"
    rf"|{_FOREIGN_STAMP_WORDS}"
)
_STAMP_MAX = 160
#: a clock time: what a bare stamp (date and clock, timestamp_line's bare) holds
_BARE_STAMP_HINT = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b")
#: the longest (stripped) line read as a time stamp (so the pre-check's pattern reads a
#: bounded part of a line)
_STAMP_RAW_MAX = 240
#: the first token of a time stamp: a stamp word, a date, a clock or relative time (a digit's),
#: a reading time (not a zone, a connector or a word-numbered relative time)
_STAMP_FIRST = frozenset({"word", "date", "clock", "rel", "read"})


def timestamp_line(norm: str, *, bare: bool = False) -> bool:
    """Whether a normalised line is nothing but a publish or update time stamp with its stamp
    word and a clock or relative time ("updated: july 19, 2024 11:24 am ist", "updated 2m
    ago"), a relative time alone ("2 hours ago"), or a reading-time widget ("reading time: 3
    min", "mar 11 · 5 min read").  A bare date or clock time is the story's dateline or a live
    blog's entry time (content in some styles), and so is a stamp word's date without a time.

    >>> timestamp_line("updated: july 19, 2024 11:24 am ist"), timestamp_line("2 hours ago")
    (True, True)
    >>> timestamp_line("thu 4 jul 2024 23.01 bst"), timestamp_line("last updated september 14, 2016")
    (False, False)

    With ``bare``, whether the line is a date and a clock time and nothing else ("friday, 31
    oct 2025 6:42 pm myt", "12:47, 3 november 2025"): a CMS's stamp where it stands at the
    text's edge (widget_match), never a dateline (which the story's text follows on its line)
    or a live blog's entry time (a clock time alone).

    >>> timestamp_line("friday, 31 oct 2025 6:42 pm myt", bare=True), timestamp_line("22.58 bst", bare=True)
    (True, False)
    """
    if len(norm) > _STAMP_MAX or norm[:1] in "[(":
        return False  # ("[Updated at 6 pm]": an editor's note in the story)
    pos = 0
    word = clock = rel = read = date = False
    for m in _STAMP_TOKEN.finditer(norm):
        if m.start() != pos:
            return False
        kind = m.lastgroup
        if pos == 0 and (kind not in _STAMP_FIRST or (kind == "rel" and not m.group()[0].isdigit())):
            return False
        pos = m.end()
        if kind == "word":
            word = True
        elif kind == "clock":
            clock = True
        elif kind == "rel":
            # a digit's relative time stands alone; a word number's needs a stamp word
            rel = True if m.group()[0].isdigit() else rel or "word"
        elif kind == "read":
            read = True
        elif kind == "date":
            date = True
    if pos != len(norm):
        return False
    if bare:
        return date and clock and not (word or rel or read)
    # (a relative time after a date is its age: "February 28, 1998; 18 years ago", an infobox's)
    return read or (rel is True and not date) or (word and (clock or bool(rel)))


_CAP_NAME = r"\p{Lu}[\p{L}\p{N}'’.&\-]*(?:\s(?:\p{Lu}[\p{L}\p{N}'’.&\-]*|of|and|&))*"
#: a sign-up, subscribe or channel prompt addressed to the reader, as a whole line: the
#: imperative, then the site's own product (its newsletter, channel, app); a short question
#: may lead in ("Want more weather news? Sign up for our free newsletter.")
_PROMPT = regex.compile(
    r"""^(?i:(?:want|liked?|enjoy(?:ed)?|love[ds]?)\b[^?\n]{0,60}\?\s)?
    (?:
        (?i:(?:click|tap)\shere\sto\s(?:subscribe|sign\sup|join|follow|download|read|view|watch|listen|get\s(?:the|our)\s))[^.!?]{0,100}
      | (?i:subscribe\sto\s)\p{Lu}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+)?\s(?i:premium|plus|digital)\b[^.!?,;]{0,60}
      | (?i:(?:receive|get)\s(?:the\sbest|the\sessentials|the\slatest|our\sbest)\s)[^.!?]{0,60}?
        (?i:\severy\s(?:morning|day|week|evening))(?i:[.!]?\s(?:i\s)?(?:subscribe|sign\sup)(?:\snow)?)?
      | (?i:scan\s(?:the|our|this)\sqr\scode\sto\s(?:follow|subscribe|download|join|add)\s)[^.!?]{0,80}
      | (?i:(?:sign\sup|subscribe|register)\s(?:for|to)\s)(?:(?i:our)|(?i:the)\s(?=\p{Lu}))\s?[^.!?]{0,60}?
        (?i:\s(?:newsletters?|e-?paper|briefing|bulletin|alerts|(?:telegram\s|whatsapp\s|youtube\s)?channel)(?:\shere)?)
        (?:(?i:\s(?:in|on)\s)\p{Lu}[\p{L}\-]*+(?:(?i:\s(?:and|&)\s)\p{Lu}[\p{L}\-]*+)?)?
        (?i:\s(?:for|to\sget|and\sget|and\sreceive|to\sreceive|to\sstay|(?:and|to)\sbe\sthe\sfirst\sto)\s[^.!?]{0,100})?
      | (?i:(?:sign\sup|subscribe)\sfor\s)(?i:the)\s(?=\p{Lu})[^.!?]{0,50}?(?i:\sby\se-?mail)
      | (?i:share\s(?:it|this(?:\sarticle|\sstory)?)\swith\s(?:a\sfriend|your\sfriends|friends))
      | (?i:join\s)(?:(?i:us\son|our)|(?i:the)(?=\s\p{Lu}))\s[^.!?]{0,60}?(?i:\s?(?:whatsapp|telegram|viber|signal)
        (?:\s(?:channel|community|group))?)(?i:\s(?:for|to\sget)\s(?:the\s)?(?:latest|more|all|breaking|daily)\b[^.!?]{0,60})?
      | (?i:get\s(?:the\slatest|the\sbest|our)\s)[^.!?]{0,60}?(?i:\s(?:delivered|sent)\s(?:straight\s|directly\s)?to
        \syour\sinbox)[^.!?]{0,30}
      | (?i:(?:receive|get)\s(?:the\s)?(?:most\simportant|latest|top|biggest|best|daily|our)\s)[^.!?]{0,60}?
        (?i:\s(?:in|to)\syour\s(?:e-?mail|inbox))(?i:[.!]?\s(?:subscribe|sign\sup)(?:\snow)?)?
      | (?i:(?:receive|get)\s(?:the\s)?(?:most\simportant|latest|top|biggest|best|daily|our)\s)[^.!?]{0,100}[.!]
        (?i:\s(?:subscribe|sign\sup)(?:\snow)?)
      | (?i:share\s(?:it|this(?:\sarticle|\sstory)?)\s?:)
      | (?i:(?:read|follow|find|watch)\s)[^.!?]{0,60}?(?i:\son\sour\s(?:facebook|telegram|instagram|x|twitter|youtube
        |whatsapp|viber|tiktok)\s(?:page|channel|account|profile|community))
    )[.!]?$""",
    regex.VERBOSE,
)
#: "Download the NDTV App": the site's app (only at the edges: a how-to's step may say it);
#: "For more news updates, download our app" (probe39)
_APP_PROMPT = regex.compile(
    rf"^(?i:for\s(?:more|the\slatest|all\sthe\slatest)\s[\p{{L}}\s]{{0,30}},\s)?(?i:download\s(?:the|our)\s)(?:{_CAP_NAME}\s)?(?i:app)"
    r"(?i:\s(?:for|to\sget)\s(?:the\s)?(?:latest|all|breaking|more)\b[^.!?]{0,60})?[.!]?$"
)
#: the prompt's first words (the pre-check's starts)
PROMPT_STARTS = (
    "for",
    "receive",
    "click",
    "tap",
    "scan",
    "sign",
    "subscribe",
    "register",
    "join",
    "get",
    "want",
    "like",
    "liked",
    "enjoy",
    "enjoyed",
    "love",
    "loves",
    "loved",
    "download",
    "share",
    "read",
    "find",
    "watch",
)
#: a CMS's header line of fields: "Source: Xinhua| 2024-03-05 14:22:10|Editor: huaxia"
_FIELD = regex.compile(r"(?:source|editor|web\seditor|author|reporter|writer|edited\sby|written\sby)\s?:\s?[^|:]{1,40}")
FIELD_STARTS = ("source", "editor", "web", "author", "reporter", "writer", "edited", "written")
#: how a time stamp starts (timestamp_line's first token), for the pre-check
_STAMP_START = (
    r"\d|listen\s+to\s|(?:last|first|date)\s+(?:updated|published|posted|modified|update)\b|(?:updated|published|posted|modified"
    rf"|today|yesterday|{_FOREIGN_STAMP_WORDS})\b|estimated\s+read|read(?:ing)?\s*time"
    rf"|(?:{_MONTH_WORD}|{_WEEKDAY_WORD})(?![a-z])"
)
#: Yonhap's note to editors: "(ATTN: UPDATES with more details in paras 5-7)"
_ATTN = regex.compile(r"^\(attn\s?:[^()]{1,120}\)$")
#: an editor's initials closing the text: "/cb", "/jpv" (Philippine Daily Inquirer)
_INITIALS = regex.compile(r"^/[a-z]{2,4}$")
#: a typo-report prompt: "Found a typo? Select it and press Ctrl+Enter" (Central Asian and
#: Russian sites' English editions, probe33)
_TYPO_PROMPT = regex.compile(r"select\s(?:it|the\s(?:text|error|mistake))\sand\spress\sctrl\s?\+\s?enter")
#: Yonhap's end mark with the editors' initials: "(END) LZD/MVB" (probe33)
_END_INITIALS = regex.compile(r"^\(end\)\s?[a-z]{2,4}(?:/[a-z]{2,4})*$")
#: a share button with its network: "Share - WeChat" (China Daily, probe33)
_SHARE_DASH = regex.compile(rf"^share\s?[-–—:]\s?{_NETWORK}(?:\s?[,|/]\s?{_NETWORK})*$")
#: a comment counter: "Reader's comments (12)" (VnExpress, probe33)
_READER_COMMENTS = regex.compile(r"^readers?['’]?s?\s(?:comments?|opinions?)\s?\(\d{1,5}\)$")
#: Xinhua's end mark with the editor's initials: "Enditem/ls", "Enditem / mmm" (probe27)
_ENDITEM = regex.compile(r"^enditem\s?/\s?[a-z]{1,4}$")
#: a row of rating stars (a widget only under its "Rate this article" heading)
RATING_STARS = regex.compile(r"^[★☆✩✪⭐]{3,5}$")
#: the donation prompt after a story: "If you have read the article to the end, we hope it was
#: useful to you." (Ukrainian news sites), "If you've read this far, ..."
_DONATION = regex.compile(
    r"^if\syou(?:'ve|\shave)?\sread\s(?:(?:the|this)\s(?:article|story|text|material|piece)\s(?:to|till|until)\sthe\send"
    r"|this\sfar),\s(?:we|please|then|consider|support|help|you\scan|why\snot)\b"
)


#: a donation appeal after the story: "Support our journalism. Become a patron today."
#: (probe20), "Donate to support independent Ukrainian journalism" (probe22), "Support
#: independent Ukrainian journalism. Become a member" (probe113)
_SUPPORT_APPEAL = regex.compile(
    r"^(?:support\s(?:our|independent|quality)\s(?:\p{L}+\s)?(?:journalism|reporting)|donate\s(?:to|and)\s(?:support|help|keep)\b)[^\n]{0,80}$"
)


def _field_line(norm: str) -> bool:
    """Fields of a CMS header line: a source or editor field and another field or a time
    stamp; or a time stamp with a clock time first, then fields, a byline or counters
    ("published on 13/11/2025 at 16:20 | by dakar sport info | 4 comments", "12.11.2025 17:40
    | source: ural-inform", probe39).

    >>> _field_line("source: xinhua| 2024-03-05 14:22:10|editor: huaxia")
    True
    >>> _field_line("published on 13/11/2025 at 16:20 | by dakar sport info | 4 comments")
    True
    >>> _field_line("by dakar sport info | 4 comments"), _field_line("13/11/2025 | by jane doe")
    (True, False)
    >>> _field_line("author: dániel kis | 2 comments"), _field_line("posted on november 12, 2025 at 8:45 pm · 0 comments")
    (True, True)
    """
    items = [i.strip() for i in _FIELD_SEP.split(norm)]
    if len(items) < 2:
        return False
    fields = stamps = others = 0
    for k, item in enumerate(items):
        if _FIELD.fullmatch(item):
            fields += 1
        elif timestamp_line(item) or _STAMP_DATE_LINE.fullmatch(item) or timestamp_line(item, bare=True):
            stamps += 1
        elif (k and (_BYLINE_ITEM.fullmatch(item) or _COUNTED.match(item) or timestamp_line(item))) or (
            k == 0 and _BYLINE_ITEM.fullmatch(item)
        ):
            others += 1
        else:
            return False
    if others:
        # led by a field ("author: dániel kis | 2 comments", probe41) or a stamp with its clock
        # time (the pre-check's field and time-stamp looks see the line), or a byline before
        # counters only ("by staff writer | 0 comments", "by nurul hidayah ismail | 4 min read",
        # probe43: a lone byline stays a label)
        first = items[0]
        if _BYLINE_ITEM.fullmatch(first):
            return not fields and not stamps and all(_COUNTED.match(i) for i in items[1:])
        return _FIELD.fullmatch(first) is not None or _CLOCK_IN.search(first) is not None
    return fields >= 1 and fields + stamps >= 2 and (fields >= 2 or stamps >= 1)


#: the items of a byline widget: "by x - march 10, 2025 | 3 min read | 1,482 views"
_WIDGET_SEP = regex.compile(r"\s[|·•—–-]\s|\|")
#: a label among a byline widget's items: a desk, a job, a place ("local democracy reporter", "pune")
_WIDGET_LABEL = regex.compile(r"\p{L}[\p{L}'’.&]*+(?:\s\p{L}[\p{L}'’.&]*+){0,3}")


def _byline_widget(norm: str) -> bool:
    """Whether a normalised line is a byline with a CMS's counters: the byline first, then
    items split at ``|``, ``·``, ``•`` or a spaced dash, each a counter (a reading time, views,
    shares, comments), a time stamp or date, or a short label (a desk, a job, a place), and a
    counter among them (probe47, probe50).  A byline with a date only is a label and stays
    (:func:`_field_line`).

    >>> _byline_widget("by rift star reporter - march 10, 2025 | 3 min read | 1,482 views")
    True
    >>> _byline_widget("written by express news service | pune | updated: march 14, 2025 09:12 ist | 2 min read")
    True
    >>> _byline_widget("by salma bennani — 08/01/2024 — 6 min read — 2 comments")
    True
    >>> _byline_widget("by jane doe | 13/11/2025"), _byline_widget("by jane doe - staff writer")
    (False, False)
    >>> _byline_widget("by the end of the year | 300 shares were sold")
    False
    """
    items = [i.strip() for i in _WIDGET_SEP.split(norm)]
    if len(items) < 2:
        return False
    first = items[0]
    if not _BYLINE_ITEM.fullmatch(first[len("written ") :] if first.startswith("written by ") else first):
        return False
    counters = 0
    for item in items[1:]:
        if _COUNTED.match(item) or _READ_TIME_ITEM.fullmatch(item):
            counters += 1
        elif not (
            timestamp_line(item)
            or _STAMP_DATE_LINE.fullmatch(item)
            or timestamp_line(item, bare=True)
            or _WIDGET_LABEL.fullmatch(item)
        ):
            return False
    return counters > 0


#: a byline among a stamp's fields: "by dakar sport info" (a few words, no sentence)
_BYLINE_ITEM = regex.compile(r"by\s\p{L}[\p{L}\p{N}.'’&\-]*+(?:\s\p{L}[\p{L}\p{N}.'’&\-]*+){0,4}")
_CLOCK_IN = regex.compile(_CLOCK)
_FIELD_SEP = regex.compile(r"\s[|·•]\s|\|")


_STAMP_DATE_LINE = regex.compile(rf"(?:(?:{_STAMP_DATE}|{_CLOCK}|{_ZONE})\b|[\s,:/\-])++")


#: the legal documents a sign-up form's consent line names
_CONSENT_DOC = regex.compile(
    r"privacy\s+(?:collection\s+)?(?:policy|notice|statement)|terms\s+of\s+(?:use|service)|terms\s+and\s+conditions"
)
#: what a consent line is about: the reader's address or data, a newsletter, a sign-up
_CONSENT_WHAT = regex.compile(
    r"e-?mail|newsletters?|sign(?:ing)?\s+up|subscri|your\s+(?:information|personal|data|details)"
)
_CONSENT_PERSON = regex.compile(r"\b(?:you|your|i\s+agree|i\s+have|we\s+will|we'll|we\s+use)\b")
_CONSENT_MAX_WORDS = 50
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
_CONSENT_WORDS = regex.compile(r"privacy|terms\s+(?:of|and)")


def _holds_consent_line(folded: str) -> bool:
    """Whether a folded text holds a line :func:`_consent_line` accepts (the pre-check's
    look: each line naming a privacy policy or terms, once)."""
    end = -1
    for m in _CONSENT_WORDS.finditer(folded):
        if m.start() < end:
            continue  # (a line already read)
        start = folded.rfind("\n", 0, m.start()) + 1
        end = folded.find("\n", m.end())
        if end < 0:
            end = len(folded)
        if _consent_line(normalise_line(folded[start:end])):
            return True  # (normalised as widget_match reads it: "» By providing ...", Hypothesis)
    return False


def _holds_notice(folded: str) -> bool:
    """Whether a folded text holds a line :func:`_notice` accepts (the pre-check's look:
    each line holding one of its hints, once)."""
    for line in folded.splitlines():
        if any(h in line for h in _NOTICE_HINTS) and _notice(normalise_line(line)) is not None:
            return True
    return False


def _consent_line(norm: str) -> bool:
    """Whether a normalised line is a sign-up form's consent or privacy line: it names a
    privacy policy or terms of use, the reader's e-mail address or data (or a newsletter,
    a sign-up), and speaks to the reader or for the site ("By providing an email address. I
    agree to the Terms of Use ...", "We will use your email address only for the purpose of
    sending you newsletters. Please see our Privacy Notice ...", probe50).

    >>> _consent_line("your information is being handled in accordance with the abc privacy collection statement")
    True
    >>> _consent_line("the company changed its privacy policy after the email leak, regulators said")
    False
    """
    return (
        len(norm.split()) <= _CONSENT_MAX_WORDS
        and not any(q in norm for q in _QUOTE_MARKS)  # a sentence quoting a form's wording (probe67)
        and _CONSENT_DOC.search(norm) is not None
        and _CONSENT_WHAT.search(norm) is not None
        and _CONSENT_PERSON.search(norm) is not None
    )


#: an e-mail address alone on its line, maybe after "Contact:" or "Email:" ("khj@yna.co.kr",
#: Yonhap's reporter; "Contact: editor@lagosledger.ng", probes 50 and 54)
#: (not after "Email:": an author's address in a paper's list of its authors is the paper's)
_EMAIL_LINE = regex.compile(r"(?:contact(?:\sus)?\s?:\s?)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
#: the pre-check's look for it: a short line holding "@" before a domain
_EMAIL_LINE_HINT = re.compile(r"\n[^\n@]{0,60}@[\w\-]+\.[^\n]{0,60}(?=\n|\Z)")


#: a cookie banner's line (a normalised line naming cookies): it ends in its buttons
#: ("... Accept and close | Set my choices", "Accept | Refuse | Options") or the site speaks
#: of its cookies and of the reader's consent ("We use our own and third-party cookies ... If
#: you continue browsing, we consider that you accept its use"); translated banners of
#: European sites (probe116)
_COOKIE_BUTTONS = regex.compile(
    r"(?:^|[.!?]\s)(?:accept|agree|allow|ok|got\sit)(?:\s[a-z]+){0,3}(?:\s?\|\s?[a-z][a-z'\s]{0,30}){1,3}$"
)
_COOKIE_SITE = regex.compile(
    r"\b(?:we|our\s(?:partners|(?:web)?site)|this\s(?:web)?site)\b[^.]{0,100}\bcookies\b"
    r"|\bcookies\b[^.]{0,40}\b(?:help\sus|our\sservices)\b"
)
#: a row of a cookie banner's buttons alone: "Cookie settings   Accept all" (probe122)
_COOKIE_BUTTON_WORDS = frozenset(
    "cookie cookies settings preferences accept all reject manage options ok agree decline necessary only "
    "customise customize and | more information learn".split()
)
_COOKIE_CONSENT = regex.compile(
    r"\byou\s(?:agree|consent|accept)\b|\bby\s(?:clicking|continuing|closing|using|browsing)\b"
    r"|\bif\syou\scontinue\b|\byour\s(?:consent|agreement|preferences|choices)\b|\bwith\syour\s(?:consent|agreement)\b"
)
#: a paywall's notice: "This article is reserved for subscribers", "Already a subscriber? Log
#: in", "You have read 3 of your 5 free articles this month", "Subscribe from 1 euro per month
#: and read without limits", "Read the full article now" (probe116)
_PAYWALL = regex.compile(
    r"\b(?:reserved|exclusive(?:\scontent)?)\sfor\s(?:our\s)?(?:subscribers|members)\b"
    r"|\balready\sa\s(?:subscriber|member)\?|\bsubscribe\sto\s(?:continue|keep)\sreading\b"
    r"|\byou\shave\sread\s\d+\s(?:of\s(?:your\s)?\d+\s)?(?:free\s)?articles\b|\bread\sthe\sfull\sarticle\snow\b"
    r"|\b(?:subscribe|sign\sup)\sfrom\s\S+\s(?:euros?\s|cents?\s)?(?:per|a)\s(?:month|week|year)\b|\bread\swithout\slimits\b"
)
#: a newsletter box or a channel prompt with its lead: "Newsletter Marseille: receive ...
#: every morning. I register", "Culture newsletter: every Thursday, ... Your email address | I
#: register", "Sport in your mailbox? Subscribe to our newsletter", "Receive the news of
#: Ourense on your mobile: join our WhatsApp channel", "Tip our editors via WhatsApp" (probe116)
_NEWSLETTER_LEAD = regex.compile(
    r"^(?:[\w'-]+\s){0,3}newsletters?(?:\s[\w'-]+){0,3}\s?:\s.{0,200}"
    r"\b(?:i\sregister|sign\sup|subscribe|register|your\se-?mail(?:\saddress)?)\b"
    r"|^[^?]{0,60}\?\s(?:subscribe|sign\sup)\s(?:to|for)\s(?:our|the)\s(?:\w+\s)?newsletters?$"
    r"|\bjoin\sour\s(?:whatsapp|telegram|viber)\s(?:channel|community|group)\b"
    r"|\btip\s(?:our\s)?(?:editors|newsroom|reporters)\svia\s(?:whatsapp|telegram|e-?mail)\b"
    # the site on a network, and its call: "N1 is also on Google News. Follow us!" (probe113)
    r"|^\S+(?:\s\S+){0,2}\sis\s(?:also\s|now\s)?on\s(?:google\snews|telegram|whatsapp|viber|instagram|youtube|tiktok)"
    r"[.!]?\s(?:follow|join|subscribe\sto)\sus$"
)
#: the note under a comment section: "Comments are the exclusive responsibility of their authors"
_COMMENTS_NOTE = regex.compile(
    r"^comments\sare\sthe\s(?:exclusive\s|sole\s)?responsibility\sof\s(?:their|the)\sauthors\b"
)
_REPORTED = regex.compile(r"\b(?:said|says|told|tells|according\sto|added|reported|announced)\b")
_NOTICE_MAX_WORDS = 90  # a cookie banner's text; the other notices are shorter (_NOTICE_SHORT)
_NOTICE_SHORT = 30
#: substrings one of which every notice holds (the pre-check's look, see could_hold_chrome)
_NOTICE_HINTS = (
    "cookie",
    "subscri",
    "newsletter",
    "whatsapp",
    "telegram",
    "viber",
    "free articles",
    "full article",
    "responsibility",
    "follow us",
)


def _notice(norm: str) -> tuple[str, str, str] | None:
    """A consent banner, a paywall's notice, a newsletter box or a comment section's note, as
    widget_match's hit; ``None`` for a sentence of the story (quoted, or longer).

    >>> _notice("we value your privacy. we and our partners use cookies. accept | refuse | options")
    ('cookies', 'high', 'line')
    >>> _notice("cookie settings   accept all"), _notice("cookies help us deliver our services. by using our services, you agree")
    (('cookies', 'high', 'line'), ('cookies', 'high', 'line'))
    >>> _notice("this article is reserved for subscribers. already a subscriber? log in")
    ('paywall', 'high', 'line')
    >>> _notice("sport in your mailbox? subscribe to our newsletter")
    ('share', 'high', 'line')
    >>> _notice("the regulator said the site used cookies to track readers without their consent") is None
    True
    >>> _notice("the paper said its newsletter had 20,000 readers, and that subscribers would pay more") is None
    True
    """
    words = norm.count(" ") + 1
    if words > _NOTICE_MAX_WORDS or any(q in norm for q in _QUOTE_MARKS) or _REPORTED.search(norm):
        return None  # (too long for a notice, quoted, or reported: a sentence about one)
    if "cookie" in norm and (
        _COOKIE_BUTTONS.search(norm)
        or (_COOKIE_SITE.search(norm) and _COOKIE_CONSENT.search(norm))
        or (
            words <= 8
            and ("accept" in norm or "reject" in norm)
            and set(norm.replace("|", " ").split()) <= _COOKIE_BUTTON_WORDS
        )
    ):
        return "cookies", "high", "line"
    if words > _NOTICE_SHORT:
        return None
    if _PAYWALL.search(norm):
        return "paywall", "high", "line"
    if _NEWSLETTER_LEAD.search(norm):
        return "share", "high", "line"
    if norm.startswith("comments") and _COMMENTS_NOTE.match(norm):
        return "comments", "end", "line"
    return None


def widget_match(line: str, norm: str | None = None) -> tuple[str, str, str] | None:
    """``(family, confidence, "line")`` when the (stripped) line has one of the open-ended
    shapes of widgets, prompts and marks that article mode removes (as :func:`phrase_match`'s
    hits): a time stamp (:func:`timestamp_line`), a sign-up or follow prompt, a staff or agency
    mark, a donation prompt.  Page mode does not read them (its own rules see these lines).

    >>> widget_match("Updated 2m ago"), widget_match("Sign up for our free newsletter")
    (('timestamp', 'high', 'line'), ('share', 'high', 'line'))
    >>> widget_match("Updated September 14, 2016") is None
    True
    """
    if norm is None:
        norm = normalise_line(line)
    if not norm:
        return None
    if len(line) <= _STAMP_RAW_MAX and _STAMP_HINT.search(norm) and timestamp_line(norm):
        return "timestamp", "high", "line"
    if any(h in norm for h in _NOTICE_HINTS):
        hit = _notice(norm)
        if hit is not None:
            return hit
    if len(line) <= _STAMP_RAW_MAX and _BARE_STAMP_HINT.search(norm) and timestamp_line(norm, bare=True):
        return "timestamp", "edge", "line"  # a date and a clock time alone, at the edges (probe20, probe22)
    if (
        norm.startswith(("follow", "subscribe to"))
        and (not line.rstrip().endswith(".") or norm.startswith("follow us "))
        and _FOLLOW_NAMED.match(norm)
    ):
        return "share", "high", "line"
    if ("°" in line or ":" in line or "/" in line) and _ticker_row(line):
        return "nav", "edge", "line"  # prayer times, temperatures, exchange rates in a row (probe90)
    if "|" in line and _HIJRI_DATE.search(line) and _dual_date_line(line):
        return "timestamp", "edge", "line"  # "Tuesday, 14 May 2024 | 6 Dhu al-Qadah 1445" (probe90)
    if "|" in line and "english" in norm and _language_switcher(line):
        return "nav", "edge", "line"  # "العربية | English" (probe90)
    first = norm.split(" ", 1)[0]
    if first in PROMPT_STARTS:
        # the line as written (the names' capitals), without the junk normalise_line trims
        text = line.translate(_QUOTES)
        m = _LEAD_JUNK.match(text)
        if m is not None:
            text = text[m.end() :]
        m = _TRAIL_JUNK.search(text)
        if m is not None:
            text = text[: m.start()]
        if _PROMPT.match(text):
            return "share", "high", "line"
        if first in ("download", "for") and _APP_PROMPT.match(text):
            return "share", "edge", "line"
    if (
        ("|" in norm or " · " in norm or " • " in norm)
        and (first.startswith(FIELD_STARTS) or first[:1].isdigit() or first == "by" or _STAMP_HINT.match(first))
        and _field_line(norm)
    ):
        return "agency", "high", "line"
    if first in ("by", "written") and _byline_widget(norm):
        return "agency", "high", "line"
    if ("privacy" in norm or "terms" in norm) and _consent_line(norm):
        return "share", "high", "line"
    if norm.startswith("(attn") and _ATTN.match(norm):
        return "agency", "high", "line"
    if norm.startswith("if you") and _DONATION.match(norm):
        return "donation", "edge", "line"
    if norm.startswith(("support", "donate")) and _SUPPORT_APPEAL.match(norm):
        return "donation", "edge", "line"
    if line.startswith("/") and _INITIALS.match(line):
        return "agency", "end", "line"
    if "@" in norm and _EMAIL_LINE.fullmatch(norm):
        return "agency", "end", "line"  # a desk's or reporter's address after the story
    if first.startswith("enditem") and _ENDITEM.match(norm):
        return "agency", "high", "line"
    if "ctrl" in norm and _TYPO_PROMPT.search(norm):
        return "share", "high", "line"
    if first == "(end)" and _END_INITIALS.match(norm):
        return "agency", "high", "line"
    if first == "share" and _SHARE_DASH.match(norm):
        return "share", "high", "line"
    if "comments" in norm and _READER_COMMENTS.match(norm):
        return "comments", "high", "line"
    if (any(w in norm for w in _PICTURE_WORDS) and _PHOTO_CREDIT.match(norm) and not _ARTWORK_LABEL.search(norm)) or (
        norm[:1] in "(["
        and ("provided" in norm or "courtesy" in norm or "image" in norm or "photo" in norm)
        and _BRACKETED_CREDIT.match(norm)
    ):
        return "caption", "high", "line"
    if any(w in norm for w in _PICTURE_WORDS) and _CAPTION_CREDIT.search(norm):
        # a caption ending in its picture's credit: the caption is the story's (a native
        # feature's "Waves break over the harbour wall. Photograph: Lucy Trewin/PA", probe46),
        # its credit goes ("credit": article mode strips the credit, keeps the line)
        return "caption", "credit", "line"
    if first.rstrip(":") in ("subscribe", "newsletter", "newsletters") and _NEWSLETTER_BOX.match(norm):
        return "share", "high", "line"
    if first == "watch" and _WATCH_VIDEO.match(norm):
        return "share", "edge", "line"
    if ("reproduction" in norm or "hyperlink" in norm) and _REUSE_NOTICE.match(norm):
        return "copyright", "high", "line"
    if first in _RELATED_LEADS and _RELATED_HEAD.match(line.strip()):
        return "related", "high", "line"
    if first == "read" and (m := _READ_IN.match(norm)) and all(w in _languages() for w in m.group(1).split(" and ")):
        return "nav", "edge", "line"  # "Read in Mongolian", "Read the news in Armenian and Russian" (probe41)
    if " | " in line and len(line) <= _STAMP_RAW_MAX:
        # prompts and buttons side by side: "Follow us on Google News | Join our WhatsApp
        # channel" (probe43), each a widget or a lexicon phrase of its own
        # (prompts of three words or more: a row of short items is a link list, _is_link_list's)
        hits = [
            (phrase_match(p) or widget_match(p)) if len(p.split()) >= 3 else None
            for p in (q.strip() for q in line.split(" | "))
        ]
        if all(hits):
            # (removed anywhere only when every part is; a part of the edges only keeps the line there)
            return "share", "high" if all(h[1] == "high" for h in hits) else "edge", "line"  # type: ignore[index]
    m = _STAMP_LEAD.match(norm)
    if m is not None and len(norm) <= _STAMP_RAW_MAX:
        # a section's, a place's or an agency's name before a stamp: "Ekonomi | Last updated
        # 22/09/2025 18:47 MYT", "Tbilisi, 6 October 2025 • Reading time: 3 min",
        # "Ulaanbaatar /MONTSAME/ 2025-05-14 17:02" (a date and a clock time: at the edges)
        rest = norm[m.end() :].strip()
        if timestamp_line(rest):
            return "timestamp", "high", "line"
        if timestamp_line(rest, bare=True):
            return "timestamp", "edge", "line"
    return None


#: a name of one or two words before a stamp, then its separator (see widget_match)
_STAMP_LEAD = regex.compile(
    # (not an English byline: "By Evan Symon, August 14, 2020 2:30 pm" is a label, kept)
    r"^(?!by\s)\p{L}[\p{L}.\-]*+(?:\s\p{L}[\p{L}.\-]*+){0,3}\s?(?:[|•·,]|/[\p{L}\s]{2,20}/)\s?(?=\d|\p{L})"
    # "Economy 13.11.2025 | 11:30": a section's name, a space, then a date (probe41)
    r"|^\p{L}[\p{L}\-]*+\s(?=\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\b)"
)


#: a picture's credit line: "Photo: AA", "(Photo: Shutterstock)", "PHOTO | FILE", "Photo by
#: Jane Doe", "Photo: picture alliance/dpa | Sebastian Gollnow" (probe30: captions and credits
#: are no story text; page mode weighs them as chrome too)
_PHOTO_CREDIT = regex.compile(
    r"^[(\[]?(?:photo(?:graph)?s?|pictures?|images?|pic|pix|foto|file\sphoto|visuali[sz]ation|illustration|infographic)"
    r"(?:\s(?:credit|source))?(?:\s?[:|/]\s?|\)\s)[^\n]{1,120}?[)\]]?$"
)
_PICTURE_WORDS = ("photo", "picture", "image", "foto", "visuali", "illustration", "infographic", "pix")
#: a picture's credit or label in brackets on a line of its own: "[Photo provided by the
#: Ministry of Science and ICT]", "(Provided by Satsuma Town)", "(Representative Image)",
#: "(File photo)" (probe39)
_BRACKETED_CREDIT = regex.compile(
    r"^[(\[](?:(?:photos?|pictures?|images?)\s)?(?:provided|supplied|courtesy)\s(?:by|of)\s[^()\[\]\n]{2,80}[)\]]$"
    r"|^[(\[](?:representative|representational|illustrative|file|archive|stock)\s(?:image|photo|picture)s?[)\]]$"
)
#: an artwork's label under "Photo:": its maker, title, place and year ("Photo: Dorothea
#: Lange, Migrant Mother, Nipomo, California, 1936" in an exhibition review, probe42)
_ARTWORK_LABEL = regex.compile(r"^[^,\n]+(?:,[^,\n]+){2,},\s(?:1[5-9]|20)\d\d$")
# ("Photographs by Grace Lee" under the story's byline is the photographer's byline: a
# label, kept as bylines are; and a caption credited "(Photo by AFP)" is kept as the story's
# picture's caption, probe17)
#: a caption ending in its picture's credit: "Passengers board a train at Dar es Salaam.
#: PHOTO | FILE", "Cruise passengers walk through Fira. (Photo: Eurokinissi)"
_CAPTION_CREDIT = regex.compile(
    r"^[^\n]{10,300}?(?:\s\((?:photo(?:graph)?s?|pictures?|images?|file\sphoto)(?:\s?:\s?|\s?/\s?)[^()]{1,80}\)"
    r"|[.)]\s?(?:photo(?:graph)?s?|pictures?|file\sphoto)\s?[:|/]\s?[^.!?]{1,60}"
    # "... in Hanoi. Photo by VnExpress/Giang Huy": a "by" credit with an agency's slash
    r"|\.\s(?:photo(?:graph)?s?|pictures?)\sby\s[^\s/]{2,30}/[^.!?/]{2,40}"
    # Yonhap's "(PHOTO NOT FOR SALE) (Yonhap)"
    r"|\s\(photo\snot\sfor\ssale\)\s?\([^()]{2,30}\))$"
)
#: a newsletter box's prompt: "Subscribe to our newsletter: The most important business news
#: every weekday morning. Subscribe now", "Newsletter: Sign up to get our top stories ..."
_NEWSLETTER_BOX = regex.compile(
    r"^(?:subscribe\sto\sour\snewsletters?\s?:|newsletters?\s?[:–—-]\s(?:sign\sup|subscribe|get|receive)\b)[^\n]{0,160}$"
)
#: a video player's button: "Watch video 02:14"
_WATCH_VIDEO = regex.compile(r"^watch\s(?:the\s)?video(?:\s\d{1,2}:\d{2})?$")
#: a site's terms of reuse: "Reproduction reserved © Copyright ANSA", "If you quote any
#: materials, a hyperlink to ... is required ..." (Ukrainian news sites)
_REUSE_NOTICE = regex.compile(
    r"^(?:(?:all\s)?reproduction\s(?:reserved|prohibited|forbidden|is\sprohibited)\b[^\n]{0,60}"
    r"|(?:if\syou\s(?:quote|use|copy|reprint)|when\s(?:quoting|using|copying|reprinting))\s[^\n]{0,120}?\bhyperlink\b[^\n]{0,120}"
    r"(?:required|mandatory|obligatory)\b[^\n]{0,80})$"
)
#: a link to the site's edition in another language
_READ_IN = regex.compile(
    r"^read\s(?:the\s(?:news|article|story|text)\s|this\s(?:article|story)\s)?in\s([a-z]+(?:\sand\s[a-z]+)?)$"
)


#: a value of a page's data row: a clock time, a temperature, a rate to two to four
#: decimals, a currency pair (not a price: "Price: £69.99 / $69.99 / €79.99" is a row of a
#: review's fact box, probe117)
_TICKER_VALUE = regex.compile(
    r"(?<![\w.\p{Sc}])(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|[-+−]?\d{1,3}(?:[.,]\d+)?\s?°\s?[CF]?|\d+[.,]\d{2,4}|\p{Lu}{3}/\p{Lu}{3})(?!\w)"
)
_SENTENCE_WORDS = frozenset(
    "the a an of to in on at for with by from and or but is are was were will has have said".split()
)


def _ticker_row(line: str) -> bool:
    """Whether a line is a row of a page's data widget: three values or more (prayer times,
    temperatures, exchange rates), a third of its words or more, and no word of a sentence
    ("Fajr 04:17  Sunrise 05:37  Dhuhr 12:14", "Abu Dhabi 38°C  Dubai 37°C  Sharjah 36°C",
    "USD/AED 3.6725  EUR/AED 3.9612"; probe90).

    >>> _ticker_row("Fajr 04:17  Sunrise 05:37  Dhuhr 12:14  Asr 15:39"), _ticker_row("USD/AED 3.6725  EUR/AED 3.9612  GBP/AED 4.6103")
    (True, True)
    >>> _ticker_row("The match starts at 19:45 and ends at 21:30, with a break at 20:30.")
    False
    >>> _ticker_row("Price: £69.99 / $69.99 / €79.99")
    False
    """
    values = _TICKER_VALUE.findall(line)
    if len(values) < 3:
        return False
    words = line.split()
    if 3 * len(values) < len(words) or line.rstrip()[-1:] in ".!?":
        return False
    return not any(w.lower().strip(",;") in _SENTENCE_WORDS for w in words)


#: a date of the Hijri calendar: a day, a month's name, a year of the 1400s
_HIJRI_DATE = regex.compile(
    r"(?i)\b\d{1,2}\s(?:muharram|safar|rabi[ʿ'’]?\s?(?:al|ul|i)?[-\s]?(?:awwal|thani|akhir|akhar)|jumad[ae]\s?(?:al|ul)?[-\s]?(?:ula|awwal|thani|akhir|akhirah)"
    r"|rajab|sha[ʿ'’]?ban|ramadan|ramadhan|shawwal|dhu\s?al[-\s]?qa[ʿ'’]?da[h]?|dhu\s?al[-\s]?hij[j]?ah)\s14\d\d\b"
)


_GREGORIAN_DATE = regex.compile(
    rf"(?i)(?:{_WEEKDAY_WORD},?\s)?(?:\d{{1,2}}\s{_MONTH_WORD}\.?|{_MONTH_WORD}\.?\s\d{{1,2}},?)\s\d{{4}}"
)


def _dual_date_line(line: str) -> bool:
    """Whether a line is a date in two calendars between bars: each part a date stamp or a
    Hijri date ("Tuesday, 14 May 2024 | 6 Dhu al-Qadah 1445").

    >>> _dual_date_line("Tuesday, 14 May 2024 | 6 Dhu al-Qadah 1445")
    True
    >>> _dual_date_line("Talks resume on 6 Dhu al-Qadah 1445 | Politics")
    False
    """
    for part in (p.strip() for p in line.split("|")):
        if _HIJRI_DATE.fullmatch(part) or _GREGORIAN_DATE.fullmatch(part):
            continue
        return False
    return True


def _language_switcher(line: str) -> bool:
    """Whether a line is a site's language switcher: two to six language names between bars,
    each in English or in its own script ("العربية | English", "English | Русский | Қазақша").

    >>> _language_switcher("العربية | English"), _language_switcher("English | Politics")
    (True, False)
    """
    items = [i.strip() for i in line.split("|")]
    if not 2 <= len(items) <= 6 or not all(items):
        return False
    for item in items:
        if item.lower() in _languages() or item.lower() in _LANGUAGE_AUTONYMS:
            continue
        if len(item.split()) <= 2 and not any("a" <= c.lower() <= "z" for c in item):
            continue  # a name in its own script (Arabic, Cyrillic, CJK ...)
        return False
    return True


#: languages' names in their own Latin-script spelling, as switchers write them
_LANGUAGE_AUTONYMS = frozenset(
    """english español français deutsch português italiano türkçe srpski hrvatski bosanski română polski
    čeština slovenčina magyar o'zbek oʻzbekcha qazaqşa bahasa melayu tiếng việt filipino kiswahili""".split()
) | {"bahasa indonesia", "bahasa melayu", "tiếng việt", "o'zbek tili"}


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The language names of data/titlecase/always_capitalised.txt, in lower case."""
    return frozenset(w.lower() for w in load_words("titlecase/always_capitalised.txt"))


#: a related-stories box's heading with a topic: "Read more from Bangladesh", "More on the
#: topic", "Also of interest" (probe30); the box's items go with it (chrome._related_lists)
_RELATED_LEADS = frozenset({"read", "more", "also"})
_RELATED_HEAD = regex.compile(
    r"^(?:(?i:(?:read\s)?more\s(?:from|on|about)\s)\p{Lu}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+){0,2}"
    r"|(?i:more\son\s(?:the|this)\stopic|also\sof\sinterest)):?$"
)


#: what a cookie notice talks about besides cookies: the site, the browser, consent, a policy
_COOKIE_EVIDENCE = regex.compile(
    r"""\b(?:(?:web\s?)?sites?|browsing|browsers?|(?:user\s)?experience|consent\w*|accept\w*|agree\w*
        |polic(?:y|ies)|privacy|personali[sz]\w*|analy[sz]\w*|traffic|settings|preferences|opt(?:\s|-)?out
        |third(?:\s|-)part\w*|advertis\w*|ads|functional\w*|services|visitors?|gdpr|track\w*|statistics
        |continu\w*\s(?:to\s)?(?:use|brows)\w*)\b""",
    regex.VERBOSE,
)
#: a sentence: ends like one, after several words ("Category: the council said it was a budget matter.")
_SENTENCE_TAIL = regex.compile(r"[.!?][\"'”’)]?$")
SENTENCE_WORDS = 6


def cookie_evidence(text: str) -> bool:
    """Whether text about cookies mentions what a cookie notice does (the site, consent, a policy).

    >>> cookie_evidence("to improve your experience on our site"), cookie_evidence("from the bakery")
    (True, False)
    """
    return _COOKIE_EVIDENCE.search(text.casefold()) is not None


def _prefix_fits(family: str, rest: str, line: str) -> bool:
    """The text after a lexicon prefix reads as that family's chrome.

    A cookie notice needs cookie-notice evidence ("We use cookies to improve
    your experience on our site"; not "We use cookies from the bakery in every
    recipe"); a taxonomy line is a list of tags, not a sentence.
    """
    if family == "cookies":
        return cookie_evidence(rest)
    if family == "taxonomy":
        return not _sentence(rest, line)
    if family == "related" and not _DASH_REST.match(rest):
        # "Related: <headline>"; a lower-case sentence after the colon is prose that reports
        # a fact ("Related: the palace later posted a photograph of the king.")
        sep = _SEPARATOR.search(line)
        after = line[sep.end() :] if sep is not None else rest
        return not (after[:1].islower() and _sentence(after, line))
    if _DASH_REST.match(rest):
        # after a dash the lead-in heads a headline or a link ("Read more – Iraq votes"); a
        # lower-case word or a sentence after it is prose ("Related — and just as worrying —
        # is the fall in ...", "Video — once an afterthought — now drives ...")
        dash = _DASH.search(line)  # (``rest`` is case-folded: the line tells the case)
        after = line[dash.end() :] if dash is not None else rest
        return not (after[:1].islower() or _sentence(after, line))
    return True


def _sentence(rest: str, line: str) -> bool:
    """Whether the text after a lead-in, ending ``line``, is a sentence: several words, and
    the line ends like one ("Category: the council said it was a budget matter.")."""
    return len(rest.split()) >= SENTENCE_WORDS and _SENTENCE_TAIL.search(line.rstrip()) is not None


_DASH_REST = regex.compile(r"\s?+[–—]")
_DASH = regex.compile(r"[–—]\s*+")
_SEPARATOR = regex.compile(r"[:|»›–—]\s*+")


# --- a whole-text pre-check ------------------------------------------------------------
#
# could_hold_chrome answers in a few C scans whether some line may be removed in article
# mode.  It tests the whole text, translated and case-folded as normalise_line does each
# line (both per character), with one pattern in the standard engine, led by the line
# break before each line.  Where a line rule reads a normalised line (``norm``: leading
# and trailing junk stripped, runs of white space one space), the pattern allows the junk
# before (_LEAD_CLASS) and after (_TRAIL_CLASS) and a run of white space for each space;
# its classes take str.isspace as white space (the standard engine's \s: a superset of
# the regex module's \s and what str.strip removes), so they cover what the line rules
# see.  The only characters the standard engine reads otherwise than the line rules are
# handled apart (_hidden).

_SPACE = r"[^\S\n]"
# the classes of _LEAD_JUNK and _TRAIL_JUNK within one line
_LEAD_CLASS = rf"(?:{_SPACE}|[•·|*>»«›‹◦▪■►▶→←↓↑\-–—:.!…,;/\\+#])"
_TRAIL_CLASS = rf"(?:{_SPACE}|[•·|*>»«›‹◦▪■►▶→←↓↑\-–—:.!…,;/\\+])"
_LINE_END = f"{_TRAIL_CLASS}*+$"
#: the lines (after the leading junk) of _COUNTED's first and last alternatives and of
#: COMMENTS_HEAD, the comment-section heading (_comment_section: the number, the word, and
#: "to" or "on" or the end of the line)
_COUNTED_START = (
    rf"\d[\d,]*{_SPACE}*(?:(?:comments?|replies|shares?|responses?|views?|thoughts)"
    rf"(?:{_SPACE}+(?:to|on){_SPACE}|{_LINE_END})|min(?:s|utes?)?{_SPACE}+(?:read|listen))"
)
#: how the other lines that phrase_match returns something for by a pattern start, each a
#: word and what must follow it: _COUNTED's other alternatives, _BUTTONS; and the
#: copyright lines of _COPYRIGHT's first two alternatives (the line stripped, the case
#: folded: its (?i) matches fold to these letters but for İ, see _hidden)
_MATCHER_STARTS = (
    *(
        (word, rf"{_SPACE}*\(")
        for word in ("comment", "comments", "replies", "share", "shares", "response", "responses", "discussion")
    ),
    *((word, rf"{_SPACE}+\d") for word in ("image", "photo", "picture", "slide", "comments")),
    *(("share", rf"{_SPACE}+{word}{_SPACE}") for word in ("on", "to", "via", "by")),
    ("follow", rf"{_SPACE}+us{_SPACE}"),
    *((word, "") for word in ("©", "ⓒ", "(c)", "&copy;")),
    ("copyright", rf"{_SPACE}*(?:©|ⓒ|\(c\)|&copy;|\d)"),
    # _BUTTONS' "follow <name> on <network>", _PROMPT's and _APP_PROMPT's first words, the
    # fields of _field_line, _ATTN, _DONATION
    ("follow", rf"{_SPACE}"),
    *((word, r"[^\n?]{0,180}\?") for word in ("want", "like", "liked", "enjoy", "enjoyed", "love", "loves", "loved")),
    *((word, rf"{_SPACE}+here{_SPACE}") for word in ("click", "tap")),
    ("scan", rf"{_SPACE}+(?:the|our|this){_SPACE}+qr{_SPACE}"),
    *((word, rf"{_SPACE}+(?:for|to){_SPACE}") for word in ("subscribe", "register")),
    ("sign", rf"{_SPACE}+up{_SPACE}"),
    ("join", rf"{_SPACE}+(?:us|our|the){_SPACE}"),
    *((word, rf"{_SPACE}+(?:the|our){_SPACE}") for word in ("get", "download")),
    (
        "for",
        rf"{_SPACE}+(?:more|the{_SPACE}+latest|all{_SPACE}+the{_SPACE}+latest){_SPACE}[^\n,]{{0,40}},{_SPACE}*download{_SPACE}",
    ),
    ("get", rf"{_SPACE}+(?:most|latest|top|biggest|best|daily){_SPACE}"),
    ("receive", rf"{_SPACE}"),
    ("enditem", rf"{_SPACE}*/"),  # _ENDITEM
    *((word, rf"{_SPACE}*:") for word in FIELD_STARTS if word != "web"),
    ("web", rf"{_SPACE}+editor{_SPACE}*:"),
    ("by", rf"{_SPACE}[^\n|·•]{{1,60}}[|·•]{_SPACE}*\d"),  # a byline before counters (_field_line)
    # a byline widget (_byline_widget): a separator, then a counter's digit
    *((word, rf"{_SPACE}[^\n]*?(?:[|·•]|{_SPACE}[—–\-]{_SPACE})[^\n]*\d") for word in ("by", "written")),
    ("(attn", ""),
    ("if", rf"{_SPACE}+you(?:'ve|{_SPACE}+have)?{_SPACE}+read{_SPACE}"),
    ("support", rf"{_SPACE}+(?:our|independent|quality){_SPACE}+(?:\w+{_SPACE}+)?(?:journalism|reporting)"),
    ("donate", rf"{_SPACE}+(?:to|and){_SPACE}+(?:support|help|keep)"),
    ("share", rf"{_SPACE}+(?:it|this){_SPACE}"),
    # _PROMPT's "Read the latest news on our Facebook page"
    *(
        (word, rf"{_SPACE}[^\n.!?]{{0,60}}{_SPACE}on{_SPACE}+our{_SPACE}")
        for word in ("read", "follow", "find", "watch")
    ),
)
#: _NETWORK_ROW's lines
_NETWORK_ROW_LINE = (
    rf"{_NETWORK}(?:(?:{_SPACE}*[,|/·•]{_SPACE}*|{_SPACE}+and{_SPACE}+|{_SPACE}+&{_SPACE}+|{_SPACE}+){_NETWORK})+"
    + _LINE_END
)
#: what _COPYRIGHT's last alternative needs somewhere in a line
_ALL_RIGHTS = re.compile(r"all\srights\sreserved")


def _phrase_units(phrase: str) -> list[str]:
    # a single space of a normalised phrase is a run of white space in the line
    return [f"{_SPACE}+" if c == " " else re.escape(c) for c in phrase]


@lru_cache(maxsize=1)
def _removable_lines() -> re.Pattern[str]:
    """A line of the translated and case-folded text (with a line break in front) that
    article mode may remove but for a link list (seen apart) or _COPYRIGHT's last
    alternative: a lexicon phrase (``phrase_match``: the whole phrase with junk around
    it, or a prefix phrase at its start), a line _COUNTED, _BUTTONS or _NETWORK_ROW may
    match, a comment section's heading, a copyright line.

    The literal starts are one trie (:func:`~newsclean.regex_trie.trie_alternation`): the same lines match as with the
    plain alternation of every phrase, several times faster."""
    whole, prefix = _phrases()
    lines = [(_phrase_units(p), "") for p in whole]  # the whole line, then its trailing junk
    starts = [([*map(re.escape, word), after], "") for word, after in _MATCHER_STARTS]
    # a menu row (nav_row): two navigation words first
    nav = "|".join(sorted(map(re.escape, _nav_words()), key=len, reverse=True))
    gap = rf"(?:{_SPACE}|[☰≡|·•/])+"
    starts.append(([rf"(?:{nav}){gap}(?:{nav}){gap}"], ""))
    for p, family, _ in (e for group in prefix.values() for e in group):
        # phrase_match takes a prefix phrase before a separator (_PREFIX_SEP), as the whole
        # line, and a cookie notice's before a space too
        lines.append((_phrase_units(p), ""))
        for tail in (f"{_SPACE}*[:|»›–—]", *([_SPACE, f"[.,]{_SPACE}"] if family == "cookies" else [])):
            starts.append((_phrase_units(p), tail))
    # led by the line break before the line: the engine skips to a literal fast, where a ^
    # is tried at every position
    return re.compile(
        rf"(?m)\n{_LEAD_CLASS}*+(?:{_COUNTED_START}|{trie_alternation(starts, final=True)}|{trie_alternation(lines)}{_LINE_END}"
        rf"|{_NETWORK_ROW_LINE})"
        rf"|\n{_SPACE}*/[a-z]{{2,4}}{_SPACE}*$|\n{_SPACE}*[★☆✩✪⭐]{{3,5}}{_SPACE}*$"
        # a time stamp (timestamp_line): its first token, then a bounded line (casefold
        # makes a character three at most) holding a relative time's "ago", a reading time or
        # a clock time
        rf"|\n{_LEAD_CLASS}*+(?={_STAMP_START})(?=[^\n]{{0,{3 * _STAMP_RAW_MAX}}}?(?:ago|read(?:ing)?{_SPACE}*time"
        rf"|min(?:ute)?s?{_SPACE}+(?:read|listen)|\d[:.h]\d|\d{_SPACE}*[ap]\.?m(?![a-z])|views?\b|\d{_SPACE}*min(?:ute)?s?\b"
        rf"|listen{_SPACE}+to{_SPACE}+(?:this{_SPACE}+|the{_SPACE}+)?(?:article|story)))"
        rf"[^\n]{{0,{3 * _STAMP_RAW_MAX}}}?{_SPACE}*$"
    )


_REGEX_DIGIT = regex.compile(r"\d")
_STD_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _hidden(c: str) -> bool:
    r"""Whether a line rule may see in the non-ASCII character ``c`` what the pre-check's
    pattern does not: a digit of the regex module's newer Unicode tables (not \d to the
    standard engine), or İ (which _COPYRIGHT's (?i) matches as i; it folds to i̇).

    >>> _hidden("\U00010d40"), _hidden("\u0130"), _hidden("é"), _hidden("٣")
    (True, True, False, False)
    """
    if c == "\u0130":
        return True
    return any(
        _REGEX_DIGIT.match(f) is not None and _STD_DIGIT.match(f) is None for f in c.translate(_QUOTES).casefold()
    )


_ASCII_RUNS = re.compile("[\x00-\x7f]+")
_QUOTE_CHARS = frozenset(quote for quote, _ in _QUOTE_PAIRS)


def _latin1_caseless(c: str) -> bool:
    """A quote of _QUOTE_PAIRS (translated before folding), or a Latin-1 character that
    casefold leaves as it is (``£``, ``é``; not ``É`` or ``ß``)."""
    return c in _QUOTE_CHARS or (c <= "\xff" and c.casefold() == c)


def _has_link_list(text: str) -> bool:
    """Whether a line of ``text`` is a link list (``line_facts(line).link_list``): only the
    lines holding one of _is_link_list's separators are read, each once.

    >>> _has_link_list("Home | News | Sport\\n\\nText."), _has_link_list("Songs / music by a band we all love.")
    (True, False)
    """
    for sep in _LINK_SEP_CHARS:
        # (a multi-character separator after a C scan for its rarer character)
        if sep not in text if len(sep) == 1 else (sep[1] not in text or sep not in text):
            continue
        pos = text.find(sep)
        while pos >= 0:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            if end < 0:
                end = len(text)
            if line_facts(text[start:end].strip()).link_list:
                return True
            pos = text.find(sep, end)
    return False


def could_hold_chrome(text: str, non_ascii: frozenset[str] | None = None) -> bool:
    """Whether some line of ``text`` may be a lexicon phrase, a copyright line or a link list.

    A necessary condition, tested on the whole text at once: without any of
    them the article mode removes no line (menus and related-stories boxes
    need a phrase line; a comment section its heading), so a clean article
    skips the per-line facts.  ``non_ascii``: the text's non-ASCII
    characters, when known (``Document.non_ascii``).

    >>> could_hold_chrome("Iraq votes\\n\\nIraqis voted on Sunday."), could_hold_chrome("News\\n» Leave a Reply")
    (False, True)
    """
    if _has_link_list(text):
        return True
    if text.isascii():
        folded = text.lower()  # casefold on ASCII; no quote to translate
    else:
        if non_ascii is None:
            non_ascii = frozenset(_ASCII_RUNS.sub("", text))
        if any(map(_hidden, non_ascii)):
            return True
        for quote, plain in _QUOTE_PAIRS:  # text.translate(_QUOTES), in a few C scans
            if quote in text:
                text = text.replace(quote, plain)
        if all(map(_latin1_caseless, non_ascii)):
            # casefold changes the ASCII letters only, as bytes.lower (several times faster)
            folded = text.encode("latin-1").lower().decode("latin-1")
        else:
            folded = text.casefold()
    if "reserved" in folded and _ALL_RIGHTS.search(folded):
        return True
    if ("privacy" in folded or "terms" in folded) and _holds_consent_line(folded):
        return True  # a sign-up form's consent line (widget_match)
    if "@" in folded and _EMAIL_LINE_HINT.search("\n" + folded) is not None:
        return True  # an e-mail address alone on its line (widget_match)
    if any(h in folded for h in _NOTICE_HINTS) and _holds_notice(folded):
        return True  # a consent banner, a paywall, a newsletter box (widget_match's _notice)
    folded = "\n" + folded
    if (
        _removable_lines().search(folded) is not None
        or _WIDGET_HINT.search(folded) is not None
        or _TYPO_HINT.search(folded) is not None
    ):
        return True
    # a name, its separator, then a stamp (widget_match's _STAMP_LEAD), or a view counter: a
    # CMS line at the text's edges, looked for in its first and last lines only
    edges = folded if len(folded) <= 2 * _EDGE_CHARS else folded[:_EDGE_CHARS] + "\n" + folded[-_EDGE_CHARS:]
    if _STAMP_LEAD_HINT.search(edges) is not None:
        return True
    if _ticker_hint(edges) or "english |" in edges or "| english" in edges:
        return True  # a data row, a language switcher (widget_match, probe90)
    if "|" in edges and _HIJRI_DATE.search(edges) is not None:
        return True  # a date in two calendars
    # a caption's credit may stand anywhere in its line: only where a picture word is
    return any(hint.search(folded) is not None for hint in _CAPTION_HINTS)


#: where widget_match's later shapes may stand (picture credits and captions, newsletter
#: boxes, a video button, reuse notices, related-box headings with a topic, a section before
#: a stamp, fields and share rows with a colon): the pre-check's second look, at line starts
#: (or a caption's credit anywhere)
_WIDGET_HINT = re.compile(
    rf"\n{_LEAD_CLASS}*+(?:[(\[]?(?:photo(?:graph)?s?|pictures?|images?|pic|pix|foto|file\sphoto|visuali[sz]ation"
    r"|illustration|infographic)(?:\s(?:credit|source))?"
    r"(?:\s?[:|/]|\s(?:by|courtesy|via|provided|supplied)\s)|newsletters?\s?[:–—-]|subscribe\sto\sour\snewsletter"
    r"|[(\[](?:provided|supplied|courtesy)\s|[(\[](?:representative|representational|illustrative|file|archive|stock)\s"
    r"|watch\s(?:the\s)?video|(?:all\s)?reproduction\s|if\syou\s(?:quote|use|copy|reprint)\s|when\s(?:quoting|using|copying)"
    r"|read\smore\s(?:from|on|about)\s|more\s(?:from|on|about)\s|more\son\s(?:the|this)\stopic|also\sof\sinterest"
    r"|edited\sby|written\sby|read\s(?:the\s\w+\s|this\s\w+\s)?in\s"
    r"|share(?:\sthis(?:\sarticle|\sstory)?)?\s?:"
    r"|publication\sdate|status\s?:|views?\s?:|time\s?:\s?\d|\(end\)|share\s?[-–—]|readers?['’]?s?\scomments)"
)
#: a value of a data row (a necessary condition of _TICKER_VALUE's, in folded text)
_TICKER_HINT_VALUE = re.compile(r"\d:\d\d|\d\s?°|\d[.,]\d\d|[a-z]{3}/[a-z]{3}")


def _ticker_hint(edges: str) -> bool:
    """Whether a short line of the text's edges (150 characters at most) holds three values
    of a data row: a necessary condition of :func:`_ticker_row` (a paragraph of figures is
    no such line).

    >>> _ticker_hint("\\nfajr 04:17  sunrise 05:37  dhuhr 12:14\\n"), _ticker_hint("\\n" + "shares rose 2.51, 3.75 and 4.10 in a year of gains, " * 3)
    (True, False)
    """
    return any(
        len(_TICKER_HINT_VALUE.findall(line)) >= 3
        for line in edges.split("\n")
        if 10 <= len(line) <= 150 and (":" in line or "°" in line or "/" in line or "." in line or "," in line)
    )


#: (the typo prompt's words stand mid-line: a search led by its literal)
_TYPO_HINT = re.compile(r"select[^\S\n]+(?:it|the[^\S\n]+(?:text|error|mistake))[^\S\n]+and[^\S\n]+press[^\S\n]+ctrl")
_EDGE_CHARS = 300
_STAMP_LEAD_HINT = re.compile(
    r"\n[^\n\d]{1,30}?(?:[,|•·]|/[^\n/]{2,20}/)[^\S\n]?(?:\d[^\n]{0,80}?(?:\d[:.h]\d\d|read(?:ing)?\stime|views?\b)"
    r"|(?:last\s)?(?:updated|published|posted))"
    # a section's name, a space and a date ("economy 13.11.2025 | 11:30", _STAMP_LEAD)
    rf"|\n{_LEAD_CLASS}*+[^\W\d_]{{1,30}}[^\S\n]\d{{1,4}}[./\-]\d{{1,2}}[./\-]\d{{1,4}}[^\n]{{0,40}}?\d[:.h]\d\d"
)
#: (a superset of _CAPTION_CREDIT's credits, led by the picture word: the engine skips to it)
#: one pattern per word, each led by its literal (the engine skips to a literal fast)
#: (a search led by a literal costs less than a substring test first)
_CAPTION_HINTS = (
    re.compile(r"photo(?:graph)?s?(?:[^\S\n]?[:|/)]|[^\S\n]by[^\S\n][^\s/]{2,30}/|[^\S\n]not[^\S\n]for[^\S\n]sale)"),
    *(re.compile(rf"{w}s?[^\S\n]?[:|/)]") for w in ("picture", "image")),
)


# --- labels: bylines, datelines, credit lines (content, kept by default) -----------------

_MONTH = rf"{_MONTH_WORD}\.?"
_WEEKDAY = rf"{_WEEKDAY_WORD}\.?"
_DATE_TOKEN = regex.compile(
    rf"""(?ix)
    \b(?:{_MONTH}|{_WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}|\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?
       |[ap]\.?m\.?|noon|midnight|e[sd]t|[cp][sd]t|gmt|bst|utc|cet|ist|aest|et|pt|updated|published|posted
       |last|modified|on|at|created|date|time|today|yesterday|ago|hours?|minutes?|mins?|days?|weeks?|months?|years?
       |\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}})\b
    | [,|•·:()/\-–—.]
    """
)
_HAS_DATE = regex.compile(
    rf"(?i)\b(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|\d+\s+(?:hours?|minutes?|mins?|days?|weeks?|months?|years?)\s+ago|{_WEEKDAY}\b)"
)
_BYLINE = regex.compile(
    r"""^(?:(?:words|written|story|text|reporting|report|interview|photos?|analysis)\s+)?
        (?:by|BY|By)(?:\s*+:\s*+|\s++)
        (?:the\s)?\p{Lu}[\p{L}'’.\-]*+,?(?:\s++(?:\p{Lu}[\p{L}'’.\-]*+,?|van|von|de|da|del|der|bin|al|el|and|AND|&))*+
        (?:\s*+[,|•·/–—-]\s*+.{0,80})?$""",
    regex.VERBOSE,
)
# a blog or CMS byline: "Posted by admin on July 26, 2021", "Posted by Ned Deily at 5:11 AM"
_POSTED_BY = regex.compile(r"^(?:Posted|Published|Submitted)\ by\ \S")
_CREDIT = regex.compile(
    r"""(?ix)^\(?\s*(?:
        (?:photo(?:graph)?s?|image|picture|pic|video|graphic|illustration|credit|source|file\sphoto)\s*+(?:credit)?\s*+[:/|]
      | (?:photo|image|picture|illustration|video)\s+(?:by|courtesy|via)\b
      | (?:additional\s)?reporting\sby\b | (?:writing|editing|compiled|edited|translated)\sby\b
      | (?:\p{Lu}[\p{L}.'’-]*+\s){0,4}(?:writers?|correspondents?|reporters?)\s.{0,80}\bcontributed\b
      | (?:the\s)?(?:associated\spress|reuters|afp|ap|agence\sfrance-presse|bloomberg|cnn|bbc)\s
        (?:contributed|also\scontributed)\b
      | this\s(?:story|article|report)\s(?:was|has\sbeen)\s(?:updated|corrected|produced|written|edited|amended)\b
      | getty\simages | ap\sphoto | reuters/
    )""",
)
#: "WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ", "BAGHDAD — " at the start of a paragraph.
DATELINE_PREFIX = regex.compile(
    r"""^(?:\p{Lu}[\p{Lu}.'’\-]++(?:\s\p{Lu}[\p{Lu}.'’\-]++){0,3})(?:,\s[\p{L}. ]{2,30}?)?
        (?:,?\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})?
        \s?(?:\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|IANS|PTI|ANI|Xinhua|TASS)\)\s?)?[—–\-]{1,2}\s(?=\S)""",
    regex.VERBOSE,
)


#: what every line label_of calls a byline or a date line holds: _BYLINE's "by" (after at
#: most one word), _POSTED_BY's verb first, or a digit or a weekday's first letters (every
#: alternative of _HAS_DATE holds one; the regex module's digits, as _HAS_DATE reads them)
_BY_START = re.compile(r"(?:\S+\s+)?(?i:by)\b|(?:Posted|Published|Submitted)\b")
_DATE_HINT = regex.compile(r"\d|(?i:mon|tue|wed|thu|fri|sat|sun)")


def may_be_byline_or_dateline(line: str) -> bool:
    """A cheap necessary condition of :func:`label_of` returning ``"byline"`` or
    ``"dateline"`` (a few anchored or literal tests, not the full patterns).

    >>> may_be_byline_or_dateline("Posted by admin"), may_be_byline_or_dateline("Updated Mon")
    (True, True)
    >>> may_be_byline_or_dateline("Floods hit towns in the north")
    False
    """
    return _BY_START.match(line) is not None or _DATE_HINT.search(line) is not None


def label_of(line: str) -> str | None:
    """``"byline"``, ``"dateline"`` or ``"credit"`` for such lines, else ``None``.

    >>> label_of("By Tom Krisher, AP Auto Writer"), label_of("Updated 1:39 am EST, November 20, 2019")
    ('byline', 'dateline')
    >>> label_of("Posted by admin on July 26, 2021")
    'byline'
    >>> label_of("Photo: Damian Dovarganes, AP"), label_of("The minister said so.") is None
    ('credit', True)
    """
    words = line.split()
    if not words or len(words) > 30:
        return None
    if len(words) <= 14 and (_BYLINE.match(line) or _POSTED_BY.match(line)) and not line.rstrip().endswith(("?", "!")):
        return "byline"
    if len(words) <= 16 and _HAS_DATE.search(line):
        rest = _DATE_TOKEN.sub(" ", line)
        if len(rest.split()) <= 1:
            return "dateline"
    if _CREDIT.match(line) or _SHORT_COPYRIGHT.match(line):
        return "credit"
    return None


# --- shape -----------------------------------------------------------------------------

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*+")
# _WORD for ASCII lines, in the standard engine (twice as fast; the same tokens)
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
_TERMINAL = regex.compile(r"""[.!?…:;]["'”’)\]]*+$""")
_TERMINAL_CHARS = frozenset(".!?…:;")
_CLOSERS = "\"'”’)]"


def _terminal(line: str) -> bool:
    """Whether ``_TERMINAL`` is found in the line (sentence punctuation, then closing quotes or
    brackets, at its end), without scanning the whole line.

    >>> _terminal('He said "no."'), _terminal("Home | News"), _terminal("Why?)")
    (True, False, True)
    """
    if line.endswith("\n"):
        line = line[:-1]  # $ also matches before a final line break
    return line.rstrip(_CLOSERS)[-1:] in _TERMINAL_CHARS


# (» › > join a breadcrumb trail: "Home » World » Europe")
_LINK_SEP = regex.compile(r"\s[|•·»›>]\s|\s/\s|\s{2,}")
_LINK_SEP_CHARS = ("|", "•", "·", " / ", "»", "›", " > ")
_COPYRIGHT = regex.compile(
    r"(?i)^(?:copyright\s*+)?(?:©|ⓒ|\(c\)|&copy;)\s*+(?:copyright\s*+)?(?:\d{4}|.*\brights\b|.*\b(?:reproduc|redistribut)\w*)"
    r"|^copyright\s++(?:\d{4}|©|ⓒ)|\ball\srights\sreserved\b"
    # "© AFP 2024", "© TASS 1999-2024": a holder, then the year or years ending the line (a
    # credit has no year)
    r"|^(?:©|ⓒ|\(c\)|&copy;)\s*+\p{Lu}[\p{L}.&'’\- ]{0,40}?\s(?:(?:19|20)\d\d\s?[-–]\s?)?(?:19|20)\d\d\.?\s*+$"
)
#: "© Reuters", "(c) Jane Doe": a picture or text credit, not a footer.
_SHORT_COPYRIGHT = regex.compile(r"^(?:©|\(c\))\s*+\p{Lu}[\p{L}.&'’\-]*+(?:\s++[\p{L}.&'’/\-]++){0,3}$")


@dataclass(frozen=True, slots=True)
class LineFacts:
    """What one line looks like, independent of its neighbours."""

    norm: str
    words: int
    chars: int
    stop_density: float
    terminal: bool
    phrase: tuple[str, str, str] | None
    label: str | None
    link_list: bool
    copyright: bool
    capitalised: float  # share of words starting upper case
    #: :func:`widget_match`'s hit: article mode's evidence beside ``phrase``
    widget: tuple[str, str, str] | None = None

    @property
    def prose(self) -> bool:
        """Reads like a sentence: long enough, function words, or sentence punctuation."""
        if self.phrase is not None or self.link_list or self.copyright:
            return False
        if self.words >= 8 and self.terminal and self.stop_density >= 0.15:
            return True
        return self.words >= 12 and self.stop_density >= 0.25


#: a breadcrumb trail from the home page: "Home » World", "Home > News > Politics"
_HOME_TRAIL = regex.compile(r"(?i)home\s*+[»›>|/•·]")


#: a spaced separator of a tag list after a headline ("... shortages | Syria | Turkey")
SEPARATED_TAG = regex.compile(r"[ \t]+[|•·][ \t]+")
_TAG_ITEM = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{N}'’.\-&]*|\p{N}+)(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?(?:\p{Lu}[\p{L}\p{N}'’.\-&]*|\p{N}+)){0,3}"
)
_HEADLINE_WORD = regex.compile(r"\b\p{Ll}\p{L}*")


def separated_tags_start(line: str) -> int | None:
    """Where a list of two or more tags after a headline starts (at the space before the
    first separator): a headline of five words or more with two lower-case words of its
    grammar, then short capitalised items between spaced separators ("Turkey begins
    pumping Azerbaijani gas to Syria | Syria | Turkey | Natural Gas").  Such a line is
    no link list: its first item is the story's headline.

    >>> h = "Turkey begins pumping gas to Syria to ease shortages | Syria | Turkey | Natural Gas"
    >>> h[:separated_tags_start(h)]
    'Turkey begins pumping gas to Syria to ease shortages'
    >>> separated_tags_start("Home | News | Sport | Weather") is None
    True
    >>> separated_tags_start("Turkey begins pumping gas to Syria | Daily Sabah") is None  # one item
    True
    >>> separated_tags_start("Turkey begins pumping gas to Syria | Syria | it said so") is None
    True
    """
    if "|" not in line and "•" not in line and "·" not in line:
        return None
    first = SEPARATED_TAG.search(line)
    if first is None:
        return None
    head = line[: first.start()]
    if len(head.split()) < 5 or len(_HEADLINE_WORD.findall(head)) < 2 or head.rstrip()[-1:] in ".!?:":
        return None
    items = SEPARATED_TAG.split(line[first.start() :])[1:]
    if len(items) < 2 or not all(_TAG_ITEM.fullmatch(item.strip()) for item in items):
        return None
    return first.start()


#: a hashtag list after a headline: " #Poland #Germany #migration", " #Extra budget #Economy"
_HASHTAG_TAIL = regex.compile(r"[ \t]+#\p{L}[^#\n]{0,40}?(?:[ \t]*#\p{L}[^#\n]{0,40}?)+[ \t]*$")
#: a tag list after a headline, marked ("... inland Tags: rice, Mekong, drought") or after a
#: bar ("... exam | education, universities, exams"): two items or more, three after a bar
_MARKED_TAIL = regex.compile(
    r"[ \t]+(?i:tags|keywords|topics)[ \t]?:[ \t]*(?P<items>[^,\n.!?:;|]{1,40}(?:,[ \t]*[^,\n.!?:;|]{1,40})+)[ \t]*$"
)
_BAR_TAIL = regex.compile(r"[ \t]+\|[ \t]+(?P<items>[^,\n.!?:;|]{1,40}(?:,[ \t]*[^,\n.!?:;|]{1,40}){2,})[ \t]*$")
#: a comma list of capitalised tags after a headline, glued to its last word or after a space
#: ("... of disputesKyrgyzstan, Tajikistan, Border, Batken", "... meals Indonesia, Free Meals,
#: Prabowo, Food Poisoning"): four items or more, no "and" before the last
_TAG_ITEM_RX = r"(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.\-&]*+(?:[ \t](?:(?:of|and|for|the|&)[ \t])?(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.\-&]*+){0,3}"
_COMMA_TAIL = regex.compile(rf"(?<=\p{{Ll}}|\p{{Ll}}[ \t]){_TAG_ITEM_RX}(?:,[ \t]*{_TAG_ITEM_RX}){{3,}}[ \t]*$")


def _long_tag(m: regex.Match[str]) -> bool:
    """Whether an item of a tag list's ``items`` group has five words or more (no tag)."""
    return any(len(t.split()) > 4 for t in m.group("items").split(","))


def _headline_before(line: str, start: int) -> str | None:
    """The headline before a tag list starting at ``start``: four words or more, two of them
    in lower case, no sentence end; else None."""
    head = line[:start].rstrip()
    if len(head.split()) < 4 or len(_HEADLINE_WORD.findall(head)) < 2 or head[-1:] in ".!?:,;":
        return None
    return head


def marked_tags_start(line: str) -> int | None:
    """Where a tag list marked "Tags:" (or "Keywords:", "Topics:") glued to the end of a
    headline-like line starts (the space before the mark), or None: four words before it,
    two of them in lower case, no sentence end, items of four words at most.

    >>> h = "Sharjah to introduce paid parking on Fridays Tags: Sharjah, Parking, Transport"
    >>> h[:marked_tags_start(h)]
    'Sharjah to introduce paid parking on Fridays'
    >>> marked_tags_start("The mural was signed. Tags: the artist calls them, and they stay") is None
    True
    """
    m = _MARKED_TAIL.search(line) if ":" in line else None
    if m is None or _long_tag(m):
        return None
    head = _headline_before(line, m.start())
    return None if head is None else len(head)


def listed_tags_start(line: str) -> tuple[int, bool] | None:
    """Where a hashtag or comma list of tags after a headline starts, and whether the body
    must confirm it (a comma list after a space could be the headline's own list of
    places): a headline of four words or more with two lower-case words before it.

    >>> h = "Poland reintroduces checks on its borders #Poland #Germany #migration"
    >>> h[:listed_tags_start(h)[0]]
    'Poland reintroduces checks on its borders'
    >>> h = "Neighbours reopen border crossings to end disputesKyrgyzstan, Tajikistan, Border, Batken"
    >>> h[:listed_tags_start(h)[0]], listed_tags_start(h)[1]
    ('Neighbours reopen border crossings to end disputes', False)
    >>> listed_tags_start("Storms hit Paris, Berlin, Rome and Madrid") is None
    True
    """
    m = _HASHTAG_TAIL.search(line) if "#" in line else None
    confirm = False
    if m is None and (":" in line or "|" in line):
        # "... inland Tags: rice, Mekong, drought"; "... exit exam | education, universities,
        # exams, Ethiopia", which the body confirms (probe47); an item of five words or more
        # is no tag
        m = _MARKED_TAIL.search(line) if ":" in line else None
        if m is None and "|" in line:
            m = _BAR_TAIL.search(line)
            confirm = m is not None
        if m is not None and _long_tag(m):
            m = None
    if m is None:
        if line.count(",") < 3:
            return None
        m = _COMMA_TAIL.search(line)
        if m is None:
            return None
        confirm = line[m.start() - 1] in " \t"
    start = m.start()
    head = _headline_before(line, start)
    if head is None:
        return None
    return (start if line[start - 1 : start] not in " \t" else len(head)), confirm


_BREADCRUMB_PAIR = regex.compile(
    r"^\p{Lu}[\p{L}&\-]*+(?:\s\p{L}[\p{L}&\-]*+){0,2}\s[»›>]\s\p{Lu}[\p{L}&\-]*+(?:\s\p{L}[\p{L}&\-]*+){0,2}$"
)
_SITE_SECTION = regex.compile(
    r"^(?:[\p{L}\p{N}\-]++\.[a-z]{2,4}\s\|\s\p{Lu}[\p{L}&\-]*+(?:\s\p{L}[\p{L}&\-]*+){0,2}"
    # a site's name, then a section a news site names so ("Ada Derana English | Local News",
    # "Euronews Albania | News"; probe35)
    r"|\p{Lu}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+){0,3}\s\|\s(?i:(?:local|world|national|international|breaking|latest|top)\s)?"
    r"(?i:news|politics|business|economy|sports?|world|opinion|health|technology|tech|entertainment|culture|lifestyle|science))$"
)


_PRICE = regex.compile(r"\p{Sc}\ ?\d|\d\ ?\p{Sc}")
_TWO_LETTERS = regex.compile(r"\p{L}\p{L}")


def _bare_price(item: str) -> bool:
    """A price with no word of its own ("$69.99"; "TRM: $3,912.45" labels its price)."""
    return _PRICE.search(item) is not None and _TWO_LETTERS.search(item) is None


def _is_link_list(line: str, words: int) -> bool:
    """Whether the line is a list of links: three or more short items between link
    separators, or a breadcrumb trail from the home page (two items are enough there).

    >>> _is_link_list("Home » World", 2), _is_link_list("Home | News | Sport", 3)
    (True, True)
    >>> _is_link_list("World | Europe", 2), _is_link_list("Home » The minister said so.", 5)
    (False, False)
    >>> _is_link_list("Home » Metro Plus » Lagos begins enforcement of ban on styrofoam, single-use plastics", 13)
    True
    >>> _is_link_list("Price: £69.99 / $69.99 / €79.99", 5), _is_link_list("TRM: $3,912.45 | Café: US$2.21/lb | Bogotá 18°C", 9)
    (False, True)
    """
    if not any(sep in line for sep in _LINK_SEP_CHARS):
        return False
    if separated_tags_start(line) is not None:
        return False  # a headline with its tags (the chrome step cuts the tags)
    items = [p.strip() for p in _LINK_SEP.split(line) if p.strip()]
    if len(items) == 2 and _HOME_TRAIL.match(line):
        return len(items[1].split()) <= 4 and not _terminal(items[1])
    if len(items) == 2 and (_BREADCRUMB_PAIR.match(line) or _SITE_SECTION.match(line)):
        # "Society » Ecology" (a breadcrumb), "Agenda.ge | Business" (the site, its section):
        # chrome only in the edge zone, as every link list (probe31)
        return True
    if words < 3 or len(items) < 3:
        return False
    # (a bare price is no link's label: "Price: £69.99 / $69.99 / €79.99" is a row of a
    # review's fact box, probe117; "TRM: $3,912.45 | Café: US$2.21/lb" labels its prices)
    short = sum(1 for p in items if len(p.split()) <= 4 and not _terminal(p) and not _bare_price(p))
    if short == len(items) - 1 and _HOME_TRAIL.match(line) and len(items[-1].split()) > 4:
        return True  # a trail from the home page to the page's own title, at its end (probe50)
    return short >= 0.8 * len(items)


_LONG_LINE = 400
_FIRST_CHAR = itemgetter(0)


@lru_cache(maxsize=1 << 16)
def line_facts(line: str) -> LineFacts:
    """The facts of one (stripped) line (cached: menus and footers recur across pages).

    >>> f = line_facts("Home | News | Sport | Weather")
    >>> f.link_list, f.prose
    (True, False)
    """
    ascii_line = line.isascii()
    tokens = (_ASCII_WORD if ascii_line else _WORD).findall(line)
    n = len(tokens)
    if n:
        # C-level maps instead of per-token Python: the same counts (casefold is lower on ASCII)
        in_stops = stopwords().__contains__
        sd = sum(map(in_stops, map(str.lower if ascii_line else str.casefold, tokens))) / n
        caps = sum(map(str.isupper, map(_FIRST_CHAR, tokens))) / n
    else:
        sd = caps = 0.0
    long = len(line) > _LONG_LINE  # a paragraph: no phrase, label or copyright line is this long
    norm = "" if long else normalise_line(line)
    return LineFacts(
        norm=norm,
        words=n,
        chars=len(line),
        stop_density=sd,
        terminal=_terminal(line),
        phrase=None if long else phrase_match(line, norm),
        label=None if long else label_of(line),
        link_list=_is_link_list(line, n),
        copyright=not long and n <= 40 and bool(_COPYRIGHT.search(line)),
        capitalised=caps,
        widget=None if long else widget_match(line, norm),
    )
