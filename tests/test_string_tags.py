"""`!!str` and the non-specific `!` make a scalar text, as quotes do: `name: !!str no` is 'no'.

YAML resolves a tagged scalar by its tag, not by its text; both of the
checker's readers must read it so (the quick one, on a clean file, too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_files, check, write_folder

from briefing.check.folder import check_folder
from briefing.check.raw import SharedValues
from briefing.check.streamed import read_records
from briefing.records.problems import ProblemSink

ACTOR = "actors:\n  - id: b\n    name: {name}\n    kind: person\n    aliases: [{alias}]\n"


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("!!str no", "no"),
        ("! no", "no"),
        ("!!str 12", "12"),
        ("! 2022-02-10", "2022-02-10"),
        ("!!str ~", "~"),
        ('!!str "yes"', "yes"),
    ],
)
def test_a_string_tag_makes_text_of_what_yaml_would_type(
    written: str, text: str, tmp_path: Path
) -> None:
    extra = ACTOR.format(name=written, alias=written)
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": extra}))
    result = check_folder(folder)
    assert result.problems == []
    assert result.briefing is not None
    actor = next(a for a in result.briefing.actors if a.id == "b")
    assert (actor.name, actor.aliases) == (text, (text,))
    quick = read_records(extra.encode(), ProblemSink("extra.yaml"), SharedValues())
    assert quick is not None, "a clean file was read the slow way"
    assert quick[0].values["name"] == text


def test_a_string_tag_with_nothing_after_it_is_an_empty_text(tmp_path: Path) -> None:
    """`!!str` alone is the empty string, not a missing value."""
    extra = "actors:\n  - id: b\n    name: !!str\n    kind: person\n"
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": extra}))
    assert [(p.file.rsplit("/", 1)[-1], p.code) for p in check(folder)] == [
        ("extra.yaml", "empty-text")
    ]


def test_other_tags_are_still_refused(tmp_path: Path) -> None:
    extra = ACTOR.format(name="!!int 3", alias="a")
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": extra}))
    assert [(p.line, p.column, p.code) for p in check(folder)] == [(3, 11, "yaml-tag")]


def test_an_untagged_no_is_still_a_yes_no_value(tmp_path: Path) -> None:
    extra = ACTOR.format(name="no", alias="a")
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": extra}))
    [problem] = check(folder)
    assert (problem.line, problem.column, problem.code) == (3, 11, "wrong-type")
