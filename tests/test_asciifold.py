"""ASCII folding: anyascii by default, unidecode when the optional extra is installed."""

from __future__ import annotations

import importlib.util

import pytest

from newsclean import asciifold
from newsclean.asciifold import ascii_fold

NAMES = [("Łukasz", "Lukasz"), ("Søren", "Soren"), ("Dvořák", "Dvorak"), ("Gößling", "Gossling"), ("Путин", "Putin")]


@pytest.mark.parametrize(("name", "folded"), NAMES)
def test_fold(name: str, folded: str) -> None:
    assert ascii_fold(name) == folded


def test_ascii_text_is_returned_as_is() -> None:
    s = "Plain ASCII"
    assert ascii_fold(s) is s


def test_backend_is_unidecode_only_when_installed() -> None:
    installed = importlib.util.find_spec("unidecode") is not None
    assert asciifold.BACKEND == ("unidecode" if installed else "anyascii")


def test_anyascii_backend_agrees_on_names() -> None:
    from anyascii import anyascii

    for name, folded in NAMES:
        assert anyascii(name) == folded
