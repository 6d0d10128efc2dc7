"""The normalisers, one module each, named for what they fix.

Every step is a :class:`Step`: it has a ``name`` and yields :class:`Edit`
objects for a :class:`~newsclean.document.Document`.  Which steps exist, in
which order and with which defaults is defined in one place only:
:data:`newsclean.pipeline.REGISTRY`.  (The package is called ``normalisers`` because ``newsclean.steps()`` is the public function listing them.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from ..document import Document
from ..edits import Edit, apply_edits, resolve_overlaps

__all__ = ["Step"]


class Step:
    """Base class of a normaliser.

    Subclasses set ``name`` (the registry name, also the prefix of their
    rule names) and implement :meth:`find_edits`.  Options are keyword-only
    constructor arguments; ``preset`` is passed to every step so it can turn
    on lower-confidence rules under ``preset="aggressive"``.
    """

    name: ClassVar[str]

    def __init__(self, *, preset: str = "safe") -> None:
        self.preset = preset

    @property
    def aggressive(self) -> bool:
        return self.preset == "aggressive"

    def find_edits(self, doc: Document) -> Iterable[Edit]:
        raise NotImplementedError

    def apply(self, text: str, context: dict[str, object] | None = None) -> str:
        """This step alone, one round, as a plain ``str -> str`` function.

        >>> from newsclean.normalisers.whitespace import Whitespace
        >>> Whitespace().apply("a  b")
        'a b'
        """
        kept, _ = resolve_overlaps(self.find_edits(Document(text, context)), text)
        return apply_edits(text, kept)

    def edit(self, start: int, end: int, replacement: str, rule: str, reason: str | None = None) -> Edit:
        """An edit whose rule is prefixed with this step's name."""
        return Edit(start, end, replacement, f"{self.name}.{rule}", reason)

    def __repr__(self) -> str:
        return f"<step {self.name}>"
