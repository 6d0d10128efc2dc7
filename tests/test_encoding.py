"""The encoding step: mojibake (ftfy), HTML entities, soft hyphens, BOMs, homoglyphs."""

from __future__ import annotations

import itertools

import pytest
from ftfy.badness import is_bad
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.normalisers import encoding as encoding_mod
from newsclean.normalisers.encoding import Encoding
from newsclean.pipeline import Pipeline

from conftest import read_jsonl

SAFE = Pipeline.from_steps([Encoding()])
AGGRESSIVE = Pipeline.from_steps([Encoding(preset="aggressive")])

# Rules that may change letters or digits, and why.
CHANGES_LETTERS = {
    "encoding.mojibake",  # the letters were wrong: ftfy decodes them again
    "encoding.homoglyph",  # a Cyrillic/Greek letter becomes its Latin twin
    "encoding.html_entity",  # "&amp;" is markup, not letters
    "encoding.lossy_apostrophe",  # "¿" is not a letter, but str.isalnum() says it is not; kept for clarity
}


def fix(text: str, pipe: Pipeline = SAFE) -> str:
    return pipe.clean(text)


MUST_FIX = [
    # the stray lead byte of a double-encoded quote before the repaired quote (probe31)
    ("The bridge was Mandalay\u00c2\u2019s pride.", "The bridge was Mandalay\u2019s pride."),
    ("It rose 5% \u00c2\u2013 a record.", "It rose 5% \u2013 a record."),
    # UTF-8 read as cp1252 inside a word, which ftfy leaves; "Â" after a digit before a space
    # (probe33)
    ("Ankara mayor Ali Kavalo\u00c4\u0178lu spoke.", "Ankara mayor Ali Kavalo\u011flu spoke."),
    ("Her neighbor, Nguy\u00e1\u00bb\u2026n Thanh, spoke.", "Her neighbor, Nguy\u1ec5n Thanh, spoke."),
    # a sequence at a word's start, before a lower-case letter: a capital (probe79)
    (
        "Finance Minister Mehmet \u00c5\u017eim\u00c5\u0178ek said so.",
        "Finance Minister Mehmet \u015eim\u015fek said so.",
    ),
    ("Loans of up to Rs1.5\u00c2 million were paid.", "Loans of up to Rs1.5 million were paid."),
    # a line mixing good letters and mojibake: ftfy word by word (probe20)
    ("Łukasz Wiśniewski won in GdaÅ„sk.", "Łukasz Wiśniewski won in Gdańsk."),
    ("Jana Horká met Dragan MiloÅ¡eviÄ‡.", "Jana Horká met Dragan Milošević."),
    # mojibake
    ("r\u00c3\u00a9gime change", "régime change"),
    ("the Iraq\u00e2\u20ac\u2122s army", "the Iraq’s army"),
    ("\u00e2\u20ac\u0153Hello,\u00e2\u20ac\u009d he said", "“Hello,” he said"),
    # the closing quote's byte 0x9D lost (no cp1252 character): not a dagger read from the space
    ("\u00e2\u20ac\u0153It is a soft patch,\u00e2\u20ac said Taro Saito.", "“It is a soft patch,” said Taro Saito."),
    ("He called it \u00e2\u20ac\u0153a soft patch.\u00e2\u20ac", "He called it “a soft patch.”"),
    ("Caf\u00c3\u00a9 on line 1\nand na\u00c3\u00afve on line 2", "Café on line 1\nand naïve on line 2"),
    (
        "Le Docteur conseille g\u221a\u00a2teaux et baies pour un r\u221a\u00a9gime \u221a\u00a9quilibr\u221a\u00a9.",
        "Le Docteur conseille gâteaux et baies pour un régime équilibré.",
    ),
    ("\u00ef\u00bb\u00bfHeadline", "Headline"),  # a UTF-8 BOM read as Windows-1252
    # entities
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("AT&amp;T shares", "AT&T shares"),
    ("don&#8217;t", "don’t"),
    ("caf&eacute; &#x2014; bar", "café — bar"),
    ("fianc&#233;e", "fiancée"),
    ("2&nbsp;500 troops", "2\u00a0500 troops"),  # the unicode step decides the no-break space
    ("double &amp;amp; escaped", "double & escaped"),
    ("&amp;lt;b&amp;gt;", "<b>"),
    ("400&percnt; more", "400% more"),
    # apostrophes lost to a one-byte charset
    (
        'Tim Collins said: "Mr Blair&#191;s government is all talk."',
        'Tim Collins said: "Mr Blair’s government is all talk."',
    ),
    ("Mr Blair¿s government and it doesn¿t", "Mr Blair’s government and it doesn’t"),
    ("Bob's and Blair¿s", "Bob's and Blair's"),
    # soft hyphens and BOMs
    ("Netan\u00adyahu", "Netanyahu"),
    ("\ufeffText with a BOM", "Text with a BOM"),
    ("mid\ufefftext", "midtext"),
    # homoglyphs
    ("th\u0435 president", "the president"),  # Cyrillic е
    ("\u0421ompany news", "Company news"),  # Cyrillic С
    ("B\u03bfston", "Boston"),  # Greek ο
    ("c\u043e\u043ep", "coop"),
]

