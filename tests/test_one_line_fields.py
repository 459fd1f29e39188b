"""A line break or a tab in a field shown on one line: ␊ or ␉ there, and a warning.

A title, a name, a place, a tag ... is shown on one line: in a row of a
pane, the title bar, a library row. A line break in one (`title: "a\\nb"`,
or `name: |-` over two lines) broke the row: the chronology showed the
title's lines on rows of their own and lost the row's place, participants
and sources; the quotes pane showed `— Tomás` without the rest of the name;
the header showed the briefing's title up to its first break (an adversarial
trial). The reader now shows the break as ␊ (one character for one), and
`check` warns of it. Summaries, notes and a quote's words keep their lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)

BROKEN = """\
briefing:
  id: b
  title: "Riverside\\ncloses"
  as_of: 2022-02-10
  tags: ["ex\\nample", local]
  summary: |
    Two lines
    of summary.
sources:
  - id: s
    title: S
    text: sources/s.txt
actors:
  - id: a
    name: |-
      Tomás
      Vidal
    kind: person
events:
  - id: e
    title: "a\\nb\\nc"
    when: 2022-02-10
    place: "Town\\thall"
    actors: [a]
    sources: [s]
quotes:
  - id: q
    text: |-
      hello
      world
    speaker: a
    source: s
"""


def _broken(root: Path) -> Path:
    return write_folder(root / "b", briefing_files(**{"briefing.yaml": BROKEN}))


def test_a_line_break_or_tab_in_a_one_line_field_is_warned_of(tmp_path: Path) -> None:
    problems = check(_broken(tmp_path))
    assert [(p.line, p.column, p.code) for p in problems] == [
        (3, 10, "one-line-field"),
        (5, 10, "one-line-field"),
        (15, 11, "one-line-field"),
        (21, 12, "one-line-field"),
        (23, 12, "one-line-field"),
    ]
    assert all(not p.is_error for p in problems)
    by_line = {p.line: p for p in problems}
    assert by_line[3].message.startswith("title holds a line break")
    assert "␊" in by_line[3].message
    assert by_line[23].message.startswith("place holds a tab")
    assert "␉" in by_line[23].message


@pytest.mark.parametrize(
    "written",
    [
        "  summary: |\n    one\n    two\n",  # a summary keeps its lines
        "  title: |-\n    one line\n",
        "  title: >-\n    folded over\n    two lines\n",
    ],
)
def test_text_with_lines_of_its_own_or_folded_is_not_warned_of(
    written: str, tmp_path: Path
) -> None:
    text = BASE.replace("  title: T\n", "  title: T\n" if "title" not in written else "")
    text = text.replace("  as_of:", written + "  as_of:", 1)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    assert check(folder) == []


def test_a_trailing_line_break_of_a_block_is_warned_of(tmp_path: Path) -> None:
    """`title: >` keeps a line break at the end: the hint says how to drop it."""
    text = BASE.replace("  title: T\n", "  title: >\n    folded\n")
    problems = check(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text})))
    assert [p.code for p in problems] == ["one-line-field"]
    assert problems[0].hint is not None and ">-" in problems[0].hint
