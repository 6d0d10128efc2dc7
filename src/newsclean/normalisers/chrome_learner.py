"""Lines that recur across many documents of one source are chrome.

C4 and datatrove drop lines repeated across a crawl; here a
:class:`ChromeLearner` counts, per source, in how many documents each
normalised line occurs, and the chrome step removes a line that occurs in at
least ``min_docs`` documents and in at least ``min_share`` of the source's
documents.  Learners are mergeable (``a + b`` or :meth:`ChromeLearner.merge`),
so each worker of a distributed run learns its shard and the shards are
reduced into one; :meth:`to_dict`/:meth:`from_dict` serialise them.

>>> learner = ChromeLearner(min_docs=2)
>>> for body in ("One story.", "Another story.", "A third story."):
...     learner.add("Sign up for the Daily Brief\\n" + body, source="example.com")
>>> learner.is_chrome("Sign up for the Daily Brief", source="example.com")
True
>>> learner.is_chrome("One story.", source="example.com")
False
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from .chrome_lexicon import normalise_line

__all__ = ["ChromeLearner"]


def _key(norm: str) -> str:
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


class ChromeLearner:
    """Per-source document frequencies of normalised lines.

    ``min_docs``: a line must occur in at least this many documents of the
    source; ``min_share``: and in at least this share of them; lines of more
    than ``max_words`` words are not counted (repeated prose is a duplicate
    article, not chrome).
    """

    __slots__ = ("counts", "docs", "max_words", "min_docs", "min_share", "samples")

    def __init__(self, *, min_docs: int = 5, min_share: float = 0.2, max_words: int = 40) -> None:
        self.min_docs = min_docs
        self.min_share = min_share
        self.max_words = max_words
        self.docs: Counter[str] = Counter()
        self.counts: dict[str, Counter[str]] = {}
        self.samples: dict[str, str] = {}  # key -> one normalised line, for reports

    def _keys(self, lines: Iterable[str]) -> set[str]:
        keys = set()
        for line in lines:
            norm = normalise_line(line)
            if not norm or len(norm.split()) > self.max_words:
                continue
            k = _key(norm)
            keys.add(k)
            if k not in self.samples and len(self.samples) < 10_000:
                self.samples[k] = norm
        return keys

    def add(self, text: str, source: str = "") -> None:
        """Count the distinct lines of one document of ``source``."""
        self.docs[source] += 1
        self.counts.setdefault(source, Counter()).update(self._keys(text.split("\n")))

    def update(self, texts: Iterable[str], source: str = "") -> ChromeLearner:
        for text in texts:
            self.add(text, source)
        return self

    def merge(self, other: ChromeLearner) -> ChromeLearner:
        """Add ``other``'s counts to this learner (in place) and return it."""
        self.docs.update(other.docs)
        for source, counts in other.counts.items():
            self.counts.setdefault(source, Counter()).update(counts)
        for k, v in other.samples.items():
            self.samples.setdefault(k, v)
        return self

    def __add__(self, other: ChromeLearner) -> ChromeLearner:
        out = ChromeLearner(min_docs=self.min_docs, min_share=self.min_share, max_words=self.max_words)
        return out.merge(self).merge(other)

    def doc_freq(self, line: str, source: str = "") -> int:
        counts = self.counts.get(source)
        if not counts:
            return 0
        return counts.get(_key(normalise_line(line)), 0)

    def is_chrome(self, line: str, source: str = "") -> bool:
        """Whether ``line`` recurs in enough documents of ``source``."""
        n = self.docs.get(source, 0)
        if n < self.min_docs:
            return False
        df = self.doc_freq(line, source)
        return df >= self.min_docs and df >= self.min_share * n

    def to_dict(self) -> dict[str, object]:
        return {
            "min_docs": self.min_docs,
            "min_share": self.min_share,
            "max_words": self.max_words,
            "docs": dict(self.docs),
            "counts": {s: dict(c) for s, c in self.counts.items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> ChromeLearner:
        out = cls(min_docs=data["min_docs"], min_share=data["min_share"], max_words=data["max_words"])
        out.docs = Counter(data["docs"])
        out.counts = {s: Counter(c) for s, c in data["counts"].items()}
        return out
