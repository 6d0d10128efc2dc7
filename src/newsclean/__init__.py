"""newsclean: clean and normalise English news text, one explainable edit at a time.

>>> import newsclean
>>> newsclean.clean("Iraq  said  so . ")
'Iraq said so.'
>>> result = newsclean.explain("a  b")
>>> [(e.start, e.end, e.replacement, e.rule) for e in result.edits]
[(1, 3, ' ', 'whitespace.space_run')]
"""

from __future__ import annotations

from .document import Document
from .edits import Cleaned, Edit, apply_edits
from .normalisers import Step
from .pipeline import REGISTRY, Pipeline, get_pipeline, steps

__version__ = "0.1.0"

__all__ = [
    "REGISTRY",
    "Cleaned",
    "Document",
    "Edit",
    "Pipeline",
    "Step",
    "__version__",
    "apply_edits",
    "clean",
    "explain",
    "steps",
]


def clean(text: str, *, preset: str = "safe", context: dict[str, object] | None = None, **options: object) -> str:
    """Clean ``text`` with the registry's steps; options switch steps on or off.

    Each option is a step name with ``True``, ``False``, a mode name or a
    mapping of that step's keyword options; unknown names raise
    :class:`TypeError` listing the valid ones.  ``context`` passes corpus-level
    facts to the steps (``{"name_index": ..., "chrome_learner": ..., "source": ...}``).
    """
    return get_pipeline(preset, **options).clean(text, context=context)  # type: ignore[arg-type]


def explain(text: str, *, preset: str = "safe", context: dict[str, object] | None = None, **options: object) -> Cleaned:
    """Like :func:`clean`, but return every edit with its rule and original span."""
    return get_pipeline(preset, **options).explain(text, context=context)  # type: ignore[arg-type]
