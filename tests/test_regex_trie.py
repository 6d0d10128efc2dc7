"""regex_trie: the factored alternation matches what the plain alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.regex_trie import trie_alternation


def test_trie_matches_the_plain_alternation() -> None:
    words = ["read more", "read", "related", "re", "see also", "see", "share", "shares"]
    entries = [(list(map(re.escape, w)), tail) for w in words for tail in ("x$", "y")]
    trie = re.compile(f"(?:{trie_alternation(entries)})")
    plain = re.compile("(?:" + "|".join(re.escape(w) + t for w in words for t in ("x$", "y")) + ")")
    for w in words:
        for s in (w, w + "x", w + "y", w + "xz", w[:-1] + "y", w + " x", w + "yy"):
            assert (trie.match(s) is None) == (plain.match(s) is None), s


_WORDS = st.lists(st.text(alphabet="abc ", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.sampled_from(["", "x", r"\ "]), st.text(alphabet="abcx ", max_size=8))
def test_same_matches_as_the_plain_alternation(words: list[str], tail: str, text: str) -> None:
    """With non-final tails the trie and the plain alternation match at the same places
    (``fullmatch``: the same strings)."""
    entries = [(list(map(re.escape, w)), tail) for w in words]
    trie = re.compile(f"(?:{trie_alternation(entries)})")
    plain = re.compile("(?:" + "|".join(re.escape(w) + tail for w in words) + ")")
    assert (trie.fullmatch(text) is None) == (plain.fullmatch(text) is None)
