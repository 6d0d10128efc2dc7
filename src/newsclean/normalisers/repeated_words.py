"""Repeated words: ``the the`` becomes ``the``.

A word written twice in a row, separated by one space, is a typing or
machine-translation slip unless the doubling is legitimate English.  The
legitimate doubles are data (``data/repeated_words/keep.tsv``: ``had had``,
``that that``, particles such as ``came in in March`` ...).

Rules:

* ``repeated_words.double``: two identical lower-case words (or a
  capitalised word followed by its lower-case copy at a sentence start,
  ``The the``) separated by one space; the second copy is removed.
  Capitalised doubles (``Bora Bora``, ``Baden Baden``, ``Duran Duran``)
  and numbers are never touched.
* ``repeated_words.phrase``: a run of two or three words written twice in a row
  (``and its and its``, ``the process of the process of``, ``on duty on duty``);
  the second copy is removed.  The phrase must hold a function word
  (``of``, ``the``, ``its``, ``on`` ...; a closed set below) and no
  connector that makes repetition idiomatic (``more and more``, ``time and
  time again``, ``Measure for Measure``, ``jewels after jewels``), and must not
  be an article and a noun (``what makes a gadget a gadget``).  A chant
  (a copy followed by ``!`` or a third copy inside quotation marks) is kept.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = RepeatedWords()
>>> t = "He said the the plan had had support."
>>> apply_edits(t, list(step.find_edits(Document(t))))
'He said the plan had had support.'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, count
from operator import eq

import regex

from ..datafiles import load_tsv, load_words
from ..document import Document
from ..edits import Edit
from . import Step
from .numbers import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# a word (letters, inner apostrophe), one space, the same word; the second copy lower case
_DOUBLE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?P<w>\p{L}++(?:['’]\p{L}++)?)(?P<gap>\ )(?P<w2>(?i:(?P=w)))(?![\p{L}\p{N}'’\-])"
)


# A superset of _DOUBLE's matches for the standard-library engine (much faster on
# backreferences): every text _DOUBLE matches has a match of this.
# It runs on the lower-cased text with "_" made a space (so a word boundary ``\b`` is
# where _DOUBLE's lookarounds are), case-sensitively: faster than a lookbehind and
# IGNORECASE at every position.
_PRECHECK = re.compile(r"\b([\w'’]+) \1\b")
# the same on ASCII text, where ASCII classes are the Unicode ones: about twice as fast
# (and possessive: only a whole run of word characters can be followed by the space)
_PRECHECK_ASCII = re.compile(r"\b([\w'’]++) \1\b", re.ASCII)


# two or three words, one space, the same words again (exact case): the phrase rule
_PHRASE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?P<p>\p{L}++(?:['’]\p{L}++)?(?:\ \p{L}++(?:['’]\p{L}++)?){1,2})"
    r"(?P<gap>\ )(?P=p)(?![\p{L}\p{N}'’\-])"
)
# The phrase pre-check works on words (str.split, C-level comparisons; a backreference
# pattern tried at every word costs 0.3 s per MB): a doubled phrase of k words has
# word i equal to word i+k and word i+1 equal to word i+k+1.  Punctuation is made a
# space first, so "and its and its." holds the pair.
_NON_WORD = re.compile(r"[^\w'’]+")
_ASCII_PUNCT = b'!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~'
_PHRASE_PUNCT_BYTES = bytes.maketrans(_ASCII_PUNCT, b" " * len(_ASCII_PUNCT))


def _phrase_starts(text: str) -> set[str]:
    """The first two words ("a b") of every doubled run of two or three words the
    text may hold; empty when it holds none (most texts).

    >>> _phrase_starts("the inclusion of the of the report."), _phrase_starts("of the report")
    ({'of the'}, set())
    """
    if text.isascii():  # bytes.translate: a 256-entry table, much faster than a dict
        words = text.encode().translate(_PHRASE_PUNCT_BYTES).decode().split()
    else:  # every run of letters (with an inner apostrophe) is a word: the pattern's words
        words = _NON_WORD.split(text)
    starts: set[str] = set()
    for k in (2, 3):
        same = bytes(map(eq, words, words[k:]))
        i = same.find(b"\x01\x01")
        while i >= 0:
            starts.add(f"{words[i]} {words[i + 1]}")
            i = same.find(b"\x01\x01", i + 1)
    return starts


# The word gate: one tokenisation of the whole text, lower-cased, that rules out both rules
# on most texts with C-level comparisons (``True in map(eq, ...)`` stops at identity and
# builds nothing; ``compress`` collects the few positions where words repeat).  Tokens are
# runs of letters, digits and apostrophes (Python's ``isalnum``, which on assigned
# characters is ``\p{L}|\p{N}``); every other character separates them.  A double of
# ``_DOUBLE`` that makes an edit (``w.lower() == w2``) is then two equal adjacent tokens,
# and a doubled phrase of ``_PHRASE`` is two or three tokens repeated at once.  Lower-casing
# the whole text must map each character alone to one character: texts with a capital
# sigma (its lower case depends on the next letter), a character whose lower case is longer
# (``İ``) or an unassigned character go the old way.
_GATE_KEEP = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789'")
_GATE_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if c in _GATE_KEEP or c >= 128 else 32 for c in range(256))


def _gate_separators(non_ascii: frozenset[str]) -> list[str] | None:
    """The non-ASCII characters that separate tokens, or None when the text must go the
    old way (see above).

    >>> _gate_separators(frozenset("é“")), _gate_separators(frozenset("Σ"))
    (['“'], None)
    """
    separators = []
    for c in non_ascii:
        if c == "Σ" or len(c.lower()) != 1 or unicodedata.category(c) == "Cn":
            return None
        if not (c.isalnum() or c == "’"):
            separators.append(c)
    return separators


@lru_cache(maxsize=2)  # (find_edits asks twice for one text: _gate, then _double_sites)
def _gate_bytes(text: str, non_ascii: frozenset[str]) -> bytes | None:
    """The gate's text: lower case, UTF-8, every separator a space (None: the text must go
    the old way).

    >>> _gate_bytes("The (THE) “the”", frozenset("“”"))
    b'the  the    the '
    """
    if non_ascii:
        separators = _gate_separators(non_ascii)
        if separators is None:
            return None
        for c in separators:
            text = text.replace(c, " ")
        text = text.lower()
    return text.encode().translate(_GATE_BYTES)


def _gate(text: str, non_ascii: frozenset[str]) -> tuple[bool, bool]:
    """Whether the text may hold a double, and a doubled phrase (False: it holds none).

    >>> _gate("The the plan", frozenset()), _gate("and its and its.", frozenset())
    ((True, False), (False, True))
    >>> _gate("of the theme. Of “course”", frozenset("“”"))
    (False, False)
    >>> _gate("very, very; 6 6; it. It", frozenset())  # a double has one space and no digit
    (False, False)
    """
    gate_text = _gate_bytes(text, non_ascii)
    if gate_text is None:
        return True, True
    words = gate_text.split()
    # a double that makes an edit is two equal words; moreover two copies of a token
    # without digits with one space between them and a separator on each side (see
    # _EXACT_DOUBLE), tested where two equal words stand
    double = False
    if any(map(eq, words, words[1:])):  # (any: cheaper than a scan that counts positions)
        padded = b" %s " % gate_text
        for i in compress(count(), map(eq, words, words[1:])):
            word = words[i]
            if word.translate(None, b"0123456789") == word and b" %s %s " % (word, word) in padded:
                double = True
                break
    return double, _repeats(words, 2) or _repeats(words, 3)


# The double sites (for a text the word gate lets through): a double that makes an edit,
# ``w w2`` with ``w.lower() == w2``, is in the gate's text two copies of one token
# (``w2``'s bytes: lower-case letters, apostrophes and bytes of non-ASCII characters, no
# digit) with exactly one space between them and a space (or the text's edge) on each side;
# so it is in the lower-cased text ``w2 + " " + w2`` at the double's own offset (the
# gate's lower-casing maps each character to one), and the text itself holds ``w2`` after
# the space (a capitalised second copy, "Bora Bora", "the THE", makes no edit).  One scan
# of the gate's text (the standard engine led by a space) finds those tokens, ``str.find``
# their offsets, and the full pattern is tried there only, not over the rest of the text.
_EXACT_DOUBLE = re.compile(rb" ([a-z'\x80-\xff]++) \1(?= )")
#: subject pronouns, demonstratives and sentence adverbs: capitalised twice at a sentence's
#: start they are a slip ("He He said", probe18; "This This", "Now Now", probe43), as no name
#: or title is ("Sirhan Sirhan", "The The", "Duran Duran")
_CAPITAL_PRONOUNS = frozenset(
    {"I", "We", "He", "She", "They", "You", "It", "This", "These", "Those", "Now", "However", "Meanwhile", "Also"}
)
_PRONOUN_DOUBLES = frozenset(f"{w} {w}" for w in _CAPITAL_PRONOUNS)


def _double_sites(text: str, non_ascii: frozenset[str]) -> list[int] | None:
    """The offsets where a double that makes an edit may start, in order (None: any offset
    may hold one).

    >>> _double_sites("So the the plan, The the THE the. Bora Bora", frozenset())
    [3, 17, 25]
    >>> _double_sites("very, very; 6 6 and “the” “the”", frozenset("“”"))
    []
    """
    gate_text = _gate_bytes(text, non_ascii)
    if gate_text is None:
        return None
    doubled = {m.group(1) for m in _EXACT_DOUBLE.finditer(b" " + gate_text + b" ")}
    if not doubled:
        return []
    low = text.lower()
    if len(low) != len(text):
        return None
    sites = []
    for token in doubled:
        word = token.decode()
        pair, second = f"{word} {word}", len(word) + 1
        pos = low.find(pair)
        while pos >= 0:
            if text.startswith(word, pos + second) or text[pos : pos + len(pair)] in _PRONOUN_DOUBLES:
                sites.append(pos)  # the second copy is in lower case, or a capitalised pronoun doubled
            pos = low.find(pair, pos + 1)
    return sorted(sites)


def _repeats(words: list[bytes], k: int) -> bool:
    """Whether ``k`` words in a row are repeated at once (``words[i + x] == words[i + k + x]``
    for x < k).  One of the k positions is a multiple of k, so the words at the multiples
    of k are compared first (a k-th of the comparisons), and the few hits are checked.

    >>> _repeats(b"x of the of the y".split(), 2), _repeats(b"of the hosts of the blue".split(), 3)
    (True, False)
    """
    n = len(words)
    every_kth = words[::k]
    for m in compress(count(), map(eq, every_kth, every_kth[1:])):
        j = m * k
        for i in range(max(0, j - k + 1), min(j, n - 2 * k) + 1):
            if words[i : i + k] == words[i + k : i + 2 * k]:
                return True
    return False


# Closed class: a repeated phrase must hold one of these to be a slip ("of the of the");
# a phrase of content words only ("New York New York", "bang bang") is left alone.
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at from with into onto about as than since that this these those
    its his her their our my your it he she they we him them us is are was were be been being
    has have had not will would can could should may might must shall do does did""".split()
)
# connectors that make a repeated phrase idiomatic ("more and more", "back to back" is
# one copy, but "time and time again", "jewels after jewels", "Measure for Measure" ...)
_CONNECTORS = frozenset("and or nor but after for by upon versus vs".split())
_ARTICLES = frozenset(("a", "an", "the"))
# prepositions that make reduplications ("back to back", "side by side", "hand in hand",
# "year on year", "day after day"): "to back to back" is "to" + such a phrase
_PREPOSITIONS = frozenset("to by in on at after upon for from into over".split())
# words that cannot end a phrase on their own: "and its and its" is a slip, "on and on" is not
_DETERMINERS = frozenset("a an the its his her their our my your this that these those".split())


