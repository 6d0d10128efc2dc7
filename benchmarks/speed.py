"""Throughput, scaling, memory and start-up of newsclean, side by side with anchors.

Anchors, measured in the same run, alternating with newsclean so machine
noise hits both alike: ``ftfy.fix_text``, sacremoses' ``MosesPunctNormalizer``
and clean-text's ``clean`` (``pip install ".[bench]"``; a missing anchor is
reported, not faked).  Every figure is printed with its ratio to ftfy.

    python benchmarks/speed.py               # all sections
    python benchmarks/speed.py --quick       # fewer rounds, smaller scaling sizes
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = Path(os.environ.get("NEWSCLEAN_DATA", ROOT.parent / "shared" / "data"))

import newsclean  # noqa: E402
from newsclean.pipeline import Pipeline  # noqa: E402


def corpus_articles() -> list[str]:
    path = DATA / "articles" / "bbc_news_2004_2005.jsonl"
    if not path.exists():
        seed = (ROOT / "seeds" / "iraq-troops.txt").read_text(encoding="utf-8")
        print(f"(no {path}; using the seed article x200)")
        return [seed] * 200
    return [
        r["title"] + "\n\n" + "\n\n".join(r["paragraphs"])
        for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    ]


def corpus_pages() -> list[str]:
    texts = []
    for name in ("scrapinghub_aeb", "mozilla_readability", "trafilatura_eval_en"):
        path = DATA / "extraction" / f"{name}.jsonl"
        if path.exists():
            for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
                texts.append("\n".join(r["naive_lines"]))
    return texts


def anchors() -> dict[str, Callable[[str], str]]:
    out: dict[str, Callable[[str], str]] = {}
    import ftfy

    out["ftfy.fix_text"] = ftfy.fix_text
    try:
        from sacremoses import MosesPunctNormalizer

        mpn = MosesPunctNormalizer(lang="en")
        out["sacremoses"] = mpn.normalize
    except ImportError:
        print("(sacremoses not installed: pip install '.[bench]')")
    try:
        import cleantext

        out["clean-text"] = lambda t: cleantext.clean(t, lower=False, to_ascii=False, no_line_breaks=False)
    except ImportError:
        print("(clean-text not installed: pip install '.[bench]')")
    return out


def clear_input_caches() -> None:
    """Empty newsclean's per-input memo caches (line facts, name folds), so a repeated
    round over the same texts is not faster than a first pass over new ones would be.
    Rule-data caches (maxsize 1 or unbounded) stay: they are start-up costs."""
    import functools

    for name, module in list(sys.modules.items()):
        if not name.startswith("newsclean"):
            continue
        for obj in vars(module).values():
            if isinstance(obj, functools._lru_cache_wrapper):
                maxsize = obj.cache_parameters()["maxsize"]
                if maxsize is not None and maxsize > 64:
                    obj.cache_clear()


def time_over(func: Callable[[str], str], texts: list[str]) -> float:
    clear_input_caches()
    gc.collect()
    t0 = time.perf_counter()
    for t in texts:
        func(t)
    return time.perf_counter() - t0


def throughput(label: str, texts: list[str], funcs: dict[str, Callable[[str], str]], rounds: int) -> None:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times: dict[str, list[float]] = {k: [] for k in funcs}
    for func in funcs.values():  # warm caches, compile patterns
        func(texts[0])
    for _ in range(rounds):
        for name, func in funcs.items():  # alternate: each round runs every contender once
            times[name].append(time_over(func, texts))
    base = statistics.median(times["ftfy.fix_text"])
    print(f"\n### throughput on {label}: {len(texts)} texts, {mb:.2f} MB, median of {rounds} alternating rounds")
    print(f"{'contender':34s} {'s':>8s} {'MB/s':>8s} {'vs ftfy':>8s}")
    for name, ts in times.items():
        t = statistics.median(ts)
        print(f"{name:34s} {t:8.3f} {mb / t:8.2f} {base / t:8.2f}x")


def per_step(texts: list[str], rounds: int) -> None:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n### per step (each alone on the raw articles), {mb:.2f} MB")
    print(f"{'step':20s} {'s':>8s} {'MB/s':>8s}")
    for spec in newsclean.REGISTRY:
        opts = {s.name: s.name == spec.name for s in newsclean.REGISTRY}
        value = spec.safe if spec.safe else True
        opts[spec.name] = value
        pipe = Pipeline(**opts)
        t = min(time_over(pipe.clean, texts) for _ in range(rounds))
        print(f"{spec.name:20s} {t:8.3f} {mb / t:8.2f}")


def scaling(base_text: str, sizes: list[int]) -> None:
    pipe = Pipeline()
    print("\n### scaling: one document of growing size (time per MB must stay flat)")
    print(f"{'size':>10s} {'s':>8s} {'s/MB':>8s} {'vs 1st':>8s}")
    first = None
    for size in sizes:
        reps = max(1, size // len(base_text) + 1)
        doc = ("\n\n".join([base_text] * reps))[:size]
        n = max(1, 1_000_000 // size)  # repeat small docs for a stable figure
        t = min(time_over(pipe.clean, [doc] * n) for _ in range(2)) / n
        per_mb = t / (size / 1e6)
        first = first or per_mb
        print(f"{size:10d} {t:8.4f} {per_mb:8.3f} {per_mb / first:8.2f}x")


# The process's peak RSS in KiB.  Linux keeps ru_maxrss across fork and exec, so a child
# started by a large parent would report the parent's peak: VmHWM (reset by exec) is read
# from /proc when there is one.
_PRINT_PEAK_KB = (
    "import os\n"
    "if os.path.exists('/proc/self/status'):\n"
    "    print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))\n"
    "else:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)


def peak_memory(size: int) -> None:
    """Peak RSS of cleaning one document of ``size`` characters, over a baseline process
    that does everything but the cleaning (imports, pipeline built, text read)."""
    import tempfile

    seed = (ROOT / "seeds" / "iraq-troops.txt").read_text(encoding="utf-8")
    doc = ("\n\n".join([seed] * (size // len(seed) + 1)))[:size]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(doc)
        path = f.name
    src = str(ROOT / "src")

    def rss(clean: bool) -> float:
        code = (
            f"import resource, sys; sys.path.insert(0, {src!r}); import newsclean; "
            "p = newsclean.Pipeline(); p.clean('warm up the steps.'); "
            f"t = open({path!r}, encoding='utf-8').read(); " + ("p.clean(t); " if clean else "") + _PRINT_PEAK_KB
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        return int(out.split()[-1]) / 1024

    try:
        base, peak = rss(False), rss(True)
    finally:
        os.unlink(path)
    mb = len(doc.encode("utf-8")) / 1e6
    print(
        f"\n### peak memory: one {mb:.0f} MB document: baseline RSS {base:.0f} MB (imports, steps, text read), "
        f"peak while cleaning {peak:.0f} MB: +{peak - base:.0f} MB = {(peak - base) / mb:.1f}x the text size"
    )


def startup() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))

    def best(cmd: list[str], n: int = 7) -> float:
        ts = []
        for _ in range(n):
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=True)
            ts.append(time.perf_counter() - t0)
        return min(ts)

    bare = best([sys.executable, "-c", "pass"])
    imp = best([sys.executable, "-c", "import newsclean"])
    ftfy_imp = best([sys.executable, "-c", "import ftfy"])
    cli = best([sys.executable, "-m", "newsclean", "--version"])
    cli_run = best([sys.executable, "-m", "newsclean", str(ROOT / "seeds" / "iraq-troops.txt")])
    print("\n### start-up (best of 7, interpreter start subtracted)")
    print(f"import newsclean       {1000 * (imp - bare):7.1f} ms   (import ftfy: {1000 * (ftfy_imp - bare):.1f} ms)")
    print(f"newsclean --version    {1000 * (cli - bare):7.1f} ms")
    print(f"newsclean seed.txt     {1000 * (cli_run - bare):7.1f} ms   (import, build steps, clean one article)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    rounds = 3 if args.quick else 5
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}"
    )
    print(f"pipeline: {', '.join(Pipeline().names)}")
    articles = corpus_articles()
    funcs: dict[str, Callable[[str], str]] = {**anchors(), "newsclean.clean (default)": Pipeline().clean}
    throughput("clean articles", articles, funcs, rounds)
    pages = corpus_pages()
    if pages:
        throughput("page texts (extraction naive lines)", pages, funcs, rounds)
    per_step(articles, 1 if args.quick else 2)
    seed = (ROOT / "seeds" / "iraq-troops.txt").read_text(encoding="utf-8")
    sizes = [1_000, 100_000, 1_000_000] + ([] if args.quick else [10_000_000])
    scaling(seed, sizes)
    peak_memory(10_000_000 if not args.quick else 1_000_000)
    startup()


if __name__ == "__main__":
    main()
