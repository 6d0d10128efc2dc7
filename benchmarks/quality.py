"""Quality yardstick: token-level edit precision/recall/F0.5 against gold.

Seed mode (default): for every ``seeds/*.txt`` with a ``.gold.txt`` beside it,
clean the text and compare the system's edits with the gold edits, ERRANT/M2
style: the input, the output and the gold are tokenised (a token is a word or a
punctuation mark with the whitespace before it, so a moved space is an edit); edits are the token-level
differences input->gold and input->output, each an (input span, replacement)
pair; a system edit counts as correct only if the gold has the same input span
with the same replacement.  Also printed: the character error reduction
``1 - d(output, gold) / d(input, gold)`` (Levenshtein distance), and a table by
rule family (system edits are labelled by the rules that made them, gold
edits by the rule family of a matching system edit, else by a description of
the change).

Corpus mode (``--corpus``): the corruption model in ``benchmarks/corruption.py``
damages clean articles from ``../shared/data`` one category at a time (and
mixed); the clean article is the gold.  Prints P/R/F0.5 and the character
error reduction per category, plus the share of untouched clean articles that
come out unchanged.  The damaged articles are drawn from those the pipeline
leaves unchanged (the sources have real defects of their own, whose correct
repair would otherwise count as a wrong edit); the clean row is measured on a
plain random sample.

    python benchmarks/quality.py
    python benchmarks/quality.py --corpus --n 200
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import newsclean  # noqa: E402

import corruption  # noqa: E402

DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))
_TOKEN = regex.compile(r"\s*+(?:\w+|[^\w\s])|\s+\Z")

TokEdit = tuple[int, int, str]  # input char span and replacement text


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def token_edits(src: str, tgt: str) -> list[TokEdit]:
    """Token-level edits turning ``src`` into ``tgt``, in ``src`` character offsets.

    Lines (with the blank lines after them) are aligned first, and tokens only inside
    differing blocks of lines,
    which keeps the alignment fast on long articles.
    """
    a_lines = _units(src)
    b_lines = _units(tgt)
    a_off = [0]
    for line in a_lines:
        a_off.append(a_off[-1] + len(line))
    b_off = [0]
    for line in b_lines:
        b_off.append(b_off[-1] + len(line))
    out: list[TokEdit] = []
    sm = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        base = a_off[i1]
        out.extend(_token_edits(src[a_off[i1] : a_off[i2]], tgt[b_off[j1] : b_off[j2]], base))
    return out


_UNIT = regex.compile(r"[^\n]*+(?:\n++|\Z)")


def _units(text: str) -> list[str]:
    """Lines, each with all the line breaks after it (a blank line is never a unit of its own)."""
    return [u for u in _UNIT.findall(text) if u]


def _token_edits(src: str, tgt: str, base: int) -> list[TokEdit]:
    a = tokens(src)
    b = tokens(tgt)
    sm = difflib.SequenceMatcher(None, [t[2] for t in a], [t[2] for t in b], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        start = a[i1][0] if i1 < len(a) else len(src)
        end = a[i2 - 1][1] if i2 > i1 else start
        out.append((base + start, base + end, "".join(t[2] for t in b[j1:j2])))
    return out


def f_beta(tp: int, n_pred: int, n_gold: int, beta: float = 0.5) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    if p + r == 0:
        return p, r, 0.0
    b2 = beta * beta
    return p, r, (1 + b2) * p * r / (b2 * p + r)


def describe(src: str, e: TokEdit) -> str:
    """A rule family guessed from the change itself (for gold edits nobody matched)."""
    before, after = src[e[0] : e[1]], e[2]
    if before.strip() == "" and after.strip() == "":
        return "whitespace"
    if "\n" in before and not after.strip():
        return "chrome"
    if before.lower() == after.lower():
        return "case"
    if regex.search(r"[\"'“”‘’«»]", before + after):
        return "quotes"
    if regex.search(r"\d", before + after):
        return "numbers"
    if regex.fullmatch(r"[\s\p{P}]*", before + after):
        return "punctuation"
    return "words"


def family_of(result: newsclean.Cleaned, e: TokEdit) -> str:
    fams = []
    for ed in result.edits:
        if ed.start <= e[1] and e[0] <= ed.end and (ed.start < e[1] or e[0] < ed.end or e[0] == e[1] == ed.start):
            fams.extend(r.split(".")[0] for r in ed.rules)
    return "+".join(sorted(set(fams))) or "?"


def score(src: str, gold: str, result: newsclean.Cleaned) -> dict:
    gold_edits = set(token_edits(src, gold))
    pred_edits = set(token_edits(src, result.text))
    tp = gold_edits & pred_edits
    d_in = Levenshtein.distance(src, gold)
    d_out = Levenshtein.distance(result.text, gold)
    return {
        "gold": gold_edits,
        "pred": pred_edits,
        "tp": tp,
        "d_in": d_in,
        "d_out": d_out,
    }


def seed_report(options: dict) -> None:
    seeds = sorted(p for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".gold.txt"))
    for path in seeds:
        gold_path = path.with_name(path.stem + ".gold.txt")
        if not gold_path.exists():
            continue
        src = path.read_text(encoding="utf-8")
        gold = gold_path.read_text(encoding="utf-8")
        result = newsclean.explain(src, **options)
        s = score(src, gold, result)
        p, r, f = f_beta(len(s["tp"]), len(s["pred"]), len(s["gold"]))
        cer = 1 - s["d_out"] / s["d_in"] if s["d_in"] else 1.0
        print(f"\n## seed {path.name}")
        print(f"{'edits':>8s} {'gold':>5s} {'pred':>5s} {'tp':>4s} {'P':>6s} {'R':>6s} {'F0.5':>6s} {'CER red.':>9s}")
        print(
            f"{'all':>8s} {len(s['gold']):5d} {len(s['pred']):5d} {len(s['tp']):4d} {p:6.3f} {r:6.3f} {f:6.3f} {cer:9.3f}"
        )
        fam_gold: Counter[str] = Counter()
        fam_pred: Counter[str] = Counter()
        fam_tp: Counter[str] = Counter()
        for e in s["pred"]:
            fam = family_of(result, e)
            fam_pred[fam] += 1
            if e in s["tp"]:
                fam_tp[fam] += 1
                fam_gold[fam] += 1
        for e in s["gold"] - s["tp"]:
            fam_gold["(missed) " + describe(src, e)] += 1
        print(f"\n{'family':32s} {'gold':>5s} {'pred':>5s} {'tp':>4s} {'P':>6s} {'R':>6s} {'F0.5':>6s}")
        for fam in sorted(set(fam_gold) | set(fam_pred)):
            p, r, f = f_beta(fam_tp[fam], fam_pred[fam], fam_gold[fam])
            print(f"{fam:32s} {fam_gold[fam]:5d} {fam_pred[fam]:5d} {fam_tp[fam]:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
        wrong = s["pred"] - s["tp"]
        missed = s["gold"] - s["tp"]
        if wrong:
            print("\nwrong edits:")
            for e in sorted(wrong):
                print(f"  {family_of(result, e):20s} {src[e[0] : e[1]]!r} -> {e[2]!r}")
        if missed:
            print("\nmissed edits:")
            for e in sorted(missed):
                print(f"  {describe(src, e):12s} {src[max(0, e[0] - 25) : e[0]]!r} [{src[e[0] : e[1]]!r} -> {e[2]!r}]")


def load_clean_articles() -> list[str]:
    texts: list[str] = []
    bbc = DATA / "articles" / "bbc_news_2004_2005.jsonl"
    if bbc.exists():
        for line in bbc.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            texts.append(r["title"] + "\n\n" + "\n\n".join(r["paragraphs"]))
    for name in ("scrapinghub_aeb", "mozilla_readability"):
        path = DATA / "extraction" / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                if r.get("likely_english", True) and r.get("gold_text"):
                    texts.append(r["gold_text"])
    # The sources have stray spaces at line edges (BBC bullet lists); strip them so the
    # gold itself has no whitespace defect that a correct system edit would contradict.
    return [regex.sub(r"[ \t]+(?=\n|\Z)|(?<=\n|\A)[ \t]+", "", t) for t in texts]


def corpus_report(options: dict, n: int, seed: int) -> None:
    articles = load_clean_articles()
    if not articles:
        print(f"\n(no clean articles under {DATA}: corpus mode skipped)")
        return
    rng = random.Random(seed)
    pipe = newsclean.Pipeline(**options)
    # The sources have real defects of their own ("the the", "Xaba ."); the pipeline's
    # (right) fixes of those would count as wrong edits against the article as gold.
    # So: the clean row reports, on a plain sample, how many articles come out
    # unchanged; the damage rows use articles the pipeline leaves unchanged, so that
    # every edit there answers a damage the model made.
    pool = articles[:]
    rng.shuffle(pool)
    plain = pool[:n]
    sample = []
    for text in pool:
        if len(sample) >= n:
            break
        if pipe.clean(text) == text:
            sample.append(text)
    print(f"\n## corpus: {len(sample)} stable articles per category (seed {seed}); pipeline: {', '.join(pipe.names)}")
    print(
        f"{'category':12s} {'docs':>5s} {'gold':>6s} {'pred':>6s} {'tp':>6s} {'P':>6s} {'R':>6s} {'F0.5':>6s} {'CER red.':>9s}"
    )
    wrong_examples: dict[str, list[str]] = defaultdict(list)
    for category in (*corruption.CATEGORIES, "mixed"):
        crng = random.Random(f"{seed}-{category}")
        tot_gold = tot_pred = tot_tp = 0
        d_in = d_out = 0
        docs = 0
        for text in sample:
            damaged, gold, _spans = corruption.corrupt(text, category, crng)
            if damaged == gold:
                continue
            docs += 1
            result = pipe.explain(damaged)
            s = score(damaged, gold, result)
            tot_gold += len(s["gold"])
            tot_pred += len(s["pred"])
            tot_tp += len(s["tp"])
            d_in += s["d_in"]
            d_out += s["d_out"]
            for e in list(s["pred"] - s["tp"])[:2]:
                if len(wrong_examples[category]) < 5:
                    ctx = damaged[max(0, e[0] - 30) : e[1] + 30].replace("\n", "⏎")
                    wrong_examples[category].append(
                        f"{family_of(result, e)}: {damaged[e[0] : e[1]]!r} -> {e[2]!r}  …{ctx}…"
                    )
        p, r, f = f_beta(tot_tp, tot_pred, tot_gold)
        cer = 1 - d_out / d_in if d_in else 1.0
        print(f"{category:12s} {docs:5d} {tot_gold:6d} {tot_pred:6d} {tot_tp:6d} {p:6.3f} {r:6.3f} {f:6.3f} {cer:9.3f}")
    untouched = sum(pipe.clean(t) == t for t in plain)
    print(
        f"{'clean':12s} {len(plain):5d}  unchanged: {untouched}/{len(plain)} = {untouched / len(plain):.3f}"
        "  (a plain sample: the changed ones are listed by benchmarks/false_positives.py)"
    )
    if wrong_examples:
        print("\nexamples of wrong edits:")
        for cat, items in wrong_examples.items():
            for item in items:
                print(f"  [{cat}] {item}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="store_true", help="also run the corruption-model corpus benchmark")
    ap.add_argument("--n", type=int, default=200, help="articles per category in corpus mode")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--preset", default="safe")
    ap.add_argument("--options", default="{}", help="JSON object of step options, e.g. '{\"names\": false}'")
    args = ap.parse_args()
    options = {"preset": args.preset, **json.loads(args.options)}
    seed_report(options)
    if args.corpus:
        corpus_report(options, args.n, args.seed)


if __name__ == "__main__":
    main()