def _precheck(text: str) -> bool:
    """False when ``text`` cannot hold a double (``_DOUBLE`` finds nothing).

    >>> _precheck("The the plan"), _precheck("the theme")
    (True, False)
    """
    return _first_double(text) >= 0


def _first_double(text: str) -> int:
    """-1 when ``text`` cannot hold a double; else where ``_DOUBLE``'s scan may start: the
    pre-check's first match (a double that makes an edit is a match of the pre-check),
    or 0 when lower-casing changed the text's length (offsets then differ).

    >>> _first_double("So the the plan"), _first_double("the theme"), _first_double("İ the the")
    (3, -1, 0)
    """
    low = text.lower().replace("_", " ")
    m = (_PRECHECK_ASCII if low.isascii() else _PRECHECK).search(low)
    if m is None:
        return -1
    return m.start() if len(low) == len(text) else 0


#: Legitimate doubles (keep.tsv) that are a slip before an article: "said that that the
#: plan" (a demonstrative "that" takes no article after it, and "that" as a conjunction is
#: not written twice); "said that that was wrong" stays.
_SLIP_BEFORE_ARTICLE = frozenset({"that"})
#: ... or a subject pronoun, or a name: "warning that that Germany would" (probe30), or
#: another determiner or a figure: "to ensure that that no one is left" (probe112); a
#: demonstrative "that" stands before no pronoun, no name and no other determiner
_ARTICLE_AFTER = regex.compile(
    r" (?:(?i:the|a|an|he|she|they|we|it|you|his|its|their|our|my|your|this|these|those|no|every|each)"
    r"(?![\p{L}\p{N}'’\-])|I\b|\d"
    r"|\p{Lu}\p{Ll}+\ (?:would|will|had|has|have|was|were|is|are|could|should|must|might|may|can|did|does)\b)"
)


