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


def clean_partition(
    texts: Iterable[str],
    preset: str = "safe",
    options: dict[str, Any] | None = None,
    context: dict[str, object] | None = None,
) -> list[str]:
    """Clean one partition (a list of strings)."""
    pipe = get_pipeline(preset, **(options or {}))
    return [pipe.clean(t, context=context) for t in texts]


def _explain_partition(texts: Iterable[str], preset: str, options: dict[str, Any]) -> list[dict[str, object]]:
    pipe = get_pipeline(preset, **options)
    return [pipe.explain(t).to_dict() for t in texts]


def clean_bag(bag: Any, *, preset: str = "safe", context: dict[str, object] | None = None, **options: Any) -> Any:
    """A bag of cleaned strings from a bag of strings.

    ``context`` carries corpus-level facts to every partition, e.g. the
    results of :func:`build_name_index` and :func:`build_chrome_learner`.
    """
    return bag.map_partitions(clean_partition, preset, options, context)


def _index_partition(texts: Iterable[str]) -> list[Any]:
    from .nameindex import NameIndex

    return [NameIndex.from_texts(texts)]


def build_name_index(bag: Any) -> Any:
    """The corpus :class:`~newsclean.nameindex.NameIndex` as a reduction (a delayed value).

    Each partition builds its own index; the partial indexes are added
    (``a + b``), which gives the same index as one built over everything.
    Use it as ``clean_bag(bag, context={"name_index": index.compute()})``.
    """
    return bag.map_partitions(_index_partition).fold(lambda a, b: a + b)


def _learner_partition(texts: Iterable[str], source: str, min_docs: int) -> list[Any]:
    from .normalisers.chrome_learner import ChromeLearner

    return [ChromeLearner(min_docs=min_docs).update(texts, source=source)]


def build_chrome_learner(bag: Any, *, source: str = "", min_docs: int = 5) -> Any:
    """Lines that recur across the documents of one source, learnt as a reduction.

    Use it as ``clean_bag(bag, context={"chrome_learner": learner.compute(), "source": source})``.
    """
    return bag.map_partitions(_learner_partition, source, min_docs).fold(lambda a, b: a + b)


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
