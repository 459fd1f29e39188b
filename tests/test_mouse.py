"""The mouse in the reader's lists (a mouse user's trial, stop 36).

Before: one click into an unfocused pane acted on its faintly highlighted row
(opened a quote), a double click on a highlighted row filtered twice ("and
its 4 members"), right and middle clicks filtered as left clicks did, and a
drag that ended on the highlighted row filtered by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO
from reader_helpers import SIZE, SMALL, drawn, reader, screen_lines, settle, until
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList

from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.export_choice import ExportChoice
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList

MIDDLE, RIGHT = 2, 3


def listed(app: App[None], pane: str) -> RecordList:
    return app.screen.query_one(f"#{pane}-list", RecordList)


def row_of(records: RecordList, text: str) -> int:
    """The line of `records` on screen that starts with `text`."""
    return next(y for y, line in enumerate(drawn(records).splitlines()) if line.startswith(text))


def filter_line(app: App[None]) -> str:
    """The "Filtered by …" line on screen, or ""."""
    found = [line for line in screen_lines(app.export_screenshot()) if "Filtered by" in line]
    return found[0].strip() if found else ""


async def real_mouse(pilot: Pilot[None], *places: tuple[int, int]) -> None:
    """Left presses and releases at `places` (screen cells), in turn, sent at
    once as a terminal sends a quick double click: the app itself makes the
    Clicks of them (Pilot.click bypasses it, and waits after each)."""
    kinds = (events.MouseDown, events.MouseUp)
    for number, (x, y) in enumerate(places):
        event = kinds[number % 2](None, x, y, 0, 0, 1, False, False, False, x, y)
        pilot.app.post_message(event)
    await settle(pilot)


async def test_a_click_into_an_unfocused_pane_chooses_its_row_and_a_second_opens_it(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        quotes = listed(app, "quotes")
        assert app.focused is not quotes and quotes.cursor == 0
        await pilot.click(quotes, offset=(5, 0))  # on its highlighted first quote
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)  # not opened
        assert app.focused is quotes
        await pilot.click(quotes, offset=(5, 0))  # the chosen row of the focused list
        await settle(pilot)
        assert isinstance(app.screen, QuoteViewer)


async def test_a_double_click_filters_once_whatever_was_highlighted(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = listed(app, "actors")
        await pilot.press("G")  # the states, Russia among them, into view
        await settle(pilot)
        at = (actors.content_region.x + 2, actors.content_region.y + row_of(actors, "Russia "))
        await real_mouse(pilot, at, at, at, at)  # another row was highlighted
        first = filter_line(app)
        assert first.startswith("Filtered by actor Russia — 4 events"), first
        await pilot.press("escape")
        await settle(pilot)
        assert filter_line(app) == ""
        y = actors.content_region.y + row_of(actors, "Russia ")
        at = (at[0] + 1, y)  # (a chain of clicks is at one place: this is another)
        await real_mouse(pilot, at, at, at, at)  # now on the highlighted row
        assert filter_line(app) == first  # not "Russia and its 4 members"


async def test_right_and_middle_clicks_neither_choose_nor_filter(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = listed(app, "actors")
        before = actors.cursor
        for button in (RIGHT, MIDDLE):
            await pilot.click(actors, offset=(3, row_of(actors, "Sergei Lavrov")), button=button)
            await pilot.click(actors, offset=(3, row_of(actors, "Sergei Lavrov")), button=button)
            await pilot.click(actors, offset=(3, row_of(actors, "Liz Truss")), button=button)
            await settle(pilot)
        assert filter_line(app) == ""
        assert actors.cursor == before


async def test_a_drag_that_ends_on_the_highlighted_row_does_not_filter(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = listed(app, "actors")
        region = actors.content_region
        truss = region.y + row_of(actors, "Liz Truss")  # highlighted, in the focused list
        boris = region.y + row_of(actors, "Boris Johnson")
        await real_mouse(pilot, (region.x + 20, boris), (region.x + 3, truss))
        await real_mouse(pilot, (region.x + 2, truss), (region.x + 9, truss))  # along its line
        assert filter_line(app) == ""
        await real_mouse(pilot, (region.x + 3, truss), (region.x + 3, truss))  # a click does
        assert filter_line(app).startswith("Filtered by actor Liz Truss")


async def test_only_a_left_click_in_the_export_choice_writes_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = reader(REPO / "docs" / "example", tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        formats = app.screen.query_one("#export-formats", OptionList)
        json_row = formats.content_region.y + 2  # the third format, json
        on_json = (5, json_row - formats.region.y)
        for button in (RIGHT, MIDDLE):
            await pilot.click(formats, offset=on_json, button=button)
        await real_mouse(pilot, (formats.content_region.x + 5, json_row - 1), (20, json_row))
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, ExportChoice)  # neither a drag nor those buttons chose
        assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]
        await pilot.click(formats, offset=on_json, times=2)
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, ExportChoice)
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "index",
            "riverside-bridge-example.json",  # once: no -2 from a second half
        ]


def tabs_line(app: App[None]) -> str:
    return "".join(segment.text for segment in app.screen.query_one("#tabs").render_line(0))


@pytest.mark.parametrize("name", ["Chronology", "Quotes"])
async def test_below_100x30_a_click_on_a_tab_shows_its_pane(tmp_path: Path, name: str) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.click("#tabs", offset=(tabs_line(app).index(name) + 2, 0))
        await settle(pilot)
        assert app.screen.query_one(f"#{name.lower()}-list").display
        assert not app.screen.query_one("#actors-list").region  # not drawn
        assert app.focused is listed(app, name.lower())


async def test_below_100x30_a_click_on_tab_next_shows_the_next_pane(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        line = tabs_line(app)
        assert "Tab: next" in line
        await pilot.click("#tabs", offset=(line.index("Tab: next") + 2, 0))
        await settle(pilot)
        assert app.focused is listed(app, "chronology")


async def test_at_40x12_the_tabs_line_ends_in_the_cut_mark(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        assert tabs_line(app).rstrip().endswith("▸")  # it ended "Tab:", the rest dropped


def place_of(app: App[None], text: str) -> tuple[int, int]:
    """The screen cell of the first letter of `text` as drawn now."""
    lines = screen_lines(app.export_screenshot())
    y = next(y for y, line in enumerate(lines) if text in line)
    return lines[y].index(text), y


BRIDGE = "https://example.org/riverside/bridge"


@pytest.mark.parametrize("keys", [["tab", "tab", "enter"], ["s"], ["tab", "G", "d"]])
async def test_a_click_on_an_address_opens_it_and_a_drag_over_it_does_not(
    tmp_path: Path, opened: list[str], keys: list[str]
) -> None:
    """In the quote viewer, the summary and the details, an address is drawn
    underlined as a link, and a click on it did nothing."""
    app = reader(REPO / "docs" / "example", tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        if keys[-1] == "enter":  # the viewer of the gazette's quote
            assert listed(app, "quotes").move_to("duarte-reopen")
        await pilot.press(*keys)
        await settle(pilot)
        x, y = place_of(app, BRIDGE)
        await real_mouse(pilot, (x + 2, y), (x + 12, y))  # selecting its words
        await pilot.click(None, offset=(x + 3, y), button=RIGHT)
        await app.workers.wait_for_complete()
        assert opened == []
        await pilot.click(None, offset=(x + 3, y))
        await app.workers.wait_for_complete()
        assert opened == [BRIDGE]


def bold_lines(records: RecordList) -> list[int]:
    """The lines of `records` whose every letter is drawn bold."""
    found = []
    for y in range(records.size.height):
        letters = [s for s in records.render_line(y) if s.text.strip()]
        if letters and all(s.style is not None and s.style.bold for s in letters):
            found.append(y)
    return found


async def test_under_no_color_an_unfocused_panes_chosen_row_is_drawn_bold(
    tmp_path: Path,
) -> None:
    """Under NO_COLOR (as every test runs) it was told by two close greys alone.
    Not underlined: a filter underlines the words it found."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        quotes = listed(app, "quotes")
        assert bold_lines(quotes) == [0, 1]  # its first quote, on two lines
        assert 1 not in bold_lines(listed(app, "actors"))  # focused: its greys are clear
        await pilot.press("tab", "tab")
        await settle(pilot)
        assert bold_lines(quotes) == []


