"""The chronology's rows: a title is read whole in the list, not only in `d`.

A reader's trial found the bundled briefing's titles cut at 80 and at 120
columns ("The Pentagon says it will send nearly 3,0…"), and the source's
words for a date cut too ("After a telephone conve…").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import SIZE, SMALL, reader, settle

from briefing.records.dates import parse_date
from briefing.records.model import Event
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.chronology_pane import WHEN_WIDTH, ChronologyPane, _when_cells, when_width
from briefing.screens.record_list import RecordList


def _columns(line: str, event_width: int) -> tuple[str, str]:
    """A row's line cut into its When and Event cells, without their padding."""
    return line[:WHEN_WIDTH].strip(), line[WHEN_WIDTH + 1 : WHEN_WIDTH + 1 + event_width].strip()


@pytest.mark.parametrize("size", [SIZE, SMALL], ids=["120x40", "80x24"])
async def test_every_title_and_date_wording_of_the_bundled_briefing_is_shown_whole(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("tab")  # at 80×24 one pane shows at a time
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one(ChronologyPane)
        width = pane.list_widget.scrollable_content_region.width
        events = list(screen.queries.chronology)
        layout = pane.row_layout(events, width)
        event_width = width - WHEN_WIDTH - 9  # the Sources column and the gaps
        wrapped = 0
        for index, event in enumerate(events):
            lines = [line.plain for line in pane.render_row(event, width)]
            assert len(lines) == layout.height(index), event.id  # no line cut off, none empty
            assert all(len(line) <= width for line in lines)
            cells = [_columns(line, event_width) for line in lines]
            titles = " ".join(event_cell for _, event_cell in cells[:-1])
            assert event.title in titles, event.id
            assert "…" not in titles
            words = " ".join(when_cell for when_cell, _ in cells[1:])
            assert (event.when_text or "") in words, event.id
            wrapped += len(lines) == 3
        assert 0 < wrapped < len(events)  # short titles keep rows of two lines


async def test_at_60_columns_the_when_column_leaves_the_titles_room(tmp_path: Path) -> None:
    """At 60×20 the When column kept its 24 cells: every title was squeezed into
    21 and cut after two lines (a trial). The dates and their words stay whole."""
    app = reader(None, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one(ChronologyPane)
        width = pane.list_widget.scrollable_content_region.width
        when = when_width(width)
        assert when < WHEN_WIDTH and width - when - 9 >= 30
        for event in screen.queries.chronology:
            lines = [line.plain for line in pane.render_row(event, width)]
            assert all(len(line) <= width for line in lines)
            whens = " ".join(line[:when].strip() for line in lines)
            assert event.when.describe() in whens, event.id  # the date whole, over two lines
        titles = pane.query_one(".column-titles").render()
        assert str(titles).startswith("When" + " " * (when - 3) + "Event")


async def test_a_pinned_event_with_a_long_title_keeps_its_mark_and_its_sources_in_line(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one(ChronologyPane)
        width = pane.list_widget.scrollable_content_region.width
        long = next(e for e in screen.queries.chronology if len(e.title) > width - WHEN_WIDTH - 9)
        assert pane.list_widget.move_to(long.id)
        await pilot.press("asterisk")
        await pilot.pause()
        lines = [line.plain for line in pane.render_row(long, width)]
        assert "★" in lines[1] and "★" not in lines[0]  # at the end of the title
        sources_column = [line[width - 7 :].strip() for line in lines]
        assert sources_column[:2] == ["1", "source"]


async def test_after_a_jump_no_row_is_cut_at_the_top(tmp_path: Path) -> None:
    """The second line of an event (its author's words for the date, where a
    date stands) showed at the top, read as an event of its own (a new
    user's trial: Ctrl+P, "briefs biden", Enter)."""
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"briefs biden")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        chronology = app.screen.query_one("#chronology-list", RecordList)
        assert chronology.highlighted_id is not None and chronology.scroll_offset.y > 0
        assert chronology.in_view(chronology.highlighted_id)
        assert round(chronology.scroll_offset.y) in chronology.row_starts


def test_a_date_s_end_and_the_source_s_words_for_it_are_set_apart() -> None:
    """`UTC  late on Tuesday night` read as one phrase (an author's trial)."""
    when = parse_date("2026-03-03T19:00Z/2026-03-03T23:30Z")
    event = Event("e", "E", when, ("s",), when_text="late on Tuesday night")
    first, second = _when_cells(event)
    assert (first.plain, second.plain) == ("3 Mar 2026 19:00–23:30", "UTC · late on Tuesday night")
