"""Names: rewrite variant spellings of one transliterated name to one form.

An article introduces ``Mustafa al-Kadhimi`` and later writes ``al-Qadimi``
and ``Al-Qadimi’s`` for him; this step rewrites the variants to the
canonical spelling and keeps everything around the name as written: the
article and its capital (``Al-Qadimi`` becomes ``Al-Kadhimi``), the
possessive and its own apostrophe, and whether the mention had the article.

Rule ``names.joining`` (:func:`joining_variants`): a name romanised syllable
by syllable, written again with a hyphen for a space (``Kim Jong Un`` /
``Kim Jong-un``, ``Yoon Suk Yeol`` / ``Yoon Suk-yeol``), becomes its first
form; the letters must be the same, one form must have a lower-case syllable
after a hyphen, and no part may be a word the text writes in lower case.

Rule ``names.article`` (:func:`article_letter_variants`): the Arabic article
spelt ``el-`` where the text introduced the name with ``al-`` (or the reverse)
takes the introduction's vowel (``Ahmed Al-Khazraji`` ... ``El-Khazraji``).

How (rule ``names.variant``; ``names.given_variant`` for the given name of
a rewritten full mention):

1. *Mentions* (:func:`newsclean.nameindex.find_mentions`): capitalised
   tokens joined by single spaces, particles (``bin``, ``abu``, ``van`` ...),
   titles and initials; hyphenated articles (``al-``, ``el-`` ...) and
   possessives are split off.  A surname is a candidate only with evidence
   that it is a name in this document: it occurs mid-sentence outside a
   title-case line or next to a verb of saying, it never occurs lower-case,
   it is not used as a given name, it is not mostly written "the X" or after
   "in/from/to X", and it is not in the place gazetteer
   (``data/names/places.tsv``) or the list of title and head nouns
   (``titles.txt``, ``not_names.txt``).
2. *Links* between two surnames in one block (:func:`~newsclean.nameindex.block_key`,
   the first letter's sound group; g and k only when the k-side is a qaf,
   ``Qaddafi``/``Gaddafi``):

   * ``fold``: equal transliteration folds (``data/names/folding.tsv``:
     kh/k, q/k, dh/d, w/v, ou/u, y/i, -skiy/-sky, -off/-ov ...) for tokens of
     4+ letters (both sides introduced as persons for 4-letter tokens);
   * ``article``: the Arabic article written joined to the name
     (``Alkurd``/``al-Kurd``, ``Elkaddafi``/``Kaddafi``): the rest, 4+
     letters, folds like the other token (:func:`~newsclean.nameindex.glued_rest`);
   * ``sound``: the folds meet through a pair of ``data/names/sound_pairs.tsv``
     that folding cannot apply to every name: French ``ch`` for Arabic ``sh``
     in names of 6+ letters (``Chamas``/``Shamas``, not ``Chen``/``Shen`` or
     ``Welch``/``Welsh``), and Ukrainian/Belarusian ``h`` for Russian ``g``
     or ``kh`` when both names have an East Slavic ending
     (``data/names/slavic_endings.txt``: ``Hubareva``/``Gubareva``,
     ``Harichev``/``Kharichev``, not ``Hamdi``/``Gamdi``); pairs marked
     ``match=fold`` count only when the folds become equal (Arabic
     ``-eh``/``-ih``: ``Saleh``/``Salih``; Belarusian ``-ou``:
     ``Zubkou``/``Zubkov``; Urdu ``ai``/``e``: ``Javaid``/``Javed``; ``j``
     for ``y`` in Slavic names: ``Tjurin``/``Tyurin``; French ``ou`` for
     ``w``: ``Fouaz``/``Fawaz``; ``-ich``/``-ic``: ``Vacich``/``Vacic``);
     ``where=written`` pairs respell the name before folding (Thai ``ph``
     for p: ``Phitchayot``/``Pichayos``; Serbian ``dj``/``d``; Basque
     ``tx``), ``where=inner`` pairs never at the start (Dutch/Indonesian
     ``ch`` for kh: ``Achwan``/``Akhwan``), ``where=start`` pairs only there
     (Turkish/Russian ``h`` for Persian/Arabic kh in names of 6+ letters:
     ``Halilzad``/``Khalilzad``; ``Hahn``/``Kahn`` are two names);
   * ``qaf``: with the Arabic article on one side (hyphenated or joined),
     g and k as the first letter of folds of 6+ letters that are otherwise
     equal (``Gaddafi``/``Elkaddafi``; not ``Google``/``Koogle``, not
     ``Gamal``/``Kamal``); with the same evidence, French ``ch`` for Arabic
     ``sh`` in names of 5 letters (``al-Chaar``/``al-Shaar``; ``Welch`` and
     ``Welsh`` stay apart);
   * ``arabic_vowels``: with the Arabic article (on both sides when both
     were introduced), o/u and e/i are one vowel, from 4 letters
     (``al-Remi``/``al-Rimi``, ``al-Omgy``/``al-Umgy``), but a final e is
     not an i (``Saade``/``Saadi``);
   * ``article+fuzzy``/``article+vowels``: a joined article before a name
     of 5+ letters spelt a little differently (``Alhmidan``/``Hamidan``);
   * ``vowels``/``fuzzy``: tokens of 5+ letters whose consonant skeletons
     are equal (``vowel_cutoff``) or, for 7+ letters, one edit apart
     (``score_cutoff``), ``scorer`` similarity of the folds at least that
     cutoff, at most one edit per three letters (``Kawari``/``Kuwari``, not
     ``Hassan``/``Hussein``; one per two letters for folds of 6+ letters with
     the same number of vowel groups: ``Soleimani``/``Sulemani``, not
     ``Salman``/``Suleiman``), neither fold the other plus a suffix
     (``Hussein``/``Husseini``, ``Ivanov``/``Ivanova``) nor the -i nisba
     (``Hamza``/``Hamzi``).  Both sides must be introduced as persons (a
     given name, an article or a title), or the bare side must stand next to
     a verb of saying after the other's full or titled introduction.

   * ``romanisation``: two forms of one East Asian surname in
     ``data/names/surname_romanisations.tsv`` (Korean ``Chang``/``Jang``,
     ``Pak``/``Park``; Chinese ``Zhang``/``Chang``), short as they are;
   * ``patronymic+sound``: the East Slavic pairs of ``sound_pairs.tsv``
     whatever the ending, when one side was introduced with a patronymic
     (``Gennadiy Oleksandrovych Garkusha`` ... ``Harkusha``);
   * ``compound`` (:meth:`Names._compound_rewrites`): a bare hyphenated token
     made of one person's introduced last names (``Rahim-Safavi`` after
     ``Yahya Rahim Safavi``) becomes that surname, and a bare part of an
     introduced hyphenated surname becomes the whole (``Fakhrizadeh``).

   Two surnames that one sentence writes both are two people (``Mr Smith met
   Mr Smyth``): they are not linked.
   When both surnames have full forms, their first given names must match
   (or one's given names are the other's last ones, equal after folding):
   family members sharing
   a surname keep their given names, and two people with look-alike
   surnames stay apart.  The first given name is taken past honorifics
   (``Hafiz Muhammad Saeed``) and keyed past ``Abd al-`` (``Abdul Rahim``,
   ``Abdulrahim``; so ``Abdul Aziz`` and ``Abdul Rahman`` are two people);
   two given names match by fold, by fuzzy score, through the equivalents
   of ``data/names/given_names.tsv`` (``Oleg``/``Aleh``, ``Gleb``/``Hleb``,
   ``Muhammad``/``Mohammed``; ``Hassan`` and ``Hussein`` stay apart), or with
   a non-initial ``h`` read as ``g`` (``Igor``/``Ihar``).  A given name is
   never rewritten through these equivalents.  Places are matched only
   through a user gazetteer.
   *Given names of one surname* (rule ``names.given_spelling``): when one
   surname's full mentions write the first given name in two spellings that
   fold equally (``Sergei Lavrov`` ... ``Sergey Lavrov``; ``Yuri``/``Yuriy``,
   ``Hassan``/``Hasan``), the later ones take the first introduction's
   spelling, unless the document shows two people: both spellings in one
   sentence (``Sergei Ivanov met Sergey Ivanov``) or a spelling used alone
   (``Aleksey said ...``).  Only equal folds: ``Michael``/``Michel`` and
   ``Mohammed``/``Muhammad`` can be two members of one family.
3. *Clusters*: a surname close to two introduced people who are not close
   to each other is left alone; a member is rewritten only when it links
   directly to the canonical form.
4. *Canonical form*: a user ``gazetteer``, then the corpus ``index``
   (:class:`~newsclean.nameindex.NameIndex`, when one member has a clear
   majority there), then the document's first full-name introduction, then
   a title introducing the cluster's first mention (``Amir Dianat``), then
   the most frequent form.  A surname opening a title-case headline is not
   taken for a given name, and variants inside such a headline are
   rewritten with the others.

Corpus mode: pass ``names={"index": NameIndex.from_texts(corpus)}`` or put
the index in the run's context under ``"name_index"``; indexes of parts add
up (``a + b``).  With an index, a name introduced as a person and spelled
one way in a document is also rewritten to a spelling the corpus uses at
least ``index_ratio`` times as often, if that spelling is one person's in
the corpus (one given name introduces it) and the given names agree.

Default: ON.  Measured (``benchmarks/names.py``, OFAC/GeoNames, dev and
held-out halves): person-variant recall 0.806/0.769 (surname) and
0.775/0.744 (full name) on dev/held-out, with zero false merges on 1,470 must-not-merge documents
(family members, look-alike surnames and given names, country pairs, city
pairs) at the default cutoffs; on 2,127 clean BBC articles and 237 clean
extraction gold texts every edit (about 0.9 per 100 texts) joins a real
variant of one person's or club's name (``Mukerjee``/``Mukherjee``), read by
hand and pinned in ``tests/test_names.py``.  Known weakness: when the
document's only full introduction is the misspelt form, the correct form is
rewritten to it (``Abbott``/``Abbot``); an index fixes that.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> text = "Mustafa al-Kadhimi spoke. Critics say al-Qadimi failed. Al-Qadimi’s aides agree."
>>> apply_edits(text, list(Names().find_edits(Document(text))))
'Mustafa al-Kadhimi spoke. Critics say al-Kadhimi failed. Al-Kadhimi’s aides agree.'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise
from operator import itemgetter, methodcaller
from pathlib import Path

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler, Levenshtein
from rapidfuzz.process import extract

from ..datafiles import load_tsv, load_words
from ..document import Document
from ..edits import Edit
from ..nameindex import (
    _SOUND_GROUPS,
    Gazetteer,
    Mention,
    NameIndex,
    _not_names,
    _sound_folds,
    _titles,
    block_key,
    find_mentions,
    fold,
    glued_rest,
    is_place,
    is_slavic,
    same_first_sound,
    skeleton,
    slavic_folds,
    sound_folds,
)
from . import Step

__all__ = ["DEFAULT_CUTOFF", "DEFAULT_VOWEL_CUTOFF", "SCORERS", "Names"]

Scorer = Callable[..., float]

# For the pre-check: capitalised words, and the parts of hyphenated or apostrophised ones.
_CAP_TOKEN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’ʿ‘\-]*+")
_TOKEN_PARTS = regex.compile(r"['’ʿ‘\-]+")
# _CAP_TOKEN for ASCII text, in the standard engine (equal results)
_ASCII_CAP_TOKEN = re.compile(r"[A-Z][A-Za-z'\-]*+")
_NO_WORDS: frozenset[str] = frozenset()
# _LOWER_WORD for ASCII text, in the standard engine (three times faster; equal results)
_ASCII_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][A-Za-z]*")


def _ascii_letters(text: str) -> bool:
    """Whether the standard-engine ASCII patterns find what the ``regex`` ones do in
    ``text``: it is ASCII, or its only other character is the pound sign (a third of the
    BBC articles), which is no letter, no mark and no apostrophe."""
    return text.isascii() or text.replace("£", "").isascii()


def _lower_words(text: str) -> set[str]:
    """The words of ``text`` that start with a lower-case letter, as written."""
    return set((_ASCII_LOWER_WORD if _ascii_letters(text) else _LOWER_WORD).findall(text))


#: words of a text that discusses how names are spelt ("The Associated Press settled on
#: “Gadhafi.”", "the name also appears as Husayn", "his name, spelt in the Latin alphabet,
#: is two letters away from that of Hassan Rouhani"): its variants are the subject, not
#: slips (probe38); "spelled out", "spelling out", "spelled trouble" are no such talk
_SPELLING_TALK = re.compile(
    r"(?i)\b(?:(?:mis)?spellings?\b(?!\ out)|misspel|transliterat|romani[sz]ation"
    r"|(?:also|often|sometimes|variously|usually|commonly)\ spel(?:led|t)\b"
    r"|spel(?:led|t)\ (?:as|with|in|differently)\b"
    r"|spel(?:l|ls|led|t|ling)\ (?:his|her|their|its)\ (?:(?:former|full|real|new|old)\ )?"
    r"(?:(?:sur|first\ |given\ |family\ |last\ )?names?|alias(?:es)?|nom\ de\ guerre|it)\b"
    # a letter counted ("listed as “Hoseinzadeh,” with a single “s.”", probe115) and a house
    # style ("this newspaper uses “al-Jolani.”")
    r"|\bwith\ (?:a\ single|a\ double|one|two|an\ extra|a\ silent)\ [\"“‘']?[a-z](?:[.,]?[\"”’'])?(?![a-z])"
    r"|\b(?:newspaper|paper|agency|publication|outlet|broadcaster|network)\ (?:uses|prefers|writes)\ [\"“‘'])"
)
#: pieces one of which every _SPELLING_TALK match holds (a substring pre-check)
_SPELLING_HINTS = (
    "spell",
    "Spell",
    "spelt",
    "Spelt",
    "SPEL",
    "ransliter",
    "RANSLITER",
    "omanis",
    "omaniz",
    "OMANI",
    "with ",
    "WITH ",
    "uses ",
    "USES ",
    "prefers ",
    "PREFERS ",
    "writes ",
    "WRITES ",
)


def _discusses_spelling(text: str) -> bool:
    """Whether ``text`` talks about how names are spelt (then the step changes nothing).

    >>> _discusses_spelling("The name also appears as Husayn.")
    False
    >>> _discusses_spelling("Transliteration is the root of the problem.")
    True
    >>> _discusses_spelling("The deal spelled trouble; he spelled out the terms.")
    False
    >>> _discusses_spelling('The program listed him as "Hoseinzadeh," with a single "s."')
    True
    >>> _discusses_spelling('Some outlets spell his former alias "al-Julani"; this newspaper uses "al-Jolani."')
    True
    >>> _discusses_spelling("He left with one suitcase; the newspaper uses freelancers.")
    False
    """
    return any(h in text for h in _SPELLING_HINTS) and _SPELLING_TALK.search(text) is not None


_POSSESSIVE_END = regex.compile(r"['’](?:s)?\Z")


def _jaro_winkler(a: str, b: str, *, score_cutoff: float | None = None) -> float:
    cutoff = None if score_cutoff is None else score_cutoff / 100
    return 100 * JaroWinkler.normalized_similarity(a, b, score_cutoff=cutoff)


#: Scorers by name; any rapidfuzz-style ``scorer(a, b, score_cutoff=...)`` on 0..100 also works.
SCORERS: dict[str, Scorer] = {
    "ratio": fuzz.ratio,
    "jaro_winkler": _jaro_winkler,
}

#: Default similarity threshold (0..100) on folded names; see benchmarks/names.py.
DEFAULT_CUTOFF = 75.0
#: Default threshold when two names differ in vowels only (equal consonant skeletons).
DEFAULT_VOWEL_CUTOFF = 65.0
#: Tokens this short are never matched fuzzily (only by equal folds or the gazetteer).
FUZZY_MIN_LEN = 5
_MAX_NAME_SPAN = 4  # name tokens in one person's name that make given names ("Abu Bakr al-Baghdadi al-Husseini")
#: Shorter tokens match fuzzily only when their consonant skeletons are equal.
SKELETON_EDIT_MIN_LEN = 7
#: Blocks with more surnames than this are matched by equal folds only (keeps the step linear).
MAX_BLOCK = 120
#: Similarity two given names need to be taken as one person's (compatibility only).
GIVEN_COMPAT_CUTOFF = 75.0
#: Folds this long whose consonants and number of vowel groups agree may differ in every other
#: vowel letter (one edit per two letters instead of three).
VOWEL_SWAP_MIN_LEN = 6
#: Folds this short never match through a qaf written g and k (Gamal/Kamal are two names).
QAF_MIN_LEN = 6
#: Tokens this short are never matched at all (except by the gazetteer).
FOLD_MIN_LEN = 4


def _vowel_groups(f: str) -> int:
    return len(_VOWEL_RUNS.findall(f))


def _nisba(fa: str, fb: str) -> bool:
    """One fold is the other with its final vowel turned into the -i suffix (Hamza/Hamzi)."""
    return (
        len(fa) == len(fb)
        and fa[:-1] == fb[:-1]
        and "i" in (fa[-1], fb[-1])
        and fa[-1] in "aeiou"
        and fb[-1] in "aeiou"
    )


def _check_given_row(row: Mapping[str, str]) -> str | None:
    if row["kind"] not in ("same", "honorific"):
        return f"kind must be same or honorific, not {row['kind']!r}"
    if not row["forms"].split():
        return "forms is empty"
    return None


@lru_cache(maxsize=1)
def _given_table() -> tuple[dict[str, frozenset[int]], frozenset[str]]:
    """Folded given name -> ids of its equivalence groups; folded honorifics."""
    groups: dict[str, set[int]] = {}
    honorifics: set[str] = set()
    for i, row in enumerate(_given_rows()):
        for form in row["forms"].split():
            if row["kind"] == "honorific":
                honorifics.add(fold(form))
            else:
                groups.setdefault(fold(form), set()).add(i)
    return {k: frozenset(v) for k, v in groups.items()}, frozenset(honorifics)


def _given_rows() -> tuple[Mapping[str, str], ...]:
    return tuple(load_tsv("names/given_names.tsv", required=("forms", "kind"), check=_check_given_row))


def _check_romanisation_row(row: Mapping[str, str]) -> str | None:
    forms = row["forms"].split()
    if len(forms) < 2:
        return "a row needs two or more forms"
    if not all(f.isascii() and f.isalpha() and f[:1].isupper() for f in forms):
        return "forms are capitalised ASCII words"
    return None


def _romanisation_rows() -> tuple[Mapping[str, str], ...]:
    return tuple(
        load_tsv("names/surname_romanisations.tsv", required=("forms", "language"), check=_check_romanisation_row)
    )


@lru_cache(maxsize=1)
def _romanisation_table() -> dict[str, frozenset[int]]:
    """Lower-case form -> ids of the rows of ``surname_romanisations.tsv`` that hold it."""
    table: dict[str, set[int]] = {}
    for i, row in enumerate(_romanisation_rows()):
        for form in row["forms"].split():
            table.setdefault(form.lower(), set()).add(i)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _korean_rows() -> frozenset[int]:
    return frozenset(i for i, row in enumerate(_romanisation_rows()) if row["language"] == "korean")


def _one_korean_surname(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are romanisations of one Korean surname (a Korean row of
    surname_romanisations.tsv holds both)."""
    return bool(romanisation_rows(a) & romanisation_rows(b) & _korean_rows())