# paragraph and emphasis tags left in scraped plain text (probe60); the next round decodes
# the entities a text holding tags keeps
MUST_FIX += [
    ("<p>The council voted on Tuesday.</p>", "The council voted on Tuesday."),
    ("<p>Para one.</p><p>Para two.</p>", "Para one. Para two."),
    ("The line was cut.<br /><br />Officials said more.", "The line was cut. Officials said more."),
    ("The <strong>council</strong> voted on <em>Tuesday</em>.", "The council voted on Tuesday."),
    # only paragraph tags: scraped text, its entities decoded once the tags are gone
    ("<p>Tom &amp; Jerry</p>", "Tom & Jerry"),
]

MUST_NOT_CHANGE = [
    "A guide: use <p> to open a paragraph in HTML.",  # a text about HTML
    "Compare 3 <b> 5 in the formula.",
    # a text about mojibake quotes it on purpose (probe38, probe42), or about the encodings
    # behind it (probe110)
    "Names such as José were printed as “JosÃ©” on boarding passes, because text stored as UTF-8 was read as Windows-1252.",
    "Mojibake turns a café into a cafÃ© when UTF-8 is read as Windows-1252.",
    "Â, the capital letter, starts ÂGE\u2019s name.",  # (no letter or space before it)
    "Jürgen Müller and José Ñúñez met in Zürich and São Paulo; Ångström, año, æble.",
    "Plain ASCII text, nothing to do.",
    # a capital and a sign at a word's start that no UTF-8 letter reads as
    "Ö’s score and É«quoted» stay.",
    "Café, naïve, résumé, Zürich, São Paulo, Łódź.",
    "“Curly quotes” and ’apostrophes’ — and dashes – stay…",
    "AT&T; R&D; S&P 500; Q&A; Johnson & Johnson",
    "Fish &chips and M&Ms;",
    "Москва is the Russian name of Moscow.",  # wholly Cyrillic word
    "Αθήνα and ΑΘΗΝΑ are Athens.",  # wholly Greek words
    "The ratio Δx/Δt and 5 μm and the π constant.",
    "SENS\u0415 - Oleg Tsedryk",  # all caps: aggressive only (ftfy negative case)
    "Ро́бин: a Cyrillic word with a stress mark",
    '<div class="story"><p>Tom &amp; Jerry</p></div>',  # real HTML: its entities are escapes
    "10\u00ce&frac14;s",  # decoding the entity would create mojibake
    "\u00e9t\u00e9 \u00e0 Paris",
    "4288×…",
    "Offering 5×£35 pin ups",
    "NESTLÉ® requiere contratar personal",
    "Bremer/Mccoy – DrÃ¥ber",
    "ПоздравЂаво",
    "Emoji 👨‍👩‍👧 and ❤️ stay.",
    "Mixed Iñtërnâtiônàlizætiøn stays.",
    "&#0; and &#xD800; and &#99999999; are not characters",
    "¿Qué pasa? dijo ¿s",
    "Blair\ufffds government",  # U+FFFD: aggressive only
]


