"""Invariants every :class:`newsclean.Cleaned` must satisfy (used by several test files)."""

from __future__ import annotations

import itertools

from hypothesis import strategies as st

from newsclean.edits import Cleaned, apply_edits


def text_from(pieces: list[str]) -> st.SearchStrategy[str]:
    """Arbitrary Unicode (surrogates included), or news-like text glued from ``pieces``."""
    return st.one_of(
        st.text(st.characters(blacklist_categories=()), max_size=60),
        st.lists(st.sampled_from(pieces), max_size=40).map("".join),
    )


def alnum(s: str) -> list[str]:
    """The letters and digits of ``s``, in order (what a punctuation-level rule must keep)."""
    return [c for c in s if c.isalnum()]


def check_invariants(result: Cleaned) -> None:
    """Edits sorted and non-overlapping, replay exact, offset map monotone and exact outside edits."""
    edits = result.edits
    for a, b in itertools.pairwise(edits):
        assert (a.start, a.end) <= (b.start, b.end), (a, b)
        assert a.end <= b.start, (a, b)
        assert not (a.start == a.end == b.start == b.end), (a, b)
    assert apply_edits(result.original, edits) == result.text
    previous = 0
    for offset in range(len(result.text) + 1):
        o = result.to_original(offset)
        assert 0 <= o <= len(result.original)
        assert o >= previous
        previous = o
    assert result.to_original(len(result.text)) == len(result.original)
    out = 0
    pos = 0
    for e in edits:
        for k in range(e.start - pos):
            assert result.text[out + k] == result.original[pos + k]
            assert result.to_original(out + k) == pos + k
        out += e.start - pos + len(e.replacement)
        # a written span maps back inside the original span it replaced
        s, t = result.to_original_span(out - len(e.replacement), out)
        assert e.start <= s <= t <= max(e.end, s)
        pos = e.end
    for k in range(len(result.original) - pos):
        assert result.to_original(out + k) == pos + k