#: Korean given names in McCune-Reischauer (Kwang, Chol, Hyok) and Revised Romanization (Gwang,
#: Cheol, Hyeok): RR writes unaspirated initials voiced (g, d, b, j) and eo/eu for ŏ/ŭ.
_KOREAN_VOWELS = regex.compile(r"eo|eu")
_KOREAN_CONSONANTS = str.maketrans({"g": "k", "d": "t", "b": "p", "j": "c", "r": "l"})


def _korean_given(key: str) -> str:
    """``Gwang`` and ``Kwang``, ``Myeong-Jin`` and ``Myong-Chin`` are one Korean given name.

    >>> _korean_given("gwanghun") == _korean_given("kwanghun"), _korean_given("myeongjin") == _korean_given("myongchin")
    (True, True)
    """
    s = _KOREAN_VOWELS.sub(lambda m: m.group()[1], key.replace("ch", "j").replace("'", ""))
    return s.translate(_KOREAN_CONSONANTS)


#: The McCune-Reischauer breve written as an apostrophe inside a name (Cho'ng, Ch'a); not I'm.
_APOSTROPHE_INSIDE = regex.compile(r"\p{L}{2,}['’]\p{L}+")


@lru_cache(maxsize=1 << 16)
def romanisation_rows(token: str) -> frozenset[int]:
    """The rows of ``data/names/surname_romanisations.tsv`` (one East Asian surname each) holding ``token``.

    >>> romanisation_rows("Cho'ng") == romanisation_rows("Jeong"), bool(romanisation_rows("Jeon") & romanisation_rows("Cheon"))
    (True, False)
    """
    return _romanisation_ids(token)


_NO_ROWS: frozenset[int] = frozenset()


def _romanisation_ids(token: str) -> frozenset[int]:
    """:func:`romanisation_rows` (not cached)."""
    if token.isascii() and token.isalpha():
        return _romanisation_table().get(token.lower(), _NO_ROWS)  # (what _plain returns)
    if not token.isalpha() and not _APOSTROPHE_INSIDE.fullmatch(token):
        return _NO_ROWS  # I'm is not Im
    return _romanisation_table().get(_plain(token), _NO_ROWS)


#: Arabic writes three vowels (a, i, u); English and French romanisations write i as e and u as o
#: (al-Remi/al-Rimi, al-Omgy/al-Umgy).  A closed set: used only with evidence that a name is
#: Arabic (the article).  A final e is not an i: French and Levantine
#: spellings write the ta marbuta -e (Saade, Hamade), and the nisba -i is another name (Saadi).
_ARABIC_VOWELS = str.maketrans("oe", "ui")


def _arabic_vowels(f: str) -> str:
    return f[:-1].translate(_ARABIC_VOWELS) + (f[-1:] if f.endswith("e") else f[-1:].translate(_ARABIC_VOWELS))


def _arabic_vowels_score(ra: str, rb: str, fa: str, fb: str) -> tuple[float, str] | None:
    if min(_n_letters(ra), _n_letters(rb)) >= FOLD_MIN_LEN and _arabic_vowels(fa) == _arabic_vowels(fb):
        return 100.0, "arabic_vowels"  # al-Remi/al-Rimi, al-Omgy/al-Umgy
    return None


#: The Arabic "servant of" prefix of a compound given name (Abdul Rahim, Abdolreza, Abdelbassed).
_ABD_PREFIX = regex.compile(r"abd(?:[aeiou]l|[aeiou])?")
_NOT_LOWER = regex.compile(r"[^\p{Ll}]+")
#: The Arabic article written as a word of its own inside a name (Abd Al Hamid, Abd El Kader).
_ARTICLE_WORDS = frozenset({"al", "el"})
#: A kunya particle joined to the name by a hyphen (Abu-Mahdi, Umm-Kulthum): keyed without it.
_KUNYA = regex.compile(r"(?i:abu|abou|umm|bin|ibn)[-‐](?=\p{L}{3})")
_ABD_WORDS = frozenset({"abd", "abdu", "abdi", "abdul", "abdel", "abdal", "abdol", "abdil", "al", "el"})


def _plain(token: str) -> str:
    low = token.lower()
    if low.isascii() and low.isalpha():
        return low  # (lower-case ASCII letters only: nothing to drop)
    return _NOT_LOWER.sub("", low)


def given_key(given: tuple[str, ...]) -> str:
    """The first given name of a full mention (lower case, letters only), as used by the person guard.

    Leading honorifics are skipped (``Hafiz Muhammad Saeed``), and the
    compound ``Abd al-X`` is keyed by ``X`` however it is written
    (``Abdul Rahim``, ``Abdulrahim``, ``Abdul-Rahim``).

    A kunya written with a hyphen is keyed like one written with a space (the
    particle ``Abu`` is not a name token): ``Abu-Mahdi`` is ``Mahdi``.

    >>> given_key(("Hafiz", "Mohammad")), given_key(("Abdul", "Reza")), given_key(("Abd-al-Reza",))
    ('mohammad', 'reza', 'reza')
    >>> given_key(("Abu-Mahdi",))
    'mahdi'
    """
    _, honorifics = _given_table()
    toks = list(given)
    while len(toks) > 1 and fold(toks[0]) in honorifics:
        toks.pop(0)
    kunya = _KUNYA.match(toks[0]) if "-" in toks[0] or "‐" in toks[0] else None
    key = _plain(toks[0][kunya.end() :] if kunya else toks[0])
    if len(toks) > 1 and key in _ABD_WORDS:
        key = ("" if key in ("al", "el") else key) + _plain(toks[1])
    m = _ABD_PREFIX.match(key)
    if m and len(key) - m.end() >= 3:
        key = key[m.end() :]
    return key


def given_keys(given: tuple[str, ...]) -> set[str]:
    """:func:`given_key`, and the first two given names written as one (Persian and
    Korean compounds: ``Mohammad Reza``/``Mohammadreza``, ``Kwang Chol``/``Kwang-Chol``).

    >>> sorted(given_keys(("Mohammad", "Reza", "Tabatabai")))
    ['mohammad', 'mohammadreza']
    """
    _, honorifics = _given_table()
    toks = list(given)
    while len(toks) > 1 and fold(toks[0]) in honorifics:
        toks.pop(0)
    keys = {given_key(given)}
    if len(toks) > 1 and _plain(toks[0]) not in _ABD_WORDS:
        keys.add(_plain(toks[0]) + _plain(toks[1]))
    return keys


#: Letters compared loosely in given names: a non-initial h that is not part of sh, ch, kh, zh, gh, th, dh, ph; c not in ch.
#: Also German tsch for Cyrillic ч (Letscha/Lecha) and Somali x for ḥ before a vowel (Xassan/Hassan).
_LOOSE_GIVEN = regex.compile(r"tsch|^x(?=[aeiou])|(?<=[a-z])(?<![sckzgtdp])h|c(?!h)")
_LOOSE_SUBS = {"h": "g", "c": "k", "tsch": "ch", "x": "h"}


def _loose_sub(m: regex.Match[str]) -> str:
    return _LOOSE_SUBS[m.group()]


#: Consonants (as :func:`~newsclean.nameindex.skeleton` writes them: g, q, c -> k; t -> d;
#: z -> s; p -> b; v, w -> f) that transliterations write for one another in a given name:
#: French ch / English sh (Hicham/Hisham), c for ts (Arciom/Artsiom), Arabic ẓ/ḍ/th as z, d or
#: s (Fazul/Fadil, Othman/Osman), kh as h (Khalid/Halid), Egyptian g for j (Gamal/Jamal),
#: zh/j (Zhanna/Janna).
_CONSONANT_ALTERNATIONS = frozenset(
    frozenset(p) for p in (("k", "s"), ("k", "d"), ("s", "d"), ("h", "k"), ("j", "k"), ("j", "s"), ("b", "f"))
)


def _name_like(token: str, lower: set[str]) -> bool:
    """A given name: not a place, not a word the document also writes lower-case."""
    return token.lower() not in lower and not is_place(token)


#: An East Slavic patronymic among the given names (Oleksandrovych, Ivanovich, Leanidavich,
#: Piatrowna): evidence that the surname is East Slavic whatever its ending.
_PATRONYMIC = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:[aeo]vi?t?ch|[aeo]vych|[aeioy]vna|[ao]wna|[ao]una)\Z")

#: Verbs of saying next to a bare surname mark it as a person ("Marzuk said", "said al-Qadimi").
_VERBS = (
    r"said|says|told|tells|added|adds|stated|argued|insisted|explained|wrote|writes|declared|announced|warned"
    r"|replied|claimed|noted|admitted|asked|denied|urged|spoke|stressed|emphasi[sz]ed|vowed|pledged|praised"
    r"|critici[sz]ed|acknowledged|confirmed|recalled"
)
#: an adverb a writer puts between a name and its verb of saying ("Nasrullah also praised ...")
_SAYING_ADVERBS = r"also|later|then|further|again|previously|earlier|separately|reportedly|repeatedly"
_REPORTED_AFTER = regex.compile(rf"(?:['’]s)?,?\s+(?:(?:{_SAYING_ADVERBS})\s+)?(?:{_VERBS})\b")
#: a bare surname that starts a sentence and acts is a person as much as one who speaks
#: ("Daglo has toured ...", "Daglo met ..."): a finite verb right after it
_ACTION_VERBS = (
    r"met|visited|toured|arrived|left|became|led|won|lost|signed|resigned|ordered|appointed"
    r"|accused|called|rejected|returned|travell?ed|flew|sought|wanted|faced|took|gave|made|held"
    r"|joined|launched|promised|threatened|refused|agreed|blamed|thanked|welcomed|hosted|attended"
    r"|fled|remained|demanded|urged|argued|proposed|criticised|criticized|praised|pledged|vowed|denied|dismissed"
    r"|defended|backed|opposed|conceded"  # ("Soeder also demanded that ...", probe109)
)
_ACTS_AFTER = regex.compile(
    rf",?\s+(?:(?:{_SAYING_ADVERBS})\s+)?(?:(?:has|had|is|was|will|would|could|did)(?:\s+not)?\s+\p{{Ll}}++(?<!\ba|\ban|\bthe)(?!\w)|(?:{_ACTION_VERBS})\b)"
)
#: a regnal number after a name ("King Abdullah II", "Pope Leo XIV"): a monarch's or a
#: pope's name has one fixed spelling and is no surname variant of another person's
_REGNAL_AFTER = regex.compile(r"\ (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)(?![\p{L}\p{N}])")
_HONORIFIC_BEFORE = regex.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\ \Z")
#: an appositive right after a full name: the sentence introduces the person ("Ali Saadi, a
#: member of parliament's energy committee, said"; "Ali Saeedi, the head of ...")
_APPOSITIVE_AFTER = regex.compile(r",\ (?:a|an|the)\ (?:\p{Ll}|\p{Lu}[\p{L}\-]+\ \p{Ll})")  # ("a Houthi official")
#: an appositive right before a full name set off by commas: "Its regional leader, Thomas
#: Schmitt, said" (a description in lower case ends before the comma; "In Berlin, Thomas
#: Schmitt, ..." has none)
_APPOSITIVE_BEFORE = regex.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]n?)\ (?:[\p{Ll}\-]+\ ){0,4}[\p{Ll}\-]{3,},\ \Z"
)
#: a Korean given name as news romanises it: two syllables joined by a hyphen (Won-sik, Jong-un)
_KOREAN_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}")
#: a bare surname's possessive before the person's office, aides, kin or words: a person
#: ("Pachinyan’s office said", "Al-Qadimi’s critics")
_PERSON_POSSESSIVE = regex.compile(
    r"['’]s\s+(?:office|spokes(?:man|woman|person)|government|administration|cabinet|aides?|advisers?"
    r"|lawyers?|wife|husband|son|daughter|family|allies|supporters|critics|visit|trip|remarks|comments"
    r"|speech|resignation)\b"
)
_REPORTED_BEFORE = regex.compile(
    rf"\b(?:{_VERBS}|according\s+to|loyal\s+to|allied\s+(?:to|with)"
    r"|(?:supporters|opponents|critics|allies|rivals|aides|loyalists)\s+of)\s+\Z",
    regex.IGNORECASE,
)
#: a bare surname described as a person right after it: "Daglo, who has rarely appeared",
#: "Aggar, a former rebel leader", "Tekala, for his part, said" (probe98)
_PERSON_AFTER = regex.compile(
    r",\ (?:who|whose)\b|,\ for\ (?:his|her)\ part\b"
    r"|,\ (?:a|an|the)\ (?:[\p{Ll}\-]+\ ){0,3}?(?:leader|commander|minister|president|official|spokes(?:man|woman|person)"
    r"|general|chief|head|envoy|adviser|advisor|lawyer|candidate|founder|politician|diplomat|activist|prosecutor"
    r"|judge|governor|mayor|senator|deputy|lawmaker|MP|ambassador|negotiator|premier|secretary|chairman)\b"
)
_THE_BEFORE = regex.compile(r"\b[Tt]he\s+\Z")

_VOWEL_RUNS = regex.compile(r"[aeiou]+")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*+")
_LETTERS = regex.compile(r"[^\p{L}]+")


@lru_cache(maxsize=1 << 16)
def _n_letters(token: str) -> int:
    """The number of letters in a token (memoised: pair scoring asks for it again and again)."""
    return len(_LETTERS.sub("", token))


@lru_cache(maxsize=1 << 16)
def _qaf_score(a: str, b: str) -> tuple[float, str] | None:
    ra, rb = glued_rest(a) or a, glued_rest(b) or b
    fa, fb = fold(ra), fold(rb)
    if not fa or not fb or fa == fb or any(is_place(x) for x in (a, b, ra, rb)):
        return None
    if min(len(fa), len(fb)) >= QAF_MIN_LEN and fa[1:] == fb[1:] and {fa[0], fb[0]} == {"g", "k"}:
        return 100.0, "qaf"
    if (
        "ch" in fa + fb
        and min(_n_letters(ra), _n_letters(rb)) >= FUZZY_MIN_LEN
        and fa.replace("ch", "sh") == fb.replace("ch", "sh")
    ):
        return 100.0, "sound"  # French ch for Arabic sh in a short name (al-Chaar/al-Shaar)
    return _arabic_vowels_score(ra, rb, fa, fb)


def _token_score(
    a: str, b: str, max_skeleton: int, scorer: Scorer, score_cutoff: float, vowel_cutoff: float
) -> tuple[float, str] | None:
    """:meth:`Names.token_score` with the step's scorer and cutoffs passed in (so it can be cached)."""
    if a.lower() == b.lower():
        return None  # a difference of case only (MiniDisc/Minidisc) is not a spelling variant
    if _SYLLABLE_PAIR.match(a) and _SYLLABLE_PAIR.match(b) and _syllables(a) != _syllables(b):
        return None  # two Korean or Chinese given names, a syllable apart (Ha-seong/Hye-seong, probe120)
    if romanisation_rows(a) & romanisation_rows(b) and not (is_place(a) or is_place(b)):
        return 100.0, "romanisation"  # one Korean or Chinese surname (Chang/Jang, Pak/Park, Zhang/Chang)
    hit = _spelling_score(a, b, max_skeleton, scorer, score_cutoff, vowel_cutoff)
    if hit is not None or is_place(a) or is_place(b):
        return hit
    # a pair of sound_pairs.tsv, then the usual rules (Chamas/Shamas, Hubareva/Gubareva)
    for x, y in ((a, b), (b, a)):
        for alt, slavic_only, exact in sound_folds(x):
            if slavic_only and not is_slavic(y):
                continue
            hit = _spelling_score(alt, y, max_skeleton, scorer, score_cutoff, vowel_cutoff)
            if hit is not None and not (exact and hit[1] != "fold"):
                return hit[0], "sound" if hit[1] == "fold" else f"sound+{hit[1]}"
    # the article written joined to a name spelt a little differently (Alhmidan/Hamidan)
    ga, gb = glued_rest(a), glued_rest(b)
    if bool(ga) != bool(gb):
        rest, other = (ga, b) if ga else (gb, a)
        if len(rest) >= FUZZY_MIN_LEN and not is_place(a if ga else b):
            hit = _spelling_score(rest, other, max_skeleton, scorer, score_cutoff, vowel_cutoff)
            if hit is not None and hit[1] in ("fuzzy", "vowels"):
                return hit[0], f"article+{hit[1]}"
    return None


def _without_accents(s: str) -> str:
    """``s`` without its diacritics, letter for letter (the combining marks of its canonical
    decomposition dropped; apostrophes, hyphens and letters such as "ø" stay as written).

    >>> _without_accents("Trần Quốc Minh"), _without_accents("D’Agostino Søren")
    ('Tran Quoc Minh', 'D’Agostino Søren')
    """
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


