"""Missing sentence break: ``... appeared to threaten Baghdad Obama withdrew US troops ...``.

Machine translation sometimes drops the full stop between two sentences when
the first ends with a name and the second starts with one.  The step inserts
``. `` between the two names (rule ``sentence_break.missing_stop``) only when
the document's own evidence says they are two names, not one:

* the pattern is ``<lower-case word> <Name1> <Name2> <verb>``, the verb a
  lower-case past-tense or reporting verb (``withdrew``, ``said``, ``-ed``);
* ``Name1`` is seen elsewhere in the document as a place on its own (after
  *in*, *to*, *from*, *at* ..., not followed by a capitalised word), and
  the pair ``Name1 Name2`` is never seen elsewhere;
* ``Name2`` is seen elsewhere in the document as a surname (after a
  capitalised word, not followed by one: ``Barack Obama's``);
* neither is a title (``President``), a day, a month or a closed-class
  word, and ``Name1`` is not a demonym-like modifier seen before other
  capitalised words.

It is OFF by default and on under ``preset="aggressive"`` only: on the test
set of tests/test_sentence_break.py it is precise, but the evidence it needs
is thin in short texts, and a wrong full stop breaks a sentence in two.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> t = ("Barack Obama sent troops to Baghdad. The attack appeared to threaten Baghdad Obama withdrew"
...      " troops in 2011.")
>>> apply_edits(t, list(SentenceBreak().find_edits(Document(t))))[37:]
'The attack appeared to threaten Baghdad. Obama withdrew troops in 2011.'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from ..datafiles import load_words
from ..document import Document
from ..edits import Edit
from . import Step

_NAME = r"\p{Lu}\p{Ll}[\p{L}'’\-]*+"
_CANDIDATE = regex.compile(
    rf"(?<=\p{{Ll}}\ )(?P<a>{_NAME})(?P<gap>\ )(?P<b>{_NAME})\ (?P<verb>\p{{Ll}}+)\b"
)
_VERBS = frozenset(
    """said says told withdrew was were had has became took made went came won lost left sent
    added announced warned denied died arrived returned resigned decided agreed refused
    declared ordered launched urged insisted""".split()
)
_PLACE_PREPS = frozenset("in to from at near into across outside inside".split())
_POSSESSIVE = regex.compile(r"['’]s\Z")
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*+")


class SentenceBreak(Step):
    """Insert a missing full stop between two names.

    >>> SentenceBreak().name
    'sentence_break'
    """

    name = "sentence_break"

    def __init__(self, *, preset: str = "safe") -> None:
        super().__init__(preset=preset)
        self._stop = load_words("titlecase/function_words.txt")
        self._always = load_words("titlecase/always_capitalised.txt")

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        cands = [m for m in _CANDIDATE.finditer(text) if m["verb"] in _VERBS or m["verb"].endswith("ed")]
        if not cands:
            return
        place: Counter[str] = Counter()  # after in/to/from/at/near, not followed by a capitalised word
        surname: Counter[str] = Counter()  # after a capitalised word, not followed by one
        alone: Counter[str] = Counter()  # capitalised, not followed by a capitalised word
        before_cap: Counter[str] = Counter()  # capitalised and followed by a capitalised word
        pairs: Counter[tuple[str, str]] = Counter()
        toks = list(_TOKEN.finditer(text))
        for i, t in enumerate(toks):
            w = _POSSESSIVE.sub("", t.group())
            if not w[0].isupper():
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and text[t.end() : nxt.start()] == " " and nxt.group()[0].isupper():
                before_cap[w] += 1
                pairs[(w, nxt.group())] += 1
            else:
                alone[w] += 1
                prv = toks[i - 1] if i else None
                if prv is not None and text[prv.end() : t.start()] == " ":
                    if prv.group() in _PLACE_PREPS:
                        place[w] += 1
                    elif prv.group()[0].isupper() and prv.group().lower() not in self._stop:
                        surname[w] += 1
        for m in cands:
            a, b = m["a"], m["b"]
            if {a.lower(), b.lower()} & self._stop or a in self._always or b in self._always:
                continue
            # the evidence must come from elsewhere: this occurrence counts once in each
            if pairs[(a, b)] > 1:
                continue
            # Name1 is a place (seen after in/to/from ...), Name2 a person (seen as a surname)
            if place[a] < 1 or before_cap[a] > 1:
                continue
            if surname[b] < 1 or pairs[(a, b)] > 1:
                continue
            yield self.edit(m.start("gap"), m.end("gap"), ". ", "missing_stop", f"{a!r} ends a sentence and {b!r} starts one")
