"""The whitespace step: must-fix and must-not-change tables, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.normalisers.whitespace import Whitespace

WS = Pipeline.from_steps([Whitespace()])

MUST_FIX = [
    ("CRLF", "a\r\nb", "a\nb", "whitespace.line_ending"),
    ("lone CR", "a\rb", "a\nb", "whitespace.line_ending"),
    ("trailing spaces", "line one  \nline two", "line one\nline two", "whitespace.trailing"),
    ("trailing tab", "line\t\nnext", "line\nnext", "whitespace.trailing"),
    ("space run", "the  prime   minister", "the prime minister", "whitespace.space_run"),
    ("tab between words", "said\tthat", "said that", "whitespace.tab"),
    ("tab and spaces", "said \t that", "said that", "whitespace.tab"),
    ("three newlines", "one.\n\n\ntwo.", "one.\n\ntwo.", "whitespace.blank_lines"),
    ("blank lines with spaces", "one.\n  \n \n\ntwo.", "one.\n\ntwo.", "whitespace.blank_lines"),
    ("leading blank lines", "\n\n\nHeadline", "Headline", "whitespace.edges"),
    ("trailing blank lines", "Text.\n\n\n", "Text.\n", "whitespace.edges"),
    ("trailing spaces at the end", "Text.   ", "Text.", "whitespace.edges"),
    ("indentation", "   Indented paragraph.", "Indented paragraph.", "whitespace.leading"),
    # gaps on lines that follow each other but do not line up: not a table
    ("gaps out of line", "The  president said\nHe  added", "The president said\nHe added", "whitespace.space_run"),
    # a typist's two spaces after a sentence are no column, even where two line up
    (
        "sentence gaps in line",
        "It ended.  Then\nHe spoke.  Next",
        "It ended. Then\nHe spoke. Next",
        "whitespace.space_run",
    ),
    (
        "a table's gaps need a blank-free neighbour",
        "Seat      Winner\n\nRedcar    Labour",
        "Seat Winner\n\nRedcar Labour",
        "whitespace.space_run",
    ),
]

#: a text table (probe of native news text: an election result in a BBC-style story)
RESULT_TABLE = (
    "The full result:\n\n"
    "Candidate            Party              Votes     Share\n"
    "Jonathan Brash       Labour             15,438    37.9%\n"
    "Jill Mortimer        Conservative        6,223    15.3%\n"
    "Michael Mason        Independent           752     1.8%\n\n"
    "Majority: 1,129 (2.8%)\n"
)

MUST_NOT_CHANGE = [
    ("single spaces", "The minister said on Monday that talks would resume."),
    ("paragraphs", "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n"),
    ("single line break", "Line one\nLine two"),
    ("final newline", "Text.\n"),
    ("empty", ""),
    ("no-break space left to unicode step", "2\u00a0500 troops"),
    ("text table in spaces", RESULT_TABLE),
    ("right-aligned column", "Labour       752\nGreen      1,904"),
    ("tab-separated table", "Name\tParty\tVotes\nBrash\tLabour\t15,438\nMortimer\tConservative\t6,223"),
    ("indented table", "  Seat        Winner\n  Redcar      Labour"),
]


@pytest.mark.parametrize(("label", "text", "expected", "rule"), MUST_FIX, ids=[c[0] for c in MUST_FIX])
def test_must_fix(label: str, text: str, expected: str, rule: str) -> None:
    result = WS.explain(text)
    assert result.text == expected
    assert rule in {r for e in result.edits for r in e.rules}


@pytest.mark.parametrize(("label", "text"), MUST_NOT_CHANGE, ids=[c[0] for c in MUST_NOT_CHANGE])
def test_must_not_change(label: str, text: str) -> None:
    assert WS.clean(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\r\n\u00a0ab.,"), max_size=60))
def test_idempotent_and_only_whitespace_changes(text: str) -> None:
    once = WS.clean(text)
    assert WS.clean(once) == once
    assert [c for c in once if not c.isspace()] == [c for c in text if not c.isspace()]
    assert "\r" not in once
    assert "\n\n\n" not in once


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\r\n\u00a0\u2003ab."), max_size=40))
def test_precheck_never_hides_an_edit(text: str) -> None:
    from newsclean.normalisers.whitespace import _PATTERN, _needs_scan

    if not _needs_scan(text):
        assert list(_PATTERN.finditer(text)) == [] or all(
            m.lastgroup == "tail" and m.group() == "\n" for m in _PATTERN.finditer(text)
        )


def test_a_table_broken_by_a_later_edit_settles() -> None:
    """Two lines whose gaps line up are a table; a later step's edit inside one (a doubled
    word removed) breaks it, and the pipeline runs whitespace again (found by Hypothesis)."""
    import newsclean

    text = "222 million million million million  million\n2222 million mln thous. thousand on  million"
    once = newsclean.clean(text)
    assert newsclean.clean(once) == once
