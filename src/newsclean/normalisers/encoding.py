"""Encoding damage: mojibake, HTML entities, soft hyphens, stray BOMs, homoglyphs.

Rules:

* ``encoding.mojibake``: text decoded in the wrong encoding (``rÃ©gime``,
  ``Ukrsotsbankâ€™s``) is repaired by ftfy, used for its encoding repair
  only (no quote straightening, no other ftfy fix).  ftfy runs line by line,
  only on lines holding a character other than ASCII, curly quotes, dashes
  and the ellipsis, and each change is reported as a small edit (the words
  it touched) with ftfy's plan as the reason.  ftfy reads each line as the
  later steps will leave it (entities decoded, homoglyphs Latin, tabs as
  spaces, no blanks at its ends), so the repair does not change once they
  have run; a repair that would create control characters is refused.
* ``encoding.html_entity``: an HTML entity left in plain text (``&amp;``,
  ``&#8217;``, ``&eacute;``) becomes its character.  Only complete entities
  with their semicolon are decoded; ``AT&T;`` is not an entity.  ``&nbsp;``
  becomes U+00A0, which the ``unicode`` step then keeps or turns into a
  space by its own rules.  Nothing is decoded in text that holds HTML tags
  (there the entities are real escapes), and an entity right after a
  non-ASCII letter whose decoding would look like mojibake (``Î&frac14;``)
  is left alone.
* ``encoding.lossy_apostrophe``: an inverted question mark between a letter
  and a contraction (``Blair¿s``, ``Blair&#191;s``, an apostrophe lost in a
  conversion to a one-byte charset) becomes the document's apostrophe; the
  replacement character U+FFFD in that place only under ``preset="aggressive"``.
* ``encoding.html_tag``: a paragraph, line-break or emphasis tag left in scraped
  plain text (``<p>``, ``</p>``, ``<br />``, ``<strong>``, ``<em>``) is removed (a space
  where two words would join), unless the text talks about HTML or markup or holds any
  other tag (an HTML document is left as it is).
* ``encoding.soft_hyphen``: U+00AD is removed.
* ``encoding.bom``: a byte order mark (U+FEFF, U+FFFE) is removed.
* ``encoding.homoglyph``: a Cyrillic or Greek letter that looks like a Latin
  one, inside a word whose other letters are Latin (``thе`` with a Cyrillic
  ``е``), becomes the Latin letter.  Words written wholly in Cyrillic or
  Greek, and mixed words holding a letter with no Latin look-alike, stay.
  Words in all capitals (``SENSЕ``) are changed only under
  ``preset="aggressive"``: there a stylised name may mix scripts on purpose.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> step = Encoding()
>>> text = "Caf\u00c3\u00a9 &amp; bar: th\u0435 r\u00e9gime\u00ad"
>>> apply_edits(text, list(step.find_edits(Document(text))))
'Café & bar: the régime'
"""

from __future__ import annotations

import bisect
import html
import html.entities
import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher

import ftfy
import regex
from ftfy.badness import is_bad

from ..document import Document, Span
from ..edits import Edit
from . import Step

__all__ = ["Encoding", "fix_mojibake"]

# ftfy used for the encoding repair only: everything else is off.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)

_BOMS = "\ufeff\ufffe"
_SOFT_HYPHEN = "\u00ad"

# A complete entity, possibly double-escaped (&amp;amp; &amp;#8217;).
_ENTITY = regex.compile(
    r"&(?:amp;|#0*38;|#[xX]0*26;)*(?:#[0-9]{1,7}+;|#[xX][0-9a-fA-F]{1,6}+;|[A-Za-z][A-Za-z0-9]{1,31}+;)"
)
#: paragraph, line-break and emphasis tags (encoding.html_tag), without attributes but a class
_INLINE_TAG = regex.compile(r"</?(?:p|strong|em)>|<br\s?/?>|<p\sclass=\"[\w\- ]*\">")


def _other_tags(text: str) -> bool:
    """Whether ``text`` holds a tag other than those encoding.html_tag removes: then it is
    HTML, left as it is (its entities are escapes)."""
    return any(not _INLINE_TAG.fullmatch(m.group()) for m in _TAG.finditer(text))


#: a text about HTML writes tags as its examples
_MARKUP_TALK = regex.compile(r"(?i)\bhtml\b|<!doctype|<script|<\?php|\bmarkup\b|\btags?\b")


def _glues(text: str, start: int, end: int) -> bool:
    """Whether deleting ``text[start:end]`` would join two words ("years.<br>The", "a<br>b")."""
    return (
        start > 0
        and end < len(text)
        and not text[start - 1].isspace()
        and not text[end].isspace()
        and (text[start - 1].isalnum() or text[start - 1] in ".,;:!?\"'”’)")
        and (text[end].isalnum() or text[end] in "\"'“‘(")
    )


