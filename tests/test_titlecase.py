"""titlecase: a Title Case leak in body text goes to sentence case, from the document's evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Document
from newsclean.edits import apply_edits, resolve_overlaps
from newsclean.normalisers.titlecase import TitleCase

STEP = TitleCase()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CONTEXT = (
    "\n\nThe prime minister said the country no longer needs combat troops to fight. Officials said the talks were long "
    "and that the plan would be ready by March. Islamic State fighters attacked the capital.\n"
)


def run(text: str) -> str:
    return STEP.apply(text)


MUST_FIX = [
    (
        "Headline\n\nIraqi Prime Minister Says His Country No Longer Needs American Combat Troops To Fight Islamic State groups, but talks go on."
        + CONTEXT,
        "Headline\n\nIraqi prime minister says his country no longer needs American combat troops to fight Islamic State groups, but talks go on."
        + CONTEXT,
    ),
    (
        "Headline\n\nThe Talks Were Long And The Plan Would Be Ready By March, officials said on the first day of the talks."
        + CONTEXT,
        "Headline\n\nThe talks were long and the plan would be ready by March, officials said on the first day of the talks."
        + CONTEXT,
    ),
]

MUST_NOT_CHANGE = [
    # the headline is Title Case by right
    "Iraqi Prime Minister Says His Country No Longer Needs Troops To Fight\n\nThe prime minister said the country needs troops to fight, officials said.\n",
    # a subhead line (no sentence ending)
    "Headline\n\nSome text here that is long enough to be a paragraph of text.\nUnderstand How Your Own Brain Works Against You\nIt may come as no surprise to learn that your brain works against you.\n",
    # quoted title
    'Headline\n\nShe starred in "The Return Of The King And The Rise Of The Queen", a film about the troops and the fight.' + CONTEXT,
    # a book title with only two closed-class words
    "Headline\n\nShake Hands With The Devil: The Journey of Romeo Dallaire is a book about the war and the troops." + CONTEXT,
    # SHOUTED subheads run into the text
    "Headline\n\nHOW IT ALL STARTED The first Academy Awards were handed out in 1929 to the film industry." + CONTEXT,
    # proper names only
    "Headline\n\nThe United Nations Security Council In New York met on Monday to discuss the troops." + CONTEXT,
    # an ordinary sentence
    "Headline\n\nThe prime minister said the country needs troops to fight." + CONTEXT,
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIX)
def test_must_fix(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    assert run(text) == text


def test_evidence_keeps_unseen_words_capitalised() -> None:
    """A word never seen in lower case elsewhere may be a name: it keeps its capital."""
    text = "Headline\n\nThe Minister Says His Zorblat Has No Plans To Leave, but talks go on." + CONTEXT
    out = run(text)
    # "Plans" and "Leave" are not seen in lower case in this text either: kept, on purpose
    assert "The minister says his Zorblat has no Plans to Leave" in out


def test_seed_leading_clause() -> None:
    text = (SEEDS / "iraq-troops.txt").read_text(encoding="utf-8")
    gold = (SEEDS / "iraq-troops.gold.txt").read_text(encoding="utf-8")
    out = run(text)
    line = next(ln for ln in out.splitlines() if ln.startswith("Iraqi "))
    assert line in gold.splitlines()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The ", "Prime ", "Minister ", "Says ", "His ", "To ", "No ", "the ", "troops ", "says ", ". ", "\n", "\n\n", "x "]),
        max_size=40,
    ).map("".join)
)
def test_idempotent(text: str) -> None:
    once = run(text)
    assert run(once) == once



def test_clean_articles_untouched(bbc_articles: list[str], extraction_gold_texts: list[str]) -> None:
    changed = [t for t in bbc_articles + extraction_gold_texts if run(t) != t]
    assert len(changed) <= 2


def test_names_with_inner_function_words_kept() -> None:
    """'Bank of England' seen elsewhere keeps 'Bank' and 'England' while 'Of' goes down."""
    text = (
        "Headline\n\nThe Bank Of England Has Raised Its Rates Again, and the bank said more may come."
        "\n\nA spokesman for the Bank of England said rates were raised again and has said so before.\n"
    )
    out = run(text).splitlines()[2]
    assert out.startswith("The Bank of England has raised its rates again, and")


def test_corpus_vocabulary_decides_unseen_words() -> None:
    text = "Headline\n\nThe Minister Says His Plans To Leave Are Firm, officials said on the first day." + CONTEXT
    assert "no Plans" not in run(text)  # no "no" here; unseen words keep their capital
    assert "his Plans to Leave" in run(text)
    step = TitleCase(common_words={"plans", "leave", "firm"})
    kept, _ = resolve_overlaps(step.find_edits(Document(text)), text)
    assert "The minister says his plans to leave are firm, officials" in apply_edits(text, kept)
    doc = Document(text, {"lowercase_words": frozenset({"plans", "leave", "firm"})})
    kept, _ = resolve_overlaps(STEP.find_edits(doc), text)
    assert "his plans to leave are firm" in apply_edits(text, kept)