@pytest.mark.parametrize(("original", "expected"), MUST_FIX)
def test_must_fix(original: str, expected: str) -> None:
    assert fix(original) == expected


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    assert fix(text) == text


def test_replacement_character_apostrophe_only_aggressive() -> None:
    assert fix("Blair\ufffds government", AGGRESSIVE) == "Blair’s government"


def test_all_caps_homoglyph_only_aggressive() -> None:
    assert fix("SENS\u0415 wins", AGGRESSIVE) == "SENSE wins"
    assert fix("SENS\u0415 wins") == "SENS\u0415 wins"


def test_edits_are_local_and_explained() -> None:
    text = "Good line.\nThe r\u00c3\u00a9gime fell and the caf\u00c3\u00a9 closed, said Ren\u00c3\u00a9e."
    result = SAFE.explain(text)
    edits = result.edits
    assert [text[e.start : e.end] for e in edits] == ["r\u00c3\u00a9gime", "caf\u00c3\u00a9", "Ren\u00c3\u00a9e."]
    assert all(e.rule == "encoding.mojibake" for e in edits)
    assert all("ftfy: encode" in (e.reason or "") for e in edits)


def test_reason_names_the_entity() -> None:
    (edit,) = SAFE.explain("fish &amp; chips").edits
    assert edit.rule == "encoding.html_entity"
    assert "&amp;" in (edit.reason or "")


# --- real data: ftfy's test cases ------------------------------------------------------


def _ftfy_cases() -> list[dict]:
    return list(read_jsonl("mojibake/ftfy_test_cases.jsonl"))


@pytest.mark.data
def test_ftfy_cases_in_the_wild_reach_their_target() -> None:
    cases = [c for c in _ftfy_cases() if c["origin"] == "found_in_wild" and c["ftfy_expect"] == "pass"]
    assert len(cases) >= 80
    wrong = [(c["id"], c["original"], fix(c["original"])) for c in cases if fix(c["original"]) != c["fixed_encoding"]]
    assert wrong == []


@pytest.mark.data
def test_ftfy_synthetic_cases_reach_their_target() -> None:
    cases = [c for c in _ftfy_cases() if c["origin"] == "synthetic" and c["ftfy_expect"] == "pass"]
    wrong = [(c["id"], c["original"], fix(c["original"])) for c in cases if fix(c["original"]) != c["fixed_encoding"]]
    assert wrong == []


@pytest.mark.data
def test_ftfy_negative_cases_unchanged() -> None:
    cases = [c for c in _ftfy_cases() if c["origin"] == "negative_not_mojibake"]
    assert len(cases) >= 30
    # one "mostly negative" case wants its C1 control character fixed: its target says so
    assert sum(c["fixed_encoding"] != c["original"] for c in cases) == 1
    changed = [(c["id"], c["original"], fix(c["original"])) for c in cases if fix(c["original"]) != c["fixed_encoding"]]
    assert changed == []


@pytest.mark.data
def test_ftfy_cases_idempotent() -> None:
    for c in _ftfy_cases():
        once = fix(c["original"])
        assert fix(once) == once, c["id"]


@pytest.mark.data
def test_clean_articles_mostly_untouched(bbc_articles: list[str], extraction_gold_texts: list[str]) -> None:
    """Clean text: the step only decodes entities, soft hyphens and BOMs there, never mojibake or homoglyphs."""
    texts = bbc_articles[:800] + extraction_gold_texts
    counts: dict[str, int] = {}
    for text in texts:
        for edit in SAFE.explain(text).edits:
            counts[edit.rule] = counts.get(edit.rule, 0) + 1
    assert counts.get("encoding.mojibake", 0) == 0
    assert counts.get("encoding.homoglyph", 0) == 0
    assert sum(counts.values()) < 0.05 * len(texts)


# --- properties ---------------------------------------------------------------------------

INTERESTING = [
    *"aeoAEOcpxyé&;#0123456789 \n.,’“”\"'\u00ad\ufeff\u00c3\u00a9\u00e2\u20ac\u2122\u0435\u0430\u043e\u0421\u03bf",
    *"\u0391\u0436\u05d0\u0627\u0301\U0001f600\u200d\ud800",
    "&amp;",
    "&#8217;",
    "&nbsp;",
    "&eacute;",
    "Ã©",
    "â€™",
    "thе",
    "&amp;amp;",
    "&#x2014;",
    "AT&T;",
]

