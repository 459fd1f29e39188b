"""The reader's crashes of issue 10, each pinned where it was found.

Each was a key or a size arriving while a screen was changing, or a widget
of Textual's laid out with no room. After each the process exited 0 with a
traceback on screen; here `run_test` re-raises the exception.
"""

from __future__ import annotations

from pathlib import Path

from reader_helpers import SIZE, reader, settle, write_library
from textual.command import CommandPalette
from textual.widgets import OptionList

from screens.library import LibraryScreen


async def test_page_keys_in_the_palette_at_60x3(tmp_path: Path) -> None:
    """`KeyError: 0` in Textual's option list, every time."""
    app = reader(None, tmp_path)
    async with app.run_test(size=(60, 3)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)  # the palette lists its commands
        await pilot.press("pagedown", "pageup", "pagedown")
        assert isinstance(app.screen, CommandPalette)
        await pilot.resize_terminal(*SIZE)  # with room again, a page moves the cursor
        await pilot.press("down", "pagedown")
        assert (app.screen.query_one(OptionList).highlighted or 0) > 1


async def test_the_palette_in_a_terminal_a_few_cells_wide(tmp_path: Path) -> None:
    """`ValueError: range() arg 3 must not be zero` from Rich, folding an option."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        for width in range(1, 16):
            await pilot.resize_terminal(width, 40)
        assert isinstance(app.screen, CommandPalette)


async def test_page_keys_in_a_library_with_no_room_for_its_list(tmp_path: Path) -> None:
    app = reader(write_library(tmp_path), tmp_path)
    async with app.run_test(size=(60, 2)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("pagedown", "pageup")
        assert app.is_running
