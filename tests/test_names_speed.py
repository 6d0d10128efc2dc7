"""The names step's fast paths give the answers of the slower code they stand in for.

Each speed-up of the names step (the gate's one-pass neighbour test, the pair filter of
``_links``, the shortcuts of ``fold`` and ``sound_folds``, ``find_mentions``' scans and
pre-checks) is checked here against the plain computation it replaces, on name soups
(Hypothesis) and on real names and articles.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from name_references import fold_reference, sound_folds_reference
from newsclean.nameindex import (
    _AYN_SECOND,
    _AYNS,
    _CLOSING_QUOTE,
    _JOINING_GAPS,
    _MAX_GIVEN,
    _PLACE_PREP,
    _POSSESSIVE,
    _QUOTE_WINDOW,
    _candidate_spans,
    _candidate_words,
    _is_initial,
    _not_names,
    _particles,
    _title_lines,
    _titles,
    find_mentions,
    fold,
    skeleton,
    sound_folds,
)
from newsclean.normalisers.names import (
    _NO_WORDS,
    Names,
    _core_pair_forms,
    _gate_entries,
    _may_compound,
    _near,
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
        assert fold(name) == fold_reference(name), name
        assert sound_folds(name) == sound_folds_reference(name), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ahkgjiueonvsczdtrlHKGJ'-"), min_size=1, max_size=14))
def test_sound_folds_equal_reference_on_letter_soup(token: str) -> None:
    token = token[0].upper() + token[1:]
    assert fold(token) == fold_reference(token)
    assert sound_folds(token) == sound_folds_reference(token)


def test_links_pair_filter_only_skips_pairs_that_never_score(real_names: list[str]) -> None:
    """_links compares two plain names (no glued article, romanisation row or ch) only when a
    form of one (its fold or a sound_pairs.tsv respelling) is near the other's fold: any pair
    it skips has no score."""
    step = Names()
    forms = {}
    for n in real_names:
        if fold(n):
            f = _core_pair_forms(n)
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


# ----------------------------------------------------------------------------- find_mentions


def _title_lines_reference(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        share = 0.8 if line.rstrip()[-1:] in '.!?"”' else 0.6
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _find_mentions_reference(text: str) -> list[tuple]:
    """find_mentions as it was written before its speed-ups (one ``regex`` scan, every
    decision per occurrence, one place-preposition search per name word), as tuples."""
    articles, connectors = _particles()
    not_names, titles_words = _not_names(), _titles()
    title_spans = _title_lines_reference(text)
    out: list[tuple] = []
    group: list[list] = []
    last_end = -10
    after_title = after_connector = group_titled = False

    def flush() -> None:
        n = len(group)
        if n >= 2 and not group[0][7] and not group[0][3]:
            s0 = group[0][1]
            lead = text[s0 - 1] if s0 > 0 else ""
            if lead and lead in _AYNS and (s0 == 1 or text[s0 - 2] in " \t\n"):
                end = group[-1][2]
                line_end = text.find("\n", end)
                stop = min(end + _QUOTE_WINDOW, len(text) if line_end < 0 else line_end)
                if lead == "ʿ" or not _CLOSING_QUOTE.search(text, end, stop):
                    group[0][7] = lead
        names = [g[0] for g in group]
        for k, (core, s, e, art, initial, tline, pctx, ayn) in enumerate(group):
            given = tuple(names[max(0, k - _MAX_GIVEN) : k])
            out.append((core, s, e, art, given, initial, tline, k == n - 1, pctx, group_titled, n, ayn))
        group.clear()

    for m in _candidate_words().finditer(text):
        word = m.group()
        s, e = m.span()
        gap = text[last_end:s] if last_end >= 0 and s - last_end <= 2 else ""
        joined = gap in _JOINING_GAPS or (after_title and gap == ". ")
        if word.lower() in connectors:
            if not (joined and group):
                flush()
            last_end = e if group or word[0].isupper() else -10
            after_connector = last_end == e
            continue
        pm = bool(_POSSESSIVE.search(word))
        if pm:
            word = word[:-2]
            e = s + len(word)
        art = ""
        head, _, rest = word.partition("-")
        bare = rest.lstrip("'’ʿ‘")
        if rest and head.lower() in articles and bare[:1].isupper():
            art = word[: len(head) + 1]
            word = bare
            s += len(art)
        wlow = word.lower()
        if joined and group and (wlow in titles_words or (len(word) == 1 and word.isupper())):
            last_end = e + (1 if text[e : e + 1] == "." else 0)
            continue
        if (
            len(word) < 2
            or not word[0].isupper()
            or not any(c.islower() for c in word)
            or wlow in not_names
            or not (word[1:2].islower() or _AYN_SECOND.match(word))
        ):
            flush()
            after_title = wlow in titles_words and word[:1].isupper() and not pm
            last_end = e if after_title else -10
            continue
        if not joined:
            flush()
        if not group:
            group_titled = joined and after_title
        after_title = False
        start = m.start()
        tline = any(a <= s <= b for a, b in title_spans)
        initial = not group and not group_titled and _is_initial(text, start)
        pctx = bool(_PLACE_PREP.search(text, max(0, start - 12), start))
        ayn = gap[1:] if (group or after_connector) and len(gap) == 2 and gap in _JOINING_GAPS and not art else ""
        after_connector = False
        group.append([word, s, e, art, initial, tline, pctx, ayn])
        last_end = m.end()
        if pm:
            flush()
            last_end = -10
    flush()
    return out


def _mentions(text: str) -> list[tuple]:
    return [tuple(m) for m in find_mentions(text)]


# pieces of names and of their surroundings, and characters each engine or table reads its own way
_MENTION_SOUP = [
    *_SOUP[:24],
    "'Ali",
    "‘Ali",
    "ʿAbd",
    "Sa'id",
    "A'ini",
    "Tabataba'i",
    "al-'Ubaydi",
    "aL-Sadr",
    "ash-Sharaa",
    "Ash‐Sharaa",
    "ad-hoc",
    "de",
    "De",
    "van",
    "von",
    "der",
    "Abu",
    "abu",
    "bIN",
    "Ibn",
    "da",
    "dos",
    "Mr",
    "Mr.",
    "Dr",
    "President",
    "Mrs",
    "J.",
    "BBC",
    "O'Neill",
    "Jean-Pierre",
    "Blair’s",
    "BLAIR'S",
    "in",
    "IN",
    "near",
    "acroſs",
    "from",
    "to",
    "and",
    "within",
    "outside",
    "The",
    "He",
    "“",
    "”",
    "'",
    "’",
    '"',
    "(",
    ")",
    "—",
    ":",
    "-",
    "‐",
    "ſ",
    "İ",
    "ı",
    "K",
    "\u0301",
    "ǅ",
    "Ⅷ",
    "Ⓐ",
    "José",
    "Müller",
    "Łukasz",
    "Erdoğan",
    "Nguyễn",
    "Ωmega",
    "Ⴀ",
    "中",
    "Пётр",
    "\U0001f600",
    "\u2003",
    "\xa0",
    "\x1c",
    "\t",
    "\n",
    "  ",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_MENTION_SOUP), st.sampled_from(["", " ", " ", "\n"])), max_size=40))
def test_find_mentions_equals_reference(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    assert _mentions(text) == _find_mentions_reference(text)
    assert _title_lines(text) == _title_lines_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAbdDeiIuUvlLsnS hH-‐'’ʿ.\néÉßµª\xa0“ſİıKǅ\u0301中"), max_size=40))
def test_candidate_scan_equals_regex_scan(text: str) -> None:
    """The standard-engine scans (two patterns, merged; Latin-1 and wider classes) find
    the ``regex`` pattern's words."""
    assert _candidate_spans(text) == [m.span() for m in _candidate_words().finditer(text)]