async def test_at_40x12_the_export_choice_shows_the_json_file_name_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wrapped for the width without the scrollbar and drawn beside it, the
    name lost its `n` under the scrollbar, with no cut mark (a trial)."""
    monkeypatch.chdir(tmp_path)
    app = reader(REPO / "docs" / "example", tmp_path / "index")
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        formats = app.screen.query_one("#export-formats", OptionList)
        await until(pilot, lambda: "…" not in str(formats.get_option_at_index(1).prompt), "names")
        await pilot.pause()
        shown = "".join(
            "".join(segment.text for segment in formats.render_line(y)).strip("▊▎▃▆ ")
            for y in range(formats.size.height)
        )
        assert "riverside-bridge-example.json" in shown


@pytest.mark.parametrize("key", ["s", "e", "w"])
async def test_a_left_click_outside_the_summary_or_export_box_closes_it_but_not_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    monkeypatch.chdir(tmp_path)
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        box = app.screen
        assert app.screen.get_widget_at(1, 1)[0] is box  # the dimmed screen around it
        await pilot.click(None, offset=(1, 1), button=RIGHT)
        assert box.get_widget_at(60, 20)[0] is not box  # the middle: in the box
        await real_mouse(pilot, (60, 20), (1, 1))  # a drag out of the box
        await settle(pilot)
        assert app.screen is box
        await pilot.click(None, offset=(1, 1))
        await settle(pilot)
        if key == "w":  # a click beside the note must not lose it
            assert app.screen is box
        else:
            assert isinstance(app.screen, BriefingScreen)
