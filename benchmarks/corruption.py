"""A documented corruption model: damage clean news text the way scrapers and MT do.

Each category function takes a clean text and a ``random.Random`` and returns
a list of *damages*: ``(start, end, replacement)`` on the clean text, with
non-overlapping spans.  :func:`corrupt` applies them and returns the damaged
text (the benchmark's input, the clean text being its gold) and the damaged
spans in the damaged text's coordinates, labelled by category.

Categories (one at a time, or ``mixed``), each damaging a share of its
candidate sites (``rate``):

whitespace   double spaces between words; trailing spaces; CRLF line ends; a
             tab between words; 3-4 blank lines between paragraphs.
unicode      no-break space or zero-width space between/inside words;
             a zero-width space inside a word.
encoding     UTF-8 read as cp1252 (mojibake) for a word holding a non-ASCII
             character (``£``, curly quotes); ``&amp;`` for ``&``; ``&#8217;``
             and ``&quot;``-style entities for quotes.
quotes       a closing quote detached from its word and glued to the next
             (``text," said`` -> ``text, "said``); an opening quote spaced
             from its word (``"There`` -> ``" There``); an apostrophe spaced
             (``Iraq's`` -> ``Iraq 's``, ``doesn't`` -> ``doesn ' t``).
punctuation  a space before ``, . ; :``; the space after a sentence-final full
             stop dropped (``said. The`` -> ``said.The``); a doubled comma.
numbers      ``2,500`` -> ``2 500`` (no-break space); ``30%`` -> ``30 %``;
             ``$5`` -> ``$ 5``; ``October 10`` -> ``October. 10``; ``1.5 million``
             -> ``1,5 million``.
chrome       ``Breaking News`` before the headline, ``Leave a Reply`` or a
             share line after the text (the gold then ends with a line break, as
             the seed's gold does), ``Advertisement`` between paragraphs,
             and a tag list of 3-5 body names glued to the headline (sites
             glue several tags; two names could be part of a headline).
mt           a repeated word (``the the``); ``President X`` -> ``the president X``;
             a paragraph's leading clause in Title Case; an appended credit
             line in its calqued form (the gold has the standard form).

The model never damages text whose repair would be ambiguous to a careful
human editor (e.g. it only detaches quotes that are unambiguously closing).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Damage = tuple[int, int, str]

CATEGORIES = ("whitespace", "unicode", "encoding", "quotes", "punctuation", "numbers", "chrome", "mt")


def _sites(pattern: str, text: str, flags: int = 0) -> list[re.Match[str]]:
    return list(re.finditer(pattern, text, flags))


def _pick(rng: random.Random, items: list, rate: float, at_most: int = 6) -> list:
    chosen = [m for m in items if rng.random() < rate]
    rng.shuffle(chosen)
    return chosen[:at_most]


def whitespace(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    for m in _pick(rng, _sites(r"(?<=[a-z]) (?=[a-z])", text), 0.02):
        out.append((m.start(), m.end(), rng.choice(["  ", "   ", "\t"])))
    for m in _pick(rng, _sites(r"(?<=[.!?\"”])\n", text), 0.3, 3):
        out.append((m.start(), m.start(), rng.choice([" ", "  "])))
    for m in _pick(rng, _sites(r"\n\n", text), 0.2, 2):
        out.append((m.start(), m.end(), rng.choice(["\n\n\n", "\n\n\n\n", "\r\n\r\n"])))
    return out


def unicode(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    for m in _pick(rng, _sites(r"(?<=[a-z]) (?=[a-z])", text), 0.02):
        out.append((m.start(), m.end(), "\u00a0"))
    for m in _pick(rng, _sites(r"(?<=[a-z]{3})(?=[a-z]{3})", text), 0.003, 3):
        out.append((m.start(), m.start(), rng.choice(["\u200b", "\u00ad", "\ufeff"])))
    return out


def encoding(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    for m in _pick(rng, _sites(r"\S*[^\x00-\x7f]\S*", text), 0.5, 4):
        word = m.group()
        try:
            broken = word.encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            continue
        out.append((m.start(), m.end(), broken))
    for m in _pick(rng, _sites(r" & ", text), 0.5, 2):
        out.append((m.start() + 1, m.end() - 1, "&amp;"))
    for m in _pick(rng, _sites(r"(?<=[a-z])’(?=[a-z])", text), 0.3, 2):
        out.append((m.start(), m.end(), "&#8217;"))
    return out


def quotes(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    # closing quote after a comma, then a space and a lower-case word: `," said` -> `, "said`
    for m in _pick(rng, _sites(r'(?<=[a-z],)(["”]) (?=[a-z])', text), 0.5, 3):
        out.append((m.start(), m.end(), " " + m.group(1)))
    # opening quote at a paragraph start: `"There` -> `" There`
    for m in _pick(rng, _sites(r'(?<=\n)(["“])(?=[A-Z])', text), 0.4, 2):
        out.append((m.start(), m.end(), m.group(1) + " "))
    for m in _pick(rng, _sites(r"(?<=[a-z])(['’])(?=s\b)", text), 0.2, 2):
        out.append((m.start(), m.start(), " "))
    for m in _pick(rng, _sites(r"(?<=[a-z]n)(['’])(?=t\b)", text), 0.3, 2):
        out.append((m.start(), m.end(), " " + m.group(1) + " "))
    return out


def punctuation(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    for m in _pick(rng, _sites(r"(?<=[a-z])(?=[,;] [a-z])", text), 0.1, 3):
        out.append((m.start(), m.start(), " "))
    for m in _pick(rng, _sites(r"(?<=[a-z]{3}\.) (?=[A-Z][a-z])", text), 0.1, 3):
        out.append((m.start(), m.end(), ""))
    for m in _pick(rng, _sites(r"(?<=[a-z]),(?= [a-z])", text), 0.03, 2):
        out.append((m.start(), m.end(), ",,"))
    return out


def numbers(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    for m in _pick(rng, _sites(r"(?<![\d.,])\d{1,3},(?=\d{3}(?![\d,]))", text), 0.5, 2):
        out.append((m.end() - 1, m.end(), "\u00a0"))
    for m in _pick(rng, _sites(r"(?<=\d)%", text), 0.5, 2):
        out.append((m.start(), m.start(), " "))
    for m in _pick(rng, _sites(r"(?<=[$£€])(?=\d)", text), 0.3, 2):
        out.append((m.start(), m.start(), " "))
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    for m in _pick(rng, _sites(rf"\b(?:{months})(?= \d{{1,2}}\b)", text), 0.6, 2):
        out.append((m.end(), m.end(), "."))
    for m in _pick(rng, _sites(r"(?<= \d)\.(?=\d (?:million|billion|per cent)\b)", text), 0.6, 2):
        out.append((m.start(), m.end(), ","))
    return out


_CREDIT = [
    (
        "Associated Press writer {n} in {p} contributed to this report.",
        "Associated Press writer {n} from {p} prepared the reports.",
    ),
    ("Reuters reporter {n} in {p} contributed to this report.", "Reuters reporter {n} from {p} prepared the report."),
]
_PEOPLE = ["Maria Lopez", "Tom Hughes", "Amir Rahman", "Sarah Klein", "Kenji Sato"]
_PLACES = ["London", "Washington", "Paris", "Cairo", "Tokyo"]


def chrome(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    first_nl = text.find("\n")
    if first_nl > 0 and rng.random() < 0.5:
        out.append((0, 0, "Breaking News\n\n"))
    if first_nl > 0 and rng.random() < 0.4:
        body = text[first_nl:]
        names = sorted(set(re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", body)))
        names = [
            n
            for n in names
            if body.count(n) >= 1 and n.split()[0] not in {"The", "But", "In", "It", "He", "She", "This", "A"}
        ]
        if len(names) >= 3:
            tags = " ".join(rng.sample(names, min(len(names), rng.randint(3, 5))))
            out.append((first_nl, first_nl, " " + tags))
    paras = [m.start() for m in re.finditer(r"\n\n", text)]
    if len(paras) > 3 and rng.random() < 0.5:
        pos = rng.choice(paras[1:-1])
        out.append(
            (
                pos,
                pos,
                "\n\n" + rng.choice(["Advertisement", "Story continues below advertisement", "Share this article"]),
            )
        )
    if rng.random() < 0.6:
        end = len(text.rstrip("\n"))
        out.append(
            (
                end,
                end,
                "\n\n"
                + rng.choice(
                    [
                        "Leave a Reply",
                        "Share this:\nFacebook\nTwitter",
                        "Related: More news from the region",
                        "© 2021 All rights reserved.",
                    ]
                ),
            )
        )
    return out


def mt(text: str, rng: random.Random) -> list[Damage]:
    out: list[Damage] = []
    for m in _pick(rng, _sites(r"(?<= )(the|a|to|of|in) (?=[a-z])", text), 0.01, 2):
        out.append((m.start(), m.start(), m.group(1) + " "))
    for m in _pick(rng, _sites(r"(?<=[a-z][a-z] )President(?= [A-Z][a-z]+ [A-Z][a-z]+)", text), 0.6, 2):
        out.append((m.start(), m.end(), "the president"))
    paras = list(re.finditer(r"(?<=\n\n)([A-Z][^,\n]{30,120}),", text))
    for m in _pick(rng, paras, 0.15, 1):
        clause = m.group(1)
        words = clause.split(" ")
        titled = " ".join(w[:1].upper() + w[1:] if w.isalpha() and w.islower() and len(w) > 3 else w for w in words)
        if titled != clause:
            out.append((m.start(1), m.end(1), titled))
    if rng.random() < 0.3:
        std, calque = rng.choice(_CREDIT)
        n, p = rng.choice(_PEOPLE), rng.choice(_PLACES)
        # the credit line is added to gold and damaged input alike; only its wording differs
        out.append((len(text), len(text), "\x00CREDIT\x00" + std.format(n=n, p=p) + "\x00" + calque.format(n=n, p=p)))
    return out


FUNCTIONS: dict[str, Callable[[str, random.Random], list[Damage]]] = {
    "whitespace": whitespace,
    "unicode": unicode,
    "encoding": encoding,
    "quotes": quotes,
    "punctuation": punctuation,
    "numbers": numbers,
    "chrome": chrome,
    "mt": mt,
}


def corrupt(text: str, category: str, rng: random.Random) -> tuple[str, str, list[tuple[int, int, str]]]:
    """``(damaged, gold, spans)``: spans are damaged-text spans labelled by category.

    ``category`` is one of :data:`CATEGORIES` or ``mixed`` (every category,
    each with a 50% chance).
    """
    cats = [c for c in CATEGORIES if rng.random() < 0.5] if category == "mixed" else [category]
    damages: list[tuple[int, int, str, str]] = []
    for cat in cats:
        for s, e, r in FUNCTIONS[cat](text, rng):
            damages.append((s, e, r, cat))
    damages.sort(key=lambda d: (d[0], d[1]))
    kept: list[tuple[int, int, str, str]] = []
    for d in damages:
        if kept and (d[0] < kept[-1][1] or (d[0] == kept[-1][0] and d[0] == d[1] == kept[-1][1])):
            continue
        if kept and d[0] <= kept[-1][1] and (d[0] == d[1] or kept[-1][0] == kept[-1][1]):
            continue  # keep damages apart: adjacent ones make the gold ambiguous
        kept.append(d)
    damaged_parts: list[str] = []
    gold = text
    suffix_gold = ""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    out_len = 0
    for s, e, r, cat in kept:
        if r.startswith("\x00CREDIT\x00"):
            _, std, calque = r.split("\x00")[1:]
            sep = "\n\n"
            damaged_parts.append(text[pos:s])
            out_len += s - pos
            damaged_parts.append(sep + calque)
            spans.append((out_len + len(sep), out_len + len(sep) + len(calque), cat))
            out_len += len(sep) + len(calque)
            suffix_gold = sep + std
            pos = e
            continue
        damaged_parts.append(text[pos:s])
        out_len += s - pos
        damaged_parts.append(r)
        spans.append((out_len, out_len + len(r), cat))
        out_len += len(r)
        pos = e
    damaged_parts.append(text[pos:])
    if any(d[3] == "chrome" and d[0] == d[1] == len(text) for d in kept):
        # as in the seed's gold: once trailing chrome is gone, the text ends with its
        # last line's line break
        suffix_gold += "\n"
    return "".join(damaged_parts), gold + suffix_gold, spans