#: Legitimate doubles (keep.tsv) of a pseudo-cleft ("what it is is a failure", "all I know is
#: is"): without a wh-word or "all" earlier in the sentence they are a slip ("It is is widely
#: believed"), unless a pronoun follows (the second copy asks a question: "The question is
#: is it true")
_PSEUDO_CLEFT = frozenset({"is", "was", "does"})
_CLEFT_OPENER = regex.compile(r"\b(?i:what|whatever|where|who|whoever|why|how|all|which)\b")
_SENTENCE_BOUNDARY = regex.compile(r"(?r)[.!?;:\n]")
#: the words before a pseudo-cleft's double that may hold its wh-word (with the double's
#: first copy): "what the new button does does"
_CLEFT_SPAN = 4
_PRONOUN_AFTER = regex.compile(r" (?i:it|he|she|they|we|you|i|there)(?![\p{L}\p{N}'’\-])")


#: Legitimate "can can" and "will will" (keep.tsv) are a noun then a modal ("a single can
#: can now cost", "his will will be read"): only after a determiner or a word for the can
_NOUN_MODALS = frozenset({"can", "will"})
_DETERMINER_BEFORE_NOUN = frozenset(
    "a an the this that each every one single his her their its my your our no any empty beer soda tin paint".split()
)
#: Latin phrases that start with "in" ("specialists in in vitro fertilisation")
_LATIN_AFTER_IN = frozenset("vitro vivo situ silico utero absentia camera memoriam extremis toto loco".split())

#: Legitimate "her her" (keep.tsv) is a verb's object then a possessive ("gave her her first
#: trophy"); after one of these words the first "her" is no object: a slip ("in her her bag")
_HER_SLIP_AFTER = frozenset("of in into on at from with and or but".split())


