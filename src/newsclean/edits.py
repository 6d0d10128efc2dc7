"""Edits, their application, and the offset maps that tie output to input.

A step never returns a string: it returns :class:`Edit` objects that say which
span of the text it read is replaced by what, under which rule.  The pipeline
applies them to a :class:`Trace`, a list of *chunks* that tile both the
original input and the current text: each chunk is either copied verbatim
from the original or is replacement text standing for a span of it.  The
merged edits in original coordinates (:attr:`Cleaned.edits`) and the
output-to-input offset map are both read off those chunks, so the text, the
explanation and the map are one structure and cannot disagree.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["Cleaned", "Edit", "Trace", "apply_edits", "resolve_overlaps"]

RULE_SEPARATOR = "+"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``; ``rule`` names why.

    ``rule`` is a dotted name such as ``quotes.closing_space``.  An edit in
    :attr:`Cleaned.edits` may merge several rules: they are joined by ``+``
    and listed by :attr:`rules`.

    >>> e = Edit(2, 5, " ", "whitespace.space_run")
    >>> e.apply("ab   c")
    'ab c'
    >>> e.rules
    ('whitespace.space_run',)
    """

    start: int
    end: int
    replacement: str
    rule: str
    reason: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}:{self.end} for rule {self.rule!r}")
        if not self.rule:
            raise ValueError("an edit needs a rule name")

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(self.rule.split(RULE_SEPARATOR))

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]

    def to_dict(self, text: str | None = None) -> dict[str, object]:
        d: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "rule": self.rule,
        }
        if text is not None:
            d["original"] = text[self.start : self.end]
        if self.reason:
            d["reason"] = self.reason
        return d


def _overlaps(a: Edit, b: Edit) -> bool:
    """Whether two edits of one step compete for the same text.

    Two insertions at one point overlap; an insertion at the border of a
    replacement does not.
    """
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    return a.start < b.end and b.start < a.end


def _sort_key(e: Edit) -> tuple[int, int, str, str]:
    return (e.start, -(e.end - e.start), e.rule, e.replacement)


