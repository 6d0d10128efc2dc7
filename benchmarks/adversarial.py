"""Adversarial inputs: time per MB at 1x and 10x sizes, for every step and the pipeline.

Super-linear behaviour (catastrophic backtracking, quadratic loops) shows as a
10x/1x ratio of time per MB well above 1.

    python benchmarks/adversarial.py [--size 100000]
    python benchmarks/adversarial.py --inputs "digit runs,one long token" --steps numbers,names
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402
from newsclean.pipeline import REGISTRY, Pipeline  # noqa: E402

# name -> function(size) building an adversarial text of about that many characters
INPUTS: dict[str, Callable[[int], str]] = {
    "quotes": lambda n: '"' * n,
    "curly quotes": lambda n: "\u201c\u201d " * (n // 3),
    "spaces": lambda n: " " * n,
    "newlines": lambda n: "\n" * n,
    "capitalised words": lambda n: "Word " * (n // 5),
    "digits": lambda n: "1" * n,
    "digit groups": lambda n: "1,234 " * (n // 6),
    "punctuation": lambda n: ".,;:!?" * (n // 6),
    "dots": lambda n: "." * n,
    "hyphens": lambda n: "- " * (n // 2),
    "apostrophes": lambda n: "a ' " * (n // 4),
    "one long line of words": lambda n: "the president said " * (n // 19),
    # long letter and digit runs before a number (the numbers step's site scan)
    "letters then a number": lambda n: "a" * n + " about 2 500 people",
    "a1. runs": lambda n: "a1." * (n // 3) + " 2 500 people",
    "digit runs": lambda n: " ".join(["123"] * (n // 4)) + " people",
    "comma-joined digits": lambda n: ",".join(["1"] * (n // 2)) + " million",
    "digits thous. and": lambda n: "1" * n + " thous. and " + "1" * (n // 4) + "\u00a0000 people",
    # one long token that holds a name many times (name and sentence-break evidence lookups)
    "one long token": lambda n: "Baghdad" * (n // 7) + " Baghdad",
    "apostrophe-hyphen token": lambda n: "'-" * (n // 2) + " Baghdad",
    "many names": lambda n: " ".join(f"in Xq{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} said" for i in range(n // 12)),
    # distinct capitalised words with a lower-case syllable after a hyphen (names.joining's
    # pre-check searched the text once per hyphen: quadratic before 2026-11-29)
    "hyphenated names": lambda n: " ".join(f"Q{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}-un" for i in range(n // 7)),
    "mixed soup": lambda n: ("Al-Qadimi, ”said 2 500 . . . October. 10 -- the the \u00a0" * (n // 50 + 1))[:n],
}


def seconds(func: Callable[[str], str], text: str) -> float:
    t0 = time.perf_counter()
    func(text)
    return time.perf_counter() - t0


def growth(func: Callable[[str], str], make: Callable[[int], str], size: int) -> tuple[float, float]:
    """Time per MB at 1x and 10x ``size``."""
    small, large = make(size), make(10 * size)
    t1 = min(seconds(func, small) for _ in range(2))
    t10 = seconds(func, large)
    return t1 / (len(small) / 1e6), t10 / (len(large) / 1e6)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--inputs", help="comma-separated input names (default: all)")
    ap.add_argument("--steps", help="comma-separated steps to time alone (default: all)")
    args = ap.parse_args()
    inputs = INPUTS
    if args.inputs:
        inputs = {name: INPUTS[name] for name in args.inputs.split(",")}
    pipelines = {"pipeline (aggressive)": Pipeline(preset="aggressive").clean}
    for spec in REGISTRY:
        if args.steps and spec.name not in args.steps.split(","):
            continue
        opts = {s.name: s.name == spec.name for s in REGISTRY}
        pipelines[spec.name] = Pipeline(preset="aggressive", **opts).clean
    print(f"newsclean {newsclean.__version__}; sizes {args.size} and {10 * args.size} characters")
    print(f"{'input':24s} {'contender':24s} {'s/MB 1x':>9s} {'s/MB 10x':>9s} {'ratio':>6s}")
    for name, make in inputs.items():
        for label, func in pipelines.items():
            a, b = growth(func, make, args.size)
            flag = "  <-- super-linear?" if b > 3 * a and b > 0.5 else ""
            print(f"{name:24s} {label:24s} {a:9.3f} {b:9.3f} {b / a if a else 0:6.2f}{flag}")


if __name__ == "__main__":
    main()
