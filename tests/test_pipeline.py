"""The public API, the registry and its options, presets, and the docs' step table."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean.pipeline import PRESETS, REGISTRY, Pipeline

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_public_names() -> None:
    for name in ("clean", "explain", "Pipeline", "steps", "Edit", "Cleaned", "Step", "Document"):
        assert hasattr(newsclean, name), name


def test_steps_lists_the_registry_in_order() -> None:
    infos = newsclean.steps()
    assert [s.name for s in infos] == [s.name for s in REGISTRY]
    assert len({s.name for s in infos}) == len(infos)
    for info in infos:
        assert info.description
        assert isinstance(info.default, (bool, str))


def test_every_registry_entry_loads_and_names_itself() -> None:
    for spec in REGISTRY:
        cls = spec.load()
        assert cls.name == spec.name
        for value in (spec.safe, spec.aggressive):
            if isinstance(value, str):
                assert value in spec.modes


def test_each_step_is_an_option() -> None:
    for spec in REGISTRY:
        p = newsclean.Pipeline(**{spec.name: False})
        assert spec.name not in p.names
        p = newsclean.Pipeline(**{spec.name: True})
        assert spec.name in p.names


def test_unknown_option_is_a_type_error_listing_valid_steps() -> None:
    with pytest.raises(TypeError) as info:
        newsclean.clean("text", no_such_step=True)
    for spec in REGISTRY:
        assert spec.name in str(info.value)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        newsclean.clean("text", "safe")  # type: ignore[misc]
    with pytest.raises(TypeError):
        newsclean.Pipeline("safe")  # type: ignore[misc]


def test_bad_preset_and_bad_mode() -> None:
    with pytest.raises(ValueError):
        newsclean.clean("text", preset="reckless")
    with pytest.raises(ValueError):
        newsclean.clean("text", whitespace="sideways")


def test_presets_exist() -> None:
    assert PRESETS == ("safe", "aggressive")
    for preset in PRESETS:
        assert newsclean.clean("a  b", preset=preset) == "a b"


def test_pipeline_runs_steps_in_registry_order() -> None:
    order = [s.name for s in REGISTRY]
    names = newsclean.Pipeline(preset="aggressive").names
    assert names == [n for n in order if n in names]


def test_explain_replays_and_keeps_step_edits() -> None:
    text = "Headline  here\r\n\r\n\r\nBody\u200b text.  "
    result = newsclean.explain(text)
    assert newsclean.apply_edits(text, result.edits) == result.text
    assert {k.split("#")[0].split("@")[0] for k in result.step_edits} == set(newsclean.Pipeline().names)
    assert result.text == newsclean.clean(text)
    assert result.to_dict()["text"] == result.text


def test_nothing_to_fix_comes_back_unchanged() -> None:
    text = "Headline\n\nThe minister said the talks would resume on Monday.\n"
    result = newsclean.explain(text)
    assert result.text == text
    assert result.edits == []
    assert not result.changed


def test_docs_step_table_matches_the_registry() -> None:
    """docs/steps.md has one table row per step, in order, with its default."""
    rows = []
    for line in (DOCS / "steps.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows.append((cells[0].strip("`"), cells[1]))
    expected = [(s.name, _fmt(s.safe)) for s in REGISTRY]
    assert rows == expected


def _fmt(value: bool | str) -> str:
    return {True: "on", False: "off"}[value] if isinstance(value, bool) else f"`{value}`"


def test_every_step_has_a_doc_page_in_the_site_nav() -> None:
    nav = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    for spec in REGISTRY:
        page = DOCS / "steps" / f"{spec.name}.md"
        assert page.exists(), page
        assert f"`{spec.name}`" in page.read_text(encoding="utf-8").splitlines()[0]
        assert f"steps/{spec.name}.md" in nav


@pytest.mark.parametrize(
    ("text", "preset"),
    [
        ("«Ã”\nÜ", "aggressive"),  # a curly quote makes the encoding step's context read as mojibake
        ("a10‘(Mustafa al-Kadhimi  Â ™ \n\n“10", "safe"),  # so does a collapsed double space
        ("Â--al-Qadimi said no.", "aggressive"),  # and a dash written after "Â"
    ],
)
def test_a_second_pass_settles_what_the_encoding_step_reads(text: str, preset: str) -> None:
    """The whole pipeline runs again when its output would give the encoding step work
    (each of these texts was not idempotent with one pass); the second pass's edits are
    keyed "<step>@2" and replay like the others."""
    result = newsclean.explain(text, preset=preset)
    assert newsclean.clean(result.text, preset=preset) == result.text
    assert newsclean.clean(text, preset=preset) == result.text
    assert any(k.startswith("encoding@2") for k in result.step_edits)
    assert newsclean.apply_edits(text, result.edits) == result.text


def test_no_second_pass_for_settled_text() -> None:
    result = newsclean.explain("Headline\n\nThe talks  resumed on Monday, officials said.\n")
    assert not any("@" in k for k in result.step_edits)


def test_the_settle_check_asks_only_the_steps_that_ran_before_the_last_change() -> None:
    """A step that found nothing in the final text (it ran after the last change) is not
    asked again by the settle check; one that ran before the change is."""
    pipe = Pipeline()
    asked: list[str] = []
    for step in pipe.steps:
        find = step.find_edits

        def spy(doc, find=find, name=step.name):  # type: ignore[no-untyped-def]
            asked.append(name)
            return find(doc)

        step.find_edits = spy  # type: ignore[method-assign]
    # punctuation changes the text: encoding, unicode, whitespace, chrome and quotes ran before
    # it; its own second round, numbers, calques and titles found nothing in the final text
    assert pipe.clean("Prices rose , officials said.") == "Prices rose, officials said."
    first = asked.index("names") + 1  # the settle check's questions follow the first pass
    assert asked[first:] == ["encoding", "unicode", "whitespace", "chrome", "quotes"]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # the titles step capitalises a title glued after a full stop: then punctuation
        ("Iraq said the .the president Sergey Lavrov spoke.", "punctuation@2"),
        # the titles step writes the capital a calque asks for
        ("He spoke. According to the introduction of the president Joe Biden, it was agreed.", "calques@2"),
        # punctuation spaces a Reuters footer into a chrome phrase
        (
            "Oil rises\n\nOil prices rose on Wednesday.\n\nOur Standards:The Thomson Reuters Trust Principles.",
            "chrome@2",
        ),
        # repeated_words makes a title before a name (found by Hypothesis)
        (" the president president Joe", "titles@2"),
        # calques writes a wire dateline's "--" next to a guillemet that quotes then reads anew
        ("Xinhua News Agency, Beijing, July 26.« US officials said so.", "quotes@2"),
        # numbers moves a digit away from the no-break space unicode kept beside it (found by
        # Hypothesis in the numbers tests)
        ("%0\u00a0", "unicode@2"),
    ],
)
def test_a_second_pass_for_punctuation_and_calques(text: str, step: str) -> None:
    result = newsclean.explain(text)
    assert newsclean.clean(result.text) == result.text
    assert result.step_edits.get(step)
