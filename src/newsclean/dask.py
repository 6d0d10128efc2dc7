"""Cleaning at scale with Dask (``pip install "newsclean[dask]"``).

    >>> import dask.bag as db
    >>> from newsclean.dask import clean_bag
    >>> clean_bag(db.from_sequence(["a  b", "c\\r\\nd"], npartitions=2)).compute()
    ['a b', 'c\\nd']

Each partition builds its pipeline once (pipelines are cached per worker
process and per options), so nothing heavy is pickled and shipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .pipeline import get_pipeline

__all__ = ["clean_bag", "clean_column", "clean_partition", "explain_bag"]


def clean_partition(texts: Iterable[str], preset: str = "safe", options: dict[str, Any] | None = None) -> list[str]:
    """Clean one partition (a list of strings)."""
    pipe = get_pipeline(preset, **(options or {}))
    return [pipe.clean(t) for t in texts]


def _explain_partition(texts: Iterable[str], preset: str, options: dict[str, Any]) -> list[dict[str, object]]:
    pipe = get_pipeline(preset, **options)
    return [pipe.explain(t).to_dict() for t in texts]


def clean_bag(bag: Any, *, preset: str = "safe", **options: Any) -> Any:
    """A bag of cleaned strings from a bag of strings."""
    return bag.map_partitions(clean_partition, preset, options)


def explain_bag(bag: Any, *, preset: str = "safe", **options: Any) -> Any:
    """A bag of ``Cleaned.to_dict()`` records (text, edits, per-step counts)."""
    return bag.map_partitions(_explain_partition, preset, options)


def _clean_series(series: Any, preset: str, options: dict[str, Any]) -> Any:
    pipe = get_pipeline(preset, **options)
    return series.map(lambda t: pipe.clean(t) if isinstance(t, str) else t)


def clean_column(df: Any, column: str, *, out: str | None = None, preset: str = "safe", **options: Any) -> Any:
    """A dask (or pandas) DataFrame with ``column`` cleaned, into ``out`` (default: in place).

    Non-string cells (missing values) pass through unchanged.
    """
    target = out or column
    series = df[column]
    if hasattr(series, "map_partitions"):
        cleaned = series.map_partitions(_clean_series, preset, options, meta=(target, "object"))
    else:
        cleaned = _clean_series(series, preset, options)
    return df.assign(**{target: cleaned})