#: a given name of two syllables joined by a hyphen, the second in lower case: Korean
#: ("Ha-seong", "Jae-in"), Chinese in Wade-Giles or Hong Kong spelling ("Ing-wen", "Ka-chiu")
_SYLLABLE_PAIR = regex.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}")
#: the romanisations of one Korean syllable written alike (Revised Romanization,
#: McCune-Reischauer, the spellings of passports): the back vowels (eo, ŏ, o, u, ou, oo, eu),
#: the y-vowels (yeo, yo, you, yu), ae/e, oe/oi, ee/i, and the voiced and unvoiced stops;
#: a syllable's other vowels (a, ye, ya) stay apart
_SYLLABLE_VOWELS = regex.compile(r"yeo|you|yae|ye|ya|yo|yu|eo|eu|ou|oo|ae|ai|oe|oi|ee|wa|wo|we|wi|[aeiou]")
_VOWEL_CLASS = {
    **dict.fromkeys(("yeo", "you", "yo", "yu"), "Y"),
    **dict.fromkeys(("ye", "yae"), "J"),
    "ya": "Q",
    **dict.fromkeys(("eo", "eu", "ou", "oo", "o", "u"), "O"),
    **dict.fromkeys(("ae", "ai", "e"), "E"),
    **dict.fromkeys(("oe", "oi"), "W"),
    **dict.fromkeys(("ee", "i"), "I"),
    "a": "A",
    "wa": "V",
    **dict.fromkeys(("wo", "we"), "X"),
    "wi": "U",
}
_CONSONANT_FOLD = str.maketrans("kptlr", "gbddd")


def _syllables(name: str) -> tuple[str, ...]:
    """The syllables of a hyphenated East Asian given name, each folded so that its
    romanisations are equal: two given names a syllable apart are two people (Kim Ha-seong
    and Kim Hye-seong), never one name spelt twice.

    >>> _syllables("Ha-seong") == _syllables("Ha-sung"), _syllables("Ha-seong") == _syllables("Hye-seong")
    (True, False)
    >>> _syllables("Yeong-rok") == _syllables("Young-rok"), _syllables("Min-sŏk") == _syllables("Min-seok")
    (True, True)
    """
    plain = _without_accents(name.lower())
    out = []
    for part in plain.replace("ch", "j").replace("sh", "s").split("-"):
        part = _SYLLABLE_VOWELS.sub(lambda m: _VOWEL_CLASS[m.group()], part)
        out.append(part.translate(_CONSONANT_FOLD))
    return tuple(out)


#: Pair scores are memoised per token pair (pure functions of the tokens and the step's options).
_cached_token_score = lru_cache(maxsize=1 << 16)(_token_score)


def _spelling_score(
    a: str, b: str, max_skeleton: int, scorer: Scorer, score_cutoff: float, vowel_cutoff: float
) -> tuple[float, str] | None:
    fa, fb = fold(a), fold(b)
    la, lb = _n_letters(a), _n_letters(b)
    if min(la, lb) < FOLD_MIN_LEN or not fa or not fb:
        return None
    ga, gb = glued_rest(a), glued_rest(b)
    if _article_fold_equal(ga, gb, fa, fb):
        # the article written joined to the name: Alkurd/Kurd, Aljabouri/Jaburi
        if is_place(a) or is_place(b) or is_place(ga or gb):
            return None
        return 100.0, "article"
    if fa != fb:
        lfa, lfb = len(fa), len(fb)
        if (lfa - lfb if lfa > lfb else lfb - lfa) > ((lfa if lfa < lfb else lfb) >> 1 or 1):
            # more letters apart than the most edits any rule below allows (max_edits): the
            # cheap test first (most pairs a block holds)
            return None
    if not same_first_sound(a, b) or is_place(a) or is_place(b):
        return None
    if fa == fb:
        return 100.0, "fold"
    if min(la, lb) < FUZZY_MIN_LEN or fa.startswith(fb) or fb.startswith(fa) or _nisba(fa, fb):
        return None
    if min(la, lb) < SKELETON_EDIT_MIN_LEN:
        max_skeleton = 0
    dist = Levenshtein.distance(skeleton(a), skeleton(b), score_cutoff=max_skeleton)
    if dist > max_skeleton:
        return None
    # one edit per three letters of the shorter fold: Kawari/Kuwari, not Hassan/Hussein
    max_edits = max(1, min(len(fa), len(fb)) // 3)
    if dist == 0 and min(len(fa), len(fb)) >= VOWEL_SWAP_MIN_LEN and _vowel_groups(fa) == _vowel_groups(fb):
        # the same consonants and the same number of vowel groups: only the vowels are
        # written differently (Soleimani/Sulemani, Julaidan/Jaladin); not Salman/Suleiman
        max_edits = max(1, min(len(fa), len(fb)) // 2)
    if Levenshtein.distance(fa, fb, score_cutoff=max_edits) > max_edits:
        return None
    cutoff = vowel_cutoff if dist == 0 else score_cutoff
    score = scorer(fa, fb, score_cutoff=cutoff)
    if score and score >= cutoff:
        return float(score), "fuzzy" if dist else "vowels"
    return None


def _fold_only(token: str) -> bool:
    """Whether the gate files ``token`` under its fold alone (:func:`_token_items`): then it
    has no romanisation row, no sound_pairs.tsv respelling, no ``ch`` in its fold and no
    glued article (the one item is the fold, not a row; a token with a glued article whose
    rest folds like the whole token has one item too, so that is asked)."""
    items = _token_items(token)  # (cached: the gate asked for it)
    return len(items) == 1 and items[0][0][0] != "#" and (token[:2] not in ("Al", "El") or not glued_rest(token))


@lru_cache(maxsize=1 << 16)
def _score_forms(token: str) -> tuple[tuple[tuple[str, int, str, str], ...], frozenset[int]]:
    """The folds of ``token`` that the rules of :func:`_token_score` and :func:`_qaf_score`
    compare (the token's, the name's after a glued article, each sound_pairs.tsv
    respelling's, folded again as :func:`_spelling_score` does), each as ``(fold, letters
    of the spelling, the fold with every ch written sh, the spelling)``; and the token's
    rows of surname_romanisations.tsv.  For :func:`_may_score`."""
    f = fold(token)
    if _fold_only(token):
        return ((f, len(token) if token.isalpha() else _n_letters(token), f, token),), _NO_ROWS
    forms = {f: (_n_letters(token), token)}
    rest = glued_rest(token)
    if rest:
        forms.setdefault(fold(rest), (_n_letters(rest), rest))
    for alt, _, _ in sound_folds(token):
        n = _n_letters(alt)
        g = fold(alt)
        if g not in forms or forms[g][0] < n:
            forms[g] = (n, alt)  # (the most letters: _may_score asks for enough)
    return tuple((g, n, g.replace("ch", "sh"), w) for g, (n, w) in forms.items()), romanisation_rows(token)


def _may_score(x: str, y: str) -> bool:
    """An exact necessary condition for ``token_score(x, y) or qaf_score(x, y)`` (in either
    order, with ``max_skeleton`` 0 or 1), for the gate: most pairs of forms within its
    one-edit-per-two-letters bound are two names no rule links (France/French,
    Ethiopia/Ethiopians).

    Each rule compares two folds, one of each token, among :func:`_score_forms` (the
    token's fold, the fold of the name after a glued article, of a sound_pairs.tsv
    respelling; in ``_spelling_score(respelling, token)`` the article test compares the
    respelling's fold with the name's after the token's glued article), or shares a row:

    - ``romanisation``: a row of surname_romanisations.tsv in common;
    - ``fold``, ``article``, ``sound`` and those after a respelling: equal folds;
    - ``sound`` of qaf_score: folds equal once every ch is written sh;
    - ``qaf`` (a first g for k) and ``arabic_vowels`` (o/u, e/i): folds of one length with
      equal skeletons (g and k are one skeleton letter; vowels are none);
    - ``fuzzy`` and ``vowels`` (also after a respelling or a glued article): spellings of
      5+ letters (FUZZY_MIN_LEN), neither fold the other's start, skeletons at most
      ``max_skeleton`` edits apart, which is 0 unless both spellings have 7+ letters
      (SKELETON_EDIT_MIN_LEN); folds at most max(1, shorter // 3) edits apart, or
      max(1, shorter // 2) with equal skeletons (vowel swaps).

    A pair of folds that meets none of these never scores.  (The skeletons last: most
    pairs fail before.)
    """
    forms_x, rows_x = _score_forms(x)
    forms_y, rows_y = _score_forms(y)
    if rows_x and not rows_x.isdisjoint(rows_y):
        return True
    distance = Levenshtein.distance
    for f, nf, tf, wf in forms_x:
        lf = len(f)
        for g, ng, tg, wg in forms_y:
            if tf == tg:
                return True
            lg = len(g)
            n = nf if nf < ng else ng
            m = lf if lf < lg else lg
            if lf != lg:
                # only fuzzy or vowels: 5+ letters, no prefix, max(1, m // 2) edits at most
                if n < FUZZY_MIN_LEN or f.startswith(g) or g.startswith(f):
                    continue
                bound = m >> 1 or 1
                d = distance(f, g, score_cutoff=bound)
                if d > bound:
                    continue
                if n >= SKELETON_EDIT_MIN_LEN and d <= (m // 3 or 1):
                    return True  # (fuzzy with a skeleton edit)
            elif n >= SKELETON_EDIT_MIN_LEN and distance(f, g, score_cutoff=m // 3 or 1) <= (m // 3 or 1):
                return True
            # the rest asks for equal skeletons (skeleton folds the spelling: the fold's)
            if skeleton(wf) == skeleton(wg):
                return True
    return False


@lru_cache(maxsize=1 << 16)
def _word_tokens(word: str) -> tuple[str, ...]:
    """The tokens the gate folds for one capitalised word: the word without its
    possessive, and the capitalised parts of a hyphenated or apostrophised word."""
    if word[-1] in "'’" or word.endswith(("'s", "’s")):
        word = _POSSESSIVE_END.sub("", word)  # mentions are matched without their possessive
    # a mention never ends in a hyphen or an apostrophe ("Under-21" holds the mention Under)
    word = word.rstrip("-'’ʿ‘")
    if word.isalpha():
        return (word,)
    return (word, *(p for p in _TOKEN_PARTS.split(word) if p[:1].isupper()))


#: from how many other forms of a block the gate compares a form in one rapidfuzz call
#: (below it, pair by pair in Python is faster: most blocks hold three or four forms)
_EXTRACT_FROM = 24
_KEY_FORM = itemgetter(1, 2)
_LOW_KEY_FORM = itemgetter(0, 1, 2)
_KEY_FORM_TOKEN = itemgetter(1, 2, 3)
_TOKEN = itemgetter(3)

#: the last text's gate words and entries: find_edits asks twice (without, then with the
#: lower-case words) (a reference to the text is kept, so a new text cannot be the same object)
_LAST_GATE: tuple[str, set[str], bool, frozenset[tuple[str, str, str, str]] | None] = ("", set(), False, None)

#: every ending of _PATRONYMIC_ENDS holds one of these: a text without them has no patronymic
_PATRONYMIC_HINTS = ("vich", "vitch", "vych", "vna", "wna", "una")


def _gate_words(text: str, reuse: bool) -> tuple[set[str], bool]:
    """The capitalised words of ``text`` and whether one is a patronymic (then East Slavic
    sound pairs apply whatever the ending); with ``reuse``, those of the last call when it
    was on this very text (the second gate call of one find_edits; a first call always
    computes them, so that cleaning the same text again costs what it cost the first
    time)."""
    global _LAST_GATE
    if reuse and _LAST_GATE[0] is text:
        return _LAST_GATE[1], _LAST_GATE[2]
    words = set((_ASCII_CAP_TOKEN if _ascii_letters(text) else _CAP_TOKEN).findall(text))
    slavic = any(h in text for h in _PATRONYMIC_HINTS) and any(map(_ENDS_PATRONYMIC, words))
    _LAST_GATE = (text, words, slavic, None)
    return words, slavic


def _gate_entries(text: str, reuse: bool) -> tuple[frozenset[tuple[str, str, str, str]], set[str], bool]:
    """:func:`_word_entries` of every capitalised word of ``text``, as one set (with a
    patronymic in the text, :func:`_word_entries_slavic`), the words, and whether one is a
    patronymic (see :func:`_gate_words`, also for ``reuse``)."""
    global _LAST_GATE
    words, slavic = _gate_words(text, reuse)
    entries = _LAST_GATE[3]
    if entries is None:
        entries = frozenset().union(*map(_word_entries_slavic if slavic else _word_entries, words))
        _LAST_GATE = (text, words, slavic, entries)
    return entries, words, slavic


@lru_cache(maxsize=1 << 16)
def _word_entries(word: str) -> tuple[tuple[str, str, str, str], ...]:
    """``(lower-cased token, block key, form, token)`` for each token of a capitalised word."""
    return tuple(
        (token.lower(), key, form, token) for token in _word_tokens(word) for key, _, form, _ in _token_items(token)
    )


#: The endings of _PATRONYMIC, for the pre-check (str.endswith on the text's capitalised words).
_PATRONYMIC_ENDS = (
    tuple(f"{v}{e}" for v in "aeo" for e in ("vich", "vitch", "vych"))
    + tuple(f"{v}vna" for v in "aeioy")
    + ("owna", "awna", "ouna", "auna")
)


_ENDS_PATRONYMIC = methodcaller("endswith", _PATRONYMIC_ENDS)


@lru_cache(maxsize=1 << 16)
def _word_entries_slavic(word: str) -> tuple[tuple[str, str, str, str], ...]:
    """:func:`_word_entries`, and the East Slavic respellings of the word's tokens whatever
    their ending (Harkusha: garkusha), for a text with a patronymic."""
    return _word_entries(word) + tuple(
        (token.lower(), block_key(alt), alt, token)
        for token in _word_tokens(word)
        if len(token) >= FOLD_MIN_LEN and token.lower() not in _not_names()
        for alt, _ in slavic_folds(token)
    )


@lru_cache(maxsize=1 << 16)
def _word_items(word: str) -> tuple[tuple[str, int, str, str], ...]:
    """:func:`_token_items` of each token of one capitalised word (:func:`_word_tokens`), in
    one tuple (the gate asks for most words in many texts).

    >>> [(token, form) for _, _, form, token in _word_items("Abu-Ghraib's")]
    [('Abu-Ghraib', 'abugraib'), ('Abu-Ghraib', 'abugreb'), ('Ghraib', 'graib'), ('Ghraib', 'greb')]
    >>> _word_items("The")  # a common word: never a mention
    ()
    """
    return tuple(chain.from_iterable(map(_token_items, _word_tokens(word))))


@lru_cache(maxsize=1 << 16)
def _token_items(token: str) -> tuple[tuple[str, int, str, str], ...]:
    """``(block key, length of the form, form, token)`` for each form the gate files a
    token under: its fold, the fold of the name after a glued article, its sound_pairs.tsv
    respellings and its rows of surname_romanisations.tsv; none for a token that is never
    a mention (too short, a title or a common noun)."""
    low = token.lower()
    if low in _not_names():
        return ()
    # Chang/Jang, Pak/Park (romanisation_rows, not cached here)
    ids = _romanisation_table().get(low, _NO_ROWS) if token.isascii() and token.isalpha() else _romanisation_ids(token)
    rows = tuple((f"#{i}", len(f"#{i}"), f"#{i}", token) for i in ids) if ids else ()
    if len(token) < FOLD_MIN_LEN:
        return rows
    f = fold(token)
    if not f:
        return ()
    # the token's own block key is its fold's first sound (block_key(token), as _links files it)
    own = (_SOUND_GROUPS.get(f[0], f[0]), len(f), f, token)
    alts = _sound_folds(token, f)  # (sound_folds, not cached here)
    rest = glued_rest(token) if token.startswith(("Al", "El")) else ""
    if not (alts or rest or "ch" in f):
        return (*rows, own) if rows else (own,)
    forms = {f, *(alt for alt, _, _ in alts)}
    if rest:
        forms.add(fold(rest))
    if "ch" in f:
        forms.add(f.replace("ch", "sh"))  # Names.qaf_score: ch/sh with the Arabic article
    forms.discard(f)
    return (*rows, own, *((block_key(form), len(form), form, token) for form in forms if form))


@lru_cache(maxsize=1 << 16)
def _core_pair_forms(core: str) -> tuple[tuple[int, str], ...] | None:
    """``(fold length, skeleton)`` of the surname's fold and of its sound_pairs.tsv
    respellings (the forms token_score compares with the other name's fold), or None for a
    name that can also link otherwise (glued article, romanisation row, ``ch`` for
    qaf_score)."""
    f = fold(core)
    if glued_rest(core) or romanisation_rows(core) or "ch" in f:
        return None
    return ((len(f), skeleton(core)), *((len(fold(alt)), skeleton(alt)) for alt, _, _ in sound_folds(core)))


@lru_cache(maxsize=1 << 16)
def _link_keys(core: str, slavic: bool) -> tuple[str, ...]:
    """The blocks :meth:`Names._links` files the surname ``core`` under, its own block key
    first (``slavic``: the text introduces someone with a patronymic)."""
    own = block_key(core)
    rest, alts, rows, f = glued_rest(core), sound_folds(core), romanisation_rows(core), fold(core)
    if not (rest or alts or rows or slavic or "ch" in f):
        return (own,)  # (most names: their own block only)
    # Alkurd also meets Kurd; Hubareva also meets Gubareva
    extra = {block_key(x) for x in (rest, *(alt for alt, _, _ in alts)) if x}
    if rows:
        extra.update(f"#{i}" for i in rows)  # one East Asian surname (Chang/Jang)
    if slavic:
        extra.update(block_key(alt) for alt, _ in slavic_folds(core))  # Harkusha/Garkusha
    if "ch" in f:
        extra.add(block_key(f.replace("ch", "sh")))  # qaf_score: al-Chaar/al-Shaar
    return (own, *(extra - {own}))


def _fold_or_article(a: str, b: str) -> bool:
    """Whether :func:`_spelling_score` of two names of 5+ letters can say ``fold`` or
    ``article`` (equal folds, or the fold after a joined article equal to the other's),
    the scores :meth:`Names._link` takes with one side introduced as a person."""
    if min(_n_letters(a), _n_letters(b)) < FUZZY_MIN_LEN:
        return False
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    return _article_fold_equal(glued_rest(a), glued_rest(b), fa, fb)


def _article_fold_equal(ga: str, gb: str, fa: str, fb: str) -> bool:
    """Whether one name is the other with the article joined to it: the fold of the rest
    after the article (``ga``/``gb``, :func:`glued_rest`) equal to the other's fold."""
    return bool((ga and not gb and fold(ga) == fb) or (gb and not ga and fold(gb) == fa))


def _forms_near(fa: tuple[tuple[int, str], ...], fb: tuple[tuple[int, str], ...]) -> bool:
    """Whether some pair of two names' forms (:func:`_core_pair_forms`) is :func:`_near`:
    the two folds, or one name's respelling and the other's fold."""
    return _near(fa[0], fb[0]) or any(_near(p, fb[0]) for p in fa[1:]) or any(_near(fa[0], q) for q in fb[1:])


def _near(p: tuple[int, str], q: tuple[int, str]) -> bool:
    """Whether two forms are close enough for any rule: fold lengths at most max(1, shorter
    // 2) apart and skeletons at most one edit apart."""
    lp, lq = p[0], q[0]
    if (lp - lq if lp > lq else lq - lp) > ((lp if lp < lq else lq) >> 1 or 1):
        return False
    return p[1] == q[1] or Levenshtein.distance(p[1], q[1], score_cutoff=1) <= 1


def _name_part(part: str) -> bool:
    """A part of a compound surname: a capitalised name of 3+ letters, not a place or a common noun."""
    return (
        len(part) >= 3
        and part[:1].isupper()
        and part[1:2].islower()
        and part.lower() not in _not_names()
        and not is_place(part)
    )


def _may_compound(text: str, words: set[str]) -> bool:
    """The necessary condition of :meth:`Names._compound_rewrites`, for the pre-check: a
    hyphenated word of name parts that the text also writes with a space (``Rahim Safavi``,
    ``Rahim-Safavi``), or that follows a given name while one of its parts stands alone
    (``Mohsen Fakhrizadeh-Mahabadi`` ... ``Fakhrizadeh``)."""
    hyphened = [tokens for w in words if "-" in w and len(tokens := _word_tokens(w)) > 2]
    for whole, *parts in hyphened:
        if not all(_name_part(p) for p in parts):
            continue
        spaced = [" ".join(parts)] + ([f"{parts[1]} {parts[0]}"] if len(parts) == 2 else [])
        # the spaced form after a given name (Yahya Rahim Safavi), or the hyphenated one after
        # a given name while one of its parts stands alone (Fakhrizadeh)
        forms = [f for f in spaced if f in text]
        if any(p in words for p in parts):
            forms.append(whole)
        for form in forms:
            if any(word.lower() not in _not_names() for word in _words_before(text, form)):
                return True
    return False


#: the run of word characters that ends where a search with this endpos ends (read backwards)
_WORD_RUN_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}'’\-]*+")
_UPPER = regex.compile(r"\p{Lu}")


def _words_before(text: str, form: str) -> Iterator[str]:
    r"""The capitalised word before each `` form`` in ``text``: group 1 of each match of
    ``(\p{Lu}[\p{L}\p{M}'’\-]*+) <form>`` that ``regex.finditer`` finds (without compiling
    a pattern per form: one ``str.find`` per occurrence, then the run of word characters
    before its space, read backwards, and its first capital, as the leftmost match would
    start there; a match never starts inside the previous one).

    >>> list(_words_before("Yahya Rahim Safavi, xYz Rahim Safavi, as Rahim Safavi, O'Neil-Day Rahim Safavi", "Rahim Safavi"))
    ['Yahya', 'Yz', "O'Neil-Day"]
    """
    needle = " " + form
    end = 0  # where the previous match ended
    i = text.find(needle)
    while i >= 0:
        run = _WORD_RUN_BEFORE.match(text, end, i)
        cap = _UPPER.search(text, run.start(), i) if run is not None else None
        if cap is not None:
            yield text[cap.start() : i]
            end = i + len(needle)
            i = text.find(needle, end)
        else:
            i = text.find(needle, i + 1)


#: First parts of a compound that make one name with the rest (Abdul Malik, Abu Turab): never split.
_ONE_NAME_PREFIXES = _ABD_WORDS | {"abu", "abou", "bin", "ibn", "bint", "ben"}


def _part_of(compound: str) -> bool:
    """Whether ``compound`` is a hyphenated surname whose parts can stand alone
    (``Fakhrizadeh-Mahabadi``; not ``Jackson-style``, ``Abu-Turab``)."""
    parts = compound.split("-")
    return len(parts) >= 2 and all(_name_part(p) for p in parts) and _plain(parts[0]) not in _ONE_NAME_PREFIXES


# a name of two or more parts joined by spaces or hyphens: "Kim Jong Un", "Kim Jong-un",
# "Jean-Claude Juncker" (a part after a hyphen may be lower case); a possessive may follow
_JOINED_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’\-])\p{Lu}[\p{Ll}\p{M}]++(?:(?:\ \p{Lu}|-\p{L})[\p{Ll}\p{M}]*+)++"
    r"(?![\p{L}\p{M}\p{N}\-]|['’](?!s\b))"
)
_SEPARATORS = str.maketrans("", "", " -")
_PART_SPLIT = regex.compile(r"[ \-]")
# East Asian given names romanised syllable by syllable: "Jong-un", "Suk-yeol", "Jae-myung"
_HYPHEN_LOWER = regex.compile(r"-\p{Ll}")
_LOWER_NOT_AFTER_HYPHEN = regex.compile(r"(?<![\p{L}\p{M}\-])\p{Ll}[\p{L}\p{M}]*+")
# words inside hyphenated compounds that are not names ("File-by-file", "Up-to-date")
_COMPOUND_WORDS = frozenset("a an the of to by in on at for and or with up off out over down de la".split())


