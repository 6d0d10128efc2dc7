"""Site chrome: navigation, prompts, widgets and footers around a scraped article.

The step classifies every line of the text with evidence
(:mod:`.chrome_lexicon`): a phrase lexicon (``data/chrome/phrases.tsv``),
shape (short lines without end punctuation, ``A | B | C`` link lists, runs of
short lines forming a menu, copyright footers), position (chrome clusters
before the first and after the last prose paragraph), stop-word density as in
jusText, and repetition across a batch (:class:`ChromeLearner`, passed as the
``learner`` option or as ``Document.context["chrome_learner"]``, with the
source name in ``context["source"]``).

Modes:

* ``"article"`` (default): the text is mostly one article.  Only confident
  chrome goes: high-confidence phrases anywhere, navigation phrases, menus,
  link lists and copyright lines in the edge zones, the widget lines of
  :func:`~.chrome_lexicon.widget_match` (publish/update time stamps, reading
  times, sign-up and follow prompts, agency marks; rule ``chrome.phrase``), lines the batch learner
  marks as repeated, and a tag list glued to the headline.  A clean article
  comes out untouched.
* ``"page"``: the text is a whole page dump, one block per line
  (:mod:`.chrome_page`); the article is found and everything else dropped.

Bylines, datelines and credit lines are recognised and labelled
(:meth:`Chrome.classify`); they are content and stay unless
``drop_bylines=True``.

Every removed line is one edit whose replacement is empty and whose span
covers the line and its line break(s), so no blank-line run is left behind.
Rules: ``chrome.phrase`` (lexicon), ``chrome.menu``, ``chrome.related_list`` (the
headlines under a related-stories heading after the article), ``chrome.link_list``,
``chrome.copyright``, ``chrome.repeated`` (batch learner),
``chrome.headline_tags`` and ``chrome.kicker`` (a site's or section's name above a
headline whose tag list goes); in page mode also ``chrome.boilerplate_page``
(outside the article) and, inside it, ``chrome.prompt`` (sign-up and
paywall prompts), ``chrome.comments``, ``chrome.box_heading``,
``chrome.caption``, ``chrome.share_bar``, ``chrome.cookies`` (consent
text), ``chrome.footer`` ("powered by ..."), ``chrome.shortcode``
(unrendered CMS shortcodes), ``chrome.symbols`` (a line without words),
``chrome.duplicate`` (teaser links printed twice), ``chrome.author_bio``
(the author's bio as the article's last line) and ``chrome.box_teaser``
(headlines under a related-stories heading);
``chrome.byline``, ``chrome.dateline``, ``chrome.credit`` only with
``drop_bylines=True``.  :func:`removed_lines` lists what went, for a
``--removed FILE`` report.

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> text = "Breaking News\\n\\nIraq votes\\n\\nIraqis voted on Sunday in an early election.\\n\\nLeave a Reply"
>>> apply_edits(text, list(Chrome().find_edits(Document(text))))
'Iraq votes\\n\\nIraqis voted on Sunday in an early election.\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..datafiles import load_words
from ..document import Document
from ..edits import Cleaned, Edit
from . import Step
from .chrome_learner import ChromeLearner
from .chrome_lexicon import (
    _LONG_LINE,
    COMMENTS_HEAD,
    DATELINE_PREFIX,
    RATING_STARS,
    SEPARATED_TAG,
    LineFacts,
    _headline_before,
    could_hold_chrome,
    headline_object_words,
    label_of,
    line_facts,
    listed_tags_start,
    marked_tags_start,
    may_be_byline_or_dateline,
    nav_row,
    separated_tags_start,
    stopwords,
)

__all__ = ["Chrome", "ChromeLearner", "LineVerdict", "headline_tag_cut", "removed_lines"]

MODES = ("article", "page")


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """One non-blank line of the text and what the step made of it.

    ``label`` is ``"content"``, ``"headline"``, ``"byline"``, ``"dateline"``,
    ``"credit"`` or ``"chrome"``; ``rule`` and ``reason`` say why a line is
    removed (``remove``), or why it was labelled.
    """

    index: int
    start: int
    end: int
    label: str
    remove: bool = False
    rule: str | None = None
    reason: str | None = None


_LABEL_RULES = {"byline": "byline", "dateline": "dateline", "credit": "credit"}


class Chrome(Step):
    """Remove site chrome from plain text (see the module docs)."""

    name = "chrome"

    def __init__(
        self,
        *,
        preset: str = "safe",
        mode: str = "article",
        drop_bylines: bool = False,
        learner: ChromeLearner | None = None,
        source: str | None = None,
        headline_tags: bool = True,
    ) -> None:
        super().__init__(preset=preset)
        if mode not in MODES:
            raise ValueError(f"chrome mode must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.drop_bylines = drop_bylines
        self.learner = learner
        self.source = source
        self.headline_tags = headline_tags

    # -- classification -------------------------------------------------------------
    def _learner(self, doc: Document) -> tuple[ChromeLearner | None, str]:
        learner = self.learner or doc.context.get("chrome_learner")
        source = self.source if self.source is not None else doc.context.get("source", "")
        if learner is not None and not isinstance(learner, ChromeLearner):
            raise TypeError(f"chrome learner must be a ChromeLearner, got {type(learner).__name__}")
        return learner, str(source or "")

    def classify(self, doc: Document) -> list[LineVerdict]:
        """A verdict for every non-blank line of ``doc``, in order."""
        text = doc.text
        idx: list[int] = []
        spans: list[tuple[int, int]] = []
        facts: list[LineFacts] = []
        for i, span in enumerate(doc.lines):
            raw = text[span.start : span.end]
            stripped = raw.strip()
            if not stripped:
                continue
            lead = len(raw) - len(raw.lstrip())
            idx.append(i)
            spans.append((span.start + lead, span.start + lead + len(stripped)))
            facts.append(line_facts(stripped))
        if not facts:
            return []
        learner, source = self._learner(doc)
        repeated = [
            learner is not None and f.label is None and learner.is_chrome(text[s:e], source)
            for f, (s, e) in zip(facts, spans, strict=False)
        ]
        if self.mode == "page":
            from .chrome_page import classify_page

            verdicts = classify_page(facts, repeated, [text[s:e] for s, e in spans])
        else:
            # a line glued to an unfinished sentence above it is a hard-wrapped continuation
            cont = [False] + [
                idx[k] == idx[k - 1] + 1
                and text[spans[k][0]].islower()
                and _OPEN_END.match(text, spans[k - 1][1] - 1) is not None  # the line's last character
                for k in range(1, len(idx))
            ]
            adjacent = [False] + [idx[k] == idx[k - 1] + 1 for k in range(1, len(idx))]
            colon = [text[e - 1] == ":" for _, e in spans]  # a line that announces what follows
            verdicts = _classify_article(facts, repeated, cont, adjacent, colon)
            # a continuation of a removed line is no continuation: decide again until stable,
            # so that cleaning the output finds nothing more (idempotence)
            for _ in range(3):  # the per-line pass already sees removals above; menus may add some
                still = [cont[0]] + [cont[k] and not verdicts[k - 1][1] for k in range(1, len(cont))]
                if still == cont:
                    break
                cont = still
                verdicts = _classify_article(facts, repeated, cont, adjacent, colon)
        if self.mode == "article":
            _label_headline(facts, verdicts)
        out = []
        for k, (label, remove, rule, reason) in enumerate(verdicts):
            if label in _LABEL_RULES and self.drop_bylines:
                remove, rule, reason = True, _LABEL_RULES[label], f"{label} line (drop_bylines=True)"
            out.append(LineVerdict(idx[k], spans[k][0], spans[k][1], label, remove, rule, reason))
        return out

    # -- edits ------------------------------------------------------------------------
    def find_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if not text or text.isspace():  # not text.strip(), without a copy of the text
            return
        if (
            self.mode == "article"
            and not self.drop_bylines
            and self._learner(doc)[0] is None
            and not could_hold_chrome(text, doc.non_ascii)
            and not _has_marked_tags(text)
        ):
            # no line can be removed: only a tag list glued to the headline may go
            if self.headline_tags and self._may_have_tags(doc):
                verdicts = self._unremoved(doc)
                if len(verdicts) > 1:
                    yield from self._headline_tags(doc, verdicts)
            return
        verdicts = self.classify(doc)
        if not verdicts:
            return
        yield from self._removal_edits(doc, verdicts)
        kept = [v for v in verdicts if not v.remove]
        if self.headline_tags and kept:
            head_edits = self._headline_tags(doc, verdicts)
            yield from head_edits
            yield from self._marked_tags(doc, kept, {e.end for e in head_edits})
        if self.drop_bylines:
            yield from self._dateline_prefixes(doc, kept)

    @staticmethod
    def _may_have_tags(doc: Document) -> bool:
        """Whether the first non-blank line (or the next, after a byline or date line) could
        end in a tag list (a cheap look first).

        >>> Chrome._may_have_tags(Document("\\n  \\nIraq doesn't need US troops Washington Donald Trump Barack Obama"))
        True
        """
        text = doc.text
        # the first line not blank is the line of the first character str.strip keeps (the
        # standard engine's \S: exactly the characters that are not str.isspace)
        m = _NOT_SPACE.search(text)
        if m is None:
            return False
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        first = text[start : end if end >= 0 else len(text)].strip()
        if _may_be_tag_line(first):
            return True
        # the next line after a kicker or two above the headline ("Iraq", "Tehran Times")
        line, pos = first, end
        for _ in range(_MAX_KICKERS):
            if pos < 0 or not _kicker(line):
                break
            m = _NOT_SPACE.search(text, pos)
            if m is None:
                return False
            pos = text.find("\n", m.start())
            line = text[m.start() : pos if pos >= 0 else len(text)].strip()
            if _may_be_tag_line(line):
                return True
        # the next line after a byline or a date line ("Posted by admin on July 26, 2021")
        if end < 0 or not may_be_byline_or_dateline(first) or label_of(first) not in ("byline", "dateline"):
            return False
        m = _NOT_SPACE.search(text, end)
        if m is None:
            return False
        end = text.find("\n", m.start())
        return _may_be_tag_line(text[m.start() : end if end >= 0 else len(text)].strip())

    def _unremoved(self, doc: Document) -> list[LineVerdict]:
        """The verdicts of :meth:`classify` in article mode when no line is removed, as far
        as :meth:`_headline_tags` reads them: the short lines' labels, every line's span."""
        text = doc.text
        out = []
        for i, span in enumerate(doc.lines):
            raw = text[span.start : span.end]
            stripped = raw.strip()
            if not stripped:
                continue
            start = span.start + len(raw) - len(raw.lstrip())
            # (every short line's label, as classify gives it: a second byline above the
            # headline is no kicker on either path)
            label = "content"
            if len(stripped) <= _LONG_LINE:
                label = label_of(stripped) or "content"
            out.append(LineVerdict(i, start, start + len(stripped), label))
        return out

    def _removal_edits(self, doc: Document, verdicts: list[LineVerdict]) -> Iterator[Edit]:
        """One edit per removed line, covering its line break(s) too.

        A removed line takes the text up to the start of the next kept line;
        removed lines after the last kept line instead take the line breaks
        before them, back to the end of the previous kept line, whose own line
        break stays (a text ends as its last kept line did); the last one also
        takes the blank space after it.
        """
        lines = doc.lines
        last_kept = max((k for k, v in enumerate(verdicts) if not v.remove), default=-1)
        for k, v in enumerate(verdicts):
            if not v.remove:
                continue
            if k < last_kept:
                start, end = lines[v.index].start, lines[verdicts[k + 1].index].start
                if not verdicts[k + 1].remove:
                    # the last of a run of removed lines right under a kept line (no blank
                    # line between them) and above a blank line: one line break of the gap
                    # stays, so the kept lines stay apart ("Headline\nShare on X\n\nKYIV -")
                    j = k
                    while j > 0 and verdicts[j - 1].remove:
                        j -= 1
                    own = lines[v.index].end + 1
                    if j > 0 and end > own and "\n" in doc.text[own:end]:
                        above = doc.text[lines[verdicts[j - 1].index].end : lines[verdicts[j].index].start]
                        if above.count("\n") == 1:
                            end = own
            else:
                start = lines[verdicts[k - 1].index].end if k > 0 else 0
                if k - 1 == last_kept >= 0:
                    start += 1  # the last kept line keeps its own line break
                end = lines[v.index].end
                if k == len(verdicts) - 1:
                    end = len(doc.text)  # blank space after removed trailing lines goes too
            yield self.edit(start, end, "", v.rule or "phrase", v.reason)

    def _headline_tags(self, doc: Document, verdicts: list[LineVerdict]) -> list[Edit]:
        """The tag list glued to the headline, and the kicker lines above that headline
        ("Tehran Times", "Africa": a site's or a section's name), when it has one: the tag
        list proves which line is the headline, and nothing of the story stands above it (a
        kicker above a headline without tags is left: it may be a short headline above a
        standfirst)."""
        text = doc.text
        head = None
        labelled = False
        kickers: list[int] = []
        for k, v in enumerate(verdicts):
            if v.remove:
                continue
            if not labelled and v.label in ("byline", "dateline"):
                # the first kept line a CMS byline or date line above the headline ("Posted by
                # admin on ..."), as _may_have_tags reads it, wherever removed lines stood
                # before it (so the decision is the same once they are gone)
                labelled = True
                continue
            if (
                len(kickers) < _MAX_KICKERS
                and v.label in ("content", "headline")
                and _kicker(text[v.start : v.end])
                and any(
                    _may_be_tag_line(text[w.start : w.end])
                    for w in [w for w in verdicts[k + 1 :] if not w.remove][:_MAX_KICKERS]
                )
            ):
                # (the next kept lines: the lines removed below the kicker are gone on the
                # next run, and the decision must be the same then)
                # a kicker above the headline ("Iraq", "Tehran Times"): the headline follows
                kickers.append(k)
                continue
            if v.label in ("content", "headline"):
                head = k
            break
        if head is None or head + 1 >= len(verdicts):
            return []
        v = verdicts[head]
        line = text[v.start : v.end]
        body = " ".join(text[w.start : w.end] for w in verdicts[head + 1 :] if not w.remove)
        cut = headline_tag_cut(line, body)
        if cut is None:
            return []
        tags = [w for w in line[cut:].split() if any(c.isalnum() for c in w)]  # (not the separator)
        lines = doc.lines
        # each kicker line goes with the line breaks up to the next line (the headline's, or
        # a removed line's, whose own edit starts there)
        edits = [
            self.edit(
                lines[verdicts[k].index].start,
                lines[verdicts[k + 1].index].start,
                "",
                "kicker",
                "a site's or section's name above a headline with a glued tag list",
            )
            for k in kickers
        ]
        edits.append(
            self.edit(
                v.start + cut,
                v.end,
                "",
                "headline_tags",
                f"tag list glued to the headline ({len(tags)} capitalised words, each a name recurring in the body)",
            )
        )
        return edits

    def _marked_tags(self, doc: Document, kept: list[LineVerdict], cut: set[int]) -> Iterator[Edit]:
        """A tag list marked "Tags:" glued to a headline-like line above the story, wherever
        that line stands among the kept lines (a site's name or menu items above the headline
        hide which line it is, probe59); ``cut``: the line ends whose tags are cut already."""
        text = doc.text
        for v in kept:
            line = text[v.start : v.end]
            if line_facts(line).prose:
                return  # the story has begun
            if v.end in cut or ":" not in line:
                continue
            start = marked_tags_start(line)
            if start is not None:
                yield self.edit(
                    v.start + start, v.end, "", "headline_tags", "tag list marked 'Tags:' glued to a headline"
                )

    def _dateline_prefixes(self, doc: Document, kept: list[LineVerdict]) -> Iterator[Edit]:
        text = doc.text
        for v in kept:
            if v.label != "content":
                continue
            m = DATELINE_PREFIX.match(text, v.start, v.end)
            if m and (m.end() - v.start) < (v.end - v.start) // 2:
                yield self.edit(m.start(), m.end(), "", "dateline", "dateline at the start of the story")
            break  # only the first content line carries a dateline


def removed_lines(result: Cleaned) -> list[dict[str, object]]:
    """What the chrome step removed, in original coordinates, for a ``--removed FILE`` report.

    ``result`` comes from :func:`newsclean.explain`; each entry has ``start``,
    ``end``, ``text`` (the removed original text, stripped), ``rules`` (the
    chrome rules) and ``reason``.  Neighbouring removed lines may come as one
    entry, as :attr:`Cleaned.edits` merges touching deletions.

    >>> import newsclean
    >>> res = newsclean.explain("Breaking News\\n\\nIraq votes\\n\\nIraqis voted on Sunday in an early election.")
    >>> [(r["text"], r["rules"]) for r in removed_lines(res)]
    [('Breaking News', ['chrome.phrase'])]
    """
    out: list[dict[str, object]] = []
    for e in result.edits:
        chrome = [r for r in e.rules if r.startswith("chrome.")]
        if not chrome or e.replacement.strip():
            continue
        text = result.original[e.start : e.end].strip()
        if not text:
            continue
        out.append({"start": e.start, "end": e.end, "text": text, "rules": chrome, "reason": e.reason})
    return out


# --- article mode ---------------------------------------------------------------------

_MENU_MAX_WORDS = 5


def _short_item(f: LineFacts) -> bool:
    return f.words <= _MENU_MAX_WORDS and not f.terminal and f.label is None and f.stop_density <= 0.34


#: the heading of a press release's contact block: the address under it is the release's
_PRESS_CONTACT = regex.compile(
    r"(?:media|press)\s(?:contacts?|enquiries|inquiries|office(?:r)?)|notes\sto\seditors|for\s(?:further|more)\sinformation"
    r"|please\scontact|^-?ends-?$"
)
#: a tag list marked "Tags:" glued after a line's text (_marked_tags): the classifying path
_MARKED_TAGS_HINT = re.compile(r"\S[ \t]+(?i:tags|keywords|topics)[ \t]?:")


def _has_marked_tags(text: str) -> bool:
    """Whether ``text`` holds a _MARKED_TAGS_HINT match, read at its colons only (the
    pattern, with no literal to lead it, cost a third of the step over the whole text).

    >>> _has_marked_tags("Floods hit the delta Tags: rice, Mekong"), _has_marked_tags("Note: none")
    (True, False)
    """
    pos = text.find(":")
    while pos >= 0:
        if text[max(0, pos - 10) : pos].rstrip(" \t").lower().endswith(("tags", "keywords", "topics")):
            if _MARKED_TAGS_HINT.search(text, max(0, pos - 12), pos + 1):
                return True
        pos = text.find(":", pos + 1)
    return False


_OPEN_END = regex.compile(r"[\p{Ll},]")  # at the end of a (stripped) line
_NOT_SPACE = re.compile(r"\S")


def _announced(facts: list[LineFacts], adjacent: list[bool], colon: list[bool]) -> list[bool]:
    """Which lines a paragraph of the story announces with a colon, up to a blank line (four
    lines at most): what it quotes ("Its slogan reads simply:" / "Read More"; "... the button
    at the bottom of every article:" / "Share this article" / "Send to a friend"; probe48).

    Only in a text with blank lines: in a page scraped one block per line a widget's prompt
    ends in a colon too ("Enter your email address to receive new recipe alerts:" / "Recent
    Posts"), and an image's place is empty ("... look like this:" / "Read More").
    """
    n = len(facts)
    quoted = [False] * n
    if all(adjacent[1:]):
        return quoted
    run = 0
    for k in range(1, n):
        if colon[k - 1] and facts[k - 1].words >= 8 and facts[k - 1].stop_density >= 0.15:
            run = 1
        elif run and adjacent[k] and run < 4:
            run += 1
        else:
            run = 0
        quoted[k] = run > 0
    return quoted


def _share_buttons(
    facts: list[LineFacts], out: list[tuple[str, bool, str | None, str | None]], adjacent: list[bool]
) -> None:
    """The buttons under a share block's heading inside the story ("Share this:" / "WhatsApp" /
    "Telegram", probe68): lines the lexicon knows as share buttons only at the text's edge
    ("Facebook", "X") go with the heading removed above them, line by line without a blank.

    >>> f = [line_facts(x) for x in ("Share this:", "WhatsApp", "Telegram", "The minister spoke.")]
    >>> out = [("chrome", True, "phrase", "share"), *[("content", False, None, None)] * 3]
    >>> _share_buttons(f, out, [False, True, True, True])
    >>> [o[1] for o in out]
    [True, True, True, False]

    A sign-up form's button goes too, under its removed field ("Sign up for our morning
    briefing" / "Enter your email address" / "Subscribe", probe95).
    """
    for k in range(len(facts) - 1):
        head = facts[k].phrase
        if not (out[k][1] and head is not None and head[0] == "share" and head[1] == "high"):
            continue
        j = k + 1
        while j < len(facts) and adjacent[j]:
            if out[j][1]:
                j += 1  # (a form's field label, removed: "Sign up ..." / "Enter your email" / "Subscribe")
                continue
            button = facts[j].phrase
            if button is None or button[0] != "share" or button[2] != "line":
                break
            out[j] = ("chrome", True, "phrase", "share button under a share block's heading")
            j += 1


def _classify_article(
    facts: list[LineFacts], repeated: list[bool], cont: list[bool], adjacent: list[bool], colon: list[bool]
) -> list[tuple[str, bool, str | None, str | None]]:
    n = len(facts)
    quoted = _announced(facts, adjacent, colon)
    # (a widget line, a sign-up prompt or a donation prompt, may read like a sentence: it is
    # no paragraph of the story)
    prose = [k for k, f in enumerate(facts) if f.prose and f.widget is None]
    first = prose[0] if prose else n
    last = prose[-1] if prose else -1
    out: list[tuple[str, bool, str | None, str | None]] = []
    for k, f in enumerate(facts):
        edge = bool(prose) and (k < first or k > last)
        label = f.label or "content"
        if cont[k] and not out[k - 1][1]:  # continuing a kept line (a removed one protects nothing)
            out.append((label, False, None, None))
            continue
        hit = f.phrase or f.widget
        if hit is not None and hit[1] == "credit":
            # a caption ending in its picture's credit: decided below, by the rest of the text
            out.append((label, False, "caption_credit", "picture caption with its credit"))
            continue
        if hit is not None and quoted[k]:
            out.append((label, False, None, None))  # announced by the story: quoted
            continue
        if (
            f.widget is not None
            and "@" in f.norm
            and any(_PRESS_CONTACT.search(g.norm) for g in facts[max(0, k - 5) : k])
        ):
            out.append((label, False, None, None))  # a press release's contact block (probe64)
            continue
        if hit is not None:
            family, confidence, match = hit
            if confidence == "high" or (confidence == "edge" and edge) or (confidence == "end" and edge and k > last):
                if match == "prefix" and not edge and _in_field_block(facts, out, adjacent, k):
                    # "Serves: 8\nSource: Mrs Ainsley, 1974\nRelated: see Beetroot Chutney": one
                    # field of a record quoted in the story, under fields that are kept (probe38)
                    out.append((label, False, None, None))
                    continue
                if match == "line" or f.words <= 40:
                    where = {"high": "", "edge": " in the chrome zone at the edge of the text"}.get(
                        confidence, " after the last paragraph"
                    )
                    out.append(("chrome", True, "phrase", f"{family} phrase ({match} match){where}"))
                    continue
        if f.copyright and edge and not f.prose:
            out.append(("chrome", True, "copyright", "copyright footer"))
            continue
        if f.link_list and edge:
            out.append(("chrome", True, "link_list", "A | B | C link list at the edge of the text"))
            continue
        if edge and not f.prose and nav_row(f.norm):
            out.append(("chrome", True, "menu", "a site's menu on one line at the edge of the text"))
            continue
        if (
            k
            and out[k - 1][1]
            and facts[k - 1].phrase is not None
            and facts[k - 1].phrase[0] == "rating"
            and RATING_STARS.match(f.norm)
        ):
            # the stars of a rating widget under its heading ("Rate this article"); a row of
            # stars alone is a review's rating
            out.append(("chrome", True, "phrase", "rating widget's stars under its heading"))
            continue
        if repeated[k] and not f.label:
            out.append(("chrome", True, "repeated", "line recurs across many documents of this source"))
            continue
        out.append((label, False, None, None))
    _share_buttons(facts, out, adjacent)
    # menus: runs of adjacent short lines in an edge zone, several of them navigation phrases
    k = 0
    while k < n:
        if not (bool(prose) and (k < first or k > last)) or not _short_item(facts[k]):
            k += 1
            continue
        j = k + 1
        while j < n and adjacent[j] and (j < first or j > last) and _short_item(facts[j]):
            j += 1
        run = range(k, j)
        hits = sum(1 for i in run if facts[i].phrase is not None or facts[i].widget is not None or out[i][1])
        if len(run) >= 3 and hits >= max(2, (len(run) + 1) // 2):
            for i in run:
                if not out[i][1]:
                    out[i] = ("chrome", True, "menu", f"run of {len(run)} short navigation lines at the edge")
        k = j
    _related_lists(facts, out, last, adjacent, colon)
    _trailing_boxes(facts, out, adjacent)
    _comment_section(facts, out, prose)
    _gallery_captions(facts, out, prose)
    _scraped_captions(out)
    return out


def _scraped_captions(out: list[tuple[str, bool, str | None, str | None]]) -> None:
    """Captions ending in their picture's credit go where the text shows it was scraped: some
    other line of it is chrome ("Share this article", a stamp, a credit line alone); in an
    edited text with none they are the story's own (a feature's "Waves break over the
    harbour wall. Photograph: Lucy Trewin/PA", probe46) and stay."""
    if any(remove and rule != "caption_credit" for _, remove, rule, _ in out):
        for k, (_, remove, rule, _) in enumerate(out):
            if rule == "caption_credit" and not remove:
                out[k] = ("chrome", True, "phrase", "caption with its picture's credit, in a scraped text")


def _gallery_captions(
    facts: list[LineFacts], out: list[tuple[str, bool, str | None, str | None]], prose: list[int]
) -> None:
    """Captions ending in their credit are the story's own where they are most of it: a
    picture gallery ("The week in pictures": fourteen captions, each "... Photograph: Name/
    Agency", under one introductory line; probe44).  Three such captions or more, as many
    as the other prose lines or more, are kept (a lone credit line still goes)."""
    captions = [
        k
        for k, f in enumerate(facts)
        if out[k][2] == "caption_credit"
        and f.widget is not None
        and f.widget[0] == "caption"
        and f.words >= _CAPTION_WORDS
    ]
    if len(captions) >= 3 and len(captions) >= len(prose):
        for k in captions:
            out[k] = (facts[k].label or "content", False, None, None)  # (no caption_credit: they stay)


#: a caption line with its credit: more words than a credit alone ("Photo: AA")
_CAPTION_WORDS = 8


#: a field of a record: "Serves: 8, or 6 if the vicar calls", "Source: Mrs Ainsley, 1974"
_FIELD_LINE = regex.compile(r"\p{Ll}[\p{Ll}\ ]{0,24}:\ \S")


def _in_field_block(
    facts: list[LineFacts], out: list[tuple[str, bool, str | None, str | None]], adjacent: list[bool], k: int
) -> bool:
    """Whether line ``k`` follows, with no blank line between, two kept lines that are
    fields of a record ("Label: value", no chrome phrase or widget of their own)."""
    if k < 2 or not (adjacent[k] and adjacent[k - 1]):
        return False
    return all(
        not out[i][1] and facts[i].phrase is None and facts[i].widget is None and _FIELD_LINE.match(facts[i].norm)
        for i in (k - 1, k - 2)
    )


#: a comment section's heading: "3 thoughts on “Title”", "42 responses to ...", "12 Comments"
_COMMENTS_HEAD = regex.compile(rf"^{COMMENTS_HEAD}(?:\s(?:to|on)\s.*)?$")
#: what marks the lines under it as comments: "John Smith says:", "Reply", a comment's time stamp
_COMMENT_MARK = regex.compile(
    r"^(?:\S++(?:\s\S++){0,3}\s(?:says|wrote|commented|replied)\s?:?"
    r"|reply|report\scomment|like\sor\sdislike"
    r"|\p{L}++\s\d{1,2},?\s\d{4},?\s(?:at\s)?\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?)$"
)


def _comment_section(
    facts: list[LineFacts], out: list[tuple[str, bool, str | None, str | None]], prose: list[int]
) -> None:
    """Remove a comment section: its heading after the article, and every line after it.

    The heading ("3 thoughts on “Title”", "12 Comments") must follow three
    prose lines of the article, and two comment marks ("John Smith says:",
    "Reply", a time stamp) must stand within the twelve lines under it; a
    comment section runs to the end of the page.
    """
    n = len(facts)
    for k, f in enumerate(facts):
        if (
            not _COMMENTS_HEAD.match(f.norm)
            or f.words > 25
            or (f.terminal and not f.norm.endswith(('"', "”", "'", "’")))
        ):
            continue  # "3 comments on the plan were received." is a sentence
        if sum(1 for i in prose if i < k) < 3:
            return
        if sum(1 for j in range(k + 1, min(n, k + 13)) if _COMMENT_MARK.match(facts[j].norm)) < 2:
            continue
        for j in range(k, n):
            if not out[j][1] and facts[j].norm:
                out[j] = ("chrome", True, "comments", f"comment section under {f.norm[:40]!r}")
        return


_RELATED_MAX_WORDS = 20
#: a numbered line: "5. beware the wall-mounted hairdryer", "19) ingrid goes west"
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")
_TAG_MAX_WORDS = 4
_RELATED_MAX_ITEMS = 12


#: related lead-ins that head a box of headlines inside a story when they end in a colon
#: ("See also:"); not "Don't miss:" or "Up next:", which may head a product's features (the
#: scrapinghub gold keeps them)
_LEAD_IN_HEADINGS = frozenset(
    (
        "see also",
        "read also",
        "also read",
        "read more",
        "related",
        "related articles",
        "related stories",
        "more stories",
    )
)


def _related_lists(
    facts: list[LineFacts],
    out: list[tuple[str, bool, str | None, str | None]],
    last: int,
    adjacent: list[bool],
    colon: list[bool],
) -> None:
    """Remove the items of a related-stories or topics box.

    A box heading (a whole-line ``related`` phrase: "Related articles", "More
    stories"; or a ``taxonomy`` one: "Topics", "Tags") is followed by
    headline-like lines (tags for a topics box): short, no sentence
    punctuation, not a byline or dateline.  Those go with it, up to the first
    line that is not one (at most a dozen).  Inside the story (before the last
    prose line) the box needs two items or more, each right under the line
    before it, and a blank line after them (in a text without blank lines, a page
    scraped one block per line, the two items are enough).
    """
    n = len(facts)
    # a text without a blank line (a page scraped one block per line) has no blank line
    # under a box either: there an inner box ends where its headline-like lines end
    blank_free = n > 1 and all(adjacent[1:])
    for k, f in enumerate(facts):
        hit = f.phrase or f.widget
        if hit is None:
            continue
        family, _, match = hit
        if family not in ("related", "taxonomy", "postnav") or match != "line":
            continue
        # a related heading kept inside the story ("See also", a section heading as often) is
        # a box's when it ends in a colon and its box passes the test below ("See also:" over
        # two headlines and a blank line, probe113)
        heading_kept = not out[k][1]
        if heading_kept and not (colon[k] and f.norm in _LEAD_IN_HEADINGS and k < last):
            continue
        if family == "postnav" and k <= last:
            continue  # post navigation's headline, after the story only
        # a topic box's items are tags of a word or more ("Topics / Environment / Climate"),
        # a related box's headlines (probe27), post navigation's one headline ("Previous
        # article" over the previous story's headline, probe50)
        fewest = 1 if family == "taxonomy" else 2
        most = _TAG_MAX_WORDS if family == "taxonomy" else _RELATED_MAX_WORDS
        items = 1 if family == "postnav" else _RELATED_MAX_ITEMS
        j = k + 1
        while j < n and j - k <= items and not out[j][1]:
            g = facts[j]
            if g.terminal or g.label is not None or not fewest <= g.words <= most:
                break  # (a headline may read as prose, "Japan to import more rice ..., says Akazawa": it ends in no full stop)
            if k < last and not adjacent[j]:
                break  # a box inside the story: its items stand right under its heading
            if k < last and blank_free and _NUMBERED.match(g.norm):
                break  # the story's own numbered sub-heading ("5. Beware the hairdryer" of a listicle)
            j += 1
        if k < last and blank_free and j < n and facts[j].prose and not out[j][1]:
            # no blank line tells where the box ends: the last headline-like line, right above
            # a paragraph of the story, may be the story's sub-heading and stays
            j -= 1
        # (a heading that ends in a colon points at what it announces: "Read more:" over one
        # linked headline, a blank line under it, probe98)
        announced = colon[k] and family == "related" and j - k == 2
        if k < last and ((j - k < 3 and not announced) or (j < n and adjacent[j] and (announced or not blank_free))):
            # inside the story only a box of two items or more, a blank line under them (one
            # line under the heading may be the story's sub-heading)
            continue
        if heading_kept:
            if j - k < 3:
                continue
            out[k] = ("chrome", True, "phrase", f"related heading with a colon over its box: {f.norm!r}")
        for i in range(k + 1, j):
            out[i] = ("chrome", True, "related_list", f"item of the {family} box under {f.norm!r}")


def _box_headline(f: LineFacts) -> bool:
    """A related box's item: a headline of two to twenty words, one sentence at most, no full
    stop at its end ("Strike in the port: what does it mean for the shops?" ends in its
    question mark)."""
    return (
        f.label is None
        and 2 <= f.words <= _RELATED_MAX_WORDS
        and (not f.terminal or f.norm.endswith("?"))  # (normalise_line trims a full stop, not a "?")
        and ". " not in f.norm
        and not f.link_list
    )


def _trailing_boxes(
    facts: list[LineFacts], out: list[tuple[str, bool, str | None, str | None]], adjacent: list[bool]
) -> None:
    """Remove a related-stories box after the story: its heading (a whole-line ``related``
    phrase, whatever its confidence) and two headlines or more right under it, when nothing
    but chrome (lines already removed) follows them.  A question in a box's headline reads
    as prose, which hides the box from :func:`_related_lists` (probe116: "Also read:" over
    "Strike in the port: what does it mean for the shops?")."""
    n = len(facts)
    for k, f in enumerate(facts):
        hit = f.phrase or f.widget
        if hit is None or hit[0] != "related" or hit[2] != "line":
            continue
        j = k + 1
        while j < n and j - k <= _RELATED_MAX_ITEMS and adjacent[j] and _box_headline(facts[j]) and not out[j][1]:
            j += 1
        if j - k < 3 or not all(out[i][1] for i in range(j, n)):
            continue
        if not out[k][1]:
            out[k] = ("chrome", True, "phrase", f"related phrase (line match) over a box after the story: {f.norm!r}")
        for i in range(k + 1, j):
            out[i] = ("chrome", True, "related_list", f"item of the related box under {f.norm!r} after the story")


def _label_headline(facts: list[LineFacts], verdicts: list[tuple[str, bool, str | None, str | None]]) -> None:
    """Label the first kept line ``headline`` when it reads as one (short, not prose)."""
    for k, (label, remove, _, _) in enumerate(verdicts):
        if remove:
            continue
        f = facts[k]
        if label == "content" and not f.prose and 2 <= f.words <= 40:
            verdicts[k] = ("headline", False, None, "first line, short, not prose")
        return


# --- headline tag list ----------------------------------------------------------------

_TOKEN = regex.compile(r"\S++")
_LAST_TOKEN = regex.compile(r"(?r)\S++")
# (a name may start with a hyphenated particle: al-Burhan, el-Sisi, bin-Salman, van-Gaal;
# a designation ends in digits after a hyphen: F-16, COVID-19)
_NAME = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’.\-]*+(?<=-)\d++\p{Lu}*+|\p{Lu}[\p{L}\p{M}'’.\-]*+|\p{Lu}{2,}+|\d++\p{Lu}*+"
    r"|(?:al|el|ad|ag|ar|as|ash|at|az|bin|ibn|abu|abd|van|von|de|da|di|du|la|le)[-‐]\p{Lu}[\p{L}\p{M}'’.\-]*+)$"
)
# (a full stop between a lower-case letter and a capitalised word ends a sentence whose
# space is missing, "Juan Bautista.Former": the punctuation step inserts it, so reading the
# words as two keeps the tag decision the same on the next run)
_BODY_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))*+")
_MAX_RUN = 20
#: a model designation among the tags ("F-16", "S-400", "Su-35"): a plain tag too
_DESIGNATION = regex.compile(r"\p{Lu}\p{L}?-\d{1,4}")
_MAX_KICKER = 3  # words of a kicker before a Title Case headline ("AP Interview:", "Afghanistan:")
_MAX_UNSEEN = 3  # words of a glued tag list the body does not repeat (see headline_tag_cut)
_MIN_NAMES = 3  # "actor Tom Hanks Los Angeles" may be a clumsy headline; three glued names are a tag list
_POSSESSIVE = regex.compile(r"['’]s$")
#: function words that end a clause, so a name after them is no object ("... will not approve
#: Sweden's bid yet Ankara Recep Tayyip Erdogan ...": the tags start at Ankara)
_CLAUSE_END_ADVERBS = frozenset({"yet", "again", "too", "now", "ever", "either"})
#: a separator between a headline and its tags: a bar, a bullet or a slash, spaced (not a dash:
#: "Wales stars need a rest - Ruddock" is the BBC's quote attribution)
_TRAILING_SEPARATOR = regex.compile(r"[ \t]+[|•·/]+[ \t]*\Z")
_PUNCT_BREAK = regex.compile(r"[^\p{L}\p{M}\p{N}\s'’\-]++")


