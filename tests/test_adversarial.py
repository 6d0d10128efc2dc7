"""Adversarial inputs: the aggressive pipeline is idempotent on them.

Their time per MB at 1x and 10x the size (super-linear growth) is measured in
``benchmarks/adversarial.py``, not here: timings in unit tests are noise on a
shared machine.
"""

from __future__ import annotations

import pytest

import newsclean

INPUTS = {
    "quotes": lambda n: '"' * n,
    "spaces": lambda n: " " * n,
    "capitalised words": lambda n: "Word " * (n // 5),
    "digits": lambda n: "1" * n,
    "digit groups": lambda n: "1,234 " * (n // 6),
    "punctuation": lambda n: ".,;:!?" * (n // 6),
    "apostrophes": lambda n: "a ' " * (n // 4),
    "mixed soup": lambda n: ("Al-Qadimi, \u201dsaid 2 500 . . . October. 10 -- the the \u00a0" * (n // 50 + 1))[:n],
}


@pytest.mark.parametrize("name", list(INPUTS))
def test_adversarial_input_is_idempotent(name: str) -> None:
    text = INPUTS[name](2_000)
    once = newsclean.clean(text, preset="aggressive")
    assert newsclean.clean(once, preset="aggressive") == once
