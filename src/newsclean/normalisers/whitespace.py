"""Whitespace: line endings, trailing spaces, space runs, tabs, blank lines, edges.

One combined pattern is scanned once; each alternative is a rule:

* ``whitespace.line_ending``: CRLF and lone CR become LF.
* ``whitespace.trailing``: spaces and tabs before a line end are removed.
* ``whitespace.leading``: indentation at the start of a line is removed
  (news text has no meaningful indentation).
* ``whitespace.space_run``: two or more spaces inside a line become one.
* ``whitespace.tab``: a tab (or a run mixing tabs and spaces) inside a line
  becomes one space.

  Not in a text table (:func:`table_lines`): two or more lines in a row whose
  runs of spaces line up in columns, or whose tabs separate as many cells;
  their runs, tabs and indentation are the table's layout and stay.
* ``whitespace.blank_lines``: three or more line breaks (blank lines may hold
  spaces) become one blank line.
* ``whitespace.edges``: blank lines at the start are removed; at the end at
  most one newline is kept, and only if the text ended with one.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = Whitespace()
>>> text = "\\n\\nA  line\\t here \\r\\n\\n\\n\\nNext\\n\\n"
>>> apply_edits(text, list(step.find_edits(Document(text))))
'A line here\\n\\nNext\\n'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document
from ..edits import Edit
from . import Step

_H = r"[ \t]"  # horizontal whitespace this step owns
_PATTERN = regex.compile(
    r"""
    (?P<head>\A[ \t\r\n]*[\r\n])                       # blank lines at the start
  | (?P<tail>(?:[ \t]*\r?\n|[ \t]*\r)[ \t\r\n]*\Z|[ \t]+\Z)  # at the end
  | (?P<blank>[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n)){2,}+)  # 3+ line breaks
  | (?P<trailing>[ \t]++(?=\r|\n))
  | (?P<crlf>\r\n?)
  | (?P<leading>(?<=[\r\n]|\A)[ \t]++)
  | (?P<run>(?<=\S)(?:\ {2,}+|[ \t]*\t[ \t]*)(?=\S))
    """,
    regex.VERBOSE,
)


_TRIGGERS = ("  ", "\t", "\r", " \n", "\n ", "\n\n\n")

#: a run of spaces or tabs between two cells of a line (as the ``run`` alternative)
_CELL_GAP = regex.compile(r"(?<=\S)(?:\ {2,}+|[ \t]*\t[ \t]*)(?=\S)")
#: a gap that is a typist's two spaces after a sentence, not a column ("said so.  The")
_CELL = regex.compile(r"\S*+")  # (a cell's first word: where a right-aligned column ends)
_LINES = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n)|[^\r\n]++\Z")
_SENTENCE_GAP = regex.compile(r"(?<=[.!?][\"'”’)]?)\ {2,3}(?=[\"'“‘(]?\p{Lu})")


def _columns(line: str) -> tuple[set[int], set[int], int]:
    """Where the cells after the gaps of ``line`` start and end (a left- or right-aligned
    column), and how many of its gaps hold a tab."""
    starts: set[int] = set()
    ends: set[int] = set()
    tabs = 0
    for m in _CELL_GAP.finditer(line):
        if "\t" in m.group():
            tabs += 1  # (a tab's column depends on the reader's tab stops)
            continue
        gap = _SENTENCE_GAP.match(line, m.start())
        if gap is not None and gap.end() == m.end():
            continue
        starts.add(m.end())
        ends.add(_CELL.match(line, m.end()).end())
    return starts, ends, tabs


def table_lines(text: str) -> set[int]:
    """The start offsets of the lines of ``text`` that make a text table: a line whose
    gaps (two or more spaces, or a tab, between two cells) line up with those of the line
    before or after it (a cell starting or ending at the same column), or whose tabs
    separate as many cells as the tabs of the line next to it.

    >>> sorted(table_lines("Seat      Winner\\nRedcar    Labour\\nThe  end."))
    [0, 17]
    >>> table_lines("The  president said\\nHe  added")
    set()
    """
    out: set[int] = set()
    pos = 0
    before: tuple[int, tuple[set[int], set[int], int] | None] = (0, None)
    for line in _LINES.findall(text):
        body = line.rstrip("\r\n")
        cols = _columns(body) if ("  " in body or "\t" in body) else None
        b = before[1]
        # (lines that follow each other: a line without gaps, or a blank one, ends a table)
        if (
            cols is not None
            and b is not None
            and ((cols[0] & b[0]) or (cols[1] & b[1]) or (cols[2] and cols[2] == b[2]))
        ):
            out.add(before[0])
            out.add(pos)
        before = (pos, cols)
        pos += len(line)
    return out


def _needs_scan(text: str) -> bool:
    """A cheap pre-check: clean text has none of the triggers (C-speed substring search)."""
    if not text:
        return False
    if text[0] in " \t\r\n" or text[-1] in " \t\r" or text.endswith("\n\n"):
        return True
    return any(t in text for t in _TRIGGERS)


class Whitespace(Step):
    name = "whitespace"

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if not _needs_scan(text):
            return
        tables: set[int] | None = None  # (the start of every table line, once a gap asks)
        for m in _PATTERN.finditer(text):
            kind = m.lastgroup
            s, e = m.span()
            if kind == "run" or kind == "leading":
                if tables is None:
                    tables = table_lines(text)
                if tables and _line_start(text, s) in tables:
                    continue  # a text table's layout
            if kind == "head":
                yield self.edit(s, e, "", "edges", "blank lines before the text")
            elif kind == "tail":
                keep = "\n" if ("\n" in m.group() or "\r" in m.group()) else ""
                if m.group() != keep:
                    yield self.edit(s, e, keep, "edges", "blank space after the text")
            elif kind == "blank":
                yield self.edit(s, e, "\n\n", "blank_lines", "more than one blank line")
            elif kind == "trailing":
                yield self.edit(s, e, "", "trailing", "spaces at the end of a line")
            elif kind == "crlf":
                yield self.edit(s, e, "\n", "line_ending", "CR or CRLF line ending")
            elif kind == "leading":
                yield self.edit(s, e, "", "leading", "indentation at the start of a line")
            elif kind == "run":
                rule = "tab" if "\t" in m.group() else "space_run"
                yield self.edit(s, e, " ", rule)


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
