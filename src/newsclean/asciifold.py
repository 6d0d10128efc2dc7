"""ASCII folding, for matching keys (never for output text).

``unidecode`` (GPL-2.0-or-later) is used when installed, through the optional
extra ``newsclean[unidecode]``; otherwise ``anyascii`` (ISC), a required
dependency.  Both turn letters outside ASCII into their usual Latin spelling,
which Unicode decomposition alone does not do for ``Ł``, ``ø``, ``ß`` or
non-Latin scripts.  newsclean itself stays MIT: the GPL package is only used
when the user chose to install it.

>>> ascii_fold("Łukasz Søren Dvořák")
'Lukasz Soren Dvorak'
>>> ascii_fold("Путин")
'Putin'
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["BACKEND", "ascii_fold"]

_fold: Callable[[str], str]
try:  # the optional GPL backend, only when the user installed it
    from unidecode import unidecode

    _fold = unidecode
    BACKEND = "unidecode"
except ImportError:
    from anyascii import anyascii

    _fold = anyascii
    BACKEND = "anyascii"


def ascii_fold(text: str) -> str:
    """``text`` spelt in ASCII letters (a matching key; lossy by design)."""
    return text if text.isascii() else _fold(text)
