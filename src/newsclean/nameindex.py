"""Name mentions, transliteration folding, and a mergeable corpus name index.

The ``names`` step (:mod:`newsclean.normalisers.names`) rewrites variant
spellings of one name (``al-Qadimi`` for ``al-Kadhimi``) to one canonical
form.  This module holds the parts that are shared with corpus mode:

* :func:`fold` maps a name token to a transliteration-neutral key using the
  rules in ``data/names/folding.tsv`` (``Kadhimi`` and ``Qadimi`` both fold
  to ``kadimi``);
* :func:`block_key` is the first letter's sound group, used for blocking and
  as a guard (names whose first sounds differ are never merged);
* :func:`find_mentions` finds capitalised name spans with their particles,
  given names and possessives;
* :class:`NameIndex` counts name forms over many documents; indexes built
  on parts of a corpus add up (``a + b``), so a distributed engine can build
  one as a reduction and pass it to the step;
* :class:`Gazetteer` is a user mapping of variants to canonical forms, from
  a TSV file or a mapping.

>>> fold("Kadhimi") == fold("Qadimi")
True
>>> block_key("Gaddafi") == block_key("Qadhafi")
True
>>> same_first_sound("Gaddafi", "Qadhafi"), same_first_sound("Google", "Koogle")
(True, False)
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, cast

import regex

from .asciifold import ascii_fold
from .datafiles import load_tsv, load_words

__all__ = [
    "Gazetteer",
    "Mention",
    "NameIndex",
    "block_key",
    "find_mentions",
    "fold",
    "glued_rest",
    "is_place",
    "is_slavic",
    "same_first_sound",
    "skeleton",
    "slavic_folds",
    "sound_folds",
]

_WHERE = ("any", "start", "end")


def _check_rule(row: Mapping[str, str]) -> str | None:
    if row["where"] not in _WHERE:
        return f"where must be one of {_WHERE}, not {row['where']!r}"
    if not regex.fullmatch(r"[a-z]+", row["pattern"]) or not regex.fullmatch(r"[a-z]*", row["replacement"]):
        return "pattern and replacement must be lower-case ASCII letters"
    return None


@lru_cache(maxsize=1)
def _fold_rules() -> tuple[tuple[str, str, str], ...]:
    """``(literal, where, replacement)`` in file order; ``where`` is anywhere, start or end.

    The patterns are literal letter strings, so plain string operations apply
    them (several times faster than one regex substitution per rule).
    """
    rows = load_tsv("names/folding.tsv", required=("pattern", "where"), check=_check_rule)
    return tuple((row["pattern"], row["where"], row["replacement"]) for row in rows)


@lru_cache(maxsize=1)
def _particles() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_tsv("names/particles.tsv", required=("particle", "kind"))
    articles = frozenset(r["particle"].lower() for r in rows if r["kind"] == "article")
    connectors = frozenset(r["particle"].lower() for r in rows if r["kind"] == "connector")
    return articles, connectors


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(fold(r["name"]) for r in load_tsv("names/places.tsv", required=("name",)))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("names/titles.txt"))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("names/not_names.txt")) | _titles()


@lru_cache(maxsize=1)
def _fold_scan() -> tuple[
    re.Pattern[str],
    dict[str, frozenset[int]],
    tuple[frozenset[int], ...],
    tuple[tuple[str, str, str, tuple[str, str] | None], ...],
    frozenset[str],
]:
    """The plan behind :func:`fold`'s one scan of a string, from ``folding.tsv``.

    * One pattern that finds every rule's literal, every doubled letter, and every
      literal of two or more letters without a doubled letter followed by its last
      letter again (``ahh``: then a match ``ah`` is not followed by ``h``).
    * For each string it finds, the rules whose literal can be in the string where
      the scan found it (see :func:`_literal_scan`).
    * For each rule, the later rules whose literal its replacement can write.
    * Each rule with the doubled letters its replacement can make (see :func:`_fold_plan`).
    * The strings it finds that hold a doubled letter.
    """
    rules = _fold_rules()
    literals = {p for p, _, _ in rules}
    others = {c + c for c in "abcdefghijklmnopqrstuvwxyz"}
    others |= {p + p[-1] for p in literals if len(p) > 1 and not _has_double(p)}
    pattern, hidden_literals = _literal_scan(literals, others)
    hidden = {
        item: frozenset(i for i, (literal, _, _) in enumerate(rules) if literal in hidden_here)
        for item, hidden_here in hidden_literals.items()
    }
    # A replacement writes a literal that was not there only where the two overlap (the
    # string is the old one around each replacement: an occurrence that shares no
    # position with the replacement was there before); an empty replacement joins
    # letters that were apart, so it can write any literal.
    writes = tuple(
        frozenset(
            j
            for j in range(i + 1, len(rules))
            if not replacement
            or any(_agree(replacement[k:], rules[j][0]) for k in range(len(replacement)))
            or any(_agree(rules[j][0][k:], replacement) for k in range(1, len(rules[j][0])))
        )
        for i, (_, _, replacement) in enumerate(rules)
    )
    steps = tuple(
        (literal, where, replacement, (replacement[0] * 2, replacement[-1] * 2))
        if replacement and not _has_double(replacement)
        else (literal, where, replacement, None)
        for literal, where, replacement in rules
    )
    return pattern, hidden, writes, steps, frozenset(item for item in hidden if _has_double(item))


def _literal_scan(literals: set[str], others: set[str]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern that finds ``literals`` and ``others`` (non-empty), and for each string it
    finds, the literals that can be in a string where the pattern found it.

    The pattern is an alternation by first letter, the longer strings first, so a match
    is the longest string found at its position.  ``findall`` goes left to right: it
    tries each position that no earlier match covers and reports there the longest
    string found.  So a literal it does not report starts inside a reported match (and
    agrees with it where they overlap), or is a shorter literal at the start of one.
    """
    items = literals | others
    by_first: dict[str, list[str]] = {}
    for item in items:
        by_first.setdefault(item[0], []).append(item[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        alts = "|".join(re.escape(r) for r in sorted(rests, key=lambda r: (-len(r), r)))  # "" last
        parts.append(re.escape(first) + (f"(?:{alts})" if alts != "" else ""))
    hidden = {
        item: frozenset(
            literal
            for literal in literals
            if item.startswith(literal) or any(_agree(item[k:], literal) for k in range(1, len(item)))
        )
        for item in items
    }
    return re.compile("|".join(parts) or r"(?!)"), hidden


def _has_double(s: str) -> bool:
    return _DOUBLED.search(s) is not None


def _agree(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` agree where they overlap when both start at one position."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@lru_cache(maxsize=1 << 12)
def _fold_plan(found: frozenset[str]) -> tuple[tuple[tuple[str, str, str, tuple[str, str] | None], ...], bool]:
    """The rules of ``folding.tsv`` that can apply to a string in which the scan of
    :func:`_fold_scan` found ``found``, in file order, each with the doubled letters its
    replacement can make (None: any); and whether the string can hold a doubled letter.

    A rule applies only when its literal is in the string at its turn: it was there from
    the start (then the scan found it, or it is hidden by a string the scan found), or
    an earlier rule that can apply wrote it.

    A doubled letter of the string is found, or it starts inside a longer string found:
    that string then holds it, or ends with its first letter and is followed by the
    second; but a string found that is a literal without a doubled letter is not followed
    by its last letter (the scan would have found the literal with that letter again,
    the longer string).  A replacement makes a doubled letter only inside itself or with
    a letter next to it: its first letter twice or its last letter twice is then in the
    string (an empty one joins letters that were apart: any).
    """
    _, hidden, writes, steps, doubled = _fold_scan()
    can: set[int] = set()
    for item in found:
        can |= hidden[item]
    plan = []
    for i, step in enumerate(steps):
        if i in can:
            plan.append(step)
            can |= writes[i]
    return tuple(plan), not doubled.isdisjoint(found)


# the standard engine for these ASCII patterns (several times faster on short strings; equal results)
_NON_LETTER_RE = re.compile(r"[^a-z]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """The transliteration-neutral key of one name token.

    >>> fold("Zimovskiy"), fold("Zimowski"), fold("Smirnoff")
    ('zimovski', 'zimovski', 'smirnov')
    >>> fold("Hussein") == fold("Husayn"), fold("Łukasz") == fold("Lukasz")
    (True, True)
    """
    s = (token if token.isascii() else ascii_fold(token)).lower()  # Łukasz, Søren, Путин: letters kept
    if not (s.isascii() and s.isalpha()):
        s = _NON_LETTER_RE.sub("", s)
    # (s holds only the letters a-z)
    found = _fold_scan()[0].findall(s)
    if not found:
        return s  # no rule's pattern and no doubled letter (most English words)
    plan, doubled = _fold_plan(frozenset(found))
    for literal, where, replacement, edges in plan:
        if literal not in s:
            continue
        if where == "start":
            if not s.startswith(literal):
                continue
            s = replacement + s[len(literal) :]
        elif where == "end":
            if not s.endswith(literal):
                continue
            s = s[: len(s) - len(literal)] + replacement
        else:
            s = s.replace(literal, replacement)
        if not doubled:  # (the rule applied: did it make a doubled letter?)
            doubled = edges is None or edges[0] in s or edges[1] in s
    return _DOUBLED.sub(_first_group, s) if doubled else s


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)  # a function is faster than the template r"\1"


#: Sound groups of a folded first letter; names in different groups differ.
_SOUND_GROUPS = {
    **dict.fromkeys("aeiou", "V"),
    **dict.fromkeys("bp", "B"),
    **dict.fromkeys("fv", "F"),
    **dict.fromkeys("dt", "D"),
    **dict.fromkeys("kgcq", "K"),
    **dict.fromkeys("sz", "S"),
    "j": "J",
    "l": "L",
    "r": "R",
    "m": "M",
    "n": "N",
    "h": "H",
}


_COARSE = str.maketrans({"g": "k", "q": "k", "c": "k", "t": "d", "p": "b", "z": "s", "w": "f", "v": "f"})
_VOWELS = regex.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The consonants of the folded token, voicing pairs merged.

    Transliterations of one name mostly differ in vowels; a different
    consonant skeleton is a different name (``Salim``/``Salih``).

    >>> skeleton("Kuwari") == skeleton("Kawari"), skeleton("Salim") == skeleton("Salih")
    (True, False)
    """
    return _DOUBLED.sub(_first_group, _VOWELS.sub("", fold(token)).translate(_COARSE))


def same_first_sound(a: str, b: str) -> bool:
    """Whether two names start with the same sound (the guard behind the blocking key).

    The velar block holds k, q, c and g, but g and k are different sounds:
    they match only when the k-side is written with q, the Arabic qaf that
    is also pronounced g (Qaddafi/Gaddafi), not Google/Koogle.
    """
    if block_key(a) != block_key(b):
        return False
    fa, fb = fold(a)[:1], fold(b)[:1]
    if fa == fb or "g" not in (fa, fb):
        return True
    other = b if fa == "g" else a
    return other.lstrip("'’ʿ‘").lower().startswith("q")


@lru_cache(maxsize=1 << 16)  # pair scoring asks again and again for the same tokens
def block_key(token: str) -> str:
    """The sound group of the token's first folded letter (blocking key).

    >>> block_key("Osama") == block_key("Usama"), block_key("Bashar") == block_key("Maher")
    (True, False)
    """
    if token.isascii():
        start = token[:2].lower()
        if start in _kept_starts():  # (the fold starts with this letter: no need to fold)
            return _SOUND_GROUPS.get(start[0], start[0])
    f = fold(token)
    return _SOUND_GROUPS.get(f[:1], f[:1]) if f else ""


@lru_cache(maxsize=1)
def _kept_starts() -> frozenset[str]:
    """Pairs of letters ``xy`` such that :func:`fold` of an ASCII token that starts with
    ``xy`` starts with ``x``, by the rules of ``folding.tsv``.

    A rule changes the first letter only by replacing a literal at the start, which starts
    with ``x``: it holds one letter, or its second letter is the one then second.  Before
    that, only rules with a literal at the second letter change it, into the first
    letter of their replacement (or a later letter, for an empty replacement: not
    followed here).  Doubled letters collapse into their first.
    """
    rules = _fold_rules()
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = set()
    for y in letters:
        seconds, todo, followed = {y}, [y], True
        while todo and followed:
            z = todo.pop()
            for literal, _, replacement in rules:
                if literal[0] == z:
                    if not replacement:
                        followed = False
                    elif replacement[0] not in seconds:
                        seconds.add(replacement[0])
                        todo.append(replacement[0])
        if not followed:
            continue
        for x in letters:
            if not any(literal[0] == x and (len(literal) == 1 or literal[1] in seconds) for literal, _, _ in rules):
                out.add(x + y)
    return frozenset(out)


def _check_pair(row: Mapping[str, str]) -> str | None:
    if row["where"] not in ("any", "start", "inner", "end", "slavic", "slavic_end", "written"):
        return f"where must be any, start, inner, end, slavic, slavic_end or written, not {row['where']!r}"
    if not row["min_len"].isdigit():
        return "min_len must be a number"
    if row["match"] not in ("fold", "fuzzy"):
        return f"match must be fold or fuzzy, not {row['match']!r}"
    if not regex.fullmatch(r"[a-z]+", row["pattern"]) or not regex.fullmatch(r"[a-z]+", row["replacement"]):
        return "pattern and replacement must be lower-case ASCII letters"
    return None


@lru_cache(maxsize=1)
def _sound_pairs() -> tuple[tuple[regex.Pattern[str], str, bool, int, str, bool, bool, bool], ...]:
    rows = load_tsv(
        "names/sound_pairs.tsv", required=("pattern", "replacement", "where", "min_len", "match"), check=_check_pair
    )
    out = []
    for r in rows:
        pat = regex.escape(r["pattern"])
        if r["pattern"].startswith("h"):
            pat = "(?<![cs])" + pat  # the h of ch and sh is not an h
        if r["where"] in ("end", "slavic_end"):
            pat += r"\Z"
        elif r["where"] == "inner":
            pat = "(?<=[a-z])" + pat  # not at the start of the name
        elif r["where"] == "start":
            pat = r"\A" + pat
        slavic = r["where"].startswith("slavic")
        written = r["where"] == "written"  # applied to the spelling as written, before folding
        at_end = r["where"] in ("end", "slavic_end")
        out.append(
            (
                regex.compile(pat),
                r["replacement"],
                slavic,
                int(r["min_len"]),
                r["pattern"],
                r["match"] == "fold",
                written,
                at_end,
            )
        )
    return tuple(out)


def is_slavic(token: str) -> bool:
    """Whether the folded token ends in an East Slavic surname ending (``slavic_endings.txt``).

    >>> is_slavic("Hubareva"), is_slavic("Hamdi")
    (True, False)
    """
    return fold(token).endswith(_slavic_ends()[0])


@lru_cache(maxsize=1)
def _slavic_ends() -> tuple[tuple[str, ...], int]:
    """The endings of ``slavic_endings.txt`` (literal endings of a fold) for ``str.endswith``,
    and the length of the longest."""
    ends = tuple(sorted(load_words("names/slavic_endings.txt"), key=len, reverse=True))
    return ends, max(map(len, ends), default=0)


@lru_cache(maxsize=1)
def _sound_plan() -> tuple[tuple[re.Pattern[str], str, bool, int, str, bool, bool, bool, bool, bool], ...]:
    """:func:`_sound_pairs` with two facts the fast path of :func:`sound_folds` needs: whether
    the pattern is the bare literal at the end (then slicing replaces it), and whether one
    letter is replaced by one letter (then the respelling keeps the ending of the fold
    unless the letter is in it).  The patterns are compiled in the standard engine
    (several times faster on short strings; a literal with ``\\A``, ``\\Z`` or a
    look-behind of one ASCII class means the same there)."""
    out = []
    for pattern, replacement, slavic_only, min_len, literal, exact, written, at_end in _sound_pairs():
        plain_end = at_end and pattern.pattern == regex.escape(literal) + r"\Z"
        one_for_one = len(literal) == 1 and len(replacement) == 1
        out.append(
            (
                re.compile(pattern.pattern),
                replacement,
                slavic_only,
                min_len,
                literal,
                exact,
                written,
                at_end,
                plain_end,
                one_for_one,
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _sound_scan() -> tuple[
    re.Pattern[str], dict[str, frozenset[str]], re.Pattern[str], dict[str, frozenset[str]], tuple[str, ...], int, int
]:
    """What :func:`sound_folds` reads before it picks the pairs of ``sound_pairs.tsv`` to try:

    a scan of the fold for the literals of the pairs applied anywhere in it, and the
    literals each string it finds can hide (see :func:`_literal_scan`); the same for the
    literals of the ``written`` pairs in the spelling as written; the literals of the
    pairs applied at the end (for ``str.endswith``); the fewest letters any pair
    respells, and the most any pair asks for.
    """
    plan = _sound_plan()
    inner = {row[4] for row in plan if not row[6] and not row[7]}
    written = {row[4] for row in plan if row[6]}
    ends = tuple(sorted({row[4] for row in plan if row[7]}))
    scan, hidden = _literal_scan(inner, set())
    written_scan, written_hidden = _literal_scan(written, set())
    min_lens = [row[3] for row in plan]
    return scan, hidden, written_scan, written_hidden, ends, min(min_lens, default=0), max(min_lens, default=0)


@lru_cache(maxsize=1 << 12)
def _sound_rows(
    letters: int, found: frozenset[str], written_found: frozenset[str], at_end: bool
) -> tuple[tuple[re.Pattern[str], str, bool, int, str, bool, bool, bool, bool, bool], ...]:
    """The rows of :func:`_sound_plan` that can respell a token of ``letters`` letters (at
    most the largest min_len) whose fold's scan found ``found``, whose written spelling's
    scan found ``written_found``, and whose fold ends (``at_end``) or not in a literal of
    an end pair; in file order.  (A row respells only a token with its literal: in the
    written spelling, at the end of the fold or anywhere in it.)"""
    _, hidden, _, written_hidden, _, _, _ = _sound_scan()
    inner: set[str] = set()
    for item in found:
        inner |= hidden[item]
    written: set[str] = set()
    for item in written_found:
        written |= written_hidden[item]
    return tuple(
        row
        for row in _sound_plan()
        if letters >= row[3] and (row[4] in written if row[6] else at_end if row[7] else row[4] in inner)
    )


@lru_cache(maxsize=65536)
def sound_folds(token: str) -> tuple[tuple[str, bool, bool], ...]:
    """The token's fold with each pair of ``sound_pairs.tsv`` applied: ``(fold, slavic_only, exact)``.

    Two tokens that meet here are spellings of one sound that the folding
    keeps apart (French ``ch`` for Arabic ``sh``; Ukrainian ``h`` for Russian
    ``g``); a slavic pair counts only when the respelt token and the other
    have a Slavic ending, a pair respells only tokens of ``min_len``
    letters or more, and an ``exact`` pair (``match=fold``) only when the
    respelt fold equals the other's.

    (Hubareva meets kubareva twice: by the Slavic h/kh pair and by the Turkish h/kh one
    at the start, which needs equal folds.)

    >>> [f for f, _, _ in sound_folds("Hubareva")], sound_folds("Chen")
    (['gubareva', 'kubareva', 'kubareva'], ())
    """
    return _sound_folds(token, fold(token))


def _sound_folds(token: str, f: str) -> tuple[tuple[str, bool, bool], ...]:
    """:func:`sound_folds` of ``token``, whose fold is ``f`` (not cached)."""
    low = token.lower()
    letters = len(low) if low.isascii() and low.isalpha() else len(_NON_LETTER_RE.sub("", low))
    scan, _, written_scan, _, end_literals, fewest, most = _sound_scan()
    if letters < fewest:
        return ()
    found = scan.findall(f)
    written_found = written_scan.findall(low)
    at_end = f.endswith(end_literals)
    if not (found or written_found or at_end):
        return ()  # no pair's literal (most words)
    rows = _sound_rows(letters if letters < most else most, frozenset(found), frozenset(written_found), at_end)
    if not rows:
        return ()
    ends, longest = _slavic_ends()
    out = []
    # (_sound_rows keeps only the rows whose min_len the token reaches)
    for pattern, replacement, slavic_only, _min_len, literal, exact, written, end_row, plain_end, one_for_one in rows:
        if written:
            if literal in low:
                alt = fold(pattern.sub(replacement, low))
                if alt != f:
                    out.append((alt, slavic_only, exact))
            continue
        if end_row:
            if not f.endswith(literal):
                continue
            # (the literal at the end, no look-behind: what the pattern's one substitution does)
            alt = f[: len(f) - len(literal)] + replacement if plain_end else pattern.sub(replacement, f)
        else:
            if literal not in f:
                continue
            if slavic_only and one_for_one and literal not in f[-longest:] and not f.endswith(ends):
                # one letter for one outside the ending: the respelling ends as the fold does,
                # and the fold has no Slavic ending
                continue
            alt = pattern.sub(replacement, f)
        if alt != f and (not slavic_only or alt.endswith(ends)):
            out.append((alt, slavic_only, exact))
    return tuple(out)


@lru_cache(maxsize=65536)
def slavic_folds(token: str) -> tuple[tuple[str, bool], ...]:
    """The token's fold with each ``where=slavic`` pair of ``sound_pairs.tsv`` applied,
    whatever its ending: ``(fold, exact)``.  For a name the document shows to be East
    Slavic in another way (a patronymic in its introduction: ``Gennadiy Oleksandrovych
    Garkusha``), where the ending list cannot tell (``Harkusha``/``Garkusha``).

    >>> [f for f, _ in slavic_folds("Harkusha")]
    ['garkusha', 'karkusha']
    """
    f = fold(token)
    low = token.lower()
    letters = len(low) if low.isascii() and low.isalpha() else len(_NON_LETTER_RE.sub("", low))
    out = []
    for pattern, replacement, slavic_only, min_len, literal, exact, _written, at_end in _sound_pairs():
        if not slavic_only or letters < min_len or not (f.endswith(literal) if at_end else literal in f):
            continue
        alt = pattern.sub(replacement, f)
        if alt != f:
            out.append((alt, exact))
    return tuple(out)


#: The Arabic article written joined to the name without a hyphen (Alkurd, Elkaddafi).
_GLUED_ARTICLE = regex.compile(r"(?:Al|El)(?=\p{Ll}{4})")


@lru_cache(maxsize=1 << 16)  # pair scoring asks again and again for the same tokens
def glued_rest(token: str) -> str:
    """The name after an article written joined to it, or ``""``.

    OFAC and many news sources write ``Alkurd``, ``Aljabouri`` or
    ``Elkaddafi`` for ``al-Kurd``, ``al-Jabouri`` and ``el-Kaddafi``; the
    rest must have four or more letters and the token no capital after the
    article (``AlKurd`` keeps its own capital and is rare).

    >>> glued_rest("Alotaibi"), glued_rest("Also"), glued_rest("Albert")
    ('otaibi', '', 'bert')
    """
    m = _GLUED_ARTICLE.match(token)
    return token[m.end() :] if m else ""


def is_place(token: str) -> bool:
    """Whether the token is in the place gazetteer (never fuzzily matched).

    >>> is_place("Iraq"), is_place("Kadhimi")
    (True, False)
    """
    return fold(token) in _places()


# --------------------------------------------------------------------------- mentions

_WORD_BODY = r"[\p{L}\p{M}]++(?:(?:[\-‐]['’ʿ‘]|['’\-‐])[\p{L}\p{M}]++)*+"


@lru_cache(maxsize=1)
def _candidate_words() -> regex.Pattern[str]:
    """Words that can take part in a name: capitalised, article-prefixed or particles.

    Other words are skipped by the regex engine; they break a name span
    because the gap between two candidates then holds more than a space.
    """
    articles, connectors = _particles()
    arts = "|".join(sorted(articles, key=len, reverse=True))
    conns = "|".join(sorted(connectors, key=len, reverse=True))
    # a plain class of the possible first letters leads the pattern: the engine skips to
    # them fast, where a look-behind or an alternation is tried at every position (the
    # look-aheads below still decide; the matches are the same)
    firsts = "".join(sorted({c for w in articles | connectors if w for c in (w[0].lower(), w[0].upper())}))
    lead = (
        rf"(?=[\p{{Lu}}{regex.escape(firsts)}])"
        if firsts.isascii() and "s" not in firsts  # (?i) also matches ſ (long s) for s
        else rf"(?=\p{{Lu}}|(?i:[{regex.escape(firsts)}]))"
    )
    return regex.compile(
        lead
        + rf"(?<![\p{{L}}\p{{M}}\-‐])(?=\p{{Lu}}|(?i:{arts})[-‐]|(?i:(?:{conns})(?![\p{{L}}\p{{M}}])))"
        + _WORD_BODY
    )


#: The code points the standard-engine candidate scans (:func:`_fast_scans`) cover: Latin-1
#: and general punctuation and currency signs (quotes, dashes, €), where every class is a
#: 256-bit map (they compile in a few milliseconds); and, compiled when a text needs them,
#: Latin with its extensions and combining marks, Latin Extended Additional, and general
#: punctuation to the letterlike symbols.  A text holding any other character is scanned
#: by :func:`_candidate_words`.
_BLOCKS = {
    "latin": ((0x0000, 0x0100), (0x2000, 0x2070), (0x20A0, 0x20D0)),
    "wide": ((0x0000, 0x0370), (0x1E00, 0x1F00), (0x2000, 0x2200)),
}
# (the `regex` engine finds a class fast)
_BEYOND_LATIN, _BEYOND_WIDE = (
    regex.compile("[^" + "".join(f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in _BLOCKS[tier]) + "]")
    for tier in ("latin", "wide")
)


def _class_body(chars: Iterable[str]) -> str:
    """The characters (in code point order) as the body of a standard-engine class: runs
    as ranges, the characters themselves (escapes are slower to parse)."""
    codes = [ord(c) for c in chars]
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        a, b = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(a if i == j else f"{a}-{b}")
        i = j + 1
    return "".join(parts)


@lru_cache(maxsize=2)
def _block_classes(tier: str) -> dict[str, str]:
    """Class bodies of the characters of ``_BLOCKS[tier]`` the ``regex`` module finds for
    ``\\p{Lu}`` (key ``"Lu"``), ``[\\p{L}\\p{M}]`` (``"LM"``) and, for each lower-case ASCII
    letter, ``(?i)`` and the letter (key: the letter; ſ is an s, K an k, İ an i there)."""
    chars = "".join(chr(c) for first, stop in _BLOCKS[tier] for c in range(first, stop))
    letters = "abcdefghijklmnopqrstuvwxyz"
    folds = regex.compile("(?i)" + "|".join(f"({c})" for c in letters))  # (one character each)
    found: dict[str, list[str]] = {c: [] for c in letters}
    for m in folds.finditer(chars):
        found[letters[m.lastindex - 1]].append(m.group())  # type: ignore[operator]
    out = {c: _class_body(cs) for c, cs in found.items()}
    out["Lu"] = _class_body(regex.findall(r"\p{Lu}", chars))
    out["LM"] = _class_body(regex.findall(r"[\p{L}\p{M}]", chars))
    return out


@lru_cache(maxsize=2)
def _fast_scans(tier: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """:func:`_candidate_words` for a text within ``_BLOCKS[tier]``, on the standard engine.

    ``upper`` finds the candidates that start with a capital; ``lower`` (its group 1,
    after the character before the word) those that start with ``firsts``, the
    lower-case first letters of the particles.  Every letter of the text is then
    tested by a class where it is not a candidate's first, where the one pattern tried
    its look-behind at every a, b, d, e, i, u and v (about twice as fast).

    The same candidates: each class is the ``regex`` module's own (``\\p{Lu}``,
    ``[\\p{L}\\p{M}]``, what ``(?i)`` matches for a particle's letter) listed code point
    by code point in the blocks, so both engines read a text within them alike (the
    ``regex`` tables are newer than :mod:`unicodedata`'s); the rest of the word is the
    same.  The one scan keeps, of the words where either pattern matches, each one that
    does not start inside the previous (a word's end does not depend on where in its
    letters the scan starts), and so does :func:`_candidate_spans`.  ``None`` when a
    particle is not plain lower-case ASCII letters (the one pattern takes it as written).
    """
    articles, connectors = _particles()
    if not all(p.isascii() and p.isalpha() and p.islower() for p in articles | connectors):
        return None
    classes = _block_classes(tier)
    lu, lm = classes["Lu"], classes["LM"]
    # the rest of _WORD_BODY (greedy: nothing follows it, so it takes what the possessive takes)
    rest = rf"[{lm}]*(?:(?:[\-‐]['’ʿ‘]|['’\-‐])[{lm}]+)*"

    def spelt(words: Iterable[str]) -> str:  # the letters after the first as (?i) matches them
        return "|".join("".join(f"[{classes[c]}]" for c in w[1:]) for w in sorted(words, key=len, reverse=True))

    # one branch per first letter, written as is (lower case): most characters fail it at
    # once, and only then does the engine look ahead for the rest of a particle
    branches = []
    firsts = sorted({w[0] for w in articles | connectors})
    for first in firsts:
        ahead = []
        if arts := [w for w in articles if w[0] == first]:
            ahead.append(rf"(?:{spelt(arts)})[\-‐]")
        if conns := [w for w in connectors if w[0] == first]:
            ahead.append(rf"(?:{spelt(conns)})(?![{lm}])")
        branches.append(f"{first}(?={'|'.join(ahead)})")
    particle = f"(?:{'|'.join(branches)}){rest}"
    upper = re.compile(rf"(?s)[{lu}](?<![{lm}\-‐].){rest}")  # (the look-behind: the character before the capital)
    return upper, re.compile(rf"[^{lm}\-‐]({particle})"), frozenset(firsts)


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_candidate_words().finditer(text)``."""
    scans = None
    if text.isascii() or not (beyond := _BEYOND_LATIN.search(text)):
        scans = _fast_scans("latin")
    elif not _BEYOND_WIDE.search(text, beyond.start()):
        scans = _fast_scans("wide")
    if scans is None:
        return [m.span() for m in _candidate_words().finditer(text)]
    upper, lower, firsts = scans
    spans = [m.span() for m in upper.finditer(text)]
    lows = [m.span(1) for m in lower.finditer(text)]
    if text[:1] in firsts and (m0 := lower.match(" " + text)):  # (the start of the text: after a space)
        lows.append((0, m0.end() - 1))
    if not lows:
        return spans
    merged = []
    end = 0
    for s, e in sorted(spans + lows):
        if s >= end:  # (one inside an earlier candidate ends where it does: the one scan skipped it)
            merged.append((s, e))
            end = e
    return merged


_JOINING_GAPS = frozenset({" ", " '", " ‘", " ’", " ʿ"})
_POSSESSIVE = regex.compile(r"['’]s\Z", regex.IGNORECASE)
#: the endings _POSSESSIVE matches (ignoring case, s is also S and the long s ſ)
_POSSESSIVE_ENDS = tuple(q + s for q in "'’" for s in "sSſ")
_SENTENCE_END = frozenset(".!?:;\"“”‘'«»()[]—–-•*#|")


class Mention(NamedTuple):
    """One name token in a text.

    ``core`` is the name without its article and possessive, at
    ``text[start:end]``; ``article`` is the hyphenated article before it as
    written (``"Al-"``, ``"el-"`` or ``""``); ``given`` holds the other name
    tokens of the same name span before it (``("Mustafa",)`` for ``Mustafa
    al-Kadhimi``); ``initial`` says the token starts a sentence or a line;
    ``title_line`` that it stands in a title-case line; ``head`` that it is
    the last name token of its span (the surname); ``titled`` that a title
    (``Mr``, ``President``) stands right before the span; ``span_len`` is the
    number of name tokens in the span; ``ayn`` is an apostrophe written right
    before the token inside a span (``Jihad Salim 'Alamah``), part of its
    spelling but not of ``core``.

    (A named tuple: immutable like the frozen dataclass it was, and built
    several times faster; :func:`find_mentions` makes one per name word.)
    """

    core: str
    start: int
    end: int
    article: str
    given: tuple[str, ...]
    initial: bool
    title_line: bool
    head: bool
    place_context: bool
    titled: bool = False
    span_len: int = 1
    ayn: str = ""


_new_tuple = tuple.__new__  # Mention from its twelve fields without the keyword-handling __new__

_PLACE_PREPS = ("in", "near", "across", "outside", "around", "from", "to")
#: "to" after a word of speaking or citing introduces a person, not a place ("according to
#: Nabiulina", "spoke to Putin", "forces loyal to Haftar")
_TO_A_PERSON = r"(?<!\b(?:according|spoke|speaking|talked|talking|wrote|writing|letter|loyal|allegiance)\s)"
_PLACE_PREP = regex.compile(
    rf"(?:\b(?:{'|'.join(p if p != 'to' else _TO_A_PERSON + p for p in _PLACE_PREPS)})\s+)\Z", regex.IGNORECASE
)
#: The last two letters of a place preposition (see the pre-check in find_mentions).
_PLACE_PREP_TAILS = frozenset(p[-2:] for p in _PLACE_PREPS)


def _is_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    return text[i] in _SENTENCE_END


#: The first character of each whitespace-separated word of four characters or more, on
#: " " + line (``\s`` is ``str.isspace`` here, as for ``str.split()``); where the only white
#: space is the space (a printable line), the engine skips to each space at once.
_LONG_WORD_FIRST = re.compile(r"\s(\S)(?=\S{3})")
_LONG_WORD_FIRST_PRINTABLE = re.compile(r" (\S)(?=\S{3})")
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case (headlines, chrome).

    A line is one when three or more of its words of four characters or more start with
    a letter, and 60% of those with a capital (80% when the line ends as a sentence).
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        if len(line) < 14:  # (three words of four letters or more and two spaces: a short line is none)
            pos += len(line) + 1
            continue
        firsts = "".join((_LONG_WORD_FIRST_PRINTABLE if line.isprintable() else _LONG_WORD_FIRST).findall(" " + line))
        if not firsts.isalpha():
            firsts = "".join(filter(str.isalpha, firsts))
        if len(firsts) >= 3:
            share = 0.8 if line.rstrip()[-1:] in '.!?"”' else 0.6  # a sentence full of names is not a title
            # (ASCII letters: the capitals are what is left without a to z)
            upper = (
                len(firsts.encode().translate(None, _ASCII_LOWER))
                if firsts.isascii()
                else sum(map(str.isupper, firsts))
            )
            if upper >= share * len(firsts):
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


_MAX_GIVEN = 6
_AYNS = "'’ʿ‘"
#: An ayn apostrophe after the first letter of a name (A'ini, Sa'id): three or more
#: lower-case letters follow it (not I'll, I've).
_AYN_SECOND = regex.compile(r"\p{Lu}['’ʿ‘]\p{Ll}{3,}+\Z")
#: A closing single quotation mark: after a letter, digit or punctuation, not before a letter
#: (a possessive 's is not one).
_CLOSING_QUOTE = regex.compile(r"(?<=[\p{L}\p{N}.,!?;:])['’‘](?!\p{L})")
_QUOTE_WINDOW = 300

#: What :func:`find_mentions` reads from a candidate word alone, by word (see :func:`_word_info`).
_WORD_INFO: dict[str, tuple[bool, bool, str, str, int, bool, bool, bool, bool]] = {}
_WORD_INFO_MAX = 1 << 16


def _word_info(word: str) -> tuple[bool, bool, str, str, int, bool, bool, bool, bool]:
    """``(connector, capitalised, core, article, core_end, possessive, inside, not_name, title)``.

    ``connector``: a particle joining the parts of a name (then ``capitalised``: its
    first letter is a capital, and nothing else is read); ``core`` the word without
    the article (``article``, as written) and the possessive; ``core_end`` the end of
    ``core`` from the word's start; ``inside``: a title or an initial, skipped inside a
    name; ``not_name``: not a name word (all capitals, a known common word, ...);
    ``title``: a title before a name (``Mr``, ``President``).
    """
    articles, connectors = _particles()
    low = word.lower()
    if low in connectors:
        return (True, word[0].isupper(), "", "", 0, False, False, False, False)
    pm = word.endswith(_POSSESSIVE_ENDS)  # what _POSSESSIVE finds, without a regex search
    if pm:
        word = word[:-2]
    core_end = len(word)
    art = ""
    if "-" in word:
        head, _, rest = word.partition("-")
        bare = rest.lstrip("'’ʿ‘")
        if head.lower() in articles and bare[:1].isupper():
            # the article is kept as written; an ayn apostrophe after it (al-'Ubaydi)
            # belongs to the spelling of the name and is replaced with it
            art = word[: len(head) + 1]
            word = bare
    wlow = word.lower() if art or pm else low
    titles_words = _titles()
    inside = wlow in titles_words or (len(word) == 1 and word.isupper())
    not_name = (
        len(word) < 2
        or not word[0].isupper()
        # (a lower-case letter: for ASCII, not all upper case, the first letter being so)
        or (word.isupper() if word.isascii() else not any(c.islower() for c in word))
        or wlow in _not_names()
        or not (word[1:2].islower() or bool(_AYN_SECOND.match(word)))
    )
    title = wlow in titles_words and word[:1].isupper() and not pm
    return (False, False, word, art, core_end, pm, inside, not_name, title)


def find_mentions(text: str) -> list[Mention]:
    """Name tokens of ``text`` in order.

    >>> [(m.article, m.core, m.given) for m in find_mentions("Mustafa al-Kadhimi’s trip.")]
    [('', 'Mustafa', ()), ('al-', 'Kadhimi', ('Mustafa',))]
    >>> [(m.core, m.titled) for m in find_mentions("Mr Blair said.")]
    [('Blair', True)]
    """
    if not text or (text.isascii() and text.islower()):
        # a name word starts with an upper-case letter: str.islower() says there is none
        # (asked of ASCII texts only: it stops at the first capital, but reads every
        # character of a text without cased letters, slowly outside ASCII)
        return []
    title_spans = _title_lines(text)
    n_title_spans = len(title_spans)
    t_idx = 0
    out: list[Mention] = []
    append = out.append
    # the name words of the current span, each as the fields of its Mention (given, head
    # and span_len are set when the span ends)
    group: list[list] = []
    last_end = -10
    after_title = False  # the previous word was a title, joined to this one
    after_connector = False  # the previous word was a connector (Abu 'Ubaydah)
    group_titled = False
    infos = _WORD_INFO
    if len(infos) > _WORD_INFO_MAX:
        infos.clear()
    place_prep = _PLACE_PREP.search

    def flush() -> None:
        n = len(group)
        if n == 1:  # (most names: one word, its fields complete)
            append(_new_tuple(Mention, group[0]))
            group.clear()
            return
        first = group[0]
        if not first[11] and not first[3]:
            # an apostrophe opening a span of two or more names, not closed later in the
            # line, is an ayn ('Abdallah Muhammad al-Muhaysini), not a quotation mark
            s0 = first[1]
            lead = text[s0 - 1] if s0 > 0 else ""
            if lead and lead in _AYNS and (s0 == 1 or text[s0 - 2] in " \t\n"):
                end = group[-1][2]
                line_end = text.find("\n", end)
                stop = min(end + _QUOTE_WINDOW, len(text) if line_end < 0 else line_end)
                if lead == "ʿ" or not _CLOSING_QUOTE.search(text, end, stop):
                    first[11] = lead
        names = [g[0] for g in group]
        for k, fields in enumerate(group):
            # the given names: the words before it in the group (at most _MAX_GIVEN, so a
            # run of thousands of capitalised words stays linear)
            fields[4] = tuple(names[max(0, k - _MAX_GIVEN) : k])
            fields[7] = k == n - 1
            fields[10] = n
            append(_new_tuple(Mention, fields))
        group.clear()

    for start, end in _candidate_spans(text):
        # (only a gap of one or two characters joins or holds an ayn: a longer one is not copied)
        gap = text[last_end:start] if last_end >= 0 and start - last_end <= 2 else ""
        joined = gap in _JOINING_GAPS or (after_title and gap == ". ")
        word = text[start:end]
        info = infos.get(word)
        if info is None:
            info = infos[word] = _word_info(word)
        connector, capitalised, core, art, core_end, pm, inside, not_name, title = info
        if connector:
            if group and not joined:
                flush()
            last_end = end if group or capitalised else -10
            after_connector = last_end == end
            continue
        e = start + core_end
        if joined and group and inside:
            last_end = e + (1 if text[e : e + 1] == "." else 0)  # a title or an initial inside a name
            continue
        if not_name:
            if group:
                flush()
            after_title = title
            last_end = e if title else -10
            continue
        if group and not joined:
            flush()
        if not group:
            group_titled = joined and after_title
            if group_titled:
                initial = False
            else:
                # (what _is_initial finds, looking at one or two characters here)
                c = text[start - 1] if start else "\n"
                if c == " ":
                    c = text[start - 2] if start >= 2 else "\n"
                initial = _is_initial(text, start) if c in " \t" else c == "\n" or c in _SENTENCE_END
        else:
            initial = False
        after_title = False
        if n_title_spans:
            while t_idx < n_title_spans and title_spans[t_idx][1] < start:
                t_idx += 1
            tline = t_idx < n_title_spans and title_spans[t_idx][0] <= start
        else:
            tline = False
        if (
            start >= 3
            and text[start - 1] == " "
            and "!" <= text[start - 2] <= "~"
            and (tail := text[start - 3 : start - 1]).isascii()
            and tail.lower() not in _PLACE_PREP_TAILS
        ):
            # one space after a printable ASCII character: a match's \s+ is that space, so
            # its preposition ends with these two ASCII characters, which only ASCII letters
            # match (ignoring case: lower-case), and they end no place preposition
            pctx = False
        else:
            pctx = place_prep(text, max(0, start - 12), start) is not None
        # an ayn apostrophe before a name inside a span (Jihad Salim 'Alamah) is part of its spelling
        ayn = gap[1:] if (group or after_connector) and len(gap) == 2 and gap in _JOINING_GAPS and not art else ""
        after_connector = False
        group.append([core, start + len(art), e, art, (), initial, tline, True, pctx, group_titled, 1, ayn])
        last_end = end
        if pm:
            flush()
            last_end = -10
    if group:
        flush()
    return out


# --------------------------------------------------------------------------- index


class NameIndex:
    """Counts of name forms over a corpus; add indexes to merge them.

    ``forms`` counts each name token (the surname of a name span, without
    article or possessive); ``full`` counts (given name, surname) pairs.
    The step uses the counts to pick a cluster's canonical form and to find
    the dominant spelling of a name the document spells only one way.

    >>> a = NameIndex.from_texts(["Mustafa al-Kadhimi met aides. Al-Kadhimi said."])
    >>> b = NameIndex.from_texts(["Critics say Kadhimi spoke."])
    >>> (a + b).forms["Kadhimi"]
    3
    >>> a + b == NameIndex.from_texts(["Mustafa al-Kadhimi met aides. Al-Kadhimi said.", "Critics say Kadhimi spoke."])
    True
    """

    __slots__ = ("_blocks", "_givens", "forms", "full")

    def __init__(self, forms: Mapping[str, int] | None = None, full: Mapping[tuple[str, str], int] | None = None):
        self.forms: Counter[str] = Counter(forms or {})
        self.full: Counter[tuple[str, str]] = Counter(full or {})
        self._blocks: dict[str, list[str]] | None = None
        self._givens: dict[str, Counter[str]] | None = None

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> NameIndex:
        index = cls()
        for text in texts:
            index.add(text)
        return index

    def add(self, text: str) -> NameIndex:
        """Count the names of one more document (in place); returns self."""
        for m in find_mentions(text):
            if not m.head or (m.initial and not m.article and not m.given) or m.title_line:
                continue
            self.forms[m.core] += 1
            if m.given:
                self.full[(m.given[0], m.core)] += 1
        self._blocks = self._givens = None
        return self

    def __add__(self, other: NameIndex) -> NameIndex:
        if not isinstance(other, NameIndex):
            return NotImplemented
        return NameIndex(self.forms + other.forms, self.full + other.full)

    def __radd__(self, other: object) -> NameIndex:
        if other == 0:  # sum() starts from 0
            return self
        return NotImplemented  # type: ignore[return-value]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NameIndex):
            return NotImplemented
        return +self.forms == +other.forms and +self.full == +other.full

    __hash__ = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.forms)

    def __repr__(self) -> str:
        return f"NameIndex({len(self.forms)} forms, {sum(self.forms.values())} mentions)"

    def count(self, form: str) -> int:
        return self.forms.get(form, 0)

    def given_counts(self, form: str) -> Counter[str]:
        """How often each given name introduced ``form`` in the corpus."""
        self._build()
        return self._givens.get(form, Counter())  # type: ignore[union-attr]

    def _build(self) -> None:
        if self._blocks is None or self._givens is None:
            blocks: dict[str, list[str]] = {}
            for f in self.forms:
                blocks.setdefault(block_key(f), []).append(f)
            givens: dict[str, Counter[str]] = {}
            for (g, f), n in self.full.items():
                givens.setdefault(f, Counter())[g] += n
            self._blocks, self._givens = blocks, givens

    def candidates(self, form: str) -> list[str]:
        """Indexed forms in the same block as ``form`` (same first sound group)."""
        self._build()
        return self._blocks.get(block_key(form), [])  # type: ignore[union-attr]

    def to_dict(self) -> dict[str, object]:
        return {"forms": dict(self.forms), "full": [[g, f, n] for (g, f), n in self.full.items()]}

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> NameIndex:
        rows = cast("list[tuple[str, str, str]]", d.get("full", []))
        full = {(g, f): n for g, f, n in rows}
        return cls(d.get("forms", {}), full)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """A user's canonical spellings: variant token -> canonical token.

    Built from a mapping or a TSV file with ``variant`` and ``canonical``
    columns (``#`` comments allowed).  Articles are stripped from both
    sides; lookup is by folded form, so a listed variant also covers its
    fold-equal spellings.

    >>> g = Gazetteer({"al-Qadimi": "al-Kadhimi"})
    >>> g.canonical("Kadimi")
    'Kadhimi'
    """

    __slots__ = ("_map",)

    def __init__(self, mapping: Mapping[str, str] | None = None) -> None:
        self._map: dict[str, str] = {}
        for variant, canonical in (mapping or {}).items():
            canonical = _strip_article(canonical.strip())
            self._map[fold(_strip_article(variant.strip()))] = canonical
            self._map.setdefault(fold(canonical), canonical)

    @classmethod
    def from_tsv(cls, path: str | Path) -> Gazetteer:
        mapping: dict[str, str] = {}
        with open(path, encoding="utf-8", newline="") as f:
            lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
        reader = csv.DictReader(lines, delimiter="\t")
        if not reader.fieldnames or not {"variant", "canonical"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: a gazetteer needs 'variant' and 'canonical' columns")
        for row in reader:
            mapping[row["variant"]] = row["canonical"]
        return cls(mapping)

    @classmethod
    def coerce(cls, value: Gazetteer | Mapping[str, str] | str | Path | None) -> Gazetteer | None:
        if value is None or isinstance(value, Gazetteer):
            return value
        if isinstance(value, (str, Path)):
            return cls.from_tsv(value)
        return cls(value)

    def canonical(self, token: str) -> str | None:
        return self._map.get(fold(token))

    def __len__(self) -> int:
        return len(self._map)


def _strip_article(name: str) -> str:
    articles, _ = _particles()
    head, sep, rest = name.partition("-")
    if sep and head.lower() in articles and rest:
        return rest
    return name


def iter_heads(mentions: Iterable[Mention]) -> Iterator[Mention]:
    return (m for m in mentions if m.head)