_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*+(?:\s[^<>]*+)?/?>|<!--")
_ALL_CAPS_OK = frozenset({"AMP;", "LT;", "GT;", "QUOT;"})

# Cyrillic and Greek letters that look like a Latin letter, and that letter.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic lower case
    "\u0430": "a",
    "\u0435": "e",
    "\u043e": "o",
    "\u0440": "p",
    "\u0441": "c",
    "\u0443": "y",
    "\u0445": "x",
    "\u0456": "i",
    "\u0458": "j",
    "\u0455": "s",
    "\u0501": "d",
    "\u04bb": "h",
    "\u0457": "\u00ef",
    # Cyrillic upper case
    "\u0410": "A",
    "\u0412": "B",
    "\u0415": "E",
    "\u041a": "K",
    "\u041c": "M",
    "\u041d": "H",
    "\u041e": "O",
    "\u0420": "P",
    "\u0421": "C",
    "\u0422": "T",
    "\u0425": "X",
    "\u0406": "I",
    "\u0408": "J",
    "\u0405": "S",
    "\u04ae": "Y",
    # Greek
    "\u03bf": "o",
    "\u0391": "A",
    "\u0392": "B",
    "\u0395": "E",
    "\u0396": "Z",
    "\u0397": "H",
    "\u0399": "I",
    "\u039a": "K",
    "\u039c": "M",
    "\u039d": "N",
    "\u039f": "O",
    "\u03a1": "P",
    "\u03a4": "T",
    "\u03a5": "Y",
    "\u03a7": "X",
}
_GREEK_OR_CYRILLIC = regex.compile(r"[\p{Script=Cyrillic}\p{Script=Greek}]")
# A word holding both Latin and Cyrillic/Greek letters.  Invisible and control
# characters (which the unicode step removes later) count as part of the word.
_W = r"[\p{L}\p{M}\p{Cf}\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_MIXED_WORD = regex.compile(
    rf"(?<!{_W})(?={_W}*?\p{{Script=Latin}})(?={_W}*?[\p{{Script=Cyrillic}}\p{{Script=Greek}}])"
    rf"{_W}++"
)
# The character classes the gates below are built from, each written once.
_C0_DEL_CHARS = "".join(map(chr, (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)))
_C1_CHARS = "".join(map(chr, range(0x80, 0xA0)))
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\ufffe\u00ad"  # zero-width space, word joiner, BOMs, soft hyphen
#: "Â" between a letter, digit or space and a curly quote, a dash, an ellipsis or a bullet:
#: no word writes it so (the byte C2 of a character encoded twice)
_STRAY_A_CIRCUMFLEX = regex.compile(
    r"(?<=[\p{L}\p{N}\s])\u00c2(?=[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022])"
    # ... and between a digit and a space, the no-break space it led made a plain one
    # ("Rs1.5Â million", probe33)
    r"|(?<=\d)\u00c2(?=[ \u00a0]\p{L})"
)
#: the cp1252 characters of the bytes 0x80-0xBF (a UTF-8 sequence's continuation bytes) and
#: of 0xC4-0xF4 (its lead bytes; not 0xC2 "Â", handled above, nor 0xC3 "Ã": the Latin-1
#: letters' sequences, which ftfy reads, and where it declines it does so on purpose, as in
#: its negative case "DrÃ¥ber")
_CONT = "".join(c for c in (bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)) if c)
_LEAD = "".join(
    bytes([b]).decode("cp1252") for b in range(0xC4, 0xF5)
)  # (not "Ã": ftfy reads those, or declines on purpose)
#: a word holding a UTF-8 sequence read as cp1252 that ftfy leaves ("KavaloÄŸlu",
#: "Nguyá»…n"; probe33): a lead character, then one to three continuation characters, inside
#: a word, or at its start before a lower-case letter ("ÅžimÅŸek", probe79)
_LEFT_SEQUENCE = regex.compile(
    rf"(?:(?<=\p{{Ll}})|(?<![\p{{L}}\p{{M}}])(?=[{regex.escape(_LEAD)}][{regex.escape(_CONT)}]{{1,3}}\p{{Ll}}))"
    rf"[{regex.escape(_LEAD)}][{regex.escape(_CONT)}]{{1,3}}"
)
_BAD_LEAD_CHARS = "\u0152\u0153\u00c2\u00c3"  # Œ œ Â Ã (see _MAYBE_BAD_CHAR)
_REMOVED_LATER = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff]")
_DROPPED_IN_VIEW = re.compile(f"[{_C0_DEL_CHARS}{_C1_CHARS}{_INVISIBLE_CHARS}]")
# Characters that can take part in mojibake.  A line whose only non-ASCII
# characters are the curly quotes, dashes, ellipsis and bullet of clean text
# is not given to ftfy at all.
_SUSPICIOUS = regex.compile(r"[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026]")
_C0 = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LEADING_BLANKS = " \t\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_CONTRACTION_AFTER = regex.compile(r"(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])")
_LOSSY_APOSTROPHE = regex.compile(r"(?<=\p{L})[\u00bf\ufffd](?=(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}]))")
_LOSSY_TRIGGER = re.compile(r"[\u00bf\ufffd]|&(?:#191|#xbf|iquest|#65533);", re.IGNORECASE)
_INVISIBLE_HERE = re.compile(r"[\u00ad\ufeff\ufffe]")
# A necessary condition for ftfy's ``is_bad`` (so for any encoding repair): every
# alternative of ``ftfy.badness.BADNESS_RE`` holds a C1 control, Œ/œ, Â/Ã, or two
# adjacent non-ASCII characters (checked against ftfy's pattern in
# tests/test_encoding.py).  One character-class scan replaces ftfy's big
# alternation on the lines (most lines with a "£" or an "é") that cannot be mojibake.
_MAYBE_BAD_CHAR = re.compile(f"[{_C1_CHARS}{_BAD_LEAD_CHARS}]")
# Greek and Cyrillic as plain code point ranges (a superset of
# [\p{Script=Greek}\p{Script=Cyrillic}], checked in tests/test_encoding.py): the
# standard library's ``re`` scans a plain class several times faster than
# ``regex`` scans script properties.
_GREEK_CYRILLIC_BMP = (
    "\u0370-\u052f\u1c80-\u1c8f\u1d00-\u1dbf\u1f00-\u1fff\u2126\u2de0-\u2dff\ua640-\ua69f\uab65\ufe2e\ufe2f"
)
GREEK_CYRILLIC_RANGES = _GREEK_CYRILLIC_BMP + "\U00010140-\U000101af\U0001d200-\U0001d24f\U0001df00-\U0001e08f"
# The same for a whole text, and for the lines as :meth:`Encoding._mojibake` hands
# them to ftfy (entities decoded, homoglyphs made Latin, removable characters dropped):
# when the text has none of these characters, no Greek or Cyrillic letter, no "&"
# and no two non-ASCII characters side by side, no line can hold mojibake.
_MOJIBAKE_CHARS = frozenset(_C1_CHARS + _BAD_LEAD_CHARS + _INVISIBLE_CHARS)
# The non-ASCII characters :func:`_view` drops (C0 controls and DEL are ASCII: _C0_DEL).
_DROPPED_CHARS = frozenset(_C1_CHARS + _INVISIBLE_CHARS)
_C0_DEL = re.compile(f"[{_C0_DEL_CHARS}]")
_GATE_CHARS = _C0_DEL_CHARS + _C1_CHARS + _BAD_LEAD_CHARS + "&" + _INVISIBLE_CHARS
# (astral ranges slow the standard engine down: they are added only for a text that has such a letter)
_LINE_GATE = re.compile("[" + _GATE_CHARS + _GREEK_CYRILLIC_BMP + "]")
_LINE_GATE_ASTRAL = re.compile("[" + _GATE_CHARS + GREEK_CYRILLIC_RANGES + "]")
_MAYBE_GREEK_CYRILLIC = re.compile("[" + GREEK_CYRILLIC_RANGES + "]")
_NON_ASCII_PAIR = regex.compile("[^\x00-\x7f][^\x00-\x7f]")  # (regex scans this one fastest)


