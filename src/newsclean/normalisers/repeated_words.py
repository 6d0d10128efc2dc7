"""Repeated words: ``the the`` becomes ``the``.

A word written twice in a row, separated by one space, is a typing or
machine-translation slip unless the doubling is legitimate English.  The
legitimate doubles are data (``data/repeated_words/keep.tsv``: ``had had``,
``that that``, particles such as ``came in in March`` ...).

Rules:

* ``repeated_words.double``: two identical lower-case words (or a
  capitalised word followed by its lower-case copy at a sentence start,
  ``The the``) separated by one space; the second copy is removed.
  Capitalised doubles (``Bora Bora``, ``Baden Baden``, ``Duran Duran``)
  and numbers are never touched.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = RepeatedWords()
>>> t = "He said the the plan had had support."
>>> apply_edits(t, list(step.find_edits(Document(t))))
'He said the plan had had support.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..datafiles import load_tsv
from ..document import Document
from ..edits import Edit
from . import Step

# a word (letters, inner apostrophe), one space, the same word; the second copy lower case
_DOUBLE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?P<w>\p{L}++(?:['’]\p{L}++)?)(?P<gap>\ )(?P<w2>(?i:(?P=w)))(?![\p{L}\p{N}'’\-])"
)


# A superset of _DOUBLE's matches for the standard-library engine (much faster on
# backreferences): every text _DOUBLE matches has a match of this.
# It runs on the lower-cased text with "_" made a space (so a word boundary ``\b`` is
# where _DOUBLE's lookarounds are), case-sensitively: faster than a lookbehind and
# IGNORECASE at every position.
_PRECHECK = re.compile(r"\b([\w'’]+) \1\b")
# the same on ASCII text, where ASCII classes are the Unicode ones: about twice as fast
# (and possessive: only a whole run of word characters can be followed by the space)
_PRECHECK_ASCII = re.compile(r"\b([\w'’]++) \1\b", re.ASCII)


def _precheck(text: str) -> bool:
    """False when ``text`` cannot hold a double (``_DOUBLE`` finds nothing).

    >>> _precheck("The the plan"), _precheck("the theme")
    (True, False)
    """
    low = text.lower().replace("_", " ")
    return (_PRECHECK_ASCII if low.isascii() else _PRECHECK).search(low) is not None


def _keep() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in load_tsv("repeated_words/keep.tsv", required=("word",)))


class RepeatedWords(Step):
    """Remove an accidentally doubled word.

    >>> RepeatedWords().name
    'repeated_words'
    """

    name = "repeated_words"

    def __init__(self, *, preset: str = "safe") -> None:
        super().__init__(preset=preset)
        self._keep = _keep()

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if not _precheck(text):
            return  # the C engine rules out most texts fast; the full pattern then decides
        last_end = -1
        # overlapped: a pair that is skipped ("The the" mid-sentence) must not hide the
        # pair that starts inside it ("The the the": its last two words)
        for m in _DOUBLE.finditer(text, overlapped=True):
            if m.start() < last_end:
                continue
            w, w2 = m.group("w"), m.group("w2")
            if w.lower() != w2 or w2 in self._keep:
                continue
            if w != w2:
                # "The the": only a capitalised first copy at a sentence start
                if not (w[0].isupper() and w[1:] == w2[1:] and _sentence_start(text, m.start())):
                    continue
            end = m.end("w2")
            # a run of three or more copies goes in one edit
            while text.startswith(" " + w2, end) and not _WORDCHAR.match(text, end + 1 + len(w2)):
                end += 1 + len(w2)
            last_end = end
            yield self.edit(m.start("gap"), end, "", "double", f"doubled word {w2!r}")


_WORDCHAR = regex.compile(r"[\p{L}\p{N}\-]")
_PREV = regex.compile(r"(?:\A|[.!?…:;\"“”'‘’)\]]\s*+|\n\s*+)\Z")


def _sentence_start(text: str, pos: int) -> bool:
    head = text[max(0, pos - 4) : pos]
    return pos == 0 or bool(_PREV.search(head)) or head.endswith("\n")
