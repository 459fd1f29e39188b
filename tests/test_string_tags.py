"""`!!str` and the non-specific `!` make a scalar text, as quotes do: `name: !!str no` is 'no'.

YAML resolves a tagged scalar by its tag, not by its text; both of the
checker's readers must read it so (the quick one, on a clean file, too).
Any other core tag names a type too (`occurrence: !!int 2`): taken where the
field takes that type, a wrong-type error that says what it takes elsewhere;
tags that are not YAML's core ones stay refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_files, check, write_folder

from briefing.check.folder import check_folder
from briefing.check.raw import SharedValues
from briefing.check.report import problem_line
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


def test_an_untagged_no_is_still_a_yes_no_value(tmp_path: Path) -> None:
    extra = ACTOR.format(name="no", alias="a")
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": extra}))
    [problem] = check(folder)
    assert (problem.line, problem.column, problem.code) == (3, 11, "wrong-type")


def _said(tmp_path: Path, extra: str) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": extra}))
    return [(problem_line(p).split("/b/", 1)[1], p.hint) for p in check(folder)]


QUOTE = "quotes:\n  - id: q2\n    text: hello world\n    speaker: a\n    source: s\n"


@pytest.mark.parametrize(
    "extra",
    [
        # the tag-int case of an audit: "a briefing holds only plain text, ..."
        QUOTE.replace("source: s\n", "source: s\n    occurrence: !!int 1\n"),
        QUOTE.replace("source: s\n", 'source: s\n    occurrence: !!int "1"\n'),
        QUOTE.replace("id: q2", "id: !!int 12"),
        QUOTE.replace("source: s\n", "source: s\n    said: !!timestamp 2022-02-10\n"),
        QUOTE.replace("source: s\n", "source: s\n    said: !!int 2022\n"),
        "events:\n  - {id: e2, title: E, when: 2022-02-10, sources: [!!str s]}\n",
        "events:\n  - {id: e2, title: E, when: 2022-02-10, sources: !!seq [s]}\n",
        "!!map {actors: !!seq [!!map {id: c, name: C, kind: !!str group}]}\n",
    ],
)
def test_a_tag_naming_a_type_the_field_takes_is_accepted(tmp_path: Path, extra: str) -> None:
    assert _said(tmp_path, extra) == []


WRONG = [
    (
        QUOTE.replace("source: s\n", "source: s\n    occurrence: !!str 1\n"),
        "extra.yaml:6:17: error[wrong-type]: occurrence must be a whole number of 1 or more, "
        "but the tag '!!str' makes '1' text",
        "remove the tag",
    ),
    (
        QUOTE.replace("source: s\n", "source: s\n    occurrence: !!float 1.0\n"),
        "extra.yaml:6:17: error[wrong-type]: occurrence must be a whole number of 1 or more, "
        "but the tag '!!float' makes '1.0' a number with a fraction",
        "remove the tag",
    ),
    (
        ACTOR.format(name="!!int 3", alias="a"),
        "extra.yaml:3:11: error[wrong-type]: name must be text, but the tag '!!int' makes '3' "
        "a whole number",
        'remove the tag and put the value in quotes: "3"',
    ),
    (
        ACTOR.format(name="!!bool no", alias="a"),
        "extra.yaml:3:11: error[wrong-type]: name must be text, but the tag '!!bool' makes "
        "'no' a yes/no value",
        'remove the tag and put the value in quotes: "no"',
    ),
    (
        ACTOR.format(name="!!null", alias="a"),
        "extra.yaml:3:11: error[wrong-type]: name must be text, but the tag '!!null' makes "
        "it nothing (null)",
        "remove the tag and write a value",
    ),
    (
        ACTOR.format(name="!!timestamp 2022-02-10", alias="a"),
        "extra.yaml:3:11: error[wrong-type]: name must be text, but the tag '!!timestamp' "
        "makes '2022-02-10' a date",
        'remove the tag and put the value in quotes: "2022-02-10"',
    ),
    (
        ACTOR.format(name="B", alias="!!int 3"),
        "extra.yaml:5:15: error[wrong-type]: an item of aliases must be text, but the tag "
        "'!!int' makes '3' a whole number",
        "remove the tag",
    ),
    (
        ACTOR.format(name="B", alias="a").replace("kind: person", "kind: !!bool yes"),
        "extra.yaml:4:11: error[wrong-type]: kind must be one of person, organisation, state, "
        "group, but the tag '!!bool' makes 'yes' a yes/no value",
        "remove the tag",
    ),
    (
        QUOTE.replace("source: s\n", "source: s\n    occurrence: !!int two\n"),
        "extra.yaml:6:17: error[wrong-type]: occurrence: the tag '!!int' says 'two' is a whole "
        "number, which it is not",
        "write a whole number, like 2",
    ),
    (
        QUOTE.replace("source: s\n", "source: s\n    said: !!timestamp 2022-02\n"),
        "extra.yaml:6:11: error[wrong-type]: said: the tag '!!timestamp' says '2022-02' is a "
        "YAML timestamp (a day, or a day and a time with seconds), which it is not",
        "remove the tag: a date needs none",
    ),
]


@pytest.mark.parametrize(("extra", "line", "hint"), WRONG)
def test_a_core_tag_the_field_does_not_take_says_what_it_takes(
    tmp_path: Path, extra: str, line: str, hint: str
) -> None:
    assert _said(tmp_path, extra) == [(line, hint)]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("!!python/object:os.system B", "the tag '!!python/object:os.system' is not allowed"),
        ("!foo B", "the tag '!foo' is not allowed"),
        ("!!binary QQ==", "the tag '!!binary' is not allowed"),
        ("!!seq B", "the tag '!!seq' makes a list, but it stands on a text"),
    ],
)
def test_other_tags_are_still_refused(tmp_path: Path, written: str, message: str) -> None:
    [(line, hint)] = _said(tmp_path, ACTOR.format(name=written, alias="a"))
    assert line.startswith(f"extra.yaml:3:11: error[yaml-tag]: {message}")
    assert hint == "remove the tag"
