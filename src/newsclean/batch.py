"""``newsclean batch``: clean many files or JSONL records, in parallel, streaming.

    newsclean batch IN... -o OUT [--field text] [--with-edits] [-j N]

Each IN is a ``.txt`` file, a directory (its ``*.txt`` files, recursively) or
a ``.jsonl`` file.  Results go under the directory OUT: text files keep their
path relative to the directory given, a JSONL file keeps its name.  An output
that already exists is skipped (``--overwrite`` to redo it); every output is
written to a temporary file and renamed when complete, so a crash never
leaves a half-written file under the final name.

JSONL records are streamed: memory stays flat whatever the input size.  The
text of ``--field`` is replaced by its cleaned form, other fields pass
through, ``--with-edits`` adds ``<field>_edits`` (the edit list).  A record
that fails (bad JSON, no such field, an exception) is reported on stderr with
its id (``id`` field or ``file:line``), written unchanged to the output with a
``newsclean_error`` field (or, for a line that is not JSON, to
``<name>.errors.jsonl``), and the run goes on; the exit code is then 1.
At the end a summary of edits by rule is printed to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from tqdm import tqdm

from .cli import InputError, _step_options, decode_bytes
from .pipeline import PRESETS, Pipeline, get_pipeline

WINDOW_PER_WORKER = 64  # records in flight per worker: bounds memory

_PIPELINE: Pipeline | None = None
_FIELD = "text"
_WITH_EDITS = False


def _init_worker(preset: str, options: dict[str, object], field: str, with_edits: bool) -> None:
    global _PIPELINE, _FIELD, _WITH_EDITS
    _PIPELINE = get_pipeline(preset, **options)  # type: ignore[arg-type]
    _FIELD = field
    _WITH_EDITS = with_edits


def _record_id(record: Any, where: str) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), (str, int)):
        return str(record["id"])
    return where


def process_record(item: tuple[str, str]) -> tuple[str, str | None, dict[str, int], str | None]:
    """Clean one JSONL line: ``(output line or '', error line or None, rule counts, error message)``."""
    where, line = item
    assert _PIPELINE is not None
    counts: dict[str, int] = {}
    try:
        record = json.loads(line)
    except ValueError as exc:
        err = json.dumps({"where": where, "error": f"not JSON: {exc}", "raw": line}, ensure_ascii=False)
        return "", err, counts, f"{where}: not JSON ({exc})"
    try:
        if not isinstance(record, dict):
            raise TypeError("record is not a JSON object")
        text = record.get(_FIELD)
        if not isinstance(text, str):
            raise KeyError(f"no string field {_FIELD!r}")
        if _WITH_EDITS:
            result = _PIPELINE.explain(text)
            record[_FIELD] = result.text
            record[f"{_FIELD}_edits"] = [e.to_dict(text) for e in result.edits]
            for e in result.edits:
                for rule in e.rules:
                    counts[rule] = counts.get(rule, 0) + 1
        else:
            record[_FIELD] = _PIPELINE.clean(text, counts=counts)
        return json.dumps(record, ensure_ascii=False), None, counts, None
    except Exception as exc:  # a bad record must not stop the run
        message = f"{type(exc).__name__}: {exc}"
        if isinstance(record, dict):
            record["newsclean_error"] = message
            out = json.dumps(record, ensure_ascii=False)
        else:
            out = json.dumps({"newsclean_error": message, "record": record}, ensure_ascii=False)
        return out, None, counts, f"{_record_id(record, where)}: {message}"


def process_text_file(item: tuple[str, str]) -> tuple[str, str | None, dict[str, int], str | None]:
    """Clean one text file into its output path."""
    src, dst = item
    assert _PIPELINE is not None
    counts: dict[str, int] = {}
    try:
        text, warning = decode_bytes(Path(src).read_bytes(), src)
    except (InputError, OSError) as exc:
        return dst, None, counts, str(exc)
    cleaned = _PIPELINE.clean(text, counts=counts)
    _write_atomic(Path(dst), cleaned)
    return dst, None, counts, warning and f"warning: {warning}"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


class _Progress:
    """A tqdm progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, enabled: bool, label: str) -> None:
        self._bar = tqdm(desc=label, unit=" docs", file=sys.stderr) if enabled else None

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    window: list[Any] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def _run(func: Any, items: Iterable[Any], jobs: int, init_args: tuple[Any, ...]) -> Iterator[Any]:
    """Results of ``func`` over ``items`` in order, with at most a window in memory."""
    if jobs <= 1:
        _init_worker(*init_args)
        for item in items:
            yield func(item)
        return
    ctx = get_context("spawn" if sys.platform == "win32" else "fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=init_args) as pool:
        for window in _windows(items, WINDOW_PER_WORKER * jobs):
            yield from pool.imap(func, window, chunksize=8)


def _jsonl_lines(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8", errors="surrogateescape") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip():
                yield f"{path.name}:{number}", line


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsclean batch", description="Clean many files or JSONL records.")
    p.add_argument("inputs", nargs="+", help=".txt files, directories of .txt files, or .jsonl files")
    p.add_argument("-o", "--output", required=True, help="output directory")
    p.add_argument("--field", default="text", help="JSONL field holding the text (default: text)")
    p.add_argument("--with-edits", action="store_true", help="add <field>_edits to each JSONL record")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--overwrite", action="store_true", help="redo outputs that already exist")
    p.add_argument("--only", metavar="STEPS")
    p.add_argument("--skip", metavar="STEPS")
    p.add_argument("--preset", choices=PRESETS, default="safe")
    p.add_argument("--chrome", choices=("article", "page"))
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto")
    return p


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        options = _step_options(args.only, args.skip, args.chrome)
    except InputError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    out_dir = Path(args.output)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = max(1, args.jobs)
    init_args = (args.preset, options, args.field, args.with_edits)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    totals: Counter[str] = Counter()
    failures = 0
    docs = 0
    skipped = 0

    text_jobs: list[tuple[str, str]] = []
    jsonl_inputs: list[Path] = []
    for name in args.inputs:
        path = Path(name)
        if path.is_dir():
            for src in sorted(path.rglob("*.txt")):
                text_jobs.append((str(src), str(out_dir / src.relative_to(path))))
        elif path.suffix == ".jsonl":
            jsonl_inputs.append(path)
        elif path.is_file():
            text_jobs.append((str(path), str(out_dir / path.name)))
        else:
            print(f"newsclean: error: {name}: no such file or directory", file=sys.stderr)
            failures += 1

    if text_jobs:
        todo = [j for j in text_jobs if args.overwrite or not Path(j[1]).exists()]
        skipped += len(text_jobs) - len(todo)
        progress = _Progress(show, "text files")
        for _dst, _, counts, message in _run(process_text_file, todo, jobs, init_args):
            docs += 1
            totals.update(counts)
            if message:
                print(f"newsclean: {message}", file=sys.stderr)
                if not message.startswith("warning:"):
                    failures += 1
            progress.update()
        progress.close()

    for path in jsonl_inputs:
        dst = out_dir / path.name
        if dst.exists() and not args.overwrite:
            skipped += 1
            print(f"newsclean: {dst} exists, skipped", file=sys.stderr)
            continue
        progress = _Progress(show, path.name)
        fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=out_dir)
        err_path = out_dir / f"{path.stem}.errors.jsonl"
        err_file = None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as out:
                for line, err, counts, message in _run(process_record, _jsonl_lines(path), jobs, init_args):
                    docs += 1
                    totals.update(counts)
                    if line:
                        out.write(line + "\n")
                    if err is not None:
                        if err_file is None:
                            err_file = err_path.open("w", encoding="utf-8", errors="surrogateescape")
                        err_file.write(err + "\n")
                    if message:
                        failures += 1
                        print(f"newsclean: error: {message}", file=sys.stderr)
                    progress.update()
            os.replace(tmp, dst)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
            if err_file is not None:
                err_file.close()
            progress.close()

    print(f"newsclean batch: {docs} documents, {skipped} outputs skipped, {failures} failures", file=sys.stderr)
    for rule, n in totals.most_common():
        print(f"  {rule:40s} {n}", file=sys.stderr)
    return 1 if failures else 0
