"""`!` lists the checker's warnings as a list to go to the warned records by.

A first-time analyst's trial, five minutes to be briefed: `!` listed the
warnings as `briefing check` words them (a file, a line, a column), and no
key led from one to its record; the library's row said "5 warnings", the
header "⚠3 warned", and `!` "5 warnings": two numbers for one thing. Each
item now says the record in the reader's words, Enter goes there as the
palette goes to a record, and every count of warnings is the same, `!`
saying how many records they are on, and that one is on the briefing itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, burst, drawn, open_from_library, reader, settle, until
from test_reload import edit, footer_keys
from test_warned_records import warned_briefing
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.records.refs import Kind, RecordRef
from briefing.screens import live
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.problems import ProblemsScreen
from briefing.screens.record_list import RecordList
from briefing.screens.warned_list import WarningList

#: The items' first lines, in the order of the files.
ITEMS = [
    "The briefing itself · briefing.yaml, line 3",
    "Source · S",
    "Event · 10 Feb 2022 · E",
    "Event · 10 Feb 2022 · E",
    "Quote · A: “ello world”",
]


async def open_warnings(app: App[None], pilot) -> WarningList:  # type: ignore[no-untyped-def]
    await pilot.press("exclamation_mark")
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, ProblemsScreen)
    return app.screen.query_one(WarningList)


def title(app: App[None]) -> str:
    return str(app.screen.query_one("#problems-title", Static).render())


def header(app: App[None]) -> str:
    return str(app.screen.query_one("#header", Static).render())


def listed(app: App[None], pane: str) -> RecordList:
    return app.screen.query_one(f"#{pane}-list", RecordList)


async def test_each_warning_says_the_record_it_is_about(tmp_path: Path) -> None:
    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = await open_warnings(app, pilot)
        assert title(app) == "5 warnings: 4 on 3 records, 1 on the briefing itself"
        shown = drawn(listing)
        firsts = [line.strip() for line in shown.splitlines() if "·" in line]
        assert firsts == ITEMS, shown
        # the warning under its record, in the checker's words
        assert "⚠ this quote takes part of a word of the source 's': 'hello'" in shown
        assert "⚠ when_text says Wednesday" in shown
        # the advice to the author, where no record's viewer or details says it
        assert "Its advice to the author:" in shown
        assert "Enter opens the summary (s) on it" in shown  # a source has no row


async def test_enter_opens_the_quote_where_its_words_stand_and_backspace_back(
    tmp_path: Path,
) -> None:
    """A warned quote is opened in the viewer, its words highlighted in their
    source beside the warning: what the warning is about; back, its row is
    chosen, then Backspace goes back to where the reader was."""
    from briefing.screens.quote_viewer import QuoteViewer

    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        listing = await open_warnings(app, pilot)
        await pilot.press("G")  # the quote's, the last
        assert footer_keys(app)["enter"] == "Go to it"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer) and viewer.quote.id == "q"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.current().active == "quotes"
        assert listed(app, "quotes").highlighted_id == "q"
        await pilot.press("backspace")
        assert screen.current().active == "actors"
        assert listing.items[-1].record == RecordRef(Kind.QUOTE, "q")


async def test_from_the_quote_viewer_enter_goes_to_the_event_and_back(tmp_path: Path) -> None:
    from briefing.screens.quote_viewer import QuoteViewer

    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        assert isinstance(app.screen, QuoteViewer)
        await open_warnings(app, pilot)
        await pilot.press("down", "down", "enter")  # the event's first warning
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.current().active == "chronology"
        assert listed(app, "chronology").highlighted_id == "e"
        await pilot.press("backspace")
        assert isinstance(app.screen, QuoteViewer)


async def test_a_burst_of_enters_goes_to_the_record_once(tmp_path: Path) -> None:
    """The second Enter, read before the list closed, closed the screen under it."""
    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        listing = await open_warnings(app, pilot)
        listing.highlighted = 2  # the event's
        burst(app, "enter", "enter")
        await pilot.pause()
        await pilot.pause()
        assert screen.is_attached and screen in app.screen_stack
        assert listed(app, "chronology").highlighted_id == "e"


async def test_enter_is_dimmed_where_there_is_no_row_to_go_to(tmp_path: Path) -> None:
    """The briefing itself has no row: Enter is not offered there, and does nothing."""
    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = await open_warnings(app, pilot)
        listing.highlighted = 0  # the briefing itself
        await pilot.pause()
        assert "enter" not in footer_keys(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(WarningList) is listing
        listing.highlighted = 1  # the source
        await pilot.pause()
        assert footer_keys(app)["enter"] == "Go to it"


async def test_a_click_on_an_item_goes_to_its_record(tmp_path: Path) -> None:
    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = await open_warnings(app, pilot)
        line = next(n for n, text in enumerate(drawn(listing).splitlines()) if "Quote ·" in text)
        assert await pilot.click(WarningList, offset=(4, line))
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "QuoteViewer"  # opened where its words stand
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert listed(app, "quotes").highlighted_id == "q"


async def test_the_list_opens_again_on_the_warning_last_gone_to(tmp_path: Path) -> None:
    """To walk the warnings one by one: `!`, Enter, `!`, down, Enter."""
    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = await open_warnings(app, pilot)
        await pilot.press("down", "down", "enter")
        listing = await open_warnings(app, pilot)
        assert listing.highlighted == 2


async def test_over_the_pins_enter_goes_to_the_record_in_the_panes(tmp_path: Path) -> None:
    """The pins show no record of their own: the briefing under them does."""
    from briefing.screens.pins import PinsScreen

    app = reader(warned_briefing(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("P")
        assert isinstance(app.screen, PinsScreen)
        await open_warnings(app, pilot)
        await pilot.press("G", "enter")
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "QuoteViewer"
        await pilot.press("escape")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert listed(app, "quotes").highlighted_id == "q"


async def test_the_library_the_header_and_the_list_count_the_same_warnings(
    tmp_path: Path,
) -> None:
    """One number for one thing (a trial saw "11 warnings", then "⚠10 warned")."""
    warned_briefing(tmp_path)
    sound = str(BASE_FILES["briefing.yaml"]).replace("id: b", "id: c", 1)
    write_folder(tmp_path / "content" / "c", briefing_files(**{"briefing.yaml": sound}))
    app = reader(tmp_path / "content", tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert "b · 5 warnings ·" in drawn(app.screen.listing)  # type: ignore[attr-defined]
        await open_from_library(pilot, "b")
        assert header(app).startswith("⚠5 warnings · as of"), header(app)
        await open_warnings(app, pilot)
        assert title(app).startswith("5 warnings: 4 on 3 records")


async def test_a_warning_on_the_briefing_alone_is_counted_in_the_header(tmp_path: Path) -> None:
    """No record is marked ⚠; the header said nothing while the library's row
    said "1 warning"."""
    hidden = str(BASE_FILES["briefing.yaml"]).replace("title: T\n", 'title: "T\\u200bT"\n', 1)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": hidden}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert header(app).startswith("⚠1 warning · as of"), header(app)
        await open_warnings(app, pilot)
        assert title(app) == "1 warning on the briefing itself"


async def test_the_errors_stay_text_and_enter_does_nothing_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files changed into something that does not open have no record to go to."""
    monkeypatch.setattr(live, "POLL_SECONDS", 0.2)
    folder = warned_briefing(tmp_path)
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        edit(folder / "sources" / "s.txt", "She said hello world.", "She said goodbye.")
        await until(pilot, lambda: bool(app.problems), "a failed reload")
        await pilot.press("exclamation_mark", "enter")
        await pilot.pause()
        problems = app.screen
        assert isinstance(problems, ProblemsScreen) and not problems.query(WarningList)
        text = str(problems.query_one("#problems-box", VerticalScroll).query_one(Static).render())
        assert text.startswith("The files now have 1 error")
        await pilot.press("escape")
        assert app.screen is screen
