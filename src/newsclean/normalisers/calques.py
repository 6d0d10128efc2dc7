"""Calqued news formulae: machine-translated renderings of standard English news phrases.

Machine translation (and translation into another language and back) turns
the fixed formulae of English news into word-for-word renderings:
``Associated Press writer Robert Burns from Washington prepared the
reports.`` for ``... in Washington contributed to this report.``,
``told in an interview`` for ``said in an interview``, ``declined to give
comments`` for ``declined to comment``, ``Xinhua News Agency, Beijing, July
26 (Reporter Ni Yuanjin)`` for ``Beijing, July 26 (Xinhua, by Ni Yuanjin)
--``.  The phrasebook ``data/calques/phrasebook.tsv`` lists, per family,
the standard formula and its MT renderings with slots for names, places,
agencies and dates, and where each variant was seen (``wmt21:<segment>``,
``seed``, or a documented calque of Russian, Chinese or German news).

Every row is one pattern; the rule name is the family
(``calques.credit_line``, ``calques.told_reporters`` ...).  Patterns are
written to match only renderings that are not good English, so a correct
text comes out unchanged; the edit covers only the characters that change
(slots, such as names, are kept verbatim).

Pattern language (see the phrasebook header): a space matches a run of
spaces on one line; ``{NAME}``, ``{PLACE}``, ``{CITY}``, ``{AGENCY}``,
``{MEDIA}``, ``{DATE}``, ``{ORG}`` and ``{WORD}`` are typed slots (numbered when a type
is used twice: ``{NAME2}``, ``{PLACE2}``); ``{X:a|b}`` is a slot
matching one of the listed words; ``{SPEAKER}``, ``{LINESTART}`` and
``{LINEEND}`` are zero-width assertions (:data:`ASSERTIONS`); a leading ``^``
means the start of a line or sentence; other syntax is ``regex`` syntax (groups become non-capturing).
In a replacement, ``{X}`` copies a slot and ``{X|a=b|c=d}`` copies it with
the listed words mapped (``{W|his=him}``).  Literal words match in either
case; the replacement takes the capitalisation of the matched text.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> t = "Associated Press writer Robert Burns from Washington prepared the reports."
>>> apply_edits(t, list(Calques().find_edits(Document(t))))
'Associated Press writer Robert Burns in Washington contributed to this report.'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from ..datafiles import DataError, load_tsv
from ..document import Document
from ..edits import Edit
from . import Step

__all__ = ["Calques", "phrasebook"]

_SP = r"[^\S\n]+"
_CAP = r"\p{Lu}[\p{L}\p{M}'’\-]*+"
_PARTICLE = r"(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|del|der|dos|ter)"
# a particle joined by a space or a hyphen: "Nidal al-Mughrabi", "Ursula von der Leyen"
_ONE_NAME = rf"{_CAP}(?:{_SP}(?:{_PARTICLE}(?:{_SP}|-))*+{_CAP}){{0,3}}"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_MEDIA_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\p{N}\-]*+(?:\.\p{L}[\p{L}\p{M}\p{N}\-]*+)*+|\p{Ll}[\p{L}\p{M}\p{N}\-]*+\.\p{Ll}{2,4})"
)
_ORG_HEAD = (
    r"(?:Ministry|Office|Service|Department|Committee|Commission|Kremlin|Pentagon|Agency|"
    r"Directorate|Administration|Embassy|Government|Prosecutor['’]s\ Office|Investigative\ Committee)"
)

#: typed slots: name -> regex (always case-sensitive)
SLOTS: Mapping[str, str] = {
    "NAME": rf"{_ONE_NAME}(?:(?:,{_SP}|{_SP}and{_SP}|{_SP}&{_SP}){_ONE_NAME}){{0,4}}",
    # (a city may come with its country or state between commas: "Port-au-Prince, Haiti,")
    "PLACE": rf"{_CAP}(?:{_SP}{_CAP}){{0,2}}(?:,{_SP}{_CAP}(?:{_SP}{_CAP}){{0,2}},)?",
    "CITY": rf"{_CAP}(?:{_SP}{_CAP}){{0,2}}",
    "AGENCY": rf"(?:The{_SP})?{_CAP}(?:{_SP}{_CAP}){{0,3}}",
    "MEDIA": rf"(?:the{_SP})?{_MEDIA_WORD}(?:{_SP}{_MEDIA_WORD}){{0,3}}",
    "DATE": rf"{_MONTH}{_SP}\d{{1,2}}(?!\d)",
    "ORG": rf"the{_SP}(?:{_CAP}{_SP}){{0,4}}{_ORG_HEAD}(?:{_SP}of{_SP}(?:the{_SP})?{_CAP}(?:{_SP}{_CAP}){{0,3}})?",
    # one word in lower case (a clause's first word, copied with the match's capital)
    "WORD": r"\p{Ll}[\p{L}\p{M}'’\-]*+",
}

_SENTENCE_START = r"(?<=\A|\n[^\S\n]*|[.!?:;][\"”’')]?[^\S\n]+)"
#: zero-width assertions a row may name like a slot (they match no text and copy nothing),
#: written in the pattern language (a space is a run of spaces):
#: ``{SPEAKER}`` a subject that starts its clause stands before: a pronoun, a name (not a
#: capitalised common word) or "the minister" ... ("the jokes he told at the press
#: conference", "a story first told in an interview" are English);
#: ``{LINESTART}``, ``{LINEEND}``: the match is a line of its own (a credit line), ending
#: in at most a full stop
#: a name's lower-case particle before a capitalised word ("Basim al-Awadi", "Mohammed bin
#: Salman", "Luiz Inácio Lula da Silva"), in the names of ASSERTIONS' SPEAKER (a space is
#: written \x20: the pattern language reads a space as a run of spaces)
_NAME_PARTICLE = (
    r"(?:(?-i:al|el|ad|ash|as|at|az|ar|bin|ibn|bint|abu|de|da|di|du|dos|das|van|von|der|den|del|la|le)[\-\x20])?"
)
#: the titles AP capitalises before a name, after which a speaker's name may stand (SPEAKER;
#: a title in lower case is any lower-case word there)
_SPEAKER_TITLES = (
    "Minister|President|Governor|Mayor|Director|Secretary|Chairman|Ambassador|Commander|Prosecutor|Premier|Senator"
)
ASSERTIONS: Mapping[str, str] = {
    "SPEAKER": (
        r"(?<=(?:^|[.!?;:,\"“”\(] |\b(?:and|but|that|then|also|later|earlier|now) )"
        r"(?:he|she|they|we|I"
        r"|(?!(?:anything|nothing|everything|something|what|whatever|that|this|those|these|all|the|an?|some|much|little|it)\b)"
        r"(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*(?: " + _NAME_PARTICLE + r"(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*){0,3}"
        r"|(?:the|a|an) (?:minister|spokesman|spokeswoman|spokesperson|official|president|ambassador|governor|mayor"
        r"|head|chief|director|source|representative|prosecutor|ministry|police|chairman|chairwoman|deputy|envoy"
        r"|commander|leader|secretary|premier|senator|adviser|advisor|lawyer|attorney|judge|analyst|economist"
        r"|expert|coach|captain|manager|negotiator|activist|witness|lawmaker|diplomat|officer|commissioner)s?) "
        # or a person's name of two words or more after the title before it ("government
        # spokesman Basim al-Awadi said to the journalists", probe69), after an office's
        # capitalised portfolio ("the minister of the Economy Antoine Armand declared to the
        # journalists", probe103), or after any lower-case word that ends a description
        # ("the chief of Serbian diplomacy Nikola Ristić said to Tanjug", probe105)
        r"|(?<=\b(?-i:" + _SPEAKER_TITLES + r") |\b(?:of|for) (?:the )?(?-i:\p{Lu})\p{Ll}+ |\b(?-i:\p{Ll}{3,}) )"
        r"(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*(?: " + _NAME_PARTICLE + r"(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*){1,3} )"
    ),
    "LINESTART": r"(?<=\A|\n[^\S\n]*)",
    "LINEEND": r"(?=\.?[^\S\n]*(?:\n|\Z))",
}
# a slot may be numbered when its type is used twice: {NAME} from {PLACE} and {NAME2} from {PLACE2}
_SLOT_RE = regex.compile(r"(?<!\\[pP])\{(?P<name>[A-Z]+[2-9]?)(?::(?P<alts>[^{}]*))?\}")
_REPL_SLOT = regex.compile(r"\{(?P<name>[A-Z]+[2-9]?)(?P<maps>(?:\|[^{}|=]+=[^{}|]*)*)\}")
_OPEN_GROUP = regex.compile(r"(?<!\\)\((?!\?)")


@dataclass(frozen=True)
class Entry:
    """One phrasebook row, checked and translated to a regular expression (``rx``), which
    :attr:`pattern` compiles the first time a text gets past the row's pre-checks: a run
    over a few articles (the command line on one file) then compiles the few rows it uses,
    not all of them (the ``regex`` module parses a pattern in Python: all rows together
    took about a third of the pipeline's start-up).  Every row is compiled by the tests."""

    family: str
    standard: str
    rx: str
    replacement: str
    source: str
    trigger: tuple[str, ...]  # a match contains at least one of these (lower case); () = no pre-check
    line: str
    # clauses every match satisfies: one of a clause's spellings is in the match (_literals)
    literals: tuple[tuple[str, ...], ...] = ()

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        try:
            return regex.compile(self.rx, _FLAGS)
        except regex.error as exc:
            raise DataError(f"calques/phrasebook.tsv:{self.line}: {exc}") from exc

    def render(self, m: regex.Match[str]) -> str:
        def slot(r: regex.Match[str]) -> str:
            value = m.group(r["name"]) or ""
            for pair in filter(None, r["maps"].split("|")):
                a, _, b = pair.partition("=")
                if value.lower() == a:
                    value = b
            return value

        out = _REPL_SLOT.sub(slot, self.replacement)
        matched = m.group()
        if out and matched:
            if matched[0].isupper() and out[0].islower():
                out = out[0].upper() + out[1:]
            elif (
                matched[0].islower()
                and out[0].isupper()
                and out[1:2].islower()  # "According", not "COVID-19"
                and not self.replacement.startswith("{")
            ):
                out = out[0].lower() + out[1:]
        return out


_CASE_SCOPED = regex.compile(r"\(\?-i:(?:[^()]|\([^()]*\))*\)")
_CASE_CLASS = regex.compile(r"\\p\{(?:Lu|Ll|Lt|Uppercase|Lowercase)\}")


# a lookbehind (with one level of nested groups) holding a possessive quantifier
_POSSESSIVE_LOOKBEHIND = regex.compile(r"\(\?<[=!](?:[^()]|\([^()]*\))*?[*+?}]\+")


_FLAGS = regex.IGNORECASE | regex.V0


def _compile_pattern(src: str) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """A row's pattern compiled, and its trigger words (see :func:`_translate`)."""
    rx, trigger = _translate(src)
    return regex.compile(rx, _FLAGS), trigger


def _translate(src: str) -> tuple[str, tuple[str, ...]]:
    """A row's pattern as a ``regex`` pattern (checked), and its trigger words."""
    # patterns are compiled case-insensitively: a case class outside a (?-i:...) group
    # would match every letter (a silent bug), so it is refused
    if _CASE_CLASS.search(_CASE_SCOPED.sub("", src)):
        raise DataError(f"a case class (\\p{{Lu}}, \\p{{Ll}}) must stand inside (?-i:...): {src!r}")
    # regex matches a lookbehind backwards: a possessive quantifier there eats the
    # characters the rest of the lookbehind needs ("[\p{L}]*+" swallows "TASS" whole),
    # so the row never matches (a silent bug), and it is refused
    if _POSSESSIVE_LOOKBEHIND.search(src):
        raise DataError(f"no possessive quantifier (*+, ++, ?+) inside a lookbehind: {src!r}")
    anchored = src.startswith("^")
    body = src[1:] if anchored else src
    seen: set[str] = set()

    def slot(m: regex.Match[str]) -> str:
        name = m["name"]
        if name in seen:
            raise DataError(f"slot {name} used twice")
        seen.add(name)
        if m["alts"] is None and name in ASSERTIONS:
            return _OPEN_GROUP.sub("(?:", ASSERTIONS[name]).replace(" ", _SP)
        if m["alts"] is not None:
            # (longest first: "the press members" before "the press", whose match would leave
            # "members" behind, probe78)
            words = sorted((a.strip() for a in m["alts"].split("|")), key=len, reverse=True)
            alts = "|".join(regex.escape(a).replace(r"\ ", _SP) for a in words)
            return f"(?P<{name}>{alts})"
        kind = name.rstrip("23456789")
        if kind not in SLOTS:
            raise DataError(f"unknown slot {{{name}}}; known: {', '.join(SLOTS)}")
        return f"(?P<{name}>(?-i:{SLOTS[kind]}))"

    # literal spaces first (slot regexes carry their own), then slots, then groups
    parts = []
    pos = 0
    for m in _SLOT_RE.finditer(body):
        parts.append(_OPEN_GROUP.sub("(?:", body[pos : m.start()]).replace(" ", _SP))
        parts.append(slot(m))
        pos = m.end()
    parts.append(_OPEN_GROUP.sub("(?:", body[pos:]).replace(" ", _SP))
    rx = "".join(parts)
    if anchored:
        rx = _SENTENCE_START + rx
    elif body[:1] not in ",.;:":
        rx = r"(?<![\p{L}\p{M}\p{N}])" + rx
    if body[-1:] not in ",.;:":
        rx += r"(?![\p{L}\p{M}\p{N}])"
    return rx, _trigger(body)


#: a literal word of a pattern: not glued to a class or a group, whose text may change it
#: ("emphasi[sz]ed", "condition(s)?": groups are "#" by then, see _longest_word)
_WORD = regex.compile(r"(?<![\\\w\])\]#])[A-Za-z]{3,}(?![\w?*{+\[(#])")


_COMMON = frozenset("the and was for that with are has had have not but".split())


def _unit_mark(m: regex.Match[str]) -> str:
    """What a group or a slot leaves for :data:`_WORD`: a space where a word beside it stays
    whole in the text (a slot, a lookaround, a group whose every alternative starts or ends
    with a space: "give (any )?comments"), else "#" (a word glued to it may be longer in the
    text: "condition(s)?")."""
    unit = m.group()
    if unit.startswith("{") or unit.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return " "
    alts = _split_top(unit[1 : unit.rindex(")")].removeprefix("?:"))
    if all(a.endswith(" ") for a in alts) or all(a.startswith(" ") for a in alts):
        return " "
    return "#"


def _longest_word(alternative: str) -> str | None:
    bare = regex.sub(r"\((?:[^()]|(?R))*\)\??|\{[^{}]*\}", _unit_mark, alternative)
    words = [w.lower() for w in _WORD.findall(bare)]
    return max(words, key=lambda w: (w not in _COMMON, len(w))) if words else None


def _split_top(alts: str) -> list[str]:
    """Split ``a|b(c|d)|e`` at its top-level bars."""
    out: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in alts:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _trigger(body: str) -> tuple[str, ...]:
    """Words of which every match must contain one: the pattern's pre-check.

    The candidates are the literal words outside groups (each required on its
    own) and the required groups and word-list slots (one word per
    alternative); lookaround groups are not candidates.  The most selective
    wins: no common word (``was``, ``the``), then long words.  ``()`` when
    nothing is required (the pattern then runs on every text).

    >>> _trigger("^As it was (noted|said) in {W:the statement|the report}")
    ('report', 'statement')
    """
    candidates: list[tuple[str, ...]] = []
    word = _longest_word(body)
    if word:
        candidates.append((word,))
    for m in regex.finditer(r"\((?P<g>(?:[^()]|\((?&g)\))*)\)(?![?*{+])|\{[A-Z]+:(?P<s>[^{}]*)\}", body):
        if m["g"] is not None and m["g"].startswith("?") and not m["g"].startswith("?:"):
            continue  # a lookaround: not part of the match
        alts = _split_top(m["g"].removeprefix("?:")) if m["g"] is not None else m["s"].split("|")
        words = [_longest_word(a) for a in alts]
        if all(words):
            candidates.append(tuple(sorted({w for w in words if w})))
    # the most selective: no common word, then long words (short verbs like "said" and
    # "told" pass almost every news text), then few words
    return (
        min(candidates, key=lambda ws: (any(w in _COMMON for w in ws), -min(map(len, ws)), len(ws)))
        if candidates
        else ()
    )


_LITERAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,'’-")
_MAX_SPELLINGS = 32  # a run with more spellings than this makes no clause
_FEW_SPELLINGS = 4  # a run's start with at most this many spellings is tested first
_BREAK = None  # an item of the pattern that is not plain text: a clause ends there


def _plain(s: str) -> bool:
    return all(c in _LITERAL_CHARS for c in s)


def _items(body: str) -> list[tuple[str, ...] | None]:
    """The pattern as a sequence of items: a tuple of spellings (one for a plain
    character, several for a group or word-list slot of plain alternatives) or
    ``_BREAK`` (anything else: lookarounds, typed slots, classes, escapes, repeats).
    Empty when the pattern has a top-level alternation."""
    items: list[tuple[str, ...] | None] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            items.append(_BREAK)
            i += 2
            continue
        if ch == "|":
            return []
        if ch == "[":  # a class: its end is the first unescaped "]" after its first character
            j = i + 2 if body[i + 1 : i + 2] != "^" else i + 3
            while j < len(body) and body[j] != "]":
                j += 2 if body[j] == "\\" else 1
            items.append(_BREAK)
            i = j + 1
            continue
        if ch in "({":
            depth, j = 0, i
            while j < len(body):  # the matching close (escapes skipped)
                if body[j] == "\\":
                    j += 2
                    continue
                if body[j] in "([{":
                    depth += 1
                elif body[j] in ")]}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = body[i + 1 : j]
            i = j + 1
            spellings: tuple[str, ...] | None = _BREAK
            if ch == "(" and not (inner.startswith("?") and not inner.startswith("?:")):
                alts = inner.removeprefix("?:").split("|")
                if all(_plain(a) for a in alts):
                    spellings = tuple(alts)
            elif ch == "{" and ":" in inner and inner.split(":", 1)[0].isupper():
                alts = [a.strip() for a in inner.split(":", 1)[1].split("|")]
                if all(_plain(a) for a in alts):
                    spellings = tuple(alts)
            elif ch == "{" and inner[:1].isdigit():  # a repeat of the item before
                if items:
                    items[-1] = _BREAK
            if body[i : i + 1] == "?" and spellings is not _BREAK:
                spellings = (*spellings, "")
                i += 1
            items.append(spellings)
            continue
        if ch in "?*+":
            if items:
                items[-1] = (*items[-1], "") if ch == "?" and items[-1] is not _BREAK else _BREAK
            i += 1
            continue
        items.append((ch,) if ch in _LITERAL_CHARS else _BREAK)
        i += 1
    return items


def _literals(src: str) -> tuple[tuple[str, ...], ...]:
    r"""Clauses every match of the row satisfies: each clause is a tuple of spellings
    (lower case, spaces single, at least 3 characters) of which the match holds one.
    A clause is a run of plain text, with the groups and word-list slots of plain
    alternatives in it spelt out; nothing when the pattern has a top-level alternation.

    >>> _literals("(?<!\b(is|was) )told in a (conversation|talk) with")
    (('told in a conversation with', 'told in a talk with'),)
    >>> _literals("(said|stated) to {W:the newspaper|the agency}")
    (('said to the newspaper', 'said to the agency', 'stated to the newspaper', 'stated to the agency'),)
    >>> _literals("^(The new )?Xinhua News Agency,? {CITY}, {DATE}(th)?")
    (('the new xinhua news agency,', 'the new xinhua news agency', 'xinhua news agency,', 'xinhua news agency'),)
    >>> _literals("a|b"), _literals("{NAME} informs? that")
    ((), (('informs that', 'inform that'),))
    >>> _literals("an? source in (the )?{S:a|b|c|d|e|f|g|h|i} (x|y|z|w)")
    (('an source in the', 'an source in', 'a source in the', 'a source in'),)
    """
    body = src[1:] if src.startswith("^") else src
    clauses: list[tuple[str, ...]] = []
    run: list[tuple[str, ...]] = []
    for item in [*_items(body), _BREAK]:
        if item is not _BREAK:
            run.append(item)
            continue
        spellings = [""]
        head: tuple[str, ...] = ()  # the longest start of the run with few spellings
        for options in run:
            spellings = [s + o for s in spellings for o in options]
            if len(spellings) > _MAX_SPELLINGS:
                if head:  # too many spellings for the whole run: its start holds all the same
                    clauses.append(head)
                break
            if len(spellings) <= _FEW_SPELLINGS:
                head = _clause(spellings)
        else:
            clause = _clause(spellings)
            if clause:
                clauses.append(clause)
                if head and head != clause:  # implied by the clause, and cheaper to test first
                    clauses.append(head)
        run = []
    return tuple(sorted(clauses, key=len))


def _clause(spellings: list[str]) -> tuple[str, ...]:
    clause = tuple(dict.fromkeys(" ".join(s.split()).lower() for s in spellings))
    return clause if clause and min(map(len, clause)) >= 3 else ()


# Texts where the literal pre-check is exact: every run of spaces inside a line is one
# space, and no non-ASCII character matches an ASCII letter case-insensitively ("K", "ſ")
_ODD_SPACE = ("  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")
_ASCII_LETTER_ANY_CASE = regex.compile(r"[a-z]", regex.IGNORECASE | regex.V0)
_SPACE = regex.compile(r"\s")


def _plain_spacing(text: str, non_ascii: frozenset[str]) -> bool:
    r"""True when ``Entry.literals`` may be looked up in the lower-cased text as they are.

    >>> _plain_spacing("a b\nc", frozenset()), _plain_spacing("a  b", frozenset())
    (True, False)
    >>> _plain_spacing("a\u00a0b", frozenset("\u00a0")), _plain_spacing("\u212a", frozenset("\u212a"))
    (False, False)
    """
    if any(c in text for c in _ODD_SPACE):
        return False
    return not any(_SPACE.match(c) or c.isspace() or _ASCII_LETTER_ANY_CASE.match(c) for c in non_ascii)


def _check(row: Mapping[str, str]) -> str | None:
    if not regex.fullmatch(r"[a-z][a-z_]*", row["family"]):
        return f"bad family name {row['family']!r}"
    used = {m["name"] for m in _REPL_SLOT.finditer(row["replacement"])}
    defined = {m["name"] for m in _SLOT_RE.finditer(row["pattern"])}
    if used - defined:
        return f"replacement uses slots {sorted(used - defined)} the pattern does not define"
    return None


@lru_cache(maxsize=1)
def phrasebook() -> tuple[Entry, ...]:
    """The checked phrasebook (cached; each row compiled on first use, see :class:`Entry`).

    >>> len({e.family for e in phrasebook()}) >= 30
    True
    """
    rows = load_tsv("calques/phrasebook.tsv", required=("family", "standard", "pattern", "replacement"), check=_check)
    out = []
    for row in rows:
        try:
            rx, trigger = _translate(row["pattern"])
        except (regex.error, DataError) as exc:
            raise DataError(f"calques/phrasebook.tsv:{row['_line']}: {exc}") from exc
        out.append(
            Entry(
                row["family"],
                row["standard"],
                rx,
                row["replacement"],
                row["source"],
                trigger,
                row["_line"],
                _literals(row["pattern"]),
            )
        )
    return tuple(out)


def _common_words(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix of two strings, cut at word boundaries.

    The edit then covers whole words only, and slots copied verbatim (names,
    places) stay outside it.

    >>> _common_words("from Washington prepared", "in Washington contributed")
    (0, 0)
    >>> _common_words("declined to give comments.", "declined to comment.")
    (12, 1)
    """
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    # back off to a word boundary: the shared prefix must end at a non-word
    # character, or be the end of both strings
    while p > 0 and not (
        not old[p - 1].isalnum() or (p < len(old) and not old[p].isalnum() and p < len(new) and not new[p].isalnum())
    ):
        p -= 1
    s = 0
    while s < limit - p and old[-1 - s] == new[-1 - s]:
        s += 1
    while s > 0 and not (
        not old[-s].isalnum()
        or (s < len(old) and not old[-1 - s].isalnum() and s < len(new) and not new[-1 - s].isalnum())
    ):
        s -= 1
    return p, s


def aggressive_families() -> frozenset[str]:
    """Families that run only under ``preset="aggressive"`` (``data/calques/tiers.tsv``)."""
    known = {e.family for e in phrasebook()}

    def check(row: Mapping[str, str]) -> str | None:
        if row["family"] not in known:
            return f"unknown family {row['family']!r}"
        if row["tier"] != "aggressive":
            return f"tier must be 'aggressive', not {row['tier']!r}"
        return None

    rows = load_tsv("calques/tiers.tsv", required=("family", "tier"), check=check)
    return frozenset(row["family"] for row in rows)


#: every byte but a-z made a space: the runs of a-z in UTF-8 bytes are the runs of a-z in
#: the text (a multi-byte character's bytes are all >= 0x80)
_NOT_AZ = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))
#: the same, A-Z made a-z: the runs of a-z of text.lower() read from the text itself, when
#: no non-ASCII character of the text has an ASCII letter in its lower case ("K", "İ")
_NOT_AZ_LOWER = bytes(b if 0x61 <= b <= 0x7A else b + 0x20 if 0x41 <= b <= 0x5A else 0x20 for b in range(256))
_ASCII_LETTER = regex.compile(r"[A-Za-z]")


def _az_words(lowered: str) -> list[bytes]:
    """The runs of a-z of ``lowered`` as bytes, by C-level byte operations (twice as fast
    as a ``[a-z]+`` scan).

    >>> _az_words("the prime-minister’s 2 aides")
    [b'the', b'prime', b'minister', b's', b'aides']
    """
    return lowered.encode("utf-8", "surrogatepass").translate(_NOT_AZ).split()


def _trigger_lines(doc: Document, lowered: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the lines holding any of ``words`` (lower case), in order, merged."""
    spans = set()
    for word in words:
        pos = lowered.find(word)
        while pos >= 0:
            line = doc.line_at(pos)
            spans.add((line.start, line.end))
            pos = lowered.find(word, line.end)
    return sorted(spans)


class Calques(Step):
    """Rewrite calqued news formulae to the standard English formula.

    ``families`` limits the step to some phrasebook families (default: all).

    >>> Calques().name
    'calques'
    """

    name = "calques"

    def __init__(self, *, preset: str = "safe", families: tuple[str, ...] | None = None) -> None:
        super().__init__(preset=preset)
        book = phrasebook()
        if families is not None:
            unknown = set(families) - {e.family for e in book}
            if unknown:
                raise ValueError(f"unknown calque families: {sorted(unknown)}")
            book = tuple(e for e in book if e.family in families)
        if not self.aggressive:
            held_back = aggressive_families()
            book = tuple(e for e in book if e.family not in held_back)
        self.entries = book
        by_word: dict[str, list[int]] = {}
        for k, entry in enumerate(book):
            for word in entry.trigger:
                by_word.setdefault(word, []).append(k)
        self._by_word = {w: tuple(ks) for w, ks in by_word.items()}
        # trigger words are runs of ASCII letters (_WORD), so they are looked up as bytes
        self._trigger_bytes = frozenset(w.encode("ascii") for w in by_word)
        self._untriggered = tuple(k for k, entry in enumerate(book) if not entry.trigger)
        # the literal clauses in UTF-8, each byte but a-z made a space (see find_edits)
        self._literal_bytes = tuple(
            tuple(tuple(s.encode("utf-8").translate(_NOT_AZ) for s in clause) for clause in entry.literals)
            for entry in book
        )

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        # the text's UTF-8, A-Z made a-z and every other byte but a-z made a space
        letters = text.encode("utf-8", "surrogatepass").translate(_NOT_AZ_LOWER)
        # one scan answers every pre-check: the entries whose trigger words the text holds
        if any(_ASCII_LETTER.search(c.lower()) for c in doc.non_ascii):
            words = _az_words(text.lower())
        else:  # (the same words, without lower-casing the text first)
            words = letters.split()
        hit = {w.decode("ascii") for w in self._trigger_bytes.intersection(words)}
        if not hit and not self._untriggered:
            return
        chosen = set(self._untriggered)
        for word in hit:
            chosen.update(self._by_word[word])
        if chosen and _plain_spacing(text, doc.non_ascii):
            # a row runs only when the text holds every piece of plain text its matches hold.
            # In a text of plain spacing no non-ASCII character matches an ASCII letter
            # (_plain_spacing), so the literal characters of a match are ASCII letters (of
            # either case), single spaces and ,'’- as they are: its plain text, lower-cased,
            # is in the text's UTF-8 with A-Z made a-z, and so it is in ``letters`` once
            # every byte but a-z is made a space in both (a byte map keeps substrings; it
            # may also let through a spelling whose marks differ: the row then just runs)
            literals = self._literal_bytes
            kept = set()
            for k in chosen:
                for clause in literals[k]:
                    for spelling in clause:
                        if spelling in letters:
                            break
                    else:
                        break  # no spelling of this clause
                else:
                    kept.add(k)
            chosen = kept
        if not chosen:
            return
        lowered = text.lower()
        exact = len(lowered) == len(text)  # lower() can change lengths ("İ"): then no windows
        lines: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # entries share trigger words
        seen: set[tuple[int, int, str]] = set()  # a general row may repeat a specific row's edit
        for k in sorted(chosen):
            entry = self.entries[k]
            if entry.trigger:
                windows = lines.get(entry.trigger)
                if windows is None:
                    windows = _trigger_lines(doc, lowered, entry.trigger) if exact else [(0, len(text))]
                    lines[entry.trigger] = windows
            else:
                windows = [(0, len(text))]
            for start, end in windows:
                for edit in self._rewrite(entry, text, start, end):
                    key = (edit.start, edit.end, edit.replacement)
                    if key not in seen:
                        seen.add(key)
                        yield edit

    def _rewrite(self, entry: Entry, text: str, start: int, end: int) -> Iterator[Edit]:
        # patterns never cross a line break, so a match lies on a line holding a trigger
        for m in entry.pattern.finditer(text, start, end):
            new = entry.render(m)
            old = m.group()
            if new == old:
                continue
            p, s = _common_words(old, new)
            yield self.edit(
                m.start() + p,
                m.end() - s,
                new[p : len(new) - s],
                entry.family,
                f"calque of '{entry.standard}' (phrasebook line {entry.line}, seen: {entry.source})",
            )
