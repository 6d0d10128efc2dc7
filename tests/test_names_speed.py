"""The names step's fast paths give the answers of the slower code they stand in for.

Each speed-up of the names step (the gate's one-pass neighbour test, the pair filter of
``_links``, the shortcuts of ``fold`` and ``sound_folds``) is checked here against the
plain computation it replaces, on name soups (Hypothesis) and on real names and articles.
"""

from __future__ import annotations

import itertools

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.asciifold import ascii_fold
from newsclean.datafiles import load_words
from newsclean.nameindex import (
    _DOUBLED,
    _NON_LETTER_RE,
    _first_group,
    _fold_rules,
    _sound_pairs,
    fold,
    skeleton,
    sound_folds,
)
from newsclean.normalisers.names import (
    _NO_WORDS,
    Names,
    _gate_entries,
    _may_compound,
    _near,
    _pair_forms,
    _Type,
)

from conftest import read_jsonl

_SOUP = [
    "Mustafa",
    "al-Kadhimi",
    "al-Qadimi",
    "Al-Qadimi’s",
    "Kadhimi",
    "Gaddafi",
    "Qaddafi",
    "Elkaddafi",
    "Hussein",
    "Husseini",
    "Husayn",
    "Zimovskiy",
    "Zimowski",
    "Smirnoff",
    "Smirnov",
    "Iraq",
    "Iran",
    "O'Neill",
    "Oneil",
    "Bashar",
    "Maher",
    "al-Assad",
    "said",
    "the",
    "met",
    ".",
    ",",
    "\n\n",
    "bin",
    "Chamas",
    "Shamas",
    "Alkurd",
    "al-Kurd",
    "Kurd",
    "Hubareva",
    "Gubareva",
    "Soleimani",
    "Sulemani",
    "Aulaqi",
    "Awlaki",
    "Tiourine",
    "Tyurin",
    "Oleg",
    "Aleh",
    "Park",
    "Pak",
    "Chang",
    "Jang",
    "NATO",
    "Nato",
    "Rahim-Safavi",
    "Rahim",
    "Safavi",
    "Yahya",
    "Oleksandrovych",
    "Harkusha",
    "Garkusha",
    "Saleh",
    "Salih",
    "Javaid",
    "Javed",
    "Fouaz",
    "Fawaz",
    "Vacich",
    "Vacic",
    "Djordjevic",
    "Dordevic",
    "Baynax",
    "Baynah",
    "Remi",
    "Rimi",
    "Blair",
    "Brown",
    "Brian",
    "Brien",
    "Michael",
    "Michel",
]


def _block_loop(text: str) -> bool:
    """The gate's first call done block by block (the general loop), for comparison."""
    step = Names()
    entries, words, slavic = _gate_entries(text, reuse=False)
    if "-" in "".join(words) and _may_compound(text, words):
        return True
    return step._may_link_blocks(entries, slavic)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), min_size=2, max_size=30).map(" ".join))
def test_gate_fast_path_equals_block_loop(text: str) -> None:
    assert Names()._may_link(text, _NO_WORDS) == _block_loop(text)


def test_gate_fast_path_equals_block_loop_on_articles(bbc_articles: list[str]) -> None:
    step = Names()
    sample = bbc_articles[::7]
    verdicts = [step._may_link(t, _NO_WORDS) for t in sample]
    assert verdicts == [_block_loop(t) for t in sample]
    assert 0 < sum(verdicts) < len(sample)  # both answers occur


# the reference spelling of the Slavic-ending test: one anchored alternation of the endings
_SLAVIC_END_RE = regex.compile(
    "(?:" + "|".join(regex.escape(e) for e in sorted(load_words("names/slavic_endings.txt"), key=len, reverse=True)) + r")\Z"
)


