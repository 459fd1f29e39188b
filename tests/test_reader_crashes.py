"""The reader's crashes of issue 10, each pinned where it was found.

Each was a key or a size arriving while a screen was changing, or a widget
of Textual's laid out with no room. After each the process exited 0 with a
traceback on screen; here `run_test` re-raises the exception.
"""

from __future__ import annotations

from pathlib import Path

from reader_helpers import SIZE, burst, reader, settle, write_library
from textual.command import CommandPalette
from textual.widgets import OptionList

from briefing.records.refs import Kind, RecordRef
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.record_list import RecordList


def stack(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [type(screen).__name__ for screen in app.screen_stack[1:]]


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


async def test_enter_twice_in_the_palette_closes_only_the_palette(tmp_path: Path) -> None:
    """The second Enter closed the briefing screen under the palette too, and
    the command then ran on a screen without widgets: `NoMatches '#actors'`."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+p", *"Event: John Kirby details")
        await pilot.pause(0.3)
        burst(app, "enter", "enter", "enter")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen
        table = screen.query_one("#chronology-list", RecordList)
        assert table.highlighted_id == "kirby-details-deployment"


async def test_enter_twice_on_a_quote_opens_it_once(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        burst(app, "enter", "enter")
        await pilot.pause()
        assert stack(app) == ["BriefingScreen", "QuoteViewer"]
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)


async def test_enter_twice_in_the_library_opens_the_briefing_once(tmp_path: Path) -> None:
    app = reader(write_library(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # the briefing that opens is the first row (newest first, the broken one last)
        burst(app, "enter", "enter")
        await pilot.pause()
        await pilot.pause()
        assert stack(app) == ["LibraryScreen", "BriefingScreen"]


async def test_one_backspace_undoes_a_thread_chosen_twice(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        burst(app, "enter", "enter")  # Liz Truss, twice
        await pilot.pause()
        assert screen.state.record_filter == RecordRef(Kind.ACTOR, "liz-truss")
        await pilot.press("backspace")
        assert screen.state.record_filter is None