#: what opens a relative clause that is a sentence's subject, a few words before its verb
#: ("Those who can can afford to wait", "What she said said more", "Everything she knew she
#: knew from books"): the main clause's verb, or the clause, repeats the last words
_RELATIVE_OPENER = regex.compile(
    r"\b(?i:what|whatever|whoever|whichever|wherever|whenever|who|everything|anything|something|nothing|all)\b"
)
#: words a relative clause's double never is (a double of these is a slip whatever stands before)
_NOT_A_VERB = _FUNCTION_WORDS - {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
}
#: "I can assure you you will not regret it": the object "you" then the subject "you"
_OBJECT_THEN_SUBJECT = frozenset({"you", "it"})
#: words after which a pronoun is a subject, never an object: a double there is a slip
_CLAUSE_OPENERS = frozenset("that because if when whether although though while since unless".split())
_VERB_AFTER_SUBJECT = regex.compile(
    r"\ (?:will|would|can|could|should|must|may|might|are|were|have|had|do|did|need|want|know|knew|see|saw|won't|can't|don't)\b"
)


def _clause_before(text: str, start: int, words: int) -> str:
    """The last ``words`` words before ``start`` in its sentence."""
    boundary = _SENTENCE_BOUNDARY.search(text, max(0, start - 300), start)
    sentence = text[boundary.end() if boundary else max(0, start - 300) : start]
    return " ".join(sentence.split()[-words:])


def _relative_subject(word: str, text: str, start: int) -> bool:
    """Whether a double of ``word`` at ``start`` ends a relative clause that is its sentence's
    subject: a verb (no function word), a relative opener among the few words before.

    >>> _relative_subject("stayed", "Those who stayed stayed because", 15), _relative_subject("the", "What the the", 4)
    (True, False)
    """
    return word not in _NOT_A_VERB and _RELATIVE_OPENER.search(_clause_before(text, start, _CLEFT_SPAN)) is not None


def _object_then_subject(word: str, text: str, end: int, start: int = -1) -> bool:
    """Whether a double of ``word`` from ``start`` to ``end`` is an object pronoun before a
    subject pronoun (not after a word that opens a clause: "said that it it had", probe37).

    >>> _object_then_subject("you", "I can assure you you will not", 20), _object_then_subject("you", "thank you you all", 13)
    (True, False)
    >>> _object_then_subject("it", "said that it it had", 15, 10), _object_then_subject("it", "fixed it it had", 11, 6)
    (False, True)

    (A stranded preposition before its own use, "The party she went to to celebrate", is
    English too, but it cannot be told from a slip, "the tools we have given them to to
    improve", "the way we listen to to the radio" (BBC regression texts): it is removed.)
    """
    return (
        word in _OBJECT_THEN_SUBJECT
        and _VERB_AFTER_SUBJECT.match(text, end) is not None
        and (start < 0 or _word_before(text, start) not in _CLAUSE_OPENERS)
    )


def _slip_before(word: str, text: str, end: int, start: int = 0) -> bool:
    """Whether the kept double ``word word`` from ``start`` to ``end`` is a slip by what
    stands around it.

    >>> _slip_before("that", "said that that the plan", 14), _slip_before("that", "said that that was", 14)
    (True, False)
    >>> _slip_before("that", "ensure that that no one", 16), _slip_before("that", "said that that plan", 14)
    (True, False)
    >>> t = "It is is widely believed. What it is is a failure. The question is is it true."
    >>> _slip_before("is", t, 8, 3), _slip_before("is", t, 37, 32), _slip_before("is", t, 69, 64)
    (True, False, False)
    >>> _slip_before("her", "gave her her first", 12, 5), _slip_before("her", "in her her bag", 10, 3)
    (False, True)
    """
    if word == "her":
        return _word_before(text, start) in _HER_SLIP_AFTER
    if word == "do":
        # "did not do do anything" (probe37): after a negation "do" is the verb once; the
        # emphatic "they do do it" has no negation
        before = _word_before(text, start)
        return before in ("not", "never") or before.endswith(("n't", "n’t"))
    if word in _NOUN_MODALS:
        return _word_before(text, start) not in _DETERMINER_BEFORE_NOUN
    if word in _SLIP_BEFORE_ARTICLE:
        return _ARTICLE_AFTER.match(text, end) is not None
    if word in _PSEUDO_CLEFT:
        # the wh-word opens the cleft's subject, a few words before the verb ("What it was
        # was", "What the new button does does"): one further back opens some other clause
        # ("... the face of all passengers and said it was was irresponsible")
        clause = _clause_before(text, start, _CLEFT_SPAN)
        return _CLEFT_OPENER.search(clause) is None and _PRONOUN_AFTER.match(text, end) is None
    return False


#: after a doubled "a major": a noun goes on with the phrase (a lower-case word that is no
#: function word, verb of being or conjunction)
_NOUN_PHRASE_GOES_ON = regex.compile(
    r" (?!(?:is|are|was|were|be|and|or|but|that|which|who|if|when|as|than|to|of|in|on|at|for|with|by|from)\b)\p{Ll}{3,}\b"
)