_RUN_AFTER_LOWER = regex.compile(r"(?<=\p{Ll}[,;:]?+\ )\p{Lu}[\p{L}\p{M}'’\-]*+(?:\ \p{Lu}[\p{L}\p{M}'’\-]*+)*+")


def _mid_sentence_runs(body: str) -> list[list[str]]:
    """Runs of capitalised words that follow a lower-case word in ``body``.

    >>> _mid_sentence_runs("Zelensky met Denys Shmyhal in Kyiv. Talks of NATO Mark Rutte's team")
    [['Denys', 'Shmyhal'], ['Kyiv'], ['NATO', 'Mark', 'Rutte']]
    """
    return [[_POSSESSIVE.sub("", w) for w in m.group().split(" ")] for m in _RUN_AFTER_LOWER.finditer(body)]


def _title_case_tag_cut(toks: list[tuple[int, int, str]], body: str) -> int | None:
    """The tag list of a Title Case headline: its end is where the names stop.

    Every word is capitalised, so the boundary is found from the end: names
    (one to four words each) that the body writes after a lower-case word
    (a whole run of capitalised words, or its first or last words; or a
    full name the body writes at a sentence start, "Dmytro Kuleba told",
    whose last word it writes alone as such a run), at least three of them,
    four words or more; and right before them a
    content word the body writes in lower case (``Winter`` for ``winter``),
    the evidence that the headline's own words end there.

    >>> body = "Ukraine's Zelensky met Denys Shmyhal in Kyiv before winter, and then NATO."
    >>> h = "Ukraine Seeks Air Defence Before Winter Kyiv Zelensky Denys Shmyhal NATO"
    >>> toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(h)]
    >>> h[:_title_case_tag_cut(toks, body)]
    'Ukraine Seeks Air Defence Before Winter'
    >>> h = "Biden Meets Xi In San Francisco"
    >>> toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(h)]
    >>> _title_case_tag_cut(toks, "Biden met Xi in San Francisco. In the talks, Biden spoke.") is None
    True
    """
    words = [w.rstrip(".'’-") for w in (t[2] for t in toks)]
    if any(not w or not _NAME.match(w) for w in words):
        return None
    # the body's names: maximal runs of capitalised words after a lower-case word (so not
    # a sentence's first word); a tag is such a run or a run's first or last words
    flat = "\n" + "\n".join(" ".join(r) for r in _mid_sentence_runs(body)) + "\n"
    lower_in_body = {w.rstrip(".'’-") for w in _BODY_WORD.findall(body) if w[0].islower()}
    spaced = " " + " ".join(_PUNCT_BREAK.sub(" | ", body).split()) + " "  # (names do not run across punctuation)
    stop = stopwords()
    j = len(words)
    segments = 0
    while j > 0:
        for i in range(max(0, j - 4), j):
            seg = words[i:j]
            if any(w.casefold() in stop for w in seg):
                continue
            name = " ".join(seg)
            if f"\n{name}\n" in flat or f"\n{name} " in flat or f" {name}\n" in flat:
                break
            if len(seg) > 1 and f"\n{seg[-1]}\n" in flat and f" {name} " in spaced:
                break  # a full name the body writes at a sentence start ("Dmytro Kuleba told ..."),
                # whose last word it also writes alone after a lower-case word ("said Kuleba")
        else:
            break
        segments += 1
        j = i
    if segments < _MIN_NAMES or j < 3 or len(words) - j < 4:
        return None
    before = words[j - 1]
    if toks[j - 1][2] != before or before.casefold() in stop or before.lower() not in lower_in_body:
        return None  # the word before the names must be the headline's own (a common word)
    return toks[j - 1][1]


