"""Loading rule data: TSV and TXT files shipped inside the package.

Open-ended lists (chrome phrases, calques, transliteration rules, titles)
live in ``newsclean/data/<step>/``.  Every file:

* is UTF-8; lines starting with ``#`` and blank lines are comments;
* TSV files start with a header line naming their columns, and must have a
  ``source`` column saying where each entry comes from;
* is validated when loaded (column count, required columns, optional
  per-row checks) and comes back immutable (tuples of read-only mappings),
  cached, so every step shares one copy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import resources
from types import MappingProxyType

__all__ = ["DataError", "data_text", "load_tsv", "load_words"]


class DataError(ValueError):
    """A rule data file is malformed; the message names file and line."""


def data_text(relpath: str) -> str:
    """The text of ``newsclean/data/<relpath>``."""
    return resources.files("newsclean").joinpath("data", relpath).read_text(encoding="utf-8")


def _content_lines(relpath: str) -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate(data_text(relpath).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((number, line.rstrip("\r")))
    return out


@cache
def _load_tsv(relpath: str, required: tuple[str, ...]) -> tuple[Mapping[str, str], ...]:
    lines = _content_lines(relpath)
    if not lines:
        raise DataError(f"{relpath}: no header line")
    header = tuple(col.strip() for col in lines[0][1].split("\t"))
    if "source" not in header:
        raise DataError(f"{relpath}:{lines[0][0]}: the header needs a 'source' column, has {header}")
    for col in required:
        if col not in header:
            raise DataError(f"{relpath}:{lines[0][0]}: missing column {col!r}")
    rows = []
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DataError(f"{relpath}:{number}: {len(cells)} cells, the header has {len(header)}: {line!r}")
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        for col in (*required, "source"):
            if not row[col]:
                raise DataError(f"{relpath}:{number}: empty {col!r}")
        row["_line"] = str(number)
        rows.append(MappingProxyType(row))
    return tuple(rows)


def load_tsv(
    relpath: str,
    required: Sequence[str] = (),
    check: Callable[[Mapping[str, str]], str | None] | None = None,
    unique: str | None = None,
) -> tuple[Mapping[str, str], ...]:
    """Rows of a TSV rule file as read-only mappings (plus ``_line``).

    ``check`` returns an error message for a bad row, or ``None``; ``unique`` names a
    column no two rows may repeat (a row written twice is an editing slip).
    """
    rows = _load_tsv(relpath, tuple(required))
    if check is not None:
        for row in rows:
            problem = check(row)
            if problem:
                raise DataError(f"{relpath}:{row['_line']}: {problem}")
    if unique is not None:
        first: dict[str, str] = {}
        for row in rows:
            seen = first.setdefault(row[unique], row["_line"])
            if seen != row["_line"]:
                raise DataError(f"{relpath}:{row['_line']}: {unique} {row[unique]!r} is already on line {seen}")
    return rows


@cache
def load_words(relpath: str) -> frozenset[str]:
    """A TXT word list: one entry per line; its ``#`` header says where it comes from."""
    lines = data_text(relpath).splitlines()
    if not any(line.startswith("# source:") for line in lines[:20]):
        raise DataError(f"{relpath}: a word list needs a '# source:' line in its header")
    # (the lines _content_lines keeps, stripped: one pass, as a list of 40,000 words is long)
    return frozenset(word for line in lines if (word := line.strip()) and word[0] != "#")
