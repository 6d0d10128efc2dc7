"""Edits made on clean text: every one is a candidate false positive.

Runs a pipeline over the clean BBC articles and the gold texts of the
English extraction pages (``../shared/data``), prints edits per 100
articles per rule, and a sample of edits with context to read.

    python benchmarks/false_positives.py                 # default pipeline
    python benchmarks/false_positives.py --only quotes,punctuation --show 40
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402
from newsclean.pipeline import REGISTRY  # noqa: E402

DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))


def clean_corpora() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    bbc = DATA / "articles" / "bbc_news_2004_2005.jsonl"
    if bbc.exists():
        out["bbc"] = [
            r["title"] + "\n\n" + "\n\n".join(r["paragraphs"])
            for r in map(json.loads, bbc.read_text(encoding="utf-8").splitlines())
        ]
    for name in ("scrapinghub_aeb", "mozilla_readability"):
        path = DATA / "extraction" / f"{name}.jsonl"
        if path.exists():
            recs = map(json.loads, path.read_text(encoding="utf-8").splitlines())
            out[name] = [r["gold_text"] for r in recs if r.get("likely_english", True) and r.get("gold_text")]
    return out


def options_for(only: str | None, skip: str | None) -> dict[str, bool]:
    names = [s.name for s in REGISTRY]
    opts: dict[str, bool] = {}
    if only:
        wanted = set(only.split(","))
        opts = {n: n in wanted for n in names}
    if skip:
        for n in skip.split(","):
            opts[n] = False
    return opts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only")
    ap.add_argument("--skip")
    ap.add_argument("--preset", default="safe")
    ap.add_argument("--show", type=int, default=20, help="sample edits to print")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    corpora = clean_corpora()
    if not corpora:
        print(f"no data under {DATA}; nothing to do")
        return
    opts = options_for(args.only, args.skip)
    pipe = newsclean.Pipeline(preset=args.preset, **opts)
    print(f"pipeline: {', '.join(pipe.names)}")
    samples = []
    for name, texts in corpora.items():
        rules: Counter[str] = Counter()
        touched = 0
        for i, text in enumerate(texts):
            res = pipe.explain(text)
            if res.edits:
                touched += 1
            for e in res.edits:
                rules[e.rule] += 1
                ctx = text[max(0, e.start - 40) : e.end + 40].replace("\n", "⏎")
                samples.append((name, i, e.rule, repr(text[e.start : e.end]), repr(e.replacement), ctx))
        total = sum(rules.values())
        print(
            f"\n{name}: {len(texts)} texts, {touched} changed, {total} edits = {100 * total / len(texts):.1f} per 100"
        )
        for rule, n in rules.most_common():
            print(f"  {rule:40s} {n:6d}  {100 * n / len(texts):6.1f}/100")
    random.Random(args.seed).shuffle(samples)
    print(f"\nsample of {min(args.show, len(samples))} edits:")
    for s in samples[: args.show]:
        print(f"- [{s[0]}#{s[1]}] {s[2]}: {s[3]} -> {s[4]}\n    …{s[5]}…")


if __name__ == "__main__":
    main()
