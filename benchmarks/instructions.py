"""Instruction counts of the pipeline, for comparisons that timings on a shared machine
cannot settle (CPU seconds move by 20% between runs of the same code).

Run it under callgrind three times and subtract: the start-up run (import, build every
step, clean one short text) from a run that also cleans the first 400 BBC articles with
the default pipeline (``all``) or with the names step alone (``names``):

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/instructions.py
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/instructions.py all
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/instructions.py names

(``--precompile`` compiles every phrasebook row during the start-up, so the counted run
holds no first-use compiles.)  The "Collected" line of each run is its instruction count.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))

import newsclean  # noqa: E402
from newsclean.pipeline import Pipeline  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = DATA / "articles" / "bbc_news_2004_2005.jsonl"
    if not path.exists():
        print(f"no articles under {DATA}: nothing to count")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:400]]
    texts = [r["title"] + "\n\n" + "\n\n".join(r["paragraphs"]) for r in rows]
    newsclean.clean("Warm up. Mr Smith met Mr Smyth.")
    if "--precompile" in sys.argv:
        from newsclean.normalisers.calques import phrasebook

        for entry in phrasebook():
            _ = entry.pattern
    if not args:
        return
    pipe = Pipeline.only("names") if args[0] == "names" else Pipeline()
    for text in texts:
        pipe.clean(text)


if __name__ == "__main__":
    main()