#: unique hyphenated pairs _joining_candidate looks for one by one (a whole-text search each)
_JOINING_SCANS = 16
_SPACED_PAIR = regex.compile(r"(\p{L}++) (?=(\p{L}++))")


def _joining_candidate(text: str) -> bool:
    """Whether ``text`` writes a capitalised word with a lower-case syllable after a
    hyphen ("Jong-un") and also those two parts with a space ("Jong Un", "Jong un"):
    the cheap condition of :func:`joining_variants`: one ``str.find`` per hyphen, then
    one search per distinct pair (or, for many pairs, one scan for every spaced pair).

    >>> _joining_candidate("Kim Jong Un spoke. Kim Jong-un left."), _joining_candidate("a Paris-based firm")
    (True, False)
    >>> _joining_candidate("- Kim Jong Un spoke. Kim Jong-un left.")
    True
    """
    n = len(text)
    pairs: set[tuple[str, str]] = set()
    i = text.find("-")
    while i >= 0:
        if i > 0 and i + 1 < n and text[i + 1].islower() and text[i - 1].isalpha():
            s = i - 1
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            if text[s].isupper():
                e = i + 1
                while e < n and text[e].isalpha():
                    e += 1
                pairs.add((text[s:i], text[i + 1 : e]))
        i = text.find("-", i + 1)
    if len(pairs) <= _JOINING_SCANS:
        return any(f"{left} {right.capitalize()}" in text or f"{left} {right}" in text for left, right in pairs)
    # many hyphenated words (a long document): every spaced pair of words, in one scan, so
    # the test stays linear in the text (a joined name's spaced form is two whole words)
    spaced = set(_SPACED_PAIR.findall(text))
    return any((left, right.capitalize()) in spaced or (left, right) in spaced for left, right in pairs)


@lru_cache(maxsize=1)
def _always_capitalised() -> frozenset[str]:
    """Countries, their demonyms, days and months (titlecase's closed classes)."""
    return load_words("titlecase/always_capitalised.txt")


#: a full name of three words or more (name particles between): "Andrés Manuel López
#: Obrador", "Rui Magalhães dos Santos", "Luísa Brandão Ferraz"
_FULL_NAME_RUN = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+"
    r"(?:\ (?:(?:de|da|do|dos|das|del|di|du|van|von|der|la|le|y)\ )*\p{Lu}[\p{L}\p{M}'’\-]*+){2,5}"
)
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*+")
#: a character that continues a name's word before it or after it (the tail's boundaries)
_IN_NAME_BEFORE = regex.compile(r"[\p{L}\p{M}'’\-]")
_IN_NAME_AFTER = regex.compile(r"[\p{L}\p{M}\-]")


def accent_tail_variants(text: str) -> Iterator[tuple[int, int, str, str]]:
    """The last two names or more of a full name written with diacritics, written again
    without them: each word goes back to its diacritics ("Andrés Manuel López Obrador" ...
    "Lopez Obrador said" -> "López Obrador"; the Iberian double surname "Luísa Brandão
    Ferraz" ... "Brandao Ferraz"; probes 116, 125).  Only diacritics differ, word by word,
    and the words are the end of a full name the text writes (a name's tail, never its
    given name alone, which another person may share).

    >>> t = "Andrés Manuel López Obrador spoke. Lopez Obrador left."
    >>> [(t[s:e], r) for s, e, r, _ in accent_tail_variants(t)]
    [('Lopez', 'López')]
    >>> list(accent_tail_variants("Ana López spoke. Lopez left."))
    []
    """
    tails: dict[str, tuple[str, int]] = {}  # the tail without diacritics -> (as written, where)
    for m in _FULL_NAME_RUN.finditer(text):
        run = m.group()
        if run.isascii():
            continue
        plain_run = _without_accents(run)
        if plain_run == run or plain_run in text:
            continue  # (no diacritics; or the whole name written both ways: a house style's plain spelling, probe15)
        words = list(_NAME_WORD.finditer(run))
        for w in words[1:-1]:
            tail = run[w.start() :]
            plain = _without_accents(tail)
            if plain != tail and len(words[-1].group()) >= 3:
                tails.setdefault(plain, (tail, m.start()))
    if not tails:
        return
    for plain, (tail, introduced) in tails.items():
        start = text.find(plain)
        while start >= 0:
            if start < introduced:
                break  # written plain before the name is introduced: the plain spelling may be the text's
            end = start + len(plain)
            if (start and _IN_NAME_BEFORE.match(text, start - 1, start)) or _IN_NAME_AFTER.match(text, end):
                start = text.find(plain, start + 1)
                continue  # (part of a longer word)
            for a, b in zip(_NAME_WORD.finditer(plain), _NAME_WORD.finditer(tail), strict=True):
                if a.group() != b.group():
                    yield (
                        start + a.start(),
                        start + a.end(),
                        b.group(),
                        f"{a.group()} -> {b.group()}: the name's diacritics, as the text writes {tail!r}",
                    )
            start = text.find(plain, start + 1)


def joining_variants(text: str) -> Iterator[tuple[int, int, str, str]]:
    """A multi-part name written again with other hyphens or spaces: rewritten to its first form.

    ``Kim Jong Un`` then ``Kim Jong-un``; ``Yoon Suk Yeol`` then
    ``Yoon Suk-yeol``.  Only the joining and the case of the letters after a
    hyphen or space differ: the letters are the same, so it is one name.  A
    capitalised word glued in front (``Later Kim Jong-un``) is not part of it.

    >>> t = "Kim Jong Un spoke. Later Kim Jong-un left, and Kim Jong-Un's aide too."
    >>> [(t[s:e], r) for s, e, r, _ in joining_variants(t)]
    [('Kim Jong-un', 'Kim Jong Un')]
    >>> t = "President Yoon Suk Yeol met Kishida. Yoon Suk-yeol left."
    >>> [(t[s:e], r) for s, e, r, _ in joining_variants(t)]
    [('Yoon Suk-yeol', 'Yoon Suk Yeol')]
    """
    runs = [(m.start(), m.group()) for m in _JOINED_NAME.finditer(text)]
    if len(runs) < 2:
        return
    first: dict[str, str] = {}  # squashed form -> its first surface
    spans: list[tuple[int, int, str, str]] = []
    for start, run in runs:
        # the run and its tails that start at a space ("Later Kim Jong-un": "Kim Jong-un")
        cuts = [0] + [i + 1 for i, ch in enumerate(run) if ch == " "]
        tails = [(cut, run[cut:]) for cut in cuts if " " in run[cut:] or "-" in run[cut:]]
        keys = [(cut, part, part.translate(_SEPARATORS).lower()) for cut, part in tails]
        hit = next(((cut, part, key) for cut, part, key in keys if key in first), None)
        if hit is not None:
            spans.append((start + hit[0], start + len(run), hit[1], hit[2]))
        for _, part, key in keys:  # "President Yoon Suk Yeol" introduces "Yoon Suk Yeol" too
            first.setdefault(key, part)
    if not spans:
        return
    # a name's parts are not common words: none is written in lower case elsewhere in the
    # text ("Economic Cooperation"/"Co-operation", "White-box", "File-by-file" are words)
    lower = {w.lower() for w in _LOWER_NOT_AFTER_HYPHEN.findall(text)}
    for start, end, part, key in spans:
        canonical = first[key]
        if part == canonical or part[0] != canonical[0] or part.count("-") == canonical.count("-"):
            continue  # the same joining ("Jackson-style"/"Jackson-Style" differ in case only)
        if part.replace("-", " ").lower() != canonical.replace("-", " ").lower():
            continue  # a part written joined ("Jaemyung"): not this rule
        if not (_HYPHEN_LOWER.search(part) or _HYPHEN_LOWER.search(canonical)):
            continue  # "Kilroy-Silk"/"Kilroy Silk": a compound surname, decided by the variant rule
        parts = {p.lower() for p in _PART_SPLIT.split(part + " " + canonical)}
        if parts & lower or parts & _COMPOUND_WORDS:
            continue
        if parts <= load_words("titlecase/lower_case_words.txt"):
            continue  # common words ("Open-government advocates", "Coalition for Open Government": probe123)
        yield start, end, canonical, f"{part} -> {canonical}: the same name, joined as first written"


#: the Arabic article joined to a name by a hyphen, and written before it with a space
_HYPHENED_ARTICLE = regex.compile(r"(?<![\p{L}\p{M}'’\-])([Aa]l|[Ee]l)-(\p{Lu}[\p{L}\p{M}]*+)")
_SPACED_ARTICLE = regex.compile(r"(?<![\p{L}\p{M}'’\-])([Aa]l|[Ee]l) (\p{Lu}[\p{L}\p{M}]*+)(?![\p{L}\p{M}\-])")


def article_spacing_variants(text: str) -> Iterator[tuple[int, int, str, str]]:
    """The Arabic article written with a space before a name that the text also writes
    with the article joined by a hyphen: the space becomes a hyphen (the article's letters
    and case stay as written), when the text's first form of that name is the hyphenated
    one.  Machine translation and scraped copy mix the two.

    Only "al" and "el" (the other assimilated spellings, "as", "an", "at", are English
    words), and only before the very name the text hyphenates, so "Al Gore" or "El Paso"
    stay unless the text writes "al-Gore" or "el-Paso".

    >>> t = "Mustafa al-Kadhimi spoke. Al Kadhimi left, and al Kadhimi's aide too. Al Gore came."
    >>> [(t[s - 2 : e + 1], r) for s, e, r, _ in article_spacing_variants(t)]
    [('Al K', '-'), ('al K', '-')]
    >>> list(article_spacing_variants("Abd Al Hadi spoke. Abd Al-Hadi left."))  # first written spaced
    []
    """
    first: dict[tuple[str, str], int] = {}  # where the text first joins the article to the name
    for m in _HYPHENED_ARTICLE.finditer(text):
        first.setdefault((m.group(1).lower(), m.group(2)), m.start())
    if not first:
        return
    spaced_first: set[tuple[str, str]] = set()  # names the text writes spaced before it joins them
    for m in _SPACED_ARTICLE.finditer(text):
        article, name = m.group(1), m.group(2)
        key = (article.lower(), name)
        if key not in first or key in spaced_first:
            continue
        if m.start() < first[key]:
            spaced_first.add(key)  # the first form is spaced ("Abd Al Hadi ... Abd Al-Hadi"): left alone
            continue
        yield (
            m.end(1),
            m.end(1) + 1,
            "-",
            f"{article} {name} -> {article}-{name}: the article joined as the text first writes it",
        )


#: the capitalised words right before a hyphenated article: a given name, maybe with the
#: name particles of a compound ("Rajab Abd al-Rahman")
_WORDS_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}]*+ ){1,3}$")
_COMPOUND_PARTICLES = frozenset({"Abd", "Abdel", "Abdul", "Abdal", "Abu", "Bin", "Ibn", "Bint", "Umm", "Abi"})
_OTHER_VOWEL = str.maketrans("AaEe", "EeAa")


def _given_before(text: str, pos: int) -> str | None:
    """The given name right before a hyphenated article at ``pos``, past name particles
    ("Rajab" in "Rajab Abd al-Rahman"), or None."""
    m = _WORDS_BEFORE.search(text, max(0, pos - 60), pos)
    if m is None:
        return None
    words = [w for w in m.group().split() if w not in _COMPOUND_PARTICLES]
    return words[-1] if words else None


def article_letter_variants(text: str) -> Iterator[tuple[int, int, str, str]]:
    """The Arabic article spelt "el-" where the text introduced the same name with "al-" (or
    the reverse): the article's vowel becomes the introduction's, its case stays as written
    ("Ahmed Al-Khazraji ... El-Khazraji" -> "Al-Khazraji", probe49).  The introduction is
    the name's first hyphenated form after a capitalised given name; a name written after
    two given names (two people of one family: "Rajab Abd al-Rahman", "Salim Abd
    el-Rahman") stays, and so does a name introduced with no given name first.

    >>> t = "Minister Ahmed Al-Khazraji spoke. El-Khazraji left, and el-Khazraji's aide stayed."
    >>> [(t[s - 1 : e + 1], r) for s, e, r, _ in article_letter_variants(t)]
    [(' El', 'A'), (' el', 'a')]
    >>> list(article_letter_variants("Rajab Abd al-Rahman met Salim Abd el-Rahman. Abd el-Rahman left."))
    []
    """
    intro: dict[str, tuple[str, str]] = {}  # name -> (the introduction's vowel, its given name)
    others: set[str] = set()  # names written after two given names
    found = list(_HYPHENED_ARTICLE.finditer(text))
    for m in found:
        name = m.group(2)
        given = _given_before(text, m.start())
        if given is None or name in others:
            continue
        if name not in intro:
            intro[name] = (m.group(1)[0].lower(), given)
        elif fold(intro[name][1]) != fold(given):  # ("Qahtan Jabbar", "Qahtan Jabar": one man)
            others.add(name)
    for m in found:
        name = m.group(2)
        if name not in intro or name in others:
            continue
        vowel, given = intro[name]
        letter = m.group(1)[0]
        if letter.lower() == vowel:
            continue
        yield (
            m.start(),
            m.start() + 1,
            letter.translate(_OTHER_VOWEL),
            f"{m.group(1)}-{name} -> {letter.translate(_OTHER_VOWEL)}{m.group(1)[1:]}-{name}: the article spelt as in "
            f"the text's introduction of {given} {'Al' if vowel == 'a' else 'El'}-{name}",
        )


