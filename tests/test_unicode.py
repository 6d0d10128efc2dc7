"""The unicode step: must-fix and must-not-change tables, properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.normalisers.unicode_chars import _ARABIC_LETTER, UnicodeChars

UNI = Pipeline.from_steps([UnicodeChars()])

MUST_FIX = [
    ("combining acute", "Jose\u0301 Mourinho", "Jos\u00e9 Mourinho", "unicode.nfc"),
    ("angstrom sign", "5 \u212b", "5 \u00c5", "unicode.nfc"),
    ("zero-width space", "Bagh\u200bdad", "Baghdad", "unicode.invisible"),
    ("word joiner", "Kiev\u2060 talks", "Kiev talks", "unicode.invisible"),
    ("BOM inside text", "The\ufeff minister", "The minister", "unicode.invisible"),
    ("bidi mark in English", "said\u200e Monday", "said Monday", "unicode.invisible"),
    ("ZWNJ between Latin letters", "gov\u200cernment", "government", "unicode.invisible"),
    ("bell", "a\u0007b", "ab", "unicode.control"),
    ("C1 control", "a\u0085b", "ab", "unicode.control"),
    ("nbsp between words", "the\u00a0president", "the president", "unicode.space"),
    ("em space", "the\u2003president", "the president", "unicode.space"),
    ("ideographic space", "end.\u3000Next", "end. Next", "unicode.space"),
    ("ligatures from a PDF", "the \ufb01nance of \ufb02ights", "the finance of flights", "unicode.ligature"),
    ("fullwidth letters and digits", "model \uff21\uff22\uff23\uff11\uff12", "model ABC12", "unicode.width"),
    # a fullwidth bracket carries its own spacing; ideographic stops in English text (probe10)
    ("fullwidth brackets", "the Port\uff08FTP\uff09 into", "the Port (FTP) into", "unicode.width"),
    ("ideographic full stop", "in dollars\u3002 Officials left", "in dollars. Officials left", "unicode.width"),
    ("Persian digits in English text", "about \u06f6 million people", "about 6 million people", "unicode.digits"),
]

MUST_NOT_CHANGE = [
    ("Persian digits beside Persian letters", "\u062a\u0647\u0631\u0627\u0646 \u06f6"),
    ("ascii", "Plain ASCII text, with 2,500 numbers."),
    ("nbsp thousands", "2\u00a0500 troops"),
    ("narrow nbsp thousands", "2\u202f500"),
    ("nbsp before unit", "5\u00a0km away"),
    ("nbsp after title", "Dr.\u00a0Jones"),
    ("nbsp in U.S.", "U.S.\u00a0troops"),
    ("emoji ZWJ", "\U0001f468\u200d\U0001f4bb coder"),
    ("Hindi ZWJ", "\u0915\u094d\u200d\u0937"),
    ("Persian ZWNJ", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),
    ("RTL text keeps bidi marks", "\u05e9\u05dc\u05d5\u05dd\u200f abc"),
    ("NFC accents", "Caf\u00e9 cr\u00e8me"),
    ("Cyrillic word", "\u041f\u0443\u0442\u0438\u043d said"),
    ("newline and tab", "a\tb\nc"),
    ("fullwidth forms beside Chinese", "\u4ed6\u8bf4\uff1a\u201c\u597d\u201d. The word \uff21\uff22\uff23 stays."),
]


@pytest.mark.parametrize(("label", "text", "expected", "rule"), MUST_FIX, ids=[c[0] for c in MUST_FIX])
def test_must_fix(label: str, text: str, expected: str, rule: str) -> None:
    result = UNI.explain(text)
    assert result.text == expected
    assert rule in {r for e in result.edits for r in e.rules}


@pytest.mark.parametrize(("label", "text"), MUST_NOT_CHANGE, ids=[c[0] for c in MUST_NOT_CHANGE])
def test_must_not_change(label: str, text: str) -> None:
    assert UNI.clean(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
@example("\u06f0")  # found by Hypothesis: a Persian digit becomes ASCII by design (unicode.digits)
def test_idempotent_nfc_and_letters_kept(text: str) -> None:
    once = UNI.clean(text)
    assert UNI.clean(once) == once
    assert unicodedata.is_normalized("NFC", once)
    # letters are kept, up to the forms the step expands by design: Latin ligatures
    # (ﬀ -> ff), fullwidth ASCII (Ａ -> A, in text without CJK letters) and Arabic-Indic
    # digits (۰ -> 0, in text without Arabic-script letters)
    ascii_digits = _ARABIC_LETTER.search(text) is None
    letters = [c for c in _expanded(unicodedata.normalize("NFC", text), ascii_digits) if c.isalnum()]
    assert [c for c in _expanded(once, ascii_digits) if c.isalnum()] == letters


def _expanded(text: str, ascii_digits: bool = False) -> str:
    from ftfy.fixes import fix_latin_ligatures  # the step expands ligatures through ftfy

    def one(c: str) -> str:
        if 0xFB00 <= ord(c) <= 0xFB06:
            return fix_latin_ligatures(c)
        if 0xFF01 <= ord(c) <= 0xFF5E:
            return unicodedata.normalize("NFKC", c)
        if ascii_digits and ("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9"):
            return str(unicodedata.digit(c))
        return c

    return "".join(map(one, text))


def test_printable_pre_check_matches_the_trigger_pattern() -> None:
    # the fast pre-check (str.isprintable) must say "nothing to do" only when the
    # step's trigger pattern finds nothing: every trigger character is non-printable,
    # and in ASCII exactly the control characters other than tab, LF and CR are
    from newsclean.normalisers.unicode_chars import _ASCII_CONTROL, _TRIGGER, _printable

    triggers = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and _TRIGGER.match(chr(c))]
    assert len(triggers) > 60
    assert [hex(ord(c)) for c in triggers if _printable("a" + c + "b")] == []
    for c in map(chr, range(128)):
        assert _printable("a" + c + "b") == (_ASCII_CONTROL.search(c) is None), repr(c)
    assert _printable("Caf\u00e9 \u201cquoted\u201d \u00a3 5\n\tline\r\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("\ufb2a", "\u05e9\u05c1"), ("\u1100\u1161\u11a8", "\uac01"), ("e\u0301\u0301", "\u00e9\u0301")],
    ids=["hebrew presentation form", "hangul jamo", "two marks"],
)
def test_nfc_needs_no_list_of_characters(text: str, expected: str) -> None:
    assert UNI.clean(text) == expected
