"""Navigation that returns (issue 13.3): Backspace goes back to where the reader was.

Before: `a` from a quote, then Backspace, showed the briefing unfiltered and
not the quote; a palette jump from the viewer did nothing; `f` opened the
full text at its top; a chosen event near the bottom of the chronology went
out of view when the "Filtered by" line appeared above it.
"""

from __future__ import annotations

from pathlib import Path

from reader_helpers import SIZE, SMALL, current_paragraphs, reader, settle, shown_paragraphs
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.records.refs import Kind, RecordRef
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.details import DetailsScreen
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList


def listed(app: App[None], pane: str) -> RecordList:
    return app.screen.query_one(f"#{pane}-list", RecordList)


async def open_quote(app: App[None], pilot, quote_id: str) -> QuoteViewer:  # type: ignore[no-untyped-def]
    await pilot.press("tab", "tab")
    listed(app, "quotes").move_to(quote_id)
    await pilot.press("enter")
    viewer = app.screen
    assert isinstance(viewer, QuoteViewer)
    return viewer


async def test_backspace_after_the_speaker_returns_to_the_quote_in_the_viewer(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        await open_quote(app, pilot, "truss-withdraw-or-face-consequences")
        await pilot.press("n", "f")  # the next quote, in the full text
        await pilot.press("a")
        assert app.screen is briefing
        assert briefing.state.record_filter == RecordRef(Kind.ACTOR, "liz-truss")
        await pilot.press("backspace")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        assert viewer.quote.id == "truss-any-incursion" and viewer.full
        assert len(shown_paragraphs(viewer)) > 10
        await pilot.press("escape")  # and under it, the panes as they were,
        assert app.screen is briefing and briefing.state.record_filter is None
        # the list on the quote last read there (n), as after any Esc from the viewer
        assert listed(app, "quotes").highlighted_id == "truss-any-incursion"
        assert app.focused is listed(app, "quotes")


async def test_esc_from_the_viewer_leaves_the_list_on_the_quote_last_read(
    tmp_path: Path,
) -> None:
    """A reader's trial: quote 8 opened, p down to quote 2, Esc: the list was
    still on quote 8."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "white-house-recent-meetings")
        opened_at = viewer.position
        await pilot.press("p", "p")
        read = viewer.order[opened_at - 2]
        assert viewer.quote.id == read
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)
        assert listed(app, "quotes").highlighted_id == read


async def test_backspace_after_the_event_returns_to_the_quote(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_quote(app, pilot, "macron-firm-dialogue")
        await pilot.press("e")
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        assert briefing.state.record_filter == RecordRef(Kind.EVENT, "macron-scholz-duda-berlin")
        assert listed(app, "chronology").highlighted_id == "macron-scholz-duda-berlin"
        await pilot.press("backspace")
        assert isinstance(app.screen, QuoteViewer)
        assert app.screen.quote.id == "macron-firm-dialogue"


async def test_a_palette_jump_from_the_viewer_shows_the_record_and_backspace_returns(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_quote(app, pilot, "truss-any-incursion")
        await pilot.press("ctrl+p", *"Actor: John Kirby")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert listed(app, "actors").highlighted_id == "john-kirby"
        await pilot.press("backspace")
        assert isinstance(app.screen, QuoteViewer)
        assert app.screen.quote.id == "truss-any-incursion"


async def test_details_then_its_thread_then_back_to_the_details_then_the_same_row(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        listed(app, "actors").move_to("emmanuel-macron")
        await pilot.press("d")
        details = app.screen
        assert isinstance(details, DetailsScreen)
        assert details.record == RecordRef(Kind.ACTOR, "emmanuel-macron")
        await pilot.press("enter")  # its thread
        assert app.screen is briefing
        assert briefing.state.record_filter == RecordRef(Kind.ACTOR, "emmanuel-macron")
        await pilot.press("backspace")
        assert isinstance(app.screen, DetailsScreen)
        await pilot.press("backspace")
        assert app.screen is briefing and briefing.state.record_filter is None
        assert listed(app, "actors").highlighted_id == "emmanuel-macron"


async def test_details_of_an_event_from_the_chronology(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        listed(app, "chronology").move_to("macron-scholz-duda-berlin")
        await pilot.press("d")
        details = app.screen
        assert isinstance(details, DetailsScreen)
        shown = " ".join(str(s.render()) for s in details.query("Static, Fields"))
        for words in ("Emmanuel Macron", "Olaf Scholz", "Andrzej Duda", "Berlin", "2 quotes"):
            assert words in shown


async def test_full_text_opens_scrolled_to_the_quote(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "drills-repel-aggression")
        await pilot.press("f")
        await pilot.pause()
        passage = viewer.query_one("#passage", VerticalScroll)
        ((_, current),) = current_paragraphs(viewer)
        assert passage.scroll_offset.y > 0
        top = current.y
        assert passage.region.y <= top < passage.region.bottom


async def test_a_chosen_row_stays_in_view_when_the_others_are_narrowed(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):
        app = reader(None, tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("tab", "G")  # the last event, at the foot of the pane
            chronology = listed(app, "chronology")
            last = chronology.highlighted_id
            assert last is not None and chronology.in_view(last)
            await pilot.press("enter")  # narrows the others, said in the header
            await pilot.pause()
            assert "Filtered by event" in str(app.screen.query_one("#header", Static).render())
            assert chronology.highlighted_id == last
            assert chronology.in_view(last), size


async def test_a_chosen_row_stays_in_view_when_a_text_filter_is_cleared(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "slash", *"truss", "enter", "G")  # her last event
        chronology = listed(app, "chronology")
        chosen = chronology.highlighted_id
        assert chosen == "truss-lavrov-meeting"
        await pilot.press("escape")  # all 32 events again, the chosen one among the last
        await pilot.pause()
        assert len(chronology.ids) == 32
        assert chronology.highlighted_id == chosen and chronology.in_view(chosen)


async def test_the_palette_finds_a_record_by_its_id(tmp_path: Path) -> None:
    """An author typed a quote's id in the palette, and nothing was found (an
    author's trial): each row now ends with its record's id."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"macron-ways-and-means")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        assert listed(app, "quotes").highlighted_id == "macron-ways-and-means"