_NEVER = 1 << 60  # the offset of a mention that never comes (no full introduction)


@dataclass
class _Type:
    core: str
    fold: str
    surface: str = ""
    mentions: list[int] = field(default_factory=list)
    givens: set[str] = field(default_factory=set)
    evidence: int = 0
    article: bool = False
    first: int = 1 << 60
    first_full: int = _NEVER
    first_titled: int = 1 << 60
    place_ctx: int = 0
    titled: bool = False
    reported: bool = False
    possessive: bool = False  # written with a possessive 's somewhere
    patronymic: bool = False  # introduced with an East Slavic patronymic (Oleksandrovych)
    starts: int = 0  # mentions at a sentence start, outside title-case lines
    the_ctx: int = 0
    spans: set[tuple[str, ...]] = field(default_factory=set)
    guard_spans: set[tuple[str, ...]] = field(default_factory=set)
    regnal: bool = False  # written with a regnal number somewhere ("King Abdullah II")
    honorific: bool = False  # written after "Mr", "Ms", "Dr" ... somewhere
    apposed: bool = False  # a full mention followed by an appositive ("Ali Saadi, a member of ...")
    first_apposed: bool = False  # ... and the first full mention is

    @property
    def person(self) -> bool:
        """Introduced as a person: a given name, an article or a title."""
        return bool(self.givens) or self.article or self.titled

    @property
    def length(self) -> int:
        return _n_letters(self.core)


def _build_types(
    text: str, mentions: list[Mention], lower: set[str], only: set[str] | frozenset[str] | None = None
) -> dict[str, _Type]:
    """The surnames of ``mentions`` (their head words) with what their mentions tell, in
    the order of their first mention; with ``only``, just those surnames (a type is read
    from its own mentions alone, so it is the same either way)."""
    types: dict[str, _Type] = {}
    always_capitalised = _always_capitalised()
    for i, m in enumerate(mentions):
        if not m.head or (only is not None and m.core not in only):
            continue
        t = types.get(m.core)
        if t is None:
            t = types[m.core] = _Type(m.core, fold(m.core), surface=m.ayn + text[m.start : m.end])
        t.mentions.append(i)
        t.first = min(t.first, m.start)
        # "the Russian Defense Minister Sergei Shoigu": the article goes with the demonym
        # or place before the title, not with the person
        start = _office_cut(text, mentions, i)
        k0 = _first_given(mentions, start, i, always_capitalised)
        g0 = mentions[k0]
        gs = g0.start - len(g0.article)
        after_the = bool(_THE_BEFORE.search(text, max(0, gs - 5), gs))
        if after_the:
            t.the_ctx += 1
        if (
            _REPORTED_AFTER.match(text, m.end)
            or _PERSON_POSSESSIVE.match(text, m.end)
            or _REPORTED_BEFORE.search(text, max(0, gs - 20), gs)
            or (m.initial and not m.given and _ACTS_AFTER.match(text, m.end))
            or (not m.given and _PERSON_AFTER.match(text, m.end))
        ):
            t.reported = True
        given_names = m.given
        cut = start - (i - len(given_names))
        if cut:
            # the words before an office title name no person; the title introduces the
            # name after it, as one that starts the span does ("Brazilian President Bolsonaro")
            given_names = given_names[cut:]
            t.titled = True
            t.first_titled = min(t.first_titled, m.start)
        if given_names:
            t.guard_spans.add(given_names)  # every full form counts against a merge
        if given_names and g0.initial and not _name_like(given_names[0], lower):
            # a sentence-initial common word glued to the name (Said Salih al-Omgy,
            # Asked Ahmed Omar): the given names start after it
            given_names = given_names[1:]
        if len(given_names) > 1 and given_names[0].lower() in _ARTICLE_WORDS:
            given_names = given_names[1:]  # Abd Al Hamid ...: the article written as a word of its own
        if given_names and not after_the and _name_like(given_names[0], lower) and m.span_len <= 6 and not m.title_line:
            t.givens.add(given_names[0])
            t.spans.add(given_names)
            first = m.start < t.first_full
            t.first_full = min(t.first_full, m.start)
            if _APPOSITIVE_AFTER.match(text, m.end) or (
                text.startswith(",", m.end) and _APPOSITIVE_BEFORE.search(text, max(0, gs - 40), gs)
            ):
                t.apposed = True
                if first:
                    t.first_apposed = True
        if len(given_names) > 1 and any(map(_ENDS_PATRONYMIC, given_names[1:])):
            # Gennadiy Oleksandrovych Garkusha (the endings first: most names have none)
            t.patronymic = t.patronymic or any(_PATRONYMIC.search(g) for g in given_names[1:])
        if m.article:
            t.article = True
        if m.titled:
            t.titled = True
            t.first_titled = min(t.first_titled, m.start)
        if not m.initial and not m.title_line:
            t.evidence += 1
        elif m.initial and not m.title_line:
            t.starts += 1
        if text.startswith(("'s", "’s"), m.end):
            t.possessive = True
        if _REGNAL_AFTER.match(text, m.end):
            t.regnal = True
        if m.titled and _HONORIFIC_BEFORE.search(text, max(0, gs - 6), gs):
            t.honorific = True
        if m.place_context:
            t.place_ctx += 1
    return types


#: a quotation in guillemets or low-9 quotes (a slogan, a title, speech in its own language)
_FOREIGN_QUOTATION = regex.compile(r"«[^«»\n]{1,200}»|„[^„“”\n]{1,200}[“”]")
#: initials right before a surname ("P. L. Wickramasinghe"): the first one's letter
#: (the whole given part: not middle initials after a given name, "Khaled A. al-Fauwaz")
_INITIALS_BEFORE = regex.compile(
    r"(?<![\p{L}.])(?<!\p{Lu}[\p{L}\p{M}'’\-]*\ )(?<!\p{Lu}\.\ ?)(\p{Lu})\.(?:\ ?\p{Lu}\.){0,2}\ $"
)
_QUOTED = regex.compile(r"“([^”\n]{3,100})”|\"([^\"\n]{3,100})\"")
_TITLE_SMALL = frozenset("a an the and or of in on at to for by with from as".split())
_TITLED_BEFORE = regex.compile(r"\b(?:titled|entitled|called)\ \Z")
_TITLE_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*+")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quotations that are titles of works: three to twelve words, no sentence
    punctuation inside (a colon before a subtitle is none), most of them capitalised ("“Rhee
    Sung-ho on Industrial Policy”"; not "“Lee said no”").

    >>> t = 'His essays, “Rhee Sung-ho on Industrial Policy”, and “we will stay” he said.'
    >>> [t[s:e] for s, e in _quoted_titles(t)]
    ['Rhee Sung-ho on Industrial Policy']

    After "titled", "entitled" or "called" any quotation of three to twenty words is a title.

    >>> t = 'A study titled "Hikmatyar & Sons: land, water and power in the valley" alleged it.'
    >>> [t[s:e] for s, e in _quoted_titles(t)]
    ['Hikmatyar & Sons: land, water and power in the valley']
    """
    out = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if any(c in inner for c in ".!?;"):
            continue  # (a colon may stand before a subtitle: "Hikmatyar & Sons: Land, Water and Power")
        words = _TITLE_WORD.findall(inner)
        named = _TITLED_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        content = [w for w in words if w not in _TITLE_SMALL]  # (a title's small words stay lower case)
        if 3 <= len(words) <= (20 if named else 12) and (
            named or (content and 3 * sum(1 for w in content if w[0].isupper()) >= 2 * len(content))
        ):
            out.append((m.start() + 1, m.end() - 1))
    return out


def _eligible(t: _Type, given_role: set[str], lower: set[str], gaz: Gazetteer | None) -> bool:
    """Whether a surname takes part in links and rewrites."""
    return bool(
        # a name only ever at a sentence start counts too when it is long ("Shoygu's
        # ministry", "Kılıçdaroğlu, who ..."): the text never writes it in lower case, and
        # its link still needs an introduced person and equal folds (see _link)
        (t.evidence or t.person or t.reported or (t.starts and t.length >= FUZZY_MIN_LEN))
        and (t.core not in given_role or t.article)
        and not t.regnal
        and t.core.lower() not in lower
        and ((gaz is not None and gaz.canonical(t.core)) or not is_place(t.core))
    )


def _first_given(mentions: list[Mention], start: int, i: int, always_capitalised: frozenset[str]) -> int:
    """The index of the first given name of mention ``i``'s span, from ``start`` (the span's
    first word after its last office title, :func:`_office_cut`) past the demonyms and
    places before a title ("Russian Foreign Minister Sergei Lavrov": Russian is skipped,
    the title words are not mentions); ``i`` itself when none is left."""
    k = start
    while k < i and mentions[k].core in always_capitalised:
        k += 1
    return k


#: Titles that may stand inside a person's name ("Hassan Sheikh Mohamud", "Sir Keir"):
#: the words before them may be given names.  Every other title of names/titles.txt is
#: an office ("Chief Executive", "Foreign Minister").
_NAME_HONORIFICS = frozenset(
    "sheikh shaikh sheik sayyid sayyed seyyed seyed haji hajji maulana mawlana hojatoleslam "
    "mullah imam sir dame lord lady saint st father".split()
)


def _office_cut(text: str, mentions: list[Mention], i: int) -> int:
    """The index of the first word of mention ``i``'s span after the last office title the
    span skipped ("Gazprom Chief Executive Alexei Miller": Alexei; the company before the
    title is no given name), or the span's first word when it skipped none."""
    first = i - len(mentions[i].given)
    for j in range(i, first, -1):
        gap = text[mentions[j - 1].end : mentions[j].start - len(mentions[j].article)]
        if len(gap) > 2 and any(
            (w := word.rstrip(".").lower()) in _titles() and w not in _NAME_HONORIFICS for word in gap.split()
        ):
            return j
    return first


#: A sentence break between two mentions: a full stop (not after a title abbreviation or an
#: initial) before a space, or a new line.
_SENTENCE_BREAK = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Prof|Rep|Sen|Gov|St|Jr|Sr|[A-Z]))[.!?][\"”’)]*\s|\n"
)


