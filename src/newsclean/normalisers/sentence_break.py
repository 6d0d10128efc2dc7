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
# "(?<=\p{Ll}\ )" before the first name, written after its first letter so that the
# engine looks behind only at capitals (several times faster)
_CANDIDATE = regex.compile(
    rf"(?P<a>\p{{Lu}}(?<=\p{{Ll}}\ \p{{Lu}})\p{{Ll}}[\p{{L}}'’\-]*+)(?P<gap>\ )(?P<b>{_NAME})\ (?P<verb>\p{{Ll}}+)\b"
)
_VERBS = frozenset(
    """said says told withdrew was were had has became took made went came won lost left sent
    added announced warned denied died arrived returned resigned decided agreed refused
    declared ordered launched urged insisted""".split()
)
_PLACE_PREPS = frozenset("in to from at near into across outside inside".split())
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*+")
# The tokens are those of _TOKEN.finditer over the text: a token starts at the first
# letter of a run of letters, apostrophes and hyphens and takes the rest of the run.
_TOKEN_CHARS = regex.compile(r"[\p{L}'’\-]*+")
_NOT_TOKEN_CHAR_BEFORE = regex.compile(r"(?r)[^\p{L}'’\-]")  # searched backwards
_MARKS_BEFORE = regex.compile(r"(?r)['’\-]*+")  # matched backwards
_LETTER = regex.compile(r"\p{L}")
_NON_LETTERS = regex.compile(r"[^\p{L}]*+")
_TOKEN_AND_GAP = regex.compile(r"(\p{L}[\p{L}'’\-]*+)([^\p{L}]*+)")
#: up to this many names, each is looked up with str.find; more, and the text is tokenised
#: once (so the time stays linear in the text whatever the number of names)
_FIND_NAMES = 16


def _token_start(text: str, end: int) -> int | None:
    """The start of the token that ends at ``end`` (the end of a run), if any."""
    before = _NOT_TOKEN_CHAR_BEFORE.search(text, 0, end)
    run_start = before.end() if before else 0
    first = _LETTER.search(text, run_start, end)
    return first.start() if first else None


def _occurrences(text: str, name: str) -> Iterator[tuple[str, str, str | None, str | None]]:
    """For each token whose form without a final ``'s`` is ``name``: the token, the
    text up to the next token, the next token (``None`` at the end), and the
    previous token when a single space separates the two (else ``None``).

    >>> list(_occurrences("to Baghdad's-x Baghdad. In Baghdad, Baghdadi 'Baghdad's", "Baghdad"))
    [('Baghdad', '. ', 'In', "Baghdad's-x"), ('Baghdad', ', ', 'Baghdadi', 'In'), ("Baghdad's", '', None, None)]
    """
    n = len(text)
    pos = text.find(name)
    while pos >= 0:
        start = pos
        pos = text.find(name, pos + 1)
        marks = _MARKS_BEFORE.match(text, 0, start).start()
        if marks and _LETTER.match(text, marks - 1):
            continue  # a letter before it in the same run: inside a token
        end = _TOKEN_CHARS.match(text, start).end()
        token = text[start:end]
        if (token[:-2] if token.endswith(("'s", "’s")) else token) != name:
            continue
        gap_end = _NON_LETTERS.match(text, end).end()
        nxt = text[gap_end : _TOKEN_CHARS.match(text, gap_end).end()] if gap_end < n else None
        prv = None
        if start >= 2 and text[start - 1] == " ":
            prv_start = _token_start(text, start - 1)
            if prv_start is not None:
                prv = text[prv_start : start - 1]
        yield token, text[end:gap_end], nxt, prv


def _occurrences_of(text: str, names: set[str]) -> Iterator[tuple[str, str, str | None, str | None]]:
    """``(name, gap, next token, previous token)`` as :func:`_occurrences` gives them,
    for every name of ``names``.

    >>> sorted(_occurrences_of("in Kabul Obama said", {"Kabul", "Obama"}))
    [('Kabul', ' ', 'Obama', 'in'), ('Obama', ' ', 'said', 'Kabul')]
    """
    if len(names) <= _FIND_NAMES:
        for name in names:
            for _token, gap, nxt, prv in _occurrences(text, name):
                yield name, gap, nxt, prv
        return
    toks = _TOKEN_AND_GAP.findall(text)
    last = len(toks) - 1
    for i, (token, gap) in enumerate(toks):
        name = token[:-2] if token.endswith(("'s", "’s")) else token
        if name in names:
            nxt = toks[i + 1][0] if i < last else None
            prv = toks[i - 1][0] if i and toks[i - 1][1] == " " else None
            yield name, gap, nxt, prv


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
        # a title, a day, a month or a closed-class word is never one of the two names,
        # whatever the evidence: those candidates need none
        cands = [
            m
            for m in cands
            if not ({m["a"].lower(), m["b"].lower()} & self._stop or m["a"] in self._always or m["b"] in self._always)
        ]
        if not cands:
            return
        # the evidence is only ever read for the candidates' names, so only their
        # occurrences are counted
        first = {m["a"] for m in cands}
        second = {m["b"] for m in cands}
        wanted = first | second
        place: Counter[str] = Counter()  # after in/to/from/at/near, not followed by a capitalised word
        surname: Counter[str] = Counter()  # after a capitalised word, not followed by one
        before_cap: Counter[str] = Counter()  # capitalised and followed by a capitalised word
        pairs: Counter[tuple[str, str]] = Counter()
        # (a capital this Python does not know as one is never counted)
        for w, gap, nxt, prv in _occurrences_of(text, {w for w in wanted if w[0].isupper()}):
            if nxt is not None and gap == " " and nxt[0].isupper():
                before_cap[w] += 1
                pairs[(w, nxt)] += 1
            elif prv is not None:
                if prv in _PLACE_PREPS:
                    place[w] += 1
                elif prv[0].isupper() and prv.lower() not in self._stop:
                    surname[w] += 1
        for m in cands:
            a, b = m["a"], m["b"]
            # the evidence must come from elsewhere: this occurrence counts once in each
            if pairs[(a, b)] > 1:
                continue
            # Name1 is a place (seen after in/to/from ...), Name2 a person (seen as a surname)
            if place[a] < 1 or before_cap[a] > 1:
                continue
            if surname[b] < 1 or pairs[(a, b)] > 1:
                continue
            yield self.edit(
                m.start("gap"), m.end("gap"), ". ", "missing_stop", f"{a!r} ends a sentence and {b!r} starts one"
            )
