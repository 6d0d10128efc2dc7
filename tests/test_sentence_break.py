"""sentence_break: a missing full stop between a place and a person.

Off by default: measured on a test set built from the clean BBC articles
(one ". " removed between a sentence ending in a capitalised word and one
starting with a capitalised word and a lower-case word), its precision is far
under 0.95 (see test_precision_decides_the_default).
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.document import Document
from newsclean.normalisers.sentence_break import SentenceBreak
from newsclean.pipeline import REGISTRY

STEP = SentenceBreak(preset="aggressive")


def run(text: str) -> str:
    return STEP.apply(text)


CONTEXT = " Barack Obama sent troops to Baghdad in 2014."

MUST_FIX = [
    (
        "The collapse appeared to threaten Baghdad Obama withdrew US troops in 2011." + CONTEXT,
        "The collapse appeared to threaten Baghdad. Obama withdrew US troops in 2011." + CONTEXT,
    ),
    (
        "Rockets fell near Kabul Karzai said the attack failed. Hamid Karzai spoke. Troops went to Kabul.",
        "Rockets fell near Kabul. Karzai said the attack failed. Hamid Karzai spoke. Troops went to Kabul.",
    ),
]

MUST_NOT_CHANGE = [
    "The collapse appeared to threaten Baghdad. Obama withdrew US troops in 2011." + CONTEXT,
    "He met President Obama withdrew" + CONTEXT,
    # no evidence in the text that Baghdad is a place and Obama a surname
    "The collapse appeared to threaten Baghdad Obama withdrew US troops in 2011.",
    "the World Food Programme said on Monday that rains helped.",
    "Liverpool captain Steven Gerrard has reiterated his desire to stay.",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIX)
def test_must_fix(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    assert run(text) == text


def test_off_by_default_on_when_aggressive() -> None:
    spec = next(s for s in REGISTRY if s.name == "sentence_break")
    assert spec.safe is False and spec.aggressive is True
    text = "The collapse appeared to threaten Baghdad Obama withdrew US troops in 2011." + CONTEXT
    assert newsclean.clean(text) == text
    assert "Baghdad. Obama" in newsclean.clean(text, preset="aggressive")


_JOIN = regex.compile(r"(?<=\b\p{Lu}\p{Ll}+)\. (?=\p{Lu}\p{Ll}+ \p{Ll}+)")


def test_precision_decides_the_default(bbc_articles: list[str]) -> None:
    """Build the test set, measure precision; the step may be on by default only at >= 0.95."""
    right = wrong = 0
    for text in bbc_articles[:700]:
        wrong += sum(1 for _ in STEP.find_edits(Document(text)))  # any edit on clean text is wrong
        for m in list(_JOIN.finditer(text))[:3]:
            broken = text[: m.start()] + " " + text[m.end() :]
            for e in STEP.find_edits(Document(broken)):
                if e.start == m.start():
                    right += 1
                else:
                    wrong += 1
    precision = right / (right + wrong) if right + wrong else 0.0
    spec = next(s for s in REGISTRY if s.name == "sentence_break")
    assert (precision >= 0.95) or spec.safe is False, precision


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Baghdad ", "Obama ", "Barack ", "to ", "withdrew ", "said ", ". ", "x "]), max_size=30
    ).map("".join)
)
def test_idempotent(text: str) -> None:
    once = run(text)
    assert run(once) == once


def _occurrences_by_tokenising(text: str, name: str) -> list[tuple[str, str, str | None, str | None]]:
    """What _occurrences must find, from the full token list (_TOKEN.finditer)."""
    from newsclean.normalisers.sentence_break import _TOKEN

    toks = list(_TOKEN.finditer(text))
    out = []
    for i, t in enumerate(toks):
        token = t.group()
        if (token[:-2] if token.endswith(("'s", "’s")) else token) != name:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        gap = text[t.end() : nxt.start()] if nxt else text[t.end() :]
        prv = toks[i - 1].group() if i and text[toks[i - 1].end() : t.start()] == " " else None
        out.append((token, gap, nxt.group() if nxt else None, prv))
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Baghdad", "Baghdad's", "Baghdadi", "Ba", "in", "x", " ", " ", ". ", "'", "’s", "-", "é", "1", "\n"]
        ),
        max_size=25,
    ).map("".join),
    st.sampled_from(["Baghdad", "Ba", "Baghdad's"]),
)
def test_occurrences_agree_with_the_token_list(text: str, name: str) -> None:
    # the evidence is read from the candidates' names only, found with str.find (or,
    # for many names, one pass over the tokens): both must see the same tokens, gaps
    # and neighbours as the whole token list
    from newsclean.normalisers import sentence_break
    from newsclean.normalisers.sentence_break import _occurrences, _occurrences_of

    expected = _occurrences_by_tokenising(text, name)
    assert list(_occurrences(text, name)) == expected
    by_name = [(name, gap, nxt, prv) for _token, gap, nxt, prv in expected]
    assert list(_occurrences_of(text, {name})) == by_name
    saved = sentence_break._FIND_NAMES
    sentence_break._FIND_NAMES = 0  # the tokenising path
    try:
        assert list(_occurrences_of(text, {name})) == by_name
    finally:
        sentence_break._FIND_NAMES = saved


def test_evidence_lookup_on_long_tokens() -> None:
    """Long tokens and many names (time per MB: benchmarks/adversarial.py)."""
    from newsclean.normalisers.sentence_break import _occurrences, _occurrences_of

    long_token = "Baghdad" * 100_000  # 100,000 hits of str.find inside one token
    assert list(_occurrences(long_token + " Baghdad", "Baghdad")) == [("Baghdad", "", None, long_token)]
    assert list(_occurrences("'-" * 50_000 + "Baghdad" * 1_000, "Baghdad")) == []  # one long token
    assert len(list(_occurrences(("'-" * 50 + "Baghdad ") * 2_000, "Baghdad"))) == 2_000
    names = {f"Xq{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(600)}
    text = " ".join(f"in {n} said" for n in sorted(names)) * 20
    assert len(list(_occurrences_of(text, names))) == 20 * len(names)
