"""The details screen's fields: a value wraps under itself, never under its label."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SMALL, reader, settle

from briefing.screens.fields import LABEL_WIDTH, Fields


def test_a_long_value_wraps_under_itself_and_keeps_every_word() -> None:
    words = [f"place{n}" for n in range(30)]
    fields = Fields([("Where", " ".join(words)), ("Who", "Ana Duarte\nRiverside Council")])
    rows = [row.plain for row in fields.rows(60)]
    where = [row for row in rows if not row.startswith("Who")][: len(rows) - 2]
    assert rows[0].startswith("Where".ljust(LABEL_WIDTH) + "place0 ")
    assert len(where) > 1 and all(len(row) <= 60 for row in rows)
    assert all(row.startswith(" " * LABEL_WIDTH) and row[LABEL_WIDTH] != " " for row in where[1:])
    assert " ".join(row[LABEL_WIDTH:] for row in where).split() == words
    assert rows[-2:] == [
        "Who".ljust(LABEL_WIDTH) + "Ana Duarte",
        " " * LABEL_WIDTH + "Riverside Council",
    ]


def test_the_rows_follow_the_width() -> None:
    fields = Fields([("Where", "one two three four five six seven eight nine ten")])
    assert len(fields.rows(80)) == 1
    assert len(fields.rows(LABEL_WIDTH + 10)) > 3


async def test_an_events_source_wraps_under_its_title_not_under_the_bullet(
    tmp_path: Path,
) -> None:
    title = "Harbour talks resume as mediators push for a ceasefire " * 3
    briefing = BASE_FILES["briefing.yaml"]
    assert isinstance(briefing, str)
    briefing = briefing.replace("    title: S\n", f"    title: {title.strip()}\n")
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing}))
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "d")  # the event's details
        await settle(pilot)
        block = app.screen.query_one(".source", Fields)
        rows = [row.plain for row in block.rows(block.content_size.width)]
        assert rows[0].startswith("• Harbour talks")
        assert len(rows) > 2 and all(row.startswith("  ") and row[2] != " " for row in rows[1:])
        assert " ".join(row[2:] for row in rows[:-1]).split() == title.split()


def test_too_narrow_for_two_columns_each_label_goes_above_its_value() -> None:
    fields = Fields([("Where", "Riverside town hall"), ("Id", "vote")])
    rows = [row.plain for row in fields.rows(LABEL_WIDTH + 3)]
    assert all(len(row) <= LABEL_WIDTH + 3 for row in rows)
    assert rows == ["Where", "Riverside town", "hall", "Id", "vote"]
