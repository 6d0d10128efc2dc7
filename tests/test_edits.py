"""The edit machinery: overlap resolution, the trace, offset maps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.edits import Cleaned, Edit, Trace, apply_edits, resolve_overlaps

from invariants import check_invariants


def run_steps(text: str, steps: list[list[Edit]]) -> Cleaned:
    trace = Trace(text)
    current = text
    per_step: dict[str, list[Edit]] = {}
    for k, edits in enumerate(steps):
        kept, _ = resolve_overlaps(edits, current)
        per_step[f"s{k}"] = kept
        trace.apply(kept)
        current = apply_edits(current, kept)
        assert trace.text() == current
    return Cleaned(text, trace, per_step, {})


def test_single_step_maps_offsets() -> None:
    r = run_steps("ab   cd", [[Edit(2, 5, " ", "ws.run")]])
    assert r.text == "ab cd"
    assert r.edits == [Edit(2, 5, " ", "ws.run")]
    assert r.to_original(3) == 5
    assert r.to_original(2) == 2
    assert r.to_original_span(0, 5) == (0, 7)
    assert r.to_original_span(3, 5) == (5, 7)
    check_invariants(r)


def test_later_edit_on_written_text_merges_rules() -> None:
    # step 1 writes a quote, step 2 moves the space after it
    r = run_steps("x ''y", [[Edit(2, 4, "\u201d", "quotes.straighten")], [Edit(1, 3, "\u201d ", "quotes.space")]])
    assert r.text == "x\u201d y"
    assert len(r.edits) == 1
    assert r.edits[0].rules == ("quotes.straighten", "quotes.space")
    assert (r.edits[0].start, r.edits[0].end) == (1, 4)
    check_invariants(r)


def test_insertion_beside_written_text_joins_it() -> None:
    r = run_steps("a.b", [[Edit(1, 2, "!", "p.one")], [Edit(2, 2, " ", "p.space")]])
    assert r.text == "a! b"
    assert [(e.start, e.end, e.replacement) for e in r.edits] == [(1, 2, "! ")]
    check_invariants(r)


def test_edit_undone_by_later_step_leaves_no_edit() -> None:
    r = run_steps("abc", [[Edit(1, 2, "X", "a.up")], [Edit(1, 2, "b", "b.down")]])
    assert r.text == "abc"
    assert r.edits == []
    check_invariants(r)


def test_two_edits_of_one_step_inside_one_written_chunk() -> None:
    r = run_steps("0123456789", [[Edit(2, 8, "abcdef", "s.one")], [Edit(3, 4, "X", "t.a"), Edit(6, 7, "Y", "t.b")]])
    assert r.text == "01aXcdYf89"
    assert len(r.edits) == 1
    check_invariants(r)


def test_overlaps_are_dropped_deterministically() -> None:
    edits = [Edit(0, 2, "x", "b.short"), Edit(0, 4, "y", "a.long"), Edit(3, 5, "z", "c.late")]
    kept, dropped = resolve_overlaps(edits, "abcdef")
    assert kept == [Edit(0, 4, "y", "a.long")]
    assert sorted(e.rule for e in dropped) == ["b.short", "c.late"]
    kept2, _ = resolve_overlaps(list(reversed(edits)), "abcdef")
    assert kept2 == kept


def test_two_insertions_at_one_point_overlap() -> None:
    kept, dropped = resolve_overlaps([Edit(1, 1, "x", "a"), Edit(1, 1, "y", "b")], "ab")
    assert len(kept) == 1 and len(dropped) == 1


def test_edit_past_the_end_is_an_error() -> None:
    with pytest.raises(ValueError):
        resolve_overlaps([Edit(0, 9, "", "a")], "abc")


def test_bad_span_is_an_error() -> None:
    with pytest.raises(ValueError):
        Edit(3, 2, "", "a")


@st.composite
def text_and_steps(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    text = draw(st.text(alphabet="ab ,.\n\u201d", max_size=30))
    n_steps = draw(st.integers(1, 4))
    raw_steps = []
    length = len(text)
    for _ in range(n_steps):
        raw = []
        for _ in range(draw(st.integers(0, 5))):
            s = draw(st.integers(0, length))
            e = draw(st.integers(s, min(length, s + 4)))
            rep = draw(st.text(alphabet="xyz ", max_size=3))
            raw.append((s, e, rep))
        kept, _ = resolve_overlaps([Edit(s, e, r, "r") for s, e, r in raw], "?" * length)
        length += sum(len(k.replacement) - (k.end - k.start) for k in kept)
        raw_steps.append(raw)
    return text, raw_steps


@settings(max_examples=400, deadline=None)
@given(text_and_steps())
def test_trace_matches_string_application(case: tuple[str, list[list[tuple[int, int, str]]]]) -> None:
    text, raw_steps = case
    steps = [[Edit(s, e, r, f"step{k}.rule{j}") for j, (s, e, r) in enumerate(raw)] for k, raw in enumerate(raw_steps)]
    # resolve against the real current text (lengths were planned on placeholders)
    current = text
    trace = Trace(text)
    for edits in steps:
        kept, _ = resolve_overlaps([e for e in edits if e.end <= len(current)], current)
        trace.apply(kept)
        current = apply_edits(current, kept)
        assert trace.text() == current
    result = Cleaned(text, trace, {}, {})
    assert result.text == current
    check_invariants(result)
