"""The MT-repair steps on real machine translation: WMT21 newstest (zh/ru/de -> en).

Every system output of ``../shared/data/mt/wmt21_newstest_toen.jsonl`` is run
through each MT step on its own (calques, titles, titlecase, repeated_words
and, with ``--all``, sentence_break).  Each edit is applied alone to the
hypothesis and scored against the human reference(s) by character edit
distance (``rapidfuzz.distance.Levenshtein``, averaged over the references: ru-en
and de-en have two, each an equally valid translation): an edit
is *closer* when it lowers the distance, *farther* when it raises it.  The
table gives, per rule (one rule per calque family), how many edits fired
and the share that brought the hypothesis closer; ``--show N`` prints N
edits that did not.  For the repeated-word rules a second figure asks the
question the edit answers: does any human reference write the doubling
(``tank tank``) as often as the hypothesis?  Edit distance cannot tell a
wrong deletion from a reference that words the phrase differently (``the
tank tank`` against ``the damaged tank`` is farther after the right fix).

    python benchmarks/mt.py                 # the table
    python benchmarks/mt.py --show 30       # and a sample of the rest
    python benchmarks/mt.py --titlecase     # and the synthetic Title Case leak test

WMT21 outputs are single sentences, so the document-level titlecase step has
no evidence to work with there; ``--titlecase`` measures it on a synthetic
set instead: in each clean BBC article the leading clause of the first body
sentence is put in Title Case (every word capitalised, as in the seed), the
step runs, and each of its edits is right when it restores the original
lower-case letter.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import regex  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from newsclean.document import Document  # noqa: E402
from newsclean.edits import apply_edits, resolve_overlaps  # noqa: E402
from newsclean.pipeline import REGISTRY  # noqa: E402

DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))
STEPS = ("calques", "titles", "titlecase", "repeated_words")


DATELINES = (
    "LONDON (Reuters) - ",
    "WASHINGTON (AP) — ",
    "BEIJING, Jan. 17 (Xinhua) -- ",
    "Berlin, March 3 (dpa) - ",
    "PARIS — ",
)


def titlecase_synthetic(limit: int = 2127, *, dateline: bool = False) -> None:
    """With ``dateline``, each leak's paragraph opens with a wire dateline (``LONDON (Reuters) - ``)."""
    import regex

    from newsclean.normalisers.titlecase import TitleCase

    bbc = DATA / "articles" / "bbc_news_2004_2005.jsonl"
    if not bbc.exists():
        print(f"no data at {bbc}")
        return
    # a corpus vocabulary from a different corpus (the extraction gold texts): words seen in lower case
    vocab: set[str] = set()
    for name in ("scrapinghub_aeb", "mozilla_readability"):
        path = DATA / "extraction" / f"{name}.jsonl"
        if path.exists():
            for rec in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
                vocab.update(w for w in regex.findall(r"(?<=[\p{Ll},;] )\p{Ll}+", rec.get("gold_text") or ""))
    variants = {
        "evidence only (dictionary=False)": TitleCase(dictionary=False),
        "default (with the dictionary)": TitleCase(),
        f"default and a corpus vocabulary ({len(vocab)} lower-case words of the extraction gold texts)": TitleCase(
            common_words=vocab
        ),
    }
    word = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Ll}")
    leaks = fired = damaged = 0
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    restored: Counter[str] = Counter()
    for line in bbc.read_text(encoding="utf-8").splitlines()[:limit]:
        rec = json.loads(line)
        if len(rec["paragraphs"]) < 3:
            continue
        first = rec["paragraphs"][0]
        clause_end = min((i for i in (first.find(","), first.find(".")) if i > 20), default=-1)
        if clause_end < 0:
            continue
        leak = word.sub(lambda m: m.group().upper(), first[:clause_end]) + first[clause_end:]
        if leak == first:
            continue
        prefix = DATELINES[leaks % len(DATELINES)] if dateline else ""
        leaks += 1
        damaged += sum(a != b for a, b in zip(leak, first, strict=True))
        text = rec["title"] + "\n\n" + "\n\n".join([prefix + leak, *rec["paragraphs"][1:]])
        orig = rec["title"] + "\n\n" + "\n\n".join([prefix + first, *rec["paragraphs"][1:]])
        for label, step in variants.items():
            kept, _ = resolve_overlaps(step.find_edits(Document(text)), text)
            if label.startswith("evidence"):
                fired += bool(kept)
            for e in kept:
                if orig[e.start : e.end] == e.replacement:
                    right[label] += 1
                else:
                    wrong[label] += 1
            restored[label] += apply_edits(text, kept) == orig
    where = ", after a wire dateline" if dateline else ""
    print(f"\ntitlecase on {leaks} synthetic leaks (BBC first sentences, leading clause in Title Case{where}):")
    print(f"  {damaged} letters damaged; the evidence rules fire on {fired} ({100 * fired / max(leaks, 1):.1f}%)")
    for label in variants:
        r, w = right[label], wrong[label]
        print(
            f"  {label}: fully restored {restored[label]} ({100 * restored[label] / max(leaks, 1):.1f}%), "
            f"word edits {r} right ({100 * r / max(damaged, 1):.1f}% of the damaged letters), {w} wrong, "
            f"precision {100 * r / max(r + w, 1):.1f}%"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="print this many edits that did not bring the text closer")
    ap.add_argument("--all", action="store_true", help="also run sentence_break")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--titlecase", action="store_true", help="also run the synthetic Title Case leak test")
    ap.add_argument("--dateline", action="store_true", help="with --titlecase: each leak after a wire dateline")
    args = ap.parse_args()
    if args.titlecase:
        titlecase_synthetic(dateline=args.dateline)
    path = DATA / "mt" / "wmt21_newstest_toen.jsonl"
    if not path.exists():
        print(f"no data at {path}; nothing to do")
        return
    names = STEPS + (("sentence_break",) if args.all else ())
    by_name = {s.name: s for s in REGISTRY}
    steps = [by_name[n].load()(preset="aggressive" if n == "sentence_break" else "safe") for n in names if n in by_name]
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fired: Counter[str] = Counter()
    outcome: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    doubles: dict[str, Counter[bool]] = defaultdict(Counter)  # repeated_words: is the doubling in a reference?
    n_hyp = 0
    t0 = time.perf_counter()
    for rec in recs:
        refs = list(rec["references"].values())
        for system, hyp in rec["hypotheses"].items():
            n_hyp += 1
            before = sum(Levenshtein.distance(hyp, r) for r in refs) / len(refs)
            for step in steps:
                kept, _ = resolve_overlaps(step.find_edits(Document(hyp)), hyp)
                for e in kept:
                    after_text = apply_edits(hyp, [e])
                    after = sum(Levenshtein.distance(after_text, r) for r in refs) / len(refs)
                    fired[e.rule] += 1
                    kind = "closer" if after < before else "farther" if after > before else "same"
                    outcome[e.rule][kind] += 1
                    if kind != "closer":
                        misses.append((kind, e.rule, rec["id"], system, hyp, e, refs[0]))
                    if e.rule.startswith("repeated_words.") and not e.replacement:
                        # the doubling itself ("tank tank"): does a human reference write it too?
                        doubled = regex.match(r"\s*+(\S.*)", hyp[e.start : e.end])
                        word = doubled.group(1) if doubled else hyp[e.start : e.end]
                        pair = regex.compile(rf"(?i)\b{regex.escape(word)}\s+{regex.escape(word)}\b")
                        have = len(pair.findall(hyp, overlapped=True))  # "seven-time time time": 2
                        doubles[e.rule][any(len(pair.findall(r, overlapped=True)) >= have for r in refs)] += 1
    dt = time.perf_counter() - t0
    print(f"{n_hyp} hypotheses of {len(recs)} segments, steps: {', '.join(s.name for s in steps)}; {dt:.1f} s")
    print(f"{'rule':42} {'fired':>6} {'closer':>7} {'same':>5} {'farther':>7} {'closer%':>8}")
    for rule in sorted(fired):
        o = outcome[rule]
        share = 100 * o["closer"] / fired[rule]
        print(f"{rule:42} {fired[rule]:6d} {o['closer']:7d} {o['same']:5d} {o['farther']:7d} {share:7.1f}%")
    total = sum(fired.values())
    closer = sum(o["closer"] for o in outcome.values())
    if total:
        print(f"{'all':42} {total:6d} {closer:7d} {'':5} {'':7} {100 * closer / total:7.1f}%")
    for rule, seen in sorted(doubles.items()):
        n = seen[True] + seen[False]
        print(
            f"{rule}: {seen[False]} of {n} edits remove a doubling no human reference writes "
            f"({100 * seen[False] / n:.1f}%; the edit-distance share above also counts a reference's other wording)"
        )
    if args.show and misses:
        random.Random(args.seed).shuffle(misses)
        print(f"\n{min(args.show, len(misses))} of {len(misses)} edits that did not bring the text closer:")
        for kind, rule, rid, system, hyp, e, ref in misses[: args.show]:
            ctx = hyp[max(0, e.start - 60) : e.end + 60]
            print(
                f"- [{kind}] {rule} {rid} {system}: {hyp[e.start : e.end]!r} -> {e.replacement!r}\n    {ctx!r}\n    ref: {ref[:200]!r}"
            )


if __name__ == "__main__":
    main()