def _ends_sentence(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` ends like a sentence."""
    end = text.find("\n", pos)
    return text[pos : len(text) if end < 0 else end].rstrip()[-1:] in (".", "!", "?", '"', "”")


def _two_people(
    text: str, mentions: list[Mention], full: list[Mention], spellings: set[str], *, alone: bool = True
) -> bool:
    """Whether the document shows two people behind the given-name spellings of one
    surname: a spelling used alone, as a name of its own ("Later Sergei left, and Sergey
    stayed"; not asked with ``alone=False``: a Korean family name written first is used
    alone as a surname), or two spellings in one sentence ("Sergei Ivanov met Sergey Ivanov")."""
    if alone and any(m.head and m.span_len == 1 and m.core in spellings for m in mentions):
        return True
    return _two_in_one_sentence(text, ((g.start, g.end, g.core) for g in full if g.core in spellings))


#: a description before a full name: "the American ", "the Egyptian grandmaster ", "the
#: veteran striker " (a capitalised adjective or lower-case words after "the")
_DESCRIBED_BEFORE = regex.compile(
    r"\b[Tt]he\ (?:\p{Lu}\p{Ll}+\ (?:\p{Ll}[\p{Ll}\-]+\ ){0,2}|(?:\p{Ll}[\p{Ll}\-]+\ ){1,3})\Z"
)


#: words before a name that set its holder apart from someone of (nearly) the same name:
#: "not to be confused with Sergei Ivanov", "A different Alexei Petrov", "another Ahmed Ali"
_TOLD_APART_BEFORE = regex.compile(
    r"(?:\b(?:confused|mixed\ up)\ with|\bmistaken\ for|\b[Aa]\ (?:different|second|separate)"
    r"|\b[Aa]nother|\b[Tt]he\ other|\b[Nn]amesakes?,?|\b[Uu]nrelated|\bnot\ related\ to|\bno\ relation\ (?:to|of))"
    r"\ (?:[\p{Ll}\-]+\ ){0,2}\Z"
)
#: ... or after it: "Sergei Ivanov (no relation)", "Alexei Petrov, who is not related to him",
#: "Anna Lindquist, who is Alpenpack's head of strategy and is not related to her" (probe104)
_TOLD_APART_AFTER = regex.compile(
    r",?\ \(?(?:no\ relation|not\ related|unrelated)\b|,\ who\b[^.;\n]{0,80}?\b(?:not|no)\ (?:related|relation|kin)\b"
    r"|['’]s\ namesake\b"
)


#: a role set off by commas right before a full name: "The company's chairman, Lars
#: Anderson", "Alpenpack's chief executive, Lars Andersson" (probe104)
_ROLE_BEFORE_NAME = regex.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir|(?<![\p{L}\-])(?:\p{Lu}[\p{L}\-]*+\ ){0,2}\p{Lu}[\p{L}\-]*+['’]s)"
    r"\ (?:[\p{L}\-]+['’]s\ )?(?:[\p{Ll}\-]+\ ){0,3}[\p{Ll}\-]{3,},\ \Z"
)
#: ... or right after it: "Anna Lindqvist, Nordic Forest's chief executive," "Lars Anderson, an American-born ..."
_ROLE_AFTER_NAME = regex.compile(
    r",\ (?:(?:\p{Lu}[\p{L}\-]*+\ ){0,2}\p{Lu}[\p{L}\-]*+['’]s|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\ (?:[\p{Ll}\-]+\ ){0,3}[\p{Ll}\-]{3,}\b"
    r"|,\ (?:a|an|the)\ (?:\p{Lu}[\p{L}\-]*+\ )?\p{L}"
)


def _introduced_with_role(text: str, start: int, end: int) -> bool:
    """Whether the full name at ``text[start:end]`` is introduced with a role of its own set
    off by commas, before or after it ("The company's chairman, Lars Anderson", "Anna
    Lindqvist, Nordic Forest's chief executive,").

    >>> t = "The company's chairman, Lars Anderson, an American-born businessman, spoke."
    >>> _introduced_with_role(t, t.index("Lars"), t.index(", an"))
    True
    >>> t = "Later, Lars Anderson said no."
    >>> _introduced_with_role(t, t.index("Lars"), t.index(" said"))
    False
    """
    return (
        _ROLE_BEFORE_NAME.search(text, max(0, start - 60), start) is not None
        or _ROLE_AFTER_NAME.match(text, end) is not None
    )


#: a person's two names set side by side: a stage or pen name and the real one ("Jimin,
#: whose real name is Park Ji-min", "Park Ji-min, better known as Jimin", "Jimin (real name
#: Park Ji-min)"; probe117): neither is a misspelling of the other
_NAME_PAIR_HINT = regex.compile(
    r"(?i:real|birth|legal|stage|pen|ring|given)\ names?\b|\b(?i:better|also|professionally)\ known\ as\b"
    r"|\b(?i:born)\ (?=\p{Lu})|\bn[ée]e\ (?=\p{Lu})"
)
#: the names on either side of such a marker: up to four capitalised words (or particles),
#: the marker, then the other name (its own capitalised words)
_NAME_PAIR = regex.compile(
    r"(?P<a>\p{Lu}[\p{L}\p{M}'’\-]*+(?:\ (?:\p{Lu}[\p{L}\p{M}'’\-]*+|al|el|bin|de|da|van|von)){0,3})"
    r"(?:,|\ \()?\ (?:whose\ |his\ |her\ |their\ |with\ the\ |under\ the\ |by\ the\ )?"
    r"(?:(?i:real|birth|legal|stage|pen|ring|given)\ name(?:\ (?:is|was))?|(?i:better|also|professionally)"
    r"\ known\ as|(?i:born)|n[ée]e)\ [\"“‘']?"
    r"(?P<b>\p{Lu}[\p{L}\p{M}'’\-]*+(?:\ (?:\p{Lu}[\p{L}\p{M}'’\-]*+|al|el|bin|de|da|van|von)){0,3})"
)


def _drop_other_names(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` without those that respell a word of one of a person's two names into a
    word of the other (a stage name and the real name: "Jimin, whose real name is Park
    Ji-min"; the pen name and the name at birth).

    >>> t = "Jimin, whose real name is Park Ji-min, enlisted."
    >>> e = [Edit(0, 5, "Ji-min", "names.variant")]
    >>> _drop_other_names(t, e)
    []
    """
    pairs: set[tuple[str, str]] = set()
    for m in _NAME_PAIR.finditer(text):
        # (each word, and each part of a hyphenated one: an edit may respell a part)
        a = {p for w in m["a"].lower().split() for p in (w, *w.split("-"))}
        b = {p for w in m["b"].lower().split() for p in (w, *w.split("-"))}
        pairs.update((x, y) for x in a for y in b)
        pairs.update((y, x) for x in a for y in b)
    if not pairs:
        return edits
    return [e for e in edits if (text[e.start : e.end].lower(), e.replacement.lower()) not in pairs]


def _told_apart(text: str, start: int, end: int) -> bool:
    """Whether the text sets the holder of the name at ``text[start:end]`` (a full
    mention) apart from someone of nearly the same name: then two spellings are two
    people, not one name spelt twice (probe100).

    >>> t = "Sergey Ivanov was jailed. He is not to be confused with Sergei Ivanov, 71."
    >>> _told_apart(t, t.index("Sergei"), t.index(", 71")), _told_apart(t, 0, 13)
    (True, False)
    >>> t = "Ali Hassan (no relation) spoke."
    >>> _told_apart(t, 0, 10)
    True
    """
    return (
        _TOLD_APART_BEFORE.search(text, max(0, start - 40), start) is not None
        or _TOLD_APART_AFTER.match(text, end) is not None
    )


def _described(text: str, mentions: list[Mention], where: tuple[int, int]) -> bool:
    """Whether the full mention from its first given name ``mentions[where[0]]`` to its
    surname ``mentions[where[1]]`` comes with a description of its holder: "the American
    Mohamed Aziz", "Mohammed Aziz, the Egyptian grandmaster".

    >>> text = "He beat the American Mohamed Aziz. Then Mohamed Aziz left."
    >>> ms = find_mentions(text)
    >>> at = [k for k, m in enumerate(ms) if m.core in ("Mohamed", "Aziz")]
    >>> _described(text, ms, (at[0], at[1])), _described(text, ms, (at[2], at[3]))
    (True, False)
    """
    first, last = mentions[where[0]], mentions[where[1]]
    start = first.start - len(first.ayn)
    return (
        _DESCRIBED_BEFORE.search(text, max(0, start - 50), start) is not None
        or _APPOSITIVE_AFTER.match(text, last.end) is not None
    )


def _two_in_one_sentence(text: str, spots: Iterable[tuple[int, int, str]]) -> bool:
    """Whether two consecutive ``(start, end, name)`` spots, in text order, hold two
    different names with no sentence break between them."""
    return any(x[2] != y[2] and not _SENTENCE_BREAK.search(text, x[1], y[0]) for x, y in pairwise(spots))


def _drop_links_within_a_sentence(
    text: str, mentions: list[Mention], types: dict[str, _Type], links: dict[str, dict[str, tuple[float, str]]]
) -> None:
    """Remove the links between two names that one sentence introduces both, each with a
    title or a given name: two people ("Mr Smith met Mr Smyth on Monday"), not one
    person's name spelt twice (a bare variant next to an introduction, "al-Qadimi
    failed, said Mr al-Kadhimi", may be a translation's slip)."""
    for a, near in links.items():
        for b in [b for b in near if b > a]:
            spots = sorted(
                (mentions[i].start, mentions[i].end, core)
                for core in (a, b)
                for i in types[core].mentions
                if mentions[i].titled or mentions[i].given
            )
            if _two_in_one_sentence(text, spots):
                del near[b]
                del links[b][a]


class Names(Step):
    """Canonicalise transliterated name variants (see the module docstring).

    Options: ``scorer`` (a name in :data:`SCORERS` or a rapidfuzz-style
    callable), ``score_cutoff`` (0..100), ``gazetteer`` (mapping or TSV path
    of ``variant -> canonical``), ``index`` (a :class:`NameIndex`),
    ``index_ratio`` and ``index_min_count`` (how dominant a corpus spelling
    must be to rewrite a name the document spells one way).
    """

    name = "names"

    def __init__(
        self,
        *,
        preset: str = "safe",
        scorer: str | Scorer = "ratio",
        score_cutoff: float = DEFAULT_CUTOFF,
        vowel_cutoff: float = DEFAULT_VOWEL_CUTOFF,
        gazetteer: Gazetteer | Mapping[str, str] | str | Path | None = None,
        index: NameIndex | None = None,
        index_ratio: float = 5.0,
        index_min_count: int = 5,
    ) -> None:
        super().__init__(preset=preset)
        if isinstance(scorer, str):
            if scorer not in SCORERS:
                raise ValueError(f"names: unknown scorer {scorer!r}; expected one of {sorted(SCORERS)} or a callable")
            scorer = SCORERS[scorer]
        if not 0 <= score_cutoff <= 100:
            raise ValueError("names: score_cutoff is on a 0..100 scale")
        self.scorer: Scorer = scorer
        self.score_cutoff = float(score_cutoff)
        #: the threshold when the consonant skeletons are equal (the names differ in vowels only)
        self.vowel_cutoff = float(vowel_cutoff)
        self.gazetteer = Gazetteer.coerce(gazetteer)
        self.index = index
        self.index_ratio = index_ratio
        self.index_min_count = index_min_count

    # ------------------------------------------------------------------ matching

    def token_score(self, a: str, b: str, *, max_skeleton: int = 1) -> tuple[float, str] | None:
        """How two name tokens match: ``(score, how)`` or ``None``.

        ``fold``: equal transliteration folds, tokens of 4+ letters.
        ``fuzzy``: tokens of 5+ letters in one block, neither fold the other
        plus a suffix, consonant skeletons at most ``max_skeleton`` edits
        apart, and ``scorer`` on the folds >= ``score_cutoff``.

        >>> Names().token_score("Kadhimi", "Qadimi")
        (100.0, 'fold')
        >>> Names().token_score("Hussein", "Husseini") is None
        True
        >>> Names().token_score("Chaalan", "Shalan"), Names().token_score("Hubareva", "Gubarev")
        ((100.0, 'sound'), None)
        """
        args = (a, b, max_skeleton, self.scorer, self.score_cutoff, self.vowel_cutoff)
        try:
            return _cached_token_score(*args)
        except TypeError:  # an unhashable custom scorer
            return _token_score(*args)

    def qaf_score(self, a: str, b: str) -> tuple[float, str] | None:
        """Arabic qaf written g in one spelling and k in the other (``Gaddafi``/``Elkaddafi``).

        The qaf is pronounced g in Libyan, Gulf and Egyptian Arabic and romanised
        q, k or g; g/k alone is no evidence (``Google``/``Koogle``), so the step
        asks for this only when a side carries the Arabic article.  The folds,
        after a joined article, must be equal but for the first letter, with 6+
        letters: Egyptian g is also the jim of ``Gamal`` (``Jamal``), and
        ``Kamal`` is another name.

        With the same evidence, o/u and e/i are one vowel (Arabic writes three), but a
        final e is not an i (the ta marbuta of ``Saade`` is not the nisba of ``Saadi``).

        >>> Names().qaf_score("Elkaddafi", "Gaddafi"), Names().qaf_score("Kent", "Gent")
        ((100.0, 'qaf'), None)
        >>> Names().qaf_score("Remi", "Rimi"), Names().qaf_score("Dari", "Duri"), Names().qaf_score("Saade", "Saadi")
        ((100.0, 'arabic_vowels'), None, None)
        """
        return _qaf_score(a, b)

    def _given_match(self, a: str, b: str, *, loose: bool = True) -> bool:
        """Whether two given names can be spellings of one (a compatibility test, never a rewrite).

        Equal folds, or the same first sound and consonant skeletons at most
        one edit apart with a ``scorer`` similarity of at least 75
        (``Asif``/``Asef``, ``Dzmitry``/``Dmitri``); ``Bashar``/``Maher``,
        ``Salim``/``Salih``, ``Mohamed``/``Mahmoud`` and ``Hassan``/``Hussein`` stay apart.
        """
        if a == b or fold(a) == fold(b):
            return True
        groups, _ = _given_table()
        if groups.get(fold(a), frozenset()) & groups.get(fold(b), frozenset()):
            return True
        la, lb = _LOOSE_GIVEN.sub(_loose_sub, a.lower()), _LOOSE_GIVEN.sub(_loose_sub, b.lower())
        if loose and (la != a.lower() or lb != b.lower()) and self._given_match(la, lb, loose=False):
            # Ukrainian/Belarusian h for Russian g (Oleh/Oleg, Ihar/Igor), c for k (Victor/Viktar),
            # German tsch (Letscha/Lecha), Somali x (Xassan/Hasaan)
            return True
        if not same_first_sound(a, b) or min(len(a), len(b)) < 3:
            return False
        sa, sb = skeleton(a), skeleton(b)
        allowed = 0 if min(len(sa), len(sb)) < 3 else 1
        if Levenshtein.distance(sa, sb, score_cutoff=allowed) > allowed:
            return False
        if len(sa) == len(sb) and sa != sb:
            # one consonant written for another: only a transliteration alternation
            # (Hicham/Hisham, Fazul/Fadil, Arciom/Artem), not Hafid/Hamid or Salim/Salih
            op = Levenshtein.editops(sa, sb)[0]
            if frozenset((sa[op.src_pos], sb[op.dest_pos])) not in _CONSONANT_ALTERNATIONS:  # type: ignore[union-attr]
                return False
        return self.scorer(fold(a), fold(b), score_cutoff=GIVEN_COMPAT_CUTOFF) >= GIVEN_COMPAT_CUTOFF

    def _givens_compatible(self, a: _Type, b: _Type) -> bool:
        """Whether two surnames' full introductions can be one person.

        True when one side has no full introduction, when the first given
        names match, or when one side's given names are the last given names
        of the other (``Carrera Illades`` after ``Marisela Carrera Yllades``).
        ``Bashar al-Assad`` and ``Maher al-Assad`` are not compatible.
        """
        if not a.guard_spans or not b.guard_spans:
            return True
        firsts_a = {k for sp in a.guard_spans for k in given_keys(sp)}
        firsts_b = {k for sp in b.guard_spans for k in given_keys(sp)}
        if any(self._given_match(x, y) for x in firsts_a for y in firsts_b):
            return True
        if _one_korean_surname(a.core, b.core):
            # one Korean surname: the given names in the other romanisation (Kwang Hun/Gwang Hun)
            if {_korean_given(x) for x in firsts_a} & {_korean_given(y) for y in firsts_b}:
                return True
        for short, long in ((a, b), (b, a)):
            for s in short.guard_spans:
                for t in long.guard_spans:
                    # the last given names, equal after folding (Tarabayn Shamas after Mohamad
                    # Tarabain Chamas); a fuzzy match is not enough (Mohamed al-Kani is not
                    # Mostafa Mohammad Khani)
                    if len(s) < len(t) and all(
                        fold(x) == fold(y) for x, y in zip(s, t[len(t) - len(s) :], strict=True)
                    ):
                        return True
        return False

    def _link(self, a: _Type, b: _Type) -> tuple[float, str] | None:
        # (the cheap tests first: each one alone rules the pair out)
        if a.place_ctx * 2 > len(a.mentions) or b.place_ctx * 2 > len(b.mentions):
            return None
        if a.the_ctx * 2 > len(a.mentions) or b.the_ctx * 2 > len(b.mentions):
            return None  # "the Democratic candidate", "the Centre": not a person's name
        hit = self.token_score(a.core, b.core)
        arabic_a = bool(a.article or glued_rest(a.core))
        arabic_b = bool(b.article or glued_rest(b.core))
        if hit is None and (arabic_a or arabic_b):
            hit = self.qaf_score(a.core, b.core)  # the Arabic article: g and k can be one qaf
            if hit and hit[1] == "arabic_vowels" and a.person and b.person and not (arabic_a and arabic_b):
                hit = None  # o/u, e/i: the article on both sides when both were introduced (Mr Hayek, Omar al-Haik)
        if hit is None and (a.patronymic or b.patronymic):
            hit = self._slavic_score(a.core, b.core)
        if hit is None:
            return None
        if not self._givens_compatible(a, b):  # (after the score: most pairs do not score)
            return None
        later = a if a.first_full > b.first_full else b
        if later.first_apposed and a.first_full < _NEVER and b.first_full < _NEVER:
            # the later spelling introduced in full with an appositive of its own after the
            # other's full introduction: a second person ("Ahmed Ali Saleh was delisted ...
            # Ahmad Salih, a Houthi official", probe19); a variant repeats a name, it does not
            # introduce it
            return None
        if a.apposed and b.apposed:
            # each spelling introduced in full with an appositive of its own ("Ali Saadi, a
            # member of parliament ..." ... "Ali Saeedi, the head of Iran's gas export company"):
            # two introductions, two people (a variant repeats a name, it does not introduce it)
            return None
        if a.honorific and b.honorific and not (a.givens or b.givens or a.article or b.article):
            # each spelling introduced by "Mr", "Ms" ... of its own and never with a given name
            # ("Mr Smith, a delegate ..." ... "Mr Smyth, a biologist ..."): nothing ties them
            # (many people are Mr Smith; one is Prince William)
            return None
        if hit[1] in ("fold", "article") and min(a.length, b.length) >= FUZZY_MIN_LEN and (a.person or b.person):
            return hit
        if a.person and b.person:
            return hit
        # one side is a bare name: it must come after the other's full (or titled) introduction
        for x, y in ((a, b), (b, a)):
            if not x.person and x.reported and x.first > min(y.first_full, y.first_titled):
                return hit
        return None

    # ------------------------------------------------------------------ the step

    def find_edits(self, doc: Document) -> Iterable[Edit]:
        text = doc.text
        edits = list(self._variant_edits(doc))
        # the same name joined another way: parts with hyphens or spaces, then the Arabic
        # article (every hyphenated article of article_spacing_variants ends in "l-"); each
        # kept where no edit before it stands
        for may_hold, variants, rule in (
            (not text.isascii(), accent_tail_variants, "variant"),
            (_joining_candidate(text), joining_variants, "joining"),
            ("l-" in text, article_spacing_variants, "joining"),
            ("l-" in text, article_letter_variants, "article"),
        ):
            if not may_hold:
                continue
            taken = [(e.start, e.end) for e in edits]
            for start, end, surface, reason in variants(text):
                if not any(s < end and start < e for s, e in taken):
                    edits.append(self.edit(start, end, surface, rule, reason))
        if edits and _discusses_spelling(text):
            return []  # its variants are what it is about (asked only when there are edits)
        if edits and _NAME_PAIR_HINT.search(text):
            edits = _drop_other_names(text, edits)
        if edits and ("“" in text or '"' in text):
            titles = _quoted_titles(text)
            if titles:
                # a title of a work keeps the spelling it was published with ("“Rhee Sung-ho on
                # Industrial Policy”" beside "Lee Sung-ho", probe49)
                edits = [e for e in edits if not any(s <= e.start and e.end <= t for s, t in titles)]
        return edits

    def _variant_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        index = self.index
        if index is None:
            ctx = doc.context.get("name_index")
            index = ctx if isinstance(ctx, NameIndex) else None
        if index is None and self.gazetteer is None:
            # no two capitalised tokens could match: nothing to rewrite.  Without the
            # lower-case words first (a looser test that spares most clean articles the
            # cost of collecting them), then with them
            if not self._may_link(text, _NO_WORDS):
                return
            words = _lower_words(text)  # lower-case words: never name mentions
            if not self._may_link(text, words):
                return
        else:
            words = _lower_words(text)
        mentions = find_mentions(text)
        if len(mentions) < 2 and index is None and self.gazetteer is None:
            return
        lower = set(map(str.lower, words))
        gaz = self.gazetteer
        # a token used as a given name in this document is not a surname variant
        # (not in a title-case line, where every word is capitalised: "Qadimi Visit Ends")
        # (nor where it also ends its own span: Matuq Mohammed Matuq, a father's name repeated)
        given_role = set()
        head_core = ""
        for m in reversed(mentions):
            if m.head:
                head_core = m.core
            elif not m.title_line and m.core != head_core and m.span_len <= _MAX_NAME_SPAN:
                # (a run of more capitalised words is a list or a tag line glued to a
                # headline, not one person's name: its words are not given names)
                given_role.add(m.core)
        if index is None and gaz is None and not self._may_rewrite(text, mentions, lower, given_role):
            return
        types = _build_types(text, mentions, lower)
        in_titles: dict[str, list[int]] = {}
        for i, m in enumerate(mentions):
            if not m.head and m.title_line:
                in_titles.setdefault(m.core, []).append(i)
        eligible = [t for t in types.values() if _eligible(t, given_role, lower, gaz)]
        links = self._links(eligible)
        _drop_links_within_a_sentence(text, mentions, types, links)
        rewrites = self._clusters(eligible, links, index)
        self._compound_rewrites(eligible, rewrites)
        if index is not None:
            self._index_lone(eligible, rewrites, index)
        for core in [
            c for c, (canonical, _, _) in rewrites.items() if self._namesakes(text, mentions, types, c, canonical)
        ]:
            del rewrites[core]  # "not to be confused with ...", "a different ...": two people (probe100)
        always_capitalised = _always_capitalised()
        foreign = [m.span() for m in _FOREIGN_QUOTATION.finditer(text)] if ("«" in text or "„" in text) else []
        for core, (canonical, reason, _givens) in rewrites.items():
            t = types[core]
            if (
                foreign
                and canonical in types
                and all(any(a < mentions[i].start < b for a, b in foreign) for i in types[canonical].mentions)
            ):
                continue  # a spelling only a quotation in another language writes ("«Bonjour Québec»", probe66)
            # the canonical as the document writes it (with an ayn apostrophe: al-'Anabi)
            surface = types[canonical].surface if canonical in types else canonical
            # a canonical with its article glued takes the variant's article in ("Al-Busaidi"
            # after "Badr Albusaidi": not "Al-Albusaidi", probe24)
            glued = bool(glued_rest(surface.lstrip("'’ʿ‘")))
            canon_givens = types[canonical].givens if canonical in types else set()
            # every given name of the canonical person's full mentions
            known = (
                {g for sp in types[canonical].guard_spans for g in sp} | set(canon_givens)
                if canonical in types
                else set()
            )
            for i in t.mentions + in_titles.get(core, []):
                m = mentions[i]
                lead = m.start - len(m.ayn) - len(m.article)
                initials = _INITIALS_BEFORE.search(text, max(0, lead - 12), lead)
                if (
                    initials is not None
                    and canon_givens
                    and not any(g.startswith(initials.group(1)) for g in canon_givens)
                ):
                    # "P. L. Wickramasinghe" after "Chaminda Wickremesinghe": initials no given
                    # name of the canonical's person starts with name another person (probe55)
                    continue
                if m.given and canon_givens and len(t.givens) > 1:
                    # a full mention whose given name the canonical's person never has, where
                    # the variant spelling names two people ("Hildegard Mueller" and "Karen
                    # Mueller, an analyst" after "Hildegard Müller"): the other person's (probe24)
                    k0 = _first_given(mentions, _office_cut(text, mentions, i), i, always_capitalised)
                    span = tuple(x.core for x in mentions[k0:i])
                    if span and not any(self._given_match(a, b) for a in span for b in known):
                        continue  # (no given name of the canonical's spans: "Meza Cazarez" after "Arturo Meza Cazares" is his)
                start = m.start - len(m.ayn)
                if glued and m.article and text[start - len(m.article) : start] == m.article:
                    start -= len(m.article)
                yield self.edit(start, m.end, surface, "variant", reason)
        yield from self._given_edits(mentions, types, rewrites)
        yield from self._same_surname_given_edits(text, mentions, types, rewrites, lower)
        yield from self._given_alone_edits(mentions, types, rewrites, lower)

    def _namesakes(
        self, text: str, mentions: list[Mention], types: dict[str, _Type], core: str, canonical: str
    ) -> bool:
        """Whether a full mention of ``core`` or ``canonical`` is set apart from a namesake
        (:func:`_told_apart`) whose given name the other spelling's person also has: two
        people of (nearly) one name ("Ahmed Qasimi" ... "Ahmad Qassimi (no relation)"), not
        one surname spelt twice ("Wanchai Sangthong" ... "Somchai Sangthong, who is not
        related" ... "Wanchai Saengthong": probe20)."""
        if core in types and canonical in types and self._both_introduced(text, mentions, types, core, canonical):
            return True
        for c, other in ((core, canonical), (canonical, core)):
            if c not in types or other not in types or not types[other].givens:
                continue
            for i in types[c].mentions:
                m = mentions[i]
                if not m.given:
                    continue
                g = mentions[i - len(m.given)]
                if _told_apart(text, g.start, m.end) and any(
                    fold(g.core) == fold(x) or self.token_score(g.core, x) for x in types[other].givens
                ):
                    return True
        return False

    def _may_link(self, text: str, lower: set[str] | frozenset[str]) -> bool:
        """A fast necessary condition for any link (so for any edit without an index or gazetteer).

        Every name token (and every part of a hyphenated or apostrophised one)
        is folded.  :meth:`token_score` links two tokens only when they start
        with the same sound (same blocking key) and either fold equally or fold
        at most one edit per three letters apart; rapidfuzz finds those
        candidates in C, block by block, and :meth:`token_score` decides them.
        Only when some pair scores does the step look for mentions (the costly
        part).
        """
        # (the second call, with the lower-case words, reuses the first call's words)
        words, slavic = _gate_words(text, reuse=bool(lower))
        if "-" in "".join(words) and _may_compound(text, words):
            return True  # a compound surname (Rahim-Safavi): see _compound_rewrites
        if lower or slavic:
            # the second call (without the words the text writes in lower case) or a text
            # with a patronymic: block by block
            entries, _, _ = _gate_entries(text, reuse=True)
            if lower:
                # never eligible: also written in lower case
                return self._may_link_blocks([e for e in entries if e[0] not in lower], slavic)
            return self._may_link_blocks(entries, slavic)
        # every (block key, form length, form, token), sorted: a block's forms are together,
        # shortest first, and a form from two spellings (rare) follows itself
        items = sorted(set(chain.from_iterable(map(_word_items, words))))
        distance = Levenshtein.distance
        n = len(items)
        for i in range(n - 1):
            key, lf, f, x = items[i]
            # one edit per two letters of the shorter fold bounds every rule of token_score
            # (max_edits with vowel swaps; a qaf is one edit); the forms after f are no shorter
            bound = lf >> 1 or 1  # max(1, min(lf, lg) // 2)
            for j in range(i + 1, n):
                key2, lg, g, y = items[j]
                if key2 != key or lg - lf > bound:
                    break
                if g == f:  # the same form from two spellings: block by block
                    entries, _, _ = _gate_entries(text, reuse=True)
                    return self._may_link_blocks(entries, False)
                if x != y and distance(f, g, score_cutoff=bound) <= bound and _may_score(x, y):
                    # _any_score of the two tokens (no patronymic here), in the order of the block
                    # loop, which takes the forms alphabetically (_may_score first: an exact
                    # necessary condition, false for most pairs the bound lets through)
                    a, b = (x, y) if f < g else (y, x)
                    if self.token_score(a, b) or self.qaf_score(a, b):
                        return True
        return False

    def _may_link_blocks(self, entries: Iterable[tuple[str, str, str, str]], slavic: bool) -> bool:
        """:meth:`_may_link` block by block, for a text where one form comes from two spellings."""
        # each token under its fold, and under the forms _links also blocks it by (the
        # name after a glued article, the sound_pairs.tsv respellings)
        blocks: dict[str, dict[str, set[str]]] = {}
        for _low, key, form, token in entries:
            block = blocks.get(key)
            if block is None:
                blocks[key] = {form: {token}}
            elif form in block:
                block[form].add(token)
            else:
                block[form] = {token}
        distance = Levenshtein.distance
        for block in blocks.values():
            if len(block) == 1:
                same = next(iter(block.values()))
                if len(same) > 1 and len({t.lower() for t in same}) > 1 and self._any_score(same, same):
                    return True
                continue
            forms = sorted(block)
            for k, f in enumerate(forms):
                # the same form from different spellings: a candidate pair
                same = block[f]
                if len(same) > 1 and len({t.lower() for t in same}) > 1 and self._any_score(same, same, slavic):
                    return True
                # one edit per two letters of the shorter fold bounds every rule of token_score
                # (max_edits with vowel swaps; a qaf is one edit)
                lf = len(f)
                rest = forms[k + 1 :]
                if len(rest) > _EXTRACT_FROM:  # a big block: one C call for the row
                    near = extract(f, rest, scorer=distance, score_cutoff=max(1, lf // 2), limit=None)
                    if any(
                        self._any_score(same, block[g], slavic) for g, d, _ in near if d <= max(1, min(lf, len(g)) // 2)
                    ):
                        return True
                    continue
                for g in rest:  # a few pairs: the length difference first, one distance each
                    lg = len(g)
                    bound = (lf if lf < lg else lg) >> 1 or 1  # max(1, min(lf, lg) // 2)
                    if (
                        -bound <= lf - lg <= bound
                        and distance(f, g, score_cutoff=bound) <= bound
                        and self._any_score(same, block[g], slavic)
                    ):
                        return True
        return False

    def _slavic_score(self, a: str, b: str) -> tuple[float, str] | None:
        """The ``where=slavic`` pairs of sound_pairs.tsv without the ending test, for a name
        introduced with an East Slavic patronymic (``Garkusha``/``Harkusha``, ``Ditrikh``/``Ditrih``)."""
        for x, y in ((a, b), (b, a)):
            for alt, exact in slavic_folds(x):
                hit = _spelling_score(alt, y, 1, self.scorer, self.score_cutoff, self.vowel_cutoff)
                if hit is not None and not (exact and hit[1] != "fold"):
                    return hit[0], "patronymic+sound" if hit[1] == "fold" else f"patronymic+sound+{hit[1]}"
        return None

    def _any_score(self, xs: Iterable[str], ys: Iterable[str], slavic: bool = False) -> bool:
        # qaf_score too: whether a side carries the article is only known from the mentions
        # (and _slavic_score when the text holds a patronymic: who has it is known from them too)
        # (_may_score: an exact necessary condition for the first two, see there)
        return any(
            (_may_score(x, y) and (self.token_score(x, y) or self.qaf_score(x, y)))
            or (slavic and self._slavic_score(x, y))
            for x in xs
            for y in ys
            if x != y
        )

    def _may_rewrite(self, text: str, mentions: list[Mention], lower: set[str], given_role: set[str]) -> bool:
        """Whether any edit can come from these mentions without an index or a gazetteer: an
        exact necessary condition, tested before every surname's mentions are read (most
        texts that pass :meth:`_may_link`, which reads every capitalised word, get no edit).

        Without an index or a gazetteer every edit needs one of these:

        * ``given_spelling`` (:meth:`_same_surname_given_edits`, which does not depend on
          links): one surname's full mentions with given names written two ways that fold
          equally (its first given names are among the words of ``Mention.given``), or that
          score by vowels or fuzzily in a name of three words or more (three given-name
          words at least);
        * ``compound`` (:meth:`_compound_rewrites`, with no cluster rewrite): an eligible
          hyphenated surname of name parts (:func:`_part_of`) and another eligible surname
          that folds like one of its parts, introduced with a given name before the
          compound's first mention (``Yahya Rahim Safavi`` ... ``Rahim-Safavi``), or with
          5+ letters and no hyphen, first written after the compound's introduction
          (``Mohsen Fakhrizadeh-Mahabadi`` ... ``Fakhrizadeh``);
        * a cluster rewrite, then ``given_variant`` (:meth:`_clusters`, :meth:`_given_edits`):
          a link, from :meth:`_link` on two eligible surnames that :meth:`_links` compares.

        The links are looked for as :meth:`_links` does, on a superset of the eligible
        surnames (head words, not written in lower case, not places, not given names
        unless written with the article: the rest of eligibility reads the mentions), in
        its blocks (:func:`_link_keys`) with its forms test (:func:`_core_pair_forms`),
        dropping what :meth:`_link` never links: a name mostly after a place preposition,
        and a pair with neither side introduced as a person (given names, article or
        title: every way of :meth:`_link` needs one; its bare side must follow the other's
        full or titled introduction).  :meth:`_link` scores with :meth:`token_score`, then
        :meth:`qaf_score` with the article on one side; only the names of scored pairs are
        read from their mentions (:func:`_build_types` reads a type from its own mentions
        alone), and :meth:`_link` itself decides.  This holds when no surname can carry an
        East Slavic patronymic (then ``_links`` uses no East Slavic blocks and scores); with
        one, and for a block too big for ``_links`` to compare pair by pair, this says True.
        """
        heads: dict[str, int] = {}  # surnames (head words), where each is first written
        person: set[str] = set()  # those _build_types may find introduced as a person
        article: set[str] = set()  # those written with the article
        intro: dict[str, int] = {}  # where each may be first introduced with a given name
        introduced: dict[str, int] = {}  # with a given name or a title
        givens: dict[str, set[str]] = {}  # the given-name words of each surname's mentions
        count: dict[str, int] = {}  # head mentions of each surname
        placed: dict[str, int] = {}  # and those after a place preposition
        bare: set[str] = set()  # surnames written alone somewhere (given_spelling of a given name alone)
        for i, m in enumerate(mentions):
            if not m.head:
                continue
            core = m.core
            if core in heads:
                count[core] += 1
            else:
                heads[core] = m.start
                count[core] = 1
            if m.place_context:
                placed[core] = placed.get(core, 0) + 1
            given = m.given
            if m.article:
                article.add(core)
                person.add(core)
            if m.titled:
                person.add(core)
                introduced.setdefault(core, m.start)
            if not given:
                if m.span_len == 1:
                    bare.add(core)
                continue
            if _office_cut(text, mentions, i) != i - len(given):
                # an office title inside the span introduces the name after it, as
                # _build_types reads it ("Sergei Mr Hussein": titled)
                person.add(core)
                introduced.setdefault(core, m.start)
            if m.span_len <= 6 and not m.title_line:
                person.add(core)
                intro.setdefault(core, m.start)
                introduced.setdefault(core, m.start)
            if core in givens:
                givens[core].update(given)
            else:
                givens[core] = set(given)
            if len(given) > 1 and any(map(_ENDS_PATRONYMIC, given[1:])):
                return True  # (the patronymic _build_types looks for is among these words)
        if bare and givens:
            # given_spelling of a given name written alone: it folds like a given name
            # written another way (_given_alone_edits)
            given_folds: dict[str, set[str]] = {}
            for words in givens.values():
                for w in words:
                    given_folds.setdefault(fold(w), set()).add(w)
            if any(w != c for c in bare for w in given_folds.get(fold(c), ())):
                return True
        for core, words in givens.items():
            # given_spelling: a surname's given names written two ways that fold equally
            # (its full mentions' first given names are among these words), or, before a
            # Korean given name, a family name in two romanisations
            if len(words) > 1 and len(set(map(fold, words))) < len(words):
                return True
            if len(words) > 2:
                # a name of three words or more with its first given name spelt two ways
                # (its middle words the same): two of the words score
                ordered = sorted(words)
                if any(
                    (hit := self.token_score(a, b)) and hit[1] in ("vowels", "fuzzy")
                    for k, a in enumerate(ordered)
                    for b in ordered[k + 1 :]
                ):
                    return True
            if len(words) > 1 and _KOREAN_GIVEN.fullmatch(core):
                ordered = sorted(words)
                if any(_one_korean_surname(a, b) for k, a in enumerate(ordered) for b in ordered[k + 1 :]):
                    return True
        cores = [
            c for c in heads if (c not in given_role or c in article) and c.lower() not in lower and not is_place(c)
        ]
        never = 1 << 60
        hyphened = [c for c in cores if "-" in c and _part_of(c)]
        if hyphened:
            # compound: a hyphenated surname of name parts h, and another surname c that folds
            # like one of its parts: either h is rewritten to c (c introduced before h), or
            # c (one part, 5+ letters) to h (h introduced before c)
            by_fold: dict[str, list[str]] = {}
            for c in cores:
                by_fold.setdefault(fold(c), []).append(c)
            for h in hyphened:
                for c in {c for p in h.split("-") for c in by_fold.get(fold(p), ())}:
                    if c != h and (
                        intro.get(c, never) < heads[h]
                        or ("-" not in c and _n_letters(c) >= FUZZY_MIN_LEN and intro.get(h, never) < heads[c])
                    ):
                        return True
        blocks: dict[str, list[str]] = {}
        for c in cores:
            if placed.get(c, 0) * 2 > count[c]:
                continue  # (mostly after a place preposition: _link's first test)
            for key in _link_keys(c, False):
                blocks.setdefault(key, []).append(c)
        pairs = []
        for members in blocks.values():
            if len(members) > MAX_BLOCK:
                return True  # (_links compares equal folds there)
            if len(members) < 2 or person.isdisjoint(members):
                continue  # (every link has a side introduced as a person: see _link)
            for x in range(len(members)):
                a = members[x]
                a_person = a in person
                for y in range(x + 1, len(members)):
                    b = members[y]
                    if not (a_person and b in person):
                        if not a_person and b not in person:
                            continue
                        # one side may be a person: _link takes a fold or article score
                        # (5+ letters), or the bare side after the other's introduction
                        bare, other = (b, a) if a_person else (a, b)
                        if heads[bare] <= introduced.get(other, never) and not _fold_or_article(a, b):
                            continue
                    # _links' forms test ((fold length, skeleton) of each, memoised)
                    if (fa := _core_pair_forms(a)) is not None and (fb := _core_pair_forms(b)) is not None:
                        if not _forms_near(fa, fb):
                            continue
                    if self.token_score(a, b) or (
                        # (_link asks qaf_score only with the article on one side)
                        (a in article or b in article or glued_rest(a) or glued_rest(b)) and self.qaf_score(a, b)
                    ):
                        pairs.append((a, b))
        if not pairs:
            return False
        types = _build_types(text, mentions, lower, only={c for pair in pairs for c in pair})
        gaz = self.gazetteer
        return any(
            _eligible(types[a], given_role, lower, gaz)
            and _eligible(types[b], given_role, lower, gaz)
            and self._link(types[a], types[b])
            for a, b in pairs
        )

    def _links(self, eligible: list[_Type]) -> dict[str, dict[str, tuple[float, str]]]:
        links: dict[str, dict[str, tuple[float, str]]] = {t.core: {} for t in eligible}
        gaz = self.gazetteer
        blocks: dict[str, list[_Type]] = {}
        slavic = any(t.patronymic for t in eligible)
        for t in eligible:
            for key in _link_keys(t.core, slavic):
                blocks.setdefault(key, []).append(t)
            if gaz is not None and gaz.canonical(t.core):
                blocks.setdefault("gazetteer", []).append(t)
        groups: list[tuple[str, list[_Type]]] = []
        for key, members in blocks.items():
            if key == "gazetteer":
                by_canon: dict[str, list[_Type]] = {}
                for t in members:
                    by_canon.setdefault(gaz.canonical(t.core) or "", []).append(t)  # type: ignore[union-attr]
                groups.extend((key, g) for g in by_canon.values())
            elif len(members) > MAX_BLOCK:
                # a huge block (a list of names): equal folds only, to stay linear
                by_fold: dict[str, list[_Type]] = {}
                for t in members:
                    by_fold.setdefault(t.fold, []).append(t)
                groups.extend((key, g) for g in by_fold.values())
            else:
                groups.append((key, members))
        for key, members in groups:
            if key != "gazetteer":
                # (a name mostly written after a place preposition or "the" never links: _link's
                # first test, taken once per name instead of once per pair)
                members = [
                    t for t in members if t.place_ctx * 2 <= len(t.mentions) and t.the_ctx * 2 <= len(t.mentions)
                ]
            # a plain name (no glued article, romanisation row or ch, no patronymic in the
            # text) links to another only through its fold or its sound_pairs.tsv respellings
            # against the other's fold: equal folds, folds at most max(1, shorter // 2) edits
            # apart with consonant skeletons at most one edit apart (token_score), or equal
            # skeletons (qaf_score: g/k, o/u and e/i); two plain names with no such pair of
            # forms are not compared.  Forms: (fold length, skeleton), the name's own first
            forms = [_core_pair_forms(t.core) for t in members] if key != "gazetteer" and not slavic else None
            for x in range(len(members)):
                a = members[x]
                fa = forms[x] if forms is not None else None
                for y in range(x + 1, len(members)):
                    if fa is not None and (fb := forms[y]) is not None:  # type: ignore[index]
                        if not _forms_near(fa, fb):
                            continue  # (_link would find no score)
                    b = members[y]
                    hit: tuple[float, str] | None = None
                    if key == "gazetteer":
                        if gaz.canonical(a.core) == gaz.canonical(b.core):  # type: ignore[union-attr]
                            hit = (100.0, "gazetteer")
                    else:
                        hit = self._link(a, b)
                    if hit:
                        links[a.core][b.core] = hit
                        links[b.core][a.core] = hit
        return links

    def _clusters(
        self,
        eligible: list[_Type],
        links: dict[str, dict[str, tuple[float, str]]],
        index: NameIndex | None,
    ) -> dict[str, tuple[str, str, set[str]]]:
        by_core = {t.core: t for t in eligible}
        # a name close to two names that are not close to each other is left alone
        ambiguous = set()
        for core, nbrs in links.items():
            # two introduced people it is close to, who are not close to each other
            ns = [n for n in nbrs if by_core[n].person]
            if any(ns[j] not in links[ns[i]] for i in range(len(ns)) for j in range(i + 1, len(ns))):
                ambiguous.add(core)
        for core in ambiguous:
            for other in list(links[core]):
                links[other].pop(core, None)
            links[core] = {}
        seen: set[str] = set()
        rewrites: dict[str, tuple[str, str, set[str]]] = {}
        gaz = self.gazetteer
        for t in eligible:
            if t.core in seen or (not links[t.core] and not (gaz and gaz.canonical(t.core))):
                continue
            comp = [t.core]
            seen.add(t.core)
            k = 0
            while k < len(comp):
                for n in links[comp[k]]:
                    if n not in seen:
                        seen.add(n)
                        comp.append(n)
                k += 1
            members = [by_core[c] for c in comp]
            canonical, source = self._canonical(members, index)
            names = "/".join(sorted(comp))
            givens = set().union(*(m.givens for m in members))
            # another person outside the cluster whose surname is close to the canonical
            # ("Faisal al-Dousari" beside "Nasser al-Dosari", kept apart by their given
            # names): a bare variant ("Al-Dawsari's") may be either's (probe37)
            twin = canonical in by_core and any(
                o.person and o.core not in comp and self.token_score(o.core, canonical) for o in eligible
            )
            head = by_core.get(canonical)
            if head is not None and any(
                o.first_full < head.first_full
                and o.givens & head.givens
                and Levenshtein.distance(o.fold, head.fold) <= 2
                # (not a name and its extension: "Karimi", "Karimian" are two families)
                and not (o.fold.startswith(head.fold) or head.fold.startswith(o.fold))
                for o in eligible
                if o.person and o.core not in comp
            ):
                # a person of the canonical's given name with a surname two letters off,
                # introduced before it: the cluster may be two misspellings of that person's
                # name ("Mekdes Tsegai", "Meqdes Tsegay" after "Mekdes Tsegaye", probe49; no
                # link joins "Tsegaye" to them): neither is rewritten to the other
                continue
            for m in members:
                if m.core == canonical or (twin and not m.givens):
                    continue
                if gaz is not None and gaz.canonical(m.core) == canonical:
                    score, how = 100.0, "gazetteer"
                elif canonical in links[m.core]:
                    score, how = links[m.core][canonical]
                elif canonical not in by_core and (hit := self.token_score(m.core, canonical)):
                    score, how = hit  # a gazetteer or corpus form the document does not use
                else:
                    continue
                reason = f"{m.core} -> {canonical}: joined cluster {{{names}}} by {how}, score {score:.1f}; canonical from {source}"
                rewrites[m.core] = (canonical, reason, givens)
        return rewrites

    def _compound_rewrites(self, eligible: list[_Type], rewrites: dict[str, tuple[str, str, set[str]]]) -> None:
        """A compound surname written with a hyphen, joined or shortened (rule ``compound``).

        Persian, Arabic and Spanish compound surnames are written with a space,
        a hyphen or as one word, and shortened to one part.  With the
        document's own full introduction as evidence:

        * a bare hyphenated token (never with a given name or a title) made of
          the last names of one person's introduction (in either order)
          becomes that person's surname as introduced: ``Rahim-Safavi`` after
          ``Yahya Rahim Safavi`` is ``Safavi``, ``Larijani-Amoli`` after
          ``Sadegh Amoli Larijani`` is ``Larijani``; ``Mr Kilroy-Silk`` and
          ``Ratka Kunoska-Kamceva`` are the document's own use of the whole
          compound as a surname, and stay;
        * a bare token that is one part of a person's introduced hyphenated
          surname, and that the document never introduces itself, becomes the
          whole surname: ``Fakhrizadeh`` after ``Mohsen Fakhrizadeh-Mahabadi``.

        ``Abd``/``Abu`` compounds are one name (``Abdul Malik`` is not
        ``Malik``) and are left alone; a token matching two people's names is
        left alone, and so is a person's own full mention whose given names do
        not match.
        """
        targets = {r[0] for r in rewrites.values()}
        # the people a compound can stand for, by the folds of its parts (in any order)
        by_parts: dict[tuple[str, ...], list[_Type]] = {}
        for c in eligible:
            if not c.spans or c.core in rewrites:
                continue
            for given in c.spans:
                names = (*given, c.core)
                for k in (2, 3):
                    last = names[-k:]
                    # (with a given name before the compound: Yahya Rahim Safavi)
                    if len(names) > k and _plain(last[0]) not in _ONE_NAME_PREFIXES:
                        by_parts.setdefault(tuple(sorted(map(fold, last))), []).append(c)
            if _part_of(c.core):
                for part in c.core.split("-"):
                    by_parts.setdefault((fold(part),), []).append(c)
        if not by_parts:
            return
        for t in eligible:
            if t.core in rewrites or t.core in targets or t.length < FUZZY_MIN_LEN:
                continue
            parts = t.core.split("-")
            if len(parts) == 1 and t.titled:
                continue
            if len(parts) > 1 and (t.person or not _part_of(t.core)):
                continue  # a hyphenated surname with a given name or a title: the document's own
            if not (t.person or t.reported or t.evidence):
                continue
            key = tuple(sorted(map(fold, parts)))
            found = {
                c.core
                for c in by_parts.get(key, ())
                if c.core != t.core
                and t.first > c.first_full  # the introduction comes first
                and (len(parts) == 1 or fold(c.core) in key)
                and self._givens_compatible(t, c)
            }
            if len(found) != 1 or (target := found.pop()) in rewrites:
                continue
            reason = f"{t.core} -> {target}: compound surname of the introduction, by compound"
            rewrites[t.core] = (target, reason, set(t.givens))
            targets.add(target)

    def _canonical(self, members: list[_Type], index: NameIndex | None) -> tuple[str, str]:
        gaz = self.gazetteer
        if gaz is not None:
            for m in members:
                c = gaz.canonical(m.core)
                if c:
                    return c, "gazetteer"
        if index is not None:
            counts = sorted(((index.count(m.core), -m.first, m.core) for m in members), reverse=True)
            runner_up = counts[1][0] if len(counts) > 1 else 0
            if counts[0][0] >= self.index_min_count and counts[0][0] >= 2 * runner_up:
                return counts[0][2], f"corpus index ({counts[0][0]} mentions)"
        full = [m for m in members if m.givens]
        if full:
            return min(full, key=lambda m: m.first_full).core, "first full-name introduction"
        # no full name: a title introducing the cluster's first mention (Amir Dianat ... Diyanat)
        first = min(members, key=lambda m: m.first)
        if first.titled and first.first_titled == first.first:
            return first.core, "first titled introduction"
        best = max(members, key=lambda m: (len(m.mentions), -m.first))
        return best.core, "most frequent form"

    def _index_lone(
        self, eligible: list[_Type], rewrites: dict[str, tuple[str, str, set[str]]], index: NameIndex
    ) -> None:
        in_doc = {t.core for t in eligible}
        done = set(rewrites) | {r[0] for r in rewrites.values()}
        for t in eligible:
            # only a name introduced as a person, and only towards a corpus name that is one person
            if t.core in done or not t.person:
                continue
            own = index.count(t.core)
            found = []
            for cand in index.candidates(t.core):
                if cand == t.core or cand in in_doc:
                    continue
                n = index.count(cand)
                if n < self.index_min_count or n < self.index_ratio * max(own, 1):
                    continue
                hit = self.token_score(t.core, cand, max_skeleton=0)
                if not hit:
                    continue
                intros = index.given_counts(cand)
                total = sum(intros.values())
                if total < 2:
                    continue  # never introduced with a given name in the corpus
                top, top_n = intros.most_common(1)[0]
                if top_n < (0.5 if t.givens else 0.8) * total:
                    continue  # several people share this corpus name: which one is unknown
                if t.givens and not any(self._given_match(g, top) for g in t.givens):
                    continue  # the corpus name belongs to someone else (John Smit is not John Smith)
                found.append((n, cand, hit))
            if not found:
                continue
            found.sort(reverse=True)
            n, cand, (score, how) = found[0]
            if any(not self.token_score(cand, other) for _, other, _ in found[1:]):
                continue  # close to two corpus names
            reason = f"{t.core} -> {cand}: joined corpus cluster {cand} by {how}, score {score:.1f}; canonical from corpus index ({n} mentions)"
            rewrites[t.core] = (cand, reason, t.givens)

    def _same_surname_given_edits(
        self,
        text: str,
        mentions: list[Mention],
        types: dict[str, _Type],
        rewrites: dict[str, tuple[str, str, set[str]]],
        lower: set[str],
    ) -> Iterator[Edit]:
        """Rule ``given_spelling``: one surname's full mentions with given names that fold
        equally take the introduction's spelling (``Sergei Lavrov`` ... ``Sergey Lavrov``).

        Only equal folds (``data/names/folding.tsv``: ey/ei, iy/i, x/ks, w/v ...): names
        that differ otherwise can be two people of one family (``Michael``/``Michel``,
        ``Mohammed``/``Muhammad``).  Surnames rewritten by a cluster are left to
        :meth:`_given_edits`; mentions in title-case lines and given names the document also
        writes lower case, or that are places, do not count.
        """
        always_capitalised = _always_capitalised()
        for core, t in types.items():
            if core in rewrites or len(t.mentions) < 2 or core.lower() in lower or is_place(core):
                continue
            full: list[Mention] = []  # the first given name of each full mention, in order
            every: list[Mention] = []  # and in title-case lines too (for the two-people test)
            place: dict[int, tuple[int, int]] = {}  # id of a first given name -> (its index, the surname's)
            for i in t.mentions:
                m = mentions[i]
                if not m.given:
                    continue
                k0 = _first_given(mentions, _office_cut(text, mentions, i), i, always_capitalised)
                if k0 == i:
                    continue
                g = mentions[k0]
                if g.head or g.end > m.start or not _name_like(g.core, lower) or g.core.lower() in _ARTICLE_WORDS:
                    continue
                every.append(g)
                place[id(g)] = (k0, i)
                if not m.title_line or _ends_sentence(text, m.end):
                    # (a sentence full of names is no headline: "President Hassan Rouhani spoke on Monday.")
                    full.append(g)
            if len(full) < 2:
                continue
            intro = full[0]
            ki0, ii0 = place[id(intro)]
            intro_middle = [x.core for x in mentions[ki0 + 1 : ii0]]
            variants = [
                (g, hit)
                for g in full[1:]
                if g.core != intro.core
                and (hit := self.token_score(g.core, intro.core))
                and (
                    (fold(g.core) == fold(intro.core) and hit[1] == "fold")
                    or (
                        # a name of three words or more whose other words are the same
                        # ("Manjindar Singh Sirsa" after "Manjinder Singh Sirsa", probe30):
                        # one person, whose first given name is spelt two ways (two people of
                        # one family differ by more than a vowel in one word of three)
                        intro_middle
                        and hit[1] in ("vowels", "fuzzy")
                        and [x.core for x in mentions[place[id(g)][0] + 1 : place[id(g)][1]]] == intro_middle
                    )
                )
            ]
            korean = False
            if not variants and _KOREAN_GIVEN.fullmatch(core):
                # a Korean name, family name first (Shin Won-sik ... Sin Won-sik): the "given
                # name" before the hyphenated one is the family name, romanised two ways (and
                # written alone it is the family name, not a given name of its own: only two
                # spellings in one sentence are two people)
                variants = [
                    (g, (100.0, "romanisation"))
                    for g in full[1:]
                    if g.core != intro.core and _one_korean_surname(g.core, intro.core)
                ]
                korean = True
            spellings = {intro.core, *(g.core for g, _ in variants)}
            if not variants or _two_people(text, mentions, every, spellings, alone=not korean):
                continue
            if any(
                _told_apart(text, g.start - len(g.ayn), mentions[place[id(g)][1]].end)
                for g in every
                if g.core in spellings
            ):
                # "not to be confused with Sergei Ivanov": two people (probe100); not a
                # neighbour of another given name ("Sebastião Ramos, no relation", probe75)
                continue
            if _described(text, mentions, place[id(intro)]):
                # two spellings each introduced with a description of its own ("the American
                # Mohamed Aziz" ... "the Egyptian grandmaster Mohammed Aziz"): two people
                # (probe29); a variant repeats a name, it does not describe its holder again
                variants = [(g, hit) for g, hit in variants if not _described(text, mentions, place[id(g)])]
                if not variants:
                    continue
            ki, ii = place[id(intro)]
            for g, hit in variants:
                reason = f"{g.core} -> {intro.core}: given name of {core}, as first introduced, by {hit[1]}, score {hit[0]:.1f}"
                yield self.edit(g.start - len(g.ayn), g.end, intro.ayn + intro.core, "given_spelling", reason)
                # the given names after the first, word for word where they fold as the
                # introduction's do (Trần Quốc Minh after Tran Quoc Minh: not half of it)
                kg, ig = place[id(g)]
                if ig - kg != ii - ki:
                    continue
                for a, b in zip(mentions[kg + 1 : ig], mentions[ki + 1 : ii], strict=True):
                    if a.core != b.core and fold(a.core) == fold(b.core) and not a.head and a.end <= mentions[ig].start:
                        yield self.edit(
                            a.start - len(a.ayn),
                            a.end,
                            b.ayn + b.core,
                            "given_spelling",
                            f"{a.core} -> {b.core}: given name of {core}, as first introduced, by fold",
                        )

    @staticmethod
    def _both_introduced(
        text: str, mentions: list[Mention], types: dict[str, _Type], core: str, canonical: str
    ) -> bool:
        """Whether the first full mentions of both spellings, with one given name, each come
        with a role of their own (:func:`_introduced_with_role`): two people introduced
        side by side ("Alpenpack's chief executive, Lars Andersson" ... "The company's
        chairman, Lars Anderson, an American-born ...", probe104), not one name respelt."""
        firsts = []
        for c in (core, canonical):
            full = [i for i in types[c].mentions if mentions[i].given]
            if not full:
                return False
            i = full[0]
            m = mentions[i]
            firsts.append((mentions[i - len(m.given)], m))
        (g1, m1), (g2, m2) = firsts
        return (
            g1.core == g2.core
            and _introduced_with_role(text, g1.start - len(g1.ayn), m1.end)
            and _introduced_with_role(text, g2.start - len(g2.ayn), m2.end)
        )

    def _given_alone_edits(
        self,
        mentions: list[Mention],
        types: dict[str, _Type],
        rewrites: dict[str, tuple[str, str, set[str]]],
        lower: set[str],
    ) -> Iterator[Edit]:
        """Rule ``given_spelling`` for a given name written alone: a person named by the
        given name after a full introduction, as Thai, Indonesian and Lao news do ("Prabowo
        Subianto" ... "Prabovo told reporters"; "Thitinan Pongsudhirak" ... "Titinan said",
        probe95), takes the introduction's spelling where the two fold equally
        (``data/names/folding.tsv``) and no other introduced given name folds so.

        The word alone acts as a person (it speaks or acts: ``_Type.reported``), folds like
        no surname of a person, is not written in lower case, is not a place, has four
        letters or more, and comes after the introduction."""
        first: dict[str, tuple[int, set[str]]] = {}  # fold of a first given name -> (where, spellings)
        for t in types.values():
            for g in t.givens:
                f = fold(g)
                if f:
                    start, spellings = first.get(f, (t.first_full, set()))
                    spellings.add(g)
                    first[f] = (min(start, t.first_full), spellings)
        if not first:
            return
        # a word alone that folds like a person's surname may be that person ("Hassan
        # Nasrallah met Ali Hassan. Later, Hasan said ...": either man)
        surnames = {t.fold for t in types.values() if t.givens or t.titled}
        for core, t in types.items():
            if (
                not t.reported
                or t.fold in surnames
                or core in rewrites
                or t.givens
                or t.titled
                or t.article
                or core.lower() in lower
                or _n_letters(core) < 4
                or is_place(core)
            ):
                continue
            hit = first.get(fold(core))
            if hit is None or len(hit[1]) != 1 or core in hit[1]:
                continue
            (spelling,) = hit[1]
            for i in t.mentions:
                m = mentions[i]
                if m.given or m.title_line or m.span_len != 1 or m.start < hit[0]:
                    continue
                reason = f"{core} -> {spelling}: a given name written alone, as the person was introduced, by fold"
                yield self.edit(m.start - len(m.ayn), m.end, spelling, "given_spelling", reason)

    def _given_edits(
        self, mentions: list[Mention], types: dict[str, _Type], rewrites: dict[str, tuple[str, str, set[str]]]
    ) -> Iterator[Edit]:
        """Given names of one cluster's full mentions take the canonical introduction's spelling."""
        clusters: dict[str, list[str]] = {}
        for core, (canonical, _, _) in rewrites.items():
            clusters.setdefault(canonical, [canonical]).append(core)
        for canonical, cores in clusters.items():
            # the given name of the earliest full mention in the cluster
            full = [(mentions[i].start, i) for c in cores if c in types for i in types[c].mentions if mentions[i].given]
            if not full:
                continue
            full.sort()
            first = mentions[full[0][1] - len(mentions[full[0][1]].given)]
            intro = first.core
            intro_surface = first.ayn + first.core  # with its ayn apostrophe ('Ubaydah)
            for _, i in full[1:]:
                if mentions[i].core == canonical:
                    continue  # the canonical's own full mentions keep their given names
                g = mentions[i - len(mentions[i].given)]
                if g.core == intro or g.head or g.end > mentions[i].start:
                    continue
                hit = self.token_score(g.core, intro)
                if hit:
                    reason = f"{g.core} -> {intro}: given name in cluster {canonical}, by {hit[1]}, score {hit[0]:.1f}"
                    yield self.edit(g.start - len(g.ayn), g.end, intro_surface, "given_variant", reason)
