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
from reader_helpers import SIZE, SMALL, reader, settle, until
from test_widths import screen_lines
from textual.app import App

from briefing.check.folder import check_folder
from briefing.export import export
from briefing.screens.briefing_screen import BriefingScreen

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


def _library(content: Path) -> Path:
    """A library of the broken briefing and a clean one."""
    _broken(content)
    other = BASE.replace("id: b", "id: c", 1)
    write_folder(content / "c", briefing_files(**{"briefing.yaml": other}))
    return content


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


@pytest.mark.parametrize("size", [SIZE, SMALL])
async def test_the_reader_shows_a_line_break_as_a_symbol_on_the_row(
    size: tuple[int, int], tmp_path: Path
) -> None:
    app = reader(_broken(tmp_path), tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        screens = [screen_lines(app.export_screenshot())]
        if size == SMALL:  # one pane at a time: the chronology, then the quotes
            for _ in range(2):
                await pilot.press("tab")
                screens.append(screen_lines(app.export_screenshot()))
        lines = [line for shot in screens for line in shot]
        screen = "\n".join(lines)
        assert "Riverside␊closes" in lines[0]  # the header: the whole title
        row = next(line for line in lines if "a␊b␊c" in line)
        assert "10 Feb 2022" in row  # the event's row, with its date beside it
        assert "Town␉hall · Tomás␊Vidal" in screen  # its place and who, on the row below
        assert "Tomás␊Vidal  1 event, 1 quote" in screen  # the actors pane (events first)
        assert "— Tomás␊Vidal" in screen  # the quotes pane
        assert "“hello world”" in screen  # a quote's own line break: a space
        assert all(len(line) <= size[0] for line in lines)  # every border in place


async def test_the_library_shows_a_tag_with_a_line_break_whole(tmp_path: Path) -> None:
    app = reader(_library(tmp_path / "content"), tmp_path)
    # wide enough for every tag beside the problems: the tags end a row, cut first
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = "\n".join(screen_lines(app.export_screenshot()))
        assert "Riverside␊closes" in screen
        assert "#ex␊ample" in screen and "#local" in screen


async def test_the_librarys_find_shows_a_title_and_a_name_on_their_row(tmp_path: Path) -> None:
    """Find over every briefing reads each one's records from the index as written."""
    app = reader(_library(tmp_path / "content"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"Vidal")
        await until(pilot, lambda: "Actors (1)" in _screen(app), "the search")
        screen = _screen(app)
        # marked as the actors pane marks it: the checker warns of its name's break
        assert "Riverside␊closes · ⚠ Tomás␊Vidal  · a" in screen


def _screen(app: App[None]) -> str:
    return "\n".join(screen_lines(app.export_screenshot()))


def test_an_export_keeps_the_line_break_as_it_was(tmp_path: Path) -> None:
    """Exports are not rows of a pane: a CSV cell keeps the break, and Markdown
    puts the title on one line with a space, as before. Only the checker's
    warnings about them, which the exports carry, name the symbol the reader
    shows (`the reader shows it as ␊`)."""
    import csv

    briefing = check_folder(_broken(tmp_path)).briefing
    assert briefing is not None
    (event,) = csv.DictReader(export(briefing, "csv").files["events.csv"].splitlines(True))
    assert event["title"] == "a\nb\nc"
    assert not any("␊" in cell for name, cell in event.items() if name != "warnings")
    assert "the reader shows it as ␊" in event["warnings"]
    markdown = export(briefing, "markdown").text
    assert "# Riverside closes\n" in markdown
    marked = [line for line in markdown.splitlines() if "␊" in line]
    assert marked and all("The checker warns:" in line for line in marked), marked


async def test_a_pinned_quote_is_listed_on_one_line_as_its_row_shows_it(tmp_path: Path) -> None:
    """Pins listed a quote whose words run over two lines as `hello␊world`, where
    the quotes pane joins them with a space."""
    app = reader(_broken(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "asterisk")  # the quotes pane
        await app.workers.wait_for_complete()
        await pilot.press("P")
        await until(pilot, lambda: "Pinned or noted (1)" in _screen(app), "the pins")
        assert "“hello world” — Tomás␊Vidal" in _screen(app)
