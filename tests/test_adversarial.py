"""Adversarial inputs: no super-linear blow-up (a generous bound, not a speed target).

Time per character at 10x the size must stay within 4x of the time at 1x
(linear is 1x, quadratic would be 10x); the absolute times are not asserted.
"""

from __future__ import annotations

import time

import pytest

import newsclean
from newsclean.pipeline import Pipeline

SIZE = 20_000

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

PIPE = Pipeline(preset="aggressive")


def _best(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        PIPE.clean(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", list(INPUTS))
def test_growth_is_near_linear(name: str) -> None:
    make = INPUTS[name]
    small, large = make(SIZE), make(10 * SIZE)
    t_small = max(_best(small, 3), 1e-4)  # below 0.1 ms the clock is noise
    t_large = _best(large, 2)
    per_char_ratio = (t_large / len(large)) / (t_small / len(small))
    assert per_char_ratio < 4 or t_large < 0.05, f"{name}: {t_small:.4f}s -> {t_large:.4f}s"


@pytest.mark.parametrize("name", list(INPUTS))
def test_adversarial_input_is_idempotent(name: str) -> None:
    text = INPUTS[name](2_000)
    once = newsclean.clean(text, preset="aggressive")
    assert newsclean.clean(once, preset="aggressive") == once
