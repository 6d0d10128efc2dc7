"""Whitespace: line endings, trailing spaces, space runs, tabs, blank lines, edges.

One combined pattern is scanned once; each alternative is a rule:

* ``whitespace.line_ending``: CRLF and lone CR become LF.
* ``whitespace.trailing``: spaces and tabs before a line end are removed.
* ``whitespace.leading``: indentation at the start of a line is removed
  (news text has no meaningful indentation).
* ``whitespace.space_run``: two or more spaces inside a line become one.
* ``whitespace.tab``: a tab (or a run mixing tabs and spaces) inside a line
  becomes one space.
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
        for m in _PATTERN.finditer(text):
            kind = m.lastgroup
            s, e = m.span()
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