def resolve_overlaps(edits: Iterable[Edit], text: str) -> tuple[list[Edit], list[Edit]]:
    """Sort a step's edits and drop those that overlap an earlier kept one.

    The order is by start, then the longer span first, then rule name and
    replacement, so the outcome never depends on the order a step yielded
    its edits.  Edits that change nothing are left out.  Returns
    ``(kept, dropped)``; callers count the dropped ones.

    >>> kept, dropped = resolve_overlaps([Edit(1, 2, "x", "b"), Edit(0, 3, "", "a")], "abc")
    >>> [e.rule for e in kept], [e.rule for e in dropped]
    (['a'], ['b'])
    """
    n = len(text)
    kept: list[Edit] = []
    dropped: list[Edit] = []
    last_end = -1
    for edit in sorted(edits, key=_sort_key):
        if edit.end > n:
            raise ValueError(f"edit {edit} runs past the end of a text of length {n}")
        if text[edit.start : edit.end] == edit.replacement:
            continue
        if kept and (edit.start < last_end or _overlaps(kept[-1], edit)):
            dropped.append(edit)
            continue
        kept.append(edit)
        last_end = max(last_end, edit.end)
    kept.sort(key=lambda e: (e.start, e.end))
    return kept, dropped


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``.

    >>> apply_edits("a  b ,c", [Edit(1, 3, " ", "ws"), Edit(4, 5, "", "p")])
    'a b,c'
    """
    parts: list[str] = []
    pos = 0
    for edit in edits:
        if edit.start < pos:
            raise ValueError(f"edits overlap or are unsorted at {edit}")
        parts.append(text[pos : edit.start])
        parts.append(edit.replacement)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


@dataclass(slots=True)
class _Chunk:
    """A piece of the current text standing for ``original[orig_start:orig_end]``.

    With no rules it is a verbatim copy of that span; otherwise it is text
    written by the listed rules.
    """

    orig_start: int
    orig_end: int
    text: str
    rules: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


class Trace:
    """The current text as chunks over the original, updated step by step.

    Chunks tile the original in order: each one's ``orig_end`` is the next
    one's ``orig_start``.  Two chunks never both stand for an empty span at
    the same point, so the merged edits replay unambiguously.
    """

    __slots__ = ("chunks", "original")

    def __init__(self, original: str) -> None:
        self.original = original
        self.chunks: list[_Chunk] = [_Chunk(0, len(original), original)] if original else []

    def text(self) -> str:
        return "".join(c.text for c in self.chunks)

    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply sorted, non-overlapping edits given in current-text coordinates.

        An edit merges with the written chunks it overlaps, with written
        chunks it touches when it is an insertion, and with deletions (written
        chunks with no text) at its borders; the merged chunk keeps every
        rule name.  Everything else stays a separate edit.
        """
        if not edits:
            return
        original = self.original
        out: list[_Chunk] = []
        # The stack holds (chunk, old_start, offset): chunk.text[offset:] is the
        # part still at old (pre-step) coordinates old_start onwards.
        stack: list[tuple[_Chunk, int, int]] = []
        pos = 0
        starts: list[tuple[_Chunk, int, int]] = []
        for c in self.chunks:
            starts.append((c, pos, 0))
            pos += len(c.text)
        stack = starts[::-1]
        last_orig_end = 0

        def emit(c: _Chunk) -> None:
            nonlocal last_orig_end
            out.append(c)
            last_orig_end = c.orig_end

        for edit in edits:
            s, e = edit.start, edit.end
            # 1. emit what lies wholly before the edit and does not touch it
            while stack:
                c, cs, off = stack[-1]
                ce = cs + len(c.text) - off
                if ce > s or _touches(c, cs, ce, s, e):
                    break
                stack.pop()
                emit(c)
            # 2. gather what the edit touches
            head = tail = ""
            o_start = o_end = -1
            rules: list[str] = []
            reasons: list[str] = []
            while stack:
                c, cs, off = stack[-1]
                ce = cs + len(c.text) - off
                if not _touches(c, cs, ce, s, e):
                    break
                stack.pop()
                if c.rules:
                    if off or cs < s:
                        head += c.text[: off + max(s - cs, 0)]
                    if ce > e:
                        tail = c.text[off + e - cs :]
                    cut_start, cut_end = c.orig_start, c.orig_end
                    rules.extend(r for r in c.rules if r not in rules)
                    reasons.extend(r for r in c.reasons if r not in reasons)
                else:
                    # verbatim: text index i stands for original orig_start + i
                    i_s = off + max(s - cs, 0)
                    i_e = off + min(e, ce) - cs
                    if i_s > 0:
                        emit(_Chunk(c.orig_start, c.orig_start + i_s, c.text[:i_s]))
                    cut_start, cut_end = c.orig_start + i_s, c.orig_start + i_e
                    if i_e < len(c.text):
                        rest = _Chunk(cut_end, c.orig_end, c.text[i_e:])
                        stack.append((rest, e, 0))
                        if o_start < 0:
                            o_start = cut_start
                        o_end = cut_end
                        break
                if o_start < 0:
                    o_start = cut_start
                o_end = cut_end
            if o_start < 0:
                o_start = o_end = last_orig_end
            if edit.rule not in rules:
                rules.append(edit.rule)
            if edit.reason and edit.reason not in reasons:
                reasons.append(edit.reason)
            new_text = head + edit.replacement + tail
            if new_text == original[o_start:o_end]:
                group = _Chunk(o_start, o_end, new_text)
            else:
                group = _Chunk(o_start, o_end, new_text, tuple(rules), tuple(reasons))
            # keep the group open: a later edit of this step may touch its tail
            stack.append((group, e, len(new_text) - len(tail)))
        while stack:
            emit(stack.pop()[0])
        self.chunks = _coalesce(out)


def _touches(c: _Chunk, cs: int, ce: int, s: int, e: int) -> bool:
    if cs < e and ce > s:
        return True
    if not c.rules:
        return False
    if s == e and cs <= s <= ce:
        return True  # an insertion beside written text joins it
    return not c.text and s <= cs <= e  # a deletion at the border joins the edit


