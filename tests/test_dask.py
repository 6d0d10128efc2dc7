"""newsclean.dask with Dask's local (synchronous and threaded) schedulers."""

from __future__ import annotations

import pytest

import newsclean

db = pytest.importorskip("dask.bag", reason="dask not installed (pip install 'newsclean[dask]')")
dd = pytest.importorskip("dask.dataframe", reason="dask[dataframe] not installed")
pd = pytest.importorskip("pandas")

from newsclean.dask import clean_bag, clean_column, explain_bag  # noqa: E402

TEXTS = ["a  b", "Headline\r\n\r\n\r\nBody\u200b text.", "", "nothing to fix"]


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_clean_bag_matches_clean(scheduler: str) -> None:
    bag = db.from_sequence(TEXTS, npartitions=2)
    assert clean_bag(bag).compute(scheduler=scheduler) == [newsclean.clean(t) for t in TEXTS]


def test_options_pass_through() -> None:
    bag = db.from_sequence(["a  b"], npartitions=1)
    assert clean_bag(bag, whitespace=False).compute(scheduler="synchronous") == ["a  b"]


def test_explain_bag_records() -> None:
    out = explain_bag(db.from_sequence(TEXTS[:2], npartitions=1)).compute(scheduler="synchronous")
    assert [r["text"] for r in out] == [newsclean.clean(t) for t in TEXTS[:2]]
    assert out[0]["edits"][0]["rule"] == "whitespace.space_run"


def test_clean_column_dask_and_pandas() -> None:
    pdf = pd.DataFrame({"id": [1, 2, 3], "text": ["a  b", None, "c\r\nd"]})
    ddf = dd.from_pandas(pdf, npartitions=2)
    got = clean_column(ddf, "text", out="clean").compute(scheduler="synchronous")
    assert _values(got["clean"]) == ["a b", None, "c\nd"]
    assert _values(got["text"]) == ["a  b", None, "c\r\nd"]
    assert _values(clean_column(pdf, "text")["text"]) == ["a b", None, "c\nd"]


def _values(series: object) -> list:
    return [v if isinstance(v, str) else None for v in series]  # type: ignore[attr-defined]


def test_name_index_as_a_reduction_equals_one_index() -> None:
    from newsclean.dask import build_name_index
    from newsclean.nameindex import NameIndex

    texts = [
        "Mustafa al-Kadhimi met officials in Baghdad on Monday.",
        "Prime Minister Mustafa al-Kadhimi spoke to reporters.",
        "Al-Kadhimi said the talks went well.",
        "Critics say al-Qadimi failed to act.",
    ]
    index = build_name_index(db.from_sequence(texts, npartitions=3)).compute(scheduler="synchronous")
    assert index == NameIndex.from_texts(texts)
    out = clean_bag(db.from_sequence(texts[3:], npartitions=1), context={"name_index": index}).compute(
        scheduler="synchronous"
    )
    assert out == [newsclean.clean(texts[3], context={"name_index": index})]


def test_chrome_learner_as_a_reduction() -> None:
    from newsclean.dask import build_chrome_learner

    promo = "Get the Daily Brief in your inbox every morning"
    texts = [
        f"Story {i}\n\nThe council met on day {i} and voted on motions, officials said.\n\n{promo}" for i in range(8)
    ]
    learner = build_chrome_learner(db.from_sequence(texts, npartitions=3), source="ex", min_docs=3).compute(
        scheduler="synchronous"
    )
    assert learner.is_chrome(promo, source="ex")
    cleaned = clean_bag(
        db.from_sequence(texts[:1], npartitions=1), context={"chrome_learner": learner, "source": "ex"}
    ).compute(scheduler="synchronous")
    assert promo not in cleaned[0]
