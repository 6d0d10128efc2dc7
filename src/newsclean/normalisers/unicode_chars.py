"""Unicode hygiene: NFC, invisible and control characters, odd spaces.

Rules:

* ``unicode.nfc``: a character sequence that is not in NFC is composed
  (``e`` + U+0301 becomes ``é``).
* ``unicode.invisible``: zero-width space, word joiner, BOM and other
  format characters are removed.  Characters that carry meaning are kept:
  the zero-width joiner inside emoji sequences or non-Latin scripts, ZWNJ in
  Persian and Indic text, and bidirectional marks when the text has
  right-to-left letters.
* ``unicode.control``: C0 and C1 control characters other than newline,
  tab and carriage return (which ``whitespace`` owns) are removed.
* ``unicode.ligature``: Latin typographic ligatures (``ﬁ``, ``ﬂ``, ``ﬀ``,
  ``ﬃ``, ``ﬄ``, ``ﬅ``, ``ﬆ``: copied from PDFs) become their letters, as
  ``ftfy.fixes.fix_latin_ligatures`` spells them.
* ``unicode.width``: fullwidth ASCII forms (``ＡＢＣ``, ``１２３``, ``：``, from
  text typed in a CJK input method) become ASCII (``ftfy.fixes.fix_character_width``),
  only in a text with no Chinese, Japanese or Korean letters, where they belong;
  so do the ideographic comma and full stop (``、``, ``。``), and a fullwidth
  bracket gets the space on its outer side that its width stood for
  (``Port（FTP） into`` -> ``Port (FTP) into``).
* ``unicode.digits``: Arabic-Indic and Persian digits (``۵``, ``٣``) become ASCII
  digits in a text with no Arabic-script letters, where they are a translation's
  leftovers ("۶ million people").
* ``unicode.space``: a no-break space, narrow no-break space, figure or
  typographic space between words becomes a plain space.  It is **kept**
  where it does a job a later step needs: next to a digit (``2 500``,
  ``5 km``, ``30 %``: the ``numbers`` step decides thousands separators
  and unit spacing from it), and after an abbreviation or title ending in a
  full stop (``Mr.\u00a0Smith``), where it only prevents a line break.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = UnicodeChars()
>>> text = "cafe\u0301\u200b\u00a0menu 2\u00a0500"
>>> apply_edits(text, list(step.find_edits(Document(text))))
'café menu 2\\xa0500'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import ftfy.fixes
import regex

from ..document import Document
from ..edits import Edit
from . import Step

_LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_LIGATURE_RUN = re.compile(f"[{_LIGATURES}]+")
_EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")
_ARABIC_LETTER = regex.compile(r"[\p{Script=Arabic}&&\p{L}]", regex.V1)
_FULLWIDTH_RUN = re.compile("[\uff01-\uff5e\u3001\u3002]+")
#: the ideographic comma and full stop, which NFKC keeps, in a text with no CJK letters
_IDEOGRAPHIC = str.maketrans({"\u3001": ",", "\u3002": "."})
_WORD_CHAR = re.compile(r"\w")
_CJK = regex.compile(r"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]")
# Invisible format characters that carry no meaning in English news text.
_ALWAYS_INVISIBLE = "\u200b\u2060\ufeff\u180e\u2061\u2062\u2063\u2064"
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_JOINERS = "\u200c\u200d"
_SPACES = "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"

_TRIGGER = regex.compile(f"[{_ALWAYS_INVISIBLE}{_BIDI}{_JOINERS}{_SPACES}\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]")
_ASCII_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RTL = regex.compile(r"[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]")
_LATIN_OR_COMMON = regex.compile(r"[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]")
_EMOJIISH = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]")
# An abbreviation or title right before a space: "Mr.", "Dr.", "St.", "No.", "p.", "U.S."
_ABBREV_BEFORE = regex.compile(r"(?:\b\p{Lu}\p{Ll}{0,3}|\b\p{Ll}{1,2}|(?:\b\p{L}\.)+\p{L})\.\Z")
# NFC works within a grapheme cluster (a base and its marks, a Hangul syllable), so
# normalising cluster by cluster finds every change, singletons included (U+212B,
# U+FB2A), without a hand-made list of characters that NFC alters.
_CLUSTER = regex.compile(r"\X")


def _printable(text: str) -> bool:
    """Whether every character of ``text`` but newline, tab and carriage return is
    printable (``str.isprintable``, a fast C loop).  Every character ``_TRIGGER``
    matches is not (a control, format or space-separator character), so a printable
    text has nothing for this step but NFC.

    >>> _printable("a\\u00a0b"), _printable("a b\\n\\tc\\r\\n"), _printable("a\\x07")
    (False, True, False)
    """
    return text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable()


class UnicodeChars(Step):
    name = "unicode"

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if text.isascii():
            if _printable(text):  # no ASCII control character: the same as not _ASCII_CONTROL.search(text)
                return
        elif not unicodedata.is_normalized("NFC", text):
            for m in _CLUSTER.finditer(text):
                seg = m.group()
                if seg.isascii() or seg in _SPACES:
                    continue  # the space rule owns U+2000 and U+2001 (NFC when it keeps them)
                norm = unicodedata.normalize("NFC", seg)
                if norm != seg:
                    yield self.edit(m.start(), m.end(), norm, "nfc", "not in Unicode NFC")
        chars = doc.non_ascii  # (empty for ASCII text)
        if not chars.isdisjoint(_LIGATURES):
            for m in _LIGATURE_RUN.finditer(text):
                fixed = ftfy.fixes.fix_latin_ligatures(m.group())
                yield self.edit(m.start(), m.end(), fixed, "ligature", "typographic ligature")
        if any("\uff01" <= c <= "\uff5e" or c in "\u3001\u3002" for c in chars) and not _CJK.search(text):
            for m in _FULLWIDTH_RUN.finditer(text):
                fixed = ftfy.fixes.fix_character_width(m.group()).translate(_IDEOGRAPHIC)
                # a fullwidth bracket carries its own spacing: written in ASCII, it needs a
                # space on its outer side ("Port（FTP） into" -> "Port (FTP) into")
                if fixed[0] == "(" and m.start() > 0 and _WORD_CHAR.match(text, m.start() - 1):
                    fixed = " " + fixed
                if fixed[-1] == ")" and _WORD_CHAR.match(text, m.end()):
                    fixed += " "
                yield self.edit(m.start(), m.end(), fixed, "width", "fullwidth forms in text with no CJK letters")
        if any("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" for c in chars) and not _ARABIC_LETTER.search(
            text
        ):
            for m in _EASTERN_DIGITS.finditer(text):
                digits = "".join(str(unicodedata.digit(c)) for c in m.group())
                yield self.edit(
                    m.start(), m.end(), digits, "digits", "Arabic-Indic digits in a text with no Arabic-script letters"
                )
        if _printable(text) or not _TRIGGER.search(text):
            return
        has_rtl: bool | None = None
        for m in _TRIGGER.finditer(text):
            ch = m.group()
            i = m.start()
            if ch in _SPACES:
                edit = self._space(text, i)
                if edit is not None:
                    yield edit
            elif ch in _ALWAYS_INVISIBLE:
                yield self.edit(i, i + 1, "", "invisible", f"invisible U+{ord(ch):04X}")
            elif ch in _BIDI:
                if has_rtl is None:
                    has_rtl = bool(_RTL.search(text))
                if not has_rtl:
                    yield self.edit(
                        i, i + 1, "", "invisible", f"bidirectional mark U+{ord(ch):04X} in left-to-right text"
                    )
            elif ch in _JOINERS:
                before = text[i - 1] if i else " "
                after = text[i + 1] if i + 1 < len(text) else " "
                if _EMOJIISH.match(before) or _EMOJIISH.match(after):
                    continue
                if _LATIN_OR_COMMON.match(before) and _LATIN_OR_COMMON.match(after):
                    yield self.edit(i, i + 1, "", "invisible", f"joiner U+{ord(ch):04X} between Latin characters")
            else:
                yield self.edit(i, i + 1, "", "control", f"control character U+{ord(ch):04X}")

    def _space(self, text: str, i: int) -> Edit | None:
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if (before.isdigit() or after.isdigit()) or (before == "." and _ABBREV_BEFORE.search(text, max(0, i - 12), i)):
            # kept: thousands separators and unit spacing belong to the numbers step, and
            # Mr.\u00a0Smith is a typographic no-break; but U+2000/U+2001 still go to NFC
            # (this rule owns them, so the nfc rule never competes with it for the character)
            norm = unicodedata.normalize("NFC", text[i])
            return self.edit(i, i + 1, norm, "nfc", "not in Unicode NFC") if norm != text[i] else None
        return self.edit(i, i + 1, " ", "space", f"U+{ord(text[i]):04X} between words")