def _contrastive(text: str, start: int, word: str) -> bool:
    """Whether a content word doubled at ``start`` stands alone shortly before, in the same
    paragraph, after the same word before it: the doubled one contrasts with it ("not a
    cookie; a cookie cookie", "your boyfriend, or your boyfriend boyfriend").

    >>> t = "not want a cookie; she wanted a cookie cookie"
    >>> _contrastive(t, t.rindex("cookie cookie"), "cookie")
    True
    >>> t = "She baked a cake. The cookie cookie jar broke."
    >>> _contrastive(t, t.rindex("cookie cookie"), "cookie")
    False
    """
    lead = _word_before(text, start)
    if not lead:
        return False
    para = text[max(0, start - 120) : start].rsplit("\n", 1)[-1].lower()
    pair = f"{lead} {word}"
    at = para.find(pair)
    while at >= 0:  # (a string search: no pattern compiled for each double)
        end = at + len(pair)
        if (at == 0 or not para[at - 1].isalpha()) and (end == len(para) or not para[end].isalpha()):
            return True
        at = para.find(pair, at + 1)
    return False


def _same_word_before(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (in any case) stands right before ``start``, a space between: the
    pair at ``start`` ends a run of three ("Love love love this").

    >>> _same_word_before("Love love love", 5, "love"), _same_word_before("I love love", 2, "love")
    (True, False)
    >>> _same_word_before("seven-time time time", 11, "time")  # a compound's last part
    False
    """
    before = text[max(0, start - len(word) - 2) : start]
    return before[-len(word) - 1 :].lower() == word + " " and before[: -len(word) - 1][-1:] in ("", " ", "\n", "\t")


#: words before a noun, never before a verb ("of work", "the work", "their work"): the
#: determiners but "that" ("people that work in ..."), and "of"
_NOT_BEFORE_A_VERB = (_DETERMINERS - {"that"}) | {"of"}
_DASH_AFTER = regex.compile(r"\ ?[—–]|\ -\ ")
_QUOTE_BEFORE = regex.compile(r"[\"“‘'«]")
_QUOTE_AFTER = regex.compile(r"[,.!?]?[\"”’'»]")
#: the kept doubles that grammar makes ("had had", "that that", "what it is is"), not
#: emphasis ("very very", "go go go"): three copies of them are a slip
_GRAMMATICAL_DOUBLES = frozenset({"had", "that", "is", "was", "do", "did", "does", "can", "will", "her"})


def _keep() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in load_tsv("repeated_words/keep.tsv", required=("word",)))


#: a dash, then the next word: a false start taken up again after a double ("is is – is")
_RESTART = regex.compile(r"[ \u00a0]*[–—-][ \u00a0]*(\p{L}+)")


def _quoted_alone(text: str, word: str) -> bool:
    """Whether ``text`` also quotes ``word`` on its own (``the first "is"``, ``‘the’``): a
    text that talks about the word, whose doubles are examples.

    >>> _quoted_alone('In "Is is a verb," the first "is" is discussed.', "is")
    True
    >>> _quoted_alone('He said "it is" and it is.', "is")
    False
    """
    return re.search(r"[\"“‘'](?i:" + re.escape(word) + r")[\"”’']", text) is not None


class RepeatedWords(Step):
    """Remove an accidentally doubled word.

    >>> RepeatedWords().name
    'repeated_words'
    """

    name = "repeated_words"

    def __init__(self, *, preset: str = "safe") -> None:
        super().__init__(preset=preset)
        self._keep = _keep()
        self._particle_verbs = load_words("repeated_words/particle_verbs.txt")

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        double, phrase = _gate(text, doc.non_ascii)
        if not (double or phrase):
            return
        edits = self._round(text, doc.non_ascii, double, phrase)
        if edits:
            yield from self._to_fixed_point(text, edits)

    def _round(self, text: str, non_ascii: frozenset[str], double: bool = True, phrase: bool = True) -> list[Edit]:
        """The deletions one scan finds, without overlaps (the earlier one wins)."""
        found = list(self._phrases(text)) if phrase else []
        sites = _double_sites(text, non_ascii) if double else []
        if sites is None:
            # the C engine rules out most texts fast; the full pattern then decides
            first = _first_double(text)
            if first >= 0:
                found += self._doubles(text, first)
        elif sites:
            # the pattern at each site: the match the overlapped scan finds there
            found += self._doubles(text, matches=filter(None, (_DOUBLE.match(text, pos) for pos in sites)))
        if len(found) < 2:
            return found
        found.sort(key=lambda e: (e.start, -e.end))
        kept = [found[0]]
        for e in found[1:]:
            if e.start >= kept[-1].end:
                kept.append(e)
        return kept

    def _to_fixed_point(self, text: str, edits: list[Edit]) -> list[Edit]:
        """Scan again after the deletions ("the of of the of" is "the of the of" once
        "of of" goes) until nothing is found, so one run is idempotent; every
        edit is a deletion, so later ones map back to spans of ``text`` and
        merge with the deletions they touch.
        """
        deleted = {(e.start, e.end): e for e in edits}
        for _ in range(8):
            current = _without(text, deleted)
            more = self._round(current, Document(current).non_ascii)
            if not more:
                break
            kept_index = _kept_positions(text, deleted)
            for e in more:
                start, end = kept_index[e.start], kept_index[e.end - 1] + 1
                inside = [k for k in deleted if k[0] < end and k[1] > start]
                rules = [e] + [deleted.pop(k) for k in inside]
                start = min([start] + [k[0] for k in inside])
                end = max([end] + [k[1] for k in inside])
                deleted[(start, end)] = Edit(
                    start, end, "", "+".join(dict.fromkeys(r.rule for r in rules)), rules[0].reason
                )
        return sorted(deleted.values(), key=lambda e: e.start)

    def _doubles(self, text: str, start: int = 0, matches: Iterable[regex.Match[str]] | None = None) -> Iterator[Edit]:
        """The edits of the doubles from ``start`` on, or of ``matches`` (matches of
        ``_DOUBLE`` in order, at most one per start, among them every one that makes an edit)."""
        if matches is None:
            # overlapped: a pair that is skipped ("The the" mid-sentence) must not hide the
            # pair that starts inside it ("The the the": its last two words)
            matches = _DOUBLE.finditer(text, start, overlapped=True)
        last_end = -1
        for m in matches:
            if m.start() < last_end:
                continue
            w, w2 = m.group("w"), m.group("w2")
            if w == w2 and w in _CAPITAL_PRONOUNS and _sentence_start(text, m.start()):
                # "“We We went down", "He He said": a subject pronoun doubled at a sentence's start
                end = m.end("w2")
                last_end = end
                yield self.edit(m.start("gap"), end, "", "double", f"doubled word {w2!r}")
                continue
            if w.lower() != w2:
                continue
            if w2 == "that" and w == "That" and _sentence_start(text, m.start()):
                continue  # "That that the opposition came so close shows ...": a clause as subject
            if w2 not in _FUNCTION_WORDS and (
                (text[max(0, m.start() - 2) : m.start()] == ", " and text.startswith(",", m.end("w2")))
                or _DASH_AFTER.match(text, m.end("w2"))
            ):
                # "I told myself, pole pole, don't go": a reduplicated word set off by commas,
                # or glossed after a dash ("is pole pole — slowly, slowly", probe35)
                continue
            if w2 == "in" and _word_after(text, m.end("w2")) in _AFTER_IN_IN:
                # "specialists in in vitro fertilisation"; a particle, then a fixed "in"
                # phrase: "handed the ring in in person", "filled it in in ink"
                continue
            if _relative_subject(w2, text, m.start()) or _object_then_subject(w2, text, m.end("w2"), m.start()):
                continue  # "Whatever happens happens", "Those who stayed stayed because ...", "I can assure you you will"
            if w2 in self._keep and not _slip_before(w2, text, m.end("w2"), m.start()):
                # "came in in March", "waiting for for years": a particle or a stranded
                # preposition after a verb is kept; after any other word it is a slip
                if w2 not in _PARTICLES or self._particle_kept(w2, text, m.start(), m.end("w2")):
                    third = m.end("w2")
                    if (
                        w2 in _GRAMMATICAL_DOUBLES
                        and text.startswith(" " + w2, third)
                        and not _WORDCHAR.match(text, third + 1 + len(w2))
                        and not text.startswith(" " + w2, third + 1 + len(w2))
                    ):
                        # "he had had had enough": English doubles it, never triples it (probe27)
                        last_end = third + 1 + len(w2)
                        yield self.edit(third, last_end, "", "double", f"tripled word {w2!r}")
                        continue
                    last_end = m.end("w2")  # (its second copy starts no pair: "had had had" is one)
                    continue
            if w != w2:
                # "The the": only a capitalised first copy at a sentence start, of a function
                # word ("Buffalo buffalo are a common sight", "Turkey turkey farmers": a name,
                # then the common noun; probe32)
                if not (
                    w[0].isupper() and w[1:] == w2[1:] and w2 in _FUNCTION_WORDS and _sentence_start(text, m.start())
                ):
                    continue
            restart = _RESTART.match(text, m.end("w2"))
            if restart is not None and restart.group(1).lower() == w2:
                continue  # "The question is is – is whether ...": a speaker's false start, quoted verbatim (probe56)
            if _QUOTE_BEFORE.match(text[m.start() - 1 : m.start()]) and _QUOTE_AFTER.match(text, m.end("w2")):
                continue  # '"the the" is a common typo', '"Olé olé"': the double quoted whole is mentioned, not used
            if _quoted_alone(text, w2):
                continue  # 'In "Is is a verb," the first "is" is a word being discussed': the word is the subject (probe38)
            end = m.end("w2")
            # a run of three or more copies goes in one edit
            while text.startswith(" " + w2, end) and not _WORDCHAR.match(text, end + 1 + len(w2)):
                end += 1 + len(w2)
            if w2 not in _FUNCTION_WORDS and _contrastive(text, m.start(), w2):
                # "she did not want a cookie; she wanted a cookie cookie", "your boyfriend, or
                # your boyfriend boyfriend": the word alone just before, doubled for a real
                # one (contrastive reduplication, probe94)
                last_end = end
                continue
            if (end > m.end("w2") or _same_word_before(text, m.start(), w2)) and w2 not in _FUNCTION_WORDS:
                # three copies of a content word or more are meant: a chant, a lyric, emphasis
                # ("Run run run run away", "go go go"; probe29); a slip doubles a word once
                last_end = end
                continue
            last_end = end
            yield self.edit(m.start("gap"), end, "", "double", f"doubled word {w2!r}")

    def _particle_kept(self, word: str, text: str, start: int, end: int) -> bool:
        """Whether a doubled particle or preposition ``word word`` from ``start`` to ``end``
        is English: a preposition proper (for, about, with, by) where the second copy starts
        a phrase of time or a relative word strands the first ("waiting for for years",
        "what he had asked for for his birthday"; not "We pay for for water"); a particle
        after a verb that takes it ("came in in March", "kept coming in in the rain", "logged
        on on Monday", data/repeated_words/particle_verbs.txt, its -ing and -ed forms too) or
        stranded by a relative clause ("the situation that we've been placed in in the
        past"; not "goods were rotting on on the quays", "doubled in in the past weeks")."""
        clause = _clause_before(text, start, _STRAND_SPAN)
        if word in _PREPOSITIONS_PROPER:
            return bool(_verb_like(_word_before(text, start), self._particle_verbs)) and bool(
                _TIME_AFTER.match(text, end) or _STRANDING.search(clause)
            )
        before = _word_before(text, start)
        if _word_before(text, start - len(before) - 1) in _NOT_BEFORE_A_VERB:
            before = ""  # "the pace of work in in the next two years": a noun, no verb (probe31)
        if any(v in self._particle_verbs for v in _lemmas(before)) or (
            _verb_like(before, self._particle_verbs) and _STRANDING.search(clause) is not None
        ):
            return True
        # the verb's object between it and its particle: "brought the sheep in in the early
        # hours", "handed the keys over over the weekend" (probe25): a verb that takes the
        # particle two to five words back, only a noun phrase's words between
        words = clause.lower().split()  # (the words before the particle's first copy)
        for back in range(2, min(6, len(words) + 1)):
            verb = words[-back]
            if verb in _PARTICLES:
                continue  # ("up" is a verb too: here the particle of one further back)
            if verb not in _NOT_IN_OBJECT and any(v in self._particle_verbs for v in _lemmas(verb)):
                between = words[-back + 1 :]
                # (and no particle of the verb's own before its object: "set up public kitchens
                # in in the villages", probe112; "brought the sheep back in in" stays)
                return all(
                    w.isalpha() and w not in _NOT_IN_OBJECT and not w.endswith(("ing", "ed")) for w in between
                ) and not any(w in _PARTICLES for w in between[:-1])
        return False

    def _phrases(self, text: str) -> Iterator[Edit]:
        starts = _phrase_starts(text)
        if not starts:
            return
        # a doubled phrase starts where its first two words stand: the pattern is tried there only
        positions = set()
        for start in starts:
            pos = text.find(start)
            while pos >= 0:
                positions.add(pos)
                pos = text.find(start, pos + 1)
        last_end = -1
        for pos in sorted(positions):
            m = _PHRASE.match(text, pos)
            if m is None or m.start() < last_end:
                continue
            phrase = m.group("p")
            words = phrase.lower().split(" ")
            if len(set(words)) == 1 or not (_FUNCTION_WORDS.intersection(words) or _CONNECTORS.intersection(words)):
                continue
            others = set(words) - _CONNECTORS
            if len(others) < len(set(words)) and len(others) < 2 and not others <= _DETERMINERS:
                continue  # "more and more", "on and on", "time and time again", "for measure for measure"
            if (
                len(words) == 2
                and words[1] not in _FUNCTION_WORDS
                and words[0] in _ARTICLES | _PREPOSITIONS
                and not _NOUN_PHRASE_GOES_ON.match(text, m.end())
            ):
                continue  # "what makes a gadget a gadget"; "to back to back" holds "back to back"
                # (but "is a major a major source of income": the noun phrase goes on, probe31)
            if len(words) == 2 and words[1] in _PREPOSITIONS and words[0] in _REDUPLICATED:
                continue  # "finished hand in hand in 6:12:33": a reduplication, then its preposition (probe21)
            if _RELATIVE_OPENER.search(_clause_before(text, m.start(), 2)) and words[-1] not in _NOT_A_VERB:
                continue  # "Whatever we do we do together", "Everything she knew she knew from books"
            end = m.end()
            while text.startswith(" " + phrase, end) and not _WORDCHAR.match(text, end + 1 + len(phrase)):
                end += 1 + len(phrase)
            if _chant(text, end):
                continue
            last_end = end
            yield self.edit(m.start("gap"), end, "", "phrase", f"doubled phrase {phrase!r}")


def _without(text: str, deleted: dict[tuple[int, int], Edit]) -> str:
    parts, pos = [], 0
    for start, end in sorted(deleted):
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _kept_positions(text: str, deleted: dict[tuple[int, int], Edit]) -> list[int]:
    """For each character of the text without the deletions, its index in ``text``."""
    kept: list[int] = []
    pos = 0
    for start, end in sorted(deleted):
        kept.extend(range(pos, start))
        pos = end
    kept.extend(range(pos, len(text)))
    return kept


# particles and prepositions: doubled, they are English only after a verb (a phrasal verb
# meeting a preposition, or a stranded preposition); a closed class
_PARTICLES = frozenset(
    "in on up out off over down by around through back about along away after before for with".split()
)
_WORD_BEFORE = regex.compile(r"([\p{L}'’\-]+)[ \t]+\Z")
#: after a verb, a doubled particle is English where the second copy starts a phrase of
#: time ("came in in March", "waiting for for years", "logged in in seconds", "placed in in
#: the past"), or where the first is stranded by a relative clause ("what he had asked for
#: for his birthday", "the town which they live in in Kent"); else the second is a slip
#: ("We pay for for water", "goods were rotting on on the quays": probe15)
_TIME_AFTER = regex.compile(
    r"[ \t]+(?:(?i:the|a|an|this|that|these|those|recent|past|next|last|coming|many|several|few|some|two|three|four"
    r"|five|six|seven|eight|nine|ten|over|about|almost|nearly|more|than|at|least|under|just|only|less|good|long"
    r"|short|early|late|mid|first|second|third|\d+)[ \t]+){0,3}"
    r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|ages|times?|now|ever|long"
    r"|future|past|morning|afternoon|evening|night|nights|weekend|spring|summer|autumn|fall|winter|season"
    r"|while|moment|end|beginning|meantime|time|today|tomorrow|yesterday|recently"
    r"|" + "|".join((*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS)) + r"|\d{4}s?|\d+(?:st|nd|rd|th)?)(?![\p{L}\p{N}])"
)
_STRANDING = regex.compile(
    r"\b(?i:what|whatever|which|whom|who|where|everything|anything|something|nothing)\b"
    r"|\b(?i:that)\ (?i:we|they|he|she|I|you|it)\b"  # a relative "that" before its subject
)
#: nouns of the reduplications "X <preposition> X" ("hand in hand", "side by side", "back to
#: back", "door to door", "year on year"): "X p X p ..." is one, then its preposition
_REDUPLICATED = frozenset(
    "hand side back face day year week month door shoulder head toe cheek arm step bit piece house town "
    "village case word heart eye point row line block page bumper wall man time inch end person".split()
)
#: the fixed phrases "in <word>" that may follow a verb's particle "in" ("handed the ring in
#: in person", "turned the form in in time", "filled it in in ink"; probe23)
_IN_ADVERBIALS = frozenset(
    "person time full public private writing cash advance ink pencil force turn return total place part kind "
    "response secret front charge power office court detail tears shock vain earnest order line print hand "
    "bulk person-to-person".split()
)
#: words that no object between a verb and its particle holds (a clause or phrase boundary)
_NOT_IN_OBJECT = frozenset(
    "to in on at for from by with of into onto about over under after before and or but that which who "
    "is are was were be been being am has have had will would said says".split()
)
_AFTER_IN_IN = _LATIN_AFTER_IN | _IN_ADVERBIALS
#: prepositions that are no adverb particle: doubled after a verb they need a phrase of time
#: or a stranding relative clause ("waiting for for years")
_PREPOSITIONS_PROPER = frozenset({"for", "about", "with", "by"})


def _lemmas(word: str) -> tuple[str, ...]:
    """``word`` and the base forms its -ing or -ed ending may stand on.

    >>> _lemmas("coming"), _lemmas("logged"), _lemmas("placed")
    (('coming', 'com', 'come'), ('logged', 'logg', 'logge', 'log'), ('placed', 'plac', 'place'))
    """
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        return (word, stem, stem + "e", *((stem[:-1],) if stem[-1] == stem[-2] else ()))
    if word.endswith("ied") and len(word) > 4:
        return (word, word[:-3] + "y")  # carried: carry
    if word.endswith("ed") and len(word) > 4:
        stem = word[:-2]
        return (word, stem, stem + "e", *((stem[:-1],) if stem[-1] == stem[-2] else ()))
    return (word,)


_STRAND_SPAN = 8


_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}'’\-]+)")


def _word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text, pos)
    return m.group(1).lower() if m else ""


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def _verb_like(word: str, verbs: frozenset[str]) -> bool:
    """A participle or a verb form that takes a particle (data/repeated_words/particle_verbs.txt).

    >>> verbs = frozenset({"came"})
    >>> _verb_like("came", verbs), _verb_like("placed", verbs), _verb_like("interest", verbs)
    (True, True, False)
    """
    return word in verbs or (len(word) > 4 and word.endswith(("ed", "ing", "en")))


_WORDCHAR = regex.compile(r"[\p{L}\p{N}\-]")
_PREV = regex.compile(r"(?:\A|[.!?…:;\"“”'‘’)\]]\s*+|\n\s*+)\Z")


_CHANT_AFTER = regex.compile(r"\s*+[!\"”’']")


def _chant(text: str, end: int) -> bool:
    """A repetition ending at ``end`` in ``!`` or a closing quote is a chant or a quoted cry.

    >>> _chant("They shouted lock her up lock her up!", 36)
    True
    """
    return bool(_CHANT_AFTER.match(text, end))


def _sentence_start(text: str, pos: int) -> bool:
    head = text[max(0, pos - 4) : pos]
    return pos == 0 or bool(_PREV.search(head)) or head.endswith("\n")
