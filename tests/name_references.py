"""Slow references for the names step's token forms: the folding.tsv rules applied one by
one, every sound_pairs.tsv row tried, as the data files say, with none of the planning the
library does (``nameindex.fold``, ``nameindex.sound_folds``).  Shared by test_names.py and
test_names_speed.py."""

from __future__ import annotations

import re

import regex

from newsclean.asciifold import ascii_fold
from newsclean.datafiles import load_words
from newsclean.nameindex import _fold_rules, _sound_pairs

_NON_LETTER = re.compile(r"[^a-z]+")
_DOUBLED = re.compile(r"(.)\1+")
# the Slavic-ending test spelt as one anchored alternation of the endings
_SLAVIC_END = regex.compile(
    "(?:"
    + "|".join(regex.escape(e) for e in sorted(load_words("names/slavic_endings.txt"), key=len, reverse=True))
    + r")\Z"
)


def fold_reference(token: str) -> str:
    """``nameindex.fold``: every folding.tsv rule in file order, then doubled letters."""
    s = _NON_LETTER.sub("", ascii_fold(token).lower())
    for literal, where, replacement in _fold_rules():
        if where == "start":
            if s.startswith(literal):
                s = replacement + s[len(literal) :]
        elif where == "end":
            if s.endswith(literal):
                s = s[: len(s) - len(literal)] + replacement
        else:
            s = s.replace(literal, replacement)
    return _DOUBLED.sub(r"\1", s)


def sound_folds_reference(token: str) -> tuple[tuple[str, bool, bool], ...]:
    """``nameindex.sound_folds``: every sound_pairs.tsv row tried on the fold (or, for a
    ``written`` row, on the spelling as written)."""
    f = fold_reference(token)
    low = token.lower()
    letters = len(_NON_LETTER.sub("", low))
    out = []
    for pattern, replacement, slavic_only, min_len, literal, exact, written, at_end in _sound_pairs():
        if letters < min_len:
            continue
        if written:
            if literal in low and (alt := fold_reference(pattern.sub(replacement, low))) != f:
                out.append((alt, slavic_only, exact))
            continue
        if not (f.endswith(literal) if at_end else literal in f):
            continue
        alt = pattern.sub(replacement, f)
        if alt != f and (not slavic_only or _SLAVIC_END.search(alt)):
            out.append((alt, slavic_only, exact))
    return tuple(out)
