"""The one ordered registry of steps, and the pipeline that runs them.

:data:`REGISTRY` is the only place that says which steps exist, in which
order they run, what they are called and whether they are on by default
("safe" preset) and under ``preset="aggressive"``.  The keyword options of
:func:`newsclean.clean`, the CLI's ``--only``/``--skip``/``--list-steps`` and
the docs' step table are all derived from it (a test checks the docs).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .document import Document
from .edits import Cleaned, Edit, Trace, apply_edits, resolve_overlaps
from .normalisers import Step

__all__ = ["PRESETS", "REGISTRY", "Pipeline", "StepSpec", "get_pipeline", "steps"]

PRESETS = ("safe", "aggressive")

#: A step runs again on its own output while it still finds edits (as ftfy
#: does), at most this many times, so every step is idempotent even where one
#: fix uncovers another (an overlap it had to drop, a match next to a fix).
#: Most texts need one round: a second runs only after a step changed something.
MAX_ROUNDS = 3

#: The whole pipeline runs again when its output would give work to a step that reads
#: the context other steps write (SETTLE_STEPS): the encoding repair (ftfy's), where a
#: quote, a dash or a collapsed space written later next to a Latin-1 letter ("Â", "×") can
#: make a sequence read as mojibake on the next run ("×»" -> "×“"); and punctuation, where a
#: later rewrite can capitalise a word glued after a full stop (".the president Sergey" ->
#: ".President Sergey", then a missing space); and calques, whose phrases may ask for a
#: capital the titles step writes later ("the introduction of the president X" ->
#: "... of President X"); and chrome, whose phrases a later step may complete ("Our
#: Standards:The Thomson Reuters Trust Principles." is a Reuters footer once punctuation
#: spaces it); and titles, whose "the <title> <Name>" a later step may make (repeated_words:
#: "the president president Joe" -> "the president Joe"); and quotes, whose reading of a
#: quote's role depends on its neighbours, which punctuation and calques may write later
#: (a dash or a wire dateline's "--" next to a straight quote or a guillemet); and unicode,
#: which keeps a no-break space next to a digit for the numbers step, which may then move
#: the digit away ("%0\u00a0" -> "0%\u00a0": the space is no longer next to a digit; found
#: by Hypothesis); and numbers, whose amount a later step may complete (repeated_words:
#: "2 million million€" -> "2 million€", then "€2 million"; found by Hypothesis); and
#: whitespace, whose text table (gaps that line up in two lines) a later edit inside a line
#: may break, and whose gaps then go (found by Hypothesis).  Without it cleaning would not be
#: idempotent on such text.
#: The check costs those steps' pre-checks per changed text;
#: a clean text, or one the check finds settled, runs once.  At most this many passes.
MAX_PASSES = 3
SETTLE_STEPS = frozenset(
    {"encoding", "unicode", "whitespace", "chrome", "quotes", "punctuation", "numbers", "calques", "titles"}
)

#: What a step option may be: on/off, a mode name, or constructor keywords.
OptionValue = bool | str | Mapping[str, Any] | None


@dataclass(frozen=True)
class StepSpec:
    """One registry entry.

    ``target`` is ``module:Class``, imported only when the step is used.
    ``safe`` and ``aggressive`` are the step's value under each preset:
    ``False`` (off), ``True`` (on) or a mode name from ``modes``.
    """

    name: str
    target: str
    description: str
    safe: bool | str
    aggressive: bool | str
    modes: tuple[str, ...] = ()

    def load(self) -> type[Step]:
        module, _, cls = self.target.partition(":")
        step_cls = getattr(importlib.import_module(module), cls)
        if step_cls.name != self.name:
            raise RuntimeError(f"{self.target} is named {step_cls.name!r}, the registry says {self.name!r}")
        return step_cls


#: The steps, in the order they run.
REGISTRY: tuple[StepSpec, ...] = (
    StepSpec(
        "encoding",
        "newsclean.normalisers.encoding:Encoding",
        "mojibake (ftfy, encoding repair only), HTML entities, soft hyphens, stray BOMs, homoglyphs",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "unicode",
        "newsclean.normalisers.unicode_chars:UnicodeChars",
        "NFC; invisible and control characters; no-break and odd spaces between words",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "whitespace",
        "newsclean.normalisers.whitespace:Whitespace",
        "line endings, trailing spaces, space runs, tabs, blank-line runs, blank edges",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "chrome",
        "newsclean.normalisers.chrome:Chrome",
        "site chrome: menus, share/comment prompts, ads, related links, footers, headline tag lists",
        safe="article",
        aggressive="article",
        modes=("article", "page"),
    ),
    StepSpec(
        "quotes",
        "newsclean.normalisers.quotes:Quotes",
        "quote spacing by orientation, quote style (keep/curly/straight), spaced and look-alike apostrophes",
        safe="keep",
        aggressive="keep",
        modes=("keep", "curly", "straight"),
    ),
    StepSpec(
        "punctuation",
        "newsclean.normalisers.punctuation:Punctuation",
        "spaces around punctuation, missing sentence spaces, doubled marks, ellipses, dashes",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "numbers",
        "newsclean.normalisers.numbers:Numbers",
        "thousands separators, decimal commas, %/currency spacing, MT unit words, dates, year ranges",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "calques",
        "newsclean.normalisers.calques:Calques",
        "calqued news formulae from machine translation rewritten to the standard English formula (phrasebook)",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "titles",
        "newsclean.normalisers.titles:Titles",
        "'the president Joe Biden' -> 'President Joe Biden': a title before a name, capitalised, no article",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "titlecase",
        "newsclean.normalisers.titlecase:TitleCase",
        "a body sentence or leading clause written in Title Case put into sentence case, from the document's evidence",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "repeated_words",
        "newsclean.normalisers.repeated_words:RepeatedWords",
        "an accidentally doubled word ('the the'), keeping legitimate doubles ('had had')",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "names",
        "newsclean.normalisers.names:Names",
        "transliterated name variants (al-Qadimi/al-Kadhimi) rewritten to one canonical spelling",
        safe=True,
        aggressive=True,
    ),
    StepSpec(
        "sentence_break",
        "newsclean.normalisers.sentence_break:SentenceBreak",
        "a missing full stop between a place and a person ('threaten Baghdad Obama withdrew'); off by default",
        safe=False,
        aggressive=True,
    ),
)

_BY_NAME = {spec.name: spec for spec in REGISTRY}


@dataclass(frozen=True)
class StepInfo:
    name: str
    description: str
    default: bool | str
    aggressive: bool | str
    modes: tuple[str, ...]


def steps() -> list[StepInfo]:
    """Every step in run order, with its description and defaults.

    >>> [s.name for s in steps()][:3]
    ['encoding', 'unicode', 'whitespace']
    """
    return [StepInfo(s.name, s.description, s.safe, s.aggressive, s.modes) for s in REGISTRY]


def _check_options(options: Mapping[str, object]) -> None:
    unknown = sorted(set(options) - set(_BY_NAME))
    if unknown:
        valid = ", ".join(s.name for s in REGISTRY)
        raise TypeError(f"unknown option(s) {', '.join(map(repr, unknown))}; valid steps are: {valid}, and preset")


def _build_step(spec: StepSpec, value: OptionValue, preset: str) -> Step | None:
    if value is None or value is False:
        return None
    cls = spec.load()
    if value is True:
        return cls(preset=preset)
    if isinstance(value, str):
        if value not in spec.modes:
            raise ValueError(f"{spec.name}={value!r}: expected True, False or one of {spec.modes}")
        return cls(preset=preset, mode=value)  # type: ignore[call-arg]
    if isinstance(value, Mapping):
        return cls(preset=preset, **value)  # type: ignore[call-arg]
    raise TypeError(f"{spec.name}: expected bool, a mode name or a mapping of options, got {type(value).__name__}")


class Pipeline:
    """Runs steps in registry order and applies their edits.

    >>> p = Pipeline(unicode=False)
    >>> "unicode" in p.names, "whitespace" in p.names
    (False, True)
    >>> p.clean("two  spaces ")
    'two spaces'
    """

    def __init__(self, *, preset: str = "safe", **options: OptionValue) -> None:
        if preset not in PRESETS:
            raise ValueError(f"preset must be one of {PRESETS}, not {preset!r}")
        _check_options(options)
        self.preset = preset
        built = []
        for spec in REGISTRY:
            value = options.get(spec.name, spec.safe if preset == "safe" else spec.aggressive)
            step = _build_step(spec, value, preset)
            if step is not None:
                built.append(step)
        self.steps: tuple[Step, ...] = tuple(built)

    @classmethod
    def only(cls, *names: str, preset: str = "safe", **options: OptionValue) -> Pipeline:
        """A pipeline of just the named steps (in registry order).

        >>> Pipeline.only("whitespace").names
        ['whitespace']
        """
        _check_options(dict.fromkeys(names))
        base = {spec.name: spec.name in names for spec in REGISTRY}
        return cls(preset=preset, **{**base, **options})

    @classmethod
    def from_steps(cls, steps: Iterable[Step]) -> Pipeline:
        """A pipeline of the given step objects, in the given order."""
        self = cls.__new__(cls)
        self.preset = "custom"
        self.steps = tuple(steps)
        return self

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"

    def clean(
        self,
        text: str,
        *,
        context: dict[str, object] | None = None,
        counts: MutableMapping[str, int] | None = None,
    ) -> str:
        """The cleaned text.

        ``counts``, when given, is incremented by the number of edits of each
        rule (the batch command's summary), at no extra cost.
        """
        out = text
        for _key, kept, _lost, out in self._rounds(text, context):  # noqa: B007 (the last is the output)
            if counts is not None:
                for e in kept:
                    counts[e.rule] = counts.get(e.rule, 0) + 1
        return out

    def _rounds(
        self, text: str, context: dict[str, object] | None
    ) -> Iterator[tuple[str | None, list[Edit], list[Edit], str]]:
        """Every round the steps run, in order: ``(key, kept, lost, text after)``.

        A step runs again on its own output while it finds edits (MAX_ROUNDS), and the
        whole pipeline again while its output is unsettled (MAX_PASSES).  ``key`` names
        the round as :meth:`explain` records it ("quotes", "quotes#2", "encoding@2"); it
        is None for a round that found nothing and is not a step's first (nothing to
        record).  The last item's text is the output.
        """
        doc = Document(text, context)  # shared by the steps until one changes the text
        # each step's name -> the text it last found nothing to change in: the settle check
        # need not ask it again about that very text (steps are pure functions of the text
        # and its context), so after a change only the steps that ran before it are asked
        settled: dict[str, str] = {}
        for pass_ in range(MAX_PASSES):
            changed = False
            for step in self.steps:
                for round_ in range(MAX_ROUNDS):
                    kept, lost = resolve_overlaps(step.find_edits(doc), text)
                    key = step.name if pass_ == 0 else f"{step.name}@{pass_ + 1}"
                    if round_:
                        key += f"#{round_ + 1}"
                    recorded = (round_ == 0 and pass_ == 0) or kept or lost
                    if not kept:
                        settled[step.name] = text
                    if kept:
                        changed = True
                        text = apply_edits(text, kept)
                        doc = Document(text, context)
                    yield (key if recorded else None), kept, lost, text
                    if not kept:
                        break
            if not (changed and pass_ + 1 < MAX_PASSES and self._unsettled(doc, settled)):
                return

    def _unsettled(self, doc: Document, settled: Mapping[str, str]) -> bool:
        """Whether the steps of :data:`SETTLE_STEPS` that are on would change the output
        (``settled``: the text each step last found nothing to change in; a step is not
        asked again about that text)."""
        for step in self.steps:
            if step.name in SETTLE_STEPS and settled.get(step.name) is not doc.text:
                kept, _ = resolve_overlaps(step.find_edits(doc), doc.text)
                if kept:
                    return True
        return False

    def explain(self, text: str, *, context: dict[str, object] | None = None) -> Cleaned:
        """The cleaned text with every edit, per step and merged in original coordinates."""
        trace = Trace(text)
        step_edits: dict[str, list[Edit]] = {}
        dropped: dict[str, list[Edit]] = {}
        for key, kept, lost, _after in self._rounds(text, context):
            if key is not None:
                step_edits[key] = kept
                dropped[key] = lost
            if kept:
                trace.apply(kept)
        return Cleaned(text, trace, step_edits, dropped)


def _freeze(options: Mapping[str, OptionValue]) -> tuple[tuple[str, Any], ...] | None:
    items = []
    for key, value in sorted(options.items()):
        if isinstance(value, Mapping):
            return None
        items.append((key, value))
    return tuple(items)


@lru_cache(maxsize=64)
def _cached(preset: str, frozen: tuple[tuple[str, Any], ...]) -> Pipeline:
    return Pipeline(preset=preset, **dict(frozen))


def get_pipeline(preset: str = "safe", **options: OptionValue) -> Pipeline:
    """A pipeline for these options, reused across calls when they are hashable."""
    frozen = _freeze(options)
    if frozen is None:
        return Pipeline(preset=preset, **options)
    return _cached(preset, frozen)


def format_default(value: bool | str) -> str:
    """A step's preset value for people: ``on``, ``off`` or the mode name.

    >>> format_default(True), format_default("article")
    ('on', 'article')
    """
    return {True: "on", False: "off"}[value] if isinstance(value, bool) else value


def docs_table() -> str:
    """The step table of ``docs/steps.md`` (``python -m newsclean.pipeline`` prints it)."""
    rows = []
    for s in REGISTRY:
        default = format_default(s.safe) if isinstance(s.safe, bool) else f"`{s.safe}`"
        rows.append(f"| `{s.name}` | {default} | {s.description} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(docs_table())