#: "â€" (the cp1252 reading of the UTF-8 lead bytes E2 80) before a space or the line's
#: end: the third byte was lost, and 0x9D (”) is the one cp1252 has no character for (other
#: losses leave a mark ftfy reads itself: "â€�", "â€?")
_LOST_9D = re.compile("â€(?= |\\Z)")


#: what a text about text encodings names besides UTF-8 ("text stored as UTF-8 was read as
#: Windows-1252", probe110)
_ENCODING_TALK = ("1252", "Latin-1", "latin-1", "ISO-8859", "ISO 8859", "encoding", "encoded", "decoded", "decoding")


def _about_encoding(text: str) -> bool:
    """Whether ``text`` talks about text encodings, so that its mojibake is quoted on purpose.

    >>> _about_encoding("José was printed as “JosÃ©” because UTF-8 was read as Windows-1252.")
    True
    >>> _about_encoding("The rÃ©gime fell."), _about_encoding("Its mojibake was fixed.")
    (False, True)
    """
    if "ojibake" in text or ("garbled" in text and "encoding" in text):
        return True
    return "UTF-8" in text and any(w in text for w in _ENCODING_TALK)


def fix_mojibake(line: str) -> tuple[str, str]:
    """ftfy's encoding repair of one line, and its plan as text.

    A repair that creates C0 control characters (``À\x80`` read as an overlong
    NUL) is not one: the line is returned as it was.

    >>> fix_mojibake("r\u00c3\u00a9gime")
    ('régime', 'encode latin-1, decode utf-8')
    """
    if not (_MAYBE_BAD_CHAR.search(line) or _NON_ASCII_PAIR.search(line)):
        return line, ""  # ftfy.badness.is_bad(line) is False: ftfy would not change it
    # a closing quote's last byte (0x9D, no character in cp1252) is often lost: its
    # mojibake "â€" then stands before a space, and ftfy reads that space as the byte 0xA0
    # of a dagger ("patch,â€ said" -> "patch,†said"); give the byte back first
    restored = _LOST_9D.sub("â€\x9d", line) if "â€" in line else line
    fixed, plan = ftfy.fix_encoding_and_explain(restored, _FTFY_CONFIG)
    if fixed == restored:
        return line, ""
    if fixed != line and _C0.search(fixed) and len(_C0.findall(fixed)) > len(_C0.findall(line)):
        return line, ""
    return fixed, ", ".join(f"{op} {arg}" for op, arg in (plan or ()))


