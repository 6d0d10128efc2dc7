"""Title Case leak: a body sentence, or its leading clause, written in Title Case.

Machine translation and careless copy-editing sometimes put a headline's Title
Case into the body: ``Iraqi Prime Minister Says His Country No Longer Needs
American Combat Troops To Fight Islamic State groups, but ...``.  This step
puts such a run into sentence case, deciding each word from the document's
own evidence; no trained model, no dictionary.

A run is a candidate (rule ``titlecase.sentence_case``) when:

* it starts a sentence on a line of running text (never the headline; the
  line ends like a sentence, so subheads are out), outside quotation marks,
  and is a run of at least 5 capitalised words separated by single spaces,
  none of them a SHOUTED closed-class word (``OF``, ``THE``);
* at least 3 of its words after the first are capitalised closed-class words
  (``His``, ``To``, ``No``, ``Of``, ``Says`` ...; data/titlecase/function_words.txt):
  a proper name (``Bank of England``, ``New York Police Department``) does
  not capitalise those;
* the line holds a lower-case word outside the run (the run is a leading
  clause), or the whole line is one long sentence (8+ words) in Title Case
  ending in a full stop; so a title line or a line of names is left alone.

Each word after the first then keeps or loses its capital:

* kept: the pronoun ``I``, acronyms (``US``, ``IS``), words with a capital
  inside (``McDonald``), the always-capitalised classes of
  data/titlecase/always_capitalised.txt (days, months, countries, demonyms,
  languages, religions);
* kept: a word of a pair seen capitalised together mid-sentence elsewhere
  in the document and never in lower case (``Islamic State``);
* lowered: closed-class words; words the document writes in lower case
  mid-sentence elsewhere (``prime minister``, ``troops``);
* lowered: a word the caller's corpus vocabulary knows in lower case
  (``TitleCase(common_words=...)`` or ``context["lowercase_words"]``, a
  set built over a batch), when the document itself has no evidence;
* kept: every other word (seen only capitalised, or not seen at all): a
  proper noun is never lowered on a guess.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> t = ("Headline\\n\\nThe Prime Minister Says His Country Needs No Troops To Fight, but talks go on."
...      "\\n\\nThe prime minister said the country needs troops to fight.")
>>> apply_edits(t, list(TitleCase().find_edits(Document(t)))).splitlines()[2]
'The prime minister says his country needs no troops to fight, but talks go on.'
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator

import regex

from ..datafiles import load_words
from ..document import Document
from ..edits import Edit
from . import Step

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+")
# a sentence starts at the start of a paragraph/line or after . ! ? (and a closing quote)
_SENT_START = regex.compile(r"(?:^|(?<=[.!?][\"”’')]?[ \t]+))(?=\p{Lu})", regex.MULTILINE)
# a run: capitalised words separated by single spaces
_CAPWORD = r"\p{Lu}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+"
_NUMBER = r"[\p{Sc}(]?\d[\d.,]*+(?:%|\p{L}{1,3})?\)?"  # 40%, $900m, (£479m) inside a run
_RUN = regex.compile(rf"{_CAPWORD}(?:\ (?:{_CAPWORD}|{_NUMBER}(?=\ \p{{Lu}})))*+")
# Pre-check: a candidate run holds five words, so five tokens (a token holds at most one
# word), so it starts with a match of _RUN5, at a sentence start: the start of the text,
# after a newline, or after what _SENT_START's lookbehind asks for.  Those boundaries are
# found with a scan that starts with a few plain characters (fast), not at every capital.
_RUN5 = rf"{_CAPWORD}(?:\ (?:{_CAPWORD}|{_NUMBER}(?=\ \p{{Lu}}))){{4}}"
_RUN5_AT_START = regex.compile(_RUN5)
_RUN5_AFTER_BOUNDARY = regex.compile(rf"(?:[.!?][\"”’')]?[ \t]+|\n)(?={_RUN5})")
_OPEN_QUOTES = "\"“‘'«"
_MIN_FUNCTION = 3
_TERMINAL = frozenset(".!?…\"”’')")
_MIN_CONTEXT_LOWER = 1
_MIN_WHOLE_SENTENCE = 8


def _is_lower(w: str) -> bool:
    return w[:1].islower()


class TitleCase(Step):
    """Sentence-case a Title Case leak in body text.

    >>> TitleCase().name
    'titlecase'
    """

    name = "titlecase"

    def __init__(self, *, preset: str = "safe", common_words: Iterable[str] | None = None) -> None:
        super().__init__(preset=preset)
        #: words known (from a corpus) to be written in lower case; a batch run may also
        #: pass them per run as ``context["lowercase_words"]``
        self._common = frozenset(w.lower() for w in common_words) if common_words is not None else frozenset()
        self._function = load_words("titlecase/function_words.txt")
        self._always = load_words("titlecase/always_capitalised.txt")

    def _candidates(self, doc: Document, sites: list[int]) -> list[tuple[int, int, list[regex.Match[str]]]]:
        text = doc.text
        headline = doc.headline
        out = []
        k = 0
        for line in doc.lines:
            # only lines holding a start of a five-token run (``sites``, in order) can hold a candidate
            while k < len(sites) and sites[k] < line.start:
                k += 1
            if k == len(sites):
                break
            if sites[k] >= line.end:
                continue
            if headline is not None and headline.start <= line.start < headline.end:
                continue
            ltext = line.of(text).rstrip()
            # running text ends like a sentence; a subhead or a title line does not
            if len(ltext) < 40 or ltext[-1] not in _TERMINAL:
                continue
            for s in _SENT_START.finditer(ltext):
                m = _RUN.match(ltext, s.start())
                if not m:
                    continue
                words = list(_WORD.finditer(m.group()))
                if len(words) < 5:
                    continue
                shouted = [w.group() for w in words if w.group().isupper() and w.group().lower() in self._function]
                if len(shouted) > 1 or any(len(w) > 2 for w in shouted):
                    continue  # SHOUTED headings: "KNIGHTS OF THE OLD REPUBLIC" (but "US" is a country)
                n_function = sum(1 for w in words[1:] if w.group().lower() in self._function)
                if n_function < _MIN_FUNCTION:
                    continue
                # inside quotation marks: a quoted title
                before = ltext[: m.start()]
                if (before and before[-1] in _OPEN_QUOTES) or before.count("“") > before.count("”") or before.count('"') % 2:
                    continue
                rest = before + " " + ltext[m.end() :]
                if sum(1 for w in _WORD.finditer(rest) if _is_lower(w.group())) < _MIN_CONTEXT_LOWER:
                    # a whole sentence in Title Case: only a long one ending in a full stop
                    if not (ltext.endswith(".") and len(words) >= _MIN_WHOLE_SENTENCE):
                        continue
                out.append((line.start + m.start(), line.start + m.end(), words))
        return out

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if len(text) < 40:
            return
        sites = [m.end() for m in _RUN5_AFTER_BOUNDARY.finditer(text)]
        if _RUN5_AT_START.match(text):
            sites.insert(0, 0)
        if not sites:
            return
        candidates = self._candidates(doc, sites)
        if not candidates:
            return
        # the document's evidence, outside the candidate runs and the headline
        skip = [(s, e) for s, e, _ in candidates]
        if doc.headline is not None:
            skip.append((doc.headline.start, doc.headline.end))
        # the union of the skipped spans, merged and sorted, looked up by bisection
        merged: list[list[int]] = []
        for s, e in sorted(skip):
            if s >= e:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        skip_starts = [s for s, _ in merged]
        lower: Counter[str] = Counter()
        cap_pairs: set[tuple[str, str]] = set()
        low_pairs: set[tuple[str, str]] = set()
        cap_triples: set[tuple[str, str, str]] = set()  # "Bank of England"
        starts = {m.start() for m in _SENT_START.finditer(text)}
        # (key, capitalised mid-sentence, lower case, end) of the previous two words, when adjacent
        p1: tuple[str, bool, bool, int] | None = None
        p2: tuple[str, bool, bool, int] | None = None
        for w in _WORD.finditer(text):
            k = bisect.bisect_right(skip_starts, w.start()) - 1
            if k >= 0 and w.start() < merged[k][1]:
                p1 = p2 = None
                continue
            word = w.group()
            key = word.lower()
            cap = word[:1].isupper() and w.start() not in starts
            low = _is_lower(word)
            if low:
                lower[key] += 1
            if p1 is not None and text[p1[3] : w.start()] == " ":
                if p1[1] and cap:
                    cap_pairs.add((p1[0], key))
                elif p1[2] and low:
                    low_pairs.add((p1[0], key))
                if p2 is not None and p2[1] and p1[2] and cap and text[p2[3] : w.start()].count(" ") == 2:
                    cap_triples.add((p2[0], p1[0], key))
            else:
                p1 = None
            p2, p1 = p1, (key, cap, low, w.end())
        corpus = doc.context.get("lowercase_words")
        common = self._common | frozenset(corpus) if isinstance(corpus, (set, frozenset)) else self._common
        for base, _end, words in candidates:
            keys = [w.group().lower() for w in words]
            kept = [True] * len(words)
            protected = set()
            for i in range(len(words) - 2):
                if (keys[i], keys[i + 1], keys[i + 2]) in cap_triples:
                    protected.update((i, i + 2))
            for i, w in enumerate(words[1:], 1):
                word = w.group()
                key = keys[i]
                if i in protected or self._keep(word, key, keys, i, kept, lower, cap_pairs, low_pairs, common):
                    continue
                kept[i] = False
                start = base + w.start()
                yield self.edit(
                    start,
                    start + 1,
                    word[0].lower(),
                    "sentence_case",
                    "Title Case in a body sentence; "
                    + ("a closed-class word" if key in self._function else f"{key!r} is written in lower case elsewhere"),
                )

    def _keep(self, word, key, keys, i, kept, lower, cap_pairs, low_pairs, common) -> bool:
        if word == "I" or (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]):
            return True
        if word in self._always or word.split("-")[0] in self._always:
            return True
        left = (keys[i - 1], key)
        # after a word kept as a name, a pair seen capitalised elsewhere stays ("London Stock Exchange")
        if left in cap_pairs and (left not in low_pairs or (kept[i - 1] and keys[i - 1] not in self._function)):
            return True
        if i + 1 < len(keys) and (key, keys[i + 1]) in cap_pairs and (key, keys[i + 1]) not in low_pairs:
            return True
        if key in self._function:
            return False
        if lower[key] > 0:
            return False
        # no evidence in the document: the corpus vocabulary, when given, decides;
        # a word it does not know as a lower-case word keeps its capital
        return key not in common