texts = st.one_of(
    st.text(st.characters(blacklist_categories=()), max_size=80),
    st.lists(st.sampled_from(INTERESTING), max_size=40).map("".join),
)


def _alnum(s: str) -> list[str]:
    return [c for c in s if c.isalnum()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_properties(text: str) -> None:
    result = SAFE.explain(text)
    out = result.text
    assert fix(out) == out  # idempotent
    for edit in result.edits:  # letters and digits change only under a rule that says why
        if not set(edit.rules) & CHANGES_LETTERS:
            assert _alnum(text[edit.start : edit.end]) == _alnum(edit.replacement), edit
    agg = AGGRESSIVE.clean(text)
    assert AGGRESSIVE.clean(agg) == agg


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_default_pipeline_idempotent(text: str) -> None:
    once = newsclean.clean(text)
    assert newsclean.clean(once) == once


def test_clean_text_never_reaches_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text that cannot hold mojibake (ASCII, or a lone "£"/"é" between ASCII) is not given to ftfy."""

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("ftfy called")

    monkeypatch.setattr(encoding_mod.ftfy, "fix_encoding_and_explain", boom)
    for text in ("plain words. " * 300, "It cost £5 at the café – “fine”, he said.\nNaïve"):
        assert list(Encoding().find_edits(newsclean.document.Document(text))) == []
    with pytest.raises(AssertionError, match="ftfy called"):
        list(Encoding().find_edits(newsclean.document.Document("the rÃ©gime")))


def _badness_alternatives() -> list[list[set[str] | None]]:
    """Each alternative of ftfy's BADNESS_RE as a list of character sets (None: not a plain class)."""
    try:
        from re import _constants as C  # Python 3.11+
        from re import _parser as P
    except ImportError:  # pragma: no cover
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse as P  # type: ignore[no-redef]
    from ftfy.badness import BADNESS_RE

    ((op, av),) = P.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    assert op == C.BRANCH

    def charset(item: tuple) -> set[str] | None:
        kind, arg = item
        if kind == C.LITERAL:
            return {chr(arg)}
        if kind != C.IN:
            return None
        out: set[str] = set()
        for k, a in arg:
            if k == C.LITERAL:
                out.add(chr(a))
            elif k == C.RANGE:
                out.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None
        return out

    return [[charset(item) for item in alt] for alt in av[1]]


def test_mojibake_gate_is_a_necessary_condition_of_ftfy_badness() -> None:
    """Every BADNESS_RE alternative needs two adjacent non-ASCII characters, or one of the
    characters of the one-character gate: so text the gate passes over is never "bad"."""
    gate = set(map(chr, range(0x80, 0xA0))) | set("ŒœÂÃ")
    for sets in _badness_alternatives():
        non_ascii = [s is not None and all(ord(c) > 0x7F for c in s) for s in sets]
        pair = any(a and b for a, b in itertools.pairwise(non_ascii))
        single = any(s is not None and s <= gate for s in sets)
        assert pair or single, sets


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([*INTERESTING, "a", " ", "£", "é", "°", "²", "œ", "\xa0", "Â", "Ã", "€"]), max_size=12
    ).map("".join)
)
def test_mojibake_gate_agrees_with_ftfy(text: str) -> None:
    if not (encoding_mod._MAYBE_BAD_CHAR.search(text) or encoding_mod._NON_ASCII_PAIR.search(text)):
        assert not is_bad(text)
        assert encoding_mod.fix_mojibake(text) == (text, "")


def test_greek_cyrillic_ranges_cover_the_scripts() -> None:
    import re

    import regex

    scripts = regex.compile(r"[\p{Script=Cyrillic}\p{Script=Greek}]")
    ranges = re.compile("[" + encoding_mod.GREEK_CYRILLIC_RANGES + "]")
    missing = [hex(cp) for cp in range(0x110000) if scripts.match(chr(cp)) and not ranges.match(chr(cp))]
    assert missing == []
