"""Streaming memory of ``newsclean batch``: peak RSS stays flat as the JSONL grows.

Writes JSONL files of growing size (records built from the seed article with
a few artefacts), runs ``newsclean batch`` on each in a child process, and
prints the largest resident set size of any process of the run (the parent or
a worker) next to the input size.

    python benchmarks/batch_memory.py                         # 10 and 100 MB, default steps
    python benchmarks/batch_memory.py --sizes 1000 --only whitespace,unicode -j 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_jsonl(path: Path, megabytes: int) -> int:
    seed = (ROOT / "seeds" / "iraq-troops.txt").read_text(encoding="utf-8")
    target = megabytes * 1_000_000
    written = n = 0
    with path.open("w", encoding="utf-8") as f:
        while written < target:
            line = json.dumps({"id": n, "text": seed.replace("Iraq", f"Iraq {n % 97}"), "lang": "en"}) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def run(path: Path, out: Path, jobs: int, only: str | None) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "newsclean", "batch", str(path), "-o", str(out), "-j", str(jobs), "--overwrite"]
    if only:
        cmd += ["--only", only]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    t0 = time.perf_counter()
    # a fresh Python per size, so ru_maxrss of its children is this run's peak
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    res = subprocess.run([sys.executable, "-c", probe, *cmd], env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - t0, int(res.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100", help="comma-separated input sizes in MB")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--only", help="steps to run (memory is about streaming, not the steps)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input MB':>9s} {'records':>9s} {'seconds':>9s} {'peak RSS MB':>12s}")
        for mb in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"in{mb}.jsonl"
            n = make_jsonl(path, mb)
            seconds, rss = run(path, Path(tmp) / "out", args.jobs, args.only)
            print(f"{mb:9d} {n:9d} {seconds:9.1f} {rss:12.0f}")
            path.unlink()


if __name__ == "__main__":
    main()