_WORD = regex.compile(r"\S++")
#: a letter no cp1252 text holds (a line with one cannot be mojibake as a whole): neither
#: Latin-1 nor one of the characters cp1252 puts at 0x80-0x9F
_NOT_CP1252 = regex.compile(
    "[^\x00-\xff" + regex.escape(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")) + "]"
)


def _fix_by_word(line: str) -> tuple[str, str]:
    """:func:`fix_mojibake` of each word of ``line`` that holds a character other than
    ASCII, where the line as a whole has no repair: a word ftfy repairs into one it does not
    find bad is taken.

    >>> _fix_by_word("Łukasz Wiśniewski of GdaÅ„sk")
    ('Łukasz Wiśniewski of Gdańsk', 'word by word: encode sloppy-windows-1252, decode utf-8')
    """
    parts: list[str] = []
    plans: list[str] = []
    pos = 0
    for m in _WORD.finditer(line):
        word = m.group()
        if word.isascii():
            continue
        fixed, plan = fix_mojibake(word)
        if fixed != word and not is_bad(fixed):
            parts += [line[pos : m.start()], fixed]
            pos = m.end()
            plans.append(plan)
    if not plans:
        return line, ""
    parts.append(line[pos:])
    return "".join(parts), "word by word: " + "; ".join(dict.fromkeys(plans))