#: lower-case particles inside a name in a tag list ("Ursula von der Leyen", "Luiz Inacio Lula da Silva",
#: "Mohammed bin Salman", "Bashar al Assad")
_NAME_PARTICLES = frozenset("von van der den de des del della da das dos du di la le bin ibn bint al el".split())


#: ... and "of" between two names of a tag list ("Sea of Galilee", "Ministry of Hajj"; after
#: a lower-case word it is the headline's preposition: "pulls out of Iraq")
_INNER_PARTICLES = _NAME_PARTICLES | {"of", "for"}  # "Sea of Galilee", "International Organization for Migration"


def _inner_particle(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` is a particle with a name (or another particle) on each side.

    >>> toks = [(0, 0, w) for w in "Ursula von der Leyen at the Sea of Galilee".split()]
    >>> [_inner_particle(toks, i) for i in range(9)]
    [False, True, True, False, False, False, False, True, False]
    >>> toks = [(0, 0, w) for w in "eyes Brennan for Lions Organization International Organization for Migration".split()]
    >>> [_inner_particle(toks, i) for i in (2, 7)]
    [False, True]
    """
    if toks[i][2] not in _INNER_PARTICLES:
        return False
    j = i - 1
    while j >= 0 and toks[j][2] in _INNER_PARTICLES:
        j -= 1
    k = i + 1
    while k < len(toks) and toks[k][2] in _INNER_PARTICLES:
        k += 1
    if not (j >= 0 and k < len(toks) and _NAME.match(toks[j][2]) is not None and _NAME.match(toks[k][2]) is not None):
        return False
    # "for" joins the words of one name ("International Organization for Migration"), two
    # capitalised words before it; after one it is a headline's preposition ("Woodward eyes
    # Brennan for Lions", "Moya clinches Cup for Spain")
    return toks[i][2] != "for" or (j > 0 and _NAME.match(toks[j - 1][2]) is not None)


def _may_be_tag_line(line: str) -> bool:
    """Whether ``line`` could end in a glued tag list (any kind: :func:`_tag_split`,
    :func:`_mixed_tail`, :func:`separated_tags_start`), before the body is read."""
    return (
        _tag_split(line) is not None
        or _mixed_tail(line) is not None
        or separated_tags_start(line) is not None
        or listed_tags_start(line) is not None
    )


#: lower-case words between the names of a tag list that join them into one name
#: ("Ministry of Hajj and Umrah")
_NAME_JOINERS = frozenset({"of", "and", "for"}) | _NAME_PARTICLES
_OPENING_QUOTES = "'‘“\"«"
_CLOSING_QUOTES = "'’”\"»"
_EDGE_PUNCT = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")  # "OPEC+" is OPEC
_MAX_LOWER_TAGS = 3  # lower-case tags ("earthquake", "Climate change") in a mixed tag list
_MIN_MIXED_TOKENS = 8
_MAX_MIXED_LINE = 400  # characters of a headline and its tags
_SENTENCE_END_CHARS = frozenset('.!?"”’)')  # a tag list ends in a word


def _repeats_head(headline: str, start: int, end: int) -> bool:
    """Whether a content word of ``headline[start:end]`` is also one of ``headline[:start]``.

    >>> h = "Tourism revenue hits record Türkiye tourism revenue Mehmet Ersoy"
    >>> _repeats_head(h, 28, 52), _repeats_head("Iraq doesn't need US combat troops Washington", 18, 35)
    (True, False)
    """
    head = _content_words(headline[:start].split())
    return any(_EDGE_PUNCT.sub("", t).lower() in head for t in headline[start:end].split())


def _content_words(tokens: Iterable[str]) -> set[str]:
    """The tokens' words of three letters or more that are no function words, in lower case,
    without a possessive or edge punctuation ("OPEC+" is "opec")."""
    stop = stopwords()
    return {w for t in tokens if len(w := _EDGE_PUNCT.sub("", _POSSESSIVE.sub("", t)).lower()) >= 3 and w not in stop}


def _written_in(text: str, item: str) -> bool:
    """Whether ``item`` stands in ``text`` as a whole word or words (no letter or digit
    touching it): the body evidence of the glued tag lists.

    >>> _written_in("Turkey gave gas to Syria.", "Syria"), _written_in("Syrians left.", "Syria")
    (True, False)
    """
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(item)}(?![\p{{L}}\p{{N}}])", text) is not None


def _repeated_phrase_cut(
    headline: str, body: str, found: tuple[list[tuple[int, int, str]], list[str], int] | None
) -> int | None:
    """Where a tag list starts that opens by repeating the headline's last words ("... site
    of first nuclear power plant nuclear power plant Ulken Balkhash Rosatom energy", "...
    replace quake-damaged Ava Bridge Ava Bridge Sagaing Mandalay earthquake"; probe31): a
    headline never repeats a phrase back to back; the rest of the line must be names and
    lower-case content words (no function word, no punctuation), three tokens at least, one
    of them written in the body.

    >>> body = "Rosatom will build the plant near Ulken, on Lake Balkhash, officials said."
    >>> h = "Kazakhstan starts surveys at site of first nuclear power plant nuclear power plant Ulken Balkhash Rosatom energy"
    >>> h[:_repeated_phrase_cut(h, body, _mixed_tail(h))]
    'Kazakhstan starts surveys at site of first nuclear power plant'
    >>> h = "Bye bye to the old bridge"
    >>> _repeated_phrase_cut(h, body, _mixed_tail(h)) is None
    True

    ``found``: :func:`_mixed_tail` of ``headline`` (the caller's, which
    :func:`_mixed_tag_cut` reads too).
    """
    if found is None:
        return None
    toks, _, t0 = found
    words = [t[2] for t in toks]
    for p in range(max(t0, 4), len(toks) - 2):
        for k in (3, 2, 1):
            if p - k < 0 or words[p - k : p] != words[p : p + k]:
                continue
            if k == 1 and not words[p][0].isupper() and len(words[p]) < 5:
                continue  # one short lower-case word twice may be the headline's ("bye bye")
            if sum(1 for w in words[:p] if w[:1].islower()) < 2:
                return None  # a Title Case headline
            tail = words[p + k :]
            if len(tail) < 2 or not any(_written_in(body, w) for w in tail):
                return None
            return toks[p][0] - (1 if headline[toks[p][0] - 1 : toks[p][0]] == " " else 0)
    return None


def _mixed_tail(headline: str) -> tuple[list[tuple[int, int, str]], list[str], int] | None:
    """:func:`_tail_kinds` when its run holds three capitalised words (``_MIN_NAMES``)."""
    found = _tail_kinds(headline)
    if found is None or sum(1 for k in found[1][found[2] :] if k == "N") < _MIN_NAMES:
        return None
    return found


def _tail_kinds(headline: str) -> tuple[list[tuple[int, int, str]], list[str], int] | None:
    """The tokens of ``headline``, their kinds and where its trailing run of names and
    lower-case content words starts, when a tag list holding lower-case tags could end it:
    ``N`` a name, ``L`` a lower-case content word, ``J`` a joiner between two names; the
    run starts after the last other token (a function word, a token with punctuation) and
    holds three capitalised words.

    >>> toks, kinds, t0 = _mixed_tail("Quake: Turkey hands over homes to survivors Turkey earthquake Hatay Recep Erdogan rebuilding")
    >>> " ".join(kinds[t0:]), toks[t0][2]
    ('L N L N N N L', 'survivors')
    """
    if len(headline) > _MAX_MIXED_LINE or headline[-1:] in _SENTENCE_END_CHARS:
        return None  # a paragraph (the line after a kicker is often the first): no tag list
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(headline)]
    if len(toks) < _MIN_MIXED_TOKENS or len(toks) > 3 * _MAX_RUN:
        return None
    stop = stopwords()
    kinds = []
    for _, _, w in toks:
        if _NAME.match(w):
            kinds.append("N")
        elif w.replace("-", "").isalpha() and w.islower() and not w.startswith("-"):
            if w in _NAME_JOINERS:
                kinds.append("J")
            elif len(w) >= 3 and w not in stop and w not in _MORE_PREPOSITIONS:
                kinds.append("L")
            else:
                kinds.append("S")
        else:
            kinds.append("S")
    # a joiner only between two names
    for i, k in enumerate(kinds):
        if k == "J" and not (0 < i < len(kinds) - 1 and kinds[i - 1] == "N" and kinds[i + 1] in "NJ"):
            kinds[i] = "S"
    t0 = len(kinds)
    while t0 > 0 and kinds[t0 - 1] != "S":
        t0 -= 1
    return toks, kinds, t0


def _mixed_tag_cut(
    headline: str, body: str, found: tuple[list[tuple[int, int, str]], list[str], int] | None = None
) -> int | None:
    """Where a glued tag list that holds lower-case tags starts ("... to quake survivors
    Türkiye earthquake Hatay Recep Tayyip Erdoğan Murat Kurum reconstruction"), or None.

    Its tags may be written like the headline's own words, so more evidence is asked for:

    * the tags follow the headline's last function word or punctuation: names, lower-case
      content words and name joiners only ("Ministry of Hajj and Umrah");
    * they start at a name after a lower-case content word (after a preposition, a colon or
      a verb that takes a person the first name is the headline's: "...: Araghchi Iran");
    * they split into names the body writes (three or more) and lower-case tags the body
      writes, in any case (three at most, no more than the names), with at most one name
      the body does not write;
    * and they repeat a word of the headline before them: a tag list sums up the story
      ("Iran, IAEA agree ...: Araghchi Iran IAEA ...").

    >>> body = "Turkey gave homes to survivors in Hatay, where the earthquake hit. Recep Erdogan and Ali Kurum spoke about rebuilding."
    >>> h = "Turkey hands over homes to quake survivors Turkey earthquake Hatay Recep Erdogan Ali Kurum rebuilding"
    >>> h[:_mixed_tag_cut(h, body)]
    'Turkey hands over homes to quake survivors'
    >>> _mixed_tag_cut("Quake survivors get homes from Turkey Hatay Recep Erdogan Ali Kurum", body) is None  # no repeat
    True

    ``found``: :func:`_mixed_tail` of ``headline`` when the caller has it.
    """
    if found is None:
        found = _mixed_tail(headline)
    if found is None:
        return None
    toks, kinds, t0 = found
    c = t0
    while c < len(kinds) and kinds[c] == "L":
        c += 1  # the headline's own last words
    if c >= len(kinds) or kinds[c] != "N" or c < 3:
        return None
    if sum(1 for t in toks[:c] if t[2][0].islower()) < 2:
        return None  # a Title Case headline: _title_case_tag_cut's
    opened = sum(1 for t in toks[:c] if t[2][0] in _OPENING_QUOTES) - sum(
        1 for t in toks[:c] if t[2][-1] in _CLOSING_QUOTES
    )
    if opened > 0 or toks[c][2][-1] in _CLOSING_QUOTES:
        return None  # inside a quotation of the headline ("Hospital suspends 'no Welsh' plan")
    words = [_POSSESSIVE.sub("", t[2]).rstrip(".'’-") for t in toks]
    takes_object = _takes_object(toks, c)
    flat = " " + " ".join(_PUNCT_BREAK.sub(" | ", body).split()) + " "  # names do not run across punctuation
    body_lower = {w.lower().rstrip(".'’-") for w in _BODY_WORD.findall(body)}

    def name_end(i: int) -> int:
        """The end of the longest name from token i the body writes (i: none)."""
        best = i
        j = i + 1
        while j <= len(words) and kinds[j - 1] in "NJ":
            if kinds[j - 1] == "N" and f" {' '.join(words[i:j])} " in flat:
                best = j
            j += 1
        return best

    if takes_object:
        end = name_end(c)
        if end == c or end >= len(kinds) or kinds[end] != "N":
            return None
        if _POSSESSIVE.search(toks[end - 1][2]):
            # the object goes on after a possessive: "breaks in Russia's Orsk" (probe18)
            end = max(name_end(end), end + 1)
            if end >= len(kinds) or kinds[end] != "N":
                return None
        c = end  # the object stays with the headline
    # a name and the lower-case words after it that the body writes as one phrase are the
    # headline's ("... need US combat troops Washington ...": "US combat troops")
    j = c + 1
    while j < len(kinds) and kinds[j] == "L":
        j += 1
    if j > c + 1 and f" {' '.join(words[c:j])} " in flat:
        if j >= len(kinds) or kinds[j] != "N":
            return None
        c = j
    names = lower = unseen = 0
    i = c
    while i < len(kinds):
        kind, word = kinds[i], words[i]
        end = i + 1
        if kind == "L":
            if word not in body_lower:
                return None
            lower += 1
        elif kind == "N":
            end = name_end(i)
            if end > i:
                names += 1
            else:
                end = i + 1
                if word.lower() not in body_lower:
                    unseen += 1
                elif word[1:].islower():
                    lower += 1  # a capitalised tag the body writes in lower case ("Climate")
                else:
                    names += 1  # an acronym the body writes in another case
        i = end  # (a joiner that starts no name is skipped)
    if names < _MIN_NAMES or lower > min(_MAX_LOWER_TAGS, names) or unseen > 1:
        return None
    head = _content_words(words[:c])
    if not any(w.lower() in head for w in words[c:]):
        return None
    # lower-case tags before the first name that repeat two or more words of the headline
    # ("... opens to traffic high-speed railway Guizhou ...": "High-speed railway linking ...")
    folded = [_EDGE_PUNCT.sub("", w).lower() for w in words]
    # (or one such word of four letters or more: "... as vaccination rates lag measles Health
    # Ministry ..." after "Measles outbreak spreads ...", probe20)
    for n in range(min(3, c - t0), 0, -1):
        phrase = folded[c - n : c]
        if n == 1 and (len(phrase[0]) < 4 or phrase[0] not in head):
            continue
        if (
            not takes_object
            and all(w in body_lower for w in phrase)
            and any(folded[i : i + n] == phrase for i in range(c - n))
        ):
            c -= n
            lower += n
            break
    if not lower and "J" not in kinds[c:]:
        return None  # names only: _tag_cut's (this path is for lower-case tags and joined names)
    return toks[c - 1][1]


def _stem(word: str) -> str:
    """A word folded for comparing tags with the headline: lower case, no possessive, no
    plural s ("e-scooters" and "e-scooter")."""
    w = _POSSESSIVE.sub("", _EDGE_PUNCT.sub("", word)).lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _anchored_tag_cut(headline: str, body: str) -> int | None:
    """Where a glued list of mixed tags starts that restates the headline's topic ("Bangkok
    bans e-scooters from footpaths after spate of accidents e-scooter Bangkok BMA Chadchart
    road safety"; probes 37-41), or None.

    The headline's trailing run of content words (names, lower-case words, name joiners)
    holds the list; it starts at a word the headline has already written, repeats two or
    more of its words, holds a capitalised tag, and every tag but one is a word of the body;
    the headline before it keeps four words or more and ends in a content word.  The
    longest such list is taken.

    >>> body = "Bangkok's BMA banned e-scooters on Wednesday. Governor Chadchart cited road safety and accidents."
    >>> h = "Bangkok bans e-scooters from footpaths after spate of accidents e-scooter Bangkok BMA Chadchart road safety"
    >>> h[:_anchored_tag_cut(h, body)]
    'Bangkok bans e-scooters from footpaths after spate of accidents'
    >>> _anchored_tag_cut("Bangkok bans e-scooters from footpaths after accidents rise in Bangkok", body) is None
    True
    """
    found = _tail_kinds(headline)
    if found is None:
        return None
    toks, kinds, t0 = found
    words = [t[2] for t in toks]
    stems = [_stem(w) for w in words]
    stop = stopwords()
    written = _BODY_WORD.findall(body)
    body_words = {_stem(w) for w in written}
    lower_only = {w for w in written if w.islower()}
    first = max(t0, 4)
    # the headline's content words before the cut, grown as the cut moves right
    head = {st for st in stems[:first] if len(st) >= 3 and st not in stop}
    for c in range(first, len(toks) - 2):
        if c > first and len(stems[c - 1]) >= 3 and stems[c - 1] not in stop:
            head.add(stems[c - 1])
        tags = stems[c:]
        if tags[0] not in head or stems[c - 1] in stop or kinds[c - 1] == "S":
            continue
        if sum(1 for st in tags if st in head) < 2 or "N" not in kinds[c:]:
            continue
        if sum(1 for st, k in zip(tags, kinds[c:], strict=True) if k != "J" and st not in body_words) > 1:
            continue
        # tags before the anchor: names right after the headline's last lower-case word
        # ("... residency trading case Kuwait Court of Cassation ...", "... stays dry
        # Si-o-se-pol Khaju Bridge ..."), or a capitalised tag the body writes in lower case
        # ("... in Kagoshima Heavy rain ...")
        start = c
        for k in range(c - 1, max(t0, 4, c - 4) - 1, -1):
            if stems[k] not in body_words or kinds[k] == "S" or words[k].endswith(("'s", "’s")):
                break  # (a possessive is the headline's: "... won Venezuela's election Venezuela ...", probe125)
            if kinds[k] == "N" and kinds[k - 1] == "L":
                if not words[k - 1].casefold().endswith(_COMPOUND_MODIFIERS):
                    start = k  # (after "earthquake-hit" the name is the headline's noun: probe83)
                break
        if (
            start == c
            and kinds[c - 1] == "N"
            and kinds[c - 2] != "N"
            and c - 1 >= 4
            and words[c - 1].lower() in lower_only
        ):
            start = c - 1
        if start == c and kinds[c] == "N" and kinds[c - 1] == "N":
            continue  # never inside a name ("Ho | Chi Minh City", "Paulista | Avenue")
        return toks[start - 1][1]
    return None


def _tag_split(headline: str) -> tuple[list[tuple[int, int, str]], int] | None:
    """The tokens of ``headline`` and where its trailing run of capitalised words starts
    (0: a Title Case headline), when it could end in a tag list: the tests
    :func:`headline_tag_cut` makes before it reads the body (also the article-mode
    fast path's cheap look)."""
    # both outcomes need seven tokens or more (str.split splits at a superset of \s, so it
    # never counts fewer), and the last one a name: most headlines fail here, untokenised
    if len(headline.split()) < 7:
        return None
    last = _LAST_TOKEN.search(headline)
    if last is None or not _NAME.match(last.group()):
        return None
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(headline)]
    k = len(toks)
    # (a lower-case particle between two words of a name stays in the run: "Ursula von der Leyen")
    while k > 0 and (_NAME.match(toks[k - 1][2]) or _inner_particle(toks, k - 1)):
        k -= 1
    if k == 0:
        return (toks, 0) if 7 <= len(toks) <= _MAX_RUN else None
    if k <= _MAX_KICKER and toks[k - 1][2].endswith(":") and toks[k - 1][2][:1].isupper():
        # a Title Case headline after a kicker ("Afghanistan: Taliban Bans Women From ...")
        rest = toks[k:]
        return (rest, 0) if 7 <= len(rest) <= _MAX_RUN else None
    if len(toks) - k < 4 or len(toks) - k > _MAX_RUN or k < 3:
        return None
    before = toks[k - 1][2]
    if (before[-1].isalnum() and not before[0].islower()) or before in _NAME_PARTICLES:
        return None  # (after a particle the run is the rest of a name: "talks with von der Leyen ...")
    return toks, k


def headline_tag_cut(headline: str, body: str) -> int | None:
    """Where a glued tag list starts in ``headline``, or ``None``: :func:`_tag_list_cut`, or
    else a tag list glued to the headline's last word (:func:`_glued_run_cut`).

    >>> body = "NDRRMC said floods hit Bicol Region. Disasters struck."
    >>> h = "Storm death toll rises to 46 as floods swamp BicolBicol Region, Disasters, NDRRMC, Weather"
    >>> h[:headline_tag_cut(h, body)]
    'Storm death toll rises to 46 as floods swamp Bicol'
    """
    cut = _tag_list_cut(headline, body)
    if cut is None:
        return _glued_run_cut(headline, body)
    # a list whose first word holds the headline's last word glued to the first tag
    # ("... swamp BicolBicol Region, ...", probe95): the headline keeps its word
    at = cut + len(headline[cut:]) - len(headline[cut:].lstrip())
    first = headline[at:].split(None, 1)[0].rstrip(",") if headline[at:].strip() else ""
    glue = _INNER_GLUE.search(first) if first[:1].isalpha() else None  # (a hashtag is CamelCase: "#LoadShedding")
    if glue is not None and not _written_in(body.casefold(), first.casefold()):
        return at + glue.start()
    return cut


#: a capital right after three lower-case letters inside a word: two words glued together
_INNER_GLUE = regex.compile(r"(?<=\p{Ll}{3})\p{Lu}")


#: a run of capitalised tags glued to a headline's last word: a capital right after three
#: lower-case letters, then capitalised words (or numbers) to the line's end, with commas or
#: spaces between ("... swamp BicolBicol Region, Disasters, NDRRMC, Weather", "... ousts
#: SretthaThailand, Politics, Pheu Thai", "... electionsLibya UNSMIL Elections Politics")
_GLUED_RUN = regex.compile(
    r"(?<=(?P<stem>\p{L}*\p{Ll}{3}))(?P<run>\p{Lu}[\p{L}\p{N}'’.\-&]*+"
    r"(?:,?[ \t]+(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.\-&]*+){2,})[ \t]*$"
)
_RUN_ITEM = regex.compile(r"(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.\-&]*+(?:[ \t](?:\p{Lu}|\p{N})[\p{L}\p{N}'’.\-&]*+)*")


def _glued_run_cut(headline: str, body: str) -> int | None:
    """Where a run of capitalised tags glued to the headline's last word starts: three
    words or more, the first glued after three lower-case letters ("swampBicol"), and the
    body writes the first tag and another of the run as words of their own but never the
    glued word itself ("PlayStation Plus Extra Premium" is a name the body repeats); the
    headline before it has four words or more, two of them in lower case (probes 95, 98,
    103).

    >>> b = "Libya's rivals met UNSMIL in Tripoli. Libya votes next year."
    >>> h = "UN envoy urges Libyan rivals to agree on unified government before electionsLibya UNSMIL Elections Politics"
    >>> h[:_glued_run_cut(h, b)]
    'UN envoy urges Libyan rivals to agree on unified government before elections'
    >>> h = "Sony raises the prices of PlayStation Plus Extra Premium"
    >>> _glued_run_cut(h, "PlayStation Plus costs more. Extra and Premium tiers rise.") is None
    True
    """
    m = _GLUED_RUN.search(headline)
    if m is None:
        return None
    start = m.start("run")
    folded = body.casefold()
    glued = (m.group("stem") + headline[start:].split(None, 1)[0]).rstrip(",")
    if _written_in(folded, glued.casefold()):
        return None  # a word of its own ("PlayStation")
    items = [t.group() for t in _RUN_ITEM.finditer(m.group("run"))]
    words = [w for t in items for w in t.split()]
    if len(words) < 3 or not _written_in(folded, words[0].casefold()):
        return None
    seen = {w.casefold() for w in words[1:] if _written_in(folded, w.casefold())}
    if not seen or _headline_before(headline, start) is None:
        return None
    return start


def _tag_list_cut(headline: str, body: str) -> int | None:
    """Where a glued tag list starts in ``headline``, or ``None``.

    The trailing run of capitalised words must be at least four words long,
    follow a lower-case content word, and split into three or more names
    that each occur in ``body`` (the run itself does not).  Up to three plain
    words the body does not repeat may sit among them, when the run starts
    with a body name and has as many names as unseen words; a run starting
    with an unseen word may hold just that one, with four names after it.  After a
    preposition the run's first name is the preposition's object and stays;
    three names of four words or more must follow it.

    >>> body = "Donald Trump and Barack Obama met in Washington. Iraq said no."
    >>> h = "Iraq doesn't need US troops Washington Donald Trump Barack Obama Iraq"
    >>> h[:headline_tag_cut(h, body)]
    "Iraq doesn't need US troops"
    >>> headline_tag_cut("Storm batters New York City", "New York City was hit.") is None
    True
    >>> body = "Abdel Fattah al-Burhan met Mohamed Dagalo in Jeddah, in Saudi Arabia."
    >>> h = "Sudan rivals agree to a ceasefire Abdel Fattah al-Burhan Mohamed Dagalo Jeddah Saudi Arabia"
    >>> h[:headline_tag_cut(h, body)]
    'Sudan rivals agree to a ceasefire'
    >>> h = "India to raise rice export duty | Narendra Modi New Delhi Piyush Goyal India"
    >>> h[:headline_tag_cut(h, "Narendra Modi met Piyush Goyal in New Delhi. India said no.")]
    'India to raise rice export duty'
    """
    tail = _mixed_tail(headline)
    repeated = _repeated_phrase_cut(headline, body, tail)
    if repeated is not None:
        return repeated
    listed = listed_tags_start(headline)
    if listed is not None:
        # "Headline #Poland #Germany", "HeadlineKyrgyzstan, Tajikistan, Border, Batken": a
        # hashtag list or a glued comma list is no headline's; a comma list after a space
        # needs half its items in the body
        start, confirm = listed
        if not confirm:
            return start
        items = [t.strip() for t in headline[start:].split(",") if t.strip()]
        folded = body.casefold()
        seen = sum(1 for t in items if _written_in(folded, t.casefold()))
        return start if 2 * seen >= len(items) else None
    separated = separated_tags_start(headline)
    if separated is not None:
        # "Headline | Syria | Turkey | Natural Gas": the separators say where the tags start;
        # the body must name one of them (a site's own sections name nothing of the story)
        tags = SEPARATED_TAG.split(headline[separated:])
        folded = body.casefold()
        if not any(_written_in(folded, t.strip().casefold()) for t in tags if t.strip()):
            return None
        return _first_tag_before(headline, separated, folded)
    cut = _headline_tag_cut_unseparated(headline, body, tail)
    if cut is None:
        return None
    glued = _GLUED_TAG_BEFORE.search(headline, 0, cut)
    if glued is not None and _written_in(body.casefold(), glued.group("tag").casefold()):
        # "... route shifts eastLibya Niger Egypt Migration Sahel" (probe69): the list's first
        # tag glued to the headline's last word, a capital after lower-case letters
        return glued.start("tag")
    return cut


#: the last word before a glued tag list's cut, made of a headline's word and a tag glued
#: together ("eastLibya")
_GLUED_TAG_BEFORE = regex.compile(r"(?<=[\p{Ll}]{2})(?P<tag>\p{Lu}\p{Ll}[\p{L}'’\-]*)[ \t]*$")
#: a tag before the first separator, after the headline's last word ("... in four years Kuwait
#: | National Assembly | ...", probe68; "... to Chinese border Vietnam | Infrastructure",
#: probe76): one to three capitalised words after a lower-case word
_TAG_BEFORE_SEPARATOR = regex.compile(r"(?P<tag>\p{Lu}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*){0,2})[ \t]*$")


def _first_tag_before(headline: str, separated: int, folded_body: str) -> int:
    """Where a separated tag list starts when its first tag is written before the first
    separator, after the headline's last word without one (a word that takes no object:
    "in Kuwait | Gulf" ends the headline; the body must name the tag); else ``separated``.

    >>> h = "Kuwaitis vote in fourth election in four years Kuwait | National Assembly | Gulf"
    >>> h[:_first_tag_before(h, h.index(" |"), "the kuwait vote.")]
    'Kuwaitis vote in fourth election in four years'
    >>> h = "Talks on the gas deal resume in Kuwait | National Assembly | Gulf"
    >>> h[:_first_tag_before(h, h.index(" |"), "the kuwait vote.")]
    'Talks on the gas deal resume in Kuwait'
    """
    m = _TAG_BEFORE_SEPARATOR.search(headline, 0, separated)
    if m is None or m.start() == 0 or not _written_in(folded_body, m.group("tag").casefold()):
        return separated
    before = headline[: m.start()]
    if before[-1].islower():
        return m.start()  # glued to the headline's last word
    words = before.split()
    last = words[-1] if words else ""
    if not before[-1].isspace() or not last[:1].islower() or not last.isalpha() or _governs_a_noun(last):
        return separated
    return len(before.rstrip())


def _headline_tag_cut_unseparated(headline: str, body: str, tail: tuple | None) -> int | None:
    """:func:`headline_tag_cut` for a list without separators."""
    cut = _tag_cut(headline, body)
    anchored = _anchored_tag_cut(headline, body)
    if anchored is not None and (cut is None or anchored < cut):
        cut = anchored
    mixed = _mixed_tag_cut(headline, body, tail) if tail is not None else None
    if mixed is not None and (cut is None or (mixed < cut and _repeats_head(headline, mixed, cut))):
        # the mixed reading's longer list, when the words it adds repeat the headline's
        # ("... $61.1B in 2024 Türkiye tourism revenue Mehmet Nuri Ersoy ...", not "... need
        # US combat troops Washington Donald Trump ...")
        cut = mixed
    if cut is None:
        return None
    # a separator before the tags goes with them ("... duty | Narendra Modi ...")
    sep = _TRAILING_SEPARATOR.search(headline[:cut])
    return sep.start() if sep is not None and sep.start() > 0 else cut


#: lines above a headline that a tag list may follow: a section or site kicker each
_MAX_KICKERS = 2


def _kicker(line: str) -> bool:
    """A kicker above a headline: four words or fewer (separators are no words), 40
    characters at most, not ending a sentence ("Iraq", "Tehran Times", "Hong Kong / Health
    & Environment").

    >>> _kicker("Tehran Times"), _kicker("Hong Kong / Health & Environment"), _kicker("Officials said no.")
    (True, True, False)
    >>> _kicker(""), _kicker("Hong Kong / Health & Environment / Science")
    (False, False)
    """
    return 0 < len(line) <= 40 and line[-1] not in ".!?" and sum(1 for w in line.split() if _WORDLIKE.search(w)) <= 4


_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")


#: prepositions the stop-word list (a density measure) leaves out: an object follows them too
_MORE_PREPOSITIONS = frozenset(
    "onto across along among amid amidst despite toward towards via near beside beyond throughout per versus".split()
)

#: the ends of hyphenated modifiers, which a noun follows ("earthquake-hit Afghanistan",
#: "Kremlin-backed Rosneft")
_COMPOUND_MODIFIERS = (
    "-hit",
    "-stricken",
    "-torn",
    "-ravaged",
    "-affected",
    "-battered",
    "-based",
    "-led",
    "-backed",
    "-owned",
    "-run",
    "-held",
    "-controlled",
    "-born",
    "-bound",
    "-linked",
    "-allied",
    "-funded",
)
#: words before a verb's base form in a headline ("Biden to host Xi Jinping")
_BEFORE_BASE_FORM = frozenset({"to", "will", "would", "must", "can", "could", "should", "may", "might"})


def _takes_object(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word before token ``k`` takes the name at ``k`` as its object, so that
    name is the headline's and tags may only start after it: a preposition or another
    function word, a spaced dash (the BBC's attribution: "Fear will help France -
    Laporte"), a colon (a source: "...: JCS"), or a verb or role noun that takes a person;
    not an attribution after a comma and its subject ("..., official says").

    >>> toks = [(0, 0, w) for w in "Blast explodes in America Pew Internet".split()]
    >>> _takes_object(toks, 3), _takes_object(toks, 4)
    (True, False)
    """
    before = toks[k - 1][2]
    return (
        _governs_a_noun(before) or before in ("-", "–", "—") or before.endswith(":") or _takes_a_person(toks, k)
    ) and not _attribution(toks, k)


def _governs_a_noun(word: str) -> bool:
    """Whether a headline's word takes the name after it as its own: a preposition or another
    function word, or a hyphenated modifier ("aid for earthquake-hit Afghanistan", probe83).

    >>> _governs_a_noun("in"), _governs_a_noun("earthquake-hit"), _governs_a_noun("years")
    (True, True, False)
    """
    folded = word.casefold()
    return (word[-1].isalnum() and (folded in stopwords() or folded in _MORE_PREPOSITIONS)) or folded.endswith(
        _COMPOUND_MODIFIERS
    )


#: verbs of an attribution that ends a headline ("..., official says", "..., sources say")
_ATTRIBUTION_VERBS = frozenset({"says", "say", "said", "claims", "warns", "reports"})


def _attribution(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word before token ``k`` ends an attribution after a comma and its subject
    ("... climate talks, official says"), which takes no object: a name after it starts the
    tags.

    >>> toks = [(0, 0, w) for w in "Taliban want a seat at talks, official says Kabul Taliban".split()]
    >>> _attribution(toks, 8), _attribution([(0, 0, w) for w in "Biden says Putin lost".split()], 2)
    (True, False)
    >>> _attribution([(0, 0, w) for w in "No election TV debate, says Blair Michael Howard".split()], 5)
    False
    """
    if k < 3 or toks[k - 1][2].casefold() not in _ATTRIBUTION_VERBS or toks[k - 2][2].endswith(","):
        return False  # (", says Blair": the name after the verb is its subject, the BBC's order)
    return any(t[2].endswith(",") for t in toks[max(0, k - 5) : k - 2])


def _takes_a_person(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the name at token ``k`` belongs to the word before it
    (``data/chrome/headline_object_words.tsv``): a verb's object (a form in -s, or a base
    form after "to", "will" ...) or a role noun's name after a capitalised demonym.

    >>> toks = [(0, 0, w) for w in "Biden to host Xi Jinping".split()]
    >>> _takes_a_person(toks, 3), _takes_a_person(toks[1:], 2)
    (True, True)
    >>> toks = [(0, 0, w) for w in "Troops face Iraq Donald Trump".split()]
    >>> _takes_a_person(toks, 2)  # "face" after a noun: no base form after "to"
    False
    >>> toks = [(0, 0, w) for w in "hosts Chinese leader Xi Jinping".split()]
    >>> _takes_a_person(toks, 3), _takes_a_person([(0, 0, "bank"), *toks[2:]], 2)
    (True, False)
    """
    word = toks[k - 1][2].casefold()
    kind = headline_object_words().get(word)
    if kind is None or k < 2:
        return kind == "verb" and word.endswith("s")
    before = toks[k - 2][2]
    if kind == "role":
        # after a demonym or a country ("Chinese leader Xi", data/titlecase/always_capitalised.txt)
        # or an acronym ("US leader"); not after any capitalised word ("Hollywood star" ends a
        # headline as often as it introduces a name)
        # (the list holds days and months too: they never stand before a role noun)
        return before in load_words("titlecase/always_capitalised.txt") or (
            len(before) > 1 and before.isupper() and before.isalpha()
        )
    return word.endswith("s") or before.casefold() in _BEFORE_BASE_FORM


def _tag_cut(headline: str, body: str) -> int | None:
    """:func:`headline_tag_cut` before the separator is taken."""
    found = _tag_split(headline)
    if found is None:
        return None
    toks, k = found
    if k == 0:
        return _title_case_tag_cut(toks, body)
    while k < len(toks) - 1 and toks[k][2].isdigit() and toks[k - 1][2][:1].islower():
        k += 1  # a number after a lower-case word is the headline's ("... kill at least 8 Libya ...", probe18)
    run = [t[2] for t in toks[k:]]
    before = toks[k - 1][2]
    # after a preposition the run's first name is its object ("explodes in America"): the
    # tags may only start after it
    # (so is the name after a spaced dash: the BBC's quote attribution, "Fear will help France
    # - Laporte", which the tags follow; and after a colon, a source's ("... into East Sea:
    # JCS", Yonhap's style): a headline does not end in a colon; and after a verb or a role
    # noun that takes a person: "Biden to host Xi Jinping", "hosts Chinese leader Xi Jinping")
    after_preposition = (_takes_object(toks, k) and before.casefold() not in _CLAUSE_END_ADVERBS) or bool(
        _POSSESSIVE.search(toks[k][2])
    )  # (a possessive opens a noun phrase of the headline: "tempts Italy's Illva" holds "Illva")
    rest = [t[2] for t in toks[:k]]
    if sum(1 for w in rest if w[0].islower()) < 2:
        return _title_case_tag_cut(toks, body)
    if before[:1].islower() and not after_preposition and f" {before} {run[0]}" in f" {body}":
        # the word before the run is no English word of a headline's grammar and stands before
        # the run's first word in the body: a name's particle ("Laurence des Cars")
        return None
    words = [_POSSESSIVE.sub("", w).rstrip(".'’-") for w in _BODY_WORD.findall(body)]
    body_words = set(words)
    run = [_POSSESSIVE.sub("", w).rstrip(".'’-") for w in run]
    unseen = [w for w in run if w not in body_words]
    topics: set[str] = set()
    if unseen and not after_preposition:
        # (and a site's section names among the tags, "... after winter blackouts Kazakhstan
        # Energy Politics Central Asia", probes 75, 76, 78, 79: topics whatever the body writes)
        topics = _topic_tags(unseen, toks[:k], words, _two_long_names(run, body)) | {
            w for w in unseen if w in _SECTION_NAMES
        }
    if topics:
        unseen = [w for w in unseen if w not in topics]
    # tags the body does not repeat (a place in the dateline, a leader it never names) are
    # allowed when they are plain words, three at most: when the run starts with a name the
    # body writes, the others must make three names and as many as there are unseen
    # words; a run that starts with an unseen word needs one unseen word and four names
    if any(not ((w.isalpha() and len(w) >= 3) or _DESIGNATION.fullmatch(w)) for w in unseen) or (
        after_preposition and unseen
    ):
        return None
    if len(unseen) > _MAX_UNSEEN or (len(unseen) > 1 and run[0] in unseen):
        return None
    flat = " " + " ".join(_PUNCT_BREAK.sub(" | ", body).split()) + " "  # names do not run across punctuation
    # greedy segmentation into names that each occur in the body
    bounds = []  # the end of each name that occurs in the body
    i = 0
    while i < len(run):
        j = i + 1
        while j < len(run) and run[i] not in unseen and f" {' '.join(run[i : j + 1])} " in flat:
            j += 1
        if run[i] not in unseen:
            bounds.append(j)
        i = j
    if after_preposition:
        # "... in America | Pew Internet Daily Kos American Life": three names and four
        # words after the object, which must itself be a name the body writes
        if not bounds or f" {' '.join(run[: bounds[0]])} " not in flat:
            return None
        if _POSSESSIVE.search(toks[k + bounds[0] - 1][2]):
            # the object goes on after a possessive ("... in Russia's Orsk"): the next name too
            bounds = bounds[1:]
            if not bounds:
                return None
        if len(bounds) - 1 < _MIN_NAMES or len(run) - bounds[0] < 4:
            return None
        return toks[k + bounds[0] - 1][1]
    if len(bounds) < (_MIN_NAMES + 1 if unseen and run[0] in unseen else max(_MIN_NAMES, len(unseen))):
        return None
    if topics and len(bounds) - sum(1 for w in run if w in topics) < 1:
        return None  # topics and no name the body writes
    return toks[k - 1][1]


#: the sections of news sites, which tag lists name ("World", "Politics", "Economy"): a closed set
_SECTION_NAMES = frozenset(
    """World Politics Economy Business Markets Finance Energy Environment Climate Weather Sport Sports
    Football Entertainment Music Culture Arts Lifestyle Health Science Technology Tech Education Crime
    Courts Justice Opinion Travel Tourism Agriculture Elections Diplomacy Defence Defense Security Society
    Regional National International Nation Metro Local News""".split()
)


def _two_long_names(run: list[str], body: str) -> bool:
    """Whether two names of two words or more (joined by "of" perhaps) that the body writes
    stand in ``run``."""
    padded = f" {body} "
    found = 0
    i = 0
    while i < len(run) - 1:
        if run[i] not in ("of", "and"):
            for j in range(min(len(run), i + 4), i + 1, -1):
                name = " " + " ".join(run[i:j])
                if run[j - 1] not in ("of", "and") and (
                    f"{name} " in padded or f"{name}," in body or f"{name}." in body
                ):
                    found += 1
                    if found >= 2:
                        return True
                    i = j - 1
                    break
        i += 1
    return False


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    """The words that make a title before a name on their own, and the heads of the longer
    ones ("president", "governor", "prime", "minister", "secretary"): never a topic tag
    (a portfolio, "Economy" of "economy minister", may be one)."""
    from .titles import _compiled

    keys = _compiled()[1]
    return frozenset(k for k in keys if " " not in k and "-" not in k) | {
        "prime",
        "minister",
        "secretary",
        "general",
        "deputy",
        "vice",
        "chief",
        "foreign",
        "state",
    }


def _topic_tags(
    unseen: list[str], head: list[tuple[int, int, str]], body_words: list[str], many_names: bool = False
) -> set[str]:
    """The capitalised topic tags among a run's words the body does not write capitalised
    ("Russia Wildfires Krasnoyarsk Emergencies" after "Wildfires in Siberia force evacuation
    of three villages": the body writes "wildfires", "emergencies"; probe15): each one a word
    the headline or the body writes in lower case (or its singular or plural), no title
    ("Prime", "Minister": "meets Prime Minister Shehbaz Sharif" stays), and one of them a
    word of the headline before the run (a tag list sums up the story) or the run holding two
    names of two words or more the body writes (``many_names``: "... possible Economy Bank of
    Russia Elvira Nabiullina Inflation Ruble", probe22); else none.  (Other words the body
    does not write stay unseen: the tag list's own budget decides them.)

    >>> head = [(0, 0, w) for w in "Wildfires in Siberia force evacuation".split()]
    >>> sorted(_topic_tags(["Wildfires", "Emergencies"], head, ["the", "emergencies", "grew"]))
    ['Emergencies', 'Wildfires']
    >>> _topic_tags(["Prime", "Minister"], head, ["the", "prime", "minister"])
    set()
    """
    head_words = _content_words(t[2] for t in head)
    lower = {w.lower() for w in body_words if w[:1].islower()} | head_words
    titles = _title_nouns()

    def forms(w: str) -> tuple[str, ...]:
        low = w.lower()
        return (low, low + "s", low[:-1], low[:-2]) if low.endswith("es") else (low, low + "s", low[:-1])

    topics = {
        w
        for w in unseen
        if w.isalpha() and len(w) >= 3 and w.lower() not in titles and any(f in lower for f in forms(w))
    }
    if not topics or (not any(f in head_words for w in topics for f in forms(w)) and not many_names):
        return set()
    return topics
