"""One regular-expression alternation for many literal entries, factored as a trie.

A plain alternation of hundreds of phrases (``a|ab|abc|...``) makes the engine try
every entry at every position; factoring the common leading pieces
(``a(?:b(?:c)?)?``) leaves a few branch tests per position.  Used by the chrome
step's pre-check (its phrase lexicon) and the titles step's candidate scan.
"""

from __future__ import annotations

__all__ = ["trie_alternation"]


def trie_alternation(entries: list[tuple[list[str], str]], *, final: bool = False) -> str:
    """One pattern for ``(units, tail)`` entries, each the concatenation of its units
    (pattern pieces, already escaped) and its tail: an alternation factored on the common
    leading units, so the engine tests a few branches per position instead of every
    entry.  It matches the same strings as the plain alternation of the entries; with
    ``final`` (for the end of a pattern) an entry with an empty tail matches whatever
    follows, so the longer entries under it are left out (a match is found at the same
    positions; it may end earlier).

    >>> trie_alternation([(["a", "b"], "x"), (["a", "c"], "x"), (["a"], "y")])
    'a(?:y|bx|cx)'
    >>> trie_alternation([(["a", "b"], ""), (["a", "c"], "x$"), (["a", "b", "d"], "")], final=True)
    'a(?:b|cx$)'
    >>> trie_alternation([(["a", "b"], ""), (["a", "c"], "x$"), (["a", "b", "d"], "")])
    'a(?:b(?:d)?|cx$)'
    """
    root: dict = {}
    for units, tail in entries:
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node.setdefault(None, set()).add(tail)

    def emit(node: dict) -> str:
        tails = node.get(None, set())
        if final and "" in tails:
            return ""
        alts = sorted(t for t in tails if t) + [
            unit + emit(node[unit]) for unit in sorted(k for k in node if k is not None)
        ]
        if "" in tails:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return emit(root)