def test_find_mentions_equals_reference_on_articles(bbc_articles: list[str], extraction_gold_texts: list[str]) -> None:
    sample = bbc_articles[::9] + extraction_gold_texts[::4]
    assert sum(len(_mentions(t)) for t in sample) > 5000
    for text in sample:
        assert _mentions(text) == _find_mentions_reference(text)


def test_title_lines_words_split_as_str_split() -> None:
    """_title_lines reads a line's words with ``\\s``/``\\S`` of the standard engine: the
    characters ``str.split()`` splits at (``str.isspace``), every code point."""
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(r"\s", every) == [c for c in every if c.isspace()]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They flew in Basra.", True),
        ("They flew in  Basra.", True),  # two spaces: the pre-check does not decide
        ("They flew in\nBasra.", True),
        ("They went ACROSS Basra.", True),
        ("They went acroſs Basra.", True),  # ſ is an s ignoring case
        ("He drove around Basra.", True),
        ("He came from Basra.", True),
        ("He went to Basra.", True),
        ("He said Basra.", False),
        ("He and Basra.", False),  # ends in nd, as around does
        ("They flew within Basra.", False),  # in, but not a word of its own
        ("He went to: Basra.", False),
    ],
)
def test_place_context_pre_check(text: str, place: bool) -> None:
    (m,) = [m for m in find_mentions(text) if m.core == "Basra"]
    assert m.place_context is place
    assert _mentions(text) == _find_mentions_reference(text)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Blair Visits Basra Today", True),
        ("Blair Visits Basra (AFP) (PA) (1999)", True),  # words that start with no letter do not count
        ("Blair\u2003Visits\xa0Basra\x1cToday", True),  # every str.isspace character separates words
        ("Blair Visits Basra Ⅷxxx Ⅷxxx Ⅷxxx", True),  # Ⅷ is upper case but not a letter
        ("Blair visits basra today", False),
        ("Blair Visits Basra today said.", False),  # a sentence needs 80%
        ("Blair Visits Basra Tonight Now.", True),
        ("ǅemal Visits ǅakovo Region", False),  # ǅ is title case, not upper case
        ("Blair Vis Bas Today", False),  # words of three letters do not count: two of four
        ("Blair Visits", False),
    ],
)
def test_title_lines_table(line: str, title: bool) -> None:
    text = f"Intro line here.\n{line}\nEnd."
    expected = [(17, 17 + len(line))] if title else []
    assert _title_lines(text) == _title_lines_reference(text) == expected


@pytest.mark.parametrize(
    "text", ["", "mr blair and al-sadr said.", "ǅemal met blair", "123 — “ok”", "ı met İzmir’s mayor"]
)
def test_find_mentions_without_capitals(text: str) -> None:
    """find_mentions returns at once when ``str.islower()`` shows an ASCII text has no
    upper-case letter (and finds nothing in the others without one)."""
    assert _mentions(text) == _find_mentions_reference(text)


def test_printable_lines_have_no_white_space_but_the_space() -> None:
    """_title_lines splits a printable line at spaces only: every other ``str.isspace``
    character is not printable."""
    every = "".join(map(chr, range(0x110000)))
    assert [c for c in every if c.isspace() and c.isprintable()] == [" "]
