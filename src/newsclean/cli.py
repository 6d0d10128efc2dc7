"""The ``newsclean`` command.

    newsclean FILE            print the cleaned text (no FILE or ``-``: stdin)
    newsclean FILE -o OUT     write OUT atomically (temp file + rename)
    newsclean FILE --in-place overwrite FILE (the only way to do so)
    newsclean --explain FILE  list every edit as ``line:col rule  'before' -> 'after'``
    newsclean --diff FILE     a diff, coloured on a terminal
    newsclean --json FILE     the cleaned text and edits as JSON

Bytes that are not UTF-8 are decoded with charset-normalizer, with a
one-line warning; binary input gets a one-line error and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .edits import Cleaned
from .pipeline import PRESETS, REGISTRY, format_default, get_pipeline

EXIT_INPUT = 2


class InputError(Exception):
    """Input that cannot be read as text; reported in one line, exit code 2."""


def decode_bytes(data: bytes, name: str = "<stdin>") -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not UTF-8.

    NUL bytes or bytes no encoding explains mean binary input: :class:`InputError`.
    """
    if b"\x00" in data:
        raise InputError(f"{name}: binary input (NUL bytes); newsclean reads text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    if best is not None:
        # Short texts often tie between Western and Central European code pages;
        # English news is far more often cp1252/latin-1, so prefer it on a tie.
        for m in matches:
            tied = m.chaos <= best.chaos + 0.02 and m.coherence >= best.coherence - 0.05
            if tied and any(enc in m.could_be_from_charset for enc in ("cp1252", "latin_1")):
                best = m
                break
    if best is None:
        raise InputError(f"{name}: binary or undecodable input; newsclean reads text")
    text = str(best)
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    if text and printable / len(text) < 0.95:
        raise InputError(f"{name}: binary input ({best.encoding} decoding gives control characters)")
    return text, f"{name}: not UTF-8, decoded as {best.encoding}"


def read_input(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from None
        name = path
    text, warning = decode_bytes(data, name)
    if warning:
        print(f"newsclean: warning: {warning}", file=sys.stderr)
    return text


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_explain(result: Cleaned) -> str:
    lines = []
    for e in result.edits:
        line, col = line_col(result.original, e.start)
        before = result.original[e.start : e.end]
        lines.append(f"{line}:{col} {e.rule}  {before!r} -> {e.replacement!r}")
    return "\n".join(lines)


def removed_report(result: Cleaned) -> str:
    """JSON lines, one per span of text the chrome step removed: where, what, which rule, why."""
    if "chrome" not in result.step_edits:
        return ""
    from .normalisers.chrome import removed_lines

    rows = []
    for entry in removed_lines(result):
        line, col = line_col(result.original, int(entry["start"]))  # type: ignore[call-overload]
        rows.append(json.dumps({"line": line, "col": col, **entry}, ensure_ascii=False))
    return "".join(row + "\n" for row in rows)


def _step_options(only: str | None, skip: str | None, chrome: str | None) -> dict[str, object]:
    names = [s.name for s in REGISTRY]
    options: dict[str, object] = {}

    def split(value: str) -> list[str]:
        items = [v.strip() for v in value.split(",") if v.strip()]
        unknown = [v for v in items if v not in names]
        if unknown:
            raise InputError(f"unknown step(s) {', '.join(unknown)}; valid steps: {', '.join(names)}")
        return items

    if only:
        wanted = set(split(only))
        options = {n: n in wanted for n in names}
    if skip:
        for n in split(skip):
            options[n] = False
    if chrome:
        if "chrome" not in names:
            raise InputError("this build has no chrome step")
        if options.get("chrome", True) is not False:
            options["chrome"] = chrome
    return options


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean and normalise English news text; every change is an explainable edit.",
    )
    p.add_argument("file", nargs="?", default="-", help="input text file (default: stdin)")
    p.add_argument("-o", "--output", help="write the cleaned text here (atomically)")
    p.add_argument("--in-place", action="store_true", help="overwrite the input file")
    show = p.add_mutually_exclusive_group()
    show.add_argument("--diff", action="store_true", help="print a diff of the changes")
    show.add_argument("--explain", action="store_true", help="list every edit with its rule")
    show.add_argument("--json", action="store_true", help="print text and edits as JSON")
    p.add_argument("--only", metavar="STEPS", help="run only these comma-separated steps")
    p.add_argument("--skip", metavar="STEPS", help="skip these comma-separated steps")
    p.add_argument("--preset", choices=PRESETS, default="safe", help="safe (default) or aggressive")
    p.add_argument("--chrome", choices=("article", "page"), help="chrome mode: article (default) or page")
    p.add_argument("--removed", metavar="FILE", help="write what the chrome step removed to FILE (JSON lines)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the diff")
    p.add_argument("--list-steps", action="store_true", help="list the steps and exit")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def list_steps() -> str:
    rows = []
    for s in REGISTRY:
        default = format_default(s.safe)
        modes = f" (modes: {', '.join(s.modes)})" if s.modes else ""
        rows.append(f"{s.name:16s} {default!s:8s} {s.description}{modes}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "batch":
        from .batch import main as batch_main

        return batch_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_steps:
        print(list_steps())
        return 0
    try:
        if args.in_place and (args.file == "-" or args.output):
            raise InputError("--in-place needs an input file and no -o")
        options = _step_options(args.only, args.skip, args.chrome)
        text = read_input(args.file)
    except InputError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    pipeline = get_pipeline(args.preset, **options)  # type: ignore[arg-type]
    result = pipeline.explain(text)
    if args.removed:
        write_atomic(args.removed, removed_report(result))
    if args.explain:
        out = format_explain(result)
        out = out + "\n" if out else ""
    elif args.diff:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        out = result.diff(color=color)
        out = out + "\n" if out else ""
    elif args.json:
        out = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        out = result.text
    try:
        if args.in_place:
            write_atomic(args.file, result.text)
            if args.explain or args.diff or args.json:
                sys.stdout.write(out)
        elif args.output:
            write_atomic(args.output, out)
        else:
            sys.stdout.write(out)
            sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
