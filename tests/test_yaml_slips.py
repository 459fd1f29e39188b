"""The commonest YAML slips get plain words, not the parser's ("did not find expected key")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

HEAD = "briefing:\n  id: b\n  title: T\n  as_of: 2022-02-10\n"


@pytest.mark.parametrize(
    ("yaml_text", "line", "message", "hint"),
    [
        (
            "briefing:\n  id: b\n  title: 'Europe's leaders meet'\n  as_of: 2022-02-10\n",
            3,
            "the apostrophe in 'Europe's' ends the text in single quotes early",
            "write an apostrophe twice (Europe''s), or use double quotes",
        ),
        (
            "briefing:\n  id: b\n  title: Truss: the talks\n  as_of: 2022-02-10\n",
            3,
            "the value of 'title' holds ': ', which YAML reads as the start of a key",
            'put the value in quotes: title: "Truss: the talks"',
        ),
        (
            HEAD + "actors:\n    - id: a\n      name: A\n      kind: person\n"
            "   - id: c\n     name: C\n     kind: person\n",
            9,
            "this line is indented by 3 spaces, the line before it by 6",
            "indent it like the lines it belongs with",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n     kind: person\n",
            8,
            "this line is indented by 5 spaces, the line before it by 4",
            "indent it like the lines it belongs with",
        ),
        (
            HEAD + "actors:\n  - id: a\n   name: A\n    kind: person\n",
            7,
            # the keys of an item start after its dash: 4, not 2
            "this line is indented by 3 spaces, the line before it by 4 (after its '- ')",
            "indent it like the lines it belongs with",
        ),
    ],
    ids=["apostrophe", "colon", "dedent", "indent", "key-after-dash"],
)
def test_a_slip_is_said_in_plain_words_and_alone(
    in_tmp: Path, yaml_text: str, line: int, message: str, hint: str
) -> None:
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": yaml_text}))
    problems = check(folder)
    assert [(p.code, p.line) for p in problems] == [("yaml-syntax", line)]  # no briefing-missing
    (problem,) = problems
    assert message in problem.message
    assert problem.hint is not None and hint in problem.hint


def test_a_well_formed_single_quoted_apostrophe_is_fine(in_tmp: Path) -> None:
    text = str(BASE_FILES["briefing.yaml"]).replace("title: T", "title: 'Europe''s leaders'")
    assert check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))) == []
