"""A line cut short for room ends in the reader's own mark, dim: never in `…`,
which in a quote is its author's elision (docs/format.md)."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, REPO, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, reader, screen_lines, settle
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Static

from briefing.screens.details import DetailsScreen
from briefing.screens.record_list import RecordList
from briefing.screens.snippets import in_context

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


def dim_text(content: Content) -> list[str]:
    return [content.plain[s.start : s.end] for s in content.spans if "dim" in str(s.style)]


async def test_the_details_cut_a_quote_after_its_first_words_with_the_mark(
    tmp_path: Path,
) -> None:
    """An actor's details list its quotes' first words: an elided quote read
    "… not for the weight of…", the author's … and the reader's alike."""
    app = reader(REPO / "docs" / "example", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")  # the mayor, the first actor
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        lines = screen_lines(app.export_screenshot())
        row = next(line for line in lines if "The bridge is safe" in line)
        assert "for people on foot … not for the weight of▸”" in row


def test_a_found_words_context_is_cut_with_the_mark_at_each_end() -> None:
    """Find shows the words found in some of their context: cut at both ends,
    each mark pointing the way the text goes on (a trial read a `▸` at the
    start as "more follows")."""
    text = "word " * 30 + "harbour … talks" + " word" * 30
    shown = in_context(text, [(text.index("harbour"), text.index("harbour") + 7)])
    assert shown.plain.startswith("◂word ") and shown.plain.endswith(" word▸")
    assert "harbour … talks" in shown.plain
    assert dim_text(shown) == ["◂", "▸"]