def _coalesce(chunks: list[_Chunk]) -> list[_Chunk]:
    """Join neighbouring verbatim chunks and drop empty ones."""
    out: list[_Chunk] = []
    for c in chunks:
        if not c.text and (not c.rules or c.orig_start == c.orig_end):
            continue
        if out and not c.rules and not out[-1].rules:
            last = out[-1]
            out[-1] = _Chunk(last.orig_start, c.orig_end, last.text + c.text)
        else:
            out.append(c)
    return out


class Cleaned:
    """The result of :func:`newsclean.explain`.

    ``text`` is the cleaned text, ``original`` the input.  ``edits`` are in
    original coordinates, sorted and non-overlapping, and replaying them on
    ``original`` gives ``text``.  ``step_edits`` maps each step that ran to
    the edits it made in the text it read; ``dropped`` to the edits it lost
    to an overlap.
    """

    __slots__ = ("_chunks", "_edits", "_out_starts", "dropped", "original", "step_edits", "text")

    def __init__(
        self,
        original: str,
        trace: Trace,
        step_edits: dict[str, list[Edit]],
        dropped: dict[str, list[Edit]],
    ) -> None:
        self.original = original
        self._chunks = trace.chunks
        self.text = trace.text()
        self.step_edits = step_edits
        self.dropped = dropped
        starts = []
        pos = 0
        for c in self._chunks:
            starts.append(pos)
            pos += len(c.text)
        self._out_starts = starts
        self._edits: list[Edit] | None = None

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Cleaned({len(self.edits)} edits, {len(self.original)} -> {len(self.text)} chars)"

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def edits(self) -> list[Edit]:
        if self._edits is None:
            self._edits = [
                Edit(c.orig_start, c.orig_end, c.text, RULE_SEPARATOR.join(c.rules), "; ".join(c.reasons) or None)
                for c in self._chunks
                if c.rules
            ]
        return self._edits

    def rule_counts(self) -> dict[str, int]:
        """How many edits each rule made, over all steps."""
        counts: dict[str, int] = {}
        for edits in self.step_edits.values():
            for e in edits:
                counts[e.rule] = counts.get(e.rule, 0) + 1
        return counts

    def to_original(self, offset: int) -> int:
        """Map an offset in ``text`` to the matching offset in ``original``.

        An offset inside written text maps to the start of the span it
        replaced; the end of ``text`` maps to the end of ``original``.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside 0..{len(self.text)}")
        k = bisect.bisect_right(self._out_starts, offset) - 1
        if k < 0:
            return 0
        c = self._chunks[k]
        delta = offset - self._out_starts[k]
        if delta >= len(c.text):  # the end of the text
            return c.orig_end
        if c.rules:
            return c.orig_start
        return c.orig_start + delta

    def to_original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the smallest span of ``original`` it came from."""
        if start > end:
            raise ValueError(f"bad span {start}:{end}")
        o_start = self.to_original(start)
        if end == start:
            return o_start, o_start
        # the end maps from the last character inside the span
        k = bisect.bisect_right(self._out_starts, end - 1) - 1
        c = self._chunks[k]
        if c.rules:
            o_end = c.orig_end
        else:
            o_end = c.orig_start + end - self._out_starts[k]
        return o_start, max(o_start, o_end)

    def diff(self, *, color: bool = False, context: int = 0) -> str:
        """A line diff of original and cleaned text, for people."""
        a = self.original.splitlines(keepends=False)
        b = self.text.splitlines(keepends=False)
        lines = difflib.unified_diff(a, b, "original", "cleaned", n=context, lineterm="")
        if not color:
            return "\n".join(lines)
        colored = []
        for line in lines:
            if line.startswith("+") and not line.startswith("+++"):
                line = f"\x1b[32m{line}\x1b[0m"
            elif line.startswith("-") and not line.startswith("---"):
                line = f"\x1b[31m{line}\x1b[0m"
            elif line.startswith("@@"):
                line = f"\x1b[36m{line}\x1b[0m"
            colored.append(line)
        return "\n".join(colored)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "edits": [e.to_dict(self.original) for e in self.edits],
            "steps": {name: len(edits) for name, edits in self.step_edits.items()},
            "dropped": {name: len(edits) for name, edits in self.dropped.items() if edits},
        }
