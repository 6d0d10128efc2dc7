"""Quotation marks and apostrophes: spacing, orientation and style.

Double quotes are paired paragraph by paragraph.  A curly, low-9 or
guillemet quote says by its shape whether it opens or closes; a straight
``"`` opens or closes by its place in the sequence.  A paragraph whose
quotes do not pair cleanly (a closing quote with nothing open, an inch mark
``5'10"``, a straight quote in an odd context) is left alone: a quote we
cannot place is never moved.  A block of one-line paragraphs (news text
with single line breaks) that does not pair as a whole is placed line by
line: each line that ends like a paragraph and pairs on its own gets its
spacing fixed (English double quotes only, never their style).

Rules:

* ``quotes.closing_space``: a closing quote spaced from the text it closes
  (``word ” said``) loses the space; one glued to the next word and spaced
  from the previous one (``capabilities, ”said``) moves (``capabilities,”
  said``); one glued after sentence punctuation (``it.”He``, or a straight
  ``progress,"said`` the pairing closes) gets a space.
* ``quotes.opening_space``: an opening quote followed by a space (``“ There``)
  loses it; one glued to the previous word (``said“There``), or a straight one the
  pairing opens glued after punctuation (``said:"We``), gets a space.
* ``quotes.style``: guillemets (``«»``), low-9 quotes (``„“``) and any minority
  style become the document's majority style (``mode="keep"``, the default:
  curly quotes are never straightened; straight ones are curled only under
  ``preset="aggressive"``).  ``mode="curly"`` curls every paired straight
  quote and apostrophe; ``mode="straight"`` straightens every quote.  An
  English text whose double quotes are all German ``„…“`` or all guillemets
  (a translation's) gets curly ones in every mode: the German closers are curly
  already, and a quotation in its own language keeps its marks.
* ``quotes.doubled_apostrophes``: two apostrophes typed for a double quote
  (``''It is a dream,'' he said``) become the document's double quotes.
* ``quotes.apostrophe``: a spaced apostrophe (``doesn ’ t``, ``Iraq ’s``,
  ``Airlines ' aircraft``) is closed up; a backtick, prime or acute accent used as an apostrophe
  (``doesn`t``, ``it′s``) becomes the document's apostrophe.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = Quotes()
>>> text = "\u201cWe will win, \u201dsaid Ali. \u201c It doesn \u2019 t matter. \u201d"
>>> apply_edits(text, list(step.find_edits(Document(text))))
'“We will win,” said Ali. “It doesn’t matter.”'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from ..document import Document, Span
from ..edits import Edit
from . import Step

__all__ = ["Quotes"]

MODES = ("keep", "curly", "straight")

OPEN, CLOSE = 1, 2
# Double quotation marks and the role their shape gives them (0: decided by pairing).
DOUBLE_ROLE = {
    "\u201c": OPEN,  # “ (but closes after a low-9 „)
    "\u201d": CLOSE,  # ”
    "\u201e": OPEN,  # „
    "\u00ab": OPEN,  # «  (reversed in »Danish« style: decided by pairing)
    "\u00bb": CLOSE,  # »
    '"': 0,
}
_DOUBLE_PLAIN = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
_OTHER_DOUBLES = frozenset("\u201c\u201d\u201e\u00ab\u00bb")
_SINGLE_GUILLEMETS = regex.compile(
    r"(?<![\u2039\u203a])\u2039([^\u2039\u203a\u2018\u2019\n]{1,200})\u203a(?![\u2039\u203a])"
)
_ANY_QUOTE = regex.compile(r'["\u201c\u201d\u201e\u00ab\u00bb\u2039\u2018\u2019\u201a`\u00b4\u2032\']')

# What may stand right before an opening quote and right after a closing one.
_BEFORE_OPEN = regex.compile(r"[\s(\[{\u2014\u2013/-]")
_AFTER_CLOSE = regex.compile(r"[\s)\]}.,;:!?\u2026\u2014\u2013/-]")
# A quote that opens a new sentence: sentence punctuation (perhaps a closing
# single quote), a space, the quote, a capital letter.
_REOPEN = regex.compile(r".?[.!?][’']? [\"\u201c]\p{Lu}")
# the ASCII characters _BEFORE_OPEN and _AFTER_CLOSE match (a set test is several times
# faster than a regex call on one character)
_BEFORE_OPEN_ASCII = frozenset(c for c in map(chr, range(128)) if _BEFORE_OPEN.match(c))
_AFTER_CLOSE_ASCII = frozenset(c for c in map(chr, range(128)) if _AFTER_CLOSE.match(c))
_WORDCH = regex.compile(r"[\p{L}\p{N}]")
_SENT_PUNCT = ".,!?\u2026"
#: punctuation an opening quote may be glued after (then it gets a space: 'said:"We')
_GLUED_OPEN_AFTER = ",:;.!?"
# what a line that is a whole paragraph ends with
_PARAGRAPH_END = frozenset('.!?\u2026"\u201d)')

# Spaced apostrophes.  (?![-\p{L}]) keeps "’s-Hertogenbosch" and "’n’" away.
_CONTRACTION = r"(?:s|t|m|re|ve|ll|d)(?![-\p{L}\p{N}'’])"
# (patterns scanned one by one, each only when the text holds a literal it must
# match, and merged as one alternation of them would find them: the alternation
# itself scans several times slower)
_T_AFTER = r"(?=t(?![-\p{L}\p{N}'’]))"
_APOSTROPHE_SPACED = (
    (("n ’", "n '"), regex.compile(rf"(?<=\p{{L}}n) [’'] ?{_T_AFTER}")),  # doesn ’ t, doesn 't
    (("n’ ", "n' "), regex.compile(rf"(?<=\p{{L}}n)[’'] {_T_AFTER}")),  # doesn’ t
    ((" ’",), regex.compile(rf"(?<=\p{{L}}) ’ ?(?={_CONTRACTION})")),  # Iraq ’s, they ’ re
    ((" 's",), regex.compile(r"(?<=\p{L}) '(?=s(?![-\p{L}\p{N}'’]))")),  # Iraq 's
    (("’ s",), regex.compile(r"(?<=\p{L}’) (?=s(?![-\p{L}\p{N}'’]))")),  # Iraq’ s
)
# "American Airlines ' aircraft": a plural possessive spaced off its word.
_PLURAL_POSSESSIVE_SPACED = regex.compile(r"(?<=\p{L}s) ['’](?= \p{Ll})")
_SENTENCE_REST = regex.compile(r"[^.!?\n]{0,200}")
_QUOTE_IN_REST = regex.compile(r"['’‘](?!\p{L})")
_APOSTROPHE_LOOKALIKE = regex.compile(rf"(?<=\p{{L}})[`\u00b4\u2032](?={_CONTRACTION})")
_INNER_STRAIGHT_APOSTROPHE = regex.compile(r"(?<=\p{L})'(?=\p{L})")
_INNER_CURLY_APOSTROPHE = regex.compile(r"(?<=\p{L})’(?=\p{L})")
_SINGLE_QUOTES = regex.compile(r"[\u2018\u2019\u201a]")
_TRIGGER_NON_ASCII = frozenset("\u201c\u201d\u201e\u00ab\u00bb\u2039\u00b4\u2032")
_TRIGGER_LITERALS = ('"', "`", " '", " ’", "’ ")
#: a quotation between two pairs of apostrophes: ''It is a dream,'' (no apostrophe pair inside)
_DOUBLED_APOSTROPHES = regex.compile(
    r"(?<![\p{L}\p{N}'’])''(?=[\p{L}\p{N}])(?:(?!'')[^\n]){1,400}?(?<=[\p{L}\p{N}.,!?])''(?![\p{L}\p{N}'’])"
)


#: English function words (spaced): a text with several of them is English, whatever its quotes
_ENGLISH_WORDS = (" the ", " and ", " of ", " to ", " was ", " is ", " that ")
_MIN_ENGLISH_WORDS = 4


#: a guillemet quotation in running text: closed before a comma or a full stop, or opened
#: after a colon, a comma or "said"
_GUILLEMET_QUOTING = regex.compile(r"\u00bb[,.]|[:,] \u00ab|\bsaid,? \u00ab")
#: function words of French, Spanish, Italian, Portuguese and German, spaced
_FOREIGN_WORDS = (
    " le ",
    " la ",
    " les ",
    " des ",
    " et ",
    " est ",
    " une ",
    " el ",
    " los ",
    " der ",
    " die ",
    " und ",
    " che ",
    " não ",
    " que ",
    " il ",
)


def _mostly_english(text: str) -> bool:
    """:func:`_english`, and its English function words three times the other languages'
    (a French page quoting English titles is French).

    >>> _mostly_english("Le film «Vape Wave» est sorti et la série «6 Days» the end of the day and the rest of it is that.")
    False
    """
    english = sum(text.count(w) for w in _ENGLISH_WORDS)
    return english >= _MIN_ENGLISH_WORDS and english >= 3 * sum(text.count(w) for w in _FOREIGN_WORDS)


def _english(text: str) -> bool:
    """Whether ``text`` reads as English (a few spaced English function words).

    >>> _english("„Wir schaffen das“, sagte Merkel."), _english("„Yes“, he said to the press, and the talks of the day went on.")
    (False, True)
    """
    return sum(text.count(w) for w in _ENGLISH_WORDS) >= _MIN_ENGLISH_WORDS


#: English words no German, French, Spanish, Italian or Portuguese sentence writes
_ENGLISH_ONLY = regex.compile(
    r"\b(?i:the|and|of|to|is|that|this|with|our|not|be|will|are|have|has|they|he|she|you|we|it|for|were|would|can|must|said)\b"
)


#: a text that talks about quotation marks: its marks are its examples
#: pieces one of which every _QUOTE_TALK match holds (substring tests first: the pattern,
#: with no literal to lead it, costs several times the whole quotes step on every text)
_QUOTE_TALK_HINTS = (
    "ation mark", "ote mark", "ation Mark", "ote Mark", "ATION MARK", "OTE MARK", "uillemet", "UILLEMET",
    "nverted comma", "nverted Comma", "NVERTED COMMA", "peech mark", "peech Mark", "PEECH MARK",
)  # fmt: skip
_QUOTE_TALK = re.compile(
    r"\b(?:[Qq]uot(?:ation|e) [Mm]arks?|[Gg]uillemets?|[Ii]nverted [Cc]ommas|[Ss]peech [Mm]arks"
    r"|QUOT(?:ATION|E) MARKS?|GUILLEMETS?|INVERTED COMMAS|SPEECH MARKS)\b"
)
#: what marks a short quotation as another language's: a letter English does not write, an
#: inverted mark, or a function word of German, French, Spanish, Italian or Portuguese (in
#: lower case: "IST" is a time zone)
_FOREIGN_MARKERS = regex.compile(
    # (a letter of another script: a Russian or Ukrainian quotation in its own marks, probe66)
    r"[àâçéèêëîïôûùüÿñäößáíóúãõœæ¡¿\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]"
    r"|\b(?:de|del|la|las|los|el|le|les|des|du|et|est|pas|ne|der|die|das|und|ist|nicht|ohne|keine|mit|von|zu"
    r"|il|di|che|non|em|do|os|não|y|en|un|una|une|wir|sie|ich|nous|vous)\b"
)


def _foreign_pairs(text: str, quotes: list[int], roles: list[int]) -> set[int]:
    """The offsets of the „…“ and «…» pairs that quote another language word for word (five
    words or more, or fewer with a letter, a mark or a function word of that language, and
    no English word among them): their marks are that language's, kept as written (a German
    or French minister quoted in the original, «Menú del día» on a sign; an English quotation
    in guillemets, a translation's, gets English marks).

    >>> t = 'He said: „Deutschland steht zu seiner Verantwortung in Europa“, and left.'
    >>> sorted(_foreign_pairs(t, [9, 58], [1, 2]))
    [9, 58]
    >>> t = 'He said: «We will stand by our responsibility», and left.'
    >>> _foreign_pairs(t, [9, 46], [1, 2])
    set()
    >>> t = 'A sign read «Menú del día» and «residency trading».'
    >>> sorted(_foreign_pairs(t, [12, 25, 31, 49], [1, 2, 1, 2]))
    [12, 25]
    """
    out: set[int] = set()
    for k in range(len(quotes) - 1):
        a, b = quotes[k], quotes[k + 1]
        if roles[k] != OPEN or roles[k + 1] != CLOSE or text[a] not in "\u201e\u00ab\u00bb":
            continue
        inner = text[a + 1 : b]
        if _ENGLISH_ONLY.search(inner) is None and (len(inner.split()) >= 5 or _FOREIGN_MARKERS.search(inner)):
            out.update((a, b))
    return out


class Quotes(Step):
    name = "quotes"

    def __init__(self, *, preset: str = "safe", mode: str = "keep") -> None:
        super().__init__(preset=preset)
        if mode not in MODES:
            raise ValueError(f"quotes mode must be one of {MODES}, not {mode!r}")
        self.mode = mode

    def find_edits(self, doc: Document) -> list[Edit]:
        text = doc.text
        if self.mode != "straight" and not (
            # (set tests and literal searches: no scan of every character)
            not doc.non_ascii.isdisjoint(_TRIGGER_NON_ASCII) or any(p in text for p in _TRIGGER_LITERALS)
        ):
            return []
        if self.mode == "straight" and not _ANY_QUOTE.search(text):
            return []
        if "''" in text and _DOUBLED_APOSTROPHES.search(text):
            # ''It is a dream,'' he said: two apostrophes typed for each double quote (probe57);
            # they become the document's double quotes (the next round spaces and styles them)
            curly = text.count("\u201c") + text.count("\u201d") > text.count('"') and self.mode != "straight"
            found = [
                self.edit(p, p + 2, q, "doubled_apostrophes", "two apostrophes for a double quote")
                for m in _DOUBLED_APOSTROPHES.finditer(text)
                for p, q in ((m.start(), "\u201c" if curly else '"'), (m.end() - 2, "\u201d" if curly else '"'))
            ]
            if found:
                return found
        style: str | None = None
        styled = False  # the document's style is counted only when a paragraph needs it
        edits: list[Edit] = []
        if doc.non_ascii.isdisjoint(_OTHER_DOUBLES):
            # straight quotes only: their offsets by str.find (no match objects)
            quotes = []
            pos = text.find('"')
            while pos >= 0:
                quotes.append(pos)
                pos = text.find('"', pos + 1)
        else:
            quotes = [m.start() for m in _DOUBLE_PLAIN.finditer(text)]
        skip_plain = self.mode == "keep" and not self.aggressive
        if quotes:
            # the paragraphs holding quotes, found from the quotes (most paragraphs hold none):
            # Document.paragraphs when an earlier step has computed them, else each one
            # found around its first quote (_paragraph_around: the same span)
            paragraphs: Any = doc.__dict__.get("paragraphs")  # (a list of spans, or None)
            starts = [p.start for p in paragraphs] if paragraphs is not None else None
            k = 0
            while k < len(quotes):
                if starts is not None:
                    i = bisect.bisect_right(starts, quotes[k]) - 1
                    if i < 0:
                        k += 1
                        continue
                    para = paragraphs[i]
                else:
                    para = _paragraph_around(text, quotes[k])
                hi = bisect.bisect_left(quotes, para.end, k)
                if k < hi:
                    here = quotes[k:hi]
                    if not (skip_plain and _plainly_paired(text, para, here)):
                        if not styled:
                            style, styled = self._target_style(text), True
                        edits.extend(self._paragraph(text, para, here, style))
                    k = hi
                else:
                    k += 1  # a quote between paragraphs (in blank space): in none
        taken = {e.start for e in edits} | {e.end - 1 for e in edits if e.end > e.start}
        edits.extend(
            e for e in self._apostrophes(text, doc.non_ascii) if e.start not in taken and e.end - 1 not in taken
        )
        edits.extend(e for e in self._singles(text) if e.start not in taken)
        if edits and not doc.non_ascii.isdisjoint(_UTF8_LEADS):
            # never write a quote that makes its neighbour read as mojibake: "×»" is no
            # mojibake, but "×“" is the UTF-8 of "ד" read as cp1252, and the encoding step
            # would "repair" it on the next run
            edits = [e for e in edits if not _reads_as_mojibake(text[max(0, e.start - 2) : e.start], e.replacement)]
        if edits and any(h in text for h in _QUOTE_TALK_HINTS) and _QUOTE_TALK.search(text):
            return []  # a text about quotation marks quotes them as they are (probe42)
        edits.sort(key=lambda e: (e.start, e.end))
        return edits

    # -- style ----------------------------------------------------------------------
    def _target_style(self, text: str) -> str | None:
        """``"curly"``, ``"straight"`` or None (leave every quote's style as it is)."""
        if self.mode in ("curly", "straight"):
            return self.mode
        curly = text.count("\u201c") + text.count("\u201d")
        straight = text.count('"')
        other = sum(text.count(c) for c in "\u201e\u00ab\u00bb")
        if curly >= straight and curly > other:
            return "curly"
        if straight > curly and straight > other:
            return "straight"
        if other and "\u00ab " not in text and " \u00bb" not in text and _mostly_english(text):
            # an English text quoting in a translation's guillemets or low-9 quotes (a
            # quotation in its own language keeps them: _foreign_pairs), never spaced the
            # French way nor used as a page's arrows ("« Previous", "upgrade »"): a guillemet
            # quotation closes before a comma or a full stop, or opens after a colon or "said"
            quoting = _GUILLEMET_QUOTING.search(text) is not None
            if (straight or curly) and (quoting or "\u201e" in text):
                # ... more often than in its own marks: those are its style (a low-9 opener's
                # curly closer is none of its evidence; probe51)
                return "straight" if straight > curly - text.count("\u201e") else "curly"
            if not straight and not curly and quoting and "\u00ab" in text and "\u00bb" in text:
                return "curly"  # ... in guillemets only: English news's curly quotes (probes 47, 51)
        if other and self.aggressive:
            return "curly"  # guillemets or low-9 only: English news uses curly quotes
        if not straight and "\u201e" in text and "\u00ab" not in text and "\u00bb" not in text and _english(text):
            # German-style „…“ left in English text by a translation: its closing quotes are
            # already curly ones, only the low-9 openers are foreign (a German text keeps them)
            return "curly"
        return None

    # -- double quotes, per paragraph ---------------------------------------------------
    def _paragraph(self, text: str, para: Span, quotes: list[int], style: str | None) -> Iterator[Edit]:
        """The edits of one paragraph's double quotes (find_edits has skipped the plainly
        paired paragraphs in keep mode: nothing to do there)."""
        roles = _pair(text, quotes)
        if roles is None:
            # unpaired or ambiguous: leave every quote as it is, unless the block is a
            # run of one-line paragraphs (news text with single line breaks): then
            # each line that ends like a paragraph and pairs on its own is placed
            yield from self._lines(text, para, quotes, style)
            return
        mixed = _mixed_pairs(text, quotes, roles) if style != "straight" else {}
        foreign = _foreign_pairs(text, quotes, roles)
        opener = ""  # the open quotation's opening mark (pairs do not nest in double quotes)
        for pos, role in zip(quotes, roles, strict=True):
            if pos in foreign:
                continue  # a quotation in its own language keeps its own marks (probe40)
            ch = text[pos]
            target = mixed.get(pos) or self._target_char(ch, role, style)
            if role == OPEN:
                opener = ch
            elif opener == "\u201e" and ch == "\u201d" and style == "straight":
                target = '"'  # the Polish and Romanian „…”: the closer goes with its opener (probe63)
            yield from self._respace(text, para, pos, role, target)

    def _lines(self, text: str, para: Span, quotes: list[int], style: str | None) -> Iterator[Edit]:
        if "\n" not in text[para.start : para.end]:
            return
        start = para.start
        k = 0
        while start < para.end:
            end = text.find("\n", start, para.end)
            end = para.end if end < 0 else end
            line = text[start:end].rstrip()
            lo = k
            while k < len(quotes) and quotes[k] < end:
                k += 1
            # only English double quotes, and only their spacing: a guillemet or a low-9
            # quote in such a block may be a menu arrow ("File » New") or a foreign quotation
            if lo < k and line and line[-1] in _PARAGRAPH_END and all(text[p] in '"\u201c\u201d' for p in quotes[lo:k]):
                roles = _pair(text, quotes[lo:k])
                if roles is not None:
                    sub = Span(start, end)
                    for pos, role in zip(quotes[lo:k], roles, strict=True):
                        for e in self._respace(text, sub, pos, role, text[pos]):
                            if not e.rule.endswith(".style"):
                                yield e
            start = end + 1

    def _target_char(self, ch: str, role: int, style: str | None) -> str:
        if ch == "\u201d" and role == OPEN and style != "straight":
            return "\u201c"  # a closing quote's shape opening a quotation (_misshaped_opener)
        if style == "straight":
            if ch in "\u201c\u201d" and self.mode != "straight" and not (ch == "\u201c" and role == CLOSE):
                return ch  # keep: never straighten curly quotes (but the “ closing a „ goes with it)
            return '"'
        if style == "curly":
            if ch == '"' and self.mode != "curly" and not self.aggressive:
                return ch  # keep: straight ones are curled only on request or when aggressive
            return "\u201c" if role == OPEN else "\u201d"
        return ch

    def _respace(self, text: str, para: Span, pos: int, role: int, target: str) -> Iterator[Edit]:
        ch = text[pos]
        before = text[pos - 1] if pos > para.start else ""
        before2 = text[pos - 2] if pos - 1 > para.start else ""
        after = text[pos + 1] if pos + 1 < para.end else ""
        after2 = text[pos + 2] if pos + 2 < para.end else ""
        style_reason = f"{ch} to the document's quote style" if target != ch else None
        if role == OPEN:
            if after == " " and _WORDCH.match(after2) and (before == "" or _BEFORE_OPEN.match(before)):
                yield self.edit(pos, pos + 2, target, "opening_space", "space after an opening quote")
                return
            if (
                after == " "
                and _WORDCH.match(after2)
                and target in '\u201c"'
                and before
                and before in _GLUED_OPEN_AFTER
            ):
                # the space on the wrong side: 'said at a briefing:“ We need' (probe15)
                yield self.edit(pos, pos + 2, " " + target, "opening_space", "opening quote glued to the word before")
                return
            if target in '\u201c"' and before and (before.isalpha() or before in _GLUED_OPEN_AFTER) and after.isalpha():
                yield self.edit(pos, pos + 1, " " + target, "opening_space", "opening quote glued to the word before")
                return
        else:
            if before == " " and before2 and not before2.isspace() and before2 not in "\u2018\u2019'\u201a\u2039\u203a":
                if before2 not in _SENT_PUNCT and (
                    _goes_inside(text, after)
                    or (after == "," and _reporting_after_comma(text, pos + 2) and not _reporting_comma_outside(text))
                ):
                    # "third ”, said" -> "third,” said": the comma or full stop goes inside,
                    # as every other quotation of the document has it (probe18), and a comma
                    # before a reporting clause goes inside where the document never writes one
                    # outside ("... their numbers ”, the minister told reporters": the quotation
                    # is what was said; probe33)
                    yield self.edit(
                        pos - 1,
                        pos + 2,
                        after + target,
                        "closing_space",
                        "space before a closing quote; its comma or full stop inside, as the document writes them",
                    )
                    return
                if after == "" or _AFTER_CLOSE.match(after):
                    yield self.edit(pos - 1, pos + 1, target, "closing_space", "space before a closing quote")
                    return
                if (
                    after.islower()
                    and before2.isalpha()
                    and target in '\u201d"'
                    and _SAID_NAME.match(text, pos + 1)
                    and not _reporting_comma_outside(text)
                ):
                    # "until midnight tonight ”said Hakan Lind": a quoted sentence before its
                    # reporting clause ends in a comma, inside (probe43)
                    yield self.edit(
                        pos - 1,
                        pos + 1,
                        "," + target + " ",
                        "closing_space",
                        "space before a closing quote glued to its reporting clause; the comma that ends the quotation, inside",
                    )
                    return
                # ("sides , ”Blinken said": the pairing says it closes, and sentence
                # punctuation before it ends the quotation, so a capital after it is a name
                # or a new sentence)
                if (after.islower() and (before2 in _SENT_PUNCT or _WORDCH.match(before2))) or (
                    after.isupper() and before2 in _SENT_PUNCT
                ):
                    yield self.edit(
                        pos - 1, pos + 1, target + " ", "closing_space", "closing quote glued to the next word"
                    )
                    return
            if (
                after == " "
                and text[pos + 2 : pos + 3] == ","
                and before
                and not before.isspace()
                and target in '\u201d"'
                and _reporting_after_comma(text, pos + 3)
                and not _reporting_comma_outside(text)
            ):
                # "reports and forms” ,said Basas" -> "forms,” said Basas": a comma spaced off
                # after the quote, before a reporting clause, goes inside where the document
                # never writes one outside (probe35)
                space = "" if text[pos + 3 : pos + 4] == " " else " "
                yield self.edit(
                    pos,
                    pos + 3,
                    "," + target + space,
                    "closing_space",
                    "comma spaced after a closing quote: inside it, as the document writes them",
                )
                return
            possessive = after == "s" and not text[pos + 2 : pos + 3].isalpha()  # “Iraq”s
            glued_after = after.isalpha() and (before in _SENT_PUNCT or (before.isalpha() and not possessive))
            if before and glued_after and target in '\u201d"':
                if before.isalpha() and after.islower() and _SAID_NAME.match(text, pos + 1):
                    if not _reporting_comma_outside(text):
                        # "it is capacity”said Alaoui": the quoted sentence ends in a comma
                        # before its reporting clause, inside, as with the space (probe47)
                        yield self.edit(
                            pos,
                            pos + 1,
                            "," + target + " ",
                            "closing_space",
                            "closing quote glued to its reporting clause; the comma that ends the quotation, inside",
                        )
                        return
                yield self.edit(pos, pos + 1, target + " ", "closing_space", "closing quote glued to the next word")
                return
        if style_reason:
            if (
                role == CLOSE
                and target in '\u201d"'
                and (
                    _goes_inside(text, after)
                    or (after == "," and _reporting_after_comma(text, pos + 2) and not _reporting_comma_outside(text))
                )
            ):
                # "services»," -> "services,”": the comma inside, as the document's other
                # quotations have it (probe20, probe22), or before a reporting clause where
                # the document never writes it outside ("the money», Shchukin noted", probe39)
                yield self.edit(
                    pos,
                    pos + 2,
                    after + target,
                    "style",
                    style_reason + "; its comma or full stop inside, as the document writes them",
                )
                return
            yield self.edit(pos, pos + 1, target, "style", style_reason)

    # -- single guillemets ‹›, and curling straight apostrophes in curly mode ------------
    def _singles(self, text: str) -> Iterator[Edit]:
        if "\u2039" in text and (self.mode == "curly" or self.aggressive or "\u2018" in text or "\u2019" in text):
            for m in _SINGLE_GUILLEMETS.finditer(text):
                q = "'" if self.mode == "straight" else None
                yield self.edit(m.start(), m.start() + 1, q or "\u2018", "style", "‹ to the document's quote style")
                yield self.edit(m.end() - 1, m.end(), q or "\u2019", "style", "› to the document's quote style")
        if self.mode == "curly" and "'" in text:
            for m in _INNER_STRAIGHT_APOSTROPHE.finditer(text):
                yield self.edit(m.start(), m.end(), "’", "style", "straight apostrophe curled")
        elif self.mode == "straight":
            for m in _SINGLE_QUOTES.finditer(text):
                yield self.edit(m.start(), m.end(), "'", "style", "curly single quote straightened")

    # -- apostrophes --------------------------------------------------------------------
    def _apostrophes(self, text: str, non_ascii: frozenset[str]) -> Iterator[Edit]:
        # each rule needs a literal its pattern must match; most texts have none of them.
        # Every such literal of the spaced rules holds an apostrophe with a space beside it
        # (" ’", "n' ", "s '" ...), so the literals the text holds are among the two and
        # three characters around those apostrophes: one scan for them, not one per literal
        marks, around = _around_spaced_marks(text, "’" in non_ascii)
        spaced = bool(marks)  # " ’" in text or "’ " in text or " '" in text or "' " in text
        lookalike = "`" in text or not non_ascii.isdisjoint("\u00b4\u2032")
        if not (spaced or lookalike):
            return
        if self.mode == "straight":
            apostrophe = "'"
        elif self.mode == "curly":
            apostrophe = "’"
        else:
            apostrophe = ""  # the document's, counted only when an edit needs it (keep mode:
            # only a lookalike's edit; spaced ones keep their own mark)
        if spaced:
            patterns = tuple(p for needles, p in _APOSTROPHE_SPACED if not around.isdisjoint(needles))
            # each pattern's match starts at the space before, at, or right after a spaced
            # apostrophe (the one of its literal): tried there, not scanned for everywhere
            starts = sorted({c for p in marks for c in (p - 1, p, p + 1) if c >= 0}) if patterns else []
            for m in _leftmost(patterns, text, starts):
                mark = m.group().strip()
                if self.mode != "keep":
                    mark = apostrophe
                yield self.edit(m.start(), m.end(), mark, "apostrophe", "space around an apostrophe")
        if lookalike:
            for m in _APOSTROPHE_LOOKALIKE.finditer(text):
                if not apostrophe:
                    straight = len(_INNER_STRAIGHT_APOSTROPHE.findall(text)) if "'" in text else 0
                    curly = len(_INNER_CURLY_APOSTROPHE.findall(text)) if "’" in text else 0
                    apostrophe = "'" if straight > curly else "’"
                yield self.edit(
                    m.start(),
                    m.end(),
                    apostrophe,
                    "apostrophe",
                    f"{m.group()} (U+{ord(m.group()):04X}) used as an apostrophe",
                )
        if spaced and ("s '" in around or "s ’" in around):
            # (a match is the space before a spaced apostrophe, and the apostrophe)
            for m in _matches_at(_PLURAL_POSSESSIVE_SPACED, text, [p - 1 for p in marks if p]):
                rest = _SENTENCE_REST.match(text, m.end()).group()
                if _QUOTE_IN_REST.search(rest):
                    continue  # "he says ' hello'": an opening quote, closed later
                mark = m.group().strip() if self.mode == "keep" else apostrophe
                yield self.edit(m.start(), m.end(), mark, "apostrophe", "space before a plural possessive apostrophe")


# an apostrophe (or single quote) with a space before or after it
_SPACED_MARK = re.compile(r"['’](?:(?<= .)|(?= ))")
_SPACED_STRAIGHT_MARK = re.compile(r"'(?:(?<= ')|(?= ))")  # the same in a text without ’


_INSIDE = re.compile(r'[,.][”"]')
_OUTSIDE = re.compile(r'[^\s,.!?][”"][,.]')


_LOW9_QUOTATION = re.compile("\u201e[^\u201c\u201d\u201e\n]{0,400}[\u201c\u201d]")
_OUTSIDE_COMMA = re.compile(r'[^\s,.!?][”"],')


@lru_cache(maxsize=4)
def _without_low9_quotations(text: str) -> str:
    """``text`` without its „…” quotations: the punctuation after them is the foreign
    style being repaired, no evidence of the document's own (probe63)."""
    return _LOW9_QUOTATION.sub("", text) if "\u201e" in text else text


def _reporting_comma_outside(text: str) -> bool:
    """Whether the document writes a comma outside a closing quote (``... the money”, he
    said``, ``called it “a farce”, but``): the logical style, which puts the comma before a
    reporting clause outside too (probe15).  A comma outside a fragment may also be British
    style, which puts that comma inside (probe98's gold): the readings disagree, and the
    comma stays where the text has it.  A full stop outside a quoted fragment (``offers of
    “easy work as a courier”.``) is British journalism's too: it says nothing (probe39).

    >>> _reporting_comma_outside('“It is late”, he said.'), _reporting_comma_outside('“easy work”. “It is late,” he said.')
    (True, False)
    """
    return _OUTSIDE_COMMA.search(_without_low9_quotations(text)) is not None


def _goes_inside(text: str, after: str) -> bool:
    """Whether ``after``, the character after a closing quote, is a comma or full stop that
    the document puts inside its closing quotes (:func:`_punctuation_inside`)."""
    return after in (",", ".") and _punctuation_inside(text)


@lru_cache(maxsize=4)
def _punctuation_inside(text: str) -> bool:
    """Whether the document puts a comma or full stop that ends a quotation inside its
    closing quote (AP style: ``,” he said``), at least twice and never outside it (a space
    before the quote, the damage being repaired, is not counted).

    >>> _punctuation_inside('"Yes," he said. "No," she said. "Maybe ”, said')
    True
    >>> _punctuation_inside('"Yes," he said. She called it "a farce". "No ”, said')
    False
    """
    inside = len(_INSIDE.findall(text))
    return inside >= 2 and _OUTSIDE.search(_without_low9_quotations(text)) is None


def _around_spaced_marks(text: str, curly: bool) -> tuple[list[int], set[str]]:
    """The offsets of the apostrophes of ``text`` with a space beside them (``curly``: the
    text holds ’), and the strings of two and three characters holding one of them: a
    literal of ``_APOSTROPHE_SPACED`` or ``"s '"`` is in the text if and only if it is
    one of these strings.

    >>> marks, around = _around_spaced_marks("Iraq 's war, don't", False)
    >>> marks, sorted(around)
    ([5], [" '", " 's", "'s", "'s ", "q '"])
    """
    marks = [m.start() for m in (_SPACED_MARK if curly else _SPACED_STRAIGHT_MARK).finditer(text)]
    found = set()
    for p in marks:
        if p >= 1:
            found.add(text[p - 1 : p + 1])
            found.add(text[p - 1 : p + 2])
        if p >= 2:
            found.add(text[p - 2 : p + 1])
        found.add(text[p : p + 2])
        found.add(text[p : p + 3])
    return marks, found


def _matches_at(pattern: regex.Pattern[str], text: str, starts: list[int]) -> list[regex.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose matches (never empty) all start at
    one of ``starts`` (in order): the match at each start not inside the last match.

    >>> [m.span() for m in _matches_at(regex.compile("ab|b"), "abab", [0, 1, 3])]
    [(0, 2), (3, 4)]
    """
    out = []
    end = 0
    for c in starts:
        if c >= end and (m := pattern.match(text, c)) is not None:
            out.append(m)
            end = m.end()
    return out


def _plainly_paired(text: str, para: Span, quotes: list[int]) -> bool:
    """Whether the paragraph's double quotes are plainly paired: an opening one (``"`` or
    ``“``) after a space or bracket and before a letter or digit, then a closing one
    (``"`` or ``”``) after neither (nor any other space character) and before a space or
    punctuation, and so on; an opening one may also stand where a closing one is due when
    it opens a new quoted sentence (``_REOPEN``: ``... expectation. "This was``, the news
    convention of a quotation running on).

    Then :func:`_pair` gives every quote the role it looks like, and in ``keep`` mode
    (not aggressive) no rule moves a space or changes a character: the paragraph can be
    skipped without pairing it.  Why, quote by quote (``before``/``after`` as here, a
    space at the paragraph's edges):

    * roles.  An opening-looking ``"`` gets OPEN or 0 from :func:`_straight_role` (its
      ``after`` is a letter or digit), a closing-looking one CLOSE (a character before it
      that is neither a space nor an opening bracket, then a space or punctuation: this is
      why a space character outside ``_BEFORE_OPEN``'s ``\\s``, such as U+001C, is refused
      before a closing quote); curly ones get their shape's role (no „ opens here).  So,
      from the first quote on, each role is the expected one, but at a re-opening quote,
      where _pair makes the same ``_REOPEN`` test and gives OPEN (``_REOPEN`` means a
      space before the quote and a capital after it, so ``_spaced_before_reporting`` is
      false and the role is OPEN, not 0).  The same holds for the quotes of any one line
      that :meth:`Quotes._lines` pairs on their own: if they pair, each gets its look.
    * no edit.  With those roles, ``_target_char`` keeps every character in keep mode (a
      pair of one style: a pair half straight, half curly gets :func:`_mixed_pairs`' fix);
      an opening quote has a letter or digit after it and a space, bracket or nothing
      before it, a closing quote neither a space nor nothing before it and no letter
      after it: no clause of ``_respace`` fires, within the paragraph or within a line.

    >>> _plainly_paired('He said "yes" and “no”.', Span(0, 23), [8, 12, 18, 21])
    True
    >>> _plainly_paired('He said " yes".', Span(0, 15), [8, 13])
    False
    >>> _plainly_paired('"Go. "Now," he said.', Span(0, 20), [0, 5, 10])
    True
    """
    opening = True
    opener = ""
    start, end = para.start, para.end
    for pos in quotes:
        ch = text[pos]
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        # (_BEFORE_OPEN.match(before), by a set for ASCII)
        open_before = before in _BEFORE_OPEN_ASCII if before < "\x80" else _BEFORE_OPEN.match(before) is not None
        if ch in '"\u201c' and open_before and after.isalnum():
            if opening:
                opening = False
            elif not _REOPEN.match(text, max(0, pos - 3), pos + 2):
                return False
            opener = ch
            continue
        if (
            opening
            or ch not in '"\u201d'
            or (ch == '"') != (opener == '"')  # a pair half straight, half curly (_mixed_pairs)
            or (after == " " and text[pos + 2 : pos + 3] == ",")  # "forms” ,said": a comma spaced off
            or open_before
            or before.isspace()
            or not (after in _AFTER_CLOSE_ASCII if after < "\x80" else _AFTER_CLOSE.match(after) is not None)
        ):
            return False
        opening = True
    return True


# Document.paragraphs splits at r"\n[ \t]*\n\s*" (regex's \s): a break is the maximal run
# of \s characters holding a blank line, from its first "\n[ \t]*\n" to the run's end
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LAST_BLANK_LINE = regex.compile(r"\n[ \t]*\n", regex.REVERSE)
_SPACE_RUN = regex.compile(r"\s*")


#: the cp1252 characters whose byte leads a UTF-8 sequence of two or three bytes (Â..ï)
_UTF8_LEADS = frozenset(chr(c) for c in range(0xC2, 0xF0))


def _reads_as_mojibake(left: str, replacement: str) -> bool:
    """Whether a replacement written after ``left`` forms, across the junction, the cp1252
    reading of one UTF-8 character (the pattern the encoding step repairs).

    >>> _reads_as_mojibake("×", "\u201c"), _reads_as_mojibake("a", "\u201c"), _reads_as_mojibake("×", '"')
    (True, False, False)
    """
    if not replacement or not any(c in _UTF8_LEADS for c in left + replacement[:1]):
        return False
    joined = left + replacement[:2]
    for i in range(len(joined)):
        for n in (2, 3):
            window = joined[i : i + n]
            if len(window) < n or i + n <= len(left) or i >= len(left):
                continue  # a window across the junction only
            try:
                decoded = window.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if len(decoded) == 1:
                return True
    return False


def _paragraph_around(text: str, pos: int) -> Span:
    r"""The span of ``Document(text).paragraphs`` holding ``pos`` (not a space character),
    found from ``pos`` alone: the text between the nearest breaks on either side, stripped
    like Document.paragraphs strips it.

    No break holds ``pos`` (a break is made of \s characters), so the paragraph starts where
    the run of \s holding the last blank line before ``pos`` ends, and ends where the first
    blank line after ``pos`` starts (the first of its run: the run lies after ``pos``).

    >>> text = 'Title\n\n  He said "yes".\nAnd left.\n \n\nNext'
    >>> _paragraph_around(text, text.index('"')).of(text)
    'He said "yes".\nAnd left.'
    """
    # (the common case first: the line holding pos starts after "\n\n" or at 0, ends
    # before "\n\n" or at the end: no line break between pos and the break found)
    s = text.rfind("\n", 0, pos) + 1
    if s and text[s - 2 : s] != "\n\n":
        m = _LAST_BLANK_LINE.search(text, 0, pos)
        s = m.end() if m is not None else 0
    if s:
        s = _SPACE_RUN.match(text, s).end()
    e = text.find("\n", pos)
    if e < 0:
        e = len(text)
    elif text[e + 1 : e + 2] != "\n":
        m = _BLANK_LINE.search(text, pos)
        e = m.start() if m is not None else len(text)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def _leftmost(patterns: tuple[regex.Pattern[str], ...], text: str, starts: list[int]) -> list[regex.Match[str]]:
    """The matches of the patterns as one alternation of them would find them, when every
    match starts at one of ``starts`` (in order).

    At each position the first pattern that matches there wins, and the scan
    goes on after it.

    >>> [m.group() for m in _leftmost((regex.compile("ab"), regex.compile("b.")), "abc bd", [0, 1, 4])]
    ['ab', 'bd']
    """
    found = sorted((m.start(), k, m) for k, p in enumerate(patterns) for m in _matches_at(p, text, starts))
    out: list[regex.Match[str]] = []
    end = 0
    for start, _, m in found:
        if start >= end:
            out.append(m)
            end = max(m.end(), start + 1)
    return out


def _pair(text: str, quotes: list[int]) -> list[int] | None:
    """The role of each double quote of a paragraph, or None when they do not pair.

    Roles alternate open, close, open...; a paragraph may end with an open
    quote (a quotation continued in the next paragraph).  Curly quotes must
    agree with their place; a straight quote must stand where its role
    allows; a low-9 quote is closed by “ or ”; guillemets open with « (or
    with » in the »Danish« style, decided by the paragraph's first one).

    >>> _pair('He said "yes" and "no".', [8, 12, 18, 21])
    [1, 2, 1, 2]
    >>> _pair('He is 5ft 10" tall, "he" said.', [12, 20, 23]) is None
    True
    """
    roles: list[int] = []
    state_open = False
    opener = ""
    opened_at = -1
    guessed_last = False
    n = len(text)
    # a » opens only in the »Danish« style, when a « follows it in the paragraph: alone it
    # closes by its shape (not the continued quotation of "Home » World", a breadcrumb)
    guillemets = [text[p] for p in quotes if text[p] in "\u00ab\u00bb"]
    first_guillemet = "\u00bb" if guillemets[:1] == ["\u00bb"] and "\u00ab" in guillemets else "\u00ab"
    for pos in quotes:
        ch = text[pos]
        expected = CLOSE if state_open else OPEN
        if ch == '"':
            if pos and text[pos - 1].isdigit():
                return None  # an inch mark or a measure: do not guess
            local = _straight_role(text, pos)
            role = local or expected
            guessed_last = not local
        elif ch == "\u201c" and state_open and opener == "\u201e":
            role = CLOSE  # „…“
        elif ch in "\u00ab\u00bb":
            role = OPEN if ch == first_guillemet else CLOSE
        else:
            role = DOUBLE_ROLE[ch]
        if role != expected and ch == "\u201d" and _misshaped_opener(text, pos):
            role = OPEN
        if role != expected:
            if not (role == OPEN and ch in '"\u201c' and _REOPEN.match(text, max(0, pos - 3), pos + 2)):
                return None
            # a new quoted sentence while one is open: the news convention of a
            # quotation running on ('... expectation. "This was ...')
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < n else " "
        if role == OPEN:
            if after.isspace() and (pos + 2 >= n or text[pos + 2].isspace()):
                return None  # a lone quote between spaces
            if ch == '"' and not (
                _BEFORE_OPEN.match(before)
                or before in "\u2018\u2019\u201a'"
                or (before in _GLUED_OPEN_AFTER and after.isalpha())
            ):
                return None
            opener = ch
            opened_at = pos
        elif not text[opened_at + 1 : pos].strip():
            return None  # nothing quoted: '" "'
        elif ch == '"' and not (
            _AFTER_CLOSE.match(after)
            or after in "\u2018\u2019\u201a'"
            or _spaced_before_reporting(text, pos)
            or (before in _SENT_PUNCT and after.isalpha())
        ):
            return None
        roles.append(role)
        state_open = role == OPEN
        if ch != '"':
            guessed_last = False
    if state_open and guessed_last:
        return None  # a last straight quote that only the count calls opening: unplaced
    return roles


def _misshaped_opener(text: str, pos: int) -> bool:
    """Whether the ” at ``pos``, where nothing is open, opens a quotation: after a space
    that follows a sentence's end, a colon or a verb of saying, or at a line's start, and
    glued to the capital that starts the quotation ('... to the map. ”It feels strange', the
    Swedish and Finnish ”…” of a translation, probe27).  The pairing must still close it.

    >>> _misshaped_opener("map. ”It feels", 5), _misshaped_opener("He said ”There", 8)
    (True, True)
    >>> _misshaped_opener("capabilities, ”said", 14), _misshaped_opener("it ”Mr", 3)
    (False, False)
    """
    if not text[pos + 1 : pos + 2].isupper():
        return False
    if pos == 0 or text[pos - 1] == "\n":
        return True
    if text[pos - 1] not in " \t":
        return False
    if pos == 1 or text[pos - 2] in ".!?:\n":
        return True
    return _SAYING_BEFORE.search(text, max(0, pos - 12), pos) is not None


_SAYING_BEFORE = regex.compile(r"\b(?:said|says|say|told|tells|added|asked|wrote|writes)[ \t]\Z")


def _mixed_pairs(text: str, quotes: list[int], roles: list[int]) -> dict[int, str]:
    """The straight quote or guillemet of a pair whose other quote is curly, with the curly
    quote it should be ('"We will win,” he said', '«We waited ...” ': probe27): one pair
    cannot be written in two styles, and its curly quote says which.

    >>> _mixed_pairs('"We won,” he said.', [0, 8], [1, 2])
    {0: '“'}
    >>> _mixed_pairs('“We won," he said.', [0, 8], [1, 2])
    {8: '”'}
    >>> _mixed_pairs('"We won," he said.', [0, 8], [1, 2])
    {}
    """
    out = {}
    for k in range(len(roles) - 1):
        if roles[k] != OPEN or roles[k + 1] != CLOSE:
            continue
        a, b = quotes[k], quotes[k + 1]
        if text[a] in '"\u00ab' and text[b] == "\u201d":
            out[a] = "\u201c"
        elif text[a] == "\u201c" and text[b] in '"\u00bb':
            out[b] = "\u201d"
    return out


# After a quote: a short lower-case reporting clause ('he said', 'said Mr Jones',
# 'a BBC spokesman said').  Only then may a straight quote spaced like an opening
# one ('fine, "he said') close, when the pairing of the paragraph says it closes.
_REPORTING_VERB = (
    r"(?:said|says|add(?:s|ed)|tells?|told|ask(?:s|ed)|insist(?:s|ed)"
    r"|declare[sd]|promise[sd]|conclude[sd]|explain(?:s|ed)|note[sd]|warn(?:s|ed)|stress(?:es|ed)|argue[sd]"
    r"|wr(?:ote|ites)|continue[sd]|repl(?:ied|ies)|(?:went|goes)\ on|according|underline[sd]|emphasi[sz]e[sd]"
    r"|recall(?:s|ed)|admit(?:s|ted)|acknowledge[sd]|concede[sd]|observe[sd]|remark(?:s|ed)|comment(?:s|ed)"
    r"|suggest(?:s|ed)|claim(?:s|ed)|announce[sd]|point(?:s|ed)\ out|confirm(?:s|ed)|report(?:s|ed)"
    r"|state[sd]|answer(?:s|ed))\b"
)
_REPORTING = regex.compile(r"(?:[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+\ ){0,5}?" + _REPORTING_VERB)
# a name of one to three capitalised words right before the reporting verb ("Khrenin told")
_REPORTING_NAME = regex.compile(r"\p{Lu}[\p{L}'’.\-]*+(?:\ \p{Lu}[\p{L}'’.\-]*+){0,2}\ " + _REPORTING_VERB)


#: "said" and its speaker: a name, a pronoun or "the <role>" ("”said Hakan Lind")
_SAID_NAME = regex.compile(
    r"(?:said|says|added|told|asked|insisted|explained|noted|stressed|warned)\ (?:\p{Lu}\p{Ll}|(?:he|she|they|the)\b)"
)


# capitalised words that open a quotation rather than name its speaker ('"We said ...')
_NOT_SPEAKERS = frozenset("i we you he she it they this that these those the a an there here what who".split())


def _reporting_name(text: str, pos: int) -> bool:
    """A speaker's name then a reporting verb at ``pos`` ("Khrenin told"), not a pronoun."""
    m = _REPORTING_NAME.match(text, pos)
    return m is not None and m.group().split(" ", 1)[0].lower() not in _NOT_SPEAKERS


#: a conjunction after a quotation's comma: what follows is the sentence's next clause,
#: not a reporting clause (", and asked the Attorney General to act")
_CONJUNCTION_AFTER = regex.compile(r"(?:and|but|or|then|while|before|after|as|which|who)\b")


def _reporting_after_comma(text: str, pos: int) -> bool:
    """Whether a reporting clause follows the comma at ``pos - 1`` (its space optional):
    "..., he said", "..., the minister told reporters", "..., Ersoy told", "..., said Ali".

    >>> _reporting_after_comma("”, the minister told reporters", 2), _reporting_after_comma("”,she said", 2)
    (True, True)
    >>> _reporting_after_comma("”, a plan that failed", 2), _reporting_after_comma("”, and asked the court", 2)
    (False, False)
    """
    if text.startswith(" ", pos):
        pos += 1
    if _CONJUNCTION_AFTER.match(text, pos):
        return False  # "... all Libyans", and asked the court': the sentence's own next verb (probe98)
    m = _REPORTING.match(text, pos)
    return m is not None and m.group().count(" ") <= 3


def _spaced_before_reporting(text: str, pos: int) -> bool:
    """``, "he said``: a straight quote after clause punctuation and a space, before a reporting clause.

    >>> _spaced_before_reporting('fine, "he said.', 6), _spaced_before_reporting('fine, "Stop it"', 6)
    (True, False)
    >>> _spaced_before_reporting('fine, "Khrenin told reporters.', 6)
    True
    """
    return (
        pos >= 2
        and text[pos - 1] == " "
        and text[pos - 2] in ",.!?"
        and (
            (text[pos + 1 : pos + 2].islower() and _REPORTING.match(text, pos + 1) is not None)
            or (text[pos - 2] == "," and _reporting_name(text, pos + 1))
        )
    )


def _straight_role(text: str, pos: int) -> int:
    """The role a straight quote's surroundings give it; 0 when they do not say.

    >>> _straight_role('said "yes', 5), _straight_role('yes" he', 3), _straight_role('a " b', 2)
    (1, 2, 0)
    >>> _straight_role('well, " said Jones', 6)
    2
    """
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    open_before = bool(_BEFORE_OPEN.match(before))
    if _spaced_before_reporting(text, pos):
        return 0  # 'unfounded, "he insisted': opening by its spacing, closing by its place
    if open_before and not after.isspace() and after not in ",.;:!?)]}\u2026":
        return OPEN
    if not before.isspace() and (after.isspace() or _AFTER_CLOSE.match(after)):
        return CLOSE
    if before == " " and after == " " and text[pos - 2 : pos - 1] in (",", ".", "!", "?") and pos >= 2:
        nxt = text[pos + 2 : pos + 3]
        if nxt.islower():
            return CLOSE  # 'well, " said the champion': a spaced closing quote before the reporting verb
    return 0
