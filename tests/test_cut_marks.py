"""A line cut short for room ends in the reader's own mark, dim: never in `…`,
which in a quote is its author's elision (docs/format.md)."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SMALL, reader, settle
from textual.strip import Strip
from textual.widgets import Static

from briefing.screens.record_list import RecordList

QUOTE = (
    "We have been patient for two years … Nobody wants a strike, but nobody wants "
    "to work for these wages either, and nobody will go on doing it whatever the "
    "company says about it this year"
)
SOURCE = (
    "She said: We have been patient for two years now. Nobody wants a strike, but "
    "nobody wants to work for these wages either, and nobody will go on doing it "
    "whatever the company says about it this year.\n"
)


def dim(strip: Strip) -> str:
    """The characters of a drawn line that are dim."""
    return "".join(s.text for s in strip if s.style is not None and s.style.dim)


async def test_a_quote_row_cut_for_room_ends_unlike_the_authors_elision(tmp_path: Path) -> None:
    """At 80 columns “We have been patient for two years …” (the author's
    elision) and “Nobody wants a strike, but nobody…” (the row cut short)
    looked the same (a new user's trial)."""
    yaml = str(BASE_FILES["briefing.yaml"]).replace("text: hello world\n", f"text: {QUOTE}\n")
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": yaml, "sources/s.txt": SOURCE})
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        await settle(pilot)
        records = app.screen.query_one("#quotes-list", RecordList)
        first, second = (records.render_line(y) for y in range(2))
        assert " … " in first.text and not dim(first)  # the author's, as written
        assert second.text.rstrip().endswith("▸") and "…" not in second.text
        assert dim(second) == "▸"


async def test_the_header_cut_for_room_ends_in_the_mark(tmp_path: Path) -> None:
    """The header was cut by Textual with `…` ("… near Ukraine, 9–…")."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        header = app.screen.query_one("#header", Static)
        line = header.render_line(0)
        assert line.text.rstrip().endswith("▸") and "…" not in line.text
        assert dim(line).endswith("  ▸") and line.cell_length == header.content_size.width
