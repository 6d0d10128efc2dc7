"""Output regression check for speed work: a digest of every output of chosen steps.

Runs each chosen step alone (``Pipeline`` with only that step, through
``explain``, so the rounds, the kept and the dropped edits with their rules
and reasons all count) over:

* the 2,127 BBC articles, as they are and damaged by ``corruption.corrupt``
  (``mixed``, ``numbers`` and ``mt``, one fixed seed per article) so the
  rules actually fire;
* the extraction gold texts and the naive page texts (``naive_lines``);
* ftfy's mojibake test cases;
* the WMT21 hypotheses of every system, one per segment, and joined in
  blocks of consecutive segments (document-level evidence);

and writes ``{step: {text id: sha1}}`` as JSON.  With ``--compare`` it
compares with an earlier digest and lists every text whose output differs.

    python benchmarks/regression.py --out /tmp/before.json
    python benchmarks/regression.py --out /tmp/after.json --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))

import newsclean  # noqa: E402

from corruption import corrupt  # noqa: E402

DEFAULT_STEPS = ("numbers", "titlecase", "unicode", "sentence_break")
WMT_BLOCK = 30


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def texts() -> dict[str, str]:
    out: dict[str, str] = {}
    bbc = DATA / "articles" / "bbc_news_2004_2005.jsonl"
    for i, r in enumerate(_jsonl(bbc)):
        text = r["title"] + "\n\n" + "\n\n".join(r["paragraphs"])
        out[f"bbc/{i}"] = text
        for category in ("mixed", "numbers", "mt"):
            damaged, _gold, _spans = corrupt(text, category, random.Random(i))
            out[f"bbc-{category}/{i}"] = damaged
    for name in ("scrapinghub_aeb", "mozilla_readability", "trafilatura_eval_en"):
        for i, r in enumerate(_jsonl(DATA / "extraction" / f"{name}.jsonl")):
            if r.get("gold_text"):
                out[f"{name}/gold/{i}"] = r["gold_text"]
            out[f"{name}/naive/{i}"] = "\n".join(r["naive_lines"])
    for r in _jsonl(DATA / "mojibake" / "ftfy_test_cases.jsonl"):
        out[f"mojibake/{r['id']}"] = r["original"]
    blocks: dict[tuple[str, str], list[str]] = {}
    for r in _jsonl(DATA / "mt" / "wmt21_newstest_toen.jsonl"):
        for system, hyp in sorted(r["hypotheses"].items()):
            out[f"wmt/{r['id']}/{system}"] = hyp
            blocks.setdefault((r["pair"], system), []).append(hyp)
    for (pair, system), hyps in sorted(blocks.items()):
        for k in range(0, len(hyps), WMT_BLOCK):
            out[f"wmt-block/{pair}/{system}/{k}"] = "\n\n".join(hyps[k : k + WMT_BLOCK])
    return out


def digest(result: newsclean.Cleaned) -> str:
    parts = [result.text]
    for table in (result.step_edits, result.dropped):
        for key in sorted(table):
            parts.append(key)
            parts.extend(repr((e.start, e.end, e.replacement, e.rule, e.reason)) for e in table[key])
    return hashlib.sha1("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", nargs="+", default=list(DEFAULT_STEPS))
    ap.add_argument("--out", required=True, help="where to write the digest JSON")
    ap.add_argument("--compare", help="an earlier digest JSON to compare with")
    ap.add_argument("--show", type=int, default=10, help="differing text ids to print per step")
    args = ap.parse_args()
    known = [s.name for s in newsclean.REGISTRY]
    unknown = [s for s in args.steps if s not in known]
    if unknown:  # ("--steps a,b" is one unknown name: every step off, every output the input)
        ap.error(f"unknown step(s) {', '.join(unknown)}; steps are space-separated, from: {' '.join(known)}")
    corpus = texts()
    digests: dict[str, dict[str, str]] = {}
    for step in args.steps:
        pipe = newsclean.Pipeline(**{s.name: s.name == step for s in newsclean.REGISTRY})
        t0 = time.perf_counter()
        digests[step] = {key: digest(pipe.explain(text)) for key, text in corpus.items()}
        print(f"{step}: {len(corpus)} texts in {time.perf_counter() - t0:.1f} s")
    Path(args.out).write_text(json.dumps(digests, indent=0, sort_keys=True), encoding="utf-8")
    if not args.compare:
        return 0
    before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
    total = 0
    for step, now in digests.items():
        old = before.get(step)
        if old is None:
            print(f"{step}: not in {args.compare}")
            continue
        diff = sorted(k for k in now.keys() | old.keys() if now.get(k) != old.get(k))
        total += len(diff)
        print(f"{step}: {len(now)} texts compared, {len(diff)} differences")
        for k in diff[: args.show]:
            print("   ", k)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