def _fold_reference(token: str) -> str:
    s = ascii_fold(token).lower()
    if not (s.isascii() and s.isalpha()):
        s = _NON_LETTER_RE.sub("", s)
    for literal, where, replacement in _fold_rules():
        if literal not in s:
            continue
        if where == "start":
            if s.startswith(literal):
                s = replacement + s[len(literal) :]
        elif where == "end":
            if s.endswith(literal):
                s = s[: len(s) - len(literal)] + replacement
        else:
            s = s.replace(literal, replacement)
    return _DOUBLED.sub(_first_group, s)


def _sound_folds_reference(token: str) -> tuple[tuple[str, bool, bool], ...]:
    f = _fold_reference(token)
    low = token.lower()
    letters = len(low) if low.isascii() and low.isalpha() else len(_NON_LETTER_RE.sub("", low))
    out = []
    for pattern, replacement, slavic_only, min_len, literal, exact, written, at_end in _sound_pairs():
        if letters < min_len:
            continue
        if written:
            if literal in low:
                alt = _fold_reference(pattern.sub(replacement, low))
                if alt != f:
                    out.append((alt, slavic_only, exact))
            continue
        if not (f.endswith(literal) if at_end else literal in f):
            continue
        alt = pattern.sub(replacement, f)
        if alt != f and (not slavic_only or _SLAVIC_END_RE.search(alt)):
            out.append((alt, slavic_only, exact))
    return tuple(out)


def _real_names() -> list[str]:
    names = set(_SOUP)
    for k, rec in enumerate(read_jsonl("names/ofac_sdn_person_aliases.jsonl")):
        if k >= 3000:
            break
        for v in [rec["primary"], *(x["name"] for x in rec["variants"])]:
            names.update(w.strip(",").capitalize() for w in v.split() if len(w) > 1)
    return sorted(names)


@pytest.fixture(scope="module")
def real_names() -> list[str]:
    return _real_names()


def test_fold_and_sound_folds_equal_their_reference(real_names: list[str]) -> None:
    assert len(real_names) > 2000
    for name in real_names:
        assert fold(name) == _fold_reference(name), name
        assert sound_folds(name) == _sound_folds_reference(name), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ahkgjiueonvsczdtrlHKGJ'-"), min_size=1, max_size=14))
def test_sound_folds_equal_reference_on_letter_soup(token: str) -> None:
    token = token[0].upper() + token[1:]
    assert fold(token) == _fold_reference(token)
    assert sound_folds(token) == _sound_folds_reference(token)


def test_links_pair_filter_only_skips_pairs_that_never_score(real_names: list[str]) -> None:
    """_links compares two plain names (no glued article, romanisation row or ch) only when a
    form of one (its fold or a sound_pairs.tsv respelling) is near the other's fold: any pair
    it skips has no score."""
    step = Names()
    forms = {}
    for n in real_names:
        if fold(n):
            f = _pair_forms(_Type(n, fold(n)))
            if f is not None:
                forms[n] = f
    plain = sorted(forms)[:800]
    assert sum(len(forms[n]) > 1 for n in plain) > 50  # names with respellings are in the sample
    skipped = 0
    for a, b in itertools.combinations(plain, 2):
        fa, fb = forms[a], forms[b]
        if not (_near(fa[0], fb[0]) or any(_near(p, fb[0]) for p in fa[1:]) or any(_near(fa[0], q) for q in fb[1:])):
            skipped += 1
            assert step.token_score(a, b) is None and step.qaf_score(a, b) is None, (a, b)
    assert skipped > 10_000


def test_near_is_the_length_and_skeleton_test() -> None:
    la, lb = len(fold("Kuwari")), len(fold("Kawari"))
    assert _near((la, skeleton("Kuwari")), (lb, skeleton("Kawari")))
    assert not _near((len(fold("Blair")), skeleton("Blair")), (len(fold("Brown")), skeleton("Brown")))
    assert not _near((4, "krd"), (9, "krd"))  # lengths too far apart, whatever the skeletons