def _local_changes(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """The changed spans between ``a`` and ``b``, each widened to whole words.

    Returns ``(a_start, a_end, b_start, b_end)`` tuples, sorted and disjoint.
    """
    # trim the common prefix and suffix first: the matcher then sees only the change
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    a_mid, b_mid = a[p : len(a) - s], b[p : len(b) - s]
    groups: list[list[int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a_mid, b_mid, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        groups.append([i1 + p, i2 + p, j1 + p, j2 + p])
    # widen to word boundaries inside the equal text around each change; a
    # change that reaches the next one merges with it
    out: list[list[int]] = []
    for k, g in enumerate(groups):
        left_limit = out[-1][1] if out else 0
        while g[0] > left_limit and not a[g[0] - 1].isspace():
            g[0] -= 1
            g[2] -= 1
        if out and g[0] == out[-1][1] and (g[0] == 0 or not a[g[0] - 1].isspace()):
            last = out[-1]
            last[1], last[3] = g[1], g[3]
            g = last
        else:
            out.append(g)
        right_limit = groups[k + 1][0] if k + 1 < len(groups) else len(a)
        while g[1] < right_limit and not a[g[1]].isspace():
            g[1] += 1
            g[3] += 1
    return [tuple(g) for g in out]  # type: ignore[misc]


def _post_clean(s: str, entities: bool = True) -> str:
    """What the character rules would do to ftfy's output (keeps the step idempotent)."""
    if _SOFT_HYPHEN in s or "\ufeff" in s or "\ufffe" in s:
        s = s.replace(_SOFT_HYPHEN, "").replace("\ufeff", "").replace("\ufffe", "")
    if entities:
        s = _decode_entities(s)
    return s


def _decode_entities(s: str) -> str:
    if "&" not in s:
        return s
    return _ENTITY.sub(lambda m: _safe_entity(s, m.start(), m.end()) or m.group(), s)


def _safe_entity(text: str, s: int, e: int) -> str | None:
    """The decoded entity at ``text[s:e]``, or None when it should stay."""
    value = _decode_entity(text[s:e])
    if value is None:
        return None
    value = value.replace(_SOFT_HYPHEN, "").replace("\ufeff", "").replace("\ufffe", "")
    # do not create text that looks like mojibake ("Î&frac14;" -> "Î¼"): only the
    # character right before counts, so the decision is the same on every run
    prev = text[s - 1] if s else ""
    if value and not value.isascii() and prev.isalpha() and not prev.isascii() and is_bad(prev + value):
        return None
    return value


def _decode_entity(ent: str) -> str | None:
    """The character(s) of a (possibly double-escaped) entity, or None when it is not one."""
    # strip leading &amp; escapes: &amp;amp;#8217; is a double-escaped &#8217;
    core = regex.sub(r"^&(?:amp;|#0*38;|#[xX]0*26;)++", "&", ent)
    if core == "&":
        return "&"
    body = core[1:]
    if body.startswith("#"):
        try:
            cp = int(body[2:-1], 16) if body[1] in "xX" else int(body[1:-1])
        except ValueError:
            return None
        if cp in (0x9, 0xA) or (0x20 <= cp < 0x7F) or (0xA0 <= cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF):
            if cp in (0xFFFE, 0xFFFF) or 0xFDD0 <= cp <= 0xFDEF:
                return None
            return html.unescape(core)
        if 0x80 <= cp <= 0x9F:
            return html.unescape(core)  # HTML maps these to Windows-1252
        return None
    if body not in html.entities.html5:
        return None
    if body.isupper() and body not in _ALL_CAPS_OK:
        return None  # &ETH; &THORN; in all caps: more likely "R&D;"-style text
    return html.entities.html5[body]


def _utf8_read_as_cp1252(run: str, initial: bool = False) -> str | None:
    """The letter a run of cp1252 characters stands for when its bytes are one UTF-8
    sequence, else None; ``initial``: the run starts a word, and the letter may be a
    capital ("Åž" is "Ş" in "ÅžimÅŸek").

    >>> _utf8_read_as_cp1252("ÄŸ"), _utf8_read_as_cp1252("á»…"), _utf8_read_as_cp1252("ÄŸx")
    ('ğ', 'ễ', None)
    >>> _utf8_read_as_cp1252("É®"), _utf8_read_as_cp1252("ë…”")  # IPA ɮ, Hangul: no
    (None, None)
    >>> _utf8_read_as_cp1252("Åž"), _utf8_read_as_cp1252("Åž", initial=True)
    (None, 'Ş')
    """
    try:
        fixed = run.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    # (a lower-case Latin letter with its marks, as the lower-case word around it: "NESTLÉ®"
    # and "SELKÄ\xa0" are no such run, and "ë…”" reads as no Latin letter)
    if (
        len(fixed) == 1
        and (fixed.islower() or (initial and fixed.isupper()))
        and ("\u00c0" <= fixed <= "\u024f" or "\u1e00" <= fixed <= "\u1eff")
        and (initial or "\u00df" <= fixed)
    ):
        return fixed
    return None


class Encoding(Step):
    name = "encoding"

    def find_edits(self, doc: Document) -> list[Edit]:
        text = doc.text
        chars = doc.non_ascii  # empty for ASCII text
        if "<" in text and _INLINE_TAG.search(text) and not _MARKUP_TALK.search(text) and not _other_tags(text):
            # paragraph and emphasis tags left in scraped plain text go first (the next round
            # decodes the entities, which a text holding tags keeps)
            runs: list[list[int]] = []  # adjacent tags are one run ("</p><p>", "<br /><br />")
            for m in _INLINE_TAG.finditer(text):
                if runs and runs[-1][1] == m.start():
                    runs[-1][1] = m.end()
                else:
                    runs.append([m.start(), m.end()])
            return [
                self.edit(
                    start,
                    end,
                    " " if _glues(text, start, end) else "",
                    "html_tag",
                    f"HTML tag(s) {text[start:end]!r} left in plain text",
                )
                for start, end in runs
            ]
        if not chars and "&" not in text:
            return []
        if chars and _about_encoding(text):
            return []  # a text about mojibake quotes it on purpose (probe38, probe42, probe110)
        taken: list[tuple[int, int]] = []
        edits: list[Edit] = []
        # set tests on the text's non-ASCII characters instead of scans where they suffice
        greek = any(_MAYBE_GREEK_CYRILLIC.match(c) for c in chars)
        controls = _C0_DEL.search(text) is not None
        if chars and (
            not chars.isdisjoint(_MOJIBAKE_CHARS) or greek or controls or "&" in text or _NON_ASCII_PAIR.search(text)
        ):
            edits.extend(self._mojibake(doc, taken))
        # Entities and homoglyphs are found in the text as later steps will see
        # it: without the control and invisible characters that unicode removes
        # and the soft hyphens and BOMs removed here ("&#\x1f10;" is "&#10;").
        view, to_text = _view(text) if controls or not chars.isdisjoint(_DROPPED_CHARS) else (text, None)
        found: list[Edit] = list(self._entities(view)) if "&" in view else []
        if not chars.isdisjoint("\u00bf\ufffd") or ("&" in view and _LOSSY_TRIGGER.search(view)):
            found = self._lossy_apostrophes(view, found)
        if (greek and _GREEK_OR_CYRILLIC.search(view)) or any(_GREEK_OR_CYRILLIC.search(e.replacement) for e in found):
            found = self._homoglyphs_after(view, found)
        for e in found:
            if to_text is not None:
                start = to_text[e.start]
                end = to_text[e.end - 1] + 1 if e.end > e.start else start
                e = Edit(start, end, e.replacement, e.rule, e.reason)
            if not _inside(taken, e.start, e.end):
                taken.append((e.start, e.end))
                edits.append(e)
        if "\u00c2" in chars:
            # "MandalayÂ’s" (probe31): the lead byte of a double-encoded quote or dash left
            # before the character it led, which was repaired (ftfy keeps the "Â")
            for m in _STRAY_A_CIRCUMFLEX.finditer(text):
                if not _inside(taken, m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    edits.append(
                        self.edit(
                            m.start(), m.end(), "", "mojibake", "stray 'Â' of a double-encoded character before it"
                        )
                    )
        if not chars.isdisjoint(_LEAD) and not chars.isdisjoint(_CONT):
            for m in _LEFT_SEQUENCE.finditer(text):
                if _inside(taken, m.start(), m.end()):
                    continue
                initial = not (
                    m.start()
                    and (text[m.start() - 1].isalpha() or unicodedata.category(text[m.start() - 1]).startswith("M"))
                )
                fixed = _utf8_read_as_cp1252(m.group(), initial)
                if fixed is not None:
                    taken.append((m.start(), m.end()))
                    edits.append(
                        self.edit(m.start(), m.end(), fixed, "mojibake", f"{m.group()!r}: UTF-8 read as cp1252")
                    )
        if not chars.isdisjoint("\u00ad\ufeff\ufffe"):
            edits.extend(self._characters(text, taken))
        edits.sort(key=lambda e: (e.start, e.end))
        return edits

    # -- mojibake -------------------------------------------------------------
    def _mojibake(self, doc: Document, taken: list[tuple[int, int]]) -> Iterator[Edit]:
        text = doc.text
        entities = "&" in text and not _TAG.search(text)
        for span in _candidate_lines(doc):
            line = span.of(text)
            if line.isascii() or not _SUSPICIOUS.search(line):
                continue
            # blanks at either end go (unicode and whitespace remove them): ftfy must
            # not see them, or its answer changes once they are gone
            lead = len(line) - len(line.lstrip(_LEADING_BLANKS))
            trail = len(line) - len(line.rstrip(_LEADING_BLANKS))
            if lead or trail:
                if lead + trail >= len(line):
                    continue
                span = Span(span.start + lead, span.end - trail)
                line = line[lead : len(line) - trail]
            # ftfy sees tabs as the spaces the whitespace step will make of them
            # (same length, so offsets hold): "Â\t0" must not turn into mojibake later
            line = line.replace("\t", " ")
            # and with its homoglyphs already Latin (same length): "¬ßЕ" is "¬ßE" on the next run
            # and with its entities decoded: "&amp;Ae¤¤" reads "&Ae¤¤" on the next run
            base = _decode_entities(line) if entities else line
            if _GREEK_OR_CYRILLIC.search(base):
                base = _fix_homoglyphs(base, self.aggressive)
            base = base.strip(_LEADING_BLANKS)  # "&nbsp;" at either end decodes to a blank
            fixed, plan = fix_mojibake(base)
            if fixed == base and _INVISIBLE_HERE.search(base):
                # a soft hyphen or BOM (removed below) can hide mojibake from ftfy
                bare = _INVISIBLE_HERE.sub("", base)
                again, more = fix_mojibake(bare)
                if again != bare:
                    fixed, plan = again, f"drop soft hyphens and BOMs; {more}"
            if is_bad(base) and ((fixed == base and _NOT_CP1252.search(base)) or (fixed != base and is_bad(fixed))):
                # a line mixing good letters no one-byte charset has and mojibake ("Łukasz
                # ... GdaÅ„sk") has no single repair, and ftfy's repair of a line may be
                # partial ("MiloÅ¡eviÄ‡" -> "MiloÅ¡ević"): ftfy, word by word (probe20), where
                # that leaves no word bad (a line ftfy leaves alone for its own reasons,
                # "Bremer/Mccoy – DrÃ¥ber", stays so)
                by_word, word_plan = _fix_by_word(base)
                if by_word != base and not is_bad(by_word):
                    fixed, plan = by_word, word_plan
            if _REMOVED_LATER.search(fixed):
                # the unicode step will remove these controls: let ftfy see the
                # text it will see on the next run ("\x9dÀ°")
                bare = _REMOVED_LATER.sub("", fixed)
                again, more = fix_mojibake(bare)
                if again != bare:
                    fixed, plan = again, f"{plan}; drop control characters; {more}".strip("; ")
            if fixed == base:
                continue
            # what the character rules do to ftfy's output can uncover more
            # mojibake: repeat until nothing changes, so the step is idempotent
            plans = [plan]
            for _ in range(3):
                again, more = fix_mojibake(_post_clean(fixed, entities))
                if again == fixed:
                    break
                fixed = again
                plans.append(more)
            plan = "; then ".join(p for p in plans if p)
            reason = f"mojibake; ftfy: {plan}" if plan else "mojibake"
            for a0, a1, b0, b1 in _local_changes(line, fixed):
                replacement = _post_clean(fixed[b0:b1], entities)
                plain = _fix_homoglyphs(_post_clean(line[a0:a1], entities), self.aggressive)
                if plain == replacement or plain.strip(_LEADING_BLANKS) == replacement:
                    continue  # only an entity, soft hyphen or BOM: their own rules say so
                s, e = span.start + a0, span.start + a1
                taken.append((s, e))
                if _GREEK_OR_CYRILLIC.search(replacement):
                    replacement = _fix_homoglyphs(replacement, self.aggressive)
                if _LOSSY_APOSTROPHE.search(replacement):
                    replacement = self._fix_lossy(replacement, text)
                yield self.edit(s, e, replacement, "mojibake", reason)

    # -- entities, soft hyphens, BOMs -----------------------------------------------
    def _characters(self, text: str, taken: list[tuple[int, int]]) -> Iterator[Edit]:
        for m in _INVISIBLE_HERE.finditer(text):
            s = m.start()
            if _inside(taken, s, s + 1):
                continue
            ch = m.group()
            if ch == _SOFT_HYPHEN:
                yield self.edit(s, s + 1, "", "soft_hyphen", "soft hyphen U+00AD")
            else:
                yield self.edit(s, s + 1, "", "bom", f"byte order mark U+{ord(ch):04X}")

    def _fix_lossy(self, s: str, text: str) -> str:
        marks = "\u00bf\ufffd" if self.aggressive else "\u00bf"
        apostrophe = "'" if text.count("'") > text.count("\u2019") else "\u2019"
        return _LOSSY_APOSTROPHE.sub(lambda m: apostrophe if m.group() in marks else m.group(), s)

    def _lossy_apostrophes(self, view: str, entities: list[Edit]) -> list[Edit]:
        """``Blair¿s``, ``Blair&#191;s``: an apostrophe lost to a one-byte charset."""
        marks = "\u00bf\ufffd" if self.aggressive else "\u00bf"
        apostrophe = "'" if view.count("'") > view.count("\u2019") else "\u2019"
        reason = "an apostrophe lost in a charset conversion (a letter, {}, then a contraction)"
        out = []
        for e in entities:  # an entity that decodes to the lost mark
            if (
                e.replacement in marks
                and e.start
                and view[e.start - 1].isalpha()
                and _CONTRACTION_AFTER.match(view, e.end)
            ):
                e = Edit(
                    e.start, e.end, apostrophe, e.rule + "+encoding.lossy_apostrophe", reason.format(e.replacement)
                )
            out.append(e)
        for m in _LOSSY_APOSTROPHE.finditer(view):
            if m.group() in marks:
                out.append(self.edit(m.start(), m.end(), apostrophe, "lossy_apostrophe", reason.format(m.group())))
        return out

    def _entities(self, text: str) -> Iterator[Edit]:
        if _TAG.search(text):
            return
        for em in _ENTITY.finditer(text):
            value = _safe_entity(text, em.start(), em.end())
            if value is not None:
                yield self.edit(em.start(), em.end(), value, "html_entity", f"HTML entity {em.group()}")

    # -- homoglyphs -------------------------------------------------------------
    def _homoglyphs_after(self, view: str, entities: list[Edit]) -> list[Edit]:
        """Entity edits plus homoglyph edits, found in the text as it reads once entities are decoded."""
        if not entities:
            return [
                self.edit(pos, pos + 1, HOMOGLYPHS[ch], "homoglyph", f"U+{ord(ch):04X} look-alike inside {word!r}")
                for pos, ch, word in _homoglyph_positions(view, self.aggressive)
            ]
        # decoded text, and for each piece: (decoded start, view start, entity index or -1)
        pieces: list[tuple[int, int, int]] = []
        parts: list[str] = []
        pos = out = 0
        for k, e in enumerate(entities):
            pieces.append((out, pos, -1))
            parts.append(view[pos : e.start])
            out += e.start - pos
            pieces.append((out, e.start, k))
            parts.append(e.replacement)
            out += len(e.replacement)
            pos = e.end
        pieces.append((out, pos, -1))
        parts.append(view[pos:])
        decoded = "".join(parts)
        starts = [p[0] for p in pieces]
        result = list(entities)
        extra: list[Edit] = []
        for dpos, ch, word in _homoglyph_positions(decoded, self.aggressive):
            d0, v0, k = pieces[bisect.bisect_right(starts, dpos) - 1]
            reason = f"U+{ord(ch):04X} look-alike inside {word!r}"
            if k < 0:
                vpos = v0 + dpos - d0
                extra.append(self.edit(vpos, vpos + 1, HOMOGLYPHS[ch], "homoglyph", reason))
            else:  # the look-alike comes from an entity: fix the entity's replacement
                e = result[k]
                i = dpos - d0
                rep = e.replacement[:i] + HOMOGLYPHS[ch] + e.replacement[i + 1 :]
                result[k] = Edit(e.start, e.end, rep, e.rule + "+" + self.name + ".homoglyph", e.reason)
        return result + extra


def _homoglyph_positions(text: str, aggressive: bool) -> Iterator[tuple[int, str, str]]:
    """``(offset, letter, word)`` of each Cyrillic/Greek look-alike to replace."""
    for m in _MIXED_WORD.finditer(text):
        word = m.group()
        if m.start() and text[m.start() - 1] == "&" and text.startswith(";", m.end()):
            continue  # an entity name ("&Еacute;"): not a word
        foreign = [(i, ch) for i, ch in enumerate(word) if _GREEK_OR_CYRILLIC.match(ch)]
        if not all(ch in HOMOGLYPHS for _, ch in foreign):
            continue  # a letter with no Latin look-alike: a real mixed-script word
        latin = sum(1 for ch in word if ch.isalpha()) - len(foreign)
        if latin < 1:
            continue
        if word.isupper() and not aggressive:
            continue  # all capitals ("SENSЕ"): a stylised name or acronym may mix scripts on purpose
        for i, ch in foreign:
            yield m.start() + i, ch, word


def _fix_homoglyphs(s: str, aggressive: bool) -> str:
    chars = list(s)
    for pos, ch, _ in _homoglyph_positions(s, aggressive):
        chars[pos] = HOMOGLYPHS[ch]
    return "".join(chars)


def _candidate_lines(doc: Document) -> Iterator[Span]:
    """The lines that may hold mojibake, in order: those with a character of
    ``_LINE_GATE`` or two non-ASCII characters side by side (the line-level form
    of the gate in :meth:`Encoding.find_edits`).  Lines are also split at a lone
    CR (which the whitespace step makes a line break)."""
    text = doc.text
    astral = any(ord(c) > 0xFFFF and _MAYBE_GREEK_CYRILLIC.match(c) for c in doc.non_ascii)
    for span in doc.lines_matching((_NON_ASCII_PAIR, _LINE_GATE_ASTRAL if astral else _LINE_GATE)):
        if "\r" not in text[span.start : span.end]:
            yield span
            continue
        start = span.start
        for m in regex.finditer(r"\r", text, pos=span.start, endpos=span.end):
            yield Span(start, m.start())
            start = m.end()
        yield Span(start, span.end)


class _ViewMap:
    """View offsets to text offsets, for a view made by deleting ``drops`` (sorted text offsets)."""

    __slots__ = ("_shifted",)

    def __init__(self, drops: list[int]) -> None:
        # the view offset at which each dropped character would have stood
        self._shifted = [d - j for j, d in enumerate(drops)]

    def __getitem__(self, i: int) -> int:
        return i + bisect.bisect_right(self._shifted, i)


def _view(text: str) -> tuple[str, _ViewMap | None]:
    """The text without characters removed by this or the unicode step, and the offset map back.

    >>> view, to_text = _view("ab\x01\x02cd\u200be")
    >>> view, [to_text[i] for i in range(len(view))]
    ('abcde', [0, 1, 4, 5, 7])
    """
    drops = [m.start() for m in _DROPPED_IN_VIEW.finditer(text)]
    if not drops:
        return text, None
    return _DROPPED_IN_VIEW.sub("", text), _ViewMap(drops)


def _inside(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(ts < e and s < te for ts, te in taken)
