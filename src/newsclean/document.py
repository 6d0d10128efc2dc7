"""The text a step reads, with cheap structure several steps need.

A :class:`Document` is built once per step from the current text.  Its line
and paragraph spans are computed lazily, on first use, so a step that only
scans the raw text pays nothing for them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import regex

__all__ = ["Document", "Span"]

_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*")
_ASCII_RUNS = re.compile("[\x00-\x7f]+")
_TERMINAL = frozenset(".!?…:;\"'”’)]")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open span ``[start, end)`` of the document text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class Document:
    """Text plus line spans, paragraph spans and the headline.

    >>> doc = Document("Title here\\n\\nFirst line.\\nSecond line.")
    >>> [s.of(doc.text) for s in doc.lines]
    ['Title here', '', 'First line.', 'Second line.']
    >>> [s.of(doc.text) for s in doc.paragraphs]
    ['Title here', 'First line.\\nSecond line.']
    >>> doc.headline.of(doc.text)
    'Title here'
    """

    __slots__ = ("__dict__", "context", "text")

    def __init__(self, text: str, context: dict[str, object] | None = None) -> None:
        self.text = text
        #: Shared, read-only facts from earlier steps or the caller (e.g. a batch name index).
        self.context: dict[str, object] = context if context is not None else {}

    def __len__(self) -> int:
        return len(self.text)

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """Every line, without its newline; blank lines included."""
        spans = []
        start = 0
        text = self.text
        while True:
            nl = text.find("\n", start)
            if nl < 0:
                spans.append(Span(start, len(text)))
                break
            spans.append(Span(start, nl))
            start = nl + 1
        return tuple(spans)

    @cached_property
    def non_ascii(self) -> frozenset[str]:
        """The set of the text's non-ASCII characters (empty for ASCII text).

        Steps test trigger characters against it instead of scanning the text
        again: a set test costs nothing next to a scan of every character.

        >>> sorted(Document("café – ok").non_ascii)
        ['é', '–']
        """
        text = self.text
        if text.isascii():
            return frozenset()
        return frozenset(_ASCII_RUNS.sub("", text))

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Blocks of non-blank lines, stripped of surrounding whitespace."""
        spans = []
        text = self.text
        pos = 0
        for m in _PARAGRAPH_BREAK.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        out = []
        for s, e in spans:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Span(s, e))
        return tuple(out)

    @cached_property
    def headline(self) -> Span | None:
        """The first paragraph when it looks like a headline.

        A headline is one line of at most 30 words that does not end like a
        sentence.  ``None`` when the text does not start with one.
        """
        for para in self.paragraphs:
            line = para.of(self.text)
            if "\n" in line or len(line.split()) > 30:
                return None
            if line[-1] in _TERMINAL and not line.endswith("?"):
                return None
            return para
        return None

    def lines_matching(self, patterns: Iterable[re.Pattern[str] | regex.Pattern[str]]) -> list[Span]:
        """The lines holding a match of any of ``patterns``, in order, each once.

        Each pattern is searched from the end of the last line it hit, so a line
        costs one match per pattern however many it holds.

        >>> import re
        >>> doc = Document("a1\\nbb\\nc2 3")
        >>> [s.of(doc.text) for s in doc.lines_matching([re.compile("[0-9]")])]
        ['a1', 'c2 3']
        """
        text = self.text
        starts: set[int] = set()
        for pattern in patterns:
            pos = 0
            while (m := pattern.search(text, pos)) is not None:
                line = self.line_at(m.start())
                starts.add(line.start)
                pos = line.end + 1
        return [self.line_at(start) for start in sorted(starts)]

    def line_at(self, offset: int) -> Span:
        """The line holding ``offset``."""
        starts = self._line_starts
        k = bisect.bisect_right(starts, offset) - 1
        return self.lines[max(k, 0)]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [s.start for s in self.lines]
