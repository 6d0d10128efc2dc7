"""Golden cases: every ``tests/cases/*.json`` file is a list of cases.

A case is ``{"label", "original", "cleaned", "expect": "pass"|"xfail",
"options": {...}}``; ``options`` are passed to :func:`newsclean.clean` (the
default pipeline when absent).  ``xfail`` cases are known failures, run as
strict xfail: fixing one makes the suite say so.  Must-not-change cases have
``cleaned == original``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = []
            if case.get("expect", "pass") == "xfail":
                marks.append(pytest.mark.xfail(strict=True, reason=case.get("reason", "known failure")))
            params.append(pytest.param(case, id=f"{path.stem}:{case['label']}", marks=marks))
    return params


@pytest.mark.parametrize("case", _load())
def test_golden_case(case: dict) -> None:
    options = case.get("options", {})
    result = newsclean.explain(case["original"], **options)
    assert result.text == case["cleaned"], result.edits
    # idempotent, and the explanation replays
    assert newsclean.clean(result.text, **options) == result.text
    assert newsclean.apply_edits(case["original"], result.edits) == result.text
