"""Chrome stripping in page mode against the extraction benchmarks, beside jusText.

For every English page of ``../shared/data/extraction`` the naive lines are
joined with ``\\n`` and cleaned with ``chrome="page"``; the kept text is scored
against the gold with bag-of-words precision, recall and F1 (``\\w+`` tokens,
lower case, multiset intersection, mean over pages).  jusText runs on the
same lines wrapped as ``<p>`` paragraphs with its default settings.  For
trafilatura's snippet gold: the share of ``with`` snippets kept and of
``without`` snippets removed (only snippets present in the naive text).

Pages are split by their position in the file: even positions are the
development half (rules were tuned looking at them only), odd positions the
held-out half; both are reported, and ``--split`` picks one.

    python benchmarks/chrome.py                    # table for dev, held-out and all
    python benchmarks/chrome.py --split dev --worst 10
    python benchmarks/chrome.py --page bbc-1       # line-by-line verdicts of one page
    python benchmarks/chrome.py --split dev --ablate tail,gaps   # with page-mode rules switched off
    python benchmarks/chrome.py --split dev --sets trafilatura_eval_en --snippets  # failing snippets

``--ablate`` switches single page-mode rules off (see ``ABLATIONS``) to measure
what each costs or gains; the scoring is unchanged.  With ``--split`` only that
split's pages are cleaned.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean.document import Document  # noqa: E402
from newsclean.normalisers.chrome import Chrome  # noqa: E402
from newsclean.pipeline import Pipeline  # noqa: E402

DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))
SETS = ("scrapinghub_aeb", "mozilla_readability", "trafilatura_eval_en")
_TOKEN = regex.compile(r"\w+")
_WS = regex.compile(r"\s+")


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def prf(out: str, gold: str) -> tuple[float, float, float]:
    o, g = tokens(out), tokens(gold)
    common = sum((o & g).values())
    p = common / sum(o.values()) if o else (1.0 if not g else 0.0)
    r = common / sum(g.values()) if g else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load(name: str) -> list[dict]:
    path = DATA / "extraction" / f"{name}.jsonl"
    if not path.exists():
        return []
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for pos, rec in enumerate(recs):
        rec["_split"] = "dev" if pos % 2 == 0 else "held-out"
    return [r for r in recs if r.get("likely_english", True) and r.get("naive_lines")]


_PIPE = Pipeline(chrome="page")


def _ablations() -> dict[str, Callable[[types.ModuleType], None]]:
    """Page-mode rules that ``--ablate`` switches off, by patching :mod:`newsclean.normalisers.chrome_page`."""

    def setattrs(**values: object) -> Callable[[types.ModuleType], None]:
        def patch(mod: types.ModuleType) -> None:
            for k, v in values.items():
                setattr(mod, k, v)

        return patch

    def wrapped_off(mod: types.ModuleType) -> None:
        mod._wrapped_groups = lambda classes, texts: [(k, k + 1) for k in range(len(texts))]

    return {
        "tail": setattrs(_extend_tail=lambda *a: None),  # the article's head and tail lists
        "gaps": setattrs(_fill_gaps=lambda *a: None),  # gaps between blocks
        "code": setattrs(_CODE=regex.compile(r"(?!)"), _CODE_PUNCT=regex.compile(r"(?!)")),
        "wrapped": wrapped_off,  # hard-wrapped paragraphs as one block
        "secondary": setattrs(SECONDARY_MIN=1e12, SECONDARY_FLOOR=1e12),  # further blocks
        "near_blocks": setattrs(SECONDARY_FLOOR=1e12),  # further blocks within a few lines
        "isolated": setattrs(ISOLATED=1.0),  # lone prose lines weigh less
        "teaser_dates": setattrs(_teaser_dates=lambda classes, facts: set()),
        "bio": setattrs(_drop_author_bio=lambda *a: set()),
        "box_teasers": setattrs(BOX_TEASER_RULE=False),
        "earlier": setattrs(EARLIER_SHARE=float("inf")),  # a run before the first barrier is preferred
        "toc": setattrs(TOC_RULE=False),  # a table of contents and the introduction before it
        "captions": setattrs(CAPTIONS=False),
        "headings": setattrs(HEADING_COST=4.0),  # a box heading costs what another chrome line costs
        "comments": setattrs(COMMENTS_RULE=False),  # the article is sought before a comment section
        "teaser_cards": setattrs(TEASER_CARDS=False),  # a headline glued to its blurb
        "ingredients": setattrs(INGREDIENTS_RULE=False),  # a recipe's ingredients weigh as prose
        "inline_box": setattrs(INLINE_BOX_RULE=False),  # a stamped list under a box heading is no barrier
        "credits": setattrs(PICTURE_CREDITS=False),  # picture credit lines
        "attribution": setattrs(ATTRIBUTION=False),  # "This post originally appeared on ..." weighs as prose
        "ad_slots": setattrs(AD_SLOTS_RULE=False),  # recurring ad labels are chrome lines, not box headings
    }


def ablate(names: str) -> None:
    from newsclean.normalisers import chrome_page

    table = _ablations()
    for name in filter(None, names.split(",")):
        if name not in table:
            raise SystemExit(f"unknown ablation {name!r}; known: {', '.join(table)}")
        table[name](chrome_page)


def ours(lines: list[str]) -> str:
    return _PIPE.clean("\n".join(lines))


_JUSTEXT_NOTE = ""


def _import_justext():  # pragma: no cover - depends on the environment
    global _JUSTEXT_NOTE
    try:
        import justext
    except ImportError as exc:
        if "lxml_html_clean" not in str(exc) and "lxml.html.clean" not in str(exc):
            _JUSTEXT_NOTE = f"jusText unavailable: {exc}"
            return None
        # lxml >= 5.2 moved the HTML cleaner to the separate lxml_html_clean package, which is not
        # installed here.  jusText only uses it in its default preprocessor (dropping scripts,
        # styles and forms); our input is plain <p> paragraphs, so a stub and an identity
        # preprocessor give the same paragraphs and classification.
        stub = types.ModuleType("lxml.html.clean")

        class Cleaner:
            def __init__(self, **_: object) -> None:
                pass

            def clean_html(self, dom):
                return dom

        stub.Cleaner = Cleaner  # type: ignore[attr-defined]
        sys.modules["lxml.html.clean"] = stub
        import justext

        _JUSTEXT_NOTE = "jusText: lxml_html_clean is not installed; its Cleaner was stubbed (unused for <p> input)"
    return justext


def justext_lines(lines: list[str], jt) -> str:
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    paras = jt.justext(page, jt.get_stoplist("English"), preprocessor=lambda dom: dom)
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().lower()


def snippet_rates(rec: dict, out: str) -> tuple[int, int, int, int]:
    text = _norm(out)
    kept = total_with = removed = total_without = 0
    for snip, present in zip(rec.get("with", []), rec.get("with_in_naive", []), strict=False):
        if present:
            total_with += 1
            kept += _norm(snip) in text
    for snip, present in zip(rec.get("without", []), rec.get("without_in_naive", []), strict=False):
        if present:
            total_without += 1
            removed += _norm(snip) not in text
    return kept, total_with, removed, total_without


def print_failed_snippets(rec: dict, out: str) -> None:
    text = _norm(out)
    for snip, present in zip(rec.get("with", []), rec.get("with_in_naive", []), strict=False):
        if present and _norm(snip) not in text:
            print(f"LOST   {rec['id']}: {snip[:150]}")
    for snip, present in zip(rec.get("without", []), rec.get("without_in_naive", []), strict=False):
        if present and _norm(snip) in text:
            print(f"KEPT   {rec['id']}: {snip[:150]}")


def show_page(rec: dict) -> None:
    text = "\n".join(rec["naive_lines"])
    verdicts = Chrome(mode="page").classify(Document(text))
    gold = rec.get("line_gold_frac") or [None] * len(rec["naive_lines"])
    by_index = {v.index: v for v in verdicts}
    for i, line in enumerate(rec["naive_lines"]):
        v = by_index.get(i)
        mark = "-" if v is None or v.remove else "+"
        g = "  ?" if gold[i] is None else f"{gold[i]:.1f}"
        rule = "" if v is None or not v.remove else f" [{v.rule}]"
        label = "" if v is None or v.label in ("content", "chrome") else f" <{v.label}>"
        print(f"{mark} {g} {line[:110]}{rule}{label}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "held-out", "all"), default=None)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--no-justext", action="store_true")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--page", help="print line verdicts of the page with this id")
    ap.add_argument("--ablate", default="", help="comma-separated page-mode rules to switch off")
    ap.add_argument("--snippets", action="store_true", help="print trafilatura snippets that fail")
    args = ap.parse_args()
    ablate(args.ablate)
    data = {name: load(name) for name in args.sets.split(",")}
    if not any(data.values()):
        print(f"no extraction data under {DATA}; nothing to do")
        return
    if args.page:
        for recs in data.values():
            for rec in recs:
                if rec["id"] == args.page:
                    show_page(rec)
                    return
        print(f"no page {args.page!r}")
        return
    jt = None if args.no_justext else _import_justext()
    splits = [args.split] if args.split else ["dev", "held-out", "all"]
    rows = []
    worst = []
    timing = Counter()
    for name, recs in data.items():
        if not recs:
            continue
        results = []
        for rec in recs:
            if args.split not in (None, "all") and rec["_split"] != args.split:
                continue
            t0 = time.perf_counter()
            out = ours(rec["naive_lines"])
            timing["ours"] += time.perf_counter() - t0
            timing["chars"] += sum(len(x) + 1 for x in rec["naive_lines"])
            jout = None
            if jt is not None:
                t0 = time.perf_counter()
                jout = justext_lines(rec["naive_lines"], jt)
                timing["justext"] += time.perf_counter() - t0
            results.append((rec, out, jout))
            if args.snippets and name == "trafilatura_eval_en":
                print_failed_snippets(rec, out)
        for split in splits:
            sel = [x for x in results if split == "all" or x[0]["_split"] == split]
            if not sel:
                continue
            if name == "trafilatura_eval_en":
                for system, k in (("newsclean page", 1), ("jusText <p>", 2)):
                    if sel[0][k] is None:
                        continue
                    tot = [0, 0, 0, 0]
                    for x in sel:
                        for i, v in enumerate(snippet_rates(x[0], x[k])):
                            tot[i] += v
                    rows.append(
                        (
                            name,
                            split,
                            len(sel),
                            system,
                            f"keep {tot[0] / max(tot[1], 1):.3f} ({tot[0]}/{tot[1]})",
                            f"remove {tot[2] / max(tot[3], 1):.3f} ({tot[2]}/{tot[3]})",
                            "",
                        )
                    )
                continue
            for system, k in (("newsclean page", 1), ("jusText <p>", 2)):
                if sel[0][k] is None:
                    continue
                scores = [prf(x[k], x[0]["gold_text"]) for x in sel]
                p, r, f = (sum(s[i] for s in scores) / len(scores) for i in range(3))
                rows.append((name, split, len(sel), system, f"P {p:.3f}", f"R {r:.3f}", f"F1 {f:.3f}"))
                if k == 1 and (args.split is None or split == args.split) and split != "all":
                    worst.extend((s[2], s[0], s[1], name, x[0]["id"], split) for s, x in zip(scores, sel, strict=False))
    print(f"{'set':22s} {'split':9s} {'pages':>5s}  {'system':15s} metrics")
    for row in rows:
        print(f"{row[0]:22s} {row[1]:9s} {row[2]:5d}  {row[3]:15s} {row[4]:22s} {row[5]:22s} {row[6]}")
    if _JUSTEXT_NOTE:
        print(f"\nnote: {_JUSTEXT_NOTE}")
    if timing["ours"]:
        mb = timing["chars"] / 1e6
        print(f"timing: newsclean page {timing['ours']:.1f}s ({mb / timing['ours']:.2f} MB/s)", end="")
        if timing["justext"]:
            print(f", jusText {timing['justext']:.1f}s", end="")
        print()
    if args.worst:
        print(f"\nworst {args.worst} pages (F1, P, R):")
        for f, p, r, name, pid, split in sorted(worst)[: args.worst]:
            print(f"  {f:.3f} P {p:.3f} R {r:.3f}  {name} {split} {pid}")


if __name__ == "__main__":
    main()
