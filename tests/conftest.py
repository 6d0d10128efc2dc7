"""Shared fixtures: where the external data lives, and skipping without it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (derandomize): a red run then means a change broke
# something, not that the search happened on an old, rare counterexample.  Locally the
# search stays random and keeps finding new cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSCLEAN_DATA", REPO.parent / "shared" / "data"))


def data_path(relpath: str) -> Path:
    """A file of ../shared/data, or skip the test with the reason."""
    path = DATA / relpath
    if not path.exists():
        pytest.skip(f"external data not found: {path} (set NEWSCLEAN_DATA or put shared/ beside the repo)")
    return path


def read_jsonl(relpath: str) -> Iterator[dict]:
    with data_path(relpath).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


@pytest.fixture(scope="session")
def bbc_articles() -> list[str]:
    """The clean BBC articles as texts (headline, blank line, paragraphs)."""
    return [
        rec["title"] + "\n\n" + "\n\n".join(rec["paragraphs"])
        for rec in read_jsonl("articles/bbc_news_2004_2005.jsonl")
    ]


@pytest.fixture(scope="session")
def extraction_gold_texts() -> list[str]:
    """Gold article texts of the English extraction pages (curly quotes, dashes)."""
    texts = []
    for name in ("scrapinghub_aeb.jsonl", "mozilla_readability.jsonl"):
        for rec in read_jsonl(f"extraction/{name}"):
            if rec.get("likely_english", True) and rec.get("gold_text"):
                texts.append(rec["gold_text"])
    return texts
